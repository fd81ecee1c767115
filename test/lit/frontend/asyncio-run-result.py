# RUN: aithon compile %s --emit=py | FileCheck %s --check-prefix=PY
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=IR
# RUN: aithon run %s | FileCheck %s --check-prefix=OUT
# asyncio.run(main()) returns main's value: an adapter stores it as one word in the context once
# main has finished; the module body reads it back after the loop has stopped (and after checking
# for an exception: a failed main has no value).
import asyncio


# The front end keeps asyncio.run as one py.run of main's coroutine, typed by main's result.
# PY-LABEL: func.func @__aithon_module_init(
# PY: %[[CO:.*]] = async.call @py.main(%arg0) : (!llvm.ptr) -> !async.value<!py.float>
# PY: %[[R:.*]] = "py.run"(%[[CO]]) : (!async.value<!py.float>) -> !py.float
# PY: "py.box"(%[[R]]) : (!py.float) -> !py.obj
# PY-NOT: ai_asyncio_run

# Lowered, the module body starts the adapter, runs the loop on its token, checks for an exception,
# then reads the word back as a float.
# IR-LABEL: func.func @__aithon_module_init(
# IR: %[[M:.*]] = async.call @aithon.run.py.main(%arg0) : (!llvm.ptr) -> !async.token
# IR: call @ai_asyncio_run_token(%arg0, %[[M]])
# IR: %[[P:.*]] = call @ai_exc_pending(%arg0)
# IR-NEXT: cf.cond_br %[[P]], ^{{.*}}, ^[[OK:bb[0-9]+]]
# IR: ^[[OK]]:
# IR-NEXT: %[[RW:.*]] = call @ai_asyncio_run_result(%arg0) : (!llvm.ptr) -> i64
# IR-NEXT: arith.bitcast %[[RW]] : i64 to f64

# The adapter awaits main and stores its value as one i64 word in the context.
# IR-LABEL: async.func @aithon.run.py.main(
# IR: %[[V:.*]] = call @py.main(%[[CTX:arg0]]) : (!llvm.ptr) -> !async.value<f64>
# IR: %[[R:.*]] = await %[[V]] : !async.value<f64>
# IR: %[[W:.*]] = arith.bitcast %[[R]] : f64 to i64
# IR: func.call @ai_asyncio_run_result_set(%[[CTX]], %[[W]]) : (!llvm.ptr, i64) -> ()
async def main():
    await asyncio.sleep(0)
    return 2.5


# The value printed is main's return value.
# OUT: 2.5
print(asyncio.run(main()))
