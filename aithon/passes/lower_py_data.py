"""The lowering of the everyday data ops (package-private to `lower_py.py`): container displays,
subscripts, generic iteration, methods, builtins through `ai_builtin`, callables, unpacking and
module variables. Every container is an object word (`!py.obj` → i64); the run time dispatches on
the word's type (runtime/src/value/CONTAINERS.md). Argument lists go to the run time as an array
of words in the caller's frame (`llvm.alloca` in the entry block, so a loop does not grow the stack).
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import llvm

from ..frontend.names import mangle
from ..runtime_abi import BUILTIN_ID, M_KW, METHOD_ID, RUNTIME
from .common import PassError, declare_runtime
from .lower_py_emit import lower_type_text
from .lower_py_lists import ListLowering

BUILD = {"list": "ai_list_from", "tuple": "ai_tuple_new", "set": "ai_set_from", "dict": "ai_dict_from"}
BINOP_CODES = ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor",
               "matmul")


def _attr_str(op, name: str) -> str:
    return ir.StringAttr(op.attributes[name]).value


def _attr_int(op, name: str, default: int = 0) -> int:
    return ir.IntegerAttr(op.attributes[name]).value if name in op.attributes else default


class DataLowering(ListLowering):
    # ----- helpers ---------------------------------------------------------------------------------
    def words(self, op, values, kinds) -> list:
        return [self.box(*self.source(v, k)) for v, k in zip(values, kinds)]

    def argv(self, op, words: list):
        """A pointer to `words` stored in an entry-block array (a null pointer for none)."""
        if not words:
            return llvm.ZeroOp(self.ptr, loc=self.loc, ip=self.ip).result
        arr_type = f"!llvm.array<{len(words)} x i64>"
        arr = self.entry_alloca(op, arr_type)
        for i, w in enumerate(words):
            self.op("llvm.store", [w, self.elem_ptr(arr, arr_type, i)], [])
        return arr

    def elem_ptr(self, base, arr_type: str, i: int):
        return self.value("llvm.getelementptr", [base], self.ptr,
                          {"rawConstantIndices": ir.DenseI32ArrayAttr.get([0, i]),
                           "elem_type": ir.TypeAttr.get(self.type(arr_type))})

    def word_result(self, w, kind: str):
        return self.convert(w, "obj", kind) if kind not in ("list",) else self.value("llvm.inttoptr", [w], self.ptr)

    # ----- displays ----------------------------------------------------------------------------------
    def lower_build(self, op, ins, outs):
        kind = _attr_str(op, "kind") if "kind" in op.attributes else ""
        ctx = self.scope.ctx
        if kind == "list" and outs[0] == "list":
            return super().lower_build(op, ins, outs)  # gather's results: an ai_list_t pointer
        words = self.words(op, op.operands, ins)
        if kind in BUILD:
            n = len(words) // 2 if kind == "dict" else len(words)
            w = self.call(BUILD[kind], [ctx, self.const_int(n), self.argv(op, words)])
        elif kind in ("slice", "range") and len(words) == 3:
            w = self.call("ai_slice_new" if kind == "slice" else "ai_range_new", [ctx, *words])
        else:
            raise PassError(op.location, f"py.build of a {kind or '?'} is not supported yet")
        return [self.word_result(w, outs[0])]

    def lower_constant(self, op, ins, outs):
        if "bytes" in op.attributes:
            data = ir.StringAttr(op.attributes["value"]).value.encode("latin-1")
            p, n = self.cbytes(data)
            return [self.call("ai_bytes_new", [self.scope.ctx, p, self.const_int(n)])]
        return super().lower_constant(op, ins, outs)

    def cbytes(self, data: bytes):
        """(pointer, length) of a module constant holding `data` (NUL-terminated)."""
        key = b"\xffbytes:" + data
        sym = self.strings.get(key)
        if sym is None:
            sym = f".pybytes.{len(self.strings)}"
            self.strings[key] = sym
            text = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\{b:02X}" for b in data + bytes(1))
            glob = ir.Operation.parse(f'llvm.mlir.global internal constant @"{sym}"("{text}") {{addr_space = 0 : i32}}')
            ir.InsertionPoint(self.module.regions[0].blocks[0]).insert(glob)
            self.symbols[sym] = glob
        return llvm.AddressOfOp(self.ptr, sym, loc=self.loc, ip=self.ip).result, len(data)

    # ----- items -------------------------------------------------------------------------------------
    def lower_getitem(self, op, ins, outs):
        if ins[0] == "list" and ins[1] in ("int", "bool"):
            return super().lower_getitem(op, ins, outs)
        c, k = self.words(op, op.operands, ins)
        return [self.word_result(self.call("ai_obj_getitem", [self.scope.ctx, c, k]), outs[0])]

    def lower_setitem(self, op, ins, outs):
        if ins[0] == "list" and ins[1] == "int" and "fill" in op.attributes:
            return super().lower_setitem(op, ins, outs)
        c, k, v = self.words(op, op.operands, ins)
        self.call("ai_obj_setitem", [self.scope.ctx, c, k, v])

    def lower_delitem(self, op, ins, outs):
        c, k = self.words(op, op.operands, ins)
        self.call("ai_obj_delitem", [self.scope.ctx, c, k])

    # ----- iteration ---------------------------------------------------------------------------------
    def lower_iter(self, op, ins, outs):
        if "generic" not in op.attributes:
            return super().lower_iter(op, ins, outs)
        state = self.entry_alloca(op, "!llvm.array<2 x i64>")
        it = self.call("ai_obj_iter", [self.scope.ctx, self.box(*self.source(op.operands[0], ins[0]))])
        self.op("llvm.store", [it, state], [])
        return [state]

    def lower_next(self, op, ins, outs):
        if "generic" not in op.attributes:
            return super().lower_next(op, ins, outs)
        it = self.value("llvm.load", [op.operands[0]], self.i64)
        w = self.call("ai_iter_next", [self.scope.ctx, it])
        more = self.cmpi("ne", w, self.const_int(0))
        # past the end the item is never used: a harmless small int stands in for the empty slot
        safe = self.select(more, w, self.const_int(1))
        return [self.from_word(safe, outs[0]), more]

    def lower_unpack(self, op, ins, outs):
        n = len(op.results)
        arr_type = f"!llvm.array<{max(n, 1)} x i64>"
        arr = self.entry_alloca(op, arr_type)
        x = self.box(*self.source(op.operands[0], ins[0]))
        star = "star" in op.attributes
        self.call("ai_unpack", [self.scope.ctx, x, self.const_int(_attr_int(op, "before")), self.const_bool(star),
                                self.const_int(_attr_int(op, "after")), arr])
        return [self.value("llvm.load", [self.elem_ptr(arr, arr_type, i)], self.i64) for i in range(n)]

    # ----- methods, attributes, calls ----------------------------------------------------------------
    def lower_method(self, op, ins, outs):
        name = _attr_str(op, "name")
        mid = METHOD_ID.get(name)
        if mid is None:
            raise PassError(op.location, f"method '{name}' is not supported yet")
        words = self.words(op, op.operands, ins)
        ctx = self.scope.ctx
        if "spread" in op.attributes:  # self.name(*args): the arguments as one list word
            r = self.call("ai_method_spread", [ctx, words[0], self.const_int(mid, self.i32), words[1]])
            return [self.word_result(r, outs[0])] if len(op.results) else None
        if name == "append" and "fast" in op.attributes:  # a comprehension's own new list
            self.call("ai_list_append", [ctx, words[0], words[1]])
            r = self.immortal("ai_None")
        else:
            code = mid | (M_KW if "kw" in op.attributes else 0)
            r = self.call("ai_obj_method", [ctx, words[0], self.const_int(code, self.i32),
                                            self.const_int(len(words) - 1), self.argv(op, words[1:])])
        return [self.word_result(r, outs[0])] if len(op.results) else None

    def lower_getattr(self, op, ins, outs):
        p, _ = self.cstring(_attr_str(op, "name"))
        x = self.box(*self.source(op.operands[0], ins[0]))
        return [self.word_result(self.call("ai_obj_getattr", [self.scope.ctx, x, p]), outs[0])]

    def lower_call(self, op, ins, outs):
        words = self.words(op, op.operands, ins)
        r = self.call("ai_call", [self.scope.ctx, words[0], self.const_int(len(words) - 1), self.argv(op, words[1:])])
        return [self.word_result(r, outs[0])]

    def generic_builtin(self, op, ins, outs):
        """Any builtin through `ai_builtin(ctx, id, argc, argv)` (rt.h's argument conventions)."""
        name = _attr_str(op, "name")
        bid = BUILTIN_ID.get(name)
        if bid is None:
            return None
        words = self.words(op, op.operands, ins)
        if "spread" in op.attributes:
            r = self.call("ai_builtin_spread", [self.scope.ctx, self.const_int(bid, self.i32), words[0]])
            return [self.word_result(r, outs[0])]
        if name in ("min", "max"):
            if "nodefault" in op.attributes:
                words.insert(1, self.const_int(0))
        r = self.call("ai_builtin", [self.scope.ctx, self.const_int(bid, self.i32), self.const_int(len(words)),
                                     self.argv(op, words)])
        if not len(op.results):
            return []
        return [self.word_result(r, outs[0])]

    def lower_builtin(self, op, ins, outs):
        name = _attr_str(op, "name")
        if name == "sys_argv":
            return [self.word_result(self.call("ai_sys_argv", [self.scope.ctx]), outs[0])]
        if name in ("task_result", "task_done"):
            w = self.box(*self.source(op.operands[0], ins[0]))
            r = self.call("ai_" + name, [self.scope.ctx, w])
            return [self.word_result(r, outs[0])]
        if "generic" not in op.attributes:
            try:
                return super().lower_builtin(op, ins, outs)
            except PassError:
                if name not in BUILTIN_ID:
                    raise
        return self.generic_builtin(op, ins, outs)

    # ----- Task values -----------------------------------------------------------------------------------
    def lower_task_object(self, op, ins, outs):
        return [self.call("ai_task_new", [self.scope.ctx, op.operands[0], op.operands[1]])]

    def lower_task_token(self, op, ins, outs):
        return [self.call("ai_task_token_of", [self.scope.ctx, self.box(*self.source(op.operands[0], ins[0]))])]

    # ----- callables -----------------------------------------------------------------------------------
    def lower_make_function(self, op, ins, outs):
        ctx = self.scope.ctx
        if "builtin" in op.attributes:
            w = self.call("ai_builtin_fn", [ctx, self.const_int(BUILTIN_ID[_attr_str(op, "builtin")], self.i32)])
        elif "method" in op.attributes:
            w = self.call("ai_method_fn", [ctx, self.const_int(_attr_int(op, "type_id"), self.i32),
                                           self.const_int(METHOD_ID[_attr_str(op, "method")], self.i32)])
        else:
            callee = ir.FlatSymbolRefAttr(op.attributes["callee"]).value
            nparams = _attr_int(op, "nparams")
            env = self.words(op, op.operands, ins)
            code = self.trampoline(op, callee, len(env), nparams, _attr_str(op, "name"))
            addr = llvm.AddressOfOp(self.ptr, code, loc=self.loc, ip=self.ip).result
            name_p, _ = self.cstring(_attr_str(op, "name"))
            w = self.call("ai_function_new", [ctx, addr, name_p, self.const_int(len(env)), self.argv(op, env)])
        return [self.word_result(w, outs[0])]

    def trampoline(self, op, callee: str, nenv: int, nparams: int, name: str) -> str:
        """`llvm.func @aithon.code.<callee>(ctx, env, argc, argv) -> i64`: check the argument count
        (CPython's TypeError), call the function with the captured values then the arguments, and
        return its result as a word (the function's own exception stays pending in ctx)."""
        sym = f"aithon.code.{callee}"
        if sym in self.symbols:
            return sym
        target = self.symbols.get(callee)
        if target is None:
            raise PassError(op.location, f"py.make_function of unknown function @{callee}")
        ftype = ir.FunctionType(ir.TypeAttr(target.attributes["function_type"]).value)
        params = [lower_type_text(str(t), op.location) for t in ftype.inputs][1:]
        results = [lower_type_text(str(t), op.location) for t in ftype.results]
        if len(params) != nenv + nparams or any(p != "i64" for p in params):
            raise PassError(op.location, f"@{callee} does not take {nenv + nparams} object words")
        ptr = "!llvm.ptr"
        lines = [f'llvm.func internal @"{sym}"(%ctx: {ptr}, %env: {ptr}, %argc: i64, %argv: {ptr}) -> i64 {{',
                 f"  %want = llvm.mlir.constant({nparams} : i64) : i64",
                 '  %ok = llvm.icmp "eq" %argc, %want : i64',
                 "  llvm.cond_br %ok, ^call, ^bad",
                 "^bad:",
                 f"  func.call @ai_raise_argc(%ctx, %env, %argc, %want) : ({ptr}, {ptr}, i64, i64) -> ()",
                 "  %z = llvm.mlir.constant(0 : i64) : i64",
                 "  llvm.return %z : i64",
                 "^call:"]
        loads = []
        for base, count, tag in (("%env", nenv, "e"), ("%argv", nparams, "a")):
            for i in range(count):
                lines += [f"  %{tag}p{i} = llvm.getelementptr {base}[{i}] : ({ptr}) -> {ptr}, i64",
                          f"  %{tag}{i} = llvm.load %{tag}p{i} : {ptr} -> i64"]
                loads.append(f"%{tag}{i}")
        args = ", ".join(["%ctx", *loads])
        ptypes = ", ".join([ptr, *["i64"] * len(loads)])
        # the recursion level: the run time's caller (sorted, map...) is one frame deeper, and the
        # level is put back after the call, as a compiled caller does after each call
        lines += [f"  %lvl = func.call @ai_depth_enter(%ctx) : ({ptr}) -> i64"]
        res = results[0] if results else None
        if res is None:
            lines += [f'  func.call @"{callee}"({args}) : ({ptypes}) -> ()',
                      "  %r = func.call @ai_none_word() : () -> i64"]
            ret = "%r"
        else:
            lines.append(f'  %r0 = func.call @"{callee}"({args}) : ({ptypes}) -> {res}')
            if res == "i64":
                ret = "%r0"
            elif res == ptr:
                lines.append(f"  %r = llvm.ptrtoint %r0 : {ptr} to i64")
                ret = "%r"
            elif res == "i1":
                lines.append("  %r = func.call @ai_bool_box(%r0) : (i1) -> i64")
                ret = "%r"
            elif res == "f64":
                lines.append(f"  %r = func.call @ai_float_box(%ctx, %r0) : ({ptr}, f64) -> i64")
                ret = "%r"
                self.declare("ai_float_box")
            else:
                raise PassError(op.location, f"a function returning {res} used as a value is not supported yet")
        lines += ["  %one = llvm.mlir.constant(1 : i64) : i64", "  %back = llvm.sub %lvl, %one : i64",
                  "  func.call @ai_depth_set(%back) : (i64) -> ()", f"  llvm.return {ret} : i64", "}"]
        decls = []
        for fn_name in ("ai_raise_argc", "ai_none_word", "ai_bool_box", "ai_float_box", "ai_depth_enter",
                        "ai_depth_set"):
            self.declare(fn_name)
            fn_t = RUNTIME[fn_name]
            decls.append(f"func.func private @{fn_name}({', '.join(fn_t.args)}) -> ({fn_t.result or ''})")
        decls.append(f'func.func private @"{callee}"({", ".join([ptr] + params)}) -> ({", ".join(results)})')
        # parsed in a module of its own (func.call checks its callee's declaration), then moved here
        scratch = ir.Module.parse("\n".join(decls + lines))
        fn = list(scratch.body.operations)[-1]
        fn.move_before(list(self.module.regions[0].blocks[0].operations)[0])
        self.symbols[sym] = fn
        return sym

    def declare(self, name: str) -> None:
        fn = RUNTIME[name]
        declare_runtime(self.module, name, list(fn.args), [fn.result] if fn.result else [], self.loc, self.symbols)

    def declare_immortal(self, name: str) -> None:
        if name not in self.symbols:
            glob = ir.Operation.parse(f"llvm.mlir.global external constant @{name}() "
                                      f"{{addr_space = 0 : i32}} : i64 {self.loc}")
            ir.InsertionPoint(self.module.regions[0].blocks[0]).insert(glob)
            self.symbols[name] = glob

    # ----- module variables ----------------------------------------------------------------------------
    def global_symbol(self, name: str) -> str:
        sym = f"aithon.global.{mangle(name)}"
        if sym not in self.symbols:
            glob = ir.Operation.parse(f'llvm.mlir.global internal @"{sym}"(0 : i64) {{addr_space = 0 : i32}} : i64')
            ir.InsertionPoint(self.module.regions[0].blocks[0]).insert(glob)
            self.symbols[sym] = glob
        return sym

    def lower_global_load(self, op, ins, outs):
        name = _attr_str(op, "name")
        addr = llvm.AddressOfOp(self.ptr, self.global_symbol(name), loc=self.loc, ip=self.ip).result
        w = self.value("llvm.load", [addr], self.i64)
        self.raise_if(self.cmpi("eq", w, self.const_int(0)), "NameError", f"name '{name}' is not defined")
        return [w]

    def lower_global_store(self, op, ins, outs):
        name = _attr_str(op, "name")
        addr = llvm.AddressOfOp(self.ptr, self.global_symbol(name), loc=self.loc, ip=self.ip).result
        self.op("llvm.store", [self.box(*self.source(op.operands[0], ins[0])), addr], [])


__all__ = ["DataLowering", "BINOP_CODES"]
