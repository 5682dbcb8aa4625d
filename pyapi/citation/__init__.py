"""Citation mini-language: parse, print, resolve and find references.

Public API
----------
``parse(text) -> Citation``                      one whole phrase (grammar/citation.lark)
``parse_prefix(text, start=0) -> (Citation, end)``  the longest citation at ``start``
``format_citation(c) -> str``                    canonical text; ``parse(format_citation(c)) == c``
``format_path(path) -> str``                     "Pasal 10 ayat (2) huruf a angka 1"
``resolve(c, doc, at=None) -> Resolution``       targets (ranges expanded) and problems
``find_citations(text, doc=None, at=None) -> list[Found]``  every citation in a text
``iter_citations(text, doc=None, at=None)``                 the same, one at a time
``run_corpus() -> list[CorpusRow]``              the finder over the five regulations
``CitationSyntaxError``                          (ValueError) ``.column``, ``.expected``, ``.found``
``PROBLEM_CODES``                                the stable problem codes (see ``problems``)

Values are frozen dataclasses: ``Citation(items, designator, preposition)``,
``Target(path)``, ``Range(start, end)``, ``Designator(jenis, nama, nomor,
tahun, this)``; ``Resolution(citation, at, targets, problems, external,
absolute)``, ``ResolvedTarget(path, cite, exists, text)``, ``Problem(code,
message, message_en, target, nearest, rule)``, ``Found(start, end, phrase,
citation, canonical, external, resolution, problems)``.
"""

from .corpus import CorpusRow, run_corpus
from .errors import CitationSyntaxError
from .finder import Found, find_citations, iter_citations
from .model import Citation, Designator, Range, Target
from .parser import parse, parse_prefix
from .printer import format_citation, format_path
from .problems import CODES as PROBLEM_CODES
from .problems import Problem
from .resolver import Resolution, ResolvedTarget, designates, resolve

__all__ = [
    "parse", "parse_prefix", "format_citation", "format_path", "resolve", "designates",
    "find_citations", "iter_citations", "run_corpus", "CitationSyntaxError", "PROBLEM_CODES",
    "Citation", "Target", "Range", "Designator", "Resolution", "ResolvedTarget", "Problem",
    "Found", "CorpusRow",
]
