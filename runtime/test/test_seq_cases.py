# Generates the CHECK lines of test_seq.c (--write: in place, else to stdout): each case is (python code, C expression); the expected
# text is what python3 prints (repr of the result, or "Kind: message").
import sys
cases = []
def c(py, cexpr, kind="T"):
    cases.append((py, cexpr, kind))

L5 = "LI(5, 1, 2, 3, 4, 5)"
# ----- getitem
c("[1,2,3][1]", "ai_list_getitem(ctx, LL(LI(3, 1, 2, 3)), I(1))")
c("[1,2,3][-1]", "ai_list_getitem(ctx, LL(LI(3, 1, 2, 3)), I(-1))")
c("[1,2,3][True]", "ai_list_getitem(ctx, LL(LI(3, 1, 2, 3)), TRUE)")
c("[1][-2]", "ai_list_getitem(ctx, LL(LI(1, 1)), I(-2))")
c("[1][3]", "ai_list_getitem(ctx, LL(LI(1, 1)), I(3))")
c("[1][10**20]", "ai_list_getitem(ctx, LL(LI(1, 1)), BIG)")
c("[1]['a']", "ai_list_getitem(ctx, LL(LI(1, 1)), STR(\"a\"))")
c("[1][1.0]", "ai_list_getitem(ctx, LL(LI(1, 1)), FL(1.0))")
c("[1,2,3,4,5][1:3]", "ai_list_getitem(ctx, LL(%s), SL(I(1), I(3), NONE))" % L5)
c("[1,2,3,4,5][::-1]", "ai_list_getitem(ctx, LL(%s), SL(NONE, NONE, I(-1)))" % L5)
c("[1,2,3,4,5][::2]", "ai_list_getitem(ctx, LL(%s), SL(NONE, NONE, I(2)))" % L5)
c("[1,2,3,4,5][-2::-2]", "ai_list_getitem(ctx, LL(%s), SL(I(-2), NONE, I(-2)))" % L5)
c("[1,2,3,4,5][10**20:]", "ai_list_getitem(ctx, LL(%s), SL(BIG, NONE, NONE))" % L5)
c("[1,2,3,4,5][-10**20:2]", "ai_list_getitem(ctx, LL(%s), SL(NBIG, I(2), NONE))" % L5)
c("[1,2,3,4,5][::-10**20]", "ai_list_getitem(ctx, LL(%s), SL(NONE, NONE, NBIG))" % L5)
c("[1,2,3,4,5][4:1:-1]", "ai_list_getitem(ctx, LL(%s), SL(I(4), I(1), I(-1)))" % L5)
c("[1,2,3,4,5][1:4:0]", "ai_list_getitem(ctx, LL(%s), SL(I(1), I(4), I(0)))" % L5)
c("[1,2,3,4,5][1.0:]", "ai_list_getitem(ctx, LL(%s), SL(FL(1.0), NONE, NONE))" % L5)
c("[1,2,3,4,5][:'a']", "ai_list_getitem(ctx, LL(%s), SL(NONE, STR(\"a\"), NONE))" % L5)
c("[1,2,3,4,5][True:False:-1]", "ai_list_getitem(ctx, LL(%s), SL(TRUE, FALSE, I(-1)))" % L5)
c("[1,2,3,4,5][3:1]", "ai_list_getitem(ctx, LL(%s), SL(I(3), I(1), NONE))" % L5)
# ----- setitem / delitem
def ass(py, cop):
    c("l=[1,2,3,4,5]\n" + py + "\nr=l", "after(%s)" % cop)
ass("l[1:3] = [7,8,9]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(3), NONE), LI(3, 7, 8, 9))" % L5)
ass("l[1:3] = (7,)", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(3), NONE), TU(1, I(7)))" % L5)
ass("l[1:3] = range(3)", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(3), NONE), RG(0, 3, 1))" % L5)
ass("l[::2] = [0,0]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(2)), LI(2, 0, 0))" % L5)
ass("l[::2] = [7,8,9]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(2)), LI(3, 7, 8, 9))" % L5)
ass("l[::-2] = [7,8,9]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(-2)), LI(3, 7, 8, 9))" % L5)
ass("l[4:1:-1] = [7,8]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(4), I(1), I(-1)), LI(2, 7, 8))" % L5)
ass("l[1:3] = 5", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(3), NONE), I(5))" % L5)
ass("l[::2] = 5", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(2)), I(5))" % L5)
ass("l[::0] = []", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(0)), LI(0))" % L5)
ass("l[1:1] = l", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(1), NONE), cur)" % L5)
ass("l[:] = l[::-1]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, NONE), ai_list_getitem(ctx, LL(cur), SL(NONE, NONE, I(-1))))" % L5)
ass("l[::-1] = l", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(-1)), cur)" % L5)
ass("l[2:1] = [9]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(2), I(1), NONE), LI(1, 9))" % L5)
ass("l[::1] = [7]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(1)), LI(1, 7))" % L5)
ass("l[-100:100:-1] = []", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(-100), I(100), I(-1)), LI(0))" % L5)
ass("l[5:0:-2] = [7,8]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(5), I(0), I(-2)), LI(2, 7, 8))" % L5)
ass("l[10:] = [6,7]", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(10), NONE, NONE), LI(2, 6, 7))" % L5)
ass("l[:] = []", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, NONE), LI(0))" % L5)
ass("l[0] = 9", "ai_list_setitem(ctx, LL(CUR(%s)), I(0), I(9))" % L5)
ass("l[-5] = 9", "ai_list_setitem(ctx, LL(CUR(%s)), I(-5), I(9))" % L5)
ass("l[5] = 9", "ai_list_setitem(ctx, LL(CUR(%s)), I(5), I(9))" % L5)
ass("l[-6] = 9", "ai_list_setitem(ctx, LL(CUR(%s)), I(-6), I(9))" % L5)
ass("l['a'] = 9", "ai_list_setitem(ctx, LL(CUR(%s)), STR(\"a\"), I(9))" % L5)
ass("l[10**20] = 9", "ai_list_setitem(ctx, LL(CUR(%s)), BIG, I(9))" % L5)
ass("del l[0]", "ai_list_delitem(ctx, LL(CUR(%s)), I(0))" % L5)
ass("del l[-1]", "ai_list_delitem(ctx, LL(CUR(%s)), I(-1))" % L5)
ass("del l[5]", "ai_list_delitem(ctx, LL(CUR(%s)), I(5))" % L5)
ass("del l[None]", "ai_list_delitem(ctx, LL(CUR(%s)), NONE)" % L5)
ass("del l[::2]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(2)))" % L5)
ass("del l[::-2]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(-2)))" % L5)
ass("del l[1:3]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(I(1), I(3), NONE))" % L5)
ass("del l[4:1:-1]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(I(4), I(1), I(-1)))" % L5)
ass("del l[-2::-3]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(I(-2), NONE, I(-3)))" % L5)
ass("del l[1::3]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(I(1), NONE, I(3)))" % L5)
ass("del l[::0]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(0)))" % L5)
ass("del l[3:1:1]", "ai_list_delitem(ctx, LL(CUR(%s)), SL(I(3), I(1), I(1)))" % L5)
ass("l[1:3] = 'abc'", "ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(3), NONE), STR(\"abc\"))" % L5)
ass("l[::2] = 'xyz'", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(2)), STR(\"xyz\"))" % L5)
ass("l[::-2] = 'xyz'", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, NONE, I(-2)), STR(\"xyz\"))" % L5)
ass("l[:2] = iter([8, 9])", "ai_list_setitem(ctx, LL(CUR(%s)), SL(NONE, I(2), NONE), ai_obj_iter(ctx, LI(2, 8, 9)))" % L5)
ass("l += 'ab'", "ai_obj_inplace(ctx, AI_OP_ADD, CUR(%s), STR(\"ab\"))" % L5)
ass("l *= 2", "ai_obj_inplace(ctx, AI_OP_MUL, CUR(%s), I(2))" % L5)
ass("l *= 0", "ai_obj_inplace(ctx, AI_OP_MUL, CUR(%s), I(0))" % L5)
ass("l += l", "ai_obj_inplace(ctx, AI_OP_ADD, CUR(%s), cur)" % L5)
ass("l[1:4] = []\nl.append(6)", "(ai_list_setitem(ctx, LL(CUR(%s)), SL(I(1), I(4), NONE), LI(0)), ai_list_append(ctx, cur, I(6)))" % L5)
c("[1, 2] + [3]", "ai_obj_binop(ctx, AI_OP_ADD, LI(2, 1, 2), LI(1, 3))")
c("[1, 2] + (3,)", "ai_obj_binop(ctx, AI_OP_ADD, LI(2, 1, 2), TU(1, I(3)))")
c("[1, 2, 3, 4, 5][1::2]", "ai_obj_getitem(ctx, %s, SL(I(1), NONE, I(2)))" % L5)
c("[[1, 2], (3, [4])] == [[1, 2], (3, [4])]", "ai_bool_box(ai_obj_compare(ctx, AI_CMP_EQ, LW(2, LI(2, 1, 2), TU(2, I(3), LI(1, 4))), LW(2, LI(2, 1, 2), TU(2, I(3), LI(1, 4)))))")
c("[[1, 2], (3, [4])] < [[1, 2], (3, [5])]", "ai_bool_box(ai_obj_compare(ctx, AI_CMP_LT, LW(2, LI(2, 1, 2), TU(2, I(3), LI(1, 4))), LW(2, LI(2, 1, 2), TU(2, I(3), LI(1, 5)))))")
c("hash((1, (2, 3), -1))", "ai_obj_hash(ctx, TU(3, I(1), TU(2, I(2), I(3)), I(-1)))", "H")
c("hash(((), ((),)))", "ai_obj_hash(ctx, TU(2, TU(0, 0), TU(1, TU(0, 0))))", "H")
c("l = [3, 1, 2]\nl.extend('ab')\nr = l", "WITH(LI(3, 3, 1, 2), ai_list_extend(ctx, cur, STR(\"ab\")))")
# ----- methods
def m(py, cop):
    c("l=[1,2,3,2]\nr = " + py, cop)
def mm(py, cop):
    c("l=[1,2,3,2]\n" + py + "\nr=l", "after(%s)" % cop)
L4 = "LI(4, 1, 2, 3, 2)"
def LM(mid, *args):
    return "ai_list_method(ctx, LL(CUR(%s)), AI_M_%s, %d, ARGS(%s))" % (L4, mid, len(args), ", ".join(args) if args else "0")
mm("l.append(9)", LM("append", "I(9)"))
mm("l.append()", LM("append"))
mm("l.append(1, 2)", LM("append", "I(1)", "I(2)"))
mm("l.extend([7, 8])", LM("extend", "LI(2, 7, 8)"))
mm("l.extend((7, 8))", LM("extend", "TU(2, I(7), I(8))"))
mm("l.extend(range(3))", LM("extend", "RG(0, 3, 1)"))
mm("l.extend(l)", LM("extend", "cur"))
mm("l.extend()", LM("extend"))
mm("l.insert(1, 9)", LM("insert", "I(1)", "I(9)"))
mm("l.insert(-1, 9)", LM("insert", "I(-1)", "I(9)"))
mm("l.insert(-10, 9)", LM("insert", "I(-10)", "I(9)"))
mm("l.insert(10, 9)", LM("insert", "I(10)", "I(9)"))
mm("l.insert(True, 9)", LM("insert", "TRUE", "I(9)"))
mm("l.insert(1)", LM("insert", "I(1)"))
mm("l.insert('a', 1)", LM("insert", "STR(\"a\")", "I(1)"))
mm("l.insert(10**20, 1)", LM("insert", "BIG", "I(1)"))
mm("l.remove(2)", LM("remove", "I(2)"))
mm("l.remove(2.0)", LM("remove", "FL(2.0)"))
mm("l.remove(5)", LM("remove", "I(5)"))
mm("l.remove()", LM("remove"))
m("l.pop()", LM("pop"))
m("l.pop(0)", LM("pop", "I(0)"))
m("l.pop(-4)", LM("pop", "I(-4)"))
m("l.pop(4)", LM("pop", "I(4)"))
m("l.pop(-5)", LM("pop", "I(-5)"))
m("l.pop(1.0)", LM("pop", "FL(1.0)"))
m("l.pop(10**20)", LM("pop", "BIG"))
m("l.pop(1, 2)", LM("pop", "I(1)", "I(2)"))
mm("l.pop(True)", LM("pop", "TRUE"))
c("[].pop()", "ai_list_method(ctx, LL(LI(0)), AI_M_pop, 0, NULL)")
c("[].pop(5)", "ai_list_method(ctx, LL(LI(0)), AI_M_pop, 1, ARGS(I(5)))")
c("[].pop('a')", "ai_list_method(ctx, LL(LI(0)), AI_M_pop, 1, ARGS(STR(\"a\")))")
mm("l.clear()", LM("clear"))
mm("l.clear(1)", LM("clear", "I(1)"))
mm("l.reverse()", LM("reverse"))
mm("l.reverse(1)", LM("reverse", "I(1)"))
m("l.copy()", LM("copy"))
m("l.copy(1)", LM("copy", "I(1)"))
m("l.count(2)", LM("count", "I(2)"))
m("l.count(True)", LM("count", "TRUE"))
m("l.count('a')", LM("count", "STR(\"a\")"))
m("l.count()", LM("count"))
m("l.index(2)", LM("index", "I(2)"))
m("l.index(2, 2)", LM("index", "I(2)", "I(2)"))
m("l.index(2, -2)", LM("index", "I(2)", "I(-2)"))
m("l.index(2, 2, 10**30)", LM("index", "I(2)", "I(2)", "BIG"))
m("l.index(2, -10**30, 2)", LM("index", "I(2)", "NBIG", "I(2)"))
m("l.index(3, 0, 2)", LM("index", "I(3)", "I(0)", "I(2)"))
m("l.index(3, 0, -2)", LM("index", "I(3)", "I(0)", "I(-2)"))
m("l.index(2, 3, 1)", LM("index", "I(2)", "I(3)", "I(1)"))
m("l.index('a')", LM("index", "STR(\"a\")"))
m("l.index([1, 'b'])", LM("index", "LW(2, I(1), STR(\"b\"))"))
m("l.index(1, 'a')", LM("index", "I(1)", "STR(\"a\")"))
m("l.index(1, None)", LM("index", "I(1)", "NONE"))
m("l.index()", LM("index"))
m("l.index(1, 2, 3, 4)", LM("index", "I(1)", "I(2)", "I(3)", "I(4)"))
m("l.index(10**20)", LM("index", "BIG"))
mm("l.sort()", LM("sort", "NONE", "FALSE"))
mm("l.sort(reverse=True)", LM("sort", "NONE", "TRUE"))
mm("l.sort(reverse=2)", LM("sort", "NONE", "I(2)"))
mm("l.sort(reverse=1.0)", LM("sort", "NONE", "FL(1.0)"))
mm("l.sort(key=lambda x: -x)", LM("sort", "NEG", "FALSE"))
mm("l.sort(key=lambda x: -x, reverse=True)", LM("sort", "NEG", "TRUE"))
mm("l.sort(key=lambda x: 1 // (x - 3))", LM("sort", "INV3", "FALSE"))
mm("l.sort(key=5)", LM("sort", "I(5)", "FALSE"))
c("l=[1,'a']\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(LW(2, I(1), STR(\"a\")))), AI_M_sort, 0, NULL))")
c("l=['a', 1]\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(LW(2, STR(\"a\"), I(1)))), AI_M_sort, 0, NULL))")
c("l=[3, 1, 'a']\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(LW(3, I(3), I(1), STR(\"a\")))), AI_M_sort, 0, NULL))")
c("l=[3, 1.5, True, 2, -0.5]\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(LW(5, I(3), FL(1.5), TRUE, I(2), FL(-0.5)))), AI_M_sort, 0, NULL))")
c("l=['b', 'a', 'ab', '']\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(LW(4, STR(\"b\"), STR(\"a\"), STR(\"ab\"), STR(\"\")))), AI_M_sort, 0, NULL))")
c("l=[(1,'b'), (0,'a'), (1,'a'), (0,'b')]\nl.sort(key=lambda t: t[0])\nr=l", "after(ai_list_method(ctx, LL(CUR(PAIRS)), AI_M_sort, 2, ARGS(FIRST, FALSE)))")
c("l=[(1,'b'), (0,'a'), (1,'a'), (0,'b')]\nl.sort(key=lambda t: t[0], reverse=True)\nr=l", "after(ai_list_method(ctx, LL(CUR(PAIRS)), AI_M_sort, 2, ARGS(FIRST, TRUE)))")
c("l=[(1,'b'), (0,'a'), (1,'a'), (0,'b')]\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(PAIRS)), AI_M_sort, 0, NULL))")
c("l=[[2], [1, 2], [1]]\nl.sort()\nr=l", "after(ai_list_method(ctx, LL(CUR(LW(3, LI(1, 2), LI(2, 1, 2), LI(1, 1)))), AI_M_sort, 0, NULL))")
c("l=[]\nr=l.split", "ai_list_method(ctx, LL(LI(0)), AI_M_split, 0, NULL)")
# ----- tuples
T3 = "TU(3, I(1), I(2), I(3))"
c("(1,2,3)[1]", "ai_tuple_getitem(ctx, TT(%s), I(1))" % T3)
c("(1,2,3)[-4]", "ai_tuple_getitem(ctx, TT(%s), I(-4))" % T3)
c("(1,2,3)[3]", "ai_tuple_getitem(ctx, TT(%s), I(3))" % T3)
c("(1,2,3)['a']", "ai_tuple_getitem(ctx, TT(%s), STR(\"a\"))" % T3)
c("(1,2,3)[10**20]", "ai_tuple_getitem(ctx, TT(%s), BIG)" % T3)
c("(1,2,3)[1:]", "ai_tuple_getitem(ctx, TT(%s), SL(I(1), NONE, NONE))" % T3)
c("(1,2,3)[:1]", "ai_tuple_getitem(ctx, TT(%s), SL(NONE, I(1), NONE))" % T3)
c("(1,2,3)[::-1]", "ai_tuple_getitem(ctx, TT(%s), SL(NONE, NONE, I(-1)))" % T3)
c("(1,2,3)[5:]", "ai_tuple_getitem(ctx, TT(%s), SL(I(5), NONE, NONE))" % T3)
c("(1,2,3)[::0]", "ai_tuple_getitem(ctx, TT(%s), SL(NONE, NONE, I(0)))" % T3)
def tm(py, mid, *args):
    c("t=(1,2,3,2)\nr = " + py, "ai_tuple_method(ctx, TT(TU(4, I(1), I(2), I(3), I(2))), AI_M_%s, %d, ARGS(%s))" % (mid, len(args), ", ".join(args) if args else "0"))
tm("t.count(2)", "count", "I(2)")
tm("t.count(2.0)", "count", "FL(2.0)")
tm("t.count()", "count")
tm("t.count(1, 2)", "count", "I(1)", "I(2)")
tm("t.index(2)", "index", "I(2)")
tm("t.index(2, 2)", "index", "I(2)", "I(2)")
tm("t.index(3, 0, 2)", "index", "I(3)", "I(0)", "I(2)")
tm("t.index('a')", "index", "STR(\"a\")")
tm("t.index()", "index")
tm("t.index(1, 2, 3, 4)", "index", "I(1)", "I(2)", "I(3)", "I(4)")
tm("t.index(1, 1.5)", "index", "I(1)", "FL(1.5)")
tm("t.append", "append")
c("hash((1, 2))", "ai_tuple_hash(ctx, TT(TU(2, I(1), I(2))))", "H")
c("hash(())", "ai_tuple_hash(ctx, TT(TU(0, 0)))", "H")
c("hash((1,))", "ai_tuple_hash(ctx, TT(TU(1, I(1))))", "H")
c("hash((True, 1.5, -1))", "ai_tuple_hash(ctx, TT(TU(3, TRUE, FL(1.5), I(-1))))", "H")
c("hash((2**64, -2**70))", "ai_tuple_hash(ctx, TT(TU(2, ai_int_lshift(ctx, I(1), I(64)), ai_int_neg(ctx, ai_int_lshift(ctx, I(1), I(70))))))", "H")
c("hash((1.0, 0.1, -0.0))", "ai_tuple_hash(ctx, TT(TU(3, FL(1.0), FL(0.1), FL(-0.0))))", "H")
c("hash((1, [2]))", "ai_tuple_hash(ctx, TT(TU(2, I(1), LI(1, 2))))", "H")
# ----- seq.c
def b(py, cexpr):
    c(py, cexpr, "B")
b("2 in [1,2,3]", "ai_seq_contains(ctx, LI(3, 1, 2, 3), I(2))")
b("2.0 in (1,2,3)", "ai_seq_contains(ctx, TU(3, I(1), I(2), I(3)), FL(2.0))")
b("'a' in [1,2,3]", "ai_seq_contains(ctx, LI(3, 1, 2, 3), STR(\"a\"))")
b("[1] in [[1], 2]", "ai_seq_contains(ctx, LW(2, LI(1, 1), I(2)), LI(1, 1))")
b("() in [()]", "ai_seq_contains(ctx, LW(1, TU(0, 0)), TU(0, 0))")
b("1 in []", "ai_seq_contains(ctx, LI(0), I(1))")
def cmp(py, op, a, bb):
    b(py, "ai_seq_compare(ctx, AI_CMP_%s, %s, %s)" % (op, a, bb))
cmp("[] < [1]", "LT", "LI(0)", "LI(1, 1)")
cmp("[1,2] < [1,3]", "LT", "LI(2, 1, 2)", "LI(2, 1, 3)")
cmp("[1,2] <= [1,2]", "LE", "LI(2, 1, 2)", "LI(2, 1, 2)")
cmp("[1,2] > [1]", "GT", "LI(2, 1, 2)", "LI(1, 1)")
cmp("[1,2] >= [1,3]", "GE", "LI(2, 1, 2)", "LI(2, 1, 3)")
cmp("[1,2] == [1,2]", "EQ", "LI(2, 1, 2)", "LI(2, 1, 2)")
cmp("[1,2] != [1,2]", "NE", "LI(2, 1, 2)", "LI(2, 1, 2)")
cmp("[1,2] == [1,2,3]", "EQ", "LI(2, 1, 2)", "LI(3, 1, 2, 3)")
cmp("[1,'a'] < [1,2]", "LT", "LW(2, I(1), STR(\"a\"))", "LI(2, 1, 2)")
cmp("[1,'a'] == [1,2]", "EQ", "LW(2, I(1), STR(\"a\"))", "LI(2, 1, 2)")
cmp("[1,'a'] != [1,2]", "NE", "LW(2, I(1), STR(\"a\"))", "LI(2, 1, 2)")
cmp("[1,'a'] < [2,2]", "LT", "LW(2, I(1), STR(\"a\"))", "LI(2, 2, 2)")
cmp("[1, 2.0] == [1.0, 2]", "EQ", "LW(2, I(1), FL(2.0))", "LW(2, FL(1.0), I(2))")
cmp("(1,2) < (1,2,0)", "LT", "TU(2, I(1), I(2))", "TU(3, I(1), I(2), I(0))")
cmp("(1,(2,3)) > (1,(2,2))", "GT", "TU(2, I(1), TU(2, I(2), I(3)))", "TU(2, I(1), TU(2, I(2), I(2)))")
cmp("[1] < (1,)", "LT", "LI(1, 1)", "TU(1, I(1))")
cmp("[1] == (1,)", "EQ", "LI(1, 1)", "TU(1, I(1))")
cmp("[float('nan')] == [float('nan')]", "EQ", "LW(1, FL(NAN))", "LW(1, FL(NAN))")
b("(lambda n: [n] == [n])(float('nan'))", "ai_seq_compare(ctx, AI_CMP_EQ, LW(1, NANW), LW(1, NANW))")
c("[1,2] + [3]", "ai_seq_concat(ctx, LI(2, 1, 2), LI(1, 3))")
c("[] + []", "ai_seq_concat(ctx, LI(0), LI(0))")
c("(1,) + (2,3)", "ai_seq_concat(ctx, TU(1, I(1)), TU(2, I(2), I(3)))")
c("() + (2,3)", "ai_seq_concat(ctx, TU(0, 0), TU(2, I(2), I(3)))")
c("[1] + (2,)", "ai_seq_concat(ctx, LI(1, 1), TU(1, I(2)))")
c("(1,) + [2]", "ai_seq_concat(ctx, TU(1, I(1)), LI(1, 2))")
c("[1,2] * 3", "ai_seq_repeat(ctx, LI(2, 1, 2), 3)")
c("[1,2] * 0", "ai_seq_repeat(ctx, LI(2, 1, 2), 0)")
c("[1,2] * -1", "ai_seq_repeat(ctx, LI(2, 1, 2), -1)")
c("[1,2] * True", "ai_obj_binop(ctx, AI_OP_MUL, LI(2, 1, 2), TRUE)")
c("[7] * 5", "ai_seq_repeat(ctx, LI(1, 7), 5)")
c("(1,2,3) * 2", "ai_seq_repeat(ctx, TU(3, I(1), I(2), I(3)), 2)")
c("(1,) * -5", "ai_seq_repeat(ctx, TU(1, I(1)), -5)")
c("[1] * 2.0", "ai_obj_binop(ctx, AI_OP_MUL, LI(1, 1), FL(2.0))")
c("[1] * (2**62)", "ai_obj_binop(ctx, AI_OP_MUL, LI(1, 1), ai_int_lshift(ctx, I(1), I(62)))")
c("[1,2] * (2**61)", "ai_obj_binop(ctx, AI_OP_MUL, LI(2, 1, 2), ai_int_lshift(ctx, I(1), I(61)))")
c("[1] * (2**63)", "ai_obj_binop(ctx, AI_OP_MUL, LI(1, 1), ai_int_lshift(ctx, I(1), I(63)))")
c("() * (2**70)", "ai_obj_binop(ctx, AI_OP_MUL, TU(0, 0), ai_int_lshift(ctx, I(1), I(70)))")
c("[] * (10**20)", "ai_obj_binop(ctx, AI_OP_MUL, LI(0), BIG)")
c("[] * (2**62)", "ai_obj_binop(ctx, AI_OP_MUL, LI(0), ai_int_lshift(ctx, I(1), I(62)))")
c("[1, 'a', [2.5, None], (), (1,), (1, (2,))]", "LW(6, I(1), STR(\"a\"), LW(2, FL(2.5), NONE), TU(0, 0), TU(1, I(1)), TU(2, I(1), TU(1, I(2))))")
c("l = [1]\nl.append(l)\nr = l", "SELF1")
c("l = []\nt = (l, 1)\nl.append(t)\nr = t", "SELF2")
c("l = []\nt = (l,)\nl.append(t)\nl.append(l)\nr = [l, t]", "SELF3")
# ----- ranges
def rgc(x):
    p = x[6:-1].split(', ')
    if len(p) == 1: p = ["0"] + p
    if len(p) == 2: p = p + ["1"]
    return "RG(%s)" % ", ".join(p)
def rg(py, cexpr, kind="T"):
    c(py, cexpr, kind)
rg("range(0, 5)", "RG(0, 5, 1)")
rg("range(-5)", "RG(0, -5, 1)")
rg("range(0, 10, 2)", "RG(0, 10, 2)")
rg("range(10, 0, -3)", "RG(10, 0, -3)")
rg("range(0, 1, 0)", "RG(0, 1, 0)")
rg("range(1.0)", "ai_range_new(ctx, I(0), FL(1.0), I(1))")
rg("range(1, 'a')", "ai_range_new(ctx, I(1), STR(\"a\"), I(1))")
rg("range(True, 5, True)", "ai_range_new(ctx, TRUE, I(5), TRUE)")
rg("range(-2**62 - 5, 2**62 + 7, 2**61)", "ai_range_new(ctx, ai_int_from_i64(ctx, -(1LL << 62) - 5), ai_int_from_i64(ctx, (1LL << 62) + 7), ai_int_lshift(ctx, I(1), I(61)))")
rg("range(-2**63, 2**63 - 1, 2**62)", "ai_range_new(ctx, ai_int_from_i64(ctx, INT64_MIN), ai_int_from_i64(ctx, INT64_MAX), ai_int_lshift(ctx, I(1), I(62)))")
def rgi(py, cexpr):
    rg(py, cexpr)
for py, key in [("[3]", "I(3)"), ("[-1]", "I(-1)"), ("[5]", "I(5)"), ("[-6]", "I(-6)"), ("[10**20]", "BIG"), ("[-10**20]", "NBIG"), ("['a']", "STR(\"a\")"), ("[1.0]", "FL(1.0)"), ("[True]", "TRUE"),
                ("[2:8:2]", "SL(I(2), I(8), I(2))"), ("[::-1]", "SL(NONE, NONE, I(-1))"), ("[10**30:]", "SL(BIG, NONE, NONE)"), ("[::0]", "SL(NONE, NONE, I(0))"), ("[1:'a']", "SL(I(1), STR(\"a\"), NONE)"), ("[-3:]", "SL(I(-3), NONE, NONE)")]:
    rgi("range(5)" + py, "ai_range_getitem(ctx, RR(RG(0, 5, 1)), %s)" % key)
rgi("range(10, 0, -3)[-1]", "ai_range_getitem(ctx, RR(RG(10, 0, -3)), I(-1))")
rgi("range(10, 0, -3)[1:]", "ai_range_getitem(ctx, RR(RG(10, 0, -3)), SL(I(1), NONE, NONE))")
rgi("range(0, 10, 3)[::-2]", "ai_range_getitem(ctx, RR(RG(0, 10, 3)), SL(NONE, NONE, I(-2)))")
rgi("range(10)[::2][::3]", "ai_range_getitem(ctx, RR(ai_range_getitem(ctx, RR(RG(0, 10, 1)), SL(NONE, NONE, I(2)))), SL(NONE, NONE, I(3)))")
rgi("range(-2**62, 2**62 - 1)[-1]", "ai_range_getitem(ctx, RR(ai_range_new(ctx, I(AI_SMALL_MIN), I(AI_SMALL_MAX), I(1))), I(-1))")
for py, x in [("3", "I(3)"), ("5", "I(5)"), ("-1", "I(-1)"), ("3.0", "FL(3.0)"), ("2.5", "FL(2.5)"), ("'a'", "STR(\"a\")"), ("True", "TRUE"), ("10**20", "BIG"), ("float('inf')", "FL(INFINITY)"), ("float('nan')", "FL(NAN)")]:
    rg(py + " in range(5)", "ai_range_contains(ctx, RR(RG(0, 5, 1)), %s)" % x, "B")
for py, x in [("4", "I(4)"), ("5", "I(5)"), ("10", "I(10)"), ("0", "I(0)"), ("-2", "I(-2)")]:
    rg(py + " in range(10, -3, -2)", "ai_range_contains(ctx, RR(RG(10, -3, -2)), %s)" % x, "B")
for a, bb in [("range(0)", "range(2, 2)"), ("range(0, 3, 2)", "range(0, 4, 2)"), ("range(0, 1, 2)", "range(0, 1, 3)"), ("range(1, 2)", "range(0, 2)"), ("range(0, 5, 2)", "range(0, 5, 3)"), ("range(5)", "range(5)"), ("range(3, 0, -1)", "range(3, 0, -1)")]:
    rg(a + " == " + bb, "ai_range_eq(RR(%s), RR(%s))" % (rgc(a), rgc(bb)), "B")
def rgc(x):
    p = x[6:-1].split(', ')
    if len(p) == 1: p = ["0"] + p
    if len(p) == 2: p = p + ["1"]
    return "RG(%s)" % ", ".join(p)
def rm(py, rcall, mid, *args):
    c(py, "ai_range_method(ctx, RR(%s), AI_M_%s, %d, ARGS(%s))" % (rcall, mid, len(args), ", ".join(args) if args else "0"))
rm("range(5).index(7)", "RG(0, 5, 1)", "index", "I(7)")
rm("range(5).index(3)", "RG(0, 5, 1)", "index", "I(3)")
rm("range(5).index(True)", "RG(0, 5, 1)", "index", "TRUE")
rm("range(5).index(10**20)", "RG(0, 5, 1)", "index", "BIG")
rm("range(5).index('a')", "RG(0, 5, 1)", "index", "STR(\"a\")")
rm("range(0, 10, 2).index(3)", "RG(0, 10, 2)", "index", "I(3)")
rm("range(0, 10, 2).index(4.0)", "RG(0, 10, 2)", "index", "FL(4.0)")
rm("range(5).index(2.5)", "RG(0, 5, 1)", "index", "FL(2.5)")
rm("range(10, 0, -3).index(4)", "RG(10, 0, -3)", "index", "I(4)")
rm("range(5).index()", "RG(0, 5, 1)", "index")
rm("range(5).count(3)", "RG(0, 5, 1)", "count", "I(3)")
rm("range(5).count(3.0)", "RG(0, 5, 1)", "count", "FL(3.0)")
rm("range(5).count('a')", "RG(0, 5, 1)", "count", "STR(\"a\")")
rm("range(5).count(1, 2)", "RG(0, 5, 1)", "count", "I(1)", "I(2)")
rm("range(5).append", "RG(0, 5, 1)", "append")

# ----- random slices (seeded): get, set (same or different size), del on short lists
import random
rnd = random.Random(8)
def bound():
    v = rnd.choice([None, None] + list(range(-9, 10)))
    return ("None", "NONE") if v is None else (str(v), "I(%d)" % v)
def step():
    v = rnd.choice([None, 1, 1, -1, 2, -2, 3, -3])
    return ("None", "NONE") if v is None else (str(v), "I(%d)" % v)
for k in range(150):
    n = rnd.randrange(0, 8)
    items = list(range(10, 10 + n))
    lpy = repr(items)
    lc = "LI(%d%s)" % (n, "".join(", %d" % x for x in items))
    (a, ca), (b_, cb), (st, cst) = bound(), bound(), step()
    sl, csl = "%s:%s:%s" % (a, b_, st), "SL(%s, %s, %s)" % (ca, cb, cst)
    op = k % 3
    if op == 0:
        c("%s[slice(%s, %s, %s)]" % (lpy, a, b_, st), "ai_list_getitem(ctx, LL(%s), %s)" % (lc, csl))
        c("tuple(%s)[slice(%s, %s, %s)]" % (lpy, a, b_, st), "ai_tuple_getitem(ctx, TT(ai_list_to_tuple(ctx, %s)), %s)" % (lc, csl))
        c("range(10, %d)[slice(%s, %s, %s)]" % (10 + n, a, b_, st), "ai_range_getitem(ctx, RR(RG(10, %d, 1)), %s)" % (10 + n, csl))
    elif op == 1:
        m = rnd.randrange(0, 5)
        v = list(range(90, 90 + m))
        c("l = %s\nl[%s] = %r\nr = l" % (lpy, sl, v), "WITH(%s, ai_list_setitem(ctx, LL(cur), %s, LI(%d%s)))" % (lc, csl, m, "".join(", %d" % x for x in v)))
    else:
        c("l = %s\ndel l[%s]\nr = l" % (lpy, sl), "WITH(%s, ai_list_delitem(ctx, LL(cur), %s))" % (lc, csl))

# ----- random ranges (seeded): slices, items, membership, index, count, equality
for k in range(60):
    a, b_ = rnd.randrange(-20, 21), rnd.randrange(-20, 21)
    st = rnd.choice([1, 2, 3, 5, -1, -2, -4])
    r, cr = "range(%d, %d, %d)" % (a, b_, st), "RR(RG(%d, %d, %d))" % (a, b_, st)
    (x, cx), (y, cy), (z, cz) = bound(), bound(), step()
    c("%s[%s:%s:%s]" % (r, x, y, z), "ai_range_getitem(ctx, %s, SL(%s, %s, %s))" % (cr, cx, cy, cz))
    i = rnd.randrange(-12, 12)
    c("%s[%d]" % (r, i), "ai_range_getitem(ctx, %s, I(%d))" % (cr, i))
    v = rnd.randrange(-22, 22)
    c("%d in %s" % (v, r), "ai_range_contains(ctx, %s, I(%d))" % (cr, v), "B")
    c("%s.index(%d)" % (r, v), "ai_range_method(ctx, %s, AI_M_index, 1, ARGS(I(%d)))" % (cr, v))
    c("%s.count(%d)" % (r, v), "ai_range_method(ctx, %s, AI_M_count, 1, ARGS(I(%d)))" % (cr, v))
    c("%s == %s[%s:%s:%s]" % (r, r, x, y, z), "ai_range_eq(%s, RR(ai_range_getitem(ctx, %s, SL(%s, %s, %s))))" % (cr, cr, cx, cy, cz), "B")

# ----- random sorts (seeded) with a str among ints: the first failing comparison (which operand is
# the str) follows CPython's count_run and binary insertion
for k in range(40):
    n = rnd.randrange(2, 60)
    vals = [rnd.randrange(100) for _ in range(n)]
    if k % 4:
        vals.sort(reverse=k % 2 == 0)
    pos = rnd.randrange(n)
    py = repr(vals[:pos] + ["s"] + vals[pos + 1:])
    cw = ", ".join('STR("s")' if i == pos else "I(%d)" % v for i, v in enumerate(vals))
    rev = k % 3 == 0
    c("l = %s\nl.sort(reverse=%s)\nr = l" % (py, rev), "ai_list_method(ctx, LL(ai_list_from(ctx, %d, ARGS(%s))), AI_M_sort, 2, ARGS(NONE, %s))" % (n, cw, "TRUE" if rev else "FALSE"))

# ----- longer sorts (seeded) that merge runs and gallop: NaNs (an inconsistent order) and an
# error in the middle of a merge give CPython's list, as the same comparisons in the same order do
for k in range(16):
    n = rnd.randrange(60, 200)
    base = [rnd.randrange(100) for _ in range(n)]
    if k % 4 == 3:
        base = sum((sorted(base[i:i + 40], reverse=(i // 40) % 2 == 0) for i in range(0, n, 40)), [])
    vals, toks = [], []
    for v in base:
        r = rnd.random()
        if k < 8 and r < 0.05:
            vals.append(float("nan")); toks.append("n")
        elif k >= 8 and r < 0.01:
            vals.append("x"); toks.append("s")
        else:
            vals.append(v); toks.append(str(v))
    if k >= 8 and "s" not in toks[70:]:
        vals[n - 1 - k] = "x"; toks[n - 1 - k] = "s"
    rev = k % 3 == 1
    code = "l = %r\nl.sort(reverse=%s)\nr = l" % (vals, rev)
    code = code.replace("nan", "float('nan')")
    try:
        l = list(vals); l.sort(reverse=rev); text = repr(l)
    except Exception as e:
        text = type(e).__name__ + ": " + str(e) + " | " + repr(l)
    cases.append(("#" + text, 'sort_tokens("%s", %s)' % (" ".join(toks), "true" if rev else "false"), "X"))

def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')
def fixcur(cexpr):
    i = cexpr.find("CUR(")
    if i < 0:
        return cexpr
    j = i + 4; d = 1
    while d:
        d += {"(": 1, ")": -1}.get(cexpr[j], 0); j += 1
    x = cexpr[i + 4:j - 1]
    e = cexpr[:i] + "cur" + cexpr[j:]
    if e.startswith("after(") and e.endswith(")"):
        return "WITH(%s, %s)" % (x, e[6:-1])
    return "(cur = %s, %s)" % (x, e)
out = []
for py, cexpr, kind in cases:
    cexpr = fixcur(cexpr)
    g = {}
    if kind == "X": # expected text computed above
        out.append('    CHECK_STR(%s, "%s");' % (cexpr, esc(py[1:])))
        continue
    try:
        if "\n" in py or py.startswith("l=") or "=" in py.split("\n")[0] and not any(op in py for op in ("==", "!=", "<=", ">=")):
            exec(py, g)
            r = g["r"]
        else:
            r = eval(py, g)
        text = repr(r)
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    if kind == "H" and text.lstrip("-").isdigit():
        text = text
    if kind == "B" and text not in ("True", "False") and ":" not in text:
        raise SystemExit("not a bool: %r -> %s" % (py, text))
    out.append('    CHECK_STR(%s(%s), "%s"); /* %s */' % (kind, cexpr, esc(text), esc(py.replace("\n", "; ")).replace("*/", "* /")))
# in functions of 100 cases (one huge function is slow to compile with -g)
chunks = [out[i:i + 100] for i in range(0, len(out), 100)]
text = "\n".join("static void test_cases_%d(void) {\n%s\n}\n" % (k, "\n".join(ch)) for k, ch in enumerate(chunks))
text += "\nstatic void test_cases(void) {\n%s}" % "".join("    test_cases_%d();\n" % k for k in range(len(chunks)))
if sys.argv[1:] == ["--write"]: # replace the generated lines of test_seq.c in place
    import os
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_seq.c")
    src = open(path).read()
    a = src.index("\n", src.index("/* BEGIN GENERATED")) + 1
    b = src.rindex("\n", 0, src.index("/* END GENERATED")) + 1
    open(path, "w").write(src[:a] + text + "\n" + src[b:])
else:
    print(text)
