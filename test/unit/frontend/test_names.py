"""Name resolution and mangling (aithon/frontend/names.py)."""

import itertools
import re

import pytest
from mlir import ir

from aithon.dialect import make_context
from aithon.frontend import python_ir_text
from aithon.frontend.names import function_symbol, mangle

ODD = ["x", "_", "__", "_1", "x1", "var0", "é", "e", "ĕ", "函数", "ϰ", "Ⅻ", "a_b", "a__b", "main", "free",
       "f__int", "ai_str_concat", "__aithon_module_init", "mlirAsyncRuntimeCreateToken", "ẞ", "x٣"]
TYPES = [(), ("int",), ("float",), ("int", "float"), ("list[int]",), ("list[list[int]]",), ("str", "None")]


def test_mangling_is_injective_and_stays_in_the_identifier_alphabet():
    assert len({mangle(n) for n in ODD}) == len(ODD)
    for n in ODD:
        assert re.fullmatch(r"[A-Za-z0-9_$]+", mangle(n)), n
        assert "." not in mangle(n)
    assert mangle("var0") == "var0" and mangle("é") == "$0000e9"


def test_function_symbols_are_distinct_across_names_and_specialisations():
    syms = [function_symbol(n, t, len(t) > 0) for n, t in itertools.product(ODD, TYPES)]
    assert len(set(syms)) == len(syms)
    assert all(s.startswith("py.") for s in syms)


def test_every_mangled_symbol_parses_as_mlir():
    body = "\n".join(f"func.func private @{function_symbol(n, t, True)}()" for n in ODD for t in TYPES)
    with make_context():
        ir.Module.parse("module {\n" + body + "\n}")


def ir_of(src):
    import textwrap

    return python_ir_text(textwrap.dedent(src), "t.py")


def test_hidden_loop_counter_is_not_a_python_variable():
    text = ir_of("""
        def f():
            for i in range(3):
                __it0 = 5
                print(i, __it0)
        f()
    """)
    assert "%__it0.addr" in text       # the user's variable
    assert re.search(r"%for\d+ = llvm.alloca", text)  # the counter, a name no variable can have


def test_user_and_builtin_resolution():
    text = ir_of("""
        def max(a, b):
            return a - b
        def g(len):
            return len + max(1, 2)
        print(g(3), min(1, 2))
    """)
    assert "call @py.max(" in text and "call @py.g(" in text
    assert "ai_str_len" not in text


def test_calling_a_shadowed_builtin_raises_type_error_at_run_time():
    text = ir_of("""
        max = 3
        print(max(1, 2))
    """)
    assert "'int' object is not callable" in text.replace("\\27", "'")
