"""The lowering of lists, iteration and `asyncio.run` (package-private to `lower_py.py`).

A `!py.list` is an `ai_list_t *` of object words (element kind `AI_ELEM_OBJ`): the front end boxes
every element into a word and unboxes what it reads (it knows each list's element type, the IR type
`!py.list` does not say it). A `!py.iterator` over a list is a two-word record on the stack
(`llvm.alloca`: the list and the next index), so it lives in the coroutine frame across awaits.
`py.run` of a coroutine that returns a value goes through a small adapter coroutine that stores the
value's word where `ai_asyncio_run_result` finds it, as the legacy front end did.
"""

from __future__ import annotations

from mlir import ir

from .common import PassError
from .lower_py_emit import lower_type_text
from .lower_py_text import TextLowering

ELEM_OBJ = 5  # enum ai_elem_kind: AI_ELEM_OBJ (runtime/include/aithon/rt.h)
BIG_INDEX = "cannot fit 'int' into an index-sized integer"


class ListLowering(TextLowering):
    # ----- words <-> typed values (the front end guarantees the element's type) ------------------
    def from_word(self, w, kind: str):
        if kind in ("int", "obj", "none"):
            return w
        if kind == "float":
            return self.call("ai_float_unbox", [w])
        if kind == "bool":
            return self.cmpi("eq", w, self.immortal("ai_True"))
        if kind == "str":
            return self.value("llvm.inttoptr", [w], self.ptr)
        if kind == "list":
            return self.value("llvm.inttoptr", [w], self.ptr)
        raise PassError(self.loc, f"a list element of type {kind} is not supported yet")

    def index(self, w):
        """A tagged small int as a raw i64; IndexError for a big int (CPython's message)."""
        tagged = self.cmpi("ne", self.value("arith.andi", [w, self.const_int(1)], self.i64), self.const_int(0))
        self.raise_if(self._not(tagged), "IndexError", BIG_INDEX)
        return self.value("arith.shrsi", [w, self.const_int(1)], self.i64)

    # ----- ops --------------------------------------------------------------------------------------
    def lower_build(self, op, ins, outs):
        kind = ir.StringAttr(op.attributes["kind"]).value if "kind" in op.attributes else ""
        if kind != "list":
            raise PassError(op.location, f"py.build of a {kind or '?'} is not supported yet")
        lst = self._new_list(self.const_int(len(op.operands)))
        for i, (v, k) in enumerate(zip(op.operands, ins)):
            self.call("ai_list_set", [lst, self.const_int(i), self.box(*self.source(v, k))])
        return [lst]

    def lower_new_list(self, op, ins, outs):
        return [self._new_list(self.index(op.operands[0]))]

    def _new_list(self, n):
        return self.call("ai_list_new", [self.scope.ctx, n, self.const_int(ELEM_OBJ, self.i32)])

    def lower_getitem(self, op, ins, outs):
        if ins[0] != "list" or ins[1] not in ("int", "bool"):
            raise PassError(op.location, f"py.getitem of {ins[0]} with {ins[1]} is not supported yet")
        i = self.index(self.convert(op.operands[1], ins[1], "int"))
        w = self.call("ai_list_get", [self.scope.ctx, op.operands[0], i])
        return [self.from_word(w, outs[0])]

    def lower_setitem(self, op, ins, outs):
        if ins[0] != "list" or ins[1] != "int":
            raise PassError(op.location, f"py.setitem of {ins[0]} with {ins[1]} is not supported yet")
        word = self.box(op.operands[2], ins[2])
        if "fill" in op.attributes:  # a py.new_list slot, in range by construction: no check
            i = self.value("arith.shrsi", [op.operands[1], self.const_int(1)], self.i64)
            self.call("ai_list_set", [op.operands[0], i, word])
            return
        i = self.index(op.operands[1])
        self.call("ai_list_store", [self.scope.ctx, op.operands[0], i, word])

    def lower_iter(self, op, ins, outs):
        if ins[0] != "list":
            raise PassError(op.location, f"iterating over {ins[0]} is not supported yet")
        state = self.entry_alloca(op, "!llvm.array<2 x i64>")
        self.op("llvm.store", [self.value("llvm.ptrtoint", [op.operands[0]], self.i64), state], [])
        self.op("llvm.store", [self.const_int(0), self._field(state, 1)], [])
        return [state]

    def lower_next(self, op, ins, outs):
        """The list is read at each step (CPython's list iterator: the length may change)."""
        state = op.operands[0]
        lst = self.value("llvm.inttoptr", [self.value("llvm.load", [state], self.i64)], self.ptr)
        slot = self._field(state, 1)
        k = self.value("llvm.load", [slot], self.i64)
        more = self.cmpi("slt", k, self.call("ai_list_len", [lst]))
        w = self.call("ai_list_item", [lst, k])  # a harmless word past the end
        self.op("llvm.store", [self.value("arith.addi", [k, self.const_int(1)], self.i64), slot], [])
        return [self.from_word(w, outs[0]), more]

    def _field(self, base, i: int):
        return self.value("llvm.getelementptr", [base], self.ptr,
                          {"rawConstantIndices": ir.DenseI32ArrayAttr.get([0, i]),
                           "elem_type": ir.TypeAttr.get(self.type("!llvm.array<2 x i64>"))})

    def builtin_len(self, args):
        if len(args) == 1 and args[0][1] == "list":
            n = self.call("ai_list_len", [args[0][0]])
            shifted = self.value("arith.shli", [n, self.const_int(1)], self.i64)
            return self.value("arith.ori", [shifted, self.const_int(1)], self.i64), "int"
        return super().builtin_len(args)

    def write_value(self, v, kind: str) -> None:
        if kind == "list":
            self.call("ai_write_list", [self.scope.ctx, v, self.const_int(ELEM_OBJ, self.i32)])
            return
        super().write_value(v, kind)

    # ----- asyncio.run --------------------------------------------------------------------------------
    def lower_run(self, op, ins, outs):
        ctx = self.scope.ctx
        co = op.operands[0]
        if str(co.type) == "!async.token":
            self.call("ai_asyncio_run_token", [ctx, co])
            return None
        call = co.owner.operation if hasattr(co.owner, "operation") else co.owner
        if call.name != "async.call" or len(list(co.uses)) != 1:
            raise PassError(op.location, "py.run takes the result of an async.call used once")
        adapter = self._run_adapter(call, outs[0])
        token = ir.Operation.create("async.call", results=[self.type("!async.token")], operands=list(call.operands),
                                    attributes={"callee": ir.FlatSymbolRefAttr.get(adapter)}, loc=call.location,
                                    ip=ir.InsertionPoint(call)).results[0]
        op.operands[0] = token  # the old call's only use: it can go now
        call.erase()
        self.call("ai_asyncio_run_token", [ctx, token])
        w = self.call("ai_asyncio_run_result", [ctx])
        return [self._from_run_word(w, outs[0])]

    def _from_run_word(self, w, kind: str):
        if kind == "float":
            return self.value("arith.bitcast", [w], self.f64)
        if kind == "bool":
            return self.value("arith.trunci", [w], self.i1)
        if kind in ("str", "list"):
            return self.value("llvm.inttoptr", [w], self.ptr)
        return w

    def _run_adapter(self, call, kind: str) -> str:
        """`async.func @aithon.run.<callee>(args) -> !async.token`: await the coroutine, store its
        value's word in the actor context (the loop's result), return."""
        callee = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
        name = f"aithon.run.{callee}"
        if name in self.symbols:
            return name
        lowered = [self.type(lower_type_text(str(v.type), call.location)) for v in call.operands]
        value_type = self.type(lower_type_text(str(call.results[0].type), call.location))
        ftype = ir.FunctionType.get(lowered, [self.type("!async.token")])
        body = self.module.regions[0].blocks[0]
        func = ir.Operation.create("async.func", attributes={"sym_name": ir.StringAttr.get(name),
                                                             "function_type": ir.TypeAttr.get(ftype)},
                                   regions=1, loc=call.location, ip=ir.InsertionPoint(body))
        self.symbols[name] = func
        entry = func.regions[0].blocks.append(*lowered)
        saved = (self.ip, self.loc, self.scope)
        self.ip, self.loc = ir.InsertionPoint(entry), call.location
        inner = self.type(lower_type_text(str(call.results[0].type), call.location)[len("!async.value<"):-1])
        v = ir.Operation.create("async.call", results=[value_type], operands=list(entry.arguments),
                                attributes={"callee": call.attributes["callee"]}, loc=self.loc, ip=self.ip).results[0]
        r = self.value("async.await", [v], inner)
        word = {"float": lambda: self.value("arith.bitcast", [r], self.i64),
                "bool": lambda: self.value("arith.extui", [r], self.i64),
                "str": lambda: self.value("llvm.ptrtoint", [r], self.i64),
                "list": lambda: self.value("llvm.ptrtoint", [r], self.i64)}.get(kind, lambda: r)()
        self.call("ai_asyncio_run_result_set", [entry.arguments[0], word])
        self.op("async.return", [], [])
        self.ip, self.loc, self.scope = saved
        return name


__all__ = ["ListLowering", "ELEM_OBJ"]
