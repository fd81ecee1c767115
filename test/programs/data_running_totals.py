# A bank statement: running balance with enumerate(start=1), prefix sums computed per account
# by tasks, and the overdraft days found with a comprehension.
import asyncio

ACCOUNTS = {
    "checking": [250, -80, -45, 300, -500, 20, -10],
    "savings": [1000, 50, 50, -200, 50],
    "travel": [-30, 100, -60, -20],
}


async def statement(name, moves):
    balance = 0
    lines = []
    low = 0
    for day, amount in enumerate(moves, start=1):
        balance += amount
        low = min(low, balance)
        lines.append((day, amount, balance))
        await asyncio.sleep(0)
    return name, lines, low


async def main():
    done = await asyncio.gather(*[statement(n, m) for n, m in ACCOUNTS.items()])
    for name, lines, low in done:
        print(f"== {name} (lowest {low})")
        for day, amount, balance in lines:
            flag = " OVERDRAWN" if balance < 0 else ""
            print(f"  day {day}: {amount:+6d} -> {balance:6d}{flag}")
        over = [day for day, _, bal in lines if bal < 0]
        print("  overdrawn on", over or "no day")
    finals = {name: lines[-1][2] for name, lines, _ in done}
    print(finals, sum(finals.values()))
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    prefix = [0]
    for x in xs:
        prefix.append(prefix[-1] + x)
    print(prefix, prefix[5] - prefix[2] == sum(xs[2:5]))


asyncio.run(main())
