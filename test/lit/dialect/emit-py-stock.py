# RUN: aithon compile %s --emit=py --mlir-print-debuginfo > %t.mlir
# RUN: mlir-opt %t.mlir --irdl-file=%aithon_dialects/py.irdl.mlir --mlir-print-debuginfo | FileCheck %s
# A real dump of `aithon compile --emit=py` parses and verifies in the wheel's stock mlir-opt with
# the py dialect loaded from its IRDL source alone, Python locations included.
import asyncio


async def fetch(uid):
    await asyncio.sleep(0)
    return 2 ** 70 + uid


# CHECK-LABEL: async.func @py.main(
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {op = "add"} : (!py.int, !py.int) -> !py.int loc(
# CHECK: "py.print"(%{{.*}}) {end = "\0A", flush = false, sep = " "} : (!py.obj) -> () loc(
# CHECK: loc("{{.*}}emit-py-stock.py":[[@LINE+4]]:11)
async def main():
    a, b = await asyncio.gather(fetch(1), fetch(2))
    x = a + b
    print(x)


asyncio.run(main())
