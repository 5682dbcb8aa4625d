"""The ``perbup`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="perbup-kb: Peraturan Bupati tentang Sistem Kerja as a knowledge base.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"perbup {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Query the knowledge base, or serve it over HTTP."""


@app.command()
def serve(host: str = typer.Option("127.0.0.1", help="Address to listen on."),
          port: int = typer.Option(8000, help="Port to listen on."),
          workers: int = typer.Option(1, min=1, help="Worker processes, each with its own "
                                      "engine and answer memo (one per core at most)."),
          max_body: Optional[int] = typer.Option(None, help="Request body limit in bytes "
                                                 "[env PERBUP_MAX_BODY, default 2 MB]."),
          header_timeout: Optional[float] = typer.Option(None, help="Seconds to send request "
                                                         "headers [env PERBUP_HEADER_TIMEOUT, 10]."),
          keep_alive: Optional[int] = typer.Option(None, help="Idle keep-alive seconds "
                                                   "[env PERBUP_KEEP_ALIVE, 5]."),
          max_connections: Optional[int] = typer.Option(None, help="Open connections before 503 "
                                                        "[env PERBUP_MAX_CONNECTIONS, 2048]."),
          access_log: bool = typer.Option(False, help="Log every request (off: a proxy logs)."),
          regulations: Optional[str] = typer.Option(None, help="A folder of regulation packages "
                                                    "[env PERBUP_REGULATIONS, default regencies/].")
          ) -> None:
    """Serve the HTTP API on the embedded knowledge base.

    One process by default.  With --workers N, uvicorn's supervisor runs N
    processes on one listening socket made here with IPPROTO_TCP, so that
    accepted connections keep TCP_NODELAY (uvicorn issue #3149).
    """
    import os

    from .boot import start_early

    # Options become the environment, so that worker processes read the same.
    for name, value in (("PERBUP_REGULATIONS", regulations), ("PERBUP_MAX_BODY", max_body),
                        ("PERBUP_HEADER_TIMEOUT", header_timeout),
                        ("PERBUP_KEEP_ALIVE", keep_alive),
                        ("PERBUP_MAX_CONNECTIONS", max_connections)):
        if value is not None:
            os.environ[name] = str(value)
    if workers == 1:
        start_early()          # (done already when run as the console script: pyapi.boot.main)

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from .serving import ServerLimits, bind_socket

    limits = ServerLimits.from_env()
    config = uvicorn.Config("pyapi.api:create_app", factory=True, host=host, port=port,
                            workers=workers, http="pyapi.serving:HeaderTimeoutProtocol",
                            limit_concurrency=limits.max_connections,
                            timeout_keep_alive=limits.keep_alive,
                            access_log=access_log, log_level="info")
    _raise_open_files(limits.max_connections + 100)
    sock = bind_socket(host, port)
    typer.echo(f"perbup: serving http://{host}:{sock.getsockname()[1]} "
               f"({workers} process{'es' if workers > 1 else ''})", err=True)
    if workers == 1:
        uvicorn.Server(config).run(sockets=[sock])
    else:
        Multiprocess(config, sockets=[sock]).run()


def _raise_open_files(wanted: int) -> None:
    """Let the process hold ``wanted`` descriptors (the soft limit is often
    1,024), up to the hard limit."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


@app.command()
def new(regulation_id: str = typer.Argument(..., help="the new package's id (kebab-case)"),
        text: str = typer.Option(..., "--text", help="the regulation text (plain UTF-8)"),
        regulations_dir: Optional[str] = typer.Option(None, "--regulations",
                                                      help="folder of packages [default: "
                                                      "PERBUP_REGULATIONS or regencies/]"),
        empty: bool = typer.Option(False, "--empty",
                                   help="start with no norms (not the extracted ones)")) -> None:
    """Create a regulation package: text, manifest read from it, the norms the
    extractor reads (to be reviewed), golden skeleton."""
    from pathlib import Path

    from .regulations import PackageError
    from .scaffold import new_package
    from .structure import StructureError

    try:
        folder = new_package(regulation_id, Path(text),
                             Path(regulations_dir) if regulations_dir else None,
                             extract=not empty)
    except (PackageError, StructureError, OSError) as exc:
        _fail(str(exc), 1)
    typer.echo(f"created {folder}: regulation.toml, text.txt, norms.pl, golden.toml")
    if empty:
        typer.echo(f"next: write its norms, then: perbup validate {regulation_id}")
    else:
        count = (folder / "norms.pl").read_text(encoding="utf-8").count("\nnorm(")
        typer.echo(f"norms.pl holds the {count} norms the extractor read, to be reviewed")
        typer.echo(f"next: review them and encode the rest, then: perbup validate {regulation_id}")


@app.command()
def validate(regulation_id: str = typer.Argument(..., help="a package id"),
             regulations_dir: Optional[str] = typer.Option(None, "--regulations",
                                                           help="folder of packages")) -> None:
    """Run every load check on one package and print the problems (exit 1 if any)."""
    from pathlib import Path

    from .scaffold import validate as check

    problems, facts = check(regulation_id, Path(regulations_dir) if regulations_dir else None)
    for problem in problems:
        typer.echo(problem)
    if facts:
        typer.echo(f"structure: {facts['pasal']} Pasal; gaps: {', '.join(facts['gaps']) or 'none'}; "
                   f"repeated numbers: {len(facts['duplicates'])}")
    if problems:
        typer.echo(f"{len(problems)} problem(s)")
        raise typer.Exit(1)
    typer.echo(f"ok: {facts['norms']} norms")


def _known(regency: str) -> None:
    """Stop with the known ids unless ``regency`` is a regulation package."""
    from . import regulations

    known = regulations.ids()
    if regency not in known:
        _fail(f"unknown regency {regency!r}; known: {', '.join(known)}")


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _with_kb(fn):
    """Run fn(kb) on a started knowledge base, turning errors into messages."""
    from .engine import EngineError, OperationError
    from .kb import KnowledgeBase

    try:
        kb = KnowledgeBase().start()
    except EngineError as exc:
        _fail(str(exc), 1)
    try:
        return fn(kb)
    except OperationError as exc:
        detail = ", ".join(f"{k}={v}" for k, v in exc.details.items())
        _fail(f"{exc.message}" + (f" ({detail})" if detail else ""))
    finally:
        kb.stop()


def render_tree(node: dict, depth: int = 0, out=None) -> None:
    """Indented plain text of a provision tree, citation first."""
    out = out or sys.stdout
    pad = "  " * depth
    head = node["cite"] or node["kind"]
    text = node["text"].replace("\n", " ")
    out.write(f"{pad}[{head}] {text}".rstrip() + "\n")
    for child in node["children"]:
        render_tree(child, depth + 1, out)


@app.command()
def show(regency: str = typer.Argument(..., help="a regulation id (a folder of regencies/)"),
         citation: Optional[str] = typer.Argument(None, help='e.g. "Pasal 10 ayat (2)"'),
         as_json: bool = typer.Option(False, "--json", help="Nested JSON nodes.")) -> None:
    """Print a provision (or the whole regulation) with its citation."""
    from .lookup import CitationSyntaxError, NotOneProvision, canonical

    _known(regency)
    try:
        cite = canonical(citation) if citation else None
    except (CitationSyntaxError, NotOneProvision) as exc:
        _fail(str(exc))
    tree = _with_kb(lambda kb: kb.call("provision_tree", {
        "doc": regency, "cite": kb.internal_cite(regency, cite)}))
    if as_json:
        typer.echo(json.dumps(tree, ensure_ascii=False, indent=2))
    else:
        render_tree(tree)


_QUESTION_OPTIONS = dict(
    regency=typer.Option(..., "--regency", "-r", help="regency id"),
    subject=typer.Option(None, help="e.g. jf-ahli-muda, pelaksana"),
    capacity=typer.Option(None, help="individu, anggota-tim, ketua-tim"),
    unit=typer.Option(None, help="a unit kind or a named unit"),
    placement=typer.Option(None, help="sekretariat, bidang, ..."),
    scope=typer.Option(None, help="dalam-unit, lintas-unit, ..."),
    role=typer.Option(None, help="for responsibilities: a role id"),
    lang=typer.Option("id", help="id (Indonesian) or en"),
    as_json=typer.Option(False, "--json", help="The JSON answer of the API."),
    debug=typer.Option(False, "--debug", help="Show the rule (file and line) of every "
                       "explanation step."),
)


def _question_args(regency, subject, capacity, unit, placement, scope, role) -> dict:
    from .api import _params

    return {"regency": regency,
            "params": _params(subject=subject, capacity=capacity, unit=unit,
                              placement=placement, scope=scope, role=role)}


def _print(result: dict, as_json: bool, render) -> None:
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(render(result))


@app.command()
def ask(question: str = typer.Argument(..., help="a question id, e.g. reporting-line, assessor"),
        regency: str = _QUESTION_OPTIONS["regency"],
        subject: Optional[str] = _QUESTION_OPTIONS["subject"],
        capacity: Optional[str] = _QUESTION_OPTIONS["capacity"],
        unit: Optional[str] = _QUESTION_OPTIONS["unit"],
        placement: Optional[str] = _QUESTION_OPTIONS["placement"],
        scope: Optional[str] = _QUESTION_OPTIONS["scope"],
        role: Optional[str] = _QUESTION_OPTIONS["role"],
        explain: bool = typer.Option(False, "--explain", help="Show the derivation of each answer."),
        debug: bool = _QUESTION_OPTIONS["debug"],
        lang: str = _QUESTION_OPTIONS["lang"],
        as_json: bool = _QUESTION_OPTIONS["as_json"]) -> None:
    """Answer a user's question from the norms, with citations."""
    from .render import render_answer, render_explained
    from .wording import wording_for

    args = {"question": question, "lang": lang,
            **_question_args(regency, subject, capacity, unit, placement, scope, role)}
    result, w = _with_kb(lambda kb: (kb.call("explain" if explain else "ask", args),
                                     wording_for(kb, lang)))
    render = render_explained if explain else render_answer
    _print(result, as_json, lambda r: render(r, w, debug))


@app.command()
def compare(question: str = typer.Argument(..., help="a question id, e.g. assessor"),
            subject: Optional[str] = _QUESTION_OPTIONS["subject"],
            capacity: Optional[str] = _QUESTION_OPTIONS["capacity"],
            unit: Optional[str] = _QUESTION_OPTIONS["unit"],
            placement: Optional[str] = _QUESTION_OPTIONS["placement"],
            scope: Optional[str] = _QUESTION_OPTIONS["scope"],
            role: Optional[str] = _QUESTION_OPTIONS["role"],
            lang: str = _QUESTION_OPTIONS["lang"],
            as_json: bool = _QUESTION_OPTIONS["as_json"]) -> None:
    """Ask one question of every regulation: which agree, which differ."""
    from .render import render_compare
    from .wording import wording_for

    args = {"question": question, "lang": lang,
            "params": _question_args("", subject, capacity, unit, placement, scope,
                                     role)["params"]}
    result, w = _with_kb(lambda kb: (kb.call("compare", args), wording_for(kb, lang)))
    _print(dict(result, params=args["params"]) if not as_json else result, as_json,
           lambda r: render_compare(r, w))


@app.command("why-not")
def why_not(question: str = typer.Argument(..., help="a question id"),
            regency: str = _QUESTION_OPTIONS["regency"],
            subject: Optional[str] = _QUESTION_OPTIONS["subject"],
            capacity: Optional[str] = _QUESTION_OPTIONS["capacity"],
            unit: Optional[str] = _QUESTION_OPTIONS["unit"],
            placement: Optional[str] = _QUESTION_OPTIONS["placement"],
            scope: Optional[str] = _QUESTION_OPTIONS["scope"],
            role: Optional[str] = _QUESTION_OPTIONS["role"],
            post: Optional[str] = typer.Option(None, help="proposed post or role id"),
            direct: Optional[bool] = typer.Option(None, "--direct/--not-direct",
                                                  help="proposed: reports directly or not"),
            value: Optional[str] = typer.Option(None, help="proposed answer value"),
            debug: bool = _QUESTION_OPTIONS["debug"],
            lang: str = _QUESTION_OPTIONS["lang"],
            as_json: bool = _QUESTION_OPTIONS["as_json"]) -> None:
    """Why does a proposed answer not hold (or, if it does, why it does)?"""
    from .render import render_why_not
    from .wording import wording_for

    proposed = {k: v for k, v in (("post", post), ("direct", direct), ("value", value))
                if v is not None}
    if not proposed:
        _fail("give the proposed answer: --post, --direct/--not-direct or --value")
    args = {"question": question, "lang": lang, "proposed": proposed,
            **_question_args(regency, subject, capacity, unit, placement, scope, role)}
    result, w = _with_kb(lambda kb: (kb.call("why_not", args), wording_for(kb, lang)))
    _print(result, as_json, lambda r: render_why_not(r, w, debug))


@app.command("cite")
def cite_cmd(phrase: str = typer.Argument(..., help="text containing citations"),
             regency: str = typer.Option(..., "--regency", "-r", help="regency id"),
             at: Optional[str] = typer.Option(None, help="the provision the text is written in"),
             as_json: bool = typer.Option(False, "--json", help="JSON as POST /v1/cite")) -> None:
    """Find, resolve and check every citation in a phrase."""
    from .cite import CiteRequestError, cite
    from .lookup import CitationSyntaxError, NotOneProvision
    from .render import render_citations
    from .structure import load_regency

    _known(regency)
    try:
        result = cite(phrase, load_regency(regency), at)
    except (CitationSyntaxError, NotOneProvision, CiteRequestError) as exc:
        _fail(f"--at: {exc}")
    _print(result, as_json, render_citations)


@app.command()
def check(file: str = typer.Argument(..., help="the draft regulation text (plain UTF-8), or - for stdin"),
          as_json: bool = typer.Option(False, "--json", help="JSON as POST /v1/check."),
          as_text: bool = typer.Option(False, "--text", help="Plain text (the default)."),
          as_sarif: bool = typer.Option(False, "--sarif", help="SARIF 2.1.0, for code-review "
                                        "tools."),
          lang: str = typer.Option("id", help="id (Indonesian) or en"),
          no_norms: bool = typer.Option(False, "--no-norms", help="Skip the contradictions "
                                        "between the draft's norms (no knowledge base started)."),
          against: Optional[str] = typer.Option(None, "--against", help="A regulation id: "
                                                "report each answer the draft changes.")) -> None:
    """Check a draft regulation: structure, references, drafting rules, definitions,
    and contradictions between its norms.
    Exit status 1 when there are errors, 2 when the text cannot be read."""
    from .check import check as run_check
    from .check.lang import LANGS, parse_error, phrase
    from .check.render import render_sarif, render_text
    from .structure import StructureError

    if as_json + as_text + as_sarif > 1:
        _fail("give one of --json, --text and --sarif")
    if lang not in LANGS:
        _fail(f"--lang must be one of {', '.join(LANGS)}")
    try:
        text = sys.stdin.read() if file == "-" else open(file, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{file}: {exc}")
    try:
        if no_norms and not against:
            report = run_check(text)
        else:
            def with_norms(kb):
                if against and against not in kb.packages:
                    _fail(f"--against: unknown regulation {against}; known: "
                          f"{', '.join(kb.packages)}")
                return run_check(text, kb=kb, norms=not no_norms, against=against,
                                 time_limit=120.0)

            report = _with_kb(with_norms)
    except StructureError as exc:
        where = f"{file}:{exc.line or 1}:{exc.column or 1}"
        _fail(f"{where}: {phrase('parse-error', lang, message=parse_error(exc.message, lang))}")
    if as_json:
        typer.echo(json.dumps(report.to_dict(lang), ensure_ascii=False, indent=2))
    elif as_sarif:
        typer.echo(json.dumps(render_sarif(report, file, lang), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(report, file, lang))
    if report.errors:
        raise typer.Exit(1)


@app.command()
def diagram(question: str = typer.Argument(..., help="a question id"),
            regency: str = _QUESTION_OPTIONS["regency"],
            subject: Optional[str] = _QUESTION_OPTIONS["subject"],
            capacity: Optional[str] = _QUESTION_OPTIONS["capacity"],
            unit: Optional[str] = _QUESTION_OPTIONS["unit"],
            placement: Optional[str] = _QUESTION_OPTIONS["placement"],
            scope: Optional[str] = _QUESTION_OPTIONS["scope"],
            lang: str = _QUESTION_OPTIONS["lang"],
            output: Optional[str] = typer.Option(None, "-o", help="write the SVG here")) -> None:
    """An SVG diagram of the answer, with the citation on each edge."""
    from .diagram import DiagramError, to_dot, to_svg
    from .wording import wording_for

    args = {"question": question, "lang": lang,
            **_question_args(regency, subject, capacity, unit, placement, scope, None)}
    result, w = _with_kb(lambda kb: (kb.call("ask", args), wording_for(kb, lang)))
    try:
        svg = to_svg(to_dot(result, w))
    except DiagramError as exc:
        _fail(str(exc), 1)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(svg)
    else:
        typer.echo(svg)


if __name__ == "__main__":
    app()


def _pct(x) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def _print_compare(res: dict) -> None:
    """The self-check as text (Indonesian)."""
    typer.echo(f"Uji mandiri ekstraksi — {res['regency']}")
    for title, part in (("Batang tubuh", res), ("Lampiran", res["lampiran"])):
        found = sum(t["found"] for t in part["by_type"].values())
        conf = sum(t["confirmed"] for t in part["by_type"].values())
        typer.echo(f"{title}: recall {_pct(part['recall'])} ({found}/{part['hand']}), "
                   f"presisi {_pct(part['precision'])} ({conf}/{part['extracted']})")
        typer.echo(f"  {'jenis klaim':<16}{'manual':>8}{'ditemukan':>11}{'ekstraksi':>11}"
                   f"{'terkonfirmasi':>15}")
        for kind, t in part["by_type"].items():
            typer.echo(f"  {kind:<16}{t['hand']:>8}{t['found']:>11}{t['extracted']:>11}"
                       f"{t['confirmed']:>15}")
    for title, part in (("Batang tubuh", res), ("Lampiran", res["lampiran"])):
        typer.echo(f"{title}: norma manual yang tidak ditemukan ({len(part['missed'])}):")
        for m in part["missed"]:
            typer.echo(f"  [{m['cite']}] {m['claim']}")
        typer.echo(f"{title}: norma ekstraksi tanpa padanan manual "
                   f"({len(part['unconfirmed'])}):")
        for m in part["unconfirmed"]:
            typer.echo(f"  [{m['cite']}] {m['claim']}")
    typer.echo(f"Kalimat tak terbaca: {len(res['unread'])}")
    for u in res["unread"]:
        typer.echo(f"  [{u['cite']}] {u['text'][:160]}")


@app.command()
def extract(target: str = typer.Argument(..., help="a regulation id, or the path of a text"),
            compare: bool = typer.Option(False, "--compare",
                                         help="Check against the hand-encoded norms "
                                              "(a regulation id only)."),
            as_json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """Extract the norms of a regulation (or of any text) by the norm grammar;
    --compare checks them against the regulation's hand-encoded norms."""
    from . import regulations
    from .extract import extract as run
    from .structure import StructureError, load_regency, parse

    if target in regulations.ids():
        doc = load_regency(target)
    else:
        path = Path(target)
        if not path.is_file():
            _fail(f"neither a regulation id nor a file: {target!r}; "
                  f"known: {', '.join(regulations.ids())}")
        if compare:
            _fail("--compare needs a regulation id (its hand-encoded norms)")
        try:
            doc = parse(path.read_text(encoding="utf-8"), path.stem)
        except (StructureError, UnicodeDecodeError) as exc:
            _fail(f"{path}: {exc}")
    ext = run(doc)
    if compare:
        from .engine import EngineError
        from .extract.compare import compare as check, hand_norms

        try:
            rows = hand_norms(target)
        except EngineError as exc:
            _fail(str(exc), 1)
        res = check(doc, ext, rows)
        if as_json:
            typer.echo(json.dumps(res, ensure_ascii=False, indent=2))
        else:
            _print_compare(res)
        return
    if as_json:
        typer.echo(json.dumps({"regency": doc.regency, **ext.to_dict()}, ensure_ascii=False,
                              indent=2))
    else:
        typer.echo(ext.prolog(), nl=False)
        typer.echo(f"%   tak terbaca: {len(ext.unread)}", err=True)
