# An RPN evaluator over a list stack: the good expressions print their values, then a
# malformed one pops from an empty stack (IndexError: pop from empty list) in its task (exit 1).
import asyncio


async def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
        else:
            stack.append(int(tok))
        await asyncio.sleep(0)
    return stack.pop()


async def main():
    for expr in ["1 2 +", "4 2 5 * -", "3 3 3 * *", "7 +", "1 1 +"]:
        value = await asyncio.create_task(rpn(expr))
        print(f"{expr!r} = {value}")


asyncio.run(main())
