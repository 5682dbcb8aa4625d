"""Every word the checker says to a user, per language, in one table.

``MESSAGES[lang][rule] = (title, message template, suggestion template)``;
templates are ``str.format`` strings over the finding's parameters.
Indonesian (``id``) is the default; ``en`` mirrors it.
"""

from __future__ import annotations

LANGS = ("id", "en")

MESSAGES: dict[str, dict[str, tuple[str, str, str]]] = {
    "id": {
        "numbering-gap": (
            "Nomor terlewat",
            "{kind_word} {missing} tidak ada: sesudah {kind_word} {after} langsung {kind_word} {label}.",
            "Beri nomor berurutan: sisipkan {kind_word} {missing} atau nomori ulang."),
        "numbering-repeated": (
            "Nomor berulang",
            "{kind_word} {label} dipakai dua kali{within}.",
            "Beri nomor berurutan tanpa pengulangan."),
        "numbering-order": (
            "Urutan nomor salah",
            "{kind_word} {label} muncul sesudah {kind_word} {after}.",
            "Urutkan nomor {kind_word} dari kecil ke besar."),
        "numbering-wrong": (
            "Nomor salah",
            "{kind_word} {label} berada di antara {kind_word} {after} dan {kind_word} {next}: seharusnya {kind_word} {expected}.",
            "Ganti nomornya menjadi {expected}."),
        "ayat-as-angka": (
            "Ayat bernomor seperti angka",
            "Ayat {cite} bernomor '1.', '2.', ... padahal dirujuk sebagai '{phrase}'.",
            "Beri nomor ayat dalam kurung: (1), (2), ..."),
        "single-ayat": (
            "Ayat tunggal",
            "{cite} hanya memiliki satu ayat yang diberi nomor (1).",
            "Hapus nomor ayat (1): Pasal yang tidak dirinci tidak diberi nomor ayat."),
        "target-missing": (
            "Rujukan ke ketentuan yang tidak ada",
            "{target} yang dirujuk dalam '{phrase}' tidak ada dalam rancangan ini{nearest}.",
            "Perbaiki rujukan ke ketentuan yang dimaksud."),
        "self-reference": (
            "Rujukan ke diri sendiri",
            "{cite} merujuk pada dirinya sendiri ({target}) dalam '{phrase}'.",
            "Rujuk ketentuan lain yang dimaksud, atau hapus rujukan."),
        "preposition-pada": (
            "'pada' untuk Pasal lain",
            "'sebagaimana dimaksud pada' dipakai untuk {target}, yang berada di luar {pasal}.",
            "Gunakan 'sebagaimana dimaksud dalam {target}'."),
        "preposition-dalam": (
            "'dalam' untuk ayat dalam Pasal yang sama",
            "'sebagaimana dimaksud dalam' dipakai untuk {target}, yang berada dalam {pasal} itu sendiri.",
            "Gunakan 'sebagaimana dimaksud pada {relative}'."),
        "malformed-reference": (
            "Frasa pengacuan tidak baku",
            "Frasa pengacuan '{phrase}' tidak baku: {detail}",
            "Tulis 'sebagaimana dimaksud dalam Pasal ...' atau 'sebagaimana dimaksud pada ayat ...'."),
        "backward-range": (
            "Rentang terbalik",
            "Rentang '{range}' terbalik: ujung awal sesudah ujung akhir.",
            "Tulis rentang dari nomor kecil ke nomor besar."),
        "single-item-range": (
            "Rentang satu unsur",
            "Rentang '{range}' hanya berisi satu ketentuan.",
            "Sebut ketentuan itu sekali tanpa 'sampai dengan'."),
        "range-needed": (
            "Perlu 'sampai dengan'",
            "'{phrase}' menyebut satu per satu {count} ketentuan yang berurutan ({first} sampai dengan {last}).",
            "Tulis '{first} sampai dengan {last}'."),
        "range-of-two": (
            "'sampai dengan' untuk dua ketentuan",
            "Rentang '{range}' hanya meliputi dua ketentuan yang berurutan.",
            "Tulis '{first} dan {last}'."),
        "range-mismatch": (
            "Ujung rentang tidak setingkat",
            "Ujung rentang '{range}' tidak setingkat.",
            "Tulis rentang antara dua ketentuan yang setingkat dalam satu induk."),
        "forbidden-reference": (
            "Pengacuan tidak jelas",
            "Pengacuan '{phrase}' tidak menyebut ketentuan yang diacu.",
            "Sebut nomor Pasal atau ayat yang diacu dengan 'sebagaimana dimaksud dalam/pada'."),
        "item-end": (
            "Rincian tanpa titik koma",
            "Rincian {cite} tidak diakhiri tanda titik koma: '...{tail}'.",
            "Akhiri setiap rincian selain yang terakhir dengan ';'."),
        "item-conjunction": (
            "Rincian tanpa kata penghubung",
            "Rincian {cite}, rincian kedua dari terakhir, tidak diakhiri 'dan', 'atau', atau 'dan/atau': '...{tail}'.",
            "Tambahkan 'dan' (kumulatif), 'atau' (alternatif), atau 'dan/atau' sesudah ';'."),
        "lead-in-colon": (
            "Kalimat pembuka rincian tanpa titik dua",
            "Kalimat pembuka rincian {cite} tidak diakhiri titik dua: '...{tail}'.",
            "Akhiri kalimat pembuka rincian dengan ':'."),
        "number-words": (
            "Bilangan tanpa kata",
            "Bilangan '{number}' dalam {cite} tidak diikuti kata dalam kurung.",
            "Tulis '{number} ({words})'."),
        "number-words-mismatch": (
            "Bilangan dan kata tidak sesuai",
            "Bilangan '{number}' dalam {cite} ditulis dengan kata '({written})'.",
            "Tulis '{number} ({words})'."),
        "konsiderans-form": (
            "Bentuk konsiderans",
            "Butir konsiderans {cite} tidak {what}: '{excerpt}'.",
            "Awali setiap butir konsiderans dengan 'bahwa' dan akhiri dengan ';'."),
        "penutup-formula": (
            "Ketentuan penutup",
            "Rancangan {what}.",
            "Akhiri batang tubuh dengan saat mulai berlaku dan rumusan pengundangan "
            "yang menyebut tempat pengundangannya."),
        "penal-provision": (
            "Ketentuan pidana",
            "{jenis} memuat ketentuan pidana ('{phrase}') di {cite}.",
            "Ketentuan pidana hanya dapat dimuat dalam undang-undang dan peraturan daerah; "
            "hapus ketentuan itu."),
        "definition-unused": (
            "Istilah tidak dipakai",
            "Istilah '{term}' didefinisikan dalam {cite} tetapi tidak dipakai di bagian lain.",
            "Hapus definisi itu, atau pakai istilahnya."),
        "definition-repeated": (
            "Istilah didefinisikan dua kali",
            "Istilah '{term}' didefinisikan dua kali: {first} dan {cite}.",
            "Definisikan setiap istilah sekali."),
        "definition-lowercase": (
            "Istilah ditulis dengan huruf kecil",
            "Istilah '{term}' ({defined}) ditulis '{written}' dalam {cite}.",
            "Tulis istilah yang didefinisikan persis seperti dalam definisinya: '{term}'."),
        "norm-conflict": (
            "Norma bertentangan",
            "{cite} dan {other} bertentangan tentang {question_label}{case}: menurut {cite} "
            "{value}, menurut {other} {other_value}.",
            "Selaraskan kedua ketentuan, atau nyatakan yang satu sebagai pengecualian yang "
            "lain dengan tegas (\"Khusus pada ...\", \"kecuali ...\")."),
        "norm-change": (
            "Jawaban berubah terhadap peraturan yang berlaku",
            "Jawaban tentang {question_label}{case} berubah terhadap peraturan {regency}: "
            "sebelumnya {before_values}; dalam rancangan {after_values}.",
            "Pastikan perubahan ini memang dimaksudkan."),
        "norm-departure": (
            "Rancangan menyimpang dari semua peraturan lain",
            "Tidak ada peraturan lain yang menjawab {question_label}{case} seperti rancangan "
            "({after_values}): {others}.",
            "Pastikan penyimpangan ini memang dimaksudkan."),
        "norm-unchecked": (
            "Norma tidak diperiksa",
            "Pertentangan norma tidak diperiksa: {reason}.",
            "Periksa rancangan yang lebih kecil, atau jalankan perbup check di komputer sendiri."),
    },
    "en": {
        "numbering-gap": (
            "Number skipped",
            "{kind_word} {missing} is missing: {kind_word} {after} is followed by {kind_word} {label}.",
            "Number consecutively: insert {kind_word} {missing} or renumber."),
        "numbering-repeated": (
            "Number repeated",
            "{kind_word} {label} is used twice{within}.",
            "Number consecutively without repeating."),
        "numbering-order": (
            "Numbers out of order",
            "{kind_word} {label} comes after {kind_word} {after}.",
            "Order the {kind_word} numbers from low to high."),
        "numbering-wrong": (
            "Wrong number",
            "{kind_word} {label} stands between {kind_word} {after} and {kind_word} {next}: it should be {kind_word} {expected}.",
            "Change its number to {expected}."),
        "ayat-as-angka": (
            "Ayat numbered like angka",
            "The ayat of {cite} are numbered '1.', '2.', ... yet cited as '{phrase}'.",
            "Number ayat in brackets: (1), (2), ..."),
        "single-ayat": (
            "Single ayat",
            "{cite} has a single ayat numbered (1).",
            "Drop the number (1): a Pasal that is not divided has no numbered ayat."),
        "target-missing": (
            "Reference to a missing provision",
            "{target}, cited in '{phrase}', does not exist in this draft{nearest}.",
            "Correct the reference to the provision meant."),
        "self-reference": (
            "Self-reference",
            "{cite} cites itself ({target}) in '{phrase}'.",
            "Cite the other provision meant, or drop the reference."),
        "preposition-pada": (
            "'pada' for another Pasal",
            "'sebagaimana dimaksud pada' is used for {target}, which is outside {pasal}.",
            "Write 'sebagaimana dimaksud dalam {target}'."),
        "preposition-dalam": (
            "'dalam' within the same Pasal",
            "'sebagaimana dimaksud dalam' is used for {target}, which is inside {pasal} itself.",
            "Write 'sebagaimana dimaksud pada {relative}'."),
        "malformed-reference": (
            "Malformed reference phrase",
            "The reference phrase '{phrase}' does not follow the drafting forms: {detail}",
            "Write 'sebagaimana dimaksud dalam Pasal ...' or 'sebagaimana dimaksud pada ayat ...'."),
        "backward-range": (
            "Backward range",
            "The range '{range}' runs backwards.",
            "Write the range from the lower number to the higher."),
        "single-item-range": (
            "Single-item range",
            "The range '{range}' holds a single provision.",
            "Cite that provision once, without 'sampai dengan'."),
        "range-needed": (
            "'sampai dengan' needed",
            "'{phrase}' lists {count} consecutive provisions one by one ({first} to {last}).",
            "Write '{first} sampai dengan {last}'."),
        "range-of-two": (
            "'sampai dengan' for two provisions",
            "The range '{range}' covers only two consecutive provisions.",
            "Write '{first} dan {last}'."),
        "range-mismatch": (
            "Range ends of different levels",
            "The ends of the range '{range}' are not of the same level.",
            "Write a range between two siblings of one parent."),
        "forbidden-reference": (
            "Vague reference",
            "The reference '{phrase}' does not name the provision it refers to.",
            "Name the Pasal or ayat with 'sebagaimana dimaksud dalam/pada'."),
        "item-end": (
            "List item without semicolon",
            "List item {cite} does not end with a semicolon: '...{tail}'.",
            "End every item but the last with ';'."),
        "item-conjunction": (
            "List without conjunction",
            "List item {cite}, the item before the last, does not carry 'dan', 'atau' or 'dan/atau': '...{tail}'.",
            "Add 'dan' (cumulative), 'atau' (alternative) or 'dan/atau' after the ';'."),
        "lead-in-colon": (
            "List lead-in without colon",
            "The lead-in of the list of {cite} does not end with a colon: '...{tail}'.",
            "End the lead-in with ':'."),
        "number-words": (
            "Number without words",
            "The number '{number}' in {cite} is not followed by its words in brackets.",
            "Write '{number} ({words})'."),
        "number-words-mismatch": (
            "Number and words disagree",
            "The number '{number}' in {cite} is written in words as '({written})'.",
            "Write '{number} ({words})'."),
        "konsiderans-form": (
            "Konsiderans form",
            "The konsiderans point {cite} does not {what}: '{excerpt}'.",
            "Begin every konsiderans point with 'bahwa' and end it with ';'."),
        "penutup-formula": (
            "Closing provisions",
            "The draft {what}.",
            "End the batang tubuh with its commencement and the engagement formula naming "
            "where it is promulgated."),
        "penal-provision": (
            "Criminal provision",
            "The {jenis} contains a criminal provision ('{phrase}') in {cite}.",
            "Criminal provisions belong only in laws and Peraturan Daerah; remove it."),
        "definition-unused": (
            "Defined term not used",
            "The term '{term}' is defined in {cite} but used nowhere else.",
            "Drop the definition, or use the term."),
        "definition-repeated": (
            "Term defined twice",
            "The term '{term}' is defined twice: {first} and {cite}.",
            "Define each term once."),
        "definition-lowercase": (
            "Defined term in lowercase",
            "The term '{term}' ({defined}) is written '{written}' in {cite}.",
            "Write a defined term exactly as its definition does: '{term}'."),
        "norm-conflict": (
            "Conflicting norms",
            "{cite} and {other} conflict on “{question_label}”{case}: {cite} says "
            "{value}, {other} says {other_value}.",
            "Make the two provisions agree, or state that one is an exception to the other "
            "(\"Khusus pada ...\", \"kecuali ...\")."),
        "norm-change": (
            "Answer changed from the enacted regulation",
            "The answer on “{question_label}”{case} differs from the enacted {regency}: "
            "before {before_values}; in the draft {after_values}.",
            "Make sure the change is intended."),
        "norm-departure": (
            "The draft departs from every other regulation",
            "No other regulation answers “{question_label}”{case} as the draft does "
            "({after_values}): {others}.",
            "Make sure the departure is intended."),
        "norm-unchecked": (
            "Norms not checked",
            "Conflicts between norms were not checked: {reason}.",
            "Check a smaller draft, or run perbup check on your own machine."),
    },
}

# Why a norm finding holds (the finding's "explanation"), per language.
EXPLANATIONS = {
    "id": {
        "norm-conflict": (
            "Kedua ketentuan menjawab pertanyaan yang sama ({question_label}) untuk kasus "
            "yang sama ({about}{case}) dengan jawaban yang tidak dapat sama-sama berlaku. "
            "Tidak ada yang mengesampingkan yang lain: lingkup keduanya tidak lebih khusus "
            "satu dari yang lain, tidak ada kata pengecualian, syarat, atau varian struktur "
            "yang memisahkan keduanya (asas lex specialis dan pengecualian)."),
        "norm-change": (
            "Pertanyaan yang sama ({question_label}{case}) diajukan kepada norma teks "
            "peraturan {regency} yang berlaku dan kepada norma rancangan, keduanya dibaca "
            "dengan pembaca norma yang sama; jawabannya berbeda."),
    },
    "en": {
        "norm-conflict": (
            "Both provisions answer the same question ({question_label}) for the same case "
            "({about}{case}) with answers that cannot both hold. Neither sets the other aside: "
            "neither scope is narrower than the other, and no words of exception, condition "
            "or structural variant keep them apart (lex specialis and exceptions)."),
        "norm-change": (
            "The same question ({question_label}{case}) was asked of the norms of the enacted "
            "{regency} text and of the draft's norms, both read by the same extractor; the "
            "answers differ."),
    },
}

CASE_UNIT = {"id": " pada {unit}", "en": " in {unit}"}

# Words for the kinds of provision, per language.
KIND_WORDS = {
    "id": {"bab": "BAB", "bagian": "Bagian", "paragraf": "Paragraf", "pasal": "Pasal",
           "ayat": "ayat", "huruf": "huruf", "angka": "angka", "butir": "butir"},
    "en": {"bab": "BAB", "bagian": "Bagian", "paragraf": "Paragraf", "pasal": "Pasal",
           "ayat": "ayat", "huruf": "huruf", "angka": "angka", "butir": "item"},
}

# Other phrases.
PHRASES = {
    "id": {"within": " dalam {cite}", "nearest": "; yang ada: {cites}",
           "parse-error": "Teks tidak dapat dibaca sebagai peraturan: {message}",
           "summary": "{errors} kesalahan, {warnings} peringatan, {infos} info",
           "line": "baris", "why": "sebab", "suggestion": "saran", "source": "dasar", "none": "Tidak ada temuan.",
           "not-regulated": "tidak diatur"},
    "en": {"within": " in {cite}", "nearest": "; existing: {cites}",
           "parse-error": "The text cannot be read as a regulation: {message}",
           "summary": "{errors} errors, {warnings} warnings, {infos} info",
           "line": "line", "why": "why", "suggestion": "suggestion", "source": "basis", "none": "No findings.",
           "not-regulated": "not regulated"},
}


# The structure parser's errors (English, as pyapi.structure raises them), worded
# for a drafter: (pattern, Indonesian template).
import re as _re

_PARSE_ERRORS = (
    (r"empty text: nothing to parse", "teks kosong: tidak ada yang dapat dibaca"),
    (r"not a regulation: no Pasal heading found", "bukan peraturan: tidak ada judul Pasal"),
    (r"not a regulation: no heading naming its kind.*",
     'bukan peraturan: tidak ada kepala yang menyebut jenisnya ("PERATURAN BUPATI", '
     '"PERATURAN WALI KOTA", "PERATURAN DAERAH", "UNDANG-UNDANG", ...)'),
    (r'(\w+) "(.*)" outside any Pasal', '{0} "{1}" berada di luar Pasal mana pun'),
    (r"cannot read line (\d+): (.*)", "baris {0} tidak dapat dibaca: {1}"),
    (r"text must be a string", "teks harus berupa string"),
)


def parse_error(message: str, lang: str = "id") -> str:
    """A structure error's message in ``lang`` (the parser words it in English)."""
    if _lang(lang) == "en":
        return message
    for pattern, template in _PARSE_ERRORS:
        m = _re.fullmatch(pattern, message)
        if m:
            return template.format(*m.groups())
    return message


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "id"


def rule_title(rule: str, lang: str = "id") -> str:
    return MESSAGES[_lang(lang)][rule][0]


def word(kind: str, lang: str = "id") -> str:
    return KIND_WORDS[_lang(lang)].get(kind, kind)


def phrase(key: str, lang: str = "id", **params) -> str:
    return PHRASES[_lang(lang)][key].format(**params)


def _values(params: dict, lang: str) -> dict:
    values = {k: (v.get(lang, v.get("id")) if isinstance(v, dict) and "id" in v else v)
              for k, v in params.items()}
    if "question" in values:
        # the question as the vocabulary names it (kb/vocabulary.pl, given
        # by the engine with the finding)
        values.setdefault("question_label", values["question"])
        unit = values.get("unit")
        values["case"] = CASE_UNIT[lang].format(unit=unit) if unit else ""
    return values


def render_explanation(rule: str, params: dict, lang: str = "id") -> str | None:
    """Why a finding holds, for the rules that say it (else None)."""
    lang = _lang(lang)
    template = EXPLANATIONS[lang].get(rule)
    if template is None:
        return None
    return template.format_map(_Missing(_values(params, lang)))


def render(rule: str, params: dict, lang: str = "id") -> tuple[str, str]:
    """(message, suggestion) of a finding in ``lang``."""
    lang = _lang(lang)
    _, message, suggestion = MESSAGES[lang][rule]
    values = _values(params, lang)
    if "kind" in values:
        values["kind_word"] = word(values["kind"], lang)
    values["within"] = phrase("within", lang, cite=values["within"]) if values.get("within") else ""
    nearest = values.get("nearest")
    values["nearest"] = phrase("nearest", lang, cites=", ".join(nearest)) if nearest else ""
    return message.format_map(_Missing(values)), suggestion.format_map(_Missing(values))


class _Missing(dict):
    def __missing__(self, key):      # a template may name a parameter a finding lacks
        return "…"
