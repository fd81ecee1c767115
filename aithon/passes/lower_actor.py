"""`aithon-lower-actor`: actor form → async dialect + calls into the runtime (docs/architecture.md,
"async (after aithon-lower-actor)").

* `actor.spawn` (eager) → `%child = func.call @ai_actor_spawn(%ctx)` + `%v = async.call @f(%child,
  args)`, each argument decoded from its i64 word by the callee's parameter type; `actor.receive(%ctx, %ref)` → `async.await %v` (+ `ai_msg_adopt(%ctx, %p)` for an
  `!llvm.ptr` heap value); without a ref (mailbox) → `ai_mailbox_wait` + `async.await` +
  `ai_mailbox_pop`.
* `actor.reply` in a spawned behaviour → `ai_msg_export(%ctx, %v)` for heap values (the
  `async.return` then returns the message) and `ai_actor_exit(%ctx)` before the return.
  On the exception exit of a spawned behaviour, `ai_actor_exit(%ctx)` comes right before the
  `async.await` of `ai_exc_token(%ctx)`'s token (the exception object is not in the heap; the
  coroutine then fails on the token without touching the context).
  A behaviour that only ever runs inline (not spawned: `asyncio.run`'s main, a call kept inline for a
  mutable argument) runs in its caller's actor: its replies are dropped (no export, no exit). A
  behaviour that is both spawned and called inline is cloned as `@<name>.inline` for the inline calls.
* `async.execute` with `actor.task` → `func.call @ai_task_token(%ctx, %token)` right after it (%ctx:
  the enclosing function's context, which the task borrows until it finishes); `ai_task_token_pure`
  instead when the task's first step is pure (`purity.py`: with several workers it may run ahead).
* `actor.safepoint` → `ai_safepoint(%ctx)`; `actor.send` → `ai_actor_send(%ctx, %target, %w)`;
  `actor.self` / `actor.parent` → `ai_actor_self(%ctx)` / `ai_actor_parent(%ctx)`.
* `actor.behaviour` / `actor.task` attributes and the front end's `py.*` argument attributes are
  removed. Every new op takes the location of the
  actor op it replaces; runtime functions are declared (`func.func private`) when missing.

Refs are SSA values of one function: a ref must be the direct result of spawn/self/parent.
`start = "lazy"` is refused (not implemented yet).
"""

from __future__ import annotations

from mlir import ir

from ..runtime_abi import RUNTIME
from .common import (PassError, call_runtime, collect, context_arg, declare_runtime, enclosing_function, from_word,
                     guarded, top_level_symbols)
from .purity import pure_tasks

# On an async.func whose i64 result is an object word (set by aithon-lower-py): its reply is a
# message (big ints, floats, strs and lists live in the child's heap, which ends with the child).
WORD_RESULT = "aithon.word_result"
NAME = "aithon-lower-actor"
SUMMARY = "actor ops become async dialect ops and AIthon runtime calls"
P, TOK = "!llvm.ptr", "!async.token"


# This pass emits no exception checks, so it may call a function that can raise only where the
# raise cannot happen; each such use says why.
CANNOT_RAISE_HERE = {
    "ai_mailbox_pop": "called only once ai_mailbox_wait's token is available: the mailbox is not empty",
}


def _signature(name: str) -> tuple[list[str], list[str]]:
    """(inputs, results) of a runtime function, from its one declaration in `aithon.runtime_abi`."""
    fn = RUNTIME[name]
    if fn.raises and name not in CANNOT_RAISE_HERE:
        raise AssertionError(f"{name} can raise, and aithon-lower-actor emits no exception check")
    return list(fn.args), [fn.result] if fn.result else []


def run(op, pass_) -> None:
    guarded(_Lowering, op, pass_)


class _Lowering:
    """One run over a module; `refs` maps each ref value (by its printed SSA identity within its
    function) to what it lowered to: ("child", %child_ptr, %async_value) or ("ptr", %ptr)."""

    def __init__(self, module):
        self.module = module
        self.refs: dict = {}
        self.symbols = symbols = top_level_symbols(module)
        spawned = {ir.FlatSymbolRefAttr(s.attributes["callee"]).value for s in collect(module, "actor.spawn")}
        for op in pure_tasks(module, symbols):  # decided on the actor ops, before they are lowered
            op.attributes["actor.pure"] = ir.UnitAttr.get()
        self._split_inline_behaviours(symbols, spawned)
        for op in collect(module, "actor.reply"):
            self._reply(op, spawned)
        for op in collect(module, "func.call"):
            self._failure_exit(op, spawned)
        for op in collect(module, ("actor.spawn", "actor.self", "actor.parent")):
            self._ref_source(op, symbols)
        for op in collect(module, ("actor.receive", "actor.send", "actor.safepoint")):
            getattr(self, "_" + op.name.split(".", 1)[1])(op)
        for op in collect(module, "async.execute"):
            self._task(op)
        self._finish()

    # ----- helpers --------------------------------------------------------------------------------
    def _call(self, name, operands, loc, ip):
        inputs, results = _signature(name)
        declare_runtime(self.module, name, inputs, results, loc, self.symbols)
        return call_runtime(name, operands, results, loc, ip)

    def _word_message(self, fn: str, ctx, word, loc, ip):
        """An object word through `ai_msg_export` / `ai_msg_adopt` (which take and give pointers;
        small ints and immortal objects pass unchanged)."""
        ptr = ir.Operation.create("llvm.inttoptr", results=[ir.Type.parse(P)], operands=[word], loc=loc, ip=ip)
        moved = self._call(fn, [ctx, ptr.results[0]], loc, ip).results[0]
        i64 = ir.IntegerType.get_signless(64)
        return ir.Operation.create("llvm.ptrtoint", results=[i64], operands=[moved], loc=loc, ip=ip).results[0]

    @staticmethod
    def _key(value):
        # Value wrappers are recreated on each access; hash() is the underlying pointer.
        return hash(value)

    # ----- behaviours -----------------------------------------------------------------------------
    def _split_inline_behaviours(self, symbols, spawned) -> None:
        """Clone each behaviour that is spawned and also called inline; inline calls use the clone."""
        clones: dict[str, str] = {}
        for call in collect(self.module, "async.call"):
            callee = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
            if callee not in spawned:
                continue
            if callee not in clones:
                clones[callee] = self._clone(symbols[callee], callee + ".inline", symbols)
            call.attributes["callee"] = ir.FlatSymbolRefAttr.get(clones[callee])

    def _clone(self, func, name, symbols) -> str:
        while name in symbols:
            name += "_"
        clone = func.clone(ip=ir.InsertionPoint.after(func))
        clone.attributes["sym_name"] = ir.StringAttr.get(name)
        if "sym_visibility" not in clone.attributes:
            clone.attributes["sym_visibility"] = ir.StringAttr.get("private")
        symbols[name] = clone
        return name

    def _reply(self, op, spawned) -> None:
        func = enclosing_function(op)
        ret = _next(op)
        if func is None or func.name != "async.func" or ret is None or ret.name != "async.return":
            raise PassError(op.location, "actor.reply must sit right before the async.return of a behaviour")
        name = ir.StringAttr(func.attributes["sym_name"]).value
        if name in spawned:
            ctx = op.operands[0]
            ip = ir.InsertionPoint(op)
            if len(op.operands) > 1 and str(op.operands[1].type) == P:
                msg = self._call("ai_msg_export", [ctx, op.operands[1]], op.location, ip)
                ret.operands[0] = msg.results[0]
            elif len(op.operands) > 1 and WORD_RESULT in func.attributes:
                ret.operands[0] = self._word_message("ai_msg_export", ctx, op.operands[1], op.location, ip)
            self._call("ai_actor_exit", [ctx], op.location, ip)
        op.erase()

    def _failure_exit(self, op, spawned) -> None:
        """A spawned behaviour that raises ends too: its actor exits right after the exception
        leaves the context (`ai_exc_token`), before the coroutine fails on that token."""
        if ir.FlatSymbolRefAttr(op.attributes["callee"]).value != "ai_exc_token":
            return
        func = enclosing_function(op)
        if func is None or func.name != "async.func" or \
                ir.StringAttr(func.attributes["sym_name"]).value not in spawned:
            return
        awaits = [u.owner for u in op.results[0].uses if u.owner.name == "async.await"]
        if len(awaits) != 1:
            raise PassError(op.location, "ai_exc_token's token must be awaited once")
        # right before the await: after the safepoint, the last use of the context
        self._call("ai_actor_exit", [op.operands[0]], op.location, ir.InsertionPoint(awaits[0]))

    # ----- refs -----------------------------------------------------------------------------------
    def _ref_source(self, op, symbols) -> None:
        ctx, loc, ip = op.operands[0], op.location, ir.InsertionPoint(op)
        if op.name == "actor.spawn":
            self.refs[self._key(op.results[0])] = self._spawn(op, symbols)
            return
        fn = "ai_actor_self" if op.name == "actor.self" else "ai_actor_parent"
        self.refs[self._key(op.results[0])] = ("ptr", self._call(fn, [ctx], loc, ip).results[0])

    def _spawn(self, op, symbols):
        callee = ir.FlatSymbolRefAttr(op.attributes["callee"]).value
        start = ir.StringAttr(op.attributes["start"]).value
        if start != "eager":
            raise PassError(op.location, f"actor.spawn with start = \"{start}\" is not supported yet")
        func = symbols.get(callee)
        if func is None or func.name != "async.func":
            raise PassError(op.location, f"actor.spawn callee @{callee} is not an async function")
        ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
        params, words = list(ftype.inputs)[1:], list(op.operands)[1:]
        if len(params) != len(words):
            raise PassError(op.location, f"actor.spawn passes {len(words)} arguments but @{callee} "
                                         f"takes {len(params)} after its context")
        ip = ir.InsertionPoint(op)
        args = [from_word(w, t, op.location, ip) for w, t in zip(words, params)]
        child = self._call("ai_actor_spawn", [op.operands[0]], op.location, ip).results[0]
        call = ir.Operation.create("async.call", results=list(ftype.results),
                                   operands=[child, *args],
                                   attributes={"callee": ir.FlatSymbolRefAttr.get(callee)},
                                   loc=op.location, ip=ip)
        return ("child", child, call.results[0], WORD_RESULT in func.attributes)

    def _lookup(self, op, ref, what):
        found = self.refs.get(self._key(ref))
        if found is None:
            raise PassError(op.location, f"cannot lower {what}: the actor ref is not the result of "
                                         "actor.spawn/self/parent in this function")
        return found

    # ----- receive / send / safepoint -------------------------------------------------------------
    def _receive(self, op) -> None:
        ctx, loc, ip = op.operands[0], op.location, ir.InsertionPoint(op)
        rtype = op.results[0].type if len(op.results) else None
        if len(op.operands) == 1:
            value = self._mailbox(op, ctx, rtype)
        else:
            found = self._lookup(op, op.operands[1], "actor.receive")
            if found[0] != "child":
                raise PassError(loc, "actor.receive from self/parent is not supported: use the mailbox")
            value = self._await(found[2], rtype, loc, ip)
            if value is not None and str(rtype) == P:
                value = self._call("ai_msg_adopt", [ctx, value], loc, ip).results[0]
            elif value is not None and found[3]:
                value = self._word_message("ai_msg_adopt", ctx, value, loc, ip)
        if rtype is not None:
            op.results[0].replace_all_uses_with(value)
        op.erase()

    def _await(self, awaitable, rtype, loc, ip):
        atype = str(awaitable.type)
        if atype == TOK:
            if rtype is not None:
                raise PassError(loc, f"actor.receive expects {rtype} but the behaviour returns None")
            ir.Operation.create("async.await", results=[], operands=[awaitable], loc=loc, ip=ip)
            return None
        inner = ir.Type.parse(atype[len("!async.value<"):-1])
        if rtype is not None and rtype != inner:
            raise PassError(loc, f"actor.receive expects {rtype} but the behaviour replies {inner}")
        aw = ir.Operation.create("async.await", results=[inner], operands=[awaitable], loc=loc, ip=ip)
        return aw.results[0] if rtype is not None else None

    def _mailbox(self, op, ctx, rtype):
        if rtype is not None and str(rtype) != "i64":
            raise PassError(op.location, f"a mailbox message is one i64 word, not {rtype}")
        ip, loc = ir.InsertionPoint(op), op.location
        tok = self._call("ai_mailbox_wait", [ctx], loc, ip).results[0]
        ir.Operation.create("async.await", results=[], operands=[tok], loc=loc, ip=ip)
        return self._call("ai_mailbox_pop", [ctx], loc, ip).results[0]

    def _send(self, op) -> None:
        ctx, target, word = op.operands
        found = self._lookup(op, target, "actor.send")
        self._call("ai_actor_send", [ctx, found[1], word], op.location, ir.InsertionPoint(op))
        op.erase()

    def _safepoint(self, op) -> None:
        self._call("ai_safepoint", [op.operands[0]], op.location, ir.InsertionPoint(op))
        op.erase()

    def _task(self, op) -> None:
        if "actor.task" not in op.attributes:
            return
        del op.attributes["actor.task"]
        # the task borrows its creator's context (it runs there): the runtime keeps that actor
        # alive until the task's token settles
        func = enclosing_function(op)
        ctx = context_arg(func) if func is not None else None
        if ctx is None:
            raise PassError(op.location, "a task must be created in a function with an actor context")
        name = "ai_task_token"
        if "actor.pure" in op.attributes:  # its first step may run ahead on a worker (purity.py)
            del op.attributes["actor.pure"]
            name = "ai_task_token_pure"
        self._call(name, [ctx, op.results[0]], op.location, ir.InsertionPoint.after(op))

    # ----- cleanup --------------------------------------------------------------------------------
    def _finish(self) -> None:
        for op in reversed(collect(self.module, ("actor.spawn", "actor.self", "actor.parent"))):
            if any(True for _ in op.results[0].uses):
                use = next(iter(op.results[0].uses)).owner
                raise PassError(use.location, f"cannot lower this use of an actor ref ({use.name})")
            op.erase()
        for func in collect(self.module, "async.func"):
            if "actor.behaviour" in func.attributes:
                del func.attributes["actor.behaviour"]
        for func in collect(self.module, ("func.func", "async.func")):
            _drop_py_arg_attrs(func)
            if WORD_RESULT in func.attributes:
                del func.attributes[WORD_RESULT]
        left = collect(self.module, _ACTOR_OPS)
        if left:
            raise PassError(left[0].location, f"{left[0].name} was not lowered")


_ACTOR_OPS = ("actor.spawn", "actor.receive", "actor.reply", "actor.send", "actor.safepoint",
              "actor.self", "actor.parent")


def _drop_py_arg_attrs(func) -> None:
    """The front end's `{py.name, py.type}` argument attributes have served (placement decisions
    are made): drop them, since the LLVM translation would warn about attributes of the `py`
    dialect, which it cannot translate."""
    if "py.shared" in func.attributes:
        del func.attributes["py.shared"]
    if "arg_attrs" not in func.attributes:
        return
    arrays = ir.ArrayAttr(func.attributes["arg_attrs"])
    kept = []
    for i in range(len(arrays)):
        d = ir.DictAttr(arrays[i])
        kept.append(ir.DictAttr.get({d[j].name: d[j].attr for j in range(len(d)) if not d[j].name.startswith("py.")}))
    if all(len(k) == 0 for k in kept):
        del func.attributes["arg_attrs"]
    else:
        func.attributes["arg_attrs"] = ir.ArrayAttr.get(kept)


def _next(op):
    found = False
    for cur in op.block.operations:
        if found:
            return cur.operation
        found = cur.operation == op
    return None
