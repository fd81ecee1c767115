"""`aithon-insert-safepoints`: `"actor.safepoint"(%ctx)` where an actor may be collected or preempted.

* immediately before every `actor.receive`, `async.await` and `async.await_all`;
* on every retreating CFG edge: before the terminator of a block that branches to a block at or
  before its own position in the region (every cycle of a CFG has such an edge). A conditional
  branch with one retreating successor gets the safepoint on both paths: one extra poll, never a
  missed one.

The context is the receive's own context operand, else the first argument (`!llvm.ptr`) of the
enclosing function (ops in `async.execute` bodies use the enclosing function's context). Functions
without a context argument (runtime declarations, hand-written helpers) get no safepoints. An op
already preceded by a safepoint gets no second one, so the pass is idempotent.
"""

from __future__ import annotations

from mlir import ir

from .. import dialect
from .common import FUNC_OPS, collect, context_arg, enclosing_function, guarded

NAME = "aithon-insert-safepoints"
SUMMARY = "actor.safepoint before receives/awaits and on loop back-edges"
SUSPENDING = ("actor.receive", "async.await", "async.await_all")


def run(op, pass_) -> None:
    guarded(_run, op, pass_)


def _run(module) -> None:
    for op in _unguarded_suspensions(module):
        ctx = op.operands[0] if op.name == "actor.receive" else _function_ctx(op)
        if ctx is not None:
            dialect.safepoint(ctx, op.location, ip=ir.InsertionPoint(op))
    for func in collect(module, FUNC_OPS):
        ctx = context_arg(func)
        if ctx is not None:
            _back_edges(func, ctx)


def _unguarded_suspensions(module) -> list:
    """Every suspending op not already preceded by a safepoint, found in one walk: the walk visits
    the ops of a block in order (nested regions in between), so the last op seen in each block is
    the previous op of the next one there. Linear in the module, however long a block is."""
    found, last = [], {}

    def visit(op):
        op = op.operation if hasattr(op, "operation") else op
        if op.name == "builtin.module":
            return ir.WalkResult.ADVANCE
        key = _block_key(op.block)
        if op.name in SUSPENDING:
            prev = last.get(key)
            if prev is None or prev.name != "actor.safepoint":
                found.append(op)
        last[key] = op
        return ir.WalkResult.ADVANCE

    module.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def _function_ctx(op):
    func = enclosing_function(op)
    return context_arg(func) if func is not None else None


def _back_edges(func, ctx) -> None:
    """Safepoints on retreating edges of every region under `func` (function body and the bodies of
    async.execute ops, which become coroutines of their own)."""
    regions = [func.regions[0]] + [e.regions[0] for e in collect(func, "async.execute")]
    for region in regions:
        blocks = list(region.blocks)
        position = {_block_key(b): i for i, b in enumerate(blocks)}
        for i, block in enumerate(blocks):
            ops = list(block.operations)
            if not ops:
                continue
            term = ops[-1].operation
            targets = [position.get(_block_key(s)) for s in term.successors]
            guarded_already = len(ops) > 1 and ops[-2].operation.name == "actor.safepoint"
            if any(t is not None and t <= i for t in targets) and not guarded_already:
                dialect.safepoint(ctx, term.location, ip=ir.InsertionPoint(term))


def _block_key(block):
    # Python Block wrappers are recreated on each access; compare them through their C pointer.
    return hash(block)
