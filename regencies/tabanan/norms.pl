/*  Part of perbup-kb

    Norms of Peraturan Bupati Tabanan Nomor 107 Tahun 2023 tentang Sistem
    Kerja Perangkat Daerah: kedudukan (Pasal 6, Lampiran angka 1#2 huruf a
    and the patterns Lampiran huruf A-G with the units each lists; the
    Pimpinan Unit Organisasi of pola B from its heading "Unit Organisasi
    yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama"), penugasan by penunjukan and pengajuan sukarela (Pasal 8,
    Lampiran angka 2#2 with the routings of huruf e#2 angka i-iii and huruf
    f#2 huruf a)-b)), instruments, reporting (Pasal 9, Lampiran angka 3#2
    huruf B), tim kerja and its ketua (Pasal 7 ayat (3), Lampiran angka 3#2
    huruf A), durations (Pasal 1 angka 18, Lampiran angka 2#2 huruf e#2
    angka iii) and the tanggung jawab lists (Lampiran angka 3#2 huruf A
    huruf a#3-d#2).  Per unit, as di/2 over each pattern's units: the
    "Hasil pelaksanaan kegiatan ... disampaikan kepada X oleh individu atau
    ketua tim" of Lampiran huruf A-G angka 2 huruf b (melapor for individu
    and ketua tim; X the pattern's post: Kepala Bagian, Pejabat Pimpinan
    Tinggi Pratama (B, C), Pejabat Administrator, Direktur, Kepala UPTD,
    and for G "Pejabat Fungsional yang memimpin unit organisasi", the
    Kepala Puskesmas of huruf G angka 1), and who decides on a ketua tim
    (angka 2 huruf a: "Pejabat Administrator menentukan perlu atau
    tidaknya penunjukan ketua tim kerja" in pola B, "penentuan kebutuhan
    atas Ketua Tim" by the unit's leader in A, D, E, F, G; encoded as
    penetapan-ketua-tim, the nearest act; pola C is silent).  The
    patterns state no assigner (penunjukan, penetapan-penugasan) and no
    instrument of their own.  Pasal 1 angka 17 ("paling rendah pejabat
    pengawas, kepala Unit Organisasi mandiri, atau pejabat lain yang diberi
    pendelegasian kewenangan") is the lower bound paling_rendah(pengawas)
    with the head of an independent unit and the delegate as its
    delegation (the quote of the delegation stops at "yang diberi": the
    text breaks the sentence across a page, and "pendelegasian
    kewenangan." is a paragraph of its own).  Not encoded: the other
    definitions and "dapat merupakan"
    lists of who may be Pejabat Penilai Kinerja / Pimpinan Unit Organisasi
    (Lampiran angka 1#2 huruf b, angka 2#2 huruf b: they repeat the
    bounds of Pasal 1 angka 16 and 17, which are encoded); Pasal 1 angka 16
    is the enumeration paling_rendah(fungsional) (p1_16_puo), a bound that
    each pattern's named Pimpinan Unit Organisasi meets and that stands
    for the role where a pattern names none (Lampiran huruf C); per pattern, the monitoring "secara berkala
    atau sewaktu-waktu oleh X dan/atau Ketua Tim" (angka 2 huruf b: no
    act for it), the Tahapan Evaluasi chains above the unit's leader
    (huruf A angka 2 huruf c: Kepala Bagian, then "disampaikan kepada
    Asisten", then "ditinjau oleh Sekda"; huruf B angka 2 huruf c:
    "Pejabat Administrator meninjau", then "disampaikan kepada Pejabat
    Pimpinan Tinggi Pratama untuk ditinjau", which does not say who
    forwards the results, so no melapor ... melalui(pejabat-administrator);
    huruf C angka 2 huruf c: the sekretariat "ditinjau oleh Pejabat
    Administrator"), the Asisten who "akan membagi dan menunjuk Kepala
    Bagian sebagai penanggung jawab atas kinerja tertentu" (huruf A angka
    2 huruf a: a penunjukan of the Kepala Bagian, not of a JF), and the
    "penentuan pelaksanaan tugas dalam bentuk Tim Kerja atau individu"
    (angka 2 huruf a of A, D-G: the unit's leader, already the Pimpinan
    Unit Organisasi whose "strategi" sets the tim kerja by Lampiran angka
    3#2 huruf A huruf e).  Oddities of the
    text: the Lampiran numbers its parts twice (1.-3. Tahapan, then 1.
    Kedudukan, 2. Penugasan, 3. Pelaksanaan Tugas: angka 1#2, 2#2, 3#2) and
    letters Penunjukan and Pengajuan Sukarela "e." and "f." after a list
    a.-f. (huruf e#2, f#2); the unit patterns restart at "A." after "A.
    Pelaksanaan Tugas / B. Pertanggungjawaban"; "C. Tahapan Evaluasi" for
    "c." (Lampiran huruf E angka 2); "Pimpinan Organisasi bersangkutan"
    without "Unit" (Lampiran angka 2#2 huruf e#2 angka i); "Pejabat Penilai
    Kerja" for "Pejabat Penilai Kinerja" (Lampiran huruf C angka 1, huruf G
    angka 1); "DPMPSTP" for DPMPTSP (Lampiran huruf C); "keahlian/atau"
    (Pasal 1 angka 18, Lampiran huruf A angka 2 huruf b); "mapu" for
    "maupun" (Lampiran huruf A angka 2 huruf a); "bertanggungjawab langsung
    Kepala Bagian" without "kepada" (Lampiran huruf A angka 1); Lampiran
    huruf E is headed "Unit Organisasi pada Dinas/ Badan yang dipimpin oleh
    Pejabat Administrator" but lists an RSUD and names its Direktur;
    Lampiran huruf F names the assessor "Kepala UPTD" and, "dengan kata
    lain", "Pengawas" (both encoded, the latter as level(pengawas));
    Lampiran angka 3#2 huruf A huruf c#2
    opens "Pelaksanaan tugas lintas Unit Organisasi" for the lintas
    instansi case; "lintas Instansi Pemerintah Daerah" (Lampiran angka 3#2
    huruf A huruf d) against "lintas instansi pemerintah" (Pasal 7 ayat
    (3)); "ketua tim.." (Lampiran huruf C angka 2 huruf b); "GEĐE" in the
    Lampiran signature.  Conflicts kept as separate facts: who sets the
    assignment (Pasal 8 ayat (4) and Lampiran angka 2#2 huruf a: Pejabat
    Penilai Kinerja or Pimpinan Unit Organisasi; Lampiran angka 2#2 and
    huruf d: the Pejabat Penilai Kinerja on the proposal of the Pimpinan
    Unit Organisasi) and who gives the surat penugasan (Lampiran angka 2#2:
    the Pejabat Penilai Kinerja; huruf f#2 huruf a): the Pimpinan Unit
    Organisasi; huruf e#2 angka iii: the Pimpinan Unit Organisasi where
    the official works).

    Contradictions that remain under precedence (kb/precedence.pl; the
    grid in bench/grid.md): none.  Lampiran huruf C angka 2 huruf b (DPMPTSP
    and BRIDA: results "disampaikan kepada Pejabat Pimpinan Tinggi
    Pratama") against Pasal 9 ayat (2) and (4) ("kepada Pimpinan Unit
    Organisasi") was one while Pasal 1 angka 16 was not encoded: huruf C
    names no Pimpinan Unit Organisasi, and the definition's enumeration
    (p1_16_puo), which the Pejabat Pimpinan Tinggi Pratama leading the
    Badan meets, is all the text says of that role there.  Resolved by
    precedence: the items of Lampiran angka 2#2 huruf e#2 and f#2 (dalam
    unit, lintas unit, lintas instansi) over the general lines of angka
    2#2 and Pasal 8; each pattern's post that decides on a ketua tim as
    that pattern's Pimpinan Unit Organisasi; "dan/atau" holders as one
    answer; the definitions' bounds (Pasal 1 angka 16, 17) met by each
    pattern's named holder.
*/

% ids this regulation adds: kept in kb/vocabulary.pl



                 /*******************************
                 *   KEDUDUKAN: GENERAL RULES   *
                 *******************************/

%   the definition of the Pejabat Penilai Kinerja: a lower bound that
%   admits delegation (kb/precedence.pl): a narrower provision naming
%   another post is that delegation, and a post of the bound's level or
%   above is the same answer
norm(p1_17_ppk,
     peran('pejabat-penilai-kinerja',
     ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
      'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
     [semua], [semua], paling_rendah(pengawas)),
     "Pasal 1 angka 17",
     "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas").
norm(p1_17_delegasi,
     pendelegasian(p1_17_ppk),
     "Pasal 1 angka 17",
     "kepala Unit Organisasi mandiri, atau pejabat lain yang diberi").
%   the definition of the Pimpinan Unit Organisasi: an enumeration of the
%   posts that may lead a Unit Organisasi, the unit's structure choosing
%   (as Lombok Barat's Lampiran BAB II huruf B angka 2 writes it)
norm(p1_16_puo,
     peran('pimpinan-unit-organisasi', [semua], [semua], [semua], paling_rendah(fungsional)),
     "Pasal 1 angka 16",
     "Pimpinan Unit Organisasi adalah pejabat pimpinan tinggi pratama, pejabat administrator, pejabat pengawas, atau Pejabat Fungsional yang diangkat untuk memimpin suatu Unit Organisasi tertentu").
%   who sets the kedudukan: the Pejabat Pembina Kepegawaian, in Pasal 6
%   ayat (3) and in the Lampiran's kedudukan list alike
norm(p6_3_kedudukan,
     wewenang('penetapan-kedudukan', semua, 'pejabat-pembina-kepegawaian'),
     "Pasal 6 ayat (3)",
     "Penentuan kedudukan dan tanggung jawab sebagaimana dimaksud pada ayat (1) dan ayat (2) ditetapkan oleh Pejabat Pembina Kepegawaian").
norm(l1d_kedudukan,
     wewenang('penetapan-kedudukan', semua, 'pejabat-pembina-kepegawaian'),
     "Lampiran angka 1#2 huruf d",
     "Penetapan kedudukan Pejabat Fungsional dan pelaksana dalam suatu Unit Organisasi ditetapkan oleh Pejabat Pembina Kepegawaian").
norm(p6_1_jpt,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Pasal 6 ayat (1)",
     "bertanggung jawab langsung kepada pejabat pimpinan tinggi pratama, pejabat administrator atau pejabat pengawas").
norm(p6_1_adm,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-administrator'),
     "Pasal 6 ayat (1)",
     "bertanggung jawab langsung kepada pejabat pimpinan tinggi pratama, pejabat administrator atau pejabat pengawas").
norm(p6_1_pgw,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-pengawas'),
     "Pasal 6 ayat (1)",
     "bertanggung jawab langsung kepada pejabat pimpinan tinggi pratama, pejabat administrator atau pejabat pengawas").
norm(p6_2_jf,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-fungsional'),
     "Pasal 6 ayat (2)",
     "Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan pelaksana").

norm(l1_a_ppk,
     peran('atasan-langsung', [semua], [semua], [semua], 'pejabat-penilai-kinerja'),
     "Lampiran angka 1#2 huruf a",
     "berada di bawah dan bertanggung jawab secara langsung kepada Pejabat Penilai Kinerja").


                 /*******************************
                 *   LAMPIRAN: UNIT PATTERNS    *
                 *******************************/

%   Pola A: Unit Organisasi pada Sekretariat Daerah

norm(lA_unit,
     unit_bernama('sekretariat-daerah', "Sekretariat Daerah", 'sekretariat-daerah', pola('A')),
     "Lampiran huruf A",
     "Unit Organisasi pada Sekretariat Daerah").
norm(lA_1_al,
     peran('atasan-langsung', [semua], ['sekretariat-daerah', pola('A')], [semua], 'kepala-bagian'),
     "Lampiran huruf A angka 1",
     "berada di bawah dan bertanggungjawab langsung Kepala Bagian").
norm(lA_1_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('A')], [semua], 'kepala-bagian'),
     "Lampiran huruf A angka 1",
     "Kepala Bagian selaku Pejabat Penilai Kinerja").
norm(lA_1_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('A')], [semua], 'kepala-bagian'),
     "Lampiran huruf A angka 1",
     "Kepala Bagian selaku Pejabat Penilai Kinerja dan juga berperan sebagai Pimpinan Unit Organisasi").
norm(lA_1_ppk_sub,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('A')], [subbagian], 'kepala-subbagian'),
     "Lampiran huruf A angka 1",
     "Kepala Sub Bagian sebagai pejabat level 3 yang berperan sebagai Pejabat Penilai Kinerja bagi sebagian Pejabat").

%   Pola B: Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama

norm(lB_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('B'), 'sekretariat-dprd', inspektorat], [semua],
           'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran huruf B",
     "Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama").
norm(lB_1_al,
     peran('atasan-langsung', [semua], [pola('B'), 'sekretariat-dprd', inspektorat], [semua],
           'pejabat-administrator'),
     "Lampiran huruf B angka 1",
     "Kelompok Jabatan Fungsional dan Pelaksana berkedudukan dibawah Pejabat Administrator").
norm(lB_1_ppk_adm,
     peran('pejabat-penilai-kinerja', [semua], [pola('B'), 'sekretariat-dprd', inspektorat], [semua],
           'pejabat-administrator'),
     "Lampiran huruf B angka 1",
     "Pejabat Administrator sebagai pejabat level 2 yang berperan sebagai Pejabat Penilai Kinerja").
norm(lB_1_ppk_pgw,
     peran('pejabat-penilai-kinerja', [semua], [pola('B'), 'sekretariat-dprd', inspektorat], [semua],
           'pejabat-pengawas'),
     "Lampiran huruf B angka 1",
     "Pejabat Pengawas sebagai pejabat level 3 yang berperan sebagai Pejabat Penilai Kinerja bagi sebagian Pejabat Fungsional dan pelaksana yang berkedudukan dibawahnya").

norm(lB_1a, unit_bernama('sekretariat-dprd', "Sekretariat DPRD", 'sekretariat-dprd', pola('B')),
     "Lampiran huruf B angka 1 huruf a", "Sekretariat DPRD").
norm(lB_1b, unit_bernama(inspektorat, "Inspektorat", inspektorat, pola('B')),
     "Lampiran huruf B angka 1 huruf b", "Inspektorat").
norm(lB_1c, unit_bernama('dinas-pendidikan', "Dinas Pendidikan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf c", "Dinas Pendidikan").
norm(lB_1d,
     unit_bernama('dinas-pekerjaan-umum-penataan-ruang-perumahan-dan-kawasan-pemukiman-dan-pertanahan',
                  "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Pemukiman dan Pertanahan",
                  dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf d",
     "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Pemukiman dan Pertanahan").
norm(lB_1e,
     unit_bernama('satuan-polisi-pamong-praja', "Satuan Polisi Pamong Praja", 'perangkat-daerah', pola('B')),
     "Lampiran huruf B angka 1 huruf e", "Satuan Polisi Pamong Praja").
norm(lB_1f,
     unit_bernama('dinas-pemberdayaan-masyarakat-desa', "Dinas Pemberdayaan Masyarakat Desa", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf f", "Dinas Pemberdayaan Masyarakat Desa").
norm(lB_1g,
     unit_bernama('dinas-sosial-pemberdayaan-perempuan-dan-perlindungan-anak',
                  "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf g", "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak").
norm(lB_1h, unit_bernama('dinas-lingkungan-hidup', "Dinas Lingkungan Hidup", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf h", "Dinas Lingkungan Hidup").
norm(lB_1i, unit_bernama('dinas-kebudayaan', "Dinas Kebudayaan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf i", "Dinas Kebudayaan").
norm(lB_1j, unit_bernama('dinas-pariwisata', "Dinas Pariwisata", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf j", "Dinas Pariwisata").
norm(lB_1k,
     unit_bernama('dinas-komunikasi-dan-informatika', "Dinas Komunikasi dan Informatika", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf k", "Dinas Komunikasi dan Informatika").
norm(lB_1l,
     unit_bernama('dinas-perpustakaan-dan-arsip', "Dinas Perpustakaan dan Arsip", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf l", "Dinas Perpustakaan dan Arsip").
norm(lB_1m, unit_bernama('dinas-kesehatan', "Dinas Kesehatan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf m", "Dinas Kesehatan").
norm(lB_1n, unit_bernama('dinas-pertanian', "Dinas Pertanian", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf n", "Dinas Pertanian").
norm(lB_1o, unit_bernama('dinas-ketahanan-pangan', "Dinas Ketahanan Pangan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf o", "Dinas Ketahanan Pangan").
norm(lB_1p,
     unit_bernama('dinas-pengendalian-penduduk-dan-keluarga-berencana',
                  "Dinas Pengendalian Penduduk dan Keluarga Berencana", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf p", "Dinas Pengendalian Penduduk dan Keluarga Berencana").
norm(lB_1q,
     unit_bernama('dinas-koperasi-usaha-kecil-dan-menengah-dan-tenaga-kerja',
                  "Dinas Koperasi Usaha Kecil dan Menengah dan Tenaga Kerja", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf q", "Dinas Koperasi Usaha Kecil dan Menengah dan Tenaga Kerja").
norm(lB_1r, unit_bernama('dinas-perikanan', "Dinas Perikanan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf r", "Dinas Perikanan").
norm(lB_1s,
     unit_bernama('dinas-kependudukan-dan-pencatatan-sipil', "Dinas Kependudukan dan Pencatatan Sipil",
                  dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf s", "Dinas Kependudukan dan Pencatatan Sipil").
norm(lB_1t, unit_bernama('dinas-perhubungan', "Dinas Perhubungan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf t", "Dinas Perhubungan").
norm(lB_1u,
     unit_bernama('dinas-perindustrian-dan-perdagangan', "Dinas Perindustrian dan Perdagangan", dinas, pola('B')),
     "Lampiran huruf B angka 1 huruf u", "Dinas Perindustrian dan Perdagangan").
norm(lB_1v,
     unit_bernama('badan-perencanaan-pembangunan-daerah', "Badan Perencanaan Pembangunan Daerah", badan, pola('B')),
     "Lampiran huruf B angka 1 huruf v", "Badan Perencanaan Pembangunan Daerah").
norm(lB_1w,
     unit_bernama('badan-kepegawaian-dan-pengembangan-sumber-daya-manusia',
                  "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", badan, pola('B')),
     "Lampiran huruf B angka 1 huruf w", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia").
norm(lB_1x, unit_bernama('badan-keuangan-daerah', "Badan Keuangan Daerah", badan, pola('B')),
     "Lampiran huruf B angka 1 huruf x", "Badan Keuangan Daerah").
norm(lB_1y,
     unit_bernama('badan-kesatuan-bangsa-dan-politik', "Badan Kesatuan Bangsa dan Politik", badan, pola('B')),
     "Lampiran huruf B angka 1 huruf y", "Badan Kesatuan Bangsa dan Politik").
norm(lB_1z,
     unit_bernama('badan-penanggulangan-bencana-daerah', "Badan Penanggulangan Bencana Daerah", badan, pola('B')),
     "Lampiran huruf B angka 1 huruf z", "Badan Penanggulangan Bencana Daerah").
norm(lB_1aa,
     unit_bernama('rumah-sakit-umum-daerah-tabanan', "Rumah Sakit Umum Daerah Tabanan", rsud, pola('B')),
     "Lampiran huruf B angka 1 huruf aa", "Rumah Sakit Umum Daerah Tabanan").

%   Pola C: Unit Organisasi pada DPMPTSP dan BRIDA

norm(lC_dpmptsp,
     unit_bernama('dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu',
                  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPSTP)", dinas, pola('C')),
     "Lampiran huruf C",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPSTP)").
norm(lC_brida,
     unit_bernama('badan-riset-dan-inovasi-daerah', "Badan Riset dan Inovasi Daerah (BRIDA)", badan, pola('C')),
     "Lampiran huruf C",
     "Badan Riset dan Inovasi Daerah (BRIDA)").
norm(lC_1_al,
     peran('atasan-langsung', [semua], [pola('C')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran huruf C angka 1",
     "berada di bawah dan bertanggung jawab langsung kepada Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Level 1").
norm(lC_1_ppk_jpt,
     peran('pejabat-penilai-kinerja', [semua], [pola('C')], [semua], 'pejabat-pimpinan-tinggi-pratama'),
     "Lampiran huruf C angka 1",
     "Pejabat Penilai Kerja untuk Pejabat Fungsional dan pelaksana adalah Pejabat Pimpinan Tinggi Pratama").
norm(lC_1_ppk_adm,
     peran('pejabat-penilai-kinerja', [semua], [pola('C')], [semua], 'pejabat-administrator'),
     "Lampiran huruf C angka 1",
     "Administrator berperan sebagai Pejabat Level 2 yang berperan sebagai Pejabat Penilai Kinerja bagi sebagian Pejabat Fungsional dan Pelaksana").

%   Pola D: Unit Organisasi yang dipimpin oleh Pejabat Administrator

norm(lD_1a, unit_bernama(kecamatan, "Kecamatan", kecamatan, pola('D')),
     "Lampiran huruf D angka 1 huruf a", "Kecamatan").
norm(lD_1_al,
     peran('atasan-langsung', [semua], [kecamatan, pola('D')], [semua], 'pejabat-administrator'),
     "Lampiran huruf D angka 1",
     "berada dibawah dan bertanggung jawab langsung kepada Pejabat Administrator").
norm(lD_1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [kecamatan, pola('D')], [semua], 'pejabat-administrator'),
     "Lampiran huruf D angka 1",
     "Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").
norm(lD_1_puo,
     peran('pimpinan-unit-organisasi', [semua], [kecamatan, pola('D')], [semua], 'pejabat-administrator'),
     "Lampiran huruf D angka 1",
     "Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi").

%   Pola E: "Unit Organisasi pada Dinas/ Badan yang dipimpin oleh Pejabat
%   Administrator" (RSUD Singasana)

norm(lE_1a,
     unit_bernama('rumah-sakit-umum-daerah-singasana', "Rumah Sakit Umum Daerah Singasana", rsud, pola('E')),
     "Lampiran huruf E angka 1 huruf a", "Rumah Sakit Umum Daerah Singasana").
norm(lE_1_al,
     peran('atasan-langsung', [semua], [pola('E')], [semua], direktur),
     "Lampiran huruf E angka 1",
     "berada dibawah dan bertanggung jawab langsung kepada Direktur").
norm(lE_1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('E')], [semua], direktur),
     "Lampiran huruf E angka 1",
     "Pejabat Penilai Kinerja untuk Pejabat Fungsional dan pelaksana adalah Direktur").
norm(lE_2a_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('E')], [semua], direktur),
     "Lampiran huruf E angka 2 huruf a",
     "Direktur selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").
norm(lE_2a_puo,
     peran('pimpinan-unit-organisasi', [semua], [pola('E')], [semua], direktur),
     "Lampiran huruf E angka 2 huruf a",
     "Direktur selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").

%   Pola F: Unit Organisasi pada Dinas/ Badan yang dipimpin oleh Pejabat Pengawas

norm(lF_1a, unit_bernama('uptd-dinas', "UPTD Dinas", uptd, pola('F')),
     "Lampiran huruf F angka 1 huruf a", "UPTD Dinas").
norm(lF_1b, unit_bernama('uptd-badan', "UPTD Badan", uptd, pola('F')),
     "Lampiran huruf F angka 1 huruf b", "UPTD Badan").
norm(lF_1_al,
     peran('atasan-langsung', [semua], [uptd, pola('F')], [semua], 'kepala-uptd'),
     "Lampiran huruf F angka 1",
     "berada dibawah dan bertanggung jawab langsung kepada Kepala UPTD").
norm(lF_1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [uptd, pola('F')], [semua], level(pengawas)),
     "Lampiran huruf F angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pengawas").
norm(lF_2a_ppk,
     peran('pejabat-penilai-kinerja', [semua], [uptd, pola('F')], [semua], 'kepala-uptd'),
     "Lampiran huruf F angka 2 huruf a",
     "Kepala UPTD selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").
norm(lF_2a_puo,
     peran('pimpinan-unit-organisasi', [semua], [uptd, pola('F')], [semua], 'kepala-uptd'),
     "Lampiran huruf F angka 2 huruf a",
     "Kepala UPTD selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").

%   Pola G: Unit Organisasi pada Dinas/Badan yang dipimpin oleh Pejabat Fungsional

norm(lG_1a,
     unit_bernama('uptd-pusat-kesehatan-masyarakat', "UPTD Pusat Kesehatan Masyarakat (PUSKESMAS)",
                  puskesmas, pola('G')),
     "Lampiran huruf G angka 1 huruf a", "UPTD Pusat Kesehatan Masyarakat (PUSKESMAS)").
norm(lG_1_al,
     peran('atasan-langsung', [semua], [puskesmas, pola('G')], [semua], 'kepala-puskesmas'),
     "Lampiran huruf G angka 1",
     "berada di bawah dan bertanggung jawab langsung kepada Kepala Puskesmas").
norm(lG_1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [puskesmas, pola('G')], [semua], 'kepala-puskesmas'),
     "Lampiran huruf G angka 1",
     "Pejabat Penilai Kerja untuk Pejabat Fungsional dan pelaksana adalah Kepala Puskesmas").
norm(lG_1_puo,
     peran('pimpinan-unit-organisasi', [semua], [puskesmas, pola('G')], [semua], 'kepala-puskesmas'),
     "Lampiran huruf G angka 1",
     "Kepala Puskesmas dan juga berperan sebagai Pimpinan Unit Organisasi").


                 /*******************************
                 *          PENUGASAN           *
                 *******************************/

%   penunjukan

norm(p8_2_ppk,
     wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
     "Pasal 8 ayat (2)",
     "penugasan langsung kepada Pejabat Fungsional atau pelaksana oleh pejabat penilai kinerja dan/atau Pimpinan Unit Organisasi").
norm(p8_2_puo,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Pasal 8 ayat (2)",
     "penugasan langsung kepada Pejabat Fungsional atau pelaksana oleh pejabat penilai kinerja dan/atau Pimpinan Unit Organisasi").
norm(l2e_ppk,
     wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf e#2",
     "langsung dari Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi untuk melaksanakan kinerja tertentu").
norm(l2e_puo,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Lampiran angka 2#2 huruf e#2",
     "langsung dari Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi untuk melaksanakan kinerja tertentu").
norm(l2e_i_puo,
     wewenang(penunjukan, 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran angka 2#2 huruf e#2 angka i",
     "dilakukan langsung oleh Pimpinan Organisasi bersangkutan").

%   penetapan of the assignment (conflict: Pasal 8 ayat (4) and Lampiran
%   angka 2#2 huruf a against Lampiran angka 2#2 and huruf d)

norm(p8_4_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Pasal 8 ayat (4)",
     "ditetapkan oleh pejabat penilai kinerja atau Pimpinan Unit Organisasi").
norm(p8_4_puo,
     wewenang('penetapan-penugasan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 8 ayat (4)",
     "ditetapkan oleh pejabat penilai kinerja atau Pimpinan Unit Organisasi").
norm(l2_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2",
     "Atas usul dari Pimpinan Unit Organisasi, Pejabat Penilai Kinerja menugaskan Pejabat Fungsional dan pelaksana").
norm(l2a_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf a",
     "diberikan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi").
norm(l2a_puo,
     wewenang('penetapan-penugasan', semua, 'pimpinan-unit-organisasi'),
     "Lampiran angka 2#2 huruf a",
     "diberikan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi").
norm(l2d_ppk,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf d",
     "ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usul dari Pimpinan Unit Organisasi").
norm(l2e_ii_pen,
     wewenang('penetapan-penugasan', 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat penugasan").
norm(l2e_iii_pen_ppk,
     wewenang('penetapan-penugasan', 'lintas-instansi', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
norm(l2e_iii_pen_puo,
     wewenang('penetapan-penugasan', 'lintas-instansi', 'pimpinan-unit-organisasi-asal'),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
norm(l2f_a_pen,
     wewenang('penetapan-penugasan', 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Pimpinan Unit Organisasi menugaskan Pejabat Fungsional atau pelaksana untuk melaksanakan kinerja tertentu tersebut").
norm(l2f_b_pen,
     wewenang('penetapan-penugasan', 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Pejabat Penilai Kinerja menyusun surat penugasan untuk menugaskan Pejabat Fungsional atau pelaksana").

%   pengajuan sukarela: who approves

norm(l2f_a_setuju,
     wewenang('persetujuan-pengajuan-sukarela', 'dalam-unit', 'pimpinan-unit-organisasi'),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Apabila Pimpinan Unit Organisasi menyetujui").
norm(l2f_b_setuju_puo,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pimpinan-unit-organisasi-dituju'),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Apabila Pimpinan Unit Organisasi dituju menyetujui").
norm(l2f_b_setuju_ppk,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Apabila Pejabat Penilai Kinerja bersangkutan menyetujui").

%   instruments

norm(l2_surat,
     instrumen(semua, semua, 'surat-penugasan', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2",
     "Pejabat dan/atau pelaksana tersebut diberikan surat penugasan dan/ atau bukti penugasan tertulis lainnya yang berbentuk fisik ataupun elektronik").
norm(l2_bukti,
     instrumen(semua, semua, 'bukti-penugasan-lainnya', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2",
     "Pejabat dan/atau pelaksana tersebut diberikan surat penugasan dan/ atau bukti penugasan tertulis lainnya yang berbentuk fisik ataupun elektronik").
norm(l2e_ii_surat,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat penugasan").
norm(l2e_iii_surat,
     instrumen(semua, 'lintas-instansi', 'surat-penugasan', 'pimpinan-unit-organisasi-asal'),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan secara tertulis").
norm(l2e_iii_bukti,
     instrumen(semua, 'lintas-instansi', 'bukti-penugasan-lainnya', 'pimpinan-unit-organisasi-asal'),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan secara tertulis").
norm(l2f_a_surat,
     instrumen(semua, 'dalam-unit', 'surat-penugasan', 'pimpinan-unit-organisasi'),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan").
norm(l2f_b_surat,
     instrumen(semua, 'lintas-unit', 'surat-penugasan', 'pejabat-penilai-kinerja'),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Pejabat Penilai Kinerja menyusun surat penugasan").


                 /*******************************
                 *           ROUTINGS           *
                 *******************************/

%   penunjukan lintas Unit Organisasi (Lampiran angka 2#2 huruf e#2 angka ii)

norm(l2e_ii_1,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pejabat-penilai-kinerja-asal', ['pejabat-penilai-kinerja'])),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja yang bersangkutan").
norm(l2e_ii_2,
     langkah('permohonan-pelibatan', 'lintas-unit', 2,
             step('pejabat-penilai-kinerja-asal', menjawab, 'pimpinan-unit-organisasi-pemohon', [])),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "memproses dan menjawab permohonan pelibatan Pejabat Fungsional atau pelaksana tersebut").
norm(l2e_ii_3,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pimpinan-unit-organisasi', 'memberikan-rekomendasi', 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "dengan rekomendasi dari Pimpinan Unit Organisasi").
norm(l2e_ii_4,
     langkah('permohonan-pelibatan', 'lintas-unit', 4,
             step('pejabat-penilai-kinerja-asal', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat penugasan").
norm(l2e_ii_5,
     langkah('permohonan-pelibatan', 'lintas-unit', 5,
             step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran angka 2#2 huruf e#2 angka ii",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab").

%   penunjukan lintas instansi (Lampiran angka 2#2 huruf e#2 angka iii)

norm(l2e_iii_1,
     langkah('permohonan-pelibatan', 'lintas-instansi', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pejabat-yang-berwenang', ['pejabat-penilai-kinerja'])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pimpinan Unit Organisasi pemilik kinerja terlebih dahulu mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat yang Berwenang dengan tembusan Pejabat Penilai Kinerja bersangkutan di instansinya").
norm(l2e_iii_2,
     langkah('permohonan-pelibatan', 'lintas-instansi', 2,
             step('pejabat-yang-berwenang', 'mengajukan-permohonan', 'pejabat-yang-berwenang-dituju', [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "pejabat yang berwenang tersebut mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana tersebut kepada Pejabat yang berwenang instansi yang dituju").
norm(l2e_iii_3,
     langkah('permohonan-pelibatan', 'lintas-instansi', 3,
             step('pejabat-yang-berwenang-dituju', menginstruksikan, 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat yang berwenang pada instansi yang dituju menginstruksikan Pejabat Penilai Kinerja Pejabat Fungsional atau pelaksana untuk menugaskan").
norm(l2e_iii_4,
     langkah('permohonan-pelibatan', 'lintas-instansi', 4,
             step('pimpinan-unit-organisasi-asal', 'memberikan-rekomendasi', 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Penilai Kinerja dengan rekomendasi Pimpinan Unit Organisasi dimana Pejabat Fungsional atau pelaksana berada menjawab ketersediaan").
norm(l2e_iii_5,
     langkah('permohonan-pelibatan', 'lintas-instansi', 5,
             step('pejabat-penilai-kinerja-asal', menjawab, 'pejabat-yang-berwenang-dituju', [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Penilai Kinerja dituju mengirimkan surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional atau pelaksana yang ditugaskan kepada Pejabat yang Berwenang").
norm(l2e_iii_6,
     langkah('permohonan-pelibatan', 'lintas-instansi', 6,
             step('pejabat-yang-berwenang-dituju', menjawab, 'pejabat-yang-berwenang', [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat yang Berwenang mengirimkan surat jawaban permohonan kepada Pejabat yang berwenang memohon").
norm(l2e_iii_7_ppk,
     langkah('permohonan-pelibatan', 'lintas-instansi', 7,
             step('pejabat-penilai-kinerja-asal', menugaskan, pegawai, [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
norm(l2e_iii_7_puo,
     langkah('permohonan-pelibatan', 'lintas-instansi', 7,
             step('pimpinan-unit-organisasi-asal', menugaskan, pegawai, [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana").
norm(l2e_iii_8,
     langkah('permohonan-pelibatan', 'lintas-instansi', 8,
             step('pimpinan-unit-organisasi-asal', 'menerbitkan-penugasan', pegawai,
                  ['pejabat-yang-berwenang-dituju', 'pejabat-penilai-kinerja-asal', 'pejabat-yang-berwenang'])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "dengan tembusan Pejabat yang berwenang pada instansi bersangkutan, Pejabat Penilai Kinerja bersangkutan, dan Pejabat yang berwenang pada instansi pemohon").
norm(l2e_iii_9,
     langkah('permohonan-pelibatan', 'lintas-instansi', 9,
             step(pegawai, 'menerima-penugasan', 'pimpinan-unit-organisasi-asal', [])),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan").

%   pengajuan sukarela di dalam Unit Organisasi (huruf f#2 huruf a))

norm(l2f_a_1,
     langkah('pengajuan-sukarela', 'dalam-unit', 1,
             step(pegawai, 'menyampaikan-keinginan-lisan', 'pimpinan-unit-organisasi', [])),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Pejabat Fungsional atau pelaksana menyampaikan keinginannya secara lisan untuk dapat terlibat dalam pelaksanaan kinerja tertentu kepada Pimpinan Unit Organisasi").
norm(l2f_a_2,
     langkah('pengajuan-sukarela', 'dalam-unit', 2,
             step('pimpinan-unit-organisasi', menyetujui, pegawai, [])),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Apabila Pimpinan Unit Organisasi menyetujui").
norm(l2f_a_3,
     langkah('pengajuan-sukarela', 'dalam-unit', 3,
             step('pimpinan-unit-organisasi', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Pimpinan Unit Organisasi menugaskan Pejabat Fungsional atau pelaksana untuk melaksanakan kinerja tertentu tersebut").
norm(l2f_a_4,
     langkah('pengajuan-sukarela', 'dalam-unit', 4,
             step(pegawai, 'menerima-penugasan', 'pimpinan-unit-organisasi', [])),
     "Lampiran angka 2#2 huruf f#2 huruf a)",
     "Pejabat Fungsional dan pelaksana menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab").

%   pengajuan sukarela lintas Unit Organisasi (huruf f#2 huruf b))

norm(l2f_b_1,
     langkah('pengajuan-sukarela', 'lintas-unit', 1,
             step(pegawai, 'mengajukan-permohonan', 'pimpinan-unit-organisasi-dituju',
                  ['pejabat-penilai-kinerja-asal', 'pimpinan-unit-organisasi-asal'])),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "menyampaikan surat permohonan untuk dapat dilibatkan dalam pelaksanaan kinerja kepada Pimpinan Unit Organisasi dituju dengan tembusan Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan").
norm(l2f_b_2,
     langkah('pengajuan-sukarela', 'lintas-unit', 2,
             step('pimpinan-unit-organisasi-dituju', menyetujui, pegawai, [])),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Apabila Pimpinan Unit Organisasi dituju menyetujui").
norm(l2f_b_3,
     langkah('pengajuan-sukarela', 'lintas-unit', 3,
             step(pegawai, 'mengajukan-permohonan', 'pejabat-penilai-kinerja-asal',
                  ['pimpinan-unit-organisasi-asal'])),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "menyampaikan surat permohonan persetujuan yang telah disetujui oleh Pimpinan Unit Organisasi yang dituju kepada Pejabat Penilai Kinerja dengan tembusan Pimpinan Unit Organisasi bersangkutan").
norm(l2f_b_4,
     langkah('pengajuan-sukarela', 'lintas-unit', 4,
             step('pejabat-penilai-kinerja-asal', menyetujui, pegawai, [])),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Apabila Pejabat Penilai Kinerja bersangkutan menyetujui").
norm(l2f_b_5,
     langkah('pengajuan-sukarela', 'lintas-unit', 5,
             step('pejabat-penilai-kinerja-asal', 'menerbitkan-penugasan', pegawai, [])),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Pejabat Penilai Kinerja menyusun surat penugasan untuk menugaskan Pejabat Fungsional atau pelaksana untuk melaksanakan kinerja yang berada di Pimpinan Unit Organisasi dituju").
norm(l2f_b_6,
     langkah('pengajuan-sukarela', 'lintas-unit', 6,
             step(pegawai, 'menerima-penugasan', 'pejabat-penilai-kinerja-asal', [])),
     "Lampiran angka 2#2 huruf f#2 huruf b)",
     "Pejabat Fungsional dan pelaksana menerima surat untuk dilaksanakan dengan penuh tanggung jawab").


                 /*******************************
                 *          REPORTING           *
                 *******************************/

norm(p9_2,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', langsung),
     "Pasal 9 ayat (2)",
     "melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi").
norm(p9_3,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Pasal 9 ayat (3)",
     "yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim").
norm(p9_4,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Pasal 9 ayat (4)",
     "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara berkala").
norm(p9_5,
     wewenang('meminta-laporan', semua, 'pimpinan-unit-organisasi'),
     "Pasal 9 ayat (5)",
     "Pimpinan Unit Organisasi secara sewaktu-waktu berwenang untuk meminta laporan kepada ketua tim dan/atau anggota tim").

norm(l3B_a,
     melapor(individu, [semua], 'pimpinan-unit-organisasi', langsung),
     "Lampiran angka 3#2 huruf B huruf a",
     "melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi").
norm(l3B_b1,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Lampiran angka 3#2 huruf B huruf b angka 1)",
     "yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim").
norm(l3B_b2,
     melapor('ketua-tim', [semua], 'pimpinan-unit-organisasi', tidak_disebut),
     "Lampiran angka 3#2 huruf B huruf b angka 2)",
     "yang berperan sebagai ketua tim melaporkan pelaksanaan tugas kepada Pimpinan Unit Organisasi").
norm(l3A_d3_lapor,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Lampiran angka 3#2 huruf A huruf d#2 angka 3)",
     "melaporkan hasil kerjanya kepada ketua tim").

%   Per pattern (Lampiran huruf A-G angka 2 huruf b, Tahapan Pelaksanaan):
%   "Hasil pelaksanaan kegiatan yang sudah sesuai dengan target,
%   disampaikan kepada X oleh individu atau ketua tim".  X is the post the
%   pattern names (no "langsung"/"melalui": mode not said); the anggota
%   tim is not named here.  Units as in the pattern's peran/5 facts.
%   Pola G names "Pejabat Fungsional yang memimpin unit organisasi", whom
%   huruf G angka 1 equates with the Kepala Puskesmas ("Kepala Puskesmas
%   atau Pejabat Fungsional yang memimpin Unit Organisasi").

norm(lA_2b_lapor_ind,
     di(['sekretariat-daerah', pola('A')],
        melapor(individu, [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran huruf A angka 2 huruf b",
     "disampaikan kepada Kepala Bagian oleh individu atau Ketua Tim").
norm(lA_2b_lapor_kt,
     di(['sekretariat-daerah', pola('A')],
        melapor('ketua-tim', [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran huruf A angka 2 huruf b",
     "disampaikan kepada Kepala Bagian oleh individu atau Ketua Tim").
norm(lB_2b_lapor_ind,
     di([pola('B'), 'sekretariat-dprd', inspektorat],
        melapor(individu, [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran huruf B angka 2 huruf b",
     "disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(lB_2b_lapor_kt,
     di([pola('B'), 'sekretariat-dprd', inspektorat],
        melapor('ketua-tim', [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran huruf B angka 2 huruf b",
     "disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(lC_2b_lapor_ind,
     di([pola('C')],
        melapor(individu, [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran huruf C angka 2 huruf b",
     "kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(lC_2b_lapor_kt,
     di([pola('C')],
        melapor('ketua-tim', [semua], 'pejabat-pimpinan-tinggi-pratama', tidak_disebut)),
     "Lampiran huruf C angka 2 huruf b",
     "kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim").
norm(lD_2b_lapor_ind,
     di([kecamatan, pola('D')],
        melapor(individu, [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran huruf D angka 2 huruf b",
     "disampaikan kepada Pejabat Administrator oleh individu atau ketua tim").
norm(lD_2b_lapor_kt,
     di([kecamatan, pola('D')],
        melapor('ketua-tim', [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran huruf D angka 2 huruf b",
     "disampaikan kepada Pejabat Administrator oleh individu atau ketua tim").
norm(lE_2b_lapor_ind,
     di([pola('E')],
        melapor(individu, [semua], direktur, tidak_disebut)),
     "Lampiran huruf E angka 2 huruf b",
     "disampaikan kepada Direktur oleh Individu atau ketua tim").
norm(lE_2b_lapor_kt,
     di([pola('E')],
        melapor('ketua-tim', [semua], direktur, tidak_disebut)),
     "Lampiran huruf E angka 2 huruf b",
     "disampaikan kepada Direktur oleh Individu atau ketua tim").
norm(lF_2b_lapor_ind,
     di([uptd, pola('F')],
        melapor(individu, [semua], 'kepala-uptd', tidak_disebut)),
     "Lampiran huruf F angka 2 huruf b",
     "disampaikan kepada Kepala UPTD oleh Individu atau ketua tim").
norm(lF_2b_lapor_kt,
     di([uptd, pola('F')],
        melapor('ketua-tim', [semua], 'kepala-uptd', tidak_disebut)),
     "Lampiran huruf F angka 2 huruf b",
     "disampaikan kepada Kepala UPTD oleh Individu atau ketua tim").
norm(lG_2b_lapor_ind,
     di([puskesmas, pola('G')],
        melapor(individu, [semua], 'kepala-puskesmas', tidak_disebut)),
     "Lampiran huruf G angka 2 huruf b",
     "disampaikan kepada Pejabat Fungsional yang memimpin unit organisasi oleh individu atau ketua tim").
norm(lG_2b_lapor_kt,
     di([puskesmas, pola('G')],
        melapor('ketua-tim', [semua], 'kepala-puskesmas', tidak_disebut)),
     "Lampiran huruf G angka 2 huruf b",
     "disampaikan kepada Pejabat Fungsional yang memimpin unit organisasi oleh individu atau ketua tim").


                 /*******************************
                 *           TIM KERJA          *
                 *******************************/

norm(p7_3_asal_lu,
     ketua_tim(asal('lintas-unit'), diutamakan, 'unit-pemilik-kinerja'),
     "Pasal 7 ayat (3)",
     "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja").
norm(p7_3_asal_li,
     ketua_tim(asal('lintas-instansi'), diutamakan, 'unit-pemilik-kinerja'),
     "Pasal 7 ayat (3)",
     "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja").
norm(p7_3_jabatan,
     ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
     "Pasal 7 ayat (3)",
     "Pejabat Fungsional atau pelaksana yang berperan sebagai ketua tim").
norm(l3A_c_penetapan,
     ketua_tim(penetapan, dapat, 'pimpinan-unit-organisasi'),
     "Lampiran angka 3#2 huruf A huruf c",
     "Pimpinan Unit Organisasi dapat menunjuk salah satu Pejabat Fungsional dan pelaksana sebagai ketua tim kerja").
norm(l3A_c_jabatan,
     ketua_tim(jabatan, dapat, ['pejabat-fungsional', pelaksana]),
     "Lampiran angka 3#2 huruf A huruf c",
     "menunjuk salah satu Pejabat Fungsional dan pelaksana sebagai ketua tim kerja").
norm(l3A_c_wewenang,
     wewenang('penetapan-ketua-tim', semua, 'pimpinan-unit-organisasi'),
     "Lampiran angka 3#2 huruf A huruf c",
     "Pimpinan Unit Organisasi dapat menunjuk salah satu Pejabat Fungsional dan pelaksana sebagai ketua tim kerja").
norm(l3A_d_asal_lu,
     ketua_tim(asal('lintas-unit'), diutamakan, 'unit-pemilik-kinerja'),
     "Lampiran angka 3#2 huruf A huruf d",
     "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja tersebut").
norm(l3A_d_asal_li,
     ketua_tim(asal('lintas-instansi'), diutamakan, 'unit-pemilik-kinerja'),
     "Lampiran angka 3#2 huruf A huruf d",
     "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja tersebut").
norm(l3A_e_tim,
     wewenang('pembentukan-tim', semua, 'pimpinan-unit-organisasi'),
     "Lampiran angka 3#2 huruf A huruf e",
     "Jumlah tim kerja dan jumlah Pejabat Fungsional dan pelaksana dalam tim kerja merupakan strategi dari Pimpinan Unit Organisasi").

%   Per pattern (Lampiran huruf A-G angka 2 huruf a, Tahapan Perencanaan):
%   who decides on a ketua tim.  Pola B: "Pejabat Administrator menentukan
%   perlu atau tidaknya penunjukan ketua tim kerja" (not the Pejabat
%   Pimpinan Tinggi Pratama who leads the unit); the other patterns: the
%   unit's leader "merumuskan strategi ... yang terdiri dari ... penentuan
%   kebutuhan atas Ketua Tim".  Encoded as penetapan-ketua-tim, the nearest
%   act (deciding whether a ketua tim is appointed).  Pola C says nothing
%   of a ketua tim.

norm(lA_2a_ketua,
     di(['sekretariat-daerah', pola('A')],
        wewenang('penetapan-ketua-tim', semua, 'kepala-bagian')),
     "Lampiran huruf A angka 2 huruf a",
     "Kepala Bagian merumuskan strategi pelaksanaan pencapaian target kinerja yang terdiri dari penentuan pelaksanaan tugas dalam bentuk Tim Kerja atau individu, penentuan kebutuhan pelibatan Pejabat Fungsional atau pelaksana lintas unit serta penentuan kebutuhan atas Ketua Tim").
norm(lB_2a_ketua,
     di([pola('B'), 'sekretariat-dprd', inspektorat],
        wewenang('penetapan-ketua-tim', semua, 'pejabat-administrator')),
     "Lampiran huruf B angka 2 huruf a",
     "Pejabat Administrator menentukan perlu atau tidaknya penunjukan ketua tim kerja").
norm(lD_2a_ketua,
     di([kecamatan, pola('D')],
        wewenang('penetapan-ketua-tim', semua, 'pejabat-administrator')),
     "Lampiran huruf D angka 2 huruf a",
     "Pejabat Administrator akan memberikan arahan dan merumuskan strategi pencapaian target kinerja yang terdiri dari penentuan pelaksanaan tugas dalam bentuk Tim Kerja atau individu, penentuan kebutuhan pelibatan Pejabat Fungsional atau pelaksana lintas unit serta penentuan kebutuhan atas Ketua Tim").
norm(lE_2a_ketua,
     di([pola('E')],
        wewenang('penetapan-ketua-tim', semua, direktur)),
     "Lampiran huruf E angka 2 huruf a",
     "Direktur akan memberikan arahan dan merumuskan strategi pencapaian target kinerja yang terdiri dari penentuan pelaksanaan tugas dalam bentuk tim kerja atau individu, penentuan kebutuhan pelibatan Pejabat Fungsional atau pelaksana lintas unit serta penentuan kebutuhan atas Ketua Tim").
norm(lF_2a_ketua,
     di([uptd, pola('F')],
        wewenang('penetapan-ketua-tim', semua, 'kepala-uptd')),
     "Lampiran huruf F angka 2 huruf a",
     "Kepala UPTD akan memberikan arahan dan merumuskan strategi pencapaian target kinerja yang terdiri dari penentuan pelaksanaan tugas dalam bentuk tim kerja atau individu, penentuan kebutuhan pelibatan Pejabat Fungsional atau pelaksana lintas unit serta penentuan kebutuhan atas Ketua Tim").
norm(lG_2a_ketua,
     di([puskesmas, pola('G')],
        wewenang('penetapan-ketua-tim', semua, 'kepala-puskesmas')),
     "Lampiran huruf G angka 2 huruf a",
     "Pejabat Fungsional yang memimpin unit organisasi akan memberikan arahan dan merumuskan strategi pencapaian target kinerja yang terdiri dari penentuan pelaksanaan tugas dalam bentuk Tim Kerja atau individu, penentuan kebutuhan pelibatan Pejabat Fungsional atau pelaksana lintas unit serta penentuan").


                 /*******************************
                 *          DURATIONS           *
                 *******************************/

norm(p1_18_durasi,
     durasi(penugasan, sesuai("periode waktu tertentu")),
     "Pasal 1 angka 18",
     "dalam periode waktu tertentu").
norm(l2e_iii_durasi,
     durasi(pelibatan, sesuai("durasi pelibatan dalam surat permohonan pelibatan")),
     "Lampiran angka 2#2 huruf e#2 angka iii",
     "durasi pelibatan Pejabat Fungsional dan pelaksana").


                 /*******************************
                 *        TANGGUNG JAWAB        *
                 *******************************/

norm(l3A_a1,
     tanggung_jawab('pejabat-penilai-kinerja', "menyusun dan menetapkan roadmap dan rencana kerja organisasi"),
     "Lampiran angka 3#2 huruf A huruf a#3 angka 1)",
     "menyusun dan menetapkan *roadmap* dan rencana kerja organisasi").
norm(l3A_a2,
     tanggung_jawab('pejabat-penilai-kinerja',
                    "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi"),
     "Lampiran angka 3#2 huruf A huruf a#3 angka 2)",
     "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi").
norm(l3A_a3,
     tanggung_jawab('pejabat-penilai-kinerja',
                    "memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumber daya yang optimal"),
     "Lampiran angka 3#2 huruf A huruf a#3 angka 3)",
     "memastikan kesiapan dukungan infrastruktur, tata kelola, dan sumber daya yang optimal").
norm(l3A_a4,
     tanggung_jawab('pejabat-penilai-kinerja', "memastikan pengambilan keputusan yang tepat dan efektif"),
     "Lampiran angka 3#2 huruf A huruf a#3 angka 4)",
     "memastikan pengambilan keputusan yang tepat dan efektif").
norm(l3A_a5,
     tanggung_jawab('pejabat-penilai-kinerja',
                    "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar Unit Organisasi"),
     "Lampiran angka 3#2 huruf A huruf a#3 angka 5)",
     "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar Unit Organisasi").

norm(l3A_b1,
     tanggung_jawab('pimpinan-unit-organisasi', "menyusun dan menetapkan rencana kegiatan"),
     "Lampiran angka 3#2 huruf A huruf b#3 angka 1)",
     "menyusun dan menetapkan rencana kegiatan").
norm(l3A_b2,
     tanggung_jawab('pimpinan-unit-organisasi', "menyediakan dukungan sumber daya untuk pelaksanaan kegiatan"),
     "Lampiran angka 3#2 huruf A huruf b#3 angka 2)",
     "menyediakan dukungan sumber daya untuk pelaksanaan kegiatan").
norm(l3A_b3,
     tanggung_jawab('pimpinan-unit-organisasi',
                    "memberikan arahan terpadu, input, dan feedback atas pelaksanaan kegiatan"),
     "Lampiran angka 3#2 huruf A huruf b#3 angka 3)",
     "memberikan arahan terpadu, *input*, dan *feedback* atas pelaksanaan kegiatan").
norm(l3A_b4,
     tanggung_jawab('pimpinan-unit-organisasi', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar tim"),
     "Lampiran angka 3#2 huruf A huruf b#3 angka 4)",
     "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar tim").
norm(l3A_b5,
     tanggung_jawab('pimpinan-unit-organisasi', "melakukan monitoring dan evaluasi pelaksanaan tugas tim"),
     "Lampiran angka 3#2 huruf A huruf b#3 angka 5)",
     "melakukan monitoring dan evaluasi pelaksanaan tugas tim").

norm(l3A_c1,
     tanggung_jawab('ketua-tim', "menyusun rincian pelaksanaan kegiatan"),
     "Lampiran angka 3#2 huruf A huruf c#3 angka 1)",
     "menyusun rincian pelaksanaan kegiatan").
norm(l3A_c2,
     tanggung_jawab('ketua-tim',
                    "membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/ atau keterampilan"),
     "Lampiran angka 3#2 huruf A huruf c#3 angka 2)",
     "membagi peran anggota tim sesuai dengan kompetensi, keahlian, dan/ atau keterampilan").
norm(l3A_c3,
     tanggung_jawab('ketua-tim', "melaksanakan kegiatan sesuai dengan perencanaan"),
     "Lampiran angka 3#2 huruf A huruf c#3 angka 3)",
     "melaksanakan kegiatan sesuai dengan perencanaan").
norm(l3A_c4,
     tanggung_jawab('ketua-tim', "memberikan umpan balik berkala kepada anggota tim"),
     "Lampiran angka 3#2 huruf A huruf c#3 angka 4)",
     "memberikan umpan balik berkala kepada anggota tim").
norm(l3A_c5,
     tanggung_jawab('ketua-tim',
                    "melaporkan hasil kinerja anggota timnya kepada Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja Pejabat Fungsional dan pelaksana"),
     "Lampiran angka 3#2 huruf A huruf c#3 angka 5)",
     "melaporkan hasil kinerja anggota timnya kepada Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja Pejabat Fungsional dan pelaksana").
norm(l3A_c6,
     tanggung_jawab('ketua-tim', "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim"),
     "Lampiran angka 3#2 huruf A huruf c#3 angka 6)",
     "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim").

norm(l3A_d1,
     tanggung_jawab('anggota-tim', "menyusun rencana kerja individu"),
     "Lampiran angka 3#2 huruf A huruf d#2 angka 1)",
     "menyusun rencana kerja individu").
norm(l3A_d2,
     tanggung_jawab('anggota-tim', "melaksanakan kinerja sesuai ekspektasi ketua tim"),
     "Lampiran angka 3#2 huruf A huruf d#2 angka 2)",
     "melaksanakan kinerja sesuai ekspektasi ketua tim").
norm(l3A_d3,
     tanggung_jawab('anggota-tim', "melaporkan hasil kerjanya kepada ketua tim"),
     "Lampiran angka 3#2 huruf A huruf d#2 angka 3)",
     "melaporkan hasil kerjanya kepada ketua tim").
