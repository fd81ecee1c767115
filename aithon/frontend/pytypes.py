"""Static Python types of the supported subset and their MLIR representation.

A type is a short string: "int", "float", "bool", "str", "None", "list[T]", "task[T]".
BOTTOM ("?") is "not inferred yet": the fixpoint in `program.py` replaces it or reports an error.
"""

from __future__ import annotations

INT, FLOAT, BOOL, STR, NONE = "int", "float", "bool", "str", "None"
BOTTOM = "?"
SCALARS = (INT, FLOAT, BOOL, STR)
IMMUTABLE = (INT, FLOAT, BOOL, STR, NONE)
NUMERIC = (INT, FLOAT, BOOL)

# list element kinds understood by ai_write_list (runtime ABI)
LIST_ELEM_KIND = {INT: 1, FLOAT: 2, BOOL: 3, STR: 4}


def list_of(elem: str) -> str:
    return f"list[{elem}]"


def task_of(result: str) -> str:
    return f"task[{result}]"


def is_list(t: str) -> bool:
    return t.startswith("list[")


def is_task(t: str) -> bool:
    return t.startswith("task[")


def inner(t: str) -> str:
    """Element type of list[T] / result type of task[T]."""
    return t[t.index("[") + 1 : -1]


def mlir_type(t: str) -> str | None:
    """The MLIR type of a value of Python type t (None for the None type: it has no SSA value)."""
    if t == INT:
        return "i64"
    if t == FLOAT:
        return "f64"
    if t == BOOL:
        return "i1"
    if t == STR or is_list(t):
        return "!llvm.ptr"
    if t == NONE:
        return None
    raise AssertionError(f"no MLIR type for {t}")


def async_result_type(t: str) -> str:
    """The type an async function of Python return type t returns in the async dialect."""
    mt = mlir_type(t)
    return "!async.token" if mt is None else f"!async.value<{mt}>"


def join_numeric(a: str, b: str) -> str:
    """Result type of an arithmetic operator on numeric operands (bool promotes to int)."""
    if FLOAT in (a, b):
        return FLOAT
    return INT
