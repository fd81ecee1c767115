"""Where the external pieces live: the pinned LLVM wheel's `opt`/`llc`, the system C compiler, and
the AIthon runtime library built by the install (`aithon/_rt/`)."""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig

from .diagnostics import ToolError

__all__ = ["wheel_tool", "runtime_dir", "runtime_library", "c_compiler"]


def _site_dirs() -> list[str]:
    paths = sysconfig.get_paths()
    return [p for p in dict.fromkeys([paths["platlib"], paths["purelib"], *sys.path]) if p]


def wheel_tool(package: str, name: str) -> str:
    """A binary of the xtc-* wheels (`package` is `llvm` or `mlir`), e.g. `wheel_tool("llvm", "llc")`."""
    for base in _site_dirs():
        cand = os.path.join(base, package, "bin", name)
        if os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    raise ToolError(f"cannot find '{package}/bin/{name}' from the xtc-{package}-tools wheel; "
                    f"reinstall AIthon (see README)")


def runtime_dir() -> str:
    """The directory holding `libaithon_rt.a`: $AITHON_RUNTIME_DIR, else the package's `_rt/lib`
    (the installed package's copy when running from a source checkout)."""
    env = os.environ.get("AITHON_RUNTIME_DIR")
    if env:
        if not os.path.isfile(os.path.join(env, "libaithon_rt.a")):
            raise ToolError(f"AITHON_RUNTIME_DIR={env} does not contain libaithon_rt.a")
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [os.path.join(here, "_rt", "lib")]
    candidates += [os.path.join(base, "aithon", "_rt", "lib") for base in _site_dirs()]
    for cand in candidates:
        if os.path.isfile(os.path.join(cand, "libaithon_rt.a")):
            return cand
    raise ToolError("the AIthon runtime library (libaithon_rt.a) is not installed; run the install "
                    "command from the README, or set AITHON_RUNTIME_DIR")


def runtime_library(kind: str = "static") -> str:
    name = "libaithon_rt.a" if kind == "static" else "libaithon_rt.so"
    path = os.path.join(runtime_dir(), name)
    if not os.path.isfile(path):
        raise ToolError(f"missing runtime library {path}")
    return path


def c_compiler() -> str:
    """The system C compiler used as linker driver ($CC, else cc)."""
    cc = os.environ.get("CC", "cc")
    found = shutil.which(cc)
    if not found:
        raise ToolError(f"no C compiler found ('{cc}'); AIthon links executables with the system cc")
    return found
