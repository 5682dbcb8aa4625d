/*  Part of perbup-kb

    Wording of explanations: the sentence for every predicate that can
    appear in a derivation (goal_text/3), every kind of norm
    (claim_text/3) and every why-not verdict (why_not_text/3), in a
    language Lang.  The words themselves live in kb/lang/<Lang>.pl as
    template/2 and word/2 facts (as s(CASP) keeps lang/en.pl); this file
    only chooses the template and fills it with labels from
    kb/vocabulary.pl, so no id or Prolog term reaches the reader.
*/

:- module(wording, [goal_text/3, claim_text/3, why_not_text/3, phrase_of/3, languages/1,
                    answer_sentence/5, case_sentence/3, capitalised/2,
                    precedence_text/6, agreement_text/4]).
:- use_module(vocabulary).
:- use_module(norms, [norm/5]).
:- use_module(questions, [holder_label/3, value_text/2]).
:- use_module(precedence, [norm_scope/3]).
:- use_module(lang/id, []).
:- use_module(lang/en, []).
:- use_module(library(lists)).
:- use_module(library(apply)).

languages([id, en]).

template(id, K, F) :- lang_id:template(K, F).
template(en, K, F) :- lang_en:template(K, F).
word(id, K, W) :- lang_id:word(K, W).
word(en, K, W) :- lang_en:word(K, W).

say(Lang, Key, Args, Text) :-
    template(Lang, Key, Format), !,
    format(string(Text), Format, Args).

%!  phrase_of(+Lang, +X, -Text) is det.
%
%   The label of an id, a holder term, a list of ids, or an open value.

phrase_of(L, X, T) :- var(X), !, word(L, anyone, T).
phrase_of(L, semua, T) :- !, word(L, all, T).
phrase_of(_, X, T) :- string(X), !, T = X.
phrase_of(L, pola(P), T) :-                     % the one unit a regulation
    asked_regency(R),                           % names as following the
    findall(Label, norms:norm(R, _, unit_bernama(_, Label, _, pola(P)), _, _),
            [Label]), !,                        % pattern: said by its name
    words_of(P, PT), say(L, pola_named, [Label, PT], T).
phrase_of(L, pola(P), T) :- !, words_of(P, PT), say(L, pola, [PT], T).
phrase_of(L, melalui(H), T) :- !, phrase_of(L, H, HT), say(L, melalui, [HT], T).
phrase_of(L, langsung, T) :- !, word(L, langsung, T).
phrase_of(L, tidak_disebut, T) :- !, word(L, tidak_disebut, T).
phrase_of(L, paling_lama(N, U), T) :- !,
    (   N == 1, template(L, one(U), UT)             % "1 year", not "1 years"
    ->  true
    ;   word(L, U, UT)
    ),
    say(L, paling_lama, [N, UT], T).
phrase_of(L, sesuai(S), T) :- !, say(L, sesuai, [S], T).
phrase_of(L, tidak_dibatasi, T) :- !, word(L, tidak_dibatasi, T).
phrase_of(L, Xs, T) :- is_list(Xs), !,
    (   memberchk(semua, Xs)
    ->  word(L, all, T)
    ;   maplist(phrase_of(L), Xs, Ts), join_and(L, Ts, T)
    ).
phrase_of(L, X, T) :-                           % a level, or a generic post, in
    level_phrase(X, Level, Key),                % a sentence: with its indefinite
    template(L, indefinite(consonant), _), !,   % article where the language has
    label(L, Level, L0), indefinite(L, L0, A),  % one ("an administrator or a
    (   Key == none                             % post one level above")
    ->  T = A
    ;   say(L, Key, [A], T)
    ).
phrase_of(L, X, T) :-                           % a post or role in a sentence,
    atom(X), ( known(post, X) ; known(role, X) ),  % with its article where the
    template(L, holder_in_sentence, F),             % language has one ("the
    \+ generic_post(X),                             % district head"; not for a
    holder_label(L, X, T0),                         % generic post, "a supervisor",
    \+ sub_string(T0, 0, _, _, "the "), !,          % nor a label that has it)
    format(string(T), F, [T0]).
phrase_of(L, X, T) :- atom(X), known(_, X), !, holder_label(L, X, T).
phrase_of(L, X, T) :- X = level(_), !, holder_label(L, X, T).
phrase_of(L, X, T) :- X = level_atau_atas(_), !, holder_label(L, X, T).
phrase_of(L, X, T) :- X = paling_rendah(_), !, holder_label(L, X, T).
phrase_of(_, X, T) :- atom(X), norms:norm(_, _, unit_bernama(X, Label, _, _), _, _), !,
    T = Label.                                               % a unit a regulation names
phrase_of(_, X, T) :- atom(X), !, words_of(X, T).           % an id outside the vocabulary
phrase_of(_, X, T) :- value_text(X, T).

level_phrase(level(Level), Level, none).
level_phrase(level_atau_atas(Level), Level, level_atau_atas).
level_phrase(paling_rendah(Level), Level, paling_rendah) :- Level \== fungsional.
level_phrase(X, X, none) :- atom(X), generic_post(X).

indefinite(L, Word, T) :-
    (   sub_atom(Word, 0, 1, _, C), sub_atom(aeiou, _, 1, _, C)
    ->  template(L, indefinite(vowel), F)
    ;   template(L, indefinite(consonant), F)
    ),
    format(string(T), F, [Word]).

words_of(X, T) :-
    format(string(S), "~w", [X]),
    split_string(S, "-_", "", Parts), atomic_list_concat(Parts, ' ', A), atom_string(A, T).

join_and(_, [], "") :- !.
join_and(_, [X], X) :- !.
join_and(L, Xs, T) :-
    append(Init, [Last], Xs),
    atomic_list_concat(Init, ', ', A),
    word(L, and, And),
    format(string(T), "~w ~w ~w", [A, And, Last]).

unit_phrase(L, U, T) :- var(U), !, word(L, any_unit, T).
unit_phrase(L, U, T) :- is_list(U), memberchk(semua, U), !, word(L, any_unit, T).
unit_phrase(L, Us, T) :-                        % a unit kind beside the pattern that
    is_list(Us),                                % is its own (no unit is named under it):
    exclude(own_pattern, Us, Named),            % the unit kind says it
    Named \== [], Named \== Us, !,
    phrase_of(L, Named, T).
unit_phrase(L, U, T) :- phrase_of(L, U, T).

own_pattern(pola(P)) :-                         % (in the regulation asked,
    ignore(asked_regency(R)),                   % if any)
    \+ norms:norm(R, _, unit_bernama(_, _, _, pola(P)), _, _).

%   asked_regency(-R): the regulation the request asks about
%   (kb/api.pl wording_regency/1), if any

asked_regency(R) :-
    nb_current(wording_regency, R), atom(R), R \== [].

subjects_phrase(L, Ss, T) :- is_list(Ss), memberchk(semua, Ss), !, word(L, all_subjects, T).
subjects_phrase(L, Ss, T) :-                    % every subject: said as a class, not listed
    is_list(Ss), forall(known(subject, S), memberchk(S, Ss)), !,
    word(L, all_subjects, T).
subjects_phrase(L, Ss, T) :-
    is_list(Ss), \+ memberchk(pelaksana, Ss),
    forall(( known(subject, S), S \== pelaksana ), memberchk(S, Ss)), !,
    word(L, all_jf, T).
subjects_phrase(L, Ss, T) :- phrase_of(L, Ss, T).

%!  goal_text(+Lang, +Goal, -Text) is det.

goal_text(L, answer_item(Q, R, _, K, V, _), T) :-
    \+ memberchk(Q, [assessor, 'unit-leader', 'reporting-line']),
    answer_sentence_(L, R, K, V, T0), !,
    capitalised(T0, T).
goal_text(L, answer_item(Q, _, p(S, C, U, _, _, Role), _, V, _), T) :- !,
    answer_text(L, Q, S, C, U, Role, V, T).
goal_text(L, role_item(_, Role, S, U, _, _, H, _), T) :- !,
    role_text(L, Role, S, U, H, T).
goal_text(L, holds_role(_, Role, S, U, _, H, _), T) :- !,
    role_text(L, Role, S, U, H, T).
goal_text(L, resolved_holder(_, To, S, _, _, Post, _), T) :- !,
    maplist(phrase_of(L), [To, S, Post], Args),
    (   To == Post
    ->  Args = [ToT|_], say(L, recipient_named, [ToT], T)
    ;   say(L, recipient_is, Args, T)
    ).
goal_text(L, scoped_norm(_, _, Claim, U, _), T) :- !,
    claim_text(L, Claim, CT), unit_phrase(L, U, UT), say(L, scoped, [UT, CT], T).
goal_text(L, unit_matches(_, U, Us), T) :-
    is_list(Us), memberchk(semua, Us), !,
    unit_phrase(L, U, A), say(L, unit_matches_all, [A], T).
goal_text(L, unit_matches(_, U, Us), T) :- !,
    unit_phrase(L, U, A), unit_phrase(L, Us, B), say(L, unit_matches, [A, B], T).
goal_text(L, named_unit_match(_, U, Us), T) :- !,
    maplist(phrase_of(L), [U, Us], Args), say(L, named_unit, Args, T).
goal_text(L, G, T) :-
    functor(G, N, A), say(L, other_goal, [N, A], T).

%   reporting_key(+Subjects, -Key): the template of a reporting line, for
%   one subject ("reports to") or several ("report to")

reporting_key(S, reporting_line_one) :-
    (   atom(S), S \== semua
    ;   S = [One], One \== semua
    ), !.
reporting_key(_, 'reporting-line').

role_text(L, Role, S, U, H, T) :-
    maplist(phrase_of(L), [H, Role, S], [HH, R, SS]), unit_phrase(L, U, UU),
    say(L, role, [HH, R, SS, UU], T).

answer_text(L, Q, S, _, U, _, holder(H), T) :-
    memberchk(Q, [assessor, 'unit-leader']), !,
    maplist(phrase_of(L), [S, H], [A, C]), unit_phrase(L, U, B),
    say(L, Q, [A, B, C], T).
answer_text(L, Q, S, C, _, _, lapor(To, Mode, _), T) :- !,
    capacity_phrase(L, C, CT), maplist(phrase_of(L), [S, To], [ST, ToT]),
    Args0 = [ST, CT, ToT], mode_phrase(L, Mode, M),
    append(Args0, [M], Args),
    (   Q == 'reporting-line' -> reporting_key(S, Key) ; Key = Q ),
    say(L, Key, Args, T).
answer_text(L, Q, _, _, _, _, actor(Actor, _), T) :- !,
    phrase_of(L, Actor, A), say(L, Q, [A], T).
answer_text(L, Q, _, _, _, _, dokumen(D, By), T) :- !,
    maplist(phrase_of(L), [D, By], Args), say(L, Q, Args, T).
answer_text(L, _, _, _, _, _, step(A, Act, To, _), T) :- !,
    maplist(phrase_of(L), [A, Act, To], Args), say(L, routing_step, Args, T).
answer_text(L, Q, _, _, _, _, ketua(S, V), T) :- !,
    maplist(phrase_of(L), [S, V], Args), say(L, Q, Args, T).
answer_text(L, Q, _, _, _, Role, item(I), T) :- !,
    phrase_of(L, Role, R), say(L, Q, [R, I], T).
answer_text(L, Q, _, _, _, _, B, T) :-
    phrase_of(L, B, A), say(L, Q, [A], T).

%!  claim_text(+Lang, +Claim, -Text) is det.

claim_text(L, peran(Role, Ss, Us, Ps, H), T) :- !,
    maplist(phrase_of(L), [H, Role], HR), subjects_phrase(L, Ss, SS), unit_phrase(L, Us, UU),
    append(HR, [SS, UU], Args),
    (   memberchk(semua, Ps)
    ->  say(L, role, Args, T)
    ;   phrase_of(L, Ps, P), append(Args, [P], Args2), say(L, role_at, Args2, T)
    ).
claim_text(L, melapor(C, Ss, To, Mode), T) :- !,
    subjects_phrase(L, Ss, SS),
    capacity_phrase(L, C, CT), phrase_of(L, To, ToT), Rest = [CT, ToT],
    mode_phrase(L, Mode, M),
    append([SS|Rest], [M], Args), reporting_key(Ss, Key), say(L, Key, Args, T).
claim_text(L, wewenang(Act, Sc, Actor), T) :- !,
    answer_sentence_(L, _, act(Act, Sc, _), actor(Actor, _), T0), capitalised(T0, T).
claim_text(L, instrumen(F, Sc, D, By), T) :- !,
    answer_sentence_(L, _, instrumen(F, Sc, _), dokumen(D, By), T0), capitalised(T0, T).
claim_text(L, langkah(Rt, Sc, N, step(A, Act, To, Cc)), T) :- !,
    maplist(phrase_of(L), [Rt, Sc], [R, S]),
    step_sentence(L, _, A, Act, To, Cc, X),
    say(L, langkah, [N, R, S, X], T).
claim_text(L, ketua_tim(Aspect, S, V), T) :-
    answer_sentence_(L, _, ketua_tim(Aspect, _), ketua(S, V), T0), !, capitalised(T0, T).
claim_text(L, ketua_tim(Aspect, S, V), T) :- !,
    maplist(phrase_of(L), [S, V], [A, B]),
    aspect_text(L, Aspect, AT),
    say(L, ketua_tim, [AT, A, B], T).
claim_text(L, durasi(Thing, B), T) :- !,
    maplist(phrase_of(L), [Thing, B], Args), say(L, durasi, Args, T).
claim_text(L, tanggung_jawab(Role, I), T) :- !,
    phrase_of(L, Role, R), say(L, responsibilities, [R, I], T).
claim_text(L, di(Us, Claim), T) :- !,
    claim_text(L, Claim, CT), unit_phrase(L, Us, UT),
    say(L, di, [UT, CT], T).
claim_text(L, unit_bernama(_, Label, Kind, Pola), T) :- !,
    phrase_of(L, Kind, K),
    (   Pola == none
    ->  say(L, unit_bernama, [Label, K], T)
    ;   Pola = pola(P0) -> words_of(P0, P), say(L, unit_bernama_pola, [Label, K, P], T)
    ;   phrase_of(L, Pola, P), say(L, unit_bernama_pola, [Label, K, P], T)
    ).

aspect_text(L, asal(S), T) :- !, phrase_of(L, S, ST), say(L, aspect_asal, [ST], T).
aspect_text(L, A, T) :- word(L, A, T), !.
aspect_text(L, A, T) :- phrase_of(L, A, T).

%!  why_not_text(+Lang, +Verdict, -Text) is det.

why_not_text(L, holds, T) :- !, word(L, holds, T).
why_not_text(L, holds_contested, T) :- !, word(L, holds_contested, T).
why_not_text(L, does_not_hold, T) :- !, word(L, does_not_hold, T).
why_not_text(L, tidak_diatur(Q), T) :- !,
    label(L, Q, QL), say(L, tidak_diatur, [QL], T).
why_not_text(L, differs(Field, Proposed, null), T) :- !,  % the provisions leave it unsaid
    word(L, Field, F), proposed_phrase(L, Proposed, P),
    say(L, differs_unstated, [F, P], T).
why_not_text(L, differs(Field, Proposed, Actual), T) :- !,
    word(L, Field, F),
    (   atom(Proposed) ; string(Proposed) ; Proposed == true ; Proposed == false ), !,
    proposed_phrase(L, Proposed, P),
    proposed_phrase(L, Actual, A),
    say(L, differs, [F, P, A], T).
why_not_text(L, looked_for(Q, Params), T) :- !,
    label(L, Q, QL),
    dict_pairs(Params, _, Pairs),
    findall(V, ( member(_-V0, Pairs), atom_string(A0, V0), phrase_of(L, A0, V) ), Vs),
    (   Vs == []
    ->  say(L, looked_for, [QL], T)
    ;   join_and(L, Vs, VT), say(L, looked_for_params, [QL, VT], T)
    ).

proposed_phrase(L, true, T) :- !, word(L, langsung, T).
proposed_phrase(L, false, T) :- !, word(L, tidak_langsung, T).
proposed_phrase(L, X, T) :- is_list(X), !,
    maplist(proposed_phrase(L), X, Ts), join_and(L, Ts, T).
proposed_phrase(L, X, T) :- string(X), !,
    (   sub_string(X, 0, _, _, "level")
    ->  split_string(X, ":", "", [Kind, Lv]), atom_string(KA, Kind), atom_string(LA, Lv),
        (   KA == level -> H = level(LA)
        ;   KA == 'paling-rendah' -> H = paling_rendah(LA)
        ;   H = level_atau_atas(LA)
        ),
        phrase_of(L, H, T)
    ;   atom_string(A, X), phrase_of(L, A, T)
    ).
proposed_phrase(L, X, T) :- phrase_of(L, X, T).

%!  precedence_text(+Lang, +R, +Reason, +Winner, +Loser, -Text) is det.
%
%   Why provision Winner sets provision Loser aside (kb/precedence.pl):
%   "Pasal 7 ayat (4) berlaku khusus untuk Dinas Penanaman Modal dan
%   Pelayanan Terpadu Satu Pintu sehingga mengesampingkan Pasal 7 ayat (1)".

precedence_text(L, R, Why, W, Lo, T) :-
    questions:norm_cite(R, W, WC),
    questions:norm_cite(R, Lo, LC),
    scope_phrase(L, R, W, SP),
    say(L, Why, [WC, SP, LC], T), !.

%   scope_phrase: what the winner's scope is narrowed to (units, then
%   placement, act scope, form, subjects)

scope_phrase(L, R, N, T) :-
    norm_scope(R, N, scope(Us, Ss, Ps, Sc, F)),
    findall(X, ( \+ memberchk(semua, Us), named_units(R, Us, Us1), unit_phrase(L, Us1, X)
               ; \+ memberchk(semua, Ps), phrase_of(L, Ps, X)
               ; Sc \== semua, phrase_of(L, Sc, X)
               ; F \== semua, phrase_of(L, F, X)
               ; \+ memberchk(semua, Ss),
                 \+ forall(known(subject, S0), memberchk(S0, Ss)),
                 subjects_phrase(L, Ss, X) ), Xs),
    (   Xs == []
    ->  word(L, this_case, T)
    ;   atomic_list_concat(Xs, ', ', A), atom_string(A, T)
    ).

%   named_units: a pattern a regulation assigns named units to is said with
%   their names ("Dinas Penanaman Modal ..." rather than "pola B")

named_units(R, Us, Us1) :-
    findall(X, ( member(U, Us),
                 (   U = pola(_),
                     findall(N, norms:norm(R, _, unit_bernama(N, _, _, U), _, _), Ns),
                     Ns \== []
                 ->  member(X, Ns)
                 ;   X = U
                 ) ), Us0),
    list_to_set(Us0, Us1).

%!  agreement_text(+Lang, +Specific, +General, -Text) is det.
%
%   Why an answer that names a post (or a level) is one answer with a
%   provision that names its level, a lower bound it meets, or the role
%   it holds (kb/precedence.pl, absorb/5): "Camat adalah Jabatan
%   Administrator, sehingga sejalan dengan ketentuan yang menyebut Jabatan
%   Administrator".

agreement_text(L, VS, VG, T) :-
    answer_holder(VS, HS), answer_holder(VG, HG), !,
    phrase_of(L, HS, S),
    phrase_of(L, HG, G),
    (   atom(HS), HG = level(_), questions:holder_level(HS, Lv)
    ->  phrase_of(L, level(Lv), LvT), say(L, sejalan_level, [S, LvT, G], T)
    ;   atom(HS), ( HG = level_atau_atas(_) ; HG = paling_rendah(_) ),
        questions:holder_level(HS, Lv)
    ->  phrase_of(L, level(Lv), LvT), say(L, sejalan_batas, [S, LvT, G], T)
    ;   atom(HG), known(role, HG)
    ->  say(L, sejalan_peran, [S, G, G], T)
    ;   say(L, sejalan, [S, G], T)
    ).
agreement_text(L, _, _, T) :-
    word(L, sejalan_cara, T).

answer_holder(holder(H), H).
answer_holder(actor(H, _), H).
answer_holder(dokumen(_, H), H).
answer_holder(lapor(To, _, _), To).

                 /*******************************
                 *      ANSWERS AND CASES       *
                 *******************************/

%!  answer_sentence(+Lang, +R, +Key, +Value, -Text) is det.
%
%   One answer as a sentence a reader reads: its case (the capacity of a
%   reporting line, the scope of an act) and its value, every id said by
%   its label: "Secara individu: melapor kepada Pejabat Penilai Kinerja
%   secara langsung".

answer_sentence(L, R, K, V, T) :-
    answer_sentence_(L, R, K, V, T0), !,
    capitalised(T0, T).
answer_sentence(L, _, _, V, T) :-
    phrase_of(L, V, T).

answer_sentence_(L, R, capacity(C, _, _), lapor(To, Mode, _), T) :-
    holder_phrase(L, R, To, ToT),
    mode_phrase(L, Mode, MT),
    say(L, lapor, [ToT, MT], T0),
    (   atom(C), C \== semua, known(capacity, C)
    ->  label(L, C, CT), capitalised(CT, CC), say(L, lapor_case, [CC, T0], T)
    ;   T = T0
    ).
answer_sentence_(L, R, role(_, _, _, _), holder(H), T) :-
    holder_phrase(L, R, H, T).
answer_sentence_(L, R, act(Act, Sc, _), actor(A, _), T) :-
    holder_phrase(L, R, A, AT), phrase_of(L, Act, ActT),
    (   Sc == semua
    ->  say(L, actor_answer, [AT, ActT], T)
    ;   phrase_of(L, Sc, ScT), say(L, actor_answer_scope, [AT, ActT, ScT], T)
    ).
answer_sentence_(L, R, instrumen(F, Sc, _), dokumen(D, By), T) :-
    phrase_of(L, D, DT), holder_phrase(L, R, By, ByT),
    findall(Q, ( F \== semua, word(L, form(F), Q)
               ; Sc \== semua, phrase_of(L, Sc, Q) ), Qs),
    (   Qs == []
    ->  say(L, instrumen_answer, [DT, ByT], T)
    ;   atomic_list_concat(Qs, ', ', QA), say(L, instrumen_answer_for, [DT, ByT, QA], T)
    ).
answer_sentence_(L, R, langkah(_, _, _), step(A, Act, To, Cc), T) :-
    step_sentence(L, R, A, Act, To, Cc, T).
answer_sentence_(L, R, ketua_tim(Act, _), ketua(wewenang, Actor), T) :-
    holder_phrase(L, R, Actor, AT), phrase_of(L, Act, ActT),
    say(L, actor_answer, [AT, ActT], T).
answer_sentence_(L, _, ketua_tim(asal(Sc), _), ketua(S, V), T) :-
    phrase_of(L, Sc, ScT), word(L, strength(S), ST), phrase_of(L, V, VT),
    say(L, ketua_asal, [ScT, ST, VT], T).
answer_sentence_(L, _, ketua_tim(jabatan, _), ketua(S, V), T) :-
    word(L, strength(S), ST), or_phrase(L, V, VT),
    say(L, ketua_jabatan, [ST, VT], T).
answer_sentence_(L, R, ketua_tim(penetapan, _), ketua(S, V), T) :-
    word(L, strength(S), ST),
    (   known(document, V)
    ->  phrase_of(L, V, VT), say(L, ketua_penetapan_dengan, [ST, VT], T)
    ;   holder_phrase(L, R, V, VT), say(L, ketua_penetapan_oleh, [ST, VT], T)
    ).
answer_sentence_(L, _, ketua_tim(pengganti, _), ketua(S, V), T) :-
    word(L, strength(S), ST), or_phrase(L, V, VT),
    say(L, ketua_pengganti, [ST, VT], T).
answer_sentence_(L, _, durasi(Thing), B, T) :-
    phrase_of(L, Thing, TT), phrase_of(L, B, BT),
    say(L, durasi, [TT, BT], T).
answer_sentence_(L, _, tanggung_jawab(Role, _), item(I), T) :-
    phrase_of(L, Role, RT), say(L, tanggung_jawab_item, [RT, I], T).

%   step_sentence: one step of a routing, its verb with the preposition
%   it takes ("menugaskan pegawai", "mengajukan permohonan kepada ...")

step_sentence(L, R, A, Act, To, Cc, T) :-
    holder_phrase(L, R, A, AT), holder_phrase(L, R, To, ToT),
    (   template(L, step(Act), _)
    ->  say(L, step(Act), [AT, ToT], T0)
    ;   phrase_of(L, Act, ActT), say(L, routing_step, [AT, ActT, ToT], T0)
    ),
    (   Cc == []
    ->  T = T0
    ;   maplist(holder_phrase(L, R), Cc, CcTs), join_and(L, CcTs, CcT),
        say(L, tembusan, [T0, CcT], T)
    ).

%   holder_phrase: a post as the regulation says it ("Panewu (Camat)")

holder_phrase(id, R, H, T) :- nonvar(R), \+ is_list(H), !, questions:post_label(R, H, T).
holder_phrase(L, _, H, T) :- phrase_of(L, H, T).

mode_phrase(L, tidak_disebut, T) :- !, word(L, tidak_disebut, T).
mode_phrase(L, M, T) :- phrase_of(L, M, T).

capacity_phrase(L, C, T) :- atom(C), term(capacity, C, LI, LE), !,
    (   L == en -> T = LE ; T = LI ).
capacity_phrase(L, C, T) :- phrase_of(L, C, T).

or_phrase(L, Xs, T) :- is_list(Xs), !,
    maplist(phrase_of(L), Xs, Ts),
    (   append(Init, [Last], Ts), Init \== []
    ->  atomic_list_concat(Init, ', ', A), word(L, or, Or),
        format(string(T), "~w ~w ~w", [A, Or, Last])
    ;   Ts = [T]
    ).
or_phrase(L, X, T) :- phrase_of(L, X, T).

capitalised(S0, S) :-
    string_concat(F0, Rest, S0), string_length(F0, 1), !,
    string_upper(F0, F), string_concat(F, Rest, S).
capitalised(S, S).

%!  case_sentence(+Lang, +Key, -Text) is det.
%
%   What an answer answers (the case two conflicting provisions both
%   speak to): "Pejabat Fungsional Ahli Muda yang bekerja secara
%   individu pada Kelurahan".

case_sentence(L, capacity(C, S, U), T) :- !,
    subjects_phrase(L, S, ST), unit_phrase(L, U, UT),
    (   atom(C), C \== semua, known(capacity, C)
    ->  label(L, C, CT), say(L, case_capacity, [ST, CT, UT], T)
    ;   say(L, case_subject, [ST, UT], T)
    ).
case_sentence(L, role(Role, S, U, _), T) :- !,
    phrase_of(L, Role, RT), subjects_phrase(L, S, ST), unit_phrase(L, U, UT),
    say(L, case_role, [RT, ST, UT], T).
case_sentence(L, act(Act, Sc, _), T) :- !,
    phrase_of(L, Act, AT),
    (   Sc == semua -> T = AT ; phrase_of(L, Sc, ST), format(string(T), "~w ~w", [AT, ST]) ).
case_sentence(L, instrumen(F, Sc, _), T) :- !,
    findall(Q, ( F \== semua, word(L, form(F), Q) ; Sc \== semua, phrase_of(L, Sc, Q) ), Qs),
    atomic_list_concat(Qs, ', ', QA),
    say(L, case_instrumen, [QA], T).
case_sentence(L, langkah(Rt, Sc, _), T) :- !,
    maplist(phrase_of(L), [Rt, Sc], Args), say(L, routing_title, Args, T).
case_sentence(L, ketua_tim(_, _), T) :- !, word(L, case_ketua_tim, T).
case_sentence(L, durasi(Thing), T) :- !,
    phrase_of(L, Thing, TT), say(L, case_durasi, [TT], T).
case_sentence(L, tanggung_jawab(Role, _), T) :- !,
    phrase_of(L, Role, RT), say(L, case_tanggung_jawab, [RT], T).
case_sentence(L, _, T) :- word(L, this_case, T).
