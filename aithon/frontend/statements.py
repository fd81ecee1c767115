"""Statements: assignment, control flow (CFG form), returns and expression statements."""

from __future__ import annotations

import ast

from .emitter import Block
from .pytypes import BOOL, BOTTOM, INT, LIST_ELEM_KIND, NONE, inner, is_list, is_task
from .names import BUILTIN
from .segments import segment_return
from .values import Diverged, V


class StatementsMixin:
    def compile_body(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if self.f.cur is None:
                return  # unreachable code after return/break/continue: CPython never runs it
            try:
                self.visit(stmt)
            except Diverged:
                return  # the statement raised unconditionally: the rest of the body never runs

    # ----- simple statements -----------------------------------------------------------------
    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return  # docstring
        if not isinstance(node.value, (ast.Call, ast.Await)):
            self.error(node, "an expression statement that is not a call or await is not supported")
        self.discarded = node.value  # only this outermost value is unused, not its operands
        try:
            self.visit(node.value)
        finally:
            self.discarded = None

    def visit_Pass(self, node: ast.Pass) -> None:
        return None

    def visit_Assign(self, node: ast.Assign) -> None:
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple):
            return self.unpack(node, node.targets[0], node.value)
        for t in node.targets:
            if not isinstance(t, ast.Name):
                self.error(t, f"assignment to {type(t).__name__.lower()} is not supported")
        if self.is_create_task(node.value):
            return self.assign_task(node)
        v = self.visit(node.value)
        if v.ty == "gather":
            v = self.gather_as_list(node.value, v)
        for t in node.targets:
            self.store_var(t, t.id, v)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is None:
            return
        if not isinstance(node.target, ast.Name):
            self.error(node.target, "annotated assignment to this target is not supported")
        self.store_var(node.target, node.target.id, self.visit(node.value))

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if not isinstance(node.target, ast.Name):
            self.error(node.target, "augmented assignment to this target is not supported")
        name = node.target.id
        cur = self.visit(ast.Name(id=name, ctx=ast.Load(), lineno=node.lineno, col_offset=node.col_offset))
        rhs = self.visit(node.value)
        self.store_var(node.target, name, self.binop(node, node.op, cur, rhs))

    def unpack(self, node: ast.Assign, target: ast.Tuple, value: ast.expr) -> None:
        names = target.elts
        if not all(isinstance(n, ast.Name) for n in names):
            self.error(target, "unpacking into this target is not supported")
        if isinstance(value, ast.Tuple):
            if len(value.elts) != len(names):
                self.error(node, f"cannot unpack {len(value.elts)} values into {len(names)} names")
            vals = [self.visit(e) for e in value.elts]  # all right-hand sides first, as Python does
        else:
            v = self.visit(value)
            if v.ty != "gather":
                if v.unknown:
                    self.mark_unknown()
                    return
                self.error(value, "unpacking is supported for tuples and asyncio.gather(...) results only")
            vals = v.const
            if len(vals) != len(names):
                self.error(node, f"cannot unpack {len(vals)} gather results into {len(names)} names")
        for n, v in zip(names, vals):
            self.store_var(n, n.id, v)

    def gather_as_list(self, node: ast.expr, g: V) -> V:
        results: list[V] = g.const
        types = {r.ty for r in results}
        if len(types) != 1 or NONE in types or BOTTOM in types:
            if BOTTOM in types:
                return self.mark_unknown()
            self.error(node, "a gather result used as a list must have one element type (unpack it instead)")
        ty = results[0].ty
        kind = self.f.value(f"arith.constant {LIST_ELEM_KIND.get(ty, 0)} : i32", "c")
        lst = self.rt("ai_list_new", [self.ctx, self.const_int(len(results)).ssa, kind])
        for i, r in enumerate(results):
            self.rt("ai_list_set", [lst, self.const_int(i).ssa, self.to_word(r)])
        return V(lst, f"list[{ty}]")

    def is_create_task(self, e: ast.expr) -> bool:
        return isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr == "create_task" \
            and self.is_asyncio(e.func.value)

    def assign_task(self, node: ast.Assign) -> None:
        if len(node.targets) != 1 or id(node) not in self.top_level:
            self.error(node, "a task must be assigned to one variable directly in the function body "
                             "(not inside a loop or branch)")
        name = node.targets[0].id
        if name in self.tasks:
            self.error(node, f"reassigning task variable '{name}' is not supported")
        v = self.visit(node.value)
        if v.const is not None:
            self.tasks[name] = v.const
        else:
            self.pending_tasks.add(name)  # callee's result type not inferred yet (earlier round)

    # ----- returns -------------------------------------------------------------------------------
    def visit_Return(self, node: ast.Return) -> None:
        if self.spec.node is None:
            self.error(node, "'return' outside function")
        v = self.visit(node.value) if node.value is not None else V(None, NONE, None, True)
        if v.ty == "gather":
            v = self.gather_as_list(node.value, v)
        if v.unknown:
            self.mark_unknown()
            self.f.terminate("llvm.unreachable")
            return
        if self.segment_of is not None:  # a segment of a long function (segments.py)
            self.prog.join_return(self.segment_of.spec, v.ty, node)
            segment_return(self, v)
            return
        self.prog.join_return(self.spec, v.ty, node)
        self.emit_return(v)

    # ----- control flow --------------------------------------------------------------------------
    def visit_If(self, node: ast.If) -> None:
        t = self.test(node.test)
        then, other = self.f.new_block(), self.f.new_block()
        merge = self.f.new_block()
        self.f.cond_br(t, then, other if node.orelse else merge)
        before = set(self.assigned)
        self.f.place(then)
        self.compile_body(node.body)
        after_then = set(self.assigned) if self.f.cur is not None else None
        self.f.br(merge)
        self.assigned = set(before)
        after_else = before
        if node.orelse:
            self.f.place(other)
            self.compile_body(node.orelse)
            after_else = set(self.assigned) if self.f.cur is not None else None
            self.f.br(merge)
        live = [s for s in (after_then, after_else) if s is not None]
        self.assigned = set.intersection(*live) if live else before
        self.f.place(merge)

    def visit_While(self, node: ast.While) -> None:
        if node.orelse:
            self.error(node, "while/else is not supported")
        hdr, body, exit_ = self.f.new_block(), self.f.new_block(), self.f.new_block()
        self.f.br(hdr)
        self.f.place(hdr)
        forever = isinstance(node.test, ast.Constant) and node.test.value is True
        if forever:
            self.f.br(body)
        else:
            self.f.cond_br(self.test(node.test), body, exit_)
        self.loop_body(node.body, body, hdr, exit_, forever)

    def loop_body(self, stmts: list[ast.stmt], body: Block, cont: Block, exit_: Block, forever: bool) -> None:
        before = set(self.assigned)
        breaks: list[set[str]] = []
        self.loops.append((cont, exit_, breaks))
        self.f.place(body)
        self.compile_body(stmts)
        self.f.br(cont)
        self.loops.pop()
        # after `while True` only a break leaves the loop; otherwise the body may not have run
        self.assigned = set.intersection(*breaks) if forever and breaks else before
        self.f.place(exit_)

    def visit_Break(self, node: ast.Break) -> None:
        if not self.loops:
            self.error(node, "'break' outside loop")
        self.loops[-1][2].append(set(self.assigned))
        self.f.br(self.loops[-1][1])

    def visit_Continue(self, node: ast.Continue) -> None:
        if not self.loops:
            self.error(node, "'continue' not properly in loop")
        self.f.br(self.loops[-1][0])

    def visit_For(self, node: ast.For) -> None:
        if node.orelse:
            self.error(node, "for/else is not supported")
        if not isinstance(node.target, ast.Name):
            self.error(node.target, "for-loop targets other than a single name are not supported")
        it = node.iter
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
                and self.resolve("range").kind == BUILTIN:
            a, b, step = self.range_args(it)
            if a is None:
                return
            n = self.range_len(a, b, step)
            item = lambda k: V(self.f.value(f"arith.addi {a}, {self.f.value(f'arith.muli {k}, {step} : i64', 'i')} : i64", "i"), INT)  # noqa: E731
        else:
            v = self.visit(it)
            if v.unknown:
                self.mark_unknown()
                return
            if not is_list(v.ty):
                self.error(it, f"iterating over {v.ty} is not supported")
            n = self.length(v)
            item = lambda k: self.from_word(self.rt("ai_list_get", [self.ctx, v.ssa, k]), inner(v.ty))  # noqa: E731
        self.counted_loop(node, n, item)

    def counted_loop(self, node: ast.For, n: str, item) -> None:
        """Iterate k = 0..n-1 (the iterable was evaluated once, as Python does); n is unsigned."""
        k_addr = self.hidden_slot()
        self.f.op(f"llvm.store {self.const_int(0).ssa}, {k_addr} : i64, !llvm.ptr")
        hdr, body, step_blk, exit_ = (self.f.new_block() for _ in range(4))
        self.f.br(hdr)
        self.f.place(hdr)
        k = self.f.value(f"llvm.load {k_addr} : !llvm.ptr -> i64", "k")
        self.f.cond_br(self.f.value(f"arith.cmpi ult, {k}, {n} : i64", "b"), body, exit_)
        self.f.place(body)
        self.store_var(node.target, node.target.id, item(k))
        before = set(self.assigned) - {node.target.id}
        self.loops.append((step_blk, exit_, []))
        self.compile_body(node.body)
        self.f.br(step_blk)
        self.loops.pop()
        if self.f.place(step_blk):
            k2 = self.f.value(f"llvm.load {k_addr} : !llvm.ptr -> i64", "k")
            self.f.op(f"llvm.store {self.f.value(f'arith.addi {k2}, {self.const_int(1).ssa} : i64', 'k')}, {k_addr} : i64, !llvm.ptr")
            self.f.br(hdr)
        self.assigned = before
        self.f.place(exit_)

    def hidden_slot(self) -> str:
        """The loop counter's slot: compiler-made, so not a Python variable (no entry in the
        variable tables, an SSA name without a `.`, which no user variable's name lacks)."""
        return self.alloca(self.f.fresh("for"), "i64")

    def range_args(self, call: ast.Call):
        if call.keywords or not 1 <= len(call.args) <= 3:
            self.error(call, "range() takes 1 to 3 positional arguments")
        vals = [self.visit(a) for a in call.args]
        if any(v.unknown for v in vals):
            self.mark_unknown()
            return None, None, None
        for v, a in zip(vals, call.args):
            if v.ty not in (INT, BOOL):
                self.error(a, f"range() argument of type {v.ty} is not supported")
        ints = [self.to_int(v) for v in vals]
        if len(ints) == 1:
            return self.const_int(0).ssa, ints[0], self.const_int(1).ssa
        step = ints[2] if len(ints) == 3 else self.const_int(1).ssa
        if len(ints) == 3:
            zero = self.f.value(f"arith.cmpi eq, {step}, {self.const_int(0).ssa} : i64", "z")
            self.raise_if(zero, 3, "range() arg 3 must not be zero")
        return ints[0], ints[1], step

    def range_len(self, a: str, b: str, step: str) -> str:
        """len(range(a, b, step)) for step != 0, as an UNSIGNED i64: the span b - a of a 64-bit
        range can need 64 bits (range(-2**63, 2**63 - 1, 2**62) has 4 items), so the span and the
        step's magnitude are taken in wrapping arithmetic, where they are exact as unsigned values,
        and divided unsigned: 1 + (span - 1) // |step| when the range is not empty, else 0."""
        f = self.f
        zero, one = self.const_int(0).ssa, self.const_int(1).ssa
        pos = f.value(f"arith.cmpi sgt, {step}, {zero} : i64", "t")
        up = f.value(f"arith.cmpi slt, {a}, {b} : i64", "t")
        down = f.value(f"arith.cmpi sgt, {a}, {b} : i64", "t")
        nonempty = f.value(f"arith.select {pos}, {up}, {down} : i1", "t")
        span = f.value(f"arith.select {pos}, {f.value(f'arith.subi {b}, {a} : i64', 't')}, "
                       f"{f.value(f'arith.subi {a}, {b} : i64', 't')} : i64", "t")
        mag = f.value(f"arith.select {pos}, {step}, {f.value(f'arith.subi {zero}, {step} : i64', 't')} : i64", "t")
        # |step| >= 1 here: a zero step raised before; in an empty range the quotient is unused
        safe_span = f.value(f"arith.select {nonempty}, {span}, {one} : i64", "t")
        q = f.value(f"arith.divui {f.value(f'arith.subi {safe_span}, {one} : i64', 't')}, {mag} : i64", "t")
        n = f.value(f"arith.addi {q}, {one} : i64", "t")
        return f.value(f"arith.select {nonempty}, {n}, {zero} : i64", "len")


__all__ = ["StatementsMixin", "is_task"]
