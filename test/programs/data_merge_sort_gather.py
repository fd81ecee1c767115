# Merge sort by recursive gather: each half is sorted by its own task, then merged.
import asyncio


async def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = await asyncio.gather(merge_sort(items[:mid]), merge_sort(items[mid:]))
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


async def main():
    data = [(i * 7919) % 101 - 50 for i in range(60)]
    print(data[:15])
    result = await merge_sort(data)
    print(result[:10], "...", result[-5:])
    print(result == sorted(data), len(result))
    words = "pear apple fig banana cherry date elderberry grape kiwi lemon".split()
    print(await merge_sort(words))
    pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]
    print(await merge_sort(pairs))
    floats = [2.5, -1.0, 3.25, 0.0, -7.5, 2.5]
    print(await merge_sort(floats), await merge_sort([]), await merge_sort([42]))


asyncio.run(main())
