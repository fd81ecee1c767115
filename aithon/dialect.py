"""The AIthon dialects (`py` and `actor`): where their IRDL sources live, the one function that makes
an MLIR context knowing them (plus every upstream dialect), and small actor-op builders taking an
explicit location (the `py` builders are in `aithon/frontend/pyops.py`).

The dialect is defined in `dialects/actor.irdl.mlir` (an installed package ships a copy as
`aithon/_dialects/actor.irdl.mlir`). IRDL ops have no custom syntax and no properties, so they print
in generic form with a discardable attribute dictionary:

    %ref = "actor.spawn"(%ctx, %x) {callee = @f, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref

See docs/dialect.md for each op's operands, results, attributes, verifier rules and semantics.
"""

from __future__ import annotations

import os
from typing import Sequence

__all__ = [
    "dialect_path", "make_context", "ensure_dialects", "ref_type", "ptr_type", "is_actor_op",
    "spawn", "receive", "reply", "send", "safepoint", "self_ref", "parent_ref",
]

_PKG = os.path.dirname(os.path.abspath(__file__))
DIALECTS = ("py", "actor")  # IRDL sources under dialects/, loaded into every context
START_MODES = ("eager", "lazy")


def dialect_path(name: str = "actor") -> str:
    """Path of `<name>.irdl.mlir`: the packaged copy first, then the checkout's `dialects/`."""
    candidates = (os.path.join(_PKG, "_dialects", f"{name}.irdl.mlir"),              # installed wheel
                  os.path.join(os.path.dirname(_PKG), "dialects", f"{name}.irdl.mlir"))  # source checkout
    for cand in candidates:
        if os.path.isfile(cand):
            return cand
    raise FileNotFoundError(f"{name}.irdl.mlir not found (looked in: " + ", ".join(candidates) + ")")


def _register_python_modules() -> None:
    """The bindings look for a Python module `mlir.dialects.<namespace>` (op classes) each time they
    wrap an op of a dialect they have no module for, and a failed import is not remembered: on a
    py-dialect module that was 300,000 failed imports, two thirds of the lowering's time. An empty
    module per IRDL dialect is found once (pinned in test/unit/passes/test_pass_registry.py)."""
    import sys
    import types

    for name in DIALECTS:
        sys.modules.setdefault(f"mlir.dialects.{name}", types.ModuleType(f"mlir.dialects.{name}"))
    # `async` is a Python keyword: the async dialect's module is `async_dialect`, so the bindings'
    # search for `mlir.dialects.async` fails each time as well
    from mlir.dialects import async_dialect

    sys.modules.setdefault("mlir.dialects.async", async_dialect)


def make_context():
    """A new `mlir.ir.Context` with every upstream dialect registered and the actor dialect loaded
    from its IRDL source."""
    from mlir import ir
    from mlir.dialects import irdl

    _register_python_modules()
    context = ir.Context()  # the wheel's site initialiser registers all upstream dialects/passes
    ensure_dialects(context)
    return context


def ensure_dialects(context) -> None:
    """Load the py and actor dialects into `context` unless it has them already."""
    from mlir import ir
    from mlir.dialects import irdl

    _register_python_modules()
    for name in DIALECTS:
        if context.is_registered_operation(f"{name}.{_AN_OP[name]}"):
            continue
        with open(dialect_path(name), encoding="utf-8") as fh:
            source = fh.read()
        with context, ir.Location.unknown():
            irdl.load_dialects(ir.Module.parse(source))


_AN_OP = {"py": "constant", "actor": "spawn"}


# ----- types ------------------------------------------------------------------------------------
def ref_type(context=None):
    """`!actor.ref` (in `context`, or the current one)."""
    from mlir import ir

    return ir.Type.parse("!actor.ref", context)


def ptr_type(context=None):
    """`!llvm.ptr`: the actor context and every heap value."""
    from mlir import ir

    return ir.Type.parse("!llvm.ptr", context)


def is_actor_op(op, name: str | None = None) -> bool:
    """Whether `op` (Operation or OpView) is an actor op (of the given short name)."""
    full = op.operation.name if hasattr(op, "operation") else op.name
    return full == f"actor.{name}" if name else full.startswith("actor.")


# ----- builders ---------------------------------------------------------------------------------
# Each builder creates the op at `ip` (default: the current insertion point) with location `loc`
# and returns the new Operation.
def _create(name, operands, results, loc, ip=None, attributes=None):
    from mlir import ir

    return ir.Operation.create(name, results=list(results), operands=list(operands),
                               attributes=attributes or {}, loc=loc, ip=ip)


def spawn(ctx, callee: str, args: Sequence, start: str, loc, ip=None):
    """`%ref = "actor.spawn"(%ctx, args...) {callee = @callee, start = "eager"|"lazy"}`."""
    from mlir import ir

    if start not in START_MODES:
        raise ValueError(f"actor.spawn start must be one of {START_MODES}, not {start!r}")
    context = loc.context
    attrs = {"callee": ir.FlatSymbolRefAttr.get(callee, context),
             "start": ir.StringAttr.get(start, context)}
    return _create("actor.spawn", [ctx, *args], [ref_type(context)], loc, ip, attrs)


def receive(ctx, ref, result_type, loc, ip=None):
    """`%v = "actor.receive"(%ctx[, %ref])`; `result_type` None for no result (a None reply).
    Without `ref` it pops the mailbox."""
    operands = [ctx] if ref is None else [ctx, ref]
    return _create("actor.receive", operands, [] if result_type is None else [result_type], loc, ip)


def reply(ctx, value, loc, ip=None):
    """`"actor.reply"(%ctx[, %value])`."""
    return _create("actor.reply", [ctx] if value is None else [ctx, value], [], loc, ip)


def send(ctx, target, word, loc, ip=None):
    """`"actor.send"(%ctx, %target, %word)` with `%word: i64`."""
    return _create("actor.send", [ctx, target, word], [], loc, ip)


def safepoint(ctx, loc, ip=None):
    """`"actor.safepoint"(%ctx)`."""
    return _create("actor.safepoint", [ctx], [], loc, ip)


def self_ref(ctx, loc, ip=None):
    """`%me = "actor.self"(%ctx) : (!llvm.ptr) -> !actor.ref`."""
    return _create("actor.self", [ctx], [ref_type(loc.context)], loc, ip)


def parent_ref(ctx, loc, ip=None):
    """`%p = "actor.parent"(%ctx) : (!llvm.ptr) -> !actor.ref`."""
    return _create("actor.parent", [ctx], [ref_type(loc.context)], loc, ip)
