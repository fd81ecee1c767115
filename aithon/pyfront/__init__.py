"""The `py` front end: Python `ast` → `py` dialect IR, built with the MLIR builder API (never as
text), one `file:line:col` location on every op.

Organised by construct family, each a module of handler functions behind `FunctionBuilder`
(function.py): `expressions`, `statements`, `calls` (user functions, builtins, print), `strings`
(f-strings), `asyncio_ops`; `infer` types the program before anything is built, `module` drives
it, `ops` builds the ops. Python it does not handle yet raises `Unsupported`; the compiler then
falls back to the legacy front end (aithon/frontend), which compiles it or refuses it.
"""

from .function import Unsupported
from .module import build_module

__all__ = ["build_module", "Unsupported"]
