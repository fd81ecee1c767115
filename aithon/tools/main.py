"""`aithon`: compile and run Python asyncio programs natively.

    aithon run PROG.py [ARGS...]            build to a temporary executable and run it
    aithon build PROG.py [-o EXE]           build a native executable (default: PROG)
    aithon compile PROG.py --emit=STAGE [-o FILE] [--mlir-print-debuginfo]
        STAGE: py | python-ir | actor | async | llvm | llvm-ir | obj
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import traceback

from ..diagnostics import CompileError, ToolError, report
from ..pipeline import STAGES, Compilation

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aithon", description="Compile Python asyncio programs to native code.")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="{run,build,compile}")
    r = sub.add_parser("run", help="compile and run a program")
    r.add_argument("prog")
    r.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")
    b = sub.add_parser("build", help="build a native executable")
    b.add_argument("prog")
    b.add_argument("-o", dest="out", help="output executable (default: the program name without .py)")
    c = sub.add_parser("compile", help="stop at a stage and write its output")
    c.add_argument("prog")
    c.add_argument("--emit", choices=STAGES, required=True, help="the stage to stop at")
    c.add_argument("-o", dest="out", help="output file (default: stdout; required for obj)")
    c.add_argument("--mlir-print-debuginfo", action="store_true", help="print source locations")
    for q in (r, b, c):
        q.add_argument("--remarks", action="store_true", help="show the passes' remarks")
    return p


def _compile(args) -> int:
    comp = Compilation(args.prog, remarks=args.remarks)
    if args.emit == "obj":
        if not args.out:
            raise ToolError("--emit=obj needs -o FILE")
        comp.object_file(args.out)
        return 0
    if args.emit == "llvm-ir":
        text = comp.llvm_ir()
    else:
        module = comp.module(args.emit)
        text = module.operation.get_asm(enable_debug_info=args.mlir_print_debuginfo, use_local_scope=True)
    _write(args.out, text)
    return 0


def _write(out: str | None, text: str) -> None:
    if not text.endswith("\n"):
        text += "\n"
    if out is None or out == "-":
        sys.stdout.write(text)
        return
    try:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise ToolError(f"cannot write '{out}': {exc.strerror}")


def _run(args) -> int:
    with tempfile.TemporaryDirectory(prefix="aithon-run-") as tmp:
        exe = os.path.join(tmp, os.path.splitext(os.path.basename(args.prog))[0] or "prog")
        Compilation(args.prog, remarks=args.remarks).executable(exe)
        sys.stdout.flush()
        rc = subprocess.run([exe, *args.args]).returncode
        return rc if rc >= 0 else 128 - rc  # killed by a signal: the shell's convention


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.cmd == "compile":
            return _compile(args)
        if args.cmd == "build":
            out = args.out or os.path.splitext(os.path.basename(args.prog))[0]
            Compilation(args.prog, remarks=args.remarks).executable(out)
            return 0
        return _run(args)
    except (CompileError, ToolError) as err:
        return report(err, "aithon")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a compiler bug: say so plainly, keep the evidence behind a flag
        print(f"aithon: internal compiler error: {type(exc).__name__}: {exc}", file=sys.stderr)
        if os.environ.get("AITHON_DEBUG"):
            traceback.print_exc()
        else:
            print("aithon: note: set AITHON_DEBUG=1 for the Python traceback; please report this bug",
                  file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
