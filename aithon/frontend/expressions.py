"""Expressions: constants, names, arithmetic with Python semantics, comparisons, boolean logic."""

from __future__ import annotations

import ast

from .emitter import float_literal
from .pytypes import BOOL, BOTTOM, FLOAT, INT, NONE, NUMERIC, STR, is_list, join_numeric, mlir_type
from .names import BUILTIN, CONST, FUNCTION, LOCAL, MODULE
from .values import UNKNOWN, Diverged, V

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
ZERO_DIV, OVERFLOW, VALUE_ERROR = 1, 2, 3
INT_OVERFLOW_MSG = "integer overflow: AIthon ints are 64-bit (no big integers yet)"

CMP_INT = {ast.Lt: "slt", ast.LtE: "sle", ast.Gt: "sgt", ast.GtE: "sge", ast.Eq: "eq", ast.NotEq: "ne"}
CMP_FLOAT = {ast.Lt: "olt", ast.LtE: "ole", ast.Gt: "ogt", ast.GtE: "oge", ast.Eq: "oeq", ast.NotEq: "une"}
SWAPPED = {ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.Gt: ast.Lt, ast.GtE: ast.LtE, ast.Eq: ast.Eq, ast.NotEq: ast.NotEq}


def exact_as_float(v: V) -> bool:
    """An int constant that converts to float exactly (|n| <= 2**53): a float comparison is exact."""
    return v.ty == INT and v.is_const and abs(v.const) <= 2 ** 53


class ExpressionsMixin:
    # ----- constants -------------------------------------------------------------------------
    def const_int(self, n: int, ty: str = INT) -> V:
        if ty == BOOL:
            return V(self.f.value(f"arith.constant {'true' if n else 'false'}", "b"), BOOL, bool(n), True)
        return V(self.f.value(f"arith.constant {n} : i64", "c"), INT, n, True)

    def const_float(self, x: float) -> V:
        return V(self.f.value(f"arith.constant {float_literal(x)} : f64", "cf"), FLOAT, x, True)

    def const_value(self, node: ast.AST, value) -> V:
        if value is None:
            return V(None, NONE, None, True)
        if isinstance(value, bool):
            return self.const_int(int(value), BOOL)
        if isinstance(value, int):
            if not INT64_MIN <= value <= INT64_MAX:
                self.error(node, "integer constant does not fit in 64 bits (big integers are not supported)")
            return self.const_int(value)
        if isinstance(value, float):
            return self.const_float(value)
        if isinstance(value, str):
            return V(None, STR, value, True)
        self.error(node, f"constant of type {type(value).__name__} is not supported")

    def visit_Constant(self, node: ast.Constant) -> V:
        return self.const_value(node, node.value)

    def zero(self, ty: str) -> str:
        mt = mlir_type(ty)
        if mt == "!llvm.ptr":
            return self.f.value("llvm.mlir.zero : !llvm.ptr", "null")
        if mt == "f64":
            return self.f.value("arith.constant 0.0 : f64", "cf")
        return self.f.value(f"arith.constant 0 : {mt}", "c")

    # ----- conversions -----------------------------------------------------------------------
    def to_float(self, v: V) -> str:
        if v.ty == FLOAT:
            return v.ssa
        op = "arith.uitofp" if v.ty == BOOL else "arith.sitofp"
        return self.f.value(f"{op} {v.ssa} : {mlir_type(v.ty)} to f64", "cf")

    def to_int(self, v: V) -> str:
        if v.ty == BOOL:
            return self.f.value(f"arith.extui {v.ssa} : i1 to i64", "c")
        return v.ssa

    def truth(self, v: V, node: ast.AST) -> str:
        """Python truthiness as an i1."""
        if v.ty == BOOL:
            return v.ssa
        if v.ty == INT:
            z = self.f.value("arith.constant 0 : i64", "c")
            return self.f.value(f"arith.cmpi ne, {v.ssa}, {z} : i64", "b")
        if v.ty == FLOAT:
            z = self.f.value("arith.constant 0.0 : f64", "cf")
            return self.f.value(f"arith.cmpf une, {v.ssa}, {z} : f64", "b")
        if v.ty == NONE:
            return self.f.value("arith.constant false", "b")
        if v.ty == STR or is_list(v.ty):
            n = self.length(v)
            z = self.f.value("arith.constant 0 : i64", "c")
            return self.f.value(f"arith.cmpi ne, {n}, {z} : i64", "b")
        self.error(node, f"truth value of {v.ty} is not supported")

    # ----- names -----------------------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> V:
        name = node.id
        binding = self.resolve(name)
        if binding.kind == LOCAL:
            return self.load_var(node, name)
        if binding.kind == CONST:
            return self.const_value(node, binding.value)
        if binding.kind == FUNCTION:
            self.error(node, f"using function '{name}' as a value is not supported")
        if binding.kind == MODULE:
            self.error(node, f"using module '{name}' as a value is not supported")
        if binding.kind == BUILTIN:
            self.error(node, f"using builtin '{name}' as a value is not supported")
        self.error(node, f"name '{name}' is not defined")

    # ----- arithmetic ------------------------------------------------------------------------
    def visit_BinOp(self, node: ast.BinOp) -> V:
        a, b = self.visit(node.left), self.visit(node.right)
        return self.binop(node, node.op, a, b)

    def binop(self, node: ast.AST, op: ast.operator, a: V, b: V) -> V:
        if a.unknown or b.unknown:
            return self.mark_unknown()
        if a.ty in NUMERIC and b.ty in NUMERIC:
            if isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift)):
                return self.bitwise(node, op, a, b)
            if isinstance(op, ast.Div) or join_numeric(a.ty, b.ty) == FLOAT:
                return self.float_binop(node, op, a, b)
            if isinstance(op, ast.Pow) and b.is_const and b.const < 0:
                # CPython gives a float here; a non-constant negative exponent is refused at run time
                self.error(node, "int ** negative int (a float result) is not supported")
            return self.int_binop(node, op, self.to_int(a), self.to_int(b))
        if a.ty == STR and b.ty == STR and isinstance(op, ast.Add):
            return V(self.rt("ai_str_concat", [self.ctx, self.use(a), self.use(b)]), STR)
        if isinstance(op, ast.Mult) and {a.ty, b.ty} in ({STR, INT}, {STR, BOOL}):
            s, n = (a, b) if a.ty == STR else (b, a)
            args = [self.ctx, self.use(s), self.to_int(n)]
            return V(self.rt("ai_str_mul", args), STR)
        self.error(node, f"operator {type(op).__name__} on {a.ty} and {b.ty} is not supported")

    def int_binop(self, node: ast.AST, op: ast.operator, x: str, y: str) -> V:
        f = self.f
        if isinstance(op, (ast.Add, ast.Sub)):
            r = f.value(f"arith.{'addi' if isinstance(op, ast.Add) else 'subi'} {x}, {y} : i64", "i")
            # signed overflow iff the result's sign differs from both inputs (add) / from x and ~y (sub)
            lhs = f.value(f"arith.xori {x}, {r} : i64", "t")
            rhs = f.value(f"arith.xori {y if isinstance(op, ast.Add) else x}, {r if isinstance(op, ast.Add) else y} : i64", "t")
            both = f.value(f"arith.andi {lhs}, {rhs} : i64", "t")
            self.raise_if(f.value(f"arith.cmpi slt, {both}, {self.const_int(0).ssa} : i64", "ovf"), OVERFLOW, INT_OVERFLOW_MSG)
            return V(r, INT)
        if isinstance(op, ast.Mult):
            lo = f.fresh("lo")
            hi = f.fresh("hi")
            f.op(f"{lo}, {hi} = arith.mulsi_extended {x}, {y} : i64")
            sign = f.value(f"arith.shrsi {lo}, {self.const_int(63).ssa} : i64", "t")
            self.raise_if(f.value(f"arith.cmpi ne, {hi}, {sign} : i64", "ovf"), OVERFLOW, INT_OVERFLOW_MSG)
            return V(lo, INT)
        if isinstance(op, (ast.FloorDiv, ast.Mod)):
            return self.int_divmod(op, x, y)
        if isinstance(op, ast.Pow):
            return V(self.rt("ai_i64_pow", [self.ctx, x, y]), INT)
        self.error(node, f"operator {type(op).__name__} on int is not supported")

    def int_divmod(self, op: ast.operator, x: str, y: str) -> V:
        f = self.f
        zero = self.const_int(0).ssa
        is_zero = f.value(f"arith.cmpi eq, {y}, {zero} : i64", "z")
        msg = "integer division or modulo by zero" if isinstance(op, ast.FloorDiv) else "integer modulo by zero"
        self.raise_if(is_zero, ZERO_DIV, msg)
        minus1 = self.const_int(-1).ssa
        is_m1 = f.value(f"arith.cmpi eq, {y}, {minus1} : i64", "t")
        if isinstance(op, ast.FloorDiv):
            is_min = f.value(f"arith.cmpi eq, {x}, {self.const_int(INT64_MIN).ssa} : i64", "t")
            self.raise_if(f.value(f"arith.andi {is_m1}, {is_min} : i1", "ovf"), OVERFLOW, INT_OVERFLOW_MSG)
            return V(f.value(f"arith.floordivsi {x}, {y} : i64", "q"), INT)
        # remsi traps on INT64_MIN % -1: divide by 1 instead (the Python result is 0 either way)
        safe = f.value(f"arith.select {is_m1}, {self.const_int(1).ssa}, {y} : i64", "t")
        r = f.value(f"arith.remsi {x}, {safe} : i64", "r")
        # Python's modulo takes the sign of the divisor
        nonzero = f.value(f"arith.cmpi ne, {r}, {zero} : i64", "t")
        signs = f.value(f"arith.xori {r}, {safe} : i64", "t")
        differ = f.value(f"arith.cmpi slt, {signs}, {zero} : i64", "t")
        fix = f.value(f"arith.andi {nonzero}, {differ} : i1", "t")
        adj = f.value(f"arith.addi {r}, {safe} : i64", "t")
        return V(f.value(f"arith.select {fix}, {adj}, {r} : i64", "m"), INT)

    def float_binop(self, node: ast.AST, op: ast.operator, a: V, b: V) -> V:
        f = self.f
        if isinstance(op, ast.Div) and a.ty != FLOAT and b.ty != FLOAT:
            args = [self.ctx, self.to_int(a), self.to_int(b)]
            return V(self.rt("ai_i64_truediv", args), FLOAT)
        x, y = self.to_float(a), self.to_float(b)
        simple = {ast.Add: "addf", ast.Sub: "subf", ast.Mult: "mulf"}
        if type(op) in simple:
            return V(f.value(f"arith.{simple[type(op)]} {x}, {y} : f64", "fl"), FLOAT)
        if isinstance(op, ast.Div):
            is_zero = f.value(f"arith.cmpf oeq, {y}, {self.const_float(0.0).ssa} : f64", "z")
            self.raise_if(is_zero, ZERO_DIV, "float division by zero")
            return V(f.value(f"arith.divf {x}, {y} : f64", "fl"), FLOAT)
        calls = {ast.FloorDiv: "ai_f64_floordiv", ast.Mod: "ai_f64_mod", ast.Pow: "ai_f64_pow"}
        if type(op) in calls:
            return V(self.rt(calls[type(op)], [self.ctx, x, y]), FLOAT)
        self.error(node, f"operator {type(op).__name__} on float is not supported")

    def bitwise(self, node: ast.AST, op: ast.operator, a: V, b: V) -> V:
        if FLOAT in (a.ty, b.ty):
            self.error(node, f"operator {type(op).__name__} on float is not supported")
        names = {ast.BitAnd: "andi", ast.BitOr: "ori", ast.BitXor: "xori"}
        if type(op) in names:
            if a.ty == BOOL and b.ty == BOOL:
                return V(self.f.value(f"arith.{names[type(op)]} {a.ssa}, {b.ssa} : i1", "b"), BOOL)
            x, y = self.to_int(a), self.to_int(b)
            return V(self.f.value(f"arith.{names[type(op)]} {x}, {y} : i64", "i"), INT)
        return self.shift(op, self.to_int(a), self.to_int(b))

    def shift(self, op: ast.operator, x: str, n: str) -> V:
        f = self.f
        zero = self.const_int(0).ssa
        self.raise_if(f.value(f"arith.cmpi slt, {n}, {zero} : i64", "neg"), VALUE_ERROR, "negative shift count")
        c63 = self.const_int(63).ssa
        big = f.value(f"arith.cmpi sgt, {n}, {c63} : i64", "t")
        n_safe = f.value(f"arith.select {big}, {c63}, {n} : i64", "t")
        if isinstance(op, ast.RShift):
            return V(f.value(f"arith.shrsi {x}, {n_safe} : i64", "i"), INT)
        r = f.value(f"arith.shli {x}, {n_safe} : i64", "i")
        back = f.value(f"arith.shrsi {r}, {n_safe} : i64", "t")
        lost = f.value(f"arith.cmpi ne, {back}, {x} : i64", "t")
        nz = f.value(f"arith.cmpi ne, {x}, {zero} : i64", "t")
        big_nz = f.value(f"arith.andi {big}, {nz} : i1", "t")
        self.raise_if(f.value(f"arith.ori {lost}, {big_nz} : i1", "ovf"), OVERFLOW, INT_OVERFLOW_MSG)
        return V(r, INT)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> V:
        operand = node.operand
        if isinstance(node.op, ast.USub) and isinstance(operand, ast.Constant) and type(operand.value) is int:
            return self.const_value(node, -operand.value)  # -9223372036854775808 is a 64-bit literal
        v = self.visit(node.operand)
        if v.unknown:
            return self.mark_unknown()
        if isinstance(node.op, ast.Not):
            t = self.truth(v, node)
            return V(self.f.value(f"arith.xori {t}, {self.const_int(1, BOOL).ssa} : i1", "b"), BOOL)
        if v.is_const and isinstance(node.op, ast.USub) and v.ty in (INT, FLOAT) and v.const != INT64_MIN:
            return self.const_value(node, -v.const)  # a negative literal needs no overflow check
        if v.ty == FLOAT:
            if isinstance(node.op, ast.USub):
                return V(self.f.value(f"arith.negf {v.ssa} : f64", "fl"), FLOAT)
            if isinstance(node.op, ast.UAdd):
                return v
        if v.ty in (INT, BOOL):
            x = self.to_int(v)
            if isinstance(node.op, ast.UAdd):
                return V(x, INT)
            if isinstance(node.op, ast.USub):
                return self.int_binop(node, ast.Sub(), self.const_int(0).ssa, x)
            if isinstance(node.op, ast.Invert):
                return V(self.f.value(f"arith.xori {x}, {self.const_int(-1).ssa} : i64", "i"), INT)
        self.error(node, f"unary {type(node.op).__name__} on {v.ty} is not supported")

    # ----- comparisons and boolean logic -------------------------------------------------------
    def compare(self, node: ast.AST, op: ast.cmpop, a: V, b: V) -> V:
        if a.unknown or b.unknown:
            return self.mark_unknown()
        if isinstance(op, (ast.Is, ast.IsNot)):
            if NONE not in (a.ty, b.ty):
                self.error(node, "'is' is only supported with None")
            same = a.ty == b.ty
            return self.const_int(int(same == isinstance(op, ast.Is)), BOOL)
        if type(op) not in CMP_INT:
            self.error(node, f"comparison {type(op).__name__} is not supported")
        if a.ty in NUMERIC and b.ty in NUMERIC:
            if FLOAT in (a.ty, b.ty):
                if INT in (a.ty, b.ty) and not any(exact_as_float(v) for v in (a, b)):
                    return self.compare_int_float(op, a, b)
                x, y = self.to_float(a), self.to_float(b)
                return V(self.f.value(f"arith.cmpf {CMP_FLOAT[type(op)]}, {x}, {y} : f64", "b"), BOOL)
            if a.ty == BOOL and b.ty == BOOL:
                pred = CMP_INT[type(op)].replace("s", "u") if type(op) not in (ast.Eq, ast.NotEq) else CMP_INT[type(op)]
                return V(self.f.value(f"arith.cmpi {pred}, {a.ssa}, {b.ssa} : i1", "b"), BOOL)
            x, y = self.to_int(a), self.to_int(b)
            return V(self.f.value(f"arith.cmpi {CMP_INT[type(op)]}, {x}, {y} : i64", "b"), BOOL)
        if a.ty == STR and b.ty == STR:
            c = self.rt("ai_str_cmp", [self.use(a), self.use(b)])
            return V(self.f.value(f"arith.cmpi {CMP_INT[type(op)]}, {c}, {self.const_int(0).ssa} : i64", "b"), BOOL)
        if isinstance(op, (ast.Eq, ast.NotEq)) and (NONE in (a.ty, b.ty) or {a.ty, b.ty} <= {STR, INT, FLOAT, BOOL}):
            # values of unrelated types are never equal in Python
            same = a.ty == b.ty == NONE
            return self.const_int(int(same == isinstance(op, ast.Eq)), BOOL)
        self.error(node, f"comparison between {a.ty} and {b.ty} is not supported")

    def compare_int_float(self, op: ast.cmpop, a: V, b: V) -> V:
        """An int compared with a float, exactly (CPython's float_richcompare), not through the
        int's rounded float value: 2**53 + 1 != 2.0**53, and 2**63 - 1 < 2.0**63. Rounding is
        monotonic, so when float(i) != f (or f is nan) that comparison already has the exact
        answer; when they are equal, f is an integer in [-2**63, 2**63] and the ints compare
        exactly (f == 2**63 is above every i64)."""
        f = self.f
        if a.ty == INT:
            i, x, pred = a.ssa, b.ssa, type(op)
        else:
            i, x, pred = b.ssa, a.ssa, SWAPPED[type(op)]
        fi = f.value(f"arith.sitofp {i} : i64 to f64", "cf")
        differ = f.value(f"arith.cmpf une, {fi}, {x} : f64", "b")
        by_float = f.value(f"arith.cmpf {CMP_FLOAT[pred]}, {fi}, {x} : f64", "b")
        top = f.value(f"arith.cmpf oeq, {x}, {self.const_float(2.0 ** 63).ssa} : f64", "b")
        other = f.value(f"arith.ori {differ}, {top} : i1", "b")
        # fptosi only of a value known to fit: never of nan, inf or 2**63 (poison)
        x_safe = f.value(f"arith.select {other}, {self.const_float(0.0).ssa}, {x} : f64", "cf")
        j = f.value(f"arith.fptosi {x_safe} : f64 to i64", "i")
        lhs = f.value(f"arith.select {top}, {self.const_int(-1).ssa}, {i} : i64", "i")
        rhs = f.value(f"arith.select {top}, {self.const_int(0).ssa}, {j} : i64", "i")
        exact = f.value(f"arith.cmpi {CMP_INT[pred]}, {lhs}, {rhs} : i64", "b")
        return V(f.value(f"arith.select {differ}, {by_float}, {exact} : i1", "b"), BOOL)

    def visit_Compare(self, node: ast.Compare) -> V:
        left = self.visit(node.left)
        if len(node.ops) == 1:
            return self.compare(node, node.ops[0], left, self.visit(node.comparators[0]))
        # a < b < c: later operands are evaluated only while the chain holds
        done = self.f.new_block([(self.f.fresh("chain"), "i1")])
        for i, (op, right) in enumerate(zip(node.ops, node.comparators)):
            try:
                r = self.visit(right)
            except Diverged:
                return self.join_after_divergence(done, BOOL)
            c = self.compare(node, op, left, r)
            if c.unknown:
                return c
            if i == len(node.ops) - 1:
                self.f.br(done, [c.ssa], ["i1"])
                break
            nxt = self.f.new_block()
            false = self.const_int(0, BOOL).ssa
            self.f.cond_br_args(c.ssa, nxt, [], done, [false])
            self.f.place(nxt)
            left = r
        self.f.place(done)
        return V(done.args[0][0], BOOL)

    def visit_BoolOp(self, node: ast.BoolOp) -> V:
        """`a and b` / `a or b` with short-circuit; the result is one of the operands (same type)."""
        vals = node.values
        first = self.visit(vals[0])
        if first.unknown:
            return self.mark_unknown()
        ty = first.ty
        mt = mlir_type(ty)
        merge = self.f.new_block([(self.f.fresh("bo"), mt)] if mt else [])
        cur = first
        for expr in vals[1:]:
            t = self.truth(cur, node)
            nxt = self.f.new_block()
            out = [self.use(cur)] if mt else []
            if isinstance(node.op, ast.And):
                self.f.cond_br_args(t, nxt, [], merge, out)
            else:
                self.f.cond_br_args(t, merge, out, nxt, [])
            self.f.place(nxt)
            try:
                cur = self.visit(expr)
            except Diverged:
                return self.join_after_divergence(merge, ty)
            if cur.unknown:
                return self.mark_unknown()
            if cur.ty != ty:
                self.error(expr, f"'{type(node.op).__name__.lower()}' of {ty} and {cur.ty} is not supported "
                                 "(operands must have the same type)")
        self.f.br(merge, [self.use(cur)] if mt else [], [mt] if mt else [])
        self.f.place(merge)
        return V(merge.args[0][0] if mt else None, ty)

    def visit_IfExp(self, node: ast.IfExp) -> V:
        t = self.test(node.test)
        then, other = self.f.new_block(), self.f.new_block()
        self.f.cond_br(t, then, other)
        self.f.place(then)
        try:
            a = self.visit(node.body)
        except Diverged:  # only the else branch continues
            self.f.place(other)
            return self.visit(node.orelse)
        if a.unknown:
            return self.mark_unknown()
        mt = mlir_type(a.ty)
        merge = self.f.new_block([(self.f.fresh("ife"), mt)] if mt else [])
        self.f.br(merge, [self.use(a)] if mt else [], [mt] if mt else [])
        self.f.place(other)
        try:
            b = self.visit(node.orelse)
        except Diverged:
            return self.join_after_divergence(merge, a.ty)
        if b.unknown:
            return self.mark_unknown()
        if b.ty != a.ty:
            self.error(node, f"conditional expression with {a.ty} and {b.ty} branches is not supported")
        self.f.br(merge, [self.use(b)] if mt else [], [mt] if mt else [])
        self.f.place(merge)
        return V(merge.args[0][0] if mt else None, a.ty)

    def test(self, node: ast.expr) -> str:
        """Evaluate a condition to i1 (truthiness; any operand types allowed in and/or)."""
        if isinstance(node, ast.BoolOp):
            res = self.f.new_block([(self.f.fresh("cond"), "i1")])
            for i, expr in enumerate(node.values):
                try:
                    t = self.test(expr)
                except Diverged:
                    if i == 0:
                        raise
                    return self.join_after_divergence(res, BOOL).ssa
                if i == len(node.values) - 1:
                    self.f.br(res, [t], ["i1"])
                    break
                nxt = self.f.new_block()
                if isinstance(node.op, ast.And):
                    self.f.cond_br_args(t, nxt, [], res, [self.const_int(0, BOOL).ssa])
                else:
                    self.f.cond_br_args(t, res, [self.const_int(1, BOOL).ssa], nxt, [])
                self.f.place(nxt)
            self.f.place(res)
            return res.args[0][0]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            t = self.test(node.operand)
            return self.f.value(f"arith.xori {t}, {self.const_int(1, BOOL).ssa} : i1", "b")
        v = self.visit(node)
        if v.unknown:
            self.mark_unknown()
            return self.f.value("arith.constant false", "b")
        return self.truth(v, node)

    def join_after_divergence(self, merge, ty: str) -> V:
        """The path being compiled raised unconditionally (`Diverged`); continue at `merge` with the
        paths that branched there earlier, or keep diverging when there are none."""
        if merge.preds == 0:
            raise Diverged()
        self.f.place(merge)
        return V(merge.args[0][0] if merge.args else None, ty)

    def mark_unknown(self) -> V:
        self.incomplete = True
        self.prog.unknowns = True
        if self.prog.final:
            self.error(None, "cannot infer the type of this expression (recursion without a base case?)")
        return UNKNOWN

    def use(self, v: V) -> str:
        """The SSA value of v, materialising a constant string on first use."""
        if v.ssa is None and v.ty == STR:
            v.ssa = self.str_const(v.const)
        return v.ssa


__all__ = ["ExpressionsMixin", "BOTTOM"]
