// RUN: aithon-opt %s --split-input-file --verify-diagnostics --aithon-lower-py | FileCheck %s
// The chunks at the end are refusals, checked by --verify-diagnostics (expected-error comments).

// CHECK-LABEL: func.func @py.constants
// Types are lowered in the signature: int/obj/none → i64, float → f64, bool → i1, str → ptr.
// CHECK-SAME: (%[[CTX:arg0]]: !llvm.ptr) -> i64
// A small int is its tagged word (7 << 1 | 1); an int beyond 2**62 is a big-int object.
// CHECK: %[[SEVEN:.*]] = arith.constant 15 : i64
// CHECK: %[[BIG:.*]] = arith.constant 4611686018427387904 : i64
// CHECK-NEXT: %[[B:.*]] = call @ai_int_from_i64(%[[CTX]], %[[BIG]])
// CHECK-NEXT: %[[P1:.*]] = call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: cf.cond_br %[[P1]], ^[[EXIT:bb[0-9]+]], ^[[NEXT:bb[0-9]+]]
// Digits beyond 64 bits are parsed at run time from a module constant.
// CHECK: ^[[NEXT]]:
// CHECK-NEXT: %[[DIGITS:.*]] = llvm.mlir.addressof @".pystr.0"
// CHECK-NEXT: %[[N:.*]] = arith.constant 20 : i64
// CHECK-NEXT: call @ai_int_from_decimal(%[[CTX]], %[[DIGITS]], %[[N]])
// A float is an f64, a bool an i1, a str an ai_str_const of a module constant, None the address
// of the runtime's immortal ai_None.
// CHECK: arith.constant 2.500000e+00 : f64
// CHECK: arith.constant true
// CHECK: %[[HI:.*]] = llvm.mlir.addressof @".pystr.1"
// CHECK: call @ai_str_const(%[[CTX]], %[[HI]], %{{.*}}) : (!llvm.ptr, !llvm.ptr, i64) -> !llvm.ptr
// CHECK: %[[NONE:.*]] = llvm.mlir.addressof @ai_None : !llvm.ptr
// CHECK-NEXT: llvm.ptrtoint %[[NONE]] : !llvm.ptr to i64
// CHECK: return %[[SEVEN]] : i64
// The one exception exit of a func.func returns a dummy.
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0 : i64
// CHECK-NEXT: return %[[Z]] : i64
func.func @py.constants(%ctx: !llvm.ptr) -> !py.int {
  %a = "py.constant"() {value = 7} : () -> !py.int
  %b = "py.constant"() {value = 4611686018427387904} : () -> !py.int
  %c = "py.constant"() {value = "12345678901234567890"} : () -> !py.int
  %d = "py.constant"() {value = 2.5 : f64} : () -> !py.float
  %e = "py.constant"() {value = true} : () -> !py.bool
  %f = "py.constant"() {value = "hi"} : () -> !py.str
  %g = "py.constant"() {value} : () -> !py.none
  return %a : !py.int
}

// CHECK-LABEL: async.func @py.variables
// Slots are allocas at the top of the entry block, before anything that can raise.
// CHECK-NEXT: %[[ONE:.*]] = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: %[[X:.*]] = llvm.alloca %[[ONE]] x f64 : (i64) -> !llvm.ptr
// CHECK-NEXT: %[[LVL:.*]] = func.call @ai_depth_enter(%[[CTX:arg0]])
// CHECK-NEXT: %[[P:.*]] = func.call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: cf.cond_br %[[P]], ^[[EXIT:bb[0-9]+]], ^bb1
// CHECK: llvm.store %{{.*}}, %[[X]] : f64, !llvm.ptr
// CHECK-NEXT: %[[V:.*]] = llvm.load %[[X]] : !llvm.ptr -> f64
// asyncio.sleep, then the level is put back after the await.
// CHECK-NEXT: %[[T:.*]] = func.call @ai_sleep(%[[CTX]], %[[V]]) : (!llvm.ptr, f64) -> !async.token
// CHECK: await %[[T]] : !async.token
// CHECK-NEXT: func.call @ai_depth_set(%[[LVL]]) : (i64) -> ()
// CHECK-NEXT: return
// The exit of an async.func fails its coroutine on the exception token.
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: %[[E:.*]] = func.call @ai_exc_token(%[[CTX]])
// CHECK-NEXT: await %[[E]] : !async.token
// CHECK-NEXT: return
async.func @py.variables(%ctx: !llvm.ptr) -> !async.token {
  %lvl = "py.frame_enter"() : () -> i64
  %x = "py.local"() {name = "x"} : () -> !py.var<!py.float>
  %c = "py.constant"() {value = 0.5 : f64} : () -> !py.float
  "py.store"(%c, %x) : (!py.float, !py.var<!py.float>) -> ()
  %v = "py.load"(%x) : (!py.var<!py.float>) -> !py.float
  %t = "py.sleep"(%v) : (!py.float) -> !async.token
  async.await %t : !async.token
  "py.frame_restore"(%lvl) : (i64) -> ()
  async.return
}

// CHECK-LABEL: async.func @py.calls
// A call of a user function may raise: checked right after it.
// CHECK: %[[R:.*]] = func.call @py.twice(%[[CTX:arg0]], %{{.*}}) : (!llvm.ptr, i64) -> i64
// CHECK-NEXT: %[[P:.*]] = func.call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: cf.cond_br %[[P]], ^[[EXIT:bb[0-9]+]], ^bb1
// A task body must stay one block: its check awaits the exception token in an scf.if (the
// coroutine fails there), with no branch to the function's blocks.
// CHECK: %{{.*}}, %[[VAL:.*]] = execute -> !async.value<i64> attributes {py.task} {
// CHECK-NEXT: %[[Q:.*]] = func.call @py.twice(%[[CTX]], %[[R]])
// CHECK-NEXT: %[[TP:.*]] = func.call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: scf.if %[[TP]] {
// CHECK-NEXT: %[[TT:.*]] = func.call @ai_exc_token(%[[CTX]])
// CHECK-NEXT: async.await %[[TT]] : !async.token
// CHECK-NEXT: }
// CHECK-NEXT: async.yield %[[Q]] : i64
// Awaited values are retyped: !async.value<!py.int> → !async.value<i64>.
// CHECK: %[[AW:.*]] = await %[[VAL]] : !async.value<i64>
// CHECK-NEXT: return %[[AW]] : i64
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: func.call @ai_exc_token
// CHECK-NEXT: await
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0 : i64
// CHECK-NEXT: return %[[Z]] : i64
func.func private @py.twice(!llvm.ptr, !py.int) -> !py.int
async.func @py.calls(%ctx: !llvm.ptr, %n: !py.int) -> !async.value<!py.int> {
  %r = func.call @py.twice(%ctx, %n) : (!llvm.ptr, !py.int) -> !py.int
  %tok, %val = async.execute -> !async.value<!py.int> attributes {py.task} {
    %q = func.call @py.twice(%ctx, %r) : (!llvm.ptr, !py.int) -> !py.int
    async.yield %q : !py.int
  }
  %v = async.await %val : !async.value<!py.int>
  async.return %v : !py.int
}

// CHECK-LABEL: func.func @py.printing
// Boxes read only by print are not made: each value is written by its own function; sep, end and
// constant strings are written as bytes; flush = true flushes.
// CHECK-SAME: (%[[CTX:arg0]]: !llvm.ptr, %[[I:arg1]]: i64, %[[F:arg2]]: f64, %[[B:arg3]]: i1, %[[S:arg4]]: !llvm.ptr, %[[O:arg5]]: i64)
// CHECK-NOT: ai_float_box
// CHECK-NOT: ai_str_const
// Writing an int of any size can raise (MemoryError making a big int's digits).
// CHECK: call @ai_write_int(%[[CTX]], %[[I]]) : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: %[[P0:.*]] = call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: cf.cond_br %[[P0]], ^[[EXIT:bb[0-9]+]], ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: %[[SEP:.*]] = llvm.mlir.addressof @".pystr.[[SEPN:[0-9]+]]"
// CHECK-NEXT: %[[SEPLEN:.*]] = arith.constant 2 : i64
// CHECK-NEXT: call @ai_write_cstr(%[[CTX]], %[[SEP]], %[[SEPLEN]])
// CHECK-NEXT: call @ai_write_f64(%[[CTX]], %[[F]])
// CHECK: call @ai_write_bool(%[[CTX]], %[[B]])
// CHECK: call @ai_write_str(%[[CTX]], %[[S]])
// CHECK: call @ai_write_none(%[[CTX]])
// CHECK-NEXT: llvm.mlir.addressof @".pystr.[[SEPN]]"
// CHECK-NEXT: arith.constant 2
// CHECK-NEXT: call @ai_write_cstr
// CHECK-NEXT: %[[HELLO:.*]] = llvm.mlir.addressof @".pystr.[[HELLON:[0-9]+]]"
// CHECK-NEXT: %[[HLEN:.*]] = arith.constant 5 : i64
// CHECK-NEXT: call @ai_write_cstr(%[[CTX]], %[[HELLO]], %[[HLEN]])
// Writing an object can raise (its __str__).
// CHECK: call @ai_write_obj(%[[CTX]], %[[O]])
// CHECK-NEXT: %[[P:.*]] = call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: cf.cond_br %[[P]], ^[[EXIT]]
// CHECK: call @ai_write_cstr
// CHECK-NEXT: %[[TRUE:.*]] = arith.constant true
// CHECK-NEXT: call @ai_write_flush(%[[CTX]], %[[TRUE]])
// CHECK-NEXT: return
func.func @py.printing(%ctx: !llvm.ptr, %i: !py.int, %f: !py.float, %b: !py.bool, %s: !py.str, %o: !py.obj) {
  %n = "py.constant"() {value} : () -> !py.none
  %h = "py.constant"() {value = "hello"} : () -> !py.str
  %bi = "py.box"(%i) : (!py.int) -> !py.obj
  %bf = "py.box"(%f) : (!py.float) -> !py.obj
  %bb = "py.box"(%b) : (!py.bool) -> !py.obj
  %bs = "py.box"(%s) : (!py.str) -> !py.obj
  %bn = "py.box"(%n) : (!py.none) -> !py.obj
  %bh = "py.box"(%h) : (!py.str) -> !py.obj
  "py.print"(%bi, %bf, %bb, %bs, %bn, %bh, %o) {sep = ", ", end = "!\0A", flush = true} : (!py.obj, !py.obj, !py.obj, !py.obj, !py.obj, !py.obj, !py.obj) -> ()
  return
}

// CHECK-LABEL: func.func @py.print_constants
// Constant ints and bools print as their text: no runtime call, no check.
// CHECK-NOT: ai_write_int
// CHECK-NOT: ai_write_bool
// CHECK-NOT: ai_exc_pending
// CHECK: return
// CHECK-NOT: ai_write_int
func.func @py.print_constants(%ctx: !llvm.ptr) {
  %a = "py.constant"() {value = -42} : () -> !py.int
  %b = "py.constant"() {value = false} : () -> !py.bool
  %ba = "py.box"(%a) : (!py.int) -> !py.obj
  %bb = "py.box"(%b) : (!py.bool) -> !py.obj
  "py.print"(%ba, %bb) {sep = " ", end = "\0A", flush = false} : (!py.obj, !py.obj) -> ()
  return
}

// CHECK-LABEL: func.func @py.boxes
// A box that is really needed: a float is boxed by the runtime (it allocates: checked), a bool is
// the word of ai_True or ai_False, a str pointer is its own word.
// CHECK-SAME: (%[[CTX:arg0]]: !llvm.ptr, %[[F:arg1]]: f64, %[[B:arg2]]: i1, %[[S:arg3]]: !llvm.ptr, %[[O:arg4]]: i64)
// CHECK: %[[FW:.*]] = call @ai_float_box(%[[CTX]], %[[F]]) : (!llvm.ptr, f64) -> i64
// CHECK-NEXT: call @ai_exc_pending
// CHECK-NEXT: cf.cond_br
// CHECK: %[[TA:.*]] = llvm.mlir.addressof @ai_True
// CHECK-NEXT: %[[TW:.*]] = llvm.ptrtoint %[[TA]]
// CHECK-NEXT: %[[FA:.*]] = llvm.mlir.addressof @ai_False
// CHECK-NEXT: %[[FW2:.*]] = llvm.ptrtoint %[[FA]]
// CHECK-NEXT: %[[BW:.*]] = arith.select %[[B]], %[[TW]], %[[FW2]] : i64
// CHECK-NEXT: %[[SW:.*]] = llvm.ptrtoint %[[S]] : !llvm.ptr to i64
// Unboxing an int checks the type: a small int by its tag, else the object's type id; TypeError
// otherwise (a raise block at the end of the function, then the exit).
// CHECK: %[[TID:.*]] = call @ai_obj_type(%[[O]]) : (i64) -> i32
// CHECK: %[[NOT:.*]] = arith.xori
// CHECK-NEXT: cf.cond_br %[[NOT]], ^[[TYPEERR:bb[0-9]+]], ^[[OK:bb[0-9]+]]
// CHECK: ^[[OK]]:
// CHECK-NEXT: return %[[FW]], %[[BW]], %[[SW]], %[[O]] : i64, i64, i64, i64
// CHECK: ^[[TYPEERR]]:
// CHECK: %[[KIND:.*]] = arith.constant 5 : i32
// CHECK-NEXT: call @ai_raise(%[[CTX]], %[[KIND]], %{{.*}})
// CHECK-NEXT: cf.br
func.func @py.boxes(%ctx: !llvm.ptr, %f: !py.float, %b: !py.bool, %s: !py.str, %o: !py.obj) -> (!py.obj, !py.obj, !py.obj, !py.int) {
  %bf = "py.box"(%f) : (!py.float) -> !py.obj
  %bb = "py.box"(%b) : (!py.bool) -> !py.obj
  %bs = "py.box"(%s) : (!py.str) -> !py.obj
  %i = "py.unbox"(%o) : (!py.obj) -> !py.int
  return %bf, %bb, %bs, %i : !py.obj, !py.obj, !py.obj, !py.int
}

// CHECK-LABEL: func.func @py.operators
// CHECK-SAME: (%[[CTX:arg0]]: !llvm.ptr, %[[A:arg1]]: i64, %[[X:arg2]]: f64, %[[O:arg3]]: i64, %[[S:arg4]]: !llvm.ptr)
// Ints of any size: the runtime (the fast path is aithon-py-specialize's).
// CHECK: %[[SUM:.*]] = call @ai_int_add(%[[CTX]], %[[A]], %[[A]])
// An int with a float: the int becomes a float (OverflowError when it is too big), then arith.
// CHECK: %[[AF:.*]] = call @ai_int_to_f64(%[[CTX]], %[[SUM]])
// CHECK: arith.mulf %[[AF]], %[[X]] : f64
// float / float: ZeroDivisionError on a zero divisor, then divf.
// CHECK: %[[ZERO:.*]] = arith.cmpf oeq, %[[X]], %{{.*}} : f64
// CHECK-NEXT: cf.cond_br %[[ZERO]], ^[[ZDE:bb[0-9]+]], ^{{bb[0-9]+}}
// CHECK: arith.divf %[[X]], %[[X]] : f64
// An object operand: both are words, the operator code (SUB = 1) picks the slot.
// CHECK: %[[SUB:.*]] = arith.constant 1 : i32
// CHECK-NEXT: call @ai_obj_binop(%[[CTX]], %[[SUB]], %[[O]], %[[SUM]])
// int < int compares through ai_int_cmp's sign.
// CHECK: %[[ORD:.*]] = call @ai_int_cmp(%[[A]], %[[SUM]]) : (i64, i64) -> i64
// CHECK: arith.cmpi slt, %[[ORD]], %{{.*}} : i64
// An int with a float is exact: ai_int_cmp_f64 is -1 / 0 / 1, anything else for nan.
// CHECK: %[[R:.*]] = call @ai_int_cmp_f64(%[[A]], %[[X]]) : (i64, f64) -> i32
// (<= holds for -1 and 0: r + 1 <u 2.)
// CHECK-NEXT: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT: %[[R1:.*]] = arith.addi %[[R]], %[[C1]] : i32
// CHECK-NEXT: %[[C2:.*]] = arith.constant 2 : i32
// CHECK-NEXT: arith.cmpi ult, %[[R1]], %[[C2]] : i32
// `is` compares words; None is ai_None's word.
// CHECK: %[[NW:.*]] = llvm.ptrtoint
// CHECK: arith.cmpi eq, %[[O]], %[[NW]] : i64
// Objects: the generic rich comparison (EQ = 2), and truth.
// CHECK: %[[EQ:.*]] = arith.constant 2 : i32
// CHECK-NEXT: call @ai_obj_compare(%[[CTX]], %[[EQ]], %[[O]], %[[A]])
// CHECK: call @ai_obj_truth(%[[CTX]], %[[O]])
// A str is true when it is not empty; `not` negates the truth.
// CHECK: %[[LEN:.*]] = call @ai_str_len(%[[S]])
// CHECK: arith.cmpi ne, %[[LEN]]
// CHECK: arith.xori
// Unary minus of an int, and of an object (NEG = 0).
// CHECK: call @ai_int_neg(%[[CTX]], %[[A]])
// CHECK: call @ai_obj_unop(%[[CTX]], %{{.*}}, %[[O]])
// CHECK: ^[[ZDE]]:
// CHECK: %[[KIND:.*]] = arith.constant 1 : i32
// CHECK-NEXT: call @ai_raise(%[[CTX]], %[[KIND]]
func.func @py.operators(%ctx: !llvm.ptr, %a: !py.int, %x: !py.float, %o: !py.obj, %s: !py.str) -> (!py.float, !py.float, !py.obj, !py.bool, !py.bool, !py.bool, !py.bool, i1, i1, !py.int, !py.obj) {
  %sum = "py.binop"(%a, %a) {op = "add"} : (!py.int, !py.int) -> !py.int
  %m = "py.binop"(%sum, %x) {op = "mul"} : (!py.int, !py.float) -> !py.float
  %q = "py.binop"(%x, %x) {op = "truediv"} : (!py.float, !py.float) -> !py.float
  %d = "py.binop"(%o, %sum) {op = "sub"} : (!py.obj, !py.int) -> !py.obj
  %lt = "py.compare"(%a, %sum) {op = "lt"} : (!py.int, !py.int) -> !py.bool
  %le = "py.compare"(%a, %x) {op = "le"} : (!py.int, !py.float) -> !py.bool
  %n = "py.constant"() {value} : () -> !py.none
  %is = "py.compare"(%o, %n) {op = "is"} : (!py.obj, !py.none) -> !py.bool
  %eq = "py.compare"(%o, %a) {op = "eq"} : (!py.obj, !py.int) -> !py.bool
  %t = "py.truth"(%o) : (!py.obj) -> i1
  %ns = "py.unary"(%s) {op = "not"} : (!py.str) -> !py.bool
  %nst = "py.truth"(%ns) : (!py.bool) -> i1
  %neg = "py.unary"(%a) {op = "neg"} : (!py.int) -> !py.int
  %nego = "py.unary"(%o) {op = "neg"} : (!py.obj) -> !py.obj
  return %m, %q, %d, %lt, %le, %is, %eq, %t, %nst, %neg, %nego : !py.float, !py.float, !py.obj, !py.bool, !py.bool, !py.bool, !py.bool, i1, i1, !py.int, !py.obj
}

// CHECK-LABEL: func.func @py.text
// CHECK-SAME: (%[[CTX:arg0]]: !llvm.ptr, %[[I:arg1]]: i64, %[[X:arg2]]: f64, %[[S:arg3]]: !llvm.ptr, %[[B:arg4]]: i1)
// f"{x:.2f}": the spec is a str constant, then the float formatter.
// CHECK: %[[SPEC:.*]] = call @ai_str_const(%[[CTX]]
// CHECK: %[[F1:.*]] = call @ai_format_f64(%[[CTX]], %[[X]], %[[SPEC]])
// f"{s!r}": repr of a str; f"{i}": str of an int of any size.
// CHECK: %[[F2:.*]] = call @ai_str_repr(%[[CTX]], %[[S]])
// CHECK: %[[F3:.*]] = call @ai_int_str(%[[CTX]], %[[I]])
// A bool with a spec formats as the int 0 or 1 (the words 1 and 3).
// CHECK: %[[W:.*]] = arith.select %[[B]]
// CHECK: %[[F4:.*]] = call @ai_int_format(%[[CTX]], %[[W]], %[[S]])
// The parts are joined left to right.
// CHECK: %[[J1:.*]] = call @ai_str_concat(%[[CTX]], %[[F1]], %[[F2]])
// CHECK: %[[J2:.*]] = call @ai_str_concat(%[[CTX]], %[[J1]], %[[F3]])
// CHECK: %[[J3:.*]] = call @ai_str_concat(%[[CTX]], %[[J2]], %[[F4]])
// CHECK: return %[[J3]] : !llvm.ptr
func.func @py.text(%ctx: !llvm.ptr, %i: !py.int, %x: !py.float, %s: !py.str, %b: !py.bool) -> !py.str {
  %f1 = "py.format"(%x) {conv = "", spec = ".2f"} : (!py.float) -> !py.str
  %f2 = "py.format"(%s) {conv = "r"} : (!py.str) -> !py.str
  %f3 = "py.format"(%i) {conv = ""} : (!py.int) -> !py.str
  %f4 = "py.format"(%b, %s) {conv = ""} : (!py.bool, !py.str) -> !py.str
  %j = "py.join"(%f1, %f2, %f3, %f4) : (!py.str, !py.str, !py.str, !py.str) -> !py.str
  return %j : !py.str
}

// CHECK-LABEL: func.func @py.builtins
// CHECK-SAME: (%[[CTX:arg0]]: !llvm.ptr, %[[I:arg1]]: i64, %[[X:arg2]]: f64, %[[S:arg3]]: !llvm.ptr)
// Builtins read the typed values through their boxes.
// CHECK-NOT: py.box
// CHECK: call @ai_int_abs(%[[CTX]], %[[I]])
// CHECK: math.absf %[[X]] : f64
// len(str) is a small int: (n << 1) | 1.
// CHECK: %[[N:.*]] = call @ai_str_len(%[[S]])
// CHECK: %[[SH:.*]] = arith.shli %[[N]]
// CHECK: arith.ori %[[SH]]
// int(float) raises ValueError / OverflowError in the runtime; round() rounds half to even first.
// CHECK: call @ai_int_from_f64(%[[CTX]], %[[X]])
// CHECK: %[[EVEN:.*]] = math.roundeven %[[X]] : f64
// CHECK: call @ai_int_from_f64(%[[CTX]], %[[EVEN]])
// min of two ints keeps the first unless the second is strictly smaller.
// CHECK: %[[ORD:.*]] = call @ai_int_cmp(%[[I]], %[[I]])
// CHECK: %[[LESS:.*]] = arith.cmpi slt, %[[ORD]]
// CHECK: arith.select %[[LESS]], %[[I]], %[[I]] : i64
// repr() of an object and str() of an int.
// CHECK: call @ai_int_str(%[[CTX]], %[[I]])
func.func @py.builtins(%ctx: !llvm.ptr, %i: !py.int, %x: !py.float, %s: !py.str) -> (!py.int, !py.float, !py.int, !py.int, !py.int, !py.int, !py.str) {
  %bi = "py.box"(%i) : (!py.int) -> !py.obj
  %bx = "py.box"(%x) : (!py.float) -> !py.obj
  %bs = "py.box"(%s) : (!py.str) -> !py.obj
  %a = "py.builtin"(%bi) {name = "abs"} : (!py.obj) -> !py.int
  %af = "py.builtin"(%bx) {name = "abs"} : (!py.obj) -> !py.float
  %l = "py.builtin"(%bs) {name = "len"} : (!py.obj) -> !py.int
  %n = "py.builtin"(%bx) {name = "int"} : (!py.obj) -> !py.int
  %r = "py.builtin"(%bx) {name = "round"} : (!py.obj) -> !py.int
  %m = "py.builtin"(%bi, %bi) {name = "min"} : (!py.obj, !py.obj) -> !py.int
  %t = "py.builtin"(%bi) {name = "str"} : (!py.obj) -> !py.str
  return %a, %af, %l, %n, %r, %m, %t : !py.int, !py.float, !py.int, !py.int, !py.int, !py.int, !py.str
}

// CHECK-LABEL: func.func @py.raising
// CPython's nested recursion checks: count 2, codes C=0 and < = 2 packed 4 bits each (0x20).
// CHECK: %[[N:.*]] = arith.constant 2 : i32
// CHECK-NEXT: %[[CODES:.*]] = arith.constant 32 : i64
// CHECK-NEXT: call @ai_depth_need(%[[CTX:arg0]], %[[N]], %[[CODES]])
// CHECK-NEXT: %[[P:.*]] = call @ai_exc_pending(%[[CTX]])
// CHECK-NEXT: cf.cond_br %[[P]], ^[[EXIT:bb[0-9]+]], ^bb1
// raise ValueError("bad"): ai_raise (kind 3), and the llvm.unreachable becomes a branch to the exit.
// CHECK: %[[MSG:.*]] = llvm.mlir.addressof @".pystr.[[MSGN:[0-9]+]]"
// CHECK-NEXT: %[[KIND:.*]] = arith.constant 3 : i32
// CHECK-NEXT: call @ai_raise(%[[CTX]], %[[KIND]], %[[MSG]])
// CHECK-NEXT: cf.br ^[[EXIT]]
// CHECK-NOT: llvm.unreachable
// CHECK: ^[[EXIT]]:
// CHECK-NEXT: return
// The module's constants come last (one global per distinct string, in first-use order; these
// checks see them from the last function's section).
// CHECK: llvm.mlir.global internal constant @".pystr.[[SEPN]]"(", \00")
// CHECK: llvm.mlir.global internal constant @".pystr.[[HELLON]]"("hello\00")
// CHECK: llvm.mlir.global internal constant @"{{.*}}"("-42\00")
// CHECK: llvm.mlir.global internal constant @"{{.*}}"("False\00")
// CHECK: llvm.mlir.global internal constant @".pystr.[[MSGN]]"("bad\00")
func.func @py.raising(%ctx: !llvm.ptr, %c: i1) {
  "py.depth_need"() {checks = "C<"} : () -> ()
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "py.raise"() {type = "ValueError", message = "bad"} : () -> ()
  llvm.unreachable
^bb2:
  return
}

// -----

// CHECK-LABEL: async.func @py.task_raises
// In a task body a conditional raise is an scf.if that raises and fails the coroutine in place.
// CHECK: execute
// CHECK: %[[TID:.*]] = func.call @ai_obj_type(%[[O:.*]]) : (i64) -> i32
// CHECK: %[[BAD:.*]] = arith.xori
// CHECK-NEXT: scf.if %[[BAD]] {
// CHECK-NEXT: %[[MSG:.*]] = llvm.mlir.addressof
// CHECK-NEXT: %[[KIND:.*]] = arith.constant 5 : i32
// CHECK-NEXT: func.call @ai_raise(%[[CTX:arg0]], %[[KIND]], %[[MSG]])
// CHECK-NEXT: %[[T:.*]] = func.call @ai_exc_token(%[[CTX]])
// CHECK-NEXT: async.await %[[T]] : !async.token
// CHECK-NEXT: }
// The body stays one block.
// CHECK-NEXT: %[[F:.*]] = func.call @ai_float_unbox(%[[O]]) : (i64) -> f64
// CHECK-NEXT: async.yield %[[F]] : f64
async.func @py.task_raises(%ctx: !llvm.ptr, %o: !py.obj) -> !async.token {
  %tok, %val = async.execute -> !async.value<!py.float> attributes {py.task} {
    %f = "py.unbox"(%o) : (!py.obj) -> !py.float
    async.yield %f : !py.float
  }
  async.return
}

// -----

// Casts left by aithon-py-specialize become identities and are removed.
// CHECK-LABEL: func.func @py.casts
// CHECK-SAME: (%{{.*}}: !llvm.ptr, %[[A:.*]]: i64)
// CHECK-NOT: unrealized_conversion_cast
// CHECK: %[[R:.*]] = arith.addi %[[A]], %[[A]] : i64
// CHECK-NEXT: return %[[R]] : i64
func.func @py.casts(%ctx: !llvm.ptr, %a: !py.int) -> !py.int {
  %w = builtin.unrealized_conversion_cast %a : !py.int to i64
  %r = arith.addi %w, %w : i64
  %b = builtin.unrealized_conversion_cast %r : i64 to !py.int
  return %b : !py.int
}

// -----

// Ops of later issues are refused where they are, not dropped.
func.func @py.attr(%ctx: !llvm.ptr, %o: !py.obj, %v: !py.obj) {
  // expected-error@+1 {{`py.setattr` is not supported yet}}
  "py.setattr"(%o, %v) {name = "x"} : (!py.obj, !py.obj) -> ()
  return
}

// -----

// So are the py types of later issues (dicts have no lowering yet).
func.func @py.dicts(%ctx: !llvm.ptr, %l: !py.dict) -> !py.obj {
  // expected-error@+1 {{type !py.dict is not supported yet}}
  %r = "py.box"(%l) : (!py.dict) -> !py.obj
  return %r : !py.obj
}

// -----

// A builtin the run time does not have names itself and its argument types.
func.func @py.sorted(%ctx: !llvm.ptr, %o: !py.obj) -> !py.obj {
  %c = "py.constant"() {value = 1} : () -> !py.int
  // expected-error@+1 {{builtin 'nosuch' is not supported yet (of obj)}}
  %r = "py.builtin"(%o) {name = "nosuch"} : (!py.obj) -> !py.obj
  return %r : !py.obj
}

// -----

// Only the exception kinds of the runtime's enum ai_exc_kind can be raised.
func.func @py.keyerror(%ctx: !llvm.ptr) {
  // expected-error@+1 {{raising LookupError is not supported yet}}
  "py.raise"() {type = "LookupError", message = "k"} : () -> ()
  llvm.unreachable
}

// -----

// The !a conversion has no runtime function yet.
func.func @py.ascii(%ctx: !llvm.ptr, %s: !py.str) -> !py.str {
  // expected-error@+1 {{the !a conversion is not supported yet}}
  %r = "py.format"(%s) {conv = "a"} : (!py.str) -> !py.str
  return %r : !py.str
}

// -----

// py ops take the actor context from the function's first argument.
func.func @py.noctx(%a: !py.int) -> !py.int {
  // expected-error@+1 {{py ops need the function's first argument to be the actor context (!llvm.ptr)}}
  %r = "py.unary"(%a) {op = "neg"} : (!py.int) -> !py.int
  return %r : !py.int
}
