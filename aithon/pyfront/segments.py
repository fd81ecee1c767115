"""Long `async def` bodies built as a chain of segment coroutines.

LLVM's coroutine splitting and optimisers take time that grows faster than linearly with the size
of one coroutine, so an `async def` with more than `2 * SEGMENT` top-level statements is split:
each run of `SEGMENT` top-level statements becomes

    async.func @aithon.seg.<function>.<k>(%ctx, %level: i64, %x: !py.var<T>, ...) -> !async.value<i1>

awaited in order by the function itself. The function's variables stay its own `py.local`s; each
segment receives them (and the return value's cell) as `!py.var` arguments, so every segment reads
and writes the same variables. A `return` in a segment stores the value in the return cell and
makes the segment return true, and the function then returns that value. A segment is not a
Python frame: it takes the function's recursion level as an argument and puts it back after its
calls and awaits, as the function would. An exception fails the segment's coroutine, and the
function's await of it. A segment call stays inline in the function's actor (its arguments are
variables, not values). Functions holding task variables are not split (a task is an SSA value of
the statement list that created it).
"""

from __future__ import annotations

import ast

from mlir import ir

from . import ops
from .function import FunctionBuilder, V
from .infer import falls_through
from .types import NONE, async_i1_type, ptr_type, var_type

SEGMENT = 64  # top-level statements per segment


def splittable(spec, body: list[ast.stmt]) -> bool:
    return spec.is_async and spec.node is not None and len(body) > 2 * SEGMENT and not any(
        isinstance(n, ast.Attribute) and n.attr == "create_task" for stmt in body for n in ast.walk(stmt))


def build_segmented(prog, module, fb: FunctionBuilder, body: list[ast.stmt]) -> None:
    """The function's body as segments awaited in order (fb: the function, its parameters stored)."""
    spec = fb.spec
    names = sorted(n for n in spec.var_types if "$" not in n)
    cells = [fb.slot(n) for n in names]
    ret = prog.ret_of(spec)
    ret_cell = fb.slot_temp("ret", ret) if ret != NONE else None
    all_cells = cells + ([ret_cell] if ret_cell is not None else [])
    chunks = [body[i:i + SEGMENT] for i in range(0, len(body), SEGMENT)]
    for k, chunk in enumerate(chunks):
        if fb.cur is None:
            return
        symbol = f"aithon.seg.{spec.symbol}.{k}"
        assigned = _build_segment(prog, module, fb, symbol, chunk, names, ret_cell is not None, ret)
        fb.line, fb.col = chunk[0].lineno, chunk[0].col_offset + 1
        args = [fb.ctx, fb.level, *all_cells]
        done = fb.emit(ops.await_, fb.emit(ops.async_call, symbol, args, _value_i1()), ir.IntegerType.get_signless(1))
        fb.restore_level()
        fb.assigned |= assigned
        returned, go_on = fb.new_block(), fb.new_block()
        fb.cond_br(done, returned, go_on)
        if fb.place(returned):
            fb.emit(ops.ret, [] if ret_cell is None else [fb.emit(ops.load, ret_cell, ret)], True)
            fb.cur = None
        fb.place(go_on)
    if fb.cur is not None and not falls_through(body):
        fb.emit(ops.unreachable)  # the last segment returned on every path
        fb.cur = None


def _value_i1():
    return async_i1_type()


def _build_segment(prog, module, parent: FunctionBuilder, symbol: str, chunk, names, has_ret: bool, ret: str):
    spec = parent.spec
    i64 = ir.IntegerType.get_signless(64)
    types = [var_type(spec.var_types[n]) for n in names] + ([var_type(ret)] if has_ret else [])
    inputs = [ptr_type(), i64, *types]
    loc = ir.Location.file(prog.filename, chunk[0].lineno, chunk[0].col_offset + 1)
    params = [("$level", "level")] + [(n, "var") for n in names] + ([("$return", "var")] if has_ret else [])
    with ir.InsertionPoint(module.body), loc:
        func = ops.function(symbol, inputs, [_value_i1()], True, params)
        entry = func.regions[0].blocks.append(*inputs)
    fb = FunctionBuilder(prog, spec, func, entry, [], parent.expr_table, parent.stmt_table)
    fb.level = entry.arguments[1]
    for i, n in enumerate(names):
        fb.slots[n] = entry.arguments[2 + i]
    fb.return_cell = entry.arguments[-1] if has_ret else None
    fb.segment = True
    fb.assigned = set(parent.assigned)
    fb.stmts(chunk)
    if fb.cur is not None:
        fb.line, fb.col = chunk[-1].lineno, chunk[-1].col_offset + 1
        fb.emit(ops.ret, [fb.emit(ops.bool_const, False)], True)
        fb.cur = None
    if fb.unplaced:
        from .function import Unsupported

        raise Unsupported(chunk[0], "internal: a reachable block was left empty")
    return fb.assigned


def segment_return(fb: FunctionBuilder, v: V | None, ret: str) -> None:
    """`return v` inside a segment: v into the function's return cell, then the segment returns true."""
    if fb.return_cell is not None and v is not None:
        fb.emit(ops.store, fb.coerce(v, ret), fb.return_cell)
    fb.emit(ops.ret, [fb.emit(ops.bool_const, True)], True)
    fb.cur = None
