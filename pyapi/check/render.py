"""Renderings of a check report: plain text (``perbup check --text``) and
SARIF 2.1.0 (``perbup check --sarif``), the format code-review tools read."""

from __future__ import annotations

from .lang import phrase
from .model import Report
from .rules import RULES

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


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
        # file:line:column as compilers print it; what a finding has no
        # place for (a whole-draft finding, a provision's line only) is left out
        where = name
        if loc["line"]:
            where += f":{loc['line']}" + (f":{loc['column']}" if loc["column"] else "")
        out.append(f"{where}: {d['severity']} [{d['rule']}] "
                   f"{(loc['cite'] + ': ') if loc['cite'] else ''}{d['message']}")
        if d["text"]:
            out.append(f"    \"{' '.join(d['text'].split())[:160]}\"")
        for r in d["related"] if d["category"] == "norm" else ():
            out.append(f"    ↔ {r['cite']} ({phrase('line', lang)} {r['line']}): "
                       f"\"{' '.join(r['quote'].split())[:160]}\"")
        if d.get("explanation"):
            out.append(f"    {phrase('why', lang)}: {d['explanation']}")
        out.append(f"    {phrase('suggestion', lang)}: {d['suggestion']}")
        out.append(f"    {phrase('source', lang)}: {d['source']}")
    if not report.findings:
        out.append(phrase("none", lang))
    sev = [f.severity for f in report.findings]
    out.append(phrase("summary", lang, errors=sev.count("error"), warnings=sev.count("warning"),
                      infos=sev.count("info")))
    return "\n".join(out)


def render_sarif(report: Report, uri: str = "draft", lang: str = "id") -> dict:
    """The report as one SARIF 2.1.0 run: each rule with its description and
    basis, each finding a result at its line and column, named by the
    provision's citation (a logical location)."""
    used = sorted({f.rule for f in report.findings})
    rules = [{"id": rule, "shortDescription": {"text": RULES[rule].description},
              "properties": {"category": RULES[rule].category, "source": RULES[rule].source},
              "defaultConfiguration": {"level": SARIF_LEVEL[RULES[rule].severity]}}
             for rule in used]
    results = []
    for f in report.findings:
        d = f.to_dict(lang)
        loc = d["location"]
        region = {k: v for k, v in (("startLine", loc["line"]), ("startColumn", loc["column"]))
                  if v is not None}
        physical = {"artifactLocation": {"uri": uri}}
        if region:
            physical["region"] = region
        results.append({
            "ruleId": d["rule"], "ruleIndex": used.index(d["rule"]),
            "level": SARIF_LEVEL[d["severity"]],
            "message": {"text": f"{d['message']} {d['suggestion']}".strip()},
            "locations": [{"physicalLocation": physical,
                           "logicalLocations": [{"name": loc["cite"], "kind": "provision"}]}],
            "relatedLocations": [
                {"id": i, "message": {"text": r["cite"]},
                 **({"physicalLocation": {"artifactLocation": {"uri": uri},
                                          "region": {"startLine": r["line"]}}}
                    if r.get("line") else {})}
                for i, r in enumerate(d["related"], 1)],
        })
    return {"version": "2.1.0", "$schema": SARIF_SCHEMA, "runs": [{
        "tool": {"driver": {"name": "perbup check", "rules": rules}},
        "language": lang, "results": results}]}

