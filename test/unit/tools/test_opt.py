"""`aithon-opt`: mlir-opt style flags, AIthon and upstream passes mixed, one-line errors."""

from conftest import run_tool

SRC = """async.func @sq(%ctx: !llvm.ptr, %n: i64 {py.type = "int"}) -> !async.value<i64> {
  %c1 = arith.constant 1 : i64
  async.return %n : i64
}
async.func @main(%ctx: !llvm.ptr) -> !async.token {
  %c = arith.constant 3 : i64
  %v = async.call @sq(%ctx, %c) : (!llvm.ptr, i64) -> !async.value<i64>
  %r = async.await %v : !async.value<i64>
  async.return
}
"""


def opt(*args, stdin=None):
    return run_tool("opt", *args, stdin=stdin)


def test_pipeline_mixes_aithon_and_upstream_passes():
    res = opt("--pass-pipeline=builtin.module(aithon-async-to-actor,aithon-insert-safepoints,canonicalize)",
              stdin=SRC)
    assert res.returncode == 0, res.stderr
    assert '"actor.spawn"' in res.stdout and '"actor.safepoint"' in res.stdout
    assert "arith.constant 1 " not in res.stdout  # canonicalize dropped the dead constant


def test_pass_flags_in_command_line_order(tmp_path):
    src = tmp_path / "in.mlir"
    src.write_text(SRC)
    out = tmp_path / "out.mlir"
    res = opt(str(src), "--aithon-async-to-actor", "--canonicalize", "--aithon-lower-actor", "-o", str(out))
    assert res.returncode == 0, res.stderr
    text = out.read_text()
    assert "ai_actor_spawn" in text and "actor." not in text.replace("ai_actor", "")


def test_list_passes():
    res = opt("--list-passes")
    assert res.returncode == 0
    for name in ("aithon-async-to-actor", "aithon-insert-safepoints", "aithon-lower-actor"):
        assert name in res.stdout


def test_debuginfo_and_print_ir_after_all(tmp_path):
    src = tmp_path / "in.mlir"
    src.write_text(SRC)
    res = opt(str(src), "--aithon-async-to-actor", "--mlir-print-debuginfo", "--print-ir-after-all")
    assert res.returncode == 0, res.stderr
    assert f'loc("{src}":7:8)' in res.stdout
    assert "IR Dump After aithon-async-to-actor" in res.stderr


def test_unknown_pass():
    res = opt("--pass-pipeline=builtin.module(nope)", stdin=SRC)
    assert res.returncode == 1
    assert res.stderr == "aithon-opt: error: unknown pass 'nope'\n"


def test_invalid_ir_is_one_line(tmp_path):
    src = tmp_path / "bad.mlir"
    src.write_text("func.func @f() {\n  retur\n}\n")
    res = opt(str(src))
    assert res.returncode == 1
    assert res.stderr == f"aithon-opt: error: {src}:2:3: custom op 'retur' is unknown (tried 'func.retur' as well)\n"


def test_unreadable_file(tmp_path):
    res = opt(str(tmp_path / "missing.mlir"))
    assert res.returncode == 1 and "cannot read" in res.stderr and "Traceback" not in res.stderr


def test_pass_failure_exits_1_with_located_error():
    bad = 'func.func @f(%ctx: !llvm.ptr) {\n  %r = "actor.spawn"(%ctx) {callee = @f, start = "lazy"} : (!llvm.ptr) -> !actor.ref\n  return\n}\n'
    res = opt("--aithon-lower-actor", stdin=bad)
    assert res.returncode == 1
    assert res.stderr.startswith("aithon-opt: error: <stdin>:2:8: ")
    assert "Traceback" not in res.stderr


def test_remark_for_inline_call_goes_to_stderr():
    src = SRC.replace('{py.type = "int"}', '{py.name = "xs", py.type = "list[int]"}')
    res = opt("--aithon-async-to-actor", stdin=src)
    assert res.returncode == 0
    assert "<stdin>:7:8: remark: call to @sq stays in the caller's actor" in res.stderr


REFUSED = """func.func @py.f(%ctx: !llvm.ptr, %o: !py.obj) -> !py.obj {
  // expected-error@+1 {{MESSAGE}}
  "py.setattr"(%o, %o) {name = "x"} : (!py.obj, !py.obj) -> ()
  return %o : !py.obj
}
"""


def test_verify_diagnostics_matches_expected_errors(tmp_path):
    """--verify-diagnostics (errors only): an expected error that happens is success (exit 0); a
    different message is reported both ways and exits 1."""
    good = tmp_path / "good.mlir"
    good.write_text(REFUSED.replace("MESSAGE", "is not supported yet"))
    res = run_tool("opt", str(good), "--verify-diagnostics", "--aithon-lower-py")
    assert res.returncode == 0, res.stderr
    bad = tmp_path / "bad.mlir"
    bad.write_text(REFUSED.replace("MESSAGE", "something else"))
    res = run_tool("opt", str(bad), "--verify-diagnostics", "--aithon-lower-py")
    assert res.returncode == 1
    assert "unexpected error:" in res.stderr and "bad.mlir:3:3: `py.setattr` is not supported yet" in res.stderr
    assert "line 3: expected error 'something else' was not produced" in res.stderr
