"""The self-check figures of docs/extraction.md: `perbup extract R --compare`
for each of the five regulations, as Markdown tables and lists (stdout)."""
import json, sys
from pyapi.structure import load_regency
from pyapi.extract import extract
from pyapi.extract.compare import compare, hand_norms

REGS = ["tabanan", "tabalong", "lombok-barat", "pekalongan", "bantul"]
res = {}
for r in REGS:
    doc = load_regency(r)
    res[r] = compare(doc, extract(doc), hand_norms(r))

f = lambda p: sum(t["found"] for t in p["by_type"].values())
c = lambda p: sum(t["confirmed"] for t in p["by_type"].values())
pct = lambda x: "–" if x is None else f"{100*x:.1f}%"
out = ["| regulation | batang tubuh recall | batang tubuh precision | Lampiran recall | Lampiran precision | unread |",
       "|---|---|---|---|---|---|"]
for r in REGS:
    b, L = res[r], res[r]["lampiran"]
    out.append(f"| {r} | {pct(b['recall'])} ({f(b)}/{b['hand']}) | {pct(b['precision'])} ({c(b)}/{b['extracted']}) "
               f"| {pct(L['recall'])} ({f(L)}/{L['hand']}) | {pct(L['precision'])} ({c(L)}/{L['extracted']}) | {len(b['unread'])} |")
out.append("")
out.append("Per claim type, batang tubuh (hand-encoded / found / extracted / confirmed):")
out.append("")
types = sorted({t for r in REGS for t in res[r]["by_type"]})
out.append("| regulation | " + " | ".join(types) + " |")
out.append("|---|" + "---|" * len(types))
for r in REGS:
    bt = res[r]["by_type"]
    out.append(f"| {r} | " + " | ".join(
        (f"{bt[t]['hand']}/{bt[t]['found']}/{bt[t]['extracted']}/{bt[t]['confirmed']}" if t in bt else "") for t in types) + " |")
out.append("")
out.append("Per claim type, Lampiran (same columns):")
out.append("")
types = sorted({t for r in REGS for t in res[r]["lampiran"]["by_type"]})
out.append("| regulation | " + " | ".join(types) + " |")
out.append("|---|" + "---|" * len(types))
for r in REGS:
    bt = res[r]["lampiran"]["by_type"]
    out.append(f"| {r} | " + " | ".join(
        (f"{bt[t]['hand']}/{bt[t]['found']}/{bt[t]['extracted']}/{bt[t]['confirmed']}" if t in bt else "") for t in types) + " |")
out.append("")
out.append("### Batang tubuh disagreements, every one")
for r in REGS:
    b = res[r]
    out.append("")
    out.append(f"**{r}**: hand-encoded, not extracted ({len(b['missed'])})")
    out.append("")
    for m in b["missed"]:
        out.append(f"- `{m['cite']}` `{m['claim']}`")
    out.append("")
    out.append(f"**{r}**: extracted, no hand-encoded norm ({len(b['unconfirmed'])})")
    out.append("")
    for m in b["unconfirmed"]:
        out.append(f"- `{m['cite']}` `{m['claim']}`")
out.append("")
out.append("### Lampiran: extracted norms no hand-encoded norm confirms")
for r in REGS:
    L = res[r]["lampiran"]
    out.append("")
    out.append(f"**{r}** ({len(L['unconfirmed'])}; {len(L['missed'])} hand-encoded Lampiran norms not extracted: "
               "`perbup extract " + r + " --compare` lists them)")
    out.append("")
    for m in L["unconfirmed"]:
        out.append(f"- `{m['cite']}` `{m['claim']}`")
print("\n".join(out))
