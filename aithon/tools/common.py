"""Shared helpers of the thin tools: reading input, parsing MLIR with one-line errors."""

from __future__ import annotations

import os
import sys

from ..diagnostics import ToolError, diagnostic_line

__all__ = ["read_input", "parse_module"]


def read_input(path: str | None) -> tuple[str, str]:
    """(text, name) of a file, or of stdin for None / '-'."""
    if path in (None, "-"):
        return sys.stdin.read(), "<stdin>"
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read(), path
    except OSError as exc:
        raise ToolError(f"cannot read '{path}': {exc.strerror}")
    except UnicodeDecodeError:
        raise ToolError(f"cannot read '{path}': not UTF-8 text")


def parse_module(text: str, name: str, context):
    """Parse and verify MLIR text; the first error becomes a one-line ToolError."""
    from mlir import ir

    with context:
        try:
            # Module.parse takes no buffer name in these bindings: name the file through parseFile.
            if name != "<stdin>" and os.path.isfile(name):
                return ir.Module.parseFile(name)
            return ir.Module.parse(text)
        except ir.MLIRError as exc:
            diags = list(getattr(exc, "error_diagnostics", []) or [])
            if diags:
                raise ToolError(diagnostic_line(diags[0]))
            raise ToolError(" ".join(str(exc).split()))
