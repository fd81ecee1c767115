# A library: a catalogue dict of isbn -> dict, loans as (member, isbn, day) tuples; tasks per
# member check out and return books on the shared catalogue, fines computed at the end.
import asyncio

catalogue = {
    "111": {"title": "Dune", "copies": 2, "out": []},
    "222": {"title": "Emma", "copies": 1, "out": []},
    "333": {"title": "Ulysses", "copies": 1, "out": []},
}
history = []


async def member(name, actions):
    held = []
    for verb, isbn, day in actions:
        book = catalogue[isbn]
        if verb == "borrow" and len(book["out"]) < book["copies"]:
            book["out"].append(name)
            held.append((isbn, day))
            history.append((day, name, "borrowed", book["title"]))
        elif verb == "borrow":
            history.append((day, name, "waitlisted", book["title"]))
        elif verb == "return" and name in book["out"]:
            book["out"].remove(name)
            start = [d for i, d in held if i == isbn][0]
            held = [(i, d) for i, d in held if i != isbn]
            history.append((day, name, "returned after %d days" % (day - start), book["title"]))
        await asyncio.sleep(0)
    return name, held


async def main():
    still = await asyncio.gather(
        member("ann", [("borrow", "111", 1), ("borrow", "222", 2), ("return", "111", 20)]),
        member("bo", [("borrow", "222", 1), ("borrow", "111", 3), ("borrow", "333", 4)]),
        member("cy", [("borrow", "111", 2), ("return", "111", 9), ("borrow", "222", 12)]))
    for entry in sorted(history):
        print("day %2d: %-3s %s %s" % entry)
    for name, held in still:
        fine = sum(max(0, 30 - day - 14) * 0.25 for _, day in held)
        print(f"{name}: holds {[catalogue[i]['title'] for i, _ in held]} fine {fine:.2f}")
    print({isbn: (b["title"], b["out"]) for isbn, b in catalogue.items()})


asyncio.run(main())
