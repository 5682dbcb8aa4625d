"""The extractor's self-check: extracted norms against the hand-encoded ones.

A hand-encoded norm is *found* when the extractor produced the same claim
at the same provision (canonical citation); an extracted norm is
*confirmed* when a hand-encoded norm has its claim and citation.  Quotes
are not compared (both are checked verbatim at load).  Claims are compared
as ``~q`` prints them after two normalisations that do not change their
meaning:

* a subject list naming every JF jenjang and Pelaksana is ``[semua]``;
* a level's generic post is the level: ``'pejabat-administrator'`` is
  ``level(administrator)``, ``'pejabat-pengawas'`` is ``level(pengawas)``,
  ``'pejabat-pimpinan-tinggi-pratama'`` is ``level('jpt-pratama')``;
* a named unit's id is a label each side chose: where both name a unit by
  the same name ("RSUD Kelas B Panembahan Senopati") under other ids
  (``'rsud-panembahan-senopati'`` by hand,
  ``'rsud-kelas-b-panembahan-senopati'`` extracted), the extracted id is
  read as the hand-encoded one.

Figures are given for the batang tubuh and, apart, for the Lampiran.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..normcheck import resolve_norm_cite
from ..structure import Document
from . import Extraction, is_lampiran
from .lexicon import ALL_JF

_ALL_SUBJECTS = "[" + ",".join([f"'{s}'" for s in ALL_JF] + ["pelaksana"]) + "]"
_SAME = [(_ALL_SUBJECTS, "[semua]"),
         ("level(administrator)", "'pejabat-administrator'"),
         ("level(pengawas)", "'pejabat-pengawas'"),
         ("level('jpt-pratama')", "'pejabat-pimpinan-tinggi-pratama'")]


_UNIT_BERNAMA = re.compile(r"unit_bernama\(('[^']*'|[a-z]\w*),(\"(?:[^\"\\\\]|\\\\.)*\")")


def named_ids(claims) -> dict[str, str]:
    """The named units among ``claims`` (printed with ~q): name -> id."""
    out = {}
    for c in claims:
        m = _UNIT_BERNAMA.search(c)
        if m:
            out.setdefault(m.group(2), m.group(1))
    return out


def renaming(extracted: dict[str, str], hand: dict[str, str]) -> list[tuple[re.Pattern, str]]:
    """For each unit both sides name by the same name under another id: a
    pattern of the extracted id and the hand-encoded id that replaces it."""
    return [(re.compile(r"(?<![\w'-])" + re.escape(e) + r"(?![\w'-])"), hand[name])
            for name, e in extracted.items() if name in hand and hand[name] != e]


def normal(claim: str, renamed: list[tuple[re.Pattern, str]] = ()) -> str:
    for a, b in _SAME:
        claim = claim.replace(a, b)
    for pattern, hand_id in renamed:
        claim = pattern.sub(lambda _m: hand_id, claim)
    return claim


def claim_type(claim: str) -> str:
    """The type of a claim as ~q prints it (di/2 by the claim it scopes)."""
    functor = claim.split("(", 1)[0]
    if functor != "di":
        return functor
    depth = 0
    for i, ch in enumerate(claim):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 1:
            return claim_type(claim[i + 1:])
    return functor


# Claims that relate norms to each other for the precedence layer
# (kb/precedence.pl) rather than read one sentence: counted apart (they
# name other norms by id, which the two sides do not share; the extractor
# writes syarat/2, the act an instrument is written for, and sebagai/2, a
# post acting as a role).
PRECEDENCE = ("pengecualian", "syarat", "pendelegasian", "sebagai", "rincian")


def hand_norms(regency: str) -> list[dict]:
    """The hand-encoded norms of a regulation package, as the knowledge
    base loads them (claim printed with ~q)."""
    from ..kb import KnowledgeBase

    kb = KnowledgeBase(regencies=(regency,)).start()
    try:
        return kb.engine.call("norms", {"regency": regency}, admin=True)
    finally:
        kb.stop()


def _figures(hand: dict, extracted: dict) -> dict:
    by_type: dict[str, dict] = defaultdict(lambda: {"hand": 0, "found": 0, "extracted": 0,
                                                    "confirmed": 0})
    missed, unconfirmed = [], []
    for key, row in hand.items():
        t = by_type[claim_type(key[0])]
        t["hand"] += 1
        if key in extracted:
            t["found"] += 1
        else:
            missed.append({"cite": key[1], "claim": row["claim"], "quote": row["quote"]})
    for key, row in extracted.items():
        t = by_type[claim_type(key[0])]
        t["extracted"] += 1
        if key in hand:
            t["confirmed"] += 1
        else:
            unconfirmed.append({"cite": key[1], "claim": row["claim"], "quote": row["quote"]})
    for t in by_type.values():
        t["recall"] = t["found"] / t["hand"] if t["hand"] else None
        t["precision"] = t["confirmed"] / t["extracted"] if t["extracted"] else None
    n_hand = sum(t["hand"] for t in by_type.values())
    n_ext = sum(t["extracted"] for t in by_type.values())
    return {
        "recall": sum(t["found"] for t in by_type.values()) / n_hand if n_hand else None,
        "precision": (sum(t["confirmed"] for t in by_type.values()) / n_ext
                      if n_ext else None),
        "hand": n_hand, "extracted": n_ext,
        "by_type": dict(sorted(by_type.items())),
        "missed": sorted(missed, key=lambda r: r["cite"]),
        "unconfirmed": sorted(unconfirmed, key=lambda r: r["cite"]),
    }


def compare(doc: Document, ext: Extraction, hand_rows: list[dict]) -> dict:
    """Recall and precision of ``ext`` against ``hand_rows`` (rows of the
    knowledge base's ``norms`` operation), batang tubuh and Lampiran."""
    parts: dict[str, tuple[dict, dict]] = {"batang": ({}, {}), "lampiran": ({}, {}),
                                           "precedence": ({}, {})}
    renamed = renaming(named_ids(n.claim_text for n in ext.norms),
                       named_ids(row["claim"] for row in hand_rows))
    for row in hand_rows:
        cite = resolve_norm_cite(doc, row["cite"]).cite
        key = (normal(row["claim"]), cite)
        part = ("precedence" if claim_type(row["claim"]) in PRECEDENCE
                else "lampiran" if is_lampiran(cite) else "batang")
        parts[part][0].setdefault(key, {"claim": row["claim"], "quote": row["quote"]})
    for n in ext.norms:
        key = (normal(n.claim_text, renamed), n.cite)
        part = ("precedence" if claim_type(n.claim_text) in PRECEDENCE
                else "lampiran" if is_lampiran(n.cite) else "batang")
        parts[part][1].setdefault(
            key, {"claim": n.claim_text, "quote": n.quote})
    body = _figures(*parts["batang"])
    return {"regency": doc.regency, **body, "lampiran": _figures(*parts["lampiran"]),
            "precedence": _figures(*parts["precedence"]), "unread": list(ext.unread)}
