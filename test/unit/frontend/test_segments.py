"""Long async functions become chains of segment coroutines (aithon/frontend/segments.py)."""

from aithon.frontend import python_ir_text
from aithon.frontend.segments import SEGMENT


def long_program(statements: int, with_task: bool = False) -> str:
    body = [f"    x = x + {i}" for i in range(statements)]
    if with_task:
        body.insert(0, "    t = asyncio.create_task(one())\n    await t")
    return ("import asyncio\n\nasync def one():\n    return 1\n\nasync def main():\n    x = 0\n"
            + "\n".join(body) + "\n    print(x)\n\nasyncio.run(main())\n")


def test_a_long_async_function_is_split_into_segments_sharing_one_slot_array():
    n = 3 * SEGMENT + 5
    text = python_ir_text(long_program(n), "t.py")
    top_level = n + 2  # x = 0 ... print(x)
    segments = [f"async.func @aithon.seg.py.main.{k}(" for k in range(-(-top_level // SEGMENT))]
    assert all(s in text for s in segments)
    assert "llvm.alloca %nslots x i64" in text                     # the function's variables
    assert text.count("async.call @aithon.seg.py.main.") == len(segments)
    assert "llvm.getelementptr %slots[0]" in text


def test_short_functions_and_functions_with_tasks_are_not_split():
    assert "@aithon.seg." not in python_ir_text(long_program(2 * SEGMENT - 5), "t.py")
    assert "@aithon.seg." not in python_ir_text(long_program(3 * SEGMENT, with_task=True), "t.py")
