"""The HTTP API (FastAPI) over the knowledge base.

Every endpoint validates its parameters in Python, then awaits one
operation of the engine's closed set; no endpoint runs Prolog text.
Errors are RFC 9457 problem details (pyapi.problems) saying what was
wrong and where.  Query parameters are strict: one a route does not
define, or one given twice, is refused (422) with the nearest valid name.

Answers go to the client as the bytes Prolog wrote, memoised per
normalised request (pyapi.answers); a request that must wait for the
engine is dropped when its client goes away; a full engine queue is 503
with Retry-After; request bodies are bounded (pyapi.serving).
"""

from __future__ import annotations

import asyncio
import difflib
import functools
import gc
import json
import os
import threading
import time
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from . import __version__
from .diagram import DiagramError, to_dot, to_svg
from .engine import EngineBusy, OperationError
from .boot import started
from .kb import KnowledgeBase
from .schema import Answer, Comparison, WhyNot, answer_response
from .problems import MEDIA_TYPE, PROBLEMS, error_body, error_responses, problem_media_types
from .serving import (BodyLimit, ClientGone, ResponseMemo, ServerLimits, in_background,
                      unless_gone)

Lang = Literal["id", "en"]


class SVGResponse(Response):
    media_type = "image/svg+xml"


class CiteRequest(BaseModel):
    text: str = Field(..., max_length=100_000, description="text to search for citations")
    regency: str = Field(..., description="the regulation the text belongs to")
    at: str | None = Field(None, max_length=200,
                           description="the provision the text is written in, e.g. Pasal 12 ayat (3)")


class CheckRequest(BaseModel):
    text: str = Field(..., description="the draft regulation text")
    lang: str = Field("id", pattern="^(id|en)$", description="wording of the findings")
    norms: bool = Field(True, description="check the contradictions between the draft's norms")
    against: str | None = Field(None, description="a regulation id: report each answer the "
                                "draft changes from it")


class ApiError(Exception):
    def __init__(self, status: int, type_: str, message: str, **details: Any):
        self.status, self.type, self.message, self.details = status, type_, message, details


def create_app(kb: KnowledgeBase | None = None, limits: ServerLimits | None = None,
               cors_origins: list[str] | None = None) -> FastAPI:
    """The app; with ``kb`` given it is used as is (tests share one).
    ``cors_origins`` (default: ``PERBUP_CORS_ORIGINS``, comma-separated; none)
    are the web origins whose pages may call the API from a browser."""
    limits = limits or ServerLimits.from_env()
    if cors_origins is None:
        cors_origins = [o.strip() for o in os.environ.get("PERBUP_CORS_ORIGINS", "").split(",")
                        if o.strip()]

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        own = kb is None
        app.state.kb = await asyncio.to_thread(started) if own else kb
        if own:
            # What start-up built lives as long as the process: keep the
            # collector from walking it again on every full collection (no
            # collect first: it would cost the first answer ~30 ms).
            gc.freeze()
        try:
            yield
        finally:
            if own:
                app.state.kb.stop()

    app = FastAPI(title="perbup-kb", version=__version__, lifespan=lifespan,
                  dependencies=[Depends(_strict_query)], docs_url=None, redoc_url=None)
    _add_docs(app)
    from .pages import add_pages

    add_pages(app)

    def openapi() -> dict:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            # (a request body the route reads itself, declared in openapi_extra)
            schema.setdefault("components", {}).setdefault("schemas", {})[
                "CheckRequest"] = CheckRequest.model_json_schema()
            kb_ = getattr(app.state, "kb", None)
            if kb_ is not None and kb_.contract is not None and "Answer" in schema[
                    "components"]["schemas"]:
                from .schema import example_answer     # a real answer, asked once

                schema["components"]["schemas"]["Answer"]["examples"] = [example_answer(kb_)]
            app.openapi_schema = problem_media_types(schema)
        return app.openapi_schema

    app.openapi = openapi
    app.add_middleware(ResponseMemo)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins,
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type"],
                           max_age=3600)
    app.add_middleware(BodyLimit, max_bytes=limits.max_body)    # outermost: reads the body

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError):
        return _error(exc.status, exc.type, exc.message, **exc.details)

    @app.exception_handler(OperationError)
    async def _op_error(_: Request, exc: OperationError):
        if exc.type in PROBLEMS:
            return _error(PROBLEMS[exc.type][0], exc.type, exc.message, **exc.details)
        # Not one of the engine's answers to a bad question: its own failure.
        return _error(503, "engine", exc.message, engine_error=exc.type)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return _error(404, "not_found", f"rute tidak dikenal: {request.url.path}",
                          path=request.url.path)
        if exc.status_code == 405:
            response = _error(405, "method_not_allowed",
                              f"metode {request.method} tidak diizinkan untuk {request.url.path}",
                              method=request.method)
            if exc.headers and "Allow" in exc.headers:
                response.headers["Allow"] = exc.headers["Allow"]
            return response
        type_ = next((t for t, (st, _) in PROBLEMS.items() if st == exc.status_code), "bad_request")
        return _error(exc.status_code, type_, "permintaan tidak dapat diproses", reason=str(exc.detail))

    @app.exception_handler(EngineBusy)
    async def _busy(_: Request, exc: EngineBusy):
        response = _error(503, "busy", "mesin sedang penuh; coba lagi sebentar lagi",
                          waiting=exc.waiting, limit=exc.limit)
        response.headers["Retry-After"] = str(int(exc.retry_after + 0.999))
        return response

    @app.exception_handler(ClientGone)
    async def _gone(_: Request, exc: ClientGone):
        # Nobody reads this: the client closed the connection (nginx's 499).
        return _error(499, "client_closed", "klien menutup sambungan")

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError):
        problems = [{"where": ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
                    for e in exc.errors()]
        if any(e["type"] == "json_invalid" for e in exc.errors()):
            return _error(400, "bad_request", "isi permintaan bukan JSON yang sah",
                          problems=problems)
        first = exc.errors()[0] if exc.errors() else {"loc": ()}
        where = {}
        if len(first["loc"]) == 2 and first["loc"][0] == "query":
            where["parameter"] = str(first["loc"][1])
            if "input" in first:
                where["value"] = first["input"]
            if first.get("type") == "literal_error":
                where["allowed"] = [a.strip(" '") for a in
                                    str(first["ctx"]["expected"]).replace(" or ", ",").split(",")]
        return _error(422, "invalid", "tidak valid: " + "; ".join(
            f"{p['where']} ({p['message']})" for p in problems), **where, problems=problems)

    @app.get("/healthz", responses=error_responses(422))
    async def healthz(request: Request):
        return request.app.state.kb.health()

    @app.get("/readyz", responses=error_responses(422, 503))
    async def readyz(request: Request):
        ready = request.app.state.kb.readiness()
        return JSONResponse(ready, status_code=200 if ready["status"] == "ready" else 503)

    @app.get("/v1/regencies", responses=error_responses(404, 422))
    async def regencies(request: Request,
                        regency: str | None = Query(None, description="only this regulation")):
        kb: KnowledgeBase = request.app.state.kb
        if regency is not None:
            _known_regency(kb, regency)
        return {"regencies": [{"id": r, **kb.documents[r].metadata,
                               "structure": structure_report(kb.documents[r])}
                              for r in kb.regencies if regency in (None, r)]}

    @app.get("/v1/regencies/{regency}/provisions", responses=error_responses(404, 422, 503))
    async def provisions(request: Request, regency: str,
                         cite: str | None = Query(None, description="e.g. Pasal 10 ayat (2)")):
        kb: KnowledgeBase = request.app.state.kb
        _known_regency(kb, regency)
        return await _answer(request, "provision_tree",
                             {"doc": regency, "cite": kb.internal_cite(regency, _canonical(cite))})

    @app.post("/v1/cite", responses=error_responses(400, 404, 413, 422, 503))
    async def cite_text(request: Request, body: CiteRequest):
        from .cite import CiteLimitExceeded, CiteRequestError, cite    # Lark: on first use
        from .lookup import CitationSyntaxError, NotOneProvision

        kb: KnowledgeBase = request.app.state.kb
        _known_regency(kb, body.regency)
        stop = threading.Event()
        deadline = time.monotonic() + kb.limits.time_limit
        should_stop = lambda: stop.is_set() or time.monotonic() > deadline  # noqa: E731
        work = in_background(cite, body.text, kb.documents[body.regency], body.at, should_stop)
        try:
            return await unless_gone(request.receive, work, on_gone=stop.set)
        except CiteLimitExceeded:
            raise ApiError(503, "time_limit", f"batas waktu {kb.limits.time_limit:g} detik terlampaui",
                           limit=kb.limits.time_limit) from None
        except CitationSyntaxError as exc:
            raise ApiError(422, "syntax", str(exc), where="at", column=exc.column,
                           expected=exc.expected) from None
        except NotOneProvision as exc:
            raise ApiError(422, "invalid", str(exc), where="at") from None
        except CiteRequestError as exc:
            raise ApiError(404, "not_found", str(exc), where="at") from None

    @app.post("/v1/check", responses=error_responses(400, 404, 413, 422, 503), openapi_extra={
        "requestBody": {"required": True, "content": {
            "text/plain": {"schema": {"type": "string"}},
            "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}}}}})
    async def check_draft(request: Request,
                          lang: Lang | None = Query(None, description="id (Indonesian) or en"),
                          norms: bool | None = Query(None, description="check contradictions "
                                                     "between the draft's norms (default true)"),
                          against: str | None = Query(None, description="a regulation id: "
                                                      "report what the draft changes from it")):
        """Check a draft: a text/plain body, or JSON {"text", "lang", "norms", "against"}."""
        from pydantic import ValidationError

        from .check import check                                # Lark: on first use
        from .structure import StructureError

        raw = await request.body()
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = CheckRequest.model_validate_json(raw)
            except ValidationError as exc:
                problems = [{"where": ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
                            for e in exc.errors()]
                raise ApiError(422, "invalid", "parameter tidak valid", problems=problems) from None
            text, lang = body.text, lang or body.lang
            norms = body.norms if norms is None else norms
            against = against or body.against
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ApiError(400, "bad_request", f"teks harus UTF-8 (byte {exc.start})") from None
        kb: KnowledgeBase = request.app.state.kb
        if against is not None:
            _known_regency(kb, against)
        norms = True if norms is None else norms
        try:
            report = await unless_gone(request.receive, in_background(
                functools.partial(check, text, kb=kb, norms=norms, against=against)))
        except StructureError as exc:
            from .check.lang import parse_error, phrase

            message = phrase("parse-error", lang or "id", message=parse_error(exc.message, lang or "id"))
            raise ApiError(422, "syntax", message, line=exc.line, column=exc.column) from None
        return report.to_dict(lang or "id")

    @app.get("/v1/vocabulary", responses=error_responses(404, 422, 503))
    async def vocabulary(request: Request,
                         regency: str | None = Query(None, description="only this regulation's "
                                                     "named units and patterns (and every "
                                                     "shared term)")):
        if regency is not None:
            _known_regency(request.app.state.kb, regency)
        kb: KnowledgeBase = request.app.state.kb
        # the other names the texts use for ids, accepted as parameter values
        aliases = [a for a in (kb.contract.aliases if kb.contract else [])
                   if regency is None or a["regency"] in (None, regency)]
        tail = json.dumps(aliases, ensure_ascii=False, separators=(",", ":")).encode()
        return await _answer(request, "vocabulary", {"regency": regency},
                             wrap=(b'{"terms":', b',"aliases":' + tail + b"}"))

    @app.get("/v1/ask/{question}", responses={
        **answer_response(Answer, "the answer, its citations, conflicts and what was set aside"),
        **error_responses(404, 422, 503)})
    async def ask(request: Request, question: str, q: Annotated[dict, Depends(_question)],
                  explain: bool = Query(False, description="attach a derivation tree to each answer"),
                  lang: Lang = Query("id", description="id (Indonesian) or en")):
        op = "explain" if explain else "ask"
        return await _answer(request, op, {"question": question, **q, "lang": lang})

    @app.get("/v1/why-not/{question}", responses={
        **answer_response(WhyNot, "whether the proposed answer holds, and why"),
        **error_responses(404, 422, 503)})
    async def why_not(request: Request, question: str, q: Annotated[dict, Depends(_question)],
                      post: str | None = Query(None, description="proposed post or role id"),
                      direct: bool | None = Query(None, description="proposed: reports directly?"),
                      value: str | None = Query(None, description="proposed answer value"),
                      lang: Lang = Query("id", description="id (Indonesian) or en")):
        proposed = {k: v for k, v in (("post", post), ("direct", direct), ("value", value))
                    if v is not None}
        if not proposed:
            raise ApiError(422, "invalid", "sebutkan jawaban yang diajukan: post, direct atau value")
        return await _answer(request, "why_not", {"question": question, **q, "proposed": proposed,
                                                  "lang": lang})

    @app.get("/v1/compare/{question}", responses={
        **answer_response(Comparison, "every regulation's answer, grouped"),
        **error_responses(404, 422, 503)})
    async def compare(request: Request, question: str,
                      params: Annotated[dict, Depends(_question_params)],
                      lang: Lang = Query("id", description="id (Indonesian) or en")):
        """The same question asked of every regulation: each one's answer, and
        the groups of regulations that answer alike (same status, same values)."""
        return await _answer(request, "compare", {"question": question, "params": params,
                                                  "lang": lang})

    @app.get("/v1/diagram/{question}", response_class=SVGResponse,
             responses=error_responses(404, 422, 503))
    async def diagram(request: Request, question: str, q: Annotated[dict, Depends(_question)],
                      lang: Lang = Query("id", description="id (Indonesian) or en")):
        # (a diagram answered once is answered again by ResponseMemo)
        from .wording import awording_for

        kb: KnowledgeBase = request.app.state.kb
        result = json.loads(await kb.araw("ask", {"question": question, **q, "lang": lang},
                                          until=_watch(request)))
        w = await awording_for(kb, lang)
        work = in_background(to_svg, to_dot(result, w), kb.limits.time_limit)
        try:
            svg = await unless_gone(request.receive, work)
        except DiagramError as exc:
            raise ApiError(503, "diagram", str(exc)) from None
        return SVGResponse(content=svg)

    return app


def _add_docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc with their assets served by the app
    itself (from the fastapi-offline package), so both work offline."""
    from importlib.resources import files

    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
    from starlette.staticfiles import StaticFiles

    assets = "/docs/assets"
    app.mount(assets, StaticFiles(directory=str(files("fastapi_offline") / "static")),
              name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} – API",
                                   swagger_js_url=f"{assets}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{assets}/swagger-ui.css",
                                   swagger_favicon_url=f"{assets}/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    async def redoc():
        return get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} – API",
                              redoc_js_url=f"{assets}/redoc.standalone.js",
                              redoc_favicon_url=f"{assets}/favicon.png", with_google_fonts=False)


def _route_query_names(route) -> frozenset[str]:
    """The query parameters a route defines (its own and its dependencies')."""
    names = getattr(route, "perbup_query_names", None)
    if names is None:
        found, todo = set(), [route.dependant]
        while todo:
            dependant = todo.pop()
            found |= {p.alias for p in dependant.query_params}
            todo += dependant.dependencies
        names = route.perbup_query_names = frozenset(found)
    return names


async def _strict_query(request: Request) -> None:
    """Refuse a query parameter the route does not define, or one given twice."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    allowed = _route_query_names(route)
    seen: set[str] = set()
    for name, _ in request.query_params.multi_items():
        if name not in allowed:
            nearest = difflib.get_close_matches(name, sorted(allowed), n=1)
            hint = f"; maksudnya {nearest[0]}?" if nearest else ""
            raise ApiError(422, "unknown_parameter", f"parameter tidak dikenal: {name}{hint}",
                           parameter=name, allowed=sorted(allowed),
                           **({"nearest": nearest[0]} if nearest else {}))
        if name in seen:
            raise ApiError(422, "repeated_parameter", f"parameter {name} diberikan lebih dari "
                           "sekali", parameter=name)
        seen.add(name)


def _watch(request: Request):
    """Wait for an engine run unless the request's client goes away first."""
    return lambda fut: unless_gone(request.receive, fut)


async def _answer(request: Request, op: str, args: dict | None,
                  wrap: tuple[bytes, bytes] | None = None) -> Response:
    """The JSON bytes of one operation, from the memo or the engine, sent as they are."""
    kb: KnowledgeBase = request.app.state.kb
    body = await kb.araw(op, args, until=_watch(request))
    if wrap is not None:
        body = wrap[0] + body + wrap[1]
    return Response(content=body, media_type="application/json")


def _params(**values: str | None) -> dict:
    """The question parameters that were given (ids are checked by the rules)."""
    out = {}
    for key, value in values.items():
        if value is None or not value.strip():
            continue
        if len(value) > 100:
            raise ApiError(422, "invalid", f"parameter {key} terlalu panjang", parameter=key)
        out[key] = value.strip()
    return out


async def _question_params(
        subject: str | None = Query(None, description="e.g. jf-ahli-muda, pelaksana"),
        capacity: str | None = Query(None, description="individu, anggota-tim, ketua-tim"),
        unit: str | None = Query(None, description="a unit kind or a named unit"),
        placement: str | None = Query(None, description="sekretariat, bidang, ..."),
        scope: str | None = Query(None, description="dalam-unit, lintas-unit, ..."),
        role: str | None = Query(None, description="for responsibilities")) -> dict:
    """The parameters of a question (ids are checked by the rules)."""
    return _params(subject=subject, capacity=capacity, unit=unit, placement=placement,
                   scope=scope, role=role)


async def _question(request: Request,
                    params: Annotated[dict, Depends(_question_params)],
                    regency: str = Query(..., description="a regulation id, as GET /v1/regencies "
                                         "lists")) -> dict:
    """The regency and parameters every question endpoint takes."""
    _known_regency(request.app.state.kb, regency)
    return {"regency": regency, "params": params}


def structure_report(doc) -> dict:
    """What the structure parser noticed in a text: numbers skipped, numbers
    repeated (addressed as "#n"), lines kept outside any provision."""
    return {
        "gaps": [{"kind": g.kind, "label": g.label, "after": g.after, "within": g.within,
                  "line": g.line} for g in doc.gaps],
        "duplicates": [{"kind": d.kind, "label": d.label, "assigned": d.assigned, "cite": d.cite,
                        "line": d.line}
                       for d in doc.duplicates],
        "unplaced_lines": [line for line, _ in doc.unplaced],
    }


def _known_regency(kb: KnowledgeBase, regency: str) -> None:
    if regency not in kb.documents:
        raise ApiError(404, "not_found", f"regency tidak dikenal: {regency!r}",
                       known=list(kb.regencies))


def _canonical(cite: str | None) -> str | None:
    """A user's citation of one provision in canonical form (None: the whole text)."""
    if cite is None or not cite.strip():
        return None
    from .lookup import CitationSyntaxError, NotOneProvision, canonical    # Lark: on first use

    try:
        return canonical(cite)
    except CitationSyntaxError as exc:
        raise ApiError(422, "syntax", str(exc), cite=cite, column=exc.column,
                       expected=exc.expected) from None
    except NotOneProvision as exc:
        raise ApiError(422, "invalid", str(exc), cite=cite) from None


def _error(status: int, type_: str, message: str, **details: Any) -> Response:
    return Response(error_body(type_, message, status=status, **details), status_code=status,
                    media_type=MEDIA_TYPE)


__all__ = ["create_app"]
