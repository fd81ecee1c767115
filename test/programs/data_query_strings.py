# URLs parsed by tasks with partition/rpartition/split into dicts of query parameters; the
# parsed records (tuples with dicts inside) are merged into one index.
import asyncio

URLS = [
    "https://shop.example.com/cart?item=42&qty=3&coupon=SAVE10",
    "http://example.org/search?q=asyncio+tasks&page=2",
    "https://shop.example.com/checkout",
    "https://api.example.net/v2/users/7?fields=name,email&pretty=1",
    "ftp://files.example.com/pub/readme.txt?",
]


async def parse(url):
    scheme, _, rest = url.partition("://")
    hostpath, sep, query = rest.partition("?")
    host, _, path = hostpath.partition("/")
    params = {}
    for pair in query.split("&"):
        if pair:
            key, _, value = pair.partition("=")
            params[key] = value.replace("+", " ")
    await asyncio.sleep(0)
    return scheme, host, "/" + path, params


async def main():
    parsed = await asyncio.gather(*[parse(u) for u in URLS])
    by_host = {}
    for scheme, host, path, params in parsed:
        print(f"{scheme:5} {host:22} {path:16} {params}")
        by_host.setdefault(host, []).append(path)
    print(by_host)
    name, _, ext = "archive.tar.gz".rpartition(".")
    print(name, ext, "noext".rpartition("."), "noext".partition("."))
    qty = sum(int(p.get("qty", "1")) for _, _, _, p in parsed)
    print("total qty", qty, "hosts", sorted(by_host, key=lambda h: h.split(".")[-1]))
    fields = parsed[3][3]["fields"].split(",")
    print(fields, len(parsed[4][3]), parsed[1][3]["q"].title())


asyncio.run(main())
