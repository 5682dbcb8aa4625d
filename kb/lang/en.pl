/*  Part of perbup-kb

    English words of explanations (the second language): templates for
    format/3, filled by kb/wording.pl with labels from kb/vocabulary.pl.
*/

:- module(lang_en, [template/2, word/2, question/2]).
:- discontiguous template/2, word/2.

template(role,            "~w acts as ~w for ~w in ~w").
template(role_at,         "~w acts as ~w for ~w in ~w (~w)").
template(recipient_named, "reports go to ~w, as the text names it").
template(recipient_is,    "~w for ~w is ~w").
template(unit_matches,    "~w is among the units regulated: ~w").
template(named_unit,      "~w is listed in the Lampiran, so the provisions for ~w apply to it").
template(other_goal,      "condition ~w/~w holds").
template(assessor,        "the performance assessor of ~w in ~w is ~w").
template('unit-leader',   "the unit leader of ~w in ~w is ~w").
template('reporting-line', "~w working ~w report to ~w ~w").
template(reporting_line_one, "~w working ~w reports to ~w ~w").     % one subject
template(assigner,        "~w has authority over the assignment").
template('position-setter', "~w sets the position (kedudukan) of functional officials and implementers").
template('assignment-instrument', "the assignment is made by ~w set by ~w").
template(routing_step,    "~w ~w to ~w").
template('team-leader',   "team leader: ~w ~w").
template('team-duration', "duration: ~w").
template(responsibilities, "responsibility of ~w: \"~w\"").
template(wewenang,        "~w has authority for ~w (~w)").
template(instrumen,       "assignment ~w ~w by ~w set by ~w").
template(langkah,         "step ~w of the ~w, ~w: ~w").
template(ketua_tim,       "team leader ~w: ~w ~w").
template(durasi,          "duration of ~w: ~w").
template(unit_bernama,    "~w is a ~w").
template(unit_bernama_pola, "~w is a ~w following pattern ~w of the Lampiran").
template(aspect_asal,     "comes from (~w)").
template(di,              "in ~w, ~w").
template(scoped,          "applies in ~w: ~w").
template(lebih_khusus,    "~w applies specifically to ~w and so sets aside ~w").
template(bagian_khusus,   "~w applies specifically to ~w and so sets aside the general rule of ~w (special and general rule in the same part)").
template(pendelegasian,   "~w applies specifically to ~w; ~w admits another official given delegated authority, so the special rule applies").
template(pengecualian,    "~w is an exception for ~w and so sets aside ~w").
template(rincian,         "~w sets out in detail the mechanism for ~w that ~w states in brief, so the detail applies").
template(pola,            "a unit following pattern ~w of the Lampiran").
template(indefinite(vowel), "an ~w").           % a level or a generic post in a
template(indefinite(consonant), "a ~w").         % sentence
template(holder_in_sentence, "the ~w").         % a post or role in a sentence
template(pola_named,      "~w (pattern ~w of the Lampiran)").
template(melalui,         "through ~w").
template(paling_lama,     "at most ~w ~w").
template(sesuai,          "as the text says: \"~w\"").
template(tidak_diatur,    "Cannot be decided: this regulation does not regulate ~w for that case.").
template(differs,         "The proposed ~w is ~w, but the provisions say ~w.").
template(differs_unstated, "The proposed ~w is ~w, but the provisions do not say.").
template(looked_for,      "Looked for provisions on ~w; none found.").
template(looked_for_params, "Looked for provisions on ~w for ~w; none found.").

template(sejalan_level,   "~w is ~w, so it agrees with the provision naming ~w").
template(sejalan_batas,   "~w is ~w, so it meets the provision requiring ~w").
template(sejalan_peran,   "~w acts as ~w, so the provision naming ~w agrees with this answer").
template(sejalan,         "~w agrees with the provision naming ~w").

template(level_atau_atas,  "~w or a post one level above").
template(paling_rendah,    "~w or any post above").
template(paling_rendah_fungsional, "a senior executive, administrator, supervisor or functional official appointed to lead an independent unit").

template(varian,          "for a ~w that follows this pattern: ~w").

word(this_case,      "this case").
word(anyone,         "anyone").
word(all_subjects,   "functional officials and executive staff").
word(all,            "all").
word(any_unit,       "any unit").
word(and,            "and").
word(langsung,       "directly").
word(tidak_langsung, "not directly").
word(tidak_disebut,  "(the way of reporting is not stated)").
word(tidak_dibatasi, "unlimited").
word(hari,           "days").
word(bulan,          "months").
word(tahun,          "years").
template(one(hari),  "day").                    % after "1"
template(one(bulan), "month").
template(one(tahun), "year").
word(jabatan,        "held by").
word(pengganti,      "when vacant, replaced by").
word(penetapan,      "appointed by").
word(holds,          "Yes: the proposed answer agrees with the provisions.").
word(holds_contested, "Yes by some provisions, but other provisions contradict them.").
word(contested_by,   "Provisions that contradict it").
word(does_not_hold,  "No: the proposed answer does not agree with the provisions.").
word(post,           "post").
word(direct,         "way of reporting").
word(via,            "intermediary").
word(value,          "answer").
word(to,             "recipient").
word(sejalan_cara,   "this provision states how to report where the other does not; both are one answer").

% answers as a reader reads them (kb/wording.pl, answer_sentence/5)
template(lapor,           "reports to ~w ~w").
template(lapor_case,      "~w: ~w").
template(actor_answer,    "~w has authority over ~w").
template(actor_answer_scope, "~w has authority over ~w ~w").
template(instrumen_answer, "~w, set by ~w").
template(instrumen_answer_for, "~w, set by ~w (~w)").
template(step(menyetujui), "~w approves the application of ~w").
template(step(menugaskan), "~w assigns ~w").
template(step(menginstruksikan), "~w instructs ~w").
template(step('menerima-penugasan'), "~w receives the assignment letter from ~w").
template(step(menjawab),  "~w answers the request of ~w").
template(step('menyusun-surat-penugasan'), "~w drafts the assignment letter for ~w to approve").
template(tembusan,        "~w, with a copy to ~w").
template(ketua_asal,      "for a team ~w, the team leader ~w come from ~w").
template(ketua_jabatan,   "the team leader ~w be ~w").
template(ketua_penetapan_dengan, "the team leader ~w be appointed by ~w").
template(ketua_penetapan_oleh, "the team leader ~w be appointed by ~w").
template(ketua_pengganti, "a replacement team leader ~w be ~w").
template(tanggung_jawab_item, "~w: \"~w\"").
template(routing_title,   "~w, ~w").
template(unit_matches_all, "the provision applies to every unit, ~w included").

% what an answer answers (kb/wording.pl, case_sentence/3)
template(case_capacity,   "~w working ~w in ~w").
template(case_subject,    "~w in ~w").
template(case_role,       "~w of ~w in ~w").
template(case_instrumen,  "assignment document ~w").
template(case_durasi,     "duration of ~w").
template(case_tanggung_jawab, "responsibilities of ~w").
template(conflict_about,  "Conflict about ~w:").

word(or,             "or").
word(all_jf,         "functional officials").
word(case_ketua_tim, "team leader").
word(strength(wajib),      "must").
word(strength(diutamakan), "should preferably").
word(strength(dapat),      "may").
word(strength(wewenang),   "is").
word(form(individu), "individual assignment").
word(form(tim),      "work team").

% what the renderings around an answer say (read by pyapi/wording.py for
% pyapi/render.py, pyapi/diagram.py and the pages)
question('reporting-line',        "To whom is the work reported, directly or through whom?").
question(assessor,                "Who is the performance assessor?").
question('unit-leader',           "Who is the organisational unit leader?").
question(assigner,                "Who may assign work and approve a voluntary application?").
question('assignment-instrument', "With what document is an assignment made, and who sets it?").
question('cross-unit-routing',    "How does a request to involve staff of another organisational unit travel?").
question('cross-agency-routing',  "How does a request to involve staff of another regional apparatus or agency travel?").
question('voluntary-routing',     "How does a voluntary application travel?").
question('team-leader',           "Who may lead a work team, and who appoints the leader?").
question('team-duration',         "How long may a work team last?").
question(responsibilities,        "What are the responsibilities?").
question('position-setter',       "Who sets the position (kedudukan) of functional officials and executive staff?").

template(heading_question, "Question: ~w").
template(heading_regulation, "Regulation: ~w").
template(heading_compare, "Question: ~w (every regulation)").
template(labelled,        "~w: ~w").
template(alias_line,      "Other name: ~w means ~w").
template(ignored_line,    "Ignored: ~w (this question does not read it)").
template(lapor_posts,     "that is, ~w").
template(routing_line,    "~w:").
template(rule_at,         "(rule ~w, ~w:~w)").
template(compare_error,   "~w: cannot be asked (~w)").
template(explain_answer,  "~w. ~w").
word(param_subject,   "Subject").
word(param_capacity,  "Working").
word(param_unit,      "Unit").
word(param_placement, "Placement").
word(param_scope,     "Scope").
word(param_role,      "Role").
word(param_post,      "Post").
word(heading_status,  "Status").
word(status_answered, "answered").
word(status_conflict, "CONFLICT").
word(status_tidak_diatur, "not regulated").
word(heading_explanation, "Explanation").
word(heading_answer,  "Answer").
word(because,         "because").
word(not_regulated,   "This regulation does not regulate the matter.").
word(closest,         "Closest provisions").
word(compare_agree,   "Every regulation gives the same answer.").
word(compare_differ,  "The regulations answer differently.").
word(no_citations,    "No citations found.").
word(diagram_reports, "reports").
word(diagram_held_by, "held by").
word(diagram_copy,    "copy").
word(diagram_conflict, "Conflict").
word(diagram_legend,  "Legend").
word(diagram_legend_line, "reports, or a step of the routing, with its provision").
word(diagram_legend_dashed, "held by, or a copy").
word(diagram_legend_conflict, "conflicting: both provisions cited").
word(diagram_subject, "functional official or executive staff").
template(regulation_name, "~w ~w Nomor ~w Tahun ~w").

% the pages (pyapi/pages.py, pyapi/templates/)
template(page_groups, "The answers differ: ~w groups of answers.").
template(page_latihan_soal, "Who is the ~w of ~w in ~w, ~w?").
template(page_unknown_case, "unknown case: ~w / ~w").
template(page_unknown_regency, "unknown regulation: ~w").
word(page_tanya, "Ask").
word(page_bandingkan, "Compare").
word(page_bandingkan_title, "Compare the regulations").
word(page_bandingkan_intro, "One question is asked of every regulation; the columns whose answer departs from the largest group are marked.").
word(page_baca, "Read a regulation").
word(page_periksa, "Check a draft").
word(page_latihan, "Practice").
word(page_nav, "Pages").
word(page_footer, "Work systems of civil servants under the regents' and mayors' regulations; every quotation is verbatim.").
word(page_regulation, "Regulation").
word(page_question, "Question").
word(page_pick_regulation, "— choose a regulation —").
word(page_pick_question, "— choose a question —").
word(page_any, "(any / not given)").
word(page_subject, "Post").
word(page_capacity, "Capacity").
word(page_unit, "Unit").
word(page_placement, "Placement").
word(page_scope, "Scope").
word(page_role, "Role").
word(page_why, "Why?").
word(page_condition, "Condition").
word(page_set_aside, "Provisions set aside").
word(page_conflicts, "Conflicts").
word(page_diagram, "Diagram").
word(page_diagram_alt, "Diagram of the answer with its provisions").
word(page_sets_aside, "sets aside").
word(page_every_differs, "Every regulation answers differently.").
word(page_group, "group").
word(page_departs, "departs").
word(page_cannot_ask, "cannot be asked").
word(page_check_answer, "Check the answer").
word(page_other_case, "Another case").
word(page_no_case, "no answered case found; try again").
word(cite_external, "another regulation").
word(cite_exists, "exists").
word(cite_missing, "DOES NOT EXIST").
