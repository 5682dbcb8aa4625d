/*  Part of perbup-kb

    The norms: what each regulation says, one claim per fact, each with
    the provision it rests on.  A regulation package's norms.pl holds
    facts norm(Id, Claim, Cite, Quote), consulted into the regulation's
    own module (kb/regulations.pl); here they are seen as

      norm(Regency, Id, Claim, Cite, Quote)

    Cite is a citation in the citation language (canonical or not, e.g.
    "Pasal 6 ayat (2) huruf b"); Quote is a verbatim substring of the
    cited provision's text (own text or a descendant's).  Both are
    checked when the knowledge base loads: a citation that does not
    resolve, or a quote that is not in the provision, stops the load.
    Claims are checked here against the schema below (valid_claim/1).

    CLAIMS (every id from kb/vocabulary.pl; `semua` = any):

    peran(Role, Subjects, Units, Placements, Post)
        In units of a kind in Units (list of unit kinds, named units or
        pola(P); [semua]) at a placement in Placements ([semua] or a list of
        placements), the Role (pejabat-penilai-kinerja,
        pimpinan-unit-organisasi, pemilik-kinerja, pimpinan-unit-kerja,
        atasan-langsung) for Subjects (list of subject ids) is held by Post:
        a post id, or level(L) for "Jabatan Administrator" etc., or
        level_atau_atas(L) for "Jabatan Administrator atau Jabatan satu
        tingkat di atasnya" (that level or the one above), or
        paling_rendah(L) for a lower bound ("paling rendah pejabat
        pengawas": that level or any above; paling_rendah(fungsional) for
        the enumeration "Pejabat Pimpinan Tinggi Pratama, Pejabat
        Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang
        diangkat untuk memimpin suatu unit kerja mandiri").
    melapor(Capacity, Subjects, To, Mode)
        A subject working in Capacity (individu, anggota-tim, ketua-tim)
        reports to To (role or post id); Mode is `langsung`, `melalui(R)`
        (through role/post R) or `tidak_disebut` (the text does not say).
    wewenang(Act, Scope, Actor)
        Actor (role/post) has authority for Act in Scope (a scope id or
        semua).  Acts: penunjukan, persetujuan-pengajuan-sukarela,
        penetapan-penugasan, penetapan-kedudukan (who sets the kedudukan
        of Pejabat Fungsional and Pelaksana), pembentukan-tim,
        penetapan-ketua-tim, meminta-laporan, penilaian-kinerja.
    instrumen(Form, Scope, Document, SetBy)
        An assignment of Form (individu, tim, semua) in Scope is made by
        Document (a document id of kb/vocabulary.pl: surat-perintah, surat-penugasan,
        keputusan-kepala-perangkat-daerah, bukti-penugasan-lainnya, ...)
        set by SetBy (role/post).
    langkah(Routing, Scope, N, Step)
        Step N (1, 2, ...) of Routing (permohonan-pelibatan,
        pengajuan-sukarela) in Scope.  Step is
        step(Actor, Action, To, Tembusan): Actor does Action (an action
        id of kb/vocabulary.pl: mengajukan-permohonan, menjawab,
        menyetujui, menerbitkan-penugasan, ...) to To; Tembusan a list of
        copy recipients ([] if none).
    ketua_tim(Aspect, Strength, Value)
        Aspect asal(Scope): the ketua tim comes from Value (e.g.
        unit-pemilik-kinerja) with Strength wajib or diutamakan;
        Aspect jabatan: may be Value (a list of posts/levels/subjects);
        Aspect pengganti: when the post is empty Value acts (plt).
    durasi(Thing, Bound)
        Thing (tim-kerja, kelompok-kerja, penugasan) lasts Bound:
        paling_lama(N, Unit), sesuai(Text) or tidak_dibatasi.
    tanggung_jawab(Role, Item)
        One duty of Role (a string, the item's words).
    di(Units, Claim)
        Claim (a melapor, wewenang or instrumen claim) holds only in the
        units listed (unit kinds, named units or pola(P)): a Lampiran
        pattern's own reporting line or authority.  Without di/2 these
        claims hold in every unit.
    unit_bernama(UnitId, Label, Kind, Pola)
        A named unit the regulation lists (Kind a unit kind; Pola the
        pattern it is assigned to, or none).
    pengecualian(Special, General)
        Norm Special (an id) is an exception to General (a norm id or a
        list of them), by the words quoted ("Khusus pada ...", "kecuali
        ..."): kb/precedence.pl lets Special govern its scope.
    rincian(Details, General)
        Norms Details (ids) set out in detail the mechanism that General
        (ids) states in brief, where the regulation says its Lampiran
        sets that mechanism out ("Mekanisme Penugasan sebagaimana
        dimaksud dalam Pasal 9 sampai dengan Pasal 17 tercantum dalam
        Lampiran"), quoted: kb/precedence.pl lets the detail govern.
    pendelegasian(Norms)
        The bound that Norms (an id or a list) set ("paling rendah pejabat
        pengawas") admits "pejabat lain yang diberi pendelegasian
        kewenangan", quoted: a narrower provision naming another post is
        that delegation (kb/precedence.pl).
    sebagai(Post, Role)
        The regulation says Post acts as (holds) Role where the quoted
        words apply ("Kepala Perangkat Daerah sebagai Pimpinan Unit
        Organisasi"): an answer naming the post and one naming the role
        are one answer (kb/precedence.pl).
    syarat(Norms, Condition)
        Norms (an id or a list) hold only under Condition (a string, the
        text's words), quoted from the provision that states it ("dalam
        hal tidak ada Jabatan Pengawas ..."): no rival of an
        unconditioned norm; the answer states the condition.
    pola_bernama(PatternId, Pola)
        A structural pattern the regulation describes, pola(Pola) in the
        unit lists of its norms, selectable as the unit PatternId (unique
        in the regulation, never a unit kind's id); the quote is its
        heading, which is its label.
*/

:- module(norms,
          [ norm/5,                 % ?Regency, ?Id, ?Claim, ?Cite, ?Quote
            valid_claim/1,          % +Claim
            claim_problem/2         % +Claim, -Problem
          ]).
:- use_module(api).
:- use_module(vocabulary).
:- use_module(regulations).
:- use_module(library(lists)).
:- use_module(library(apply)).

%!  norm(?Regency, ?Id, ?Claim, ?Cite, ?Quote) is nondet.
%
%   A norm of a loaded regulation.

norm(R, Id, Claim, Cite, Quote) :-
    regulation_module(R, M),
    M:norm(Id, Claim, Cite, Quote).

%!  valid_claim(+Claim) is semidet.

valid_claim(Claim) :-
    \+ claim_problem(Claim, _).

%!  claim_problem(+Claim, -Problem:string) is nondet.

claim_problem(Claim, P) :-
    (   claim_shape(Claim, Checks)
    ->  member(Check, Checks),
        check_problem(Check, P)
    ;   format(string(P), "unknown claim ~q", [Claim])
    ).

claim_shape(peran(R, Ss, Us, Ps, Post),
            [one(role, R), list(subject, Ss), units(Us), list(placement, Ps), holder(Post)]).
claim_shape(melapor(C, Ss, To, Mode),
            [one(capacity, C), list(subject, Ss), holder(To), mode(Mode)]).
claim_shape(wewenang(Act, Scope, Actor),
            [act(Act), scope(Scope), holder(Actor)]).
claim_shape(instrumen(Form, Scope, Doc, By),
            [form(Form), scope(Scope), one(document, Doc), holder(By)]).
claim_shape(langkah(Routing, Scope, N, step(A, Act, To, Cc)),
            [routing(Routing), scope(Scope), int(N), holder(A), one(action, Act), holder(To),
             holders(Cc)]).
claim_shape(ketua_tim(Aspect, Strength, _Value),
            [aspect(Aspect), strength(Strength)]).
claim_shape(durasi(Thing, Bound), [atom(Thing), bound(Bound)]).
claim_shape(tanggung_jawab(Role, Item), [holder(Role), string(Item)]).
claim_shape(di(Us, Claim), [units(Us), scopable(Claim)]).
claim_shape(unit_bernama(Id, Label, Kind, _Pola),
            [atom(Id), string(Label), one(unit, Kind)]).
claim_shape(pola_bernama(Id, Pola), [new_unit_id(Id), atom(Pola)]).
claim_shape(pengecualian(Special, General), [atom(Special), ids(General)]).
claim_shape(syarat(Norms, Text), [ids(Norms), string(Text)]).
claim_shape(pendelegasian(Norms), [ids(Norms)]).
claim_shape(rincian(Details, General), [ids(Details), ids(General)]).
claim_shape(sebagai(Post, Role), [holder(Post), holder(Role)]).

check_problem(one(Cat, X), P) :-
    \+ known(Cat, X),
    format(string(P), "~q is not a known ~w", [X, Cat]).
check_problem(list(Cat, Xs), P) :-
    (   \+ is_list(Xs)
    ->  format(string(P), "~q is not a list of ~w", [Xs, Cat])
    ;   member(X, Xs), X \== semua,
        \+ known(Cat, X),
        format(string(P), "~q is not a known ~w", [X, Cat])
    ).
check_problem(units(Us), P) :-
    (   \+ is_list(Us)
    ->  format(string(P), "~q is not a list of units", [Us])
    ;   member(U, Us), \+ unit_ref(U),
        format(string(P), "~q is not a known unit", [U])
    ).
check_problem(holder(H), P) :-
    \+ holder(H),
    format(string(P), "~q is not a known post, role or level", [H]).
check_problem(holders(Hs), P) :-
    (   \+ is_list(Hs)
    ->  format(string(P), "~q is not a list", [Hs])
    ;   member(H, Hs), \+ holder(H),
        format(string(P), "~q is not a known post, role or level", [H])
    ).
check_problem(mode(M), P) :-
    \+ ( M == langsung ; M == tidak_disebut ; M = melalui(H), holder(H) ),
    format(string(P), "~q is not a reporting mode", [M]).
check_problem(act(A), P) :-
    \+ memberchk(A, [penunjukan, 'persetujuan-pengajuan-sukarela', 'penetapan-penugasan',
                     'penetapan-kedudukan',
                     'pembentukan-tim', 'penetapan-ketua-tim', 'meminta-laporan',
                     'penilaian-kinerja']),
    format(string(P), "~q is not a known act", [A]).
check_problem(scope(S), P) :-
    S \== semua, \+ known(scope, S),
    format(string(P), "~q is not a known scope", [S]).
check_problem(form(F), P) :-
    \+ memberchk(F, [individu, tim, semua]),
    format(string(P), "~q is not individu, tim or semua", [F]).
check_problem(routing(R), P) :-
    \+ memberchk(R, ['permohonan-pelibatan', 'pengajuan-sukarela']),
    format(string(P), "~q is not a known routing", [R]).
check_problem(aspect(A), P) :-
    \+ ( A = asal(S), ( S == semua ; known(scope, S) )
       ; memberchk(A, [jabatan, pengganti, penetapan])
       ),
    format(string(P), "~q is not a ketua tim aspect", [A]).
check_problem(strength(S), P) :-
    \+ memberchk(S, [wajib, diutamakan, dapat]),
    format(string(P), "~q is not wajib, diutamakan or dapat", [S]).
check_problem(bound(B), P) :-
    \+ ( B = paling_lama(N, U), integer(N), memberchk(U, [hari, bulan, tahun])
       ; B = sesuai(T), string(T)
       ; B == tidak_dibatasi
       ),
    format(string(P), "~q is not a duration bound", [B]).
check_problem(scopable(C), P) :-
    (   \+ memberchk(C, [melapor(_, _, _, _), wewenang(_, _, _), instrumen(_, _, _, _)])
    ->  format(string(P), "di/2 scopes melapor, wewenang or instrumen, not ~q", [C])
    ;   claim_problem(C, P)
    ).
check_problem(new_unit_id(X), P) :-
    (   \+ atom(X)
    ->  format(string(P), "~q is not an atom", [X])
    ;   known(unit, X),
        format(string(P), "~q is a unit kind: a pattern needs an id of its own", [X])
    ).
check_problem(ids(X), P) :-
    \+ ( atom(X) ; is_list(X), maplist(atom, X) ),
    format(string(P), "~q is not a norm id or a list of norm ids", [X]).
check_problem(atom(X), P) :-
    \+ atom(X),
    format(string(P), "~q is not an atom", [X]).
check_problem(int(X), P) :-
    \+ integer(X),
    format(string(P), "~q is not an integer", [X]).
check_problem(string(X), P) :-
    \+ string(X),
    format(string(P), "~q is not a string", [X]).

holder(H) :- known(post, H), !.
holder(H) :- known(role, H), !.
holder(level(L)) :- known(level, L), !.
holder(level_atau_atas(L)) :- known(level, L), !.
holder(paling_rendah(L)) :- known(level, L), !.
holder(bupati).

unit_ref(semua) :- !.
unit_ref(U) :- known(unit, U), !.
unit_ref(pola(_)) :- !.
unit_ref(U) :- atom(U), norm(_, _, unit_bernama(U, _, _, _), _, _), !.


                 /*******************************
                 *          OPERATIONS          *
                 *******************************/

%   norms: every norm of a regency (or all), for the load-time citation
%   and quote check, with the schema problems found here.

perbup_api:admin_op(norms, Args, Rows) :-
    (   get_dict(regency, Args, R0), R0 \== null
    ->  atom_string(R, R0)
    ;   true
    ),
    findall(_{regency: R, id: IdText, cite: Cite, quote: Quote,
              claim: ClaimText, problems: Problems, file: File, line: Line},
            ( regulation_module(R, M),
              clause(M:norm(Id, Claim, Cite, Quote), true, Ref),
              clause_location(Ref, File, Line),
              term_string(Id, IdText),
              format(string(ClaimText), "~q", [Claim]),
              findall(P, claim_problem(Claim, P), Problems) ),
            Rows).
