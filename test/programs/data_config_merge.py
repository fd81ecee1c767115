# Layered configuration: defaults, a file layer and an environment layer (nested dicts) merged
# recursively by tasks; lists are concatenated, scalars overridden.
import asyncio

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000, "workers": 2},
            "log": {"level": "info", "targets": ["stderr"]}, "debug": False}
FILE = {"server": {"port": 8080}, "log": {"targets": ["file"]}, "features": ["a", "b"]}
ENV = {"server": {"workers": 8, "tls": {"cert": "c.pem"}}, "debug": True, "features": ["c"]}


async def merge(base, layer):
    out = dict(base)
    for key, value in layer.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = await merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + value
        else:
            out[key] = value
    return out


async def flatten(cfg, prefix):
    rows = []
    for key, value in cfg.items():
        name = prefix + key
        if isinstance(value, dict):
            rows.extend(await flatten(value, name + "."))
        else:
            rows.append((name, value))
    return rows


async def main():
    merged = await merge(await merge(DEFAULTS, FILE), ENV)
    print(merged)
    for name, value in await flatten(merged, ""):
        print(f"{name:20} = {value!r}")
    print(DEFAULTS["server"], DEFAULTS["log"]["targets"])
    both = await asyncio.gather(merge(DEFAULTS, {}), merge({}, ENV))
    print(both[0] == DEFAULTS, both[1] == ENV, type(both[0]).__name__, len(both))


asyncio.run(main())
