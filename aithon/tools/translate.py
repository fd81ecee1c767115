"""`aithon-translate`: llvm-dialect MLIR → LLVM IR or a relocatable PIC object.

    aithon-translate IN.mlir --mlir-to-llvmir [-o OUT.ll]
    aithon-translate IN.mlir --obj -o OUT.o          (opt -O2, llc -relocation-model=pic)
"""

from __future__ import annotations

import argparse
import sys

from ..diagnostics import ToolError, report
from .common import parse_module, read_input

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aithon-translate", description=__doc__.splitlines()[0])
    p.add_argument("input", nargs="?", default="-", help="input file (default: stdin)")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--mlir-to-llvmir", action="store_true", help="write LLVM IR text")
    mode.add_argument("--obj", action="store_true", help="write a relocatable PIC object file")
    p.add_argument("-o", dest="out", help="output file (default: stdout for LLVM IR)")
    return p


def translate(text: str, name: str) -> str:
    """LLVM IR text of an llvm-dialect module."""
    from mlir.dialects.llvm import translate_module_to_llvmir

    from ..dialect import make_context

    context = make_context()
    module = parse_module(text, name, context)
    with context:
        _require_llvm_dialect(module, name)
        errors: list[str] = []

        def keep(diag) -> bool:
            errors.append(str(diag.message))
            return True

        handler = context.attach_diagnostic_handler(keep)
        try:
            return str(translate_module_to_llvmir(module.operation))
        except Exception as exc:
            first = errors[0] if errors else str(exc)
            raise ToolError(f"{name}: cannot translate to LLVM IR: {' '.join(first.split())}")
        finally:
            handler.detach()


def _require_llvm_dialect(module, name: str) -> None:
    """The translation crashes on ops it has no translation for: refuse them first, located."""
    from mlir import ir

    from ..diagnostics import location_prefix

    bad = []

    def check(op):
        if not (op.name.startswith("llvm.") or op.name == "builtin.module"):
            bad.append(op)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    module.operation.walk(check, ir.WalkOrder.PRE_ORDER)
    if bad:
        where = location_prefix(bad[0].location) or name
        raise ToolError(f"{where}: '{bad[0].name}' is not in the llvm dialect; lower the module to the llvm "
                        f"dialect first (aithon-opt, or aithon compile --emit=llvm)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        text, name = read_input(args.input)
        llvm_ir = translate(text, name)
        if args.mlir_to_llvmir:
            if args.out in (None, "-"):
                sys.stdout.write(llvm_ir)
            else:
                with open(args.out, "w", encoding="utf-8") as fh:
                    fh.write(llvm_ir)
            return 0
        if not args.out:
            raise ToolError("--obj needs -o FILE")
        from ..pipeline import ir_to_object

        ir_to_object(llvm_ir, args.out)
        return 0
    except ToolError as err:
        return report(err, "aithon-translate")
    except OSError as exc:
        return report(ToolError(f"cannot write '{args.out}': {exc.strerror}"), "aithon-translate")


if __name__ == "__main__":
    sys.exit(main())
