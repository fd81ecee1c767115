# RUN: aithon compile %s --emit=actor --mlir-print-debuginfo > %t.mlir
# RUN: mlir-opt %t.mlir --irdl-file=%aithon_dialects/actor.irdl.mlir --mlir-print-debuginfo | FileCheck %s
# A real dump of `aithon compile --emit=actor` (not a hand-written one) parses and verifies in the
# wheel's stock mlir-opt with the actor dialect loaded from its IRDL source alone, locations included.
import asyncio


async def fetch(uid):
    await asyncio.sleep(0)
    return uid * 2


# CHECK-LABEL: async.func @py.main(
# CHECK: "actor.spawn"(%{{.*}}, %{{.*}}) {callee = @py.fetch, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref loc(
# CHECK: "actor.safepoint"(%{{.*}}) : (!llvm.ptr) -> () loc(
# CHECK: "actor.receive"(%{{.*}}, %{{.*}}) : (!llvm.ptr, !actor.ref) -> i64 loc(
async def main():
    a, b = await asyncio.gather(fetch(1), fetch(2))
    print(a + b)


asyncio.run(main())
