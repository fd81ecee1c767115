# The 4300-digit limit of int -> str conversion: 10**4299 prints, str(10**5000) raises ValueError.
import asyncio


async def digits(n):
    await asyncio.sleep(0)
    return len(str(n))


async def main():
    print(await digits(10 ** 4299), await digits(-(10 ** 4299)), await digits(2 ** 14000))
    big = 10 ** 5000
    print(big % 1000, big // 10 ** 4990, big > 10 ** 4999)
    print(await digits(big))


asyncio.run(main())
