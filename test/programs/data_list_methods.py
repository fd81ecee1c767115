# A playlist edited by tasks through every list method: append extend insert remove pop index
# count reverse sort copy clear, printed after each step.
import asyncio

playlist = ["intro", "verse", "chorus"]


async def edit(step):
    await asyncio.sleep(0)
    if step == 0:
        playlist.append("chorus")
    elif step == 1:
        playlist.extend(["bridge", "outro"])
    elif step == 2:
        playlist.insert(1, "drums")
    elif step == 3:
        playlist.insert(-1, "solo")
    elif step == 4:
        playlist.remove("chorus")
    elif step == 5:
        return playlist.pop()
    elif step == 6:
        return playlist.pop(0)
    return len(playlist)


async def main():
    for step in range(7):
        got = await edit(step)
        print(step, got, playlist)
    print(playlist.index("chorus"), playlist.count("chorus"), playlist.count("x"), "solo" in playlist)
    backup = playlist.copy()
    playlist.reverse()
    print(playlist, backup)
    playlist.sort()
    print(playlist)
    playlist.sort(key=len, reverse=True)
    print(playlist)
    print(playlist.index("solo", 1), [3, 1, 2].index(2))
    playlist.clear()
    print(playlist, len(backup), backup == playlist)
    nums = [5, 3, 8]
    nums.insert(100, 9)
    nums.insert(-100, 0)
    nums += [1]
    nums *= 2
    print(nums, nums.pop(-2), nums)


asyncio.run(main())
