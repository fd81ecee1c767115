"""An allow-list walk over every function body, so unsupported syntax is refused even in code that
is never called (type-directed compilation only visits reachable specialisations)."""

from __future__ import annotations

import ast

from ..diagnostics import CompileError

ALLOWED = (
    # statements
    ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.If, ast.While, ast.For,
    ast.Break, ast.Continue, ast.Pass,
    # expressions
    ast.Constant, ast.Name, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call,
    ast.keyword, ast.Await, ast.JoinedStr, ast.FormattedValue, ast.Subscript, ast.Attribute,
    ast.Starred, ast.ListComp, ast.comprehension, ast.Tuple,
    # contexts and operators
    ast.Load, ast.Store, ast.operator, ast.unaryop, ast.boolop, ast.cmpop,
)


def check_function(fn: ast.FunctionDef | ast.AsyncFunctionDef, filename: str, lines: list[str]) -> None:
    from .compiler import describe

    for stmt in fn.body:
        for node in ast.walk(stmt):
            bad = not isinstance(node, ALLOWED)
            if isinstance(node, ast.Attribute) and not (isinstance(node.value, ast.Name) and node.value.id == "asyncio"):
                bad = True
            if isinstance(node, ast.Starred) or isinstance(node, ast.ListComp):
                bad = bad or not _inside_gather(stmt, node)
            if bad:
                line = getattr(node, "lineno", fn.lineno)
                src = lines[line - 1] if 0 < line <= len(lines) else None
                raise CompileError.at_byte_offset(filename, line, getattr(node, "col_offset", 0),
                                                  f"{describe(node)} is not supported", src)


def _inside_gather(root: ast.AST, target: ast.AST) -> bool:
    """True when `target` is the `*[...]` argument (or its list) of an asyncio.gather call."""
    for node in ast.walk(root):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "gather":
            for a in node.args:
                if a is target or (isinstance(a, ast.Starred) and a.value is target):
                    return True
    return False
