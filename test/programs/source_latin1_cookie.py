# -*- coding: latin-1 -*-
"""A latin-1 source file (PEP 263 cookie): its bytes are not UTF-8."""
import asyncio

GREETING = "café crème"


async def main():
    s = GREETING + " à la carte"
    print(s, len(s))
    print(f"{s:>25}|")


asyncio.run(main())
