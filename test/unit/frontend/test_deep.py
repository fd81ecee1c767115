"""Deep syntax trees (aithon/frontend/deep.py) and CPython's own compile-time refusals."""

import pytest

from aithon.frontend import CompileError, python_ir_text


def test_a_flat_sum_thousands_of_terms_deep_compiles():  # CPython 3.11 accepts 2,500, not 3,000
    src = "def f(a):\n    return " + " + ".join("a" for _ in range(2400)) + "\nprint(f(1))\n"
    assert "func.func @py.f(" in python_ir_text(src, "t.py")


def test_what_cpython_cannot_compile_is_refused_not_compiled():
    src = "x = " + " + ".join("1" for _ in range(100_000)) + "\nprint(x)\n"
    with pytest.raises(CompileError) as err:
        python_ir_text(src, "t.py")
    assert (err.value.line, err.value.col) == (1, 1)
    assert "RecursionError: maximum recursion depth exceeded during compilation" in err.value.message


def test_syntax_errors_of_cpythons_compiler_are_located():
    with pytest.raises(CompileError) as err:
        python_ir_text("def f():\n    pass\nbreak\n", "t.py")
    assert (err.value.line, err.value.col, err.value.message) == (3, 1, "invalid syntax: 'break' outside loop")
