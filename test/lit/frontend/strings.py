# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# Strings, f-strings and print().


# print() writes each argument with a typed runtime call, separated by sep and ended by end.
# CHECK-LABEL: func.func @py.show(
# CHECK: call @ai_write_i64(%arg0, %{{.*}})
# CHECK: call @ai_write_cstr(%arg0, %{{.*}}, %c1_i64)
# CHECK: call @ai_write_f64(%arg0, %{{.*}})
# CHECK: call @ai_write_str(%arg0, %{{.*}})
# CHECK: call @ai_write_cstr
def show(n, x, s):
    print(n, x, s, sep="-", end="!\n")


# f-strings: constant pieces, a spec goes to ai_format_*, no spec goes to str().
# CHECK-LABEL: func.func @py.fmt(
# CHECK: call @ai_format_f64(
# CHECK: call @ai_str_concat(
# CHECK: call @ai_format_i64(
# CHECK: call @ai_str_from_i64(
def fmt(x, n):
    return f"x={x:.3f} n={n:5d} raw={n}"


# A runtime function that can raise (runtime_abi.RUNTIME, AI_MAY_RAISE in rt.h) is followed by the
# pending-exception check before its result is used: '%c' of -1 raises OverflowError.
# CHECK-LABEL: func.func @py.char_of(
# CHECK: %[[S:.*]] = call @ai_format_i64(%arg0, %{{.*}}, %{{.*}})
# CHECK-NEXT: %[[P:.*]] = call @ai_exc_pending(%arg0)
# CHECK-NEXT: cf.cond_br %[[P]], ^[[EXC:.*]], ^[[OK:.*]]
# CHECK: ^[[OK]]:
# CHECK: call @ai_str_concat(%arg0, %{{.*}}, %[[S]])
# CHECK-NEXT: call @ai_exc_pending(%arg0)
def char_of(n):
    return f"[{n:c}]"


# !r uses the runtime's repr (quotes for str).
# CHECK-LABEL: func.func @py.quoted(
# CHECK: call @ai_str_repr(
def quoted(s):
    return f"{s!r}"


# Constant strings are module globals; len() of a string counts code points at run time.
# CHECK-LABEL: func.func @py.measure(
# CHECK: call @ai_str_concat(
# CHECK: call @ai_str_len(
def measure(s):
    return len(s + "abc")


show(1, 2.5, "s")
print(fmt(3.14159, 42), char_of(65), quoted("it's"), measure("héllo"))
