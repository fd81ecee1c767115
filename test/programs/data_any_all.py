# Validation with any/all over generator expressions: each task checks one form (a dict) and
# returns a tuple of the rules it broke.
import asyncio

FORMS = [
    {"user": "ann", "age": "34", "email": "ann@example.com", "tags": ["a", "b"]},
    {"user": "", "age": "x1", "email": "nobody", "tags": []},
    {"user": "bob_99", "age": "17", "email": "bob@ex.org", "tags": ["admin"]},
    {"user": "Cy", "age": "200", "email": "cy@@x.io", "tags": ["", "b"]},
]


async def check(form):
    broken = []
    if not form["user"] or not all(ch.isalnum() or ch == "_" for ch in form["user"]):
        broken.append("user")
    if not form["age"].isdigit() or not 0 < int(form["age"]) < 150:
        broken.append("age")
    if form["email"].count("@") != 1 or not any(form["email"].endswith(t) for t in (".com", ".org")):
        broken.append("email")
    if not form["tags"] or any(not t for t in form["tags"]):
        broken.append("tags")
    await asyncio.sleep(0)
    return form["user"] or "?", tuple(broken)


async def main():
    results = await asyncio.gather(*[check(f) for f in FORMS])
    for user, broken in results:
        print(f"{user:8} {'ok' if not broken else 'bad: ' + ', '.join(broken)}")
    print(all(not b for _, b in results), any(not b for _, b in results))
    print(all([]), any([]), all([1, "x", [0]]), any([0, "", None, 0.0]), any(x > 3 for x in range(5)))
    adults = [f["user"] for f in FORMS if f["age"].isdigit() and int(f["age"]) >= 18]
    print(adults, all(f["tags"] for f in FORMS), sum(len(b) for _, b in results))


asyncio.run(main())
