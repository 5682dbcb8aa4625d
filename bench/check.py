"""How long the draft checker takes on a 100 KB draft, without and with its norms.

    .venv/bin/python bench/check.py [--kb 100] [--runs 5] [--no-norms]

The draft is Tabalong's text with its Pasal 10-22 (the Penugasan to
Proses Bisnis chapters, dense with lists and references) repeated under new
Pasal numbers until the text is at least ``--kb`` kilobytes; each copy's
references to those Pasal are shifted with it, so they still resolve.  It
prints the size, the Pasal count, the findings and the median wall time of
``check(text)`` over ``--runs`` runs, each after a first (warm-up) run that
builds the parsers.  Goal: at most 1 s for 100 KB.

Then, in the same run, the same draft checked WITH its norms (a knowledge
base is started; the norm extraction and kb/drafts.pl's contradiction
search): the median time, and its ratio to the no-norms median.  Goal: at
most 2 s.  Two figures: "cold", the extractor's sentence memo emptied
before each run (each distinct sentence shape parsed again; the Lark
parsers themselves are built once per process, by the warm-up), and
"warm", the memo kept from the previous run (a server checking drafts of
the same regulations).  The engine runs with its own limits (5 s and 50 M
inferences per request unless PERBUP_TIME_LIMIT / PERBUP_INFERENCE_LIMIT
say otherwise), as a server does: a check they stop ends with a
norm-unchecked finding, and the line says so (such a run does not meet
the goal, whatever its time).

Last measured (2 shared cores, nothing else running), --runs 5, after the
extractor learned named units, the act an instrument is for and a post
acting as a role:

    draft: 103.9 KB, 75 Pasal, 68 findings
    check: median 157 ms; goal <= 1000 ms: met
    check with norms (cold): median 1465 ms, 76 norm-conflict findings, complete;
        ratio to no-norms 9.3; goal <= 2000 ms: met
    check with norms (warm): median 1142 ms, 76 norm-conflict findings, complete;
        ratio to no-norms 7.3; goal <= 2000 ms: met

(The run before: 1416 ms cold, ratio 10.3; 945 ms warm, ratio 6.8.)

(96 findings before the precedence layer learned that a definition's
bound does not settle who holds a role, that two bounds in the text's
own words are no rivals, and that a post whose level is not stated is no
proven rival of a level.)

Before the conflict search of kb/drafts.pl kept what a case asks again and
again (docs/extraction.md, "A draft's check, where the time goes"): 4.9 s
cold / 4.6 s warm, each stopped by the inference limit (one norm-unchecked
finding, no conflict reported); the complete search took 9.0 s of engine
CPU alone.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyapi.check import check            # noqa: E402
from pyapi.regulations import get        # noqa: E402

FIRST, LAST = 10, 22


def make_draft(kb: int) -> str:
    text = get("tabalong").text_path.read_text(encoding="utf-8")
    start = text.index(f"\nPasal {FIRST}\n")
    end = text.index("\n**BAB IV")
    block = text[start:end]
    pieces = [text[:end]]
    shift = 0
    while len("".join(pieces).encode("utf-8")) + len(text[end:].encode("utf-8")) < kb * 1000:
        shift += LAST + 1 - FIRST
        offset = shift

        def moved(m: re.Match) -> str:
            n = int(m.group(2))
            return f"{m.group(1)}{n + offset}" if FIRST <= n <= LAST else m.group(0)

        pieces.append(re.sub(r"(\b[Pp]asal )(\d+)\b", moved, block))
    last = max(int(n) for n in re.findall(r"\nPasal (\d+)\n", "".join(pieces)))
    closing = re.sub(r"\nPasal 24\n", f"\nPasal {last + 1}\n", text[end:], count=1)
    return "".join(pieces) + closing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-norms", action="store_true", help="only the check without norms")
    args = ap.parse_args()
    draft = make_draft(args.kb)
    report = check(draft)                      # warm-up: grammars built, caches filled
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        report = check(draft)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    print(f"draft: {len(draft.encode('utf-8')) / 1000:.1f} KB, "
          f"{report.document['counts']['pasal']} Pasal, {len(report.findings)} findings "
          f"({', '.join(f'{k} {v}' for k, v in report.counts().items())})")
    print(f"check: median {median * 1000:.0f} ms over {args.runs} runs "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); goal <= 1000 ms: "
          f"{'met' if median <= 1.0 else 'NOT met'}")
    if args.no_norms:
        return
    from pyapi.extract import clear_memo   # noqa: E402
    from pyapi.kb import KnowledgeBase     # noqa: E402

    kb = KnowledgeBase().start()
    try:
        check(draft, kb=kb, time_limit=600)               # warm-up: parsers built
        for mode in ("cold", "warm"):
            t = []
            for _ in range(args.runs):
                if mode == "cold":
                    clear_memo()
                t0 = time.perf_counter()
                report = check(draft, kb=kb, time_limit=600)
                t.append(time.perf_counter() - t0)
            m = statistics.median(t)
            rules = [f.rule for f in report.findings if f.category == "norm"]
            stopped = rules.count("norm-unchecked")
            # a check the engine's limits stopped (norm-unchecked) is no
            # check: its time says when it gave up, not how long it takes
            print(f"check with norms ({mode}): median {m * 1000:.0f} ms over {args.runs} runs "
                  f"(min {min(t) * 1000:.0f}, max {max(t) * 1000:.0f}), "
                  f"{rules.count('norm-conflict')} norm-conflict findings, "
                  f"{'complete' if not stopped else 'STOPPED by a limit (norm-unchecked)'}; "
                  f"ratio to no-norms {m / median:.1f}; goal <= 2000 ms: "
                  f"{'met' if m <= 2.0 and not stopped else 'NOT met'}")
    finally:
        kb.stop()


if __name__ == "__main__":
    main()
