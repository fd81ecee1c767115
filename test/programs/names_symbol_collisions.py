"""User functions named like specialisations, runtime functions, C library functions, upstream
MLIR/LLVM helpers and the program entry; non-ASCII names. Each program symbol lives in its own
namespace (`py.*`), so every one of them is called, and the runtime's own functions still work."""
import asyncio


def f(x):
    return x


def f__int(x):
    return "f__int"


def f__float(x):
    return "f__float"


def ai_str_concat(a, b):
    return a * 100 + b


def ai_write_str(s):
    return len(s)


def ai_print_str(x):
    return x + 1


def main():
    return "sync main"


def free(x):
    return x - 1


def malloc(n):
    return n * 2


def memcpy(a, b):
    return a + b


def __resume(x):
    return x * 3


def mlirAsyncRuntimeCreateToken():
    return 42


def async_execute_fn(x):
    return -x


def __aithon_module_init():
    return "not the entry"


def 函数(x):
    return x * 2


def é(x):
    return x + 0.5


def e(x):
    return x + 0.25


async def task_body(i):
    await asyncio.sleep(0)
    return "t" + str(i)


async def amain():
    s = "con" + "cat" + str(f(1)) + str(f(2.5))
    print(s, f__int(1), f__float(2))
    print(ai_str_concat(1, 2), ai_write_str("abc"), ai_print_str(3), main())
    print(free(10), malloc(4), memcpy(1, 2), __resume(5), mlirAsyncRuntimeCreateToken())
    print(async_execute_fn(7), __aithon_module_init(), 函数(21), é(1), e(1))
    t = asyncio.create_task(task_body(1))
    results = await asyncio.gather(task_body(2), task_body(3))
    print(await t, results)


asyncio.run(amain())
