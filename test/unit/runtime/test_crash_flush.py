"""Output is never lost: a compiled program whose stdout is a pipe (fully buffered) and that is
ended by a fatal signal while it waits still delivers everything it printed, and still dies of
that signal (the runtime's handler writes the buffer with write(2), then re-raises)."""

import os
import signal
import subprocess
import time

import pytest

from conftest import run_tool

PROG = '''import asyncio


async def main():
    for i in range(3):
        print("line", i)
    await asyncio.sleep(0)
    print("waiting")
    await asyncio.sleep(60)
    print("never")


asyncio.run(main())
'''


@pytest.fixture(scope="module")
def exe(tmp_path_factory):
    d = tmp_path_factory.mktemp("crash")
    (d / "waits.py").write_text(PROG)
    res = run_tool("main", "build", str(d / "waits.py"), "-o", str(d / "waits"))
    assert res.returncode == 0, res.stderr
    return str(d / "waits")


@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGBUS, signal.SIGFPE, signal.SIGABRT])
def test_fatal_signal_flushes_stdout(exe, sig):
    p = subprocess.Popen([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.5)  # the program is in its 60 s sleep by then
    os.kill(p.pid, sig)
    out, _ = p.communicate(timeout=30)
    assert out == b"line 0\nline 1\nline 2\nwaiting\n"
    assert p.returncode == -sig
