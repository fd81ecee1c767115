# Regression: a function that returns a value on some paths and falls off the end on others returns
# None there (its type is then int-or-None); the py front end once built a return without a value.
import asyncio

def f(x):
    if x:
        return 1

async def g(x):
    while x > 0:
        x -= 1
        if x == 5:
            return "five"

async def main():
    print(f(0), f(1), await g(3), await g(9))

asyncio.run(main())
