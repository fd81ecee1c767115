"""Long async functions are built as chains of segment coroutines (aithon/pyfront/segments.py)."""

import ast

from aithon.dialect import make_context
from aithon.pyfront import build_module
from aithon.pyfront.segments import SEGMENT


def long_program(n: int, with_task: bool = False) -> str:
    body = ["    a = 0"] + [f"    a = a + {i}" for i in range(n)]
    if with_task:
        body.insert(1, "    t = asyncio.create_task(one())\n    await t")
    return "\n".join(["import asyncio", "async def one():", "    return 1", "async def main():", *body,
                      "    print(a)", "asyncio.run(main())", ""])


def py_text(src: str) -> str:
    ctx = make_context()
    with ctx:
        return str(build_module(src, "t.py", ast.parse(src)))


def test_long_async_function_is_split_into_segments_awaited_in_order():
    text = py_text(long_program(3 * SEGMENT))
    segs = [line for line in text.splitlines() if "async.func @aithon.seg.py.main." in line]
    assert len(segs) == 4  # 3 * SEGMENT + 2 top-level statements
    # a segment takes the context, the recursion level and the variables as cells
    assert "%arg1: i64" in segs[0] and "!py.var<!py.int>" in segs[0]
    assert segs[0].rstrip().endswith("-> !async.value<i1> {")
    assert text.count("call @aithon.seg.py.main.") == 4


def test_short_functions_and_functions_with_tasks_are_not_split():
    assert "aithon.seg" not in py_text(long_program(2 * SEGMENT - 5))
    assert "aithon.seg" not in py_text(long_program(3 * SEGMENT, with_task=True))
