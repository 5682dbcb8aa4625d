/*  Part of perbup-kb

    The names this regulation's text uses for posts and units of the
    shared vocabulary (kb/vocabulary.pl): alias(Text, Id).  Answers name
    the post as the text does, with the shared label after it: "Panewu
    (Camat)".  Kapanewon and Panewu: Pasal 7 ayat (5); Panewu Anom:
    Lampiran BAB IV huruf E angka 2 (the Sekretaris Kecamatan of a
    Kapanewon).  The text never writes "Sekretaris Kapanewon", which the
    shared vocabulary used to list here.
*/

alias("Kapanewon",            kecamatan).
alias("Panewu",               camat).
alias("Panewu Anom",          'sekretaris-kecamatan').

%   Where the text uses each name (checked at load: the citation names
%   one provision and the quote is verbatim in it).  The text defines
%   neither name; these are the provisions that use them where the
%   other regulations say Kecamatan, Camat and Sekretaris Kecamatan.

alias_source("Kapanewon", "Pasal 7 ayat (5)",
             "Pejabat Fungsional dan pelaksana yang bertugas pada Kapanewon, berkedudukan di bawah dan bertanggung jawab secara langsung kepada Panewu sebagai Pejabat Penilai Kinerja").
alias_source("Panewu", "Pasal 7 ayat (5)",
             "bertanggung jawab secara langsung kepada Panewu sebagai Pejabat Penilai Kinerja").
alias_source("Panewu Anom", "Lampiran BAB IV huruf E angka 2",
             "Panewu Anom sebagai Pimpinan Unit Organisasi menjadi penanggungjawab atas target kinerja").
