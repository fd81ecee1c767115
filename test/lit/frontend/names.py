# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# Names: Python's scopes decide what a name means; user functions live in the `py.` namespace,
# specialisations add their argument types, non-ASCII characters become `$` + six hex digits.

# Calling a shadowing non-callable raises CPython's TypeError (runtime kind 5) with its message.
# CHECK: llvm.mlir.global internal constant @".str.{{[0-9]+}}"("'int' object is not callable\00")

# The module body calls the user's `max`, not the builtin.
# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: call @py.max(

# Two specialisations of one function: the argument types are part of the symbol.
# CHECK-LABEL: func.func @py.twice.int(
# CHECK-LABEL: func.func @py.twice.float(
def twice(x):
    return x * 2


# A user function may be named like a runtime function or a specialisation of another one.
# CHECK-LABEL: func.func @py.ai_str_concat(
def ai_str_concat(a):
    return a


# CHECK-LABEL: func.func @py.twice__int(
def twice__int(x):
    return x


# CHECK-LABEL: func.func @py.max(
def max(a, b):
    return a - b


# CHECK-LABEL: func.func @py.$0000e9t$0000e9(
# CHECK: %[[N:.*]] = arith.constant 5 : i32
# CHECK: call @ai_raise(%arg0, %[[N]], %{{.*}})
def été(len):
    return len(1)


print(twice(1), twice(1.5), ai_str_concat(2), twice__int(3), max(1, 2), été(4))
