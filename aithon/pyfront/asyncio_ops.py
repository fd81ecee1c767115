"""asyncio: `await` of coroutines and tasks, `asyncio.sleep`, `asyncio.create_task`,
`asyncio.gather`, and `asyncio.run` at module level, built from upstream `async` ops (so
`aithon-async-to-actor` sees the same structure as before) and the `py` ops for sleep and run."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from mlir import ir

from . import ops
from .calls import bind_args, operands
from .function import Diverged, FunctionBuilder, Unsupported, V
from .types import BOOL, FLOAT, INT, NONE, OBJ, async_type, elem, ir_type, is_list, token_type


@dataclass
class Task:
    token: ir.Value
    value: ir.Value | None
    result: str


def _asyncio_attr(fb: FunctionBuilder, node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and fb.prog.resolve(fb.spec, f.value.id) == ("module", "asyncio"):
        return f.attr
    raise Unsupported(node, "calling this attribute")


def call(fb: FunctionBuilder, node: ast.Call, awaited: bool) -> V:
    attr = _asyncio_attr(fb, node)
    if attr == "run" and not awaited:
        return run(fb, node)
    if fb.spec.node is None or not fb.spec.is_async:
        raise Unsupported(node, f"asyncio.{attr}() outside an async function")
    if attr == "sleep" and awaited:
        return sleep(fb, node)
    if attr == "create_task" and awaited:  # `await asyncio.create_task(coro())`
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, "this create_task")
        fb.emit(ops.depth_need, "FFFFFFFF")
        return await_task(fb, make_task(fb, node.args[0]))
    if attr == "create_task" and not awaited and fb.discarded is not node:
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, "this create_task")
        return task_object(fb, node.args[0])
    if attr == "create_task" and not awaited and fb.discarded is node:
        if len(node.args) != 1 or node.keywords:
            raise Unsupported(node, "this create_task")
        fb.emit(ops.depth_need, "FFFFFFFF")  # create_task, loop.create_task, Task(): 8 levels in 3.11
        make_task(fb, node.args[0])
        return V(None, NONE, None, True)
    if attr == "gather" and awaited:
        if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):
            return gather_star(fb, node, node.args[0].value)
        vals = gather(fb, node)
        ty = fb.prog.expr_type(fb.spec, ast.Await(value=node))
        return V(fb.emit(ops.build, "list", [fb.coerce(v, OBJ) for v in vals], ty), ty)
    raise Unsupported(node, f"asyncio.{attr}() here")


def await_(fb: FunctionBuilder, node: ast.Await) -> V:
    e = node.value
    if isinstance(e, ast.Name) and e.id in fb.tasks:
        return await_task(fb, fb.tasks[e.id])
    if not isinstance(e, ast.Call):  # a Task value (from a list, a dict, a variable)
        return await_object(fb, fb.expr(e))
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute):
        return call(fb, e, awaited=True)
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name):
        kind, target = fb.prog.resolve(fb.spec, e.func.id)
        if kind == "function" and isinstance(target, ast.AsyncFunctionDef):
            v, ret = start(fb, e, target)
            return await_value(fb, v, ret)
    raise Unsupported(node, "this await")


def await_object(fb: FunctionBuilder, t: V) -> V:
    """`await t` of a Task value: its token (one loop iteration after it finishes, as asyncio),
    then its result word."""
    w = fb.obj(t)
    fb.emit(ops.await_, fb.emit(ops.task_token, w))
    fb.restore_level()
    return V(fb.emit(ops.builtin, "task_result", [w], OBJ), OBJ)


def task_object(fb: FunctionBuilder, c: ast.expr) -> V:
    """`asyncio.create_task(coro)` as a value: a Task whose result is kept as a word."""
    fb.emit(ops.depth_need, "FFFFFFFF")  # create_task, loop.create_task, Task(): 8 levels in 3.11
    t = make_task(fb, c, boxed=True)
    return V(fb.emit(ops.task_object, t.token, t.value), OBJ)


def ssa_task(prog, spec, name: str) -> bool:
    """Whether task variable `name` is only awaited (`await t`) or gathered (`gather(t, ...)`) in
    its function: then it is the task's SSA values; else it holds a Task value (`task_object`)."""
    fn = spec.node
    if fn is None:
        return False
    key = (id(fn), name)
    cache = prog.__dict__.setdefault("_ssa_tasks", {})
    if key not in cache:
        allowed = set()
        for n in ast.walk(fn):
            if isinstance(n, ast.Await) and isinstance(n.value, ast.Name):
                allowed.add(id(n.value))
            if prog.is_asyncio_call(n, "gather"):
                allowed |= {id(a) for a in n.args if isinstance(a, ast.Name)}
        cache[key] = all(id(n) in allowed for n in ast.walk(fn)
                         if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load))
    return cache[key]


def start(fb: FunctionBuilder, c: ast.Call, target) -> tuple:
    args = bind_args(fb, c, target)
    spec = fb.prog.spec_for(target, tuple(a.ty for a in args))
    ret = fb.prog.ret_of(spec)
    return fb.emit(ops.async_call, spec.symbol, operands(fb, args), async_type(ret)), ret


def await_value(fb: FunctionBuilder, v, ret: str) -> V:
    r = fb.emit(ops.await_, v, None if ret == NONE else ir_type(ret))
    fb.restore_level()
    if ret == NONE:
        return V(None, NONE, None, True)
    return V(r, ret)


def await_task(fb: FunctionBuilder, t: Task) -> V:
    # the token first: asyncio resumes a Task's awaiter one loop iteration after it finishes
    fb.emit(ops.await_, t.token)
    fb.restore_level()
    if t.result == NONE:
        return V(None, NONE, None, True)
    return V(fb.emit(ops.await_, t.value, ir_type(t.result)), t.result)


def make_task(fb: FunctionBuilder, c: ast.expr, store=None, boxed: bool = False) -> Task:
    """`async.execute` running one coroutine call as a Task (started in FIFO order); `boxed`: its
    value is the result's word (`!async.value<!py.obj>`, None included) for a Task value."""
    if not (isinstance(c, ast.Call) and isinstance(c.func, ast.Name)):
        raise Unsupported(c, "a task of something other than a coroutine call")
    kind, target = fb.prog.resolve(fb.spec, c.func.id)
    if kind != "function" or not isinstance(target, ast.AsyncFunctionDef):
        raise Unsupported(c, "a task of something other than a coroutine call")
    args = bind_args(fb, c, target)
    spec = fb.prog.spec_for(target, tuple(a.ty for a in args))
    ret = fb.prog.ret_of(spec)
    opnds = operands(fb, args)  # constants materialised before the region that uses them
    if boxed:
        results = [token_type(), async_type(OBJ)]
        ex = fb.emit(ops.execute, results)
        body = ex.regions[0].blocks.append()
        with ir.InsertionPoint(body), fb.loc():
            co = ops.async_call(spec.symbol, opnds, async_type(ret))
            aw = ops.await_(co, None if ret == NONE else ir_type(ret))
            word = ops.box(aw) if ret != NONE else ops.box(ops.constant(NONE, None))
            ops.yield_([word])
        return Task(ex.results[0], ex.results[1], OBJ)
    results = [token_type()] + ([] if ret == NONE else [async_type(ret)])
    ex = fb.emit(ops.execute, results)
    body = ex.regions[0].blocks.append()
    with ir.InsertionPoint(body), fb.loc():
        co = ops.async_call(spec.symbol, opnds, async_type(ret))
        aw = ops.await_(co, None if ret == NONE else ir_type(ret))
        if store is not None:  # gather(*...): the result goes straight into its slot of the list
            lst, k = store
            word = ops.box(aw) if ret != NONE else ops.box(ops.constant(NONE, None))
            ops.setitem(lst, k, word, fill=True)
        ops.yield_([] if ret == NONE else [aw])
    return Task(ex.results[0], None if ret == NONE else ex.results[1], ret)


def create_task_assign(fb: FunctionBuilder, node: ast.Assign) -> None:
    """`t = asyncio.create_task(coro)`: `t` names the task's SSA values while the statement list
    that assigned it runs (a reassignment there rebinds it); a use outside that list, or a second
    assignment from another list, is not supported (it would need the task in a variable)."""
    call_ = node.value
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name) or len(call_.args) != 1 \
            or call_.keywords:
        raise Unsupported(node, "this create_task")
    name = node.targets[0].id
    if not ssa_task(fb.prog, fb.spec, name):
        from .statements import store_name

        store_name(fb, node.targets[0], task_object(fb, call_.args[0]))
        return
    if fb.spec.var_types.get(name, "?") != "?" or (name in fb.tasks and name not in fb.task_scopes[-1]):
        raise Unsupported(node, "a task variable assigned in more than one place")
    # create_task, loop.create_task, Task(): 8 levels in 3.11; too deep, no task starts
    fb.emit(ops.depth_need, "FFFFFFFF")
    fb.tasks[name] = make_task(fb, call_.args[0])
    fb.task_scopes[-1].add(name)


def gather(fb: FunctionBuilder, node: ast.Call) -> list[V]:
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "this gather")
    # gather's own frames (gather, ensure_future, create_task, ...), measured on 3.11
    fb.emit(ops.depth_need, "FFFFFFFFF" if node.args else "FCCF")
    tasks = []
    try:
        for a in node.args:
            if isinstance(a, ast.Name) and a.id in fb.tasks:
                tasks.append(fb.tasks[a.id])
            elif isinstance(a, ast.Call):
                tasks.append(make_task(fb, a))
            else:  # a Task value
                w = fb.obj(fb.expr(a))
                tasks.append(Task(fb.emit(ops.task_token, w), w, "task"))
    except Diverged:
        raise Unsupported(node, "an argument of gather() that always raises")
    g = fb.emit(ops.group, len(tasks))
    for t in tasks:
        fb.emit(ops.add_to_group, t.token, g)
    fb.emit(ops.await_all, g)
    fb.restore_level()
    out = []
    for t in tasks:
        if t.result == "task":
            out.append(V(fb.emit(ops.builtin, "task_result", [t.value], OBJ), OBJ))
        elif t.result == NONE:
            out.append(V(None, NONE, None, True))
        else:
            out.append(V(fb.emit(ops.await_, t.value, ir_type(t.result)), t.result))
    return out


def counted_gather(prog, spec, comp) -> bool:
    """Whether `gather(*<comp>)` takes the counted form (gather_star): one generator over
    range(...) with a constant step or over a list, a plain name target, no condition. Inference
    asks the same question (its items are ints or the list's items then)."""
    if not (isinstance(comp, ast.ListComp) and len(comp.generators) == 1):
        return False
    gen = comp.generators[0]
    if gen.ifs or gen.is_async or not isinstance(gen.target, ast.Name):
        return False
    it = gen.iter
    from .infer import is_range_call

    if is_range_call(prog, spec, it):
        step = it.args[2] if len(it.args) == 3 else None
        const = prog.const_of(spec, step) if step is not None else 1
        return isinstance(const, int) and not isinstance(const, bool) and const != 0 \
            and all(prog.expr_type(spec, a) in (INT, BOOL) for a in it.args)
    return is_list(prog.expr_type(spec, it))


def gather_values(fb: FunctionBuilder, node: ast.Call, xs: ast.expr) -> V:
    """`asyncio.gather(*tasks)`: Task values from any iterable (a list of create_task results)."""
    from .data import ir_unit

    ty = fb.prog.expr_type(fb.spec, ast.Await(value=node))
    fb.emit(ops.depth_need, "FFFFFFFFF")
    lst = fb.emit(ops.builtin, "list", [fb.obj(fb.expr(xs))], OBJ, {"generic": ir_unit()})
    from .data import each

    g = fb.emit(ops.group, 0)
    each(fb, lst, lambda x, _: fb.emit(ops.add_to_group, fb.emit(ops.task_token, x), g))
    fb.emit(ops.await_all, g)
    fb.restore_level()
    out = fb.emit(ops.new_list, fb.materialise(V(None, INT, 0, True)))
    each(fb, lst, lambda x, _: fb.emit(ops.method, "append", fb.obj(V(out, ty)),
                                       [fb.emit(ops.builtin, "task_result", [x], OBJ)]))
    return V(out, ty)


def gather_any(fb: FunctionBuilder, node: ast.Call, comp: ast.expr) -> V:
    """`asyncio.gather(*<comprehension or generator expression>)` of coroutine calls, over any
    iterables with any targets and conditions: one Task per item, started in order; each task's
    slot is appended to the result list when it starts, and the task writes its result there."""
    if not isinstance(comp, (ast.ListComp, ast.GeneratorExp)):
        return gather_values(fb, node, comp)
    from .data import comp_loops

    ty = fb.prog.expr_type(fb.spec, ast.Await(value=node))
    fb.emit(ops.depth_need, "FFFFFFFFF")
    lst = fb.emit(ops.new_list, fb.materialise(V(None, INT, 0, True)))
    g = fb.emit(ops.group, 0)
    k = fb.slot_temp("k", INT)
    fb.emit(ops.store, fb.materialise(V(None, INT, 0, True)), k)

    def body():
        kv = fb.emit(ops.load, k, INT)
        fb.emit(ops.method, "append", fb.obj(V(lst, ty)), [fb.obj(V(None, NONE, None, True))])
        try:
            t = make_task(fb, comp.elt, (lst, kv))
        except Diverged:
            raise Unsupported(node, "an argument of gather() that always raises")
        fb.emit(ops.add_to_group, t.token, g)
        fb.emit(ops.store, fb.emit(ops.binop, "add", kv, fb.materialise(V(None, INT, 1, True)), INT), k)

    comp_loops(fb, comp.generators, body)
    fb.emit(ops.await_all, g)
    fb.restore_level()
    return V(lst, ty)


def gather_star(fb: FunctionBuilder, node: ast.Call, comp: ast.expr) -> V:
    """`asyncio.gather(*[f(x) for x in <range(a, b[, step]) | list>])`: one Task per element,
    started in order; each writes its result into its slot of the result list."""
    if not counted_gather(fb.prog, fb.spec, comp):
        return gather_any(fb, node, comp)
    gen = comp.generators[0]
    count, item = comp_source(fb, gen.iter)
    ty = fb.prog.expr_type(fb.spec, ast.Await(value=node))
    fb.emit(ops.depth_need, "FFFFFFFFF")  # gather's own frames, as for gather(a(), b())
    lst = fb.emit(ops.new_list, fb.materialise(count))
    # the group's size is a hint the runtime does not need (groups grow, runtime/src/async/abi.c)
    g = fb.emit(ops.group, 0)
    k = fb.slot_temp("k", INT)
    fb.emit(ops.store, fb.materialise(V(None, INT, 0, True)), k)
    hdr, body, done = fb.new_block(), fb.new_block(), fb.new_block()
    fb.br(hdr)
    fb.place(hdr)
    kv = fb.emit(ops.load, k, INT)
    fb.cond_br(fb.emit(ops.truth, fb.emit(ops.compare, "lt", kv, fb.materialise(count))), body, done)
    fb.place(body)
    kv = fb.emit(ops.load, k, INT)
    fb.comp_bindings[gen.target.id] = item(kv)
    try:
        t = make_task(fb, comp.elt, (lst, kv))
    except Diverged:
        raise Unsupported(node, "an argument of gather() that always raises")
    finally:
        fb.comp_bindings.pop(gen.target.id, None)
    fb.emit(ops.add_to_group, t.token, g)
    fb.emit(ops.store, fb.emit(ops.binop, "add", kv, fb.materialise(V(None, INT, 1, True)), INT), k)
    fb.br(hdr)
    fb.place(done)
    fb.emit(ops.await_all, g)
    fb.restore_level()
    return V(lst, ty)


def comp_source(fb: FunctionBuilder, it: ast.expr):
    """(element count, item-at-index k) of a comprehension's iterable: range(...) with a constant
    step, or a list."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
            and fb.prog.resolve(fb.spec, "range")[0] == "builtin" and not it.keywords and 1 <= len(it.args) <= 3:
        vals = [fb.expr(a) for a in it.args]
        if any(v.ty not in (INT, BOOL) for v in vals):
            raise Unsupported(it, "range() of non-int arguments")
        step = vals[2].const if len(vals) == 3 and vals[2].is_const else (1 if len(vals) < 3 else None)
        if not isinstance(step, int) or step == 0:
            raise Unsupported(it, "range() with a computed or zero step here")
        as_int = lambda v: v if v.ty == INT else V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, INT, 0, True)), INT), INT)  # noqa: E731
        start = as_int(vals[0]) if len(vals) > 1 else V(None, INT, 0, True)
        stop = as_int(vals[1] if len(vals) > 1 else vals[0])
        c = lambda n: fb.materialise(V(None, INT, n, True))  # noqa: E731
        # n = max(0, ceil((stop - start) / step)) = max(0, (stop - start + step - 1 * sign) // step)
        span = fb.emit(ops.binop, "sub", fb.materialise(stop), fb.materialise(start), INT)
        adj = fb.emit(ops.binop, "add", span, c(step - 1 if step > 0 else step + 1), INT)
        q = fb.emit(ops.binop, "floordiv", adj, c(step), INT)
        n = fb.slot_temp("n", INT)
        fb.emit(ops.store, q, n)
        neg, ok = fb.new_block(), fb.new_block()
        fb.cond_br(fb.emit(ops.truth, fb.emit(ops.compare, "lt", q, c(0))), neg, ok)
        fb.place(neg)
        fb.emit(ops.store, c(0), n)
        fb.br(ok)
        fb.place(ok)
        count = V(fb.emit(ops.load, n, INT), INT)
        base = fb.materialise(start)
        return count, lambda k: V(fb.emit(ops.binop, "add", base, fb.emit(ops.binop, "mul", k, c(step), INT), INT), INT)
    v = fb.expr(it)
    if not is_list(v.ty):
        raise Unsupported(it, "gather(*...) over something other than range() or a list")
    count = V(fb.emit(ops.builtin, "len", [fb.obj(v, list_ok=True)], INT), INT)
    lst = fb.materialise(v)
    return count, lambda k: V(fb.emit(ops.getitem, lst, k, elem(v.ty)), elem(v.ty))


def sleep(fb: FunctionBuilder, node: ast.Call) -> V:
    if len(node.args) != 1 or node.keywords:
        raise Unsupported(node, "this asyncio.sleep()")
    d = fb.expr(node.args[0])
    if d.ty == OBJ:  # a number of a type known at run time (TypeError for another value)
        d = V(fb.emit(ops.builtin, "float", [fb.obj(d)], FLOAT), FLOAT)
    if d.ty not in (INT, FLOAT, BOOL):
        raise Unsupported(node, "asyncio.sleep() of a non-number")
    if d.ty != FLOAT and d.is_const:
        d = V(None, FLOAT, float(d.const), True)
    elif d.ty != FLOAT:
        d = V(fb.emit(ops.binop, "add", fb.materialise(d), fb.materialise(V(None, FLOAT, 0.0, True)), FLOAT), FLOAT)
    tok = fb.emit(ops.sleep, fb.materialise(d))
    fb.emit(ops.await_, tok)
    fb.restore_level()
    return V(None, NONE, None, True)


def run(fb: FunctionBuilder, node: ast.Call) -> V:
    """`asyncio.run(main(...))` at module level: the loop runs at level 9 (asyncio's own frames),
    the module continues at level 1."""
    if fb.spec.node is not None or len(node.args) != 1 or node.keywords:
        raise Unsupported(node, "this asyncio.run()")
    c = node.args[0]
    if not (isinstance(c, ast.Call) and isinstance(c.func, ast.Name)):
        raise Unsupported(node, "asyncio.run() of something other than a coroutine call")
    kind, target = fb.prog.resolve(fb.spec, c.func.id)
    if kind != "function" or not isinstance(target, ast.AsyncFunctionDef):
        raise Unsupported(node, "asyncio.run() of something other than a coroutine call")
    fb.emit(ops.frame_restore, fb.emit(ops.i64, 9))
    v, ret = start(fb, c, target)
    r = fb.emit(ops.run, v, None if ret == NONE else ir_type(ret))
    fb.emit(ops.frame_restore, fb.emit(ops.i64, 1))
    if ret == NONE:
        return V(None, NONE, None, True)
    return V(r, ret)


HANDLERS = {ast.Await: await_}
