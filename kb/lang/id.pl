/*  Part of perbup-kb

    Indonesian words of explanations (the first language): templates for
    format/3, filled by kb/wording.pl with labels from kb/vocabulary.pl.
*/

:- module(lang_id, [template/2, word/2, question/2]).
:- discontiguous template/2, word/2.

template(role,            "~w berperan selaku ~w bagi ~w pada ~w").
template(role_at,         "~w berperan selaku ~w bagi ~w pada ~w (~w)").
template(recipient_named, "laporan disampaikan kepada ~w, sebagaimana disebut").
template(recipient_is,    "~w bagi ~w adalah ~w").
template(unit_matches,    "~w termasuk unit yang diatur: ~w").
template(named_unit,      "~w tercantum dalam Lampiran, sehingga ketentuan bagi ~w berlaku baginya").
template(other_goal,      "ketentuan ~w/~w terpenuhi").
template(assessor,        "Pejabat Penilai Kinerja bagi ~w pada ~w adalah ~w").
template('unit-leader',   "Pimpinan Unit Organisasi bagi ~w pada ~w adalah ~w").
template('reporting-line', "~w yang bekerja ~w melapor kepada ~w ~w").
template(reporting_line_one, "~w yang bekerja ~w melapor kepada ~w ~w").
template(assigner,        "~w berwenang dalam penugasan").
template('position-setter', "~w menetapkan kedudukan Pejabat Fungsional dan Pelaksana").
template('assignment-instrument', "penugasan dituangkan dalam ~w yang ditetapkan oleh ~w").
template(routing_step,    "~w ~w kepada ~w").
template('team-leader',   "ketua tim: ~w ~w").
template('team-duration', "jangka waktu: ~w").
template(responsibilities, "tanggung jawab ~w: \"~w\"").
template(wewenang,        "~w berwenang atas ~w (~w)").
template(instrumen,       "penugasan ~w ~w dengan ~w yang ditetapkan oleh ~w").
template(langkah,         "langkah ~w ~w ~w: ~w").
template(ketua_tim,       "ketua tim ~w: ~w ~w").
template(durasi,          "jangka waktu ~w: ~w").
template(unit_bernama,    "~w adalah ~w").
template(unit_bernama_pola, "~w adalah ~w yang mengikuti pola ~w dalam Lampiran").
template(aspect_asal,     "berasal dari (~w)").
template(di,              "pada ~w, ~w").
template(scoped,          "berlaku pada ~w: ~w").
template(lebih_khusus,    "~w berlaku khusus untuk ~w sehingga mengesampingkan ~w").
template(bagian_khusus,   "~w berlaku khusus untuk ~w sehingga mengesampingkan ketentuan umum ~w (ketentuan khusus dan umum dalam bagian yang sama)").
template(pendelegasian,   "~w berlaku khusus untuk ~w; ~w membolehkan pejabat lain yang diberi pendelegasian kewenangan, sehingga ketentuan khusus yang berlaku").
template(pengecualian,    "~w merupakan pengecualian untuk ~w sehingga mengesampingkan ~w").
template(rincian,         "~w merinci mekanisme untuk ~w yang diatur singkat dalam ~w, sehingga rinciannya yang berlaku").
template(pola,            "unit yang mengikuti pola ~w dalam Lampiran").
template(pola_named,      "~w (pola ~w dalam Lampiran)").
template(melalui,         "melalui ~w").
template(paling_lama,     "paling lama ~w ~w").
template(sesuai,          "sesuai \"~w\"").
template(tidak_diatur,    "Tidak dapat dipastikan: peraturan ini tidak mengatur ~w untuk keadaan tersebut.").
template(differs,         "~w yang diajukan adalah ~w, sedangkan menurut ketentuan ~w.").
template(differs_unstated, "~w yang diajukan adalah ~w, sedangkan ketentuan tidak menyebutnya.").
template(looked_for,      "Dicari ketentuan tentang ~w; tidak ada yang ditemukan.").
template(looked_for_params, "Dicari ketentuan tentang ~w untuk ~w; tidak ada yang ditemukan.").

template(sejalan_level,   "~w adalah ~w, sehingga sejalan dengan ketentuan yang menyebut ~w").
template(sejalan_batas,   "~w adalah ~w, sehingga memenuhi ketentuan yang menyebut ~w").
template(sejalan_peran,   "~w berperan selaku ~w, sehingga ketentuan yang menyebut ~w sejalan dengan jawaban ini").
template(sejalan,         "~w sejalan dengan ketentuan yang menyebut ~w").

template(level_atau_atas,  "~w atau Jabatan satu tingkat di atasnya").
template(paling_rendah,    "paling rendah ~w").
template(paling_rendah_fungsional, "Jabatan Pimpinan Tinggi Pratama, Jabatan Administrator, Jabatan Pengawas, atau Jabatan Fungsional yang memimpin unit kerja mandiri").

template(varian,          "bagi ~w yang mengikuti pola ini: ~w").

word(this_case,      "keadaan ini").
word(anyone,         "siapa pun").
word(all_subjects,   "Pejabat Fungsional dan Pelaksana").
word(all,            "semua").
word(any_unit,       "unit mana pun").
word(and,            "dan").
word(langsung,       "secara langsung").
word(tidak_langsung, "tidak secara langsung").
word(tidak_disebut,  "(cara pelaporan tidak disebut)").
word(tidak_dibatasi, "tidak dibatasi").
word(hari,           "hari").
word(bulan,          "bulan").
word(tahun,          "tahun").
word(jabatan,        "dijabat oleh").
word(pengganti,      "bila kosong digantikan oleh").
word(penetapan,      "ditetapkan oleh").
word(holds,          "Ya: jawaban yang diajukan sesuai dengan ketentuan.").
word(holds_contested, "Ya menurut sebagian ketentuan, tetapi ketentuan lain bertentangan dengannya.").
word(contested_by,   "Ketentuan yang bertentangan").
word(does_not_hold,  "Tidak: jawaban yang diajukan tidak sesuai dengan ketentuan.").
word(post,           "Jabatan").
word(direct,         "Cara pelaporan").
word(via,            "Perantara pelaporan").
word(value,          "Jawaban").
word(to,             "Penerima laporan").
word(sejalan_cara,   "ketentuan ini menyebut cara pelaporan yang tidak disebut ketentuan lain; keduanya satu jawaban").

% answers as a reader reads them (kb/wording.pl, answer_sentence/5)
template(lapor,           "melapor kepada ~w ~w").
template(lapor_case,      "~w: ~w").
template(actor_answer,    "~w berwenang atas ~w").
template(actor_answer_scope, "~w berwenang atas ~w ~w").
template(instrumen_answer, "~w yang ditetapkan oleh ~w").
template(instrumen_answer_for, "~w yang ditetapkan oleh ~w (~w)").
template(step(menyetujui), "~w menyetujui pengajuan ~w").
template(step(menugaskan), "~w menugaskan ~w").
template(step(menginstruksikan), "~w menginstruksikan ~w").
template(step('menerima-penugasan'), "~w menerima surat penugasan dari ~w").
template(step(menjawab),  "~w menjawab permohonan ~w").
template(step('menyusun-surat-penugasan'), "~w menyusun surat penugasan untuk disetujui oleh ~w").
template(tembusan,        "~w, dengan tembusan kepada ~w").
template(ketua_asal,      "untuk tim ~w, ketua tim ~w berasal dari ~w").
template(ketua_jabatan,   "ketua tim ~w dijabat oleh ~w").
template(ketua_penetapan_dengan, "ketua tim ~w ditetapkan dengan ~w").
template(ketua_penetapan_oleh, "ketua tim ~w ditetapkan oleh ~w").
template(ketua_pengganti, "pengganti ketua tim ~w berasal dari ~w").
template(tanggung_jawab_item, "~w: \"~w\"").
template(routing_title,   "alur ~w ~w").
template(unit_matches_all, "ketentuan ini berlaku bagi semua unit, termasuk ~w").

% what an answer answers (kb/wording.pl, case_sentence/3)
template(case_capacity,   "~w yang bekerja ~w pada ~w").
template(case_subject,    "~w pada ~w").
template(case_role,       "~w bagi ~w pada ~w").
template(case_instrumen,  "dokumen penugasan ~w").
template(case_durasi,     "jangka waktu ~w").
template(case_tanggung_jawab, "tanggung jawab ~w").
template(conflict_about,  "Pertentangan tentang ~w:").

word(or,             "atau").
word(all_jf,         "Pejabat Fungsional").
word(case_ketua_tim, "ketua tim kerja").
word(strength(wajib),      "wajib").
word(strength(diutamakan), "diutamakan").
word(strength(dapat),      "dapat").
word(strength(wewenang),   "berwenang").
word(form(individu), "penugasan individu").
word(form(tim),      "tim kerja").

% what the renderings around an answer say (read by pyapi/wording.py for
% pyapi/render.py, pyapi/diagram.py and the pages)
question('reporting-line',        "Kepada siapa pelaksanaan tugas dilaporkan, secara langsung atau melalui siapa?").
question(assessor,                "Siapa Pejabat Penilai Kinerja?").
question('unit-leader',           "Siapa Pimpinan Unit Organisasi?").
question(assigner,                "Siapa yang berwenang menugaskan dan menyetujui pengajuan sukarela?").
question('assignment-instrument', "Dengan dokumen apa penugasan dituangkan, dan siapa yang menetapkannya?").
question('cross-unit-routing',    "Bagaimana alur permohonan pelibatan lintas Unit Organisasi?").
question('cross-agency-routing',  "Bagaimana alur permohonan pelibatan lintas Perangkat Daerah atau Instansi Pemerintah?").
question('voluntary-routing',     "Bagaimana alur pengajuan sukarela?").
question('team-leader',           "Siapa yang dapat menjadi ketua tim kerja, dan siapa yang menetapkannya?").
question('team-duration',         "Berapa lama tim kerja dapat berlangsung?").
question(responsibilities,        "Apa tanggung jawabnya?").
question('position-setter',       "Siapa yang menetapkan kedudukan Pejabat Fungsional dan Pelaksana?").

template(heading_question, "Pertanyaan: ~w").
template(heading_regulation, "Peraturan: ~w").
template(heading_compare, "Pertanyaan: ~w (semua peraturan)").
template(labelled,        "~w: ~w").
template(alias_line,      "Nama lain: ~w berarti ~w").
template(ignored_line,    "Diabaikan: ~w (tidak dibaca oleh pertanyaan ini)").
template(lapor_posts,     "yaitu ~w").
template(routing_line,    "~w:").
template(rule_at,         "(aturan ~w, ~w:~w)").
template(compare_error,   "~w: tidak dapat ditanyakan (~w)").
template(explain_answer,  "~w. ~w").
word(param_subject,   "Subjek").
word(param_capacity,  "Bekerja").
word(param_unit,      "Unit").
word(param_placement, "Penempatan").
word(param_scope,     "Lingkup").
word(param_role,      "Peran").
word(param_post,      "Jabatan").
word(heading_status,  "Status").
word(status_answered, "terjawab").
word(status_conflict, "BERTENTANGAN").
word(status_tidak_diatur, "tidak diatur").
word(heading_explanation, "Penjelasan").
word(heading_answer,  "Jawaban").
word(because,         "karena").
word(not_regulated,   "Peraturan ini tidak mengatur hal tersebut.").
word(closest,         "Ketentuan terdekat").
word(compare_agree,   "Semua peraturan menjawab sama.").
word(compare_differ,  "Peraturan-peraturan menjawab berbeda.").
word(no_citations,    "Tidak ada kutipan yang ditemukan.").
word(diagram_reports, "melapor").
word(diagram_held_by, "dijabat oleh").
word(diagram_copy,    "tembusan").
word(diagram_conflict, "Pertentangan").
word(diagram_legend,  "Keterangan").
word(diagram_legend_line, "melapor atau langkah alur, dengan dasar ketentuannya").
word(diagram_legend_dashed, "dijabat oleh atau tembusan").
word(diagram_legend_conflict, "bertentangan: kedua ketentuan dikutip").
word(diagram_subject, "Pejabat Fungsional atau Pelaksana").
template(regulation_name, "~w ~w Nomor ~w Tahun ~w").

% the pages (pyapi/pages.py, pyapi/templates/)
template(page_groups, "Jawaban berbeda: ~w kelompok jawaban.").
template(page_latihan_soal, "Siapa ~w bagi ~w pada ~w, ~w?").
template(page_unknown_case, "kasus tidak dikenal: ~w / ~w").
template(page_unknown_regency, "peraturan tidak dikenal: ~w").
word(page_tanya, "Tanya").
word(page_bandingkan, "Bandingkan").
word(page_bandingkan_title, "Bandingkan peraturan").
word(page_bandingkan_intro, "Satu pertanyaan diajukan kepada setiap peraturan; kolom yang jawabannya berbeda dari kelompok terbesar ditandai.").
word(page_baca, "Baca peraturan").
word(page_periksa, "Periksa").
word(page_latihan, "Latihan").
word(page_nav, "Halaman").
word(page_footer, "Sistem Kerja ASN menurut Peraturan Bupati dan Peraturan Wali Kota; setiap kutipan sesuai naskah.").
word(page_regulation, "Peraturan").
word(page_question, "Pertanyaan").
word(page_pick_regulation, "— pilih peraturan —").
word(page_pick_question, "— pilih pertanyaan —").
word(page_any, "(semua / tidak disebut)").
word(page_subject, "Jabatan").
word(page_capacity, "Kapasitas").
word(page_unit, "Unit").
word(page_placement, "Penempatan").
word(page_scope, "Lingkup").
word(page_role, "Peran").
word(page_why, "Mengapa?").
word(page_condition, "Syarat").
word(page_set_aside, "Ketentuan yang dikesampingkan").
word(page_conflicts, "Pertentangan").
word(page_diagram, "Diagram").
word(page_diagram_alt, "Diagram jawaban dengan dasar ketentuannya").
word(page_sets_aside, "mengesampingkan").
word(page_every_differs, "Setiap peraturan menjawab berbeda.").
word(page_group, "kelompok").
word(page_departs, "berbeda").
word(page_cannot_ask, "tidak dapat ditanyakan").
word(page_check_answer, "Periksa jawaban").
word(page_other_case, "Kasus lain").
word(page_no_case, "tidak ada kasus yang terjawab; coba lagi").
word(cite_external, "peraturan lain").
word(cite_exists, "ada").
word(cite_missing, "TIDAK ADA").
