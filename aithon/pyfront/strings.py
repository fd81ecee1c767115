"""f-strings: each replacement field is a `py.format`, the parts are joined by one `py.join`."""

from __future__ import annotations

import ast

from . import ops
from .function import FunctionBuilder, Unsupported, V
from .types import FLOAT, INT, NONE, STR

CONVERSIONS = {-1: "", ord("s"): "s", ord("r"): "r"}


def joined_str(fb: FunctionBuilder, node: ast.JoinedStr) -> V:
    parts: list[V] = []
    for part in node.values:
        piece = V(None, STR, part.value, True) if isinstance(part, ast.Constant) else formatted(fb, part)
        if parts and piece.is_const and parts[-1].is_const:
            parts[-1] = V(None, STR, parts[-1].const + piece.const, True)
        else:
            parts.append(piece)
    if not parts:
        return V(None, STR, "", True)
    if len(parts) == 1:
        return parts[0]
    return V(fb.emit(ops.join, [fb.materialise(p) for p in parts]), STR)


def formatted(fb: FunctionBuilder, part: ast.FormattedValue) -> V:
    v = fb.expr(part.value)
    if part.conversion not in CONVERSIONS:
        raise Unsupported(part, "the !a conversion")
    conv = CONVERSIONS[part.conversion]
    if part.format_spec is not None and not all(isinstance(p, ast.Constant) for p in part.format_spec.values):
        # a spec with replacement fields (`{x:>{width}}`): the spec's text is built at run time,
        # after the value (CPython's order), and checked by the value's __format__
        spec_v = joined_str(fb, part.format_spec)
        if conv:
            fb.emit(ops.depth_need, "R" if conv == "r" else "S")
        fb.emit(ops.depth_need, "C")
        return V(fb.emit(ops.format_, fb.obj(v) if v.ty not in (STR,) else fb.materialise(v), conv, None,
                         fb.materialise(spec_v)), STR)
    spec = format_spec(fb, part)
    ty = v.ty
    if conv:
        if conv == "r" or ty != STR:
            fb.emit(ops.depth_need, "R" if conv == "r" else "S")
        ty = STR
    # FORMAT_VALUE's recursion checks in CPython 3.11: str() directly for an exact int,
    # __format__ then str() for other non-str values, __format__ alone with a spec
    if ty != STR:
        fb.emit(ops.depth_need, ("S" if ty == INT else "CS") if spec == "" else "C")
    if spec and ty == NONE:
        raise Unsupported(part, "formatting None with a format spec")
    if conv == "" and spec == "" and v.ty == STR:
        return v
    return V(fb.emit(ops.format_, fb.materialise(v), conv, spec or None), STR)


def format_spec(fb: FunctionBuilder, part: ast.FormattedValue) -> str:
    if part.format_spec is None:
        return ""
    pieces = part.format_spec.values
    if not all(isinstance(p, ast.Constant) for p in pieces):
        raise Unsupported(part.format_spec, "nested replacement fields in a format spec")
    spec = "".join(p.value for p in pieces)
    from ..frontend.strings import MAX_NUMBER_PRECISION, SPEC_PARTS, validation_spec

    sample = {INT: 0, "bool": 0, FLOAT: 0.0, STR: ""}
    v_ty = fb.prog.expr_type(fb.spec, part.value) if part.conversion == -1 else STR
    if v_ty in sample:
        try:  # a bad spec is a compile-time error with CPython's message (as the legacy front end)
            format(sample[v_ty], validation_spec(spec))
        except (ValueError, TypeError):
            raise Unsupported(part, "this format spec")
        m = SPEC_PARTS.match(spec)
        if v_ty != STR and m and m.group("prec") and int(m.group("prec")) > MAX_NUMBER_PRECISION:
            raise Unsupported(part, "this precision")
    # a value of unknown type: its type's __format__ checks the spec at run time
    return spec


HANDLERS = {ast.JoinedStr: joined_str}
