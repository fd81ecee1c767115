"""`aithon-translate`: llvm-dialect MLIR → LLVM IR / PIC object that links into a PIE cleanly."""

import subprocess

from aithon import toolchain
from conftest import run_tool

PROGRAM = """import asyncio


async def main():
    print("hello", 1.5, 7 // 2)


asyncio.run(main())
"""


def llvm_dialect(tmp_path):
    src = tmp_path / "hello.py"
    src.write_text(PROGRAM)
    res = run_tool("main", "compile", str(src), "--emit=llvm", "-o", str(tmp_path / "hello.mlir"))
    assert res.returncode == 0, res.stderr
    return tmp_path / "hello.mlir"


def test_to_llvm_ir(tmp_path):
    res = run_tool("translate", str(llvm_dialect(tmp_path)), "--mlir-to-llvmir")
    assert res.returncode == 0, res.stderr
    assert "define void @__aithon_module_init(ptr" in res.stdout


def test_obj_is_pic_and_links_into_a_pie_without_warnings(tmp_path):
    obj = tmp_path / "hello.o"
    res = run_tool("translate", str(llvm_dialect(tmp_path)), "--obj", "-o", str(obj))
    assert res.returncode == 0, res.stderr
    relocs = subprocess.run(["readelf", "-r", "-W", str(obj)], stdout=subprocess.PIPE, text=True).stdout
    assert "R_X86_64_64 " not in relocs
    exe = tmp_path / "hello"
    link = subprocess.run([toolchain.c_compiler(), "-pie", str(obj), toolchain.runtime_library(), "-lpthread", "-lm", "-lgmp",
                           "-o", str(exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert link.returncode == 0 and link.stderr == "", link.stderr
    assert subprocess.run([str(exe)], stdout=subprocess.PIPE, text=True).stdout == "hello 1.5 3\n"


def test_reads_stdin(tmp_path):
    res = run_tool("translate", "--mlir-to-llvmir", stdin=llvm_dialect(tmp_path).read_text())
    assert res.returncode == 0 and "define" in res.stdout


def test_invalid_mlir_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.mlir"
    bad.write_text("func.func @f() {\n  %0 = arith.addi : i64\n}\n")
    res = run_tool("translate", str(bad), "--mlir-to-llvmir")
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"aithon-translate: error: {bad}:2:"), res.stderr


def test_non_llvm_dialect_input_is_refused(tmp_path):
    src = tmp_path / "f.mlir"
    src.write_text("func.func @f(%a: i64) -> i64 {\n  return %a : i64\n}\n")
    res = run_tool("translate", str(src), "--mlir-to-llvmir")
    assert res.returncode == 1
    assert res.stderr.startswith("aithon-translate: error: ") and len(res.stderr.strip().splitlines()) == 1
