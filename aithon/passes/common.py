"""Helpers shared by the AIthon passes: diagnostics (errors and remarks), walking, the actor context
of a function, runtime function declarations and calls.

Binding quirks of the MLIR 22 Python bindings that shape this file (pinned in
test/unit/passes/test_bindings.py):
* `Location` can emit errors (`emit_error`) but there is no Python or C API for remarks: remarks go to
  a Python-side sink per context (`on_remark`, below).
* Mutating the IR inside `Operation.walk` invalidates the walk: collect first, then rewrite.
"""

from __future__ import annotations

import weakref

from mlir import ir

__all__ = [
    "PassError", "guarded", "emit_remark", "on_remark", "collect", "enclosing_function", "context_arg",
    "top_level_symbols", "declare_runtime", "call_runtime", "FUNC_OPS",
]

FUNC_OPS = ("func.func", "async.func")


class PassError(Exception):
    """A user-facing error found by a pass: reported as an MLIR error at `loc`."""

    def __init__(self, loc, message: str):
        super().__init__(message)
        self.loc = loc
        self.message = message


def guarded(body, op, pass_) -> None:
    """Run `body(module_op)`; a PassError becomes an MLIR diagnostic plus `signal_pass_failure()`."""
    try:
        body(op.operation if hasattr(op, "operation") else op)
    except PassError as err:
        err.loc.emit_error(err.message)
        pass_.signal_pass_failure()


# ----- remarks ------------------------------------------------------------------------------------
# The MLIR 22 bindings let Python emit errors (`Location.emit_error`) but have no API, Python or C,
# for remarks. AIthon's passes therefore report remarks to a Python-side sink registered for their
# context (`on_remark`): the tools print them (`aithon compile --remarks`, `aithon-opt`), tests
# collect them. No C++ symbol is called behind the bindings' back.
_REMARK_SINKS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def on_remark(context, callback) -> None:
    """Send the remarks emitted by passes running in `context` to `callback(loc, message)`."""
    _REMARK_SINKS[context] = callback


def emit_remark(loc, message: str) -> None:
    """Report a remark at `loc` to its context's sink (dropped when nobody listens, as MLIR drops
    remarks no handler takes)."""
    sink = _REMARK_SINKS.get(loc.context)
    if sink is not None:
        sink(loc, message)


# ----- walking ------------------------------------------------------------------------------------
def collect(root, names) -> list:
    """Every operation named in `names` (a str or a collection) under `root`, in pre-order."""
    wanted = {names} if isinstance(names, str) else set(names)
    found = []

    def visit(op):
        if op.name in wanted:
            found.append(op.operation if hasattr(op, "operation") else op)
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def enclosing_function(op):
    """The func.func / async.func holding `op` (through async.execute regions), or None."""
    cur = op.parent
    while cur is not None:
        if cur.name in FUNC_OPS:
            return cur.operation if hasattr(cur, "operation") else cur
        cur = cur.parent
    return None


def context_arg(func):
    """The actor context of a function: its first argument when that is an `!llvm.ptr`."""
    region = func.regions[0]
    if not region.blocks:
        return None
    args = region.blocks[0].arguments
    if len(args) and str(args[0].type) == "!llvm.ptr":
        return args[0]
    return None


def top_level_symbols(module) -> dict:
    """name → Operation for the symbols directly in the module body."""
    out = {}
    for child in module.regions[0].blocks[0].operations:
        if "sym_name" in child.attributes:
            out[ir.StringAttr(child.attributes["sym_name"]).value] = child.operation
    return out


# ----- runtime calls ------------------------------------------------------------------------------
def declare_runtime(module, name: str, inputs: list[str], results: list[str], loc, symbols: dict | None = None):
    """Make sure `func.func private @name(inputs) -> results` is declared at the top of the module
    (types as MLIR text); an existing declaration of another type is an error. A pass declaring many
    calls passes its `symbols` table (from `top_level_symbols`, kept up to date here) so that each
    declaration is a dictionary look-up, not a scan of the whole module."""
    ftype = ir.FunctionType.get([ir.Type.parse(t) for t in inputs], [ir.Type.parse(t) for t in results])
    existing = (symbols if symbols is not None else top_level_symbols(module)).get(name)
    if existing is not None:
        have = ir.TypeAttr(existing.attributes["function_type"]).value
        if str(have) != str(ftype):
            raise PassError(loc, f"runtime function @{name} is declared as {have}, expected {ftype}")
        return existing
    body = module.regions[0].blocks[0]
    ip = ir.InsertionPoint.at_block_begin(body)
    decl = ir.Operation.create(
        "func.func", attributes={"sym_name": ir.StringAttr.get(name), "function_type": ir.TypeAttr.get(ftype),
                                 "sym_visibility": ir.StringAttr.get("private")},
        regions=1, loc=loc, ip=ip)
    if symbols is not None:
        symbols[name] = decl
    return decl


def call_runtime(name: str, operands, results: list[str], loc, ip=None):
    """`func.call @name(operands) : (...) -> results` (the callee must be declared)."""
    return ir.Operation.create("func.call", results=[ir.Type.parse(t) for t in results],
                               operands=list(operands),
                               attributes={"callee": ir.FlatSymbolRefAttr.get(name)}, loc=loc, ip=ip)


# ----- message words ------------------------------------------------------------------------------
# A spawn argument is one 64-bit word (the IRDL op's variadic operand has one type): i64 as is, f64
# bit-cast, i1 zero-extended, a heap pointer as its address, the same encoding as ai_list_set.
WORD_TYPES = ("i64", "f64", "i1", "!llvm.ptr")


def to_word(value, loc, ip):
    """The i64 word of `value` (one of WORD_TYPES)."""
    kind = str(value.type)
    i64 = ir.IntegerType.get_signless(64)
    if kind == "i64":
        return value
    op = {"f64": "arith.bitcast", "i1": "arith.extui", "!llvm.ptr": "llvm.ptrtoint"}[kind]
    return ir.Operation.create(op, results=[i64], operands=[value], loc=loc, ip=ip).results[0]


def from_word(word, target, loc, ip):
    """The value of type `target` (one of WORD_TYPES) encoded in the i64 `word`."""
    kind = str(target)
    if kind == "i64":
        return word
    op = {"f64": "arith.bitcast", "i1": "arith.trunci", "!llvm.ptr": "llvm.inttoptr"}[kind]
    return ir.Operation.create(op, results=[target], operands=[word], loc=loc, ip=ip).results[0]
