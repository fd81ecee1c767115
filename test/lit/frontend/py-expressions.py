# RUN: aithon compile %s --emit=py | FileCheck %s
# The py front end: expressions become py ops on Python-typed values, nothing lowered yet.
import asyncio


# int arithmetic stays one py.binop per operator on !py.int (ints of any size).
# CHECK-LABEL: func.func @py.poly(
# CHECK-SAME: %{{.*}}: !llvm.ptr, %{{.*}}: !py.int {py.name = "x", py.type = "int"}) -> !py.int
# CHECK: %[[XV:.*]] = "py.load"(%{{.*}}) : (!py.var<!py.int>) -> !py.int
# CHECK: %[[SQ:.*]] = "py.binop"(%[[XV]], %{{.*}}) {op = "mul"} : (!py.int, !py.int) -> !py.int
# CHECK: "py.binop"(%[[SQ]], %{{.*}}) {op = "add"} : (!py.int, !py.int) -> !py.int
# CHECK-NOT: llvm.alloca
# CHECK-NOT: func.call @ai_
# CHECK: return %{{.*}} : !py.int
def poly(x):
    return x * x + 1


# A constant beyond 64 bits is a py.constant holding its decimal digits.
# CHECK-LABEL: func.func @py.big(
# CHECK: "py.constant"() {value = "1267650600228229401496703205376"} : () -> !py.int
def big():
    return 2 ** 100 + 0 * 1267650600228229401496703205376


# A known non-negative constant exponent keeps int ** int an int; a negative one gives a float.
# CHECK-LABEL: func.func @py.powers(
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "pow"} : (!py.int, !py.int) -> !py.int
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "pow"} : (!py.int, !py.int) -> !py.float
def powers(n):
    a = n ** 3
    b = n ** -1
    return b


# A variable that changes type lives in a !py.obj variable; typed values are boxed into it.
# CHECK-LABEL: func.func @py.changes(
# CHECK: %[[V:.*]] = "py.local"() {name = "v"} : () -> !py.var<!py.obj>
# CHECK: %[[B:.*]] = "py.box"(%{{.*}}) : (!py.int) -> !py.obj
# CHECK: "py.store"(%[[B]], %[[V]]) : (!py.obj, !py.var<!py.obj>) -> ()
# CHECK: "py.box"(%{{.*}}) : (!py.str) -> !py.obj
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "add"} : (!py.obj, !py.obj) -> !py.obj
def changes(flag):
    v = 1
    if flag:
        v = "one"
    return v + v


# `and` / `or` return an operand: the result has the operands' joined type.
# CHECK-LABEL: func.func @py.fallback(
# CHECK: "py.truth"(%{{.*}}) : (!py.int) -> i1
# CHECK: cf.cond_br
# CHECK: -> !py.obj
def fallback(n):
    return n or "fallback"


# Comparison chains evaluate each operand once and stop at the first false link.
# CHECK-LABEL: func.func @py.between(
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "lt"} : (!py.int, !py.int) -> !py.bool
# CHECK: cf.cond_br
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "le"} : (!py.int, !py.float) -> !py.bool
def between(a, b):
    return 0 < a <= b * 1.5


async def main():
    print(poly(3), big(), powers(2), changes(0), changes(1), fallback(0), between(1, 2))


asyncio.run(main())
