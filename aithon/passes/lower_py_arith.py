"""Operators of `aithon-lower-py` (package-private): py.binop, py.unary, py.compare, py.truth on the
typed forms `aithon-py-specialize` left and on object words.

Typed numbers follow Python's conversions (bool → int → float; an int that does not fit a float
raises OverflowError in `ai_int_to_f64`); ints call the `ai_int_*` functions, which handle small and
big ints alike; anything involving `!py.obj` (or a mix with no typed rule) boxes both operands and
calls the generic `ai_obj_*` entry, which raises TypeError as CPython does.
"""

from __future__ import annotations

from .common import PassError
from .lower_py_ops import BINOPS, CMPOPS, FLOAT_PRED, INT_PRED, UNOPS, OpLowering, _attr_str

NUMERIC = ("int", "bool", "float")
FLOAT_ARITH = {"add": "arith.addf", "sub": "arith.subf", "mul": "arith.mulf"}
FLOAT_CALLS = {"floordiv": "ai_f64_floordiv", "mod": "ai_f64_mod", "pow": "ai_f64_pow"}
BOOL_BITS = {"and": "arith.andi", "or": "arith.ori", "xor": "arith.xori"}
SWAPPED = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}


class ArithLowering(OpLowering):
    def lower_binop(self, op, ins, outs):
        name = _attr_str(op, "op")
        if name not in BINOPS:
            raise PassError(op.location, f"unknown binary operator '{name}'")
        (a, b), (ka, kb) = list(op.operands), ins
        if "inplace" in op.attributes and ka not in NUMERIC + ("str",):
            # a op= b on a value that may be a list, set or dict: changed in place (ai_obj_inplace)
            code = self.const_int(BINOPS.index(name), self.i32)
            word = self.call("ai_obj_inplace", [self.scope.ctx, code, self.box(a, ka), self.box(b, kb)])
            return [self.convert(word, "obj", outs[0])]
        if ka in NUMERIC and kb in NUMERIC:
            found = self._numeric_binop(name, a, ka, b, kb)
            if found is not None:
                return [self.convert(found[0], found[1], outs[0])]
        if ka == kb == "str" and name == "add":
            return [self.convert(self.call("ai_str_concat", [self.scope.ctx, a, b]), "str", outs[0])]
        if name == "mul" and {ka, kb} in ({"str", "int"}, {"str", "bool"}):
            s, n, kn = (a, b, kb) if ka == "str" else (b, a, ka)
            count = self.call("ai_int_as_i64", [self.scope.ctx, self.convert(n, kn, "int")])
            return [self.convert(self.call("ai_str_mul", [self.scope.ctx, s, count]), "str", outs[0])]
        code = self.const_int(BINOPS.index(name), self.i32)
        word = self.call("ai_obj_binop", [self.scope.ctx, code, self.box(a, ka), self.box(b, kb)])
        return [self.convert(word, "obj", outs[0])]

    def _numeric_binop(self, name, a, ka, b, kb):
        """(value, kind) of a typed numeric operation, or None to leave it to ai_obj_binop (which
        raises CPython's TypeError, e.g. for a float shift)."""
        ctx = self.scope.ctx
        if ka == kb == "bool" and name in BOOL_BITS:
            return self.value(BOOL_BITS[name], [a, b], self.i1), "bool"
        if "float" not in (ka, kb):
            x, y = self.convert(a, ka, "int"), self.convert(b, kb, "int")
            if name == "truediv":
                return self.call("ai_int_truediv", [ctx, x, y]), "float"
            if name == "matmul":
                return None
            # int ** negative int is a float object: the word is any value, checked by unbox if
            # the result is typed
            return self.call(f"ai_int_{name}", [ctx, x, y]), "obj" if name == "pow" else "int"
        if name not in FLOAT_ARITH and name not in FLOAT_CALLS and name != "truediv":
            return None
        x, y = self.convert(a, ka, "float"), self.convert(b, kb, "float")
        if name in FLOAT_ARITH:
            return self.value(FLOAT_ARITH[name], [x, y], self.f64), "float"
        if name == "truediv":
            self.raise_if(self.cmpf("oeq", y, self.const_f64(0.0)), "ZeroDivisionError", "float division by zero")
            return self.value("arith.divf", [x, y], self.f64), "float"
        return self.call(FLOAT_CALLS[name], [ctx, x, y]), "float"

    def lower_unary(self, op, ins, outs):
        name, v, k = _attr_str(op, "op"), op.operands[0], ins[0]
        if name == "not":
            return [self.convert(self._not(self.truth(v, k)), "bool", outs[0])]
        if name not in UNOPS:
            raise PassError(op.location, f"unknown unary operator '{name}'")
        if k == "float" and name in ("neg", "pos"):
            r = self.value("arith.negf", [v], self.f64) if name == "neg" else v
            return [self.convert(r, "float", outs[0])]
        if k in ("int", "bool"):
            r = self.call(f"ai_int_{name}", [self.scope.ctx, self.convert(v, k, "int")])
            return [self.convert(r, "int", outs[0])]
        code = self.const_int(UNOPS.index(name), self.i32)
        word = self.call("ai_obj_unop", [self.scope.ctx, code, self.box(v, k)])
        return [self.convert(word, "obj", outs[0])]

    def lower_compare(self, op, ins, outs):
        name = _attr_str(op, "op")
        (a, b), (ka, kb) = list(op.operands), ins
        if name in ("is", "is_not"):
            same = self.cmpi("eq" if name == "is" else "ne", self.box(a, ka), self.box(b, kb))
            return [self.convert(same, "bool", outs[0])]
        if name in ("in", "not_in"):  # a in b: b's __contains__
            r = self.call("ai_obj_contains", [self.scope.ctx, self.box(b, kb), self.box(a, ka)])
            if name == "not_in":
                r = self._not(r)
            return [self.convert(r, "bool", outs[0])]
        if name not in CMPOPS:
            raise PassError(op.location, f"comparison '{name}' is not supported yet")
        if ka in NUMERIC and kb in NUMERIC:
            r = self._numeric_compare(name, a, ka, b, kb)
        elif ka == kb == "str":
            order = self.call("ai_str_cmp", [a, b])
            r = self.cmpi(INT_PRED[name], order, self.const_int(0))
        else:
            code = self.const_int(CMPOPS.index(name), self.i32)
            r = self.call("ai_obj_compare", [self.scope.ctx, code, self.box(a, ka), self.box(b, kb)])
        return [self.convert(r, "bool", outs[0])]

    def _numeric_compare(self, name, a, ka, b, kb):
        if "float" not in (ka, kb):
            order = self.call("ai_int_cmp", [self.convert(a, ka, "int"), self.convert(b, kb, "int")])
            return self.cmpi(INT_PRED[name], order, self.const_int(0))
        if "int" not in (ka, kb):  # float with float or bool: exact in f64
            x, y = self.convert(a, ka, "float"), self.convert(b, kb, "float")
            return self.cmpf(FLOAT_PRED[name], x, y)
        # an int with a float, exactly (2**53 + 1 != 2.0**53): ai_int_cmp_f64(i, f) is -1, 0 or 1,
        # any other value when f is nan (then only != holds)
        if ka == "int":
            i, f, pred = a, self.convert(b, kb, "float"), name
        else:
            i, f, pred = b, self.convert(a, ka, "float"), SWAPPED[name]
        r = self.call("ai_int_cmp_f64", [i, f])
        c = lambda v: self.const_int(v, self.i32)  # noqa: E731
        if pred in ("eq", "ne"):
            return self.cmpi(pred, r, c(0))
        if pred in ("lt", "gt"):
            return self.cmpi("eq", r, c(-1 if pred == "lt" else 1))
        if pred == "ge":
            return self.cmpi("ult", r, c(2))  # 0 or 1
        return self.cmpi("ult", self.value("arith.addi", [r, c(1)], self.i32), c(2))  # le: -1 or 0

    def lower_truth(self, op, ins, outs):
        return [self.truth(op.operands[0], ins[0])]

    def truth(self, v, kind: str):
        """Python truthiness as an i1. An int goes through `ai_obj_truth` here; aithon-py-specialize
        tests a small int's word inline first."""
        if kind == "bool":
            return v
        if kind == "float":
            return self.cmpf("une", v, self.const_f64(0.0))
        if kind == "str":
            return self.cmpi("ne", self.call("ai_str_len", [v]), self.const_int(0))
        if kind == "none":
            return self.const_bool(False)
        if kind in ("int", "obj"):
            return self.call("ai_obj_truth", [self.scope.ctx, v])
        raise PassError(self.loc, f"truth value of {kind} is not supported yet")
