"""Calls: user functions (func.call), builtins (py.builtin, or composed from py ops), print."""

from __future__ import annotations

import ast

from . import ops
from .expressions import link
from .function import FunctionBuilder, Unsupported, V
from .types import BOOL, FLOAT, INT, NONE, OBJ, STR, ir_type, is_list, join

SIMPLE_BUILTINS = {"len": INT, "abs": None, "round": INT}


def call(fb: FunctionBuilder, node: ast.Call) -> V:
    if isinstance(node.func, ast.Attribute):
        return fb.prog.asyncio.call(fb, node, awaited=False)
    if not isinstance(node.func, ast.Name):
        raise Unsupported(node, "calling this expression")
    kind, value = fb.prog.resolve(fb.spec, node.func.id)
    if kind == "function":
        if isinstance(value, ast.AsyncFunctionDef):
            raise Unsupported(node, "a coroutine that is not awaited")
        return user_call(fb, node, value)
    if kind == "builtin":
        return builtin_call(fb, node, node.func.id)
    if kind in ("local", "const"):
        return call_not_callable(fb, node)
    raise Unsupported(node, f"calling {kind} '{node.func.id}'")


TYPE_NAMES = {"int": "int", "float": "float", "bool": "bool", "str": "str", "None": "NoneType"}
BUILTIN_TYPE_ERRORS = {
    "len": "object of type '{}' has no len()",
    "abs": "bad operand type for abs(): '{}'",
    "round": "type {} doesn't define __round__ method",
    "int": "int() argument must be a string, a bytes-like object or a real number, not '{}'",
    "float": "float() argument must be a string or a real number, not '{}'",
}


def call_not_callable(fb: FunctionBuilder, node: ast.Call) -> V:
    """Calling a variable or constant of a non-callable type: CPython evaluates the callee and the
    arguments, then raises `TypeError: 'int' object is not callable`; what follows never runs."""
    callee = fb.expr(node.func)
    if callee.ty not in TYPE_NAMES or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "calling a value of unknown type")
    for a in node.args:
        fb.expr(a)
    for k in node.keywords:
        fb.expr(k.value)
    fb.raise_now("TypeError", f"'{TYPE_NAMES[callee.ty]}' object is not callable")


def bind_args(fb: FunctionBuilder, node: ast.Call, target) -> list[V]:
    """Evaluate the arguments in source order and match them to the callee's parameters."""
    bound = fb.prog.bind(target, node)
    values = {id(a): fb.expr(a) for a in [*node.args, *(k.value for k in node.keywords)]}
    return [V(None, *fb.prog.default_of(n)) if is_default else values[id(n)] for n, is_default in bound]


def operands(fb: FunctionBuilder, args: list[V]) -> list:
    return [fb.ctx] + [fb.materialise(a) for a in args]


def user_call(fb: FunctionBuilder, node: ast.Call, target) -> V:
    args = bind_args(fb, node, target)
    spec = fb.prog.spec_for(target, tuple(a.ty for a in args))
    ret = fb.prog.ret_of(spec)
    results = [] if ret == NONE else [ir_type(ret)]
    op = fb.emit(ops.call, spec.symbol, operands(fb, args), results)
    fb.restore_level()
    if ret == NONE:
        return V(None, NONE, None, True)
    return V(op.result if op is not None else None, ret)


def builtin_call(fb: FunctionBuilder, node: ast.Call, name: str) -> V:
    if name == "print":
        return print_call(fb, node)
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, f"{name}() with keyword or starred arguments")
    args = [fb.expr(a) for a in node.args]
    if name in ("min", "max") and len(args) >= 2:
        return min_max(fb, name, args)
    if len(args) != 1:
        raise Unsupported(node, f"{name}() with {len(args)} arguments")
    v = args[0]
    if name in ("str", "repr"):
        if name == "repr" or v.ty != STR:
            fb.emit(ops.depth_need, "R" if name == "repr" else "S")
        if name == "str" and v.ty == STR:
            return v
        return V(fb.emit(ops.format_, fb.materialise(v), "r" if name == "repr" else "s", None), STR)
    if name == "int" and v.ty in (INT, BOOL):
        fb.emit(ops.depth_need, "C")
        return v if v.ty == INT else V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, INT, 0, True)), INT), INT)
    if name == "int" and v.ty in (FLOAT, STR, OBJ):
        fb.emit(ops.depth_need, "C")
        return V(fb.emit(ops.builtin, "int", [fb.obj(v)], INT), INT)
    if name == "float" and v.ty in (INT, BOOL, FLOAT):
        if v.ty == FLOAT:
            return v
        if v.is_const:
            return V(None, FLOAT, float(v.const), True)
        return V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, FLOAT, 0.0, True)), FLOAT), FLOAT)
    if name == "float" and v.ty == OBJ:
        return V(fb.emit(ops.builtin, "float", [fb.obj(v)], FLOAT), FLOAT)
    if name == "bool":
        return V(fb.emit(ops.unary, "not", fb.emit(ops.unary, "not", fb.materialise(v), BOOL), BOOL), BOOL)
    if name == "len" and (v.ty in (STR, OBJ) or is_list(v.ty)):
        return V(fb.emit(ops.builtin, "len", [fb.obj(v, list_ok=True)], INT), INT)
    if name == "abs" and v.ty in (INT, BOOL, FLOAT, OBJ):
        fb.emit(ops.depth_need, "C")
        ty = {FLOAT: FLOAT, OBJ: OBJ}.get(v.ty, INT)
        return V(fb.emit(ops.builtin, "abs", [fb.obj(v)], ty), ty)
    if name == "round" and v.ty in (INT, BOOL, FLOAT, OBJ):
        return V(fb.emit(ops.builtin, "round", [fb.obj(v)], INT), INT)
    known = BUILTIN_TYPE_ERRORS.get(name)
    if known is not None and v.ty in TYPE_NAMES and not (name == "float" and v.ty == STR):
        # a typed argument the builtin refuses: CPython's TypeError
        fb.raise_now("TypeError", known.format(TYPE_NAMES[v.ty]))
    raise Unsupported(node, f"{name}() of {v.ty}")


def min_max(fb: FunctionBuilder, name: str, args: list[V]) -> V:
    """min()/max() return the first extreme argument itself: keep the best so far and replace it
    only on a strict comparison (CPython's min_max loop)."""
    fb.emit(ops.depth_need, "C<")
    ty = args[0].ty
    for a in args[1:]:
        ty = join(ty, a.ty)
    best = fb.slot_temp(name, ty)
    fb.emit(ops.store, fb.coerce(args[0], ty), best)
    cur = args[0]
    for a in args[1:]:
        better = link(fb, ast.Lt() if name == "min" else ast.Gt(), a, cur)
        take, done = fb.new_block(), fb.new_block()
        fb.cond_br(fb.emit(ops.truth, better.value), take, done)
        fb.place(take)
        fb.emit(ops.store, fb.coerce(a, ty), best)
        fb.br(done)
        fb.place(done)
        cur = V(fb.emit(ops.load, best, ty), ty)
    return cur


def print_call(fb: FunctionBuilder, node: ast.Call) -> V:
    """`print(*args, sep=, end=, flush=)`: one `py.print` when sep and end are constants (or None);
    a computed str sep/end is printed between the values by `py.print`s of their own, which writes
    the same bytes."""
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "print(*args)")
    args = [fb.expr(a) for a in node.args]
    opts: dict = {"sep": V(None, STR, " ", True), "end": V(None, STR, "\n", True)}
    flush = False
    for kw in node.keywords:
        if kw.arg not in ("sep", "end", "flush"):
            raise Unsupported(kw, f"print() keyword '{kw.arg}'")
        v = fb.expr(kw.value)
        if kw.arg == "flush":
            if not v.is_const:
                raise Unsupported(kw, "a computed flush argument")
            flush = bool(v.const)
        elif v.ty == NONE:
            continue
        elif v.ty == STR:
            opts[kw.arg] = v
        elif v.ty == OBJ:
            raise Unsupported(kw, f"a {kw.arg} argument of unknown type")
        else:
            fb.raise_now("TypeError", f"{kw.arg} must be None or a string, not {TYPE_NAMES.get(v.ty, v.ty)}")
    fb.emit(ops.depth_need, "CC")  # print's two nested recursion checks in CPython 3.11
    values = [fb.obj(a, list_ok=True) for a in args]
    sep, end = opts["sep"], opts["end"]
    if sep.is_const and end.is_const:
        fb.emit(ops.print_, values, sep.const, end.const, flush)
        return V(None, NONE, None, True)
    for i, v in enumerate(values):
        if i:
            _write(fb, sep)
        fb.emit(ops.print_, [v], "", "", False)
    _write(fb, end, flush)
    return V(None, NONE, None, True)


def _write(fb: FunctionBuilder, text: V, flush: bool = False) -> None:
    if text.is_const:
        if text.const or flush:
            fb.emit(ops.print_, [], "", text.const, flush)
    else:
        fb.emit(ops.print_, [fb.obj(text)], "", "", flush)


HANDLERS = {ast.Call: call}
