"""aithon-lower-actor: runtime calls, locations, declarations, refusals."""

from pass_helpers import op_locations, run_passes

SRC = '''
async.func @child(%ctx: !llvm.ptr, %s: !llvm.ptr {py.type = "str"}) -> !async.value<!llvm.ptr> attributes {actor.behaviour} {
  "actor.reply"(%ctx, %s) : (!llvm.ptr, !llvm.ptr) -> () loc("p.py":3:5)
  async.return %s : !llvm.ptr
}
async.func @parent(%ctx: !llvm.ptr, %s: !llvm.ptr) -> !async.token attributes {actor.behaviour} {
  %w = llvm.ptrtoint %s : !llvm.ptr to i64
  %r = "actor.spawn"(%ctx, %w) {callee = @child, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref loc("p.py":7:9)
  "actor.safepoint"(%ctx) : (!llvm.ptr) -> () loc("p.py":7:3)
  %v = "actor.receive"(%ctx, %r) : (!llvm.ptr, !actor.ref) -> !llvm.ptr loc("p.py":7:3)
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}
'''


def _line(text, needle):
    return next(line for line in text.splitlines() if needle in line)


def test_runtime_calls_carry_the_actor_op_locations():
    locs = op_locations(SRC, ["aithon-lower-actor"])
    for op, loc in [("func.call @ai_actor_spawn", "7:9"), ("llvm.inttoptr", "7:9"), ("async.call @child", "7:9"),
                    ("func.call @ai_safepoint", "7:3"), ("async.await", "7:3"),
                    ("func.call @ai_msg_adopt", "7:3"), ("func.call @ai_msg_export", "3:5"),
                    ("func.call @ai_actor_exit", "3:5")]:
        assert (op, f'loc("p.py":{loc})') in locs, op
    assert not [op for op, _ in locs if op.startswith("actor.")]


def test_runtime_functions_are_declared_once():
    text, _, _ = run_passes(SRC, ["aithon-lower-actor"])
    for name in ("ai_actor_spawn", "ai_actor_exit", "ai_safepoint", "ai_msg_export", "ai_msg_adopt"):
        assert text.count(f"func.func private @{name}(") == 1, name


def test_conflicting_runtime_declaration_is_an_error():
    src = "func.func private @ai_safepoint(i64)\n" + SRC
    _, diags, failed = run_passes(src, ["aithon-lower-actor"])
    assert failed
    assert any("runtime function @ai_safepoint is declared as" in d[2] for d in diags)


def test_ref_through_a_block_argument_is_refused():
    src = '''
func.func @f(%ctx: !llvm.ptr, %r: !actor.ref, %w: i64) {
  "actor.send"(%ctx, %r, %w) : (!llvm.ptr, !actor.ref, i64) -> () loc("p.py":2:1)
  return
}'''
    _, diags, failed = run_passes(src, ["aithon-lower-actor"])
    assert failed
    assert ("ERROR", 'loc("p.py":2:1)') == diags[0][:2] and "actor ref" in diags[0][2]
