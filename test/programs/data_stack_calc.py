# An RPN calculator with a list as its stack; each expression is evaluated by its own task and
# the results are printed with the stack trace of the first one.
import asyncio

EXPRS = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 4 * 5 6 * + *", "10 3 /", "7 2 - 3 -", "1.5 2 * 0.25 +",
         "9 2 %", "2 10 ^"]


async def evaluate(expr, trace):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "%", "^"):
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            elif tok == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif "." in tok:
            stack.append(float(tok))
        else:
            stack.append(int(tok))
        if trace:
            print(f"  {tok:>3} {stack}")
        await asyncio.sleep(0)
    return stack[-1], len(stack)


async def main():
    results = await asyncio.gather(*[evaluate(e, i == 0) for i, e in enumerate(EXPRS)])
    for expr, (value, depth) in zip(EXPRS, results):
        print(f"{expr:22} = {value!r} (stack {depth})")
    print(sum(v for v, _ in results))


asyncio.run(main())
