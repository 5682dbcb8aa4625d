"""The checker's rules: one id, category, severity, description and legal basis each.

The list here is the single source of the rule catalogue: the checks cite
rules by id, the messages are worded per rule in :mod:`.lang`, and
``docs/check-rules.md`` is generated from this module
(``.venv/bin/python scripts/check_rules_doc.py``; a test keeps it current).

Legal basis: Lampiran II of UU 12/2011 (Teknik Penyusunan Peraturan
Perundang-undangan).  Only the parts of Lampiran II whose place could be
verified are named (BAB I huruf B angka 3 Konsiderans, BAB I huruf C angka 1
Ketentuan Umum, BAB III huruf C Teknik Pengacuan); the individual rule
numbers inside them are not cited.
"""

from __future__ import annotations

from dataclasses import dataclass

L2 = "Lampiran II UU 12/2011"
SRC_NUMBERING = f"{L2}, BAB I huruf C (Batang Tubuh): penomoran BAB, Pasal, ayat, dan rincian"
SRC_AYAT = f"{L2}, BAB I huruf C (Batang Tubuh): Pasal dapat dirinci ke dalam beberapa ayat"
SRC_PENGACUAN = f"{L2}, BAB III huruf C (Teknik Pengacuan)"
SRC_TABULASI = f"{L2}: perumusan pasal atau ayat dalam bentuk tabulasi"
SRC_BILANGAN = f"{L2}: penulisan bilangan dalam pasal atau ayat (angka diikuti kata dalam kurung)"
SRC_KONSIDERANS = f"{L2}, BAB I huruf B angka 3 (Konsiderans)"
SRC_DEFINISI = f"{L2}, BAB I huruf C angka 1 (Ketentuan Umum)"
SRC_PENUTUP = f"{L2}, BAB I huruf C (Batang Tubuh): ketentuan penutup, and the penutup"
SRC_RUMUSAN = ("UU 12/2011 Pasal 5 huruf f (asas kejelasan rumusan: rumusan yang jelas, "
               "tidak menimbulkan berbagai macam interpretasi)")
SRC_PIDANA = "UU 12/2011 Pasal 15 ayat (1): ketentuan pidana only in an undang-undang or a peraturan daerah"


@dataclass(frozen=True)
class Rule:
    id: str
    category: str        # structure | reference | drafting | definition | norm
    severity: str        # error | warning | info
    description: str     # one line, English (the Indonesian wording is in lang.py)
    source: str


# A failing and a passing example of every rule: the end of Pasal 1 and what
# follows it in EXAMPLE_DRAFT (or, for an example that begins "Menimbang",
# the konsiderans; see example_draft()).  tests/test_check.py checks that each failing
# example gets its rule and each passing one no finding at all.
MENIMBANG = ("Menimbang: a. bahwa sistem kerja perlu disesuaikan;\n"
             "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
             "menetapkan Peraturan Bupati tentang Sistem Kerja;")
EXAMPLE_DRAFT = ("PERATURAN BUPATI CONTOH\nNOMOR 1 TAHUN 2024\nTENTANG\nSISTEM KERJA\n"
                 "{menimbang}\nBAB I\nKETENTUAN UMUM\nPasal 1\n"
                 "Dalam Peraturan Bupati ini yang dimaksud dengan:\n"
                 "1. Daerah adalah Kabupaten Contoh.\n{example}\n")
_P234 = ("Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 3\nDaerah menetapkan tata kerja.\n"
         "Pasal 4\nDaerah menetapkan proses bisnis.\nPasal 5\n")
_AYAT = "Pasal 2\n(1) Daerah menetapkan sistem kerja.\n(2) Sistem kerja sebagaimana dimaksud "
_LIST = "Pasal 2\nSistem kerja Daerah meliputi{colon}\na. mekanisme kerja{a}\nb. proses bisnis{b}\nc. tata kerja."
_NORM = ("Pasal 2\n(1) Pejabat Fungsional pada Perangkat Daerah yang bekerja secara individu "
         "melaporkan pelaksanaan tugas secara langsung kepada Kepala Perangkat Daerah.\n(2) "
         "Pejabat Fungsional yang bekerja secara individu melaporkan hasil pelaksanaan tugas "
         "secara langsung kepada {to}.")
EXAMPLES: dict[str, tuple[str, str]] = {
    "numbering-gap": ("Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 4\nSistem kerja berlaku di Daerah.",
                      "Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 3\nSistem kerja berlaku di Daerah."),
    "numbering-repeated": ("Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 2\nSistem kerja berlaku di Daerah.",
                           "Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 3\nSistem kerja berlaku di Daerah."),
    "numbering-order": ("Pasal 3\nDaerah menetapkan sistem kerja.\nPasal 2\nSistem kerja berlaku di Daerah.",
                        "Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 3\nSistem kerja berlaku di Daerah."),
    "numbering-wrong": ("Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 30\nDaerah menetapkan tata kerja."
                        "\nPasal 4\nSistem kerja berlaku di Daerah.",
                        "Pasal 2\nDaerah menetapkan sistem kerja.\nPasal 3\nDaerah menetapkan tata kerja."
                        "\nPasal 4\nSistem kerja berlaku di Daerah."),
    "ayat-as-angka": ("Pasal 2\n1. Daerah menetapkan sistem kerja.\n2. Sistem kerja sebagaimana dimaksud "
                      "pada ayat (1) berlaku di Daerah.",
                      _AYAT + "pada ayat (1) berlaku di Daerah."),
    "single-ayat": ("Pasal 2\n(1) Daerah menetapkan sistem kerja.",
                    "Pasal 2\nDaerah menetapkan sistem kerja."),
    "target-missing": (_AYAT + "pada ayat (3) berlaku di Daerah.", _AYAT + "pada ayat (1) berlaku di Daerah."),
    "self-reference": (_AYAT + "pada ayat (2) berlaku di Daerah.", _AYAT + "pada ayat (1) berlaku di Daerah."),
    "preposition-pada": (_P234 + "Sistem kerja sebagaimana dimaksud pada Pasal 2 berlaku di Daerah.",
                         _P234 + "Sistem kerja sebagaimana dimaksud dalam Pasal 2 berlaku di Daerah."),
    "preposition-dalam": (_AYAT + "dalam ayat (1) berlaku di Daerah.", _AYAT + "pada ayat (1) berlaku di Daerah."),
    "malformed-reference": (_P234 + "Sistem kerja sebagaimana Pasal 2 berlaku di Daerah.",
                            _P234 + "Sistem kerja sebagaimana dimaksud dalam Pasal 2 berlaku di Daerah."),
    "backward-range": (_P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 4 sampai dengan Pasal 2 berlaku.",
                       _P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 sampai dengan Pasal 4 berlaku."),
    "single-item-range": (_P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 sampai dengan Pasal 2 berlaku.",
                          _P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 berlaku."),
    "range-needed": (_P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2, Pasal 3, dan Pasal 4 berlaku.",
                     _P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 sampai dengan Pasal 4 berlaku."),
    "range-of-two": (_P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 sampai dengan Pasal 3 berlaku.",
                     _P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 dan Pasal 3 berlaku."),
    "range-mismatch": (_P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 sampai dengan Pasal 4 huruf a berlaku.",
                       _P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 2 sampai dengan Pasal 4 berlaku."),
    "forbidden-reference": (_P234 + "Ketentuan tersebut di atas berlaku di Daerah.",
                            _P234 + "Ketentuan sebagaimana dimaksud dalam Pasal 4 berlaku di Daerah."),
    "item-end": (_LIST.format(colon=":", a="", b="; dan"), _LIST.format(colon=":", a=";", b="; dan")),
    "item-conjunction": (_LIST.format(colon=":", a=";", b=";"), _LIST.format(colon=":", a=";", b="; dan")),
    "lead-in-colon": (_LIST.format(colon="", a=";", b="; dan"), _LIST.format(colon=":", a=";", b="; dan")),
    "number-words": ("Pasal 2\nTim kerja Daerah beranggotakan paling sedikit 3 orang.",
                     "Pasal 2\nTim kerja Daerah beranggotakan paling sedikit 3 (tiga) orang."),
    "number-words-mismatch": ("Pasal 2\nTim kerja Daerah beranggotakan paling sedikit 3 (empat) orang.",
                              "Pasal 2\nTim kerja Daerah beranggotakan paling sedikit 3 (tiga) orang."),
    "konsiderans-form": ("Menimbang: a. sistem kerja perlu disesuaikan;\n"
                         "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
                         "menetapkan Peraturan Bupati tentang Sistem Kerja;",
                         MENIMBANG),
    "penutup-formula": (
        "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\nAgar setiap "
        "orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan "
        "penempatannya dalam Lembaran Daerah Kabupaten Contoh.\nDitetapkan di Contoh\npada "
        "tanggal 2 Januari 2024\nBUPATI CONTOH,",
        "Pasal 2\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.\nAgar setiap "
        "orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan "
        "penempatannya dalam Berita Daerah Kabupaten Contoh.\nDitetapkan di Contoh\npada "
        "tanggal 2 Januari 2024\nBUPATI CONTOH,"),
    "penal-provision": (
        "Pasal 2\nPegawai Daerah yang melanggar ketentuan Pasal 1 dipidana dengan pidana kurungan "
        "paling lama 3 (tiga) bulan.",
        "Pasal 2\nPegawai Daerah yang melanggar ketentuan Pasal 1 dikenai sanksi administratif."),
    "definition-unused": ("2. Tim Kerja adalah kelompok pegawai.\nPasal 2\nDaerah menetapkan sistem kerja.",
                          "2. Tim Kerja adalah kelompok pegawai.\nPasal 2\nDaerah membentuk Tim Kerja."),
    "definition-repeated": ("2. Daerah adalah Kabupaten Contoh.\nPasal 2\nDaerah menetapkan sistem kerja.",
                            "Pasal 2\nDaerah menetapkan sistem kerja."),
    "definition-lowercase": ("2. Tim Kerja adalah kelompok pegawai.\nPasal 2\nDaerah membentuk tim kerja.",
                             "2. Tim Kerja adalah kelompok pegawai.\nPasal 2\nDaerah membentuk Tim Kerja."),
    # the norm rules need the knowledge base (check(text, kb=kb)):
    # tests/test_check_norms.py runs these two examples
    "norm-conflict": (_NORM.format(to="Sekretaris Daerah"), _NORM.format(to="Kepala Perangkat Daerah")),
}


RULES: dict[str, Rule] = {r.id: r for r in (
    # -- structure -------------------------------------------------------------------
    Rule("numbering-gap", "structure", "error",
         "A BAB, Bagian, Paragraf, Pasal, ayat, huruf or angka number is skipped.", SRC_NUMBERING),
    Rule("numbering-repeated", "structure", "error",
         "A BAB, Pasal, ayat, huruf or angka number is used twice among siblings.", SRC_NUMBERING),
    Rule("numbering-order", "structure", "error",
         "A number comes after a higher one (out of order).", SRC_NUMBERING),
    Rule("numbering-wrong", "structure", "error",
         "One number breaks a sequence that goes on after it (\"Pasal 7, Pasal 80, Pasal 9\").",
         SRC_NUMBERING),
    Rule("ayat-as-angka", "structure", "warning",
         "A Pasal numbers its ayat \"1.\", \"2.\" while the text cites them as \"ayat (1)\".",
         SRC_NUMBERING),
    Rule("single-ayat", "structure", "warning",
         "A Pasal has a single ayat numbered \"(1)\": a Pasal is divided into ayat only when "
         "it has several.", SRC_AYAT),
    # -- references ------------------------------------------------------------------
    Rule("target-missing", "reference", "error",
         "A cited Pasal, ayat, huruf, angka or Lampiran part does not exist in the draft.",
         SRC_PENGACUAN),
    Rule("self-reference", "reference", "error",
         "A provision cites itself (or the Pasal or ayat it belongs to).", SRC_PENGACUAN),
    Rule("preposition-pada", "reference", "warning",
         "\"sebagaimana dimaksud pada\" is used for another Pasal (use \"dalam\").", SRC_PENGACUAN),
    Rule("preposition-dalam", "reference", "warning",
         "\"sebagaimana dimaksud dalam\" is used for an ayat or huruf of the same Pasal "
         "(use \"pada\").", SRC_PENGACUAN),
    Rule("malformed-reference", "reference", "error",
         "A reference phrase that does not follow the drafting forms.", SRC_PENGACUAN),
    Rule("backward-range", "reference", "error",
         "A \"sampai dengan\" range runs backwards.", SRC_PENGACUAN),
    Rule("single-item-range", "reference", "warning",
         "A \"sampai dengan\" range whose two ends are the same provision.", SRC_PENGACUAN),
    Rule("range-needed", "reference", "info",
         "Three or more consecutive provisions listed one by one instead of with "
         "\"sampai dengan\" (the konsiderans' closing point is exempt).", SRC_PENGACUAN),
    Rule("range-of-two", "reference", "warning",
         "\"sampai dengan\" between two consecutive provisions (two are joined with \"dan\").",
         SRC_PENGACUAN),
    Rule("range-mismatch", "reference", "error",
         "The ends of a \"sampai dengan\" range are not of the same level.", SRC_PENGACUAN),
    Rule("forbidden-reference", "reference", "warning",
         "A vague or redundant reference (\"tersebut di atas\", \"pasal terdahulu\", "
         "\"ayat (1) Pasal ini\") instead of the provision's number alone.", SRC_PENGACUAN),
    # -- drafting --------------------------------------------------------------------
    Rule("item-end", "drafting", "warning",
         "A list item other than the last does not end with \";\".", SRC_TABULASI),
    Rule("item-conjunction", "drafting", "warning",
         "The item before the last of a list does not carry \"dan\", \"atau\" or \"dan/atau\".",
         SRC_TABULASI),
    Rule("lead-in-colon", "drafting", "warning",
         "The text that introduces a list does not end with \":\".", SRC_TABULASI),
    Rule("number-words", "drafting", "warning",
         "A number in a Pasal is not followed by its words in brackets (\"2 (dua)\").",
         SRC_BILANGAN),
    Rule("number-words-mismatch", "drafting", "error",
         "The words in brackets do not say the number written before them.", SRC_BILANGAN),
    Rule("konsiderans-form", "drafting", "warning",
         "A point of the konsiderans (Menimbang) does not begin with \"bahwa\" or does not "
         "end with \";\" (the last point may end with \".\").", SRC_KONSIDERANS),
    Rule("penutup-formula", "drafting", "warning",
         "A complete draft (with its penutup) does not say when it comes into force, lacks "
         "the engagement formula (\"Agar setiap orang mengetahuinya, memerintahkan "
         "pengundangan ...\"), or does not place its promulgation in the gazette of its "
         "kind (Berita Daerah for a Peraturan Bupati).", SRC_PENUTUP),
    Rule("penal-provision", "drafting", "error",
         "A Peraturan Bupati, Wali Kota or Gubernur contains a criminal provision.", SRC_PIDANA),
    # -- definitions -----------------------------------------------------------------
    Rule("definition-unused", "definition", "warning",
         "A term defined in Pasal 1 is never used elsewhere in the regulation.", SRC_DEFINISI),
    Rule("definition-repeated", "definition", "error",
         "The same term is defined twice in Pasal 1.", SRC_DEFINISI),
    Rule("definition-lowercase", "definition", "info",
         "A term of several words defined in Pasal 1 with capitals is later written all in "
         "lowercase in the batang tubuh (once per provision).", SRC_DEFINISI),
    # -- norms (pyapi/check/norms.py, kb/drafts.pl; need the knowledge base) ----------
    Rule("norm-conflict", "norm", "warning",
         "Two provisions of the draft answer one question differently for the same case, "
         "and precedence (a narrower scope, a stated exception, a condition, a structural "
         "variant) sets neither aside.", SRC_RUMUSAN),
    Rule("norm-change", "norm", "info",
         "With --against: a question whose answer for a case differs between the enacted "
         "regulation and the draft (before and after, with their provisions).", SRC_RUMUSAN),
    Rule("norm-departure", "norm", "info",
         "With --against: where the draft's answer for a case changes, no other regulation "
         "of the knowledge base gives it; how each of them answers.", SRC_RUMUSAN),
    Rule("norm-unchecked", "norm", "info",
         "The draft's norms were not (fully) checked: the extraction or the reasoning "
         "reached its time or inference limit.", SRC_RUMUSAN),
)}

CATEGORIES = ("structure", "reference", "drafting", "definition", "norm")
SEVERITIES = ("error", "warning", "info")


def example_draft(example: str) -> str:
    """The example draft with ``example`` in its place."""
    if example.startswith("Menimbang"):
        return EXAMPLE_DRAFT.format(menimbang=example, example="Pasal 2\nDaerah menetapkan sistem kerja.")
    return EXAMPLE_DRAFT.format(menimbang=MENIMBANG, example=example)


def rule_list_markdown() -> str:
    """The rule catalogue as Markdown (docs/check-rules.md)."""
    from .lang import rule_title

    out = ["# Rules of `perbup check`", "",
           "Generated from `pyapi/check/rules.py` and the wording table `pyapi/check/lang.py` "
           "(`.venv/bin/python scripts/check_rules_doc.py`); do not edit by hand.", "",
           "| id | category | severity | what it finds | Indonesian title | source |",
           "|---|---|---|---|---|---|"]
    for r in RULES.values():
        out.append(f"| `{r.id}` | {r.category} | {r.severity} | {r.description} | "
                   f"{rule_title(r.id, 'id')} | {r.source} |")
    out += ["", "Rule numbers inside Lampiran II are not cited: only the parts of Lampiran II "
            "whose place was verified are named.", "",
            "## Examples", "",
            "Each example is the end of Pasal 1 and what follows it in this draft "
            "(`{example}` stands for it; an example that begins with \"Menimbang\" takes the "
            "place of `{menimbang}`, the konsiderans, and Pasal 2 is then "
            "\"Daerah menetapkan sistem kerja.\"); the failing one gets the rule, the passing "
            "one no finding at all (`tests/test_check.py` checks both).", "", "```text",
            EXAMPLE_DRAFT.replace("{menimbang}", MENIMBANG).rstrip("\n"), "```", ""]
    for r in RULES.values():
        if r.id not in EXAMPLES:
            continue
        bad, good = EXAMPLES[r.id]
        out += [f"### `{r.id}`", "", "Fails:", "", "```text", bad, "```", "", "Passes:", "",
                "```text", good, "```", ""]
    return "\n".join(out)

