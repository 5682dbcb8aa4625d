"""Definition checks on the ketentuan umum (the numbered items of Pasal 1):
a defined term used nowhere else in the regulation, a term defined twice,
and a term of several words defined with capitals but later written all in
lowercase in the batang tubuh (once per provision and term).

A definition reads "<Term> adalah ..." or "<Term> yang selanjutnya
disebut/disingkat <Short> adalah ..."; the term counts as used when the
term or its short form appears (as whole words, any case) anywhere in the
text outside its own definition, the Lampiran included.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..structure import Node
from .core import Draft
from .model import Finding, Related

_ADALAH = re.compile(r"\s+(?:adalah|ialah|yaitu)\s+")
_SHORT = re.compile(r"(?i)^(.*?)\s*,?\s+(?:yang\s+)?selanjutnya\s+(?:dalam\s+\S+(?:\s+\S+)?\s+ini\s+)?"
                    r"(?:disebut|disingkat|dinamakan)(?:\s+dengan)?\s+(.+?)\s*,?$")


def definitions(draft: Draft) -> list[tuple[Node, str, str | None]]:
    """(item, term, short form) for each definition of Pasal 1."""
    pasal1 = draft.doc.get((("pasal", "1"),))
    if pasal1 is None:
        return []
    out = []
    for item in pasal1.walk():
        if item.kind != "angka" or not item.text:
            continue
        first = " ".join(item.text.split())
        parts = _ADALAH.split(first, maxsplit=1)
        if len(parts) < 2:
            continue
        head = parts[0].strip().strip("*\"'“”").strip()
        head = re.sub(r"(?i)\s*,?\s*(?:yang\s+)?selanjutnya\s+(?:disebut|disingkat)$", "", head)
        match = _SHORT.match(head)
        term, short = (match.group(1), match.group(2)) if match else (head, None)
        term = term.strip().strip("\"'“”,")
        if short:                  # "SBSN atau dapat disebut sukuk negara": the first name
            short = re.split(r"\s+atau\s+|,", short)[0].strip().strip("\"'“”,") or None
        if term and len(term.split()) <= 12:
            out.append((item, term, short))
    return out


def _used(words: str, corpus: str) -> bool:
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", corpus, re.IGNORECASE) is not None


def check(draft: Draft) -> Iterator[Finding]:
    defs = definitions(draft)
    if not defs:
        return
    first_seen: dict[str, Node] = {}
    for item, term, short in defs:
        key = " ".join(term.casefold().split())
        line, column = draft.marker_at(item)
        if key in first_seen:
            first = first_seen[key]
            yield Finding("definition-repeated", item.cite, line, column,
                          {"term": term, "first": first.cite}, item.text.split("\n")[0],
                          (Related(first.cite, first.lines[0] if first.lines else None,
                                   first.text.split("\n")[0]),))
            continue
        first_seen[key] = item
        own = {id(n) for n in item.walk()}
        corpus = "\n".join(n.text for n in draft.doc.nodes()
                           if n.text and id(n) not in own
                           and n.kind not in ("judul", "menimbang", "mengingat"))
        names = [short] if short else []
        for name in re.split(r"\s+atau\s+", term):       # "Persekongkolan atau konspirasi"
            names += [name, re.sub(r"\s*\([^()]*\)\s*$", "", name)]   # "Surat Kepercayaan (Credentials)"
        if not any(n and _used(n, corpus) for n in names):
            yield Finding("definition-unused", item.cite, line, column, {"term": term},
                          item.text.split("\n")[0])
    yield from _lowercase(draft, defs)


def _lowercase(draft: Draft, defs) -> Iterator[Finding]:
    names = []
    for item, term, short in defs:
        for name in (term, short):
            if name and len(name.split()) >= 2 and name != name.lower():
                names.append((name, item))
    pasal1 = draft.doc.get((("pasal", "1"),))
    skip = {id(n) for n in pasal1.walk()} if pasal1 is not None else set()
    for node in draft.own_body:
        if not node.text or id(node) in skip:
            continue
        for name, item in names:
            pattern = r"\s+".join(re.escape(w) for w in name.lower().split())
            for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", node.text):
                if match.group(0) != match.group(0).lower():
                    continue
                line, column = draft.place(node, match.start())
                yield Finding("definition-lowercase", node.cite, line, column,
                              {"term": name, "defined": item.cite, "written": match.group(0)},
                              node.text.split("\n")[0], (Related(
                                  item.cite, item.lines[0] if item.lines else None,
                                  item.text.split("\n")[0]),))
                break                     # once per provision and term

