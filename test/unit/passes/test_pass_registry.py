"""The pass registry (the only source of pass names), pipeline parsing, and the MLIR 22 binding quirks
the passes rely on: if an upgrade changes one of these, this file says which."""

import os

import pytest
from mlir import ir
from mlir.passmanager import PassManager

from aithon.diagnostics import ToolError
from aithon.dialect import make_context
from aithon.passes import PASSES, build_pass_manager, parse_pipeline
from aithon.passes.common import emit_remark
from pass_helpers import ROOT


def test_one_name_everywhere():
    """pass aithon-x-y ↔ aithon/passes/x_y.py ↔ test/lit/passes/aithon-x-y.mlir."""
    assert set(PASSES) == {"aithon-async-to-actor", "aithon-insert-safepoints", "aithon-lower-actor",
                           "aithon-route-frames", "aithon-internalize", "aithon-py-specialize", "aithon-lower-py"}
    for name, info in PASSES.items():
        assert info.name == name and info.summary and callable(info.run)
        stem = name[len("aithon-"):].replace("-", "_")
        assert os.path.isfile(os.path.join(ROOT, "aithon", "passes", stem + ".py"))
        assert os.path.isfile(os.path.join(ROOT, "test", "lit", "passes", name + ".mlir"))


def test_pipeline_module_matches_registry():
    from aithon import pipeline

    for name in pipeline.ACTOR_PASSES + pipeline.LOWER_PASSES + pipeline.FINAL_PASSES:
        assert name in PASSES
    build_pass_manager(make_context(), pipeline.ACTOR_PASSES + pipeline.LOWER_PASSES + pipeline.UPSTREAM_PASSES)


@pytest.mark.parametrize("text, expected", [
    ("builtin.module(a,b{opt=1},c)", ["a", "b{opt=1}", "c"]),
    ("a, b", ["a", "b"]),
    ("builtin.module(func.func(cse,canonicalize),x{a=1,b=2})", ["func.func(cse,canonicalize)", "x{a=1,b=2}"]),
    ("builtin.module()", []),
])
def test_parse_pipeline(text, expected):
    assert parse_pipeline(text) == expected


@pytest.mark.parametrize("text", ["builtin.module(a,b", "a)", "x{a=1"])
def test_parse_pipeline_unbalanced(text):
    with pytest.raises(ToolError):
        parse_pipeline(text)


def test_unknown_pass_is_a_tool_error():
    with pytest.raises(ToolError, match="unknown pass 'nope'"):
        build_pass_manager(make_context(), ["aithon-async-to-actor", "nope"])


def test_mixing_aithon_and_upstream_passes_runs_in_order():
    ctx = make_context()
    with ctx:
        module = ir.Module.parse("async.func @f(%ctx: !llvm.ptr) -> !async.token {\n"
                                 "  %c = arith.constant 1 : i64\n  async.return\n}")
        build_pass_manager(ctx, ["aithon-async-to-actor", "canonicalize", "aithon-lower-actor"]).run(module.operation)
        text = str(module)
    assert "arith.constant" not in text  # canonicalize ran
    assert "actor." not in text          # lowered again


# ----- binding quirks (MLIR 22.1.8 wheels) ----------------------------------------------------------
def test_quirk_op_name_on_python_pass_is_unusable():
    """`PassManager.add(callable, op_name=...)` fails even for the anchor op: leave it empty and
    anchor the PassManager at builtin.module."""
    ctx = make_context()
    with ctx:
        module = ir.Module.parse("module {}")
        pm = PassManager("builtin.module")
        pm.add(lambda op, pass_: None, name="probe", op_name="builtin.module")
        with pytest.raises(ir.MLIRError, match="unable to schedule pass"):
            pm.run(module.operation)


def test_quirk_python_pass_receives_the_module_operation():
    seen = []
    ctx = make_context()
    with ctx:
        module = ir.Module.parse("module {}")
        pm = PassManager("builtin.module")
        pm.add(lambda op, pass_: seen.append(op.name), name="probe")
        pm.run(module.operation)
    assert seen == ["builtin.module"]


def test_quirk_module_parse_takes_no_source_name():
    """`ir.Module.parse(text, name)` is a TypeError; file names come from `Module.parseFile` or
    `Operation.parse(..., source_name=...)`."""
    with make_context():
        with pytest.raises(TypeError):
            ir.Module.parse("module {}", "x.mlir")


def test_quirk_rewrite_erase_op_wants_the_raw_operation():
    from mlir.rewrite import RewritePatternSet, apply_patterns_and_fold_greedily

    def erase(op, rewriter):
        rewriter.erase_op(op.operation)  # the OpView itself is refused

    ctx = make_context()
    with ctx:
        module = ir.Module.parse('func.func @f(%c: !llvm.ptr) {\n  "actor.safepoint"(%c) : (!llvm.ptr) -> ()\n'
                                 "  return\n}")
        patterns = RewritePatternSet()
        patterns.add("actor.safepoint", erase)
        apply_patterns_and_fold_greedily(module, patterns.freeze())
        assert "actor.safepoint" not in str(module)


def test_quirk_no_remark_api_so_remarks_go_to_a_python_sink():
    """Locations only have `emit_error` (no remark API in the 22 bindings): a pass's remark reaches
    the sink registered for its context, and nothing else."""
    assert not hasattr(ir.Location, "emit_remark")
    from aithon.passes.common import on_remark

    ctx, other = make_context(), make_context()
    got, handler = [], []
    ctx.attach_diagnostic_handler(lambda d: (handler.append(d.message), True)[1])
    on_remark(ctx, lambda loc, message: got.append((str(loc), message)))
    with ctx:
        emit_remark(ir.Location.file("p.py", 3, 4), "kept inline")
    with other:
        emit_remark(ir.Location.file("q.py", 1, 1), "nobody listens")
    assert got == [('loc("p.py":3:4)', "kept inline")]
    assert handler == []


def test_quirk_bindings_reimport_missing_dialect_modules():
    """Wrapping an op of a dialect with no Python module makes the bindings try to import
    `mlir.dialects.<namespace>` again each time (a failed import is not remembered; `async` is the
    keyword-named `async_dialect`). make_context registers a module for py, actor and async so the
    lowering does not spend most of its time in importlib."""
    import sys

    make_context()
    for name in ("py", "actor", "async"):
        assert f"mlir.dialects.{name}" in sys.modules
