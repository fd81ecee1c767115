"""AIthon's MLIR passes (Python-defined, MLIR 22 bindings). One pass per module, named as its pass:
`aithon-async-to-actor` ↔ `async_to_actor.py`, `aithon-insert-safepoints` ↔ `insert_safepoints.py`,
`aithon-lower-actor` ↔ `lower_actor.py`, `aithon-py-specialize` ↔ `py_specialize.py`, `aithon-lower-py` ↔
`lower_py.py`. `registry` is the only source of pass names."""

from .registry import PASSES, build_pass_manager, parse_pipeline

__all__ = ["PASSES", "build_pass_manager", "parse_pipeline"]
