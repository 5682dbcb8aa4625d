/*  Part of perbup-kb

    The vocabulary: every id the API and the norms use, by category, with
    its Indonesian label as the regulations spell it (and an English
    gloss for the second rendering language).  Ids are kebab-case atoms.

      term(Category, Id, LabelId, LabelEn)

    Posts carry their level in post_level/2 (JPT Pratama > Administrator
    > Pengawas); JF jenjang carry their order in jf_rank/3.  Aliases the
    texts use (Kapanewon for Kecamatan, Panewu for Camat, Kabag for
    Kepala Bagian, the misspelling "Pejabat Penilai Kerja") are in
    alias/3.
*/

:- module(vocabulary,
          [ term/4,                 % ?Category, ?Id, ?LabelId, ?LabelEn
            known/2,                % ?Category, ?Id
            label/2,                % +Id, -LabelId
            label/3,                % +Lang, +Id, -Label
            post_level/2,           % ?Post, ?Level
            level_rank/2,           % ?Level, ?Rank
            jf_rank/3,              % ?Subject, ?Kategori, ?Rank
            alias/3,                % ?Regency, ?Alias, ?Id
            document_form/2,        % ?Document, ?Form
            generic_post/1          % ?Post
          ]).
:- use_module(regulations).

:- discontiguous term/4.
:- multifile term/4.      % norms files may add a regulation's own ids

%   regencies: one per regulation loaded, from its manifest

term(regency, Id, Label, LabelEn) :-
    regulation_label(Id, Label, LabelEn).

%   subjects: JF by kategori and jenjang, Pelaksana

term(subject, 'jf-ahli-utama',   "Pejabat Fungsional Ahli Utama",   "functional official, principal expert").
term(subject, 'jf-ahli-madya',   "Pejabat Fungsional Ahli Madya",   "functional official, senior expert").
term(subject, 'jf-ahli-muda',    "Pejabat Fungsional Ahli Muda",    "functional official, junior expert").
term(subject, 'jf-ahli-pertama', "Pejabat Fungsional Ahli Pertama", "functional official, first expert").
term(subject, 'jf-penyelia',     "Pejabat Fungsional Penyelia",     "functional official, supervisor grade").
term(subject, 'jf-mahir',        "Pejabat Fungsional Mahir",        "functional official, skilled grade").
term(subject, 'jf-terampil',     "Pejabat Fungsional Terampil",     "functional official, practitioner grade").
term(subject, 'jf-pemula',       "Pejabat Fungsional Pemula",       "functional official, beginner grade").
term(subject, pelaksana,         "Pelaksana",                       "executive staff").

jf_rank('jf-ahli-utama',   keahlian,     4).
jf_rank('jf-ahli-madya',   keahlian,     3).
jf_rank('jf-ahli-muda',    keahlian,     2).
jf_rank('jf-ahli-pertama', keahlian,     1).
jf_rank('jf-penyelia',     keterampilan, 4).
jf_rank('jf-mahir',        keterampilan, 3).
jf_rank('jf-terampil',     keterampilan, 2).
jf_rank('jf-pemula',       keterampilan, 1).

%   capacities

term(capacity, individu,      "secara individu",      "individually").
term(capacity, 'anggota-tim', "sebagai anggota tim",  "as a team member").
term(capacity, 'ketua-tim',   "sebagai ketua tim",    "as a team leader").

%   unit kinds

term(unit, 'sekretariat-daerah', "Sekretariat Daerah", "Regional Secretariat").
term(unit, 'sekretariat-dprd',   "Sekretariat DPRD",   "Secretariat of the Regional Council").
term(unit, inspektorat,          "Inspektorat",        "Inspectorate").
term(unit, dinas,                "Dinas",              "Agency (Dinas)").
term(unit, badan,                "Badan",              "Agency (Badan)").
term(unit, kecamatan,            "Kecamatan",          "District").
term(unit, kelurahan,            "Kelurahan",          "Urban village").
term(unit, rsud,                 "Rumah Sakit Umum Daerah", "Regional General Hospital").
term(unit, uptd,                 "Unit Pelaksana Teknis Daerah", "Regional Technical Implementation Unit").
term(unit, puskesmas,            "Puskesmas",          "Community Health Centre").
term(unit, 'satuan-pendidikan',  "Satuan Pendidikan",  "School").
term(unit, 'perangkat-daerah',   "Perangkat Daerah",   "regional apparatus (any)").

%   placements inside a unit

term(placement, sekretariat, "Sekretariat", "secretariat").
term(placement, bidang,      "Bidang",      "division").
term(placement, bagian,      "Bagian",      "section (Bagian)").
term(placement, subbagian,   "Subbagian",   "subsection").
term(placement, seksi,       "Seksi",       "section (Seksi)").
term(placement, 'inspektorat-pembantu', "Inspektur Pembantu", "area of an assistant inspector").
term(placement, subbidang, "Subbidang", "subdivision").

%   documents an assignment is made by (instrumen/4)

term(document, 'surat-penugasan',        "surat penugasan",                   "assignment letter").
term(document, 'surat-perintah',         "surat perintah",                    "order letter").
term(document, 'bukti-penugasan-lainnya', "bukti penugasan lainnya",          "other proof of assignment").
term(document, 'keputusan-kepala-perangkat-daerah', "Keputusan Kepala Perangkat Daerah",
     "decree of the head of the regional agency").
term(document, 'keputusan-kepala-unit-organisasi', "Keputusan Kepala Unit Organisasi",
     "decree of the head of the organisational unit").
term(document, 'keputusan-kepala-unit-organisasi-pemilik-kinerja',
     "Keputusan Kepala Unit Organisasi Pemilik Kinerja",
     "decree of the head of the unit that owns the performance").

%   document_form(Document, Form): the kind of instrument a document is.
%   The three Keputusan are one form, named after who signs them: two
%   of them are one document when their signers are one official (a
%   post and the role the text says it holds, kb/precedence.pl).

document_form('keputusan-kepala-perangkat-daerah', keputusan).
document_form('keputusan-kepala-unit-organisasi', keputusan).
document_form('keputusan-kepala-unit-organisasi-pemilik-kinerja', keputusan).
document_form('surat-penugasan', 'surat-penugasan').
document_form('surat-perintah', 'surat-perintah').
document_form('bukti-penugasan-lainnya', 'bukti-penugasan-lainnya').

%   actions of a step of a routing (langkah/4), labelled after the phrases
%   of the steps that use them

term(action, 'mengajukan-permohonan',    "mengajukan permohonan",             "submits a request").
term(action, 'menyampaikan-keinginan-lisan', "menyampaikan keinginannya secara lisan",
     "states the wish orally").
term(action, menjawab,                   "menjawab permohonan",               "answers the request").
term(action, menyetujui,                 "menyetujui",                        "approves").
term(action, 'menolak-dengan-alasan',    "menolak dengan memberikan alasan",  "refuses, giving reasons").
term(action, 'memberikan-rekomendasi',   "memberikan rekomendasi",            "gives a recommendation").
term(action, menginstruksikan,           "menginstruksikan",                  "instructs").
term(action, menugaskan,                 "menugaskan",                        "assigns").
term(action, 'menerbitkan-penugasan',    "menerbitkan penugasan",             "issues the assignment").
term(action, 'menerima-penugasan',       "menerima surat penugasan",          "receives the assignment letter").
term(action, 'menyusun-surat-penugasan', "menyusun surat penugasan",          "drafts the assignment letter").
term(action, 'menyampaikan-jawaban',     "mengirimkan surat jawaban",         "sends the reply").
term(action, 'menyampaikan-permohonan-persetujuan', "menyampaikan surat permohonan persetujuan",
     "sends the request for approval").
term(action, 'melaporkan-hasil',         "melaporkan hasil pelaksanaan kinerja", "reports the results").

%   scopes of an assignment or a request

term(scope, 'dalam-unit',              "dalam 1 (satu) Unit Organisasi",   "within one organisational unit").
term(scope, 'lintas-unit',             "lintas Unit Organisasi",           "across organisational units").
term(scope, 'lintas-perangkat-daerah', "lintas Perangkat Daerah",          "across regional apparatus").
term(scope, 'lintas-instansi',         "lintas Instansi Pemerintah",       "across government agencies").

%   Ids that answers carry beside the parameters: how binding a ketua tim
%   origin is, the routing an answer's steps belong to, and where a ketua
%   tim comes from.

term(strength, wajib,       "wajib",      "mandatory").
term(strength, diutamakan,  "diutamakan", "preferred").
term(strength, dapat,       "dapat",      "may").
term(strength, wewenang,    "berwenang",  "has the authority").
term(routing, 'permohonan-pelibatan', "permohonan pelibatan", "request for involvement").
term(routing, 'pengajuan-sukarela',   "pengajuan sukarela",   "voluntary application").
term(origin, 'unit-pemilik-kinerja', "Unit Organisasi pemilik kinerja",
     "the organisational unit that owns the performance target").
term(origin, 'perangkat-daerah-pemilik-kinerja', "Perangkat Daerah pemilik kinerja",
     "the regional apparatus that owns the performance target").
term(origin, 'satu-jenjang-di-bawah', "satu jenjang di bawah", "one grade below").
term(origin, 'satu-jenjang-di-atas',  "satu jenjang di atas",  "one grade above").
term(origin, setara,                  "setara",                "of the same grade").

%   acts an authority is given over (assigner, team-leader: wewenang/3)

term(act, penunjukan,                       "penunjukan",                       "appointment to a task").
term(act, 'persetujuan-pengajuan-sukarela', "persetujuan pengajuan sukarela",   "approval of a voluntary application").
term(act, 'penetapan-penugasan',            "penetapan penugasan",              "issuing the assignment").
term(act, 'penetapan-ketua-tim',            "penetapan ketua tim",              "appointment of the team leader").
term(act, 'pembentukan-tim',                "pembentukan tim kerja",            "forming the work team").
term(act, 'meminta-laporan',                "meminta laporan",                  "asking for a report").
term(act, 'penilaian-kinerja',              "penilaian kinerja",                "performance assessment").
term(act, 'penetapan-kedudukan',            "penetapan kedudukan",              "setting the position (kedudukan)").

%   what a duration (team-duration, durasi/2) bounds

term(bounded, penugasan,         "penugasan",                 "the assignment").
term(bounded, pelibatan,         "pelibatan",                 "the involvement (of staff from another unit)").
term(bounded, 'tim-kerja',       "tim kerja",                 "a work team").
term(bounded, 'kelompok-kerja',  "Kelompok Kerja (squad)",    "a squad").
term(bounded, 'ketua-tim-kerja', "penugasan sebagai Ketua Tim Kerja", "the appointment as team leader").

%   levels (a post's echelon after simplification)

term(level, 'jpt-pratama',   "Jabatan Pimpinan Tinggi Pratama", "senior executive (pratama)").
term(level, administrator,   "Jabatan Administrator",           "administrator").
term(level, pengawas,        "Jabatan Pengawas",                "supervisor").
term(level, fungsional,      "Jabatan Fungsional",              "functional post").

level_rank('jpt-pratama', 3).
level_rank(administrator, 2).
level_rank(pengawas,      1).
level_rank(fungsional,    0).

%   posts

term(post, bupati,                      "Bupati",                      "Regent").
term(post, 'sekretaris-daerah',         "Sekretaris Daerah",           "Regional Secretary").
term(post, asisten,                     "Asisten",                     "Assistant to the Regional Secretary").
term(post, 'kepala-bagian',             "Kepala Bagian",               "head of section (Bagian)").
term(post, 'kepala-subbagian',          "Kepala Subbagian",            "head of subsection").
term(post, 'kepala-perangkat-daerah',   "Kepala Perangkat Daerah",     "head of the regional apparatus").
term(post, sekretaris,                  "Sekretaris",                  "secretary of the agency").
term(post, 'kepala-bidang',             "Kepala Bidang",               "head of division").
term(post, 'kepala-seksi',              "Kepala Seksi",                "head of section (Seksi)").
term(post, 'kepala-subbidang',          "Kepala Subbidang",            "head of subdivision").
term(post, inspektur,                   "Inspektur",                   "Inspector").
term(post, 'inspektur-pembantu',        "Inspektur Pembantu",          "assistant inspector").
term(post, 'sekretaris-dprd',           "Sekretaris DPRD",             "secretary of the Regional Council").
term(post, camat,                       "Camat",                       "district head").
term(post, 'sekretaris-kecamatan',      "Sekretaris Kecamatan",        "district secretary").
term(post, lurah,                       "Lurah",                       "urban village head").
term(post, 'sekretaris-kelurahan',      "Sekretaris Kelurahan",        "urban village secretary").
term(post, direktur,                    "Direktur",                    "hospital director").
term(post, 'wakil-direktur',            "Wakil Direktur",              "deputy director").
term(post, 'kepala-uptd',               "Kepala UPTD",                 "head of a technical unit").
term(post, 'kepala-puskesmas',          "Kepala Puskesmas",            "head of a health centre").
term(post, 'kepala-sekolah',            "Kepala Sekolah",              "school principal").
term(post, 'kepala-pelaksana',          "Kepala Pelaksana",            "executive head (BPBD)").
term(post, 'ketua-tim',                 "Ketua Tim",                   "team leader").
term(post, 'anggota-tim',               "Anggota Tim",                 "team member").
term(post, 'ketua-kelompok-kerja',      "Ketua Kelompok Kerja",        "squad leader").
term(post, 'pejabat-pimpinan-tinggi-pratama', "Pejabat Pimpinan Tinggi Pratama", "senior executive (pratama)").
term(post, 'pejabat-pimpinan-tinggi',   "Pejabat Pimpinan Tinggi",     "senior executive").
term(post, 'pejabat-administrator',     "Pejabat Administrator",       "administrator").
term(post, 'pejabat-administrasi',      "Pejabat Administrasi",        "administrative official").
term(post, 'pejabat-pengawas',          "Pejabat Pengawas",            "supervisor").
term(post, 'pejabat-fungsional',        "Pejabat Fungsional",          "functional official").
term(post, 'kepala-satuan-pendidikan', "Kepala Satuan Pendidikan", "head of an education unit").
term(post, 'kepala-spnf', "Kepala SPNF", "head of a non-formal education unit").
term(post, 'kepala-unit-kerja',         "Kepala Unit Kerja",           "head of the work unit").

post_level('kepala-perangkat-daerah',          'jpt-pratama').
post_level('sekretaris-daerah',                'jpt-pratama').
post_level(asisten,                            'jpt-pratama').
post_level(inspektur,                          'jpt-pratama').
post_level('sekretaris-dprd',                  'jpt-pratama').
post_level('pejabat-pimpinan-tinggi-pratama',  'jpt-pratama').
post_level('pejabat-pimpinan-tinggi',          'jpt-pratama').
post_level(sekretaris,                         administrator).
post_level('kepala-bidang',                    administrator).
post_level('kepala-bagian',                    administrator).
post_level('inspektur-pembantu',               administrator).
post_level(camat,                              administrator).
post_level('wakil-direktur',                   administrator).
post_level('pejabat-administrator',            administrator).
post_level('kepala-subbagian',                 pengawas).
post_level('kepala-seksi',                     pengawas).
post_level('kepala-subbidang',                 pengawas).
post_level(lurah,                              pengawas).
post_level('sekretaris-kecamatan',             pengawas).
post_level('sekretaris-kelurahan',             pengawas).
post_level('kepala-uptd',                      pengawas).
post_level('pejabat-pengawas',                 pengawas).
post_level('kepala-puskesmas',                 fungsional).
post_level('kepala-sekolah',                   fungsional).
post_level('kepala-satuan-pendidikan',         fungsional).
post_level('kepala-spnf',                       fungsional).
post_level('pejabat-fungsional',               fungsional).

%   generic_post(Post): a post that names a kind of official (any
%   Pejabat Administrator), not one office (the Kepala Bidang)

generic_post('pejabat-fungsional').
generic_post('pejabat-administrator').
generic_post('pejabat-administrasi').
generic_post('pejabat-pengawas').
generic_post('pejabat-pimpinan-tinggi').
generic_post('pejabat-pimpinan-tinggi-pratama').

%   roles a post plays in a unit

term(role, 'pejabat-penilai-kinerja',  "Pejabat Penilai Kinerja",  "performance assessor").
term(role, 'pimpinan-unit-organisasi', "Pimpinan Unit Organisasi", "organisational unit leader").
term(role, 'pemilik-kinerja',          "Pemilik Kinerja",          "performance owner").
term(role, 'pimpinan-unit-kerja',      "Pimpinan Unit Kerja",      "work unit leader").
term(role, 'pejabat-yang-berwenang',   "Pejabat yang Berwenang",   "authorised official").
term(role, 'pejabat-pembina-kepegawaian', "Pejabat Pembina Kepegawaian", "staffing authority").
term(role, 'atasan-langsung',          "atasan langsung",          "direct superior").
term(role, 'ketua-tim',                "Ketua Tim",                "team leader").
term(role, 'anggota-tim',              "Anggota Tim",              "team member").
term(role, 'ketua-kelompok-kerja',     "Ketua Kelompok Kerja",     "squad leader").
term(role, 'kepala-perangkat-daerah',  "Kepala Perangkat Daerah",  "head of the regional apparatus").
term(role, 'pimpinan-unit-organisasi-pemohon', "Pimpinan Unit Organisasi pemohon/pemilik kinerja", "requesting unit leader").
term(role, 'pimpinan-unit-organisasi-asal',    "Pimpinan Unit Organisasi tempat pegawai berada",  "home unit leader").
term(role, 'kepala-perangkat-daerah-pemohon',  "Kepala Perangkat Daerah pemohon",  "requesting agency head").
term(role, 'kepala-perangkat-daerah-asal',     "Kepala Perangkat Daerah tempat pegawai berada", "home agency head").
term(role, 'kepala-perangkat-daerah-tujuan', "Pimpinan Perangkat Daerah yang dituju", "head of the agency applied to").
term(role, 'pejabat-penilai-kinerja-asal', "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada", "assessor of the official's home unit").
term(role, 'pejabat-penilai-kinerja-pemohon', "Pejabat Penilai Kinerja bersangkutan (pemohon)", "assessor of the requesting unit").
term(role, 'pimpinan-unit-organisasi-dituju', "Pimpinan Unit Organisasi dituju", "leader of the unit applied to").
term(role, 'pejabat-yang-berwenang-pemohon', "Pejabat yang Berwenang instansi pemohon", "authorised official of the requesting agency").
term(role, 'pejabat-yang-berwenang-dituju', "Pejabat yang berwenang pada instansi yang dituju", "authorised official of the agency asked").
term(role, 'pejabat-yang-diberi-mandat', "Pejabat yang diberi mandat", "mandated official").
term(role, 'pimpinan-instansi-pemerintah', "Pimpinan Instansi Pemerintah", "head of the government agency").
term(role, 'pejabat-yang-berwenang-instansi-dituju', "Pejabat yang berwenang di Instansi Pemerintah yang dituju", "authorised official of the agency asked").
term(role, 'instansi-pemerintah-lain', "Instansi Pemerintah lain", "the other government agency").
term(role, 'pegawai',                  "Pejabat Fungsional atau Pelaksana yang bersangkutan", "the official concerned").

%   questions

term(question, 'reporting-line',        "kepada siapa melapor",                "reporting line").
term(question, assessor,                "Pejabat Penilai Kinerja",             "performance assessor").
term(question, 'unit-leader',           "Pimpinan Unit Organisasi",            "unit leader").
term(question, assigner,                "yang menugaskan dan yang menyetujui", "who assigns / approves").
term(question, 'position-setter',       "yang menetapkan kedudukan",           "who sets the position (kedudukan)").
term(question, 'assignment-instrument', "dokumen penugasan",                   "assignment instrument").
term(question, 'cross-unit-routing',    "alur permohonan lintas Unit Organisasi", "cross-unit routing").
term(question, 'cross-agency-routing',  "alur permohonan lintas Perangkat Daerah/Instansi", "cross-agency routing").
term(question, 'voluntary-routing',     "alur pengajuan sukarela",             "voluntary application routing").
term(question, 'team-leader',           "ketua tim kerja",                     "team leader").
term(question, 'team-duration',         "jangka waktu tim kerja",              "team duration").
term(question, responsibilities,        "tanggung jawab",                      "responsibilities").

%   statuses of an answer

term(status, answered,       "terjawab",     "answered").
term(status, conflict,       "bertentangan", "conflict").
term(status, 'tidak-diatur', "tidak diatur", "not regulated").

known(Category, Id) :-
    term(Category, Id, _, _).

label(Id, Label) :-
    label(id, Id, Label).

label(Lang, Id, Label) :-
    (   term(_, Id, Id_, En)
    ->  ( Lang == en -> Label = En ; Label = Id_ )
    ;   format(string(Label), "~w", [Id])
    ).

%   alias(?Regency, ?AliasText, ?Id): other names the texts use: a
%   regulation's own (its package's vocabulary.pl), then those of all.

alias(R, Alias, Id) :-
    regulation_alias(R, Alias, Id).

alias(_,       "Kabag",                   'kepala-bagian').
alias(_,       "Kepala Sub Bagian",       'kepala-subbagian').   % as two texts spell it
alias(_,       "Kepala Dinas",            'kepala-perangkat-daerah').   % the head of a Dinas
alias(_,       "Kepala Badan",            'kepala-perangkat-daerah').   % the head of a Badan
alias(_,       "Pejabat Penilai Kerja",   'pejabat-penilai-kinerja').
alias(_,       "atasan langsung",         'pejabat-penilai-kinerja').
