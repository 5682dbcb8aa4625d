#!/usr/bin/env python3
"""Citations parsed per second (goal: >= 20,000/s).

Parses (1) the phrases of the pinned corpus as written in the five
regulations (the garbled ones left out), (2) the forms listed in DOMAIN.md, (3) the longest common form
"Pasal 10 ayat (2) huruf a angka 1", each for about --seconds, and prints the
rates. No caching of results: every call runs the LALR parser.

    .venv/bin/python scripts/bench_citation.py [--seconds 2] [--min-rate 20000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pyapi.citation import parse  # noqa: E402
from pyapi.citation.corpus import load_corpus  # noqa: E402

DOMAIN_FORMS = [
    "Pasal 10", "Pasal 10 ayat (2)", "Pasal 10 ayat (2) huruf a", "Pasal 10 ayat (2) huruf a angka 1",
    "ayat (1) huruf c", "huruf a)", "ayat 1 (satu)", "Pasal 9 sampai dengan Pasal 17",
    "Pasal 24 dan Pasal 25", "Pasal 7, Pasal 11, dan Pasal 14", "ayat (3) dan (5)",
    "ayat (1), ayat (2) dan ayat (3)", "huruf a, huruf b, dan huruf c",
    "sebagaimana dimaksud pada ayat (1)", "sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf a",
    "pasal 10", "Pasal 25 ayat (2) Peraturan Bupati Pekalongan Nomor 52 Tahun 2024",
    "Pasal 25 Perbup Pekalongan 52/2024", "Pasal 25 Perbup Pekalongan No. 52 Tahun 2024",
    "Lampiran", "Lampiran Tabel 3.3", "Lampiran huruf A angka 1",
]


def rate(phrases: list[str], seconds: float) -> float:
    parse(phrases[0])                       # build the parser outside the clock
    count, start = 0, time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for phrase in phrases:
            parse(phrase)
        count += len(phrases)
    return count / (time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--min-rate", type=float, default=0.0, help="exit 1 if the corpus rate is below")
    args = ap.parse_args()
    corpus = [row.phrase for row in load_corpus() if "malformed-phrase" not in row.expected]
    results = {
        f"corpus phrases ({len(corpus)})": rate(corpus, args.seconds),
        f"DOMAIN.md forms ({len(DOMAIN_FORMS)})": rate(DOMAIN_FORMS, args.seconds),
        "longest common form": rate(["Pasal 10 ayat (2) huruf a angka 1"], args.seconds),
    }
    for name, value in results.items():
        print(f"{name:28s} {value:10,.0f} citations/s")
    return 1 if results[next(iter(results))] < args.min_rate else 0


if __name__ == "__main__":
    sys.exit(main())
