"""Everyday data (issue 8): container displays, subscripts and slices, attributes, method calls,
comprehensions, lambdas and functions as values, unpacking, and the generic `for` loop. Every
container is a `!py.obj` word; the run time dispatches on its type (rt.h)."""

from __future__ import annotations

import ast

from . import ops
from .function import Diverged, FunctionBuilder, Unsupported, V
from .types import BOOL, FLOAT, INT, NONE, OBJ, STR, MODULE_RESULT, elem, is_list

def none_v() -> V:
    return V(None, NONE, None, True)

# keyword parameters of methods, made positional (rt.h: ai_obj_method), with their defaults
METHOD_KEYWORDS = {
    "split": (("sep", None), ("maxsplit", -1)), "rsplit": (("sep", None), ("maxsplit", -1)),
    "splitlines": (("keepends", False),), "encode": (("encoding", "utf-8"), ("errors", "strict")),
    "decode": (("encoding", "utf-8"), ("errors", "strict")), "expandtabs": (("tabsize", 8),),
}
KW_DICT_METHODS = ("format", "update")
TYPE_IDS = {"int": 3, "bool": 2, "float": 4, "str": 5, "list": 6, "tuple": 7, "dict": 8, "set": 9, "bytes": 10,
            "range": 11, "frozenset": 17}


def c(value) -> V:
    from .types import const_type

    return V(None, const_type(value), value, True)


# ----- displays ---------------------------------------------------------------------------------------
def sequence_display(fb: FunctionBuilder, node) -> V:
    kind = {ast.List: "list", ast.Tuple: "tuple", ast.Set: "set"}[type(node)]
    if isinstance(node.ctx if hasattr(node, "ctx") else None, ast.Store):
        raise Unsupported(node, "this assignment target")
    if not any(isinstance(e, ast.Starred) for e in node.elts):
        vals = [fb.expr(e) for e in node.elts]
        items = [fb.obj(v) for v in vals]
        if kind == "set" and len(node.elts) > 2 and all(v.is_const and _folded(e) for v, e in zip(vals, node.elts)):
            # CPython builds a constant frozenset at compile time and copies it into the new set
            # (BUILD_SET + SET_UPDATE): the copy's order is the frozenset's iteration order
            # (the constant is made twice: frozenset(tuple(frozenset(items))), compile.c's merge_consts)
            first = fb.emit(ops.build, "set", items, OBJ)
            as_tuple = fb.emit(ops.builtin, "tuple", [first], OBJ, {"generic": ir_unit()})
            frozen = fb.emit(ops.builtin, "set", [as_tuple], OBJ, {"generic": ir_unit()})
            result = fb.emit(ops.build, "set", [], OBJ)
            fb.emit(ops.method, "update", result, [frozen])
            return V(result, OBJ)
        return V(fb.emit(ops.build, kind, items, OBJ), OBJ)
    acc = fb.emit(ops.build, "list", [], OBJ)
    for e in node.elts:
        if isinstance(e, ast.Starred):
            fb.emit(ops.method, "extend", acc, [fb.obj(fb.expr(e.value))])
        else:
            fb.emit(ops.method, "append", acc, [fb.obj(fb.expr(e))])
    if kind == "list":
        return V(acc, OBJ)
    return V(fb.emit(ops.builtin, kind, [acc], OBJ, {"generic": ir_unit()}), OBJ)


def _folded(e: ast.expr) -> bool:
    """Whether CPython's AST optimizer folds `e` into a constant (literals and operators on them)."""
    return all(isinstance(n, (ast.Constant, ast.UnaryOp, ast.BinOp, ast.operator, ast.unaryop)) for n in ast.walk(e))


def ir_unit():
    from mlir import ir

    return ir.UnitAttr.get()


def dict_display(fb: FunctionBuilder, node: ast.Dict) -> V:
    if all(k is not None for k in node.keys):
        items = []
        for k, v in zip(node.keys, node.values):
            items.append(fb.obj(fb.expr(k)))
            items.append(fb.obj(fb.expr(v)))
        return V(fb.emit(ops.build, "dict", items, OBJ), OBJ)
    d = fb.emit(ops.build, "dict", [], OBJ)
    for k, v in zip(node.keys, node.values):
        if k is None:
            fb.emit(ops.method, "update", d, [fb.obj(fb.expr(v))])
        else:
            key = fb.obj(fb.expr(k))
            fb.emit(ops.setitem, d, key, fb.obj(fb.expr(v)))
    return V(d, OBJ)


# ----- subscripts -------------------------------------------------------------------------------------
def slice_value(fb: FunctionBuilder, node: ast.Slice) -> V:
    parts = [fb.obj(fb.expr(x) if x is not None else none_v()) for x in (node.lower, node.upper, node.step)]
    return V(fb.emit(ops.build, "slice", parts, OBJ), OBJ)


def key_of(fb: FunctionBuilder, node: ast.expr) -> V:
    return slice_value(fb, node) if isinstance(node, ast.Slice) else fb.expr(node)


def subscript(fb: FunctionBuilder, node: ast.Subscript) -> V:
    base = fb.expr(node.value)
    key = key_of(fb, node.slice)
    if is_list(base.ty) and key.ty in (INT, BOOL) and not isinstance(node.slice, ast.Slice):
        ty = elem(base.ty)
        k = key if key.ty == INT else V(fb.emit(ops.binop, "add", fb.materialise(key), fb.materialise(c(0)), INT), INT)
        return V(fb.emit(ops.getitem, fb.materialise(base), fb.materialise(k), ty), ty)
    return V(fb.emit(ops.getitem, fb.obj(base), fb.obj(key), OBJ), OBJ)


# ----- attributes and module members --------------------------------------------------------------------
def module_of(fb: FunctionBuilder, node: ast.expr) -> str | None:
    if isinstance(node, ast.Name) and node.id not in fb.comp_bindings:
        kind, value = fb.prog.resolve(fb.spec, node.id)
        if kind == "module":
            return value
    return None


def type_method(fb: FunctionBuilder, node: ast.Attribute):
    """`str.lower`, `dict.get`...: a method of a built-in type as a function value, else None."""
    from ..runtime_abi import METHOD_ID

    v = node.value
    if isinstance(v, ast.Name) and v.id in TYPE_IDS and v.id not in fb.comp_bindings \
            and fb.prog.resolve(fb.spec, v.id)[0] == "builtin" and node.attr in METHOD_ID:
        return V(fb.emit(ops.make_function, [], method_name=node.attr, type_id=TYPE_IDS[v.id]), OBJ)
    return None


def attribute(fb: FunctionBuilder, node: ast.Attribute) -> V:
    mod = module_of(fb, node.value)
    if mod is not None:
        return module_member(fb, node, mod, node.attr)
    unbound = type_method(fb, node)
    if unbound is not None:
        return unbound
    from ..runtime_abi import METHOD_ID

    if node.attr in METHOD_ID:  # `key=d.get`: a method bound to its object, as a value
        raise Unsupported(node, f"a bound method used as a value ('.{node.attr}' without a call; "
                                "a lambda works)")
    if node.attr == "__name__" and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) \
            and node.value.func.id == "type" and fb.prog.resolve(fb.spec, "type")[0] == "builtin" \
            and len(node.value.args) == 1 and not node.value.keywords:
        x = fb.expr(node.value.args[0])
        return V(fb.emit(ops.builtin, "type_name", [fb.obj(x)], STR, {"generic": ir_unit()}), STR)
    x = fb.expr(node.value)
    return V(fb.emit(ops.getattr_, fb.obj(x), node.attr), OBJ)


def module_member(fb: FunctionBuilder, node: ast.AST, mod: str, attr: str) -> V:
    from .collect import MATH_CONSTANTS, MEMBERS

    if attr not in MEMBERS.get(mod, ()):
        raise Unsupported(node, f"'{mod}.{attr}'")
    if mod == "math" and attr in MATH_CONSTANTS:
        return c(MATH_CONSTANTS[attr])
    if mod == "sys" and attr == "argv":
        return V(fb.emit(ops.builtin, "sys_argv", [], OBJ), OBJ)
    if mod == "sys":
        raise Unsupported(node, f"sys.{attr} used as a value (only print(..., file=sys.{attr}))")
    return V(fb.emit(ops.make_function, [], builtin=f"{mod}_{attr}"), OBJ)


# ----- method calls -----------------------------------------------------------------------------------
def method_call(fb: FunctionBuilder, node: ast.Call) -> V:
    from ..runtime_abi import METHOD_ID

    name = node.func.attr
    recv = fb.expr(node.func.value)
    if name in ("done", "result") and not node.args and not node.keywords:  # Task values
        return V(fb.emit(ops.builtin, f"task_{name}", [fb.obj(recv)], OBJ), OBJ)
    if any(isinstance(a, ast.Starred) for a in node.args) and not node.keywords and name in METHOD_ID:
        # `s.union(*parts)`: the arguments as one list, spread by the run time
        r = fb.emit(ops.method, name, fb.obj(recv), [spread_args(fb, node)])
        r.owner.attributes["spread"] = ir_unit()
        return V(r, OBJ)
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        raise Unsupported(node, "a method call with * or ** arguments")
    if name not in METHOD_ID:
        f = fb.emit(ops.getattr_, fb.obj(recv), name)  # AttributeError, as CPython
        args = [fb.obj(fb.expr(a)) for a in node.args]
        if node.keywords:
            raise Unsupported(node, f"keyword arguments of method '{name}'")
        return V(fb.emit(ops.call_value, f, args), OBJ)
    args = [fb.expr(a) for a in node.args]
    kw = False
    if node.keywords:
        if name == "sort":
            pass
        elif name in KW_DICT_METHODS:
            items = []
            for k in node.keywords:
                items += [fb.obj(c(k.arg)), fb.obj(fb.expr(k.value))]
            args.append(V(fb.emit(ops.build, "dict", items, OBJ), OBJ))
            kw = True
        elif name in METHOD_KEYWORDS:
            params = METHOD_KEYWORDS[name]
            names = [p for p, _ in params]
            given = {names[i]: a for i, a in enumerate(args)}
            for k in node.keywords:
                if k.arg not in names or k.arg in given:
                    raise Unsupported(k, f"keyword '{k.arg}' of method '{name}'")
                given[k.arg] = fb.expr(k.value)
            last = max(names.index(n) for n in given)
            args = [given.get(p, c(d)) for p, d in params[:last + 1]]
        else:
            raise Unsupported(node, f"keyword arguments of method '{name}'")
    if name == "sort":
        opts = {"key": none_v(), "reverse": c(False)}
        if args:
            fb.raise_now("TypeError", "sort() takes no positional arguments")
        for k in node.keywords:
            if k.arg not in opts:
                fb.raise_now("TypeError", f"'{k.arg}' is an invalid keyword argument for sort()")
            opts[k.arg] = fb.expr(k.value)
        args = [opts["key"], opts["reverse"]]
    r = fb.emit(ops.method, name, fb.obj(recv), [fb.obj(a) for a in args], kw)
    return V(r, OBJ)


def spread_args(fb: FunctionBuilder, node: ast.Call):
    """A call's positional arguments with `*` parts, as one list word."""
    return fb.obj(sequence_display(fb, ast.List(elts=node.args, ctx=ast.Load(), lineno=node.lineno,
                                                  col_offset=node.col_offset)))


def module_call(fb: FunctionBuilder, node: ast.Call, mod: str, attr: str) -> V:
    from .collect import MEMBERS

    if attr not in MEMBERS.get(mod, ()) or (mod == "sys" and attr != "exit"):
        raise Unsupported(node, f"'{mod}.{attr}()'")
    return member_call(fb, node, mod, attr)


def member_call(fb: FunctionBuilder, node: ast.Call, mod: str, attr: str) -> V:
    if any(isinstance(a, ast.Starred) for a in node.args):
        if node.keywords:
            raise Unsupported(node, f"{mod}.{attr}(*args) with keywords")
        ty = MODULE_RESULT.get((mod, attr), OBJ)
        r = fb.emit(ops.builtin, f"{mod}_{attr}", [spread_args(fb, node)], ty,
                    {"generic": ir_unit(), "spread": ir_unit()})
        return V(r, ty)
    args = [fb.expr(a) for a in node.args]
    if node.keywords:
        if (mod, attr) != ("math", "isclose"):
            raise Unsupported(node, f"keyword arguments of {mod}.{attr}()")
        opts = {"rel_tol": c(1e-09), "abs_tol": c(0.0)}
        for k in node.keywords:
            if k.arg not in opts:
                raise Unsupported(k, f"keyword '{k.arg}' of math.isclose()")
            opts[k.arg] = fb.expr(k.value)
        args += [opts["rel_tol"], opts["abs_tol"]]
    if (mod, attr) == ("sys", "exit") and not args:
        args = [none_v()]
    ty = MODULE_RESULT.get((mod, attr), OBJ)
    fb.emit(ops.depth_need, "C")
    r = fb.emit(ops.builtin, f"{mod}_{attr}", [fb.obj(a) for a in args], ty, {"generic": ir_unit()})
    if (mod, attr) == ("sys", "exit"):
        fb.cur = fb.cur  # the run time raised SystemExit: control leaves at the check
    return V(r, ty)


# ----- comprehensions -------------------------------------------------------------------------------------
def comprehension(fb: FunctionBuilder, node) -> V:
    """A list/set/dict comprehension (or a generator expression consumed at once): a new container
    filled by nested loops in this function; the loop variables are bound only inside."""
    kind = {ast.ListComp: "list", ast.SetComp: "set", ast.DictComp: "dict", ast.GeneratorExp: "list"}[type(node)]
    acc = fb.emit(ops.build, kind, [], OBJ)

    def body():
        if kind == "dict":
            k = fb.obj(fb.expr(node.key))
            fb.emit(ops.setitem, acc, k, fb.obj(fb.expr(node.value)))
        elif kind == "set":
            fb.emit(ops.method, "add", acc, [fb.obj(fb.expr(node.elt))])
        else:
            fb.emit(ops.method, "append", acc, [fb.obj(fb.expr(node.elt))])

    comp_loops(fb, node.generators, body)
    if isinstance(node, ast.GeneratorExp):  # consumed as an iterator (next() takes one item)
        return V(fb.emit(ops.builtin, "iter", [acc], OBJ, {"generic": ir_unit()}), OBJ)
    return V(acc, OBJ)


def comp_loops(fb: FunctionBuilder, generators, body, exit_blk=None) -> None:
    """Nested loops over the generators; `body()` runs for each item that passes the conditions."""
    saved = dict(fb.comp_bindings)
    try:
        _comp_level(fb, list(generators), body, exit_blk)
    finally:
        fb.comp_bindings = saved


def _comp_level(fb, gens, body, exit_blk) -> None:
    if not gens:
        body()
        return
    gen, rest = gens[0], gens[1:]
    if gen.is_async:
        raise Unsupported(gen, "an async comprehension")

    def item(x, hdr):
        from .expressions import truth

        bind_comp_target(fb, gen.target, V(x, OBJ))
        for cond in gen.ifs:
            ok = fb.new_block()
            fb.cond_br(truth(fb, cond), ok, hdr)  # a false condition: on to the next item
            fb.place(ok)
        _comp_level(fb, rest, body, exit_blk)

    each(fb, fb.obj(fb.expr(gen.iter)), item)


def each(fb: FunctionBuilder, iterable, item) -> None:
    """A loop over any iterable word: `item(x, hdr)` builds the body for item x (`hdr`: the
    block that takes the next item); the loop ends when the iterator is exhausted."""
    it = fb.emit(ops.iter_, iterable, True)
    hdr, loop, done = fb.new_block(), fb.new_block(), fb.new_block()
    fb.br(hdr)
    fb.place(hdr)
    x, more = fb.emit(ops.next_, it, OBJ, True)
    fb.cond_br(more, loop, done)
    fb.place(loop)
    item(x, hdr)
    fb.br(hdr)
    fb.place(done)


def bind_comp_target(fb: FunctionBuilder, target: ast.expr, v: V) -> None:
    if isinstance(target, ast.Name):
        fb.comp_bindings[target.id] = v
        return
    if isinstance(target, (ast.Tuple, ast.List)):
        for t, item in zip(target.elts, unpack_values(fb, target, v)):
            bind_comp_target(fb, t.value if isinstance(t, ast.Starred) else t, item)
        return
    raise Unsupported(target, "this comprehension target")


def unpack_values(fb: FunctionBuilder, target, v: V) -> list[V]:
    stars = [i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred)]
    if len(stars) > 1:
        raise Unsupported(target, "two starred targets")
    n = len(target.elts)
    before = stars[0] if stars else n
    after = n - before - 1 if stars else 0
    vals = fb.emit(ops.unpack, fb.obj(v), before, bool(stars), after)
    if vals is None:
        raise Diverged()
    return [V(x, OBJ) for x in vals]


def short_circuit(fb: FunctionBuilder, name: str, gen: ast.GeneratorExp) -> V:
    """any()/all() of a generator expression: stop at the first true (false) item, as CPython."""
    result = fb.slot_temp(name, BOOL)
    fb.emit(ops.store, fb.materialise(c(name == "all")), result)
    done = fb.new_block()

    def body():
        from .expressions import truth

        t = truth(fb, gen.elt)
        hit, cont = fb.new_block(), fb.new_block()
        if name == "any":
            fb.cond_br(t, hit, cont)
        else:
            fb.cond_br(t, cont, hit)
        fb.place(hit)
        fb.emit(ops.store, fb.materialise(c(name == "any")), result)
        fb.br(done)
        fb.place(cont)

    comp_loops(fb, gen.generators, body)
    fb.br(done)
    fb.place(done)
    return V(fb.emit(ops.load, result, BOOL), BOOL)


# ----- functions as values ---------------------------------------------------------------------------
def function_value(fb: FunctionBuilder, fn, env: list[V], name: str) -> V:
    params = fb.prog.params(fn)
    spec = fb.prog.spec_for(fn, tuple(OBJ for _ in params))
    if spec.is_async:
        raise Unsupported(fn, "an async function used as a value")
    nparams = len(params) - len(env)
    return V(fb.emit(ops.make_function, [fb.obj(e) for e in env], callee=spec.symbol, nparams=nparams, name=name), OBJ)


def lambda_(fb: FunctionBuilder, node: ast.Lambda) -> V:
    fn = fb.prog.lambda_def(fb.spec, node)
    captured = fn.captured
    env = []
    for name_ in captured:
        if name_ in fb.comp_bindings:
            env.append(fb.comp_bindings[name_])
        else:
            from .expressions import name as load_name

            env.append(load_name(fb, ast.Name(id=name_, ctx=ast.Load(), lineno=node.lineno,
                                              col_offset=node.col_offset)))
    return function_value(fb, fn, env, "<lambda>")


# ----- the generic for loop -----------------------------------------------------------------------------
def for_generic(fb: FunctionBuilder, node: ast.For, v: V) -> None:
    from .statements import assign_target

    it = fb.emit(ops.iter_, fb.obj(v), True)
    hdr, body, exit_ = fb.new_block(), fb.new_block(), fb.new_block()
    fb.br(hdr)
    fb.place(hdr)
    x, more = fb.emit(ops.next_, it, OBJ, True)
    els = fb.new_block() if node.orelse else exit_
    fb.cond_br(more, body, els)
    fb.place(body)
    names = {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
    before = set(fb.assigned) - names
    try:
        assign_target(fb, node.target, V(x, OBJ))
    except Diverged:
        fb.cur = None
    fb.loops.append((hdr, exit_))
    fb.stmts(node.body)
    fb.br(hdr)
    fb.loops.pop()
    fb.assigned = before
    if node.orelse:
        fb.place(els)
        fb.stmts(node.orelse)
        fb.br(exit_)
    fb.place(exit_)


HANDLERS = {ast.List: sequence_display, ast.Tuple: sequence_display, ast.Set: sequence_display,
            ast.Dict: dict_display, ast.Subscript: subscript, ast.Attribute: attribute,
            ast.ListComp: comprehension, ast.SetComp: comprehension, ast.DictComp: comprehension,
            ast.GeneratorExp: comprehension, ast.Lambda: lambda_}
