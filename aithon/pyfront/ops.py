"""Builders for `py` dialect ops (dialects/py.irdl.mlir) and the few upstream ops the front end
makes: each creates one op with `ir.Operation.create` at the current insertion point and location
(`with InsertionPoint(...), Location.file(...)`, kept by `FunctionBuilder`). This module and
`asyncio_ops.py` are the only places op names are written.
"""

from __future__ import annotations

from typing import Sequence

from mlir import ir

from .types import group_type, ir_type, iterator_type, token_type


def create(name: str, operands: Sequence = (), results: Sequence = (), attrs: dict | None = None,
           successors: Sequence | None = None, regions: int = 0) -> ir.Operation:
    return ir.Operation.create(name, results=list(results), operands=list(operands), attributes=attrs or {},
                               successors=list(successors) if successors else None, regions=regions)


def s(text: str) -> ir.StringAttr:
    return ir.StringAttr.get(text)


def constant(ty: str, value) -> ir.Value:
    """`py.constant` of a Python constant (int of any size, float, bool, str, None)."""
    if value is None:
        attr = ir.UnitAttr.get()
    elif isinstance(value, bool):
        attr = ir.BoolAttr.get(value)
    elif isinstance(value, int):
        attr = (ir.IntegerAttr.get(ir.IntegerType.get_signless(64), value) if -(2**63) <= value < 2**63
                else s(str(value)))
    elif isinstance(value, float):
        attr = ir.FloatAttr.get(ir.F64Type.get(), value)
    else:
        attr = s(value)
    return create("py.constant", [], [ir_type(ty)], {"value": attr}).result


def local(name: str, var_type) -> ir.Value:
    return create("py.local", [], [var_type], {"name": s(name)}).result


def load(slot, ty: str) -> ir.Value:
    return create("py.load", [slot], [ir_type(ty)]).result


def store(value, slot) -> None:
    create("py.store", [value, slot])


def box(value) -> ir.Value:
    return create("py.box", [value], [ir_type("obj")]).result


def unary(op: str, a, ty: str) -> ir.Value:
    return create("py.unary", [a], [ir_type(ty)], {"op": s(op)}).result


def binop(op: str, a, b, ty: str) -> ir.Value:
    return create("py.binop", [a, b], [ir_type(ty)], {"op": s(op)}).result


def compare(op: str, a, b) -> ir.Value:
    return create("py.compare", [a, b], [ir_type("bool")], {"op": s(op)}).result


def truth(a) -> ir.Value:
    return create("py.truth", [a], [ir.IntegerType.get_signless(1)]).result


def builtin(name: str, args: Sequence, ty: str | None, attrs: dict | None = None) -> ir.Value | None:
    op = create("py.builtin", args, [] if ty is None else [ir_type(ty)], {"name": s(name), **(attrs or {})})
    return op.result if ty is not None else None


def getitem(container, key, ty: str) -> ir.Value:
    return create("py.getitem", [container, key], [ir_type(ty)]).result


def setitem(container, key, value, fill: bool = False) -> None:
    """`container[key] = value`; `fill`: a slot of a `py.new_list` whose index is in range by
    construction (gather(*...) results), stored without a check."""
    create("py.setitem", [container, key, value], [], {"fill": ir.UnitAttr.get()} if fill else None)


def build(kind: str, items: Sequence, ty: str) -> ir.Value:
    return create("py.build", items, [ir_type(ty)], {"kind": s(kind)}).result


def new_list(n) -> ir.Value:
    return create("py.new_list", [n], [ir_type("list[obj]")]).result


def iter_(x, generic: bool = False) -> ir.Value:
    """`generic`: any iterable (the run time's iterator), else a `!py.list`."""
    return create("py.iter", [x], [iterator_type()], {"generic": ir.UnitAttr.get()} if generic else None).result


def next_(it, ty: str, generic: bool = False) -> tuple:
    op = create("py.next", [it], [ir_type(ty), ir.IntegerType.get_signless(1)],
                {"generic": ir.UnitAttr.get()} if generic else None)
    return op.results[0], op.results[1]


def format_(value, conv: str, spec: str | None, spec_value=None) -> ir.Value:
    attrs = {"conv": s(conv)}
    if spec is not None:
        attrs["spec"] = s(spec)
    operands = [value] if spec_value is None else [value, spec_value]
    return create("py.format", operands, [ir_type("str")], attrs).result


def join(parts: Sequence) -> ir.Value:
    return create("py.join", parts, [ir_type("str")]).result


def print_(values: Sequence, sep: str, end: str, flush: bool, stream: int = 1) -> None:
    attrs = {"sep": s(sep), "end": s(end), "flush": ir.BoolAttr.get(flush)}
    if stream != 1:
        attrs["stream"] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), stream)
    create("py.print", values, [], attrs)


def raise_(kind: str, message: str) -> None:
    create("py.raise", [], [], {"type": s(kind), "message": s(message)})
    create("llvm.unreachable")


def unreachable() -> None:
    create("llvm.unreachable")


def frame_enter() -> ir.Value:
    return create("py.frame_enter", [], [ir.IntegerType.get_signless(64)]).result


def frame_restore(level) -> None:
    create("py.frame_restore", [level])


def depth_need(checks: str) -> None:
    create("py.depth_need", [], [], {"checks": s(checks)})


def bool_const(value: bool) -> ir.Value:
    t = ir.IntegerType.get_signless(1)
    return create("arith.constant", [], [t], {"value": ir.IntegerAttr.get(t, int(value))}).result


def i64(value: int) -> ir.Value:
    t = ir.IntegerType.get_signless(64)
    return create("arith.constant", [], [t], {"value": ir.IntegerAttr.get(t, value)}).result


def br(target: ir.Block) -> None:
    create("cf.br", [], [], successors=[target])


def cond_br(cond, then: ir.Block, other: ir.Block) -> None:
    # cf.cond_br carries its operand segment sizes as a property: (condition, true args, false args)
    attrs = {"operandSegmentSizes": ir.DenseI32ArrayAttr.get([1, 0, 0])}
    create("cf.cond_br", [cond], [], attrs, successors=[then, other])


def call(callee: str, args: Sequence, result_types: Sequence) -> ir.Operation:
    return create("func.call", args, result_types, {"callee": ir.FlatSymbolRefAttr.get(callee)})


def ret(values: Sequence, is_async: bool) -> None:
    create("async.return" if is_async else "func.return", values)


# ----- functions and the async structure ----------------------------------------------------------
def function(symbol: str, inputs: Sequence, results: Sequence, is_async: bool,
             params: Sequence[tuple[str, str]] = ()) -> ir.Operation:
    """A function; `params` are (Python name, static type) of the arguments after the context,
    kept as `{py.name, py.type}` argument attributes (aithon-async-to-actor spawns a call only when
    every argument is immutable)."""
    attrs = {"sym_name": s(symbol), "function_type": ir.TypeAttr.get(ir.FunctionType.get(list(inputs), list(results)))}
    if params:
        arg = [ir.DictAttr.get({})] + [ir.DictAttr.get({"py.name": s(n), "py.type": s(t)}) for n, t in params]
        attrs["arg_attrs"] = ir.ArrayAttr.get(arg)
    return create("async.func" if is_async else "func.func", [], [], attrs, regions=1)


def async_call(callee: str, args: Sequence, result_type) -> ir.Value:
    return create("async.call", args, [result_type], {"callee": ir.FlatSymbolRefAttr.get(callee)}).result


def await_(v, result_type=None) -> ir.Value | None:
    op = create("async.await", [v], [] if result_type is None else [result_type])
    return op.result if result_type is not None else None


def execute(result_types: Sequence) -> ir.Operation:
    """`async.execute` with no dependencies or operands, marked as a Task (`py.task`)."""
    attrs = {"operandSegmentSizes": ir.DenseI32ArrayAttr.get([0, 0]), "py.task": ir.UnitAttr.get()}
    return create("async.execute", [], result_types, attrs, regions=1)


def yield_(values: Sequence) -> None:
    create("async.yield", values)


def group(size: int) -> ir.Value:
    index = ir.IndexType.get()
    n = create("arith.constant", [], [index], {"value": ir.IntegerAttr.get(index, size)}).result
    return create("async.create_group", [n], [group_type()]).result


def add_to_group(token, grp) -> None:
    create("async.add_to_group", [token, grp], [ir.IndexType.get()])


def await_all(grp) -> None:
    create("async.await_all", [grp])


def sleep(delay) -> ir.Value:
    return create("py.sleep", [delay], [token_type()]).result


def run(coroutine, result_type=None) -> ir.Value | None:
    op = create("py.run", [coroutine], [] if result_type is None else [result_type])
    return op.result if result_type is not None else None


# ----- data (issue 8): containers, methods, callables, module state ---------------------------------
def method(name: str, self_, args: Sequence, kw: bool = False) -> ir.Value:
    """`self.name(*args)` → `!py.obj`; `kw`: the last argument is a dict of keyword arguments."""
    attrs = {"name": s(name)}
    if kw:
        attrs["kw"] = ir.UnitAttr.get()
    return create("py.method", [self_, *args], [ir_type("obj")], attrs).result


def call_value(fn, args: Sequence) -> ir.Value:
    return create("py.call", [fn, *args], [ir_type("obj")]).result


def getattr_(x, name: str) -> ir.Value:
    return create("py.getattr", [x], [ir_type("obj")], {"name": s(name)}).result


def delitem(container, key) -> None:
    create("py.delitem", [container, key])


def unpack(x, before: int, star: bool, after: int) -> list:
    i64t = ir.IntegerType.get_signless(64)
    attrs = {"before": ir.IntegerAttr.get(i64t, before), "after": ir.IntegerAttr.get(i64t, after)}
    if star:
        attrs["star"] = ir.UnitAttr.get()
    n = before + after + (1 if star else 0)
    return list(create("py.unpack", [x], [ir_type("obj")] * n, attrs).results)


def global_load(name: str) -> ir.Value:
    return create("py.global_load", [], [ir_type("obj")], {"name": s(name)}).result


def global_store(value, name: str) -> None:
    create("py.global_store", [value], [], {"name": s(name)})


def make_function(env: Sequence, callee: str | None = None, nparams: int = 0, name: str = "",
                  builtin: str | None = None, method_name: str | None = None, type_id: int = 0) -> ir.Value:
    i64t = ir.IntegerType.get_signless(64)
    if callee is not None:
        attrs = {"callee": ir.FlatSymbolRefAttr.get(callee), "nparams": ir.IntegerAttr.get(i64t, nparams),
                 "name": s(name)}
    elif builtin is not None:
        attrs = {"builtin": s(builtin)}
    else:
        attrs = {"method": s(method_name), "type_id": ir.IntegerAttr.get(i64t, type_id)}
    return create("py.make_function", list(env), [ir_type("obj")], attrs).result


def bytes_constant(data: bytes) -> ir.Value:
    """`py.constant {value = "<the bytes as latin-1 text>", bytes} : !py.obj`."""
    return create("py.constant", [], [ir_type("obj")], {"value": s(data.decode("latin-1")),
                                                         "bytes": ir.UnitAttr.get()}).result


def task_object(token, value) -> ir.Value:
    """A Task as a value (`create_task` whose result is stored, passed, or queried)."""
    return create("py.task_object", [token, value], [ir_type("obj")]).result


def task_token(task) -> ir.Value:
    """The completion token of a Task value (TypeError for another value), to await."""
    return create("py.task_token", [task], [token_type()]).result


def mark_shared(func_op, why: str) -> None:
    """`py.shared = why` on a function that reaches module state (aithon-async-to-actor keeps calls
    to it in the caller's actor)."""
    func_op.attributes["py.shared"] = s(why)
