"""`aithon-lower-py` and `aithon-py-specialize` beyond the lit tests: lowering time grows linearly
with a function's length (one split per block, each op moved once), every new op carries the
location of the py op it replaces, and a lowered module goes through the rest of the pipeline."""

import sys

from mlir import ir

from aithon.dialect import make_context
from aithon.passes import build_pass_manager
from aithon.pipeline import ACTOR_PASSES, LOWER_PASSES, UPSTREAM_PASSES
from pass_helpers import op_locations, run_passes

PY_PASSES = ["aithon-py-specialize", "aithon-lower-py"]


def long_function(n: int) -> str:
    """One async function of n statements, each with a fast path, a raising runtime call, a print and
    a user call (so each block is split at several points per statement)."""
    body = []
    for i in range(n):
        body.append(f'  %s{i} = "py.binop"(%x{i}, %one) {{op = "add"}} : (!py.int, !py.int) -> !py.int\n'
                    f'  %f{i} = "py.binop"(%y, %y) {{op = "truediv"}} : (!py.float, !py.float) -> !py.float\n'
                    f'  %b{i} = "py.box"(%s{i}) : (!py.int) -> !py.obj\n'
                    f'  "py.depth_need"() {{checks = "CC"}} : () -> ()\n'
                    f'  "py.print"(%b{i}) {{sep = " ", end = "\\0A", flush = false}} : (!py.obj) -> ()\n'
                    f'  %x{i + 1} = func.call @py.id(%ctx, %s{i}) : (!llvm.ptr, !py.int) -> !py.int\n')
    return ("func.func private @py.id(!llvm.ptr, !py.int) -> !py.int\n"
            "async.func @py.main(%ctx: !llvm.ptr, %x0: !py.int, %y: !py.float) -> !async.token {\n"
            '  %one = "py.constant"() {value = 1} : () -> !py.int\n' + "".join(body) + "  async.return\n}\n")


def executed_lines(text: str) -> int:
    """Python calls plus lines executed under aithon/ while running the py passes on `text`."""
    import aithon

    package = aithon.__path__[0]
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer if frame.f_code.co_filename.startswith(package) else None

    ctx = make_context()
    with ctx:
        module = ir.Module.parse(text)
        pm = build_pass_manager(ctx, PY_PASSES)
        sys.settrace(tracer)
        try:
            pm.run(module.operation)
        finally:
            sys.settrace(None)
    return count


def test_lowering_work_doubles_when_the_function_doubles():
    small, large = executed_lines(long_function(150)), executed_lines(long_function(300))
    assert large / small < 2.1, (small, large)


def test_new_ops_carry_the_py_op_location():
    text = ('#loc = loc("prog.py":3:5)\n'
            "func.func @py.f(%ctx: !llvm.ptr, %a: !py.int) -> !py.int {\n"
            '  %r = "py.unary"(%a) {op = "neg"} : (!py.int) -> !py.int loc("prog.py":3:5)\n'
            "  return %r : !py.int\n}\n")
    found = op_locations(text, ["aithon-lower-py"])
    calls = [loc for name, loc in found if name in ("func.call @ai_int_neg", "func.call @ai_exc_pending",
                                                    "cf.cond_br")]
    assert len(calls) == 3 and all('"prog.py":3:5' in loc for loc in calls), found


def test_lowered_module_goes_through_the_rest_of_the_pipeline():
    """The output is what the legacy front end emitted: the actor passes and the upstream lowering
    take it (small size so the test stays fast)."""
    text, diags, failed = run_passes(long_function(3), PY_PASSES + ACTOR_PASSES + LOWER_PASSES + UPSTREAM_PASSES)
    assert not failed, diags
    assert "llvm.func @py.main" in text and "!py." not in text and "unrealized_conversion_cast" not in text


def test_refusal_is_a_located_error():
    text = ("func.func @py.f(%ctx: !llvm.ptr, %o: !py.obj) -> !py.obj {\n"
            '  "py.setattr"(%o, %o) {name = "x"} : (!py.obj, !py.obj) -> () loc("prog.py":7:9)\n'
            "  return %o : !py.obj\n}\n")
    _, diags, failed = run_passes(text, ["aithon-lower-py"])
    assert failed and ("ERROR", 'loc("prog.py":7:9)', "`py.setattr` is not supported yet") in diags


def test_module_constants_are_located_at_their_first_use():
    text = ("func.func @py.f(%ctx: !llvm.ptr) -> !py.str {\n"
            '  %s = "py.constant"() {value = "hi"} : () -> !py.str loc("prog.py":4:7)\n'
            '  %n = "py.constant"() {value} : () -> !py.none loc("prog.py":5:9)\n'
            "  return %s : !py.str\n}\n")
    globals_ = [loc for name, loc in op_locations(text, ["aithon-lower-py"]) if name == "llvm.mlir.global"]
    assert sorted(globals_) == ['loc("prog.py":4:7)', 'loc("prog.py":5:9)']


def test_legacy_python_ir_passes_through_unchanged():
    """On the legacy front end's output (no py ops) both passes change nothing, so the pipeline can
    run them while the two front ends coexist."""
    import os

    from aithon.frontend import python_ir_text
    from pass_helpers import ROOT

    path = os.path.join(ROOT, "test", "lit", "e2e", "fib-gather.py")
    with open(path, encoding="utf-8") as fh:
        text = python_ir_text(fh.read(), path)
    before, _, _ = run_passes(text, [])
    after, diags, failed = run_passes(text, PY_PASSES)
    assert not failed, diags
    assert after == before
