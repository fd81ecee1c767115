# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# asyncio.run(main()) returns main's value: an adapter stores it as one word in the context once
# main has finished; the module body reads it back after the loop has stopped (and after checking
# for an exception: a failed main has no value).
import asyncio


# CHECK-LABEL: async.func @aithon.run.py.main(
# CHECK: %[[V:.*]] = call @py.main(%[[CTX:arg0]]) : (!llvm.ptr) -> !async.value<f64>
# CHECK: %[[R:.*]] = await %[[V]] : !async.value<f64>
# CHECK: %[[W:.*]] = arith.bitcast %[[R]] : f64 to i64
# CHECK: func.call @ai_asyncio_run_result_set(%[[CTX]], %[[W]]) : (!llvm.ptr, i64) -> ()

# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: %[[M:.*]] = async.call @aithon.run.py.main(%arg0)
# CHECK: call @ai_asyncio_run_token(%arg0, %[[M]])
# CHECK: call @ai_exc_pending
# CHECK: %[[RW:.*]] = call @ai_asyncio_run_result(%arg0) : (!llvm.ptr) -> i64
# CHECK: arith.bitcast %[[RW]] : i64 to f64
async def main():
    await asyncio.sleep(0)
    return 2.5


print(asyncio.run(main()))
