"""async/await: awaiting coroutines, tasks (create_task, gather) and asyncio.sleep / asyncio.run.

python-ir keeps CPython's meaning visible: an awaited coroutine is `async.call` + `async.await`
(it runs inline in CPython); a Task is an `async.execute` marked `py.task` (started later, FIFO).
"""

from __future__ import annotations

import ast

from ..runtime_abi import RUNTIME
from .pytypes import BOTTOM, FLOAT, INT, LIST_ELEM_KIND, NONE, async_result_type, inner, is_task, list_of, mlir_type, task_of
from .names import BUILTIN, CONST, LOCAL, MODULE, Binding
from .values import Diverged, V, Task


class AsyncMixin:
    def is_asyncio(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and self.resolve(node.id) == Binding(MODULE, "asyncio")

    def require_async(self, node: ast.AST, what: str) -> None:
        if not self.spec.is_async:
            self.error(node, f"{what} outside an async function is not supported")

    def visit_Await(self, node: ast.Await) -> V:
        self.require_async(node, "'await'")
        e = node.value
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Name):
            target = self.user_function(e.func.id)
            if target is not None:
                if not isinstance(target, ast.AsyncFunctionDef):
                    self.error(node, f"awaiting the result of sync function '{e.func.id}' is not supported")
                return self.await_coroutine(e, target)
            if self.resolve(e.func.id).kind in (LOCAL, CONST):
                return self.visit(e)  # calling a non-callable raises TypeError before any await
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and self.is_asyncio(e.func.value):
            return self.asyncio_call(e, e.func.attr, awaited=True)
        if isinstance(e, ast.Name) and e.id in self.tasks:
            return self.await_task(self.tasks[e.id])
        if isinstance(e, ast.Name) and e.id in self.pending_tasks:
            return self.mark_unknown()
        if isinstance(e, ast.Call):
            self.check_defined(e.func)
        self.error(node, "this await expression is not supported (await a coroutine call, a task, "
                         "asyncio.gather(...) or asyncio.sleep(...))")

    def start_coroutine(self, call: ast.Call, target: ast.AsyncFunctionDef) -> tuple[str, str, str] | None:
        """Emit `async.call` of an async function; returns (value ssa, async type, result type)."""
        args = self.bind_args(call, target)
        if any(a.unknown for a in args):
            self.mark_unknown()
            return None
        spec = self.prog.spec_for(target, tuple(a.ty for a in args), call)
        if spec.ret == BOTTOM:
            self.mark_unknown()
            return None
        ssa, types = self.call_operands(args)
        at = async_result_type(spec.ret)
        v = self.f.value(f"async.call @{spec.symbol}({', '.join(ssa)}) : ({', '.join(types)}) -> {at}", "co")
        return v, at, spec.ret

    def await_coroutine(self, call: ast.Call, target: ast.AsyncFunctionDef) -> V:
        started = self.start_coroutine(call, target)
        if started is None:
            return self.mark_unknown()
        v, at, ret = started
        return self.await_async(v, at, ret)

    def await_async(self, v: str, at: str, ret: str) -> V:
        if ret == NONE:
            self.f.op(f"async.await {v} : {at}")
            self.depth_restore()
            return V(None, NONE, None, True)
        r = self.f.value(f"async.await {v} : {at}", "aw")
        self.depth_restore()
        return V(r, ret)

    def await_task(self, t: Task) -> V:
        # the token first: asyncio resumes a Task's awaiter one loop iteration after it finishes
        self.f.op(f"async.await {t.token} : !async.token")
        self.depth_restore()
        if t.result == NONE:
            return V(None, NONE, None, True)
        return V(self.f.value(f"async.await {t.value} : !async.value<{mlir_type(t.result)}>", "aw"), t.result)

    def make_task(self, call: ast.expr, store: tuple[str, str] | None = None) -> Task | None:
        """`async.execute` running one coroutine call as a Task (lazily started, FIFO)."""
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and isinstance(self.user_function(call.func.id), ast.AsyncFunctionDef)):
            self.error(call, "only a call of an async function can become a task here")
        target = self.user_function(call.func.id)
        args = self.bind_args(call, target)
        if any(a.unknown for a in args):
            self.mark_unknown()
            return None
        spec = self.prog.spec_for(target, tuple(a.ty for a in args), call)
        if spec.ret == BOTTOM:
            self.mark_unknown()
            return None
        ssa, types = self.call_operands(args)
        at = async_result_type(spec.ret)
        mt = mlir_type(spec.ret)
        tok = self.f.fresh("task")
        keep = mt is not None and store is None
        val = self.f.fresh("tv") if keep else None
        head = f"{tok}, {val} = async.execute -> !async.value<{mt}>" if keep else f"{tok} = async.execute"
        loc = self.f.loc()
        body = [f"{head} attributes {{py.task}} {{",
                f"  %c = async.call @{spec.symbol}({', '.join(ssa)}) : ({', '.join(types)}) -> {at} {loc}"]
        if mt is None:
            body.append(f"  async.await %c : {at} {loc}")
        else:
            body.append(f"  %r = async.await %c : {at} {loc}")
        if store is not None and mt is not None:
            body.extend(self.store_word_lines(store, spec.ret, loc))
        body.append(f"  async.yield %r : {mt} {loc}" if keep else f"  async.yield {loc}")
        body.append(f"}} {loc}")
        if self.f.cur is not None:
            self.f.cur.lines.extend(body)
        return Task(tok, val, spec.ret)

    def store_word_lines(self, store: tuple[str, str], ty: str, loc: str) -> list[str]:
        lst, idx = store
        conv = {INT: None, FLOAT: "arith.bitcast %r : f64 to i64", "bool": "arith.extui %r : i1 to i64",
                "str": "llvm.ptrtoint %r : !llvm.ptr to i64"}[ty]
        lines = [] if conv is None else [f"  %w = {conv} {loc}"]
        word = "%r" if conv is None else "%w"
        # written inside the task's region, where rt() cannot branch: only a call that cannot raise
        fn = RUNTIME["ai_list_set"]
        assert not fn.raises and fn.result is None
        self.prog.text.declare("ai_list_set", list(fn.args), [], loc)
        lines.append(f"  func.call @ai_list_set({lst}, {idx}, {word}) : ({', '.join(fn.args)}) -> () {loc}")
        return lines

    def asyncio_call(self, node: ast.Call, attr: str, awaited: bool) -> V:
        try:
            return self.asyncio_call_inner(node, attr, awaited)
        except Diverged:
            # tasks created before the failing argument would already be scheduled here, while
            # CPython never starts them: refuse rather than differ
            self.error(node, f"an argument of asyncio.{attr}() that always raises is not supported")

    def asyncio_call_inner(self, node: ast.Call, attr: str, awaited: bool) -> V:
        if attr == "run":
            return self.asyncio_run(node)
        self.require_async(node, f"asyncio.{attr}()")
        if attr == "create_task":
            if awaited or len(node.args) != 1 or node.keywords:
                self.error(node, "asyncio.create_task(coro) with one coroutine argument is supported only")
            # create_task, loop.create_task, Task(): 8 levels in 3.11; too deep, no task starts
            self.depth_need("FFFFFFFF")
            t = self.make_task(node.args[0])
            return V(None, task_of(t.result) if t else BOTTOM, t)
        if attr == "gather" and awaited:
            return self.gather(node)
        if attr == "sleep" and awaited:
            return self.sleep(node)
        self.error(node, f"asyncio.{attr}() {'here ' if attr in ('gather', 'sleep') else ''}is not supported")

    def sleep(self, node: ast.Call) -> V:
        if len(node.args) != 1 or node.keywords:
            self.error(node, "asyncio.sleep(seconds) with one argument is supported only")
        d = self.visit(node.args[0])
        if d.unknown:
            return self.mark_unknown()
        if d.ty not in (INT, FLOAT, "bool"):
            self.error(node, f"asyncio.sleep() of {d.ty} is not supported")
        t = self.rt("ai_sleep", [self.ctx, self.to_float(d)])  # RecursionError: sleep's own frames
        self.f.op(f"async.await {t} : !async.token")
        self.depth_restore()
        return V(None, NONE, None, True)

    def gather(self, node: ast.Call) -> V:
        if node.keywords:
            self.error(node, "keyword arguments to asyncio.gather() are not supported")
        if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):
            return self.gather_star(node, node.args[0].value)
        tasks: list[Task] = []
        # gather's own frames (gather, ensure_future, create_task, ...), measured on 3.11; too
        # deep: RecursionError before any of its tasks starts
        self.depth_need("FFFFFFFFF" if node.args else "FCCF")
        for a in node.args:
            if isinstance(a, ast.Starred):
                self.error(a, "asyncio.gather(*...) mixed with other arguments is not supported")
            if isinstance(a, ast.Name) and a.id in self.tasks:
                tasks.append(self.tasks[a.id])
                continue
            if isinstance(a, ast.Name) and a.id in self.pending_tasks:
                return self.mark_unknown()
            t = self.make_task(a)
            if t is None:
                return self.mark_unknown()
            tasks.append(t)
        self.await_group([t.token for t in tasks], self.const_index(len(tasks)))
        results = [self.await_value(t) for t in tasks]
        return V(None, "gather", results)

    def await_value(self, t: Task) -> V:
        if t.result == NONE:
            return V(None, NONE, None, True)
        return V(self.f.value(f"async.await {t.value} : !async.value<{mlir_type(t.result)}>", "aw"), t.result)

    def const_index(self, n: int) -> str:
        return self.f.value(f"arith.constant {n} : index", "n")

    def await_group(self, tokens: list[str], size: str) -> None:
        g = self.f.value(f"async.create_group {size} : !async.group", "grp")
        for t in tokens:
            self.f.value(f"async.add_to_group {t}, {g} : !async.token", "gi")
        self.f.op(f"async.await_all {g}")
        self.depth_restore()

    def asyncio_run(self, node: ast.Call) -> V:
        if self.spec.node is not None:
            self.error(node, "asyncio.run() inside a function is not supported (call it at module level)")
        if len(node.args) != 1 or node.keywords:
            self.error(node, "asyncio.run(coro) with one coroutine argument is supported only")
        call = node.args[0]
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and isinstance(self.user_function(call.func.id), ast.AsyncFunctionDef)):
            self.error(call, "asyncio.run() of something other than an async function call is not supported")
        target = self.user_function(call.func.id)
        args = self.bind_args(call, target)
        if any(a.unknown for a in args):
            return self.mark_unknown()
        spec = self.prog.spec_for(target, tuple(a.ty for a in args), call)
        if spec.ret == BOTTOM:
            return self.mark_unknown()
        ssa, types = self.call_operands(args)
        at = async_result_type(spec.ret)
        callee = spec.symbol
        if spec.ret != NONE:
            # the runtime drives a token: a small adapter stores main's value in the context
            callee = self.prog.run_adapter(spec, types)
        sig = f"({', '.join(types)}) -> !async.token"
        # main is a task's coroutine: it starts under asyncio's loop frames (AI_DEPTH_LOOP)
        self.rt("ai_depth_set", [self.f.value("arith.constant 9 : i64", "lvl")])
        v = self.f.value(f"async.call @{callee}({', '.join(ssa)}) : {sig}", "main")
        self.rt("ai_asyncio_run_token", [self.ctx, v])
        self.depth_restore()
        if spec.ret == NONE:
            return V(None, NONE, None, True)
        w = self.rt("ai_asyncio_run_result", [self.ctx])
        return self.from_word(w, spec.ret)


__all__ = ["AsyncMixin", "list_of", "is_task", "inner"]


class GatherStarMixin:
    """`asyncio.gather(*[f(x) for x in <range(...) | list>])`: one Task per element, results in a list."""

    def gather_star(self, node: ast.Call, comp: ast.expr) -> V:
        if not (isinstance(comp, ast.ListComp) and len(comp.generators) == 1):
            self.error(comp, "asyncio.gather(*...) is supported only with a list comprehension")
        gen = comp.generators[0]
        if gen.ifs or gen.is_async or not isinstance(gen.target, ast.Name):
            self.error(gen, "this comprehension form in asyncio.gather(*...) is not supported")
        start, step, n, elem_of = self.comp_source(gen.iter)
        if n is None:
            return self.mark_unknown()
        d = self.discarded
        want = not (d is node or (isinstance(d, ast.Await) and d.value is node))
        self.depth_need("FFFFFFFFF")  # gather's own frames, as for gather(a(), b())
        lst, kind_at = None, None
        if want and self.f.cur is not None:
            # the list must dominate the loop: create it before the group; its element kind (which
            # lets the runtime deep-copy a list of str across actors) is known after the first task
            kind_at = (self.f.cur, len(self.f.cur.lines))
            kind = self.f.value("arith.constant 0 : i32", "kind")
            lst = self.rt("ai_list_new", [self.ctx, n, kind])
        size = self.f.value(f"arith.index_cast {n} : i64 to index", "n")
        grp = self.f.value(f"async.create_group {size} : !async.group", "grp")
        hdr = self.f.new_block([(self.f.fresh("k"), "i64")])
        body, done = self.f.new_block(), self.f.new_block()
        self.f.br(hdr, [self.const_int(0).ssa])
        self.f.place(hdr)
        k = hdr.args[0][0]
        more = self.f.value(f"arith.cmpi ult, {k}, {n} : i64", "b")  # n is unsigned (range_len)
        self.f.cond_br(more, body, done)
        self.f.place(body)
        self.comp_bindings[gen.target.id] = elem_of(k)
        try:
            t = self.make_task(comp.elt, (lst, k) if want else None)
        finally:
            del self.comp_bindings[gen.target.id]
        if t is None:
            return self.mark_unknown()
        self.f.value(f"async.add_to_group {t.token}, {grp} : !async.token", "gi")
        k1 = self.f.value(f"arith.addi {k}, {self.const_int(1).ssa} : i64", "k")
        self.f.br(hdr, [k1])
        self.f.place(done)
        self.f.op(f"async.await_all {grp}")
        self.depth_restore()
        if not want:
            return V(None, NONE, None, True)
        if t.result == NONE:
            self.error(node, "using the result of asyncio.gather() over None-returning coroutines is not supported")
        if kind_at is not None:
            blk, pos = kind_at
            blk.lines[pos] = blk.lines[pos].replace("arith.constant 0 : i32", f"arith.constant "
                                                    f"{LIST_ELEM_KIND.get(t.result, 0)} : i32", 1)
        return V(lst, list_of(t.result))

    def comp_source(self, it: ast.expr):
        """(first item, step, element count, item-at-index emitter) of the comprehension's iterable."""
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
                and self.resolve("range").kind == BUILTIN:
            a, b, step = self.range_args(it)
            if a is None:
                return None, None, None, None
            n = self.range_len(a, b, step)
            return a, step, n, lambda k: V(self.f.value(
                f"arith.addi {a}, {self.f.value(f'arith.muli {k}, {step} : i64', 'i')} : i64", "i"), INT)
        v = self.visit(it)
        if v.unknown:
            return None, None, None, None
        if not v.ty.startswith("list["):
            self.error(it, f"iterating over {v.ty} is not supported")
        n = self.length(v)
        return None, None, n, lambda k: self.from_word(
            self.rt("ai_list_get", [self.ctx, v.ssa, k]), inner(v.ty))
