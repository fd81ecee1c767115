"""Shared helpers of the pass unit tests."""

import os

from mlir import ir

from aithon.dialect import make_context
from aithon.passes import build_pass_manager

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def _diag(d):
    return (str(d.severity).rsplit(".", 1)[-1], str(d.location), str(d.message))


def run_passes(text: str, passes: list[str]):
    """(module text after `passes`, diagnostics as (severity, location, message), failed?).
    Remarks come from the passes' remark sink; a failed run's errors come with the MLIRError."""
    from aithon.passes.common import on_remark

    ctx = make_context()
    diags = []
    ctx.attach_diagnostic_handler(lambda d: (diags.append(_diag(d)), True)[1])
    on_remark(ctx, lambda loc, message: diags.append(("REMARK", str(loc), message)))
    with ctx:
        module = ir.Module.parse(text)
        failed = False
        try:
            build_pass_manager(ctx, passes).run(module.operation)
        except ir.MLIRError as exc:
            failed = True
            diags.extend(_diag(d) for d in exc.error_diagnostics)
        return str(module), diags, failed


def op_locations(text: str, passes: list[str]) -> list[tuple[str, str]]:
    """(op summary, location) of every op after `passes`; the summary is `name` or `name @callee`."""
    ctx = make_context()
    out = []
    with ctx:
        module = ir.Module.parse(text)
        build_pass_manager(ctx, passes).run(module.operation)

        def visit(op):
            callee = op.attributes["callee"] if "callee" in op.attributes else None
            out.append((op.name + (f" {callee}" if callee is not None else ""), str(op.location)))
            return ir.WalkResult.ADVANCE

        module.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
    return out
