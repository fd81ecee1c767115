// The AIthon `py` dialect (docs/dialect.md): Python-level IR, what the front end builds. Values are
// Python objects; control flow is `cf`, functions are `func.func` / `async.func`, the async structure
// is `async`. Every representation decision (tagged words, boxing, runtime calls, exception checks)
// is made by the passes `aithon-py-specialize` and `aithon-lower-py`.
// Loadable into stock tools: mlir-opt --irdl-file=dialects/py.irdl.mlir --irdl-file=dialects/actor.irdl.mlir
// IRDL ops print in generic form, have no properties and no traits (so no terminators), and bind a
// variadic operand's constraint once: variadic operands are all `!py.obj` (typed values enter
// through `py.box`, which aithon-lower-py materialises only where the word is really needed).
irdl.dialect @py {
  // ----- types: one per statically known Python type, and !py.obj for "any value" ----------------
  irdl.type @obj      // any Python value (one word at run time)
  irdl.type @int      // int of any size (a tagged small int or a big-int object)
  irdl.type @float    // float (a raw f64 until boxed)
  irdl.type @bool     // bool (an i1 until boxed)
  irdl.type @str      // str
  irdl.type @none     // the None value
  irdl.type @bytes
  irdl.type @list
  irdl.type @tuple
  irdl.type @dict
  irdl.type @set
  irdl.type @range
  irdl.type @iterator // an iterator (the result of iter())
  irdl.type @task     // an asyncio.Task
  // A function-local variable holding values of type T (lowered to a stack or root-frame slot).
  irdl.type @var {
    %t = irdl.any
    irdl.parameters(type: %t)
  }

  // ----- constants ------------------------------------------------------------------------------
  // %v = "py.constant"() {value = 42} : () -> !py.int
  // value: an integer attribute (i64 or i1), a float attribute, a string (for !py.str, or the
  // decimal digits of an int beyond 64 bits), or unit for None.
  irdl.operation @constant {
    %a = irdl.any
    %t = irdl.any
    irdl.attributes {"value" = %a}
    irdl.results(result: %t)
  }

  // ----- variables ------------------------------------------------------------------------------
  // %x = "py.local"() {name = "x"} : () -> !py.var<!py.int>
  irdl.operation @local {
    %name = irdl.base "#builtin.string"
    %t = irdl.any
    irdl.attributes {"name" = %name}
    irdl.results(slot: %t)
  }
  // %v = "py.load"(%x) {name = "x"} : (!py.var<!py.int>) -> !py.int
  // Raises UnboundLocalError when the variable is not assigned on some path (checked by the pass
  // only where the front end marks `maybe_unbound`).
  irdl.operation @load {
    %s = irdl.any
    %t = irdl.any
    irdl.operands(slot: %s)
    irdl.results(value: %t)
  }
  // "py.store"(%v, %x) : (!py.int, !py.var<!py.int>) -> ()
  irdl.operation @store {
    %v = irdl.any
    %s = irdl.any
    irdl.operands(value: %v, slot: %s)
    irdl.results()
  }

  // ----- conversions ----------------------------------------------------------------------------
  // View a typed value as !py.obj (a float is boxed, a bool or None becomes its immortal object).
  irdl.operation @box {
    %v = irdl.any
    %o = irdl.parametric @py::@obj<>
    irdl.operands(value: %v)
    irdl.results(result: %o)
  }
  // A !py.obj known (or checked, with TypeError) to be of the typed form.
  irdl.operation @unbox {
    %o = irdl.parametric @py::@obj<>
    %t = irdl.any
    irdl.operands(value: %o)
    irdl.results(result: %t)
  }

  // ----- operators --------------------------------------------------------------------------------
  // %r = "py.unary"(%a) {op = "neg"} : (!py.int) -> !py.int          op: neg pos invert not
  irdl.operation @unary {
    %op = irdl.base "#builtin.string"
    %a = irdl.any
    %r = irdl.any
    irdl.attributes {"op" = %op}
    irdl.operands(operand: %a)
    irdl.results(result: %r)
  }
  // %r = "py.binop"(%a, %b) {op = "add"} : (!py.int, !py.int) -> !py.int
  // op: add sub mul truediv floordiv mod pow lshift rshift and or xor matmul
  irdl.operation @binop {
    %op = irdl.base "#builtin.string"
    %a = irdl.any
    %b = irdl.any
    %r = irdl.any
    irdl.attributes {"op" = %op}
    irdl.operands(lhs: %a, rhs: %b)
    irdl.results(result: %r)
  }
  // %r = "py.compare"(%a, %b) {op = "lt"} : (!py.int, !py.float) -> !py.bool
  // op: lt le eq ne gt ge is is_not in not_in
  irdl.operation @compare {
    %op = irdl.base "#builtin.string"
    %a = irdl.any
    %b = irdl.any
    %r = irdl.any
    irdl.attributes {"op" = %op}
    irdl.operands(lhs: %a, rhs: %b)
    irdl.results(result: %r)
  }
  // Python truthiness, as the i1 a `cf.cond_br` takes.
  irdl.operation @truth {
    %a = irdl.any
    %r = irdl.is i1
    irdl.operands(value: %a)
    irdl.results(result: %r)
  }

  // ----- calls ------------------------------------------------------------------------------------
  // A builtin function: %r = "py.builtin"(%x) {name = "abs"} : (!py.obj) -> !py.int
  // (user functions are called with func.call / async.call; `nkw` trailing operands are keyword
  // arguments named by `keywords`).
  irdl.operation @builtin {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    %r = irdl.any
    irdl.attributes {"name" = %name}
    irdl.operands(args: variadic %o)
    irdl.results(result: optional %r)
  }
  // A call of a callable value: %r = "py.call"(%f, %args...) : (!py.obj, !py.obj...) -> !py.obj
  irdl.operation @call {
    %o = irdl.parametric @py::@obj<>
    irdl.operands(callee: %o, args: variadic %o)
    irdl.results(result: %o)
  }
  // A method of a value: %r = "py.method"(%s, %args...) {name = "strip"} : (!py.obj, ...) -> T
  irdl.operation @method {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    %r = irdl.any
    irdl.attributes {"name" = %name}
    irdl.operands(self: %o, args: variadic %o)
    irdl.results(result: optional %r)
  }

  // ----- attributes and items --------------------------------------------------------------------
  irdl.operation @getattr {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    %r = irdl.any
    irdl.attributes {"name" = %name}
    irdl.operands(object: %o)
    irdl.results(result: %r)
  }
  irdl.operation @setattr {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    irdl.attributes {"name" = %name}
    irdl.operands(object: %o, value: %o)
    irdl.results()
  }
  irdl.operation @delattr {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    irdl.attributes {"name" = %name}
    irdl.operands(object: %o)
    irdl.results()
  }
  irdl.operation @getitem {
    %c = irdl.any
    %k = irdl.any
    %r = irdl.any
    irdl.operands(container: %c, key: %k)
    irdl.results(result: %r)
  }
  irdl.operation @setitem {
    %c = irdl.any
    %k = irdl.any
    %v = irdl.any
    irdl.operands(container: %c, key: %k, value: %v)
    irdl.results()
  }
  irdl.operation @delitem {
    %c = irdl.any
    %k = irdl.any
    irdl.operands(container: %c, key: %k)
    irdl.results()
  }

  // ----- containers and iteration ----------------------------------------------------------------
  // %l = "py.build"(%a, %b) {kind = "list"} : (!py.obj, !py.obj) -> !py.list   kind: list tuple set
  // dict: operands are key, value, key, value...
  irdl.operation @build {
    %kind = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    %r = irdl.any
    irdl.attributes {"kind" = %kind}
    irdl.operands(items: variadic %o)
    irdl.results(result: %r)
  }
  // A list of n slots that py.setitem fills before any Python code sees the list (the results of
  // asyncio.gather(*...), written by the children's tasks): %l = "py.new_list"(%n) : (!py.int) -> !py.list
  irdl.operation @new_list {
    %n = irdl.parametric @py::@int<>
    %l = irdl.parametric @py::@list<>
    irdl.operands(length: %n)
    irdl.results(result: %l)
  }
  // %it = "py.iter"(%x) : (!py.range) -> !py.iterator
  irdl.operation @iter {
    %x = irdl.any
    %it = irdl.parametric @py::@iterator<>
    irdl.operands(iterable: %x)
    irdl.results(iterator: %it)
  }
  // %v, %more = "py.next"(%it) : (!py.iterator) -> (!py.int, i1)   (%v is undefined when !%more)
  irdl.operation @next {
    %it = irdl.parametric @py::@iterator<>
    %v = irdl.any
    %more = irdl.is i1
    irdl.operands(iterator: %it)
    irdl.results(value: %v, more: %more)
  }

  // ----- text -------------------------------------------------------------------------------------
  // %s = "py.format"(%v) {conv = "", spec = ""} : (!py.float) -> !py.str
  // format(conv(v), spec): conv is "" (none), "s", "r" or "a"; an f-string replacement field. A
  // spec that is itself computed is a second operand (!py.str).
  irdl.operation @format {
    %conv = irdl.base "#builtin.string"
    %v = irdl.any
    %spec = irdl.parametric @py::@str<>
    %s = irdl.parametric @py::@str<>
    irdl.attributes {"conv" = %conv}
    irdl.operands(value: %v, spec: optional %spec)
    irdl.results(result: %s)
  }
  // Concatenation of f-string parts: %s = "py.join"(%a, %b) : (!py.str, !py.str) -> !py.str
  irdl.operation @join {
    %s = irdl.parametric @py::@str<>
    irdl.operands(parts: variadic %s)
    irdl.results(result: %s)
  }
  // print(*values, sep=sep, end=end, flush=flush): "py.print"(%a, %b) {sep = " ", end = "\0A",
  // flush = false} : (!py.obj, !py.obj) -> ()
  irdl.operation @print {
    %sep = irdl.base "#builtin.string"
    %end = irdl.base "#builtin.string"
    %flush = irdl.base "#builtin.integer"
    %o = irdl.parametric @py::@obj<>
    irdl.attributes {"sep" = %sep, "end" = %end, "flush" = %flush}
    irdl.operands(values: variadic %o)
    irdl.results()
  }

  // ----- exceptions -------------------------------------------------------------------------------
  // Raise a built-in exception: "py.raise"() {type = "TypeError", message = "..."}. Not a
  // terminator (IRDL has none): the front end follows it with `llvm.unreachable`. Every py op that
  // can raise transfers control to the function's exception exit; aithon-lower-py makes the checks.
  irdl.operation @raise {
    %type = irdl.base "#builtin.string"
    %msg = irdl.base "#builtin.string"
    irdl.attributes {"type" = %type, "message" = %msg}
    irdl.results()
  }

  // ----- asyncio ----------------------------------------------------------------------------------
  // A token that completes after `delay` seconds (asyncio.sleep); awaited with async.await.
  irdl.operation @sleep {
    %d = irdl.parametric @py::@float<>
    %tok = irdl.is !async.token
    irdl.operands(delay: %d)
    irdl.results(token: %tok)
  }
  // asyncio.run(coro()) at module level: run the event loop until the coroutine completes
  // (%c = async.call of the coroutine: a token, or a value); its result is the coroutine's
  // (none for a token), its uncaught exception is raised here.
  // %r = "py.run"(%c) : (!async.value<!py.int>) -> !py.int
  irdl.operation @run {
    %c = irdl.any
    %r = irdl.any
    irdl.operands(coroutine: %c)
    irdl.results(result: optional %r)
  }
  // Recursion-depth bookkeeping (CPython's recursion limit): this frame's level on entry, and
  // putting it back after a call or an await ran other frames.
  irdl.operation @frame_enter {
    %l = irdl.is i64
    irdl.results(level: %l)
  }
  irdl.operation @frame_restore {
    %l = irdl.is i64
    irdl.operands(level: %l)
    irdl.results()
  }
  // The C-level recursion checks CPython makes inside a builtin (one letter per nested check).
  irdl.operation @depth_need {
    %seq = irdl.base "#builtin.string"
    irdl.attributes {"checks" = %seq}
    irdl.results()
  }

  // Sequence unpacking: `a, *b, c = x` is %r:3 = "py.unpack"(%x) {before = 1, star, after = 1}
  // : (!py.obj) -> (!py.obj, !py.obj, !py.obj) (the starred target gets a new list). ValueError
  // when the lengths do not match.
  irdl.operation @unpack {
    %o = irdl.parametric @py::@obj<>
    irdl.operands(value: %o)
    irdl.results(items: variadic %o)
  }
  // A module-level variable (module state; words, empty until first assigned: NameError).
  // %v = "py.global_load"() {name = "counter"} : () -> !py.obj
  irdl.operation @global_load {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    irdl.attributes {"name" = %name}
    irdl.results(value: %o)
  }
  // "py.global_store"(%v) {name = "counter"} : (!py.obj) -> ()
  irdl.operation @global_store {
    %name = irdl.base "#builtin.string"
    %o = irdl.parametric @py::@obj<>
    irdl.attributes {"name" = %name}
    irdl.operands(value: %o)
    irdl.results()
  }
  // A callable value: a user function or lambda ({callee = @sym, nparams = N}: the operands are the
  // values a lambda captured, passed first), a builtin ({builtin = "len"}) or a method of a
  // built-in type ({method = "lower", type_id = 5}).
  // %f = "py.make_function"(%env...) {callee = @py.lambda$3$9, nparams = 1 : i64, name = "<lambda>"}
  irdl.operation @make_function {
    %o = irdl.parametric @py::@obj<>
    irdl.operands(env: variadic %o)
    irdl.results(function: %o)
  }

  // A Task as a value: the token and the value (its result as a word) of the async.execute that
  // runs it. %t = "py.task_object"(%tok, %val) : (!async.token, !async.value<!py.obj>) -> !py.obj
  irdl.operation @task_object {
    %tok = irdl.is !async.token
    %v = irdl.any
    %o = irdl.parametric @py::@obj<>
    irdl.operands(token: %tok, value: %v)
    irdl.results(task: %o)
  }
  // The token a Task value completes (TypeError "object int can't be used in 'await' expression"
  // for another value): awaited like a task variable's token.
  irdl.operation @task_token {
    %o = irdl.parametric @py::@obj<>
    %tok = irdl.is !async.token
    irdl.operands(task: %o)
    irdl.results(token: %tok)
  }
}
