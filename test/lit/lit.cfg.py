# Lit configuration for AIthon: the tools run from this checkout (or the installed package) with the
# interpreter running lit; FileCheck, not and mlir-opt come from the pinned LLVM/MLIR wheels.
import os
import shlex
import sys
import sysconfig

import lit.formats

config.name = "AIthon"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".py"]
config.excludes = ["lit.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.environ.get("AITHON_LIT_EXEC_ROOT",
                                       os.path.join(config.test_source_root, "..", "..", ".lit-out"))

repo = os.path.abspath(os.path.join(config.test_source_root, "..", ".."))
python = shlex.quote(sys.executable)

# Make the checkout importable (an installed aithon is found the same way); keep the user's runtime
# location override if there is one.
config.environment["PYTHONPATH"] = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH")) if p)
for var in ("AITHON_RUNTIME_DIR", "TMPDIR", "HOME", "AITHON_THREADS", "AITHON_GC_STRESS"):
    if var in os.environ:
        config.environment[var] = os.environ[var]


def wheel_tool(pkg, name):
    """A binary shipped by the xtc-* wheels, found next to the imported package."""
    paths = [sysconfig.get_paths()["platlib"], sysconfig.get_paths()["purelib"]] + sys.path
    for base in paths:
        cand = os.path.join(base, pkg, "bin", name)
        if os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    lit_config.fatal(f"cannot find {pkg}/bin/{name}: install the test extra (see README)")


config.substitutions.append(("%aithon_dialects", os.path.join(repo, "dialects")))
config.substitutions.append(("%python", python))
# Longest names first: lit substitutes in order and 'aithon' is a prefix of the others.
for tool, module in (("aithon-translate", "aithon.tools.translate"), ("aithon-opt", "aithon.tools.opt"),
                     ("aithon", "aithon.tools.main")):
    config.substitutions.append((r"(?<![\w./%-])" + tool + r"(?![\w.-])", f"{python} -m {module}"))
config.substitutions.append((r"(?<![\w./%-])mlir-opt(?![\w.-])", wheel_tool("mlir", "mlir-opt")))
config.substitutions.append((r"(?<![\w./%-])FileCheck(?![\w.-])", wheel_tool("llvm", "FileCheck")))
config.substitutions.append((r"(?<![\w./%-])not(?![\w.-])", wheel_tool("llvm", "not")))
