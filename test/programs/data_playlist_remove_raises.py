# Removing songs from a shared playlist in two tasks: both try to remove the same song, the
# second list.remove raises ValueError: list.remove(x): x not in list (exit 1).
import asyncio

playlist = ["intro", "hit", "ballad", "encore"]


async def prune(who, songs):
    for song in songs:
        await asyncio.sleep(0)
        playlist.remove(song)
        print(who, "removed", song, "->", playlist)
    return who


async def main():
    done = await asyncio.gather(prune("dj", ["intro", "ballad"]), prune("host", ["encore", "ballad"]))
    print("not reached", done)


asyncio.run(main())
