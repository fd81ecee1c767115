"""Running a recursive computation over a syntax tree of any depth `ast.parse` accepts.

The front end's visitors recurse once per nesting level (a flat `a + b + ... ` of N terms is a
left-leaning tree N deep), and so do the standard library helpers it uses (`compile`, `ast.unparse`).
CPython's default limit (1,000 frames on an 8 MiB main-thread stack) is far below what the parser
accepts, so the work runs on a thread whose stack is sized for a recursion limit well above any
tree the parser builds.
"""

from __future__ import annotations

import sys
import threading

__all__ = ["run_deep"]

STACK_BYTES = 1 << 30  # virtual: only the pages actually used are committed
RECURSION_LIMIT = 200_000  # Python frames; each visitor level takes a few, each well under 2 KiB of C stack


def run_deep(fn, *args):
    """`fn(*args)` on a thread with a 1 GiB stack and a recursion limit of 200,000; its result or its
    exception is handed back to the caller."""
    out: dict[str, object] = {}

    def body() -> None:
        try:
            out["value"] = fn(*args)
        except BaseException as exc:  # re-raised in the calling thread
            out["error"] = exc

    old_limit = sys.getrecursionlimit()
    old_size = threading.stack_size()
    threading.stack_size(STACK_BYTES)
    try:
        sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
        worker = threading.Thread(target=body, name="aithon-frontend")
        worker.start()
        worker.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    if "error" in out:
        raise out["error"]
    return out["value"]
