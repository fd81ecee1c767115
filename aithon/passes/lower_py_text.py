"""Text and builtins of `aithon-lower-py` (package-private): py.format, py.join, py.print,
py.builtin.

Recursion-depth checks are not made here: the front end states them with `py.depth_need` before
the op, as the legacy front end calls `depth_need` (print: "CC"; str(): "S"; repr(): "R"; int() and
abs(): "C"; min()/max(): "C<"; an f-string field: "R"/"S" for a conversion, then "S", "CS" or "C").

A `py.box` whose users all read the typed value through it (print, builtins) is never materialised;
print writes a constant string's bytes directly (`ai_write_cstr`), as the legacy front end does.
"""

from __future__ import annotations

from mlir import ir

from .blocks import op_name
from .common import PassError
from .lower_py_arith import ArithLowering
from .lower_py_ops import _attr_str

WRITE = {"int": "ai_write_int", "float": "ai_write_f64", "bool": "ai_write_bool", "str": "ai_write_str",
         "obj": "ai_write_obj"}
TO_STR = {"int": "ai_int_str", "float": "ai_str_from_f64", "bool": "ai_str_from_bool"}
FORMAT = {"int": "ai_int_format", "float": "ai_format_f64", "str": "ai_format_str"}


class TextLowering(ArithLowering):
    # ----- str() / repr() / format() ------------------------------------------------------------------
    def to_str(self, v, kind: str, repr_: bool = False):
        ctx = self.scope.ctx
        if kind == "str":
            return self.call("ai_str_repr", [ctx, v]) if repr_ else v
        if kind == "none":
            return self.call("ai_str_none", [ctx])
        if kind in ("obj", "list"):
            return self.call("ai_obj_repr" if repr_ else "ai_obj_str", [ctx, self.box(v, kind)])
        if kind in TO_STR:  # repr and str agree on numbers and bools
            return self.call(TO_STR[kind], [ctx, v])
        raise PassError(self.loc, f"str() of {kind} is not supported yet")

    def str_constant(self, text: str):
        p, n = self.cstring(text)
        return self.call("ai_str_const", [self.scope.ctx, p, self.const_int(n)])

    def lower_format(self, op, ins, outs):
        conv = _attr_str(op, "conv", "")
        if conv not in ("", "s", "r"):
            raise PassError(op.location, f"the !{conv} conversion is not supported yet")
        v, kind = op.operands[0], ins[0]
        if conv:
            v, kind = self.to_str(v, kind, repr_=conv == "r"), "str"
        if len(op.operands) > 1:
            spec = op.operands[1]
        else:
            text = _attr_str(op, "spec", "")
            if text == "":
                return [self.to_str(v, kind)]
            spec = self.str_constant(text)
        ctx = self.scope.ctx
        if kind == "bool":  # a bool formats as an int once a spec is given
            v, kind = self.convert(v, "bool", "int"), "int"
        if kind in FORMAT:
            return [self.call(FORMAT[kind], [ctx, v, spec])]
        return [self.call("ai_obj_format", [ctx, self.box(v, kind), spec])]

    def lower_join(self, op, ins, outs):
        parts = list(op.operands)
        if not parts:
            return [self.str_constant("")]
        acc = parts[0]
        for part in parts[1:]:
            acc = self.call("ai_str_concat", [self.scope.ctx, acc, part])
        return [acc]

    # ----- print ----------------------------------------------------------------------------------------
    def lower_constant(self, op, ins, outs):
        if outs[0] == "str" and _printed_only(op):
            return "defer"  # print writes the bytes; no str object is made
        return super().lower_constant(op, ins, outs)

    def lower_print(self, op, ins, outs):
        sep, end = _attr_str(op, "sep", " "), _attr_str(op, "end", "\n")
        stream = ir.IntegerAttr(op.attributes["stream"]).value if "stream" in op.attributes else 1
        if stream != 1:
            self.call("ai_write_stream", [self.scope.ctx, self.const_int(stream, self.i32)])
        self._print_values(op, ins, sep, end)
        if stream != 1:
            self.call("ai_write_stream", [self.scope.ctx, self.const_int(1, self.i32)])

    def _print_values(self, op, ins, sep, end):
        for i, (v, k) in enumerate(zip(op.operands, ins)):
            if i:
                self.write_text(sep)
            self.write_value(*self.source(v, k))
        self.write_text(end)
        if "flush" in op.attributes and ir.IntegerAttr(op.attributes["flush"]).value:
            self.call("ai_write_flush", [self.scope.ctx, self.const_bool(True)])

    def write_text(self, text: str) -> None:
        if text:
            p, n = self.cstring(text)
            self.call("ai_write_cstr", [self.scope.ctx, p, self.const_int(n)])

    def write_value(self, v, kind: str) -> None:
        owner = v.owner
        name = op_name(owner) if isinstance(owner, (ir.Operation, ir.OpView)) else ""
        if name == "py.constant":  # a deferred str constant
            self.write_text(ir.StringAttr(owner.attributes["value"]).value)
        elif name == "arith.constant" and kind in ("int", "bool"):  # known text: no call, no check
            value = ir.IntegerAttr(owner.attributes["value"]).value
            self.write_text(str(value >> 1) if kind == "int" else str(bool(value)))
        elif kind == "none":
            self.call("ai_write_none", [self.scope.ctx])
        elif kind in WRITE:
            self.call(WRITE[kind], [self.scope.ctx, v])
        else:
            raise PassError(self.loc, f"printing a value of type {kind} is not supported yet")

    # ----- builtins -------------------------------------------------------------------------------------
    def lower_builtin(self, op, ins, outs):
        name = _attr_str(op, "name")
        if "nkw" in op.attributes and ir.IntegerAttr(op.attributes["nkw"]).value:
            raise PassError(op.location, f"keyword arguments of builtin '{name}' are not supported yet")
        args = [self.source(v, k) for v, k in zip(op.operands, ins)]
        method = getattr(self, f"builtin_{name}", None)
        found = method(args) if method is not None and 0 < len(args) <= 2 else None
        if found is None and not args:
            found = {"int": lambda: (self.const_int(1), "int"), "float": lambda: (self.const_f64(0.0), "float"),
                     "bool": lambda: (self.const_bool(False), "bool"),
                     "str": lambda: (self.str_constant(""), "str")}.get(name, lambda: None)()
        if found is None:
            kinds = ", ".join(k for _, k in args)
            raise PassError(op.location, f"builtin '{name}' is not supported yet" + (f" (of {kinds})" if kinds else ""))
        if not len(op.results):
            return None
        return [self.convert(found[0], found[1], outs[0])]

    def builtin_abs(self, args):
        if len(args) != 1:
            return None
        (v, k), = args
        if k in ("int", "bool"):
            return self.call("ai_int_abs", [self.scope.ctx, self.convert(v, k, "int")]), "int"
        if k == "float":
            return self.value("math.absf", [v], self.f64), "float"
        if k == "obj":
            return self.call("ai_obj_abs", [self.scope.ctx, v]), "obj"
        return None

    def builtin_str(self, args):
        return (self.to_str(*args[0]), "str") if len(args) == 1 and args[0][1] != "var" else None

    def builtin_repr(self, args):
        return (self.to_str(*args[0], repr_=True), "str") if len(args) == 1 else None

    def builtin_int(self, args):
        if len(args) != 1:
            return None
        (v, k), = args
        if k in ("int", "bool"):
            return self.convert(v, k, "int"), "int"
        if k == "float":  # ValueError for nan, OverflowError for inf, as CPython
            return self.call("ai_int_from_f64", [self.scope.ctx, v]), "int"
        if k in ("obj", "str"):
            return self.call("ai_obj_int", [self.scope.ctx, self.box(v, k)]), "int"
        return None

    def builtin_float(self, args):
        if len(args) == 1 and args[0][1] in ("int", "bool", "float"):
            return self.convert(args[0][0], args[0][1], "float"), "float"
        if len(args) == 1 and args[0][1] == "obj":
            return self.call("ai_obj_float", [self.scope.ctx, args[0][0]]), "float"
        return None

    def builtin_bool(self, args):
        return (self.truth(*args[0]), "bool") if len(args) == 1 else None

    def builtin_len(self, args):
        if len(args) == 1 and args[0][1] == "obj":
            return self.call("ai_obj_len", [self.scope.ctx, args[0][0]]), "int"
        if len(args) != 1 or args[0][1] != "str":
            return None
        n = self.call("ai_str_len", [args[0][0]])  # a length is far below 2**62: a small int
        shifted = self.value("arith.shli", [n, self.const_int(1)], self.i64)
        return self.value("arith.ori", [shifted, self.const_int(1)], self.i64), "int"

    def builtin_round(self, args):
        if len(args) != 1:
            return None
        (v, k), = args
        if k in ("int", "bool"):
            return self.convert(v, k, "int"), "int"
        if k == "float":  # round half to even, then to an int (ValueError / OverflowError)
            even = self.value("math.roundeven", [v], self.f64)
            return self.call("ai_int_from_f64", [self.scope.ctx, even]), "int"
        if k == "obj":
            return self.call("ai_obj_round", [self.scope.ctx, v]), "int"
        return None

    def builtin_min(self, args):
        return self._extreme(args, "lt")

    def builtin_max(self, args):
        return self._extreme(args, "gt")

    def _extreme(self, args, pred: str):
        """min/max of two values of one type: the second only when strictly better, so the first of
        equal values is kept (CPython's min_max loop; a nan first argument stays)."""
        if len(args) != 2 or args[0][1] != args[1][1] or args[0][1] not in ("int", "float"):
            return None
        (a, k), (b, _) = args
        if k == "int":
            order = self.call("ai_int_cmp", [b, a])
            better = self.cmpi("slt" if pred == "lt" else "sgt", order, self.const_int(0))
        else:
            better = self.cmpf("o" + pred, b, a)
        return self.select(better, b, a), k


def _printed_only(op) -> bool:
    """Whether every use of `op`'s result is a py.box read only by py.print."""
    uses = [u.owner for u in op.results[0].uses]
    if not uses:
        return False
    for use in uses:
        if op_name(use) != "py.box":
            return False
        if not all(op_name(u.owner) == "py.print" for u in use.results[0].uses):
            return False
    return True
