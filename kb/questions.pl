/*  Part of perbup-kb

    The question API: ask(Question, Regency, Params) collects every answer
    the rules (kb/rules.pl) derive, finds the conflicts among them, and
    returns a JSON-ready dict:

      question, regency, params,
      status     answered | conflict | tidak-diatur
      answers    [{value, key, labels..., citations, steps?}]
      citations  [{regency, cite, quote}] every provision used, once
      conflicts  [{about, sides: [{value, label, citation}]}]
      overridden [{citation, by, reason, message}] provisions set aside by
                 precedence (kb/precedence.pl); each answer carries its own,
                 and its conditions [{condition, citation}]
      closest    for tidak-diatur: the nearest general provisions

    The value strings are documented in tests/golden/README.md.
*/

:- module(questions,
          [ ask/4,                  % +Question, +Regency, +ParamsDict, -Result
            ask/5,                  % +Question, +Regency, +ParamsDict, +Proofs, -Result
            params_term/3,          % +Regency, +ParamsDict, -ParamsTerm
            variant_patterns/4,     % +Regency, +ParamsTerm, +Items, -Patterns
            variant_params/3,       % +ParamsTerm, +Pattern, -ParamsTerm
            variant_key/6,          % +Regency, +ParamsTerm, +Pattern, +Key0, +Norms, -Key
            norm_citation/3,        % +Regency, +NormId, -CitationDict
            value_text/2,           % +Term, -String
            holder_label/3          % +Lang, +Holder, -Label
          ]).
:- use_module(api).
:- use_module(norms).
:- use_module(rules).
:- use_module(precedence).
:- use_module(vocabulary).
:- use_module(regulations).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

perbup_api:api_op(ask, Args, Result) :-
    atom_string(Q, Args.question),
    atom_string(R, Args.regency),
    (   get_dict(lang, Args, L0), L0 \== null      % the language of the answers' text
    ->  atom_string(Lang, L0),
        (   wording:languages(Ls), memberchk(Lang, Ls)
        ->  true
        ;   throw(perbup_error("invalid", "bahasa tidak dikenal (id, en)", _{parameter: lang}))
        )
    ;   Lang = id
    ),
    ask(Q, R, Args.params, Lang-[], Result).

perbup_api:api_op(vocabulary, Args, Terms) :-
    (   is_dict(Args), get_dict(regency, Args, R0), R0 \== null
    ->  atom_string(R, R0)                    % only that regulation's own terms
    ;   true
    ),
    findall(_{category: C, id: Id, label: L, label_en: E},
            term(C, Id, L, E), General),
    findall(_{category: "named-unit", id: Id, label: L, label_en: L, regency: R,
              kind: Kind, pattern: PT, citation: Cite},
            ( norm(R, N, unit_bernama(Id, L, Kind, Pola), _, _),
              value_text(Pola, PT),
              norm_citation(R, N, Cite) ),
            Named),
    findall(_{category: "pattern", id: Id, label: L, label_en: L, regency: R,
              pattern: P, citation: Cite},
            ( norm(R, N, pola_bernama(Id, P), _, Heading),
              normalize_space(string(L), Heading),
              norm_citation(R, N, Cite) ),
            Patterns),
    findall(_{category: "holder", id: Id, label: L, label_en: E},
            ( term(level, Lv, _, _),
              member(H, [level(Lv), level_atau_atas(Lv), paling_rendah(Lv)]),
              value_text(H, Id),
              holder_label(id, H, L),
              holder_label(en, H, E) ),
            Holders),
    append([General, Holders, Named, Patterns], Terms).

%!  ask(+Question, +Regency, +Params:dict, -Result:dict) is det.

ask(Q, R, Params, Result) :-
    ask(Q, R, Params, [], Result).

%!  ask(+Q, +R, +Params, +Proofs, -Result) is det.
%
%   Proofs is a list of Key-Value-Norms-Tree (kb/explain.pl), or
%   Lang-Proofs for the language of the steps precedence adds; each
%   answer whose item has one carries it as its `explanation`.

ask(Q, R, Params, Proofs0, Result) :-
    (   Proofs0 = Lang-Proofs1
    ->  true
    ;   Lang = id, Proofs1 = Proofs0
    ),
    must_be_known(question, Q),
    must_be_known(regency, R),
    params_term(R, Params, PT),
    findall(item(K, V, Ns), answer_item(Q, R, PT, K, V, Ns), Items00),
    variant_items(Q, R, PT, Items00, Items0),
    sort(Items0, Items1),
    order_items(Items0, Items1, All),
    begin_case,
    resolve(R, PT, All, Items, SetAside),
    findall(C, conflict(R, PT, Items, C), Conflicts0),
    merge_items(Items, Merged0),
    absorb(R, PT, Merged0, Merged, Into),
    absorbed_proofs(Lang, Into, Proofs1, Proofs),
    maplist(answered_side(Into), Conflicts0, Conflicts1),
    sort(Conflicts1, Conflicts2),
    maplist(conflict_dict(Lang, R), Conflicts2, Conflicts),
    answers(Q, R, ctx(Lang, Proofs, SetAside, PT), Merged, Answers),
    used_norms(All, Used0),
    findall(CN, ( member(item(_, _, Ns), Items), member(N, Ns),   % the conditions
                  condition(R, N, CN) ), CNs),                    % they hold under
    append(Used0, CNs, Used1),
    list_to_set(Used1, Used),
    maplist(norm_citation(R), Used, Citations),
    overridden_dicts(Lang, R, SetAside, Overridden),
    status(Items, Conflicts, Status),
    closest(Status, Q, R, Closest),
    dict_pairs(Params, _, PP),
    dict_pairs(ParamsOut, params, PP),
    Result = _{question: Q, regency: R, params: ParamsOut, status: Status,
               answers: Answers, citations: Citations, conflicts: Conflicts,
               overridden: Overridden, closest: Closest}.

%   variant_items(Q, R, PT, Items0, Items): asked about a unit kind that
%   no provision names, where the regulation writes its blocks for
%   patterns that units of that kind follow (a Lampiran block for
%   "Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama",
%   listing Dinas Pendidikan, Dinas Kesehatan, ...), each pattern's own
%   items are variants of the answer: the unit's structure chooses between
%   them (precedence:variants/3), and each answer states, as its
%   condition, which units follow its pattern (variant_condition/5).

variant_items(Q, R, PT, Items0, Items) :-
    variant_patterns(R, PT, Items0, Ps), !,
    findall(item(K, V, Ns),
            ( member(Pola, Ps),
              variant_params(PT, Pola, PTV),
              answer_item(Q, R, PTV, K0, V, Ns),
              variant_key(R, PT, Pola, K0, Ns, K) ),
            Extra),
    append(Items0, Extra, Items).
variant_items(_, _, _, Items, Items).

%!  variant_patterns(+R, +PT, +Items, -Patterns) is semidet.
%
%   The unit asked is a unit kind that no item's provision names, and
%   Patterns are the patterns units of that kind follow.

variant_patterns(R, PT, Items0, Ps) :-
    PT = p(_, _, U, _, _, _),
    atom(U), known(unit, U),
    \+ ( member(item(_, _, Ns), Items0), member(N, Ns),
          precedence:norm_scope(R, N, scope(Us, _, _, _, _)),
          \+ memberchk(semua, Us) ),
    findall(Pola, norm(R, _, unit_bernama(_, _, U, pola(Pola)), _, _), Ps0),
    sort(Ps0, Ps), Ps \== [].

%!  variant_params(+PT, +Pola, -PTV) is det.
%!  variant_key(+R, +PT, +Pola, +Key0, +Norms, -Key) is semidet.
%
%   The case asked of one pattern, and an item of it that the pattern's
%   own block gives, keyed on the unit kind asked.

variant_params(p(S, C, _, P, Sc, Role), Pola, p(S, C, pola(Pola), P, Sc, Role)).

variant_key(R, p(_, _, U, _, _, _), Pola, K0, [N|_], K) :-
    precedence:norm_scope(R, N, scope(Us, _, _, _, _)),
    memberchk(pola(Pola), Us),
    K0 =.. [F|Args0],
    maplist(unit_for(pola(Pola), U), Args0, Args),
    K =.. [F|Args].

unit_for(Pola, U, A, U) :- A == Pola, !.
unit_for(_, _, A, A).

%   variant_condition(+Lang, +R, +PT, +Norm, -Dict): the condition of an answer
%   a pattern's block gives for a unit kind: the units of that kind the
%   Lampiran lists under the pattern

variant_condition(Lang, R, p(_, _, U, _, _, _), N, _{condition: Text, citation: Cite}) :-
    atom(U), known(unit, U),
    precedence:norm_scope(R, N, scope(Us, _, _, _, _)),
    \+ memberchk(U, Us), \+ memberchk(semua, Us),   % reached through its pattern only
    member(pola(Pola), Us),
    findall(L-UN, norm(R, UN, unit_bernama(_, L, U, pola(Pola)), _, _), Named),
    Named = [_-First|_],
    pairs_keys(Named, Labels),
    atomic_list_concat(Labels, ', ', LA),
    label(Lang, U, UL),
    wording:say(Lang, varian, [UL, LA], Text),
    norm_citation(R, First, Cite).

%   absorbed_proofs: the derivation of an item another answer absorbed
%   (kb/precedence.pl, absorb/5) is a derivation of that answer, under a
%   step that says why the two are one answer

absorbed_proofs(_, [], Proofs, Proofs) :- !.
absorbed_proofs(Lang, Into, Proofs0, Proofs) :-
    findall(P, ( member(P0, Proofs0), renamed_proof(Into, P0, P) ), Proofs1),
    findall(KB-VB-Ns-_{kind: "sejalan", claim: Msg, children: [Tree]},
            ( member(into(item(KB, VB, _), item(KA, VA, _)), Into),
              member(K-VA-Ns-Tree, Proofs0), K =@= KA,
              wording:agreement_text(Lang, VB, VA, Msg) ),
            Extra),
    append(Proofs1, Extra, Proofs).

%   renamed_proof: an answer whose value absorption completed keeps its
%   own derivation under its new value

renamed_proof(Into, K-V-Ns-Tree, K-V1-Ns-Tree) :-
    member(renamed(item(_, V1, _), item(K0, V0, _)), Into),
    K0 =@= K, V0 =@= V, !.
renamed_proof(_, P, P).

%   keep the rules' order (document order of the norms) without repeats

order_items(Items0, Set, Items) :-
    foldl(keep_first(Set), Items0, []-[], _-Rev),
    reverse(Rev, Items).

keep_first(_, Item, Seen-Acc, Seen-Acc) :- memberchk(Item, Seen), !.
keep_first(_, Item, Seen-Acc, [Item|Seen]-[Item|Acc]).

%   merge_items: one answer per key and value, resting on every norm that
%   gives it (in document order)

merge_items(Items, Merged) :-
    findall(K-V, member(item(K, V, _), Items), KVs0),
    list_to_set(KVs0, KVs),
    findall(item(K, V, Ns),
            ( member(K-V, KVs),
              findall(N, ( member(item(K1, V1, Ns1), Items), K1 =@= K, V1 =@= V,
                           member(N, Ns1) ), Ns0),
              list_to_set(Ns0, Ns) ),
            Merged).

status([], _, 'tidak-diatur') :- !.
status(_, [_|_], conflict) :- !.
status(_, _, answered).

%!  params_term(+R, +Dict, -Term) is det.
%
%   Validate the parameters against the vocabulary (a named unit must be
%   one the regulation lists) and build the p/6 term of kb/rules.pl.

params_term(R, D, p(S, C, U, P, Sc, Role)) :-
    param(D, subject, subject, R, S),
    param(D, capacity, capacity, R, C),
    param(D, unit, unit, R, U0),
    unit_term(R, U0, U),
    param(D, placement, placement, R, P),
    param(D, scope, scope, R, Sc),
    param(D, role, holder, R, Role).

param(D, Key, Cat, R, Value) :-
    (   get_dict(Key, D, V0), V0 \== null, V0 \== ""
    ->  atom_string(Value, V0),
        (   valid_param(Cat, R, Value)
        ->  true
        ;   format(string(Msg), "~w tidak dikenal: ~w", [Key, Value]),
            throw(perbup_error("invalid", Msg, _{parameter: Key, value: V0}))
        )
    ;   true
    ).

valid_param(unit, R, U) :- !,
    (   known(unit, U)
    ;   norm(R, _, unit_bernama(U, _, _, _), _, _)
    ;   norm(R, _, pola_bernama(U, _), _, _)
    ),
    !.

valid_param(holder, _, H) :- !,
    ( known(role, H) ; known(post, H) ), !.
valid_param(Cat, _, V) :-
    known(Cat, V).

%   unit_term(+R, ?UnitId, -Unit): a pattern id of regulation R stands for
%   the pattern, pola(P), that its norms are written on.

unit_term(R, U0, U) :-
    (   atom(U0), norm(R, _, pola_bernama(U0, P), _, _)
    ->  U = pola(P)
    ;   U = U0
    ).

must_be_known(Cat, X) :-
    (   known(Cat, X)
    ->  true
    ;   format(string(Msg), "~w tidak dikenal: ~w", [Cat, X]),
        throw(perbup_error("not_found", Msg, _{category: Cat, value: X}))
    ).

%!  conflict(+Regency, +Params, +Items, -Conflict) is nondet.
%
%   Two provisions conflict on overlapping cases when each gives a value
%   that nothing the other gives agrees with, and neither governs the
%   other by precedence (kb/precedence.pl: a narrower scope within what
%   the wider allows, an exception, a structural variant, a condition).
%   Joint and alternative holders are one answer: "A dan/atau B" against
%   "A" is a narrowing, not a conflict ("surat penugasan dan/atau bukti
%   penugasan lainnya" against "surat penugasan"; "PPK dan/atau PUO"
%   against "PUO"), A against B is.  Each conflict names one value of
%   each side, the sides in a fixed order.

conflict(R, PT, Items, conflict(K, Sides)) :-
    member(I1, Items), I1 = item(K1, V1, [N1|_]),
    norm_list(R, N1, C1),
    member(I2, Items), I2 = item(K2, V2, [N2|_]),
    norm_list(R, N2, C2),
    C1 \== C2,
    overlaps(K1, K2),
    disagree(V1, V2),
    unmatched(R, PT, Items, I1, C2),
    unmatched(R, PT, Items, I2, C1),
    \+ no_rivals(R, PT, Items, I1, I2),
    msort([K1-V1-N1, K2-V2-N2], Sides),
    Sides = [K-_-_|_].

%   norm_list(+R, +N, -List): the provision a norm's enumeration belongs
%   to.  The huruf of one list ("dari: a. Pimpinan Unit Organisasi ...;
%   atau b. Pejabat yang diberi mandat") are read together as one
%   provision with several holders, so an item of the list is no rival of
%   its siblings and a provision naming one of them agrees with the list.

norm_list(R, N, List) :-
    norm_cite(R, N, C),
    split_string(C, " ", "", Ws),
    (   append(Parent, ["huruf", _], Ws),
        ( memberchk("ayat", Parent) ; memberchk("angka", Parent) )
    ->  atomic_list_concat(Parent, ' ', A), atom_string(A, List)
    ;   List = C
    ).

%   unmatched(+R, +PT, +Items, +Item, +List): nothing provision List gives on
%   a case overlapping K agrees with V

unmatched(R, PT, Items, I, Cite) :-
    I = item(K, _, _),
    \+ ( member(I3, Items), I3 = item(K3, _, [N3|_]),
          norm_list(R, N3, Cite),
          overlaps(K, K3),
          same_answer(R, PT, I, I3) ).

disagree(V1, V2) :-
    \+ compatible(V1, V2),
    \+ compatible(V2, V1).

%   norm_cite(+R, +N, -Cite): the canonical citation the loader resolved,
%   else the citation as the norm writes it

norm_cite(R, N, C) :-
    regulation_norm_source(R, N, C), !.
norm_cite(R, N, C) :-
    norm(R, N, _, C, _), !.

%   distinct_citations(+Cs0, -Cs): one citation per provision and quote
%   (two norms read from one sentence, "Keputusan Kepala Perangkat Daerah
%   atau Kepala Unit Organisasi", cite it once)

distinct_citations([], []).
distinct_citations([C|Cs0], [C|Cs]) :-
    exclude(same_citation(C), Cs0, Cs1),
    distinct_citations(Cs1, Cs).

same_citation(A, B) :- A.cite == B.cite, A.quote == B.quote.

%   answered_side: a side whose value an answer absorbed (a level where
%   the answer names the post) is shown with the answer's value, so each
%   side is an answer the user sees and can have explained

answered_side(Into, conflict(K, Sides0), conflict(K, Sides)) :-
    maplist(answered_value(Into), Sides0, Sides1),
    msort(Sides1, Sides).

answered_value(Into, K-V-N, K-V1-N) :-
    (   ( member(into(item(_, V1, _), item(KA, V, NsA)), Into)
        ; member(renamed(item(_, V1, _), item(KA, V, NsA)), Into)
        ),
        KA =@= K, memberchk(N, NsA)
    ->  true
    ;   V1 = V
    ).

conflict_dict(Lang, R, conflict(Key, Sides),
              _{about: About, about_text: AboutText, sides: SideDicts}) :-
    value_text(Key, About),
    wording:case_sentence(Lang, Key, AboutText),
    maplist(side_dict(Lang, R), Sides, SideDicts).

side_dict(Lang, R, K-V-N, _{value: T, label: Label, citation: C}) :-
    key_text(K, V, T),
    wording:answer_sentence(Lang, R, K, V, Label),
    norm_citation(R, N, C).

%!  answers(+Q, +R, +Ctx, +Items, -Answers) is det.
%
%   Ctx is ctx(Lang, Proofs, SetAside, Params).

answers(Q, R, Ctx, Items, Answers) :-
    routing(Q), !,
    findall(Rt-Sc, member(item(langkah(Rt, Sc, _), _, _), Items), Groups0),
    sort(Groups0, Groups),
    findall(A, ( member(Rt-Sc, Groups),
                 routing_answer(R, Ctx, Rt, Sc, Items, A) ),
            Answers).
answers(_, R, Ctx, Items, Answers) :-
    maplist(answer_dict(R, Ctx), Items, Answers).

routing('cross-unit-routing').
routing('cross-agency-routing').
routing('voluntary-routing').

routing_answer(R, Ctx, Rt, Sc, Items, _{routing: Rt, scope: Sc, scope_label: ScL,
                                   value: V, text: Title, steps: Steps}) :-
    label(Sc, ScL),
    Ctx = ctx(Lang, _, _, _),
    wording:case_sentence(Lang, langkah(Rt, Sc, _), Title0),
    wording:capitalised(Title0, Title),
    findall(I-item(K, V1, Ns),
            ( member(item(K, V1, Ns), Items), K = langkah(Rt, Sc, I) ),
            Pairs0),
    keysort(Pairs0, Pairs),
    pairs_values(Pairs, StepItems),
    maplist(answer_dict(R, Ctx), StepItems, Steps),
    format(string(V), "~w ~w", [Rt, Sc]).

answer_dict(R, ctx(Lang, Proofs, SetAside, PT), item(K, V, Ns), D) :-
    key_text(K, V, Text),
    value_fields(R, PT, V, Fields),
    maplist(norm_citation(R), Ns, Cs0),
    distinct_citations(Cs0, Cs),
    value_text(K, KT),
    findall(over(I, W, Why), ( member(over(I, W, Why), SetAside), memberchk(W, Ns) ), Os0),
    list_to_set(Os0, Os),
    overridden_dicts(Lang, R, Os, Over),
    findall(CN, ( member(N, Ns), condition(R, N, CN) ), CNs0),
    list_to_set(CNs0, CNs),             % one condition stated once (dicts'
    maplist(condition_dict(R), CNs, CDs),   % fresh tags defeat list_to_set)
    findall(CD, ( member(N, Ns), variant_condition(Lang, R, PT, N, CD) ), VDs),
    append(CDs, VDs, Conds),
    wording:answer_sentence(Lang, R, K, V, Sentence),
    put_dict(Fields, _{value: Text, key: KT, text: Sentence, citations: Cs, overridden: Over,
                       conditions: Conds}, D0),
    findall(Tree, member(K-V-_-Tree, Proofs), Trees0),
    maplist(with_precedence(Over), Trees0, Trees),
    (   Trees = [Tree|Others],          % one derivation per provision that gives it,
        Tree.kind \== "sejalan"          % its own first (a variant has none yet)
    ->  put_dict(_{explanation: Tree, alternatives: Others}, D0, D)
    ;   D = D0
    ).

%   with_precedence: the precedence steps that set other provisions aside
%   close the derivation of the answer that set them aside

with_precedence([], Tree, Tree) :- !.
with_precedence(Over, Tree0, Tree) :-
    findall(_{kind: "precedence", claim: Msg, reason: Why,
              citation: By, set_aside: Set, children: []},
            ( member(O, Over),
              get_dict(message, O, Msg), get_dict(reason, O, Why),
              get_dict(by, O, By), get_dict(citation, O, Set) ),
            Steps),
    get_dict(children, Tree0, Children0),
    append(Children0, Steps, Children),
    put_dict(children, Tree0, Children, Tree).

%!  overridden_dicts(+Lang, +R, +SetAside, -Dicts) is det.
%
%   Each provision set aside, with the provision that governs instead and
%   why, in the reader's words (kb/wording.pl).

overridden_dicts(Lang, R, SetAside, Dicts) :-
    findall(L-W-Why, member(over(item(_, _, [L|_]), W, Why), SetAside), Triples0),
    list_to_set(Triples0, Triples),
    findall(_{citation: LC, by: WC, reason: Why, message: Msg},
            ( member(L-W-Why, Triples),
              norm_citation(R, L, LC), norm_citation(R, W, WC),
              wording:precedence_text(Lang, R, Why, W, L, Msg) ),
            Dicts).

condition_dict(R, CN, _{condition: Text, citation: C}) :-
    norm(R, CN, syarat(_, Text), _, _),
    norm_citation(R, CN, C).

%   key_text: the documented answer value of an item

key_text(langkah(_, _, I), step(A, Act, To, Cc), T) :- !,
    maplist(value_text, [A, Act, To], [AT, ActT, ToT]),
    (   Cc == []
    ->  format(string(T), "~w ~w ~w ~w", [I, AT, ActT, ToT])
    ;   maplist(value_text, Cc, CcT),
        atomic_list_concat(CcT, ',', CcA),
        format(string(T), "~w ~w ~w ~w tembusan:~w", [I, AT, ActT, ToT, CcA])
    ).
key_text(act(Act, Scope, _), actor(A, _), T) :- !,
    maplist(value_text, [Act, Scope, A], [X, Y, Z]),
    format(string(T), "~w ~w ~w", [X, Y, Z]).
key_text(instrumen(F, Sc, _), dokumen(Doc, By), T) :- !,
    maplist(value_text, [F, Sc, Doc, By], [A, B, C, D]),
    format(string(T), "~w ~w ~w ~w", [A, B, C, D]).
key_text(ketua_tim(Aspect, _), ketua(Strength, Value), T) :- !,
    maplist(value_text, [Aspect, Strength, Value], [A, B, C]),
    format(string(T), "~w ~w ~w", [A, B, C]).
key_text(durasi(Thing), Bound, T) :- !,
    maplist(value_text, [Thing, Bound], [A, B]),
    format(string(T), "~w ~w", [A, B]).
key_text(tanggung_jawab(Role, _), item(Item), T) :- !,
    value_text(Role, RT),
    format(string(T), "~w: ~w", [RT, Item]).
key_text(_, V, T) :-
    value_text(V, T).

%   value_fields: the structured, labelled fields of an answer

value_fields(R, PT, lapor(To, Mode, Posts), F) :- !,
    value_fields_lapor(R, PT, lapor(To, Mode, Posts), F).
value_fields(R, _, V, F) :-
    value_fields(R, V, F).

value_fields(R, holder(H), F) :- !,
    value_text(H, HT), post_label(R, H, L),
    (   holder_level(H, Lv)                 % the level the post belongs to
    ->  label(Lv, LvL),
        F = _{post: HT, post_label: L, level: Lv, level_label: LvL}
    ;   F = _{post: HT, post_label: L}
    ).

value_fields(R, actor(A, _), _{actor: AT, actor_label: AL}) :- !,
    value_text(A, AT), post_label(R, A, AL).
value_fields(R, dokumen(Doc, By), _{document: DT, document_label: DL, set_by: BT, set_by_label: BL}) :- !,
    value_text(Doc, DT), post_label(R, Doc, DL),
    value_text(By, BT), post_label(R, By, BL).
value_fields(R, step(A, Act, To, Cc), _{actor: AT, actor_label: AL, action: ActT,
                                     to: ToT, to_label: ToL, tembusan: CcD}) :- !,
    value_text(A, AT), post_label(R, A, AL),
    value_text(Act, ActT),
    value_text(To, ToT), post_label(R, To, ToL),
    findall(_{post: CT, post_label: CL},
            ( member(C, Cc), value_text(C, CT), post_label(R, C, CL) ), CcD).
value_fields(_, ketua(S, V), _{strength: ST, detail: VT}) :- !,
    value_text(S, ST), value_text(V, VT).
value_fields(_, item(I), _{item: I}) :- !.
value_fields(_, _, _{}).

value_fields_lapor(R, p(_, _, U, _, _, _), lapor(To, Mode, Posts), F) :-
    value_text(To, ToT), post_label(R, To, ToL),
    pairs_keys(Posts, Ps1),
    list_to_set(Ps1, Ps0),
    exclude(less_precise_than_another(U, Ps0), Ps0, Ps),
    findall(_{post: PT, post_label: PL, citations: Cs},
            ( member(P, Ps), value_text(P, PT), post_label(R, P, PL),
              findall(C, ( ( member(P-N, Posts)
                           ; member(P0-N, Posts), P0 \== P,   % a bound it meets
                             more_precise_holder(U, P, P0) ),
                           N \== none, norm_citation(R, N, C) ), Cs0),
              list_to_set(Cs0, Cs) ),
            PostDicts),
    (   Mode = melalui(Via)
    ->  value_text(Via, ViaT), post_label(R, Via, ViaL),
        F = _{to: ToT, to_label: ToL, direct: false, via: ViaT, via_label: ViaL,
              posts: PostDicts}
    ;   Mode == langsung
    ->  F = _{to: ToT, to_label: ToL, direct: true, posts: PostDicts}
    ;   F = _{to: ToT, to_label: ToL, direct: null, posts: PostDicts}
    ).

%   the holders a role resolves to, as one answer does (kb/precedence.pl,
%   absorb/5): in the unit asked, a level or a bound that a more precise
%   holder of the list meets is that holder; asked about no unit, the
%   holders are those of every unit, and only a lower bound is one answer
%   with a level that meets it (the level holds wherever the bound does)

less_precise_than_another(U, Ps, P) :-
    member(P2, Ps), P2 \== P,
    more_precise_holder(U, P2, P), !.

more_precise_holder(U, P2, P) :-
    (   nonvar(U)
    ->  true
    ;   P = paling_rendah(_), ( P2 = level(_) ; P2 = level_atau_atas(_) )
    ),
    precedence:more_precise(holder(P2), holder(P)),
    rules:compatible(holder(P2), holder(P)).

%   holder_level(+Holder, -Level): the level a holder belongs to

holder_level(level(Lv), Lv) :- !.
holder_level(level_atau_atas(Lv), Lv) :- !.
holder_level(paling_rendah(Lv), Lv) :- !.
holder_level(H, Lv) :- atom(H), post_level(H, Lv), !.

%!  value_text(+Term, -String) is det.
%
%   The documented printed form of an id or term (tests/golden/README.md).

value_text(X, S) :- string(X), !, S = X.
value_text(X, S) :- atom(X), !, atom_string(X, S0), underscores(S0, S).
value_text(X, S) :- number(X), !, number_string(X, S).
value_text(level(L), S) :- !, format(string(S), "level:~w", [L]).
value_text(level_atau_atas(L), S) :- !, format(string(S), "level-atau-atas:~w", [L]).
value_text(paling_rendah(L), S) :- !, format(string(S), "paling-rendah:~w", [L]).
value_text(melalui(H), S) :- !, value_text(H, HT), format(string(S), "melalui:~w", [HT]).
value_text(paling_lama(N, U), S) :- !, format(string(S), "paling-lama:~w-~w", [N, U]).
value_text(sesuai(T), S) :- !, format(string(S), "sesuai:~w", [T]).
value_text(asal(Sc), S) :- !, format(string(S), "asal:~w", [Sc]).
value_text(holder(H), S) :- !, value_text(H, S).
value_text(lapor(To, Mode, _), S) :- !,
    value_text(To, T), value_text(Mode, M), format(string(S), "~w ~w", [T, M]).
value_text(L, S) :- is_list(L), !,
    maplist(value_text, L, Ts), atomic_list_concat(Ts, ',', A), atom_string(A, S).
value_text(T, S) :-
    T =.. [F|Args], Args \== [], !,
    maplist(value_text, Args, ArgTs),
    atomic_list_concat(ArgTs, ' ', A),
    format(string(S), "~w ~w", [F, A]).

underscores(S0, S) :-
    split_string(S0, "_", "", Parts),
    atomic_list_concat(Parts, '-', A),
    atom_string(A, S).

%   post_label(+R, +Holder, -Label): the Indonesian label as regency R
%   says it (an alias of its package: "Panewu (Camat)")

post_label(R, H, Label) :-
    holder_label(id, H, L0),
    (   atom(H), regulation_alias(R, Alias, H)
    ->  format(string(Label), "~w (~w)", [Alias, L0])
    ;   Label = L0
    ).

%!  holder_label(+Lang, +Holder, -Label) is det.

holder_label(Lang, level(L), Label) :- !, label(Lang, L, Label).
holder_label(Lang, level_atau_atas(L), Label) :- !,
    label(Lang, L, L0),
    wording:say(Lang, level_atau_atas, [L0], Label).
holder_label(Lang, paling_rendah(fungsional), Label) :- !,
    wording:say(Lang, paling_rendah_fungsional, [], Label).
holder_label(Lang, paling_rendah(L), Label) :- !,
    label(Lang, L, L0),
    wording:say(Lang, paling_rendah, [L0], Label).
holder_label(Lang, X, Label) :-               % a post or a role before a capacity
    member(C, [post, role]), term(C, X, LI, LE), !,  % ("Ketua Tim", not "sebagai ketua tim")
    (   Lang == en -> Label = LE ; Label = LI ).
holder_label(Lang, X, Label) :- label(Lang, X, Label).

%!  norm_citation(+R, +NormId, -Dict) is det.

norm_citation(R, N, _{regency: R, cite: Cite, quote: Quote, norm: NT}) :-
    norm(R, N, _, _, Quote), !,
    norm_cite(R, N, Cite),
    term_string(N, NT).

used_norms(Items, Used) :-
    findall(N, ( member(item(_, V, Ns), Items),
                 ( member(N, Ns) ; value_norm(V, N) ) ), Ns0),
    list_to_set(Ns0, Used).

value_norm(lapor(_, _, Posts), N) :- member(_-N, Posts), N \== none.

%   closest: for a question the regulation leaves open, the provisions of
%   the same kind that exist (at most three), so the user sees what is
%   said nearby.

closest('tidak-diatur', Q, R, Closest) :- !,
    findall(N, ( question_claim(Q, Claim), scoped_norm(R, N, Claim, _, _) ), Ns0),
    list_to_set(Ns0, Ns),
    length(Ns, Len), Take is min(3, Len), length(First, Take),
    append(First, _, Ns),
    maplist(norm_citation(R), First, Closest).
closest(_, _, _, []).
