"""Plain-text renderings (Indonesian) of what the knowledge base returns."""

from __future__ import annotations

STATUS_ID = {"answered": "terjawab", "conflict": "BERTENTANGAN", "tidak-diatur": "tidak diatur"}


def _quote(c: dict) -> str:
    return f'[{c["cite"]}] "{c["quote"]}"'


def answer_line(a: dict) -> str:
    """One answer in a sentence (the CLI and the pages say it the same way)."""
    if "to" in a and "direct" in a:          # reporting line
        way = ("secara langsung" if a["direct"] is True else
               f"melalui {a['via_label']}" if a["direct"] is False else
               "(cara pelaporan tidak disebut)")
        line = f"melapor kepada {a['to_label']}, {way}"
        if a.get("posts"):
            line += " — yaitu " + " / ".join(p["post_label"] for p in a["posts"])
        return line
    if "post_label" in a:
        return a["post_label"]
    if "actor_label" in a and "action" in a:  # routing step
        line = f"{a['actor_label']} {a['action'].replace('-', ' ')} kepada {a['to_label']}"
        if a.get("tembusan"):
            line += ", tembusan: " + ", ".join(t["post_label"] for t in a["tembusan"])
        return line
    if "actor_label" in a:
        return f"{a['actor_label']} ({a['value']})"
    if "document_label" in a:
        return f"{a['document_label']} ditetapkan oleh {a['set_by_label']} ({a['value']})"
    if "item" in a:
        return a["value"]
    return a["value"]


def render_answer(result: dict) -> str:
    """A question's answer as a trainer would read it out."""
    out = [f"Pertanyaan: {result['question']} — {result['regency']}"]
    params = ", ".join(f"{k}={v}" for k, v in result["params"].items())
    if params:
        out.append(f"Parameter: {params}")
    for r in result.get("resolved", []):
        where = "".join(f"; {c['cite']}" for c in r.get("citations", []))
        out.append(f"Alias: {r['value']} → {r['id']} ({r['text']}{where})")
    if result.get("ignored"):
        out.append(f"Diabaikan: {', '.join(result['ignored'])} (tidak dibaca oleh pertanyaan ini)")
    out.append(f"Status: {STATUS_ID.get(result['status'], result['status'])}")
    for i, a in enumerate(result["answers"], 1):
        if "steps" in a:
            out.append(f"{i}. Alur {a['routing'].replace('-', ' ')} ({a['scope_label']}):")
            for s in a["steps"]:
                out.append(f"   {s['value'].split(' ', 1)[0]}) {answer_line(s)}")
                out.extend(f"      {_quote(c)}" for c in s["citations"])
            continue
        out.append(f"{i}. {answer_line(a)}")
        out.extend(f"   {_quote(c)}" for c in a["citations"])
    for c in result.get("conflicts", []):
        out.append(f"Pertentangan ({c['about']}):")
        out.extend(f"   - {s['value']}: {_quote(s['citation'])}" for s in c["sides"])
    if result["status"] == "tidak-diatur":
        out.append("Peraturan ini tidak mengatur hal tersebut.")
        if result.get("closest"):
            out.append("Ketentuan terdekat:")
            out.extend(f"   {_quote(c)}" for c in result["closest"])
    return "\n".join(out)


def render_derivation(tree: dict, depth: int = 1) -> list[str]:
    """An explanation tree as indented lines: each rule step with the rule
    that produced it, each fact with its citation and exact quote."""
    pad = "   " * depth
    if tree["kind"] == "fact":
        c = tree["citation"]
        lines = [f"{pad}• {tree['claim']}", f"{pad}  {_quote(c)}"]
    elif tree["kind"] == "precedence":
        lines = [f"{pad}⚖ {tree['claim']}", f"{pad}  {_quote(tree['citation'])}",
                 f"{pad}  {_quote(tree['set_aside'])}"]
    elif tree["kind"] == "sejalan":       # one answer with a provision of another precision
        lines = [f"{pad}≈ {tree['claim']}"]
    else:
        r = tree["rule"]
        lines = [f"{pad}▸ {tree['claim']}  (aturan {r['predicate']}, {r['file']}:{r['line']})"]
    for child in tree["children"]:
        lines.extend(render_derivation(child, depth + 1))
    return lines


def render_explained(result: dict) -> str:
    """An answer with the derivation of each answer under it."""
    out = [render_answer(result)]
    explained = [a for a in result["answers"] if "explanation" in a]
    explained += [s for a in result["answers"] for s in a.get("steps", []) if "explanation" in s]
    if explained:
        out.append("Penjelasan:")
        for a in explained:
            for tree in [a["explanation"], *a.get("alternatives", [])]:
                out.extend(render_derivation(tree))
    if result.get("looked_for"):
        out.append(result["looked_for"])
    return "\n".join(out)


def render_why_not(result: dict) -> str:
    out = [result["message"]]
    for r in result.get("reasons", []):
        out.append(f"- {r['message']}")
        out.extend(f"   {_quote(c)}" for c in r["citations"])
    for o in result.get("overridden", []):      # provisions precedence set aside
        out.append(f"- {o['message']}")
    if result.get("holds") and "answer" in result:
        a = result["answer"]
        out.append(f"Jawaban: {answer_line(a)}")
        out.extend(f"   {_quote(c)}" for c in a["citations"])
        if "explanation" in a:
            out.extend(render_derivation(a["explanation"]))
    for c in result.get("closest", []):
        out.append(f"   Ketentuan terdekat: {_quote(c)}")
    return "\n".join(out)


def render_citations(result: dict) -> str:
    """Each citation found: span, canonical form, targets and problems."""
    if not result["citations"]:
        return "Tidak ada kutipan yang ditemukan."
    out = []
    for c in result["citations"]:
        a, b = c["span"]
        head = f"[{a}-{b}] {c['phrase']}"
        out.append(head + ("  (peraturan lain)" if c["external"] else f"  → {c['canonical']}"))
        for t in c["targets"]:
            mark = "ada" if t["exists"] else "TIDAK ADA"
            out.append(f"   {t['cite']}: {mark}")
        out.extend(f"   ! {p['code']}: {p['message']}" for p in c["problems"])
    return "\n".join(out)


def render_compare(result: dict) -> str:
    """One question across every regulation: the groups that answer alike."""
    out = [f"Pertanyaan: {result['question']} — semua peraturan",
           "Semua peraturan menjawab sama." if result["agree"] else
           "Peraturan-peraturan menjawab berbeda."]
    by_id = {r["regency"]: r for r in result["results"]}
    for i, g in enumerate(result["groups"], 1):
        names = ", ".join(by_id[r]["label"] for r in g["regencies"])
        out.append(f"{i}. {names}: {STATUS_ID.get(g['status'], g['status'])}")
        answers = by_id[g["regencies"][0]]["answer"]["answers"]   # alike in the whole group
        out.extend(f"   - {answer_line(a) if 'steps' not in a else a['value']}" for a in answers)
    for r in result["results"]:
        if "error" in r:
            out.append(f"   {r['label']}: tidak dapat ditanyakan ({r['error']['detail']})")
    return "\n".join(out)

