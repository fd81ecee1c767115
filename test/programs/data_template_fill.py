# Form letters: templates filled with str.format (positional, named, indexed, specs) and
# replace, one task per customer record (a dict), letters gathered in order.
import asyncio

TEMPLATE = "Dear {name},\n  your order #{order:05d} of {count} item{plural} totals {total:.2f} {cur}."
CUSTOMERS = [
    {"name": "Ada", "order": 17, "items": [4.5, 3.25], "cur": "EUR"},
    {"name": "Grace", "order": 1203, "items": [19.99], "cur": "USD"},
    {"name": "Linus", "order": 9, "items": [1.0, 2.0, 3.0, 4.0], "cur": "CHF"},
]


async def letter(customer):
    await asyncio.sleep(0)
    n = len(customer["items"])
    return TEMPLATE.format(name=customer["name"], order=customer["order"], count=n,
                           plural="" if n == 1 else "s", total=sum(customer["items"]), cur=customer["cur"])


async def main():
    letters = await asyncio.gather(*[letter(c) for c in CUSTOMERS])
    for text in letters:
        print(text)
    print("{} + {} = {}".format(2, 3, 2 + 3), "{1}{0}{1}".format("a", "b"), "{0!r:>8}".format("x"))
    print("{:<6}|{:^6}|{:>6}|{:08.3f}|{:,}".format("l", "c", "r", 3.14159, 1234567))
    point = (3, 4)
    print("x={0[0]} y={0[1]}".format(point), "{d[k]}".format(d={"k": "v"}), "{{literal}}".format())
    shout = letters[0].replace("Dear", "HELLO").replace(".", "!", 1)
    print(shout.splitlines()[0], shout.count("!"), "aaa".replace("a", "b", 2), "x".replace("", "-"))


asyncio.run(main())
