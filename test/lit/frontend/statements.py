# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# Control flow is emitted in CFG form (cf.br / cf.cond_br): awaits inside scf regions do not lower.
# Locals live in llvm.alloca slots that LLVM's SROA promotes to registers.


# if/elif/else: one conditional branch per test; both arms join in a merge block.
# CHECK-LABEL: func.func @py.sign(
# CHECK-COUNT-2: llvm.alloca
# CHECK: call @ai_depth_enter
# CHECK: cf.cond_br
# CHECK: cf.cond_br %{{.*}}, ^[[POS:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
# CHECK: ^[[POS]]:
# CHECK: return
# CHECK: ^[[ELSE]]:
# CHECK: cf.cond_br
def sign(x):
    r = 0
    if x > 0:
        return 1
    elif x < 0:
        r = -1
    else:
        r = 0
    return r


# while with break/continue: the back-edge branches to the loop header, which comes first.
# CHECK-LABEL: func.func @py.count(
# CHECK: cf.br ^[[HDR:bb[0-9]+]]
# CHECK: ^[[HDR]]:
# CHECK: cf.cond_br %{{.*}}, ^[[BODY:bb[0-9]+]], ^[[EXIT:bb[0-9]+]]
# CHECK: ^[[BODY]]:
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


# for over range(): the range length is computed once, without signed overflow (the span of a
# 64-bit range needs 64 bits: an unsigned span divided by the step's magnitude), then a hidden
# counter walks it, compared unsigned.
# CHECK-LABEL: func.func @py.total(
# CHECK: %[[SPAN:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : i64
# CHECK: %[[MAG:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : i64
# CHECK: arith.divui %{{.*}}, %[[MAG]] : i64
# CHECK: llvm.load
# CHECK: arith.cmpi ult
# CHECK: cf.cond_br
def total(n):
    s = 0
    for i in range(1, n, 2):
        s += i
    return s


# range() with a computed step raises ValueError on zero, as CPython does.
# CHECK-LABEL: func.func @py.stepped(
# CHECK: arith.cmpi eq
# CHECK: call @ai_raise
def stepped(n, k):
    s = 0
    for i in range(0, n, k):
        s += i
    return s


# Tuple assignment evaluates every right-hand side before storing.
# CHECK-LABEL: func.func @py.swap(
# CHECK: %[[B:.*]] = llvm.load %[[BSLOT:.*]] : !llvm.ptr -> i64
# CHECK: %[[A:.*]] = llvm.load %[[ASLOT:.*]] : !llvm.ptr -> i64
# CHECK: llvm.store %[[B]], %[[ASLOT]]
# CHECK: llvm.store %[[A]], %[[BSLOT]]
def swap(a, b):
    a, b = b, a
    return a - b


# A `while True` loop without break never reaches the code after it: no implicit return.
# CHECK-LABEL: func.func @py.forever(
# CHECK-NOT: llvm.unreachable
# CHECK: return
def forever(n):
    while True:
        if n > 0:
            return n
        n += 1


print(sign(-5), count(20), total(10), stepped(10, 3), swap(1, 2), forever(-3))
