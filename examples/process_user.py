"""The seed's example, runnable: each user is processed by its own actor, which awaits two
"fetches" (child actors) and replies with a score; main gathers all users in parallel."""
import asyncio

USERS = 8


async def fetch_user(uid):
    await asyncio.sleep(0)  # stands in for I/O
    return 1000 + uid * 7


async def fetch_posts(uid):
    await asyncio.sleep(0)
    return (uid * 3) % 5 + 1


async def process_user(uid):
    user = await fetch_user(uid)
    posts = await fetch_posts(uid)
    score = user * posts / 10
    print(f"user {uid:2d}: id={user} posts={posts} score={score:8.1f}")
    return score


async def main():
    scores = await asyncio.gather(*[process_user(u) for u in range(USERS)])
    total = 0.0
    best = 0
    for u in range(USERS):
        total += scores[u]
        if scores[u] > scores[best]:
            best = u
    print(f"processed {USERS} users: total score {total:.1f}, mean {total / USERS:.3f}")
    print("best user:", best, "with", scores[best])


asyncio.run(main())
