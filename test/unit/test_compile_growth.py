"""Compile time grows linearly with program size, checked without timing: the number of Python
calls and of lines under aithon/ that the front end and AIthon's passes execute (a deterministic
proxy for their work) for a program of size 2N is about twice that for size N (1.94 and 2.01).
The quadratic steps this guards against (comparing whole blocks to find one, scanning a block for
each await, scanning the module for each runtime declaration) made it 2.76 and 2.86. The upstream
MLIR passes and LLVM's opt/llc are C++ and not measured here: bench/compile_time.py and
bench/RESULTS.md."""

import os
import sys
import threading

import pytest
from mlir import ir

from aithon.dialect import make_context
from aithon.frontend import python_ir_text
from aithon.passes import build_pass_manager
from aithon.pipeline import ACTOR_PASSES, LOWER_PASSES
from conftest import ROOT

sys.path.insert(0, os.path.join(ROOT, "bench"))
import compile_time  # noqa: E402  (the benchmark's program generators)

PACKAGE = os.path.join(ROOT, "aithon") + os.sep


def executed_lines(source: str) -> int:
    """Python calls, plus lines executed under aithon/, while compiling `source` through
    aithon-lower-actor."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1  # every Python call (generated code such as a dataclass __eq__ included) ...
        if not frame.f_code.co_filename.startswith(PACKAGE):
            return None
        return tracer  # ... and every line executed under aithon/

    sys.settrace(tracer)
    threading.settrace(tracer)  # the front end runs on its own deep-stack thread
    try:
        text = python_ir_text(source, "gen.py")
        ctx = make_context()
        with ctx:
            module = ir.Module.parse(text)
            build_pass_manager(ctx, ACTOR_PASSES + LOWER_PASSES).run(module.operation)
    finally:
        sys.settrace(None)
        threading.settrace(None)
    return count


@pytest.mark.parametrize("generator,n", [(compile_time.long_function, 200), (compile_time.many_functions, 60)],
                         ids=["one-long-function", "many-functions"])
def test_work_doubles_when_the_program_doubles(generator, n):
    small, large = executed_lines(generator(n)), executed_lines(generator(2 * n))
    assert large / small < 2.1, (small, large)
