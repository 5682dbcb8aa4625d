/*  Part of perbup-kb

    The single entry point from Python into the knowledge base.

    Python sends one JSON text per call and receives one JSON text back;
    goals are never built from strings, so a caller's data can never
    become code.  Every request names an operation from a closed set
    (api_op/3 clauses, public ones for the HTTP API and admin ones for
    loading) and runs under a time limit and an inference limit inside
    catch/3, so a runaway or failing operation leaves the engine usable.

    Load problems (syntax errors, warnings) printed while consulting a
    file are collected by a message hook so that the caller can refuse to
    start instead of running on a half-loaded knowledge base.
*/

:- module(perbup_api,
          [ handle_json/3,          % +RequestText, -Ok, -ResponseText
            load_kb_file/3,         % +File, +Module, -ProblemsText
            api_op/3,               % ?Name, +Args, -Result
            admin_op/3,             % ?Name, +Args, -Result
            clause_location/3       % +ClauseRef, -File, -Line
          ]).

% Every library is loaded here, at start-up: autoloading under an
% inference limit once left member/2 undefined.
:- use_module(library(http/json)).
:- use_module(library(time)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(error)).
:- use_module(library(debug)).
:- use_module(library(option)).
:- use_module(library(readutil)).
:- use_module(library(aggregate)).
:- use_module(library(ordsets)).
:- use_module(library(yall)).
:- use_module(library(dicts)).
:- use_module(library(strings)).

%!  api_op(?Name, +Args:dict, -Result) is semidet.
%
%   Public operations, one clause per operation, defined by the modules
%   that own them.  Result is a term atom_json_dict/3 can write.

:- multifile api_op/3, admin_op/3.
:- dynamic api_op/3, admin_op/3.

%!  handle_json(+RequestText, -Ok, -ResponseText) is det.
%
%   RequestText is a JSON object `{"op": Name, "args": {...},
%   "admin": Bool, "time_limit": Seconds, "inference_limit": N}`.
%   Ok is `true` and ResponseText the JSON of the result, or Ok is
%   `false` and ResponseText is `{"type": T, "message": M, ...}`.  The
%   result text goes to the client as it is, so it is written once,
%   here, and never parsed and encoded again.

handle_json(RequestText, Ok, ResponseText) :-
    catch(handle_request(RequestText, Response), E,
          error_response(E, Response)),
    catch(response_text(Response, Ok, ResponseText), E2,
          ( error_response(E2, R2),
            response_text(R2, Ok, ResponseText) )).

response_text(_{ok: true, result: Result}, true, Text) :- !,
    atom_json_dict(Text, Result, [as(string), width(0)]).
response_text(_{ok: false, error: Error}, false, Text) :-
    atom_json_dict(Text, Error, [as(string), width(0)]).

handle_request(RequestText, Response) :-
    atom_json_dict(RequestText, Request, [value_string_as(string)]),
    _{op: OpString, args: Args} :< Request,
    atom_string(Op, OpString),
    get_dict(time_limit, Request, TimeLimit),
    get_dict(inference_limit, Request, InferenceLimit),
    (   get_dict(admin, Request, true)
    ->  Goal = admin_op(Op, Args, Result),
        Known = admin_op(Op, _, _)
    ;   Goal = api_op(Op, Args, Result),
        Known = api_op(Op, _, _)
    ),
    (   \+ clause(Known, _)
    ->  Response = _{ok: false,
                     error: _{type: "unknown_op",
                              message: "unknown operation"}}
    ;   wording_regency(Args),
        run_limited(Goal, TimeLimit, InferenceLimit, Outcome),
        outcome_response(Outcome, Result, Response)
    ).

%   wording_regency(+Args): the regulation a request asks about, for the
%   wording of its answers (a pattern of its Lampiran said by the name of
%   the unit that follows it, kb/wording.pl); thread-local, for this
%   request only.

wording_regency(Args) :-
    (   get_dict(regency, Args, RS), (string(RS) ; atom(RS))
    ->  atom_string(R, RS), b_setval(wording_regency, R)
    ;   b_setval(wording_regency, [])
    ).

%!  run_limited(:Goal, +Seconds, +Inferences, -Outcome) is det.
%
%   Outcome is one of `true`, `false`, `inference_limit` or
%   `exception(E)`, the latter covering time_limit_exceeded.

run_limited(Goal, Seconds, Inferences, Outcome) :-
    catch(call_with_time_limit(
              Seconds,
              (   call_with_inference_limit(Goal, Inferences, R)
              ->  (   R == inference_limit_exceeded
                  ->  Outcome = inference_limit
                  ;   Outcome = true
                  )
              ;   Outcome = false
              )),
          E,
          Outcome = exception(E)).

outcome_response(true, Result, _{ok: true, result: Result}).
outcome_response(false, _, _{ok: false,
                             error: _{type: "failed",
                                      message: "operation failed"}}).
outcome_response(inference_limit, _,
                 _{ok: false,
                   error: _{type: "inference_limit",
                            message: "inference limit exceeded"}}).
outcome_response(exception(E), _, Response) :-
    error_response(E, Response).

error_response(time_limit_exceeded, _{ok: false,
                                      error: _{type: "time_limit",
                                               message: "time limit exceeded"}}) :- !.
error_response(perbup_error(Type, Message, Extra),
               _{ok: false, error: Error}) :- !,
    Error0 = _{type: Type, message: Message},
    put_dict(Extra, Error0, Error).
error_response(E, _{ok: false, error: _{type: "exception", message: Msg}}) :-
    message_to_string(E, Msg).

message_to_string(E, Msg) :-
    catch(( message_to_codes(E, Codes),
            string_codes(Msg, Codes) ),
          _,
          format(string(Msg), "~q", [E])).

message_to_codes(E, Codes) :-
    '$messages':translate_message(E, Lines, []),
    with_output_to(codes(Codes),
                   print_message_lines(current_output, '', Lines)).


                 /*******************************
                 *            LOADING           *
                 *******************************/

:- dynamic loading/0, load_problem/4.

:- multifile user:message_hook/3.
user:message_hook(Term, Kind, _Lines) :-
    loading,
    memberchk(Kind, [error, warning]),
    problem_location(Term, File, Line),
    message_to_string(Term, Msg0),
    split_string(Msg0, "", "\n ", [Msg]),
    assertz(load_problem(Kind, File, Line, Msg)),
    fail.

problem_location(error(_, file(File, Line, _, _)), File, Line) :- !.
problem_location(_, File, Line) :-
    source_location(File, Line), !.
problem_location(_, "", 0).

%!  load_kb_file(+File, +Module, -ProblemsText) is det.
%
%   Consult File, collecting every error and warning printed on the
%   way.  ProblemsText is a JSON list of {kind, file, line, message}.
%   Module is "" for a file that is a module of its own, or the module
%   that a file of plain clauses (a regulation's norms) is loaded into.

load_kb_file(File, Module, ProblemsText) :-
    retractall(load_problem(_, _, _, _)),
    (   Module == ""
    ->  Target = File,
        If = not_loaded
    ;   atom_string(M, Module),                 % loaded afresh by each start
        Target = M:File,
        If = true
    ),
    setup_call_cleanup(
        assertz(loading),
        catch(load_files(Target, [if(If)]), E,
              ( message_to_string(E, Msg),
                assertz(load_problem(error, File, 0, Msg)) )),
        retractall(loading)),
    findall(_{kind: K, file: F, line: L, message: M},
            load_problem(K, F, L, M), Problems),
    atom_json_dict(ProblemsText, Problems, [as(string), width(0)]).


%!  clause_location(+Ref, -File, -Line) is det.
%
%   Where a clause was read from; "" and 0 for a clause asserted at run time.

clause_location(Ref, File, Line) :-
    (   clause_property(Ref, file(File)),
        clause_property(Ref, line_count(Line))
    ->  true
    ;   File = "", Line = 0
    ).


                 /*******************************
                 *        BUILT-IN OPERATIONS   *
                 *******************************/

api_op(ping, Args, _{pong: Args}).

admin_op(status, _, _{swipl_version: Version, clauses: Clauses}) :-
    current_prolog_flag(version, V),
    Major is V // 10000, Minor is (V // 100) mod 100, Patch is V mod 100,
    format(string(Version), "~w.~w.~w", [Major, Minor, Patch]),
    aggregate_all(sum(N),
                  ( current_module(M),
                    M \== system,
                    current_predicate(M:Name/Arity),
                    \+ sub_atom(Name, 0, _, _, $),
                    functor(H, Name, Arity),
                    \+ predicate_property(M:H, imported_from(_)),
                    predicate_property(M:H, number_of_clauses(N))
                  ),
                  Clauses).
