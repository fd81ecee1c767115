"""`aithon run | build | compile --emit=STAGE`: stages, locations, errors."""

import os
import subprocess

import pytest

from conftest import ROOT, run_tool

EXAMPLE = "examples/process_user.py"
SIMPLE = """import asyncio


async def twice(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print(await twice(21))


asyncio.run(main())
"""


@pytest.fixture
def prog(tmp_path):
    path = tmp_path / "simple.py"
    path.write_text(SIMPLE)
    return str(path)


@pytest.mark.parametrize("stage,needle", [("python-ir", "call @py.twice("), ("actor", '"actor.spawn"'),
                                          ("async", "@ai_actor_spawn"), ("llvm", "llvm.func internal @py.twice"),
                                          ("llvm-ir", "define ")])
def test_every_text_stage(prog, stage, needle):
    res = run_tool("main", "compile", prog, f"--emit={stage}")
    assert res.returncode == 0, res.stderr
    assert needle in res.stdout


def test_actor_stage_of_the_example_has_actor_ops_with_locations():
    res = run_tool("main", "compile", EXAMPLE, "--emit=actor", "--mlir-print-debuginfo")
    assert res.returncode == 0, res.stderr
    for op in ("actor.spawn", "actor.receive", "actor.reply", "actor.safepoint"):
        assert f'"{op}"' in res.stdout
    assert 'loc("examples/process_user.py":' in res.stdout


def test_obj_has_no_absolute_relocations(prog, tmp_path):
    obj = tmp_path / "p.o"
    res = run_tool("main", "compile", prog, "--emit=obj", "-o", str(obj))
    assert res.returncode == 0, res.stderr
    relocs = subprocess.run(["readelf", "-r", str(obj)], stdout=subprocess.PIPE, text=True).stdout
    assert "R_X86_64_" in relocs and "R_X86_64_64 " not in relocs


def test_build_then_run(prog, tmp_path):
    exe = tmp_path / "simple"
    res = run_tool("main", "build", prog, "-o", str(exe))
    assert res.returncode == 0 and res.stderr == "", res.stderr
    assert subprocess.run([str(exe)], stdout=subprocess.PIPE, text=True).stdout == "42\n"


def test_run_passes_through_output_and_status(prog):
    res = run_tool("main", "run", prog)
    assert (res.returncode, res.stdout, res.stderr) == (0, "42\n", "")


def test_unreadable_file_is_one_line_error(tmp_path):
    res = run_tool("main", "run", str(tmp_path / "missing.py"))
    assert res.returncode == 1
    assert res.stderr.strip() == f"aithon: error: cannot read '{tmp_path / 'missing.py'}': No such file or directory"


def test_syntax_error_is_located(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(:\n    pass\n")
    res = run_tool("main", "compile", str(bad), "--emit=python-ir")
    assert res.returncode == 1
    assert res.stderr.startswith(f"{bad}:1:7: error: invalid syntax")
    assert "Traceback" not in res.stderr


def test_obj_needs_output(prog):
    res = run_tool("main", "compile", prog, "--emit=obj")
    assert res.returncode == 1 and res.stderr.strip() == "aithon: error: --emit=obj needs -o FILE"


def test_output_file_is_written(prog, tmp_path):
    out = tmp_path / "p.mlir"
    res = run_tool("main", "compile", prog, "--emit=python-ir", "-o", str(out))
    assert res.returncode == 0 and res.stdout == ""
    assert "async.func @py.twice" in out.read_text()


def test_directory_is_one_line_error(tmp_path):
    (tmp_path / "pkg.py").mkdir()
    res = run_tool("main", "run", str(tmp_path / "pkg.py"))
    assert res.returncode == 1
    assert res.stderr.strip() == f"aithon: error: cannot read '{tmp_path / 'pkg.py'}': Is a directory"


def test_unpermitted_file_is_one_line_error(tmp_path):
    locked = tmp_path / "locked.py"
    locked.write_text("print(1)\n")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as a user who can read any file")
    res = run_tool("main", "run", str(locked))
    assert res.returncode == 1
    assert res.stderr.strip() == f"aithon: error: cannot read '{locked}': Permission denied"


@pytest.mark.parametrize("data,where,message", [
    # no cookie: UTF-8, and the first byte that is not is located like CPython's SyntaxError
    (b'print(1)\ns = "\xe9t\xe9"\n', "2:6", "Non-UTF-8 code starting with '\\xe9' in file"),
    (b"# coding: klingon\nprint(1)\n", "1:1", "unknown encoding: klingon"),
    (b'#!/usr/bin/env python3\n# -*- coding: ascii -*-\ns = "\xe9"\n', "3:6", "encoding problem: ascii"),
])
def test_undecodable_source_is_located(tmp_path, data, where, message):
    bad = tmp_path / "enc.py"
    bad.write_bytes(data)
    res = run_tool("main", "compile", str(bad), "--emit=python-ir")
    assert res.returncode == 1
    first, *rest = res.stderr.splitlines()
    assert first.startswith(f"{bad}:{where}: error: {message}"), res.stderr
    assert len(rest) == 2 and rest[1].strip() == "^" and "Traceback" not in res.stderr


@pytest.mark.parametrize("name", ['we"ird é.py', "new\nline.py", "tab\there.py"])
def test_any_file_name_can_be_compiled(tmp_path, name):
    path = tmp_path / name
    path.write_text(SIMPLE)
    res = run_tool("main", "run", str(path))
    assert (res.returncode, res.stdout, res.stderr) == (0, "42\n", "")
