# Unpacking "key: value" lines into pairs in tasks: a line with two colons splits into three
# parts and the two-name unpacking raises ValueError: too many values to unpack (exit 1).
import asyncio

LINES = ["host: example.com", "port: 8080", "user: admin", "url: http://x"]


async def pair(line):
    await asyncio.sleep(0)
    key, value = line.split(":")
    return key.strip(), value.strip()


async def main():
    conf = {}
    for line in LINES:
        key, value = await pair(line)
        conf[key] = value
        print(conf)
    print("not reached")


asyncio.run(main())
