#!/usr/bin/env python3
"""The generated cases of test_strm.c: Python expressions, translated to C calls, each checked
against the text python3 gives for it (repr of the result, or "Kind: message" of the exception;
UnicodeDecodeError/UnicodeEncodeError are raised by the runtime as their base, ValueError, with the
same message). Run with python3 3.11 to rewrite the generated part of test_strm.c:

    python3 runtime/test/test_strm_cases.py
"""
import os
import ast
import sys

def cstr(s):
    if isinstance(s, str):
        b = s.encode("utf-8")
    else:
        b = s
    out = '"'
    for c in b:
        if c == 0x22: out += '\\"'
        elif c == 0x5c: out += '\\\\'
        elif 0x20 <= c < 0x7f: out += chr(c)
        else: out += '\\%03o' % c
    return out + '"'

def carg(node):
    if isinstance(node, ast.Constant):
        v = node.value
        if v is None: return "NONE"
        if v is True: return "ai_bool_box(true)"
        if v is False: return "ai_bool_box(false)"
        if isinstance(v, str): return "SW(%s)" % cstr(v)
        if isinstance(v, bytes): return "BW(%s, %d)" % (cstr(v), len(v))
        if isinstance(v, int):
            if -2**62 <= v < 2**62: return "I(%d)" % v
            return "BIG(%s)" % cstr(str(v))
        if isinstance(v, float): return "F(%r)" % v
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = carg(node.operand)
        if inner.startswith("I("): return "I(-%s" % inner[2:]
        if inner.startswith("F("): return "F(-%s" % inner[2:]
        if inner.startswith("BIG("): return 'BIG("-' + inner[5:]
    if isinstance(node, ast.BinOp):
        v = eval(compile(ast.Expression(node), "", "eval"))
        return carg(ast.Constant(v))
    if isinstance(node, ast.Tuple):
        return "TUP(%d%s)" % (len(node.elts), "".join(", " + carg(e) for e in node.elts))
    if isinstance(node, ast.List):
        return "LST(%d%s)" % (len(node.elts), "".join(", " + carg(e) for e in node.elts))
    if isinstance(node, ast.Dict):
        return "DCT(%d%s)" % (len(node.keys), "".join(", %s, %s" % (carg(k), carg(v)) for k, v in zip(node.keys, node.values)))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float":
        return "F(%s)" % {"inf": "INFINITY", "-inf": "-INFINITY", "nan": "NAN"}[node.args[0].value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "slice":
        a = [carg(x) for x in node.args] + ["NONE"] * (3 - len(node.args))
        if len(node.args) == 1: a = ["NONE", carg(node.args[0]), "NONE"]
        return "SL(%s)" % ", ".join(a)
    raise SystemExit("cannot translate %s" % ast.dump(node))

def cexpr(src):
    node = ast.parse(src, mode="eval").body
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        recv = node.func.value
        m = node.func.attr
        args = [carg(a) for a in node.args]
        kw = node.keywords
        if kw:
            args.append("DCT(%d%s)" % (len(kw), "".join(", SW(%s), %s" % (cstr(k.arg), carg(k.value)) for k in kw)))
            mid = "AI_M_%s | AI_M_KW" % m
        else:
            mid = "AI_M_%s" % m
        av = "(int64_t[]){%s}" % ", ".join(args) if args else "NULL"
        r = carg(recv)
        if r.startswith("SW("):
            return "ai_str_method(ctx, S(%s), %s, %d, %s)" % (r[3:-1], mid, len(args), av)
        if r.startswith("BW("):
            return "ai_bytes_method(ctx, B(%s), %s, %d, %s)" % (r[3:-1], mid, len(args), av)
        return "ai_num_method(ctx, %s, %s, %d, %s)" % (r, mid, len(args), av)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return "ai_str_mod(ctx, S(%s), %s)" % (carg(node.left)[3:-1], carg(node.right))
    if isinstance(node, ast.Subscript):
        r = carg(node.value)
        k = node.slice
        if isinstance(k, ast.Slice):
            key = "SL(%s, %s, %s)" % tuple(carg(x) if x else "NONE" for x in (k.lower, k.upper, k.step))
        else:
            key = carg(k)
        if r.startswith("SW("):
            return "ai_str_getitem(ctx, S(%s), %s)" % (r[3:-1], key)
        return "ai_bytes_getitem(ctx, B(%s), %s)" % (r[3:-1], key)
    if isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In):
        return "ai_bool_box(ai_str_contains(ctx, S(%s), %s))" % (carg(node.comparators[0])[3:-1], carg(node.left))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        f = node.func.id
        if f == "float":
            return "FP(%s)" % cstr(node.args[0].value)
        if f == "int":
            return "ai_int_from_str_base(ctx, S(%s), %d)" % (cstr(node.args[0].value), node.args[1].value if len(node.args) > 1 else 10)
        if f == "list":  # list(s): iteration
            return "ITER(%s)" % carg(node.args[0])
    raise SystemExit("cannot translate " + src)

def expect(src):
    try:
        v = eval(src)
        return repr(v)
    except Exception as e:
        name = type(e).__name__
        if name in ("UnicodeDecodeError", "UnicodeEncodeError"):
            name = "ValueError"
        if isinstance(e, KeyError):
            return "KeyError: " + repr(e.args[0])
        return "%s: %s" % (name, e)


CASES = [
    ('split_strip', r'''
# split / rsplit
"a,b,,c".split(",")
"a,b,,c".split(",", 1)
"a,b,,c".rsplit(",", 1)
"  a  b \t c\n ".split()
"  a  b \t c\n ".split(None, 1)
"  a  b \t c\n ".rsplit(None, 1)
"  a  b \t c\n ".rsplit()
"".split()
"".split(",")
"   ".split()
"a b".split(None, 0)
" a b ".rsplit(None, 0)
"a\x1cb\x1fc".split()
"é à\u3000ü\u2003x".split()
"éxàxü".split("x")
"éxàxü".rsplit("x", 1)
"aXXbXXc".split("XX", -1)
"abc".split("")
"abc".split(1)
"abc".split(",", "x")
"abc".split(",", 1, 2)
# splitlines
"a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines()
"a\nb\r\n\nc\r".splitlines(True)
"".splitlines()
"\n".splitlines()
"abc".splitlines(1, 2)
# join
",".join(["a", "b", "c"])
",".join(("a",))
",".join([])
"é-".join(["x", "ü", "z"])
",".join(["a", 1])
",".join(1)
",".join()
",".join("abc")
# strip
"  \t abc \n ".strip()
"  abc  ".lstrip()
"  abc  ".rstrip()
"xyabcyx".strip("xy")
"xyabcyx".lstrip("xy")
"xyabcyx".rstrip("xy")
"ééaéé".strip("é")
"\u3000 a \u2003".strip()
"abc".strip(None)
"abc".strip(1)
"abc".strip("a", "b")
"".strip()
"aaa".strip("a")
"a\r\nb\r\n".splitlines(True)
"a\r\rb".splitlines()
"x\u2028y".splitlines(True)
"a\u2003b\u3000c".rsplit(None, 1)
"é,à".rsplit(",")
"abcabc".rsplit("bc")
"abcabc".rsplit("bc", 0)
"aéb".strip("ab")
"éaé".strip("éa")
"xé€x".strip("x€é")
"  é  ".strip(" ")
'''),
    ('case_predicates', r'''
# case mapping
"Hello World 123".upper()
"Hello World 123".lower()
"hello wORLD it's o'neil 3rd".title()
"hELLO wORLD".capitalize()
"Hello World".swapcase()
"Hello ß".casefold()
"straße".upper()
"ÉCOLE été ÿ µ".upper()
"ÉCOLE été Ÿ".lower()
"ǆemal ǈ".title()
"ΣΑΣ ΟΔΟΣ".lower()
"ΟΔΟΣ.".lower()
"Σ".lower()
"aΣb".lower()
"ΣΑΣ".swapcase()
"ΣΑΣ ΟΔΟΣ".title()
"привет МИР".upper()
"привет МИР".swapcase()
"ŉ ǰ".upper()
"İstanbul".lower()
"日本語 abc".upper()
"日本語 abc".title()
"😀 abc".upper()
"abc".upper(1)
"abc".title(1, 2)
"".upper()
# predicates
"123".isdigit()
"12a".isdigit()
"²".isdigit()
"²".isdecimal()
"½".isnumeric()
"½".isdigit()
"".isdigit()
"abc".isalpha()
"abç".isalpha()
"ab1".isalpha()
"ab1".isalnum()
"ab 1".isalnum()
" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f".isspace()
"\u3000\xa0\x85".isspace()
"".isspace()
" a".isspace()
"ABC1".isupper()
"ABc".isupper()
"123".isupper()
"abc1".islower()
"ÀÉ".isupper()
"àé".islower()
"Hello World".istitle()
"Hello world".istitle()
"HELLO".istitle()
"ǅemal".istitle()
"123".istitle()
"Hello 3World".istitle()
"abc".isidentifier()
"_a1".isidentifier()
"1a".isidentifier()
"é1".isidentifier()
"a-b".isidentifier()
"".isidentifier()
"日本".isidentifier()
"abc".isascii()
"abé".isascii()
"".isascii()
"日本".isalpha()
"日本".isnumeric()
"一".isdigit()
"abc".isdigit(1)
"一二三".isnumeric()
"一二三".isdigit()
"日本一".isalnum()
"零".isnumeric()
"éCOLE".capitalize()
"ßa".capitalize()
"ßa".title()
"ß".swapcase()
"ΣΑΣ".casefold()
"ς".upper()
"ǅ".lower()
"ǅ".upper()
"ǆ".title()
"aǅb".swapcase()
"hello2world x1y".title()
"ÀÉÎ õü".swapcase()
"Ǆ".isupper()
"ǅ".isupper()
"ǅ".islower()
"İ".lower()
"ŀ ĳ Ĳ".upper()
"ſ".upper()
"ſ".casefold()
"µ".casefold()
"ΆΈΉ".lower()
"ΐ".upper()
"ﬀ".isalpha()
"ὒ".upper()
"“Hello” — €5…".upper()
"“Hello” — €5…".title()
"Ⅻ ⅻ".lower()
"Ⅻ ⅻ".upper()
"ⅻ".isnumeric()
"①".isdigit()
"Việt Nam ĐẸP".lower()
"Việt Nam".upper()
"ẞ".lower()
"ᾳ".upper()
"ᾳ".title()
"ᾼ".lower()
"Ω K Å".lower()
"→ ∑ ★".isalpha()
"ＡＢｃ１".lower()
"ＡＢｃ１".isdigit()
'''),
    ('find_count_replace', r'''
# find family
"hello world".find("o")
"hello world".find("o", 5)
"hello world".find("o", 5, 7)
"hello world".find("o", -4)
"hello world".find("z")
"hello world".rfind("o")
"hello world".rfind("o", 0, 5)
"hello world".index("w")
"hello world".index("z")
"hello world".rindex("z")
"hello world".rindex("l")
"héllo wörld".find("ö")
"héllo wörld".rfind("l")
"héllo wörld".find("l", 3)
"héllo wörld".find("wö", 0, 7)
"héllo wörld".find("wö", 0, 8)
"abc".find("")
"abc".find("", 3)
"abc".find("", 4)
"abc".rfind("")
"abc".rfind("", 1, 2)
"abc".find("", 2, 1)
"abc".find("a", None, None)
"abc".find("a", 10**30)
"abc".find("c", -10**30)
"abc".find("a", "x")
"abc".find(1)
"abc".find()
"abc".find("a", 1, 2, 3)
"abc".index()
"abc".find("b", True)
# count
"aaaa".count("aa")
"abcabc".count("bc", 2)
"abc".count("")
"abc".count("", 1)
"abc".count("", 5)
"héllo".count("l")
"héllo".count("", 1, 3)
"abc".count("a", 2, 1)
"abc".count()
"abc".count(None)
# startswith / endswith
"hello".startswith("he")
"hello".startswith("lo", 3)
"hello".startswith(("x", "he"))
"hello".startswith(())
"hello".endswith("lo")
"hello".endswith("hel", 0, 3)
"hello".endswith(("x", "y"))
"hello".startswith("", 5)
"hello".startswith("", 6)
"hello".endswith("", 6)
"héllo".endswith("llo")
"héllo".startswith("é", 1)
"héllo".endswith("é", 0, 2)
"hello".startswith(1)
"hello".endswith(("a", 1))
"hello".startswith()
"éa".endswith("éé", 1)
"ab".endswith("éé")
"ab".startswith("éé")
"ab".endswith(("éé", "b"))
"aé".startswith("aéé")
# replace
"aaa".replace("a", "b")
"aaa".replace("a", "b", 2)
"aaa".replace("a", "b", 0)
"aaa".replace("a", "b", -1)
"abc".replace("", "-")
"abc".replace("", "-", 2)
"".replace("", "x")
"héllo".replace("l", "L")
"héllo".replace("", "|")
"abc".replace("x", "y")
"abc".replace("b", "")
"abc".replace(1, "x")
"abc".replace("a", 1)
"abc".replace("a")
"abc".replace("a", "b", "c")
"abc".replace("a", "b", 1, 2)
'''),
    ('pad_partition_encode_index', r'''
# padding
"ab".zfill(5)
"-12".zfill(6)
"+".zfill(3)
"abc".zfill(2)
"é".zfill(3)
"ab".zfill("x")
"ab".zfill(10**30)
"ab".zfill()
"ab".ljust(5)
"ab".ljust(5, "*")
"ab".rjust(5, "é")
"ab".center(5, "*")
"a".center(4, "*")
"abc".center(6, "*")
"abc".center(7)
"abc".center(2)
"ab".ljust(5, "xy")
"ab".ljust(5, 1)
"ab".ljust()
"ab".rjust(1, 2, 3)
"ab".center("x")
"ab".ljust(-5)
# partition
"a=b=c".partition("=")
"a=b=c".rpartition("=")
"abc".partition("=")
"abc".rpartition("=")
"é=ü".partition("=")
"abc".partition("")
"abc".partition(1)
"abc".partition()
# prefixes, tabs
"prefix-body".removeprefix("prefix-")
"prefix-body".removeprefix("x")
"body.txt".removesuffix(".txt")
"body.txt".removesuffix("")
"é.txt".removesuffix(".txt")
"abc".removeprefix(1)
"abc".removesuffix()
"a\tb\tc".expandtabs()
"a\tbc\td".expandtabs(4)
"ab\n\tc\r\td".expandtabs(4)
"a\tb".expandtabs(0)
"a\tb".expandtabs(-1)
"é\tb".expandtabs(3)
"abc".expandtabs("x")
# encode
"abc".encode()
"héllo".encode()
"héllo".encode("latin-1")
"héllo".encode("ascii")
"aéé€".encode("latin-1")
"€".encode("latin-1")
"a😀".encode("ascii")
"héllo".encode("UTF-8")
"abc".encode(1)
"abc".encode("utf-8", 1)
"abc".encode("ascii", "strict")
# contains, index, iteration
"b" in "abc"
"bc" in "abc"
"" in "abc"
"x" in "abc"
"ö" in "wörld"
1 in "abc"
"abc"[0]
"abc"[-1]
"abc"[3]
"abc"[-4]
"abc"["x"]
"abc"[1.5]
"abc"[True]
"abc"[10**30]
"héllo"[1]
"héllo"[-1]
"héllo"[4]
"abcdef"[1:4]
"abcdef"[::2]
"abcdef"[::-1]
"abcdef"[-2:]
"abcdef"[4:1]
"abcdef"[:]
"héllo wörld"[1:8]
"héllo wörld"[::-2]
"héllo wörld"[7:]
"héllo"[::3]
"abc"[::0]
"abc"["a":]
"aéé€x".encode("ascii")
"aé€".encode("latin-1")
"a€😀b".encode("latin-1")
"x😀".encode("latin-1")
"abcdefgh"[1:7:2]
"abcdefgh"[7:1:-3]
"abcdefgh"[-100:100]
"abcdefgh"[100:]
"héllo wörld"[-3:]
"héllo wörld"[-100:3]
"héllo wörld"[10:2:-1]
"é"[0]
"é😀"[1]
"é😀"[-2]
'''),
    ('printf', r'''
# printf-style
"%s" % "x"
"%s and %s" % ("a", "b")
"%d" % 42
"%5d|" % 42
"%-5d|" % 42
"%05d" % -42
"%+d" % 5
"% d" % 5
"% 05d" % 5
"%+05d" % 5
"%.3d" % 5
"%+.3d" % -5
"%x %X %o" % (255, 255, 8)
"%#x %#X %#o" % (255, 255, 8)
"%#5.3x" % -5
"%#x %#o %x" % (0, 0, 0)
"%i %u" % (3, 4)
"%d" % 10**30
"%x" % -10**30
"%d" % True
"%x" % True
"%d" % 3.99
"%d" % -3.99
"%d" % float("inf")
"%d" % float("nan")
"%d" % "x"
"%x" % 1.5
"%f" % 3.14159
"%.2f" % 3.14159
"%10.3f|" % -3.14159
"%-10.3f|" % 3.14159
"%010.3f" % -3.14159
"%+.1f" % 2.25
"% f" % -0.0
"%.0f" % 2.5
"%#.0f" % 2.0
"%e" % 12345.678
"%-12.3E|" % 12345.678
"%#.0e" % 2.0
"%g" % 1e-5
"%g" % 123456789.0
"%G" % 1e20
"%#g" % 1.0
"%.3g" % 3.14159
"%f" % 5
"%f" % True
"%f" % float("inf")
"%05f" % float("inf")
"%-05f|" % float("-inf")
"%F" % float("nan")
"%f" % "x"
"%f" % 10**400
"%.50f" % 0.1
"%s" % None
"%s" % 1.5
"%r" % "é"
"%a" % "é"
"%a" % "x😀"
"%5.1s|" % "abc"
"%.2s" % "éàü"
"%-5s|" % "é"
"%5s|" % "é"
"%.1r" % "ab"
"%c" % 65
"%c" % 233
"%c" % "é"
"%-5c|" % "x"
"%.3c" % 65
"%c" % True
"%c" % "ab"
"%c" % 1.5
"%c" % 0x110000
"%c" % -1
"%%" % ()
"100%% %s" % "x"
"%*d" % (5, 3)
"%-*d|" % (-5, 3)
"%*.*f" % (8, 2, 3.14159)
"%.*f" % (-2, 1.5)
"%*d" % ("x", 1)
"%ld %hd %Lf" % (5, 6, 1.5)
"%(a)s" % 5
"%s" % [1, 2]
"" % [1]
"" % 5
"" % ()
"%s %s" % (1,)
"%s" % (1, 2)
"%s" % ()
"%" % 1
"%5" % 1
"%y" % 1
"%5%" % (1,)
"%é" % 1
"%s %d" % (1, "x")
"%s" % (1,)
"%s" % ((1, 2),)
'''),
    ('format', r'''
# str.format
"{}".format(1)
"{} {}".format("a", 2.5)
"{1} {0}".format("a", "b")
"{0}{0}".format("ab")
"{0}{}".format(1, 2)
"{}{0}".format(1, 2)
"{1}".format(1)
"{0}".format()
"{x}".format()
"{" .format()
"}".format()
"{0".format()
"a}b".format()
"{{}}{{".format()
"{!r}".format("x")
"{!s}".format("x")
"{!a}".format("é")
"{!x}".format("x")
"{!r:>5}".format("x")
"{!}".format(1)
"{!rr}".format(1)
"{0!s:*^9}".format(1.5)
"{:5d}|{:<5}|{:^7.2f}".format(42, "ab", 3.14159)
"{:x} {:#b} {:,}".format(255, 5, 10**6)
"{:%}".format(0.5)
"{:{}}".format("x", 5)
"{:{:{}}}".format(1, 2, 3)
"{0:{1}}".format("a", "<3")
"{:d}".format("x")
"{} {}".format(None, True)
"{:>5}".format(None)
"{0[1]}".format([5, 6])
"{[0]}".format([1])
"{0[}".format([1])
"{0.real}".format(1)
"{:}".format(1)
"é{}ü".format("à")
"{:é^5}".format("x")
"{0!}".format(1)
"{0!r:^10}|".format("é")
"{:<{}}|".format("a", 3)
"{:*>8,.2f}".format(12345.678)
"{:+}".format(5)
"{0}{1}{0}".format("a", "b")
"{:s}".format(1)
"{:>3}".format(True)
"{:d}".format(True)
"{}".format([1, "a"])
"{!r}".format((1,))
"{:10}|".format(None)
"{0[0]}{0[1]}".format("ab")
"{0[2]}".format("ab")
"{0[x]}".format([1])
"{0.foo}".format(1)
"{0.}".format(1)
"{0[]}".format(1)
"{0[0]x}".format([1])
'''),
    ('bytes_parse', r'''
# bytes
b"ab".find(b"b")
b"ab".find(98)
b"ab".find(300)
b"ab".find("a")
b"abcb".rfind(b"b")
b"abcb".index(b"c")
b"abcb".index(b"x")
b"ab".count(b"")
b"abab".count(b"ab")
b"ab".count(97)
b"a".startswith("a")
b"ab".startswith((b"x", b"a"))
b"abc".endswith(b"bc", 1)
b"abc".endswith(b"ab", 0, 2)
b",".join([b"a", b"b"])
b",".join([b"a", "b"])
b",".join(1)
b",".join([])
b"ab".split(b"a")
b"ab".split("a")
b"  a b  ".split()
b"  a b  c ".split(None, 1)
b"aXbXc".split(b"X", 1)
b"\x1c a".split()
b"ab".split(b"")
b"xyax".strip(b"xy")
b"  ab  ".strip()
b"  ab  ".lstrip()
b"  ab  ".rstrip()
b"ab".strip("a")
b"AbC1".upper()
b"AbC1".lower()
b"ab".upper(1)
b"ab".hex()
b"\x00\xff\x10".hex()
b"".hex()
b"ab".decode()
b"h\xc3\xa9llo".decode()
b"h\xc3\xa9llo".decode("utf-8")
b"\xe9".decode("latin-1")
b"abc".decode("ascii")
b"\xff".decode()
b"\xe4\x41".decode()
b"\xe4\xb8\x41".decode()
b"a\xe4\xb8".decode()
b"a\xe4".decode()
b"\xe0\x80\x80".decode()
b"\xed\xa0\x80".decode()
b"\xf4\x90\x80\x80".decode()
b"\xf0\x9f\x98".decode()
b"\xf0\x9f\x98\x80".decode()
b"\xc0\x80".decode()
b"\xf8".decode()
b"\x80abc".decode()
b"\xff".decode("ascii")
b"ab\xff\xfe".decode("ascii")
b"ab".decode(1)
b"ab"[0]
b"ab"[-1]
b"ab"[5]
b"ab"["x"]
b"abcd"[1:3]
b"abcd"[::-1]
b"abcd"[::2]
b"a\x00'\"\x7f\n\\\t\r"[:]
b"'"[:]
b"'\""[:]
b"\x80\xff"[:]
# float()
float("1.5")
float("  -1_000.5 \n")
float("1e500")
float("-1e500")
float("inf")
float("-Infinity")
float("nan")
float("+NaN")
float(".5")
float("5.")
float("1e-5")
float("1E+5")
float("1_0e1_0")
float("0.1")
float("1.7976931348623157e308")
float("5e-324")
float("")
float(" ")
float(".")
float("1_")
float("_1")
float("1__0")
float("1._5")
float("1_.5")
float("e5")
float("1e")
float("1e+")
float("0x10")
float("infinit")
float("nan1")
float("1 2")
float("é")
float("\u3000 1.5 \xa0")
float("1.5\x1c")
float("1e1_0")
float("-iNF")
float("+inFinity")
float("infinityx")
float(" nan ")
float("1.5e")
float("1_000_000")
float("0_1")
float("00.5")
float("1e0001")
float("-0")
float("1.e5")
float(".e5")
float("\t\n1\x0b\x0c\r")
# int(s, base)
int("0X1F", 0)
int("0B1", 0)
int("0O7", 0)
int(" 0x1f ", 16)
int("-0b101", 0)
int("0x-1", 16)
int("0x1F", 36)
int("11111111111111111111111111111111111111111111111111", 2)
int("\t42\n", 10)
int("0", 0)
int("-0", 0)
int("000", 0)
int("0_0_0", 0)
int("1_000", 0)
int("0x1f", 0)
int("0x1f", 16)
int("0x_1f", 16)
int("0x1f", 10)
int("010", 0)
int("00", 0)
int("0_0", 0)
int("0b101", 0)
int("0o17", 8)
int("0o17", 0)
int("z", 36)
int("Z", 36)
int("1__0", 10)
int("_1", 10)
int("1_", 10)
int("  -0x10  ", 0)
int("0x", 16)
int("12", 37)
int("12", 1)
int("1e3", 10)
int("", 10)
int("+", 10)
int("9", 8)
int("0b", 0)
int("0_7", 0)
int("07", 8)
int("0xg", 16)
int("- 1", 10)
int("0b1", 16)
int("ffffffffffffffffffffffffffffffff", 16)
int("-1010101010101010101010101010101010101010101010101010101010101010101", 2)
int("12345678901234567890123456789", 0)
int("é", 10)
b"a b".rsplit()
b"  a  b c ".rsplit(None, 1)
b"a,b,c".rsplit(b",",1)
b"a,b,c".rsplit(b",")
b"a=b".partition(b"=")
b"a=b".rpartition(b"x")
b"a=b".partition(b"x")
b"a=b=c".rpartition(b"=")
b"a=b".partition("=")
b"ab".replace(b"a",b"x")
b"aaa".replace(b"a",b"xy", 2)
b"ab".replace("a",b"x")
b"ab".replace(b"",b"-")
b"12".isdigit()
b"".isdigit()
b"Ab".isalpha()
b"Ab1".isalnum()
b" \t".isspace()
b"\x1c".isspace()
b"AB1".isupper()
b"ab1".islower()
b"Ab Cd".istitle()
b"\xff".isascii()
b"ab".isascii()
b"ab".ljust(5)
b"ab".ljust(5,b"*")
b"ab".rjust(5,b"*")
b"ab".ljust(5,"*")
b"ab".ljust(5,b"**")
b"ab".center(5,b"*")
b"-1".zfill(4)
b"ab".zfill(1)
b"a\tb".expandtabs()
b"a\tb\n\tc".expandtabs(4)
b"a\nb\r\nc".splitlines()
b"a\nb\r\nc\r".splitlines(True)
b"a\x0bb".splitlines()
b"pre-x".removeprefix(b"pre-")
b"x.t".removesuffix(b".t")
b"x.t".removesuffix(b".u")
b"x".removeprefix("x")
b"hello world 3rd".title()
b"hELLO".capitalize()
b"hELLO \xff".swapcase()
b"ab".ljust()
b"ab".partition()
b"ab".replace(b"a")
b"ab".isdigit(1)
b"ab".zfill()
b"ab".rsplit("a")
'''),
    ('num_methods', r'''
# int / float methods
(5).bit_length()
(-5).bit_length()
(0).bit_length()
True.bit_length()
(-(2**70)).bit_length()
(-5).bit_count()
(2**70+3).bit_count()
True.bit_length(1)
(5).bit_length(1)
(5).conjugate()
True.conjugate()
(1.5).conjugate()
(5).as_integer_ratio()
True.as_integer_ratio()
(-2**70).as_integer_ratio()
(0.1).as_integer_ratio()
(-0.0).as_integer_ratio()
(2.5).as_integer_ratio()
(1e300).as_integer_ratio()
(5e-324).as_integer_ratio()
float("inf").as_integer_ratio()
float("nan").as_integer_ratio()
(1.5).is_integer()
(2.0).is_integer()
(-0.0).is_integer()
float("inf").is_integer()
float("nan").is_integer()
(1.5).is_integer(1)
(1.5).conjugate(1)
(5).as_integer_ratio(1)
(1.5).bit_length()
(1.5).bit_count()
(5).is_integer()
True.is_integer()
(5).hex()
'''),
    ('dict_args', r'''
# needing dicts
"%(a)s %(b)r" % {"a": 1, "b": "x"}
"%(a)s" % {}
"%(a" % {"a": 1}
"%(a)s %s" % {"a": 1}
"%s %(a)s" % {"a": 1}
"%s" % {"a": 1}
"{x} {y}".format(x=1, y="z")
"{:>{w}}|".format("ab", w=6)
"{:{w}.{p}f}".format(3.14159, w=9, p=2)
"{0[a]}".format({"a": 3})
"%(a)s" % {}
"%(k)d %(k)x" % {"k": 255}
"{a}{b}{a}".format(a="x", b=1)
"{a}".format(b=1)
"{0}{a}".format(1, a=2)
'''),
]

BEGIN = "/* ----- generated by test_strm_cases.py: begin ----- */\n"
END = "/* ----- generated by test_strm_cases.py: end ----- */\n"


def generate():
    out = [BEGIN]
    for name, text in CASES:
        out.append("static void test_%s(void) {\n" % name)
        for line in text.strip("\n").split("\n"):
            if line.startswith("#"):
                out.append("    /* %s */\n" % line[1:].strip())
            elif line.strip():
                out.append("    CHECK_STR(T(%s), %s);\n" % (cexpr(line), cstr(expect(line))))
        out.append("}\n\n")
    out.append(END)
    return "".join(out)


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_strm.c")
    src = open(path).read()
    a, b = src.index(BEGIN), src.index(END) + len(END)
    text = src[:a] + generate() + src[b:]
    open(path, "w").write(text)
