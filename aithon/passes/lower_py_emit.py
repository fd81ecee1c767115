"""What `aithon-lower-py` builds with (package-private to the lower_py*.py modules; the plain-value
helpers also serve `py_specialize.py`): the type map, constants, module globals, runtime calls with
their exception checks, and the exception exits of a function body.

In a function body, exception checks are recorded, not built on the spot: a check is "after op A,
if %cond, go to block T" (or "always go to T"). The driver lowers every op of a block first, then
splits the block once at all recorded points (`blocks.split_after`) and adds the branches, so a
block of n checks is split in linear time. A task body (`async.execute`) must stay one block: there
a check is an `scf.if` that fails the task's coroutine in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mlir import ir
from mlir.dialects import arith, llvm, scf

from ..runtime_abi import RUNTIME
from .common import PassError, call_runtime, declare_runtime

P = "!llvm.ptr"
# Scalar types each py type lowers to (docs/architecture.md, "aithon-lower-py").
TYPE_MAP = {"int": "i64", "obj": "i64", "none": "i64", "float": "f64", "bool": "i1", "str": P, "list": P,
            "iterator": P}
SUPPORTED = tuple(TYPE_MAP)
_VAR = re.compile(r"!py\.var<(!py\.\w+)>")
_PY = re.compile(r"!py\.(\w+)")
# Exception kinds: `enum ai_exc_kind` in runtime/include/aithon/rt.h.
EXC_KINDS = {"ZeroDivisionError": 1, "OverflowError": 2, "ValueError": 3, "IndexError": 4, "TypeError": 5,
             "RuntimeError": 6, "NotImplementedError": 7, "MemoryError": 8, "RecursionError": 9,
             "KeyError": 10, "StopIteration": 11, "AttributeError": 12, "SystemExit": 13, "AssertionError": 14}


def kind_of(type_text: str) -> str:
    """"int" for `!py.int` etc.; "var" for a variable; the text itself for a non-py type."""
    if type_text.startswith("!py.var<"):
        return "var"
    m = _PY.fullmatch(type_text)
    return m.group(1) if m else type_text


def lower_type_text(text: str, loc) -> str:
    """The lowered form of a type printed as text (py types may be nested in function types and
    `!async.value<...>`; the bindings have no Python API for the async types, so the text is
    rewritten and parsed again)."""
    text = _VAR.sub(P, text)

    def one(m):
        if m.group(1) not in TYPE_MAP:
            raise PassError(loc, f"type !py.{m.group(1)} is not supported yet")
        return TYPE_MAP[m.group(1)]

    return _PY.sub(one, text)


def var_element(type_text: str, loc) -> str:
    """The lowered type a `!py.var<T>` slot holds."""
    m = _VAR.fullmatch(type_text)
    if m is None:
        raise PassError(loc, f"expected a !py.var type, not {type_text}")
    return lower_type_text(m.group(1), loc)


@dataclass
class Scope:
    """A body that leaves on its own on an exception: a function body (through its exit block) or an
    `async.execute` region (in place: a task cannot branch to its function's blocks)."""
    kind: str                 # "func", "async" or "execute"
    region: ir.Region
    results: list[str]        # lowered result types the exit returns / yields a dummy of
    ctx: ir.Value
    exit: ir.Block | None = None
    raise_blocks: dict = field(default_factory=dict)


class Emitter:
    """Builds the lowered ops of one module. `ip` and `loc` are set by the driver before each op."""

    def __init__(self, module, symbols: dict):
        self.module, self.symbols = module, symbols
        self.strings: dict[bytes, str] = {}
        self.ip: ir.InsertionPoint | None = None
        self.loc = None
        self.scope: Scope | None = None
        self.checks: list[tuple] = []
        self.last_op = None  # the last runtime call built  # (anchor op, i1 value or None, target block) of the current block
        self.i64 = ir.IntegerType.get_signless(64)
        self.i32 = ir.IntegerType.get_signless(32)
        self.i1 = ir.IntegerType.get_signless(1)
        self.f64 = ir.F64Type.get()
        self.ptr = ir.Type.parse(P)

    # ----- plain values ---------------------------------------------------------------------------
    def type(self, text: str):
        return ir.Type.parse(text)

    def const_int(self, value: int, type_=None):
        type_ = type_ or self.i64
        return arith.ConstantOp(type_, ir.IntegerAttr.get(type_, value), loc=self.loc, ip=self.ip).result

    def const_f64(self, value: float):
        return arith.ConstantOp(self.f64, ir.FloatAttr.get(self.f64, value), loc=self.loc, ip=self.ip).result

    def const_bool(self, value: bool):
        return self.const_int(1 if value else 0, self.i1)

    def op(self, name: str, operands, results, attributes=None):
        return ir.Operation.create(name, results=list(results), operands=list(operands),
                                   attributes=attributes or {}, loc=self.loc, ip=self.ip)

    def value(self, name: str, operands, result, attributes=None):
        return self.op(name, operands, [result], attributes).results[0]

    def cmpi(self, pred: str, a, b):
        return arith.CmpIOp(getattr(arith.CmpIPredicate, pred), a, b, loc=self.loc, ip=self.ip).result

    def cmpf(self, pred: str, a, b):
        return arith.CmpFOp(getattr(arith.CmpFPredicate, pred.upper()), a, b, loc=self.loc, ip=self.ip).result

    def select(self, cond, a, b):
        return arith.SelectOp(cond, a, b, loc=self.loc, ip=self.ip).result

    def zero_of(self, type_text: str):
        """A dummy value of a lowered type (what an exception exit returns)."""
        if type_text == P:
            return llvm.ZeroOp(self.ptr, loc=self.loc, ip=self.ip).result
        if type_text == "f64":
            return self.const_f64(0.0)
        return self.const_int(0, self.type(type_text))

    # ----- module globals -------------------------------------------------------------------------
    def cstring(self, text: str):
        """(pointer, byte length) of a NUL-terminated module constant holding `text` (one global per
        distinct string, as the legacy front end's `.str.N`)."""
        data = text.encode("utf-8")
        sym = self.strings.get(data)
        if sym is None:
            sym = f".pystr.{len(self.strings)}"
            while sym in self.symbols:
                sym += "_"
            self.strings[data] = sym
            # located at its first use, as the legacy front end's constants (the text carries the loc)
            glob = ir.Operation.parse(f'llvm.mlir.global internal constant @"{sym}"({_mlir_string(data + bytes(1))}) '
                                      f"{{addr_space = 0 : i32}} {self.loc}")
            body = self.module.regions[0].blocks[0]
            ir.InsertionPoint(body).insert(glob)
            self.symbols[sym] = glob
        return llvm.AddressOfOp(self.ptr, sym, loc=self.loc, ip=self.ip).result, len(data)

    def immortal(self, name: str):
        """The word (i64) of one of the runtime's immortal objects (declared on first use)."""
        if name not in self.symbols:
            glob = ir.Operation.parse(f"llvm.mlir.global external constant @{name}() "  # never loaded
                                      f"{{addr_space = 0 : i32}} : i64 {self.loc}")
            ir.InsertionPoint(self.module.regions[0].blocks[0]).insert(glob)
            self.symbols[name] = glob
        addr = llvm.AddressOfOp(self.ptr, name, loc=self.loc, ip=self.ip).result
        return llvm.PtrToIntOp(self.i64, addr, loc=self.loc, ip=self.ip).result

    # ----- runtime calls and exceptions -----------------------------------------------------------
    def call(self, name: str, operands):
        """Call a runtime function (declared from `runtime_abi.RUNTIME` on first use); when it can
        raise, the exception check follows. Returns the result value or None."""
        fn = RUNTIME[name]
        results = [fn.result] if fn.result else []
        declare_runtime(self.module, name, list(fn.args), results, self.loc, self.symbols)
        op = call_runtime(name, operands, results, self.loc, self.ip)
        self.last_op = op
        if fn.raises:
            self.check_pending()
        return op.results[0] if results else None

    def check_pending(self) -> None:
        """`ai_exc_pending(ctx)` → to the exception exit when set."""
        pending = self.call("ai_exc_pending", [self.scope.ctx])
        self._fail_if(pending, None, "")

    def raise_if(self, cond, kind: str, message: str) -> None:
        """if cond: raise kind(message) (one raise block per distinct exception and body)."""
        if kind not in EXC_KINDS:
            raise PassError(self.loc, f"raising {kind} is not supported yet")
        self._fail_if(cond, kind, message)

    def _fail_if(self, cond, kind: str | None, message: str) -> None:
        """Leave the body when `cond` holds, raising kind(message) first if given. In a function the
        check is recorded for the block split (a branch to the exit or to a raise block). An
        `async.execute` body must stay one block, so there the failure is an `scf.if` awaiting the
        exception token in place: the task's coroutine fails at that await (its error state), and
        `convert-scf-to-cf` makes it a branch once the coroutine has been outlined."""
        if self.scope.kind != "execute":
            target = self.exit_block() if kind is None else self.raise_block(kind, message)
            self.checks.append((cond.owner, cond, target))
            return
        if_op = scf.IfOp(cond, [], loc=self.loc, ip=self.ip)
        saved, self.ip = self.ip, ir.InsertionPoint(if_op.then_block)
        if kind is not None:
            self._raise_call(kind, message)
        self._await_exception()
        scf.YieldOp([], loc=self.loc, ip=self.ip)
        self.ip = saved

    def _raise_call(self, kind: str, message: str):
        msg, _ = self.cstring(message)
        code = self.const_int(EXC_KINDS[kind], self.i32)
        self.call("ai_raise", [self.scope.ctx, code, msg])
        return self.last_op

    def _await_exception(self) -> None:
        """Fail this coroutine: await the token `ai_exc_token` gives in the error state."""
        tok = self.call("ai_exc_token", [self.scope.ctx])
        self.op("async.await", [tok], [])

    def raise_now(self, kind: str, message: str):
        """raise kind(message) here. Returns (the `ai_raise` call, the exception exit): the caller
        branches there right after the call. In a task body the coroutine fails in place and the
        exit is None."""
        anchor = self._raise_call(kind, message)
        if self.scope.kind == "execute":
            self._await_exception()
            return anchor, None
        return anchor, self.exit_block()

    def raise_block(self, kind: str, message: str) -> ir.Block:
        key = (kind, message)
        block = self.scope.raise_blocks.get(key)
        if block is None:
            block = self._append_block()
            saved = (self.ip, self.loc)
            self.ip = ir.InsertionPoint(block)
            self._raise_call(kind, message)
            exit_ = self.exit_block()
            ir.Operation.create("cf.br", operands=[], successors=[exit_], loc=self.loc, ip=self.ip)
            self.ip, self.loc = saved
            self.scope.raise_blocks[key] = block
        return block

    def exit_block(self) -> ir.Block:
        """The function's exception exit, as the legacy front end's `emit_unwind`: a func.func returns
        dummies; an async.func awaits the exception token (its coroutine fails there), then returns
        dummies."""
        scope = self.scope
        assert scope.kind != "execute", "a task body fails in place (_fail_if)"
        if scope.exit is None:
            scope.exit = block = self._append_block()
            saved = self.ip
            self.ip = ir.InsertionPoint(block)
            if scope.kind != "func":
                self._await_exception()
            dummies = [self.zero_of(t) for t in scope.results]
            self.op("func.return" if scope.kind == "func" else "async.return", dummies, [])
            self.ip = saved
        return scope.exit

    def _append_block(self) -> ir.Block:
        return self.scope.region.blocks.append()


def _mlir_string(data: bytes) -> str:
    """Bytes as an MLIR string literal (printable ASCII as is, everything else as \\XX)."""
    out = []
    for b in data:
        out.append(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\{b:02X}")
    return '"' + "".join(out) + '"'
