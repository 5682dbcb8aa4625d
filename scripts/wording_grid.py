"""Render every answer of the question grid as a user reads it and scan the
text for wording faults.

Every regulation x question x parameter combination of scripts/grid.py is
asked through the real knowledge base (``explain``, which carries the
answer and its derivation) in Indonesian and in English, rendered as the
CLI prints it (pyapi/render.py: render_explained, and render_why_not for a
proposed post), and scanned for:

  id        a vocabulary id (or a value string) with a hyphen or a colon
  prolog    a Prolog-looking term: ``name(``, ``/2``, ``kb/``, ``.pl:``, ``snake_case``
  preposition  a doubled preposition ("kepada sebagai", "kepada kepada", "to to" ...)
  language  English words in Indonesian text, Indonesian words in English text

Quoted regulation text ("...") and citations ([Pasal 19 ayat (2)]) are left
out of the scan: they are the regulation's own words.

Usage:
  .venv/bin/python scripts/wording_grid.py [--sample N] [--regency R ...]
      [--question Q ...] [--lang id|en ...] [--show K] [--why-not-every K]
      [--progress N]

--sample N asks N cases spread evenly over every regulation and question
(default: the whole grid); --show K prints K examples of each kind of fault.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from grid import QUESTION_PARAMS, values  # noqa: E402

LANGS = ("id", "en")

DOUBLED = [
    "kepada sebagai", "kepada kepada", "oleh oleh", "di di", "pada pada", "dari dari",
    "kepada oleh", "melalui melalui", "bagi bagi", "untuk untuk", "dengan dengan",
    "sebagai sebagai", "yang yang", "dan dan", "menyetujui kepada", "menugaskan kepada",
    "to to", "by by", "of of", "for for", "in in", "the the", "through through",
    "to as", "and and",
]
# words that give away the other language (outside quotes and citations)
ENGLISH_WORDS = {"the", "of", "and", "is", "for", "to", "reports", "report", "step", "team",
                 "pattern", "with", "by", "question", "answer", "answered",
                 "explanation", "conflict", "because", "not", "regulated", "parameters"}
INDONESIAN_WORDS = {"kepada", "melapor", "yang", "bagi", "adalah", "dengan", "sebagai",
                    "karena", "pertanyaan", "penjelasan", "pertentangan", "jawaban",
                    "terjawab", "diatur", "tidak", "berperan", "selaku", "langkah",
                    "tembusan", "ketentuan", "secara", "subjek", "oleh", "berlaku"}
# words where both languages agree or that are names (kept out of the language scan)
NAMES = re.compile(r"(Peraturan|Perbup|Pasal|Lampiran|Dinas|Badan|Kecamatan|Kelurahan|"
                   r"Kabupaten|Sekretariat|Inspektorat|RSUD|UPTD|Puskesmas)\b[^;:,.\n]*")

# value strings of the API that are no vocabulary id (tests/golden/README.md)
VALUE_WORDS = {"tidak-disebut", "paling-lama", "tidak-dibatasi", "tidak-diatur", "unit-leader",
               "reporting-line", "assignment-instrument", "cross-unit-routing",
               "cross-agency-routing", "voluntary-routing", "team-leader", "team-duration"}

PROLOG = [re.compile(p) for p in (r"\b[a-z_]\w*\(", r"\w/\d", r"\bkb/", r"\.pl:\d",
                                  r"\b[a-z]+_[a-z_]+\b")]
HYPHEN_TOKEN = re.compile(r"(?<![\w\-])[a-z0-9]+(?:[-:][a-z0-9]+)+(?![\w\-])")


def _strip(text: str) -> str:
    """The text without the regulation's own words: quotes and citations."""
    text = re.sub(r'"[^"\n]*"', '""', text)
    text = re.sub(r"“[^”\n]*”", "“”", text)
    text = re.sub(r"\[[^\]\n]*\]", "[]", text)
    return text


def _reduplication(tok: str) -> bool:
    """Indonesian reduplication ("sewaktu-waktu", "tiap-tiap") is a word."""
    parts = tok.split("-")
    return len(parts) == 2 and (parts[0] == parts[1] or parts[1].startswith(parts[0][:4]))


def scan(text: str, lang: str, ids: set[str]) -> list[tuple[str, str]]:
    """Every fault in one rendering: (kind, the offending snippet)."""
    faults: list[tuple[str, str]] = []
    body = _strip(text)
    for m in HYPHEN_TOKEN.finditer(body):
        tok = m.group(0)
        if ":" not in tok and _reduplication(tok):
            continue
        if re.fullmatch(r"\d+[-:]\d+", tok):         # a number range, a time
            continue
        if tok in ids or ":" in tok:
            faults.append(("id", tok))
    for p in PROLOG:
        for m in p.finditer(body):
            faults.append(("prolog", m.group(0)))
    for m in re.finditer(r"\bnull\b" if lang == "en" else r"\b(null|true|false)\b", body):
        faults.append(("prolog", m.group(0)))     # a JSON value printed as it is
    low = body.lower()
    for d in DOUBLED:
        if re.search(r"\b" + re.escape(d) + r"\b", low):
            faults.append(("preposition", d))
    words = set(re.findall(r"[a-z]+", NAMES.sub("", body).lower()))
    other = ENGLISH_WORDS if lang == "id" else INDONESIAN_WORDS
    for w in sorted(words & other):
        faults.append(("language", w))
    return faults


def cases(vocab: list[dict], regencies: list[str], questions: list[str],
          sample: int | None) -> list[tuple[str, str, dict]]:
    """The grid's cases; with a sample, spread evenly over each regulation and
    question (the same cases every run)."""
    per: dict[tuple[str, str], list[dict]] = {}
    for r in regencies:
        vals = values(vocab, r)
        for q in questions:
            names = QUESTION_PARAMS[q]
            per[(r, q)] = [{n: v for n, v in zip(names, combo) if v is not None}
                           for combo in itertools.product(*(vals[n] for n in names))]
    out = []
    if sample is None:
        for (r, q), ps in per.items():
            out.extend((q, r, p) for p in ps)
        return out
    each = max(1, sample // len(per))
    for (r, q), ps in per.items():
        step = max(1, len(ps) // each)
        out.extend((q, r, p) for p in ps[::step][:each])
    return out


def renderings(kb, q: str, r: str, params: dict, lang: str,
               why_not: bool = True) -> list[tuple[str, str]]:
    """What the user reads for one case: the explained answer, and the
    why-not verdict for the first answer's post, for a post the answers do
    not give, and (for a reporting line) for "not directly"."""
    from pyapi.render import render_explained, render_why_not
    from pyapi.engine import OperationError
    from pyapi.wording import wording_for

    w = wording_for(kb, lang)
    res = kb.call("explain", {"question": q, "regency": r, "params": params, "lang": lang})
    out = [("explain", render_explained(res, w))]
    if not why_not:
        return out
    post = next((a["holder"]["id"] for a in res["answers"]
                 if a.get("holder") and a["holder"].get("kind") in ("post", "role", "level")),
                None)
    proposals = [{"post": p} for p in ([post] if post else []) + ["kepala-seksi"]]
    if q == "reporting-line":
        proposals.append({"direct": False})
    for proposed in proposals:
        try:
            wn = kb.call("why_not", {"question": q, "regency": r, "params": params,
                                     "lang": lang, "proposed": proposed})
        except OperationError as exc:          # (a time limit under load): not read
            out.append(("skipped", f"{proposed}: {exc}"))
            continue
        out.append(("why-not", render_why_not(wn, w)))
    return out


def run(kb, sample: int | None, regencies=None, questions=None, langs=LANGS,
        show: int = 0, why_not_every: int = 4, progress: int = 0):
    """Count the faults of every rendering: (counts by kind, examples, renderings)."""
    vocab = kb.call("vocabulary")
    ids = {t["id"] for t in vocab} | VALUE_WORDS
    regencies = regencies or sorted(kb.regencies)
    questions = questions or list(QUESTION_PARAMS)
    todo = cases(vocab, regencies, questions, sample)
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n = 0
    started = time.perf_counter()
    for i, (q, r, params) in enumerate(todo):
        if progress and i and i % progress == 0:
            print(f"{i}/{len(todo)} cases, {time.perf_counter() - started:.0f} s, "
                  f"faults {sum(v for k, v in counts.items() if k != 'skipped')}",
                  file=sys.stderr, flush=True)
        for lang in langs:
            for kind, text in renderings(kb, q, r, params, lang,
                                         why_not=i % why_not_every == 0):
                if kind == "skipped":
                    counts["skipped"] += 1
                    continue
                n += 1
                for fault, snippet in scan(text, lang, ids):
                    counts[fault] += 1
                    if len(examples[fault]) < show:
                        examples[fault].append(f"{q} {r} {params} [{lang}, {kind}]: {snippet}")
    return counts, examples, n, len(todo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, help="ask this many cases, spread evenly")
    ap.add_argument("--regency", action="append")
    ap.add_argument("--question", action="append")
    ap.add_argument("--lang", action="append", choices=LANGS)
    ap.add_argument("--show", type=int, default=3, help="examples of each fault")
    ap.add_argument("--why-not-every", type=int, default=4,
                    help="render the why-not verdicts of every K-th case (default 4)")
    ap.add_argument("--progress", type=int, default=0,
                    help="report progress on stderr every N cases")
    args = ap.parse_args()

    from pyapi.kb import KnowledgeBase

    started = time.perf_counter()
    kb = KnowledgeBase().start()
    try:
        counts, examples, n, ncases = run(kb, args.sample, args.regency, args.question,
                                          tuple(args.lang or LANGS), args.show,
                                          args.why_not_every, args.progress)
    finally:
        kb.stop()
    print(f"# Wording grid: {ncases} cases, {n} renderings in "
          f"{time.perf_counter() - started:.0f} s\n")
    print("| fault | count |\n|---|---:|")
    for kind in ("id", "prolog", "preposition", "language"):
        print(f"| {kind} | {counts[kind]} |")
    print(f"| **all** | {sum(v for k, v in counts.items() if k != 'skipped')} |")
    if counts["skipped"]:
        print(f"\n({counts['skipped']} why-not renderings not read: time limit)")
    for kind, ex in examples.items():
        print(f"\n## {kind}\n")
        for e in ex:
            print(f"- {e}")


if __name__ == "__main__":
    main()
