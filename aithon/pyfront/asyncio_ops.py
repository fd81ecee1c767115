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
from .types import FLOAT, INT, BOOL, NONE, ir_type


@dataclass
class Task:
    token: ir.Value
    value: ir.Value | None
    result: str


def async_type(ret: str):
    return ir.Type.parse("!async.token") if ret == NONE else ir.Type.parse(f"!async.value<{ir_type(ret)}>")


def _asyncio_attr(fb: FunctionBuilder, node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and fb.prog.resolve(fb.spec, f.value.id)[0] == "module":
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
    if attr == "gather" and awaited:
        gather(fb, node)
        return V(None, NONE, None, True) if fb.discarded is not None else _no_list(node)
    raise Unsupported(node, f"asyncio.{attr}() here")


def _no_list(node):
    raise Unsupported(node, "a gather result used as a list")


def await_(fb: FunctionBuilder, node: ast.Await) -> V:
    e = node.value
    if isinstance(e, ast.Name) and e.id in fb.tasks:
        return await_task(fb, fb.tasks[e.id])
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute):
        return call(fb, e, awaited=True)
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name):
        kind, target = fb.prog.resolve(fb.spec, e.func.id)
        if kind == "function" and isinstance(target, ast.AsyncFunctionDef):
            v, ret = start(fb, e, target)
            return await_value(fb, v, ret)
    raise Unsupported(node, "this await")


def start(fb: FunctionBuilder, c: ast.Call, target) -> tuple:
    args = bind_args(fb, c, target)
    spec = fb.prog.spec_for(target, tuple(a.ty for a in args))
    ret = fb.prog.ret_of(spec)
    op = fb.emit(ops.create, "async.call", operands(fb, args), [async_type(ret)],
                 {"callee": ir.FlatSymbolRefAttr.get(spec.symbol)})
    return (op.result if op is not None else None), ret


def await_value(fb: FunctionBuilder, v, ret: str) -> V:
    op = fb.emit(ops.create, "async.await", [v], [] if ret == NONE else [ir_type(ret)])
    fb.restore_level()
    if ret == NONE:
        return V(None, NONE, None, True)
    return V(op.result if op is not None else None, ret)


def await_task(fb: FunctionBuilder, t: Task) -> V:
    # the token first: asyncio resumes a Task's awaiter one loop iteration after it finishes
    fb.emit(ops.create, "async.await", [t.token], [])
    fb.restore_level()
    if t.result == NONE:
        return V(None, NONE, None, True)
    return V(fb.emit(ops.create, "async.await", [t.value], [ir_type(t.result)]).result, t.result)


def make_task(fb: FunctionBuilder, c: ast.expr) -> Task:
    """`async.execute` running one coroutine call as a Task (started in FIFO order)."""
    if not (isinstance(c, ast.Call) and isinstance(c.func, ast.Name)):
        raise Unsupported(c, "a task of something other than a coroutine call")
    kind, target = fb.prog.resolve(fb.spec, c.func.id)
    if kind != "function" or not isinstance(target, ast.AsyncFunctionDef):
        raise Unsupported(c, "a task of something other than a coroutine call")
    args = bind_args(fb, c, target)
    spec = fb.prog.spec_for(target, tuple(a.ty for a in args))
    ret = fb.prog.ret_of(spec)
    opnds = operands(fb, args)  # constants materialised before the region that uses them
    results = [ir.Type.parse("!async.token")] + ([] if ret == NONE else [async_type(ret)])
    attrs = {"operandSegmentSizes": ir.DenseI32ArrayAttr.get([0, 0]), "py.task": ir.UnitAttr.get()}
    ex = fb.emit(ops.create, "async.execute", [], results, attrs, regions=1)
    body = ex.regions[0].blocks.append()
    with ir.InsertionPoint(body), fb.loc():
        co = ops.create("async.call", opnds, [async_type(ret)],
                        {"callee": ir.FlatSymbolRefAttr.get(spec.symbol)})
        aw = ops.create("async.await", [co.result], [] if ret == NONE else [ir_type(ret)])
        ops.create("async.yield", [] if ret == NONE else [aw.result])
    return Task(ex.results[0], None if ret == NONE else ex.results[1], ret)


def create_task_assign(fb: FunctionBuilder, node: ast.Assign) -> None:
    call_ = node.value
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name) or len(call_.args) != 1 \
            or call_.keywords or not fb.prog.is_top_level(fb, node):
        raise Unsupported(node, "this create_task")
    name = node.targets[0].id
    if name in fb.tasks or fb.spec.var_types.get(name, "?") != "?":
        raise Unsupported(node, "reassigning a task variable")
    # create_task, loop.create_task, Task(): 8 levels in 3.11; too deep, no task starts
    fb.emit(ops.depth_need, "FFFFFFFF")
    fb.tasks[name] = make_task(fb, call_.args[0])


def gather(fb: FunctionBuilder, node: ast.Call) -> list[V]:
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "this gather")
    # gather's own frames (gather, ensure_future, create_task, ...), measured on 3.11
    fb.emit(ops.depth_need, "FFFFFFFFF" if node.args else "FCCF")
    tasks = []
    try:
        for a in node.args:
            tasks.append(fb.tasks[a.id] if isinstance(a, ast.Name) and a.id in fb.tasks else make_task(fb, a))
    except Diverged:
        raise Unsupported(node, "an argument of gather() that always raises")
    index = ir.IndexType.get()
    n = fb.emit(ops.create, "arith.constant", [], [index], {"value": ir.IntegerAttr.get(index, len(tasks))})
    g = fb.emit(ops.create, "async.create_group", [n.result], [ir.Type.parse("!async.group")])
    for t in tasks:
        fb.emit(ops.create, "async.add_to_group", [t.token, g.result], [index])
    fb.emit(ops.create, "async.await_all", [g.result], [])
    fb.restore_level()
    out = []
    for t in tasks:
        if t.result == NONE:
            out.append(V(None, NONE, None, True))
        else:
            out.append(V(fb.emit(ops.create, "async.await", [t.value], [ir_type(t.result)]).result, t.result))
    return out


def sleep(fb: FunctionBuilder, node: ast.Call) -> V:
    if len(node.args) != 1 or node.keywords:
        raise Unsupported(node, "this asyncio.sleep()")
    d = fb.expr(node.args[0])
    if d.ty not in (INT, FLOAT, BOOL):
        raise Unsupported(node, "asyncio.sleep() of a non-number")
    if d.ty != FLOAT:
        d = V(fb.emit(ops.binop, "add", fb.materialise(d), fb.materialise(V(None, FLOAT, 0.0, True)), FLOAT), FLOAT)
    tok = fb.emit(ops.create, "py.sleep", [fb.materialise(d)], [ir.Type.parse("!async.token")])
    fb.emit(ops.create, "async.await", [tok.result], [])
    fb.restore_level()
    return V(None, NONE, None, True)


def run(fb: FunctionBuilder, node: ast.Call) -> V:
    """`asyncio.run(main())` as a module-level statement: the loop runs at level 9 (asyncio's own
    frames), the module continues at level 1."""
    if fb.spec.node is not None or fb.discarded is None or len(node.args) != 1 or node.keywords:
        raise Unsupported(node, "this asyncio.run()")
    c = node.args[0]
    if not (isinstance(c, ast.Call) and isinstance(c.func, ast.Name)):
        raise Unsupported(node, "asyncio.run() of something other than a coroutine call")
    kind, target = fb.prog.resolve(fb.spec, c.func.id)
    if kind != "function" or not isinstance(target, ast.AsyncFunctionDef):
        raise Unsupported(node, "asyncio.run() of something other than a coroutine call")
    fb.emit(ops.frame_restore, fb.emit(ops.i64, 9))
    v, ret = start(fb, c, target)
    if ret != NONE:
        raise Unsupported(node, "asyncio.run() of a coroutine that returns a value")
    fb.emit(ops.create, "py.run", [v], [])
    fb.emit(ops.frame_restore, fb.emit(ops.i64, 1))
    return V(None, NONE, None, True)


HANDLERS = {ast.Await: await_}
