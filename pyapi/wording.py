"""The words of the renderings, read from the language files the knowledge
base speaks with (``kb/lang/id.pl``, ``kb/lang/en.pl``).

The knowledge base words answers, cases and explanations itself
(kb/wording.pl); what the plain-text, SVG and page renderings add around
them (headings, labels of the parameters, the status, "karena") comes from
the same files: their ``template/2``, ``word/2`` and ``question/2`` facts,
read here, so no rendering keeps wording of its own.  Labels of ids come
from the vocabulary (``label`` / ``label_en``).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .resources import KB

LANGS = ("id", "en")
_FACT = re.compile(r'^(template|word|question)\(\s*(.+?)\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)\.\s*$')


def _key(text: str) -> str:
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] == "'" else text


@functools.lru_cache(maxsize=None)
def _facts(lang: str) -> dict[str, dict[str, str]]:
    """The facts of kb/lang/<lang>.pl by kind: template, word, question."""
    if lang not in LANGS:
        raise ValueError(f"unknown language: {lang}")
    out: dict[str, dict[str, str]] = {"template": {}, "word": {}, "question": {}}
    for line in Path(KB / "lang" / f"{lang}.pl").read_text(encoding="utf-8").splitlines():
        m = _FACT.match(line)
        if m:
            kind, key, text = m.groups()
            out[kind][_key(key)] = text.replace('\\"', '"').replace("\\\\", "\\")
    return out


class Wording:
    """The words of one language, and the labels of the vocabulary's ids."""

    def __init__(self, lang: str = "id", terms: list[dict] | None = None,
                 regulations: dict | None = None):
        self.lang = lang if lang in LANGS else "id"
        self._f = _facts(self.lang)
        self._labels: dict[str, dict[str, str]] = {}
        self._regulations = {rid: self.regulation_name(reg)
                             for rid, reg in (regulations or {}).items()}
        field = "label_en" if self.lang == "en" else "label"
        for t in terms or ():
            label = t.get(field) or t.get("label")
            if label:
                self._labels.setdefault(t["id"], {}).setdefault(t["category"], label)

    def say(self, key: str, *args) -> str:
        """A template filled in order (Prolog's ``~w``)."""
        parts = self._f["template"][key].split("~w")
        out = parts[0]
        for arg, part in zip(args, parts[1:]):
            out += str(arg) + part
        return out

    def word(self, key: str) -> str:
        return self._f["word"][key]

    def question(self, qid: str) -> str:
        return self._f["question"].get(qid) or self.label(qid, "question")

    def label(self, id_: str | None, category: str | None = None,
              fallback: str | None = None) -> str:
        """The label of an id, of a category where the id is in several."""
        if id_ is None:
            return fallback or ""
        by_cat = self._labels.get(id_)
        if not by_cat:
            return fallback or id_.replace("-", " ")
        if category and category in by_cat:
            return by_cat[category]
        if "pattern" in by_cat:                 # a heading of the text: its own words
            return f"“{by_cat['pattern']}”" if self.lang == "en" else by_cat["pattern"]
        for cat in ("post", "role", "holder", "level", "document", "unit"):
            if cat in by_cat:
                return by_cat[cat]
        return next(iter(by_cat.values()))

    def regulation_name(self, reg) -> str:
        """A regulation as drafters name it: "Peraturan Bupati <Region>
        Nomor <n> Tahun <year>" (from its manifest)."""
        place = reg.region
        for kind in ("Kabupaten ", "Kota "):
            place = place.removeprefix(kind)
        return self.say("regulation_name", reg.jenis, place, reg.nomor, reg.tahun)

    def regulation(self, rid: str) -> str:
        return self._regulations.get(rid) or self.label(rid, "regency")

    def status(self, status: str) -> str:
        return self.word("status_" + status.replace("-", "_"))


def wording_for(kb, lang: str = "id") -> Wording:
    """The wording of a language with the knowledge base's vocabulary."""
    cache = kb.__dict__.setdefault("_wordings", {})
    if lang not in cache:
        cache[lang] = Wording(lang, kb.call("vocabulary"), getattr(kb, "packages", None))
    return cache[lang]


async def awording_for(kb, lang: str = "id") -> Wording:
    cache = kb.__dict__.setdefault("_wordings", {})
    if lang not in cache:
        cache[lang] = Wording(lang, await kb.aterms(), getattr(kb, "packages", None))
    return cache[lang]
