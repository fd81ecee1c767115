# A to-do list of dicts edited by command strings ("add", "done", "move", "drop") that tasks
# parse and apply to the shared list in turn.
import asyncio

todos = []

SCRIPTS = [
    ["add buy milk", "add call mom", "done 1"],
    ["add write report", "move 3 1", "add fix bike"],
    ["add water plants", "done 3", "drop 2"],
]


async def run_script(who, commands):
    applied = 0
    for cmd in commands:
        verb, _, arg = cmd.partition(" ")
        if verb == "add":
            todos.append({"text": arg, "done": False, "by": who})
        elif verb == "done":
            todos[int(arg) - 1]["done"] = True
        elif verb == "move":
            src, dst = [int(x) - 1 for x in arg.split()]
            todos.insert(dst, todos.pop(src))
        elif verb == "drop":
            del todos[int(arg) - 1]
        applied += 1
        await asyncio.sleep(0)
    return who, applied


async def main():
    results = await asyncio.gather(*[run_script(f"user{i}", s) for i, s in enumerate(SCRIPTS)])
    print(results)
    for n, item in enumerate(todos, 1):
        box = "[x]" if item["done"] else "[ ]"
        print(f"{n}. {box} {item['text']:<14} ({item['by']})")
    open_items = [t["text"] for t in todos if not t["done"]]
    print("open:", open_items, "done:", sum(t["done"] for t in todos))
    by_user = {}
    for t in todos:
        by_user[t["by"]] = by_user.get(t["by"], 0) + 1
    print(by_user)


asyncio.run(main())
