"""`aithon-internalize`: give every function the program defines internal linkage, except the
entry point `__aithon_module_init` that the runtime calls.

Python names are not C names: a user's `async def main()` becomes `llvm.func @main`, which would
replace the runtime's C `main` at link time, and `def free(x)` or `def write(x)` would capture libc
symbols. Internal linkage keeps every program symbol local to its object file, so user names can
never collide with the runtime or the C library. Runs on the llvm dialect (after the upstream
lowering); declarations (functions without a body) keep their external linkage.
"""

from __future__ import annotations

from mlir import ir

from .common import collect, guarded

NAME = "aithon-internalize"
SUMMARY = "internal linkage for every defined llvm.func except the program entry"
ENTRY = "__aithon_module_init"


def run(op, pass_) -> None:
    guarded(_run, op, pass_)


def _run(module) -> None:
    internal = ir.Attribute.parse("#llvm.linkage<internal>")
    for func in collect(module, "llvm.func"):
        name = ir.StringAttr(func.attributes["sym_name"]).value
        if name == ENTRY or len(func.regions[0].blocks) == 0:
            continue
        func.attributes["linkage"] = internal
