"""Front end: python-ir shape, type inference/specialisation, locations and diagnostics."""

from __future__ import annotations

import textwrap

import pytest

from aithon.diagnostics import CompileError
from aithon.frontend import compile_source, python_ir_text


def ir_of(src: str) -> str:
    return python_ir_text(textwrap.dedent(src), "t.py")


def error_of(src: str) -> CompileError:
    with pytest.raises(CompileError) as info:
        ir_of(src)
    return info.value


def test_sync_recursion_is_unboxed_i64():
    text = ir_of("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        print(fib(10))
    """)
    assert 'func.func @py.fib(%ctx: !llvm.ptr loc("t.py":2:1), %arg0: i64 {py.name = "n", py.type = "int"} ' \
           'loc("t.py":2:9)) -> i64' in text
    assert "arith.addi" in text and "ai_box" not in text


def test_specialisation_per_argument_types():
    text = ir_of("""
        def double(x):
            return x + x
        print(double(2), double(1.5))
    """)
    assert "func.func @py.double.int(" in text and "-> i64" in text
    assert "func.func @py.double.float(" in text and "-> f64" in text


def test_await_is_call_then_await_and_gather_builds_tasks():
    text = ir_of("""
        import asyncio
        async def f(x):
            return x * 2
        async def main():
            a = await f(1)
            b, c = await asyncio.gather(f(2), f(3))
            print(a, b, c)
        asyncio.run(main())
    """)
    assert "async.call @py.f(" in text and "async.await" in text
    assert text.count("attributes {py.task}") == 2
    assert "async.create_group" in text and "async.await_all" in text
    assert "func.call @ai_asyncio_run_token" in text


def test_gather_star_is_a_loop_storing_into_a_list():
    text = ir_of("""
        import asyncio
        async def f(x):
            return x + 0.5
        async def main():
            xs = await asyncio.gather(*[f(i) for i in range(4)])
            print(xs)
        asyncio.run(main())
    """)
    assert "func.call @ai_list_new" in text and "func.call @ai_list_set" in text
    assert "arith.bitcast %r : f64 to i64" in text  # floats travel as 64-bit words


def test_every_op_has_a_file_location():
    from mlir import ir

    src = "import asyncio\nasync def main():\n    print(1 + 2)\nasyncio.run(main())\n"
    with ir.Context() as ctx:
        module = compile_source(src, "prog.py", ctx)
        missing = []

        def visit(op):
            if "prog.py" not in str(op.location):
                missing.append(op.name)
            return ir.WalkResult.ADVANCE

        module.operation.walk(visit)
    assert missing == []


@pytest.mark.parametrize("src, line, col, message", [
    ("class A:\n    pass\n", 1, 1, "class definition at module level is not supported"),
    ("def f():\n    return [1]\n", 2, 12, "list literal is not supported"),
    ("def f():\n    try:\n        pass\n    except Exception:\n        pass\n", 2, 5, "try statement is not supported"),
    ("import os\n", 1, 1, "import of 'os' is not supported"),
    ("X = 1\nX = 2\n", 2, 1, "rebinding module-level constant 'X'"),
    ("def f():\n    x = 1\n    x = 'a'\nf()\n", 3, 5, "changes type from int to str"),
    ("def f():\n    if 1 > 0:\n        y = 2\n    print(y)\nf()\n", 4, 11, "may be used before it is assigned"),
    ("def f():\n    return f()\nprint(f())\n", 2, 12, "cannot infer the type"),
    ("def f():\n    print(1 < 'a')\nf()\n", 2, 11, "comparison between int and str"),
    ("def f(x):\n    return x\nprint(f(1), f(2, 3))\n", 3, 13, "takes 1 positional argument but 2 were given"),
    ("def f():\n    print(f'{1:q}')\nf()\n", 2, 11, "invalid format spec 'q'"),
    ("async def f():\n    return 1\ndef g():\n    f()\ng()\n", 4, 5, "without await is not supported"),
    ("x = (\n", 1, 5, "invalid syntax"),
])
def test_unsupported_input_gets_a_located_diagnostic(src, line, col, message):
    err = error_of(src)
    assert (err.line, err.col) == (line, col), err.render()
    assert message in err.message
    first = err.render().splitlines()[0]
    assert first.startswith(f"t.py:{line}:{col}: error: ")


def test_rendered_diagnostic_shows_source_line_and_caret():
    err = error_of("def f():\n    return [1]\n")
    assert err.render().splitlines()[1:] == ["    return [1]", "           ^"]


def test_printing_a_gather_star_result_prints_the_list():
    # Regression: the expression statement's "result unused" flag leaked into print's argument,
    # so print(await gather(*...)) printed None.
    text = ir_of("""
        import asyncio
        async def sq(i):
            return i * i
        async def main():
            print(await asyncio.gather(*[sq(i) for i in range(3)]))
            await asyncio.gather(*[sq(i) for i in range(2)])
        asyncio.run(main())
    """)
    assert text.count("@ai_list_new(") == 2  # one declaration, one call: the unused gather builds no list
    assert "call @ai_write_list(" in text
    assert '"None' not in text


def test_gather_used_as_list_records_element_kind():
    # Regression: indexing the result of gather(a(), b()) declared ai_list_new with two arguments.
    text = ir_of("""
        import asyncio
        async def one(i):
            return i * 0.5
        async def main():
            r = await asyncio.gather(one(1), one(2))
            print(r[0] + r[1])
        asyncio.run(main())
    """)
    assert "func.func private @ai_list_new(!llvm.ptr, i64, i32) -> !llvm.ptr" in text
    assert "arith.constant 2 : i32" in text  # float elements


@pytest.mark.parametrize("spec, small", [
    ("1000000000000", "1"), ("01000000000000", "01"), (">1000000000000.5f", ">1.5f"),
    ("x^+#012,.3e", "x^+#01,.3e"), (".2147483647f", ".20f"),
    (".2147483648f", ".2147483648f"),  # CPython: "precision too big", before any formatting
    ("99999999999999999999", "99999999999999999999"),  # "Too many decimal digits"
    ("", ""), ("1>5", "1>1"),
])
def test_format_spec_is_validated_with_a_small_width_and_precision(spec, small):
    from aithon.frontend.strings import validation_spec
    assert validation_spec(spec) == small


def test_huge_format_width_compiles_to_a_run_time_format():
    ir = ir_of("""
        def f(x):
            return f"{x:1000000000000000}"
        print(f(1.5))
    """)
    assert "ai_format_f64" in ir
