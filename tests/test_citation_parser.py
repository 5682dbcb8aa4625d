"""Citation parser and printer: every DOMAIN.md form, errors, round trip, fuzz."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyapi.citation import CitationSyntaxError, format_citation, parse, parse_prefix
from pyapi.citation.model import Citation, Designator, Range, Target

_num = st.integers(min_value=1, max_value=300).map(str)
_pasal_label = st.one_of(_num, st.tuples(_num, st.sampled_from("ABC")).map("".join))
_lower = st.sampled_from("abcdefghijklmnopqrstuvwxyz")
_letter = st.one_of(_lower, st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), st.just("aa"))
_dotted = st.lists(st.integers(1, 20).map(str), min_size=1, max_size=3).map(".".join)
_roman = st.sampled_from(["I", "II", "III", "IV", "V", "IX", "X", "XII"])


def _huruf_slot(letters=_lower):
    return st.one_of(letters.map(lambda x: ("huruf", x)), letters.map(lambda x: ("butir", x)))


def _angka_slot(numbers=_num):
    return st.one_of(numbers.map(lambda x: ("angka", x)), _num.map(lambda x: ("butir", x)))


@st.composite
def batang_tubuh_path(draw) -> tuple:
    """A path of the batang tubuh, absolute (from Pasal) or relative (from a deeper level)."""
    slots = [_pasal_label.map(lambda x: ("pasal", x)), _num.map(lambda x: ("ayat", x)),
             _huruf_slot(), _angka_slot()]
    first = draw(st.integers(0, 3))
    steps = [draw(slots[first])]
    for slot in slots[first + 1:]:
        if draw(st.booleans()):
            steps.append(draw(slot))
    return tuple(steps)


@st.composite
def lampiran_path(draw) -> tuple:
    head = ("lampiran", draw(st.one_of(st.just(""), _roman)))
    step = st.one_of(_roman.map(lambda x: ("bab", x)), _dotted.map(lambda x: ("tabel", x)),
                     _huruf_slot(_letter), _angka_slot(_dotted))
    return (head, *draw(st.lists(step, max_size=3)))


preamble_path = st.one_of(
    st.tuples(st.just(("menimbang", "")), _huruf_slot()),
    st.just((("menimbang", ""),)),
    st.tuples(st.just(("mengingat", "")), _angka_slot()),
)

target = st.one_of(batang_tubuh_path(), lampiran_path(), preamble_path).map(Target)
item = st.one_of(target, st.builds(Range, target, target))

_name_word = st.sampled_from(["Pekalongan", "Tabalong", "Lombok", "Barat", "Pendayagunaan", "Aparatur",
                              "Negara", "Reformasi", "Birokrasi", "Dalam", "Negeri", "Republik",
                              "Indonesia", "Kabupaten", "Bantul", "PANRB"])
_name = st.lists(st.one_of(_name_word, _name_word.map(lambda w: f"dan {w}")), min_size=1, max_size=5) \
    .filter(lambda ws: not ws[0].startswith("dan ")).map(" ".join)
_jenis = st.sampled_from(["Peraturan Bupati", "Peraturan Menteri", "Peraturan Daerah", "Undang-Undang",
                          "Undang-Undang Dasar", "Peraturan Pemerintah", "Peraturan Presiden",
                          "Keputusan Bupati"])
designator = st.one_of(
    st.builds(Designator, jenis=_jenis, nama=st.none() | _name,
              nomor=st.none() | st.integers(1, 200).map(str),
              tahun=st.integers(1945, 2030).map(str)),
    st.builds(Designator, jenis=_jenis, this=st.just(True)),
)


@st.composite
def citation(draw) -> Citation:
    items = tuple(draw(st.lists(item, max_size=4)))
    des = draw(designator if not items else st.none() | designator)
    return Citation(items=items, designator=des, preposition=draw(st.sampled_from([None, "pada", "dalam"])))


def T(*steps) -> Target:
    return Target(tuple(steps))


P10 = ("pasal", "10")
PEKALONGAN = Designator("Peraturan Bupati", "Pekalongan", "52", "2024")

FORMS = [
    ("Pasal 10", Citation((T(P10),))),
    ("Pasal 10 ayat (2)", Citation((T(P10, ("ayat", "2")),))),
    ("Pasal 10 ayat (2) huruf a", Citation((T(P10, ("ayat", "2"), ("huruf", "a")),))),
    ("Pasal 10 ayat (2) huruf a angka 1",
     Citation((T(P10, ("ayat", "2"), ("huruf", "a"), ("angka", "1")),))),
    ("Pasal 1 angka 32", Citation((T(("pasal", "1"), ("angka", "32")),))),
    ("ayat (1) huruf c", Citation((T(("ayat", "1"), ("huruf", "c")),))),
    ("huruf a)", Citation((T(("butir", "a")),))),
    ("ayat 1 (satu)", Citation((T(("ayat", "1")),))),
    ("ayat 12 (dua belas)", Citation((T(("ayat", "12")),))),
    ("Ayat (6)", Citation((T(("ayat", "6")),))),
    ("pasal 10", Citation((T(P10),))),
    ("Pasal 9 sampai dengan Pasal 17", Citation((Range(T(("pasal", "9")), T(("pasal", "17"))),))),
    ("Pasal 24 dan Pasal 25", Citation((T(("pasal", "24")), T(("pasal", "25"))))),
    ("Pasal 7, Pasal 11, dan Pasal 14",
     Citation((T(("pasal", "7")), T(("pasal", "11")), T(("pasal", "14"))))),
    ("ayat (3) dan (5)", Citation((T(("ayat", "3")), T(("ayat", "5"))))),
    ("ayat (1), ayat (2) dan ayat (3)",
     Citation((T(("ayat", "1")), T(("ayat", "2")), T(("ayat", "3"))))),
    ("huruf a, huruf b, dan huruf c",
     Citation((T(("huruf", "a")), T(("huruf", "b")), T(("huruf", "c"))))),
    ("sebagaimana dimaksud pada ayat (1)", Citation((T(("ayat", "1")),), preposition="pada")),
    ("sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf a",
     Citation((T(("pasal", "3"), ("ayat", "2"), ("huruf", "a")),), preposition="dalam")),
    ("Pasal 10 ayat (2) huruf a angka 2 dan huruf b",
     Citation((T(P10, ("ayat", "2"), ("huruf", "a"), ("angka", "2")), T(("huruf", "b"))))),
    ("Pasal 25 ayat (2) Peraturan Bupati Pekalongan Nomor 52 Tahun 2024",
     Citation((T(("pasal", "25"), ("ayat", "2")),), PEKALONGAN)),
    ("Pasal 25 Perbup Pekalongan 52/2024", Citation((T(("pasal", "25")),), PEKALONGAN)),
    ("Pasal 25 Perbup Pekalongan No. 52 Tahun 2024", Citation((T(("pasal", "25")),), PEKALONGAN)),
    ("Lampiran", Citation((T(("lampiran", "")),))),
    ("Lampiran Tabel 3.3", Citation((T(("lampiran", ""), ("tabel", "3.3")),))),
    ("Lampiran huruf A angka 1", Citation((T(("lampiran", ""), ("huruf", "A"), ("angka", "1")),))),
    ("Lampiran II BAB I huruf A", Citation((T(("lampiran", "II"), ("bab", "I"), ("huruf", "A")),))),
    ("Menimbang huruf d", Citation((T(("menimbang", ""), ("huruf", "d")),))),
    ("sebagaimana dimaksud dalam Peraturan Bupati ini",
     Citation((), Designator("Peraturan Bupati", this=True), "dalam")),
    ("Pasal 18 Ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
     Citation((T(("pasal", "18"), ("ayat", "6")),),
              Designator("Undang-Undang Dasar", "Negara Republik Indonesia", None, "1945"))),
    ("Pasal 25 Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022",
     Citation((T(("pasal", "25")),), Designator(
         "Peraturan Menteri", "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "7", "2022"))),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[f[0] for f in FORMS])
def test_reads_every_documented_form(text, expected):
    assert parse(text) == expected
    assert parse(format_citation(expected)) == expected


@pytest.mark.parametrize("citation,text", [
    (Citation((T(("ayat", "3")), T(("ayat", "5")))), "ayat (3) dan ayat (5)"),
    (Citation((T(("ayat", "1")), T(("ayat", "2")), T(("ayat", "3"))), preposition="pada"),
     "sebagaimana dimaksud pada ayat (1), ayat (2), dan ayat (3)"),
    (Citation((T(("pasal", "25")),), PEKALONGAN),
     "Pasal 25 Peraturan Bupati Pekalongan Nomor 52 Tahun 2024"),
    (Citation((T(("butir", "a")), T(("butir", "1")))), "huruf a) dan angka 1)"),
])
def test_canonical_printing(citation, text):
    assert format_citation(citation) == text


def test_citation_values_are_hashable():
    assert len({parse("pasal 10"), parse("Pasal 10"), parse("Pasal  10")}) == 1


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(citation())
def test_round_trip(c):
    assert parse(format_citation(c)) == c


@pytest.mark.parametrize("text,column,expected", [
    ("Pasal", 6, ["nomor Pasal"]),
    ("Pasal x", 7, ["nomor Pasal"]),
    ("Pasal 10 ayat 2)", 16, ["nomor dalam kata, mis. '(satu)'"]),
    ("ayat 1 (dua)", 8, ["'(satu)'"]),
    ("sebagaimana dimaksud Pasal 3", 22, ["'pada' atau 'dalam'"]),
    ("sebagaimana pasal 12", 13, ["'dimaksud' sesudah 'sebagaimana'"]),
    ("Pasal 3 sampai Pasal 5", 16, ["'dengan' sesudah 'sampai'"]),
    ("Pasal 3 Peraturan Bupati Pekalongan Nomor 5", 44, ["'Tahun'"]),
    ("huruf", 6, ["huruf (a, b, c, ...)"]),
])
def test_syntax_errors_speak_to_drafters(text, column, expected):
    with pytest.raises(CitationSyntaxError) as info:
        parse(text)
    error = info.value
    assert isinstance(error, ValueError)
    assert (error.column, error.expected) == (column, expected)
    assert f"kolom {column}" in str(error)


def test_error_after_ayat_asks_for_bracketed_number():
    with pytest.raises(CitationSyntaxError) as info:
        parse("Pasal 10 ayat x")
    assert info.value.column == 15
    assert info.value.expected == ["nomor ayat", "nomor ayat dalam kurung, mis. 'ayat (1)'"]


def test_parse_prefix_takes_the_longest_citation():
    text = "sesuai sebagaimana dimaksud dalam Pasal 13, terdiri atas"
    citation, end = parse_prefix(text, 7)
    assert text[7:end] == "sebagaimana dimaksud dalam Pasal 13"
    assert citation == Citation((T(("pasal", "13")),), preposition="dalam")
    text = "Pasal 25 Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan"
    citation, end = parse_prefix(text)
    assert text[:end].endswith("Tahun 2015")
    assert citation.designator.nama == "Dalam Negeri"


_TOKENS = ["Pasal", "pasal", "ayat", "Ayat", "(", ")", "(1)", "1", "10", "3.3", "huruf", "a", "a)", "A",
           "angka", "dan", ",", "sampai", "dengan", "sebagaimana", "dimaksud", "pada", "dalam",
           "(satu)", "Lampiran", "I", "Tabel", "BAB", "Menimbang", "Peraturan Bupati", "Perbup",
           "Pekalongan", "Nomor", "No.", "Tahun", "2024", "52/2024", "/", "ini", "\n", "tentang"]


@settings(max_examples=600)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join)))
def test_fuzz_only_citation_syntax_errors(text):
    try:
        result = parse(text)
    except CitationSyntaxError as error:
        assert 1 <= error.column <= len(text) + 1
        assert error.expected or error.found == ""
    else:
        assert isinstance(result, Citation)
        assert parse(format_citation(result)) == result
