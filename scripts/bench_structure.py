"""Time the structure parser on the five regulations.

Usage: .venv/bin/python scripts/bench_structure.py [repeats]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyapi import regulations  # noqa: E402
from pyapi.structure import parse, regency_text_path  # noqa: E402
from pyapi.structure.lines import _parser  # noqa: E402


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    texts = {r: regency_text_path(r).read_text(encoding="utf-8") for r in regulations.ids()}
    t0 = time.perf_counter()
    _parser()                                   # grammar load, once per process
    t_grammar = time.perf_counter() - t0
    best = float("inf")
    per = {}
    for _ in range(repeats):
        start = time.perf_counter()
        for rid, text in texts.items():
            s = time.perf_counter()
            parse(text, rid)
            per[rid] = min(per.get(rid, float("inf")), time.perf_counter() - s)
        best = min(best, time.perf_counter() - start)
    lines = sum(t.count("\n") + 1 for t in texts.values())
    print(f"grammar load: {t_grammar * 1000:.1f} ms (once per process)")
    for rid in texts:
        print(f"  {rid:13s} {per[rid] * 1000:7.1f} ms")
    print(f"all five ({lines} lines): {best * 1000:.1f} ms (best of {repeats})")


if __name__ == "__main__":
    main()
