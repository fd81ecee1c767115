"""Type inference over the syntax tree, before any IR is built.

Every specialisation (a function and the static types of its arguments) gets the join of the types
assigned to each of its variables (flow-insensitive: a variable that holds an int on one path and
a str on another is `obj`) and the join of the types it returns. Specialisations are found from the
calls, and the whole program is re-typed until nothing changes: types only grow in a lattice of
height 3 (BOTTOM < int, float, ... < obj), so this ends after a few passes over the syntax tree,
and emission then builds each function once. The result-type rules are the ones emission uses
(types.py).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .function import Unsupported
from .types import (BOOL, BOTTOM, FLOAT, INT, NONE, OBJ, STR, MODULE_RESULT, binop_type, builtin_type, const_type,
                    elem, is_list, join, list_of, pow_type, unary_type)

BINOPS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv", ast.FloorDiv: "floordiv",
          ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift", ast.BitAnd: "and",
          ast.BitOr: "or", ast.BitXor: "xor", ast.MatMult: "matmul"}
UNARY = {ast.USub: "neg", ast.UAdd: "pos", ast.Invert: "invert", ast.Not: "not"}
COMPARE = {ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge", ast.Eq: "eq", ast.NotEq: "ne",
           ast.Is: "is", ast.IsNot: "is_not"}
COMPARE.update({ast.In: "in", ast.NotIn: "not_in"})


def is_range_call(prog, spec, e) -> bool:
    return isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "range" \
        and prog.resolve(spec, "range")[0] == "builtin" and not e.keywords and 1 <= len(e.args) <= 3


def item_type(prog, spec, iter_node, iter_type: str) -> str:
    """The static type of the items of a `for` loop or comprehension over `iter_node`."""
    if is_range_call(prog, spec, iter_node):
        return INT
    return elem(iter_type) if is_list(iter_type) else OBJ


@dataclass
class Spec:
    name: str
    node: ast.AST | None
    argtypes: tuple[str, ...]
    is_async: bool
    symbol: str = ""
    ret: str = BOTTOM
    var_types: dict[str, str] = field(default_factory=dict)
    tasks: dict[str, str] = field(default_factory=dict)  # task variable -> its result type


def falls_through(stmts: list[ast.stmt]) -> bool:
    """Whether control can reach the end of a statement list (conservative: True unless every path
    returns or loops forever)."""
    return all(_completes(s) for s in stmts)


def _completes(s: ast.stmt) -> bool:
    if isinstance(s, ast.Return):
        return False
    if isinstance(s, ast.If):
        return falls_through(s.body) or falls_through(s.orelse)
    if isinstance(s, ast.While) and isinstance(s.test, ast.Constant) and s.test.value is True:
        return _breaks(s.body)
    return True


def _breaks(stmts: list[ast.stmt]) -> bool:
    """Whether a `break` of this loop (not of a nested one) appears in the statements."""
    for s in stmts:
        if isinstance(s, ast.Break):
            return True
        if isinstance(s, ast.If) and (_breaks(s.body) or _breaks(s.orelse)):
            return True
    return False


class Inference:
    """The fixpoint. `prog` offers `resolve(spec, name)`, `spec_for(fn_node, argtypes)`,
    `const_of(spec, expr)`, `call_argtypes(fn_node, call, types)`, `params(fn_node)`,
    `body_of(spec)` and `is_asyncio_call(node, attr)`."""

    def __init__(self, prog):
        self.prog = prog
        self.changed = False
        self.comp: dict[str, str] = {}  # comprehension variables in scope

    def run(self, max_rounds: int = 50) -> None:
        for _ in range(max_rounds):
            self.changed = False
            self.done: set[int] = set()
            self.active: set[int] = set()
            for spec in list(self.prog.specs.values()):
                self.analyse(spec)
            if not self.changed:
                return
        raise Unsupported(None, "type inference did not settle")

    def analyse(self, spec: Spec) -> None:
        """Type one specialisation in this round. A callee is typed when a call first needs it,
        before its caller goes on, so a call chain of any depth is typed in one round; only
        recursion (a callee still active) needs another."""
        key = id(spec)
        if key in self.done or key in self.active:
            return
        self.active.add(key)
        saved = getattr(self, "spec", None)
        self.spec = spec
        if spec.node is not None:
            for p, t in zip(self.prog.params(spec.node), spec.argtypes):
                self.assign(p, t)
        self.body(self.prog.body_of(spec))
        if spec.node is not None and falls_through(spec.node.body):
            self.ret(NONE)  # the implicit `return None` at the end
        self.spec = saved
        self.active.discard(key)
        self.done.add(key)

    # ----- statements ------------------------------------------------------------------------------
    def assign(self, name: str, t: str) -> None:
        old = self.spec.var_types.get(name, BOTTOM)
        new = join(old, t)
        if new != old:
            self.spec.var_types[name] = new
            self.changed = True

    def ret(self, t: str) -> None:
        new = join(self.spec.ret, t)
        if new != self.spec.ret:
            self.spec.ret = new
            self.changed = True

    def body(self, stmts: list[ast.stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s: ast.stmt) -> None:
        if isinstance(s, ast.Assign):
            if self.prog.is_asyncio_call(s.value, "create_task") and len(s.targets) == 1 \
                    and isinstance(s.targets[0], ast.Name):
                from .asyncio_ops import ssa_task

                inner = s.value.args[0] if s.value.args else None
                t = self.call(inner, awaited=True) if inner is not None else OBJ
                if not ssa_task(self.prog, self.spec, s.targets[0].id):
                    self.target(s.targets[0], OBJ)  # a Task value
                    return
                for tgt in s.targets:
                    old = self.spec.tasks.get(tgt.id, BOTTOM)
                    if join(old, t) != old:
                        self.spec.tasks[tgt.id] = join(old, t)
                        self.changed = True
                return
            if len(s.targets) == 1 and isinstance(s.targets[0], ast.Tuple) and self.prog.is_gather(s.value) \
                    and all(isinstance(t, ast.Name) for t in s.targets[0].elts):
                ts = [self.call(a, awaited=True) for a in s.value.value.args
                      if not isinstance(a, ast.Starred)]
                for tgt, t in zip(s.targets[0].elts, ts):
                    self.target(tgt, t)
                return
            if len(s.targets) == 1 and isinstance(s.targets[0], ast.Tuple) and isinstance(s.value, ast.Tuple) \
                    and len(s.targets[0].elts) == len(s.value.elts) \
                    and not any(isinstance(e, ast.Starred) for e in [*s.targets[0].elts, *s.value.elts]):
                ts = [self.expr(e) for e in s.value.elts]
                for tgt, t in zip(s.targets[0].elts, ts):
                    self.target(tgt, t)
                return
            t = self.expr(s.value)
            for tgt in s.targets:
                self.target(tgt, t)
        elif isinstance(s, ast.AnnAssign):
            if s.value is not None:
                self.target(s.target, self.expr(s.value))
        elif isinstance(s, ast.AugAssign):
            if isinstance(s.target, ast.Name):
                cur = self.name_type(s.target.id)
                self.target(s.target, self.binop(type(s.op), cur, self.expr(s.value), s.value))
            else:
                self.expr(s.target)
                self.expr(s.value)
        elif isinstance(s, ast.Return):
            self.ret(self.expr(s.value) if s.value is not None else NONE)
        elif isinstance(s, ast.Expr):
            self.expr(s.value)
        elif isinstance(s, (ast.If, ast.While)):
            self.expr(s.test)
            self.body(s.body)
            self.body(s.orelse)
        elif isinstance(s, ast.For):
            t = self.expr(s.iter)
            counted = is_range_call(self.prog, self.spec, s.iter) and not s.orelse \
                and isinstance(s.target, ast.Name) and self.prog.resolve(self.spec, s.target.id)[0] == "local" \
                and all(self.expr(a) in (INT, BOOL) for a in s.iter.args)
            self.target(s.target, INT if counted else elem(t) if is_list(t) else OBJ)
            self.body(s.body)
            self.body(s.orelse)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                if not isinstance(t, ast.Name):
                    self.expr(t)
        elif isinstance(s, ast.Assert):
            self.expr(s.test)
            if s.msg is not None:
                self.expr(s.msg)

    def target(self, tgt: ast.expr, t: str) -> None:
        """Types of the names an assignment target binds (unpacked items are `obj`)."""
        if isinstance(tgt, ast.Name):
            if self.prog.resolve(self.spec, tgt.id)[0] == "local":
                self.assign(tgt.id, t)
        elif isinstance(tgt, (ast.Tuple, ast.List)):
            for e in tgt.elts:
                self.target(e.value if isinstance(e, ast.Starred) else e, OBJ)
        elif isinstance(tgt, ast.Subscript):
            self.expr(tgt.value)
            self.expr(tgt.slice)
        elif isinstance(tgt, ast.Attribute):
            self.expr(tgt.value)

    def name_type(self, name: str) -> str:
        if name in self.comp:
            return self.comp[name]
        kind, value = self.prog.resolve(self.spec, name)
        if kind == "local":
            return self.spec.var_types.get(name, BOTTOM)
        return const_type(value) if kind == "const" else OBJ

    # ----- expressions -----------------------------------------------------------------------------
    def binop(self, op: type, a: str, b: str, right: ast.expr) -> str:
        if op is ast.Pow:
            return pow_type(a, b, self.prog.const_of(self.spec, right))
        return binop_type(BINOPS[op], a, b)

    def expr(self, e: ast.expr) -> str:
        if isinstance(e, ast.Constant):
            return const_type(e.value) or OBJ
        if isinstance(e, ast.Subscript):
            t = self.expr(e.value)
            k = self.expr(e.slice)
            return elem(t) if is_list(t) and k in (INT, BOOL) and not isinstance(e.slice, ast.Slice) else OBJ
        if isinstance(e, ast.Name):
            if e.id not in self.comp:
                kind, value = self.prog.resolve(self.spec, e.id)
                if kind == "function":  # a function used as a value: called with any values
                    self.function_value(value)
            return self.name_type(e.id)
        if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
            for x in e.elts:
                self.expr(x)
            return OBJ
        if isinstance(e, ast.Dict):
            for x in [*e.keys, *e.values]:
                if x is not None:
                    self.expr(x)
            return OBJ
        if isinstance(e, (ast.Starred,)):
            self.expr(e.value)
            return OBJ
        if isinstance(e, ast.Slice):
            for x in (e.lower, e.upper, e.step):
                if x is not None:
                    self.expr(x)
            return OBJ
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            return self.comprehension(e)
        if isinstance(e, ast.Lambda):
            self.function_value(self.prog.lambda_def(self.spec, e))
            return OBJ
        if isinstance(e, ast.Attribute):
            if isinstance(e.value, ast.Name) and self.prog.resolve(self.spec, e.value.id)[0] == "module":
                return self.prog.module_attr_type(self.prog.resolve(self.spec, e.value.id)[1], e.attr)
            self.expr(e.value)
            return OBJ
        if isinstance(e, ast.BinOp):
            return self.binop(type(e.op), self.expr(e.left), self.expr(e.right), e.right)
        if isinstance(e, ast.UnaryOp):
            return unary_type(UNARY[type(e.op)], self.expr(e.operand))
        if isinstance(e, ast.Compare):
            for x in [e.left, *e.comparators]:
                self.expr(x)
            return BOOL
        if isinstance(e, ast.BoolOp):
            t = BOTTOM
            for x in e.values:
                t = join(t, self.expr(x))
            return t
        if isinstance(e, ast.IfExp):
            self.expr(e.test)
            return join(self.expr(e.body), self.expr(e.orelse))
        if isinstance(e, ast.JoinedStr):
            for v in e.values:
                if isinstance(v, ast.FormattedValue):
                    self.expr(v.value)
                    if v.format_spec is not None:
                        self.expr(v.format_spec)
            return STR
        if isinstance(e, ast.Await):
            return self.call(e.value, awaited=True)
        if isinstance(e, ast.Call):
            return self.call(e, awaited=False)
        return OBJ

    def comprehension(self, e) -> str:
        saved = dict(self.comp)
        try:
            for gen in e.generators:
                t = self.expr(gen.iter)
                self._comp_target(gen.target, OBJ)  # comprehensions iterate generically (data.py)
                for cond in gen.ifs:
                    self.expr(cond)
            if isinstance(e, ast.DictComp):
                self.expr(e.key)
                self.expr(e.value)
            else:
                self.expr(e.elt)
        finally:
            self.comp = saved
        return OBJ

    def _comp_target(self, tgt, t: str) -> None:
        if isinstance(tgt, ast.Name):
            self.comp[tgt.id] = t
        elif isinstance(tgt, (ast.Tuple, ast.List)):
            for x in tgt.elts:
                self._comp_target(x.value if isinstance(x, ast.Starred) else x, OBJ)

    def function_value(self, fn) -> None:
        """A function used as a value (a key=, a lambda): its specialisation for `obj` arguments."""
        spec = self.prog.spec_for(fn, tuple(OBJ for _ in self.prog.params(fn)))
        self.analyse(spec)

    def gather(self, c: ast.Call) -> str:
        """`gather(a(), b())` is a list of the children's results; `gather(*[f(x) for x in it])` of
        f's results, with x an int (range) or the list's element."""
        if len(c.args) == 1 and isinstance(c.args[0], ast.Starred) \
                and isinstance(c.args[0].value, (ast.ListComp, ast.GeneratorExp)):
            comp = c.args[0].value
            from .asyncio_ops import counted_gather

            if not counted_gather(self.prog, self.spec, comp):
                saved = dict(self.comp)
                try:
                    for gen in comp.generators:
                        self.expr(gen.iter)
                        self._comp_target(gen.target, OBJ)
                        for cond in gen.ifs:
                            self.expr(cond)
                    self.call(comp.elt, awaited=True)
                finally:
                    self.comp = saved
                return list_of(OBJ)
            gen = comp.generators[0]
            it = self.expr(gen.iter)
            self.comp[gen.target.id] = elem(it) if is_list(it) else INT
            try:
                self.call(comp.elt, awaited=True)
                return list_of(OBJ)  # a list the program may mutate: its items are any values
            finally:
                del self.comp[gen.target.id]
        for a in c.args:
            self.call(a, awaited=True)
        return list_of(OBJ)

    def call(self, c: ast.expr, awaited: bool) -> str:
        if not isinstance(c, ast.Call):
            if isinstance(c, ast.Name) and c.id in self.spec.tasks:
                return self.spec.tasks[c.id]
            return OBJ
        if isinstance(c.func, ast.Attribute) and not self.prog.is_asyncio_call(c, c.func.attr):
            self.expr(c.func.value)
            for a in [*c.args, *(k.value for k in c.keywords)]:
                self.expr(a)
            base = c.func.value
            if isinstance(base, ast.Name) and self.prog.resolve(self.spec, base.id)[0] == "module":
                return MODULE_RESULT.get((self.prog.resolve(self.spec, base.id)[1], c.func.attr), OBJ)
            return OBJ
        if isinstance(c.func, ast.Attribute):
            if self.prog.is_asyncio_call(c, "create_task"):
                inner = c.args[0] if c.args else None
                t = self.call(inner, awaited=True) if inner is not None else OBJ
                return t if awaited else OBJ  # not awaited: a Task value
            if self.prog.is_asyncio_call(c, "run") and c.args:
                return self.call(c.args[0], awaited=True)
            if self.prog.is_asyncio_call(c, "gather"):
                return self.gather(c)
            for a in c.args:
                self.expr(a)
            return NONE  # asyncio.sleep: None
        pos = [self.expr(a) for a in c.args]
        args = pos + [self.expr(k.value) for k in c.keywords]
        if not isinstance(c.func, ast.Name):
            self.expr(c.func)
            return OBJ
        kind, value = self.prog.resolve(self.spec, c.func.id)
        if kind == "builtin":
            if any(isinstance(a, ast.Starred) for a in c.args):
                return OBJ if c.func.id != "print" else NONE
            return builtin_type(c.func.id, pos, len(c.keywords))
        if kind == "member":
            return MODULE_RESULT.get(value, OBJ)
        if kind == "function":
            if BOTTOM in args:
                return BOTTOM
            spec = self.prog.spec_for(value, self.prog.call_argtypes(value, c, args))
            self.analyse(spec)
            return spec.ret
        return OBJ
