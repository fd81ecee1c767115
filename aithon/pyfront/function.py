"""The per-function builder every construct family works through: blocks in layout order, the
current insertion point and location, local variables, loops, and the recursion level.

Construct families (expressions, statements, calls, strings, asyncio_ops) are plain functions
`(fb, node) -> V`; they evaluate each other's nodes only through `fb.expr(node)` and
`fb.stmts(body)`, which dispatch on the node type through the tables the module driver hands in
(module.py). A few helpers are shared down one direction (statements and calls use expressions'
`arith`/`truth`/`link`, asyncio_ops uses calls' argument binding); no import circle, and no
family imports the driver.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, Callable

from mlir import ir

from . import ops
from .types import BOTTOM, NONE, OBJ, var_type


def describe(node: ast.AST) -> str:
    """What a construct is called in a refusal ("dict literal", "try statement", ...)."""
    from ..frontend.compiler import describe as legacy_describe

    return legacy_describe(node)


class Unsupported(Exception):
    """Python the py front end does not handle yet: the driver falls back to the legacy front end,
    which compiles it or refuses it with its own located error."""

    def __init__(self, node: ast.AST | None, message: str, plain: bool = False):
        super().__init__(message)
        self.node, self.message, self.plain = node, message, plain


class Diverged(Exception):
    """An expression raised unconditionally (`py.raise` + `llvm.unreachable`): the rest of the
    statement list never runs."""


@dataclass
class V:
    """A value during emission: the IR value (None for a value with no representation needed
    yet), its static type, and its constant when known."""

    value: Any
    ty: str
    const: Any = None
    is_const: bool = False


class Blk:
    """A block created on first use (a branch to it) and laid out when code starts flowing into it,
    so blocks appear in a topological order of forward edges (aithon-insert-safepoints treats a
    branch to an earlier block as a loop back-edge)."""

    def __init__(self, fb: "FunctionBuilder"):
        self.fb, self.block, self.preds = fb, None, 0

    def get(self) -> ir.Block:
        if self.block is None:
            self.block = self.fb.region.blocks[0].create_after()
            self.fb.unplaced.add(self)
        return self.block


class FunctionBuilder:
    def __init__(self, prog, spec, func_op: ir.Operation, entry: ir.Block, params: list[str],
                 expr_table: dict, stmt_table: dict):
        self.prog, self.spec = prog, spec
        self.func, self.region, self.entry = func_op, func_op.regions[0], entry
        self.ctx = entry.arguments[0]
        self.params = params
        self.cur: ir.Block | None = entry
        self.expr_table, self.stmt_table = expr_table, stmt_table
        self.var_types: dict[str, str] = spec.var_types
        self.slots: dict[str, ir.Value] = {}
        self.last_local = None  # the last py.local made (the next goes after it)
        self.loops: list[tuple[Blk, Blk]] = []
        self.level = None
        self.line, self.col = getattr(spec.node, "lineno", 1), getattr(spec.node, "col_offset", 0) + 1
        self.tasks: dict[str, Any] = {}
        self.discarded: ast.expr | None = None
        self.ntemps = 0
        self.segment = False  # a segment coroutine of a long function (segments.py)
        self.return_cell = None
        self.task_scopes: list[set[str]] = []  # task variables assigned in each open statement list
        self.comp_bindings: dict[str, V] = {}  # comprehension variables in scope
        self.unplaced: set[Blk] = set()  # blocks branched to but not laid out yet
        self.assigned: set[str] = set()  # definitely assigned at the current point
        self.break_sets: list = []  # per open while loop: (its loop depth, what each break saw assigned)

    # ----- location and insertion ----------------------------------------------------------------
    def loc(self) -> ir.Location:
        return ir.Location.file(self.prog.filename, self.line, self.col)

    def at(self):
        """Context manager: insert at the end of the current block with the current location."""
        return _At(self)

    def emit(self, fn: Callable, *args, **kw):
        """Call an `ops` builder at the current point (None when the code is unreachable)."""
        if self.cur is None:
            return None
        with self.at():
            return fn(*args, **kw)

    # ----- dispatch ------------------------------------------------------------------------------
    def expr(self, node: ast.expr) -> V:
        return self._dispatch(self.expr_table, node)

    def stmt(self, node: ast.stmt) -> None:
        self._dispatch(self.stmt_table, node)

    def _dispatch(self, table: dict, node: ast.AST):
        """The node's handler, with the node's location for the ops it builds; an Unsupported raised
        below any node is about this one."""
        handler = table.get(type(node))
        if handler is None:
            raise Unsupported(node, describe(node))
        saved = (self.line, self.col)
        self.line, self.col = node.lineno, node.col_offset + 1
        try:
            return handler(self, node)
        except Unsupported as exc:
            if exc.node is None:
                exc.node = node
            raise
        finally:
            self.line, self.col = saved

    def stmts(self, body: list[ast.stmt]) -> None:
        """A statement list. Task variables it assigns (create_task) are SSA values of this list:
        they are known until it ends, where every later statement of it is dominated by them."""
        self.task_scopes.append(set())
        try:
            for node in body:
                if self.cur is None:
                    return  # after return/break/continue/raise: CPython never runs it
                try:
                    self.stmt(node)
                except Diverged:
                    self.cur = None
                    return
        finally:
            for name in self.task_scopes.pop():
                del self.tasks[name]

    # ----- blocks --------------------------------------------------------------------------------
    def new_block(self) -> Blk:
        return Blk(self)

    def place(self, b: Blk) -> bool:
        """Continue in `b`, laid out now; False (and no current block) when nothing branches to it."""
        if b.preds == 0:
            self.cur = None
            return False
        b.get().append_to(self.region)
        self.unplaced.discard(b)
        self.cur = b.block
        return True

    def br(self, target: Blk) -> None:
        if self.cur is None:
            return
        target.preds += 1
        self.emit(ops.br, target.get())
        self.cur = None

    def cond_br(self, cond, then: Blk, other: Blk) -> None:
        if self.cur is None:
            return
        then.preds += 1
        other.preds += 1
        self.emit(ops.cond_br, cond, then.get(), other.get())
        self.cur = None

    def raise_now(self, kind: str, message: str):
        self.emit(ops.raise_, kind, message)
        self.cur = None
        raise Diverged()

    # ----- variables -----------------------------------------------------------------------------
    def var_ty(self, name: str) -> str:
        t = self.var_types.get(name, BOTTOM)
        return NONE if t == BOTTOM else t

    def slot(self, name: str) -> ir.Value:
        """The variable's `py.local`, made at the top of the entry block on first use."""
        s = self.slots.get(name)
        if s is None:
            if self.last_local is not None:  # the variables in order of first use
                ip = ir.InsertionPoint.after(self.last_local)
            elif len(self.entry.operations):
                ip = ir.InsertionPoint(self.entry.operations[0])
            else:
                ip = ir.InsertionPoint(self.entry)
            with ip, ir.Location.file(self.prog.filename, self.line, self.col):
                s = self.slots[name] = ops.local(name, var_type(self.var_ty(name)))
            self.last_local = s.owner
        return s

    def slot_temp(self, hint: str, ty: str) -> ir.Value:
        """A compiler-made variable (`$` is in no Python identifier, so no user name collides)."""
        self.ntemps += 1
        name = f"{hint}${self.ntemps}"
        self.var_types[name] = ty
        return self.slot(name)

    def store(self, name: str, v: V) -> None:
        if self.cur is None:
            return
        slot = self.slot(name)
        self.emit(ops.store, self.coerce(v, self.var_ty(name)), slot)
        self.assigned.add(name)

    def load(self, name: str) -> V:
        ty = self.var_ty(name)
        return V(self.emit(ops.load, self.slot(name), ty), ty)

    def coerce(self, v: V, ty: str, list_ok: bool = False):
        """The IR value of `v` as type `ty` (its own type, or boxed into obj). A list becomes an
        obj only where the consumer handles lists (print, len): the run time's generic operators
        do not know lists yet (the data-types issue), and must not raise a wrong TypeError."""
        if v.ty == ty:
            return self.materialise(v)
        if ty == OBJ:
            return self.emit(ops.box, self.materialise(v))
        raise Unsupported(None, f"internal: a {v.ty} value where inference said {ty}")

    def materialise(self, v: V):
        if v.value is None:
            v.value = self.emit(ops.constant, v.ty, v.const)
        return v.value

    def obj(self, v: V, list_ok: bool = False):
        """`v` as a `!py.obj` operand (variadic operands)."""
        return self.coerce(v, OBJ, list_ok)

    def restore_level(self) -> None:
        """After a call of a user function or an await, other frames ran: put this frame's level back."""
        if self.level is not None and self.cur is not None:
            self.emit(ops.frame_restore, self.level)


class _At:
    def __init__(self, fb: FunctionBuilder):
        self.ip = ir.InsertionPoint(fb.cur)
        self.loc = fb.loc()

    def __enter__(self):
        self.ip.__enter__()
        self.loc.__enter__()

    def __exit__(self, *exc):
        self.loc.__exit__(*exc)
        self.ip.__exit__(*exc)
