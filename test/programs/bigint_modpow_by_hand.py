# Modular exponentiation by repeated squaring written by hand on big moduli; Fermat checks on Mersenne primes.
import asyncio


async def modpow(base, exp, mod):
    result = 1
    base %= mod
    rounds = 0
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
        rounds += 1
        if rounds % 64 == 0:
            await asyncio.sleep(0)
    return result


async def fermat(p):
    r = await modpow(3, p - 1, p)
    return r == 1


async def main():
    ms = await asyncio.gather(fermat(2 ** 127 - 1), fermat(2 ** 521 - 1), fermat(2 ** 128 + 1), fermat(2 ** 607 - 1))
    print(ms)
    m = 10 ** 40 + 121
    print(await modpow(2, 10 ** 30, m), await modpow(-7, 12345678901234567890, m))
    small = await modpow(5, 117, 1000003)
    print(small, 5 ** 117 % 1000003 == small)
    print(await modpow(2 ** 200, 3, 2 ** 61 - 1), await modpow(123456789, 0, 97), await modpow(10, 5, 1))


asyncio.run(main())
