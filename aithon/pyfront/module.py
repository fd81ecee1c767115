"""The module driver: module-level names (through the legacy collector, which checks them), type
inference, then one `func.func`/`async.func` per specialisation, built once."""

from __future__ import annotations

import ast

from mlir import ir

from . import asyncio_ops, calls, expressions, ops, statements, strings
from ..frontend.names import BUILTIN_NAMES, function_symbol
from ..frontend.program import ALLOWED_CONST_NODES, Program as Collector
from .consteval import evaluate
from .function import FunctionBuilder, Unsupported
from .infer import Inference, Spec
from .types import BOTTOM, NONE, async_type, const_type, ir_type, ptr_type
from .statements import emit_return

EXPRESSIONS = {**expressions.HANDLERS, **calls.HANDLERS, **strings.HANDLERS, **asyncio_ops.HANDLERS}
STATEMENTS = statements.HANDLERS
MODULE_INIT = "__aithon_module_init"


class _BigIntCollector(Collector):
    """The legacy collector, minus its 64-bit limit on module-level int constants."""

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


class PyProgram:
    asyncio = asyncio_ops

    def __init__(self, source: str, filename: str, tree: ast.Module):
        self.filename = filename
        self.coll = _BigIntCollector(source, filename)
        self.coll.collect(tree)
        self.specs: dict[tuple, Spec] = {}
        self.init = Spec(MODULE_INIT, None, (), False, MODULE_INIT, NONE)
        self.specs[("", ())] = self.init
        self.locals_of: dict[int, set[str]] = {}
        self.emitting = False
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
                names |= set(self.params(spec.node))
            self.locals_of[key] = names
        return self.locals_of[key]

    def resolve(self, spec: Spec, name: str) -> tuple[str, object]:
        if spec.node is not None and name in self.local_names(spec):
            return "local", None
        if spec.node is None and name in self.local_names(spec) and name not in self.coll.globals:
            raise Unsupported(None, "module-level variables")
        b = self.coll.globals.get(name)
        if b is not None:
            return b.kind, b.value
        return ("builtin", name) if name in BUILTIN_NAMES else ("undefined", None)

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
                raise Unsupported(c, f"missing argument '{p}'")
        return out

    def call_argtypes(self, fn, c: ast.Call, types: list[str]) -> tuple[str, ...]:
        """The specialisation key of a call whose arguments (positional, then keyword, as written)
        have `types`."""
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
            and self.coll.globals[e.func.value.id].kind == "module"

    def is_gather(self, e) -> bool:
        return isinstance(e, ast.Await) and self.is_asyncio_call(e.value, "gather")

    def is_top_level(self, fb: FunctionBuilder, node: ast.stmt) -> bool:
        return any(s is node for s in self.body_of(fb.spec))

    @staticmethod
    def definitely_assigned(fb: FunctionBuilder, name: str) -> bool:
        return name in fb.assigned

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


def build_module(source: str, filename: str, tree: ast.Module) -> ir.Module:
    """The `py` dialect module of a program (in the current context); raises Unsupported for
    Python this front end does not handle yet, CompileError for invalid programs."""
    prog = PyProgram(source, filename, tree)
    module = prog.build()
    if not module.operation.verify():
        raise Unsupported(None, "internal: the built module does not verify")
    return module
