"""The compilation pipeline: Python source → py → python-ir → actor → async → llvm → LLVM IR →
object → executable. Each stage is a named stop point of `aithon compile --emit=STAGE`.

`py` is what the front end builds (the `py` dialect: Python-level ops on Python values);
`python-ir` is the same program after `aithon-py-specialize` and `aithon-lower-py` (runtime calls,
arith, llvm, cf and the upstream async ops), where the actor passes start."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from .diagnostics import CompileError, ToolError, diagnostic_line
from . import toolchain

__all__ = ["STAGES", "PY_PASSES", "ACTOR_PASSES", "LOWER_PASSES", "UPSTREAM_PASSES", "Compilation", "ir_to_object", "link"]

STAGES = ("py", "python-ir", "actor", "async", "llvm", "llvm-ir", "obj")
PY_PASSES = ["aithon-py-specialize", "aithon-lower-py"]
ACTOR_PASSES = ["aithon-async-to-actor", "aithon-insert-safepoints"]
LOWER_PASSES = ["aithon-lower-actor"]
# Upstream async/scf/llvm lowering, in the order verified on the 22.1.8 wheels (docs/architecture.md).
UPSTREAM_PASSES = [
    "async-func-to-async-runtime", "async-to-async-runtime", "canonicalize",
    "async-runtime-ref-counting", "async-runtime-ref-counting-opt", "convert-async-to-llvm",
    "convert-scf-to-cf", "convert-math-to-llvm", "convert-arith-to-llvm", "convert-func-to-llvm",
    "convert-cf-to-llvm", "reconcile-unrealized-casts",
]
# frames from the runtime's pools; then program symbols must not clash with C names (main, free...)
FINAL_PASSES = ["aithon-route-frames", "aithon-internalize"]
_PASSES_TO = {"py": [], "python-ir": PY_PASSES, "actor": PY_PASSES + ACTOR_PASSES,
              "async": PY_PASSES + ACTOR_PASSES + LOWER_PASSES}
_PASSES_TO["llvm"] = _PASSES_TO["async"] + UPSTREAM_PASSES + FINAL_PASSES


class Compilation:
    """One program on its way through the stages. Errors in the input raise `CompileError`;
    tool problems raise `ToolError`; anything else is a compiler bug."""

    def __init__(self, path: str, remarks: bool = False):
        self.path = path
        self.remarks = remarks
        self._errors: list[str] = []

    # ----- MLIR stages -------------------------------------------------------------------------
    def module(self, stage: str):
        """The `mlir.ir.Module` at an MLIR stage (py, python-ir, actor, async or llvm)."""
        from .dialect import make_context
        from .frontend import compile_file
        from .passes.registry import build_pass_manager

        from .passes.common import on_remark

        self.context = make_context()
        self.context.attach_diagnostic_handler(self._on_diagnostic)
        on_remark(self.context, self._on_remark)
        # the py stage is the py front end's output by definition
        module = compile_file(self.path, self.context, "py" if stage == "py" else None)
        passes = _PASSES_TO[stage]
        if passes:
            with self.context:
                pm = build_pass_manager(self.context, passes)
                try:
                    pm.run(module.operation)
                except Exception as exc:
                    self._raise_pass_failure(exc)
        return module

    def _on_diagnostic(self, diag) -> bool:
        sev = str(diag.severity).rsplit(".", 1)[-1]
        if sev == "ERROR":
            self._errors.append(diagnostic_line(diag))
        elif sev == "WARNING" or (sev == "REMARK" and self.remarks):
            print(diagnostic_line(diag), file=sys.stderr)
        return True

    def _on_remark(self, loc, message: str) -> None:
        if self.remarks:
            from .diagnostics import location_prefix

            where = location_prefix(loc)
            print(f"{where}: remark: {message}" if where else f"remark: {message}", file=sys.stderr)

    def _raise_pass_failure(self, exc: Exception):
        lines = self._errors or [" ".join(str(exc).split())]
        first = lines[0]
        parts = first.split(":", 3)
        if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
            msg = parts[3].split("error:", 1)[-1].strip()
            raise CompileError(parts[0], int(parts[1]), int(parts[2]), msg, _source_line(parts[0], int(parts[1])))
        raise ToolError(first)

    # ----- native stages -----------------------------------------------------------------------
    def llvm_ir(self) -> str:
        from mlir.dialects.llvm import translate_module_to_llvmir

        module = self.module("llvm")
        with self.context:
            return str(translate_module_to_llvmir(module.operation))

    def object_file(self, out: str) -> None:
        """A relocatable PIC object (no absolute relocations in text), via `opt -O2` and `llc`."""
        ir_to_object(self.llvm_ir(), out)

    def executable(self, out: str) -> None:
        """A PIE executable: the object linked with the runtime by the system C compiler."""
        with tempfile.TemporaryDirectory(prefix="aithon-") as tmp:
            obj = os.path.join(tmp, "prog.o")
            self.object_file(obj)
            link(obj, out)


def ir_to_object(ir_text: str, out: str) -> None:
    """LLVM IR text → relocatable PIC object at `out` (`opt -O2`, then `llc -relocation-model=pic`)."""
    bitcode = _run([toolchain.wheel_tool("llvm", "opt"), "-O2", "-"], ir_text.encode())
    _run([toolchain.wheel_tool("llvm", "llc"), "-O2", "-relocation-model=pic", "-filetype=obj",
          "-o", out, "-"], bitcode)


def link(obj: str, out: str) -> None:
    _run([toolchain.c_compiler(), obj, toolchain.runtime_library("static"), "-lpthread", "-lm", "-lgmp", "-o", out],
         b"", warn_is_error=True)


def _run(cmd: list[str], data: bytes, warn_is_error: bool = False) -> bytes:
    try:
        res = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as exc:
        raise ToolError(f"cannot run {os.path.basename(cmd[0])}: {exc.strerror}")
    err = res.stderr.decode(errors="replace").strip()
    if res.returncode != 0 or (warn_is_error and err):
        lines = err.splitlines()
        # the line that says what went wrong (a linker names the function first, the symbol after)
        key = [ln for ln in lines if "undefined reference" in ln or "error" in ln.lower()]
        first = (key or lines)[0].strip() if lines else f"exit status {res.returncode}"
        raise ToolError(f"{os.path.basename(cmd[0])} failed: {first}")
    return res.stdout


def _source_line(path: str, line: int) -> str | None:
    from .source import read_source, source_lines

    try:
        lines = source_lines(read_source(path))
    except (CompileError, ToolError):
        return None
    return lines[line - 1] if 0 < line <= len(lines) else None
