# RUN: aithon compile %s --emit=py | FileCheck %s
# RUN: aithon run %s | FileCheck %s --check-prefix=OUT
# RUN: aithon run %S/Inputs/module-constant-changes-type.py | FileCheck %s --check-prefix=MOD
# A local variable may change type: it then lives in one !py.obj slot and each typed value is boxed
# into it (this used to be refused with "variable 'x' changes type from int to str"). A module-level
# name bound twice is a module variable (py.global_load / py.global_store), not a constant.

# Both assignments store a boxed value into the same !py.obj variable; the function returns !py.obj.
# CHECK-LABEL: func.func @py.f(
# CHECK-SAME: -> !py.obj
# CHECK: %[[X:.*]] = "py.local"() {name = "x"} : () -> !py.var<!py.obj>
# CHECK-NOT: "py.local"() {name = "x"}
# CHECK: %[[I:.*]] = "py.box"(%{{.*}}) : (!py.int) -> !py.obj
# CHECK: "py.store"(%[[I]], %[[X]]) : (!py.obj, !py.var<!py.obj>) -> ()
# CHECK: %[[S:.*]] = "py.box"(%{{.*}}) : (!py.str) -> !py.obj
# CHECK: "py.store"(%[[S]], %[[X]]) : (!py.obj, !py.var<!py.obj>) -> ()
# CHECK: %[[V:.*]] = "py.load"(%[[X]]) : (!py.var<!py.obj>) -> !py.obj
# CHECK: return %[[V]] : !py.obj
def f():
    x = 1
    x = "one"
    return x


# A function returning different types on different paths also returns !py.obj.
# CHECK-LABEL: func.func @py.g(
# CHECK-SAME: -> !py.obj
def g(flag):
    if flag:
        return 1
    return "one"


# At run time the variable holds the last value, with its own type.
# OUT: one 1 one
print(f(), g(True), g(False))

# The refusal of a rebound module-level constant is located, has the source line, and no traceback.
# MOD: {{^}}one{{$}}
