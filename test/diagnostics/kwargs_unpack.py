# ERROR: 8:5: error: a method call with * or ** arguments is not supported
import asyncio


async def main():
    d = {"a": 1}
    extra = {"b": 2}
    d.update(**extra)
    print(d)


asyncio.run(main())
