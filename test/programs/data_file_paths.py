# File paths sorted into a report by tasks: rsplit/rpartition/rfind/rindex for extensions and
# directories, startswith/endswith with tuples, zfill'd sizes.
import asyncio

FILES = [("src/main.py", 2048), ("src/util/strings.py", 512), ("README.md", 900), ("docs/guide.rst", 4096),
         ("build/app.tar.gz", 10485760), (".gitignore", 40), ("tests/test_main.py", 1500), ("img/logo.PNG", 30000)]


async def describe(path, size):
    directory, _, name = path.rpartition("/")
    dot = name.rfind(".")
    ext = name[dot + 1:].lower() if dot > 0 else ""
    stem = name[:dot] if dot > 0 else name
    kind = ("code" if name.endswith((".py", ".c", ".h")) else
            "doc" if ext in ("md", "rst", "txt") else
            "image" if ext in ("png", "jpg") else "other")
    hidden = name.startswith((".", "_"))
    test = path.startswith(("tests/", "test_")) or stem.startswith("test_")
    await asyncio.sleep(0)
    return {"dir": directory or ".", "stem": stem, "ext": ext, "kind": kind, "hidden": hidden, "test": test,
            "size": size}


async def main():
    infos = await asyncio.gather(*[describe(p, s) for p, s in FILES])
    for (path, _), info in zip(FILES, infos):
        flags = ("H" if info["hidden"] else "-") + ("T" if info["test"] else "-")
        print(f"{str(info['size']).zfill(9)} {flags} {info['kind']:6} {info['dir']:10} {info['stem']:12} {info['ext']}")
    by_kind = {}
    for info in infos:
        by_kind[info["kind"]] = by_kind.get(info["kind"], 0) + info["size"]
    print(by_kind)
    print("src/util/strings.py".rsplit("/", 1), "a.b.c".rsplit(".", 1), "a.b.c".rsplit("."), "x".rsplit("/", 1))
    print("archive.tar.gz".rindex("."), "archive.tar.gz".rfind("z"), "abc".rfind("d"), "aXbXc".rindex("X", 0, 3))
    print("%s" % "a/b/c".rpartition("/")[0], "file".rpartition("."), "v1.2.3".partition(".")[2])


asyncio.run(main())
