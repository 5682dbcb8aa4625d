"""Problems found in a reference, each with a stable code and its wording.

Codes (stable, kebab-case):

``target-missing``       a cited Pasal/ayat/huruf/angka/Lampiran part that does not exist
``self-reference``       a provision citing itself (or the Pasal it belongs to)
``preposition-misused``  "pada" for another Pasal, or "dalam" inside the same Pasal
``backward-range``       "sampai dengan" running backwards ("Pasal 9 sampai dengan Pasal 7")
``range-mismatch``       range ends that are not siblings ("Pasal 4 ayat (2) sampai dengan Pasal 6")
``unanchored-relative``  "ayat (1)" with no citing provision to hang it from
``malformed-phrase``     a garbled reference phrase ("sebagaimana dimaksud pada Pasal dalam Pasal 10")
"""

from __future__ import annotations

from dataclasses import dataclass

UU_12_2011 = "UU 12/2011 Lampiran II (teknik pengacuan)"

CODES = (
    "target-missing",
    "self-reference",
    "preposition-misused",
    "backward-range",
    "range-mismatch",
    "unanchored-relative",
    "malformed-phrase",
)


@dataclass(frozen=True)
class Problem:
    code: str
    message: str                      # Indonesian, for drafters
    message_en: str
    target: str | None = None         # canonical citation of the target concerned
    nearest: tuple[str, ...] = ()     # existing provisions close to a missing target
    rule: str | None = None           # drafting rule applied, when one is


def target_missing(cite: str, nearest: tuple[str, ...]) -> Problem:
    hint_id = f"; yang ada: {', '.join(nearest)}" if nearest else ""
    hint_en = f"; nearest existing: {', '.join(nearest)}" if nearest else ""
    return Problem("target-missing", f"{cite} tidak ada dalam Peraturan Bupati ini{hint_id}.",
                   f"{cite} does not exist in this regulation{hint_en}.", cite, nearest)


def self_reference(cite: str, at: str) -> Problem:
    return Problem("self-reference", f"{at} merujuk pada dirinya sendiri ({cite}).",
                   f"{at} cites itself ({cite}).", cite)


def preposition_misused(preposition: str, cite: str, pasal: str) -> Problem:
    if preposition == "pada":
        return Problem(
            "preposition-misused",
            f"'sebagaimana dimaksud pada' dipakai untuk ayat atau huruf dalam Pasal yang sama; "
            f"{cite} berada di luar {pasal}, gunakan 'sebagaimana dimaksud dalam'.",
            f"'pada' is for an ayat/huruf of the same Pasal; {cite} is outside {pasal}, use 'dalam'.",
            cite, rule=UU_12_2011)
    return Problem(
        "preposition-misused",
        f"'sebagaimana dimaksud dalam' dipakai untuk Pasal lain; {cite} berada dalam {pasal} "
        f"itu sendiri, gunakan 'sebagaimana dimaksud pada'.",
        f"'dalam' is for another Pasal; {cite} is inside {pasal} itself, use 'pada'.",
        cite, rule=UU_12_2011)


def backward_range(first: str, last: str) -> Problem:
    phrase = f"{first} sampai dengan {last}"
    return Problem("backward-range", f"Rentang '{phrase}' terbalik: ujung awal sesudah ujung akhir.",
                   f"The range '{phrase}' runs backwards.", phrase, rule=UU_12_2011)


def range_mismatch(first: str, last: str) -> Problem:
    phrase = f"{first} sampai dengan {last}"
    return Problem("range-mismatch",
                   f"Ujung rentang '{phrase}' tidak setingkat (bukan unsur yang berurutan dalam satu induk).",
                   f"The ends of '{phrase}' are not siblings of one parent.", phrase, rule=UU_12_2011)


def unanchored_relative(cite: str) -> Problem:
    return Problem("unanchored-relative",
                   f"{cite} merujuk relatif, tetapi ketentuan tempat kutipan itu tidak diketahui.",
                   f"{cite} is relative but the citing provision is unknown.", cite)


def malformed_phrase(phrase: str, detail: str, detail_en: str) -> Problem:
    return Problem("malformed-phrase", f"Frasa pengacuan '{phrase}' tidak baku: {detail}",
                   f"Garbled reference phrase '{phrase}': {detail_en}", rule=UU_12_2011)
