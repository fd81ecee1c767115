"""Static Python types of the `py` front end and their `py` dialect types.

A type is a short string: "int", "float", "bool", "str", "None", or "obj" (any value: the front end
could not pin it down, e.g. a variable that holds an int on one path and a str on another).
BOTTOM ("?") means "nothing known yet" during inference (infer.py); it never reaches the IR.
The result-type rules here are shared by inference and emission, so both always agree.
"""

from __future__ import annotations

INT, FLOAT, BOOL, STR, NONE, OBJ = "int", "float", "bool", "str", "None", "obj"
BOTTOM = "?"
TYPES = (INT, FLOAT, BOOL, STR, NONE, OBJ)
NUMERIC = (INT, FLOAT, BOOL)
_DIALECT_NAME = {INT: "int", FLOAT: "float", BOOL: "bool", STR: "str", NONE: "none", OBJ: "obj"}


def list_of(t: str) -> str:
    """A list whose elements all have static type t (the IR type is `!py.list` either way)."""
    return f"list[{t}]"


def is_list(t: str) -> bool:
    return t.startswith("list[")


def elem(t: str) -> str:
    return t[5:-1]


def join(a: str, b: str) -> str:
    """Least upper bound: BOTTOM < each type < OBJ (bool and int are distinct: `print(True)`);
    lists join element-wise."""
    if a == BOTTOM:
        return b
    if b == BOTTOM or a == b:
        return a
    if is_list(a) and is_list(b):
        return list_of(join(elem(a), elem(b)))
    return OBJ


def dialect_name(t: str) -> str:
    return "list" if is_list(t) else _DIALECT_NAME[t]


def ir_type(t: str):
    """The `!py.*` type of a value of static type t (in the current context)."""
    from mlir import ir

    return ir.Type.parse("!py." + dialect_name(t))


def var_type(t: str):
    """`!py.var<T>`: a local variable holding values of type t."""
    from mlir import ir

    return ir.Type.parse(f"!py.var<!py.{dialect_name(t)}>")


def binop_type(op: str, a: str, b: str) -> str:
    """Result type of `a <op> b` (op names as in the dialect: add, sub, ...)."""
    if BOTTOM in (a, b):
        return BOTTOM
    if OBJ in (a, b):
        return OBJ
    if a in NUMERIC and b in NUMERIC:
        if op in ("and", "or", "xor"):
            if FLOAT in (a, b):
                return OBJ  # TypeError at run time
            return BOOL if a == b == BOOL else INT
        if op in ("lshift", "rshift"):
            return OBJ if FLOAT in (a, b) else INT
        if op == "matmul":
            return OBJ
        if op == "truediv" or FLOAT in (a, b):
            return FLOAT
        if op == "pow":
            return OBJ  # a negative exponent gives a float (the front end narrows constant exponents)
        return INT
    if op == "add" and a == b == STR:
        return STR
    if op == "mul" and {a, b} in ({STR, INT}, {STR, BOOL}):
        return STR
    return OBJ  # TypeError at run time, with CPython's message


def pow_type(a: str, b: str, b_const) -> str:
    """`a ** b`: an int when the exponent is a known non-negative int, a float when it is a known
    negative int (CPython: `2 ** -1 == 0.5`), else whatever the run time finds (obj)."""
    if a in (INT, BOOL) and b in (INT, BOOL) and isinstance(b_const, int):
        return INT if b_const >= 0 else FLOAT
    return binop_type("pow", a, b)


def const_type(value) -> str | None:
    """The static type of a Python constant (None: not a supported constant)."""
    if value is None:
        return NONE
    for t, py in ((BOOL, bool), (INT, int), (FLOAT, float), (STR, str)):
        if isinstance(value, py):
            return t
    return None


def unary_type(op: str, a: str) -> str:
    if a == BOTTOM:
        return BOTTOM
    if op == "not":
        return BOOL
    if a == FLOAT and op in ("neg", "pos"):
        return FLOAT
    if a in (INT, BOOL):
        return INT
    return OBJ


# Types without a Python API in the MLIR 22 bindings (the async dialect's and IRDL-defined ones) are
# made from their names with `Type.parse`; this module is the only place that does so (a unit test
# holds the rest of the front end to the builder API).
def ptr_type():
    """`!llvm.ptr`: the actor context."""
    from mlir.dialects import llvm

    return llvm.PointerType.get()


def token_type():
    from mlir import ir

    return ir.Type.parse("!async.token")


def group_type():
    from mlir import ir

    return ir.Type.parse("!async.group")


def iterator_type():
    from mlir import ir

    return ir.Type.parse("!py.iterator")


def async_type(t: str):
    """What an `async.func` returning a value of type t returns: a token for None, else
    `!async.value<!py.T>`."""
    from mlir import ir

    return token_type() if t == NONE else ir.Type.parse(f"!async.value<{ir_type(t)}>")


def async_i1_type():
    """What a segment coroutine returns: whether the function returned in it (segments.py)."""
    from mlir import ir

    return ir.Type.parse("!async.value<i1>")


# Builtins whose result type is fixed; the rest give `obj` (containers, iterators, any value).
_FIXED_RESULT = {"str": STR, "repr": STR, "format": STR, "chr": STR, "hex": STR, "bin": STR, "oct": STR, "type_name": STR,
                 "bool": BOOL, "isinstance": BOOL, "any": BOOL, "all": BOOL, "callable": BOOL,
                 "len": INT, "hash": INT, "ord": INT}
MODULE_RESULT = {("math", "sqrt"): FLOAT, ("math", "exp"): FLOAT, ("math", "log"): FLOAT, ("math", "log2"): FLOAT,
                 ("math", "log10"): FLOAT, ("math", "sin"): FLOAT, ("math", "cos"): FLOAT, ("math", "tan"): FLOAT,
                 ("math", "asin"): FLOAT, ("math", "acos"): FLOAT, ("math", "atan"): FLOAT, ("math", "atan2"): FLOAT,
                 ("math", "hypot"): FLOAT, ("math", "fabs"): FLOAT, ("math", "pow"): FLOAT, ("math", "fsum"): FLOAT,
                 ("math", "copysign"): FLOAT, ("math", "degrees"): FLOAT, ("math", "radians"): FLOAT,
                 ("math", "dist"): FLOAT, ("math", "fmod"): FLOAT, ("math", "isfinite"): BOOL, ("math", "isinf"): BOOL,
                 ("math", "isnan"): BOOL, ("math", "isclose"): BOOL, ("math", "floor"): INT, ("math", "ceil"): INT,
                 ("math", "trunc"): INT, ("math", "gcd"): INT, ("math", "lcm"): INT, ("math", "factorial"): INT,
                 ("math", "isqrt"): INT, ("math", "comb"): INT, ("math", "perm"): INT,
                 ("time", "time"): FLOAT, ("time", "perf_counter"): FLOAT, ("time", "monotonic"): FLOAT}


def builtin_type(name: str, args: list[str], nkw: int) -> str:
    """Static result type of builtin `name` called with positional argument types `args` and `nkw`
    keyword arguments (inference and emission both ask this)."""
    if BOTTOM in args:
        return BOTTOM
    if name in _FIXED_RESULT:
        return _FIXED_RESULT[name]
    if name == "int":
        return INT
    if name == "float":
        return FLOAT
    if name == "abs" and len(args) == 1 and not nkw:
        return unary_type("neg", args[0]) if args[0] != STR else OBJ
    if name == "round" and len(args) == 1 and not nkw:
        return INT
    if name in ("min", "max") and len(args) >= 2 and not nkw:
        t = BOTTOM
        for a in args:
            t = join(t, a)
        return t
    if name == "print":
        return NONE
    return OBJ
