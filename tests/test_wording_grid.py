"""Every answer of the question grid, rendered as the user reads it in both
languages, carries no id, no Prolog term, no doubled preposition and no word
of the other language (scripts/wording_grid.py does the scanning).

The default run asks a fixed sample spread over every regulation and
question; the whole grid runs with ``-m slow``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import wording_grid  # noqa: E402

SAMPLE = 440          # cases, each in Indonesian and English (about 1,200 renderings)


def _assert_clean(counts, examples):
    faults = {k: v for k, v in counts.items() if v and k != "skipped"}
    assert not faults, "\n".join(f"{k}: {v}; e.g. {examples.get(k)}" for k, v in faults.items())


def test_the_scan_finds_what_it_looks_for():
    ids = {"jf-ahli-muda", "pejabat-penilai-kinerja"}
    kinds = lambda text, lang="id": {k for k, _ in wording_grid.scan(text, lang, ids)}  # noqa: E731
    assert kinds("Pertanyaan: reporting-line — tabalong") == set()      # not an id of the list
    assert kinds("Subjek: jf-ahli-muda") == {"id"}
    assert kinds("melapor kepada paling-lama:1-tahun") == {"id"}
    assert "prolog" in kinds("(aturan answer_item/6, kb/rules.pl:59)")
    assert kinds("melapor kepada sebagai ketua tim") == {"preposition"}
    assert kinds("Penjelasan: the answer") == {"language"}
    assert kinds("Explanation: melapor kepada Lurah", "en") == {"language"}
    # the regulation's own words (quotes, citations) are left alone
    assert kinds('[Pasal 19 ayat (2)] "secara langsung kepada Pejabat Penilai Kinerja"',
                 "en") == set()
    assert kinds("Lurah menugaskan sewaktu-waktu") == set()              # reduplication


def test_a_sample_of_the_grid_reads_clean_in_both_languages(kb):
    counts, examples, renderings, cases = wording_grid.run(kb, SAMPLE, show=3)
    assert cases >= 300 and renderings >= 2 * cases
    _assert_clean(counts, examples)


REGENCIES = ("tabanan", "tabalong", "lombok-barat", "pekalongan", "bantul")


@pytest.mark.slow
@pytest.mark.parametrize("lang", wording_grid.LANGS, ids=lambda lang: f"in_{lang}")
@pytest.mark.parametrize("regency", REGENCIES)
def test_the_whole_grid_reads_clean_in_both_languages(kb, regency, lang):
    # one regulation and language per test (ten in all): `-k` runs a part,
    # two pytest processes (`-m slow -k in_id`, `-m slow -k in_en`) run it
    # on two cores
    counts, examples, _, cases = wording_grid.run(kb, None, regencies=[regency],
                                                  langs=(lang,), show=3, why_not_every=8)
    assert cases > 1000
    _assert_clean(counts, examples)
