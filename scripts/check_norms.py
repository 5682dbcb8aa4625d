"""Check one regulation's norms as the knowledge base's load does.

    .venv/bin/python scripts/check_norms.py REGENCY [REGENCY ...]

Loads the rules and the named regulations (text -> structure -> facts ->
norms), then checks every norm: its claim against the schema of
kb/norms.pl, its citation resolves to a provision of the regulation, and
its quote is verbatim in that provision.  Prints every problem with the
file and line of the norm; exits 1 if there is any.
"""

from __future__ import annotations

import sys

from pyapi import regulations
from pyapi.engine import LoadError
from pyapi.kb import KnowledgeBase


def main(argv: list[str]) -> int:
    known = regulations.ids()
    regencies = tuple(argv) or known
    unknown = [r for r in regencies if r not in known]
    if unknown:
        print(f"unknown regency: {', '.join(unknown)}; known: {', '.join(known)}")
        return 2
    try:
        kb = KnowledgeBase(regencies=regencies).start()
    except LoadError as exc:
        for p in exc.problems:
            print(f"{p['file']}:{p['line']}: {p['message']}")
        print(f"{len(exc.problems)} problem(s)")
        return 1
    print(f"ok: {kb.norm_count} norms in {', '.join(regencies)}")
    kb.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
