"""Which tasks may run ahead of their turn on another worker (used by `aithon-lower-actor`).

A task's first step is *pure* when running it earlier, on another thread, cannot change what the
program prints: the task body only spawns one behaviour, waits for its reply and yields it (or
stores it into a `gather(*...)` list), and that behaviour — with every function it calls — never
awaits anything but an already-failed token (the error path), never spawns, sleeps, sends,
receives or prints, and replies with a scalar (an int or object word, a float, a bool or None: an
object word's message is adopted into the parent's heap with the lock-free `ai_arena_adopt_shared`,
safe while the parent allocates). Such a step touches only the child actor's own heap and the task's
token/value, whose completions the runtime defers to the step's turn (runtime/src/sched/worker.c).

Only steps that may take long are worth a worker: handing a step over costs a few hundred
nanoseconds and moves its memory to another core, which a straight-line body (`return i % 3`)
never pays back (measured: 1,000,000 such tasks took 1.5x the CPU time with 2 workers). So a task
is offered only when its behaviour contains a loop (a retreating CFG edge) or calls a function of
the program (which may loop or recurse).

The analysis is conservative: an operation it does not know makes the task impure (it then runs
on the loop's thread at its turn, as always). It runs on the actor dialect, before lowering.
"""

from __future__ import annotations

from mlir import ir

__all__ = ["pure_tasks"]

# Runtime functions a pure body may call: numbers, strings and formatting in the current actor's
# own heap, raising, and reading lists (rt.h).
PURE_RUNTIME = frozenset({
    "ai_raise", "ai_exc_pending", "ai_exc_token", "ai_i64_pow", "ai_i64_truediv", "ai_f64_floordiv",
    "ai_f64_mod", "ai_f64_div", "ai_f64_pow", "ai_f64_to_i64", "ai_str_const", "ai_str_concat",
    "ai_str_from_i64", "ai_str_from_f64", "ai_str_from_bool", "ai_str_none", "ai_str_repr",
    "ai_str_len", "ai_str_cmp", "ai_str_mul", "ai_format_i64", "ai_format_f64", "ai_format_str",
    "ai_list_get", "ai_list_len", "ai_list_new", "ai_list_set",
    "ai_depth_enter", "ai_depth_set", "ai_depth_need",  # the thread's recursion depth (depth.c)
    # value words and ints of any size (value/): the current actor's heap only
    "ai_float_box", "ai_float_unbox", "ai_bool_box", "ai_int_from_i64", "ai_int_from_decimal", "ai_int_from_str",
    *(f"ai_int_{op}" for op in ("add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
                                "xor", "neg", "pos", "abs", "invert", "cmp", "to_f64", "truediv", "cmp_f64",
                                "from_f64", "as_i64", "fits_i64", "str", "format", "hash")),
    *(f"ai_obj_{op}" for op in ("binop", "unop", "compare", "truth", "str", "repr", "format", "type", "type_name",
                                "hash", "len", "int", "float", "abs", "round")),
    "ai_list_store", "ai_list_item",
})
SCALAR_REPLIES = ("!async.token", "!async.value<i64>", "!async.value<f64>", "!async.value<i1>")
PURE_OPS = frozenset({"func.return", "async.return", "actor.reply", "actor.safepoint"})
PURE_PREFIXES = ("arith.", "math.", "cf.")


def pure_tasks(module, symbols: dict) -> list:
    """The `async.execute` ops marked `actor.task` whose first step is pure."""
    memo: dict[str, bool] = {}
    found = []

    def visit(op):
        if op.name == "async.execute" and "actor.task" in op.attributes:
            if _task_is_pure(op.operation, symbols, memo):
                found.append(op.operation)
        return ir.WalkResult.ADVANCE

    module.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def _ops(region):
    for block in region.blocks:
        for op in block.operations:
            yield op.operation


def _callee(op) -> str:
    return ir.FlatSymbolRefAttr(op.attributes["callee"]).value


def _task_is_pure(execute, symbols, memo) -> bool:
    spawns = 0
    for op in _ops(execute.regions[0]):
        name = op.name
        if name == "actor.spawn":
            spawns += 1
            func = symbols.get(_callee(op))
            if func is None or func.name != "async.func" or not _replies_scalar(func):
                return False
            if not _function_is_pure(_callee(op), symbols, memo) or not _may_take_long(func, symbols):
                return False
        elif name in ("actor.receive", "actor.safepoint", "async.yield"):
            continue
        elif name == "func.call" and _callee(op) == "ai_list_set":
            continue
        elif name.startswith("arith.") or (name.startswith("llvm.") and name != "llvm.call"):
            continue
        else:
            return False
    return spawns == 1


def _may_take_long(func, symbols) -> bool:
    """A loop (a branch to a block at or before its own) or a call of a function of the program."""
    blocks = list(func.regions[0].blocks)
    position = {hash(b): i for i, b in enumerate(blocks)}  # Block wrappers compare by C pointer
    for i, block in enumerate(blocks):
        for op in block.operations:
            op = op.operation
            if op.name == "func.call" and _defined(symbols.get(_callee(op))):
                return True
            if any(position.get(hash(succ), len(blocks)) <= i for succ in op.successors):
                return True
    return False


def _defined(func) -> bool:
    return func is not None and len(func.regions) > 0 and len(func.regions[0].blocks) > 0


def _replies_scalar(func) -> bool:
    ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    return len(ftype.results) == 1 and str(ftype.results[0]) in SCALAR_REPLIES


def _function_is_pure(name, symbols, memo) -> bool:
    if name in memo:
        return memo[name]  # a recursive call is assumed pure while its body is being checked
    func = symbols.get(name)
    if func is None or len(func.regions) == 0 or len(func.regions[0].blocks) == 0:
        return False
    memo[name] = True
    pure = True

    def visit(op):
        nonlocal pure
        if not _op_is_pure(op.operation, symbols, memo):
            pure = False
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    for op in _ops(func.regions[0]):
        op.walk(visit, ir.WalkOrder.PRE_ORDER)
        if not pure:
            break
    memo[name] = pure
    return pure


def _op_is_pure(op, symbols, memo) -> bool:
    name = op.name
    if name in PURE_OPS or name.startswith(PURE_PREFIXES):
        return True
    if name.startswith("llvm."):
        return name != "llvm.call"
    if name == "func.call":
        callee = _callee(op)
        if callee in PURE_RUNTIME:
            return True
        func = symbols.get(callee)
        return func is not None and func.name == "func.func" and _function_is_pure(callee, symbols, memo)
    if name == "async.await":
        # only the error path: awaiting the already-failed token of ai_exc_token
        owner = op.operands[0].owner
        return (isinstance(owner, ir.Operation) or hasattr(owner, "name")) and owner.name == "func.call" \
            and _callee(owner) == "ai_exc_token"
    return False
