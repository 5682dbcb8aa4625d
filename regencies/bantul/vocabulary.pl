/*  Part of perbup-kb

    The names this regulation's text uses for posts and units of the
    shared vocabulary (kb/vocabulary.pl): alias(Text, Id).  Answers name
    the post as the text does, with the shared label after it: "Panewu
    (Camat)".  Lampiran BAB IV huruf E and Pasal 7 ayat (5).
*/

alias("Kapanewon",            kecamatan).
alias("Panewu",               camat).
alias("Sekretaris Kapanewon", 'sekretaris-kecamatan').
alias("Panewu Anom",          'sekretaris-kecamatan').
