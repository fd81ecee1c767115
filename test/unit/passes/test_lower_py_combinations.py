"""Every operator on every pair of supported py types, with every result type, through
aithon-py-specialize and aithon-lower-py and then the upstream lowering: each combination either
lowers to verified LLVM-dialect IR or is refused with a located error. A Python exception escaping
a pass (an AssertionError, a KeyError...) is a compiler bug and fails here."""

import itertools

import pytest
from mlir import ir

from aithon.dialect import make_context
from aithon.passes import build_pass_manager
from aithon.passes.lower_py_ops import BINOPS, CMPOPS, UNOPS

KINDS = ("int", "float", "bool", "str", "none", "obj")
PASSES = ["aithon-py-specialize", "aithon-lower-py", "convert-math-to-llvm", "convert-arith-to-llvm",
          "convert-func-to-llvm", "convert-cf-to-llvm", "reconcile-unrealized-casts"]
_CONTEXT = []


def _context():
    """One context for all combinations (loading the dialects is most of the cost)."""
    if not _CONTEXT:
        _CONTEXT.append(make_context())
    return _CONTEXT[0]


def _lowers(body: str, params: list[str], result: str) -> None:
    args = "".join(f", %p{i}: !py.{k}" for i, k in enumerate(params))
    ret = "" if result == "i1" else f"!py.{result}"
    text = (f"func.func @py.f(%ctx: !llvm.ptr{args}) -> {ret or 'i1'} {{\n  {body}\n"
            f"  return %r : {ret or 'i1'}\n}}\n")
    ctx = _context()
    errors = []
    with ctx:
        module = ir.Module.parse(text)
        try:
            build_pass_manager(ctx, PASSES).run(module.operation)
        except ir.MLIRError as exc:
            errors.extend(str(d.message) for d in exc.error_diagnostics)
            assert errors and all("not supported yet" in e for e in errors), (text, errors)
            return
        assert module.operation.verify() and "!py." not in str(module), text


@pytest.mark.parametrize("op", BINOPS)
def test_binop_combinations(op):
    for a, b, r in itertools.product(KINDS, KINDS, ("obj", "int", "float", "bool", "str")):
        _lowers(f'%r = "py.binop"(%p0, %p1) {{op = "{op}"}} : (!py.{a}, !py.{b}) -> !py.{r}', [a, b], r)


@pytest.mark.parametrize("op", CMPOPS + ("is", "is_not"))
def test_compare_combinations(op):
    for a, b, r in itertools.product(KINDS, KINDS, ("bool", "obj")):
        _lowers(f'%r = "py.compare"(%p0, %p1) {{op = "{op}"}} : (!py.{a}, !py.{b}) -> !py.{r}', [a, b], r)


def test_unary_truth_format_builtin_combinations():
    for a in KINDS:
        for op in UNOPS + ("not",):
            for r in ("obj", "int", "float", "bool"):
                _lowers(f'%r = "py.unary"(%p0) {{op = "{op}"}} : (!py.{a}) -> !py.{r}', [a], r)
        _lowers('%r = "py.truth"(%p0) : (!py.' + a + ") -> i1", [a], "i1")
        for conv, spec in itertools.product(("", "s", "r"), ("", ">8")):
            _lowers(f'%r = "py.format"(%p0) {{conv = "{conv}", spec = "{spec}"}} : (!py.{a}) -> !py.str', [a], "str")
        for name in ("abs", "str", "repr", "int", "float", "bool", "len", "round"):
            for r in ("obj", "int", "float", "str", "bool"):
                _lowers(f'%b = "py.box"(%p0) : (!py.{a}) -> !py.obj\n'
                        f'  %r = "py.builtin"(%b) {{name = "{name}"}} : (!py.obj) -> !py.{r}', [a], r)
