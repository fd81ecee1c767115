"""Differential tests on generated task structures: random sequences of create_task, sleep(0),
gather of leaf and nested coroutines (which create tasks and gather themselves), direct awaits,
awaits of tasks (some twice, some never: asyncio.run cancels them). The interleaving printed must
be exactly asyncio's. Fixed seeds: a failure is reproducible with `program_for(seed)`."""

import random

import pytest

from conftest import assert_same_runs

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
    expected = assert_same_runs(str(prog), tmp_path)  # AITHON_THREADS = 1, 2, 8
    assert expected.returncode == 0  # the generator makes programs that succeed


# ----- completions before the await ---------------------------------------------------------------
# Tasks that finish before they are gathered or awaited (gather of done tasks must still yield),
# tasks that outlive the coroutine that created them (holding a list and a str built there), and
# now and then a task that fails before or while it is gathered: the program then ends with the
# exception, and the exit status and last stderr line must be CPython's.
DONE_PRELUDE = '''import asyncio


async def quick(name, v):
    print(name, 'quick')
    return v


async def steps(name, n):
    for i in range(n):
        print(name, 'step', i)
        await asyncio.sleep(0)
    return n


async def bad(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    print(name, 'fails')
    return n // 0


async def total(name, xs):
    await asyncio.sleep(0)
    s = 0
    for x in xs:
        s = s + x
    print(name, 'total', s, xs)
    return s


async def spawner(name, n):
    xs = await asyncio.gather(*[quick(name + str(i), i) for i in range(n)])
    t = asyncio.create_task(total(name + '.t', xs))
    u = asyncio.create_task(steps(name + '.u', n))
    print(name, 'spawned')
    return n


async def main():
'''


def done_step(r: random.Random, k: int, tasks: list[str], may_fail: bool) -> str:
    c = r.random()
    if c < 0.3:
        tasks.append(f"t{k}")
        kind = r.choice(["quick", "quick", "steps", "steps"] + (["bad"] if may_fail else []))
        arg = k if kind == "quick" else r.randint(0, 2)
        return f"    t{k} = asyncio.create_task({kind}('T{k}', {arg}))"
    if c < 0.45:
        return "    await asyncio.sleep(0)"
    if c < 0.55:
        return f"    print('spawner', await spawner('S{k}', {r.randint(0, 3)}))"
    if c < 0.8 and tasks:
        picks = [r.choice(tasks) for _ in range(r.randint(1, 3))]
        if r.random() < 0.4:
            picks.insert(r.randint(0, len(picks)), f"steps('G{k}', {r.randint(0, 2)})")
        return f"    print('gather', await asyncio.gather({', '.join(picks)}))"
    if c < 0.9 and tasks:
        return f"    print('awaited', await {r.choice(tasks)})"
    if c < 0.95:
        return "    await asyncio.gather()\n    print('empty')"
    return f"    print('main', {k})"


def program_done_first(seed: int) -> str:
    r = random.Random(seed)
    tasks: list[str] = []
    may_fail = seed % 3 == 0
    body = [done_step(r, k, tasks, may_fail) for k in range(r.randint(8, 16))]
    body.append("    for i in range(4):\n        await asyncio.sleep(0)")
    body.append("    print('end')")
    return DONE_PRELUDE + "\n".join(body) + "\n\n\nasyncio.run(main())\n"


@pytest.mark.parametrize("seed", range(1, 13))
def test_generated_done_first_matches_asyncio(seed, tmp_path):
    prog = tmp_path / f"done_{seed}.py"
    prog.write_text(program_done_first(seed))
    assert_same_runs(str(prog), tmp_path)  # AITHON_THREADS = 1, 2, 8


# ----- pure tasks with several workers ------------------------------------------------------------
# CPU-bound pure tasks (run ahead on other workers when AITHON_THREADS > 1) mixed with tasks that
# print and yield, gathered and awaited in random orders, sometimes failing: with 1, 2 and 8
# workers the output, exit status and last stderr line must be CPython's.
PURE_PRELUDE = '''import asyncio


async def crunch(seed, n):
    x = seed
    s = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        s += x % 7
    return s


async def broken(n):
    s = 0
    for i in range(n):
        s += i
    return s // (n - n)


async def talk(name, n):
    for i in range(n):
        print(name, 'talks', i)
        await asyncio.sleep(0)
    return n


async def main():
'''


def pure_step(r: random.Random, k: int, tasks: list[str], may_fail: bool) -> str:
    c = r.random()
    if c < 0.35:
        tasks.append(f"p{k}")
        if may_fail and r.random() < 0.15:
            return f"    p{k} = asyncio.create_task(broken({r.randint(1, 500)}))"
        return f"    p{k} = asyncio.create_task(crunch({k}, {r.choice([10, 1000, 20000, 200000])}))"
    if c < 0.5:
        tasks.append(f"p{k}")
        return f"    p{k} = asyncio.create_task(talk('T{k}', {r.randint(0, 3)}))"
    if c < 0.65:
        return f"    print('star', await asyncio.gather(*[crunch(i, {r.randint(1, 3000)}) for i in range({r.randint(0, 12)})]))"
    if c < 0.8 and tasks:
        picks = [r.choice(tasks) for _ in range(r.randint(1, 3))]
        return f"    print('gather', await asyncio.gather({', '.join(picks)}))"
    if c < 0.92 and tasks:
        return f"    print('awaited', await {r.choice(tasks)})"
    if c < 0.96:
        return "    await asyncio.sleep(0)"
    return f"    print('main', {k})"


def program_pure(seed: int) -> str:
    r = random.Random(seed)
    tasks: list[str] = []
    body = [pure_step(r, k, tasks, seed % 4 == 0) for k in range(r.randint(8, 16))]
    body.append("    print('end')")
    return PURE_PRELUDE + "\n".join(body) + "\n\n\nasyncio.run(main())\n"


@pytest.mark.parametrize("seed", range(1, 9))
def test_generated_pure_tasks_match_asyncio(seed, tmp_path):
    prog = tmp_path / f"pure_{seed}.py"
    prog.write_text(program_pure(seed))
    assert_same_runs(str(prog), tmp_path)  # AITHON_THREADS = 1, 2, 8
