# Consuming options from a settings dict with pop: known keys are consumed with and without
# defaults, then a required key is missing and dict.pop raises KeyError: 'timeout' (exit 1).
import asyncio

settings = {"host": "db.local", "port": "5432", "retries": "3"}


async def take(key, required):
    await asyncio.sleep(0)
    if required:
        return settings.pop(key)
    return settings.pop(key, None)


async def main():
    host, port, debug = await asyncio.gather(take("host", True), take("port", True), take("debug", False))
    print(host, int(port) + 1, debug, settings)
    retries, timeout = await asyncio.gather(take("retries", True), take("timeout", True))
    print("not reached", retries, timeout)


asyncio.run(main())
