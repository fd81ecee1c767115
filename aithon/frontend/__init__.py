"""Front end: Python `ast` → MLIR (python-ir) with a `file:line:col` location on every op.

Organised by construct family: `expressions`, `statements`, `calls` (builtins and user calls),
`strings` (str, f-strings, print), `asyncio_ops` (await, tasks, gather, sleep, run); `program`
drives type inference and specialisation; `names` resolves names by Python's scopes and mangles
them into MLIR symbols; `emitter` writes the MLIR text; `deep` runs it all on a deep-stack thread.
"""

from __future__ import annotations

import ast
import os
import re
import warnings

from ..diagnostics import CompileError, warn
from ..source import read_source, source_lines
from .deep import run_deep
from .program import Program

__all__ = ["compile_source", "compile_file", "python_ir_text", "CompileError"]


def python_ir_text(source: str, filename: str) -> str:
    """The python-ir of a program as MLIR text (raises CompileError for unsupported input).

    Runs on a thread with a large stack and a high recursion limit: the visitors recurse once per
    nesting level of the syntax tree, and anything `ast.parse` accepts (a flat sum of thousands of
    terms is a tree that deep) must compile, not hit the compiler's own recursion limit."""
    check_compiles(source, filename)
    return run_deep(_python_ir_text, source, filename)


def check_compiles(source: str, filename: str) -> None:
    """What CPython's own compiler refuses, refused alike: `compile()` (no execution) finds the
    SyntaxErrors `ast.parse` leaves to later stages ('break' outside loop, ...) and gives up on
    expressions nested too deeply for CPython's recursion limit, which this thread keeps at its
    default (CPython then fails with RecursionError before running anything). CPython's
    compile-time SyntaxWarnings ("perhaps you missed a comma?") become located warning lines."""
    lines = source_lines(source)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", SyntaxWarning)
            compile(source, filename, "exec", dont_inherit=True)
        for w in caught:
            warn(filename, w.lineno, str(w.message))
    except SyntaxError as exc:
        line = exc.lineno or 1
        raise CompileError(filename, line, exc.offset or 1, exc.msg if exc.msg.startswith("invalid syntax") else f"invalid syntax: {exc.msg}",
                           lines[line - 1] if 0 < line <= len(lines) else None) from None
    except (RecursionError, MemoryError) as exc:
        raise CompileError(filename, 1, 1, f"{type(exc).__name__}: {exc} (CPython cannot compile this program either)",
                           lines[0] if lines else None) from None


def _python_ir_text(source: str, filename: str) -> str:
    lines = source_lines(source)
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError as exc:
        line = exc.lineno or 1
        raise CompileError(filename, line, exc.offset or 1, exc.msg if exc.msg.startswith("invalid syntax") else f"invalid syntax: {exc.msg}",
                           lines[line - 1] if 0 < line <= len(lines) else None)
    except (RecursionError, MemoryError):  # CPython's own parser gives up as well
        raise CompileError(filename, 1, 1, "the program is too deeply nested for the parser",
                           lines[0] if lines else None)
    prog = Program(source, filename)
    prog.collect(tree)
    return prog.compile()


def compile_source(source: str, filename: str, context, frontend: str | None = None):
    """The program as an `mlir.ir.Module` in `context`, built by the py front end (aithon/pyfront).

    Python it does not handle yet is refused with a located error. The message comes from this
    legacy front end's checks when they refuse the program (they name the construct precisely),
    else from the py front end; no program is compiled by the legacy front end any more unless
    `frontend` (else $AITHON_FRONTEND) is "legacy" (its typed 64-bit subset, kept for comparison
    while it is retired)."""
    from mlir import ir

    which = frontend or os.environ.get("AITHON_FRONTEND", "py")
    if which != "legacy":
        return py_module(source, filename, context, strict=True)
    text = python_ir_text(source, filename)
    with context:
        try:
            return ir.Module.parse(text)
        except Exception as exc:  # our own output failed to parse: a compiler bug, keep the evidence
            dump = os.path.join(os.environ.get("TMPDIR", "/tmp"), "aithon-bad-python-ir.mlir")
            with open(dump, "w") as fh:
                fh.write(text)
            raise RuntimeError(f"internal error: generated python-ir does not parse (saved to {dump}): {exc}")


# Refusals of the legacy front end for limits the py front end does not have.
_LIFTED = re.compile(r"does not fit in 64 bits|changes type|returns both|cannot infer the type|int \*\* negative|"
                     r"must have one element type|^operator \w+ on |^unary \w+ on |^truth value of|"
                     r"^(int|float|len|abs|str|min|max)\(\) of |of .* and .* is not supported")


def py_module(source: str, filename: str, context, strict: bool = False):
    """The `py` dialect module, or None when the py front end does not handle the program yet."""
    from mlir import ir

    from ..pyfront import Unsupported, build_module

    check_compiles(source, filename)

    from ..dialect import ensure_dialects

    ensure_dialects(context)

    def build():
        tree = ast.parse(source, filename=filename)
        with context:
            return build_module(source, filename, tree)

    try:
        return run_deep(build)
    except Unsupported as exc:
        if strict:
            node = exc.node
            line = getattr(node, "lineno", 1)
            lines = source_lines(source)
            err = CompileError.at_byte_offset(filename, line, getattr(node, "col_offset", 0),
                                              exc.message if getattr(exc, "plain", False)
                                              else f"{exc.message} is not supported",
                                              lines[line - 1] if 0 < line <= len(lines) else None)
            err.unsupported = True
            raise err from None
        return None


def compile_file(path: str, context, frontend: str | None = None):
    """Compile the Python file at `path` to an MLIR module (see `compile_source`)."""
    return compile_source(read_source(path), path, context, frontend)
