"""`aithon-py-specialize`: local decisions from the types on values, before `aithon-lower-py`.

* `py.binop` add / sub / mul / floordiv / mod of two `!py.int` (a bool operand becomes the int 0 or
  1, as in Python): an inline fast path on tagged words (x << 1 | 1). When both are small and the
  result fits, the word is computed in a few instructions; otherwise control goes to a slow block
  holding the original `py.binop` (lowered later to `ai_int_*`, which also raises
  ZeroDivisionError with CPython's message), and both paths join with a block argument.
    add: a + (b - 1)   sub: a - (b - 1)   mul: (a >> 1) * (b - 1) + 1   (signed-overflow checked)
    floordiv / mod: floor division of the untagged values by a nonzero small divisor.
    and / or / xor: on the words (xor sets the tag again); x >> n, x << n for a count 0 <= n
    (<< only up to 62 and while it fits); `py.unary` neg (2 - w), invert (-w), pos (w).
* `py.compare` lt..ge of two ints: both small → `arith.cmpi` on the words (tagging keeps the order),
  else the slow `py.compare`. `py.truth` of an int: a small int is true unless its word is 1.
* Two `!py.float` (or a float and a bool): add / sub / mul are `arith` ops; truediv checks the
  divisor first (a block with `py.raise` ZeroDivisionError "float division by zero"); compare is
  `arith.cmpf` (ordered, `une` for !=); truth is `cmpf une 0.0`.

Typed values enter and leave the arith world through `builtin.unrealized_conversion_cast`
(`!py.int` ↔ i64, `!py.float` ↔ f64, `!py.bool` ↔ i1): they become identities in `aithon-lower-py`,
which removes them. Ops inside an `async.execute` body are left alone (the body must stay one block).
Blocks are split once per block at all fast paths (`blocks.split_after`), in linear time.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import cf

from .blocks import block_key, op_name, split_after
from .common import guarded, top_level_symbols
from .lower_py_emit import Emitter, kind_of

NAME = "aithon-py-specialize"
SUMMARY = "inline fast paths for py operators on small ints and floats"
INT_OPS = ("add", "sub", "mul", "floordiv", "mod", "and", "or", "xor", "lshift", "rshift")
INT_UNARY = ("neg", "pos", "invert")
BITWISE = {"and": "arith.andi", "or": "arith.ori", "xor": "arith.xori"}
FLOAT_OPS = {"add": "arith.addf", "sub": "arith.subf", "mul": "arith.mulf", "truediv": "arith.divf"}
INT_PRED = {"lt": "slt", "le": "sle", "eq": "eq", "ne": "ne", "gt": "sgt", "ge": "sge"}
FLOAT_PRED = {"lt": "olt", "le": "ole", "eq": "oeq", "ne": "une", "gt": "ogt", "ge": "oge"}
LOWERED = {"int": "i64", "float": "f64", "bool": "i1"}
SMALL_LIMIT = 2**62  # |quotient| of two small ints can reach it only as -2**62 // -1


def run(op, pass_) -> None:
    guarded(_run, op, pass_)


def _run(module) -> None:
    with ir.Location.unknown(module.context):
        sp = _Specializer(module, top_level_symbols(module))
        for block, ops in _candidates(module):
            sp.checks = []
            for op in ops:
                sp.loc, sp.ip = op.location, ir.InsertionPoint(op)
                sp.specialize(op)
            _split(block, sp.checks)


def _small_const(value) -> int | None:
    """The value of a `py.constant` small int operand (None otherwise); 0 counts as unknown."""
    owner = value.owner
    if not isinstance(owner, (ir.Operation, ir.OpView)) or op_name(owner) != "py.constant":
        return None
    if "value" not in owner.attributes:
        return None
    try:  # a big int constant holds its digits in a string attribute
        v = ir.IntegerAttr(owner.attributes["value"]).value
    except ValueError:
        return None
    return v if v and -SMALL_LIMIT <= v < SMALL_LIMIT else None


def _kinds(op) -> tuple[list[str], list[str]]:
    return [kind_of(str(v.type)) for v in op.operands], [kind_of(str(r.type)) for r in op.results]


def _wanted(op) -> bool:
    ins, outs = _kinds(op)
    if not all(k in ("int", "bool", "float") for k in ins):
        return False
    if "float" in ins and "int" in ins:  # int → float can raise OverflowError: left to the runtime
        return False
    name = ir.StringAttr(op.attributes["op"]).value if "op" in op.attributes else ""
    if op.name == "py.binop":
        if "float" in ins:
            return name in FLOAT_OPS and outs == ["float"]
        return name in INT_OPS and outs == ["int"]
    if op.name == "py.compare":
        return name in INT_PRED and outs == ["bool"] and (set(ins) <= {"int", "bool"} or "float" in ins)
    if op.name == "py.unary":
        return name in INT_UNARY and ins[0] in ("int", "bool") and outs == ["int"]
    return op.name == "py.truth" and ins[0] in ("int", "float")


def _candidates(module) -> list:
    """[(block, [ops])]: the py ops with a fast path, grouped by block, in block order; only in
    function bodies (an async.execute body must stay one block)."""
    groups: dict = {}

    def visit(op):
        op = op.operation if hasattr(op, "operation") else op
        if op.name in ("py.binop", "py.compare", "py.truth", "py.unary") and op_name(op.block.owner) in ("func.func", "async.func"):
            if _wanted(op):
                key = block_key(op.block)
                groups.setdefault(key, (op.block, []))[1].append(op)
        return ir.WalkResult.ADVANCE

    module.walk(visit, ir.WalkOrder.PRE_ORDER)
    return list(groups.values())


class _Specializer(Emitter):
    """Builds the fast paths; `checks` collects what the block split needs, per block:
    ("fast", anchor, ok, fast value, slow op) or ("raise", anchor, cond, raise block)."""

    def __init__(self, module, symbols):
        super().__init__(module, symbols)
        self.raise_blocks: dict = {}

    def cast(self, v, type_text: str):
        return self.value("builtin.unrealized_conversion_cast", [v], self.type(type_text))

    def operand(self, v, kind: str, want: str):
        """An operand as an untyped value of `want` ("int": the tagged i64 word, "float": f64)."""
        raw = self.cast(v, LOWERED[kind])
        if kind == want:
            return raw
        if want == "int":  # bool: the words of 1 and 0
            return self.select(raw, self.const_int(3), self.const_int(1))
        if kind == "bool":
            return self.value("arith.uitofp", [raw], self.f64)
        raise AssertionError((kind, want))

    def specialize(self, op) -> None:
        ins, _ = _kinds(op)
        name = ir.StringAttr(op.attributes["op"]).value if "op" in op.attributes else ""
        if "float" in ins:
            self._float(op, name, ins)
        elif op.name == "py.binop":
            self._int_binop(op, name, ins)
        elif op.name == "py.unary":
            self._int_unary(op, name, ins[0])
        elif op.name == "py.compare":
            x, y = (self.operand(v, k, "int") for v, k in zip(op.operands, ins))
            tagged = self._both_small(x, y)
            fast = self.cmpi(INT_PRED[name], x, y)
            self._fast(op, tagged, self.cast(fast, "!py.bool"))
        else:  # truth of an int: a small int is false only as the word of 0
            x = self.operand(op.operands[0], "int", "int")
            self._fast(op, self._both_small(x, x), self.cmpi("ne", x, self.const_int(1)))

    def _fast(self, op, ok, fast) -> None:
        # `fast` is the last value built before `op`: the block is cut after it, and after `op`
        self.checks.append(("fast", fast.owner, ok, fast, op))

    def _both_small(self, x, y):
        both = self.value("arith.andi", [x, y], self.i64)
        return self.cmpi("ne", self.value("arith.andi", [both, self.const_int(1)], self.i64), self.const_int(0))

    def _int_binop(self, op, name, ins) -> None:
        x, y = (self.operand(v, k, "int") for v, k in zip(op.operands, ins))
        small = self._both_small(x, y)
        if name in ("floordiv", "mod"):
            word, fits = self._divmod(name, x, y, small, _small_const(op.operands[1]))
        elif name in BITWISE:  # bitwise on the words keeps the tag (xor clears it: set it again)
            word, fits = self.value(BITWISE[name], [x, y], self.i64), self.const_bool(True)
            if name == "xor":
                word = self.value("arith.ori", [word, self.const_int(1)], self.i64)
        elif name in ("lshift", "rshift"):
            word, fits = self._shift(name, x, y)
        else:
            word, fits = self._add_sub_mul(name, x, y)
        ok = self.value("arith.andi", [small, fits], self.i1)
        self._fast(op, ok, self.cast(word, "!py.int"))

    def _shift(self, name, x, y):
        """(word, fits) of x << n / x >> n for a small count 0 <= n (a negative count is the slow
        path's ValueError). Shift amounts are kept below 64 on every path, so no value is poison."""
        one, n = self.const_int(1), self.value("arith.shrsi", [y, self.const_int(1)], self.i64)
        if name == "rshift":  # floor(x / 2**n): shift the word, put the tag back; n > 63 acts as 63
            limit = self.const_int(63)
            m = self.select(self.cmpi("ule", n, limit), n, limit)
            word = self.value("arith.ori", [self.value("arith.shrsi", [x, m], self.i64), one], self.i64)
            return word, self.cmpi("sge", n, self.const_int(0))
        limit = self.const_int(62)  # beyond, only 0 << n is small: the slow path gives it
        in_range = self.cmpi("ule", n, limit)  # unsigned: a negative count is out of range too
        m = self.select(in_range, n, self.const_int(0))
        base = self.value("arith.subi", [x, one], self.i64)  # 2 * x
        shifted = self.value("arith.shli", [base, m], self.i64)
        back = self.value("arith.shrsi", [shifted, m], self.i64)
        fits = self.value("arith.andi", [in_range, self.cmpi("eq", back, base)], self.i1)
        return self.value("arith.ori", [shifted, one], self.i64), fits

    def _int_unary(self, op, name, kind) -> None:
        """-x is 2 - w (overflows only for -2**62), ~x is -w, +x is w; a big int takes the slow path."""
        x = self.operand(op.operands[0], kind, "int")
        small = self._both_small(x, x)
        if name == "neg":
            word = self.value("arith.subi", [self.const_int(2), x], self.i64)
            fits = self.cmpi("ne", x, self.const_int(-(2**63) + 1))  # the word of -2**62
            small = self.value("arith.andi", [small, fits], self.i1)
        elif name == "invert":
            word = self.value("arith.subi", [self.const_int(0), x], self.i64)
        else:
            word = x
        self._fast(op, small, self.cast(word, "!py.int"))

    def _add_sub_mul(self, name, x, y):
        """(word, no overflow) of a small-int add / sub / mul on tagged words."""
        t = self.value("arith.subi", [y, self.const_int(1)], self.i64)  # 2 * y
        zero = self.const_int(0)
        if name == "mul":
            xv = self.value("arith.shrsi", [x, self.const_int(1)], self.i64)
            wide = self.op("arith.mulsi_extended", [xv, t], [self.i64, self.i64])
            lo, hi = wide.results[0], wide.results[1]
            fits = self.cmpi("eq", hi, self.value("arith.shrsi", [lo, self.const_int(63)], self.i64))
            return self.value("arith.ori", [lo, self.const_int(1)], self.i64), fits
        r = self.value("arith.addi" if name == "add" else "arith.subi", [x, t], self.i64)
        # signed overflow: the result's sign differs from both inputs (add), from x and not t (sub)
        a = self.value("arith.xori", [x, r], self.i64)
        b = self.value("arith.xori", [t, r] if name == "add" else [x, t], self.i64)
        both = self.value("arith.andi", [a, b], self.i64)
        return r, self.cmpi("sge", both, zero)

    def _divmod(self, name, x, y, small, y_const: int | None = None):
        """(word, fits) of Python's floor division / modulo of small ints by a nonzero small divisor
        (the divisor is made 1 on the other paths so that no division traps). A nonzero constant
        divisor is used as the constant it is, so LLVM turns the division into multiplies and
        shifts (a select on the tag test would hide it: an idiv per `% 7`)."""
        one = self.const_int(1)
        xv = self.value("arith.shrsi", [x, one], self.i64)
        if y_const:
            nonzero, yv = self.const_bool(True), self.const_int(y_const)
        else:
            nonzero = self.cmpi("ne", y, one)  # the word of 0 is 1
            usable = self.value("arith.andi", [small, nonzero], self.i1)
            yv = self.select(usable, self.value("arith.shrsi", [y, one], self.i64), one)
        q = self.value("arith.floordivsi", [xv, yv], self.i64)
        if name == "floordiv":
            v, fits = q, self.cmpi("ne", q, self.const_int(SMALL_LIMIT))
        else:  # x - floor(x / y) * y takes the divisor's sign, as Python's %
            v = self.value("arith.subi", [xv, self.value("arith.muli", [q, yv], self.i64)], self.i64)
            fits = self.const_bool(True)
        fits = self.value("arith.andi", [fits, nonzero], self.i1)
        word = self.value("arith.ori", [self.value("arith.shli", [v, one], self.i64), one], self.i64)
        return word, fits

    def _float(self, op, name, ins) -> None:
        values = [self.operand(v, k, "float") for v, k in zip(op.operands, ins)]
        if op.name == "py.truth":
            result = self.cmpf("une", values[0], self.const_f64(0.0))
        elif op.name == "py.compare":
            result = self.cast(self.cmpf(FLOAT_PRED[name], *values), "!py.bool")
        else:
            if name == "truediv":
                zero = self.cmpf("oeq", values[1], self.const_f64(0.0))
                self.checks.append(("raise", zero.owner, zero, self._raise_block(op)))
            result = self.cast(self.value(FLOAT_OPS[name], values, self.f64), "!py.float")
        op.results[0].replace_all_uses_with(result)
        op.erase()

    def _raise_block(self, op):
        """One block per function at its end: raise ZeroDivisionError("float division by zero")."""
        region = op.block.region
        key = block_key(region.blocks[0])
        block = self.raise_blocks.get(key)
        if block is None:
            block = self.raise_blocks[key] = region.blocks.append()
            ip = ir.InsertionPoint(block)
            attrs = {"type": ir.StringAttr.get("ZeroDivisionError"),
                     "message": ir.StringAttr.get("float division by zero")}
            ir.Operation.create("py.raise", attributes=attrs, loc=op.location, ip=ip)
            ir.Operation.create("llvm.unreachable", loc=op.location, ip=ip)
        return block


def _split(block, checks) -> None:
    """One split of `block` for all its fast paths: pre → (fast: join | slow) → join, where the join
    piece takes the result as a block argument."""
    if not checks:
        return
    cuts = []
    for check in checks:
        cuts.append(check[1])
        if check[0] == "fast":
            cuts.append(check[4])
    pieces = split_after(block, cuts)
    i = 0
    for check in checks:
        loc = check[1].location
        if check[0] == "raise":
            cf.CondBranchOp(check[2], [], [], check[3], pieces[i + 1], loc=loc, ip=ir.InsertionPoint(pieces[i]))
            i += 1
            continue
        _, _, ok, fast, slow = check
        join = pieces[i + 2]
        result = slow.results[0]
        arg = join.add_argument(result.type, loc)
        result.replace_all_uses_with(arg)
        cf.CondBranchOp(ok, [fast], [], join, pieces[i + 1], loc=loc, ip=ir.InsertionPoint(pieces[i]))
        cf.BranchOp([result], join, loc=loc, ip=ir.InsertionPoint(pieces[i + 1]))
        i += 2
