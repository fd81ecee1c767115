"""Module-level constants evaluated at compile time, as CPython would evaluate them at run time,
but never building something huge inside the compiler: a result beyond `LIMIT_BITS` bits or
`LIMIT_CHARS` characters is refused (Unsupported: the legacy front end then refuses it too)."""

from __future__ import annotations

import ast
import operator

from .function import Unsupported

LIMIT_BITS = 1_000_000
LIMIT_CHARS = 1_000_000
BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
       ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
       ast.LShift: operator.lshift, ast.RShift: operator.rshift, ast.BitAnd: operator.and_,
       ast.BitOr: operator.or_, ast.BitXor: operator.xor}
UN = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Invert: operator.invert, ast.Not: operator.not_}
CMP = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
       ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Is: operator.is_, ast.IsNot: operator.is_not}


def evaluate(node: ast.expr, names: dict):
    """The value of a constant expression (exceptions are CPython's own: the caller reports them)."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in names:
            raise Unsupported(node, f"name '{node.id}' in a module-level constant")
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in BIN:
        a, b = evaluate(node.left, names), evaluate(node.right, names)
        _check_size(node, type(node.op), a, b)
        return BIN[type(node.op)](a, b)
    if isinstance(node, ast.UnaryOp) and type(node.op) in UN:
        return UN[type(node.op)](evaluate(node.operand, names))
    if isinstance(node, ast.BoolOp):
        v = None
        for x in node.values:
            v = evaluate(x, names)
            if bool(v) != isinstance(node.op, ast.And):
                return v
        return v
    if isinstance(node, ast.Compare) and all(type(o) in CMP for o in node.ops):
        left = evaluate(node.left, names)
        for op, right_node in zip(node.ops, node.comparators):
            right = evaluate(right_node, names)
            if not CMP[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.IfExp):
        return evaluate(node.body if evaluate(node.test, names) else node.orelse, names)
    raise Unsupported(node, "this module-level constant expression")


def _bits(x) -> int:
    return abs(x).bit_length() if isinstance(x, int) else 64


def _check_size(node: ast.AST, op: type, a, b) -> None:
    too_big = False
    if op is ast.Pow and isinstance(a, int) and isinstance(b, int) and b > 0 and abs(a) > 1:
        too_big = _bits(a) * b > LIMIT_BITS
    elif op is ast.LShift and isinstance(b, int):
        too_big = b > LIMIT_BITS
    elif op is ast.Mult and isinstance(a, (str, int)) and isinstance(b, (str, int)):
        if isinstance(a, str) or isinstance(b, str):
            s, n = (a, b) if isinstance(a, str) else (b, a)
            too_big = isinstance(n, int) and len(s) * max(n, 0) > LIMIT_CHARS
        else:
            too_big = _bits(a) + _bits(b) > LIMIT_BITS
    if too_big:
        raise Unsupported(node, "a module-level constant this large")
