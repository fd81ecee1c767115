"""`aithon/passes/blocks.py`: the one linear block splitter, and the MLIR 22 binding quirks it and the
py passes work around (if an upgrade changes one of these, this file says which)."""

import pytest
from mlir import ir

from aithon.dialect import make_context
from aithon.passes.blocks import block_key, op_key, op_name, split_after

FUNC = """
func.func @f(%a: i64) -> i64 {
  %0 = arith.addi %a, %a : i64
  %1 = arith.addi %0, %a : i64
  %2 = arith.addi %1, %a : i64
  %3 = arith.addi %2, %a : i64
  return %3 : i64
}
"""


@pytest.fixture(autouse=True)
def context():
    with make_context() as ctx, ir.Location.unknown(ctx):
        yield ctx


def _parse(text=FUNC):
    """(module, func, entry block): keep the module alive while its blocks are used."""
    module = ir.Module.parse(text)
    func = module.body.operations[0]
    return module, func, func.regions[0].blocks[0]


def test_split_after_several_points_at_once():
    module, func, block = _parse()
    ops = [o.operation for o in block.operations]
    pieces = split_after(block, [ops[0], ops[2]])
    assert len(pieces) == 3 and block_key(pieces[0]) == block_key(block)
    names = [[op_key(o) for o in p.operations] for p in pieces]
    assert names == [[op_key(ops[0])], [op_key(ops[1]), op_key(ops[2])], [op_key(ops[3]), op_key(ops[4])]]
    # the pieces follow the block in layout order (forward edges stay forward)
    layout = [block_key(b) for b in func.regions[0].blocks]
    assert layout == [block_key(p) for p in pieces]
    assert all(len(p.arguments) == 0 for p in pieces[1:])


def test_split_after_nothing_is_the_block():
    module, _, block = _parse()
    assert [block_key(b) for b in split_after(block, [])] == [block_key(block)]


@pytest.mark.parametrize("cuts", [lambda ops: [ops[2], ops[0]], lambda ops: [ops[4]]],
                         ids=["out-of-order", "after-the-terminator"])
def test_split_after_refuses_bad_cut_points(cuts):
    module, _, block = _parse()
    ops = [o.operation for o in block.operations]
    with pytest.raises(ValueError):
        split_after(block, cuts(ops))


def test_split_after_moves_each_op_once(monkeypatch):
    """Linear: n cut points in an n-op block move each op at most once (moves counted)."""
    n = 300
    body = "".join(f"  %v{i + 1} = arith.addi %v{i}, %a : i64\n" for i in range(n))
    text = "func.func @g(%a: i64) -> i64 {\n  %v0 = arith.addi %a, %a : i64\n" + body + f"  return %v{n} : i64\n}}\n"
    module, _, block = _parse(text)
    ops = [o.operation for o in block.operations]
    moved = []
    real_detach = ir.Operation.detach_from_parent
    monkeypatch.setattr(ir.Operation, "detach_from_parent", lambda op: (moved.append(op_key(op)), real_detach(op))[1])
    pieces = split_after(block, ops[:-1:2])
    assert len(pieces) == len(ops[:-1:2]) + 1
    assert len(moved) == len(set(moved)) == len(ops) - 1  # every op after the first cut, exactly once


def test_binding_quirk_operation_hash_follows_operands():
    """An Operation's hash() changes when one of its operands is replaced, so it cannot key a table
    across rewrites: op_key (the C pointer) does not change."""
    module, _, block = _parse()
    ops = [o.operation for o in block.operations]
    before_hash, before_key = hash(ops[1]), op_key(ops[1])
    ops[0].results[0].replace_all_uses_with(block.arguments[0])
    assert hash(ops[1]) != before_hash
    assert op_key(ops[1]) == before_key


def test_binding_quirk_func_view_name_is_its_symbol():
    """`OpView.name` of a func.func is its symbol name, not "func.func": op_name asks the Operation."""
    module, func, _ = _parse()
    assert func.name.value == "f"
    assert op_name(func) == "func.func"


def test_binding_quirk_exceptions_do_not_cross_walk():
    """An exception raised in a `walk` callback arrives as a RuntimeError with a traceback text, not
    as itself: aithon-lower-py stops the walk and raises its PassError after (`lower_py._walk`)."""
    module, _, _ = _parse()

    class Marker(Exception):
        pass

    def visit(op):
        raise Marker("x")

    with pytest.raises(RuntimeError, match="Exception raised in callback"):
        module.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
