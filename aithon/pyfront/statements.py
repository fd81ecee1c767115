"""Statements: assignment, control flow (CFG form with `cf`), returns, expression statements."""

from __future__ import annotations

import ast

from . import ops
from .expressions import arith, truth
from .function import Diverged, FunctionBuilder, Unsupported, V
from .types import BOOL, BOTTOM, INT, NONE, OBJ, elem, is_list


def expr_stmt(fb: FunctionBuilder, node: ast.Expr) -> None:
    if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
        return  # docstring
    fb.discarded = node.value
    try:
        fb.expr(node.value)
    finally:
        fb.discarded = None


def pass_(fb: FunctionBuilder, node: ast.Pass) -> None:
    return None


def assign(fb: FunctionBuilder, node: ast.Assign) -> None:
    if fb.prog.is_asyncio_call(node.value, "create_task"):
        return fb.prog.asyncio.create_task_assign(fb, node)
    if len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple) and fb.prog.is_gather(node.value) \
            and all(isinstance(t, ast.Name) for t in node.targets[0].elts):
        vals = fb.prog.asyncio.gather(fb, node.value.value)
        if len(vals) != len(node.targets[0].elts):
            raise Unsupported(node, "unpacking a gather of another length")
        for t, v in zip(node.targets[0].elts, vals):
            store_name(fb, t, v)
        return
    if len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple) and isinstance(node.value, ast.Tuple) \
            and len(node.value.elts) == len(node.targets[0].elts) \
            and not any(isinstance(e, ast.Starred) for e in [*node.targets[0].elts, *node.value.elts]):
        # `a, b = b, a`: every right-hand side first, as Python does, then each target (typed)
        vals = [fb.expr(e) for e in node.value.elts]
        for t, v in zip(node.targets[0].elts, vals):
            assign_target(fb, t, v)
        return
    v = fb.expr(node.value)
    for t in node.targets:
        assign_target(fb, t, v)


def assign_target(fb: FunctionBuilder, target: ast.expr, v: V) -> None:
    """Store `v` into an assignment target: a name, `c[k]`, or a (starred, nested) tuple/list of
    targets, unpacked from any iterable (CPython's order: targets left to right)."""
    if isinstance(target, ast.Name):
        store_name(fb, target, v)
    elif isinstance(target, ast.Subscript):
        from .data import key_of

        c = fb.expr(target.value)
        k = key_of(fb, target.slice)
        fb.emit(ops.setitem, fb.obj(c), fb.obj(k), fb.obj(v))
    elif isinstance(target, (ast.Tuple, ast.List)):
        from .data import unpack_values

        for t, item in zip(target.elts, unpack_values(fb, target, v)):
            assign_target(fb, t.value if isinstance(t, ast.Starred) else t, item)
    else:
        raise Unsupported(target, "assignment to this target")


def store_name(fb: FunctionBuilder, target: ast.Name, v: V) -> None:
    if target.id in fb.tasks:
        raise Unsupported(target, "reassigning a task variable")
    if fb.prog.resolve(fb.spec, target.id)[0] == "global":
        fb.emit(ops.global_store, fb.obj(v), target.id)
        return
    fb.store(target.id, v)


def ann_assign(fb: FunctionBuilder, node: ast.AnnAssign) -> None:
    if node.value is not None:
        assign_target(fb, node.target, fb.expr(node.value))


def aug_assign(fb: FunctionBuilder, node: ast.AugAssign) -> None:
    """`x op= v`: in place for a list, set or dict (`xs += [1]` changes the list every other name
    for it sees); `c[k] op= v` evaluates c and k once."""
    if isinstance(node.target, ast.Name):
        cur = fb.expr(ast.Name(id=node.target.id, ctx=ast.Load(), lineno=node.lineno, col_offset=node.col_offset))
        rhs = fb.expr(node.value)
        store_name(fb, node.target, inplace(fb, type(node.op), cur, rhs))
        return
    if not isinstance(node.target, ast.Subscript):
        raise Unsupported(node.target, "augmented assignment to this target")
    from .data import key_of

    c = fb.obj(fb.expr(node.target.value))
    k = fb.obj(key_of(fb, node.target.slice))
    cur = V(fb.emit(ops.getitem, c, k, OBJ), OBJ)
    new = inplace(fb, type(node.op), cur, fb.expr(node.value))
    fb.emit(ops.setitem, c, k, fb.obj(new))


def inplace(fb: FunctionBuilder, op: type, cur: V, rhs: V) -> V:
    if cur.ty in ("int", "float", "bool", "str"):
        return arith(fb, op, cur, rhs)
    from .infer import BINOPS

    r = fb.emit(ops.binop, BINOPS[op], fb.obj(cur), fb.obj(rhs), OBJ)
    if r is not None:
        from mlir import ir

        r.owner.attributes["inplace"] = ir.UnitAttr.get()
    return V(r, OBJ)


def delete(fb: FunctionBuilder, node: ast.Delete) -> None:
    for t in node.targets:
        if isinstance(t, ast.Subscript):
            from .data import key_of

            c = fb.obj(fb.expr(t.value))
            fb.emit(ops.delitem, c, fb.obj(key_of(fb, t.slice)))
        else:
            raise Unsupported(t, "del of this target")


def global_(fb: FunctionBuilder, node: ast.Global) -> None:
    return None  # the names resolve to module variables (collect.py)


def assert_(fb: FunctionBuilder, node: ast.Assert) -> None:
    if node.msg is not None and not (isinstance(node.msg, ast.Constant) and isinstance(node.msg.value, str)):
        raise Unsupported(node.msg, "an assert message that is not a string literal")
    ok, bad = fb.new_block(), fb.new_block()
    fb.cond_br(truth(fb, node.test), ok, bad)
    if fb.place(bad):
        fb.emit(ops.raise_, "AssertionError", node.msg.value if node.msg is not None else "")
        fb.cur = None
    fb.place(ok)


def return_(fb: FunctionBuilder, node: ast.Return) -> None:
    if fb.spec.node is None:
        raise Unsupported(node, "'return' outside function")
    v = fb.expr(node.value) if node.value is not None else V(None, NONE, None, True)
    emit_return(fb, v)


def emit_return(fb: FunctionBuilder, v: V | None) -> None:
    ret = fb.spec.ret if fb.spec.ret != BOTTOM else NONE
    if v is None and ret != NONE:  # the implicit `return None` of a function that can return more
        v = V(None, NONE, None, True)
    if fb.segment:  # a segment of a long function (segments.py)
        from .segments import segment_return

        segment_return(fb, v, ret)
        return
    values = [] if ret == NONE or v is None else [fb.coerce(v, ret)]
    fb.emit(ops.ret, values, fb.spec.is_async)
    fb.cur = None


def if_(fb: FunctionBuilder, node: ast.If) -> None:
    then, other, merge = fb.new_block(), fb.new_block(), fb.new_block()
    fb.cond_br(truth(fb, node.test), then, other if node.orelse else merge)
    before = set(fb.assigned)
    fb.place(then)
    fb.stmts(node.body)
    after_then = set(fb.assigned) if fb.cur is not None else None
    fb.br(merge)
    fb.assigned = set(before)
    after_else = before
    if node.orelse:
        fb.place(other)
        fb.stmts(node.orelse)
        after_else = set(fb.assigned) if fb.cur is not None else None
        fb.br(merge)
    live = [s for s in (after_then, after_else) if s is not None]
    fb.assigned = set.intersection(*live) if live else before
    fb.place(merge)


def while_(fb: FunctionBuilder, node: ast.While) -> None:
    if node.orelse:
        raise Unsupported(node, "while/else")
    hdr, body, exit_ = fb.new_block(), fb.new_block(), fb.new_block()
    fb.br(hdr)
    fb.place(hdr)
    forever = isinstance(node.test, ast.Constant) and node.test.value is True
    if forever:
        fb.br(body)
    else:
        fb.cond_br(truth(fb, node.test), body, exit_)
    fb.break_sets.append((len(fb.loops) + 1, []))
    try:
        loop_body(fb, node.body, body, hdr, exit_)
    finally:
        breaks = fb.break_sets.pop()[1]
    if forever and breaks:  # `while True`: left only by a break, after what each break saw assigned
        fb.assigned = set.intersection(*breaks)


def loop_body(fb: FunctionBuilder, stmts: list[ast.stmt], body, cont, exit_) -> None:
    before = set(fb.assigned)
    fb.loops.append((cont, exit_))
    fb.place(body)
    fb.stmts(stmts)
    fb.br(cont)
    fb.loops.pop()
    fb.assigned = before
    fb.place(exit_)


def break_(fb: FunctionBuilder, node: ast.Break) -> None:
    if fb.break_sets and fb.cur is not None and fb.break_sets[-1][0] == len(fb.loops):
        fb.break_sets[-1][1].append(set(fb.assigned))
    fb.br(fb.loops[-1][1])


def continue_(fb: FunctionBuilder, node: ast.Continue) -> None:
    fb.br(fb.loops[-1][0])


def for_(fb: FunctionBuilder, node: ast.For) -> None:
    """`for x in range(a, b[, step])` with a constant step: a hidden counter runs from a by step
    while below b (above, for a negative step); `x` gets the counter's value each time (the
    iterable is evaluated once, and assigning to `x` in the body does not change the iteration)."""
    it = node.iter
    simple = isinstance(node.target, ast.Name) and fb.prog.resolve(fb.spec, node.target.id)[0] == "local"
    if node.orelse or not (simple and isinstance(it, ast.Call) and isinstance(it.func, ast.Name)
                           and it.func.id == "range" and fb.prog.resolve(fb.spec, "range")[0] == "builtin"
                           and not it.keywords and 1 <= len(it.args) <= 3
                           and all(fb.prog.expr_type(fb.spec, a) in (INT, BOOL) for a in it.args)):
        v = fb.expr(it)  # raises for a call of a non-callable (a local `range = 4`)
        if is_list(v.ty) and simple and not node.orelse:
            return for_list(fb, node, v)
        if v.ty in ("int", "float", "bool", "None"):
            fb.raise_now("TypeError", f"'{'NoneType' if v.ty == 'None' else v.ty}' object is not iterable")
        from .data import for_generic

        return for_generic(fb, node, v)
    vals = [fb.expr(a) for a in it.args]
    step = 1
    if len(vals) == 3:
        if not (vals[2].is_const and isinstance(vals[2].const, int)):
            return for_computed_step(fb, node, vals)
        step = int(vals[2].const)
        if step == 0:
            fb.raise_now("ValueError", "range() arg 3 must not be zero")
    start = vals[0] if len(vals) > 1 else V(None, INT, 0, True)
    stop = vals[1] if len(vals) > 1 else vals[0]
    as_int = lambda v: v if v.ty == INT else V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, INT, 0, True)), INT), INT)  # noqa: E731
    start, stop = as_int(start), as_int(stop)
    k = fb.slot_temp("for", INT)
    end = fb.slot_temp("stop", INT)
    fb.emit(ops.store, fb.materialise(start), k)
    fb.emit(ops.store, fb.materialise(stop), end)
    hdr, body, step_blk, exit_ = (fb.new_block() for _ in range(4))
    fb.br(hdr)
    fb.place(hdr)
    cur = fb.emit(ops.load, k, INT)
    more = fb.emit(ops.compare, "lt" if step > 0 else "gt", cur, fb.emit(ops.load, end, INT))
    fb.cond_br(fb.emit(ops.truth, more), body, exit_)
    counted_body(fb, node, k, lambda: fb.materialise(V(None, INT, step, True)), hdr, body, step_blk, exit_)


def counted_body(fb: FunctionBuilder, node: ast.For, k, step, hdr, body, step_blk, exit_) -> None:
    """The loop body with `x` = the counter, then the step block: counter += step() ."""
    fb.place(body)
    store_name(fb, node.target, V(fb.emit(ops.load, k, INT), INT))
    before = set(fb.assigned) - {node.target.id}
    fb.loops.append((step_blk, exit_))
    fb.stmts(node.body)
    fb.br(step_blk)
    fb.loops.pop()
    if fb.place(step_blk):
        nxt = fb.emit(ops.binop, "add", fb.emit(ops.load, k, INT), step(), INT)
        fb.emit(ops.store, nxt, k)
        fb.br(hdr)
    fb.assigned = before
    fb.place(exit_)


def for_list(fb: FunctionBuilder, node: ast.For, v: V) -> None:
    """`for x in xs`: the list's iterator, `py.next` until it is exhausted."""
    it = fb.emit(ops.iter_, fb.materialise(v))
    ty = elem(v.ty)
    hdr, body, exit_ = fb.new_block(), fb.new_block(), fb.new_block()
    fb.br(hdr)
    fb.place(hdr)
    x, more = fb.emit(ops.next_, it, ty)
    fb.cond_br(more, body, exit_)
    fb.place(body)
    store_name(fb, node.target, V(x, ty))
    loop_body_from(fb, node, hdr, exit_)


def loop_body_from(fb: FunctionBuilder, node: ast.For, cont, exit_) -> None:
    before = set(fb.assigned) - {node.target.id}
    fb.loops.append((cont, exit_))
    fb.stmts(node.body)
    fb.br(cont)
    fb.loops.pop()
    fb.assigned = before
    fb.place(exit_)


def for_computed_step(fb: FunctionBuilder, node: ast.For, vals: list[V]) -> None:
    """range(a, b, step) with a step known only at run time: zero raises ValueError; the loop
    runs while k < b for a positive step, while k > b for a negative one."""
    as_int = lambda v: v if v.ty == INT else V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, INT, 0, True)), INT), INT)  # noqa: E731
    start, stop, step = (as_int(v) for v in vals)
    zero = V(None, INT, 0, True)
    bad, ok = fb.new_block(), fb.new_block()
    fb.cond_br(fb.emit(ops.truth, fb.emit(ops.compare, "eq", fb.materialise(step), fb.materialise(zero))), bad, ok)
    fb.place(bad)
    with_raise = fb.cur is not None
    if with_raise:
        fb.emit(ops.raise_, "ValueError", "range() arg 3 must not be zero")
        fb.cur = None
    fb.place(ok)
    k, end, st = fb.slot_temp("for", INT), fb.slot_temp("stop", INT), fb.slot_temp("step", INT)
    fb.emit(ops.store, fb.materialise(start), k)
    fb.emit(ops.store, fb.materialise(stop), end)
    fb.emit(ops.store, fb.materialise(step), st)
    positive = fb.slot_temp("up", BOOL)
    fb.emit(ops.store, fb.emit(ops.compare, "gt", fb.materialise(step), fb.materialise(zero)), positive)
    hdr, up, down, body, step_blk, exit_ = (fb.new_block() for _ in range(6))
    fb.br(hdr)
    fb.place(hdr)
    fb.cond_br(fb.emit(ops.truth, fb.emit(ops.load, positive, BOOL)), up, down)
    for blk, cmp in ((up, "lt"), (down, "gt")):
        fb.place(blk)
        more = fb.emit(ops.compare, cmp, fb.emit(ops.load, k, INT), fb.emit(ops.load, end, INT))
        fb.cond_br(fb.emit(ops.truth, more), body, exit_)
    counted_body(fb, node, k, lambda: fb.emit(ops.load, st, INT), hdr, body, step_blk, exit_)


HANDLERS = {ast.Expr: expr_stmt, ast.Pass: pass_, ast.Assign: assign, ast.AnnAssign: ann_assign,
            ast.AugAssign: aug_assign, ast.Return: return_, ast.If: if_, ast.While: while_,
            ast.Break: break_, ast.Continue: continue_, ast.For: for_, ast.Delete: delete, ast.Global: global_,
            ast.Assert: assert_}
__all__ = ["HANDLERS", "emit_return", "Diverged"]
