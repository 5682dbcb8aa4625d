"""A lean contextual lexer for the citation grammar.

Same behaviour as Lark's ``contextual`` lexer (only the terminals the LALR
state accepts are tried, in Lark's priority order) but one regex match per
token, whitespace skipped inside that match, and no line counting: citation
phrases are short, and this roughly doubles the parse rate.
"""

from __future__ import annotations

import re
from typing import Iterator

from lark.exceptions import UnexpectedCharacters
from lark.lexer import Lexer, Token

_SPACE = re.compile(r"\s*")


class FastContextualLexer(Lexer):
    __future_interface__ = 2   # receives (lexer_state, parser_state)

    def __init__(self, conf) -> None:
        ignore = set(conf.ignore)
        self._terminals = sorted(
            (t for t in conf.terminals if t.name not in ignore),
            key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name),
        )
        self._flags = conf.g_regex_flags
        self._by_state: dict[int, tuple[re.Pattern, frozenset[str]]] = {}

    def _scanner(self, parser_state) -> tuple[re.Pattern, frozenset[str]]:
        state = parser_state.position
        found = self._by_state.get(state)
        if found is None:
            accepts = parser_state.parse_conf.parse_table.states[state].keys()
            terms = [t for t in self._terminals if t.name in accepts]
            alternatives = "|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in terms)
            pattern = re.compile(rf"\s*(?:{alternatives})" if terms else r"(?!)", self._flags)
            allowed = {t.name for t in terms} | ({"$END"} & set(accepts))
            found = self._by_state[state] = (pattern, frozenset(allowed))
        return found

    def lex(self, lexer_state, parser_state) -> Iterator[Token]:
        text = lexer_state.text
        source, pos, end = text.text, text.start, text.end
        while True:
            pattern, allowed = self._scanner(parser_state)
            match = pattern.match(source, pos, end)
            if match is None:
                pos = _SPACE.match(source, pos, end).end()
                if pos >= end:
                    return
                raise UnexpectedCharacters(source, pos, 1, pos + 1, allowed=set(allowed),
                                           state=parser_state)
            name = match.lastgroup
            start, pos = match.start(name), match.end()
            token = Token(name, match.group(name), start, 1, start + 1, 1, pos + 1, pos)
            lexer_state.last_token = token
            yield token
