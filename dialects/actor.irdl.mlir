// The AIthon actor dialect (docs/dialect.md). Loaded into every context AIthon creates
// (aithon/dialect.py) and loadable into stock tools: mlir-opt --irdl-file=dialects/actor.irdl.mlir.
// IRDL ops print in generic form and cannot have properties, so attributes are discardable ones:
// "actor.spawn"(%ctx, %x) {callee = @f, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
irdl.dialect @actor {
  // A reference to an actor: a child spawned by this actor, this actor itself or its supervisor.
  irdl.type @ref

  // Create a child actor (supervised by the current one) running behaviour @callee(args...).
  // Each argument is one message word (i64): IRDL unifies the type of all elements of a variadic
  // operand, so arguments of mixed types travel encoded (f64 bitcast, i1 zext, ptr ptrtoint), as
  // every Python value at run time is one word; aithon-lower-actor decodes them from the callee's
  // signature.
  irdl.operation @spawn {
    %ctx = irdl.is !llvm.ptr
    %arg = irdl.is i64
    %ref = irdl.parametric @actor::@ref<>
    %sym = irdl.base "#builtin.symbol_ref"
    %eager = irdl.is "eager"
    %lazy = irdl.is "lazy"
    %start = irdl.any_of(%eager, %lazy)
    irdl.operands(ctx: %ctx, args: variadic %arg)
    irdl.attributes {"callee" = %sym, "start" = %start}
    irdl.results(ref: %ref)
  }

  // Suspend until the named child replies (with a ref) or a mailbox message arrives (without).
  irdl.operation @receive {
    %ctx = irdl.is !llvm.ptr
    %ref = irdl.parametric @actor::@ref<>
    %val = irdl.any
    irdl.operands(ctx: %ctx, from: optional %ref)
    irdl.results(value: optional %val)
  }

  // Reply to the parent with the behaviour's result (no value for a None result).
  irdl.operation @reply {
    %ctx = irdl.is !llvm.ptr
    %val = irdl.any
    irdl.operands(ctx: %ctx, value: optional %val)
    irdl.results()
  }

  // Copy a one-word message into the target's mailbox; never blocks.
  irdl.operation @send {
    %ctx = irdl.is !llvm.ptr
    %ref = irdl.parametric @actor::@ref<>
    %word = irdl.is i64
    irdl.operands(ctx: %ctx, target: %ref, message: %word)
    irdl.results()
  }

  // GC and preemption point.
  irdl.operation @safepoint {
    %ctx = irdl.is !llvm.ptr
    irdl.operands(ctx: %ctx)
    irdl.results()
  }

  // The current actor.
  irdl.operation @self {
    %ctx = irdl.is !llvm.ptr
    %ref = irdl.parametric @actor::@ref<>
    irdl.operands(ctx: %ctx)
    irdl.results(ref: %ref)
  }

  // The current actor's supervisor (the actor that spawned it).
  irdl.operation @parent {
    %ctx = irdl.is !llvm.ptr
    %ref = irdl.parametric @actor::@ref<>
    irdl.operands(ctx: %ctx)
    irdl.results(ref: %ref)
  }
}
