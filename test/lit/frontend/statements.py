# RUN: aithon compile %s --emit=py | FileCheck %s
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=IR
# RUN: aithon run %s | FileCheck %s --check-prefix=OUT
# Control flow is emitted in CFG form (cf.br / cf.cond_br) already at the py stage: awaits inside
# scf regions do not lower. Locals are py.local slots there; lowered, they live in llvm.alloca
# slots that LLVM's SROA promotes to registers.


# if/elif/else: one conditional branch per test; both arms join in a merge block.
# CHECK-LABEL: func.func @py.sign(
# CHECK-DAG: %[[R:.*]] = "py.local"() {name = "r"} : () -> !py.var<!py.int>
# CHECK-DAG: "py.local"() {name = "x"} : () -> !py.var<!py.int>
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "gt"}
# CHECK: cf.cond_br %{{.*}}, ^[[POS:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK: ^[[POS]]:
# CHECK: return
# CHECK: ^[[ELSE]]:
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "lt"}
# CHECK: cf.cond_br %{{.*}}, ^[[NEG:bb[0-9]+]], ^[[ZERO:bb[0-9]+]]
# CHECK: ^[[NEG]]:
# CHECK: cf.br ^[[JOIN:bb[0-9]+]]
# CHECK: ^[[ZERO]]:
# CHECK: cf.br ^[[JOIN]]
# CHECK-NOT: llvm.alloca
# Lowered, each of the two locals is an alloca slot, made before the frame is entered.
# IR-LABEL: func.func @py.sign(
# IR-COUNT-2: llvm.alloca
# IR-NOT: llvm.alloca
# IR: call @ai_depth_enter
def sign(x):
    r = 0
    if x > 0:
        return 1
    elif x < 0:
        r = -1
    else:
        r = 0
    return r


# while with break/continue: the back-edges (continue, end of body) branch to the loop header,
# which comes first; break branches to the exit.
# CHECK-LABEL: func.func @py.count(
# CHECK: cf.br ^[[HDR:bb[0-9]+]]
# CHECK: ^[[HDR]]:
# CHECK: cf.cond_br %{{.*}}, ^[[BODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK: ^[[BODY]]:
# CHECK: cf.br ^[[HDR]]
# CHECK: cf.br ^[[EXIT]]
# CHECK: cf.br ^[[HDR]]
# CHECK: ^[[EXIT]]:
def count(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i > 10:
            break
    return i


# for over range() with a constant positive step: the bounds are evaluated once into hidden `$`
# slots, the counter is compared with `lt` only and stepped by the constant; no zero-step check.
# CHECK-LABEL: func.func @py.total(
# CHECK-DAG: %[[STOP:.*]] = "py.local"() {name = "stop${{[0-9]+}}"} : () -> !py.var<!py.int>
# CHECK-DAG: %[[CTR:.*]] = "py.local"() {name = "for${{[0-9]+}}"} : () -> !py.var<!py.int>
# CHECK-NOT: "py.raise"
# CHECK: cf.br ^[[HDR:bb[0-9]+]]
# CHECK: ^[[HDR]]:
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "lt"} : (!py.int, !py.int) -> !py.bool
# CHECK: %[[TWO:.*]] = "py.constant"() {value = 2 : i64} : () -> !py.int
# CHECK: "py.binop"(%{{.*}}, %[[TWO]]) {op = "add"}
# CHECK: cf.br ^[[HDR]]
# CHECK-NOT: {op = "gt"}
# CHECK: return
def total(n):
    s = 0
    for i in range(1, n, 2):
        s += i
    return s


# range() with a computed step raises ValueError on zero, as CPython does; the direction is then
# chosen at run time (an `up$` flag selects `lt` or `gt`).
# CHECK-LABEL: func.func @py.stepped(
# CHECK: %[[UP:.*]] = "py.local"() {name = "up${{[0-9]+}}"} : () -> !py.var<!py.bool>
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "eq"}
# CHECK: cf.cond_br %{{.*}}, ^[[BAD:bb[0-9]+]], ^[[OK:bb[0-9]+]]
# CHECK: ^[[BAD]]:
# CHECK-NEXT: "py.raise"() {message = "range() arg 3 must not be zero", type = "ValueError"} : () -> ()
# CHECK-NEXT: llvm.unreachable
# CHECK: ^[[OK]]:
# CHECK: "py.store"(%{{.*}}, %[[UP]]) : (!py.bool, !py.var<!py.bool>) -> ()
# CHECK: {op = "lt"}
# CHECK: {op = "gt"}
def stepped(n, k):
    s = 0
    for i in range(0, n, k):
        s += i
    return s


# Tuple assignment evaluates every right-hand side before storing.
# CHECK-LABEL: func.func @py.swap(
# CHECK-DAG: %[[BSLOT:.*]] = "py.local"() {name = "b"}
# CHECK-DAG: %[[ASLOT:.*]] = "py.local"() {name = "a"}
# CHECK: %[[B:.*]] = "py.load"(%[[BSLOT]])
# CHECK-NEXT: %[[A:.*]] = "py.load"(%[[ASLOT]])
# CHECK-NEXT: "py.store"(%[[B]], %[[ASLOT]])
# CHECK-NEXT: "py.store"(%[[A]], %[[BSLOT]])
def swap(a, b):
    a, b = b, a
    return a - b


# A `while True` loop without break never reaches the code after it: no implicit return and no
# unreachable block; the function ends with the back-edge.
# CHECK-LABEL: func.func @py.forever(
# CHECK: cf.br ^[[HDR:bb[0-9]+]]
# CHECK-NOT: llvm.unreachable
# CHECK: return
# CHECK-NOT: llvm.unreachable
# CHECK: cf.br ^[[HDR]]
# CHECK-NEXT: }
def forever(n):
    while True:
        if n > 0:
            return n
        n += 1


# The values CPython prints.
# OUT: -1 11 25 18 1 1
print(sign(-5), count(20), total(10), stepped(10, 3), swap(1, 2), forever(-3))
