# A bank ledger: transactions (dicts) applied per account by tasks, returning the statement as a
# list of tuples; transfers between accounts are split into two entries first.
import asyncio

TXNS = [
    {"id": 1, "kind": "deposit", "to": "alice", "amount": 500},
    {"id": 2, "kind": "deposit", "to": "bob", "amount": 120},
    {"id": 3, "kind": "transfer", "from": "alice", "to": "bob", "amount": 75},
    {"id": 4, "kind": "withdraw", "from": "bob", "amount": 300},
    {"id": 5, "kind": "transfer", "from": "bob", "to": "carol", "amount": 60},
    {"id": 6, "kind": "deposit", "to": "carol", "amount": 10},
    {"id": 7, "kind": "withdraw", "from": "alice", "amount": 25},
]


async def apply_entries(account, entries):
    balance = 0
    statement = []
    for txn_id, delta in entries:
        if balance + delta < 0:
            statement.append((txn_id, delta, balance, "REJECTED"))
        else:
            balance += delta
            statement.append((txn_id, delta, balance, "ok"))
        await asyncio.sleep(0)
    return account, balance, statement


async def main():
    entries = {}
    for t in TXNS:
        if "from" in t:
            entries.setdefault(t["from"], []).append((t["id"], -t["amount"]))
        if "to" in t:
            entries.setdefault(t["to"], []).append((t["id"], t["amount"]))
    results = await asyncio.gather(*[apply_entries(a, e) for a, e in sorted(entries.items())])
    for account, balance, statement in results:
        print(f"{account}: final {balance}")
        for txn_id, delta, after, status in statement:
            print(f"   #{txn_id} {delta:+5d} -> {after:4d} {status}")
    rejected = [(a, s[0]) for a, _, st in results for s in st if s[3] != "ok"]
    print("rejected:", rejected)
    print("money in bank:", sum(b for _, b, _ in results))


asyncio.run(main())
