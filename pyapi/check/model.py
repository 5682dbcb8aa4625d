"""Findings of the draft checker, language-neutral until they are printed."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lang import render, render_explanation
from .rules import RULES


@dataclass(frozen=True)
class Related:
    cite: str
    line: int | None = None
    quote: str = ""

    def to_dict(self) -> dict:
        return {"cite": self.cite, "line": self.line, "quote": self.quote}


@dataclass(frozen=True)
class Finding:
    rule: str                      # a key of rules.RULES
    cite: str                      # canonical citation of the provision concerned
    line: int | None
    column: int | None
    params: dict = field(default_factory=dict, hash=False, compare=False)
    text: str = ""                 # the text concerned, verbatim (phrase or provision)
    related: tuple[Related, ...] = ()
    extra: dict = field(default_factory=dict, hash=False, compare=False)   # more members

    @property
    def category(self) -> str:
        return RULES[self.rule].category

    @property
    def severity(self) -> str:
        return RULES[self.rule].severity

    def key(self) -> tuple:
        """What identifies a finding when two versions of a text are compared:
        the rule, the provision and what the finding is about (the target of
        a reference, the term, the number), never the line or the wording
        around it, so that an edit elsewhere in the same provision (or in
        the same phrase: "dalam" for "pada") does not make it look new."""
        p = self.params
        about = (p.get("target") or p.get("term") or p.get("number") or p.get("range")
                 or p.get("missing"))
        if about is None and self.rule == "forbidden-reference":
            about = p.get("phrase")
        return (self.rule, self.cite, about)

    def to_dict(self, lang: str = "id") -> dict:
        message, suggestion = render(self.rule, {"cite": self.cite, **self.params}, lang)
        out = {
            "category": self.category, "rule": self.rule, "severity": self.severity,
            "location": {"cite": self.cite, "line": self.line, "column": self.column},
            "related": [r.to_dict() for r in self.related],
            "message": message, "text": self.text, "suggestion": suggestion,
            "source": RULES[self.rule].source,
        }
        explanation = render_explanation(self.rule, {"cite": self.cite, **self.params}, lang)
        if explanation is not None:
            out["explanation"] = explanation
        out.update({k: _in(v, lang) for k, v in self.extra.items()})
        return out


@dataclass
class Report:
    document: dict
    findings: list[Finding]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    def counts(self) -> dict[str, int]:
        """Findings per rule id."""
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.rule] = out.get(f.rule, 0) + 1
        return dict(sorted(out.items()))

    def to_dict(self, lang: str = "id") -> dict:
        return {"document": self.document, "findings": [f.to_dict(lang) for f in self.findings]}


def _in(value, lang: str):
    """A member's value with every {"id": ..., "en": ...} in ``lang``."""
    if isinstance(value, dict):
        if set(value) == {"id", "en"}:
            return value.get(lang, value["id"])
        return {k: _in(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_in(v, lang) for v in value]
    return value
