"""The per-function compiler: shared state and helpers used by the construct-family mixins."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..diagnostics import CompileError
from ..runtime_abi import RUNTIME
from .asyncio_ops import AsyncMixin, GatherStarMixin
from .calls import CallsMixin
from .emitter import Block, FunctionText
from .expressions import ExpressionsMixin
from .statements import StatementsMixin
from .strings import StringsMixin
from .pytypes import BOTTOM, NONE, mlir_type
from .names import BUILTIN, BUILTIN_NAMES, LOCAL, UNDEFINED, Binding, mangle
from .segments import compile_segmented, prepare_slots, segmentable
from .values import Diverged, V, Task

if TYPE_CHECKING:
    from .program import Program, Spec

EXC_KINDS = {1: "ZeroDivisionError", 2: "OverflowError", 3: "ValueError", 4: "IndexError"}


class FunctionCompiler(StatementsMixin, ExpressionsMixin, CallsMixin, StringsMixin, AsyncMixin, GatherStarMixin):
    """Compiles one specialisation of one function (or the module body) to MLIR text."""

    def __init__(self, prog: "Program", spec: "Spec", body: list[ast.stmt], params: list[str]) -> None:
        self.prog, self.spec = prog, spec
        self.f = FunctionText(prog.filename)
        if spec.node is not None:  # prologue and epilogue ops are located at the `def`
            self.f.line, self.f.col = spec.node.lineno, spec.node.col_offset + 1
        self.ctx = "%ctx"
        self.locals: dict[str, str] = {}  # name -> alloca
        self.tasks: dict[str, Task] = {}
        self.pending_tasks: set[str] = set()
        self.comp_bindings: dict[str, V] = {}
        self.loops: list[tuple[Block, Block, list[set[str]]]] = []
        self.assigned: set[str] = set()  # definitely assigned here (for use-before-assignment errors)
        self.incomplete = False
        self.discarded: ast.expr | None = None
        self.unwind: Block | None = None
        self.level: str | None = None  # this frame's recursion level (an i64 SSA value)
        self.segment_of: FunctionCompiler | None = None  # the function this segment belongs to
        self.slot_index: dict[str, int] | None = None  # variables in an array of slots (segments.py)
        self.ret_slot = 0
        self.has_one = False
        self.raise_blocks: dict[tuple[int, str], Block] = {}
        self.raise_locs: dict[tuple[int, str], tuple[int, int]] = {}
        self.body, self.params = body, params
        self.top_level = {id(s) for s in body}  # statements directly in the body (a set: no list scans)
        self.local_names = self.collect_locals(body) | set(params)

    # ----- diagnostics -----------------------------------------------------------------------
    def error(self, node: ast.AST | None, message: str):
        line = getattr(node, "lineno", self.f.line)
        col = getattr(node, "col_offset", self.f.col - 1)
        raise CompileError.at_byte_offset(self.prog.filename, line, col, message, self.prog.source_line(line))

    def visit(self, node: ast.AST) -> V:
        """Dispatch on the node type; ops emitted meanwhile are located at `node` (children restore
        their parent's location when they return)."""
        saved = (self.f.line, self.f.col)
        if hasattr(node, "lineno"):
            self.f.line, self.f.col = node.lineno, node.col_offset + 1
        method = getattr(self, f"visit_{type(node).__name__}", None)
        if method is None:
            self.error(node, f"{describe(node)} is not supported")
        try:
            return method(node)
        finally:
            self.f.line, self.f.col = saved

    # ----- runtime calls and exceptions ---------------------------------------------------------
    def rt(self, name: str, args: list[str]) -> str | None:
        """Call a runtime function, declared once in `runtime_abi.RUNTIME` (and in the module on first
        use). When the table says it can raise, the call is followed by the exception check: a
        runtime error result is never used as a value."""
        fn = RUNTIME[name]
        self.prog.text.declare(name, list(fn.args), [fn.result] if fn.result else [], self.f.loc())
        sig = f"({', '.join(fn.args)}) -> {fn.result or '()'}"
        call = f"func.call @{name}({', '.join(args)}) : {sig}"
        r = None
        if fn.result is None:
            self.f.op(call)
        else:
            r = self.f.value(call, "r")
        if fn.raises:
            self.check_exc()
        return r

    # ----- recursion depth (runtime/src/actor/depth.c) -------------------------------------------
    DEPTH_CODES = {"C": 0, "S": 1, "<": 2, "F": 3, "R": 4}  # call, str, comparison, frame, repr

    def depth_enter(self) -> None:
        """This frame's level (CPython's recursion counter): the module body is 1, a user function
        one more than the code that called or started it; RecursionError beyond the limit."""
        if self.spec.name == "__aithon_module_init":
            self.level = self.f.value("arith.constant 1 : i64", "lvl")
            return
        self.level = self.rt("ai_depth_enter", [self.ctx])

    def depth_restore(self) -> None:
        """After a call of a user function or an await, other frames ran on this thread: put this
        frame's level back."""
        if self.f.cur is not None and self.level is not None:
            self.rt("ai_depth_set", [self.level])

    def depth_need(self, seq: str) -> None:
        """An operation CPython runs through len(seq) nested recursion checks (one letter each:
        the message its check gives when it is the first too deep); measured on CPython 3.11."""
        if self.f.cur is None:
            return
        codes = sum(self.DEPTH_CODES[c] << (4 * i) for i, c in enumerate(seq))
        n = self.f.value(f"arith.constant {len(seq)} : i32", "c")
        k = self.f.value(f"arith.constant {codes} : i64", "c")
        self.rt("ai_depth_need", [self.ctx, n, k])

    def unwind_block(self) -> Block:
        if self.unwind is None:
            self.unwind = self.f.new_block()
        return self.unwind

    def check_exc(self) -> None:
        """Leave the function if the last call raised (a pending exception in the actor context)."""
        if self.f.cur is None:
            return
        pending = self.rt("ai_exc_pending", [self.ctx])
        cont = self.f.new_block()
        self.f.cond_br(pending, self.unwind_block(), cont)
        self.f.place(cont)

    def raise_if(self, cond: str, kind: int, message: str) -> None:
        """if cond: raise Kind(message)."""
        if self.f.cur is None:
            return
        # one raise block per distinct exception, laid out at the end of the function: a check costs
        # one branch and one block, and the function has a handful of raise sites, not thousands
        raise_blk = self.raise_blocks.get((kind, message))
        if raise_blk is None:
            raise_blk = self.raise_blocks[(kind, message)] = self.f.new_block()
            self.raise_locs[(kind, message)] = (self.f.line, self.f.col)
        cont = self.f.new_block()
        self.f.cond_br(cond, raise_blk, cont)
        self.f.place(cont)

    def emit_raise_blocks(self) -> None:
        for key, blk in self.raise_blocks.items():
            if self.f.place(blk):
                self.f.line, self.f.col = self.raise_locs[key]  # where it was first raised
                p, _ = self.cstr_ptr(key[1])
                kind_v = self.f.value(f"arith.constant {key[0]} : i32", "c")
                self.rt("ai_raise", [self.ctx, kind_v, p])
                self.f.br(self.unwind_block())

    def raise_now(self, kind: int, message: str):
        """raise Kind(message), unconditionally: what follows is unreachable (see `Diverged`)."""
        if self.f.cur is not None:
            p, _ = self.cstr_ptr(message)
            kind_v = self.f.value(f"arith.constant {kind} : i32", "c")
            self.rt("ai_raise", [self.ctx, kind_v, p])
            self.f.br(self.unwind_block())
        raise Diverged()

    def emit_unwind(self) -> None:
        """The shared exit taken when an exception propagates out of this function."""
        self.emit_raise_blocks()
        if self.unwind is None or not self.f.place(self.unwind):
            return
        if self.spec.is_async:
            e = self.rt("ai_exc_token", [self.ctx])
            self.f.op(f"async.await {e} : !async.token")  # error state: the coroutine fails here
            self.emit_return(None, dummy=True)
        else:
            self.emit_return(None, dummy=True)

    def emit_return(self, v: V | None, dummy: bool = False) -> None:
        ret = self.spec.ret
        mt = mlir_type(ret) if ret not in (BOTTOM,) else None
        if dummy and mt is not None:
            v = V(self.zero(ret), ret)
        op = "async.return" if self.spec.is_async else "func.return"
        if mt is None or v is None or v.ty == NONE:
            self.f.terminate(op)
        else:
            self.f.terminate(f"{op} {self.use(v)} : {mt}")

    # ----- variables ---------------------------------------------------------------------------
    def var_addr(self, name: str, ty: str) -> str:
        if name not in self.locals:
            mt = mlir_type(ty)
            addr = f"%{mangle(name)}.addr"
            if self.slot_index is not None and name in self.slot_index:
                self.f.allocas.append(f"{addr} = llvm.getelementptr %slots[{self.slot_index[name]}] : "
                                      f"(!llvm.ptr) -> !llvm.ptr, i64 {self.f.loc()}")
                self.locals[name] = addr
            else:
                self.locals[name] = self.alloca(addr, mt)
        return self.locals[name]

    def alloca(self, addr: str, mt: str) -> str:
        """A stack slot in the entry block (user variables and the compiler's hidden counters)."""
        if not self.has_one:
            self.has_one = True
            self.f.allocas.append(f"%one = llvm.mlir.constant(1 : i64) : i64 {self.f.loc()}")
        self.f.allocas.append(f"{addr} = llvm.alloca %one x {mt} : (i64) -> !llvm.ptr {self.f.loc()}")
        return addr

    def resolve(self, name: str) -> Binding:
        """What `name` means here, by Python's rules: local (bound anywhere in this body, or a
        comprehension variable), else module-level, else builtin."""
        if name in self.comp_bindings or name in self.local_names:
            return Binding(LOCAL)
        found = self.prog.globals.get(name)
        if found is not None:
            return found
        return Binding(BUILTIN, name) if name in BUILTIN_NAMES else Binding(UNDEFINED)

    def store_var(self, node: ast.AST, name: str, v: V) -> None:
        if name in self.tasks:
            self.error(node, f"reassigning task variable '{name}' is not supported")
        if v.unknown:
            self.mark_unknown()
            return
        known = self.spec.var_types.get(name)
        if known is not None and known != v.ty:
            self.error(node, f"variable '{name}' changes type from {known} to {v.ty}: this is not supported")
        if known is None:
            self.spec.var_types[name] = v.ty
            self.prog.changed = True
        self.assigned.add(name)
        if v.ty == NONE:
            return
        addr = self.var_addr(name, v.ty)
        self.f.op(f"llvm.store {self.use(v)}, {addr} : {mlir_type(v.ty)}, !llvm.ptr")

    def load_var(self, node: ast.Name, name: str) -> V:
        if name in self.comp_bindings:
            return self.comp_bindings[name]
        ty = self.spec.var_types.get(name)
        if ty is None:
            return self.mark_unknown()
        if name not in self.assigned and self.f.cur is not None:
            self.error(node, f"variable '{name}' may be used before it is assigned (not supported)")
        if ty == NONE:
            return V(None, NONE, None, True)
        addr = self.var_addr(name, ty)
        return V(self.f.value(f"llvm.load {addr} : !llvm.ptr -> {mlir_type(ty)}", mangle(name) + "."), ty)

    @staticmethod
    def collect_locals(body: list[ast.stmt]) -> set[str]:
        """Names bound in `body` (Python: local to the whole function). A comprehension's variable
        is local to the comprehension, not to the function."""
        names: set[str] = set()
        comp_targets: set[int] = set()
        for stmt in body:
            for n in ast.walk(stmt):
                if isinstance(n, ast.comprehension):
                    comp_targets.update(id(t) for t in ast.walk(n.target))
                elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and id(n) not in comp_targets:
                    names.add(n.id)
        return names


def describe(node: ast.AST) -> str:
    names = {
        "ClassDef": "class definition", "Try": "try statement", "TryStar": "try statement",
        "With": "with statement", "AsyncWith": "async with statement", "Lambda": "lambda",
        "Dict": "dict literal", "List": "list literal", "Set": "set literal", "Tuple": "tuple",
        "ListComp": "list comprehension", "SetComp": "set comprehension", "DictComp": "dict comprehension",
        "GeneratorExp": "generator expression", "Yield": "yield", "YieldFrom": "yield from",
        "Global": "global statement", "Nonlocal": "nonlocal statement", "FunctionDef": "nested function",
        "AsyncFunctionDef": "nested async function", "Import": "import", "ImportFrom": "from-import",
        "NamedExpr": "assignment expression (:=)", "Raise": "raise statement", "Assert": "assert statement",
        "Delete": "del statement", "Attribute": "attribute access", "Starred": "starred expression",
        "AsyncFor": "async for", "Match": "match statement", "Slice": "slicing",
    }
    return names.get(type(node).__name__, f"{type(node).__name__} syntax")


def _compile_function(self: FunctionCompiler) -> None:
    """Recursion level, parameters into their slots, the body, the implicit `return None`, the
    exception exit."""
    self.depth_enter()
    split = segmentable(self)
    if split:
        prepare_slots(self)
    for i, (p, t) in enumerate(zip(self.params, self.spec.argtypes)):
        self.store_var(self.spec.node, p, V(f"%arg{i}" if mlir_type(t) else None, t, None, t == NONE))
    if split:
        compile_segmented(self)
    else:
        self.compile_body(self.body)
    if self.f.cur is None and self.spec.ret == BOTTOM and not self.incomplete and self.spec.node is not None:
        self.prog.join_return(self.spec, NONE, self.spec.node)  # it never returns: every path raises
    if self.f.cur is not None:
        if self.spec.node is not None:
            end = self.body[-1] if self.body else self.spec.node
            self.prog.join_return(self.spec, NONE, end)
        self.emit_return(None)
    self.emit_unwind()


FunctionCompiler.compile_function = _compile_function
