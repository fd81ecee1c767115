"""The module driver: module-level names (through the legacy collector, which checks them), type
inference, then one `func.func`/`async.func` per specialisation, built once."""

from __future__ import annotations

import ast

from mlir import ir

from . import asyncio_ops, calls, data, expressions, ops, statements, strings
from ..frontend.names import BUILTIN_NAMES, function_symbol
from .collect import GLOBAL, ModuleCollector, declared_global
from .function import FunctionBuilder, Unsupported
from .infer import Inference, Spec
from .types import BOTTOM, NONE, async_type, const_type, ir_type, ptr_type
from .statements import emit_return

EXPRESSIONS = {**expressions.HANDLERS, **calls.HANDLERS, **strings.HANDLERS, **asyncio_ops.HANDLERS,
               **data.HANDLERS}
STATEMENTS = statements.HANDLERS
MODULE_INIT = "__aithon_module_init"


class PyProgram:
    asyncio = asyncio_ops

    def __init__(self, source: str, filename: str, tree: ast.Module):
        self.filename = filename
        self.coll = ModuleCollector(source, filename)
        self.coll.collect(tree)
        self.specs: dict[tuple, Spec] = {}
        self.init = Spec(MODULE_INIT, None, (), False, MODULE_INIT, NONE)
        self.specs[("", ())] = self.init
        self.locals_of: dict[int, set[str]] = {}
        self.emitting = False
        self.lambdas: dict[int, ast.FunctionDef] = {}
        # lambdas written directly as the argument of a builtin that calls them and keeps nothing
        # (sorted/min/max key=, list.sort's key=): called while the values they capture cannot
        # change, so capturing by value is exact
        self.direct_lambdas = {id(a) for n in ast.walk(tree) if isinstance(n, ast.Call) and _calls_now(n)
                               for a in [*n.args, *(k.value for k in n.keywords)] if isinstance(a, ast.Lambda)}
        self._infer = Inference(self)

    # ----- queries used by inference and the construct families -----------------------------------
    def body_of(self, spec: Spec) -> list[ast.stmt]:
        return self.coll.main_body if spec.node is None else spec.node.body

    @staticmethod
    def params(fn) -> list[str]:
        return [a.arg for a in fn.args.args]

    def local_names(self, spec: Spec) -> set[str]:
        key = id(spec.node)
        if key not in self.locals_of:
            from ..frontend.compiler import FunctionCompiler

            names = FunctionCompiler.collect_locals(self.body_of(spec))
            if spec.node is not None:
                names = (names - declared_global(spec.node.body)) | set(self.params(spec.node))
            else:
                names = {n for n in names if n not in self.coll.globals}
            self.locals_of[key] = names
        return self.locals_of[key]

    def resolve(self, spec: Spec, name: str) -> tuple[str, object]:
        if spec.node is not None and name in self.local_names(spec):
            return "local", None
        b = self.coll.globals.get(name)
        if b is not None:
            return b.kind, b.value
        return ("builtin", name) if name in BUILTIN_NAMES else ("undefined", None)

    def lambda_def(self, spec: Spec, node: ast.Lambda) -> ast.FunctionDef:
        """A lambda as a function of its own: the enclosing function's variables it uses become its
        first parameters (their values when the lambda is made: `captured`), then its own."""
        fn = self.lambdas.get(id(node))
        if fn is not None:
            return fn
        a = node.args
        if a.posonlyargs or a.vararg or a.kwonlyargs or a.kwarg or a.defaults:
            raise Unsupported(node, "a lambda with defaults, * or ** parameters")
        own = {x.arg for x in a.args}
        inner_bound = set()
        for n in ast.walk(node.body):
            if isinstance(n, ast.Lambda):
                inner_bound |= {x.arg for x in n.args.args}
            elif isinstance(n, ast.comprehension):
                inner_bound |= {t.id for t in ast.walk(n.target) if isinstance(t, ast.Name)}
        captured = []
        for n in ast.walk(node.body):
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in own \
                    and n.id not in inner_bound and n.id not in captured:
                kind = self.resolve(spec, n.id)[0]
                if kind in ("local", "undefined"):
                    captured.append(n.id)
        if spec.node is not None and id(node) not in self.direct_lambdas:
            stores: dict[str, int] = {}
            for n in ast.walk(spec.node):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                    stores[n.id] = stores.get(n.id, 0) + 1
                elif isinstance(n, (ast.For, ast.comprehension)):  # a loop variable takes many values
                    for t in ast.walk(n.target):
                        if isinstance(t, ast.Name):
                            stores[t.id] = stores.get(t.id, 0) + 2
            late = [x for x in captured if stores.get(x, 0) + (x in self.params(spec.node)) > 1]
            if late:
                raise Unsupported(node, f"a lambda capturing '{late[0]}', which is assigned again after it is "
                                        "made (Python reads it when the lambda runs)")
        loc = dict(lineno=node.lineno, col_offset=node.col_offset, end_lineno=node.end_lineno,
                   end_col_offset=node.end_col_offset)
        args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=x, **loc) for x in [*captured, *own]],
                             vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
        fn = ast.FunctionDef(name=f"lambda${node.lineno}${node.col_offset + 1}", args=args,
                             body=[ast.Return(value=node.body, **loc)], decorator_list=[], returns=None,
                             type_comment=None, **loc)
        fn.captured = captured
        self.lambdas[id(node)] = fn
        return fn

    @staticmethod
    def module_attr_type(mod: str, attr: str) -> str:
        from .collect import MATH_CONSTANTS
        from .types import FLOAT, OBJ

        return FLOAT if mod == "math" and attr in MATH_CONSTANTS else OBJ

    def spec_for(self, fn, argtypes: tuple[str, ...]) -> Spec:
        key = (fn.name, argtypes)
        spec = self.specs.get(key)
        if spec is None:
            if self.emitting:
                raise Unsupported(fn, "internal: a specialisation inference did not find")
            spec = self.specs[key] = Spec(fn.name, fn, argtypes, isinstance(fn, ast.AsyncFunctionDef))
            self._infer.changed = True
        return spec

    def ret_of(self, spec: Spec) -> str:
        return NONE if spec.ret == BOTTOM else spec.ret

    def bind(self, fn, c: ast.Call) -> list[tuple[ast.expr, bool]]:
        """For each parameter of `fn`, in order: the argument expression of call `c` that fills it,
        or its default value (True). What the front end does not handle is Unsupported."""
        params = self.params(fn)
        if any(isinstance(a, ast.Starred) for a in c.args) or any(k.arg is None for k in c.keywords) \
                or len(c.args) > len(params):
            raise Unsupported(c, "this call's arguments")
        given: dict[str, ast.expr] = dict(zip(params, c.args))
        for kw in c.keywords:
            if kw.arg not in params or kw.arg in given:
                raise Unsupported(kw, "this keyword argument")
            given[kw.arg] = kw.value
        defaults = dict(zip(params[len(params) - len(fn.args.defaults):], fn.args.defaults))
        out = []
        for p in params:
            if p in given:
                out.append((given[p], False))
            elif p in defaults:
                out.append((defaults[p], True))
            else:
                raise Unsupported(c, f"{fn.name}() missing required argument '{p}'", plain=True)
        return out

    @staticmethod
    def star_call(c: ast.Call) -> bool:
        """`f(a, *rest)`: one starred argument, last, no keywords (the items fill the rest of the
        parameters: they are `obj`)."""
        return bool(c.args) and isinstance(c.args[-1], ast.Starred) and not c.keywords \
            and not any(isinstance(a, ast.Starred) for a in c.args[:-1])

    def call_argtypes(self, fn, c: ast.Call, types: list[str]) -> tuple[str, ...]:
        """The specialisation key of a call whose arguments (positional, then keyword, as written)
        have `types`."""
        if self.star_call(c):
            n = len(self.params(fn))
            return tuple(types[:len(c.args) - 1]) + ("obj",) * (n - len(c.args) + 1)
        by_node = dict(zip([id(a) for a in c.args] + [id(k.value) for k in c.keywords], types))
        return tuple(self.default_of(n)[0] if is_default else by_node[id(n)] for n, is_default in self.bind(fn, c))

    def default_of(self, node: ast.expr) -> tuple:
        value = self.coll.const_eval(node)
        t = const_type(value)
        if t is None:
            raise Unsupported(node, "this default value")
        return t, value, True

    def const_of(self, spec: Spec, e: ast.expr):
        if isinstance(e, ast.Constant):
            return e.value
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant) \
                and isinstance(e.operand.value, (int, float)) and not isinstance(e.operand.value, bool):
            return -e.operand.value
        if isinstance(e, ast.Name):
            kind, value = self.resolve(spec, e.id)
            if kind == "const":
                return value
        return None

    def expr_type(self, spec: Spec, e: ast.expr) -> str:
        self._infer.spec = spec
        t = self._infer.expr(e)
        return NONE if t == BOTTOM else t

    def is_asyncio_call(self, e, attr: str) -> bool:
        return isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr == attr \
            and isinstance(e.func.value, ast.Name) and self.coll.globals.get(e.func.value.id) is not None \
            and self.coll.globals[e.func.value.id].kind == "module" \
            and self.coll.globals[e.func.value.id].value == "asyncio"

    def is_gather(self, e) -> bool:
        return isinstance(e, ast.Await) and self.is_asyncio_call(e.value, "gather")

    def is_top_level(self, fb: FunctionBuilder, node: ast.stmt) -> bool:
        return any(s is node for s in self.body_of(fb.spec))

    @staticmethod
    def definitely_assigned(fb: FunctionBuilder, name: str) -> bool:
        return name in fb.assigned

    # ----- placement ---------------------------------------------------------------------------------
    def shared_state(self) -> dict[str, str]:
        """function name -> why it must run in its caller's actor: it reads or writes a module
        variable, directly or through a function (or lambda) it calls or passes on. Module
        variables live in the heap of the actor that runs the module; a function that can reach
        one is never spawned into an actor of its own (aithon-async-to-actor reads `py.shared`)."""
        fns = {**{f.name: f for f in self.coll.functions.values()}, **{f.name: f for f in self.lambdas.values()}}
        direct: dict[str, str] = {}
        edges: dict[str, set[str]] = {}
        for name, fn in fns.items():
            spec = Spec(name, fn, (), False)
            edges[name] = set()
            for n in ast.walk(fn):
                if isinstance(n, ast.Lambda) and id(n) in self.lambdas:
                    edges[name].add(self.lambdas[id(n)].name)
                if not isinstance(n, ast.Name) or n is fn:
                    continue
                kind, value = self.resolve(spec, n.id)
                if kind == "global" and name not in direct:
                    verb = "assigns" if isinstance(n.ctx, ast.Store) else "uses"
                    direct[name] = f"it {verb} module variable '{n.id}' (line {n.lineno})"
                elif kind == "function":
                    edges[name].add(value.name)
        shared = dict(direct)
        changed = True
        while changed:
            changed = False
            for name, outs in edges.items():
                if name in shared:
                    continue
                for g in sorted(outs):
                    if g in shared:
                        shown = g if not g.startswith("lambda$") else "a lambda"
                        shared[name] = f"it calls {shown}, which shares module state"
                        changed = True
                        break
        return shared

    # ----- building --------------------------------------------------------------------------------
    def build(self) -> ir.Module:
        self._infer.run()
        self.emitting = True
        groups: dict[str, list[Spec]] = {}
        for spec in self.specs.values():
            if spec.node is not None:
                groups.setdefault(spec.name, []).append(spec)
        for group in groups.values():
            for spec in group:
                spec.symbol = function_symbol(spec.name, spec.argtypes, len(group) > 1)
        module = ir.Module.create(ir.Location.file(self.filename, 1, 1))
        order = [self.init] + sorted((s for s in self.specs.values() if s.node is not None),
                                     key=lambda s: s.node.lineno)
        for spec in order:
            self.build_function(module, spec)
        shared = self.shared_state()
        for spec in order:
            if spec.node is not None and spec.is_async and spec.name in shared:
                for op in module.body.operations:
                    if "sym_name" in op.attributes and ir.StringAttr(op.attributes["sym_name"]).value == spec.symbol:
                        ops.mark_shared(op, shared[spec.name])
        return module

    def build_function(self, module: ir.Module, spec: Spec) -> None:
        node = spec.node
        loc = ir.Location.file(self.filename, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)
        ptr = ptr_type()
        inputs = [ptr] + [ir_type(t) for t in spec.argtypes]
        ret = self.ret_of(spec)
        if spec.is_async:
            results = [async_type(ret)]
        else:
            results = [] if ret == NONE else [ir_type(ret)]
        with ir.InsertionPoint(module.body), loc:
            names = self.params(node) if node is not None else []
            func = ops.function(spec.symbol, inputs, results, spec.is_async, list(zip(names, spec.argtypes)))
            entry = func.regions[0].blocks.append(*inputs)
        params = self.params(node) if node is not None else []
        fb = FunctionBuilder(self, spec, func, entry, params, EXPRESSIONS, STATEMENTS)
        with ir.InsertionPoint(entry), loc:
            fb.level = ops.i64(1) if node is None else ops.frame_enter()
        for i, p in enumerate(params):
            from .function import V

            fb.store(p, V(entry.arguments[i + 1], spec.argtypes[i]))
        from .segments import build_segmented, splittable

        if splittable(spec, self.body_of(spec)):
            build_segmented(self, module, fb, self.body_of(spec))
        else:
            fb.stmts(self.body_of(spec))
        if fb.cur is not None:
            end = self.body_of(spec)[-1] if self.body_of(spec) else node
            if end is not None:
                fb.line, fb.col = getattr(end, "lineno", 1), getattr(end, "col_offset", 0) + 1
            emit_return(fb, None)
        if fb.unplaced:  # a branch target nothing was emitted into: never build that
            raise Unsupported(node, "internal: a reachable block was left empty")


def _calls_now(c: ast.Call) -> bool:
    if isinstance(c.func, ast.Name):
        return c.func.id in ("sorted", "min", "max")
    return isinstance(c.func, ast.Attribute) and c.func.attr == "sort"


def build_module(source: str, filename: str, tree: ast.Module) -> ir.Module:
    """The `py` dialect module of a program (in the current context); raises Unsupported for
    Python this front end does not handle yet, CompileError for invalid programs."""
    prog = PyProgram(source, filename, tree)
    module = prog.build()
    if not module.operation.verify():
        raise Unsupported(None, "internal: the built module does not verify")
    return module
