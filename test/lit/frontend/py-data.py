# RUN: aithon compile %s --emit=py | FileCheck %s
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=LOW
# RUN: aithon run %s | FileCheck %s --check-prefix=OUT
# Everyday data (issue 8): every container is a !py.obj word built by py.build; items, methods,
# builtins and iteration are generic py ops that aithon-lower-py turns into the run time's
# dispatching calls (ai_obj_getitem, ai_obj_method, ai_builtin, ai_obj_iter / ai_iter_next...).
import asyncio

total = 0


# CHECK-LABEL: func.func @py.displays(
# CHECK: "py.build"(%{{.*}}, %{{.*}}) {kind = "list"} : (!py.obj, !py.obj) -> !py.obj
# CHECK: "py.build"(%{{.*}}) {kind = "tuple"}
# CHECK: "py.build"(%{{.*}}, %{{.*}}) {kind = "set"}
# CHECK: "py.build"(%{{.*}}, %{{.*}}) {kind = "dict"}
# LOW-LABEL: func.func @py.displays(
# LOW: call @ai_list_from(
# LOW: call @ai_tuple_new(
# LOW: call @ai_set_from(
# LOW: call @ai_dict_from(
def displays(a):
    return [a, 1], (a,), {a, 2}, {"k": a}


# Slices are slice objects (None for an omitted bound).
# CHECK-LABEL: func.func @py.items(
# CHECK: "py.getitem"(%{{.*}}, %{{.*}}) : (!py.obj, !py.obj) -> !py.obj
# CHECK: %[[S:.*]] = "py.build"(%{{.*}}, %{{.*}}, %{{.*}}) {kind = "slice"}
# CHECK: "py.getitem"(%{{.*}}, %[[S]])
# LOW-LABEL: func.func @py.items(
# LOW: call @ai_obj_getitem(
# LOW: call @ai_slice_new(
def items(xs, d):
    return xs[1], xs[1:3], xs[::-1], d["k"]


# Stores: c[k] = v, c[k] op= v (c and k evaluated once), del c[k], and `xs += ...` in place.
# CHECK-LABEL: func.func @py.stores(
# CHECK: "py.setitem"
# CHECK: "py.getitem"
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {inplace, op = "add"}
# CHECK: "py.setitem"
# CHECK: "py.delitem"
# CHECK: "py.binop"(%{{.*}}, %{{.*}}) {inplace, op = "add"}
# LOW-LABEL: func.func @py.stores(
# LOW: call @ai_obj_setitem(
# LOW: call @ai_obj_delitem(
# LOW: call @ai_obj_inplace(
def stores(xs, d):
    xs[0] = 5
    d["k"] += 1
    del xs[1:2]
    xs += [7]
    return xs, d


# Keyword arguments become positions: sort(key, reverse) always; split(sep=None, maxsplit);
# str.format's keywords travel as a dict (`kw`).
# CHECK-LABEL: func.func @py.methods(
# CHECK: "py.method"(%{{.*}}, %{{.*}}, %{{.*}}) {name = "sort"}
# CHECK: "py.method"(%{{.*}}, %{{.*}}, %{{.*}}) {name = "split"}
# CHECK: "py.method"(%{{.*}}, %{{.*}}) {kw, name = "format"}
# LOW-LABEL: func.func @py.methods(
# LOW: call @ai_obj_method(
def methods(s, xs):
    xs.sort(reverse=True)
    return xs, s.split(maxsplit=1), "{name}".format(name=s)


# A comprehension is a loop in the function: the run time's iterator, a fresh container.
# CHECK-LABEL: func.func @py.comps(
# CHECK: "py.build"() {kind = "list"}
# CHECK: "py.iter"(%{{.*}}) {generic}
# CHECK: "py.next"(%{{.*}}) {generic}
# CHECK: "py.method"(%{{.*}}, %{{.*}}) {name = "append"}
# CHECK: "py.build"() {kind = "dict"}
# CHECK: "py.unpack"(%{{.*}}) {after = 0 : i64, before = 2 : i64}
# LOW-LABEL: func.func @py.comps(
# LOW: call @ai_obj_iter(
# LOW: call @ai_iter_next(
# LOW: call @ai_unpack(
def comps(xs):
    return [x * 2 for x in xs if x], {k: v for k, v in xs}


# A lambda is a function of its own; what it captures comes first (here n).
# CHECK-LABEL: func.func @py.lambdas(
# CHECK: "py.make_function"(%{{.*}}) {callee = @py.lambda{{.*}}, name = "<lambda>", nparams = 1 : i64}
# CHECK: "py.builtin"(%{{.*}}, %{{.*}}, %{{.*}}) {generic, name = "sorted"}
# CHECK-LABEL: func.func @py.lambda
# CHECK-SAME: py.name = "n"
# CHECK-SAME: py.name = "v"
# LOW-LABEL: func.func @py.lambdas(
# LOW: call @ai_function_new(
# LOW: call @ai_builtin(
def lambdas(xs, n):
    return sorted(xs, key=lambda v: v % n)


# CHECK-LABEL: func.func @py.unpack(
# CHECK: "py.unpack"(%{{.*}}) {after = 0 : i64, before = 1 : i64, star}
def unpack(p):
    a, *rest = p
    return a, rest


# Module variables: a word each, NameError while unassigned.
# CHECK-LABEL: func.func @py.bump(
# CHECK: "py.global_load"() {name = "total"}
# CHECK: "py.global_store"(%{{.*}}) {name = "total"}
# LOW: llvm.mlir.global internal @aithon.global.total(0 : i64)
def bump(n):
    global total
    total += n
    return total


# CHECK-LABEL: func.func @py.member(
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "in"}
# CHECK: "py.compare"(%{{.*}}, %{{.*}}) {op = "not_in"}
def member(x, xs):
    return x in xs, x not in xs


# OUT: ([1, 1], (1,), {1, 2}, {'k': 1})
# OUT-NEXT: (2, [2, 3], [3, 2, 1], 4)
# OUT-NEXT: ([5, 3, 7], {'k': 5})
# OUT-NEXT: (['b', 'a'], ['a', 'b c'], 'a b c')
# OUT-NEXT: ([(1, 2, 1, 2)], {1: 2})
# OUT-NEXT: [4, 2, 3]
# OUT-NEXT: (1, [2, 3]) 2 (True, False)
async def main():
    print(displays(1))
    print(items([1, 2, 3], {"k": 4}))
    print(stores([1, 2, 3], {"k": 4}))
    print(methods("a b c", ["a", "b"]))
    print(comps([(1, 2)]))
    print(lambdas([3, 4, 2], 2))
    print(unpack((1, 2, 3)), bump(2), member(1, [1]))


asyncio.run(main())
