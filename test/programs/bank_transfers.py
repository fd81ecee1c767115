# A small simulation: accounts as actors computing balances from transfers, with interleaving.
import asyncio

ACCOUNTS = 4


async def balance_after(account, rounds):
    bal = 100 * (account + 1)
    for r in range(rounds):
        if (account + r) % 3 == 0:
            bal -= 15
        else:
            bal += 10
        await asyncio.sleep(0)
    print(f"account {account}: {bal:>5d}")
    return bal


async def main():
    balances = await asyncio.gather(*[balance_after(a, 5) for a in range(ACCOUNTS)])
    total = 0
    for i in range(ACCOUNTS):
        total += balances[i]
    print(f"total {total}, average {total / ACCOUNTS:.2f}")


asyncio.run(main())
