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
*/

:- module(regulations,
          [ regulation/1,             % ?Id
            regulation_label/3,       % ?Id, ?Label, ?LabelEn
            regulation_module/2,      % ?Id, -Module
            regulation_alias/3        % ?Id, ?Alias, ?TermId
          ]).
:- use_module(api).

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
    retractall(regulation_label(R, _, _)),
    assertz(regulation_label(R, Label, LabelEn)),
    regulation_module(R, M),
    dynamic(M:norm/4),
    dynamic(M:alias/2).
