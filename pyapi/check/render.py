"""Plain-text rendering of a check report (``perbup check --text``)."""

from __future__ import annotations

from .lang import phrase
from .model import Report


def render_text(report: Report, name: str = "draft", lang: str = "id") -> str:
    doc = report.document
    head = " ".join(str(x) for x in (doc.get("jenis"), doc.get("nomor") and f"Nomor {doc['nomor']}",
                                     doc.get("tahun") and f"Tahun {doc['tahun']}") if x)
    counts = doc["counts"]
    out = [f"{name}: {head or '?'} — BAB {counts['bab']}, Pasal {counts['pasal']}, "
           f"ayat {counts['ayat']}"]
    for f in report.findings:
        d = f.to_dict(lang)
        loc = d["location"]
        out.append(f"{name}:{loc['line']}:{loc['column']}: {d['severity']} [{d['rule']}] "
                   f"{loc['cite']}: {d['message']}")
        if d["text"]:
            out.append(f"    \"{' '.join(d['text'].split())[:160]}\"")
        out.append(f"    {phrase('suggestion', lang)}: {d['suggestion']}")
        out.append(f"    {phrase('source', lang)}: {d['source']}")
    if not report.findings:
        out.append(phrase("none", lang))
    sev = [f.severity for f in report.findings]
    out.append(phrase("summary", lang, errors=sev.count("error"), warnings=sev.count("warning"),
                      infos=sev.count("info")))
    return "\n".join(out)
