"""`aithon-route-frames`: coroutine frames come from the runtime, not the C library.

The upstream coroutine lowering (`convert-async-to-llvm`) allocates every coroutine frame with
`aligned_alloc(align, size)` and releases it with `free(frame)`. Frames are born and die once per
spawned task, so these two calls sat on the hottest path of the program (a profile of fib(27) spent
39% of its time in glibc malloc/free). This pass renames the two C library declarations, and every
`llvm.call` of them, to the runtime's `ai_frame_alloc(align, size)` / `ai_frame_free(frame)`, which
serve frames from per-thread pools (runtime/src/mem/pool.c) and let the runtime know each frame.

Only declarations are renamed: a function the program itself defines under one of these names is
left alone. Runs on the llvm dialect, after the upstream lowering and before `aithon-internalize`.
Renaming (rather than interposing `free` at link time) keeps the C library's allocator untouched for
everything else in the process.
"""

from __future__ import annotations

from mlir import ir

from .common import collect, guarded

NAME = "aithon-route-frames"
SUMMARY = "coroutine frame allocation (aligned_alloc/free) goes to the runtime's pools"
ROUTES = {"aligned_alloc": "ai_frame_alloc", "free": "ai_frame_free"}  # as in runtime/include/aithon/rt.h


def run(op, pass_) -> None:
    guarded(_run, op, pass_)


def _run(module) -> None:
    renamed = {}
    for func in collect(module, "llvm.func"):
        name = ir.StringAttr(func.attributes["sym_name"]).value
        if name in ROUTES and len(func.regions[0].blocks) == 0:
            func.attributes["sym_name"] = ir.StringAttr.get(ROUTES[name])
            renamed[name] = ROUTES[name]
    if not renamed:
        return
    for call in collect(module, "llvm.call"):
        if "callee" not in call.attributes:
            continue  # an indirect call
        callee = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
        if callee in renamed:
            call.attributes["callee"] = ir.FlatSymbolRefAttr.get(renamed[callee])
