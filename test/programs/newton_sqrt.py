# Newton's method square roots computed by concurrent coroutines; every iterate printed with repr.
import asyncio

TOLERANCE = 1e-12


async def newton(x):
    guess = x / 2 if x > 1 else 1.0
    steps = 0
    while abs(guess * guess - x) > TOLERANCE * x:
        guess = (guess + x / guess) / 2
        steps += 1
        await asyncio.sleep(0)
    print(f"sqrt({x}) = {guess} after {steps} steps")
    return guess


async def main():
    r = await asyncio.gather(newton(2.0), newton(10.0), newton(0.25), newton(1e10))
    print(r)
    print(r[0] * r[0], r[1] ** 2, f"{r[3]:.6e}", r[2] == 0.5)


asyncio.run(main())
