# RUN: aithon compile %s --emit=py | FileCheck %s
# Statements become cf control flow over py ops; variables are py.local slots.
import asyncio


# for over range: a hidden counter (a compiler-made `$` name no Python identifier can take) and
# the loop variable assigned from it on each iteration.
# CHECK-LABEL: func.func @py.total(
# CHECK-DAG: "py.local"() {name = "for${{[0-9]+}}"} : () -> !py.var<!py.int>
# CHECK-DAG: "py.local"() {name = "i"} : () -> !py.var<!py.int>
# CHECK: ^[[HDR:bb[0-9]+]]:
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "lt"}
# CHECK: cf.cond_br %{{.*}}, ^[[BODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK: ^[[BODY]]:
# CHECK: cf.br ^[[STEP:bb[0-9]+]]
# CHECK: ^[[STEP]]:
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "add"}
# CHECK: cf.br ^[[HDR]]
# CHECK: ^[[EXIT]]:
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s


# A negative constant step counts down; a zero step raises ValueError.
# CHECK-LABEL: func.func @py.down(
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "gt"}
def down(n):
    s = 0
    for i in range(n, 0, -2):
        s += i
    return s


# CHECK-LABEL: func.func @py.zero_step(
# CHECK: "py.raise"() {message = "range() arg 3 must not be zero", type = "ValueError"} : () -> ()
# CHECK-NEXT: llvm.unreachable
def zero_step(n):
    for i in range(n, 0, 0):
        print(i)
    return n


# while, break and continue branch to the loop's blocks.
# CHECK-LABEL: func.func @py.collatz(
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "mod"} : (!py.int, !py.int) -> !py.int
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "floordiv"} : (!py.int, !py.int) -> !py.int
def collatz(n):
    steps = 0
    while True:
        if n == 1:
            break
        steps += 1
        if n % 2 == 0:
            n = n // 2
            continue
        n = 3 * n + 1
    return steps


async def main():
    print(total(10), down(9), collatz(27))
    zero_step(3)


asyncio.run(main())
