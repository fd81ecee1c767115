"""Compiler diagnostics: one `file:line:col: error: message` line plus the source line and a caret."""

from __future__ import annotations

import sys


def warn(filename: str, line: int, message: str) -> None:
    """A compile-time warning CPython itself would print (a `SyntaxWarning`), as one located line
    on stderr: `file:line: warning: message` (CPython's warnings carry no column)."""
    print(f"{filename}:{line}: warning: {message}", file=sys.stderr)


class CompileError(Exception):
    """A user-facing error in the input program (not a compiler bug)."""

    def __init__(self, filename: str, line: int, col: int, message: str, source_line: str | None = None):
        super().__init__(message)
        self.filename = filename
        self.line = line
        self.col = col  # 1-based
        self.message = message
        self.source_line = source_line

    @classmethod
    def at_byte_offset(cls, filename: str, line: int, byte_col: int, message: str, source_line: str | None):
        """An error at a Python AST position: `col_offset` counts UTF-8 bytes, a diagnostic column
        (like CPython's) counts characters, so that the caret sits under the right character."""
        col = byte_col + 1
        if source_line is not None:
            col = len(source_line.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore")) + 1
        return cls(filename, line, col, message, source_line)

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


def location_prefix(loc) -> str:
    """`file:line:col` of an MLIR location (the first file location inside name/fused/callsite
    locations), or '' when the location carries none."""
    try:
        if loc.is_a_file():
            return f"{loc.filename}:{loc.start_line}:{loc.start_col}"
        if loc.is_a_name():
            return location_prefix(loc.child_loc)
        if loc.is_a_callsite():
            return location_prefix(loc.callee)
        if loc.is_a_fused():
            for inner in loc.locations:
                found = location_prefix(inner)
                if found:
                    return found
    except Exception:  # an exotic location kind: fall back to its printed form
        return ""
    return ""


def diagnostic_line(diag) -> str:
    """One line for an MLIR diagnostic: `file:line:col: error: message` (notes appended)."""
    sev = str(diag.severity).rsplit(".", 1)[-1].lower()
    where = location_prefix(diag.location)
    text = " ".join(str(diag.message).split())
    for note in getattr(diag, "notes", ()):
        text += f" (note: {' '.join(str(note.message).split())})"
    return f"{where}: {sev}: {text}" if where else f"{sev}: {text}"
