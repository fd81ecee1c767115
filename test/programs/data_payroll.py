# Payroll: timesheets (dict of name -> list of (day, hours)) processed by tasks with overtime
# rules; results sorted by pay and summarised per department.
import asyncio

RATES = {"ana": (22.0, "ops"), "ben": (30.5, "eng"), "chen": (27.25, "eng"), "dia": (18.0, "ops")}
SHEETS = {
    "ana": [("mon", 8), ("tue", 9.5), ("wed", 8), ("thu", 10), ("fri", 6)],
    "ben": [("mon", 12), ("tue", 11), ("wed", 7.5)],
    "chen": [("mon", 8), ("tue", 8), ("wed", 8), ("thu", 8), ("fri", 8), ("sat", 4)],
    "dia": [("sat", 5), ("sun", 5)],
}


async def pay(name, sheet):
    rate, dept = RATES[name]
    regular = overtime = 0.0
    for day, hours in sheet:
        weekend = day in ("sat", "sun")
        base = 0 if weekend else min(hours, 8)
        regular += base
        overtime += hours - base
        await asyncio.sleep(0)
    gross = regular * rate + overtime * rate * 1.5
    return {"name": name, "dept": dept, "regular": regular, "overtime": overtime, "gross": round(gross, 2)}


async def main():
    slips = await asyncio.gather(*[pay(n, s) for n, s in SHEETS.items()])
    for s in sorted(slips, key=lambda s: s["gross"], reverse=True):
        print("%-5s %-3s reg %5.1f ot %4.1f gross %8.2f" % (s["name"], s["dept"], s["regular"], s["overtime"], s["gross"]))
    depts = {}
    for s in slips:
        d = depts.setdefault(s["dept"], {"people": [], "total": 0.0})
        d["people"].append(s["name"])
        d["total"] += s["gross"]
    for dept, d in sorted(depts.items()):
        print(f"{dept}: {', '.join(d['people'])} total {d['total']:.2f}")
    hours = {n: sum(h for _, h in sheet) for n, sheet in SHEETS.items()}
    print(hours, max(hours, key=lambda n: hours[n]))
    print("overtime workers:", [s["name"] for s in slips if s["overtime"] > 0])


asyncio.run(main())
