"""The ``perbup`` command line."""

from __future__ import annotations

import json
import sys
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
          port: int = typer.Option(8000, help="Port to listen on.")) -> None:
    """Serve the HTTP API on the embedded knowledge base (one worker process).

    To scale out, run several processes on different ports behind a load
    balancer: uvicorn's --workers loses TCP_NODELAY (uvicorn issue #3149).
    """
    import uvicorn

    from .api import create_app

    uvicorn.run(create_app(), host=host, port=port, workers=1, log_level="info")


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
def show(regency: str = typer.Argument(..., help="tabanan, tabalong, lombok-barat, pekalongan, bantul"),
         citation: Optional[str] = typer.Argument(None, help='e.g. "Pasal 10 ayat (2)"'),
         as_json: bool = typer.Option(False, "--json", help="Nested JSON nodes.")) -> None:
    """Print a provision (or the whole regulation) with its citation."""
    from .lookup import CitationSyntaxError, NotOneProvision, canonical
    from .structure import REGENCIES

    if regency not in REGENCIES:
        _fail(f"unknown regency {regency!r}; known: {', '.join(REGENCIES)}")
    try:
        cite = canonical(citation) if citation else None
    except (CitationSyntaxError, NotOneProvision) as exc:
        _fail(str(exc))
    tree = _with_kb(lambda kb: kb.call("provision_tree", {"doc": regency, "cite": cite}))
    if as_json:
        typer.echo(json.dumps(tree, ensure_ascii=False, indent=2))
    else:
        render_tree(tree)


@app.command()
def ask(question: str = typer.Argument(..., help="a question id, e.g. reporting-line, assessor"),
        regency: str = typer.Option(..., "--regency", "-r", help="regency id"),
        subject: Optional[str] = typer.Option(None, help="e.g. jf-ahli-muda, pelaksana"),
        capacity: Optional[str] = typer.Option(None, help="individu, anggota-tim, ketua-tim"),
        unit: Optional[str] = typer.Option(None, help="a unit kind or a named unit"),
        placement: Optional[str] = typer.Option(None, help="sekretariat, bidang, ..."),
        scope: Optional[str] = typer.Option(None, help="dalam-unit, lintas-unit, ..."),
        role: Optional[str] = typer.Option(None, help="for responsibilities: a role id"),
        as_json: bool = typer.Option(False, "--json", help="The JSON answer of the API.")) -> None:
    """Answer a user's question from the norms, with citations."""
    from .api import _params
    from .render import render_answer

    params = _params(subject=subject, capacity=capacity, unit=unit, placement=placement,
                     scope=scope, role=role)
    result = _with_kb(lambda kb: kb.call("ask", {"question": question, "regency": regency,
                                                 "params": params}))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(render_answer(result))


if __name__ == "__main__":
    app()
