"""Starting a server process's knowledge base early.

``perbup serve`` calls ``start_early()`` (from ``main``, the console
script) before it imports the command line library and the web framework: the Prolog engine consults the rules in its own thread (it
holds no Python lock while it does) and the regulations load in another,
while the main thread imports FastAPI and uvicorn.  The app's lifespan
then takes the knowledge base with ``started()``.  This module imports
only the engine, so that Prolog begins as soon as the process does.
"""

from __future__ import annotations

import concurrent.futures
import threading

from .engine import RULE_FILES, Engine, limits_from_env

_early: concurrent.futures.Future | None = None


def start_early() -> None:
    """Begin starting this process's knowledge base now (once per process)."""
    global _early
    if _early is not None:
        return
    future: concurrent.futures.Future = concurrent.futures.Future()
    limits = limits_from_env()
    engine = Engine(RULE_FILES, limits).begin()

    def run() -> None:
        try:
            from .kb import KnowledgeBase

            future.set_result(KnowledgeBase(limits=limits, engine=engine).start())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="kb-start", daemon=True).start()
    _early = future


def started():
    """This process's knowledge base: the one ``start_early`` began, or a new one."""
    global _early
    if _early is None:
        from .kb import KnowledgeBase

        return KnowledgeBase().start()
    early, _early = _early, None
    return early.result()


def _option(args: list[str], name: str) -> str | None:
    """The value of ``--name VALUE`` or ``--name=VALUE`` in ``args``."""
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def main() -> None:
    """The ``perbup`` console script.

    For ``perbup serve`` with one process the knowledge base begins loading
    here, before the command line library and the web framework are even
    imported; every other command goes straight to ``pyapi.cli``.
    """
    import os
    import sys

    args = sys.argv[1:]
    if args[:1] == ["serve"]:
        folder = _option(args, "--regulations")
        if folder:
            os.environ["PERBUP_REGULATIONS"] = folder
        if not _option(args, "--workers") or _option(args, "--workers") == "1":
            start_early()
    from .cli import app

    app()


__all__ = ["main", "start_early", "started"]


if __name__ == "__main__":
    main()
