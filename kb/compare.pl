/*  Part of perbup-kb

    One question asked of every regulation loaded, side by side: each
    regulation's answer, exactly as ask/4 gives it, and the groups of
    regulations that answer alike (the same status and the same set of
    answer values).  A regulation for which the question cannot be asked
    (a named unit it does not have, say) is listed with its error and
    belongs to no group.

      compare: {question, params, lang} ->
        {question, agree, groups: [{status, values, regencies}],
         results: [{regency, label, answer} | {regency, label, error}]}
*/

:- module(compare, []).
:- use_module(api).
:- use_module(questions).
:- use_module(regulations).
:- use_module(vocabulary).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

perbup_api:api_op(compare, Args, _{question: QS, agree: Agree, groups: Groups,
                                   results: Results}) :-
    QS = Args.question,
    atom_string(Q, QS),
    (   known(question, Q)
    ->  true
    ;   format(string(Msg), "question tidak dikenal: ~w", [Q]),
        throw(perbup_error("not_found", Msg, _{category: question, value: Q}))
    ),
    findall(R, regulation(R), Rs),
    (   get_dict(lang, Args, L0), L0 \== null, atom_string(Lang, L0),
        wording:languages(Ls), memberchk(Lang, Ls)
    ->  true
    ;   Lang = id
    ),
    maplist(compare_one(Q, Args.params, Lang), Rs, Results),
    findall(Key-RS,
            ( member(Res, Results),
              get_dict(answer, Res, Answer),
              answer_key(Answer, Key),
              RS = Res.regency ),
            Pairs),
    keysort(Pairs, Sorted),
    group_pairs_by_key(Sorted, Grouped),
    maplist(group_dict, Grouped, Groups0),
    predsort(larger_group_first, Groups0, Groups),
    (   Groups = [_],
        \+ ( member(Res, Results), get_dict(error, Res, _) )
    ->  Agree = true
    ;   Agree = false
    ).

compare_one(Q, Params, Lang, R, Result) :-
    regulation_label(R, Label, _),
    atom_string(R, RS),
    catch(( ask(Q, R, Params, Lang-[], Answer),
            Result = _{regency: RS, label: Label, answer: Answer} ),
          perbup_error(Type, Message, Details),
          Result = _{regency: RS, label: Label,
                     error: _{type: Type, detail: Message, details: Details}}).

answer_key(Answer, Status-Values) :-
    Status = Answer.status,
    findall(V, ( member(A, Answer.answers), V = A.value ), Vs),
    sort(Vs, Values).

group_dict((Status-Values)-Regencies, _{status: Status, values: Values,
                                        regencies: Regencies}).

larger_group_first(Order, G1, G2) :-
    length(G1.regencies, N1),
    length(G2.regencies, N2),
    compare(Order0, N2-G1.regencies, N1-G2.regencies),
    (   Order0 == (=) -> Order = (<) ; Order = Order0 ).
