"""Differential tests on generated task structures: random sequences of create_task, sleep(0),
gather of leaf and nested coroutines (which create tasks and gather themselves), direct awaits,
awaits of tasks (some twice, some never: asyncio.run cancels them). The interleaving printed must
be exactly asyncio's. Fixed seeds: a failure is reproducible with `program_for(seed)`."""

import random
import subprocess
import sys

import pytest

from conftest import build_and_run

PRELUDE = '''import asyncio


async def leaf(name, n):
    for i in range(n):
        print(name, 'step', i)
        await asyncio.sleep(0)
    return n


async def mid(name, n):
    print(name, 'start')
    t = asyncio.create_task(leaf(name + '.t', n))
    a, b = await asyncio.gather(leaf(name + '.g1', n % 2), leaf(name + '.g2', n))
    v = await leaf(name + '.d', 1)
    print(name, 'gathered', a, b, v)
    return a + b + v + await t


async def main():
'''


def step(r: random.Random, k: int, tasks: list[str]) -> str:
    c = r.random()
    if c < 0.3:
        tasks.append(f"t{k}")
        return f"    t{k} = asyncio.create_task({r.choice(['leaf', 'mid'])}('T{k}', {r.randint(0, 3)}))"
    if c < 0.45:
        return "    await asyncio.sleep(0)"
    if c < 0.6:
        return f"    print('main', {k})"
    if c < 0.75 and tasks:
        return f"    print('awaited', await {r.choice(tasks)})"
    if c < 0.9:
        return (f"    print('gather', await asyncio.gather(leaf('G{k}a', {r.randint(0, 2)}), "
                f"mid('G{k}b', {r.randint(0, 2)})))")
    return f"    print('direct', await mid('D{k}', {r.randint(0, 2)}))"


def program_for(seed: int) -> str:
    r = random.Random(seed)
    tasks: list[str] = []
    body = [step(r, k, tasks) for k in range(r.randint(6, 14))]
    if tasks and r.random() < 0.5:
        body.append(f"    print('final', await {tasks[0]})")
    return PRELUDE + "\n".join(body) + "\n\n\nasyncio.run(main())\n"


@pytest.mark.parametrize("seed", range(1, 9))
def test_generated_schedule_matches_asyncio(seed, tmp_path):
    prog = tmp_path / f"sched_{seed}.py"
    prog.write_text(program_for(seed))
    expected = subprocess.run([sys.executable, str(prog)], stdout=subprocess.PIPE, text=True)
    assert expected.returncode == 0
    for threads, got in build_and_run(str(prog), tmp_path):  # AITHON_THREADS = 1, 2, 8
        assert got.returncode == 0, (threads, got.stderr)
        assert got.stdout == expected.stdout, threads
