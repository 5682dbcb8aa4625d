"""Web pages for trainers, in Indonesian, served by the same app.

Server-rendered with Jinja2 templates (``pyapi/templates/``), a stylesheet
and a little JavaScript (``pyapi/static/``), no build step and nothing
fetched from elsewhere, so they work offline.  Every provision has a
stable address (``/baca/<id>#pasal-18-ayat-4``) that other pages link
to; ``?kutip=`` highlights a quoted passage there.

  /baca                 the regulations loaded
  /baca/{regency}       one regulation as a navigable tree, every
                        cross-reference a link to its target, a broken one
                        marked with its problem
  /bandingkan           one question asked of every regulation, in columns,
                        the regulations that answer differently marked
  /                     Tanya: one question of one regulation, the answer in
                        large type, why (the derivation, each step with its
                        provision), conflicts side by side, the diagram
  /periksa              the draft checker: paste (or load) a draft, see its
                        findings by severity, each linked to its line
  /latihan              practice: a case is posed, the trainee picks who
                        holds the role, the page says whether that holds
                        and why (the why-not operation)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

from .api import _question_params
from .structure import Document
from .structure.model import Node

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _templates():
    """The page templates (Jinja2 is imported on the first page asked for,
    not at start: an API-only server never pays for it)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from .wording import Wording

    env = Environment(loader=FileSystemLoader(_HERE / "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.globals["t"] = Wording("id")        # the pages' words (kb/lang/<lang>.pl)
    return env


def _lang(lang: str | None) -> str:
    from .wording import LANGS

    return lang if lang in LANGS else "id"

# How a provision of each kind is headed on the page.
HEADINGS = {
    "judul": "Judul", "menimbang": "Menimbang", "mengingat": "Mengingat",
    "menetapkan": "Menetapkan", "penutup": "Penutup", "tanda_tangan": "Penandatanganan",
    "bab": "BAB {label}", "bagian": "Bagian {label}", "paragraf": "Paragraf {label}",
    "pasal": "Pasal {label}", "ayat": "({label})", "huruf": "{label}.", "angka": "{label}.",
    "butir": "{label})", "lampiran": "Lampiran", "tabel": "Tabel {label}",
}
# Kinds shown as a collapsible section of the table of contents.
SECTIONS = {"judul", "menimbang", "mengingat", "menetapkan", "bab", "bagian", "paragraf",
            "pasal", "penutup", "lampiran"}


def anchor(cite: str) -> str:
    """The fragment id of a provision: "Pasal 18 ayat (4)" -> "pasal-18-ayat-4"."""
    return re.sub(r"[^a-z0-9]+", "-", cite.lower()).strip("-") or "awal"


@dataclass
class Segment:
    text: str
    href: str | None = None          # a resolved reference: the target's fragment
    problem: str | None = None       # a reference with a problem: what is wrong
    broken: bool = False             # ... its target does not exist
    external: bool = False           # a reference to another regulation


@dataclass
class View:
    kind: str
    heading: str
    anchor: str
    cite: str
    segments: list[Segment]
    children: list["View"] = field(default_factory=list)
    section: bool = False


def _heading(node: Node) -> str:
    return HEADINGS.get(node.kind, "{label}").format(label=node.label)


def _segments(node: Node, doc: Document) -> list[Segment]:
    """The node's own text, its cross-references made links (or marked broken)."""
    from .citation import iter_citations        # Lark: on first use

    text = node.text
    if not text:
        return []
    out: list[Segment] = []
    at = 0
    for found in iter_citations(text, doc, node.path):
        if found.start < at:
            continue
        if found.start > at:
            out.append(Segment(text[at:found.start]))
        phrase = text[found.start:found.end]
        targets = found.resolution.targets if found.resolution else ()
        missing = [t.cite for t in targets if not t.exists]
        if found.problems or missing:
            messages = [p.message for p in found.problems]
            if missing and not messages:
                messages = [f"tidak ada: {', '.join(missing)}"]
            broken = bool(missing) or any(p.code == "target-missing" for p in found.problems)
            out.append(Segment(phrase, problem="; ".join(messages), broken=broken))
        elif found.external:
            out.append(Segment(phrase, external=True))
        elif targets:
            out.append(Segment(phrase, href="#" + anchor(targets[0].cite)))
        else:
            out.append(Segment(phrase))
        at = found.end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out


def reader_view(doc: Document) -> list[View]:
    """The regulation's provisions as nested views, document order."""
    def view(node: Node) -> View:
        return View(kind=node.kind, heading=_heading(node), anchor=anchor(node.cite),
                    cite=node.cite, segments=_segments(node, doc),
                    children=[view(c) for c in node.children], section=node.kind in SECTIONS)

    return [view(child) for child in doc.root.children]


def add_pages(app: FastAPI) -> None:
    """Mount the pages and their static files on ``app``."""
    from .serving import in_background, unless_gone

    app.mount("/aset", StaticFiles(directory=str(_HERE / "static")), name="pages-assets")
    _tanya_routes(app)
    _latihan_routes(app)
    _periksa_routes(app)
    rendered: dict[str, bytes] = {}        # a regulation's reader page never changes

    @app.get("/baca", response_class=HTMLResponse, include_in_schema=False)
    async def regulations(request: Request):
        kb = request.app.state.kb
        _READER['kb'] = kb
        items = [{"id": r, "label": kb.packages[r].region, "title": kb.packages[r].title,
                  "jenis": kb.packages[r].jenis, "nomor": kb.packages[r].nomor,
                  "tahun": kb.packages[r].tahun} for r in kb.regencies]
        return HTMLResponse(_templates().get_template("baca_daftar.html").render(regulations=items))

    @app.get("/baca/{regency}", response_class=HTMLResponse, include_in_schema=False)
    async def reader(request: Request, regency: str,
                     kutip: str | None = Query(None, max_length=2000,
                                               description="a passage to highlight")):
        from .api import ApiError

        kb = request.app.state.kb
        _READER['kb'] = kb
        if regency not in kb.packages:
            raise ApiError(404, "not_found", f"regency tidak dikenal: {regency!r}",
                           known=list(kb.regencies))
        if regency not in rendered:
            reg = kb.packages[regency]

            def render() -> bytes:
                return _templates().get_template("baca.html").render(
                    regulation=reg, views=reader_view(kb.documents[regency])).encode("utf-8")

            rendered[regency] = await unless_gone(
                request.receive, in_background(render))
        return HTMLResponse(rendered[regency])

    @app.get("/bandingkan", response_class=HTMLResponse, include_in_schema=False)
    async def compare(request: Request, params: Annotated[dict, Depends(_question_params)],
                      question: str | None = Query(None, max_length=100),
                      lang: str | None = Query(None, max_length=10)):
        from .engine import OperationError
        from .wording import awording_for

        kb = request.app.state.kb
        _READER['kb'] = kb
        lang = _lang(lang)
        w = await awording_for(kb, lang)
        chosen = _chosen(params, question=question)
        result, error, status = None, None, 200
        if question:
            try:
                result = json.loads(await kb.araw("compare", {
                    "question": question, "params": params, "lang": lang}))
            except OperationError as exc:
                error, status = exc.message, 404 if exc.type == "not_found" else 422
            if result is not None and all("error" in r for r in result["results"]):
                error, status, result = result["results"][0]["error"]["detail"], 422, None
        html = _templates().get_template("bandingkan.html").render(
            options=await _options(kb, None, lang), chosen=chosen,
            result=result and _columns(result, w), error=error, t=w)
        return HTMLResponse(html, status_code=status)


# Questions a practice case can pose: each asks who holds a role.
PRACTICE_QUESTIONS = ("assessor", "unit-leader")


def _latihan_routes(app: FastAPI) -> None:
    @app.get("/latihan", response_class=HTMLResponse, include_in_schema=False)
    async def latihan(request: Request,
                      regency: str | None = Query(None, max_length=100),
                      question: str | None = Query(None, max_length=100),
                      subject: str | None = Query(None, max_length=100),
                      unit: str | None = Query(None, max_length=100),
                      pilihan: str | None = Query(None, max_length=200,
                                                  description="the post the trainee picked"),
                      lang: str | None = Query(None, max_length=10)):
        import random
        from urllib.parse import urlencode

        from fastapi.responses import RedirectResponse

        from .engine import OperationError

        from .wording import awording_for

        kb = request.app.state.kb
        _READER['kb'] = kb
        lang = _lang(lang)
        w = await awording_for(kb, lang)
        terms = await kb.aterms()
        field = "label_en" if lang == "en" else "label"
        label = {(t["category"], t["id"]): t.get(field) or t["label"] for t in terms}
        ids = {c: [t["id"] for t in terms if t["category"] == c]
               for c in ("subject", "unit", "post")}
        if not (regency and question and subject and unit):
            # a new case, one the regulation answers, at a bookmarkable address
            rnd = random.Random()
            for _ in range(50):
                case = {"regency": rnd.choice(list(kb.regencies)),
                        "question": rnd.choice(PRACTICE_QUESTIONS),
                        "subject": rnd.choice(ids["subject"]), "unit": rnd.choice(ids["unit"])}
                answer = json.loads(await kb.araw("ask", {
                    "question": case["question"], "regency": case["regency"],
                    "params": {"subject": case["subject"], "unit": case["unit"]}}))
                if answer["status"] == "answered" and answer["answers"]:
                    if lang != "id":
                        case["lang"] = lang
                    return RedirectResponse("/latihan?" + urlencode(case), status_code=303)
            return HTMLResponse(_templates().get_template("latihan.html").render(
                error=w.word("page_no_case"), t=w), status_code=503)
        if regency not in kb.packages or question not in PRACTICE_QUESTIONS:
            return HTMLResponse(_templates().get_template("latihan.html").render(
                error=w.say("page_unknown_case", regency, question), t=w), status_code=404)
        params = {"subject": subject, "unit": unit}
        try:
            answer = json.loads(await kb.araw("ask", {"question": question, "regency": regency,
                                                      "params": params, "lang": lang}))
            verdict = None
            if pilihan:
                verdict = json.loads(await kb.araw("why_not", {
                    "question": question, "regency": regency, "params": params,
                    "proposed": {"post": pilihan}, "lang": lang}))
        except OperationError as exc:
            return HTMLResponse(_templates().get_template("latihan.html").render(
                error=exc.message, t=w),
                                status_code=404 if exc.type == "not_found" else 422)
        # the choices: every answer, and other posts, the same for the same case
        from .render import post_label

        right = [(a.get("post") or a["value"], post_label(a, w) if a.get("post") else a["text"])
                 for a in answer["answers"]]
        rnd = random.Random(f"{regency}/{question}/{subject}/{unit}")
        others = [p for p in ids["post"] if p not in {r for r, _ in right}]
        rnd.shuffle(others)
        wrong = []
        for post in others:                  # posts the rules say do not hold the role
            if len(wrong) == 3:
                break
            judged = json.loads(await kb.araw("why_not", {
                "question": question, "regency": regency, "params": params,
                "proposed": {"post": post}, "lang": "id"}))
            if not judged["holds"]:
                wrong.append((post, label[("post", post)]))
        choices = right + wrong
        rnd.shuffle(choices)
        case = {"regency": regency, "question": question, "subject": subject, "unit": unit}
        if lang != "id":
            case["lang"] = lang
        return HTMLResponse(_templates().get_template("latihan.html").render(
            case=case, t=w, region=kb.packages[regency].region_en if lang == "en"
            else kb.packages[regency].region,
            role=label.get(("question", question), question),
            subject=label.get(("subject", subject), subject),
            unit=label.get(("unit", unit), unit), choices=choices, picked=pilihan,
            verdict=verdict and _verdict_view(verdict)))


def _verdict_view(verdict: dict) -> dict:
    """What the page says about a picked answer: whether it holds, why not
    (each reason with its provisions), or why (the derivation)."""
    regency = verdict["regency"]
    answer = verdict.get("answer")
    return {"holds": verdict["holds"], "message": verdict["message"],
            "reasons": [{"message": r["message"],
                         "citations": [_citation_link(c) for c in r.get("citations", [])]}
                        for r in verdict.get("reasons", [])],
            "explanation": _explanations(answer, regency)
            if answer and answer.get("explanation") else None,
            "citations": [_citation_link(c) for c in (answer or {}).get("citations", [])]}


SEVERITIES = (("error", "Galat"), ("warning", "Peringatan"), ("info", "Catatan"))


def _periksa_routes(app: FastAPI) -> None:
    @app.get("/periksa", response_class=HTMLResponse, include_in_schema=False)
    async def periksa_form():
        return HTMLResponse(_templates().get_template("periksa.html").render())

    @app.post("/periksa", response_class=HTMLResponse, include_in_schema=False)
    async def periksa(request: Request):
        """The form's draft (``naskah``, url-encoded) checked as POST /v1/check does."""
        from urllib.parse import parse_qs

        from .check import check
        from .serving import in_background, unless_gone
        from .structure import StructureError

        body = await request.body()
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            form = {}
        text = (form.get("naskah") or [""])[0].replace("\r\n", "\n")
        page = _templates().get_template("periksa.html")
        if not text.strip():
            return HTMLResponse(page.render(error="Tempelkan atau muat naskah rancangan."),
                                status_code=422)
        try:
            import functools

            run = functools.partial(check, text, kb=request.app.state.kb)
            report = (await unless_gone(request.receive, in_background(run))).to_dict("id")
        except StructureError as exc:
            where = f" (baris {exc.line}, kolom {exc.column})" if exc.line else ""
            return HTMLResponse(page.render(error=f"{exc.message}{where}", text=text),
                                status_code=422)
        groups = [{"id": sev, "label": label,
                   "findings": [f for f in report["findings"] if f["severity"] == sev]}
                  for sev, label in SEVERITIES]
        return HTMLResponse(page.render(report=report, groups=groups, text=text,
                                        lines=text.split("\n")))


def _tanya_routes(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def tanya(request: Request, params: Annotated[dict, Depends(_question_params)],
                    regency: str | None = Query(None, max_length=100),
                    question: str | None = Query(None, max_length=100),
                    lang: str | None = Query(None, max_length=10)):
        from urllib.parse import urlencode

        from .engine import OperationError
        from .wording import awording_for

        kb = request.app.state.kb
        _READER['kb'] = kb
        lang = _lang(lang)
        w = await awording_for(kb, lang)
        if regency is not None and regency not in kb.packages:
            regency, error, status = None, w.say("page_unknown_regency", regency), 404
        else:
            error, status = None, 200
        chosen = _chosen(params, regency=regency, question=question)
        view, diagram = None, None
        if regency and question and error is None:
            try:
                result = json.loads(await kb.araw("explain", {
                    "question": question, "regency": regency, "params": params, "lang": lang}))
                view = _answer_view(result, w)
                diagram = f"/v1/diagram/{question}?" + urlencode(
                    {"regency": regency, **params, **({"lang": lang} if lang != "id" else {})})
            except OperationError as exc:
                error, status = exc.message, 404 if exc.type == "not_found" else 422
        html = _templates().get_template("tanya.html").render(
            options=await _options(kb, regency, lang), chosen=chosen, view=view, diagram=diagram,
            error=error, label=w.regulation(regency) if regency else "", t=w)
        return HTMLResponse(html, status_code=status)


QUESTION_PARAMETERS = ("subject", "capacity", "unit", "placement", "scope", "role")


def _chosen(params: dict, **more: str | None) -> dict[str, str]:
    """What the form shows as chosen: the question's parameters and ``more``."""
    return {**{k: v or "" for k, v in more.items()},
            **{k: params.get(k, "") for k in QUESTION_PARAMETERS}}


async def _options(kb, regency: str | None = None,
                   lang: str = "id") -> dict[str, list[tuple[str, str]]]:
    """The choices of the question form: id and label (in the page's
    language) per parameter; with a regulation, its named units and
    patterns as units too."""
    terms = await kb.aterms(regency)
    field = "label_en" if lang == "en" else "label"
    out: dict[str, list[tuple[str, str]]] = {}
    for t in terms:
        category = t["category"]
        if category in ("named-unit", "pattern"):
            if regency is None:
                continue
            category = "unit"
        if category in ("question", "subject", "capacity", "unit", "placement", "scope",
                        "role", "regency"):
            out.setdefault(category, []).append((t["id"], t.get(field) or t["label"]))
    return out


def _explanation(tree: dict, regency: str) -> dict:
    """A derivation step as the page shows it: what follows, from which
    provision (a link into the reader), and the steps it rests on."""
    citation, set_aside = tree.get("citation"), tree.get("set_aside")
    return {"claim": tree["claim"], "fact": tree["kind"] == "fact",
            "precedence": tree["kind"] == "precedence",
            "citation": _citation_link({"regency": regency, **citation}) if citation else None,
            "set_aside": _citation_link({"regency": regency, **set_aside}) if set_aside else None,
            "children": [_explanation(c, regency) for c in tree.get("children", [])]}


def _explanations(answer: dict, regency: str) -> list[dict]:
    """An answer's derivations as the pages show them: one branch per
    reason, as the plain text says them (pyapi/render.py)."""
    from .render import explained_trees

    return [_explanation(t, regency) for t in explained_trees(answer)]


def _answer_view(result: dict, w=None) -> dict:
    """An explained answer as the Tanya page shows it."""
    from .render import answer_line
    from .wording import Wording

    w = w or Wording()
    regency = result["regency"]
    return {
        "status": result["status"], "status_label": w.status(result["status"]),
        "answers": [{"line": answer_line(a, w),
                     "citations": [_citation_link(c) for c in a.get("citations", [])],
                     "conditions": [{"text": c.get("condition") or c.get("text", ""),
                                     "citation": _citation_link(c["citation"])
                                     if c.get("citation") else None}
                                    for c in a.get("conditions", [])],
                     "explanation": _explanations(a, regency)
                     if a.get("explanation") else None}
                    for a in result["answers"]],
        "conflicts": [{"about": w.say("conflict_about", c.get("about_text") or c["about"]),
                       "sides": [
            {"label": s.get("label") or s["value"], "citation": _citation_link(s["citation"])}
            for s in c["sides"]]} for c in result.get("conflicts", [])],
        "closest": [_citation_link(c) for c in result.get("closest", [])],
        "overridden": [{"message": o["message"], "set_aside": _citation_link(o["citation"]),
                        "by": _citation_link(o["by"])} for o in result.get("overridden", [])],
    }


def _columns(result: dict, w=None) -> dict:
    """The compare answer as the page shows it: one column per regulation,
    each with its group and whether it departs from the largest group."""
    from .render import answer_line
    from .wording import Wording

    w = w or Wording()

    group_of = {r: i for i, g in enumerate(result["groups"], 1) for r in g["regencies"]}
    columns = []
    for res in result["results"]:
        col = {"id": res["regency"], "label": res["label"], "group": group_of.get(res["regency"])}
        if "error" in res:
            col.update(status="galat", status_label=w.word("page_cannot_ask"),
                       error=res["error"]["detail"], answers=[], conflicts=[])
        else:
            a = res["answer"]
            col.update(status=a["status"], status_label=w.status(a["status"]),
                       answers=[{"line": answer_line(x, w), "citations": [
                           _citation_link(c) for c in x.get("citations", [])]}
                           for x in a["answers"]],
                       closest=[_citation_link(c) for c in a.get("closest", [])],
                       conflicts=[{"about": w.say("conflict_about",
                                                  c.get("about_text") or c["about"]), "sides": [
                           {"value": s["value"], "label": s.get("label") or s["value"],
                            "citation": _citation_link(s["citation"])}
                           for s in c["sides"]]} for c in a.get("conflicts", [])])
        # departs from the largest group, when some regulations agree at all
        col["departs"] = col["group"] != 1 and len(result["groups"][0]["regencies"]) > 1 \
            if result["groups"] else True
        columns.append(col)
    return {"question": result["question"], "agree": result["agree"],
            "groups": len(result["groups"]), "columns": columns}


_READER: dict = {"kb": None}      # the knowledge base the pages were last served from


def _reader_anchor(regency: str, cite: str) -> str:
    """The reader's fragment of a cited provision.  The reader addresses a
    node by its internal citation; an answer cites it publicly, with the
    heading of a repeated number (pyapi/structure/public.py), so such a
    citation is resolved to its node first."""
    kb = _READER["kb"]
    if "(“" in cite and kb is not None and regency in kb.documents:
        from .lookup import single_path

        try:
            node = kb.documents[regency].get(single_path(cite))
        except ValueError:
            node = None
        if node is not None:
            return anchor(node.cite)
    return anchor(cite)


def _citation_link(c: dict) -> dict:
    from urllib.parse import quote

    return {"cite": c["cite"], "quote": c.get("quote", ""),
            "href": f"/baca/{c['regency']}?kutip={quote(c.get('quote', ''))}"
                    f"#{_reader_anchor(c['regency'], c['cite'])}"}


__all__ = ["add_pages", "anchor", "reader_view"]
