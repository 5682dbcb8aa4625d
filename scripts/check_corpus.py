"""Run the draft checker on every law of a corpus folder and print the figures.

    .venv/bin/python scripts/check_corpus.py [FOLDER] [--unresolved]

FOLDER defaults to ../shared/corpora/uu (beside the checkout).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyapi.check.corpus import run     # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared/corpora/uu"
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


if __name__ == "__main__":
    main()
