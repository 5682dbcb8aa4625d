/*  Part of perbup-kb

    The structure of each loaded document (a regulation of the knowledge
    base, or a draft under check): every Pasal, ayat, huruf, angka and
    Lampiran node, with its canonical citation and exact text.

    Each document lives in a module of its own, doc(Id) -> 'doc:Id', so
    that a draft loaded for one request is isolated from every other
    document and can be dropped whole afterwards.  The facts are:

      node(NodeId, Kind, Label, ParentId, Cite, Text)
      meta(Key, Value)

    NodeId is an integer in document order (the root is 0, its parent
    is `none`); Cite is the canonical citation string, e.g.
    "Pasal 10 ayat (2) huruf a".
*/

:- module(structure,
          [ document/1,             % ?DocId
            doc_module/2,           % +DocId, -Module
            node/7,                 % ?Doc, ?Id, ?Kind, ?Label, ?Parent, ?Cite, ?Text
            provision/3,            % ?Doc, ?Cite, ?Text
            doc_meta/3,             % ?Doc, ?Key, ?Value
            ancestor_node/3,        % +Doc, +Id, -AncestorId
            register_document/1,    % +DocId
            unlink_saved/1          % +Module
          ]).
:- use_module(api).
:- use_module(library(lists)).
:- use_module(library(apply)).

:- dynamic document_loaded/1.

%!  doc_module(+Doc, -Module) is det.

doc_module(Doc, Module) :-
    atom_concat('doc:', Doc, Module).

document(Doc) :-
    document_loaded(Doc).

node(Doc, Id, Kind, Label, Parent, Cite, Text) :-
    document(Doc),
    doc_module(Doc, M),
    M:node(Id, Kind, Label, Parent, Cite, Text).

%!  provision(?Doc, ?Cite, ?Text) is nondet.
%
%   Text is the exact text of the provision Cite of Doc.

provision(Doc, Cite, Text) :-
    node(Doc, _, _, _, _, Cite, Text).

doc_meta(Doc, Key, Value) :-
    document(Doc),
    doc_module(Doc, M),
    M:meta(Key, Value).

ancestor_node(Doc, Id, Ancestor) :-
    node(Doc, Id, _, _, Parent, _, _),
    Parent \== none,
    (   Ancestor = Parent
    ;   ancestor_node(Doc, Parent, Ancestor)
    ).


                 /*******************************
                 *            LOADING           *
                 *******************************/

%   load_document: {doc, meta: {...}, nodes: [[Id, Kind, Label, Parent,
%   Cite, Text], ...]}.  Replaces any document of the same id.

perbup_api:admin_op(load_document, Args, _{doc: DocS, nodes: N}) :-
    _{doc: DocS, nodes: Rows, meta: Meta} :< Args,
    atom_string(Doc, DocS),
    unload(Doc),
    doc_module(Doc, M),
    forall(member([Id, KindS, Label, Parent0, Cite, Text], Rows),
           ( atom_string(Kind, KindS),
             ( Parent0 == null -> Parent = none ; Parent = Parent0 ),
             assertz(M:node(Id, Kind, Label, Parent, Cite, Text)) )),
    forall(get_dict(K, Meta, V), assertz(M:meta(K, V))),
    length(Rows, N),
    register_document(Doc).

%!  unlink_saved(+Module) is det.
%
%   Module no longer imports from a regulation's saved form (see
%   kb/regulations.pl): its own clauses are loaded afresh.

unlink_saved(M) :-
    forall(( current_module(M),
             import_module(M, I),
             sub_atom(I, 0, _, _, 'saved:') ),
           ( delete_import_module(M, I),
             drop_if_unused(I) )).

drop_if_unused(Saved) :-
    (   current_module(M),
        import_module(M, Saved)
    ->  true
    ;   module_property(Saved, file(File))
    ->  unload_file(File)
    ;   true
    ).

%!  register_document(+Doc) is det.
%
%   Doc's facts are in its module (asserted by load_document, or loaded
%   from a regulation's saved form, kb/regulations.pl): make it known.

register_document(Doc) :-
    retractall(document_loaded(Doc)),
    assertz(document_loaded(Doc)).

perbup_api:admin_op(unload_document, Args, _{doc: DocS}) :-
    atom_string(Doc, Args.doc),
    atom_string(Doc, DocS),
    unload(Doc).

unload(Doc) :-
    retractall(document_loaded(Doc)),
    doc_module(Doc, M),
    (   current_module(M)
    ->  unlink_saved(M),
        retractall(M:node(_, _, _, _, _, _)),
        retractall(M:meta(_, _))
    ;   true
    ),
    dynamic(M:node/6),
    dynamic(M:meta/2).

perbup_api:admin_op(documents, _, Docs) :-
    findall(D, document(D), Docs).


                 /*******************************
                 *        PUBLIC OPERATIONS     *
                 *******************************/

%   provision_tree: {doc, cite|null} -> nested {kind, label, cite, text,
%   children}; the whole document when cite is null.

perbup_api:api_op(provision_tree, Args, Tree) :-
    atom_string(Doc, Args.doc),
    must_have_document(Doc),
    (   get_dict(cite, Args, Cite), Cite \== null
    ->  (   node(Doc, Id, _, _, _, Cite, _)
        ->  true
        ;   throw(perbup_error("not_found", "ketentuan tidak ditemukan",
                               _{cite: Cite, doc: Args.doc}))
        )
    ;   Id = 0
    ),
    node_tree(Doc, Id, Tree).

node_tree(Doc, Id, _{kind: Kind, label: Label, cite: Cite, text: Text,
                     children: Children}) :-
    node(Doc, Id, Kind, Label, _, Cite, Text),
    findall(Child,
            ( node(Doc, ChildId, _, _, Id, _, _),
              node_tree(Doc, ChildId, Child) ),
            Children).

must_have_document(Doc) :-
    (   document(Doc)
    ->  true
    ;   throw(perbup_error("not_found", "dokumen tidak dimuat",
                           _{doc: Doc}))
    ).
