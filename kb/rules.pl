/*  Part of perbup-kb

    The rules: how an answer to a user's question follows from the norms.
    Each question has one relation here, true for every answer the norms
    support, with the norm(s) it rests on:

      answer_item(Question, Regency, Params, Key, Value, Norms)

    Params is a term p(Subject, Capacity, Unit, Placement, Scope, Role)
    whose unbound arguments match anything.  Key says what the item
    answers (two items with one key and incompatible values, resting on
    different provisions, are a conflict); Value is the answer as a term.

    The clauses are plain Horn clauses over norm/5 and the vocabulary so
    that kb/explain.pl can replay them step by step; aggregation,
    conflicts and wording live in kb/questions.pl.
*/

:- module(rules,
          [ answer_item/6,          % ?Question, +Regency, +Params, -Key, -Value, -Norms
            question_claim/2,       % ?Question, ?ClaimPattern
            holds_role/7,           % +Regency, +Role, ?S, ?U, ?P, -Holder, -NormId
            unit_matches/3,         % +Regency, ?Unit, +Units
            in_list/2,              % ?X, +List
            scoped_norm/5,          % +Regency, -NormId, ?Claim, ?Unit, -UnitDim
            compatible/2,           % +ValueA, +ValueB
            overlaps/2              % +KeyA, +KeyB
          ]).
:- use_module(norms).
:- use_module(vocabulary).
:- use_module(library(lists)).
:- use_module(library(pairs)).

%!  question_claim(?Question, ?Claim) is nondet.
%
%   The kind of claim a question is answered from (used to find the
%   closest general provision when the regulation is silent).

question_claim(assessor,                peran('pejabat-penilai-kinerja', _, _, _, _)).
question_claim('unit-leader',           peran('pimpinan-unit-organisasi', _, _, _, _)).
question_claim('reporting-line',        melapor(_, _, _, _)).
question_claim(assigner,                wewenang(_, _, _)).
question_claim('position-setter',       wewenang('penetapan-kedudukan', _, _)).
question_claim('assignment-instrument', instrumen(_, _, _, _)).
question_claim('cross-unit-routing',    langkah('permohonan-pelibatan', _, _, _)).
question_claim('cross-agency-routing',  langkah('permohonan-pelibatan', _, _, _)).
question_claim('voluntary-routing',     langkah('pengajuan-sukarela', _, _, _)).
question_claim('team-leader',           ketua_tim(_, _, _)).
question_claim('team-leader',           wewenang('penetapan-ketua-tim', _, _)).
question_claim('team-leader',           wewenang('pembentukan-tim', _, _)).
question_claim('team-duration',         durasi(_, _)).
question_claim(responsibilities,        tanggung_jawab(_, _)).

%!  answer_item(?Question, +Regency, +Params, -Key, -Value, -Norms) is nondet.

answer_item(assessor, R, p(S, _, U, P, _, _), Key, holder(H), [N]) :-
    role_item(R, 'pejabat-penilai-kinerja', S, U, P, Key, H, N).
answer_item('unit-leader', R, p(S, _, U, P, _, _), Key, holder(H), [N]) :-
    role_item(R, 'pimpinan-unit-organisasi', S, U, P, Key, H, N).
answer_item('reporting-line', R, p(S, C, U, P, _, _), capacity(C, SD, UD), lapor(To, Mode, Posts),
            [N]) :-
    scoped_norm(R, N, melapor(C, Ss, To, Mode), U, UD),
    in_list(S, Ss),
    dim(S, Ss, SD),
    findall(Post-M, resolved_holder(R, To, S, U, P, Post, M), Posts).
answer_item(assigner, R, p(S, _, U, P, Sc, _), act(Act, Scope, UD), actor(Actor, Posts), [N]) :-
    assignment_act(Act),
    scoped_norm(R, N, wewenang(Act, Scope, Actor), U, UD),
    scope_matches(Sc, Scope),
    unit_holders(R, Actor, S, U, P, Posts).
answer_item('position-setter', R, p(S, _, U, P, _, _), act('penetapan-kedudukan', Scope, UD),
            actor(Actor, Posts), [N]) :-
    scoped_norm(R, N, wewenang('penetapan-kedudukan', Scope, Actor), U, UD),
    unit_holders(R, Actor, S, U, P, Posts).
answer_item('assignment-instrument', R, p(_, C, U, _, Sc, _), instrumen(Form, Scope, UD),
            dokumen(Doc, By), [N]) :-
    scoped_norm(R, N, instrumen(Form, Scope, Doc, By), U, UD),
    form_matches(C, Form),
    scope_matches(Sc, Scope).
answer_item(Q, R, p(_, _, _, _, Sc, _), langkah(Routing, Scope, I), step(A, Act, To, Cc), [N]) :-
    routing_question(Q, Routing, Scopes),
    norm(R, N, langkah(Routing, Scope, I, step(A, Act, To, Cc)), _, _),
    memberchk(Scope, Scopes),
    scope_matches(Sc, Scope).
answer_item('team-leader', R, p(_, _, _, _, Sc, _), ketua_tim(Aspect, Apart), ketua(Strength, Value),
            [N]) :-
    norm(R, N, ketua_tim(Aspect, Strength, Value), _, _),
    aspect_matches(Sc, Aspect),
    (   Aspect == jabatan               % several allowed posts never conflict
    ->  Apart = N
    ;   Apart = (-)
    ).
answer_item('team-leader', R, p(_, _, U, _, _, _), ketua_tim(Act, UD), ketua(wewenang, Actor), [N]) :-
    member(Act, ['penetapan-ketua-tim', 'pembentukan-tim']),
    scoped_norm(R, N, wewenang(Act, _, Actor), U, UD).
answer_item('team-duration', R, _, durasi(Thing), Bound, [N]) :-
    norm(R, N, durasi(Thing, Bound), _, _).
answer_item(responsibilities, R, p(_, _, _, _, _, Role), tanggung_jawab(Role, N), item(Item), [N]) :-
    norm(R, N, tanggung_jawab(Role, Item), _, _).

assignment_act(penunjukan).
assignment_act('persetujuan-pengajuan-sukarela').
assignment_act('penetapan-penugasan').

routing_question('cross-unit-routing', 'permohonan-pelibatan', ['lintas-unit', semua]).
routing_question('cross-agency-routing', 'permohonan-pelibatan',
                 ['lintas-perangkat-daerah', 'lintas-instansi', semua]).
routing_question('voluntary-routing', 'pengajuan-sukarela',
                 ['dalam-unit', 'lintas-unit', 'lintas-perangkat-daerah', 'lintas-instansi', semua]).

%   role_item: the key says for whom and where the holder plays the
%   role: the asked value where one was asked, else the claim's lists.

role_item(R, Role, S, U, P, role(Role, SD, UD, PD), H, N) :-
    norm(R, N, peran(Role, Ss, Us, Ps, H), _, _),
    in_list(S, Ss),
    unit_matches(R, U, Us),
    in_list(P, Ps),
    dim(S, Ss, SD), dim(U, Us, UD), dim(P, Ps, PD).

dim(Param, _, Param) :- nonvar(Param), !.
dim(_, List, List).

%!  scoped_norm(+R, -NormId, ?Claim, ?Unit, -UnitDim) is nondet.
%
%   A norm that states Claim for every unit, or, written di(Units, Claim),
%   only in the units listed (a Lampiran pattern's own reporting line).

scoped_norm(R, N, Claim, U, UD) :-
    norm(R, N, Stated, _, _),
    (   Stated = di(Us, Claim)
    ->  unit_matches(R, U, Us),
        dim(U, Us, UD)
    ;   Stated = Claim,
        UD = semua
    ).

%!  holds_role(+R, +Role, ?Subject, ?Unit, ?Placement, -Holder, -NormId) is nondet.
%
%   Holder plays Role for Subject in Unit at Placement, by norm NormId.

holds_role(R, Role, S, U, P, H, N) :-
    norm(R, N, peran(Role, Ss, Us, Ps, H), _, _),
    in_list(S, Ss),
    unit_matches(R, U, Us),
    in_list(P, Ps).

%   unit_holders(+R, +Actor, ?S, ?U, ?P, -Posts): in a unit asked about, the
%   posts that hold a role named as an authority (none for a post, or when
%   no unit is asked)

unit_holders(R, Actor, S, U, P, Posts) :-
    (   nonvar(U), known(role, Actor)
    ->  findall(Post-N, holds_role(R, Actor, S, U, P, Post, N), Posts)
    ;   Posts = []
    ).

%   resolved_holder(+R, +To, ?S, ?U, ?P, -Post, -NormId): a role named as
%   the recipient of a report, resolved to the post that holds it for
%   the subject in the unit; a post stands for itself (NormId none).

resolved_holder(R, To, S, U, P, Post, N) :-
    (   known(role, To)
    ->  holds_role(R, To, S, U, P, Post, N)
    ;   Post = To,
        N = none
    ).

%!  in_list(?X, +List) is semidet.
%
%   An unbound parameter matches any list; `semua` matches any value.

in_list(X, _) :- var(X), !.
in_list(_, L) :- memberchk(semua, L), !.
in_list(X, L) :- memberchk(X, L).

%!  unit_matches(+R, ?Unit, +Units) is semidet.
%
%   Unit is a unit kind or a named unit of regulation R; a named unit
%   matches claims on its kind and on the pattern it is assigned to.

unit_matches(R, U, Us) :-
    (   direct_unit_match(U, Us)
    ->  true
    ;   named_unit_match(R, U, Us)
    ).

direct_unit_match(U, _) :- var(U), !.
direct_unit_match(_, Us) :- memberchk(semua, Us), !.
direct_unit_match(U, Us) :- memberchk(U, Us).

%   named_unit_match: a unit the regulation names, by the norm that lists
%   it with its kind and pattern.

named_unit_match(R, U, Us) :-
    norm(R, _, unit_bernama(U, _, Kind, Pola), _, _),
    once(( memberchk(Kind, Us)
         ; Pola \== none, memberchk(Pola, Us)
         )).

scope_matches(Sc, _) :- var(Sc), !.
scope_matches(_, semua) :- !.
scope_matches(Sc, Sc).

form_matches(C, _) :- var(C), !.
form_matches(_, semua) :- !.
form_matches(individu, individu).
form_matches('anggota-tim', tim).
form_matches('ketua-tim', tim).

aspect_matches(Sc, _) :- var(Sc), !.
aspect_matches(Sc, asal(S)) :- !, scope_matches(Sc, S).
aspect_matches(_, _).

%!  compatible(+ValueA, +ValueB) is semidet.
%
%   Two answers that do not contradict each other: equal, or a post and
%   the level (or level-or-above) it belongs to; reports to the same
%   recipient where one text leaves the way unsaid.

compatible(X, X) :- !.
compatible(holder(A), holder(B)) :- !, compatible_holder(A, B).
compatible(lapor(To1, M1, Posts1), lapor(To2, M2, Posts2)) :- !,
    ( M1 == tidak_disebut ; M2 == tidak_disebut ; M1 == M2 ),
    same_recipient(To1, Posts1, To2, Posts2).
compatible(actor(A, PA), actor(B, PB)) :- !,
    (   compatible_holder(A, B)
    ->  true
    ;   same_recipient(A, PA, B, PB)
    ).
compatible(dokumen(D, A), dokumen(D, B)) :- !, compatible_holder(A, B).
compatible(step(A, Act, To, []), step(A, Act, To, _)) :- !.   % a step that names no copies
compatible(step(A, Act, To, _), step(A, Act, To, [])) :- !.   % does not deny them

%   same_recipient: one recipient, or a role and the post that holds it in
%   the unit asked about ("Pimpinan Unit Organisasi" and "Kepala Bagian"
%   where the Lampiran makes the Kepala Bagian the Pimpinan Unit Organisasi)

same_recipient(To, _, To, _) :- !.
same_recipient(_, Posts1, To2, _) :-
    held_by(Posts1, To2), !.
same_recipient(To1, _, _, Posts2) :-
    held_by(Posts2, To1), !.

%   held_by(+Posts, +Post): every holder the role resolves to agrees with
%   Post (a unit was asked about: "Jabatan Administrator atau satu tingkat
%   di atasnya" and "Camat" both fit the Camat)

held_by(Posts, Post) :-
    Posts \== [],
    forall(member(P-_, Posts), compatible_holder(P, Post)).

compatible_holder(A, A) :- !.
compatible_holder(A, B) :- covers(A, B), !.
compatible_holder(A, B) :- covers(B, A).

covers(level(L), Post) :- post_level(Post, L).
covers(level_atau_atas(L), Post) :-          % that level or the one above
    post_level(Post, L2), level_rank(L, R), level_rank(L2, R2), R2 >= R, R2 =< R + 1.
covers(level_atau_atas(L), level(L2)) :-
    level_rank(L, R), level_rank(L2, R2), R2 >= R, R2 =< R + 1.
covers(paling_rendah(L), Post) :-            % a lower bound: that level or any above
    post_level(Post, L2), level_rank(L, R), level_rank(L2, R2), R2 >= R.
covers(paling_rendah(L), level(L2)) :-
    level_rank(L, R), level_rank(L2, R2), R2 >= R.
covers(paling_rendah(L), level_atau_atas(L2)) :-
    level_rank(L, R), level_rank(L2, R2), R2 >= R.

%!  overlaps(+KeyA, +KeyB) is semidet.
%
%   Two keys can concern the same case: same functor, and argument by
%   argument equal, or lists that share a member (or hold `semua`), or
%   a value that is in the other's list.

overlaps(A, B) :-
    A =.. [F|As], B =.. [F|Bs],
    maplist(overlap_arg, As, Bs).

overlap_arg(X, Y) :- X == Y, !.
overlap_arg(semua, _) :- !.
overlap_arg(_, semua) :- !.
overlap_arg(X, Y) :- is_list(X), is_list(Y), !,
    ( memberchk(semua, X) ; memberchk(semua, Y) ; member(E, X), memberchk(E, Y) ), !.
overlap_arg(X, Y) :- is_list(Y), !, ( memberchk(semua, Y) ; memberchk(X, Y) ), !.
overlap_arg(X, Y) :- is_list(X), !, ( memberchk(semua, X) ; memberchk(Y, X) ), !.
