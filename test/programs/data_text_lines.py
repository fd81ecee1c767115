# A multi-line document processed by line with splitlines, rsplit with maxsplit, and
# lstrip/rstrip; paragraphs are summarised by separate tasks.
import asyncio

DOC = """Title: Notes on Tasks
Author: A. Writer

  Tasks run concurrently.   
  Each one may await.

Gather collects results
in the order given.
"""


async def summarize(number, lines):
    await asyncio.sleep(0)
    words = " ".join(l.strip() for l in lines).split()
    return f"paragraph {number}: {len(lines)} lines, {len(words)} words, starts {words[0]!r}"


async def main():
    lines = DOC.splitlines()
    print(len(lines), repr(lines[3]), repr(lines[3].lstrip()), repr(lines[3].rstrip()))
    header = {}
    i = 0
    while lines[i]:
        key, value = lines[i].split(": ", 1)
        header[key.lower()] = value
        i += 1
    print(header)
    paragraphs, current = [], []
    for l in lines[i + 1:]:
        if l.strip():
            current.append(l)
        else:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    for s in await asyncio.gather(*[summarize(n, p) for n, p in enumerate(paragraphs, 1)]):
        print(s)
    path = "/usr/local/lib/python3/site.py"
    print(path.rsplit("/", 1), path.split("/", 2), path.rsplit("/"), "a  b  c".split(" "))
    print("a,b,,c".split(","), "  x  y ".split(), "k=v=w".split("=", 1), "".split(), "".split(","))
    print("one\r\ntwo\rthree\n".splitlines(), "x\n\ny".splitlines(True))


asyncio.run(main())
