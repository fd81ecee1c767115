"""The front end's one table of runtime functions (`aithon/runtime_abi.py`) against the C side:
every entry has the prototype of `runtime/include/aithon/rt.h` (types mapped to MLIR), its
`raises` flag is exactly the header's `AI_MAY_RAISE` mark, and every public function whose body
can reach `ai_raise` (through any chain of runtime calls, read from `runtime/src`) is marked."""

import glob
import os
import re

from conftest import ROOT

from aithon.runtime_abi import BUILTINS, METHODS, RUNTIME

HEADER = os.path.join(ROOT, "runtime", "include", "aithon", "rt.h")
C_TO_MLIR = {"int64_t": "i64", "int32_t": "i32", "double": "f64", "bool": "i1"}


def prototypes() -> dict[str, tuple[bool, str, list[str]]]:
    """name -> (marked AI_MAY_RAISE, C result type, C parameter types) for every ai_* prototype."""
    text = open(HEADER).read()
    out = {}
    for m in re.finditer(r"^(AI_MAY_RAISE )?([\w \*]+?)\s*\b(ai_\w+)\(([^)]*)\);", text, re.M):
        params = [] if m.group(4).strip() == "void" else [p.strip() for p in m.group(4).split(",")]
        types = [re.sub(r"\s*\b\w+$", "", p) if not p.endswith("*") else p for p in params]
        out[m.group(3)] = (bool(m.group(1)), m.group(2).strip(), [t.strip() for t in types])
    return out


def mlir_of(ctype: str, mlir: str) -> bool:
    if ctype.endswith("*") or ctype == "ai_code_t":
        return mlir in ("!llvm.ptr", "!async.token", "!async.value<i64>")  # void * carries tokens and values
    return C_TO_MLIR.get(ctype) == mlir


def test_table_matches_header():
    protos = prototypes()
    for name, fn in RUNTIME.items():
        assert name in protos, f"{name} is not declared in rt.h"
        marked, result, params = protos[name]
        assert len(params) == len(fn.args), name
        for c, m in zip(params, fn.args):
            assert mlir_of(c, m), f"{name}: C {c} vs MLIR {m}"
        assert (result == "void") == (fn.result is None), name
        if fn.result is not None:
            assert mlir_of(result, fn.result), f"{name}: result C {result} vs MLIR {fn.result}"
        assert marked == fn.raises, f"{name}: AI_MAY_RAISE in rt.h and raises= in runtime_abi.py disagree"


FUNCTION = re.compile(r"^[A-Za-z_][\w \*]*?\b(\w+)\(([^;{]*?)\)\s*\{(?:([^\n]*)\}[ \t]*$|(.*?)^\})", re.M | re.S)


def function_bodies() -> dict[str, str]:
    """name -> body text of every function defined in runtime/src (one-line bodies, or up to the
    `}` in column 0). Static helpers of different files may share a name: their bodies are joined,
    which can only over-approximate what raises."""
    bodies: dict[str, str] = {}
    for path in glob.glob(os.path.join(ROOT, "runtime", "src", "**", "*.c"), recursive=True):
        for m in FUNCTION.finditer(open(path).read()):
            bodies[m.group(1)] = bodies.get(m.group(1), "") + (m.group(3) or m.group(4) or "")
    return bodies


def can_raise(bodies: dict[str, str]) -> set[str]:
    """Functions from which a chain of calls reaches ai_raise."""
    raising = {"ai_raise"}
    calls = {name: set(re.findall(r"\b(\w+)\s*\(", body)) & set(bodies) for name, body in bodies.items()}
    changed = True
    while changed:
        changed = False
        for name, callees in calls.items():
            if name not in raising and callees & raising:
                raising.add(name)
                changed = True
    return raising


def test_every_raising_runtime_function_is_marked():
    bodies = function_bodies()
    assert "ai_format_i64" in bodies and "ai_str_concat" in bodies  # the scan finds definitions
    raising = can_raise(bodies)
    for name, (marked, _, _) in prototypes().items():
        if name in raising and name not in ("ai_raise",):
            assert marked, f"{name} can reach ai_raise but is not marked AI_MAY_RAISE in rt.h"


def test_table_names_each_function_once():
    """A dict literal keeps the last of two entries silently: the table's source names each
    runtime function once."""
    import ast
    import collections

    import aithon.runtime_abi as abi

    with open(abi.__file__, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    keys = [k.value for n in ast.walk(tree) if isinstance(n, ast.Dict)
            for k in n.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    assert [k for k, n in collections.Counter(keys).items() if n > 1] == []


def _x_list(macro: str) -> list[str]:
    text = open(HEADER).read()
    body = re.search(r"#define " + macro + r"\(X\)(.*?)\n(?!\s*X\()", text, re.S).group(1)
    return re.findall(r"X\((\w+)\)", body)


def test_method_and_builtin_ids_match_header():
    """The ids the front end passes to ai_obj_method / ai_builtin are the header's enum values."""
    assert METHODS == _x_list("AI_METHODS")
    assert BUILTINS == _x_list("AI_BUILTINS")
    assert len(set(METHODS)) == len(METHODS) and len(set(BUILTINS)) == len(BUILTINS)
