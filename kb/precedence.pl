/*  Part of perbup-kb

    Precedence: how provisions that speak to one case combine (issue 11),
    in the manner of defeasible logic and Catala's labelled exceptions.
    Each norm has a scope, read off its claim (norm_scope/3): the units,
    subjects and placements of a peran or di/2 claim, the scope of an act
    (dalam-unit, lintas-unit, ...) and the form of an assignment.  Over
    the items the rules derive for a case (kb/rules.pl), a norm A defeats
    a norm B of another provision on overlapping keys (defeats/6) when

      pengecualian   a norm pengecualian(A, B) says so, citing and quoting
                     the words that make A an exception ("Khusus pada ...",
                     "kecuali ...");
      rincian        a norm rincian(As, Bs) says A sets out in detail the
                     mechanism B states in brief, citing the words that
                     put the mechanism in the Lampiran ("Mekanisme ...
                     tercantum dalam Lampiran");
      lebih_khusus   A's scope is strictly narrower than B's on some
                     dimension and no wider on any, and what A gives agrees
                     with something B's provision gives (lex specialis:
                     a Camat where the Pasal says "Jabatan Administrator");
      pendelegasian  A's scope is strictly narrower and B is a bound that
                     admits "pejabat lain yang diberi pendelegasian
                     kewenangan" (a norm pendelegasian(B), cited);
      bagian_khusus  A's scope is strictly narrower and A is the drafter's
                     own special case of B: another ayat of the same
                     Pasal, an item inside B, or a block of the same
                     Lampiran BAB for narrower units (same_part/6).

    A defeated item that disagrees with its winner is set aside
    (resolve/5) where the case asked decides every dimension on which the
    winner is narrower (asked about no unit, the general rule still
    answers for the other units); an item that agrees stays as a
    supporting provision; a conditional rule sets nothing aside.

    Two items are no rivals (no_rivals/5) when one defeats the other or a
    third provision defeats one of them in the other's units; when one is
    a bound that admits delegation; when they give one answer
    (same_answer/4: values that agree, a post and the role a cited
    sebagai(Post, Role) says it holds, or a post that holds the role in
    the units or patterns the narrower item is written for); when what
    one gives is the case of a sibling rule under a condition; when they
    belong to structural patterns that share none (variants the unit
    chooses between); when both are bounds in the text's own words
    ("periode waktu tertentu", "kurun waktu tertentu dalam satu tahun
    anggaran": whether they differ is not for a machine to say); or when
    they hold under different conditions
    (syarat(Norms, Text), cited).  The holders of one provision's list
    are joint and never rivals of each other (questions:norm_list/3).
    Conflicts (kb/questions.pl) are what remains: two provisions of one
    scope that disagree, or a narrower one that gives what the wider one
    excludes without words of exception.

    Role resolution inside one question is memoised (begin_case/0 clears
    it; the engine answers one question at a time).
*/

:- module(precedence,
          [ begin_case/0,
            resolve/5,              % +R, +Params, +Items, -Kept, -SetAside
            no_rivals/5,            % +R, +Params, +Items, +ItemA, +ItemB
            same_answer/4,          % +R, +Params, +ItemA, +ItemB
            defeats/6,              % +R, +Params, +Items, +ItemA, +ItemB, -Reason
            variants/3,             % +R, +NormA, +NormB
            bridged/4,              % +R, +ValueA, +ValueB, -BridgeNorm
            condition/3,            % +R, +Norm, -ConditionNorm
            norm_scope/3,           % +R, +Norm, -Scope
            absorb/5                % +R, +Params, +Items, -Answers, -Into
          ]).
:- use_module(norms).
:- use_module(rules).
:- use_module(vocabulary).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

%!  resolve(+R, +Params, +Items, -Kept, -SetAside) is det.
%
%   Items are item(Key, Value, [Norm]) as the rules derive them; SetAside
%   is a list of over(Item, WinnerNorm, Reason) for each item a more
%   specific or excepting norm displaces in the case asked.

resolve(R, PT, Items, Kept, SetAside) :-
    findall(over(I, NW, Why),
            ( member(I, Items),
              once(( member(W, Items),
                     W = item(_, VW, _), I = item(_, VI, _),
                     questions:disagree(VW, VI),
                     \+ same_answer(R, PT, W, I),  % a post and the role it holds
                     W = item(_, _, [NW0|_]),
                     \+ condition(R, NW0, _),   % a conditional rule sets nothing aside
                     defeats(R, PT, Items, W, I, Why),
                     decided(R, PT, W, I) )),
              W = item(_, _, [NW|_]) ),
            SetAside),
    findall(I, ( member(I, Items), \+ memberchk(over(I, _, _), SetAside) ), Kept).

%!  no_rivals(+R, +Params, +Items, +ItemA, +ItemB) is semidet.

no_rivals(R, PT, Items, A, B) :-
    (   defeats(R, PT, Items, A, B, _)
    ;   defeats(R, PT, Items, B, A, _)
    ;   defeated_within(R, PT, Items, A, B)
    ;   defeated_within(R, PT, Items, B, A)
    ;   A = item(_, VA, _), B = item(_, VB, _), bridged(R, VA, VB, _)
    ;   role_held_in_scope(R, PT, A, B)
    ;   role_held_in_scope(R, PT, B, A)
    ;   conditional_fallback(R, Items, A, B)
    ;   conditional_fallback(R, Items, B, A)
    ;   unknown_level(A, B)
    ;   unknown_level(B, A)
    ;   role_unheld(R, PT, A, B)
    ;   role_unheld(R, PT, B, A)
    ;   A = item(_, sesuai(_), _), B = item(_, sesuai(_), _)   % two bounds in
    ;   A = item(_, _, [NA|_]), B = item(_, _, [NB|_]),        % the text's words
        (   variants(R, NA, NB)
        ;   delegation(R, NA)               % a bound whose own words admit
        ;   delegation(R, NB)               % another official by delegation
        ;   different_conditions(R, NA, NB)
        )
    ), !.

%   unknown_level(A, B): A is a level, a level or one above, or a lower
%   bound, and B a post whose level neither the text nor the vocabulary
%   states (a Direktur of an RSUD, the Kepala Pelaksana of a BPBD):
%   nothing shows the post falls outside what A allows, so they are no
%   rivals (both answers stand; a conflict is reported only where shown)

unknown_level(item(_, VA, _), item(_, VB, _)) :-
    value_holder(VA, Level, _),
    value_holder(VB, Post, _),
    unstated_level(Level, Post).

%   unstated_level(Level, Post): Level is a level, a level or one above,
%   or a lower bound, and Post a post whose level the vocabulary does not
%   know: nothing shows the post falls outside it

unstated_level(Level, Post) :-
    level_holder(Level),
    atom(Post), known(post, Post),
    \+ post_level(Post, _).

%   unknown_post_meets_bound(A, B): A is a definition's lower bound and B
%   a post named in the role whose level is not known: the post meets it
%   (the definition says who may hold the role)

unknown_post_meets_bound(item(_, VA, _), item(_, VB, _)) :-
    value_holder(VA, Bound, _),
    value_holder(VB, Post, _),
    bound_of_unknown_post(Bound, Post).

bound_of_unknown_post(paling_rendah(B), Post) :-
    unstated_level(paling_rendah(B), Post).

%   defeated_within(R, PT, Items, A, B): in A's part of the case, a third
%   provision already sets B aside (asked about no unit, a Lampiran block
%   for the UPTD is no rival of a general ayat (1) that the UPTD's own
%   ayat (2) of the same Pasal sets aside for the UPTD)

defeated_within(R, PT, Items, item(KA, _, [NA|_]), B) :-
    member(C, Items), C = item(KC, _, [NC|_]),
    NC \== NA,
    KC =.. [F|_], KA =.. [F|_],
    norm_scope(R, NA, SA), norm_scope(R, NC, SC),
    SA = scope(UA, _, _, _, _), SC = scope(UC, _, _, _, _),
    units_meet(R, UA, UC),
    \+ narrower(R, PT, SC, SA),
    defeats(R, PT, Items, C, B, _), !.

%   units_meet: two unit lists reach a common unit (a named unit meets its
%   kind and its pattern)

units_meet(_, A, B) :- ( memberchk(semua, A) ; memberchk(semua, B) ), !.
units_meet(_, A, B) :- member(U, A), memberchk(U, B), !.
units_meet(R, A, B) :-
    norm(R, _, unit_bernama(U, _, Kind, Pola), _, _),
    unit_matches(R, U, A), ( memberchk(U, B) ; memberchk(Kind, B) ; memberchk(Pola, B) ), !.

%!  bridged(+R, +ValueA, +ValueB, -BridgeNorm) is semidet.
%
%   The two values name a post and a role the regulation says that post
%   holds (sebagai(Post, Role), cited: "Keputusan Kepala Perangkat Daerah
%   sebagai Pimpinan Unit Organisasi"): one answer, not two.

bridged(R, VA, VB, N) :-
    bridged_holder(VA, HA, RestA), bridged_holder(VB, HB, RestB),
    HA \== HB,
    (   norm(R, N, sebagai(HA, HB), _, _)
    ;   norm(R, N, sebagai(HB, HA), _, _)
    ),
    compatible_rest(RestA, RestB), !.

%   bridged_holder(V, H, Rest): the holder of a value, and the rest that
%   must agree: a document is named after who signs it, so two Keputusan
%   are one when their signers are one official ("Keputusan Kepala Unit
%   Organisasi Pemilik Kinerja" and the "Keputusan Kepala Perangkat Daerah
%   sebagai Pimpinan Unit Organisasi sekaligus sebagai Pejabat Pemilik
%   Kinerja")

bridged_holder(dokumen(D, H), H, form(F)) :- !, atom(D), document_form(D, F).
bridged_holder(V, H, Rest) :- value_holder(V, H, Rest).

value_holder(holder(H), H, none).
value_holder(actor(H, _), H, none).
value_holder(lapor(H, M, _), H, mode(M)).

compatible_rest(none, none).
compatible_rest(mode(A), mode(B)) :- ( A == B ; A == tidak_disebut ; B == tidak_disebut ), !.
compatible_rest(form(F), form(F)).

%   conditional_fallback(R, Items, A, B): what A gives is what a
%   conditional rule gives on B's case (huruf b "dalam hal tidak ada
%   Jabatan Pengawas ..." beside huruf a's Pengawas: a Lampiran structure
%   with the Administrator as assessor of Pelaksana is that case)

conditional_fallback(R, Items, item(KA, VA, [NA|_]), item(KB, _, [NB|_])) :-
    member(item(KC, VC, [NC|_]), Items),
    NC \== NA, NC \== NB,
    condition(R, NC, _),
    questions:norm_list(R, NC, L),          % B is the rule the condition
    questions:norm_list(R, NB, L),          % is the fallback of (its list)
    overlaps(KC, KB), overlaps(KC, KA),
    \+ questions:disagree(VA, VC), !.

%!  role_held_in_scope(+R, +Params, +ItemA, +ItemB) is semidet.
%
%   A names a post where B names a role, and in every unit A is written
%   for (the unit asked, else each unit A lists) the role resolves, after
%   precedence, only to holders that fit the post: a post that holds the
%   role is the same answer as the role (a Lampiran block's "Hasil
%   ... disampaikan kepada Lurah" and a Pasal's "kepada Pejabat Penilai
%   Kinerja", where the block makes the Lurah the Pejabat Penilai
%   Kinerja).

role_held_in_scope(R, PT, item(_, VA, [NA|_]), item(_, VB, _)) :-
    value_holder(VA, Post, RestA), value_holder(VB, Role, RestB),
    Post \== Role, known(role, Role),
    compatible_rest(RestA, RestB),
    norm_scope(R, NA, scope(Us, _, _, _, _)),
    PT = p(S, _, U, P, _, _),
    scope_units(R, U, Us, Units),
    forall(member(Unit, Units), role_fits(R, Role, S, Unit, P, Post)), !.

%   role_unheld(R, PT, A, B): A names a post where B names a role whose
%   holders the regulation names, but none in A's units for the case
%   asked (a placement the unit's block does not name): nothing shows the
%   post is not that role's holder there, so they are no rivals (both
%   answers stand)

role_unheld(R, PT, item(_, VA, [NA|_]), item(_, VB, _)) :-
    value_holder(VA, Post, RestA), value_holder(VB, Role, RestB),
    Post \== Role, known(role, Role), atom(Post), known(post, Post),
    compatible_rest(RestA, RestB),
    norm_scope(R, NA, scope(Us, _, _, _, _)),
    PT = p(S, _, U, P, _, _),
    scope_units(R, U, Us, Units),
    once(holds_role(R, Role, _, _, _, _, _)),   % the text names its holders
    forall(member(Unit, Units), \+ holds_role(R, Role, S, Unit, P, _, _)), !.

%   scope_units(R, U, Us, Units): the units a norm written for Us is read
%   in: the patterns it names (a variant's own block), or else the unit
%   asked, or the unit kinds and named units it lists with the named units
%   of its patterns

scope_units(_, _, Us, Units) :-
    patterns(Us, Ps), Ps \== [],
    findall(pola(X), member(X, Ps), Units).
scope_units(R, U, Us, Units) :-
    (   nonvar(U) -> Units = [U]
    ;   memberchk(semua, Us) -> Units = [_]
    ;   findall(X, ( member(X, Us), X \= pola(_)
                   ; member(pola(P), Us), norm(R, _, unit_bernama(X, _, _, pola(P)), _, _) ),
                Units0),
        sort(Units0, Units), Units \== []
    ).

role_fits(R, Role, S, U, P, Post) :-
    Key = fits(R, Role, S, U, P, Post),
    (   memo_get(Key, Result)
    ->  true
    ;   (   role_fits_(R, Role, S, U, P, Post)
        ->  Result = true
        ;   Result = false
        ),
        assertz(memo_fact(Key, Result))
    ),
    Result == true.

role_fits_(R, Role, S, U, P, Post) :-         % no placement asked, and the
    var(P),                                     % role's holders differ by
    findall(Pl, ( holds_role(R, Role, S, U, _, _, N),   % placement: the post
                  norm_scope(R, N, scope(_, _, Ps, _, _)), % fits the holders
                  member(Pl, Ps), Pl \== semua ), Pls0), % of one placement
    sort(Pls0, Pls), Pls \== [], !,
    (   member(Pl, Pls)
    ;   known(placement, Pl), \+ memberchk(Pl, Pls)   % or the placements
    ->  true                                          % no statement names
    ),
    role_fits_at(R, Role, S, U, Pl, Post), !.
role_fits_(R, Role, S, U, P, Post) :-
    role_fits_at(R, Role, S, U, P, Post).

role_fits_at(R, Role, S, U, P, Post) :-
    findall(item(role, holder(H), [N]), holds_role(R, Role, S, U, P, H, N), Hs),
    Hs \== [],
    resolve(R, p(S, _, U, P, _, _), Hs, Kept0, _),
    partition(conditional(R), Kept0, Conditional, Kept1),
    findall(L, ( member(item(_, holder(H), [N|_]), Conditional),   % lists whose
                 compatible_holder_(H, Post),                       % conditional
                 questions:norm_list(R, N, L) ), Lists),            % branch fits
    ( Kept1 == [] -> Kept = Kept0 ; Kept = Kept1 ),
    forall(( member(item(_, holder(H), [N|_]), Kept),
             \+ ( questions:norm_list(R, N, L), memberchk(L, Lists) ) ),
           (   compatible_holder_(H, Post)
           ;   unstated_level(H, Post)
           )).

conditional(R, item(_, _, [N|_])) :-
    condition(R, N, _), !.

%   memo_get(Key, Result): results of one question (begin_case/0 clears
%   them; the engine answers one question at a time)

:- dynamic memo_fact/2.

memo_get(Key, Result) :-
    memo_fact(K0, Result),
    K0 =@= Key, !.

%!  begin_case is det.
%
%   Forget what the previous question computed.

begin_case :-
    retractall(memo_fact(_, _)).

compatible_holder_(H, Post) :-
    rules:compatible(holder(H), holder(Post)), !.

%!  same_answer(+R, +Params, +ItemA, +ItemB) is semidet.
%
%   The two items give one answer: values that agree, a post and the role
%   the regulation says it holds, or a post that holds the role in the
%   units the narrower item is written for.

same_answer(_, _, item(_, VA, _), item(_, VB, _)) :-
    \+ questions:disagree(VA, VB), !.
same_answer(R, _, item(_, VA, _), item(_, VB, _)) :-
    bridged(R, VA, VB, _), !.
same_answer(R, PT, A, B) :-
    (   role_held_in_scope(R, PT, A, B)
    ;   role_held_in_scope(R, PT, B, A)
    ), !.
same_answer(_, _, A, B) :-              % a definition's bound (an exhaustive
    (   unknown_post_meets_bound(A, B)  % "adalah ..."), and a post named in
    ;   unknown_post_meets_bound(B, A)  % the role whose level the vocabulary
    ), !.                               % does not know: the post meets it

%!  defeats(+R, +Params, +Items, +ItemA, +ItemB, -Reason) is semidet.

defeats(R, PT, Items, item(KA, VA, [NA|_]), item(KB, _, [NB|_]), Why) :-
    NA \== NB,
    questions:norm_list(R, NA, LA), questions:norm_list(R, NB, LB),
    LA \== LB,                          % one provision's holders are joint
    overlaps(KA, KB),
    (   norm(R, _, pengecualian(NA, Bs), _, _),
        in_ids(NB, Bs)
    ->  Why = pengecualian
    ;   norm(R, _, rincian(Ds, Gs), _, _),
        in_ids(NA, Ds), in_ids(NB, Gs)
    ->  Why = rincian
    ;   norm_scope(R, NA, SA), norm_scope(R, NB, SB),
        narrower(R, PT, SA, SB),
        (   within(R, Items, KA, VA, NB)
        ->  Why = lebih_khusus
        ;   delegation(R, NB)
        ->  Why = pendelegasian
        ;   same_part(R, PT, NA, NB, SA, SB)
        ->  Why = bagian_khusus
        )
    ), !.

in_ids(N, Ns) :- is_list(Ns), !, memberchk(N, Ns).
in_ids(N, N).

%   within: what A gives agrees with something B's provision gives on an
%   overlapping key (a Camat where the Pasal says "Jabatan Administrator"),
%   or names a post whose level neither the text nor the vocabulary states
%   where B gives a level (the Direktur of an RSUD where the Pasal says
%   "Pejabat Administrator"): a contradiction is reported only where the
%   narrower provision is shown to give what the wider one excludes

within(R, Items, KA, VA, NB) :-
    questions:norm_list(R, NB, CB),
    member(item(K3, V3, [N3|_]), Items),
    questions:norm_list(R, N3, CB),
    overlaps(KA, K3),
    (   \+ questions:disagree(VA, V3)
    ->  true
    ;   value_holder(VA, Post, _),      % a post whose level the text does
        value_holder(V3, Level, _),     % not state, where B gives a level:
        unstated_level(Level, Post)     % nothing shows that the narrower
    ), !.                               % provision leaves what B allows

level_holder(level(_)).
level_holder(level_atau_atas(_)).
level_holder(paling_rendah(_)).

%!  same_part(+R, +PT, +NormA, +NormB, +ScopeA, +ScopeB) is semidet.
%
%   The narrower provision A is the drafter's own special case of B: both
%   are ayat of one Pasal (ayat (2)-(5) after the general ayat (1)), or
%   A lies inside B (an item elaborating its chapeau), or both lie in one
%   BAB of the Lampiran (the whole Lampiran where it has no BAB) and A is
%   a block for narrower units (a block for one named Dinas after the
%   block for every Dinas) or a statement for a narrower placement (the
%   Sekretaris as Pimpinan Unit Organisasi "di bidang kesekretariatan"
%   beside the Kepala Dinas as that of the whole Dinas).  Two statements
%   of one block on the same units and placements are not: a block's angka 1 (Kepala Bagian atau Kepala Bidang)
%   and its angka 2 huruf a angka 1) (Direktur selaku Pejabat Penilai
%   Kinerja) stay a conflict.

same_part(R, PT, NA, NB, scope(UA, _, PA, _, _), scope(UB, _, PB, _, _)) :-
    questions:norm_cite(R, NA, CA), questions:norm_cite(R, NB, CB),
    part_of(CA, P), part_of(CB, P),
    (   P = pasal(_)
    ->  sub_string(CA, _, _, _, " ayat "), sub_string(CB, _, _, _, " ayat ")
    ;   sub_string(CA, 0, _, _, CB), CA \== CB
    ->  true
    ;   strictly(R, PT, unit, UA, UB)
    ->  true
    ;   strictly(R, PT, placement, PA, PB),     % one statement of a block for
        \+ placement_split(R, NA)              % a narrower placement ("di
    ).                                          % bidang kesekretariatan")

%   placement_split(R, N): N is one of the norms one sentence was encoded
%   as, placement by placement ("Kepala Bagian atau Kepala Bidang": the
%   Kepala Bagian in a Bagian, the Kepala Bidang in a Bidang); the
%   placement is then the reading of an alternative, not a scope the
%   drafter wrote, and makes no special case of the block's other
%   statements.

placement_split(R, N) :-
    norm(R, N, _, C, Q),
    norm_scope(R, N, scope(_, _, P, _, _)),
    norm(R, N2, _, C, Q), N2 \== N,
    norm_scope(R, N2, scope(_, _, P2, _, _)),
    P2 \== P, !.

part_of(Cite, Part) :-
    split_string(Cite, " ", "", Words),
    (   Words = ["Pasal", N|_]
    ->  Part = pasal(N)
    ;   Words = ["Lampiran", "BAB", B|_]
    ->  Part = lampiran(B)
    ;   Words = ["Lampiran"|_],
        Part = lampiran
    ).

%   decided: the case asked fixes every dimension on which A is narrower

decided(R, PT, item(_, _, [NA|_]), item(_, _, [NB|_])) :-
    norm_scope(R, NA, scope(UA, SA, PA, CA, FA)),
    norm_scope(R, NB, scope(UB, SB, PB, CB, FB)),
    PT = p(S, C, U, P, Sc, _),
    forall(strictly(R, PT, unit, UA, UB), nonvar(U)),
    forall(strictly(R, PT, subject, SA, SB), nonvar(S)),
    forall(strictly(R, PT, placement, PA, PB), nonvar(P)),
    forall(strictly(R, PT, scope, CA, CB), nonvar(Sc)),
    forall(strictly(R, PT, form, FA, FB), nonvar(C)).

%!  norm_scope(+R, +Norm, -Scope) is semidet.
%
%   scope(Units, Subjects, Placements, ActScope, Form) of a norm's claim;
%   [semua] / semua where the claim does not restrict.

norm_scope(R, N, Scope) :-
    norm(R, N, Claim, _, _),
    claim_scope(Claim, Scope).

claim_scope(peran(_, Ss, Us, Ps, _), scope(Us, Ss, Ps, semua, semua)).
claim_scope(di(Us, C), scope(Us, Ss, Ps, Sc, F)) :-
    claim_scope(C, scope(_, Ss, Ps, Sc, F)).
claim_scope(melapor(_, Ss, _, _), scope([semua], Ss, [semua], semua, semua)).
claim_scope(wewenang(_, Sc, _), scope([semua], [semua], [semua], Sc, semua)).
claim_scope(instrumen(F, Sc, _, _), scope([semua], [semua], [semua], Sc, F)).
claim_scope(langkah(_, Sc, _, _), scope([semua], [semua], [semua], Sc, semua)).
claim_scope(ketua_tim(asal(Sc), _, _), scope([semua], [semua], [semua], Sc, semua)) :- !.
claim_scope(ketua_tim(_, _, _), scope([semua], [semua], [semua], semua, semua)).
claim_scope(durasi(_, _), scope([semua], [semua], [semua], semua, semua)).
claim_scope(tanggung_jawab(_, _), scope([semua], [semua], [semua], semua, semua)).

%   narrower: no wider on any dimension, strictly narrower on one

narrower(R, PT, scope(UA, SA, PA, CA, FA), scope(UB, SB, PB, CB, FB)) :-
    Dims = [unit-UA-UB, subject-SA-SB, placement-PA-PB, scope-CA-CB, form-FA-FB],
    forall(member(D-A-B, Dims), \+ strictly(R, PT, D, B, A)),
    once(( member(D-A-B, Dims), strictly(R, PT, D, A, B) )).

%   strictly(R, PT, Dim, A, B): A is strictly narrower than B on Dim for
%   the case.  Units asked about are compared by how each list reaches
%   the unit (a named unit listed > its pattern > its kind > semua).

strictly(R, p(_, _, U, _, _, _), unit, A, B) :- !,
    (   nonvar(U)
    ->  unit_rank(R, U, A, RA), unit_rank(R, U, B, RB), RA > RB
    ;   \+ memberchk(semua, A), memberchk(semua, B)
    ).
strictly(_, _, subject, A, B) :- !, set_strictly(subject, A, B).
strictly(_, _, placement, A, B) :- !, set_strictly(placement, A, B).
strictly(_, _, scope, A, B) :- !, A \== semua, B == semua.
strictly(_, _, form, A, B) :- A \== semua, B == semua.

set_strictly(Cat, A, B) :-
    expand(Cat, A, EA), expand(Cat, B, EB),
    subset(EA, EB), \+ subset(EB, EA).

expand(Cat, L, E) :-
    (   memberchk(semua, L)
    ->  findall(X, known(Cat, X), E)
    ;   E = L
    ).

unit_rank(_, _, Us, 0) :- memberchk(semua, Us), !.
unit_rank(R, U, Us, 3) :- memberchk(U, Us), norm(R, _, unit_bernama(U, _, _, _), _, _), !.
unit_rank(_, pola(P), Us, 2) :- memberchk(pola(P), Us), !.
unit_rank(R, U, Us, 2) :- norm(R, _, unit_bernama(U, _, _, P), _, _), P \== none,
    memberchk(P, Us), !.
unit_rank(_, _, _, 1).

%   delegation(R, N): N's bound admits "pejabat lain yang diberi
%   pendelegasian kewenangan" (pendelegasian(Norms), cited): a narrower
%   provision naming another post is that delegation, not a rival.

delegation(R, N) :-
    norm(R, _, pendelegasian(Ns), _, _),
    in_ids(N, Ns), !.

%!  variants(+R, +NormA, +NormB) is semidet.
%
%   Both norms are written for structural patterns and share none: the
%   unit's own structure chooses between them (three variants of the
%   Sekretariat Daerah: Sekretaris Daerah, Asisten or Kepala Bagian).

variants(R, NA, NB) :-
    norm_scope(R, NA, scope(UA, _, _, _, _)),
    norm_scope(R, NB, scope(UB, _, _, _, _)),
    patterns(UA, PA), PA \== [],
    patterns(UB, PB), PB \== [],
    \+ ( member(X, PA), memberchk(X, PB) ).

patterns(Us, Ps) :- findall(P, member(pola(P), Us), Ps).

%   different_conditions: one norm holds under a condition the other
%   does not state (a fallback, or two alternatives on conditions)

different_conditions(R, NA, NB) :-
    findall(C, condition(R, NA, C), CA),
    findall(C, condition(R, NB, C), CB),
    ( CA \== [] ; CB \== [] ),
    msort(CA, SA), msort(CB, SB), SA \== SB.

%!  condition(+R, +Norm, -CondNorm) is nondet.
%
%   Norm holds only under the condition that norm CondNorm states
%   (syarat(Norm, Text), citing the words "dalam hal ...").

condition(R, N, C) :-
    norm(R, C, syarat(Ns, _), _, _),
    in_ids(N, Ns).

%!  absorb(+R, +Params, +Items, -Answers, -Into) is det.
%
%   One resolved answer per case.  Items (one per key and value, as
%   questions:merge_items/2 makes them) that give the same answer at
%   different precision are one answer: the most precise holder, resting
%   on every provision that agrees with it.  "Jabatan Administrator"
%   (Pasal 7 ayat (1)) and "paling rendah pejabat pengawas" (Pasal 1
%   angka 12) are absorbed into "Panewu" (Pasal 7 ayat (5)) for a
%   Kapanewon: a post is more precise than the role it holds, a role than
%   a level, a level than a lower bound, a stated way of reporting than an
%   unstated one; and an item for every scope by the item for the scope
%   asked that gives the same.  An item is absorbed only on the same key
%   (or a key that the case asked decides, key_decided/3), by an item
%   that agrees with it (same_answer/4), that is of another provision's
%   list (joint holders stay joint) and that holds under no condition the
%   absorbed item does not share.  Into lists into(Answer, Absorbed) for
%   each absorbed item and each answer it ends in (a level absorbed by a
%   role that its post absorbs ends in the post); Answers keep the
%   document order of Items.

absorb(R, PT, Items, Answers, Into) :-
    findall(into(B, A),
            ( member(A, Items), member(B, Items),
              absorbs(R, PT, B, A) ),
            Direct),
    findall(into(F, A),                 % through a chain: a level into a
            ( member(into(_, A), Direct),   % role, the role into its post
              finally(Direct, A, F) ),
            Into0),
    list_to_set(Into0, Into1),
    findall(I-item(K, V, Ns),
            ( member(I, Items), \+ memberchk(into(_, I), Into1),
              I = item(K, V0, Ns0),
              findall(N, ( member(into(I1, item(_, _, NsA)), Into1), I1 == I,
                           member(N, NsA) ), Extra),
              append(Ns0, Extra, Ns1),
              list_to_set(Ns1, Ns),
              findall(VA, ( member(into(I2, item(_, VA, _)), Into1), I2 == I ), VAs),
              completed(V0, VAs, V) ),
            Finals),
    pairs_values(Finals, Answers),
    findall(into(F, A), ( member(into(I, A), Into1), member(I0-F, Finals), I0 == I ), Into2),
    findall(renamed(F, I), ( member(I-F, Finals), I = item(_, V0, _), F = item(_, V, _),
                             V0 \=@= V ), Renamed),
    append(Into2, Renamed, Into).

%   completed(V0, Absorbed, V): a reporting line to a post whose way the
%   text leaves unsaid takes the way an absorbed provision states ("kepada
%   Pejabat Penilai Kinerja secara langsung" and "disampaikan kepada
%   Pejabat Administrator", where the Administrator is the Pejabat Penilai
%   Kinerja: to the Pejabat Administrator, directly)

completed(lapor(To, tidak_disebut, Ps), VAs, lapor(To, M, Ps)) :-
    member(lapor(_, M, _), VAs), M \== tidak_disebut, !.
completed(V, _, V).

%   finally(Direct, A, F): an answer that absorbs A, and is itself absorbed
%   by no other (precision only grows along a chain, so chains end)

finally(Direct, A, F) :-
    member(into(B, A), Direct),
    (   memberchk(into(_, B), Direct)
    ->  finally(Direct, B, F)
    ;   F = B
    ).

absorbs(R, PT, B, A) :-
    B = item(KB, VB, [NB|_]), A = item(KA, VA, [NA|_]),
    (   KB =@= KA
    ->  VB \=@= VA, ( more_precise(VB, VA) ; completes(VB, VA) )
    ;   key_decided(PT, KB, KA),
        ( VB =@= VA ; more_precise(VB, VA) ; completes(VB, VA) )
    ),
    same_answer(R, PT, A, B),
    questions:norm_list(R, NB, LB), questions:norm_list(R, NA, LA), LB \== LA,
    forall(( B = item(_, _, NsB), member(N, NsB), condition(R, N, C) ),
           ( A = item(_, _, NsA), member(N2, NsA), condition(R, N2, C) )), !.

%   key_decided(PT, KB, KA): B's key names, where A's says semua, the value
%   the case asked (a penunjukan "di dalam Unit Organisasi" beside one for
%   every scope, asked about dalam-unit)

key_decided(PT, KB, KA) :-
    KB =.. [F|ArgsB], KA =.. [F|ArgsA],
    PT =.. [_|Asked],
    maplist(arg_decided(Asked), ArgsB, ArgsA),
    ArgsB \=@= ArgsA.

arg_decided(_, X, Y) :- X =@= Y, !.
arg_decided(Asked, X, semua) :- atom(X), X \== semua, memberchk_eq(X, Asked).

memberchk_eq(X, [Y|Ys]) :- ( X == Y -> true ; memberchk_eq(X, Ys) ).

%   completes(B, A): B names the post, A the role it holds with the way of
%   reporting B leaves unsaid: one answer, B's post with A's way

completes(lapor(ToB, tidak_disebut, _), lapor(ToA, MA, _)) :-
    MA \== tidak_disebut,
    holder_precision(ToB, PB), holder_precision(ToA, PA), PB > PA.

%   more_precise(B, A): B says at least as much as A on every part of the
%   answer and more on one

more_precise(VB, VA) :-
    precision(VB, PB), precision(VA, PA),
    PB = [_|_], length(PB, L), length(PA, L),
    maplist(=<, PA, PB), PA \== PB.

precision(holder(H), [P]) :- !, holder_precision(H, P).
precision(actor(H, _), [P]) :- !, holder_precision(H, P).
precision(dokumen(D, H), [P]) :- !, atom(D), holder_precision(H, P).
precision(lapor(To, Mode, _), [P, M]) :- !,
    holder_precision(To, P),
    ( Mode == tidak_disebut -> M = 0 ; M = 1 ).
precision(_, []).

holder_precision(paling_rendah(_), 0) :- !.
holder_precision(level_atau_atas(_), 1) :- !.
holder_precision(level(_), 2) :- !.
holder_precision(H, 4) :- atom(H), known(post, H), !.   % a post (some are also roles)
holder_precision(H, 3) :- atom(H), known(role, H), !.
holder_precision(H, 4) :- atom(H).
