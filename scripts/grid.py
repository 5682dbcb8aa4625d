"""Ask the whole question grid and count answered / conflict / tidak-diatur.

Every regulation x question x combination of the parameters that question
reads (each parameter's vocabulary ids, plus "left out"), through the real
knowledge base (the same `ask` operation GET /v1/ask/{question} runs).
Parameters a question does not read (kb/rules.pl, answer_item/6) are not
varied: they cannot change its answer.

Usage:
  .venv/bin/python scripts/grid.py [--regency R ...] [--json OUT] [--pairs]

Prints a table per regulation and question, then (with --pairs) the
distinct conflict pairs, each a pair of citations, with how many grid
answers report it.  --json writes every count and pair for diffing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyapi.kb import KnowledgeBase  # noqa: E402

# The parameters each question reads (kb/rules.pl, answer_item/6).
QUESTION_PARAMS = {
    "assessor": ("subject", "unit", "placement"),
    "unit-leader": ("subject", "unit", "placement"),
    "reporting-line": ("subject", "capacity", "unit", "placement"),
    "assigner": ("subject", "unit", "placement", "scope"),
    "position-setter": ("subject", "unit", "placement"),
    "assignment-instrument": ("capacity", "unit", "scope"),
    "cross-unit-routing": ("scope",),
    "cross-agency-routing": ("scope",),
    "voluntary-routing": ("scope",),
    "team-leader": ("unit", "scope"),
    "team-duration": (),
    "responsibilities": ("role",),
}

CATEGORY = {"subject": "subject", "capacity": "capacity", "placement": "placement",
            "scope": "scope"}


def values(vocab: list[dict], regency: str) -> dict[str, list[str | None]]:
    """Every id each parameter may take for one regulation, plus None (left out)."""
    out: dict[str, list[str | None]] = {}
    for param, cat in CATEGORY.items():
        out[param] = [None] + sorted(t["id"] for t in vocab if t["category"] == cat)
    units = [t["id"] for t in vocab if t["category"] == "unit"]
    units += [t["id"] for t in vocab if t["category"] in ("named-unit", "pattern")
              and t.get("regency") == regency]
    out["unit"] = [None] + sorted(set(units))
    out["role"] = [None] + sorted({t["id"] for t in vocab if t["category"] in ("role", "post")})
    return out


def conflict_pairs(result: dict) -> set[tuple[str, str]]:
    pairs = set()
    for c in result["conflicts"]:
        cites = tuple(sorted(s["citation"]["cite"] for s in c["sides"]))
        pairs.add(cites)
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--regency", action="append", help="only these regulations")
    ap.add_argument("--question", action="append", help="only these questions")
    ap.add_argument("--json", help="write counts and pairs to this file")
    ap.add_argument("--pairs", action="store_true", help="print the distinct conflict pairs")
    args = ap.parse_args()

    started = time.perf_counter()
    kb = KnowledgeBase().start()
    try:
        vocab = kb.call("vocabulary")
        regencies = args.regency or sorted(kb.regencies)
        questions = args.question or list(QUESTION_PARAMS)
        counts: dict[str, dict[str, Counter]] = defaultdict(dict)
        pairs: dict[str, Counter] = defaultdict(Counter)
        pair_questions: dict[str, dict] = defaultdict(lambda: defaultdict(set))
        asked = 0
        for r in regencies:
            vals = values(vocab, r)
            for q in questions:
                names = QUESTION_PARAMS[q]
                c = Counter()
                for combo in itertools.product(*(vals[n] for n in names)):
                    params = {n: v for n, v in zip(names, combo) if v is not None}
                    res = kb.call("ask", {"question": q, "regency": r, "params": params})
                    asked += 1
                    c[res["status"]] += 1
                    if res["status"] == "answered" and len(res["answers"]) == 1:
                        c["one-answer"] += 1
                    for p in conflict_pairs(res):
                        pairs[r][p] += 1
                        pair_questions[r][p].add(q)
                counts[r][q] = c
    finally:
        kb.stop()

    statuses = ("answered", "one-answer", "conflict", "tidak-diatur")
    print(f"# Question grid: {asked} answers in {time.perf_counter() - started:.0f} s\n")
    print("one-answer: answered with a single resolved answer\n")
    print("| regulation | question | asked | answered | one-answer | conflict | tidak-diatur |")
    print("|---|---|---:|---:|---:|---:|---:|")
    totals = Counter()
    for r in regencies:
        rt = Counter()
        for q in questions:
            c = counts[r][q]
            n = sum(c[s] for s in ("answered", "conflict", "tidak-diatur"))
            print(f"| {r} | {q} | {n} | " + " | ".join(str(c[s]) for s in statuses) + " |")
            rt.update(c)
        n = sum(rt[s] for s in ("answered", "conflict", "tidak-diatur"))
        print(f"| **{r}** | all | {n} | " + " | ".join(str(rt[s]) for s in statuses) + " |")
        totals.update(rt)
    n = sum(totals[s] for s in ("answered", "conflict", "tidak-diatur"))
    print(f"| **all** | all | {n} | " + " | ".join(str(totals[s]) for s in statuses) + " |")
    print()
    print("| regulation | distinct conflict pairs |")
    print("|---|---:|")
    for r in regencies:
        print(f"| {r} | {len(pairs[r])} |")
    if args.pairs:
        for r in regencies:
            print(f"\n## {r}: distinct conflict pairs\n")
            for (a, b), k in sorted(pairs[r].items()):
                qs = ", ".join(sorted(pair_questions[r][(a, b)]))
                print(f"- {a} / {b} ({k} answers; {qs})")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "counts": {r: {q: dict(c) for q, c in qs.items()} for r, qs in counts.items()},
            "pairs": {r: [[a, b, k, sorted(pair_questions[r][(a, b)])]
                          for (a, b), k in sorted(ps.items())] for r, ps in pairs.items()},
        }, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
