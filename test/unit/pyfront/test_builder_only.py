"""The py front end builds IR with the builder API only: no MLIR text anywhere in it, and op names
written only in `ops.py` (the one module of builders)."""

from __future__ import annotations

import ast
import os
import re

import aithon.pyfront as pyfront

PKG = os.path.dirname(pyfront.__file__)
DIALECTS = ("py", "arith", "cf", "func", "async", "llvm", "math", "builtin", "scf", "actor")
OP_NAME = re.compile(r"^(%s)\.[a-z_]+$" % "|".join(DIALECTS))
MLIR_TEXT = re.compile(r"%[\w.$]|\^bb|loc\(|!llvm\.|!async\.(value|token)\b.*[=:]|\) -> |= \"?[a-z]+\.[a-z_]+")


def _strings(path: str) -> list[tuple[int, str]]:
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def _modules() -> list[str]:
    return sorted(f for f in os.listdir(PKG) if f.endswith(".py"))


TYPE_NAME = re.compile(r"^!(py|async|llvm)\.[a-z]+$")


def test_no_mlir_text_in_the_front_end():
    """Type names (no Python API for async and IRDL types in the 22 bindings) only in types.py."""
    bad = [(f, line, s) for f in _modules() for line, s in _strings(os.path.join(PKG, f))
           if MLIR_TEXT.search(s) and not (f == "types.py" and TYPE_NAME.match(s))]
    assert bad == []


def test_op_names_only_in_ops_module():
    bad = [(f, line, s) for f in _modules() if f != "ops.py"
           for line, s in _strings(os.path.join(PKG, f)) if OP_NAME.match(s)]
    assert bad == []
    # and the check itself sees the builders' names
    assert any(OP_NAME.match(s) for _, s in _strings(os.path.join(PKG, "ops.py")))


def test_pattern_catches_text():
    for text in ('%0 = "py.binop"(%a, %b)', "cf.br ^bb1", 'loc("f.py":1:2)', "func.call @f() : () -> ()"):
        assert MLIR_TEXT.search(text), text
