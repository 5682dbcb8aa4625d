"""Contradictions in a draft's norms, and what a draft changes (category ``norm``).

The draft's norms are read by the extractor (pyapi.extract) and sent to the
engine, which loads them as a regulation of its own in a temporary module
made for the one operation and destroyed when it ends (kb/drafts.pl), asks
every question of them with the precedence layer (kb/precedence.pl) and
returns each pair of provisions that still answer one case differently:
one ``norm-conflict`` finding per pair, at the first provision, the other
in ``related``, both quoted.

With ``against``, the enacted regulation's text is read by the same
extractor and both sets of norms are asked the same questions: each case
whose answers differ is a ``norm-change`` finding (severity info) with the
answers before and after, each with its provisions (``before``, ``after``).
Comparing extractions on both sides means a difference is the draft's
edit, not a norm the extractor does not read (docs/extraction.md).

Work is bounded: the extraction stops at a deadline, the engine call at the
engine's time and inference limits; either way the report says so
(``norm-unchecked``) and keeps every other finding.
"""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Callable

from ..extract import ExtractionStopped, extract
from ..extract.terms import show
from ..structure import Document, Node, parse
from .core import Draft
from .lang import phrase as lang_phrase
from .model import Finding, Related

Call = Callable[[str, dict], object]


def _norm_rows(doc: Document, deadline: float | None) -> list[dict]:
    stop = (lambda: time.monotonic() > deadline) if deadline is not None else None
    # the draft's module names the norms d1, d2 ... in this order
    # (kb/drafts.pl load_norms/4): a norm naming another says so
    return [{"claim": show(n.claim, ref="d"), "cite": n.cite, "quote": n.quote}
            for n in extract(doc, should_stop=stop).norms]


class _Places:
    """Line and column of a quote in the provision a citation names."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.nodes: dict[str, Node] = {}
        for node in draft.doc.nodes():
            if node.cite and node.cite not in self.nodes:
                self.nodes[node.cite] = node

    def at(self, cite: str, quote: str) -> tuple[int | None, int | None]:
        node = self.nodes.get(cite)
        if node is None:
            return None, None
        offset = node.text.find(quote) if quote else -1
        return self.draft.place(node, offset) if offset >= 0 else self.draft.marker_at(node)


def _unchecked(reason: str, detail: str = "") -> Finding:
    return Finding("norm-unchecked", "", None, None,
                   {"reason": {"id": _REASONS["id"][reason], "en": _REASONS["en"][reason]},
                    "detail": detail})


_REASONS = {
    "id": {"time": "batas waktu terlampaui", "engine": "mesin penalaran gagal",
           "limit": "batas inferensi terlampaui"},
    "en": {"time": "the time limit was reached", "engine": "the reasoning engine failed",
           "limit": "the inference limit was reached"},
}


def _engine_call(call: Call, op: str, args: dict):
    """(result, None) or (None, a norm-unchecked finding)."""
    from ..engine import EngineBusy, OperationError

    try:
        return call(op, args), None
    except EngineBusy:
        raise                                   # the API answers 503 with Retry-After
    except OperationError as exc:
        reason = ("time" if exc.type == "time_limit" else
                  "limit" if exc.type == "inference_limit" else "engine")
        return None, _unchecked(reason, exc.message)


def conflict_findings(draft: Draft, call: Call, deadline: float | None = None) -> list[Finding]:
    """A ``norm-conflict`` finding for each contradiction between two
    provisions of the draft (or a ``norm-unchecked`` one saying why the
    check stopped)."""
    try:
        rows = _norm_rows(draft.doc, deadline)
    except ExtractionStopped:
        return [_unchecked("time", "extract")]
    if not rows:
        return []
    result, problem = _engine_call(call, "draft_conflicts", {"norms": rows})
    if problem is not None:
        return [problem]
    places = _Places(draft)
    out = []
    for c in result["conflicts"]:
        a, b = c["sides"]
        line, column = places.at(a["cite"], a["quote"])
        other_line, _ = places.at(b["cite"], b["quote"])
        out.append(Finding(
            "norm-conflict", a["cite"], line, column,
            {"target": b["cite"], "other": b["cite"], "question": c["question"],
             "question_label": c["question_label"],
             "questions": c["questions"], "about": c.get("about_text") or c["about"],
             "unit": c["unit"],
             "value": a["label"], "other_value": b["label"],
             "values": [a["value"], b["value"]]},
            a["quote"], (Related(b["cite"], other_line, b["quote"]),)))
    return out


# The enacted texts' extractions, kept by regulation and text (a server
# compares many drafts with the same few regulations).
_enacted: dict[tuple[str, str], list[dict]] = {}
_enacted_lock = threading.Lock()


def _enacted_rows(regency: str, text: str, doc: Document | None, deadline) -> list[dict]:
    key = (regency, hashlib.sha256(text.encode("utf-8")).hexdigest())
    rows = _enacted.get(key)
    if rows is None:
        rows = _norm_rows(doc if doc is not None else parse(text, regency), deadline)
        with _enacted_lock:
            _enacted[key] = rows
    return rows


def change_findings(draft: Draft, call: Call, regency: str, enacted_text: str,
                    enacted_doc: Document | None = None,
                    deadline: float | None = None) -> list[Finding]:
    """A ``norm-change`` finding for each question and case the draft
    answers otherwise than the enacted regulation ``regency``."""
    try:
        rows = _norm_rows(draft.doc, deadline)
        before = _enacted_rows(regency, enacted_text, enacted_doc, deadline)
    except ExtractionStopped:
        return [_unchecked("time", "extract")]
    result, problem = _engine_call(call, "draft_changes", {"norms": rows, "before": before})
    if problem is not None:
        return [problem]
    here = _Places(draft)
    enacted = Draft(enacted_text, enacted_doc if enacted_doc is not None
                    else parse(enacted_text, regency))
    there = _Places(enacted)
    out = []
    asked: dict = {}               # what the other regulations answer, asked once
    vocab, late = None, False
    for ch in result["changes"]:
        after = [_answer(a, here) for a in ch["after"]]
        before_ = [_answer(a, there) for a in ch["before"]]
        first = next((c for a in after for c in a["citations"]), None)
        related = tuple(Related(c["cite"], c["line"], c["quote"])
                        for a in after for c in a["citations"] if c is not first)
        related += tuple(Related(c["cite"], c["line"], c["quote"])
                         for a in before_ for c in a["citations"])
        cite = first["cite"] if first else ""
        departure = None
        if deadline is None or time.monotonic() < deadline:
            vocab = vocab or call("vocabulary", {})
            departure = _departure(call, ch, after, regency, vocab, asked)
        else:                                   # said once: not compared
            late = True
        if departure is not None:
            out.append(Finding(
                "norm-departure", cite, first["line"] if first else None, None,
                {"target": (ch["question"], ch["unit"], tuple(a["value"] for a in after)),
                 "question": ch["question"], "question_label": ch["question_label"],
                 "unit": departure["unit"], "after_values": _joined(after),
                 "others": departure["text"]},
                first["quote"] if first else "", (),
                extra={"others": departure["others"]}))
        out.append(Finding(
            "norm-change", cite, first["line"] if first else None, None,
            {"target": (ch["question"], ch["unit"],
                        tuple(a["value"] for a in before_), tuple(a["value"] for a in after)),
             "question": ch["question"], "question_label": ch["question_label"],
             "unit": ch["unit"], "regency": regency,
             "before_values": _joined(before_), "after_values": _joined(after)},
            first["quote"] if first else "", related,
            extra={"before": before_, "after": after, "against": regency}))
    if late:
        out.append(_unchecked("time", "norm-departure"))
    return out


def _departure(call: Call, change: dict, after: list[dict], regency: str,
               vocab: list[dict], asked: dict) -> dict | None:
    """Where the draft's new answer for a case is given by none of the other
    regulations of the knowledge base: how each of them answers (their
    answers' sentences, in each language, and the unit compared); else
    None.  For a unit the vocabulary does not know (a pattern or a named
    unit of the draft) the others' general answers are compared; ``asked``
    keeps their answers, each question and unit asked once."""
    values = {a["value"] for a in after}
    kinds = {_case_kind(a["about"]) for a in after}
    if not values:
        return None
    unit = change["unit"]
    if unit not in {t["id"] for t in vocab if t["category"] == "unit"}:
        unit = None           # a pattern or named unit of the draft: the general case
    regs = [t for t in vocab if t["category"] == "regency" and t["id"] != regency]
    if not regs:
        return None
    answers = {}
    for reg in regs:
        for lang in ("id", "en"):
            key = (change["question"], unit, reg["id"], lang)
            if key not in asked:
                res = call("ask", {"question": change["question"], "regency": reg["id"],
                                   "params": {"unit": unit} if unit else {}, "lang": lang})
                asked[key] = [(a["value"], a.get("text") or a["value"], _case_kind(a["key"]),
                               a["key"].split()[-1] == "semua")
                              for a in res["answers"]]
            # the answers for the draft's kind of case ("capacity individu ...")
            answers[(reg["id"], lang)] = [(v, t, general) for v, t, k, general in asked[key]
                                          if k in kinds]
    # a value another regulation gives for the kind of case, in any unit,
    # is no departure; said: their general answers, if they have any
    given = {v for (_, lang), ans in answers.items() if lang == "id" for v, _, _ in ans}
    if values & given:
        return None
    text = {}
    for lang in ("id", "en"):
        parts = []
        for reg in regs:
            ans = answers[(reg["id"], lang)]
            if any(general for _, _, general in ans):
                ans = [a for a in ans if a[2]]
            said = list(dict.fromkeys(t for _, t, _ in ans))
            name = reg["label"] if lang == "id" else reg["label_en"]
            parts.append(f"{name}: " + ("; ".join(said) if said
                                        else lang_phrase("not-regulated", lang)))
        text[lang] = " | ".join(parts)
    return {"text": text, "unit": unit,
            "others": [{"regency": reg["id"],
                        "answers": [{"value": v, "text": t}
                                    for v, t, _ in answers[(reg["id"], "id")]]} for reg in regs]}


def _case_kind(key: str) -> str:
    """The kind of case an answer's key names, without its subjects and
    units: "capacity individu" of "capacity individu jf-ahli-muda semua"."""
    return " ".join(key.split()[:2])


def _answer(a: dict, places: _Places) -> dict:
    cites = []
    for c in a["citations"]:
        line, _ = places.at(c["cite"], c["quote"])
        cites.append({"cite": c["cite"], "line": line, "quote": c["quote"]})
    return {"about": a["about"], "value": a["value"], "label": a["label"], "citations": cites}


def _joined(answers: list[dict]) -> dict:
    """The answers' labels in each language, with their provisions."""
    out = {}
    for lang in ("id", "en"):
        parts = [f"{a['label'][lang]} ({', '.join(c['cite'] for c in a['citations'])})"
                 for a in answers]
        out[lang] = "; ".join(parts) if parts else lang_phrase("not-regulated", lang)
    return out
