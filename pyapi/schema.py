"""One typed answer schema for the answer routes (/v1/ask, /v1/why-not,
/v1/compare): the models OpenAPI declares, so a client can generate types
and schemathesis can check every answer's bytes against them
(tests/test_schema.py).

The answers themselves are written by the rules and the contract layer
(pyapi/contract.py); these models describe them.  Rules for members a
question does not use:

* A member that belongs to a kind of answer item is **absent** from the
  items of the other kinds: ``post``/``post_label`` only on holders of a
  role (assessor, unit-leader), ``to``/``direct``/``posts`` only on
  reporting lines, ``actor`` on assigners and routing steps, ``document``
  and ``set_by`` on assignment instruments, ``routing``/``scope``/``steps``
  on the routings, ``strength``/``detail`` on team-leader, ``item`` on
  responsibilities; a team-duration item has only ``value`` and ``key``.
* A member that every answer has but that says nothing for this one is
  **null** or empty: ``direct`` is null when the text leaves the way of
  reporting unsaid; ``holder.level`` is null for a role, a document, a
  routing; ``holder.label_en`` is null for an id without an English
  gloss; ``ignored``, ``conflicts``, ``overridden``, ``closest``,
  ``resolved`` are empty lists and ``aliases`` an empty map when there
  is nothing to say.
* ``explanation`` and ``alternatives`` are present only with
  ``explain=true``, as are ``lang`` and ``looked_for`` at the top.
* A parameter the question does not read is listed in ``ignored``
  (kb/contract.pl derives what each question reads from kb/rules.pl).

Every model allows members it does not name: the README's compatibility
promise lets /v1 add members, and a client must ignore those it does not
know.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

_OPEN = ConfigDict(extra="allow")

HolderKind = Literal["post", "level", "role", "unit", "document", "routing", "origin",
                     "strength", "action", "scope", "subject", "capacity", "placement", "bounded", "list",
                     "other"]


class Citation(BaseModel):
    """A provision an answer rests on, quoted.  ``cite`` is the public
    citation: as the text numbers the provision, with the heading that
    makes a repeated number unique ("Lampiran angka 3 (“Pelaksanaan Tugas
    dan Pertanggungjawaban”) huruf A"); it parses with the citation
    language and names exactly the provision ``quote`` is taken from."""
    model_config = _OPEN
    regency: str
    cite: str
    quote: str
    norm: str | None = Field(None, description="the norm's id in the regulation's norms.pl")


class Holder(BaseModel):
    """The one id an answer item names, typed.  Taken from the item's
    fields in this order: post, actor, to, document, routing, detail, the
    role of a responsibility, the thing a duration bounds."""
    model_config = _OPEN
    id: str = Field(..., description="a vocabulary id (GET /v1/vocabulary)")
    label: str = Field(..., description="as the answer names it (the regulation's own name first)")
    label_en: str | None = None
    kind: HolderKind = Field(..., description="the id's vocabulary category")
    level: str | None = Field(None, description="the level a post (or a level-holder) "
                                                "belongs to; null otherwise")
    members: list["Holder"] | None = Field(None, description="kind list only: each id")


class PostRef(BaseModel):
    model_config = _OPEN
    post: str
    post_label: str
    citations: list[Citation] | None = None
    holder: Holder | None = None


class Overridden(BaseModel):
    """A provision set aside by precedence, with the one that governs."""
    model_config = _OPEN
    citation: Citation
    by: Citation
    reason: str
    message: str


class Condition(BaseModel):
    """A condition a provision the answer rests on states ("dalam hal
    ...", or the act it is written for: "untuk penunjukan lintas Unit
    Organisasi"), with the provision that states it.  An answer resting
    on several provisions lists each one's condition: it holds under any
    of them."""
    model_config = _OPEN
    condition: str
    citation: Citation


class AnswerItem(BaseModel):
    """One answer (or one step of a routing).  Which members appear
    depends on the kind of item: see pyapi/schema.py."""
    model_config = _OPEN
    value: str
    key: str | None = None
    holder: Holder | None = None
    citations: list[Citation] | None = None
    overridden: list[Overridden] | None = None
    conditions: list[Condition] | None = None
    post: str | None = None
    post_label: str | None = None
    level: str | None = None
    level_label: str | None = None
    to: str | None = None
    to_label: str | None = None
    direct: bool | None = None
    via: str | None = None
    via_label: str | None = None
    posts: list[PostRef] | None = None
    actor: str | None = None
    actor_label: str | None = None
    action: str | None = None
    tembusan: list[PostRef] | None = None
    document: str | None = None
    document_label: str | None = None
    set_by: str | None = None
    set_by_label: str | None = None
    strength: str | None = None
    detail: str | None = None
    item: str | None = None
    routing: str | None = None
    scope: str | None = None
    scope_label: str | None = None
    steps: list["AnswerItem"] | None = None
    explanation: dict[str, Any] | None = None
    alternatives: list[dict[str, Any]] | None = None


class ConflictSide(BaseModel):
    model_config = _OPEN
    value: str
    citation: Citation


class Conflict(BaseModel):
    model_config = _OPEN
    about: str
    sides: list[ConflictSide]


class Sought(BaseModel):
    """What the question looked for."""
    model_config = _OPEN
    question: str
    claims: list[str] = Field(..., description="the kinds of claim its answers rest on")
    reads: list[str] = Field(..., description="the parameters its rules read")
    keys: list[str] = Field(..., description="what each answer answers (its key), once each")


class Resolution(BaseModel):
    """A parameter value read as another name a regulation uses for an id."""
    model_config = _OPEN
    parameter: str
    value: str
    id: str
    text: str
    category: str
    regency: str | None
    citations: list[Citation]


Status = Literal["answered", "conflict", "tidak-diatur"]

def example_answer(kb) -> dict:
    """A real answer for the OpenAPI example, asked of the loaded
    regulations when the schema is first served: the assessor asked with
    the first unit alias a regulation's text uses (so the example shows
    ``aliases`` and ``resolved``), else of the first regulation; one
    answer kept, with its holder and citations."""
    alias = next((a for a in kb.contract.aliases
                  if a["category"] == "unit" and a["regency"] is not None), None)
    regency = alias["regency"] if alias else kb.regencies[0]
    params = {"subject": "jf-ahli-muda", "unit": alias["alias"] if alias else "kecamatan"}
    result = kb.call("ask", {"question": "assessor", "regency": regency, "params": params})
    result["answers"] = result["answers"][-1:]
    for a in result["answers"]:
        a.pop("explanation", None)
    kept = {c["cite"] for a in result["answers"] for c in a.get("citations", [])}
    result["citations"] = [c for c in result["citations"] if c["cite"] in kept]
    return result


class Answer(BaseModel):
    """The answer to one question of one regulation (GET /v1/ask).  The
    example is a real answer (``example_answer``), one of its answers shown."""
    model_config = _OPEN
    question: str
    regency: str
    params: dict[str, str] = Field(..., description="the parameters as read: aliases "
                                                    "replaced by their ids")
    status: Status
    answers: list[AnswerItem]
    citations: list[Citation]
    conflicts: list[Conflict]
    overridden: list[Overridden]
    closest: list[Citation] = Field(..., description="for tidak-diatur: the nearest "
                                                     "provisions of the same kind")
    ignored: list[str] = Field(..., description="parameters given that the question "
                                                "does not read")
    sought: Sought
    aliases: dict[str, str] = Field(..., description="each alias given -> the id it "
                                                     "resolved to")
    resolved: list[Resolution]
    lang: str | None = Field(None, description="explain=true only")
    looked_for: str | None = Field(None, description="explain=true only: for tidak-diatur, "
                                                     "what was looked for, in words")


class WhyNot(BaseModel):
    """Whether a proposed answer holds (GET /v1/why-not), and why."""
    model_config = _OPEN
    question: str
    regency: str
    params: dict[str, str]
    proposed: dict[str, Any]
    lang: str
    status: str | None = None
    holds: bool | None = None
    message: str | None = None
    reasons: list[dict[str, Any]] | None = None
    answer: AnswerItem | None = None
    ignored: list[str]
    aliases: dict[str, str]
    resolved: list[Resolution]


class CompareGroup(BaseModel):
    model_config = _OPEN
    regencies: list[str]
    status: str
    values: list[str]


class CompareResult(BaseModel):
    """One regulation's answer, or the error it gave (an id it does not know)."""
    model_config = _OPEN
    regency: str
    label: str
    answer: Answer | None = None
    error: dict[str, Any] | None = None


class Comparison(BaseModel):
    """One question asked of every regulation (GET /v1/compare)."""
    model_config = _OPEN
    question: str
    agree: bool
    groups: list[CompareGroup]
    results: list[CompareResult]
    params: dict[str, str]
    ignored: list[str]
    aliases: dict[str, str]
    resolved: list[Resolution]


def answer_response(model: type[BaseModel], description: str) -> dict:
    """The 200 response of an answer route, for ``responses=``."""
    return {200: {"model": model, "description": description}}


__all__ = ["example_answer", "Answer", "AnswerItem", "Citation", "Comparison", "Holder", "Resolution", "Sought",
           "WhyNot", "answer_response"]
