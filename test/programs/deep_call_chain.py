"""Call chains deeper than the type-inference rounds: each callee's return type is known by the
time its caller needs it (callees compiled on demand), so the depth does not matter."""
import asyncio

def g0(x):
    return g1(x + 1)
def g1(x):
    return g2(x + 1)
def g2(x):
    return g3(x + 1)
def g3(x):
    return g4(x + 1)
def g4(x):
    return g5(x + 1)
def g5(x):
    return g6(x + 1)
def g6(x):
    return g7(x + 1)
def g7(x):
    return g8(x + 1)
def g8(x):
    return g9(x + 1)
def g9(x):
    return g10(x + 1)
def g10(x):
    return g11(x + 1)
def g11(x):
    return g12(x + 1)
def g12(x):
    return g13(x + 1)
def g13(x):
    return g14(x + 1)
def g14(x):
    return g15(x + 1)
def g15(x):
    return g16(x + 1)
def g16(x):
    return g17(x + 1)
def g17(x):
    return g18(x + 1)
def g18(x):
    return g19(x + 1)
def g19(x):
    return g20(x + 1)
def g20(x):
    return g21(x + 1)
def g21(x):
    return g22(x + 1)
def g22(x):
    return g23(x + 1)
def g23(x):
    return g24(x + 1)
def g24(x):
    return g25(x + 1)
def g25(x):
    return g26(x + 1)
def g26(x):
    return g27(x + 1)
def g27(x):
    return g28(x + 1)
def g28(x):
    return g29(x + 1)
def g29(x):
    return g30(x + 1)
def g30(x):
    return g31(x + 1)
def g31(x):
    return g32(x + 1)
def g32(x):
    return g33(x + 1)
def g33(x):
    return g34(x + 1)
def g34(x):
    return g35(x + 1)
def g35(x):
    return g36(x + 1)
def g36(x):
    return g37(x + 1)
def g37(x):
    return g38(x + 1)
def g38(x):
    return g39(x + 1)
def g39(x):
    return g40(x + 1)
def g40(x):
    return g41(x + 1)
def g41(x):
    return g42(x + 1)
def g42(x):
    return g43(x + 1)
def g43(x):
    return g44(x + 1)
def g44(x):
    return g45(x + 1)
def g45(x):
    return g46(x + 1)
def g46(x):
    return g47(x + 1)
def g47(x):
    return g48(x + 1)
def g48(x):
    return g49(x + 1)
def g49(x):
    return g50(x + 1)
def g50(x):
    return g51(x + 1)
def g51(x):
    return g52(x + 1)
def g52(x):
    return g53(x + 1)
def g53(x):
    return g54(x + 1)
def g54(x):
    return g55(x + 1)
def g55(x):
    return g56(x + 1)
def g56(x):
    return g57(x + 1)
def g57(x):
    return g58(x + 1)
def g58(x):
    return g59(x + 1)
def g59(x):
    return g60(x + 1)
def g60(x):
    return g61(x + 1)
def g61(x):
    return g62(x + 1)
def g62(x):
    return g63(x + 1)
def g63(x):
    return g64(x + 1)
def g64(x):
    return g65(x + 1)
def g65(x):
    return g66(x + 1)
def g66(x):
    return g67(x + 1)
def g67(x):
    return g68(x + 1)
def g68(x):
    return g69(x + 1)
def g69(x):
    return g70(x + 1)
def g70(x):
    return g71(x + 1)
def g71(x):
    return g72(x + 1)
def g72(x):
    return g73(x + 1)
def g73(x):
    return g74(x + 1)
def g74(x):
    return g75(x + 1)
def g75(x):
    return g76(x + 1)
def g76(x):
    return g77(x + 1)
def g77(x):
    return g78(x + 1)
def g78(x):
    return g79(x + 1)
def g79(x):
    return x * 1.5
async def f0(x):
    return await f1(x + 1)
async def f1(x):
    return await f2(x + 1)
async def f2(x):
    return await f3(x + 1)
async def f3(x):
    return await f4(x + 1)
async def f4(x):
    return await f5(x + 1)
async def f5(x):
    return await f6(x + 1)
async def f6(x):
    return await f7(x + 1)
async def f7(x):
    return await f8(x + 1)
async def f8(x):
    return await f9(x + 1)
async def f9(x):
    return await f10(x + 1)
async def f10(x):
    return await f11(x + 1)
async def f11(x):
    return await f12(x + 1)
async def f12(x):
    return await f13(x + 1)
async def f13(x):
    return await f14(x + 1)
async def f14(x):
    return await f15(x + 1)
async def f15(x):
    return await f16(x + 1)
async def f16(x):
    return await f17(x + 1)
async def f17(x):
    return await f18(x + 1)
async def f18(x):
    return await f19(x + 1)
async def f19(x):
    return await f20(x + 1)
async def f20(x):
    return await f21(x + 1)
async def f21(x):
    return await f22(x + 1)
async def f22(x):
    return await f23(x + 1)
async def f23(x):
    return await f24(x + 1)
async def f24(x):
    return await f25(x + 1)
async def f25(x):
    return await f26(x + 1)
async def f26(x):
    return await f27(x + 1)
async def f27(x):
    return await f28(x + 1)
async def f28(x):
    return await f29(x + 1)
async def f29(x):
    return await f30(x + 1)
async def f30(x):
    return await f31(x + 1)
async def f31(x):
    return await f32(x + 1)
async def f32(x):
    return await f33(x + 1)
async def f33(x):
    return await f34(x + 1)
async def f34(x):
    return await f35(x + 1)
async def f35(x):
    return await f36(x + 1)
async def f36(x):
    return await f37(x + 1)
async def f37(x):
    return await f38(x + 1)
async def f38(x):
    return await f39(x + 1)
async def f39(x):
    return await f40(x + 1)
async def f40(x):
    return await f41(x + 1)
async def f41(x):
    return await f42(x + 1)
async def f42(x):
    return await f43(x + 1)
async def f43(x):
    return await f44(x + 1)
async def f44(x):
    return await f45(x + 1)
async def f45(x):
    return await f46(x + 1)
async def f46(x):
    return await f47(x + 1)
async def f47(x):
    return await f48(x + 1)
async def f48(x):
    return await f49(x + 1)
async def f49(x):
    return await f50(x + 1)
async def f50(x):
    return await f51(x + 1)
async def f51(x):
    return await f52(x + 1)
async def f52(x):
    return await f53(x + 1)
async def f53(x):
    return await f54(x + 1)
async def f54(x):
    return await f55(x + 1)
async def f55(x):
    return await f56(x + 1)
async def f56(x):
    return await f57(x + 1)
async def f57(x):
    return await f58(x + 1)
async def f58(x):
    return await f59(x + 1)
async def f59(x):
    return await f60(x + 1)
async def f60(x):
    return await f61(x + 1)
async def f61(x):
    return await f62(x + 1)
async def f62(x):
    return await f63(x + 1)
async def f63(x):
    return await f64(x + 1)
async def f64(x):
    return await f65(x + 1)
async def f65(x):
    return await f66(x + 1)
async def f66(x):
    return await f67(x + 1)
async def f67(x):
    return await f68(x + 1)
async def f68(x):
    return await f69(x + 1)
async def f69(x):
    return await f70(x + 1)
async def f70(x):
    return await f71(x + 1)
async def f71(x):
    return await f72(x + 1)
async def f72(x):
    return await f73(x + 1)
async def f73(x):
    return await f74(x + 1)
async def f74(x):
    return await f75(x + 1)
async def f75(x):
    return await f76(x + 1)
async def f76(x):
    return await f77(x + 1)
async def f77(x):
    return await f78(x + 1)
async def f78(x):
    return await f79(x + 1)
async def f79(x):
    return str(x) + "!"
async def main():
    print(g0(0), await f0(0))

asyncio.run(main())
