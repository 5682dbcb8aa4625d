/*  Part of perbup-kb

    Norms of Peraturan Bupati Tabalong Nomor 9 Tahun 2024 tentang Sistem
    Kerja Aparatur Sipil Negara untuk Penyederhanaan Birokrasi.

    Encoded: the kedudukan of JF by jenjang and of Pelaksana (Pasal 6),
    penugasan and its instruments (Pasal 12, 13, 15), the routing of a
    permohonan pelibatan lintas Unit Organisasi / lintas Perangkat Daerah
    (Pasal 12 ayat (3), Pasal 13 ayat (2)-(4)), pengajuan sukarela
    (Pasal 15 ayat (3)-(4)), tim kerja (Pasal 14), tanggung jawab
    (Pasal 18, Pasal 21 ayat (3)), pelaporan (Pasal 18, Pasal 19), and the
    Lampiran: one pattern per letter A-N.  The Lampiran text has only
    headings for B-G and M: the shared block under huruf H ("Mekanisme
    Kerja pada Sekretariat DPRD, Inspektorat Daerah, Dinas dan Badan yang
    dipimpin oleh Pejabat Pimpinan Tinggi Pratama") serves B-H and is
    encoded on those unit kinds and on pola('B')..pola('H'); the block
    under huruf N ("Mekanisme Kerja pada Unit Pelaksana Teknis Daerah
    (UPTD)") serves M and N.  Every unit the headings name is a
    unit_bernama with its letter as pola.  Each pattern's own reporting
    line (huruf b angka 6): "Hasil pelaksanaan kegiatan ... disampaikan
    kepada ...") and who assigns the unit's Pejabat Fungsional and
    Pelaksana (J, K, L, N) are di/2 norms on the pattern's units.

    Oddities (kept verbatim in the quotes): Mengingat jumps from angka 13
    to 15; Pasal 23 is missing (Pasal 22 -> Pasal 24); Pasal 1 angka 7
    "memberikan layanan kepada SPBE"; Pasal 5 ayat (1) huruf b and c lack
    their ";"; Pasal 6 ayat (2) huruf a "Jabatan Tinggi Pratama" (for
    Jabatan Pimpinan Tinggi Pratama); Pasal 10 ayat (2) huruf a angka 2
    "lintas Unit Organisasi.dan/atau"; Pasal 12 ayat (3) and Pasal 13
    ayat (2) "sebagaimana dimaksud pada Pasal dalam Pasal 10" (garbled
    reference); Pasal 12 ayat (4) and Pasal 13 ayat (4) end in ";" and
    name "Pejabat Administrasi" (Pasal 1 angka 14-15: all of Jabatan
    Administrasi, not only Administrator) as the one who sets the Surat
    Perintah lintas Unit Organisasi; Pasal 13 ayat (1) speaks of
    "Penugasan individu ... dalam tim kerja"; Pasal 13 ayat (4) is
    garbled: its chapeau "Surat permohonan sebagaimana dimaksud pada
    ayat (3) paling sedikit memuat:" introduces items that say who sets
    the Surat Perintah (and ayat (3) is about the jawaban, not the surat
    permohonan); Pasal 18 ayat (4), (5), (6) refer to "ayat (1) huruf b /
    c / d" where ayat (2) is meant (ayat (1) has no huruf).  Lampiran:
    the title repeats "NEGARA"; huruf H angka 1 "Pejabat Fungsional
    pelaksana" (missing "dan"); huruf I angka 2 huruf a angka 5) and huruf
    J angka 2 huruf a angka 5) "bersana"; the RSUD block (huruf I angka 2
    huruf a angka 5)) names "Kepala Pelaksana" (BPBD's post, copied from
    J); huruf I angka 2 huruf a angka 1) makes the Direktur "selaku Pejabat
    Penilai Kinerja" against huruf I angka 1 (Kepala Bagian atau Kepala
    Bidang); huruf L angka 3 huruf a angka 2) and huruf N angka 2 huruf a
    angka 2) "menegaskan" (for "menugaskan": encoded as penunjukan, the
    sentence is that of huruf J and K but for the verb);
    huruf L angka 3 huruf c angka 3) and huruf N angka 2 huruf c angka 3)
    repeat the Pejabat Pengawas sentence instead of a closing step; huruf
    N angka 1 repeats the fragment "Kinerja Pejabat Fungsional dan
    Pelaksana adalah Kepala UPTD." on a line of its own.

    Pasal 1 angka 21 (PPK "paling rendah pejabat pengawas atau pejabat
    lain yang diberikan pendelegasian kewenangan") is the lower bound
    paling_rendah(pengawas) with its delegation.  Not encoded: Pasal 1
    angka 19 (who may lead a Unit Organisasi);
    Pasal 7-9 (Pejabat Pengawas under Administrator: not a JF/Pelaksana
    subject); Pasal 13 ayat (5) as an instrument (a surat keputusan where a
    law requires it: no one named who sets it; it is encoded as the
    condition of every tim kerja's Surat Perintah, p13_5_syarat).  Lampiran, per pattern: the Tahap Evaluasi
    steps (huruf c) where the official who received the results reviews
    them and sends them on (to the Asisten Daerah and Sekretaris Daerah
    in A, to the Pejabat Pimpinan Tinggi Pratama in B-H, to the Camat in
    K): the official's own report, not the Pejabat Fungsional's (melapor/4
    has JF/Pelaksana subjects only); huruf K angka 4 huruf a angka 2) "atas
    rekomendasi Sekretaris Kecamatan" (no act for a recommendation; the
    Camat's penunjukan is encoded); the "Monitoring perkembangan dan
    pemberian umpan balik ... oleh ... dan/atau ketua tim" steps (huruf b
    angka 5)): not a request for reports (meminta-laporan) nor any other
    act of the schema; huruf A angka 2 huruf a angka 2) "Asisten Daerah
    ... membagi dan menunjuk Kepala Bagian" (a Kepala Bagian, not a JF or
    Pelaksana: kept as the pemilik-kinerja claim); the RSUD "Kepala
    Bidang/Bagian" by placement (melapor/4 has no placement: both posts
    are stated).  The Lampiran names no document (no instrumen/4 per
    unit).

    Contradictions that remain under precedence (kb/precedence.pl; the
    grid in bench/grid.md): Pasal 6 ayat (2) places each JF by jenjang
    (huruf a: Ahli Utama and Ahli Madya under the Jabatan Tinggi Pratama;
    huruf b: Ahli Muda under the Administrator or one level above; huruf c:
    the others under the Pengawas or one level above) while the Lampiran
    blocks give every JF of their units one holder (huruf A Kepala Bagian,
    H Pejabat Administrator, I Kepala Bagian atau Kepala Bidang, K Camat, L
    Lurah, N Kepala UPTD) with no words of exception, and so the blocks'
    reporting lines (huruf b angka 6)) against Pasal 18 ayat (5) huruf e
    and Pasal 19, and the Camat's assignments against Pasal 15 ayat (2)
    (huruf J's Kepala Pelaksana and the Direktur are not reported: their
    level is not stated); Lampiran huruf I angka 1 against angka 2 huruf a
    angka 1) ("Direktur selaku Pejabat Penilai Kinerja"), one block and one
    unit; Lampiran huruf K angka 4 huruf b angka 6) (results to the
    Sekretaris Kecamatan) against Pasal 18 ayat (5) huruf e and Pasal 19
    (to the Pejabat Penilai Kinerja, the Camat); Pasal 12 ayat (4) (the
    Surat Perintah of an individual assignment "ditetapkan oleh Pejabat
    Administrasi" / "Pejabat Pimpinan Tinggi") against Pasal 15 ayat (5)
    ("ditetapkan oleh Pejabat Penilai Kinerja"); Pasal 13 ayat (4), the
    same for a tim kerja, holds under Pasal 13 ayat (5)'s condition and is
    no rival.  Resolved by
    precedence: Pasal 6 ayat (3) huruf b as the condition "dalam hal tidak
    ada Jabatan Pengawas ..." (p6_3b_syarat); a Lampiran post that the block
    makes Pejabat Penilai Kinerja is the role a Pasal names.
*/

                 /*******************************
                 *   KEDUDUKAN (PASAL 6)        *
                 *******************************/

%   the definition of the Pejabat Penilai Kinerja: a lower bound that
%   admits delegation (kb/precedence.pl): a narrower provision naming
%   another post is that delegation, and a post of the bound's level or
%   above is the same answer
norm(p1_21_ppk,
     peran('pejabat-penilai-kinerja',
     ['jf-ahli-utama', 'jf-ahli-madya', 'jf-ahli-muda', 'jf-ahli-pertama',
      'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula', pelaksana],
     [semua], [semua], paling_rendah(pengawas)),
     "Pasal 1 angka 21",
     "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas").
norm(p1_21_delegasi,
     pendelegasian(p1_21_ppk),
     "Pasal 1 angka 21",
     "atau pejabat lain yang diberikan pendelegasian kewenangan").
norm(p6_2a_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-utama', 'jf-ahli-madya'], [semua], [semua],
           level('jpt-pratama')),
     "Pasal 6 ayat (2) huruf a",
     "JF ahli utama dan ahli madya berkedudukan dibawah Jabatan Tinggi Pratama yang berperan selaku atasan langsung dan Pejabat Penilai Kinerja").
norm(p6_2a_al,
     peran('atasan-langsung', ['jf-ahli-utama', 'jf-ahli-madya'], [semua], [semua],
           level('jpt-pratama')),
     "Pasal 6 ayat (2) huruf a",
     "JF ahli utama dan ahli madya berkedudukan dibawah Jabatan Tinggi Pratama yang berperan selaku atasan langsung").
norm(p6_2b_ppk,
     peran('pejabat-penilai-kinerja', ['jf-ahli-muda'], [semua], [semua],
           level_atau_atas(administrator)),
     "Pasal 6 ayat (2) huruf b",
     "JF ahli muda berkedudukan dibawah Jabatan Administrator atau Jabatan satu tingkat di atasnya yang berperan selaku atasan langsung dan Pejabat Penilai Kinerja").
norm(p6_2b_al,
     peran('atasan-langsung', ['jf-ahli-muda'], [semua], [semua],
           level_atau_atas(administrator)),
     "Pasal 6 ayat (2) huruf b",
     "JF ahli muda berkedudukan dibawah Jabatan Administrator atau Jabatan satu tingkat di atasnya yang berperan selaku atasan langsung").
norm(p6_2c_ppk,
     peran('pejabat-penilai-kinerja',
           ['jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [semua], [semua], level_atau_atas(pengawas)),
     "Pasal 6 ayat (2) huruf c",
     "JF ahli pertama dan JF pada semua jenjang kategori keterampilan berkedudukan dibawah Jabatan Pengawas atau Jabatan satu tingkat di atasnya yang berperan selaku atasan langsung dan Pejabat Penilai Kinerja").
norm(p6_2c_al,
     peran('atasan-langsung',
           ['jf-ahli-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'],
           [semua], [semua], level_atau_atas(pengawas)),
     "Pasal 6 ayat (2) huruf c",
     "JF ahli pertama dan JF pada semua jenjang kategori keterampilan berkedudukan dibawah Jabatan Pengawas atau Jabatan satu tingkat di atasnya yang berperan selaku atasan langsung").
norm(p6_3a_ppk,
     peran('pejabat-penilai-kinerja', [pelaksana], [semua], [semua], level(pengawas)),
     "Pasal 6 ayat (3) huruf a",
     "Jabatan Pelaksana berkedudukan dibawah Jabatan Pengawas yang berperan selaku Pejabat Penilai Kinerja").
%   huruf b is the fallback of huruf a, under the condition its own words
%   state (syarat/2): no rival of huruf a (kb/precedence.pl).
norm(p6_3b_ppk,
     peran('pejabat-penilai-kinerja', [pelaksana], [semua], [semua], level(administrator)),
     "Pasal 6 ayat (3) huruf b",
     "Jabatan Pelaksana berkedudukan dibawah Jabatan Administrator yang berperan selaku Pejabat Penilai Kinerja, dalam hal tidak ada Jabatan Pengawas yang melaksanakan tugas dan fungsi Jabatan Administrator dalam suatu Unit Organisasi").
norm(p6_3b_syarat,
     syarat(p6_3b_ppk, "dalam hal tidak ada Jabatan Pengawas yang melaksanakan tugas dan fungsi Jabatan Administrator dalam suatu Unit Organisasi"),
     "Pasal 6 ayat (3) huruf b",
     "dalam hal tidak ada Jabatan Pengawas yang melaksanakan tugas dan fungsi Jabatan Administrator dalam suatu Unit Organisasi").
norm(p6_4_al,
     peran('atasan-langsung', [semua], [uptd], [semua], 'pejabat-fungsional'),
     "Pasal 6 ayat (4)",
     "Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu UPTD berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan Pelaksana").

                 /*******************************
                 *   LAMPIRAN: NAMED UNITS      *
                 *******************************/

norm(lB_setwan,
     unit_bernama('sekretariat-dewan-perwakilan-rakyat-daerah',
                  "Sekretariat Dewan Perwakilan Rakyat Daerah", 'sekretariat-dprd', pola('B')),
     "Lampiran huruf B", "Sekretariat Dewan Perwakilan Rakyat Daerah").
norm(lC_inspektorat,
     unit_bernama('inspektorat-daerah', "Inspektorat Daerah", inspektorat, pola('C')),
     "Lampiran huruf C", "Inspektorat Daerah").
norm(lD_bappedalitbang,
     unit_bernama('badan-perencanaan-pembangunan-daerah-penelitian-dan-pengembangan',
                  "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan",
                  badan, pola('D')),
     "Lampiran huruf D", "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan").
norm(lD_bkpsdm,
     unit_bernama('badan-kepegawaian-dan-pengembangan-sumber-daya-manusia',
                  "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", badan, pola('D')),
     "Lampiran huruf D", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia").
norm(lD_kesbangpol,
     unit_bernama('badan-kesatuan-bangsa-dan-politik',
                  "Badan Kesatuan Bangsa dan Politik", badan, pola('D')),
     "Lampiran huruf D", "Badan Kesatuan Bangsa dan Politik").
norm(lE_dinkes,
     unit_bernama('dinas-kesehatan', "Dinas Kesehatan", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Kesehatan").
norm(lE_pupr,
     unit_bernama('dinas-pekerjaan-umum-dan-penataan-ruang',
                  "Dinas Pekerjaan Umum dan Penataan Ruang", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Pekerjaan Umum dan Penataan Ruang").
norm(lE_dinsos,
     unit_bernama('dinas-sosial', "Dinas Sosial", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Sosial").
norm(lE_ketapang,
     unit_bernama('dinas-ketahanan-pangan-perikanan-tanaman-pangan-dan-hortikultura',
                  "Dinas Ketahanan Pangan, Perikanan, Tanaman Pangan dan Hortikultura",
                  dinas, pola('E')),
     "Lampiran huruf E", "Dinas Ketahanan Pangan, Perikanan, Tanaman Pangan dan Hortikultura").
norm(lE_dukcapil,
     unit_bernama('dinas-kependudukan-dan-pencatatan-sipil',
                  "Dinas Kependudukan dan Pencatatan Sipil", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Kependudukan dan Pencatatan Sipil").
norm(lE_dpmd,
     unit_bernama('dinas-pemberdayaan-masyarakat-dan-desa',
                  "Dinas Pemberdayaan Masyarakat dan Desa", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Pemberdayaan Masyarakat dan Desa").
norm(lE_dp3appkb,
     unit_bernama('dinas-pemberdayaan-perempuan-perlindungan-anak-pengendalian-penduduk-dan-keluarga-berencana',
                  "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
                  dinas, pola('E')),
     "Lampiran huruf E",
     "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana").
norm(lE_diskominfo,
     unit_bernama('dinas-komunikasi-dan-informatika',
                  "Dinas Komunikasi dan Informatika", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Komunikasi dan Informatika").
norm(lE_dpmptsp,
     unit_bernama('dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu',
                  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu").
norm(lE_dispersip,
     unit_bernama('dinas-perpustakaan-dan-kearsipan',
                  "Dinas Perpustakaan dan Kearsipan", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Perpustakaan dan Kearsipan").
norm(lE_disbunnak,
     unit_bernama('dinas-perkebunan-dan-peternakan',
                  "Dinas Perkebunan dan Peternakan", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Perkebunan dan Peternakan").
norm(lE_diskoperindag,
     unit_bernama('dinas-koperasi-usaha-kecil-dan-menengah-perindustrian-dan-perdagangan',
                  "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan",
                  dinas, pola('E')),
     "Lampiran huruf E", "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan").
norm(lE_disporapar,
     unit_bernama('dinas-kepemudaan-olahraga-dan-pariwisata',
                  "Dinas Kepemudaan, Olahraga dan Pariwisata", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Kepemudaan, Olahraga dan Pariwisata").
norm(lE_perkim,
     unit_bernama('dinas-perumahan-rakyat-dan-kawasan-permukiman',
                  "Dinas Perumahan Rakyat dan Kawasan Permukiman", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Perumahan Rakyat dan Kawasan Permukiman").
norm(lE_dlh,
     unit_bernama('dinas-lingkungan-hidup', "Dinas Lingkungan Hidup", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Lingkungan Hidup").
norm(lE_disnaker,
     unit_bernama('dinas-tenaga-kerja', "Dinas Tenaga Kerja", dinas, pola('E')),
     "Lampiran huruf E", "Dinas Tenaga Kerja").
norm(lF_bpkad,
     unit_bernama('badan-pengelolaan-keuangan-dan-aset-daerah',
                  "Badan Pengelolaan Keuangan dan Aset Daerah", badan, pola('F')),
     "Lampiran huruf F", "Badan Pengelolaan Keuangan dan Aset Daerah").
norm(lF_bapenda,
     unit_bernama('badan-pendapatan-daerah', "Badan Pendapatan Daerah", badan, pola('F')),
     "Lampiran huruf F", "Badan Pendapatan Daerah").
norm(lG_dishub,
     unit_bernama('dinas-perhubungan', "Dinas Perhubungan", dinas, pola('G')),
     "Lampiran huruf G", "Dinas Perhubungan").
%   neither a Dinas nor a Badan: a Perangkat Daerah of its own kind
norm(lG_satpoldamkar,
     unit_bernama('satuan-polisi-pamong-praja-dan-pemadam-kebakaran',
                  "Satuan Polisi Pamong Praja dan Pemadam Kebakaran", 'perangkat-daerah', pola('G')),
     "Lampiran huruf G", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran").
norm(lH_disdikbud,
     unit_bernama('dinas-pendidikan-dan-kebudayaan',
                  "Dinas Pendidikan dan Kebudayaan", dinas, pola('H')),
     "Lampiran huruf H", "Dinas Pendidikan dan Kebudayaan").
norm(lI_rsud,
     unit_bernama('rsud-h-badaruddin-kasim',
                  "Rumah Sakit Umum Daerah H. Badaruddin Kasim", rsud, pola('I')),
     "Lampiran huruf I", "Rumah Sakit Umum Daerah H. Badaruddin Kasim").
norm(lJ_bpbd,
     unit_bernama('badan-penanggulangan-bencana-daerah',
                  "Badan Penanggulangan Bencana Daerah", badan, pola('J')),
     "Lampiran huruf J", "Badan Penanggulangan Bencana Daerah").
norm(lM_uptd_a,
     unit_bernama('uptd-kelas-a', "UNIT PELAKSANA TEKNIS DINAS KELAS A", uptd, pola('M')),
     "Lampiran huruf M", "UNIT PELAKSANA TEKNIS DINAS KELAS A").
norm(lN_uptd_b,
     unit_bernama('uptd-kelas-b', "UNIT PELAKSANA TEKNIS DINAS KELAS B", uptd, pola('N')),
     "Lampiran huruf N", "UNIT PELAKSANA TEKNIS DINAS KELAS B").

                 /*******************************
                 *   LAMPIRAN: ROLES PER UNIT   *
                 *******************************/

%   A. Sekretariat Daerah

norm(lA1_ppk,
     peran('pejabat-penilai-kinerja', [semua], ['sekretariat-daerah', pola('A')], [semua],
           'kepala-bagian'),
     "Lampiran huruf A angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Kepala Bagian").
norm(lA1_al,
     peran('atasan-langsung', [semua], ['sekretariat-daerah', pola('A')], [semua],
           'kepala-bagian'),
     "Lampiran huruf A angka 1",
     "Kedudukan Pejabat Fungsional dan pelaksana berada dibawah dan bertanggungjawab langsung kepada Pejabat Kepala Bagian").
norm(lA1_puo,
     peran('pimpinan-unit-organisasi', [semua], ['sekretariat-daerah', pola('A')], [semua],
           'kepala-bagian'),
     "Lampiran huruf A angka 1",
     "Kepala Bagian juga berperan sebagai Pimpinan Unit Organisasi").
norm(lA2a2_pk,
     peran('pemilik-kinerja', [semua], ['sekretariat-daerah', pola('A')], [semua],
           'kepala-bagian'),
     "Lampiran huruf A angka 2 huruf a angka 2)",
     "membagi dan menunjuk Kepala Bagian sebagai penanggungjawab atas target kinerja tertentu").

%   B-H: the shared block under huruf H

norm(lH1_ppk,
     peran('pejabat-penilai-kinerja', [semua],
           ['sekretariat-dprd', inspektorat, dinas, badan,
            pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
           [semua], 'pejabat-administrator'),
     "Lampiran huruf H angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana pada struktur ini adalah Pejabat Administrator").
norm(lH1_al,
     peran('atasan-langsung', [semua],
           ['sekretariat-dprd', inspektorat, dinas, badan,
            pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
           [semua], 'pejabat-administrator'),
     "Lampiran huruf H angka 1",
     "Kedudukan Pejabat Fungsional pelaksana berada dibawah dan bertanggungjawab langsung kepada Pejabat Administrator").
norm(lH1_puo,
     peran('pimpinan-unit-organisasi', [semua],
           ['sekretariat-dprd', inspektorat, dinas, badan,
            pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
           [semua], 'pejabat-administrator'),
     "Lampiran huruf H angka 1",
     "Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi").
norm(lH2a1_pk,
     peran('pemilik-kinerja', [semua],
           ['sekretariat-dprd', inspektorat, dinas, badan,
            pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
           [semua], 'pejabat-administrator'),
     "Lampiran huruf H angka 2 huruf a angka 1)",
     "pembagian tanggungjawab kinerja bagi Pejabat Administrator").
%   scoped to the block's units: the team-leader question reads di/2
norm(lH2a5_ketua,
     di(['sekretariat-dprd', inspektorat, dinas, badan,
         pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
        wewenang('penetapan-ketua-tim', semua, 'pejabat-administrator')),
     "Lampiran huruf H angka 2 huruf a angka 5)",
     "Pejabat Administrator menentukan perlu atau tidaknya penunjukan ketua tim kerja").

%   I. Rumah Sakit Umum Daerah H. Badaruddin Kasim

norm(lI1_ppk_bagian,
     peran('pejabat-penilai-kinerja', [semua], [rsud, pola('I')], [bagian], 'kepala-bagian'),
     "Lampiran huruf I angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana adalah Kepala Bagian atau Kepala Bidang").
norm(lI1_ppk_bidang,
     peran('pejabat-penilai-kinerja', [semua], [rsud, pola('I')], [bidang], 'kepala-bidang'),
     "Lampiran huruf I angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana adalah Kepala Bagian atau Kepala Bidang").
norm(lI1_al_bagian,
     peran('atasan-langsung', [semua], [rsud, pola('I')], [bagian], 'kepala-bagian'),
     "Lampiran huruf I angka 1",
     "berada dibawah dan bertanggungjawab langsung kepada Kepala Bagian atau Kepala Bidang").
norm(lI1_al_bidang,
     peran('atasan-langsung', [semua], [rsud, pola('I')], [bidang], 'kepala-bidang'),
     "Lampiran huruf I angka 1",
     "berada dibawah dan bertanggungjawab langsung kepada Kepala Bagian atau Kepala Bidang").
norm(lI1_puo_bagian,
     peran('pimpinan-unit-organisasi', [semua], [rsud, pola('I')], [bagian], 'kepala-bagian'),
     "Lampiran huruf I angka 1",
     "Kepala Bagian atau Kepala Bidang juga berperan sebagai Pimpinan Unit Organisasi").
norm(lI1_puo_bidang,
     peran('pimpinan-unit-organisasi', [semua], [rsud, pola('I')], [bidang], 'kepala-bidang'),
     "Lampiran huruf I angka 1",
     "Kepala Bagian atau Kepala Bidang juga berperan sebagai Pimpinan Unit Organisasi").
%   against angka 1 of the same block: the Direktur "selaku Pejabat
%   Penilai Kinerja" (in J, K, L and N this step names the same post as
%   angka 1)
norm(lI2a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [rsud, pola('I')], [semua], direktur),
     "Lampiran huruf I angka 2 huruf a angka 1)",
     "Direktur selaku Pejabat Penilai Kinerja").

%   J. Badan Penanggulangan Bencana Daerah (no Pimpinan Unit Organisasi named)

norm(lJ1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('J')], [semua], 'kepala-pelaksana'),
     "Lampiran huruf J angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana adalah Kepala Pelaksana").
norm(lJ1_al,
     peran('atasan-langsung', [semua], [pola('J')], [semua], 'kepala-pelaksana'),
     "Lampiran huruf J angka 1",
     "berada dibawah dan bertanggungjawab langsung kepada Kepala Pelaksana").
norm(lJ2a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [pola('J')], [semua], 'kepala-pelaksana'),
     "Lampiran huruf J angka 2 huruf a angka 1)",
     "Kepala Pelaksana selaku Pejabat Penilai Kinerja").

%   K. Kecamatan: Pejabat Penilai Kinerja and Pimpinan Unit Organisasi differ

norm(lK1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [kecamatan, pola('K')], [semua], camat),
     "Lampiran huruf K angka 1",
     "Camat sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau Pelaksana").
norm(lK2_puo,
     peran('pimpinan-unit-organisasi', [semua], [kecamatan, pola('K')], [semua],
           'sekretaris-kecamatan'),
     "Lampiran huruf K angka 2",
     "Sekretaris Kecamatan sebagai Pimpinan Unit Organisasi").
norm(lK2_pk,
     peran('pemilik-kinerja', [semua], [kecamatan, pola('K')], [semua],
           'sekretaris-kecamatan'),
     "Lampiran huruf K angka 2",
     "Sekretaris Kecamatan sebagai Pimpinan Unit Organisasi menjadi penanggungjawab atas target kinerja").
norm(lK3_ketua,
     ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
     "Lampiran huruf K angka 3",
     "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim bagi Pejabat Fungsional dan/atau Pelaksana sesuai bidang tugasnya").
norm(lK4a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [kecamatan, pola('K')], [semua], camat),
     "Lampiran huruf K angka 4 huruf a angka 1)",
     "Camat selaku Pejabat Penilai Kinerja").

%   L. Kelurahan

norm(lL1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [kelurahan, pola('L')], [semua], lurah),
     "Lampiran huruf L angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana adalah Lurah").
norm(lL1_al,
     peran('atasan-langsung', [semua], [kelurahan, pola('L')], [semua], lurah),
     "Lampiran huruf L angka 1",
     "berada dibawah dan bertanggungjawab langsung kepada Lurah").
norm(lL1_puo,
     peran('pimpinan-unit-organisasi', [semua], [kelurahan, pola('L')], [semua], lurah),
     "Lampiran huruf L angka 1",
     "Lurah berperan juga sebagai Pimpinan Unit Organisasi").
norm(lL2_ketua,
     ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
     "Lampiran huruf L angka 2",
     "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim bagi Pejabat Fungsional dan/atau Pelaksana sesuai bidang tugasnya").
norm(lL3a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [kelurahan, pola('L')], [semua], lurah),
     "Lampiran huruf L angka 3 huruf a angka 1)",
     "Lurah selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").
norm(lL3a1_puo,
     peran('pimpinan-unit-organisasi', [semua], [kelurahan, pola('L')], [semua], lurah),
     "Lampiran huruf L angka 3 huruf a angka 1)",
     "Lurah selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").
norm(lL3c3_ketua,
     ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
     "Lampiran huruf L angka 3 huruf c angka 3)",
     "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").

%   M, N. Unit Pelaksana Teknis Dinas kelas A and B: the block under N

norm(lN1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [uptd, pola('M'), pola('N')], [semua],
           'kepala-uptd'),
     "Lampiran huruf N angka 1",
     "Pejabat Penilai Kinerja Pejabat Fungsional dan Pelaksana adalah Kepala UPTD").
norm(lN1_al,
     peran('atasan-langsung', [semua], [uptd, pola('M'), pola('N')], [semua],
           'kepala-uptd'),
     "Lampiran huruf N angka 1",
     "berada dibawah dan bertanggungjawab langsung kepada Kepala UPTD").
norm(lN1_puo,
     peran('pimpinan-unit-organisasi', [semua], [uptd, pola('M'), pola('N')], [semua],
           'kepala-uptd'),
     "Lampiran huruf N angka 1",
     "Kepala UPTD berperan juga sebagai Pimpinan Unit Organisasi").
norm(lN2a1_ppk,
     peran('pejabat-penilai-kinerja', [semua], [uptd, pola('M'), pola('N')], [semua],
           'kepala-uptd'),
     "Lampiran huruf N angka 2 huruf a angka 1)",
     "Kepala UPTD selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").
norm(lN2a1_puo,
     peran('pimpinan-unit-organisasi', [semua], [uptd, pola('M'), pola('N')], [semua],
           'kepala-uptd'),
     "Lampiran huruf N angka 2 huruf a angka 1)",
     "Kepala UPTD selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi").
norm(lN2c3_ketua,
     ketua_tim(jabatan, dapat, ['pejabat-pengawas']),
     "Lampiran huruf N angka 2 huruf c angka 3)",
     "Pejabat Pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau ketua tim").

                 /*******************************
                 *   PENUGASAN                  *
                 *******************************/

%   who may assign, approve, set (Pasal 15)

norm(p15_2_ppk,
     wewenang(penunjukan, semua, 'pejabat-penilai-kinerja'),
     "Pasal 15 ayat (2)",
     "penugasan langsung kepada Pejabat Fungsional atau Pejabat Pelaksana oleh Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi").
norm(p15_2_puo,
     wewenang(penunjukan, semua, 'pimpinan-unit-organisasi'),
     "Pasal 15 ayat (2)",
     "penugasan langsung kepada Pejabat Fungsional atau Pejabat Pelaksana oleh Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi").
norm(p15_4_lu,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-unit', 'pejabat-penilai-kinerja'),
     "Pasal 15 ayat (4)",
     "dilakukan berdasarkan persetujuan atasan langsung/Pejabat Penilai Kinerja").
norm(p15_4_lpd,
     wewenang('persetujuan-pengajuan-sukarela', 'lintas-perangkat-daerah', 'pejabat-penilai-kinerja'),
     "Pasal 15 ayat (4)",
     "dilakukan berdasarkan persetujuan atasan langsung/Pejabat Penilai Kinerja").
norm(p15_5,
     wewenang('penetapan-penugasan', semua, 'pejabat-penilai-kinerja'),
     "Pasal 15 ayat (5)",
     "Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Pejabat Penilai Kinerja").

%   who sets the assignment, by scope (Pasal 12, 13): against Pasal 15
%   ayat (5) for lintas Unit Organisasi / lintas Perangkat Daerah

norm(p12_1_w,
     wewenang('penetapan-penugasan', 'dalam-unit', 'pejabat-penilai-kinerja'),
     "Pasal 12 ayat (1)",
     "dilakukan melalui mekanisme penetapan surat perintah dan/atau bukti penugasan lainnya secara tertulis ataupun elektronik dari Pejabat Penilai Kinerja").
norm(p13_1_w,
     wewenang('penetapan-penugasan', 'dalam-unit', 'pejabat-penilai-kinerja'),
     "Pasal 13 ayat (1)",
     "dilakukan melalui mekanisme penetapan surat perintah dari Pejabat Penilai Kinerja").
norm(p12_4a_w,
     wewenang('penetapan-penugasan', 'lintas-unit', 'pejabat-administrasi'),
     "Pasal 12 ayat (4) huruf a",
     "Surat Perintah untuk penugasan individu lintas Unit Organisasi dalam 1 (satu) Perangkat Daerah ditetapkan oleh Pejabat Administrasi").
norm(p12_4b_w,
     wewenang('penetapan-penugasan', 'lintas-perangkat-daerah', 'pejabat-pimpinan-tinggi'),
     "Pasal 12 ayat (4) huruf b",
     "Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh Pejabat Pimpinan Tinggi").
norm(p13_4a_w,
     wewenang('penetapan-penugasan', 'lintas-unit', 'pejabat-administrasi'),
     "Pasal 13 ayat (4) huruf a",
     "Surat Perintah penugasan tim kerja lintas Unit Organisasi dalam 1 (satu) Perangkat Daerah ditetapkan oleh Pejabat Administrasi").
norm(p13_4b_w,
     wewenang('penetapan-penugasan', 'lintas-perangkat-daerah', 'pejabat-pimpinan-tinggi'),
     "Pasal 13 ayat (4) huruf b",
     "Surat Perintah penugasan tim kerja lintas Perangkat Daerah ditetapkan oleh Pejabat Pimpinan Tinggi").

%   instruments

norm(p12_1_sp,
     instrumen(individu, 'dalam-unit', 'surat-perintah', 'pejabat-penilai-kinerja'),
     "Pasal 12 ayat (1)",
     "mekanisme penetapan surat perintah dan/atau bukti penugasan lainnya secara tertulis ataupun elektronik dari Pejabat Penilai Kinerja kepada yang bersangkutan").
norm(p12_1_bukti,
     instrumen(individu, 'dalam-unit', 'bukti-penugasan-lainnya', 'pejabat-penilai-kinerja'),
     "Pasal 12 ayat (1)",
     "mekanisme penetapan surat perintah dan/atau bukti penugasan lainnya secara tertulis ataupun elektronik dari Pejabat Penilai Kinerja kepada yang bersangkutan").
norm(p12_4a_sp,
     instrumen(individu, 'lintas-unit', 'surat-perintah', 'pejabat-administrasi'),
     "Pasal 12 ayat (4) huruf a",
     "Surat Perintah untuk penugasan individu lintas Unit Organisasi dalam 1 (satu) Perangkat Daerah ditetapkan oleh Pejabat Administrasi").
norm(p12_4b_sp,
     instrumen(individu, 'lintas-perangkat-daerah', 'surat-perintah', 'pejabat-pimpinan-tinggi'),
     "Pasal 12 ayat (4) huruf b",
     "Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh Pejabat Pimpinan Tinggi").
norm(p13_1_sp,
     instrumen(tim, 'dalam-unit', 'surat-perintah', 'pejabat-penilai-kinerja'),
     "Pasal 13 ayat (1)",
     "dilakukan melalui mekanisme penetapan surat perintah dari Pejabat Penilai Kinerja").
norm(p13_4a_sp,
     instrumen(tim, 'lintas-unit', 'surat-perintah', 'pejabat-administrasi'),
     "Pasal 13 ayat (4) huruf a",
     "Surat Perintah penugasan tim kerja lintas Unit Organisasi dalam 1 (satu) Perangkat Daerah ditetapkan oleh Pejabat Administrasi").
norm(p13_4b_sp,
     instrumen(tim, 'lintas-perangkat-daerah', 'surat-perintah', 'pejabat-pimpinan-tinggi'),
     "Pasal 13 ayat (4) huruf b",
     "Surat Perintah penugasan tim kerja lintas Perangkat Daerah ditetapkan oleh Pejabat Pimpinan Tinggi").

%   Pasal 13 ayat (5): where a law requires a tim kerja to be formed by
%   surat keputusan, that law governs its penetapan: every Surat Perintah
%   of a tim kerja, who sets it across units (Pasal 13 ayat (4)) and the step that
%   issues it hold on that condition
norm(p13_5_syarat,
     syarat([p13_1_sp, p13_4a_sp, p13_4b_sp, p13_4a_w, p13_4b_w,
             p13_4a_lu3, p13_4b_lpd3],
            "tidak ada ketentuan perundang-undangan yang mengamanatkan pembentukan tim kerja ditetapkan melalui surat keputusan; bila ada, penetapan tim kerja dilakukan sesuai dengan ketentuan yang berlaku"),
     "Pasal 13 ayat (5)",
     "Dalam hal terdapat ketentuan perundang-undangan yang mengamanatkan pembentukan tim kerja ditetapkan melalui surat keputusan, maka penetapan tim kerja dilakukan sesuai dengan ketentuan yang berlaku").

%   durations: the Surat Perintah states them

norm(p1_22_durasi,
     durasi(penugasan, sesuai("periode waktu tertentu")),
     "Pasal 1 angka 22",
     "dalam periode waktu tertentu").
norm(p13_1c_durasi,
     durasi('tim-kerja', sesuai("durasi pelibatan tim kerja dalam menyelesaikan ekspektasi/target kinerja")),
     "Pasal 13 ayat (1) huruf c",
     "durasi pelibatan tim kerja dalam menyelesaikan ekspektasi/target kinerja").

                 /*******************************
                 *   ROUTING                    *
                 *******************************/

%   permohonan pelibatan lintas Unit Organisasi: individu (Pasal 12 ayat
%   (3)) and tim kerja (Pasal 13 ayat (2)); jawaban (Pasal 13 ayat (3));
%   Surat Perintah (Pasal 12 ayat (4) huruf a, Pasal 13 ayat (4) huruf a).
%   No tembusan is named.

norm(p12_3_lu1,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pimpinan-unit-organisasi-asal', [])),
     "Pasal 12 ayat (3)",
     "pengajuan permohonan dari Pimpinan Unit Organisasi dan/atau Perangkat Daerah pemohon/pemilik kinerja kepada Pimpinan Unit Organisasi dan/atau Pimpinan Perangkat Daerah dimana Pejabat Fungsional dan Pejabat Pelaksana berada").
norm(p13_2_lu1,
     langkah('permohonan-pelibatan', 'lintas-unit', 1,
             step('pimpinan-unit-organisasi-pemohon', 'mengajukan-permohonan',
                  'pimpinan-unit-organisasi-asal', [])),
     "Pasal 13 ayat (2)",
     "dari Pimpinan Unit Organisasi dan/atau Perangkat Daerah pemohon/pemilik kinerja kepada Pimpinan Unit Organisasi dan/atau Pimpinan Perangkat Daerah dimana Pejabat Fungsional dan Pejabat Pelaksana").
norm(p13_3_lu2,
     langkah('permohonan-pelibatan', 'lintas-unit', 2,
             step('pimpinan-unit-organisasi-asal', menjawab,
                  'pimpinan-unit-organisasi-pemohon', [])),
     "Pasal 13 ayat (3)",
     "disampaikan secara tertulis dari Pimpinan Unit Organisasi dan/atau Perangkat Daerah dimana Pejabat Fungsional dan Pejabat Pelaksana berada kepada Pimpinan Unit Organisasi dan/atau Perangkat Daerah pemohon/pemilik kinerja").
norm(p12_4a_lu3,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pejabat-administrasi', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 12 ayat (4) huruf a",
     "Surat Perintah untuk penugasan individu lintas Unit Organisasi dalam 1 (satu) Perangkat Daerah ditetapkan oleh Pejabat Administrasi").
norm(p13_4a_lu3,
     langkah('permohonan-pelibatan', 'lintas-unit', 3,
             step('pejabat-administrasi', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 13 ayat (4) huruf a",
     "Surat Perintah penugasan tim kerja lintas Unit Organisasi dalam 1 (satu) Perangkat Daerah ditetapkan oleh Pejabat Administrasi").

%   permohonan pelibatan lintas Perangkat Daerah: the same provisions,
%   between the Perangkat Daerah; no Bupati or Sekretaris Daerah involved.

norm(p12_3_lpd1,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 1,
             step('kepala-perangkat-daerah-pemohon', 'mengajukan-permohonan',
                  'kepala-perangkat-daerah-asal', [])),
     "Pasal 12 ayat (3)",
     "pengajuan permohonan dari Pimpinan Unit Organisasi dan/atau Perangkat Daerah pemohon/pemilik kinerja kepada Pimpinan Unit Organisasi dan/atau Pimpinan Perangkat Daerah dimana Pejabat Fungsional dan Pejabat Pelaksana berada").
norm(p13_2_lpd1,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 1,
             step('kepala-perangkat-daerah-pemohon', 'mengajukan-permohonan',
                  'kepala-perangkat-daerah-asal', [])),
     "Pasal 13 ayat (2)",
     "dari Pimpinan Unit Organisasi dan/atau Perangkat Daerah pemohon/pemilik kinerja kepada Pimpinan Unit Organisasi dan/atau Pimpinan Perangkat Daerah dimana Pejabat Fungsional dan Pejabat Pelaksana").
norm(p13_3_lpd2,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 2,
             step('kepala-perangkat-daerah-asal', menjawab,
                  'kepala-perangkat-daerah-pemohon', [])),
     "Pasal 13 ayat (3)",
     "disampaikan secara tertulis dari Pimpinan Unit Organisasi dan/atau Perangkat Daerah dimana Pejabat Fungsional dan Pejabat Pelaksana berada kepada Pimpinan Unit Organisasi dan/atau Perangkat Daerah pemohon/pemilik kinerja").
norm(p12_4b_lpd3,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 3,
             step('pejabat-pimpinan-tinggi', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 12 ayat (4) huruf b",
     "Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh Pejabat Pimpinan Tinggi").
norm(p13_4b_lpd3,
     langkah('permohonan-pelibatan', 'lintas-perangkat-daerah', 3,
             step('pejabat-pimpinan-tinggi', 'menerbitkan-penugasan', pegawai, [])),
     "Pasal 13 ayat (4) huruf b",
     "Surat Perintah penugasan tim kerja lintas Perangkat Daerah ditetapkan oleh Pejabat Pimpinan Tinggi").

%   pengajuan sukarela lintas Unit Organisasi / lintas Perangkat Daerah:
%   the official's own request (Pasal 15 ayat (3)) needs the approval of
%   the atasan langsung/Pejabat Penilai Kinerja (ayat (4)), to whom it is
%   therefore addressed.  Within one unit the text gives no steps.

norm(p15_4_lu1,
     langkah('pengajuan-sukarela', 'lintas-unit', 1,
             step(pegawai, 'mengajukan-permohonan', 'pejabat-penilai-kinerja', [])),
     "Pasal 15 ayat (4)",
     "Pengajuan penugasan sukarela untuk lintas Unit Organisasi dan/atau lintas Perangkat Daerah bagi Pejabat Fungsional atau Pelaksana").
norm(p15_4_lu2,
     langkah('pengajuan-sukarela', 'lintas-unit', 2,
             step('pejabat-penilai-kinerja', menyetujui, pegawai, [])),
     "Pasal 15 ayat (4)",
     "dilakukan berdasarkan persetujuan atasan langsung/Pejabat Penilai Kinerja").
norm(p15_4_lpd1,
     langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 1,
             step(pegawai, 'mengajukan-permohonan', 'pejabat-penilai-kinerja', [])),
     "Pasal 15 ayat (4)",
     "Pengajuan penugasan sukarela untuk lintas Unit Organisasi dan/atau lintas Perangkat Daerah bagi Pejabat Fungsional atau Pelaksana").
norm(p15_4_lpd2,
     langkah('pengajuan-sukarela', 'lintas-perangkat-daerah', 2,
             step('pejabat-penilai-kinerja', menyetujui, pegawai, [])),
     "Pasal 15 ayat (4)",
     "dilakukan berdasarkan persetujuan atasan langsung/Pejabat Penilai Kinerja").

                 /*******************************
                 *   TIM KERJA (PASAL 14)       *
                 *******************************/

norm(p14_2_jabatan,
     ketua_tim(jabatan, wajib, ['pejabat-fungsional', pelaksana]),
     "Pasal 14 ayat (2)",
     "berasal dari Jabatan Fungsional atau Jabatan Pelaksana yang ditunjuk").
norm(p14_3_jabatan,
     ketua_tim(jabatan, wajib, ['pejabat-pengawas']),
     "Pasal 14 ayat (3)",
     "Dalam hal tim kerja yang dibentuk pada Perangkat Daerah yang tidak dilakukan penyederhanaan struktur organisasi ketua tim kerja sebagaimana dimaksud pada ayat (1) huruf a berasal dari Pejabat Pengawas sesuai tugas dan fungsi").
norm(p14_4_lu,
     ketua_tim(asal('lintas-unit'), wajib, 'unit-pemilik-kinerja'),
     "Pasal 14 ayat (4)",
     "ketua tim berasal dari Unit Organisasi dan/atau Perangkat Daerah pemilik kinerja").
norm(p14_4_lpd,
     ketua_tim(asal('lintas-perangkat-daerah'), wajib, 'unit-pemilik-kinerja'),
     "Pasal 14 ayat (4)",
     "ketua tim berasal dari Unit Organisasi dan/atau Perangkat Daerah pemilik kinerja").

                 /*******************************
                 *   PELAPORAN                  *
                 *******************************/

norm(p19_2,
     melapor(individu, [semua], 'pejabat-penilai-kinerja', langsung),
     "Pasal 19 ayat (2)",
     "Pelaporan pelaksanaan tugas secara individu dilaksanakan oleh Pejabat Fungsional atau Pelaksana secara langsung kepada Pejabat Penilai Kinerja").
norm(p19_3a,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Pasal 19 ayat (3) huruf a",
     "Pejabat Fungsional atau Pelaksana yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim kerja").
norm(p18_6c_lapor,
     melapor('anggota-tim', [semua], 'ketua-tim', tidak_disebut),
     "Pasal 18 ayat (6) huruf c",
     "melaporkan hasil kinerja kepada ketua tim kerja").
norm(p19_3b,
     melapor('ketua-tim', [semua], 'pejabat-penilai-kinerja', tidak_disebut),
     "Pasal 19 ayat (3) huruf b",
     "Ketua Tim Kerja selanjutnya melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja").
norm(p18_5e_lapor,
     melapor('ketua-tim', [semua], 'pejabat-penilai-kinerja', tidak_disebut),
     "Pasal 18 ayat (5) huruf e",
     "melaporkan hasil kinerja anggota tim kepada Pejabat Penilai Kinerja").
norm(p19_4,
     wewenang('meminta-laporan', semua, 'pejabat-penilai-kinerja'),
     "Pasal 19 ayat (4)",
     "Pejabat Penilai Kinerja berwenang untuk meminta laporan kepada ketua tim kerja sewaktu-waktu").

                 /*******************************
                 *   TANGGUNG JAWAB (PASAL 18)  *
                 *******************************/

%   ayat (3): "Kepala Perangkat Daerah/Unit Organisasi pemilik kinerja",
%   the head of the unit owning the performance: pimpinan-unit-organisasi.

norm(p18_3a, tanggung_jawab('pimpinan-unit-organisasi', "menyusun dan menetapkan rencana kegiatan"),
     "Pasal 18 ayat (3) huruf a", "menyusun dan menetapkan rencana kegiatan").
norm(p18_3b, tanggung_jawab('pimpinan-unit-organisasi', "menyediakan dukungan sumber daya untuk pelaksanaan kegiatan"),
     "Pasal 18 ayat (3) huruf b", "menyediakan dukungan sumber daya untuk pelaksanaan kegiatan").
norm(p18_3c, tanggung_jawab('pimpinan-unit-organisasi', "memberikan arahan terpadu dan masukan perbaikan atas pelaksanaan kegiatan"),
     "Pasal 18 ayat (3) huruf c", "memberikan arahan terpadu dan masukan perbaikan atas pelaksanaan kegiatan").
norm(p18_3d, tanggung_jawab('pimpinan-unit-organisasi', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar Unit Organisasi"),
     "Pasal 18 ayat (3) huruf d", "memastikan kolaborasi dan sinergisitas pelaksanaan tugas antar Unit Organisasi").
norm(p18_3e, tanggung_jawab('pimpinan-unit-organisasi', "melakukan monitoring dan evaluasi pelaksanaan tugas tim"),
     "Pasal 18 ayat (3) huruf e", "melakukan monitoring dan evaluasi pelaksanaan tugas tim").

norm(p18_4a, tanggung_jawab('pejabat-penilai-kinerja', "menyusun dan menentukan rencana kerja organisasi"),
     "Pasal 18 ayat (4) huruf a", "menyusun dan menentukan rencana kerja organisasi").
norm(p18_4b, tanggung_jawab('pejabat-penilai-kinerja', "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi"),
     "Pasal 18 ayat (4) huruf b", "memastikan pelaksanaan tugas dan fungsi organisasi sejalan dengan strategi dan tujuan organisasi").
norm(p18_4c, tanggung_jawab('pejabat-penilai-kinerja', "memastikan kesiapan dukungan infrastruktur, tata kelola dan sumber daya yang optimal"),
     "Pasal 18 ayat (4) huruf c", "memastikan kesiapan dukungan infrastruktur, tata kelola dan sumber daya yang optimal").
norm(p18_4d, tanggung_jawab('pejabat-penilai-kinerja', "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar tim atau individu"),
     "Pasal 18 ayat (4) huruf d", "memastikan kolaborasi dan sinergisitas pelaksanaan tugas dan fungsi antar tim atau individu").

norm(p18_5a, tanggung_jawab('ketua-tim', "menyusun rincian pelaksanaan kegiatan"),
     "Pasal 18 ayat (5) huruf a", "menyusun rincian pelaksanaan kegiatan").
norm(p18_5b, tanggung_jawab('ketua-tim', "membagi peran anggota tim sesuai dengan kompetensi, keahlian dan/atau keterampilan"),
     "Pasal 18 ayat (5) huruf b", "membagi peran anggota tim sesuai dengan kompetensi, keahlian dan/atau keterampilan").
norm(p18_5c, tanggung_jawab('ketua-tim', "melaksanakan kegiatan sesuai dengan perencanaan"),
     "Pasal 18 ayat (5) huruf c", "melaksanakan kegiatan sesuai dengan perencanaan").
norm(p18_5d, tanggung_jawab('ketua-tim', "memberikan masukan perbaikan berkala kepada anggota tim"),
     "Pasal 18 ayat (5) huruf d", "memberikan masukan perbaikan berkala kepada anggota tim").
norm(p18_5e, tanggung_jawab('ketua-tim', "melaporkan hasil kinerja anggota tim kepada Pejabat Penilai Kinerja sebagai bahan pertimbangan penilaian kinerja Pejabat Fungsional dan Pelaksana"),
     "Pasal 18 ayat (5) huruf e", "melaporkan hasil kinerja anggota tim kepada Pejabat Penilai Kinerja sebagai bahan pertimbangan penilaian kinerja Pejabat Fungsional dan Pelaksana").
norm(p18_5f, tanggung_jawab('ketua-tim', "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim"),
     "Pasal 18 ayat (5) huruf f", "melaksanakan kolaborasi dan sinergisitas pelaksanaan tugas antar anggota tim").

norm(p18_6a, tanggung_jawab('anggota-tim', "menyusun rencana kerja individu"),
     "Pasal 18 ayat (6) huruf a", "menyusun rencana kerja individu").
norm(p18_6b, tanggung_jawab('anggota-tim', "melaksanakan kinerja sesuai ekspektasi ketua tim kerja"),
     "Pasal 18 ayat (6) huruf b", "melaksanakan kinerja sesuai ekspektasi ketua tim kerja").
norm(p18_6c, tanggung_jawab('anggota-tim', "melaporkan hasil kinerja kepada ketua tim kerja"),
     "Pasal 18 ayat (6) huruf c", "melaporkan hasil kinerja kepada ketua tim kerja").

norm(p21_3, tanggung_jawab('kepala-perangkat-daerah', "memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagai pakai"),
     "Pasal 21 ayat (3)", "memastikan setiap Unit Organisasi menggunakan aplikasi umum berbagai pakai").

                 /*******************************
                 *   LAMPIRAN: PER-UNIT (di/2)  *
                 *******************************/

%   Who receives the results in each pattern: the Tahap Pelaksanaan step
%   "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target
%   kinerja disampaikan kepada X" (angka 6) of huruf b).  The sentence is
%   passive; the pattern's subjects are the "Pejabat Fungsional dan/atau
%   Pelaksana yang bekerja secara individu maupun tim kerja", and a team's
%   result leaves the team through its ketua (Pasal 19 ayat (3) huruf b),
%   so the claim is made for individu and ketua-tim (anggota tim report to
%   their ketua: Pasal 19 ayat (3) huruf a; the Lampiran says nothing
%   else for them).  The way is not said (tidak_disebut).  The Tahap
%   Evaluasi steps that follow (the official who received the results
%   reviews them and sends them on, e.g. "disampaikan kepada Camat untuk
%   ditinjau") are that official's own report, not the subject's: not
%   encoded as a second recipient.

%   A. Sekretariat Daerah
norm(lA2b6_lapor_ind,
     di(['sekretariat-daerah', pola('A')],
        melapor(individu, [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran huruf A angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bagian").
norm(lA2b6_lapor_kt,
     di(['sekretariat-daerah', pola('A')],
        melapor('ketua-tim', [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran huruf A angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bagian").

%   B-H: the shared block under huruf H
norm(lH2b6_lapor_ind,
     di(['sekretariat-dprd', inspektorat, dinas, badan,
         pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
        melapor(individu, [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran huruf H angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Pejabat Administrator").
norm(lH2b6_lapor_kt,
     di(['sekretariat-dprd', inspektorat, dinas, badan,
         pola('B'), pola('C'), pola('D'), pola('E'), pola('F'), pola('G'), pola('H')],
        melapor('ketua-tim', [semua], 'pejabat-administrator', tidak_disebut)),
     "Lampiran huruf H angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Pejabat Administrator").

%   I. RSUD: "Kepala Bidang/Bagian", whichever heads the subject's
%   placement (melapor/4 has no placement: both are stated, by one
%   provision, so they never conflict with each other)
norm(lI2b6_lapor_ind_bidang,
     di([rsud, pola('I')], melapor(individu, [semua], 'kepala-bidang', tidak_disebut)),
     "Lampiran huruf I angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").
norm(lI2b6_lapor_ind_bagian,
     di([rsud, pola('I')], melapor(individu, [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran huruf I angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").
norm(lI2b6_lapor_kt_bidang,
     di([rsud, pola('I')], melapor('ketua-tim', [semua], 'kepala-bidang', tidak_disebut)),
     "Lampiran huruf I angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").
norm(lI2b6_lapor_kt_bagian,
     di([rsud, pola('I')], melapor('ketua-tim', [semua], 'kepala-bagian', tidak_disebut)),
     "Lampiran huruf I angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Bidang/Bagian").

%   J. Badan Penanggulangan Bencana Daerah
norm(lJ2b6_lapor_ind,
     di([pola('J')], melapor(individu, [semua], 'kepala-pelaksana', tidak_disebut)),
     "Lampiran huruf J angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Pelaksana").
norm(lJ2b6_lapor_kt,
     di([pola('J')], melapor('ketua-tim', [semua], 'kepala-pelaksana', tidak_disebut)),
     "Lampiran huruf J angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala Pelaksana").

%   K. Kecamatan: the results go to the Sekretaris Kecamatan (the Pimpinan
%   Unit Organisasi, angka 2), not to the Camat who is the Pejabat Penilai
%   Kinerja (angka 1): against Pasal 19 ayat (2) ("secara langsung kepada
%   Pejabat Penilai Kinerja") and ayat (3) huruf b.
norm(lK4b6_lapor_ind,
     di([kecamatan, pola('K')],
        melapor(individu, [semua], 'sekretaris-kecamatan', tidak_disebut)),
     "Lampiran huruf K angka 4 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Sekretaris Kecamatan").
norm(lK4b6_lapor_kt,
     di([kecamatan, pola('K')],
        melapor('ketua-tim', [semua], 'sekretaris-kecamatan', tidak_disebut)),
     "Lampiran huruf K angka 4 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Sekretaris Kecamatan").

%   L. Kelurahan
norm(lL3b6_lapor_ind,
     di([kelurahan, pola('L')], melapor(individu, [semua], lurah, tidak_disebut)),
     "Lampiran huruf L angka 3 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Lurah").
norm(lL3b6_lapor_kt,
     di([kelurahan, pola('L')], melapor('ketua-tim', [semua], lurah, tidak_disebut)),
     "Lampiran huruf L angka 3 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Lurah").

%   M, N. UPT Dinas kelas A and B: the block under N
norm(lN2b6_lapor_ind,
     di([uptd, pola('M'), pola('N')], melapor(individu, [semua], 'kepala-uptd', tidak_disebut)),
     "Lampiran huruf N angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala UPTD").
norm(lN2b6_lapor_kt,
     di([uptd, pola('M'), pola('N')], melapor('ketua-tim', [semua], 'kepala-uptd', tidak_disebut)),
     "Lampiran huruf N angka 2 huruf b angka 6)",
     "Hasil pelaksanaan kegiatan yang telah selesai dan sesuai dengan target kinerja disampaikan kepada Kepala UPTD").

%   Who assigns the unit's own Pejabat Fungsional and Pelaksana in the
%   pattern (penunjukan, Pasal 15 ayat (2)).  Scope dalam-unit: staff of
%   another unit come through the permohonan pelibatan (angka 4) of the
%   same huruf a: "dilakukan melalui proses permohonan pelibatan").
%   Sekretariat Daerah, B-H and RSUD name no one who assigns Pejabat
%   Fungsional or Pelaksana (in A the Asisten Daerah "menunjuk Kepala
%   Bagian" as penanggungjawab: not a Pejabat Fungsional).

norm(lJ2a2_penunjukan,
     di([pola('J')], wewenang(penunjukan, 'dalam-unit', 'kepala-pelaksana')),
     "Lampiran huruf J angka 2 huruf a angka 2)",
     "Kepala pelaksana menugaskan Pejabat Fungsional dan/atau Pelaksana dalam pencapaian target kinerja tertentu").
%   K: the Camat assigns; the Sekretaris Kecamatan (Pimpinan Unit
%   Organisasi) only recommends: against Pasal 15 ayat (2) ("oleh Pejabat
%   Penilai Kinerja dan/atau Pimpinan Unit Organisasi").
norm(lK1_penunjukan,
     di([kecamatan, pola('K')], wewenang(penunjukan, 'dalam-unit', camat)),
     "Lampiran huruf K angka 1",
     "memberikan penugasan bagi Pejabat Fungsional dan/atau Pelaksana").
norm(lK1_penilaian,
     di([kecamatan, pola('K')], wewenang('penilaian-kinerja', semua, camat)),
     "Lampiran huruf K angka 1",
     "Camat sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian kinerja").
norm(lK4a2_penunjukan,
     di([kecamatan, pola('K')], wewenang(penunjukan, 'dalam-unit', camat)),
     "Lampiran huruf K angka 4 huruf a angka 2)",
     "Camat atas rekomendasi Sekretaris Kecamatan menugaskan Pejabat Fungsional dan/atau Pelaksana dalam pencapaian target kinerja tertentu").
%   L, N: "menegaskan" read as "menugaskan" (the sentence is the one of
%   huruf J and K word for word but for the verb; "menegaskan Pejabat
%   Fungsional ... dalam pencapaian target kinerja" has no other sense).
norm(lL3a2_penunjukan,
     di([kelurahan, pola('L')], wewenang(penunjukan, 'dalam-unit', lurah)),
     "Lampiran huruf L angka 3 huruf a angka 2)",
     "Lurah menegaskan Pejabat Fungsional dan/atau Pelaksana dalam pencapaian target kinerja Perangkat Daerah").
norm(lN2a2_penunjukan,
     di([uptd, pola('M'), pola('N')], wewenang(penunjukan, 'dalam-unit', 'kepala-uptd')),
     "Lampiran huruf N angka 2 huruf a angka 2)",
     "Kepala UPTD menegaskan Pejabat Fungsional dan/atau Pelaksana dalam pencapaian target kinerja Perangkat Daerah").
