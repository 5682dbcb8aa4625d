"""Parse citation phrases (grammar/citation.lark) into :class:`Citation` values.

The LALR parser is built once per process (grammar analysis cached on disk by
Lark), lexes with the lean contextual lexer of :mod:`.lexer` and applies the
transformer inline, so no parse tree is built (see scripts/bench_citation.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from .. import resources
from .errors import CitationSyntaxError, describe
from .lexer import FastContextualLexer
from .model import Citation, Designator, Range, Target
from .words import terbilang

GRAMMAR = resources.GRAMMAR / "citation.lark"

_JENIS_SHORT = {
    "perbup": "Peraturan Bupati",
    "perda": "Peraturan Daerah",
    "perpres": "Peraturan Presiden",
}


def _canonical_jenis(raw: str) -> str:
    """"PERATURAN  BUPATI" -> "Peraturan Bupati"; "Perbup" -> "Peraturan Bupati"."""
    raw = re.sub(r"(?i)\bundang\s+undang", "Undang-Undang", raw)     # OCR: "Undang undang"
    short = _JENIS_SHORT.get(raw.lower())
    if short:
        return short
    if raw.lower().startswith("permen"):
        return raw
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in raw.split())


def _unbracket(token: Token) -> str:
    return token[1:-1].strip()


def _numbered(kind: str, children) -> tuple[str, str]:
    """A numbered step: "huruf a)" is a deeper item (kind butir); a bracketed
    heading after the number qualifies it where the text repeats the number
    (pyapi/structure/public.py)."""
    label = str(children[0])
    heading = next((str(c) for c in children[1:] if getattr(c, "type", "") == "HEADING"), None)
    closed = any(getattr(c, "type", "") == "CLOSE" for c in children[1:])
    if heading is not None:
        from pyapi.structure.public import qualified

        label = qualified(label, " ".join(heading.strip()[1:-1].strip()[1:-1].split()))
    return ("butir" if closed else kind, label)


class _SpelledMismatch(Exception):
    def __init__(self, token: Token, wanted: str):
        self.token, self.wanted = token, wanted


class _Build(Transformer):
    """Builds model values bottom-up; one method per grammar rule."""

    def start(self, children):
        preposition, items, designator = None, (), None
        for child in children:
            if isinstance(child, str):
                preposition = child
            elif isinstance(child, Designator):
                designator = child
            else:
                items = child
        return Citation(items=items, designator=designator, preposition=preposition)

    def frame(self, children):
        return children[-1].lower()

    def items(self, children):
        return tuple(children)

    def item(self, children):
        return children[0] if len(children) == 1 else Range(children[0], children[1])

    def short_ayat(self, children):
        return Target((("ayat", _unbracket(children[0])),))

    def _path(self, children):
        return Target(tuple(children))

    ayat_path = huruf_path = angka_path = lampiran_path = _path

    def pasal_path(self, children):
        return Target((("pasal", str(children[0])), *children[1:]))

    def preamble_path(self, children):
        head = (str(children[0]).lower(), "")
        return Target((head, *children[1:]))

    def ayat(self, children):
        if len(children) == 1:
            return ("ayat", _unbracket(children[0]))
        number = str(children[0])
        if len(children) == 2:
            spelled = " ".join(str(children[1])[1:-1].split()).lower()
            wanted = terbilang(int(number)) if number.isdigit() and 0 < int(number) < 1000 else None
            if wanted is not None and spelled != wanted:
                raise _SpelledMismatch(children[1], wanted)
        return ("ayat", number)

    def huruf(self, children):
        return _numbered("huruf", children)

    def angka(self, children):
        return _numbered("angka", children)

    def lampiran(self, children):
        return ("lampiran", str(children[0]) if children else "")

    def bab(self, children):
        return _numbered("bab", children)

    def tabel(self, children):
        return _numbered("tabel", children)

    def baris(self, children):
        return ("baris", str(children[0]))

    def code_designator(self, children):
        return Designator(jenis=" ".join(str(children[0]).split()), code=True)

    def this_document(self, children):
        return Designator(jenis=_canonical_jenis(str(children[0])), this=True)

    def full_designator(self, children):
        jenis, *rest = children
        fields = {"nama": None, "nomor": None, "tahun": None}
        for kind, value in rest:
            fields[kind] = value
        return Designator(jenis=_canonical_jenis(str(jenis)), **fields)

    def short_designator(self, children):
        jenis, *rest = children
        nama = rest[0][1] if len(rest) == 3 else None
        return Designator(jenis=_canonical_jenis(str(jenis)), nama=nama,
                          nomor=str(rest[-2]), tahun=str(rest[-1]))

    def name(self, children):
        return ("nama", " ".join(str(c) for c in children))

    def conj(self, children):
        return "dan"

    def nomor(self, children):
        return ("nomor", str(children[0]))

    def tahun(self, children):
        return ("tahun", str(children[0]))


@lru_cache(maxsize=1)
def _lark() -> Lark:
    return Lark(GRAMMAR.read_text(encoding="utf-8"), parser="lalr", lexer=FastContextualLexer,
                transformer=_Build(), cache=True)


# The token before an error sharpens the words of the message.
_PREVIOUS = [
    (re.compile(r"\(\s*$"), "LPAR"),
    (re.compile(r"/\s*$"), "SLASH"),
    (re.compile(r"(?i)\bpasal\s*$"), "_PASAL"),
    (re.compile(r"(?i)\bayat\s*$"), "_AYAT"),
    (re.compile(r"(?i)\bhuruf\s*$"), "_HURUF"),
    (re.compile(r"(?i)\bangka\s*$"), "_ANGKA"),
    (re.compile(r"(?i)\btabel\s*$"), "_TABEL"),
    (re.compile(r"(?i)(\bnomor|\bno\.)\s*$"), "_NOMOR"),
    (re.compile(r"(?i)\btahun\s*$"), "_TAHUN"),
    (re.compile(r"\d\s*$"), "NUM"),
]


def _previous_terminal(before: str) -> str | None:
    for pattern, name in _PREVIOUS:
        if pattern.search(before):
            return name
    return None


# Two-word keywords are single terminals; when only the first word is there,
# point at the word after it.
_HALF_KEYWORDS = [
    (re.compile(r"(?i)sebagaimana\s+"), "_SEBAGAIMANA_DIMAKSUD", "'dimaksud' sesudah 'sebagaimana'"),
    (re.compile(r"(?i)sampai\s+"), "_SAMPAI_DENGAN", "'dengan' sesudah 'sampai'"),
]


def _half_keyword(text: str, pos: int, allowed) -> CitationSyntaxError | None:
    for pattern, terminal, wanted in _HALF_KEYWORDS:
        match = pattern.match(text, pos)
        if match and terminal in allowed:
            rest = text[match.end():].split(maxsplit=1)
            return CitationSyntaxError(text, match.end() + 1, [wanted], rest[0] if rest else "")
    return None


def _syntax_error(text: str, exc: Exception) -> CitationSyntaxError:
    if isinstance(exc, UnexpectedCharacters):
        half = _half_keyword(text, exc.pos_in_stream, exc.allowed or ())
        if half:
            return half
    if isinstance(exc, _SpelledMismatch):
        pos = exc.token.start_pos
        return CitationSyntaxError(text, pos + 1, [f"'({exc.wanted})'"], str(exc.token))
    if isinstance(exc, UnexpectedCharacters):
        pos, expected = exc.pos_in_stream, exc.allowed
        found = text[pos:].split(maxsplit=1)[0] if text[pos:].strip() else ""
    elif isinstance(exc, UnexpectedToken) and exc.token.type != "$END":
        pos, expected, found = exc.token.start_pos, exc.expected, str(exc.token)
    else:  # end of input
        pos, expected, found = len(text.rstrip()), getattr(exc, "expected", set()), ""
    return CitationSyntaxError(text, pos + 1, describe(expected, _previous_terminal(text[:pos])), found)


def parse(text: str) -> Citation:
    """Parse one whole citation phrase; raises :class:`CitationSyntaxError`."""
    try:
        return _lark().parse(text)
    except (UnexpectedInput, _SpelledMismatch) as exc:
        raise _syntax_error(text, exc) from None


def parse_prefix(text: str, start: int = 0, limit: int = 400) -> tuple[Citation, int]:
    """The longest citation at ``text[start:]``: ``(citation, end offset in text)``.

    Raises :class:`CitationSyntaxError` (columns relative to ``start``) when
    not even a first token sequence there forms a citation.
    """
    window = text[start:start + limit]
    ends: list[int] = []
    ip = _lark().parse_interactive(window)
    previous: Token | None = None
    failure: Exception | None = None
    try:
        for token in ip.iter_parse():
            if previous is not None and "$END" in ip.choices():
                ends.append(previous.end_pos)
            previous = token
        if previous is not None and "$END" in ip.choices():
            ends.append(previous.end_pos)
    except UnexpectedCharacters as exc:  # the lexer stopped after `previous` was fed
        failure = exc
        if previous is not None and "$END" in ip.choices():
            ends.append(previous.end_pos)
    except (UnexpectedInput, _SpelledMismatch) as exc:
        failure = exc
    for end in reversed(ends):
        try:
            return _lark().parse(window[:end]), start + end
        except (UnexpectedInput, _SpelledMismatch) as exc:
            failure = failure or exc
    if failure is None:  # empty window
        failure = UnexpectedCharacters(window, 0, 1, 1, allowed=set())
    raise _syntax_error(window, failure)
