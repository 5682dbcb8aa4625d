/*  Part of perbup-kb

    Norms of a draft under check (perbup check, POST /v1/check): the
    claims the extractor (pyapi/extract) read from the draft are loaded as
    a regulation of their own, under an id made for the one request
    ('draft~N'), in a temporary module ('regulation:draft~N',
    in_temporary_module/3) that is destroyed when the operation ends,
    whether it succeeds, fails, raises or runs out of time; the id's
    registration (regulation_label/3) and the precedence memo go with it
    (setup_call_cleanup/3).  The engine runs one operation at a time, so
    no other request ever sees the draft's norms.

    draft_conflicts: {norms: [{claim, cite, quote}]}
        Every contradiction between two provisions of the draft, found as
        the answers of an enacted regulation are: each question asked of
        the draft's norms (kb/rules.pl) for the case that names no
        parameter and for each unit the draft's norms name, conflicts
        (kb/questions.pl conflict/4) after precedence (kb/precedence.pl:
        a narrower scope, an exception, a variant ... is no rival).  One
        entry per pair of provisions, with the first question and case it
        was found on and every question it concerns.

    draft_changes: {norms: [...], before: [...]}
        The same questions and cases asked of the draft and of the norms
        of an earlier text (the enacted regulation, read by the same
        extractor): each case whose answers differ, with the answers only
        the earlier text gives (before) and only the draft gives (after),
        each with its provisions.
*/

:- module(drafts, [with_draft/3]).
:- use_module(api).
:- use_module(norms).
:- use_module(rules).
:- use_module(precedence).
:- use_module(questions).
:- use_module(vocabulary).
:- use_module(regulations).
:- use_module(wording).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

:- meta_predicate with_draft(+, -, 0).

perbup_api:api_op(draft_conflicts, Args, _{conflicts: Conflicts, dropped: Dropped,
                                          norms: Count, cases: NCases}) :-
    with_draft(Args.norms, R-Dropped-Count,
               ( draft_cases(R, Cases),
                 length(Cases, NCases),
                 draft_conflicts(R, Cases, Conflicts) )).

perbup_api:api_op(draft_changes, Args, _{changes: Changes, dropped: Dropped,
                                        norms: Count, cases: NCases}) :-
    with_draft(Args.norms, R-Dropped-Count,
               with_draft(Args.before, B-_-_,
                          ( draft_cases(R, CR), draft_cases(B, CB),
                            append(CR, CB, C0), sort(C0, Cases),
                            length(Cases, NCases),
                            draft_changes(B, R, Cases, Changes) ))).

perbup_api:admin_op(draft_conflicts_reference, Args, _{conflicts: Conflicts}) :-
    with_draft(Args.norms, R-_-_,
               ( draft_cases(R, Cases),
                 draft_conflicts(reference, R, Cases, Conflicts) )).

%   draft_exists: {id}: whether a draft's module or registration is
%   still there (the tests' check that nothing outlives a request)

perbup_api:api_op(draft_exists, Args, Exists) :-
    atom_string(R, Args.id),
    regulation_module(R, M),
    (   ( current_module(M) ; regulation_label(R, _, _) )
    ->  Exists = true
    ;   Exists = false
    ).

perbup_api:api_op(draft_last, _, Id) :-
    flag(perbup_draft, N, N),
    format(string(Id), "draft~~~w", [N]).


%!  with_draft(+NormDicts, -Info, :Goal) is semidet.
%
%   Run Goal with the norms loaded as a regulation of a new id.  Info is
%   Id-Dropped-Count: the citations of claims that are not valid claims
%   (dropped, never loaded) and the number loaded.

with_draft(NormDicts, R-Dropped-Count, Goal) :-
    flag(perbup_draft, N0, N0 + 1),
    N is N0 + 1,
    format(atom(R), "draft~~~w", [N]),
    regulation_module(R, M),
    setup_call_cleanup(
        assertz(regulations:regulation_label(R, "Rancangan", "Draft")),
        in_temporary_module(M, once(drafts:load_norms(M, NormDicts, Dropped, Count)),
                            once(Goal)),
        ( retractall(regulations:regulation_label(R, _, _)),
          begin_case,
          forget_case )).

load_norms(M, Dicts, Dropped, Count) :-
    forall(member(PI, [norm/4, alias/2, norm_source/2]), dynamic(M:PI)),
    foldl(load_norm(M), Dicts, 1-[], _-Dropped0),
    reverse(Dropped0, Dropped),
    aggregate_all(count, M:norm(_, _, _, _), Count).

load_norm(M, D, I0-Drop0, I-Drop) :-
    I is I0 + 1,
    atom_concat(d, I0, Id),
    (   catch(term_string(Claim0, D.claim), _, fail),
        ground(Claim0),
        generic_levels(Claim0, Claim),
        valid_claim(Claim)
    ->  assertz(M:norm(Id, Claim, D.cite, D.quote)),
        assertz(M:norm_source(Id, D.cite)),
        Drop = Drop0
    ;   Drop = [D.cite|Drop0]
    ).


%   generic_levels(+Claim0, -Claim): the extractor writes the generic
%   post of a level as the post ("Pejabat Administrator"); the enacted
%   norms write it as the level, which every post of that level fits
%   (kb/rules.pl compatible/2): a Camat is a Pejabat Administrator.

generic_levels(X, Y) :-
    atom(X), generic_level(X, L), !,
    Y = level(L).
generic_levels(X, X) :-
    \+ compound(X), !.
generic_levels(X, Y) :-
    X =.. [F|As],
    maplist(generic_levels, As, Bs),
    Y =.. [F|Bs].

generic_level('pejabat-administrator', administrator).
generic_level('pejabat-pengawas', pengawas).
generic_level('pejabat-pimpinan-tinggi-pratama', 'jpt-pratama').


                 /*******************************
                 *            CASES             *
                 *******************************/

%!  draft_cases(+R, -Cases) is det.
%
%   Question-Params pairs: every question with no parameter given, and
%   with each unit the norms name (a unit kind, a named unit, a pattern):
%   precedence between a unit's own provision and a general one is
%   decided only where a unit is asked (kb/precedence.pl decided/4).
%   The other parameters are not needed: the keys of the items carry the
%   subjects, capacities, placements and scopes, and two items conflict
%   only where their keys overlap.

draft_cases(R, Cases) :-
    findall(U, draft_unit(R, U), Us0),
    sort(Us0, Us),
    findall(Q-p(_, _, U, _, _, _),
            ( term(question, Q, _, _),
              ( true ; member(U, Us) ) ),
            Cases).

draft_unit(R, U) :-
    norm(R, _, Claim, _, _),
    claim_units(Claim, Us),
    member(U, Us),
    U \== semua.
draft_unit(R, U) :-
    norm(R, _, unit_bernama(U, _, _, _), _, _).

claim_units(peran(_, _, Us, _, _), Us).
claim_units(di(Us, _), Us).

%   case_items(+Q, +R, +PT, -All, -Kept): the items the rules derive for
%   the case, in document order, and those precedence keeps

case_items(Q, R, PT, All, Kept) :-
    findall(item(K, V, Ns), answer_item(Q, R, PT, K, V, Ns), Items0),
    sort(Items0, Items1),
    questions:order_items(Items0, Items1, All),
    begin_case,
    forget_case,
    numbered(R, All, Numbered),
    resolve_case(R, PT, all, All, Numbered, Kept).


                 /*******************************
                 *          CONFLICTS           *
                 *******************************/

draft_conflicts(R, Cases, Conflicts) :-
    draft_conflicts(search, R, Cases, Conflicts).

draft_conflicts(How, R, Cases, Conflicts) :-
    findall(Pair-conf(Q, PT, K1-V1-N1, K2-V2-N2),
            ( member(Q-PT, Cases),
              case_search(How, Q, R, PT, Cs),
              member(conflict(_, [K1-V1-N1, K2-V2-N2]), Cs),
              proven(R, PT, item(K1, V1, [N1]), item(K2, V2, [N2])),
              norm_cite(R, N1, C1), norm_cite(R, N2, C2),
              msort([C1, C2], Pair) ),
            Found),
    pairs_keys(Found, Keys0),
    list_to_set(Keys0, Keys),
    findall(D, ( member(Pair, Keys),
                 conflict_entry(R, Pair, Found, D) ),
            Conflicts).

%   case_search(+How, +Q, +R, +PT, -Conflicts): the conflicts on one
%   case after precedence, sorted; How is search (below) or reference:
%   precedence:resolve/5 and questions:conflict/4 themselves, as enacted
%   regulations are asked (the admin operation draft_conflicts_reference,
%   which tests/test_check_norms.py compares with draft_conflicts).

case_search(search, Q, R, PT, Cs) :-
    case_items(Q, R, PT, All, Kept),
    case_conflicts(R, PT, All, Kept, Cs).
case_search(reference, Q, R, PT, Cs) :-
    findall(item(K, V, Ns), answer_item(Q, R, PT, K, V, Ns), Items0),
    sort(Items0, Items1),
    questions:order_items(Items0, Items1, All),
    begin_case,
    resolve(R, PT, All, Kept, _),
    findall(C, questions:conflict(R, PT, Kept, C), Cs0),
    sort(Cs0, Cs).

%   The search for a case, as kb/precedence.pl (resolve/5) and
%   kb/questions.pl (conflict/4) make it, with less work: a draft's check
%   spends its time there (a 100 KB draft: some 5 M inferences per
%   question and case, nearly all asking again and again whether one
%   item defeats another, whether one scope is narrower than another and
%   which provision an item's norm belongs to).
%
%   - What a case asks again and again is remembered for the case (until
%     the next case_items/5): the provision (norm_list/3) of each item,
%     whether one item defeats another (defeats/6, for each list of items
%     the case asks it with: all the items, or those resolve/5 keeps),
%     whether one scope is narrower than another (narrower/4: the same
%     few scopes in every provision), whether nothing a provision gives
%     agrees with an item (unmatched/5).
%   - Each pair of items is tried once, not in both orders: conflict/4
%     accepts the ordered pair A-B when A and B overlap and disagree,
%     neither provision gives anything agreeing with the other's value
%     (unmatched/5, tried both ways) and \+ no_rivals(A, B), and the
%     conflict it names (the two sides sorted) is the one B-A names;
%     no_rivals/5 is symmetric (each of its tests is tried both ways
%     round; bridged/4 looks for sebagai/2 either way and
%     compatible_rest/2 is symmetric).
%   - The pairs proven/4 drops anyway (two bounds in the text's own
%     words, the items of one list) are dropped before the search, and a
%     bridged pair (one of no_rivals/5's alternatives) is no rival.
%
%   resolve_case/6, no_rivals/6, defeated_within/6, defeats/5 and
%   within/5 mirror precedence:resolve/5, no_rivals/5, defeated_within/5,
%   defeats/6 and within/5 clause for clause, and unmatched/5 mirrors
%   questions:unmatched/5: a change there is a change here
%   (tests/test_check_norms.py compares the two searches on the five
%   regulations and an edited draft).

:- thread_local memo_defeats/4, memo_narrower/3, memo_unmatched/3.

forget_case :-
    retractall(memo_defeats(_, _, _, _)),
    retractall(memo_narrower(_, _, _)),
    retractall(memo_unmatched(_, _, _)).

%   numbered(+R, +Items, -Numbered): e(Index, Item, Provision) for each item

numbered(R, Items, Numbered) :-
    findall(e(I, It, L),
            ( nth1(I, Items, It), It = item(_, _, [N|_]), questions:norm_list(R, N, L) ),
            Numbered).

resolve_case(R, PT, Ctx, Items, Numbered, Kept) :-
    findall(s(X, I, L, S),
            ( member(e(X, I, L), Numbered),
              I = item(_, _, [N|_]),
              ( norm_scope(R, N, S0) -> S = S0 ; S = none ) ),
            Scoped),
    findall(S, ( member(s(_, _, _, S), Scoped), S \== none ), Ss0),
    sort(Ss0, Ss),
    findall(SB-SA, ( member(SA, Ss), member(SB, Ss), narrower(R, PT, SA, SB) ), Narrower),
    findall(NB, ( (   norm(R, _, pengecualian(_, Bs), _, _)
                  ;   norm(R, _, rincian(_, Bs), _, _)
                  ),
                  ( is_list(Bs) -> member(NB, Bs) ; NB = Bs ) ),
            Excepted),
    findall(over(I, NW),
            ( member(s(XI, I, LI, SI), Scoped),
              I = item(_, _, [NI|_]),
              % defeats/6 holds only by an exception naming I's norm or
              % of a scope narrower than I's
              once(( memberchk(SI-_, Narrower) ; memberchk(NI, Excepted) )),
              once(( member(s(XW, W, LW, SW), Scoped),
                     LW \== LI,                % defeats/6 asks it first
                     W = item(_, _, [NW1|_]),
                     (   memberchk(SI-SW, Narrower)
                     ->  true
                     ;   norm(R, _, pengecualian(NW1, Bs1), _, _),
                         precedence:in_ids(NI, Bs1)
                     ;   norm(R, _, rincian(Ds1, Bs1), _, _),
                         precedence:in_ids(NW1, Ds1),
                         precedence:in_ids(NI, Bs1)
                     ),
                     W = item(_, VW, _), I = item(_, VI, _),
                     questions:disagree(VW, VI),
                     \+ precedence:same_answer(R, PT, W, I),
                     W = item(_, _, [NW0|_]),
                     \+ condition(R, NW0, _),
                     defeats(R, PT, Ctx, Items, Numbered, e(XW, W, LW), e(XI, I, LI)),
                     precedence:decided(R, PT, W, I) )),
              W = item(_, _, [NW|_]) ),
            SetAside),
    findall(I, ( member(I, Items), \+ memberchk(over(I, _), SetAside) ), Kept).

case_conflicts(R, PT, All, Kept, Conflicts) :-
    (   Kept == All
    ->  Ctx = all
    ;   Ctx = kept
    ),
    numbered(R, Kept, Numbered),
    findall(C, pair_conflict(R, PT, Ctx, Kept, Numbered, C), Cs0),
    sort(Cs0, Conflicts).

pair_conflict(R, PT, Ctx, Items, Numbered, conflict(K, Sides)) :-
    append(_, [EA|Rest], Numbered),
    EA = e(_, A, CA),
    A = item(KA, VA, [NA|_]),
    member(EB, Rest),
    EB = e(_, B, CB),
    B = item(KB, VB, [NB|_]),
    CA \== CB,
    \+ ( VA = sesuai(_), VB = sesuai(_) ),
    (   ordered_candidate(R, PT, Ctx, Numbered, EA, EB)
    ->  true
    ;   ordered_candidate(R, PT, Ctx, Numbered, EB, EA)
    ),
    \+ siblings(R, NA, NB),
    \+ bridged(R, VA, VB, _),
    \+ no_rivals(R, PT, Ctx, Items, Numbered, EA, EB),
    msort([KA-VA-NA, KB-VB-NB], Sides),
    Sides = [K-_-_|_].

ordered_candidate(R, PT, Ctx, Numbered, E1, E2) :-
    E1 = e(X1, item(K1, V1, _), C1), E2 = e(X2, item(K2, V2, _), C2),
    overlaps(K1, K2),
    questions:disagree(V1, V2),
    unmatched(R, PT, Ctx, Numbered, X1, E1, C2),
    unmatched(R, PT, Ctx, Numbered, X2, E2, C1).

%   questions:unmatched/5: nothing provision Cite gives on a case
%   overlapping the item's agrees with its value

unmatched(R, PT, Ctx, Numbered, X, e(_, I, _), Cite) :-
    (   memo_unmatched(X, Ctx-Cite, Result)
    ->  true
    ;   I = item(K, _, _),
        (   \+ ( member(e(_, I3, Cite3), Numbered), Cite3 == Cite,
                 I3 = item(K3, _, _),
                 overlaps(K, K3),
                 same_answer(R, PT, I, I3) )
        ->  Result = true
        ;   Result = false
        ),
        assertz(memo_unmatched(X, Ctx-Cite, Result))
    ),
    Result == true.

no_rivals(R, PT, Ctx, Items, Numbered, EA, EB) :-
    EA = e(_, A, _), EB = e(_, B, _),
    (   defeats(R, PT, Ctx, Items, Numbered, EA, EB)
    ;   defeats(R, PT, Ctx, Items, Numbered, EB, EA)
    ;   defeated_within(R, PT, Ctx, Items, Numbered, EA, EB)
    ;   defeated_within(R, PT, Ctx, Items, Numbered, EB, EA)
    ;   A = item(_, VA, _), B = item(_, VB, _), bridged(R, VA, VB, _)
    ;   precedence:role_held_in_scope(R, PT, A, B)
    ;   precedence:role_held_in_scope(R, PT, B, A)
    ;   precedence:conditional_fallback(R, Items, A, B)
    ;   precedence:conditional_fallback(R, Items, B, A)
    ;   precedence:unknown_level(A, B)
    ;   precedence:unknown_level(B, A)
    ;   precedence:role_unheld(R, PT, A, B)
    ;   precedence:role_unheld(R, PT, B, A)
    ;   A = item(_, sesuai(_), _), B = item(_, sesuai(_), _)
    ;   A = item(_, _, [NA|_]), B = item(_, _, [NB|_]),
        (   variants(R, NA, NB)
        ;   precedence:delegation(R, NA)
        ;   precedence:delegation(R, NB)
        ;   precedence:different_conditions(R, NA, NB)
        )
    ), !.

defeated_within(R, PT, Ctx, Items, Numbered, e(_, item(KA, _, [NA|_]), _), EB) :-
    member(EC, Numbered), EC = e(_, item(KC, _, [NC|_]), _),
    NC \== NA,
    KC =.. [F|_], KA =.. [F|_],
    norm_scope(R, NA, SA), norm_scope(R, NC, SC),
    SA = scope(UA, _, _, _, _), SC = scope(UC, _, _, _, _),
    precedence:units_meet(R, UA, UC),
    \+ narrower(R, PT, SC, SA),
    defeats(R, PT, Ctx, Items, Numbered, EC, EB), !.

defeats(R, PT, Ctx, Items, Numbered, EA, EB) :-
    EA = e(IA, _, _), EB = e(IB, _, _),
    (   memo_defeats(IA, IB, Ctx, Result)
    ->  true
    ;   (   defeats_(R, PT, Items, Numbered, EA, EB)
        ->  Result = true
        ;   Result = false
        ),
        assertz(memo_defeats(IA, IB, Ctx, Result))
    ),
    Result == true.

defeats_(R, PT, _Items, Numbered, e(_, item(KA, VA, [NA|_]), LA), e(_, item(KB, _, [NB|_]), LB)) :-
    NA \== NB,
    LA \== LB,
    overlaps(KA, KB),
    (   norm(R, _, pengecualian(NA, Bs), _, _),
        precedence:in_ids(NB, Bs)
    ->  true
    ;   norm(R, _, rincian(Ds, Gs), _, _),
        precedence:in_ids(NA, Ds), precedence:in_ids(NB, Gs)
    ->  true
    ;   norm_scope(R, NA, SA), norm_scope(R, NB, SB),
        narrower(R, PT, SA, SB),
        (   within(Numbered, KA, VA, LB)
        ->  true
        ;   precedence:delegation(R, NB)
        ->  true
        ;   precedence:same_part(R, PT, NA, NB, SA, SB)
        ->  true
        )
    ), !.

within(Numbered, KA, VA, CB) :-
    member(e(_, item(K3, V3, _), C3), Numbered),
    C3 == CB,
    overlaps(KA, K3),
    (   \+ questions:disagree(VA, V3)
    ->  true
    ;   precedence:value_holder(VA, Post, _),   % a post whose level is
        precedence:value_holder(V3, Level, _),  % not stated, where B gives
        precedence:unstated_level(Level, Post)  % a level (precedence:within/5)
    ), !.

narrower(R, PT, SA, SB) :-
    term_hash(SA-SB, H),
    (   memo_narrower(H, SA-SB, Result)
    ->  true
    ;   (   precedence:narrower(R, PT, SA, SB)
        ->  Result = true
        ;   Result = false
        ),
        assertz(memo_narrower(H, SA-SB, Result))
    ),
    Result == true.

%   proven(+R, +PT, +ItemA, +ItemB): what the draft's text shows, and no
%   more.  A draft's norms are read by the extractor, which leaves unread
%   what it cannot read (docs/extraction.md), so a conflict is reported
%   only where the draft itself settles it:
%
%   - a unit's role (Pejabat Penilai Kinerja, Pimpinan Unit Organisasi ...)
%     against another answer only where the draft says who holds the role
%     in the units the other provision speaks of (otherwise the other
%     answer may be that holder: the enacted regulations say so in norms
%     the extractor does not read), or where the other answer names the
%     same role (its holder does not matter: "secara langsung kepada
%     Pimpinan Unit Organisasi" against "kepada Pimpinan Unit Organisasi
%     melalui Kepala Seksi");
%   - two bounds in the text's own words (sesuai("...")) never: whether
%     "periode waktu tertentu" and "kurun waktu tertentu" disagree is not
%     for a machine to say;
%   - the items of one list (huruf or angka under one parent) are read
%     together, as kb/questions.pl reads the huruf of one list.

proven(R, PT, A, B) :-
    A = item(_, VA, [NA]), B = item(_, VB, [NB]),
    \+ ( VA = sesuai(_), VB = sesuai(_) ),
    \+ siblings(R, NA, NB),
    role_settled(R, PT, A, B),
    role_settled(R, PT, B, A).

role_settled(R, PT, item(_, VA, _), item(_, VB, [NB])) :-
    (   precedence:value_holder(VA, Role, _),
        unit_role(Role),
        \+ precedence:value_holder(VB, Role, _)
    ->  norm_scope(R, NB, scope(Us, _, _, _, _)),
        PT = p(S, _, U, P, _, _),
        precedence:scope_units(R, U, Us, Units),
        forall(member(Unit, Units),
               once(( holds_role(R, Role, S, Unit, P, H, _),
                      \+ precedence:level_holder(H) )))  % a post, not only
    ;   true                                            % a definition's bound
    ).

%   the roles a unit gives to one of its posts (peran/5 claims say which)

unit_role('pejabat-penilai-kinerja').
unit_role('pimpinan-unit-organisasi').
unit_role('pemilik-kinerja').
unit_role('pimpinan-unit-kerja').
unit_role('atasan-langsung').

siblings(R, NA, NB) :-
    norm_cite(R, NA, CA), norm_cite(R, NB, CB),
    list_parent(CA, P), list_parent(CB, P).

list_parent(Cite, Parent) :-
    split_string(Cite, " ", "", Ws),
    append(P, [Kind, _], Ws),
    memberchk(Kind, ["huruf", "angka"]),
    P \== [],
    atomic_list_concat(P, ' ', Parent).

conflict_entry(R, Pair, Found, _{question: QS, questions: QSs, about: About,
                                 question_label: QL,
                                 about_text: _{id: AboutId, en: AboutEn}, unit: Unit,
                                 sides: [S1, S2]}) :-
    once(member(Pair-conf(Q, PT, K1-V1-N1, K2-V2-N2), Found)),
    question_label(Q, QL),
    findall(QX, member(Pair-conf(QX, _, _, _), Found), Qs0),
    list_to_set(Qs0, Qs),
    maplist(atom_string, Qs, QSs),
    atom_string(Q, QS),
    value_text(K1, About),
    wording:case_sentence(id, K1, AboutId),     % the case, as a reader says it
    wording:case_sentence(en, K1, AboutEn),
    case_unit(PT, Unit),
    side(R, K1, V1, N1, S1),
    side(R, K2, V2, N2, S2).

case_unit(p(_, _, U, _, _, _), Unit) :-
    (   var(U)
    ->  Unit = null
    ;   value_text(U, Unit)
    ).

side(R, K, V, N, _{cite: Cite, quote: Quote, value: T,
                   label: _{id: LId, en: LEn}, claim: ClaimText}) :-
    norm(R, N, Claim, _, Quote),
    norm_cite(R, N, Cite),
    questions:key_text(K, V, T),
    value_label(id, V, LId),
    value_label(en, V, LEn),
    format(string(ClaimText), "~q", [Claim]).

norm_cite(R, N, Cite) :-
    questions:norm_cite(R, N, Cite).


                 /*******************************
                 *            CHANGES           *
                 *******************************/

draft_changes(B, R, Cases, Changes) :-
    findall(Sig-change(Q, PT, Before, After),
            ( member(Q-PT, Cases),
              case_answers(Q, B, PT, AB),
              case_answers(Q, R, PT, AR),
              pairs_keys(AB, KB), pairs_keys(AR, KR),
              subtract(KB, KR, OnlyB), subtract(KR, KB, OnlyR),
              ( OnlyB \== [] ; OnlyR \== [] ),
              findall(A, ( member(A0, OnlyB), memberchk(A0-A, AB) ), Before),
              findall(A, ( member(A0, OnlyR), memberchk(A0-A, AR) ), After),
              Sig = Q-OnlyB-OnlyR ),
            Found),
    pairs_keys(Found, Sigs0),
    list_to_set(Sigs0, Sigs),
    findall(_{question: QS, question_label: QL, unit: Unit, before: Before, after: After},
            ( member(Sig, Sigs),
              once(member(Sig-change(Q, PT, Before, After), Found)),
              atom_string(Q, QS),
              question_label(Q, QL),
              case_unit(PT, Unit) ),
            Changes).

%   question_label(+Q, -Label): the question as the vocabulary names it,
%   in each language

question_label(Q, _{id: Id, en: En}) :-
    term(question, Q, Id, En).

%   case_answers(+Q, +R, +PT, -Answers): Text-Dict for each answer the
%   regulation gives after precedence, Text saying the key and the value

case_answers(Q, R, PT, Answers) :-
    case_items(Q, R, PT, _, Kept),
    questions:merge_items(Kept, Merged),
    findall(Text-_{about: About, value: VT, label: _{id: LId, en: LEn}, citations: Cs},
            ( member(item(K, V, Ns), Merged),
              value_text(K, About),
              questions:key_text(K, V, VT),
              format(string(Text), "~w => ~w", [About, VT]),
              value_label(id, V, LId),
              value_label(en, V, LEn),
              findall(_{cite: C, quote: Qt},
                      ( member(N, Ns), norm(R, N, _, _, Qt), norm_cite(R, N, C) ), Cs) ),
            Answers0),
    sort(1, @<, Answers0, Answers).


                 /*******************************
                 *            LABELS            *
                 *******************************/

%!  value_label(+Lang, +Value, -Label) is det.
%
%   An answer value in the reader's words.

value_label(Lang, holder(H), L) :- !, holder_label(Lang, H, L).
value_label(Lang, lapor(To, Mode, _), L) :- !,
    holder_label(Lang, To, L0),
    (   Mode = melalui(Via)
    ->  holder_label(Lang, Via, LV),
        way(Lang, melalui, W),
        format(string(L), "~w (~w ~w)", [L0, W, LV])
    ;   Mode == langsung
    ->  way(Lang, langsung, W),
        format(string(L), "~w (~w)", [L0, W])
    ;   L = L0
    ).
value_label(Lang, actor(A, _), L) :- !, holder_label(Lang, A, L).
value_label(Lang, dokumen(D, By), L) :- !,
    label(Lang, D, LD), holder_label(Lang, By, LB),
    way(Lang, oleh, W),
    format(string(L), "~w ~w ~w", [LD, W, LB]).
value_label(Lang, step(A, Act, To, _), L) :- !,
    holder_label(Lang, A, LA), label(Lang, Act, LAct), holder_label(Lang, To, LT),
    format(string(L), "~w ~w ~w", [LA, LAct, LT]).
value_label(Lang, ketua(S, V), L) :- !,
    label(Lang, S, LS),
    (   is_list(V)
    ->  maplist(holder_label(Lang), V, LVs), atomic_list_concat(LVs, ', ', LV)
    ;   label(Lang, V, LV)
    ),
    format(string(L), "~w: ~w", [LS, LV]).
value_label(Lang, paling_lama(N, U), L) :- !,
    label(Lang, U, LU),
    way(Lang, paling_lama, W),
    format(string(L), "~w ~w ~w", [W, N, LU]).
value_label(_, sesuai(T), L) :- !, format(string(L), "~w", [T]).
value_label(_, item(T), L) :- !, format(string(L), "~w", [T]).
value_label(_, V, L) :- value_text(V, L).

way(id, melalui, "melalui").
way(en, melalui, "through").
way(id, langsung, "secara langsung").
way(en, langsung, "directly").
way(id, oleh, "oleh").
way(en, oleh, "set by").
way(id, paling_lama, "paling lama").
way(en, paling_lama, "at most").
