# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# RUN: aithon run %s | FileCheck %s --check-prefix=OUT
# Arithmetic with Python semantics on unboxed words: ints are tagged words (a small int n is the
# i64 2n+1; bigger ones are GMP big ints behind the word), floats are f64, bools i1. Each int
# operator has an inline fast path for two small ints and a runtime call for everything else.


# int addition: both tags set and no signed overflow of the sum (the sign trick) takes the fast
# path; otherwise ai_int_add, which grows into a big int (no OverflowError any more).
# CHECK-LABEL: func.func @py.add(
# CHECK: %[[BOTH:.*]] = arith.andi %[[A:.*]], %[[B:.*]] : i64
# CHECK: %[[UNTAG:.*]] = arith.subi %[[B]], %{{.*}} : i64
# CHECK: %[[SUM:.*]] = arith.addi %[[A]], %[[UNTAG]] : i64
# CHECK: arith.xori %[[A]], %[[SUM]] : i64
# CHECK: arith.cmpi sge
# CHECK: cf.cond_br %{{.*}}, ^[[FAST:bb[0-9]+]](%[[SUM]] : i64), ^[[SLOW:bb[0-9]+]]
# CHECK: ^[[SLOW]]:
# CHECK-NEXT: call @ai_int_add(%arg0, %[[A]], %[[B]]) : (!llvm.ptr, i64, i64) -> i64
# CHECK-NOT: call @ai_raise
# CHECK: ^[[FAST]](
def add(a, b):
    return a + b


# Floor division: a divisor that is not 1 (tagged 0) and a quotient that is not 2**62 (the one
# small result that does not fit back) take arith.floordivsi; the rest, including the
# ZeroDivisionError, is ai_int_floordiv.
# CHECK-LABEL: func.func @py.floordiv(
# CHECK: arith.floordivsi %{{.*}}, %{{.*}} : i64
# CHECK: arith.cmpi ne, %{{.*}}, %c4611686018427387904_i64 : i64
# CHECK: call @ai_int_floordiv(
def floordiv(a, b):
    return a // b


# Modulo takes the divisor's sign: the fast path derives it from the floor quotient; the slow path
# is ai_int_mod.
# CHECK-LABEL: func.func @py.mod(
# CHECK: arith.floordivsi
# CHECK: call @ai_int_mod(
def mod(a, b):
    return a % b


# Mixed int/float converts the int with ai_int_to_f64 (exact rounding of a big int too); true
# division of ints goes to the runtime.
# CHECK-LABEL: func.func @py.mixed(
# CHECK: call @ai_int_to_f64(%arg0, %{{.*}}) : (!llvm.ptr, i64) -> f64
# CHECK: arith.mulf
# CHECK: call @ai_int_truediv(
def mixed(a, x):
    y = a * x
    return y + a / 2


# Float division checks the divisor against 0.0 and raises ZeroDivisionError (runtime kind 1)
# with CPython's message (the string constant is checked at the end of the module) instead of
# producing inf.
# CHECK-LABEL: func.func @py.fdiv(
# CHECK: %[[Z:.*]] = arith.cmpf oeq, %[[Y:.*]], %{{.*}} : f64
# CHECK: cf.cond_br %[[Z]], ^[[ZERO:bb[0-9]+]], ^[[DIV:bb[0-9]+]]
# CHECK: ^[[DIV]]:
# CHECK-NEXT: arith.divf %{{.*}}, %[[Y]] : f64
# CHECK: ^[[ZERO]]:
# CHECK: %[[M:.*]] = llvm.mlir.addressof @"[[ZMSG:.*]]" : !llvm.ptr
# CHECK: %[[K:.*]] = arith.constant 1 : i32
# CHECK: call @ai_raise(%arg0, %[[K]], %[[M]]) : (!llvm.ptr, i32, !llvm.ptr) -> ()
def fdiv(x, y):
    return x / y


# Multiplication of two small ints uses the 128-bit product: its high half must be the sign
# extension of the low half, else ai_int_mul.
# CHECK-LABEL: func.func @py.mul(
# CHECK: %{{.*}}, %[[HI:.*]] = arith.mulsi_extended
# CHECK: arith.cmpi eq, %[[HI]]
# CHECK: call @ai_int_mul(
def mul(a, b):
    return a * b


# Chained comparison: the second comparison only runs while the first holds.
# CHECK-LABEL: func.func @py.chain(
# CHECK: arith.cmpi slt
# CHECK: cf.cond_br %{{.*}}, ^[[NEXT:bb[0-9]+]], ^[[DONE:bb[0-9]+]]
# CHECK: ^[[NEXT]]:
# CHECK: arith.cmpi slt
# CHECK: ^[[DONE]]:
def chain(a, b, c):
    return a < b < c


# Float comparisons are ordered except !=, which is unordered (nan != nan).
# CHECK-LABEL: func.func @py.fcmp(
# CHECK: arith.cmpf olt
# CHECK: arith.cmpf une
def fcmp(x, y):
    return x < y and x != y


# int < float is exact, not a comparison of the int's rounded float value: ai_int_cmp_f64 returns
# the sign of int - float. A float on the left swaps the operands and the expected sign.
# CHECK-LABEL: func.func @py.ifcmp(
# CHECK: %[[C1:.*]] = call @ai_int_cmp_f64(%{{.*}}, %{{.*}}) : (i64, f64) -> i32
# CHECK: %[[LT:.*]] = arith.constant -1 : i32
# CHECK: arith.cmpi eq, %[[C1]], %[[LT]] : i32
# CHECK: %[[C2:.*]] = call @ai_int_cmp_f64(%{{.*}}, %{{.*}}) : (i64, f64) -> i32
# CHECK: %[[GT:.*]] = arith.constant 1 : i32
# CHECK: arith.cmpi eq, %[[C2]], %[[GT]] : i32
# CHECK-NOT: arith.sitofp
def ifcmp(n, x):
    return n < x and x < n


# Bools are i1; `not` is an xor with true.
# CHECK-LABEL: func.func @py.negate(
# CHECK: arith.xori %{{.*}}, %true : i1
# The message fdiv raises.
# CHECK: llvm.mlir.global internal constant @"[[ZMSG]]"("float division by zero\00")
def negate(flag):
    return not flag


# CPython's values, including a sum past the small-int range (2**62 - 1 + 1) and 2**53 + 1 < 2.0**53
# being false although float(2**53 + 1) == 2.0**53.
# OUT: 3 -4 2 6.0 20 True True False False
# OUT-NEXT: 4611686018427387904 False 0.25
print(add(1, 2), floordiv(7, -2), mod(-7, 3), mixed(3, 1.5), mul(4, 5), chain(1, 2, 3),
      fcmp(1.0, 2.0), ifcmp(3, 2.5), negate(True))
print(add(4611686018427387903, 1), ifcmp(9007199254740993, 9007199254740992.0), fdiv(1.0, 4.0))
