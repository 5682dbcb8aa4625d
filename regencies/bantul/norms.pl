/*  Part of perbup-kb

    Norms of Peraturan Bupati Bantul Nomor 1 Tahun 2023 tentang Mekanisme
    Kerja untuk Penyederhanaan Birokrasi pada Pemerintah Kabupaten Bantul:
    kedudukan and Pejabat Penilai Kinerja (Pasal 1 angka 12, Pasal 7,
    Lampiran BAB IV), Pimpinan Unit Organisasi per unit kind (Lampiran BAB
    IV huruf A-I, used as patterns pola('A')..pola('I'), with the named
    units they list), penunjukan / pengajuan sukarela and surat penugasan
    (Pasal 13, Lampiran BAB II), reporting (Pasal 15, Pasal 16, Lampiran
    BAB III huruf C), routing across Perangkat Daerah and of pengajuan
    sukarela (Lampiran BAB II), tim kerja (Pasal 8 ayat (3), Pasal 11 ayat
    (4), Lampiran BAB IV), the length of a penugasan (Pasal 1 angka 13) and
    the tanggung jawab lists (Lampiran BAB III huruf C).  "di dalam
    Perangkat Daerah" is encoded as scope dalam-unit (Pasal 1 angka 11: a
    Unit Organisasi may be led by a Pejabat Pimpinan Tinggi Pratama, so a
    Perangkat Daerah is one Unit Organisasi); "Panewu" is camat and "Panewu
    Anom" sekretaris-kecamatan; "Kepala Dinas" is kepala-perangkat-daerah;
    "Pejabat Administrator" as Pejabat Penilai Kinerja / Pimpinan Unit
    Organisasi is level(administrator), "paling rendah pejabat pengawas"
    paling_rendah(pengawas).  The posts that "menentukan perlu atau
    tidaknya penunjukan ketua tim kerja" (Lampiran BAB IV huruf A and B)
    are, by angka 1-2 of the same huruf, the Pimpinan Unit Organisasi of
    their unit: encoded as that role.  The two branches of the answer to a
    permohonan pelibatan (huruf b angka 1 and 2) cite their common huruf b,
    the three approvals of a pengajuan sukarela lintas Perangkat Daerah
    their common Lampiran BAB II huruf B angka 2): one rule each, no
    conflict.
    Pasal 7 ayat (1) and Pasal 1 angka 12 name no unit and are encoded for
    every unit ([semua]); Lampiran BAB IV huruf A names "Dinas", so it also
    covers the Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu that
    huruf B (and Pasal 7 ayat (4)) treat differently.  Not encodable with
    the claim shapes: Pasal 8 (kedudukan of Pejabat Pengawas, not a
    subject), Pasal 10 vs Pasal 19 (kedudukan delegated both to another
    Peraturan Bupati and to the Lampiran), Pasal 11 ayat (3) (team
    composition), and Lampiran BAB I (only the headings of the kedudukan
    diagrams survive).  Per unit (di/2, section PER UNIT): each pattern's
    assigner ("memberikan ... penugasan", "menugaskan") and the recipient
    of its staff's results (Tahap Pelaksanaan "Hasil ... disampaikan
    kepada"); Lampiran BAB IV names no assignment document, so no per-unit
    instrumen.  Still not encoded per unit: what huruf B says "Pada
    Sekretariat" (angka 4 huruf a angka 3), huruf b angka 7), huruf c
    angka 2) and 2)#2: di/2 has no placement); who "menentukan perlu atau
    tidaknya penunjukan ketua tim kerja" (kept as the ketua_tim penetapan
    claims, role Pimpinan Unit Organisasi); the Tahap Evaluasi
    forwarding of reviewed results to the Pejabat Pimpinan Tinggi Pratama,
    Asisten Daerah, Wakil Direktur, Panewu or Direktur (the reviewer's act,
    not a report of the staff); monitoring "oleh ... dan/atau ketua tim"
    (no such act); "menunjuk Kepala Bagian" / "Kepala Bidang/Bagian sebagai
    penanggung jawab" (huruf C and D angka 5 huruf a angka 2): a Pejabat
    Administrator, not a subject).  No post is named
    Pemilik Kinerja (Lampiran BAB IV only names a "penanggungjawab atas
    target kinerja": Asisten Daerah, Wakil Direktur, Panewu Anom), so no
    pemilik-kinerja claim.  Oddities: Pasal 4 "Tujuan
    Mekanisme Kerja huruf a sebagaimana dimaksud dalam Pasal 3 ayat (2)"
    (the "huruf a" belongs after "ayat (2)"); Lampiran BAB I huruf b "Dins
    Penanaman Modal" (for Dinas); Lampiran BAB II huruf B "Penunjukan
    sukarela bertujuan" (for Pengajuan sukarela); Lampiran BAB III huruf C
    angka 3) huruf e "pejabat fungsiona; dan pelaksana; dan"; angka 4)
    huruf b "ekspetasi"; Lampiran BAB IV huruf A "Sekretariat Dewan" where
    BAB I huruf a says "Sekretariat DPRD"; Lampiran BAB IV huruf B angka 4
    huruf c numbers two items "2)" (the second is angka 2)#2); Lampiran BAB
    IV huruf F angka 3 huruf c angka 2) sends the Direktur's reviewed result
    to the Direktur again "untuk ditinjau".

    Contradictions that remain under precedence (kb/precedence.pl; the
    grid in bench/grid.md): (1) Pasal 7 ayat (1) "kepada Pejabat
    Administrator sebagai Pejabat Penilai Kinerja" against Lampiran BAB IV
    huruf H angka 1 ("Kepala Puskesmas yang merupakan Pejabat Fungsional")
    and huruf I angka 1 (Kepala Satuan Pendidikan, a Pejabat Fungsional):
    Pasal 7 ayat (2)-(5) list the special cases and these are not among
    them (Lampiran BAB I keeps "Puskesmas dan Satuan Pendidikan" apart from
    the UPTD), with no words of exception; the assigner the same blocks
    name is contested with Lampiran BAB II huruf A angka 1) for the same
    reason.  Huruf F (the Direktur of the RSUD Kelas D Saras Adyatma) is
    not: the text never states the Direktur's level.  (2) In the
    Sekretariat of the DPMPTSP, huruf B angka 4 huruf b angka 6) (results
    "disampaikan kepada Kepala Dinas") against Pasal 15 and Pasal 16 ayat
    (2) ("kepada Pimpinan Unit Organisasi", there the Sekretaris, angka 2).
    Partly false (bench/grid.md): BAB III huruf C angka 3) huruf e against
    Pasal 16 ayat (2) asked with a placement and no unit.  Resolved by precedence: Pasal 7
    ayat (2)-(5) over ayat (1) (same Pasal), huruf B over huruf A (a block
    for a named unit), huruf B angka 2 (the Sekretaris as Pimpinan Unit
    Organisasi "di bidang kesekretariatan") over angka 1 in the Sekretariat
    (a statement of one block for a narrower area), each block's results
    "disampaikan kepada" its post and the Pimpinan Unit Organisasi of
    Pasal 15 and 16 (the post holds that role in the block's units), the
    joint recipients of Lampiran BAB III huruf C angka 3) huruf e, Pasal 1
    angka 12's floor by its delegation clause (p1_12_delegasi).
*/

% ids this regulation adds: kept in kb/vocabulary.pl


                 /*******************************
                 *          NAMED UNITS         *
                 *******************************/

norm(u_satpol_pp,
    unit_bernama('satuan-polisi-pamong-praja', "Satuan Polisi Pamong Praja",
           'perangkat-daerah', pola('A')),
    "Lampiran BAB IV huruf A",
    "Inspektorat Daerah, dan Satuan Polisi Pamong Praja").
norm(u_dpmptsp,
    unit_bernama('dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu',
           "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", dinas, pola('B')),
    "Lampiran BAB IV huruf B",
    "Mekanisme Kerja pada Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu").
norm(u_rsud_panembahan_senopati,
    unit_bernama('rsud-panembahan-senopati', "RSUD Kelas B Panembahan Senopati", rsud, pola('D')),
    "Lampiran BAB IV huruf D",
    "Mekanisme Kerja pada RSUD Kelas B Panembahan Senopati").
norm(u_rsud_saras_adyatma,
    unit_bernama('rsud-saras-adyatma', "RSUD Kelas D Saras Adyatma", rsud, pola('F')),
    "Lampiran BAB IV huruf F",
    "Mekanisme Kerja pada RSUD Kelas D Saras Adyatma").


                 /*******************************
                 *   KEDUDUKAN: PENILAI KINERJA  *
                 *******************************/

norm(p1_12_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [semua], [semua], paling_rendah(pengawas)),
    "Pasal 1 angka 12",
    "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas").

% The bound of Pasal 1 angka 12 admits delegation (kb/precedence.pl):
% a narrower provision naming another post is that delegation.
norm(p1_12_delegasi,
    pendelegasian(p1_12_ppk),
    "Pasal 1 angka 12",
    "atau pejabat lain yang diberikan pendelegasian kewenangan").

norm(p7_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [semua], [semua], level(administrator)),
    "Pasal 7 ayat (1)",
    "bertanggung jawab secara langsung kepada Pejabat Administrator sebagai Pejabat Penilai Kinerja").

norm(p7_2_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [uptd], [semua], 'kepala-uptd'),
    "Pasal 7 ayat (2)",
    "kepada Pejabat Pengawas yang bertugas memimpin suatu Unit Pelaksana Teknis Daerah (UPTD) dan berperan sebagai Pejabat Penilai Kinerja").

norm(p7_3_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [uptd], [semua], 'kepala-uptd'),
    "Pasal 7 ayat (3)",
    "kepada Pejabat Fungsional yang diberikan tugas tambahan memimpin suatu Unit Pelaksana Teknis Daerah (UPTD) dan berperan sebagai Pejabat Penilai Kinerja").

norm(p7_4_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu'], [semua],
    'kepala-perangkat-daerah'),
    "Pasal 7 ayat (4)",
    "bertanggung jawab secara langsung kepada Kepala Dinas sebagai Pejabat Penilai Kinerja").

norm(p7_5_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [kecamatan], [semua], camat),
    "Pasal 7 ayat (5)",
    "bertanggung jawab secara langsung kepada Panewu sebagai Pejabat Penilai Kinerja").


                 /*******************************
                 *   LAMPIRAN BAB IV: PER UNIT   *
                 *******************************/

% A. Sekretariat Dewan, Dinas, Badan, Inspektorat Daerah, Satuan Polisi Pamong Praja

norm(l4a_2_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['sekretariat-dprd', dinas, badan, inspektorat, pola('A')], [semua],
    level(administrator)),
    "Lampiran BAB IV huruf A angka 2",
    "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4a_2_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['sekretariat-dprd', dinas, badan, inspektorat, pola('A')], [semua],
    level(administrator)),
    "Lampiran BAB IV huruf A angka 2",
    "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

% B. Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu

norm(l4b_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('B')], [semua], 'kepala-perangkat-daerah'),
    "Lampiran BAB IV huruf B angka 1",
    "Kepala Dinas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4b_1_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('B')], [semua], 'kepala-perangkat-daerah'),
    "Lampiran BAB IV huruf B angka 1",
    "Kepala Dinas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4b_2_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('B')], [sekretariat], sekretaris),
    "Lampiran BAB IV huruf B angka 2",
    "Sekretaris sebagai Pimpinan Unit Organisasi memberikan rekomendasi kepada Kepala Dinas dan merumuskan strategi pencapaian target kinerja di bidang kesekretariatan").

% C. Sekretariat Daerah

norm(l4c_3_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['sekretariat-daerah', pola('C')], [semua], 'kepala-bagian'),
    "Lampiran BAB IV huruf C angka 3",
    "Kepala Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4c_3_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['sekretariat-daerah', pola('C')], [semua], 'kepala-bagian'),
    "Lampiran BAB IV huruf C angka 3",
    "Kepala Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

% D. RSUD Kelas B Panembahan Senopati ("Kepala Bidang/Bagian": Kepala Bidang
%    in a Bidang, Kepala Bagian in a Bagian)

norm(l4d_3_ppk_bidang,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('D')], [bidang], 'kepala-bidang'),
    "Lampiran BAB IV huruf D angka 3",
    "Kepala Bidang/Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4d_3_ppk_bagian,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('D')], [bagian], 'kepala-bagian'),
    "Lampiran BAB IV huruf D angka 3",
    "Kepala Bidang/Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4d_3_puo_bidang,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('D')], [bidang], 'kepala-bidang'),
    "Lampiran BAB IV huruf D angka 3",
    "Kepala Bidang/Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4d_3_puo_bagian,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('D')], [bagian], 'kepala-bagian'),
    "Lampiran BAB IV huruf D angka 3",
    "Kepala Bidang/Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

% E. Kapanewon (Panewu = Camat, Panewu Anom = Sekretaris Kecamatan)

norm(l4e_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [kecamatan, pola('E')], [semua], camat),
    "Lampiran BAB IV huruf E angka 1",
    "Panewu sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian kinerja dan memberikan penugasan").
norm(l4e_2_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [kecamatan, pola('E')], [semua], 'sekretaris-kecamatan'),
    "Lampiran BAB IV huruf E angka 2",
    "Panewu Anom sebagai Pimpinan Unit Organisasi menjadi penanggungjawab atas target kinerja").

% F. RSUD Kelas D Saras Adyatma

norm(l4f_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('F')], [semua], direktur),
    "Lampiran BAB IV huruf F angka 1",
    "Direktur sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4f_1_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [pola('F')], [semua], direktur),
    "Lampiran BAB IV huruf F angka 1",
    "Direktur sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

% G. Unit Pelaksana Teknis Daerah (UPTD)

norm(l4g_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [uptd, pola('G')], [semua], 'kepala-uptd'),
    "Lampiran BAB IV huruf G angka 1",
    "Kepala UPTD sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4g_1_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [uptd, pola('G')], [semua], 'kepala-uptd'),
    "Lampiran BAB IV huruf G angka 1",
    "Kepala UPTD sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

% H. Puskesmas

norm(l4h_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [puskesmas, pola('H')], [semua], 'kepala-puskesmas'),
    "Lampiran BAB IV huruf H angka 1",
    "Kepala Puskesmas yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4h_1_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    [puskesmas, pola('H')], [semua], 'kepala-puskesmas'),
    "Lampiran BAB IV huruf H angka 1",
    "Kepala Puskesmas yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

% I. Satuan Pendidikan (TK, SD, SMP dan Sanggar Kegiatan Belajar (SKB))

norm(l4i_1_ppk,
    peran('pejabat-penilai-kinerja',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['satuan-pendidikan', pola('I')], [semua], 'kepala-satuan-pendidikan'),
    "Lampiran BAB IV huruf I angka 1",
    "Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(l4i_1_puo,
    peran('pimpinan-unit-organisasi',
    ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
     'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
    ['satuan-pendidikan', pola('I')], [semua], 'kepala-satuan-pendidikan'),
    "Lampiran BAB IV huruf I angka 1",
    "Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").


                 /*******************************
                 *     PENUGASAN: WHO ASSIGNS    *
                 *******************************/

norm(p13_2_penunjukan,
    wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
    "Pasal 13 ayat (2)",
    "penugasan langsung kepada Pejabat Fungsional dan/atau pelaksana oleh Pejabat Penilai Kinerja").
norm(p13_4_penetapan,
    wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
    "Pasal 13 ayat (4)",
    "diberikan surat penugasan yang ditetapkan oleh Pejabat Penilai Kinerja").
norm(l2a_penunjukan,
    wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf A",
    "Penunjukan merupakan cara penugasan Pejabat Fungsional dan/atau pelaksana langsung dari Pejabat Penilai Kinerja").
norm(l2a1_penunjukan_dalam,
    wewenang(penunjukan, 'dalam-unit', 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf A angka 1)",
    "penunjukan Pejabat Fungsional dan/atau pelaksana di dalam Perangkat Daerah yang dilakukan langsung oleh Pejabat Penilai Kinerja").
norm(l2a2b1_penetapan_lintas,
    wewenang('penetapan-penugasan', 'lintas-perangkat-daerah', 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf A angka 2) huruf b angka 1",
    "dapat diberikan surat penugasan oleh Pejabat Penilai Kinerja").
norm(l2b1b_persetujuan_dalam,
    wewenang('persetujuan-pengajuan-sukarela', 'dalam-unit', 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf B angka 1) huruf b",
    "Apabila Pejabat Penilai Kinerja menyetujui, maka Pejabat Penilai Kinerja menugaskan").
norm(l2b2b_persetujuan_tujuan,
    wewenang('persetujuan-pengajuan-sukarela', 'lintas-perangkat-daerah',
       'kepala-perangkat-daerah-tujuan'),
    "Lampiran BAB II huruf B angka 2)",
    "Apabila Pimpinan Perangkat Daerah yang dituju menyetujui").
norm(l2b2c_persetujuan_asal,
    wewenang('persetujuan-pengajuan-sukarela', 'lintas-perangkat-daerah',
       'kepala-perangkat-daerah-asal'),
    "Lampiran BAB II huruf B angka 2)",
    "Apabila Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(l2b2c_persetujuan_ppk,
    wewenang('persetujuan-pengajuan-sukarela', 'lintas-perangkat-daerah',
       'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf B angka 2)",
    "Apabila Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(l2b2c_penetapan_lintas,
    wewenang('penetapan-penugasan', 'lintas-perangkat-daerah', 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf B angka 2) huruf c",
    "maka kemudian Pejabat Penilai Kinerja menyusun surat penugasan").
norm(l4a_2_penilaian,
    wewenang('penilaian-kinerja', semua, 'pejabat-penilai-kinerja'),
    "Lampiran BAB IV huruf A angka 2",
    "sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi memberikan penilaian kinerja").
norm(p16_3_meminta_laporan,
    wewenang('meminta-laporan', semua, 'pimpinan-unit-organisasi'),
    "Pasal 16 ayat (3)",
    "Pimpinan Unit Organisasi berwenang untuk meminta laporan kepada ketua tim kerja sewaktu-waktu").


                 /*******************************
                 *          INSTRUMENTS         *
                 *******************************/

norm(p13_4_instrumen,
    instrumen(semua, semua, 'surat-penugasan', 'pejabat-penilai-kinerja'),
    "Pasal 13 ayat (4)",
    "diberikan surat penugasan yang ditetapkan oleh Pejabat Penilai Kinerja").
norm(l2a2b1_instrumen,
    instrumen(semua, 'lintas-perangkat-daerah', 'surat-penugasan', 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf A angka 2) huruf b angka 1",
    "dapat diberikan surat penugasan oleh Pejabat Penilai Kinerja").
norm(l2b2c_instrumen,
    instrumen(semua, 'lintas-perangkat-daerah', 'surat-penugasan', 'pejabat-penilai-kinerja'),
    "Lampiran BAB II huruf B angka 2) huruf c",
    "Pejabat Penilai Kinerja menyusun surat penugasan untuk menugaskan Pejabat Fungsional dan/atau pelaksana").


                 /*******************************
                 *           REPORTING          *
                 *******************************/

norm(p15_individu,
    melapor(individu,
      ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
       'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
      'pimpinan-unit-organisasi', langsung),
    "Pasal 15",
    "yang ditugaskan secara individu melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi").
norm(p16_1_anggota,
    melapor('anggota-tim',
      ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
       'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
      'ketua-tim', tidak_disebut),
    "Pasal 16 ayat (1)",
    "yang berperan sebagai anggota tim melaporkan pelaksanaan tugasnya kepada ketua tim").
norm(p16_2_ketua,
    melapor('ketua-tim',
      ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
       'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
      'pimpinan-unit-organisasi', tidak_disebut),
    "Pasal 16 ayat (2)",
    "yang berperan sebagai ketua tim melaporkan pelaksanaan tugasnya kepada Pimpinan Unit Organisasi secara berkala").
norm(l3c3e_ketua_ppk,
    melapor('ketua-tim',
      ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
       'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
      'pejabat-penilai-kinerja', tidak_disebut),
    "Lampiran BAB III huruf C angka 3) huruf e",
    "Melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan").
norm(l3c3e_ketua_puo,
    melapor('ketua-tim',
      ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
       'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
      'pimpinan-unit-organisasi', tidak_disebut),
    "Lampiran BAB III huruf C angka 3) huruf e",
    "Melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan").
norm(l3c4c_anggota,
    melapor('anggota-tim',
      ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
       'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
      'ketua-tim', tidak_disebut),
    "Lampiran BAB III huruf C angka 4) huruf c",
    "Melaporkan hasil kinerjanya kepada ketua tim.").


                 /*******************************
                 *  PER UNIT: LAMPIRAN BAB IV    *
                 *******************************/

% di(Units, Claim): the assigner and the recipient of the results that each
% pattern of Lampiran BAB IV names, in the units of that pattern (the same
% unit lists as the pattern's peran claims above).  "memberikan ...
% penugasan" / "menugaskan Pejabat Fungsional dan/atau pelaksana" is
% penunjukan (Pasal 13 ayat (2): "penugasan langsung ... oleh Pejabat
% Penilai Kinerja") of the unit's own staff, scope dalam-unit: each
% pattern sends staff "dari Perangkat Daerah dan/atau unit organisasi
% lain" through the "proses permohonan pelibatan" (its Tahap Perencanaan
% angka 3) or 4)).  "Hasil pelaksanaan kegiatan yang telah selesai ...
% disampaikan kepada X" (Tahap Pelaksanaan angka 6)) is the report of the
% staff "yang bekerja secara individu maupun tim kerja" (angka 1) of the
% same Tahap), whose results the Tahap Evaluasi reviews as coming "dari
% Pejabat Fungsional dan/atau pelaksana yang bekerja secara individu
% dan/atau tim kerja": encoded for individu and for the ketua tim, who
% delivers the team's result (Pasal 16 ayat (2)); the text does not say
% "langsung", so the mode is tidak_disebut.  Each recipient is the post the
% same pattern makes Pimpinan Unit Organisasi, and each assigner the post
% it makes Pejabat Penilai Kinerja, the roles that Pasal 15, Pasal 16 ayat
% (2) and Pasal 13 ayat (2) name: the same person in wording of its own.
% Where two patterns reach one unit (huruf A "Dinas" and huruf B for the
% Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu) they conflict in
% substance.  The Tahap Evaluasi
% forwarding of the reviewed result ("disampaikan kepada Pejabat Pimpinan
% Tinggi Pratama untuk ditinjau", to Asisten Daerah, Wakil Direktur,
% Panewu, Direktur) is the reviewer's, not the staff's: not a melapor claim.

% A. Sekretariat Dewan, Dinas, Badan, Inspektorat Daerah, Satuan Polisi Pamong Praja

norm(di_l4a_2_penunjukan,
    di(['sekretariat-dprd', dinas, badan, inspektorat, pola('A')],
 wewenang(penunjukan, 'dalam-unit', level(administrator))),
    "Lampiran BAB IV huruf A angka 2",
    "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi memberikan penilaian kinerja sekaligus penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4a_4b6_individu,
    di(['sekretariat-dprd', dinas, badan, inspektorat, pola('A')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         level(administrator), tidak_disebut)),
    "Lampiran BAB IV huruf A angka 4 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Pejabat Administrator").
norm(di_l4a_4b6_ketua,
    di(['sekretariat-dprd', dinas, badan, inspektorat, pola('A')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         level(administrator), tidak_disebut)),
    "Lampiran BAB IV huruf A angka 4 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Pejabat Administrator").

% B. Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (huruf a angka 3) and
%    huruf b angka 7) speak of the Sekretariat only: not encoded, di/2 has no
%    placement)

norm(di_l4b_1_penunjukan,
    di([pola('B')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-perangkat-daerah')),
    "Lampiran BAB IV huruf B angka 1",
    "Kepala Dinas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi menetapkan kinerja dan memberikan penilaian kinerja sekaligus penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4b_4a2_penunjukan,
    di([pola('B')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-perangkat-daerah')),
    "Lampiran BAB IV huruf B angka 4 huruf a angka 2)",
    "Kepala Dinas menugaskan Pejabat Fungsional dan/atau pelaksana").
norm(di_l4b_4b6_individu,
    di([pola('B')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-perangkat-daerah', tidak_disebut)),
    "Lampiran BAB IV huruf B angka 4 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Dinas").
norm(di_l4b_4b6_ketua,
    di([pola('B')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-perangkat-daerah', tidak_disebut)),
    "Lampiran BAB IV huruf B angka 4 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Dinas").

% C. Sekretariat Daerah

norm(di_l4c_3_penunjukan,
    di(['sekretariat-daerah', pola('C')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-bagian')),
    "Lampiran BAB IV huruf C angka 3",
    "Kepala Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4c_5b6_individu,
    di(['sekretariat-daerah', pola('C')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-bagian', tidak_disebut)),
    "Lampiran BAB IV huruf C angka 5 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bagian").
norm(di_l4c_5b6_ketua,
    di(['sekretariat-daerah', pola('C')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-bagian', tidak_disebut)),
    "Lampiran BAB IV huruf C angka 5 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bagian").

% D. RSUD Kelas B Panembahan Senopati ("Kepala Bidang/Bagian": both, one provision)

norm(di_l4d_3_penunjukan_bidang,
    di([pola('D')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-bidang')),
    "Lampiran BAB IV huruf D angka 3",
    "Kepala Bidang/Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi memberikan penilaian kinerja sekaligus penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4d_3_penunjukan_bagian,
    di([pola('D')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-bagian')),
    "Lampiran BAB IV huruf D angka 3",
    "Kepala Bidang/Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi memberikan penilaian kinerja sekaligus penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4d_5b6_bidang_individu,
    di([pola('D')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-bidang', tidak_disebut)),
    "Lampiran BAB IV huruf D angka 5 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").
norm(di_l4d_5b6_bidang_ketua,
    di([pola('D')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-bidang', tidak_disebut)),
    "Lampiran BAB IV huruf D angka 5 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").
norm(di_l4d_5b6_bagian_individu,
    di([pola('D')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-bagian', tidak_disebut)),
    "Lampiran BAB IV huruf D angka 5 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").
norm(di_l4d_5b6_bagian_ketua,
    di([pola('D')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-bagian', tidak_disebut)),
    "Lampiran BAB IV huruf D angka 5 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").

% E. Kapanewon (Panewu = camat, Panewu Anom = sekretaris-kecamatan)

norm(di_l4e_1_penunjukan,
    di([kecamatan, pola('E')],
 wewenang(penunjukan, 'dalam-unit', camat)),
    "Lampiran BAB IV huruf E angka 1",
    "Panewu sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4e_4a2_penunjukan,
    di([kecamatan, pola('E')],
 wewenang(penunjukan, 'dalam-unit', camat)),
    "Lampiran BAB IV huruf E angka 4 huruf a angka 2)",
    "Panewu atas rekomendasi Panewu Anom menugaskan Pejabat Fungsional dan/atau pelaksana").
norm(di_l4e_4b6_individu,
    di([kecamatan, pola('E')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'sekretaris-kecamatan', tidak_disebut)),
    "Lampiran BAB IV huruf E angka 4 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Panewu Anom").
norm(di_l4e_4b6_ketua,
    di([kecamatan, pola('E')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'sekretaris-kecamatan', tidak_disebut)),
    "Lampiran BAB IV huruf E angka 4 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Panewu Anom").

% F. RSUD Kelas D Saras Adyatma

norm(di_l4f_1_penunjukan,
    di([pola('F')],
 wewenang(penunjukan, 'dalam-unit', direktur)),
    "Lampiran BAB IV huruf F angka 1",
    "Direktur sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi menetapkan kinerja, melakukan penilaian kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4f_3a2_penunjukan,
    di([pola('F')],
 wewenang(penunjukan, 'dalam-unit', direktur)),
    "Lampiran BAB IV huruf F angka 3 huruf a angka 2)",
    "Direktur menugaskan Pejabat Fungsional dan/atau pelaksana").
norm(di_l4f_3b6_individu,
    di([pola('F')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         direktur, tidak_disebut)),
    "Lampiran BAB IV huruf F angka 3 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Direktur").
norm(di_l4f_3b6_ketua,
    di([pola('F')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         direktur, tidak_disebut)),
    "Lampiran BAB IV huruf F angka 3 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Direktur").

% G. Unit Pelaksana Teknis Daerah (UPTD)

norm(di_l4g_1_penunjukan,
    di([uptd, pola('G')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-uptd')),
    "Lampiran BAB IV huruf G angka 1",
    "Kepala UPTD sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi melakukan penilaian kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4g_3a1_penunjukan,
    di([uptd, pola('G')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-uptd')),
    "Lampiran BAB IV huruf G angka 3 huruf a angka 1)",
    "Kepala UPTD menugaskan Pejabat Fungsional dan/atau pelaksana").
norm(di_l4g_3b6_individu,
    di([uptd, pola('G')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-uptd', tidak_disebut)),
    "Lampiran BAB IV huruf G angka 3 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala UPTD").
norm(di_l4g_3b6_ketua,
    di([uptd, pola('G')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-uptd', tidak_disebut)),
    "Lampiran BAB IV huruf G angka 3 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala UPTD").

% H. Puskesmas

norm(di_l4h_1_penunjukan,
    di([puskesmas, pola('H')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-puskesmas')),
    "Lampiran BAB IV huruf H angka 1",
    "Kepala Puskesmas yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi melakukan penilaian kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4h_3a1_penunjukan,
    di([puskesmas, pola('H')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-puskesmas')),
    "Lampiran BAB IV huruf H angka 3 huruf a angka 1)",
    "Kepala Puskesmas yang merupakan Pejabat Fungsional menugaskan Pejabat Fungsional dan/atau pelaksana").
norm(di_l4h_3b6_individu,
    di([puskesmas, pola('H')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-puskesmas', tidak_disebut)),
    "Lampiran BAB IV huruf H angka 3 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Puskesmas yang merupakan Pejabat Fungsional").
norm(di_l4h_3b6_ketua,
    di([puskesmas, pola('H')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-puskesmas', tidak_disebut)),
    "Lampiran BAB IV huruf H angka 3 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Puskesmas yang merupakan Pejabat Fungsional").

% I. Satuan Pendidikan (TK, SD, SMP dan Sanggar Kegiatan Belajar (SKB))

norm(di_l4i_1_penunjukan,
    di(['satuan-pendidikan', pola('I')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-satuan-pendidikan')),
    "Lampiran BAB IV huruf I angka 1",
    "Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi melakukan penilaian kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau pelaksana").
norm(di_l4i_2a1_penunjukan,
    di(['satuan-pendidikan', pola('I')],
 wewenang(penunjukan, 'dalam-unit', 'kepala-satuan-pendidikan')),
    "Lampiran BAB IV huruf I angka 2 huruf a angka 1)",
    "Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional menugaskan Pejabat Fungsional dan/atau pelaksana").
norm(di_l4i_2b6_individu,
    di(['satuan-pendidikan', pola('I')],
 melapor(individu,
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-satuan-pendidikan', tidak_disebut)),
    "Lampiran BAB IV huruf I angka 2 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional").
norm(di_l4i_2b6_ketua,
    di(['satuan-pendidikan', pola('I')],
 melapor('ketua-tim',
         ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
          'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
         'kepala-satuan-pendidikan', tidak_disebut)),
    "Lampiran BAB IV huruf I angka 2 huruf b angka 6)",
    "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Satuan Pendidikan yang merupakan Pejabat Fungsional").


                 /*******************************
                 *  ROUTING: PENUNJUKAN LINTAS PD *
                 *******************************/

norm(l2a2a_permohonan,
    langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 1,
      step('kepala-perangkat-daerah-pemohon', 'mengajukan-permohonan',
           'kepala-perangkat-daerah-asal', ['pejabat-penilai-kinerja'])),
    "Lampiran BAB II huruf A angka 2) huruf a",
    "Pimpinan Perangkat Daerah pemilik kinerja, mengirimkan surat permohonan pelibatan Pejabat Fungsional dan/atau pelaksana kepada Pimpinan Perangkat Daerah dituju dengan tembusan Pejabat Penilai Kinerja").
norm(l2a2b_menjawab,
    langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 2,
      step('kepala-perangkat-daerah-asal', menjawab,
           'kepala-perangkat-daerah-pemohon', [])),
    "Lampiran BAB II huruf A angka 2) huruf b",
    "Pimpinan Perangkat Daerah yang dituju memproses dan menjawab permohonan pelibatan").
norm(l2a2b1_penugasan,
    langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 3,
      step('pejabat-penilai-kinerja', 'menerbitkan-penugasan', pegawai, [])),
    "Lampiran BAB II huruf A angka 2) huruf b",
    "Apabila Pimpinan Perangkat Daerah menyetujui dengan mempertimbangkan kriteria yang disampaikan pemohon, maka Pejabat Fungsional dan/atau pelaksana dapat diberikan surat penugasan oleh Pejabat Penilai Kinerja").
norm(l2a2b2_menolak,
    langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 3,
      step('kepala-perangkat-daerah-asal', 'menolak-dengan-alasan',
           'kepala-perangkat-daerah-pemohon', [])),
    "Lampiran BAB II huruf A angka 2) huruf b",
    "Apabila Pimpinan Perangkat Daerah menolak, maka harus memberikan surat jawaban dengan alasan mengapa tidak menyetujui permohonan.").
norm(l2a2c_menerima,
    langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 4,
      step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja', [])),
    "Lampiran BAB II huruf A angka 2) huruf c",
    "Pejabat Fungsional dan/atau pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab.").


                 /*******************************
                 *   ROUTING: PENGAJUAN SUKARELA *
                 *******************************/

% di dalam Perangkat Daerah

norm(l2b1a_lisan,
    langkah('pengajuan-sukarela', 'dalam-unit', 1,
      step(pegawai, 'menyampaikan-keinginan-lisan', 'pejabat-penilai-kinerja', [])),
    "Lampiran BAB II huruf B angka 1) huruf a",
    "menyampaikan keinginannya secara lisan untuk dapat terlibat dalam pelaksanaan kinerja tertentu kepada Pejabat Penilai Kinerja").
norm(l2b1b_menyetujui,
    langkah('pengajuan-sukarela', 'dalam-unit', 2,
      step('pejabat-penilai-kinerja', menyetujui, pegawai, [])),
    "Lampiran BAB II huruf B angka 1) huruf b",
    "Apabila Pejabat Penilai Kinerja menyetujui").
norm(l2b1b_menugaskan,
    langkah('pengajuan-sukarela', 'dalam-unit', 3,
      step('pejabat-penilai-kinerja', 'menerbitkan-penugasan', pegawai, [])),
    "Lampiran BAB II huruf B angka 1) huruf b",
    "maka Pejabat Penilai Kinerja menugaskan Pejabat Fungsional dan/atau pelaksana untuk melaksanakan kinerja tertentu").
norm(l2b1c_menerima,
    langkah('pengajuan-sukarela', 'dalam-unit', 4,
      step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja', [])),
    "Lampiran BAB II huruf B angka 1) huruf c",
    "Pejabat Fungsional dan/atau pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab.").

% lintas Perangkat Daerah

norm(l2b2a_permohonan,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 1,
      step(pegawai, 'mengajukan-permohonan', 'kepala-perangkat-daerah-tujuan',
           ['pejabat-penilai-kinerja'])),
    "Lampiran BAB II huruf B angka 2) huruf a",
    "menyampaikan surat permohonan yang diketahui oleh Pejabat Penilai Kinerja untuk dapat dilibatkan dalam pelaksanaan kinerja kepada Pimpinan Perangkat Daerah yang dituju dengan tembusan Pejabat Penilai Kinerja").
norm(l2b2b_menyetujui,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 2,
      step('kepala-perangkat-daerah-tujuan', menyetujui, pegawai, [])),
    "Lampiran BAB II huruf B angka 2) huruf b",
    "Apabila Pimpinan Perangkat Daerah yang dituju menyetujui").
norm(l2b2b_ke_asal,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 3,
      step(pegawai, 'menyampaikan-permohonan-persetujuan', 'kepala-perangkat-daerah-asal', [])),
    "Lampiran BAB II huruf B angka 2) huruf b",
    "menyampaikan surat permohonan persetujuan yang telah disetujui, kepada Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja yang bersangkutan").
norm(l2b2b_ke_ppk,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 3,
      step(pegawai, 'menyampaikan-permohonan-persetujuan', 'pejabat-penilai-kinerja', [])),
    "Lampiran BAB II huruf B angka 2) huruf b",
    "menyampaikan surat permohonan persetujuan yang telah disetujui, kepada Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja yang bersangkutan").
norm(l2b2c_asal_menyetujui,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 4,
      step('kepala-perangkat-daerah-asal', menyetujui, pegawai, [])),
    "Lampiran BAB II huruf B angka 2) huruf c",
    "Apabila Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(l2b2c_ppk_menyetujui,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 4,
      step('pejabat-penilai-kinerja', menyetujui, pegawai, [])),
    "Lampiran BAB II huruf B angka 2) huruf c",
    "Apabila Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(l2b2c_menugaskan,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 5,
      step('pejabat-penilai-kinerja', 'menerbitkan-penugasan', pegawai, [])),
    "Lampiran BAB II huruf B angka 2) huruf c",
    "Pejabat Penilai Kinerja menyusun surat penugasan untuk menugaskan Pejabat Fungsional dan/atau pelaksana untuk melaksanakan kinerja Perangkat Daerah yang dituju").
norm(l2b2d_menerima,
    langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 6,
      step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja', [])),
    "Lampiran BAB II huruf B angka 2) huruf d",
    "Pejabat Fungsional dan/atau pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab.").


                 /*******************************
                 *           TIM KERJA          *
                 *******************************/

norm(p11_4_asal,
    ketua_tim(asal('lintas-perangkat-daerah'), wajib, 'perangkat-daerah-pemilik-kinerja'),
    "Pasal 11 ayat (4)",
    "Pejabat Fungsional dan/atau pelaksana yang berperan sebagai ketua tim berasal dari Perangkat Daerah pemilik kinerja").
norm(p16_2_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
    "Pasal 16 ayat (2)",
    "Pejabat Fungsional atau pelaksana yang berperan sebagai ketua tim").
norm(p8_3_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
    "Pasal 8 ayat (3)",
    "Pejabat Pengawas yang bukan sebagai Kepala Unit Pelaksana Teknis Daerah (UPTD), menjadi pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4a_3_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
    "Lampiran BAB IV huruf A angka 3",
    "Pejabat Pengawas menjadi pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4b_3_jabatan,
    ketua_tim(jabatan, dapat, ['kepala-subbagian']),
    "Lampiran BAB IV huruf B angka 3",
    "Kepala Subbagian Umum dan Kepegawaian menjadi pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4c_4_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
    "Lampiran BAB IV huruf C angka 4",
    "Pejabat Pengawas menjadi pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4d_4_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
    "Lampiran BAB IV huruf D angka 4",
    "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4e_3_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
    "Lampiran BAB IV huruf E angka 3",
    "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4f_2_jabatan,
    ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
    "Lampiran BAB IV huruf F angka 2",
    "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4g_2_jabatan,
    ketua_tim(jabatan, dapat, ['kepala-subbagian']),
    "Lampiran BAB IV huruf G angka 2",
    "Kepala Subbagian Tata Usaha sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4h_2_jabatan,
    ketua_tim(jabatan, dapat, ['kepala-subbagian']),
    "Lampiran BAB IV huruf H angka 2",
    "Kepala Subbagian Tata Usaha pada Puskesmas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").
norm(l4a4a5_penetapan,
    ketua_tim(penetapan, wajib, 'pimpinan-unit-organisasi'),
    "Lampiran BAB IV huruf A angka 4 huruf a angka 5)",
    "Pejabat Administrator menentukan perlu atau tidaknya penunjukan ketua tim kerja").
norm(l4b4a5_penetapan,
    ketua_tim(penetapan, wajib, 'pimpinan-unit-organisasi'),
    "Lampiran BAB IV huruf B angka 4 huruf a angka 5)",
    "Kepala Dinas menentukan perlu atau tidaknya penunjukan ketua tim kerja").
norm(l4b4a6_penetapan,
    ketua_tim(penetapan, wajib, 'pimpinan-unit-organisasi'),
    "Lampiran BAB IV huruf B angka 4 huruf a angka 6)",
    "Pada Sekretariat, Sekretaris menentukan perlu atau tidaknya penunjukan ketua tim kerja").


                 /*******************************
                 *           DURATIONS          *
                 *******************************/

%   "periode waktu tertentu", as the other four regulations encode the
%   same definition (corrected for the extractor's self-check, issue 14)
norm(p1_13_durasi,
    durasi(penugasan, sesuai("periode waktu tertentu")),
    "Pasal 1 angka 13",
    "di bawah Pimpinan Unit Organisasi dalam periode waktu tertentu").


                 /*******************************
                 *        TANGGUNG JAWAB        *
                 *******************************/

% Lampiran BAB III huruf C angka 1): Pejabat Penilai Kinerja

norm(l3c1a,
    tanggung_jawab('pejabat-penilai-kinerja', "Menyusun dan menetapkan roadmap dan rencana kerja organisasi"),
    "Lampiran BAB III huruf C angka 1) huruf a",
    "Menyusun dan menetapkan roadmap dan rencana kerja organisasi").
norm(l3c1b,
    tanggung_jawab('pejabat-penilai-kinerja', "Memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi"),
    "Lampiran BAB III huruf C angka 1) huruf b",
    "Memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi").
norm(l3c1c,
    tanggung_jawab('pejabat-penilai-kinerja', "Memastikan kesiapan dukungan infrastruktur, tata kelola dan sumberdaya yang optimal"),
    "Lampiran BAB III huruf C angka 1) huruf c",
    "Memastikan kesiapan dukungan infrastruktur, tata kelola dan sumberdaya yang optimal").
norm(l3c1d,
    tanggung_jawab('pejabat-penilai-kinerja', "Memastikan pengambilan keputusan yang tepat dan efisien"),
    "Lampiran BAB III huruf C angka 1) huruf d",
    "Memastikan pengambilan keputusan yang tepat dan efisien").
norm(l3c1e,
    tanggung_jawab('pejabat-penilai-kinerja', "Memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar organisasi"),
    "Lampiran BAB III huruf C angka 1) huruf e",
    "Memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar organisasi").

% Lampiran BAB III huruf C angka 2): Pimpinan Unit Organisasi

norm(l3c2a,
    tanggung_jawab('pimpinan-unit-organisasi', "Menyusun dan menetapkan rencana kegiatan"),
    "Lampiran BAB III huruf C angka 2) huruf a",
    "Menyusun dan menetapkan rencana kegiatan").
norm(l3c2b,
    tanggung_jawab('pimpinan-unit-organisasi', "Menyediakan dukungan sumberdaya untuk pelaksanaan kegiatan"),
    "Lampiran BAB III huruf C angka 2) huruf b",
    "Menyediakan dukungan sumberdaya untuk pelaksanaan kegiatan").
norm(l3c2c,
    tanggung_jawab('pimpinan-unit-organisasi', "Memberikan arahan terpadu, input dan feedback atas pelaksanaan kegiatan"),
    "Lampiran BAB III huruf C angka 2) huruf c",
    "Memberikan arahan terpadu, input dan feedback atas pelaksanaan kegiatan").
norm(l3c2d,
    tanggung_jawab('pimpinan-unit-organisasi', "Memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar tim"),
    "Lampiran BAB III huruf C angka 2) huruf d",
    "Memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar tim").
norm(l3c2e,
    tanggung_jawab('pimpinan-unit-organisasi', "Melakukan monitoring dan evaluasi pelaksanaan tugas tim"),
    "Lampiran BAB III huruf C angka 2) huruf e",
    "Melakukan monitoring dan evaluasi pelaksanaan tugas tim").

% Lampiran BAB III huruf C angka 3): Ketua Tim

norm(l3c3a,
    tanggung_jawab('ketua-tim', "Menyusun rincian pelaksanaan kegiatan"),
    "Lampiran BAB III huruf C angka 3) huruf a",
    "Menyusun rincian pelaksanaan kegiatan").
norm(l3c3b,
    tanggung_jawab('ketua-tim', "Membagi peran anggota tim sesuai dengan kompetensi, keahlian dan/atau keterampilan"),
    "Lampiran BAB III huruf C angka 3) huruf b",
    "Membagi peran anggota tim sesuai dengan kompetensi, keahlian dan/atau keterampilan").
norm(l3c3c,
    tanggung_jawab('ketua-tim', "Melaksanakan kegiatan sesuai dengan perencanaan"),
    "Lampiran BAB III huruf C angka 3) huruf c",
    "Melaksanakan kegiatan sesuai dengan perencanaan").
norm(l3c3d,
    tanggung_jawab('ketua-tim', "Memberikan umpan balik berkala kepada anggota tim"),
    "Lampiran BAB III huruf C angka 3) huruf d",
    "Memberikan umpan balik berkala kepada anggota tim").
norm(l3c3e,
    tanggung_jawab('ketua-tim', "Melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja pejabat fungsiona; dan pelaksana"),
    "Lampiran BAB III huruf C angka 3) huruf e",
    "Melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja pejabat fungsiona; dan pelaksana").
norm(l3c3f,
    tanggung_jawab('ketua-tim', "Melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim"),
    "Lampiran BAB III huruf C angka 3) huruf f",
    "Melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim").

% Lampiran BAB III huruf C angka 4): anggota tim

norm(l3c4a,
    tanggung_jawab('anggota-tim', "Menyusun rencana kerja individu"),
    "Lampiran BAB III huruf C angka 4) huruf a",
    "Menyusun rencana kerja individu").
norm(l3c4b,
    tanggung_jawab('anggota-tim', "Melaksanakan kinerja sesuai ekspetasi ketua tim"),
    "Lampiran BAB III huruf C angka 4) huruf b",
    "Melaksanakan kinerja sesuai ekspetasi ketua tim").
norm(l3c4c,
    tanggung_jawab('anggota-tim', "Melaporkan hasil kinerjanya kepada ketua tim"),
    "Lampiran BAB III huruf C angka 4) huruf c",
    "Melaporkan hasil kinerjanya kepada ketua tim").
