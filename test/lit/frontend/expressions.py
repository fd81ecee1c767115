# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# Arithmetic with Python semantics on unboxed i64/f64.


# Checked int addition: the overflow test is the sign trick, then a branch to a raise block.
# CHECK-LABEL: func.func @py.add(
# CHECK: %[[SUM:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
# CHECK: arith.xori %{{.*}}, %[[SUM]] : i64
# CHECK: arith.cmpi slt
# CHECK: cf.cond_br
# CHECK: call @ai_raise(%arg0, %{{.*}}, %{{.*}}) : (!llvm.ptr, i32, !llvm.ptr) -> ()
def add(a, b):
    return a + b


# Floor division: zero check, INT64_MIN // -1 check, then arith.floordivsi.
# CHECK-LABEL: func.func @py.floordiv(
# CHECK: arith.cmpi eq, %{{.*}}, %{{.*}} : i64
# CHECK: cf.cond_br
# CHECK: arith.floordivsi %{{.*}}, %{{.*}} : i64
def floordiv(a, b):
    return a // b


# Modulo takes the divisor's sign: remsi then a select-based fix-up.
# CHECK-LABEL: func.func @py.mod(
# CHECK: %[[R:.*]] = arith.remsi
# CHECK: arith.select %{{.*}}, %{{.*}}, %[[R]] : i64
def mod(a, b):
    return a % b


# Mixed int/float promotes with sitofp; true division of ints goes to the runtime.
# CHECK-LABEL: func.func @py.mixed(
# CHECK: arith.sitofp %{{.*}} : i64 to f64
# CHECK: arith.mulf
# CHECK: call @ai_i64_truediv(
def mixed(a, x):
    y = a * x
    return y + a / 2


# Multiplication checks the high half of the 128-bit product.
# CHECK-LABEL: func.func @py.mul(
# CHECK: %{{.*}}, %[[HI:.*]] = arith.mulsi_extended
# CHECK: arith.cmpi ne, %[[HI]]
def mul(a, b):
    return a * b


# Chained comparison: the second comparison only runs while the first holds.
# CHECK-LABEL: func.func @py.chain(
# CHECK: arith.cmpi slt
# CHECK: cf.cond_br %{{.*}}, ^[[NEXT:bb[0-9]+]], ^[[DONE:bb[0-9]+]](%false : i1)
# CHECK: ^[[NEXT]]:
# CHECK: arith.cmpi slt
def chain(a, b, c):
    return a < b < c


# Float comparisons are ordered except !=, which is unordered (nan != nan).
# CHECK-LABEL: func.func @py.fcmp(
# CHECK: arith.cmpf olt
# CHECK: arith.cmpf une
def fcmp(x, y):
    return x < y and x != y


# int < float is exact, not a comparison of the int's rounded float value: the float compare decides
# when float(i) != x; otherwise (x is then an integer in [-2**63, 2**63]) the ints compare, with
# x == 2**63 above every i64. A float on the left swaps the predicate.
# CHECK-LABEL: func.func @py.ifcmp(
# CHECK: %[[FI:.*]] = arith.sitofp %[[I:.*]] : i64 to f64
# CHECK: %[[DIFFER:.*]] = arith.cmpf une, %[[FI]], %[[X:.*]] : f64
# CHECK: %[[BYFLOAT:.*]] = arith.cmpf olt, %[[FI]], %[[X]] : f64
# CHECK: %[[J:.*]] = arith.fptosi %{{.*}} : f64 to i64
# CHECK: %[[EXACT:.*]] = arith.cmpi slt, %{{.*}}, %{{.*}} : i64
# CHECK: arith.select %[[DIFFER]], %[[BYFLOAT]], %[[EXACT]] : i1
# CHECK: arith.cmpf ogt
# CHECK: arith.cmpi sgt
def ifcmp(n, x):
    return n < x and x < n


# Bools are i1; `not` is an xor with true.
# CHECK-LABEL: func.func @py.negate(
# CHECK: arith.xori %{{.*}}, %true : i1
def negate(flag):
    return not flag


print(add(1, 2), floordiv(7, -2), mod(-7, 3), mixed(3, 1.5), mul(4, 5), chain(1, 2, 3),
      fcmp(1.0, 2.0), ifcmp(3, 2.5), negate(True))
