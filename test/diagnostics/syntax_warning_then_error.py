# ERROR: 10:5: error: call of 'Constant' is not supported
# WARNING: 10: 'str' object is not callable; perhaps you missed a comma?
# A SyntaxWarning CPython prints at compile time comes out as a located warning line, before the
# located error (it was Python's raw warnings output).
import asyncio


async def main():
    x = 1
    "label"(x)


asyncio.run(main())
