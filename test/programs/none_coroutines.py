# Coroutines that return None: awaited, gathered and run as tasks.
import asyncio


async def say(msg):
    print("say", msg)
    await asyncio.sleep(0)
    print("said", msg)


async def main():
    await say("one")
    await asyncio.gather(say("two"), say("three"))
    t = asyncio.create_task(say("four"))
    print("created")
    await t
    await asyncio.gather(*[say(str(i)) for i in range(3)])
    print("end")


asyncio.run(main())
