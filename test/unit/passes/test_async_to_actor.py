"""aithon-async-to-actor on the front end's real output and on hand-written IR."""

from aithon.frontend import python_ir_text
from pass_helpers import op_locations, run_passes

PROGRAM = '''import asyncio


async def one(i):
    return i * 2


async def first(xs):
    return xs[0]


async def main():
    xs = await asyncio.gather(*[one(i) for i in range(3)])
    print(await first(xs))
    print(await one(4))


asyncio.run(main())
'''


def test_program_spawns_immutable_calls_and_keeps_mutable_inline():
    text, diags, failed = run_passes(python_ir_text(PROGRAM, "prog.py"), ["aithon-async-to-actor"])
    assert not failed
    assert text.count('"actor.spawn"') == 2          # one(i) in the task, one(4)
    assert "call @py.first(" in text                    # list argument: stays inline
    remarks = [d for d in diags if d[0] == "REMARK" and "stays" in d[2]]
    assert remarks == [("REMARK", 'loc("prog.py":14:11)',
                        "call to @py.first stays in the caller's actor (not spawned): argument 'xs' (list[int]) "
                        "may be a mutable object the caller still sees")]
    spawned = [d for d in diags if d[0] == "REMARK" and "is spawned as an actor" in d[2]]
    assert len(spawned) == 2  # every placement decision is reported
    assert "actor.task" in text and text.count("actor.behaviour") == 3


def test_new_ops_take_the_location_of_the_ops_they_replace():
    locs = op_locations(python_ir_text(PROGRAM, "prog.py"), ["aithon-async-to-actor"])
    assert ("actor.spawn @py.one", 'loc("prog.py":15:11)') in locs
    assert ("actor.receive", 'loc("prog.py":15:11)') in locs
    assert ("actor.reply", 'loc("prog.py":5:5)') in locs


def test_behaviour_without_context_is_an_error():
    src = "async.func @f(%x: i64) -> !async.value<i64> {\n  async.return %x : i64\n}"
    _, diags, failed = run_passes(src, ["aithon-async-to-actor"])
    assert failed
    assert any(d[0] == "ERROR" and "has no actor context" in d[2] for d in diags)


def test_twice_is_once():
    src = python_ir_text(PROGRAM, "prog.py")
    once, _, _ = run_passes(src, ["aithon-async-to-actor"])
    twice, _, _ = run_passes(src, ["aithon-async-to-actor", "aithon-async-to-actor"])
    assert once == twice
