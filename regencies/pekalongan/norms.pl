/*  Part of perbup-kb

    Norms of Peraturan Bupati Pekalongan Nomor 52 Tahun 2024 tentang
    Sistem Kerja di Lingkungan Pemerintah Daerah.

    Encoded: kedudukan (Pasal 7 ayat (3), Pasal 27 ayat (4); Lampiran BAB
    III angka 3.1 and its Tabel 3.1-3.15, Lampiran BAB IV angka 4.3);
    penunjukan, pengajuan sukarela and penetapan penugasan with their
    instruments (Pasal 1 angka 31-33, Pasal 10-13, 15-16; Lampiran BAB II
    angka 1 huruf a, BAB IV angka 4.1-4.2); the routing of a permohonan
    pelibatan lintas Unit Organisasi (Pasal 15 ayat (3)-(4); Lampiran BAB
    IV angka 4.1 huruf b and angka 4.1.3) and lintas Instansi Pemerintah
    (Pasal 15 ayat (5); Lampiran BAB IV angka 4.1 huruf c) and the steps
    of pengajuan sukarela (Pasal 16; Lampiran BAB IV angka 4.2), numbered
    on one time line per routing so that the Pasal and the Lampiran line
    up step by step; tim kerja and Kelompok Kerja (squad) rules (Pasal 13,
    Pasal 29; Lampiran BAB V huruf c-d); durations (Pasal 1 angka 31-33,
    Pasal 11 ayat (2), Pasal 12 ayat (4)); reporting (Pasal 24-25;
    Lampiran BAB VI); tanggung jawab (Pasal 22 ayat (3)-(6), Pasal 30
    ayat (1), and the duties of Pasal 20 ayat (1) and Pasal 28 ayat (3);
    Lampiran BAB IV angka 4.1.3 angka 3 huruf d).

    Per-unit statements (di/2): the only melapor, wewenang or instrumen
    the text states for one unit are Lampiran BAB VI angka 1 huruf b
    ("Khusus pada Sekretariat Daerah", a JF Madya working individually
    reports "melalui Pejabat Penilai Kinerja dan Kepala Bagian": two
    di(['sekretariat-daerah'], melapor(...)) facts, one per intermediary,
    since melalui/1 names one holder and the "dan" cannot be kept) and
    Pasal 27 ayat (4) (penilaian kinerja of JF Madya "pada Sekretariat
    Daerah" by the Asisten: di(['sekretariat-daerah'], wewenang(...)), next
    to its peran fact; "Madya" and "dengan pertimbangan kepala bagian" are
    lost as for ayat (3)).  The Lampiran's per-unit patterns (Tabel
    3.1-3.15, BAB IV angka 4.3) state kedudukan and roles only; who
    assigns, with which document and to whom one reports in a Kecamatan,
    RSUD, UPTD, Puskesmas or Satuan Pendidikan follows from the general
    provisions, resolved through the roles of the unit's table.

    Unit kinds and patterns.  Tabel 3.3 (Dinas/Badan "2 level") and Tabel
    3.5 ("Unit Organisasi 3 level" led by Kepala Badan/ Dinas) never
    contradict each other and are both encoded on [dinas, badan].  The
    Lampiran distinguishes RSUD Tipe B/C/D (Tabel 3.8-3.10), UPTD Tipe A/B
    (Tabel 3.12, 3.14), Satuan Pendidikan led by a Kepala Sekolah or a
    Kepala SPNF (Tabel 3.15) and "Unit Organisasi Dinas/Badan 1 Level"
    (BAB IV angka 4.3 huruf b): each is a unit_bernama with its own pola.
    A row that every variant of a kind states alike (e.g. Direktur for JF
    Madya/Utama in every RSUD) is encoded on the kind, one fact per table;
    a row that differs between variants is encoded on the variant's pola.
    The Dinas/Badan 1 Level variant has kind perangkat-daerah so that the
    2-/3-level tables and BAB IV angka 4.3 huruf a do not apply to it.
    Pasal 31 huruf v names RSUD Kraton "Kelas B" (pola none: the text
    does not say it is "Tipe B").  Satuan Pendidikan angka 1-3 (PAUD, SD,
    SMP) are taken to be led by the "Kepala Sekolah", angka 4 (Nonformal)
    by the "Kepala SPNF".

    Ids: "Pemilik Kinerja", "Pejabat Pemilik Kinerja", "Kepala Unit
    Organisasi (Pemilik Kinerja)" as an actor are encoded as
    pimpinan-unit-organisasi (Pasal 1 angka 28: Pemilik Kinerja adalah
    Pimpinan Unit Organisasi ...); in routing steps the unit that owns the
    performance is pimpinan-unit-organisasi-pemohon (also the unit applied
    to in pengajuan sukarela: "Pimpinan Unit Organisasi Pemilik Kinerja",
    "Pimpinan Unit Organisasi dituju") and the employee's own unit
    pimpinan-unit-organisasi-asal ("mitra kerja", "yang dituju dimana
    Pejabat Fungsional ... berada", "bersangkutan").  Kepala Badan/Kepala
    Dinas is kepala-perangkat-daerah; the table header "Pemilik Kinerja/
    Pimpinan Unit Organisasi" gives both roles, "Pemilik Kinerja/ Pimpinan
    Unit Kerja" (Puskesmas, UPTD, Satuan Pendidikan) gives
    pimpinan-unit-kerja and pemilik-kinerja (not Pimpinan Unit
    Organisasi).  Where a provision lists alternatives ("dan/atau") each
    alternative is its own fact.

    Conflicts kept as the text has them: Pasal 24 (individu reports
    "secara langsung" to the PUO) vs Lampiran BAB VI angka 1 huruf a
    ("secara langsung kepada Pimpinan Unit Organisasi melalui Pejabat
    Penilai Kinerja"); Pasal 25 ayat (2) (Ketua Tim reports through the
    Pimpinan Unit Kerja) vs Lampiran BAB VI angka 2 huruf b (through the
    Pejabat Penilai Kinerja); Pasal 1 angka 32 (Tim Kerja "lebih dari 1
    (satu) bulan, tetapi kurang dari 1 (satu) tahun", by Keputusan Kepala
    Unit Organisasi Pemilik Kinerja) vs Pasal 12 ayat (4) huruf b ("paling
    singkat 1 (satu) bulan, dan paling lama 1 (satu) tahun"; the lower
    bound is not encodable; its Keputusan against ayat (5)'s is resolved,
    below); Lampiran BAB VI angka 1 huruf b (Sekretariat Daerah, JF
    Madya individu: through the Pejabat Penilai Kinerja and the Kepala
    Bagian) vs Pasal 24 ("secara langsung") and vs Lampiran BAB VI angka 1
    huruf a (through the Pejabat Penilai Kinerja only): the text marks
    huruf b as the special rule ("Khusus pada Sekretariat Daerah"), the
    engine reports both since a scoped and an unscoped claim overlap on
    that unit; Pasal 1 angka 31 (squad by Keputusan Kepala Perangkat Daerah
    "atau Kepala Unit Organisasi") vs Pasal 12 ayat (3) (Keputusan Kepala
    Perangkat Daerah); Lampiran BAB IV angka 4.3 huruf a (in units led by
    a JPT Pratama every JF and Pelaksana is under the Administrator, who is
    their Pejabat Penilai Kinerja) vs Tabel 3.3-3.5 and Lampiran BAB III
    angka 3.1 huruf a (JF Ahli Madya/Utama under the Kepala Badan/Dinas /
    JPT Pratama; Pelaksana under the Kepala Sub Bagian/Sub Bidang/Seksi);
    Pasal 10 ayat (2) and Pasal 15 ayat (2) (penunjukan by the PUO, on the
    PPK's proposal) vs Lampiran BAB IV angka 4.1 (penunjukan "langsung dari
    Pejabat Penilai Kinerja dan/atau Pejabat Pemilik Kinerja"); Pasal 15
    ayat (5) (letter to the "Pimpinan Instansi Pemerintah"; the sender is
    not named and is read from ayat (4) as the PUO Pemilik Kinerja) vs
    Lampiran BAB IV angka 4.1 huruf c (to Bupati u.p. Sekretaris Daerah,
    who writes to the Pejabat yang berwenang of the other agency); Pasal
    16 ayat (2)-(3) vs Lampiran BAB IV angka 4.2.1-4.2.2 (the Lampiran adds
    the Pejabat Penilai Kinerja as addressee, approver and signer "dan/atau"
    the PUO, a second approval round, and addresses the surat penugasan to
    the PUO pemilik kinerja).

    Oddities (kept verbatim in the quotes): Pasal 1 angka 31 and 33 use
    "maksimal"; Pasal 10 ayat (2) ends its chapeau with " :"; Pasal 13
    ayat (2) cites "ayat (1) huruf a" (ayat (1) has no huruf); Pasal 16
    ayat (1) "sebagaimana dimaksud pada pasal 10" (pada for another Pasal,
    lower case); Pasal 16 ayat (3) huruf a "ybs"; Pasal 20 ayat (3) cites
    itself ("ayat (3)" for ayat (2)); Pasal 22 ayat (5) "f," for "f.";
    Pasal 28 ayat (3) "dimaksud dalam ayat (2)"; Pasal 7 ayat (4)
    "Penentuan kedudukan sebagaimana dimaksud pada ayat (1)" (ayat (1) is
    on the Pejabat Penilai Kinerja; kedudukan is ayat (2)-(3)); Pasal 15
    "Penunjukkan"; Pasal 18 "Pasal 9 sampai dengan Pasal 17" (Pasal 9 is on
    kedudukan) and Pasal 23 "Pasal 18 sampai dengan Pasal 22"; Pasal 29 ayat (1) speaks
    of "Ketua Tim (*squad*)" and "Ketua Tim Kerja sementara", ayat (2) of
    "Ketua Kelompok Kerja (*squad*) sementara"; Pasal 30 ayat (4)-(5)
    "ayat 1 (satu)"; Pasal 31 huruf d ends with "." inside the list; Lampiran title
    "NOMOR TAHUN 2024" (number missing); "reuiu" (BAB II angka 3);
    "Ketrampilan" (Tabel 3.1); "Asisten Sekretaris Daerah. JF Ahli Utama"
    (Tabel 3.1 baris 1, "." for ","); "Core Bussines"; "hasilkerja",
    "sumber dayayang" (BAB IV); two tables numbered 3.8 (RSUD Tipe B and
    Puskesmas: the second is Tabel 3.8#2), no Tabel 3.11 or 3.13, two
    pictures numbered Gambar 3.7 and Gambar 3.10 captioned "RSUD Tipe C"
    under Tipe D; Lampiran BAB III angka 3.1 reuses huruf a-c three times;
    BAB IV angka 4.1.3 lists Ketua Tim duties c) and d) with the same words
    "Melaksanakan kegiatan sesuai dengan perencanaan." and omits the
    "masukan perbaikan berkala" duty of Pasal 22 ayat (5) huruf d; BAB IV
    angka 4.3 huruf c "Pejabat Penilai Kerja"; BAB V huruf c#2 "Pelaksanaan
    tugas lintas unit organisasi dilakukan dalam tim kerja lintas Instansi
    Pemerintah"; BAB VI angka 1 huruf a "secara langsung ... melalui";
    the two signature blocks spell the Kepala Bagian Hukum "HERLAMBAANG" and
    "HERLAMBAH".

    Citations into BAB IV angka 4.1.1-4.1.3 cite "Lampiran BAB IV angka
    4.1": the parser currently nests angka 4.1.1 under huruf c angka 3)
    angka 4 of angka 4.1, so only the ancestor angka 4.1 is stable.

    Pasal 1 angka 26 (the Pejabat Penilai Kinerja "paling rendah pejabat
    pengawas atau pejabat lain yang diberi pendelegasian kewenangan") is
    the lower bound paling_rendah(pengawas) with its delegation; Pasal 27
    ayat (3) the Pejabat Penilai Kinerja of a JF Madya; Pasal 1 angka 27
    and angka 5 the posts that hold the Pimpinan Unit Organisasi and the
    Pejabat yang Berwenang (sebagai/2).  Pasal 8 (a JF leading a Unit
    Kerja mandiri may lead JF of a higher jenjang) states no holder: it is
    why the Kepala Puskesmas can be the Pimpinan Unit Organisasi assessing
    a JF Madya, read through Pasal 1 angka 27.
    Pasal 7 ayat (2) (the three posts an atasan langsung may be) and
    Pasal 8 (a JF leading a Unit Kerja mandiri may lead JF of any jenjang
    and Pelaksana) are encoded as the other regulations encode the same
    sentences (corrected after the issue 14 self-check; see there).
    Not encoded: Pasal 7 ayat (1) and the
    Lampiran BAB III angka 3.1 intro (who may be a Pejabat Penilai Kinerja,
    as a list of levels: no one holder per case); Pasal 7 ayat (5) and Lampiran BAB III angka 3.1
    (Bupati sets the Peta Jabatan / kedudukan: no such act); Pasal 13 ayat
    (3) (Ketua Kelompok Kerja "berwenang memberikan rekomendasi
    penilaian": no such act); Pasal 14 (compensation); Pasal 15 ayat (6)
    and Lampiran BAB IV angka 4.1 (contents of the surat permohonan);
    Pasal 17 ayat (3)
    (surat penugasan / bukti penugasan tertulis for individual work: the
    text names no one who sets it); Lampiran
    BAB IV intro ("setiap Kepala Perangkat Daerah, Kepala Sekolah dan
    Kepala Puskesmas menetapkan Perjanjian Kinerja Pelaksana Kegiatan Unit
    Organisasi termasuk identifikasi jenis penugasan": no act for setting
    the Perjanjian Kinerja, and it is the basis of a penugasan, not its
    instrument); Lampiran BAB IV angka 4.3 huruf c-e (per unit, "bertanggung
    jawab langsung kepada Pejabat Penilai Kinerja atau atasan langsung" is
    kedudukan, encoded as peran atasan-langsung, not a reporting line);
    the rejection branches (Lampiran BAB IV angka 4.2.2 huruf e)
    and the receipt of the surat penugasan (angka 4.1.3 angka 2 huruf d#2,
    4.2.1 huruf c, 4.2.2 huruf d) as routing steps; Lampiran BAB IV angka
    4.2 intro for pengajuan sukarela within one unit (angka 4.2.1 huruf a
    is the specific, oral, rule there).

    Contradictions that remain under precedence (kb/precedence.pl; the
    grid in bench/grid.md): Pasal 24 ("secara langsung kepada Pimpinan Unit
    Organisasi") against Lampiran BAB VI angka 1 huruf a and b ("melalui
    Pejabat Penilai Kinerja"); Pasal 25 ayat (2) ("melalui Pimpinan Unit
    Kerja") against Lampiran BAB VI angka 2 huruf b ("melalui Pejabat
    Penilai Kinerja"; the tables of Lampiran BAB III keep Pemilik Kinerja/
    Pimpinan Unit Kerja and Penilai Kinerja apart); Pasal 1 angka 32
    against Pasal 12 ayat (4) huruf b (the length of a tim kerja); the
    assessor of a JF Ahli Madya or Ahli Utama in a Dinas (Lampiran BAB III
    angka 3.1 huruf a, Tabel 3.3-3.5 and Pasal 27 ayat (3) against Lampiran
    BAB IV angka 4.3 huruf a: 4.3 huruf a is the narrower by unit, "Unit
    Organisasi yang dipimpin oleh JPT Pratama", the others by jenjang, and
    neither says it is an exception).  Resolved by precedence: Pasal 10
    ayat (2) read as one list whose mandate admits another official
    (p10_2b_mandat); the Lampiran's routing steps over the steps Pasal 15
    ayat (5) and Pasal 16 ayat (3) huruf b state in brief (Pasal 18,
    p18_rincian_li, p18_rincian_sl); the Kepala
    Perangkat Daerah "sebagai Pimpinan Unit Organisasi" (p10_4_kpd_puo),
    which also makes the "Keputusan Kepala Unit Organisasi Pemilik
    Kinerja" of Pasal 1 angka 32 the Keputusan Kepala Perangkat Daerah of
    Pasal 12 ayat (5); each instrument held to the act its Pasal writes it
    for (p10_2_act ... p16_3_act: penunjukan, Kelompok Kerja, Tim Kerja
    tematik, pengajuan sukarela), so a Keputusan and a surat penugasan of
    different acts are no rivals; Pasal 15 ayat (2) over the general
    assigners within a Unit Organisasi; alternative recipients
    ("dan/atau") of Pasal 16 and Lampiran BAB IV angka 4.2.
*/

% ids this regulation adds: kept in kb/vocabulary.pl



                 /*******************************
                 *   NAMED UNITS AND PATTERNS   *
                 *******************************/

norm(u_bappeda,
     unit_bernama(bappeda, "Bappeda", badan, none),
     "Lampiran BAB III angka 3.1 huruf a#2",
     "JF Urusan Inti di Bappeda adalah JF Perencana").
norm(u_rsud_b,
     unit_bernama('rsud-tipe-b', "RSUD Tipe B", rsud, pola('rsud-tipe-b')),
     "Lampiran BAB III angka 3.1 huruf h angka 1)",
     "RSUD Tipe B").
norm(u_rsud_c,
     unit_bernama('rsud-tipe-c', "RSUD Tipe C", rsud, pola('rsud-tipe-c')),
     "Lampiran BAB III angka 3.1 huruf h angka 2)",
     "RSUD Tipe C").
norm(u_rsud_d,
     unit_bernama('rsud-tipe-d', "RSUD Tipe D", rsud, pola('rsud-tipe-d')),
     "Lampiran BAB III angka 3.1 huruf h angka 3)",
     "RSUD Tipe D").
norm(u_rsud_kraton,
     unit_bernama('rsud-kraton', "Rumah Sakit Umum Daerah Kraton Kelas B", rsud, none),
     "Pasal 31 huruf v",
     "Rumah Sakit Umum Daerah Kraton Kelas B").
norm(u_uptd_a,
     unit_bernama('uptd-tipe-a', "UPTD Tipe A", uptd, pola('uptd-tipe-a')),
     "Lampiran BAB III angka 3.1 huruf j angka 1)",
     "UPTD Tipe A").
norm(u_uptd_b,
     unit_bernama('uptd-tipe-b', "UPTD Tipe B", uptd, pola('uptd-tipe-b')),
     "Lampiran BAB III angka 3.1 huruf j angka 2)",
     "UPTD Tipe B").
norm(u_paud,
     unit_bernama('satuan-pendidikan-anak-usia-dini', "Satuan Pendidikan Anak Usia Dini",
                  'satuan-pendidikan', pola(sekolah)),
     "Lampiran BAB III angka 3.1 huruf k angka 1",
     "Satuan Pendidikan Anak Usia Dini").
norm(u_sd,
     unit_bernama('satuan-pendidikan-sekolah-dasar', "Satuan Pendidikan Sekolah Dasar",
                  'satuan-pendidikan', pola(sekolah)),
     "Lampiran BAB III angka 3.1 huruf k angka 2",
     "Satuan Pendidikan Sekolah Dasar").
norm(u_smp,
     unit_bernama('satuan-pendidikan-sekolah-menengah-pertama',
                  "Satuan Pendidikan Sekolah Menengah Pertama",
                  'satuan-pendidikan', pola(sekolah)),
     "Lampiran BAB III angka 3.1 huruf k angka 3",
     "Satuan Pendidikan Sekolah Menengah Pertama").
norm(u_spnf,
     unit_bernama('satuan-pendidikan-nonformal', "Satuan Pendidikan Nonformal",
                  'satuan-pendidikan', pola(spnf)),
     "Lampiran BAB III angka 3.1 huruf k angka 4",
     "Satuan Pendidikan Nonformal").
norm(u_1level,
     unit_bernama('dinas-badan-1-level', "Unit Organisasi Dinas/Badan 1 Level",
                  'perangkat-daerah', pola('dinas-badan-1-level')),
     "Lampiran BAB IV angka 4.3 huruf b",
     "Alur Mekanisme Kerja Unit Organisasi Dinas/Badan 1 Level").


                 /*******************************
                 *   KEDUDUKAN: BATANG TUBUH    *
                 *******************************/

%   who sets the kedudukan: the Bupati, as Pejabat Pembina Kepegawaian
norm(l31_kedudukan,
     wewenang('penetapan-kedudukan', semua, bupati),
     "Lampiran BAB III angka 3.1",
     "Penetapan kedudukan Pejabat Fungsional dan Pelaksana dalam suatu unit organisasi perangkat daerah ditetapkan oleh Bupati sebagai Pejabat Pembina Kepegawaian Daerah").
norm(l31_bupati_ppk,
     sebagai(bupati, 'pejabat-pembina-kepegawaian'),
     "Lampiran BAB III angka 3.1",
     "Bupati sebagai Pejabat Pembina Kepegawaian Daerah").

%   the definition of the Pimpinan Unit Organisasi: the posts that may
%   lead a unit organisasi, the unit's structure choosing
norm(p1_27_puo,
     peran('pimpinan-unit-organisasi', [semua], [semua], [semua], paling_rendah(fungsional)),
     "Pasal 1 angka 27",
     "Pimpinan Unit Organisasi adalah Pejabat Pimpinan Tinggi, Pejabat Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang diangkat untuk memimpin suatu unit organisasi berdasarkan ketentuan peraturan perundang-undangan").

%   the definition of the Pejabat Penilai Kinerja: a lower bound that
%   admits delegation (kb/precedence.pl): a narrower provision naming
%   another post is that delegation, and a post of the bound's level or
%   above is the same answer
norm(p1_26_ppk,
     peran('pejabat-penilai-kinerja',
     ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
      'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
     [semua], [semua], paling_rendah(pengawas)),
     "Pasal 1 angka 26",
     "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas").
norm(p1_26_delegasi,
     pendelegasian(p1_26_ppk),
     "Pasal 1 angka 26",
     "atau pejabat lain yang diberi pendelegasian kewenangan").
% Added (issue 14 self-check): Pasal 7 ayat (2) names three posts the
% Pejabat Fungsional and Pelaksana stand under, encoded per post as
% Tabanan Pasal 6 ayat (1) and Lombok Barat Pasal 8 ayat (1) encode the
% same sentence; Pasal 8 (a Pejabat Fungsional leading a Unit Kerja
% mandiri "dapat membawahi Pejabat Fungsional ... dan Pelaksana") as
% Tabanan Pasal 6 ayat (2), Tabalong Pasal 6 ayat (4) and Lombok Barat
% Pasal 8 ayat (2) encode it.
norm(p7_2_al_jpt,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Pasal 7 ayat (2)",
     "bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat Pengawas").
norm(p7_2_al_adm,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-administrator'),
     "Pasal 7 ayat (2)",
     "bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat Pengawas").
norm(p7_2_al_pgw,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-pengawas'),
     "Pasal 7 ayat (2)",
     "bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat Pengawas").
norm(p8_al,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-fungsional'),
     "Pasal 8",
     "Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dalam jenjang jabatan yang lebih tinggi, setara maupun lebih rendah dan Pelaksana").
norm(p7_3_al,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-penilai-kinerja'),
     "Pasal 7 ayat (3)",
     "Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Penilai Kinerja").
norm(p27_4_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], ['sekretariat-daerah'], [semua], asisten),
     "Pasal 27 ayat (4)",
     "Penilaian kinerja Jabatan Fungsional Madya pada Sekretariat Daerah dilaksanakan oleh Asisten Sekretaris Daerah").
%   ayat (3): the Pimpinan Unit Organisasi assesses a JF Madya in every
%   Unit Organisasi (ayat (4) is the Sekretariat Daerah's special case)
norm(p27_3_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], [semua], [semua], 'pimpinan-unit-organisasi'),
     "Pasal 27 ayat (3)",
     "Penilaian kinerja Jabatan Fungsional Madya pada Unit Organisasi dilaksanakan oleh Pimpinan Unit Organisasi").
norm(p27_3_pk,
     wewenang('penilaian-kinerja', semua, 'pimpinan-unit-organisasi'),
     "Pasal 27 ayat (3)",
     "Penilaian kinerja Jabatan Fungsional Madya pada Unit Organisasi dilaksanakan oleh Pimpinan Unit Organisasi").
%   ayat (4): the Sekretariat Daerah's own assessor of JF Madya, scoped to
%   that unit (di/2); "dengan pertimbangan kepala bagian" has no act
norm(p27_4_pk_setda,
     di(['sekretariat-daerah'], wewenang('penilaian-kinerja', semua, asisten)),
     "Pasal 27 ayat (4)",
     "Penilaian kinerja Jabatan Fungsional Madya pada Sekretariat Daerah dilaksanakan oleh Asisten Sekretaris Daerah").


                 /*******************************
                 *   KEDUDUKAN: LAMPIRAN 3.1    *
                 *******************************/

%   general rules for Sekretariat Daerah, Sekretariat DPRD, Dinas, Badan
%   dan Inspektorat (the heading of angka 3.1)

norm(l31_al,
     peran('atasan-langsung', [semua],
           ['sekretariat-daerah', 'sekretariat-dprd', dinas, badan, inspektorat], [semua],
           'pejabat-penilai-kinerja'),
     "Lampiran BAB III angka 3.1",
     "dengan Pejabat Penilai Kinerja sebagai atasan langsung").
norm(l31a_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'],
           ['sekretariat-daerah', 'sekretariat-dprd', dinas, badan, inspektorat], [semua],
           level('jpt-pratama')),
     "Lampiran BAB III angka 3.1 huruf a",
     "Jabatan Fungsional Ahli Utama dan Jabatan Fungsional Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama (Eselon II)").
norm(l31b_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-muda', 'jf-ahli-pertama'],
           ['sekretariat-daerah', 'sekretariat-dprd', dinas, badan, inspektorat], [semua],
           level(administrator)),
     "Lampiran BAB III angka 3.1 huruf b",
     "Jabatan Fungsional Ahli Muda dan Pertama berkedudukan di bawah Jabatan Administrator (Eselon III)").
norm(l31c_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama'], [pola(sekolah)], [semua], 'kepala-sekolah'),
     "Lampiran BAB III angka 3.1 huruf c",
     "Jabatan Fungsional Ahli Utama (guru utama) berkedudukan di bawah dan bertanggungjawab kepada atasan langsungnya yaitu kepala sekolah").
norm(l31c_al,
     peran('atasan-langsung', ['jf-ahli-utama'], [pola(sekolah)], [semua], 'kepala-sekolah'),
     "Lampiran BAB III angka 3.1 huruf c",
     "Jabatan Fungsional Ahli Utama (guru utama) berkedudukan di bawah dan bertanggungjawab kepada atasan langsungnya yaitu kepala sekolah").
%   supporting system: Sekretariat / Bagian Umum dan Keuangan
norm(l31_sup_sek,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           ['sekretariat-daerah', 'sekretariat-dprd', dinas, badan, inspektorat], [sekretariat],
           sekretaris),
     "Lampiran BAB III angka 3.1",
     "berada di Sekretariat/Bagian Umum dan Keuangan dengan penetapan JF Keahlian jenjang Muda ke bawah dan JF Keterampilan di bawah Sekretaris/Kepala Bagian").
norm(l31_sup_kabag,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           ['sekretariat-daerah', 'sekretariat-dprd', dinas, badan, inspektorat], [bagian],
           'kepala-bagian'),
     "Lampiran BAB III angka 3.1",
     "berada di Sekretariat/Bagian Umum dan Keuangan dengan penetapan JF Keahlian jenjang Muda ke bawah dan JF Keterampilan di bawah Sekretaris/Kepala Bagian").
%   core business: Bappeda, Sekretariat Daerah
norm(l31_bappeda_kabid,
     peran('pejabat-penilai-kinerja', ['jf-ahli-muda', 'jf-ahli-pertama'], [bappeda], [bidang],
           'kepala-bidang'),
     "Lampiran BAB III angka 3.1 huruf a#2",
     "JF Urusan Inti di Bappeda adalah JF Perencana, maka berkedudukan di Bidang dan di bawah Kepala Bidang").
norm(l31_bappeda_jpt,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'], [bappeda], [semua],
           level('jpt-pratama')),
     "Lampiran BAB III angka 3.1 huruf a#2",
     "kecuali JF Ahli Utama dan Madya langsung berkedudukan di bawah JPT Pratama").
norm(l31_setda_kabag,
     peran('pejabat-penilai-kinerja', ['jf-ahli-muda', 'jf-ahli-pertama'], ['sekretariat-daerah'],
           [bagian], 'kepala-bagian'),
     "Lampiran BAB III angka 3.1 huruf b#2",
     "maka berkedudukan di Bagian dan berkedudukan di bawah Kepala Bagian").
norm(l31_setda_asisten,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], ['sekretariat-daerah'], [semua], asisten),
     "Lampiran BAB III angka 3.1 huruf b#2",
     "kecuali JF Ahli Madya di bawah Asisten").


                 /*******************************
                 *   TABEL 3.1 SEKRETARIAT DAERAH *
                 *******************************/

norm(t31_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah'], [semua], 'sekretaris-daerah'),
     "Lampiran Tabel 3.1",
     "Sekretaris Daerah\tSekretaris Daerah").
norm(t31_pk,
     peran('pemilik-kinerja', [semua], ['sekretariat-daerah'], [semua], 'sekretaris-daerah'),
     "Lampiran Tabel 3.1",
     "Sekretaris Daerah\tSekretaris Daerah").
norm(t31_utama,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama'], ['sekretariat-daerah'], [semua],
           'sekretaris-daerah'),
     "Lampiran Tabel 3.1",
     "Sekretaris Daerah\tAsisten Sekretaris Daerah. JF Ahli Utama").
norm(t31_madya,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], ['sekretariat-daerah'], [semua], asisten),
     "Lampiran Tabel 3.1",
     "Asisten Sekretaris Daerah\tKepala Bagian, JF Ahli Madya").
norm(t31_kabag,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           ['sekretariat-daerah'], [bagian], 'kepala-bagian'),
     "Lampiran Tabel 3.1",
     "Kepala Bagian\tKepala Subbagian, JF Ketrampilan dan JF Keahlian (Pertama dan Muda) serta Pelaksana").
norm(t31_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], ['sekretariat-daerah'], [subbagian],
           'kepala-subbagian'),
     "Lampiran Tabel 3.1",
     "Kepala Sub Bagian\tPelaksana").


                 /*******************************
                 *   TABEL 3.2 INSPEKTORAT      *
                 *******************************/

norm(t32_puo,
     peran('pimpinan-unit-organisasi', [semua], [inspektorat], [semua], inspektur),
     "Lampiran Tabel 3.2",
     "Inspektur\tInspektur").
norm(t32_pk,
     peran('pemilik-kinerja', [semua], [inspektorat], [semua], inspektur),
     "Lampiran Tabel 3.2",
     "Inspektur\tInspektur").
norm(t32_madya,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], [inspektorat], [semua], inspektur),
     "Lampiran Tabel 3.2",
     "Inspektur\tSekretaris, Inspektur Pembantu, JF Madya").
norm(t32_sek,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           [inspektorat], [sekretariat], sekretaris),
     "Lampiran Tabel 3.2",
     "Sekretaris\tKepala Sub Bagian, JF Keterampilan dan Keahlian (Pertama dan Muda) serta pelaksana").
norm(t32_irban,
     peran('pejabat-penilai-kinerja', ['jf-ahli-muda', 'jf-ahli-pertama'], [inspektorat],
           ['inspektorat-pembantu'], 'inspektur-pembantu'),
     "Lampiran Tabel 3.2",
     "Inspektur Pembantu\tJF Keahlian (Pertama dan Muda)").
norm(t32_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [inspektorat], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.2",
     "Kepala Sub Bagian\tPelaksana").


                 /*******************************
                 *   TABEL 3.3 DINAS/BADAN      *
                 *******************************/

norm(t33_puo,
     peran('pimpinan-unit-organisasi', [semua], [dinas, badan], [semua], 'kepala-perangkat-daerah'),
     "Lampiran Tabel 3.3",
     "Kepala Badan/ Kepala Dinas\tKepala Badan/ Kepala Dinas").
norm(t33_pk,
     peran('pemilik-kinerja', [semua], [dinas, badan], [semua], 'kepala-perangkat-daerah'),
     "Lampiran Tabel 3.3",
     "Kepala Badan/ Kepala Dinas\tKepala Badan/ Kepala Dinas").
norm(t33_top,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'], [dinas, badan], [semua],
           'kepala-perangkat-daerah'),
     "Lampiran Tabel 3.3",
     "Kepala Badan/ Kepala Dinas\tSekretaris, Kepala Bidang, Kepala UPTD, JF Ahli Madya dan Utama").
norm(t33_sek,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           [dinas, badan], [sekretariat], sekretaris),
     "Lampiran Tabel 3.3",
     "Sekretaris\tKepala Sub Bagian, JF Keterampilan dan Keahlian (Pertama dan Muda) serta pelaksana").
norm(t33_kabid,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           [dinas, badan], [bidang], 'kepala-bidang'),
     "Lampiran Tabel 3.3",
     "Kepala Bidang\tJF Keterampilan dan JF Keahlian (Pertama dan Muda) serta Pelaksana").
norm(t33_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [dinas, badan], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.3",
     "Kepala Sub Bagian/ Kepala Sub Bidang\tPelaksana").
norm(t33_kasubid,
     peran('pejabat-penilai-kinerja', [pelaksana], [dinas, badan], [subbidang], 'kepala-subbidang'),
     "Lampiran Tabel 3.3",
     "Kepala Sub Bagian/ Kepala Sub Bidang\tPelaksana").


                 /*******************************
                 *   TABEL 3.4 SEKRETARIAT DPRD *
                 *******************************/

norm(t34_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-dprd'], [semua], 'sekretaris-dprd'),
     "Lampiran Tabel 3.4",
     "Sekretaris DPRD\tSekretaris DPRD").
norm(t34_pk,
     peran('pemilik-kinerja', [semua], ['sekretariat-dprd'], [semua], 'sekretaris-dprd'),
     "Lampiran Tabel 3.4",
     "Sekretaris DPRD\tSekretaris DPRD").
norm(t34_madya,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], ['sekretariat-dprd'], [semua],
           'sekretaris-dprd'),
     "Lampiran Tabel 3.4",
     "Sekretaris DPRD\tKepala Bagian dan JF Ahli Madya").
norm(t34_kabag,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           ['sekretariat-dprd'], [bagian], 'kepala-bagian'),
     "Lampiran Tabel 3.4",
     "Kepala Bagian\tKepala Sub Bagian, JF Keterampilan dan JF Keahlian (Pertama, Muda) serta Pelaksana").
norm(t34_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], ['sekretariat-dprd'], [subbagian],
           'kepala-subbagian'),
     "Lampiran Tabel 3.4",
     "Kepala Sub Bagian\tPelaksana").


                 /*******************************
                 *   TABEL 3.5 UNIT 3 LEVEL     *
                 *******************************/

norm(t35_puo,
     peran('pimpinan-unit-organisasi', [semua], [dinas, badan], [semua], 'kepala-perangkat-daerah'),
     "Lampiran Tabel 3.5",
     "Kepala Badan/ Dinas\tKepala Badan/ Dinas").
norm(t35_pk,
     peran('pemilik-kinerja', [semua], [dinas, badan], [semua], 'kepala-perangkat-daerah'),
     "Lampiran Tabel 3.5",
     "Kepala Badan/ Dinas\tKepala Badan/ Dinas").
norm(t35_madya,
     peran('pejabat-penilai-kinerja', ['jf-ahli-madya'], [dinas, badan], [semua],
           'kepala-perangkat-daerah'),
     "Lampiran Tabel 3.5",
     "Kepala Badan/ Dinas\tSekretaris, Kepala Bidang, JF Ahli Madya").
norm(t35_sek,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           [dinas, badan], [sekretariat], sekretaris),
     "Lampiran Tabel 3.5",
     "Sekretaris\tKepala Sub Bagian, JF Keterampilan dan Keahlian (Pertama dan Muda) serta pelaksana").
norm(t35_kabid,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [dinas, badan], [bidang], 'kepala-bidang'),
     "Lampiran Tabel 3.5",
     "Kepala Bidang\tKepala Sub Bidang/ Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda)").
norm(t35_kasubid,
     peran('pejabat-penilai-kinerja', [pelaksana], [dinas, badan], [subbidang], 'kepala-subbidang'),
     "Lampiran Tabel 3.5",
     "Kepala Sub Bidang/ Kepala Seksi/ Kepala Sub Bagian\tPelaksana").
norm(t35_kasi,
     peran('pejabat-penilai-kinerja', [pelaksana], [dinas, badan], [seksi], 'kepala-seksi'),
     "Lampiran Tabel 3.5",
     "Kepala Sub Bidang/ Kepala Seksi/ Kepala Sub Bagian\tPelaksana").
norm(t35_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [dinas, badan], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.5",
     "Kepala Sub Bidang/ Kepala Seksi/ Kepala Sub Bagian\tPelaksana").


                 /*******************************
                 *   TABEL 3.6-3.7 KECAMATAN, KELURAHAN *
                 *******************************/

norm(t36_puo,
     peran('pimpinan-unit-organisasi', [semua], [kecamatan], [semua], camat),
     "Lampiran Tabel 3.6",
     "Camat\tCamat").
norm(t36_pk,
     peran('pemilik-kinerja', [semua], [kecamatan], [semua], camat),
     "Lampiran Tabel 3.6",
     "Camat\tCamat").
norm(t36_sekcam,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [kecamatan], [sekretariat], 'sekretaris-kecamatan'),
     "Lampiran Tabel 3.6",
     "Sekretaris Kecamatan\tKepala Sub Bagian, JF Keterampilan dan JF Ahli Pertama").
norm(t36_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [kecamatan], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.6",
     "Kepala Sub Bagian\tPelaksana").
norm(t36_kasi,
     peran('pejabat-penilai-kinerja', [pelaksana], [kecamatan], [seksi], 'kepala-seksi'),
     "Lampiran Tabel 3.6",
     "Kepala Seksi Kecamatan\tPelaksana").
norm(t36_seklur,
     peran('pejabat-penilai-kinerja', [pelaksana], [kelurahan], [sekretariat],
           'sekretaris-kelurahan'),
     "Lampiran Tabel 3.6",
     "Sekretaris Kelurahan\tPelaksana").
norm(t36_kasikel,
     peran('pejabat-penilai-kinerja', [pelaksana], [kelurahan], [seksi], 'kepala-seksi'),
     "Lampiran Tabel 3.6",
     "Kepala Seksi Kelurahan\tPelaksana").

norm(t37_puo,
     peran('pimpinan-unit-organisasi', [semua], [kelurahan], [semua], lurah),
     "Lampiran Tabel 3.7",
     "Lurah\tLurah").
norm(t37_pk,
     peran('pemilik-kinerja', [semua], [kelurahan], [semua], lurah),
     "Lampiran Tabel 3.7",
     "Lurah\tLurah").
norm(t37_sek,
     peran('pejabat-penilai-kinerja', [pelaksana], [kelurahan], [sekretariat],
           'sekretaris-kelurahan'),
     "Lampiran Tabel 3.7",
     "Sekretaris Kelurahan\tPelaksana").
norm(t37_kasi,
     peran('pejabat-penilai-kinerja', [pelaksana], [kelurahan], [seksi], 'kepala-seksi'),
     "Lampiran Tabel 3.7",
     "Kepala Seksi Kelurahan\tPelaksana").


                 /*******************************
                 *   TABEL 3.8-3.10 RSUD        *
                 *******************************/

%   Tipe B (Tabel 3.8)
norm(t38_puo,
     peran('pimpinan-unit-organisasi', [semua], [rsud], [semua], direktur),
     "Lampiran Tabel 3.8",
     "Direktur\tDirektur").
norm(t38_pk,
     peran('pemilik-kinerja', [semua], [rsud], [semua], direktur),
     "Lampiran Tabel 3.8",
     "Direktur\tDirektur").
norm(t38_top,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'], [rsud], [semua], direktur),
     "Lampiran Tabel 3.8",
     "Direktur\tWakil Direktur, JF Keahlian (Madya dan Utama)").
norm(t38_kabag,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [pola('rsud-tipe-b')], [bagian], 'kepala-bagian'),
     "Lampiran Tabel 3.8",
     "Kepala Bagian, Kepala Bidang\tKepala Sub Bagian, JF Keterampilan dan JF Keahlian (Pertama dan Muda)").
norm(t38_kabid,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [pola('rsud-tipe-b')], [bidang], 'kepala-bidang'),
     "Lampiran Tabel 3.8",
     "Kepala Bagian, Kepala Bidang\tKepala Sub Bagian, JF Keterampilan dan JF Keahlian (Pertama dan Muda)").
norm(t38_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [rsud], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.8",
     "Kepala Sub Bagian\tPelaksana").
%   Tipe C (Tabel 3.9)
norm(t39_puo,
     peran('pimpinan-unit-organisasi', [semua], [rsud], [semua], direktur),
     "Lampiran Tabel 3.9",
     "Direktur\tDirektur").
norm(t39_pk,
     peran('pemilik-kinerja', [semua], [rsud], [semua], direktur),
     "Lampiran Tabel 3.9",
     "Direktur\tDirektur").
norm(t39_top,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'], [rsud], [semua], direktur),
     "Lampiran Tabel 3.9",
     "Direktur\tKepala Bagian, Kepala Bidang, JF Keahlian (Madya dan Utama)").
norm(t39_kabag,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           [pola('rsud-tipe-c')], [bagian], 'kepala-bagian'),
     "Lampiran Tabel 3.9",
     "Kepala Bagian, Kepala Bidang\tKepala Sub Bagian, Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda), Pelaksana").
norm(t39_kabid,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula',
            pelaksana],
           [pola('rsud-tipe-c')], [bidang], 'kepala-bidang'),
     "Lampiran Tabel 3.9",
     "Kepala Bagian, Kepala Bidang\tKepala Sub Bagian, Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda), Pelaksana").
norm(t39_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [rsud], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.9",
     "Kepala Sub Bagian, Kepala Seksi\tPelaksana").
norm(t39_kasi,
     peran('pejabat-penilai-kinerja', [pelaksana], [pola('rsud-tipe-c')], [seksi], 'kepala-seksi'),
     "Lampiran Tabel 3.9",
     "Kepala Sub Bagian, Kepala Seksi\tPelaksana").
%   Tipe D (Tabel 3.10)
norm(t310_puo,
     peran('pimpinan-unit-organisasi', [semua], [rsud], [semua], direktur),
     "Lampiran Tabel 3.10",
     "Direktur\tDirektur").
norm(t310_pk,
     peran('pemilik-kinerja', [semua], [rsud], [semua], direktur),
     "Lampiran Tabel 3.10",
     "Direktur\tDirektur").
norm(t310_top,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'], [rsud], [semua], direktur),
     "Lampiran Tabel 3.10",
     "Direktur\tKepala Subbagian, Kepala Seksi, JF Keterampilan dan JF Keahlian").
norm(t310_jf,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [pola('rsud-tipe-d')], [semua], direktur),
     "Lampiran Tabel 3.10",
     "Direktur\tKepala Subbagian, Kepala Seksi, JF Keterampilan dan JF Keahlian").
norm(t310_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [rsud], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.10",
     "Kepala Subbagian Tata Usaha\tPelaksana").
norm(t310_kasi,
     peran('pejabat-penilai-kinerja', [pelaksana], [pola('rsud-tipe-d')], [seksi], 'kepala-seksi'),
     "Lampiran Tabel 3.10",
     "Kepala Seksi\tPelaksana").


                 /*******************************
                 *   TABEL 3.8#2 PUSKESMAS      *
                 *******************************/

norm(t38p_puk,
     peran('pimpinan-unit-kerja', [semua], [puskesmas], [semua], 'kepala-puskesmas'),
     "Lampiran Tabel 3.8#2",
     "Kepala Puskesmas\tKepala Puskesmas").
norm(t38p_pk,
     peran('pemilik-kinerja', [semua], [puskesmas], [semua], 'kepala-puskesmas'),
     "Lampiran Tabel 3.8#2",
     "Kepala Puskesmas\tKepala Puskesmas").
norm(t38p_jf,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
            'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [puskesmas], [semua], 'kepala-puskesmas'),
     "Lampiran Tabel 3.8#2",
     "Kepala Puskesmas\tKepala Sub Bagian TU, JF Keahlian dan JF Keterampilan").
norm(t38p_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [puskesmas], [subbagian], 'kepala-subbagian'),
     "Lampiran Tabel 3.8#2",
     "Kepala Sub Bagian TU\tPelaksana").


                 /*******************************
                 *   TABEL 3.12, 3.14 UPTD      *
                 *******************************/

%   Tipe A (Tabel 3.12)
norm(t312_puk,
     peran('pimpinan-unit-kerja', [semua], [uptd], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.12",
     "Kepala UPTD\tKepala UPTD").
norm(t312_pk,
     peran('pemilik-kinerja', [semua], [uptd], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.12",
     "Kepala UPTD\tKepala UPTD").
norm(t312_jf,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [uptd], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.12",
     "Kepala UPTD\tKepala Sub Bagian TU, JF Keahlian (Pertama dan Muda) dan JF Keterampilan").
norm(t312_kasubag,
     peran('pejabat-penilai-kinerja', [pelaksana], [pola('uptd-tipe-a')], [subbagian],
           'kepala-subbagian'),
     "Lampiran Tabel 3.12",
     "Kepala Sub Bagian TU\tPelaksana").
%   Tipe B (Tabel 3.14)
norm(t314_puk,
     peran('pimpinan-unit-kerja', [semua], [uptd], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.14",
     "Kepala UPTD\tKepala UPTD").
norm(t314_pk,
     peran('pemilik-kinerja', [semua], [uptd], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.14",
     "Kepala UPTD\tKepala UPTD").
norm(t314_jf,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-muda', 'jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [uptd], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.14",
     "Kepala UPTD\tJF Keahlian (Pertama dan Muda) dan JF Keterampilan dan Pelaksana").
norm(t314_pel,
     peran('pejabat-penilai-kinerja', [pelaksana], [pola('uptd-tipe-b')], [semua], 'kepala-uptd'),
     "Lampiran Tabel 3.14",
     "Kepala UPTD\tJF Keahlian (Pertama dan Muda) dan JF Keterampilan dan Pelaksana").


                 /*******************************
                 *   TABEL 3.15 SATUAN PENDIDIKAN *
                 *******************************/

norm(t315_sek_puk,
     peran('pimpinan-unit-kerja', [semua], [pola(sekolah)], [semua], 'kepala-sekolah'),
     "Lampiran Tabel 3.15",
     "Kepala Sekolah\tKepala Sekolah").
norm(t315_sek_pk,
     peran('pemilik-kinerja', [semua], [pola(sekolah)], [semua], 'kepala-sekolah'),
     "Lampiran Tabel 3.15",
     "Kepala Sekolah\tKepala Sekolah").
norm(t315_sek_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola(sekolah)], [semua], 'kepala-sekolah'),
     "Lampiran Tabel 3.15",
     "Kepala Sekolah\tJF Keahlian dan JF Keterampilan serta Pelaksana").
norm(t315_spnf_puk,
     peran('pimpinan-unit-kerja', [semua], [pola(spnf)], [semua], 'kepala-spnf'),
     "Lampiran Tabel 3.15",
     "Kepala SPNF\tKepala SPNF").
norm(t315_spnf_pk,
     peran('pemilik-kinerja', [semua], [pola(spnf)], [semua], 'kepala-spnf'),
     "Lampiran Tabel 3.15",
     "Kepala SPNF\tKepala SPNF").
norm(t315_spnf_ppk,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama', pelaksana],
           [pola(spnf)], [semua], 'kepala-spnf'),
     "Lampiran Tabel 3.15",
     "Kepala SPNF\tJF Keahlian dan Pelaksana").


                 /*******************************
                 *   LAMPIRAN 4.3 ALUR MEKANISME *
                 *******************************/

norm(l43a_ppk,
     peran('pejabat-penilai-kinerja', [semua], [dinas, badan, 'sekretariat-dprd'], [semua],
           level(administrator)),
     "Lampiran BAB IV angka 4.3 huruf a",
     "pada unit organisasi Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja").
norm(l43a_al,
     peran('atasan-langsung', [semua], [dinas, badan, 'sekretariat-dprd'], [semua],
           level(administrator)),
     "Lampiran BAB IV angka 4.3 huruf a",
     "kedudukan Pejabat Fungsional dan Pelaksana berada di bawah dan bertanggung jawab kepada Pejabat Level 2 yakni Pejabat Administrator").
norm(l43a_puo,
     peran('pimpinan-unit-organisasi', [semua], [dinas, badan, 'sekretariat-dprd'], [semua],
           level('jpt-pratama')),
     "Lampiran BAB IV angka 4.3 huruf a",
     "sementara Pejabat Pimpinan Tinggi Pratama sebagai Pimpinan Unit Organisasi").
norm(l43b_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('dinas-badan-1-level')], [semua],
           level('jpt-pratama')),
     "Lampiran BAB IV angka 4.3 huruf b",
     "Pimpinan Tinggi Pratama dengan kata lain Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana pada struktur ini adalah Pejabat Pimpinan Tinggi Pratama").
norm(l43b_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('dinas-badan-1-level')], [semua],
           level('jpt-pratama')),
     "Lampiran BAB IV angka 4.3 huruf b",
     "Pejabat Pimpinan Tinggi Pratama juga berperan sebagai Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi").
norm(l43c_al,
     peran('atasan-langsung', [semua], ['sekretariat-daerah'], [semua], 'pejabat-penilai-kinerja'),
     "Lampiran BAB IV angka 4.3 huruf c",
     "bertanggung jawab langsung kepada Pejabat Penilai Kerja atau atasan langsung").
norm(l43d_al,
     peran('atasan-langsung', [semua], [rsud, uptd, 'satuan-pendidikan', puskesmas], [semua],
           'pejabat-penilai-kinerja'),
     "Lampiran BAB IV angka 4.3 huruf d",
     "bertanggung jawab langsung kepada Pejabat Penilai Kinerja atau atasan langsung").
norm(l43e_al,
     peran('atasan-langsung', [semua], [kecamatan], [semua], 'pejabat-penilai-kinerja'),
     "Lampiran BAB IV angka 4.3 huruf e",
     "bertanggung jawab langsung kepada Pejabat Penilai Kinerja atau atasan langsung").


                 /*******************************
                 *   PENUGASAN: WHO ASSIGNS     *
                 *******************************/

norm(p10_2a_tunjuk,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Pasal 10 ayat (2) huruf a",
     "Pimpinan Unit Organisasi selaku Pejabat Pemilik Kinerja").
norm(p10_2b_tunjuk,
     wewenang(penunjukan, semua, 'pejabat-yang-diberi-mandat'),
     "Pasal 10 ayat (2) huruf b",
     "Pejabat yang diberi mandat").
% "Pejabat yang diberi mandat" admits whichever official is given the
% mandate: a provision naming another assigner is no rival of huruf b
% (kb/precedence.pl).
norm(p10_2b_mandat,
     pendelegasian(p10_2b_tunjuk),
     "Pasal 10 ayat (2) huruf b",
     "Pejabat yang diberi mandat").
norm(l2_1a_tunjuk,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Lampiran BAB II angka 1 huruf a",
     "penugasan Pejabat Fungsional dan/atau pelaksana di bawah koordinasi Pimpinan Unit Kerja, dilaksanakan oleh Pimpinan Unit Organisasi").
norm(l41_tunjuk_ppk,
     wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
     "Lampiran BAB IV angka 4.1",
     "Cara penugasan Pejabat Fungsional atau Pelaksana langsung dari Pejabat Penilai Kinerja dan/atau Pejabat Pemilik Kinerja").
norm(l41_tunjuk_pk,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Lampiran BAB IV angka 4.1",
     "Cara penugasan Pejabat Fungsional atau Pelaksana langsung dari Pejabat Penilai Kinerja dan/atau Pejabat Pemilik Kinerja").
norm(p15_2_tunjuk,
     wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Pasal 15 ayat (2)",
     "Penunjukkan di dalam Unit Organisasi sebagaimana dimaksud pada ayat (1) huruf a dilakukan secara langsung oleh Pimpinan Unit Organisasi atas usulan dari Pejabat Penilai Kinerja").
norm(l41a_tunjuk,
     wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran BAB IV angka 4.1 huruf a",
     "Penunjukan Pejabat Fungsional dan Pelaksana yang berada di dalam Unit Organisasi dilakukan langsung oleh Pimpinan Unit Organisasi bersangkutan atas usulan Pejabat Penilai Kinerja").

norm(p16_2b_setuju,
     wewenang('persetujuan-pengajuan-sukarela', 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Pasal 16 ayat (2) huruf b",
     "Apabila Pimpinan Unit Organisasi menyetujui").
norm(l421b_setuju,
     wewenang('persetujuan-pengajuan-sukarela', 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf b",
     "Apabila Pimpinan Unit Organisasi menyetujui").
norm(p16_3a_setuju,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pimpinan-unit-organisasi-asal'),
     "Pasal 16 ayat (3) huruf a",
     "atas persetujuan Pimpinan Unit Organisasi bersangkutan").
norm(l422b_setuju,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pimpinan-unit-organisasi-pemohon'),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf b",
     "Apabila Pimpinan Unit Organisasi dituju menyetujui").
norm(l422c_setuju_puo,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pimpinan-unit-organisasi-asal'),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "Apabila Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(l422c_setuju_ppk,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "Apabila Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja bersangkutan menyetujui").

%   penetapan: who sets the assignment by Keputusan
norm(p10_4_tetap,
     wewenang('penetapan-penugasan', semua, 'kepala-perangkat-daerah'),
     "Pasal 10 ayat (4)",
     "ditetapkan dengan Keputusan Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus sebagai Pejabat Pemilik Kinerja").
norm(p12_3_tetap,
     wewenang('penetapan-penugasan', semua, 'kepala-perangkat-daerah'),
     "Pasal 12 ayat (3)",
     "Penugasan dalam bentuk Kelompok Kerja (*squad*) sebagaimana dimaksud pada ayat (1) huruf a ditetapkan dengan Keputusan Kepala Perangkat Daerah").
norm(p12_5_tetap,
     wewenang('penetapan-penugasan', semua, 'kepala-perangkat-daerah'),
     "Pasal 12 ayat (5)",
     "ditetapkan dengan Keputusan Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus sebagai Pejabat Pemilik Kinerja").
norm(p1_31_tetap_kpd,
     wewenang('penetapan-penugasan', semua, 'kepala-perangkat-daerah'),
     "Pasal 1 angka 31",
     "dituangkan dalam bentuk Keputusan Kepala Perangkat Daerah atau Kepala Unit Organisasi").
norm(p1_31_tetap_kuo,
     wewenang('penetapan-penugasan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 1 angka 31",
     "dituangkan dalam bentuk Keputusan Kepala Perangkat Daerah atau Kepala Unit Organisasi").
norm(p1_32_tetap,
     wewenang('penetapan-penugasan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 1 angka 32",
     "dituangkan dalam bentuk Keputusan Kepala Unit Organisasi Pemilik Kinerja").

%   the post that holds the role in these acts (kb/precedence.pl): the
%   Keputusan "Kepala Unit Organisasi Pemilik Kinerja" of Pasal 1 angka 32
%   and the Keputusan Kepala Perangkat Daerah of Pasal 10 ayat (4) are one
norm(p10_4_kpd_puo,
     sebagai('kepala-perangkat-daerah', 'pimpinan-unit-organisasi'),
     "Pasal 10 ayat (4)",
     "Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi").

%   Pasal 1 angka 27: a Pejabat Fungsional appointed to lead a unit is its
%   Pimpinan Unit Organisasi; the Lampiran's tables put a Kepala Puskesmas,
%   a Kepala Sekolah and a Kepala SPNF (each a Pejabat Fungsional) at the
%   head of their unit, so Pasal 27 ayat (3)'s Pimpinan Unit Organisasi is
%   that head there (Pasal 8: such a JF may lead JF of a higher jenjang)
norm(p1_27_puskesmas,
     sebagai('kepala-puskesmas', 'pimpinan-unit-organisasi'),
     "Pasal 1 angka 27",
     "Pejabat Fungsional yang diangkat untuk memimpin suatu unit organisasi").
norm(p1_27_sekolah,
     sebagai('kepala-sekolah', 'pimpinan-unit-organisasi'),
     "Pasal 1 angka 27",
     "Pejabat Fungsional yang diangkat untuk memimpin suatu unit organisasi").
norm(p1_27_spnf,
     sebagai('kepala-spnf', 'pimpinan-unit-organisasi'),
     "Pasal 1 angka 27",
     "Pejabat Fungsional yang diangkat untuk memimpin suatu unit organisasi").
%   Pasal 1 angka 5: the regency's own Pejabat yang Berwenang
norm(p1_5_pyb,
     sebagai('sekretaris-daerah', 'pejabat-yang-berwenang'),
     "Pasal 1 angka 5",
     "Pejabat yang Berwenang adalah Sekretaris Daerah").

%   reports on demand
norm(p25_3_puo,
     wewenang('meminta-laporan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 25 ayat (3)",
     "Pimpinan Unit Organisasi dan Pimpinan Unit Kerja sewaktu-waktu berwenang untuk meminta laporan kepada Ketua Tim Kerja dan/atau anggota Tim Kerja").
norm(p25_3_puk,
     wewenang('meminta-laporan', semua, 'pimpinan-unit-kerja'),
     "Pasal 25 ayat (3)",
     "Pimpinan Unit Organisasi dan Pimpinan Unit Kerja sewaktu-waktu berwenang untuk meminta laporan kepada Ketua Tim Kerja dan/atau anggota Tim Kerja").


                 /*******************************
                 *   INSTRUMENTS                *
                 *******************************/

norm(p10_4_instr,
     instrumen(semua, semua, 'keputusan-kepala-perangkat-daerah', 'kepala-perangkat-daerah'),
     "Pasal 10 ayat (4)",
     "ditetapkan dengan Keputusan Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus sebagai Pejabat Pemilik Kinerja").
norm(p12_3_instr,
     instrumen(tim, semua, 'keputusan-kepala-perangkat-daerah', 'kepala-perangkat-daerah'),
     "Pasal 12 ayat (3)",
     "Penugasan dalam bentuk Kelompok Kerja (*squad*) sebagaimana dimaksud pada ayat (1) huruf a ditetapkan dengan Keputusan Kepala Perangkat Daerah").
norm(p1_31_instr_kpd,
     instrumen(tim, semua, 'keputusan-kepala-perangkat-daerah', 'kepala-perangkat-daerah'),
     "Pasal 1 angka 31",
     "dituangkan dalam bentuk Keputusan Kepala Perangkat Daerah atau Kepala Unit Organisasi").
norm(p1_31_instr_kuo,
     instrumen(tim, semua, 'keputusan-kepala-unit-organisasi', 'pimpinan-unit-organisasi'),
     "Pasal 1 angka 31",
     "dituangkan dalam bentuk Keputusan Kepala Perangkat Daerah atau Kepala Unit Organisasi").
norm(p12_5_instr_lu,
     instrumen(tim, 'lintas-unit', 'keputusan-kepala-perangkat-daerah', 'kepala-perangkat-daerah'),
     "Pasal 12 ayat (5)",
     "ditetapkan dengan Keputusan Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus sebagai Pejabat Pemilik Kinerja").
norm(p12_5_instr_li,
     instrumen(tim, 'lintas-instansi', 'keputusan-kepala-perangkat-daerah', 'kepala-perangkat-daerah'),
     "Pasal 12 ayat (5)",
     "ditetapkan dengan Keputusan Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus sebagai Pejabat Pemilik Kinerja").
norm(p1_32_instr_lu,
     instrumen(tim, 'lintas-unit', 'keputusan-kepala-unit-organisasi-pemilik-kinerja',
               'pimpinan-unit-organisasi'),
     "Pasal 1 angka 32",
     "dituangkan dalam bentuk Keputusan Kepala Unit Organisasi Pemilik Kinerja").
norm(p1_32_instr_li,
     instrumen(tim, 'lintas-instansi', 'keputusan-kepala-unit-organisasi-pemilik-kinerja',
               'pimpinan-unit-organisasi'),
     "Pasal 1 angka 32",
     "dituangkan dalam bentuk Keputusan Kepala Unit Organisasi Pemilik Kinerja").
norm(p15_4_instr,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pimpinan-unit-organisasi-asal'),
     "Pasal 15 ayat (4)",
     "Pimpinan Unit Organisasi sebagaimana dimaksud pada ayat (3) memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana").
norm(l413_instr,
     instrumen(tim, 'lintas-unit', 'surat-penugasan', 'pimpinan-unit-organisasi-asal'),
     "Lampiran BAB IV angka 4.1",
     "maka Pejabat Fungsional atau pelaksana menyusun surat penugasan untuk disetujui oleh Pimpinan Unit Organisasi").
norm(p16_2b_instr,
     instrumen(semua, 'dalam-unit', 'surat-penugasan', 'pimpinan-unit-organisasi'),
     "Pasal 16 ayat (2) huruf b",
     "maka Pimpinan Unit Organisasi memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana").
norm(p16_3b_instr,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pimpinan-unit-organisasi-asal'),
     "Pasal 16 ayat (3) huruf b",
     "maka Pimpinan Unit Organisasi bersangkutan memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana").
norm(l422c_instr_puo,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pimpinan-unit-organisasi-asal'),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "surat penugasan yang ditandatangani oleh Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja").
norm(l422c_instr_ppk,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pejabat-penilai-kinerja'),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "surat penugasan yang ditandatangani oleh Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja").

%   Each instrument is written for one way of assigning, in the words of
%   its own Pasal: a penunjukan (Pasal 10 ayat (2)), a Kelompok Kerja or a
%   Tim Kerja berbasis tematik (Pasal 12 ayat (1)), a penunjukan or a
%   pengajuan sukarela lintas Unit Organisasi (Pasal 15 ayat (3), Pasal 16
%   ayat (3)), a pengajuan sukarela within the unit (Pasal 16 ayat (2)).
%   They answer different acts, so the Keputusan of a penunjukan and the
%   surat penugasan of a pengajuan sukarela are no rivals; each answer
%   states the act as its condition.
norm(p10_2_act,
     syarat([p10_4_instr], "untuk penugasan melalui penunjukan"),
     "Pasal 10 ayat (2)",
     "Penugasan melalui penunjukan").
norm(p12_1a_act,
     syarat([p12_3_instr, p1_31_instr_kpd, p1_31_instr_kuo],
            "untuk penugasan dalam bentuk Kelompok Kerja (squad)"),
     "Pasal 12 ayat (1) huruf a",
     "penugasan Kelompok Kerja (*squad*) berbasis layanan utama Unit Organisasi").
norm(p12_1b_act,
     syarat([p12_5_instr_lu, p12_5_instr_li, p1_32_instr_lu, p1_32_instr_li],
            "untuk penugasan dalam bentuk Tim Kerja berbasis tematik"),
     "Pasal 12 ayat (1) huruf b",
     "Tim Kerja berbasis tematik yang bersifat sementara (*ad hoc*)").
norm(p15_3_act,
     syarat([p15_4_instr, l413_instr], "untuk penunjukan lintas Unit Organisasi"),
     "Pasal 15 ayat (3)",
     "Penunjukkan lintas Unit Organisasi").
norm(p16_2_act,
     syarat([p16_2b_instr], "untuk pengajuan sukarela di dalam Unit Organisasi"),
     "Pasal 16 ayat (2)",
     "Pengajuan sukarela di dalam Unit Organisasi").
norm(p16_3_act,
     syarat([p16_3b_instr, l422c_instr_puo, l422c_instr_ppk],
            "untuk pengajuan sukarela lintas Unit Organisasi"),
     "Pasal 16 ayat (3)",
     "Pengajuan sukarela lintas Unit Organisasi").


                 /*******************************
                 *   REPORTING                  *
                 *******************************/

norm(p24_lapor,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', langsung),
     "Pasal 24",
     "Pejabat Fungsional atau Pelaksana yang ditugaskan secara individu melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi").
norm(l6_1a_lapor,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', melalui('pejabat-penilai-kinerja')),
     "Lampiran BAB VI angka 1 huruf a",
     "melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja").
%   huruf b: "Khusus pada Sekretariat Daerah" the JF Madya reports through
%   the Pejabat Penilai Kinerja "dan Kepala Bagian": one fact per
%   intermediary (melalui/1 takes one holder), both scoped to the unit
norm(l6_1b_lapor_ppk,
     di(['sekretariat-daerah'],
        melapor(individu, ['jf-ahli-madya'], 'pimpinan-unit-organisasi',
                melalui('pejabat-penilai-kinerja'))),
     "Lampiran BAB VI angka 1 huruf b",
     "Pejabat Fungsional Madya melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja dan Kepala Bagian sesuai dengan bidang tugasnya").
norm(l6_1b_lapor_kabag,
     di(['sekretariat-daerah'],
        melapor(individu, ['jf-ahli-madya'], 'pimpinan-unit-organisasi',
                melalui('kepala-bagian'))),
     "Lampiran BAB VI angka 1 huruf b",
     "Pejabat Fungsional Madya melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja dan Kepala Bagian sesuai dengan bidang tugasnya").
norm(p25_1_lapor,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Pasal 25 ayat (1)",
     "Pejabat Fungsional dan/atau Pelaksana yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja").
norm(l6_2a_lapor,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Lampiran BAB VI angka 2 huruf a",
     "Pejabat Fungsional dan/atau Pelaksana yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja").
norm(p25_2_lapor,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', melalui('pimpinan-unit-kerja')),
     "Pasal 25 ayat (2)",
     "melaporkan pelaksanaan tugas Tim Kerja kepada Pimpinan Unit Organisasi secara berkala melalui Pimpinan Unit Kerja").
norm(l6_2b_lapor,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', melalui('pejabat-penilai-kinerja')),
     "Lampiran BAB VI angka 2 huruf b",
     "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja").


                 /*******************************
                 *   ROUTING: LINTAS UNIT       *
                 *******************************/

%   one time line: 1 request, 2 PPK's recommendation, 3 answer,
%   4 the employee drafts the surat penugasan, 5 it is issued

norm(r_lu1_p15,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pimpinan-unit-organisasi-asal', [])),
     "Pasal 15 ayat (3)",
     "dilakukan melalui penyampaian surat permohonan kepada Pimpinan Unit Organisasi").
norm(r_lu1_l41b,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pimpinan-unit-organisasi-asal', ['pejabat-penilai-kinerja'])),
     "Lampiran BAB IV angka 4.1 huruf b angka 1)",
     "Pimpinan unit organisasi sebagai Pemilik Kinerja mengirimkan surat permohonan tentang pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Pimpinan Unit Organisasi mitra kerja dengan tembusan Pejabat Penilai Kinerja bersangkutan").
norm(r_lu1_l413,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pimpinan-unit-organisasi-asal', [])),
     "Lampiran BAB IV angka 4.1",
     "Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan melibatkan Pejabat Fungsional atau Pelaksana kepada Pimpinan Unit Organisasi yang dituju dimana Pejabat Fungsional atau Pelaksana dimaksud berada").
norm(r_lu2_l413,
     langkah('permohonan-pelibatan', 'lintas-unit', 2,
             step('pejabat-penilai-kinerja', 'memberikan-rekomendasi',
                  'pimpinan-unit-organisasi-asal', [])),
     "Lampiran BAB IV angka 4.1",
     "memproses dan menjawab permohonan melibatkan Pejabat Fungsional atau pelaksana tersebut setelah mendapat rekomendasi dari Pejabat Penilai Kinerja").
norm(r_lu3_l41b,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pimpinan-unit-organisasi-asal', menjawab,
                  'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB IV angka 4.1 huruf b angka 2)",
     "Pimpinan Unit Organisasi mitra kerja memberikan surat balasan berisi persetujuan dan rekomendasi Pejabat Fungsional dan/atau Pelaksana atau penolakan yang disertai alasan kepada Pimpinan Unit Organisasi Pemilik Kinerja").
norm(r_lu3_l413b,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pimpinan-unit-organisasi-asal', menjawab,
                  'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB IV angka 4.1",
     "Pimpinan Unit Organisasi yang dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada, memproses dan menjawab permohonan").
norm(r_lu3_l413e,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pimpinan-unit-organisasi-asal', menjawab,
                  'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB IV angka 4.1",
     "maka Pimpinan Unit Organisasi menjawab surat permohonan melibatkan tersebut disertai alasan").
norm(r_lu4_l413c,
     langkah('permohonan-pelibatan', 'lintas-unit', 4,
             step(pegawai, 'menyusun-surat-penugasan', 'pimpinan-unit-organisasi-asal', [])),
     "Lampiran BAB IV angka 4.1",
     "maka Pejabat Fungsional atau pelaksana menyusun surat penugasan untuk disetujui oleh Pimpinan Unit Organisasi").
norm(r_lu5_p15,
     langkah('permohonan-pelibatan', 'lintas-unit', 5,
             step('pimpinan-unit-organisasi-asal', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 15 ayat (4)",
     "memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana untuk melaksanakan kinerja sesuai surat permohonan Pimpinan Unit Organisasi Pemilik Kinerja").


                 /*******************************
                 *   ROUTING: LINTAS INSTANSI   *
                 *******************************/

norm(r_li1_l41c,
     langkah('permohonan-pelibatan', 'lintas-instansi', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan', bupati,
                  ['pejabat-penilai-kinerja'])),
     "Lampiran BAB IV angka 4.1 huruf c angka 1)",
     "Pimpinan Unit Organisasi Pemilik Kinerja menyampaikan surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Bupati u.p. Sekretaris Daerah dengan tembusan Pejabat Penilai Kinerja bersangkutan di instansinya").
norm(r_li1_p15,
     langkah('permohonan-pelibatan', 'lintas-instansi', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pimpinan-instansi-pemerintah', [])),
     "Pasal 15 ayat (5)",
     "dilakukan dengan menyampaikan surat permohonan kepada Pimpinan Instansi Pemerintah sesuai dengan peraturan perundang-undangan").
norm(r_li2_l41c,
     langkah('permohonan-pelibatan', 'lintas-instansi', 2,
             step('sekretaris-daerah', 'mengajukan-permohonan',
                  'pejabat-yang-berwenang-instansi-dituju', [])),
     "Lampiran BAB IV angka 4.1 huruf c angka 2)",
     "Sekretaris Daerah atas nama Bupati menyampaikan surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Pejabat yang berwenang di Instansi Pemerintah yang dituju").
norm(r_li3_l41c,
     langkah('permohonan-pelibatan', 'lintas-instansi', 3,
             step('instansi-pemerintah-lain', menjawab, bupati, [])),
     "Lampiran BAB IV angka 4.1 huruf c angka 3)",
     "Bupati menerima surat balasan dari Instansi Pemerintah lain berisi persetujuan dan rekomendasi Pejabat Fungsional dan/atau Pelaksana atau penolakan yang disertai alasan").


%   Pasal 18 puts the mechanism of Pasal 9-17 in the Lampiran: where a
%   Pasal states a step in brief (Pasal 15 ayat (5): the request "kepada
%   Pimpinan Instansi Pemerintah"; Pasal 16 ayat (3) huruf b: the surat
%   penugasan "kepada Pejabat Fungsional atau Pelaksana"), the Lampiran's
%   steps set it out (to the Bupati u.p. Sekretaris Daerah, who sends it
%   on to the Instansi; a surat penugasan addressed to the Pimpinan Unit
%   Organisasi pemilik kinerja, which the Pejabat Fungsional receives,
%   angka 4.2.2 huruf d).  Not rivals: the detail governs.
norm(p18_rincian_li,
     rincian([r_li1_l41c], [r_li1_p15]),
     "Pasal 18",
     "Mekanisme Penugasan sebagaimana dimaksud dalam Pasal 9 sampai dengan Pasal 17 tercantum dalam Lampiran").
norm(p18_rincian_sl,
     rincian([r_sl6_l_puo, r_sl6_l_ppk], [r_sl6_p16]),
     "Pasal 18",
     "Mekanisme Penugasan sebagaimana dimaksud dalam Pasal 9 sampai dengan Pasal 17 tercantum dalam Lampiran").


                 /*******************************
                 *   ROUTING: PENGAJUAN SUKARELA *
                 *******************************/

%   dalam Unit Organisasi: 1 request, 2 approval, 3 surat penugasan,
%   4 report of the results

norm(r_sd1_p16,
     langkah('pengajuan-sukarela', 'dalam-unit', 1,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi', [])),
     "Pasal 16 ayat (2) huruf a",
     "Pejabat Fungsional dan/atau Pelaksana menyampaikan secara lisan atau tertulis untuk dapat terlibat sebagai individu dan/atau anggota Tim Kerja dalam pelaksanaan kinerja tertentu kepada Pimpinan Unit Organisasi").
norm(r_sd1_l_puo,
     langkah('pengajuan-sukarela', 'dalam-unit', 1,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf a",
     "Pejabat Fungsional atau pelaksana menyampaikan keinginannya secara lisan untuk dapat terlibat dalam suatu tim yang melaksanakan kinerja tertentu dalam unit organisasi kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja").
norm(r_sd1_l_ppk,
     langkah('pengajuan-sukarela', 'dalam-unit', 1,
             step(pegawai, 'mengajukan-permohonan', 'pejabat-penilai-kinerja', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf a",
     "Pejabat Fungsional atau pelaksana menyampaikan keinginannya secara lisan untuk dapat terlibat dalam suatu tim yang melaksanakan kinerja tertentu dalam unit organisasi kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja").
norm(r_sd2_p16,
     langkah('pengajuan-sukarela', 'dalam-unit', 2,
             step('pimpinan-unit-organisasi', menyetujui, pegawai, [])),
     "Pasal 16 ayat (2) huruf b",
     "Apabila Pimpinan Unit Organisasi menyetujui").
norm(r_sd2_l,
     langkah('pengajuan-sukarela', 'dalam-unit', 2,
             step('pimpinan-unit-organisasi', menyetujui, pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf b",
     "Apabila Pimpinan Unit Organisasi menyetujui").
norm(r_sd3_p16,
     langkah('pengajuan-sukarela', 'dalam-unit', 3,
             step('pimpinan-unit-organisasi', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 16 ayat (2) huruf b",
     "maka Pimpinan Unit Organisasi memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana untuk melaksanakan kinerja tersebut").
norm(r_sd3_l,
     langkah('pengajuan-sukarela', 'dalam-unit', 3,
             step('pimpinan-unit-organisasi', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf b",
     "maka Pimpinan Unit Organisasi menugaskan Pejabat Fungsional atau pelaksana untuk melaksanakan kinerja tertentu tersebut").
norm(r_sd4_l_puo,
     langkah('pengajuan-sukarela', 'dalam-unit', 4,
             step(pegawai, 'melaporkan-hasil', 'pimpinan-unit-organisasi', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf d",
     "Pejabat Fungsional atau pelaksana melaporkan hasil pelaksanaan kinerja tertentu tersebut kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja").
norm(r_sd4_l_ppk,
     langkah('pengajuan-sukarela', 'dalam-unit', 4,
             step(pegawai, 'melaporkan-hasil', 'pejabat-penilai-kinerja', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.1 huruf d",
     "Pejabat Fungsional atau pelaksana melaporkan hasil pelaksanaan kinerja tertentu tersebut kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja").

%   lintas Unit Organisasi: 1 consent of the own unit, 2 application to
%   the performance-owning unit, 3 its approval, 4 the approved
%   application back to the own unit, 5 its approval, 6 surat penugasan

norm(r_sl1_p16,
     langkah('pengajuan-sukarela', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-asal', menyetujui, pegawai, [])),
     "Pasal 16 ayat (3) huruf a",
     "atas persetujuan Pimpinan Unit Organisasi bersangkutan").
norm(r_sl1_l_ppk,
     langkah('pengajuan-sukarela', 'lintas-unit', 1,
             step('pejabat-penilai-kinerja', menyetujui, pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf a",
     "setelah mendapatkan persetujuan dan/atau rekomendasi dari Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi bersangkutan").
norm(r_sl1_l_puo,
     langkah('pengajuan-sukarela', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-asal', menyetujui, pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf a",
     "setelah mendapatkan persetujuan dan/atau rekomendasi dari Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi bersangkutan").
norm(r_sl2_p16,
     langkah('pengajuan-sukarela', 'lintas-unit', 2,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi-pemohon',
                  ['pejabat-penilai-kinerja'])),
     "Pasal 16 ayat (3) huruf a",
     "menyampaikan surat pengajuan untuk dapat terlibat sebagai individu dan/atau anggota Tim Kerja dalam pelaksanaan kinerja kepada Pimpinan Unit Organisasi Pemilik Kinerja atas persetujuan Pimpinan Unit Organisasi bersangkutan dengan tembusan surat kepada pejabat penilai kinerja ybs").
norm(r_sl2_l42,
     langkah('pengajuan-sukarela', 'lintas-unit', 2,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi-pemohon',
                  ['pejabat-penilai-kinerja'])),
     "Lampiran BAB IV angka 4.2",
     "Permohonan pengajuan sukarela disampaikan kepada Pimpinan Unit Organisasi yang dituju tembusan Pejabat Penilai Kinerja yang bersangkutan").
norm(r_sl2_l422a,
     langkah('pengajuan-sukarela', 'lintas-unit', 2,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf a",
     "Pejabat Fungsional atau pelaksana menyampaikan surat permohonan untuk dapat dilibatkan dalam pelaksanaan kinerja tertentu kepada Pimpinan Unit Organisasi dituju").
norm(r_sl3_l422b,
     langkah('pengajuan-sukarela', 'lintas-unit', 3,
             step('pimpinan-unit-organisasi-pemohon', menyetujui, pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf b",
     "Apabila Pimpinan Unit Organisasi dituju menyetujui").
norm(r_sl4_l_puo,
     langkah('pengajuan-sukarela', 'lintas-unit', 4,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi-asal', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf b",
     "maka Pejabat Fungsional atau pelaksana menyampaikan surat permohonan persetujuan yang telah disetujui oleh Pimpinan Unit Organisasi yang dituju Kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja bersangkutan").
norm(r_sl4_l_ppk,
     langkah('pengajuan-sukarela', 'lintas-unit', 4,
             step(pegawai, 'mengajukan-permohonan', 'pejabat-penilai-kinerja', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf b",
     "maka Pejabat Fungsional atau pelaksana menyampaikan surat permohonan persetujuan yang telah disetujui oleh Pimpinan Unit Organisasi yang dituju Kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja bersangkutan").
norm(r_sl5_l_puo,
     langkah('pengajuan-sukarela', 'lintas-unit', 5,
             step('pimpinan-unit-organisasi-asal', menyetujui, pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "Apabila Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(r_sl5_l_ppk,
     langkah('pengajuan-sukarela', 'lintas-unit', 5,
             step('pejabat-penilai-kinerja', menyetujui, pegawai, [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "Apabila Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(r_sl6_p16,
     langkah('pengajuan-sukarela', 'lintas-unit', 6,
             step('pimpinan-unit-organisasi-asal', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 16 ayat (3) huruf b",
     "maka Pimpinan Unit Organisasi bersangkutan memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana untuk melaksanakan kinerja yang berada di Unit Organisasi Pemilik Kinerja").
norm(r_sl6_l_puo,
     langkah('pengajuan-sukarela', 'lintas-unit', 6,
             step('pimpinan-unit-organisasi-asal', 'menerbitkan-penugasan',
                  'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "menyusun surat penugasan yang ditandatangani oleh Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja yang ditujukan kepada Pimpinan Unit Organisasi pemilik kinerja").
norm(r_sl6_l_ppk,
     langkah('pengajuan-sukarela', 'lintas-unit', 6,
             step('pejabat-penilai-kinerja', 'menerbitkan-penugasan',
                  'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran BAB IV angka 4.2 angka 4.2.2 huruf c",
     "menyusun surat penugasan yang ditandatangani oleh Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja yang ditujukan kepada Pimpinan Unit Organisasi pemilik kinerja").


                 /*******************************
                 *   TIM KERJA, KETUA TIM       *
                 *******************************/

norm(p13_4_asal_lu,
     ketua_tim(asal('lintas-unit'), diutamakan, 'unit-pemilik-kinerja'),
     "Pasal 13 ayat (4)",
     "Ketua Kelompok Kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau lintas Instansi Pemerintah, diutamakan berasal dari Unit Organisasi pemilik Kinerja").
norm(p13_4_asal_li,
     ketua_tim(asal('lintas-instansi'), diutamakan, 'unit-pemilik-kinerja'),
     "Pasal 13 ayat (4)",
     "Ketua Kelompok Kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau lintas Instansi Pemerintah, diutamakan berasal dari Unit Organisasi pemilik Kinerja").
norm(l5d_asal_lu,
     ketua_tim(asal('lintas-unit'), diutamakan, 'unit-pemilik-kinerja'),
     "Lampiran BAB V huruf d",
     "Pejabat Fungsional atau pelaksana yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja tersebut").
norm(l5d_asal_li,
     ketua_tim(asal('lintas-instansi'), diutamakan, 'unit-pemilik-kinerja'),
     "Lampiran BAB V huruf d",
     "Pejabat Fungsional atau pelaksana yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja tersebut").
norm(p1_33_jabatan,
     ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
     "Pasal 1 angka 33",
     "Ketua Tim Kerja adalah Pejabat Fungsional atau Pelaksana yang ditunjuk sebagai ketua").
norm(l5c_jabatan,
     ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
     "Lampiran BAB V huruf c",
     "pimpinan unit organisasi dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja").
norm(l413_jabatan,
     ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
     "Lampiran BAB IV angka 4.1",
     "Pimpinan Unit Organisasi kelompok jabatan fungsional dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja").
norm(p13_2_penetapan,
     ketua_tim(penetapan, wajib, 'keputusan-kepala-unit-organisasi-pemilik-kinerja'),
     "Pasal 13 ayat (2)",
     "ditetapkan dengan Keputusan Kepala Unit Organisasi Pemilik Kinerja").
norm(p29_pengganti,
     ketua_tim(pengganti, dapat, ['satu-jenjang-di-bawah', 'satu-jenjang-di-atas', setara]),
     "Pasal 29 ayat (2)",
     "merupakan pegawai satu jenjang di bawah atau di atasnya atau yang setara Ketua Kelompok Kerja (*squad*)").
norm(p13_2_ketua,
     wewenang('penetapan-ketua-tim', semua, 'pimpinan-unit-organisasi'),
     "Pasal 13 ayat (2)",
     "ditetapkan dengan Keputusan Kepala Unit Organisasi Pemilik Kinerja").
norm(p29_1_ketua,
     wewenang('penetapan-ketua-tim', semua, 'pimpinan-unit-organisasi'),
     "Pasal 29 ayat (1)",
     "dapat ditunjuk Ketua Tim Kerja sementara untuk melancarkan pelaksanaan tugas oleh Kepala Unit Organisasi Pemilik Kinerja").
norm(l5c_ketua,
     wewenang('penetapan-ketua-tim', semua, 'pimpinan-unit-organisasi'),
     "Lampiran BAB V huruf c",
     "pimpinan unit organisasi dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja").
norm(l413_ketua,
     wewenang('penetapan-ketua-tim', semua, 'pimpinan-unit-organisasi'),
     "Lampiran BAB IV angka 4.1",
     "Pimpinan Unit Organisasi kelompok jabatan fungsional dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja").


                 /*******************************
                 *   DURATIONS                  *
                 *******************************/

%   Pasal 1 angka 29, the definition of Penugasan, as the other four
%   regulations encode the same sentence (added for issue 14's self-check)
norm(p1_29_durasi,
     durasi(penugasan, sesuai("periode waktu tertentu")),
     "Pasal 1 angka 29",
     "dalam periode waktu tertentu").
norm(p1_31_durasi,
     durasi('kelompok-kerja', paling_lama(1, tahun)),
     "Pasal 1 angka 31",
     "dalam jangka waktu maksimal 1 (satu) tahun penugasan").
norm(p1_32_durasi,
     durasi('tim-kerja', sesuai("lebih dari 1 (satu) bulan, tetapi kurang dari 1 (satu) tahun")),
     "Pasal 1 angka 32",
     "dibentuk dalam jangka waktu lebih dari 1 (satu) bulan, tetapi kurang dari 1 (satu) tahun").
norm(p12_4b_durasi,
     durasi('tim-kerja', paling_lama(1, tahun)),
     "Pasal 12 ayat (4) huruf b",
     "berlaku dalam jangka waktu paling singkat 1 (satu) bulan, dan paling lama 1 (satu) tahun").
norm(p1_33_durasi,
     durasi('ketua-tim-kerja', paling_lama(1, tahun)),
     "Pasal 1 angka 33",
     "dalam jangka waktu maksimal 1 (satu) tahun").
norm(p11_2_durasi,
     durasi(penugasan, sesuai("kurun waktu tertentu dalam satu tahun anggaran")),
     "Pasal 11 ayat (2)",
     "pada kurun waktu tertentu dalam satu tahun anggaran").


                 /*******************************
                 *   TANGGUNG JAWAB             *
                 *******************************/

%   Pasal 22 ayat (3): Pemilik Kinerja atau Pimpinan Unit Organisasi
norm(p22_3a,
     tanggung_jawab('pimpinan-unit-organisasi', "menyusun dan menetapkan roadmap dan rencana kerja organisasi"),
     "Pasal 22 ayat (3) huruf a",
     "menyusun dan menetapkan roadmap dan rencana kerja organisasi").
norm(p22_3b,
     tanggung_jawab('pimpinan-unit-organisasi', "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi"),
     "Pasal 22 ayat (3) huruf b",
     "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi").
norm(p22_3c,
     tanggung_jawab('pimpinan-unit-organisasi', "memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumberdaya yang optimal"),
     "Pasal 22 ayat (3) huruf c",
     "memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumberdaya yang optimal").
norm(p22_3d,
     tanggung_jawab('pimpinan-unit-organisasi', "memastikan pengambilan keputusan yang tepat dan efektif"),
     "Pasal 22 ayat (3) huruf d",
     "memastikan pengambilan keputusan yang tepat dan efektif").
norm(p22_3e,
     tanggung_jawab('pimpinan-unit-organisasi', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar unit organisasi"),
     "Pasal 22 ayat (3) huruf e",
     "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar unit organisasi").
%   Pasal 22 ayat (4): Pejabat Penilai Kinerja
norm(p22_4a,
     tanggung_jawab('pejabat-penilai-kinerja', "menyusun dan menetapkan rencana kegiatan"),
     "Pasal 22 ayat (4) huruf a",
     "menyusun dan menetapkan rencana kegiatan").
norm(p22_4b,
     tanggung_jawab('pejabat-penilai-kinerja', "menyediakan dukungan sumber daya untuk pelaksanaan kegiatan"),
     "Pasal 22 ayat (4) huruf b",
     "menyediakan dukungan sumber daya untuk pelaksanaan kegiatan").
norm(p22_4c,
     tanggung_jawab('pejabat-penilai-kinerja', "memberikan arahan terpadu, masukan, dan perbaikan atas pelaksanaan kegiatan"),
     "Pasal 22 ayat (4) huruf c",
     "memberikan arahan terpadu, masukan, dan perbaikan atas pelaksanaan kegiatan").
norm(p22_4d,
     tanggung_jawab('pejabat-penilai-kinerja', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar unit organisasi"),
     "Pasal 22 ayat (4) huruf d",
     "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar unit organisasi").
norm(p22_4e,
     tanggung_jawab('pejabat-penilai-kinerja', "melakukan monitoring dan evaluasi pelaksanaan tugas Tim Kerja"),
     "Pasal 22 ayat (4) huruf e",
     "melakukan monitoring dan evaluasi pelaksanaan tugas Tim Kerja").
%   Pasal 13 ayat (3): what the Ketua Kelompok Kerja may do.  The duty in
%   the text's words, "(*squad*)" with the text's emphasis marks, as every
%   other duty here keeps them ("*feedback*", "*roadmap*"); it was written
%   "(squad)" (corrected after the issue 14 self-check)
norm(p13_3_ketua,
     tanggung_jawab('ketua-tim', "memberikan rekomendasi penilaian atas hasil pelaksanaan tugas para anggota Kelompok Kerja (*squad*) yang menjadi tanggung jawabnya"),
     "Pasal 13 ayat (3)",
     "berwenang memberikan rekomendasi penilaian atas hasil pelaksanaan tugas para anggota Kelompok Kerja (*squad*) yang menjadi tanggung jawabnya").
%   Pasal 22 ayat (5): Ketua Tim Kerja
norm(p22_5a,
     tanggung_jawab('ketua-tim', "menyusun rincian pelaksanaan kegiatan"),
     "Pasal 22 ayat (5) huruf a",
     "menyusun rincian pelaksanaan kegiatan").
norm(p22_5b,
     tanggung_jawab('ketua-tim', "membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/atau keterampilan"),
     "Pasal 22 ayat (5) huruf b",
     "membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/atau keterampilan").
norm(p22_5c,
     tanggung_jawab('ketua-tim', "melaksanakan kegiatan sesuai dengan perencanaan"),
     "Pasal 22 ayat (5) huruf c",
     "melaksanakan kegiatan sesuai dengan perencanaan").
norm(p22_5d,
     tanggung_jawab('ketua-tim', "memberikan masukan perbaikan berkala kepada anggota Tim Kerja"),
     "Pasal 22 ayat (5) huruf d",
     "memberikan masukan perbaikan berkala kepada anggota Tim Kerja").
norm(p22_5e,
     tanggung_jawab('ketua-tim', "melaporkan hasil kinerja anggota Tim Kerja kepada Pejabat Penilai Kinerja sebagai bahan pertimbangan penilaian kinerja Pejabat Fungsional dan Pelaksana"),
     "Pasal 22 ayat (5) huruf e",
     "melaporkan hasil kinerja anggota Tim Kerja kepada Pejabat Penilai Kinerja sebagai bahan pertimbangan penilaian kinerja Pejabat Fungsional dan Pelaksana").
norm(p22_5f,
     tanggung_jawab('ketua-tim', "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim"),
     "Pasal 22 ayat (5) huruf f",
     "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim").
%   Pasal 22 ayat (6): anggota Tim Kerja
norm(p22_6a,
     tanggung_jawab('anggota-tim', "menyusun rencana kerja individu"),
     "Pasal 22 ayat (6) huruf a",
     "menyusun rencana kerja individu").
norm(p22_6b,
     tanggung_jawab('anggota-tim', "melaksanakan kinerja sesuai ekspektasi Ketua Tim Kerja"),
     "Pasal 22 ayat (6) huruf b",
     "melaksanakan kinerja sesuai ekspektasi Ketua Tim Kerja").
norm(p22_6c,
     tanggung_jawab('anggota-tim', "melaporkan hasil kinerja kepada Ketua Tim Kerja"),
     "Pasal 22 ayat (6) huruf c",
     "melaporkan hasil kinerja kepada Ketua Tim Kerja").
%   Pasal 20 ayat (1), Pasal 28 ayat (3): duties outside the lists of Pasal 22
norm(p20_1_ketua,
     tanggung_jawab('ketua-tim', "membuat Perjanjian Kinerja yang berisikan tugas dari pimpinan instansi/atasan langsungnya untuk melaksanakan kegiatan yang disertai dengan indikator kinerja"),
     "Pasal 20 ayat (1)",
     "Pejabat yang ditunjuk sebagai Ketua Tim Kerja membuat Perjanjian Kinerja yang berisikan tugas dari pimpinan instansi/atasan langsungnya untuk melaksanakan kegiatan yang disertai dengan indikator kinerja").
norm(p28_3_puo,
     tanggung_jawab('pimpinan-unit-organisasi', "memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagi pakai"),
     "Pasal 28 ayat (3)",
     "Pimpinan Unit Organisasi memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagi pakai").
%   Pasal 30 ayat (1)
norm(p30_1_puo,
     tanggung_jawab('pimpinan-unit-organisasi', "penyusunan Peta Proses Bisnis Perangkat Daerah yang menggambarkan hubungan kerja yang efektif dan efisien antar Unit Organisasi"),
     "Pasal 30 ayat (1)",
     "Pejabat Pemilik Kinerja atau Kepala Perangkat Daerah bertanggung jawab pada penyusunan Peta Proses Bisnis Perangkat Daerah").
norm(p30_1_kpd,
     tanggung_jawab('kepala-perangkat-daerah', "penyusunan Peta Proses Bisnis Perangkat Daerah yang menggambarkan hubungan kerja yang efektif dan efisien antar Unit Organisasi"),
     "Pasal 30 ayat (1)",
     "Pejabat Pemilik Kinerja atau Kepala Perangkat Daerah bertanggung jawab pada penyusunan Peta Proses Bisnis Perangkat Daerah").

%   Lampiran BAB IV angka 4.1.3 angka 3 huruf d (cited at angka 4.1, see header)
norm(l413_ppk_a,
     tanggung_jawab('pejabat-penilai-kinerja', "menyusun dan menetapkan rencana kegiatan"),
     "Lampiran BAB IV angka 4.1",
     "menyusun dan menetapkan rencana kegiatan").
norm(l413_ppk_b,
     tanggung_jawab('pejabat-penilai-kinerja', "Menyediakan dukungan sumber daya untuk pelaksanaan kegiatan"),
     "Lampiran BAB IV angka 4.1",
     "Menyediakan dukungan sumber daya untuk pelaksanaan kegiatan").
norm(l413_ppk_c,
     tanggung_jawab('pejabat-penilai-kinerja', "Memberikan arahan terpadu, input, dan *feedback* atas pelaksanaan kegiatan"),
     "Lampiran BAB IV angka 4.1",
     "Memberikan arahan terpadu, input, dan *feedback* atas pelaksanaan kegiatan").
norm(l413_ppk_d,
     tanggung_jawab('pejabat-penilai-kinerja', "Memastikan kolaborasi dan sinergi pelaksanaan tugas antar tim"),
     "Lampiran BAB IV angka 4.1",
     "Memastikan kolaborasi dan sinergi pelaksanaan tugas antar tim").
norm(l413_ppk_e,
     tanggung_jawab('pejabat-penilai-kinerja', "Melakukan monitoring dan evaluasi pelaksanaan tugas tim"),
     "Lampiran BAB IV angka 4.1",
     "Melakukan monitoring dan evaluasi pelaksanaan tugas tim").
norm(l413_puo_a,
     tanggung_jawab('pimpinan-unit-organisasi', "Menyusun dan menetapkan *roadmap* dan rencana kerja organisasi"),
     "Lampiran BAB IV angka 4.1",
     "Menyusun dan menetapkan *roadmap* dan rencana kerja organisasi").
norm(l413_puo_b,
     tanggung_jawab('pimpinan-unit-organisasi', "Memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi"),
     "Lampiran BAB IV angka 4.1",
     "Memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi").
norm(l413_puo_c,
     tanggung_jawab('pimpinan-unit-organisasi', "Memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumber dayayang optimal"),
     "Lampiran BAB IV angka 4.1",
     "Memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumber dayayang optimal").
norm(l413_puo_d,
     tanggung_jawab('pimpinan-unit-organisasi', "Memastikan pengambilan keputusan yang tepat dan efektif"),
     "Lampiran BAB IV angka 4.1",
     "Memastikan pengambilan keputusan yang tepat dan efektif").
norm(l413_puo_e,
     tanggung_jawab('pimpinan-unit-organisasi', "Memastikan kolaborasi dan sinergi pelaksanaan tugas dan fungsi antar unit organisasi"),
     "Lampiran BAB IV angka 4.1",
     "Memastikan kolaborasi dan sinergi pelaksanaan tugas dan fungsi antar unit organisasi").
norm(l413_ketua_a,
     tanggung_jawab('ketua-tim', "Menyusun rincian pelaksanaan kegiatan"),
     "Lampiran BAB IV angka 4.1",
     "Menyusun rincian pelaksanaan kegiatan").
norm(l413_ketua_b,
     tanggung_jawab('ketua-tim', "Membagi peran anggota tim sesuai dengan Kompetensi, keahlian, dan/atau keterampilan"),
     "Lampiran BAB IV angka 4.1",
     "Membagi peran anggota tim sesuai dengan Kompetensi, keahlian, dan/atau keterampilan").
norm(l413_ketua_c,
     tanggung_jawab('ketua-tim', "Melaksanakan kegiatan sesuai dengan perencanaan"),
     "Lampiran BAB IV angka 4.1",
     "Melaksanakan kegiatan sesuai dengan perencanaan").
norm(l413_ketua_d,
     tanggung_jawab('ketua-tim', "Melaksanakan kegiatan sesuai dengan perencanaan"),
     "Lampiran BAB IV angka 4.1",
     "Melaksanakan kegiatan sesuai dengan perencanaan").
norm(l413_ketua_e,
     tanggung_jawab('ketua-tim', "Melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja pejabat fungsional dan pelaksana"),
     "Lampiran BAB IV angka 4.1",
     "Melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan pimpinan unit organisasi yang").
norm(l413_ketua_f,
     tanggung_jawab('ketua-tim', "Melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim"),
     "Lampiran BAB IV angka 4.1",
     "Melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim").
norm(l413_anggota_a,
     tanggung_jawab('anggota-tim', "Menyusun rencana kerja individu"),
     "Lampiran BAB IV angka 4.1",
     "Menyusun rencana kerja individu").
norm(l413_anggota_b,
     tanggung_jawab('anggota-tim', "Melaksanakan kinerja sesuai ekspektasi ketua tim"),
     "Lampiran BAB IV angka 4.1",
     "Melaksanakan kinerja sesuai ekspektasi ketua tim").
norm(l413_anggota_c,
     tanggung_jawab('anggota-tim', "Melaporkan hasil kerjanya kepada ketua tim"),
     "Lampiran BAB IV angka 4.1",
     "Melaporkan hasil kerjanya kepada ketua tim").
