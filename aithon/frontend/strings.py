"""Strings: constants, str()/repr conversions, f-strings and print()."""

from __future__ import annotations

import ast
import re

from .pytypes import BOOL, FLOAT, INT, LIST_ELEM_KIND, NONE, STR, inner, is_list
from .values import V

PTR = "!llvm.ptr"
# [[fill]align][sign][z][#][0][width][grouping][.precision][type]
SPEC_PARTS = re.compile(r"(?P<head>(?:.?[<>=^])?[-+ ]?z?#?0?)(?P<width>\d*)(?P<group>[,_]?)"
                        r"(?:\.(?P<prec>\d+))?(?P<type>.?)\Z", re.S)
MAX_NUMBER_PRECISION = 10**8
SSIZE_MAX, INT_MAX = 2**63 - 1, 2**31 - 1


def validation_spec(spec: str) -> str:
    """The spec with the same validity but a small width and precision, so that checking it at
    compile time never builds a huge string (f"{x:1000000000000}" is MemoryError at run time, as
    in CPython). Values CPython rejects before formatting (beyond Py_ssize_t; a float precision
    beyond INT_MAX) are kept, so their message is CPython's."""
    m = SPEC_PARTS.match(spec)
    if m is None:
        return spec
    width, prec = m.group("width"), m.group("prec")
    if width and int(width) <= SSIZE_MAX:
        width = "1"
    if prec is not None and int(prec) <= INT_MAX:
        prec = str(min(int(prec), 20))
    return m.group("head") + width + m.group("group") + ("." + prec if prec is not None else "") + m.group("type")


class StringsMixin:
    def cstr_ptr(self, text: str) -> tuple[str, int]:
        """(pointer, byte length) of a NUL-terminated module constant holding `text`."""
        data = text.encode("utf-8")
        sym = self.prog.text.cstring(data, self.f.loc())
        return self.f.value(f'llvm.mlir.addressof @"{sym}" : !llvm.ptr', "s"), len(data)

    def str_const(self, text: str) -> str:
        p, n = self.cstr_ptr(text)
        return self.rt("ai_str_const", [self.ctx, p, self.const_int(n).ssa])

    def to_str(self, v: V, node: ast.AST, repr_: bool = False) -> V:
        """str(v) (or repr(v))."""
        if v.unknown:
            return self.mark_unknown()
        if v.ty == STR:
            if repr_:
                return V(self.rt("ai_str_repr", [self.ctx, self.use(v)]), STR)
            return v
        if v.ty == NONE:
            return V(None, STR, "None", True)
        if v.is_const and v.ty in (INT, BOOL):
            return V(None, STR, str(v.const), True)
        conv = {INT: ("ai_str_from_i64", "i64"), FLOAT: ("ai_str_from_f64", "f64"), BOOL: ("ai_str_from_bool", "i1")}
        if v.ty in conv:
            fn, t = conv[v.ty]
            return V(self.rt(fn, [self.ctx, v.ssa]), STR)
        self.error(node, f"str() of {v.ty} is not supported")

    def visit_JoinedStr(self, node: ast.JoinedStr) -> V:
        acc: V | None = None
        for part in node.values:
            if isinstance(part, ast.Constant):
                piece = V(None, STR, part.value, True)
            else:
                piece = self.formatted(part)
                if piece.unknown:
                    return piece
            acc = piece if acc is None else self.concat(acc, piece)
        return acc if acc is not None else V(None, STR, "", True)

    def concat(self, a: V, b: V) -> V:
        if a.is_const and b.is_const:
            return V(None, STR, a.const + b.const, True)
        return V(self.rt("ai_str_concat", [self.ctx, self.use(a), self.use(b)]), STR)

    def formatted(self, part: ast.FormattedValue) -> V:
        v = self.visit(part.value)
        if v.unknown:
            return self.mark_unknown()
        if part.conversion not in (-1, ord("s"), ord("r")):
            self.error(part, "the !a conversion is not supported")
        spec = self.format_spec(part)
        if part.conversion != -1:
            repr_ = part.conversion == ord("r")
            if repr_ or v.ty != STR:
                self.depth_need("R" if repr_ else "S")
            v = self.to_str(v, part, repr_=repr_)
        # FORMAT_VALUE's recursion checks in CPython 3.11: str() directly for an exact int,
        # __format__ then str() for other non-str values, __format__ alone with a spec
        if v.ty != STR:
            self.depth_need(("S" if v.ty == INT else "CS") if spec == "" else "C")
        if spec == "":
            return self.to_str(v, part)
        return self.format_with_spec(part, v, spec)

    def format_spec(self, part: ast.FormattedValue) -> str:
        if part.format_spec is None:
            return ""
        pieces = part.format_spec.values
        if not all(isinstance(p, ast.Constant) for p in pieces):
            self.error(part.format_spec, "nested replacement fields in a format spec are not supported")
        return "".join(p.value for p in pieces)

    def format_with_spec(self, node: ast.AST, v: V, spec: str) -> V:
        sample = {INT: 0, BOOL: 0, FLOAT: 0.0, STR: "", NONE: None}
        if v.ty not in sample:
            self.error(node, f"formatting {v.ty} with a format spec is not supported")
        try:  # validate now so a bad spec is a compile-time error with CPython's message
            format(sample[v.ty], validation_spec(spec))
        except (ValueError, TypeError) as exc:
            self.error(node, f"invalid format spec {spec!r}: {exc}")
        m = SPEC_PARTS.match(spec)
        if v.ty != STR and m and m.group("prec") and int(m.group("prec")) > MAX_NUMBER_PRECISION:
            # CPython makes strings of up to 2 GB here, and near 2**31 its dtoa overflows
            self.error(node, f"a number format precision above {MAX_NUMBER_PRECISION} is not supported")
        spec_s = self.str_const(spec)
        if v.ty in (INT, BOOL):  # bool formats as int once a spec is given
            return V(self.rt("ai_format_i64", [self.ctx, self.to_int(v), spec_s]), STR)
        if v.ty == FLOAT:
            return V(self.rt("ai_format_f64", [self.ctx, v.ssa, spec_s]), STR)
        if v.ty == NONE:
            self.error(node, "formatting None with a format spec is not supported")
        return V(self.rt("ai_format_str", [self.ctx, self.use(v), spec_s]), STR)

    # ----- print -------------------------------------------------------------------------------
    def write_text(self, text: str) -> None:
        if text:
            p, n = self.cstr_ptr(text)
            self.rt("ai_write_cstr", [self.ctx, p, self.const_int(n).ssa])

    def write_value(self, v: V, node: ast.AST) -> None:
        if v.is_const and v.ty in (STR, NONE, INT, BOOL):
            self.write_text(str(v.const))
            return
        simple = {INT: ("ai_write_i64", "i64"), FLOAT: ("ai_write_f64", "f64"), BOOL: ("ai_write_bool", "i1"),
                  STR: ("ai_write_str", PTR)}
        if v.ty in simple:
            fn, t = simple[v.ty]
            self.rt(fn, [self.ctx, self.use(v)])
        elif is_list(v.ty) and inner(v.ty) in LIST_ELEM_KIND:
            kind = self.f.value(f"arith.constant {LIST_ELEM_KIND[inner(v.ty)]} : i32", "c")
            self.rt("ai_write_list", [self.ctx, v.ssa, kind])
        else:
            self.error(node, f"printing {v.ty} is not supported")

    def print_call(self, node: ast.Call) -> V:
        args = [self.visit(a) for a in node.args]
        args = [self.gather_as_list(n, a) if a.ty == "gather" else a for a, n in zip(args, node.args)]
        opts = {"sep": V(None, STR, " ", True), "end": V(None, STR, "\n", True)}
        flush: V | None = None
        for kw in node.keywords:
            if kw.arg not in ("sep", "end", "flush"):
                self.error(kw, f"print() keyword '{kw.arg}' is not supported")
            val = self.visit(kw.value)
            if kw.arg == "flush":
                flush = val
                continue
            if val.ty == NONE:
                continue
            if val.ty != STR and not val.unknown:
                self.error(kw, f"{kw.arg} must be None or a string, not {val.ty}")
            opts[kw.arg] = val
        if any(a.unknown for a in args) or any(o.unknown for o in opts.values()):
            return self.mark_unknown()
        self.depth_need("CC")  # print's two nested recursion checks in CPython 3.11
        for i, (a, n) in enumerate(zip(args, node.args)):
            if i:
                self.write_value(opts["sep"], node)
            self.write_value(a, n)
        self.write_value(opts["end"], node)
        if flush is not None and flush.unknown:
            return self.mark_unknown()
        if flush is not None and not (flush.is_const and not flush.const) and flush.ty != NONE:
            # the bytes reach stdout now (they would anyway at exit or at a fatal signal)
            really = self.truth(flush, node)
            self.rt("ai_write_flush", [self.ctx, really])
        return V(None, NONE, None, True)
