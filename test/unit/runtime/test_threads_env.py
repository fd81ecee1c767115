"""AITHON_THREADS: a worker count from 1 to 256 is used (mlirAsyncRuntimGetNumWorkerThreads and the
workers of runtime/src/sched/worker.c); anything else is refused at start with exit status 2 and a
message, never silently ignored."""

import os
import subprocess

import pytest

from conftest import run_tool

PROG = '''import asyncio


async def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


async def main():
    print(await asyncio.gather(work(1000), work(2000), work(3000)))


asyncio.run(main())
'''


@pytest.fixture(scope="module")
def exe(tmp_path_factory):
    d = tmp_path_factory.mktemp("threads")
    src, out = d / "p.py", d / "p"
    src.write_text(PROG)
    res = run_tool("main", "build", str(src), "-o", str(out))
    assert res.returncode == 0, res.stderr
    return str(out)


@pytest.mark.parametrize("value", ["1", "2", "7", "256", ""])
def test_accepted(exe, value):
    got = subprocess.run([exe], capture_output=True, text=True, env=dict(os.environ, AITHON_THREADS=value))
    assert got.returncode == 0, got.stderr
    assert got.stdout == "[2001, 3999, 5999]\n"


@pytest.mark.parametrize("value", ["0", "-1", "257", "two", "2x"])
def test_refused(exe, value):
    got = subprocess.run([exe], capture_output=True, text=True, env=dict(os.environ, AITHON_THREADS=value))
    assert got.returncode == 2
    assert got.stdout == ""
    assert f"AITHON_THREADS must be an integer from 1 to 256 (got '{value}')" in got.stderr
