"""Names: Python's scope rules for the front end, and how Python names become MLIR names.

Resolution follows Python (LEGB without the E: no nested functions in the subset): a name bound
anywhere in a function body (assignment, for target, parameter) is local to the whole function; else
a module-level binding (constant, `def`, `import asyncio`); else a builtin. Every place that
recognises a builtin (`print`, `range`, `len`, ...) or the asyncio module asks `resolve` first, so a
user's `max = 3`, `def max(...)`, or a parameter named `len` shadows the builtin as in CPython.

Mangling keeps three namespaces apart, so no Python identifier can reach a compiler-made name:
* function symbols are `py.<name>` (`py.<name>.<argument types>` when a function has several
  specialisations); compiler-made functions are `aithon.*` or `__aithon_module_init`; runtime and C
  library functions have no `.` in their names, and neither do Python identifiers;
* SSA names the compiler makes are `%<letters><digits>` (no `.`); those derived from a user
  variable are `%<name>.<suffix>`;
* in all of them a non-ASCII character becomes `$` and six hex digits (`$` is in no Python
  identifier), so the result is a valid MLIR and LLVM identifier and the mapping is injective.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

__all__ = ["mangle", "function_symbol", "Binding", "LOCAL", "CONST", "FUNCTION", "MODULE", "BUILTIN",
           "UNDEFINED", "BUILTIN_NAMES", "python_type_name"]

LOCAL, CONST, FUNCTION, MODULE, BUILTIN, UNDEFINED = "local", "const", "function", "module", "builtin", "undefined"
BUILTIN_NAMES = frozenset(n for n in dir(builtins) if not n.startswith("_"))


@dataclass(frozen=True)
class Binding:
    """What a name means at one use: its kind and, for module-level bindings, the bound object
    (the constant's value, the function's `def` node)."""

    kind: str
    value: object = None


def mangle(name: str) -> str:
    """An identifier as `[A-Za-z0-9_$]+`: ASCII letters, digits and `_` unchanged, any other
    character as `$` + six hex digits of its code point."""
    return "".join(c if c.isascii() and (c.isalnum() or c == "_") else f"${ord(c):06x}" for c in name)


def _type_tag(t: str) -> str:
    # types are int/float/bool/str/None/list[T]: brackets become `_` (all closing ones are trailing)
    return t.replace("[", "_").replace("]", "")


def function_symbol(name: str, argtypes: tuple[str, ...], specialised: bool) -> str:
    """The symbol of one specialisation of the user function `name`."""
    base = "py." + mangle(name)
    return base if not specialised else base + "." + ".".join(_type_tag(t) for t in argtypes)


def python_type_name(ty: str) -> str:
    """`type(v).__name__` of a value of static type `ty` (for CPython's error messages)."""
    if ty == "None":
        return "NoneType"
    if ty.startswith("list["):
        return "list"
    return ty
