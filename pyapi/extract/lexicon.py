"""The phrases the norm grammar (grammar/norms.lark) reads, by token type.

Wording lives here, not in the grammar: each entry maps a phrase of the
texts (case-insensitive, as a run of words) to a token type and the value
it stands for (an id of kb/vocabulary.pl, or a term such as
``("level", "administrator")``).  The longest phrase wins.
"""

from __future__ import annotations

ALL_JF = ("jf-ahli-utama", "jf-ahli-madya", "jf-ahli-muda", "jf-ahli-pertama",
          "jf-penyelia", "jf-mahir", "jf-terampil", "jf-pemula")
KETERAMPILAN = ("jf-penyelia", "jf-mahir", "jf-terampil", "jf-pemula")


def level(lv: str):
    return ("level", lv)


# (type, value) for each phrase; a phrase may be listed with variants.
_ENTRIES: list[tuple[str, str, object]] = []


def _add(kind: str, value, *phrases: str) -> None:
    for p in phrases:
        _ENTRIES.append((p, kind, value))


# -- holders: roles, posts, levels
_add("HOLDER", "pejabat-penilai-kinerja", "pejabat penilai kinerja", "pejabat penilai kerja",
     "penilai kinerja")
_add("HOLDER", "atasan-langsung", "atasan langsung", "atasan langsungnya")
_add("HOLDER", "pimpinan-unit-organisasi", "pimpinan unit organisasi",
     "kepala perangkat daerah / unit organisasi", "kepala unit organisasi",
     "kepala unit organisasi pemilik kinerja", "pimpinan unit organisasi pemilik kinerja")
_add("HOLDER", "pimpinan-unit-kerja", "pimpinan unit kerja")
_add("HOLDER", "pemilik-kinerja", "pemilik kinerja", "pejabat pemilik kinerja")
_add("HOLDER", "pejabat-yang-berwenang", "pejabat yang berwenang")
_add("HOLDER", "pejabat-pembina-kepegawaian", "pejabat pembina kepegawaian")
_add("HOLDER", "kepala-perangkat-daerah", "kepala perangkat daerah", "kepala dinas",
     "kepala badan", "pimpinan perangkat daerah")
_add("HOLDER", level("jpt-pratama"), "jabatan pimpinan tinggi pratama",
     "jabatan tinggi pratama")
_add("HOLDER", level("administrator"), "jabatan administrator")
_add("HOLDER", level("pengawas"), "jabatan pengawas")
_add("HOLDER", "pejabat-pimpinan-tinggi-pratama", "pejabat pimpinan tinggi pratama")
_add("HOLDER", "pejabat-pimpinan-tinggi", "pejabat pimpinan tinggi")
_add("HOLDER", "pejabat-administrator", "pejabat administrator")
_add("HOLDER", "pejabat-administrasi", "pejabat administrasi")
_add("HOLDER", "pejabat-pengawas", "pejabat pengawas")
_add("HOLDER", "bupati", "bupati")
_add("HOLDER", "sekretaris-daerah", "sekretaris daerah")
_add("HOLDER", "asisten", "asisten", "asisten daerah", "asisten sekretaris daerah")
_add("HOLDER", "kepala-bagian", "kepala bagian", "kabag")
_add("HOLDER", "kepala-subbagian", "kepala subbagian", "kepala sub bagian")
_add("HOLDER", "kepala-bidang", "kepala bidang")
_add("HOLDER", "kepala-subbidang", "kepala subbidang", "kepala sub bidang")
_add("HOLDER", "kepala-seksi", "kepala seksi")
_add("HOLDER", "inspektur", "inspektur")
_add("HOLDER", "inspektur-pembantu", "inspektur pembantu")
_add("HOLDER", "sekretaris-dprd", "sekretaris dprd")
_add("HOLDER", "camat", "camat", "panewu")
_add("HOLDER", "sekretaris-kecamatan", "sekretaris kecamatan", "sekretaris kapanewon")
_add("HOLDER", "lurah", "lurah")
_add("HOLDER", "sekretaris-kelurahan", "sekretaris kelurahan")
_add("HOLDER", "direktur", "direktur")
_add("HOLDER", "wakil-direktur", "wakil direktur")
_add("HOLDER", "kepala-uptd", "kepala uptd", "kepala upt", "kepala unit pelaksana teknis daerah")
_add("HOLDER", "kepala-puskesmas", "kepala puskesmas")
_add("HOLDER", "kepala-sekolah", "kepala sekolah")
_add("HOLDER", "kepala-pelaksana", "kepala pelaksana")
_add("HOLDER", "sekretaris", "sekretaris")
_add("LEVEL_ATAS", None, "atau jabatan satu tingkat di atasnya")

# -- subjects
_add("SUBJ", ("jf-ahli-utama",), "jf ahli utama", "ahli utama", "jabatan fungsional utama",
     "jabatan fungsional ahli utama")
_add("SUBJ", ("jf-ahli-madya",), "jf ahli madya", "ahli madya", "jabatan fungsional madya",
     "pejabat fungsional madya", "pejabat fungsional ahli madya",
     "jabatan fungsional ahli madya")
_add("SUBJ", ("jf-ahli-muda",), "jf ahli muda", "ahli muda", "jabatan fungsional ahli muda")
_add("SUBJ", ("jf-ahli-pertama",), "jf ahli pertama", "ahli pertama",
     "jabatan fungsional ahli pertama")
_add("SUBJ", KETERAMPILAN, "jf pada semua jenjang kategori keterampilan",
     "semua jenjang kategori keterampilan")
_add("PF", ALL_JF, "pejabat fungsional", "jabatan fungsional", "jf")
_add("PELAKSANA", ("pelaksana",), "pelaksana", "jabatan pelaksana", "pejabat pelaksana")
_add("KETUA_TIM", "ketua-tim", "ketua tim", "ketua tim kerja", "ketua kelompok kerja")
_add("ANGGOTA_TIM", "anggota-tim", "anggota tim", "anggota tim kerja")

# -- units, scopes, forms
_add("UNIT", "uptd", "unit pelaksana teknis daerah ( uptd )", "unit pelaksana teknis daerah",
     "uptd")
_add("UNIT", "kecamatan", "kecamatan", "kapanewon")
_add("UNIT", "kelurahan", "kelurahan")
_add("UNIT", "sekretariat-daerah", "sekretariat daerah")
_add("UNIT", "puskesmas", "puskesmas")
_add("UNIT", "rsud", "rumah sakit umum daerah", "rsud")
_add("UNIT", "sekretariat-dprd", "sekretariat dewan perwakilan rakyat daerah", "sekretariat dprd",
     "sekretariat dewan")
_add("UNIT", "inspektorat", "inspektorat daerah", "inspektorat")
_add("UNIT", "satuan-pendidikan", "satuan pendidikan")
_add("SCOPE", "lintas-unit", "lintas unit organisasi")
_add("SCOPE", "lintas-perangkat-daerah", "lintas perangkat daerah")
_add("SCOPE", "lintas-instansi", "lintas instansi pemerintah", "lintas instansi",
     "lintas pemerintah")
_add("SCOPE", "dalam-unit", "dalam 1 ( satu ) unit organisasi", "di dalam unit organisasi",
     "dalam unit organisasi")
_add("FORM", "individu", "individu")
# what a "ditetapkan oleh" sets where it is a kedudukan, not a penugasan
_add("OBJ_KEDUDUKAN", None, "penetapan kedudukan", "penentuan kedudukan",
     "kedudukan sebagaimana dimaksud")
_add("FORM", "tim", "tim kerja", "kelompok kerja")
_add("PADA", None, "pada", "yang bertugas pada", "khusus pada")

# -- verbs and function words
_add("KEDUDUKAN", None, "berkedudukan di bawah", "berkedudukan dibawah", "berada di bawah",
     "berada dibawah")
_add("BTJ", None, "bertanggung jawab", "bertanggungjawab")
_add("LANGSUNG", None, "secara langsung", "langsung")
_add("KEPADA", None, "kepada")
_add("SEBAGAI", None, "sebagai", "selaku", "yang berperan selaku", "yang berperan sebagai",
     "berperan sebagai", "berperan selaku", "dan berperan sebagai", "juga berperan sebagai",
     "berperan juga sebagai")
_add("CONJ", "dan", "dan")
_add("CONJ", "atau", "atau")
_add("CONJ", "dan/atau", "dan / atau")
_add("CONJ", ",", ",")
_add("CONJ", "sekaligus", "sekaligus", "sekaligus selaku", "sekaligus sebagai")
_add("MELAPORKAN", None, "melaporkan")
_add("PELAPORAN", None, "pelaporan")
_add("BERKALA", None, "secara berkala")
_add("MELALUI", None, "melalui")
_add("SECARA_INDIVIDU", None, "secara individu")
_add("DITUGASKAN", None, "yang ditugaskan")
_add("OLEH", None, "oleh")
_add("BERWENANG", None, "berwenang")
_add("MEMINTA_LAPORAN", None, "meminta laporan", "untuk meminta laporan")
_add("PENUGASAN_LANGSUNG", None, "penugasan langsung")
_add("PENUGASAN", None, "penugasan")
_add("DOC", "surat-perintah", "surat perintah")
_add("DOC", "surat-penugasan", "surat penugasan")
_add("DOC", "bukti-penugasan-lainnya", "bukti penugasan lainnya")
_add("DOC", "keputusan-kepala-perangkat-daerah", "keputusan kepala perangkat daerah")
_add("DOC", "keputusan-kepala-unit-organisasi", "keputusan kepala unit organisasi")
_add("DOC", "keputusan-kepala-unit-organisasi-pemilik-kinerja",
     "keputusan kepala unit organisasi pemilik kinerja")
_add("DITETAPKAN_OLEH", None, "ditetapkan oleh", "yang ditetapkan oleh")
_add("PENETAPAN", None, "penetapan", "mekanisme penetapan")
_add("DARI", None, "dari")
_add("DITETAPKAN_DENGAN", None, "ditetapkan dengan", "dituangkan dalam bentuk")
_add("DIUTAMAKAN", None, "diutamakan")
_add("WAJIB", None, "wajib", "harus")
_add("BERASAL_DARI", None, "berasal dari")
_add("ORIGIN", "unit-pemilik-kinerja", "unit organisasi pemilik kinerja",
     "unit organisasi dan / atau perangkat daerah pemilik kinerja")
_add("ORIGIN", "perangkat-daerah-pemilik-kinerja", "perangkat daerah pemilik kinerja")
_add("ADALAH", None, "adalah")
_add("PALING_RENDAH", None, "dengan ketentuan paling rendah", "paling rendah")
_add("PALING_LAMA", None, "paling lama", "maksimal", "paling lambat")
_add("TIME_UNIT", "tahun", "tahun")
_add("TIME_UNIT", "bulan", "bulan")
_add("TIME_UNIT", "hari", "hari")
# routing parties: (side, level) where level "both" names the Unit
# Organisasi and the Perangkat Daerah at once ("dan/atau")
_add("PARTY", ("pemohon", "both"),
     "pimpinan unit organisasi dan / atau perangkat daerah pemohon / pemilik kinerja")
_add("PARTY", ("asal", "both"),
     "pimpinan unit organisasi dan / atau pimpinan perangkat daerah dimana",
     "pimpinan unit organisasi dan / atau perangkat daerah dimana")
_add("PERMOHONAN", None, "permohonan", "pengajuan permohonan")
_add("JAWABAN", None, "jawaban", "jawaban atas permohonan")
_add("SUKARELA", None, "pengajuan penugasan sukarela", "penugasan sukarela")
_add("PERSETUJUAN", None, "persetujuan", "berdasarkan persetujuan", "atas persetujuan")
_add("CONJ", "/", "/")
_add("PENUNJUKAN", None, "penunjukan", "penunjukkan")
_add("MENYETUJUI", None, "menyetujui")
_add("MEMBERIKAN", None, "memberikan")
_add("PENILAIAN_KINERJA", None, "penilaian kinerja")
_add("DILAKSANAKAN_OLEH", None, "dilaksanakan oleh")
_add("LEBIH_DARI", None, "lebih dari")
_add("KURANG_DARI", None, "kurang dari")
_add("HOLDER", "pimpinan-unit-organisasi-asal", "pimpinan unit organisasi bersangkutan")
_add("HOLDER", "pejabat-yang-diberi-mandat", "pejabat yang diberi mandat")
_add("KOORDINATOR", None, "pelaksana koordinasi pelaksanaan tugas atau ketua tim")
_add("MEMBAWAHI", None, "membawahi", "dapat membawahi")
_add("PERIODE", "periode waktu tertentu", "periode waktu tertentu")
_add("PERIODE", "kurun waktu tertentu dalam satu tahun anggaran",
     "kurun waktu tertentu dalam satu tahun anggaran")
_add("MEMASTIKAN", None, "memastikan")
_add("MENYAMPAIKAN", "mengajukan-permohonan", "menyampaikan", "mengirimkan")
_add("MENYAMPAIKAN", "menyampaikan-keinginan-lisan", "menyampaikan keinginannya secara lisan")
_add("MENUGASKAN", None, "menugaskan")
_add("HASIL", None, "hasil pelaksanaan kegiatan")
_add("DITUNJUK", None, "ditunjuk", "dapat ditunjuk")
_add("DISAMPAIKAN_KEPADA", None, "disampaikan kepada")
_add("TANGGUNG_JAWAB", None, "tanggung jawab", "tanggungjawab")
_add("MELIPUTI", None, "meliputi", "meliputi :", "terdiri atas :")
_add("MEMIMPIN", None, "untuk memimpin suatu", "yang bertugas memimpin suatu", "yang diberikan tugas tambahan memimpin suatu",
     "memimpin suatu", "yang memimpin")
_add("LPAR", None, "(")
_add("RPAR", None, ")")

# -- duties stated with a verb of their
# own, the stand-in for a ketua tim, a request sent "kepada X", approval and
# copy in a request, the requesting and the home side of a routing
_add("MEMBUAT", None, "membuat")
_add("SEMENTARA", None, "sementara")
_add("JENJANG", "satu-jenjang-di-bawah", "satu jenjang di bawah", "satu jenjang di bawahnya",
     "di bawahnya")
_add("JENJANG", "satu-jenjang-di-atas", "satu jenjang di atas", "satu jenjang di atasnya",
     "di atasnya")
_add("JENJANG", "setara", "yang setara", "setara")
_add("PENYAMPAIAN", None, "penyampaian")
_add("TEMBUSAN", None, "dengan tembusan", "tembusan")
_add("DISETUJUI", None, "disetujui")
_add("HOLDER", "pimpinan-instansi-pemerintah", "pimpinan instansi pemerintah")

#: the words that end a holder's phrase and name its side of a routing
#: ("Pimpinan Unit Organisasi Pemilik Kinerja": the unit that owns the
#: performance, the requesting side)
SIDE_SUFFIX = {("pemilik", "kinerja"): "pemohon"}

#: a reference to another ayat of the Pasal: after a holder, it names the
#: holder that ayat names ("Pimpinan Unit Organisasi sebagaimana dimaksud
#: pada ayat (3)"); in a provision that names no scope, it gives that
#: ayat's scopes; group 1: the ayat, group 2: its huruf, if named
AYAT_REFERENCE = (r"sebagaimana\s+dimaksud\s+(?:pada|dalam)\s+ayat\s+\((\d+)\)"
                  r"(?:\s+huruf\s+([a-z])\b)?")


#: the words that open a provision about one of the two ways of assigning
#: (Pasal 10 of the texts: penunjukan, pengajuan sukarela) and its scope,
#: up to "sebagaimana dimaksud", "dilakukan" or a comma: the act an
#: instrument the provision (or an item of it, or a provision referring to
#: it) writes is for ("Penunjukkan lintas Unit Organisasi", "Pengajuan
#: sukarela di dalam Unit Organisasi", "Penugasan melalui penunjukan")
ROUTE_ACT = (r"^(?:penugasan\s+melalui\s+)?(?:penunjukk?an|pengajuan(?:\s+penugasan)?\s+sukarela)\b"
             r".*?(?=\s+sebagaimana\s+dimaksud|\s+dilakukan\b|,|$)")
#: the condition an instrument is written under, said from those words
ROUTE_CONDITION = "untuk {act}"

#: phrase (tuple of lower-case words) -> (type, value)
PHRASES: dict[tuple[str, ...], tuple[str, object]] = {}
for _phrase, _kind, _value in _ENTRIES:
    PHRASES[tuple(_phrase.split())] = (_kind, _value)
MAX_WORDS = max(len(k) for k in PHRASES)

#: the routing roles of each side, by the level of the routing
PARTY_ROLE = {("pemohon", "lintas-unit"): "pimpinan-unit-organisasi-pemohon",
              ("asal", "lintas-unit"): "pimpinan-unit-organisasi-asal",
              ("pemohon", "lintas-perangkat-daerah"): "kepala-perangkat-daerah-pemohon",
              ("asal", "lintas-perangkat-daerah"): "kepala-perangkat-daerah-asal",
              # a request across agencies is sent by the requesting unit's
              # leader (its addressee is named: "Pimpinan Instansi Pemerintah")
              ("pemohon", "lintas-instansi"): "pimpinan-unit-organisasi-pemohon"}

#: the head of a unit kind, for "Pejabat ... yang memimpin suatu UPTD"
UNIT_HEAD = {"uptd": "kepala-uptd", "kecamatan": "camat", "kelurahan": "lurah",
             "puskesmas": "kepala-puskesmas", "sekretariat-daerah": "sekretaris-daerah"}

#: the words a named unit's name begins with, and the unit kind it names:
#: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" is a dinas
NAMED_UNIT_HEADS = {("dinas",): "dinas", ("badan",): "badan", ("rsud",): "rsud",
                    ("rumah", "sakit", "umum", "daerah"): "rsud"}
#: words that begin the name of an organisation: a second one in a heading
#: means it names more than one unit ("Dinas Perhubungan dan Satuan Polisi
#: Pamong Praja"), which is not read as one name
ORGANISATION_WORDS = {"dinas", "badan", "rsud", "rumah", "satuan", "kantor", "sekretariat",
                      "inspektorat", "kecamatan", "kelurahan", "uptd", "unit", "puskesmas",
                      "kapanewon", "bagian", "bidang"}
#: what comes before a unit's name in a Lampiran heading
UNIT_HEADING_LEADS = ("mekanisme kerja pada ", "unit organisasi pada ")

#: token types whose presence makes a provision a candidate for a norm:
#: a provision holding one of them and yielding no claim is reported unread
TRIGGERS = {"KEDUDUKAN", "MELAPORKAN", "PELAPORAN", "BERWENANG", "PENUGASAN_LANGSUNG",
            "DITETAPKAN_OLEH", "DITETAPKAN_DENGAN", "BERASAL_DARI", "PALING_LAMA",
            "TANGGUNG_JAWAB", "PENETAPAN", "MEMBAWAHI", "KOORDINATOR",
            "PERMOHONAN", "JAWABAN", "SUKARELA", "PERSETUJUAN", "PENUNJUKAN",
            "MENYETUJUI", "PENILAIAN_KINERJA", "LEBIH_DARI", "MEMASTIKAN",
            "PALING_RENDAH", "HASIL", "DITUNJUK"}

#: token types one of which every claim rule needs: a provision without
#: any is not parsed
ANCHORS = TRIGGERS | {"SEBAGAI", "ADALAH", "PERIODE", "MELIPUTI", "KETUA_TIM", "MEMBUAT",
                      "MEMBERIKAN", "PENYAMPAIAN", "MENYAMPAIKAN"}
