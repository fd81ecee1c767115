"""Block splitting for the Python-defined passes.

The MLIR 22 bindings have no `Block.split`. Splitting a block once per check point by moving "the
rest of the block" each time moves the tail again and again: a function of n statements with n
checks would move O(n²) ops. `split_after` splits one block at all of its cut points in one pass:
it creates the new blocks, then moves each op exactly once (detach + append), so the work is
linear in the block's length however many cuts there are.

New blocks are laid out right after the block they come from, in order: edges between the pieces
stay forward edges, which `aithon-insert-safepoints` relies on (it finds loops by layout order).
"""

from __future__ import annotations

import ctypes
from typing import Sequence

from mlir import ir

__all__ = ["split_after", "op_key", "block_key", "op_name"]


_CAPSULE_POINTER = ctypes.pythonapi.PyCapsule_GetPointer
_CAPSULE_POINTER.restype = ctypes.c_void_p
_CAPSULE_POINTER.argtypes = [ctypes.py_object, ctypes.c_char_p]


def op_key(op) -> int:
    """Identity of an operation: its C pointer. Not hash(): in the MLIR 22 bindings an Operation's
    hash changes when its operands change (replace_all_uses_with on a value it uses), so it cannot
    key a table across rewrites (pinned in test/unit/passes/test_blocks.py)."""
    op = op.operation if hasattr(op, "operation") else op
    return _CAPSULE_POINTER(op._CAPIPtr, b"mlir.ir.Operation._CAPIPtr")


def op_name(op) -> str:
    """The op's name ("func.func"). Not `OpView.name`: a FuncOp view's `name` is its symbol."""
    return (op.operation if hasattr(op, "operation") else op).name


def block_key(block) -> int:
    """Identity of a block: its C pointer."""
    return _CAPSULE_POINTER(block._CAPIPtr, b"mlir.ir.Block._CAPIPtr")


def split_after(block: ir.Block, cuts: Sequence) -> list[ir.Block]:
    """Split `block` after each op in `cuts` (ops of `block`, in block order, none of them the last
    op). Returns the pieces `[block, b1, ..., bn]`: `block` keeps the ops up to and including
    `cuts[0]`, piece i the ops after `cuts[i-1]` up to and including `cuts[i]`, the last piece the
    rest (with the original terminator). The pieces other than the last are left without a
    terminator, and the new blocks have no arguments: the caller adds both."""
    if not cuts:
        return [block]
    wanted = {op_key(c): i for i, c in enumerate(cuts)}
    ops = [op.operation for op in block.operations]  # one walk of the block
    pieces: list[ir.Block] = [block]
    for _ in cuts:
        pieces.append(pieces[-1].create_after())
    current, seen = 0, 0
    for op in ops:
        if current > 0:
            op.detach_from_parent()
            ir.InsertionPoint(pieces[current]).insert(op)
        index = wanted.get(op_key(op))
        if index is not None:
            if index != seen:
                raise ValueError("split_after: cut points must be ops of the block, in order")
            seen += 1
            current += 1
    if seen != len(cuts):
        raise ValueError("split_after: a cut point is not an op of the block")
    if not any(True for _ in pieces[-1].operations):
        raise ValueError("split_after: the last cut point is the block's last op")
    return pieces
