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
SRC_DEFINISI = f"{L2}, BAB I huruf C angka 1 (Ketentuan Umum)"


@dataclass(frozen=True)
class Rule:
    id: str
    category: str        # structure | reference | drafting | definition
    severity: str        # error | warning | info
    description: str     # one line, English (the Indonesian wording is in lang.py)
    source: str


RULES: dict[str, Rule] = {r.id: r for r in (
    # -- structure -------------------------------------------------------------------
    Rule("numbering-gap", "structure", "error",
         "A BAB, Bagian, Paragraf, Pasal, ayat, huruf or angka number is skipped.", SRC_NUMBERING),
    Rule("numbering-repeated", "structure", "error",
         "A BAB, Pasal, ayat, huruf or angka number is used twice among siblings.", SRC_NUMBERING),
    Rule("numbering-order", "structure", "error",
         "A number comes after a higher one (out of order).", SRC_NUMBERING),
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
    # -- definitions -----------------------------------------------------------------
    Rule("definition-unused", "definition", "warning",
         "A term defined in Pasal 1 is never used elsewhere in the regulation.", SRC_DEFINISI),
    Rule("definition-repeated", "definition", "error",
         "The same term is defined twice in Pasal 1.", SRC_DEFINISI),
)}

CATEGORIES = ("structure", "reference", "drafting", "definition")
SEVERITIES = ("error", "warning", "info")


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
            "whose place was verified are named.", ""]
    return "\n".join(out)

