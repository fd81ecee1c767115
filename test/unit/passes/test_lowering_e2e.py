"""Every program the front end accepts goes python-ir → actor → async → llvm → LLVM IR."""

import glob
import os

import pytest
from mlir import ir
from mlir.dialects.llvm import translate_module_to_llvmir

from aithon.dialect import make_context
from aithon.frontend import CompileError, python_ir_text
from aithon.passes import build_pass_manager
from aithon.pipeline import ACTOR_PASSES, LOWER_PASSES, UPSTREAM_PASSES
from pass_helpers import ROOT

PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "test", "lit", "e2e", "*.py"))
                  + glob.glob(os.path.join(ROOT, "test", "lit", "frontend", "*.py")))


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: os.path.relpath(p, ROOT))
def test_program_lowers_to_llvm_ir(path):
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    try:
        text = python_ir_text(source, path)
    except CompileError:
        pytest.skip("refused by the front end (a diagnostics test)")
    ctx = make_context()
    with ctx:
        module = ir.Module.parse(text)
        for stage in (ACTOR_PASSES, LOWER_PASSES, UPSTREAM_PASSES):
            build_pass_manager(ctx, stage).run(module.operation)
            assert module.operation.verify()
        assert "actor." not in str(module)
        llvm_ir = str(translate_module_to_llvmir(module.operation))
    assert "define" in llvm_ir
