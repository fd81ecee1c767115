# Slice assignment and del on a shared buffer: tasks replace, insert and delete ranges.
import asyncio

buf = list(range(10))


async def patch(kind):
    await asyncio.sleep(0)
    if kind == "replace":
        buf[2:4] = ["a", "b", "c"]
    elif kind == "insert":
        buf[1:1] = [100, 101]
    elif kind == "shrink":
        buf[-3:] = []
    elif kind == "del":
        del buf[0]
    elif kind == "delstep":
        del buf[::3]
    elif kind == "step":
        buf[::2] = [0] * len(buf[::2])
    return kind, len(buf)


async def main():
    for kind in ["replace", "insert", "shrink", "del", "delstep", "step"]:
        k, n = await patch(kind)
        print(f"{k:8} {n:2d} {buf}")
    nums = list(range(20))
    del nums[5:15]
    print(nums)
    nums[:] = [x * x for x in nums]
    print(nums)
    nums[len(nums):] = [-1, -2]
    nums[-1] = 99
    nums[0:2] = []
    print(nums, nums[-2:], nums[:100])
    grid = [[0] * 3 for _ in range(3)]
    grid[1][1:] = [5, 6]
    del grid[0]
    print(grid)
    letters = list("abcdef")
    letters[1:5:2] = ["X", "Y"]
    del letters[-1]
    print(letters, "".join(letters))


asyncio.run(main())
