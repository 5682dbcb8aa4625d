/*  Part of perbup-kb

    Explanations: a proof-producing interpreter over the rules of
    kb/rules.pl, and why-not.

    prove(Goal, Steps) replays Goal clause by clause.  Every explainable
    predicate becomes a rule step holding the clause that produced it
    (predicate, file, line); every norm/5 it rests on becomes a fact
    step holding the norm's citation and exact quote.  Other goals
    (vocabulary look-ups, list tests) are called as they are.  The
    wording of each step comes from kb/lang/<lang>.pl, never from here.

    Operations: explain {question, regency, params, lang} and why_not
    {question, regency, params, proposed, lang}.
*/

:- module(explain,
          [ prove/2,                % :Goal, -Steps
            explanation/5,          % +Q, +R, +Params, +Lang, -Proofs
            why_not/6               % +Q, +R, +Params, +Proposed, +Lang, -Result
          ]).
:- use_module(api).
:- use_module(norms).
:- use_module(rules).
:- use_module(questions).
:- use_module(vocabulary).
:- use_module(wording).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).

%!  explainable(?Head) is nondet.
%
%   The predicates of kb/rules.pl whose clauses appear as steps.

explainable(answer_item(_, _, _, _, _, _)).
explainable(role_item(_, _, _, _, _, _, _, _)).
explainable(holds_role(_, _, _, _, _, _, _)).
explainable(resolved_holder(_, _, _, _, _, _, _)).
explainable(scoped_norm(_, _, _, _, _)).
explainable(unit_matches(_, _, _)).
explainable(named_unit_match(_, _, _)).

%!  prove(+Goal, -Steps) is nondet.
%
%   Steps is a list of step(rule(Head, File, Line), SubSteps) and
%   fact(Regency, NormId) terms, in derivation order.

prove(true, []) :- !.
prove((A, B), Steps) :- !,
    prove(A, SA),
    prove(B, SB),
    append(SA, SB, Steps).
prove((C -> T ; E), Steps) :- !,
    (   prove(C, SC)
    ->  prove(T, ST),
        append(SC, ST, Steps)
    ;   prove(E, Steps)
    ).
prove((A ; B), Steps) :- !,
    (   prove(A, Steps)
    ;   prove(B, Steps)
    ).
prove(findall(X, G, L), Steps) :- !,
    findall(X-S, prove(G, S), Pairs),
    pairs_keys_values(Pairs, L, Nested),
    append(Nested, Steps).
prove(norm(R, N, C, Cite, Q), [fact(R, N)]) :- !,
    norm(R, N, C, Cite, Q).
prove(Goal, [step(rule(Goal, File, Line), Sub)]) :-
    explainable(Goal), !,
    clause(rules:Goal, Body, Ref),
    clause_location(Ref, Abs, Line),
    kb_relative(Abs, File),
    prove(Body, Sub).
prove(Goal, []) :-
    call(rules:Goal).

kb_relative(Abs, File) :-
    (   sub_atom(Abs, B, _, _, '/kb/')
    ->  B1 is B + 1, sub_atom(Abs, B1, _, 0, File)
    ;   File = Abs
    ).

%!  explanation(+Q, +R, +Params:dict, +Lang, -Proofs) is det.
%
%   Proofs is a list of Key-Value-Norms-Tree, one per answer item of
%   ask/4 (its first derivation); Tree is a JSON-ready dict.

explanation(Q, R, Params, Lang, Proofs) :-
    questions:params_term(R, Params, PT),
    findall(K-V-Ns-Steps, prove(answer_item(Q, R, PT, K, V, Ns), Steps), All0),
    findall(item(K, V, Ns), member(K-V-Ns-_, All0), Items0),
    (   questions:variant_patterns(R, PT, Items0, Ps)   % the variants of a unit
    ->  findall(K-V-Ns-Steps,                           % kind (kb/questions.pl)
                ( member(Pola, Ps),
                  questions:variant_params(PT, Pola, PTV),
                  prove(answer_item(Q, R, PTV, K0, V, Ns), Steps),
                  questions:variant_key(R, PT, Pola, K0, Ns, K) ),
                Extra),
        append(All0, Extra, All)
    ;   All = All0
    ),
    foldl(first_proof, All, []-[], _-Rev),
    reverse(Rev, Proofs0),
    maplist(proof_tree(Lang), Proofs0, Proofs).

first_proof(K-V-Ns-_, Seen-Acc, Seen-Acc) :- memberchk(K-V-Ns, Seen), !.
first_proof(K-V-Ns-S, Seen-Acc, [K-V-Ns|Seen]-[K-V-Ns-S|Acc]).

%   the proof of an answer item is one rule step (answer_item/6)

proof_tree(Lang, K-V-Ns-[Step], K-V-Ns-Tree) :-
    step_tree(Lang, Step, Tree).

step_tree(Lang, step(rule(Goal, File, Line), Sub),
          _{kind: "rule", claim: Text, rule: _{predicate: PI, file: File, line: Line},
            children: Children}) :-
    goal_text(Lang, Goal, Text),
    functor(Goal, Name, Arity),
    format(string(PI), "~w/~w", [Name, Arity]),
    maplist(step_tree(Lang), Sub, Children).
step_tree(Lang, fact(R, N),
          _{kind: "fact", claim: Text, citation: Citation, children: []}) :-
    norm(R, N, Claim, _, _),
    claim_text(Lang, Claim, Text),
    norm_citation(R, N, Citation).

                 /*******************************
                 *            WHY NOT           *
                 *******************************/

%!  why_not(+Q, +R, +Params, +Proposed:dict, +Lang, -Result) is det.
%
%   Proposed names (part of) an answer: `post` (a holder id), `direct`
%   (true/false), `via`, or `value` (the documented value string).  If
%   an answer of the rules agrees, holds is true and its derivation is
%   given.  Otherwise each answer is compared field by field and the
%   first field that differs is named with the provision that fixes it.

why_not(Q, R, Params, Proposed, Lang, Result) :-
    explanation(Q, R, Params, Lang, Proofs),
    ask(Q, R, Params, Lang-Proofs, Answer),
    flat_answers(Answer.answers, Answers),
    (   Answers == []
    ->  why_not_text(Lang, tidak_diatur(Q), Msg),
        Result = _{holds: false, status: 'tidak-diatur', reasons: [],
                   message: Msg, closest: Answer.closest}
    ;   member(A, Answers), agrees(A, Proposed)
    ->  (   contested(A, Answer.conflicts, Against)
        ->  why_not_text(Lang, holds_contested, Msg),   % one side of a contradiction
            Result = _{holds: true, status: Answer.status, reasons: [], message: Msg,
                       answer: A, contested_by: Against}
        ;   why_not_text(Lang, holds, Msg),
            Result = _{holds: true, status: Answer.status, reasons: [], message: Msg,
                       answer: A}
        )
    ;   findall(Reason, ( member(A, Answers), reason(Lang, A, Proposed, Reason) ), Reasons),
        why_not_text(Lang, does_not_hold, Msg),
        Result = _{holds: false, status: Answer.status, reasons: Reasons, message: Msg,
                   answers: Answers, overridden: Answer.overridden}
    ).

%   contested(+Answer, +Conflicts, -Against): the answer is one side of a
%   contradiction the precedence rules leave; Against are the other sides

contested(A, Conflicts, Against) :-
    get_dict(value, A, V),
    findall(Other, ( member(C, Conflicts), get_dict(sides, C, Sides),
                     member(S1, Sides), get_dict(value, S1, V),
                     member(Other, Sides), get_dict(value, Other, OV), OV \== V ),
            Against0),
    Against0 \== [],
    list_to_set(Against0, Against).

%   routing answers are compared step by step

flat_answers(Answers, Flat) :-
    foldl(flat_answer, Answers, [], Rev),
    reverse(Rev, Flat).

flat_answer(A, Acc0, Acc) :-
    (   get_dict(steps, A, Steps)
    ->  reverse(Steps, RS), append(RS, Acc0, Acc)
    ;   Acc = [A|Acc0]
    ).

agrees(A, Proposed) :-
    forall(get_dict(K, Proposed, V), field_agrees(K, A, V)).

field_agrees(post, A, V) :- !,
    answer_post(A, P),
    holder_text(HP, P),
    holder_text(HV, V),
    rules:compatible(holder(HP), holder(HV)), !.
field_agrees(value, A, V) :- !,
    get_dict(value, A, V0),
    string_lower(V0, L), string_lower(V, L).

field_agrees(K, A, V) :-
    get_dict(K, A, V0),
    V0 == V.

answer_post(A, P) :- get_dict(post, A, P).
answer_post(A, P) :- get_dict(to, A, P).       % the role named, or a post that holds it
answer_post(A, P) :- get_dict(posts, A, Ps), member(D, Ps), P = D.post.
answer_post(A, P) :- get_dict(actor, A, P).
answer_post(A, P) :- get_dict(set_by, A, P).

%   holder_text(-Holder, +Text): the holder term a value string prints

holder_text(H, Text) :-
    atom_string(A, Text),
    (   sub_atom(A, 0, _, After, 'level-atau-atas:')
    ->  sub_atom(A, _, After, 0, L), H = level_atau_atas(L)
    ;   sub_atom(A, 0, _, After, 'paling-rendah:')
    ->  sub_atom(A, _, After, 0, L), H = paling_rendah(L)
    ;   sub_atom(A, 0, _, After, 'level:')
    ->  sub_atom(A, _, After, 0, L), H = level(L)
    ;   H = A
    ).

%   reason: the first proposed field this answer contradicts, with the
%   citations that fix its actual value.

reason(Lang, A, Proposed, _{field: K, proposed: V, actual: Actual, message: Msg,
                            citations: Cites}) :-
    dict_pairs(Proposed, _, Pairs),
    member(K-V, Pairs),
    \+ field_agrees(K, A, V), !,
    actual_value(K, A, Actual),
    field_citations(K, A, Cites),
    why_not_text(Lang, differs(K, V, Actual), Msg).

actual_value(post, A, Actual) :-
    (   get_dict(posts, A, Ps), Ps \== []
    ->  findall(P, ( member(D, Ps), get_dict(post, D, P) ), Actual)
    ;   get_dict(post, A, P) -> Actual = [P]
    ;   get_dict(actor, A, P) -> Actual = [P]
    ;   get_dict(set_by, A, P) -> Actual = [P]
    ;   get_dict(to, A, P) -> Actual = [P]
    ;   Actual = []
    ), !.
actual_value(K, A, V) :-
    (   get_dict(K, A, V0) -> V = V0 ; V = null ).

%   for a reporting line the post comes from the roles' norms, the way
%   of reporting from the reporting norm itself

field_citations(post, A, Cites) :-
    get_dict(posts, A, Posts), !,
    findall(C, ( member(P, Posts), member(C, P.citations) ), Cites0),
    (   Cites0 == [] -> Cites = A.citations ; list_to_set(Cites0, Cites) ).
field_citations(_, A, Cites) :-
    A.citations = [First|_],
    Cites = [First].


                 /*******************************
                 *          OPERATIONS          *
                 *******************************/

perbup_api:api_op(explain, Args, Result) :-
    request(Args, Q, R, Params, Lang),
    explanation(Q, R, Params, Lang, Proofs),
    ask(Q, R, Params, Lang-Proofs, Answer),
    (   Answer.status == 'tidak-diatur'
    ->  why_not_text(Lang, looked_for(Q, Params), LookedFor)
    ;   LookedFor = null
    ),
    Result = Answer.put(_{lang: Lang, looked_for: LookedFor}).

perbup_api:api_op(why_not, Args, Result) :-
    request(Args, Q, R, Params, Lang),
    why_not(Q, R, Params, Args.proposed, Lang, Result0),
    Result = Result0.put(_{question: Q, regency: R, params: Params,
                           proposed: Args.proposed, lang: Lang}).

request(Args, Q, R, Params, Lang) :-
    atom_string(Q, Args.question),
    atom_string(R, Args.regency),
    Params = Args.params,
    (   get_dict(lang, Args, L0), L0 \== null
    ->  atom_string(Lang, L0)
    ;   Lang = id
    ),
    languages(Langs),
    (   memberchk(Lang, Langs)
    ->  true
    ;   throw(perbup_error("invalid", "bahasa tidak dikenal (id, en)", _{parameter: lang}))
    ).
