"""`aithon-async-to-actor`: python-ir (faithful async/await) → actor form.

* every `async.func` is a behaviour: unit attribute `actor.behaviour`;
* a coroutine awaited directly, `%c = async.call @f(%ctx, args)` + `%r = async.await %c`, becomes
  `%ref = "actor.spawn"(%ctx, words) {callee = @f, start = "eager"}` + `%r = "actor.receive"(%ctx,
  %ref)` when every argument of @f is immutable (`py.type` int/float/bool/str). Otherwise the call
  stays inline (the callee may mutate an object the caller still sees) and the pass emits a remark
  at the call: never a silent difference;
  Each argument travels as one i64 message word (f64 bit-cast, i1 zero-extended, str pointer
  ptrtoint; see docs/dialect.md for why);
* `async.execute` with `py.task` gets `actor.task` (its inner call/await is rewritten as above);
* `async.return` in a behaviour gets `"actor.reply"(%ctx[, %v])` immediately before it.

A call whose coroutine is not awaited exactly once (`asyncio.run`'s `async.call @main`, handed to the
runtime) is left alone. Running the pass twice changes nothing more.
"""

from __future__ import annotations

from mlir import ir

from .. import dialect
from .common import (WORD_TYPES, PassError, collect, context_arg, emit_remark, guarded, to_word,
                     top_level_symbols)

NAME = "aithon-async-to-actor"
SUMMARY = "async functions become actor behaviours; awaited calls become spawn + receive"
# py front end types whose values cannot change: a child actor may read them in its parent's heap
# ("obj" may be a list or a dict the caller still sees: such a call stays in the caller's actor)
IMMUTABLE = frozenset({"int", "float", "bool", "str", "None"})


def run(op, pass_) -> None:
    guarded(_run, op, pass_)


def _run(module) -> None:
    symbols = top_level_symbols(module)
    unit = ir.UnitAttr.get()
    for func in collect(module, "async.func"):
        func.attributes["actor.behaviour"] = unit
        _add_replies(func)
    for execute in collect(module, "async.execute"):
        if "py.task" in execute.attributes:
            execute.attributes["actor.task"] = unit
    for call in collect(module, "async.call"):
        _rewrite_call(call, symbols)


# ----- replies ------------------------------------------------------------------------------------
def _add_replies(func) -> None:
    """`actor.reply` before each `async.return` of the behaviour (async.execute bodies end with
    async.yield, so every async.return here belongs to the function itself)."""
    ctx = context_arg(func)
    returns = collect(func, "async.return")
    if returns and ctx is None:
        sym = ir.StringAttr(func.attributes["sym_name"]).value
        raise PassError(func.location, f"async function @{sym} has no actor context (first argument "
                                       "of type !llvm.ptr): it cannot be a behaviour")
    for ret in returns:
        prev = _previous(ret)
        if prev is not None and prev.name == "actor.reply":
            continue  # already in actor form
        value = ret.operands[0] if len(ret.operands) else None
        dialect.reply(ctx, value, ret.location, ip=ir.InsertionPoint(ret))


def _previous(op):
    prev = None
    for cur in op.block.operations:
        if cur.operation == op:
            return prev
        prev = cur.operation
    return None


# ----- awaited calls ------------------------------------------------------------------------------
def _rewrite_call(call, symbols) -> None:
    result = call.results[0]
    uses = [use.owner for use in result.uses]
    awaits = [u for u in uses if u.name == "async.await"]
    if not awaits:
        return  # handed to the runtime (asyncio.run) or stored: not a direct await
    callee_name = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
    if len(uses) != 1:
        emit_remark(call.location, f"call to @{callee_name} stays inline: its coroutine is not "
                                   "awaited exactly once")
        return
    callee = symbols.get(callee_name)
    if callee is None or callee.name != "async.func":
        raise PassError(call.location, f"cannot spawn @{callee_name}: not an async function of this module")
    if "py.shared" in callee.attributes:
        why = ir.StringAttr(callee.attributes["py.shared"]).value
        emit_remark(call.location, f"call to @{callee_name} stays in the caller's actor (not spawned): {why}")
        return
    mutable = _mutable_arguments(callee)
    if mutable:
        emit_remark(call.location, f"call to @{callee_name} stays in the caller's actor (not spawned): "
                                   f"argument {mutable[0]} may be a mutable object the caller still sees")
        return
    operands = list(call.operands)
    if not operands or str(operands[0].type) != "!llvm.ptr":
        raise PassError(call.location, f"cannot spawn @{callee_name}: the call passes no actor context")
    odd = [str(v.type) for v in operands[1:] if str(v.type) not in WORD_TYPES]
    if odd:
        emit_remark(call.location, f"call to @{callee_name} stays inline (not spawned): an argument of "
                                   f"type {odd[0]} is not one message word")
        return
    awaited, ip = awaits[0], ir.InsertionPoint(call)
    emit_remark(call.location, f"call to @{callee_name} is spawned as an actor: its arguments are immutable "
                               "and it shares no module state")
    words = [to_word(v, call.location, ip) for v in operands[1:]]
    ref = dialect.spawn(operands[0], callee_name, words, "eager", call.location, ip=ip).result
    rtype = awaited.results[0].type if len(awaited.results) else None
    received = dialect.receive(operands[0], ref, rtype, awaited.location, ip=ir.InsertionPoint(awaited))
    if rtype is not None:
        awaited.results[0].replace_all_uses_with(received.results[0])
    awaited.erase()
    call.erase()


def _mutable_arguments(callee) -> list[str]:
    """Descriptions of the callee's arguments (after the context) not known to be immutable."""
    arg_attrs = callee.attributes["arg_attrs"] if "arg_attrs" in callee.attributes else None
    ftype = ir.TypeAttr(callee.attributes["function_type"]).value
    count = len(ir.FunctionType(ftype).inputs)
    out = []
    for i in range(1, count):
        attrs = ir.DictAttr(arg_attrs[i]) if arg_attrs is not None else None
        pytype = ir.StringAttr(attrs["py.type"]).value if attrs and "py.type" in attrs else None
        if pytype not in IMMUTABLE:
            pyname = ir.StringAttr(attrs["py.name"]).value if attrs and "py.name" in attrs else f"#{i}"
            out.append(f"'{pyname}' ({pytype or 'of unknown type'})")
    return out
