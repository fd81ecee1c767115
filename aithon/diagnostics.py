"""Compiler diagnostics: one `file:line:col: error: message` line plus the source line and a caret."""

from __future__ import annotations

import sys


class CompileError(Exception):
    """A user-facing error in the input program (not a compiler bug)."""

    def __init__(self, filename: str, line: int, col: int, message: str, source_line: str | None = None):
        super().__init__(message)
        self.filename = filename
        self.line = line
        self.col = col  # 1-based
        self.message = message
        self.source_line = source_line

    def render(self) -> str:
        head = f"{self.filename}:{self.line}:{self.col}: error: {self.message}"
        if self.source_line is None:
            return head
        text = self.source_line.rstrip("\n")
        caret = " " * max(self.col - 1, 0) + "^"
        return f"{head}\n{text}\n{caret}"


class ToolError(Exception):
    """A one-line error of a tool (unreadable file, unknown pass, invalid IR)."""


def report(err: CompileError | ToolError, prog: str = "aithon") -> int:
    """Print the error on stderr and return the exit status (1)."""
    if isinstance(err, CompileError):
        print(err.render(), file=sys.stderr)
    else:
        print(f"{prog}: error: {err}", file=sys.stderr)
    return 1
