"""The small-int fast paths of `aithon-py-specialize`, run: py IR → aithon-py-specialize →
aithon-lower-py → LLVM → object, linked with C stubs for the slow runtime functions. The stubs
return the word 0 (no valid int) and count their calls, so each result says which path ran: when
Python's result is a small int (|v| < 2**62) and the divisor is not 0, the fast path must give its
tagged word; otherwise the slow path must run. Boundary values come from the tagging itself."""

import os
import subprocess
import tempfile

import pytest
from mlir import ir

from aithon import pipeline, toolchain
from aithon.dialect import make_context
from aithon.passes import build_pass_manager

OPS = ("add", "sub", "mul", "floordiv", "mod", "and", "or", "xor", "lshift", "rshift")
UNARY = ("neg", "pos", "invert")
CMPS = ("lt", "le", "eq", "ne", "gt", "ge")
SMALL_MAX = 2**62 - 1
VALUES = [0, 1, -1, 2, -2, 3, -7, 7, 1000, -1000, 2**31, -(2**31), 2**61, -(2**61), SMALL_MAX, -SMALL_MAX - 1,
          SMALL_MAX - 1, -SMALL_MAX, 3037000499, -3037000499, 2**32 + 5]

STUBS = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>
long slow_calls;
#define SLOW2(name) int64_t name(void *c, int64_t a, int64_t b) { (void)c; (void)a; (void)b; slow_calls++; return 0; }
#define SLOW1(name) int64_t name(void *c, int64_t a) { (void)c; (void)a; slow_calls++; return 0; }
SLOW2(ai_int_add) SLOW2(ai_int_sub) SLOW2(ai_int_mul) SLOW2(ai_int_floordiv) SLOW2(ai_int_mod)
SLOW2(ai_int_and) SLOW2(ai_int_or) SLOW2(ai_int_xor) SLOW2(ai_int_lshift) SLOW2(ai_int_rshift)
SLOW1(ai_int_neg) SLOW1(ai_int_pos) SLOW1(ai_int_invert)
int64_t ai_int_cmp(int64_t a, int64_t b) { (void)a; (void)b; slow_calls++; return 0; }
bool ai_obj_truth(void *c, int64_t a) { (void)c; (void)a; slow_calls++; return false; }
bool ai_exc_pending(void *c) { (void)c; return false; }
"""


def _function(name: str, body: str, result: str) -> str:
    return (f"func.func @py.{name}(%ctx: !llvm.ptr, %a: !py.int, %b: !py.int) -> {result} {{\n"
            f"  {body}\n  return %r : {result}\n}}\n")


def _module() -> str:
    text = "".join(_function(op, f'%r = "py.binop"(%a, %b) {{op = "{op}"}} : (!py.int, !py.int) -> !py.int',
                             "!py.int") for op in OPS)
    text += "".join(_function(c, f'%p = "py.compare"(%a, %b) {{op = "{c}"}} : (!py.int, !py.int) -> !py.bool\n'
                                 '  %r = "py.truth"(%p) : (!py.bool) -> i1', "i1") for c in CMPS)
    text += "".join(_function(u, f'%r = "py.unary"(%a) {{op = "{u}"}} : (!py.int) -> !py.int', "!py.int")
                    for u in UNARY)
    text += _function("truth", '%r = "py.truth"(%a) : (!py.int) -> i1', "i1")
    return text


def _llvm_ir() -> str:
    from mlir.dialects.llvm import translate_module_to_llvmir

    ctx = make_context()
    with ctx:
        module = ir.Module.parse(_module())
        passes = ["aithon-py-specialize", "aithon-lower-py", "convert-arith-to-llvm", "convert-func-to-llvm",
                  "convert-cf-to-llvm", "reconcile-unrealized-casts"]
        build_pass_manager(ctx, passes).run(module.operation)
        return str(translate_module_to_llvmir(module.operation))


def _driver(pairs) -> str:
    decls = "".join(f'int64_t f_{op}(void *, int64_t, int64_t) __asm__("py.{op}");\n' for op in OPS + UNARY)
    decls += "".join(f'bool f_{c}(void *, int64_t, int64_t) __asm__("py.{c}");\n' for c in CMPS + ("truth",))
    rows = ",\n".join(f"{{{_word(a)}LL, {_word(b)}LL}}" for a, b in pairs)
    calls = "".join(f'    r = slow_calls; w = f_{op}(0, p[i][0], p[i][1]); '
                    f'printf("%lld %ld\\n", (long long)w, slow_calls - r);\n' for op in OPS + UNARY)
    calls += "".join(f'    r = slow_calls; w = f_{c}(0, p[i][0], p[i][1]); '
                     f'printf("%lld %ld\\n", (long long)w, slow_calls - r);\n' for c in CMPS + ("truth",))
    return (STUBS + decls + f"static const int64_t p[][2] = {{\n{rows}\n}};\n"
            "int main(void) {\n  long r; int64_t w;\n"
            f"  for (unsigned i = 0; i < {len(pairs)}; i++) {{\n{calls}  }}\n  return 0;\n}}\n")


def _word(v: int) -> str:
    w = (v << 1) | 1
    return str(w) if w != -(2**63) else "(-9223372036854775807LL-1)"


def _expected(op: str, a: int, b: int):
    if op in CMPS:
        return {"lt": a < b, "le": a <= b, "eq": a == b, "ne": a != b, "gt": a > b, "ge": a >= b}[op]
    if op in ("floordiv", "mod") and b == 0 or op in ("lshift", "rshift") and b < 0:
        return None  # ZeroDivisionError / ValueError: the slow path raises
    if op == "lshift" and b > 62:
        return None  # the fast path's limit (only 0 << b would be small)
    if op in UNARY:
        return {"neg": -a, "pos": a, "invert": ~a}[op]
    return {"add": a + b, "sub": a - b, "mul": a * b, "floordiv": a // b if b else 0, "mod": a % b if b else 0,
            "and": a & b, "or": a | b, "xor": a ^ b, "lshift": a << b if 0 <= b <= 62 else 0,
            "rshift": a >> b if b >= 0 else 0}[op]


@pytest.fixture(scope="module")
def results():
    pairs = [(a, b) for a in VALUES for b in VALUES]
    with tempfile.TemporaryDirectory(prefix="aithon-spec-") as tmp:
        obj, drv, exe = (os.path.join(tmp, n) for n in ("f.o", "main.c", "main"))
        pipeline.ir_to_object(_llvm_ir(), obj)
        with open(drv, "w") as fh:
            fh.write(_driver(pairs))
        subprocess.run([toolchain.c_compiler(), "-O1", drv, obj, "-o", exe], check=True)
        out = subprocess.run([exe], check=True, stdout=subprocess.PIPE, text=True).stdout.split("\n")
    names = OPS + UNARY + CMPS + ("truth",)
    lines = iter(out)
    found = {}
    for a, b in pairs:
        for name in names:
            word, slow = next(lines).split()
            found[(name, a, b)] = (int(word), int(slow))
    return found


@pytest.mark.parametrize("op", OPS + UNARY)
def test_arithmetic_fast_path_is_exact_and_falls_back_on_overflow(results, op):
    for a in VALUES:
        for b in VALUES:
            word, slow = results[(op, a, b)]
            want = _expected(op, a, b)
            if want is not None and -SMALL_MAX - 1 <= want <= SMALL_MAX:
                assert (slow, word) == (0, (want << 1) | 1), (op, a, b)
            else:
                assert (slow, word) == (1, 0), (op, a, b)


@pytest.mark.parametrize("op", CMPS)
def test_comparisons_of_small_ints_compare_words(results, op):
    for a in VALUES:
        for b in VALUES:
            assert results[(op, a, b)] == (int(_expected(op, a, b)), 0), (op, a, b)


def test_truth_of_a_small_int(results):
    for a in VALUES:
        assert results[("truth", a, 0)] == (int(a != 0), 0), a
