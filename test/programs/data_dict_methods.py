# Every dict method on a settings dict edited by tasks; views print like CPython's.
import asyncio

settings = {"theme": "dark", "font": 12, "lang": "en"}


async def tweak(step):
    await asyncio.sleep(0)
    if step == 0:
        settings.update({"font": 14, "wrap": True})
        return settings.get("font")
    if step == 1:
        return settings.setdefault("tabs", 4), settings.setdefault("theme", "light")
    if step == 2:
        return settings.pop("lang"), settings.pop("missing", "default")
    if step == 3:
        return settings.popitem()
    settings.update(zoom=1.5, theme="solarized")
    return len(settings)


async def main():
    for step in range(5):
        print(step, await tweak(step), settings)
    print(settings.keys())
    print(settings.values())
    print(settings.items())
    print(list(settings.keys())[0], "font" in settings, "wrap" in settings, "zoom" not in settings)
    snapshot = settings.copy()
    del settings["zoom"]
    settings["font"] += 1
    print(snapshot, settings, snapshot == settings)
    print(settings.get("nope"), settings.get("nope", 0), len(settings.items()))
    settings.clear()
    print(settings, len(settings), dict(), {}.get("x", "fallback"), bool(settings), bool(snapshot))
    print(dict(snapshot), dict([("a", 1), ("b", 2)]), dict({"k": 1}, k2=2))
    print({1: "a", True: "b", 1.0: "c"}, {"x": 1, "x": 2})


asyncio.run(main())
