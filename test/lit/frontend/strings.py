# RUN: aithon compile %s --emit=py | FileCheck %s
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=IR
# RUN: not aithon run %s 2>&1 | FileCheck %s --check-prefix=OUT
# Strings, f-strings and print(): the front end keeps them as py.print / py.format / py.join;
# the lowering picks typed runtime calls.


# print() is one py.print of boxed arguments with sep and end as attributes.
# CHECK-LABEL: func.func @py.show(
# CHECK: "py.print"(%{{.*}}, %{{.*}}, %{{.*}}) {end = "!\0A", flush = false, sep = "-"} : (!py.obj, !py.obj, !py.obj) -> ()
# CHECK-NOT: func.call @ai_
# Lowered, each argument is written with a typed runtime call, separated by sep and ended by end.
# IR-LABEL: func.func @py.show(
# IR: call @ai_write_int(%arg0, %{{.*}}) : (!llvm.ptr, i64) -> ()
# IR: call @ai_write_cstr(%arg0, %{{.*}}, %c1_i64)
# IR: call @ai_write_f64(%arg0, %{{.*}}) : (!llvm.ptr, f64) -> ()
# IR: call @ai_write_cstr(%arg0, %{{.*}}, %c1_i64_0)
# IR: call @ai_write_str(%arg0, %{{.*}}) : (!llvm.ptr, !llvm.ptr) -> ()
# IR: call @ai_write_cstr(%arg0, %{{.*}}, %c2_i64)
# IR-NOT: "py.
def show(n, x, s):
    print(n, x, s, sep="-", end="!\n")


# f-strings: one py.format per replacement field (with its spec, or none for plain str()), then one
# py.join of the constant pieces and the formatted values, in source order.
# CHECK-LABEL: func.func @py.fmt(
# CHECK: %[[X:.*]] = "py.format"(%{{.*}}) {conv = "", spec = ".3f"} : (!py.float) -> !py.str
# CHECK: %[[N:.*]] = "py.format"(%{{.*}}) {conv = "", spec = "5d"} : (!py.int) -> !py.str
# CHECK: %[[RAW:.*]] = "py.format"(%{{.*}}) {conv = ""} : (!py.int) -> !py.str
# CHECK: %[[P1:.*]] = "py.constant"() {value = "x="} : () -> !py.str
# CHECK: %[[P2:.*]] = "py.constant"() {value = " n="} : () -> !py.str
# CHECK: %[[P3:.*]] = "py.constant"() {value = " raw="} : () -> !py.str
# CHECK: "py.join"(%[[P1]], %[[X]], %[[P2]], %[[N]], %[[P3]], %[[RAW]]) : (!py.str, !py.str, !py.str, !py.str, !py.str, !py.str) -> !py.str
# Lowered: a spec goes to ai_format_f64 / ai_int_format, no spec to ai_int_str; the join is a chain
# of concatenations.
# IR-LABEL: func.func @py.fmt(
# IR: call @ai_format_f64(
# IR: call @ai_int_format(
# IR: call @ai_int_str(
# IR: call @ai_str_concat(
def fmt(x, n):
    return f"x={x:.3f} n={n:5d} raw={n}"


# A runtime function that can raise (runtime_abi.RUNTIME, AI_MAY_RAISE in rt.h) is followed by the
# pending-exception check before its result is used: '%c' of -1 raises OverflowError.
# CHECK-LABEL: func.func @py.char_of(
# CHECK: "py.format"(%{{.*}}) {conv = "", spec = "c"} : (!py.int) -> !py.str
# IR-LABEL: func.func @py.char_of(
# IR: %[[S:.*]] = call @ai_int_format(%arg0, %{{.*}}, %{{.*}})
# IR-NEXT: %[[P:.*]] = call @ai_exc_pending(%arg0)
# IR-NEXT: cf.cond_br %[[P]], ^[[EXC:.*]], ^[[OK:.*]]
# IR: ^[[OK]]:
# IR: call @ai_str_concat(%arg0, %{{.*}}, %[[S]])
# IR-NEXT: call @ai_exc_pending(%arg0)
def char_of(n):
    return f"[{n:c}]"


# !r is the conversion `r`: the runtime's repr (quotes for str).
# CHECK-LABEL: func.func @py.quoted(
# CHECK: "py.format"(%{{.*}}) {conv = "r"} : (!py.str) -> !py.str
# IR-LABEL: func.func @py.quoted(
# IR: call @ai_str_repr(
def quoted(s):
    return f"{s!r}"


# Constant strings are py.constant (UTF-8); `+` on strings is a py.binop; len() of a string counts
# code points at run time.
# CHECK-LABEL: func.func @py.measure(
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "add"} : (!py.str, !py.str) -> !py.str
# CHECK: "py.builtin"(%{{.*}}) {name = "len"} : (!py.obj) -> !py.int
# IR-LABEL: func.func @py.measure(
# IR: call @ai_str_concat(
# IR: call @ai_str_len(
def measure(s):
    return len(s + "abc")


# CPython's output, then the OverflowError of '%c' with -1 and exit status 1.
# OUT: 1-2.5-s!
# OUT-NEXT: x=3.142 n=   42 raw=42 [A] "it's" 8
# OUT-NOT: [
# OUT: OverflowError: %c arg not in range(0x110000)
show(1, 2.5, "s")
print(fmt(3.14159, 42), char_of(65), quoted("it's"), measure("héllo"))
print(char_of(-1))
