"""aithon.dialect: the IRDL source is found and loaded; builders make verified ops at the given
location."""

import os

import pytest
from mlir import ir

from aithon import dialect


def test_dialect_path_is_the_checkout_file():
    path = dialect.dialect_path()
    assert os.path.isfile(path) and path.endswith("actor.irdl.mlir")


def test_make_context_knows_actor_and_upstream_ops():
    ctx = dialect.make_context()
    for name in ("actor.spawn", "actor.receive", "actor.reply", "actor.send", "actor.safepoint",
                 "actor.self", "actor.parent", "async.func", "llvm.call", "func.func", "cf.br"):
        assert ctx.is_registered_operation(name), name
    with ctx:
        assert str(dialect.ref_type()) == "!actor.ref"


def _func_body(ctx):
    with ctx, ir.Location.unknown():
        module = ir.Module.parse("func.func @f(%ctx: !llvm.ptr, %w: i64) {\n  return\n}")
        func = module.body.operations[0]
        return module, func.regions[0].blocks[0]


def test_builders_verify_and_keep_location():
    ctx = dialect.make_context()
    module, block = _func_body(ctx)
    with ctx:
        loc = ir.Location.file("prog.py", 7, 3)
        ctx_arg, word = block.arguments
        ip = ir.InsertionPoint.at_block_terminator(block)
        ref = dialect.spawn(ctx_arg, "g", [word], "eager", loc, ip=ip)
        dialect.safepoint(ctx_arg, loc, ip=ip)
        dialect.receive(ctx_arg, ref.result, ir.IntegerType.get_signless(64), loc, ip=ip)
        dialect.receive(ctx_arg, None, ir.IntegerType.get_signless(64), loc, ip=ip)
        me = dialect.self_ref(ctx_arg, loc, ip=ip)
        parent = dialect.parent_ref(ctx_arg, loc, ip=ip)
        dialect.send(ctx_arg, parent.result, word, loc, ip=ip)
        dialect.reply(ctx_arg, None, loc, ip=ip)
        assert module.operation.verify()
        assert str(ref.location) == 'loc("prog.py":7:3)'
        assert 'start = "eager"' in str(ref) and "callee = @g" in str(ref)
        assert dialect.is_actor_op(me, "self") and not dialect.is_actor_op(me, "parent")


def test_spawn_rejects_unknown_start_mode():
    ctx = dialect.make_context()
    _, block = _func_body(ctx)
    with ctx:
        with pytest.raises(ValueError):
            dialect.spawn(block.arguments[0], "g", [], "soon", ir.Location.unknown(),
                          ip=ir.InsertionPoint.at_block_terminator(block))


def test_irdl_unifies_variadic_operand_types():
    """Why spawn arguments are i64 words: IRDL gives all elements of a variadic operand one type."""
    ctx = dialect.make_context()
    with ctx:
        with pytest.raises(ir.MLIRError, match="expected 'i64' but got 'f64'"):
            ir.Module.parse('func.func @f(%c: !llvm.ptr, %x: f64) {\n'
                            '  %r = "actor.spawn"(%c, %x) {callee = @g, start = "eager"} : (!llvm.ptr, f64) -> !actor.ref\n'
                            "  return\n}")


def test_irdl_ops_have_no_properties():
    """IRDL ops reject `<{...}>` properties: their attributes are discardable ones."""
    ctx = dialect.make_context()
    with ctx:
        with pytest.raises(ir.MLIRError, match="don't support properties"):
            ir.Module.parse('func.func @f(%c: !llvm.ptr) {\n'
                            '  %r = "actor.spawn"(%c) <{callee = @g, start = "eager"}> : (!llvm.ptr) -> !actor.ref\n'
                            "  return\n}")
