"""Every norm's citation and quote are checked when the knowledge base loads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import copy_package
from pyapi import regulations
from pyapi.lookup import single_path
from pyapi.structure import load_regency

FIXTURES = Path(__file__).parent / "fixtures"

# The knowledge base is one Prolog database per process: bad norms are loaded
# in a child process so that they cannot leak into the session's knowledge base.
SCRIPT = """
import sys
from pathlib import Path
from pyapi.kb import KnowledgeBase
from pyapi.normcheck import NormError
try:
    KnowledgeBase(root=Path(sys.argv[1])).start()
except NormError as exc:
    print(exc)
    sys.exit(3)
sys.exit(0)
"""


def test_bad_norms_stop_the_load_naming_file_line_and_citation(tmp_path):
    folder, lines = copy_package(tmp_path, "tabalong", extra_norms=FIXTURES / "bad_norms.pl")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    out = done.stdout
    norms = folder / "norms.pl"
    # the fixture's norms start on its line 3
    assert (f"{norms}:{lines + 3}: error: norm missing_pasal: 'Pasal 23': "
            f"no such provision in tabalong") in out
    assert (f"{norms}:{lines + 5}: error: norm misquoted: 'Pasal 19 ayat (2)': "
            f"quote is not verbatim") in out
    assert "norm bad_claim" in out and "kadang is not a reporting mode" in out
    assert "norm garbled: 'Pasal 19 ayat (': citation does not parse" in out
    # every atom is checked against the vocabulary, with the norm's line
    assert (f"{norms}:{lines + 11}: error: norm bad_document: 'Pasal 19 ayat (2)': "
            f"claim: 'surat-sakti' is not a known document") in out
    assert (f"{norms}:{lines + 13}: error: norm bad_action: 'Pasal 19 ayat (2)': "
            f"claim: berbisik is not a known action") in out
    assert "claim: dinas is a unit kind: a pattern needs an id of its own" in out


def test_every_norm_of_the_knowledge_base_quotes_its_provision_verbatim(kb):
    rows = kb.engine.call("norms", {"regency": None}, admin=True)
    assert {r["regency"] for r in rows} == set(regulations.ids())
    for row in rows:
        node = load_regency(row["regency"]).get(single_path(row["cite"]))
        assert node is not None, row
        assert row["quote"] in node.full_text(), row
        assert row["problems"] == [], row
