"""The lowering of each `py` op (package-private to `lower_py.py`, which drives it).

Every `lower_<op>(op, ins, outs)` builds the lowered form before `op` and returns the values that
replace its results (or None). `ins` / `outs` are the kinds of the op's operands and results as
they were before any rewriting ("int", "float", "bool", "str", "none", "obj", "var", or the type's
text for non-py types): operands are already lowered values by then, of which only the py type says
what they mean (an i64 is a tagged int, an object word or None).
"""

from __future__ import annotations

from mlir import ir

from .blocks import op_key, op_name
from .common import PassError, enclosing_function
from .lower_py_emit import EXC_KINDS, Emitter, lower_type_text, var_element

BINOPS = ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor",
          "matmul")
UNOPS = ("neg", "pos", "invert")
CMPOPS = ("lt", "le", "eq", "ne", "gt", "ge")
INT_PRED = {"lt": "slt", "le": "sle", "eq": "eq", "ne": "ne", "gt": "sgt", "ge": "sge"}
FLOAT_PRED = {"lt": "olt", "le": "ole", "eq": "oeq", "ne": "une", "gt": "ogt", "ge": "oge"}
# Type ids `ai_obj_type` returns: `enum ai_type_id` in rt.h (AI_T_NONE = 1 ... AI_T_STR = 5).
TYPE_IDS = {"none": 1, "bool": 2, "int": 3, "float": 4, "str": 5}
SMALL_MIN, SMALL_MAX = -(2**62), 2**62 - 1
DEPTH_CODES = {"C": 0, "S": 1, "<": 2, "F": 3, "R": 4}  # call, str, comparison, frame, repr
# Users for which a py.box is not materialised: they look through it at the typed value.
LOOK_THROUGH = ("py.print", "py.builtin")


def _attr_str(op, name: str, default: str | None = None) -> str:
    if name not in op.attributes:
        if default is None:
            raise PassError(op.location, f"{op.name} needs a '{name}' attribute")
        return default
    return ir.StringAttr(op.attributes[name]).value


class OpLowering(Emitter):
    kinds: dict  # op key → (operand kinds, result kinds), filled by the driver before any rewrite
    alloca_after: dict  # function key → its last slot op (the next slot goes after it)

    # ----- conversions between the typed forms and object words -----------------------------------
    def box(self, v, kind: str):
        """The object word (i64) of a typed value."""
        if kind in ("int", "obj", "none"):
            return v
        if kind in ("str", "list"):
            return self.value("llvm.ptrtoint", [v], self.i64)
        if kind == "bool":
            return self.select(v, self.immortal("ai_True"), self.immortal("ai_False"))
        if kind == "float":
            return self.call("ai_float_box", [self.scope.ctx, v])
        raise PassError(self.loc, f"boxing a value of type {kind} is not supported yet")

    def unbox(self, w, kind: str):
        """The typed form of object word `w`, checked: TypeError when it is not of that type."""
        ctx = self.scope.ctx
        if kind == "obj":
            return w
        if kind in ("none", "bool"):
            yes = self.cmpi("eq", w, self.immortal("ai_True" if kind == "bool" else "ai_None"))
            ok = yes if kind == "none" else self._or(yes, self.cmpi("eq", w, self.immortal("ai_False")))
            self.raise_if(self._not(ok), "TypeError", f"expected {kind if kind == 'bool' else 'None'}")
            return yes if kind == "bool" else w
        if kind not in ("int", "float", "str"):
            raise PassError(self.loc, f"unboxing to {kind} is not supported yet")
        tid = self.call("ai_obj_type", [w])
        ok = self.cmpi("eq", tid, self.const_int(TYPE_IDS[kind], self.i32))
        if kind == "int":  # a small int has no object: its tag bit says int
            ok = self._or(ok, self.cmpi("ne", self.value("arith.andi", [w, self.const_int(1)], self.i64),
                                        self.const_int(0)))
        self.raise_if(self._not(ok), "TypeError", f"expected {kind}")
        if kind == "float":
            return self.call("ai_float_unbox", [w])
        if kind == "str":
            return self.value("llvm.inttoptr", [w], self.ptr)
        return w

    def convert(self, v, src: str, dst: str):
        """A value of kind `src` as kind `dst`, as Python converts (bool → int → float; typed ↔ obj)."""
        if src == dst:
            return v
        if dst == "obj":
            return self.box(v, src)
        if src == "obj":
            return self.unbox(v, dst)
        if src == "bool" and dst == "int":
            return self.select(v, self.const_int(3), self.const_int(1))  # the words of 1 and 0
        if src == "bool" and dst == "float":
            return self.value("arith.uitofp", [v], self.f64)
        if src == "int" and dst == "float":
            return self.call("ai_int_to_f64", [self.scope.ctx, v])
        raise PassError(self.loc, f"conversion of {src} to {dst} is not supported yet")

    def _not(self, b):
        return self.value("arith.xori", [b, self.const_bool(True)], self.i1)

    def _or(self, a, b):
        return self.value("arith.ori", [a, b], self.i1)

    def source(self, value, kind: str):
        """(value, kind) of a py.box's input when `value` is an unmaterialised box, else as given."""
        owner = value.owner
        if isinstance(owner, (ir.Operation, ir.OpView)) and op_name(owner) == "py.box":
            box = owner.operation if hasattr(owner, "operation") else owner
            return box.operands[0], self.kinds[op_key(box)][0][0]
        return value, kind

    # ----- constants and variables ------------------------------------------------------------------
    def lower_constant(self, op, ins, outs):
        kind, attr = outs[0], op.attributes["value"] if "value" in op.attributes else None
        if kind == "none":
            return [self.immortal("ai_None")]
        if kind == "float":
            return [self.const_f64(ir.FloatAttr(attr).value)]
        if kind == "bool":
            return [self.const_bool(bool(ir.IntegerAttr(attr).value))]
        if kind == "str":
            p, n = self.cstring(ir.StringAttr(attr).value)
            return [self.call("ai_str_const", [self.scope.ctx, p, self.const_int(n)])]
        if kind == "int":
            return [self._int_constant(attr)]
        raise PassError(op.location, f"a py.constant of type {kind} is not supported yet")

    def _int_constant(self, attr):
        ctx = self.scope.ctx
        if isinstance(attr, ir.StringAttr):
            digits = ir.StringAttr(attr).value
            p, n = self.cstring(digits)
            return self.call("ai_int_from_decimal", [ctx, p, self.const_int(n)])
        value = ir.IntegerAttr(attr).value
        if SMALL_MIN <= value <= SMALL_MAX:
            return self.const_int((value << 1) | 1)
        return self.call("ai_int_from_i64", [ctx, self.const_int(value)])  # a big-int object

    def lower_local(self, op, ins, outs):
        """An `llvm.alloca` at the top of the function's entry block, wherever the py.local is: a
        slot outside the entry block would not become a register and would grow the stack in a
        loop."""
        return [self.entry_alloca(op, var_element(str(op.results[0].type), op.location))]

    def entry_alloca(self, op, element: str):
        """An `llvm.alloca` of `element` at the top of the entry block of `op`'s function, after the
        slots made before it."""
        func = enclosing_function(op)
        key = op_key(func)
        saved, last = self.ip, self.alloca_after.get(key)
        self.ip = ir.InsertionPoint.after(last) if last is not None else \
            ir.InsertionPoint.at_block_begin(func.regions[0].blocks[0])
        one = self.value("llvm.mlir.constant", [], self.i64, {"value": ir.IntegerAttr.get(self.i64, 1)})
        slot = self.value("llvm.alloca", [one], self.ptr, {"elem_type": ir.TypeAttr.get(self.type(element))})
        self.alloca_after[key] = slot.owner
        self.ip = saved
        return slot

    def lower_load(self, op, ins, outs):
        if "maybe_unbound" in op.attributes:
            raise PassError(op.location, "a possibly unbound variable (py.load maybe_unbound) is not supported yet")
        result = self.type(lower_type_text(str(op.results[0].type), op.location))
        return [self.value("llvm.load", [op.operands[0]], result)]

    def lower_store(self, op, ins, outs):
        self.op("llvm.store", [op.operands[0], op.operands[1]], [])

    # ----- boxes --------------------------------------------------------------------------------------
    def lower_box(self, op, ins, outs):
        uses = [u.owner for u in op.results[0].uses]
        if uses and all(op_name(u) in LOOK_THROUGH for u in uses):
            return "defer"  # the users read the typed value (self.source); erased once they are gone
        return [self.box(op.operands[0], ins[0])]

    def lower_unbox(self, op, ins, outs):
        return [self.unbox(op.operands[0], outs[0])]

    # ----- recursion depth and asyncio ----------------------------------------------------------------
    def lower_frame_enter(self, op, ins, outs):
        return [self.call("ai_depth_enter", [self.scope.ctx])]

    def lower_frame_restore(self, op, ins, outs):
        self.call("ai_depth_set", [op.operands[0]])

    def lower_depth_need(self, op, ins, outs):
        """CPython's nested C-level recursion checks (one letter each), as the legacy front end's
        `depth_need`: the count and the 4-bit codes packed in one word."""
        seq = _attr_str(op, "checks")
        bad = [c for c in seq if c not in DEPTH_CODES]
        if bad or not seq:
            raise PassError(op.location, f"py.depth_need checks must be letters of 'CS<FR', not {seq!r}")
        codes = sum(DEPTH_CODES[c] << (4 * i) for i, c in enumerate(seq))
        self.call("ai_depth_need", [self.scope.ctx, self.const_int(len(seq), self.i32), self.const_int(codes)])

    def lower_sleep(self, op, ins, outs):
        return [self.call("ai_sleep", [self.scope.ctx, op.operands[0]])]

    def lower_raise(self, op, ins, outs):
        """`ai_raise` and a branch to the exception exit (the driver drops the llvm.unreachable that
        follows, or splits the block when something else does)."""
        kind, message = _attr_str(op, "type"), _attr_str(op, "message", "")
        if kind not in EXC_KINDS:
            raise PassError(op.location, f"raising {kind} is not supported yet")
        return ("branch", self.raise_now(kind, message))


__all__ = ["OpLowering", "BINOPS", "UNOPS", "CMPOPS", "INT_PRED", "FLOAT_PRED", "TYPE_IDS"]
