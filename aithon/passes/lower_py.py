"""`aithon-lower-py`: the `py` dialect → the lowered form (runtime calls, arith, llvm, cf and the
upstream async ops) that `aithon-async-to-actor` and the later passes take (docs/architecture.md,
"aithon-lower-py").

Input contract (what the front end builds, after `aithon-py-specialize`):
* functions `func.func @py.f(%ctx: !llvm.ptr, ...)` and `async.func @py.g(%ctx: !llvm.ptr, ...)`;
  py ops use the enclosing function's first argument as the actor context;
* values of `!py.int/float/bool/str/none/obj` (other py types are refused), variables through
  `py.local` / `py.load` / `py.store`;
* every py op that can raise, and every `func.call @py.*`, leaves the body on an exception: the
  pass adds the `ai_exc_pending` checks and one exception exit per function body and per
  `async.execute` body (a task cannot branch to its function's blocks);
* `py.raise` is followed by `llvm.unreachable`;
* recursion-depth checks are explicit `py.depth_need` ops (print, format and builtins add none).

Types: `!py.int`, `!py.obj`, `!py.none` → i64 (a word), `!py.float` → f64, `!py.bool` → i1,
`!py.str` → `!llvm.ptr`, `!py.var<T>` → `!llvm.ptr`. Values, block arguments and signatures are
retyped in place (`Value.set_type`); casts left by `aithon-py-specialize` become identities and are
removed.

The MLIR 22 bindings have no dialect conversion and mutating the IR inside `walk` invalidates it:
the pass collects first (one walk, recording each op's operand/result types, since lowered values
of i64 no longer say whether they are ints, objects or None), lowers block by block, splits each
block once at all its exception checks (`blocks.split_after`), then retypes in a second walk.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import cf

from .blocks import block_key, op_key, split_after
from .common import PassError, context_arg, enclosing_function, guarded, top_level_symbols
from .lower_py_emit import SUPPORTED, Scope, kind_of, lower_type_text
from .lower_py_data import DataLowering

NAME = "aithon-lower-py"
SUMMARY = "py dialect ops become runtime calls, arith/llvm/cf ops and exception checks"
NOT_YET = ("setattr", "delattr")


def run(op, pass_) -> None:
    guarded(_run, op, pass_)


def _run(module) -> None:
    # attribute and type getters want a default location (for their diagnostics); ops get their own
    with ir.Location.unknown(module.context):
        _lower_module(module)


class _Lowering(DataLowering):
    """All the op lowerings, plus the per-module state the driver keeps."""

    def __init__(self, module, symbols):
        super().__init__(module, symbols)
        self.kinds: dict = {}
        self.unreachable_after: dict = {}  # py.raise key → the llvm.unreachable right after it
        self.deferred: list = []
        self.scopes: dict = {}
        self.alloca_after: dict = {}


def _lower_module(module) -> None:
    low = _Lowering(module, top_level_symbols(module))
    for block, owner, ops in _collect(module, low):
        low.scope = _scope(low, owner, ops[0])
        low.checks = []
        for op in ops:
            _lower_one(low, op)
        _split(block, low.checks)
    _retype(module)
    _finish(module, low)


# ----- collection -----------------------------------------------------------------------------------
def _collect(module, low) -> list:
    """[(block, region owner, [ops to lower])] in walk order, ops in block order; records the kinds
    of each py op's operands and results, and each py.raise's following llvm.unreachable."""
    groups: dict = {}
    last: dict = {}

    def visit(op):
        name = op.name
        if name == "builtin.module":
            return
        bkey = block_key(op.block)
        prev, last[bkey] = last.get(bkey), op
        if name == "llvm.unreachable" and prev is not None and prev.name == "py.raise":
            low.unreachable_after[op_key(prev)] = op
        wanted = name.startswith("py.") or (name == "func.call" and _callee(op).startswith("py."))
        if wanted:
            if name.startswith("py."):
                _record(low, op)
            group = groups.get(bkey)
            if group is None:
                group = groups[bkey] = (op.block, op.block.owner, [])
            group[2].append(op)

    _walk(module, visit)
    return list(groups.values())


def _walk(module, visit) -> None:
    """`visit(operation)` on every op in pre-order. A PassError cannot cross the bindings' walk (it
    would become a generic "exception raised in callback"): the walk stops and it is raised after."""
    errors: list = []

    def one(op):
        try:
            visit(op.operation if hasattr(op, "operation") else op)
        except PassError as err:
            errors.append(err)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    module.walk(one, ir.WalkOrder.PRE_ORDER)
    if errors:
        raise errors[0]


def _record(low, op) -> None:
    short = op.name[3:]
    if short in NOT_YET or not hasattr(low, "lower_" + short):
        raise PassError(op.location, f"`{op.name}` is not supported yet")
    ins = [kind_of(str(v.type)) for v in op.operands]
    outs = [kind_of(str(r.type)) for r in op.results]
    for kind, value in zip(ins + outs, list(op.operands) + list(op.results)):
        if str(value.type).startswith("!py.") and kind not in SUPPORTED and kind != "var":
            raise PassError(op.location, f"type {value.type} is not supported yet")
    low.kinds[op_key(op)] = (ins, outs)


def _callee(op) -> str:
    return ir.FlatSymbolRefAttr(op.attributes["callee"]).value if "callee" in op.attributes else ""


def _scope(low, owner, first) -> Scope:
    """The exception scope of a block: the body of its function or of its async.execute."""
    owner = owner.operation if hasattr(owner, "operation") else owner
    key = op_key(owner)
    found = low.scopes.get(key)
    if found is not None:
        return found
    if owner.name not in ("func.func", "async.func", "async.execute"):
        raise PassError(first.location, f"py ops inside {owner.name} are not supported yet")
    func = owner if owner.name != "async.execute" else enclosing_function(owner)
    ctx = context_arg(func) if func is not None else None
    if ctx is None:
        raise PassError(first.location, "py ops need the function's first argument to be the actor context (!llvm.ptr)")
    if owner.name == "async.execute":
        results = [_inner(str(r.type)) for r in list(owner.results)[1:]]
        kind = "execute"
    else:
        ftype = ir.FunctionType(ir.TypeAttr(owner.attributes["function_type"]).value)
        results = [str(t) for t in ftype.results]
        kind = "func" if owner.name == "func.func" else "async"
        if kind == "async":
            results = [_inner(t) for t in results if t.startswith("!async.value<")]
    results = [lower_type_text(t, first.location) for t in results]
    low.scopes[key] = scope = Scope(kind, owner.regions[0], results, ctx)
    return scope


def _inner(text: str) -> str:
    return text[len("!async.value<"):-1]


# ----- lowering -------------------------------------------------------------------------------------
def _lower_one(low, op) -> None:
    low.loc = op.location
    if op.name == "func.call":  # a user function: it may have raised
        low.ip = ir.InsertionPoint.after(op)
        low.check_pending()
        return
    low.ip = ir.InsertionPoint(op)
    ins, outs = low.kinds[op_key(op)]
    result = getattr(low, "lower_" + op.name[3:])(op, ins, outs)
    if result == "defer":
        low.deferred.append(op)
        return
    if isinstance(result, tuple):  # py.raise: ("branch", (ai_raise call, exit block))
        anchor, exit_ = result[1]  # no exit in a task body: its coroutine failed in place
        after = low.unreachable_after.pop(op_key(op), None)
        if exit_ is not None and after is not None:
            cf.BranchOp([], exit_, loc=op.location, ip=ir.InsertionPoint(after))
            after.erase()
        elif exit_ is not None:  # code follows the raise: split, the rest is unreachable
            low.checks.append((anchor, None, exit_))
        op.erase()
        return
    for old, new in zip(op.results, result or []):
        old.replace_all_uses_with(new)
    op.erase()


def _split(block, checks) -> None:
    """Split `block` once after every check point and branch: to the target when the condition
    holds (always, without a condition), else on to the next piece."""
    if not checks:
        return
    pieces = split_after(block, [c[0] for c in checks])
    for i, (anchor, cond, target) in enumerate(checks):
        ip = ir.InsertionPoint(pieces[i])
        if cond is None:
            cf.BranchOp([], target, loc=anchor.location, ip=ip)
        else:
            cf.CondBranchOp(cond, [], [], target, pieces[i + 1], loc=anchor.location, ip=ip)


# ----- types ----------------------------------------------------------------------------------------
def _retype(module) -> None:
    """Every py type left (results, block arguments, function signatures) → its lowered type."""
    cache: dict = {}

    def lowered(type_, loc):
        text = str(type_)
        if "!py." not in text:
            return None
        if text not in cache:
            cache[text] = ir.Type.parse(lower_type_text(text, loc))
        return cache[text]

    def visit(op):
        for r in op.results:
            t = lowered(r.type, op.location)
            if t is not None:
                r.set_type(t)
        for region in op.regions:
            for block in region.blocks:
                for arg in block.arguments:
                    t = lowered(arg.type, op.location)
                    if t is not None:
                        arg.set_type(t)
        if op.name in ("func.func", "async.func"):
            text = str(ir.TypeAttr(op.attributes["function_type"]).value)
            if op.name == "async.func" and any(f"!async.value<!py.{k}>" in text.rsplit("->", 1)[-1]
                                               for k in ("int", "obj")):
                # its i64 result is an object word: a reply crosses heaps as a message (lower-actor)
                op.attributes["aithon.word_result"] = ir.UnitAttr.get()
            t = lowered(ir.TypeAttr(op.attributes["function_type"]).value, op.location)
            if t is not None:
                op.attributes["function_type"] = ir.TypeAttr.get(t)

    _walk(module, visit)


def _finish(module, low) -> None:
    """Drop the boxes and constants that were read through, fold the casts that became identities,
    and make sure no py op is left."""
    for op in reversed(low.deferred):
        if any(True for _ in op.results[0].uses):
            raise PassError(op.location, f"{op.name} is still used after lowering (compiler bug)")
        op.erase()
    casts, left = [], []

    def visit(op):
        if op.name == "builtin.unrealized_conversion_cast":
            casts.append(op)
        elif op.name.startswith("py."):
            left.append(op)

    _walk(module, visit)
    if left:
        raise PassError(left[0].location, f"{left[0].name} was not lowered")
    for op in casts:
        if len(op.operands) != 1 or len(op.results) != 1 or op.operands[0].type != op.results[0].type:
            raise PassError(op.location, "an unrealized_conversion_cast between different lowered types is left")
        op.results[0].replace_all_uses_with(op.operands[0])
        op.erase()
