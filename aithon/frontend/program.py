"""Whole-program driver: module-level checks, function specialisation and type inference fixpoint.

Types are inferred by compiling every specialisation in rounds. Within a round a callee is compiled
when a call first needs it, before its caller goes on, so call chains of any depth are typed in one
round; a call into a specialisation still being compiled (recursion) yields BOTTOM, and rounds repeat
until nothing changes. When the last round still had a BOTTOM, one more is compiled with
`final = True`, where any remaining BOTTOM is an error. Every step is linear in the program (see
test/unit/test_compile_growth.py).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..diagnostics import CompileError
from ..runtime_abi import RUNTIME
from ..source import source_lines
from .emitter import ModuleText, loc_filename, mlir_string
from .names import CONST, FUNCTION, MODULE, Binding, function_symbol
from .pytypes import BOTTOM, NONE, async_result_type, mlir_type

MAX_ROUNDS = 30
ALLOWED_CONST_NODES = (ast.Expression, ast.Constant, ast.Name, ast.Load, ast.BinOp, ast.UnaryOp, ast.BoolOp,
                       ast.Compare, ast.operator, ast.unaryop, ast.boolop, ast.cmpop, ast.IfExp)


@dataclass
class Spec:
    name: str
    node: ast.AST | None
    argtypes: tuple[str, ...]
    is_async: bool
    symbol: str = ""
    ret: str = BOTTOM
    var_types: dict[str, str] = field(default_factory=dict)


class Program:
    def __init__(self, source: str, filename: str) -> None:
        self.source, self.filename = source, filename
        self.loc_file = loc_filename(filename)
        self.lines = source_lines(source)
        self.functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        self.constants: dict[str, object] = {}
        self.imports_asyncio = False
        self.globals: dict[str, Binding] = {}  # module-level names: constants, functions, asyncio
        self.bound_at: dict[str, tuple[int, ast.AST]] = {}  # name -> (order of binding, node)
        self.runs: list[tuple[int, ast.stmt]] = []  # module statements that run code, after N bindings
        self.specs: dict[tuple[str, tuple[str, ...]], Spec] = {}
        self.adapters: dict[str, str] = {}
        self.final = False
        self.changed = False
        self.unknowns = False  # some expression's type was not known in this round
        self.spec_groups: dict[str, list[Spec]] = {}  # function name -> its specialisations
        self.text = ModuleText()
        self.main_body: list[ast.stmt] = []

    def source_line(self, line: int) -> str | None:
        return self.lines[line - 1] if 0 < line <= len(self.lines) else None

    def error(self, node: ast.AST, message: str):
        line = getattr(node, "lineno", 1)
        raise CompileError.at_byte_offset(self.filename, line, getattr(node, "col_offset", 0), message,
                                          self.source_line(line))

    # ----- module level ----------------------------------------------------------------------
    def collect(self, tree: ast.Module) -> None:
        self.check_strings(tree)
        for stmt in tree.body:
            self.collect_stmt(stmt, self.main_body)
        self.check_binding_order()

    def collect_stmt(self, stmt: ast.stmt, body: list[ast.stmt]) -> None:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.name != "asyncio" or alias.asname not in (None, "asyncio"):
                    self.error(stmt, f"import of '{alias.name}' is not supported (only 'import asyncio')")
                self.bind_global(stmt, "asyncio", Binding(MODULE, "asyncio"))
            self.imports_asyncio = True
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.check_def(stmt)
            from .syntax import check_function

            check_function(stmt, self.filename, self.lines)
            self.bind_global(stmt, stmt.name, Binding(FUNCTION, stmt))
            self.functions[stmt.name] = stmt
        elif isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
            value = self.const_eval(stmt.value, "module-level variables must be constants")
            for t in stmt.targets:
                self.bind_global(t, t.id, Binding(CONST, value))
                self.constants[t.id] = value
        elif isinstance(stmt, ast.If) and self.is_main_guard(stmt.test) and "__name__" not in self.constants:
            if stmt.orelse:
                self.error(stmt.orelse[0], "an else branch of the __main__ guard is not supported")
            for s in stmt.body:
                self.collect_stmt(s, body)
        elif isinstance(stmt, ast.If) and "__name__" in self.constants:
            # `__name__` rebound by the program: the guard is a constant condition like any other
            taken = stmt.body if self.const_eval(stmt.test, "this condition") else stmt.orelse
            for s in taken:
                self.collect_stmt(s, body)
        elif isinstance(stmt, ast.Expr):
            if not (isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                self.runs.append((len(self.bound_at), stmt))
            body.append(stmt)
        else:
            from .compiler import describe

            self.error(stmt, f"{describe(stmt)} at module level is not supported")

    def check_strings(self, tree: ast.Module) -> None:
        """Strings are UTF-8 in the runtime: a lone surrogate (`"\\ud800"`) has no UTF-8 form
        (CPython raises UnicodeEncodeError when printing it), so it is refused where it is written."""
        for n in ast.walk(tree):
            if isinstance(n, ast.Constant) and isinstance(n.value, str):
                bad = next((c for c in n.value if 0xD800 <= ord(c) <= 0xDFFF), None)
                if bad is not None:
                    self.error(n, f"a string with a lone surrogate (U+{ord(bad):04X}) is not supported")

    def bind_global(self, node: ast.AST, name: str, binding: Binding) -> None:
        """Bind a module-level name. A program's module names are fixed before any module-level code
        runs (functions see one global environment), so a binding after that, or a second binding of
        a name, is refused rather than compiled with the wrong meaning somewhere."""
        old = self.globals.get(name)
        if old is not None and old.kind == MODULE == binding.kind:
            return  # `import asyncio` again
        if old is not None:
            what = {FUNCTION: "function", CONST: "module-level constant", MODULE: "module"}[old.kind]
            self.error(node, f"rebinding {what} '{name}' is not supported")
        self.globals[name] = binding
        self.bound_at[name] = (len(self.bound_at), node)

    def check_binding_order(self) -> None:
        """Functions see one global environment, so a module-level statement must not run code that
        uses a name the module binds only later (CPython would see the builtin, or no name, there).
        For each function: the latest-bound module name it can reach through the functions it names
        (a fixpoint over the call graph visited callees first: one pass, and one more per cycle),
        then one check per module statement."""
        def names(node: ast.AST) -> set[str]:
            return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}

        def latest(ids) -> tuple[int, str]:
            return max(((self.bound_at[i][0], i) for i in ids if i in self.bound_at), default=(-1, ""))

        uses = {f: names(node) for f, node in self.functions.items()}
        reach = {f: latest(u) for f, u in uses.items()}
        order = self.callees_first(uses)
        changed = True
        while changed:
            changed = False
            for f in order:
                u = uses[f]
                best = max([reach[f]] + [reach[g] for g in u if g in reach])
                if best != reach[f]:
                    reach[f], changed = best, True
        for when, stmt in self.runs:
            u = names(stmt)
            seq, name = max([latest(u)] + [reach[g] for g in u if g in reach])
            if seq >= when:
                self.error(self.bound_at[name][1], f"module-level name '{name}' is bound after module-level code "
                                                   f"that uses it has run (line {stmt.lineno}): this is not supported")

    def callees_first(self, uses: dict[str, set[str]]) -> list[str]:
        """The functions in depth-first post-order of "names" edges (iterative: chains of any length)."""
        order, seen = [], set()
        for root in uses:
            if root in seen:
                continue
            seen.add(root)
            stack = [(root, iter(sorted(uses[root])))]
            while stack:
                f, it = stack[-1]
                g = next((g for g in it if g in uses and g not in seen), None)
                if g is None:
                    order.append(f)
                    stack.pop()
                else:
                    seen.add(g)
                    stack.append((g, iter(sorted(uses[g]))))
        return order

    @staticmethod
    def is_main_guard(test: ast.expr) -> bool:
        return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
                and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value == "__main__")

    def check_def(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if fn.decorator_list:
            self.error(fn.decorator_list[0], "decorators are not supported")
        a = fn.args
        if a.posonlyargs or a.vararg or a.kwonlyargs or a.kwarg:
            self.error(fn, "only plain positional parameters are supported")

    def const_eval(self, node: ast.expr, why: str = "default values must be constants"):
        for n in ast.walk(node):
            if not isinstance(n, ALLOWED_CONST_NODES) or (isinstance(n, ast.Name) and n.id not in self.constants):
                self.error(n, f"{why}: this expression is not supported here")
        try:
            value = eval(compile(ast.Expression(node), self.filename, "eval"), {"__builtins__": {}}, self.constants)
        except Exception as exc:  # the constant expression itself fails in CPython too
            self.error(node, f"constant expression raises {type(exc).__name__}: {exc}")
        if value is not None and not isinstance(value, (bool, int, float, str)):
            self.error(node, f"constant of type {type(value).__name__} is not supported")
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            self.error(node, "integer constant does not fit in 64 bits (big integers are not supported)")
        return value

    # ----- specialisation ----------------------------------------------------------------------
    def spec_for(self, fn: ast.FunctionDef, argtypes: tuple[str, ...], call: ast.AST) -> Spec:
        key = (fn.name, argtypes)
        if key not in self.specs:
            if self.final:
                raise AssertionError(f"new specialisation {key} in the final round")
            for t in argtypes:
                if t.startswith("task[") or t == "gather":
                    self.error(call, f"passing a {t.split('[')[0]} to a function is not supported")
            self.specs[key] = Spec(fn.name, fn, argtypes, isinstance(fn, ast.AsyncFunctionDef))
            self.name_spec(self.specs[key])
            self.changed = True
        self.ensure_compiled(key)
        return self.specs[key]

    def join_return(self, spec: Spec, ty: str, node: ast.AST) -> None:
        if spec.ret == BOTTOM:
            spec.ret = ty
            self.changed = True
        elif spec.ret != ty:
            self.error(node, f"function '{spec.name}' returns both {spec.ret} and {ty}: this is not supported")

    def name_spec(self, spec: Spec) -> None:
        """Give a new specialisation its symbol; the function's first one is renamed when it gets a
        second (a symbol carries argument types only when a function has several). Code already
        emitted with the old name is recompiled: adding a specialisation starts another round."""
        group = self.spec_groups.setdefault(spec.name, [])
        group.append(spec)
        for s in (group if len(group) <= 2 else [spec]):
            s.symbol = function_symbol(s.name, s.argtypes, len(group) > 1)

    def run_adapter(self, spec: Spec, types: list[str]) -> str:
        sym = f"aithon.run.{spec.symbol}"  # compiler-made: outside the py.* namespace
        params = ", ".join(f"%a{i}: {t}" for i, t in enumerate(types))
        args = ", ".join(f"%a{i}" for i in range(len(types)))
        at = async_result_type(spec.ret)
        loc = f'loc("{self.loc_file}":1:1)'
        # main's value leaves the loop as one word in the context (asyncio.run's return value);
        # a str or list is a pointer into the root heap (the adapter runs in the root actor)
        conv = {"i64": None, "f64": "arith.bitcast %r : f64 to i64", "i1": "arith.extui %r : i1 to i64",
                "!llvm.ptr": "llvm.ptrtoint %r : !llvm.ptr to i64"}[mlir_type(spec.ret)]
        store = RUNTIME["ai_asyncio_run_result_set"]
        self.text.declare("ai_asyncio_run_result_set", list(store.args), [], loc)
        self.adapters[sym] = "\n".join([
            f"async.func @{sym}({params}) -> !async.token {{",
            f"  %v = async.call @{spec.symbol}({args}) : ({', '.join(types)}) -> {at} {loc}",
            f"  %r = async.await %v : {at} {loc}",
            *([] if conv is None else [f"  %w = {conv} {loc}"]),
            f"  func.call @ai_asyncio_run_result_set(%a0, {'%r' if conv is None else '%w'}) : "
            f"({', '.join(store.args)}) -> () {loc}",
            f"  async.return {loc}",
            f"}} {loc}"])
        return sym

    # ----- rounds ------------------------------------------------------------------------------
    def compile_round(self) -> list[str]:
        """Compile the module body and every specialisation once. A callee is compiled when a call
        first needs it (`spec_for`), before its caller goes on, so a call chain of any depth has its
        return types after one round; only recursion needs a second."""
        from .compiler import FunctionCompiler

        self.text = ModuleText()
        self.adapters = {}
        self.rendered: dict[tuple, str] = {}
        self.segments: list[str] = []  # segment coroutines of long async functions (segments.py)
        self.active: set[tuple] = set()
        init = Spec("__aithon_module_init", None, (), False, "__aithon_module_init", NONE)
        out = [self.render(FunctionCompiler(self, init, self.main_body, []), init)]
        while len(self.rendered) < len(self.specs):
            for key in list(self.specs):
                self.ensure_compiled(key)
        # laid out in source order (then in order of first call), not in order of completion
        keys = list(self.specs)
        order = sorted(range(len(keys)), key=lambda i: (self.specs[keys[i]].node.lineno, i))
        return out + [self.rendered[keys[i]] for i in order] + self.segments

    def ensure_compiled(self, key: tuple) -> None:
        """Compile one specialisation in this round, unless it is done or being compiled (recursion:
        its return type is then whatever earlier rounds found)."""
        from .compiler import FunctionCompiler

        if key in self.rendered or key in self.active:
            return
        self.active.add(key)
        spec = self.specs[key]
        fc = FunctionCompiler(self, spec, spec.node.body, [a.arg for a in spec.node.args.args])
        self.rendered[key] = self.render(fc, spec)
        self.active.discard(key)

    def render(self, fc, spec: Spec) -> str:
        fc.compile_function()
        loc = f'loc("{self.loc_file}":{getattr(spec.node, "lineno", 1)}:{getattr(spec.node, "col_offset", 0) + 1})'
        params = [f"%ctx: !llvm.ptr {loc}"]
        arg_nodes = spec.node.args.args if spec.node is not None else []
        for i, (p, t, a) in enumerate(zip(fc.params, spec.argtypes, arg_nodes)):
            mt = mlir_type(t)
            if mt is not None:
                aloc = f'loc("{self.loc_file}":{a.lineno}:{a.col_offset + 1})'
                params.append(f"%arg{i}: {mt} {{py.name = {mlir_string(p.encode())}, py.type = \"{t}\"}} {aloc}")
        if spec.is_async:
            head = f"async.func @{spec.symbol}({', '.join(params)}) -> {async_result_type(spec.ret if spec.ret != BOTTOM else NONE)}"
        else:
            rt = mlir_type(spec.ret) if spec.ret not in (BOTTOM, NONE) else None
            head = f"func.func @{spec.symbol}({', '.join(params)})" + (f" -> {rt}" if rt else "")
        body = fc.f.render_body()
        return "\n".join([head + " {"] + ["  " + ln for ln in body] + [f"}} {loc}"])

    def compile(self) -> str:
        funcs: list[str] = []
        for _ in range(MAX_ROUNDS):
            self.changed = self.unknowns = False
            funcs = self.compile_round()
            if not self.changed:
                break
        if self.changed or self.unknowns:  # else the last round is already exactly the final one
            self.final = True
            funcs = self.compile_round()
        body = self.text.header() + list(self.adapters.values()) + funcs
        return "module {\n" + "\n".join(body) + f'\n}} loc("{self.loc_file}":1:1)\n'
