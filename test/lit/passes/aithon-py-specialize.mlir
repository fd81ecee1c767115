// RUN: aithon-opt %s --aithon-py-specialize | FileCheck %s
// RUN: aithon-opt %s --aithon-py-specialize --aithon-lower-py | FileCheck %s --check-prefix=LOWERED

// CHECK-LABEL: func.func @py.add
// Both words tagged ((a & b) & 1), then a + (b - 1) with a signed-overflow test; the fast result
// joins the slow py.binop's through a block argument.
// CHECK: %[[A:.*]] = builtin.unrealized_conversion_cast %arg1 : !py.int to i64
// CHECK-NEXT: %[[B:.*]] = builtin.unrealized_conversion_cast %arg2 : !py.int to i64
// CHECK-NEXT: %[[AB:.*]] = arith.andi %[[A]], %[[B]] : i64
// CHECK: %[[TAG:.*]] = arith.andi %[[AB]], %{{.*}} : i64
// CHECK: %[[SMALL:.*]] = arith.cmpi ne, %[[TAG]], %{{.*}} : i64
// CHECK: %[[T:.*]] = arith.subi %[[B]], %{{.*}} : i64
// CHECK: %[[R:.*]] = arith.addi %[[A]], %[[T]] : i64
// CHECK-NEXT: %[[X1:.*]] = arith.xori %[[A]], %[[R]] : i64
// CHECK-NEXT: %[[X2:.*]] = arith.xori %[[T]], %[[R]] : i64
// CHECK-NEXT: %[[BOTH:.*]] = arith.andi %[[X1]], %[[X2]] : i64
// CHECK-NEXT: %[[FITS:.*]] = arith.cmpi sge, %[[BOTH]], %{{.*}} : i64
// CHECK-NEXT: %[[OK:.*]] = arith.andi %[[SMALL]], %[[FITS]] : i1
// CHECK-NEXT: %[[FAST:.*]] = builtin.unrealized_conversion_cast %[[R]] : i64 to !py.int
// CHECK-NEXT: cf.cond_br %[[OK]], ^[[JOIN:bb[0-9]+]](%[[FAST]] : !py.int), ^[[SLOW:bb[0-9]+]]
// CHECK: ^[[SLOW]]:
// CHECK-NEXT: %[[S:.*]] = "py.binop"(%arg1, %arg2) {op = "add"}
// CHECK-NEXT: cf.br ^[[JOIN]](%[[S]] : !py.int)
// CHECK: ^[[JOIN]](%[[SUM:.*]]: !py.int):
// CHECK-NEXT: return %[[SUM]] : !py.int
// After aithon-lower-py the slow path calls the runtime and the casts are gone.
// LOWERED-LABEL: func.func @py.add
// LOWERED-NOT: unrealized_conversion_cast
// LOWERED: cf.cond_br %{{.*}}, ^[[JOIN:bb[0-9]+]](%{{.*}} : i64), ^[[SLOW:bb[0-9]+]]
// LOWERED: ^[[SLOW]]:
// LOWERED-NEXT: call @ai_int_add
// LOWERED: ^[[JOIN]](%[[SUM:.*]]: i64):
// LOWERED-NEXT: return %[[SUM]] : i64
func.func @py.add(%ctx: !llvm.ptr, %a: !py.int, %b: !py.int) -> !py.int {
  %r = "py.binop"(%a, %b) {op = "add"} : (!py.int, !py.int) -> !py.int
  return %r : !py.int
}

// CHECK-LABEL: func.func @py.mul_sub
// mul: (a >> 1) * (b - 1), overflow when the high word is not the low word's sign, then | 1.
// CHECK: %[[HALF:.*]] = arith.shrsi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[LO:.*]], %[[HI:.*]] = arith.mulsi_extended %[[HALF]], %{{.*}} : i64
// CHECK-NEXT: %{{.*}} = arith.constant 63 : i64
// CHECK-NEXT: %[[SIGN:.*]] = arith.shrsi %[[LO]], %{{.*}} : i64
// CHECK-NEXT: arith.cmpi eq, %[[HI]], %[[SIGN]] : i64
// CHECK: arith.ori %[[LO]], %{{.*}} : i64
// CHECK: "py.binop"{{.*}}{op = "mul"}
// sub: a - (b - 1); overflow when a and b - 1 differ in sign and the result's sign is not a's.
// CHECK: %[[T:.*]] = arith.subi %[[Y:.*]], %{{.*}} : i64
// CHECK: %[[D:.*]] = arith.subi %[[X:.*]], %[[T]] : i64
// CHECK-NEXT: arith.xori %[[X]], %[[D]] : i64
// CHECK-NEXT: arith.xori %[[X]], %[[T]] : i64
// CHECK: "py.binop"{{.*}}{op = "sub"}
func.func @py.mul_sub(%ctx: !llvm.ptr, %a: !py.int, %b: !py.int) -> !py.int {
  %m = "py.binop"(%a, %b) {op = "mul"} : (!py.int, !py.int) -> !py.int
  %s = "py.binop"(%m, %b) {op = "sub"} : (!py.int, !py.int) -> !py.int
  return %s : !py.int
}

// CHECK-LABEL: func.func @py.divmod
// floordiv: only with a nonzero small divisor (the word of 0 is 1); the divisor is 1 on the
// other paths so that nothing traps; -2**62 // -1 = 2**62 does not fit a small int.
// CHECK: %[[SMALL:.*]] = arith.cmpi ne, %{{.*}}, %{{.*}} : i64
// CHECK: %[[XV:.*]] = arith.shrsi %{{.*}}, %[[ONE:.*]] : i64
// CHECK-NEXT: %[[NZ:.*]] = arith.cmpi ne, %[[Y:.*]], %[[ONE]] : i64
// CHECK-NEXT: %[[USE:.*]] = arith.andi %[[SMALL]], %[[NZ]] : i1
// CHECK-NEXT: %[[YV0:.*]] = arith.shrsi %[[Y]], %[[ONE]] : i64
// CHECK-NEXT: %[[YV:.*]] = arith.select %[[USE]], %[[YV0]], %[[ONE]] : i64
// CHECK-NEXT: %[[Q:.*]] = arith.floordivsi %[[XV]], %[[YV]] : i64
// CHECK-NEXT: %[[LIM:.*]] = arith.constant 4611686018427387904 : i64
// CHECK-NEXT: arith.cmpi ne, %[[Q]], %[[LIM]] : i64
// CHECK: "py.binop"{{.*}}{op = "floordiv"}
// mod: x - floor(x / y) * y, the divisor's sign as in Python.
// CHECK: %[[Q2:.*]] = arith.floordivsi %[[XV2:.*]], %[[YV2:.*]] : i64
// CHECK-NEXT: %[[P:.*]] = arith.muli %[[Q2]], %[[YV2]] : i64
// CHECK-NEXT: arith.subi %[[XV2]], %[[P]] : i64
// CHECK: "py.binop"{{.*}}{op = "mod"}
func.func @py.divmod(%ctx: !llvm.ptr, %a: !py.int, %b: !py.int) -> (!py.int, !py.int) {
  %q = "py.binop"(%a, %b) {op = "floordiv"} : (!py.int, !py.int) -> !py.int
  %r = "py.binop"(%a, %b) {op = "mod"} : (!py.int, !py.int) -> !py.int
  return %q, %r : !py.int, !py.int
}

// CHECK-LABEL: func.func @py.bits
// and / or on tagged words keep the tag; xor clears it, so it is set again. Always fits.
// CHECK: arith.andi %[[A:.*]], %[[B:.*]] : i64
// CHECK: "py.binop"{{.*}}{op = "and"}
// CHECK: %[[X:.*]] = arith.xori %{{.*}}, %{{.*}} : i64
// CHECK: %[[C1:.*]] = arith.constant 1 : i64
// CHECK-NEXT: arith.ori %[[X]], %[[C1]] : i64
// CHECK: "py.binop"{{.*}}{op = "xor"}
// x >> n: the count is clamped to 63 (no poison shift), the word shifted and re-tagged; a negative
// count takes the slow path (ValueError).
// CHECK: %[[N:.*]] = arith.shrsi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[C63:.*]] = arith.constant 63 : i64
// CHECK-NEXT: %[[IN:.*]] = arith.cmpi ule, %[[N]], %[[C63]] : i64
// CHECK-NEXT: %[[M:.*]] = arith.select %[[IN]], %[[N]], %[[C63]] : i64
// CHECK-NEXT: arith.shrsi %{{.*}}, %[[M]] : i64
// CHECK: arith.cmpi sge, %[[N]]
// CHECK: "py.binop"{{.*}}{op = "rshift"}
// x << n: only up to 62, and only when shifting back gives 2x again.
// CHECK: %[[C62:.*]] = arith.constant 62 : i64
// CHECK-NEXT: %[[IN2:.*]] = arith.cmpi ule, %[[N2:.*]], %[[C62]] : i64
// CHECK: %[[BASE:.*]] = arith.subi
// CHECK-NEXT: %[[SH:.*]] = arith.shli %[[BASE]], %[[M2:.*]] : i64
// CHECK-NEXT: %[[BACK:.*]] = arith.shrsi %[[SH]], %[[M2]] : i64
// CHECK-NEXT: %[[SAME:.*]] = arith.cmpi eq, %[[BACK]], %[[BASE]] : i64
// CHECK-NEXT: arith.andi %[[IN2]], %[[SAME]] : i1
// CHECK: "py.binop"{{.*}}{op = "lshift"}
func.func @py.bits(%ctx: !llvm.ptr, %a: !py.int, %b: !py.int) -> (!py.int, !py.int, !py.int, !py.int) {
  %n = "py.binop"(%a, %b) {op = "and"} : (!py.int, !py.int) -> !py.int
  %x = "py.binop"(%a, %b) {op = "xor"} : (!py.int, !py.int) -> !py.int
  %r = "py.binop"(%a, %b) {op = "rshift"} : (!py.int, !py.int) -> !py.int
  %l = "py.binop"(%a, %b) {op = "lshift"} : (!py.int, !py.int) -> !py.int
  return %n, %x, %r, %l : !py.int, !py.int, !py.int, !py.int
}

// CHECK-LABEL: func.func @py.unary
// -x is 2 - w, except for -2**62 (its word is -2**63 + 1) whose negation is not small.
// CHECK: %[[TWO:.*]] = arith.constant 2 : i64
// CHECK-NEXT: %[[NEG:.*]] = arith.subi %[[TWO]], %[[W:.*]] : i64
// CHECK-NEXT: %[[MIN:.*]] = arith.constant -9223372036854775807 : i64
// CHECK-NEXT: arith.cmpi ne, %[[W]], %[[MIN]] : i64
// CHECK: "py.unary"(%arg1) {op = "neg"}
// ~x is -w.
// CHECK: %[[INV:.*]] = arith.subi %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: builtin.unrealized_conversion_cast %[[INV]] : i64 to !py.int
// CHECK: "py.unary"(%arg1) {op = "invert"}
func.func @py.unary(%ctx: !llvm.ptr, %a: !py.int) -> (!py.int, !py.int) {
  %n = "py.unary"(%a) {op = "neg"} : (!py.int) -> !py.int
  %i = "py.unary"(%a) {op = "invert"} : (!py.int) -> !py.int
  return %n, %i : !py.int, !py.int
}

// CHECK-LABEL: func.func @py.compare_truth
// Two small ints compare as words (tagging keeps the order); the result joins as !py.bool.
// CHECK: %[[LT:.*]] = arith.cmpi slt, %[[A:.*]], %[[B:.*]] : i64
// CHECK-NEXT: %[[LTB:.*]] = builtin.unrealized_conversion_cast %[[LT]] : i1 to !py.bool
// CHECK-NEXT: cf.cond_br %{{.*}}, ^[[J1:bb[0-9]+]](%[[LTB]] : !py.bool), ^{{bb[0-9]+}}
// CHECK: "py.compare"
// CHECK: ^[[J1]](%{{.*}}: !py.bool):
// A small int is true unless its word is 1 (the int 0); the slow py.truth handles big ints.
// CHECK: %[[SMALL:.*]] = arith.cmpi ne, %{{.*}}, %{{.*}} : i64
// CHECK: %[[NZ:.*]] = arith.cmpi ne, %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: cf.cond_br %[[SMALL]], ^[[J2:bb[0-9]+]](%[[NZ]] : i1), ^{{bb[0-9]+}}
// CHECK: "py.truth"
// CHECK: ^[[J2]](%[[T:.*]]: i1):
// CHECK-NEXT: return %{{.*}}, %[[T]] : !py.bool, i1
func.func @py.compare_truth(%ctx: !llvm.ptr, %a: !py.int, %b: !py.int) -> (!py.bool, i1) {
  %c = "py.compare"(%a, %b) {op = "lt"} : (!py.int, !py.int) -> !py.bool
  %t = "py.truth"(%a) : (!py.int) -> i1
  return %c, %t : !py.bool, i1
}

// CHECK-LABEL: func.func @py.bools
// A bool in arithmetic is the int 0 or 1 (True + True == 2): its word is 3 or 1.
// CHECK: %[[B:.*]] = builtin.unrealized_conversion_cast %arg1 : !py.bool to i1
// CHECK-NEXT: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-NEXT: arith.select %[[B]], %[[THREE]], %[[ONE]] : i64
// CHECK: "py.binop"(%arg1, %arg1) {op = "add"} : (!py.bool, !py.bool) -> !py.int
func.func @py.bools(%ctx: !llvm.ptr, %t: !py.bool) -> !py.int {
  %r = "py.binop"(%t, %t) {op = "add"} : (!py.bool, !py.bool) -> !py.int
  return %r : !py.int
}

// CHECK-LABEL: func.func @py.floats
// Floats: plain arith, no slow path.
// CHECK: %[[X:.*]] = builtin.unrealized_conversion_cast %arg1 : !py.float to f64
// CHECK: %[[S:.*]] = arith.addf %[[X]], %{{.*}} : f64
// Division checks the divisor first: a raise block at the end of the function.
// CHECK: %[[Z:.*]] = arith.cmpf oeq, %[[D:.*]], %{{.*}} : f64
// CHECK-NEXT: cf.cond_br %[[Z]], ^[[RAISE:bb[0-9]+]], ^[[DIV:bb[0-9]+]]
// CHECK: ^[[DIV]]:
// CHECK-NEXT: arith.divf %{{.*}}, %[[D]] : f64
// != is unordered (nan != nan), the others ordered; truth is x != 0.0.
// CHECK: arith.cmpf une
// CHECK: arith.cmpf olt
// CHECK: arith.cmpf une
// CHECK-NOT: "py.binop"
// CHECK-NOT: "py.compare"
// CHECK: ^[[RAISE]]:
// CHECK-NEXT: "py.raise"() {message = "float division by zero", type = "ZeroDivisionError"}
// CHECK-NEXT: llvm.unreachable
func.func @py.floats(%ctx: !llvm.ptr, %x: !py.float, %y: !py.float) -> (!py.float, !py.bool, !py.bool, i1) {
  %s = "py.binop"(%x, %y) {op = "add"} : (!py.float, !py.float) -> !py.float
  %q = "py.binop"(%s, %y) {op = "truediv"} : (!py.float, !py.float) -> !py.float
  %ne = "py.compare"(%q, %x) {op = "ne"} : (!py.float, !py.float) -> !py.bool
  %lt = "py.compare"(%q, %x) {op = "lt"} : (!py.float, !py.float) -> !py.bool
  %t = "py.truth"(%q) : (!py.float) -> i1
  return %q, %ne, %lt, %t : !py.float, !py.bool, !py.bool, i1
}

// CHECK-LABEL: func.func @py.untouched
// No fast path: int ** int (it may be a float), object operands, an int with a float (OverflowError needs the
// runtime), and ops inside a task body (which must stay one block).
// CHECK-NOT: cf.cond_br
// CHECK: "py.binop"(%arg1, %arg1) {op = "pow"}
// CHECK: "py.binop"(%arg2, %arg1) {op = "add"}
// CHECK: "py.binop"(%arg1, %arg3) {op = "add"}
// CHECK: execute
// CHECK-NEXT: "py.binop"(%arg1, %arg1) {op = "add"}
func.func @py.untouched(%ctx: !llvm.ptr, %a: !py.int, %o: !py.obj, %x: !py.float) {
  %p = "py.binop"(%a, %a) {op = "pow"} : (!py.int, !py.int) -> !py.int
  %q = "py.binop"(%o, %a) {op = "add"} : (!py.obj, !py.int) -> !py.obj
  %r = "py.binop"(%a, %x) {op = "add"} : (!py.int, !py.float) -> !py.float
  %tok = async.execute {
    %s = "py.binop"(%a, %a) {op = "add"} : (!py.int, !py.int) -> !py.int
    async.yield
  }
  return
}

// A nonzero constant divisor stays a constant (no select on the tag test), so LLVM can turn the
// division into multiplies and shifts.
// CHECK-LABEL: func.func @py.mod7
// CHECK: %[[SEVEN:.*]] = arith.constant 7 : i64
// CHECK-NEXT: %[[Q:.*]] = arith.floordivsi %{{.*}}, %[[SEVEN]] : i64
// CHECK-NOT: arith.select
// CHECK: "py.binop"{{.*}}{op = "mod"}
func.func @py.mod7(%ctx: !llvm.ptr, %a: !py.int) -> !py.int {
  %c = "py.constant"() {value = 7} : () -> !py.int
  %r = "py.binop"(%a, %c) {op = "mod"} : (!py.int, !py.int) -> !py.int
  return %r : !py.int
}
