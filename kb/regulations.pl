/*  Part of perbup-kb

    The regulations loaded: one package folder each (regencies/<id>/,
    see pyapi/regulations.py).  A regulation's own clauses (its norms,
    norm/4, and its aliases, alias/2) live in a module of their own,
    'regulation:<id>', into which the loader consults the package's
    norms.pl and vocabulary.pl; the files name neither the module nor the
    regulation, so a copied folder is a new regulation with only its
    manifest changed.

      regulation_label(Id, Label, LabelEn)   from the manifest
      regulation_module(Id, Module)          where its clauses live
      regulation_alias(Id, Alias, TermId)    another name its text uses
      regulation_norm_source(Id, NormId, Cite)
                                             the canonical citation the loader
                                             resolved for each norm

    Loading a regulation from its files (its text sent as rows, its
    norms consulted and checked) is the slow path of a start.  What it
    leaves in the regulation's two modules ('doc:<id>' and
    'regulation:<id>') is then written, by save_regulation, as a file of
    plain facts compiled to .qlf in the start cache (pyapi/startcache.py);
    the next start with the same inputs loads that file instead
    (load_saved_regulation), without parsing, consulting or checking.
*/

:- module(regulations,
          [ regulation/1,             % ?Id
            regulation_label/3,       % ?Id, ?Label, ?LabelEn
            regulation_module/2,      % ?Id, -Module
            regulation_alias/3,       % ?Id, ?Alias, ?TermId
            regulation_norm_source/3  % ?Id, ?NormId, ?Cite
          ]).
:- use_module(api).
:- use_module(structure).
:- use_module(library(lists)).
:- use_module(library(aggregate)).

:- dynamic regulation_label/3.

%!  regulation(?Id) is nondet.

regulation(R) :-
    regulation_label(R, _, _).

%!  regulation_module(?Id, -Module) is nondet.

regulation_module(R, M) :-
    (   atom(R)
    ->  true
    ;   regulation(R)
    ),
    atom_concat('regulation:', R, M).

%!  regulation_alias(?Id, ?Alias, ?TermId) is nondet.

regulation_alias(R, Alias, Id) :-
    regulation(R),
    regulation_module(R, M),
    M:alias(Alias, Id).

%   load_regulation: {id, label, label_en}: register a regulation and
%   make its module ready for the loader to consult its files into.

perbup_api:admin_op(load_regulation, Args, _{id: IdS, module: M}) :-
    _{id: IdS, label: Label, label_en: LabelEn} :< Args,
    atom_string(R, IdS),
    register(R, Label, LabelEn),
    regulation_module(R, M),
    unlink_saved(M),
    forall(regulation_predicate(PI), dynamic(M:PI)).

register(R, Label, LabelEn) :-
    retractall(regulation_label(R, _, _)),
    assertz(regulation_label(R, Label, LabelEn)).

regulation_predicate(norm/4).
regulation_predicate(alias/2).
regulation_predicate(norm_source/2).
regulation_predicate(alias_source/3).

%!  regulation_norm_source(?Id, ?NormId, ?Cite) is nondet.

regulation_norm_source(R, N, Cite) :-
    regulation(R),
    regulation_module(R, M),
    M:norm_source(N, Cite).

%   norm_sources: {regency, sources: [{id, cite}]}: the canonical
%   citation of each norm of one regulation, set by the loader after it
%   resolved every norm against the regulation's structure.

perbup_api:admin_op(norm_sources, Args, _{count: N}) :-
    atom_string(R, Args.regency),
    regulation_module(R, M),
    retractall(M:norm_source(_, _)),
    forall(member(S, Args.sources),
           ( term_string(Id, S.id),
             assertz(M:norm_source(Id, S.cite)) )),
    aggregate_all(count, M:norm_source(_, _), N).

%   norm_count: the number of norms with a resolved citation, over every
%   regulation loaded.

perbup_api:admin_op(norm_count, _, N) :-
    aggregate_all(count, regulation_norm_source(_, _, _), N).


                 /*******************************
                 *          SAVED FORM          *
                 *******************************/

%   A saved form is a module file of its own, 'saved:<name>' (the name
%   says which inputs it was made from), holding the facts of both of a
%   regulation's modules; those modules import it.  Loading it twice in a
%   process is a no-op, and loading a regulation from its files again
%   drops the import (unlink_saved/1).

saved_predicate(doc, node/6).
saved_predicate(doc, meta/2).
saved_predicate(regulation, PI) :-
    regulation_predicate(PI).

%   save_regulation: {id, file, module}: write every fact of the
%   regulation's two modules to File as the module file Module.  The
%   loader compiles it to .qlf in another process: compiling loads a
%   file, and this one's facts are loaded already.

perbup_api:admin_op(save_regulation, Args, _{facts: N}) :-
    atom_string(R, Args.id),
    atom_string(File, Args.file),
    atom_string(Saved, Args.module),
    findall(Fact, saved_fact(R, Fact), Facts),
    length(Facts, N),
    setup_call_cleanup(
        open(File, write, Out, [encoding(utf8)]),
        write_saved(Out, R, Saved, Facts),
        close(Out)).

saved_fact(R, Head) :-                          % its own, or from a saved form
    saved_predicate(Where, Name/Arity),
    saved_module(Where, R, M),
    functor(Head, Name, Arity),
    predicate_property(M:Head, defined),
    M:Head.

saved_module(doc, R, M) :-
    doc_module(R, M).
saved_module(regulation, R, M) :-
    regulation_module(R, M).

write_saved(Out, R, Saved, Facts) :-
    format(Out, "/* Saved form of regulation ~q: generated, see kb/regulations.pl */~n", [R]),
    format(Out, ":- module(~q, []).~n:- encoding(utf8).~n", [Saved]),
    forall(saved_predicate(_, PI), format(Out, ":- dynamic(~k).~n", [PI])),
    forall(member(Fact, Facts), format(Out, "~k.~n", [Fact])),
    format(Out, "~k.~n", ['$saved_form'(complete)]).

%   load_saved_regulation: {id, label, label_en, qlf, module}: register a
%   regulation whose facts are in the saved form Module, compiled to Qlf.

perbup_api:admin_op(load_saved_regulation, Args, _{id: IdS, module: RegM}) :-
    _{id: IdS, label: Label, label_en: LabelEn, qlf: QlfS, module: SavedS} :< Args,
    atom_string(R, IdS),
    atom_string(Qlf, QlfS),
    atom_string(Saved, SavedS),
    catch(load_files(Qlf, [if(not_loaded), silent(true)]), _, true),
    (   current_module(Saved),
        catch(Saved:'$saved_form'(complete), _, fail)   % the last fact: all were read
    ->  true
    ;   throw(perbup_error("saved_form", "bentuk tersimpan tidak terbaca",
                           _{id: IdS, qlf: QlfS}))
    ),
    forall(member(Where, [doc, regulation]),
           ( saved_module(Where, R, M),
             forall(saved_predicate(Where, PI), catch(abolish(M:PI), _, true)),
             unlink_saved(M),
             add_import_module(M, Saved, start) )),
    regulation_module(R, RegM),
    register(R, Label, LabelEn),
    register_document(R).

