# A report with %-formatting: %d %i %s %r %f %e %g %x %o %c %%, widths, precision and flags.
import asyncio

STATS = [("alpha", 12, 0.5, 1234567.891), ("beta", -3, 0.125, 0.000123), ("gamma", 255, 1.0, 42.0)]


async def line(name, n, ratio, value):
    await asyncio.sleep(0)
    return "%-6s|%5d|%-5i|%+d|%6.1f%%|%.3e|%g|%x|%o|%X" % (name, n, n, n, ratio * 100, value, value,
                                                        abs(n), abs(n), abs(n))


async def main():
    lines = await asyncio.gather(*[line(*s) for s in STATS])
    for l in lines:
        print(l)
    print("%s and %r" % ("text", "text"))
    print("%c%c%c" % (72, 105, 33))
    print("%05d|%-8.3f|%8s|%.2s" % (42, 3.14159, "right", "truncate"))
    print("%(name)s is %(age)d years" % {"name": "Ada", "age": 36})
    print("%d items at %.2f = %.2f" % (3, 1.5, 3 * 1.5))
    print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), None))
    print("%5.1f%%" % 99.44, "%x" % 3735928559, "%#x %#o" % (255, 8))
    print("%e" % 0.0, "%g" % 1e-5, "%g" % 123456789.0, "%.0f" % 2.5, "%.0f" % 3.5)


asyncio.run(main())
