"""`aithon-opt`: an mlir-opt for AIthon: parse MLIR (the actor dialect loaded), run AIthon and upstream
passes, print the result.

    aithon-opt [IN.mlir|-] --pass-pipeline='builtin.module(aithon-async-to-actor,canonicalize)'
    aithon-opt IN.mlir --aithon-async-to-actor --aithon-insert-safepoints --canonicalize [-o OUT]
    aithon-opt --list-passes
    aithon-opt IN.mlir --split-input-file --verify-diagnostics --aithon-lower-py

Flags named after passes run in command-line order; any `--NAME[=OPTIONS]` that is not an option of
this tool is taken as the upstream pass NAME{OPTIONS}. Remarks and warnings go to stderr as
`file:line:col: remark: message`; errors are one line, `aithon-opt: error: file:line:col: message`,
with exit status 1.
"""

from __future__ import annotations

import argparse
import re
import sys

from ..diagnostics import ToolError, location_prefix, report

__all__ = ["main"]
PROG = "aithon-opt"


def _parser() -> argparse.ArgumentParser:
    from ..passes.registry import PASSES

    p = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0],
                                epilog="Upstream passes: any --NAME[=OPTIONS] mlir-opt accepts.")
    p.add_argument("input", nargs="?", default="-", help="input file (default: stdin)")
    p.add_argument("-o", dest="out", default="-", help="output file (default: stdout)")
    p.add_argument("--pass-pipeline", help="textual pipeline, e.g. 'builtin.module(a,b{opt=1},c)'")
    p.add_argument("--print-ir-after-all", action="store_true", help="print the IR after each pass (stderr)")
    p.add_argument("--mlir-print-debuginfo", action="store_true", help="print locations")
    p.add_argument("--list-passes", action="store_true", help="list the AIthon passes and exit")
    p.add_argument("--split-input-file", action="store_true",
                   help="process each '// -----'-separated chunk on its own (line numbers kept)")
    p.add_argument("--verify-diagnostics", action="store_true",
                   help="check the errors against '// expected-error[@+N] {{message}}' comments")
    for name, info in PASSES.items():
        p.add_argument("--" + name, dest="passes", action="append_const", const=name, help=info.summary)
    return p


def _split_upstream(argv: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Separate `--NAME[=OPTS]` flags unknown to this tool (upstream passes) from the rest, keeping
    each pass's position so AIthon and upstream pass flags run in command-line order."""
    from ..passes.registry import PASSES

    own = {"-o", "--pass-pipeline", "--print-ir-after-all", "--mlir-print-debuginfo", "--list-passes",
           "--split-input-file", "--verify-diagnostics", "-h", "--help"} | {"--" + n for n in PASSES}
    rest, order = [], []
    for i, arg in enumerate(argv):
        flag = arg.split("=", 1)[0]
        if arg.startswith("--") and flag not in own and len(arg) > 2:
            name, _, opts = arg[2:].partition("=")
            order.append((i, f"{name}{{{opts}}}" if opts else name))
        else:
            rest.append(arg)
            if flag in PASSES or flag.lstrip("-") in PASSES:
                order.append((i, flag.lstrip("-")))
    return rest, order


def _pipeline(args, order) -> list[str]:
    from ..passes.registry import parse_pipeline

    if args.pass_pipeline is not None:
        if order:
            raise ToolError("'--pass-pipeline' cannot be combined with individual pass flags")
        return parse_pipeline(args.pass_pipeline)
    return [name for _, name in sorted(order)]


def _chunks(text: str, split: bool) -> list[str]:
    """The input, or its `// -----` chunks each padded with newlines so line numbers stay true."""
    if not split:
        return [text]
    out, start, lines = [], 0, text.split("\n")
    for i, line in enumerate(lines + ["// -----"]):
        if line.strip() == "// -----":
            out.append("\n" * start + "\n".join(lines[start:i]))
            start = i + 1
    return out


def _parse(context, text: str, name: str, whole_file: bool):
    """Parse and verify one chunk. A whole file is parsed from its path so that locations carry its
    name; a chunk or stdin is buffer "-", renamed to the input's name in messages."""
    from mlir import ir

    with context:
        try:
            if whole_file:
                return ir.Module.parseFile(name)
            return ir.Module.parse(text)
        except ir.MLIRError as exc:
            raise ToolError(_first_error(exc, name)) from None


def _first_error(exc, name: str) -> str:
    diags = list(getattr(exc, "error_diagnostics", []) or [])
    if not diags:
        return " ".join(str(exc).split())
    return _one_line(diags[0], name)


def _one_line(diag, name: str) -> str:
    where = location_prefix(diag.location)
    if where.startswith("-:"):
        where = name + where[1:]
    text = " ".join(str(diag.message).split())
    return f"{where}: {text}" if where else text


def _run_all(args, elements: list[str]) -> tuple[str, int]:
    """Output text and exit status over all chunks: a failing chunk is reported and the next one
    still runs (as mlir-opt --split-input-file does)."""
    from ..dialect import make_context
    from ..passes.registry import build_pass_manager
    from .common import read_input

    build_pass_manager(make_context(), elements)  # pipeline errors first, as mlir-opt reports them
    text, name = read_input(args.input)
    outputs, status = [], 0
    for chunk in _chunks(text, args.split_input_file):
        errors: list[str] = []
        try:
            outputs.append(_run(args, elements, chunk, name, errors))
        except ToolError as err:
            if not args.verify_diagnostics:
                status = report(err, PROG)
            elif not errors:
                errors.append(str(err))
        if args.verify_diagnostics:
            status = max(status, _verify(chunk, errors))
    return "// -----\n".join(o if o.endswith("\n") else o + "\n" for o in outputs), status


def _run(args, elements: list[str], text: str, name: str, errors: list[str]) -> str:
    """Run the passes on one chunk; its error diagnostics are appended to `errors`."""
    from ..dialect import make_context
    from ..passes.registry import build_pass_manager

    context = make_context()
    module = _parse(context, text, name, not args.split_input_file and name != "<stdin>")

    def on_diagnostic(diag) -> bool:
        sev = str(diag.severity).rsplit(".", 1)[-1].lower()
        if sev == "error":
            errors.append(_one_line(diag, name))
        else:
            print(f"{_one_line(diag, name).replace(': ', f': {sev}: ', 1)}", file=sys.stderr)
        return True

    def on_remark(loc, message: str) -> None:
        where = location_prefix(loc)
        if where.startswith("-:"):
            where = name + where[1:]
        print(f"{where}: remark: {message}" if where else f"remark: {message}", file=sys.stderr)

    from ..passes.common import on_remark as listen

    context.attach_diagnostic_handler(on_diagnostic)
    listen(context, on_remark)
    with context:
        pm = build_pass_manager(context, elements)
        if args.print_ir_after_all:
            pm.enable_ir_printing(print_after_all=True, enable_debug_info=args.mlir_print_debuginfo)
        try:
            pm.run(module.operation)
        except Exception as exc:
            from mlir import ir

            first = _first_error(exc, name) if isinstance(exc, ir.MLIRError) else None
            raise ToolError(errors[0] if errors else first or " ".join(str(exc).split())) from None
        return str(module.operation.get_asm(enable_debug_info=args.mlir_print_debuginfo))


_EXPECTED = re.compile(r"//\s*expected-error(?:@([+-]\d+))?\s*\{\{(.*)\}\}")
_LOCATED = re.compile(r"^.*?:(\d+):\d+: (.*)$")


def _verify(chunk: str, errors: list[str]) -> int:
    """mlir-opt's --verify-diagnostics for errors: each `// expected-error[@+N] {{text}}` comment
    needs an error on its line (or N lines away) whose message contains text, and every error needs
    such a comment. Mismatches are reported; the status is 1 if there is one."""
    expected = []
    for number, line in enumerate(chunk.split("\n"), 1):
        m = _EXPECTED.search(line)
        if m:
            expected.append((number + int(m.group(1) or 0), m.group(2)))
    status = 0
    for error in errors:
        m = _LOCATED.match(error)
        found = m and next((e for e in expected if e[0] == int(m.group(1)) and e[1] in m.group(2)), None)
        if found:
            expected.remove(found)
        else:
            status = report(ToolError(f"unexpected error: {error}"), PROG)
    for line, text in expected:
        status = report(ToolError(f"line {line}: expected error '{text}' was not produced"), PROG)
    return status


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        rest, order = _split_upstream(argv)
        args = _parser().parse_args(rest)
        if args.list_passes:
            from ..passes.registry import PASSES

            for info in PASSES.values():
                print(f"  --{info.name:<28} {info.summary}")
            return 0
        out, status = _run_all(args, _pipeline(args, order))
        if args.out in (None, "-"):
            sys.stdout.write(out)
        else:
            try:
                with open(args.out, "w", encoding="utf-8") as fh:
                    fh.write(out)
            except OSError as exc:
                raise ToolError(f"cannot write '{args.out}': {exc.strerror}")
        return status
    except ToolError as err:
        return report(err, PROG)


if __name__ == "__main__":
    sys.exit(main())
