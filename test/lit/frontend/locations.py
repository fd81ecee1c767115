# RUN: aithon compile %s --emit=python-ir --mlir-print-debuginfo | FileCheck %s
# Every op carries the Python file:line:col (1-based column) it came from.
import asyncio


# CHECK-LABEL: async.func @py.work(
# CHECK: arith.mulsi_extended {{.*}} loc("{{.*}}locations.py":[[# @LINE + 3]]:9)
# CHECK: {{(async\.)?}}call @py.helper({{.*}} loc("{{.*}}locations.py":[[# @LINE + 3]]:12)
async def work(n):
    m = n * n
    return await helper(m)


# CHECK-LABEL: async.func @py.helper(
# CHECK: func.call @ai_write_i64({{.*}} loc("{{.*}}locations.py":[[# @LINE + 2]]:5)
async def helper(x):
    print(x)
    return x


asyncio.run(work(3))
