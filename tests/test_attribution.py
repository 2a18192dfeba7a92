"""Attribution on hand-written articles: every quote style, cross-paragraph quotes, coreference,
the six training languages, voice on spans and paragraphs, the report contract and the CLI."""

from __future__ import annotations

import json

import pytest

from spinscope.attribution import annotate, predict
from spinscope.document import Span
from spinscope.pipeline import Pipeline
from spinscope.report.build import article_to_dict

nlp = Pipeline(None)  # attribution needs no model


def analyse(text: str, lang: str = "en"):
    article = nlp(text, lang=lang)
    return article, predict(article)


def found(article, prediction):
    """[(kind, quote text, cue text, speaker name)] for readable assertions."""
    t = article.text
    return [(q.kind, t[q.start:q.end], t[q.cue[0]:q.cue[1]] if q.cue else None,
             q.speaker.name if q.speaker else None) for q in prediction.quotes]


def quote_with(rows, snippet):
    hits = [r for r in rows if snippet in r[1]]
    assert hits, f"no quote containing {snippet!r} in {rows}"
    return hits[0]


def rules_speaker(lang: str, text: str, clause: str) -> str | None:
    """The speaker the rules alone (no learned choice) give the quote holding ``clause``."""
    article, _ = analyse(text, lang=lang)
    return quote_with(found(article, predict(article, learned_speakers=False)), clause)[3]


EN = (
    "Moscow warns of red lines\n\n"
    "Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the deployment was "
    "an unparalleled threat to peace.\n\n"
    "\u201cThere are red lines which we will not allow anyone to cross,\u201d Ryabkov told reporters. "
    "\u201cWe will respond.\u201d\n\n"
    "Kremlin spokesman Dmitry Peskov commented on the talks, saying:\n\n"
    "\"This is a provocation by people who want war.\n\n"
    "\"We will not tolerate it,\" he added.\n\n"
    "According to Peskov, the talks are over. The sanctions will hurt Europe most, the Kremlin spokesman said.\n\n"
    "Peskov called the proposal \"a mockery of diplomacy\" and left.\n\n"
    "The author thinks this is an \"interesting\" development."
)


def test_english_quote_styles_kinds_cues_and_speakers():
    article, prediction = analyse(EN)
    rows = found(article, prediction)
    assert quote_with(rows, "unparalleled threat to peace") == (
        "indirect", "the deployment was an unparalleled threat to peace", "said", "Sergei Ryabkov")
    assert quote_with(rows, "red lines which") == (
        "direct", "There are red lines which we will not allow anyone to cross,", "told", "Sergei Ryabkov")
    # a second quote in the paragraph with no cue of its own keeps the paragraph's speaker
    assert quote_with(rows, "We will respond")[3] == "Sergei Ryabkov"
    assert quote_with(rows, "talks are over")[0:3] == ("indirect", "the talks are over", "According to")
    # a role description resolves to the person who carries that title
    assert quote_with(rows, "hurt Europe most")[3] == "Dmitry Peskov"
    mixed = quote_with(rows, "mockery of diplomacy")
    assert mixed[0] == "mixed" and mixed[3] == "Dmitry Peskov"
    # scare quotes in the author's own sentence are not quotes
    assert not [r for r in rows if "interesting" in r[1]]


def test_saying_colon_then_quote_over_two_paragraphs():
    article, prediction = analyse(EN)
    quote = next(q for q in prediction.quotes if "provocation" in article.text[q.start:q.end])
    assert quote.kind == "direct"
    assert quote.speaker.name == "Dmitry Peskov"
    assert len(quote.pieces) == 2  # opened again in the next paragraph, closed there
    assert article.text[quote.end - 20:quote.end].endswith("tolerate it,")
    # both pieces lie in their own paragraph
    assert [article.paragraph_of(a) for a, _ in quote.pieces] == [4, 5]


def test_pronoun_surname_and_title_mentions_are_one_speaker():
    article, prediction = analyse(EN)
    peskov = next(s for s in prediction.speakers if s.name == "Dmitry Peskov")
    mentions = [article.text[a:b] for a, b in peskov.mentions]
    assert "Kremlin spokesman Dmitry Peskov" in mentions
    assert "he" in mentions and "Peskov" in mentions
    assert mentions.count("Kremlin spokesman") == 1  # "the Kremlin spokesman said", later on
    assert peskov.title == "Kremlin spokesman"
    ryabkov = next(s for s in prediction.speakers if s.name == "Sergei Ryabkov")
    assert ryabkov.title == "Russian Deputy Foreign Minister" and ryabkov.kind == "person"


def test_quote_styles_straight_curly_guillemets_low_high_and_clarifications():
    text = (
        "Title\n\n"
        "\"(I)t was a mistake (sic) that we made,\" said the minister.\n\n"
        "Mr. Jones said: \u00abWe will not move a single inch from here.\u00bb\n\n"
        "Anna Kowalski said: \u201eThe decision is final and it will stand.\u201c\n\n"
        "Critics say the plan will fail."
    )
    article, prediction = analyse(text)
    rows = found(article, prediction)
    assert quote_with(rows, "(I)t was a mistake (sic)")[0:3] == (
        "direct", "(I)t was a mistake (sic) that we made,", "said")
    assert quote_with(rows, "single inch")[0:4] == (
        "direct", "We will not move a single inch from here.", "said", "Jones")
    assert quote_with(rows, "decision is final")[3] == "Anna Kowalski"
    assert quote_with(rows, "plan will fail")[0] == "indirect"
    assert quote_with(rows, "plan will fail")[3] == "Critics"


def test_speaker_in_previous_paragraph_then_quote_paragraphs():
    text = ("Title\n\nThe head of the agency, Maria Lopez, addressed the press on Tuesday, saying:\n\n"
            "\u201cWe have done nothing wrong and we will prove it in court.\u201d\n\n"
            "\u201cThe accusations are false.\u201d")
    article, prediction = analyse(text)
    rows = found(article, prediction)
    assert quote_with(rows, "nothing wrong") == (
        "direct", "We have done nothing wrong and we will prove it in court.", "saying", "Maria Lopez")
    assert quote_with(rows, "accusations are false")[3] == "Maria Lopez"


@pytest.mark.parametrize("lang, text, snippet, speaker", [
    ("fr", "Titre\n\n\u00ab Nous ne reculerons pas devant les menaces \u00bb, a d\u00e9clar\u00e9 le ministre Sergue\u00ef Lavrov.\n\n"
           "Le ministre a ajout\u00e9 que les n\u00e9gociations \u00e9taient termin\u00e9es.",
     "Nous ne reculerons pas", "Sergue\u00ef Lavrov"),
    ("de", "Titel\n\nKreml-Sprecher Dmitri Peskow sagte: \u201eDas ist eine Provokation des Westens.\u201c\n\n"
           "Die Sanktionen seien illegal, sagte Peskow.",
     "Provokation des Westens", "Dmitri Peskow"),
    ("it", "Titolo\n\n\u00abNon accetteremo mai questo ricatto\u00bb, ha detto il premier Mario Draghi.\n\n"
           "Draghi ha aggiunto che il governo non cambier\u00e0 linea.",
     "Non accetteremo mai", "Mario Draghi"),
    ("pl", "Tytu\u0142\n\n\u201eTo jest prowokacja ze strony Zachodu\u201d \u2013 powiedzia\u0142 Siergiej \u0141awrow.\n\n"
           "Wed\u0142ug \u0141awrowa sankcje s\u0105 nielegalne.",
     "To jest prowokacja", "Siergiej \u0141awrow"),
    ("ru", "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a\n\n\u00ab\u042d\u0442\u043e \u043f\u0440\u043e\u0432\u043e\u043a\u0430\u0446\u0438\u044f \u0417\u0430\u043f\u0430\u0434\u0430\u00bb, \u2014 \u0437\u0430\u044f\u0432\u0438\u043b \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u041f\u0435\u0441\u043a\u043e\u0432.\n\n"
           "\u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c \u041f\u0435\u0441\u043a\u043e\u0432\u0430, \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0437\u0430\u0432\u0435\u0440\u0448\u0435\u043d\u044b \u0438 \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435 \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u0441\u044f.",
     "\u042d\u0442\u043e \u043f\u0440\u043e\u0432\u043e\u043a\u0430\u0446\u0438\u044f", "\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u041f\u0435\u0441\u043a\u043e\u0432"),
])
def test_each_training_language(lang, text, snippet, speaker):
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    kind, _, cue, name = quote_with(rows, snippet)
    assert kind == "direct" and cue and name == speaker
    # the second paragraph reports the same speaker (surname, inflected surname or role)
    second = [r for r in rows if article.paragraph_of(article.text.index(r[1])) == 2]
    assert second and second[0][0] == "indirect"
    assert second[0][3] == speaker


def test_voice_on_technique_spans_and_paragraphs():
    article = nlp(EN, lang="en")
    quote_para = 2  # the paragraph of Ryabkov's direct quotes
    p = article.paragraphs[quote_para]
    inside = article.text.index("red lines which")
    author = article.text.index("interesting")
    article.add_spans("techniques", [Span(inside, inside + 9, "Loaded_Language"),
                                     Span(author, author + 11, "Loaded_Language")])
    annotate(article, predict(article))
    spans = {article.span_text(s): s.attrs for s in article.spans["techniques"]}
    quoted, own = spans["red lines"], spans["interesting"]
    assert quoted["voice"] == "quoted" and quoted["speaker"] is not None
    assert own == {"voice": "author", "speaker": None}
    assert article.paragraphs[quote_para].attrs["voice"] == "quoted"
    assert article.paragraphs[0].attrs["voice"] == "author"
    assert p.start == article.paragraphs[quote_para].start  # paragraphs keep their offsets


def test_report_contract_quotes_speakers_entities():
    article = nlp(EN, lang="en")
    start = article.text.index("unparalleled")
    article.add_spans("techniques", [Span(start, start + 12, "Exaggeration-Minimisation")])
    annotate(article, predict(article))
    report = json.loads(json.dumps(article_to_dict(article)))
    text = report["text"]
    assert report["quotes"] and report["speakers"] and report["entities"]
    ids = {s["id"] for s in report["speakers"]}
    for q in report["quotes"]:
        assert q["kind"] in ("direct", "indirect", "mixed")
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["speaker"] is None or q["speaker"] in ids
        if q["cue"]:
            assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    for s in report["speakers"]:
        assert {"id", "name", "title", "kind", "mentions"} <= set(s)
        assert s["kind"] in ("person", "organisation", "other")
        assert all(text[m["start"]:m["end"]] == m["text"] for m in s["mentions"])
    assert all("voice" in s and "speaker" in s for s in report["spans"])
    assert all(p["voice"] in ("author", "quoted") and "speaker" in p for p in report["paragraphs"])
    cross = next(q for q in report["quotes"] if len(q["pieces"]) == 2)
    assert cross["start"] == cross["pieces"][0]["start"] and cross["end"] == cross["pieces"][1]["end"]
    # the entity named in an exaggeration's sentence is what it is aimed at
    ryabkov = next(e for e in report["entities"] if e["name"] == "Sergei Ryabkov")
    assert ryabkov["techniques"] == {"Exaggeration-Minimisation": 1}


def test_pipeline_attributes_every_article_without_a_model():
    article = nlp("Title\n\n\"We are ready,\" the mayor said.")
    assert article.spans["quotes"][0].label == "direct"
    assert all("voice" in p.attrs for p in article.paragraphs)


def test_no_quotes_and_odd_marks_do_not_break():
    for text in ("Just an author's text with no quotes at all.", "\"", "\u00ab\u00bb \u201e \u201c \"\"",
                 "He said.", "Title\n\n\"Unclosed quote that runs on and on"):
        article, prediction = analyse(text)
        annotate(article, prediction)
        for q in prediction.quotes:
            assert 0 <= q.start < q.end <= len(article.text)


def test_html_and_markdown_show_who_said_what():
    from spinscope.report.html import render_html
    from spinscope.report.markdown import render_markdown

    article = nlp(EN, lang="en")
    start = article.text.index("red lines which")
    article.add_spans("techniques", [Span(start, start + 9, "Loaded_Language")])
    annotate(article, predict(article))
    report = article_to_dict(article)
    page = render_html([report])
    assert "Who is speaking" in page and "Dmitry Peskov" in page and "Kremlin spokesman" in page
    assert "quoted: Sergei Ryabkov" in page  # the technique's tooltip names its speaker
    summary = render_markdown([report])
    assert "**Speakers**" in summary and "Sergei Ryabkov (Russian Deputy Foreign Minister)" in summary


def test_quote_cut_into_lines_without_reopening_marks():
    text = ("Title\n\n\u201cYou know, how do you manage that politically?\n"
            "We have to see what comes out of the report.\n"
            "But I would be very happy,\u201d Gloria Borger said.")
    article, prediction = analyse(text)
    quote = next(q for q in prediction.quotes if q.kind == "direct")
    assert len(quote.pieces) == 3 and quote.speaker.name == "Gloria Borger"
    assert article.text[quote.start:quote.end].endswith("very happy,")


def test_single_quoted_headline_with_speaker_and_colon():
    article, prediction = analyse("Bill Clinton: 'Public apology to Monica Lewinsky was enough'\n\n"
                                  "Former President Bill Clinton said his public apology was enough.")
    rows = found(article, prediction)
    assert quote_with(rows, "Public apology to Monica")[0::3] == ("direct", "Bill Clinton")
    assert quote_with(rows, "his public apology was enough")[3] == "Bill Clinton"
    # apostrophes never open quotes
    assert not [r for r in rows if r[1].startswith("s public")]


def test_negated_and_object_only_cues_report_nothing():
    article, prediction = analyse("Title\n\nThe agency doesn't acknowledge that there is a problem at all. "
                                  "The minister stressed the importance of the talks. "
                                  "The mayor said the bridge would reopen on Monday.")
    rows = found(article, prediction)
    assert [r[1] for r in rows] == ["the bridge would reopen on Monday"]


def test_polish_dash_speech_is_direct():
    text = ("Tytu\u0142\n\nJaros\u0142aw Kaczy\u0144ski udzieli\u0142 wywiadu.\n\n"
            "Wpisuj\u0119 to w pewn\u0105 tradycj\u0119. To buduje Tusk na obce zam\u00f3wienie - stwierdzi\u0142 Jaros\u0142aw Kaczy\u0144ski.")
    article, prediction = analyse(text, "pl")
    kind, quote, _, name = found(article, prediction)[-1]
    assert kind == "direct" and quote.startswith("Wpisuj\u0119") and name == "Jaros\u0142aw Kaczy\u0144ski"


def test_lowercase_role_before_a_name_closing_the_sentence_is_the_speaker():
    article, prediction = analyse(
        "Embassy staff fall ill\n\n"
        "Authorities are investigating the matter after the employee fell ill, said embassy "
        "spokeswoman Jinnie Lee.")
    rows = found(article, prediction)
    assert quote_with(rows, "investigating the matter") == (
        "indirect", "Authorities are investigating the matter after the employee fell ill", "said",
        "Jinnie Lee")
    assert not any("spokeswoman" in r[1] for r in rows)  # the speaker is no reported clause


def test_italian_sentence_final_subject_after_compound_past():
    article, prediction = analyse(
        "Peskov sull'operazione\n\n"
        "Il presidente russo ha ordinato alle forze armate di astenersi da un assalto immediato "
        "alle città, ha affermato il portavoce del Cremlino Dmitry Peskov.", lang="it")
    rows = found(article, prediction)
    kind, text, cue, speaker = quote_with(rows, "astenersi")
    assert (kind, cue, speaker) == ("indirect", "ha affermato", "Dmitry Peskov")
    assert text.startswith("Il presidente russo") and "portavoce" not in text


def test_addressee_phrase_after_a_final_cue_is_not_a_clause():
    article, prediction = analyse(
        "Hearing\n\n"
        "The victims had associated the onset of their symptoms with loud noises, a State "
        "Department physician told the US Senate in January.")
    rows = found(article, prediction)
    assert quote_with(rows, "onset of their symptoms")[0] == "indirect"
    assert not any(r[1].startswith("the US Senate") for r in rows)


def test_time_or_place_opening_is_never_the_speaker_and_unnamed_speakers_are_kept():
    article, prediction = analyse(
        "Shooting\n\n"
        "Four minutes later, someone, presumably a police officer, tells a dispatcher: "
        "\"We have two officers down. Child on couch.\"\n\n"
        "After the call at noon, a dispatcher reached a woman who was crying and can be heard "
        "saying, \"won't let me in.\"")
    rows = found(article, prediction)
    assert quote_with(rows, "two officers down")[3] == "someone"
    assert quote_with(rows, "won't let me in")[3] == "woman"
    assert not any(r[3] and r[3].startswith(("Four", "After")) for r in rows)


def test_she_said_never_resolves_to_a_headline_phrase():
    article, prediction = analyse(
        "Lawmaker makes shocking claim about the Vegas massacre\n\n"
        "Rep. Scott Perry said he had seen credible evidence of an infiltration.\n\n"
        "Carlson asked fellow guest Catherine Lombardo about the investigation.\n\n"
        "\u201cThe FBI and the police have been conducting the investigation,\u201d she said.")
    rows = found(article, prediction)
    assert quote_with(rows, "conducting the investigation")[3] == "Catherine Lombardo"
    assert not any(r[2] == "claim" for r in rows)  # "shocking claim" is a noun, not a cue


def test_russian_unnamed_commenters_after_dash_cue():
    article, prediction = analyse(
        "Стиллер во Львове\n\n"
        "Актер Бен Стиллер посетил Львов.\n\n"
        "\"Я вижу двух комиков, играющих свои роли перед объективом\", — отметил пользователь.\n\n"
        "\"Нарциссизм этих людей поражает. Все это пиар и реклама\", — заключили в ответ.", lang="ru")
    rows = found(article, prediction)
    assert quote_with(rows, "двух комиков")[3] == "пользователь"
    # a plural verb with no subject names nobody; it never passes the quote to the last speaker
    assert quote_with(rows, "Нарциссизм")[3] is None


def test_german_konjunktiv_reports_the_last_speaker_and_aus_sicht_von():
    article, prediction = analyse(
        "Gasleugner\n\n"
        "\"Das ist doch alles wieder eine große Lüge\", sagt Ingo Bölke.\n\n"
        "Bislang habe ihm noch niemand das vermeintliche \"Gas\" zeigen können.\n\n"
        "Aus Sicht von Bölke heizen Heizungen einfach, wenn man sie aufdreht.\n\n"
        "Die Regierung hat die Preise erhöht.", lang="de")
    rows = found(article, prediction)
    assert quote_with(rows, "Bislang habe ihm")[0] == "indirect"
    assert quote_with(rows, "Bislang habe ihm")[3] == "Ingo Bölke"
    assert quote_with(rows, "heizen Heizungen")[3] == "Ingo Bölke"
    assert not any("Preise" in r[1] for r in rows)  # indicative: the author's statement


def test_spaced_straight_quote_marks_pair_and_an_opening_adverb_is_no_speaker():
    article, prediction = analyse(
        "Peskov\n\n"
        "Il portavoce del Cremlino Dmitry Peskov ha detto che la Russia non cerca la guerra.\n\n"
        "Apparentemente ha confutato le accuse delle autorità ucraine, sottolineando che i militari "
        "russi \" stanno lavorando con armi moderne ad alta precisione \".", lang="it")
    rows = found(article, prediction)
    kind, text, cue, speaker = quote_with(rows, "stanno lavorando")
    assert kind == "mixed" and cue == "sottolineando" and speaker == "Dmitry Peskov"
    assert not any(e.name == "Apparentemente" for e in prediction.entities)


def test_cited_titles_and_title_case_names_in_quotes_are_not_quotes():
    article, prediction = analyse(
        "Explosion\n\n"
        "\u201cMotive a mystery in car explosion at Travis Air Force Base,\u201d by Phil Willon, "
        "Los Angeles Times, March 23, 2018:\n\n"
        "The minister gave an interview to the \u2018Mail on Sunday\u2019 on Saturday.\n\n"
        "\u201cWe will not allow anyone to cross the red lines,\u201d Ryabkov told reporters.")
    rows = found(article, prediction)
    assert not any("Motive a mystery" in r[1] or "Mail on Sunday" in r[1] for r in rows)
    assert quote_with(rows, "red lines")[0] == "direct"


def test_characterising_verbs_make_mixed_quotes_and_passive_described_as_is_no_report():
    article, prediction = analyse(
        "Davis\n\n"
        "Rep. Danny Davis defended Louis Farrakhan as an \u201coutstanding human being\u201d on Monday.\n\n"
        "Farrakhan has denounced Jews as \u201csatanic,\u201d the report says.\n\n"
        "A woman described as a \"former elected official in New England\" told the Jezebel website "
        "that Franken tried to kiss her during an event in 2006.")
    rows = found(article, prediction)
    kind, text, cue, speaker = quote_with(rows, "outstanding human being")
    assert (kind, cue, speaker) == ("mixed", "defended", "Danny Davis")
    assert text.startswith("Louis Farrakhan as an") and "on Monday" not in text
    kind, text, cue, speaker = quote_with(rows, "Franken tried to kiss her")
    assert (kind, cue, speaker) == ("indirect", "told", "woman")
    assert not any(r[2] == "described" for r in rows)


def test_reported_clause_runs_on_through_and_that_and_plain_and_is():
    article, prediction = analyse(
        "Lewinsky\n\n"
        "Monica Lewinsky wrote an essay for Vanity Fair, in which she admitted that she suffers from "
        "PTSD over the investigation, and that the movement had changed her perspective.\n\n"
        "The mission said it does not know what caused the symptoms and is not aware of any similar cases.")
    rows = found(article, prediction)
    kind, text, cue, speaker = quote_with(rows, "suffers from PTSD")
    assert text.endswith("changed her perspective") and speaker == "Monica Lewinsky"
    assert quote_with(rows, "does not know")[1].endswith("any similar cases")


def test_italian_parenthetical_cue_with_dropped_subject_keeps_the_speaker():
    article, prediction = analyse(
        "Truss\n\n"
        "La ministra degli Esteri britannica Liz Truss ha detto che la Russia non si fermerà.\n\n"
        "L’Occidente, ha proseguito, deve fermare Mosca o Putin cercherà di “riportare l’orologio "
        "indietro agli anni ’90”.", lang="it")
    rows = found(article, prediction)
    kind, text, cue, speaker = quote_with(rows, "deve fermare Mosca")
    assert (kind, cue, speaker) == ("mixed", "ha proseguito", "Liz Truss")


def test_role_of_an_organisation_is_the_person_not_the_organisation():
    article, prediction = analyse(
        "Le Pen\n\n"
        "« Je considère qu’il faut arrêter l’immigration », a déclaré Marine Le Pen dimanche.\n\n"
        "« Les migrants, c’est comme les éoliennes. Personne ne les veut chez lui », a ajouté "
        "la présidente du Rassemblement national.", lang="fr")
    rows = found(article, prediction)
    assert quote_with(rows, "éoliennes")[3] == "Marine Le Pen"


def test_a_tweet_handle_after_tells_is_no_reported_clause():
    article, prediction = analyse(
        "Mueller\n\n"
        "Important: No more indictments coming from Robert Mueller a DOJ official tells "
        "@LauraAJarrett — Shimon Prokupecz (@ShimonPro) March 22, 2019")
    rows = found(article, prediction)
    assert not any("@" in r[1] for r in rows)


# --- speaker resolution rules of session 4 ---------------------------------------------------

def test_indefinite_description_is_a_new_speaker_not_the_last_person():
    article, prediction = analyse(
        "Dealer cleared\n\n"
        "Attorney Marc Doyle said his client had done nothing wrong.\n\n"
        "A law enforcement official told reporters that the buyer had paid in cash.")
    rows = found(article, prediction)
    assert quote_with(rows, "paid in cash")[3] == "law enforcement official"
    assert quote_with(rows, "done nothing wrong")[3] == "Marc Doyle"


def test_the_department_is_the_named_organisation_not_the_last_person():
    article, prediction = analyse(
        "Officer fired\n\n"
        "The Dallas Police Department opened an inquiry last week.\n\n"
        "Police Chief Ruth Hale said that the case was serious.\n\n"
        "On Monday the department announced that the officer had been dismissed.")
    rows = found(article, prediction)
    assert quote_with(rows, "had been dismissed")[3] == "Dallas Police Department"


def test_media_and_sources_never_stand_for_the_last_person():
    article, prediction = analyse(
        "Journalist missing\n\n"
        "Secretary of State Mike Pompeo said that he had spoken to the king.\n\n"
        "Turkish authorities and media have said audio recordings show that the journalist was killed.")
    rows = found(article, prediction)
    assert quote_with(rows, "journalist was killed")[3] == "Turkish authorities and media"


def test_second_verb_after_and_has_keeps_the_sentence_subject():
    article, prediction = analyse(
        "Preacher again\n\n"
        "Minister Louis Carver has denounced his critics as \u201cliars\u201d and has said that the press "
        "\u201cdeserves no trust.\u201d")
    rows = found(article, prediction)
    assert quote_with(rows, "deserves no trust")[3] == "Louis Carver"


def test_opening_according_to_is_not_the_subject_of_the_next_verb():
    article, prediction = analyse(
        "Judge defended\n\n"
        "According to the Daily News, on Friday, 65 women who know the judge said he has always "
        "behaved \u201chonorably\u201d toward them.")
    rows = found(article, prediction)
    assert quote_with(rows, "honorably")[3] == "65 women"


def test_participle_after_an_opening_pronoun_belongs_to_that_pronoun():
    article, prediction = analyse(
        "Sailor sues\n\n"
        "Kristian Sauer said that he regretted taking the photos. He also lashed out at Obama officials, "
        "saying that his prosecution was politically motivated.")
    rows = found(article, prediction)
    assert quote_with(rows, "politically motivated")[3] == "Kristian Sauer"


def test_relative_clause_with_its_own_subject():
    article, prediction = analyse(
        "Bishop accused\n\n"
        "The pope defended Bishop Juan Barrera, who the victims say was complicit in a cover up.")
    rows = found(article, prediction)
    assert quote_with(rows, "complicit in a cover up")[3] == "victims"


def test_lede_quote_takes_the_speaker_of_the_next_paragraph():
    article, prediction = analyse(
        "Clinton: apology was enough\n\n"
        "'I felt terrible then and I came to grips with it.'\n\n"
        "Former President Bill Clinton said his public apology was enough, in an interview on Monday.")
    rows = found(article, prediction)
    assert quote_with(rows, "came to grips")[3] == "Bill Clinton"


def test_role_description_is_the_holder_mentioned_last():
    article, prediction = analyse(
        "Putin e l'Ucraina\n\n"
        "\u201cLa situazione \u00e8 gravissima\u201d, ha detto il premier britannico Boris Johnson.\n\n"
        "Dello stesso avviso la ministra degli Esteri britannica Liz Truss. \u201cPutin non si fermer\u00e0 "
        "all'Ucraina e vuole ricostruire l'impero\u201d, dice il ministro nel corso di una intervista.", lang="it")
    rows = found(article, prediction)
    assert quote_with(rows, "non si fermer")[3] == "Liz Truss"


def test_italian_press_officer_of_someone_is_the_spokesman():
    article, prediction = analyse(
        "Il Cremlino\n\n"
        "\u201cNon ci sono tali informazioni\u201d, ha spiegato il portavoce Dmitry Peskov ai giornalisti.\n\n"
        "L'addetto stampa di Putin ha rivelato che il ministero della Difesa \u201cnon esclude\u201d un attacco.",
        lang="it")
    rows = found(article, prediction)
    assert quote_with(rows, "non esclude")[3] == "Dmitry Peskov"


def test_russian_role_with_genitive_and_country_in_title():
    article, prediction = analyse(
        "Делегация в Женеве\n\n"
        "Об этом заявил заместитель министра Владимир Ильичев, возглавляющий российскую делегацию.\n\n"
        "\"У нас насыщенная программа встреч с коллегами из разных стран\", - сказал глава делегации.\n\n"
        "Официальный представитель МИД России Мария Захарова отметила, что визит был организован "
        "ради фотографий.", lang="ru")
    rows = found(article, prediction)
    assert quote_with(rows, "насыщенная программа")[3] == "Владимир Ильичев"
    assert quote_with(rows, "визит был организован")[3] == "Мария Захарова"


def test_polish_w_jego_ocenie_after_that():
    article, prediction = analyse(
        "Wywiad\n\n"
        "Jarosław Kaczyński ocenił, że to realizacja obcej polityki. Dodał też, że w jego ocenie "
        "nasi zachodni sąsiedzi chcą \"dominacji nad całą Europą\".", lang="pl")
    rows = found(article, prediction)
    hit = quote_with(rows, "nasi zachodni")
    assert hit[0] == "mixed" and hit[1].startswith("nasi zachodni") and hit[3] == "Jarosław Kaczyński"


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("ru", "Санкции\n\nГлава МИД Сергей Лавров констатировал, что санкционная политика Запада провалилась.",
     "санкционная политика", "Сергей Лавров"),
    ("ru", "Санкции\n\n«Мы продолжим работу с партнерами», — продолжил Сергей Лавров.",
     "Мы продолжим", "Сергей Лавров"),
    ("fr", "Tarifs\n\n« Ce n'est pas notre priorité », a rétorqué Jean Dupont.", "notre priorité", "Jean Dupont"),
    ("it", "Gas\n\n«Non ci saranno aumenti», ha replicato Mario Rossi.", "Non ci saranno", "Mario Rossi"),
    ("pl", "Euro\n\n\"Nie wprowadzimy euro\" - odparł Jan Kowalski.", "Nie wprowadzimy", "Jan Kowalski"),
    ("de", "Gas\n\n„Wir haben genug Gas“, entgegnete Olaf Becker.", "genug Gas", "Olaf Becker"),
    ("en", "Talks\n\n\"We will not back down,\" countered Senator Ann Hill.", "not back down", "Ann Hill"),
])
def test_reporting_verbs_per_language(lang, text, snippet, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[3] == speaker


def test_a_name_inside_quotes_does_not_rename_the_speaker():
    article, prediction = analyse(
        "Talk show\n\n"
        "Le président russe Vladimir Poutine a déclaré que l'OTAN était une menace.\n\n"
        "« Vladimir Vladimirovitch Poutine ne reculera jamais », a déclaré Margarita Simonyan.\n\n"
        "Dans un discours, M. Poutine a déclaré que la réponse serait « fulgurante ».", lang="fr")
    rows = found(article, prediction)
    assert quote_with(rows, "fulgurante")[3] == "Vladimir Poutine"


def test_a_name_first_met_inside_quotes_gives_way_to_the_articles_own_form():
    article, prediction = analyse(
        "Talk show\n\n"
        "« Notre leader, Vladimir Vladimirovitch Poutine, ne reculera jamais », a déclaré Margarita Simonyan.\n\n"
        "Le président russe Vladimir Poutine a déclaré que la réponse serait « fulgurante ».", lang="fr")
    rows = found(article, prediction)
    assert quote_with(rows, "fulgurante")[3] == "Vladimir Poutine"


def test_long_source_phrase_after_a_quote_and_it_said():
    article, prediction = analyse(
        "Outbreak\n\n"
        "\"The action plan has been approved,\" an official statement released after a cabinet meeting said.\n\n"
        "\"No deaths have been reported since May,\" it said.")
    rows = found(article, prediction)
    assert quote_with(rows, "action plan")[3] == "official statement"
    assert quote_with(rows, "No deaths")[3] == "official statement"


def test_two_reports_joined_by_but_end_at_the_second_source():
    article, prediction = analyse(
        "Panel revived\n\n"
        "The pope said he had seen no proof of the bishop's guilt, but the Associated Press reported that "
        "members of the panel had delivered a letter to him.")
    rows = found(article, prediction)
    first = quote_with(rows, "no proof")
    assert first[1] == "he had seen no proof of the bishop's guilt" and first[3] == "pope"
    assert quote_with(rows, "delivered a letter")[3] == "Associated Press"


def test_parenthetical_cue_after_an_opening_adverbial_reports_what_follows():
    article, prediction = analyse(
        "Survivors wary\n\n"
        "Given his long experience with the church, Phil Savino said, he has set his expectations very low.")
    rows = found(article, prediction)
    hit = quote_with(rows, "expectations")
    assert hit[1] == "he has set his expectations very low" and hit[3] == "Phil Savino"


def test_quote_paragraph_after_a_paragraph_introducing_one_person():
    article, prediction = analyse(
        "Crisis talks\n\n"
        "The summit ended late on Friday.\n\n"
        "Foreign Secretary Liz Trent agreed with that view.\n\n"
        "\u201cPutin will not stop at Ukraine, and we must be ready for a long confrontation.\u201d")
    rows = found(article, prediction)
    assert quote_with(rows, "will not stop")[3] == "Liz Trent"


def test_possessive_noun_cue_and_a_document_speaker_with_a_date():
    article, prediction = analyse(
        "Network sues\n\n"
        "The judge did not rule on CNN's claim that the ban violated the First Amendment.\n\n"
        "CNN's suit filed Tuesday says the suspension of the pass violates free speech. It also says the "
        "White House gave no notice before revoking the pass.")
    rows = found(article, prediction)
    assert not any("the ban violated" in r[1] for r in rows)  # "CNN's claim" is a noun
    assert quote_with(rows, "suspension of the pass")[3] == "CNN's suit"
    assert quote_with(rows, "gave no notice")[3] == "CNN's suit"


# --- session 4, third round: coreference and reported clauses -------------------------------------

def test_a_country_is_named_as_the_article_writes_it():
    article, prediction = analyse(
        "Missili\n\nIl Giappone ha detto che alcuni missili sono caduti nella sua zona economica esclusiva.",
        lang="it")
    assert quote_with(found(article, prediction), "alcuni missili")[3] == "Giappone"


def test_a_sentence_opening_with_a_conjunction_continues_the_speaker():
    article, prediction = analyse(
        "Санкции\n\nКанцлер Олаф Шольц отметил, что «ни одна страна не может справиться одна». "
        "И призвал страны Запада «держаться вместе».", lang="ru")
    assert quote_with(found(article, prediction), "держаться вместе")[3] == "Олаф Шольц"


def test_a_pronoun_follows_the_person_opening_the_sentences_before_it():
    article, prediction = analyse(
        "Court ruling\n\n"
        "White House lawyer James Burnham said the pass was a privilege.\n\n"
        "Judge Timothy Kelly ordered that the reporter be reinstated. He did not rule on the wider claim. "
        "But he said the White House had given the reporter no notice.\n\n"
        "Mark Lukasiewicz, a former network executive, praised the decision, which he said was not a surprise.")
    rows = found(article, prediction)
    assert quote_with(rows, "no notice")[3] == "Timothy Kelly"
    assert quote_with(rows, "not a surprise")[3] == "Mark Lukasiewicz"


def test_but_she_acknowledged_is_the_person_opening_the_sentence():
    article, prediction = analyse(
        "Records\n\n"
        "Gun expert Robert Spitzer said the sales were legal.\n\n"
        "District Court Judge Elissa Cadish ordered the records sealed, but she acknowledged she couldn't "
        "order the newspaper to retract the name.")
    assert quote_with(found(article, prediction), "retract the name")[3] == "Elissa Cadish"


def test_a_role_with_a_nationality_is_the_person_described_with_it():
    article, prediction = analyse(
        "Taïwan\n\n"
        "Le président américain Joe Biden et son homologue chinois, Xi Jinping, se sont parlé.\n\n"
        "« Ceux qui jouent avec le feu finissent par se brûler », a prévenu le président chinois, "
        "reprenant les propos de son interlocuteur.\n\n"
        "« J'espère que la partie américaine comprend cela », a ajouté le numéro un chinois, alors que "
        "Pékin proteste.\n\n"
        "Le président Xi a dit que la position de la Chine était « cohérente ».", lang="fr")
    rows = found(article, prediction)
    assert quote_with(rows, "jouent avec le feu")[3] == "Xi Jinping"
    assert quote_with(rows, "partie américaine")[3] == "numéro un chinois"
    assert quote_with(rows, "cohérente")[3] == "Xi Jinping"  # "Xi" alone: the first name of one person


def test_russian_role_before_a_country_is_the_person_the_article_follows():
    article, prediction = analyse(
        "Санкции\n\n«Нам придется сохранять санкции долго», — подчеркнул канцлер ФРГ Олаф Шольц.\n\n"
        "Поэтому канцлер ФРГ призвал положить конец «эгоистичной блокаде европейских решений».", lang="ru")
    assert quote_with(found(article, prediction), "эгоистичной блокаде")[3] == "Олаф Шольц"


def test_a_country_before_a_full_name_is_part_of_the_title():
    article, prediction = analyse(
        "Газ\n\nВ тот же день министр иностранных дел Франции Жан Дюпон заявил, что закон может привести "
        "к кризису.", lang="ru")
    assert quote_with(found(article, prediction), "привести к кризису")[3] == "Жан Дюпон"


def test_auxiliary_and_adverbs_between_quote_and_cue_and_a_paper_in_quote_marks():
    article, prediction = analyse(
        "Tarifs\n\n"
        "« Nous croyons que les tarifs étaient mal pensés », avait par exemple déclaré mardi John Kirby, "
        "le porte-parole de la Maison-Blanche.\n\n"
        "Dans un éditorial, le « Global Times » reconnaît que les propos du président sont « positifs ».",
        lang="fr")
    rows = found(article, prediction)
    assert quote_with(rows, "mal pensés")[3] == "John Kirby"
    assert quote_with(rows, "propos du président")[3] == "Global Times"


def test_english_clause_without_that_after_any_cue():
    article, prediction = analyse(
        "Summit\n\n"
        "President Donald Trump announced he would end the joint military exercises.\n\n"
        "Trump admired the pageantry. At the same time, he'd admitted he didn't prepare much.\n\n"
        "Trump stressed the importance of the deal.")
    rows = found(article, prediction)
    assert quote_with(rows, "end the joint")[0:2] == ("indirect", "he would end the joint military exercises")
    assert quote_with(rows, "prepare much")[3] == "Donald Trump"  # "he'd" is "he"
    assert not any("importance" in r[1] for r in rows)  # an object, not a clause


def test_a_name_in_apposition_after_a_long_description_speaks():
    article, prediction = analyse(
        "Sanctions\n\n"
        "Treasury's acting under secretary for terrorism during the Obama administration, Adam Szubin, "
        "claimed that Iranian banks would not be able to clear dollars.\n\n"
        "The majority report by the Permanent Subcommittee on Investigation says that the license was legal.")
    rows = found(article, prediction)
    assert quote_with(rows, "Iranian banks")[3] == "Adam Szubin"
    assert quote_with(rows, "license was legal")[3] != "Investigation"


def test_opening_source_followed_by_its_clause_and_but_also_that():
    article, prediction = analyse(
        "Taiwan\n\n"
        "Per Pechino si tratta di una questione molto complicata, anche se la Cina vuole dialogare.\n\n"
        "Biden ha ribadito che la politica degli Stati Uniti \"non è cambiata\", ma anche che gli Usa "
        "\"si oppongono ai tentativi unilaterali di cambiare lo status quo\".", lang="it")
    rows = found(article, prediction)
    assert quote_with(rows, "questione molto")[1] == "si tratta di una questione molto complicata"
    first, second = quote_with(rows, "non è cambiata"), quote_with(rows, "si oppongono")
    assert first != second and first[3] == second[3] == "Biden"
    assert "si oppongono" not in first[1]


def test_headline_name_and_colon_quote():
    article, prediction = analyse(
        "Bill Clinton: 'Public apology to Monica Lewinsky was enough'\n\n"
        "Former President Bill Clinton said on Monday that he had apologized to everybody.")
    assert quote_with(found(article, prediction), "Public apology")[2:] == (":", "Bill Clinton")


def test_report_after_an_opening_adverbial_is_the_speakers_not_the_agencys():
    article, prediction = analyse(
        "Menaces\n\n"
        "Dans un discours prononcé mercredi, M. Vladimir Poutine a déclaré que tout pays qui tenterait "
        "d'intervenir se verrait opposer une réponse « fulgurante », a rapporté l'Agence France-Presse.",
        lang="fr")
    assert quote_with(found(article, prediction), "tout pays")[3] == "Vladimir Poutine"


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("fr", "Taïwan\n\n« Ceux qui jouent avec le feu se brûlent », a menacé Xi Jinping.", "jouent avec", "Xi Jinping"),
    ("it", "Ucraina\n\nXi e Biden \"si sono scambiati opinioni sulla crisi\", ha reso noto l'emittente "
           "statale China Central Television.", "scambiati opinioni", "China Central Television"),
    ("it", "Gas\n\n\"Non ci saranno aumenti\", ha fatto sapere Mario Rossi.", "Non ci saranno", "Mario Rossi"),
])
def test_more_reporting_verbs_per_language(lang, text, snippet, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[3] == speaker


def test_impersonal_cue_in_a_relative_clause_about_a_text_is_its_publishers():
    article, prediction = analyse(
        "Газ\n\nНакануне Bild опубликовал статью, в которой говорится, что даже если кризис не коснется всей "
        "Германии, в некоторых землях будет ощутим дефицит газа.", lang="ru")
    rows = found(article, prediction)
    hit = quote_with(rows, "дефицит газа")
    assert hit[1].startswith("даже если") and hit[3] == "Bild"
    assert not any("опубликовал статью" in r[1] for r in rows)


def test_he_said_after_a_quote_is_the_person_opening_the_sentence_before():
    # a quote opens the sentence, so the pronoun after it looks back to the sentence before,
    # where another person is only the possessor of a plural noun ("Trump’s tweets")
    article, prediction = analyse(
        "Harvard professor Alan Dershowitz defended Trump on Sunday.\n\n"
        "But Dershowitz also cast doubt on whether Trump’s tweets can be seen as obstruction.\n\n"
        "\u201cYou cannot obstruct justice by openly criticizing a prosecution,\u201d he said.")
    assert quote_with(found(article, prediction), "cannot obstruct")[3] == "Alan Dershowitz"


def test_an_answer_after_a_question_is_the_person_asked():
    article, prediction = analyse(
        "Bill Clinton spoke to NBC's Craig Melvin on Monday.\n\n"
        "Melvin followed up by asking Clinton if he had ever apologized privately.\n\n"
        "\u201cI have never talked to her,\u201d he said.")
    assert quote_with(found(article, prediction), "never talked")[3] == "Bill Clinton"


def test_a_possessor_before_an_s_word_makes_it_a_noun_not_a_cue():
    article, prediction = analyse("Analysts read Trump’s tweets as a sign the talks are over.")
    assert not any(r[2] == "tweets" for r in found(article, prediction))


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Об этом заявил глава дипломатии Евросоюза Жозеп Боррель. \u00abМы проигрываем\u00bb, \u2014 сказал Боррель.",
     "Жозеп Боррель"),
    ("pl", "Wczoraj szef dyplomacji Ukrainy Dmytro Kułeba powiedział, że Rosja przegrywa wojnę.", "Dmytro Kułeba"),
])
def test_a_genitive_after_a_lowercase_role_is_not_part_of_the_name(lang, text, name):
    article, prediction = analyse(text, lang)
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {name}


def test_a_participle_cue_after_a_comma_is_the_main_speakers():
    article, prediction = analyse(
        "Foreign Minister Anna Berg met her counterpart on Monday.\n\n"
        "Going further, the minister noted that no refugee wanted to stay, "
        "adding that most asylum seekers simply wanted to live in Germany.")
    rows = found(article, prediction)
    assert quote_with(rows, "asylum seekers")[2:] == ("adding", "Anna Berg")


@pytest.mark.parametrize("lang,text,snippet", [
    ("en", "Senator Jane Doe agreed that the deal would hurt farmers in the Midwest.", "hurt farmers"),
    ("en", "Senator Jane Doe met voters, acknowledging that the deal would hurt farmers badly.", "hurt farmers"),
    ("fr", "Le ministre Jean Dupont a fait valoir que la réforme coûterait trop cher aux familles.", "coûterait"),
    ("fr", "Le ministre Jean Dupont a noté que la réforme coûterait trop cher aux familles.", "coûterait"),
    ("de", "Minister Hans Weber stellte fest, dass die Reform zu teuer für die Familien sei.", "zu teuer"),
    ("de", "Minister Hans Weber kündigte an, dass die Reform im Herbst beginnen werde.", "im Herbst"),
    ("it", "Il ministro Mario Rossi ha fatto notare che la riforma costerebbe troppo alle famiglie.", "costerebbe"),
    ("it", "A giudizio di Mario Rossi, la riforma costerebbe troppo alle famiglie italiane.", "costerebbe"),
    ("pl", "Minister Jan Kowalski podał, że reforma będzie kosztować za dużo dla rodzin.", "kosztować"),
    ("pl", "Jak wskazał minister Jan Kowalski, reforma będzie kosztować za dużo dla rodzin.", "kosztować"),
    ("ru", "Министр Иван Петров подытожил, что реформа обойдется семьям слишком дорого.", "обойдется"),
    ("ru", "Со слов министра Ивана Петрова, реформа обойдется семьям слишком дорого.", "обойдется"),
])
def test_general_reporting_verbs_and_sources_per_language(lang, text, snippet):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[0] == "indirect"


def test_a_cue_noun_after_an_adjective_is_no_cue_and_did_is_no_part_of_the_subject():
    article, prediction = analyse(
        "President Donald Trump attacked the probe.\n\n"
        "The president suggested in a subsequent tweet that Manafort was treated worse than a gangster.\n\n"
        "Inspector General Michael Horowitz testified on Monday. The IG did confirm that two agents "
        "worked on the Clinton investigation.")
    rows = found(article, prediction)
    assert not any(r[2] == "tweet" for r in rows)
    assert quote_with(rows, "treated worse")[2:] == ("suggested", "Donald Trump")
    assert quote_with(rows, "two agents")[3] == "IG"  # not "IG did"


def test_the_person_after_a_dative_preposition_is_the_addressee():
    article, prediction = analyse(
        "Lega\n\nIl deputato Pierpaolo Roberti ad Huffpost dice: \u201cLa differenza non è solo della Lega\u201d.",
        lang="it")
    assert quote_with(found(article, prediction), "La differenza")[3] == "Pierpaolo Roberti"


def test_a_capitalised_french_preposition_starts_no_name():
    article, prediction = analyse(
        "Pâques\n\nA Athènes, la priorité était donnée aux festivités religieuses.\n\n"
        "« Personne n’a le droit de nous enlever la joie », a dit le prêtre Roman Skripnyuk.", lang="fr")
    assert "A Athènes" not in {e.name for e in prediction.entities}
    assert quote_with(found(article, prediction), "Personne")[3] == "Roman Skripnyuk"


def test_a_role_opening_the_sentence_after_one_person_is_that_person_and_speaks_on():
    # the role "il vicepresidente del Senato" follows the sentence introducing Calderoli; the
    # quote after it, with no cue of its own, is the speaker the paragraph reported last
    article, prediction = analyse(
        "Lega\n\nIn prima fila, tra i leghisti a favore del vaccino, c’è Roberto Calderoli. "
        "Il vicepresidente del Senato ha raccontato oggi al Corriere di aver convinto i parenti. "
        "Cinque volte su sette ci è riuscito. \u201cChi si ostina a non prendere atto della realtà sbaglia\u201d.",
        lang="it")
    assert quote_with(found(article, prediction), "Chi si ostina")[3] == "Roberto Calderoli"


def test_a_quote_paragraph_after_a_report_continues_its_speaker():
    article, prediction = analyse(
        "Budget\n\nAt the hearing was John Smith. The senator told reporters that the budget would pass.\n\n"
        "\u201cWe have the votes and we will use them.\u201d")
    rows = found(article, prediction)
    assert quote_with(rows, "budget would pass")[3] == "John Smith"
    assert quote_with(rows, "We have the votes")[3] == "John Smith"


def test_an_adverbial_between_an_inverted_cue_and_a_described_speaker_with_a_name():
    article, prediction = analyse(
        "Ukraine\n\n« Ils bombardent tout, tout le temps », a écrit sur sa chaîne Telegram le gouverneur "
        "de la région de Lougansk, Serguiï Gaidai, appelant la population à évacuer.", lang="fr")
    assert quote_with(found(article, prediction), "Ils bombardent")[2:] == ("a écrit", "Serguiï Gaidai")


@pytest.mark.parametrize("lang,text,name", [
    ("de", "Berlin\n\nOlaf Scholz besuchte die Fabrik. Der Kanzler sagte, dass die Preise bald sinken würden.",
     "Olaf Scholz"),
    ("pl", "Warszawa\n\nRafał Trzaskowski odwiedził szpital. Burmistrz powiedział, że szpital dostanie pieniądze.",
     "Rafał Trzaskowski"),
])
def test_role_nouns_per_language_corefer_with_the_person_just_named(lang, text, name):
    article, prediction = analyse(text, lang=lang)
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {name}


@pytest.mark.parametrize("lang,text,snippet", [
    ("it", "Riforma\n\nIl ministro Mario Rossi ha definito la riforma \"un disastro per le famiglie\".", "un disastro"),
    ("de", "Reform\n\nMinister Hans Weber bezeichnete die Reform als \u201eeinen Fehler für alle Familien\u201c.", "einen Fehler"),
    ("fr", "Réforme\n\nLe ministre Jean Dupont a qualifié la réforme de « désastre pour les familles ».", "désastre"),
])
def test_characterising_verbs_per_language_make_mixed_quotes(lang, text, snippet):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[0] == "mixed"


@pytest.mark.parametrize("lang,text,snippet", [
    ("en", "Rep. Jane Doe said at a House Administration Committee hearing on Tuesday that a sitting member "
           "exposed himself to a staffer.", "a sitting member exposed himself to a staffer"),
    ("fr", "Le ministre Jean Dupont a déclaré lors d'une longue conférence de presse à Paris que la réforme "
           "coûterait trop cher.", "la réforme coûterait trop cher"),
])
def test_a_long_adverbial_between_cue_and_that(lang, text, snippet):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[:2] == ("indirect", snippet)


def test_an_english_clause_without_that_after_an_adverbial():
    article, prediction = analyse(
        "President Juan Perez said in a public address on Tuesday evening some migrants had already returned home.")
    assert quote_with(found(article, prediction), "migrants")[:2] == (
        "indirect", "some migrants had already returned home")


@pytest.mark.parametrize("lang,text,bad", [
    ("en", "Budget\n\nBut said the budget would pass, and nobody listened.", {"But"}),
    ("en", "Budget\n\n\u201cWe have the votes,\u201d I think.", {"I", "I think"}),
    ("it", "Ucraina\n\nPutin l’ha detto chiaramente: \u201cNon ci fermeremo davanti a niente\u201d.", {"Putin l’ha"}),
    ("fr", "Ukraine\n\nJoe Biden ayant déclaré que la guerre serait longue, les marchés ont chuté.", {"Joe Biden ayant"}),
])
def test_connectives_first_persons_and_verbs_are_no_part_of_a_speaker(lang, text, bad):
    article, prediction = analyse(text, lang=lang)
    names = {q.speaker.name for q in prediction.quotes if q.speaker}
    assert not names & bad


@pytest.mark.parametrize("text,name", [
    ("Официальный представитель Кремля Дмитрий Песков заявил, что переговоры зашли в тупик.", "Дмитрий Песков"),
    ("Председатель Госдумы РФ Вячеслав Володин заявил, что закон будет принят в июне.", "Вячеслав Володин"),
])
def test_russian_genitives_after_a_title_belong_to_the_title(text, name):
    article, prediction = analyse(text, lang="ru")
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {name}


@pytest.mark.parametrize("tail,cue", [("Rep. Darrell Issa wanted to know.", "wanted to know"),
                                      ("Darrell Issa asked.", "asked")])
def test_a_question_quote_and_its_short_attribution_are_one_sentence(tail, cue):
    article, prediction = analyse(
        "Hearing\n\nInspector General Michael Horowitz testified.\n\n"
        "\u201cHow did Comey see the report before it came out?\u201d " + tail)
    assert quote_with(found(article, prediction), "How did Comey")[2:] == (cue, "Darrell Issa")


def _speaker_names(text: str, lang: str) -> set[str]:
    article, prediction = analyse(text, lang=lang)
    return {q.speaker.name for q in prediction.quotes if q.speaker}


@pytest.mark.parametrize("lang,text,bad", [
    # a phrase opening with a preposition is its object ("devant la résistance du public", "Nell'articolo")
    ("fr", "Santé\n\nMalgré le fait que les hôpitaux soient pleins, le ministre continue, affirmant que tout va bien.",
     {"Malgré le fait", "fait"}),
    ("it", "Crisi\n\nNell'articolo si spiega che la crisi potrebbe durare mesi.", {"Nell'articolo"}),
    # an opening gerund, an auxiliary, a quantity word or a negation: no one
    ("it", "Birra\n\nNon avendo vinto le elezioni, il partito ha comunque affermato che tornerà.",
     {"avendo vinto le elezioni", "Non avendo vinto le elezioni"}),
    ("it", "Gasdotto\n\nMolto è stato detto e scritto sul sabotaggio del gasdotto.", {"Molto"}),
    ("fr", "Débat\n\nLes médias ne cessent de dire que le candidat se cache.", {"ne cessent de"}),
    ("fr", "Sécurité\n\nSi l’on résume, le ministre veut expulser plus vite.", {"l’on", "Si l’on"}),
    # a time adverbial before the subject is dropped; a preposition before a left subject hands it to the right
    ("pl", "Rzeka\n\nParę dni temu napisała na Twitterze, że uniwersytet się zmienia.", {"Parę dni temu"}),
    ("de", "Polio\n\nZu den Ursachen erklärte der Leiter des Programms, das Virus sei mutiert.", {"Ursachen", "den Ursachen"}),
    # German capitalises every noun: an article and a noun ending are no person
    ("de", "Titel\n\n\"put in\" bedeutet so viel wie \"platziert\".", {"bedeutet"}),
    ("de", "Umfrage\n\nErstaunlicherweise fragte er nicht, warum keine Daten vorhanden sind.", {"Erstaunlicherweise"}),
    # one-word "according to" cues that are mostly prepositions need a clause boundary before them
    ("it", "Fabbrica\n\nCiò che è vero per questa fabbrica è vero per il Paese intero e per tutti noi.", {"Paese"}),
])
def test_junk_phrases_are_no_speakers(lang, text, bad):
    assert not _speaker_names(text, lang) & bad


@pytest.mark.parametrize("lang,text,name", [
    # trailing adverbs, emphatic pronouns and lowercase words after a full name go
    ("fr", "Pologne\n\nL’expert militaire Yuri Knutov a récemment déclaré que l’armée était prête.", "Yuri Knutov"),
    ("ru", "Вакцины\n\nАмериканский президент Джо Байден даже бесцеремонно заявил, что пандемия закончилась и все свободны.",
     "Джо Байден"),
    ("de", "Polen\n\nJedoch haben die USA klar gesagt, dass Polen im Ernstfall allein stehe.", "USA"),
    ("fr", "Finance\n\nLe gouvernement britannique lui-même estime que cent milliards sont entrés dans le pays.",
     "gouvernement britannique"),
    # the opening connective, the time adverbial and the emphatic "сам" are no part of the name
    ("it", "Discorso\n\nCosì Zsuzsa Hegedus, consigliera del premier, ha detto che il discorso era inaccettabile.",
     "Zsuzsa Hegedus"),
    ("pl", "Rtęć\n\nW czwartek późnym wieczorem portal rbb24 podał, że woda zawiera rtęć.", "portal rbb24"),
    ("ru", "Взрыв\n\nСам Александр Дугин рассказал, что они получали множество угроз.", "Александр Дугин"),
    # a description before a first name and surname is its title: role, acronym, genitive, place after a preposition
    ("de", "Schulen\n\n\"Das greift viel zu kurz\", sagte GEW-Chefin Maike Finnern der Zeitung.", "Maike Finnern"),
    ("pl", "Gaz\n\nMusimy prowadzić realistyczną politykę - przekonywał poseł AfD Steffen Kotre w Berlinie.",
     "Steffen Kotre"),
    ("pl", "Klimat\n\nBank pomoże biednym krajom - zapowiedział we wtorek prezes Banku Światowego David Malpass.",
     "David Malpass"),
    ("ru", "Германия\n\nНаучный сотрудник Института Хадсона в Вашингтоне Питер Раф рассказал, что Берлин медлит с поставками оружия.",
     "Питер Раф"),
    # a name does not change alphabet
    ("ru", "Суд\n\nВ интервью The Financial Times Устенко рассказал, что Минюст готовит иск.", "Устенко"),
])
def test_speaker_names_are_trimmed_to_the_name(lang, text, name):
    assert name in _speaker_names(text, lang)


@pytest.mark.parametrize("lang,text,name", [
    # real names are kept: a German surname without an article, a full name with particles, a paper's name
    ("de", "Gas\n\n\"Eine wertvolle Luft, die man anzünden kann?\", fragt Bölke spöttisch.", "Bölke"),
    ("de", "EU\n\nKommissionspräsidentin Ursula von der Leyen sagte, dass die Ukraine zur Familie gehöre.",
     "Ursula von der Leyen"),
    ("it", "Crisi\n\nPer il New York Times il governo di unità nazionale è finito.", "New York Times"),
    ("en", "Store\n\n\u201cYou ain\u2019t welcome here!\u201d the man is heard saying on camera.", "man"),
    ("en", "Police\n\nTwo days later, the Dallas Morning News reported that police could fire the officer.",
     "Dallas Morning News"),
    # a person named after an opening adverbial is kept, though the phrase opens with a preposition
    ("it", "Crisi\n\nIl governo vuole evitare “la destabilizzazione dell’Europa”, ha dichiarato al Senato Antonio "
     "Saccone, senatore di Forza Italia.", "Antonio Saccone"),
])
def test_real_speaker_names_are_kept(lang, text, name):
    assert name in _speaker_names(text, lang)


@pytest.mark.parametrize("lang,text,name,bad", [
    # a sentence-initial gerund or participle is no part of the name after it, nor a name of its own
    ("fr", "Débat\n\nAccusant Marine Dupont de mentir, le président a déclaré que le programme était faux.",
     None, {"Accusant Marine Dupont", "Accusant"}),
    ("fr", "Dette\n\nAttaqué sur la dette, Macron assume et dit avoir sauvé des entreprises et des emplois.",
     None, {"Attaqué"}),
    # the party in brackets is no part of the name
    ("de", "Italien\n\nMatteo Salvini (Lega), ein ehemaliger Minister, teilt mit: „Gewalt ist hier nicht willkommen.“",
     "Matteo Salvini", {"Matteo Salvini (Lega)"}),
    # a role after a comma describes the person named before it
    ("it", "Lega\n\nIl giorno dopo Alberto Stefani, commissario della Liga veneta ha detto che vorrebbe portare il caso "
     "davanti al direttivo.", "Alberto Stefani", set()),
])
def test_openers_brackets_and_appositive_roles(lang, text, name, bad):
    article, prediction = analyse(text, lang=lang)
    names = {q.speaker.name for q in prediction.quotes if q.speaker} | {e.name for e in prediction.entities}
    assert not names & bad
    if name:
        assert name in {q.speaker.name for q in prediction.quotes if q.speaker}


@pytest.mark.parametrize("lang,text,name,kind", [
    # "The ..." names a body in any language; an inflected Russian or Polish body word makes an organisation
    ("ru", "Газ\n\nКак сообщает The Independent, цены на газ в Европе снова выросли на треть.", "The Independent",
     "organisation"),
    ("ru", "Германия\n\nВ докладе Института Хадсона говорится, что Берлин медлит с поставками оружия.",
     "Института Хадсона", "organisation"),
    # texts that speak are no people
    ("en", "Iran\n\nThe leaked plan states that the regime is under significant pressure from the protests.",
     "leaked plan", "other"),
    # "ds." (do spraw) links the parts of a Polish body's name and ends no sentence
    ("pl", "ONZ\n\nBiuro Wysokiego Komisarza Narodów Zjednoczonych ds. Praw Człowieka poinformowało natomiast, że "
     "od lutego zginęło wielu cywilów.", "Biuro Wysokiego Komisarza Narodów Zjednoczonych ds. Praw Człowieka", None),
])
def test_speaker_kinds_and_body_names(lang, text, name, kind):
    article, prediction = analyse(text, lang=lang)
    speakers = {q.speaker.name: q.speaker.kind for q in prediction.quotes if q.speaker}
    assert name in speakers, speakers
    if kind:
        assert speakers[name] == kind


def test_subjectless_verb_after_quote_is_the_person_just_introduced():
    """Pro-drop: "X był pytany, czy ... \"...\" - odpowiedział." speaks for X, who opens the sentence
    before in the same paragraph, not for the last speaker quoted."""
    text = ("Projekt Lewicy\n\n"
            "\"Trzeba wprowadzić obowiązek szczepień\" - powiedział Krzysztof Gawkowski.\n\n"
            "Kosiniak-Kamysz był pytany w radiu, czy jego partia poprze projekt Lewicy. "
            "\"Obowiązek szczepień wynika z rozporządzenia ministra zdrowia\" - odpowiedział.")
    article, prediction = analyse(text, lang="pl")
    rows = found(article, prediction)
    assert quote_with(rows, "Trzeba wprowadzić")[3] == "Krzysztof Gawkowski"
    assert quote_with(rows, "wynika z rozporządzenia")[3] == "Kosiniak-Kamysz"


def test_subjectless_verb_keeps_the_last_speaker_when_nobody_new_is_introduced():
    text = ("Projekt Lewicy\n\n"
            "\"Trzeba wprowadzić obowiązek szczepień\" - powiedział Krzysztof Gawkowski.\n\n"
            "Rząd nie przedstawił jeszcze projektu. "
            "\"To jest decyzja ministra zdrowia\" - dodał.")
    article, prediction = analyse(text, lang="pl")
    rows = found(article, prediction)
    assert quote_with(rows, "decyzja ministra")[3] == "Krzysztof Gawkowski"


def test_straight_opening_mark_closed_by_a_curly_one():
    """'"We were comfortable ...,” Kerry wrote.': mixed quote-mark styles still pair, so the quote
    ends at the curly mark instead of running on to the next straight one."""
    text = ("Kerry on the deal\n\n"
            "\"We were comfortable because the cap remains in place until 2030,\u201d Kerry wrote. "
            "Critics disagree. Kerry declared, \u201c15 years from now, we still have the same options.\u201d\n\n"
            "The \"sunset\" debate goes on.")
    article, prediction = analyse(text)
    rows = found(article, prediction)
    first = quote_with(rows, "We were comfortable")
    assert first[0] == "direct" and first[1].endswith("until 2030,") and first[3] in ("John Kerry", "Kerry")
    second = quote_with(rows, "15 years from now")
    assert second[0] == "direct" and second[1].startswith("15 years")


@pytest.mark.parametrize("sentence", [
    "Wiceminister zdrowia Waldemar Kraska przekazał, że projekt trafi do Sejmu w grudniu.",
    "Waldemar Kraska zwrócił uwagę, że projekt trafi do Sejmu w grudniu.",
    "Waldemar Kraska uzasadniał, że projekt trafi do Sejmu w grudniu.",
])
def test_polish_reporting_verbs_przekazal_zwrocil_uwage_uzasadnial(sentence):
    article, prediction = analyse("Szczepienia\n\n" + sentence, lang="pl")
    rows = found(article, prediction)
    row = quote_with(rows, "projekt trafi do Sejmu")
    assert row[0] == "indirect" and row[3] in ("Waldemar Kraska", "Wiceminister zdrowia Waldemar Kraska")


@pytest.mark.parametrize("verb", ["labelled", "dubbed", "branded"])
def test_naming_verbs_without_as_make_mixed_quotes(verb):
    """'X labelled the decision a "reckless abandonment of facts"': what someone called something, in
    their quoted words, is a mixed quote of X (like "called")."""
    text = f'Kerry\n\nJohn Kerry {verb} the decision a "reckless abandonment of facts in favor of ego" on Monday.'
    article, prediction = analyse(text)
    row = quote_with(found(article, prediction), "reckless abandonment")
    assert row[0] == "mixed" and row[3] == "John Kerry" and row[1].startswith("the decision")


def test_reported_clause_runs_on_past_but_when_quoted_words_follow():
    """'The website says it sold ammunition but is now "closed indefinitely."': the quoted words after
    "but" belong to the same report (one mixed quote); without quoted words the clause still stops
    there ('insisted that X left, but have provided no evidence')."""
    article, prediction = analyse('Ammo\n\nThe company\'s website says it sold tracer ammunition '
                                  'but is now "closed indefinitely."')
    row = quote_with(found(article, prediction), "sold tracer")
    assert row[0] == "mixed" and row[1].endswith('"closed indefinitely."')
    article, prediction = analyse("Claims\n\nThe officials insisted that the suspect left the country, "
                                  "but have provided no evidence.")
    row = quote_with(found(article, prediction), "the suspect left")
    assert row[0] == "indirect" and "evidence" not in row[1]


@pytest.mark.parametrize("lang,text,snippet", [
    ("en", "Orban stressed, however, that he can only speak for the Hungarians.", "he can only speak"),
    ("en", "Orban stressed though, that he can only speak for the Hungarians.", "he can only speak"),
    ("fr", "Le ministre a affirmé toutefois que la réforme sera retirée.", "la réforme sera retirée"),
    ("de", "Der Minister sagte jedoch, dass die Reform zurückgezogen werde.", "die Reform zurückgezogen"),
])
def test_sentence_adverb_between_cue_and_that(lang, text, snippet):
    article, prediction = analyse("Titel\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[3] is not None


@pytest.mark.parametrize("lang,text,snippet", [
    ("pl", "Waldemar Kraska przekazał, że na najbliższym posiedzeniu Sejmu będzie procedowany projekt.",
     "na najbliższym posiedzeniu"),
    ("en", "Jeff Sessions said that in his view the defendant's action met every standard for manslaughter.",
     "in his view the defendant"),
    ("ru", "Дмитрий Песков заявил, что в ближайшие дни переговоры не состоятся.", "в ближайшие дни"),
])
def test_reported_clause_after_that_may_open_with_a_preposition(lang, text, snippet):
    """'said that in May ...': after the complementizer a clause may open with a preposition (without
    it, 'told to', 'warned of' are still no reported clauses)."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[3] is not None


def test_warned_of_is_still_no_reported_clause():
    article, prediction = analyse("Title\n\nThe minister warned of a long winter for Europe.")
    assert not [r for r in found(article, prediction) if "long winter" in r[1]]


@pytest.mark.parametrize("lang,text,snippet", [
    ("pl", "Poseł Lewicy Adrian Zandberg mówił w niedzielę, że potrzebne są obowiązkowe szczepienia.",
     "potrzebne są obowiązkowe"),
    ("de", "Olaf Scholz sagte am Montag, dass die Regierung die Reform zurückziehe.", "die Regierung die Reform"),
])
def test_comma_before_that_after_an_adverbial(lang, text, snippet):
    """Polish, German and Russian put a comma before "że/dass/что": an adverbial between the cue and
    the comma ("mówił w niedzielę, że") does not hide the reported clause."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet.split()[0]) and row[3] is not None


@pytest.mark.parametrize("text,snippet,speaker", [
    ("Adrian Zandberg powiedział, że potrzebne są szczepienia. Pracownicy - jak zaznaczył - powinni mieć "
     "prawo odmówić wykonywania obowiązków.", "Pracownicy - jak zaznaczył", "Adrian Zandberg"),
    ("\"Szukajmy pozytywnych rozwiązań\" - apelował Siemoniak.\n\nNa razie, jak dodał, rząd robi bardzo mało "
     "w sprawie szczepień.", "rząd robi bardzo mało", "Siemoniak"),
])
def test_polish_parenthetical_jak_dodal_reports_the_sentence_of_the_last_speaker(text, snippet, speaker):
    """"X - jak zaznaczył - Y" ("as he stressed"): a parenthetical with no subject reports the
    sentence around it, in the words of the speaker going on."""
    article, prediction = analyse("Tytuł\n\n" + text, lang="pl")
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[3] == speaker


def test_person_of_place_keeps_the_person_as_speaker():
    """"Sen. X of <state>", "Rep. X of <state>", "<first> <last> of <town>": the speaker is the person,
    never the place; bodies named with "of" ("Department of Justice", "Secretary of State Y") stay whole."""
    text = ("Senators react\n\n"
            "\u201cThe bill must pass before the recess,\u201d Sen. Martha Quill of Oregon tweeted.\n\n"
            "Rep. Tom Adley of Nevada said the vote was rigged.\n\n"
            "\u201cWe have waited long enough,\u201d wrote Dana Whitlow of Springfield.\n\n"
            "Quill later said that the committee would meet on Friday.\n\n"
            "The Department of Justice said it would review the case.")
    article, prediction = analyse(text)
    rows = found(article, prediction)
    assert quote_with(rows, "bill must pass")[3] == "Martha Quill"
    assert quote_with(rows, "vote was rigged")[3] == "Tom Adley"
    assert quote_with(rows, "waited long enough")[3] == "Dana Whitlow"
    assert quote_with(rows, "committee would meet")[3] == "Martha Quill"
    assert quote_with(rows, "review the case")[3] == "Department of Justice"


@pytest.mark.parametrize("lang,text,snippet,cue,speaker", [
    ("ru", "«Это ошибка, и все это понимают», — возразил читатель Borys.", "Это ошибка", "возразил", "Borys"),
    ("ru", "«А зачем нам это?» — с иронией поинтересовалась Марина.", "А зачем нам это?",
     "с иронией поинтересовалась", "Марина"),
    ("ru", "«Снова то же самое…» — вздохнул Пётр Ильин.", "Снова то же самое", "вздохнул", "Пётр Ильин"),
    ("ru", "«Не Берлин решает, а Брюссель», — поправил министра Kostya.", "Не Берлин решает", "поправил", "Kostya"),
    ("pl", "\"To jest skandal i wszyscy o tym wiedzą\" - oburzył się Tomasz Lis.", "To jest skandal",
     "oburzył", "Tomasz Lis"),
])
def test_dash_tag_after_a_quote_takes_any_verb_and_the_name_closing_it(lang, text, snippet, cue, speaker):
    """«...», — <verb> <speaker>.: in Russian and Polish a dash after a quote's closing mark sets off its
    tag, whatever the verb (past tense or present third person, also after a short prepositional
    adverbial); the speaker is the name that closes the tag (an object may come first), and a quote
    ending in ?, ! or … is not cut from its tag."""
    article, prediction = analyse("Заголовок\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "direct" and cue in (row[2] or "") and row[3] == speaker


def test_straight_opening_mark_closed_by_a_guillemet():
    article, prediction = analyse("Заголовок\n\n\"Давно пора», — ответила ему Ирина Белова.", lang="ru")
    rows = found(article, prediction)
    assert rows[0][:2] == ("direct", "Давно пора") and rows[0][3] == "Ирина Белова"


@pytest.mark.parametrize("text,snippet,cue,speaker", [
    ("Petra Lind sagte, die Lage sei ernst.", "die Lage sei ernst", "sagte", "Petra Lind"),
    ("Die Ministerin Petra Lind behauptete dann, die Kampagne sei gescheitert.", "die Kampagne sei gescheitert",
     "behauptete", "Petra Lind"),
    ("Die Lage sei ernst, sagte Petra Lind am Montag.", "Die Lage sei ernst", "sagte", "Petra Lind"),
    ("Der Sprecher des Verbands, Jonas Kraft, hatte dem Sender am Sonntag mitgeteilt, dass die Gespräche "
     "gescheitert seien.", "die Gespräche gescheitert seien", "mitgeteilt", "Jonas Kraft"),
    ("Jonas Kraft hatte auch erklärt, dass der Streik bis Freitag dauern werde.", "der Streik bis Freitag",
     "erklärt", "Jonas Kraft"),
    ("Jonas Kraft hob am Dienstag bei einem Treffen mit Vertretern der Bahn erneut hervor, dass die Löhne "
     "steigen müssten.", "die Löhne steigen müssten", "hob", "Jonas Kraft"),
    ("Jonas Kraft war gezwungen, zurückzurudern und zu behaupten, seine Worte seien ironisch gemeint gewesen.",
     "seine Worte seien ironisch", "behaupten", "Jonas Kraft"),
    ("Jonas Kraft sprach am Montag in Berlin. Nach seiner Ansicht wird die Lage bewusst dramatisiert.",
     "wird die Lage bewusst dramatisiert", "Nach seiner Ansicht", "Jonas Kraft"),
])
def test_german_reported_speech_by_mood_perfect_separable_and_infinitive(text, snippet, cue, speaker):
    """German reported speech: a clause in Konjunktiv I (or II standing in for it) after a cue and a
    comma needs no "dass"; perfect and pluperfect cues ("hatte ... mitgeteilt") take the subject by the
    auxiliary; separable cue verbs ("hob ... hervor, dass") report the clause after their particle;
    "zu behaupten, ..." reports for the subject of the sentence; "nach seiner Ansicht" is an
    "according to" whose pronoun is the person just named."""
    article, prediction = analyse("Titel\n\n" + text, lang="de")
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet.split()[0]) and row[2] == cue and row[3] == speaker


def test_german_separable_cue_with_an_infinitive_reports_nothing():
    article, prediction = analyse("Titel\n\nMoskau kündigte am Dienstag an, alle Truppen von der Grenze abzuziehen.",
                                  lang="de")
    assert not [r for r in found(article, prediction) if "Truppen" in r[1]]


def test_german_konjunktiv_sentence_after_a_quote_continues_the_speaker():
    """A sentence in Konjunktiv I right after a speaker's words reports them (more Konjunktiv I forms:
    "gelte", "plane", "entspreche")."""
    article, prediction = analyse("Titel\n\n„Wir halten uns an den Plan“, sagte Jonas Kraft. Dasselbe gelte auch "
                                  "für die Übungen im Norden des Landes.", lang="de")
    row = quote_with(found(article, prediction), "Dasselbe gelte")
    assert row[0] == "indirect" and row[3] == "Jonas Kraft"


def test_capital_letter_labels_are_no_speakers_and_colon_names_are_whole_labels():
    """Words in capitals are a headline or a label, a name only when someone was named with them in
    ordinary case ("ANN PIKE" after "Ann Pike"); a quote after a label in capitals and a colon stands
    like a quote opening its line; a colon name is the whole label before the colon, not the object of a
    longer phrase ("Staffer Who Worked with Pike:"); a quote in capitals is no title."""
    text = ("Headline\n\n"
            "\u201cYou cannot keep raising taxes on working families,\u201d Mayor Ann Pike told the crowd.\n\n"
            "BUDGET FIGHT HEATS UP: \"We want a referendum on the new road before any money is spent\"\n\n"
            "Council Staffer Who Worked with Pike: \"Nobody here knows the budget at all\"\n\n"
            "ANN PIKE: \u201cI WILL NOT BACK DOWN ON THIS\u201d")
    article, prediction = analyse(text)
    rows = found(article, prediction)
    assert not any(r[3] and r[3].isupper() and "PIKE" not in r[3] for r in rows)
    assert quote_with(rows, "want a referendum")[3] != "BUDGET FIGHT HEATS UP"
    assert not any("Nobody here" in r[1] and r[3] == "Ann Pike" for r in rows)
    assert quote_with(rows, "I WILL NOT BACK DOWN")[3] == "Ann Pike"


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("ru", "Цены на газ вырастут в два раза. Об этом заявил министр энергетики Пётр Ильин.",
     "Цены на газ вырастут в два раза", "Пётр Ильин"),
    ("ru", "Цены на газ вырастут в два раза. Об этом, как передает ТАСС, заявил министр Пётр Ильин.",
     "Цены на газ вырастут в два раза", "Пётр Ильин"),
    ("pl", "Ceny gazu wzrosną dwukrotnie w przyszłym roku. Poinformował o tym minister Jan Nowak.",
     "Ceny gazu wzrosną dwukrotnie w przyszłym roku", "Jan Nowak"),
    ("it", "Il governo non cadrà prima delle elezioni. Lo ha detto il premier Mario Bianchi ai giornalisti.",
     "Il governo non cadrà prima delle elezioni", "Mario Bianchi"),
    ("fr", "La réforme sera adoptée avant l’été. C’est ce qu’a déclaré Paul Martin lundi.",
     "La réforme sera adoptée avant l’été", "Paul Martin"),
    ("de", "Die Reform wird noch vor dem Sommer beschlossen. Das sagte Jonas Kraft am Montag.",
     "Die Reform wird noch vor dem Sommer beschlossen", "Jonas Kraft"),
    ("en", "The reform will pass before the summer recess. That is what Senator Ann Pike said on Monday.",
     "The reform will pass before the summer recess", "Ann Pike"),
])
def test_cue_with_a_pronoun_object_reports_the_sentence_before(lang, text, snippet, speaker):
    """"... . Об этом заявил X", "Poinformował o tym X", "Lo ha detto X", "C’est ce qu’a déclaré X",
    "Das sagte X", "That is what X said": a cue whose object points back reports the sentence before."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet) and row[3] == speaker
    assert not [r for r in found(article, prediction) if r[1] != snippet]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "«Мы готовы к переговорам», — заявил министр финансов Пётр Ильин.", "Пётр Ильин"),
    ("pl", "\"Jesteśmy gotowi do rozmów\" - powiedział minister finansów Jan Nowak.", "Jan Nowak"),
])
def test_role_lowercase_genitive_and_name_after_the_cue_is_the_named_person(lang, text, speaker):
    """"— заявил министр финансов Пётр Ильин": a role, its lowercase genitive and a name after the cue
    are one speaker phrase whose person is the name."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert found(article, prediction)[0][3] == speaker


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("it", "Dopo la sentenza Anna Neri a “La Stampa” racconta tutta la soddisfazione per la battaglia politica "
     "portata a termine: «alla fine abbiamo vinto noi. Nessuno ci credeva, ma siamo andati avanti».",
     "alla fine abbiamo vinto noi", "Anna Neri"),
    ("en", "Tom Adley described the night the boat capsized in the storm off the northern coast last week: "
     "\"We held on to the hull for six hours and nobody came.\"", "We held on to the hull", "Tom Adley"),
    ("it", "Anna Neri torna sui fatti del 2019 dopo la seconda sentenza: “ho sfidato il ministro e ho vinto. "
     "La mia associazione non era d’accordo”", "ho sfidato il ministro", "Anna Neri"),
    ("fr", "Paul Martin revient sur les événements de l’été dernier : « nous avons tout perdu en une nuit, et "
     "personne ne nous a aidés ».", "nous avons tout perdu", "Paul Martin"),
])
def test_colon_introduced_quote_after_a_long_introduction(lang, text, snippet, speaker):
    """A quote after a colon is the words of the sentence's speaker however long the introduction:
    after a cue and its object ("racconta tutta la soddisfazione per ...: «...»"; an addressee paper in
    quote marks after "a" is skipped), or, with no cue, after a sentence that opens with a person's name
    ("Anna Neri torna sui fatti ...: “...”")."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "direct" and row[3] == speaker


def test_headline_quote_repeated_in_the_body_takes_the_body_speaker_and_chained_quotes():
    """A headline quote that a body quote repeats is that body speaker's; a quote set right after a
    direct quote of the same line, only punctuation between, goes on with its speaker."""
    text = ("\u201cThe harbour will stay closed all winter\u201d: port faces ruin as tourists vanish\n\n"
            "Local traders say the season is lost.\n\n"
            "\u201cThe harbour will stay closed all winter,\u201d harbour master Ruth Calloway told the council.\n\n"
            "Ruth Calloway: \u201cWe did everything we could\u201d/ \u201cNobody listened to the divers\u201d")
    article, prediction = analyse(text)
    rows = found(article, prediction)
    heads = [r for r in rows if r[1] == "The harbour will stay closed all winter"]
    assert heads and heads[0][3] == "Ruth Calloway"
    assert quote_with(rows, "Nobody listened")[:1] == ("direct",) and quote_with(rows, "Nobody listened")[3] == "Ruth Calloway"


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Foreign Minister Anna Berg met her counterpart on Monday. The talks were long.\n\n"
     "\"We agreed on nothing,\" the minister said.\n\nShe said the next round would take place in May.", "Anna Berg"),
    ("fr", "Le ministre des Armées Paul Martin a rencontré son homologue lundi. Les discussions ont été longues.\n\n"
     "« Nous ne sommes d’accord sur rien », a déclaré le ministre.\n\nIl a ajouté que le prochain cycle aurait "
     "lieu en mai.", "Paul Martin"),
    ("de", "Außenminister Jonas Kraft traf am Montag seinen Amtskollegen. Die Gespräche waren lang.\n\n"
     "„Wir haben uns auf nichts geeinigt“, sagte der Minister.\n\nEr sagte, die nächste Runde finde im Mai statt.",
     "Jonas Kraft"),
    ("it", "Il ministro degli Esteri Mario Bianchi ha incontrato il suo omologo lunedì. I colloqui sono stati "
     "lunghi.\n\n«Non siamo d’accordo su nulla», ha detto il ministro.\n\nLui ha aggiunto che il prossimo round "
     "si terrà a maggio.", "Mario Bianchi"),
    ("ru", "Министр иностранных дел Пётр Ильин встретился с коллегой в понедельник. Переговоры были долгими.\n\n"
     "«Мы ни о чем не договорились», — сказал министр.\n\nОн добавил, что следующий раунд пройдет в мае.",
     "Пётр Ильин"),
    ("pl", "Minister spraw zagranicznych Jan Nowak spotkał się w poniedziałek z kolegą. Rozmowy były długie.\n\n"
     "\"Nie uzgodniliśmy niczego\" - powiedział minister.\n\nOn dodał, że kolejna runda odbędzie się w maju.",
     "Jan Nowak"),
])
def test_role_noun_and_pronoun_resolve_to_the_named_minister(lang, text, speaker):
    """"the minister", "le ministre", "der Minister" (a German compound title "Außenminister" holds the
    role), "il ministro" (the body after "degli" belongs to the title, not the name), "министр",
    "minister", and the pronoun after them, are the minister named before."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    rows = found(article, prediction)
    assert len(rows) == 2 and all(r[3] == speaker for r in rows)


def test_comment_thread_header_lines_introduce_each_comment_author():
    """Reader comments: a line holding only a user name and a date or time introduces a comment; the
    paragraphs after it, up to the next such line, are that user's words (a direct quote). A thread needs
    two header lines at least, so a dateline alone ("MOSCOW, March 3, 2022") is no comment."""
    from spinscope.options import AnalysisOptions
    raw = Pipeline(None, AnalysisOptions(clean=False))
    text = ("Readers react to the new parking fees\n\n"
            "The city raised the fees on Monday. Here is what readers wrote.\n\n"
            "Galina_77 | 24.02.2022 14:35\n\n"
            "This is robbery. Nobody can afford to park downtown any more.\n\n"
            "Tom Adley March 3, 2022 at 10:15 am\n\n"
            "I agree with Galina. The council never listens.\n\n"
            "Ruth C. 5 hours ago\n\n"
            "Finally someone does something about the traffic.")
    article = raw(text, lang="en")
    rows = found(article, predict(article))
    assert quote_with(rows, "This is robbery")[0::3] == ("direct", "Galina_77")
    assert quote_with(rows, "council never listens")[3] == "Tom Adley"
    assert quote_with(rows, "about the traffic")[3] == "Ruth C."
    dateline = raw("Title\n\nMOSCOW, March 3, 2022\n\nRussia said on Monday that the talks would go on for a "
                   "week.", lang="en")
    assert [r[0] for r in found(dateline, predict(dateline))] == ["indirect"]


def test_quoted_words_opened_in_a_reported_clause_and_run_over_paragraphs_make_one_mixed_quote():
    text = ("Title\n\n"
            "Former Governor Ruth Calloway tweeted that the \u201cvoters deserve to know the full truth about the "
            "harbour deal.\n\n"
            "The audit must be published in its entirety.\u201d\n\n"
            "The council did not comment.")
    article, prediction = analyse(text)
    rows = found(article, prediction)
    row = quote_with(rows, "voters deserve")
    assert row[0] == "mixed" and row[1].endswith("in its entirety.") and row[3] == "Ruth Calloway"


def test_inverted_cue_description_closed_by_a_name_in_apposition():
    text = ("Title\n\n\u201cNobody may enter the plant without our consent,\u201d said the country\u2019s Head of Energy "
            "Planning at the State Council and adviser to the prime minister, Marta Olsen. Inspectors left on Friday.")
    article, prediction = analyse(text)
    assert found(article, prediction)[0][3] == "Marta Olsen"


def test_russian_name_inside_an_adverbial_genitive_chain_is_not_the_subject():
    """"Пётр Ильин после встречи министров стран | G20 заявил": the capitalised word at the end of the
    adverbial's genitive chain is no subject; the person opening the sentence is."""
    text = ("Заголовок\n\nМинистр финансов Пётр Ильин после встречи министров финансов стран G20 заявил, что "
            "переговоры о долгах зашли в тупик.")
    article, prediction = analyse(text, lang="ru")
    assert found(article, prediction)[0][3] == "Пётр Ильин"


def test_german_known_surname_then_a_noun_is_not_one_name():
    """German capitalises nouns: "Kraft Berichte" after "Jonas Kraft" is the surname and a noun, so the
    pronoun after it still finds the person."""
    text = ("Titel\n\n„Die Übungen laufen nach Plan“, sagte Jonas Kraft.\n\nFerner wies Kraft Berichte des Westens "
            "als Spekulationen zurück. Er erklärte, dass diese Szenarien mehrmals in den Medien veröffentlicht "
            "worden seien.")
    article, prediction = analyse(text, lang="de")
    assert quote_with(found(article, prediction), "diese Szenarien")[3] == "Jonas Kraft"


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("it", "Secondo “Reuters”, diversi ministri del G7 hanno viaggiato in varie parti del mondo.",
     "diversi ministri del G7", "Reuters"),
    ("fr", "Le nombre de réfugiés fuyant la guerre approche des deux millions, selon l’OSCE.",
     "Le nombre de réfugiés", "l’OSCE"),
    ("fr", "Le secrétaire général ira en Turquie avant de se rendre à Moscou, a indiqué dimanche l’organisation.",
     "Le secrétaire général ira en Turquie", "l’organisation"),
    ("it", "Le trattative per il nuovo governo non stanno avendo successo. Lo scrive il quotidiano “La Voce”.",
     "Le trattative per il nuovo governo", "Voce"),
])
def test_sources_in_quote_marks_behind_elided_articles_after_time_words_and_clitic_cues(lang, text, snippet, speaker):
    """A source named in quote marks ("Secondo “Reuters”"), behind an elided article ("selon l’OSCE",
    "l’organisation"), after a time word following the cue ("a indiqué dimanche l’organisation"); an
    object clitic before a cue verb ("Lo scrive") is no article, so the verb is a cue."""
    article, prediction = analyse("Titolo\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet) and speaker in (row[3] or "")


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("en", "As Ann Pike wrote for The Post, the more significant legal questions are whether the officer is "
     "prosecuted.", "the more significant legal questions", "Ann Pike"),
    ("fr", "Pourtant, comme le rappelle Le Monde, elle a été attribuée à un militant identitaire, qui avait "
     "tweeté une phrase similaire.", "elle a été attribuée à un militant identitaire", "Le Monde"),
    ("it", "Come ha spiegato Mario Bianchi, il governo non può andare contro la volontà del popolo.",
     "il governo non può andare", "Mario Bianchi"),
    ("en", "Viktor Horvath spoke for an hour. In his view, the government simply can’t go against the will of "
     "the people.", "the government simply can’t go", "Viktor Horvath"),
])
def test_as_x_said_and_in_his_view_report_the_clause_after_the_comma(lang, text, snippet, speaker):
    """"As X wrote, <clause>", "comme le rappelle X, <clause>" (ending before a relative that reports
    again), "In his view, <clause>"; in French and Italian a capitalised article opens a paper's name
    ("Le Monde", "La Stampa") but not a country's, and "Le Pen" after "Marine Le Pen" is that person."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet) and row[3] == speaker
    if lang == "fr":
        assert row[1].endswith("identitaire")


def test_article_before_a_surname_is_the_person_named_before():
    article, prediction = analyse("Titre\n\nMarine Le Pen était à Rome lundi.\n\nLe Pen a déclaré que les "
                                  "migrants devaient partir.", lang="fr")
    assert found(article, prediction)[0][3] == "Marine Le Pen"


@pytest.mark.parametrize("lang,text,snippet", [
    ("ru", "Пётр Ильин выступил в парламенте. Он обратил внимание на тот факт, что Евросоюз принял шестой пакет "
     "санкций.", "Евросоюз принял шестой пакет"),
    ("en", "Tom Adley spoke to reporters on Monday, alleging his contract was cancelled for political reasons.",
     "his contract was cancelled"),
])
def test_more_cue_phrases_and_participles(lang, text, snippet):
    """Russian "обратил внимание (на то), что" reports like "zwrócił uwagę, że"; English participles
    "alleging", "contending", "maintaining", "indicating", "hinting", "complaining" report a clause."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[3] in ("Пётр Ильин", "Tom Adley")


@pytest.mark.parametrize("lang,text,bad", [
    ("en", "Then the mayor told the truth about the budget.", "the truth about the budget"),
    ("en", "The mayor has publicly told the protesters to leave the square and never come back.", "to leave"),
    ("en", "Thank you, Mayor Pike, for saying what needed to be said!", "what needed"),
    ("en", "The auditor said they uncovered that memo in May.", None),
    ("fr", "Le gouverneur Paul Martin a ensuite annoncé deux morts à Zolote après des tirs.", "deux morts"),
])
def test_cues_without_a_reported_clause_report_nothing(lang, text, bad):
    """"told the truth", "told X to leave" (an order), "saying what ..." (a free relative) and, in
    French and Italian, a cue with an object and no "que"/"che" (nor an infinitive, nor quoted words)
    report nothing; "said they uncovered that memo" reports the whole clause ("that" is a determiner)."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    rows = found(article, prediction)
    if bad is None:
        assert quote_with(rows, "they uncovered that memo in May")[0] == "indirect"
    else:
        assert not [r for r in rows if bad in r[1]]


@pytest.mark.parametrize("lang,text,snippet", [
    ("fr", "Paul Martin a annoncé livrer des missiles antichars à l’armée la semaine prochaine.", "livrer des missiles"),
    ("it", "Il ministero ha spiegato, evidenziando come molti Paesi non abbiano aderito alle sanzioni.",
     "molti Paesi non abbiano aderito"),
])
def test_romance_infinitive_and_come_clauses_are_still_reported(lang, text, snippet):
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[0] == "indirect"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Глава правительства считает, что в противном случае кризис может продолжиться еще год."),
    ("pl", "Minister uważa, że kryzys może potrwać jeszcze rok."),
])
def test_beliefs_are_not_reports(lang, text):
    """Guidelines: beliefs ("считает", "uważa", like "believes", "glaubt") are not quotes."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert found(article, prediction) == []


def test_final_cue_with_a_long_adverbial_tail_reports_the_sentence_before_it():
    text = ("Titre\n\nPaul Martin a parlé lundi. Le président les voudrait « encore plus lourdes » face à l’armée "
            "russe, a-t-il dit lors d’une "
            "conférence de presse dans une station de métro du centre-ville de Kiev.")
    article, prediction = analyse(text, lang="fr")
    row = quote_with(found(article, prediction), "Le président les voudrait")
    assert row[0] == "mixed" and row[1].endswith("armée russe")


@pytest.mark.parametrize("lang,text,bad", [
    ("pl", "Choć większość wirusologów twierdzi, że szczepionka działa, wielu ludzi nie wierzy.", "Choć"),
    ("fr", "Voilà la phrase qui a dit que la guerre était finie depuis longtemps.", "qui"),
    ("pl", "Berlusconi zaprzeczył i powiedział, że nigdy nie rozmawiał z Putinem o wojnie.", "zaprzeczył"),
])
def test_speaker_phrase_ends_at_a_relative_or_finite_verb_and_is_no_subordinate_clause(lang, text, bad):
    """A speaker phrase never opens with a subordinating conjunction ("Choć ...", "Although ..."), ends
    before a relative pronoun ("la phrase | qui") and, in Polish and Russian, before a finite verb
    ("Berlusconi | zaprzeczył")."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert not any(r[3] and bad in r[3] for r in found(article, prediction))


def test_a_run_of_first_names_and_surnames_is_several_people():
    text = ("Title\n\nThe guests included John Bolton Richard Grenell Dina Powell Heather Nauert Ivanka Trump.\n\n"
            "Dina Powell said the dinner was a success.")
    article, prediction = analyse(text)
    assert found(article, prediction)[0][3] == "Dina Powell"


@pytest.mark.parametrize("text", [
    "Gegenüber der Zeitung sagte der Minister Jonas Kraft, die Lage sei ernst.",
    "Damit sagte Jonas Kraft, die Lage sei ernst.",
])
def test_german_opening_preposition_or_adverb_is_no_speaker(text):
    article, prediction = analyse("Titel\n\n" + text, lang="de")
    row = quote_with(found(article, prediction), "die Lage sei ernst")
    assert row[3] and "Gegenüber" not in row[3] and "Damit" not in row[3]


@pytest.mark.parametrize("lang,text,first,second,speaker", [
    ("en", "\u201cWith a pardon, nothing changes overnight,\u201d Tom Adley said, \u201cbut I try to stay positive "
     "and look forward.\u201d", "With a pardon", "but I try to stay positive", "Tom Adley"),
    ("en", "\u201cThey broke the law,\u201d Tom Adley told reporters on Monday, referring to the council, \u201cand "
     "nobody was punished for it.\u201d", "They broke the law", "and nobody was punished", "Tom Adley"),
    ("fr", "« Nous avons tout perdu », a déclaré Paul Martin, « mais nous allons reconstruire la ferme ».",
     "Nous avons tout perdu", "mais nous allons reconstruire", "Paul Martin"),
])
def test_quote_interrupted_by_its_tag_goes_on_after_it(lang, text, first, second, speaker):
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    rows = found(article, prediction)
    assert quote_with(rows, first)[3] == speaker
    assert quote_with(rows, second)[0::3] == ("direct", speaker)


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Заместитель министра Пётр Ильин дал интервью агентству.\n\n\"Мы не очень рассчитываем на решение\", - "
     "отметил собеседник агентства.", "Пётр Ильин"),
    ("fr", "Nous avons rencontré le maire Paul Martin à Lyon.\n\n« Nous ne céderons pas », a affirmé notre "
     "interlocuteur.", "Paul Martin"),
])
def test_interlocutor_is_the_person_named_last(lang, text, speaker):
    """"собеседник агентства", "rozmówca portalu", "notre interlocuteur": the person interviewed, the one
    named last, even when no cue reported them before."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert found(article, prediction)[0][3] == speaker


@pytest.mark.parametrize("lang,text,snippet,kind,speaker", [
    ("it", "Le sanzioni che stiamo preparando “sono tra le più grandi che abbiamo mai emesso”. Lo ha detto la vice "
     "presidente della Commissione Anna Neri intervenendo alla conferenza di Monaco.", "Le sanzioni che stiamo",
     "mixed", "Anna Neri"),
    ("ru", "Однако мнения по поводу того, как двигаться дальше, \"резко расходятся\", продолжает глава делегации "
     "Пётр Ильин.", "мнения по поводу того", "mixed", "Пётр Ильин"),
])
def test_anaphoric_report_of_a_sentence_with_quoted_words_and_present_tense_tags(lang, text, snippet, kind, speaker):
    """A sentence with quoted words inside it, reported by "Lo ha detto X" after it, is a mixed quote (an
    object clitic before the auxiliary leaves the subject after the cue; a role and name may be followed
    by an adverbial); present-tense tags such as "продолжает", "kontynuuje" report the sentence before."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == kind and row[3] == speaker


@pytest.mark.parametrize("lang,text,snippet", [
    ("pl", "Prezes banku Adam Nowak mówił o \"szaleńczych atakach na instytucję, którą kieruje\".", "szaleńczych atakach"),
    ("ru", "Министр Пётр Ильин говорил о «беспрецедентном давлении на нашу страну».", "беспрецедентном давлении"),
])
def test_spoke_of_quoted_words_is_a_mixed_quote(lang, text, snippet):
    """"mówił o „...”", "говорил о «...»", "spoke of “...”": the quoted words someone used about something,
    with their preposition, are a mixed quote."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "mixed" and row[3] in ("Adam Nowak", "Пётр Ильин")


def test_one_quoted_word_without_punctuation_opening_a_line_is_a_term():
    article, prediction = analyse("Titel\n\n„Hysterie“ um den Streik – Jonas Kraft spricht von Panikmache", lang="de")
    assert not [r for r in found(article, prediction) if r[1] == "Hysterie"]
    article, prediction = analyse("Title\n\n\u201cDisgusting,\u201d Senator Ann Pike tweeted.")
    assert found(article, prediction)[0][:2] == ("direct", "Disgusting,")


@pytest.mark.parametrize("lang,text,snippet", [
    ("fr", "Les troupes, qui se sont retirées fin mars de la région, cherchent à « établir un contrôle total sur le "
     "Donbass et le sud du pays jusqu’à la fin de l’été », a affirmé un haut responsable militaire.", "Les troupes"),
    ("fr", "Selon Paul Martin, « sept missiles ont visé la ville » samedi, dont un qui « a touché un immeuble ».",
     "sept missiles"),
    ("en", "The senator said the deal was \"a very big step toward a lasting peace in the region for all of our "
     "children\" and left.", "the deal was"),
])
def test_long_quoted_fragment_inside_a_clause_is_a_mixed_quote(lang, text, snippet):
    """Quoted words that start lowercase right after a lowercase word of the clause are a fragment however
    long ("cherchent à « établir ... »"); after "according to X," quoted words that the sentence goes on
    after are a mixed quote, not a direct one."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "mixed"


@pytest.mark.parametrize("lang,text,snippet", [
    ("ru", "Еврокомиссия сообщила на своем сайте, что ЕС одобрил новый закон, согласно которому все страны должны "
     "заполнить хранилища.", "ЕС одобрил новый закон, согласно которому все страны"),
    ("it", "Il ministro ha detto che è stata approvata una legge secondo cui tutti i Paesi dovranno riempire i depositi.",
     "è stata approvata una legge secondo cui"),
])
def test_according_to_which_is_a_relative_not_a_source(lang, text, snippet):
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect"


@pytest.mark.parametrize("lang,text,snippet,kind,speaker", [
    ("en", "Senator Ann Pike: I'll Do \"Whatever It Takes\" To Block The Harbour Deal\n\nAnn Pike spoke on Monday.",
     "I'll Do", "mixed", "Ann Pike"),
    ("ru", "Пётр Ильин: санкции против России не сработали\n\nПётр Ильин выступил в понедельник.",
     "санкции против России", "indirect", "Пётр Ильин"),
])
def test_headline_name_colon_claim_is_the_named_speaker_report(lang, text, snippet, kind, speaker):
    """A headline "<Name>: <claim>" reports the claim in the named person's or body's words (indirect, or
    mixed with quoted words); the label must be a name only."""
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == kind and row[3] == speaker
    article, prediction = analyse("Hungarian Leader Hits Back: Refugees Are Not Welcome\n\nText.", lang="en")
    assert not found(article, prediction)


def test_place_after_person_of_is_no_person_and_describes_that_person():
    """"Sen. X of California" makes California a place: "the former California attorney general" is X, never
    a person named California."""
    text = ("Title\n\nSen. Martha Quill of Oregon called for a vote. Attorney General Tom Adley declined to comment.\n\n"
            "\u201cThe report must be made public,\u201d the former Oregon attorney general said in a statement.")
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), "must be made public")[3] == "Martha Quill"


@pytest.mark.parametrize("text,snippet,speaker", [
    ("Rep. Tom Adley, R-Texas, said that the vote was rigged by the leadership.", "vote was rigged", "Tom Adley"),
    ("Sen. Ann Pike (D-Calif.) said the bill would pass next week.", "bill would pass", "Ann Pike"),
])
def test_party_and_state_after_a_name_are_no_speaker(text, snippet, speaker):
    article, prediction = analyse("Title\n\n" + text)
    assert quote_with(found(article, prediction), snippet)[3] == speaker


def test_infinitive_cue_takes_the_subject_of_a_verb_further_back():
    text = ("Title\n\nJeff Sessions pointed to Justice Department regulations to explain that, as one of the earliest "
            "supporters, he shouldn’t participate in the investigation.")
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), "he shouldn’t participate")[3] == "Jeff Sessions"


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("fr", "« Personne n’a le droit de nous enlever cette joie », a prêché le jeune prêtre Paul Martin devant les "
     "fidèles.", "Personne n’a le droit", "Paul Martin"),
    ("it", "“Non ci fermeremo davanti a nessuno”, ha tuonato il senatore Mario Bianchi.", "Non ci fermeremo",
     "Mario Bianchi"),
    ("ru", "Цены на зерно останутся высокими. Об этом заявил в интервью агентству заместитель министра Пётр Ильин, "
     "возглавляющий делегацию.", "Цены на зерно останутся высокими", "Пётр Ильин"),
])
def test_any_participle_tag_after_a_quote_and_subject_after_an_adverbial(lang, text, snippet, speaker):
    """French/Italian/Spanish: an auxiliary and any past participle right after a quote's closing mark and
    comma are its tag ("», a prêché X", "”, ha tuonato X"); Russian/Polish: a subject may follow the cue
    after an adverbial ("заявил в интервью агентству | X"), before any comma or "что"."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert quote_with(found(article, prediction), snippet)[3] == speaker


@pytest.mark.parametrize("lang,text,snippet", [
    ("pl", "Krzysztof Gawkowski zwrócił zarazem uwagę, że taki obowiązek nie wymaga ustawy, tylko rozporządzenia.",
     "taki obowiązek nie wymaga ustawy"),
    ("de", "Jonas Kraft fügte zudem hinzu, dass die Gespräche am Montag fortgesetzt würden.", "die Gespräche am Montag"),
])
def test_adverb_inside_a_two_word_cue_phrase(lang, text, snippet):
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[3] in ("Krzysztof Gawkowski", "Jonas Kraft")


def test_french_elided_que_opens_a_reported_clause():
    article, prediction = analyse("Titre\n\nLa société Gazprom a annoncé qu’elle réduirait progressivement le débit du "
                                  "gazoduc.", lang="fr")
    row = quote_with(found(article, prediction), "elle réduirait progressivement")
    assert row[0] == "indirect"


@pytest.mark.parametrize("text", [
    "„Wir halten uns an den Plan“, sagte Jonas Kraft. Das sind 56 Verstorbene mehr als Ende Dezember.",
    "„Wir halten uns an den Plan“, sagte Jonas Kraft. Klaus Schwab hat sich oft damit gebrüstet, dass er in der "
    "Lage sei, Regierungen zu beeinflussen.",
])
def test_german_konjunktiv_continuation_needs_a_lowercase_verb_in_the_main_clause(text):
    """A capitalised noun ("Ende", "Folge") is no Konjunktiv I verb, and a Konjunktiv I inside a subordinate
    clause ("..., dass er in der Lage sei") does not make the sentence a report of the speaker before."""
    article, prediction = analyse("Titel\n\n" + text, lang="de")
    assert len(found(article, prediction)) == 1


@pytest.mark.parametrize("lang,text", [
    ("ru", "Киев продолжает нагло врать и придумывать различные провокации и фейки."),
    ("pl", "Rząd kontynuuje politykę bycia z tyłu i w tym roku nie bierze udziału w forum."),
])
def test_continues_to_is_no_report(lang, text):
    """"продолжает", "kontynuuje" ("continues") and "напоминает", "przypomina" ("reminds", "resembles")
    report only as a tag right after the reported words ("..., продолжает глава делегации")."""
    article, prediction = analyse("Title\n\n" + text, lang=lang)
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("en", "Title\n\nMark Tolan flew to Rome. There, he talked about the Northern League. He said he wanted to "
     "study law.", "he wanted to study law", "Mark Tolan"),
    ("en", "Title\n\nNora Blake went home. Later, she taught the US Charter. She said the course was popular.",
     "the course was popular", "Nora Blake"),
    ("it", "Titolo\n\nMarco Rossi è tornato. Poi, lui ha parlato dagli Stati Uniti. Lui ha detto che il viaggio è "
     "stato utile.", "il viaggio è stato utile", "Marco Rossi"),
])
def test_a_name_after_a_definite_article_is_no_person(lang, text, snippet, speaker):
    """A person's full name takes no definite article: "the Northern League", "the US Charter", "dagli Stati
    Uniti" name a body or a thing, so a personal pronoun after them looks further back for a person."""
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[3] == speaker


@pytest.mark.parametrize("text,clause", [
    ("Title\n\nThe mayor says that she has opened ten parks this year; her rival has opened two in a decade.",
     "she has opened ten parks this year"),
    ("Title\n\nThe rival has opened two parks in a decade; the parks are all full now, the mayor said.",
     "the parks are all full now"),
])
def test_a_semicolon_ends_a_reported_clause(text, clause):
    """A semicolon outside quote marks opens a new clause: the report after a cue ends before it, and the
    report before a closing tag starts after it."""
    article, prediction = analyse(text)
    rows = [r for r in found(article, prediction) if r[0] == "indirect"]
    assert [r[1] for r in rows] == [clause]


@pytest.mark.parametrize("lang,text,speaker", [
    ("it", "Titolo\n\nPer il regista il cinema cambia in fretta: «Il punto curioso – ha spiegato ancora Paolo Venturi – è "
     "che il pubblico torna sempre in sala».", "Paolo Venturi"),
    ("de", "Titel\n\nDie Lage bleibt schwierig. „Wir sind – sagte die Ministerin Anna Berg – zu Gesprächen bereit.“",
     "Anna Berg"),
])
def test_a_quote_names_its_speaker_in_a_tag_between_dashes(lang, text, speaker):
    """A tag set off by dashes inside the quote marks ("«... – ha spiegato X – ...»") gives the whole quote its
    speaker and cue."""
    article, prediction = analyse(text, lang=lang)
    rows = [r for r in found(article, prediction) if r[0] == "direct"]
    assert len(rows) == 1 and rows[0][3] == speaker and rows[0][2] in ("spiegato", "sagte")


def test_the_writer_reports_in_the_first_person():
    """Outside quote marks, "I" reporting is the writer, one speaker named "I"; a later "she" is not the writer."""
    article, prediction = analyse("Title\n\nLast month, I met Clara Moss in Leeds. Furthermore, I said to her that "
                                  "the town needs a new bridge. She said that the council had no money.")
    rows = found(article, prediction)
    assert quote_with(rows, "the town needs a new bridge")[3] == "I"
    assert quote_with(rows, "the council had no money")[3] == "Clara Moss"


@pytest.mark.parametrize("lang,text,chant", [
    ("en", "Title\n\nThe protesters marched to the palace on Sunday, chanting “Down With The Tyrant” for hours.",
     "Down With The Tyrant"),
    ("en", "Title\n\nAs the minister left, a man in the crowd shouted \"Shame On You\" twice.", "Shame On You"),
])
def test_chanted_words_are_an_utterance_however_short(lang, text, chant):
    """Quoted words right after a verb of chanting or shouting are what was chanted: a direct quote, even when
    short and in title case."""
    article, prediction = analyse(text, lang=lang)
    rows = [r for r in found(article, prediction) if r[0] == "direct"]
    assert [r[1] for r in rows] == [chant]


@pytest.mark.parametrize("lang,text,speaker", [
    ("de", "Titel\n\n„Das ist zu wenig“, kritisierte die Ärztin Petra Lang. Sie verlangte stattdessen: „Die Kliniken "
     "brauchen sofort mehr Personal und mehr Geld.“", "Petra Lang"),
    ("en", "Title\n\n“We lost the vote,” the senator Tom Reed said. He put it bluntly: “The party has to change its "
     "leaders before the next election.”", "Tom Reed"),
])
def test_a_pronoun_and_its_verb_before_a_colon_introduce_a_quote(lang, text, speaker):
    """A sentence that opens with a personal pronoun and its verb and ends in a colon ("Sie verlangte stattdessen:",
    "He put it bluntly:") introduces the quote after it in the words of the person the pronoun stands for."""
    article, prediction = analyse(text, lang=lang)
    rows = [r for r in found(article, prediction) if r[0] == "direct"]
    assert len(rows) == 2 and rows[1][3].endswith(speaker)


def test_dash_speech_with_any_past_verb_tag_and_a_participle_report_after_it():
    """Polish dash speech ("- ... - apelowała") takes any past-tense verb as its tag, even with no name after it
    (the speaker goes on) and with quoted words later in the sentence; a participle with a complementizer after
    the tag ("zaznaczając, że „...”") reports the clause after it, not the speech before it."""
    text = ("Tytuł\n\nPosłanka Anna Wilk mówiła o klimacie. - Musimy szybko działać razem - apelowała, zaznaczając, "
            "że „nikt nie zrobi tego za nas, bo czasu jest coraz mniej”.")
    article, prediction = analyse(text, lang="pl")
    rows = found(article, prediction)
    speech = quote_with(rows, "Musimy szybko działać razem")
    assert speech[0] == "direct" and speech[1].startswith("Musimy") and speech[3] == "Anna Wilk"
    clause = quote_with(rows, "nikt nie zrobi tego")
    assert clause[0] == "mixed" and "Musimy" not in clause[1] and clause[3] == "Anna Wilk"


@pytest.mark.parametrize("text,clause", [
    ("Title\n\nThere is only one road north, the guide said, and travellers can only use it in summer.",
     "There is only one road north, the guide said, and travellers can only use it in summer"),
    ("Title\n\nThe old bridges in the valley are unsafe, Tom Hale argued, and the council should close them soon.",
     "The old bridges in the valley are unsafe, Tom Hale argued, and the council should close them soon"),
])
def test_a_tag_in_commas_with_the_words_going_on_reports_the_whole_sentence(text, clause):
    """A speech tag set in commas inside a sentence whose words go on after it (not with "but", "that" or
    another report) reports the whole sentence, not only the words before the tag."""
    article, prediction = analyse(text)
    rows = [r for r in found(article, prediction) if r[0] == "indirect"]
    assert [r[1] for r in rows] == [clause]


def test_a_possessor_is_no_antecedent_of_a_speaking_pronoun():
    """"Speaking on Friday, Lew said he was upset with the report, but felt vindicated by Boudreau’s note. “...,” he
    said.": a name in the possessive ("Boudreau’s") is not who "he" stands for; the speaker just reported is."""
    text = ("Title\n\nPaul Marsh wrote a report on Adam Lee. He said that the vote was fair, and he said he could "
            "not tell more.\n\nSpeaking on Friday, Lee, the treasurer, said he was upset at first, but felt better "
            "after Marsh’s note.\n\n"
            "“I thought the note was very important and I was glad to read it,” he said.")
    article, prediction = analyse(text)
    row = quote_with(found(article, prediction), "I thought the note")
    assert row[3] == "Adam Lee"


def test_the_ing_form_of_any_cue_verb_before_that_is_a_participle_cue():
    """"signed a statement affirming that ...", "published a memo revealing that ...": the -ing form of a cue verb
    followed by "that" reports the clause after it, like "saying that"."""
    article, prediction = analyse("Title\n\nThe nurse Dana Ross signed a statement affirming that she had seen the "
                                  "files in the office.")
    row = quote_with(found(article, prediction), "she had seen the files")
    assert row[0] == "indirect" and row[2] == "affirming"


def test_a_common_noun_with_prepositional_phrases_opening_the_sentence_is_the_subject():
    """"The student at the centre of the row says he’s certain ...": no name or role before the cue, but the
    sentence opens with a determiner, a noun and its prepositional phrases (no verb): that phrase speaks."""
    article, prediction = analyse("Title\n\nThe student at the centre of the row says he’s certain the climate "
                                  "will improve.")
    row = quote_with(found(article, prediction), "the climate will improve")
    assert row[0] == "indirect" and "student" in row[3]


@pytest.mark.parametrize("text", [
    "Title\n\nPaul Marsh wrote it. Marsh, however, said he understood why the students were angry.",
    "Title\n\nPaul Marsh wrote it. Marsh, a retired professor of law, however, said he understood why the students "
    "were angry.",
])
def test_a_discourse_adverb_in_commas_before_the_cue_is_skipped(text):
    """"X, however, said", "X, a retired professor of law, however, said": the adverb set in commas stands between
    the subject (or its apposition) and the cue."""
    article, prediction = analyse(text)
    row = quote_with(found(article, prediction), "the students were angry")
    assert row[3] == "Paul Marsh"


def test_a_coordinated_cue_after_an_opening_adverbial_takes_the_subject_after_its_comma():
    """"During a debate with X, Ellison was asked about ..., but then claims that ...": the subject of the
    coordinated cue is the name right after the opening adverbial's comma."""
    article, prediction = analyse("Title\n\nDuring a debate with his rival Tom Ward, Ken Ellis was asked about his "
                                  "old friends, but then claims that he has left them behind.")
    row = quote_with(found(article, prediction), "he has left them behind")
    assert row[3] == "Ken Ellis"


def test_a_gendered_past_verb_opening_a_sentence_is_no_name_and_its_tag_speaks_for_a_person():
    """"Wezwał jednak ministra, by ... "..." - dodał.": a capitalised past-tense verb opening the sentence before
    is no surname, and a subjectless masculine or feminine verb speaks for a person, the one reported last."""
    text = ("Tytuł\n\nPremier Jan Nowak powiedział, że rozmawiał z ministrem. Wezwał jednak ministra, by działał "
            "szybciej. \"Wczoraj było dużo pracy. Trzeba działać szybciej\" - dodał.")
    article, prediction = analyse(text, lang="pl")
    row = quote_with(found(article, prediction), "Wczoraj było dużo pracy")
    assert row[3] == "Jan Nowak"


@pytest.mark.parametrize("lang,text,snippet", [
    ("pl", "Tytuł\n\nEmmanuel Dubois odwiedził Kijów. Prezydent Francji przekazał, że rozmawiał z ministrami o pokoju.",
     "rozmawiał z ministrami"),
    ("ru", "Заголовок\n\nЭммануэль Дюбуа посетил Киев. Президент Франции сообщил, что говорил с министрами о мире.",
     "говорил с министрами"),
])
def test_a_role_of_a_country_opening_a_sentence_is_a_person(lang, text, snippet):
    """"Prezydent Francji przekazał", "Президент Франции сообщил": a role with a country's genitive is a person
    (the one just named), not the country, also when the role is capitalised at the start of the sentence."""
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[3] is not None and row[3].lower().startswith(("prezydent", "президент"))


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Заголовок\n\nО болезни Петра Волкова сообщил сайт. Волков сказал, что вернётся к работе в июле.",
     "Петр Волков"),
    ("pl", "Tytuł\n\nDziennikarze pytali o zdanie Jana Nowaka. Nowak powiedział, że wróci do pracy w lipcu.",
     "Jan Nowak"),
])
def test_a_person_first_named_in_an_oblique_case_takes_the_plain_surname(lang, text, name):
    """A person first named in the genitive ("Петра Волкова", "Jana Nowaka") whose surname also stands alone in a
    shorter form ("Волков", "Nowak") is named in that form, with the same ending dropped from the first name."""
    article, prediction = analyse(text, lang=lang)
    rows = [r for r in found(article, prediction) if r[0] == "indirect"]
    assert rows and rows[0][3] == name


def test_a_channel_after_a_fused_article_is_no_person_and_a_cue_before_a_colon_reports_the_words_after_it():
    """"sulla TV russa Rossiya": a lowercase descriptor does not make the name after a (fused) definite article a
    person, so the participle "dicendo" speaks for the person named after the comma; a cue closing its sentence
    with a colon introduces the words that follow, not the clause before it."""
    text = ("Titolo\n\nIeri sulla TV russa Rossiya 1, Marco Neri ha parlato della crisi, dicendo:\n\n"
            "\"Stiamo assistendo a tentativi di attribuire ad altri la responsabilità della crisi\".")
    article, prediction = analyse(text, lang="it")
    rows = found(article, prediction)
    assert [r[0] for r in rows] == ["direct"] and rows[0][3] == "Marco Neri"


@pytest.mark.parametrize("lang,text,quote", [
    ("fr", "Titre\n\nLa ministre portugaise : « On ne nous a jamais consultés »\n\nLe texte a été adopté mardi.",
     "On ne nous a jamais consultés"),
    ("en", "Title\n\nThe spokesman: \"We were never consulted on this plan\"\n\nThe text was adopted on Tuesday.",
     "We were never consulted on this plan"),
])
def test_a_role_description_before_a_colon_introduces_a_quote(lang, text, quote):
    """A label made of a determiner, a role noun and lowercase words before a colon ("La ministre portugaise :",
    "The spokesman:") introduces the quote after it, spoken by that described person."""
    article, prediction = analyse(text, lang=lang)
    rows = [r for r in found(article, prediction) if r[0] == "direct"]
    assert [r[1].strip() for r in rows] == [quote] and rows[0][3] is not None


def test_a_cue_followed_by_that_reports_the_clause_after_it_not_the_words_before():
    """"Ignoring all the critics of the plan, Tom Hale said on Sunday that, “...”": a cue whose
    clause follows a complementizer reports that clause, even when a sentence's opening words stand before it."""
    text = "Title\n\nIgnoring all the critics of the plan, Tom Hale said on Sunday that, “the bridge will be finished next year.”"
    article, prediction = analyse(text)
    rows = found(article, prediction)
    assert len(rows) == 1 and "bridge will be finished" in rows[0][1] and "Ignoring" not in rows[0][1]


@pytest.mark.parametrize("lang,text,snippet", [
    ("en", "Title\n\nIn a long speech, Hungary’s Prime Minister said that the border would stay closed.",
     "the border would stay closed"),
    ("en", "Title\n\nOn Monday the Kremlin’s spokesman said that the talks would go on.", "the talks would go on"),
])
def test_a_role_of_a_country_or_body_in_the_possessive_is_a_person(lang, text, snippet):
    """"Hungary’s Prime Minister said", "the Kremlin’s spokesman said": the role named after a country or body in
    the possessive speaks, not the country or body."""
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[3] is not None and row[3] not in ("Hungary", "Kremlin")


def test_romance_cue_with_di_and_infinitive_reports_the_infinitive_clause():
    # Italian/French/Spanish report the speaker's own statement with "di"/"de" and an infinitive,
    # also after an addressee; a request or a promise with "di" is no report
    rows = found(*analyse("Titolo\n\nIl sindaco Paolo Verdi ha ribadito di aver già chiuso il ponte sul fiume.\n\n"
                          "Verdi ha raccontato ieri alla radio di essere stato minacciato dai vicini.\n\n"
                          "Il sindaco ha chiesto di essere ascoltato dal prefetto.", "it"))
    assert quote_with(rows, "chiuso il ponte") == (
        "indirect", "aver già chiuso il ponte sul fiume", "ribadito", "Paolo Verdi")
    assert quote_with(rows, "minacciato")[1] == "essere stato minacciato dai vicini"
    assert not [r for r in rows if "ascoltato" in r[1]]


def test_speech_tag_between_dashes_reports_the_whole_sentence():
    # a tag set off by dashes inside a sentence without quote marks: the words before and after it
    # are the report (as a tag set in commas), even two words after it or a relative "che"
    rows = found(*analyse("Titolo\n\nIl generale Marco Neri parla della crisi.\n\n"
                          "Prima di arrivare alla rottura – dice Neri – il governo ha altre strade.\n\n"
                          "Un rischio – aggiunge il generale – che potrebbe costare caro.\n\n"
                          "Con un governo così – conclude Neri – si affonda.", "it"))
    assert quote_with(rows, "altre strade")[:2] == (
        "indirect", "Prima di arrivare alla rottura – dice Neri – il governo ha altre strade")
    assert quote_with(rows, "costare caro")[1] == "Un rischio – aggiunge il generale – che potrebbe costare caro"
    assert quote_with(rows, "si affonda")[1] == "Con un governo così – conclude Neri – si affonda"
    assert {r[3] for r in rows} == {"Marco Neri"}


def test_impersonal_form_of_a_cue_verb_reports_the_clause_after_it():
    # Russian reflexive and Polish "-no" forms of any cue verb, derived from the verb, before "что"/"że"
    rows = found(*analyse("Заголовок\n\nУточняется, что мост через реку закроют на ремонт.\n\n"
                          "Ранее сообщалось, что суд отменил прежнее решение.", "ru"))
    assert quote_with(rows, "мост через реку")[:3] == ("indirect", "мост через реку закроют на ремонт", "Уточняется")
    assert quote_with(rows, "суд отменил")[:3] == ("indirect", "суд отменил прежнее решение", "сообщалось")
    rows = found(*analyse("Tytuł\n\nZaznaczono, że most zostanie zamknięty z powodu remontu.\n\n"
                          "Podano wyniki głosowania.", "pl"))
    assert [r[:3] for r in rows] == [("indirect", "most zostanie zamknięty z powodu remontu", "Zaznaczono")]


def test_direct_quote_without_cue_or_speaker_takes_the_nearest_quoted_speaker():
    # an interview quoted paragraph by paragraph: a quote with no cue and no speaker in its paragraph is
    # the words of the speaker quoted last (in its own or the two paragraphs before)
    text = ("Titolo\n\nIl generale Carlo Rossi parla della guerra.\n\n"
            "«La strategia è sbagliata», dice Rossi.\n\n"
            "Le armi dell'Occidente\n\n"
            "«Gli alleati hanno mandato molte armi e la linea tiene ancora bene».")
    rows = found(*analyse(text, "it"))
    assert quote_with(rows, "linea tiene")[3] == "Carlo Rossi"


def test_words_after_and_in_a_title_close_the_title_not_the_name():
    # "<Title> of X and Y <First> <Last>": the word after "and" is the title's second object
    rows = found(*analyse("Title\n\nMinister of Foreign Affairs and Trade Jan Novak said on Monday that the plant "
                          "would close.\n\n\u201cWe will not give in,\u201d Novak said."))
    assert quote_with(rows, "plant would close")[3] == "Jan Novak"
    assert quote_with(rows, "not give in")[3] == "Jan Novak"


def test_english_pronoun_after_cue_with_its_verb_opens_the_clause_not_an_inversion():
    # "X, <apposition>, says he was ...": the pronoun and its verb are the reported clause's subject,
    # not a speaker inverted after the cue ('"...," says he')
    rows = found(*analyse("Title\n\nThe farmer, a retired teacher, says he was the owner of the field."))
    assert quote_with(rows, "owner of the field")[:3] == ("indirect", "he was the owner of the field", "says")


def test_english_unnamed_speaker_opening_its_clause_is_a_description():
    # a determiner, possessive or quantifier and a common noun right before the cue, opening the clause,
    # name an unnamed speaker ("every person", "her team", "one resident"); not the object of a preposition
    rows = found(*analyse("Title\n\nWith few exceptions, every guest said they have seen the damage.\n\n"
                          "One resident said the water had been brown for weeks."))
    assert quote_with(rows, "seen the damage")[:3] == ("indirect", "they have seen the damage", "said")
    assert quote_with(rows, "seen the damage")[3] is not None
    assert quote_with(rows, "brown for weeks")[3] == "resident"


def test_english_bare_clause_whose_subject_carries_a_phrase():
    # no "that": a subject with a prepositional phrase or an infinitive before its auxiliary still
    # opens the reported clause
    rows = found(*analyse("Title\n\nThe mayor said in a public address on Tuesday some residents in the valley "
                          "had already returned home.\n\n"
                          "John Smith spoke on Monday. He acknowledged the effort to clean the river was in its "
                          "early stages."))
    assert quote_with(rows, "returned home")[:2] == ("indirect", "some residents in the valley had already returned home")
    assert quote_with(rows, "early stages")[:2] == ("indirect", "the effort to clean the river was in its early stages")


def test_but_with_an_auxiliary_agreeing_with_the_clause_subject_continues_the_report():
    rows = found(*analyse("Title\n\nJohn Smith said he was not worried about the vote, but was ready to fight for the bill.\n\n"
                          "The officials insisted that the money was lost, but have provided no evidence."))
    assert quote_with(rows, "worried")[1] == "he was not worried about the vote, but was ready to fight for the bill"
    assert quote_with(rows, "money was lost")[1] == "the money was lost"


def test_concessive_clause_after_a_comma_ends_the_report():
    rows = found(*analyse("Title\n\nJohn Smith spoke. He also said the bridge had collapsed, though in fact it still stands."))
    assert quote_with(rows, "bridge had collapsed")[1] == "the bridge had collapsed"


def test_titles_written_with_a_full_stop_do_not_end_a_sentence():
    # every title the lexicons write with a full stop ("Rev.") is an abbreviation
    rows = found(*analyse("Title\n\nAccording to a report by the local paper, the bishop made the remarks in a talk "
                          "about Rev. John Miller last week."))
    assert quote_with(rows, "made the remarks")[1] == "the bishop made the remarks in a talk about Rev. John Miller last week"


def test_headline_cue_in_title_case_reports_the_words_after_it():
    # a headline's capitalised "Says"/"Claims" is a cue; its subject is a description, so the speaker is
    # whoever the body quotes first
    rows = found(*analyse("Ex-Sailor Pardoned By Governor Says He’s Suing The Navy\n\n"
                          "A former sailor, Kristian Miller, said on Monday that he would sue the Navy."))
    assert quote_with(rows, "Suing The Navy")[1:] == ("He’s Suing The Navy", "Says", "Kristian Miller")


def test_a_genitive_with_an_elided_article_continues_the_speaker_phrase():
    # "le chef de l’État Emmanuel Macron": the body behind "de l’" belongs to the role, the name closes it
    rows = found(*analyse("Titre\n\n«La guerre doit cesser», a insisté à Berlin le chef de l’État Paul Martin, "
                          "en oubliant la Chine.", "fr"))
    assert quote_with(rows, "guerre doit cesser")[3] == "Paul Martin"


def test_the_agent_of_an_interview_participle_is_not_the_speaker():
    # "ha spiegato intervistato da <channel>": the channel interviewed the speaker, who goes on
    rows = found(*analyse("Titolo\n\nSecondo Fabio Neri, capo della protezione civile, la crisi è grave. "
                          "«Ci stiamo lavorando con le Regioni» in tutte le aree colpite, ha spiegato intervistato da "
                          "Radio Sole.", "it"))
    assert quote_with(rows, "Ci stiamo lavorando")[3] == "Fabio Neri"


def test_closing_tag_with_as_and_closing_tag_before_a_colon_report_the_clause_before():
    rows = found(*analyse("Titolo\n\nIl rischio di una crisi è reale, come spiega Stefano Neri, ministro dell'Agricoltura.", "it"))
    assert quote_with(rows, "rischio")[:4] == ("indirect", "Il rischio di una crisi è reale", "spiega", "Stefano Neri")
    rows = found(*analyse("Title\n\nThe river has been polluted for years, as the mayor explained on Monday.\n\n"
                          "Lawmakers are figuring out how to respond to the request, the Daily Courier reports:\n\n"
                          "\u201cWe will decide next week.\u201d"))
    assert quote_with(rows, "polluted")[1] == "The river has been polluted for years"
    assert quote_with(rows, "figuring out")[1:3] == (
        "Lawmakers are figuring out how to respond to the request", "reports")


def test_how_and_a_clause_after_a_cue_is_a_reported_fact_not_a_question():
    rows = found(*analyse("Title\n\nJohn Carter pointed out how the bankers are pushing the city into debt.\n\n"
                          "Mary Jones asked how the bankers are paid."))
    assert quote_with(rows, "pushing the city")[1:4] == (
        "the bankers are pushing the city into debt", "pointed out", "John Carter")
    assert not [r for r in rows if "are paid" in r[1]]


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Заголовок\n\nПо словам Сергея Лаврова, переговоры зашли в тупик и продолжатся позже.", "Сергей Лавров"),
    ("ru", "Заголовок\n\nПо словам Дмитрия Пескова, переговоры зашли в тупик и продолжатся позже.", "Дмитрий Песков"),
    ("pl", "Tytuł\n\nWedług Mateusza Morawieckiego rozmowy utknęły w martwym punkcie.", "Mateusz Morawiecki"),
])
def test_a_person_named_only_in_the_genitive_after_a_source_phrase_is_named_in_the_nominative(lang, text, name):
    rows = found(*analyse(text, lang))
    assert rows and rows[0][3] == name


@pytest.mark.parametrize("lang, text, clause", [
    ("pl", "Tytuł\n\nJan Kowalski napisał książkę. Twierdzi on, że wojna jest widziana zbyt jednostronnie.",
     "wojna jest widziana zbyt jednostronnie"),
    ("ru", "Заголовок\n\nИван Петров написал книгу. Утверждает он, что война видится слишком однобоко.",
     "война видится слишком однобоко"),
    ("de", "Titel\n\nJan Weber schrieb ein Buch. Dabei behauptet er, dass der Krieg zu einseitig gesehen wird.",
     "der Krieg zu einseitig gesehen wird"),
])
def test_an_inverted_pronoun_subject_before_the_complementizer_reports_the_clause_after_it(lang, text, clause):
    rows = found(*analyse(text, lang))
    assert [(r[1], r[3]) for r in rows] == [(clause, text.split("\n\n")[1].split(" ")[0] + " " + text.split("\n\n")[1].split(" ")[1])]


def test_german_past_plural_of_a_cue_verb_is_a_cue():
    # derived from the singular ("sagten" from "sagte"); an adjective after an article is not one
    rows = found(*analyse("Titel\n\nDie Minister sagten, die Lage sei ernst und werde schlimmer.\n\n"
                          "Die erklärten Ziele der Regierung sind bekannt.", "de"))
    assert [r[:3] for r in rows] == [("indirect", "die Lage sei ernst und werde schlimmer", "sagten")]


def test_apostrophes_eliding_a_year_or_a_word_never_open_a_quote():
    # an elided year ("‘19", "’80s") or "‘n’" is an apostrophe, so the next paragraph's quote stays whole
    text = ("The fair Expo ‘19 drew crowds who loved the ’80s and rock ‘n’ roll.\n\n"
            "\u201cWe sold every ticket,\u201d the organiser said.")
    rows = found(*analyse(text))
    assert [r[:2] for r in rows] == [("direct", "We sold every ticket,")]


def test_an_open_low_mark_closes_at_its_paragraph_end_before_a_new_quote():
    # Polish and German „ are not repeated at the start of a continued paragraph: a „ left open at a
    # paragraph's end closes there, and a next paragraph opening with „ holds a quote of its own
    text = ("Burmistrz Adam Lis mówił: „Nie oddamy tego parku.\n\n"
            "„Będziemy protestować” – powiedziała radna Ewa Kos.")
    rows = found(*analyse(text, "pl"))
    assert ("direct", "Nie oddamy tego parku.") in [r[:2] for r in rows]
    assert quote_with(rows, "Będziemy protestować")[1] == "Będziemy protestować"
    # the English convention is untouched: a “ reopened at the next paragraph continues the quote
    text = ("The mayor said: \u201cWe will not sell the park.\n\n"
            "\u201cWe will fight for it,\u201d he added.")
    rows = found(*analyse(text))
    assert ("direct", "We will not sell the park.\n\n\u201cWe will fight for it,") in [r[:2] for r in rows]


@pytest.mark.parametrize("lang, text, clause, cue", [
    # forms the lexicons do not list, generated from the listed ones by regular suffix rules
    ("pl", "Tytuł\n\nEksperci zauważyli, że rzeka jest coraz bardziej zanieczyszczona.",
     "rzeka jest coraz bardziej zanieczyszczona", "zauważyli"),  # plural of "zauważył"
    ("pl", "Tytuł\n\nW raporcie zwrócono uwagę, że ceny wzrosły o połowę.",
     "ceny wzrosły o połowę", "zwrócono uwagę"),  # impersonal of the phrase "zwrócił uwagę"
    ("ru", "Заголовок\n\nПредставители компании заверили, что цены не вырастут до весны.",
     "цены не вырастут до весны", "заверили"),  # plural past of "заверил"
    ("de", "Titel\n\nDie Forscher bemerken, dass das Eis schneller schmilzt als erwartet.",
     "das Eis schneller schmilzt als erwartet", "bemerken"),  # present plural of "bemerkt"
    ("de", "Titel\n\nDie Forscher teilten mit, dass das Eis schneller schmilzt.",
     "das Eis schneller schmilzt", "teilten mit"),  # plural of the phrase "teilte mit"
    ("it", "Titolo\n\nI sindacati denunciavano che i salari erano troppo bassi.",
     "i salari erano troppo bassi", "denunciavano"),  # imperfetto plural of "denunciato"
    ("fr", "Titre\n\nLes syndicats déploraient que les salaires soient trop bas.",
     "les salaires soient trop bas", "déploraient"),  # imparfait plural of "déploré"
    ("en", "Title\n\nThe officer testifies that he saw the car leave at night.",
     "he saw the car leave at night", "testifies"),  # third person of "testify"
])
def test_generated_inflections_of_listed_cue_verbs_are_cues(lang, text, clause, cue):
    rows = found(*analyse(text, lang))
    assert [r[:3] for r in rows] == [("indirect", clause, cue)]


def test_generated_cue_forms_are_weak_and_a_german_infinitive_before_a_modal_is_none():
    # a generated form reports only before a quote or a complementizer, like the weak listed cues
    assert found(*analyse("Titel\n\nDie Minister bemerken den Fehler nicht.", "de")) == []
    assert found(*analyse("Titel\n\nDie Ärzte hätten die Eltern warnen müssen, dass die Lage ernst ist.", "de")) == []
    # a generated form still closes a dash speech tag after a quote
    rows = found(*analyse("Tytuł\n\nPosłanka Anna Kos mówiła o klimacie. - Musimy prowadzić realistyczną politykę "
                          "- apelowała, wskazując na dane.", "pl"))  # "apelowała" from the listed "apelował"
    assert ("direct", "Musimy prowadzić realistyczną politykę", "apelowała", "Anna Kos") in rows


def test_cue_inflections_are_generated_once_and_keep_out_other_words():
    from spinscope.attribution.lexicon import GENERATED_CUES, LEXICONS
    from spinscope.attribution.morphology import inflect
    assert {"zauważyli", "zauważyła", "zaznaczał", "zaznaczono"} <= set(inflect("pl", frozenset({"zauważył", "zaznaczył"})))
    # the perfective partner of an imperfective ("przekonywał" -> "przekonał", "podkreślał" -> "podkreślił")
    assert {"przekonał", "przekonała", "podkreślił", "zaznaczył"} <= set(
        inflect("pl", frozenset({"przekonywał", "podkreślał", "zaznaczał"})))
    assert {"répondit", "répondait", "avertissait"} <= set(inflect("fr", frozenset({"répondu", "averti"})))
    assert {"scriveva", "scrivono", "ribadiva", "ribadiscono"} <= set(inflect("it", frozenset({"scrive", "ribadisce"})))
    assert {"заявило", "заявили"} <= set(inflect("ru", frozenset({"заявил"})))
    assert {"betonen", "betonten", "betone"} <= set(inflect("de", frozenset({"betonte"})))
    # English: a listed past gives its present and a present its past ("called" -> "calls": "Flake calls Trump ...")
    assert {"calls", "denies", "quips", "replied", "insisted"} <= set(
        inflect("en", frozenset({"called", "denied", "quipped", "replies", "insists"})))
    for lang, lex in LEXICONS.items():
        assert set(GENERATED_CUES[lang]) <= lex.cue_verbs
        assert not set(GENERATED_CUES[lang]) & (lex.determiners | lex.stop_capitalised | lex.titles)


@pytest.mark.parametrize("lang, text, speaker", [
    # an article and an unnamed noun heading the subject before a cue is a description speaker,
    # by its shape (no list of the nouns): Italian, French, German as in English
    ("it", "Titolo\n\nI firmatari hanno detto che il piano fallirà entro l'estate.", "firmatari"),
    ("it", "Titolo\n\nDopo il voto, gli scrutatori hanno spiegato che le schede erano nulle.", "scrutatori"),
    ("fr", "Titre\n\nLes grévistes ont affirmé que la réforme était injuste.", "grévistes"),
    ("de", "Titel\n\nDer Inhaftierte berichtet: „Wir bekamen kein Wasser.“", "Inhaftierte"),
    ("de", "Titel\n\nDie befragten Forscher bemerken, dass das Eis schneller schmilzt.", "befragten Forscher"),
    ("en", "Title\n\nThe signatories said that the plan would fail.", "signatories"),
])
def test_an_article_and_an_unnamed_noun_before_a_cue_is_a_description_speaker(lang, text, speaker):
    rows = found(*analyse(text, lang))
    assert len(rows) == 1 and rows[0][3] is not None and rows[0][3].endswith(speaker.split()[-1])


def test_an_article_noun_not_opening_its_clause_is_no_speaker():
    # the article must open the clause: "per i firmatari" is a preposition's object, not the subject
    rows = found(*analyse("Titolo\n\nIl sindaco Marco Neri, contrario per i firmatari, ha detto che il piano fallirà.", "it"))
    assert rows and rows[0][3] == "Marco Neri"


def test_a_spaced_straight_mark_before_punctuation_closes_a_curly_quote():
    # a copy that spaced its marks: '“ ... panico ", hanno osservato. " ... " ': the straight mark before the
    # comma closes the curly one (a mark followed by punctuation opens nothing), the next pair is a quote
    text = ("Titolo\n\nI medici hanno scritto una lettera.\n\n"
            "\u201c Non serve alcun allarme. Quindi niente panico \", hanno osservato. \" Siamo contrari al piano. \" ")
    rows = found(*analyse(text, "it"))
    assert [r[:2] for r in rows] == [("direct", "Non serve alcun allarme. Quindi niente panico"),
                                     ("direct", "Siamo contrari al piano.")]


@pytest.mark.parametrize("lang, text, cue, source", [
    # "as <cue participle> by X" is a source phrase like "according to X", for every participle of the lexicon
    ("en", "Title\n\nAs reported by The Boston Globe, the city council voted to close the shelter.",
     "As reported by", "Boston Globe"),
    ("en", "Title\n\nAs revealed by The Boston Globe, the city council voted to close the shelter.",
     "As revealed by", "Boston Globe"),
    ("it", "Titolo\n\nCome riportato da La Stampa, il consiglio comunale ha chiuso il rifugio.",
     "Come riportato da", "Stampa"),
])
def test_as_a_cue_participle_by_a_source_reports_the_clause(lang, text, cue, source):
    rows = found(*analyse(text, lang))
    assert len(rows) == 1 and rows[0][0] == "indirect" and rows[0][2] == cue and source in rows[0][3]


def test_a_generated_cue_form_after_a_reflexive_clitic_is_no_report():
    # "se confirment" is a reflexive verb; without the clitic the same generated form reports
    assert found(*analyse("Titre\n\nMais si les sondages se confirment et que les Verts obtiennent plus de 20 %, "
                          "les autres partis devront chercher un accord.", "fr")) == []
    rows = found(*analyse("Titre\n\nLes sondages confirment que la gauche gagnera les élections.", "fr"))
    assert [r[:3] for r in rows] == [("indirect", "la gauche gagnera les élections", "confirment")]


def test_a_german_article_noun_is_a_description_speaker_only_as_the_subject_opening_its_clause():
    # "Die Lage hat sich so zugespitzt, dass ...": 'so' is no verb; "über die Sache" is a preposition's object
    rows = found(*analyse("Titel\n\nDie Lage hat sich so zugespitzt, dass ein Krieg droht.", "de"))
    assert all(r[3] != "Lage" for r in rows)
    rows = found(*analyse("Titel\n\nDie Gewerkschaft erklärte am Samstag, dass sie das Angebot ablehnt.", "de"))
    assert rows and rows[0][3] is not None and rows[0][3].endswith("Gewerkschaft")


# --- round 3: speaker names (set D's errors) ---------------------------------------------------

def test_a_first_person_of_another_language_is_no_writer_and_a_conjunction_is_no_subject():
    # Polish "I" is "and": "I dodała, że ..." continues the last speaker, it is not the writer "I"
    article, pred = analyse(
        "Tę kwestię należy rozwiązać – podkreśliła Ursula von der Leyen. I dodała, że Polska musi "
        "również w pełni zastosować się do postanowienia Trybunału.", lang="pl")
    rows = found(article, pred)
    assert quote_with(rows, "Polska musi")[3] == "Ursula von der Leyen"
    assert all(r[3] != "I" for r in rows)
    # English "I" outside quotes is still the writer
    article, pred = analyse("As I have said before, the footage shows a helicopter over the crowd.")
    assert all(r[3] in (None, "I") for r in found(article, pred))


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Moderator Ben Armstrong sagte, dass Fauci schuld sei.", "Ben Armstrong"),
    ("de", "Laut dem Journalisten Ben Armstrong ist Fauci schuld.", "Ben Armstrong"),
    ("de", "„Es ist Dummheit“, sagte der Journalistin Anna Weber zufolge der Arzt.", "Anna Weber"),
    ("pl", "Publicysta Rafał Ziemkiewicz powiedział, że rząd daje się robić w bambuko.", "Rafał Ziemkiewicz"),
    ("ru", "Политолог Дмитрий Дробницкий заявил, что Байдена начали топить.", "Дмитрий Дробницкий"),
    ("en", "Presenter John Smith said the epidemic was ahead of us.", "John Smith"),
    ("fr", "Chroniqueur Jean Dupont a déclaré que la France était en crise.", "Jean Dupont"),
])
def test_a_role_noun_in_any_form_before_a_name_is_the_title(lang, text, name):
    article, pred = analyse(text, lang=lang)
    speakers = [q.speaker for q in pred.quotes if q.speaker is not None]
    assert speakers and speakers[0].name == name, found(article, pred)
    assert speakers[0].title


def test_a_capitalised_particle_after_an_honorific_opens_the_surname():
    article, pred = analyse("– Tę kwestię należy rozwiązać – stwierdziła Pani Von der Leyen.", lang="pl")
    assert [(q.speaker.name, q.speaker.title) for q in pred.quotes] == [("Von der Leyen", "Pani")]


def test_two_particles_before_a_surname_stay_in_the_name_after_the_cue():
    article, pred = analyse("Tę kwestię należy rozwiązać – podkreśliła Ursula von der Leyen.", lang="pl")
    assert [q.speaker.name for q in pred.quotes] == ["Ursula von der Leyen"]


def test_generated_role_forms_cover_case_and_gender():
    from spinscope.attribution.lexicon import LEXICONS
    assert {"journalisten", "moderator", "präsidentinnen"} <= LEXICONS["de"].role_forms
    assert {"politologa", "представителя", "политолога"} & LEXICONS["ru"].role_forms == {"представителя", "политолога"}
    assert {"posła", "publicysty", "przewodniczącej"} <= LEXICONS["pl"].role_forms
    assert {"cronisti", "direttrice", "ministri"} <= LEXICONS["it"].role_forms
    assert {"directrice", "journalistes"} <= LEXICONS["fr"].role_forms
    assert "the" not in LEXICONS["en"].role_forms and "i" not in LEXICONS["pl"].role_forms


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Laut dem Journalisten Ben Armstrong von The New American sollte Fauci verantwortlich gemacht werden.",
     "Ben Armstrong"),
    ("de", "Die Untersuchung von Edward Dowd ergab nichts. „Es ist entweder Dummheit oder ein Plan“, sagte Edward Dowd.",
     "Edward Dowd"),
    ("fr", "Selon Mathieu Ichou de l'Ined, les écarts se réduisent.", "Mathieu Ichou"),
    ("it", "Secondo Mario Rossi di Forza Italia, il governo cadrà.", "Mario Rossi"),
])
def test_a_particle_after_a_full_name_is_a_preposition_not_part_of_the_name(lang, text, name):
    article, pred = analyse(text, lang=lang)
    names = [q.speaker.name for q in pred.quotes if q.speaker is not None]
    assert names and names[-1] == name, found(article, pred)
    assert all(" von " not in e.name and " di " not in e.name for e in pred.entities if e.kind == "person")


def test_a_particle_before_a_surname_stays_in_the_name():
    for lang, text, name in [("de", "Ursula von der Leyen sagte, dass Polen das Urteil umsetzen müsse.", "Ursula von der Leyen"),
                             ("fr", "Philippe de Villiers a déclaré que la France était en crise.", "Philippe de Villiers")]:
        article, pred = analyse(text, lang=lang)
        assert [q.speaker.name for q in pred.quotes] == [name], found(article, pred)


@pytest.mark.parametrize("lang, text, name", [
    ("it", "A rafforzare il rilancio, la dichiarazione del Segretario generale della Nato Jens Stoltenberg, "
           "il quale ha affermato che la guerra potrebbe durare anni.", "Jens Stoltenberg"),
    ("fr", "Le texte a été signé par Jean Dupont, lequel a déclaré que la France était en crise.", "Jean Dupont"),
])
def test_a_relative_pronoun_is_never_the_speaker_its_antecedent_is(lang, text, name):
    article, pred = analyse(text, lang=lang)
    names = [q.speaker.name for q in pred.quotes if q.speaker is not None]
    assert names == [name], found(article, pred)


def test_a_relative_pronoun_without_a_named_antecedent_gives_no_speaker_name():
    article, pred = analyse("Jest w Sejmie jedynym politykiem, który zwraca uwagę, że ustawa jest zła.", lang="pl")
    assert all(q.speaker is None or q.speaker.name.lower() != "który" for q in pred.quotes), found(article, pred)


def test_a_german_full_name_in_the_genitive_after_a_noun_is_the_person_without_noun_or_s():
    text = ("Der Film beleuchtet die Außenpolitik Emmanuel Macrons. Macron sagte, es werde "
            "„keinen dauerhaften Frieden geben“, wenn Russland sich nicht füge.")
    article, pred = analyse(text, lang="de")
    names = {e.name for e in pred.entities if e.kind == "person"}
    assert "Emmanuel Macron" in names and not any("Außenpolitik" in n or n.endswith("Macrons") for n in names)
    assert [q.speaker.name for q in pred.quotes if q.speaker] == ["Emmanuel Macron"]
    # a surname ending in -s that the article never writes without it stays whole
    article, pred = analyse("Die Sendung Alex Jones lief lange. Alex Jones sagte, er höre nicht auf.", lang="de")
    assert any(e.name == "Alex Jones" for e in pred.entities)


def test_a_preposition_and_article_after_a_german_noun_are_no_name_particles():
    article, pred = analyse("„Mit einem Ergebnis ist bald zu rechnen“, sagte der Kindermediziner von der Universität Mainz.",
                            lang="de")
    assert all(q.speaker is None or q.speaker.name != "Mainz" for q in pred.quotes), found(article, pred)


def test_a_complementizer_is_no_relative_pronoun_subject():
    article, pred = analyse("Joe Biden aveva parlato a lungo. L’americanista Arnaldo Testi, ricostruendo quella crisi, "
                            "osserva che “il patto era così segreto che la leadership visse la soluzione come un colpo”.",
                            lang="it")
    assert all(q.speaker is None or q.speaker.name != "Joe Biden" for q in pred.quotes if "patto" in article.text[q.start:q.end])


@pytest.mark.parametrize("lang, text, name, mentions", [
    ("en", "Allies meet\n\nNATO said on Monday that it would send more troops. Russia warned NATO again, "
           "and Russia's envoy said the EU would regret it.", "NATO", 1),
    ("fr", "Les alliés\n\nL'OTAN a affirmé lundi qu'elle enverrait des troupes. La Russie a averti l'OTAN, "
           "et la Russie a dit que l'UE le regretterait.", "L'OTAN", 1),
])
def test_nato_is_an_organisation_and_its_speaker(lang, text, name, mentions):
    # NATO and the EU merge across languages like countries, but they are organisations; "NATO said"
    # is NATO speaking, not a person described by the title word "NATO"
    article = nlp(text, lang=lang)
    prediction = predict(article)
    annotate(article, prediction)
    entities = json.loads(json.dumps(article_to_dict(article)))["entities"]
    nato = [e for e in entities if e["name"] == name]
    assert len(nato) == 1 and nato[0]["kind"] == "organisation" and nato[0]["mention_count"] >= mentions
    assert next(e for e in entities if e["name"] in ("Russia", "Russie"))["kind"] == "country"
    assert prediction.quotes[0].speaker.name == name


@pytest.mark.parametrize("lang, text, clause, speaker", [
    ("en", "The drought is bad. According to court documents and prosecutors, Patel traveled to China in July 2016.",
     "Patel traveled to China in July 2016", "court documents and prosecutors"),
    ("fr", "Le laboratoire est fermé. Selon le Comité d’enquête russe, les États-Unis ont versé 224 millions de dollars.",
     "les États-Unis ont versé 224 millions de dollars", "Comité d’enquête russe"),
    ("ru", "Это новость. По мнению специалиста, такое отношение к политику стало новым явлением.",
     "такое отношение к политику стало новым явлением", None),
])
def test_an_opening_source_phrase_reports_its_clause_whatever_its_words(lang, text, clause, speaker):
    # "According to <anything>, <clause>" opening the sentence is a report even when the source is no
    # name the registry knows: a description, a document, a pronoun
    rows = found(*analyse(text, lang=lang))
    row = quote_with(rows, clause)
    assert row[0] == "indirect" and row[1] == clause
    if speaker:
        assert row[3] == speaker


def test_per_opening_a_time_phrase_is_no_source():
    rows = found(*analyse("Per molto tempo, i ricercatori hanno pensato che la carne aiutasse il cervello.", lang="it"))
    assert not any(r[2] and r[2].lower() == "per" for r in rows)


@pytest.mark.parametrize("lang, text, clause, cue", [
    ("en", "It was late. The study estimated that 40,000 people died in the floods.", "40,000 people died in the floods",
     "estimated"),
    ("en", "Mr Smith also bemoans that the city has no plan at all for the poor.",
     "the city has no plan at all for the poor", "bemoans"),
    ("pl", "To ważne. CEOBS potwierdziło również, że działania Rosjan udowodniły ich brak troski.",
     "działania Rosjan udowodniły ich brak troski", "potwierdziło"),
])
def test_an_unlisted_verb_before_a_complementizer_is_a_cue(lang, text, clause, cue):
    row = quote_with(found(*analyse(text, lang=lang)), clause)
    assert row[0] == "indirect" and row[2] == cue


@pytest.mark.parametrize("lang, text", [
    ("en", "He believes that the city has no plan at all."),
    ("en", "Smith was convinced that the city has no plan at all."),
    ("en", "The different ways that the lack of power can set off crises are clear."),
    ("en", "Kelly ordered that Acosta be reinstated immediately."),
    ("fr", "C’est au XIXème siècle que la dénatalité favorise l’immigration."),
    ("ru", "Но суд их оправдывал, чтобы надавить на Россию."),
])
def test_thought_copula_noun_and_purpose_before_a_complementizer_are_no_cue(lang, text):
    assert found(*analyse(text, lang=lang)) == []


@pytest.mark.parametrize("lang, text, words, speaker", [
    ("it", "Il virologo Pregliasco detta le regole in spiaggia: \"Portate le mascherine come gli occhiali da sole\".",
     "Portate le mascherine come gli occhiali da sole", "Pregliasco"),
    ("it", "La guerra in Ucraina, Zelensky: «Fiat iustitia, pereat mundus»", "Fiat iustitia, pereat mundus", "Zelensky"),
])
def test_words_and_a_colon_before_a_quoted_sentence_introduce_it(lang, text, words, speaker):
    row = quote_with(found(*analyse(text, lang=lang)), words)
    assert row[0] == "direct" and row[1] == words and row[3] == speaker


def test_a_cueless_sentence_with_quoted_words_after_a_report_goes_on_reporting():
    text = ("Xi told Biden that Taiwan was a red line, the ministry said. Xi e Biden \"si sono scambiati opinioni "
            "sulla crisi ucraina\" per due ore.\n\nThe summit ended. The delegations \"met in a friendly mood\" later.")
    rows = found(*analyse(text))
    row = quote_with(rows, "si sono scambiati")
    assert row[0] == "mixed" and row[1].startswith("Xi e Biden") and row[2] is None
    # a sentence whose paragraph reports nothing before it is the author's, quoted words or not
    assert not any("friendly mood" in r[1] for r in rows)


@pytest.mark.parametrize("lang, text, first, goes_on", [
    ("pl", "- To jest bardzo ważna sprawa dla nas wszystkich - stwierdził premier Mateusz Morawiecki. - Łotrzykowie! "
           "Powinieneś bezpośrednio zadzwonić do tych ludzi.", "To jest bardzo ważna", "Łotrzykowie! Powinieneś"),
    ("pl", "Premier mówił długo.\n\n- Musimy doprowadzić do sytuacji, gdy to, co zdrowe, jest dostępne - dodała Sylwia "
           "Spurek.\n\n- Jeszcze w 2015 roku byłam wegetarianką i nie miałam żadnych refleksji.", "Musimy doprowadzić",
     "Jeszcze w 2015 roku"),
    ("ru", "Премьер долго говорил.\n\n— Мы должны это сделать, — сказал Иван Петров. — Никто не выиграет от распада мира.",
     "Мы должны", "Никто не выиграет"),
])
def test_dash_speech_goes_on_after_its_tag_and_in_dash_paragraphs(lang, text, first, goes_on):
    rows = found(*analyse(text, lang=lang))
    speaker = quote_with(rows, first)[3]
    row = quote_with(rows, goes_on)
    assert speaker and row[0] == "direct" and row[3] == speaker


def test_a_naming_verb_in_the_present_reports_what_it_calls_someone():
    rows = found(*analyse("It is no wonder. Flake calls Trump \"dangerous to our democracy.\""))
    assert rows and rows[0][0] == "mixed" and rows[0][2] == "calls" and rows[0][3] == "Flake"


@pytest.mark.parametrize("lang, text, clause, speaker", [
    ("ru", "Это важно. При этом, как подчеркнул эксперт, факт остается фактом — валить Байдена стали уже внутри партии.",
     "факт остается фактом — валить Байдена стали уже внутри партии", "эксперт"),
    ("fr", "C'est clair. Comme l'a rappelé le ministre, la France ne cédera pas sur ce point.",
     "la France ne cédera pas sur ce point", "ministre"),
    ("pl", "To jasne. Jak podkreślili sygnatariusze listu, atak na kraj stwarza dodatkowe ryzyko.",
     "atak na kraj stwarza dodatkowe ryzyko", "sygnatariusze listu"),
])
def test_an_opening_as_report_reports_the_clause_after_its_comma(lang, text, clause, speaker):
    row = quote_with(found(*analyse(text, lang=lang)), clause)
    assert row[0] == "indirect" and row[1] == clause and row[3] == speaker


def test_an_as_phrase_without_a_cue_reports_nothing():
    assert found(*analyse("C'est clair. Comme prévu, le vote a échoué lundi soir.", lang="fr")) == []


def test_a_headline_quote_in_capitals_after_a_colon_is_a_quote_of_the_lead_s_subject():
    # in a headline every word is capitalised, so a quote after a colon looks like a title; the colon says it is not
    article, prediction = analyse("Keith Ellison Defends Louis Farrakhan: \"He Had Something To Offer\"\n\n"
                                  "Keith Ellison spoke on Monday about his past.")
    rows = found(article, prediction)
    row = quote_with(rows, "He Had Something To Offer")
    assert row[0] == "direct" and row[3] == "Keith Ellison"
    # a title named in quote marks inside a sentence stays a title
    assert found(*analyse("He gave an interview to the \"Mail On Sunday\" last week.")) == []


def test_english_clauses_without_that_after_an_irregular_past_and_after_an_addressee():
    rows = found(*analyse("Patel case\n\nSandeep Patel met the FBI source and started talking. "
                          "Patel explained he went to Jordan in part to find like-minded Muslims."))
    assert ("indirect", "he went to Jordan in part to find like-minded Muslims", "explained", "Sandeep Patel") in rows
    # the addressee of "told" is no part of the reported clause
    rows = found(*analyse("Vote\n\nJohn Smith told the committee the plan was dead."))
    assert ("indirect", "the plan was dead", "told", "John Smith") in rows
    assert found(*analyse("Vote\n\nJohn Smith told the truth about the plan.")) == []


def test_exclaimed_quote_then_a_sentence_naming_its_speaker_and_cue():
    """'"How dare you!" Sessions said ...': the capital after "!" splits the tag from its quote."""
    article, prediction = analyse(
        "Mayor warned of raid\n\n"
        "Oakland's mayor Libby Schaaf warned residents of the raid.\n\n"
        "\u201cHow dare you!\u201d Attorney General Jeff Sessions said in California this month, addressing Schaaf. "
        "\u201cHow dare you endanger the lives of our officers.\u201d")
    rows = found(article, prediction)
    assert quote_with(rows, "How dare you!")[2:] == ("said", "Jeff Sessions")
    assert quote_with(rows, "endanger")[3] == "Jeff Sessions"  # the next quote of the paragraph goes on with him


def test_coordinated_roles_before_a_name_after_the_cue_name_the_person():
    article, prediction = analyse(
        "Pope accused\n\n"
        "The Pope ignored the victims for years, said attorney and child advocate Elizabeth Yore on an EWTN show.\n\n"
        "\u201cI think this is a misplaced mercy,\u201d she told the host.")
    rows = found(article, prediction)
    assert quote_with(rows, "ignored the victims")[3] == "Elizabeth Yore"
    assert quote_with(rows, "misplaced mercy")[3] == "Elizabeth Yore"


def test_russian_relative_pronoun_with_an_adverb_is_never_a_speaker():
    article, prediction = analyse(
        "Поэт о предателях\n\n"
        "\u00abКультура \u2013 это система\u00bb, \u2014 пояснил художник.\n\n"
        "Олег Тарунов считает творческих работников, которые громко заявляют о своем неприятии, предателями.\n\n"
        "\u00abПринимать или не принимать обратно таких деятелей \u2013 это дело каждого\u00bb, \u2014 считает поэт.",
        lang="ru")
    names = {q.speaker.name for q in prediction.quotes if q.speaker is not None}
    assert not any(name.startswith("которые") for name in names)
    assert all(e.name != "которые громко" for e in prediction.entities)


def test_polish_preposition_object_glued_to_a_known_surname_is_no_first_name():
    article, prediction = analyse(
        "Biedroń ostro zaatakował Hołownię\n\n"
        "Robert Biedroń skomentował pomysł referendum.\n\n"
        "\"Obrzydliwy i tchórzliwy pomysł referendum w sprawie aborcji\" – napisał na Twitterze Biedroń.", lang="pl")
    rows = found(article, prediction)
    assert quote_with(rows, "Obrzydliwy")[3] == "Robert Biedroń"
    assert not any(e.name.startswith("Twitterze") for e in prediction.entities)


def test_a_capital_after_a_heading_or_at_a_sentence_start_does_not_rename_a_known_surname():
    article, prediction = analyse(
        "Il libro di Renzi\n\n"
        "Ieri ha parlato Renzi.\n\n"
        "VIETATO SAPERE IL MOTIVO \u2013 Nulla Renzi ha detto sulle ragioni del veto.\n\n"
        "\u00abHo una regola aurea\u00bb, spiega Renzi.", lang="it")
    assert quote_with(found(article, prediction), "regola aurea")[3] == "Renzi"
    # a full name in mid-sentence still names the person
    article, prediction = analyse(
        "Il libro di Renzi\n\nIeri ha parlato Matteo Renzi.\n\n\u00abHo una regola aurea\u00bb, spiega Renzi.", lang="it")
    assert quote_with(found(article, prediction), "regola aurea")[3] == "Matteo Renzi"


def test_title_and_role_noun_before_a_name_closing_an_according_phrase():
    article, prediction = analyse(
        "UN report\n\nThe premise of the report is almost completely incorrect, according to former inspector Scott Ritter.")
    assert found(article, prediction)[0][3] == "Scott Ritter"


def test_who_clause_after_a_role_of_a_body_goes_back_to_the_person():
    article, prediction = analyse(
        "Bloggers banned\n\n"
        "Keith Vaz, chairman of the Home Affairs Select Committee, who had called for the bloggers to be banned "
        "from the UK, said: \"I welcome the home secretary's ban on both of them.\"")
    assert quote_with(found(article, prediction), "I welcome")[3] == "Keith Vaz"


def test_coordinated_cue_subject_stops_at_an_adverb_or_irregular_past():
    article, prediction = analyse(
        "Raid\n\nICE officials eventually caught 232 illegal immigrants in the four-day sweep but said that "
        "hundreds more escaped because of the mayor's warning.")
    assert quote_with(found(article, prediction), "hundreds more")[3] == "ICE officials"


def test_coordinated_cue_after_an_opening_participle_takes_the_named_subject():
    article, prediction = analyse(
        "Taïwan\n\n"
        "Interrogé lundi, Wang Wenbin, un porte-parole du ministère chinois des Affaires étrangères, n'a pas "
        "formellement confirmé la tenue de nouveaux exercices mais a souligné que la réaction de Pékin était "
        "\"légitime, rationnelle et légale\".", lang="fr")
    assert quote_with(found(article, prediction), "légitime")[3] == "Wang Wenbin"


def test_russian_coordinated_cue_takes_the_person_named_after_an_opening_adverbial():
    article, prediction = analyse(
        "Культура отмены\n\n"
        "Миланский театр сообщил, что певица больна.\n\n"
        "В День работника культуры президент России Владимир Путин выступил с речью, но выразил надежду, "
        "что именно через культуру правда пробьет себе дорогу.", lang="ru")
    assert quote_with(found(article, prediction), "правда пробьет")[3] == "Владимир Путин"


def test_source_set_off_by_commas_in_mid_sentence_reports_the_whole_sentence():
    article, prediction = analyse(
        "Johnson\n\nLa situation ukrainienne complexe, selon les chroniqueurs, est la seule occasion pour Johnson "
        "de rester au pouvoir.", lang="fr")
    rows = found(article, prediction)
    assert rows and rows[0][1].startswith("La situation ukrainienne") and rows[0][1].endswith("au pouvoir")
    # a source after a whole clause, before "but", reports only that clause
    article, prediction = analyse(
        "Commission\n\nSome members are themselves survivors of abuse, according to the statement, but they were "
        "not named.")
    assert found(article, prediction)[0][1] == "Some members are themselves survivors of abuse"


@pytest.mark.parametrize("lang, text, clause, speaker", [
    ("fr", "Titre\n\nSelon l'armée, ces exercices étaient déjà programmés.", "ces exercices étaient déjà programmés",
     "l'armée"),
    ("de", "Titel\n\nNach Angaben der Prüfer wurden häufig gefälschte Dokumente vorgelegt.",
     "wurden häufig gefälschte Dokumente vorgelegt", "Prüfer"),
    ("ru", "Заголовок\n\nПо заявлению университета, это было сделано, чтобы избежать противоречий.",
     "это было сделано, чтобы избежать противоречий", "университета"),
])
def test_according_phrases_with_a_noun_source(lang, text, clause, speaker):
    """"l'armée" is no "l'a" and no participle; a German genitive noun after "Nach Angaben" is a source
    whatever the noun; "по заявлению" is an "according to"."""
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    assert rows and rows[0][1] == clause and rows[0][3] is not None and speaker in rows[0][3]


@pytest.mark.parametrize("lang, text, quote", [
    ("en", "Title\n\nBut Swedish TV reported there were over 300 shootings in turf battles between gangs.",
     "there were over 300 shootings in turf battles between gangs"),
    ("en", "Title\n\nYore called the example Pope Francis set in the way he handled the abuse information "
           "\u201cextremely dangerous.\u201d",
     "the example Pope Francis set in the way he handled the abuse information \u201cextremely dangerous.\u201d"),
    ("it", "Titolo\n\nNel suo discorso notturno, Putin l\u2019ha definita una \u00aboperazione militare speciale\u00bb.",
     "l\u2019ha definita una \u00aboperazione militare speciale\u00bb"),
])
def test_weak_and_naming_cues_with_a_bare_clause_a_long_object_or_a_clitic(lang, text, quote):
    """A weak cue reports an expletive "there" clause; a naming verb's object may run to 20 tokens or be a
    clitic before it (the quote then comes with its article)."""
    article, prediction = analyse(text, lang)
    assert [r[1] for r in found(article, prediction)] == [quote]


def test_direct_quote_resumed_after_a_short_aside_keeps_its_speaker():
    article, prediction = analyse(
        "Il libro\n\n"
        "Renzi ha raccontato tutto nel suo libro: \u00abNon solo Magistratura democratica, ma anche Unicost\u00bb, "
        "di area centrista, \u00abera assolutamente contraria alla candidatura di Gratteri, perch\u00e9 sarebbe "
        "andato l\u00ec contro le correnti. Altri non lo volevano\u00bb.", lang="it")
    rows = found(article, prediction)
    assert quote_with(rows, "era assolutamente")[0] == "direct"
    assert {r[3] for r in rows} == {"Renzi"}


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Title\n\n\u201cHe never told me that he owned a gun,\u201d said the shooter\u2019s neighbor.", "shooter\u2019s neighbor"),
    ("en", "Title\n\n\u201cHe never told me that he owned a gun,\u201d continued the shooter\u2019s neighbor, adding that "
           "he was quiet.", "shooter\u2019s neighbor"),
    ("en", "Title\n\n\"We were never told,\" said one of the guards.", "one of the guards"),
    ("de", "Titel\n\n\u201eEine R\u00fcckkehr zur Normalit\u00e4t wird es nicht geben\u201c, meinte ein Kommentator.", "Kommentator"),
    ("ru", "Заголовок\n\n\"Просто еще один повод для фото\", — написал один из комментаторов сайта DM.",
     "один из комментаторов сайта DM"),
])
def test_unnamed_description_closing_the_sentence_after_the_cue_speaks(lang, text, speaker):
    """After an inverted cue, an article and up to four words closing the sentence (or before a
    participle), or "one of <group>", describe an unnamed speaker, whatever the noun."""
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][3] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    ("it", "T\n\nIl ministro degli Esteri ha spiegato che la situazione \u00e8 grave.", "ministro degli Esteri"),
    ("fr", "T\n\nLe ministre de l'Int\u00e9rieur a affirm\u00e9 que la r\u00e9forme serait adopt\u00e9e avant l'\u00e9t\u00e9.",
     "ministre de l'Int\u00e9rieur"),
    ("fr", "T\n\nLe porte-parole du gouvernement a affirm\u00e9 que la r\u00e9forme serait adopt\u00e9e avant l'\u00e9t\u00e9.",
     "porte-parole du gouvernement"),
])
def test_a_role_of_a_body_before_the_cue_is_the_role_holder(lang, text, speaker):
    """"<role> <of> <body>" speaks as the role holder, not as the body; "gouvernement" after "du" is
    a noun, not an adverb in -ment."""
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][3] == speaker


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "T\n\nA White House official, speaking on condition of anonymity, said the talks had stalled.",
     "White House official"),
    ("ru", "T\n\nКак сообщили в МВД, задержаны три человека, подозреваемых в поджоге.", "МВД"),
    ("ru", "T\n\nКак сообщили в пресс-службе ведомства, переговоры с делегацией были сорваны накануне.",
     "пресс-службе ведомства"),
])
def test_aside_before_the_cue_and_a_body_where_it_was_said(lang, text, speaker):
    """A participle aside set off by commas is skipped to the subject; a plural "as reported" phrase
    ("как сообщили") takes the body after "в" as its source."""
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][3] == speaker


def test_a_description_keeps_its_words_and_is_not_put_in_the_nominative():
    article, prediction = analyse(
        "T\n\n- Nie ustąpimy w tej sprawie ani o krok - powiedziała rzeczniczka ministerstwa.", lang="pl")
    assert found(article, prediction)[0][3] == "rzeczniczka ministerstwa"


@pytest.mark.parametrize("lang, text, quote, speaker", [
    ("en", "T\n\nSpeaking to reporters on Monday, Biden said the economy was strong.", "the economy was strong", "Biden"),
    ("fr", "T\n\nInterrog\u00e9 par franceinfo, le ministre de la Sant\u00e9 a estim\u00e9 que la situation \u00e9tait grave.",
     "la situation \u00e9tait grave", "ministre de la Sant\u00e9"),
])
def test_opening_participle_clause_and_role_of_a_body_with_its_article(lang, text, quote, speaker):
    """An opening participle clause is not what the cue reports when a clause follows it; "de la"
    links a role to its ministry like "de"."""
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][1:4:2] == (quote, speaker)


def test_secondo_quanto_riportato_da_names_the_agent():
    article, prediction = analyse(
        "T\n\nSecondo quanto riportato da Repubblica, il vertice \u00e8 stato rinviato a giugno.", lang="it")
    assert found(article, prediction)[0][3] == "Repubblica"


@pytest.mark.parametrize("lang, text, speaker", [
    ("pl", "T\n\nPrezydent Andrzej Duda spotka\u0142 si\u0119 z premierem. Podkre\u015bli\u0142, \u017ce wsp\u00f3\u0142praca jest konieczna.",
     "Andrzej Duda"),
    ("it", "T\n\nIl premier Giorgia Meloni ha incontrato Biden. Ha poi sottolineato che l'alleanza \u00e8 solida.",
     "Giorgia Meloni"),
])
def test_first_subjectless_cue_speaks_for_the_person_opening_the_sentence_before(lang, text, speaker):
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][3] == speaker


def test_subjectless_cue_after_a_sentence_opening_with_another_person_speaks_for_that_person():
    article, prediction = analyse(
        "T\n\nDonald Tusk powiedział, że rząd przygotuje ustawę jeszcze w tym roku. Prezydent Andrzej Duda "
        "spotkał się wczoraj z ambasadorami. Podkreślił, że współpraca jest konieczna.", lang="pl")
    assert quote_with(found(article, prediction), "współpraca")[3] == "Andrzej Duda"


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "T\n\nTrump said the election was rigged. He added that the courts would agree.", "Trump"),
    ("de", "T\n\nScholz sagte, die Lage sei ernst. Er f\u00fcgte hinzu, Deutschland m\u00fcsse mehr tun.", "Scholz"),
    ("fr", "T\n\nMacron a d\u00e9clar\u00e9 que la France tiendrait bon. Il a ajout\u00e9 que le pays \u00e9tait pr\u00eat.", "Macron"),
    ("ru", "T\n\nЛавров заявил, что переговоры возможны уже в этом году. Он добавил, что армия готова к наступлению.",
     "Лавров"),
])
def test_a_pronoun_after_a_speaker_named_by_surname_alone(lang, text, speaker):
    """A bare capitalised name that has spoken is a person for the pronouns after it."""
    article, prediction = analyse(text, lang)
    assert [r[3] for r in found(article, prediction)] == [speaker, speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("ru", "T\n\nШойгу посетил войска в субботу. Он заявил, что армия готова к наступлению.", "Шойгу"),
    ("en", "T\n\nTrump held a rally in Ohio. He said the election was rigged.", "Trump"),
])
def test_a_pronoun_finds_a_bare_name_opening_the_sentence_before(lang, text, speaker):
    """With no person known, a pronoun takes the bare capitalised name that opens a sentence just
    before (its subject), not a place later in it."""
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][3] == speaker


@pytest.mark.parametrize("lang, text, quote, speaker", [
    ("de", "T\n\nScholz zufolge ist die Lage in der Ukraine sehr ernst.", "ist die Lage in der Ukraine sehr ernst", "Scholz"),
    ("en", "T\n\nAccording to John Smith, a spokesman for the agency, the decision was wrong.", "the decision was wrong",
     "John Smith"),
    ("pl", "T\n\n\u201eTo jest skandal\u201d \u2013 napisa\u0142 na Twitterze Tusk.", "To jest skandal", "Tusk"),
    ("ru", "T\n\n«Это скандал», — написал в Telegram Медведев.", "Это скандал", "Медведев"),
])
def test_postposition_source_apposition_and_a_name_after_the_platform(lang, text, quote, speaker):
    """The clause after "X zufolge" starts after the postposition; an apposition to an "according to"
    source is no part of the clause; Polish/Russian "<cue> na/в <platform> <Name>." name the speaker."""
    article, prediction = analyse(text, lang)
    assert found(article, prediction)[0][1:4:2] == (quote, speaker)


@pytest.mark.parametrize("lang, text, speaker", [
    # (a dash tag with a full stop inside the marks splits the quote since session i4: see
    # test_an_inner_dash_tag_closing_a_sentence_splits_the_quote)
    ("fr", "T\n\n« Nous ne céderons rien sur ce point, a déclaré Emmanuel Macron. La France tiendra bon. »",
     "Emmanuel Macron"),
    ("it", "T\n\n«Non arretreremo, ha detto Giorgia Meloni, perché l'Italia è con l'Ucraina».", "Giorgia Meloni"),
])
def test_a_tag_inside_the_quote_marks_after_a_sentence_end_or_between_commas(lang, text, speaker):
    """«..., — сказал X. — ...» (a full stop before the second dash) and the Romance tag between commas
    («..., a déclaré X. ...»), opening with its cue, name the speaker of the whole quote."""
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    assert len(rows) == 1 and rows[0][0] == "direct" and rows[0][3] == speaker


@pytest.mark.parametrize("lang, text, quote, speaker", [
    ("ru", "T\n\nЗахарова заявила, что санкции незаконны.", "санкции незаконны", "Захарова"),
    ("ru", "T\n\nМинистр рассказал, что переговоры провалились.", "переговоры провалились", "Министр"),
    ("de", "T\n\nEin Sprecher des Ministeriums sagte, die Lage sei sehr ernst.", "die Lage sei sehr ernst",
     "Sprecher des Ministeriums"),
    ("de", "T\n\nDie Sprecherin des Auswärtigen Amtes, Anna Berg, sagte, die Lage sei sehr ernst.",
     "die Lage sei sehr ernst", "Anna Berg"),
    ("de", "T\n\nDer Sprecher, Hans Berg, sagte, die Lage sei sehr ernst.", "die Lage sei sehr ernst", "Hans Berg"),
    ("de", "T\n\nScholz sagte der „Bild“-Zeitung, die Lage sei sehr ernst.", "die Lage sei sehr ernst", "Scholz"),
    ("de", "T\n\nScholz sagte gegenüber dem ZDF, die Lage sei sehr ernst.", "die Lage sei sehr ernst", "Scholz"),
    ("ru", "T\n\nПереговоры в Женеве провалились, сообщил РИА Новости Лавров.", "Переговоры в Женеве провалились",
     "Лавров"),
    ("ru", "T\n\nКак передает ТАСС, переговоры в Женеве провалились.", "переговоры в Женеве провалились", "ТАСС"),
    ("pl", "T\n\nRozmowy w Genewie zakończyły się fiaskiem – powiedział PAP rzecznik rządu Piotr Müller.",
     "Rozmowy w Genewie zakończyły się fiaskiem", "Piotr Müller"),
])
def test_short_clauses_german_appositions_and_addressees_and_agencies_told(lang, text, quote, speaker):
    """Battery C (invented common constructions): two words after "что"/"that" are a clause; a German
    role noun heads "Ein Sprecher des Ministeriums"; an apposition or a dative addressee ("der Zeitung",
    "gegenüber dem ZDF") before the comma leaves the Konjunktiv clause after it; the agency told
    ("РИА Новости", "PAP") stands between a Russian or Polish cue and its speaker."""
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    assert len(rows) == 1 and (rows[0][1], rows[0][3]) == (quote, speaker)


@pytest.mark.parametrize("lang, text", [
    ("en", "T\n\nTraditionalists have been told that for years. Now it is the turn of the others."),
    ("ru", "T\n\nВ прошлом году министр был в Женеве. Об этом, как передает ТАСС, заявил канцлер Олаф Шольц на "
           "конгрессе."),
])
def test_no_two_word_clause_from_a_demonstrative_and_no_report_from_an_as_source_before_a_cue(lang, text):
    """"told that for years" is no reported clause; "Об этом, как передает ТАСС, заявил X" is X's report
    (of the sentence before), not one of ТАСС's."""
    article, prediction = analyse(text, lang)
    assert all(r[3] != "ТАСС" and r[1] != "for years" for r in found(article, prediction))


@pytest.mark.parametrize("lang, text, quote, speaker", [
    ("pl", "T\n\n– To skandal – oceniła posłanka Anna Nowak.", "To skandal", "Anna Nowak"),
    ("en", "T\n\nIn a statement, the company’s chief executive, Mark Lee, said:\n\n“We deeply regret the incident.”",
     "We deeply regret the incident.", "Mark Lee"),
    ("en", "T\n\nThe group’s leader, who asked not to be named, said the attack was planned.",
     "the attack was planned", "group’s leader"),
    ("en", "T\n\nThe attack was planned, said Mark Lee, who runs the clinic.", "The attack was planned", "Mark Lee"),
    ("it", "T\n\nSecondo il portavoce del Cremlino, Dmitrij Peskov, i colloqui sono finiti.", "i colloqui sono finiti",
     "Dmitrij Peskov"),
    ("en", "T\n\nAccording to the company’s spokesman, John Doe, the talks were over.", "the talks were over",
     "John Doe"),
])
def test_short_dash_speech_appositions_and_relative_clauses_around_the_cue(lang, text, quote, speaker):
    """Battery C: two words of Polish dash speech are a quote; "the chief executive, Mark Lee, said:" is an
    apposition, not a clause before the cue; a relative clause after the subject ("The leader, who asked
    not to be named, said") or after the speaker ("said Mark Lee, who runs the clinic.") does not make the
    cue parenthetical; the holder of a role named in apposition after "according to" speaks."""
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    assert len(rows) == 1 and (rows[0][1], rows[0][3]) == (quote, speaker)


@pytest.mark.parametrize("text, quote, cue, speaker", [
    ("T\n\n“We will rebuild every home,” the statement read.", "We will rebuild every home,", "read", "statement"),
    ("T\n\n“Thank you,” his post reads.", "Thank you,", "reads", "post"),
    ("T\n\n“We will rebuild every home.” — John Smith, mayor of Riverton", "We will rebuild every home.", "—",
     "John Smith"),
])
def test_a_text_that_reads_and_a_quote_signed_after_a_dash(text, quote, cue, speaker):
    """Battery C: '"...," the statement read.' ("read" only as a tag after quoted words, with a written
    text as subject); a quote signed by a person's name after a dash at the paragraph's end."""
    article, prediction = analyse(text, "en")
    assert found(article, prediction) == [("direct", quote, cue, speaker)]


def test_reading_a_statement_is_no_report():
    article, prediction = analyse("T\n\nHe read the statement. The statement reads well.", "en")
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang, text, quote, speaker", [
    ("it", "T\n\n«La pandemia è finita», ha detto Di Maio.", "La pandemia è finita", "Di Maio"),
    ("it", "T\n\nHa detto Luigi Di Maio che la pandemia è finita.", "la pandemia è finita", "Luigi Di Maio"),
    ("it", "T\n\nLa pandemia non è ancora finita. A dirlo è stato il ministro della Salute Roberto Speranza.",
     "La pandemia non è ancora finita", "Roberto Speranza"),
    ("it", "T\n\nLa pandemia non è ancora finita. Lo ha dichiarato il ministro degli Esteri, Luigi Di Maio, a "
           "margine del vertice.", "La pandemia non è ancora finita", "Luigi Di Maio"),
    ("de", "T\n\nWie ein Sprecher des Innenministeriums mitteilte, wurden zwei Personen festgenommen.",
     "wurden zwei Personen festgenommen", "Sprecher des Innenministeriums"),
])
def test_romance_surname_particles_italian_a_dirlo_and_german_subordinate_cues(lang, text, quote, speaker):
    """Battery C: a capitalised "Di"/"De" opens a surname; "A dirlo è stato X" reports the sentence
    before; the holder named in apposition after an inverted role speaks; German subordinate forms of
    separable cues ("wie ... mitteilte") are cues."""
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    assert len(rows) == 1 and (rows[0][1], rows[0][3]) == (quote, speaker)


def test_a_described_speaker_in_apposition_reporting_no_clause_is_no_quote():
    """"Le chef de la diplomatie russe, Sergueï Lavrov, a dénoncé une « provocation »": the words before the
    cue are an apposition to the speaker, not a reported clause; a quoted term is no quote."""
    article, prediction = analyse("T\n\nLe chef de la diplomatie russe, Sergueï Lavrov, a dénoncé une « provocation ».",
                                  "fr")
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang, text, quote, speaker", [
    ("fr", "T\n\nLe chancelier allemand a pour sa part estimé que la Russie devait être sanctionnée.",
     "la Russie devait être sanctionnée", "chancelier allemand"),
    ("ru", "T\n\nБлинкен, в свою очередь, заявил, что США не отступят.", "США не отступят", "Блинкен"),
    ("en", "T\n\nSmith, for his part, said the talks were over.", "the talks were over", "Smith"),
    ("fr", "T\n\nOlaf Scholz, de son côté, a estimé que la Russie devait être sanctionnée.",
     "la Russie devait être sanctionnée", "Olaf Scholz"),
    ("pl", "T\n\nPremier Mateusz Morawiecki spotkał się z prezydentem Andrzejem Dudą. Prezydent dodał, że armia "
           "jest gotowa.", "armia jest gotowa", "Andrzej Duda"),
])
def test_for_his_part_phrases_and_polish_names_in_the_instrumental(lang, text, quote, speaker):
    """Battery C: "pour sa part", "в свою очередь", "for his part" between a subject and its cue; a Polish
    person named only in the instrumental ("z prezydentem Andrzejem Dudą") is named in the nominative."""
    article, prediction = analyse(text, lang)
    rows = found(article, prediction)
    assert len(rows) == 1 and (rows[0][1], rows[0][3]) == (quote, speaker)


def test_an_italian_subject_before_an_adverb_speaks_on_after_its_sentence():
    """"Salvini ha invece attaccato l’esecutivo. «Servono risposte», ha aggiunto.": "invece" between the
    auxiliary and the participle leaves Salvini the subject; the subjectless cue after is his."""
    article, prediction = analyse("T\n\nIl premier Mario Rossi ha incontrato il leader della Lega, Matteo Salvini.\n\n"
                                  "«Il governo è compatto», ha detto Rossi.\n\nSalvini ha invece attaccato l’esecutivo. "
                                  "«Servono risposte», ha aggiunto.", "it")
    assert [r[3] for r in found(article, prediction)] == ["Mario Rossi", "Matteo Salvini"]


@pytest.mark.parametrize("text, kind", [
    ("T\n\nMatthew Collins said it was “delighted” with the decision.", "mixed"),
    ("T\n\nTrump told reporters he would “absolutely” extend an invitation to Kim.", "mixed"),
    ("T\n\nThe spokesman said the officials were working on a “compressed timeline” for the report.", "mixed"),
    ("T\n\nThe spokesman said the “New York Times” had published the letter.", "indirect"),
])
def test_a_reported_clause_with_a_single_quoted_word_is_mixed(text, kind):
    """The gold convention (guideline: 'X called it "a disgrace"'): a reported clause holding the speaker's
    own quoted words, even one word or a term after an article, is a mixed quote; a quoted name or title
    in capitals is not the speaker's words and leaves it indirect."""
    article, prediction = analyse(text, "en")
    rows = found(article, prediction)
    assert len(rows) == 1 and rows[0][0] == kind


def test_slammed_as_quoted_words_is_a_mixed_quote_and_slammed_alone_is_none():
    article, prediction = analyse("T\n\nTrump slammed the order as a “clear abuse of power.” Lee slammed the decision.", "en")
    assert found(article, prediction) == [("mixed", "the order as a “clear abuse of power.”", "slammed", "Trump")]


@pytest.mark.parametrize("lang, text, kind, quote, speaker", [
    ("en", "West is waging a hybrid war against Russia – Lavrov\n\nRussian Foreign Minister Sergei Lavrov spoke.",
     "indirect", "West is waging a hybrid war against Russia", "Sergei Lavrov"),
    ("en", "‘Special place in hell’ for those who promoted Brexit - EU’s Tusk\n\nDonald Tusk spoke in Brussels.",
     "mixed", "‘Special place in hell’ for those who promoted Brexit", "Donald Tusk"),
    ("en", "‘We will never surrender’ – Zelensky\n\nUkrainian President Volodymyr Zelensky spoke in Kiev.",
     "direct", "We will never surrender", "Volodymyr Zelensky"),
    ("ru", "Запад ведет гибридную войну против России — Лавров\n\nМинистр Сергей Лавров выступил в Москве.",
     "indirect", "Запад ведет гибридную войну против России", "Сергей Лавров"),
])
def test_a_headline_signed_by_its_source_after_a_dash(lang, text, kind, quote, speaker):
    """Battery C: "<claim> – <Name>" headlines (the RT style): the claim is the named person's."""
    article, prediction = analyse(text, lang)
    rows = [r for r in found(article, prediction) if r[1] == quote]
    assert rows and (rows[0][0], rows[0][3]) == (kind, speaker)


def test_a_headline_ending_with_a_site_name_is_no_report():
    article, prediction = analyse("Brexit talks collapse after a long night - BBC News\n\nThe talks collapsed.", "en")
    assert found(article, prediction) == []


def test_common_word_lists_load_from_the_package_and_tell_words_from_names():
    from spinscope.attribution.lexicon import common_words
    assert {"soon", "although"} <= common_words("en") and "trump" not in common_words("en")
    assert "gleichzeitig" in common_words("de") and "putin" not in common_words("de")
    assert "niedawno" in common_words("pl") and "tusk" not in common_words("pl")
    assert common_words("es") == frozenset()  # no training corpus in the language: no list, no error


@pytest.mark.parametrize("lang,text,speaker,junk", [
    ("de", "Bericht\n\nDer Gipfel endete am Abend. Gleichzeitig betonte Wladimir Putin, dass die Wirtschaft "
           "wachse.", "Wladimir Putin", "Gleichzeitig"),
    ("pl", "Wybory\n\nPartia zebrała się w sobotę. Niedawno powiedział Donald Tusk, że rząd upadnie.",
     "Donald Tusk", "Niedawno"),
])
def test_a_common_word_opening_the_sentence_before_the_cue_is_no_speaker(lang, text, speaker, junk):
    """V2 and inverted order: the adverb opening the sentence is no subject; the name after the verb speaks."""
    article, prediction = analyse(text, lang=lang)
    names = {q.speaker.name for q in prediction.quotes if q.speaker}
    assert names == {speaker}
    assert junk not in {e.name for e in prediction.entities}


@pytest.mark.parametrize("lang,text,name,glued", [
    ("pl", "Polityka\n\nKariera Silvio Berlusconiego trwa od lat. Berlusconi powiedział, że wróci do rządu.",
     "Berlusconi", "Kariera Silvio Berlusconiego"),
    ("en", "Politics\n\nAlthough Maria Gonzalez lost the vote, Gonzalez said that she would run again.",
     "Maria Gonzalez", "Although Maria Gonzalez"),
])
def test_a_common_word_opening_the_sentence_is_not_glued_to_the_name_after_it(lang, text, name, glued):
    article, prediction = analyse(text, lang=lang)
    names = {e.name for e in prediction.entities}
    assert glued not in names
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {name}


def test_a_name_written_with_its_first_word_inside_a_sentence_keeps_it_at_a_sentence_start():
    # "Bill" is a common English word, but "... said Bill Clinton" shows the run is one name
    article, prediction = analyse("Politics\n\nBill Clinton spoke first. The crowd cheered, said Bill Clinton, "
                                  "adding that the vote was close.")
    assert "Clinton" not in {e.name for e in prediction.entities}
    assert "Bill Clinton" in {e.name for e in prediction.entities}


def test_a_polish_surname_in_i_declined_like_an_adjective_is_named_in_the_nominative():
    article, prediction = analyse("Włochy\n\nWedług Mario Draghiego rząd przetrwa. Draghi stwierdził też, "
                                  "że kryzys minie.", lang="pl")
    assert {q.speaker.name for q in prediction.quotes if q.speaker} <= {"Draghi"}
    assert "Draghi" in {q.speaker.name for q in prediction.quotes if q.speaker}


@pytest.mark.parametrize("lang,text,speaker", [
    ("pl", "Wybory\n\nPrzeciwnicy Berlusconiego powiedzieli, że Berlusconi chce władzy.", "Przeciwnicy Berlusconiego"),
    ("ru", "Выборы\n\nСторонники Навального заявили, что голосование было нечестным.", "Сторонники Навального"),
])
def test_a_noun_before_a_name_in_the_genitive_heads_the_speaker(lang, text, speaker):
    article, prediction = analyse(text, lang=lang)
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {speaker}


@pytest.mark.parametrize("lang,text,speaker,outlet", [
    ("pl", "Wirus\n\nJak oznajmiła portalowi Verificat Adelaida Sarukhan, mutacje są częste.",
     "Adelaida Sarukhan", "Verificat"),
    ("pl", "Wywiad\n\nW rozmowie z portalem Onet Jan Kowalski stwierdził, że ceny spadną.", "Jan Kowalski", "Onet"),
    ("pl", "Wywiad\n\nSilvio Berlusconi wrócił do polityki. Ale w wypowiedzi dla POLITICO Berlusconi potępił swego "
           "przyjaciela: \u201eRosja naruszyła prawo.\u201d", "Silvio Berlusconi", "POLITICO"),
    ("ru", "Интервью\n\nКак рассказал изданию Медуза Иван Петров, переговоры зашли в тупик.", "Иван Петров", None),
])
def test_a_medium_named_right_before_the_speaker_is_not_part_of_the_name(lang, text, speaker, outlet):
    article, prediction = analyse(text, lang=lang)
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {speaker}
    names = {e.name for e in prediction.entities}
    assert outlet is None or outlet in names
    assert not any(n.startswith(("Verificat ", "Onet ", "POLITICO ", "Медуза ")) for n in names)


def test_an_outlet_acronym_with_its_own_media_word_stays_one_name():
    article, prediction = analyse("Media\n\nBBC News reported that the talks had failed.")
    assert "BBC News" in {e.name for e in prediction.entities}
    assert "News" not in {e.name for e in prediction.entities}


@pytest.mark.parametrize("lang,text,body", [
    ("pl", "Wirus\n\nJak mówi Anna Nowak, badaczka z Instytutu Zdrowia Globalnego: \u201eMutacje są częste.\u201d",
     "Globalnego"),
    ("ru", "Вирус\n\nКак сказала Анна Смирнова, сотрудница Института Вирусологии Сибири: «Мутации часты».", "Сибири"),
])
def test_a_body_noun_in_a_case_before_its_name_makes_an_organisation_not_a_person(lang, text, body):
    article, prediction = analyse(text, lang=lang)
    assert {e.kind for e in prediction.entities if body in e.name} == {"organisation"}


def test_a_stop_word_surname_after_a_first_name_names_the_person_and_its_later_mentions():
    article, prediction = analyse("Brexit\n\nTheresa May said that the deal was done. \u201cWe will leave,\u201d May told "
                                  "MPs. Later, Mrs May said that talks went on.")
    assert {q.speaker.name for q in prediction.quotes if q.speaker} == {"Theresa May"}
    assert len(prediction.quotes) == 3


def test_a_month_after_a_place_or_a_day_stays_a_date():
    article, prediction = analyse("Paris\n\nOfficials in Paris May 5 said that it rained. On Monday May 3 Smith said "
                                  "that the deal held. Smith may say that it is over.")
    names = {e.name for e in prediction.entities}
    assert not any("May" in n for n in names)


def test_an_english_role_nobody_holds_is_its_own_speaker_not_the_last_one():
    # English news brings in a new source by a role ("the president", "the professor") and names a known
    # speaker again by surname; French and Italian use the role as an epithet of the speaker they follow
    article, prediction = analyse("Guns\n\nCody Wilson said that the files were legal. As uproar was building over "
                                  "the files, the president tweeted that the plan made no sense.")
    assert quote_with(found(article, prediction), "the plan made no sense")[3] == "president"
    article, prediction = analyse("Politique\n\nMarine Le Pen a déclaré que la France devait se protéger. "
                                  "« Nous ne céderons pas », a ajouté la présidente du parti.", lang="fr")
    assert quote_with(found(article, prediction), "Nous ne céderons pas")[3] == "Marine Le Pen"


@pytest.mark.parametrize("lang,text,speaker", [
    ("de", "Exorzismus\n\nPater Jose Francisco Syquia sagt, er erhalte jeden Tag etwa zehn Berichte.",
     "Jose Francisco Syquia"),
    ("it", "Chiesa\n\nIl cardinale Matteo Maria Zuppi ha detto che la pace è possibile.", "Matteo Maria Zuppi"),
    ("pl", "Kościół\n\nKsiądz Jan Maria Kowalski powiedział, że parafia jest otwarta.", "Jan Maria Kowalski"),
    ("fr", "Église\n\nLe cardinal Pierre Marie Dupont a déclaré que la paroisse restait ouverte.", "Pierre Marie Dupont"),
    ("ru", "Церковь\n\nМитрополит Иларион заявил, что храм открыт.", "Иларион"),
])
def test_a_clerical_title_before_a_name_is_a_title_not_part_of_the_name(lang, text, speaker):
    # a four-word run would otherwise be read as two people side by side ("Pater Jose | Francisco Syquia")
    article, prediction = analyse(text, lang=lang)
    assert [q.speaker.name for q in prediction.quotes if q.speaker] == [speaker]


def test_a_parent_noun_stays_a_description_not_a_clerical_title():
    # "отец" / "ojciec" / "père" / "padre" are mostly a parent: not titles
    article, prediction = analyse("Взрыв\n\n«Она жила во имя победы», — заявил отец журналистки.", lang="ru")
    assert [q.speaker.name for q in prediction.quotes if q.speaker] != ["журналистки"]
    assert all(e.title == "" for e in prediction.entities)


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Plague\n\n\"The next outbreak could be stronger,\" WHO Director-General Tedros Adhanom Ghebreyesus "
           "told reporters.", "Tedros Adhanom Ghebreyesus"),
    ("fr", "ONU\n\nLe Secrétaire-Général Antonio Guterres a déclaré que la guerre devait cesser.", "Antonio Guterres"),
])
def test_a_hyphenated_compound_of_title_words_is_a_title(lang, text, speaker):
    article, prediction = analyse(text, lang=lang)
    assert [q.speaker.name for q in prediction.quotes if q.speaker] == [speaker]


def test_a_hyphenated_name_is_no_title():
    article, prediction = analyse("Panzer\n\nMarie-Agnes Strack-Zimmermann sagte, dass der Tausch nicht funktioniere.",
                                  lang="de")
    assert [q.speaker.name for q in prediction.quotes if q.speaker] == ["Marie-Agnes Strack-Zimmermann"]


@pytest.mark.parametrize("lang,text,speaker,place", [
    ("fr", "Moldavie\n\nLe leader de l’opposition de la Moldavie Ilan Shor a déclaré que l'accord était destructeur. "
           "Les citoyens de la Moldavie paieront.", "Ilan Shor", "Moldavie"),
    ("it", "Regione\n\nIl presidente della Lombardia Attilio Fontana ha detto che la regione è pronta. "
           "La Lombardia resta chiusa.", "Attilio Fontana", "Lombardia"),
])
def test_a_place_after_a_romance_article_is_split_off_the_person_after_it(lang, text, speaker, place):
    article, prediction = analyse(text, lang=lang)
    assert [q.speaker.name for q in prediction.quotes if q.speaker] == [speaker]
    assert {e.kind for e in prediction.entities if e.name == speaker} == {"person"}
    assert place in {e.name for e in prediction.entities}


def test_a_name_that_always_goes_on_is_not_split_after_a_romance_article():
    # "du New York Times": "New" never stands alone in the article, so nothing is split off it
    article, prediction = analyse("Presse\n\nSelon un article du New York Times Paul Krugman a déclaré que la crise "
                                  "durerait. Le New York Times a dit que oui.", lang="fr")
    assert "New" not in {e.name for e in prediction.entities}


@pytest.mark.parametrize("lang,text,opener", [
    ("pl", "Wiec\n\nDonald Tusk przemawiał w Radomiu. Zarazem powiedział, że władza wkrótce upadnie.", "Zarazem"),
    ("it", "Arabia\n\nMaya Foa ha parlato a lungo della visita. Inoltre ha ricordato che i due governi hanno firmato "
           "un accordo.", "Inoltre"),
    ("ru", "Запад\n\nВладимир Путин выступил в Кремле. Позднее заявил, что санкции не работают.", "Позднее"),
])
def test_a_pro_drop_opening_adverb_is_no_speaker_phrase(lang, text, opener):
    # the pro-drop subject is someone named before: the cue has no speaker phrase (the learned choice may pick)
    article, prediction = analyse(text, lang=lang)
    assert len(prediction.quotes) == 1
    q = prediction.quotes[0]
    assert q.speaker is None or q.speaker.name != opener
    assert opener not in {e.name for e in prediction.entities}
    assert q.cue not in prediction.subjects


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Police\n\nThe man fled. Police stated on Sunday that they are still looking for him.", "Police"),
    ("de", "Klima\n\nManche behaupten, dass sie das nicht mehr ertragen könnten.", "Manche"),
])
def test_an_opening_common_word_stays_the_subject_where_verbs_take_one(lang, text, speaker):
    article, prediction = analyse(text, lang=lang)
    assert [q.speaker.name for q in prediction.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("de", "Pass\n\nDer Pass habe keine Logik, sagte Magi gegenüber dem Online-Medium RomaIT.",
     "Der Pass habe keine Logik", "Magi"),
    ("pl", "Wojna\n\nSytuacja jest bardzo trudna i wymaga reakcji, powiedział Jan Kowalski dla portalu Onet.",
     "Sytuacja jest bardzo trudna i wymaga reakcji", "Jan Kowalski"),
])
def test_an_addressee_phrase_after_the_speaker_still_closes_the_clause_before(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


def test_an_addressee_phrase_before_a_complementizer_does_not_report_the_clause_before():
    # "..., sagte Magi gegenüber dem Sender RomaIT, dass ...": the words before the tag are no report
    article, prediction = analyse("Pass\n\nIm Interview mit dem Sender sprach Magi lange, sagte Magi gegenüber dem "
                                  "Sender RomaIT, dass der Pass keine Logik habe.", lang="de")
    assert not any("Im Interview" in r[1] for r in found(article, prediction))


@pytest.mark.parametrize("text,clause,speaker", [
    ("Housing\n\nThe mayor announced it would provide money for the island.", "it would provide money", "mayor"),
    ("Housing\n\nGovernment officials say about half of the housing in Puerto Rico was built illegally.",
     "about half of the housing", "Government officials"),
    ("Plague\n\nBut Tedros voiced alarm that plague in Madagascar behaved in a very different way this year.",
     "plague in Madagascar behaved", "Tedros"),
    ("Court\n\nJudge Patti Saris expressed concern that the Indonesians could be deported.",
     "the Indonesians could be deported", "Patti Saris"),
    ("Court\n\nOver the objections, Saris last year ruled she had jurisdiction over the case.",
     "she had jurisdiction over the case", "Saris"),
    ("Housing\n\nThe governor estimated in November that it will take $31 billion to rebuild.",
     "it will take $31 billion", "governor"),
])
def test_english_report_forms_from_the_retired_sets(text, clause, speaker):
    # "it" with a finite verb and an approximate quantity open a clause without "that"; concern/alarm phrases,
    # "estimated", "predicted", "ruled" report; "last year" after a name is no part of it
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("text", [
    "Housing\n\nThe mayor announced it on Monday.",
    "Housing\n\nThe mayor spoke about half of the housing in Puerto Rico.",
    "Court\n\nThe king ruled the country for years. He ruled out a deal.",
    "Rail\n\nThey are busily helping it along, changing red signals to green.",
])
def test_english_near_misses_of_those_forms_report_nothing(text):
    article, prediction = analyse(text)
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang,text,speaker", [
    ("pl", "Lekarze\n\nLekarze oświadczyli, że pacjentom odmówiono prawa do świadomej zgody.", "Lekarze"),
    ("pl", "Lekarze\n\nEksperci oświadczyli, że pacjentom odmówiono prawa do świadomej zgody.", "Eksperci"),
])
def test_an_opening_plural_noun_before_a_plural_cue_stays_the_subject(lang, text, speaker):
    # near miss of the pro-drop rule: a plural verb mostly has a plural noun subject, known to the lexicon or not
    article, prediction = analyse(text, lang=lang)
    assert [q.speaker.name for q in prediction.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("fr", "Biden\n\nLa déclaration de Joe Biden selon laquelle il ne s’agit pas de charité est absurde.",
     "il ne s’agit pas de charité", "Joe Biden"),
    ("fr", "Poutine\n\nIl faut se souvenir de la déclaration du président russe Vladimir Poutine selon laquelle la Russie "
           "ne permettra pas de transférer des armes atomiques.", "la Russie ne permettra pas", "Vladimir Poutine"),
    ("ru", "Путин\n\nСтоит вспомнить заявление Владимира Путина, согласно которому Россия не позволит передать "
           "оружие Киеву.", "Россия не позволит передать", "Владимир Путин"),
    ("pl", "Tusk\n\nPrzytoczył prognozy, według których jedna trzecia lokali w Polsce może nie przetrwać do końca roku.",
     "jedna trzecia lokali", None),
    ("fr", "Presse\n\nMalgré les affirmations selon lesquelles la Russie a subi des pertes catastrophiques, aucune preuve "
           "ne vient étayer cette affirmation.", "la Russie a subi des pertes catastrophiques", None),
])
def test_an_according_to_relative_reports_the_clause_after_it(lang, text, clause, speaker):
    # "selon laquelle", "secondo cui", "согласно которому", "według których": the clause after the relative is
    # reported; its source is the name closing the antecedent phrase, else nobody named
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), clause)
    assert row[3] == speaker
    if "Malgré" in text:
        assert "aucune preuve" not in row[1]  # the phrase opens the sentence: its clause ends at the comma


def test_an_according_to_relative_inside_a_reported_clause_stays_part_of_it():
    article, prediction = analyse("Газ\n\n27 июня Еврокомиссия сообщила, что ЕС одобрил новый закон, согласно которому "
                                  "все страны блока должны заполнить хранилища.", lang="ru")
    rows = found(article, prediction)
    assert len(rows) == 1 and rows[0][1].startswith("ЕС одобрил новый закон, согласно которому")


@pytest.mark.parametrize("text,speaker", [
    ("Kirche\n\n„Dies wird das erste Zentrum dieser Art in Asien sein“, teilte die Erzdiözese mit.", "Erzdiözese"),
    ("Kirche\n\n„Dies wird das erste Zentrum dieser Art in Asien sein“, teilte die Erzdiözese den Gläubigen mit.",
     None),
])
def test_a_german_description_between_a_separable_cue_and_its_particle_speaks(text, speaker):
    # "„...“, teilte die Erzdiözese mit.": a nominative article and a noun, then only the particle; with a dative
    # object after it ("den Gläubigen") the phrase is no single subject and nobody is named, as before
    article, prediction = analyse(text, lang="de")
    assert [q.speaker.name if q.speaker else None for q in prediction.quotes] == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Мир\n\nВводный абзац статьи.\n\n— Позиция Киева по мирным переговорам заметно ужесточилась, и это произошло "
           "под кураторством НАТО, — отмечает председатель Союза политэмигрантов и политзаключенных Украины Лариса "
           "Шеслер.", "Лариса Шеслер"),
    ("pl", "Wojna\n\n– Sytuacja jest bardzo trudna i wymaga reakcji – powiedział przewodniczący Komisji Spraw "
           "Zagranicznych Sejmu Jan Kowalski.", "Jan Kowalski"),
])
def test_a_full_name_closing_a_long_postposed_subject_speaks(lang, text, speaker):
    # a role and its long genitive chain, then the person's full name closing the sentence
    article, prediction = analyse(text, lang=lang)
    assert [q.speaker.name for q in prediction.quotes if q.speaker][:1] == [speaker]


def test_a_name_after_a_preposition_closing_the_tag_is_no_speaker():
    article, prediction = analyse("Telewizja\n\n– Pani Von der Leyen ustala zasady ustrojowe w Polsce – powiedział "
                                  "Rafał Ziemkiewicz w Telewizji Republika.", lang="pl")
    assert "Telewizji Republika" not in {q.speaker.name for q in prediction.quotes if q.speaker}


@pytest.mark.parametrize("lang,text,rows", [
    ("en", "Talk\n\nThe conversation went like this.\n\nInfluential Roman: What about Bergoglio?\n\nMolester McCarrick: "
           "I was surprised and said, What about Bergoglio?\n\nInfluential Roman: Talk him up.\n\nThe end.",
     [("What about Bergoglio?", "Influential Roman"), ("Talk him up.", "Influential Roman"),
      ("I was surprised and said, What about Bergoglio?", "Molester McCarrick")]),
    ("ru", "Разговор\n\nВот запись разговора, который вели Путин и Макрон.\n\nПутин: Мы готовы к переговорам.\n\n"
           "Макрон: Тогда начнем завтра утром.", [("Мы готовы к переговорам.", "Путин"),
                                                  ("Тогда начнем завтра утром.", "Макрон")]),
])
def test_speaker_labelled_transcript_lines_are_direct_quotes(lang, text, rows):
    article, prediction = analyse(text, lang=lang)
    got = found(article, prediction)
    for words, speaker in rows:
        row = quote_with(got, words)
        assert row[0] == "direct" and row[3] == speaker


@pytest.mark.parametrize("text", [
    "Weather\n\nThe forecast.\n\nUpdate: The storm has passed the coast.\n\nWarning: Roads remain closed tonight.",
    "Talk\n\nThe show went on.\n\nInfluential Roman: What about Bergoglio?\n\nThe end came soon after that.",
])
def test_labelled_lines_that_are_no_transcript_stay_unquoted(text):
    # one-word labels the article names nowhere else, and a single labelled line, are no dialogue
    article, prediction = analyse(text)
    assert found(article, prediction) == []


def test_german_konjunktiv_reports_go_on_after_a_subheading():
    text = ("Impfung\n\nDer Pass habe keine Logik, sagte Magi gegenüber dem Sender RomaIT.\n\n"
            "Schizophrene Kampagne für Zweiklassengesellschaft\n\nDas sei die Hauptsache der ganzen Debatte.")
    article, prediction = analyse(text, lang="de")
    assert quote_with(found(article, prediction), "Das sei die Hauptsache")
    rules = predict(article, learned_speakers=False)  # the rules give it the speaker before the subheading
    assert quote_with(found(article, rules), "Das sei die Hauptsache")[3] == "Magi"


def test_german_konjunktiv_reports_stop_after_a_paragraph_of_the_authors_words():
    # near miss: a full paragraph (a sentence with its full stop) between ends the report, as before
    text = ("Impfung\n\nDer Pass habe keine Logik, sagte Magi gegenüber dem Sender RomaIT.\n\n"
            "Die Regierung in Rom hat am Montag neue Regeln für Reisende beschlossen.\n\n"
            "Das sei die Hauptsache der ganzen Debatte.")
    article, prediction = analyse(text, lang="de")
    assert not any("Hauptsache" in r[1] for r in found(article, prediction))


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("fr", "Moldavie\n\nIlan Shor a déclaré que la crise allait durer. Selon le politicien, un tel accord est "
           "destructeur pour le pays.", "un tel accord est destructeur", "Ilan Shor"),
    ("de", "Politik\n\nFriedrich Merz sprach am Montag in Berlin. Der Politiker sagte, die Lage sei ernst.",
     "die Lage sei ernst", "Friedrich Merz"),
])
def test_politician_is_a_role_noun_that_joins_the_person_it_describes(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("en", "Plague\n\nJimmy Whitworth, professor of International Public Health at the London School of Hygiene and "
           "Tropical Medicine, told The Sun: \u201cIt has been a long time since we have seen the plague.\u201d",
     "It has been a long time", "Jimmy Whitworth"),
    ("fr", "Peste\n\nJean Dupont, professeur de santé publique internationale à l\u2019école de la santé et de la "
           "médecine tropicale de Londres, a déclaré au Monde : \u00ab Cela fait longtemps que nous ne voyons plus la "
           "peste en ville. \u00bb", "Cela fait longtemps", "Jean Dupont"),
    # near miss: a long relative clause in commas was always skipped back to the name before it
    ("en", "Plague\n\nJimmy Whitworth, who has worked for many years in the poorest parts of Madagascar and Kenya and "
           "Uganda, told The Sun: \u201cIt has been a long time since we have seen the plague.\u201d",
     "It has been a long time", "Jimmy Whitworth"),
])
def test_a_long_apposition_opening_with_its_role_keeps_the_name_before_it(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("en", "Panel\n\nMr. Phil Saviano said the commission was a failure.\n\nJim Scanlan said his reaction was "
           "\u201chopeful but cynical.\u201d Like Saviano, he said the panel accomplished little in its first incarnation.",
     "the panel accomplished little", "Jim Scanlan"),
    ("fr", "Commission\n\nM. Pierre Martin a dit que la commission était un échec.\n\nJean Dupont a dit qu\u2019il "
           "était \u00ab plein d\u2019espoir mais cynique \u00bb. Comme Martin, il a dit que la commission avait peu fait.",
     "la commission avait peu fait", "Jean Dupont"),
    # near miss: the same man as the subject of a clause ("Saviano agreed, and he said") still takes the pronoun
    ("en", "Panel\n\nMr. Phil Saviano said the commission was a failure.\n\nJim Scanlan said his reaction was "
           "\u201chopeful but cynical.\u201d Saviano agreed, and he said the panel accomplished little in its first "
           "incarnation.", "the panel accomplished little", "Phil Saviano"),
])
def test_a_person_after_a_preposition_does_not_take_the_next_pronoun(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("en", "Iran\n\nTucker Carlson spoke to Douglas Macgregor on Monday. Pointing out Trump\u2019s recent attempts at "
           "diplomacy with North Korea, Macgregor weighed in, noting that he thinks the president will avoid war.",
     "he thinks the president", "Douglas Macgregor"),
    ("pl", "Włochy\n\nGiorgia Meloni prowadzi w sondażach. Mimo że jej partia Bracia Włoch ma neofaszystowskie korzenie, "
           "Meloni stara się rozwiać obawy, mówiąc, że wyborcy są zmęczeni takimi dyskusjami.",
     "wyborcy są zmęczeni", "Giorgia Meloni"),
    ("fr", "Iran\n\nEmmanuel Macron était à Paris lundi. Commentant la décision de Joe Biden, Marine Le Pen a critiqué "
           "le gouvernement, affirmant que le pays était en danger.", "le pays était en danger", "Marine Le Pen"),
    # near miss: an opening participle with no comma-set clause of its own names the subject as before
    ("fr", "Iran\n\nMarine Le Pen était à Paris lundi. Invitée sur RTL, Marine Le Pen a comparé la situation à une "
           "guerre, affirmant que le pays était en danger.", "le pays était en danger", "Marine Le Pen"),
])
def test_a_participle_cue_skips_the_opening_adverbial_clause(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


def test_a_polish_verb_opening_the_sentence_before_its_pronoun_is_no_name():
    text = ("Wirus\n\nW tym gronie znalazł się prezydent USA Donald Trump. Propagował on twierdzenia o wycieku wirusa, "
            "twierdząc przy tym, że widział niezbite dowody.")
    article, prediction = analyse(text, lang="pl")
    assert quote_with(found(article, prediction), "widział niezbite dowody")[3] == "Donald Trump"


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("it", "Cina\n\nLe banche hanno chiuso. \u201cAl momento coloro che hanno visto diventare rosso il loro codice possono "
           "solo contattare i manager\u201d, ha dichiarato il funzionario della commissione sanitaria cinese.",
     "Al momento coloro", "funzionario della commissione sanitaria cinese"),
    ("fr", "Chine\n\nLes banques ont fermé. \u00ab Je ne suis pas cliente, c\u2019est mon père qui a déposé de "
           "l\u2019argent \u00bb, a déclaré une femme habitant à Zhumadian.", "Je ne suis pas cliente", "femme habitant"),
    # near misses: an adverbial and a name after the cue is the name; a short role phrase is read as before
    ("fr", "Chine\n\nLes banques ont fermé. \u00ab Nous croyons que les tarifs ont augmenté les coûts pour les "
           "familles \u00bb, a déclaré un peu plus tôt John Kirby.", "Nous croyons", "John Kirby"),
    ("it", "Cina\n\nLe banche hanno chiuso. \u201cNon sono una cliente, è mio padre che ha depositato dei soldi\u201d, "
           "ha dichiarato il portavoce del ministero.", "Non sono una cliente", "portavoce"),
])
def test_a_long_description_after_an_inverted_cue_speaks(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("it", "Gas\n\nEuropa e Russia litigano sul gas. La Russia rappresenta circa il 40% delle importazioni di gas "
           "naturale nell\u2019Unione Europea, secondo Eurostat, l\u2019agenzia statistica del blocco.",
     "La Russia rappresenta", "Eurostat"),
    ("pl", "Gaz\n\nEuropa i Rosja spierają się o gaz. Rosja odpowiada za 40% importu gazu do Unii Europejskiej, "
           "według Eurostatu.", "Rosja odpowiada", "Eurostat"),
    # near misses: a case ending still joins the surname ("Berlusconiego", "Berlusconi")
    ("pl", "Włochy\n\nSilvio Berlusconi wrócił do polityki. Według Berlusconiego powrót jest wynikiem poczucia obowiązku.",
     "powrót jest wynikiem", "Silvio Berlusconi"),
    ("ru", "Италия\n\nСильвио Берлускони вернулся в политику. По словам Берлускони, возвращение является результатом "
           "чувства долга.", "возвращение является", "Сильвио Берлускони"),
])
def test_a_name_sharing_four_letters_with_another_is_not_its_inflection(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3].startswith(speaker)  # ("Eurostatu": the genitive)


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("it", "Taiwan\n\nOggi il ministero della Difesa ha definito la riunificazione una missione sacra e ha avvertito "
           "Washington che sta aumentando il rischio di uno scontro militare.", "sta aumentando il rischio",
     "ministero della Difesa"),
    ("fr", "Taïwan\n\nLe ministère de la Défense a qualifié la réunification de mission sacrée et a prévenu Washington "
           "que le risque d\u2019affrontement augmentait.", "le risque d\u2019affrontement", "ministère de la Défense"),
    # near miss: a subject after the verb and before a comma speaks, as before
    ("de", "Russland\n\nDer Kreml äußerte sich am Montag. Gleichzeitig betonte Putin, dass Russland keinen Krieg wolle.",
     "Russland keinen Krieg", "Putin"),
])
def test_the_phrase_between_a_mid_clause_cue_and_its_that_is_the_one_told(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("text,clause,speaker", [
    # the small words inside a body's name: the whole name speaks, not its last capitalised words
    ("Guns\n\nThe Brady Campaign to Prevent Gun Violence said that the law was weak.", "the law was weak",
     "Brady Campaign to Prevent Gun Violence"),
    ("Guns\n\n\u201cWe will act,\u201d said the Brady Campaign to Prevent Gun Violence.", "We will act",
     "Brady Campaign to Prevent Gun Violence"),
    ("Housing\n\nThe Department of Housing and Urban Development said that the rule would change.",
     "the rule would change", "Department of Housing and Urban Development"),
    ("Press\n\nThe Committee to Protect Journalists said that two reporters were held.", "two reporters were held",
     "Committee to Protect Journalists"),
    # a person of a body: the person, not the body's last word
    ("Plague\n\nReports came in. Olivier Le Guillou of Action Against Hunger said: \u201cThe epidemic is ahead of us.\u201d",
     "The epidemic is ahead", "Olivier Le Guillou"),
    # near misses: a body named with "of" speaks as before; two bodies joined by "and" stay two
    ("Missiles\n\nThe Ministry of Defence said that the missile was destroyed.", "the missile was destroyed",
     "Ministry of Defence"),
    ("Justice\n\nThe Justice Department and Homeland Security officials said that the plan was ready.",
     "the plan was ready", None),
])
def test_small_words_inside_an_english_body_name_keep_the_name_whole(text, clause, speaker):
    article, _ = analyse(text)
    rules = predict(article, learned_speakers=False)
    got = quote_with(found(article, rules), clause)[3]
    if speaker is None:
        assert got != "Department and Homeland Security"
    else:
        assert got == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a chain of genitive complements after a role: the role holder speaks, not the place or body at its end
    ("it", "Kiev\n\nIl consigliere del ministero dell'interno di Kiev ha detto che la situazione è grave.",
     "la situazione è grave", "consigliere del ministero dell'interno di Kiev"),
    ("it", "Kiev\n\nA riferirlo è il consigliere del ministero dell'interno di Kiev, secondo cui la situazione è grave.",
     "la situazione è grave", "consigliere del ministero dell'interno di Kiev"),
    ("fr", "Défense\n\nLe porte-parole du ministère des Armées a déclaré que la France était prête.",
     "la France était prête", "porte-parole du ministère des Armées"),
    # the lowercase adjective completing the role's capitalised complement belongs to the description
    ("fr", "Ukraine\n\n« Nous soutenons l'Ukraine », a déclaré la ministre des Affaires étrangères.",
     "Nous soutenons", "ministre des Affaires étrangères"),
    ("fr", "Ukraine\n\nLa France soutient l'Ukraine, a déclaré mardi la ministre des Affaires étrangères Catherine Colonna.",
     "La France soutient", "Catherine Colonna"),
    ("it", "Ucraina\n\n\"Sosteniamo l'Ucraina\", ha detto il ministro degli Affari esteri Luigi Di Maio.",
     "Sosteniamo", "Luigi Di Maio"),
    # near misses: a body speaking keeps its name; a time word after the role is no adjective; a name
    # closing the antecedent of "secondo cui" after a body (no role holder) speaks as before
    ("it", "Difesa\n\nIl ministero della Difesa ha detto che la situazione è grave.", "la situazione è grave",
     "ministero della Difesa"),
    ("fr", "Armées\n\n« Nous soutenons l'Ukraine », a déclaré le ministre des Armées lundi.", "Nous soutenons",
     "ministre des Armées"),
    ("it", "Kiev\n\nÈ la tesi dell'amministrazione di Zelensky, secondo cui la situazione è grave.",
     "la situazione è grave", "Zelensky"),
])
def test_role_with_genitive_complements_is_the_role_holder(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a role and a body's name in the genitive: the role holder, not the body
    ("pl", "Armia\n\nSzef Sztabu Generalnego powiedział, że armia jest gotowa.", "armia jest gotowa",
     "Szef Sztabu Generalnego"),
    ("pl", "Armia\n\n\"Armia jest gotowa\" - powiedział szef Sztabu Generalnego.", "Armia jest gotowa",
     "szef Sztabu Generalnego"),
    ("pl", "Polityka\n\nLider Platformy Obywatelskiej powiedział, że rząd kłamie.", "rząd kłamie",
     "Lider Platformy Obywatelskiej"),
    ("ru", "Фронт\n\n«Мы отступаем», – заявил член главного совета администрации Запорожской области.", "Мы отступаем",
     "член главного совета администрации Запорожской области"),
    ("ru", "Фронт\n\nЧлен главного совета администрации Запорожской области заявил, что войска отступают.",
     "войска отступают", "Член главного совета администрации Запорожской области"),
    # German: a compound role noun heads its description too
    ("de", "Kirche\n\n„Das ist eine Katastrophe“, sagte der Regierungssprecher der Bundesregierung.",
     "Das ist eine Katastrophe", "Regierungssprecher der Bundesregierung"),
    ("de", "Kirche\n\n„Das ist eine Katastrophe“, sagte die Ratsvorsitzende der Evangelischen Kirche in Deutschland, "
           "Annette Kurschus.", "Das ist eine Katastrophe", "Annette Kurschus"),
    # near misses: a person named in the nominative after the role speaks
    ("pl", "Rząd\n\nRzecznik rządu Piotr Müller powiedział, że rząd nie ustąpi.", "rząd nie ustąpi", "Piotr Müller"),
    ("pl", "Rząd\n\nRzeczniczka rządu Anna Michalska powiedziała, że rząd nie ustąpi.", "rząd nie ustąpi",
     "Anna Michalska"),
    ("pl", "Armia\n\n\"Armia jest gotowa\" - powiedział szef Sztabu Generalnego Rajmund Andrzejczak.",
     "Armia jest gotowa", "Rajmund Andrzejczak"),
    ("ru", "МИД\n\nОфициальный представитель МИД Мария Захарова заявила, что Россия ответит.", "Россия ответит",
     "Мария Захарова"),
])
def test_role_of_a_body_in_the_genitive_is_the_role_holder(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a name goes on through its lowercase particles ("vel", "bin", "ibn", "бин") and an Arabic article
    # joined to the surname ("al-Jubeir", "аль-Джубейр")
    ("pl", "Polska\n\nSzymon Szynkowski vel Sęk powiedział, że Polska nie ustąpi.", "Polska nie ustąpi",
     "Szymon Szynkowski vel Sęk"),
    ("pl", "Polska\n\n\"Polska nie ustąpi\" - powiedział wiceminister Szymon Szynkowski vel Sęk.", "Polska nie ustąpi",
     "Szymon Szynkowski vel Sęk"),
    ("en", "Saudi\n\n\"We will win,\" said Abdullah ibn Saud.", "We will win", "Abdullah ibn Saud"),
    ("ru", "Саудовская Аравия\n\n«Мы победим», – заявил наследный принц Мухаммед бин Салман.", "Мы победим",
     "Мухаммед бин Салман"),
    ("ru", "Саудовская Аравия\n\n«Не слышал такого разговора», – заявил государственный министр по иностранным делам "
           "Саудовской Аравии Адель аль-Джубейр.", "Не слышал", "Адель аль-Джубейр"),
    ("en", "Saudi\n\nSaudi Foreign Minister Adel al-Jubeir said that he had not heard it.", "he had not heard it",
     "Adel al-Jubeir"),
    ("fr", "Arabie\n\nLe ministre saoudien Adel al-Jubeir a déclaré qu'il n'avait rien entendu.", "rien entendu",
     "Adel al-Jubeir"),
    # near misses: a capitalised first name is no particle; "and" between two people keeps them apart
    ("de", "Fauci\n\n„Das ist Faucis Schuld“, sagte Moderator Ben Armstrong.", "Das ist Faucis Schuld", "Ben Armstrong"),
    ("ru", "Кремль\n\n«Мы победим», – заявил Владимир Путин.", "Мы победим", "Владимир Путин"),
])
def test_a_name_goes_on_through_its_lowercase_particles(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("text,clause,speaker", [
    # Russian capitalises only the first word of a body's name: the lowercase noun after it completes the name
    ("Галерея\n\nТакже Национальная галерея сообщила, что картина будет переименована.", "картина будет",
     "Национальная галерея"),
    ("Дума\n\n«Мы не согласны», – заявила Государственная дума.", "Мы не согласны", "Государственная дума"),
    # near misses: a sentence-initial adjective says nothing by its capital; a person's name is unchanged
    ("Армия\n\nРоссийские военные заявили, что ракета уничтожена.", "ракета уничтожена", "Российские военные"),
    ("Лавров\n\nВчера Сергей Лавров заявил, что санкции не работают.", "санкции не работают", "Сергей Лавров"),
])
def test_a_russian_body_name_goes_on_through_its_lowercase_noun(text, clause, speaker):
    article, _ = analyse(text, lang="ru")
    rules = predict(article, learned_speakers=False)
    assert quote_with(found(article, rules), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # an acronym before capitalised words the language writes in lower case is one body's name, not an
    # outlet or party before a person
    ("en", "Clinic\n\nUMC Quick Care said that the clinic was closed.", "the clinic was closed", "UMC Quick Care"),
    ("en", "Clinic\n\n\u201cWe are closed,\u201d said UMC Quick Care.", "We are closed", "UMC Quick Care"),
    # near misses: an acronym before a person's name stays apart from it
    ("pl", "Włochy\n\nWedług POLITICO Berlusconi wraca do polityki.", "wraca do polityki", "Berlusconi"),
    ("de", "Bundestag\n\n„Wir sind dagegen“, sagte AfD Steffen Kotre.", "Wir sind dagegen", "Steffen Kotre"),
    ("en", "Guns\n\n\u201cWe are against it,\u201d said NRA Executive Director Wayne LaPierre.", "We are against it",
     "Wayne LaPierre"),
])
def test_an_acronym_before_common_words_is_one_body_name(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # English: a name before its "of the" complement heads the phrase, not the name after it
    ("en", "Church\n\nThe Catechism of the Catholic Church teaches that such acts are wrong.", "such acts are wrong",
     "Catechism"),
    ("en", "Church\n\nIn its text, the Catechism of the Catholic Church teaches that such acts are wrong.",
     "such acts are wrong", "Catechism"),
    # (Italian writes the complement in lower case: the phrase is one description already)
    ("it", "Chiesa\n\nIl Catechismo della Chiesa cattolica afferma che questi atti sono contrari alla legge naturale.",
     "questi atti sono contrari", "Catechismo della Chiesa cattolica"),
    # near misses: a title or a role before "of the" keeps the description whole
    ("en", "Church\n\nThe Minister of the Interior said that cases were growing.", "cases were growing",
     "Minister of the Interior"),
    ("en", "Church\n\nThe leaders of the Islamic Republic said that they would win.", "they would win",
     "leaders of the Islamic Republic"),
])
def test_a_name_before_its_of_the_complement_heads_the_phrase(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("text,clause,speaker", [
    # a capitalised document noun closing a name is part of it (English "report" is a cue verb too)
    ("Church\n\nHe has done so. Fr. Fessio\u2019s Catholic World Report, another voice of the opposition, notes that the "
     "bishops reinforce the claims.", "the bishops reinforce", "Catholic World Report"),
    ("News\n\nThe Drudge Report said that the bishops reinforce the claims.", "the bishops reinforce", "Drudge Report"),
    # near miss: a name alone is unchanged
    ("News\n\nMueller said that the bishops reinforce the claims.", "the bishops reinforce", "Mueller"),
])
def test_a_document_noun_closing_an_english_name_is_part_of_it(text, clause, speaker):
    article, _ = analyse(text)
    rules = predict(article, learned_speakers=False)
    assert quote_with(found(article, rules), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a short word the language writes in lower case, capitalised inside a name, belongs to the name
    ("en", "Plague\n\nElhadj As Sy said that overcoming the epidemic would require long-term help.",
     "overcoming the epidemic", "Elhadj As Sy"),
    ("de", "Wetter\n\n„Es wird heiß“, schreibt das Portal Der Westen.", "Es wird heiß", "Portal Der Westen"),
    ("fr", "Peste\n\nElhadj As Sy a déclaré que l'épidémie allait s'aggraver.", "allait s'aggraver", "Elhadj As Sy"),
    # near miss: a capitalised word after a name in a sentence is no part of it
    ("en", "Talks\n\n\u201cWe will meet,\u201d Biden said On Monday the talks began.", "We will meet", "Biden"),
])
def test_a_short_capitalised_word_inside_a_name_belongs_to_it(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a lone first name is the one person named with it, the name's particles aside
    ("en", "Saudi\n\nCrown Prince Mohammed bin Salman met Biden on Friday. Prince Mohammed said that the kingdom would "
           "invest.", "the kingdom would invest", "Mohammed bin Salman"),
    ("de", "EU\n\nUrsula von der Leyen traf Biden am Freitag. „Wir investieren“, sagte Ursula.", "Wir investieren",
     "Ursula von der Leyen"),
    ("it", "Arabia\n\nIl principe ereditario Mohammed bin Salman ha incontrato Biden. Il principe Mohammed ha detto che "
           "il regno investirà.", "il regno investirà", "Mohammed bin Salman"),
    # near miss: two people share the first name, so it names neither
    ("en", "Gulf\n\nMohammed bin Salman met Mohammed bin Zayed on Friday. Prince Mohammed said that the kingdom would "
           "invest.", "the kingdom would invest", "Mohammed"),
])
def test_a_first_name_alone_is_the_one_person_named_with_it_particles_aside(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a body's name in the genitive (an adjective's genitive among it) between a role and a person's name
    # belongs to the title: the person speaks, named without it
    ("pl", "Rząd\n\nRzeczniczka Platformy Obywatelskiej Anna Michalska powiedziała, że rząd nie ustąpi.",
     "rząd nie ustąpi", "Anna Michalska"),
    ("pl", "Rząd\n\n\"Rząd nie ustąpi\" - powiedziała rzeczniczka Platformy Obywatelskiej Anna Michalska.",
     "Rząd nie ustąpi", "Anna Michalska"),
    ("ru", "Фронт\n\nЧлен главного совета администрации Запорожской области Владимир Рогов заявил, что войска "
           "отступают.", "войска отступают", "Владимир Рогов"),
    # near miss: after an inflected role everything is in the genitive, the person too: the name speaks
    ("pl", "Rząd\n\nWedług rzeczniczki rządu Anny Michalskiej, rząd nie ustąpi.", "rząd nie ustąpi",
     "Anny Michalskiej"),
])
def test_a_genitive_body_between_role_and_person_is_in_the_title(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # near misses found on unlabelled articles: a person's name in the Russian instrumental before a verb is no
    # body's name; an Italian "al" after a surname is a preposition, and the surname stays the person's
    ("ru", "Грозев\n\nНезадолго до этого с Христо Грозевым намеревалась встретиться журналистка. «Мы победим», – "
           "заявил Христо Грозев.", "Мы победим", "Грозев"),  # (as on main: the name's case forms are another matter)
    ("it", "G7\n\nOlaf Scholz ha parlato ieri. Scholz al Bundestag ha parlato. Secondo Scholz, la carestia incombe.",
     "la carestia incombe", "Olaf Scholz"),
])
def test_particle_and_adjective_rules_leave_prepositions_and_case_forms_alone(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # the adjective after a role belongs to the description before an adverbial too
    ("it", "Renzi\n\n«Avremmo lavorato per il sorteggio», scrive il senatore fiorentino nel suo libro.",
     "Avremmo lavorato", "senatore fiorentino"),
    ("fr", "Paris\n\n« Nous ne céderons pas », a affirmé le ministre français dans un entretien.", "Nous ne céderons",
     "ministre français"),
    # near misses: a time word or a participle after the role is no adjective of it
    ("it", "Roma\n\n«Non cederemo», ha detto il ministro oggi in conferenza.", "Non cederemo", "ministro"),
    ("it", "Roma\n\n«Non cederemo», ha detto il ministro intervenuto a Roma.", "Non cederemo", "ministro"),
])
def test_a_romance_adjective_after_a_role_before_an_adverbial_belongs_to_it(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # the genitive object of a role before a person's name belongs to the title, not to the name
    ("de", "Ukraine\n\n„Das ist falsch“, sagte der Präsident der Ukraine Wolodymyr Selenskyj.", "Das ist falsch",
     "Wolodymyr Selenskyj"),
    ("de", "Ukraine\n\nDer Präsident der Ukraine Wolodymyr Selenskyj sagte, das sei falsch.", "das sei falsch",
     "Wolodymyr Selenskyj"),
    ("it", "Esteri\n\n«Non cederemo», ha detto il ministro degli Esteri Mario Bianchi.", "Non cederemo", "Mario Bianchi"),
    # near misses: a newspaper after "der Zeitung" keeps its name; a role before the name alone is unchanged
    ("de", "Bild\n\nLaut der Zeitung Bild ist das falsch.", "ist das falsch", "Zeitung Bild"),
    ("de", "Berlin\n\n„Das ist falsch“, sagte der Kanzler Olaf Scholz.", "Das ist falsch", "Olaf Scholz"),
])
def test_a_roles_genitive_object_before_a_name_is_in_the_title(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a body's noun and its "of" open a name: the place after them is no speaker of its own
    ("en", "Rates\n\nThe Bank of England said that rates would rise.", "rates would rise", "Bank of England"),
    ("en", "Rates\n\n\u201cRates will rise,\u201d said the Bank of England.", "Rates will rise", "Bank of England"),
    ("fr", "Taux\n\n« Les taux vont augmenter », a déclaré la Banque de France.", "Les taux vont augmenter",
     "Banque de France"),
    ("de", "Zinsen\n\nDie Bank of England erklärte, die Zinsen würden steigen.", "die Zinsen würden steigen",
     "Bank of England"),
    # near misses: a title before "of" and a person "of" a place are unchanged
    ("en", "Rates\n\nThe President of Russia said that rates would rise.", "rates would rise", "President of Russia"),
    ("en", "Rates\n\nSen. Elizabeth Warren of Massachusetts said that rates would rise.", "rates would rise",
     "Elizabeth Warren"),
])
def test_a_body_noun_and_its_of_open_the_name(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # Russian capitalises a body's noun alone: its lowercase genitives and the country closing it are its name,
    # the country is no speaker (the real organisation speaks)
    ("ru", "Ракета\n\nМинистерство обороны России заявило, что ракета уничтожена.", "ракета уничтожена",
     "Министерство обороны России"),
    ("ru", "Ракета\n\n«Ракета уничтожена», – заявило Министерство обороны России.", "Ракета уничтожена",
     "Министерство обороны России"),
    ("ru", "МИД\n\nМинистерство иностранных дел России заявило, что Россия ответит.", "Россия ответит",
     "Министерство иностранных дел России"),
    # near misses: the person named after the body's name speaks
    ("ru", "Ракета\n\nПредставитель Министерства обороны России Игорь Конашенков заявил, что ракета уничтожена.",
     "ракета уничтожена", "Игорь Конашенков"),
    ("ru", "МИД\n\nОфициальный представитель Министерства иностранных дел России Мария Захарова заявила, что Россия "
           "ответит.", "Россия ответит", "Мария Захарова"),
])
def test_a_russian_body_noun_takes_its_genitives_and_country_into_its_name(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("text,clause,speaker", [
    # English: a person "from" a body speaks, not the body's last name
    ("Plague\n\nProfessor John Joe McFadden from the University of Surrey told MailOnline: \u201cFortunately the plague "
     "has not developed much resistance.\u201d", "Fortunately the plague", "John Joe McFadden"),
    # near misses: a group or role "from" a body is the description, as before
    ("Plague\n\nExperts from the University of Surrey said that the plague was dangerous.", "the plague was dangerous",
     "Experts"),
    ("Plague\n\nA spokesman from the University of Surrey said that the plague was dangerous.",
     "the plague was dangerous", "spokesman"),
])
def test_a_person_from_a_body_is_the_speaker(text, clause, speaker):
    article, _ = analyse(text)
    rules = predict(article, learned_speakers=False)
    assert quote_with(found(article, rules), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause", [
    # a cue set in commas but followed by its complementizer reports the clause after it, not the sentence
    ("pl", "Kukiz\n\nNa pytanie, czy może wystartować, Kukiz odparł, że jest w stanie wystartować z każdej listy.",
     "jest w stanie wystartować z każdej listy"),
    ("pl", "Ksenofobia\n\nIlja Jabłokow, wykładowca na Uniwersytecie Sheffield, powiedział, że ksenofobia może "
           "wybuchnąć w każdej chwili.", "ksenofobia może wybuchnąć w każdej chwili"),
    ("ru", "Буданов\n\nГлава разведки, отвечая на вопрос о том, останется ли Путин живым, отметил, что диктатор сам "
           "себя загнал в тупик.", "диктатор сам себя загнал в тупик"),
    ("ru", "Риск\n\nОтносительно применения ядерного оружия, он отметил, что такой риск есть всегда.",
     "такой риск есть всегда"),
])
def test_a_cue_in_commas_before_its_complementizer_reports_the_clause_after_it(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert quote_with(rows, clause)[:2] == ("indirect", clause)


@pytest.mark.parametrize("lang,text,sentence", [
    # near misses: a tag in commas with the words going on after it (no complementizer) keeps the whole sentence
    ("en", "Magisterium\n\nThere is only one Magisterium, Cardinal Gerhard Müller said, and bishops can only decide on "
           "doctrine.", "There is only one Magisterium, Cardinal Gerhard Müller said, and bishops can only decide on doctrine"),
    ("pl", "Ustawa\n\nTa ustawa, powiedział Jan Kowalski, jest zła dla wszystkich obywateli.",
     "Ta ustawa, powiedział Jan Kowalski, jest zła dla wszystkich obywateli"),
])
def test_a_parenthetical_cue_without_complementizer_still_reports_the_sentence(lang, text, sentence):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), sentence)[1] == sentence


@pytest.mark.parametrize("lang,text,kind,start", [
    # words of the sentence before the quoted ones, then a tag after them: the sentence is a mixed quote
    ("fr", "Inde\n\nLes Chinois « n’osent pas accroître la pression frontalière pour contrarier les Indiens en ce "
           "moment », écrit Bobo Lo.", "mixed", "Les Chinois"),
    ("en", "NDA\n\nWhen he tried to bring the allegations to light, “the Justice Department threatened him with loss of "
           "freedom,” Victoria Toensing added.", "mixed", "When he tried"),
    ("de", "Optionen\n\nErstens, wenn das russische Militär seine Positionen beibehält, „wird es 20 Prozent der Ukraine "
           "erhalten“, so Henry Kissinger.", "mixed", "Erstens, wenn"),
    ("it", "Truss\n\nIl presidente russo Vladimir ”Putin non si fermerà all’Ucraina”, dice la ministra Liz Truss.",
     "mixed", "Il presidente russo"),
    # near misses: a short adverbial set off by a comma, or nothing before the quote: direct as before
    ("fr", "Pentagone\n\nÀ cet égard, « on peut raisonnablement se poser la question des objectifs réels du Pentagone », "
           "a déclaré Maria Zakharova.", "direct", "on peut raisonnablement"),
    ("en", "Tolerance\n\n“We will not tolerate it any longer,” Victoria Toensing added.", "direct", "We will not"),
])
def test_unquoted_words_opening_the_sentence_before_a_tagged_quote_make_it_mixed(lang, text, kind, start):
    article, prediction = analyse(text, lang=lang)
    hits = [r for r in found(article, prediction) if r[1].startswith(start)]
    assert hits and hits[0][0] == kind, found(article, prediction)


@pytest.mark.parametrize("lang,text,clause", [
    # a clause opening with a role noun, then ", <name> said." closing the sentence: the clause is the report
    ("en", "Injunction\n\nA federal judge on Monday issued a preliminary injunction, Xavier Becerra said.",
     "A federal judge on Monday issued a preliminary injunction"),
    ("en", "Bill\n\nThe president signed the bill on Monday, White House spokesman Josh Earnest said.",
     "The president signed the bill on Monday"),
    ("it", "Decreto\n\nIl ministro ha firmato il decreto lunedì, Mario Rossi ha detto.",
     "Il ministro ha firmato il decreto lunedì"),
])
def test_a_role_noun_opening_the_clause_before_a_closing_tag_is_no_apposition(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[:2] == ("indirect", clause)


@pytest.mark.parametrize("lang,text,clause", [
    # near misses: a description in apposition before the name and its cue: the clause after the cue
    ("en", "Plan\n\nIn a statement, the company's chief executive, Mark Lee, said the plan failed.", "the plan failed"),
    ("fr", "Sanctions\n\nLe chef de la diplomatie russe, Sergueï Lavrov, a affirmé que les sanctions étaient illégales.",
     "les sanctions étaient illégales"),
])
def test_a_described_speaker_in_apposition_still_reports_the_clause_after(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert [r[1] for r in rows] == [clause]


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a source phrase closing the sentence after a comma, whatever its words; its agent when it names one
    ("en", "Gold\n\nCentral banks bought gold for the fifth month in August, according to the latest data released by "
           "the World Gold Council.", "Central banks bought gold for the fifth month in August", "World Gold Council"),
    ("fr", "Odessa\n\nAu moins huit personnes ont été tuées dans des frappes russes sur la ville, selon un bilan fourni "
           "par la présidence ukrainienne.", "Au moins huit personnes ont été tuées", "présidence ukrainienne"),
    ("it", "Soros\n\nGeorge Soros ha finanziato gruppi ambientalisti per circa 25 milioni di dollari, secondo un nuovo "
           "rapporto.", "George Soros ha finanziato gruppi ambientalisti", None),
])
def test_a_closing_source_phrase_of_any_words_reports_the_clause_before(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), clause)
    assert row[0] == "indirect" and row[2] in ("according to", "selon", "secondo")
    if speaker is not None:
        assert row[3] == speaker


def test_according_to_plan_without_a_comma_is_no_source():
    # near miss: "according to plan" inside the clause reports nothing
    article, prediction = analyse("Plan\n\nThe operation went ahead in March according to plan.")
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang,text,clause,kind", [
    # Polish "uważa" and Russian "считает" as a tag after the words they report: a view told
    ("pl", "Artyści\n\nPrzyczyną milczenia artystów jest właśnie strach przed konsekwencjami szczerości, uważa "
           "Agnieszka Legucka.", "Przyczyną milczenia artystów jest właśnie strach", "indirect"),
    ("ru", "Донецк\n\nИнтенсивность обстрелов не снизилась, город продолжают активно бомбить, считает мэр города "
           "Алексей Кулемзин.", "Интенсивность обстрелов не снизилась", "indirect"),
    ("ru", "Тупик\n\n«Это его конец, он сам себя загнал в тупик», — считает Кирилл Буданов.",
     "Это его конец", "direct"),
])
def test_a_view_verb_as_a_closing_tag_reports(lang, text, clause, kind):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == kind


@pytest.mark.parametrize("lang,text", [
    # near misses: the same verbs before a clause are beliefs, and so is the impersonal "uważano, że"
    ("pl", "Żony\n\nKiedyś uważano, że można zabić dziecko albo bić żonę bez żadnej kary."),
    ("pl", "Strach\n\nAgnieszka Legucka uważa, że przyczyną milczenia artystów jest strach przed konsekwencjami."),
    ("ru", "Риск\n\nКирилл Буданов считает, что такой риск есть всегда и это лишь ускорит конец."),
])
def test_a_view_verb_before_its_clause_is_a_belief(lang, text):
    article, prediction = analyse(text, lang=lang)
    assert found(article, prediction) == []


@pytest.mark.parametrize("text,clause", [
    # Russian impersonal plural cue closing the sentence, the source a named body after "в"
    ("Донецк\n\nВ понедельник украинские войска выпустили шесть снарядов по Петровскому району Донецка, заявили в "
     "представительстве ДНР в Совместном центре по контролю.", "В понедельник украинские войска выпустили"),
    ("Дела\n\nРоссийские следователи направили в прокуратуры ДНР и ЛНР первые десять уголовных дел, сообщили РИА "
     "Новости в пресс-службе Следственного комитета.", "Российские следователи направили"),
    ("Донецк\n\nНаселение города сократилось вдвое за последний год, сообщили в администрации Донецка.",
     "Население города сократилось вдвое"),
])
def test_a_russian_impersonal_cue_takes_the_body_after_v_as_its_source(text, clause):
    article, prediction = analyse(text, lang="ru")
    row = quote_with(found(article, prediction), clause)
    assert row[0] == "indirect" and row[3] is not None


def test_a_russian_impersonal_cue_with_a_time_or_manner_after_v_names_nobody():
    # near misses: "в понедельник" (a time) reports nothing unnamed; "написали в ответ" (in reply) names nobody
    article, prediction = analyse("Бомбы\n\nГород продолжают активно бомбить каждый день, сообщили в понедельник.",
                                  lang="ru")
    assert found(article, prediction) == []
    article, prediction = analyse("Ответ\n\n«Нарциссизм этих людей поражает. Все это пиар и реклама», — написали в ответ.",
                                  lang="ru")
    assert quote_with(found(article, prediction), "Нарциссизм")[3] is None


@pytest.mark.parametrize("lang,text,clause", [
    # a news agency's tag "..., передает X" (Polish "przekazuje" was a cue already)
    ("ru", "Донецк\n\nУкраинские войска вновь подвергли в понедельник массированному обстрелу Донецк, над городом "
           "работает ПВО, передает корреспондент РИА Новости.", "Украинские войска вновь подвергли"),
    ("ru", "Газ\n\nПоставки газа в Европу сократились на треть за неделю, передает агентство Блумберг.",
     "Поставки газа в Европу сократились"),
])
def test_peredaet_as_a_closing_tag_reports(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "indirect"


def test_peredaet_handing_something_over_is_no_report():
    # near miss: "передает власть" (hands over power) before its object reports nothing
    article, prediction = analyse("Власть\n\nПрезидент передает власть преемнику после выборов в марте.", lang="ru")
    assert found(article, prediction) == []


@pytest.mark.parametrize("text", [
    # "add"/"claim"/"maintain" with an amount as their object report nothing
    "Gold\n\nOn net, central banks added 20 more tons of gold to their reserves.",
    "Gold\n\nUzbekistan added 8.7 tons to its reserves in August, roughly the same amount as before.",
    "Gold\n\nTurkey was the biggest buyer and has added more gold than any other country in 2022.",
])
def test_an_amount_after_add_is_an_object_not_a_clause(text):
    article, prediction = analyse(text)
    assert found(article, prediction) == []


@pytest.mark.parametrize("text,clause", [
    # near misses: an amount opening the reported clause, or "that", still report
    ("Attack\n\nThe spokesman added 20 people had been killed in the attack.", "20 people had been killed in the attack"),
    ("Attack\n\nPeskov added that 20 people had died in the attack.", "20 people had died in the attack"),
])
def test_an_amount_opening_a_clause_after_add_still_reports(text, clause):
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), clause)[:2] == ("indirect", clause)


@pytest.mark.parametrize("lang,text,clause", [
    # a short aside in commas between the cue and its complementizer: the clause after the complementizer
    ("en", "JCPOA\n\nThe Heritage Foundation noted in its recent report on the JCPOA, for example, that Iran was "
           "“caught red-handed trying to purchase nuclear technology.”", "Iran was “caught red-handed"),
    ("fr", "Sanctions\n\nLe ministre a affirmé lundi, par exemple, que les sanctions étaient illégales.",
     "les sanctions étaient illégales"),
    ("de", "Sanktionen\n\nDer Minister sagte am Montag, zum Beispiel, dass die Sanktionen illegal seien.",
     "die Sanktionen illegal seien"),
])
def test_an_aside_in_commas_before_the_complementizer_is_skipped(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[1].startswith(clause)


@pytest.mark.parametrize("lang,text,clause", [
    # near misses: a second cue or a name with a relative in commas is no aside; the nearest report is kept
    ("pl", "Kaczyński\n\nJuż w pierwszych wystąpieniach mówił o podziale na dobro i zło, twierdził, że wystarczy mocniej "
           "uderzać w przeciwników.", "wystarczy mocniej uderzać w przeciwników"),
    ("it", "Reprieve\n\nL’articolo scritto dal direttore dell’ente, Reprieve, che traccia gravi violazioni, indicava che la "
           "visita di Johnson è arrivata dopo le esecuzioni.", "la visita di Johnson è arrivata dopo le esecuzioni"),
])
def test_a_cue_or_relative_in_commas_is_no_aside(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert [r[1] for r in found(article, prediction)] == [clause]


@pytest.mark.parametrize("lang,text,clause", [
    # "repeat" reports in every language, also coordinated after another cue with the speaker dropped
    ("it", "Sanzioni\n\nIl ministro ha ripetuto che le sanzioni sono illegali.", "le sanzioni sono illegali"),
    ("pl", "Kompromis\n\n– Ten parlament bardzo by tą ustawę zaostrzył – powiedział i powtórzył, że wspomniany kompromis "
           "„to maksimum, które możemy dzisiaj mieć”.", "wspomniany kompromis"),
    ("ru", "Санкции\n\nМинистр повторил, что санкции незаконны.", "санкции незаконны"),
    ("de", "Sanktionen\n\nDer Minister wiederholte, dass die Sanktionen illegal seien.", "die Sanktionen illegal seien"),
])
def test_repeat_reports(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[1].startswith(clause)


@pytest.mark.parametrize("lang,text", [
    # near misses: repeating an act or a lesson reports nothing
    ("it", "Esperimento\n\nIl laboratorio ha ripetuto l’esperimento tre volte."),
    ("pl", "Egzamin\n\nUczniowie powtarzają materiał przed egzaminem."),
])
def test_repeating_an_act_is_no_report(lang, text):
    article, prediction = analyse(text, lang=lang)
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang,text,clause", [
    # "mention" and "reveal" report where the lexicon lacked them (en and fr had them)
    ("de", "Europa\n\nBesonders erwähnte er, dass Russland seit über 400 Jahren ein Teil Europas sei.",
     "Russland seit über 400 Jahren ein Teil Europas sei"),
    ("pl", "Komicy\n\nŁastoczkin ujawnił w jednym z programów internetowych, że po 24 lutego rozmawiał z przyjaciółmi.",
     "po 24 lutego rozmawiał z przyjaciółmi"),
    ("it", "Sanzioni\n\nIl ministro ha menzionato che le sanzioni sono illegali.", "le sanzioni sono illegali"),
    ("ru", "Санкции\n\nМинистр упомянул, что санкции незаконны.", "санкции незаконны"),
])
def test_mention_and_reveal_report(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[:2] == ("indirect", clause)


@pytest.mark.parametrize("lang,text", [
    # near misses: the German participle as an adjective, Polish "wspomina" (reminisces) with an object
    ("de", "Studie\n\nDie erwähnte Studie stammt aus dem Jahr 2020, und die Forscher seien zufrieden."),
    ("pl", "Babcia\n\nBabcia często wspomina swoje dzieciństwo na wsi."),
])
def test_mention_as_adjective_or_with_an_object_reports_nothing(lang, text):
    article, prediction = analyse(text, lang=lang)
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang,text,clause", [
    # verb second / inverted subject, an adverbial, then ", dass/że/что": the clause after the complementizer
    ("de", "Russophobie\n\nSo schrieb die Washington Post in einem Leitartikel, dass die ukrainische Russophobie kein gutes "
           "Ende nehmen werde.", "die ukrainische Russophobie kein gutes Ende nehmen werde"),
    ("de", "Lage\n\nDamals sagte Scholz im Bundestag, dass die Lage ernst sei.", "die Lage ernst sei"),
    ("pl", "List\n\nTak napisał premier w liście do posłów, że sytuacja jest poważna.", "sytuacja jest poważna"),
    ("ru", "Ситуация\n\nОб этом заявил Песков в интервью ТАСС, что ситуация серьезная.", "ситуация серьезная"),
])
def test_an_inverted_subject_and_an_adverbial_before_the_complementizer(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert [r[1] for r in rows] == [clause]


def test_german_so_before_a_cue_verb_is_no_cue_but_so_der_sprecher_is():
    # near misses: the tag "so der Sprecher" and a closing "sagte Scholz am Montag" report the words before
    article, prediction = analyse("Lage\n\nDie Lage sei ernst, so der Sprecher.", lang="de")
    assert [r[:3] for r in found(article, prediction)] == [("indirect", "Die Lage sei ernst", "so")]
    article, prediction = analyse("Lage\n\nDie Lage sei sehr ernst, sagte Scholz am Montag in Berlin.", lang="de")
    assert [r[1] for r in found(article, prediction)] == ["Die Lage sei sehr ernst"]


@pytest.mark.parametrize("lang,text,clause", [
    # an opening source phrase with an acronym in parentheses still runs to its comma
    ("en", "IMF\n\nAccording to a report released on Monday by the International Monetary Fund (IMF), the economy will "
           "shrink by two percent this year.", "the economy will shrink by two percent this year"),
    ("fr", "OMS\n\nD'après de nouvelles estimations de l'Organisation mondiale de la santé (OMS) publiées ce jeudi, le "
           "nombre de décès liés au Covid est bien supérieur au nombre de morts recensés.",
     "le nombre de décès liés au Covid est bien supérieur au nombre de morts recensés"),
    ("it", "Fmi\n\nSecondo un rapporto pubblicato dal Fondo monetario internazionale (Fmi), l’economia si contrarrà "
           "del due per cento quest’anno.", "l’economia si contrarrà del due per cento quest’anno"),
])
def test_an_opening_source_phrase_may_hold_an_acronym_in_parentheses(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert [r[:2] for r in found(article, prediction)] == [("indirect", clause)]


def test_an_opening_source_phrase_without_its_comma_reports_nothing():
    # near miss: no comma closes the source phrase: no clause is found
    article, prediction = analyse("Plan\n\nAccording to the plan (which nobody has read) the economy will shrink by two "
                                  "percent this year.")
    assert found(article, prediction) == []


@pytest.mark.parametrize("lang,text,first,second", [
    # a tag set off by dashes inside the marks that closes a sentence: two direct quotes of the same speaker
    ("it", "Grano\n\n“Insieme all’attuazione del memorandum l’accordo funzionerà – ha detto ancora Farhan Haq. – Il Jcc "
           "contribuirà a ripristinare la fiducia nel mercato”.", "Insieme all’attuazione del memorandum l’accordo funzionerà",
     "Il Jcc contribuirà a ripristinare la fiducia nel mercato"),
    ("fr", "Pressions\n\n« Nous ne céderons pas aux pressions – a déclaré Maria Zakharova. – La Russie défendra ses "
           "intérêts ».", "Nous ne céderons pas aux pressions", "La Russie défendra ses intérêts"),
    ("de", "Ukraine\n\n„Wir werden nicht nachgeben – sagte Olaf Scholz. – Deutschland steht zur Ukraine“.",
     "Wir werden nicht nachgeben", "Deutschland steht zur Ukraine"),
    ("ru", "T\n\n«Мы не отступим ни на шаг, — сказал Песков журналистам. — Россия готова к переговорам».",
     "Мы не отступим ни на шаг,", "Россия готова к переговорам"),
])
def test_an_inner_dash_tag_closing_a_sentence_splits_the_quote(lang, text, first, second):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert [(r[0], r[1]) for r in rows] == [("direct", first), ("direct", second)]
    assert rows[0][3] == rows[1][3] is not None


def test_an_inner_dash_tag_in_mid_sentence_keeps_one_quote():
    # near miss: "«... – ha spiegato X – è che ...»": the sentence goes on through the tag; one quote
    article, prediction = analyse("Cipriano\n\n«L’aspetto singolare – ha spiegato ancora Gianni Cipriano – è che nessuno "
                                  "ne parla».", lang="it")
    assert [r[1] for r in found(article, prediction)] == [
        "L’aspetto singolare – ha spiegato ancora Gianni Cipriano – è che nessuno ne parla"]


def test_asked_if_names_the_question_s_subject_not_the_person_asked():
    """"Asked if Putin knew ..., Mr Wallace thought ...": the person after "asked if" is who the question is
    about; the answer after it is the sentence's subject's, while "Melvin asked Clinton if ..." still gives
    the answer to the one asked."""
    article, prediction = analyse(
        "Defence\n\nVladimir Putin said the operation was going to plan.\n\n"
        "Defence Secretary Ben Wallace spoke on Monday. “Russia has failed,” he said. Asked if Putin knew the "
        "true situation, Mr Wallace thought he was partly aware. “I think he believes the casualty figures,” he said.")
    assert quote_with(found(article, prediction), "casualty figures")[3] == "Ben Wallace"
    article, prediction = analyse(
        "Debate\n\nThe moderator, Joan Melvin, spoke first. Melvin asked Bill Clinton if he regretted the deal. "
        "“I have never regretted it,” he said.")
    assert quote_with(found(article, prediction), "never regretted")[3] == "Bill Clinton"


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Defence\n\n“Russia has failed,” Defence Secretary Ben Wallace said.\n\nThe minister also does not "
           "believe that Vladimir Putin will use nuclear weapons. “It's no secret that they are in the doctrine,” "
           "he said.", "Ben Wallace"),
    ("de", "Verteidigung\n\n„Russland ist gescheitert“, sagte Verteidigungsminister Boris Pistorius.\n\nDer Minister "
           "glaubt auch nicht, dass Wladimir Putin Atomwaffen einsetzen wird. „Es ist kein Geheimnis, dass sie in "
           "der Doktrin stehen“, sagte er.", "Boris Pistorius"),
    ("ru", "Оборона\n\n«Россия потерпела неудачу», — сказал министр обороны Бен Уоллес.\n\nМинистр также не считает, "
           "что Владимир Путин применит ядерное оружие. «Не секрет, что оно есть в доктрине», — сказал он.",
     "Бен Уоллес"),
    # near miss: the one person named opens the sentence before, so the pronoun is his
    ("en", "Defence\n\n“Russia has failed,” Defence Secretary Ben Wallace said.\n\nOn Monday Vladimir Putin "
           "threatened to use nuclear weapons. “It's no secret that they are in the doctrine,” he said.",
     "Vladimir Putin"),
    ("ru", "Оборона\n\n«Россия потерпела неудачу», — сказал министр обороны Бен Уоллес.\n\nВ понедельник Владимир "
           "Путин пригрозил применить ядерное оружие. «Не секрет, что оно есть в доктрине», — сказал он.",
     "Владимир Путин"),
])
def test_a_person_named_after_a_role_subject_is_no_antecedent_of_the_next_pronoun(lang, text, speaker):
    """"The minister does not believe that Putin will ... “...,” he said": the one person named in the sentence
    before a speaking pronoun is its antecedent only when nothing else is that sentence's subject; a role
    description (with its article, or alone in Russian and Polish) or a pronoun before the name is."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), {"de": "Geheimnis", "ru": "секрет"}.get(lang, "secret"))[3] == speaker


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Talks\n\n“Prove that you are with us,” Volodymyr Zelensky said.\n\nCommission President Ursula von der "
           "Leyen regularly praises the country. In a visit to Kyiv in April, she handed Zelensky a questionnaire. "
           "“My message today is clear,” she said.", "Ursula von der Leyen"),
    ("it", "Colloqui\n\n«Dimostrate che siete con noi», ha detto Volodymyr Zelensky.\n\nLa presidente della "
           "Commissione Ursula von der Leyen elogia spesso il paese. Durante una visita a Kiev ad aprile, lei ha "
           "consegnato a Zelensky un questionario. «Il mio messaggio oggi è chiaro», ha detto lei.",
     "Ursula von der Leyen"),
    # near miss: the person named after the adverbial is the subject, and he speaks
    ("en", "Talks\n\n“Prove that you are with us,” Volodymyr Zelensky said.\n\nCommission President Ursula von der "
           "Leyen regularly praises the country. In a visit to Kyiv in April, Zelensky handed her a questionnaire. "
           "“My message today is clear,” he said.", "Volodymyr Zelensky"),
])
def test_a_pronoun_chain_goes_back_through_an_adverbial_opening(lang, text, speaker):
    """"X praises ... . In a visit to Kyiv, she handed Zelensky ... . “...,” she said": the pronoun after an
    opening adverbial continues the chain back to the person opening the paragraph's sentence before, not
    the last speaker or the person the pronoun's sentence names as its object."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), "essag")[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("pl", "Debata\n\nJako pierwszy głos zabrał w imieniu Rady Europejskiej Anže Logar, podkreślając, że „aborcja jest "
           "delikatną kwestią”.", "delikatną", "Anže Logar"),
    ("ru", "Газ\n\nГлава Института германской экономики Михаэль Хютер рассказал, что рынок может рухнуть.",
     "рынок", "Михаэль Хютер"),
    ("ru", "Дума\n\nПредседатель Думы Вячеслав Володин заявил, что закон будет принят.", "закон", "Вячеслав Володин"),
    # near misses: a person's name that begins like a body's noun ("Ban", "Пан") stays a person
    ("pl", "ONZ\n\nBan Ki-moon powiedział, że wojna musi się skończyć.", "wojna", "Ban Ki-moon"),
    ("ru", "Кремль\n\nПредставитель Кремля Дмитрий Песков заявил, что рынок может рухнуть.", "рынок", "Дмитрий Песков"),
])
def test_a_body_s_noun_in_a_case_is_no_person_s_name(lang, text, clause, speaker):
    """"Rady Europejskiej", "Глава Института": a body's noun of four letters or more in a case ("rada" -> "Rady",
    "институт" -> "Института"), with its adjective or after the role heading it, names the body, not a person,
    so the person named after it speaks."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker
    assert not any(e.name in ("Rady Europejskiej", "Института", "Думы") and e.kind == "person"
                   for e in prediction.entities)


@pytest.mark.parametrize("lang,text,clause,speaker", [
    ("ru", "ЕС\n\nПресс-секретарь президента Дмитрий Песков заявил, что это провокация.\n\nГлава Евросовета Шарль Мишель "
           "в своем послании к европейским лидерам заявил, что призовет их предоставить статус кандидата Украине.",
     "призовет", "Шарль Мишель"),
    ("ru", "Вирус\n\nДжо Байден заявил, что вирус опасен.\n\nВ интервью NBC Алина Чан из Гарварда отметила, что ученые "
           "боялись говорить.", "ученые", "Алина Чан"),
    ("pl", "UE\n\nRzecznik Kremla Dmitrij Pieskow powiedział, że to prowokacja.\n\nCharles Michel w swoim liście do "
           "przywódców europejskich powiedział, że wezwie ich do nadania statusu kandydata Ukrainie.", "wezwie",
     "Charles Michel"),
    # near miss: a coordinated clause with its own verb parts the person from the cue
    ("pl", "Włochy\n\nSilvio Berlusconi powiedział, że reforma jest potrzebna.\n\nPrzeciwnicy Berlusconiego oskarżyli "
           "prawicę o spisek i powiedzieli, że Berlusconi chce tej roli dla siebie.", "tej roli",
     "Przeciwnicy Berlusconiego"),
])
def test_an_adverbial_between_the_person_and_the_cue_keeps_the_person_the_subject(lang, text, clause, speaker):
    """Polish and Russian: "Шарль Мишель в своем послании к европейским лидерам заявил", "Алина Чан из Гарварда
    отметила": prepositional phrases between the person opening the clause and the cue leave that person the
    speaker, not the last one the article quoted."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Culture war\n\n“The bills target children,” Mark Jones said.\n\nBut instead of a healthy, serious nationwide "
           "adult debate about the ramifications of discussing gender in schools, we get this nonsense from Rep. "
           "Marjorie Taylor Greene:\n\n“The Democrats are the party of pedophiles,” she said in an interview.",
     "Marjorie Taylor Greene"),
    ("ru", "Культура\n\n«Законы направлены против детей», — заявил Андрей Смирнов.\n\nВместо серьезной и спокойной "
           "общенациональной дискуссии о последствиях обсуждения вопросов пола в школах мы слышим эту чепуху от "
           "депутата Марджори Тейлор Грин:\n\n«Демократы — это партия педофилов», — сказала она в интервью.",
     "Марджори Тейлор Грин"),
    # near miss: the colon's sentence names two people; the pronoun keeps the speaker the article follows
    ("en", "Culture war\n\n“The bills target children,” Mark Jones said.\n\nBut instead of a healthy, serious nationwide "
           "adult debate about the ramifications of discussing gender in schools, we get this nonsense from Rep. "
           "Marjorie Taylor Greene and Sen. Ted Cruz:\n\n“The Democrats are the party of pedophiles,” she said.",
     "Mark Jones"),
])
def test_a_pronoun_after_a_colon_paragraph_is_the_one_person_it_introduces(lang, text, speaker):
    """"... this nonsense from Rep. Marjorie Taylor Greene:" then a paragraph "“...,” she said": the pronoun
    opening the paragraph after a colon is the one person the colon's sentence names, however long the
    sentence, not the speaker quoted paragraphs before."""
    article, prediction = analyse(text, lang=lang)
    assert found(article, prediction)[-1][3] == speaker


def test_states_after_a_number_or_a_quantifier_is_a_plural_noun_not_a_cue():
    """"14 states ban ...", "more Republican-led states restrict ...": "states" counted or described is the
    plural noun; "the bill states that" is still a cue."""
    article, prediction = analyse(
        "Schools\n\nFurther, 14 states ban “transgender students from participating in school sports.” Now more "
        "Republican-led states restrict abortion.\n\nThe bill states that the “rights of parents” come first.")
    rows = found(article, prediction)
    assert not any(r[2] == "states" and r[3] in ("14", "Republican-led") for r in rows)
    assert quote_with(rows, "rights of parents")[2] == "states"


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Scholarship\n\nJudy Pierrot was thrilled. By graduation, Judy had taken many courses. Scholarship offers "
           "were “almost an embarrassment of riches,” said Judy’s mother Marilyn. “The phone rang constantly.”",
     "Marilyn"),
    ("en", "Scholarship\n\nJudy Pierrot was thrilled. “The phone rang constantly,” said her mother Marilyn.", "Marilyn"),
    ("pl", "Stypendium\n\nJudy Pierrot była zachwycona. „Telefon dzwonił bez przerwy” – powiedziała matka Judy, "
           "Marilyn.", "Marilyn"),
    # near miss: with no name after it, the relative stays a description, not the possessor
    ("en", "Scholarship\n\nJudy Pierrot was thrilled. “The phone rang constantly,” said Judy’s mother.", "Judy’s mother"),
])
def test_a_relative_named_after_the_possessor_speaks(lang, text, speaker):
    """"said Judy’s mother Marilyn": a kinship noun after a possessor heads the speaker phrase like a role
    ("Trump's lawyer Rudy Giuliani"), so the name after it speaks, not the possessor."""
    article, prediction = analyse(text, lang=lang)
    assert found(article, prediction)[-1][3] == speaker


def test_went_on_in_time_is_no_cue_but_went_on_speaking_is():
    """"as the hour went on." reports nothing (the words in the next paragraph are the student's); "“...,” she
    went on", "went on: “...”" and "went on to say that" still do."""
    article, prediction = analyse(
        "Class\n\n“I was confused at first,” Judy said.\n\nThe exercises became more intense as the hour went on. "
        "Judy decided to leave.\n\n“They wanted me to wear a robe.”")
    rows = found(article, prediction)
    assert not any(r[2] == "went on" for r in rows)
    assert quote_with(rows, "wear a robe")[3] == "Judy"
    for text, clause in (("Class\n\n“I was confused,” Judy Smith said. “It was a play,” she went on.", "a play"),
                         ("Class\n\nJudy Smith went on: “It was a play.”", "a play"),
                         ("Class\n\nJudy Smith went on to say that the class was “a play”.", "the class")):
        article, prediction = analyse(text)
        assert quote_with(found(article, prediction), clause)[2:] == ("went on", "Judy Smith")


def test_a_french_present_verb_after_a_quote_s_comma_is_its_tag():
    """«...», calcule Julien Pouget / «...», rappelle-t-il: in French any verb in the third person present between
    a quote's comma and a person's name, or inverted with its subject pronoun, tags the quote before it; a
    conjunction there ("», comme Julien Pouget") does not, and Italian is left as it was ("», ossia Giuseppe
    Creazzo, ...»" continues the quote)."""
    article, prediction = analyse(
        "Inflation\n\n« Les prix vont baisser », assure Ana Boata.\n\n« Ils vont monter », calcule Julien Pouget, "
        "chef économiste de l'Insee. « L'impact avait été évalué à 0,4 point », rappelle-t-il.", lang="fr")
    rows = found(article, prediction)
    assert quote_with(rows, "vont monter")[2:] == ("calcule", "Julien Pouget")
    assert quote_with(rows, "0,4 point")[2:] == ("rappelle-t-il", "Julien Pouget")
    article, prediction = analyse(
        "Inflation\n\n« Les prix vont baisser », assure Ana Boata.\n\n« Ils vont monter », comme Julien Pouget "
        "l'a prévu.", lang="fr")
    assert quote_with(found(article, prediction), "vont monter")[2] != "comme"
    article, prediction = analyse(
        "Giustizia\n\n«Si fa polemica per Rimini», ha detto Matteo Renzi, «e si finge di non vedere che un "
        "procuratore», ossia Giuseppe Creazzo, «molesta una collega».", lang="it")
    assert not any(r[2] == "ossia" or r[3] == "Giuseppe Creazzo" for r in found(article, prediction))


def test_a_dotted_acronym_ends_the_sentence_before_a_word_opening_one():
    """"... within the E.U. And Ukrainian Foreign Minister Dmytro Kuleba rejected it outright. He called out ...":
    the stop of "E.U." also ends the sentence when "And", "The", "He" ... follows, so the pronoun after it finds
    the minister opening the next sentence, not the speaker quoted before; "J.K. Rowling" and "U.S. officials"
    stay inside their sentence."""
    from spinscope.attribution.text import split_sentences
    t = "It fell within the E.U. And Kuleba rejected it. The U.S. President spoke. J.K. Rowling wrote. He met U.S. officials."
    assert [t[a:b] for a, b in split_sentences(t, 0, len(t), [])] == [
        "It fell within the E.U.", "And Kuleba rejected it.", "The U.S. President spoke.", "J.K. Rowling wrote.",
        "He met U.S. officials."]
    article, prediction = analyse(
        "Europe\n\n“We feel in our heart that Ukraine is a member of our family,” French President Emmanuel Macron "
        "said.\n\n“That is the truth,” he continued.\n\nMacron’s proposal hasn’t received a warm reaction within the "
        "E.U. And Ukrainian Foreign Minister Dmytro Kuleba rejected it outright. He called out unnamed capitals, "
        "saying their ambiguity has “emboldened Putin.”\n\n“We do not need surrogates,” he tweeted.")
    rows = found(article, prediction)
    assert quote_with(rows, "surrogates")[3] == "Dmytro Kuleba"
    assert quote_with(rows, "emboldened")[3] == "Dmytro Kuleba"


@pytest.mark.parametrize("text,clause,speaker", [
    ("Paxlovid\n\n„Das Medikament ist riskant“, sagte Marty Makary.\n\nDer Epidemiologe Vinay Prasad von der Universität "
     "von Kalifornien in San Francisco twitterte, dass Pfizer „mehr als 20 Milliarden Dollar verdienen wird“.\n\n"
     "„Gesunde 20-Jährige nehmen dieses Produkt ein“, sagte er.", "Gesunde", "Epidemiologe Vinay Prasad"),
    # near miss: a preposition opens the phrase before the verb, so the person in it is no subject
    ("Paxlovid\n\n„Das Medikament ist riskant“, sagte Marty Makary.\n\nMit Vinay Prasad von der Universität in San "
     "Francisco sprach gestern der Arzt Anish Koka, der erklärte, dass Pfizer „mehr verdienen wird“.", "mehr verdienen",
     "Arzt Anish Koka"),
])
def test_german_verb_second_subject_with_its_prepositional_phrases(text, clause, speaker):
    """"Der Epidemiologe Vinay Prasad von der Universität ... in San Francisco twitterte, dass ...": German puts one
    phrase before the verb; when it opens with the person, the prepositional phrases after the name do not hide
    the subject, and "er" in the next paragraph is that person."""
    article, prediction = analyse(text, lang="de")
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("text,clause,speaker", [
    ("Hilfe\n\nFilippo Grandi warnte gestern.\n\nMit Blick auf die weltweiten Ernährungsprobleme warnte der UNO-Kommissar "
     "vor einer möglichen Verschlechterung der Lage:\n\n\"Afrikas Regionen sind betroffen.\"", "Afrikas", "UNO-Kommissar"),
    ("Heritage\n\n„Die Zustimmung des Kongresses hat gezeigt, wie weit unsere Politiker entfernt sind“, sagte Kevin "
     "Roberts, Präsident der Heritage Foundation, der New York Times.", "Zustimmung", "Kevin Roberts"),
    # near misses: a name in apposition closing the sentence after a role still speaks; a subject opening the
    # sentence stays the subject
    ("Institut\n\n„Die Lage ist ernst“, sagte der Leiter des Instituts, Hans Meier.", "Lage", "Hans Meier"),
    ("Hilfe\n\nDie Sprecherin der Regierung Anna Berg warnte vor einer Verschlechterung der Lage.", "Verschlechterung",
     "Anna Berg"),
])
def test_german_subject_after_the_cue_not_the_opening_phrase_or_the_one_told(text, clause, speaker):
    """German verb second: "Mit Blick auf die weltweiten Ernährungsprobleme warnte der UNO-Kommissar": a
    prepositional phrase opening the sentence leaves the subject after the cue; "sagte Kevin Roberts, Präsident
    der Heritage Foundation, der New York Times": after the person's name and apposition, the article's phrase
    closing the sentence is who was told, not the speaker."""
    article, prediction = analyse(text, lang="de")
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("text,clause,speaker", [
    ("Iran\n\n\"If we want to talk to North Korea now, the end of the deal would hurt us,\" Reuters quoted German Foreign "
     "Minister Sigmar Gabriel as saying.", "North Korea", "Sigmar Gabriel"),
    ("Iran\n\nReuters quoted German Foreign Minister Sigmar Gabriel as saying that the end of the deal would hurt.",
     "end of the deal", "Sigmar Gabriel"),
    ("Iran\n\n\"The deal is alive,\" Angela Merkel said.\n\nSigmar Gabriel spoke in Berlin on Monday. \"The deal is dead,\" "
     "TASS quoted him as saying.", "is dead", "Sigmar Gabriel"),
    # near miss: "citing sources as saying" leaves the citing outlet the speaker
    ("Iran\n\n\"The deal is dead,\" the Guardian said, citing unidentified sources as saying.", "is dead", "Guardian"),
])
def test_quoted_as_saying_names_the_one_quoted(text, clause, speaker):
    """English wire style "X quoted Y as saying": Y, the object of "quoted" (a name or "him"/"her"), is the speaker,
    not the whole phrase before the cue nor the agency."""
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), clause)[3] == speaker


def test_a_participle_after_a_group_opening_the_sentence_is_the_group_s():
    """"Some Chinese experts are concerned that Truss ... will bring uncertainty, stressing that ...": the
    participle's subject is the group opening the sentence, not the person named in its reported clause; a
    person opening the sentence keeps it ("Truss met the Queen ..., stressing that")."""
    article, prediction = analyse(
        "China\n\nLiz Truss will become prime minister. Some Chinese experts are concerned that Truss, who lacks "
        "experience, will bring huge uncertainty, stressing that stable ties with China are crucial for the UK.")
    assert quote_with(found(article, prediction), "stable ties")[3] == "Chinese experts"
    article, prediction = analyse(
        "China\n\nLiz Truss will become prime minister. Some Chinese experts say Truss will bring uncertainty. Truss "
        "met the Queen on Tuesday, stressing that ties with China are crucial for the UK.")
    assert quote_with(found(article, prediction), "ties with China")[3] == "Liz Truss"


@pytest.mark.parametrize("text,clause,speaker", [
    ("Putin\n\nMr Sweeney, whose book covers Putin from his childhood in Leningrad to his rise from KGB spy to leader, "
     "said the Russian President's goal is the \"complete destruction of Ukraine\".", "goal", "Sweeney"),
    # near misses: a possessor inside an inverted subject still heads nothing; the role after it speaks
    ("Putin\n\n\"It is over,\" said the Russian President's spokesman Dmitry Peskov.", "over", "Dmitry Peskov"),
    ("Putin\n\n\"It is over,\" said the president's spokesman.", "over", "president's spokesman"),
])
def test_a_whose_clause_and_a_possessor_after_said(text, clause, speaker):
    """"Mr Sweeney, whose book covers Putin ..., said the Russian President's goal is ...": a relative clause with
    "whose" sets off the subject before the cue like "who", and a possessor followed by its noun after "said"
    opens the reported clause, it is no inverted subject."""
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), clause)[3] == speaker


def test_a_party_name_in_marks_before_the_person_is_no_quote_of_his_cue():
    """"Председатель «Справедливой России — За правду» Сергей Миронов на церемонии ... назвал ...": the subject
    across an adverbial is not taken when quote marks stand before the cue, so the party's name in marks does
    not become a quote of the cue."""
    article, prediction = analyse(
        "Миронов\n\nПредседатель «Справедливой России — За правду» Сергей Миронов на церемонии прощания с Дарьей "
        "Дугиной назвал заказчиком ее убийства президента Украины.", lang="ru")
    assert not any("Справедливой" in r[1] for r in found(article, prediction))


@pytest.mark.parametrize("lang,text,clause", [
    ("en", "Science\n\nThey keep telling us to trust the \"science\". Nobody has read the \"science\" anyway.\n\n"
           "The minister John Smith said the \"science\" was settled and the debate was over.", "was settled"),
    ("fr", "Science\n\nOn nous répète de croire la « science ». Personne n'a lu la « science » de toute façon.\n\n"
           "Le ministre Jean Dupont a déclaré que la « science » était tranchée et que le débat était clos.",
     "était tranchée"),
    ("it", "Scienza\n\nCi ripetono di credere alla \u201cscienza\u201d. Nessuno ha letto la \u201cscienza\u201d comunque.\n\n"
           "Il ministro Mario Rossi ha detto che la \u201cscienza\u201d era chiara e che il dibattito era chiuso.",
     "era chiara"),
])
def test_a_term_the_author_sets_in_marks_throughout_leaves_the_clause_indirect(lang, text, clause):
    """Session 19's convention: one or two quoted words the author also sets in marks outside any report (his
    own scare quote or term) are no quotation of the speaker; the reported clause stays indirect."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "indirect"


@pytest.mark.parametrize("lang,text,clause", [
    # the word quoted only once: the speaker's own word
    ("en", "Science\n\nThe minister John Smith said the \"science\" was settled and the debate was over.", "was settled"),
    # quoted elsewhere too, but in a headline or in another report: those marks may be a speaker's as well
    ("en", "Refugees are \"Muslim invaders\", says Orban\n\nRefugees in Europe are just \"Muslim invaders\", Hungarian "
           "PM Viktor Orban has said.", "Refugees in Europe"),
    ("fr", "Science\n\nLe député Paul Martin a dit que la « science » avait tort.\n\nLe ministre Jean Dupont a "
           "déclaré que la « science » était tranchée et que le débat était clos.", "était tranchée"),
])
def test_near_misses_of_an_authors_term_stay_mixed(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "mixed"


@pytest.mark.parametrize("lang,text,clause", [
    ("de", "London\n\nPremierminister Boris Johnson sagte, das »1922-Komitee« werde am Montag den Zeitplan verkünden.",
     "werde am Montag"),
    ("fr", "Ukraine\n\nLe ministre Jean Dupont a déclaré que la «nezalezhnaya» [Ukraine indépendante] refusait "
           "toute négociation avec Moscou.", "refusait"),
    ("en", "Kyiv\n\nThe spokesman John Smith said that the \"maidan\" (the protest movement) had been paid for by "
           "foreign money.", "paid for"),
])
def test_a_name_opening_with_a_number_or_a_glossed_term_leaves_the_clause_indirect(lang, text, clause):
    """Session 19's convention: marks that only set off a name (»1922-Komitee«) or a foreign term the author
    glosses in brackets right after them are no quotation of the speaker."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "indirect"


@pytest.mark.parametrize("lang,text,clause", [
    ("en", "Trade\n\nPresident Donald Trump said he would impose \"severe\" punishment on China (and on Mexico).",
     "impose"),
    ("de", "London\n\nPremierminister Boris Johnson sagte, die Forderungen seien »exzentrisch« und würden "
           "ignoriert.", "exzentrisch"),
])
def test_near_misses_of_a_glossed_term_stay_mixed(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "mixed"


@pytest.mark.parametrize("lang,text,clause", [
    ("ru", "Выставка\n\nНациональная галерея сообщила, что не будет включать картину Рафаэля «Святое семейство» в "
           "выставку.", "не будет включать"),
    ("pl", "Protest\n\nPosłanka Sylwia Spurek powiedziała, że Polki wyjdą na ulice pod hasłem „Bronimy życia” w "
           "rocznicę wyroku.", "wyjdą na ulice"),
    ("fr", "Exposition\n\nLe ministre Jean Dupont a déclaré que le tableau « Sainte famille » ne serait pas prêté "
           "au musée.", "ne serait pas prêté"),
])
def test_a_sentence_case_title_in_marks_leaves_the_clause_indirect(lang, text, clause):
    """French, Italian, Polish and Russian titles capitalise their first word only: marks opening on a capital
    inside a sentence set off a title or name, no quotation of the speaker (session 19's convention)."""
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "indirect"


@pytest.mark.parametrize("lang,text,clause", [
    # the speaker's own words in lower case stay a mixed quote
    ("ru", "Пленные\n\nПресс-секретарь Дмитрий Песков заявил, что пленные американцы были «солдатами удачи» и не "
           "могут рассчитывать на защиту.", "солдатами удачи"),
    ("pl", "Protest\n\nPosłanka Sylwia Spurek powiedziała, że liczba próśb o pomoc „eksplodowała” w tym roku.",
     "eksplodowała"),
    # English capitalises proper adjectives in the speaker's words: no title by its capital alone
    ("en", "Refugees\n\nHungarian PM Viktor Orban said that refugees in Europe are just \"Muslim invaders\" seeking "
           "better lives.", "refugees in Europe"),
])
def test_near_misses_of_a_sentence_case_title_stay_mixed(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[0] == "mixed"


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a source phrase's noun governing the source is no part of its name
    ("ru", "Газ\n\nСогласно информации издания, правительство исходит из того, что газа не будет.", "правительство",
     "издания"),
    ("de", "Kissinger\n\nDen Worten Kissingers zufolge sollte der Westen aufhören, Russland zu bedrängen.",
     "Westen aufhören", "Kissingers"),
    # the listener between the cue and its subject is no part of the speaker's name
    ("pl", "Kreml\n\n– Czeka nas ciąg dalszy rozgrywki służb na Kremlu – mówią nam eksperci.", "Czeka nas",
     "eksperci"),
    # an agency named in full after the cue keeps its whole name
    ("ru", "Музей\n\nРешение было принято после призывов украинцев в социальных сетях, передает РИА Новости.",
     "Решение было", "РИА Новости"),
])
def test_words_outside_a_name_at_its_edge_are_left_out(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a possessive before a role is no listener: the role's holder still speaks
    ("pl", "Rząd\n\n– Rząd nie ma planu – powiedział jej rzecznik Jan Kowalski.", "Rząd nie ma", "Jan Kowalski"),
    # an agency before the person it was told by stays apart from the speaker
    ("ru", "Газ\n\n«Газа не будет», — сообщил ТАСС эксперт Иван Петров.", "Газа не будет", "Иван Петров"),
    # a document that is itself the source keeps its noun
    ("en", "Report\n\nThe report said that the border was closed for a week.", "border was closed", "report"),
])
def test_near_misses_of_words_outside_a_name_keep_the_speaker(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # the phrase after the cue stops inside a name read whole (a short word the language writes in lower case)
    ("en", "Cases\n\nAnd the number of cases is growing by the day, said Elhadj As Sy, the secretary general of the "
           "federation.", "number of cases", "Elhadj As Sy"),
    ("en", "Truce\n\nThe truce is over, said Abu Al Hassan, the group's leader.", "truce is over", "Abu Al Hassan"),
    ("fr", "Trêve\n\nLa trêve est terminée, a déclaré Abou Al Hassan, le chef du groupe.", "trêve est terminée",
     "Abou Al Hassan"),
    # a capitalised word inside a role is a name's word, not a verb ("Stato", not "è stato"): the name after it speaks
    ("it", "Guerra\n\nL’ex Segretario di Stato americano Hillary Clinton ha detto a MSNBC che sperava in una guerra.",
     "sperava", "Hillary Clinton"),
])
def test_a_name_cut_short_in_the_speaker_phrase_is_read_whole(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a name that is one word stays one word, the apposition after it is no part of it
    ("en", "Truce\n\nThe truce is over, said Putin, the Russian president.", "truce is over", "Putin"),
    # a lowercase verb after the role still ends the phrase
    ("it", "Tregua\n\nIl ministro è stato chiaro e ha detto che la tregua è finita.", "tregua", "ministro"),
])
def test_near_misses_of_a_name_cut_short_stay(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker,title", [
    # a prefix before a title keeps the compound a title: the surname after it is the name
    ("de", "Gas\n\nDer Westen sei schuld, schrieb der russische Ex-Präsident Medwedew am Montag.", "Westen sei schuld",
     "Medwedew", "russische Ex-Präsident"),
    ("en", "War\n\nEx-President Trump said the war was lost.", "war was lost", "Trump", "Ex-President"),
    ("ru", "Война\n\nЭкс-президент Медведев заявил, что война проиграна.", "война проиграна", "Медведев",
     "Экс-президент"),
    ("fr", "Guerre\n\nL'ex-ministre Dupont a déclaré que la guerre était perdue.", "guerre était perdue", "Dupont",
     "L'ex-ministre"),
])
def test_a_prefixed_title_before_a_surname_is_no_part_of_the_name(lang, text, clause, speaker, title):
    article, prediction = analyse(text, lang=lang)
    quote = next(q for q in prediction.quotes if clause in article.text[q.start:q.end])
    assert (quote.speaker.name, quote.speaker.title) == (speaker, title)


def test_a_hyphenated_first_name_is_no_prefixed_title():
    article, prediction = analyse("Guerre\n\nJean-Luc Mélenchon a déclaré que la guerre était perdue.", lang="fr")
    assert quote_with(found(article, prediction), "guerre était perdue")[3] == "Jean-Luc Mélenchon"


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a role of a party named by its letters closing the phrase is a person described, not the party
    ("pl", "Hipokryzja\n\n„To jest hipokryzja” – stwierdził poseł PiS.", "hipokryzja", "poseł PiS"),
    ("ru", "Лицемерие\n\n«Это лицемерие», — заявил депутат ЛДПР.", "лицемерие", "депутат ЛДПР"),
    # near misses: the holder named after the party speaks; a surname after a role is the name
    ("pl", "Hipokryzja\n\n„To jest hipokryzja” – stwierdził poseł PiS Jan Nowak.", "hipokryzja", "Jan Nowak"),
    ("pl", "Hipokryzja\n\n„To jest hipokryzja” – stwierdził prezydent Duda.", "hipokryzja", "Duda"),
])
def test_a_role_of_a_party_in_letters_is_a_person_described(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a role, group or body's noun before a name in the genitive: the holder speaks, not the party or the body
    ("pl", "Fundusze\n\nPoseł Jan Nowak mówił o funduszach.\n\n– Rząd zawalił sprawę – oświadczył poseł Lewicy.",
     "Rząd zawalił", "Jan Nowak"),
    ("pl", "Sojusz\n\n„Sojusz tronu i ołtarza ma długą historię” – oceniają analitycy Instytutu Europy Środkowej.",
     "Sojusz tronu", "analitycy Instytutu Europy Środkowej"),
    ("pl", "Hipokryzja\n\n„To jest hipokryzja” – stwierdziła europosłanka PiS.", "hipokryzja", "europosłanka PiS"),
    ("ru", "Дело\n\nКак сообщили в пресс-службе Следственного комитета России, дело направлено в суд.",
     "дело направлено", "пресс-службе Следственного комитета России"),
    # near misses: a surname after a role, met with a first name before, is the person's name; a name in the
    # nominative stays the speaker
    ("pl", "Fundusze\n\nJan Nowacki mówił o funduszach.\n\n– Rząd zawalił sprawę – oświadczył poseł Nowacki.",
     "Rząd zawalił", "Jan Nowacki"),
    ("ru", "Дело\n\n«Дело направлено в суд», — заявил депутат Иванов.", "Дело направлено", "Иванов"),
])
def test_a_role_before_a_name_in_the_genitive_is_its_holder(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause", [
    # a naming verb with no quote marks: the complement's case (instrumental) or "als" marks what the speaker
    # called someone, an indirect quote from the object to the end of the clause
    ("ru", "ОПЕК\n\nПресс-секретарь президента Дмитрий Песков назвал победой здравого смысла решение картеля.",
     "победой здравого смысла решение картеля"),
    ("ru", "КВН\n\nШоумен Иван Петров назвал ведущего сильным человеком, который очень любит игру.",
     "ведущего сильным человеком, который очень любит игру"),
    ("pl", "Spór\n\nMinister Jan Nowak nazwał decyzję rządu poważnym błędem.", "decyzję rządu poważnym błędem"),
    ("de", "Pass\n\nDer Arzt Antonio Magi bezeichnete den Pass als sinnlos und unlogisch.", "den Pass als sinnlos und unlogisch"),
    ("de", "Biden\n\nJoe Biden hat eine eigene Sicht. Er hat Saudi-Arabien als Schurkenstaat bezeichnet und ist nun "
           "auf dem Weg zum Kronprinzen.", "Saudi-Arabien als Schurkenstaat"),
])
def test_an_unquoted_naming_complement_is_an_indirect_quote(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, predict(article, learned_speakers=False))
    assert any(r[0] == "indirect" and r[1] == clause for r in rows), rows


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # an adverb of sequence or contrast, or a clitic or emphatic pronoun, between the subject and its verb is
    # the clause's, not part of the speaker's name
    ("pl", "Gaz\n\nRaport ministerstwa dalej stwierdza, że magazyny są pełne.", "magazyny są pełne",
     "Raport ministerstwa"),
    ("ru", "Газ\n\nПредставитель министерства после этого заявил, что хранилища заполнены.", "хранилища заполнены",
     "Представитель министерства"),
    ("fr", "Kherson\n\nLe commandement militaire ukrainien a lui relevé que l'évacuation se poursuit.",
     "l'évacuation se poursuit", "commandement militaire ukrainien"),
    # (German, Italian, English phrases of this shape already end at their noun; they must stay so)
    ("it", "Gas\n\nIl portavoce invece ha detto che le scorte bastano.", "le scorte bastano", "portavoce"),
    ("de", "Gas\n\nDie Behörde ihrerseits erklärte, die Speicher seien voll.", "die Speicher seien voll", "Behörde"),
    ("en", "Gas\n\nThe spokesman in turn said that the stores were full.", "the stores were full", "spokesman"),
    # near miss: the speaker phrase that is one such word alone stays as it was (the pronoun "elle")
    ("fr", "Gaz\n\nMarie Dupont parle du gaz. Elle a déclaré que les stocks sont pleins.", "les stocks sont pleins",
     "Marie Dupont"),
])
def test_an_adverb_between_subject_and_verb_is_not_part_of_the_speaker(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a pointing-back report with a sentence adverb inside ("C'est en tout cas ce qu'affirme X"), the French
    # complementizer elided onto the cue ("qu'affirme"), and "so" alone before an inverted cue pointing back at
    # the headline ("Tak twierdzi X", "Так заявил X"): the sentence or headline before is the report
    ("fr", "Gaz\n\nLa Suède a changé d'avis sur le nucléaire. C'est en tout cas ce qu'affirme François Hollande.",
     "La Suède a changé d'avis sur le nucléaire", "François Hollande"),
    ("it", "Gas\n\nLa Russia è sempre più forte grazie al gas. Lo ha del resto detto il ministro Mario Rossi.",
     "La Russia è sempre più forte grazie al gas", "Mario Rossi"),
    ("en", "Gas\n\nThe stores are full and will last the winter. That is at least what Minister John Smith said.",
     "The stores are full and will last the winter", "John Smith"),
    ("de", "Gas\n\nDie Speicher sind fast voll und reichen für den Winter. Das sagte jedenfalls Minister Robert Habeck.",
     "Die Speicher sind fast voll und reichen für den Winter", "Robert Habeck"),
    ("pl", "Nie ma zagrożenia klimatycznego\n\nTak twierdzi Światowa Deklaracja Klimatyczna, opublikowana w sierpniu.",
     "Nie ma zagrożenia klimatycznego", "Światowa Deklaracja Klimatyczna"),
    ("ru", "Кризиса на рынке газа не будет\n\nТак заявил министр Иван Петров на встрече с журналистами.",
     "Кризиса на рынке газа не будет", "Иван Петров"),
])
def test_a_pointing_back_report_with_an_adverb_or_so_reports_the_sentence_before(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, predict(article, learned_speakers=False))
    assert any(r[0] == "indirect" and r[1] == clause and r[3] == speaker for r in rows), rows


@pytest.mark.parametrize("lang,text,clause", [
    # near misses: "Tak," is "yes" (a comma after it), its clause is the one after the tag; "ce qu'affirme le
    # texte" inside a sentence points back at nothing
    ("pl", "Klimat\n\nRaport ukazał się w sierpniu.\n\nTak, twierdzi Jan Nowak, klimat się zmienia.",
     "Raport ukazał się"),
    ("fr", "Gaz\n\nLe rapport est paru en août. Il faut voir ce qu'affirme le texte.", "Le rapport est paru"),
])
def test_a_yes_or_a_relative_reports_no_sentence_before(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert not any(clause in article.text[q.start:q.end] for q in predict(article, learned_speakers=False).quotes)


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a boast is a report when a "that"-clause follows ("bragged that", "chwalił się, że", "похвастался, что")
    ("en", "Oil\n\nSenate leader Chuck Schumer later bragged that his party had blocked the bailout.",
     "his party had blocked the bailout", "Chuck Schumer"),
    ("pl", "Ropa\n\nPremier Mateusz Morawiecki chwalił się, że przekonał partnerów do embarga.",
     "przekonał partnerów do embarga", "Mateusz Morawiecki"),
    ("ru", "Нефть\n\nМинистр Иван Петров похвастался, что убедил партнеров поддержать эмбарго.",
     "убедил партнеров поддержать эмбарго", "Иван Петров"),
    ("it", "Petrolio\n\nIl ministro Mario Rossi si è vantato che il governo ha convinto i partner.",
     "il governo ha convinto i partner", "Mario Rossi"),
])
def test_a_boast_with_a_that_clause_is_a_report(lang, text, clause, speaker):
    assert rules_speaker(lang, text, clause) == speaker


@pytest.mark.parametrize("lang,text,clause", [
    # near misses: bragging about something, praising (Polish "chwali" without "się, że") report nothing
    ("en", "Oil\n\nHe bragged about his new car all evening.", "his new car"),
    ("pl", "Ropa\n\nMinister Jan Nowak chwali pracę swoich urzędników.", "pracę swoich"),
])
def test_a_boast_or_praise_without_a_clause_reports_nothing(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert not any(clause in article.text[q.start:q.end] for q in predict(article, learned_speakers=False).quotes)


@pytest.mark.parametrize("lang,text,clause", [
    # near misses: a negated naming verb, a complement of no case (a plain object), an English "called" with no
    # quote marks, a German "nannte" with a plain object
    ("ru", "Концерт\n\nПричину отмены концерта директор Иван Петров не назвал.", "Причину"),
    ("ru", "Сроки\n\nМинистр Иван Петров назвал сроки окончания ремонта моста.", "сроки окончания"),
    ("en", "Talks\n\nMinister John Smith called the meeting a failure of the opposition.", "the meeting"),
    ("de", "Zahlen\n\nDer Minister Hans Weber nannte die Zahlen des vergangenen Jahres.", "die Zahlen"),
])
def test_a_naming_verb_without_a_complement_case_reports_nothing(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    assert not any(clause in article.text[q.start:q.end] for q in predict(article, learned_speakers=False).quotes)


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a person first named in the genitive, then by a title and the bare surname: the surname's form is the name
    ("pl", "Wirus\n\nPo deklaracji Joe Bidena wiele się zmieniło. W czerwcu prezydent Biden oświadczył, że nie ma "
           "pewności co do pochodzenia wirusa.", "nie ma pewności", "Biden"),
    ("ru", "Вирус\n\nПосле заявления Джо Байдена многое изменилось. Позже президент Байден заявил, что не уверен в "
           "происхождении вируса.", "не уверен", "Байден"),
    # near miss: a name met in the nominative stays whole
    ("pl", "Wirus\n\nPrezydent Joe Biden oświadczył, że nie ma pewności co do pochodzenia wirusa.", "nie ma pewności",
     "Joe Biden"),
])
def test_a_surname_after_a_title_gives_the_nominative_of_a_name_met_in_the_genitive(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # an English name with its lowercase article, cited in another language, is one name
    ("de", "Paxlovid\n\nDie Forscher fanden kaum einen Unterschied, wie Just the News berichtete.", "Forscher fanden",
     "Just the News"),
    ("fr", "Paxlovid\n\nLes chercheurs n'ont trouvé aucune différence, selon Just the News.", "aucune différence",
     "Just the News"),
    ("it", "Paxlovid\n\nI ricercatori non hanno trovato differenze, ha scritto Just the News.", "differenze",
     "Just the News"),
    # near miss: in English "the" after a name starts a phrase of its own
    ("en", "Paxlovid\n\nResearchers found no difference, Pfizer told the Times.", "no difference", "Pfizer"),
])
def test_an_english_article_inside_a_name_cited_in_another_language(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a German common noun closing a body's name in a role is no first name of the person after it
    ("Westen\n\nDer Vorsitzende des Sicherheitsrates der Russischen Föderation Medwedew sagte, der Westen sei schuld.",
     "Medwedew"),
    # near miss: a first name and surname after a title stay the name
    ("Westen\n\nBundeskanzler Olaf Scholz sagte, der Westen sei schuld.", "Olaf Scholz"),
])
def test_german_body_noun_before_a_surname_stays_in_the_title(text, speaker):
    article, prediction = analyse(text, lang="de")
    assert quote_with(found(article, prediction), "Westen sei schuld")[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # an opening place phrase ("w"/"в" and lowercase words) before a role noun is where it was said, not who
    ("pl", "Rząd\n\nW swoim wystąpieniu premier powiedział, że rząd nie kłamie.", "rząd nie kłamie", "premier"),
    ("ru", "Ложь\n\nВ своем выступлении министр заявил, что это ложь.", "это ложь", "министр"),
    # near miss: a capitalised name after the place phrase is left to the name rules
    ("pl", "Rząd\n\nW Warszawie premier Donald Tusk powiedział, że rząd nie kłamie.", "rząd nie kłamie", "Donald Tusk"),
])
def test_an_opening_place_phrase_before_a_role_noun_is_no_part_of_the_speaker(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a first name in "-ej" before a surname in "-a" is a name in the nominative, not a body in the genitive
    ("Rząd\n\nWczoraj prezydent Andrzej Duda powiedział, że rząd nie kłamie.", "Andrzej Duda"),
    # near miss: a feminine adjective with its noun in the genitive is still a body the role belongs to
    ("Rząd\n\nWczoraj lider Platformy Obywatelskiej powiedział, że rząd nie kłamie.", "lider Platformy Obywatelskiej"),
])
def test_polish_first_name_in_ej_is_no_genitive_adjective(text, speaker):
    article, prediction = analyse(text, lang="pl")
    assert quote_with(found(article, prediction), "rząd nie kłamie")[3] == speaker



@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a role written before another person's name describes that person, not the one named after it
    ("en", "Visit\n\nThe current Labour mayor, John Biggs, complained that President Donald Trump is unwelcome. "
           "The visit was cancelled.\n\nThe mayor added that the ban stays.", "the ban stays", "John Biggs"),
    # near miss: a role right before a person's name is still that person's
    ("en", "Visit\n\nThe protest grew, and the mayor John Biggs complained. The visit was cancelled.\n\n"
           "The mayor added that the ban stays.", "the ban stays", "John Biggs"),
])
def test_a_role_before_another_persons_name_is_not_the_next_persons(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a description followed by the person's name in apposition, set in commas, is that person
    ("de", "Klima\n\nDas Klima sei schuld, wie die Ratsvorsitzende der Evangelischen Kirche in Deutschland, "
           "Annette Kurschus, so tapfer wie kenntnislos behauptet.", "Das Klima sei schuld", "Annette Kurschus"),
    ("fr", "Climat\n\nLe climat est coupable, a déclaré la présidente de l'Église protestante en France, Anne Martin, "
           "dimanche.", "Le climat est coupable", "Anne Martin"),
    # near miss: a group description followed by names stays the group
    ("fr", "Climat\n\nLe climat est coupable, ont déclaré les responsables de l'Église protestante, Anne Martin et "
           "Paul Durand, dimanche.", "Le climat est coupable", "responsables de l'Église"),
])
def test_a_description_with_a_name_in_apposition_is_that_person(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("text,rows", [
    # "As X reported, Y said ...": the outlet says where it was read, Y said it, and the outlet reports nothing
    ("Church\n\nCardinal Reinhard Marx spoke in Munich.\n\nAs LifeSiteNews previously reported, Marx also said "
     "that he could imagine a blessing for such couples.",
     [("indirect", "he could imagine a blessing for such couples", "said", "Reinhard Marx")]),
    # near miss: with no report of its own after the comma, the outlet reports the clause
    ("Church\n\nCardinal Reinhard Marx spoke in Munich.\n\nAs LifeSiteNews previously reported, the church "
     "could soon allow a blessing for such couples, a step it long refused.",
     [("indirect", "the church could soon allow a blessing for such couples, a step it long refused", "reported",
       "LifeSiteNews")]),
])
def test_an_as_reported_phrase_before_another_report_is_only_its_source(text, rows):
    article, prediction = analyse(text)
    assert found(article, prediction) == rows


@pytest.mark.parametrize("text,clause,speaker", [
    # an opening adverb set off by a comma is no subject; the name after it is
    ("Comedy\n\nHowever, audience member Elle Ferguson, BC ‘22, said that she did not find the jokes offensive.",
     "she did not find", "Elle Ferguson"),
    # someone's office is a body of its own, not the organisation that spoke last
    ("Church\n\nCardinal Reinhard Marx spoke in Munich. The Catholic News Agency said the cardinal had answered "
     "yes.\n\nThe cardinal’s office maintains that he answered the question in a more subtle way.",
     "he answered the question", "cardinal’s office"),
])
def test_an_opening_adverb_and_a_possessor_office(text, clause, speaker):
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), clause)[3] == speaker


@pytest.mark.parametrize("lang,text,clause,speaker", [
    # a pronoun object pointing back, then a short phrase or an outlet told in marks, then the cue and its subject
    ("ru", "Цены\n\nЦены вырастут вдвое в следующем году по всей стране. Об этом в интервью ТАСС рассказал "
           "министр Иван Петров.", "Цены вырастут вдвое в следующем году по всей стране", "Иван Петров"),
    ("ru", "Цены\n\nЦены вырастут вдвое в следующем году по всей стране. Об этом «360» рассказал министр Иван Петров.",
     "Цены вырастут вдвое в следующем году по всей стране", "Иван Петров"),
    ("pl", "Ceny\n\nCeny wzrosną dwukrotnie w przyszłym roku w całym kraju. O tym w rozmowie z PAP poinformował "
           "minister Jan Kowalski.", "Ceny wzrosną dwukrotnie w przyszłym roku w całym kraju", "Jan Kowalski"),
    # verb second: the object opening the sentence leaves the subject after the cue
    ("de", "Rücktritt\n\nDer Premier werde noch heute seinen Rücktritt als Parteichef bekanntgeben. Das berichtete am "
           "Donnerstag die Financial Times.", "Der Premier werde noch heute", "Financial Times"),
    ("it", "Migranti\n\nI migranti sono utilizzati dalla Russia come strumento di pressione su Italia ed Europa. Lo "
           "sostiene un articolo di Repubblica.", "I migranti sono utilizzati", "articolo di Repubblica"),
    # a tag closing the sentence that reports the one before names who carried the report: no quote of its own
    ("fr", "Prix\n\nLes prix vont doubler l'an prochain dans tout le pays. C'est ce qu'a déclaré le ministre Jean "
           "Dupont, rapporte l'AFP.", "Les prix vont doubler", "Jean Dupont"),
    ("en", "Prices\n\nPrices will double across the country next year. That's what the minister John Smith told "
           "reporters, the BBC reported.", "Prices will double", "John Smith"),
])
def test_a_report_pointing_back_at_the_sentence_before(lang, text, clause, speaker):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert quote_with(rows, clause)[:1] == ("indirect",) and quote_with(rows, clause)[3] == speaker
    assert len(rows) == 1, rows


@pytest.mark.parametrize("lang,text,clause,not_clause", [
    # near misses: "о том, что" / "o tym, że" after the cue announce the clause that follows, not the sentence before
    ("ru", "Цены\n\nБайден свалил все на Россию вместо того чтобы взять ответственность. 15 марта министр Иван Петров "
           "заявил о том, что Вашингтон намерен наращивать давление на Россию.",
     "Вашингтон намерен наращивать давление", "Байден свалил"),
    ("pl", "Ceny\n\nCeny wzrosną dwukrotnie w przyszłym roku w całym kraju. Minister Jan Kowalski poinformował o tym, "
           "że rząd nie planuje podwyżek.", "rząd nie planuje podwyżek", "Ceny wzrosną"),
    # a determiner opening a subject is no pronoun pointing back
    ("de", "Rücktritt\n\nDer Premier werde noch heute seinen Rücktritt als Parteichef bekanntgeben. Das Ministerium "
           "berichtete am Donnerstag über die Lage.", None, "Der Premier"),
    # a tag closing a sentence with no report pointing back still reports that sentence
    ("fr", "Prix\n\nLes prix vont doubler l'an prochain dans tout le pays. Le ministre Jean Dupont a parlé de la "
           "crise, rapporte l'AFP.", "Le ministre Jean Dupont a parlé de la crise", "Les prix"),
])
def test_a_pronoun_after_the_cue_or_a_determiner_is_no_report_pointing_back(lang, text, clause, not_clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    if clause is not None:
        quote_with(rows, clause)
    assert not any(not_clause in r[1] for r in rows), rows


@pytest.mark.parametrize("lang,text,clause", [
    # a source phrase after a conjunction or an opening bracket reports the clause after it
    ("pl", "Węgry\n\nBudapeszt nie chce ponosić kosztów, choć zdaniem Sadeckiego byłby on przez Węgrów do uniesienia.",
     "byłby on przez Węgrów do uniesienia"),
    ("pl", "Embargo\n\nEmbargo obejmie surowiec trafiający drogą morską (według Brukseli to dwie trzecie całego importu).",
     "to dwie trzecie całego importu"),
    ("ru", "Доклад\n\nДоклад был опубликован в феврале, и, по версии американской стороны, принц лично одобрил операцию.",
     "принц лично одобрил операцию"),
    # before "that": the clause after it
    ("pl", "Putin\n\nWreszcie najbardziej prawdopodobny według Sweeneya, że Putin na koniec sam się otruje.",
     "Putin na koniec sam się otruje"),
    # standing bare inside one clause: the whole sentence
    ("de", "Nachfolge\n\nUnter den möglichen Nachfolgern befinden sich laut einer Kurzanalyse des Thinktanks Forces Watch "
           "mehrere Hardliner.", "Unter den möglichen Nachfolgern befinden sich laut einer Kurzanalyse des Thinktanks "
                                 "Forces Watch mehrere Hardliner"),
])
def test_a_source_phrase_inside_a_sentence_reports_the_clause_around_or_after_it(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert [r[1] for r in rows] == [clause], rows
    assert rows[0][0] == "indirect"


@pytest.mark.parametrize("lang,text", [
    # near misses: a rule or a timetable followed, no source
    ("pl", "Pociąg\n\nPociąg odjechał według rozkładu jazdy przygotowanego przez przewoźnika."),
    ("it", "Treno\n\nIl treno è partito secondo l'orario previsto dalla compagnia ferroviaria."),
    ("fr", "Match\n\nLe match s'est déroulé selon les règles habituelles du tournoi national."),
    ("pl", "Rząd\n\nRząd działał, choć według prawa nie musiał niczego zmieniać."),
])
def test_a_rule_or_timetable_in_mid_sentence_is_no_source(lang, text):
    article, prediction = analyse(text, lang=lang)
    assert found(article, prediction) == []


@pytest.mark.parametrize("text,rows", [
    # "told" and an addressee with no clause after it, or a question after it, report nothing
    ("Title\n\nThe tension increased as Patel told more jokes in this vein until organizers stopped him.", []),
    ("Title\n\nHistory tells us why so many people are afraid to do the right thing.", []),
    ("Title\n\nHave the generals told the president how and when they plan to get us out?", []),
    # near misses: an addressee, then a clause without "that"; an aside in commas, then "that"; "there" opening it
    ("Title\n\nThe minister told reporters the plan would go ahead.",
     [("indirect", "the plan would go ahead", "told", "minister")]),
])
def test_told_with_only_an_addressee_or_a_question_reports_nothing(text, rows):
    article, prediction = analyse(text)
    got = found(article, prediction)
    assert [r[:3] for r in got] == [r[:3] for r in rows], got


def test_told_an_addressee_then_there_and_its_verb_still_reports():
    article, prediction = analyse("Title\n\nThe neighbour told police there was no fight at all.")
    assert quote_with(found(article, prediction), "there was no fight at all")[0] == "indirect"


def test_told_an_addressee_then_an_aside_then_that_still_reports():
    text = ("Title\n\nDeputy adviser Ben Rhodes told CNN, during an interview aired on April 6, 2015, that the "
            "inspectors will have access to every site.")
    article, prediction = analyse(text)
    assert quote_with(found(article, prediction), "the inspectors will have access")[0] == "indirect"


@pytest.mark.parametrize("lang,text,clause", [
    # the "that" right after the cue opens the clause, not a later conjunction ending in "that"
    ("it", "Titolo\n\nIl ministro ha detto che partirà prima che arrivi la delegazione.",
     "partirà prima che arrivi la delegazione"),
    ("it", "Titolo\n\nIl ministro ha avvertito che il processo sarà bloccato a meno che la Svezia non cambi linea.",
     "il processo sarà bloccato a meno che la Svezia non cambi linea"),
    ("en", "Title\n\nThe minister said that the plan that was agreed last year will fail.",
     "the plan that was agreed last year will fail"),
    # a comma right after "that" opens an aside inside the clause; a source-like word after it does not end it
    ("it", "Titolo\n\nTian ha affermato che una caratteristica dell’economia dell’UE è che, per la maggior parte, le sue "
           "materie prime vengono fornite dall’esterno.",
     "una caratteristica dell’economia dell’UE è che, per la maggior parte, le sue materie prime vengono fornite "
     "dall’esterno"),
])
def test_the_first_that_after_the_cue_opens_the_clause(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert [r[1] for r in rows] == [clause], rows


@pytest.mark.parametrize("lang,text,clause", [
    # a conjunction ending in "that" after a cue's object is no reported clause
    ("it", "Titolo\n\nLa Turchia ha minacciato di bloccare il processo a meno che Finlandia e Svezia non facciano un "
           "giro di vite sui gruppi estremisti.", None),
    # near miss: the reported clause itself holds the conjunction
    ("en", "Title\n\nThe minister said the economy would grow so that jobs return.",
     "the economy would grow so that jobs return"),
])
def test_a_conjunction_ending_in_that_is_no_reported_clause(lang, text, clause):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert [r[1] for r in rows] == ([clause] if clause else []), rows


@pytest.mark.parametrize("text,speaker", [
    # a third-person pronoun in its oblique case after "według" is the source, the one named before
    ("Ropa\n\nMinister Jan Kowalski opublikował analizę. Według niego surowiec z innych kierunków jest już "
     "przetwarzany przez rafinerie.", "Jan Kowalski"),
    ("Ropa\n\nByli dyrektorzy koncernu MOL opublikowali analizę. Według nich surowiec z innych kierunków jest już "
     "przetwarzany przez rafinerie.", None),
])
def test_polish_according_to_a_pronoun_reports_the_clause_after_it(text, speaker):
    article, prediction = analyse(text, lang="pl")
    row = quote_with(found(article, prediction), "surowiec z innych kierunków jest już przetwarzany")
    assert row[0] == "indirect"
    if speaker is not None:
        assert row[3] == speaker


@pytest.mark.parametrize("lang,text", [
    # near misses: a source named in brackets with no clause after it (a prepositional phrase) reports nothing there
    ("fr", "Dette\n\nLa dette a augmenté de 600 milliards (d’après Macron en personne, lors du débat de l’entre-deux-tours)."),
    ("pl", "Dług\n\nDług wzrósł o 600 miliardów (według premiera w czasie debaty telewizyjnej)."),
    # the source of one phrase in brackets, closing it
    ("en", "Church\n\nAll this and rampant apathy in the parishes, along with a trivialized liturgy (according to Pope "
           "Benedict XVI) and widespread apostasy among the faithful."),
])
def test_a_source_in_brackets_with_no_clause_after_it_reports_no_bracket_words(lang, text):
    article, prediction = analyse(text, lang=lang)
    rows = found(article, prediction)
    assert not any(r[1].startswith(("en personne", "w czasie")) or r[1].startswith("All this") for r in rows), rows


def test_an_as_said_source_closing_a_bracket_reports_the_words_before_it():
    text = ("Вакцины\n\nПо словам автора, нас обманывают. Тех, кто отказывается от вакцинации, не следует называть "
            "людьми, которым «нужно вырастить мозг» (как заявил премьер-министр Марк Макгоуэн).")
    article, prediction = analyse(text, lang="ru")
    assert quote_with(found(article, prediction), "Тех, кто отказывается")[3] == "Марк Макгоуэн"


@pytest.mark.parametrize("text,snippet,kind", [
    ("„Wir halten uns an den Plan“, sagte Jonas Kraft. Trotz der Zahlen bleibe der „Druck auf die Kliniken“ gleich.",
     "Trotz der Zahlen bleibe", "mixed"),
    ("„Wir halten uns an den Plan“, sagte Jonas Kraft. Nun brauche es einen Chef mit »Mut und Sinn für Regeln«.",
     "Nun brauche es", "mixed"),
    ("„Wir halten uns an den Plan“, sagte Jonas Kraft. Das gelte auch für die „Ben Armstrong Show“.",
     "Das gelte auch", "indirect"),
])
def test_german_konjunktiv_continuation_with_quoted_words_inside_the_clause(text, snippet, kind):
    """Quoted words inside a Konjunktiv I sentence after a speaker's words no longer stop the report: mixed
    with a phrase of three words or more (German nouns are capitalised: a lowercase word among them tells a
    phrase from a name), indirect with a title in capitals."""
    article, prediction = analyse("Titel\n\n" + text, lang="de")
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == kind and row[3] == "Jonas Kraft"


def test_german_quote_opening_a_sentence_is_no_konjunktiv_continuation():
    article, prediction = analyse("Titel\n\n„Wir halten uns an den Plan“, sagte Jonas Kraft. „Das sei ein Fehler "
                                  "gewesen, den wir nicht wiederholen“, so Kraft.", lang="de")
    rows = found(article, prediction)
    assert all(r[0] == "direct" for r in rows if "Fehler" in r[1])


@pytest.mark.parametrize("text,snippet,speaker", [
    ("Am Donnerstag verlieh die Chefredaktion der Financial Times der Stimmung Ausdruck: Der Rücktritt sei "
     "längst überfällig.", "Der Rücktritt sei längst überfällig", "Financial Times"),
    ("Die Sprecherin der Kirche, Anna Kühn, sekundiert mit einem neuen Dogma: Dabei spiele auch das Klima eine "
     "Rolle.", "Dabei spiele auch das Klima", "Anna Kühn"),
])
def test_german_konjunktiv_clause_after_a_colon_reports_the_one_named_before(text, snippet, speaker):
    article, prediction = analyse("Titel\n\n" + text, lang="de")
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet) and row[3] == speaker


@pytest.mark.parametrize("text", [
    "Wirtschaft: Zahlen und Fakten sei das Motto.",
    "Jonas Kraft hat eine Frage: Was wäre, wenn das Geld nicht reicht?",
    "Jonas Kraft hat ein Ziel: Das Geld reicht für alle Schulen im Land.",
])
def test_german_colon_without_konjunktiv_or_speaker_reports_nothing(text):
    article, prediction = analyse("Titel\n\n" + text, lang="de")
    assert found(article, prediction) == []


def test_german_plural_konjunktiv_ii_right_after_a_report_continues_it():
    """"würden", "hätten" ... stand in for a Konjunktiv I that looks like the indicative, right after a report
    in the same paragraph; after a paragraph break, or a singular "wäre" / "würde", it is the author's."""
    article, prediction = analyse("Titel\n\n„Wir halten uns an den Plan“, sagte Jonas Kraft. Zeitweise würden auch "
                                  "Notaufnahmen abgemeldet.", lang="de")
    row = quote_with(found(article, prediction), "Zeitweise würden")
    assert row[0] == "indirect" and row[3] == "Jonas Kraft"
    for text in ("„Wir halten uns an den Plan“, sagte Jonas Kraft.\n\nViele würden gerne mehr Geld haben.",
                 "„Wir halten uns an den Plan“, sagte Jonas Kraft. Das wäre ein Fehler für alle Beteiligten.",
                 "„Wir halten uns an den Plan“, sagte Jonas Kraft. Mancher würde das anders sehen, aber gut."):
        article, prediction = analyse("Titel\n\n" + text, lang="de")
        assert len(found(article, prediction)) == 1


def test_german_konjunktiv_i_form_beside_a_common_indicative_in_t():
    """A lowercase form in -e beside a common indicative in -t ("schütze" by "schützt") is a Konjunktiv I;
    an adjective in -e ("große", "lange") is none."""
    article, prediction = analyse("Titel\n\n„Wir halten uns an den Plan“, sagte Jonas Kraft. Die Impfung schütze vor "
                                  "allem die Geimpften selbst.", lang="de")
    assert quote_with(found(article, prediction), "Die Impfung schütze")[3] == "Jonas Kraft"
    for text in ("Die große Koalition bleibt im Amt bis zum Herbst.", "Die lange Debatte dauert bis zum Abend."):
        article, prediction = analyse("Titel\n\n„Wir halten uns an den Plan“, sagte Jonas Kraft. " + text, lang="de")
        assert len(found(article, prediction)) == 1


@pytest.mark.parametrize("lang,text,snippet,speaker", [
    ("pl", "Nowak o certyfikatach covidowych: nie jestem zwolennikiem\n\nMinister Jan Nowak mówił w poniedziałek.",
     "nie jestem zwolennikiem", "Jan Nowak"),
    ("pl", "Nowak deklaruje: Zagwarantujemy pomoc dla wszystkich rolników\n\nJan Nowak mówił w poniedziałek.",
     "Zagwarantujemy pomoc", "Jan Nowak"),
    ("ru", "Немецкий экономист Хютер: газовый рынок рухнет без общих правил\n\nМихаэль Хютер выступил в понедельник.",
     "газовый рынок рухнет", "Михаэль Хютер"),
    ("en", "Pike on the harbour deal: we will block it in the Senate\n\nSenator Ann Pike spoke on Monday.",
     "we will block it", "Ann Pike"),
    ("pl", "Tytuł\n\nEuroposłanka Anna Nowak zabrała głos.\n\nNowak: Polki potrzebują wsparcia\n\nTekst jest długi.",
     "Polki potrzebują wsparcia", "Anna Nowak"),
    ("it", "Titolo\n\nLa senatrice Anna Ferraretti ha parlato lunedì.\n\nFerraretti sulla riforma: il governo sbaglia tutto\n\nTesto.",
     "il governo sbaglia tutto", "Anna Ferraretti"),
])
def test_headline_or_standalone_line_name_colon_claim_is_indirect(lang, text, snippet, speaker):
    """Session-19 guideline: a headline or a standalone line "<Name>: <claim>" without quote marks is an
    indirect quote of the name, also with a description before the name, a speech verb or a topic after it."""
    article, prediction = analyse(text, lang=lang)
    row = quote_with(found(article, prediction), snippet)
    assert row[0] == "indirect" and row[1].startswith(snippet) and row[3] == speaker


@pytest.mark.parametrize("lang,text", [
    ("de", "Titel\n\nJonas Kraft sprach am Montag.\n\nWirtschaft: Zahlen und Fakten\n\nDer Text ist lang."),
    ("pl", "Tytuł\n\nJan Nowak mówił w poniedziałek.\n\nSport: wyniki meczów z soboty\n\nTekst jest długi."),
    ("en", "Title\n\nAnn Pike spoke on Monday. Pike warned the council: the budget is empty and the road will wait."),
    ("en", "Title\n\nAnn Pike spoke on Monday.\n\nThe study of Pike and her allies: a history of the harbour\n\nText."),
])
def test_section_heading_or_body_colon_is_no_headline_claim(lang, text):
    article, prediction = analyse(text, lang=lang)
    assert not [r for r in found(article, prediction) if r[2] == ":"]


def test_standalone_line_label_must_be_named_elsewhere_and_colon_clause_takes_a_surname_subject():
    """A body line "<Label>: <words>" is a claim only when the label names someone the article names
    elsewhere ("Dzień Ziemi:" looks like a name, but is a heading); a German colon clause takes a surname
    opening the sentence ("Kammerevert bezweifelt ...:") over a body named after it."""
    article, prediction = analyse("Tylko u nas: Greta Thunberg o kryzysie klimatycznym\n\nDzień Ziemi: Greta Thunberg o "
                                  "kryzysie klimatycznym\n\nTekst jest tu.", lang="pl")
    assert not [r for r in found(article, prediction) if r[2] == ":"]
    article, prediction = analyse("Titel\n\nDie Abgeordnete Petra Kammerevert sprach am Montag.\n\nKammerevert "
                                  "bezweifelt die Zuständigkeit der EU für das Verbot: Die Kommission stütze sich auf "
                                  "die Verträge.", lang="de")
    assert quote_with(found(article, prediction), "Die Kommission stütze")[3] == "Petra Kammerevert"


@pytest.mark.parametrize("text,speaker", [
    ("Army Colonel: War May Come Soon\n\nTucker Carlson said the war was near. He said the world was not ready. "
     "Retired Army Colonel Ann Pike said the plan was old.", "Ann Pike"),
    ("Health Chief: Global Pandemic Imminent\n\nTom Adley said the next pandemic was near. He said the world was "
     "not ready.", "Tom Adley"),
])
def test_headline_label_describing_its_speaker_by_a_role(text, speaker):
    """A headline label that is a role ("Army Colonel:") names the person the body describes by that role, or
    else the one the body quotes most."""
    article, prediction = analyse(text)
    row = [r for r in found(article, prediction) if r[2] == ":"]
    assert row and row[0][0] == "indirect" and row[0][3] == speaker


@pytest.mark.parametrize("text", [
    "Study: Homeschooling Spikes Due to School Violence\n\nTom Adley said the numbers were up. He said more would come.",
    "Sport: Results From The Saturday Games\n\nTom Adley said the numbers were up. He said more would come.",
    "The Dictator Pope: A Call to Opposition\n\nTom Adley said the book was true. He said more would come. "
    "The Dictator Pope is a book.",
])
def test_headline_document_or_section_label_is_no_described_speaker(text):
    article, prediction = analyse(text)
    assert not [r for r in found(article, prediction) if r[2] == ":"]
