"""Expressions: constants, names, operators, comparisons, boolean logic, conditional expressions.
Each handler returns a `V`; result types come from the rules in types.py (shared with infer.py)."""

from __future__ import annotations

import ast

from . import ops
from .function import Diverged, FunctionBuilder, Unsupported, V
from .infer import BINOPS, COMPARE, UNARY
from .types import BOOL, INT, NONE, OBJ, STR, binop_type, const_type, elem, is_list, join, pow_type, unary_type


def constant(fb: FunctionBuilder, node: ast.Constant) -> V:
    if isinstance(node.value, bytes):  # a bytes object made where it is written (one word)
        return V(fb.emit(ops.bytes_constant, node.value), OBJ)
    return const_value(node, node.value)


def const_value(node: ast.AST, value) -> V:
    t = const_type(value)
    if t is None:
        raise Unsupported(node, f"constant of type {type(value).__name__}")
    return V(None, t, value, True)


def name(fb: FunctionBuilder, node: ast.Name) -> V:
    if node.id in fb.comp_bindings:
        return fb.comp_bindings[node.id]
    kind, value = fb.prog.resolve(fb.spec, node.id)
    if kind == "local":
        if node.id in fb.tasks or node.id in fb.spec.tasks:
            raise Unsupported(node, "a task used as a value, or outside the statements that created it")
        if not fb.prog.definitely_assigned(fb, node.id):
            raise Unsupported(node, "a variable that may be unassigned")
        return fb.load(node.id)
    if kind == "const":
        return const_value(node, value)
    if kind == "global":
        return V(fb.emit(ops.global_load, node.id), OBJ)
    if kind == "function":
        from .data import function_value

        return function_value(fb, value, [], node.id)
    if kind == "builtin":
        from ..runtime_abi import BUILTIN_ID

        if node.id in BUILTIN_ID:
            return V(fb.emit(ops.make_function, [], builtin=node.id), OBJ)
    if kind == "member":
        from .data import module_member

        return module_member(fb, node, *value)
    if kind == "undefined":
        raise Unsupported(node, f"name '{node.id}' is not defined", plain=True)
    raise Unsupported(node, f"{kind} '{node.id}' used as a value")


def binop(fb: FunctionBuilder, node: ast.BinOp) -> V:
    a, b = fb.expr(node.left), fb.expr(node.right)
    return arith(fb, type(node.op), a, b)


def arith(fb: FunctionBuilder, op: type, a: V, b: V) -> V:
    name_ = BINOPS[op]
    ty = pow_type(a.ty, b.ty, b.const if b.is_const else None) if op is ast.Pow else binop_type(name_, a.ty, b.ty)
    if ty == OBJ and OBJ not in (a.ty, b.ty) and name_ != "pow":
        # typed operands whose combination has no typed result (1 + "a", 1.5 & 2): box both, the
        # run time raises CPython's TypeError
        return V(fb.emit(ops.binop, name_, fb.obj(a), fb.obj(b), OBJ), OBJ)
    if ty == OBJ:
        return V(fb.emit(ops.binop, name_, fb.obj(a), fb.obj(b), OBJ), OBJ)
    return V(fb.emit(ops.binop, name_, fb.materialise(a), fb.materialise(b), ty), ty)


def unaryop(fb: FunctionBuilder, node: ast.UnaryOp) -> V:
    a = fb.expr(node.operand)
    op = UNARY[type(node.op)]
    if op == "not":
        return V(fb.emit(ops.unary, "not", fb.materialise(a), BOOL), BOOL)
    if a.is_const and op == "neg" and a.ty != BOOL and isinstance(a.const, (int, float)):
        return V(None, a.ty, -a.const, True)  # a negative literal
    ty = unary_type(op, a.ty)
    operand = fb.obj(a) if ty == OBJ else fb.materialise(a)
    return V(fb.emit(ops.unary, op, operand, ty), ty)


def compare(fb: FunctionBuilder, node: ast.Compare) -> V:
    """`a < b < c`: each operand evaluated once, left to right, stopping at the first false link."""
    for op in node.ops:
        if type(op) not in COMPARE:
            raise Unsupported(node, f"comparison {type(op).__name__}")
    typed = type_test(fb, node)
    if typed is not None:
        return typed
    left = fb.expr(node.left)
    if len(node.ops) == 1:
        return link(fb, node.ops[0], left, fb.expr(node.comparators[0]))
    result = fb.slot_temp("cmp", BOOL)
    done = fb.new_block()
    for i, (op, right_node) in enumerate(zip(node.ops, node.comparators)):
        try:
            right = fb.expr(right_node)
        except Diverged:  # earlier false links still reach `done`
            break
        r = link(fb, op, left, right)
        fb.emit(ops.store, fb.materialise(r), result)
        if i + 1 < len(node.ops):
            nxt = fb.new_block()
            fb.cond_br(fb.emit(ops.truth, r.value), nxt, done)
            fb.place(nxt)
        left = right
    fb.br(done)
    if not fb.place(done):
        raise Diverged()
    return V(fb.emit(ops.load, result, BOOL), BOOL)


TYPE_NAMES = {"int": "int", "bool": "bool", "float": "float", "str": "str", "list": "list", "tuple": "tuple",
              "dict": "dict", "set": "set", "frozenset": "frozenset", "bytes": "bytes", "range": "range"}


def type_test(fb: FunctionBuilder, node: ast.Compare):
    """`type(x) == int` / `type(x) is not str`: the name of x's type against the class's (exact
    type, no subclasses: `type(True) == int` is False as in CPython)."""
    if len(node.ops) != 1 or not isinstance(node.ops[0], (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)):
        return None
    left, right = node.left, node.comparators[0]
    if not (isinstance(left, ast.Call) and isinstance(left.func, ast.Name) and left.func.id == "type"
            and len(left.args) == 1 and not left.keywords and fb.prog.resolve(fb.spec, "type")[0] == "builtin"):
        return None
    if not (isinstance(right, ast.Name) and right.id in TYPE_NAMES and fb.prog.resolve(fb.spec, right.id)[0] == "builtin"):
        return None
    from mlir import ir

    x = fb.expr(left.args[0])
    name = V(fb.emit(ops.builtin, "type_name", [fb.obj(x)], STR, {"generic": ir.UnitAttr.get()}), STR)
    same = V(fb.emit(ops.compare, "eq", fb.materialise(name), fb.materialise(V(None, STR, TYPE_NAMES[right.id], True))), BOOL)
    if isinstance(node.ops[0], (ast.NotEq, ast.IsNot)):
        return V(fb.emit(ops.unary, "not", fb.materialise(same), BOOL), BOOL)
    return same


def link(fb: FunctionBuilder, op: ast.cmpop, a: V, b: V) -> V:
    name_ = COMPARE[type(op)]
    if name_ in ("in", "not_in"):
        return V(fb.emit(ops.compare, name_, fb.obj(a), fb.obj(b)), BOOL)
    if name_ in ("is", "is_not"):
        # identity of ints and strs depends on CPython's caching and interning: only None, bools
        # and containers (objects with an identity in both) are compared by identity here
        if NONE not in (a.ty, b.ty):
            if {a.ty, b.ty} & {"int", "float", "str"}:
                raise Unsupported(None, "'is' between ints, floats or strs (CPython's result depends on caching)")
            return V(fb.emit(ops.compare, name_, fb.obj(a), fb.obj(b)), BOOL)
        if OBJ not in (a.ty, b.ty):
            return V(None, BOOL, (a.ty == b.ty) == (name_ == "is"), True)
        return V(fb.emit(ops.compare, name_, fb.obj(a), fb.obj(b)), BOOL)
    if a.ty == b.ty and a.ty != NONE:
        return V(fb.emit(ops.compare, name_, fb.materialise(a), fb.materialise(b)), BOOL)
    if {a.ty, b.ty} <= {"int", "float", "bool"} and name_ not in ("is", "is_not"):
        return V(fb.emit(ops.compare, name_, fb.materialise(a), fb.materialise(b)), BOOL)
    return V(fb.emit(ops.compare, name_, fb.obj(a), fb.obj(b)), BOOL)


def truth(fb: FunctionBuilder, node: ast.expr):
    """The i1 truth value of an expression (for branches)."""
    v = fb.expr(node)
    if is_list(v.ty):
        return fb.emit(ops.truth, fb.obj(v))
    return fb.emit(ops.truth, fb.materialise(v))


def boolop(fb: FunctionBuilder, node: ast.BoolOp) -> V:
    """`a and b` / `a or b` return an operand, evaluated left to right with short circuit."""
    ty = fb.prog.expr_type(fb.spec, node)
    result = fb.slot_temp("bool", ty)
    done = fb.new_block()
    is_and = isinstance(node.op, ast.And)
    for i, x in enumerate(node.values):
        try:
            v = fb.expr(x)
        except Diverged:
            break
        fb.emit(ops.store, fb.coerce(v, ty), result)
        if i + 1 < len(node.values):
            nxt = fb.new_block()
            t = fb.emit(ops.truth, fb.materialise(v))
            fb.cond_br(t, nxt, done) if is_and else fb.cond_br(t, done, nxt)
            fb.place(nxt)
    fb.br(done)
    if not fb.place(done):
        raise Diverged()
    return V(fb.emit(ops.load, result, ty), ty)


def ifexp(fb: FunctionBuilder, node: ast.IfExp) -> V:
    ty = join(fb.prog.expr_type(fb.spec, node.body), fb.prog.expr_type(fb.spec, node.orelse))
    result = fb.slot_temp("ifexp", ty)
    then, other, done = fb.new_block(), fb.new_block(), fb.new_block()
    fb.cond_br(truth(fb, node.test), then, other)
    for blk, x in ((then, node.body), (other, node.orelse)):
        if fb.place(blk):
            try:
                v = fb.expr(x)
            except Diverged:
                continue
            fb.emit(ops.store, fb.coerce(v, ty), result)
            fb.br(done)
    if not fb.place(done):
        raise Diverged()
    return V(fb.emit(ops.load, result, ty), ty)


HANDLERS = {ast.Constant: constant, ast.Name: name, ast.BinOp: binop, ast.UnaryOp: unaryop,
            ast.Compare: compare, ast.BoolOp: boolop, ast.IfExp: ifexp}
