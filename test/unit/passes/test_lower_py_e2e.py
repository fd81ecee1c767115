"""Hand-written py IR through the whole pipeline (aithon-py-specialize, aithon-lower-py, then the
actor passes, the upstream lowering and the final passes), linked with the runtime and run: output,
exception exits (of a function, of an async function, of a task body) and exit status are
CPython's. The programs use floats, strings, bools and None only, so that they run on the runtime
of today (ints of any size come with the object runtime)."""

import os
import subprocess

import pytest
from mlir import ir
from mlir.dialects.llvm import translate_module_to_llvmir

from aithon import pipeline, toolchain
from aithon.diagnostics import ToolError
from aithon.dialect import make_context
from aithon.passes import build_pass_manager

PASSES = (["aithon-py-specialize", "aithon-lower-py"] + pipeline.ACTOR_PASSES + pipeline.LOWER_PASSES
          + pipeline.UPSTREAM_PASSES + pipeline.FINAL_PASSES)

# asyncio.run(main()), as the legacy front end emits it (already lowered: not py IR)
MODULE_INIT = """
func.func private @ai_asyncio_run_token(!llvm.ptr, !async.token)
func.func private @ai_depth_set(i64)
func.func private @ai_exc_pending(!llvm.ptr) -> i1
func.func @__aithon_module_init(%ctx: !llvm.ptr) {
  %c1 = arith.constant 1 : i64
  %c9 = arith.constant 9 : i64
  func.call @ai_depth_set(%c9) : (i64) -> ()
  %t = async.call @py.main(%ctx) : (!llvm.ptr) -> !async.token
  func.call @ai_asyncio_run_token(%ctx, %t) : (!llvm.ptr, !async.token) -> ()
  %p = func.call @ai_exc_pending(%ctx) : (!llvm.ptr) -> i1
  cf.cond_br %p, ^bb2, ^bb1
^bb1:
  func.call @ai_depth_set(%c1) : (i64) -> ()
  return
^bb2:
  return
}
"""

# def half(x: float) -> float: return x / 2.0 ... (the divisor is a parameter so that it can be 0)
HALF = """
func.func @py.div(%ctx: !llvm.ptr, %x: !py.float, %d: !py.float) -> !py.float {
  %lvl = "py.frame_enter"() : () -> i64
  %r = "py.binop"(%x, %d) {op = "truediv"} : (!py.float, !py.float) -> !py.float
  return %r : !py.float
}
async.func @py.work(%ctx: !llvm.ptr, %x: !py.float, %d: !py.float) -> !async.value<!py.float> {
  %lvl = "py.frame_enter"() : () -> i64
  %s = "py.constant"() {value = 0.001 : f64} : () -> !py.float
  %t = "py.sleep"(%s) : (!py.float) -> !async.token
  async.await %t : !async.token
  "py.frame_restore"(%lvl) : (i64) -> ()
  %h = func.call @py.div(%ctx, %x, %d) : (!llvm.ptr, !py.float, !py.float) -> !py.float
  "py.frame_restore"(%lvl) : (i64) -> ()
  %three = "py.constant"() {value = 3.0 : f64} : () -> !py.float
  %r = "py.binop"(%h, %three) {op = "mul"} : (!py.float, !py.float) -> !py.float
  async.return %r : !py.float
}
"""

# async def main():
#     t = asyncio.create_task(div(await work(5.0, DIVISOR), TASKDIV))  (one task body, as an
#         async.execute: the call in it is checked inside the body)
#     print(1.5, "a", True, None, sep=", ")
#     v = await t
#     print(f"{v:.2f} {'s'!r}", v > 7.0)
#     print(div(1.0, LAST), end="!\n")
MAIN = """
async.func @py.main(%ctx: !llvm.ptr) -> !async.token {
  %lvl = "py.frame_enter"() : () -> i64
  %v = "py.local"() {name = "v"} : () -> !py.var<!py.float>
  %five = "py.constant"() {value = 5.0 : f64} : () -> !py.float
  %div = "py.constant"() {value = DIVISOR : f64} : () -> !py.float
  %tdiv = "py.constant"() {value = TASKDIV : f64} : () -> !py.float
  %tok, %val = async.execute -> !async.value<!py.float> attributes {py.task} {
    %c = async.call @py.work(%ctx, %five, %div) : (!llvm.ptr, !py.float, !py.float) -> !async.value<!py.float>
    %r = async.await %c : !async.value<!py.float>
    %r2 = func.call @py.div(%ctx, %r, %tdiv) : (!llvm.ptr, !py.float, !py.float) -> !py.float
    async.yield %r2 : !py.float
  }
  %x = "py.constant"() {value = 1.5 : f64} : () -> !py.float
  %a = "py.constant"() {value = "a"} : () -> !py.str
  %b = "py.constant"() {value = true} : () -> !py.bool
  %n = "py.constant"() {value} : () -> !py.none
  %bx = "py.box"(%x) : (!py.float) -> !py.obj
  %ba = "py.box"(%a) : (!py.str) -> !py.obj
  %bb = "py.box"(%b) : (!py.bool) -> !py.obj
  %bn = "py.box"(%n) : (!py.none) -> !py.obj
  "py.depth_need"() {checks = "CC"} : () -> ()
  "py.print"(%bx, %ba, %bb, %bn) {sep = ", ", end = "\\0A", flush = false} : (!py.obj, !py.obj, !py.obj, !py.obj) -> ()
  async.await %tok : !async.token
  "py.frame_restore"(%lvl) : (i64) -> ()
  %w = async.await %val : !async.value<!py.float>
  "py.store"(%w, %v) : (!py.float, !py.var<!py.float>) -> ()
  %v1 = "py.load"(%v) : (!py.var<!py.float>) -> !py.float
  "py.depth_need"() {checks = "C"} : () -> ()
  %f1 = "py.format"(%v1) {conv = "", spec = ".2f"} : (!py.float) -> !py.str
  %sp = "py.constant"() {value = " "} : () -> !py.str
  %s = "py.constant"() {value = "s"} : () -> !py.str
  "py.depth_need"() {checks = "R"} : () -> ()
  %f2 = "py.format"(%s) {conv = "r"} : (!py.str) -> !py.str
  %j = "py.join"(%f1, %sp, %f2) : (!py.str, !py.str, !py.str) -> !py.str
  %seven = "py.constant"() {value = 7.0 : f64} : () -> !py.float
  %gt = "py.compare"(%v1, %seven) {op = "gt"} : (!py.float, !py.float) -> !py.bool
  %bj = "py.box"(%j) : (!py.str) -> !py.obj
  %bg = "py.box"(%gt) : (!py.bool) -> !py.obj
  "py.depth_need"() {checks = "CC"} : () -> ()
  "py.print"(%bj, %bg) {sep = " ", end = "\\0A", flush = false} : (!py.obj, !py.obj) -> ()
  %one = "py.constant"() {value = 1.0 : f64} : () -> !py.float
  %last = "py.constant"() {value = LAST : f64} : () -> !py.float
  %q = func.call @py.div(%ctx, %one, %last) : (!llvm.ptr, !py.float, !py.float) -> !py.float
  "py.frame_restore"(%lvl) : (i64) -> ()
  %bq = "py.box"(%q) : (!py.float) -> !py.obj
  "py.depth_need"() {checks = "CC"} : () -> ()
  "py.print"(%bq) {sep = " ", end = "!\\0A", flush = false} : (!py.obj) -> ()
  async.return
}
"""


def _build(tmp_path, divisor: float, last: float, task_divisor: float = 1.0) -> str:
    try:
        toolchain.runtime_library("static")
    except ToolError as exc:
        pytest.skip(f"no runtime library ({exc}); build it and set AITHON_RUNTIME_DIR")
    text = MODULE_INIT + HALF + MAIN.replace("DIVISOR", repr(divisor)).replace("LAST", repr(last)) \
        .replace("TASKDIV", repr(task_divisor))
    ctx = make_context()
    with ctx:
        module = ir.Module.parse(text)
        build_pass_manager(ctx, PASSES).run(module.operation)
        llvm_ir = str(translate_module_to_llvmir(module.operation))
    obj, exe = str(tmp_path / "prog.o"), str(tmp_path / "prog")
    pipeline.ir_to_object(llvm_ir, obj)
    pipeline.link(obj, exe)
    return exe


def _run(exe: str) -> subprocess.CompletedProcess:
    return subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60,
                          env=dict(os.environ, AITHON_THREADS="1"))


def test_program_runs_as_cpython(tmp_path):
    res = _run(_build(tmp_path, 2.0, 4.0))
    assert (res.returncode, res.stdout, res.stderr) == (0, "1.5, a, True, None\n7.50 's' True\n0.25!\n", "")


def test_exception_in_a_function_called_by_main(tmp_path):
    res = _run(_build(tmp_path, 2.0, 0.0))
    assert res.returncode == 1 and res.stdout == "1.5, a, True, None\n7.50 's' True\n"
    assert "Traceback (most recent call last):" in res.stderr
    assert res.stderr.rstrip().endswith("ZeroDivisionError: float division by zero")


def test_exception_in_a_task_fails_its_awaiter(tmp_path):
    res = _run(_build(tmp_path, 0.0, 4.0))
    assert res.returncode == 1 and res.stdout == "1.5, a, True, None\n"
    assert res.stderr.rstrip().endswith("ZeroDivisionError: float division by zero")


def test_exception_in_a_task_body_call(tmp_path):
    """The call in the task body raises: the body's own check fails the task (scf.if awaiting the
    exception token), and main, awaiting it, fails too."""
    res = _run(_build(tmp_path, 2.0, 4.0, task_divisor=0.0))
    assert res.returncode == 1 and res.stdout == "1.5, a, True, None\n"
    assert res.stderr.rstrip().endswith("ZeroDivisionError: float division by zero")
