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
