# Polynomials as coefficient lists: addition, multiplication, evaluation (Horner), derivative and
# pretty printing, each a coroutine; products computed by gather.
import asyncio


async def add(p, q):
    n = max(len(p), len(q))
    return [(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)]


async def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    await asyncio.sleep(0)
    return out


async def evaluate(p, x):
    acc = 0
    for c in reversed(p):
        acc = acc * x + c
    return acc


def show(p):
    terms = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        mag = abs(c)
        body = ("" if mag == 1 and power else str(mag)) + ("x" if power else "") + (f"^{power}" if power > 1 else "")
        terms.append((sign, body))
    if not terms:
        return "0"
    text = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    return text + "".join(f" {s} {b}" for s, b in terms[1:])


async def main():
    p = [1, -3, 0, 2]
    q = [-1, 1]
    print(show(p), "|", show(q), "|", show([0, 0]), "|", show([5]))
    s, prod, sq = await asyncio.gather(add(p, q), mul(p, q), mul(q, q))
    print(show(s), "|", show(prod), "|", show(sq))
    values = await asyncio.gather(*[evaluate(prod, x) for x in range(-2, 3)])
    print(values, [await evaluate(p, x) * await evaluate(q, x) for x in range(-2, 3)] == values)
    deriv = [i * c for i, c in enumerate(p)][1:]
    print(show(deriv), await evaluate(deriv, 2), await evaluate([0.5, 0.25], 2.0))
    power = [1]
    for _ in range(5):
        power = await mul(power, [1, 1])
    print(power, sum(power), show(power))


asyncio.run(main())
