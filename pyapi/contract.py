"""The answer contract: what every answer of /v1 carries besides what the
rules derive (the models are in pyapi/schema.py).

The rules (kb/questions.pl, kb/explain.pl, kb/compare.pl) write an
answer; this layer, between the engine and the memo, adds to it, and
never removes or renames a member (README, "Compatibility"):

* **aliases.**  Before the engine runs, a parameter value that is no id
  of the vocabulary but another name a regulation's text uses for one
  (``kapanewon`` for ``kecamatan`` where the text says Kapanewon; kb/vocabulary.pl alias/3
  and each package's vocabulary.pl) is replaced by that id.  ``params``
  then shows the id, ``aliases`` maps each alias given to its id
  (``{"kapanewon": "kecamatan"}``) and ``resolved`` says where each was
  found, with the provision that uses the name.  A value that is an id
  is never read as an alias; an alias of another regulation is not one
  (``kapanewon`` asked of a regulation that never says it stays unknown: 422).
* **holder.**  Every answer item (and every step of a routing, every
  post of a reporting line) gets ``holder``: ``{id, label, label_en,
  kind, level}``, the one id the item names, taken from its existing
  fields in this order: ``post``, ``actor``, ``to``, ``document``,
  ``routing``, ``detail`` (team-leader), the role of a responsibility,
  the thing a duration bounds.  ``kind`` is the id's vocabulary
  category (``post``, ``level``, ``role``, ``document``, ``routing``,
  ``origin`` ...; a post before a role when an id is both, except in
  ``responsibilities``, where it is the role; ``list`` for several ids,
  each then in ``members``), ``level`` the level a post
  or a level-holder belongs to, else null; ``label`` is the label the
  answer gives it (the regulation's own name first: "Panewu (Camat)").
* **ignored, sought.**  ``ignored`` lists the parameters given that the
  question does not read: a question reads the parameters its rules in
  kb/rules.pl (answer_item/6) bind, derived from the clauses themselves
  by kb/contract.pl (``assessor`` reads subject, unit and placement, so
  ``capacity`` and ``role`` are ignored; ``team-duration`` reads none).
  A parameter not read cannot change the answer.  ``sought`` says what
  the question looked for: the question, the kind of claim its answers
  rest on (``peran pejabat-penilai-kinerja``), the parameters it reads,
  and the distinct ``key`` of its answers (what each answer answers).
  (``looked_for``, a sentence, keeps the meaning explain gave it.)
* **public citations.**  Every ``cite`` a regency's answer carries is
  printed as the text numbers it (pyapi/structure/public.py): an
  internal ``#n`` key is replaced by the number and the heading that
  makes it unique, in citations and in the sentences that name them.
"""

from __future__ import annotations

import json
import re
from typing import Any

CONTRACT_OPS = frozenset({"ask", "explain", "why_not", "compare", "provision_tree"})

# the categories of ids a parameter takes (role: a role or a post)
PARAM_CATEGORIES = {
    "subject": ("subject",), "capacity": ("capacity",), "unit": ("unit",),
    "placement": ("placement",), "scope": ("scope",), "role": ("role", "post"),
    "post": ("post", "role"),
}

_HOLDER_FIELDS = ("post", "actor", "to", "document")
_LABEL_OF = {"post": "post_label", "actor": "actor_label", "to": "to_label",
             "document": "document_label"}
_KIND_ORDER = ("post", "level", "role", "unit", "document", "routing", "origin", "strength",
               "action", "scope", "subject", "capacity", "placement", "bounded", "holder")
_NOT_CITES = frozenset({"quote", "text", "norm", "value", "key", "item", "id"})


def alias_id(text: str) -> str:
    """The id spelling of a name (as kb/contract.pl alias_id/2)."""
    return "-".join(text.lower().split())


class Contract:
    """What the layer needs, read once at start: the contract operation of
    kb/contract.pl, the vocabulary, and each regulation's public citations
    (internal -> public)."""

    def __init__(self, data: dict, terms: list[dict], public: dict[str, dict[str, str]]):
        self.reads = {q: tuple(v["reads"]) for q, v in data["questions"].items()}
        self.claims = {q: tuple(v["claims"]) for q, v in data["questions"].items()}
        self.levels = dict(data["levels"])
        self.aliases = list(data["aliases"])
        self.public = public
        self._patterns: dict[str, re.Pattern | None] = {}
        self.by_id: dict[str, list[dict]] = {}
        self.own: dict[str, set[str]] = {}              # regency -> its named units, patterns
        for t in terms:
            if t["category"] in ("named-unit", "pattern"):
                self.own.setdefault(t.get("regency", ""), set()).add(t["id"])
            else:
                self.by_id.setdefault(t["id"], []).append(t)

    # -- before the engine ---------------------------------------------------

    def _known(self, regency: str | None, value: str) -> bool:
        if value in self.by_id:
            return True
        if regency is None:
            return any(value in ids for ids in self.own.values())
        return value in self.own.get(regency, ())

    def _alias(self, regency: str | None, parameter: str, value: str) -> dict | None:
        wanted = alias_id(value)
        cats = PARAM_CATEGORIES.get(parameter, ())
        for a in self.aliases:
            if (a["alias"] == wanted and a["category"] in cats
                    and (a["regency"] is None or regency is None or a["regency"] == regency)):
                return a
        return None

    def prepare(self, op: str, args: dict | None) -> tuple[dict | None, list[dict]]:
        """The arguments with aliases replaced by their ids, and what was replaced."""
        if op not in CONTRACT_OPS or op == "provision_tree" or not args:
            return args, []
        regency = args.get("regency")
        resolved = []
        params = dict(args.get("params") or {})
        for key, value in params.items():
            if isinstance(value, str) and not self._known(regency, value):
                found = self._alias(regency, key, value)
                if found is not None:
                    params[key] = found["id"]
                    resolved.append(_resolution(key, value, found))
        out = {**args, "params": params}
        proposed = args.get("proposed")
        if isinstance(proposed, dict) and isinstance(proposed.get("post"), str):
            value = proposed["post"]
            if not self._known(regency, value):
                found = self._alias(regency, "post", value)
                if found is not None:
                    out["proposed"] = {**proposed, "post": found["id"]}
                    resolved.append(_resolution("post", value, found))
        return (out if resolved else args), resolved

    # -- after the engine ----------------------------------------------------

    def finish(self, op: str, args: dict | None, resolved: list[dict], result: Any) -> Any:
        if op not in CONTRACT_OPS or not isinstance(result, dict):
            return result
        if op == "provision_tree":              # a provision's citation as the
            return self._public(result, (args or {}).get("doc"))   # text numbers it
        aliases = {r["value"]: r["id"] for r in resolved}
        if op in ("ask", "explain"):
            self._answer(result, result.get("regency"))
        elif op == "compare":
            question = result.get("question")
            for one in result.get("results", []):
                if isinstance(one.get("answer"), dict):
                    self._answer(one["answer"], one.get("regency"))
                    one["answer"]["aliases"] = aliases      # each one as ask says it
                    one["answer"]["resolved"] = resolved
                else:
                    self._public(one, one.get("regency"))
            params = (args or {}).get("params") or {}
            result["params"] = params
            result["ignored"] = self._ignored(question, params)
        else:                                   # why_not
            if isinstance(result.get("answer"), dict):
                self._holders(result["answer"], result.get("question", ""))
            self._public(result, result.get("regency"))
            result["ignored"] = self._ignored(result.get("question"), result.get("params") or {})
        result["aliases"] = aliases
        result["resolved"] = resolved
        return result

    def finish_bytes(self, op: str, args: dict | None, resolved: list[dict], body: bytes) -> bytes:
        if op not in CONTRACT_OPS:
            return body
        result = self.finish(op, args, resolved, json.loads(body))
        return json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _ignored(self, question: str | None, params: dict) -> list[str]:
        reads = self.reads.get(question or "", ())
        return [p for p in params if p not in reads]

    def _answer(self, res: dict, regency: str | None) -> None:
        question = res.get("question", "")
        for answer in res.get("answers", []):
            self._holders(answer, question)
        params = res.get("params") or {}
        res["ignored"] = self._ignored(question, params)
        res["sought"] = {
            "question": question,
            "claims": list(self.claims.get(question, ())),
            "reads": list(self.reads.get(question, ())),
            "keys": list(dict.fromkeys(a["key"] for a in _items(res.get("answers", []))
                                       if isinstance(a.get("key"), str))),
        }
        self._public(res, regency)

    def _holders(self, answer: dict, question: str) -> None:
        answer["holder"] = self.holder(answer, question)
        for step in answer.get("steps", []) or []:
            step["holder"] = self.holder(step, question)
        for post in answer.get("posts", []) or []:
            post["holder"] = self.holder(post, question)

    def holder(self, item: dict, question: str) -> dict | None:
        """The one id an answer item names, typed (see the module docstring)."""
        for f in _HOLDER_FIELDS:
            if isinstance(item.get(f), str) and item[f]:
                return self._typed(item[f], item.get(_LABEL_OF[f]), question)
        if isinstance(item.get("routing"), str):
            return self._typed(item["routing"], None, question)
        if isinstance(item.get("detail"), str) and item["detail"]:
            return self._typed(item["detail"], None, question)
        key = item.get("key")
        if isinstance(key, str):
            words = key.split(" ")
            if words[0] == "tanggung_jawab" and len(words) > 1:     # tanggung_jawab Role Norm
                return self._typed(words[1], None, question, prefer="role")
            if words[0] == "durasi" and len(words) > 1:              # durasi Thing
                return self._typed(words[1], None, question)
        return None

    def _typed(self, id_: str, label: str | None, question: str, prefer: str | None = None) -> dict:
        if "," in id_:                  # several ids ("pejabat-fungsional,pelaksana"): a list
            members = [self._typed(p, None, question, prefer) for p in id_.split(",")]
            return {"id": id_, "label": label or ", ".join(m["label"] for m in members),
                    "label_en": None if any(m["label_en"] is None for m in members)
                    else ", ".join(m["label_en"] for m in members),
                    "kind": "list", "level": None, "members": members}
        terms = self.by_id.get(id_, [])
        if question == "responsibilities":
            prefer = "role"
        order = ((prefer,) if prefer else ()) + _KIND_ORDER
        term = min(terms, key=lambda t: order.index(t["category"]) if t["category"] in order
                   else len(order), default=None)
        level = None
        kind = term["category"] if term else "other"
        if id_.startswith(("level:", "level-atau-atas:", "paling-rendah:")):
            kind, level = "level", id_.split(":", 1)[1]
        elif kind == "post":
            level = self.levels.get(id_)
        elif kind == "holder":
            kind = "level"
        return {"id": id_,
                "label": label or (term["label"] if term else id_.replace("-", " ")),
                "label_en": term.get("label_en") if term else None,
                "kind": kind, "level": level}

    # -- public citations ----------------------------------------------------

    def _pattern(self, regency: str) -> re.Pattern | None:
        if regency not in self._patterns:
            cites = sorted(self.public.get(regency, {}), key=len, reverse=True)
            self._patterns[regency] = re.compile(
                r"(?<![\w#])(" + "|".join(map(re.escape, cites)) + r")(?![\w#.)])"
            ) if cites else None
        return self._patterns[regency]

    def public_text(self, regency: str | None, text: str) -> str:
        table = self.public.get(regency or "", {})
        if not table:
            return text
        pattern = self._pattern(regency)
        return pattern.sub(lambda m: table[m.group(1)], text) if pattern else text

    def _public(self, node: Any, regency: str | None) -> Any:
        """Print every citation under ``node`` as the text numbers it."""
        if isinstance(node, dict):
            here = node.get("regency") if isinstance(node.get("regency"), str) else regency
            for k, v in node.items():
                if k == "cite" and isinstance(v, str):
                    node[k] = self.public.get(here or "", {}).get(v, v)
                elif isinstance(v, str):
                    if k not in _NOT_CITES and ("Lampiran" in v or "Pasal" in v):
                        node[k] = self.public_text(here, v)
                elif isinstance(v, (dict, list)):
                    self._public(v, here)
        elif isinstance(node, list):
            for v in node:
                self._public(v, regency)
        return node


def _items(answers: list[dict]):
    for a in answers:
        yield a
        yield from a.get("steps", []) or []


def _resolution(parameter: str, value: str, alias: dict) -> dict:
    return {"parameter": parameter, "value": value, "id": alias["id"], "text": alias["text"],
            "category": alias["category"], "regency": alias["regency"],
            "citations": alias.get("citations", [])}


__all__ = ["CONTRACT_OPS", "Contract", "alias_id"]
