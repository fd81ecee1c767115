# RUN: aithon compile %s --remarks --emit=actor -o /dev/null 2>&1 | FileCheck %s
# Placement (issue 8): an awaited call becomes its own actor only when nothing it can reach is
# shared with its caller; otherwise it runs as a task in the caller's actor, on the caller's heap.
# `aithon compile --remarks` states each decision and its reason at the call.
import asyncio

log = []
LIMIT = 10  # a constant: folded, shared by nobody


async def square(x):
    return x * x + LIMIT


async def total(xs):
    return sum(xs)


async def record(x):
    log.append(x)
    return x


def helper(x):
    return len(log) + x


async def indirect(x):
    return helper(x)


async def keyed(words):
    return sorted(words, key=lambda w: (len(log), w))


counter = 0


async def bump(n):
    global counter
    counter += n
    return counter


async def main():
    # CHECK: placement.py:[[@LINE+1]]:9: remark: call to @py.square is spawned as an actor: its arguments are immutable and it shares no module state
    a = await square(3)
    # CHECK: placement.py:[[@LINE+1]]:9: remark: call to @py.total stays in the caller's actor (not spawned): argument 'xs' (obj) may be a mutable object the caller still sees
    b = await total([1, 2, 3])
    # CHECK: placement.py:[[@LINE+1]]:9: remark: call to @py.record stays in the caller's actor (not spawned): it uses module variable 'log' (line 20)
    c = await record(4)
    # CHECK: placement.py:[[@LINE+1]]:9: remark: call to @py.indirect stays in the caller's actor (not spawned): it calls helper, which shares module state
    d = await indirect(5)
    # CHECK: placement.py:[[@LINE+1]]:9: remark: call to @py.keyed stays in the caller's actor (not spawned): it uses module variable 'log' (line 33)
    e = await keyed(["b", "a"])
    # A gather's children are tasks of the caller; each one's call is placed like an await.
    # CHECK-COUNT-2: placement.py:[[@LINE+1]]:5: remark: call to @py.bump stays in the caller's actor (not spawned): it assigns module variable 'counter' (line 41)
    f, g = await asyncio.gather(bump(1), bump(2))
    # CHECK-NOT: remark
    print(a, b, c, d, e, f, g, log)


asyncio.run(main())
