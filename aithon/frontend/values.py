"""Typed SSA values produced by the front-end visitors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .pytypes import BOTTOM


@dataclass
class V:
    """A Python value during compilation: an SSA name (None for None/str constants not yet
    materialised), its Python type, and its compile-time constant when known."""

    ssa: str | None
    ty: str
    const: Any = None
    is_const: bool = False

    @property
    def unknown(self) -> bool:
        return self.ty == BOTTOM


UNKNOWN = V(None, BOTTOM)


class Diverged(Exception):
    """Raised by a visitor after emitting an exception that is raised unconditionally (calling a
    value that is not callable): the rest of the expression never runs. Caught where control flow
    joins again (the enclosing statement list, short-circuit operators, conditional expressions)."""


@dataclass
class Task:
    """A task variable: the token and value of the `async.execute` that runs it."""

    token: str
    value: str | None
    result: str
