"""The single registry of AIthon passes: the only source of pass names.

A Python-defined pass cannot be named inside a textual upstream pipeline, so a PassManager is built
one element at a time: an AIthon pass is added as a Python callable, anything else is handed to
`PassManager.add(text)` (an upstream pass or pipeline element such as `canonicalize` or
`convert-func-to-llvm{index-bitwidth=32}`).

The passes, in pipeline order (each module's docstring and docs/architecture.md say more):
* `aithon-py-specialize` (py_specialize.py): inline fast paths for py operators on small ints and
  floats, the generic py op kept on a slow path;
* `aithon-lower-py` (lower_py.py, with its helpers lower_py_*.py): py dialect → runtime calls,
  arith/llvm/cf ops and exception checks (the python-ir form);
* `aithon-async-to-actor`, `aithon-insert-safepoints`, `aithon-lower-actor`, then after the upstream
  lowering `aithon-route-frames` and `aithon-internalize`.

Binding quirk (MLIR 22): `PassManager.add(callable, op_name=...)` is unusable; Python passes are added
with no op name and every PassManager is anchored at `builtin.module`, so each pass's `run` receives
the module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..diagnostics import ToolError
from . import async_to_actor, insert_safepoints, internalize, lower_actor, lower_py, py_specialize, route_frames

__all__ = ["AithonPass", "PASSES", "build_pass_manager", "parse_pipeline"]


@dataclass(frozen=True)
class AithonPass:
    name: str          # pass argument, e.g. aithon-lower-actor
    summary: str       # one line for --list-passes / --help
    run: Callable      # run(op, pass_): op is the builtin.module Operation


PASSES: dict[str, AithonPass] = {
    mod.NAME: AithonPass(mod.NAME, mod.SUMMARY, mod.run)
    for mod in (py_specialize, lower_py, async_to_actor, insert_safepoints, lower_actor, route_frames, internalize)
}


def build_pass_manager(context, elements: list[str]):
    """A `builtin.module` PassManager running `elements` in order (AIthon pass names or upstream
    pipeline elements). An unknown name raises ToolError("unknown pass 'x'")."""
    from mlir.passmanager import PassManager

    with context:
        pm = PassManager("builtin.module")
        for element in elements:
            element = element.strip()
            if not element:
                continue
            aithon_pass = PASSES.get(element)
            if aithon_pass is not None:
                pm.add(aithon_pass.run, name=aithon_pass.name, argument=aithon_pass.name,
                       description=aithon_pass.summary)
                continue
            _add_upstream(pm, element)
    return pm


def _add_upstream(pm, element: str) -> None:
    try:
        pm.add(element)
    except ValueError as exc:
        name = element.split("{", 1)[0].split("(", 1)[0].strip()
        detail = " ".join(str(exc).split())
        if "does not refer to a registered pass" in detail or "'" + name + "'" in detail:
            raise ToolError(f"unknown pass '{name}'") from None
        raise ToolError(f"invalid pass pipeline element '{element}': {detail}") from None


def parse_pipeline(text: str) -> list[str]:
    """Split `builtin.module(a,b{opt=1},c)` (or a bare `a,b,c`) into its elements, respecting nested
    parentheses and braces. Nested op pipelines such as `func.func(cse)` stay one element."""
    text = text.strip()
    if text.startswith("builtin.module(") and text.endswith(")"):
        text = text[len("builtin.module("):-1]
    elements, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
            if depth < 0:
                raise ToolError(f"unbalanced '{ch}' in pass pipeline '{text}'")
        elif ch == "," and depth == 0:
            elements.append(text[start:i].strip())
            start = i + 1
    if depth != 0:
        raise ToolError(f"unbalanced brackets in pass pipeline '{text}'")
    elements.append(text[start:].strip())
    return [e for e in elements if e]
