"""Norms from text: read a regulation's structure tree and write its norms.

``extract(doc) -> Extraction`` walks the batang tubuh (every Pasal) and the
Lampiran of a parsed regulation (``pyapi.structure``), cuts each
provision's text into tokens (``lexicon.py``: the vocabulary's phrases and
function words; every other word is ``W``) and parses the tokens with the
norm grammar (``grammar/norms.lark``, Earley).  Each claim subtree becomes
one or more claims in the schema of ``kb/norms.pl``, with the provision's
canonical citation and, as quote, the exact span of the provision's text
the subtree covers (so it is verbatim by construction).

A provision holding a norm's key words (``lexicon.TRIGGERS``) but no
sentence the grammar reads is reported in ``Extraction.unread`` with its
citation: the extractor never guesses.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from lark import Lark, Token, Tree
from lark.lexer import Lexer

from .. import resources
from ..structure import Document, Node
from . import lexicon
from .terms import Ref, Str, show

_WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
ROLES = ("pejabat-penilai-kinerja", "atasan-langsung", "pimpinan-unit-organisasi",
         "pemilik-kinerja", "pimpinan-unit-kerja")
_SUBJECTS_ALL = set(lexicon.ALL_JF) | {"pelaksana"}


@dataclass(frozen=True)
class Norm:
    claim: object          # a term (pyapi.extract.terms)
    cite: str              # canonical citation of the provision
    quote: str             # verbatim span of the provision's text

    @property
    def claim_text(self) -> str:
        return show(self.claim)

    @property
    def kind(self) -> str:
        return claim_kind(self.claim)

    def to_dict(self) -> dict:
        return {"claim": self.claim_text, "type": self.kind, "cite": self.cite,
                "quote": self.quote}


@dataclass
class Extraction:
    norms: list[Norm] = field(default_factory=list)
    unread: list[dict] = field(default_factory=list)    # {"cite", "text"}
    #: the units the text names (a Lampiran block's heading), by lower-case name
    named_units: dict = field(default_factory=dict)
    #: act key -> (the provision naming the act, its words, [places of the
    #: instruments written for it]); made into syarat claims at the end
    acts: dict = field(default_factory=dict, repr=False, compare=False)
    # cite -> {holder id: the routing role the provision names it in}, for
    # "X sebagaimana dimaksud pada ayat (N)" in a later ayat
    named: dict = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict:
        return {"norms": [n.to_dict() for n in self.norms], "unread": list(self.unread)}

    def prolog(self) -> str:
        """The norms as a norms.pl file."""
        out = ["%   Extracted by `perbup extract` (pyapi/extract): to be reviewed.", ""]
        for i, n in enumerate(self.norms, 1):
            out.append(f"norm(x{i}, {n.claim_text},\n     {show(Str(n.cite))},\n"
                       f"     {show(Str(n.quote))}).")
        return "\n".join(out) + "\n"


def claim_kind(claim) -> str:
    """The claim type: its functor (``di`` claims by the claim they scope)."""
    if isinstance(claim, tuple):
        if claim[0] == "di":
            return claim_kind(claim[2])
        return claim[0]
    return str(claim)


# --------------------------------------------------------------------------
# tokens

class Tok(Token):
    """A token with the value its phrase stands for (``meaning``)."""

def _words(text: str) -> list[Tok]:
    """Each phrase of the lexicon (longest first) or word of ``text``."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    low = [w.lower() for w, _, _ in words]
    out: list[Tok] = []
    i = 0
    while i < len(words):
        for n in range(min(lexicon.MAX_WORDS, len(words) - i), 0, -1):
            hit = lexicon.PHRASES.get(tuple(low[i:i + n]))
            if hit is not None:
                break
        else:
            n, hit = 1, None
        kind, value = hit if hit else ("W", None)
        if kind == "W" and words[i][0].isdigit():
            kind, value = "NUM", int(words[i][0])
        start, end = words[i][1], words[i + n - 1][2]
        tok = Tok(kind, text[start:end], start_pos=start, end_pos=end)
        tok.meaning, tok.inner = value, []
        out.append(tok)
        i += n
    return out


_PARTY = {"PARTY", "HOLDER", "SUBJ", "PF", "PELAKSANA", "KETUA_TIM", "ANGGOTA_TIM", "LEVEL_ATAS"}


def _structural(toks: list[Tok], i: int) -> bool:
    """Whether token i has a part in a claim rule where it stands; if not,
    it is read as a plain word (its meaning kept for the words around)."""
    t = toks[i]
    prev = toks[i - 1].type if i else None
    nxt = toks[i + 1].type if i + 1 < len(toks) else None
    if t.type in ("SCOPE", "FORM", "OBJ_KEDUDUKAN", "DISETUJUI"):
        return False
    if t.type == "MEMBUAT":
        # "X membuat ...": a duty where it follows its holder
        return prev in ("HOLDER", "KETUA_TIM", "ANGGOTA_TIM")
    if t.type == "SEMENTARA":
        # "Ketua Tim Kerja (squad) sementara": a stand-in ketua
        return any(toks[j].type == "KETUA_TIM" for j in range(max(0, i - 6), i))
    if t.type == "JENJANG":
        # "satu jenjang di bawah atau di atasnya atau yang setara": a list
        # opened by "satu jenjang ..."
        return (str(t).lower().startswith("satu jenjang")
                or (prev == "CONJ" and i >= 2 and toks[i - 2].type == "JENJANG"))
    if t.type == "PENYAMPAIAN":
        # "penyampaian (surat) permohonan"
        return "PERMOHONAN" in [toks[j].type for j in range(i + 1, min(len(toks), i + 3))]
    if t.type == "UNIT":
        return prev in ("PADA", "MEMIMPIN")
    if t.type == "PADA":
        return nxt == "UNIT"
    if t.type == "CONJ":
        return ((prev in _PARTY | {"DOC"} and nxt in _PARTY | {"DOC"})
                or (prev == "KEDUDUKAN" and nxt == "BTJ")
                or (prev == "JENJANG" and nxt == "JENJANG"))
    # "paling lama 1 (satu) tahun": NUM LPAR W RPAR after PALING_LAMA
    back = [toks[j].type if j >= 0 else None for j in (i - 1, i - 2, i - 3, i - 4)]
    bound = ("PALING_LAMA", "LEBIH_DARI", "KURANG_DARI")
    if t.type == "NUM":
        return back[0] in bound
    if t.type == "LPAR":
        return back[0] == "NUM" and back[1] in bound
    if t.type == "RPAR":
        return back[1:3] == ["LPAR", "NUM"] and back[3] in bound
    return True


def _ends_sentence(tok: Token) -> bool:
    return tok.type == "W" and str(tok).endswith((".", ";")) and not str(tok).endswith("..")


def sentences(toks: list[Tok]) -> list[list[Tok]]:
    """The tokens cut after each "." or ";" (no claim crosses a sentence)."""
    out, cur = [], []
    for t in toks:
        cur.append(t)
        if _ends_sentence(t):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def tokenize(text: str) -> list[Tok]:
    """The tokens of ``text`` for the norm grammar: phrases of the lexicon
    where they have a part in a claim rule, every other run of words one
    ``W`` (``inner``: the phrases it holds, such as a scope).  Positions are
    character offsets into ``text``."""
    toks = _words(text)
    out: list[Tok] = []
    for i, t in enumerate(toks):
        if t.type != "W" and _structural(toks, i):
            out.append(t)
            continue
        inner = [t] if t.type != "W" else []
        if out and out[-1].type == "W" and not _ends_sentence(out[-1]):
            prev = out.pop()
            w = Tok("W", text[prev.start_pos:t.end_pos], start_pos=prev.start_pos,
                    end_pos=t.end_pos)
            w.meaning, w.inner = None, prev.inner + inner
        else:
            w = Tok("W", t, start_pos=t.start_pos, end_pos=t.end_pos)
            w.meaning, w.inner = None, inner
        out.append(w)
    return out


class _Tokens(Lexer):
    """Lark lexer that hands on tokens made by ``tokenize``."""

    def __init__(self, lexer_conf):
        pass

    def lex(self, data, *_):
        # Lark hands over the input itself (a custom lexer's calling
        # convention), or a lexer state holding it
        yield from getattr(data, "text", data)


@lru_cache(maxsize=1)
def _grammar() -> str:
    return (resources.GRAMMAR / "norms.lark").read_text(encoding="utf-8")


def _build(grammar: str) -> Lark:
    return Lark(grammar, parser="earley", lexer=_Tokens, ambiguity="resolve",
                priority="normal")


@lru_cache(maxsize=1)
def parser() -> Lark:
    """The norm grammar with every claim rule."""
    return _build(_grammar())


_CLAIM_BLOCK = re.compile(r"^\?claim:.*?(?=^\S|\Z)", re.M | re.S)


_CLAUSE_MAX = 6          # a longer "one of" clause is dropped (weaker, still sound)


def _minimal(clauses) -> frozenset:
    """The clauses no other clause implies (a subset is the stronger one)."""
    cs = sorted(set(c for c in clauses if len(c) <= _CLAUSE_MAX), key=len)
    out: list[frozenset] = []
    for c in cs:
        if not any(o <= c for o in out):
            out.append(c)
    return frozenset(out)


@lru_cache(maxsize=1)
def _required() -> dict[str, frozenset]:
    """For each claim rule, what every sentence it reads holds, as clauses
    ("one of these token types") that must all hold: the greatest fixed
    point over the compiled grammar (a terminal requires itself, a
    sequence what each of its symbols requires, a rule what one of its
    alternatives requires: a clause of each alternative, joined)."""
    rules = parser().rules
    alts: dict[str, list] = {}
    for r in rules:
        alts.setdefault(r.origin.name, []).append(r.expansion)
    need: dict[str, frozenset | None] = {n: None for n in alts}   # None: not yet known

    def of_sequence(exp):
        out: set = set()
        for sym in exp:
            if sym.is_term:
                out.add(frozenset([sym.name]))
            elif need[sym.name] is None:
                return None
            else:
                out |= need[sym.name]
        return _minimal(out)

    changed = True
    while changed:
        changed = False
        for n, exps in alts.items():
            seqs = [of_sequence(e) for e in exps]
            if any(x is None for x in seqs):
                known = [x for x in seqs if x is not None]
                if not known or need[n] is not None:
                    continue
            else:
                known = seqs
            acc = known[0]
            for other in known[1:]:
                acc = _minimal(a | b for a in acc for b in other)
            if any(x is None for x in seqs):
                acc = frozenset()          # a recursive alternative: assume nothing
            if acc != need[n]:
                need[n], changed = acc, True
    return {str(r.expansion[0].name): need[r.expansion[0].name] or frozenset()
            for r in rules if r.origin.name == "claim"}


@lru_cache(maxsize=256)
def _parser_for(claims: frozenset) -> Lark:
    """The grammar with only the claim rules named (the others cannot read
    the sentence: it lacks a token type they require), which Earley then
    does not predict at every word: the same tree, several times faster."""
    rule = "?claim: " + " | ".join(sorted(claims)) + "\n\n"
    return _build(_CLAIM_BLOCK.sub(lambda _: rule, _grammar(), count=1))


def _parse(sentence: list) -> Tree:
    types = {t.type for t in sentence}
    claims = frozenset(c for c, need in _required().items()
                       if all(clause & types for clause in need))
    if not claims:
        # no claim rule can read it: every token is a word of no claim
        return Tree("start", list(sentence))
    return _parser_for(claims).parse(sentence)


# The grammar reads token types only (a token's text and meaning are read
# afterwards, from the tree), so two sentences with one sequence of token
# types have one parse.  Earley is the extractor's cost (about 0.1 s a
# sentence); the formulaic sentences of a regulation repeat their type
# sequence (a Lampiran block per unit, a Pasal per kind of post), so each
# sequence is parsed once per process and its tree kept as a template
# whose leaves are positions in the sentence.
_MEMO_MAX = 20_000
_memo: dict[tuple, object] = {}
_memo_lock = threading.Lock()


def _template(tree, index: dict[int, int]):
    if isinstance(tree, Token):
        return index[id(tree)]                  # KeyError: a leaf not from the input
    return (tree.data, [_template(c, index) for c in tree.children])


def _instantiate(template, toks: list):
    if isinstance(template, int):
        return toks[template]
    data, children = template
    return Tree(data, [_instantiate(c, toks) for c in children])


def parse_sentence(sentence: list) -> Tree:
    """The norm grammar's tree of one sentence (memoised by token types)."""
    key = tuple(t.type for t in sentence)
    template = _memo.get(key)
    if template is None:
        tree = _parse(sentence)
        try:
            template = _template(tree, {id(t): i for i, t in enumerate(sentence)})
        except KeyError:                        # never seen: keep the tree, no memo
            return tree
        with _memo_lock:
            if len(_memo) >= _MEMO_MAX:
                _memo.clear()
            _memo[key] = template
    return _instantiate(template, sentence)


def clear_memo() -> None:
    """Forget the parses kept (benchmarks measure a cold extractor)."""
    with _memo_lock:
        _memo.clear()


# --------------------------------------------------------------------------
# claims from trees

def _tokens(tree) -> list[Token]:
    if isinstance(tree, Token):
        return [tree]
    return [t for t in tree.scan_values(lambda v: isinstance(v, Token))]


def _leaves(toks) -> list[Token]:
    """The tokens with the phrases plain-word runs hold."""
    out = []
    for t in toks:
        out.append(t)
        out += getattr(t, "inner", [])
    return out


def _holder(tree: Tree):
    """(term, unit or None) of a ``holder`` subtree."""
    toks = tree.children
    first = toks[0]
    if len(toks) == 3 and toks[1].type == "MEMIMPIN":
        unit = toks[2].meaning
        return lexicon.UNIT_HEAD.get(unit, first.meaning), unit
    value = first.meaning
    if first.type == "PF":
        value = "pejabat-fungsional"
    if isinstance(value, tuple):
        value = tuple(value)
        if len(toks) == 2 and toks[1].type == "LEVEL_ATAS":
            value = ("level_atau_atas", value[1])
    return value, None


def _holders(tree: Tree) -> list:
    return [_holder(h) for h in tree.children if isinstance(h, Tree) and h.data == "holder"]


_ENDS_CONJ = re.compile(r"\b(dan|atau|dan/atau|serta|maupun)\W*$", re.IGNORECASE)


def _subjects(tree: Tree) -> list[str]:
    subs: list[str] = []
    for t in _tokens(tree):
        if isinstance(t, Token) and t.type in ("SUBJ", "PF", "PELAKSANA"):
            subs += [s for s in t.meaning if s not in subs]
    if set(subs) == _SUBJECTS_ALL:
        return ["semua"]
    return subs


def _posts(tree: Tree) -> list[str]:
    out = []
    for t in _tokens(tree):
        if isinstance(t, Token) and t.type == "PF":
            out.append("pejabat-fungsional")
        elif isinstance(t, Token) and t.type == "PELAKSANA":
            out.append("pelaksana")
        elif isinstance(t, Token) and t.type == "SUBJ":
            out += list(t.meaning)
    return out


def _sub(tree: Tree, name: str):
    for c in tree.children:
        if isinstance(c, Tree) and c.data == name:
            return c
    return None


def _first(tree, kind: str):
    for t in _tokens(tree):
        if t.type == kind:
            return t
    return None


def _context_scope(node: Node):
    """The scope a provision or, failing it, its nearest ancestor names."""
    while node is not None and node.kind not in ("document", "bab", "bagian", "paragraf"):
        sc = _scope(_words(node.text))
        if sc != "semua":
            return sc
        node = node.parent
    return "semua"


def _context_thing(node: Node):
    """What a duration bounds: the term a definition defines, else the kind
    of team the provision or an ancestor names, else the assignment."""
    low = node.text.lower()
    for term, thing in (("ketua tim kerja adalah", "ketua-tim-kerja"),
                        ("kelompok kerja (*squad*) adalah", "kelompok-kerja"),
                        ("kelompok kerja adalah", "kelompok-kerja"),
                        ("tim kerja adalah", "tim-kerja")):
        if low.startswith(term):
            return thing
    while node is not None and node.kind not in ("document", "bab", "bagian", "paragraf"):
        low = node.text.lower()
        if "kelompok kerja" in low:
            return "kelompok-kerja"
        if "tim kerja" in low:
            return "tim-kerja"
        node = node.parent
    return "penugasan"


def _capital_huruf(node: Node) -> bool:
    """Whether the node is a huruf under a capital letter (a block of the
    Lampiran: "K. Kecamatan")."""
    return node.kind == "huruf" and node.label[:1].isupper() and node.label.isalpha()


def _add(ext: Extraction, seen: set, claim, cite: str, quote: str) -> bool:
    """Add a norm unless the same claim was read at the same provision."""
    key = (show(claim), cite)
    if key in seen:
        return False
    seen.add(key)
    ext.norms.append(Norm(claim, cite, quote))
    return True


def _named_unit(heading: str) -> tuple[str, str, str] | None:
    """(id, name, kind) of the one unit a Lampiran block's heading names by
    its own name ("Mekanisme Kerja pada RSUD Kelas B Panembahan Senopati"):
    a unit kind's word followed by capitalised words; None for a heading
    that names a kind only, several units, or anything else."""
    name = heading.strip()
    low = name.lower()
    for lead in lexicon.UNIT_HEADING_LEADS:
        if low.startswith(lead):
            name = name[len(lead):]
            break
    name = name.rstrip(" :.")
    words = name.split()
    if not words or any(c in name for c in ",;/()"):
        return None
    lower = [w.lower() for w in words]
    for head, kind in lexicon.NAMED_UNIT_HEADS.items():
        n = len(head)
        if tuple(lower[:n]) != head or len(words) == n:
            continue
        rest = words[n:]
        if not rest[0][:1].isupper() or rest[0].isupper() and len(rest[0]) > 2 \
                or any(w in lexicon.ORGANISATION_WORDS for w in lower[n:]):
            return None
        return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), name, kind
    return None


def _named_units(doc: Document, ext: Extraction, seen: set, claims: bool) -> None:
    """The units the Lampiran's block headings name, by name in
    ``ext.named_units`` and (``claims``) as ``unit_bernama`` claims with the
    block's letter as pattern."""
    for node in doc.nodes():
        if not node.path or node.path[0][0] != "lampiran" or not _capital_huruf(node):
            continue
        heading = node.text.split("\n", 1)[0]
        found = _named_unit(heading)
        if found is None:
            continue
        uid, name, kind = found
        ext.named_units.setdefault(name.lower(), uid)
        if not claims:
            continue
        _add(ext, seen, ("unit_bernama", uid, Str(name), kind, ("pola", node.label)),
             node.cite, name)


def _lampiran_units(node: Node) -> list | None:
    """The units a Lampiran block speaks of: the unit kinds its heading (the
    nearest capital-letter huruf) names and the pattern of that letter,
    ``pola('K')``; None outside such a block.  (A block whose heading names
    one unit by its name and no kind the lexicon knows, "Mekanisme Kerja
    pada Dinas Penanaman Modal ...", is not read as that unit's block: its
    items "Pada Sekretariat, ..." and the roles "Kepala Dinas sebagai
    Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi" are not read, and
    its results steps would be false rivals of the Pasal.)"""
    while node is not None and node.kind != "lampiran":
        if _capital_huruf(node):
            units = []
            for t in _words(node.text):
                if t.type == "UNIT" and t.meaning not in units:
                    units.append(t.meaning)
            # a heading naming no unit kind is not a unit's block
            return units + [("pola", node.label)] if units else None
        node = node.parent
    return None


def _scoped(claims: list, node: Node) -> list:
    """Claims read in a Lampiran block hold in the block's units: peran
    with those units where it says semua, melapor / wewenang / instrumen
    under di/2."""
    units = _lampiran_units(node)
    if not units:
        return claims
    out = []
    for c in claims:
        if c[0] == "peran" and c[3] == ["semua"]:
            out.append(c[:3] + (units,) + c[4:])
        elif c[0] in ("melapor", "wewenang", "instrumen"):
            out.append(("di", units, c))
        else:
            out.append(c)
    return out


def _scope(toks: list[Token]):
    for t in _leaves(toks):
        if t.type == "SCOPE":
            return t.meaning
    return "semua"


def _form(toks: list[Token]):
    """tim where a team is named ("penugasan individu ... dalam tim kerja"
    is a team's), else individu where named, else semua."""
    forms = [t.meaning for t in _leaves(toks) if t.type == "FORM"]
    if "tim" in forms:
        return "tim"
    return "individu" if "individu" in forms else "semua"


@dataclass
class _Context:
    node: Node
    tokens: list[Token]
    role: object = None       # the role of the list this item belongs to
    prev: object = None       # the claim subtree just before, if any
    drop_prev: bool = False   # the claims of prev are part of this one
    sentence_start: int = 0   # where the current sentence begins
    steps: dict | None = None  # the routing of the "tahapan" list it is an item of
    ext: Extraction | None = None   # what is read so far (named units, parties named)


def _step(ctx: "_Context", actor, action: str, to, cc=()):
    """A step of the routing whose "tahapan" list the provision is an item
    of (numbered in the order of the list), else None; None too after a
    step the list states without its actor ("Apabila pengajuan disetujui"):
    the number of what follows is not known."""
    steps = ctx.steps
    if steps is None or steps.get("gap"):
        return None
    steps["n"] += 1
    return ("langkah", steps["routing"], steps["scope"], steps["n"],
            ("step", actor, action, to, list(cc)))


def _party(tree: Tree, scope, side=None):
    """The holder of a ``holder`` subtree as a party of a routing of
    ``scope``: a generic leader ("Pimpinan Unit Organisasi") is the one of
    the side its words name ("... Pemilik Kinerja": the requesting side),
    else of ``side`` if given; else the holder as named."""
    value = _holder(tree)[0]
    words = tuple(str(tree.children[0]).lower().split())
    for suffix, named_side in lexicon.SIDE_SUFFIX.items():
        if words[-len(suffix):] == suffix:
            side = named_side
            break
    role = lexicon.PARTY_ROLE.get((side, scope)) if side else None
    if isinstance(value, str) and role is not None and role.startswith(value + "-"):
        return role
    return value


def _sibling_ayat(node: Node, label: str):
    """The ayat ``label`` of the Pasal ``node`` is in, if any."""
    while node is not None and node.kind != "ayat":
        node = node.parent
    if node is None or node.parent is None:
        return None
    return next((c for c in node.parent.children if c.kind == "ayat" and c.label == label),
                None)


def _referenced(node: Node) -> Node | None:
    """The ayat, or its huruf, that ``node`` refers to ("sebagaimana
    dimaksud pada ayat (4)"), if any."""
    m = re.search(lexicon.AYAT_REFERENCE, node.text, re.I)
    ref = _sibling_ayat(node, m.group(1)) if m else None
    if ref is not None and m.group(2):
        ref = next((c for c in ref.children if c.kind == "huruf" and c.label == m.group(2)),
                   None)
    return ref


def _referenced_scopes(node: Node) -> list:
    """The scopes (other than within a unit) the ayat, or its huruf, that
    ``node`` refers to ("sebagaimana dimaksud pada ayat (4)") and its items
    name: the scopes of a provision that names none itself."""
    ref = _referenced(node)
    if ref is None:
        return []
    scopes = []
    for n in ref.walk():
        for t in _words(n.text):
            if t.type == "SCOPE" and t.meaning != "dalam-unit" and t.meaning not in scopes:
                scopes.append(t.meaning)
    return scopes


def _doc_signer(doc: str) -> str | None:
    """Who signs a Keputusan, as its name says."""
    return ("kepala-perangkat-daerah" if doc == "keputusan-kepala-perangkat-daerah"
            else "pimpinan-unit-organisasi" if doc.startswith("keputusan-kepala-unit")
            else None)


#: the roles a post is said to act as where it sets something ("... oleh
#: Bupati selaku Pejabat Pembina Kepegawaian Daerah")
ACTING_ROLES = ROLES + ("pejabat-pembina-kepegawaian", "pejabat-yang-berwenang")


def _acting_as(text: str) -> list[tuple[tuple, str]]:
    """(sebagai(Post, Role), quote) for each post the text says acts as a
    role where it sets something: "ditetapkan oleh Bupati sebagai Pejabat
    Pembina Kepegawaian Daerah", "ditetapkan dengan Keputusan Kepala
    Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus sebagai
    Pejabat Pemilik Kinerja" (the Keputusan's signer)."""
    low = text.lower()
    if not (("sebagai" in low or "selaku" in low)
            and ("ditetapkan" in low or "dituangkan" in low)):
        return []
    raw = _words(text)
    out = []
    for i, t in enumerate(raw[1:], 1):
        if t.type not in ("DOC", "HOLDER") or raw[i - 1].type not in (
                "DITETAPKAN_DENGAN", "DITETAPKAN_OLEH"):
            # (not any "oleh X selaku Y": "Penilaian kinerja ... dilakukan
            # oleh Sekretaris Daerah selaku Pejabat Penilai Kinerja" is so
            # in one unit's structure only)
            continue
        signer = _doc_signer(t.meaning) if t.type == "DOC" else t.meaning
        if not isinstance(signer, str) or signer in ACTING_ROLES:
            continue
        j = i + 1
        while (j + 1 < len(raw) and raw[j + 1].type == "HOLDER"
               and raw[j + 1].meaning in ACTING_ROLES
               and (raw[j].type == "SEBAGAI" or (raw[j].type == "CONJ"
                                                  and raw[j].meaning == "sekaligus"))):
            out.append((("sebagai", signer, raw[j + 1].meaning),
                        text[t.start_pos:raw[j + 1].end_pos]))
            j += 2
    return out


def _route_act(node: Node) -> tuple[Node, str] | None:
    """The way of assigning (a penunjukan, a pengajuan sukarela, and its
    scope) that an instrument written in ``node`` is for: the words that
    open the provision, a provision it is an item of (up to its Pasal), or
    the ayat it refers to ("Pimpinan Unit Organisasi sebagaimana dimaksud
    pada ayat (3) memberikan surat penugasan ..."): (that provision, the
    words), or None."""
    candidates = []
    n = node
    while n is not None and n.kind in ("pasal", "ayat", "huruf", "angka", "butir"):
        candidates.append(n)
        n = n.parent if n.kind != "pasal" else None
    ref = _referenced(node)
    if ref is not None:
        candidates.append(ref)
    for c in candidates:
        m = re.match(lexicon.ROUTE_ACT, c.text.strip(), re.I)
        if m and m.group(0).strip():
            return c, m.group(0).strip()
    return None


def _conditions(ext: Extraction, seen: set) -> None:
    """A ``syarat`` claim for each way of assigning that instruments were
    read for: the instruments of a penunjukan lintas Unit Organisasi hold
    for it (a surat penugasan is then no rival of the Keputusan that forms
    a team); cited where the text names it, its words the quote."""
    for node, words, places in ext.acts.values():
        act = words[0].lower() + words[1:]
        _add(ext, seen, ("syarat", [Ref(i) for i in places],
                         Str(lexicon.ROUTE_CONDITION.format(act=act))), node.cite, words)


def _duty(tree: Tree, ctx: "_Context", holder, verb: Token) -> list:
    """ "X <verb> ...": X's duty, the words from the verb to the end of the
    provision (a reference "sebagaimana dimaksud ..." cut off), where X
    opens the sentence."""
    if _tokens(tree)[0].start_pos != ctx.sentence_start:
        return []
    rest = ctx.node.text[verb.start_pos:]
    rest = _item_text(rest.split(" sebagaimana dimaksud")[0])
    tree.quote_end = verb.start_pos + len(rest)
    return [("tanggung_jawab", holder, Str(rest))]


def _tahapan(node: Node):
    """The routing a list of steps is of: a chapeau "... dilakukan melalui
    tahapan:" naming pengajuan sukarela or a request (permohonan,
    penunjukan); None for any other provision."""
    low = node.text.lower()
    if "tahapan" not in low or not low.rstrip().endswith(":"):
        return None
    routing = ("pengajuan-sukarela" if "sukarela" in low else
               "permohonan-pelibatan" if ("permohonan" in low or "penunjuk" in low
                                          or "pelibatan" in low) else None)
    if routing is None:
        return None
    return {"routing": routing, "scope": _context_scope(node), "n": 0}


def _claims(tree: Tree, ctx: _Context) -> list:
    """The claims a claim subtree states ([] when it states none)."""
    rule = tree.data
    node_toks = ctx.tokens
    if rule == "kedudukan":
        subjects = _subjects(_sub(tree, "subjects"))
        if not subjects:
            return []
        units = []
        lok = _sub(tree, "lokasi")
        if lok is not None:
            units.append(_first(lok, "UNIT").meaning)
        else:
            # "(Khusus) ... pada <a unit the lexicon does not know> ...
            # berkedudukan": the claim holds only there, and where is not
            # read: not guessed
            low = ctx.node.text.lower()
            verb = min((i for i in (low.find("berkedudukan"), low.find("bertanggung jawab"))
                        if i >= 0), default=-1)
            at = low.find("bertugas pada ", 0, max(verb, 0))
            named = (ctx.ext.named_units.get(low[at + len("bertugas pada "):verb].strip(" ,"))
                     if at >= 0 else None)
            if named is not None:
                # "... yang bertugas pada <a unit the text names>, berkedudukan"
                units.append(named)
            elif verb > 0 and (low.startswith("khusus") or at >= 0):
                return []
        holders = _holders(_sub(tree, "holders"))
        units += [u for _, u in holders if u and u not in units]
        peran = _sub(tree, "peran")
        if peran is not None:
            roles = [h for h, _ in _holders(_sub(peran, "holders")) if h in ROLES]
        elif _first(tree, "BTJ") is not None and _first(tree, "LANGSUNG") is not None:
            roles = ["atasan-langsung"]
        else:
            roles = []
        return [("peran", r, subjects, units or ["semua"], ["semua"], h)
                for r in roles for h, _ in holders if h not in ROLES or h != r]
    if rule == "lapor":
        cap = _sub(tree, "capacity")
        capacity = None
        if cap is not None:
            kinds = {t.type for t in _tokens(cap)}
            capacity = ("individu" if "SECARA_INDIVIDU" in kinds else
                        "ketua-tim" if "KETUA_TIM" in kinds else "anggota-tim")
        elif ctx.role in ("ketua-tim", "anggota-tim"):
            capacity = ctx.role
        elif ctx.prev is not None and ctx.prev.data == "jabatan_ketua" \
                and _first(ctx.prev, "SEBAGAI") is not None:
            # "X yang berperan sebagai ketua tim | melaporkan ...": the
            # relative clause is the reporter's capacity, not a claim
            capacity = "ketua-tim"
            ctx.drop_prev = True
        if capacity is None:
            return []
        holder_trees = [c for c in tree.children if isinstance(c, Tree) and c.data == "holder"]
        to, _ = _holder(holder_trees[0])
        via = _sub(tree, "melalui")
        if via is not None:
            # "melalui A dan B": a way through each
            modes = [("melalui", h) for h, _ in _holders(_sub(via, "holders"))]
        elif _first(tree, "LANGSUNG") is not None:
            modes = ["langsung"]
        else:
            modes = ["tidak_disebut"]
        # the subject: the run of subject words just before "melaporkan"
        subjects: list[str] = []
        for c in tree.children:
            if isinstance(c, Token) and c.type == "MELAPORKAN":
                break
            if isinstance(c, Token) and c.type in ("SUBJ", "PF", "PELAKSANA"):
                subjects += [s for s in c.meaning if s not in subjects]
            elif not (isinstance(c, Token) and c.type == "CONJ"):
                subjects = []
        if not subjects or set(subjects) == _SUBJECTS_ALL or (
                set(subjects) == set(lexicon.ALL_JF) and len(subjects) == 8):
            subjects = ["semua"]
        claims = [("melapor", capacity, subjects, to, m) for m in modes]
        lok = _sub(tree, "lokasi")
        if lok is not None:
            # "Khusus pada Sekretariat Daerah, ... melaporkan ...": holds there
            unit = _first(lok, "UNIT").meaning
            claims = [("di", [unit], c) for c in claims]
        return claims
    if rule == "tunjuk_ketua":
        return [("wewenang", "penetapan-ketua-tim", "semua", _holder(_sub(tree, "holder"))[0])]
    if rule == "hasil":
        # the block's staff working individually, or as a team through its
        # ketua, hand their results to X; only in a unit's block of the
        # Lampiran (elsewhere the units it holds in are unknown)
        if ctx.node.path[0][0] != "lampiran" or _lampiran_units(ctx.node) is None:
            return []
        parent = ctx.node.parent
        if parent is not None and "evaluasi" in parent.text.lower():
            # a step of the Tahap Evaluasi: the reviewing official sends the
            # results on (their own report, not the staff's)
            return []
        to = _holder(_sub(tree, "holder"))[0]
        return [("melapor", c, ["semua"], to, "tidak_disebut") for c in ("individu", "ketua-tim")]
    if rule in ("mohon", "jawab"):
        a, b = [t.meaning for t in _tokens(tree) if t.type == "PARTY"]
        scopes = (["lintas-unit", "lintas-perangkat-daerah"] if "both" in (a[1], b[1])
                  else [a[1]])
        n, action = (1, "mengajukan-permohonan") if rule == "mohon" else (2, "menjawab")
        out = []
        for sc in scopes:
            fr, to = lexicon.PARTY_ROLE.get((a[0], sc)), lexicon.PARTY_ROLE.get((b[0], sc))
            if fr and to:
                out.append(("langkah", "permohonan-pelibatan", sc, n,
                            ("step", fr, action, to, [])))
        return out
    if rule == "sukarela":
        # "atasan langsung/Pejabat Penilai Kinerja": one official, two names
        holders = []
        for h, _ in _holders(_sub(tree, "holders")):
            h = "pejabat-penilai-kinerja" if h == "atasan-langsung" else h
            if h not in holders:
                holders.append(h)
        scopes = []
        for t in _leaves(node_toks):
            if t.type == "SCOPE" and t.meaning not in scopes:
                scopes.append(t.meaning)
        out = []
        for sc in scopes or ["semua"]:
            for h in holders:
                out += [("wewenang", "persetujuan-pengajuan-sukarela", sc, h),
                        ("langkah", "pengajuan-sukarela", sc, 1,
                         ("step", "pegawai", "mengajukan-permohonan", h, [])),
                        ("langkah", "pengajuan-sukarela", sc, 2,
                         ("step", h, "menyetujui", "pegawai", []))]
        return out
    if rule in ("peran_adalah", "peran_sebagai"):
        if ctx.node.path[0][0] != "lampiran" or _lampiran_units(ctx.node) is None:
            # in the batang tubuh kedudukan says it; outside a unit's block
            # of the Lampiran the role would hold everywhere: not guessed
            return []
        hs = [c for c in tree.children if isinstance(c, Tree)]
        if rule == "peran_adalah":
            roles = [_holder(hs[0])[0]]
            posts = [h for h, _ in _holders(hs[-1])]
        else:
            posts = [h for h, _ in _holders(hs[0])]
            roles = [h for h, _ in _holders(hs[1])]
        return [("peran", r, ["semua"], ["semua"], ["semua"], p)
                for r in roles if r in ROLES for p in posts if p not in ROLES]
    if rule == "koordinator":
        return [("ketua_tim", "jabatan", "dapat", [_holder(_sub(tree, "holder"))[0]])]
    if rule == "membawahi":
        units = []
        for t in _leaves(node_toks):
            if t.type == "UNIT" and t.meaning not in units:
                units.append(t.meaning)
        lists = [c for c in tree.children if isinstance(c, Tree) and c.data == "subjects"]
        subjects = _subjects(lists[0])
        if len(lists) > 1:
            # "membawahi X <qualifying words> dan Y": Y is a party only
            # where the words before it end with the conjunction
            between = tree.children[tree.children.index(lists[0]) + 1]
            if _ENDS_CONJ.search(str(between)):
                subjects = _subjects(Tree("subjects", lists[0].children + lists[1].children))
        return [("peran", "atasan-langsung", subjects, units or ["semua"],
                 ["semua"], "pejabat-fungsional")]
    if rule == "minta_laporan":
        return [("wewenang", "meminta-laporan", "semua", h)
                for h, _ in _holders(_sub(tree, "holders"))]
    if rule == "tunjuk":
        return [("wewenang", "penunjukan", "semua", h)
                for h, _ in _holders(_sub(tree, "holders"))]
    if rule == "periode":
        return [("durasi", "penugasan", ("sesuai", Str(_first(tree, "PERIODE").meaning)))]
    if rule == "tetap" and any(t.type == "OBJ_KEDUDUKAN" for t in _leaves(node_toks)):
        # "Kedudukan sebagaimana dimaksud dalam Pasal 8 ditetapkan oleh
        # pejabat pembina kepegawaian": who sets the kedudukan
        return [("wewenang", "penetapan-kedudukan", "semua", h)
                for h, _ in _holders(_sub(tree, "holders"))]
    if rule in ("tetap", "tetap_doc"):
        toks = _tokens(tree)
        doc = _first(tree, "DOC")
        if doc is None and not any(t.type in ("PENUGASAN", "DOC", "PENUGASAN_LANGSUNG")
                                   for t in node_toks):
            return []
        scope = _scope(toks)
        out = []
        for h, _ in _holders(_sub(tree, "holders")):
            out.append(("wewenang", "penetapan-penugasan", scope, h))
            if doc is not None:
                out.append(("instrumen", _form(toks), scope, doc.meaning, h))
                if scope in ("lintas-unit", "lintas-perangkat-daerah") and \
                        doc.meaning in ("surat-perintah", "surat-penugasan"):
                    # the letter closes the request's routing
                    out.append(("langkah", "permohonan-pelibatan", scope, 3,
                                ("step", h, "menerbitkan-penugasan", "pegawai", [])))
        return out
    if rule == "tetap_dari":
        scope = _scope(node_toks)
        holder, _ = _holder(_sub(tree, "holder"))
        out = [("wewenang", "penetapan-penugasan", scope, holder)]
        for doc in [t for t in _tokens(tree) if t.type == "DOC"]:
            out.append(("instrumen", _form(node_toks), scope, doc.meaning, holder))
        return out
    if rule == "tetap_dengan":
        pairs, doc = [], None
        for c in tree.children:
            if isinstance(c, Token) and c.type == "DOC":
                doc = c.meaning
                h = _doc_signer(doc)
                if h:
                    pairs.append((doc, h))
            elif isinstance(c, Tree) and c.data == "holder":
                # "Keputusan Kepala Perangkat Daerah atau Kepala Unit Organisasi"
                h = _holder(c)[0]
                d = {"pimpinan-unit-organisasi": "keputusan-kepala-unit-organisasi",
                     "kepala-perangkat-daerah": "keputusan-kepala-perangkat-daerah"}.get(h)
                if d:
                    pairs.append((d, h))
        start = _tokens(tree)[0].start_pos
        before = [t for t in node_toks if t.end_pos <= start]
        if any(t.type == "KETUA_TIM" for t in before):
            # "Penunjukan Ketua Kelompok Kerja ... ditetapkan dengan Keputusan ..."
            return [c for d, h in pairs for c in (("ketua_tim", "penetapan", "wajib", d),
                                                  ("wewenang", "penetapan-ketua-tim",
                                                   "semua", h))]
        scopes = []
        for t in _leaves(node_toks):
            if t.type == "SCOPE" and t.meaning != "dalam-unit" and t.meaning not in scopes:
                scopes.append(t.meaning)
        if not scopes and _context_scope(ctx.node) == "semua":
            # "Penugasan Tim Kerja ... sebagaimana dimaksud pada ayat (4)
            # ditetapkan dengan ...": the scopes ayat (4) names
            scopes = _referenced_scopes(ctx.node)
        out = []
        for d, h in pairs:
            out.append(("wewenang", "penetapan-penugasan", "semua", h))
            out += [("instrumen", _form(node_toks), sc, d, h) for sc in scopes or ["semua"]]
        return out
    if rule == "asal_ketua":
        st = _sub(tree, "strength")
        strength = "diutamakan" if st is not None and _first(st, "DIUTAMAKAN") else "wajib"
        scopes = []
        for t in _leaves(node_toks):
            if t.type == "SCOPE" and t.meaning != "dalam-unit" and t.meaning not in scopes:
                scopes.append(t.meaning)
        origin = _first(tree, "ORIGIN").meaning
        # "X yang berperan sebagai ketua tim berasal dari ...": the origin;
        # who may lead is said where it is the sentence's point
        # (jabatan_ketua), not in a relative clause
        return [("ketua_tim", ("asal", s), strength, origin) for s in scopes or ["semua"]]
    if rule == "jabatan_ketua":
        strength = "wajib" if _first(tree, "BERASAL_DARI") is not None else "dapat"
        who = _sub(tree, "subjects")
        posts = (_posts(who) if who is not None
                 else [h for h, _ in _holders(_sub(tree, "holders"))])
        return [("ketua_tim", "jabatan", strength, posts)]
    if rule == "definisi_ketua":
        return [("ketua_tim", "jabatan", "dapat", _posts(_sub(tree, "subjects")))]
    if rule == "definisi_ppk":
        # "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan
        # paling rendah pejabat pengawas ...": a lower bound (pengawas or
        # any post above it), paling_rendah/1; the delegation it admits is
        # a precedence claim (pendelegasian), counted apart
        return [("peran", "pejabat-penilai-kinerja", ["semua"], ["semua"], ["semua"],
                 ("paling_rendah", "pengawas"))]
    if rule == "definisi_daftar":
        # the posts that may hold the role, down to a Pejabat Fungsional
        # appointed to lead a unit: the enumeration paling_rendah(fungsional)
        role = _first(tree, "HOLDER").meaning
        if role not in ("pimpinan-unit-organisasi", "pejabat-penilai-kinerja"):
            return []
        return [("peran", role, ["semua"], ["semua"], ["semua"],
                 ("paling_rendah", "fungsional"))]
    if rule == "batas_lama":
        n = _first(tree, "NUM").meaning
        unit = _first(tree, "TIME_UNIT").meaning
        return [("durasi", _context_thing(ctx.node), ("paling_lama", n, unit))]
    if rule == "batas_antara":
        span = _tokens(tree)
        text = ctx.node.text[span[0].start_pos:span[-1].end_pos]
        return [("durasi", _context_thing(ctx.node), ("sesuai", Str(text)))]
    if rule == "tunjuk_oleh":
        return [("wewenang", "penunjukan", _context_scope(ctx.node), h)
                for h, _ in _holders(_sub(tree, "holders"))]
    if rule == "setuju":
        if "sukarela" not in (ctx.node.parent.text if ctx.node.parent else "").lower():
            return []
        holder = _holder(_sub(tree, "holder"))[0]
        return [("wewenang", "persetujuan-pengajuan-sukarela", _context_scope(ctx.node), holder),
                _step(ctx, holder, "menyetujui", "pegawai")]
    if rule == "beri_surat":
        holder = _holder(_sub(tree, "holder"))[0]
        scope = _context_scope(ctx.node)
        words = [c for c in tree.children if isinstance(c, Token) and c.type == "W"]
        if words:
            # "X sebagaimana dimaksud pada ayat (N) memberikan ...": the X
            # ayat (N) names, in the role it has there; where this ayat
            # names no scope, ayat (N)'s
            m = re.fullmatch(lexicon.AYAT_REFERENCE, str(words[0]).strip(), re.I)
            ref = _sibling_ayat(ctx.node, m.group(1)) if m else None
            if ref is None:
                return []
            holder = ctx.ext.named.get(ref.cite, {}).get(holder, holder)
            if scope == "semua":
                scope = _context_scope(ref)
        return [("instrumen", "semua", scope, _first(tree, "DOC").meaning, holder),
                _step(ctx, holder, "menerbitkan-penugasan", "pegawai")]
    if rule == "tugas":
        verb = _first(tree, "MEMASTIKAN") or _first(tree, "MEMBUAT")
        return _duty(tree, ctx, _holder(_sub(tree, "holder"))[0], verb)
    if rule == "wenang_tugas":
        after = [t for t in _tokens(tree) if t.type in ("MEMBERIKAN", "W")][-1]
        return _duty(tree, ctx, _holder(_sub(tree, "holder"))[0], after)
    if rule == "pengganti":
        # who may stand in for the ketua: any of the grades listed
        return [("ketua_tim", "pengganti", "dapat",
                 [t.meaning for t in _tokens(tree) if t.type == "JENJANG"])]
    if rule == "kirim_mohon":
        # the request for staff across units or agencies: sent by the
        # requesting side's leader, to the leader it names (a generic
        # "Pimpinan Unit Organisasi": the other side's, where the staff are)
        scope = _context_scope(ctx.node)
        sender = lexicon.PARTY_ROLE.get(("pemohon", scope))
        htree = _sub(tree, "holder")
        to = _party(htree, scope, "asal")
        generic = _holder(htree)[0]
        if sender is None or to == generic and any(
                r.startswith(f"{generic}-") for r in lexicon.PARTY_ROLE.values()):
            return []
        ctx.ext.named.setdefault(ctx.node.cite, {})[generic] = to
        return [("langkah", "permohonan-pelibatan", scope, 1,
                 ("step", sender, "mengajukan-permohonan", to, []))]
    if rule == "tugaskan":
        return [_step(ctx, _holder(_sub(tree, "holder"))[0], "menerbitkan-penugasan",
                      "pegawai")]
    if rule == "aju":
        scope = ctx.steps["scope"] if ctx.steps else _context_scope(ctx.node)
        out = []
        approval = _sub(tree, "persetujuan")
        if approval is not None:
            # "... atas persetujuan Y": Y's approval comes before the request
            by = _party(_sub(approval, "holder"), scope)
            if ctx.steps is not None and ctx.steps["routing"] == "pengajuan-sukarela":
                out.append(("wewenang", "persetujuan-pengajuan-sukarela", scope, by))
            out.append(_step(ctx, by, "menyetujui", "pegawai"))
        copy = _sub(tree, "tembusan")
        cc = [_party(_sub(copy, "holder"), scope)] if copy is not None else []
        out.append(_step(ctx, "pegawai", _first(tree, "MENYAMPAIKAN").meaning,
                         _party(_sub(tree, "holder"), scope), cc))
        return out
    if rule == "penilaian":
        subjects = _subjects(_sub(tree, "subjects"))
        holder = _holder(_sub(tree, "holder"))[0]
        lok = _sub(tree, "lokasi")
        if lok is None:
            # the official who assesses the subjects is their Pejabat
            # Penilai Kinerja, as where the sentence names the unit
            return [("peran", "pejabat-penilai-kinerja", subjects, ["semua"], ["semua"], holder),
                    ("wewenang", "penilaian-kinerja", "semua", holder)]
        unit = _first(lok, "UNIT").meaning
        return [("peran", "pejabat-penilai-kinerja", subjects, [unit], ["semua"], holder),
                ("di", [unit], ("wewenang", "penilaian-kinerja", "semua", holder))]
    return []


_ITEM_END = re.compile(r"[\s;,.:]*(?:\b(?:dan/atau|dan|atau)\b)?[\s;,.:]*$")


def _item_text(text: str) -> str:
    """A list item's words without its closing punctuation and conjunction."""
    return _ITEM_END.sub("", text).strip()


def _read(node: Node, role, ext: Extraction, seen: set) -> object:
    """Add the norms of one provision's own text; return the role its list
    items take (a chapeau "Tanggung jawab X ... meliputi:"), if any."""
    text = node.text
    toks = tokenize(text)
    subtrees = []
    for sentence in sentences(toks):
        if any(t.type in lexicon.ANCHORS for t in sentence):
            for sub in parse_sentence(sentence).children:
                if isinstance(sub, Tree):
                    sub.sentence_start = sentence[0].start_pos
                subtrees.append(sub)
    tree = Tree("start", subtrees)
    ctx = _Context(node, toks, role if not isinstance(role, dict) else None,
                   steps=role if isinstance(role, dict) else None, ext=ext)
    if ctx.steps is not None:
        # an approval the item states without its approver ("Apabila
        # pengajuan disetujui, maka ..."): a step not read, so the number
        # of every later step of the list is not known
        raw = _words(text)
        if any(t.type == "DISETUJUI" and (i + 1 == len(raw) or raw[i + 1].type != "OLEH")
               for i, t in enumerate(raw)):
            ctx.steps["gap"] = True
    found, chapeau_role = 0, None
    pending: list = []          # (claims, quote) per claim subtree
    for sub in tree.children:
        if not isinstance(sub, Tree):
            continue
        if sub.data == "chapeau_tj":
            hs = _holders(_sub(sub, "holders"))
            chapeau_role = hs[-1][0] if hs else None
            found += 1
            continue
        if sub.data == "chapeau_tunjuk":
            chapeau_role = ("penunjukan",)
            found += 1
            continue
        ctx.drop_prev = False
        ctx.sentence_start = getattr(sub, "sentence_start", 0)
        claims = [c for c in _claims(sub, ctx) if c is not None]
        if node.path[0][0] == "lampiran":
            claims = _scoped(claims, node)
        if ctx.drop_prev and pending:
            pending.pop()
        ctx.prev = sub
        span = _tokens(sub)
        end = getattr(sub, "quote_end", span[-1].end_pos)
        pending.append((claims, text[span[0].start_pos:end]))
    for claims, quote in pending:
        for c in claims:
            if _add(ext, seen, c, node.cite, quote) and claim_kind(c) == "instrumen":
                _written_for(ext, node, len(ext.norms))
        found += bool(claims)
    for c, quote in _acting_as(text):
        _add(ext, seen, c, node.cite, quote)
    if role == ("penunjukan",) and node.kind in ("huruf", "angka", "butir"):
        # an item of "penugasan langsung ... dari :": the one who assigns
        first = next((t for t in toks if t.type == "HOLDER"), None)
        if first is not None:
            _add(ext, seen, ("wewenang", "penunjukan", "semua", first.meaning), node.cite,
                 str(first))
            found += 1
    if role is not None and isinstance(role, str) and node.kind in ("huruf", "angka", "butir"):
        item = _item_text(text)
        if item:
            _add(ext, seen, ("tanggung_jawab", role, Str(item)), node.cite, item)
            found += 1
    if not found and any(t.type in lexicon.TRIGGERS for t in toks):
        ext.unread.append({"cite": node.cite, "text": text})
    return chapeau_role


def _written_for(ext: Extraction, node: Node, place: int) -> None:
    """Note that the norm at ``place`` (an instrument read in ``node``) is
    written for the way of assigning its provision names, if any."""
    found = _route_act(node)
    if found is None:
        return
    act_node, words = found
    key = re.sub(r"\s+", " ", words.lower()).replace("penunjukkan", "penunjukan")
    ext.acts.setdefault(key, (act_node, words, []))[2].append(place)


class ExtractionStopped(Exception):
    """The caller's ``should_stop`` said to stop (a deadline passed)."""


def _walk(node: Node, role, ext: Extraction, seen: set, should_stop=None) -> None:
    if should_stop is not None and should_stop():
        raise ExtractionStopped(node.cite)
    child_role = None
    if node.text and node.cite:
        child_role = _read(node, role, ext, seen)
        child_role = _tahapan(node) or child_role
    for child in node.children:
        _walk(child, child_role, ext, seen, should_stop)


def extract(doc: Document, parts=("batang", "lampiran"), should_stop=None) -> Extraction:
    """The norms of ``doc``'s batang tubuh (every Pasal) and Lampiran.
    ``should_stop`` (no argument) is asked before each provision; when it
    says True, ExtractionStopped is raised."""
    ext, seen = Extraction(), set()
    _named_units(doc, ext, seen, "lampiran" in parts)
    for node in doc.nodes():
        if len(node.path) != 1:
            continue
        kind = node.path[0][0]
        if (kind == "pasal" and "batang" in parts) or (kind == "lampiran" and "lampiran" in parts):
            _walk(node, None, ext, seen, should_stop)
    _conditions(ext, seen)
    return ext


def is_lampiran(cite: str) -> bool:
    return cite.startswith("Lampiran")
