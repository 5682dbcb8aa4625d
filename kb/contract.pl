/*  Part of perbup-kb

    What the API's answer contract (pyapi/contract.py) needs to know of
    the rules and the vocabulary, in one operation read once at start:

      contract -> {questions: {Q: {reads: [Param], claims: [Text]}},
                   levels: {PostId: LevelId},
                   aliases: [{regency|null, text, alias, id, category}]}

    `reads` are the parameters a question's rules read: for every clause
    of rules:answer_item/6 that can answer Q, each argument of its
    p(Subject, Capacity, Unit, Placement, Scope, Role) term that is a
    variable used elsewhere in the clause.  It is derived from the
    clauses themselves, so a rule that starts reading a parameter changes
    it; a parameter a question does not read cannot change its answer,
    and the answer lists it as `ignored`.

    Aliases are the other names the texts use for an id (kb/vocabulary.pl
    alias/3, and each package's vocabulary.pl); a parameter value may be
    an alias written as an id ("Kapanewon" -> kapanewon).  A package's
    vocabulary.pl may cite where its text uses the name:
    alias_source(Text, Cite, Quote), checked at load like a norm.
*/

:- module(contract, []).
:- use_module(api).
:- use_module(rules).
:- use_module(vocabulary).
:- use_module(regulations).
:- use_module(library(lists)).
:- use_module(library(apply)).

perbup_api:api_op(contract, _, _{questions: Questions, levels: Levels, aliases: Aliases}) :-
    findall(Q-_{reads: Reads, claims: Claims},
            ( term(question, Q, _, _),
              question_reads(Q, Reads),
              findall(CT, ( question_claim(Q, C), claim_text(C, CT) ), Claims0),
              list_to_set(Claims0, Claims) ),
            QPairs),
    dict_pairs(Questions, questions, QPairs),
    findall(P-L, post_level(P, L), LPairs0),
    sort(LPairs0, LPairs),
    dict_pairs(Levels, levels, LPairs),
    findall(A, alias_dict(A), Aliases).

%!  question_reads(+Question, -Params:list) is det.

question_reads(Q, Reads) :-
    Names = [subject, capacity, unit, placement, scope, role],
    findall(Name,
            ( clause(rules:answer_item(Q0, _, PT, K, V, Ns), Body),
              applies(Q0, Body, Q),
              PT = p(S, C, U, P, Sc, Role),
              nth1(I, [S, C, U, P, Sc, Role], Arg),
              var(Arg),
              term_variables(t(Q0, K, V, Ns, Body), Used),
              memberchk_eq(Arg, Used),
              nth1(I, Names, Name) ),
            Found),
    findall(N, ( member(N, Names), memberchk(N, Found) ), Reads).

%   applies(?Q0, +Body, +Q): a clause written for Q, or for a question
%   variable that its first goal (a table of facts of kb/rules.pl, such
%   as routing_question/3) admits Q to.

applies(Q0, Body, Q) :-
    (   atom(Q0)
    ->  Q0 == Q
    ;   first_goal(Body, G0),
        copy_term(Q0-G0, Q-G),
        (   predicate_property(rules:G, number_of_rules(0))
        ->  \+ \+ rules:G
        ;   true
        )
    ).

first_goal((G, _), G) :- !.
first_goal(G, G).

memberchk_eq(X, [Y|Ys]) :- ( X == Y -> true ; memberchk_eq(X, Ys) ).

claim_text(C, T) :-
    functor(C, F, _),
    (   arg(1, C, A), atom(A)
    ->  format(string(T), "~w ~w", [F, A])
    ;   atom_string(F, T)
    ).

%   alias_dict: every alias, shared (regency null) or a regulation's own,
%   with the id it names and that id's category.

alias_dict(_{regency: RS, text: Text, alias: AliasId, id: Id, category: Cat,
             citations: Cs}) :-
    (   regulation(R), regulation_alias(R, Text, Id), RS = R
    ;   clause(vocabulary:alias(R0, Text, Id), true), var(R0), RS = null
    ),
    once(term(Cat, Id, _, _)),
    alias_id(Text, AliasId),
    findall(_{regency: R, cite: Cite, quote: Quote},
            ( RS \== null, R = RS, regulation_module(R, M),
              catch(M:alias_source(Text, Cite, Quote), _, fail) ),
            Cs).

%!  alias_id(+Text, -Id) is det.
%
%   The id spelling of a name: lower case, words joined by "-".

alias_id(Text, Id) :-
    string_lower(Text, Lower),
    split_string(Lower, " ", " ", Words0),
    exclude(==(""), Words0, Words),
    atomic_list_concat(Words, '-', A),
    atom_string(A, Id).

%   alias_sources: {regency}: the citations of a regulation's aliases, for
%   the load-time check (pyapi/kb.py, as norms are checked).

perbup_api:admin_op(alias_sources, Args, Rows) :-
    atom_string(R, Args.regency),
    regulation_module(R, M),
    findall(_{regency: R, id: Id, cite: Cite, quote: Quote},
            ( catch(M:alias_source(Text, Cite, Quote), _, fail),
              format(string(Id), "alias ~w", [Text]) ),
            Rows).
