# A grade book (dict of student -> dict of subject -> list of marks) averaged by one task per
# student; round() of the means, letter grades, and the class ranking.
import asyncio

BOOK = {
    "ana": {"math": [90, 85, 77], "art": [60, 70], "history": [88]},
    "raj": {"math": [55, 65, 70], "art": [95, 91], "history": [72, 80]},
    "li": {"math": [100, 98], "art": [75], "history": [69, 71, 90]},
    "tom": {"math": [40, 62], "art": [58, 66], "history": [50]},
}


def letter(mean):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if mean >= cutoff:
            return grade
    return "F"


async def report(student, subjects):
    means = {}
    for subject, marks in subjects.items():
        means[subject] = round(sum(marks) / len(marks), 1)
    await asyncio.sleep(0)
    overall = round(sum(means.values()) / len(means), 2)
    return {"student": student, "means": means, "overall": overall, "grade": letter(overall)}


async def main():
    reports = await asyncio.gather(*[report(s, subj) for s, subj in BOOK.items()])
    for r in reports:
        parts = " ".join(f"{k}={v}" for k, v in r["means"].items())
        print(f"{r['student']:4} {parts:40} overall {r['overall']:6.2f} {r['grade']}")
    ranking = sorted(reports, key=lambda r: r["overall"], reverse=True)
    print("ranking:", [r["student"] for r in ranking])
    best = {}
    for r in reports:
        for subject, mean in r["means"].items():
            if subject not in best or mean > best[subject][1]:
                best[subject] = (r["student"], mean)
    print("best per subject:", best)
    grades = [r["grade"] for r in reports]
    print({g: grades.count(g) for g in sorted(set(grades))})
    print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2))


asyncio.run(main())
