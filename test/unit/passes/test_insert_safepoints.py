"""aithon-insert-safepoints: before suspensions and on retreating edges, idempotent."""

from aithon.frontend import python_ir_text
from pass_helpers import run_passes

LOOP = '''import asyncio


async def main():
    n = 0
    for i in range(3):
        n = n + i
        await asyncio.sleep(0)
    print(n)


asyncio.run(main())
'''


def test_loop_with_await_gets_safepoints():
    text, _, failed = run_passes(python_ir_text(LOOP, "loop.py"), ["aithon-insert-safepoints"])
    assert not failed
    lines = [line.strip() for line in text.splitlines()]
    awaits = [i for i, line in enumerate(lines) if line.startswith("await ") or " = await " in line]
    assert awaits and all(lines[i - 1].startswith('"actor.safepoint"') for i in awaits)
    # one retreating branch (the loop's latch) → one extra safepoint
    assert sum(line.startswith('"actor.safepoint"') for line in lines) == len(awaits) + 1


def test_idempotent():
    src = python_ir_text(LOOP, "loop.py")
    once, _, _ = run_passes(src, ["aithon-insert-safepoints"])
    twice, _, _ = run_passes(src, ["aithon-insert-safepoints", "aithon-insert-safepoints"])
    assert once == twice
