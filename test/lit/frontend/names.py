# RUN: aithon compile %s --emit=py | FileCheck %s
# Names: Python's scopes decide what a name means; user functions live in the `py.` namespace,
# specialisations add their argument types, non-ASCII characters become `$` + six hex digits.

# The module body calls the user's `max`, not the builtin, and each specialisation by its own symbol.
# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: call @py.twice.int(%arg0, %{{.*}}) : (!llvm.ptr, !py.int) -> !py.int
# CHECK: call @py.twice.float(%arg0, %{{.*}}) : (!llvm.ptr, !py.float) -> !py.float
# CHECK: call @py.max(%arg0, %{{.*}}, %{{.*}}) : (!llvm.ptr, !py.int, !py.int) -> !py.int
# CHECK-NOT: "py.builtin"
# CHECK-NOT: func.call @ai_

# Two specialisations of one function: the argument types are part of the symbol.
# CHECK-LABEL: func.func @py.twice.int(
# CHECK-SAME: %{{.*}}: !py.int {py.name = "x", py.type = "int"}) -> !py.int
# CHECK-LABEL: func.func @py.twice.float(
# CHECK-SAME: %{{.*}}: !py.float {py.name = "x", py.type = "float"}) -> !py.float
def twice(x):
    return x * 2


# A user function may be named like a runtime function or a specialisation of another one: the
# `py.` prefix keeps it apart from `ai_*`, and `__` cannot be confused with the `.` separator.
# CHECK-LABEL: func.func @py.ai_str_concat(
def ai_str_concat(a):
    return a


# CHECK-LABEL: func.func @py.twice__int(
def twice__int(x):
    return x


# The user's `max` shadows the builtin in the whole module.
# CHECK-LABEL: func.func @py.max(
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "sub"} : (!py.int, !py.int) -> !py.int
def max(a, b):
    return a - b


# Non-ASCII characters are escaped in the symbol; a parameter shadowing a builtin (`len`) is the
# local int, so calling it raises CPython's TypeError with its message instead of calling len().
# CHECK-LABEL: func.func @py.$0000e9t$0000e9(
# CHECK-SAME: {py.name = "len", py.type = "int"}
# CHECK: "py.raise"() {message = "'int' object is not callable", type = "TypeError"} : () -> ()
# CHECK-NOT: "py.builtin"
# CHECK: llvm.unreachable
def été(len):
    return len(1)


print(twice(1), twice(1.5), ai_str_concat(2), twice__int(3), max(1, 2), été(4))
