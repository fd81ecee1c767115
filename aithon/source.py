"""Reading a Python source file the way CPython does: PEP 263 coding cookie, UTF-8 BOM, UTF-8 by
default; a file that cannot be decoded is a located error like CPython's SyntaxError. Lines are split
where CPython's tokenizer splits them (\\n, \\r\\n, \\r), not where `str.splitlines` does (it also
splits at form feeds and other separators, which would misplace every later diagnostic)."""

from __future__ import annotations

import io
import re
import tokenize

from .diagnostics import CompileError, ToolError

__all__ = ["read_source", "decode_source", "source_lines"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def source_lines(text: str) -> list[str]:
    """The lines of `text` as CPython numbers them (without their line breaks)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_source(path: str) -> str:
    """The decoded text of the Python file at `path` (ToolError when it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise ToolError(f"cannot read '{path}': {exc.strerror or exc}") from None
    return decode_source(data, path)


def decode_source(data: bytes, filename: str) -> str:
    """Decode source bytes as CPython does (CompileError located like CPython's SyntaxError)."""
    first_two = data.split(b"\n", 2)[:2]
    cookie_line = next((i + 1 for i, ln in enumerate(first_two)
                        if tokenize.cookie_re.match(ln.decode("latin-1"))), None)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        line = cookie_line or 1
        msg = str(exc.msg if hasattr(exc, "msg") else exc)
        if msg.startswith("unknown encoding"):
            msg = "unknown encoding: " + msg.rsplit(": ", 1)[-1]
        raise CompileError(filename, line, 1, msg, _raw_line(data, line)) from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[start:exc.start].decode(encoding, errors="replace")) + 1
        bad = data[exc.start]
        if cookie_line is None and encoding in ("utf-8", "utf-8-sig"):
            msg = (f"Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, but no "
                   "encoding declared; see https://peps.python.org/pep-0263/ for details")
        else:
            msg = f"encoding problem: {encoding}"
        raise CompileError(filename, line, col, msg, _raw_line(data, line)) from None


def _raw_line(data: bytes, line: int) -> str | None:
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    if not 0 < line <= len(lines):
        return None
    return lines[line - 1].rstrip(b"\r").decode("utf-8", errors="replace")
