# RUN: aithon compile %s --emit=py | FileCheck %s --check-prefix=PY
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=IR
# Calls: user functions (with exception checks after each call), builtins, defaults and keywords.


# The front end fills in defaults as constants at the call site and matches keywords by name; after
# the call it puts this frame's recursion level back.
# PY-LABEL: func.func @py.caller(
# PY: %[[LVL:.*]] = "py.frame_enter"() : () -> i64
# PY: %[[SCALE:.*]] = "py.constant"() {value = 2.000000e+00 : f64} : () -> !py.float
# PY: %[[OFF:.*]] = "py.constant"() {value = 0 : i64} : () -> !py.int
# PY: call @py.helper(%arg0, %{{.*}}, %[[SCALE]], %[[OFF]]) : (!llvm.ptr, !py.int, !py.float, !py.int) -> !py.float
# PY-NEXT: "py.frame_restore"(%[[LVL]]) : (i64) -> ()
# PY-NOT: func.call @ai_

# Lowered, a call of a user function is followed by a pending-exception check that leaves the
# caller, then by putting the recursion level back (the default 0 is the tagged word 1).
# IR-LABEL: func.func @py.caller(
# IR: %[[LVL:.*]] = call @ai_depth_enter(%arg0) : (!llvm.ptr) -> i64
# IR: %[[ZERO:.*]] = arith.constant 1 : i64
# IR: %[[R:.*]] = call @py.helper(%arg0, %{{.*}}, %{{.*}}, %[[ZERO]]) : (!llvm.ptr, i64, f64, i64) -> f64
# IR-NEXT: %[[P:.*]] = call @ai_exc_pending(%arg0) : (!llvm.ptr) -> i1
# IR-NEXT: cf.cond_br %[[P]], ^[[FAIL:bb[0-9]+]], ^[[OK:bb[0-9]+]]
# IR: ^[[OK]]:
# IR-NEXT: call @ai_depth_set(%[[LVL]]) : (i64) -> ()
# IR-NEXT: return %[[R]] : f64
def caller(n):
    return helper(n, scale=2.0)


# Builtins on numbers: min() is inlined as a compare that keeps the first of equal values (it
# replaces the kept value only when b < a); abs() and int() are py.builtin ops.
# PY-LABEL: func.func @py.builtins(
# PY: %[[A:.*]] = "py.load"
# PY: %[[B:.*]] = "py.load"
# PY: "py.compare"(%[[B]], %[[A]]) {op = "lt"} : (!py.int, !py.int) -> !py.bool
# PY: "py.builtin"(%{{.*}}) {name = "abs"} : (!py.obj) -> !py.int
# PY: "py.builtin"(%{{.*}}) {name = "abs"} : (!py.obj) -> !py.float
# PY: "py.builtin"(%{{.*}}) {name = "int"} : (!py.obj) -> !py.int
# PY-NOT: "py.builtin"(%{{.*}}) {name = "min"}

# Lowered: abs of an int goes to the runtime (it may grow into a big int), abs of a float is
# math.absf.
# IR-LABEL: func.func @py.builtins(
# IR: call @ai_int_abs(%arg0, %{{.*}}) : (!llvm.ptr, i64) -> i64
# IR: math.absf
def builtins(a, b, x):
    return min(a, b) + abs(a) + int(abs(x))


# bool() is the truth of its argument (double negation); str() formats with conversion `s`.
# PY-LABEL: func.func @py.convert(
# PY: %[[N1:.*]] = "py.unary"(%{{.*}}) {op = "not"} : (!py.float) -> !py.bool
# PY: "py.unary"(%[[N1]]) {op = "not"} : (!py.bool) -> !py.bool
# PY: "py.format"(%{{.*}}) {conv = "s"} : (!py.int) -> !py.str
def convert(x, n):
    if bool(x):
        return str(n)
    return "zero"


# The parameters keep their Python names and the types they were specialised for.
# PY-LABEL: func.func @py.helper(
# PY-SAME: py.name = "x", py.type = "int"
# PY-SAME: py.name = "scale", py.type = "float"
# PY-SAME: py.name = "offset", py.type = "int"
def helper(x, scale=1.0, offset=0):
    return x * scale + offset


print(caller(3), builtins(3, -4, -2.5), convert(0.5, 7))
