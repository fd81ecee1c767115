"""Module-level names for the py front end: what each module-level name means.

* `def` / `async def`: a function; `import asyncio|sys|time|math` (and `from math|time|sys import
  name`): a module or one of its members; any other import is refused where it is written;
* `NAME = <constant expression>` bound once and never declared `global` anywhere: a constant,
  folded at compile time (consteval.py);
* any other module-level assignment target: a **module variable** (module state: one word each,
  `py.global_load` / `py.global_store`), as is every name a function declares `global`;
* every other module-level statement (assignments, `if __name__ == "__main__":`, loops, calls,
  `asyncio.run(main())`) runs in order in `__aithon_module_init`.

It reuses the first front end's checks of functions (decorators, parameters, strings)."""

from __future__ import annotations

import ast
import math

from ..frontend.names import CONST, FUNCTION, MODULE, Binding
from ..frontend.program import ALLOWED_CONST_NODES, Program as Collector
from .consteval import evaluate
from .function import Unsupported
from .types import const_type

GLOBAL = "global"  # a module variable
MEMBER = "member"  # `from math import sqrt`: value = (module, name)
MODULES = ("asyncio", "sys", "time", "math")
MATH_CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf, "nan": math.nan}
MEMBERS = {
    "math": {"sqrt", "floor", "ceil", "trunc", "gcd", "lcm", "factorial", "isqrt", "log", "log2", "log10", "exp",
             "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "hypot", "fabs", "isclose", "isfinite", "isinf",
             "isnan", "pow", "comb", "perm", "prod", "fsum", "copysign", "degrees", "radians", "dist", "fmod", "modf",
             *MATH_CONSTANTS},
    "time": {"time", "perf_counter", "monotonic"},
    "sys": {"argv", "exit", "stderr", "stdout"},
}


def declared_global(body: list[ast.stmt]) -> set[str]:
    """Names a function body declares `global` (not looking into lambdas: they cannot)."""
    out: set[str] = set()
    for stmt in body:
        for n in ast.walk(stmt):
            if isinstance(n, ast.Global):
                out.update(n.names)
    return out


class ModuleCollector(Collector):
    def collect(self, tree: ast.Module) -> None:
        self.check_strings(tree)
        self.rebound: set[str] = set()
        for fn in (s for s in ast.walk(tree) if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))):
            self.rebound |= declared_global(fn.body)
        targets = [t for s in tree.body for t in _module_targets(s)]
        counts: dict[str, int] = {}
        for name in targets:
            counts[name] = counts.get(name, 0) + 1
        self.multi = {n for n, c in counts.items() if c > 1}
        self.code_ran = False
        if "__name__" not in counts:
            self.globals["__name__"] = Binding(CONST, "__main__")
            self.constants["__name__"] = "__main__"
        for stmt in tree.body:
            self.collect_stmt(stmt, self.main_body)
        for name in sorted(self.rebound):  # `global x` with no module-level binding: a variable too
            if name not in self.globals:
                self.globals[name] = Binding(GLOBAL, None)
                self.bound_at[name] = (len(self.bound_at), tree)

    def const_eval(self, node, why="default values must be constants"):
        for n in ast.walk(node):
            if not isinstance(n, ALLOWED_CONST_NODES) or (isinstance(n, ast.Name) and n.id not in self.constants):
                self.error(n, f"{why}: this expression is not supported here")
        try:
            value = evaluate(node, self.constants)
        except Unsupported:
            raise
        except Exception as exc:  # the constant expression itself fails in CPython too
            self.error(node, f"constant expression raises {type(exc).__name__}: {exc}")
        if const_type(value) is None:
            self.error(node, f"constant of type {type(value).__name__} is not supported")
        return value

    def _is_const(self, node: ast.expr) -> bool:
        if not all(isinstance(n, ALLOWED_CONST_NODES) and not (isinstance(n, ast.Name) and n.id not in self.constants)
                   for n in ast.walk(node)):
            return False
        try:
            return const_type(evaluate(node, self.constants)) is not None
        except Exception:
            return False  # raises at run time, where CPython raises it: module code

    def bind_module_var(self, node: ast.AST, name: str) -> None:
        from ..frontend.names import BUILTIN_NAMES

        if name in BUILTIN_NAMES and self.code_ran and name not in self.globals:
            # before this statement runs, the name is the builtin (a global that falls back to
            # the builtin is not modelled)
            self.error(node, f"module-level name '{name}' is bound after module-level code that uses it has run: "
                             "this is not supported")
        old = self.globals.get(name)
        if old is None:
            self.globals[name] = Binding(GLOBAL, None)
            self.bound_at[name] = (len(self.bound_at), node)
        elif old.kind != GLOBAL:
            what = {FUNCTION: "function", CONST: "module-level constant", MODULE: "module"}.get(old.kind, "name")
            self.error(node, f"rebinding {what} '{name}' is not supported")

    def collect_stmt(self, stmt: ast.stmt, body: list[ast.stmt]) -> None:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.name not in MODULES:
                    self.error(stmt, f"import of '{alias.name}' is not supported (only asyncio, sys, time and math)")
                name = alias.asname or alias.name
                self.bind_global(stmt, name, Binding(MODULE, alias.name))
            self.imports_asyncio = self.imports_asyncio or any(a.name == "asyncio" for a in stmt.names)
        elif isinstance(stmt, ast.ImportFrom):
            mod = stmt.module or ""
            if stmt.level or mod not in MEMBERS:
                self.error(stmt, f"import from '{mod}' is not supported (only from math, time and sys)")
            for alias in stmt.names:
                if alias.name not in MEMBERS[mod]:
                    self.error(stmt, f"'{mod}.{alias.name}' is not supported")
                name = alias.asname or alias.name
                if mod == "math" and alias.name in MATH_CONSTANTS:
                    self.bind_global(stmt, name, Binding(CONST, MATH_CONSTANTS[alias.name]))
                    self.constants[name] = MATH_CONSTANTS[alias.name]
                else:
                    self.bind_global(stmt, name, Binding(MEMBER, (mod, alias.name)))
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.check_def(stmt)
            self.check_body(stmt.body)
            self.bind_global(stmt, stmt.name, Binding(FUNCTION, stmt))
            self.functions[stmt.name] = stmt
        elif isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets) \
                and not any(t.id in self.rebound or t.id in self.multi for t in stmt.targets) \
                and not self.code_ran and self._is_const(stmt.value):
            value = self.const_eval(stmt.value, "module-level constants")
            for t in stmt.targets:
                self.bind_global(t, t.id, Binding(CONST, value))
                self.constants[t.id] = value
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            pass  # docstring
        elif isinstance(stmt, (ast.ClassDef,)):
            self.error(stmt, "class definition is not supported")
        else:
            self.check_body([stmt])
            for name in _module_targets(stmt):
                self.bind_module_var(stmt, name)
            body.append(stmt)
            # from here on functions may have run: a later binding is not there for them yet
            self.code_ran = self.code_ran or any(isinstance(n, ast.Call) for n in ast.walk(stmt))


REFUSED = (ast.Try, ast.With, ast.AsyncWith, ast.AsyncFor, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef,
           ast.Yield, ast.YieldFrom, ast.Nonlocal, ast.NamedExpr, ast.Match, ast.Raise, ast.Import, ast.ImportFrom)
if hasattr(ast, "TryStar"):
    REFUSED = REFUSED + (ast.TryStar,)


def _describe(node: ast.AST) -> str:
    from ..frontend.compiler import describe

    return describe(node)


def _check(self, body: list[ast.stmt]) -> None:
    """Syntax that is refused wherever it is written, even in code that never runs (the front end
    only builds what is reachable)."""
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, REFUSED):
                self.error(node, f"{_describe(node)} is not supported")


ModuleCollector.check_body = _check


def _module_targets(stmt: ast.stmt) -> list[str]:
    """Names a module-level statement binds (not looking into function bodies or lambdas)."""
    out = []
    todo = [stmt]
    while todo:
        n = todo.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.Import,
                          ast.ImportFrom)):
            continue
        if isinstance(n, ast.comprehension):
            todo.extend([n.iter, *n.ifs])
            continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            out.append(n.id)
        todo.extend(ast.iter_child_nodes(n))
    return out
