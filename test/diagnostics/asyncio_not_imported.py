# ERROR: 6:1: error: name 'asyncio' is not defined
async def main():
    print(1)


asyncio.run(main())
