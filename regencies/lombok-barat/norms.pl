/*  Part of perbup-kb

    Norms of Peraturan Bupati Lombok Barat Nomor 57 Tahun 2023 tentang
    Sistem Kerja Pemerintah Kabupaten Lombok Barat untuk Penyederhanaan
    Birokrasi: kedudukan (Pasal 1 angka 11, Pasal 8, Lampiran BAB II huruf
    B), penugasan by penunjukan and pengajuan sukarela (Pasal 12,
    Lampiran BAB II huruf B angka 2#3), the routing of requests within a
    unit, across units and across Perangkat Daerah (Lampiran ... huruf a#3
    and huruf b#3), reporting (Pasal 15, Pasal 16, Lampiran huruf B angka 3
    and angka 4#2), tim kerja and ketua tim (Pasal 11 ayat (3), Lampiran
    huruf B angka 3#3), the tanggung jawab of Pejabat Penilai Kinerja,
    Pimpinan Unit Organisasi, Ketua Tim and Anggota Tim, and the generic
    structure variants of the Lampiran.  The Lampiran names no unit of
    Lombok Barat; it describes structure variants, given here as patterns
    numbered after Lampiran BAB II huruf D angka 1-10 ("Contoh Penggambaran
    Alur Mekanisme Kerja"): pola('D1') JPT Pratama PPK / Administrator PUO;
    D2 Administrator PPK and PUO in a unit led by JPT Pratama; D3 JPT
    Pratama PPK and PUO; D4 Administrator PPK / Pengawas PUO; D5
    Administrator PPK and PUO; D6 Pengawas PPK and PUO; D7 Pejabat
    Fungsional PPK and PUO; D8 Sekretaris Daerah PPK / Asisten PUO; D9
    Asisten PPK / Kepala Bagian PUO; D10 Kepala Bagian PPK and PUO; plus
    pola('B1b2'), Pengawas as PPK in a unit led by an Administrator, which
    only the kedudukan list has.  Unit kinds are attached only where the
    text names them (Kecamatan: Camat; Kelurahan: Lurah; Unit pelaksana
    teknis led by a Pengawas or by a Pejabat Fungsional; Sekretariat
    Daerah: three variants).  Role ids ending in -asal / -pemohon / -dituju
    name the two sides of a request (the unit or instansi where the
    Pejabat Fungsional is, and the unit or instansi that asks for him).
    Citations follow the parsed tree of the text (repeated numbers get #n,
    e.g. "Lampiran BAB II huruf B angka 2#3": the Lampiran numbers "1.
    Kedudukan", "2. Penugasan" twice; the kedudukan detail list "a. Unit
    organisasi yang dipimpin oleh ..." is parsed under "angka 6 huruf c)").
    Oddities of the text: Pasal 6 and Pasal 7 ayat (1) cite "Pasal 3 ayat
    (2) huruf a" although Pasal 3 ayat (2) has no huruf; Pasal 1 angka 5
    "system"; Pasal 1 angka 11 "pendelegasian kewenangan" vs the Lampiran
    "pendelegasian wewenang"; Lampiran header "NOMOR  TAHUN 2023" without
    the number; signature "H. ILHAM" twice; Lampiran "Pejabat Pimpinan
    Administrator" (kedudukan list 1 b) and detail a 2)); "dengan dengan"
    (Kelurahan example); "Kepala Biro atau Kepala Bagian" and "Kepala Kepala
    Bagian" (struktur penugasan e); a missing "(" in struktur penugasan a
    2); stray "d)" and "a. Tahap Evaluasi" for c in huruf D angka 3, whose
    evaluation ends with "Pejabat Pimpinan Tinggi Madya"; "Perjabat
    Penilai Kinerja" (huruf D angka 9); "oprimalisasi" (huruf C); huruf B
    angka 3#3 huruf c#2 (lintas Perangkat Daerah) opens with "Pelaksanaan
    tugas lintas unit organisasi"; the kedudukan list 2 omits the Pengawas
    variant that the detail b 2) has; huruf D angka 2 makes the
    Administrator PPK and PUO but has monitoring and results go to the
    Pejabat Pimpinan Tinggi Pratama and speaks of "kedudukan ... berada
    dibawah Pejabat Pimpinan Tinggi Pratama".

    Per-pattern norms (di/2): the reporting line of each pattern's tahap
    pelaksanaan (huruf D angka 1-10 huruf b: "Hasil pelaksanaan kegiatan ...
    disampaikan kepada <X> oleh individu atau ketua tim"), who gives the
    penugasan in each struktur penugasan (huruf B angka 2#3 huruf a#2-f#2,
    penunjukan dalam-unit) and who "menugaskan" in a pattern's planning
    (huruf D angka 1, 4, 8, 9 huruf a, penetapan-penugasan dalam-unit).  They
    are scoped to pola('Dn'), and D8-D10 also to the Sekretariat Daerah their
    titles name.  The recipient or actor is the post the text names
    (Pejabat Administrator, Asisten, ...), a role only where the text speaks
    of a "Pejabat Level I/II" acting "selaku" that role.

    Not encoded:
    - per-unit statements on Kecamatan, Kelurahan or UPTD: the patterns of
      huruf D name no unit kind (only the kedudukan examples do, encoded as
      peran), so a question about those units gets the general provisions;
    - per-pattern instruments: no pattern names a document (surat penugasan
      appears only in the general mechanisms of huruf B angka 2#3);
    - the tahap evaluasi of each pattern ("Hasil pelaksanaan kegiatan yang
      telah sesuai dengan target disampaikan kepada <PPK> untuk ditinjau";
      D9, D10 on to the Sekretaris Daerah): the Pimpinan Unit Organisasi's
      onward report, not one by a Pejabat Fungsional or pelaksana; D3 ends
      with a "Pejabat Pimpinan Tinggi Madya" the unit does not have;
    - monitoring "secara berkala atau sewaktu-waktu oleh <X> dan/atau ketua
      tim" (huruf A angka 2 huruf b) and each pattern's huruf b): no claim
      kind for it (meminta-laporan is Pasal 16 ayat (3)'s narrower power);
    - the ketua tim and tim kerja decisions of the patterns ("menentukan perlu
      atau tidaknya penunjukan ketua tim kerja", D2 and D3; "penentuan
      kebutuhan atas ketua tim" in the others' strategy): deciding whether a
      ketua tim is needed is not appointing one (penetapan-ketua-tim);
    - huruf A's general mechanism by "Pejabat Level 1/2" (penugasan "oleh
      Pejabat Level 1", "penyampaian hasil ... kepada Pejabat Level 2"): a
      level of the structure, not a post or role of the vocabulary.

    Contradictions that remain under precedence (kb/precedence.pl; the
    grid in bench/grid.md): Lampiran BAB II huruf D angka 2 makes the
    Pejabat Administrator Pejabat Penilai Kinerja and Pimpinan Unit
    Organisasi but its huruf b sends the results to the Pejabat Pimpinan
    Tinggi Pratama, against Pasal 15 and Pasal 16 ayat (2) ("kepada
    Pimpinan Unit Organisasi"); Pasal 9 (the kedudukan "ditetapkan oleh
    pejabat pembina kepegawaian") against Lampiran BAB II huruf B angka 1
    (Kedudukan) huruf d ("ditetapkan oleh Kepala Perangkat Daerah"), both
    for every unit, question position-setter.  Resolved by precedence: the floor of Pasal
    1 angka 11 and Lampiran BAB II huruf B angka 1 by their delegation
    clauses (p1_11_delegasi, lb1_delegasi) against the Lampiran list that
    admits a Pejabat Fungsional; the patterns D1-D10 as structural
    variants; the two Unit pelaksana teknis examples by their conditions
    (kd_c1_syarat, kd_d_syarat); "Pejabat Penilai Kinerja maupun Pimpinan
    Unit Organisasi" as joint recipients.
*/

% ids this regulation adds: kept in kb/vocabulary.pl

                 /*******************************
                 *     KEDUDUKAN (BATANG TUBUH)  *
                 *******************************/

norm(p1_11_ppk,
     peran('pejabat-penilai-kinerja', [semua], [semua], [semua], paling_rendah(pengawas)),
     "Pasal 1 angka 11",
     "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas").
% The bound of Pasal 1 angka 11 and of Lampiran BAB II huruf B angka 1
% admits delegation (kb/precedence.pl).
norm(p1_11_delegasi,
     pendelegasian(p1_11_ppk),
     "Pasal 1 angka 11",
     "atau pejabat lain yang diberi pendelegasian kewenangan").
norm(lb1_delegasi,
     pendelegasian(lb1_ppk),
     "Lampiran BAB II huruf B angka 1",
     "atau jabatan lain yang diberi pendelegasian wewenang").
% Corrected (issue 14 self-check): Pasal 8 ayat (1) names three posts,
% "Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat
% Pengawas", and was encoded as the lower bound paling_rendah(pengawas),
% which also admits posts the text does not name (a JPT Madya); encoded,
% as Tabanan Pasal 6 ayat (1) encodes the same sentence, one norm per
% post named.
norm(p8_1_atasan,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Pasal 8 ayat (1)",
     "berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat Pengawas").
norm(p8_1_atasan_adm,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-administrator'),
     "Pasal 8 ayat (1)",
     "berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat Pengawas").
norm(p8_1_atasan_pgw,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-pengawas'),
     "Pasal 8 ayat (1)",
     "berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat Pengawas").
norm(p8_2_atasan,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-fungsional'),
     "Pasal 8 ayat (2)",
     "Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan pelaksana").

                 /*******************************
                 *     KEDUDUKAN (LAMPIRAN)      *
                 *******************************/

% General statements (Lampiran BAB II huruf B)
norm(lb1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [semua], [semua], paling_rendah(pengawas)),
     "Lampiran BAB II huruf B angka 1",
     "dengan ketentuan jabatan paling rendah adalah jabatan pengawas atau jabatan lain yang diberi pendelegasian wewenang").
norm(lb2_puo,
     peran('pimpinan-unit-organisasi', [semua], [semua], [semua], paling_rendah(fungsional)),
     "Lampiran BAB II huruf B angka 2",
     "Pimpinan Unit Organisasi merupakan Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang diangkat untuk memimpin suatu unit kerja mandiri").
norm(lp2b_puo,
     peran('pimpinan-unit-organisasi', [semua], [semua], [semua], paling_rendah(fungsional)),
     "Lampiran BAB II huruf B angka 2#3 huruf b",
     "Pimpinan Unit Organisasi dapat merupakan Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang diangkat untuk memimpin suatu unit kerja mandiri").
%   who sets the kedudukan: Pasal 9 the pejabat pembina kepegawaian, the
%   Lampiran's kedudukan list (huruf d) the Kepala Perangkat Daerah, both
%   for every unit, no words of exception: a contradiction (issue 11)
norm(p9_kedudukan,
     wewenang('penetapan-kedudukan', semua, 'pejabat-pembina-kepegawaian'),
     "Pasal 9",
     "Kedudukan sebagaimana dimaksud dalam Pasal 8 ditetapkan oleh pejabat pembina kepegawaian").
norm(lk1d_kedudukan,
     wewenang('penetapan-kedudukan', semua, 'kepala-perangkat-daerah'),
     "Lampiran BAB II huruf B angka 1#2 huruf d",
     "penetapan kedudukan Pejabat Fungsional dan pelaksana dalam suatu unit organisasi pada Perangkat Daerah ditetapkan oleh Kepala Perangkat Daerah").
norm(lk1b_ppk,
     peran('pejabat-penilai-kinerja', [semua], [semua], [semua], paling_rendah(fungsional)),
     "Lampiran BAB II huruf B angka 1#2 huruf b",
     "dapat merupakan Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang diangkat untuk memimpin suatu unit kerja mandiri").

% Kedudukan list (Lampiran BAB II huruf B angka 1#3, 2#2, 6)
norm(lk1a_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D1')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 1#3 huruf a)",
     "Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja").
norm(lk1b2_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D2')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 1#3 huruf b)",
     "Pejabat Pimpinan Administrator sebagai Pejabat Penilai Kinerja").
norm(lk1c_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D3')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 1#3 huruf c)",
     "Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Administrator").
norm(lk2a_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D4')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#2 huruf a)",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja").
norm(lk2b_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D5')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#2 huruf b)",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Pengawas").
norm(lk6a_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D8')], [semua], 'sekretaris-daerah'),
     "Lampiran BAB II huruf B angka 6 huruf a)",
     "Sekretaris Daerah sebagai Pejabat Penilai Kinerja").
norm(lk6b_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D9')], [semua], asisten),
     "Lampiran BAB II huruf B angka 6 huruf b)",
     "Asisten sebagai Pejabat Penilai Kinerja").
norm(lk6c_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D10')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf B angka 6 huruf c)",
     "Kepala Bagian sebagai Pejabat Penilai Kinerja").

% Kedudukan detail ("Adapun penjelasan terperinci ...", parsed under
% Lampiran BAB II huruf B angka 6 huruf c))
norm(kd_a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D1')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf a angka 1)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_a2_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D2')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf a angka 2)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pimpinan Administrator sebagai Pejabat Level II yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_a3_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D3')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf a angka 3)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_b1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D4')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 1)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Administrator sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_b1_kecamatan,
     peran('pejabat-penilai-kinerja', [semua], [kecamatan], [semua], camat),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 1)",
     "organisasi pada Kecamatan dengan Pejabat Penilai Kinerja adalah Camat").
norm(kd_b2_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('B1b2')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 2)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pengawas sebagai Pejabat Level II yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_b3_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D5')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 3)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Administrator sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_c_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D6')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf c",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pengawas sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_c1_uptd,
     peran('pejabat-penilai-kinerja', [semua], [uptd], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf c angka 1)",
     "Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Pengawas yang langsung membawahi Pejabat Fungsional").
norm(kd_c2_kelurahan,
     peran('pejabat-penilai-kinerja', [semua], [kelurahan], [semua], lurah),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf c angka 2)",
     "Organisasi pada Kelurahan dengan dengan Pejabat Penilai Kinerja adalah Lurah").
norm(kd_d_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D7')], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf d",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Fungsional sebagai pimpinan unit organisasi yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_d_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D7')], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf d",
     "Pejabat Fungsional sebagai pimpinan unit organisasi").
norm(kd_d_uptd,
     peran('pejabat-penilai-kinerja', [semua], [uptd], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf d",
     "Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Fungsional yang diangkat untuk memimpin unit kerja mandiri").
% The two Unit pelaksana teknis examples hold each under its own condition
% (who leads the unit): alternatives, not rivals (kb/precedence.pl).
norm(kd_c1_syarat,
     syarat(kd_c1_uptd, "Unit pelaksana teknis yang dipimpin oleh Pejabat Pengawas"),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf c angka 1)",
     "(Unit pelaksana teknis) yang dipimpin oleh Pejabat Pengawas").
norm(kd_d_syarat,
     syarat(kd_d_uptd, "Unit pelaksana teknis yang dipimpin oleh Pejabat Fungsional yang diangkat untuk memimpin unit kerja mandiri"),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf d",
     "(Unit pelaksana teknis) yang dipimpin oleh Pejabat Fungsional yang diangkat untuk memimpin unit kerja mandiri").
norm(kd_f1_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D8')], [semua], 'sekretaris-daerah'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf f angka 1)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Sekretaris Daerah yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_f2_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D9')], [semua], asisten),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf f angka 2)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Asisten yang berperan selaku Pejabat Penilai Kinerja").
norm(kd_f3_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D10')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf f angka 3)",
     "Kelompok JF dan Pelaksana berkedudukan berada di bawah Kepala Bagian yang berperan selaku Pejabat Penilai Kinerja").

% Struktur penugasan (Lampiran BAB II huruf B angka 2#3 huruf a#2 - f#2)
norm(sp_a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D1')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#2 angka 1)",
     "JPT Pratama sebagai Pejabat Penilai Kinerja").
norm(sp_a1_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D1')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#2 angka 1)",
     "Pejabat Administrator sebagai Pimpinan Unit Organisasi").
norm(sp_a2_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D4')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#2 angka 2)",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja").
norm(sp_a2_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D4')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#2 angka 2)",
     "Pejabat Pengawas sebagai Pimpinan Unit Organisasi").
norm(sp_b_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D2')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#2",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_b_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D2')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#2",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D3')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 1)",
     "JPT Pratama sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c1_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D3')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 1)",
     "JPT Pratama sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c2_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D5')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 2)",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c2_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D5')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 2)",
     "Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c3_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D6')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 3)",
     "Pejabat Pengawas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c3_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D6')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 3)",
     "Pejabat Pengawas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c4_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D7')], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 4)",
     "Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_c4_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D7')], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2 angka 4)",
     "Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(sp_d_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D8')], [semua], 'sekretaris-daerah'),
     "Lampiran BAB II huruf B angka 2#3 huruf d#2",
     "Penilaian kinerja JF dan pelaksana dilakukan oleh Sekretaris Daerah selaku Pejabat Penilai Kinerja").
norm(sp_d_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('D8')], [semua], asisten),
     "Lampiran BAB II huruf B angka 2#3 huruf d#2",
     "Pejabat Fungsional dan pelaksana menerima penugasan dari Asisten selaku pimpinan unit organisasi").
norm(sp_e_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D9')], [semua], asisten),
     "Lampiran BAB II huruf B angka 2#3 huruf e#2",
     "Penilaian kinerja JF dan pelaksana dilakukan oleh Asisten selaku Pejabat Penilai Kinerja").
norm(sp_e_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('D9')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf B angka 2#3 huruf e#2",
     "Pejabat Fungsional dan pelaksana menerima penugasan dari Kepala Kepala Bagian selaku pimpinan unit organisasi").
norm(sp_f_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D10')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf B angka 2#3 huruf f#2",
     "Kepala Bagian berperan selaku Pejabat Penilai Kinerja sekaligus selaku pimpinan unit organisasi").
norm(sp_f_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('D10')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf B angka 2#3 huruf f#2",
     "Kepala Bagian berperan selaku Pejabat Penilai Kinerja sekaligus selaku pimpinan unit organisasi").

% Contoh Penggambaran Alur Mekanisme Kerja (Lampiran BAB II huruf D angka 1-10)
norm(d1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D1')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf D angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pimpinan Tinggi Pratama").
norm(d1_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D1')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf D angka 1",
     "Pejabat Administrator yang merupakan Pejabat Level 2 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi").
norm(d2_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D2')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf D angka 2",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Administrator").
norm(d2_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D2')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf D angka 2",
     "Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja sekaligus pimpinan Unit Organisasi").
norm(d3_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D3')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf D angka 3",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pimpinan Tinggi Pratama").
norm(d3_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D3')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran BAB II huruf D angka 3",
     "Pejabat Pimpinan Tinggi Pratama juga berperan sebagai Pimpinan Unit Organisasi").
norm(d4_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D4')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf D angka 4",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Administrator").
norm(d4_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D4')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf D angka 4",
     "Pejabat pengawas yang merupakan Pejabat Level 2 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi").
norm(d5_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D5')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf D angka 5",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Administrator").
norm(d5_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D5')], [semua], 'pejabat-administrator'),
     "Lampiran BAB II huruf D angka 5",
     "Pejabat Administrator dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi").
norm(d6_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D6')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf D angka 6",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pengawas").
norm(d6_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D6')], [semua], 'pejabat-pengawas'),
     "Lampiran BAB II huruf D angka 6",
     "Pejabat Pengawas dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi").
norm(d7_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('D7')], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf D angka 7",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Fungsional").
norm(d7_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('D7')], [semua], 'pejabat-fungsional'),
     "Lampiran BAB II huruf D angka 7",
     "Pejabat Fungsional yang memimpin unit organisasi dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi").
norm(d8_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D8')], [semua], 'sekretaris-daerah'),
     "Lampiran BAB II huruf D angka 8",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Sekretaris Daerah").
norm(d8_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('D8')], [semua], asisten),
     "Lampiran BAB II huruf D angka 8",
     "Asisten yang merupakan Pejabat Level 2 berperan sebagai Pimpinan Unit Organisasi").
norm(d9_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D9')], [semua], asisten),
     "Lampiran BAB II huruf D angka 9",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Asisten").
norm(d9_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('D9')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf D angka 9",
     "Kepala Bagian yang merupakan Pejabat Level 3 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi").
norm(d10_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('D10')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf D angka 10",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Kepala Bagian").
norm(d10_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('D10')], [semua], 'kepala-bagian'),
     "Lampiran BAB II huruf D angka 10",
     "Kepala Bagian yang merupakan Pejabat Level 3 juga berperan sebagai Pimpinan Unit Organisasi").

% Pemilik kinerja: the requesting Pimpinan Unit Organisasi is "pemilik kinerja"
norm(l2a3_2a_pemilik,
     peran('pemilik-kinerja', [semua], [semua], [semua], 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf a)",
     "Pimpinan Unit Organisasi pemilik kinerja").

                 /*******************************
                 *          REPORTING            *
                 *******************************/

norm(p15_individu,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', langsung),
     "Pasal 15",
     "melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi").
norm(p16_1_anggota,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Pasal 16 ayat (1)",
     "yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim").
norm(p16_2_ketua,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Pasal 16 ayat (2)",
     "yang berperan sebagai ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara berkala").
% Lampiran BAB II huruf B angka 3: accountability to both PPK and PUO
norm(lb3_individu_ppk,
     melapor(individu, [semua], 'pejabat-penilai-kinerja', tidak_disebut),
     "Lampiran BAB II huruf B angka 3",
     "Pertanggungjawaban pelaksanaan tugas dilakukan kepada Pejabat Penilai Kinerja maupun Pimpinan Unit Organisasi").
norm(lb3_individu_puo,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Lampiran BAB II huruf B angka 3",
     "Pertanggungjawaban pelaksanaan tugas dilakukan kepada Pejabat Penilai Kinerja maupun Pimpinan Unit Organisasi").
norm(lb3_ketua_ppk,
     melapor('ketua-tim', [semua], 'pejabat-penilai-kinerja', tidak_disebut),
     "Lampiran BAB II huruf B angka 3",
     "Pertanggungjawaban pelaksanaan tugas dilakukan kepada Pejabat Penilai Kinerja maupun Pimpinan Unit Organisasi").
norm(lb3_ketua_puo,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Lampiran BAB II huruf B angka 3",
     "Pertanggungjawaban pelaksanaan tugas dilakukan kepada Pejabat Penilai Kinerja maupun Pimpinan Unit Organisasi").
% Lampiran BAB II huruf B angka 4#2 (Pertanggungjawaban Pelaksanaan Tugas)
norm(l4a_individu,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', langsung),
     "Lampiran BAB II huruf B angka 4#2 huruf a",
     "melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi").
norm(l4b1_anggota,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Lampiran BAB II huruf B angka 4#2 huruf b angka 1)",
     "yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim").
norm(l4b2_ketua,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Lampiran BAB II huruf B angka 4#2 huruf b angka 2)",
     "yang berperan sebagai ketua tim kemudian melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi").
% Tanggung jawab items that are reports
norm(tj_c5_ketua_ppk,
     melapor('ketua-tim', [semua], 'pejabat-penilai-kinerja', tidak_disebut),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 5)",
     "melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan").
norm(tj_c5_ketua_puo,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 5)",
     "melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan").
norm(tj_d3_anggota,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Lampiran BAB II huruf B angka 3#3 huruf d#2 angka 3)",
     "melaporkan hasil kerjanya kepada ketua tim").

norm(p16_3_meminta_laporan,
     wewenang('meminta-laporan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 16 ayat (3)",
     "Pimpinan Unit Organisasi secara sewaktu-waktu berwenang untuk meminta laporan kepada ketua tim dan/atau anggota tim kerja").

                 /*******************************
                 *   PENUGASAN: WHO MAY ASSIGN   *
                 *******************************/

norm(p12_2_ppk,
     wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
     "Pasal 12 ayat (2)",
     "penugasan langsung kepada Pejabat Fungsional atau pelaksana oleh Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi").
norm(p12_2_puo,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Pasal 12 ayat (2)",
     "penugasan langsung kepada Pejabat Fungsional atau pelaksana oleh Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi").
norm(p12_4_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Pasal 12 ayat (4)",
     "ditetapkan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi").
norm(p12_4_puo,
     wewenang('penetapan-penugasan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 12 ayat (4)",
     "ditetapkan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi").
norm(l2_penetapan_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3",
     "Atas usulan dari Pimpinan Unit Organisasi, Pejabat Penilai Kinerja menugaskan Pejabat Fungsional dan pelaksana").
norm(l2d_penetapan_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf d",
     "ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usulan dari Pimpinan Unit Organisasi").
norm(sp_a_penilaian,
     wewenang('penilaian-kinerja', semua, 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#2",
     "Penilaian kinerja JF dan pelaksana dilakukan oleh pejabat level I selaku Pejabat Penilai Kinerja").
% Lampiran BAB II huruf B angka 2#3 huruf a ("diberikan oleh Pejabat Penilai
% Kinerja atau Pimpinan Unit Organisasi") and huruf a#3 ("langsung dari Pejabat
% Penilai Kinerja dan/atau Pimpinan Unit Organisasi") restate Pasal 12 ayat (2);
% they are not repeated here, as two provisions each naming both would read as
% a conflict between them.
norm(l2a3_1_dalam_unit,
     wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 1",
     "dilakukan langsung oleh Pimpinan Unit Organisasi bersangkutan").
norm(l2a3_2c_lintas_unit,
     wewenang(penunjukan, 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf c)",
     "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat penugasan untuk menugaskan").
norm(l2a3_3e_lintas_pd_ppk,
     wewenang(penunjukan, 'lintas-perangkat-daerah', 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
norm(l2a3_3e_lintas_pd_puo,
     wewenang(penunjukan, 'lintas-perangkat-daerah', 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
% Pengajuan sukarela: who approves
norm(l2b3_1_setuju_puo,
     wewenang('persetujuan-pengajuan-sukarela', 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 1)",
     "Apabila Pimpinan Unit Organisasi menyetujui, maka Pimpinan Unit Organisasi menugaskan Pejabat Fungsional atau pelaksana").
norm(l2b3_2_setuju_puo_dituju,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pimpinan-unit-organisasi-dituju'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2)",
     "Apabila Pimpinan Unit Organisasi dituju menyetujui").
norm(l2b3_2_setuju_ppk,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2)",
     "Apabila Pejabat Penilai Kinerja bersangkutan menyetujui").

                 /*******************************
                 *          INSTRUMENTS          *
                 *******************************/

% Lampiran BAB II huruf B angka 2#3 ("diberikan surat penugasan dan/atau bukti
% penugasan tertulis lainnya") does not say who issues them: not encoded.
% In wewenang/instrumen claims the Pejabat Penilai Kinerja / Pimpinan Unit
% Organisasi "dimana Pejabat Fungsional atau pelaksana berada" is the official's
% own one, so the plain role ids are used; the routing steps keep -asal/-pemohon.
norm(l2a3_2c_surat,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf c)",
     "menyusun surat penugasan untuk menugaskan Pejabat Fungsional atau pelaksana").
norm(l2a3_3e_surat,
     instrumen(semua, 'lintas-perangkat-daerah', 'surat-penugasan', 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan secara tertulis").
norm(l2a3_3e_bukti,
     instrumen(semua, 'lintas-perangkat-daerah', 'bukti-penugasan-lainnya', 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan secara tertulis").
norm(l2b3_1_surat,
     instrumen(semua, 'dalam-unit', 'surat-penugasan', 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 1)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan").
norm(l2b3_2_surat,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pejabat-penilai-kinerja'),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2)",
     "Pejabat Penilai Kinerja menyusun surat penugasan untuk menugaskan Pejabat Fungsional atau pelaksana").

                 /*******************************
                 *  PER PATTERN (di/2): REPORTS  *
                 *******************************/

% Tahap pelaksanaan of each pattern of Lampiran BAB II huruf D (huruf b):
% "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan
% kepada <X> oleh individu atau ketua tim".  X is kept as the text names it
% (a post, not the role the pattern gives that post); the text does not say
% "secara langsung", so the mode is tidak_disebut.  In D2 X is the Pejabat
% Pimpinan Tinggi Pratama although the pattern makes the Pejabat
% Administrator Pejabat Penilai Kinerja and Pimpinan Unit Organisasi.
norm(d1b_individu,
     di([pola('D1')], melapor(individu, [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran BAB II huruf D angka 1 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Administrator oleh individu atau ketua tim").
norm(d1b_ketua,
     di([pola('D1')], melapor('ketua-tim', [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran BAB II huruf D angka 1 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Administrator oleh individu atau ketua tim").
norm(d2b_individu,
     di([pola('D2')], melapor(individu, [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran BAB II huruf D angka 2 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(d2b_ketua,
     di([pola('D2')], melapor('ketua-tim', [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran BAB II huruf D angka 2 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(d3b_individu,
     di([pola('D3')], melapor(individu, [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran BAB II huruf D angka 3 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(d3b_ketua,
     di([pola('D3')], melapor('ketua-tim', [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran BAB II huruf D angka 3 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(d4b_individu,
     di([pola('D4')], melapor(individu, [semua], 'pejabat-pengawas', tidak_disebut)),
     "Lampiran BAB II huruf D angka 4 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim").
norm(d4b_ketua,
     di([pola('D4')], melapor('ketua-tim', [semua], 'pejabat-pengawas', tidak_disebut)),
     "Lampiran BAB II huruf D angka 4 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim").
norm(d5b_individu,
     di([pola('D5')], melapor(individu, [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran BAB II huruf D angka 5 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Administrator oleh individu atau ketua tim").
norm(d5b_ketua,
     di([pola('D5')], melapor('ketua-tim', [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran BAB II huruf D angka 5 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Administrator oleh individu atau ketua tim").
norm(d6b_individu,
     di([pola('D6')], melapor(individu, [semua], 'pejabat-pengawas', tidak_disebut)),
     "Lampiran BAB II huruf D angka 6 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim").
norm(d6b_ketua,
     di([pola('D6')], melapor('ketua-tim', [semua], 'pejabat-pengawas', tidak_disebut)),
     "Lampiran BAB II huruf D angka 6 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim").
norm(d7b_individu,
     di([pola('D7')], melapor(individu, [semua], 'pejabat-fungsional', tidak_disebut)),
     "Lampiran BAB II huruf D angka 7 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Fungsional yang memimpin unit organisasi oleh individu atau ketua tim").
norm(d7b_ketua,
     di([pola('D7')], melapor('ketua-tim', [semua], 'pejabat-fungsional', tidak_disebut)),
     "Lampiran BAB II huruf D angka 7 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Pejabat Fungsional yang memimpin unit organisasi oleh individu atau ketua tim").
norm(d8b_individu,
     di(['sekretariat-daerah', pola('D8')], melapor(individu, [semua], asisten, tidak_disebut)),
     "Lampiran BAB II huruf D angka 8 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Asisten oleh individu atau ketua tim").
norm(d8b_ketua,
     di(['sekretariat-daerah', pola('D8')], melapor('ketua-tim', [semua], asisten, tidak_disebut)),
     "Lampiran BAB II huruf D angka 8 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Asisten oleh individu atau ketua tim").
norm(d9b_individu,
     di(['sekretariat-daerah', pola('D9')], melapor(individu, [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran BAB II huruf D angka 9 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Kepala Bagian oleh individu atau ketua tim").
norm(d9b_ketua,
     di(['sekretariat-daerah', pola('D9')], melapor('ketua-tim', [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran BAB II huruf D angka 9 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Kepala Bagian oleh individu atau ketua tim").
norm(d10b_individu,
     di(['sekretariat-daerah', pola('D10')], melapor(individu, [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran BAB II huruf D angka 10 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Kepala bagian oleh individu atau ketua tim").
norm(d10b_ketua,
     di(['sekretariat-daerah', pola('D10')], melapor('ketua-tim', [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran BAB II huruf D angka 10 huruf b",
     "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target, disampaikan kepada Kepala bagian oleh individu atau ketua tim").

                 /*******************************
                 * PER PATTERN (di/2): PENUGASAN *
                 *******************************/

% Struktur penugasan (Lampiran BAB II huruf B angka 2#3 huruf a#2 - f#2),
% "contoh penggambaran struktur penugasan dalam satu unit organisasi": who
% gives the Pejabat Fungsional and pelaksana their penugasan (penunjukan,
% scope dalam-unit).  A "Pejabat Level I/II" is not a post: where the
% structure says what role that level plays, the role is used; a named post
% (Asisten, Kepala Bagian) is kept.
norm(spa_penunjukan_puo,
     di([pola('D1'), pola('D4')], wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi')),
     "Lampiran BAB II huruf B angka 2#3 huruf a#2",
     "Pejabat Fungsional dan pelaksana menerima penugasan dari Pejabat level II selaku pimpinan unit organisasi").
norm(spb_penunjukan_ppk,
     di([pola('D2')], wewenang(penunjukan, 'dalam-unit', 'pejabat-penilai-kinerja')),
     "Lampiran BAB II huruf B angka 2#3 huruf b#2",
     "Pejabat Level II akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana").
norm(spb_penunjukan_puo,
     di([pola('D2')], wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi')),
     "Lampiran BAB II huruf B angka 2#3 huruf b#2",
     "Pejabat Level II akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana").
norm(spc_penunjukan_ppk,
     di([pola('D3'), pola('D5'), pola('D6'), pola('D7')],
        wewenang(penunjukan, 'dalam-unit', 'pejabat-penilai-kinerja')),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2",
     "Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana").
norm(spc_penunjukan_puo,
     di([pola('D3'), pola('D5'), pola('D6'), pola('D7')],
        wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi')),
     "Lampiran BAB II huruf B angka 2#3 huruf c#2",
     "Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana").
norm(spd_penunjukan_asisten,
     di(['sekretariat-daerah', pola('D8')], wewenang(penunjukan, 'dalam-unit', asisten)),
     "Lampiran BAB II huruf B angka 2#3 huruf d#2",
     "Pejabat Fungsional dan pelaksana menerima penugasan dari Asisten selaku pimpinan unit organisasi").
norm(spe_penunjukan_kabag,
     di(['sekretariat-daerah', pola('D9')], wewenang(penunjukan, 'dalam-unit', 'kepala-bagian')),
     "Lampiran BAB II huruf B angka 2#3 huruf e#2",
     "Pejabat Fungsional dan pelaksana menerima penugasan dari Kepala Kepala Bagian selaku pimpinan unit organisasi").
norm(spf_penunjukan_kabag,
     di(['sekretariat-daerah', pola('D10')], wewenang(penunjukan, 'dalam-unit', 'kepala-bagian')),
     "Lampiran BAB II huruf B angka 2#3 huruf f#2",
     "Kepala Bagian akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana").

% Tahap perencanaan of the patterns (Lampiran BAB II huruf D angka N huruf a):
% "<PPK> atas rekomendasi <PUO> menugaskan Pejabat Fungsional dan pelaksana
% untuk membantu pelaksanaan tugas <PUO>", the penugasan of huruf B angka 2#3
% huruf d ("ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usulan
% dari Pimpinan Unit Organisasi"), so penetapan-penugasan as l2d_penetapan_ppk;
% within the unit (lintas unit "harus melalui proses permohonan pelibatan").
% Only D1, D4, D8 and D9 say it; D8 without "atas rekomendasi".
norm(d1a_penetapan,
     di([pola('D1')], wewenang('penetapan-penugasan', 'dalam-unit', 'pejabat-pimpinan-tinggi-pratama')),
     "Lampiran BAB II huruf D angka 1 huruf a",
     "Pejabat Pimpinan Tinggi Pratama atas rekomendasi Pejabat Administrator menugaskan Pejabat Fungsional dan pelaksana").
norm(d4a_penetapan,
     di([pola('D4')], wewenang('penetapan-penugasan', 'dalam-unit', 'pejabat-administrator')),
     "Lampiran BAB II huruf D angka 4 huruf a",
     "Pejabat Administrator atas rekomendasi Pejabat Pengawas menugaskan Pejabat Fungsional dan pelaksana").
norm(d8a_penetapan,
     di(['sekretariat-daerah', pola('D8')], wewenang('penetapan-penugasan', 'dalam-unit', 'sekretaris-daerah')),
     "Lampiran BAB II huruf D angka 8 huruf a",
     "Sekretaris Daerah menugaskan Pejabat Fungsional dan pelaksana untuk membantu pelaksanaan tugas Asisten").
norm(d9a_penetapan,
     di(['sekretariat-daerah', pola('D9')], wewenang('penetapan-penugasan', 'dalam-unit', asisten)),
     "Lampiran BAB II huruf D angka 9 huruf a",
     "Asisten atas rekomendasi Kepala Bagian menugaskan Pejabat Fungsional dan pelaksana").

                 /*******************************
                 *   ROUTING: PENUNJUKAN LINTAS  *
                 *******************************/

% Lintas unit organisasi (Lampiran ... huruf a#3 angka 2 huruf a) - e));
% steps 3 and 4 are the two outcomes (agreement / refusal).
norm(lu_1,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pejabat-penilai-kinerja-asal', ['pejabat-penilai-kinerja-pemohon'])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf a)",
     "Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan").
norm(lu_2,
     langkah('permohonan-pelibatan', 'lintas-unit', 2,
             step('pejabat-penilai-kinerja-asal', menjawab, 'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf b)",
     "memproses dan menjawab permohonan pelibatan Pejabat Fungsional atau pelaksana tersebut").
norm(lu_3,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pejabat-penilai-kinerja-asal', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf c)",
     "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat penugasan untuk menugaskan Pejabat Fungsional atau pelaksana").
norm(lu_4,
     langkah('permohonan-pelibatan', 'lintas-unit', 4,
             step('pejabat-penilai-kinerja-asal', 'menolak-dengan-alasan', 'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf d)",
     "menjawab surat permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan").
norm(lu_5,
     langkah('permohonan-pelibatan', 'lintas-unit', 5,
             step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 2 huruf e)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab").

% Lintas Perangkat Daerah (Lampiran ... huruf a#3 angka 3 huruf a) - e))
norm(lpd_1,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pejabat-yang-berwenang-pemohon', ['pejabat-penilai-kinerja-pemohon'])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf a)",
     "mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat yang Berwenang dengan tembusan Pejabat Penilai Kinerja bersangkutan di instansinya").
norm(lpd_2,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 2,
             step('pejabat-yang-berwenang-pemohon', 'mengajukan-permohonan',
                  'pejabat-yang-berwenang-dituju', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf b)",
     "Pejabat yang Berwenang tersebut mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana tersebut kepada Pejabat yang Berwenang instansi yang dituju").
norm(lpd_3,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 3,
             step('pejabat-yang-berwenang-dituju', menginstruksikan,
                  'pejabat-penilai-kinerja-asal', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf c)",
     "Pejabat yang Berwenang perangkat daerah yang dituju menginstruksikan Pejabat Penilai Kinerja Pejabat Fungsional atau pelaksana untuk menugaskan").
norm(lpd_4,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 4,
             step('pejabat-penilai-kinerja-asal', menjawab, 'pejabat-yang-berwenang-dituju', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf d)",
     "Pejabat Penilai Kinerja dengan rekomendasi Pimpinan Unit Organisasi dimana Pejabat Fungsional atau pelaksana berada menjawab ketersediaan").
norm(lpd_5,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 5,
             step('pejabat-penilai-kinerja-asal', 'menyampaikan-jawaban', 'pejabat-yang-berwenang-dituju', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pejabat Penilai Kinerja dituju mengirimkan surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional atau pelaksana yang ditugaskan kepada Pejabat yang Berwenang").
norm(lpd_6,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 6,
             step('pejabat-yang-berwenang-dituju', menjawab, 'pejabat-yang-berwenang-pemohon', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pejabat yang Berwenang mengirimkan surat jawaban permohonan kepada Pejabat yang Berwenang pemohon").
norm(lpd_7,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 7,
             step('pejabat-penilai-kinerja-asal', menugaskan, pegawai, [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "maka Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
norm(lpd_8,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 8,
             step('pimpinan-unit-organisasi-asal', 'menerbitkan-penugasan', pegawai,
                  ['pejabat-yang-berwenang-dituju', 'pejabat-penilai-kinerja-asal',
                   'pejabat-yang-berwenang-pemohon'])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "dengan tembusan Pejabat yang Berwenang instansi bersangkutan, Pejabat Penilai Kinerja bersangkutan, dan Pejabat yang Berwenang instansi pemohon").
norm(lpd_9,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 9,
             step(pegawai, 'menerima-penugasan', 'pimpinan-unit-organisasi-asal', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab").

                 /*******************************
                 *  ROUTING: PENGAJUAN SUKARELA  *
                 *******************************/

norm(su_1,
     langkah('pengajuan-sukarela', 'dalam-unit', 1,
             step(pegawai, 'menyampaikan-keinginan-lisan', 'pimpinan-unit-organisasi', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 1) huruf a)",
     "menyampaikan keinginannya secara lisan untuk dapat terlibat dalam pelaksanaan kinerja tertentu kepada Pimpinan Unit Organisasi").
norm(su_2,
     langkah('pengajuan-sukarela', 'dalam-unit', 2,
             step('pimpinan-unit-organisasi', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 1) huruf b)",
     "Apabila Pimpinan Unit Organisasi menyetujui, maka Pimpinan Unit Organisasi menugaskan Pejabat Fungsional atau pelaksana").
norm(su_3,
     langkah('pengajuan-sukarela', 'dalam-unit', 3,
             step(pegawai, 'menerima-penugasan', 'pimpinan-unit-organisasi', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 1) huruf c)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab").
norm(sl_1,
     langkah('pengajuan-sukarela', 'lintas-unit', 1,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi-dituju',
                  ['pejabat-penilai-kinerja-asal', 'pimpinan-unit-organisasi-asal'])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2) huruf a)",
     "menyampaikan surat permohonan untuk dapat dilibatkan dalam pelaksanaan kinerja kepada Pimpinan Unit Organisasi dituju dengan tembusan Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan").
norm(sl_2,
     langkah('pengajuan-sukarela', 'lintas-unit', 2,
             step('pimpinan-unit-organisasi-dituju', menyetujui, pegawai, [])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2) huruf b)",
     "Apabila Pimpinan Unit Organisasi dituju menyetujui").
norm(sl_3,
     langkah('pengajuan-sukarela', 'lintas-unit', 3,
             step(pegawai, 'mengajukan-permohonan', 'pejabat-penilai-kinerja-asal',
                  ['pimpinan-unit-organisasi-asal'])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2) huruf b)",
     "menyampaikan surat permohonan persetujuan yang telah disetujui oleh Pimpinan Unit Organisasi yang dituju kepada Pejabat Penilai Kinerja dengan tembusan Pimpinan Unit Organisasi bersangkutan").
norm(sl_4,
     langkah('pengajuan-sukarela', 'lintas-unit', 4,
             step('pejabat-penilai-kinerja-asal', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2) huruf c)",
     "Apabila Pejabat Penilai Kinerja bersangkutan menyetujui maka kemudian Pejabat Penilai Kinerja menyusun surat penugasan").
norm(sl_5,
     langkah('pengajuan-sukarela', 'lintas-unit', 5,
             step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran BAB II huruf B angka 2#3 huruf b#3 angka 2) huruf d)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab").

                 /*******************************
                 *       TIM KERJA, KETUA TIM    *
                 *******************************/

norm(p11_3_asal_lintas_unit,
     ketua_tim(asal('lintas-unit'), diutamakan, 'unit-pemilik-kinerja'),
     "Pasal 11 ayat (3)",
     "yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja").
norm(p11_3_asal_lintas_pd,
     ketua_tim(asal('lintas-perangkat-daerah'), diutamakan, 'unit-pemilik-kinerja'),
     "Pasal 11 ayat (3)",
     "yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja").
norm(l3d_asal_lintas_unit,
     ketua_tim(asal('lintas-unit'), diutamakan, 'unit-pemilik-kinerja'),
     "Lampiran BAB II huruf B angka 3#3 huruf d",
     "yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja tersebut").
norm(l3d_asal_lintas_pd,
     ketua_tim(asal('lintas-perangkat-daerah'), diutamakan, 'unit-pemilik-kinerja'),
     "Lampiran BAB II huruf B angka 3#3 huruf d",
     "yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja tersebut").
%   Lampiran BAB II huruf B angka 6 huruf c) huruf e: in a unit that still
%   has more than two levels, where the JF and Pelaksana are placed under
%   level 1 or 2, the level 3 and level 4 officials (Pejabat Pengawas in a
%   unit led by a JPT Pratama) coordinate their work "seperti ketua tim":
%   a ketua tim by post, under that condition only
norm(l6ce_ketua_level34,
     ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf e",
     "pejabat level 3 dan/atau pejabat level 4 menjadi pelaksana koordinasi pelaksanaan tugas Pejabat Fungsional dan pelaksana seperti ketua tim").
norm(l6ce_syarat,
     syarat(l6ce_ketua_level34, "unit organisasi yang masih memiliki lebih dari dua level struktur, bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1 atau pejabat level 2"),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf e",
     "bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1 atau pejabat level 2").
norm(l3c_jabatan,
     ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
     "Lampiran BAB II huruf B angka 3#3 huruf c",
     "dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja berdasarkan keahlian dan/atau keterampilan").
norm(l3c_penetapan,
     wewenang('penetapan-ketua-tim', semua, 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 3#3 huruf c",
     "pimpinan unit organisasi dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja").
norm(l3e_pembentukan,
     wewenang('pembentukan-tim', semua, 'pimpinan-unit-organisasi'),
     "Lampiran BAB II huruf B angka 3#3 huruf e",
     "Jumlah tim kerja dan jumlah Pejabat Fungsional dan pelaksana dalam tim kerja merupakan strategi dari Pimpinan Unit Organisasi").

                 /*******************************
                 *           DURATIONS           *
                 *******************************/

norm(p1_12_durasi,
     durasi(penugasan, sesuai("periode waktu tertentu")),
     "Pasal 1 angka 12",
     "di bawah Pimpinan Unit Organisasi dalam periode waktu tertentu").
norm(l2a3_durasi_pelibatan,
     durasi(pelibatan, sesuai("durasi pelibatan Pejabat Fungsional dan pelaksana")),
     "Lampiran BAB II huruf B angka 2#3 huruf a#3 angka 3 huruf e) angka 4)",
     "durasi pelibatan Pejabat Fungsional dan pelaksana").

                 /*******************************
                 *        TANGGUNG JAWAB         *
                 *******************************/

% Added (issue 14 self-check): Pasal 20 ayat (1) "Kepala Perangkat Daerah
% memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagi
% pakai", a duty as Tabalong Pasal 21 ayat (3) and Pekalongan Pasal 28
% ayat (3) encode the same sentence.
norm(p20_1, tanggung_jawab('kepala-perangkat-daerah', "memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagi pakai"),
     "Pasal 20 ayat (1)",
     "memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagi pakai").

norm(tj_a1, tanggung_jawab('pejabat-penilai-kinerja', "menyusun dan menetapkan *roadmap* dan rencana kerja organisasi"),
     "Lampiran BAB II huruf B angka 3#3 huruf a#3 angka 1)",
     "menyusun dan menetapkan *roadmap* dan rencana kerja organisasi").
norm(tj_a2, tanggung_jawab('pejabat-penilai-kinerja', "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi"),
     "Lampiran BAB II huruf B angka 3#3 huruf a#3 angka 2)",
     "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi").
norm(tj_a3, tanggung_jawab('pejabat-penilai-kinerja', "memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumberdaya yang optimal"),
     "Lampiran BAB II huruf B angka 3#3 huruf a#3 angka 3)",
     "memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumberdaya yang optimal").
norm(tj_a4, tanggung_jawab('pejabat-penilai-kinerja', "memastikan pengambilan keputusan yang tepat dan efektif"),
     "Lampiran BAB II huruf B angka 3#3 huruf a#3 angka 4)",
     "memastikan pengambilan keputusan yang tepat dan efektif").
norm(tj_a5, tanggung_jawab('pejabat-penilai-kinerja', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar unit organisasi"),
     "Lampiran BAB II huruf B angka 3#3 huruf a#3 angka 5)",
     "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar unit organisasi").
norm(tj_b1, tanggung_jawab('pimpinan-unit-organisasi', "menyusun dan menetapkan rencana kegiatan"),
     "Lampiran BAB II huruf B angka 3#3 huruf b#3 angka 1)",
     "menyusun dan menetapkan rencana kegiatan").
norm(tj_b2, tanggung_jawab('pimpinan-unit-organisasi', "menyediakan dukungan sumberdaya untuk pelaksanaan kegiatan"),
     "Lampiran BAB II huruf B angka 3#3 huruf b#3 angka 2)",
     "menyediakan dukungan sumberdaya untuk pelaksanaan kegiatan").
norm(tj_b3, tanggung_jawab('pimpinan-unit-organisasi', "memberikan arahan terpadu, input, dan feedback atas pelaksanaan kegiatan"),
     "Lampiran BAB II huruf B angka 3#3 huruf b#3 angka 3)",
     "memberikan arahan terpadu, input, dan feedback atas pelaksanaan kegiatan").
norm(tj_b4, tanggung_jawab('pimpinan-unit-organisasi', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar tim"),
     "Lampiran BAB II huruf B angka 3#3 huruf b#3 angka 4)",
     "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar tim").
norm(tj_b5, tanggung_jawab('pimpinan-unit-organisasi', "melakukan monitoring dan evaluasi pelaksanaan tugas tim"),
     "Lampiran BAB II huruf B angka 3#3 huruf b#3 angka 5)",
     "melakukan monitoring dan evaluasi pelaksanaan tugas tim").
norm(tj_c1, tanggung_jawab('ketua-tim', "menyusun rincian pelaksanaan kegiatan"),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 1)",
     "menyusun rincian pelaksanaan kegiatan").
norm(tj_c2, tanggung_jawab('ketua-tim', "membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/atau keterampilan"),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 2)",
     "membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/atau keterampilan").
norm(tj_c3, tanggung_jawab('ketua-tim', "melaksanakan kegiatan sesuai dengan perencanaan"),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 3)",
     "melaksanakan kegiatan sesuai dengan perencanaan").
norm(tj_c4, tanggung_jawab('ketua-tim', "memberikan umpan balik berkala kepada anggota tim"),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 4)",
     "memberikan umpan balik berkala kepada anggota tim").
norm(tj_c5, tanggung_jawab('ketua-tim', "melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja pejabat fungsional dan pelaksana"),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 5)",
     "melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja pejabat fungsional dan pelaksana").
norm(tj_c6, tanggung_jawab('ketua-tim', "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim"),
     "Lampiran BAB II huruf B angka 3#3 huruf c#3 angka 6)",
     "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim").
norm(tj_d1, tanggung_jawab('anggota-tim', "menyusun rencana kerja individu"),
     "Lampiran BAB II huruf B angka 3#3 huruf d#2 angka 1)",
     "menyusun rencana kerja individu").
norm(tj_d2, tanggung_jawab('anggota-tim', "melaksanakan kinerja sesuai ekspektasi ketua tim"),
     "Lampiran BAB II huruf B angka 3#3 huruf d#2 angka 2)",
     "melaksanakan kinerja sesuai ekspektasi ketua tim").
norm(tj_d3, tanggung_jawab('anggota-tim', "melaporkan hasil kerjanya kepada ketua tim"),
     "Lampiran BAB II huruf B angka 3#3 huruf d#2 angka 3)",
     "melaporkan hasil kerjanya kepada ketua tim").

                 /*******************************
                 *  POLA: CONTOH PENGGAMBARAN   *
                 *******************************/

%   The ten examples of Lampiran BAB II huruf D, on which the pattern
%   norms below are written as pola('D1')..pola('D10'), and the kedudukan
%   example of Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 2),
%   pola('B1b2'): each selectable as a unit (unit=pola-d1 ... pola-d10,
%   pola-b1b2); the heading is the label.

norm(pola_b1b2, pola_bernama('pola-b1b2', 'B1b2'),
     "Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 2)",
     "Pejabat Pengawas sebagai Pejabat Penilai Kinerja").
norm(pola_d1, pola_bernama('pola-d1', 'D1'),
     "Lampiran BAB II huruf D angka 1",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Pimpinan Tinggi Pratama\n(Unit Organisasi dengan 2 Level Struktur, Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja dan Pejabat Administrator sebagai Pimpinan Unit Organisasi)").
norm(pola_d2, pola_bernama('pola-d2', 'D2'),
     "Lampiran BAB II huruf D angka 2",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Pimpinan Tinggi Pratama\n(Unit Organisasi dengan 2 Level Struktur, Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi)").
norm(pola_d3, pola_bernama('pola-d3', 'D3'),
     "Lampiran BAB II huruf D angka 3",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Jabatan Pimpinan Tinggi Pratama\n(Unit Organisasi dengan 1 Level Struktur, JPT Pratama sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi)").
norm(pola_d4, pola_bernama('pola-d4', 'D4'),
     "Lampiran BAB II huruf D angka 4",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Administrator\n(Unit Organisasi dengan 2 Level Struktur, Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pejabat Pengawas sebagai Pimpinan Unit Organisasi)").
norm(pola_d5, pola_bernama('pola-d5', 'D5'),
     "Lampiran BAB II huruf D angka 5",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Administrator\n(Unit Organisasi dengan 1 Level Struktur, Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi)").
norm(pola_d6, pola_bernama('pola-d6', 'D6'),
     "Lampiran BAB II huruf D angka 6",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Pengawas\n(Unit Organisasi dengan 1 Level Struktur, Pejabat Pengawas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi)").
norm(pola_d7, pola_bernama('pola-d7', 'D7'),
     "Lampiran BAB II huruf D angka 7",
     "Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Fungsional\n(Unit Organisasi dengan 1 Level Struktur, Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi)").
norm(pola_d8, pola_bernama('pola-d8', 'D8'),
     "Lampiran BAB II huruf D angka 8",
     "Mekanisme Kerja pada Sekretariat Daerah\n(Sekretaris Daerah sebagai Pejabat Penilai Kinerja dan Asisten sebagai Pimpinan Unit Organisasi)").
norm(pola_d9, pola_bernama('pola-d9', 'D9'),
     "Lampiran BAB II huruf D angka 9",
     "Mekanisme Kerja pada Sekretariat Daerah Kabupaten Lombok Barat\n(Asisten sebagai Pejabat Penilai Kinerja dan Kepala Bagian sebagai Pimpinan Unit Organisasi)").
norm(pola_d10, pola_bernama('pola-d10', 'D10'),
     "Lampiran BAB II huruf D angka 10",
     "Mekanisme Kerja pada Sekretariat Daerah Pemerintah Kabupaten Lombok Barat\n(Kepala Bagian sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi)").
