"""Long async function bodies: compiled as a chain of segment coroutines.

LLVM's coroutine lowering and its optimisers take time that grows faster than linearly with the
size of one coroutine (CoroSplit's suspend-crossing analysis is quadratic in the blocks of the
function, and every suspend point adds a predecessor to the shared suspend and cleanup blocks), so a
10,000-statement `async def` would take many minutes to build. An async function with more than
`2 * SEGMENT` top-level statements is therefore split: each run of `SEGMENT` top-level statements
becomes `async.func @aithon.seg.<function>.<k>(%ctx, %slots) -> !async.value<i1>`, awaited in order
by the function itself (inline: the segment runs in the caller's actor, like any awaited coroutine
whose argument is not immutable). The function's variables live in one array of 8-byte slots in its
frame; every segment addresses them through `%slots`, so a segment sees and updates the same
variables. A `return` in a segment stores the value in the last slot and makes the segment return
true; the function then returns that value. An exception fails the segment's value, and awaiting it
fails the function, as with any awaited coroutine. A segment is not a Python frame: it takes no
recursion level of its own but reads the function's level from its slot (after the return value),
and puts that level back after its calls and awaits as the function itself would. Functions holding task variables are not split
(a task is an SSA value of the function that created it).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from .pytypes import BOOL, BOTTOM, NONE, mlir_type
from .values import V

if TYPE_CHECKING:
    from .compiler import FunctionCompiler

__all__ = ["SEGMENT", "segmentable", "prepare_slots", "compile_segmented"]

SEGMENT = 64  # top-level statements per segment
PTR = "!llvm.ptr"


def segmentable(fc: "FunctionCompiler") -> bool:
    return (fc.spec.is_async and fc.segment_of is None and len(fc.body) > 2 * SEGMENT
            and not any(isinstance(n, ast.Attribute) and n.attr == "create_task"
                        for stmt in fc.body for n in ast.walk(stmt)))


def prepare_slots(fc: "FunctionCompiler") -> None:
    """One array of 8-byte slots for the function's variables, then its return value, then its
    recursion level (stored here, once `depth_enter` has computed it)."""
    names = sorted(fc.local_names)
    fc.slot_index = {n: i for i, n in enumerate(names)}
    fc.ret_slot = len(names)
    loc = fc.f.loc()
    fc.f.allocas.append(f"%nslots = llvm.mlir.constant({len(names) + 2} : i64) : i64 {loc}")
    fc.f.allocas.append(f"%slots = llvm.alloca %nslots x i64 : (i64) -> !llvm.ptr {loc}")
    if fc.level is not None:
        fc.f.op(f"llvm.store {fc.level}, {_level_addr(fc)} : i64, !llvm.ptr")


def _level_addr(fc: "FunctionCompiler") -> str:
    return fc.f.value(f"llvm.getelementptr %slots[{fc.ret_slot + 1}] : (!llvm.ptr) -> !llvm.ptr, i64", "la")


def compile_segmented(fc: "FunctionCompiler") -> None:
    for k, start in enumerate(range(0, len(fc.body), SEGMENT)):
        if fc.f.cur is None:
            return
        _call_segment(fc, fc.body[start:start + SEGMENT], k)


def _call_segment(fc: "FunctionCompiler", chunk: list[ast.stmt], k: int) -> None:
    from .compiler import FunctionCompiler
    from .program import Spec

    spec = Spec(fc.spec.name, fc.spec.node, (), True, f"aithon.seg.{fc.spec.symbol}.{k}", BOOL,
                fc.spec.var_types)
    seg = FunctionCompiler(fc.prog, spec, chunk, [])
    seg.segment_of, seg.local_names = fc, fc.local_names
    seg.slot_index, seg.ret_slot, seg.assigned = fc.slot_index, fc.ret_slot, set(fc.assigned)
    seg.f.line, seg.f.col = chunk[0].lineno, chunk[0].col_offset + 1
    if fc.level is not None:  # the function's level, put back after the segment's calls and awaits
        seg.level = seg.f.value(f"llvm.load {_level_addr(seg)} : !llvm.ptr -> i64", "lvl")
    seg.compile_body(chunk)
    falls_through = seg.f.cur is not None
    if falls_through:
        seg.emit_return(V(seg.const_int(0, BOOL).ssa, BOOL))
    seg.emit_unwind()
    fc.incomplete |= seg.incomplete
    fc.prog.segments.append(_render(fc, seg, chunk[0]))
    # the function: await the segment, return if it returned
    f = fc.f
    v = f.value(f"async.call @{spec.symbol}({fc.ctx}, %slots) : (!llvm.ptr, !llvm.ptr) -> !async.value<i1>", "seg")
    returned = f.value(f"async.await {v} : !async.value<i1>", "segr")
    fc.depth_restore()
    ret_blk, cont = f.new_block(), f.new_block()
    if falls_through:
        f.cond_br(returned, ret_blk, cont)
    else:
        f.br(ret_blk)
    f.place(ret_blk)
    _return_from_slot(fc)
    fc.assigned = seg.assigned
    f.place(cont)


def _return_from_slot(fc: "FunctionCompiler") -> None:
    mt = mlir_type(fc.spec.ret) if fc.spec.ret not in (BOTTOM, NONE) else None
    if mt is None:
        fc.emit_return(None)
        return
    addr = fc.f.value(f"llvm.getelementptr %slots[{fc.ret_slot}] : (!llvm.ptr) -> !llvm.ptr, i64", "ra")
    fc.emit_return(V(fc.f.value(f"llvm.load {addr} : !llvm.ptr -> {mt}", "rv"), fc.spec.ret))


def segment_return(seg: "FunctionCompiler", v: V) -> None:
    """`return v` inside a segment: v into the return slot, then the segment returns true."""
    if v.ty != NONE:
        addr = seg.f.value(f"llvm.getelementptr %slots[{seg.ret_slot}] : (!llvm.ptr) -> !llvm.ptr, i64", "ra")
        seg.f.op(f"llvm.store {seg.use(v)}, {addr} : {mlir_type(v.ty)}, !llvm.ptr")
    seg.emit_return(V(seg.const_int(1, BOOL).ssa, BOOL))


def _render(fc: "FunctionCompiler", seg: "FunctionCompiler", first: ast.stmt) -> str:
    loc = f'loc("{fc.prog.loc_file}":{first.lineno}:{first.col_offset + 1})'
    head = (f"async.func @{seg.spec.symbol}(%ctx: !llvm.ptr {loc}, %slots: !llvm.ptr "
            f'{{py.name = "slots", py.type = "slots"}} {loc}) -> !async.value<i1>')
    body = seg.f.render_body()
    return "\n".join([head + " {"] + ["  " + ln for ln in body] + [f"}} {loc}"])
