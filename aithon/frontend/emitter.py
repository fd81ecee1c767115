"""Textual MLIR emission: a module-wide string/declaration table and a per-function block builder.

The front end builds MLIR text and parses it once at the end (the parse doubles as verification of
what we emitted). Every op line carries `loc("file":line:col)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def mlir_string(data: bytes) -> str:
    """Escape bytes for an MLIR string literal."""
    out = []
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C):
            out.append(chr(b))
        else:
            out.append(f"\\{b:02X}")
    return '"' + "".join(out) + '"'


def loc_filename(filename: str) -> str:
    """A file name as the inside of an MLIR string literal (any character: quotes, newlines...)."""
    return mlir_string(filename.encode("utf-8", errors="surrogateescape"))[1:-1]


def float_literal(x: float) -> str:
    """An MLIR f64 literal that round-trips exactly (hex form for inf/nan)."""
    import math
    import struct

    if math.isfinite(x):
        r = repr(x)
        if "e" in r and "." not in r:
            mant, exp = r.split("e")
            r = f"{mant}.0e{exp}"
        elif "." not in r:
            r += ".0"
        return r
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", x))[0]


class ModuleText:
    """What all functions of one module share: string constants and runtime declarations."""

    def __init__(self) -> None:
        self.strings: dict[bytes, tuple[str, str]] = {}
        self.decls: dict[str, str] = {}

    def cstring(self, data: bytes, loc: str) -> str:
        """Symbol of a NUL-terminated constant holding `data` (located at its first use)."""
        if data not in self.strings:
            self.strings[data] = (f".str.{len(self.strings)}", loc)
        return self.strings[data][0]

    def declare(self, name: str, args: list[str], results: list[str], loc: str) -> None:
        """Declare a runtime function (located at its first use)."""
        if name in self.decls:
            return
        res = "" if not results else " -> " + (results[0] if len(results) == 1 else "(" + ", ".join(results) + ")")
        self.decls[name] = f"func.func private @{name}({', '.join(args)}){res} {loc}"

    def header(self) -> list[str]:
        lines = [self.decls[k] for k in sorted(self.decls)]
        for data, (sym, loc) in self.strings.items():
            init = mlir_string(data + bytes(1))
            lines.append(f'llvm.mlir.global internal constant @"{sym}"({init}) {{addr_space = 0 : i32}} {loc}')
        return lines


@dataclass(eq=False)  # identity, not field-wise equality: comparing blocks would compare their ops
class Block:
    name: str
    args: list[tuple[str, str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    terminated: bool = False
    preds: int = 0
    placed: bool = False

    def render(self, first: bool) -> list[str]:
        out = []
        if not first:
            args = ", ".join(f"{n}: {t}" for n, t in self.args)
            out.append(f"^{self.name}" + (f"({args})" if args else "") + ":")
        out.extend("  " + ln for ln in self.lines)
        return out


class FunctionText:
    """Blocks of one function body, in layout order, plus an SSA name counter.

    Layout order matters to `aithon-insert-safepoints`: the front end keeps blocks in a topological
    order of forward edges, so only loop back-edges branch to an earlier block.
    """

    def __init__(self, filename: str) -> None:
        self.filename = loc_filename(filename)
        self.blocks: list[Block] = []
        self._nb = 0
        self.entry = self.new_block()
        self.entry.placed = True
        self.blocks.append(self.entry)
        self.allocas: list[str] = []
        self.cur: Block | None = self.entry
        self._n = 0
        self.line, self.col = 1, 1

    def fresh(self, hint: str = "v") -> str:
        """A new SSA name: a fixed word of letters + the counter, or, for a user variable, its
        mangled name + `.` + the counter (names.py), so `k2` + 49 and `k` + 249 cannot collide."""
        assert hint.endswith(".") or hint.isalpha(), hint
        self._n += 1
        return f"%{hint}{self._n}"

    def new_block(self, args: list[tuple[str, str]] | None = None) -> Block:
        """A block that is not placed yet: call `place` when code starts flowing into it."""
        self._nb += 1
        return Block(name=f"bb{self._nb}", args=args or [])

    def place(self, b: Block) -> bool:
        """Continue emitting into `b` (laid out now); False, and no current block, if unreachable."""
        if b.preds == 0:
            self.cur = None
            return False
        if not b.placed:
            b.placed = True
            self.blocks.append(b)
        self.cur = b
        return True

    @staticmethod
    def _succ(target: Block, args: list[str]) -> str:
        if not args:
            return f"^{target.name}"
        return f"^{target.name}({', '.join(args)} : {', '.join(t for _, t in target.args)})"

    def br(self, target: Block, args: list[str] | None = None, types: list[str] | None = None) -> None:
        if self.cur is None:
            return
        target.preds += 1
        self.terminate(f"cf.br {self._succ(target, args or [])}")

    def cond_br_args(self, cond: str, then: Block, targs: list[str], other: Block, oargs: list[str]) -> None:
        if self.cur is None:
            return
        then.preds += 1
        other.preds += 1
        self.terminate(f"cf.cond_br {cond}, {self._succ(then, targs)}, {self._succ(other, oargs)}")

    def cond_br(self, cond: str, then: Block, other: Block) -> None:
        if self.cur is None:
            return
        then.preds += 1
        other.preds += 1
        self.terminate(f"cf.cond_br {cond}, ^{then.name}, ^{other.name}")

    def loc(self) -> str:
        return f'loc("{self.filename}":{self.line}:{self.col})'

    def op(self, text: str) -> None:
        """Append one op to the current block (dropped when the block is unreachable)."""
        if self.cur is None:
            return
        self.cur.lines.append(f"{text} {self.loc()}")

    def value(self, text: str, hint: str = "v") -> str:
        name = self.fresh(hint)
        self.op(f"{name} = {text}")
        return name

    def terminate(self, text: str) -> None:
        if self.cur is None:
            return
        self.op(text)
        self.cur.terminated = True
        self.cur = None

    def render_body(self) -> list[str]:
        entry_lines = self.allocas + self.entry.lines
        self.entry.lines = entry_lines
        out: list[str] = []
        for i, b in enumerate(self.blocks):
            out.extend(b.render(first=(i == 0)))
        return out
