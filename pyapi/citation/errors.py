"""The one exception of the citation parser, worded for drafters."""

from __future__ import annotations

# What each terminal of grammar/citation.lark means to a drafter.
_WORDS = {
    "_PASAL": "'Pasal'",
    "_AYAT": "'ayat'",
    "_HURUF": "'huruf'",
    "_ANGKA": "'angka'",
    "_LAMPIRAN": "'Lampiran'",
    "_TABEL": "'Tabel'",
    "_BAB": "'BAB'",
    "MENIMBANG": "'Menimbang'",
    "MENGINGAT": "'Mengingat'",
    "_SAMPAI_DENGAN": "'sampai dengan'",
    "_DAN": "'dan'",
    "_ATAU": "'atau'",
    "COMMA": "','",
    "_SEBAGAIMANA_DIMAKSUD": "'sebagaimana dimaksud'",
    "PREP": "'pada' atau 'dalam'",
    "_NOMOR": "'Nomor'",
    "_TAHUN": "'Tahun'",
    "INI": "'ini'",
    "JENIS": "jenis peraturan (mis. 'Peraturan Bupati')",
    "NUM": "nomor",
    "BRACKETED": "nomor dalam kurung, mis. '(1)'",
    "LETTER": "huruf (a, b, c, ...)",
    "ROMAN": "nomor romawi (I, II, ...)",
    "SPELLED": "nomor dalam kata, mis. '(satu)'",
    "NAMEWORD": "nama daerah atau instansi",
    "LPAR": "'('",
    "CLOSE": "')'",
    "SLASH": "'/'",
    "$END": "akhir kutipan",
}

# Sharper words when the previous token tells what is missing.
_AFTER = {
    ("_PASAL", "NUM"): "nomor Pasal",
    ("_AYAT", "BRACKETED"): "nomor ayat dalam kurung, mis. 'ayat (1)'",
    ("_AYAT", "NUM"): "nomor ayat",
    ("_ANGKA", "NUM"): "nomor angka",
    ("_TABEL", "NUM"): "nomor tabel",
    ("_NOMOR", "NUM"): "nomor peraturan",
    ("_TAHUN", "NUM"): "tahun (mis. 2024)",
    ("SLASH", "NUM"): "tahun (mis. 2024)",
    ("_HURUF", "LETTER"): "huruf (a, b, c, ...)",
}


def describe(expected: set[str] | frozenset[str], previous: str | None = None) -> list[str]:
    """Human words for a set of expected terminal names, sorted and unique."""
    words = set()
    for name in expected:
        words.add(_AFTER.get((previous, name)) or _WORDS.get(name, name.lower()))
    return sorted(words)


class CitationSyntaxError(ValueError):
    """A citation phrase that does not follow the drafting forms.

    Attributes: ``text`` (the phrase), ``column`` (1-based character offset in
    ``text`` where reading stopped), ``found`` (the text found there, ``""`` at
    the end), ``expected`` (what could have come there, in drafter's words,
    e.g. ``["nomor Pasal"]`` or ``["nomor ayat dalam kurung, mis. 'ayat (1)'", "nomor ayat"]``).
    The message is in Indonesian and names the column.
    """

    def __init__(self, text: str, column: int, expected: list[str], found: str = ""):
        self.text = text
        self.column = column
        self.expected = list(expected)
        self.found = found
        where = f"'{found}'" if found else "akhir teks"
        wanted = ", ".join(self.expected) if self.expected else "tidak ada lanjutan"
        super().__init__(
            f"Kutipan tidak dapat dibaca pada kolom {column}: ditemukan {where}, "
            f"diharapkan {wanted}."
        )
