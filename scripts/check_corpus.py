"""Run the draft checker on every law of a corpus folder and print the figures.

    .venv/bin/python scripts/check_corpus.py [FOLDER] [--unresolved] [--markdown docs/check-corpus.md]

FOLDER defaults to ../shared/corpora/uu (beside the checkout).  With
--markdown, the summary (counts, references, findings by rule) is also
written as Markdown to the file named.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyapi.check.corpus import run     # noqa: E402


def main() -> None:
    argv = sys.argv[1:]
    markdown = None
    if "--markdown" in argv:
        i = argv.index("--markdown")
        markdown = Path(argv[i + 1])
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    beside = Path(__file__).resolve().parents[2] / "shared/corpora/uu"
    folder = Path(args[0]) if args else (beside if beside.is_dir()
                                         else Path("/work/shared/corpora/uu"))
    t0 = time.perf_counter()
    rows = run(folder)
    total = time.perf_counter() - t0
    by_rule: dict[str, int] = {}
    agree = refs = unresolved = absent = errors = 0
    for r in rows:
        if r.error:
            errors += 1
            print(f"{r.law}\tERROR\t{r.error}")
            continue
        same = r.pasal == r.peer_pasal
        agree += same
        refs += r.references
        unresolved += len(r.unresolved)
        absent += len(r.lampiran_absent)
        for k, v in r.findings.items():
            by_rule[k] = by_rule.get(k, 0) + v
        print(f"{r.law}\tpasal {r.pasal}/{r.peer_pasal}{'' if same else ' DIFF'}\tbab {r.bab}/{r.peer_bab}"
              f"\trefs {r.references}\tunresolved {len(r.unresolved)}\t{r.seconds:.2f}s")
        if "--unresolved" in sys.argv:
            for u in r.unresolved:
                print(f"    {u}")
            for u in r.lampiran_absent:
                print(f"    (no Lampiran in the text) {u}")
    known = refs - absent
    print(f"laws {len(rows)}, read {len(rows) - errors}, Pasal count = peer's: {agree}; "
          f"internal references {refs}: {absent} to a Lampiran the text lacks; of the other "
          f"{known}, resolved {known - unresolved} ({100 * (known - unresolved) / max(known, 1):.2f}%); "
          f"all: {100 * (refs - unresolved - absent) / max(refs, 1):.2f}%; total {total:.1f} s")
    print("findings by rule: " + ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())))
    if markdown:
        from pyapi.check.rules import RULES

        laws_with = {k: sum(1 for r in rows if r.findings.get(k)) for k in by_rule}
        out = ["# `perbup check` on 147 Indonesian laws", "",
               f"Written by `scripts/check_corpus.py --markdown` on `{folder.name}/` "
               f"(../shared/corpora/, not copied into the project).", "",
               f"- laws read and checked: {len(rows) - errors} of {len(rows)}",
               f"- Pasal count equal to the peer parser's: {agree} "
               f"(the other: tests/data/uu-pasal-disagreements.tsv)",
               f"- internal references written: {refs}; to a Lampiran the converted text lacks: "
               f"{absent}; of the other {known}, resolved in the law itself: {known - unresolved} "
               f"({100 * (known - unresolved) / max(known, 1):.2f}%); of all: "
               f"{100 * (refs - unresolved - absent) / max(refs, 1):.2f}%",
               f"- total time: {total:.1f} s (one process, parse and check)", "",
               "| rule | category | findings | laws |", "|---|---|---:|---:|"]
        for k, v in sorted(by_rule.items(), key=lambda kv: -kv[1]):
            out.append(f"| `{k}` | {RULES[k].category} | {v} | {laws_with[k]} |")
        markdown.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
