"""Calls: user functions (func.call), builtins (py.builtin, or composed from py ops), print."""

from __future__ import annotations

import ast

from mlir import ir

from . import ops
from .expressions import link
from .function import FunctionBuilder, Unsupported, V
from .types import BOOL, FLOAT, INT, NONE, OBJ, STR, ir_type, is_list, join

SIMPLE_BUILTINS = {"len": INT, "abs": None, "round": INT}


def call(fb: FunctionBuilder, node: ast.Call) -> V:
    from .data import member_call, method_call, module_call, module_of

    if isinstance(node.func, ast.Attribute):
        mod = module_of(fb, node.func.value)
        if mod == "asyncio":
            return fb.prog.asyncio.call(fb, node, awaited=False)
        if mod is not None:
            return module_call(fb, node, mod, node.func.attr)
        from .data import type_method

        if isinstance(node.func.value, ast.Name) and node.func.value.id in ("str", "list", "dict", "set", "tuple",
                                                                             "bytes", "int", "float", "frozenset"):
            if fb.prog.resolve(fb.spec, node.func.value.id)[0] == "builtin":
                return call_value(fb, node)  # `str.upper(s)`: the unbound method, called
        return method_call(fb, node)
    if not isinstance(node.func, ast.Name) or node.func.id in fb.comp_bindings:
        return call_value(fb, node)
    kind, value = fb.prog.resolve(fb.spec, node.func.id)
    if kind == "function":
        if isinstance(value, ast.AsyncFunctionDef):
            raise Unsupported(node, "a coroutine that is not awaited")
        return user_call(fb, node, value)
    if kind == "builtin":
        return builtin_call(fb, node, node.func.id)
    if kind == "member":
        return member_call(fb, node, *value)
    if kind in ("local", "global") and fb.prog.expr_type(fb.spec, node.func) not in TYPE_NAMES:
        return call_value(fb, node)
    if kind in ("local", "const"):
        return call_not_callable(fb, node)
    if kind == "undefined":
        raise Unsupported(node, f"name '{node.func.id}' is not defined", plain=True)
    raise Unsupported(node, f"calling {kind} '{node.func.id}'")


def call_value(fb: FunctionBuilder, node: ast.Call) -> V:
    """A call of a callable value (a lambda, a function or builtin passed around): `ai_call`."""
    f = fb.expr(node.func)
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "keyword or starred arguments in a call of a function value")
    args = [fb.obj(fb.expr(a)) for a in node.args]
    return V(fb.emit(ops.call_value, fb.obj(f), args), OBJ)


TYPE_NAMES = {"int": "int", "float": "float", "bool": "bool", "str": "str", "None": "NoneType"}
BUILTIN_TYPE_ERRORS = {
    "len": "object of type '{}' has no len()",
    "abs": "bad operand type for abs(): '{}'",
    "round": "type {} doesn't define __round__ method",
    "int": "int() argument must be a string, a bytes-like object or a real number, not '{}'",
    "float": "float() argument must be a string or a real number, not '{}'",
}


def call_not_callable(fb: FunctionBuilder, node: ast.Call) -> V:
    """Calling a variable or constant of a non-callable type: CPython evaluates the callee and the
    arguments, then raises `TypeError: 'int' object is not callable`; what follows never runs."""
    callee = fb.expr(node.func)
    if callee.ty not in TYPE_NAMES or any(isinstance(a, ast.Starred) for a in node.args):
        raise Unsupported(node, "calling a value of unknown type")
    for a in node.args:
        fb.expr(a)
    for k in node.keywords:
        fb.expr(k.value)
    fb.raise_now("TypeError", f"'{TYPE_NAMES[callee.ty]}' object is not callable")


def bind_args(fb: FunctionBuilder, node: ast.Call, target) -> list[V]:
    """Evaluate the arguments in source order and match them to the callee's parameters."""
    if fb.prog.star_call(node):
        n = len(fb.prog.params(target))
        pre = [fb.expr(a) for a in node.args[:-1]]
        if len(pre) > n:
            raise Unsupported(node, "this call's arguments")
        rest = fb.expr(node.args[-1].value)
        vals = fb.emit(ops.unpack, fb.obj(rest), n - len(pre), False, 0)
        if vals is None:
            from .function import Diverged

            raise Diverged()
        return pre + [V(v, OBJ) for v in vals]
    bound = fb.prog.bind(target, node)
    values = {id(a): fb.expr(a) for a in [*node.args, *(k.value for k in node.keywords)]}
    return [V(None, *fb.prog.default_of(n)) if is_default else values[id(n)] for n, is_default in bound]


def operands(fb: FunctionBuilder, args: list[V]) -> list:
    return [fb.ctx] + [fb.materialise(a) for a in args]


def user_call(fb: FunctionBuilder, node: ast.Call, target) -> V:
    args = bind_args(fb, node, target)
    spec = fb.prog.spec_for(target, tuple(a.ty for a in args))
    ret = fb.prog.ret_of(spec)
    results = [] if ret == NONE else [ir_type(ret)]
    op = fb.emit(ops.call, spec.symbol, operands(fb, args), results)
    fb.restore_level()
    if ret == NONE:
        return V(None, NONE, None, True)
    return V(op.result if op is not None else None, ret)


def builtin_call(fb: FunctionBuilder, node: ast.Call, name: str) -> V:
    if name == "print":
        return print_call(fb, node)
    if name == "isinstance" and len(node.args) == 2 and not node.keywords:
        return isinstance_call(fb, node, [fb.expr(node.args[0])])
    if name in ("any", "all") and len(node.args) == 1 and not node.keywords \
            and isinstance(node.args[0], ast.GeneratorExp):
        from .data import short_circuit

        return short_circuit(fb, name, node.args[0])
    simple = not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)
    if simple and name in FAST:
        args = [fb.expr(a) for a in node.args]
        found = fast_builtin(fb, node, name, args)
        if found is not None:
            return found
        return generic_builtin(fb, node, name, args, {})
    if not simple and any(isinstance(a, ast.Starred) for a in node.args):
        return starred_builtin(fb, node, name)
    args = [fb.expr(a) for a in node.args]
    kws = {}
    for k in node.keywords:
        if k.arg is None:
            raise Unsupported(k, f"{name}(**kwargs)")
        kws[k.arg] = (k, fb.expr(k.value))
    return generic_builtin(fb, node, name, args, kws)


FAST = ("str", "repr", "int", "float", "bool", "len", "abs", "round", "min", "max")
# keyword arguments of builtins, made positional: name -> [(keyword, default)] after the positionals
BUILTIN_KEYWORDS = {"sorted": (("key", None), ("reverse", False)), "sum": (("start", 0),),
                    "enumerate": (("start", 0),)}
ISINSTANCE_TYPES = {"int": 3, "bool": 2, "float": 4, "str": 5, "list": 6, "tuple": 7, "dict": 8, "set": 9,
                    "bytes": 10, "range": 11, "frozenset": 17}


def generic_builtin(fb: FunctionBuilder, node: ast.Call, name: str, args: list[V], kws: dict) -> V:
    """Any builtin through the run time's `ai_builtin` (rt.h's argument conventions)."""
    from ..runtime_abi import BUILTIN_ID
    from .data import c, ir_unit

    attrs = {"generic": ir_unit()}
    if name == "range":
        if kws or not 1 <= len(args) <= 3:
            raise Unsupported(node, "this range()")
        start, stop, step = (c(0), args[0], c(1)) if len(args) == 1 else \
            (args[0], args[1], args[2] if len(args) == 3 else c(1))
        return V(fb.emit(ops.build, "range", [fb.obj(start), fb.obj(stop), fb.obj(step)], OBJ), OBJ)
    if name == "isinstance":
        return isinstance_call(fb, node, args)
    if name == "slice" and not kws and 1 <= len(args) <= 3:
        start, stop, step = (c(None), args[0], c(None)) if len(args) == 1 else \
            (args[0], args[1], args[2] if len(args) == 3 else c(None))
        return V(fb.emit(ops.build, "slice", [fb.obj(start), fb.obj(stop), fb.obj(step)], OBJ), OBJ)
    if name == "format" and not kws and 1 <= len(args) <= 2:
        fb.emit(ops.depth_need, "C")
        if len(args) == 1 or (args[1].is_const and args[1].const == ""):
            return V(fb.emit(ops.format_, fb.materialise(args[0]), "s", None), STR)
        if args[1].is_const and args[1].ty == STR:
            return V(fb.emit(ops.format_, fb.materialise(args[0]), "", args[1].const), STR)
        if args[1].ty != STR:
            raise Unsupported(node, "format() with a spec that is not a str")
        return V(fb.emit(ops.format_, fb.materialise(args[0]), "", None, fb.materialise(args[1])), STR)
    if name == "type":
        raise Unsupported(node, "type() other than type(x).__name__")
    if name == "dict" and kws:
        items = []
        for k, (knode, v) in kws.items():
            items += [fb.obj(c(k)), fb.obj(v)]
        kw = V(fb.emit(ops.build, "dict", items, OBJ), OBJ)
        if not args:
            return kw
        d = generic_builtin(fb, node, "dict", args, {})
        fb.emit(ops.method, "update", d.value, [kw.value])
        return d
    if name not in BUILTIN_ID:
        raise Unsupported(node, f"builtin {name}()")
    if name in ("min", "max"):
        opts = {"key": None, "default": None}
        for k, (knode, v) in kws.items():
            if k not in opts:
                raise Unsupported(knode, f"keyword '{k}' of {name}()")
            opts[k] = v
        words = [fb.obj(opts["key"] or V(None, NONE, None, True))]
        if opts["default"] is not None:
            words.append(fb.obj(opts["default"]))
        else:
            attrs["nodefault"] = ir_unit()
        words += [fb.obj(a) for a in args]
        fb.emit(ops.depth_need, "C")
        return V(fb.emit(ops.builtin, name, words, OBJ, attrs), OBJ)
    params = BUILTIN_KEYWORDS.get(name)
    if kws:
        if params is None:
            raise Unsupported(node, f"keyword arguments of {name}()")
        for k, (knode, v) in kws.items():
            if k not in dict(params):
                raise Unsupported(knode, f"keyword '{k}' of {name}()")
    if params is not None:
        npos = {"sorted": 1, "sum": 1, "enumerate": 1}[name]
        extra = args[npos:]
        args = args[:npos]
        for i, (k, default) in enumerate(params):
            if i < len(extra):
                args.append(extra[i])
            elif k in kws:
                args.append(kws[k][1])
            else:
                args.append(c(default))
    from .types import builtin_type

    ty = builtin_type(name, [a.ty for a in args], len(kws))
    fb.emit(ops.depth_need, "C")
    return V(fb.emit(ops.builtin, name, [fb.obj(a) for a in args], ty, attrs), ty)


def isinstance_call(fb: FunctionBuilder, node: ast.Call, args: list[V]) -> V:
    if len(node.args) != 2:
        raise Unsupported(node, "this isinstance()")
    spec = node.args[1]
    names = spec.elts if isinstance(spec, ast.Tuple) else [spec]
    mask = 0
    for n in names:
        if isinstance(n, ast.Name) and n.id == "object" and fb.prog.resolve(fb.spec, n.id)[0] == "builtin":
            mask |= (1 << 32) - 2  # every type id: everything is an object
            continue
        if not (isinstance(n, ast.Name) and n.id in ISINSTANCE_TYPES and fb.prog.resolve(fb.spec, n.id)[0] == "builtin"):
            raise Unsupported(n, "isinstance() with a class other than a built-in type")
        mask |= 1 << ISINSTANCE_TYPES[n.id]
    from .data import c, ir_unit

    return V(fb.emit(ops.builtin, "isinstance", [fb.obj(args[0]), fb.obj(c(mask))], BOOL, {"generic": ir_unit()}), BOOL)


def starred_builtin(fb: FunctionBuilder, node: ast.Call, name: str) -> V:
    """`zip(*rows)`, `max(*xs, 0)` and the like: the arguments as one list, spread by the run time."""
    from ..runtime_abi import BUILTIN_ID
    from .data import ir_unit, spread_args

    if node.keywords or name not in BUILTIN_ID or name in ("min", "max", "sorted", "sum", "enumerate", "isinstance"):
        raise Unsupported(node, f"{name}(*args)")
    return V(fb.emit(ops.builtin, name, [spread_args(fb, node)], OBJ, {"generic": ir_unit(), "spread": ir_unit()}), OBJ)


def fast_builtin(fb: FunctionBuilder, node: ast.Call, name: str, args: list[V]) -> V | None:
    """The typed forms of the common builtins; None: leave it to the run time (ai_builtin)."""
    if name in ("min", "max") and len(args) >= 2:
        return min_max(fb, name, args)
    if len(args) != 1:
        return None
    v = args[0]
    if name in ("str", "repr"):
        if name == "repr" or v.ty != STR:
            fb.emit(ops.depth_need, "R" if name == "repr" else "S")
        if name == "str" and v.ty == STR:
            return v
        return V(fb.emit(ops.format_, fb.materialise(v), "r" if name == "repr" else "s", None), STR)
    if name == "int" and v.ty in (INT, BOOL):
        fb.emit(ops.depth_need, "C")
        return v if v.ty == INT else V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, INT, 0, True)), INT), INT)
    if name == "int" and v.ty in (FLOAT, STR, OBJ):
        fb.emit(ops.depth_need, "C")
        return V(fb.emit(ops.builtin, "int", [fb.obj(v)], INT), INT)
    if name == "float" and v.ty in (INT, BOOL, FLOAT):
        if v.ty == FLOAT:
            return v
        if v.is_const:
            return V(None, FLOAT, float(v.const), True)
        return V(fb.emit(ops.binop, "add", fb.materialise(v), fb.materialise(V(None, FLOAT, 0.0, True)), FLOAT), FLOAT)
    if name == "bool":
        return V(fb.emit(ops.unary, "not", fb.emit(ops.unary, "not", fb.obj(v) if is_list(v.ty) else fb.materialise(v), BOOL), BOOL), BOOL)
    if name == "len" and (v.ty in (STR, OBJ) or is_list(v.ty)):
        return V(fb.emit(ops.builtin, "len", [fb.obj(v, list_ok=True)], INT), INT)
    if name == "abs" and v.ty in (INT, BOOL, FLOAT, OBJ):
        fb.emit(ops.depth_need, "C")
        ty = {FLOAT: FLOAT, OBJ: OBJ}.get(v.ty, INT)
        return V(fb.emit(ops.builtin, "abs", [fb.obj(v)], ty), ty)
    if name == "round" and v.ty in (INT, BOOL, FLOAT, OBJ):
        return V(fb.emit(ops.builtin, "round", [fb.obj(v)], INT), INT)
    known = BUILTIN_TYPE_ERRORS.get(name)
    if known is not None and v.ty in TYPE_NAMES and not (name in ("float", "int") and v.ty == STR):
        # a typed argument the builtin refuses: CPython's TypeError
        fb.raise_now("TypeError", known.format(TYPE_NAMES[v.ty]))
    return None


def min_max(fb: FunctionBuilder, name: str, args: list[V]) -> V:
    """min()/max() return the first extreme argument itself: keep the best so far and replace it
    only on a strict comparison (CPython's min_max loop)."""
    fb.emit(ops.depth_need, "C<")
    ty = args[0].ty
    for a in args[1:]:
        ty = join(ty, a.ty)
    best = fb.slot_temp(name, ty)
    fb.emit(ops.store, fb.coerce(args[0], ty), best)
    cur = args[0]
    for a in args[1:]:
        better = link(fb, ast.Lt() if name == "min" else ast.Gt(), a, cur)
        take, done = fb.new_block(), fb.new_block()
        fb.cond_br(fb.emit(ops.truth, better.value), take, done)
        fb.place(take)
        fb.emit(ops.store, fb.coerce(a, ty), best)
        fb.br(done)
        fb.place(done)
        cur = V(fb.emit(ops.load, best, ty), ty)
    return cur


def print_call(fb: FunctionBuilder, node: ast.Call) -> V:
    """`print(*args, sep=, end=, flush=)`: one `py.print` when sep and end are constants (or None);
    a computed str sep/end is printed between the values by `py.print`s of their own, which writes
    the same bytes."""
    starred = any(isinstance(a, ast.Starred) for a in node.args)
    if starred:
        # print(*xs, a): the values as one list; printed as sep.join(map(str, values))
        from .data import sequence_display

        values_list = sequence_display(fb, ast.List(elts=node.args, ctx=ast.Load(), lineno=node.lineno,
                                                    col_offset=node.col_offset))
        args = []
    else:
        args = [fb.expr(a) for a in node.args]
    opts: dict = {"sep": V(None, STR, " ", True), "end": V(None, STR, "\n", True)}
    flush = False
    stream = 1
    for kw in node.keywords:
        if kw.arg == "file":
            from .data import module_of

            f = kw.value
            if isinstance(f, ast.Constant) and f.value is None:
                continue
            if not (isinstance(f, ast.Attribute) and module_of(fb, f.value) == "sys" and f.attr in ("stdout", "stderr")):
                raise Unsupported(kw, "print(file=...) other than sys.stdout or sys.stderr")
            stream = 1 if f.attr == "stdout" else 2
            continue
        if kw.arg not in ("sep", "end", "flush"):
            raise Unsupported(kw, f"print() keyword '{kw.arg}'")
        v = fb.expr(kw.value)
        if kw.arg == "flush":
            if not v.is_const:
                raise Unsupported(kw, "a computed flush argument")
            flush = bool(v.const)
        elif v.ty == NONE:
            continue
        elif v.ty == STR:
            opts[kw.arg] = v
        elif v.ty == OBJ:
            raise Unsupported(kw, f"a {kw.arg} argument of unknown type")
        else:
            fb.raise_now("TypeError", f"{kw.arg} must be None or a string, not {TYPE_NAMES.get(v.ty, v.ty)}")
    fb.emit(ops.depth_need, "CC")  # print's two nested recursion checks in CPython 3.11
    sep, end = opts["sep"], opts["end"]
    if starred:
        strs = V(fb.emit(ops.builtin, "map", [fb.emit(ops.make_function, [], builtin="str"), values_list.value], OBJ,
                         {"generic": ir.UnitAttr.get()}), OBJ)
        args = [V(fb.emit(ops.method, "join", fb.obj(sep), [strs.value]), OBJ)]
        sep = V(None, STR, " ", True)
    values = [fb.obj(a, list_ok=True) for a in args]
    if sep.is_const and end.is_const:
        fb.emit(ops.print_, values, sep.const, end.const, flush, stream)
        return V(None, NONE, None, True)
    for i, v in enumerate(values):
        if i:
            _write(fb, sep, stream=stream)
        fb.emit(ops.print_, [v], "", "", False, stream)
    _write(fb, end, flush, stream)
    return V(None, NONE, None, True)


def _write(fb: FunctionBuilder, text: V, flush: bool = False, stream: int = 1) -> None:
    if text.is_const:
        if text.const or flush:
            fb.emit(ops.print_, [], "", text.const, flush, stream)
    else:
        fb.emit(ops.print_, [fb.obj(text)], "", "", flush, stream)


HANDLERS = {ast.Call: call}
