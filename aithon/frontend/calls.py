"""Calls: builtins on numbers/strings and calls of user-defined (sync) functions."""

from __future__ import annotations

import ast

from .pytypes import BOOL, FLOAT, INT, NONE, NUMERIC, STR, is_list, mlir_type
from .names import BUILTIN, CONST, FUNCTION, LOCAL, MODULE, UNDEFINED, python_type_name
from .values import V

PTR = "!llvm.ptr"
TYPE_ERROR = 5  # runtime exception kind (rt.h)
BUILTINS = ("print", "int", "float", "str", "repr", "abs", "min", "max", "len", "bool")


class CallsMixin:
    def visit_Call(self, node: ast.Call) -> V:
        fn = node.func
        if isinstance(fn, ast.Name):
            binding = self.resolve(fn.id)
            if binding.kind == FUNCTION:
                if isinstance(binding.value, ast.AsyncFunctionDef):
                    self.error(node, f"calling async function '{fn.id}' without await is not supported")
                return self.user_call(node, binding.value)
            if binding.kind == BUILTIN and fn.id in BUILTINS:
                return self.builtin_call(node, fn.id)
            if binding.kind in (LOCAL, CONST, MODULE):
                return self.call_not_callable(node)
            if binding.kind == UNDEFINED:
                self.error(fn, f"name '{fn.id}' is not defined")
        if isinstance(fn, ast.Attribute) and self.is_asyncio(fn.value):
            return self.asyncio_call(node, fn.attr, awaited=False)
        self.check_defined(fn)
        what = ast.unparse(fn) if isinstance(fn, (ast.Name, ast.Attribute)) else type(fn).__name__
        self.error(node, f"call of '{what}' is not supported")

    def check_defined(self, expr: ast.expr) -> None:
        """Refuse `name.attr` / `name` when `name` is bound nowhere (CPython: NameError)."""
        base = expr.value if isinstance(expr, ast.Attribute) else expr
        if isinstance(base, ast.Name) and self.resolve(base.id).kind == UNDEFINED:
            self.error(base, f"name '{base.id}' is not defined")

    def user_function(self, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """The module-level `def` that `name` refers to here (None when a local, a constant, a
        builtin... shadows it or it is not a function)."""
        binding = self.resolve(name)
        return binding.value if binding.kind == FUNCTION else None

    def call_not_callable(self, node: ast.Call) -> V:
        """Calling a variable, constant or module: CPython evaluates the callee and the arguments,
        then raises `TypeError: 'int' object is not callable`. So does the compiled code; what
        follows is unreachable (`Diverged`)."""
        callee = self.visit(node.func) if not self.is_asyncio(node.func) else V(None, "module")
        args = [self.visit(a.value if isinstance(a, ast.Starred) else a) for a in node.args]
        kwargs = [self.visit(k.value) for k in node.keywords]
        if callee.unknown or any(v.unknown for v in args + kwargs):
            return self.mark_unknown()
        if callee.ty not in (INT, FLOAT, BOOL, STR, NONE, "module") and not is_list(callee.ty):
            self.error(node, f"call of a {callee.ty.split('[')[0]} value is not supported")
        self.raise_now(TYPE_ERROR, f"'{python_type_name(callee.ty)}' object is not callable")

    # ----- user functions ---------------------------------------------------------------------
    def bind_args(self, node: ast.Call, target: ast.FunctionDef) -> list[V]:
        """Evaluate a call's arguments in source order and match them to the callee's parameters."""
        params = [a.arg for a in target.args.args]
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            self.error(node, "*args / **kwargs in a call are not supported")
        if len(node.args) > len(params):
            plural = "" if len(params) == 1 else "s"
            self.error(node, f"{target.name}() takes {len(params)} positional argument{plural} but "
                             f"{len(node.args)} were given")
        values: dict[str, V] = {}
        for p, a in zip(params, node.args):
            values[p] = self.visit(a)
        for kw in node.keywords:
            if kw.arg not in params:
                self.error(kw, f"{target.name}() got an unexpected keyword argument '{kw.arg}'")
            if kw.arg in values:
                self.error(kw, f"{target.name}() got multiple values for argument '{kw.arg}'")
            values[kw.arg] = self.visit(kw.value)
        defaults = dict(zip(params[len(params) - len(target.args.defaults):], target.args.defaults))
        out = []
        for p in params:
            if p in values:
                out.append(values[p])
            elif p in defaults:
                out.append(self.const_value(defaults[p], self.prog.const_eval(defaults[p])))
            else:
                self.error(node, f"{target.name}() missing required argument '{p}'")
        return out

    def user_call(self, node: ast.Call, target: ast.FunctionDef) -> V:
        args = self.bind_args(node, target)
        if any(a.unknown for a in args):
            return self.mark_unknown()
        spec = self.prog.spec_for(target, tuple(a.ty for a in args), node)
        ssa_args, types = self.call_operands(args)
        if spec.ret == "?":
            return self.mark_unknown()
        rt = mlir_type(spec.ret)
        sig = f"({', '.join(types)}) -> {rt}" if rt else f"({', '.join(types)}) -> ()"
        call = f"func.call @{spec.symbol}({', '.join(ssa_args)}) : {sig}"
        res = self.f.value(call, "r") if rt else (self.f.op(call) or None)
        self.depth_restore()
        self.check_exc()
        return V(res, spec.ret, None, spec.ret == NONE)

    def call_operands(self, args: list[V]) -> tuple[list[str], list[str]]:
        ssa, types = [self.ctx], [PTR]
        for a in args:
            mt = mlir_type(a.ty)
            if mt is not None:
                ssa.append(self.use(a))
                types.append(mt)
        return ssa, types

    # ----- builtins --------------------------------------------------------------------------
    def builtin_call(self, node: ast.Call, name: str) -> V:
        if name == "print":
            return self.print_call(node)
        if node.keywords:
            self.error(node, f"keyword arguments to {name}() are not supported")
        if any(isinstance(a, ast.Starred) for a in node.args):
            self.error(node, f"*args in a call of {name}() is not supported")
        args = [self.visit(a) for a in node.args]
        if any(a.unknown for a in args):
            return self.mark_unknown()
        if name in ("min", "max"):
            return self.min_max(node, name, args)
        if len(args) != 1:
            if name in ("float", "int", "str", "bool") and not args:
                return self.const_value(node, {"float": 0.0, "int": 0, "str": "", "bool": False}[name])
            self.error(node, f"{name}() with {len(args)} arguments is not supported")
        return getattr(self, f"builtin_{name}")(node, args[0])

    def builtin_int(self, node: ast.Call, v: V) -> V:
        self.depth_need("C")
        if v.ty in (INT, BOOL):
            return V(self.to_int(v), INT)
        if v.ty == FLOAT:
            return V(self.rt("ai_f64_to_i64", [self.ctx, v.ssa]), INT)
        self.error(node, f"int() of {v.ty} is not supported")

    def builtin_float(self, node: ast.Call, v: V) -> V:
        if v.ty in NUMERIC:
            return V(self.to_float(v), FLOAT)
        self.error(node, f"float() of {v.ty} is not supported")

    def builtin_bool(self, node: ast.Call, v: V) -> V:
        return V(self.truth(v, node), BOOL)

    def builtin_str(self, node: ast.Call, v: V) -> V:
        if v.ty != STR:
            self.depth_need("S")
        return self.to_str(v, node)

    def builtin_repr(self, node: ast.Call, v: V) -> V:
        self.depth_need("R")
        return self.to_str(v, node, repr_=True)

    def builtin_len(self, node: ast.Call, v: V) -> V:
        if v.ty == STR or is_list(v.ty):
            return V(self.length(v), INT)
        self.error(node, f"len() of {v.ty} is not supported")

    def length(self, v: V) -> str:
        if v.ty == STR:
            if v.is_const:
                return self.const_int(len(v.const)).ssa
            return self.rt("ai_str_len", [self.use(v)])
        return self.rt("ai_list_len", [v.ssa])

    def builtin_abs(self, node: ast.Call, v: V) -> V:
        self.depth_need("C")
        if v.ty == FLOAT:
            return V(self.f.value(f"math.absf {v.ssa} : f64", "fl"), FLOAT)
        if v.ty in (INT, BOOL):
            x = self.to_int(v)
            neg = self.f.value(f"arith.cmpi slt, {x}, {self.const_int(0).ssa} : i64", "t")
            negated = self.int_binop(node, ast.Sub(), self.const_int(0).ssa, x)
            return V(self.f.value(f"arith.select {neg}, {negated.ssa}, {x} : i64", "i"), INT)
        self.error(node, f"abs() of {v.ty} is not supported")

    def min_max(self, node: ast.Call, name: str, args: list[V]) -> V:
        """min()/max() of numbers return one of the arguments itself, type included (max(True, 0)
        is True, max(1, 1.0) is 1, max(1.0, 1) is 1.0): the first extreme one, found by strict
        comparisons as CPython's min_max loop does (nan is kept only while nothing compares
        better). Arguments of one type select at run time; mixed types are folded when every
        argument is a constant, and refused otherwise, since the result's type would then depend
        on the values."""
        if len(args) == 1 and is_list(args[0].ty):
            self.error(node, f"{name}() of a list is not supported")
        if len(args) < 2:
            self.error(node, f"{name}() needs at least two arguments here")
        self.depth_need("C<")
        types = {a.ty for a in args}
        if not types <= set(NUMERIC):
            self.error(node, f"{name}() of {', '.join(sorted(types))} is not supported")
        if len(types) > 1:
            if all(a.is_const for a in args):
                fold = min if name == "min" else max
                return self.const_value(node, fold(a.const for a in args))
            self.error(node, f"{name}() of {' and '.join(sorted(types))} values is not supported (the result "
                             "is one of the arguments, so its type would depend on the values)")
        ty = args[0].ty
        mt = mlir_type(ty)
        best = args[0]
        for a in args[1:]:
            # Python keeps the first of equal values: replace only on a strict improvement
            op = ast.Lt() if name == "min" else ast.Gt()
            better = self.compare(node, op, a, best)
            best = V(self.f.value(f"arith.select {better.ssa}, {a.ssa}, {best.ssa} : {mt}", "mm"), ty)
        return best

    def visit_Subscript(self, node: ast.Subscript) -> V:
        base = self.visit(node.value)
        if isinstance(node.slice, ast.Slice):
            self.error(node, "slicing is not supported")
        idx = self.visit(node.slice)
        if base.unknown or idx.unknown:
            return self.mark_unknown()
        if not is_list(base.ty) or idx.ty not in (INT, BOOL):
            self.error(node, f"subscript of {base.ty} with {idx.ty} is not supported")
        word = self.rt("ai_list_get", [self.ctx, base.ssa, self.to_int(idx)])
        return self.from_word(word, base.ty[5:-1])

    def from_word(self, w: str, ty: str) -> V:
        if ty == INT:
            return V(w, INT)
        if ty == FLOAT:
            return V(self.f.value(f"arith.bitcast {w} : i64 to f64", "fl"), FLOAT)
        if ty == BOOL:
            return V(self.f.value(f"arith.trunci {w} : i64 to i1", "b"), BOOL)
        if ty == STR or is_list(ty):
            return V(self.f.value(f"llvm.inttoptr {w} : i64 to !llvm.ptr", "s"), ty)
        raise AssertionError(ty)

    def to_word(self, v: V) -> str:
        if v.ty == INT:
            return v.ssa
        if v.ty == FLOAT:
            return self.f.value(f"arith.bitcast {v.ssa} : f64 to i64", "w")
        if v.ty == BOOL:
            return self.f.value(f"arith.extui {v.ssa} : i1 to i64", "w")
        return self.f.value(f"llvm.ptrtoint {self.use(v)} : !llvm.ptr to i64", "w")


__all__ = ["CallsMixin", "NONE", "STR"]
