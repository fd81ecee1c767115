# RUN: aithon compile %s --emit=py --mlir-print-debuginfo | FileCheck %s --check-prefix=PY
# RUN: aithon compile %s --emit=python-ir --mlir-print-debuginfo | FileCheck %s --check-prefix=IR
# Every op carries the Python file:line:col (1-based column) it came from: the front end sets it on
# each py op, and the lowering keeps it on the ops it expands them into.
import asyncio


# The py ops of an expression sit at the start of that expression: the binop at `n * n`, each operand
# at its own column, the call and its await at `helper(m)`.
# PY-LABEL: async.func @py.work(
# PY: "py.load"({{.*}} loc("{{.*}}locations.py":[[# @LINE + 17]]:9)
# PY: "py.load"({{.*}} loc("{{.*}}locations.py":[[# @LINE + 16]]:13)
# PY: "py.binop"({{.*}} {op = "mul"} {{.*}} loc("{{.*}}locations.py":[[# @LINE + 15]]:9)
# PY: call @py.helper({{.*}} loc("{{.*}}locations.py":[[# @LINE + 15]]:12)
# PY-NEXT: await {{.*}} loc("{{.*}}locations.py":[[# @LINE + 14]]:12)
# PY-NOT: loc(unknown)

# Lowered, the tagged-int fast path (mulsi_extended) and its big-int fallback (ai_int_mul) both keep
# the location of `n * n`; the call of helper keeps its own.
# IR-LABEL: async.func @py.work(
# IR: arith.mulsi_extended {{.*}} loc("{{.*}}locations.py":[[# @LINE + 7]]:9)
# IR: func.call @ai_int_mul({{.*}} loc("{{.*}}locations.py":[[# @LINE + 6]]:9)
# IR: call @py.helper({{.*}} loc("{{.*}}locations.py":[[# @LINE + 6]]:12)
# IR-NOT: loc(unknown)
# The function itself is located at its `def` line.
# PY: } loc("{{.*}}locations.py":[[# @LINE + 1]]:1)
async def work(n):
    m = n * n
    return await helper(m)


# print is one py.print at the statement; lowered, it writes the int at the same place.
# PY-LABEL: async.func @py.helper(
# PY: "py.print"({{.*}} loc("{{.*}}locations.py":[[# @LINE + 4]]:5)
# IR-LABEL: async.func @py.helper(
# IR: func.call @ai_write_int({{.*}} loc("{{.*}}locations.py":[[# @LINE + 2]]:5)
async def helper(x):
    print(x)
    return x


asyncio.run(work(3))
