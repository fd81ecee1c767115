"""CRLF line endings, form feeds between definitions and tab indentation."""
import asyncio


async def twice(x):
	y = x * 2
	if y > 3:
		y = y - 1
	return y


async def main():
	for i in range(4):
		print(i, await twice(i))


asyncio.run(main())
