"""Plain-text renderings of what the knowledge base returns, in the
language of a :class:`pyapi.wording.Wording` (Indonesian unless asked).

Every sentence comes from the language files: the answers, cases and
explanation steps as the knowledge base words them (kb/wording.pl), the
headings and labels around them through ``Wording`` (pyapi/wording.py).
No id, Prolog term or file location is printed unless ``debug`` asks for
the rule locations of an explanation.
"""

from __future__ import annotations

from .wording import Wording

PARAMS = ("subject", "capacity", "unit", "placement", "scope", "role", "post")

# explanation steps that only restate the step above them: their children
# stand in their place unless debug asks for every rule (kb/explain.pl)
_PASS_THROUGH = {"scoped_norm/5", "holds_role/7", "role_item/8", "unit_matches/3"}


def _w(result: dict, w: Wording | None) -> Wording:
    return w or Wording(result.get("lang") or "id")


def _quote(c: dict) -> str:
    return f'[{c["cite"]}] "{c["quote"]}"'


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def post_label(p: dict, w: Wording) -> str:
    """A post of an answer in the reader's language."""
    holder = p.get("holder") or {}
    if w.lang == "en":
        return holder.get("label_en") or w.label(p.get("post"), fallback=p.get("post_label"))
    return p.get("post_label") or holder.get("label") or w.label(p.get("post"))


def answer_line(a: dict, w: Wording | None = None) -> str:
    """One answer in a sentence (the CLI, the diagrams and the pages say it
    the same way): the knowledge base's sentence, and for a reporting line
    the posts that hold the role it names."""
    w = w or Wording()
    line = a.get("text") or a.get("value", "")
    posts = [post_label(p, w) for p in a.get("posts") or []]
    if posts and not (len(posts) == 1 and a.get("to") == a["posts"][0].get("post")):
        line += "; " + w.say("lapor_posts", " / ".join(posts))
    return line


def heading(result: dict, w: Wording) -> list[str]:
    """The question as a sentence, the regulation by its name, the
    parameters by their labels."""
    out = [w.say("heading_question", w.question(result["question"]))]
    if result.get("regency"):
        out.append(w.say("heading_regulation", w.regulation(result["regency"])))
    out.extend(_params_line(result, w))
    return out


def _params_line(result: dict, w: Wording) -> list[str]:
    """The parameters asked, each by its label, in the order of the form."""
    given = result.get("params") or {}
    params = [w.say("labelled", w.word("param_" + k), w.label(given[k], k if k != "role" else None))
              for k in PARAMS if given.get(k)]
    return ["; ".join(params)] if params else []


def render_answer(result: dict, w: Wording | None = None, debug: bool = False) -> str:
    """A question's answer as a trainer would read it out."""
    w = _w(result, w)
    out = heading(result, w)
    for r in result.get("resolved", []):
        where = "; ".join(c["cite"] for c in r.get("citations", []))
        out.append(w.say("alias_line", r["text"], w.label(r["id"], "unit"))
                   + (f" ({where})" if where else ""))
    if result.get("ignored"):
        out.append(w.say("ignored_line", ", ".join(w.word("param_" + p) if p in PARAMS else p
                                                 for p in result["ignored"])))
    out.append(w.say("labelled", w.word("heading_status"), w.status(result["status"])))
    for i, a in enumerate(result["answers"], 1):
        if "steps" in a:
            out.append(f"{i}. " + w.say("routing_line", a.get("text") or a["value"]))
            for s in a["steps"]:
                out.append(f"   {s['value'].split(' ', 1)[0]}) {answer_line(s, w)}")
                out.extend(f"      {_quote(c)}" for c in s["citations"])
            continue
        out.append(f"{i}. {answer_line(a, w)}")
        out.extend(f"   {_quote(c)}" for c in a["citations"])
    for c in result.get("conflicts", []):
        out.append(w.say("conflict_about", c.get("about_text") or c["about"]))
        out.extend(f"   - {s.get('label') or s['value']}: {_quote(s['citation'])}"
                   for s in c["sides"])
    if result["status"] == "tidak-diatur":
        out.append(w.word("not_regulated"))
        if result.get("closest"):
            out.append(w.word("closest") + ":")
            out.extend(f"   {_quote(c)}" for c in result["closest"])
    return "\n".join(out)


def _simplify(tree: dict) -> list[dict]:
    """A step without the rule steps that restate their parent; the
    siblings that say the same merged into one branch."""
    kids = [k for child in tree["children"] for k in _simplify(child)]
    if tree["kind"] == "rule" and tree.get("rule", {}).get("predicate") in _PASS_THROUGH:
        return kids
    return [dict(tree, children=_merge(kids))]


def _merge(nodes: list[dict]) -> list[dict]:
    """One branch per reason: steps with the same claim become one, their
    provisions and sub-steps together (each once)."""
    out: list[dict] = []
    by_key: dict[tuple, dict] = {}
    for n in nodes:
        key = (n["kind"], n["claim"], n.get("citation", {}).get("cite") if n["kind"] != "fact"
               else None)
        if key in by_key:
            m = by_key[key]
            if n["kind"] == "fact":
                cites = m.setdefault("_cites", [m["citation"]])
                if all(c["cite"] != n["citation"]["cite"] for c in cites):
                    cites.append(n["citation"])
            m["children"] = _merge(m["children"] + n["children"])
        else:
            m = dict(n)
            by_key[key] = m
            out.append(m)
    return out


def render_derivation(tree: dict, w: Wording | None = None, depth: int = 1,
                      debug: bool = False, first: bool = True,
                      said: str = "") -> list[str]:
    """An explanation tree as indented lines: the claim, then each reason
    it holds "karena ..." (because ...), each provision with its citation
    and exact quote; precedence and agreement steps as steps of their own.
    A provision that says just what its step says is given as the reason
    itself ("karena [Pasal 12 ayat (1)] ..."); ``said`` is that step.
    With debug, every rule step with the rule and the place it is written."""
    w = w or Wording()
    pad = "   " * depth
    claim = _cap(tree["claim"]) if first else f"{w.word('because')} {tree['claim']}"
    if tree["kind"] == "fact" and not first and tree["claim"].lower() == said.lower():
        cites = tree.get("_cites", [tree["citation"]])
        lines = [f"{pad}{w.word('because')} {_quote(cites[0])}"]
        lines += [f"{pad}   {_quote(c)}" for c in cites[1:]]
    elif tree["kind"] == "fact":
        lines = [f"{pad}{claim}"]
        lines += [f"{pad}   {_quote(c)}" for c in tree.get("_cites", [tree["citation"]])]
    elif tree["kind"] == "precedence":
        lines = [f"{pad}⚖ {_cap(tree['claim'])}", f"{pad}   {_quote(tree['citation'])}",
                 f"{pad}   {_quote(tree['set_aside'])}"]
    elif tree["kind"] == "sejalan":       # one answer with a provision of another precision
        lines = [f"{pad}≈ {_cap(tree['claim'])}"]
    else:
        lines = [f"{pad}{claim}"]
        if debug:
            r = tree["rule"]
            lines[0] += "  " + w.say("rule_at", r["predicate"], r["file"], r["line"])
    for child in tree["children"]:
        lines.extend(render_derivation(child, w, depth + 1, debug, first=False,
                                       said=tree["claim"]))
    return lines


def explained_trees(a: dict, debug: bool = False) -> list[dict]:
    """The derivations of one answer, merged into one tree per reason."""
    trees = [a["explanation"], *a.get("alternatives", [])]
    if debug:
        return trees
    return _merge([t for tree in trees for t in _simplify(tree)])


def render_explained(result: dict, w: Wording | None = None, debug: bool = False) -> str:
    """An answer with the derivation of each answer under it."""
    w = _w(result, w)
    out = [render_answer(result, w, debug)]
    numbered = []
    for i, a in enumerate(result["answers"], 1):
        if "explanation" in a:
            numbered.append((f"{i}", a))
        for s in a.get("steps", []):
            if "explanation" in s:
                numbered.append((f"{i}.{s['value'].split(' ', 1)[0]}", s))
    if numbered:
        out.append(w.word("heading_explanation") + ":")
        for n, a in numbered:
            out.append(w.say("explain_answer", n, answer_line(a, w)))
            for tree in explained_trees(a, debug):
                if tree["kind"] == "rule" and not debug:   # the answer itself: its reasons
                    for child in tree["children"]:
                        out.extend(render_derivation(child, w, 1, debug, first=False,
                                                     said=tree["claim"]))
                else:
                    out.extend(render_derivation(tree, w, 1, debug))
    if result.get("looked_for"):
        out.append(result["looked_for"])
    return "\n".join(out)


def render_why_not(result: dict, w: Wording | None = None, debug: bool = False) -> str:
    w = _w(result, w)
    out = [result["message"]]
    for r in result.get("reasons", []):
        out.append(f"- {r['message']}")
        out.extend(f"   {_quote(c)}" for c in r["citations"])
    for o in result.get("overridden", []):      # provisions precedence set aside
        out.append(f"- {o['message']}")
    if result.get("contested_by"):
        out.append(w.word("contested_by") + ":")
        sides = {f"   - {s.get('label') or s['value']}: {_quote(s['citation'])}": None
                 for s in result["contested_by"]}          # each side once
        out.extend(sides)
    if result.get("holds") and "answer" in result:
        a = result["answer"]
        out.append(w.say("labelled", w.word("heading_answer"), answer_line(a, w)))
        out.extend(f"   {_quote(c)}" for c in a["citations"])
        if "explanation" in a:
            for tree in explained_trees(a, debug):
                out.extend(render_derivation(tree, w, 1, debug))
    if result.get("closest"):
        out.append(w.word("closest") + ":")
        out.extend(f"   {_quote(c)}" for c in result["closest"])
    return "\n".join(out)


def render_citations(result: dict, w: Wording | None = None) -> str:
    """Each citation found: span, canonical form, targets and problems."""
    w = w or Wording()
    if not result["citations"]:
        return w.word("no_citations")
    out = []
    for c in result["citations"]:
        a, b = c["span"]
        head = f"[{a}-{b}] {c['phrase']}"
        out.append(head + (f"  ({w.word('cite_external')})" if c["external"]
                           else f"  → {c['canonical']}"))
        for t in c["targets"]:
            mark = w.word("cite_exists") if t["exists"] else w.word("cite_missing")
            out.append(f"   {t['cite']}: {mark}")
        out.extend(f"   ! {p['code']}: {p['message']}" for p in c["problems"])
    return "\n".join(out)


def render_compare(result: dict, w: Wording | None = None) -> str:
    """One question across every regulation: the groups that answer alike."""
    w = _w(result, w)
    out = [w.say("heading_compare", w.question(result["question"]))]
    out.extend(_params_line(result, w))
    out.append(w.word("compare_agree") if result["agree"] else w.word("compare_differ"))
    by_id = {r["regency"]: r for r in result["results"]}
    for i, g in enumerate(result["groups"], 1):
        names = ", ".join(w.regulation(r) for r in g["regencies"])
        out.append(f"{i}. {names}: {w.status(g['status'])}")
        answers = by_id[g["regencies"][0]]["answer"]["answers"]   # alike in the whole group
        out.extend(f"   - {answer_line(a, w)}" for a in answers)
    for r in result["results"]:
        if "error" in r:
            out.append("   " + w.say("compare_error", w.regulation(r["regency"]),
                                          r["error"]["detail"]))
    return "\n".join(out)
