# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# Calls: user functions (with exception checks after each call), builtins, defaults and keywords.


# A call of a user function is followed by putting this frame's recursion level back and a
# pending-exception check that leaves the caller.
# CHECK-LABEL: func.func @py.caller(
# CHECK: %[[LVL:.*]] = call @ai_depth_enter(%arg0) : (!llvm.ptr) -> i64
# CHECK: %[[R:.*]] = call @py.helper(%arg0, %{{.*}}, %{{.*}}, %{{.*}}) : (!llvm.ptr, i64, f64, i64) -> f64
# CHECK-NEXT: call @ai_depth_set(%[[LVL]]) : (i64) -> ()
# CHECK-NEXT: %[[P:.*]] = call @ai_exc_pending(%arg0) : (!llvm.ptr) -> i1
# CHECK-NEXT: cf.cond_br %[[P]]
def caller(n):
    return helper(n, scale=2.0)


# Builtins on numbers: abs() checks INT64_MIN, min() keeps the first of equal values.
# CHECK-LABEL: func.func @py.builtins(
# CHECK: arith.select
# CHECK: arith.cmpi slt
# CHECK: math.absf
# CHECK: call @ai_f64_to_i64(
def builtins(a, b, x):
    return min(a, b) + abs(a) + int(abs(x))


# bool() and str() conversions.
# CHECK-LABEL: func.func @py.convert(
# CHECK: arith.cmpf une
# CHECK: call @ai_str_from_i64(
def convert(x, n):
    if bool(x):
        return str(n)
    return "zero"


# Defaults are constants filled in at the call site; keywords are matched by name.
# CHECK-LABEL: func.func @py.helper(
# CHECK-SAME: py.name = "x", py.type = "int"
# CHECK-SAME: py.name = "scale", py.type = "float"
def helper(x, scale=1.0, offset=0):
    return x * scale + offset


print(caller(3), builtins(3, -4, -2.5), convert(0.5, 7))
