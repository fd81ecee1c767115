"""Real generated code against a runtime built with AddressSanitizer + UBSan: every program of the
differential corpus and every example must print CPython's output with no memory error, and the
programs that exit normally must not leak (reference counts of async objects, actor heaps,
messages, the actors of behaviours that raised). Programs that end with an uncaught exception skip
the leak check: the tasks still queued when main fails are dropped with their coroutine frames (the
process ends right after)."""

import glob
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, run_tool

ASAN_NULL = re.compile(r"^==\d+==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]+ bytes\n", re.M)

PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "test", "programs", "*.py")) +
                  glob.glob(os.path.join(ROOT, "examples", "*.py")))
FLAGS = ["-g", "-O1", "-fsanitize=address,undefined", "-fno-sanitize-recover=all"]

pytestmark = pytest.mark.sanitizers


def build_runtime(out, flags) -> str:
    """libaithon_rt.a (with main) compiled with `flags` into `out`, including repr()'s generated
    printable table (as CMake and run_tests.sh build it)."""
    cc = shutil.which(os.environ.get("CC", "cc"))
    printable = str(out / "printable.c")
    subprocess.run([sys.executable, os.path.join(ROOT, "runtime", "tools", "gen_printable.py"), printable], check=True)
    sources = sorted(glob.glob(os.path.join(ROOT, "runtime", "src", "**", "*.c"), recursive=True)) + [printable]
    objs = []
    for i, src in enumerate(sources):
        obj = str(out / f"{i}.o")
        subprocess.run([cc, "-std=c11", "-D_POSIX_C_SOURCE=200809L", *flags, "-I", os.path.join(ROOT, "runtime", "include"),
                        "-I", os.path.join(ROOT, "runtime", "src"), "-c", src, "-o", obj], check=True)
        objs.append(obj)
    lib = str(out / "libaithon_rt.a")
    subprocess.run(["ar", "rcs", lib, *objs], check=True)
    return lib


def sanitized_runtime(tmp_path_factory, name: str, flags: list[str]):
    """(C compiler, the runtime archive built with `flags`), or a skip without a C compiler."""
    cc = shutil.which(os.environ.get("CC", "cc"))
    if not cc:
        pytest.skip("no C compiler")
    return cc, build_runtime(tmp_path_factory.mktemp(name), flags)


def build_program(prog: str, runtime, link_flags: list[str], tmp_path) -> str:
    """Compile `prog` to an object with AIthon and link it with the sanitized runtime."""
    cc, lib = runtime
    obj, exe = str(tmp_path / "p.o"), str(tmp_path / "p")
    res = run_tool("main", "compile", os.path.relpath(prog, ROOT), "--emit=obj", "-o", obj)
    assert res.returncode == 0, res.stderr
    subprocess.run([cc, *link_flags, obj, lib, "-lpthread", "-lm", "-lgmp", "-o", exe], check=True)
    return exe


@pytest.fixture(scope="module")
def asan_runtime(tmp_path_factory):
    return sanitized_runtime(tmp_path_factory, "asan-rt", FLAGS)


@pytest.mark.parametrize("prog", PROGRAMS, ids=[os.path.relpath(p, ROOT) for p in PROGRAMS])
def test_no_memory_errors(prog, asan_runtime, tmp_path):
    exe = build_program(prog, asan_runtime, FLAGS, tmp_path)
    expected = subprocess.run([sys.executable, prog], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    leaks = "1" if expected.returncode == 0 else "0"
    got = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                         # a huge allocation fails as malloc does (MemoryError), not as an ASan report
                         env=dict(os.environ, ASAN_OPTIONS=f"detect_leaks={leaks}:allocator_may_return_null=1"))
    # a MemoryError test's huge malloc fails under ASan as it does without (with a warning line)
    err = ASAN_NULL.sub("", got.stderr.decode(errors="replace"))
    assert "Sanitizer" not in err and "runtime error" not in err, err[-5000:]
    assert got.returncode == expected.returncode, err[-2000:]
    assert got.stdout == expected.stdout


# Programs whose pure task steps run ahead on workers (aithon-lower-actor marks them): run with 4
# workers against a runtime built with ThreadSanitizer, they must print CPython's output with no
# data race reported.
THREADED = [os.path.join(ROOT, "test", "programs", p) for p in
            ("parallel_pure_tasks.py", "collatz_tasks.py", "float_accumulate.py", "recursion_limit_ok.py")] + \
           [os.path.join(ROOT, "test", "stress", "spawn_tree.py")]
TSAN_FLAGS = ["-g", "-O1", "-fsanitize=thread"]


@pytest.fixture(scope="module")
def tsan_runtime(tmp_path_factory):
    return sanitized_runtime(tmp_path_factory, "tsan-rt", TSAN_FLAGS)


@pytest.mark.parametrize("prog", THREADED, ids=[os.path.relpath(p, ROOT) for p in THREADED])
def test_no_data_races_with_workers(prog, tsan_runtime, tmp_path):
    exe = build_program(prog, tsan_runtime, ["-fsanitize=thread"], tmp_path)
    expected = subprocess.run([sys.executable, prog], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    got = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300,
                         env=dict(os.environ, AITHON_THREADS="4", TSAN_OPTIONS="halt_on_error=1"))
    err = got.stderr.decode(errors="replace")
    assert "ThreadSanitizer" not in err, err[-5000:]
    assert got.returncode == expected.returncode, err[-2000:]
    assert got.stdout == expected.stdout
