"""Scraper-noise cleaning: drop boilerplate, lose nothing of the article.

Cheap gold in the trafilatura style: a clean article wrapped in a platform's boilerplate (see
``noisy_corpus.py``) must keep every paragraph and lose every boilerplate line. The SemEval
training articles, cleaned by annotators, must lose nothing but the few noise lines they still
hold, and never a line the annotators labelled. Wordings the rules were not written against are
tested apart, as held-out, and the misses are marked xfail rather than patched in.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noisy_corpus import PLATFORMS, NoisyCase, page_from_blocks, wrap
from spinscope.document import Metadata
from spinscope.ingest import build_article, clean, document_from_html, document_from_text
from spinscope.ingest.clean import find_noise, reads_like_clause
from spinscope.ingest.edge_lines import SECOND_WEIGHTS, WEIGHTS, EdgeLineModel, default_model, second_model
from spinscope.ingest.readers import SEMEVAL_LANG_FOLDERS

NOISY = Path(__file__).resolve().parent / "fixtures" / "noisy"
# the six SemEval languages with subtask-3 training articles, folder name to ISO 639-1
CORPUS_LANGS = {folder: SEMEVAL_LANG_FOLDERS[folder] for folder in ("en", "fr", "ge", "it", "po", "ru")}
SEMEVAL_FILE = re.compile(r"^article(\d+)\.txt$")  # skips macOS "._article1.txt" sidecar files


def _article(raw: str):
    return build_article(document_from_text(raw, Metadata(id="t", lang="en")))


def _paragraphs(article) -> list[str]:
    return [article.span_text(p) for p in article.paragraphs]


def _problems(case: NoisyCase, lang: str) -> list[str]:
    """What is wrong with the cleaned ``case``: lost paragraphs, kept or unreported boilerplate."""
    article = build_article(document_from_text(case.raw, Metadata(id=case.name, lang=lang)))
    paragraphs = _paragraphs(article)
    problems, position = [], -1
    for paragraph in case.keep:  # in order, each its own paragraph (articles repeat paragraphs)
        if paragraph not in paragraphs[position + 1:]:
            problems.append(f"lost or out of order: {paragraph[:80]!r}")
        else:
            position = paragraphs.index(paragraph, position + 1)
    for snippet in case.drop:
        # short snippets ("Email", "Print") are also words of the article: compare paragraphs
        if snippet in paragraphs or (len(snippet) >= 25 and snippet in article.text):
            problems.append(f"kept boilerplate: {snippet[:80]!r}")
        elif not any(snippet in r.text for r in article.removed):
            problems.append(f"boilerplate not reported as removed: {snippet[:80]!r}")
    for r in article.removed:
        if case.raw[r.start:r.end] != r.text:
            problems.append(f"removed range does not match the raw text: {r}")
    for t, r, n in article.offsets.pieces:
        if article.text[t:t + n] != case.raw[r:r + n]:
            problems.append(f"offset piece {(t, r, n)} does not copy the raw text")
    return problems


def _fixture(name: str) -> tuple[str, list[str]]:
    lines = [l.strip() for l in (NOISY / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    return lines[0], lines[1:]


FIXTURES = {"en": "en_council_vote.txt", "fr": "fr_reforme.txt", "de": "de_haushalt.txt"}


# --- rules, one line at a time --------------------------------------------------------------

BODY_BEFORE = ("Harbour vote delayed\n\n"
               "The council postponed its vote on Tuesday after a long and angry meeting.\n\n")
BODY_AFTER = "\n\nThe vote is now expected on April 12, when the council meets again."

NOISE_LINES = [
    ("[ad_1]", "ad marker"), ("[ad_2]", "ad marker"),
    ("Advertisement", "advertisement"), ("Sponsored", "advertisement"), ("Реклама", "advertisement"),
    ("Anzeige", "advertisement"), ("Story Continued Below", "advertisement"),
    ("Source link", "source link"),
    ("Share this:", "share widget"), ("Click to share on Twitter (Opens in new window)", "share widget"),
    ("Share on Facebook", "share widget"), ("Tweet", "share widget"), ("Print", "share widget"),
    ("Email", "share widget"), ("Like this:", "share widget"), ("Like Loading...", "share widget"),
    ("557 SHARES Facebook Twitter", "share widget"), ("Facebook Twitter WhatsApp Email", "share widget"),
    ("Поделиться", "share widget"), ("Partager :", "share widget"),
    ("Related", "related links"), ("Related posts:", "related links"),
    ("Related: Why the Border Deal Collapsed Again", "related links"),
    ("Read more: China Prepares for Moon Colony", "related links"),
    ("Читайте также", "related links"), ("Lire aussi : Cinq leçons du débat", "related links"),
    ("Zobacz również: Ranking elektrowni", "related links"), ("Read the Whole Article", "related links"),
    ("Tags: politics, election, world", "tags"), ("Filed under: Politics", "tags"),
    ("We use cookies to ensure that we give you the best experience on our website.", "cookie notice"),
    ("0 7 min 9 mths", "reading time"), ("5 min read", "reading time"), ("2 mins ago", "reading time"),
    ("Reading time: 4 minutes", "reading time"), ("Время чтения: 3 минуты", "reading time"),
    ("VISIT MY WEBSITE", "self-promotion"),
    ("My new book, The Great Deception, is available on Amazon.", "self-promotion"),
    ("Support us on Patreon", "self-promotion"), ("Donate", "self-promotion"),
    ("Please help support us with cryptocurrency donations. Thank you!", "self-promotion"),
    ("Sign up for our newsletter", "newsletter prompt"), ("Subscribe", "newsletter prompt"),
    ("Follow us on Telegram", "social follow"),
    ("Leave a Reply", "comment form"), ("Leave a Reply Cancel reply", "comment form"),
    ("Enter your comment here...", "comment form"),
    ("You are commenting using your WordPress.com account. ( Log Out / Change )", "comment form"),
    ("Notify me of new comments via email.", "comment form"), ("Email *", "comment form"),
    ("Laisser un commentaire", "comment form"), ("Kommentar hinterlassen", "comment form"),
    ("Lascia un commento", "comment form"), ("Zostaw komentarz", "comment form"),
    ("Оставить комментарий", "comment form"),
    ("Blog at WordPress.com.", "blog footer"), ("Loading...", "share widget"),
    ("Bloggers like this:", "share widget"),
    ("Post navigation", "post navigation"), ("← Previous Post", "post navigation"),
    ("Next Post →", "post navigation"),
    ("Copyright © 2024 Example Media", "copyright"), ("All rights reserved.", "copyright"),
    ("©2018 Los Angeles Times, Distributed by Tribune Content Agency, LLC.", "copyright"),
    ("By Jane Doe", "byline"), ("Posted on March 3, 2018 by admin", "byline"),
    ("12 Comments", "comment count"), ("Reply", "comment thread"),
    # session 10, from set 18: the paper's own reporter, a byline after a colon, a support plug naming the
    # site, a copy-link toast, a print/save/send prompt, subscribing to the site, a player's label
    ("dalla nostra inviata Giulia Ferri", "byline"), ("De notre envoyé spécial à Kiev, Marc Dupont", "byline"),
    ("Von: Hanna Roth und Felix Bauer", "byline"), ("Sostieni Byoblu", "self-promotion"),
    ("Link Copied!", "share widget"), ("Imprimer, enregistrer en PDF ou envoyer cet article", "share widget"),
    ("Подписаться на «РИА Новости»", "newsletter prompt"), ("Im Video: Merz erteilt Lockerung eine Absage", "video embed"),
    ("Now playing", "video embed"),
    # round 19 (session 11), from set 19, in other wordings: a skip link, a local site's cross-post
    # label, a player's loading placeholder, a source line naming one site by its domain, a caption
    # with its bracketed credit, a subscription offer with a price, a quote of an index in mixed
    # case, a report-an-error link, a newsletter box's promise and call in two longer sentences, a
    # commenting policy's header
    ("Zum Inhalt springen", "skip link"), ("Aller au contenu principal", "skip link"),
    ("Cross-posted from Hoboken, NJ", "repost header"),
    ("Video wird geladen...", "video embed"), ("Chargement du lecteur…", "video embed"),
    ("Źródło: wp.pl", "photo credit"),
    ("Le ministre à la sortie du Conseil des ministres, mardi. (LUDOVIC MARIN / AFP)", "photo caption"),
    ("Jetzt 3 Monate gratis lesen, danach 9,99 € im Monat. Jederzeit kündbar.", "paywall notice"),
    ("Try 1 month free, then $4.99/month.", "paywall notice"),
    ("Nasdaq 16,091.92 -0.85%", "market ticker"),
    ("Signaler une erreur", "feedback widget"), ("Сообщить об ошибке", "feedback widget"),
    ("Get the morning headlines delivered to your inbox. Sign up for free daily newsletters from us.",
     "newsletter prompt"),
    ("Regole della community:", "comment form"),
    # round 20 (session 11), from set 21, in other wordings: the longer prepositions of a
    # continuation marker ("unterhalb", "au-dessous de") and a video in the plural
    ("Der Text geht unterhalb des Videos weiter", "advertisement"),
    ("La suite au-dessous de la publicité", "advertisement"),
    # a sponsored-links widget's header naming its network, a reply count quoting the post's title
    # in the other languages, a metered paywall's counter, an update's stamp in five languages
    ("Recommended by Outbrain", "advertisement"), ("Contenus sponsorisés par Taboola", "advertisement"),
    ("5 Antworten auf „Neue Regeln für den Markt“", "comment count"),
    ("2 risposte a “Il nuovo piano del traffico”", "comment count"),
    ("Il vous reste 3 articles gratuits ce mois-ci. Abonnez-vous pour tout lire.", "paywall notice"),
    ("Sie haben noch 1 kostenlosen Artikel in diesem Monat.", "paywall notice"),
    ("Zuletzt aktualisiert am 03.03.2025, 14:12 Uhr", "byline"),
    ("Aggiornato alle 10:25 del 14 febbraio 2025", "byline"),
    ("Zaktualizowano: 14.02.2025, 09:40", "byline"),
    ("Rejoignez-nous sur Telegram pour ne rien manquer !", "social follow"),
    ("Like us on Facebook and never miss a story", "social follow"),
]


@pytest.mark.parametrize("line, reason", NOISE_LINES)
def test_noise_line_is_dropped_with_its_reason(line, reason):
    raw = BODY_BEFORE + line + BODY_AFTER
    removed = find_noise(raw)
    assert [(r.reason, r.text) for r in removed] == [(reason, line)]


# Prose and title-like lines that use the words the rules look for, many taken from the corpus.
KEEP_LINES = [
    "Support Grows For Ukraine Aid In Congress",  # a headline in title case, not a plea to support a site
    "Comments from the public ran past midnight.",
    "We asked three times for a reply and got nothing.",
    "Share prices fell 4 percent on the news.",
    "Tweet by tweet, the president built his case.",
    "Print and broadcast reporters were asked to leave.",
    "Like this.",
    "Like Webb",
    "Posted on LifeSiteNews:",
    "More from the Washington Times:",
    "By the way…where are her pants?",
    "By Jesse Van Berkel, Star Tribune, September 26, 2018:",
    "Support them financially if you can. Many sites have Patreon accounts or donate buttons",
    "Subscribe to the newsletters of websites you enjoy. Don’t count on seeing their work on "
    "social media. (You can subscribe to my newsletter here, incidentally.)",
    "What do you think? Let us know in the comments below.",
    "Read more here about Ebola and how it is transmitted:",
    "© Provided by Quartz",
    "August 18, 2018",
    "Two responses to this argument are possible.",
    "Comment",  # the kicker of an opinion piece
    "Kommentar",
    "What happens next",
    "Related to this, the regional auditor is reviewing the contract.",
    "Councillor Reyes said he would subscribe to any plan that kept the market open.",
    "Twitter",  # alone, a network name is a heading ("Twitter" in a story about Twitter)
    "2020",
    "Filed under seal, the documents show the payments began in 2016.",
    # round 19: a price and its period, or a party in brackets, are the article's without an
    # offer's second cue or an agency's credit
    "Subscribers pay 10 € per month.",
    "Netflix raised its price to $15.49 a month for subscribers.",
    "Friedrich Merz sprach mit den Abgeordneten (CDU/CSU)",
    # round 20: a paywall told about, not counting down the reader's articles
    "Readers have 5 free articles left each month under the new policy, the publisher said.",
    "Partnered by Taboola since 2019, the publisher said its revenue from ads had doubled.",
]


@pytest.mark.parametrize("line", KEEP_LINES)
def test_prose_with_noise_words_is_kept(line):
    raw = BODY_BEFORE + line + BODY_AFTER
    assert find_noise(raw) == []
    assert line in _paragraphs(_article(raw))


def test_a_stamp_and_its_update_on_one_line_is_a_date():
    # round 19: two dates on one line, the publication and the update, each a date of its own
    from spinscope.ingest.page_blocks import date_line
    assert date_line("Le 5 avril 2025 à 09h10, mis à jour le 5 avril 2025 à 11h30") == "worded"
    assert date_line("Am 5. April 2025 um 9:10 und 11:30 sowie am 6. und 7. April 2025 um 8:00") is None


def test_a_results_list_under_a_short_intro_stays_with_the_article():
    # round 19: "label: number" rows under a two-word intro and its colon, right under the first
    # paragraph, were taken for the page's head
    case = page_from_blocks("results-list", [
        ["-Wiadomości", "-Kraj", "-Świat", "-Sport"],
        ["+Senat przyjął ustawę o mediach publicznych. PiS zapowiada weto prezydenta"],
        ["-Autor: Jan Nowak", "-Źródło: PAP", "-Opublikowano: 4 kwietnia 2025, 12:10",
         "-Aktualizacja: 4 kwietnia 2025, 14:30", "-Udostępnij"],
        ["-Senatorowie podczas głosowania", "-Foto: Marcin Obara / PAP"],
        ["+Senat przyjął w piątek ustawę o mediach publicznych. Zgodnie z nią rady programowe będą "
         "wybierane przez organizacje pozarządowe, a nie przez polityków."],
        ["+Wynik głosowania:"],
        ["+za: 57 senatorów,", "+przeciw: 38,", "+wstrzymało się: 3."],
        ["+Marszałek Senatu mówił po głosowaniu, że to \"koniec upolitycznienia mediów\". Opozycja "
         "zapowiedziała, że zwróci się do prezydenta o weto."],
        ["+Ustawa trafi teraz do prezydenta, który ma 21 dni na decyzję."],
        ["-Czytaj także:", "-Prezydent o mediach: zawetuję każdą taką ustawę"],
        ["-Polityka prywatności", "-Regulamin", "-Copyright © 2025 Portal S.A."],
    ])
    assert _problems(case, "pl") == []


def test_a_commenting_policy_goes_with_its_items():
    # round 19: the items under a commenting policy's header read like prose, but are the form's
    raw = (BODY_BEFORE.rstrip("\n") + "\n\nThe mayor said the plan would be revisited in the autumn.\n\n"
           "Community guidelines:\nBe kind. Insults, threats and slurs will be removed without warning.\n"
           "Stay on topic. Comments about other stories will be deleted by the moderators."
           + BODY_AFTER)
    removed = [(r.reason, r.text) for r in find_noise(raw)]
    assert removed == [("comment form", "Community guidelines:\nBe kind. Insults, threats and slurs will be "
                                        "removed without warning.\nStay on topic. Comments about other stories "
                                        "will be deleted by the moderators.")]


def test_a_byline_block_between_the_title_and_the_body_goes_with_the_menu():
    # round 19: the author's line in a block of stamps the rules took half of, the title alone
    # above it and a credited caption under it: the block's other lines are the page's too
    case = page_from_blocks("byline-block", [
        ["-Valley Courier", "-Live", "-Politics", "-Region"],
        ["+Harbor district splits over the new ferry contract before the spring vote"],
        ["-Story by Tom Hale - Valley Courier", "-Courier Media Group", "-Published 04/04/2025 08:10",
         "-Updated 04/04/2025 10:30", "-3 min read"],
        ["-Commissioner Ana Ruiz at a hearing on April 2, 2025. (JOHN LOCHER / AP)"],
        ["+Talks broke down overnight. Two competing slates will face voters in the first round, "
         "the party's leadership confirmed on Friday."],
        ["+Members say they are tired of the infighting, according to several local officials."],
        ["+A mediation meeting is planned for next week at the party's county office."],
        ["-Privacy Policy", "-© 2025 Valley Courier"],
    ])
    assert _problems(case, "en") == []


def test_the_article_goes_on_under_a_marker_that_says_so():
    # round 20: "continues below the ad" promises more of the article, so the subheading, the
    # list and the paragraphs under the ad and see-also box are the body's, not the page's tail
    case = page_from_blocks("continues-marker", [
        ["-Valley Courier", "-Sign in"],
        ["+Parking on pavements will cost drivers three times more from April",
         "-Tom Hale", "-Today 14:05"],
        ["+Drivers who park on the pavement and leave less than 1.5 metres for pedestrians will pay "
         "a fine of 150 pounds from April, up from 50 pounds today.",
         "+The change was published on Friday. The transport department says it is meant to protect "
         "pedestrians, especially parents with prams and wheelchair users."],
        ["-Story continues below advertisement", "-ADVERTISEMENT",
         "-Read more: Big changes on the roads that most drivers have not heard about"],
        ["+What changes",
         "+- parking on a pavement narrower than 1.5 m: 150 pounds,",
         "+- parking on a zebra crossing: 250 pounds,",
         "+- parking in a disabled bay: 400 pounds.",
         "+Wardens in the city centre announced more patrols in the first weeks after the rules come "
         "into force.",
         "+\"This is not about punishing anyone, it is about pavements for walkers,\" a spokesman "
         "said."],
        ["-Share: Facebook X Copy link", "-Comments (57) See all", "-river_rat_88 2 hours ago",
         "-About time.", "-Reply", "-Copyright 1996-2025 Valley Courier Media Ltd."],
    ])
    assert _problems(case, "en") == []


def test_a_user_handle_with_underscores_is_a_name_beside_a_date():
    # round 20: a commenter's handle ("kierowca_z_mokotowa 2 godz. temu") is one name, not three
    # words in lower case: the line is a commenter's header, chrome of the page's tail
    from spinscope.ingest.page_blocks import date_line
    assert date_line("kierowca_z_mokotowa 2 godz. temu") == "named"
    assert date_line("river_rat_88 2 hours ago") == "named"
    assert date_line("mis à jour le 12 mars 2024") == "worded"


def test_a_see_also_box_sharing_its_block_with_an_ad_slot_goes():
    # round 20: a "Read also" header and its headline in one block with the ad slot's lines, set
    # apart by blank lines in mid-article, is a teaser box; a header run on with the article's
    # lines is not (the SemEval corpus keeps a line under "Read also")
    raw = (BODY_BEFORE + "Advertisement\nStory continues below advertisement\nRead also\n"
           "Ferry fares to rise by a fifth in the spring timetable\n\n"
           "The council will meet again next month to discuss the harbour plan." + BODY_AFTER)
    removed = [r.text for r in find_noise(raw)]
    assert any("Ferry fares to rise by a fifth" in text for text in removed), removed
    run_on = raw.replace("Read also\n", "\n\nRead also\n").replace(
        "spring timetable\n\n", "spring timetable\nThe council will meet again soon.\n\n")
    assert not any("Ferry fares" in r.text for r in find_noise(run_on))


def test_a_menu_on_one_line_goes_wherever_it_stands_in_the_head():
    # round 20: a row of capitalised section names under the site's name (not only at the top),
    # the title under it; a headline in Title Case names no two sections and stays
    case = page_from_blocks("nav-row", [
        ["-Valley Courier", "-Home News Politics World Business Sport Weather Money", "-Sign in"],
        ["-News > Region",
         "+Harbor district splits over the new ferry contract before the spring vote",
         "-Tom Hale", "-Today 14:05"],
        ["+Talks broke down overnight. Two competing slates will face voters in the first round, "
         "the party's leadership confirmed on Friday.",
         "+Members say they are tired of the infighting, according to several local officials.",
         "+A mediation meeting is planned for next week at the party's county office."],
        ["-Privacy Policy", "-© 2025 Valley Courier"],
    ])
    assert _problems(case, "en") == []
    from spinscope.ingest.page_blocks import _is_nav_row
    assert _is_nav_row("Strona główna Polska Świat Zdrowie Horoskop")
    assert _is_nav_row("Политика В мире Экономика Общество Спорт")
    assert not _is_nav_row("Biden Visits Ukraine Amid Rising Tensions")
    assert not _is_nav_row("World News Tonight")


def test_a_carousel_of_related_articles_in_mid_article_goes():
    # round 20: "Previous", "1", "Next" between a related-articles header and its headlines are
    # the carousel's controls, not more headlines: the box is still a box of two
    raw = (BODY_BEFORE + "Advertisement\n\nRELATED ARTICLES\nPrevious\n1\nNext\n"
           "Ferry fares to rise by a fifth in the spring timetable\n"
           "Harbour master to retire after 30 years\nShare this article\n\n"
           "The council will meet again next month to discuss the harbour plan." + BODY_AFTER)
    removed = " ".join(r.text for r in find_noise(raw))
    for line in ("Previous", "Next", "Ferry fares to rise", "Harbour master to retire"):
        assert line in removed, line


def test_a_comment_sections_notices_over_the_thread_go():
    # round 20: short lines opening the thread's block, two of them naming comments, are the
    # comment section's header and house rules, however much they read like sentences
    case = page_from_blocks("comment-notices", [
        ["-Valley Courier", "-Sign in"],
        ["+Harbor district splits over the new ferry contract before the spring vote",
         "-By TOM HALE FOR THE VALLEY COURIER"],
        ["+Talks broke down overnight. Two competing slates will face voters in the first round, "
         "the party's leadership confirmed on Friday.",
         "+Members say they are tired of the infighting, according to several local officials.",
         "+A mediation meeting is planned for next week at the party's county office."],
        ["-Share your view",
         "-The comments below are not checked first.",
         "-The opinions in the thread beneath are those of members and not of the Valley Courier.",
         "-By posting a comment you accept our house rules.",
         "-Comments 12", "-Newest Oldest",
         "-HarbourWatcher, Valley, 3 hours ago", "-About time.", "-Reply"],
    ])
    assert _problems(case, "en") == []


def test_a_reading_time_with_its_abbreviation_is_no_sentence_of_the_body():
    # round 20: "Lesedauer: 2 Min." ends with a full stop, but the body opens under it
    case = page_from_blocks("reading-time", [
        ["-t-report", "-Login", "-Suche", "-Startseite > Regionales > Bremen"],
        ["+Bremen: Weserbrücke wird ab April nachts gesperrt", "-Von Jana Köhler",
         "-14.02.2025 - 10:21 Uhr", "-Lesedauer: 2 Min."],
        ["+Autofahrer in Bremen müssen sich auf nächtliche Sperrungen der Weserbrücke einstellen, "
         "teilte die Stadt am Freitag mit.",
         "+Grund sind Arbeiten an der Beleuchtung, die bis Ende Mai dauern sollen.",
         "+In der Zeit der Sperrungen steht in jeder Richtung nur ein Fahrstreifen zur Verfügung."],
        ["-Impressum", "-Datenschutz", "-Kontakt"],
    ])
    assert _problems(case, "de") == []


def test_an_inline_see_also_link_between_paragraphs_does_not_end_the_article():
    # round 20: "Read also: <headline>" on one line is a link a page prints between two paragraphs
    # (a box at the end prints its header over the headlines): beside an ad and a follow prompt,
    # it does not part the rows and the last paragraph below from the body
    case = page_from_blocks("inline-see-also", [
        ["-DailyNews24", "-Home", "-Sign in"],
        ["+Pensions to rise from March. Check how much you will get", "-Editorial team", "-14.02.2025"],
        ["+From March 1 pensions will rise after the yearly indexation. The rate will be 5.5 percent "
         "this year, the government said.",
         "+The lowest pension will rise from 1780 to 1878 pounds a month before tax.",
         "+The rise will be paid automatically, without any application."],
        ["-READ ALSO: The mistake many pensioners make. The agency warns",
         "-Advertisement",
         "-Follow us on Telegram for more news like this"],
        ["+Sample amounts after indexation:",
         "+2000 pounds gross – 2110 pounds gross",
         "+3000 pounds gross – 3165 pounds gross",
         "+Payments will reach pensioners on the usual dates."],
        ["-Tags: pensions, indexation", "-Share", "-Leave a comment", "-© 2025 DailyNews24"],
    ])
    assert _problems(case, "en") == []


def test_a_subscribe_box_between_paragraphs_goes_with_its_button():
    # round 20: a publication naming itself reader-supported and asking, after a purpose, to
    # become a free or paid subscriber, in a block with its "Subscribe" button between two
    # paragraphs: the site's prompt, not the article's
    raw = (BODY_BEFORE + "Harbour Notes is a reader-supported publication. To get new posts and support "
           "my work, consider becoming a free or paid subscriber.\nSubscribe\n\n"
           "The council will meet again next month to discuss the harbour plan in detail." + BODY_AFTER)
    removed = [r.text for r in find_noise(raw)]
    assert any("reader-supported publication" in text for text in removed), removed


def test_a_blogs_name_and_tagline_above_its_menu_go():
    # round 20: above a menu of section names, with the post's title under it, the blog's name
    # and tagline (short lines, no sentence) are the page's masthead, and so is the date header
    case = page_from_blocks("blog-masthead", [
        ["-Notizie dalla Valle d'Aosta", "-Il diario di un maestro in pensione",
         "-Home Archivio Contatti"],
        ["-Sabato, 15 febbraio 2025",
         "+Il mercato coperto di Aosta riapre dopo i lavori",
         "+Dopo diciotto mesi di lavori, il mercato coperto di piazza Chanoux ha riaperto sabato "
         "mattina, sotto una pioggia leggera che non ha scoraggiato i clienti abituali.",
         "+Il Comune ha speso 2,4 milioni di euro per il restauro del tetto e per mettere a norma "
         "gli impianti elettrici.",
         "+Ventidue commercianti occupano ora i banchi, contro i sedici di prima della chiusura."],
        ["-Pubblicato da Mario R. alle 19:12", "-Nessun commento:", "-Posta un commento"],
    ])
    assert _problems(case, "it") == []
    # a club's name ending in an abbreviation, a menu of five sections, the date header
    case = page_from_blocks("club-masthead", [
        ["-Musikverein Lindenau e.V.", "-Startseite Konzerte Archiv Kontakt Impressum"],
        ["-Samstag, 15. Februar 2025",
         "+Frühjahrskonzert: Neuer Dirigent stellt sich vor",
         "+Zum Frühjahrskonzert des Musikvereins kamen am Samstagabend rund 200 Gäste in die "
         "Stadthalle.",
         "+Der neue Dirigent hatte ein Programm aus Märschen, Filmmusik und zwei Uraufführungen "
         "zusammengestellt.",
         "+Das nächste Konzert findet im Juni auf dem Marktplatz statt."],
        ["-Eingestellt von Musikverein Lindenau um 21:40", "-Keine Kommentare:",
         "-Kommentar veröffentlichen"],
    ])
    assert _problems(case, "de") == []


def test_a_writers_name_with_the_surname_in_capitals_under_the_title_goes():
    # round 20: the French and Italian press print the surname in capitals, after the paper's
    # name at most ("Le Courrier Paul MARTIN."): under the title, a byline whatever its wording
    case = page_from_blocks("caps-byline", [
        ["-Le Courrier", "-Se connecter"],
        ["+Nantes : le pont Anne-de-Bretagne fermé deux nuits pour des travaux",
         "-Le Courrier Paul MARTIN.", "-Publié le 14/02/2025 à 17h30"],
        ["+Le pont Anne-de-Bretagne sera fermé à la circulation les nuits du 3 et du 4 mars, a "
         "annoncé vendredi la métropole.",
         "+Ces fermetures doivent permettre de remplacer les joints de dilatation posés en 1975.",
         "+Des déviations seront mises en place par le pont de Pirmil et le pont Haudaudine."],
        ["-Partager cet article", "-© Le Courrier 2025"],
    ])
    assert _problems(case, "fr") == []
    from spinscope.ingest.page_blocks import _is_caps_byline
    assert _is_caps_byline("Jean-Pierre DUPONT") and not _is_caps_byline("Le Monde")


def test_a_forum_post_copying_an_article_keeps_only_the_article():
    # round 20: the poster's stamp (a handle, a date and a time), an intro ending in a colon, then
    # the copied headline over its first paragraph: the forum's head, the thread's title (a
    # question, read as prose), the stamp and the intro are the page's
    case = page_from_blocks("forum-repost", [
        ["-DeutschForum.de", "-Registrieren Anmelden"],
        ["-Brücke an der B 51 gesperrt, weiß jemand mehr?",
         "-Beitrag von rheinlaender84 » 14.02.2025, 9:47",
         "-Hier der Artikel aus der Zeitung:"],
        ["+Brücke an der B 51 wegen Rissen gesperrt",
         "+Der Landesbetrieb hat die Brücke über die Ahr am Donnerstag gesperrt, nachdem bei einer "
         "Prüfung Risse an zwei Pfeilern entdeckt wurden.",
         "+Der Verkehr wird über die Landstraße umgeleitet, der Umweg beträgt rund acht Kilometer.",
         "+Erst nach Belastungstests soll entschieden werden, ob die Brücke wieder öffnen kann."],
        ["-Quelle: rhein-zeitung.de", "-Powered by phpBB® Forum Software © phpBB Limited"],
    ])
    assert _problems(case, "de") == []


def test_a_title_that_reads_like_a_byline_is_kept():
    raw = "By Any Means Necessary\n\nThe council postponed its vote on Tuesday.\n\nBy John Smith"
    assert [r.text for r in find_noise(raw)] == ["By John Smith"]


def test_inline_ad_markers_leave_the_paragraph():
    raw = "Title\n\n[ad_1] First paragraph of the story.\n\nLast paragraph of the story. [ad_2]\n"
    article = _article(raw)
    assert _paragraphs(article) == ["Title", "First paragraph of the story.", "Last paragraph of the story."]
    assert [r.text.strip() for r in article.removed] == ["[ad_1]", "[ad_2]"]


def test_a_lone_widget_word_goes_only_next_to_other_widgets():
    raw = BODY_BEFORE + "Share this:\nTwitter\nFacebook\nMore" + BODY_AFTER
    assert [(r.reason, r.text) for r in find_noise(raw)] == [
        ("share widget", "Share this:\nTwitter\nFacebook\nMore")]


def test_a_related_list_in_the_middle_keeps_the_line_under_it():
    # the SemEval annotators labelled a "Leggi anche" link title (it/26223): it is article text
    raw = BODY_BEFORE + "LEGGI ANCHE\n\nIl premier non fa miracoli" + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == ["LEGGI ANCHE"]


def test_a_short_question_over_a_vote_button_is_a_poll():
    raw = BODY_BEFORE + "Что думаешь?\nПроголосовать" + BODY_AFTER
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("poll widget", "Что думаешь?\nПроголосовать")]
    # a question the article asks, without a button under it, stays
    assert find_noise(BODY_BEFORE + "What happens next?" + BODY_AFTER) == []


def test_a_read_also_box_between_paragraphs_goes_with_its_headlines():
    # set apart by blank lines, a header and the headlines under it are a teaser box, in mid-article too;
    # the body goes on under it (the subheading and the paragraphs after the box stay)
    raw = (BODY_BEFORE + "À lire aussi\nRetraites : ce que contient la dernière proposition du patronat\n\n"
           "Les points de blocage" + BODY_AFTER)
    assert [(r.reason, r.text) for r in find_noise(raw)] == [
        ("related links", "À lire aussi\nRetraites : ce que contient la dernière proposition du patronat")]
    # run on with the article's lines (one paragraph per line, as in the SemEval corpus), the line under
    # the header is the article's
    run_on = ("Harbour vote delayed\n\nThe council postponed its vote on Tuesday after a long meeting.\n"
              "Read also\nThe harbour plan in five questions\nThe vote is now expected on April 12.\n")
    assert [r.text for r in find_noise(run_on)] == ["Read also"]


def test_a_related_list_at_the_end_goes_with_its_items():
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nREAD MORE:\nA Defense of Tradition\nWhat Is at Stake\n"
    removed = find_noise(raw)
    assert [(r.reason, r.text) for r in removed] == [
        ("related links", "READ MORE:\nA Defense of Tradition\nWhat Is at Stake")]


def test_a_comment_count_above_the_article_is_not_a_thread():
    raw = ("Harbour vote delayed\n\n3 Comments\n\nThe council postponed its vote on Tuesday.\n\n"
           "Residents said they were not heard.\n\nThe vote is now expected on April 12.")
    article = _article(raw)
    assert [r.text for r in article.removed] == ["3 Comments"]
    assert len(article.paragraphs) == 4


def test_a_comments_heading_followed_by_prose_is_not_a_thread():
    prose = [f"Paragraph {i} of the article goes on about the harbour and the council." for i in range(6)]
    raw = "Harbour vote delayed\n\n" + "\n\n".join(prose[:2]) + "\n\nComments\n\n" + "\n\n".join(prose[2:])
    article = _article(raw)
    assert [r.text for r in article.removed] == ["Comments"]
    assert _paragraphs(article)[1:] == prose


def test_a_form_label_inside_the_article_does_not_open_a_thread():
    # 110 SemEval articles carry a poll with "Email *" in the middle of the text
    prose = [f"Paragraph {i} of the article goes on about the harbour and the council." for i in range(4)]
    raw = ("Harbour vote delayed\n\n" + "\n\n".join(prose[:2]) + "\n\nEmail *\n\n"
           "The meeting began at 4:15 pm\n\n" + "\n\n".join(prose[2:]))
    article = _article(raw)
    assert [r.text for r in article.removed] == ["Email *"]
    assert _paragraphs(article)[-1] == prose[-1]


def test_a_thread_after_the_article_goes_whole():
    raw = (BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n2 thoughts on “Harbour vote delayed”\n"
           "marykate77 says:\nMarch 3, 2018 at 4:12 pm\nGreat article, thanks for sharing.\nReply\n"
           "Dave\nMarch 4, 2018 at 9:05 am\nThe market should stay.\nLog in to Reply\n")
    article = _article(raw)
    assert [r.reason for r in article.removed] == ["comment thread"]
    assert article.text.endswith("when the council meets again.")


def test_a_thread_without_a_header_opens_at_its_first_commenter():
    # a commenter's name and time opens a thread when another commenter or "Reply" follows
    thread = "marek1974 · 2 godz. temu\nŚwietny tekst, dzięki.\nOdpowiedz\nkasia_w · 5 godz. temu\nNie zgadzam się."
    article = _article(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + thread + "\n")
    assert [r.reason for r in article.removed] == ["comment thread"]
    assert article.text.endswith("when the council meets again.")
    # a byline with a time and the article's last lines under it is no thread
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nJane Roe — 2 days ago\n\nThe vote was close.\n"
    assert [r.reason for r in find_noise(raw, None)] == ["byline"]


def test_a_label_goes_only_after_the_last_sentence():
    # "Keep reading" after the last sentence is a widget; the same line under a colon may be what
    # the colon introduces, and a phrase with commas or an ellipsis is a (cut) subheading.
    # (A run of labels goes whole: a subheading with nothing but labels under it goes too.)
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nKeep reading"
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("widget label", "Keep reading")]
    for raw in (BODY_BEFORE + "He concludes:\n\nKeep reading",
                BODY_BEFORE + "Democracy, rights and... capitalism"):
        assert find_noise(raw) == [], raw


def test_a_call_to_action_of_up_to_seven_words_goes_after_the_last_sentence():
    # longer than a label, but nothing but widgets follows the article's last sentence
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nPass this along to a friend"
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("widget label", "Pass this along to a friend")]
    raw = BODY_BEFORE + "Pass this along to a friend" + BODY_AFTER  # in the middle: a subheading
    assert find_noise(raw) == []


def test_a_site_notice_goes_at_the_edges_only():
    # the site speaking to the reader about the page or its services, after the last sentence or
    # under the title; the same sentence in the middle is the article's
    for notice in ("Please share this article with your friends!",
                   "Don't miss a story — get our daily newsletter.",
                   "This post may contain affiliate links."):
        raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + notice
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", notice)], notice
        raw = "Harbour vote delayed\n\n" + notice + "\n\n" + BODY_BEFORE.split("\n\n")[1] + BODY_AFTER
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", notice)], notice
        assert find_noise(BODY_BEFORE + notice + BODY_AFTER) == [], notice


# Last sentences that name the page, a service or the reader, and are the article's all the same.
EDGE_PROSE = [
    "Your privacy is at risk.",  # "privacy" alone is not the site's policy
    "In this article we showed why the vote matters.",  # the page naming itself, but no reader
    "Did you get the newsletter the mayor sent?",  # a question is the article's rhetoric
    "\u201cRead this article and weep,\u201d he said.",  # a quotation
    "(This article contains errors, which we correct below.)",  # an editor's aside
    "Climate: man-made? We republish this article by Jane Doe.",  # more than one sentence
    "Please remember that this story is far from over, and that the council has a long memory.",
    # two or three sentences, but none a call to action of the site
    "This story was updated. We will share more details as we get them.",
    "Support for the bill is growing. Give it time.",
    "You can't win. Support is fading.",
]


@pytest.mark.parametrize("line", EDGE_PROSE)
def test_prose_at_the_edges_that_names_the_page_is_kept(line):
    for raw in (BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line,
                "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n")[1] + BODY_AFTER):
        assert find_noise(raw) == [], raw


def test_an_ad_slot_label_points_at_the_ad():
    line = "Story continues after this ad"
    raw = BODY_BEFORE + line + BODY_AFTER
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("advertisement", line)]
    assert find_noise(BODY_BEFORE + "The ad that changed everything" + BODY_AFTER) == []


def test_punctuation_is_not_a_word_of_a_reading_time_header():
    line = "Temps de lecture estimé : 5 min"
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n")[1]
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("reading time", line)]


def _under_title(line: str) -> str:
    return "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n")[1] + BODY_AFTER


def test_minutes_with_one_word_under_the_title_are_the_reading_time():
    # any word or symbol of any language with a number of minutes, under the title only
    for line in ("Lesedauer: 4 Minuten", "\u23f1 7 min"):
        assert [(r.reason, r.text) for r in find_noise(_under_title(line))] == [("reading time", line)]
    assert find_noise(BODY_BEFORE + "4 Minuten" + BODY_AFTER) == []  # a subheading in the middle
    assert find_noise(_under_title("48 Stunden")) == []  # hours are not a reading time


def test_a_byline_opens_with_by_in_each_language():
    for line in ("Par Marie Lefèvre, envoyée spéciale à Bruxelles", "Von Klaus Becker"):
        assert [(r.reason, r.text) for r in find_noise(_under_title(line))] == [("byline", line)]
    # a word in lower case after the preposition is prose; the title is never a byline
    for line in ("Par ailleurs, le vote est reporté.", "Von der Leyen unter Druck"):
        assert find_noise(_under_title(line)) == [], line
    assert find_noise("Von Klaus Becker\n\n" + BODY_BEFORE.split("\n\n")[1] + BODY_AFTER) == []


def test_a_longer_label_after_the_last_sentence_quotes_nothing():
    # up to ten words after the last sentence; a quotation makes it a headline the page links to
    # (round 55: WordPress.com's "Crea un sito o un blog su WordPress.com", this test's line before, is now a blog
    # footer wherever it stands; the label below tests the same mechanism)
    line = "Scopri le novità del nostro sito ogni settimana su Facebook"
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("widget label", line)]
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n\u00bbWir erhöhen den Druck auf die Grünen\u00ab vom 08.07.2022"
    assert find_noise(raw) == []
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []  # in the middle: a subheading


def test_labels_joined_by_pipes_go_after_the_last_sentence():
    line = "Proudly powered by WordPress | Theme: Newsup by Themeansar."
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("widget label", line)]
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


def test_a_prompt_of_short_sentences_goes_after_the_last_sentence():
    # a call to action of the site among sentences about the page, the reader or its services
    for line in ("Found this useful? Share it with others!",
                 "Your donation makes this reporting possible. Give today."):
        raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)], line
        assert find_noise(BODY_BEFORE + line + BODY_AFTER) == [], line


def test_a_breadcrumb_goes_under_the_title_only():
    # three or more short labels joined by arrows or slashes; two could be a kicker
    line = "Home > World > Asia"
    assert [(r.reason, r.text) for r in find_noise(_under_title(line))] == [("breadcrumb", line)]
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []
    assert find_noise(_under_title("News / Politics")) == []


def test_a_long_byline_with_a_published_and_an_updated_time_goes_under_the_title():
    line = ("Von Klaus Becker, Korrespondent · veröffentlicht am 03.03.2022 um 14:32 Uhr, "
            "aktualisiert 16:05 Uhr")
    assert [(r.reason, r.text) for r in find_noise(_under_title(line))] == [("byline", line)]


def test_a_header_with_a_list_of_labels_goes_after_the_last_sentence():
    line = "Kategorien: Politik, Wirtschaft, Europa"
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("widget label", line)]
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []
    # one item that reads like a clause is the article's
    assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nResult: a narrow win") == []


def test_widget_lines_glued_together_go_when_each_piece_is_noise():
    line = "Share this:Print"
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [
        ("share widget", line)]
    assert find_noise(BODY_BEFORE + "Share prices fell:Analysts were surprised." + BODY_AFTER) == []


def test_a_prompt_may_open_with_an_exclamation_and_name_the_site_as_my():
    line = "Enjoyed this post? Subscribe to my newsletter!"
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


def test_an_author_bio_with_a_way_to_reach_the_author_goes_after_the_last_sentence():
    line = "Anna Kowalska is a reporter on the Warsaw desk. Contact her at anna.k@example.pl."
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("author bio", line)]
    # no way to reach anyone, or no name opening it (an embedded tweet): the article's
    for line in ("Ellen Marsh is a baker. She has lived on the waterfront all her life.",
                 "His flat was searched. https://t.co/abc — Jane Roe (@janeroe) May 3, 2018"):
        assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line) == [], line


def test_a_notice_in_two_sentences_names_the_page_and_the_reader():
    line = "This article is for subscribers only. You have 3 free articles left."
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


def test_terms_of_reuse_go_after_the_last_sentence():
    for line in ("Nachdruck nur mit Genehmigung der Redaktion.",
                 "Reprinted with permission from Zero Hedge."):
        raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("copyright", line)], line
        assert find_noise(BODY_BEFORE + line + BODY_AFTER) == [], line
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nReproduction of the painting without permission is banned."
    assert find_noise(raw) == []


def test_a_keyboard_shortcut_after_the_last_sentence_is_the_site_speaking():
    line = "Found a typo? Select it and press Ctrl+Enter."
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]


def test_credits_joined_or_bracketed_go_after_the_last_sentence():
    # reporters and editors credited under the article: two or more pieces, or one in brackets,
    # each a role and names; in the middle, or as a sentence, they are the article's
    for line in ("Additional reporting by Maria Tsvetkova and Olzhas Auyezov; Writing by Guy "
                 "Faulconbridge; Editing by Kevin Liffey",
                 "(Reportage Jean Dupont, édité par Marie Durand)",
                 "(Bearbeitung: Klaus Becker; Redaktion: Anna Weber)"):
        raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("byline", line)], line
        assert find_noise(BODY_BEFORE + line + "." + BODY_AFTER) == [], line
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nHe was backed by Warsaw; she was backed by Berlin."
    assert find_noise(raw) == []


def test_an_editors_note_on_the_page_goes_after_the_last_sentence():
    # the page saying how it was edited; "This story was updated." alone is a live story's line
    for line in ("This post has been updated with a statement from the ministry.",
                 "Clarification: An earlier version of this article gave the wrong name for the spokesman.",
                 "Dieser Beitrag wurde nachträglich aktualisiert, um eine Stellungnahme aufzunehmen."):
        raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("editor's note", line)], line
        assert find_noise(BODY_BEFORE + line + BODY_AFTER) == [], line
    for line in ("In this article we explain how the law was changed.",
                 "This story was updated. We will share more details as we get them."):
        assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line) == [], line


def test_a_name_and_a_time_beside_it_is_a_commenter_or_a_byline():
    for line in ("Piotr_W · 3 hours ago", "Jane Roe — 2 days ago", "Marie L., il y a 3 jours",
                 "@harbourwatch | 5 min read"):
        raw = BODY_BEFORE + line + BODY_AFTER
        assert [r.text for r in find_noise(raw)] == [line], line
    for line in ("The Vote · 3 Days Later", "Tuesday, 14 hours later", "Jane Doe - 5 min"):
        assert find_noise(BODY_BEFORE + line + BODY_AFTER) == [], line


# Last lines of an article that lost their full stop, or close a list: they read like a clause
# and carry no second cue of a widget, so they stay (development data, session 5).
UNPUNCTUATED_LAST_LINES = [
    "The hearing resumes on Monday",
    "\u2013 a cap on rents in the city centre",
    "2) higher taxes on second homes",
    "Das Urteil wird im Mai erwartet",
    "La decisione è attesa per giugno",
    "Wynik poznamy w piątek",
    "Итоги подведут в пятницу",
    "Readers will decide",
    # session 9: a finite verb makes a sentence of a line with a widget's word in it
    "Das Video wurde im März gedreht",
    "Il video è stato girato a marzo",
    "Więcej szczegółów będzie w piątek",
    "Подробности будут известны в пятницу",
]


@pytest.mark.parametrize("line", UNPUNCTUATED_LAST_LINES)
def test_a_last_line_that_reads_like_a_clause_needs_a_second_widget_cue(line):
    assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line) == []


def test_labels_after_the_last_sentence_still_go_with_a_second_cue():
    # short buttons, Title Case headers and names, and clauses with a widget's word or symbol
    for line in ("Keep reading", "Most Read", "— Jane Roe", "Be the first to comment",
                 "Check out my channel for more", "Zustimmen & weiter"):
        raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
        assert [(r.reason, r.text) for r in find_noise(raw)] == [("widget label", line)], line


def test_clean_fixture_articles_lose_nothing():
    for name in FIXTURES.values():
        raw = (NOISY / name).read_text(encoding="utf-8")
        assert find_noise(raw) == [], name


@given(st.lists(st.sampled_from([line for line, _ in NOISE_LINES] + KEEP_LINES + ["", "  "]),
                max_size=25))
@settings(max_examples=200, deadline=None)
def test_removed_ranges_are_sorted_disjoint_and_verbatim(lines):
    raw = "\n".join(lines)
    removed = find_noise(raw)
    previous_end = 0
    for r in removed:
        assert previous_end <= r.start < r.end <= len(raw)
        assert raw[r.start:r.end] == r.text
        previous_end = r.end


# --- hand-written articles in platform boilerplate (no corpus needed) -----------------------

@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("lang", sorted(FIXTURES))
def test_fixture_articles_in_boilerplate(lang, platform):
    title, paragraphs = _fixture(FIXTURES[lang])
    problems = {}
    for seed in range(20):
        case = wrap(title, paragraphs, lang, platform, seed)
        if found := _problems(case, lang):
            problems[case.name] = found
    assert not problems


def test_wrapped_cases_are_deterministic():
    title, paragraphs = _fixture(FIXTURES["en"])
    assert wrap(title, paragraphs, "en", "wordpress", 7) == wrap(title, paragraphs, "en", "wordpress", 7)


# --- HTML pages through trafilatura ---------------------------------------------------------

HTML_ARTICLE = [
    "The city council postponed its vote on the harbour redevelopment on Tuesday after more than "
    "two hundred residents packed the chamber to share their objections.",
    '"We asked three times for a reply and got nothing," said Ellen Marsh, who runs a bakery on '
    "the waterfront and has led the campaign against the plan since last summer.",
    "Share prices of the developer, Northgate Holdings, fell 4 percent on the news, and analysts "
    "said the delay could push the project into next year.",
]
HTML_COMMENTS = ["Great article, thanks for sharing.", "Follow the money",
                 "The fish market has been there for a hundred years", "says:", "Reply",
                 "March 3, 2018 at 4:12 pm", "Leave a Reply", "Like this:", "Share this:"]


@pytest.mark.parametrize("page", ["wordpress_comments.html", "content_farm_comments.html"])
def test_html_page_keeps_the_article_and_drops_the_comments(page):
    html = (NOISY / page).read_text(encoding="utf-8")
    article = build_article(document_from_html(html, Metadata(id=page, input=page, lang="en")))
    paragraphs = _paragraphs(article)
    for paragraph in HTML_ARTICLE:
        assert paragraph in paragraphs
    for snippet in HTML_COMMENTS:
        assert snippet not in article.text
    assert paragraphs[-1].startswith("The vote is now expected on April 12")


def test_html_content_farm_noise_is_reported():
    # trafilatura keeps what sits inside the post body; cleaning must catch it
    html = (NOISY / "content_farm_comments.html").read_text(encoding="utf-8")
    article = build_article(document_from_html(html, Metadata(id="farm", lang="en")))
    reasons = [r.reason for r in article.removed]
    assert {"reading time", "ad marker", "advertisement", "share widget", "comment thread"} <= set(reasons)


# --- the learned edge-line classifier ------------------------------------------------------

EDGE_REASON = re.compile(r"edge-line classifier \(p=[01]\.\d\d\)")


def _train_script():
    path = Path(__file__).resolve().parent.parent / "scripts" / "train_edge_lines.py"
    spec = importlib.util.spec_from_file_location("train_edge_lines", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_edge_line_classifier_trains_saves_and_reloads(tmp_path):
    script = _train_script()
    title, paragraphs = _fixture(FIXTURES["en"])
    rows = [(line, "tail", 1) for line, _ in NOISE_LINES] + [(line, "head", 1) for line, _ in NOISE_LINES]
    rows += [(line, position, 0) for line in [*KEEP_LINES, *paragraphs] for position in ("head", "tail")]
    model = script.train(rows, threshold=0.9)
    model.save(tmp_path / "edge_lines.json")
    loaded = EdgeLineModel.load(tmp_path / "edge_lines.json")
    assert loaded.threshold == 0.9 and loaded.weights.keys() == model.weights.keys()
    for line in ("Share this:", "Leave a Reply", paragraphs[-1], "Comments from the public ran past midnight."):
        assert abs(loaded.probability(line, "tail") - model.probability(line, "tail")) < 1e-3
    # the reloaded model does the model's work in find_noise
    raw = "\n\n".join([title, *paragraphs, "Click here to tell a friend about this page"]) + "\n"
    assert [r.text for r in find_noise(raw, edge_model=loaded)] == [
        r.text for r in find_noise(raw, edge_model=model)]


def test_the_shipped_edge_model_is_small_and_loads_once():
    assert WEIGHTS.stat().st_size < 1_500_000
    assert default_model() is default_model()
    assert 0.9 <= default_model().threshold < 1


def test_the_edge_line_classifier_walks_in_from_the_edges_only():
    # a model that calls every line noise still leaves the title, the middle and two body lines
    model = default_model()
    everything = EdgeLineModel(model.weights, model.bias, threshold=-1.0)
    body = [f"Paragraph {i} of the article, a sentence of its own." for i in range(12)]
    raw = "\n\n".join(["The title", *body]) + "\n"
    removed = find_noise(raw, edge_model=everything)
    assert all(EDGE_REASON.fullmatch(r.reason) for r in removed)
    gone = {line for r in removed for line in r.text.split("\n") if line}
    assert gone == {*body[:4], *body[-4:]}  # at most four lines a side
    short = "\n\n".join(["The title", *body[:3]]) + "\n"
    assert len(find_noise(short, edge_model=everything)) == 1  # two body lines always stay
    # nor a line a colon introduces, a clause that lost its full stop, a dateline or a kicker
    for raw, line in ((BODY_BEFORE + "He concludes:\n\nKeep reading it", "Keep reading it"),
                      (BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nThe hearing resumes on Monday",
                       "The hearing resumes on Monday")):
        assert not any(line in r.text for r in find_noise(raw, edge_model=everything)), raw
    for line in ("BRUSSELS, 3 March 2022", "48 Stunden", "News / Politics"):
        raw = "\n\n".join(["Harbour vote delayed", line, *body[:8]]) + "\n"
        removed = find_noise(raw, edge_model=everything)
        assert sum(r.text.count("Paragraph") for r in removed) == 4, line  # the tail only
        assert not any(line in r.text for r in removed), line



SECOND_REASON = re.compile(r"edge-line classifier, second opinion \(p=[01]\.\d\d\)")


def test_the_second_opinion_is_small_loads_once_and_is_on_by_default():
    assert SECOND_WEIGHTS.stat().st_size < 1_600_000
    assert second_model() is second_model() and 0.9 <= second_model().threshold < 1
    # a notice the first model keeps at the article's foot and the second opinion takes, with its
    # own reason; the rules alone (edge_model=None) and second_opinion=None keep it
    title, paragraphs = _fixture(FIXTURES["en"])
    line = "Alle Angaben ohne Gewähr. Änderungen vorbehalten."
    raw = "\n\n".join([title, *paragraphs, line]) + "\n"
    assert default_model().probability(line, "tail") < default_model().threshold
    removed = [r for r in find_noise(raw) if line in r.text]
    assert len(removed) == 1 and SECOND_REASON.fullmatch(removed[0].reason)
    for options in ({"edge_model": None}, {"second_opinion": None}):
        assert not any(line in r.text for r in find_noise(raw, **options)), options


def test_the_second_opinion_walks_the_tail_only_after_every_other_pass():
    model = second_model()
    everything = EdgeLineModel(model.weights, model.bias, threshold=-1.0)
    body = [f"Paragraph {i} of the article, a sentence of its own." for i in range(12)]
    raw = "\n\n".join(["The title", *body]) + "\n"
    removed = find_noise(raw, edge_model=None, second_opinion=everything)
    assert all(SECOND_REASON.fullmatch(r.reason) for r in removed)
    gone = {line for r in removed for line in r.text.split("\n") if line}
    assert gone == set(body[-4:])  # at most four lines, and none under the title
    # what the rules removed keeps the rules' reason
    raw = "\n\n".join(["The title", *body, "Leave a Reply"]) + "\n"
    reasons = {r.text.strip(): r.reason for r in find_noise(raw, edge_model=None, second_opinion=everything)}
    assert not reasons["Leave a Reply"].startswith("edge-line")


@pytest.mark.parametrize("line", [
    "Made with ♥ on Carrd",  # set 70
    "ISSN 0000-0000 – Commission paritaire n° 0000 W 00000",  # set 87
    "Angaben gemäß § 5 DDG",  # set 91
    "Sito realizzato con WordPress e ospitato su Altervista",  # set 93
])
def test_the_second_opinion_takes_a_clause_like_line_only_when_confident(line, monkeypatch):
    # a last line without a full stop that reads as a clause stops the walk of the rules and of the
    # first model (it may be the article's sentence); the second opinion takes it at p >= 0.99, but
    # not a header with one item that reads as a clause ("Result: a narrow win", p=0.997)
    title, paragraphs = _fixture(FIXTURES["en"])
    raw = "\n\n".join([title, *paragraphs, line]) + "\n"
    assert reads_like_clause(line) and second_model().probability(line, "tail") >= clean.SECOND_OPINION_CONFIDENT
    removed = [r for r in find_noise(raw) if line in r.text]
    assert len(removed) == 1 and SECOND_REASON.fullmatch(removed[0].reason)
    monkeypatch.setattr(clean, "SECOND_OPINION_CONFIDENT", None)
    assert not any(line in r.text for r in find_noise(raw))


@pytest.mark.parametrize("line", [
    "The council will meet again in April to vote on the harbour plan",
    "Der Gemeinderat stimmt im April erneut über den Hafenplan ab",
    "Il consiglio comunale tornerà a votare sul piano del porto ad aprile",
    "Result: a narrow win",
])
def test_the_second_opinion_keeps_an_articles_last_sentence_without_its_full_stop(line):
    title, paragraphs = _fixture(FIXTURES["en"])
    raw = "\n\n".join([title, *paragraphs, line]) + "\n"
    assert reads_like_clause(line)
    assert not any(line in r.text for r in find_noise(raw))


def test_the_second_opinion_learns_the_keep_tests_lines_as_the_articles():
    rows = _train_script().near_miss_rows()
    assert ("Cet article est apparu en premier sur les réseaux sociaux avant sa publication.", "tail", 0) in rows
    assert ("Author of the bill: the minister", "head", 0) in rows  # a ("line, kept") test's kept line
    assert not any("Tekst: Marta Nowak" == text for text, _, _ in rows)  # its line that goes
    assert {label for *_, label in rows} == {0}


# --- development lines (held out until session 3) -------------------------------------------

def _held_out(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# These 50 lines were the held-out set until session 3: measured then, 8 of 50 lines and 3 of 3
# threads passed. They have since been read, so they are development data now (rules may be
# written against them); the held-out set is HELD_OUT_3 below. After the session-4 rules:
# 45 of 50 passed; after the session-5 rules (site notices at the edges), 50 of 50.
HELD_OUT_LINES = [
    ("tail", "SHARE ON WHATSAPP"),
    ("tail", "Liked it? Take a second to support John Doe on Patreon!"),
    ("tail", "If you enjoyed this article, please consider supporting us on Patreon."),
    ("head", "Posted by admin on 12 March 2019"),
    ("tail", "Add Comment"),
    ("head", "Updated 11:42 AM EST, Tue March 3, 2020"),
    ("tail", "Buy my book on Amazon: https://amzn.to/xyz"),
    ("tail", "Подпишитесь на нас в Дзен"),
    ("tail", "Spread the love"),
    ("tail", "Share This Post On"),
    ("tail", "Please share this article with your friends!"),
    ("tail", "Email this article"),
    ("tail", "Click to share on Mastodon (Opens in new window)"),
    ("tail", "Partager l'article"),
    ("tail", "Artikel teilen"),
    ("tail", "Condividi l'articolo"),
    ("tail", "Udostępnij artykuł"),
    ("tail", "Поделитесь в соцсетях"),
    ("tail", "Don't miss a story — get our daily newsletter."),
    ("tail", "Join 25,000 readers who get our weekly digest."),
    ("tail", "Keep reading"),
    ("tail", "Up Next"),
    ("tail", "Most Read"),
    ("tail", "Trending Stories"),
    ("tail", "Editor's Picks"),
    ("tail", "Vous aimerez aussi"),
    ("tail", "À découvrir"),
    ("tail", "Mehr dazu"),
    ("tail", "Articoli simili"),
    ("tail", "Przeczytaj również"),
    ("tail", "Самое читаемое"),
    ("tail", "Новости партнеров"),
    ("tail", "Have your say"),
    ("tail", "Show 12 comments"),
    ("tail", "Écrire un commentaire"),
    ("tail", "Kommentare anzeigen"),
    ("tail", "Jetzt kommentieren"),
    ("tail", "Commenta"),
    ("tail", "Skomentuj"),
    ("tail", "Комментировать"),
    ("body", "Sponsored by Example Corp"),
    ("body", "ARTICLE CONTINUES AFTER ADVERTISEMENT"),
    ("tail", "Werbung schließen"),
    ("tail", "© Example Media Group 2019"),
    ("head", "Est. reading time 4 min"),
    ("head", "Mis à jour le 3 mars 2022 à 14h05"),
    ("head", "This post may contain affiliate links."),
    ("tail", "By using this site, you agree to the Privacy Policy and Terms of Use."),
    ("tail", "Accept cookies"),
    ("tail", "Faire un don"),
]

HELD_OUT_THREADS = {
    "blogger": ["5 comments:", "Anonymous said...", "This is the best analysis I have read on the subject.",
                "March 3, 2018 at 4:12 PM", "John Smith said...", "Nonsense from start to finish.",
                "March 3, 2018 at 6:40 PM", "Post a Comment", "Newer Post Older Post Home",
                "Subscribe to: Post Comments (Atom)"],
    "disqus": ["12 Comments", "Sort by Best", "John Smith • 2 years ago",
               "I disagree with almost all of this.", "Reply • Share ›",
               "marykate77 → John Smith • 2 years ago", "You would.", "Reply • Share ›"],
    "german forum": ["Kommentare", "Hans Meier, vor 2 Tagen", "Ein guter Artikel, danke.", "Antworten",
                     "Giulia R., vor 3 Tagen", "Sehe ich anders.", "Antworten"],
}


def _insert(where: str, noise: list[str], keep: bool = False) -> NoisyCase:
    """The English fixture with ``noise`` inserted; with ``keep``, the lines are article text."""
    title, paragraphs = _fixture(FIXTURES["en"])
    at = {"head": 0, "body": 1, "tail": len(paragraphs)}[where]
    blocks = [title, *paragraphs[:at], "\n".join(noise), *paragraphs[at:]]
    raw = "\n\n".join(blocks) + "\n"
    if keep:
        return NoisyCase(f"held-out-keep-{where}", raw, (title, *blocks[1:]), ())
    return NoisyCase(f"held-out-{where}", raw, (title, *paragraphs), tuple(noise))


@pytest.mark.parametrize("where, line", HELD_OUT_LINES)
def test_held_out_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


# --- development lines, second set (held out until session 4) -------------------------------

# Written in session 4 before any rule change, in wordings that differ from every line above,
# across en/fr/de/it/pl/ru. They were the held-out set until session 4 and were measured then:
# baseline 0 of 33 noise lines removed and 11 of 11 keep lines kept against the session-3 cleaner;
# after the session-4 rules (short labels after the last sentence, ad words in short labels, one
# unknown word in a reading-time header, timestamps under the title, any "(Opens in new window)"
# share button) 28 of 33 removed and 11 of 11 kept. The development lines went from 8 to 45 of 50
# over the same change. They have since been read, so they are development data now (rules may be
# written against them); the held-out set is HELD_OUT_3 below. After the session-5 rules: 33 of
# 33 removed, 11 of 11 kept.
HELD_OUT_2_LINES = [
    ("tail", "Pass this along to a friend"),
    ("tail", "Send this story to someone"),
    ("tail", "Partagez sur les réseaux sociaux"),
    ("tail", "Jetzt teilen"),
    ("tail", "Condividi questa notizia"),
    ("tail", "Podziel się artykułem"),
    ("tail", "Рассказать друзьям"),
    ("tail", "Don't Miss"),
    ("tail", "More Stories"),
    ("tail", "Les plus lus"),
    ("tail", "Meistgelesen"),
    ("tail", "I più letti"),
    ("tail", "Najczęściej czytane"),
    ("tail", "Главное за неделю"),
    ("tail", "Join the conversation"),
    ("tail", "Be the first to comment"),
    ("tail", "Réagissez à cet article"),
    ("tail", "Diskutieren Sie mit"),
    ("tail", "Lascia il tuo commento"),
    ("tail", "Dodaj opinię"),
    ("tail", "Обсудить статью"),
    ("body", "Story continues after this ad"),
    ("body", "Weiter nach der Anzeige"),
    ("body", "Продолжение после рекламы"),
    ("head", "Approx. read: 6 minutes"),
    ("head", "Temps de lecture estimé : 5 min"),
    ("tail", "We value your privacy. Manage preferences"),
    ("tail", "Chip in $5 to keep us independent"),
    ("tail", "Soutenir la rédaction"),
    ("tail", "Jetzt spenden"),
    ("tail", "Dona ora"),
    ("tail", "Wesprzyj redakcję"),
    ("tail", "Поддержать проект"),
]

# Short article lines at the edges that a rule for short non-sentence lines must not take
# (development data since session 5, like HELD_OUT_2_LINES).
HELD_OUT_2_KEEP = [
    ("tail", "Nobody was hurt."),
    ("tail", "Time will tell."),
    ("tail", "\u201cWe are not going anywhere.\u201d"),
    ("tail", "\u201cNot on our watch\u201d"),
    ("tail", "Will the council listen this time?"),
    ("tail", "Что дальше?"),
    ("tail", "Decyzja zapadnie w kwietniu."),
    ("tail", "Il Consiglio decide domani."),
    ("head", "LONDON (Reuters) - The council met again on Wednesday."),
    ("head", "PARIS \u2014 Le vote est reporté à avril."),
    ("head", "BERLIN, 3. März \u2014 Der Stadtrat hat die Abstimmung vertagt."),
]


@pytest.mark.parametrize("where, line", HELD_OUT_2_LINES)
def test_held_out_2_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_2_KEEP)
def test_held_out_2_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", sorted(HELD_OUT_THREADS))
def test_held_out_thread(name):
    assert _problems(_insert("tail", HELD_OUT_THREADS[name]), "en") == []


# --- development lines (third set, held out until session 4's second round) ----------------

# Held out until session 4's second round (25 of 39 removed, 13 of 13 kept then); read since,
# so development data now: rules may be written against them. The held-out set is HELD_OUT_6.
# After session 4's third round: 39 of 39 removed, 13 of 13 kept.
# Noise of the kinds above in wordings that differ from every development line, across
# en/fr/de/it/pl/ru, and short article lines at the edges that must stay. Never write a rule
# against these lines: measure them only, once, at the end of a change.
# Baseline, measured against the unchanged session-4 cleaner before any rule change: 21 of 39
# noise lines removed, 13 of 13 keep lines kept. After the session-5 rules (labels of up to seven
# words after the last sentence, one-sentence site notices at the edges, labels pointing at an
# ad, punctuation not counted in reading-time headers), measured once at the end: 25 of 39
# removed, 13 of 13 kept. The development lines went from 45 to 50 of 50 and, in HELD_OUT_2,
# from 28 to 33 of 33 (11 of 11 kept) over the same change. The 14 misses stay strict xfails.
HELD_OUT_3_LINES = [
    # ad and scraper markers
    ("body", "- Advertisement -"),
    ("body", "Article continues below"),
    ("body", "Pubblicità - Continua a leggere sotto"),
    ("body", "Dalsza część artykułu pod reklamą"),
    ("tail", "Originally published at example.com"),
    # reading-time headers
    ("head", "Lesedauer: 4 Minuten"),
    ("head", "5 minut czytania"),
    ("head", "Время прочтения \u2014 6 мин."),
    ("head", "⏱ 7 min"),
    # bylines and self-promotion
    ("head", "Par Marie Lefèvre, envoyée spéciale à Bruxelles"),
    ("head", "Von Klaus Becker"),
    ("tail", "Check out my YouTube channel for more videos like this"),
    ("tail", "Il mio ultimo libro è in tutte le librerie"),
    # blog footers
    ("tail", "Proudly powered by WordPress | Theme: Newsup by Themeansar."),
    ("tail", "Erstelle eine Website wie diese mit WordPress.com"),
    ("tail", "Crea un sito o un blog su WordPress.com"),
    # comment-thread lines
    ("tail", "View all 48 comments"),
    ("tail", "Noch keine Kommentare"),
    ("tail", "Aucun commentaire pour le moment"),
    ("tail", "Комментариев пока нет"),
    ("tail", "Sign in to comment"),
    # share widgets
    ("tail", "Found this useful? Share it with others!"),
    ("tail", "Weiterempfehlen"),
    ("tail", "Envoyer par e-mail"),
    ("tail", "Поделитесь этой новостью"),
    # consent banners
    ("tail", "This site uses tracking technologies. By continuing you accept our privacy policy."),
    ("tail", "Zustimmen & weiter"),
    ("tail", "Do Not Sell My Personal Information"),
    # newsletter and donation prompts
    ("tail", "Get the morning briefing in your inbox every day."),
    ("tail", "Never miss an update \u2014 join our mailing list"),
    ("tail", "Recevez notre lettre d'information chaque semaine"),
    ("tail", "Unterstützen Sie unabhängigen Journalismus"),
    ("tail", "Wspieraj niezależne media"),
    ("tail", "Your donation makes this reporting possible. Give today."),
    ("tail", "Пожертвовать"),
    # related-links headers
    ("tail", "More on this story"),
    ("tail", "Dello stesso autore"),
    ("tail", "Polecamy"),
    ("tail", "Другие материалы рубрики"),
]

# Short article lines that open or end an article: final sentences, quotes, questions, datelines.
HELD_OUT_3_KEEP = [
    ("tail", "The council declined to comment."),
    ("tail", "Residents can share their views until Friday."),
    ("tail", "Advertising revenue fell by half."),
    ("tail", "\u201cWe will be back,\u201d she said."),
    ("tail", "\u201cEnough is enough.\u201d"),
    ("tail", "\u00ab\u00a0On verra bien.\u00a0\u00bb"),
    ("tail", "Wer zahlt am Ende?"),
    ("tail", "Chi pagherà il conto?"),
    ("tail", "Kto za to zapłaci?"),
    ("tail", "Так будет и дальше."),
    ("head", "ROME (AP) \u2014 Italy's Senate approved the budget late on Friday."),
    ("head", "MOSKAU, 5. Mai (dpa) - Die Abstimmung wurde vertagt."),
    ("head", "WARSZAWA, 12 kwietnia \u2013 Rada miasta przełożyła głosowanie."),
]


@pytest.mark.parametrize("where, line", HELD_OUT_3_LINES)
def test_held_out_3_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_3_KEEP)
def test_held_out_3_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- development lines (fourth set, held out until session 4's third round) ----------------

# Held out until session 4's third round (34 of 43 removed, 16 of 16 kept then); read since, so
# development data now: rules may be written against them. The held-out set is HELD_OUT_6.
# Written from memory of real sites' boilerplate BEFORE reading
# clean.py or any other line list of this file (only _insert/_problems and the held-out-3 tests
# were read). Noise lines as real sites print them, in six languages, and short article lines
# at an article's edges that must be kept.
# Baseline, measured against the unchanged cleaner (d2e3fe4) before any rule change: 29 of 43
# noise lines removed, 16 of 16 keep lines kept. After the rules of session 4's third round
# (bylines opening with "By" in each of the six languages, "мин." and any symbol in reading-time
# headers, minutes with one word or symbol under the title, labels of up to ten words without
# quotation marks and labels joined by pipes after the last sentence, prompts of two or three
# short sentences around a call to action after the last sentence), measured once at the end:
# 34 of 43 removed, 16 of 16 kept. Over the same change the development lines of HELD_OUT_3
# went from 25 to 39 of 39 (13 of 13 kept); the earlier sets stayed at 50 of 50 and, in
# HELD_OUT_2, 33 of 33 (11 of 11 kept). After session 5's rules (written against these lines:
# breadcrumbs and long bylines under the title, header-and-labels lists, glued widgets, prompts
# opening with an exclamation, author bios with a contact, notices split over two sentences,
# terms of reuse, keyboard shortcuts): 43 of 43 removed, 16 of 16 kept.
HELD_OUT_4_LINES = [
    # bylines, datelines of the site, reading time, breadcrumbs (under the title)
    ("head", "By Tom Harris, Political Editor | Updated 14:32 GMT, 3 March 2022"),
    ("head", "5 min read · Mar 3, 2022"),
    ("head", "Home » News » Politics"),
    ("head", "Par Jean Dupont, publié le 03/03/2022 à 14h32, mis à jour le 03/03/2022 à 16h05"),
    ("head", "Von Anna Schmidt | Stand: 03.03.2022 14:32 Uhr"),
    ("head", "Lesezeit: 4 Min."),
    ("head", "di Marco Rossi | 3 marzo 2022"),
    ("head", "Tempo di lettura: 3 minuti"),
    ("head", "Время чтения: 4 мин."),
    ("head", "Autor: Anna Kowalska, 03.03.2022, 14:32"),
    # ad and related markers between paragraphs
    ("body", "ADVERTISEMENT - CONTINUE READING BELOW"),
    ("body", "Story continues below advertisement"),
    ("body", "RELATED: Council delays harbour vote amid funding row"),
    ("body", "Mehr zum Thema: Haushaltsstreit in Berlin"),
    ("body", "Leggi anche: Bollette, il governo pronto al nuovo decreto"),
    ("body", "Czytaj także: Rząd przyjął projekt budżetu na 2023 rok"),
    # blog and news-site footers
    ("tail", "Posted by Sarah Mitchell at 3:47 PM"),
    ("tail", "Labels: politics, elections, Europe"),
    ("tail", "Filed Under: News, Politics Tagged With: Brexit, EU, trade"),
    ("tail", "Like this:Like Loading..."),
    ("tail", "Leave a Reply Cancel reply"),
    ("tail", "Your email address will not be published. Required fields are marked *"),
    ("tail", "Mark_T • 2 years ago"),
    ("tail", "ALSO ON GLOBAL RESEARCH"),
    ("tail", "Thanks for reading The Spin Report! Subscribe for free to receive new posts and support my work."),
    ("tail", "Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."),
    ("tail", "We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok"),
    ("tail", "Tom Harris is a freelance journalist based in London. He has written for The Guardian and The Spectator. Follow him on Twitter @tomharris."),
    ("tail", "You Might Also Like"),
    ("tail", "Please support independent journalism — donate today. Every contribution, however big or small, helps."),
    ("tail", "Lire aussi : Réforme des retraites : ce qui change au 1er septembre"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 75% à découvrir."),
    ("tail", "Partager sur Facebook Partager sur Twitter Envoyer par e-mail"),
    ("tail", "Tous droits de reproduction réservés - © 2022 Ouest-France"),
    ("tail", "Artikel teilen: Facebook Twitter WhatsApp E-Mail"),
    ("tail", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Mehr erfahren Akzeptieren"),
    ("tail", "Riproduzione riservata ©"),
    ("tail", "Iscriviti alla newsletter per ricevere ogni giorno le notizie più importanti"),
    ("tail", "Wszelkie prawa zastrzeżone. Copyright © 2022 Wirtualna Polska Media S.A."),
    ("tail", "Подписывайтесь на наш канал в Telegram"),
    ("tail", "При полном или частичном использовании материалов ссылка на сайт обязательна."),
    ("tail", "Если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите Ctrl+Enter."),
    ("tail", "Иван Петров 12.03.2022 в 14:15"),
]

HELD_OUT_4_KEEP = [
    ("head", "Brussels, 3 March 2022"),
    ("head", "Will the council listen?"),
    ("tail", "The vote was 7 to 5."),
    ("tail", "\"We will not back down,\" she said."),
    ("tail", "The party's newsletter was later withdrawn from circulation."),
    ("tail", "Critics say the privacy rules came too late."),
    ("tail", "Shares in the firm fell 4% on Monday."),
    ("tail", "More than 300 comments were submitted during the consultation."),
    ("tail", "The mayor declined to comment."),
    ("tail", "All rights to the land remain with the state."),
    ("tail", "Five minutes later, the vote was over."),
    ("tail", "« Nous ne céderons pas », a-t-il conclu."),
    ("tail", "Die Abstimmung ist für Dienstag geplant."),
    ("tail", "Подписи под петицией собирали три недели."),
    ("tail", "Autor listu nie chciał ujawnić nazwiska."),
    ("tail", "Copyright law, she argued, must change."),
]


@pytest.mark.parametrize("where, line", HELD_OUT_4_LINES)
def test_held_out_4_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_4_KEEP)
def test_held_out_4_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- development lines (fifth set, held out until session 6) -------------------------------

# Held out until session 6 (34 of 47 removed before its round, 40 of 47 after, 16 of 16 kept);
# read since, so development data now: rules and the edge-line classifier may be trained on
# them. The held-out set is HELD_OUT_6. After session 6's edge-line classifier (trained on these
# lines among others, so in-sample): 45 of 47 removed, 16 of 16 kept; trained without them
# (leave-one-set-out, scripts/train_edge_lines.py --evaluate) it took the rules from 40 to 42.
# Held-out set 5 was written from memory of real sites' boilerplate BEFORE reading clean.py or any
# other line list of this file (only _insert/_problems/_held_out and the held-out-4 tests were
# read). Noise lines as real WordPress, Blogger, Substack, Medium, Disqus, news and content-farm
# sites print them, in six languages, and short article lines at an article's edges that must be
# kept, several of them hard: final lines without closing punctuation that are article text.
# Never write a rule against these lines: measure them only, once, at the end of a change.
# Baseline, measured against the unchanged cleaner (5235cf1) before any rule change: 34 of 47
# noise lines removed, 11 of 16 keep lines kept (the five lost were final lines without closing
# punctuation). After session 5's rules (see HELD_OUT_4; and a final line that reads like a
# clause goes only with a second cue of a widget), measured once at the end: 40 of 47 removed,
# 16 of 16 kept. Over the same change the development lines of HELD_OUT_4 went from 34 to 43 of
# 43 (16 of 16 kept) and the new development keep lines UNPUNCTUATED_LAST_LINES from 0 to 8 of 8
# kept; the earlier sets stayed at 50 of 50, 33 of 33 (11 of 11 kept) and 39 of 39 (13 of 13
# kept). Caveat: written blind, but with the brief's list of HELD_OUT_4's misses in mind, the
# Russian reprint notice, the Substack prompt and the author bio follow the same templates as
# HELD_OUT_4 lines, so three of the six gains are close to development data. The 7 misses stay
# strict xfails.
HELD_OUT_5_LINES = [
    # under the title
    ("head", "Home » World » Europe » Politics"),
    ("head", "Published: 12 March 2024, 08:15 | Updated: 12 March 2024, 10:42"),
    ("head", "Lesezeit: ca. 4 Minuten"),
    ("head", "Tempo di lettura: 3 minuti"),
    ("head", "Время чтения: 5 минут"),
    ("head", "Maria Kowalska | 14 marca 2024, 09:12"),
    ("head", "Автор: Иван Петров, 12.03.2024 14:35"),
    ("head", "Publié le 12/03/2024 à 08h15 · Mis à jour le 12/03/2024 à 10h42"),
    ("head", "von Anna Schmidt, Redakteurin Politik · 12.03.2024, 08:15 Uhr"),
    ("head", "Posted on March 12, 2024 by admin"),
    ("head", "Listen to this article · 6:42 min"),
    ("head", "Condividi su Facebook Condividi su WhatsApp Condividi via email"),
    ("head", "Foto: dpa/Kay Nietfeld"),
    # inside the article
    ("body", "ADVERTISEMENT - CONTINUE READING BELOW"),
    ("body", "Anzeige"),
    ("body", "READ ALSO: Five things we learned from the summit"),
    ("body", "Czytaj także: Rząd przyjął projekt ustawy o mediach publicznych"),
    ("body", "Читайте также: В Госдуме предложили новые меры поддержки"),
    ("body", "LIRE AUSSI - Les négociations reprennent à Bruxelles"),  # development since round 16
    ("body", "Article continues after this ad"),
    ("body", "Reklama"),
    # after the last sentence
    ("tail", "Tags: Politics, Elections, Europe, Brussels"),
    ("tail", "Schlagwörter: Bundestag Haushalt Opposition"),
    ("tail", "Filed Under: World News"),
    ("tail", "© 2024 Daily Herald Media Group. All rights reserved."),
    ("tail", "Tutti i diritti riservati. Riproduzione vietata."),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie bez zgody redakcji zabronione."),
    ("tail", "При полном или частичном использовании материалов ссылка на источник "
             "обязательна."),
    ("tail", "Sign up for our daily briefing and get the news that matters straight to your inbox."),
    ("tail", "Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité."),
    ("tail", "If you value our independent journalism, please consider supporting us "
             "with a donation of any size."),
    ("tail", "Unterstützen Sie unabhängigen Journalismus – jetzt spenden!"),
    ("tail", "John Doe is a senior correspondent covering European politics. Follow "
             "him on Twitter @johndoe."),
    ("tail", "Leave a Reply Cancel reply"),
    ("tail", "Your email address will not be published. Required fields are marked *"),
    ("tail", "mike_1977 · 3 hours ago"),
    ("tail", "We use cookies to improve your experience on our site. By continuing to browse, you "
             "agree to our use of cookies."),
    ("tail", "Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione "
             "accetti l'utilizzo dei cookie."),
    ("tail", "Share this: Facebook X Reddit Print"),
    ("tail", "Proudly powered by WordPress | Theme: Astra"),
    ("tail", "Źródło: PAP, oprac. MK"),
    ("tail", "This post may contain affiliate links. We may earn a commission if you buy through "
             "them."),
    ("tail", "« Previous article | Next article »"),
    ("tail", "Written by Jane Doe · 1.2K Followers · Editor of The Political Lens"),
    ("tail", "Thanks for reading The Weekly Dispatch! Subscribe for free to receive new "
             "posts and support my work."),
    ("tail", "comments powered by Disqus"),
    ("tail", "(Reporting by Jan Novak; Editing by Sarah White)"),
]

HELD_OUT_5_KEEP = [
    ("head", "WARSAW, 12 March — The government survived a confidence vote on Tuesday."),
    ("tail", "The ministry has not commented on the privacy complaint."),
    ("tail", "Comments from the ministry are expected next week."),
    ("tail", "Subscribers to the service will be refunded by May."),
    ("tail", "Donations to the party rose sharply in 2023."),
    ("tail", "Related talks will resume in Geneva next month."),
    ("tail", "\"We will not back down,\" she said."),
    ("tail", "Will Parliament listen?"),
    ("tail", "The trial continues"),
    ("tail", "The vote is scheduled for Thursday"),
    ("tail", "- a ban on new coal plants after 2030"),
    ("tail", "Polls open at 7am and close at 8pm"),
    ("tail", "«Nous ne reculerons pas», a-t-il déclaré."),
    ("tail", "Die Abstimmung ist für Donnerstag angesetzt."),
    ("tail", "Решение вступит в силу с 1 января"),
    ("tail", "Czy rząd przetrwa do jesieni?"),
]


@pytest.mark.parametrize("where, line", HELD_OUT_5_LINES)
def test_held_out_5_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_5_KEEP)
def test_held_out_5_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- held-out set 6 ---------------------------------------------------------------------------

# Written in session 6 before its round, from memory of real sites (agency sign-offs, WordPress
# and Jetpack widgets, Blogger, Substack, Medium, Disqus, Telegram reposts, Le Monde, Spiegel,
# Zeit, ANSA, Corriere, PAP, Onet, RIA, TASS, content farms), without reading the cleaner or the
# earlier sets. Baseline against the unchanged cleaner (commit ccf4c44): 26 of 46 noise lines
# caught, 16 of 16 keep-lines kept; the 20 misses (all kept boilerplate) were strict xfails.
# Never write a rule against these lines: measure them only, once, at the end of a change.
# After session 6's change (a learned edge-line classifier, src/spinscope/ingest/edge_lines.py,
# scoring the lines the rules keep at the article's edges; no rule change), measured once at the
# end: 28 of 46 removed (both gains under the title: the audio-player label and the Medium
# header), 16 of 16 kept. Over the same change the development lines went from 40 to 45 of 47 in
# HELD_OUT_5 (in-sample) and stayed at 50/50, 33/33, 39/39 and 43/43 in the earlier sets, every
# development keep line kept. The leave-one-set-out estimate had promised more (fresh rules plus
# the classifier: 21 -> 25 of 39, 29 -> 35 of 43, 34 -> 37 of 47): at a threshold chosen for
# precision (0.98), most misses here score 0.75-0.97, as do some real last lines. The 18 misses
# stay strict xfails.
# Since session 6's round 7 these lines are development data (held out until then: 26/46 before,
# 28/46 after the classifier, 16/16 kept); the held-out set is HELD_OUT_7 below. Round 7's rules
# (photo credits, repost headers, widget pieces joined by a dash, a © with a year, comment counts
# in every language, titled links, disclaimers, a question to the reader before a call to action,
# an agency as a widget cue, licences as terms of reuse) take them to 44/46 by the rules; with
# the classifier retrained on them, 45/46 (in-sample: the Daily Caller terms), 16/16 kept. The
# dash form of "Mehr zum Thema" stays a miss: the annotators label such lines in the corpus.
# Round 8 retrained the classifier with HELD_OUT_7 at the threshold its precision rule picked,
# 0.99 (at 0.98 the out-of-fold corpus removals rose to 6 of 26,057): the Daily Caller terms,
# caught in-sample only, are a miss again (44/46). Round 9 retrained it with HELD_OUT_8 and its
# precision rule picked 0.98 again (4 of 26,057 out-of-fold corpus removals): the Daily Caller
# terms are caught again, in-sample only (45/46).
HELD_OUT_6_LINES = [
    ("tail", "Reporting by Gabriel Stargardter in Lviv; Editing by Alex Richardson"),
    ("tail", "Our Standards: The Thomson Reuters Trust Principles."),
    ("tail", "© Copyright 2022 The Washington Times, LLC."),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. Read the original article."),
    ("tail", "Tags: Ukraine, NATO, Biden, Zelensky, sanctions"),
    ("tail", "Filed Under: Politics, World News Tagged With: Russia, Ukraine"),
    ("tail", "Posted by Tom Harris at 9:41 AM 3 comments"),
    ("tail", "Labels: immigration, EU, opinion"),
    ("tail", "Like what you read? Support independent journalism with a one-time donation."),
    ("tail", "Подписывайтесь на наш канал в Telegram: t.me/rian_ru"),
    ("tail", "Источник: РИА Новости"),
    ("tail", "Читайте также: Путин провел оперативное совещание с постоянными членами Совбеза"),
    ("tail", "Le Monde avec AFP"),
    ("tail", "Lire aussi : Guerre en Ukraine : ce que l'on sait au 300e jour du conflit"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 78% à découvrir."),
    # the rules keep it (RT DE prints these in the SemEval articles and the annotators label them, so the dash
    # form is not a list header); since session 29 the second opinion takes it at an article's foot
    ("tail", "Mehr zum Thema - Scholz in Kiew: Kanzler verspricht weitere Waffenlieferungen"),
    ("tail", "Quelle: dpa/AFP/jf"),
    ("head", "Lesezeit: 4 Min."),
    ("tail", "Riproduzione riservata © Copyright ANSA"),
    ("tail", "Leggi anche: Migranti, sbarchi record a Lampedusa nel fine settimana"),
    ("tail", "Czytaj także: Rząd przyjął projekt ustawy o obronie Ojczyzny"),
    ("tail", "Źródło: PAP, oprac. kw"),
    ("head", "By Sarah Johnson, Senior Political Correspondent | Published March 3, 2022 | Updated 4:15 PM ET"),
    ("head", "Listen to this article · 6 min"),
    ("head", "Photo credit: Reuters/Valentyn Ogirenko"),
    ("head", "Follow · 7 min read · Mar 12, 2022"),
    ("tail", "Thanks for reading Racket News! Subscribe for free to receive new posts and support my work."),
    ("tail", "Please enable JavaScript to view the comments powered by Disqus."),
    ("tail", "Load more comments"),
    ("body", "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT"),
    ("head", "Partner content"),
    ("tail", "We use cookies to ensure you get the best experience on our website. By continuing to browse, you agree to our use of cookies."),
    ("tail", "Click to share on Telegram (Opens in new window)"),
    ("head", "Forwarded from Intel Slava Z"),
    ("head", "Home » World » Europe"),
    ("tail", "About the author: Jane Doe is a freelance journalist based in Berlin who writes on energy policy."),
    ("tail", "Views expressed in this article are those of the author and do not necessarily reflect the views of the publisher."),
    ("tail", "Zur Startseite"),
    ("tail", "Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Obserwuj nas w Wiadomościach Google."),
    ("head", "di Marco Imarisio"),
    ("head", "Par Philippe Ricard Publié le 12 mars 2022 à 10h23 - Mis à jour le 12 mars 2022 à 14h05"),
    ("tail", "Featured image is from Shutterstock"),
    ("tail", "Content created by The Daily Caller News Foundation is available without charge to any eligible news publisher that can provide a large audience."),
    ("tail", "Please follow and like us:"),
    ("tail", "Комментарии (12)"),
    ("body", "Continue reading below"),
]

HELD_OUT_6_KEEP = [
    ("tail", "That remains to be seen."),
    ("tail", "And so the war goes on"),
    ("tail", '"We will not back down," she said.'),
    ("tail", "“This is only the beginning.”"),
    ("head", "BRUSSELS, 12 March 2022"),
    ("tail", "The newsletter, which has 40,000 subscribers, was shut down by the ministry on Friday."),
    ("tail", "Readers were urged to subscribe to government bonds rather than to buy dollars."),
    ("tail", "Shares in the company fell 4% in early trading."),
    ("tail", "The comments drew condemnation from Warsaw and Vilnius."),
    ("tail", "The photo was later deleted."),
    ("tail", "Reste à savoir si Bruxelles suivra."),
    ("tail", "La partita è ancora aperta"),
    ("tail", "Śledztwo trwa."),
    ("tail", "Расследование продолжается."),
    ("tail", "He declined to share further details."),
    ("tail", "Subscribers to the service will be refunded by April."),
]


@pytest.mark.parametrize("where, line", HELD_OUT_6_LINES)
def test_held_out_6_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_6_KEEP)
def test_held_out_6_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# Session 6, round 7: written blind (before reading HELD_OUT_6, the other line lists, clean.py or
# edge_lines.py), from memory of how real sites print these lines. Baseline against the cleaner
# as committed (e6cf6e4 + classifier): 35 of 46 noise lines dropped,
# 16 of 16 keep lines kept; the 11 misses were strict xfails.
# Never write a rule against these lines: measure them only, once, at the end of a change.
# After round 7's rules (developed on HELD_OUT_6 and the earlier sets, see HELD_OUT_6) and the
# classifier retrained with HELD_OUT_6, measured once at the end: 41 of 46 removed, 16 of 16
# kept. Over the same change the development sets went 50/50, 33/33, 39/39, 43/43 -> unchanged,
# HELD_OUT_5 45 -> 46 of 47 and HELD_OUT_6 28 -> 45 of 46 (44 by the rules alone), every
# development keep line kept. Caveat: three of the six gains are near-copies of development lines
# written from the same memory (the republication notice is word for word HELD_OUT_6's, the
# "Foto:" credit HELD_OUT_5's with the names swapped, the repost header HELD_OUT_6's template);
# the French and Polish photo credits and the Polish comment count are the fresher gains. The 5
# misses (credits joined by ';', a bracketed French sign-off, a correction and an update note, a
# commenter with a relative date) stay strict xfails.
# Since session 6's round 8 these lines are development data (held out until session 6's
# round 7: 35/46 before, 41/46 after, 16/16 kept); the held-out set is HELD_OUT_8 below.
# Round 8's rules (credits joined by ';' or in brackets, editor's notes naming the page, a name
# or handle with a time beside it) take all 5 misses: 46/46, 16/16 kept.
HELD_OUT_7_LINES = [
    ("head", "Lesezeit: 4 Min."),
    ("head", "Temps de lecture : 3 min"),
    ("head", "Время чтения: 5 мин."),
    ("head", "Listen to this article · 6 min"),
    ("head", "Mis à jour le 12 mars 2024 à 18h42"),
    ("head", "Опубликовано 12.03.2024 14:05 · Обновлено 12.03.2024 15:40"),
    ("head", "Pubblicato il 12/03/2024 alle 18:45 - Aggiornato alle 19:10"),
    ("head", "Aktualizacja: 12.03.2024 10:15"),
    ("head", "Michał Wilgocki | 12 marca 2024, 10:15"),
    ("head", "Автор: Ирина Петрова, 12 марта 2024"),
    ("head", "Foto: Kay Nietfeld/dpa"),
    ("head", "Photo : Ludovic Marin / AFP"),
    ("head", "Forwarded from Meduza — LIVE"),
    ("body", "Advertisement · Scroll to continue"),
    ("body", "REKLAMA"),
    ("body", "Story continues below advertisement"),
    ("body", "Lesen Sie auch: Streit um die Schuldenbremse eskaliert"),
    ("body", "Czytaj też: Sejm przyjął ustawę o asystencji osobistej"),
    ("body", "Читайте также: Кремль прокомментировал переговоры в Стамбуле"),
    ("body", "LEGGI ANCHE"),
    ("body", "Fot. Jakub Orzechowski / Agencja Wyborcza.pl"),
    ("tail", "Additional reporting by Tom Balmforth; Writing by Mark Trevelyan; Editing by Gareth Jones"),
    ("tail", "(Reportage Élodie Martin, édité par Blandine Hénault)"),
    ("tail", "dpa/AFP/jm"),
    ("tail", "RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ("tail", "Correction, March 4: An earlier version of this story misstated the date of the vote."),
    ("tail", "This article has been updated to include a response from the mayor's office."),
    ("tail", "Thanks for reading The Civic Ledger! Subscribe for free to receive new posts and support my work."),
    ("tail", "Read the original article on Business Insider"),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. "
             "Read the original article."),
    ("tail", "Posted by Mark Ellison at 9:42 PM"),
    ("tail", "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest"),
    ("tail", "Labels: EU, migration, politics"),
    ("tail", "Filed Under: Politics, World News Tagged With: Poland, NATO"),
    ("tail", "Теги: Россия, США, санкции"),
    ("tail", "Подписывайтесь на «Коммерсантъ» в Telegram"),
    ("tail", "Unterstützen Sie unabhängigen Journalismus – jetzt für 1 € testen"),
    ("tail", "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site."),
    ("tail", "Jane Doe is a senior fellow at the Atlantic Council and a former US diplomat. "
             "Follow her on X @janedoe."),
    ("tail", "Komentarze (34)"),
    ("tail", "Anna K. · 2 years ago"),
    ("tail", "More for You"),
    ("tail", "Pobierz aplikację Onet i bądź zawsze na bieżąco"),
    ("tail", "Condividi: Facebook Twitter WhatsApp Email"),
    ("tail", "Mehr zum Thema"),
    ("tail", "Sign up for our Morning Brief newsletter"),
]

HELD_OUT_7_KEEP = [
    ("tail", "Nobody was hurt."),
    ("tail", "He declined to comment."),
    ("tail", "The photo was later deleted by the ministry."),
    ("tail", "\"We will not give up,\" she said."),
    ("tail", "Police have appealed for witnesses to come forward"),
    ("tail", "Le procès doit reprendre lundi"),
    ("tail", "The ministry's weekly newsletter made no mention of the incident."),
    ("tail", "Residents can send comments on the plan until 30 April."),
    ("tail", "The copyright dispute is expected to reach the Supreme Court next year."),
    ("tail", "Readers who subscribe before May will keep the old price, the company said."),
    ("tail", "Neither side would share details of the talks."),
    ("head", "WARSAW, March 12 (Reuters) - Poland's parliament voted on Tuesday to extend the mission."),
    ("head", "МОСКВА, 12 марта. /ТАСС/. Госдума приняла закон в третьем чтении."),
    ("head", "It was a close call."),
    ("head", "Share prices in Milan fell sharply on Monday."),
    ("head", "Updated figures released on Monday show the deficit widening."),
]


@pytest.mark.parametrize("where, line", HELD_OUT_7_LINES)
def test_held_out_7_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_7_KEEP)
def test_held_out_7_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# Session 6, round 8: written blind (before reading HELD_OUT_7, any earlier line list, clean.py
# or edge_lines.py), as real sites print these lines. Baseline against the committed cleaner:
# 27 of 45 noise lines dropped, 16 of 18 keep lines kept. The misses are strict xfails.
# Never write a rule against these lines: measure them only, once, at the end of a change.
# After round 8's rules (developed on HELD_OUT_7 and the earlier sets; classifier unchanged),
# measured by the pre-commit run: 29 of 45 removed (the ';'-joined agency credits and the
# correction note), 16 of 18 kept. Over the same change HELD_OUT_7 went 41 -> 46 of 46, the
# earlier development sets unchanged, every development keep line kept. With the classifier
# then retrained on HELD_OUT_7 (threshold 0.99 by its precision rule), measured once more at the
# end: still 29 of 45 removed, 16 of 18 kept (HELD_OUT_6 45 -> 44 of 46, see there). The 16
# noise misses and the 2 lost keep lines (last sentences without a full stop that mention
# comments or open with "More") stay strict xfails.
# Development data since session 9 (held out until round 8: 27/45 before, 29/45 after, 16/18
# kept). Round 9's rules, written against it: 40 of 45 removed, 18 of 18 kept (a finite verb
# keeps an unpunctuated last sentence with a widget's word; continuation markers under an ad or
# a video, a player's fallback text, an app prompt, a media caption with its duration, a poll,
# a print-edition note, "... contributed to this report.", a republication note, WordPress's
# post meta, "godz."/"Std."/"ч" as hour units). Still missed: the LiveJournal mood, the Ghost
# sign-up sentence, "© Provided by" (a picture credit inside articles, kept on purpose), the
# press-office photo credit and the Figaro dash link (the dash form is labelled in the corpus).
# Development since round 16: the LiveJournal mood and the press-office credit go.
HELD_OUT_8_LINES = [
    ("tail", "Posted by Marta Kowalczyk at 9:14 PM No comments:"),
    ("tail", "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"),
    ("tail", "Labels: council, harbour, local politics"),
    ("tail", "This entry was posted in Local News and tagged council, harbour. Bookmark the permalink."),
    ("head", "4 min read · Mar 3, 2019"),
    ("head", "Open in app"),
    ("tail", "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work."),
    ("tail", "Current Mood: annoyed"),  # development since round 16
    ("tail", "Метки: политика, городской совет, порт"),
    ("tail", "#local politics #harbour #council vote"),
    ("tail", "Sign up for more like this."),  # development since round 11
    pytest.param("head", "© Provided by The Independent",
                 marks=_held_out("an MSN syndication credit: © without a year")),
    ("head", "Story by Anna Smith • 3h"),
    ("body", "Story continues"),
    ("tail", "This article was originally published on The Conversation. Read the original article."),
    ("tail", "View Full Coverage on Google News"),
    ("head", "Forwarded from Городские новости"),
    ("tail", "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"),
    ("tail", "Читайте также: В Приморье отменили паромное сообщение из-за шторма"),
    ("head", "Фото: пресс-служба администрации города"),  # development since round 16
    ("tail", "Новости партнеров"),
    ("body", "Dalsza część artykułu pod materiałem wideo"),
    ("tail", "Zobacz też: Burmistrz zapowiada referendum w sprawie portu"),
    ("tail", "kmz/ akl/"),
    ("tail", "Źródło: UM Gdańsk"),
    ("tail", "Leggi anche: Porto, slitta il voto in consiglio comunale"),
    ("head", "Aggiornato il 3 marzo 2019 alle 18:42"),
    ("tail", "Dieses Thema im Programm: NDR 1 Niedersachsen | Regional Hannover | 03.03.2019 | 19:30 Uhr"),
    ("head", "Stand: 03.03.2019 18:45 Uhr"),
    ("head", "Lesezeit: 3 Min."),
    ("tail", "Aus dem Englischen von Thomas Müller"),
    ("head", "Publié le 03/03/2019 à 18h42 Modifié le 03/03/2019 à 19h05"),
    ("tail", "Cet article est réservé aux abonnés"),
    pytest.param("tail", "À VOIR AUSSI - Le port de Brest face à la tempête",
                 marks=_held_out("a Figaro uppercase 'see also' link")),
    ("head", "Listen to this article · 4:12 min"),
    ("tail", "Your browser does not support the audio element."),
    ("body", "Video: Council members debate the harbour plan (2:14)"),
    ("head", "Last updated: 3 hours ago"),
    ("tail", "Poll: Should the harbour expansion go ahead?"),
    ("tail", "A version of this article appears in print on March 4, 2019, Section A, Page 18 of the New York edition with the headline: Harbour Vote Is Delayed Again."),
    ("tail", "comments powered by Disqus"),
    ("tail", "This story has been corrected to show the vote was delayed to April 12, not April 2."),
    ("tail", "Additional reporting by Anna Nowak in Warsaw; Writing by Tom Jones; Editing by Sandra Maler"),
    ("tail", "marek1974 · 2 godz. temu"),
]

HELD_OUT_8_KEEP = [
    ("tail", "He declined to comment."),
    ("tail", "The council did not respond to requests for comment"),
    ("tail", "“We will not give up,” she said."),
    ("head", "WARSAW, March 3 (Reuters) - Poland's ruling party on Sunday lost its majority in the harbour city council."),
    ("tail", "The newsletter, which has 40,000 subscribers, will close in June."),
    ("tail", "Readers who subscribe before Friday will keep the old price, the company said."),
    ("tail", "Shares in the port operator fell 4% on Monday."),
    ("tail", "The photo, taken by a local fisherman, has since been shared more than 10,000 times."),
    ("tail", "The copyright dispute is expected to reach the Supreme Court next year."),
    ("tail", "More details are expected on Tuesday"),
    ("head", "By the time the council met on Tuesday, the plan was already dead."),
    ("tail", "See you in April, the mayor told reporters."),
    ("tail", "Il voto è stato rinviato ad aprile."),
    ("tail", "Abonnés ou non, les habitants pourront voter en ligne jusqu'au 12 avril."),
    ("tail", "Komentarze radnych były podzielone."),
    ("tail", "Фото с заседания опубликовала пресс-служба мэрии."),
    ("head", "Updated plans were sent to residents on Monday."),
    ("tail", "Stand der Dinge: Die Abstimmung ist auf April verschoben."),
    # round 14: a wire article's closing credit in a sentence is the article's (a noise line
    # until round 13; held-out set 13's AP page prints it as the article's last paragraph)
    ("tail", "Associated Press writer Jane Doe in Chicago contributed to this report."),
]


@pytest.mark.parametrize("where, line", HELD_OUT_8_LINES)
def test_held_out_8_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_8_KEEP)
def test_held_out_8_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# HELD_OUT_9: written in session 9 before reading clean.py, edge_lines.py or any earlier line
# list; measured once against the unchanged cleaner, then once at the end. Baseline (session 9,
# unchanged cleaner): 35 of 44 noise lines dropped, 13 of 16 keep lines kept. Never write a rule
# against these lines. After round 9's rules (developed on HELD_OUT_8 and the earlier sets;
# classifier unchanged), measured by the pre-commit run: 37 of 44 dropped (the poll and the
# print-edition note; both shapes were also in HELD_OUT_8, so these two say less about new
# wordings), 15 of 16 kept (the weak widget words no longer remove a last sentence with a finite
# verb). "Follow-up talks are planned for May" is still lost: "Follow" reads as a call to action.
# With the classifier then retrained on HELD_OUT_8 (threshold 0.98 by its precision rule),
# measured once more at the end: unchanged, 37 of 44 dropped, 15 of 16 kept.
# Development data since session 10 (held out until round 9: 35/44 before, 37/44 after, 15/16
# kept); the held-out set is tests/test_clean_held_out_10.py, which no development step reads.
# Session 10: "Follow-up talks are planned for May" is kept (a call to action is a weak cue that a
# finite verb overrides); with the classifier retrained on this set (new shape features, threshold
# 0.98 by its precision rule) five more lines go in-sample: 42/44 removed, 16/16 kept (still missed:
# the weather widget and the aggregator link under the title).
HELD_OUT_9_LINES = [
    ("tail", "Post by @kyivindependent · 3h"),
    ("tail", "— Jan Nowak (@jnowak_pl) March 4, 2024"),
    ("tail", "pic.twitter.com/x7QzL2mBv9"),
    ("tail", "Watch on YouTube"),
    # caught in-sample since session 10 (the classifier trained with this set)
    ("tail", "Listen to this episode on Spotify, Apple Podcasts or wherever you get your podcasts"),
    ("head", "LIVE · Updated 14:32 CET"),
    ("head", "12.03.2024, 14:05"),
    ("tail", "Najczęściej czytane"),
    # caught in-sample since session 10 (the classifier trained with this set)
    ("tail", "FTSE 100 7,682.50 ▲ 0.42%"),
    # caught since round 12 (a temperature in a short line that ends no sentence: a weather widget)
    ("head", "Москва +3°C ☁"),
    ("tail", "Poll: Do you agree with the decision? Yes 62% · No 38% · 1,204 votes"),
    ("tail", "Event: Tech Summit 2024 — 12 June, Berlin. Register now →"),
    # caught in-sample since session 10 (the classifier trained with this set)
    ("tail", "We're hiring: Senior Reporter (m/f/d), Hamburg — apply by 30 June"),
    ("tail", "Новости Самары — в нашем Telegram-канале"),
    ("tail", "Подписывайтесь на наш канал в «Дзене»"),
    ("head", "Фото: Андрей Петров / 63.RU"),
    ("tail", "Материал подготовлен при поддержке Фонда президентских грантов"),
    ("tail", "Fot. Tomasz Kowalski / Agencja Wyborcza.pl"),
    ("tail", "Źródło: PAP, własne"),
    ("head", "Dodano: 12.03.2024 14:05 · Aktualizacja: 12.03.2024 16:20"),
    ("tail", "Masz temat? Napisz do nas: kontakt@gazetakrakowska.pl"),
    # caught in-sample since session 10 (the classifier trained with this set)
    ("tail", "Ricevi le notizie de il Resto del Carlino su WhatsApp: iscriviti al canale"),
    ("head", "di Redazione | 12 marzo 2024"),
    ("tail", "Tutte le notizie di Cronaca"),
    ("tail", "Dieses Thema im Programm: Das Erste | tagesschau | 12.03.2024 | 20:00 Uhr"),
    ("tail", "Sendung: Abendschau, 12.03.2024, 19:30 Uhr"),
    ("head", "Stand: 12.03.2024 17:45 Uhr"),
    ("tail", "Audio herunterladen (3 MB | MP3)"),
    ("tail", "Il vous reste 68% de cet article à lire."),
    ("head", "Par Le Parisien avec AFP Le 12 mars 2024 à 14h05"),
    ("tail", "Ouest-France Rennes. Publié le 12/03/2024 à 14h05"),
    ("tail", "Voir les 12 commentaires"),
    ("tail", "A version of this article appears in print on March 12, 2024, Section A, Page 6 of "
             "the New York edition with the headline: City Council Approves Budget."),
    ("tail", "Aus dem Englischen von Anna Weber"),
    ("head", "Quote from: oldtimer77 on March 12, 2024, 09:14:22 AM"),
    # caught in-sample since session 10 (the classifier trained with this set)
    ("tail", "Last edited by kasia_w; 12-03-2024 at 16:20."),
    ("tail", "1.2k upvotes · 318 comments"),
    ("tail", "👁 12.4K · 14:05"),
    ("head", "View Full Coverage on Google News"),  # the edge classifier, retrained with sets 10-14
    ("tail", "Continue reading on The Independent"),
    ("tail", "Written by Jane Doe · 1.2K Followers"),
    ("tail", "Correction: An earlier version of this story misstated the date of the vote."),
    ("tail", "Теги: бюджет, Самара, мост"),
    ("tail", "Traduzione di Marco Rossi"),
]

# Legitimate lines at an article's start or end that must stay.
HELD_OUT_9_KEEP = [
    ("head", "MOSCOW, March 12 — Officials in the Samara region said on Tuesday that the bridge "
             "would reopen next week."),
    ("head", "Updated figures released on Monday show the deficit widened for a third month."),
    ("tail", "The next hearing is set for April 3"),
    ("tail", "Readers can share their views at the town hall meeting on Thursday"),
    ("tail", "\"We will not give up,\" she said."),
    ("tail", "“We will see,” he said"),
    ("tail", "Police said the photo had been taken two days before the fire."),
    ("tail", "The company has said it will subscribe to the new bond issue"),
    ("tail", "Its newsletter, once sent to 40,000 readers, closed in 2019."),
    ("tail", "The court ruled that the copyright belonged to the photographer."),
    ("tail", "Comments from the ministry were not immediately available"),
    ("tail", "More hearings are expected in the spring"),
    ("tail", "He declined to comment."),
    ("tail", "It did not."),
    ("tail", "Shares fell 3% in early trading on Wednesday."),
    # lost until session 10 ("Follow" read as a call to action); a call to action is now a weak
    # cue, which a finite verb overrides, and "Follow-up" is a noun
    ("tail", "Follow-up talks are planned for May"),
]


@pytest.mark.parametrize("where, line", HELD_OUT_9_LINES)
def test_held_out_9_line(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_9_KEEP)
def test_held_out_9_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []



# --- the SemEval corpus ---------------------------------------------------------------------

# Every line cleaning takes out of the SemEval training articles: real scraper noise the
# annotators left in. A new line here means a rule changed; check it is noise before adding it.
KNOWN_CORPUS_NOISE = {
    "Email *", "Advertisement", "Advertisements", "SPONSORED", "Story Continued Below",
    "1.2k SHARES Facebook Twitter", "2.3k SHARES Facebook Twitter", "53 SHARES Facebook Twitter",
    "557 SHARES Facebook Twitter", "665 SHARES Facebook Twitter", "Facebook", "Twitter", "Google+",
    "Email Link Embed Copy and paste this HTML code into your webpage to embed.",
    "By Jamie Glazov", "By Marton Dunai", "By Nick Brown",
    "Posted by b on November 29, 2018 at 10:23 AM | Permalink",
    "Publié par Jean-Patrick Grumberg le 12 juin 2022",
    "COPYRIGHT 2018 CREATORS.COM",
    "©2018 CQ-Roll Call, Inc., All Rights Reserved, Distributed by Tribune Content Agency, LLC.",
    "©2018 Deutsche Presse-Agentur GmbH (Hamburg, Germany), Distributed by Tribune Content Agency, LLC.",
    "©2018 Los Angeles Times, Distributed by Tribune Content Agency, LLC.",
    "©2018 The Atlanta Journal-Constitution (Atlanta, Ga.), Distributed by Tribune Content Agency, LLC.",
    "©2018 The Virginian-Pilot (Norfolk, Va.)",
    "Comments", "comments",
    "EDITORIALE",  # a section's label under an Italian opinion piece's title, unlabelled (round 33)
    # an Infowars author box under the social-follow widgets (round 11: below a widget that only
    # ends a page, a sentence is the page's)
    "*********************", "Paul Joseph Watson is the editor at large of Infowars.com and Prison Planet.com.",
    # Il Giornale's label of a video embed, now also after a last line that lost its full stop
    "Video su questo argomento",
    # Scenari Economici's support plug between its Telegram note and its mission statement (it/26187,
    # session 10: "support" and the site's name)
    "Sostieni ScenariEconomici.it",
    "READ MORE:", "A Defense of the Catholic Tradition",
    "The Left’s New Plan to Gut Religious-Liberty Protections",
    "What’s At Stake in the Fight For Religious Freedom",
    "Read More", "Read the Whole Article",
    "Read more: China Prepares for Moon Colony By Keeping Students in 'Lunar Palace' for 200 Days",
    "Related", "jmagder@postmedia.com", "Twitter.com/JasonMagder", "Facebook.com/JasonMagderJournalist",
    "LEGGI ANCHE", "Lire la suite de l’article sur parismatch.com",
    "Zobacz również: Jak globalne ocieplenie wpłynie bezpośrednio na Polskę?",
    "Zobacz również: Małe reaktory jądrowe i bloki węglowe w Polityce energetycznej Polski",
    "Zobacz również: Ranking najbardziej zanieczyszczających elektrowni. Polska i Niemcy na czele",
    "Tags: breaking, columbia university asian american alliance, cultureSHOCK, nimesh patel",
    "This article tagged under: Pardons", "Donald Trump", "Oregon",
    "Please help support us with cryptocurrency donations. Thank you!",
    "Support our journalism Please consider subscribing today to support stories like this one. Get "
    "full access to our signature journalism for just 99 cents for the first four weeks. Already a "
    "subscriber? Your support makes our work possible. Thank you.",
    "Visit The Virginian-Pilot at pilotonline.com", "Wesprzyj nas już teraz!",
    "Sign up for the Quartz Africa Weekly Brief — the most important and interesting news from "
    "across the continent, in your inbox.",
    "Sign up here to get INSIDER's favorite stories straight to your inbox.",
    "SUBSCRIBE on YouTube:", "Follow on Twitter: Follow @PrisonPlanet",
    "Facebook: https://www.facebook.com/PaulJosephWatson/",
    # session 4, short labels after the last sentence ("widget label"): wire sign-offs and
    # credits, separators, a hashtag, a photo credit, print-edition markers, archive links
    # (round 80) an embedded X post's attribution on its own line, under the post's text: embed residue
    "— Kirsten Gillibrand (@SenGillibrand) March 22, 2019", "— Zeke Miller (@ZekeJMiller) March 22, 2019",
    "— Out of context RN (@OOC_RN) July 23, 2022", "— LCP (@LCP) July 23, 2022",
    "— Régis de Castelnau (@R_DeCastelnau) July 19, 2022", "— L£ G£N£RAL 0fficiel (@Le_General_0ff_) July 18, 2022",
    "— François Ruffin (@Francois_Ruffin) July 19, 2022", "— Public Sénat (@publicsenat) July 19, 2022",
    "— A__SAMEDI (@_samedi_) July 24, 2022",
    "— Paola Turci (@paolaturci) June 18, 2022", "— Tampa Bay Rays (@RaysBaseball) June 4, 2022",
    "— Virginie Joron (@v_joron) June 14, 2022",
    "— Alvise Armellini", "— John T. Bennett", "— Johnny Edwards", "— Stephen Battaglio",
    "— Tracy Wilkinson", "CQ-Roll Call", "dpa", "Los Angeles Times", "The Atlanta Journal-Constitution",
    "ASSOCIATED PRESS", "———", "Gianni Zoccheddu", "Leïla de Comarmond", "H/T Gateway Pundit",
    "#LasVegasShooting", "[Photo by Jan Kranendonk]", "A Section on 05/09/2018", "A Section on 05/24/2018",
    "The Best of Chuck Baldwin", "The Best of Eric Margolis", "The Best of Tyler Durden",
    # an ad-block header, caught as a short label with an ad word
    "Contenus Sponsorisés",
    # session 5, labels of six or seven words after the last sentence: syndication credits,
    # archive links and a wire sign-off
    "Article posted with permission from Ron Paul", "Article posted with permission from SHTFPlan",
    "The Best of Jacob G. Hornberger", "The Best of Patrick J. Buchanan", "The Best of Paul Craig Roberts",
    "— Noah Bierman and Chris Megerian",
    # session 4, third round: labels of up to ten words after the last sentence, and labels
    # joined by pipes or bullets: syndication and translation credits, contact lines, a photo
    # credit, embedded-video links and caption, a source link
    "Article posted with permission from Constitution.com", "Article posted with permission from Daisy Luther",
    "Article posted with permission from Dean Garrison",
    "Article posted with permission from End of the American Dream",
    "Article posted with permission from Pamela Geller", "Article posted with permission from Robert Spencer",
    "Article posted with permission from Sons Of Liberty Media",
    "Article posted with permission from Sons of Liberty Media",
    "Article posted with permission from The Daily Caller News Foundation",
    "Article posted with permission from The Free Thought Project",
    "Article posted with permission from The Washington Standard",
    "Traduction de CaitlinJohnstone.com par Aube Digitale",
    "Jeremy C. Fox can be reached at jeremy.fox@globe.com",
    "• Email: ghamilton@nationalpost.com | Twitter: grayhamilton",
    "Image via Columbia University Asian American Alliance",
    "https://youtu.be/1jT8Ait1jE", "MATTEO SALVINI DOPO L'INCONTRO CON MARIO DRAGHI",
    "https://novorosinform.org/ukrainaya-neyakievskaya-neyarus-54961.html",
    # session 5: terms of reuse after the last sentence (a reuse word and a condition):
    # syndication credits
    "Reprinted with permission from The Future of Freedom Foundation.",
    "Reprinted with permission from Chuck Baldwin.", "Reprinted with permission from Consortiumnews.com.",
    "Reprinted with permission from Collective Evolution.",
    # session 6, round 7: a wire's standards link (a header and a title in Title Case) and a photo
    # credit between paragraphs
    "Our Standards: The Thomson Reuters Trust Principles.", "Photo credit: Keilana, Roberta Mura",
    # session 6, round 8: a commenter's name and a relative date heading comments reposted as
    # the article (article697454736; the "X to Y • 9 hours ago" reply headers stay)
    "Robert Fastiggi • 13 hours ago", "Robert Fastiggi • 12 hours ago",
    # session 9: credits and a republication note after the last sentence
    # (round 14: "... contributed to this report." credits are the article's and stay)
    # round 14: a byline with a lower-case preposition ("par" and a name in capitals): the
    # author under the title, and the sponsored-links box's credit under its teasers
    "par Karine Bechet-Golovko.", "par Taboola",
    "This article was originally published by Tyler Durden at Zero Hedge",
    # round 13: VDARE's author box under the syndicate's copyright line (the site's copyright
    # with a year closes the article; its book links were lost in scraping)
    "Patrick J. Buchanan needs no introduction to VDARE.COM readers; his books", "and",
    "are available from Amazon.com. Patrick J. Buchanan is the author of",
    "His latest book, published May 9, is",
    # round 13: a date alone under the title is the page's
    "November 29, 2018",
    # round 19: a source line naming one site by its domain under the first paragraph (ru/2424): a
    # link credit, not the article's sentence
    "Источник: vmiresmi.ru",
    # round 23: the label Russian law puts over a "foreign agent"'s material, in capitals under the
    # title (ru/24172): the page naming itself as distributed by a foreign agent
    "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, "
    "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ "
    "ИНОСТРАННОГО АГЕНТА.",
    # round 40: a republication credit at a satire article's foot (ge/22115), the first publication
    # at a partner site, and the initials and photo credit over it, which it showed the edge classifier
    "Dieser Artikel erschien erstmals bei unserer niederländischen Partner-Publikation De Speld",
    "jvb, she; Foto: Shutterstock",
    # round 52: a read-also link in a Polish article (po/25177), "Przeczytaj także:" and a headline
    "Przeczytaj także: Analiza: przegrana to zwycięstwo skrajnej prawicy we francuskich wyborach",
    # round 71: photo captions with their credit after them, each a line of its own under the title or between two
    # paragraphs: a press picture credited "Pic: NASA" (en/729549972) and two pictures credited "/ ©Wikimedia Commons"
    # (ru/2484)
    "© Press Release The historic photograph taken by the New Horizons spacecraft. Pic: NASA",
    "Небольшой остров в океане поставил большой знак вопроса перед идеей об отказе от удобрений и пестицидов "
    "/ ©Wikimedia Commons",
    "Климат на острое вполне экваториальный, отчего проблема сорняков стоит весьма остро / ©Wikimedia Commons",
}


@functools.lru_cache(maxsize=None)
def _corpus(root: Path, folder: str) -> tuple[tuple[str, str], ...]:
    folder_path = root / folder / "train-articles-subtask-3"
    files = sorted(p for p in folder_path.iterdir() if SEMEVAL_FILE.match(p.name))
    return tuple((SEMEVAL_FILE.match(p.name).group(1), p.read_text(encoding="utf-8")) for p in files)


@functools.lru_cache(maxsize=None)
def _cleaned(root: Path, folder: str) -> tuple:
    """Each article as build_article reads it: (id, raw, article)."""
    lang = CORPUS_LANGS[folder]
    return tuple(
        (aid, raw, build_article(document_from_text(raw, Metadata(id=aid, format="semeval", lang=lang))))
        for aid, raw in _corpus(root, folder))


def _gold(root: Path, folder: str) -> tuple[dict, dict]:
    """Labelled line numbers (1-based) and technique spans (raw offsets) of each article."""
    lines: dict[str, set[int]] = {}
    for row in (root / folder / "train-labels-subtask-3.txt").read_text(encoding="utf-8").splitlines():
        parts = row.split("\t")
        if len(parts) >= 3 and parts[2].strip():
            lines.setdefault(parts[0], set()).add(int(parts[1]))
    spans: dict[str, list[tuple[int, int]]] = {}
    for path in (root / folder / "train-labels-subtask-3-spans").glob("article*-labels-subtask-3.txt"):
        aid = path.name.removeprefix("article").split("-")[0]
        for row in path.read_text(encoding="utf-8").splitlines():
            parts = row.split("\t")
            if len(parts) == 4:
                spans.setdefault(aid, []).append((int(parts[2]), int(parts[3])))
    return lines, spans


@pytest.mark.corpus
@pytest.mark.parametrize("folder", sorted(CORPUS_LANGS))
def test_corpus_articles_lose_only_known_noise(semeval_root, folder):
    gold_lines, gold_spans = _gold(semeval_root, folder)
    unknown, labelled, affected = [], [], 0
    for aid, raw, article in _cleaned(semeval_root, folder):
        affected += bool(article.removed)
        for r in article.removed:
            unknown += [line.strip() for line in r.text.split("\n")
                        if line.strip() and line.strip() not in KNOWN_CORPUS_NOISE]
            first, last = raw.count("\n", 0, r.start) + 1, raw.count("\n", 0, r.end) + 1
            if gold_lines.get(aid, set()) & set(range(first, last + 1)):
                labelled.append((aid, r.text[:80]))
            if any(s < r.end and r.start < e for s, e in gold_spans.get(aid, [])):
                labelled.append((aid, r.text[:80]))
    assert not unknown, f"{folder}: {affected} articles lose lines; not known as noise: {unknown}"
    assert not labelled, f"{folder}: removed lines the annotators labelled: {labelled}"


@pytest.mark.corpus
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("folder", sorted(CORPUS_LANGS))
def test_corpus_articles_in_boilerplate(semeval_root, folder, platform):
    lang = CORPUS_LANGS[folder]
    failures = {}
    for aid, _, article in _cleaned(semeval_root, folder):
        paragraphs = _paragraphs(article)  # what survives unwrapped is what must survive wrapped
        if len(paragraphs) < 2:
            continue
        case = wrap(paragraphs[0], paragraphs[1:], lang, platform, seed=aid)
        if problems := _problems(case, lang):
            failures[aid] = problems[:3]
    assert not failures, f"{len(failures)} {folder} articles: {dict(list(failures.items())[:5])}"


# --- round 13: structure at the article's edges --------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("(PAP)", "byline"), ("(avec AFP)", "byline"), ("(ТАСС)", "byline"), ("(ANSA).", "byline"),
    ("Chi siamo · Contatti · Privacy", "widget label"), ("Mentions légales - CGU - Contact", "widget label"),
    ("Testen Sie das Abo – vier Wochen für 1 Euro", "site notice"),
    ("Ten artykuł jest dostępny tylko dla subskrybentów.", "site notice"),
    ("Max Weber ist Korrespondent der Zeitung in Brüssel.", "author bio"),
    ("We may earn a commission if you buy through our links.", "site notice"),
    ("Commandez mon nouveau livre en librairie dès maintenant.", "self-promotion"),
])
def test_round_13_lines_after_the_last_sentence_go(line, reason):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [(reason, line)]


@pytest.mark.parametrize("line", [
    "Subscribers will pay $2 more per month starting in June.",
    "The minister is a journalist by training.",
    "Prices rose 0.3% in March and fell -0.2% in April.",
    "Max Weber ist Korrespondent geblieben, sagte sein Sprecher.",
    "We will get the commission report next week.",
    "Readers rushed to buy his book after the debate.",
])
def test_round_13_last_lines_of_the_article_stay(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert find_noise(raw) == []


@pytest.mark.parametrize("line, kept", [
    ("Tekst: Marta Nowak", False), ("Текст: Анна Иванова", False), ("A cura di Redazione", False),
    ("Text: the full statement", True), ("Author of the bill: the minister", True),
])
def test_round_13_a_role_and_a_name_under_the_title(line, kept):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == ([] if kept else [line])


def test_round_13_a_date_alone_under_the_title_goes_but_not_a_dateline():
    raw = "Harbour vote delayed\n\nMarch 12, 2024\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("byline", "March 12, 2024")]
    raw = "Harbour vote delayed\n\nBrussels, 12 March 2024\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert find_noise(raw) == []


@pytest.mark.parametrize("line", [
    "Dalszy ciąg materiału pod wideo", "Der Artikel wird unter dem Video fortgesetzt",
    "Il seguito dopo la pubblicità", "Продолжение после видео",
])
def test_round_13_a_continuation_marker_goes_anywhere(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("advertisement", line)]


@pytest.mark.parametrize("line", ["Talks continue after the video leak", "The ad campaign continues"])
def test_round_13_a_subheading_about_ads_or_videos_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


def test_round_13_a_reader_tip_appeal_goes_but_not_a_rhetorical_question():
    line = "Masz temat lub zdjęcie? Prześlij nam przez formularz na stronie"
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [r.text for r in find_noise(raw)] == [line]
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nWill the deal hold? Follow the money."
    assert find_noise(raw) == []


# --- round 21: shapes from set 22 (developed on it) ----------------------------------------

@pytest.mark.parametrize("line", [
    "Updated guidance released by the ministry last week puts the shortfall at 3 billion pounds.",
    "Mis à jour en début de semaine, le plan de circulation prévoit 14 nouvelles pistes cyclables.",
    "Veröffentlicht hat das Ministerium die Zahlen erst nach einer Anfrage von 3 Abgeordneten im Landtag.",
    "Pubblicato solo ieri sera, il bando della Regione mette a disposizione 40 milioni per i comuni.",
    "Opublikowano również wyniki kontroli, z których wynika, że 12 szpitali nie spełnia norm.",
    "Опубликовано также письмо губернатора, в котором он просит выделить региону 2 миллиарда рублей.",
])
def test_round_21_a_sentence_opening_with_a_stamp_word_stays(line):
    # a sentence of the article may open with "Updated", "Publié", "Opublikowano": its first number
    # comes far from that word and it closes on a word, where a stamp gives its date at once
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Posted by admin on 12 March 2019 in Local News, Politics and City Council.",
    "Publié le 14 mars 2025 à 06h02, mis à jour le 14 mars 2025 à 09h15",
    "Aktualisiert am 14.03.2025 um 09:15 Uhr nach neuen Angaben der Polizei.",
    "Pubblicato il 14 marzo 2025 alle 06:02, aggiornato alle 09:15 con le reazioni.",
    "Обновлено 14 марта 2025 года в 09:15 после заявления пресс-службы мэрии города.",
])
def test_round_21_a_stamp_with_its_date_up_front_still_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("byline", line)]


def _live_blog(lang: str, stamps: list[str], entries: list[list[str]], footer: list[str],
               head: list[str], tail: list[str]) -> NoisyCase:
    """A live blog: each entry under its time, a poster's footer between entries. The times are
    neither kept nor dropped here: the dev pages de-live and de-liveblog keep them as the body's,
    the first one above the body may go with the page's head."""
    blocks = [head]
    for n, (stamp, entry) in enumerate(zip(stamps, entries)):
        blocks.append(["-" + stamp])
        blocks.append(["+" + line for line in entry])
        if n < len(entries) - 1:
            blocks.append(["-" + line for line in footer])
    blocks.append(tail)
    case = page_from_blocks(f"{lang}-live-blog", blocks)
    return NoisyCase(case.name, case.raw, case.keep, tuple(d for d in case.drop if d not in stamps))


_LIVE_BLOGS = {
    "en": _live_blog(
        "en", ["3:15 PM EST", "2:40 PM EST", "1:05 PM EST"],
        [["Ferry strike enters its second day",
          "Crews on the island routes walked out again on Thursday morning, stranding about 4,000 "
          "passengers on both sides of the sound, many of them commuters who had already missed a "
          "day of work on Wednesday and had been promised that the dispute would be settled overnight.",
          "The harbour master said the first sailing of the day had been cancelled at 5 a.m., and that "
          "no sailings were expected before the evening, when union officials and the operator are "
          "due to meet again at the offices of the conciliation service in the city centre."],
         ["What the union is asking for",
          "The union's demands fall into three groups:",
          "a pay rise in line with inflation", "a cap on double shifts", "new life jackets on older boats"],
         ["Operator calls the walkout unlawful",
          "The ferry company said in a statement that the strike had not been properly balloted and "
          "that it would seek an injunction.",
          "\"We will not be held to ransom,\" the statement said."]],
        ["Posted by Ana Lopez", "Share"],
        ["-Island Herald", "-News", "-Sport", "-Weather", "-Opinion", "-LIVE",
         "+Ferry strike: live updates as crews walk out again",
         "-By Ana Lopez and Sam Reid", "-Updated March 6, 2025 3:20pm EST"],
        ["-Load more updates", "-Related Topics", "-Ferries", "-Strikes", "-Transport",
         "-© 2025 Island Herald. All rights reserved."]),
    "de": _live_blog(
        "de", ["16:40 Uhr", "15:05 Uhr", "13:30 Uhr"],
        [["Fährstreik geht in den zweiten Tag",
          "Die Besatzungen der Inselfähren haben am Donnerstagmorgen erneut die Arbeit niedergelegt, "
          "rund 4.000 Fahrgäste sitzen fest."],
         ["Das fordert die Gewerkschaft",
          "Die Forderungen der Gewerkschaft lassen sich in drei Punkten zusammenfassen:",
          "mehr Lohn zum Ausgleich der Inflation", "weniger Doppelschichten", "neue Rettungswesten"],
         ["Reederei nennt den Streik rechtswidrig",
          "Die Reederei erklärte, der Streik sei nicht ordnungsgemäß beschlossen worden, und kündigte "
          "eine einstweilige Verfügung an.",
          "„Wir lassen uns nicht erpressen“, hieß es in der Erklärung."]],
        ["Teilen", "Link kopieren"],
        ["-Inselbote", "-Nachrichten", "-Sport", "-Wetter", "-Meinung", "-LIVE",
         "+Fährstreik: Alle Entwicklungen im Liveticker",
         "-Von Jana Keller und Tom Brandt", "-Aktualisiert am 06.03.2025, 16:45 Uhr"],
        ["-Weitere Einträge laden", "-Mehr zum Thema", "-Fähren", "-Streik", "-Verkehr",
         "-© 2025 Inselbote. Alle Rechte vorbehalten."]),
}


@pytest.mark.parametrize("lang", sorted(_LIVE_BLOGS))
def test_round_21_a_live_blogs_later_entries_are_no_comment_thread(lang):
    # a live blog prints each entry under its time of day, a poster's line and a share button
    # between entries: the later times look like commenters', but their entries are the article's
    # (a subheading, paragraphs, a list), shaped like the body's first entry under its own time
    assert _problems(_LIVE_BLOGS[lang], lang) == []


def test_round_21_a_thread_of_bare_times_with_replies_is_still_a_thread():
    # commenters under the article: a time of day over each comment and a reply button under it;
    # the times are shaped like the entry time over the body, but the replies make it a thread
    case = page_from_blocks("thread-of-times", [
        ["-Valley Courier", "-News", "-Sport", "-Opinion"],
        ["+Bus fares to rise by ten pence in April"],
        ["-14:05"],
        ["+The county council approved the rise on Tuesday after a two-hour debate in which "
         "opposition members called it a tax on the poor.",
         "+The council says the extra money will keep three rural routes running until next year."],
        ["-Share", "-Comments (3)"],
        ["-15:12", "-Another rise, and the buses are still late every morning.", "-Reply"],
        ["-16:40", "-At least the rural routes stay, that is something for the villages.", "-Reply"],
        ["-© 2025 Valley Courier"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line", [
    "The opinions in this blog are the authors' own and do not reflect the views of the editors.",
    "Cet espace est ouvert aux lecteurs. Ses contenus n'engagent pas la rédaction.",
    "Die Beiträge der Community geben nicht die Meinung der Redaktion wieder.",
    "I post dei lettori non impegnano la redazione.",
    "Blogi są przestrzenią czytelników i nie odzwierciedlają stanowiska redakcji.",
    "Материалы блогов не отражают позицию редакции.",
])
def test_round_21_a_platforms_disclaimer_naming_the_newsroom_goes(line):
    # the publisher disowning the contributors' views, naming its newsroom, without "necessarily"
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [r.text for r in find_noise(raw)] == [line]


@pytest.mark.parametrize("line", [
    "The new rules do not reflect the editors' concerns about sources, the union said.",
    "Les élus ne reflètent pas la diversité de la ville.",
])
def test_round_21_a_sentence_about_not_reflecting_stays(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert find_noise(raw) == []


@pytest.mark.parametrize("header", [
    "More in this section", "Dans la même rubrique", "Mehr aus dem Ressort",
    "Altri articoli della stessa sezione", "Więcej z działu", "Другие новости рубрики",
])
def test_round_21_a_box_of_the_sections_headlines_goes_in_mid_article(header):
    # a header naming the section over two headlines, between two paragraphs of the article
    case = page_from_blocks("section-box", [
        ["+Harbour vote delayed"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting that ran past "
         "midnight, the third delay this year."],
        ["-" + header, "-Ferry fares to rise by a fifth in the spring", "-New car park opens at the marina"],
        ["+The vote is now expected on April 12, when the council meets again to decide on the "
         "dredging contract and the new pontoons."],
        ["+Opponents say they will keep campaigning until then, and a petition has 1,200 signatures."],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("box", [
    ["Get Jane Doe's stories in your inbox", "Join Medium for free to get updates from this writer.", "Subscribe"],
    ["Recevez les articles de Jean Dupont dans votre boîte mail", "S'abonner"],
    ["Erhalte neue Beiträge von Jana Keller in dein Postfach", "Jetzt abonnieren"],
    ["Ricevi gli articoli di Marco Bellini nella tua casella email", "Iscriviti"],
    ["Otrzymuj nowe teksty autora na swoją skrzynkę", "Zapisz się"],
    ["Получайте новые статьи автора на почту", "Подписаться"],
])
def test_round_21_a_writers_follow_box_goes_in_mid_article(box):
    raw = BODY_BEFORE + "\n".join(box) + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == ["\n".join(box)]


def test_round_21_receiving_news_in_a_sentence_stays():
    for line in ("Residents get their water bills in the post, not in their inbox, the clerk said.",
                 "Les habitants reçoivent leurs factures par la poste depuis 2019."):
        assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("lang, byline, stamp", [
    ("it", "A cura di Luca Esposito", "14 Marzo 2025 06:02"),
    ("pl", "Opracowanie: Anna Nowak", "Piątek, 14 marca 2025 (06:02)"),
    ("en", "Text: Dana Whitfield", "March 14, 2025 6:02 am"),
])
def test_round_21_a_byline_block_under_the_standfirst_goes(lang, byline, stamp):
    # the title, a standfirst, then the page's byline block (a writer's role and name, the date),
    # then the body: the head ends under the block, not at the standfirst
    case = page_from_blocks("byline-block", [
        ["-Courier", "-News", "-Politics", "-Sport", "-Weather"],
        ["+Harbour vote delayed for the third time this year"],
        ["+The council says it needs more time to study the dredging contract, opponents say it is "
         "stalling until after the election."],
        ["-" + byline, "-" + stamp],
        ["+The council postponed its vote on Tuesday after a long and angry meeting that ran past "
         "midnight, the third delay this year."],
        ["+The vote is now expected on April 12, when the council meets again to decide on the "
         "dredging contract and the new pontoons."],
        ["-Share", "-© 2025 Courier"],
    ])
    assert _problems(case, lang) == []


def test_round_21_two_paragraphs_with_a_short_line_between_stay():
    # a standfirst and a paragraph with a subheading between: no stamp, no byline block
    case = page_from_blocks("standfirst-subheading", [
        ["-Courier", "-News", "-Politics", "-Sport", "-Weather"],
        ["+Harbour vote delayed for the third time this year"],
        ["+The council says it needs more time to study the dredging contract, opponents say it is "
         "stalling until after the election."],
        ["+What happens next"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting that ran past "
         "midnight, the third delay this year."],
        ["+The vote is now expected on April 12, when the council meets again to decide on the "
         "dredging contract and the new pontoons."],
        ["-Share", "-© 2025 Courier"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line, credited", [
    ("Zdjęcie ilustracyjne /Piotr Kamionka /Reporter", True),
    ("Premier podczas konferencji /Leszek Szymański /PAP", True),
    ("Le maire de Lyon au conseil municipal /AFP", True),
    ("Заседание правительства /Иван Петров /ТАСС", True),
    ("The 2024 /25 season was the longest on record.", False),
    ("Choose red /Blue", False),
])
def test_round_21_a_caption_with_its_credits_run_on_after_slashes(line, credited):
    from spinscope.ingest.clean import _is_slash_credited_caption
    assert _is_slash_credited_caption(line) is credited


@pytest.mark.parametrize("line", [
    "Ogni giorno scriviamo ciò che altri tacciono. Per continuare abbiamo bisogno di te.",
    "We need your support to keep our reporting free for everyone.",
    "Potrzebujemy Twojego wsparcia, by dalej pisać o regionie.",
    "Pour continuer à enquêter, nous avons besoin de vous.",
    "Unabhängiger Journalismus kostet Geld. Dafür brauchen wir Sie.",
    "Чтобы работать дальше, нам нужна ваша поддержка.",
])
def test_round_21_the_site_saying_it_needs_the_reader_goes(line):
    # a support box's appeal: the site as "we" needing "you", in the box or on its own
    assert [r.text for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [line]


@pytest.mark.parametrize("line", [
    "\"We need your help,\" the mayor told volunteers at the harbour.",
    "We need your help, the mayor told volunteers at the harbour.",
    "The coach said the team needs more time to prepare for the final.",
])
def test_round_21_a_quoted_or_reported_appeal_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("lang, box", [
    ("it", ["Sostieni Il Corriere del Porto", "Raccontiamo ogni giorno il porto e la città. Per farlo "
            "abbiamo bisogno di te.", "Sostienici ora", "Grazie, la redazione",
            "Gentile lettore, i commenti sono sospesi dalle 20 alle 9 e chiusi dopo 72 ore."]),
    ("fr", ["Soutenez Le Courrier du Port", "Nous racontons chaque jour le port et la ville. Pour cela, "
            "nous avons besoin de vous.", "Je soutiens", "Merci, la rédaction",
            "Cher lecteur, les commentaires sont fermés la nuit et rouvrent à 8 heures."]),
])
def test_round_21_a_support_box_and_a_comment_notice_above_the_thread_go(lang, box):
    # the box's header, its appeal, its button and the newsroom's sign-off, then a notice to the
    # reader about the comments, above a thread of two commenters with relative dates
    case = page_from_blocks(f"{lang}-support-box", [
        ["-Il Porto", "-Politica", "-Cronaca", "-Sport", "-Meteo"],
        ["+Porto, slitta ancora il voto sul bilancio"],
        ["-Politica | di Giulia Ferri | 14 Marzo 2025"],
        ["+Il consiglio comunale ha rinviato per la terza volta il voto sul bilancio del porto, dopo una "
         "seduta di oltre quattro ore conclusa a tarda notte."],
        ["+Il nuovo voto è previsto per il 12 aprile, quando il consiglio tornerà a riunirsi per "
         "decidere sul contratto di dragaggio e sui nuovi pontili."],
        ["-" + line for line in box],
        ["-12 commenti"],
        ["-marco_bo", "-3 ore fa", "-Era tutto prevedibile, bastava leggere i numeri.", "-Rispondi"],
        ["-Luisa66", "-2 ore fa", "-E intanto il porto aspetta ancora.", "-Rispondi"],
    ])
    assert _problems(case, lang) == []


def test_round_21_a_menus_last_item_is_no_short_title():
    # a menu printed one item per line, the site's name first, then the section and date row: the
    # last item ("Tv") is the menu's; a short title in a block of its own stays
    blocks = [["-Il Corriere", "-Politica", "-Esteri", "-Blog", "-Tv"],
              ["-Politica | di Redazione | 14 Marzo 2025"],
              ["+Regioni, chiesto un rinvio di un anno: «Mancano i fondi per i servizi essenziali»"],
              ["+La conferenza dei presidenti delle Regioni ha approvato all'unanimità un documento che "
               "chiede al governo di rinviare l'attuazione delle intese."],
              ["+Il ministro ha detto che il testo sarà esaminato con attenzione nella prossima settimana."],
              ["-© 2025 Il Corriere"]]
    assert _problems(page_from_blocks("menu-last-item", blocks), "it") == []
    titled = [blocks[0][:-1], ["+Regioni, rinvio"], *blocks[1:3][:1], *blocks[3:]]
    assert _problems(page_from_blocks("short-title", titled), "it") == []


@pytest.mark.parametrize("line", [
    "Copy link Link copied!", "Copier le lien Lien copié", "Link kopieren Link kopiert",
    "Copia link Link copiato", "Kopiuj link Skopiowano link", "Копировать ссылку Ссылка скопирована",
])
def test_round_21_a_copy_link_button_with_its_toast_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("share widget", line)]


@pytest.mark.parametrize("line", [
    "Show more comments (27)", "Voir plus de commentaires (8)", "Weitere Kommentare anzeigen (12)",
    "Mostra altri commenti (3)", "Pokaż więcej komentarzy (27)", "Показать все комментарии (45)",
])
def test_round_21_a_show_more_comments_button_with_its_count_goes(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("comment thread", line)]


def test_round_21_a_sentence_about_more_comments_stays():
    line = "Show more comments than ever were filed this year, the clerk said (27 in all)."
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Piątek, 14 marca 2025 (06:02)", "Friday, March 14, 2025 (6:02)", "14.03.2025 (10:30 Uhr)",
    "venerdì 14 marzo 2025 (06:02)",
])
def test_round_21_a_date_with_the_time_in_brackets_under_the_title_goes(line):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("byline", line)]


def test_round_21_a_dateline_with_a_bracket_stays():
    raw = ("Harbour vote delayed\n\nThe vote was held on 14 March 2025 (the third attempt).\n\n"
           + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER)
    assert find_noise(raw) == []


# --- round 22: shapes from set 23 (developed on it) ----------------------------------------

@pytest.mark.parametrize("line", [
    "Revised figures take effect in the spring, and tenants who miss the deadline face new charges.",
    "Updated maps show that the flood zone now reaches three streets further than planned in 2019.",
    "Posted notices on the school gates tell parents that buses will stop running on May 3.",
    "Mis à jour en 2021, le schéma régional prévoyait déjà la disparition de la ligne de bus.",
    "Veröffentlicht im März 2020, enthielt der Bericht bereits alle Warnungen der Feuerwehr.",
    "Aggiornato nel 2022, il regolamento comunale vietava già la sosta lungo il lungolago.",
    "Opublikowano w 2023 r., raport wskazywał już na braki kadrowe w czterech szpitalach powiatowych.",
])
def test_round_22_a_sentence_going_on_after_a_stamp_word_stays(line):
    # the stamp's word before a noun ("Updated maps show ...") or a participle clause closed by a
    # comma before the main clause: the line goes on in words of its own, whatever its numbers
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Updated 9:15 ET March 11, 2025 with comments from the mayor's office and the police.",
    "Posted about 3 hours ago by admin in Local News and Council Meetings",
    "Mis à jour le 11 mars 2025 à 09h15, après la réunion en préfecture des élus du territoire.",
    "Opublikowano 11.03.2025, 09:15, po konferencji prasowej wojewody w urzędzie wojewódzkim.",
    "Aggiornato il 11/03/2025 alle 09:15, con le dichiarazioni del sindaco e della prefettura.",
])
def test_round_22_a_stamp_with_its_note_still_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("byline", line)]


@pytest.mark.parametrize("line", [
    "Share: Facebook, LinkedIn, Email", "Share this story: Bluesky · Threads · Copy link",
    "Partager : Facebook | LinkedIn | Copier le lien", "Teilen mit: Facebook WhatsApp Xing E-Mail",
    "Condividi l'articolo: Facebook · X · Copia link", "Udostępnij artykuł: Facebook, WhatsApp, E-mail",
    "Поделиться: Telegram · ВКонтакте · WhatsApp", "Share on LinkedIn Share on Bluesky Share via Email",
])
def test_round_22_a_share_bar_listing_its_networks_goes(line):
    # a share label and the networks or buttons it lists, or share buttons run together
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("share widget", line)]


@pytest.mark.parametrize("line", [
    "Share prices on Facebook's parent fell 4 percent after the ruling.",
    "Partager les frais avec Telegram n'a jamais été envisagé, selon la direction.",
])
def test_round_22_a_sentence_naming_networks_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Enjoyed this piece? Send it to a friend.", "Vous avez aimé ? Transférez-le à un ami.",
    "Hat Ihnen der Text gefallen? Leiten Sie ihn weiter an einen Freund.",
    "Ti è piaciuto? Inoltralo a un amico.", "Podobał się? Przekaż znajomemu.",
    "Понравилось? Перешлите другу.",
])
def test_round_22_a_forward_to_a_friend_prompt_after_the_article_goes(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [r.text for r in find_noise(raw)] == [line]


def test_round_22_a_last_sentence_about_a_friend_stays():
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\nHe said he would pass the letter to a friend at the ministry."
    assert find_noise(raw) == []


@pytest.mark.parametrize("line", [
    "This story is more than 2 years old", "Cet article a plus de deux ans.",
    "Dieser Beitrag ist älter als ein Jahr", "Questo articolo ha più di 3 anni",
    "Ten artykuł ma ponad 2 lata", "Эта статья опубликована более двух лет назад",
    "This article was machine-translated from Spanish.", "Cet article a été traduit automatiquement de l'anglais.",
    "Dieser Text wurde automatisch aus dem Französischen übersetzt.",
    "Questo articolo è stato tradotto automaticamente.", "Ten artykuł został przetłumaczony maszynowo.",
    "Этот материал автоматически переведен с английского.",
])
def test_round_22_the_pages_age_or_machine_translation_above_the_text_goes(line):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]


@pytest.mark.parametrize("line", [
    "The harbour law is more than 100 years old.",
    "This article of the charter is more than 200 years old, the judge noted, and still binding.",
    "Questo articolo della Costituzione ha più di 70 anni, ha ricordato il giudice.",
    "Материал дела составляет более 300 томов.",
    "The treaty was translated automatically, the clerk admitted, and nobody checked it.",
])
def test_round_22_a_sentence_about_age_or_translation_stays(line):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert find_noise(raw) == []


@pytest.mark.parametrize("line", [
    "This article is free to read for you. Subscribe to read all our articles.",
    "Ce contenu vous est offert. Abonnez-vous pour lire tous nos articles.",
    "Text: Anna Weber, Fotos: Jan Roth", "Tekst: Marta Nowak, zdjęcia: Piotr Lis",
    "Testo di Giulia Ferri, foto di Marco Sala",
])
def test_round_22_a_banner_or_credits_under_the_title_go(line):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == [line]


@pytest.mark.parametrize("line", [
    "Comments (12) Log in to comment", "Kommentare (3) Melden Sie sich an, um zu kommentieren",
    "Commenti (5) Accedi per commentare", "Комментарии (7) Войдите, чтобы оставить комментарий",
])
def test_round_22_a_comment_counter_and_its_log_in_prompt_go(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [r.text for r in find_noise(raw)] == [line]


@pytest.mark.parametrize("line", [
    "Notre site dépose des cookies pour mesurer l'audience. En poursuivant, vous acceptez leur usage.",
    "Unsere Website setzt Cookies ein, um die Nutzung zu analysieren.",
    "Il nostro sito impiega cookie tecnici e di profilazione. Navigando su questo sito accetti.",
    "Nasz serwis stosuje pliki cookie. Korzystając ze strony, zgadzasz się na ich zapisywanie.",
    "Наш сайт сохраняет файлы куки. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
])
def test_round_22_a_cookie_banner_with_the_site_as_its_subject_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("cookie notice", line)]


def test_round_22_a_sentence_about_cookies_stays():
    line = "Using cookies without consent, the regulator said, cost the retailer a fine of 2 million euros."
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "The flooded square on Tuesday morning. Photo The Valley Courier /Jane Holt",
    "Le pont fermé à la circulation. Photo Le Journal du Val /Paul Roux",
    "Die gesperrte Brücke am Dienstag. Foto: Stadt Haselbruch",
    "Il ponte chiuso al traffico (foto Mattia Rossi)",
    "Zalany rynek we wtorek rano (fot. Jan Nowak)",
    "Затопленная площадь во вторник утром (фото Олега Ланского)",
])
def test_round_22_a_caption_with_its_credit_after_it_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("photo caption", line)]


@pytest.mark.parametrize("line", [
    "The bank cut its rates on Tuesday. Credit Suisse shares fell 4 percent.",
    "The council published the photo (taken in 2019) on its website.",
    "He showed the photo to the committee. Photo Finish, his company, denied it.",
])
def test_round_22_a_sentence_naming_a_photo_or_a_credit_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "View gallery (12 photos)", "Voir la galerie (6 photos)", "Zur Bildergalerie: 9 Bilder",
    "Guarda la fotogallery (10 foto)", "Zobacz galerię (14 zdjęć)", "Смотреть фотогалерею (15 фото)",
    "‹ Previous", "Next ›", "« Précédent", "Weiter ›", "Poprzednie ‹", "Далее →",
])
def test_round_22_a_gallery_opener_and_its_arrows_go(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("photo gallery", line)]


@pytest.mark.parametrize("line", [
    "The gallery has 12 photos of the flood.", "Next, the council will vote on the budget.",
    "La galerie expose 40 photos de la crue jusqu'au 3 mai.",
])
def test_round_22_a_sentence_about_a_gallery_or_next_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Support local reporting. Subscribe today.", "Soutenez notre rédaction. Faites un don.",
    "Unterstützen Sie uns. Spenden Sie jetzt!", "Sostieni il giornalismo locale. Abbonati ora.",
    "Wesprzyj niezależne media. Wpłać teraz.", "Поддержите редакцию. Подпишитесь сегодня.",
])
def test_round_22_an_appeal_of_calls_to_action_in_mid_article_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("self-promotion", line)]


@pytest.mark.parametrize("line", [
    "Learn more about our corrections policy", "En savoir plus sur notre méthode de vérification",
    "Mehr über unsere Arbeitsweise", "Scopri di più sul nostro metodo",
    "Dowiedz się więcej o naszej metodologii", "Подробнее о нашей методике",
])
def test_round_22_a_link_about_the_site_itself_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("self-promotion", line)]


@pytest.mark.parametrize("line", [
    "Support the strike. Join the march on Saturday, the union told its 4,000 members.",
    "Learn more about our history, the mayor told the pupils, and you will love this town.",
    "Follow the money. That was the advice of the auditor who found the missing $2 million.",
])
def test_round_22_a_sentence_opening_with_a_call_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


def test_round_22_a_button_naming_the_site_printed_in_its_noise_goes():
    raw = (BODY_BEFORE + "Share The Valley Courier\n\n"
           "The mayor said the harbour would reopen in May, after the repairs." + BODY_AFTER
           + "\n\nThanks for reading The Valley Courier! Subscribe for free to receive new posts.")
    assert [r.text for r in find_noise(raw)] == [
        "Share The Valley Courier", "Thanks for reading The Valley Courier! Subscribe for free to receive new posts."]


def test_round_22_a_line_naming_a_name_the_noise_does_not_print_stays():
    line = "Support Grows For Harbour Plan"
    raw = BODY_BEFORE + line + "\n\nThe mayor said the harbour would reopen in May, after the repairs." + BODY_AFTER
    assert find_noise(raw) == []


@pytest.mark.parametrize("line", [
    "Pollen count: grass high, birch low", "Radars aujourd'hui : A7, RN 86 (80 km/h)",
    "Spritpreise heute: Super 1,79, Diesel 1,69", "Autovelox oggi: SS 36, Lecco",
    "Fotoradary dziś: Kraków, ul. Opolska", "Пыльца сегодня: береза высокая, ольха низкая",
])
def test_round_22_a_service_box_with_its_readings_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("data widget", line)]


@pytest.mark.parametrize("line", [
    "Speed cameras: the council installed two, the police asked for four.",
    "Pollen: a problem for 12 percent of pupils, the survey found.",
])
def test_round_22_a_sentence_about_a_service_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


# --- round 23 (developed on held-out set 24) ---------------------------------------------------

def _fact_box_page(name: str, lang_blocks: list[list[str]]) -> NoisyCase:
    """A page with a menu, a byline, two paragraphs, ``lang_blocks`` between them, a closing
    paragraph and a share row and footer: chrome at both edges, so the page rules run."""
    return page_from_blocks(name, [
        ["-HOME", "-NEWS", "-SPORT", "-VIDEO"],
        ["+Riverside edge past Northfield in a tense derby at the Mill Lane ground"],
        ["-By Lena Holt, Sports Reporter", "-Sunday 9 March 2025 18:04"],
        ["+Riverside beat Northfield on Sunday with a late goal from their captain, after a match "
         "that was level for most of the afternoon.",
         "+The home side had more of the ball but created little until the final ten minutes of play."],
        *lang_blocks,
        ["+Riverside play away at Eastbury next weekend in what their coach called the biggest game of the year."],
        ["-Share", "-Facebook", "-X", "-WhatsApp"],
        ["-© Riverside Sports Network 2025", "-Privacy", "-Terms"],
    ])


@pytest.mark.parametrize("blocks", [
    [["+Key facts", "+Scorers: Hale 88 (Riverside)", "+Crowd: 3,210", "+Referee: Amir Lutz"]],
    [["+Le match en bref", "+Buts : Hale 88e (Riverside)", "+Spectateurs : 3 210", "+Arbitre : Amir Lutz"]],
    [["+Die Fakten", "+Tore: Hale 88.", "+Zuschauer: 3210", "+Schiedsrichter: Amir Lutz"]],
    [["+Il tabellino", "+Reti: Hale 88'", "+Spettatori: 3.210", "+Arbitro: Amir Lutz"],
     ["+La classifica in vetta", "+1. Riverside, 27 partite, 58 punti", "+2. Northfield, 27 partite, 55 punti"]],
    [["+W liczbach", "+Bramki: Hale 88.", "+Widzów: 3210", "+Sędzia: Amir Lutz"]],
    [["+Справка", "+Голы: Хейл, 88", "+Зрители: 3210", "+Судья: Амир Лутц"],
     ["+Верх таблицы", "+1. Риверсайд, 27 игр, 58 очков", "+2. Нортфилд, 27 игр, 55 очков"]],
])
def test_round_23_a_fact_box_between_paragraphs_is_the_articles(blocks):
    # round 23: a header over "label: value" rows or a numbered table between two paragraphs
    # scored as labels, cut the body, and went with the tail down to the page's end
    assert _problems(_fact_box_page("fact-box", blocks), "en") == []


def test_round_23_a_contact_box_or_a_box_at_the_articles_end_is_no_fact_box():
    from spinscope.ingest.page_blocks import _is_fact_row
    assert _is_fact_row("Referee: Amir Lutz") and _is_fact_row("2. Northfield, 27 partite, 55 punti")
    assert not _is_fact_row("Email: press@riverside.example.com")
    assert not _is_fact_row("Tél. : 01 23 45 67 89")
    assert not _is_fact_row("Share: Facebook | X | WhatsApp")
    # a box of related headlines at the end, with no paragraph under it, still goes
    case = page_from_blocks("most-read-end", [
        ["-HOME", "-NEWS", "-SPORT", "-VIDEO"],
        ["+Riverside edge past Northfield in a tense derby at the Mill Lane ground"],
        ["-By Lena Holt, Sports Reporter", "-Sunday 9 March 2025 18:04"],
        ["+Riverside beat Northfield on Sunday with a late goal from their captain, after a match "
         "that was level for most of the afternoon.",
         "+The home side had more of the ball but created little until the final ten minutes of play."],
        ["-Most read", "-1. Coach quits after cup exit", "-2. Stadium plan approved", "-3. Derby tickets sold out"],
        ["-Share", "-Facebook", "-X", "-WhatsApp"],
        ["-© Riverside Sports Network 2025", "-Privacy", "-Terms"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line", [
    "Bet on Riverside to win: 7/2 | 18+ | Gamble responsibly | T&Cs apply",
    "Pariez sur le derby : cote 3,50 | 18+ | Jouer comporte des risques",
    "Jetzt Sportwetten sichern: Quote 2,8 | 18+ | Glücksspiel kann süchtig machen",
    "Scommetti sul derby: quota 3,50 | 18+ | Il gioco può causare dipendenza",
    "Obstaw derby: kurs 3,50 | 18+ | Hazard może uzależniać",
    "Ставки на дерби: коэффициент 3,5 | 18+ | Играйте ответственно",
])
def test_round_23_a_betting_ad_with_its_age_limit_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("advertisement", line)]


@pytest.mark.parametrize("line", [
    "The film is rated 18+ and opens in 40 cinemas on Friday, the distributor said.",
    "Bettors placed 2 million euros on the derby, the regulator said, but not one of them was under 18.",
])
def test_round_23_a_sentence_about_an_age_rating_or_bets_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Zu den Kommentaren (23)", "Pokaż komentarze (17)", "Voir les commentaires (4)",
    "Vai ai commenti (3)", "Читать комментарии (9)", "Jump to comments (12)",
])
def test_round_23_a_link_to_the_comments_with_its_count_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("comment count", line)]


@pytest.mark.parametrize("line", [
    "НАСТОЯЩИЙ МАТЕРИАЛ ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО «СЕВЕРНЫЙ ВЕСТНИК»",
    "Данный материал создан и (или) распространен иностранным средством массовой информации, "
    "выполняющим функции иностранного агента",
    "This material was created and/or distributed by a foreign mass media outlet performing the "
    "functions of a foreign agent",
])
def test_round_23_a_foreign_agent_label_goes(line):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER.lstrip("\n")
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]


def test_round_23_a_report_about_the_foreign_agent_law_stays():
    line = ("The ministry said every material distributed by a foreign agent must carry a label, "
            "and fined two outlets on Monday.")
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


def test_round_23_a_comments_heading_with_its_article_is_left_to_the_page_rules():
    # round 23: "Les commentaires (3)" is no link to the thread: the page rules take it as the
    # tail's chrome, with the box of related headlines above it (had the line rules taken it,
    # the box would have lost that evidence and stayed)
    case = page_from_blocks("related-over-thread", [
        ["-Accueil", "-Économie"],
        ["+La ville rachète le port de plaisance pour 12 millions d'euros"],
        ["-Par Claire Vidal", "-Publié le 14/02/2025 à 08h10"],
        ["+Le conseil municipal a voté jeudi soir le rachat du port de plaisance, géré depuis trente "
         "ans par une société privée.",
         "+L'opposition dénonce un prix trop élevé et demande une expertise indépendante avant la signature."],
        ["-Les articles à lire aussi ce matin", "-Port : la concession arrive à son terme",
         "-Budget 2025 : la ville emprunte de nouveau"],
        ["-Les commentaires (3)", "-Signaler un contenu abusif"],
        ["-Marin56", "-le 14/02/2025 à 09:02", "-Enfin une bonne nouvelle.", "-Répondre"],
        ["-Paulo", "-le 14/02/2025 à 09:40", "-Et qui paie ?", "-Répondre"],
        ["-Mentions légales", "-© Le Courrier du Port"],
    ])
    assert _problems(case, "fr") == []


@pytest.mark.parametrize("line", [
    "#polska #samorzad #kamienicadolna", "#Politik #Berlin #Haushalt", "#politique, #Lyon, #budget",
    "#politica #Roma", "#Москва #транспорт #метро", "#election #council",
])
def test_round_23_a_line_of_hashtags_alone_is_the_tags(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("tags", line)]


@pytest.mark.parametrize("line", [
    "Schriftgröße: A- A A+", "Taille du texte : A- A+", "Dimensione testo A- A+",
    "Rozmiar czcionki: A A A", "Размер шрифта: А- А+", "Text size A- A+",
])
def test_round_23_a_text_size_control_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("share widget", line)]


@pytest.mark.parametrize("line", [
    "Protesters shouted #NotMyCouncil outside the town hall until the police arrived.",
    "The school was rated A, then A again, the inspectors said in their report.",
])
def test_round_23_a_sentence_with_a_hashtag_or_a_grade_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Download the full report (PDF, 1.2 MB)", "Télécharger le rapport annuel (PDF, 2,1 Mo)",
    "Pressemitteilung herunterladen (PDF, 300 KB)", "Scarica il bando (PDF, 2 MB)",
    "Pobierz regulamin (PDF, 480 KB)", "Скачать отчёт (PDF, 1,2 МБ)",
])
def test_round_23_a_download_link_with_its_file_type_and_size_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("share widget", line)]


def test_round_23_a_sentence_about_a_download_stays():
    line = "The report, which residents can download from the council's website, runs to 212 pages (PDF)."
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


# --- round 24 (developed on held-out set 25) --------------------------------------------------

@pytest.mark.parametrize("line", [
    "Acquista ora su Amazon – 64,90 €", "Buy now on Amazon – $64.90", "Jetzt bei Amazon kaufen",
    "Voir l'offre sur Amazon", "Kup na Allegro – 249 zł", "Купить на Ozon – 5 990 ₽",
    "Io uso questa pentola in ghisa: la trovi su Amazon", "You can find it on Amazon",
])
def test_round_24_an_affiliate_box_button_goes_wherever_it_stands(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("advertisement", line)]


@pytest.mark.parametrize("line", [
    "In qualità di Affiliato Amazon ricevo un guadagno dagli acquisti idonei.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.",
    "En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.",
    "Jako partner Amazon zarabiam na kwalifikujących się zakupach.",
])
def test_round_24_a_shop_partner_programme_disclosure_goes_wherever_it_stands(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("site notice", line)]


@pytest.mark.parametrize("line", [
    "Amazon sells the same pan for $64.90, about half the shop's price.",
    "Buy it on Amazon, the shop assistant advised, and it will arrive tomorrow.",
    "Shoppers can buy it on Amazon for $20.",
    "Der Konzern kündigte an, bei Otto kaufen zu wollen.",
    "Il programma di affiliazione di Amazon paga ai blog una commissione, ha detto il garante.",
    "This post may contain affiliate links.",  # in mid-article, the article's (see the edges test)
])
def test_round_24_a_sentence_about_a_shop_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Riproduzione vietata di qualsiasi tipo: così recitava il cartello appeso all'ingresso della bottega.",
    "Reproduction interdite sans autorisation, disait l'affiche collée sur la vitrine.",
    "Reproduction without permission prohibited, the sign read, in red letters over the door.",
    "Przedruk zabroniony bez zgody – głosił napis nad drzwiami drukarni.",
    "Перепечатка запрещена без разрешения, гласила табличка у входа в типографию.",
])
def test_round_24_a_rights_notice_quoted_from_a_sign_is_the_article(line):
    assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line) == []


def test_round_24_a_rights_notice_of_the_site_still_goes():
    line = "Riproduzione vietata senza autorizzazione della redazione."
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line)] == [
        ("copyright", line)]


@pytest.mark.parametrize("span, stamp", [
    ("March 4, 1938 – November 21, 2026", "March 4, 2026 – Updated March 5, 2026"),
    ("4 marca 1938 – 21 listopada 2026", "12 marca 2024, 14:12"),
    ("4. März 1938 – 21. November 2026", "12.03.2024 14:12"),
    ("4 марта 1938 — 21 ноября 2026", "21 ноября 2026, 14:20"),
])
def test_round_24_a_span_of_two_dates_is_no_stamp(span, stamp):
    from spinscope.ingest.page_blocks import date_line
    assert date_line(span) is None
    assert date_line(stamp) is not None


@pytest.mark.parametrize("lang, name, dates", [
    ("en", "Edith Marjorie Callander", "March 4, 1938 – November 21, 2026"),
    ("pl", "Halina Maria Wrona", "4 marca 1938 – 21 listopada 2026"),
])
def test_round_24_an_obituarys_name_and_life_dates_stay(lang, name, dates):
    case = page_from_blocks("obituary-" + lang, [
        ["-Hollowfield Funeral Home", "-Home | Obituaries | Plan a Funeral | Contact Us", "-‹ Back to Obituaries"],
        ["+" + name, "+" + dates],
        ["-Send Flowers | Plant a Tree | Share a Memory"],
        ["+" + name + ", 88, of Pell Harbor, passed away peacefully at home on Saturday, surrounded by "
         "her family and friends.",
         "+She taught third grade at Pell Harbor Elementary for 34 years, and generations of students "
         "remember the reading corner she built.",
         "+A memorial service will be held at 11 a.m. on Saturday at St. Brendan's Church in Pell Harbor."],
        ["-Share Obituary: Facebook Twitter Email Print", "-Recent Obituaries",
         "-Harold J. Messner | December 1, 2026", "-Privacy Policy | Terms of Use | Accessibility"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, card", [
    ("it", ["Difficoltà: facile", "Preparazione: 20 minuti", "Cottura: 40 minuti", "Ingredienti per 4 persone",
            "– 800 g di zucca già pulita", "– 200 g di castagne lessate", "– 1 cipolla dorata"]),
    ("en", ["Difficulty: easy", "Prep time: 20 minutes", "Cook time: 40 minutes", "Ingredients for 4",
            "- 800 g pumpkin, peeled", "- 200 g cooked chestnuts", "- 1 onion"]),
    ("pl", ["Trudność: łatwa", "Przygotowanie: 20 minut", "Pieczenie: 40 minut", "Składniki na 4 porcje",
            "– 800 g dyni", "– 200 g kasztanów", "– 1 cebula"]),
])
def test_round_24_a_recipe_card_under_the_first_paragraph_is_the_article(lang, card):
    # rows of a label and a value right under a paragraph, then the ingredients list, with an ad
    # slot and a subheading between them and the method: the article's card, not the page's head
    case = page_from_blocks("recipe-" + lang, [
        ["-La Dispensa", "-Ricette · Primi · Secondi · Dolci · Shop", "-Home » Ricette » Primi piatti"],
        ["+Pumpkin and chestnut soup, the Sunday recipe", "-By Marta Ferrandi | 15 November 2026",
         "-Jump to recipe"],
        ["+When November comes the pumpkin is never missing from our kitchen, and this soup is the one "
         "my grandmother made.",
         *["+" + line for line in card]],
        ["-Advertisement"],
        ["+Method",
         "+Soften the chopped onion in two spoons of oil, then add the pumpkin and let it cook for five minutes.",
         "+Add the hot stock and three quarters of the chestnuts, cover and cook for half an hour.",
         "+Blend everything until smooth and serve with the remaining chestnuts crumbled on top."],
        ["-Print recipe", "-Save to Pinterest", "-Share on Facebook", "-23 comments"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "Märkte Aktien Immobilien Geldanlage Vorsorge Ratgeber",
    "Krankheiten Symptome Medikamente Ernährung Fitness Arztsuche",
    "Amministrazione Novità Servizi Vivere il Comune",
    "Wiadomości Region Wybory 2026 Sport Biznes",
    "Marchés Bourse Immobilier Placements Conseils",
    "Новости Выборы Общество Недвижимость Авто",
    "Markets Stocks Property Investing Advice",
])
def test_round_24_a_portals_menu_of_section_names_is_a_menu(line):
    from spinscope.ingest.page_blocks import _is_nav_row
    assert _is_nav_row(line)


@pytest.mark.parametrize("line", [
    "Election 2026 Results Live", "Aktien Stürzen Nach Zinsentscheid", "Wybory: Kmiecik Prowadzi W Borowicach",
])
def test_round_24_a_headline_is_no_menu(line):
    from spinscope.ingest.page_blocks import _is_nav_row
    assert not _is_nav_row(line)


@pytest.mark.parametrize("line", ["Przeczytasz w 5 minut", "Czas czytania: 4 minuty", "Temps de lecture : 5 min",
                                  "Lettura 4 min", "7 мин на чтение", "Reading time: 6 minutes"])
def test_round_24_a_reading_time_with_a_verb_of_reading_goes(line):
    assert [(r.reason, r.text) for r in find_noise(line.join(("Harbour vote delayed\n\n", "\n\n"))
                                                   + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER)] == [
        ("reading time", line)]


@pytest.mark.parametrize("line", ["Prep time: 20 minutes", "Cook time: 40 min", "Cottura: 40 minuti",
                                  "Zubereitungszeit: 30 Minuten", "Temps de cuisson : 25 min",
                                  "Czas pieczenia: 45 minut", "Время приготовления: 30 минут"])
def test_round_24_a_recipes_time_is_no_reading_time(line):
    from spinscope.ingest.clean import is_reading_time
    assert not is_reading_time(line) and not is_reading_time(line, under_title=True)


@pytest.mark.parametrize("line", [
    "[embed]https://www.youtube.com/watch?v=x7Qm2LpZk9c[/embed]", '[gallery ids="12,14,15"]',
    '[contact-form-7 id="42" title="Kontakt"]', "[youtube https://youtu.be/x7Qm2LpZk9c]",
    '[caption id="attachment_7" align="alignleft"]Le maire à Brest[/caption]',
])
def test_round_24_a_blog_shortcode_left_by_the_scraper_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("video embed", line)]


def test_round_24_words_in_square_brackets_stay():
    line = "[The minister later corrected the figure to 14 per cent.]"
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.",
    "Comments are moderated and may take a while to appear.",
    "I commenti sono moderati dalla redazione.", "Komentarze są moderowane.", "Комментарии проходят модерацию.",
    "Les commentaires sont modérés par la rédaction.",
])
def test_round_24_a_comment_moderation_notice_goes_after_the_article(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("comment form", line)]


@pytest.mark.parametrize("line", [
    "If you have been affected by any of the issues in this article, support is available from the "
    "Samaritans on 116 123.",
    "Besoin d'aide ? Appelez le 3114.",
    "Wenn Sie Suizidgedanken haben, hilft die Telefonseelsorge unter 0800 111 0 111.",
    "Se hai bisogno di aiuto, chiama il Telefono Amico al 02 2327 2327.",
    "Jeśli potrzebujesz pomocy, zadzwoń pod numer 116 123.",
    "Если вам нужна помощь, звоните по телефону доверия 8 800 2000 122.",
])
def test_round_24_a_helpline_notice_goes_after_the_article(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]


@pytest.mark.parametrize("line", [
    "Comments from residents are reviewed by the planning office each week.",
    "Comments on the draft were reviewed by the committee in May.",
    "If the council needs help, it can call on 300 volunteers.",
    "Support for the plan reached 116 votes.",
    "The helpline received 4,000 calls in March, twice as many as a year earlier.",
])
def test_round_24_a_last_sentence_about_comments_or_help_stays(line):
    assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line) == []


@pytest.mark.parametrize("line", [
    "Dieser Text wurde mit Unterstützung künstlicher Intelligenz erstellt und redaktionell geprüft.",
    "This article was written with the help of AI.",
    "Cet article a été rédigé avec l'aide d'une intelligence artificielle.",
    "Questo articolo è stato scritto con l'ausilio dell'intelligenza artificiale.",
    "Ten tekst powstał z pomocą sztucznej inteligencji.",
    "Этот материал подготовлен с помощью искусственного интеллекта.",
])
def test_round_24_a_notice_that_the_page_was_made_with_ai_goes(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]


@pytest.mark.parametrize("line", [
    "The study used AI to sort 3,000 letters from residents.",
    "Il sindaco ha parlato con l'ausilio di un interprete.",
])
def test_round_24_a_sentence_about_ai_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Words by Callum Brierly | Photography by Ines Marchetti", "Texte : Anne Roux | Photos : Marc Lebrun",
    "Text: Anna Weber | Fotos: Jan Roth", "Testo di Giulia Neri | Foto di Marco Sala",
])
def test_round_24_credits_joined_by_a_pipe_go_after_the_article(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [r.text for r in find_noise(raw)] == [line]


@pytest.mark.parametrize("line", [
    "Critique par Jérôme Vasseur", "Rezension von Anna Weber", "Recensione di Marco Sala", "Recenzja: Jan Nowak",
    "Рецензия: Иван Петров", "Medically reviewed by Dr. Jane Doe, MD",
    "Medizinisch geprüft von Dr. med. Felicitas Oberwinkler, Fachärztin für Dermatologie",
    "Проверено экспертом: Иван Петров", "Par la rédaction de Quimper", "Von der Redaktion",
])
def test_round_24_a_reviewers_or_the_newsrooms_signature_is_a_byline(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("byline", line)]


@pytest.mark.parametrize("line", [
    "Critique par les élus, la réforme a été retirée.", "Reviewed by the court, the case was dismissed.",
    "Reviewed by Harris, the plan was approved.",
])
def test_round_24_a_sentence_opening_with_review_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line, reason", [
    ("Cerca una ricetta...", "search box"), ("Search obituaries by name", "search box"),
    ("Szukaj w archiwum…", "search box"), ("Поиск по сайту...", "search box"),
    ("Note de la rédaction : ★★★★☆", "rating widget"), ("Note des spectateurs : 3,6 (1 284 notes)", "rating widget"),
    ("Bewertung: 4,2/5 (312 Bewertungen)", "rating widget"), ("Ocena: ★★★★☆", "rating widget"),
    ("Avec Bastien Laforgue, Noémie Sarrazin, Idriss Mbaye", "film box"),
    ("Mit Lena Vogt, Tom Brandt und Jonas Keller", "film box"), ("В ролях: Иван Петров, Анна Смирнова", "film box"),
    ("WKN: A3N7KP | ISIN: DE000A3N7KP4", "ticker"), ("ISIN: FR0000120271", "ticker"),
    ("Inhaltsverzeichnis: Ursachen · Pflege · Wann zum Arzt?", "table of contents"),
    ("Sommaire : Les causes · Les soins · Quand consulter", "table of contents"),
    ("Spis treści: Przyczyny · Leczenie · Profilaktyka", "table of contents"),
    ("Artykuł z wydania papierowego", "print edition"), ("From the print edition", "print edition"),
    ("Aus der gedruckten Ausgabe", "print edition"), ("Статья из печатного номера", "print edition"),
    ("Kup całe wydanie w e-kiosku – 3,49 zł", "paywall notice"), ("Lesen Sie die ganze Ausgabe im E-Paper", "paywall notice"),
    ("Achetez le numéro du jour – 2,90 €", "paywall notice"),
    ("Ваш email", "form field"), ("Votre adresse e-mail", "form field"), ("Ihre E-Mail-Adresse *", "form field"),
    ("Оформить подписку", "form field"),
    ("Add to Calendar", "event widget"), ("Get Directions", "event widget"), ("Dodaj do kalendarza", "event widget"),
    ("Ajouter au calendrier", "event widget"), ("Aggiungi al calendario", "event widget"),
])
def test_round_24_a_page_tool_or_box_line_goes_by_its_kind(line, reason):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [(reason, line)]


@pytest.mark.parametrize("line", [
    "Search for the missing boy continues", "Avec Paul, Marie et Jean, nous sommes partis.",
    "Mit Merkel, Scholz und Macron", "Read the issue again.", "Kup wydanie",
    "From the print edition of 1974, the headline was lost.", "Directions",
    "The contents: three letters · a photograph and a key were found in the box.",
])
def test_round_24_a_near_miss_of_a_page_tool_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Keine Anlageberatung: Die Inhalte stellen keine Aufforderung zum Kauf oder Verkauf von Wertpapieren dar.",
    "This is not financial advice.",
    "Le contenu de cet article ne constitue pas un conseil en investissement.",
    "Il contenuto non costituisce una sollecitazione all'investimento.",
    "Artykuł nie stanowi rekomendacji inwestycyjnej.",
    "Материал не является индивидуальной инвестиционной рекомендацией.",
])
def test_round_24_a_no_investment_advice_notice_goes_after_the_article(line):
    raw = BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line
    assert [(r.reason, r.text) for r in find_noise(raw)] == [("site notice", line)]


def test_round_24_a_sentence_about_investment_advice_stays():
    line = "The regulator said the newsletter's tips were investment advice and fined its author."
    assert find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line) == []


@pytest.mark.parametrize("line", [
    "Публикуется с разрешения автора. Оригинал опубликован в Facebook*",
    "Veröffentlichung mit freundlicher Genehmigung des Autors.",
    "Pubblicato per gentile concessione dell'autore.", "Publikujemy za zgodą autora.",
    "Publié avec l'aimable autorisation de l'auteur.", "Published with the author's permission.",
])
def test_round_24_a_republication_note_goes_wherever_it_stands(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("site notice", line)]


def test_round_24_a_sentence_about_a_letter_published_with_leave_stays():
    line = "The letter was published with the family's permission a week after the funeral."
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line, reason", [
    ("Direct : suivez l'évolution de la tempête", "live link"),
    ("Wyniki na żywo: mapa frekwencji w gminach powiatu", "live link"),
    ("Suivre la carte des coupures en temps réel", "live link"), ("Live-Ticker: Alle Entwicklungen zum Sturm", "live link"),
    ("Segui la diretta: il consiglio comunale in tempo reale", "live link"),
    ("Vous avez été témoin ? Envoyez-nous vos photos et vidéos", "self-promotion"),
    ("Send us your pictures of the storm", "self-promotion"), ("Schicken Sie uns Ihre Fotos", "self-promotion"),
    ("Присылайте нам фото и видео", "self-promotion"),
    ("ALERTE – Vigilance rouge vent violent dans le Finistère jusqu'à 18 h", "alert banner"),
    ("EILMELDUNG: Bundestag stimmt über Haushalt ab", "alert banner"), ("PILNE: Sejm przyjął ustawę", "alert banner"),
])
def test_round_24_a_live_link_a_call_for_pictures_or_an_alert_banner_goes(line, reason):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [(reason, line)]


@pytest.mark.parametrize("line", [
    "Live music returns to the harbour this summer", "Follow the money, he said.",
    "Residents were asked to send us their photos.", "Direct flights resume in May.",
    "Alerte à la bombe : la gare évacuée",
])
def test_round_24_a_near_miss_of_a_live_link_or_banner_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("box", [
    ["Numéros utiles", "Urgence européenne : 112", "Pompiers : 18 · SAMU : 15 · Police / Gendarmerie : 17",
     "Dépannage électricité : 09 72 67 50 29"],
    ["Wichtige Telefonnummern", "Notruf: 112", "Polizei: 110"],
    ["Telefony alarmowe", "Numer alarmowy: 112", "Pogotowie: 999 · Straż: 998"],
    ["Полезные телефоны", "Единая служба спасения: 112"],
])
def test_round_24_a_box_of_numbers_to_call_goes(box):
    raw = BODY_BEFORE + "\n".join(box) + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == ["\n".join(box)]


def test_round_24_rows_of_figures_under_a_heading_stay():
    box = "Rafales relevées\nPointe de Kervian : 148\nPort-Ligné : 132"
    assert find_noise(BODY_BEFORE + box + BODY_AFTER) == []


@pytest.mark.parametrize("lines", [
    ["Anzeige", "Jetzt Depot eröffnen und 0 € Ordergebühr sichern*"],
    ["Advertisement", "Open an account today and get $50*"],
    ["Publicité", "Offre spéciale : 3 mois pour 1 €"],
])
def test_round_24_an_ads_copy_under_its_label_goes(lines):
    raw = BODY_BEFORE + "\n".join(lines) + BODY_AFTER
    assert [r.reason for r in find_noise(raw)] == ["advertisement"] and find_noise(raw)[0].text == "\n".join(lines)


def test_round_24_the_articles_list_item_after_an_ad_slot_stays():
    raw = BODY_BEFORE + "Reklama\npodwyższenie rekompensaty z 40 do 100 euro;" + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == ["Reklama"]


@pytest.mark.parametrize("name", ["Nordhaven Wohnen AG", "Harbourline Media plc", "Rivex S.A."])
def test_round_24_a_companys_name_over_its_share_identifiers_goes(name):
    raw = BODY_BEFORE + name + "\nWKN: A3N7KP | ISIN: DE000A3N7KP4" + BODY_AFTER
    assert [r.text for r in find_noise(raw)] == [name + "\nWKN: A3N7KP | ISIN: DE000A3N7KP4"]


@pytest.mark.parametrize("lang, lines", [
    ("ru", ["Инна Соколовская, врач скорой помощи", "28 ноября 2026, 14:20",
            "Публикуется с разрешения автора. Оригинал опубликован в Facebook*",
            "Мнение автора может не совпадать с позицией редакции."]),
    ("en", ["Jane Marlowe, emergency doctor", "November 28, 2026, 2:20 p.m.",
            "Republished with the author's permission.",
            "The views expressed are the author's own and do not necessarily reflect those of the editors."]),
    ("it", ["Questo post contiene link di affiliazione."]),
])
def test_round_24_the_notices_under_the_title_the_page_rules_found_go(lang, lines):
    case = page_from_blocks("notes-" + lang, [
        ["-Zarechye Online", "-News Society Opinion Health Culture", "-16+"],
        ["+Why the ambulance takes forty minutes: a doctor on her station's night shift",
         *["-" + line for line in lines]],
        ["+People often ask me why the ambulance in our town takes so long to arrive. I will answer with the "
         "figures of one ordinary shift.",
         "+The station serves the town and twenty-three villages, and four crews go out every day of the week.",
         "+Almost half of the calls are about blood pressure or a fever, and I do not blame anyone for them."],
        ["-Share", "-Tags: health, ambulance", "-Comments (12)"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "Cet article vous est offert. Pour soutenir notre rédaction, abonnez-vous à partir de 1 € le premier mois.",
    "This article is free to read. Support our journalism with a subscription.",
    "Dieser Artikel ist für Sie kostenlos.", "Questo articolo è offerto dalla redazione.",
    "Ten artykuł jest bezpłatny.", "Эта статья доступна бесплатно.",
])
def test_round_24_a_gift_article_notice_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("paywall notice", line)]


def test_round_24_a_sentence_about_a_free_article_stays():
    line = "The council said the article is free of charge for residents who ask at the library."
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("lang, banner, title", [
    ("pl", "WYBORY SAMORZĄDOWE 2026 – WYNIKI", "Wybory w Borowicach: druga tura między Kmiecikiem a Pławską"),
    ("en", "ELECTION 2026 – RESULTS", "Harbour ward: Labour holds on by 41 votes after a recount"),
    ("de", "LANDTAGSWAHL 2026", "Knappes Rennen in Oberfeld: Grüne verlieren ihr Direktmandat"),
])
def test_round_24_a_sections_banner_in_capitals_over_the_headline_goes(lang, banner, title):
    case = page_from_blocks("banner-" + lang, [
        ["-Gazeta Nadrzeczna", "-Zaloguj się", "-Wiadomości Region Wybory 2026 Sport Biznes", "-" + banner],
        ["+" + title, "-8 kwietnia 2026, 06:15"],
        ["+Żaden z czterech kandydatów na burmistrza nie przekroczył 50 procent głosów i o fotelu zdecyduje druga tura.",
         "+Frekwencja wyniosła 54,7 procent, o ponad sześć punktów więcej niż pięć lat temu w tym samym okręgu.",
         "+Aneta Pławska zapowiedziała, że nie zawrze porozumienia z żadnym z przegranych kandydatów."],
        ["-Udostępnij", "-Komentarze (56)"],
    ])
    assert _problems(case, lang) == []


def test_round_24_a_headline_in_capitals_over_its_lead_stays():
    case = page_from_blocks("tabloid-caps", [
        ["-The Daily Harbour", "-News Sport Showbiz Money Travel"],
        ["+COUNCIL BOSS QUITS OVER SECRET HARBOUR DEAL AFTER LEAKED EMAILS",
         "+Residents furious as the price of the sale is finally revealed"],
        ["-By Tom Reddick", "-12 March 2026, 09:41"],
        ["+The council's chief executive resigned on Tuesday after emails showed he had agreed the sale of the "
         "harbour months before the vote.",
         "+Councillors said they had not been told of the deal and demanded an inquiry into the sale."],
        ["-Share", "-Comments (12)"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line", [
    "«Envoyez-nous vos photos», a lancé le maire", "„Schicken Sie uns Ihre Fotos“, sagte die Bürgermeisterin",
    "\"Live: the storm hits the coast\" was the station's banner all night",
])
def test_round_24_a_quoted_button_or_banner_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


# --- round 25 (developed on held-out set 26) --------------------------------------------------

@pytest.mark.parametrize("lang, header, rows, widget", [
    ("ru", "Сроки открытия", ["Сад на улице Лётчиков — май, 220 мест", "Сад в микрорайоне Сосновый — сентябрь, 180 мест",
                             "Сад на Заводской — октябрь, 240 мест"], "Реклама"),
    ("pl", "Prognoza na najbliższe dni", ["Piątek: od 4 do 9°C, słonecznie, w nocy do -4°C",
                                         "Sobota: od 2 do 7°C, przelotne opady deszczu ze śniegiem",
                                         "Niedziela: od 3 do 8°C, rozpogodzenia, w nocy do -6°C"], "Reklama"),
    ("de", "Termine im Überblick", ["Rathausplatz – Samstag ab 18 Uhr", "Stadtpark – Sonntag ab 11 Uhr"], "Anzeige"),
    ("en", "Opening dates", ["Harbour Road school — May, 220 places", "Elm Street school — October, 180 places"],
     "Advertisement"),
])
def test_round_25_a_subheading_over_rows_between_two_paragraphs_stays(lang, header, rows, widget):
    # under a picture's credit, over an ad slot and a second subheading: the article's own box
    case = page_from_blocks("rows-" + lang, [
        ["-Novoborsk News", "-News Society Opinion Health Culture", "-Author: Olga Chesnokova",
         "-13 March 2026, 11:20"],
        ["+The town will open four new kindergartens before the end of the year, the mayor's office said",
         "+The mayor's office named the dates on Tuesday, and the first of the new kindergartens will take "
         "children as early as May.",
         "-Photo: Novoborsk City Hall",
         "+" + header, *["+" + row for row in rows],
         "-" + widget,
         "+What the waiting list looks like",
         "+Almost nine hundred children are on the waiting list now, most of them in the new districts on the "
         "edge of town.",
         "+Places can be booked through the town's website or at the service centre from the first of April."],
        ["-Share", "-Comments (12)", "-© 2026 Novoborsk News"],
    ])
    assert _problems(case, lang) == []


def test_round_25_a_box_of_dash_rows_after_the_article_goes():
    case = page_from_blocks("dash-teasers", [
        ["-Novoborsk News", "-News Society Opinion Health Culture", "-13 March 2026, 11:20"],
        ["+The town will open four new kindergartens before the end of the year",
         "+The mayor's office named the dates on Tuesday, and the first of the new kindergartens will take "
         "children as early as May.",
         "+Places can be booked through the town's website or at the service centre from the first of April."],
        ["-More from Novoborsk", "-Politics — Mayor faces a vote of confidence in May",
         "-Transport — Ferry crossing stays open for 2 more weeks", "-© 2026 Novoborsk News"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("lang, widget, subheading", [
    ("it", ["Calcola la rata", "Importo", "Durata in anni", "Calcola"], "Gli affitti"),
    ("fr", ["Simulateur", "Montant", "Durée", "Calculer"], "Les loyers"),
    ("en", ["Mortgage calculator", "Loan amount", "Term", "Calculate"], "What renters pay"),
    ("pl", ["Kalkulator", "Kwota", "Okres", "Oblicz"], "Ceny najmu"),
])
def test_round_25_a_subheading_under_a_widget_between_two_parts_of_the_article_stays(lang, widget, subheading):
    # the widget parts the article: the body is found under it, and the subheading right above
    # it, under a paragraph of the article below the page's date, is the article's
    case = page_from_blocks("calc-" + lang, [
        ["-CasaNotizie.it", "-Notizie › Mercato", "-11 marzo 2026"],
        ["+House prices in Ravegnano rose by 4.2 per cent in a year, rents even faster",
         "+Buying a home in Ravegnano now costs 2,380 euros a square metre on average, 4.2 per cent more than "
         "a year ago, the surveyors' half-yearly report says.",
         *["-" + line for line in widget],
         "+" + subheading,
         "+Rents rose even faster: a two-room flat in the centre now rents for 760 euros a month on average, "
         "9 per cent more than in 2025.",
         "+Students of the new university campus and short-term lets weigh on the market, the report says."],
        ["-Share", "-Tags: prices, rents", "-© 2026 CasaNotizie S.r.l."],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, subheading, later", [
    ("fr", "Notre verdict", "Comment nous avons vérifié"),
    ("en", "The verdict", "How we checked"),
    ("de", "Unser Fazit", "So haben wir geprüft"),
    ("ru", "Наш вердикт", "Как мы проверяли"),
])
def test_round_25_a_subheading_right_under_the_title_stays_when_the_article_prints_subheadings(
        lang, subheading, later):
    case = page_from_blocks("verdict-" + lang, [
        ["-Se connecter", "-Les Vérificateurs", "-Accueil Politique Santé Climat International",
         "-Publié le 9 mars 2026 à 17h42", "-Temps de lecture : 4 min"],
        ["+No, this photo does not show Saturday's protest in Montreval",
         "+" + subheading,
         "+False. The photo was taken in 2019 in Spain during a street party, not during Saturday's protest.",
         "+" + later,
         "+A reverse image search leads to a Spanish blog that published the same photo in August 2019.",
         "+The prefecture reported no damage to any vehicle on Saturday, the police commander told us."],
        ["-Partager", "-Mots-clés : Désinformation", "-© Les Vérificateurs 2026"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, button", [
    ("de", "Zur Merkliste hinzufügen"), ("en", "Save for later"), ("it", "Salva per dopo"),
])
def test_round_25_a_button_under_the_byline_below_a_standfirst_goes(lang, button):
    # a standfirst stands over the byline and the date: a short line under them, right above the
    # body, is the page's, whatever subheadings the article prints
    case = page_from_blocks("button-" + lang, [
        ["-Zeitblick"],
        ["+Warum die Koalition beim Bürgergeld nicht vorankommt"],
        ["+Union und SPD hatten eine grundlegende Reform versprochen. Ein halbes Jahr später streiten sie über "
         "Sanktionen und Wohnkosten."],
        ["-Eine Analyse von Jana Köhler", "-04.03.2026, 17.45 Uhr", "-Artikel anhören • 6 Min"],
        ["-" + button],
        ["+Es sollte das Vorzeigeprojekt der ersten hundert Tage werden, doch der Entwurf liegt seit Wochen im "
         "Kanzleramt."],
        ["+Milliarden, die es nicht gibt"],
        ["+Im Haushaltsentwurf für das kommende Jahr sind bereits Einsparungen von 1,5 Milliarden Euro beim "
         "Bürgergeld eingeplant."],
        ["+Fachleute im Arbeitsministerium halten diese Summe intern für unrealistisch, heißt es."],
        ["-Themen: Bürgergeld, Koalition", "-© Zeitblick GmbH & Co. KG"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "Продолжение материала ниже", "Story continues below", "La suite ci-dessous", "Der Text geht unten weiter",
    "L'articolo continua qui sotto", "Dalsza część tekstu poniżej",
])
def test_round_25_a_continues_below_marker_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("advertisement", line)]


@pytest.mark.parametrize("line", [
    "The talks continue below the surface, one diplomat said.", "Prices continued to fall below last year's level.",
])
def test_round_25_a_sentence_going_on_below_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Image 3 of 12", "Photo 3/12", "Bild 3 von 12", "Foto 3 di 12", "Zdjęcie 3 z 12", "Фото 3 из 12",
    "Diapositive 3 sur 12",
])
def test_round_25_a_gallery_counter_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("photo gallery", line)]


def test_round_25_a_sentence_with_a_picture_count_stays():
    line = "Photo 3 of the 12 shows the bridge before the flood, the court heard."
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Мнение редакции может не совпадать с мнением автора.", "The editors' views may differ from the author's.",
    "L'avis de la rédaction ne correspond pas forcément à celui de l'auteur.",
    "Die Meinung der Redaktion muss nicht mit der des Autors übereinstimmen.",
    "L'opinione della redazione può non coincidere con quella dell'autore.",
    "Opinia redakcji nie musi być zgodna z opinią autora.",
])
def test_round_25_the_newsrooms_view_not_the_authors_notice_goes(line):
    assert [r.text for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [line]


def test_round_25_editors_disagreeing_with_an_author_in_the_article_stays():
    line = "The editors do not share the author's enthusiasm for the new stadium."
    assert find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line) == []


@pytest.mark.parametrize("line", [
    "Registered in England and Wales No. 04219837. Registered office: 12 Quay Street, Portmere PT1 3QA.",
    "Testata giornalistica registrata presso il Tribunale di Ancona n. 12/2009",
    "Reg. Trib. di Roma n. 123/2004",
    "Сетевое издание «Вечерний Заречинск» зарегистрировано Роскомнадзором, свидетельство ЭЛ № ФС 77-81234 "
    "от 12.03.2021",
    "Amtsgericht Kaltenau, HRB 12345", "RCS Paris 123 456 789",
    "Wydawnictwo Nadwiślańskie Sp. z o.o., Sąd Rejonowy w Toruniu, KRS 0000123456",
])
def test_round_25_a_publishers_registration_footer_goes(line):
    assert [r.text for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [line]


@pytest.mark.parametrize("line", [
    "The company, registered in England and Wales under number 04219837, went into administration in May.",
    "Amtsgericht Kaltenau: 2 500 Euro Strafe für einen Raser, der 40 Kilometer zu schnell fuhr.",
    "Il tribunale di Ancona ha respinto il ricorso n. 12/2009 della società, ha detto l'avvocato.",
])
def test_round_25_a_sentence_about_a_register_or_a_court_stays(line):
    assert find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line) == []


@pytest.mark.parametrize("line", [
    "Prices were correct at the time of publication.", "Prix constatés au moment de la rédaction de l'article.",
    "Alle Preise zum Zeitpunkt der Veröffentlichung.",
    "Prezzi aggiornati al momento della pubblicazione e possono variare.", "Ceny aktualne w dniu publikacji.",
    "Цены актуальны на момент публикации.",
])
def test_round_25_a_prices_at_publication_notice_goes(line):
    assert [r.text for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [line]


@pytest.mark.parametrize("line", [
    "Prices at the time of publication of the report were 20 per cent lower than today.",
    "Les prix constatés au moment de la publication du rapport ont doublé depuis.",
])
def test_round_25_a_sentence_about_prices_when_a_report_came_out_stays(line):
    assert find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line) == []


@pytest.mark.parametrize("lang, head, stamps, title", [
    ("de", ["Mitglied werden", "Suche", "VLG – Verband Logistik und Gewerbe",
            "Aktuelles Tarifrunden Service Über uns Presse", "Pressemitteilung"],
     ["Veröffentlicht am 05.03.2026"], "Warnstreik im Zentrallager: 300 Beschäftigte legen die Arbeit nieder"),
    ("it", ["CasaNotizie.it", "Compra Affitta Vendi Mutui Notizie", "Cerca casa: città, zona o indirizzo",
            "Redazione CasaNotizie"], ["11 marzo 2026"], "Prezzi delle case a Ravegnano in aumento del 4 per cento"),
    ("pl", ["PracaDziś", "Oferty pracy Pracodawcy Porady Zarobki Dodaj ogłoszenie", "Porady › Rynek pracy"],
     ["Autorka: Magdalena Przybysz", "12 marca 2026"], "Płace w logistyce rosną najszybciej. Gdzie zarobisz najwięcej?"),
    ("en", ["Harbour Weather", "Forecast Radar Warnings Long range Air quality", "Your location: Fenby"],
     ["By Tom Gale, forecaster", "Today, 07:45"], "Frosty weekend ahead with minus six in the east"),
])
def test_round_25_the_page_head_above_the_stamps_over_the_headline_goes(lang, head, stamps, title):
    # the headline stands under the page's stamps, right over the first paragraph: the lines
    # above the stamps, a portal's name, a menu in words no vocabulary knows, a widget's label, go
    case = page_from_blocks("stamps-" + lang, [
        ["-" + line for line in head] + ["-" + line for line in stamps],
        ["+" + title,
         "+Workers at the central warehouse walked out on Thursday morning after three rounds of talks "
         "brought no offer from the employer.",
         "+The union says the next round of talks is set for the nineteenth of March in the regional capital.",
         "+Until then, further action cannot be ruled out, the negotiator told the crowd at the gate."],
        ["-Share", "-Tags: strike, logistics", "-© 2026 VLG"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, kicker, title, stamps, deck", [
    ("en", "Analysis", "DOJ Unseals Indictment in Uranium Case", ["Posted on March 3, 2018 by admin"],
     "This report was originally published by a news agency"),
    ("de", "LIVE", "Fährstreik: Alle Entwicklungen im Liveticker", ["Von Jana Keller", "06.03.2025, 16:45 Uhr"],
     "Fährstreik geht in den zweiten Tag"),
    ("ru", "Политика", "США ищут замену Зеленскому", ["Опубликовано 21.06.2022"],
     "Источники сообщают о переговорах в Вашингтоне"),
])
def test_round_25_a_title_over_the_byline_stays_whatever_headline_stands_under_it(lang, kicker, title, stamps, deck):
    # the line right above the first stamp is a headline: it is the title, and the line under the
    # stamps is its deck; nothing above the stamps goes for it
    case = page_from_blocks("deck-" + lang, [
        ["-" + kicker, "-Home", "-Login"],
        ["+" + title, *["-" + s for s in stamps], "+" + deck],
        ["+The Department of Justice unsealed an indictment on Friday against a former contractor of the "
         "transport company.",
         "+The charges stem from an alleged scheme to bribe an official of the state-owned supplier.",
         "+The contractor faces up to twenty years in prison if he is convicted, the indictment says."],
        ["-Share", "-Tags: justice", "-© 2026 News Desk"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "Пост из Telegram-канала «Заречный контроль»", "Post from the Telegram channel @zarechny_control",
    "Publication de la chaîne Telegram « Info Val »", "Beitrag aus dem Telegram-Kanal Kaltenau Aktuell",
    "Post dal canale Telegram “Borgo News”", "Wpis z kanału Telegram Sejm Flash",
])
def test_round_25_a_mirrors_label_of_a_channels_post_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("repost header", line)]


@pytest.mark.parametrize("line", [
    "Post from the Telegram channel was deleted by its owner", "Сообщение из канала было удалено",
])
def test_round_25_a_sentence_about_a_channels_post_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "☰", "☰ Menu", "Перейти на полную версию сайта", "View full site", "Go to the full version of the site",
    "Version complète du site", "Zur Desktop-Version", "Vai alla versione completa", "Przejdź do pełnej wersji serwisu",
])
def test_round_25_a_menu_button_or_a_full_version_link_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("skip link", line)]


@pytest.mark.parametrize("line", [
    "The full version of the report was never published.", "Pełna wersja raportu trafi do Sejmu w maju.",
])
def test_round_25_a_sentence_about_a_full_version_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Mappa interattiva: clicca per ingrandire", "Click to enlarge", "Map of the route (click to enlarge)",
    "Cliquez sur l'image pour l'agrandir", "Zum Vergrößern klicken", "Kliknij, aby powiększyć",
    "Нажмите, чтобы увеличить",
])
def test_round_25_a_zoom_prompt_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("photo caption", line)]


@pytest.mark.parametrize("line", [
    "Click on the map to see the route the bus will take from May.",
    "Residents were told to click to enlarge the map, the council said.",
])
def test_round_25_a_sentence_about_clicking_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line, reason", [
    ("Écrit par Lucie Faverolles", "byline"), ("Written by Jane Doe", "byline"),
    ("Geschrieben von Anna Weber", "byline"), ("Scritto da Paolo Neri", "byline"),
    ("À voir aussi en vidéo", "related links"), ("More videos", "related links"), ("Weitere Videos", "related links"),
    ("Altri video", "related links"), ("Смотрите также видео", "related links"),
])
def test_round_25_a_written_by_byline_and_a_related_videos_header_go(line, reason):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [(reason, line)]


@pytest.mark.parametrize("line", [
    "Reportage : J. Perrodin, M. Aubrac", "Kamera: Jan Roth, Anna Weber", "Сюжет: Анна Ким, Олег Ланской",
])
def test_round_25_a_report_crews_credit_under_the_title_goes(line):
    raw = "Harbour vote delayed\n\n" + line + "\n\n" + BODY_BEFORE.split("\n\n", 1)[1] + BODY_AFTER.strip()
    assert [r.text for r in find_noise(raw)] == [line]


def test_round_25_a_sentence_naming_a_reports_people_stays():
    from spinscope.ingest.clean import _is_credit_line
    assert not _is_credit_line("Reportage: the villagers, the mayor and the baker")


@pytest.mark.parametrize("line", [
    "Retrouvez le reportage dans le 19/20 de TV Val d’Orvance", "Watch the full report on Harbour News at Six.",
    "Den ganzen Beitrag sehen Sie heute in der Abendschau.", "Il servizio completo nel TG delle 19.30",
    "Cały materiał zobaczysz w Faktach o 19:00", "Смотрите полный сюжет в вечернем выпуске",
])
def test_round_25_a_see_the_report_in_the_programme_note_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [
        ("broadcast note", line)]


@pytest.mark.parametrize("line", [
    "Watch the river at dawn and you will see why the town loves it.",
    "See the council in action on Tuesday, when the budget is debated.",
])
def test_round_25_a_sentence_inviting_to_watch_stays(line):
    assert find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line) == []


@pytest.mark.parametrize("lang, rows_header, rows, caption, list_header, items", [
    ("it", "Come arrivare", ["Da Castelmare: 1 ora e 10 minuti in auto", "Da Fabrianello: 25 minuti in auto"],
     "Mappa interattiva: clicca per ingrandire", "Cosa vedere", ["1. Il Mulino della Pieve", "2. Il ponte romano"]),
    ("en", "Getting there", ["From Castlemere: 70 minutes by car", "From Fenby: 25 minutes by bus 41"],
     "Map: click to enlarge", "What to see", ["1. The old mill", "2. The Roman bridge"]),
    ("de", "Anreise", ["Ab Kaltenau: 70 Minuten mit dem Auto", "Ab Mannstadt: 25 Minuten mit dem Bus"],
     "Zum Vergrößern klicken", "Sehenswert", ["1. Die alte Mühle", "2. Die Römerbrücke"]),
])
def test_round_25_rows_a_caption_and_a_list_between_two_paragraphs_stay(lang, rows_header, rows, caption,
                                                                         list_header, items):
    case = page_from_blocks("guide-" + lang, [
        ["-Slow Travels", "-Search the blog", "-Home » Italy » Apennines", "-Written by Giulia Ferrandino",
         "-Updated on 2 March 2026"],
        ["+Borgo Calestra in a day: what to see in the village of the mills",
         "+Borgo Calestra is one of those places people drive through without stopping, which is a mistake: "
         "seven water mills hide in its gorges.",
         "+" + rows_header, *["+" + row for row in rows], "-" + caption, "+" + list_header,
         *["+" + item for item in items],
         "+The miller told me that the water still sets the time in the village, as it has for centuries.",
         "+The trattoria by the wash house serves spelt tagliatelle at honest prices, about 25 euros a head."],
        ["-Share", "-Leave a comment", "-© 2026 Slow Travels"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, plea, field, button", [
    ("en", "Thanks for reading The Ledger Line! Subscribe for free to receive new posts and support my work.",
     "Type your email...", "Subscribe"),
    ("en", "Thanks for reading! Subscribe to get new posts in your inbox.", "Your email address", "Subscribe"),
    ("fr", "Merci de votre lecture ! Abonnez-vous gratuitement pour recevoir les nouveaux articles.",
     "Votre adresse e-mail", "S'abonner"),
])
def test_round_25_a_sites_plea_over_a_newsletter_form_between_two_paragraphs_goes(lang, plea, field, button):
    raw = (BODY_BEFORE + "The council said the harbour plan would cost more than expected, and the vote was "
           "postponed.\n" + plea + "\n" + field + "\n" + button + "\nCouncillors will meet again in April to "
           "decide on the plan." + BODY_AFTER)
    assert plea in [r.text for r in find_noise(raw)] or any(plea in r.text for r in find_noise(raw))


def test_round_25_a_sentence_over_a_form_that_is_no_prompt_stays():
    raw = (BODY_BEFORE + "The council said the harbour plan would cost more than expected.\n"
           "Residents were asked for their views at the town hall on Monday evening.\nType your email...\n"
           "Subscribe\nCouncillors will meet again in April to decide on the plan." + BODY_AFTER)
    assert not any("Residents were asked" in r.text for r in find_noise(raw))


@pytest.mark.parametrize("line", [
    "About Hexley University: Hexley is a research-intensive university with more than 24,000 students.",
    "À propos de Valoria : Valoria est un bureau d'études fondé en 1998.",
    "Über die VLG: Die VLG ist die Gewerkschaft für Logistik und Handel.",
    "Informazioni su Casa Rossa: Casa Rossa è una cooperativa sociale.",
    "O firmie Kadrex: Kadrex jest firmą doradczą.",
    "О компании «Северсталь»: «Северсталь» — одна из крупнейших металлургических компаний.",
    "This article was produced in partnership with the Harbour Trust.",
    "Cet article est réalisé dans le cadre d'un partenariat de vérification avec une plateforme de réseaux sociaux.",
    "Dieser Beitrag entstand im Rahmen einer Kooperation mit dem Bildungswerk.",
    "Questo articolo è realizzato in collaborazione con la Fondazione Rossi.",
    "Artykuł powstał w ramach współpracy z Fundacją Batorego.",
    "Материал подготовлен при поддержке Фонда президентских грантов.",
])
def test_round_25_a_press_releases_about_paragraph_or_a_partnership_notice_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [
        ("site notice", line)]


@pytest.mark.parametrize("line", [
    "About the plan: councillors said it would cost too much.", "About Town: Harbour Road is closed until May.",
    "This article's author worked in partnership with the police for ten years.",
    "The bridge was produced in partnership with a steel firm from Fenby.",
])
def test_round_25_a_sentence_about_a_partner_or_opening_with_about_stays(line):
    assert find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line) == []


@pytest.mark.parametrize("line", [
    "Notes to editors", "Note aux rédactions", "Hinweise für Redaktionen", "Note per le redazioni",
    "Informacje dla redakcji", "Справка для редакций",
])
def test_round_25_a_press_releases_notes_header_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [
        ("site notice", line)]


@pytest.mark.parametrize("line", [
    "Calcola la rata del tuo mutuo", "Calculate your mortgage repayments", "Calculez vos mensualités",
    "Berechnen Sie Ihre Rente", "Oblicz ratę kredytu", "Рассчитайте ипотеку онлайн",
])
def test_round_25_a_calculators_heading_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("form field", line)]


@pytest.mark.parametrize("line", [
    "Calculate the cost of the bridge before the vote.", "Calcola il tempo di cottura in base al peso",
])
def test_round_25_a_line_about_calculating_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("lang, name, menu, slogan", [
    ("fr", "TV Val d’Orvance", "Info Météo Sport Vidéos", "L'info près de chez vous"),
    ("en", "Harbour TV", "News Weather Sport Video", "Your news, close to home"),
    ("de", "Kaltenau TV", "Nachrichten Wetter Sport Video", "Nachrichten aus der Region"),
])
def test_round_25_a_sites_slogan_under_its_menu_over_the_headline_goes(lang, name, menu, slogan):
    case = page_from_blocks("slogan-" + lang, [
        ["-" + name, "-Direct", "-Replay", "-" + menu, "-" + slogan],
        ["+Saint-Aubrin-des-Prés: the bakery reopens thanks to 140 villagers who became its owners",
         "-Written by Lucie Faverolles", "-Published on 03/03/2026 at 19:12"],
        ["+Closed since last summer, the only bakery in Saint-Aubrin-des-Prés reopened on Tuesday morning, and "
         "this time it belongs to its customers.",
         "+A co-operative was set up in November: every villager could buy one or more shares of 100 euros.",
         "+On the first day, the queue reached the church square before the doors had even opened."],
        ["-Share", "-Cookie settings", "-© 2026 " + name],
    ])
    assert _problems(case, lang) == []


def test_round_25_a_title_under_the_menu_over_its_standfirst_stays():
    case = page_from_blocks("short-title", [
        ["-Harbour TV", "-Live", "-Replay", "-News Weather Sport Video"],
        ["+Brexit deal fails in the Commons again",
         "+The prime minister's plan failed in the Commons for the third time on Tuesday night.",
         "-By Lucie Faverolles", "-03/03/2026 at 19:12"],
        ["+The government lost the vote by 58, and ministers said they would not bring the plan back this week.",
         "+Opposition leaders called for an election, while backbenchers demanded a change of course.",
         "+The pound fell by half a cent against the dollar after the result was announced."],
        ["-Share", "-© 2026 Harbour TV"],
    ])
    assert _problems(case, "en") == []


# --- round 26 (developed on held-out set 27) --------------------------------------------------

@pytest.mark.parametrize("lang, title, dates", [
    ("de", "Glanz und Ruß. Die Glashütten am Fluss 1850–1950", "14. März bis 30. August 2026"),
    ("fr", "Verre et suie : les verreries de la vallée", "du 14 mars au 30 août 2026"),
    ("it", "Vetro e fuliggine: le vetrerie della valle", "dal 14 marzo al 30 agosto 2026"),
    ("en", "Glass and Soot: The Valley's Glassworks", "14 March to 30 August 2026"),
    ("pl", "Szkło i sadza. Huty szkła w dolinie", "od 14 marca do 30 sierpnia 2026"),
    ("ru", "Стекло и сажа: стекольные заводы долины", "с 14 марта по 30 августа 2026 года"),
])
def test_round_26_an_events_dates_under_its_title_stay(lang, title, dates):
    case = page_from_blocks("dates-" + lang, [
        ["-Town Museum", "-Visit Exhibitions Collection Shop", "-Tickets", "-Search"],
        ["-Exhibitions › Special exhibitions", "-Special exhibition"],
        ["+" + title, "+" + dates],
        ["+For more than a hundred years the glassworks shaped life in the valley, and up to 1,200 people worked "
         "in them.",
         "+The exhibition shows around 300 objects, among them drinking glasses, tools and photographs from the "
         "works' archive."],
        ["-Share", "-Print page", "-Imprint · Privacy · Accessibility"],
    ])
    assert _problems(case, lang) == []


def test_round_26_a_pages_date_under_its_title_still_goes():
    case = page_from_blocks("date-under-title", [
        ["-Town Museum", "-Visit Exhibitions Collection Shop", "-Tickets", "-Search"],
        ["-Exhibitions › Special exhibitions", "-News"],
        ["+Glass and Soot: The Valley's Glassworks", "-14 March 2026"],
        ["+For more than a hundred years the glassworks shaped life in the valley, and up to 1,200 people worked "
         "in them.",
         "+The exhibition shows around 300 objects, among them drinking glasses, tools and photographs from the "
         "works' archive."],
        ["-Share", "-Print page", "-Imprint · Privacy · Accessibility"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line", [
    "Listen on Spotify", "Écouter sur Deezer", "Auf Spotify anhören", "Ascolta su Apple Podcasts",
    "Posłuchaj na Spotify", "Слушать в Яндекс Музыке",
])
def test_round_26_a_podcasts_platform_link_goes(line):
    assert [r.text for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [line]


@pytest.mark.parametrize("line", [
    "She listened to the episode on Spotify twice before the hearing.",
    "Ascolta su Spotify la nuova canzone, ha scritto la band su Instagram, e migliaia lo hanno fatto.",
])
def test_round_26_a_sentence_about_listening_on_a_platform_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Buy tickets", "Tickets kaufen", "Acheter des billets", "Acquista il biglietto", "Kup bilet", "Купить билет",
])
def test_round_26_an_events_ticket_button_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("event widget", line)]


@pytest.mark.parametrize("line", [
    "Buy tickets early, the organisers said, because the hall holds only 300 people.",
    "Купить билет на концерт оказалось почти невозможно: все места разошлись за час.",
])
def test_round_26_a_sentence_about_tickets_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("menu", [
    "Accueil Le parti Nos propositions Agenda Actualités Contact",
    "Le magazine Actualités Dossiers Hors-séries Boutique",
    "Episodi Chi siamo Sostienici Contatti",
    "Концерты Театр Выставки Детям Бесплатно",
    "Besuch planen Ausstellungen Sammlung Vermittlung Shop",
    "Newsy Recenzje Poradniki Testy Promocje",
    "News Concerts Theatre Exhibitions Kids",
])
def test_round_26_a_sites_menu_of_its_own_sections_is_a_menu(menu):
    from spinscope.ingest.page_blocks import _is_nav_row
    assert _is_nav_row(menu)


@pytest.mark.parametrize("headline", [
    "Le Monde Politique Accueil", "The Home Secretary Visits News Site", "Concerts Return to the Town Square",
    "Die Ausstellung im Theater", "Nos propositions pour la santé",
])
def test_round_26_a_headline_naming_sections_is_no_menu(headline):
    from spinscope.ingest.page_blocks import _is_nav_row
    assert not _is_nav_row(headline)


@pytest.mark.parametrize("lang, day1, rows1, day2, rows2", [
    ("ru", "Суббота, 28 ноября", ["11:00 — Ярмарка фермерских продуктов, Приморская площадь",
                                  "19:00 — Концерт джаз-трио, ДК «Маяк», билеты от 600 ₽"],
     "Воскресенье, 29 ноября", ["12:00 — Мастер-класс для детей, городская библиотека",
                                 "20:00 — «Ночь в планетарии»: лекция и наблюдение за Юпитером"]),
    ("fr", "Samedi 28 novembre", ["11h00 – Marché des producteurs, place du Port",
                                  "20h30 – Concert du trio Vent du Nord, salle des fêtes"],
     "Dimanche 29 novembre", ["12h00 – Atelier de pain d'épices pour les enfants",
                              "20h00 – « Nuit au planétarium » : conférence et observation"]),
    ("en", "Saturday, November 28", ["11:00 – Farmers' market, Harbour Square, free entry",
                                     "19:00 – Jazz trio North Wind, Lighthouse Hall, from £12"],
     "Sunday, November 29", ["12:00 – Gingerbread workshop for children, town library",
                             "20:00 – “Night at the planetarium”: talk and a look at Jupiter"]),
])
def test_round_26_a_programmes_days_and_timed_rows_are_the_articles(lang, day1, rows1, day2, rows2):
    case = page_from_blocks("programme-" + lang, [
        ["-City Guide", "-News Concerts Theatre Exhibitions Kids", "-Log in"],
        ["-Home / Articles / Weekend", "-Where to go"],
        ["+Where to go this weekend: a market, jazz and a night at the planetarium"],
        ["-Anna Vetrova", "-27 November 2026", "-1 530 views"],
        ["+The last weekend of autumn promises to be a busy one in the city. Here is what we picked for you."],
        ["+" + day1, *("+" + r for r in rows1)],
        ["-Add to calendar"],
        ["+" + day2, *("+" + r for r in rows2)],
        ["+“If the weather allows, we will open the observatory on the roof too,” the planetarium's head "
         "promised on Friday.",
         "+The programme may change, so check the times with the organisers before you go."],
        ["-Share", "-Read also", "-New Year trees 2027: the full schedule", "-© 2026 City Guide"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "View this post on Instagram", "Voir cette publication sur Instagram", "Diesen Beitrag auf Instagram ansehen",
    "Visualizza questo post su Instagram", "Wyświetl ten post na Instagramie", "Посмотреть эту публикацию в Instagram",
    "Empfohlener redaktioneller Inhalt", "Recommended editorial content", "Contenu externe", "Contenuto esterno",
    "Treść zewnętrzna", "Внешний контент",
])
def test_round_26_an_embeds_placeholder_or_consent_label_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("video embed", line)]


@pytest.mark.parametrize("line", [
    "The mayor posted a video on Instagram, which was viewed 20,000 times by Friday.",
    "External content moderators flagged the post within an hour, the company said.",
    "Der externe Inhalt des Berichts wurde von zwei Gutachtern geprüft.",
])
def test_round_26_a_sentence_about_a_post_or_external_content_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Article publié dans Sciences & Horizons n° 612, décembre 2026", "This article appeared in issue 47 of The Tinker",
    "Erschienen in Natur & Technik Nr. 11/2026", "Pubblicato su Scienza Oggi n. 212",
    "Artykuł ukazał się w numerze 11/2026", "Статья опубликована в журнале Наука и жизнь № 11",
])
def test_round_26_a_magazines_print_issue_line_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("print edition", line)]


@pytest.mark.parametrize("line", [
    "The study was published in Nature, issue 612, last week, and drew wide attention.",
    "Pubblicato su Scienza Oggi n. 212, lo studio ha suscitato molte polemiche tra i ricercatori.",
])
def test_round_26_a_sentence_naming_an_issue_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Photo : © Institut Orvanne de biologie marine", "Foto: © Museo civico di storia naturale",
    "Photo: © University of the Lower Vale",
])
def test_round_26_a_picture_credit_with_the_rights_sign_goes(line):
    assert [r.text for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [line]


@pytest.mark.parametrize("line, reason", [
    ("Voci di Quartiere è prodotto da Associazione Onde Corte. Musiche di Marco Telli.", "byline"),
    ("The Tinker is produced by Northlight Audio. Music by Sam Hale.", "byline"),
    ("Une production Studio Vague. Musique : Léa Morel.", "byline"),
    ("Produziert von Radio Nordwind. Musik: Jan Berg.", "byline"),
    ("Produkcja: Studio Fala. Muzyka: Jan Nowak.", "byline"),
    ("Музыка: Иван Петров", "byline"),
    ("Con 20 euro al mese garantisci un pomeriggio di doposcuola a un bambino.", "site notice"),
    ("With £10 a month you give a child a week of meals.", "site notice"),
    ("Avec 20 € par mois, vous offrez un repas par jour à une famille.", "site notice"),
    ("Mit 20 Euro im Monat ermöglichen Sie einem Kind den Schulbesuch.", "site notice"),
    ("Za 20 zł miesięcznie zapewnisz dziecku obiady.", "site notice"),
    ("Le donazioni a Fondazione Mani Aperte Onlus sono deducibili ai sensi di legge.", "site notice"),
    ("Les dons aux partis politiques ouvrent droit à une réduction d'impôt de 66 %.", "site notice"),
    ("Donations are tax-deductible.", "site notice"),
    ("Spenden sind steuerlich absetzbar.", "site notice"),
    ("Darowizny można odliczyć od podatku.", "site notice"),
    ("Trascrizione disponibile per i sostenitori", "media note"),
    ("Transcript available for members", "media note"),
    ("Hide transcript", "media note"),
    ("Have your say: join the discussion below.", "comment form"),
    ("Tell us what you think in the comments.", "comment form"),
    ("Dites-nous ce que vous en pensez dans les commentaires.", "comment form"),
    ("Diskutieren Sie unten mit.", "comment form"),
    ("Dicci la tua nei commenti.", "comment form"),
    ("Podziel się opinią w komentarzach.", "comment form"),
    ("Поделитесь мнением в комментариях.", "comment form"),
])
def test_round_26_a_shows_a_charitys_or_a_comment_boxs_notice_after_the_article_goes(line, reason):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line)] == [
        (reason, line)]


@pytest.mark.parametrize("line", [
    "The show is produced by the same team that made the first season.",
    "Music by Sam Hale opened the ceremony, and the crowd sang along.",
    "With €20 a month, the family pays for heating and little else.",
    "Donations to the party rose by a third last year.",
    "The transcript of the hearing runs to 400 pages.",
    "Residents can comment on the plan until Friday below the town hall.",
    "Comments from residents filled three hours of the meeting.",
])
def test_round_26_a_last_sentence_about_a_show_money_or_comments_stays(line):
    assert find_noise(BODY_BEFORE + BODY_AFTER.rstrip() + "\n\n" + line) == []


@pytest.mark.parametrize("lang, sig, buttons, back, similar", [
    ("pl", "Pozdrawiam, Ela | Moja działka: 300 m², ROD „Słonecznik”", ["Cytuj", "Zgłoś", "Góra"],
     "Wróć do „Pomidory”", "Podobne tematy"),
    ("en", "Cheers, Dave | Two plots in Harrowfield since 2009", ["Quote", "Report", "Top"],
     "Return to “Tomatoes”", "Similar topics"),
    ("de", "LG, Jens | Gärtnern seit 1998", ["Zitieren", "Melden", "Nach oben"], "Zurück zu „Tomaten“",
     "Ähnliche Themen"),
])
def test_round_26_a_forum_posts_signature_buttons_and_board_links_go(lang, sig, buttons, back, similar):
    case = page_from_blocks("forum-" + lang, [
        ["-Allotment Forum", "-Log in | Register"],
        ["-Board index › Vegetables › Tomatoes", "-New topic", "-Page 1 of 1"],
        ["+Late blight on tomatoes: how I saved half of the crop"],
        ["-Post by green_plot » Fri Aug 14, 2026 8:41 pm", "-Posts: 1312"],
        ["+This year the blight came to me at the start of August, after a week of rain and warm nights.",
         "+Of 40 plants I kept 22 healthy ones, and this is what I did, step by step, over the next days:",
         "+1. I removed every infected leaf at once and burned them.",
         "+2. I watered only in the morning and only at the root.",
         "+Next time I will choose resistant varieties and leave more room between the plants."],
        ["-" + sig, *("-" + b for b in buttons), "-" + back],
        ["-" + similar, "-Tomatoes cracking – what am I doing wrong?"],
        ["-Who is online", "-Powered by phpBB® Forum Software © phpBB Limited"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "Cheers, the crowd shouted as the mayor cut the ribbon.",
    "Return to the town centre was slow, the drivers said.",
])
def test_round_26_a_sentence_opening_with_a_greeting_or_a_return_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("lang, menu, listen, number, title, play", [
    ("it", "Episodi Chi siamo Sostienici Contatti", ["Ascolta su Spotify", "Ascolta su Apple Podcasts"], "Episodio 48",
     "La biblioteca che apre di notte", "▶ Riproduci"),
    ("en", "Episodes About Support Contact", ["Listen on Spotify", "Listen on Apple Podcasts"], "Episode 48",
     "The library that opens at night", "▶ Play"),
    ("fr", "Épisodes Qui sommes-nous Soutenir Contact", ["Écouter sur Spotify", "Écouter sur Deezer"], "Épisode 48",
     "La bibliothèque qui ouvre la nuit", "▶ Lecture"),
])
def test_round_26_a_podcast_episodes_title_under_its_stamps_stays(lang, menu, listen, number, title, play):
    case = page_from_blocks("podcast-" + lang, [
        ["-Neighbourhood Voices", "-" + menu, *("-" + x for x in listen)],
        ["-" + number, "-21/10/2026", "-38 min"],
        ["+" + title],
        ["-" + play, "-00:00 / 38:12"],
        ["+In this episode we visit the town library of Valmarina, which since September has stayed open until "
         "midnight on Fridays and Saturdays.",
         "+With us are the director, Silvia Rondani, and two students who come every week after their shifts."],
        ["-Share", "-Leave a comment", "-© 2026 Neighbourhood Voices"],
    ])
    assert _problems(case, lang) == []


# --- round 27 (developed on held-out set 28) --------------------------------------------------

@pytest.mark.parametrize("line", [
    "Jump to navigation Jump to search",
    "Перейти к навигации Перейти к поиску",
    "From Wikipedia, the free encyclopedia",
    "Aus Wikipedia, der freien Enzyklopädie",
    "Un article de Wikipédia, l'encyclopédie libre.",
    "Da Wikipedia, l'enciclopedia libera.",
    "Z Wikipedii, wolnej encyklopedii",
    "Материал из Википедии — свободной энциклопедии",
    "For other uses, see Harbour (disambiguation).",
    "Pour les articles homonymes, voir Port.",
    "Zu weiteren Bedeutungen siehe Hafen (Begriffsklärung).",
    "Se stai cercando altri significati, vedi Porto (disambigua).",
    "Zobacz też: Port (ujednoznacznienie)",
    "У этого термина существуют и другие значения, см. Гавань (значения).",
    "This article is a stub. You can help Wikipedia by expanding it.",
    "Cet article est une ébauche concernant une localité. Vous pouvez partager vos connaissances en l'améliorant.",
    "Questa voce è solo un abbozzo.",
    "To jest tylko zalążek artykułu. Jeśli możesz, rozbuduj go.",
    "Это заготовка статьи о населённом пункте. Вы можете помочь проекту, дополнив её.",
    "Article  Talk", "Artikel  Diskussion", "Статья  Обсуждение",
    "Read  Edit  View history", "Lesen  Bearbeiten  Quelltext bearbeiten  Versionsgeschichte",
    "Czytaj  Edytuj  Edytuj kod źródłowy  Wyświetl historię",
    "Main page  Contents  Current events  Random article  About Wikipedia",
    "Strona główna  Losuj artykuł  Ostatnie zmiany  Pomoc",
    "Search Wikipedia", "Szukaj w Wikipedii", "Искать в Википедии",
    "Log in  Create account", "Войти  Создать учётную запись",
    "This page was last edited on 14 November 2026, at 10:42 (UTC).",
    "Diese Seite wurde zuletzt am 14. November 2026 um 10:42 Uhr bearbeitet.",
    "Эта страница в последний раз была отредактирована 14 ноября 2026 в 10:42.",
    "Retrieved from \"https://en.wikipedia.org/wiki/Harbour\"",
    "Abgerufen von „https://de.wikipedia.org/wiki/Hafen“",
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.",
    "Il testo è disponibile secondo la licenza Creative Commons Attribuzione-Condividi allo stesso modo.",
    "Текст доступен по лицензии Creative Commons Attribution-ShareAlike; в отдельных случаях могут действовать "
    "дополнительные условия.",
])
def test_round_27_a_wikis_interface_lines_go(line):
    assert [r.reason for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == ["wiki chrome"]


@pytest.mark.parametrize("line", [
    "From Wikipedia to the local archive, the volunteers checked every date in the leaflet.",
    "For other uses of the harbour, see the council's plan, the mayor told the meeting.",
    "This article is about the vote, the editor said, not about the mayor.",
    "Read, edit and share: the new council app promises all three, but few residents use it.",
    "Search the archive, the historian advised, and you will find the same names again.",
    "The text is available in the town library, and the council will publish it online next week.",
    "Статья обсуждение которой затянулась, так и не вышла в печать.",
])
def test_round_27_a_sentence_near_a_wikis_interface_line_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("lang, head, toc, rows, sections, tail", [
    ("en", ["Jump to navigation Jump to search", "Main page  Contents  Random article  About  Donate",
            "Search Localpedia", "Log in  Create account", "Article  Talk", "Read  Edit  View history"],
     ["Contents", "1 History  2 Population  3 Sights"],
     ["District: Northdale", "Population: 214 (2021)", "First mentioned: 1678"],
     ["History", "Population", "Sights"],
     ["Categories: Villages in Northdale | Villages", "Retrieved from \"https://localpedia.org/wiki/Brackwater\"",
      "Tools", "Print/export", "Download as PDF", "This page was last edited on 14 November 2026, at 10:42.",
      "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.",
      "Privacy policy  About Localpedia  Disclaimers  Mobile view"]),
    ("de", ["Zur Navigation springen Zur Suche springen", "Hauptseite  Themenportale  Zufälliger Artikel  Spenden",
            "Heimatwiki durchsuchen", "Anmelden  Benutzerkonto erstellen", "Artikel  Diskussion",
            "Lesen  Bearbeiten  Versionsgeschichte"],
     ["Inhaltsverzeichnis", "1 Geschichte", "2 Bevölkerung", "3 Sehenswürdigkeiten"],
     ["Landkreis: Nordheide", "Einwohner: 214 (2021)", "Ersterwähnung: 1678"],
     ["Geschichte", "Bevölkerung", "Sehenswürdigkeiten"],
     ["Kategorien: Ort im Landkreis Nordheide | Dorf", "Abgerufen von „https://heimatwiki.de/wiki/Brackwasser“",
      "Werkzeuge", "Drucken/exportieren", "Als PDF herunterladen",
      "Diese Seite wurde zuletzt am 14. November 2026 um 10:42 Uhr bearbeitet.",
      "Der Text ist unter der Lizenz „Creative Commons Attribution/Share Alike“ verfügbar.",
      "Datenschutz  Über Heimatwiki  Impressum  Mobile Ansicht"]),
    ("pl", ["Przejdź do nawigacji Przejdź do wyszukiwania", "Strona główna  Losuj artykuł  Ostatnie zmiany  Pomoc",
            "Szukaj w Wikiregionie", "Zaloguj się  Utwórz konto", "Artykuł  Dyskusja",
            "Czytaj  Edytuj  Wyświetl historię"],
     ["Spis treści", "1 Historia  2 Ludność  3 Zabytki"],
     ["Powiat: północny", "Ludność: 214 (2021)", "Pierwsza wzmianka: 1678"],
     ["Historia", "Ludność", "Zabytki"],
     ["Kategorie: Wsie w powiecie północnym | Wsie", "Źródło: „https://wikiregion.pl/wiki/Brakowo”",
      "Narzędzia", "Drukuj lub eksportuj", "Pobierz jako PDF",
      "Tę stronę ostatnio edytowano 14 lis 2026, 10:42.",
      "Tekst udostępniany na licencji Creative Commons: uznanie autorstwa, na tych samych warunkach.",
      "Zasady ochrony prywatności  O Wikiregionie  Korzystanie  Wersja mobilna"]),
])
def test_round_27_a_wiki_pages_body_is_not_cut_by_its_infobox_and_contents(lang, head, toc, rows, sections, tail):
    """The lead, the infobox's rows, the section headings, their paragraphs and the last section's
    list are the article's; the wiki's frame and its table of contents go."""
    case = page_from_blocks("wiki-" + lang, [
        ["-" + x for x in head],
        ["+Brackwater", "-" + {"en": "From Localpedia, the free encyclopedia",
                               "de": "Aus Heimatwiki, der freien Enzyklopädie",
                               "pl": "Z Wikiregionu, wolnej encyklopedii"}[lang]],
        ["+Brackwater is a village in the Northdale district, on the right bank of the river Brack, 14 km north of "
         "the district town.", *("+" + r for r in rows), *("-" + t for t in toc)],
        ["+" + sections[0],
         "+The village was first recorded in 1678 as a hamlet of six farms. In the 19th century two water mills "
         "and a brickworks stood here.",
         "+" + sections[1],
         "+The village had its largest population, 1,130 people, in 1926; since the 1970s it has been shrinking "
         "and 214 people lived there in 2021.",
         "+" + sections[2],
         "+• the wooden church of the Intercession (1794);",
         "+• the former village school (1902);",
         "+• the mill dam on the river Brack."],
        ["-" + x for x in tail],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("header, entries", [
    ("Contents", ["1 History", "2 Population", "3 Sights"]),
    ("Sommaire", ["1 Histoire  2 Population  3 Monuments"]),
    ("Indice", ["1 Storia", "1.1 Origini", "2 Società"]),
    ("Содержание [скрыть]", ["1 История  2 Население"]),
])
def test_round_27_a_table_of_contents_goes(header, entries):
    text = BODY_BEFORE + header + "\n" + "\n".join(entries) + BODY_AFTER
    assert {r.reason for r in find_noise(text)} == {"table of contents"}


@pytest.mark.parametrize("header, entries", [
    ("Contents", ["1. Open the box.", "2. Remove the packing."]),  # the article's own numbered steps
    ("Indice", ["Il tasso di disoccupazione è sceso al 6 per cento."]),
    ("Содержание", ["3 История  4 Население"]),  # not numbered from 1
])
def test_round_27_a_contents_header_without_its_entries_is_no_table(header, entries):
    text = BODY_BEFORE + header + "\n" + "\n".join(entries) + BODY_AFTER
    assert "table of contents" not in {r.reason for r in find_noise(text)}


@pytest.mark.parametrize("lang, header, items", [
    ("en", "Key points", ["• Kiln works to close by the end of September 2027", "• Gas bill has tripled since 2023"]),
    ("fr", "En bref", ["• L'usine fermera fin septembre 2027", "• La facture de gaz a triplé depuis 2023"]),
    ("de", "Das Wichtigste in Kürze", ["• Das Werk schließt Ende September 2027",
                                       "• Die Gasrechnung hat sich seit 2023 verdreifacht"]),
    ("it", "In sintesi", ["• La fornace chiuderà a fine settembre 2027", "• La bolletta del gas è triplicata"]),
    ("ru", "Коротко", ["• Завод закроют в конце сентября 2027 года", "• Счёт за газ вырос втрое с 2023 года"]),
])
def test_round_27_a_summary_lists_header_under_the_title_stays(lang, header, items):
    case = page_from_blocks("summary-" + lang, [
        ["-The Calder Ledger", "-Sign in", "-Companies  Markets  Economy  Opinion  Work & Careers  Life & Arts",
         "-Companies / Manufacturing"],
        ["+Tessend Ceramics to shut Hallowmere kiln works as energy costs bite"],
        ["-Rosalind Pemberton, Industry Correspondent", "-Updated 3 hours ago"],
        ["+" + header, *("+" + x for x in items)],
        ["+Tessend Ceramics will close its kiln works in Hallowmere, ending more than a century of pottery making in "
         "the town, after its gas bill for the site tripled in three years.",
         "+The group told staff on Tuesday that firing and glazing would move to its factory overseas by the end of "
         "September next year."],
        ["-Reuse this content", "-More on this topic", "-Help  Contact us  Accessibility  Cookies  Terms & Conditions",
         "-© The Calder Ledger Ltd 2026. All rights reserved."],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("header", ["Share this story", "Sign up for alerts"])
def test_round_27_a_widgets_header_over_items_under_the_title_still_goes(header):
    case = page_from_blocks("summary-widget", [
        ["-The Calder Ledger", "-Sign in", "-Companies  Markets  Economy  Opinion  Work & Careers  Life & Arts",
         "-Companies / Manufacturing"],
        ["+Tessend Ceramics to shut Hallowmere kiln works as energy costs bite"],
        ["-Rosalind Pemberton, Industry Correspondent", "-Updated 3 hours ago"],
        ["-" + header],
        ["+Tessend Ceramics will close its kiln works in Hallowmere, ending more than a century of pottery making in "
         "the town, after its gas bill for the site tripled in three years.",
         "+The group told staff on Tuesday that firing and glazing would move to its factory overseas by the end of "
         "September next year."],
        ["-Reuse this content", "-More on this topic", "-Help  Contact us  Accessibility  Cookies  Terms & Conditions",
         "-© The Calder Ledger Ltd 2026. All rights reserved."],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("lang, rows", [
    ("fr", ["Texte et mise en scène : Ninon Adjovi", "Avec : Inès Caradec, Basile Montreuil, Théo Rambert",
            "Scénographie : Maud Lherbier", "Notre avis : 4/5"]),
    ("de", ["Regie: Ninon Adjovi", "Mit: Inès Caradec, Basile Montreuil, Théo Rambert", "Bühnenbild: Maud Lherbier",
            "Unser Urteil: 4/5"]),
    ("it", ["Testo e regia: Ninon Adjovi", "Con: Inès Caradec, Basile Montreuil", "Il nostro voto: 8/10"]),
    ("pl", ["Reżyseria: Ninon Adjovi", "Obsada: Inès Caradec, Basile Montreuil", "Nasza ocena: 4/5"]),
    ("ru", ["Режиссёр: Нинон Аджови", "В ролях: Инес Карадек, Базиль Монтрёй", "Наша оценка: 4/5"]),
    ("en", ["Written and directed by: Ninon Adjovi", "Cast: Inès Caradec, Basile Montreuil",
            "Our verdict: 4/5"]),
])
def test_round_27_a_reviews_credits_and_verdict_under_its_last_paragraph_stay(lang, rows):
    case = page_from_blocks("review-" + lang, [
        ["-Le Souffleur", "-S'abonner", "-Se connecter", "-Accueil › Scènes › Critiques"],
        ["+« Les Heures creuses » : une nuit blanche au bord de la rupture"],
        ["-Par Sidonie Marchetti", "-Publié le 28 novembre 2026 à 09h15"],
        ["+Il est deux heures du matin à l'Hôtel du Commerce, et plus personne n'arrive. Derrière le comptoir, "
         "Odile, Firmin et le jeune Kevin tuent le temps.",
         "+Inès Caradec compose une Odile impériale, tout en silences, face à un Basile Montreuil qui fait de "
         "Firmin un clown fatigué.", *("+" + r for r in rows)],
        ["-Partager : Facebook · X · LinkedIn · E-mail", "-Mots-clés : théâtre, création, huis clos",
         "-À lire aussi", "-© Le Souffleur 2026 – Tous droits réservés"],
    ])
    assert _problems(case, lang) == []


def test_round_27_a_pages_rows_under_the_last_paragraph_still_go():
    """Rows with one credit-like word at most and no score (a genre, a section, a source) are no review's
    card."""
    case = page_from_blocks("rows-tail", [
        ["-Le Souffleur", "-S'abonner", "-Se connecter", "-Accueil › Scènes › Critiques"],
        ["+« Les Heures creuses » : une nuit blanche au bord de la rupture"],
        ["-Par Sidonie Marchetti", "-Publié le 28 novembre 2026 à 09h15"],
        ["+Il est deux heures du matin à l'Hôtel du Commerce, et plus personne n'arrive. Derrière le comptoir, "
         "Odile, Firmin et le jeune Kevin tuent le temps.",
         "+Inès Caradec compose une Odile impériale, tout en silences, face à un Basile Montreuil qui fait de "
         "Firmin un clown fatigué."],
        ["-Genre : Critique", "-Rubrique : Scènes", "-Mots-clés : théâtre, création, huis clos", "-Source : Le Souffleur",
         "-Partager : Facebook · X · LinkedIn · E-mail", "-À lire aussi", "-© Le Souffleur 2026 – Tous droits réservés"],
    ])
    assert _problems(case, "fr") == []


@pytest.mark.parametrize("line, reason", [
    # a newsletter's mail footer
    ("You are receiving this email because you subscribed to The Harbour Letter.", "mail footer"),
    ("Vous recevez cet e-mail car vous êtes inscrit à la lettre du Souffleur.", "mail footer"),
    ("Sie erhalten diese E-Mail, weil Sie den Newsletter von ackerzeit abonniert haben.", "mail footer"),
    ("Ricevi questa email perché ti sei iscritto alla newsletter di Sottopalco.", "mail footer"),
    ("Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter.", "mail footer"),
    ("Вы получили это письмо, потому что подписались на рассылку «Городской улей».", "mail footer"),
    ("Add us to your address book so our emails do not end up in spam.", "mail footer"),
    ("Добавьте наш адрес в контакты, чтобы письма не попадали в спам.", "mail footer"),
    ("Unsubscribe | Update your preferences", "mail footer"),
    ("Se désinscrire · Gérer mes préférences", "mail footer"),
    ("Отписаться  Изменить настройки подписки", "mail footer"),
    ("Our mailing address is: PO Box 41, Harbourton", "mail footer"),
    ("Nasz adres pocztowy: skr. poczt. 41, Mostrzyce", "mail footer"),
    ("This email was sent via Mailchimp", "mail footer"),
    ("Письмо отправлено через Unisender", "mail footer"),
    ("Forward to a friend", "mail footer"), ("Inoltra a un amico", "mail footer"),
    ("Ответьте на это письмо — мы читаем всё.", "mail footer"),
    ("Just reply to this email – we read everything.", "mail footer"),
    # a newsletter's sponsor line
    ("This issue is sponsored by Harbour Coffee: show this email for 10% off.", "advertisement"),
    ("Partenaire de ce numéro : la librairie Les Mots Bleus", "advertisement"),
    ("Diese Ausgabe wird präsentiert von der Stadtbäckerei Krume.", "advertisement"),
    ("Partner di questo numero: Caffè del Porto", "advertisement"),
    ("Partnerem wydania jest kawiarnia Ziarno.", "advertisement"),
    ("Партнёр выпуска — кофейня «Зерно и пар»: покажите это письмо и получите скидку 10 %", "advertisement"),
    # the page naming itself as an advertiser's material
    ("This article is sponsored content from Acme Bank.", "advertisement"),
    ("Cet article est un contenu sponsorisé.", "advertisement"),
    ("Dieser Artikel ist ein Werbebeitrag unseres Partners.", "advertisement"),
    ("Questo articolo è un contenuto sponsorizzato.", "advertisement"),
    ("Artykuł jest materiałem promocyjnym partnera.", "advertisement"),
    ("Материал является рекламным.", "advertisement"),
    # the newsroom asking for tips with its contact
    ("Got a story? Email newsdesk@harbourherald.co.uk or call 0161 496 0732", "tip-off line"),
    ("Une info ? Écrivez-nous à redaction@lesouffleur.fr", "tip-off line"),
    ("Sie haben einen Hinweis? Schreiben Sie an hinweise@ackerzeit.de", "tip-off line"),
    ("Hai una segnalazione? Scrivi a redazione@sottopalco.it", "tip-off line"),
    ("Masz temat? Napisz: redakcja@przystan.pl", "tip-off line"),
    ("Ваши новости и жалобы присылайте в наш Telegram-бот @uley_news_bot", "tip-off line"),
    # a paywall's share left to read, and the site's subscribe button with its price
    ("Cet article est réservé aux abonnés. Il vous reste 72 % à découvrir.", "paywall notice"),
    ("You have 80% of this article left to read.", "paywall notice"),
    ("Ihnen fehlen noch 75 % des Artikels.", "paywall notice"),
    ("Resta da leggere il 70% dell'articolo.", "paywall notice"),
    ("Pozostało 68% artykułu do przeczytania.", "paywall notice"),
    ("Осталось прочитать 70% статьи.", "paywall notice"),
    ("Subscribe for £1 a week", "paywall notice"),
    ("Abbonati a 1 € a settimana", "paywall notice"),
    # a plea to support the site named in quotes
    ("Поддержите «Городской улей» — от 100 рублей в месяц", "self-promotion"),
    ("Soutenez « Le Souffleur » : dès 3 € par mois", "self-promotion"),
    # a row of prices with their arrows
    ("Milch 47,2 ct/kg ▲  Weizen 231 €/t ▼  Raps 468 €/t ▲", "market ticker"),
    ("Pszenica 890 zł/t ▲ Rzepak 2100 zł/t ▼", "market ticker"),
    ("Нефть 82 $ ▲ Золото 2310 $ ▼", "market ticker"),
])
def test_round_27_a_newsletters_footer_sponsor_tip_off_paywall_and_ticker_lines_go(line, reason):
    assert [r.reason for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [reason]


@pytest.mark.parametrize("line", [
    "You received this email from the council, a resident said, but it went to spam.",
    "Add us to the list of objectors, the residents' association wrote to the council.",
    "Forward planning for the harbour will take another two years.",
    "This article is a partner of the campaign, the mayor said.",
    "The article is promotional material, critics said.",
    "Police asked anyone who has a story about the night to call 101.",
    "Have a story? The council wants to hear from residents, said the mayor.",
    "There is 40% of the budget left to spend, the treasurer said.",
    "Il vous reste 30 % du forfait à payer.",
    "Subscribers pay £1 a week.",
    "Поддержите «Городской улей», говорили активисты, и люди шли.",
    "Prices rose ▲ 3 and fell ▼ 2 in the same week.",
    "Партнёр выпуска новостей, по словам директора, пока не найден, и студия ищет спонсора.",
])
def test_round_27_a_sentence_near_those_lines_stays(line):
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", ["Oprac. Katarzyna Wilczek", "Red. Jan Nowak", "Bearb. Jonas Reinhold",
                                  "Ред. Елена Сорокина"])
def test_round_27_an_abbreviated_role_and_name_under_the_title_goes(line):
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("lang, menu", [
    ("fr", "Scènes  Danse  Cirque  Opéra  Festivals  Agenda"),
    ("de", "Ackerbau  Tierhaltung  Technik  Markt  Betrieb & Recht  Wetter"),
    ("it", "Lo Studio  Aree di attività  Professionisti  Sedi  Blog  Contatti"),
    ("pl", "Ogród  Dom  Kuchnia  Zwierzęta  Zdrowie"),
    ("ru", "Сад  Огород  Дом  Рецепты  Питомцы"),
])
def test_round_27_a_menu_with_wide_gaps_in_the_head_goes(lang, menu):
    case = page_from_blocks("spaced-menu-" + lang, [
        ["-Le Souffleur", "-" + menu, "-Se connecter"],
        ["+Harbour vote delayed after a long and angry meeting"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again to discuss the plan."],
        ["-Partager : Facebook · X · LinkedIn · E-mail", "-© Le Souffleur 2026 – Tous droits réservés"],
    ])
    assert _problems(case, lang) == []


def test_round_27_a_row_of_labels_with_wide_gaps_in_the_body_stays():
    """Only the head's: in the body, such a row is the article's (a table's header, a list)."""
    case = page_from_blocks("spaced-row-body", [
        ["-Le Souffleur", "-Se connecter"],
        ["+Harbour vote delayed after a long and angry meeting"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+Candidate  Party  Votes  Share",
         "+The vote is now expected on April 12, when the council meets again to discuss the plan."],
        ["-Partager : Facebook · X · LinkedIn · E-mail", "-© Le Souffleur 2026 – Tous droits réservés"],
    ])
    assert _problems(case, "en") == []


# Round 28 (developed on held-out set 29)

@pytest.mark.parametrize("where, line", [
    ("head", "Aktualizacja nr 4: dach nad psiarnią gotowy!"),
    ("head", "Mis à jour n° 3 : le chantier reprend"),
    ("head", "Aggiornamento n. 2: i lavori sono finiti"),
    ("tail", "All rights reserved: the phrase is printed on every page of the contract, the lawyer says."),
    ("tail", "Alle Rechte vorbehalten: Dieser Satz steht auf jeder Seite des Vertrags, sagt der Anwalt."),
    ("tail", "Wszelkie prawa zastrzeżone: ta formuła widnieje na każdej stronie umowy, przypomina adwokat gminy."),
    ("tail", "Все права защищены: эта фраза стоит на каждой странице договора, напоминает юрист."),
])
def test_round_28_a_numbered_update_title_and_a_sentence_naming_the_rights_phrase_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Aktualizacja: 12 marca 2024, 10:15"),
    ("head", "Mis à jour le 02/12/2026 à 10h15"),
    ("tail", "Tous droits réservés : reproduction interdite sans autorisation."),
    ("tail", "All rights reserved: no part of this site may be reproduced without permission."),
    ("tail", "© 2026 Le Courrier. Tous droits réservés : reproduction interdite, rappelle la loi."),
])
def test_round_28_an_update_stamp_and_a_rights_footer_still_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Interview by Jane Doe"),
    ("head", "Propos recueillis par Julien Morvan"),
    ("head", "Das Gespräch führte Anna Weber"),
    ("head", "Intervista di Marco Neri"),
    ("head", "Rozmawiała Anna Wróbel"),
    ("head", "Беседовал Иван Петров"),
    ("tail", "This article is taken from the Hollins Herald of 3 March 2026."),
    ("tail", "Cet article est issu du Courrier des Vallons daté du 28 novembre 2026."),
    ("tail", "Dieser Artikel stammt aus der Lindtaler Rundschau vom 3. März 2026."),
    ("tail", "Questo articolo è tratto dalla Gazzetta di Valsenna del 3 marzo 2026."),
    ("tail", "Artykuł pochodzi z wydania Gazety Lipowieckiej z 3 marca 2026 r."),
    ("tail", "Статья опубликована в газете Северный берег от 3 марта 2026 года."),
    ("tail", "Download the app for breaking news alerts"),
    ("tail", "Téléchargez notre application pour recevoir nos alertes"),
    ("tail", "Laden Sie unsere App herunter und erhalten Sie Push-Nachrichten"),
    ("tail", "Scarica l'app per le notifiche delle ultime notizie"),
    ("tail", "Pobierz aplikację i otrzymuj powiadomienia"),
    ("tail", "Скачайте приложение, чтобы получать уведомления"),
])
def test_round_28_an_interview_byline_a_print_origin_notice_and_an_app_plea_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Interviewed by police, the driver said he had not seen the cyclist."),
    ("body", "Rozmawiała z nim przez godzinę o planach na przyszłość."),
    ("body", "Беседовала с жителями посёлка корреспондент местной газеты."),
    ("body", "Cet article est issu du travail de trois équipes de chercheurs réunies depuis 2019."),
    ("body", "Der Artikel stammt aus der Feder eines Richters vom 3. Senat."),
    ("body", "The article was published in the journal Nature on 3 March 2026."),
    ("tail", "Questo articolo è stato pubblicato dopo la riunione del 3 marzo."),
    ("body", "Статья опубликована в журнале Nature от 3 марта 2026 года."),
    ("body", "Download the app for the museum tour and you will see why it took ten years to build."),
])
def test_round_28_sentences_near_those_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, header, rows", [
    ("fr", "Le livre en bref", ["Éditeur : Éditions du Gué", "Pages : 160", "Prix : 18 €", "Notre note : ★★★★☆"]),
    ("en", "The book at a glance", ["Publisher: Gull Press", "Pages: 160", "Price: £14.99", "Our rating: 4/5"]),
    ("de", "Das Buch", ["Verlag: Lindtal Verlag", "Seiten: 160", "Preis: 22 Euro", "Unsere Bewertung: 4/5"]),
    ("it", "Il libro in breve", ["Editore: Edizioni del Guado", "Pagine: 160", "Il nostro voto: 8/10"]),
    ("pl", "Książka w skrócie", ["Wydawca: Wydawnictwo Bród", "Liczba stron: 160", "Nasza ocena: 4/5"]),
])
def test_round_28_a_review_facts_box_under_its_header_stays(lang, header, rows):
    case = page_from_blocks("book-box-" + lang, [
        ["-La Page Tournée", "-Romans  Essais  Polars  Jeunesse  BD  Agenda", "-Se connecter"],
        ["+A short novel about a dry summer in a southern village"],
        ["+The novelist tells of a drought in a southern village through the eyes of a girl of fifteen.",
         "+The sentences are short, the dialogue rare, and each scene fits on two pages of the book.",
         "+" + header, *("+" + row for row in rows)],
        ["-Partager : Facebook · X · E-mail", "-© La Page Tournée 2026 – Tous droits réservés"],
    ])
    assert _problems(case, lang) == []


def test_round_28_a_readers_rating_under_a_header_still_goes():
    """Only the editors' score joins the card: the readers' rating stays the rules' widget."""
    case = page_from_blocks("book-box-readers", [
        ["-La Page Tournée", "-Romans  Essais  Polars  Jeunesse  BD  Agenda", "-Se connecter"],
        ["+A short novel about a dry summer in a southern village"],
        ["+The novelist tells of a drought in a southern village through the eyes of a girl of fifteen.",
         "+The sentences are short, the dialogue rare, and each scene fits on two pages of the book.",
         "+The book at a glance", "+Publisher: Gull Press", "+Pages: 160"],
        ["-Readers' rating: ★★★★☆ (212 votes)", "-© La Page Tournée 2026 – Tous droits réservés"],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("lang, site, extra, crumb", [
    ("en", "Hollins Vale Zoo – a day out for the whole family", "Book online and save 10%", "Home > News > Animal news"),
    ("fr", "Réseau des médiathèques de Val-Corbière", "Rechercher dans le catalogue",
     "Vous êtes ici : Accueil > Actualités"),
    ("de", "Kreisbank Lindtal eG", "Kontakt & Service: 07341 555-0", "Startseite > Privatkunden > Marktkommentar"),
    ("it", "Pro Loco Roccafosca", "Prenota il tuo soggiorno", "Home » News » Eventi"),
    ("it", "Pro Loco Roccafosca", "Ufficio informazioni: 0575 555 210", "Home » News » Eventi"),
    ("pl", "Kampus – niezależny miesięcznik studentów Akademii Grodzkiej", "Zebrano 48 350 zł z 60 000 zł",
     "Zbiórki › Zwierzęta › Schroniska"),
    ("ru", "Радио «Волна Заречинска» 101,4 FM", "Сейчас в эфире: «Вечерний чай» с Анной Дроздовой",
     "Главная / Программы / «Городской час»"),
])
def test_round_28_the_head_above_the_headline_goes(lang, site, extra, crumb):
    """A menu row, the rules' or the head's noise (three lines), then the headline over its stamp:
    every line above the headline that no sentence reads in is the page's."""
    case = page_from_blocks("head-above-" + lang, [
        ["-Skip to main content", "-" + site, "-Home  News  Events  Visit  Shop  Contact", "-Search", "-" + extra,
         "-Sign in", "-" + crumb],
        ["+Harbour vote delayed after a long and angry meeting", "-Published 2 December 2026"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again to discuss the plan.",
         "+Residents who spoke at the meeting asked for a full study of the harbour's traffic first."],
        ["-Share on Facebook", "-© 2026 Hollins Media. All rights reserved."],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("above", [
    "The council's harbour plan has divided the town for two years.",  # a sentence
    "Why the harbour plan still divides the town after two long years",  # longer than the headline
    "Berlin, 12. März 2026",  # a dateline
    "Council delays harbour vote",  # the first line of a headline printed on two
    "Our towns in 2026 – part 3",  # a series' name with its part, right over the headline
])
def test_round_28_a_sentence_a_longer_title_or_a_dateline_above_the_headline_stays(above):
    case = page_from_blocks("head-above-keep", [
        ["-Skip to main content", "-Hollins Herald", "-Home  News  Events  Visit  Shop  Contact", "-Search",
         "-Sign in"],
        ["+" + above, "+Harbour vote delayed after a long and angry meeting", "-Published 2 December 2026"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again to discuss the plan.",
         "+Residents who spoke at the meeting asked for a full study of the harbour's traffic first."],
        ["-Share on Facebook", "-© 2026 Hollins Media. All rights reserved."],
    ])
    removed = " ".join(r.text for r in find_noise(case.raw))
    assert above not in removed and "Harbour vote delayed" not in removed


# Round 29 (developed on held-out set 30).

@pytest.mark.parametrize("line", [
    "Publicité mensongère : c'est le reproche que les riverains adressent au promoteur depuis deux ans.",
    "False advertising: that is the charge which the residents have made against the developer for two years.",
    "Irreführende Werbung: Das ist der Vorwurf, den die Anwohner dem Bauträger seit zwei Jahren machen.",
    "Pubblicità ingannevole: è questa l'accusa che i residenti rivolgono al costruttore da due anni.",
    "Reklama wprowadzająca w błąd: to zarzut, który mieszkańcy stawiają deweloperowi od dwóch lat.",
    "Недобросовестная реклама: это упрёк, который жители адресуют застройщику уже два года.",
])
def test_round_29_a_cleft_sentence_after_a_label_is_the_articles(line):
    """A phrase and a colon taken up again in a cleft ("X : c'est le reproche que ...") opens a
    sentence of the article, even when the phrase names an ad or a comment."""
    for where in ("head", "body", "tail"):
        assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Transparenzhinweis: Die Reise wurde vom Veranstalter unterstützt.",
    "Disclosure: the trip was paid for by the tourist board.",
    "The writer travelled as a guest of Visit Lakeland.",
    "Ce reportage a été réalisé à l'invitation de l'office de tourisme.",
    "Il viaggio è stato offerto dall'ente del turismo.",
    "Autorka podróżowała na zaproszenie organizatora.",
    "Поездка организована при поддержке туроператора.",
])
def test_round_29_a_sponsored_trip_disclosure_after_the_article_goes(line):
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "The trip was paid for by the council, which has refused to publish the bill.",
    "Die Reise des Bürgermeisters nach Paris wurde von der Stadt bezahlt.",
    "Le voyage du maire a été financé par la commune.",
    "Il viaggio della giunta è stato pagato con fondi pubblici.",
    "Wyjazd radnych sfinansowała gmina.",
    "Поездку депутатов оплатила мэрия.",
])
def test_round_29_a_trip_paid_for_in_the_news_stays(line):
    """A trip paid by those the article reports on, with no disclosure label, no writer and no
    organiser or tourist board as the payer, is the article's last sentence."""
    assert _problems(_insert("tail", [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, header, rows, after", [
    ("en", "Conditions", ["Sky quality meter: 21.4 mag/arcsec²", "Temperature at midnight: -2 °C", "Seeing: 3/5"],
     "Between midnight and three the group logged sixty meteors, including two bright fireballs."),
    ("fr", "Les conditions", ["Vent : 12 nœuds", "Température de l'eau : 14 °C", "Houle : 1,5 m"],
     "Les vingt-deux bateaux ont pris le départ à midi, sous un ciel couvert mais sans pluie."),
    ("de", "Die Bedingungen", ["Wassertiefe: 4 m", "Temperatur: 3 °C", "Sicht: 2 m"],
     "Die Taucher fanden das Wrack nach einer Stunde im trüben Wasser unter der Eisdecke."),
    ("it", "Le condizioni", ["Quota di partenza: 1.200 m", "Temperatura: -4 °C", "Vento: 20 km/h"],
     "Le due cordate sono partite alle cinque e hanno raggiunto la vetta poco prima delle undici."),
])
def test_round_29_a_temperature_row_of_the_articles_table_stays(lang, header, rows, after):
    case = page_from_blocks("measurement-rows-" + lang, [
        ["-Skip to content", "-Home | About | Reports | Join | Contact"],
        ["+A clear night at last for the society's observers on the ridge"],
        ["+After three cancelled sessions, eleven members finally got a clear night at the site on 17 November.",
         "+" + header, *("+" + row for row in rows), "+" + after,
         "+The next session is planned for December, weather permitting, the coordinator said."],
        ["-Print this page", "-© Wendmoor Astronomical Society 2026 · Privacy · Cookies"],
    ])
    assert _problems(case, lang) == []


def test_round_29_a_weather_box_still_goes():
    """A temperature among the page's widgets, no sentence of the article beside its rows, goes."""
    lines = ["Weather in Dunmere", "Temperature: 12 °C", "Humidity: 80%", "Wind: 15 km/h"]
    case = _insert("tail", lines)
    removed = " ".join(r.text for r in find_noise(case.raw))
    assert "Temperature: 12 °C" in removed


@pytest.mark.parametrize("lang, closing, signature", [
    ("de", "Mit herzlichen Grüßen und einem guten Winter", "Euer Vorstand"),
    ("en", "With best wishes for the season", "The Committee"),
    ("fr", "Bien amicalement à toutes et à tous", "Le bureau"),
    ("it", "Cordiali saluti a tutti i soci", "Il direttivo"),
    ("pl", "Pozdrawiamy serdecznie wszystkich członków", "Zarząd klubu"),
    ("ru", "С уважением и наилучшими пожеланиями", "Правление"),
])
def test_round_29_a_letters_signature_under_its_sign_off_stays(lang, closing, signature):
    case = page_from_blocks("letter-" + lang, [
        ["-Imkerverein Oberes Lautertal e. V.", "-Start  Verein  Termine  Rundbriefe  Kontakt", "-Suche",
         "-Mitgliederbereich"],
        ["+Bulletin 4/2026: wintering, mite counts and the honey show"],
        ["+The season is over, and most colonies have gone into the winter well fed and strong this year.",
         "+At the mite count in October we found on average under two mites a day in most of the hives.",
         '+"Our forest honey won gold at the show for the first time," the chairman said at the meeting.',
         "+" + closing, "+" + signature],
        ["-Download as PDF (412 KB)", "-Print"],
        ["-Impressum  Datenschutz", "-© 2026 Imkerverein Oberes Lautertal e. V."],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, site, stamp", [
    ("it", "Camera di Commercio di Montevalle e Riosecco", "Data di pubblicazione: 26/11/2026"),
    ("fr", "Chambre de commerce et d'industrie de Lorvik", "Catégorie : Communiqués"),
    ("de", "Imkerverein Oberes Lautertal e. V.", "Veröffentlicht am 20. November 2026 von Sabine Köhler-Rapp"),
    ("en", "Wendmoor and District Chamber of Commerce", "Category: Press releases"),
    ("pl", "Przychodnia Weterynaryjna Pod Lipami", "Autor: lek. wet. Agnieszka Morawiec"),
    ("pl", "KK Szprycha Borowice", "Kategoria: Relacje z wyścigów"),
    ("ru", "Торгово-промышленная палата Липовецка", "Рубрика: Пресс-релизы"),
])
def test_round_29_a_bodys_name_above_the_menu_and_a_stamp_under_the_title_go(lang, site, stamp):
    """A body's name above the menu, however long, and a stamp under the title beside one a rule
    took (a label and a short value, or a date and its writer)."""
    case = page_from_blocks("name-and-stamp-" + lang, [
        ["-Skip to content", "-" + site, "-Home  News  Events  Members  Shop  Contact", "-Search"],
        ["-Home / News / Press"],
        ["+Harbour vote delayed after a long and angry meeting", "-Published 2 December 2026", "-" + stamp],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again to discuss the plan.",
         "+Residents who spoke at the meeting asked for a full study of the harbour's traffic first."],
        ["-Share on Facebook", "-© 2026 Hollins Media. All rights reserved."],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("under", [
    "Le vote a été reporté au 12 avril.",  # a sentence
    "Analysis: why the town is split",  # a kicker with a clause in its value
    "What happens next for the harbour plan and its many critics in the town",  # a standfirst
])
def test_round_29_a_line_under_the_title_that_is_no_stamp_stays(under):
    case = page_from_blocks("stamp-keep", [
        ["-Skip to content", "-Hollins Herald", "-Home  News  Events  Members  Shop  Contact", "-Search"],
        ["+Harbour vote delayed after a long and angry meeting", "-Published 2 December 2026", "+" + under],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again to discuss the plan.",
         "+Residents who spoke at the meeting asked for a full study of the harbour's traffic first."],
        ["-Share on Facebook", "-© 2026 Hollins Media. All rights reserved."],
    ])
    removed = " ".join(r.text for r in find_noise(case.raw))
    assert under not in removed


# Round 30 (developed on held-out set 31).

@pytest.mark.parametrize("line", [
    "Pubblicità sui mezzi pubblici: il consiglio comunale ha approvato il nuovo regolamento con 18 voti.",
    "Transports scolaires des communes : la région reprend la gestion des cars dès septembre.",
    "Werbung an den Haltestellen: ab März zahlt der Betreiber der Stadt eine höhere Pacht.",
    "Advertising on council buses: the vote passed with 18 councillors in favour and three against.",
    "Reklama w autobusach miejskich: rada gminy przyjęła nowy regulamin osiemnastoma głosami.",
    "Реклама на остановках транспорта: городской совет одобрил новые правила большинством голосов.",
])
def test_round_30_a_topic_and_a_clause_in_small_letters_is_the_articles(line):
    """A topic phrase of two words or more, a colon and a clause in small letters opens a sentence
    of the article at its edges."""
    for where in ("head", "body", "tail"):
        assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Hinweis: Dieser Text wurde mit Unterstützung einer KI übersetzt und redaktionell geprüft.",
    "Editor's note: this article was updated to correct the date of the council meeting.",
    "Note de la rédaction : cet article a été mis à jour le 3 décembre à 14 heures.",
])
def test_round_30_a_notice_label_and_its_sentence_is_no_topic_sentence(line):
    from spinscope.ingest.clean import _is_topic_sentence
    assert not _is_topic_sentence(line)


@pytest.mark.parametrize("lang, rows, subheading", [
    ("en", ["Date: Saturday 29 November 2026", "Time of call: 15:42", "Team members deployed: 14",
            "Duration: 6 hours 20 minutes"], None),
    ("fr", ["Date : samedi 29 novembre 2026", "Heure de l'appel : 15 h 42", "Équipiers engagés : 14",
            "Durée : 6 heures 20"], None),
    ("de", ["Datum: Samstag, 29. November 2026", "Alarmierung: 15:42 Uhr", "Einsatzkräfte: 14",
            "Dauer: 6 Stunden 20 Minuten"], None),
    ("it", ["15 gennaio – «Il giardino di vetro», regia di Elena Morlacchi",
            "5 febbraio – «La cena dei cugini», con la Compagnia del Ponte",
            "12 marzo – «Ultima corsa», prima nazionale"], "Il cartellone"),
    ("pl", ["12 stycznia – «Wesele w Borowicach», reż. Anna Lis", "2 lutego – «Dom nad jeziorem», premiera",
            "9 marca – «Ostatni kurs», premiera"], "Repertuar"),
    ("ru", ["Дата: суббота, 29 ноября 2026 года", "Время вызова: 15:42", "Спасателей: 14",
            "Продолжительность: 6 часов 20 минут"], None),
])
def test_round_30_fact_rows_and_a_programmes_dated_rows_under_the_title_stay(lang, rows, subheading):
    """Three rows or more of one kind under the title (a label and its value, or a date and a dash)
    are the article's, with a short subheading right above them, beside the page's stamps."""
    case = page_from_blocks("rows-" + lang, [
        ["-Skip to main content", "-Glenmorrach Mountain Rescue Team", "-Home  Incidents  About  Training  Contact",
         "-Donate now"],
        ["-Home › Incidents › 2026"],
        ["+Incident 47/2026: Fallen walker on the Carn Dubh ridge", "-Posted by Incident Log on 30 November 2026",
         "-Category: Incidents", *(["+" + subheading] if subheading else []), *("+" + r for r in rows)],
        ["+The team was paged by the police after a walker slipped on ice below the summit of the hill.",
         "+Her companions managed to call for help and gave a grid reference using a mapping app.",
         "+The casualty was splinted and stretchered down to the road, where an ambulance waited."],
        ["-Share on Facebook", "-© 2026 Glenmorrach Mountain Rescue Team"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line, call", [
    ("Le prelazioni per i vecchi abbonati sono aperte fino al 20 dicembre.", False),
    ("The share of the vote fell to 20 per cent, the lowest since 1998.", False),
    ("Die Spende der Stiftung geht an die Tafel.", False),
    ("Abbonati ora: 1 euro al mese per il primo anno.", True),
    ("Subscribe now for £1 a month.", True),
    ("Jetzt abonnieren sie: 2,99 € im Monat.", True),
])
def test_round_30_a_call_word_after_a_determiner_is_a_noun(line, call):
    from spinscope.ingest.clean import _has_call_to_action
    assert _has_call_to_action(line) is call


@pytest.mark.parametrize("line", [
    "Le prelazioni per i vecchi abbonati sono aperte fino al 20 dicembre.",
    "Les anciens abonnés peuvent renouveler leur place jusqu'au 20 décembre.",
    "Die bisherigen Abonnenten können ihre Plätze bis zum 20. Dezember verlängern.",
])
def test_round_30_a_sentence_about_subscribers_closing_the_article_stays(line):
    assert _problems(_insert("tail", [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Комментариев пока нет. Будьте первым!"),
    ("tail", "No comments yet. Be the first to comment!"),
    ("tail", "Aucun commentaire pour le moment. Soyez le premier à réagir !"),
    ("tail", "Noch keine Kommentare. Sei der Erste, der kommentiert!"),
    ("tail", "Ancora nessun commento. Sii il primo a commentare!"),
    ("tail", "Brak komentarzy. Bądź pierwszy!"),
    ("body", "Please enable JavaScript to view this content."),
    ("body", "Bitte aktivieren Sie JavaScript, um dieses Video zu sehen."),
    ("body", "Veuillez activer JavaScript pour afficher ce contenu."),
    ("body", "Включите JavaScript для просмотра этого материала."),
    ("head", "Ihr Browser ist veraltet. Bitte aktualisieren Sie ihn für die beste Darstellung."),
    ("head", "Your browser is out of date. Please update it to view this site."),
    ("head", "Il tuo browser non è aggiornato. Aggiornalo per navigare meglio."),
    ("head", "Ваш браузер устарел. Обновите его для корректной работы сайта."),
    ("tail", "Hinweis: Dieser Text wurde mit Unterstützung einer KI übersetzt und redaktionell geprüft."),
    ("tail", "Note: this article was translated with the help of AI and checked by our editors."),
    ("tail", "Nota: questo articolo è stato tradotto con l'aiuto dell'intelligenza artificiale."),
    ("tail", "We use your sign-up to provide content in ways you've consented to and to improve our "
             "understanding of you."),
    ("tail", "Nous utilisons votre adresse e-mail uniquement pour vous envoyer notre lettre d'information."),
    ("tail", "Wir verwenden Ihre E-Mail-Adresse ausschließlich, um Ihnen den Newsletter zu senden."),
    ("tail", "Twój adres e-mail wykorzystamy wyłącznie do wysyłki newslettera."),
    ("tail", "Мы используем ваш адрес электронной почты только для рассылки новостей."),
])
def test_round_30_page_requirement_empty_comments_ai_and_data_notices_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "There are no comments from the ministry yet, a spokesman said on Friday."),
    ("body", "Be the first to know, the campaign told voters in its last leaflet before the vote."),
    ("body", "The new portal will not work unless users enable JavaScript, critics of the council said."),
    ("head", "Her browser was out of date, the auditors found, and so were half of the council's laptops."),
    ("tail", "We use your taxes to build schools, the mayor told the meeting, not to pay for consultants."),
    ("tail", "Brak komentarzy ze strony ministerstwa to zła wiadomość dla rolników, mówi Jan Nowak."),
])
def test_round_30_a_sentence_near_those_notices_stays(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# Round 31 (developed on held-out set 32, read in full from this round on).

@pytest.mark.parametrize("lang, rows", [
    ("pl", ["Data publikacji: 27.11.2026", "Dodał: Referat Organizacyjny", "Odsłony: 318"]),
    ("en", ["Published: 30 November 2026", "Added by: Incident Log", "Views: 1,204"]),
    ("fr", ["Date de publication : 30/11/2026", "Auteur : Secrétariat", "Vues : 412"]),
    ("de", ["Veröffentlicht: 30.11.2026", "Autor: Geschäftsstelle", "Aufrufe: 57"]),
    ("it", ["Data di pubblicazione: 30/11/2026", "Inserito da: Segreteria", "Visualizzazioni: 96"]),
    ("ru", ["Дата публикации: 30.11.2026", "Добавил: пресс-служба", "Просмотров: 318"]),
])
def test_round_31_metadata_rows_under_the_title_are_no_fact_rows(lang, rows):
    """Three rows of the page's metadata under the title (publication date, who added or wrote it,
    its views) go as stamps: a metadata label makes no fact row (round 30's rows stay, above)."""
    case = page_from_blocks("meta-rows-" + lang, [
        ["-Skip to main content", "-Glenmorrach Mountain Rescue Team", "-Home  Incidents  About  Training  Contact",
         "-Donate now"],
        ["-Home › Incidents › 2026"],
        ["+Incident 47/2026: Fallen walker on the Carn Dubh ridge", *("-" + r for r in rows)],
        ["+The team was paged by the police after a walker slipped on ice below the summit of the hill.",
         "+Her companions managed to call for help and gave a grid reference using a mapping app.",
         "+The casualty was splinted and stretchered down to the road, where an ambulance waited."],
        ["-Share on Facebook", "-© 2026 Glenmorrach Mountain Rescue Team"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("label, meta", [
    ("Data publikacji", True), ("Publication date", True), ("Last updated", True), ("Liczba odsłon", True),
    ("Mis à jour le", True), ("Zuletzt aktualisiert", True), ("Ultima modifica", True), ("Дата обновления", True),
    ("Date", False), ("Time of call", False), ("Durée", False), ("Einsatzkräfte", False), ("Primo impasto", False),
    ("Время вызова", False), ("Class Oak", False),
])
def test_round_31_metadata_label(label, meta):
    from spinscope.ingest.page_blocks import _META_LABEL
    assert bool(_META_LABEL.fullmatch(label)) is meta


@pytest.mark.parametrize("line", [
    "Iscriviti al corso, ripeteva ogni giorno la maestra ai genitori più indecisi.",
    "Abonnez-vous, disait le directeur du journal à chaque réunion de rédaction.",
    "Subscribe to the newsletter, the headteacher urged parents at every assembly last year.",
    "Abonnieren Sie den Newsletter, mahnte der Vorsitzende bei jeder Versammlung.",
    "Zapisz się na kurs, powtarzała nauczycielka rodzicom najbardziej niezdecydowanych uczniów.",
    "Подпишитесь на рассылку, повторял директор на каждом собрании с родителями.",
])
def test_round_31_a_call_quoted_as_someones_words_is_the_articles(line):
    """A sign-up call, a comma and a clause of saying ('..., ripeteva la maestra ...') is a sentence of the
    article that reports it, not the page's prompt."""
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Iscriviti alla newsletter, è gratis!",
    "Abonnez-vous à notre newsletter, c'est gratuit.",
    "Subscribe to our newsletter, it's free.",
    "Zapisz się do newslettera, to nic nie kosztuje.",
    "Подпишитесь на рассылку, это бесплатно.",
])
def test_round_31_a_sign_up_call_with_a_comma_still_goes(line):
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Words by Tom Iredale · Photographs by Nia Okafor"),
    ("head", "Texte : Anne Roux • Photos : Luc Marin"),
    ("head", "Text: Jana Holt · Fotos: Felix Wanninger"),
    ("head", "Testo di Marta Ruggeri · Foto di Luca Neri"),
    ("head", "Tekst: Jan Nowak · Zdjęcia: Anna Lis"),
    ("head", "Текст: Ирина Малахова · Фото: Олег Ким"),
    ("body", "If you buy something through links in this article, we may earn a commission."),
    ("body", "Si vous achetez un produit via nos liens, nous pouvons percevoir une commission."),
    ("body", "Wenn Sie über diese Links etwas kaufen, erhalten wir eine kleine Provision."),
    ("body", "Se acquisti tramite i link di questo articolo, potremmo ricevere una commissione."),
    ("body", "Jeśli kupisz coś przez linki w tym artykule, możemy otrzymać prowizję."),
    ("body", "Если вы купите товар по ссылкам в этой статье, мы можем получить комиссию."),
    ("tail", "Zobacz galerię zdjęć"),
    ("tail", "View the photo gallery"),
    ("tail", "Voir l'album photo du concert"),
    ("tail", "Zur Bildergalerie"),
    ("tail", "Guarda la galleria fotografica"),
    ("tail", "Смотреть фотогалерею"),
])
def test_round_31_credit_byline_affiliate_links_and_gallery_link_go(where, line):
    """Credits joined by a bullet, a commission on the page's links, a link to the photo gallery."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Rain by Monday – Sun by Friday, as the forecasters see the week ahead"),
    ("body", "Ticket agencies earn a commission on every sale made through links from the council website."),
    ("body", "Shops that sell through links on our comparison site earn a commission, the regulator said."),
    ("body", "Zobacz, jak zmieniło się boisko, zachęcał dyrektor szkoły podczas zebrania z rodzicami."),
    ("body", "See photos of the flood damage as the river rose, the museum asked visitors in its appeal."),
    ("tail", "The gallery will open its new wing to visitors in March, the director said."),
])
def test_round_31_sentences_near_credits_affiliate_and_gallery_links_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, head, title, stamp", [
    ("en", ["-Ashcombe Vale Primary School", "-Learning together, growing together",
            "-Home | About Us | Parents | Curriculum | News | Contact", "-Parent Portal login",
            "-You are here: Home » News » Newsletters"],
     "Newsletter – Week 13, Autumn Term", "Friday 4 December 2026"),
    ("fr", ["-Pharmacie des Tilleuls", "-Votre pharmacie à Sainte-Orbe",
            "-Accueil | Conseils santé | Nos services | Horaires", "-Réservez vos tests en ligne",
            "-Accueil > Conseils santé > Hiver"],
     "Rhume ou grippe : comment faire la différence ?", "Mis à jour le 27 novembre 2026"),
    ("de", ["-Kleingartenverein Am Mühlbach e. V.", "-Gärtnern mit Herz seit 1952",
            "-Startseite | Der Verein | Gärten | Termine | Aktuelles | Kontakt", "-Mitglieder-Login",
            "-Startseite > Aktuelles > Berichte"],
     "Herbstfest im Verein: Kürbisse, Kuchen und ein neuer Rekord", "Veröffentlicht am 30.11.2026"),
    ("pl", ["-Miejski Ośrodek Sportu i Rekreacji w Zielonowie", "-Wersja kontrastowa | A A A",
            "-Obiekty | Cennik | Grafik | Zajęcia | Aktualności | Kontakt",
            "-Strona główna » Aktualności » Pływalnia"],
     "Przerwa technologiczna na pływalni Delfin od 4 do 17 stycznia", "Opublikowano: 2 grudnia 2026"),
])
def test_round_31_the_masthead_above_a_taken_menu_row_and_a_breadcrumb_goes(lang, head, title, stamp):
    """Over a menu row a rule took as the page's, the site's name and tagline, a link and a breadcrumb
    of three crumbs above the headline (the line over the first stamp) are the page's; the headline
    with a number after a dash ('Newsletter – Week 13, ...') stays."""
    case = page_from_blocks("masthead-" + lang, [
        head,
        ["+" + title, "-" + stamp],
        ["+The first paragraph of the article tells what happened, where it happened and who took part in it.",
         "+The second paragraph adds the details that readers need to understand the story and its background.",
         "+The third paragraph closes the article with what happens next and when the next meeting is."],
        ["-Share on Facebook", "-© 2026 Example Media"],
    ])
    assert _problems(case, lang) == []


def test_round_31_a_widget_word_and_a_numbered_issue_is_a_title():
    from spinscope.ingest.clean import _segments_reason
    assert _segments_reason("Newsletter – Week 13, Autumn Term") is None
    assert _segments_reason("Lettre d'information – n° 42") is None
    assert _segments_reason("Kommentare (27) – Diskutieren Sie mit!") is not None



@pytest.mark.parametrize("line", [
    "Фанатская вики, не связана с разработчиками игры",
    "Unofficial fan wiki, not affiliated with the game's developers",
    "Wiki de fans non affilié à l'éditeur du jeu",
    "Inoffizielles Fan-Wiki, nicht mit dem Studio verbunden",
    "Wiki non ufficiale, non affiliata agli sviluppatori",
    "Nieoficjalna wiki fanów, niepowiązana z twórcami gry",
    "Edit | History | Talk",
    "Modifier | Historique | Discussion",
    "Bearbeiten | Versionsgeschichte | Diskussion",
    "Modifica | Cronologia | Discussione",
    "Edytuj | Historia | Dyskusja",
    "Править | История | Обсуждение (4)",
])
def test_round_31_a_fan_wikis_disclaimer_tools_and_categories_go(line):
    for where in ("head", "tail"):
        assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The fan club is not affiliated with the football club, its chairman said on Monday."),
    ("body", "Wikipedia editors voted to keep the page, which the fan group had tried to have deleted."),
    ("body", "La storia del club non è collegata alla fondazione, spiega il presidente dei tifosi."),
    ("tail", "History, not talk, will judge the council's record, the mayor told the meeting."),
])
def test_round_31_sentences_near_fan_wiki_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, top", [
    ("ru", ["-Вики по «Хроникам Эльдорна»", "-Фанатская вики, не связана с разработчиками игры",
            "-Исследовать | Главная | Все страницы | Сообщество | Интерактивные карты"]),
    ("en", ["-Eldorn Chronicles Wiki", "-Unofficial fan wiki, not affiliated with the game's developers",
            "-Explore | Main Page | All Pages | Community | Interactive Maps"]),
    ("de", ["-Eldorn-Chroniken Wiki", "-Inoffizielles Fan-Wiki, nicht mit dem Studio verbunden",
            "-Entdecken | Hauptseite | Alle Seiten | Community | Karten"]),
])
def test_round_31_a_wikis_name_and_menu_over_a_short_title_go_and_the_title_stays(lang, top):
    """The wiki's name, its disclaimer and its menu row at the top go; the page's short title under them
    ('Крепость Вороний Утёс', three words) stays."""
    case = page_from_blocks("wiki-" + lang, [
        top,
        ["+Крепость Вороний Утёс" if lang == "ru" else "+Ravencliff Keep", "-Править | История | Обсуждение (4)"
         if lang == "ru" else "-Edit | History | Talk",
         # (the categories row beside the wiki's tools is a stamp of the page)
         "-Категории: Локации, Северный предел, Крепости" if lang == "ru" else "-Categories: Locations, Keeps"],
        ["+The first paragraph of the page tells where the place stands and when the player first reaches it.",
         "+The second paragraph adds the quests that the player can take there and who gives them out.",
         "+The third paragraph closes the page with the facts that the game's early versions changed."],
        ["-Share on Facebook", "-© 2026 Example Media"],
    ])
    assert _problems(case, lang) == []


# Round 32 (developed on held-out set 33, read in full from this round on).

@pytest.mark.parametrize("lang, head, title, stamp", [
    ("fr", ["-Club Nautique de la Presqu'île", "-Accueil", "-Le club", "-Activités", "-Tarifs", "-Contact",
            "-Vous êtes ici : Accueil » Actualités » Régates"],
     "Trois bateaux du club sur le podium de la régate d'automne", "Publié le 3 octobre 2026"),
    ("pl", ["-Stowarzyszenie Przyjaciół Ziemi Zielonowskiej", "-Strona główna", "-O nas", "-Aktualności",
            "-Galeria", "-Kontakt", "-Jesteś tutaj: Strona główna » Aktualności"],
     "Nowa tablica pamiątkowa na rynku w Zielonowie", "Autor: Zarząd Stowarzyszenia"),
    ("de", ["-Heimatverein Lindenau von 1911 e. V.", "-Startseite", "-Verein", "-Termine", "-Chronik",
            "-Kontakt", "-Sie sind hier: Startseite » Aktuelles"],
     "Neue Infotafeln am alten Mühlenweg aufgestellt", "Veröffentlicht am 3. Oktober 2026"),
    ("en", ["-Ashcombe Amateur Dramatic Society", "-Home", "-About", "-Shows", "-Join", "-Contact",
            "-You are here: Home » News"],
     "Our winter pantomime sells out in three days", "Posted on 3 October 2026"),
])
def test_round_32_a_name_over_a_menu_of_one_link_a_line_goes_and_the_headline_stays(lang, head, title, stamp):
    """An organisation's name over its menu printed one link a line (four short labels or more the head
    takes as the page's), a breadcrumb, then the headline over the byline: the name goes, the headline
    (the line over the byline) and the article stay."""
    case = page_from_blocks("column-menu-" + lang, [
        head,
        ["+" + title, "-" + stamp],
        ["+The first paragraph of the article tells what happened and where it happened last weekend.",
         "+The second paragraph adds who took part and what the members of the club said about it.",
         "+The third paragraph closes the report with the next meeting's date and the place it is held."],
        ["-Share on Facebook", "-© 2026 Example Association"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang, head, title, category, stamp", [
    ("it", ["-Studio Veterinario Dott. Luca Ferri", "-Chiama ora: 0371 555 999",
            "-Home | Lo studio | Servizi | Team | Notizie | Contatti", "-Prenota una visita",
            "-Lun–Ven 9:00–19:00, Sab 9:00–13:00", "-Sei in: Home » Notizie"],
     "Vaccini dei cuccioli: il calendario da seguire", "Notizie", "10 novembre 2026"),
    ("pl", ["-Towarzystwo Przyjaciół Biblioteki nr 4 w Zielonowie",
            "-Aktualności | Wydarzenia | Zarząd | Galeria | Kontakt", "-Zaloguj się", "-Start / Ogłoszenia"],
     "Kiermasz książek i zbiórka na nowe regały", "Ogłoszenia", "12 listopada 2026"),
    ("en", ["-Ashcombe Dental Practice", "-Call now: 01632 960999",
            "-Home | Treatments | Our Team | News | Contact", "-Book a visit", "-Mon–Fri 9:00–17:30",
            "-Home › News"],
     "When should children first see a dentist", "News", "10 November 2026"),
    ("ru", ["-Общество любителей книги «Страница»", "-Главная | Новости | Встречи | Контакты | Библиотека",
            "-Войти", "-Главная / Анонсы"],
     "Осенняя ярмарка книг пройдёт в субботу", "Анонсы", "12 ноября 2026"),
])
def test_round_32_a_category_repeating_a_crumb_and_opening_hours_are_no_headline(lang, head, title, category, stamp):
    """The post's category under the headline, a crumb of the breadcrumb above repeated, is the page's, and
    the headline over it is the title; a site's opening hours (a span of clock times, no year) are no
    stamp: the phone line and the booking button above the headline go with the organisation's name."""
    case = page_from_blocks("category-" + lang, [
        head,
        ["+" + title, "-" + category, "-" + stamp],
        ["+The first paragraph of the article tells what happened and where it happened last weekend.",
         "+The second paragraph adds who took part and what the members of the club said about it.",
         "+The third paragraph closes the report with the next meeting's date and the place it is held."],
        ["-Share on Facebook", "-© 2026 Example Association"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("text, hours", [
    ("Lun–Ven 9:00–19:00, Sab 9:00–13:00", True), ("Mon–Sat 9am–6pm", True), ("Пн–Пт 10:00–20:00", True),
    ("Oggi aperti: 10:00–23:00", True), ("12 marzo 2026, 18:00–20:00", False), ("Published 10:42", False),
    ("14 listopada 2026", False),
])
def test_round_32_opening_hours(text, hours):
    from spinscope.ingest.page_blocks import _is_opening_hours
    assert _is_opening_hours(text) is hours


@pytest.mark.parametrize("rows, label, crumb", [
    (["Start / Komunikaty"], "Komunikaty", True), (["Sei in: Home » News"], "News", True),
    (["Главная / Новости / Анонсы"], "Анонсы", True), (["Accueil > Actualités"], "Actualités", True),
    (["Start / Komunikaty"], "Komunikaty zarządu koła", False),  # (a longer line is no crumb repeated)
    (["Home » News"], "Home", False),  # (the breadcrumb's first crumb is the site's home, no category)
    (["Home » News"], "Opinion", False), (["News"], "News", False),
])
def test_round_32_repeated_crumb(rows, label, crumb):
    from spinscope.ingest.clean import Line
    from spinscope.ingest.page_blocks import _is_repeated_crumb
    lines = [Line(0, 0, t) for t in rows + [label]]
    assert _is_repeated_crumb(lines, 0, len(rows)) is crumb


@pytest.mark.parametrize("line, byline", [
    ("da Andrea P.", True), ("da Marco Ferrante, inviato a Genova", True), ("di Andrea P.", True),
    ("by Andrea P.", True), ("par Andréa P.", True), ("Von Andrea P.", True),
    ("da Lunedì a Venerdì", False), ("da Roma a Milano in bici", False), ("Da Roma arriva la conferma", False),
    ("da tre anni", False),
])
def test_round_32_a_bare_byline_with_italian_da(line, byline):
    """Italian 'da' and a name alone on a line is a byline as 'di' is ('da Andrea P.'); in lower case
    only, a sentence's 'Da Roma ...' and 'da' before a lower-case word stay."""
    from spinscope.ingest.clean import line_reason
    assert (line_reason(line, False) == "byline") is byline


@pytest.mark.parametrize("where, line", [
    ("head", "LIVE UPDATES"), ("head", "Live blog"), ("head", "EN DIRECT"), ("head", "Liveticker"),
    ("head", "IN DIRETTA"), ("head", "Relacja na żywo"), ("head", "Прямая трансляция"), ("head", "LIVE"),
    ("tail", "Some quotes have been edited for length and clarity."),
    ("tail", "This interview has been condensed and edited for clarity."),
    ("tail", "Les propos ont été légèrement raccourcis par souci de clarté."),
    ("tail", "Das Interview wurde aus Gründen der Lesbarkeit gekürzt."),
    ("tail", "L'intervista è stata editata per brevità e chiarezza."),
    ("tail", "Wywiad został skrócony i zredagowany."),
    ("tail", "Интервью сокращено и отредактировано для ясности."),
    ("tail", "Materiał chroniony prawem autorskim."),
    ("tail", "Content protected by copyright."),
    ("tail", "Contenu protégé par le droit d'auteur"),
    ("tail", "Dieser Inhalt ist urheberrechtlich geschützt."),
    ("tail", "Contenuto protetto da copyright"),
    ("tail", "Материал защищён авторским правом."),
])
def test_round_32_live_label_edited_note_and_copyright_notice_go(where, line):
    """A live page's label alone (a single word only in capitals), the note that an interview or its
    quotes were edited for length or clarity, and 'protected by copyright' alone on its line."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Live music returns to the park this summer after a two-year break."),
    ("body", "Direct flights to Rome resume in April, the airport said."),
    ("body", "The text has been edited by the council's lawyers before publication."),
    ("body", "The quotes were edited out of the final report, the inquiry found."),
    ("body", "Ustawa została skrócona o trzy artykuły po poprawkach Senatu."),
    ("body", "Das Interview wurde am Montag in Berlin geführt."),
    ("body", "Utwór jest chroniony prawem autorskim, więc sąd oddalił pozew wydawcy."),
    ("body", "The court found the photographs were protected by copyright and ordered the blog to pay damages."),
    ("body", "Интервью сокращено вдвое по требованию юристов, признал редактор газеты."),
])
def test_round_32_sentences_near_live_edited_and_copyright_notices_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("text, crumbs, nav", [
    ("Wohnungssuche Mitglieder Service Genossenschaft Kontakt", {"service"}, True),
    ("Aktualności O nas Doradztwo Szkolenia Kontakt", {"aktualności"}, True),
    ("Телепрограмма Фильмы Сериалы Шоу Новости", {"сериалы"}, True),
    ("Adhésion Activités Bénévoles Partenaires Contact", {"activités"}, True),
    ("Wohnungssuche Mitglieder Service Genossenschaft Kontakt", set(), False),  # (one section word alone)
    ("Biden Visits Ukraine Amid Rising Tensions", {"ukraine"}, False),  # (a headline: no second section)
    ("Serie A Derby Ends In Draw", {"serie"}, False),
])
def test_round_32_a_crumb_of_the_breadcrumb_counts_as_a_menus_section(text, crumbs, nav):
    """A one-word crumb of the page's breadcrumb ('Startseite > Service > ...') is a section of the
    site: with one more section word it makes a row of capitalised words a menu."""
    from spinscope.ingest.page_blocks import _is_nav_row
    assert _is_nav_row(text, frozenset(crumbs)) is nav


@pytest.mark.parametrize("lang, head, title, stamp", [
    ("de", ["-Wohnungsbaugenossenschaft Am Stadtpark eG", "-Gut und sicher wohnen seit 1952",
            "-Wohnungssuche Mitglieder Service Genossenschaft Kontakt", "-Mieterportal-Login",
            "-Notdienst außerhalb der Geschäftszeiten: 0800 555 00 00", "-Startseite > Service > Mitteilungen"],
     "Neue Fenster für die Häuser am Stadtpark", "Veröffentlicht am 3. Oktober 2026"),
    ("pl", ["-Szkoła Jazdy Konnej Podkowa & Siodło", "-tel. 512 000 000", "-O nas Zajęcia Grafik Cennik Aktualności Kontakt",
            "-Zapisz się na zajęcia", "-Strona główna / Aktualności"],
     "Wiosenny przegląd pasiek w gminie Zielonów", "Opublikowano: 3 października 2026"),
    ("ru", ["-Радиогид Плюс", "-Радиопрограмма Станции Подкасты Шоу Новости", "-Поиск",
            "-Главная / Новости / Подкасты"],
     "Новый подкаст о северных городах выходит в декабре", "3 октября 2026"),
])
def test_round_32_a_sites_name_over_a_menu_line_with_a_crumb_goes(lang, head, title, stamp):
    """A row of capitalised words holding a section the breadcrumb names is the site's menu: it and the
    organisation's name above it go; the headline under the breadcrumb stays."""
    case = page_from_blocks("crumb-menu-" + lang, [
        head,
        ["+" + title, "-" + stamp],
        ["+The first paragraph of the article tells what happened and where it happened last weekend.",
         "+The second paragraph adds who took part and what the members of the club said about it.",
         "+The third paragraph closes the report with the next meeting's date and the place it is held."],
        ["-Share on Facebook", "-© 2026 Example Association"],
    ])
    assert _problems(case, lang) == []


# --- round 33 (developed on held-out set 34) --------------------------------------------------

@pytest.mark.parametrize("lang, header, rows, quote", [
    ("pl", "Harmonogram występów", ["Biedronki – 10:00", "Pszczółki – 10:30", "Motylki i Żabki – 11:00"],
     "– Dzieci ćwiczą od października i już nie mogą się doczekać – mówi wychowawczyni Pszczółek."),
    ("fr", "Le programme des groupes", ["Les Moussaillons – 10h30", "Les Matelots – 11h15", "Les Capitaines – 14h00"],
     "– Les enfants répètent depuis octobre et ont hâte d'y être, confie leur monitrice, Claire Martin."),
    ("de", "Der Ablauf am Samstag", ["Gruppe A – 9:30", "Gruppe B – 10:15", "Siegerehrung – 12:00"],
     "– Die Kinder üben seit Oktober und können es kaum erwarten, sagt die Erzieherin Anna Weber."),
    ("en", "The running order", ["Year 3 choir — 6.30", "Brass band — 7.00", "Raffle draw — 7.45"],
     "– The children have rehearsed since October and can hardly wait, says their teacher, Anna Webb."),
])
def test_round_33_a_timetable_of_label_dash_time_rows_is_the_articles(lang, header, rows, quote):
    """Rows of a label, a spaced dash and a time ('Biedronki – 10:00') under a subheading between two
    paragraphs are the article's timetable, not the headers of a comment thread: the article goes on
    to its end."""
    case = page_from_blocks("timetable-" + lang, [
        ["-Example Kindergarten No. 4", "-Home | Groups | Parents | Gallery | Contact"],
        ["+The nativity play and the Christmas fair", "-Added: 20.11.2026", "-Views: 214"],
        ["+This year the nativity play takes place in the gymnasium of the primary school next door.",
         "+Every group prepares a short performance, and after it we invite everyone to the fair."],
        ["+" + header, *("+" + row for row in rows)],
        ["+" + quote],
        ["+The money raised at the fair will pay for new toys for the kindergarten garden.",
         "+Please bring a cake or decorations by the ninth of December."],
        ["-This week's menu (PDF)"],
        ["-Print", "-Share"],
        ["-Reading time: 1 min"],
        ["-See also: Parents' meeting on 27 November"],
        ["-Photo gallery (12)"],
        ["-« Previous post | Next post »"],
        ["-Back to top"],
        ["-This site uses cookies. Accept"],
        ["-Accessibility statement", "-Example Kindergarten No. 4, 7 Field Lane, tel. 62 741 22 35",
         "-Privacy policy", "-Copyright © 2026 Example Kindergarten No. 4"],
    ])
    assert _problems(case, lang) == []


def test_round_33_a_timetable_row_is_a_fact_row_and_commenters_still_open_a_thread():
    from spinscope.ingest.page_blocks import _is_fact_row
    assert _is_fact_row("Biedronki – 10:00") and _is_fact_row("Les Moussaillons – 10h30")
    assert not _is_fact_row("Anna – 10:42. Great article!")
    case = page_from_blocks("thread-after-body", [
        ["-Example Gazette", "-News | Sport | Culture | Contact"],
        ["+Harbour vote delayed again", "-12 March 2026"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again in the same room."],
        ["-Share: Facebook | X"],
        ["-Comments (2)"],
        ["-Anna K. – 10:42", "-About time somebody asked the council what the delay is costing us all."],
        ["-Marek – 11:05", "-The meeting was a farce from start to finish, and everyone there knew it."],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("lang, crumb, title", [
    ("de", "Blog > Rund ums Sehen", "Bildschirmarbeit: So schonen Sie Ihre Augen im Büro"),
    ("fr", "Blog > Conseils pour apprendre", "Cinq conseils pour réussir l'oral d'un examen de langue"),
    ("en", "News > Club life", "Our juniors win the county cup for the second year running"),
    ("it", "Notizie > Vita del circolo", "I nostri ragazzi vincono la coppa provinciale per il secondo anno"),
])
def test_round_33_a_breadcrumb_joined_by_a_spaced_angle_bracket_is_no_headline(lang, crumb, title):
    """A breadcrumb of two crumbs joined by ' > ' over the headline is a row of the page's labels:
    it goes and the headline under it stays."""
    case = page_from_blocks("crumb-" + lang, [
        ["-Example Shop", "-Products | Services | Blog | Contact", "-Book an appointment"],
        ["-" + crumb],
        ["+" + title, "-5 October 2026 · 4 min read"],
        ["+The first paragraph of the post tells the reader what the problem is and who it affects most.",
         "+The second paragraph explains what the shop recommends and why it works for most people."],
        ["-Share this post", "-Facebook", "-Pinterest"],
        ["-Comments are closed."],
        ["-© 2026 Example Shop"],
    ])
    assert _problems(case, lang) == []


def test_round_33_a_sentence_with_an_angle_bracket_is_no_label_row():
    from spinscope.ingest.page_blocks import _is_chrome
    assert _is_chrome("Blog > Rund ums Sehen")
    assert not _is_chrome("Households with an income > £50,000 will pay the higher rate from April.")


@pytest.mark.parametrize("line", [
    "EXCLUSIVE", "Opinion", "ANALYSIS", "ÉDITO", "Tribune", "EILMELDUNG", "Meinung", "ULTIM'ORA", "Editoriale",
    "PILNE", "Komentarz", "МОЛНИЯ", "Мнение",
])
def test_round_33_a_section_or_urgency_label_at_the_top_goes(line):
    """A section's or an urgency's label alone on its line under the headline, before the first
    paragraph, or above the headline at the top of the text."""
    assert _problems(_insert("head", [line]), "en") == []
    raw = line + "\n\n" + BODY_BEFORE + BODY_AFTER.lstrip("\n") + "\n"
    assert [r.text for r in find_noise(raw)] == [line]


@pytest.mark.parametrize("line", ["Opinion", "Kommentar", "Analisi", "Wywiad", "Интервью", "Analyse"])
def test_round_33_the_same_word_as_a_subheading_in_the_body_stays(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Dieser Artikel wurde am 14.02.2026 aktualisiert.",
    "Dieser Beitrag wurde zuletzt am 3. März 2026 geändert.",
    "This article was updated on 3 March 2026.",
    "Cet article a été mis à jour le 3 mars 2026.",
    "Questo articolo è stato aggiornato il 3 marzo 2026.",
    "Ten artykuł został zaktualizowany 3 marca 2026 r.",
])
def test_round_33_the_page_saying_when_it_was_updated_goes(line):
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Das Gesetz wurde am 3. März 2026 geändert, sagte die Ministerin.",
    "Der Bebauungsplan wurde am 14.02.2026 aktualisiert und liegt im Rathaus aus.",
])
def test_round_33_a_law_or_a_plan_updated_on_a_date_stays(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Written by the club committee", "Posted by the editorial team", "Rédigé par le bureau du club",
    "Par le comité des fêtes", "Verfasst vom Vorstand", "Von den Ehrenamtlichen", "a cura dei volontari",
    "A cura della redazione", "Opracowanie: zarząd stowarzyszenia", "Подготовила пресс-служба",
])
def test_round_33_a_body_of_the_site_as_the_writer_is_a_byline(line):
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Par ailleurs, le comité a voté contre le projet de la mairie.",
    "The letter, written by the club committee in a single night, reached the mayor in May.",
    "A cura dei volontari è anche la manutenzione del giardino del gattile.",
    "Von den Ehrenamtlichen kamen in diesem Jahr mehr als 300 Stunden Arbeit.",
])
def test_round_33_sentences_naming_a_committee_or_volunteers_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Photography: courtesy of the British Polar Survey Trust", "Photo: courtesy of the family",
    "Photo : avec l'aimable autorisation du musée", "Foto: mit freundlicher Genehmigung der Stadt",
    "Foto: per gentile concessione del Comune", "Zdjęcie: dzięki uprzejmości muzeum",
    "Фото: любезно предоставлено музеем", "Photography: Jane Doe",
])
def test_round_33_a_picture_credit_in_the_courtesy_formula_goes(line):
    assert _problems(_insert("head", [line]), "en") == []


def test_round_33_a_sentence_about_photographs_lent_stays():
    line = "Photos courtesy of the family show the house as it stood in 1950."
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Add to basket", "Ajouter au panier", "In den Warenkorb", "Aggiungi al carrello", "Dodaj do koszyka",
    "Добавить в корзину", "Buy The Salt Ledger: Hardback £16.99 | Ebook £7.99",
    "Acheter : broché 18 € | numérique 9,99 €", "Kup teraz – 39,90 zł", "Купить: 590 ₽",
])
def test_round_33_a_shops_button_or_price_row_goes(line):
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Buy-to-let landlords paid £4.99bn in tax last year, the Treasury said.",
    "Ordina il menù del giorno: 12 euro, ha detto il ristoratore, è il prezzo giusto.",
    "Added to the basket of goods this year are air fryers and yoga mats.",
])
def test_round_33_sentences_with_buying_and_prices_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.", "Please drink responsibly.",
    "Bitte verantwortungsvoll genießen", "Bevi responsabilmente", "Alkohol szkodzi zdrowiu.",
    "Чрезмерное употребление алкоголя вредит вашему здоровью",
])
def test_round_33_a_drinks_sites_health_warning_goes(line):
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Alkohol szkodzi zdrowiu, mówią lekarze, ale sprzedaż piwa w gminie wciąż rośnie.",
    "The label 'Please drink responsibly' will be printed larger from next year, the ministry said.",
])
def test_round_33_a_sentence_about_a_health_warning_stays(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, masthead, menu, crumb, title, stamp", [
    ("fr", ["Cercle Nautique de l'Anse Bleue", "École de voile FFV – Club affilié"],
     "Le club | Stages | Régates | Location | Actualités | Contact", "Accueil › Actualités",
     "Régate de la Toussaint : vingt-deux bateaux sur l'eau malgré le vent", "31 octobre 2026"),
    ("de", ["Ruderverein Seewinkel 1921", "Rudern am Obersee seit über hundert Jahren"],
     "Verein | Training | Regatten | Jugend | Termine | Kontakt", "Start › Aktuelles",
     "Herbstregatta: vierzehn Boote trotzen dem Wind auf dem Obersee", "31. Oktober 2026"),
    ("it", ["Circolo Vela Lago Chiaro", "Scuola di vela affiliata FIV"],
     "Il circolo | Corsi | Regate | Noleggio | Notizie | Contatti", "Home › Notizie",
     "Regata d'autunno: ventidue barche in acqua nonostante il vento", "31 ottobre 2026"),
    ("en", ["Harbourside Sailing Club", "RYA Training Centre since 1975"],
     "The club | Courses | Racing | Hire | News | Contact", "Home › News",
     "Autumn regatta: twenty-two boats race despite the wind", "31 October 2026"),
])
def test_round_33_a_sites_name_and_tagline_over_a_pipe_menu_go(lang, masthead, menu, crumb, title, stamp):
    """A menu row of four links or more joined by pipes bounds the masthead above it whether or not a
    rule took it: the site's name and tagline over it go, the headline under the breadcrumb stays."""
    case = page_from_blocks("pipe-menu-" + lang, [
        ["-" + line for line in masthead] + ["-" + menu, "-" + crumb],
        ["+" + title, "-" + stamp],
        ["+The first paragraph of the report tells how the wind rose in the morning and what the race committee did.",
         "+The second paragraph names the crews that came from the neighbouring clubs and how they fared."],
        ["+The club's next regatta takes place on the fourteenth of November if the weather allows."],
        ["-Share on Facebook", "-Share by e-mail"],
        ["-Tags: regattas, results"],
        ["-© 2026 " + masthead[0] + " – Legal notice – Site map"],
    ])
    assert _problems(case, lang) == []


# --- round 34 (developed on held-out set 35) --------------------------------------------------

@pytest.mark.parametrize("lang, header, rows", [
    ("pl", "Plan zajęć", ["poniedziałek, 9:30 – joga dla początkujących", "środa, 18:00 – warsztaty „Zielona Kuchnia”",
                          "piątek, 17:15 – klub książki"]),
    ("ru", "Расписание занятий", ["3 марта, 18:30 — «Основы акварели»", "10 марта, 18:30 — «Пейзаж за окном»",
                                  "17 марта, 18:30 — «Портрет друга»"]),
    ("fr", "Le programme du week-end", ["samedi 14 mars à 20h30 – Concert de l'harmonie",
                                        "dimanche 15 mars, 10h00–12h00 – Marché aux fleurs", "dimanche 15 mars, 16h00 – Goûter"]),
    ("de", "Der Wochenplan", ["Montag, 18:00–19:30 – Rückenschule", "Mittwoch, 10:00 – Seniorencafé",
                              "Freitag, 19:00 – Spieleabend"]),
    ("it", "Il calendario", ["Yoga dolce – lunedì, 18:00", "Ginnastica posturale – mercoledì, 9:30",
                             "Pilates – venerdì, 19:00"]),
    ("en", "This month's screenings", ["Oct 7, 19:00 – \"The Long Winter\"", "Oct 14, 19:00 – \"Harbour Lights\"",
                                       "Oct 21, 19:00 – \"Salt and Stone\""]),
])
def test_round_34_a_schedule_of_weekday_or_date_rows_is_the_articles(lang, header, rows):
    """Rows of a weekday or a date, a time (or a span of two) and a spaced dash before a label, or
    the label first and its day and time after the dash, under a subheading between two paragraphs
    are the article's schedule: they stay with their subheading."""
    case = page_from_blocks("schedule-" + lang, [
        ["-Example Community Centre", "-Home | About | Classes | News | Contact"],
        ["+Spring classes start next week at the community centre", "-Added: 20.02.2026", "-Views: 88"],
        ["+From the first week of March the centre opens its doors to new members on five evenings a week.",
         "+Every class is free for residents and open to beginners of all ages."],
        ["+" + header, *("+" + row for row in rows)],
        ["+\"Nobody should sit at home alone all winter,\" says the centre's chair, Anna Webb.",
         "+Places are limited, so please sign up at the desk by the end of February."],
        ["-Print", "-Share"],
        ["-See also: Our autumn trip in pictures"],
        ["-This site uses cookies. Accept"],
        ["-Privacy policy", "-Copyright © 2026 Example Community Centre"],
    ])
    assert _problems(case, lang) == []


def test_round_34_schedule_rows_are_fact_rows_and_dated_commenters_still_open_a_thread():
    from spinscope.ingest.page_blocks import _is_fact_row
    assert _is_fact_row("poniedziałek, 10:00 – gimnastyka przy muzyce")
    assert _is_fact_row("7 октября, 19:00 — «Белая ночь над Ямсой»")
    assert _is_fact_row("środa, 16:00 – chór „Wrzosowe Nuty”")
    assert _is_fact_row("Yoga – Montag, 18:00–19:30")
    assert not _is_fact_row("7 октября, 19:00 — мы наконец посмотрели этот фильм и остались довольны.")
    assert not _is_fact_row("Montag, 18:00 – Die Sitzung wurde vertagt, weil der Bürgermeister fehlte.")
    case = page_from_blocks("dated-thread-after-body", [
        ["-Example Gazette", "-News | Sport | Culture | Contact"],
        ["+Harbour vote delayed again", "-12 March 2026"],
        ["+The council postponed its vote on Tuesday after a long and angry meeting in the town hall.",
         "+The vote is now expected on April 12, when the council meets again in the same room."],
        ["-Share: Facebook | X"],
        ["-Comments (2)"],
        ["-Anna K. – 12 March, 10:42", "-About time somebody asked the council what the delay is costing us all."],
        ["-Marek – 12 March, 11:05", "-The meeting was a farce from start to finish, and everyone there knew it."],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line", [
    "Editors' Choice", "Reporter's Notebook | Courts", "Le choix de la rédaction", "L'édito du directeur",
    "Empfehlung der Redaktion", "Kommentar des Chefredakteurs", "La scelta della redazione", "L'editoriale del direttore",
    "Wybór redakcji", "Komentarz redaktora naczelnego", "Выбор редакции", "Колонка главного редактора",
    "Opinion | Politics",
])
def test_round_34_an_editors_pick_or_column_label_over_the_article_goes(line):
    """The editors' pick, the editor's column or a reporter's notebook as a label between the
    headline and the first paragraph (a section's name may follow after a pipe)."""
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Editors' choice of cover stories has long favoured the capital over the regions, the study found."),
    ("body", "Il commento del direttore della Asl è arrivato solo dopo la pubblicazione dei dati."),
    ("body", "Wybór redakcji podręczników należy do rady pedagogicznej, a nie do ministerstwa."),
    ("body", "Kommentar des Chefredakteurs hin oder her: die Leser wollten vor allem wissen, wer zahlt."),
])
def test_round_34_an_editors_pick_in_a_sentence_stays(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Got a question about this story? Email our newsroom at desk@example-gazette.example",
    "Une question sur cet article ? Contactez la rédaction : redaction@exemple.example",
    "Fragen zu diesem Artikel? Kontaktieren Sie die Redaktion: redaktion@beispiel.example",
    "Domande su questo articolo? Scrivi alla redazione: redazione@esempio.example",
    "Pytania do tego artykułu? Napisz do redakcji: redakcja@przyklad.example",
    "Вопросы по статье? Напишите в редакцию: red@primer.example",
    "Example Post is part of the Example Regional Media network. All content © 2026.",
    "Le Courrier fait partie du groupe Exemple Médias. Tous droits réservés.",
    "La Gazzetta fa parte del gruppo Esempio Editoriale. © 2026",
    "© Riproduzione riservata – Esempio Editore S.r.l.", "Reproduction interdite – Exemple SAS",
    "Nachdruck verboten", "Przedruk zabroniony.", "Перепечатка запрещена",
    "Lascia un commento: la tua email non sarà pubblicata.", "Leave a comment: your email will not be published.",
    "Laisser un commentaire : votre adresse e-mail ne sera pas publiée.",
    "Kommentar schreiben: Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Zostaw komentarz: twój adres e-mail nie zostanie opublikowany.",
    "Оставьте комментарий: ваш e-mail не будет опубликован.",
    "Hinweis: In einer früheren Fassung hieß es, der Markt öffne am Montag.",
    "Correction : dans une version précédente de cet article, la date était erronée.",
    "Precisazione: nella versione precedente il nome del sindaco era sbagliato.",
    "Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędną datę.",
    "Поправка: в предыдущей версии статьи была указана неверная дата.",
    "Artykuł został zaktualizowany o godz. 12:05 – dodaliśmy komentarz starosty.",
    "Статья обновлена в 12:40 — добавлен комментарий мэрии.",
])
def test_round_34_a_footer_contact_ownership_reproduction_form_or_correction_line_goes(line):
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "In einer früheren Fassung des Gesetzes hieß es noch, die Frist ende im Mai."),
    ("tail", "Nella versione precedente del regolamento, i residenti pagavano la metà."),
    ("tail", "The hospital is part of the Northern Health network and serves 40,000 people."),
    ("tail", "Artykuł 12 ustawy został zmieniony w 2019 roku przez Sejm."),
    ("tail", "Questions about the story of the harbour, the mayor said, should go to the historical society."),
    ("body", "Riproduzione fedele del ponte originale: così il sindaco ha descritto il progetto."),
    ("body", "Lasciare un commento sul registro pubblico era l'unico modo di farsi ascoltare."),
])
def test_round_34_near_misses_of_footer_and_correction_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, section, stamp, byline, count", [
    ("it", "Diario", "Pubblicato il 21 luglio 2026", "Scritto da Marta, violoncello", "Lettura: 3 min"),
    ("pl", "Aktualności", "Opublikowano: 5 marca 2026", "Redakcja strony: Anna Nowak", "Odsłon: 97"),
    ("ru", "Анонсы", "Опубликовано 2 октября 2026 в 14:05", "Автор: Павел Г.", "Время чтения — 2 мин"),
    ("en", "News", "Posted on 3 March 2026", "Written by Sam, coach", "3 min read"),
])
def test_round_34_a_writers_role_and_name_in_the_byline_block_above_the_headline_goes(lang, section, stamp, byline, count):
    """A writer's role and name between the page's stamps above the headline is the page's byline
    (its name may close on an initial, a part in the club may follow after a comma); it is no title."""
    case = page_from_blocks("byline-block-" + lang, [
        ["-Example Club", "-Home | About | Events | News | Contact"],
        ["-" + section, "-" + stamp, "-" + byline, "-" + count],
        ["+Our spring concert sold out for the first time in ten years",
         "+The hall was full an hour before the start, and we had to put out extra chairs in the aisles.",
         "+Next year we will play two evenings, so that nobody has to be turned away at the door."],
        ["-Share", "-Print"],
        ["-© 2026 Example Club"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("Автор: Дмитрий К.", True), ("Scritto da Elisa, viola", True), ("Redakcja strony: Halina Wrzos", True),
    ("Autor: Anna B.", True),
    ("Scritto da Elisa, la viola ha suonato benissimo per tutta la sera.", False),
    ("Autor: Anna Nowak powiedziała, że to koniec.", False),
])
def test_round_34_role_and_name(text, expected):
    from spinscope.ingest.clean import _is_role_and_name
    assert _is_role_and_name(text) is expected


@pytest.mark.parametrize("lang, name, copyright", [
    ("pl", "Klub Seniora „Złota Jesień” przy Spółdzielni Mieszkaniowej Zielone Wzgórze", "© 2026 Klub Seniora „Złota Jesień”"),
    ("de", "Förderverein „Freunde der Musik“ beim Stadtmuseum Hollerbach", "© 2026 Förderverein „Freunde der Musik“"),
    ("it", "Circolo Culturale „La Lanterna“ presso la Parrocchia di San Rocco", "© 2026 Circolo Culturale La Lanterna"),
])
def test_round_34_a_long_quoted_name_at_its_host_over_the_menu_is_the_masthead(lang, name, copyright):
    """A body's name with a quoted part and its host ('przy', 'beim', 'presso') over the site's menu
    is the masthead; the headline under the menu stays."""
    case = page_from_blocks("long-masthead-" + lang, [
        ["-" + name, "-Start  O nas  Zajęcia  Aktualności  Galeria  Kontakt"],
        ["-Aktualności", "-Opublikowano: 5 marca 2026"],
        ["+Spring programme and a trip to the mountains",
         "+From the middle of March the club opens its doors on five afternoons a week for new members.",
         "+Every class is free for residents of the estate, and beginners are especially welcome."],
        ["-Print", "-Share"],
        ["-" + copyright],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "Prendre rendez-vous en ligne", "Book an appointment online", "Termin online buchen", "Prenota un appuntamento",
    "Umów wizytę", "Записаться онлайн", "Search this site", "Rechercher sur le site", "Cerca nel sito",
    "Szukaj w serwisie", "Поиск по сайту", "Suche auf der Website",
])
def test_round_34_a_booking_button_or_a_site_search_link_is_a_page_tool(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) in ("event widget", "search box")


@pytest.mark.parametrize("line", [
    "Prendre rendez-vous en ligne est devenu la norme pour les salons du centre-ville.",
    "Book an appointment online, the surgery told patients, or wait until Monday.",
    "Szukaj w serwisie gminy informacji o odbiorze odpadów – radzi urzędnik.",
    "Поиск по сайту администрации ничего не дал, признались жители.",
])
def test_round_34_a_sentence_about_booking_or_searching_stays(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) is None


@pytest.mark.parametrize("lang, name, menu, footer", [
    ("fr", "Communauté de communes du Val de Lessac", "Vivre ici  Services  Démarches  Élus  Agenda",
     "© 2026 Communauté de communes du Val de Lessac"),
    ("de", "Zweckverband für die Abfallwirtschaft im Landkreis Hollerbach", "Bürger  Service  Termine  Kontakt",
     "© 2026 Zweckverband für die Abfallwirtschaft im Landkreis Hollerbach"),
    ("it", "Unione dei comuni della bassa valle del Serio", "Comuni  Servizi  Uffici  Contatti",
     "© 2026 Unione dei comuni della bassa valle del Serio"),
])
def test_round_34_a_long_site_name_over_the_menu_named_again_in_the_footer_is_the_masthead(lang, name, menu, footer):
    """A name of seven words or more over the menu that the footer names again is the site's masthead;
    the headline under the menu stays."""
    case = page_from_blocks("footer-named-masthead-" + lang, [
        ["-" + name, "-" + menu],
        ["-Published 22/01/2026"],
        ["+New collection days for household waste from the second of March",
         "+From Monday the second of March the collection rounds are reorganised across the whole district.",
         "+The change comes with two new lorries and the closure of the old depot on the ring road."],
        ["-Print this page", "-Share on Facebook"],
        ["-" + footer],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "A negative: 4.0 days", "B positive: 2.6 days", "De Gaulle: 5 years", "Group A: 3 days",
])
def test_round_35_a_figures_boxs_label_and_value_row_is_no_reading_time(line):
    """A lone particle of a reading-time phrase ("a" of "il y a", "de" of "temps de lecture") beside
    an unknown word is a figures box's "label: value" row, not the reading time."""
    from spinscope.ingest.clean import is_reading_time
    assert not is_reading_time(line)


@pytest.mark.parametrize("line", [
    "Temps de lecture : 5 min", "Il y a environ 3 jours", "Est. reading time 4 min", "vor 3 Tagen",
    "Tempo di lettura: 3 minuti", "Czas czytania: 5 min", "Время чтения: 4 мин",
])
def test_round_35_a_reading_time_with_a_marker_word_still_goes(line):
    from spinscope.ingest.clean import is_reading_time
    assert is_reading_time(line)


def test_round_35_a_stock_box_keeps_all_its_rows():
    case = page_from_blocks("stock-box-rows", [
        ["+Urgent appeal: donors needed this week",
         "+Blood stocks have fallen to their lowest level in four years, and the service is asking donors to book.",
         "+Stocks at a glance",
         "+O negative: 1.8 days",
         "+A negative: 4.0 days",
         "+A positive: 3.3 days",
         "+New donors are welcome, and extra sessions have been added at the centre on Tuesday evenings."],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("line", [
    "Paid post · Presented by Harrow Energy", "Sponsored content: brought to you by Acme Bank",
    "Contenu proposé par notre partenaire Banque des Monts", "Contenu en partenariat avec Air Lavande",
    "Ein Angebot von Stadtwerke Lohr", "Inhalt in Kooperation mit Autohaus Meier",
    "Contenuto in collaborazione con Banca Alpina", "Contenuto offerto da Cantine Riva",
    "Materiał przygotowany we współpracy z Bank Północny", "Материал подготовлен по заказу «Северный банк»",
    "Партнёрский материал · Сбербанк",
])
def test_round_35_a_sponsors_label_with_its_name_goes(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) == "advertisement"


@pytest.mark.parametrize("line", [
    "Sponsored by three local firms, the fireworks display cost the council nothing this year.",
    "Content presented by the council was described as misleading.",
    "Contenu proposé par notre partenaire, la banque a été retiré du site après la plainte.",
    "Ein Angebot von der Stadt lag bis Freitag vor, sagte der Bürgermeister.",
    "Contenuto in collaborazione con la scuola: così è nato il progetto.",
    "Материал подготовлен при поддержке фонда. Его авторы благодарят жителей.",
])
def test_round_35_a_sentence_about_a_sponsor_stays(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) is None


@pytest.mark.parametrize("line", [
    "Send this article to a friend", "Envoyer cet article à un ami", "Artikel an einen Freund senden",
    "Invia questo articolo a un amico", "Wyślij artykuł znajomemu", "Отправить статью другу",
])
def test_round_35_the_page_sent_to_a_friend_is_a_share_line(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) == "share widget"


@pytest.mark.parametrize("line", [
    "Send this article to a friend who still thinks the bypass will be finished by May.",
    "Wyślij artykuł znajomemu, prosił nas czytelnik – i tak zrobiliśmy.",
])
def test_round_35_a_sentence_about_sending_the_article_stays(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) is None


@pytest.mark.parametrize("line", ["Schriftgröße: A– A+", "Taille du texte : A– A A+", "Размер шрифта: A– A+"])
def test_round_35_a_text_size_control_with_an_en_dash_goes(line):
    from spinscope.ingest.clean import _is_text_size_control
    assert _is_text_size_control(line)


@pytest.mark.parametrize("line", [
    "Этот материал был опубликован в печатной версии газеты № 14 от 3 апреля.",
    "Cet article a été publié dans le numéro 212 du magazine.",
    "Questo articolo è stato pubblicato su Scienza Oggi n. 212.",
    "This article was published in issue 47 of The Tinker.",
])
def test_round_35_the_page_naming_its_print_issue_goes(line):
    from spinscope.ingest.clean import find_noise
    text = ("Council approves the new bridge\n\n"
            "The council approved the new bridge on Monday after a long debate about its cost to residents.\n\n"
            + line + "\n\nWork on the site is due to start in the spring, the council said in a statement.")
    assert [text[r.start:r.end].strip() for r in find_noise(text)] == [line]


@pytest.mark.parametrize("line", [
    "The letter was published in issue 47 of the parish magazine, and it caused a stir.",
    "Этот материал был опубликован в печатной версии газеты, но читатели его не заметили.",
])
def test_round_35_a_sentence_about_a_print_issue_stays(line):
    from spinscope.ingest.clean import find_noise
    text = ("Council approves the new bridge\n\n"
            "The council approved the new bridge on Monday after a long debate about its cost to residents.\n\n"
            + line + "\n\nWork on the site is due to start in the spring, the council said in a statement.")
    assert find_noise(text) == []


@pytest.mark.parametrize("line", [
    "Meilleur prix garanti en réservant sur notre site", "Best price guaranteed when you book direct",
    "Bestpreisgarantie bei Direktbuchung auf unserer Website", "Miglior prezzo garantito prenotando sul nostro sito",
    "Gwarancja najlepszej ceny przy rezerwacji na naszej stronie", "Лучшая цена гарантирована при бронировании на сайте",
])
def test_round_35_a_booking_sites_best_price_promise_is_a_page_tool(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) == "event widget"


@pytest.mark.parametrize("line", [
    "Best price guaranteed when you book direct, the hotel says, but guests found cheaper rooms elsewhere.",
    "Best prices are found when booking early in the season",
    "Meilleur prix garanti : la promesse de l'hôtel n'a pas convaincu la répression des fraudes.",
])
def test_round_35_a_sentence_about_a_price_promise_stays(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, title=False) is None


@pytest.mark.parametrize("lang, label, title, byline", [
    ("fr", "Le blog de l'hôtel", "Que faire à Saint-Vran ce week-end de juin ?", "Publié le 2 juin 2026 par la réception"),
    ("en", "The hotel blog", "What to do in Marlow this bank holiday weekend", "Posted on 2 June 2026 by the front desk"),
    ("it", "Il blog della cantina", "Cosa fare a Castelvaio nel fine settimana di giugno", "Pubblicato il 2 giugno 2026"),
    ("pl", "Blog schroniska", "Co robić w Brzozowcu w długi czerwcowy weekend?", "Opublikowano 2 czerwca 2026"),
    ("ru", "Блог музея", "Куда пойти в Краснолесье в июньские выходные?", "Опубликовано 2 июня 2026"),
])
def test_round_35_the_sites_blog_label_over_the_headline_goes_and_the_question_headline_stays(lang, label, title, byline):
    case = page_from_blocks("blog-label-" + lang, [
        ["-Hôtel Les Charmes ★★★", "-Chambres  Restaurant  Séminaires  Blog  Accès", "-Réserver"],
        ["-" + label, "+" + title, "-" + byline],
        ["+The long weekend promises to be busy in town, with the market hall's centenary and the return of the "
         "flower market on the quays.",
         "+We have gathered for our guests the events worth a detour, all within walking distance of the hotel.",
         "+If it rains, the Saturday concert will be held under the market hall, the organisers said."],
        ["-Partager : Facebook · Pinterest · E-mail", "-Mentions légales | CGV | Politique de cookies"],
    ])
    assert _problems(case, lang) == []


def test_round_35_a_blog_named_in_the_articles_opening_stays():
    from spinscope.ingest.clean import find_noise
    text = ("The hotel blog that fooled a town\n\n"
            "For six years the blog of a small hotel in Marlow published reviews that its owner wrote himself, "
            "a court heard on Monday.\n\n"
            "The owner admitted the charge and was fined, the court said in a statement to reporters.")
    assert find_noise(text) == []


@pytest.mark.parametrize("login, link", [
    ("Sign in to your account", "Forgot your password?"), ("Connexion à l'espace adhérents", "Mot de passe oublié ?"),
    ("Login für Mitglieder", "Passwort vergessen?"), ("Area riservata ai soci", "Password dimenticata?"),
    ("Zaloguj się do konta", "Nie pamiętasz hasła?"), ("Вход в личный кабинет", "Забыли пароль?"),
])
def test_round_35_a_password_link_beside_the_log_in_line_goes(login, link):
    from spinscope.ingest.clean import Line, _mark_password_links
    lines = [Line(0, 1, "Verein  Touren  Termine  Kontakt", "page head"), Line(0, 1, login, "page head"),
             Line(0, 1, link), Line(0, 1, "Über den Grenzkamm: 18 Kilometer im Nebel")]
    _mark_password_links(lines)
    assert [line.reason for line in lines] == ["page head", "page head", "page head", None]


@pytest.mark.parametrize("label", ["Unser Vereinsblog", "Das Reiseblog", "Le blog de l'hôtel", "Il blog della cantina",
                                   "Blog schroniska", "Блог музея", "The hotel blog"])
def test_round_35_a_sites_blog_is_a_section_label(label):
    from spinscope.ingest.clean import _SECTION_LABEL
    assert _SECTION_LABEL.fullmatch(label)


def test_round_35_a_password_question_as_the_articles_subheading_stays():
    from spinscope.ingest.clean import find_noise
    text = ("How to keep your accounts safe this winter\n\n"
            "Security experts say most people reuse the same password on a dozen sites, and pay for it later.\n\n"
            "Forgot your password?\n\n"
            "Use the reset link the site sends you, and never answer an e-mail that asks for the old one.")
    assert find_noise(text) == []


@pytest.mark.parametrize("where, line", [
    ("head", "In pictures: 9 photos"), ("head", "EN IMAGES – 8 photos"), ("head", "In Bildern: 14 Fotos"),
    ("head", "Interactive map: Every closure at a glance"), ("head", "Carte interactive : tous les points de collecte"),
    ("head", "Mappa interattiva: le fontane del quartiere"), ("head", "Mapa interaktywna: wszystkie przystanki"),
    ("head", "Интерактивная карта: все пункты приёма"),
    ("head", "This article was translated from German."), ("head", "Questo articolo è stato tradotto dall'inglese."),
    ("head", "Ten artykuł został przetłumaczony z języka angielskiego."), ("head", "Статья переведена с английского."),
    ("head", "This is an archived article; information may be out of date."), ("head", "Archivartikel: Die Angaben sind möglicherweise nicht mehr aktuell"),
    ("head", "Articolo d'archivio"), ("head", "Artykuł archiwalny – informacje mogą być nieaktualne."),
    ("head", "Cet article est archivé."),
    ("body", "Spotted a typo? Select the text and press Ctrl+Enter"),
    ("body", "Tippfehler gefunden? Markieren Sie den Text und drücken Sie Strg+Enter."),
    ("body", "Hai trovato un errore? Seleziona il testo e premi Ctrl+Invio"),
    ("body", "Znalazłeś błąd? Zaznacz tekst i naciśnij Ctrl+Enter"),
    ("tail", "Kellbrook Media Ltd · Registered office: 4 Dock Road, Kellbrook · VAT No. GB 123456789"),
    ("tail", "Éditions du Val SAS – Siège social : 3 rue Neuve, Vauzelle – SIRET 812 345 678 00014"),
    ("tail", "Herausgeber: Kehrtal Verlag GmbH, USt-IdNr. DE 123456789"),
    ("tail", "Edizioni Borgo S.r.l. – P. IVA 01234567890"),
    ("tail", "Wydawca: Gazeta Lokalna sp. z o.o., NIP 5831234567"),
    ("tail", "ООО «Заозёрск Медиа», ИНН 7701234567, ОГРН 1027700132195"),
    ("tail", "Publisher: Northvale Press | Hosting: Example Cloud Ltd"),
    ("tail", "Directrice de la publication : Anne Morel · Hébergeur : OVH SAS"),
    ("tail", "Herausgeber: Stadtverlag Kehrtal · Verantwortlich i.S.d. § 18 MStV: Jana Weidner"),
    ("tail", "Direttore responsabile: Luca Bassi – Editore: Edizioni Borgo"),
    ("tail", "Учредитель: ООО «Вести» · Главный редактор: И. Петров"),
])
def test_round_36_gallery_map_translation_archive_typo_and_legal_footer_lines_go(where, line):
    """Round 36: a story-in-pictures label with its count, an interactive map's label, the page
    translated from another language, the page archived (its facts out of date), a typo-report
    prompt with its keyboard shortcut, a company's row with its tax or registry identifier or seat,
    and the legal notice's row of roles (publisher, host, responsible editor)."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The firm Valmora S.r.l., whose P. IVA 03918470216 was revoked last year, said it would appeal."),
    ("body", "Echo Regionu sp. z o.o. podała NIP 5832018894 w dokumentach złożonych w sądzie, ustaliła prokuratura."),
    ("tail", "ООО «Вести» с ИНН 7701234567 не платило налоги три года, заявили в инспекции."),
    ("body", "The novel was translated from English by her daughter after the author's death."),
    ("body", "Cet article de loi a été traduit de l'anglais en 2019, a rappelé le ministre."),
    ("body", "Interactive maps helped volunteers find the missing walkers within an hour."),
    ("body", "Press Ctrl+Alt+Del to restart the computer, the help desk told staff."),
    ("body", "The archive article on the 1953 flood was reprinted in full last week."),
    ("body", "In pictures taken by a drone, the flooded fields looked like a lake."),
    ("tail", "The publisher's director told us the host had cut its prices for small sites."),
    ("tail", "Siège social de sa famille, 12 rue Neuve – SIRET 81234567800014"),
])
def test_round_36_sentences_near_those_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 37 (developed on held-out set 38) ------------------------------------------------------

@pytest.mark.parametrize("text, nav", [
    # a small organisation's menu: its blog, articles, prices, courses, vacancies and contacts
    ("About Services Pricing Blog Contacts", True),
    ("Le domaine Réceptions Tarifs Blog Contact", True),
    ("Verein Flugbetrieb Ausbildung Kurse Gäste", True),
    ("Chi siamo Corsi Prezzi Articoli Contatti", True),
    ("O nas Oferta Cennik Szkolenia Kontakty", True),
    ("Расписание Маршруты Тарифы Вакансии Контакты", True),
    ("О клинике Услуги Цены Статьи Запись", True),
    # a headline in Title Case that names one such page, or none
    ("Fuel Prices Hit Record High", False),
    ("Training Camp Opens In Spain", False),
    ("Blog Post Goes Viral Overnight", False),
    ("Neue Preise für Kurse ab Mai", False),
])
def test_round_37_a_small_organisations_pages_make_a_menu(text, nav):
    """Round 37: the pages of a venue's, a club's, a clinic's or a transport operator's site count as
    sections of a menu row (two of them make it one), in six languages."""
    from spinscope.ingest.page_blocks import _is_nav_row
    assert _is_nav_row(text) is nav


@pytest.mark.parametrize("lang, blocks", [
    ("en", [["-Millbrook Pottery Studio", "-Studio Classes Pricing Blog Contacts", "-Blog", "-Studio news"],
            ["+Why we are moving the evening classes to Thursdays",
             "+From next month the evening wheel classes will run on Thursdays instead of Tuesdays, when the hall is free.",
             "+Everyone booked on a Tuesday place will keep it on the new night at the same price."]]),
    ("it", [["-Circolo Velico Lago Verde", "-Il circolo Corsi Prezzi Articoli Contatti", "-Articoli"],
            ["+Regata d'autunno: vince l'equipaggio più giovane",
             "+Domenica si è corsa la regata d'autunno con dodici barche al via e un vento teso da nord.",
             "+Ha vinto l'equipaggio di Marta e Giulio, entrambi allievi dei corsi estivi del circolo."]]),
])
def test_round_37_a_small_organisations_menu_takes_the_head_above_the_title(lang, blocks):
    """Under the site's name, the menu of its own pages bounds the head: the name and the section
    label above the title go, the title and the article stay."""
    assert _problems(page_from_blocks(f"round-37-{lang}", blocks), lang) == []


@pytest.mark.parametrize("where, line", [
    # a media label with a bar, a middle dot or a dash after the medium's noun
    ("head", "VIDEO | The mayor: “We had no choice”"),
    ("body", "Podcast · Au cœur de la ville, épisode 14"),
    ("head", "Infografik – So verteilt sich der Haushalt"),
    ("body", "VIDEO | Il sindaco: «Una scelta difficile»"),
    ("head", "INFOGRAFIKA - Budżet gminy w liczbach"),
    ("body", "ВИДЕО | Мэр ответил на вопросы жителей"),
    # the page naming itself as one of a series
    ("head", "This story is part of our series “Small Towns, Big Choices”."),
    ("head", "Cet article fait partie de notre série « Les villages oubliés »."),
    ("tail", "Dieser Beitrag ist Teil der Serie „Dorfgeschichten“."),
    ("tail", "Questo articolo fa parte della serie «Borghi da salvare»."),
    ("head", "Ten artykuł jest częścią cyklu „Małe ojczyzny”."),
    ("tail", "Эта статья — часть цикла «Города у реки»."),
    # the page kept for subscribers, in one sentence
    ("head", "This story is for subscribers only."),
    ("head", "Dieser Artikel ist nur für Abonnenten."),
    ("head", "Questo articolo è riservato agli abbonati."),
    ("head", "Ten artykuł jest dostępny tylko dla prenumeratorów."),
    ("head", "Эта статья доступна только подписчикам."),
    # an embed's consent note: a third party's content, a click loads it
    ("body", "This article contains content from YouTube. Click here to load it."),
    ("body", "Cet article contient du contenu Instagram. Cliquez ici pour l'afficher."),
    ("body", "An dieser Stelle finden Sie externe Inhalte. Klicken Sie, um sie anzuzeigen."),
    ("body", "Questo articolo contiene contenuti di YouTube. Clicca qui per caricarli."),
    ("body", "Ten artykuł zawiera treści z YouTube. Kliknij tutaj, aby je wyświetlić."),
    ("body", "Этот материал содержит контент YouTube. Нажмите здесь, чтобы загрузить его."),
])
def test_round_37_media_labels_series_notes_subscriber_and_embed_notices_go(where, line):
    """Round 37: a medium's label joined to its caption by a bar, a dot or a dash, the page named as
    part of a series, the page kept for subscribers in one sentence, and an embed's note asking for a
    click to load a third party's content."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Video – the new frontier of local news, experts say."),
    ("body", "Podcasts – and why they matter to the town: a debate."),
    ("body", "The bridge is part of a series of repairs the council began in May."),
    ("body", "Cette rue fait partie de la série de chantiers lancés au printemps, a indiqué le maire."),
    ("body", "Only subscribers to the scheme will get the new bins."),
    ("body", "Nur Abonnenten der Bibliothek dürfen die Räume am Abend nutzen."),
    ("body", "This site only has 300 subscribers."),
    ("body", "Questo sito ha solo trecento abbonati, ammette il fondatore."),
    ("body", "Наш сайт читают только подписчики из Москвы."),
    ("body", "Click on the map to load a larger view, the guide tells visitors."),
    ("body", "Mieszkańcy, którzy klikną link, mogą wyświetlić mapę robót na YouTube."),
    ("body", "Пользователи нажимали на ссылку, чтобы загрузить видео с YouTube, рассказал директор."),
])
def test_round_37_sentences_near_those_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 38 (developed on held-out set 39) ------------------------------------------------------

_ROUND_38_DATED_TITLE_PAGES = {
    "en": [["-Harwick Rowing Club", "-Home | About | Crews | Regattas | Join | Contact", "-News"],
           ["+Winter head race returns on 14 November", "-Posted on 2 October 2026", "-Views: 1,204"],
           ["+The winter head race is back on the river after a year away, with crews from nine clubs already entered.",
            "+Boats will start at thirty-second intervals from the railway bridge and finish at the boathouse steps."]],
    "fr": [["-Cercle philatélique de Mareuil", "-Accueil | Le cercle | Bourses | Expositions | Contact", "-Actualités"],
           ["+Bourse aux timbres d'automne – rendez-vous le 8 novembre", "-Publié le 12 octobre 2026"],
           ["+La bourse d'automne se tiendra dans la salle des fêtes, de neuf heures à dix-sept heures, avec une vingtaine d'exposants.",
            "+L'entrée est gratuite et un expert estimera gratuitement les collections apportées par les visiteurs."]],
    "de": [["-Briefmarkenfreunde Auental e.V.", "-Start | Verein | Börsen | Ausstellungen | Galerie | Kontakt", "-Aktuelles"],
           ["+Herbstbörse – wir laden ein am 8. November", "-Veröffentlicht am 15.10.2026", "-Aufrufe: 312"],
           ["+Am Sonntag, dem 8. November, findet im Bürgerhaus unsere traditionelle Herbstbörse mit zwanzig Händlern statt.",
            "+Der Eintritt ist frei, Tische für Aussteller können bis Ende Oktober beim Vorstand reserviert werden."]],
    "it": [["-Circolo Filatelico Castelvaro", "-Home | Il circolo | Mostre | Borse | Galleria | Contatti", "-Novità"],
           ["+Borsa filatelica d'autunno – vi aspettiamo l'8 novembre", "-Pubblicato il 16/10/2026", "-Visualizzazioni: 187"],
           ["+Domenica 8 novembre nella sala civica di via dei Tigli si terrà la borsa filatelica d'autunno del circolo.",
            "+L'ingresso è libero e i tavoli per gli espositori si possono prenotare fino alla fine di ottobre."]],
    "pl": [["-Klub Wioślarski Jodłowa", "-Strona główna | O klubie | Załogi | Regaty | Kontakt", "-Aktualności"],
           ["+Nowy regulamin przystani od 1 listopada", "-Dodano: 16.10.2026", "-Wyświetlenia: 88"],
           ["+Po wrześniowym walnym zebraniu od pierwszego listopada na przystani obowiązuje nowy regulamin.",
            "+Zmiany dotyczą przede wszystkim godzin korzystania z łodzi oraz zasad zapisów na treningi."]],
    "ru": [["-Клуб филателистов «Марка»", "-Главная | О клубе | Выставки | Ярмарки | Галерея | Контакты", "-Новости"],
           ["+Новые правила клуба с 1 ноября", "-Опубликовано 15.10.2026", "-Просмотров: 312"],
           ["+После общего собрания в сентябре с первого ноября в клубе начинают действовать обновлённые правила.",
            "+Поводом стали жалобы участников на слишком шумные встречи по субботам в зале библиотеки."]],
}


@pytest.mark.parametrize("lang", list(_ROUND_38_DATED_TITLE_PAGES))
def test_round_38_a_headline_naming_a_coming_day_over_the_stamp_is_the_title(lang):
    """Round 38: a headline that names a coming day in words, no year and no time ("Nowy regulamin
    przystani od 1 listopada", "Winter head race returns on 14 November"), right over the page's
    full stamp is the title, not a stamp in words: it stays (it was lost in en, pl and ru), and the
    club's name and the section label above it go with the menu."""
    blocks = _ROUND_38_DATED_TITLE_PAGES[lang]
    assert _problems(page_from_blocks(f"round-38-{lang}", blocks), lang) == []


@pytest.mark.parametrize("lang, blocks", [
    # a stamp in words with no year over the page's other stamp stays a stamp: the title is above
    ("fr", [["-Le Courrier de Mareuil", "-Accueil | Politique | Société | Sports | Culture | Contact", "-Société"],
            ["+La piscine municipale rouvre après six mois de travaux", "-Mis à jour le 12 mars",
             "-Publié le 10 mars 2026 à 10h12"],
            ["+La piscine municipale rouvre ses portes lundi après six mois de travaux de rénovation du bassin.",
             "+Les horaires restent inchangés, mais le tarif de l'entrée augmente de cinquante centimes pour les adultes."]]),
    ("en", [["-The Harwick Courier", "-Home | News | Sport | Business | Opinion | Contact", "-News"],
            ["+Swimming pool reopens after six months of repairs", "-Updated on Thursday 12 March",
             "-First published on 10 March 2026"],
            ["+The town's swimming pool reopens on Monday after six months of repairs to the main pool.",
             "+Opening hours stay the same, but adult tickets will cost fifty pence more than before the closure."]]),
])
def test_round_38_a_stamp_in_words_under_the_title_stays_a_stamp(lang, blocks):
    assert _problems(page_from_blocks(f"round-38-stamp-{lang}", blocks), lang) == []


@pytest.mark.parametrize("line", [
    # two writers after the story, the words, the reporting or the text as the role, in six languages
    "Story by Priya Nandakumar and Owen Hale",
    "Reporting by Priya Nandakumar and Owen Hale",
    "Words by Owen Hale & Priya Nandakumar",
    "Texte de Claire Vautrin et Julien Morel",
    "Reportage de Claire Vautrin et Julien Morel",
    "Text: Lukas Brenner und Jana Kiesel",
    "Autoren: Lukas Brenner und Jana Kiesel",
    "Testo di Marco Tessitore e Giulia Ferri",
    "Servizio di Marco Tessitore e Giulia Ferri",
    "Tekst: Katarzyna Wolska i Jan Nowak",
    "Autorzy: Katarzyna Wolska i Jan Nowak",
    "Текст: Анна Беляева и Иван Петров",
    "Авторы: Анна Беляева и Иван Петров",
])
def test_round_38_a_role_and_two_writers_under_the_title_is_a_byline(line):
    """Round 38: a writer's role ("Story by", "Reporting by", "Texte de", "Autorzy:") and two names
    joined by "and" in any of the six languages is the page's byline under the title."""
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a live label joined to the live page's title by a bar, as by a dash or a colon
    ("head", "DIRETTA | Consiglio comunale, il voto sul bilancio"),
    ("head", "IN DIRETTA | Il voto sul bilancio in consiglio"),
    ("head", "LIVE | Council vote on the budget"),
    ("head", "EN DIRECT | Conseil municipal : le vote du budget"),
    ("head", "Liveticker | Hochwasser an der Wettach"),
    ("head", "Relacja na żywo | Sesja rady miasta"),
    ("head", "Прямая трансляция | Заседание городской думы"),
    # a metered paywall's limit reached
    ("body", "You have reached your limit of free articles this month. Subscribe for unlimited access."),
    ("body", "You've read all your free articles this month."),
    ("body", "Vous avez atteint la limite d'articles gratuits ce mois-ci. Abonnez-vous pour continuer."),
    ("body", "Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht."),
    ("body", "Hai raggiunto il limite di articoli gratuiti per questo mese. Abbonati per continuare."),
    ("body", "Wykorzystałeś limit darmowych artykułów w tym miesiącu."),
    ("body", "Вы исчерпали лимит бесплатных статей в этом месяце. Оформите подписку."),
    # a call to log in or register to read on
    ("body", "Log in to continue reading."),
    ("body", "To continue reading, log in or create an account."),
    ("body", "Connectez-vous pour lire la suite."),
    ("body", "Um weiterzulesen, melden Sie sich an oder registrieren Sie sich kostenlos."),
    ("body", "Per continuare a leggere accedi o registrati gratuitamente."),
    ("body", "Zaloguj się, aby czytać dalej."),
    ("body", "Чтобы продолжить чтение, войдите или зарегистрируйтесь."),
    # the reader's browser too old, said of the reader
    ("body", "You are using an outdated browser. Please upgrade your browser to improve your experience."),
    ("body", "Vous utilisez un navigateur obsolète. Mettez-le à jour pour profiter du site."),
    ("body", "Sie verwenden einen veralteten Browser. Bitte aktualisieren Sie ihn."),
    ("body", "Stai usando un browser obsoleto. Aggiornalo per navigare meglio."),
    ("body", "Używasz przestarzałej przeglądarki. Zaktualizuj ją, aby korzystać ze strony."),
    ("body", "Вы используете устаревший браузер. Обновите его для корректной работы сайта."),
    # a view counter alone on its line
    ("head", "Views: 1,204"),
    ("head", "Vues : 88"),
    ("head", "Aufrufe: 312"),
    ("body", "312 Aufrufe"),
    ("head", "Visualizzazioni: 187"),
    ("head", "Wyświetlenia: 88"),
    ("head", "Просмотров: 312"),
    ("tail", "Gelesen: 57 mal"),
])
def test_round_38_live_labels_paywall_browser_notices_and_view_counts_go(where, line):
    """Round 38: a live label and a bar ("DIRETTA | ..."), a metered paywall's limit reached, a call
    to log in or register to read on, the reader's outdated browser, a view counter."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Story by story, the archive was rebuilt."),
    ("head", "Words by Shakespeare and Marlowe fill the programme tonight."),
    ("head", "Texte de loi et décret ont été publiés le même jour."),
    ("head", "Autori e lettori si sono incontrati in biblioteca."),
    ("tail", "Live music will return to the bandstand in June after the council approved the licence."),
    ("body", "You have reached the limit of what the bridge can carry, the engineer said."),
    ("body", "All free articles on the site were written by volunteers, you know."),
    ("body", "Hai raggiunto il limite di velocità, ha detto il vigile."),
    ("body", "To continue reading the report, the committee needs another week."),
    ("body", "Log in to continue reading the minutes, the clerk told councillors."),
    ("body", "Per continuare a leggere il bilancio serve un esperto, ha detto il sindaco."),
    ("body", "Many pensioners are using an outdated browser, the survey found."),
    ("body", "Vous utilisez un navigateur pour consulter vos comptes, rappelle la banque."),
    ("body", "Вы используете устаревший браузер, и это опасно, предупреждают эксперты."),
    ("body", "Aufrufe zur Ruhe kamen aus allen Fraktionen."),
    ("body", "The video has 1,204 views and counting, its maker said."),
    ("body", "Views: mixed, the poll suggests."),
])
def test_round_38_sentences_near_those_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Nuove regole dal 1° novembre"),
    ("head", "Festa del 1° maggio: il programma"),
    ("body", "Il 1° Gennaio in piazza"),
])
def test_round_38_an_ordinal_day_before_a_month_is_no_temperature(where, line):
    """Round 38: the degree sign as an Italian ordinal before a month ("dal 1° novembre") is a date
    in a headline, no weather widget's temperature."""
    assert _problems(_insert(where, [line], keep=True), "en") == []


def test_round_38_a_temperature_before_a_word_is_still_a_weather_widget():
    assert _problems(_insert("body", ["Roma 21° sereno"]), "en") == []


def test_round_38_an_italian_headline_with_an_ordinal_day_over_the_stamp_is_the_title():
    """The Italian form of the dated headline ("dal 1° novembre") was lost twice: as a weather
    widget and as a stamp in words."""
    blocks = [["-Circolo Velico Castelvaro", "-Home | Il circolo | Corsi | Regate | Galleria | Contatti", "-Novità"],
              ["+Nuove regole del pontile dal 1° novembre", "-Pubblicato il 16/10/2026", "-Visualizzazioni: 187"],
              ["+Dopo l'assemblea dei soci di settembre, dal primo novembre entra in vigore il nuovo regolamento del pontile.",
               "+Le modifiche riguardano soprattutto gli orari di uscita delle barche e le prenotazioni dei corsi."]]
    assert _problems(page_from_blocks("round-38-it-ordinal", blocks), "it") == []


# --- round 40 (developed on held-out set 41) ------------------------------------------------------

def _round_40_box_page(head, title, paragraphs, box, tail):
    return [["-" + line for line in head], ["+" + title], ["+" + p for p in paragraphs],
            ["+" + line for line in box], ["-" + line for line in tail]]


_ROUND_40_CLOSING_BOX_PAGES = {
    "en": _round_40_box_page(
        ["The Harwick Courier", "Home | News | Sport | Business | Contact", "By Owen Hale", "12 March 2026"],
        "Flood clean-up begins in the lower village",
        ["The river burst its banks on Friday night and flooded some forty houses in the lower part of the village.",
         "Firefighters from three stations pumped water out of cellars until Sunday evening.",
         "The parish council has asked residents to bring donations to the village hall, where a collection point "
         "is open until the end of the month."],
        ["Where to report damage",
         "Council offices, room 12 – Monday to Friday, 8 am to 4 pm",
         "Social services office – applications for emergency grants",
         "Fire station – dehumidifiers and sandbags"],
        ["Tags: flood, village, fire service", "Share: Facebook · X · Email", "© The Harwick Courier 2026",
         "Privacy policy · Cookies"]),
    "fr": _round_40_box_page(
        ["Le Courrier de Mareuil", "Accueil | Politique | Société | Sports | Contact", "Par Claire Vautrin",
         "12 mars 2026"],
        "Après la crue, les habitants du bas du village nettoient",
        ["La rivière est sortie de son lit dans la nuit de vendredi à samedi et a inondé une quarantaine de maisons.",
         "Les pompiers de trois casernes ont pompé l'eau des caves jusqu'à dimanche soir.",
         "La mairie demande aux habitants d'apporter leurs dons à la salle des fêtes, où un point de collecte reste "
         "ouvert jusqu'à la fin du mois."],
        ["Où déclarer les dégâts",
         "Mairie : bureau 12, du lundi au vendredi de 8 h à 16 h",
         "Centre communal d'action sociale : demandes d'aide d'urgence",
         "Caserne des pompiers : prêt de déshumidificateurs"],
        ["Mots-clés : crue, village, pompiers", "Partager : Facebook · X · E-mail", "© Le Courrier de Mareuil 2026",
         "Mentions légales · Cookies"]),
    "de": _round_40_box_page(
        ["Kreisbote Lindental", "Startseite | Politik | Lokales | Sport | Kontakt", "Von Jana Kiesel",
         "12.03.2026"],
        "Nach dem Hochwasser räumen die Anwohner im Unterdorf auf",
        ["In der Nacht zum Samstag ist der Bach über die Ufer getreten und hat rund vierzig Häuser im Unterdorf "
         "überflutet.",
         "Feuerwehrleute aus drei Wachen pumpten bis Sonntagabend Wasser aus den Kellern.",
         "Die Gemeinde bittet darum, Spenden im Dorfgemeinschaftshaus abzugeben, wo bis Monatsende eine Sammelstelle "
         "geöffnet ist."],
        ["Wo Schäden gemeldet werden können",
         "Rathaus, Zimmer 12: Montag bis Freitag, 8 bis 16 Uhr",
         "Sozialamt: Anträge auf Soforthilfe",
         "Feuerwache: Ausgabe von Trocknern und Sandsäcken"],
        ["Schlagworte: Hochwasser, Unterdorf, Feuerwehr", "Teilen: Facebook · X · E-Mail",
         "© Kreisbote Lindental 2026", "Impressum · Datenschutz"]),
    "it": _round_40_box_page(
        ["La Gazzetta di Castelvaro", "Home | Politica | Cronaca | Sport | Contatti", "di Giulia Ferri",
         "12 marzo 2026"],
        "Dopo l'alluvione gli abitanti della parte bassa del paese puliscono le case",
        ["Nella notte tra venerdì e sabato il torrente è uscito dagli argini e ha allagato una quarantina di case.",
         "I vigili del fuoco di tre distaccamenti hanno pompato l'acqua dalle cantine fino a domenica sera.",
         "Il Comune chiede di portare le donazioni al centro civico, dove fino alla fine del mese è aperto un punto "
         "di raccolta."],
        ["Dove segnalare i danni",
         "Municipio, stanza 12 – dal lunedì al venerdì, 8-16",
         "Servizi sociali – domande di contributo straordinario",
         "Caserma dei vigili del fuoco – deumidificatori e sacchi di sabbia"],
        ["Tag: alluvione, paese, vigili del fuoco", "Condividi: Facebook · X · Email",
         "© La Gazzetta di Castelvaro 2026", "Privacy · Cookie"]),
    "pl": _round_40_box_page(
        ["Gazeta Jodłowska", "Strona główna | Wiadomości | Sport | Kontakt", "Autor: Jan Nowak", "12.03.2026"],
        "Po powodzi mieszkańcy dolnej części wsi sprzątają domy",
        ["W nocy z piątku na sobotę rzeka wystąpiła z brzegów i zalała kilkadziesiąt domów w dolnej części wsi.",
         "Strażacy z trzech jednostek wypompowywali wodę z piwnic do niedzieli wieczorem.",
         "Sołtys prosi, by dary dla poszkodowanych przynosić do świetlicy, gdzie do końca miesiąca działa punkt "
         "zbiórki."],
        ["Gdzie można zgłaszać szkody",
         "Urząd gminy, pokój 12 – od poniedziałku do piątku, 8–16",
         "Ośrodek pomocy społecznej – wnioski o zasiłek celowy",
         "Remiza OSP – wydawanie osuszaczy i worków z piaskiem"],
        ["Tagi: powódź, wieś, OSP", "Udostępnij: Facebook · X · E-mail", "© Gazeta Jodłowska 2026",
         "Polityka prywatności · Cookies"]),
    "ru": _round_40_box_page(
        ["Вестник Лесногорска", "Главная | Новости | Спорт | Контакты", "Автор: Анна Беляева", "12.03.2026"],
        "После паводка жители нижней части посёлка убирают дома",
        ["В ночь на субботу река вышла из берегов и затопила около сорока домов в нижней части посёлка.",
         "Пожарные из трёх частей откачивали воду из подвалов до вечера воскресенья.",
         "Администрация просит приносить помощь пострадавшим в дом культуры, где до конца месяца работает пункт "
         "сбора."],
        ["Куда обращаться за помощью",
         "Администрация, кабинет 12 — с понедельника по пятницу, с 8 до 16",
         "Отдел соцзащиты — заявления на материальную помощь",
         "Пожарная часть — выдача осушителей и мешков с песком"],
        ["Теги: паводок, посёлок, МЧС", "Поделиться: ВКонтакте · Telegram", "© Вестник Лесногорска, 2026",
         "Политика конфиденциальности"]),
}


@pytest.mark.parametrize("lang", list(_ROUND_40_CLOSING_BOX_PAGES))
def test_round_40_a_fact_box_that_closes_the_article_stays(lang):
    """Round 40: a header over three rows or more of one shape (a label, a spaced dash or a colon,
    a value: "Gdzie można zgłaszać szkody" over "Urząd gminy, pokój 12 – od poniedziałku do
    piątku, 8–16", ...) right under the last paragraph and over the page's tail is the article's
    closing box, no list of related headlines: it stays (it was lost as "page tail")."""
    blocks = _ROUND_40_CLOSING_BOX_PAGES[lang]
    assert _problems(page_from_blocks(f"round-40-box-{lang}", blocks), lang) == []


@pytest.mark.parametrize("lang, box", [
    # a box of related headlines under the last paragraph still goes: rows of mixed shapes, or few
    ("en", ["More from the village", "Spring fair: stalls sold out in a day", "Parish council elects new chair",
            "Bus timetable changes from April"]),
    ("pl", ["Więcej galerii", "Jarmark wielkanocny na rynku – 24 zdjęcia", "Dożynki gminne – 31 zdjęć"]),
    ("de", ["Mehr aus dem Ort", "Frühjahrsmarkt: Stände in einem Tag ausgebucht", "Neuer Ortsvorsteher gewählt",
            "Busfahrplan ändert sich ab April"]),
])
def test_round_40_related_headlines_under_the_last_paragraph_still_go(lang, box):
    blocks = [block for block in _ROUND_40_CLOSING_BOX_PAGES[lang]]
    blocks = [*blocks[:3], ["-" + line for line in box], blocks[4]]
    assert _problems(page_from_blocks(f"round-40-related-{lang}", blocks), lang) == []


@pytest.mark.parametrize("where, line", [
    # a feed's footer naming the post and the blog it first appeared on, in six languages
    ("tail", "The post Why the harbour toll is a tax on commuters appeared first on Harbour Notes."),
    ("tail", "L'article Pourquoi la cantine bio coûte moins cher est apparu en premier sur Le Fil Citoyen."),
    ("tail", "Der Beitrag Warum die Grundsteuer-Reform Mieter trifft erschien zuerst auf Stadtnotizen."),
    ("tail", "L'articolo Perché il piano parcheggi non convince sembra essere il primo su Il Taccuino Civico."),
    ("tail", "L'articolo Perché il piano parcheggi non convince proviene da Il Taccuino Civico."),
    ("tail", "Wpis Dlaczego budżet obywatelski potrzebuje zmian pojawił się poraz pierwszy w Notatnik Radnego."),
    ("tail", "Wpis Dlaczego budżet obywatelski potrzebuje zmian pochodzi z serwisu Notatnik Radnego."),
    ("tail", "Сообщение Почему реформа ЖКХ опять откладывается появились сначала на Записки горожанина."),
    ("tail", "Запись Почему реформа ЖКХ опять откладывается впервые появилась на Записки горожанина."),
    # the platform's credit in five more languages
    ("tail", "Fièrement propulsé par WordPress · Thème Lavandine"),
    ("tail", "Stolz präsentiert von WordPress"),
    ("tail", "Orgogliosamente powered by WordPress"),
    ("tail", "Dumnie wspierane przez WordPress"),
    ("tail", "Сайт работает на WordPress"),
    # the like widget on one line and WordPress's share button, in six languages
    ("body", "Like this: Like Loading..."),
    ("body", "J’aime ça : J’aime chargement…"),
    ("body", "Gefällt mir: Gefällt mir Wird geladen …"),
    ("body", "Teilen mit: Klick, um über Facebook zu teilen (Wird in neuem Fenster geöffnet)"),
    ("body", "Cliquez pour partager sur X (ouvre dans une nouvelle fenêtre)"),
    ("body", "Fai clic per condividere su Facebook (Si apre in una nuova finestra)"),
    ("body", "Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)"),
    ("body", "Нажмите, чтобы поделиться в Telegram (Откроется в новом окне)"),
    # comment counts quoting the post's title
    ("tail", "Ein Gedanke zu „Warum die Grundsteuer-Reform Mieter trifft“"),
    ("tail", "Un pensiero su “Perché il piano parcheggi non convince”"),
    ("tail", "3 myśli na temat “Dlaczego budżet obywatelski potrzebuje zmian”"),
    ("tail", "3 мысли о «Почему реформа ЖКХ опять откладывается»"),
    # the note over the reader's own comment, in six languages
    ("tail", "Your comment is awaiting moderation."),
    ("tail", "Votre commentaire est en attente de modération."),
    ("tail", "Dein Kommentar wartet auf Freischaltung."),
    ("tail", "Il tuo commento è in attesa di moderazione."),
    ("tail", "Twój komentarz czeka na moderację."),
    ("tail", "Ваш комментарий ожидает модерации."),
    # the previous and the next post on one line
    ("tail", "← Previous Post Next Post →"),
    ("tail", "« Article précédent Article suivant »"),
    ("tail", "← Vorheriger Beitrag Nächster Beitrag →"),
    ("tail", "← Articolo precedente Articolo successivo →"),
    ("tail", "← Poprzedni wpis Następny wpis →"),
    ("tail", "← Предыдущая запись Следующая запись →"),
    # a German stamp with the day's full stop before the month
    ("head", "Veröffentlicht am 8. März 2026 um 06:30 Uhr · zuletzt aktualisiert vor 3 Stunden"),
    ("head", "Aktualisiert am 12. Dezember 2025, 14:02 Uhr"),
])
def test_round_40_feed_footers_platform_credits_widgets_comment_notes_and_navigation_go(where, line):
    """Round 40: a feed's "The post X appeared first on Y" footer and the platform's credit in six
    languages, the like widget and WordPress's share button on one line, comment counts quoting the
    title, the moderation note over a comment, the previous and next post on one line, and a German
    stamp whose day has its full stop ("am 8. März 2026")."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "The post office appeared first on the list of closures."),
    ("tail", "L'article 4 est apparu en premier sur la liste des mesures contestées par les syndicats."),
    ("tail", "Der Beitrag der Gemeinde erschien zuerst auf der Liste der geplanten Ausgaben."),
    ("tail", "L'articolo 12 del regolamento proviene da una legge regionale del 1998."),
    ("tail", "Wpis do rejestru zabytków pojawił się po raz pierwszy w ustawie z 2003 roku."),
    ("tail", "Запись на приём впервые появилась на портале госуслуг в 2019 году."),
    ("body", "Propulsé par la hausse des loyers, le nombre de ménages en attente a doublé en cinq ans."),
    ("body", "Like this year's budget, the plan leans on one-off savings that will not recur."),
    ("tail", "Ein Gedanke zu den Kosten lässt den Kämmerer nicht los, sagte er am Abend."),
    ("tail", "Her comment is awaiting a reply from the ministry, which has not said when it will answer."),
    ("body", "The previous post office and the next post office on the route both closed in March."),
])
def test_round_40_sentences_near_those_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the author's bio that plugs a book or a channel
    ("tail", "Juriste de formation, Hélène Marsac tient ce blog depuis 2014. Son dernier livre, « La ville à pied », "
             "vient de paraître aux éditions Brunelande."),
    ("tail", "Chiara Bensolari, giornalista, è autrice di «La piazza vuota» (Edizioni Farfalla Blu, 2025). Collabora "
             "con testate locali e tiene corsi di scrittura."),
    ("tail", "Об авторе: Вера Ланская — экономист, автор телеграм-канала «Цифры без прикрас». Подписывайтесь!"),
    ("tail", "Anna Wolska jest dziennikarką i autorką książki „Miasto bez aut” (Wydawnictwo Rdest, 2025)."),
    ("tail", "Ihr neues Buch „Leerstand. Wie unsere Städte sich neu erfinden“ ist im Verlag Kranzbühl erschienen "
             "(224 Seiten, 22 Euro)."),
    ("tail", "Owen Hale covers transport for regional papers. He is the author of “The Last Ferry” (Fenwright Press)."),
    # talks and consulting offered
    ("tail", "Need a speaker on municipal finance? I'm available for talks, panels and consulting — get in touch."),
    ("tail", "Je suis disponible pour des conférences et des formations sur l'urbanisme."),
    ("tail", "Ich stehe gern für Vorträge und Lesungen zur Verfügung."),
    ("tail", "Lesungen und Vorträge: Anfragen bitte über die Agentur Wortwerk Nord"),
    ("tail", "Sono disponibile per conferenze e consulenze sui bilanci comunali."),
    ("tail", "Jestem dostępna na wykłady i szkolenia z budżetu obywatelskiego."),
    ("tail", "Провожу лекции и консультации по городскому хозяйству — пишите."),
    # the post's first publication elsewhere, and a reprint by permission with the original named
    ("tail", "Cet article est paru initialement sur le blog « Carnets d'un greffier »."),
    ("tail", "This post was originally published on Harbour Notes."),
    ("tail", "Dieser Beitrag erschien zuerst auf Stadtnotizen."),
    ("tail", "Questo articolo è stato pubblicato originariamente su Il Taccuino Civico."),
    ("tail", "Tekst ukazał się pierwotnie na blogu Notatnik Radnego."),
    ("tail", "Статья впервые опубликована на сайте «Городской дневник»."),
    ("tail", "Przedruk za zgodą autora. Oryginał: blog „Ławka Obywatelska”"),
    # a comment's row: its writer, date and time, and the reply button
    ("tail", "Marco Tessarin 10 marzo 2026 alle 9:14 Rispondi"),
    ("tail", "Pat Hebden 10 March 2026 at 7:02 am Reply"),
    ("tail", "Jean Morel 12 mars 2026 à 18h42 Répondre"),
    ("tail", "Anna K. 12.03.2026, 19:02 Antworten"),
    ("tail", "Anna Wolska 12 marca 2026 o 9:14 Odpowiedz"),
    ("tail", "Иван Петров 12 марта 2026 в 9:14 Ответить"),
])
def test_round_40_bios_with_plugs_speaking_offers_credits_and_comment_rows_go(where, line):
    """Round 40: an author's bio that plugs a book or a channel (its title in quotes), an offer of
    talks or consulting, the post's first publication elsewhere and a reprint credit naming the
    original in quotes, and a comment's row with its date and reply button."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "The author of the letter, Hélène Marsac, said her new book is out now and would not comment further."),
    ("tail", "Her new book is out now, and the council has bought forty copies for the town's libraries."),
    ("tail", "About the author of the letter, the court said nothing."),
    ("tail", "Son dernier livre, paru en 2019, décrivait déjà la fermeture des commerces du centre-ville."),
    ("tail", "The minister, who is the author of the 2019 reform, refused to take questions from reporters."),
    ("tail", "Jestem dostępna na wykłady? — pytała radna, ale nikt jej nie odpowiedział na sesji rady."),
    ("tail", "I'm available for talks with the unions, the minister told reporters on Friday."),
    ("tail", "Przedruk artykułów prasowych bez zgody wydawcy jest w Polsce zakazany od lat."),
    ("tail", "Cet article est paru initialement sur le site de la mairie, avant d'être retiré sans explication."),
    ("tail", "The council will reply by 12 March 2026 at 9:00, a spokesman said."),
])
def test_round_40_sentences_near_bios_offers_and_credits_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad plugin's shortcode left unrendered
    ("body", "[adinserter block=\"2\"]"),
    ("body", "[the_ad id=\"12\"]"),
    # a stock or archive picture said to be one
    ("body", "Image: stock photo / file"),
    ("body", "Image d'illustration : banque d'images"),
    ("body", "Photo d'illustration"),
    ("body", "Symbolbild"),
    ("body", "Foto d'archivio"),
    ("body", "Zdjęcie ilustracyjne"),
    ("body", "Иллюстративное фото"),
    # a share plugin's header in mid-article
    ("body", "Spread the love"),
    # a feed's disclaimer, in six languages
    ("body", "Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by NewsGlint staff."),
    ("body", "Cet article a été généré automatiquement à partir d'un flux RSS."),
    ("body", "Dieser Artikel wurde automatisch aus einem Nachrichtenfeed erstellt."),
    ("body", "Questo articolo è stato generato automaticamente da un feed."),
    ("body", "Ten artykuł został wygenerowany automatycznie z kanału RSS."),
    ("body", "Этот материал сгенерирован автоматически из новостной ленты."),
    # a column's byline and syndication note
    ("head", "Die Kolumne von Henrike Marold"),
    ("head", "A column by Owen Hale"),
    ("head", "La chronique de Claire Vautrin"),
    ("head", "La rubrica di Giulia Ferri"),
    ("head", "Колонка Анны Беляевой"),
    ("head", "Diese Kolumne erscheint gleichzeitig in zwölf Regionalzeitungen."),
    ("head", "This column appears in twelve regional papers."),
    ("head", "Cette chronique est publiée simultanément dans douze quotidiens régionaux."),
    # other columns, related posts, "read also on the site"
    ("body", "Mehr Meinungen: Alle Kolumnen im Überblick"),
    ("body", "More opinion"),
    ("body", "Altre opinioni"),
    ("body", "Post correlati"),
    ("body", "Читайте также на сайте: Какие дворы отремонтируют в 2026 году"),
    # a live blog's pinned entry
    ("body", "Запись закреплена"),
    ("body", "Pinned post"),
    ("body", "Przypięty wpis"),
])
def test_round_40_ad_shortcodes_stock_pictures_feed_disclaimers_column_lines_and_pins_go(where, line):
    """Round 40: an ad plugin's shortcode, a stock or archive picture named as one, a feed's
    disclaimer, a column's byline and syndication note, a box of other columns or related posts,
    and a live blog's pinned label."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Archives"),
    ("body", "File photos from the night of the flood were shown to the jury on Tuesday morning."),
    ("body", "Archives of the county council show the bridge was first repaired in 1911, the historian said."),
    ("body", "This article has been edited by the legal team after a complaint from the council, the editor said."),
    ("body", "The column by Owen Hale on the toll prompted more than 200 letters from readers last week."),
    ("body", "This column appears to have been written before the vote, which changed everything for the council."),
    ("body", "Pinned down by the opposition, the mayor agreed to publish the contract in full on Monday."),
])
def test_round_40_sentences_near_page_widget_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a newsletter box's header naming the site, and its button
    ("body", "Abonniere Energiewende vor Ort"),
    ("body", "Subscribe to Harbour Notes"),
    ("body", "Abonnieren"),
    # the newsroom's mailbox after a label, and the link to all readers' letters
    ("body", "Scrivi al direttore: lettere@gazzettavaldirame.example"),
    ("body", "Write to the editor: letters@harwick.example"),
    ("body", "Leggi tutte le lettere dei lettori"),
    # a fact-check's tip-off call and methods link
    ("body", "Vous avez vu une information douteuse ? Envoyez-la-nous"),
    ("body", "Seen a dubious claim? Send it to us"),
    ("body", "Comment nous vérifions les informations"),
    ("body", "How we fact-check"),
    ("body", "Wie wir Fakten prüfen"),
    # a byline with the writer's role, and a collective signature
    ("head", "Il commento della direttrice Loredana Pizzuti"),
    ("head", "An editorial by Owen Hale"),
    ("head", "Ein Kommentar von Jana Kiesel"),
    ("head", "Tribune signée par un collectif de soignants et d'élus du canton"),
    ("head", "Op-ed signed by forty doctors and nurses"),
    # a caption whose street is abbreviated, with its photographer
    ("body", "Strażacy wypompowują wodę z piwnic przy ul. Młyńskiej. Fot. Paweł Strzałkowski"),
])
def test_round_40_newsletter_headers_mailboxes_tip_offs_role_bylines_and_captions_go(where, line):
    """Round 40: a newsletter box's header and button, the newsroom's mailbox after a label, the
    link to all readers' letters, a fact-check's tip-off call and methods link, a byline with the
    writer's role or a collective signature, and a caption with an abbreviated street."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "La tribune signée par 200 médecins a été publiée dimanche dans la presse nationale."),
    ("body", "Subscribe to the idea that the market can fix this, and you will wait a long time."),
    ("body", "How we check the books of the county will change next year, the auditor said."),
    ("body", "All the letters we received were in favour of keeping the library open on Saturdays."),
])
def test_round_40_sentences_near_newsletter_and_byline_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


def test_round_40_a_bare_counter_beside_a_caption_goes_and_alone_stays():
    """Round 40: a gallery's bare counter ("2 / 12") beside a picture's caption goes; the same line
    between paragraphs, with no picture beside it, is left alone."""
    title, paragraphs = _fixture(FIXTURES["en"])
    caption = "Firefighters pump water out of cellars on Mill Row. Photo: Owen Hale"
    raw = "\n\n".join([title, paragraphs[0], caption + "\n2 / 12", *paragraphs[1:]]) + "\n"
    assert _problems(NoisyCase("counter", raw, (title, *paragraphs), (caption, "2 / 12")), "en") == []
    raw = "\n\n".join([title, paragraphs[0], "2 / 12", *paragraphs[1:]]) + "\n"
    assert not any(r.text == "2 / 12" for r in find_noise(raw))


@pytest.mark.parametrize("where, line", [
    # a membership offer with its price a month
    ("body", "Today's issue is free thanks to 1,140 paying members. Become one for £4 a month →"),
    ("body", "Become a member for $5 a month"),
    ("body", "Devenez membre pour 5 € par mois"),
    ("body", "Werden Sie Mitglied für 4 € im Monat"),
    ("body", "Diventa socio per 4 euro al mese"),
    ("body", "Członkowie mają dostęp do tego wpisu bez limitu. Dołącz za 5 dolarów miesięcznie"),
    ("body", "Станьте участником за 300 ₽ в месяц"),
    # the page itself shared
    ("body", "Partager cette page"),
    ("body", "Diese Seite teilen"),
    ("body", "Condividi questa pagina"),
    ("body", "Udostępnij tę stronę"),
    ("body", "Поделиться этой страницей"),
])
def test_round_39_membership_offers_and_page_share_buttons_go(where, line):
    """Round 39: a membership offer with its price a month, after at most one short sentence about
    the members; a button that shares the page itself, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Residents can join the gym for £4 a month, the council said."),
    ("body", "Join the club for £4 a month and you get free parking, the leaflet says."),
    ("body", "Devenir membre du club coûte désormais 5 € par mois, contre 3 € l'an dernier."),
    ("body", "Mitglied werden kann jeder für 4 € im Monat, sagte die Vorsitzende."),
    ("body", "Partager la page du roman avec sa sœur fut difficile, raconte l'autrice."),
    ("body", "Поделиться этой страницей своей биографии он решился только в семьдесят лет."),
])
def test_round_39_sentences_near_membership_and_share_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("text", [
    "Dziękuję, że czytasz Notatki z Lipnej Doliny! Subskrybuj za darmo, aby otrzymywać nowe wpisy.",
    "Merci de lire La Lettre du Val ! Abonnez-vous gratuitement pour recevoir les prochains numéros.",
    "Grazie per aver letto! Iscriviti gratis per ricevere i nuovi post.",
    "Спасибо, что читаете Заметки из Белоречья! Подпишитесь бесплатно, чтобы получать новые выпуски.",
])
def test_round_39_thanks_for_reading_sets_up_the_sites_call(text):
    """Round 39: the site thanking the reader for reading sets up its call to action, as a question
    to the reader does (the prompt then goes with the newsletter form under it)."""
    from spinscope.ingest.clean import is_prompt
    assert is_prompt(text)


@pytest.mark.parametrize("text", [
    "Thanks for reading, the mayor said. Subscribe to the council's agenda if you want the details.",
    "Dziękuję, że przyszliście. Zapiszcie się na listę, powiedział sołtys.",
])
def test_round_39_a_thanks_in_the_article_is_no_prompt(text):
    from spinscope.ingest.clean import is_prompt
    assert not is_prompt(text)


@pytest.mark.parametrize("where, line", [
    # an exclusive's flag or a ticker's "+++" in capitals over the headline
    ("head", "EXCLUSIVE: Council drops its plan to sell the old library"),
    ("head", "EXCLUSIF – La mairie renonce à vendre l'ancienne bibliothèque"),
    ("head", "EXKLUSIV: Stadt verzichtet auf den Verkauf der alten Bibliothek"),
    ("head", "EILMELDUNG +++ Stromausfall im gesamten Stadtgebiet +++"),
    ("head", "ESCLUSIVA: il Comune rinuncia a vendere la vecchia biblioteca"),
    ("head", "WYŁĄCZNIE U NAS: Miasto rezygnuje ze sprzedaży starej biblioteki"),
    ("head", "ЭКСКЛЮЗИВ: Мэрия отказалась продавать здание старой библиотеки"),
    # the newsroom as the writers' role under the title
    ("head", "Aus dem Newsroom: Jana Wölfering und Till Ambrosch"),
    ("head", "From the newsroom: Priya Shah and Tom Reed"),
    ("head", "De la rédaction : Claire Vautrin et Julien Morel"),
    ("head", "Dalla redazione: Marta Rossi"),
    ("head", "Z redakcji: Anna Nowak"),
    ("head", "Из редакции: Анна Смирнова"),
    # the comment section's placeholder while it loads
    ("tail", "Loading comments…"),
    ("tail", "Chargement des commentaires…"),
    ("tail", "Kommentare werden geladen…"),
    ("tail", "Caricamento dei commenti…"),
    ("tail", "Ładowanie komentarzy…"),
    ("tail", "Загрузка комментариев…"),
    # a browser's push-notification prompt
    ("head", "Enable notifications to get breaking news as it happens. Not now | Allow"),
    ("head", "Activez les notifications pour recevoir l'essentiel de l'actualité"),
    ("head", "Push-Benachrichtigungen aktivieren und keine Eilmeldung mehr verpassen"),
    ("head", "Attiva le notifiche per ricevere le ultime notizie"),
    ("head", "Włącz powiadomienia, aby nie przegapić najważniejszych wiadomości. Nie teraz | Zezwól"),
    ("head", "Включите уведомления, чтобы не пропустить главные новости"),
    # a paginated article's pager
    ("tail", "Page 2 of 3 · Next page »"),
    ("tail", "« Page précédente | Page 2 sur 3 | Page suivante »"),
    ("tail", "Seite 2 von 3 · Nächste Seite »"),
    ("tail", "Pagina 2 di 3 · Pagina successiva »"),
    ("tail", "Strona 2 z 3 · Następna strona »"),
    ("tail", "Страница 2 из 3 · Следующая страница »"),
])
def test_round_39_exclusive_flags_newsroom_bylines_loading_comments_push_prompts_and_pagers_go(where, line):
    """Round 39: an exclusive's flag in capitals and a ticker's "+++", the newsroom as the writers'
    role, the comments' loading placeholder, a push-notification prompt and its buttons, a pager."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Exclusive talks between the two unions ended on Friday."),
    ("head", "Exclusive: the word on every lip in the paddock this weekend was rain."),
    ("body", "Aus dem Newsroom der Agentur hieß es am Montag, die Meldung sei korrekt."),
    ("body", "Dalla redazione del giornale locale sono partite tre segnalazioni al Comune."),
    ("tail", "Loading of the ferry resumed at noon."),
    ("tail", "Chargement des commentaires sur le site du ministère interrompu après la panne, selon la préfecture."),
    ("body", "Turn on notifications and you will drown in alerts, the psychologist warns."),
    ("body", "Enable notifications only for the apps you really need, experts advise."),
    ("body", "Attiva le notifiche solo per le app che usi davvero, consiglia il garante."),
    ("body", "Page two of the report lists the costs."),
    ("body", "Page 2 of the report lists the costs."),
    ("body", "Seite 3 von 12 im Bericht nennt die Kosten."),
])
def test_round_39_sentences_near_those_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    # the issue's contents
    "In this issue: the ferry slipway, a new bakery on Tolley Street, and your letters",
    "Dans ce numéro : le pont du Lavoir, la nouvelle boulangerie et vos lettres",
    "In dieser Ausgabe: die Brücke, die neue Bäckerei und Ihre Briefe",
    "In questo numero: la funivia, il nuovo forno e le vostre lettere",
    "W tym numerze: basen, nowa piekarnia i wasze listy",
    "В этом выпуске: набережная, новая пекарня и ваши письма",
    # the sender's address to add to the contacts, and the signed-up note
    "Add friday@fennisgatefriday.co.uk to your contacts so we don't end up in spam.",
    "Ajoutez lettre@valdorsa.example à vos contacts pour ne pas finir dans les spams.",
    "You are receiving this because you signed up at fennisgatefriday.co.uk.",
    # the sponsor of the week
    "This week's sponsor: Quayside Kayak Hire. Book a winter tour →",
    "Le partenaire de la semaine : Kayak du Port. Réservez une sortie →",
    "Sponsor der Woche: Bäckerei Kern",
    "Lo sponsor della settimana: Forno Bassi",
    "Sponsor tygodnia: Piekarnia Kos",
    "Спонсор недели: пекарня «Колос»",
    # the rating row and the reply invitation
    "How was today's issue? 😍 Loved it · 🙂 Fine · 😐 Meh",
    "Comment avez-vous trouvé ce numéro ? Super · Bien · Bof",
    "Got a tip or a correction? Just hit reply, we read every message.",
    "Une info, une correction ? Répondez simplement à ce courriel.",
    "Ein Hinweis? Antworten Sie einfach auf diese E-Mail.",
    # the forwarded copy
    "Was this forwarded to you? Get your own copy every Friday morning.",
    "On vous a transféré cette lettre ? Inscrivez-vous pour la recevoir chaque vendredi.",
    "Wurde Ihnen diese E-Mail weitergeleitet? Hier anmelden.",
    "Ti hanno inoltrato questa newsletter? Iscriviti qui.",
    "Ktoś przesłał Ci ten newsletter? Zapisz się tutaj.",
    "Вам переслали это письмо? Подпишитесь здесь.",
    # the archive, the referral offer, the mailing service, the credits
    "Read past issues in the archive",
    "Lire les anciens numéros dans les archives",
    "Alle früheren Ausgaben im Archiv",
    "Leggi i numeri precedenti nell'archivio",
    "Czytaj poprzednie wydania w archiwum",
    "Читать прошлые выпуски в архиве",
    "Refer three friends and get a Friday tote bag",
    "Parrainez trois amis et recevez un sac",
    "Invita tre amici e ricevi una borsa",
    "Zaproś trzech znajomych i zdobądź torbę",
    "Пригласите трёх друзей и получите сумку",
    "Sent with Letterwick",
    "Envoyé avec Letterwick",
    "Gesendet mit Letterwick",
    "Inviato con Letterwick",
    "Wysłano przez Letterwick",
    "Отправлено через Letterwick",
    "The Fennisgate Friday is written by Harriet Quillon and edited by Dev Arkwright.",
    "La Lettre du Val est écrite par Claire Vautrin et relue par Julien Morel.",
    "Il Foglio di Valdorsa è curato da Marta Rossi e Ettore Bassi.",
])
def test_round_39_a_newsletters_web_version_chrome_goes(line):
    """Round 39: a newsletter's web version prints its contents line, the address-book note, the
    sponsor of the week, a rating row, the invitation to reply, the forwarded note, the archive,
    the referral offer, the mailing service and its credits line: the mail footer's kinds."""
    assert _problems(_insert("tail", [line]), "en") == []
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "In this issue of the parish magazine, the vicar writes about the roof appeal."),
    ("body", "The report is written by John Smith and edited by Jane Doe."),
    ("body", "The Budget is written by Treasury officials."),
    ("tail", "Refer a friend to the food bank if they are struggling, the charity says."),
    ("tail", "Sent with the first post of the morning, the letter reached the mayor on Tuesday."),
    ("body", "Read past issues of the council minutes and you will see the same promise."),
    ("body", "Got a question? Just hit reply was not an option for the council, which closed its inbox."),
    ("body", "Our sponsor was the harbour trust, which paid for the buoys, the rowing club said."),
])
def test_round_39_sentences_near_newsletter_chrome_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Donate now to support our campaigns",
    "Faites un don pour soutenir l'association",
    "Jetzt spenden",
    "Spenden Sie jetzt für unsere Kampagne",
    "Dona ora per sostenere le nostre battaglie",
    "Przekaż darowiznę na naszą kampanię",
    "Сделайте пожертвование на нашу кампанию",
    "Sign the petition online",
    "Signez la pétition en ligne",
    "Petition unterschreiben",
    "Firma la petizione online",
    "Podpisz petycję online",
    "Подпишите петицию",
])
def test_round_39_a_partys_donate_and_petition_buttons_go(line):
    """Round 39: a party's or an organisation's donate and petition buttons, in six languages."""
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Sign the petition, the union urged its members on Friday.",
    "Spenden für die Tafel sammelten die Schüler am Samstag.",
    "Dona il sangue, chiede l'Avis.",
    "Faites un don, a lancé le maire aux habitants réunis sur la place.",
    "Podpisz petycję, zaapelował sołtys do mieszkańców.",
])
def test_round_39_sentences_near_donate_and_petition_buttons_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Open the article on the source's website",
    "Lire l'article sur le site de la source",
    "Artikel auf der Website der Quelle lesen",
    "Apri l'articolo sul sito della fonte",
    "Otwórz artykuł na stronie źródła",
    "Открыть статью на сайте источника",
])
def test_round_39_an_aggregators_link_to_the_source_goes(line):
    """Round 39: an aggregator's link to the article on its source's site, in six languages."""
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Apri l'articolo 12 del regolamento e leggerai le regole sul sito della fonte idrica.",
    "Open the article of the treaty and you find the clause on the source of the river.",
])
def test_round_39_sentences_near_the_source_link_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Pressefoto herunterladen (JPG, 3,1 MB)",
    "Download the press photo (JPG, 2.4 MB)",
    "Télécharger la photo (JPG, 2,4 Mo)",
    "Scarica la foto (JPG, 2,4 MB)",
    "Pobierz zdjęcie (JPG, 2,4 MB)",
    "Скачать фото (JPG, 2,4 МБ)",
    "Download the video (MP4, 48 MB)",
])
def test_round_39_a_download_link_for_a_picture_or_a_video_goes(line):
    """Round 39: the download link with its file's type and size takes pictures and videos too."""
    assert _problems(_insert("body", [line]), "en") == []


def test_round_39_a_sentence_about_a_downloaded_photo_stays():
    line = "Downloads of the photo (JPG, the agency said) topped a million within a day."
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a broadcaster's catch-up prompt
    ("head", "Sendung verpasst? Alle Beiträge in der Mediathek"),
    ("head", "Missed the show? Watch it again on catch-up"),
    ("head", "Vous avez raté l'émission ? Retrouvez-la en replay"),
    ("head", "Ti sei perso la puntata? Rivedila su RaiPlay"),
    ("head", "Przegapiłeś program? Obejrzyj go w serwisie VOD"),
    ("head", "Пропустили эфир? Смотрите в записи"),
    # a Telegram channel's web preview note
    ("head", "Вы можете посмотреть и поделиться этим постом, даже если у вас нет Telegram"),
    ("head", "If you have Telegram, you can view and join Tikhozersk Live right away."),
    ("head", "Si vous avez Telegram, vous pouvez voir et rejoindre Info Val tout de suite."),
    ("head", "Wenn du Telegram hast, kannst du Kellbrunn Live sofort ansehen und beitreten."),
    ("head", "Se hai Telegram, puoi vedere e unirti a Valdorsa Notizie subito."),
    ("head", "Jeśli masz Telegram, możesz zobaczyć i dołączyć do Borowa Info od razu."),
])
def test_round_39_catch_up_prompts_and_telegram_preview_notes_go(where, line):
    """Round 39: a broadcaster's catch-up prompt (the missed show asked about, then its service) and
    a Telegram channel's web preview note, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Missed the show? Many viewers did, and the ratings fell, the broadcaster admitted."),
    ("body", "Sendung verpasst? Das passiert vielen Pendlern, sagt der Sender."),
    ("body", "You can view the minutes on the council website, the clerk said."),
    ("body", "Вы можете посмотреть запись заседания в Telegram-канале мэрии, сообщили в администрации."),
])
def test_round_39_sentences_near_catch_up_and_telegram_lines_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 41 (developed on held-out set 42) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # an auto-blog's feed credit
    ("tail", "Auto-curated from the publisher's RSS feed by Fernlake Digest. All rights belong to their owners."),
    ("tail", "This post was automatically imported from the RSS feed of Marlow Times."),
    ("tail", "Article importé automatiquement depuis le flux RSS de Gazette du Val."),
    ("tail", "Automatisch importiert aus dem RSS-Feed von Kellbrunn Aktuell."),
    ("tail", "Articolo importato automaticamente dal feed RSS di Valdorsa Notizie."),
    ("tail", "Wpis pobrany automatycznie z kanału RSS Borowa Info."),
    ("tail", "Материал автоматически импортирован из RSS-ленты «Тихозерск Live»."),
    # a source credit that points at a link only
    ("tail", "Source: link to the original article"),
    ("tail", "Source : lien"),
    ("tail", "Quelle: hier"),
    ("tail", "Fonte: clicca qui"),
    ("tail", "Źródło: tutaj"),
    ("tail", "Источник материала — по ссылке"),
    ("body", "Источник — по ссылке"),
])
def test_round_41_feed_credits_and_source_links_go(where, line):
    """Round 41: an auto-blog's credit of the feed it copied the post from, and a source credit that
    points at a link, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Substack is the home for great culture"),
    ("tail", "Powered by Ghost · Theme: Harbourline by Quillwork"),
    ("tail", "Built with Hugo"),
    ("tail", "Créer un blog gratuit sur over-blog.com - Contact - CGU - Signaler un abus"),
    ("tail", "Propulsé par Canalblog"),
    ("tail", "Diese Website wurde mit Jimdo erstellt"),
    ("tail", "Sito realizzato con Altervista"),
    ("tail", "Blog creato con Blogger"),
    ("tail", "Strona stworzona w Wix"),
    ("tail", "Сайт сделан на Tilda"),
])
def test_round_41_blog_platform_footers_go(where, line):
    """Round 41: a blog or site platform's credit other than WordPress (Substack, Ghost, Overblog,
    Jimdo, Altervista, Blogger, Wix, Tilda), in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Ruth Allingham says: March 10, 2026 at 9:41 am"),
    ("tail", "Gilles a écrit : 10 mars 2026 à 9:14"),
    ("tail", "Jonas schreibt: 10. März 2026 um 9:41 Uhr"),
    ("tail", "Marta ha scritto: 10 marzo 2026 alle 9:41"),
    ("tail", "Ewa napisał(a): 10 marca 2026 o 09:14"),
    ("tail", "Анна пишет: 10 марта 2026 в 09:41"),
    ("tail", "Les commentaires sont soumis à modération et n'apparaissent qu'après validation."),
    ("tail", "Один комментарий к записи «Зачем городу третья котельная»"),
    ("tail", "Ein Kommentar zu „Warum der Markt bleiben muss“"),
    ("tail", "Un commentaire sur l'article « Le marché couvert »"),
    ("tail", "Jeden komentarz do wpisu „Nowe rondo”"),
])
def test_round_41_comment_rows_counts_and_moderation_go(where, line):
    """Round 41: a comment row with the commenter, a saying verb and the date; one comment over the
    thread quoting the post; the French moderation note."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "This post takes about 4 minutes to read."),
    ("head", "Ce billet se lit en 4 minutes."),
    ("head", "Die Lesezeit dieses Beitrags beträgt etwa 5 Minuten."),
    ("head", "Questo articolo si legge in 4 minuti."),
    ("head", "Ten wpis przeczytasz w 4 minuty."),
    ("head", "Эту статью можно прочитать за 4 минуты."),
])
def test_round_41_reading_time_sentences_go(where, line):
    """Round 41: the reading time in a sentence naming the page, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Mein neues Buch „Die leise Kasse“ ist jetzt überall erhältlich, wo es Bücher gibt."),
    ("tail", "Mon nouveau livre « La caisse vide » est disponible en librairie."),
    ("tail", "Il mio nuovo libro “La cassa vuota” è disponibile in libreria."),
    ("tail", "Moja nowa książka „Pusta kasa” jest już dostępna w księgarniach."),
    ("tail", "Моя новая книга «Пустая касса» уже в продаже."),
    ("tail", "Jeśli doceniasz moją pracę, postaw mi kawę na buycoffee.to ☕"),
    ("tail", "Offrez-moi un café sur Tipeee"),
    ("tail", "Spendier mir einen Kaffee!"),
    ("tail", "Se ti è piaciuto, offrimi un caffè"),
    ("tail", "Угостите меня кофе"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna "
             "periodicità."),
    ("tail", "This blog is not a news publication and is updated irregularly."),
    ("tail", "Ce blog n'est pas un organe de presse."),
    ("tail", "Этот блог не является СМИ."),
])
def test_round_41_book_and_coffee_plugs_and_not_a_newspaper_notices_go(where, line):
    """Round 41: an author's book plug and coffee tip jar in five languages besides English, and a
    blog's notice that it is no newspaper."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The mayor says: the bridge will open in March."),
    ("tail", "Jane Doe says: the vote is on the agenda for the spring session."),
    ("tail", "My new book, the minister joked, would be about this budget."),
    ("body", "Source of the leak remains unknown, police said."),
    ("body", "The app automatically pulls news from RSS feeds, its developer said."),
    ("tail", "The mayor offered me a coffee and said the budget was available."),
    ("body", "Mein neues Buch, scherzte der Minister, handle von diesem Haushalt."),
    ("body", "Comments on the plan are subject to a public hearing in April, the council said."),
    ("head", "Ce billet d'entrée se lit comme un aveu d'échec, estime l'opposition."),
])
def test_round_41_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a promoted post's label, a classified, a sponsor line
    ("body", "u/HarbourBikes · Promoted"),
    ("body", "Kranwerk Solar · Gesponsert"),
    ("body", "Объявление: Ремонт квартир под ключ, недорого"),
    ("body", "Ogłoszenie: Sprzedam działkę pod lasem"),
    ("body", "Sponsor: noleggia la tua e-bike da Ciclofficina Lentamente"),
    # a petition box's counter and button
    ("body", "4 812 signatures sur un objectif de 10 000"),
    ("body", "12,408 signatures of 15,000"),
    ("body", "8 412 подписей из 10 000"),
    ("body", "Je signe"),
    ("body", "Ich unterschreibe"),
    # a podcast's subscribe prompt
    ("body", "Jetzt abonnieren, um keine Folge zu verpassen"),
    ("body", "Subscribe so you never miss an episode"),
    ("body", "Abonnez-vous pour ne manquer aucun épisode"),
    ("body", "Iscriviti per non perdere nessuna puntata"),
    ("body", "Subskrybuj, aby nie przegapić żadnego odcinka"),
    ("body", "Подпишитесь, чтобы не пропустить новые выпуски"),
    # a guest post's byline, author box header and call for guest posts
    ("head", "Un articolo di Lucio Ferrandina, ospite del blog"),
    ("head", "A guest post by Dana Whitcombe"),
    ("head", "Un billet invité de Lucie Faverolles"),
    ("head", "Wpis gościnny: Marta Nowicka"),
    ("tail", "L'autore"),
    ("tail", "O autorze"),
    ("tail", "Vuoi scrivere un guest post per Pedali e Borghi? Scopri come collaborare"),
    ("tail", "Want to write for Harbour Notes? Read our guidelines"),
    ("tail", "Chcesz napisać wpis gościnny? Napisz do nas"),
    # a blog's follow prompt, a related publication, a reblog's cut
    ("body", "Obserwuj blog na Facebooku"),
    ("body", "Follow the blog on Mastodon"),
    ("body", "Suivez le blog sur Instagram"),
    ("body", "Related research: The Paperwork Tax on Rural Councils (Report, 2025)"),
    ("body", "Continuer la lecture"),
    ("body", "Czytaj więcej"),
    # a magazine's free-to-read note with its call to subscribe, and the button
    ("body", "Ten tekst przeczytasz za darmo. Zostań prenumeratorem i wspieraj niezależne dziennikarstwo."),
    ("body", "You're reading this article for free. Subscribe to support our reporting."),
    ("body", "Vous lisez cet article gratuitement."),
    ("body", "Zamów prenumeratę"),
    ("body", "Abo abschließen"),
])
def test_round_41_page_lines_go(where, line):
    """Round 41: lines left on set 42's pages, as classes: promoted, classified and sponsor labels, a
    petition's counter and button, a podcast's subscribe prompt, a guest post's byline, author box
    header and call for guest posts, a blog's follow prompt, a related publication, a reblog's cut,
    a free-to-read note and the subscription button."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, lines", [
    ("body", ["SIGNEZ LA PÉTITION", "Non à la méga-bassine de Saint-Orvelin",
              "4 812 signatures sur un objectif de 10 000", "Je signe"]),
    ("body", ["Sponsorisé", "Brocante en ligne – découvrez nos meubles anciens"]),
    ("body", ["I PIÙ LETTI", "1. Vince 2 milioni al Gratta e Vinci e sparisce", "2. Il vip avvistato in spiaggia",
              "3. Ecco il meteo del weekend"]),
    ("body", ["Most read", "1. Council approves the ferry subsidy", "2. Storm closes the coast road",
              "3. Five places to eat this weekend"]),
    ("tail", ["L'autore", "Lucio Ferrandina è ingegnere dei trasporti e cicloturista. Ha percorso in bici tutte le "
                          "ex ferrovie dell'Appennino."]),
])
def test_round_41_boxes_go_whole(where, lines):
    """Round 41: a petition box's title between its label and its counter, an ad's copy alone under
    its label, a "most read" rail's numbered headlines under its heading, an author box's bio."""
    assert _problems(_insert(where, lines), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Sign up for the trial was slow, and only 812 signatures of 10,000 needed were gathered by May."),
    ("body", "Sponsor of the bill, senator Amira Doyle, said the vote would be close."),
    ("body", "Follow the money, the auditor told the committee, and you find the ferry."),
    ("body", "Related research by the university found the same pattern in 14 towns."),
    ("body", "Episode 3 of the inquiry's hearings opened with the treasurer's testimony."),
    ("body", "Ten tekst przeczytasz w gazecie, zapowiedział burmistrz na sesji."),
])
def test_round_41_near_miss_page_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Anna Pike writes Harbour Notes, a weekly newsletter on coastal towns.",
    "Lucie Faverolles écrit La Lettre du Val, une lettre hebdomadaire sur la vie locale.",
    "Jonas Keller schreibt Ratsnotizen, einen wöchentlichen Newsletter über Kommunalpolitik.",
    "Marta Rossi scrive Il Pensatoio, una newsletter settimanale sulla politica locale.",
    "Ewa Nowak pisze Notatnik Radnej, cotygodniowy newsletter o sprawach gminy.",
    "Анна Петрова пишет Gorod Weekly, еженедельную рассылку о жизни города.",
])
def test_round_41_a_newsletter_writers_bio_goes(line):
    """Round 41: the writer of a newsletter named by its title, at the foot (set 10's Substack page
    kept its bio once the Substack footer became the rules' and the page's tail lost its evidence)."""
    assert _problems(_insert("tail", [line]), "en") == []


def test_round_41_a_sentence_on_a_writers_newsletter_stays():
    line = "Anna Pike writes that the weekly newsletter, a fixture of the town, will close in June."
    assert _problems(_insert("tail", [line], keep=True), "en") == []


# --- round 42 (developed on held-out set 43) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # a page builder's run of tags, an ad plugin's shortcode
    ("head", "[/vc_column_text][/vc_column][/vc_row][vc_row][vc_column][vc_column_text]"),
    ("body", "[/et_pb_text][/et_pb_column][et_pb_column type=\"4_4\"]"),
    ("body", "[werbemittel position=\"content_2\"]"),
    ("body", "[anzeige]"),
    ("body", "[publicite id=\"3\"]"),
    ("body", "[pubblicita]"),
    ("body", "[reklama slot=\"2\"]"),
    ("body", "[реклама]"),
])
def test_round_42_page_builder_runs_and_ad_shortcodes_go(where, line):
    """Round 42: a page builder's run of empty opening and closing tags, and ad shortcodes in the
    languages' words for an ad."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a found-at credit with its colon
    ("tail", "Gefunden bei: Hollerfurter Kreisbote (kreisbote-hollerfurt.example)"),
    ("tail", "Found at: Marlow Times (marlowtimes.example)"),
    ("tail", "Trouvé sur : Gazette du Val"),
    ("tail", "Trovato su: Valdorsa Notizie"),
    ("tail", "Znalezione na: Borowa Info"),
    ("tail", "Найдено на: «Тихозерск Live»"),
    # the full version read at another site
    ("tail", "Полную версию материала читайте на сайте «Полдень-инфо»"),
    ("tail", "Read the full version at Marlow Times (marlowtimes.example)"),
    ("tail", "Lire la version complète sur gazetteduval.example"),
    ("tail", "Die vollständige Fassung lesen Sie auf kellbrunn-aktuell.example"),
    ("tail", "Leggi la versione integrale su Valdorsa Notizie"),
    ("tail", "Pełną wersję artykułu przeczytasz na borowa-info.example"),
])
def test_round_42_found_at_and_full_version_credits_go(where, line):
    """Round 42: a found-at credit and a read-the-full-version credit, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # donation plugs naming the payment service and the writer or the blog
    ("tail", "Sie möchten meine Arbeit unterstützen? Ich freue mich über eine Spende per PayPal an "
             "spenden@wendelin-krah.example."),
    ("tail", "Поддержать автора можно переводом через ЮMoney — ссылка в профиле."),
    ("tail", "Support my work via PayPal: paypal.example/fenwick"),
    ("tail", "Vous pouvez soutenir ce blog par un don sur PayPal."),
    ("tail", "Puoi fare una donazione su PayPal per sostenere il blog."),
    ("tail", "Wesprzyj autora przez PayPal lub BLIK."),
    # a card number for the donations
    ("body", "Друзья, блог живёт только на ваши пожертвования! номер карты для переводов: 0000 0000 0000 0000"),
    ("body", "Card number for donations: 0000 0000 0000 0000"),
    # consulting and training plugs with their address
    ("tail", "Corwin Ashdale is a former county auditor who writes about small-town budgets. He also offers "
             "one-to-one consulting for community groups: book a call at ashdale.example/consult."),
    ("tail", "Autorka prowadzi szkolenia z wystąpień publicznych dla samorządowców – zapisy na stronie "
             "szkolenia-lazar.example."),
    ("tail", "Elle propose des formations en prise de parole : inscriptions sur formations-vidal.example."),
    ("tail", "Er bietet Workshops zur Haushaltsplanung an: workshops-krah.example"),
    ("tail", "Tiene corsi di scrittura per amministratori: iscrizioni su corsi-castrini.example"),
    ("tail", "Проводит тренинги для муниципальных служащих, запись на сайте treningi-drozd.example"),
    # the writer's own channel and video
    ("tail", "Seguimi anche sul mio canale Telegram per gli aggiornamenti quotidiani: t.me/taccuino_di_ornella"),
    ("tail", "Follow my Telegram channel for daily updates: t.me/fenwick_notes"),
    ("tail", "Подписывайтесь на мой канал в Telegram: t.me/pravdorub"),
    ("body", "Смотрите моё новое видео на канале!"),
    ("body", "Watch my new video on my channel!"),
    # a support box's pitch and buttons
    ("body", "The Plain Commoner has no billionaire owner and no paywall. We rely on readers like you."),
    ("body", "Give $5 a month"),
    ("body", "Give once"),
])
def test_round_42_donation_consulting_and_channel_plugs_go(where, line):
    """Round 42: donation plugs naming the payment service or the card number, consulting and
    training plugs with their address, the writer's own channel and video, a support box's buttons."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Obsługiwane przez usługę Blogger."),
    ("tail", "Хостинг от uCoz"),
    ("tail", "Hosted by uCoz"),
    ("tail", "Fourni par Blogger."),
    ("tail", "Bereitgestellt von Blogger."),
    ("tail", "Gestito da Blogger"),
    ("tail", "На платформе Blogger"),
    # comment threads' show-more links with their counts
    ("tail", "Mostra altre 6 risposte"),
    ("tail", "Show 6 more replies"),
    ("tail", "Afficher 6 autres réponses"),
    ("tail", "6 weitere Antworten anzeigen"),
    ("tail", "Pokaż 6 kolejnych odpowiedzi"),
    ("tail", "Показать ещё 6 ответов"),
    # the date, the reading time with a minute mark and the views in a row
    ("head", "12 marzo 2026 · 4' di lettura · Letto 1.284 volte"),
    ("head", "4' di lettura"),
    # disclaimers of the writer's own opinion and of a blog platform
    ("tail", "Opinions expressed in this column are the writer's own and do not reflect the editorial position "
             "of the Fenmoor Ledger."),
    ("tail", "Ce blog est hébergé par le Courrier de Montbrézac ; les propos qui y sont tenus n'engagent que leur "
             "auteur."),
    ("tail", "Le opinioni espresse in questo articolo sono dell'autore."),
    ("tail", "Opinie wyrażone w felietonie są prywatnymi opiniami autora."),
])
def test_round_42_platform_footers_show_more_reading_rows_and_disclaimers_go(where, line):
    """Round 42: hosting and service credits of blog platforms, show-more links with a count, a
    reading-time row with a minute mark, opinion disclaimers, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "ANNUNCIO"),
    ("body", "Materiał sponsorowany: Okna PCV z montażem – sprawdź promocję"),
    ("body", "Contenuto sponsorizzato: il materasso che fa dormire tutti"),
    ("tail", "Weiterlesen mit KREISGEFLÜSTER Plus"),
    ("tail", "Der Rest dieses Textes ist für zahlende Abonnenten."),
    ("tail", "The rest of this post is for paid subscribers"),
    ("tail", "Schon Abonnent? Anmelden"),
    ("tail", "Already a supporter? Log in"),
    ("tail", "Déjà abonné ? Se connecter"),
    ("tail", "Oceń artykuł: ★★★★☆ (31 głosów)"),
    ("tail", "Rate this article: ★★★★☆"),
    ("tail", "Przyznaj punkty autorowi: +10"),
    ("tail", "Zgłoś nadużycie"),
    ("tail", "Report abuse"),
    ("tail", "Obserwuj autora"),
    ("tail", "Inne artykuły autora"),
    ("tail", "Other articles by this author"),
])
def test_round_42_ad_labels_paywall_teasers_and_platform_widgets_go(where, line):
    """Round 42: an Italian ad label and sponsored labels over their copy, a paywall teaser, a
    citizen platform's rating, points, report, follow and other-articles lines."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "PayPal shares fell 4% after the company cut its forecast."),
    ("body", "Für jede Spende per PayPal erhalten die Unterzeichner einen Aufkleber, teilte der Verein mit."),
    ("body", "Okazuje się bowiem, że republikańscy „geje” wsparli ustawę Don’t Say Gay, którą gubernator podpisał."),
    ("body", "The firm offers consulting to three ministries, according to its filing."),
    ("body", "Il ponte è stato chiuso per 4' di lettura del verbale, ha detto il sindaco."),
    ("body", "Opinions among shop owners on the high street were split almost evenly."),
    ("body", "Mostra segni di cedimento anche il ponte sul torrente, secondo i tecnici della provincia."),
    ("body", "Seguimi, ha detto il sindaco ai consiglieri, e li ha portati a vedere le crepe nel muro."),
    ("body", "Give or take a few weeks, the bridge will reopen in spring."),
    ("body", "Watch the new video of the council meeting on the city's website, the mayor said."),
    ("body", "Полную ответственность за ремонт несёт подрядчик, заявили в мэрии."),
])
def test_round_42_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 43 (developed on held-out set 44) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # an HTML comment left in the text, a bracketed ad label with its scroll cue
    ("body", "<!-- AI CONTENT END 2 -->"),
    ("body", "<!-- wp:paragraph -->"),
    ("body", "[ Advertisement · Scroll down to continue reading ]"),
    ("body", "[ Anzeige ]"),
    ("body", "( Publicité – la suite ci-dessous )"),
    ("body", "[ Реклама ]"),
    # auto-import notes naming a partner's or news feed, or an automatic aggregator
    ("tail", "This story was imported automatically from a partner feed and has not been edited by our staff."),
    ("tail", "Article repris automatiquement depuis le flux de L'Écho de Quintebois."),
    ("tail", "Beitrag automatisch aus dem Partner-Feed übernommen"),
    ("tail", "Articolo ripreso automaticamente dal feed di Radio Valle."),
    ("tail", "Artykuł pochodzi z automatycznego agregatora wiadomości lokalnych."),
    ("tail", "Новость автоматически добавлена из RSS-ленты партнёра."),
    # the original source pointing at a link
    ("tail", "Fonte originale: clicca qui"),
    ("tail", "Original source: link"),
    ("tail", "Source d'origine : ici"),
    ("tail", "Originalquelle: hier"),
    ("tail", "Oryginalne źródło: tutaj"),
    ("tail", "Первоисточник: по ссылке"),
])
def test_round_43_html_comments_bracketed_ads_and_feed_credits_go(where, line):
    """Round 43: an HTML comment alone on its line, a bracketed ad label, auto-import notes naming a
    partner's feed or an aggregator and original-source links, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # reading times with seconds and an estimate, a book emoji in a date row
    ("head", "Tempo stimato di lettura: 3 minuti e 20 secondi"),
    ("head", "Temps de lecture estimé : 3 min et 20 s"),
    ("head", "Czas czytania: 3 minuty 20 sekund"),
    ("head", "5 марта 2026, четверг · 📖 4 минуты"),
    ("head", "⏱ 12 min"),
    # comment headers and rows: an ellipsis for the colon, a date without the year
    ("tail", "Jean-Luc M. a dit… 5 mars 2026 à 18:42"),
    ("tail", "Hollis G. said... March 5, 2026 at 6:42 pm"),
    ("tail", "Ирина К. · 5 марта в 21:14 · Ответить"),
    ("tail", "Marco R. · 5 marzo alle 21:14 · Rispondi"),
    # tips-and-corrections contacts
    ("tail", "Per segnalazioni e rettifiche scrivere a redazione@gazzettavaltorrina.example"),
    ("tail", "For tips and corrections, write to desk@paper.example"),
    ("tail", "Pour signalements et rectificatifs, écrire à redaction@journal.example"),
    ("tail", "Für Hinweise und Korrekturen schreiben Sie an redaktion@blatt.example"),
    ("tail", "Zgłoszenia i sprostowania prosimy kierować na redakcja@gazeta.example"),
    ("tail", "Замечания и исправления присылайте на red@gazeta.example"),
])
def test_round_43_reading_times_comment_rows_and_corrections_contacts_go(where, line):
    """Round 43: reading times in minutes and seconds or with a book emoji, comment headers with an
    ellipsis or a year-less date, tips-and-corrections contacts, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the writer's shop, podcast, Steady and Boosty pages, other blog
    ("tail", "Grab a \"Fix Our Roads\" mug from my little shop: every sale keeps this blog online."),
    ("tail", "Commandez le mug « Sauvons la gare » dans ma boutique : chaque vente fait vivre ce blog."),
    ("tail", "Holt euch die Tasse in meinem Shop – jeder Kauf hilft dem Blog."),
    ("tail", "Compra la tazza nel mio negozio online: ogni acquisto sostiene il blog."),
    ("tail", "Kup kubek w moim sklepiku – każdy zakup utrzymuje bloga."),
    ("tail", "Купите кружку в моём магазине — каждая покупка поддерживает блог."),
    ("tail", "Mon podcast « Ça se discute au conseil » est disponible sur toutes les plateformes d'écoute."),
    ("tail", "My podcast \"Council Matters\" is available on Spotify and Apple Podcasts."),
    ("tail", "Mein Podcast „Ratssaal“ ist überall zu hören, wo es Podcasts gibt."),
    ("tail", "Il mio podcast «Consiglio aperto» è disponibile su Spotify."),
    ("tail", "Mój podcast „Sesja” jest dostępny na Spotify."),
    ("tail", "Мой подкаст «Горсовет» доступен на всех платформах."),
    ("tail", "Werde Unterstützer*in dieses Blogs auf Steady – schon ab 3 € im Monat."),
    ("tail", "Эксклюзивные материалы и черновики — на моём Boosty."),
    ("tail", "Prowadzę też bloga kulinarnego – zajrzyj na smaki-od-kuchni.example"),
    ("tail", "I also write a food blog: saltgrove-kitchen.example"),
    ("tail", "Je tiens aussi un blog de cuisine : cuisine-de-lea.example"),
    ("tail", "Curo anche un blog di cucina: cucina-di-ornella.example"),
    ("tail", "Веду также блог о кухне: kuhnya-drozd.example"),
    # hosting and site-builder footers with "for free" or the builder's noun
    ("tail", "Sito ospitato gratuitamente su Altervista"),
    ("tail", "Strona stworzona w kreatorze WebWave"),
    ("tail", "Site hébergé gratuitement sur Overblog"),
    ("tail", "Website built for free on Webnode"),
    ("tail", "Сайт создан бесплатно в конструкторе uKit"),
])
def test_round_43_shop_podcast_membership_and_blog_plugs_and_free_host_footers_go(where, line):
    """Round 43: plugs of the writer's shop, podcast, Steady or Boosty page and other blog, and hosting
    and site-builder footers, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Iscriviti all'albo dei volontari, ha detto il sindaco, e avrai il parcheggio gratuito."),
    ("body", "Sign up now, the coach said, and your child gets a free kit."),
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "The app automatically pulls news from partner feeds."),
    ("body", "The data was imported automatically from a partner feed, officials said."),
    ("body", "Prices held on steady ground for the third month, the central bank said."),
    ("body", "He bought a mug from my shop, the baker said."),
    ("body", "I also run a blog, she said, but nobody reads it."),
    ("body", "Il mio podcast preferito parla di storia, ha detto il consigliere."),
    ("body", "The mayor said… the bridge will open in March."),
    ("body", "Source of the leak remains unknown, the ministry said."),
    ("body", "Per segnalazioni di buche il comune ha aperto un numero verde a cui non risponde nessuno."),
])
def test_round_43_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a cache's banner, a wire item's rights button, an exclusive label, keywords and slug
    ("head", "You are viewing a cached version of this page served by a fast-loading cache."),
    ("head", "Vous consultez une version en cache de cette page."),
    ("head", "Sie sehen eine zwischengespeicherte Version dieser Seite."),
    ("head", "Stai visualizzando una versione in cache di questa pagina."),
    ("head", "Przeglądasz wersję tej strony z pamięci podręcznej."),
    ("head", "Вы просматриваете кешированную версию страницы."),
    ("body", "Купить права на публикацию"),
    ("body", "Buy publication rights"),
    ("body", "Acheter les droits de reproduction"),
    ("body", "ЭКСКЛЮЗИВ ДЛЯ ПОДПИСЧИКОВ"),
    ("body", "Exclusive for subscribers"),
    ("body", "Esclusiva per gli abbonati"),
    ("head", "SLUG: РЕГИОН-ЖКХ-ТАРИФЫ-0503"),
    ("head", "Ключевые слова: тарифы, ЖКХ, отопление, Кряжинск"),
    ("head", "Parole chiave: ponte, traffico, Valtorrina"),
    ("head", "Słowa kluczowe: boisko, szkoła, przetarg"),
    # visitor counters of a free host
    ("head", "Jesteś 48 213 gościem na tej stronie!"),
    ("body", "Licznik odwiedzin dzisiaj: 187"),
    ("head", "You are visitor number 48,213"),
    ("head", "Vous êtes le 48 213e visiteur"),
    ("head", "Sie sind der 48.213. Besucher"),
    ("head", "Вы 48 213-й посетитель сайта"),
    # a station's now-on-air line, app download, follow prompt, PDF download, listen button
    ("head", "Ora in onda: Buongiorno Valle con Mirko e Tiziana"),
    ("head", "Now on air: The Breakfast Show with Jo"),
    ("head", "Сейчас в эфире: «Утро с Вьюгой»"),
    ("body", "Scarica l'app di Radio Valtorrina"),
    ("body", "Téléchargez l'application de Radio Lisme"),
    ("body", "Pobierz aplikację Radia Borowa"),
    ("tail", "Segui l'oratorio su Instagram"),
    ("tail", "Follow Radio Valley on Instagram"),
    ("tail", "Suivez la paroisse sur Facebook"),
    ("tail", "Obserwuj parafię na Facebooku"),
    ("head", "Scarica il bollettino in PDF"),
    ("head", "Download this issue as PDF"),
    ("head", "Télécharger le bulletin en PDF"),
    ("head", "Écouter cette page"),
    ("head", "Listen to this page"),
    # a forum post's buttons
    ("body", "Odpowiedz z cytatem"),
    ("body", "Zgłoś post"),
    ("body", "Reply with quote"),
    ("body", "Report post"),
    ("body", "Mit Zitat antworten"),
    ("body", "Ответить с цитатой"),
])
def test_round_43_page_chrome_of_institutional_and_community_sites_goes(where, line):
    """Round 43: a cache's banner, rights and exclusive labels, keywords and slugs, visitor counters, a
    station's now-on-air line, app, follow and PDF links, a listen button and forum post buttons."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Exclusive to subscribers, the deal was signed in May, the company said."),
    ("body", "Jesteś 3 razy lepszy od nich, powiedział trener."),
    ("body", "Follow the money on Twitter, he said, and you will see who paid."),
    ("body", "In onda da trent'anni, la trasmissione chiude a giugno."),
    ("body", "Download speeds in the valley are the lowest in the county."),
    ("body", "Wysłany do urzędu wniosek dotarł dopiero 4 marca."),
])
def test_round_43_page_chrome_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 44 (developed on held-out set 45) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # an ad plugin's shortcode with a slot's name after its word, a banner slot's
    ("body", "[adsense_inline slot=\"mid-2\"]"),
    ("body", "[banner_top_300x250]"),
    ("body", "[werbung_oben]"),
    ("body", "[reklama-1]"),
    # a content farm's credit of the copied post's rights, a call to remove it after it
    ("tail", "Copyright belongs to the original author. Contact us for removal of this content."),
    ("tail", "Les droits appartiennent à l'auteur original. Contactez-nous pour la suppression."),
    ("tail", "Das Urheberrecht liegt beim ursprünglichen Autor."),
    ("tail", "Il copyright appartiene all'autore originale."),
    ("tail", "Prawa autorskie należą do autora oryginału."),
    ("tail", "Авторские права принадлежат автору оригинала. Для удаления материала напишите нам."),
    # an auto-blog's first-seen credit with a call to follow the link
    ("tail", "First seen on the Stavelock Packet – follow the link for the full story."),
    ("tail", "Vu en premier sur L'Éveil d'Ormelac – suivez le lien pour l'article complet."),
    ("tail", "Zuerst gesehen bei Kranzfelder Bote – klicken Sie hier für den ganzen Artikel."),
    ("tail", "Visto per la prima volta su Il Taccuino – segui il link per l'articolo completo."),
    ("tail", "Po raz pierwszy zauważone na Wrzosołęg24 – kliknij, aby przeczytać całość."),
    ("tail", "Впервые замечено на «Кедровнике» — переходите по ссылке"),
])
def test_round_44_slot_shortcodes_rights_and_first_seen_credits_go(where, line):
    """Round 44: ad shortcodes with a slot's name, a content farm's rights-and-removal credit and an
    auto-blog's first-seen credit with a call to follow the link."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a site's engine credit, in the platform credits of six languages
    ("tail", "Сайт работает на движке DataLife Engine"),
    ("tail", "Powered by DataLife Engine"),
    ("tail", "Propulsé par DataLife Engine"),
    ("tail", "Bereitgestellt von DataLife Engine"),
    ("tail", "Realizzato con DataLife Engine"),
    ("tail", "Strona działa na silniku DataLife Engine"),
    ("tail", "Blog działa na platformie Blogger"),
    # more of the writer on their channel
    ("tail", "Mehr von mir gibt's auf meinem YouTube-Kanal „Rathaus ungeschminkt“ – abonnieren nicht vergessen!"),
    ("tail", "More from me on my YouTube channel \"Town Hall Unvarnished\" – don't forget to subscribe!"),
    ("tail", "Plus de vidéos sur ma chaîne YouTube « Mairie sans fard »"),
    ("tail", "Altro di me sul mio canale YouTube"),
    ("tail", "Więcej ode mnie na moim kanale YouTube „Ratusz bez makijażu”"),
    ("tail", "Больше меня на моём YouTube-канале «Мэрия без прикрас»"),
    # the writer's "about me" bio
    ("tail", "Chi sono: giornalista pubblicista, mi occupo di urbanistica e beni comuni. Mi trovi anche su Telegram."),
    ("tail", "About me: I cover the county council and run a newsletter about it."),
    ("tail", "Über mich: Ich schreibe seit 2010 über die Kommunalpolitik im Hochtal."),
    ("tail", "O mnie: piszę o samorządzie od piętnastu lat. Znajdziesz mnie też na Telegramie."),
    # comment rows with a like button before the reply, comments shown after moderation
    ("tail", "Marco B. 5 marzo 2026 alle 19:03 — Mi piace · Rispondi"),
    ("tail", "Anna K. 12.03.2026, 19:02 Gefällt mir · Antworten"),
    ("tail", "Jean D. 5 mars 2026 à 19:03 — J'aime · Répondre"),
    ("tail", "Ewa M. 5 marca 2026 o 19:03 · Lubię to · Odpowiedz"),
    ("tail", "Ирина К. · 5 марта в 21:14 · Нравится · Ответить"),
    ("tail", "Hinweis: Kommentare werden erst nach Freischaltung durch die Redaktion sichtbar."),
    ("tail", "Comments are shown only after approval by the editors."),
    ("tail", "Komentarze są widoczne po zatwierdzeniu przez redakcję."),
    ("tail", "Комментарии будут видны после модерации."),
])
def test_round_44_engine_credits_channel_plugs_bios_and_comment_rows_go(where, line):
    """Round 44: engine credits, "more of me on my channel" plugs, "about me" bios, comment rows with
    a like button and the comment box's moderation after a noun."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a blog platform's button row, member labels, picks for the reader
    ("body", "Zapisz · Udostępnij · Więcej"),
    ("body", "Save · Share · More"),
    ("body", "Speichern · Teilen · Mehr"),
    ("body", "Сохранить · Поделиться · Ещё"),
    ("body", "Tekst dla członków ★"),
    ("body", "Пост только для участников"),
    ("body", "Polecane dla Ciebie: 5 błędów samorządów"),
    ("body", "Recommandé pour vous"),
    ("body", "Für dich empfohlen"),
    # an embedded post's show-it-whole links and a proxy's switch to the original
    ("body", "Показать весь твит"),
    ("body", "Развернуть цитируемый твит"),
    ("body", "Show the whole tweet"),
    ("body", "Afficher le tweet en entier"),
    ("body", "Ganzen Tweet anzeigen"),
    ("body", "Mostra tutto il tweet"),
    ("body", "Pokaż cały wpis"),
    ("body", "Afficher le texte original de ce paragraphe"),
    ("body", "Originaltext anzeigen"),
    ("body", "Показать оригинал"),
    # a writer's follower count, a "watch also" link, an offer to read without a limit
    ("body", "Piotr Zawilak ma 2,1 tys. obserwujących"),
    ("body", "Jane Doe has 2.1K followers"),
    ("body", "Jean Roy a 2,1 k abonnés"),
    ("body", "Anna Berg hat 2.100 Follower"),
    ("body", "Marco Rossi ha 2.100 follower"),
    ("body", "Guarda anche: il maltempo nelle valli"),
    ("body", "Przeczytaj bez limitu – wypróbuj za 0 zł"),
    ("body", "Read without limits – try it for $0"),
    ("body", "Lisez sans limite"),
    ("body", "Unbegrenzt lesen – jetzt testen"),
    ("body", "Leggi senza limiti"),
    ("body", "Читайте без ограничений — попробуйте за 0 ₽"),
    # a thread's continuation marker with a pointing hand
    ("body", "Продолжение ветки ниже 👇"),
    ("body", "Story continues below 👇"),
])
def test_round_44_platform_buttons_and_embed_links_go(where, line):
    """Round 44: a blog platform's save/share row, member labels and picks, an embedded post's
    show-it-whole links, a translation proxy's original-text switch, a marker with a pointing hand."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("tail", "First seen on the beach in 1998, the seal returned this week."),
    ("tail", "Copyright belongs to the original author, the court ruled on Tuesday."),
    ("body", "Сайт работает на движке, который написали школьники."),
    ("body", "Szkoła działa na dwie zmiany."),
    ("body", "Mehr von mir gibt es nicht zu sagen, sagte der Bürgermeister."),
    ("body", "Chi sono i tre consiglieri che hanno votato contro il bilancio."),
    ("tail", "Comments from residents were published after review by the council in May."),
    ("tail", "Komentarze mieszkańców są analizowane po zatwierdzeniu budżetu."),
    ("body", "Show the whole picture of the budget, the mayor urged."),
    ("body", "Tekst dla członków zarządu trafił do prokuratury."),
    ("body", "Zapisz się do biblioteki, apeluje dyrektorka."),
    ("body", "The Otters Club has 140 followers."),
    ("body", "Czytanie bez limitu było możliwe do 2020 roku, przyznaje wydawca."),
    ("body", "Guarda anche tu il video della frana, ha detto il sindaco ai cittadini."),
])
def test_round_44_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


def test_round_44_a_member_banner_inside_the_article_does_not_end_it():
    # round 44: "log in to read on" between two parts of an essay on a blog platform: what a member
    # reads under it (the subheading, its rows, the quote, the paragraphs past the next member label)
    # is the article's
    case = page_from_blocks("member-banner", [
        ["-Dorota Lis · Obserwuj", "-6 min czytania · 3 dni temu"],
        ["+Jak nasza wieś straciła szkołę"],
        ["+Kiedy w 2020 roku gmina ogłosiła likwidację szkoły, nikt nie zapytał rodziców o zdanie.",
         "+Pięć lat później dzieci jeżdżą autobusem do miasta oddalonego o dwadzieścia kilometrów."],
        ["-Zaloguj się, aby czytać dalej",
         "-Polecane dla Ciebie: 5 błędów samorządów"],
        ["+Co straciliśmy",
         "+Szkołę z trzema klasami",
         "+Bibliotekę dla dorosłych",
         "+Boisko przy remizie"],
        ["+– Obiecano nam autobus co godzinę, a jeździ dwa razy dziennie – mówi sołtys Jan Wrona.",
         "+Gmina sprzedała budynek prywatnej firmie za mniej niż połowę wyceny."],
        ["-Zapisz · Udostępnij · Więcej", "-Tekst dla członków ★"],
        ["+Nie piszę tego, żeby kogoś oskarżać, tylko żeby następna gmina zapytała ludzi wcześniej.",
         "+Dokumenty, o których piszę, są dostępne w biuletynie informacji publicznej."],
        ["-Więcej od autora", "-Odpowiedzi (12)", "-Pomoc · Status · O nas · Regulamin"],
    ])
    problems = _problems(case, "pl")
    assert not [p for p in problems if p.startswith("lost")], problems


@pytest.mark.parametrize("lang, strip", [
    ("ru", ["-👁 12,4K", "-Показать весь твит", "-♥ 1 204 · 🔁 388"]),
    ("fr", ["-Annonce", "-Noter cette traduction : ★★★★☆", "-Afficher le texte original de ce paragraphe"]),
    ("en", ["-👁 3.1K", "-🔥 41 · 👍 12", "-Show the whole tweet"]),
])
def test_round_44_a_strip_of_widgets_between_two_parts_does_not_end_the_article(lang, strip):
    # round 44: a view count, a reaction row, a "show the whole post" link or a proxy's toolbar line,
    # three short lines between two parts of the article, over two sentences of the article's: the
    # article goes on under them
    case = page_from_blocks("widget-strip", [
        ["-Menu · Search", "-5 March 2026, 10:14"],
        ["+The bridge over the Svetlyanka is closed to cars"],
        ["+The only bridge over the river was closed to cars on Wednesday after a crack was found in a pier.",
         "+Residents of the far bank now drive almost forty kilometres round to reach the town centre."],
        ["-Related: Ferry fares to rise", "-Advertisement", "-Share on Facebook"],
        ["+\"We wrote about this crack two years ago and were told all was well,\" said a resident, Alla Sorok.",
         "+Repairs will take at least six months, officials said on Thursday evening."],
        strip,
        ["+Councillors have asked the prosecutor to check where the money for the survey went.",
         "+The prosecutor's office opened an inquiry."],
        ["-Comments 143", "-Share", "-Previous post · Next post", "-Similar channels", "-Report this post"],
    ])
    problems = _problems(case, lang)
    assert not [p for p in problems if p.startswith("lost")], problems


# --- round 45 (developed on held-out set 46) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # a feed importer's shortcode, a bracketed import marker
    ("head", "[auto_import feed=\"city-news\" status=\"done\"]"),
    ("body", "[wprss_feed id=\"3\"]"),
    ("head", "[Automatically imported from the publisher's RSS feed]"),
    ("head", "[Article récupéré automatiquement depuis un flux RSS]"),
    ("head", "[Beitrag automatisch aus dem RSS-Feed übernommen]"),
    ("head", "[Articolo importato automaticamente da un feed RSS]"),
    ("head", "[Wpis automatycznie zaimportowany z kanału RSS]"),
    ("head", "[Материал автоматически загружен из RSS-ленты]"),
    # a source credit with the link to the original after the name
    ("tail", "Via: The Ashdale Post (original article here)"),
    ("tail", "Source : La Gazette de Morvillars — voir l'article d'origine"),
    ("tail", "Quelle: Kreisbote Hollerfurt, übernommen per RSS"),
    ("tail", "Fonte: Il Corriere di Valfonda (articolo originale)"),
    ("tail", "Źródło: Gazeta Wrzosowa, oryginał artykułu dostępny tutaj"),
    ("tail", "Источник: «Кедровский вестник», оригинал статьи по ссылке"),
    # a feed reader's notes in a truncated item
    ("tail", "The full article is available on the publisher's site."),
    ("tail", "L'article complet est disponible sur le site de l'éditeur."),
    ("tail", "Feed truncated by the publisher"),
    ("tail", "Flux tronqué par l'éditeur"),
    ("body", "Image : la mairie vue du parvis (cliquez pour charger les images)"),
    ("body", "Image: the town hall (click to load images)"),
])
def test_round_45_feed_markers_and_source_credits_go(where, line):
    """Round 45: feed-import shortcodes and bracketed import markers, source credits with a link to
    the original, a feed reader's truncation notes and image placeholders."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # consulting and training plugs naming the writer's website
    ("tail", "Dana also runs media-training workshops for councils — rates on her website."),
    ("tail", "Il anime aussi des ateliers d'écriture : inscriptions sur son site."),
    ("tail", "Sie bietet außerdem Schreibworkshops an, Termine auf ihrer Website."),
    ("tail", "Tiene anche corsi di scrittura: tutte le date sul mio sito."),
    ("tail", "Autorka prowadzi szkolenia z fact-checkingu. Zapraszam na moją stronę."),
    ("tail", "Автор проводит семинары по фактчекингу — запись на моём сайте."),
    # closed comments, premoderation
    ("tail", "Commenting is no longer available on this story."),
    ("tail", "Les commentaires ne sont plus disponibles pour cet article."),
    ("tail", "Комментарии проходят премодерацию."),
    ("tail", "Les commentaires sont prémodérés."),
    # opinion disclaimers
    ("head", "Editor's note: the views in this column are the writer's own."),
    ("head", "Dieser Gastbeitrag gibt die persönliche Meinung der Autorin wieder."),
])
def test_round_45_plugs_closed_comments_and_disclaimers_go(where, line):
    """Round 45: consulting plugs naming the writer's website, closed-comment and premoderation notes,
    opinion disclaimers without 'expressed'."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a wiki entry's frame
    ("head", "Dieser Artikel beschreibt ein aktuelles Ereignis. Die Informationen können sich rasch ändern."),
    ("head", "This article describes a current event. Information may change rapidly."),
    ("head", "Cet article concerne un événement en cours."),
    ("head", "Coordinates: 51° 30′ N, 0° 07′ W"),
    ("head", "Координаты: 55° 45′ с. ш. 37° 37′ в. д."),
    ("body", "[edit | edit source]"),
    ("body", "[править | править код]"),
    ("body", "[3]"),
    ("body", "Main article: Ashdale bridge"),
    ("body", "Article détaillé : Pont de la Meuse"),
    ("body", "Siehe auch: Liste der Brücken an der Mosel"),
    ("body", "Voir aussi : Liste des ponts de la Meuse"),
    ("body", "Artikel · Diskussion · Lesen · Bearbeiten · Versionsgeschichte"),
    # a social post's buttons and counts, a mobile page's article toggle
    ("body", "See translation"),
    ("body", "Zobacz tłumaczenie"),
    ("body", "Afficher la suite"),
    ("body", "👍❤️ 1,2K"),
    ("body", "12 comments · 4 shares"),
    ("body", "57 commentaires · 38 partages"),
    ("head", "Развернуть статью ▾"),
    ("body", "Show full article"),
    # the link to the rest of a thread shown above the article
    ("body", "Ещё 12 комментариев"),
    ("body", "84 more comments"),
    ("body", "Jeszcze 12 komentarzy"),
    # a shared document's review marks
    ("body", "Comment: Anna W. – add the date of the session?"),
    ("body", "Kommentar: Jörg K. – lieber „prüfen“?"),
    ("body", "Sugestia: usunięto „pilnie”"),
    ("body", "Suggestion: deleted \"urgently\""),
    ("body", "Resolve · Reply"),
    # a quiz page's widgets
    ("head", "Take the quiz! 10 questions · about 3 minutes"),
    ("body", "Start the quiz ▶"),
    ("body", "Zacznij quiz ▶"),
    ("body", "Share this quiz with friends"),
    ("body", "Question 1 of 10"),
    ("body", "Вопрос 1 из 10"),
    ("body", "Your score: 0/10"),
    ("body", "Il tuo punteggio: 0/10"),
    ("body", "Check your answers"),
    ("body", "Sprawdź odpowiedzi"),
    # a video page's chapters and transcript headers
    ("body", "Chapters: 0:00 Intro · 2:15 The vote · 5:40 Reactions"),
    ("body", "Kapitel: 0:00 Einleitung · 1:30 Die Brücke"),
    ("body", "Transcript"),
    ("body", "Auto-generated transcript"),
    ("body", "Transkrypcja wygenerowana automatycznie"),
    # a party's tax-share appeal, an events box's next date
    ("body", "Destina il 5x1000 al circolo: codice fiscale 00000000000"),
    ("body", "Next event: spring fair, 21 March, Market Square"),
    ("body", "Nächster Termin: Frühjahrsfest, 21. März, Marktplatz"),
    ("body", "Ближайшее мероприятие: субботник 21 марта"),
    # a document link with its type
    ("body", "Leggi il testo della mozione (PDF)"),
    ("body", "Read the full motion (PDF)"),
])
def test_round_45_platform_widgets_go(where, line):
    """Round 45: a wiki entry's notice, coordinates, edit links, footnote marks, hatnotes and tabs; a
    social post's buttons and counts; a shared document's review marks; a quiz page's widgets; a
    link to read a document as PDF."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "Source of the leak, an original memo, was never found."),
    ("body", "Via a side door, inspectors entered the depot and found the original ledgers."),
    ("body", "The firm offers consulting to three ministries, according to its website."),
    ("body", "Comments on the plan are no longer accepted by the council, the clerk said."),
    ("body", "The views in the report were shared by most of the committee."),
    ("body", "Read the report, which runs to 40 pages (PDF)."),
    ("body", "The quiz night raised 400 pounds for the school."),
    ("body", "Question 1 of the survey asked about parking."),
    ("body", "Main article of the new law is the one on rents, the minister said."),
    ("body", "Komentarz: Mariupol - miasto rosyjskiej hańby"),
    ("body", "The full article of the treaty was never published."),
    ("body", "Wir zeigen mehr Verständnis, sagte die Bürgermeisterin."),
    ("body", "The next event of the season, a fair on the green, drew 3,000 people."),
    ("body", "The transcript of the hearing runs to 300 pages."),
    ("body", "Il 2x1000 ai partiti ha raccolto 25 milioni nel 2024."),
])
def test_round_45_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, tags", [
    ("fr", ["-L'article complet est disponible sur le site de l'éditeur.", "-Étiquettes : piscine, intercommunalité"]),
    ("it", ["-Condividi: Facebook | WhatsApp | Email", "-Tag: sanità, ospedale, Roccaspinella"]),
    ("en", ["-Tags: library, budget, council"]),
])
def test_round_45_a_tags_line_between_two_parts_does_not_end_the_article(lang, tags):
    # round 45: a feed reader or a party's site prints the item's tags between two parts of the
    # article; the part under them (quoted speech, or two paragraphs) is the article's
    case = page_from_blocks("tags-between", [
        ["-Menu · Search", "-5 March 2026, 10:14"],
        ["+The bridge over the Svetlyanka is closed to cars"],
        ["+The only bridge over the river was closed to cars on Wednesday after a crack was found in a pier.",
         "+Residents of the far bank now drive almost forty kilometres round to reach the town centre."],
        ["+Repairs will take at least six months, officials said on Thursday evening."],
        tags,
        ["+\"We wrote about this crack two years ago and were told all was well,\" said a resident, Alla Sorok.",
         "+Councillors have asked the prosecutor to check where the money for the survey went.",
         "+The prosecutor's office opened an inquiry."],
        ["-Previous post · Next post", "-Similar channels", "-Report this post", "-© 2026 Svetlyanka News"],
    ])
    problems = _problems(case, lang)
    assert not [p for p in problems if p.startswith("lost")], problems


# --- round 46 (developed on held-out set 47) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # an unrendered ad-slot token, an ad label framing the continuation marker
    ("body", "%%ADSENSE_INARTICLE_TOP%%"),
    ("body", "%%AD_SLOT_2%%"),
    ("body", "%%WERBUNG_MITTE%%"),
    ("body", "— Publicité — la suite de l'article après cette annonce —"),
    ("body", "— Advertisement — the story continues after this ad —"),
    ("body", "— Anzeige — der Artikel geht nach der Anzeige weiter —"),
    ("body", "— Pubblicità — l'articolo continua dopo l'annuncio —"),
    ("body", "— Reklama — dalsza część artykułu pod reklamą —"),
    ("body", "— Реклама — продолжение статьи после рекламы —"),
    # a reading time with a word count
    ("head", "Temps de lecture estimé : 6 min — 2 430 mots"),
    ("head", "Reading time: 6 min — 1,430 words"),
    ("head", "Lesedauer: 5 Minuten · 1.200 Wörter"),
    # curation, republication and auto-generation credits
    ("tail", "This post was curated from around the web. Original credit goes to the Harbour Gazette."),
    ("tail", "Cet article est repris du site partenaire Le Courrier de Morvillars, avec son autorisation."),
    ("tail", "This article is republished from our partner site The Ashdale Post with permission."),
    ("tail", "Questo articolo è ripreso dal sito partner Il Corriere di Valfonda, su autorizzazione."),
    ("tail", "Dieser Text erschien zuerst im Hollerfurter Kreisboten. Wir danken für die freundliche Genehmigung zur Übernahme."),
    ("head", "Материал подготовлен автоматически на основе публикации «Кедровского вестника»"),
    ("head", "This article was generated automatically based on a report by the Ashdale Post"),
    ("head", "Materiał przygotowany automatycznie na podstawie publikacji Gazety Wrzosowej"),
    ("head", "Articolo generato automaticamente sulla base di un articolo del Corriere di Valfonda"),
])
def test_round_46_markers_and_credits_go(where, line):
    """Round 46: ad-slot tokens, ad labels around a continuation marker, word counts after a reading
    time, curation, partner-reprint, first-published-with-thanks and auto-generation credits."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # book and speaking plugs, a tip jar after "über"/"through"
    ("tail", "Dana Holt is the author of 'The Long Road', out now from Harbour Press. Pre-order signed copies at danaholt.example."),
    ("tail", "Want Dana at your conference? She speaks on local government — booking enquiries via her agent."),
    ("tail", "Retrouvez mon dernier livre « La Ville à pied » en librairie et sur mon site."),
    ("tail", "Sie können meine Arbeit über Patreon unterstützen oder mich für Vorträge buchen: kontakt@autorin.example"),
    # comment rows and notes
    ("tail", "#12 posted by riverbank on 03/11/26 at 21:07 (permalink)"),
    ("tail", "#3 posté par Léa le 11/03/26 à 21h07"),
    ("tail", "Discussion on this article has been archived. New comments cannot be posted."),
    ("tail", "Gast schrieb am 11.03.2026, 09:12: Typisch für diese Stadt. Antworten | Melden"),
    ("tail", "Guest wrote on 11/03/2026, 09:12: Typical of this town. Reply | Report"),
    ("tail", "Гость · 11 марта в 08:41 · Ответить · Пожаловаться"),
    ("tail", "Anna K. · 5 marca 2026, 19:02 · Odpowiedz · Zgłoś naruszenie"),
    ("tail", "Commento in attesa di approvazione da parte del moderatore."),
    ("tail", "Comment awaiting moderation."),
    ("tail", "Комментарий ожидает проверки модератором."),
    # the page's age with its facts out of date
    ("head", "Questo articolo ha più di un anno: alcune informazioni potrebbero non essere aggiornate."),
    ("head", "This article is more than a year old: some information may be out of date."),
    # a citation box's lines
    ("tail", "Как цитировать:"),
    ("tail", "How to cite this article:"),
    ("tail", "Copy citation · BibTeX · RIS"),
    ("tail", "DOI: 10.0000/gp.2026.014"),
    # a wiki's section notice, its edit link and a reference's back-link
    ("body", "Dieser Abschnitt ist nicht hinreichend mit Belegen ausgestattet."),
    ("body", "This section does not cite any sources."),
    ("body", "Abschnitt bearbeiten ✎"),
    ("tail", "↑ Protokoll der Verbandsversammlung vom 18. Januar 2026."),
    ("body", "Inhaltsverzeichnis [Verbergen]"),
    ("body", "Contents [hide]"),
    ("body", "Содержание [скрыть]"),
    # an app's automatic-summary note
    ("head", "Streszczenie wygenerowane automatycznie na podstawie 3 artykułów"),
    ("head", "Summary generated automatically from 3 articles"),
    # an app's feedback row on its summary and its scroll hint
    ("tail", "Czy to streszczenie było pomocne? 👍 👎"),
    ("tail", "Was this summary helpful? Yes No"),
    ("body", "Przewiń, aby zobaczyć więcej ↓"),
    ("body", "Scroll to see more ↓"),
    ("body", "Прокрутите, чтобы увидеть больше"),
])
def test_round_46_plugs_comment_rows_and_notices_go(where, line):
    """Round 46: book and speaking plugs, a tip jar through a preposition, numbered and one-line guest
    comment rows with a report button, archived-discussion and moderation notes, an old-article
    notice with its out-of-date clause, citation-box lines and wiki section notices."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "The archived discussion of the plan was published on Monday."),
    ("body", "The article was first published in 1998. We thank the readers who wrote in, the editor said."),
    ("body", "She is the author of the bill that passed in March."),
    ("body", "Want Nadia to explain it? She said she would not."),
    ("body", "Reading the 2 430 pages took the committee six weeks."),
    ("body", "The post was curated by three volunteers from the library."),
    ("body", "This article has been read by more than a year's worth of visitors, the editor said."),
    ("body", "How to cite the report was the subject of a long dispute."),
    ("body", "The guest wrote on 11 March that he would reply later."),
    ("body", "Il commento del sindaco è arrivato in serata."),
    ("body", "The summary was generated by staff from 3 articles."),
    ("body", "Contents of the report were leaked to the press on Monday."),
    ("body", "Scroll down the list to see more than 300 names of the dead."),
    ("body", "Was the summary helpful to the jury? The judge did not say."),
])
def test_round_46_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, widgets", [
    ("en", ["-Photo: a reader sent this picture", "-Advertise with us: 01632 000000"]),
    ("de", ["-[3]"]),
    ("it", ["-Sponsor di questa settimana: Ottica Rossi, via Roma 1"]),
])
def test_round_46_a_subheading_over_its_rows_does_not_end_the_article(lang, widgets):
    # round 46: a page's line or two (a caption, an ad line, a footnote mark) over the article's
    # subheading and its three short rows no longer end the article there: the subheading, its
    # rows and the paragraphs under them are the body's
    case = page_from_blocks("subheading-rows", [
        ["-Menu · Search", "-Sign in", "-5 March 2026, 10:14"],
        ["+The bridge over the Svetlyanka is closed to cars"],
        ["+The only bridge over the river was closed to cars on Wednesday after a crack was found in a pier.",
         "+Residents of the far bank now drive almost forty kilometres round to reach the town centre.",
         "+\"We wrote about this crack two years ago and were told all was well,\" said a resident, Alla Sorok."],
        widgets,
        ["+Where residents can turn",
         "+The town hall's hotline from eight to eight",
         "+The emergency service around the clock",
         "+The housing inspectorate on weekdays"],
        ["-Support our newsroom — every pound goes to reporting"],
        ["+Repairs will take at least six months, officials said on Thursday evening.",
         "+Councillors have asked the prosecutor to check the survey."],
        ["-Tags: bridge, roads", "-Previous post · Next post", "-Share this post", "-© 2026 Svetlyanka News"],
    ])
    problems = _problems(case, lang)
    assert not [p for p in problems if p.startswith("lost")], problems


def test_round_46_a_teaser_list_at_the_end_still_goes():
    # round 46: a header over three headlines at the page's foot, with no paragraph under them, is no
    # subheading of the article: the tail goes as before
    case = page_from_blocks("teaser-rows", [
        ["-Menu · Search", "-Sign in"],
        ["+The bridge over the Svetlyanka is closed to cars"],
        ["+The only bridge over the river was closed to cars on Wednesday after a crack was found in a pier.",
         "+Residents of the far bank now drive almost forty kilometres round to reach the town centre.",
         "+Repairs will take at least six months, officials said on Thursday evening."],
        ["-Share this post", "-Most read this week",
         "-Man charged after crash on the bypass road",
         "-Fire crews called to blaze at derelict mill",
         "-Plans lodged for homes on the former bus depot",
         "-© 2026 Svetlyanka News"],
    ])
    assert _problems(case, "en") == []


# --- round 47 (developed on held-out set 48) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # unrendered template tags, double-bracketed tokens and generic shortcodes naming an ad slot
    ("body", "{{ sponsored_block slot=\"mid-2\" fallback=\"house-ad\" }}"),
    ("body", "{% ad_slot 'top' %}"),
    ("body", "{{ werbung_mitte }}"),
    ("body", "[[encart_pub_milieu_article]]"),
    ("body", "[[werbung_mitte]]"),
    ("body", "[[reklama_srodek_artykulu]]"),
    ("body", "[[реклама_в_тексте]]"),
    ("body", "[sc name=\"adsense-articolo-centrale\"]"),
    ("body", "[block id=\"ad-mid\"]"),
    # syndication credits naming the feed service, links to the original and partner-site credits
    ("tail", "Syndicated automatically by Relaywire Feeds. All rights belong to the original publisher."),
    ("tail", "Syndiqué automatiquement par FluxPresse. Tous droits réservés à l'éditeur original."),
    ("tail", "Automatisch übernommen von Nachrichtenfeed Süd."),
    ("tail", "Ripubblicato automaticamente da NotizieFeed."),
    ("tail", "Automatycznie opublikowane przez AgregatorNews."),
    ("tail", "Автоматически опубликовано сервисом НовостиЛента."),
    ("tail", "Zum Originalartikel auf birkenhaldter-stadtspiegel.example (externer Link)"),
    ("tail", "Read the original article on ashdale-post.example (external link)"),
    ("tail", "Lire l'article original sur courrier-morvillars.example (lien externe)"),
    ("tail", "Leggi l'articolo originale su corriere-valfonda.example (link esterno)"),
    ("tail", "Artykuł pochodzi z serwisu partnerskiego — przeczytaj oryginał"),
    ("tail", "This article comes from a partner site — read the original"),
    ("tail", "Cet article provient d'un site partenaire — lire l'original"),
    ("tail", "Dieser Artikel stammt von einer Partnerseite – zum Original"),
    ("tail", "Articolo tratto da un sito partner — leggi l'originale"),
    ("tail", "Материал взят с сайта-партнёра — читать оригинал"),
    # a reading time in coffee cups
    ("head", "Estimated reading time: ☕☕☕ (about three coffees)"),
    ("head", "Temps de lecture : ☕☕"),
    ("head", "Lesezeit: ☕☕"),
    ("head", "Tempo di lettura: ☕"),
    ("head", "Czas czytania: ☕☕"),
    ("head", "Время чтения: ☕☕"),
    # site-builder footers
    ("tail", "Sito creato con Google Sites · Segnala abuso"),
    ("tail", "Site created with Google Sites · Report abuse"),
    ("tail", "Сайт создан на конструкторе Nethouse"),
    ("tail", "Strona stworzona w kreatorze Nethouse"),
    # an infographic's link with the call to enlarge it, an enlarge button, an ad slot's loading placeholder
    ("body", "Info-Grafik: So setzt sich der Beirat zusammen (Klick zum Vergrößern)"),
    ("body", "Инфографика: состав совета (нажмите, чтобы увеличить)"),
    ("body", "Infographic: how the council is made up (click to enlarge)"),
    ("body", "Infographie : la composition du conseil (cliquez pour agrandir)"),
    ("body", "Infografica: la composizione del consiglio (clicca per ingrandire)"),
    ("body", "Infografika: skład rady (kliknij, aby powiększyć)"),
    ("body", "Warnkarte vergrößern"),
    ("body", "Agrandir l'image ⤢"),
    ("body", "Enlarge map"),
    ("body", "Ingrandisci l'immagine"),
    ("body", "Powiększ mapę"),
    ("body", "Увеличить карту"),
    ("body", "ANZEIGE – Inhalt wird geladen …"),
    ("body", "Advertisement – content loading…"),
    ("body", "Publicité – chargement en cours…"),
    ("body", "Pubblicità – caricamento in corso…"),
    ("body", "Reklama – ładowanie treści…"),
    ("body", "Реклама — загрузка…"),
    # a council page's webcast link with its start time, related documents with the file's type and size
    ("body", "Watch the webcast of this item (from 1:12:40)"),
    ("body", "Voir la retransmission de ce point (à partir de 1:12:40)"),
    ("body", "Webcast zu diesem Tagesordnungspunkt ansehen (ab 1:12:40)"),
    ("body", "Guarda la diretta di questo punto (da 1:12:40)"),
    ("body", "Obejrzyj transmisję z tego punktu obrad (od 1:12:40)"),
    ("body", "Смотреть трансляцию по этому вопросу (с 1:12:40)"),
    ("body", "Related documents: Report of the Director of Place (PDF, 1.4 MB)"),
    ("body", "Documents associés : rapport du maire (PDF, 820 Ko)"),
    ("body", "Zugehörige Dokumente: Bericht der Verwaltung (PDF, 1,4 MB)"),
    ("body", "Documenti correlati: relazione del sindaco (PDF, 1,4 MB)"),
    ("body", "Powiązane dokumenty: raport burmistrza (PDF, 1,4 MB)"),
    ("body", "Связанные документы: доклад мэра (PDF, 1,4 МБ)"),
    # a press office's mailbox
    ("tail", "Ufficio stampa: stampa@fcp-montevarsano.example"),
    ("tail", "Press office: press@kestlebury-dc.example"),
    ("tail", "Service de presse : presse@vernoudiere.example"),
    ("tail", "Pressestelle: presse@birkenhaldt.example"),
    ("tail", "Biuro prasowe: prasa@wierzboleka.example"),
    ("tail", "Пресс-служба: press@olkhoborsk.example"),
    # a members' area's notice
    ("head", "Réservé aux adhérents à jour de cotisation"),
    ("head", "Members only — dues paid up"),
    ("head", "Nur für Mitglieder mit bezahltem Beitrag"),
    ("head", "Riservato ai soci in regola con la quota"),
    ("head", "Tylko dla członków z opłaconą składką"),
    ("head", "Только для членов профсоюза"),
    ("tail", "Реклама на портале: reklama@nashi-v-bertaltse.example"),
    ("tail", "Advertising on this site: ads@ashdale-post.example"),
    ("tail", "Reklama na portalu: reklama@wierzboleka.example"),
    ("tail", "If you value daily court coverage, please consider chipping in: quillandgavel.example/support"),
])
def test_round_47_markers_credits_and_footers_go(where, line):
    """Round 47: ad-slot template tags, double-bracketed tokens and shortcodes, syndication credits,
    links to the original and partner credits, reading times in coffee cups, site-builder footers."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # closed comments with a reason or a count, removed comments
    ("tail", "Comments are switched off on this story because the case is still before the court."),
    ("tail", "Les commentaires sont fermés sur cet article car l'affaire est en cours d'instruction."),
    ("tail", "Die Kommentarfunktion ist geschlossen, weil das Verfahren noch läuft."),
    ("tail", "Комментирование закрыто. К материалу оставлено 58 комментариев."),
    ("tail", "Comments are closed. 58 comments were posted on this story."),
    ("tail", "Dieser Kommentar wurde von der Redaktion entfernt, weil er gegen unsere Netiquette verstößt."),
    ("tail", "This comment was removed by a moderator for breaking our community rules."),
    ("tail", "Ce commentaire a été supprimé par la modération."),
    ("tail", "Questo commento è stato rimosso dalla redazione perché violava le regole."),
    ("tail", "Ten komentarz został usunięty przez moderatora."),
    ("tail", "Этот комментарий удалён модератором."),
    # send-to-a-friend rows with their ways, content warnings
    ("body", "Send this story to a friend: WhatsApp | Messenger | Text message"),
    ("body", "Envoyer cet article à un ami : WhatsApp · Messenger · SMS"),
    ("body", "Invia questo articolo a un amico: WhatsApp | Telegram | Email"),
    ("head", "Content warning: this report describes violence that some readers may find distressing."),
    ("head", "Trigger warning: this article discusses suicide."),
    ("head", "Avertissement : cet article contient des descriptions qui peuvent choquer certains lecteurs."),
    ("head", "Inhaltswarnung: Dieser Bericht beschreibt Gewalt."),
    ("head", "Avviso: l'articolo contiene dettagli che potrebbero turbare alcuni lettori."),
    ("head", "Предупреждение: материал может шокировать некоторых читателей."),
    # one-line comment rows ending in the reply and like buttons
    ("tail", "Brendan K. — March 4, 2026 at 10:17 pm — They should have streamed the whole hearing. Reply · Like (3)"),
    ("tail", "Mireille B. · il y a 2 heures — Enfin une bonne nouvelle pour le quartier ! · Répondre · 👍 4"),
    ("tail", "Marco_74 ha scritto: «Finalmente qualcuno se ne accorge.» · 2 ore fa · Rispondi · Mi piace 5"),
    ("tail", "gosia_k · 2 godz. temu: Wreszcie ktoś to zauważył! · Odpowiedz (1) · 👍 7"),
    ("tail", "Ирина К. · 2 часа назад: Наконец-то починят. · Ответить · 👍 3"),
    ("tail", "Klaus_M · vor 3 Stunden: Endlich tut sich was. · Antworten · Gefällt mir 2"),
    # consulting, readers'-club, payment-app and channel plugs
    ("tail", "Jonas Arbrecht berät Kommunen bei Bürgerbeteiligung und Haushaltsfragen. Termine und Angebote: arbrecht-beratung.example"),
    ("tail", "Dara Vell advises charities on freedom-of-information requests. Consulting enquiries: dara@vell.example"),
    ("tail", "Léa Morvaunt conseille les communes sur la participation citoyenne. Contact : lea@morvaunt.example"),
    ("tail", "Vous aimez ses chroniques ? Rejoignez le club des lecteurs de Léa Morvaunt pour 3 € par mois et recevez ses carnets inédits."),
    ("tail", "Join Dara's readers' club for £3 a month and get her notebooks first."),
    ("tail", "Unisciti al club dei lettori di Sara per 3 € al mese."),
    ("tail", "Se ti piace quello che scrivo, sostienimi con Satispay o diventa socio dell'associazione che pubblica questo blog."),
    ("tail", "If you like my writing, support me with PayPal: paypal.me/daravell"),
    ("tail", "Jeśli lubisz moje teksty, wesprzyj mnie przez BLIK."),
    ("tail", "Автор ведёт телеграм-канал «Городской разбор» — подписывайтесь, там больше таких материалов."),
    ("tail", "The author runs the Telegram channel City Notes — subscribe for more."),
    ("tail", "Autor prowadzi kanał na Telegramie „Miasto” — subskrybuj!"),
])
def test_round_47_comment_notes_share_rows_and_warnings_go(where, line):
    """Round 47: closed-comment notes with a reason or a comment count, removed-comment notes,
    send-to-a-friend rows with the ways after a colon, content warnings."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "Syndicated automatically by the agency, the column ran in 40 papers."),
    ("body", "The original article on Monday claimed otherwise."),
    ("body", "This comment was removed by the editors after complaints, the paper said."),
    ("body", "Warning: readers said the bridge was unsafe."),
    ("body", "Comments were closed because the council received abuse, the clerk said."),
    ("body", "Send this story to the minister, the campaigners urged their supporters."),
    ("body", "Wikipedia links such as [[Paris]] were removed from the draft."),
    ("body", "Reading time for the whole report was about three hours, the clerk said."),
    ("body", "Sites created with the new grant include a library and a pool."),
    ("body", "Anna Berg advises the mayor on housing. Contact with the unions is her other job."),
    ("body", "Join the chess club for 3 euros a month, the flyer said, and thirty pupils did."),
    ("body", "Support me, the mayor told the council, or the budget will fail."),
    ("body", "The author of the report runs a Telegram channel with 40,000 followers."),
    ("body", "Reply to the council's letter was due on Monday, and likes on the post reached 300."),
    ("body", "Die Stadt will den Spielplatz vergrößern."),
    ("body", "Enlarge the school, the parents asked the council in a letter."),
    ("body", "Watch the webcast of this item, the chairman told councillors, before you vote."),
    ("body", "Related documents show the council knew of the crack in 2024."),
    ("body", "The press office said on Monday that the race would go ahead."),
    ("body", "Members only paid half the fee, the treasurer said."),
    ("body", "Advertising on buses earned the council 40,000 last year."),
    ("body", "Neighbours are chipping in to pay for the repairs."),
])
def test_round_47_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


def test_round_47_a_german_headline_between_crumb_and_byline_stays():
    # round 47: a German headline (its nouns capitalised, one lower-case word of four letters or
    # more) between the page's breadcrumb and its byline, under a line taken for the title, is the
    # title: it is no button between two lines of chrome
    case = page_from_blocks("de-headline", [
        ["-Birkenhaldter Rundschau", "-Lokales · Bildung", "-Erklärt: Die Wahl zum Stadtelternbeirat",
         "-Hören statt lesen ▶ 6:20", "-Anzeige"],
        ["+So funktioniert die Wahl zum Stadtelternbeirat"],
        ["-Von Jonas Arbrecht · 04.03.2026",
         "+Am 19. März wählen die Elternvertreter der 23 Birkenhaldter Schulen einen neuen Stadtelternbeirat."],
        ["+Das Gremium berät den Stadtrat bei allen Schulfragen, vom Schulbau bis zu den Busfahrplänen."],
        ["+Die Wahlversammlung findet in der Aula des Kepler-Gymnasiums statt.",
         "+Das Ergebnis soll noch am selben Abend bekanntgegeben werden."],
        ["-Artikel teilen: WhatsApp · Facebook · E-Mail", "-Impressum · Datenschutz · AGB"],
    ])
    problems = _problems(case, "de")
    assert not [p for p in problems if p.startswith("lost")], problems


def test_round_47_a_photo_caption_in_the_gap_does_not_end_the_article():
    # round 47: a photo caption or an enlarge button the rules take, between two parts of the article,
    # is a widget that sits inside articles: with an ad line and a stamp beside it the gap is no
    # chrome of the page's tail, and the subheading, its rows and the paragraphs under them stay
    case = page_from_blocks("caption-gap", [
        ["-Wetterdienst Birkenhaldt-Süd", "-Startseite > Presse > Warnmeldungen"],
        ["+Orkanböen im Birkenhaldter Bergland erwartet"],
        ["+Für das Birkenhaldter Bergland gilt ab Mittwochabend eine Unwetterwarnung vor Orkanböen bis 120 Kilometer pro Stunde."],
        ["+In den Tallagen rechnen die Meteorologen mit Sturmböen um 85 Kilometer pro Stunde."],
        ["-Warnkarte vergrößern", "-Legende der Warnstufen anzeigen", "-Zuletzt aktualisiert: vor 12 Minuten"],
        ["+Was der Wetterdienst rät",
         "+Aufenthalt im Freien und besonders im Wald vermeiden",
         "+Gegenstände auf Balkonen und Terrassen sichern",
         "+Nicht unter Bäumen oder Gerüsten parken"],
        ["+„Das ist kein gewöhnlicher Märzsturm“, sagte Meteorologin Katrin Ohlendiek."],
        ["-Animation: Windfeld der nächsten 24 Stunden ▶"],
        ["+Die Landkreise haben für Donnerstag den Präsenzunterricht an den Schulen ausgesetzt.",
         "+Die Warnung gilt voraussichtlich bis Donnerstagabend."],
        ["-Warnungen für andere Regionen", "-Seite drucken", "-Barrierefreiheit · Datenschutz · Impressum",
         "-© Wetterdienst Birkenhaldt-Süd 2026"],
    ])
    problems = _problems(case, "de")
    assert not [p for p in problems if p.startswith("lost")], problems


# --- round 48 (developed on held-out set 49) ------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # a feed named as the source, its rights left to the owner
    ("tail", "Via: Falkenbrinker Nachrichten (RSS) – alle Rechte beim Urheber"),
    ("tail", "Quelle: RSS-Feed der Hollerfurter Post – alle Rechte liegen beim Verlag"),
    ("tail", "Fonte: feed della Gazzetta di Valtorsenna – tutti i diritti ai legittimi proprietari"),
    ("tail", "Источник: RSS-лента «Нижнезвонского вестника». Все права принадлежат правообладателю."),
    ("tail", "Source: RSS feed of the Ashdale Post – all rights belong to the author"),
    ("tail", "Via: Kestlebury Courier (RSS) – all rights remain with the publisher"),
    ("tail", "Source : flux RSS du Courrier de Morvillars – tous droits réservés à l'auteur"),
    ("tail", "Źródło: kanał RSS Kuriera Wierzbołęckiego – prawa autorskie należą do wydawcy"),
    # a feed item supplied by a distribution partner
    ("body", "Partner content · This feed item is supplied by our distribution partner and is not edited by our newsroom."),
    ("body", "This article is provided by our content partner and was not edited by our staff."),
    ("body", "Contenu partenaire · Cet article est fourni par notre partenaire de diffusion."),
    ("body", "Partnerinhalt · Dieser Beitrag wird von unserem Vertriebspartner bereitgestellt."),
    ("body", "Questo contenuto è fornito dal nostro partner di distribuzione."),
    ("body", "Materiał dostarczony przez naszego partnera."),
    ("body", "Материал предоставлен нашим партнёром."),
    # the page's review dates, a reading time with an update note
    ("head", "Last reviewed: 4 March 2026 · Next review due: March 2027"),
    ("head", "Dernière révision : 04/03/2026 · Prochaine révision : mars 2027"),
    ("head", "Zuletzt geprüft: 04.03.2026 · Nächste Prüfung: 03/2027"),
    ("head", "Ultima revisione: 4 marzo 2026 · Prossima revisione: marzo 2027"),
    ("head", "Ostatnia weryfikacja: 04.03.2026 · Następna weryfikacja: marzec 2027"),
    ("head", "Последняя проверка: 04.03.2026 · Следующая проверка: март 2027"),
    ("head", "Time to read: 3–4 minutes (updated twice since publication)"),
    ("head", "Temps de lecture : 4 min (mis à jour deux fois)"),
    ("head", "Lesezeit: 4 Minuten (zweimal aktualisiert)"),
    ("head", "Tempo di lettura: 4 minuti (aggiornato due volte)"),
    ("head", "Czas czytania: 4 minuty (zaktualizowano dwukrotnie)"),
    ("head", "Время чтения: 4 минуты (обновлено дважды)"),
    # blog-engine and site-builder footers
    ("tail", "Blog propulsé par Dotclear · Thème Ductile"),
    ("tail", "Powered by Dotclear"),
    ("tail", "Propulsé par PluXml"),
    ("tail", "Made with Carrd"),
    # the page frozen for a pre-election period
    ("head", "Pre-election period: this page will not be updated until after polling day on 7 May."),
    ("head", "Période de réserve : ce site ne sera pas mis à jour jusqu'au 8 mai."),
    ("head", "Vorwahlzeit: Diese Seite wird bis zur Wahl nicht aktualisiert."),
    ("head", "Par condicio: questa pagina non sarà aggiornata fino al 26 maggio."),
    ("head", "Cisza wyborcza: strona nie będzie aktualizowana do 8 maja."),
    ("head", "Предвыборный период: сайт не будет обновляться до 14 сентября."),
    # comments held for moderation
    ("tail", "Comments are held for moderation and may take up to 24 hours to appear."),
    ("tail", "Les commentaires sont mis en attente de modération avant d'être publiés."),
    ("tail", "I commenti vengono trattenuti in moderazione e pubblicati entro un giorno."),
    ("tail", "Komentarze są wstrzymywane do moderacji i stają się widoczne po sprawdzeniu."),
])
def test_round_48_credits_review_dates_footers_and_notices_go(where, line):
    """Round 48: feed credits leaving the rights to the owner, partner feed labels, page-review dates,
    reading times with an update note, Dotclear/PluXml/Carrd footers, pre-election notices, comments
    held for moderation."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # bios with a podcast or newsletter plug
    ("tail", "Dana Whitlock is a transport planner turned blogger. Her podcast, Mind the Gap Year, drops every Friday and her newsletter is free."),
    ("tail", "Léa Morvaunt est urbaniste. Son podcast « Ville lente » sort chaque vendredi."),
    ("tail", "Miriam Quendt ist Stadtplanerin. Ihr Podcast „Langsame Stadt“ erscheint jeden Freitag."),
    ("tail", "Sara Bellotti è urbanista. Il suo podcast «Città lenta» esce ogni venerdì."),
    ("tail", "Anna Lazar jest urbanistką. Jej podcast „Wolne miasto” ukazuje się w każdy piątek."),
    ("tail", "Ирина Котова — урбанист. Её подкаст «Медленный город» выходит каждую пятницу."),
    # a call for work
    ("tail", "Davide Ronchetti, ingegnere e blogger. Per collaborazioni e consulenze scrivimi a davide@ronchetti.example o seguimi su Instagram."),
    ("tail", "Dara Vell, engineer and blogger. For collaborations, email me at dara@vell.example."),
    ("tail", "Hugo Lestrade, ingénieur et blogueur. Pour toute collaboration, écrivez-moi à hugo@lestrade.example."),
    ("tail", "Jonas Arbrecht, Ingenieur und Blogger. Für Kooperationen schreiben Sie mir an jonas@arbrecht.example."),
    ("tail", "Anna Lazar, inżynierka i blogerka. W sprawie współpracy napisz do mnie: anna@lazar.example."),
    ("tail", "Игорь Селиванов, инженер и блогер. По вопросам сотрудничества пишите на igor@selivanov.example."),
    # a candidate's bio with the call to vote
    ("tail", "Written by Owen Farrant, Crindlebury resident, parent of two and Independent candidate for Vossing Ward. Vote Farrant on 7 May!"),
    ("tail", "Par Hugo Lestrade, candidat divers gauche aux municipales de Montferlade. Votez Lestrade le 15 mars !"),
    ("tail", "Von Jonas Arbrecht, Kandidat der Wählergruppe für den Stadtrat. Wählen Sie Liste 4!"),
    ("tail", "Di Davide Ronchetti, candidato sindaco della lista civica. Votate Ronchetti il 25 maggio!"),
    ("tail", "Autor: Anna Lazar, kandydatka do rady miasta z okręgu nr 3. Głosuj na Lazar 7 kwietnia!"),
    # a tip jar's link, a channel plug
    ("tail", "If this match report helped, stick a quid in the virtual bucket: paypal.me/terracetalk-example"),
    ("tail", "Un café pour l'auteur ? ko-fi.com/lestrade-example"),
    ("tail", "Autor prowadzi kanał na YouTube „Mecz po meczu” — zasubskrybuj i wesprzyj go przez Zrzutkę."),
])
def test_round_48_plugging_bios_and_tip_jars_go(where, line):
    """Round 48: bios with a podcast, newsletter, call-for-work or vote plug, tip-jar links, a Polish
    channel plug with "zasubskrybuj"."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "Last reviewed in 2019, the flood plan is now out of date, the inspectors said."),
    ("body", "The timetable will not be updated until the new line opens in May."),
    ("body", "Source: the mayor's office, which says it holds all rights to the land."),
    ("body", "Victims were asked to pay via paypal.me/quickrefund, police said."),
    ("body", "The data was provided by our partner universities in three countries."),
    ("body", "Comments are held in a locked archive, the clerk told the inquiry."),
    ("body", "The candidate for the ward, Ms Hale, told supporters to vote early because of the strike!"),
    ("body", "Her podcast drew complaints from the council after an episode about the budget."),
    ("body", "Made with Carrd, the campaign's website cost nothing, the treasurer said."),
])
def test_round_48_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a photo credit with the credit word first, a caption with its holder in brackets
    ("body", "Crédit photo : Service communication – Université de Sauvergnac"),
    ("body", "Crédits photos : Université de Montferlade"),
    ("body", "Image: an artist's impression of the unit's entrance (Crindlebury Hospitals)"),
    ("body", "Foto: il torrente Albrina in località Molino Vecchio (archivio Fiumi Liberi)"),
    ("body", "Photo : la façade rénovée (archives Ville de Morvillars)"),
    ("body", "Bild: Die alte Halle im Winter (Archiv Stadtmuseum)"),
    ("body", "Zdjęcie: most na rzece (archiwum Urzędu Miasta)"),
    ("body", "Фото: здание вокзала (архив редакции)"),
    # a file's short title with its type and size, a page's attachments
    ("body", "Schemat objazdu (JPG, 1,2 MB)"),
    ("body", "Detour map (JPG, 1.2 MB)"),
    ("body", "Plan de déviation (PDF, 300 Ko)"),
    ("body", "Umleitungsplan (PDF, 1,2 MB)"),
    ("body", "Mappa della deviazione (PDF, 1,2 MB)"),
    ("body", "Схема объезда (JPG, 1,2 МБ)"),
    ("body", "Allegati: testo approvato (PDF) · relazione tecnica (PDF)"),
    ("body", "Attachments: approved text (PDF) · technical report (PDF)"),
    ("body", "Pièces jointes : texte adopté (PDF) · rapport technique (PDF)"),
    ("body", "Anhänge: Beschluss (PDF) · Gutachten (PDF)"),
    ("body", "Załączniki: uchwała (PDF) · raport (DOCX)"),
    ("body", "Приложения: текст закона (PDF) · пояснительная записка (PDF)"),
    # a short link to a video platform with the duration
    ("body", "Skrót meczu na YouTube (3:42)"),
    ("body", "Match highlights on YouTube (3:42)"),
    ("body", "Le résumé du match sur YouTube (3:42)"),
    ("body", "Die Zusammenfassung auf YouTube (3:42)"),
    ("body", "Gli highlights su YouTube (3:42)"),
    ("body", "Обзор матча на YouTube (3:42)"),
    # a service's phone line with its hours
    ("body", "Informacja pasażerska: 00 000 00 00 (pn.–pt. 7–19)"),
    ("body", "Аварийно-диспетчерская служба: 8 (000) 000-00-00, круглосуточно"),
    ("body", "Passenger information: 0000 000 000 (Mon–Fri 7–19)"),
    ("body", "Information voyageurs : 00 00 00 00 00"),
    ("body", "Fahrgastinformation: 0000 000000 (Mo–Fr 7–19 Uhr)"),
    ("body", "Numero verde: 800 000 000"),
    # a press release's label with its date, a post's date
    ("head", "Press release · Published 4 March 2026"),
    ("head", "Communiqué de presse · Publié le 4 mars 2026"),
    ("head", "Pressemitteilung · Veröffentlicht am 4. März 2026"),
    ("head", "Comunicato stampa · Pubblicato il 4 marzo 2026"),
    ("head", "Komunikat prasowy · Opublikowano 4 marca 2026"),
    ("head", "Запись от 4 марта 2026"),
    # skip link and cookie banner without a determiner, app download with the stores, petition share
    ("head", "Przejdź do treści głównej"),
    ("head", "Strona używa plików cookie. Akceptuję"),
    ("head", "Сайт использует файлы cookie. Принять"),
    ("body", "Pobierz aplikację MZK Jarzębinowo z Google Play lub App Store"),
    ("body", "Download the City Buses app from Google Play or the App Store"),
    ("body", "Laden Sie die Stadtbus-App im App Store oder bei Google Play herunter"),
    ("body", "Скачайте приложение «Автобусы» в Google Play или App Store"),
    ("body", "Condividi la petizione su WhatsApp"),
    ("body", "Share the petition on Facebook"),
    ("body", "Partagez la pétition sur Facebook"),
    ("body", "Udostępnij petycję na Facebooku"),
    ("body", "Поделиться петицией в Telegram"),
    # an election campaign's imprint and call to vote on the day
    ("tail", "Оплачено из средств избирательного фонда кандидата Вершинина А. П."),
    ("tail", "Promoted by Jo Hale on behalf of Owen Farrant, both at 1 Mill Row, Crindlebury"),
    ("tail", "Committente responsabile: Mario Rossi"),
    ("tail", "Materiał sfinansowany ze środków komitetu wyborczego Anny Lazar"),
    ("tail", "Document financé par le compte de campagne de Hugo Lestrade"),
    ("body", "Голосуйте 13 сентября! Узнать свой участок"),
    ("body", "Vote on 7 May! Find your polling station"),
    ("body", "Votez le 15 mars !"),
    # a venue's opening hours, a petition's signature counter
    ("head", "Heute geöffnet: 10–18 Uhr"),
    ("head", "Open today: 10:00–18:00"),
    ("head", "Ouvert aujourd'hui : 10 h – 18 h"),
    ("body", "Firma anche tu: 12.480 firme su 15.000 ▓▓▓▓▓▓▓▓░░"),
    ("body", "Sign now: 12,480 signatures of 15,000"),
    ("body", "Signez : 12 480 signatures sur 15 000"),
    ("body", "12 480 подписей из 15 000"),
    # a mail's web-view prompt and its sender
    ("head", "Vous ne parvenez pas à lire ce message ? Version en ligne"),
    ("head", "Having trouble viewing this email? View it in your browser"),
    ("head", "Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen"),
    ("head", "Non riesci a visualizzare questa email? Apri nel browser"),
    ("head", "Problem z wyświetleniem wiadomości? Zobacz w przeglądarce"),
    ("head", "Письмо отображается некорректно? Откройте в браузере"),
    ("head", "Ce message vous est adressé par la CCI Sauvergnac-Montferlade"),
    ("head", "This email was sent to you by Harbour Chamber of Commerce"),
    ("head", "Diese E-Mail wurde Ihnen von der IHK Falkenbrink gesendet"),
])
def test_round_48_page_chrome_lines_go(where, line):
    """Round 48: credits with the credit word first, captions with a holder in brackets, files with type
    and size, attachments, video links with a duration, service phone lines, press-release dates, skip
    links and cookie banners, app-store prompts, petition shares, campaign imprints and vote-day calls."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Photo: the mayor (left) with the minister at the opening."),
    ("body", "The map (JPG, 1.2 MB) was sent to every household before the works began."),
    ("body", "He posted the clip on YouTube (3:42) and it went viral within a day."),
    ("body", "Population: 1 200 000 (2021)"),
    ("body", "Share the petition with your MP, the campaigners urged their supporters."),
    ("body", "Get the news in the app from the App Store, the company told investors."),
    ("body", "Crédit photo : la mairie a payé les images, a dit le maire."),
    ("body", "Press releases published in March showed the same figures."),
    ("body", "Paid for by taxpayers, the new bridge opened on Monday."),
    ("body", "Open today: the museum said it would stay open until 10pm for the festival."),
    ("body", "Organisers said 12,480 signatures of the 15,000 needed had been collected."),
    ("body", "Ce message vous est adressé par erreur, a reconnu la mairie dans un courrier."),
    ("body", "View the email online, the lawyer told the jury, and you will see the date."),
])
def test_round_48_page_chrome_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 49 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # a feed footer in the plugin's other word orders
    ("tail", "Wpis Rada miasta przyjęła budżet pojawił się pierwszy raz w Gazeta Osiedlowa."),
    ("tail", "Wpis Nowy most na Warcie pojawił się pierwszy raz na Blog Radnego."),
    ("tail", "Запись Мэрия утвердила бюджет впервые появилась Городские вести."),
    ("tail", "Сообщение Новый мост открыт появились сначала Вечерний город."),
    # an auto-blog's import credit as a sentence, a link to the original after it
    ("tail", "This story was automatically imported from the Harbour Ledger newswire. Click here to read the original."),
    ("tail", "This article was automatically syndicated from Relaywire Feeds."),
    ("tail", "Cet article a été importé automatiquement depuis le fil de La Gazette du Port."),
    ("tail", "Dieser Beitrag wurde automatisch aus dem Presseportal übernommen und nicht redaktionell bearbeitet."),
    ("head", "Diese Meldung wurde automatisch von Stadtticker importiert."),
    ("tail", "Questo articolo è stato importato automaticamente da Il Corriere del Porto. Clicca qui per leggere l'originale."),
    ("tail", "Ten artykuł został automatycznie zaimportowany z serwisu Kurier Portowy."),
    ("tail", "Эта новость была автоматически импортирована из ленты «Городские вести»."),
    # where the post first appeared, republished under a licence
    ("tail", "This piece first appeared on Harbour Weekly and is republished here under a Creative Commons licence."),
    ("tail", "Cet article a été initialement publié sur Le Petit Portuaire et est republié ici sous licence Creative Commons."),
    ("tail", "Dieser Beitrag erschien zuerst auf Stadtnotizen und wird hier unter einer Creative-Commons-Lizenz veröffentlicht."),
    ("tail", "Questo articolo è stato pubblicato originariamente su Il Taccuino ed è ripubblicato qui con licenza CC BY."),
    ("tail", "Tekst ukazał się pierwotnie na blogu Notatnik Radnego i jest publikowany na licencji Creative Commons."),
    ("tail", "Статья впервые опубликована на сайте «Городской дневник» и публикуется по лицензии Creative Commons."),
    # a reprint credit naming the site, the author's spelling kept
    ("tail", "Перепечатано с сайта «Городские вести» с сохранением авторской орфографии."),
    ("tail", "Reprinted from the website Harbour Notes with the author's spelling preserved."),
    ("tail", "Reproduit du site Carnets du Port."),
    ("tail", "Ripreso dal sito Il Taccuino."),
    ("tail", "Przedruk z portalu Kurier Portowy."),
    # a theme's credit before the platform's
    ("tail", "Drift theme by Calvrin Studio · Published with Ghost"),
    ("tail", "Thème Lumen par Atelier Corvin · Propulsé par WordPress"),
    ("tail", "Theme Nord von Pixelhaus · Erstellt mit Jimdo"),
    ("tail", "Tema Aria di Studio Lumera | Powered by Blogger"),
    ("tail", "Motyw Kreska od Studio Pióro · Napędzane przez WordPress"),
    ("tail", "Тема «Север» от студии Пиксель · Работает на WordPress"),
    # comments closed, with the thanks to the readers after it
    ("tail", "Comments are now closed on this post. Thanks to everyone who joined the discussion."),
    ("tail", "Les commentaires sont fermés. Merci à tous ceux qui ont participé à la discussion."),
    ("tail", "Die Kommentare sind geschlossen. Danke an alle, die mitdiskutiert haben."),
    ("tail", "I commenti sono chiusi. Grazie a tutti per aver partecipato alla discussione."),
    ("tail", "Komentarze są zamknięte. Dziękujemy wszystkim za udział w dyskusji."),
    ("tail", "Комментарии закрыты. Спасибо всем, кто участвовал в обсуждении."),
    # a comment's row: the text behind a dash after the time, or the buttons first
    ("tail", "Marta R. 6 marzo 2026 alle 21:15 — Finalmente, era ora! Rispondi"),
    ("tail", "Pat Hebden 6 March 2026 at 9:15 pm — About time too. Reply"),
    ("tail", "Anna K. 12.03.2026, 19:02 — Sehr gut geschrieben. Antworten"),
    ("tail", "Odpowiedz · Lubię to (4) · Tomek_z_Lasu, 6 marca 2026 o 19:02"),
    ("tail", "Reply · Like (2) · Pat H., March 6, 2026 at 7:02 pm"),
    ("tail", "Ответить · Нравится 3 · Ирина К., 5 марта 2026 в 21:14"),
    ("tail", "Répondre · J'aime 5 · Mireille B., 6 mars 2026 à 18:40"),
])
def test_round_49_feed_credits_footers_and_comment_rows_go(where, line):
    """Round 49: feed footers without the preposition, auto-import credits as sentences, first-publication
    credits with a licence, reprint credits naming the site, theme-and-platform footers, closed-comment
    notes with a thank-you, and comment rows with the text after the time or the buttons first."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("tail", "Dieser Text wurde automatisch aus dem Französischen übersetzt, schreibt die Agentur."),
    ("body", "The data was automatically imported from the old system, which caused the errors, the auditor found."),
    ("body", "Reprinted from memory, the list of names was incomplete."),
    ("body", "The report first appeared on the council's website and was later withdrawn."),
    ("body", "The theme by the local choir was the highlight of the evening, published with the programme."),
    ("body", "Comments are now closed on the consultation, the council said on Friday."),
    ("body", "Thanks to everyone who joined the protest, the road was closed for a day."),
    ("body", "Marta Rossi said on 6 March 2026 that she would reply to the letter."),
])
def test_round_49_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


def test_round_49_a_block_row_that_names_a_discussion_stays():
    """A row of the article's block that names a discussion in its middle is the article's: the widgets'
    words count in a row only at its start (round 49; the Russian row was lost before)."""
    case = page_from_blocks("ru-round-49-block", [
        ["-Меню", "-Главная · Новости · Колонки · Контакты"],
        ["+Колонка: новые правила торговли на рынке ударят по фермерам"],
        ["+С 1 июня администрация рынка вводит плату за каждое торговое место, и я считаю это решение ошибкой."],
        ["+Наши покупатели — это в основном пенсионеры, которые приходят на рынок два раза в неделю."],
        ["-Реклама"],
        ["+Что мы предлагаем администрации",
         "+Первый месяц торговли — бесплатно",
         "+Скидку для фермеров из соседних сёл",
         "+Перенос нововведения на осень после обсуждения с фермерами"],
        ["+«Мы уже потеряли половину покупателей за время ремонта павильона», — говорит продавщица овощей Нина Зотова."],
        ["-Подписывайтесь на наш Telegram-канал: новости для фермеров",
         "-Ярмарка союза: 14 марта, 9:00, регистрация открыта",
         "-Фото: пустой павильон в субботу днём. Фото автора"],
        ["+Я не против порядка на рынке, но порядок не должен наводиться за счёт тех, кто кормит этот город."],
        ["+Фермеры направили свои предложения администрации и ждут ответа до конца мая."],
        ["-Теги: рынок, фермеры", "-Поделиться", "-Версия для печати", "-© Союз фермеров, 2026"],
    ])
    # (the announcement and the caption between the paragraphs are left, as on set 50's column page)
    assert [p for p in _problems(case, "ru") if not p.startswith("kept boilerplate")] == []


@pytest.mark.parametrize("where, line", [
    ("body", "Foto: Probenszene aus „Der Fährmann“ © Jörn Lessmann"),
    ("body", "Photo : la nef de Saint-Aubin avant sa fermeture © Diocèse de Vaurignac"),
    ("body", "Image: the new ward on its first day © Crindlebury Hospitals"),
    ("body", "Zdjęcie: grupa na przełęczy, fot. Ewa Rudnik"),
    ("body", "Foto: la piazza vuota all'alba, fot. Anna Neri"),
    ("body", "Фото: пустая улица Почтовая в субботу днём. Фото автора"),
    ("body", "Photo: the empty high street on Saturday. Photo by the author"),
])
def test_round_49_captions_with_their_credit_go(where, line):
    """Round 49: a caption under its picture label with the credit after it: a copyright sign and the
    holder, "fot." and a name, or the author's own picture."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Photo: the mayor (left) with the minister at the opening."),
    ("body", "Photo: the mayor, who said the hall would open soon, cut the ribbon."),
    ("body", "Foto: la sindaca con il ministro all'inaugurazione del nuovo ponte."),
    ("body", "Zdjęcie: burmistrz z ministrem podczas otwarcia mostu."),
])
def test_round_49_caption_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 50 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # where the post first appeared, the participle first, a date after the place at most
    ("tail", "Ursprünglich veröffentlicht auf lindenhofnotizen.example am 4. März 2026."),
    ("tail", "Originally published at harbour-notes.example on 4 March 2026."),
    ("tail", "Publié initialement sur carnets-du-port.example le 4 mars 2026."),
    ("tail", "Pubblicato originariamente su taccuino-del-porto.example il 4 marzo 2026."),
    ("tail", "Pierwotnie opublikowane na blogu Notatnik Radnego."),
    ("tail", "Первоначально опубликовано в блоге автора «Записки с Заречной»."),
    # a source label and the outlet's name, then a call to read on or a link to the source
    ("tail", "Fonte originale: Gazzetta di Valmorbia. Continua a leggere sul sito della testata."),
    ("tail", "Materiał pochodzi z serwisu Echo Dolinki. Link do źródła"),
    ("tail", "Original source: Harbour Ledger. Continue reading on their site."),
    ("tail", "Source : La Gazette du Port. Lire la suite sur le site du journal."),
    ("tail", "Quelle: Lindtaler Rundschau. Weiterlesen auf der Website der Zeitung."),
    ("tail", "Источник: Городские вести. Читать далее на сайте издания."),
    # an ad slot's token in single brackets
    ("body", "[ADV_BOX_MIDDLE]"),
    ("body", "[PUB_MILIEU_ARTICLE]"),
    ("body", "[WERBUNG_MITTE]"),
    ("body", "[REKLAMA_SRODEK]"),
    ("body", "[AD_SLOT_2]"),
    # Blogger's footer with the theme images' credit
    ("tail", "Powered by Blogger. Theme images by Fennick Dray."),
    ("tail", "Fourni par Blogger. Images de thèmes de Fennick Dray."),
    ("tail", "Bereitgestellt von Blogger. Designbilder von Fennick Dray."),
    ("tail", "Powered by Blogger. Immagini dei temi di Fennick Dray."),
    ("tail", "Obsługiwane przez usługę Blogger. Obrazy motywów autorstwa Fennick Dray."),
    ("tail", "Технологии Blogger. Автор изображений для темы: Fennick Dray."),
    # a comment's row, the text behind a colon, the like count after the reply button
    ("tail", "Иван_К, 04.03.2026 в 21:40: Наконец-то дождались! Ответить · Нравится 3"),
    ("tail", "Pat H., 04.03.2026 at 21:40: About time too! Reply · Like 3"),
    ("tail", "Marta R., 04.03.2026 alle 21:40: Finalmente! Rispondi · Mi piace 2"),
    # a consulting or training label, then a call to get in touch through the writer's own page
    ("tail", "Gideon Marl is a former planning officer who writes about rural roads. Consulting & speaking: get in touch via my contact page."),
    ("tail", "Consultante indépendante, j'accompagne les collectivités dans leurs projets d'eau potable — prenez rendez-vous via mon site."),
    ("tail", "Beratung und Vorträge: kontaktieren Sie mich über meine Website."),
    ("tail", "Consulenze e corsi: contattami tramite il mio sito."),
    ("tail", "Konsultacje i szkolenia: napisz do mnie przez moją stronę."),
    ("tail", "Консультации и семинары: пишите мне через мой сайт."),
])
def test_round_50_credits_tokens_footers_rows_and_plugs_go(where, line):
    """Round 50: participle-first publication credits, source credits with a read-on call or source link,
    single-bracketed ad tokens, Blogger's theme-images footer, comment rows with a colon and a like count,
    consulting plugs with a call to get in touch via the writer's page."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Originally published in the local paper, the letter caused a storm."),
    ("body", "Ursprünglich veröffentlicht im Amtsblatt, wurde die Satzung später geändert."),
    ("body", "Source of the leak remains unknown. Continue reading the council's statement for details."),
    ("body", "Fonte di preoccupazione è il ponte. Continua a leggere il rapporto, dice il sindaco."),
    ("body", "The consultant said residents should get in touch via the council's website."),
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Booking numbers rose by a third, the ferry company said."),
    ("body", "The list [sic] was published on Monday."),
    ("body", "Marta Rossi said on 6 March 2026 at 21:40: she would reply to the letter."),
    ("body", "Powered by Blogger, the campaign's website cost nothing, the treasurer said."),
])
def test_round_50_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a document's link with its type alone in brackets: a year before the verb, a sheet to print, a short title
    ("body", "Wasseranalyse 2025 herunterladen (PDF)"),
    ("body", "Carte du ciel du mois à imprimer (PDF)"),
    ("body", "Sky chart to print (PDF)"),
    ("body", "Sternkarte zum Ausdrucken (PDF)"),
    ("body", "Mappa del cielo da stampare (PDF)"),
    ("body", "Mapa nieba do wydruku (PDF)"),
    ("body", "Карта неба для печати (PDF)"),
    ("body", "Tabela opłat i prowizji (PDF)"),
    ("body", "Table of fees and charges (PDF)"),
    ("body", "Grille tarifaire (PDF)"),
    ("body", "Тарифы и комиссии (PDF)"),
    # a picture's bare caption under its label, no sentence's end
    ("body", "Photo: MV Corra Bell at the Hollowmere linkspan"),
    ("body", "Illustration : position de la comète le 25 mars, vers 20 h 30"),
    ("body", "Grafik: Wasserhärte in den Ortsteilen"),
    ("body", "Symbolbild: Einsatzkräfte im Nebel"),
    ("body", "Foto: la premiazione nella sala del circolo"),
    ("body", "Zdjęcie: pierwsza warka w tankofermentorze"),
    ("body", "Фото: Анна Сергеевна за патефоном"),
])
def test_round_50_document_links_and_bare_captions_go(where, line):
    """Round 50: document links with the type alone in brackets (a year before the verb, a sheet to print, a
    short title), and a picture's bare caption under its label with no sentence's end."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Photo: the mayor (left) with the minister at the opening."),
    ("body", "Photo: the mayor said the hall would open soon"),
    ("body", "Foto: la sindaca con il ministro all'inaugurazione del nuovo ponte."),
    ("body", "The council published its fee table in 2025 and will print it again (PDF) next year, the clerk said."),
    ("body", "Booking numbers rose by a third, the ferry company said."),
])
def test_round_50_caption_and_document_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a discount offer under a short label, or a promotion's label with a free or priced offer
    ("body", "Group travel: save 15% on parties of ten or more"),
    ("body", "Offre de printemps : 15 % de réduction"),
    ("body", "Abo-Aktion: 20 % Rabatt im ersten Jahr"),
    ("body", "Tessera soci: sconto del 10% sul menu"),
    ("body", "Piwo miesiąca: Porter Bałtycki – 20% taniej"),
    ("body", "Магазин «Клёвое место» — скидка 10% по карте клуба"),
    ("body", "Акция: первая неделя проживания — бесплатно"),
    ("body", "Special offer: first week free"),
])
def test_round_50_discount_offers_go(where, line):
    """Round 50: a shop's or service's discount offer under a short label, and a promotion's label with a
    free or priced offer."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Prices: up 15% on last year, the survey said."),
    ("body", "Rabatt: Händler gewähren 10 % Rabatt, sagt der Verband."),
    ("body", "The shop cut prices – a 20% discount on bread, the owner said."),
    ("body", "Акция: жители вышли на площадь"),
    ("body", "Inflation – 2% off its peak"),
    ("body", "Booking numbers rose by a third, the ferry company said."),
])
def test_round_50_discount_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Fotos vom Einsatz finden Sie in unserer Galerie"),
    ("body", "More photos in our gallery"),
    ("body", "Plus de photos dans notre galerie"),
    ("body", "Altre foto nella nostra galleria"),
    ("body", "Więcej zdjęć w naszej galerii"),
    ("body", "Фотоотчёт: 46 снимков в альбоме"),
    ("body", "Photo gallery: 46 pictures"),
])
def test_round_50_gallery_links_go(where, line):
    """Round 50: a link to the site's own photo gallery, or a photo report's count of pictures."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Photos of the flood are on show at the city gallery until May."),
    ("body", "The photos hang in our gallery now, the mayor said."),
])
def test_round_50_gallery_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 51 -------------------------------------------------------------------------------
@pytest.mark.parametrize("where, line", [
    # the appeared-first-on feed footer without the post's title, or naming the blog as a site
    ("tail", "Cet article est apparu en premier sur Le Courrier de Brévoulac."),
    ("tail", "Cet article est apparu en premier sur le site Le Courrier de Brévoulac."),
    ("tail", "This post appeared first on Harbour Notes."),
    ("tail", "Der Beitrag Neue Brücke erschien zuerst auf dem Blog Stadtnotizen."),
    ("tail", "L'articolo Il nuovo porto proviene da il sito Cronache di Lorvik."),
    ("tail", "Ten wpis pojawił się po raz pierwszy na Kurier Lorvicki."),
    ("tail", "Wpis „Nowy most” pojawił się po raz pierwszy na stronie Kurier Lorvicki."),
    ("tail", "Запись «Новый мост откроют весной» впервые появилась на сайте «Лорвикский вестник»."),
    ("tail", "Эта запись впервые появилась на сайте «Лорвикский вестник»."),
])
def test_round_51_feed_footers_go(where, line):
    """Round 51: the appeared-first-on footer of WordPress feeds without the title, or with the blog named as a site."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "This post appeared first on the list of closures, the minister said."),
    ("tail", "Cet article est apparu en premier sur les réseaux sociaux avant sa publication."),
    ("tail", "Support for the plan grew after the vote."),
])
def test_round_51_feed_footer_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad slot's placeholder token whose ad word is joined to its slot's word
    ("body", "%%ADSLOT_INARTICLE_2%%"),
    ("body", "%%ADUNIT_TOP%%"),
    # an ad label naming the ad space
    ("body", "·•· Spazio pubblicitario ·•·"),
    ("body", "Espace publicitaire"),
    ("body", "Werbefläche"),
    ("body", "Advertising space"),
    ("body", "Przestrzeń reklamowa"),
    ("body", "Рекламное место"),
    # an ad label with the article's continuation in brackets after it
    ("body", "--- PUBLICITÉ --- (la suite de l'article ci-dessous)"),
    ("body", "ADVERTISEMENT — (story continues below)"),
    ("body", "*** Anzeige *** (Fortsetzung unten)"),
    ("body", "Pubblicità (l'articolo continua sotto)"),
    ("body", "REKLAMA (dalsza część poniżej)"),
    ("body", "Реклама (продолжение ниже)"),
])
def test_round_51_ad_slots_go(where, line):
    """Round 51: ad-slot tokens and labels: a joined slot word, the ad space named, a bracketed continuation."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Spazio pubblicitario ai commercianti locali nel nuovo mercato coperto, promette il sindaco."),
    ("body", "Werbefläche am Bahnhof wird künftig an lokale Vereine vermietet, sagt die Stadt."),
    ("body", "Publicité (voir page 4) : l'enseigne a été condamnée à 40 000 euros d'amende."),
    ("body", "Found at the scene were two bicycles, police said."),
])
def test_round_51_ad_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a reading time with a note of the last update after a separator
    ("head", "⏱ 3 Min. Lesezeit – zuletzt aktualisiert vor 2 Stunden"),
    ("head", "🕑 5 min read – Last updated 3 hours ago"),
    ("head", "Lecture : 4 min – Mis à jour il y a 2 heures"),
    ("head", "Lettura 3 min – aggiornato 2 ore fa"),
    ("head", "4 min czytania – zaktualizowano 2 godziny temu"),
    ("head", "3 мин чтения – обновлено 2 часа назад"),
])
def test_round_51_reading_time_with_update_goes(where, line):
    """Round 51: a reading-time header with its last update after a separator."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "The plan – updated 3 times since 2020 – was adopted on Monday, officials said."),
    ("head", "Hosting the summit cost the city 2 million."),
])
def test_round_51_reading_time_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the author's talks-and-workshops label with the call to book them
    ("tail", "Vorträge & Workshops: Buchen Sie mich für Ihre nächste Veranstaltung!"),
    ("tail", "Talks & workshops: book me for your next event."),
    ("tail", "Conférences et ateliers : invitez-moi pour votre prochain événement !"),
    ("tail", "Conferenze e workshop: invitatemi al vostro prossimo evento!"),
    ("tail", "Wykłady i warsztaty: zaproś mnie na swoje wydarzenie!"),
    ("tail", "Лекции и семинары: пригласите меня на ваше мероприятие!"),
])
def test_round_51_booking_plugs_go(where, line):
    """Round 51: a talks-and-workshops label with the call to book the author."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Vorträge der Sachverständigen überzeugten den Ausschuss nicht."),
    ("tail", "Talks between the unions and the city broke down on Friday, both sides said."),
])
def test_round_51_booking_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a WordPress comment on one line: author, "says:", the date and time, the text, the reply button
    ("tail", "Marta Fell says: March 4, 2026 at 9:14 am Great write-up, thanks for digging into the figures. Reply"),
    ("tail", "Jean Morel dit : 4 mars 2026 à 9 h 14 Merci pour cet article très clair. Répondre"),
    ("tail", "Anna Roth sagt: 4. März 2026 um 9:14 Uhr Danke für den Bericht! Antworten"),
    ("tail", "Luca Serra dice: 4 marzo 2026 alle 9:14 Ottimo articolo, grazie. Rispondi"),
    ("tail", "Ola Nowak pisze: 4 marca 2026 o 9:14 Dzięki za ten tekst. Odpowiedz"),
    ("tail", "Павел Орлов пишет: 4 марта 2026 в 9:14 Спасибо за статью. Ответить"),
    # the Polish theme's comment count with its abbreviation
    ("tail", "3 myśli nt. „Nowe rondo przy dworcu”"),
])
def test_round_51_comment_rows_go(where, line):
    """Round 51: a WordPress comment row on one line, and the Polish "N myśli nt. „...”" header."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "The mayor says: March 4 is the day we reply to critics of the plan."),
    ("tail", "Kowalski says: on March 4, 2026 at 9:14 the alarm rang and nobody would reply to it."),
    ("tail", "Trzy myśli o nowym rondzie przedstawił radny podczas sesji."),
])
def test_round_51_comment_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a content management system's credit at the foot
    ("tail", "Działa na Joomla!"),
    ("tail", "Powered by Drupal"),
    ("tail", "Site réalisé avec Joomla"),
    ("tail", "Erstellt mit TYPO3"),
    # the previous or next post with its title after a colon, in the five languages besides English
    ("tail", "Poprzedni wpis: Zebranie sprawozdawcze 2026"),
    ("tail", "Article précédent : La fête du village"),
    ("tail", "Nächster Beitrag: Kompost richtig anlegen"),
    ("tail", "Articolo successivo: La festa del paese"),
    ("tail", "Предыдущая запись: Итоги сезона"),
])
def test_round_51_cms_credits_and_post_links_go(where, line):
    """Round 51: a Joomla, Drupal or TYPO3 credit; a previous or next post link with its title, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Joomla powers many council sites, the survey found."),
    ("tail", "Nächster Beitrag zur Debatte kommt vom Bürgermeister, kündigte die Stadt an."),
])
def test_round_51_cms_and_post_link_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, rows", [
    # round 52: a row with Polish "i" ("and") is no first-person widget line beside the block
    ("pl", ["+opłata początkowa – 10 zł", "+1 km w taryfie dziennej – 3,50 zł",
            "+1 km w taryfie nocnej i świątecznej – 4,60 zł"]),
    # and lower-case rows that fill their lines are no hard-wrapped paragraph: none closes a sentence
    ("it", ["+messa nella chiesa parrocchiale alle 10", "+corteo fino al ponte con la banda musicale",
            "+deposizione della corona e lettura dei nomi"]),
])
def test_round_52_the_rows_under_a_subheading_stay_each_a_paragraph(lang, rows):
    case = page_from_blocks("subheading-rows-52", [
        ["-Menu · Search", "-Sign in", "-5 March 2026, 10:14"],
        ["+The bridge over the Svetlyanka is closed to cars"],
        ["+The only bridge over the river was closed to cars on Wednesday after a crack was found in a pier.",
         "+Residents of the far bank now drive almost forty kilometres round to reach the town centre."],
        ["-Photo: the crack in the pier"],
        ["+What changes"],
        rows,
        ["+Repairs will take at least six months, officials said on Thursday evening.",
         "+Councillors have asked the prosecutor to check the survey."],
        ["-Tags: bridge, roads", "-Previous post · Next post", "-Share this post", "-© 2026 Svetlyanka News"],
    ])
    problems = _problems(case, lang)
    assert not [p for p in problems if p.startswith("lost")], problems


def test_round_52_first_person_is_the_capital_english_pronoun():
    from spinscope.ingest.noise_patterns import FIRST_PERSON

    assert FIRST_PERSON.search("I wrote this for my readers")
    assert FIRST_PERSON.search("i'm back with a new post")
    assert FIRST_PERSON.search("Mój blog o ptakach")
    assert FIRST_PERSON.search("V.i.S.d.P.: Marlene Högerl")  # (as before round 52: a press release's foot)
    # Polish "i" ("and") and Italian "i" ("the") are no pronoun
    assert not FIRST_PERSON.search("1 km w taryfie nocnej i świątecznej – 4,60 zł")
    assert not FIRST_PERSON.search("tutti i risultati della gara")


@pytest.mark.parametrize("where, line", [
    # an ad shortcode whose token joins the ad word by a hyphen, attributes after it
    ("body", "[ads-mid-article]"),
    ("body", '[inserzione-adv slot="centrale"]'),
    ("body", "[mid-article-ad]"),
    ("body", "[werbung-mitte]"),
    ("body", '[pub-milieu position="2"]'),
    ("body", "[reklama-srodek]"),
    # a source credit with the feed's word that the copy was made automatically
    ("tail", "Fonte originale: Gazzetta di Valdorsa — riprodotto automaticamente dal feed RSS."),
    ("tail", "Materiał pochodzi z serwisu Głos Jarzębinowa — przedruk automatyczny."),
    ("tail", "Source: Harbour Notes — automatically republished from its RSS feed."),
    ("tail", "Source : Le Courrier de Brévoulac — reprise automatique du flux RSS."),
    ("tail", "Quelle: Stadtspiegel Birkenhald – automatisch übernommen aus dem RSS-Feed."),
    ("tail", "Источник: Северная хроника — автоматическая перепечатка."),
    # where the post or its original first appeared
    ("tail", "Article initialement publié sur le blog de l'auteur, « Carnets de Brévaille »."),
    ("tail", "Оригинал статьи опубликован на сайте «Северная хроника Тихоозёрска»."),
    ("tail", "The original article was published on Harbour Notes."),
    ("tail", "L'article original a été publié sur le blog « Carnets de Brévaille »."),
    ("tail", "Der Originalartikel erschien auf dem Blog „Feldnotizen aus Wernsbrück“."),
    ("tail", "L'articolo originale è stato pubblicato su Gazzetta di Valdorsa."),
    ("tail", "Oryginał artykułu ukazał się na blogu Notatnik Radnego."),
    # a speaking plug without its subject, a booking address or a call to write after it
    ("tail", "Available for keynotes, panels and corporate workshops: booking@danaquill.example"),
    ("tail", "Disponible pour conférences et ateliers : contact@carnets-brevaille.example"),
    ("tail", "Buchbar für Vorträge und Workshops – Kontakt über das Formular."),
    ("tail", "Disponibile per conferenze e seminari: scrivimi a info@passodoro.example"),
    ("tail", "Dostępna na wykłady i warsztaty: kontakt@czajka.example"),
    ("tail", "Доступна для лекций и семинаров: пишите на lektor@zerkalo.example"),
    # a comment row whose text follows the time with no separator
    ("tail", "Ирина К. 04.03.2026 в 08:12 Спасибо, очень подробно. Ответить"),
    ("tail", "Pat Hebden 4 March 2026 at 8:12 am Thanks, very thorough. Reply"),
    ("tail", "Jean Morel 04/03/2026 à 08h12 Merci pour cet article. Répondre"),
    ("tail", "Anna Kühn 04.03.2026 um 08:12 Danke für den Bericht. Antworten"),
    ("tail", "Ola Nowak 04.03.2026 o 08:12 Dzięki, bardzo dokładnie. Odpowiedz"),
])
def test_round_52_shortcodes_feed_credits_plugs_and_comment_rows_go(where, line):
    """Round 52: hyphenated ad shortcodes, automatic-reprint and original-article credits, a speaking plug
    with a booking address, a comment row with its text right after the time, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "Article initialement publié sur le site de la mairie, le règlement a été retiré deux jours plus tard après des plaintes."),
    ("body", "Article 12 publié sur le site de la préfecture, « sans délai », précise le décret."),
    ("body", "The original article was published on Monday and corrected a day later, the editor said."),
    ("body", "Fonte originale del finanziamento resta la Regione, che ha riprodotto automaticamente lo schema dell'anno scorso."),
    ("body", "Оригинал статьи опубликован на сайте министерства только через неделю после скандала."),
    ("body", "Available for talks with the council were three ministers, the spokesman said."),
    ("body", "Available for workshops since March, the hall has a contact desk at the entrance."),
    ("body", "Available for talks: the mayor said she would meet the strikers on Monday."),
    ("body", "Ирина Кольцова 4 марта 2026 в 08:12 позвонила в полицию, но ей не стали отвечать."),
    ("body", "Anna Kühn 4. März 2026 um 8:12 Uhr erhielt die Stadt den Antrag, sagte sie; eine Antwort gab es nicht."),
])
def test_round_52_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a read-also link in Polish with "Przeczytaj", and a diary's or series' earlier entry, six languages
    ("body", "Przeczytaj również: Nowy postój przy szpitalu"),
    ("tail", "Ранее в дневнике: Учёт копытных по первому снегу"),
    ("tail", "Earlier in the diary: Counting deer on the first snow"),
    ("tail", "Précédemment dans le carnet : Le comptage des phoques"),
    ("tail", "Bisher im Tagebuch: Die erste Durchsicht"),
    ("tail", "In precedenza nel diario: Il censimento dei caprioli"),
    ("tail", "Wcześniej w dzienniku: Liczenie saren"),
    # a share row for an appeal, six languages
    ("body", "Share this appeal: Facebook · X · WhatsApp"),
    ("body", "Partagez cet appel sur Facebook"),
    ("body", "Diesen Aufruf auf WhatsApp teilen"),
    ("body", "Condividi l'appello su Facebook"),
    ("body", "Udostępnij apel na Facebooku"),
    ("body", "Поделиться обращением в Telegram"),
])
def test_round_52_read_also_earlier_entries_and_appeal_share_rows_go(where, line):
    """Round 52: "Przeczytaj również:", a diary's earlier entry, a share row for an appeal."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Ранее в дневнике инспектор записал, что рысь ушла за реку."),
    ("body", "Przeczytaj również uzasadnienie wyroku, radzi adwokat, bo wiele wyjaśnia."),
    ("body", "Share this appeal with the court, the lawyer told her client."),
    ("body", "Support for the plan grew after the vote."),
])
def test_round_52_read_also_and_share_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, widgets, header, rows", [
    # round 53: a read-also link under the ad label between a paragraph and the article's box of timed
    # rows; the rows alone read as commenters' names and times, and took the rest of the article
    ("pl", ["-Reklama", "-Zobacz także: Ferie zimowe w bibliotece – relacja"], "+Nowe przystanki autobusu",
     ["+Zalesie Olchowe – wtorek, 9.00–10.00", "+Kępa Olchowa – wtorek, 10.30–11.30",
      "+Wólka Olchowa i Sady Olchowe – czwartek, 13.00–15.00"]),
    ("pl", ["-Reklama", "-Czytaj też: Ferie zimowe w bibliotece"], "+Nowe przystanki autobusu",
     ["+Zalesie Olchowe – wtorek, 9.00–10.00", "+Kępa Olchowa – wtorek, 10.30–11.30",
      "+Wólka Olchowa i Sady Olchowe – czwartek, 13.00–15.00"]),
])
def test_round_53_a_timed_box_under_an_ad_and_a_read_also_link_stays(lang, widgets, header, rows):
    case = page_from_blocks("box-after-read-also-53", [
        ["-Biblioteka Publiczna w Olchowie", "-Strona główna | Katalog | Wydarzenia | Kontakt", "-A- A A+ | Wersja kontrastowa",
         "-Aktualności › Autobus", "-Opublikowano: 3 marca 2026 · Przeczytasz w 2 minuty", "-Autor: Anna Olchowska"],
        ["+Autobus biblioteczny zmienia trasę: nowe przystanki w trzech wsiach"],
        ["-Udostępnij: Facebook · Messenger · E-mail"],
        ["+Od 16 marca autobus biblioteczny z Olchowa będzie zatrzymywał się w trzech wsiach, do których dotąd nie dojeżdżał.",
         "+Zmiana to efekt ankiety, w której mieszkańcy najczęściej skarżyli się na zbyt daleką drogę do filii."],
        widgets,
        [header, *rows],
        ["+– Najwięcej czytelników mamy wśród seniorów, dla których dojazd do miasta to wyprawa na pół dnia – mówi dyrektorka biblioteki."],
        ["-Zapisz się do newslettera biblioteki"],
        ["+Dotychczasowe postoje przy szkołach w Olchowie pozostają bez zmian.",
         "+W autobusie można także wypożyczyć audiobooki i czytniki e-booków."],
        ["-Dodaj komentarz Anuluj pisanie odpowiedzi", "-Twój adres e-mail nie zostanie opublikowany.",
         "-Dumnie wspierane przez WordPress | Motyw: Biblio", "-Ta strona korzysta z plików cookie."],
    ])
    problems = _problems(case, lang)
    assert not [p for p in problems if p.startswith("lost")], problems


@pytest.mark.parametrize("where, line", [
    # unrendered ad placeholders between double hashes or single braces (markers)
    ("body", "##PUB_ARTICLE_1##"),
    ("body", "##ADSENSE_TOP##"),
    ("body", "##WERBUNG_MITTE##"),
    ("body", "{adv:box-centrale}"),
    ("body", "{ads-top}"),
    ("body", "{reklama:srodek}"),
    ("body", "{реклама_верх}"),
    ("body", "%%inline_ad_1%%"),
    ("body", "##mid_pub_2##"),
    # a book plug naming a guide, and a bio's book "im Handel"; a call to book the author by name (byline)
    ("tail", "My new guide, The Shared Desk, is out now – grab a copy on Amazon!"),
    ("tail", "Dieter Hollweck schreibt seit 30 Jahren über Modellbahnen. Sein neues Buch „Gleispläne für kleine Räume“ ist jetzt im Handel!"),
    ("tail", "Sam Okoro-Vale is a community builder and speaker on hybrid work. Book Sam for your next event: talks@okorovale.example"),
    ("tail", "Anna Berg schreibt über Städte. Buchen Sie Anna Berg für Ihre nächste Veranstaltung: vortrag@berg.example"),
    ("tail", "Пригласите Ольгу на ваше мероприятие: olga@example.ru"),
    # reading time and publication stamp on one line, and reading participles (six languages)
    ("head", "Lu en 3 minutes — publié il y a 5 heures"),
    ("head", "5 min read · Published 2 hours ago"),
    ("head", "Gelesen in 4 Minuten · veröffentlicht vor 2 Stunden"),
    ("head", "Letto in 3 minuti · pubblicato 2 ore fa"),
    ("head", "Czas czytania: 3 min · opublikowano 2 godz. temu"),
    ("head", "Время чтения: 3 мин · опубликовано 2 часа назад"),
    # Blogger's footer with the template's name first (footer)
    ("tail", "Simple theme. Theme images by Petra Halloway. Powered by Blogger."),
    ("tail", "Thème Simple. Images de thèmes de Léa Pontreux."),
    ("tail", "Design: Einfach. Designbilder von Jan Holt. Bereitgestellt von Blogger."),
    ("tail", "Tema Semplice. Immagini dei temi di Elisa Marroni."),
    ("tail", "Motyw Prosty. Obrazy motywu: Ola Brzezińska."),
    ("tail", "Тема «Простая». Автор изображений для темы: Иван Петров."),
    # the comment count quoting the title with "about" and its other wordings (comments)
    ("tail", "12 réflexions au sujet de « Les quais de Brevonnet rouvrent au printemps »"),
    ("tail", "Une réflexion à propos de « Les quais rouvrent »"),
    ("tail", "3 thoughts about “Why the Ferrow Bridge tolls will rise again”"),
    ("tail", "3 Gedanken über „Neue Radwege für Wendelsmoor“"),
    ("tail", "2 pensieri riguardo a “Nuova mensa per la scuola”"),
    # a share row with a button's "tap to" (share)
    ("body", "Tap to share: Telegram · Reddit · Copy link"),
    ("body", "Click to share: Facebook · WhatsApp"),
    # the page archived and no longer updated (notice)
    ("head", "This article is archived and is no longer being updated."),
    ("head", "Cet article est archivé et n’est plus mis à jour."),
    ("head", "Dieser Artikel ist archiviert und wird nicht mehr aktualisiert."),
    ("head", "Questo articolo è archiviato e non viene più aggiornato."),
    ("head", "Ten artykuł jest zarchiwizowany i nie jest już aktualizowany."),
    ("head", "Эта статья находится в архиве и больше не обновляется."),
    # talks and workshops, requests through the writer's contact form (byline)
    ("tail", "Ich halte Vorträge und Workshops zu Stadtentwicklung – Anfragen gern über mein Kontaktformular."),
    ("tail", "I give talks and workshops on urban design – enquiries via my contact form."),
    ("tail", "Je donne des conférences sur le patrimoine – demandes via mon formulaire de contact."),
    ("tail", "Tengo conferenze e workshop sul paesaggio – richieste tramite il mio modulo di contatto."),
    ("tail", "Prowadzę wykłady i warsztaty o historii miasta – zapytania przez mój formularz."),
    ("tail", "Читаю лекции о краеведении — заявки через мою форму на сайте."),
    # follow me on a network and subscribe to my channel (byline)
    ("tail", "Seguimi anche su Instagram e iscriviti al mio canale YouTube per nuovi video ogni settimana!"),
    ("tail", "Follow me on Instagram and subscribe to my YouTube channel for new videos every week!"),
    ("tail", "Suivez-moi sur Instagram et abonnez-vous à ma chaîne YouTube !"),
    ("tail", "Folgt mir auf Instagram und abonniert meinen YouTube-Kanal!"),
    ("tail", "Obserwuj mnie na Instagramie i subskrybuj mój kanał na YouTube!"),
    ("tail", "Подписывайтесь на меня в Instagram и на мой канал в YouTube!"),
])
def test_round_53_placeholders_stamps_footers_counts_notices_and_plugs_go(where, line):
    """Round 53: "##...##" and "{adv:...}" placeholders, a reading time with its publication stamp, Blogger's footer
    with the template first, comment counts "au sujet de" and "about", a "tap to share" row, an archived-page notice,
    a talks plug with requests through the contact form and a follow-me-and-subscribe plug, in the six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "The page was archived and the city stopped paying for the server."),
    ("body", "This article is archived in the national library, which holds every issue since 1921."),
    ("body", "Lu en séance, le rapport a été publié il y a deux jours sur le site de la mairie."),
    ("body", "Theme images by local children decorate the new library wing, the director said."),
    ("body", "Ich halte Vorträge für überflüssig, sagte der Bürgermeister über die Anfragen der Opposition."),
    ("body", "Seguimi, disse il vigile all'autista, e lo accompagnò fino al comando."),
    ("body", "Tap water in the eastern estates met every safety standard in the latest round of tests."),
    ("body", "12 réflexions au sujet de la réforme ont été déposées par les habitants lors de la consultation."),
    ("body", "{name} is replaced by the customer's name in every letter, the firm's lawyer explained."),
    ("body", "My new guide dog, Bess, is out now on her first walks, the owner said, and she loves Amazon boxes."),
    ("tail", "Sein neues Buch wird im Handel kaum beachtet, klagte der Verleger nach der Messe."),
    ("tail", "Book Sam for your next event, the agency told clients, was the slogan of the campaign, the court heard."),
])
def test_round_53_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, header, rows", [
    # round 53: rows of the article's closing list that open with "we" and a verb in the past tense tell what
    # the writers did; the site's "we" of a widget is no cue there
    ("en", "+What we did on Saturday", ["+we collected 30 kg of litter along the path", "+we planted 40 trees by the school",
                                        "+we repaired two benches in the park"]),
    ("en", "+What we did on Saturday", ["+– we collected 30 kg of litter along the path", "+– we planted 40 trees by the school",
                                        "+– we repaired two benches in the park"]),
    ("fr", "+Ce que nous avons fait samedi", ["+nous avons ramassé 30 kg de déchets le long du chemin",
                                              "+nous avons planté 40 arbres près de l'école",
                                              "+nous avons réparé deux bancs dans le parc"]),
    ("it", "+Cosa abbiamo fatto sabato", ["+abbiamo raccolto 30 kg di rifiuti lungo il sentiero",
                                          "+abbiamo piantato 40 alberi vicino alla scuola",
                                          "+abbiamo riparato due panchine nel parco"]),
])
def test_round_53_a_closing_list_of_what_we_did_stays(lang, header, rows):
    case = page_from_blocks("we-rows-53", [
        ["-Menu · Search", "-Sign in", "-5 March 2026, 10:14"],
        ["+Volunteers clean up the river path before spring"],
        ["+Forty volunteers spent Saturday clearing the river path between the mill and the old bridge.",
         "+The group meets on the first Saturday of every month and welcomes newcomers."],
        ["+The council has promised to empty the new bins twice a week from April, officials said.",
         "+The next clean-up is planned for April."],
        [header],
        rows,
        ["-Tags: river, volunteers", "-Previous post · Next post", "-Share this post", "-© 2026 Riverside News"],
    ])
    problems = _problems(case, lang)
    assert not [p for p in problems if p.startswith("lost")], problems


@pytest.mark.parametrize("where, line", [
    ("tail", "We use cookies to improve your experience"),
    ("tail", "We'd love to hear from you"),
])
def test_round_53_the_sites_we_is_still_a_widget_cue(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("lang, block", [
    # round 53: an offer's button (an imperative of joining, ordering or signing up) in a widget's block between
    # the paragraphs goes with the widget
    ("pl", ["-Zamów książkę przez katalog online", "-Zapisz się do newslettera biblioteki"]),
    ("it", ["-{adv:box-centrale-2}", "-Iscrivi la tua squadra alla Coppa di primavera"]),
    ("ru", ["-Запишитесь на пробное занятие бесплатно!", "-[реклама_слот=\"середина\"]"]),
    ("fr", ["-Adhérez au club : licence 2026 disponible en ligne", "-Voir aussi : Calendrier des compétitions"]),
    ("en", ["-Advertisement", "-Book a tour of the new floor"]),
    # a sentence under an ad label is the article's, whatever its first word
    ("en", ["-Advertisement", "+Join the queue early, officials advised on Friday."]),
])
def test_round_53_an_offers_button_in_a_widget_block_between_paragraphs_goes(lang, block):
    case = page_from_blocks("offer-button-53", [
        ["-Menu · Search", "-Sign in", "-5 March 2026, 10:14"],
        ["+The river club suspends white-water trips after heavy rain"],
        ["+The canoe club has suspended all white-water trips on the upper river until the water level falls again.",
         "+Members may still paddle on the lake below the weir, where the current is weak."],
        block,
        ["+The level at the gauge rose by almost a metre in two days, the club's safety officer said on Friday.",
         "+Trips are expected to resume at the end of the month if the weather stays dry."],
        ["-Tags: river, canoe", "-Previous post · Next post", "-Share this post", "-© 2026 River Club"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("where, line", [
    # an originally-published credit with the noun before the participle (marker)
    ("tail", "Articolo pubblicato originariamente su Voce della Valmorra."),
    ("tail", "Post originally published on Harbour Notes."),
    ("tail", "Article publié initialement sur le blog Carnets de Brévaille."),
    ("tail", "Artikel ursprünglich erschienen auf hollerweg.example."),
    ("tail", "Artykuł pierwotnie opublikowany na blogu Notatnik Radnego."),
    ("tail", "Статья первоначально опубликована на сайте «Городской дневник»."),
    # an auto-blog's feed credit under a source label (marker)
    ("tail", "Źródło: materiał automatycznie pobrany z kanału RSS serwisu Kurier Lipnomierski."),
    ("tail", "Source: article imported automatically from the RSS feed of Harbour Notes."),
    ("tail", "Source : article importé automatiquement depuis le flux RSS de L'Écho du Val."),
    ("tail", "Quelle: automatisch importiert aus dem RSS-Feed von Kreisbote Lindenhof."),
    ("tail", "Fonte: articolo importato automaticamente dal feed RSS di Il Taccuino."),
    ("tail", "Источник: материал автоматически импортирован из RSS-ленты «Вестника»."),
    # a platform footer with "при помощи", "с использованием", "à l'aide de" (footer)
    ("tail", "Создано при помощи Ghost"),
    ("tail", "Сайт сделан с использованием Tilda"),
    ("tail", "Site créé à l'aide de Jimdo"),
    # a first-person consulting offer with a call to book a call or session (byline)
    ("tail", "Need help with a council grant application? I offer one-to-one consulting — book a free 20-minute call."),
    ("tail", "Je propose des consultations individuelles : réservez un appel gratuit."),
    ("tail", "Ich biete Beratung für Vereine an – buchen Sie ein kostenloses Erstgespräch."),
    ("tail", "Offro consulenze individuali: prenota una call gratuita."),
    ("tail", "Oferuję konsultacje dla stowarzyszeń – umów bezpłatną rozmowę."),
    ("tail", "Провожу консультации для НКО — запишитесь на бесплатный созвон."),
    # the writer's own course, the sign-up through a link, the bio, the profile or the site (byline)
    ("tail", "Мой онлайн-курс «Городская журналистика» стартует 1 марта — запись по ссылке в профиле."),
    ("tail", "My online course on local reporting starts on 1 March — sign up via the link in my bio."),
    ("tail", "Mon cours en ligne commence le 1er mars – inscriptions via le lien en bio."),
    ("tail", "Mein Online-Kurs startet am 1. März – Anmeldung über den Link im Profil."),
    ("tail", "Il mio corso online parte il 1° marzo: iscrizioni dal link in bio."),
    ("tail", "Mój kurs online rusza 1 marca – zapisy przez link w profilu."),
    # a WordPress comment on one line, the stamp before "said:", a bare like button after the reply (comments)
    ("tail", "Grace Whitlow on February 14, 2026 at 10:12 pm said: The bridge should have been fixed years ago. Reply · Like"),
    ("tail", "Jean le 14 février 2026 à 22 h 12 a dit : Tout à fait d'accord avec vous. Répondre · J'aime"),
    ("tail", "Anna am 14. Februar 2026 um 22:12 sagte: Endlich passiert etwas. Antworten"),
    ("tail", "Luca il 14 febbraio 2026 alle 22:12 ha detto: Era ora. Rispondi"),
    ("tail", "Ola 14 lutego 2026 o 22:12 napisała: Brawo dla radnych. Odpowiedz"),
    ("tail", "Павел 14 февраля 2026 в 22:12 сказал: Наконец-то дождались. Ответить"),
])
def test_round_54_credits_footers_plugs_and_comment_rows_go(where, line):
    """Round 54: an originally-published credit with its noun first, a feed credit under a source label, a platform
    footer "при помощи", a first-person consulting offer with a booking call, the writer's course with the sign-up
    through a link or profile and a one-line comment with the stamp before "said:", in the six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("body", "Hosting the summit cost the city 2 million."),
    ("body", "Articolo per articolo, il consiglio ha votato il regolamento fino a mezzanotte."),
    ("body", "Статья первоначально опубликована на сайте мэрии, а затем удалена, сообщили в администрации."),
    ("body", "Source: the mayor's office said the news feed was cut off on Monday."),
    ("body", "The firm offers consulting; residents can book a call with the planning office."),
    ("body", "My course at the university starts in March — registration closes on Friday, the dean said."),
    ("body", "The mayor on February 14, 2026 said: the bridge will be fixed, and residents should reply by March."),
    ("body", "Создано при помощи волонтёров, кафе на площади работает уже третий год."),
])
def test_round_54_near_miss_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a promotion's slot in brackets (marker)
    ("body", "[promo_parapharmacie]"),
    ("body", "[promocja_dnia]"),
    ("body", "[промо_блок]"),
    # a breadcrumb's label naming the page as the place, anywhere (breadcrumb)
    ("body", "Vous êtes sur la page : Déneigement"),
    ("body", "You are on the page: Snow clearing"),
    ("body", "Sie befinden sich auf der Seite: Winterdienst"),
    ("body", "Ti trovi nella pagina: Notizie"),
    ("body", "Jesteś na stronie: Komunikaty"),
    ("body", "Вы находитесь на странице: Новости"),
    # more from the site's blog (related links)
    ("body", "Mehr aus dem Tourblog: Tag 3 – Ankunft im Regen"),
    ("body", "More from the blog: How we price old books"),
    ("body", "Plus d'articles du blog : Nos conseils d'hiver"),
    ("body", "Altro dal blog: La festa di primavera"),
    ("body", "Więcej z bloga: Dzień otwarty zajezdni"),
    ("body", "Ещё из блога: Поход осенью"),
    # the site's partner or sponsor under its label (advertisement)
    ("body", "Unser Partner: Autohaus Brummer, Wiesenbrack"),
    ("body", "Our sponsor: Brummer Motors"),
    ("body", "Notre partenaire : Garage Dupont"),
    ("body", "Il nostro sponsor: Selleria Brunaldi"),
    ("body", "Nasz partner: Kamieniarstwo Dąbek"),
    ("body", "Наш партнёр: магазин «Высота»"),
])
def test_round_54_slots_breadcrumbs_blog_links_and_partners_go(where, line):
    """Round 54: a promotion's bracketed slot, a "you are on the page" breadcrumb, a more-from-the-blog link and the
    site's partner under its label, between the paragraphs, in the six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "You are here: the council will decide on the new budget next week"),
    ("body", "Sei in ritardo: il treno è partito"),
    ("body", "More from the blog was promised by the mayor."),
    ("body", "Our partner: she said the deal was fair, and the council agreed to it on Monday."),
])
def test_round_54_labels_in_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, block", [
    # round 54: under an ad's label or slot between the paragraphs, a shop's offer (a shop, a sale or a discount named,
    # short, no sentence closed, no finite verb) goes with the ad
    ("ru", ["-Реклама", "-Термосы и горелки со скидкой в магазине «Высота»"]),
    ("ru", ["-Реклама", "-Детская одежда оптом — магазин «Карапуз»"]),
    ("fr", ["-[promo_parapharmacie]", "--20 % sur toute la gamme hiver jusqu'au 28 février"]),
    ("de", ["-Anzeige", "-Gartengeräte zum Sonderpreis im Laden Ebelt"]),
    ("en", ["-Advertisement", "-Winter sale at the club shop"]),
    # a sentence under the ad label stays the article's
    ("en", ["-Advertisement", "+The shop on the corner closed in 2019, the owner said."]),
    # a sign-up or an app's download button beside a widget (round 53's offer buttons, round 54's verbs)
    ("en", ['-[sponsored_product id="1182"]', "-Sign up for our monthly list of new arrivals"]),
    ("fr", ["-À lire aussi : Rhume ou grippe, comment faire la différence ?",
            "-Téléchargez notre application pour renouveler vos ordonnances"]),
    ("it", ["-Pubblicità", "-Scarica la nostra app per le notizie del club"]),
    ("pl", ["-Reklama", "-Pobierz naszą aplikację klubową"]),
    ("ru", ["-Реклама", "-Скачайте наше приложение для участников"]),
])
def test_round_54_a_shops_offer_under_an_ad_between_paragraphs_goes(lang, block):
    case = page_from_blocks("shop-offer-54", [
        ["-Menu · Search", "-Sign in", "-5 March 2026, 10:14"],
        ["+The river club suspends white-water trips after heavy rain"],
        ["+The canoe club has suspended all white-water trips on the upper river until the water level falls again.",
         "+Members may still paddle on the lake below the weir, where the current is weak."],
        block,
        ["+The level at the gauge rose by almost a metre in two days, the club's safety officer said on Friday.",
         "+Trips are expected to resume at the end of the month if the weather stays dry."],
        ["-Tags: river, canoe", "-Previous post · Next post", "-Share this post", "-© 2026 River Club"],
    ])
    assert _problems(case, lang) == []


# --- round 55 -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, count", [
    # a thing and its year after a comma is a row of the article's list, no count (round 55)
    ("Brauvertrag mit Siegel, 1784", False),
    ("Letter to the town council, 1921", False),
    ("Registro dei battesimi, 1702", False),
    ("Akt nadania przywileju, 1650", False),
    ("Письмо городскому голове, 1911", False),
    # counts stay counts
    ("48 Likes", True),
    ("Responses (5)", True),
    ("Archiv 2024", True),
])
def test_round_55_a_dated_row_is_no_count(text, count):
    from spinscope.ingest.page_blocks import _is_count_row
    assert _is_count_row(text) is count


@pytest.mark.parametrize("where, line", [
    # a template tag's ad slot with its name after a colon (marker)
    ("head", "{{ ad_slot: leaderboard_top }}"),
    ("body", "{{ pub: haut_de_page }}"),
    ("body", "{{ werbung_slot: oben }}"),
    ("body", "{{ pubblicita: top }}"),
    ("body", "{{ reklama: gora }}"),
    ("body", "{{ реклама: верх }}"),
    # a bare link to the source, and a feed copy's credit naming RSS alone (source link)
    ("tail", "Link to the source"),
    ("tail", "Lien vers la source"),
    ("tail", "Link zur Quelle"),
    ("tail", "Link alla fonte"),
    ("tail", "Link do źródła"),
    ("tail", "Ссылка на источник"),
    ("tail", "Via RSS übernommen – zum Originalartikel"),
    ("tail", "Imported via RSS – read the original"),
    ("tail", "Repris via RSS – lire l’original"),
    ("tail", "Importato via RSS – leggi l’originale"),
    ("tail", "Pobrane przez RSS – przeczytaj oryginał"),
    ("tail", "Импортировано через RSS — читать оригинал"),
    # a share label with a bare "this" over its networks
    ("body", "Share this: Email · Print · Reddit · Pocket · Tumblr"),
    ("body", "Partager ceci : Facebook · X · E-mail"),
    ("body", "Teile dies: E-Mail · Facebook · WhatsApp"),
    ("body", "Condividi questo: Facebook · WhatsApp · Email"),
    ("body", "Udostępnij to: Facebook · X · E-mail"),
    ("body", "Поделиться этим: Telegram · WhatsApp"),
    # the page's age, its facts out of date after "and"
    ("head", "Heads up: this post is more than two years old and some details may be out of date."),
    ("head", "À noter : cet article a plus de deux ans et certaines informations peuvent être obsolètes."),
    ("head", "Hinweis: Dieser Beitrag ist mehr als zwei Jahre alt und manche Angaben sind nicht mehr aktuell."),
    ("head", "Nota: questo articolo ha più di due anni e alcune informazioni potrebbero non essere aggiornate."),
    ("head", "Uwaga: ten wpis ma ponad dwa lata i niektóre informacje mogą być nieaktualne."),
    ("head", "Внимание: этот материал старше двух лет, и некоторые сведения могли устареть."),
    # WordPress.com's call to make a site (blog footer)
    ("tail", "Create a free website or blog at WordPress.com."),
    ("tail", "Créez un site web ou un blog gratuit sur WordPress.com."),
    ("tail", "Erstelle eine kostenlose Website oder einen Blog auf WordPress.com."),
    ("tail", "Crea un sito o un blog gratuito su WordPress.com."),
    ("tail", "Utwórz darmową stronę internetową lub bloga na WordPress.com."),
    ("tail", "Создайте бесплатный сайт или блог на WordPress.com."),
    # closed comments or discussion
    ("tail", "Discussion closed."),
    ("tail", "Les commentaires sont fermés."),
    ("tail", "Die Kommentarfunktion ist geschlossen."),
    ("tail", "I commenti sono chiusi."),
    ("tail", "Komentarze są zamknięte."),
    ("tail", "Обсуждение закрыто."),
    # the writer's workshops, then a call to write for a quote (self-promotion)
    ("tail", "Organizzo laboratori di scrittura per scuole e aziende: scrivimi per un preventivo."),
    ("tail", "I run writing workshops for schools and firms — write to me for a quote."),
    ("tail", "J’anime des ateliers d’écriture : écrivez-moi pour un devis."),
    ("tail", "Ich gebe Schreibwerkstätten für Schulen – schreiben Sie mir für ein Angebot."),
    ("tail", "Prowadzę warsztaty pisania dla szkół – napisz do mnie po wycenę."),
    ("tail", "Провожу мастер-классы для школ — напишите мне для расчёта стоимости."),
])
def test_round_55_slots_source_links_shares_notices_footers_and_plugs_go(where, line):
    """Round 55: set 56's missed classes, in the six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Found at the scene were two bicycles, police said."),
    ("tail", "Hosting the summit cost the city 2 million."),
    ("body", "Link to the source of the leak was never found, police said."),
    ("body", "Ссылка на источник не помогла следствию."),
    ("body", "Share this view, the mayor told the council."),
    ("body", "Post this week showed a drop in letters, the union said."),
    ("head", "The bridge is more than two years old and some parts may be out of date, engineers said."),
    ("body", "Discussion closed the meeting after two hours, the chairman said."),
    ("body", "Обсуждение закрыто для прессы, сообщили в мэрии."),
    ("tail", "I run the bakery on the square, she said, and prices rose twice this year."),
])
def test_round_55_article_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad's or a sponsor's label and the advertiser, or its offer with a price (advertisement)
    ("body", "Publicité : Boulangerie Ferrandou, partenaire du club"),
    ("body", "Advertisement: Harbour Bikes"),
    ("body", "Anzeige: Autohaus Brummer"),
    ("body", "Anzeige: Brennholz ab 80 € der Raummeter"),
    ("body", "Pubblicità: Selleria Brunaldi"),
    ("body", "Reklama: Kamieniarstwo Dąbek"),
    ("body", "Реклама: натяжные потолки от 299 ₽/м²"),
    ("body", "Спонсор поездки — транспортная компания «Ветрило»"),
    # the back-to-top link in French
    ("tail", "Haut de page"),
    ("tail", "Retour en haut de page"),
    # a play button with a few words naming what it plays
    ("body", "Guarda il video della stagione 2025"),
    ("body", "Watch the video of the season"),
    ("body", "Regarder la vidéo du concert"),
    ("body", "Posłuchaj artykułu w wersji audio"),
    ("body", "Смотрите видео концерта в нашей группе"),
    # a call to support the body with the donation after a colon, and the Polish 1.5% tax appeal
    ("body", "Support the choir: donate via PayPal"),
    ("body", "Soutenir le club : don via HelloAsso"),
    ("body", "Den Verein unterstützen: Spende per PayPal"),
    ("body", "Sostieni il coro: donazione tramite Satispay"),
    ("body", "Wesprzyj zespół: darowizna przez BLIK"),
    ("body", "Поддержать ансамбль: пожертвование через СБП"),
    ("body", "Przekaż 1,5% podatku na nasze stowarzyszenie"),
    # a web agency's credit (blog footer)
    ("tail", "Site réalisé par Agence Colibrisse"),
    ("tail", "Website designed by Harbour Digital"),
    ("tail", "Webseite erstellt von Studio Kranich"),
    ("tail", "Sito realizzato da Webfarm"),
    ("tail", "Strona wykonana przez Pixelbox"),
    ("tail", "Сайт разработан студией «Окно»"),
    ("tail", "Realizacja strony: Pixelbox"),
    # the event's ticket button with the event named (event widget), and the site's call to pay the members' fee (self-promotion)
    ("body", "Buy tickets for the spring concert"),
    ("body", "Acheter des billets pour le concert"),
    ("body", "Tickets kaufen"),
    ("body", "Acquista i biglietti per il concerto"),
    ("body", "Kup bilety na koncert"),
    ("body", "Купить билеты на весенний отчётный концерт"),
    ("body", "Pay your membership fee by 31 March"),
    ("body", "Payez votre cotisation en ligne"),
    ("body", "Zahlen Sie Ihren Mitgliedsbeitrag online"),
    ("body", "Paga la quota associativa entro il 31 marzo"),
    ("body", "Opłać składkę członkowską do 31 marca"),
    ("body", "Оплатите взносы онлайн без комиссии"),
])
def test_round_55_ads_back_to_top_play_buttons_and_donations_go(where, line):
    """Round 55: set 56's page noise between the paragraphs and at the foot, in the languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Sponsored by the council, the race drew 2,000 runners."),
    ("body", "Advertisement revenue fell by 12% last year, the publisher said."),
    ("body", "Watch the video and you will see the goal was offside, the coach said."),
    ("body", "Play the video again, the referee told the assistants."),
    ("body", "Support from donors: the club raised 4,000 euros, the treasurer said."),
    ("body", "Buy tickets early, the organisers urged, as the hall holds only 300."),
    ("body", "Site réalisé par la mairie en 2019, le parc a coûté cher."),
    ("body", "Pay your membership fee was the only rule, she said."),
])
def test_round_55_page_noise_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 56 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # WordPress's like-and-reply row under a comment (comment thread)
    ("tail", "Like Liked by 3 people Reply"),
    ("tail", "J'aime Aimé par 3 personnes Répondre"),
    ("tail", "Gefällt mir Gefällt 3 Personen Antworten"),
    ("tail", "Mi piace Piace a 3 persone Rispondi"),
    ("tail", "Lubię to Polubione przez 3 osoby Odpowiedz"),
    ("tail", "Нравится Понравилось 3 людям Ответить"),
    # an ad plugin's French shortcode (ad marker)
    ("body", '[annonce emplacement="milieu-article"]'),
    ("body", "[encart]"),
    # French WordPress's commenter row, the time spelt "8 h 15 min" (byline)
    ("tail", "Josiane Rabatel dit : 4 mars 2026 à 8 h 15 min"),
    ("tail", "Jean Dupont a écrit : 5 mars 2026 à 21 h 02"),
    # the blog named in quotes as the post's first place, its author after it (site notice)
    ("tail", "Zuerst erschienen im Blog „Feldnotizen“ von Gerwin Haldau."),
    ("tail", "Publié initialement sur le blog « Carnets du Vallon » de Léa Morel."),
    ("tail", "Originally published on the blog “Field Notes” by Jane Hale."),
    ("tail", "Pubblicato originariamente sul blog «Taccuino» di Mario Rossi."),
    ("tail", "Pierwotnie opublikowane na blogu „Notatnik” autorstwa Jana Nowaka."),
    # a question before the coffee plug (self-promotion)
    ("tail", "Dir gefällt, was ich schreibe? Spendier mir einen Kaffee über PayPal."),
    ("tail", "Ce blog vous plaît ? Offrez-moi un café sur Ko-fi."),
    ("tail", "Ti piace il blog? Offrimi un caffè."),
    # Blogger's Russian footer alone (blog footer)
    ("tail", "Технологии Blogger."),
])
def test_round_56_feed_credits_comment_rows_plugs_and_footers_go(where, line):
    """Round 56: set 57's missed lines as classes, in the languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the members' fee as a label with its price (self-promotion)
    ("body", "Adhésion 2026 : 15 € par famille"),
    ("body", "Membership 2026: £15 per family"),
    ("body", "Mitgliedsbeitrag 2026: 24 € im Jahr"),
    ("body", "Tesseramento 2026: 10 euro, anche al bar del circolo"),
    ("body", "Składka klubowa na 2026 rok: 60 zł"),
    ("body", "Членский взнос на 2026 год — 1200 ₽"),
    # a call to become a member
    ("body", "Jetzt Mitglied werden im Förderverein"),
    ("body", "Devenez membre de l'association"),
    ("body", "Diventa socio del circolo"),
    ("body", "Zostań członkiem klubu"),
    ("body", "Станьте членом клуба"),
    # a call to join the club's channel on a chat or sports app
    ("body", "Join the training group on Strava"),
    ("body", "Rejoignez-nous sur Discord"),
    ("body", "Unisciti al nostro gruppo su Telegram"),
    ("body", "Dołącz do naszego kanału na Discordzie"),
    ("body", "Присоединяйтесь к нашему чату в Telegram"),
    # the call for volunteers as a label
    ("body", "Volunteer marshals wanted: free T-shirt and lunch"),
    ("body", "Bénévoles recherchés pour la fête"),
    ("body", "Helfer gesucht!"),
    ("body", "Cercasi volontari"),
    ("body", "Szukamy wolontariuszy"),
    ("body", "Нужны волонтёры"),
    # gift vouchers on sale
    ("body", "Подарочные сертификаты в продаже"),
    ("body", "Gift vouchers available at the desk"),
    ("body", "Bons cadeaux en vente à l'accueil"),
    ("body", "Buoni regalo disponibili"),
    ("body", "Bony podarunkowe w sprzedaży"),
    # the club's wish list, the donate button to the body, an app for what it gives, an office's ad
    ("body", "Wunschliste: Katzenfutter ohne Soße, Küchenrolle, Heizmatten"),
    ("body", "Wish list: cat food, kitchen roll, heat mats"),
    ("body", "Faire un don à l'association"),
    ("body", "Download the festival app for live flying times"),
    ("body", "Реклама: массажный кабинет «Ладонь», запись по телефону"),
    # the next practice or the regular evening as a label with its weekday and hour
    ("body", "Prochaine répétition : jeudi 20 h, au clocher"),
    ("body", "Spieleabend für Erwachsene: jeden ersten Freitag, 19 Uhr"),
    ("body", "Next practice: Thursday 8 pm, at the tower"),
    ("body", "Prossima prova: giovedì alle 21"),
    ("body", "Następna próba: czwartek, 20:00"),
    ("body", "Следующая репетиция: четверг, 19:00"),
])
def test_round_56_club_chrome_between_paragraphs_goes(where, line):
    """Round 56: set 57's club and association chrome between the paragraphs, in the languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Support for the plan grew after the vote."),
    ("body", "Membership rose to 400 after the fee was cut to 15 euros."),
    ("body", "Join us, the mayor told the volunteers, and the square will be ready by May."),
    ("body", "Membership fee: the board raised it to 15 euros after a long debate."),
    ("body", "Volunteers needed more time to clear the square, the mayor said."),
    ("body", "Gift vouchers on sale at the town hall raised 300 euros for the restoration of the well."),
    ("body", "Like many people, she replied to every letter the council sent."),
    ("body", "Cet article a été publié initialement en 2019, puis la mairie l'a retiré."),
    ("body", "Wer Mitglied werden will, zahlt künftig 20 Euro im Jahr, sagte der Kassenwart."),
    ("body", "Il a rejoint le club sur les conseils d'un ami, sans passer par Discord."),
    ("body", "Технологии Google помогли найти пропавшую собаку, рассказал волонтёр."),
    ("body", "Next practice: Thursday, the coach said, will be the last before the final."),
    ("body", "Prochaine répétition : le chef a choisi Bach pour le concert de Pâques."),
])
def test_round_56_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 57 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # the comment shown only after a moderator has checked it
    ("tail", "Your comment will appear after moderation."),
    ("tail", "Votre commentaire sera visible après validation par un modérateur."),
    ("tail", "Votre commentaire apparaîtra après modération."),
    ("tail", "Dein Kommentar wird nach Freigabe durch einen Moderator sichtbar."),
    ("tail", "Il tuo commento sarà visibile dopo l'approvazione del moderatore."),
    ("tail", "Komentarz pojawi się po zatwierdzeniu przez moderatora."),
    ("tail", "Комментарий появится после проверки модератором."),
    # a site builder's advert of itself in a free site's footer
    ("tail", "Free website builder — Webnode"),
    ("tail", "Créateur de site gratuit – Webnode"),
    ("tail", "Kostenloser Homepage-Baukasten – Jimdo"),
    ("tail", "Crea il tuo sito gratis – Altervista"),
    ("tail", "Darmowy kreator stron – WebWave"),
    ("tail", "Бесплатный конструктор сайтов — uCoz"),
    ("tail", "uCoz — конструктор сайтов"),
    # the author's bio with the call to book the author for talks
    ("tail", "Tessa Brannock is a freelance writer from the Ouse valley. Book her for talks at tessabrannock.example/talks."),
    ("tail", "Léa Pontreux est journaliste indépendante dans le Causse. Invitez-la pour une conférence : leapontreux.example."),
    ("tail", "Anna Berg ist freie Autorin aus dem Allgäu. Buchen Sie sie für Lesungen und Vorträge über annaberg.example."),
    ("tail", "Marta Serini è giornalista freelance in Valdorna. Invitatela per un incontro o una conferenza: martaserini.example."),
    ("tail", "Ola Brzezińska jest niezależną dziennikarką z Mazur. Zaproś ją na wykład lub warsztaty: olabrzezinska.example."),
    ("tail", "Ольга Смирнова — независимый журналист из Твери. Пригласите её на лекцию: olgasmirnova.example."),
])
def test_round_57_moderation_builder_ads_and_booking_bios_go(where, line):
    """Round 57: set 59's missed lines as classes, in the languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a sponsor named after "sponsored by", its offer after a dash
    ("body", "Sponsored by Harrowgate Hosting — rack space from £9 a month"),
    ("body", "Sponsorisé par Vélos Marceau – -10 % pour les membres"),
    ("body", "Gesponsert von Sport Bräuning – Schläger ab 29 €"),
    ("body", "Sponsorizzato da Palestra Orsini – prima lezione gratis"),
    ("body", "При поддержке «Кофейня у моста» — скидка 10 % по купону"),
    # links to the page's sections under a jump label
    ("body", "Jump to: Results · Write-ups · Photos"),
    ("body", "Aller à : Résultats · Photos · Vidéos"),
    ("body", "Springe zu: Ergebnisse · Tabelle · Fotos"),
    ("body", "Vai a: Risultati · Foto"),
    ("body", "Przejdź do: Wyniki · Zdjęcia"),
    ("body", "Перейти к: Итоги · Фото"),
    # the members' fee, a card or a pass with its prices
    ("body", "Membership: £20/month, £10 concessions — join here"),
    ("body", "Adhésion 2027 : 15 € par personne, 22 € par famille"),
    ("body", "Carte d'adhérent : 20 € pour dix séances"),
    ("body", "Składka członkowska: 60 zł rocznie"),
    ("body", "Pass tre giorni: 25 euro, ridotto 15 euro"),
    ("body", "Weekend pass: £40, children £15"),
    ("body", "Абонемент на три дня — 1500 ₽"),
    # the site's merchandise in its shop
    ("body", "Buy a club hoodie in our shop"),
    ("body", "Achetez le tee-shirt du club dans notre boutique"),
    ("body", "Hol dir das Vereinstrikot in unserem Shop"),
    ("body", "Acquista la maglietta del festival nel nostro shop"),
    ("body", "Kup klubową koszulkę w naszym sklepie"),
    ("body", "Купите футболку клуба в нашем магазине"),
    # the call to apply
    ("body", "Ausbildungsplatz gesucht? Jetzt bewerben!"),
    ("body", "Looking for an apprenticeship? Apply now!"),
    ("body", "Vous cherchez un apprentissage ? Postulez dès maintenant !"),
    ("body", "Cerchi un posto da apprendista? Candidati ora!"),
    ("body", "Szukasz praktyk? Aplikuj teraz!"),
    ("body", "Ищете стажировку? Откликнитесь сейчас!"),
    # a taster session with its weekday and hour
    ("body", "Schnuppertraining für Kinder: dienstags ab 17 Uhr"),
    ("body", "Taster session for beginners: Mondays from 6 pm"),
    ("body", "Séance d'essai : mercredi à 18 h"),
    ("body", "Lezione di prova: lunedì alle 18"),
    ("body", "Trening próbny dla dzieci: wtorek, 17:00"),
    ("body", "Пробное занятие: вторник, 18:00"),
    # a download with the file's type named
    ("body", "Tabelle als PDF herunterladen"),
    ("body", "Download the table as PDF"),
    ("body", "Télécharger le tableau en PDF"),
    ("body", "Scarica la classifica in PDF"),
    ("body", "Pobierz tabelę w PDF"),
    ("body", "Скачать таблицу в PDF"),
    # the 5x1000 appeal (the Polish 1.5% is round 55's)
    ("body", "Sostieni l'associazione con il tuo 5x1000"),
    ("body", "Dona il tuo 5 per mille all'associazione"),
    # a rental scheme's free minutes
    ("body", "Pierwsze 20 minut każdego przejazdu gratis"),
    ("body", "First 30 minutes of every ride free"),
    ("body", "Les 30 premières minutes gratuites"),
    ("body", "Die ersten 30 Minuten jeder Fahrt gratis"),
    ("body", "I primi 30 minuti di ogni corsa gratis"),
    ("body", "Первые 20 минут каждой поездки бесплатно"),
    # a call to see the price list
    ("body", "Sprawdź cennik abonamentów"),
    ("body", "See our prices"),
    ("body", "Voir nos tarifs"),
    ("body", "Scopri le tariffe"),
    ("body", "Посмотреть тарифы"),
    # the link to place a classified ad
    ("body", "Подать объявление бесплатно"),
    ("body", "Place a free ad"),
    ("body", "Déposer une annonce gratuite"),
    ("body", "Kostenlos Kleinanzeige aufgeben"),
    ("body", "Inserisci un annuncio gratis"),
    ("body", "Dodaj ogłoszenie za darmo"),
    # volunteers wanted with a skill
    ("body", "Нужны волонтёры со знанием дари и пушту"),
    ("body", "Volunteers who speak Dari or Pashto wanted"),
    ("body", "Bénévoles parlant arabe recherchés"),
    ("body", "Cercasi volontari che parlino arabo"),
    ("body", "Szukamy wolontariuszy ze znajomością arabskiego"),
])
def test_round_57_offers_and_calls_between_paragraphs_go(where, line):
    """Round 57: set 59's page chrome between the paragraphs, as classes in the languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("label, copy", [
    ("Annonce", "Pizzeria Da Marcello : une boisson offerte sur présentation du billet"),
    ("Spazio pubblicitario", "Crocchette Valfiore: nutrizione per cani da lavoro"),
    ("Реклама", "Курсы немецкого «Лингва Плюс» — первое занятие бесплатно"),
])
def test_round_57_ad_copy_under_a_slot_label_goes(label, copy):
    """Round 57: an ad's copy under its label alone in a block of two, the label without an ad word or the copy
    with a brand's name in quotes."""
    case = NoisyCase("ad-slot", "\n\n".join([
        "The village hall reopened on Saturday after a year of repairs to its roof and its heating.",
        label + "\n" + copy,
        "More than two hundred people came to the opening, and the choir sang on the new stage.",
    ]) + "\n", ("The village hall reopened on Saturday after a year of repairs to its roof and its heating.",
                "More than two hundred people came to the opening, and the choir sang on the new stage."),
        (label, copy))
    assert _problems(case, "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Комментарий главы района появится после проверки юристами, сообщили в администрации."),
    ("tail", "Your comment will appear in the printed edition after the holidays, the editor promised."),
    ("tail", "Ваш комментарий появится после проверки, заверил глава района журналистов."),
    ("body", "Бесплатный конструктор сайтов uCoz закрывается после двадцати лет работы, сообщила компания."),
    ("body", "A free website builder — Wix, in this case — cost the club nothing, said the treasurer."),
    ("body", "The council will hire him for consulting on the bypass, the clerk confirmed in a letter to residents."),
    ("body", "Book clubs in the valley invited her for talks about the flood, and she spoke at nine of them last winter."),
    ("body", "Sponsored by the council — the fair drew 3,000 visitors and raised £9,000 for the hospice."),
    ("body", "Membership: the board raised it to £20 a month after a long debate."),
    ("body", "Adhésion : le bureau a voté une hausse à 15 € par personne."),
    ("body", "The pass: 25 euros, the mayor said, is too much for families with three children."),
    ("body", "Buy-back of the depot in our town was approved by six votes to four."),
    ("body", "Jetzt bewerben sich mehr Frauen als Männer um die Ausbildungsplätze der Innung."),
    ("body", "Apply now, the mayor urged the families who had not yet asked for the grant."),
    ("body", "Il comune ha ricevuto 12.000 euro dal 5x1000 dei contribuenti, ha detto il sindaco."),
    ("body", "The first 30 minutes of every ride were free until the operator changed its tariff in May."),
    ("body", "See our prices rise again, the shopkeepers warned in a letter to the council."),
    ("body", "Подать объявление бесплатно жители смогут только до конца месяца, сообщили в редакции."),
    ("body", "Нужны волонтёры со знанием дари и пушту, говорит координатор линии, но откликаются немногие."),
    ("body", "Die Tabelle als PDF herunterladen konnten die Mitglieder schon am Sonntag, sagte der Pressewart."),
    ("body", "Schnuppertraining für Kinder: Der Verein bietet es seit 2019 an, sagt der Trainer."),
    ("body", "Jump to: that is what the coach shouted, and the whole team leapt at once."),
])
def test_round_57_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 58 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # a feed's credit, the post retrieved from the RSS feed
    ("tail", "Content retrieved from the publisher's RSS feed; all rights belong to the original author."),
    ("tail", "Contenu récupéré depuis le flux RSS de l'éditeur."),
    ("tail", "Inhalt aus dem RSS-Feed des Verlags übernommen."),
    ("tail", "Contenuto prelevato dal feed RSS dell'editore."),
    ("tail", "Treść pobrana z kanału RSS wydawcy."),
    ("tail", "Материал получен из RSS-ленты издателя."),
    # a piece generated automatically from a press release
    ("head", "Articolo generato automaticamente dal comunicato stampa dell'ente."),
    ("head", "Article généré automatiquement à partir du communiqué de la mairie."),
    ("head", "Artikel automatisch erstellt aus der Pressemitteilung der Gemeinde."),
    ("head", "Статья сгенерирована автоматически из пресс-релиза администрации."),
    ("head", "Article generated automatically from the council's press release."),
    ("head", "Artykuł wygenerowany automatycznie na podstawie komunikatu prasowego gminy."),
    # a content farm's taken-from-open-sources note
    ("tail", "Статья взята из открытых источников и размещена в ознакомительных целях."),
    ("tail", "Материал взят из открытых источников сети Интернет."),
    ("tail", "Article taken from open sources and published for information purposes only."),
    ("tail", "Article tiré de sources ouvertes, publié à titre informatif."),
    ("tail", "Artikel aus offenen Quellen übernommen, zu Informationszwecken veröffentlicht."),
    ("tail", "Articolo tratto da fonti aperte e pubblicato a scopo informativo."),
    ("tail", "Artykuł pochodzi z otwartych źródeł i został opublikowany w celach informacyjnych."),
    # WordPress's like counter in words
    ("tail", "One blogger likes this."),
    ("tail", "Un blogueur aime cette page."),
    ("tail", "Ein Blogger gefällt das."),
    ("tail", "Piace a un blogger"),
    ("tail", "Jeden bloger lubi to."),
    ("tail", "Одному блогеру нравится это."),
    # a free ticket or a trip disclosed under its label, wherever it stands
    ("head", "Disclosure: the author received a free review ticket from the organisers."),
    ("head", "Transparence : l'auteur a reçu un billet gratuit des organisateurs."),
    ("head", "Transparenzhinweis: Der Autor erhielt eine Freikarte vom Veranstalter."),
    ("head", "Trasparenza: l'autore ha ricevuto un biglietto omaggio dagli organizzatori."),
    ("head", "Ujawnienie: autor otrzymał bezpłatny bilet od organizatorów."),
    ("head", "Раскрытие информации: автор получил бесплатный билет от организаторов."),
    ("tail", "The author received a free review copy from the publisher."),
    ("body", "Disclosure: the writer travelled as a guest of Visit Lakeland."),
    # a book plug after a short question, or in every bookshop
    ("tail", "Envie d'aller plus loin ? Mon livre « Les Chemins de la Vieille Craie » est disponible en librairie."),
    ("tail", "Il mio nuovo libro «Il sale di Pontegriso» è in tutte le librerie: scopri le date delle presentazioni."),
    ("tail", "Vuoi saperne di più? Il mio libro «Le vie del sale» è disponibile in libreria."),
    ("tail", "Lust auf mehr? Mein Buch „Die Salzstraße“ ist jetzt im Handel erhältlich."),
    ("tail", "Chcesz wiedzieć więcej? Moja książka „Szlak soli” jest dostępna w księgarniach."),
    ("tail", "Хотите узнать больше? Моя книга «Соляной путь» уже в продаже."),
    ("tail", "Want to dig deeper? My book The Salt Road Ledgers is available wherever books are sold."),
    # a first-person training or consulting plug pointing at the writer's site
    ("tail", "Prowadzę szkolenia i konsultacje z fotografii krajobrazu – szczegóły na mojej stronie."),
    ("tail", "I run landscape photography workshops and consulting – details on my website."),
    ("tail", "Je propose des formations en photographie de paysage : détails sur mon site."),
    ("tail", "Ich biete Workshops zur Landschaftsfotografie an – Details auf meiner Website."),
    ("tail", "Tengo corsi e consulenze di fotografia di paesaggio: dettagli sul mio sito."),
    ("tail", "Провожу тренинги и консультации по пейзажной съёмке — подробности на моём сайте."),
])
def test_round_58_feed_credits_likes_disclosures_and_plugs_go(where, line):
    """Round 58: set 58's missed lines as classes in the languages: a post retrieved from a feed, generated from a press
    release or taken from open sources, WordPress's like count in words, a free ticket or a trip disclosed under its
    label wherever it stands, a book plug after a short question, a first-person training plug."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The app retrieves news from RSS feeds and shows them to readers in a single list, the developer said."),
    ("body", "Данные взяты из открытых источников министерства и проверены нашими журналистами."),
    ("body", "Статья расходов на ремонт взята из открытых источников бюджета района, пояснил депутат."),
    ("body", "The article, taken from open sources, was later shown to be false, the court heard on Tuesday."),
    ("body", "The press release was generated automatically from the council's calendar, which explains the wrong date."),
    ("body", "One blogger likes this idea so much that she wrote three posts about it last week."),
    ("body", "The organisers gave free tickets to every school in the district, and 400 pupils came."),
    ("body", "Disclosure of the contract terms was demanded by the opposition, which got a free ticket to the hearing."),
    ("body", "Pourquoi ce titre ? « Mon livre est disponible depuis dix ans », répond l'auteure en souriant."),
    ("body", "Nelle librerie della provincia il mio nuovo libro preferito è esaurito da mesi, racconta la bibliotecaria."),
    ("body", "Prowadzę szkolenia dla strażaków od dwudziestu lat – mówi komendant powiatowy."),
    ("body", "I run training courses for nurses at the hospital, she said, and they fill up within a day."),
])
def test_round_58_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Banner pubblicitario'),
    ("body", 'Advertising banner'),
    ("body", 'Werbebanner'),
    ("body", 'Рекламный баннер'),
    ("body", 'Gift vouchers for driver experience days now on sale'),
    ("body", "Bons cadeaux pour les baptêmes de l'air en vente à l'accueil"),
    ("body", 'Gutscheine als Geschenk – jetzt bestellen'),
    ("body", 'Gift vouchers – order now'),
    ("body", 'Bons cadeaux : commandez en ligne'),
    ("body", 'Buoni regalo: ordina ora'),
    ("body", 'Bony podarunkowe – zamów online'),
    ("body", 'Подарочные сертификаты — закажите онлайн'),
    ("body", 'Devenez bénévole : deux heures par semaine suffisent'),
    ("body", 'Become a volunteer: two hours a week is enough'),
    ("body", 'Diventa volontario: bastano due ore a settimana'),
    ("body", 'Zostań wolontariuszem: wystarczą dwie godziny w tygodniu'),
    ("body", 'Turmwache werden: Wir suchen Freiwillige für Wochenenddienste'),
    ("body", "Become a lookout: we're looking for volunteers for weekend shifts"),
    ("body", 'Diventa vedetta: cerchiamo volontari per i fine settimana'),
    ("body", 'Стань арбитром: набор на курсы открыт до 15 мая'),
    ("body", 'Become a referee: enrolment for the course is open until 15 May'),
    ("body", "Devenez arbitre : inscriptions ouvertes jusqu'au 15 mai"),
    ("body", 'Zostań sędzią: nabór na kurs trwa do 15 maja'),
    ("body", 'Initiation gratuite le jeudi soir : venez découvrir le bridge'),
    ("body", "Free beginners' session on Thursday evenings: come and try bridge"),
    ("body", 'Lezione gratuita il giovedì sera: vieni a provare'),
    ("body", 'Бесплатное занятие в четверг вечером: приходите попробовать'),
    ("body", 'Junior nets: Tuesdays and Thursdays, 6pm — all welcome'),
    ("body", 'Jugendtraining: Dienstag und Donnerstag, 18 Uhr – alle willkommen'),
    ("body", 'Allenamento giovani: martedì e giovedì, ore 18 — tutti benvenuti'),
    ("body", 'Trening juniorów: wtorek i czwartek, 18:00 – wszyscy mile widziani'),
    ("body", 'Book the pavilion for your party: call the bar manager'),
    ("body", 'Réservez la salle pour vos fêtes : appelez le gérant'),
    ("body", 'Prenota la sala per la tua festa: chiama il gestore'),
    ("body", 'Забронируйте зал для праздника: звоните администратору'),
    ("body", 'Jetzt im Shop: die neue Serie „Moorblau“'),
    ("body", 'Now in the shop: the new Heather Blue series'),
    ("body", 'Nowość w sklepie: kolekcja „Wrzos”'),
    ("body", 'Kurse buchen: Glasperlen-Wochenende ab 149 €'),
    ("body", 'Book a course: bead-making weekend from £129'),
    ("body", 'Prenota un corso: weekend di perle da 149 euro'),
    ("body", 'Installa una stazione e entra nella rete: ecco come fare'),
    ("body", "Install a station and join the network: here's how"),
    ("body", 'Rejoignez le réseau : voici comment'),
    ("body", 'Присоединяйтесь к сети: вот как'),
    ("body", 'Match ball sponsor: The Plough Inn, Marrowfield'),
    ("body", 'Sponsor du ballon du match : Garage Dupont'),
    ("body", 'Spielballsponsor: Autohaus Brummer'),
    ("body", 'Sponsor piłki meczowej: Kamieniarstwo Dąbek'),
    ("body", 'Спонсор матча: магазин «Высота»'),
    ("body", 'Teas this week kindly provided by the Hendry family'),
    ("body", 'Goûter offert par la famille Morel'),
    ("body", 'Kuchen heute gespendet von Familie Brummer'),
    ("body", 'Merenda offerta dalla famiglia Brunaldi'),
    ("body", 'Телефон отдела ЗАГС: 8 (000) 000-00-00'),
    ("body", 'Phone of the registry office: 01234 567890'),
    ("body", 'Téléphone du secrétariat : 01 23 45 67 89'),
    ("body", 'Telefon des Standesamts: 030 1234567'),
    ("body", "Telefono dell'ufficio: 0432 123456"),
    ("body", 'Telefon urzędu: 22 123 45 67'),
])
def test_round_58_club_chrome_between_paragraphs_goes(where, line):
    """Round 58: set 58's page chrome between the paragraphs, as classes in the languages: an ad banner's label, gift
    vouchers for something or with a call to order, a call to become a volunteer or a recruited role with the recruiting or
    the enrolment after a colon, a free beginners' evening on a weekday, a club's nets or junior practice on one or two
    weekdays, the hall to book for a party with a call to ring, new in the shop, a course to book with its price, a call to
    join the network with a how-to, a match's ball sponsor and the teas provided by a family, an office's phone alone."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Banner pubblicitari abusivi sono stati rimossi dal comune lungo la statale, ha detto il sindaco.'),
    ("body", 'Gift vouchers for the spa were on sale at half price until the owner changed his mind in May.'),
    ("body", "Devenez bénévole, a lancé le maire aux jeunes du quartier lors de l'assemblée générale."),
    ("body", 'Turmwache werden wollte er schon als Kind, sagt der 70-Jährige, der seit 1981 dabei ist.'),
    ("body", 'Стань арбитром, сказал ему отец, и через год он впервые вышел на поле в юношеской лиге.'),
    ("body", 'Initiation gratuite le jeudi soir ou payante le samedi, le club a longtemps hésité avant de choisir.'),
    ("body", 'Junior nets on Tuesdays were cancelled twice this season because of rain, the coach said.'),
    ("body", 'Book the pavilion for your party, the treasurer joked, and you will pay for the new roof.'),
    ("body", 'Now in the shop for thirty years, the owner says she has never seen prices rise so fast.'),
    ("body", 'Kurse buchen inzwischen mehr Männer als Frauen, der Preis liegt ab 149 € für ein Wochenende.'),
    ("body", 'Join the network, the organisers told stations in the valley, and the data will be shared freely.'),
    ("body", 'Match sponsor: the board said the deal with the brewery would not be renewed next season.'),
    ("body", 'Teas this week were provided by the Hendry family, who also paid for the new sight screens.'),
    ("body", 'Phone: 3 of the 12 lines at the call centre were down for most of the morning, the company said.'),
    ("body", 'Телефон доверия: звонки принимаются круглосуточно, напомнили в администрации района.'),
])
def test_round_58_club_chrome_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Opłata startowa: 25 zł, płatna przelewem do 15 kwietnia'),
    ("body", 'Entry fee: £8, payable online by 15 April'),
    ("body", "Frais d'inscription : 10 €, payables sur place"),
    ("body", 'Startgeld: 12 €, zahlbar bis 15. April'),
    ("body", 'Quota di iscrizione: 10 euro, da versare entro il 15 aprile'),
    ("body", 'Стартовый взнос: 500 ₽, оплата до 15 апреля'),
])
def test_round_58_an_entry_fee_with_how_to_pay_goes(where, line):
    """Round 58: a race's entry fee under its label, its price and how or by when to pay it after a comma."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Entry fee: the club kept it at £8 for the third year, despite the rising cost of maps.'),
    ("body", 'Opłata startowa wzrosła do 25 zł, bo klub musi płacić za mapy i pomiar czasu, tłumaczy prezes.'),
])
def test_round_58_entry_fee_sentences_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 59 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    ('tail', "Cet article est issu du blog Les Carnets de Grisemont et reproduit avec l'autorisation de son auteur."),
    ('tail', "This article is taken from the blog Harbour Notes and reproduced with the author's permission."),
    ('tail', 'Dieser Beitrag stammt aus dem Blog Feldnotizen und wird mit freundlicher Genehmigung des Autors veröffentlicht.'),
    ('tail', "Questo articolo è tratto dal blog Voce di Valle ed è riprodotto con il permesso dell'autore."),
    ('tail', 'Artykuł pochodzi z bloga Notatnik i jest publikowany za zgodą autora.'),
    ('tail', 'Статья взята из блога «Записки» и публикуется с разрешения автора.'),
    ('tail', 'Mit freundlicher Genehmigung übernommen von Heidelmoor Online.'),
    ('tail', 'With kind permission, reprinted from Harbour Notes.'),
    ('tail', "Avec l'aimable autorisation de l'auteur, reproduit de Carnets du Vallon."),
    ('tail', 'Per gentile concessione, ripreso da Voce di Valle.'),
    ('tail', 'Za zgodą autora przedrukowano z portalu Notatnik.'),
    ('tail', 'С разрешения автора перепечатано с сайта «Записки».'),
    ('tail', 'Giornalista freelance, scrive di ambiente e territorio. Seguimi su Instagram: @martafioravanti'),
    ('tail', 'Freelance journalist, writes about farming and rural life. Follow me on Instagram: @jo_hale'),
    ('tail', "Journaliste indépendante, écrit sur l'agriculture. Suivez-moi sur Instagram : @claire_v"),
    ('tail', 'Freie Journalistin, schreibt über Landwirtschaft. Folgt mir auf Instagram: @lena_k'),
    ('tail', 'Dziennikarka niezależna, pisze o przyrodzie. Obserwuj mnie na Instagramie: @ania_n'),
    ('tail', 'Журналист-фрилансер, пишет об экологии. Подписывайтесь на меня в Instagram: @anna_b'),
    ('tail', 'Zapraszam na moje warsztaty i konsultacje — szczegóły na stronie autorki.'),
    ('tail', "I invite you to my workshops — details on the author's website."),
    ('tail', "Je vous invite à mes ateliers : détails sur le site de l'autrice."),
    ('tail', 'Ich lade Sie zu meinen Workshops ein – Details auf meiner Website.'),
    ('tail', "Vi invito ai miei corsi: dettagli sul sito dell'autrice."),
    ('tail', 'Приглашаю на мои тренинги — подробности на сайте автора.'),
    ('head', 'Время прочтения — около 4 минут'),
    ('head', 'Time to read — about 4 minutes'),
    ('head', 'Durée de lecture : environ 4 minutes'),
    ('head', 'Tempo di lettura: circa 4 minuti'),
    ('head', 'Czas czytania: około 4 minut'),
    ('head', 'Lesezeit: ungefähr 4 Minuten'),
])
def test_round_59_credits_bios_plugs_and_reading_times_go(where, line):
    """Round 59: a piece taken from a blog or site and reproduced with its author's permission, the permission first with
    the participle and where from after it, a bio opening with the trade and the beat and closing with a follow-me and a
    handle, the writer inviting to their own workshops with the details on their (or the author's) site, and a reading
    time with an estimate's adverb ("около", "about", "environ", "circa", "około", "ungefähr")."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ('tail', 'Mit freundlicher Genehmigung der Familie veröffentlicht die Zeitung den Brief.'),
    ('tail', 'Mit freundlicher Genehmigung der Stadt wurde das Fest um einen Tag verlängert.'),
    ('tail', 'With permission from the council, the fair was reprinted on posters across the county.'),
    ('tail', 'The article is taken from the report and the mayor agreed with the permission of the board.'),
    ('tail', "Giornalista freelance, scrive di ambiente da vent'anni e ha vinto il premio. Il sindaco l'ha ringraziata."),
    ('tail', 'Zapraszam na warsztaty w bibliotece, mówiła autorka książki podczas spotkania z czytelnikami.'),
    ('tail', 'The council runs workshops for residents; details are on its website, a spokesman said.'),
    ('body', 'около 4 минут'),
])
def test_round_59_credit_bio_plug_and_reading_time_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Стать волонтёром: заполните анкету'),
    ("body", 'Devenir exposant : téléchargez le dossier de candidature'),
    ("body", 'Become a stallholder: download the application form'),
    ("body", 'Freiwilliger werden: Formular ausfüllen'),
    ("body", 'Diventare volontario: compila il modulo'),
    ("body", 'Zostać wolontariuszem: wypełnij formularz'),
    ("body", 'Zgłoś miejsce do nasadzeń w przyszłym roku – formularz online'),
    ("body", 'Suggest a planting spot for next year – online form'),
    ("body", 'Proposez un lieu de plantation – formulaire en ligne'),
    ("body", 'Pflanzort vorschlagen – Online-Formular'),
    ("body", 'Segnala un luogo per la piantumazione – modulo online'),
    ("body", 'Предложите место для посадки — онлайн-форма'),
    ("body", 'Поддержать дорогу рублём — реквизиты для перевода'),
    ("body", 'Support the railway — bank details for donations'),
    ("body", "Soutenir l'association : coordonnées bancaires"),
    ("body", 'Den Verein unterstützen – Bankverbindung'),
    ("body", 'Sostieni il museo: coordinate bancarie'),
    ("body", 'Wesprzyj kolej – dane do przelewu'),
    ("body", 'Could you be one of us? Recruitment evenings every first Tuesday'),
    ("body", 'Chcesz robić radio? Rekrutacja do redakcji trwa do 15 grudnia'),
    ("body", "Recrutement : soirées d'information chaque premier mardi"),
    ("body", "Vous voulez nous rejoindre ? Recrutement jusqu'au 15 décembre"),
    ("body", 'Lust mitzumachen? Bewerbung bis 15. Dezember'),
    ("body", 'Vuoi fare radio? Selezioni aperte fino al 15 dicembre'),
    ("body", 'Хочешь делать радио? Набор в редакцию до 15 декабря'),
    ("body", 'Приглашаем в хор новых участников — звоните 8 (000) 000-00-00'),
    ("body", 'New members welcome — call 01234 567890'),
    ("body", 'Nouveaux membres bienvenus : appelez le 01 23 45 67 89'),
    ("body", 'Neue Mitglieder willkommen – Tel. 030 1234567'),
    ("body", 'Cerchiamo nuovi coristi: chiamate il 0432 123456'),
    ("body", 'Zapraszamy nowych członków – dzwoń: 22 123 45 67'),
    ("body", 'Season tickets for 2027 now on sale — click here'),
    ("body", 'Abonnements 2027 en vente — cliquez ici'),
    ("body", 'Dauerkarten für 2027 jetzt erhältlich – hier klicken'),
    ("body", 'Abbonamenti 2027 in vendita — clicca qui'),
    ("body", 'Karnety na sezon 2027 w sprzedaży – kliknij tutaj'),
    ("body", 'Абонементы на 2027 год в продаже — жмите здесь'),
    ("body", 'Watch the highlights on our YouTube channel'),
    ("body", 'Наш канал на YouTube'),
    ("body", 'Regardez le résumé sur notre chaîne YouTube'),
    ("body", 'Die Highlights auf unserem YouTube-Kanal'),
    ("body", 'Guarda gli highlights sul nostro canale YouTube'),
    ("body", 'Obejrzyj skrót na naszym kanale YouTube'),
    ("body", 'Official club shirts — order yours from the online shop'),
    ("body", 'Maillots officiels — commandez le vôtre sur la boutique en ligne'),
    ("body", 'Интернет-магазин дороги: кружки, значки и календари на 2027 год'),
    ("body", 'Online shop: mugs, badges and 2027 calendars'),
    ("body", 'Mieli del Colle – acquista online il miele di castagno'),
    ("body", 'Hillside Honey – buy our heather honey online'),
    ("body", 'Réservez votre table pour les soirées concerts'),
    ("body", 'Book your table for the concert nights'),
    ("body", 'Reservieren Sie Ihren Tisch für die Konzertabende'),
    ("body", 'Prenota il tuo tavolo per le serate concerto'),
    ("body", 'Zarezerwuj stolik na wieczory koncertowe'),
    ("body", 'Забронируйте столик на вечер концертов'),
    ("body", 'Prenota una visita guidata per la tua scuola'),
    ("body", 'Book a guided visit for your school'),
    ("body", 'Réservez une visite guidée pour votre classe'),
    ("body", 'Buchen Sie eine Führung für Ihre Schulklasse'),
    ("body", 'Zarezerwuj wycieczkę dla swojej szkoły'),
    ("body", 'Закажите экскурсию для вашего класса'),
    ("body", "Application « Saveurs » disponible sur l'App Store et Google Play"),
    ("body", 'The Saveurs app is available on the App Store and Google Play'),
    ("body", 'App „Saveurs“ im App Store und bei Google Play'),
    ("body", 'App «Saveurs» disponibile su App Store e Google Play'),
    ("body", 'Aplikacja „Saveurs” dostępna w App Store i Google Play'),
    ("body", 'Приложение «Вкусы» доступно в App Store и Google Play'),
    ("body", 'Fahrplan als PDF zum Ausdrucken'),
    ("body", 'Timetable as a PDF to print'),
    ("body", 'Horaires en PDF à imprimer'),
    ("body", 'Orario in PDF da stampare'),
    ("body", 'Rozkład jazdy w PDF do druku'),
    ("body", 'Расписание в PDF для печати'),
    ("body", 'Gruppenfahrten auf Anfrage'),
    ("body", 'Group rides on request'),
    ("body", 'Visites de groupe sur demande'),
    ("body", 'Visite di gruppo su richiesta'),
    ("body", 'Wycieczki grupowe na zamówienie'),
    ("body", 'Групповые экскурсии по заявке'),
    ("body", 'Quota di iscrizione: 120 euro, tuta e guanti compresi'),
    ("body", 'Course fee: £95, suit and gloves included'),
    ("body", "Frais d'inscription : 120 €, combinaison et gants inclus"),
    ("body", 'Kursgebühr: 120 €, Schutzanzug und Handschuhe inklusive'),
    ("body", 'Opłata: 120 zł, kombinezon i rękawice w cenie'),
    ("body", 'Стоимость участия: 5000 ₽, костюм и перчатки включены'),
    ("body", 'Biglietto intero 6 euro, ridotto 4 euro'),
    ("body", 'Full ticket £6, concessions £4'),
    ("body", 'Plein tarif 6 €, réduit 4 €'),
    ("body", 'Eintritt 6 €, ermäßigt 4 €'),
    ("body", 'Bilet normalny 6 zł, ulgowy 4 zł'),
    ("body", 'Полный билет 300 ₽, льготный 150 ₽'),
])
def test_round_59_club_chrome_between_paragraphs_goes(where, line):
    """Round 59: set 60's page chrome between the paragraphs, as classes in the languages: a call to become a volunteer or
    a vendor in the infinitive with a form or a download after the colon, a thing to do with an online form after a dash,
    a call to support with the bank details, recruitment with its question or its evenings or its closing date, new members
    wanted with a number to call, season tickets on sale, the highlights on the club's channel or the channel alone, the
    shop's order-yours line, the online shop's label over its goods, a maker's goods to buy online, a table or a school
    visit to book, the app on the two stores, a timetable as a PDF, group rides on request, a fee with what it includes and
    a full and a reduced ticket."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Стать волонтёром может каждый, кто готов работать по субботам, говорит организатор.'),
    ("body", 'Devenir exposant coûte 200 euros par saison, a précisé la présidente du marché.'),
    ("body", 'Residents who want to suggest a planting spot – and many did – wrote to the council last year.'),
    ("body", 'Поддержать дорогу рублём решили и местные предприниматели, собравшие за месяц 200 тысяч.'),
    ("body", 'Support for the railway grew after the floods, when volunteers rebuilt the embankment.'),
    ("body", 'Recruitment evenings were held every Tuesday in November, and twelve new crew members signed up.'),
    ("body", 'Rekrutacja do redakcji trwała do połowy grudnia i zgłosiło się ponad czterdzieści osób.'),
    ("body", 'New members joined the choir this autumn, bringing it to sixty singers, the conductor said.'),
    ("body", 'Season tickets for 2027 went on sale on Monday and sold out within hours, the club said.'),
    ("body", 'The highlights on our YouTube channel were watched 40,000 times, the club secretary said.'),
    ("body", 'Official club shirts were sold out within a week, so the club ordered another batch from the supplier.'),
    ("body", 'Online shop sales rose by a third, and mugs, badges and calendars sold best, the treasurer said.'),
    ("body", 'Réservez votre table, conseille le chef, car les soirées concerts affichent complet.'),
    ("body", 'Book a guided visit for your school, the curator urged teachers at the meeting last week.'),
    ("body", 'The app is available on the App Store and Google Play, the council said in a statement on Monday.'),
    ("body", 'Gruppenfahrten auf Anfrage gibt es schon seit 1995, sagt der Vorsitzende des Vereins.'),
    ("body", "Quota di iscrizione: il direttivo l'ha portata a 120 euro, tuta e guanti compresi, dopo lunga discussione."),
    ("body", "Biglietto intero a 6 euro e ridotto a 4 euro: il comune ha confermato le tariffe dell'anno scorso."),
    ("body", 'The timetable as a PDF was downloaded 3,000 times in the first week, the operator said.'),
])
def test_round_59_club_chrome_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Gasthof Zum Schimmel – Ihre Einkehr an der Endhaltestelle'),
    ("body", 'The Old Plough – your local at the terminus'),
    ("body", 'Boulangerie Martin – votre boulanger au village'),
    ("body", 'Trattoria Da Gino – il vostro ristorante in piazza'),
    ("body", 'Piekarnia Kłos – twoja piekarnia na osiedlu'),
    ("body", 'Пекарня «Колос» — ваша пекарня у дома'),
    ("body", 'Uhren Brandhuber – Batteriewechsel sofort, Reparaturen aller Marken'),
    ("body", 'Hale Clocks – batteries while you wait, repairs to all makes'),
    ("body", 'Horlogerie Dumas – piles minute, réparations toutes marques'),
    ("body", 'Orologeria Neri – cambio pila subito, riparazioni di tutte le marche'),
    ("body", 'Zegarmistrz Nowak – wymiana baterii od ręki, naprawy wszystkich marek'),
    ("body", 'Часовая мастерская «Время» — замена батареек, ремонт всех марок'),
])
def test_round_59_a_business_ad_between_paragraphs_goes(where, line):
    """Round 59: a business's name and, after a dash, the reader's own place of it ("Ihre Einkehr an der Endhaltestelle"),
    or its repairs of all brands."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Mayor Ellen Shaw – your councillor in the ward since 2009 – said the bridge would reopen in May.'),
    ("body", 'The watchmaker – who does repairs to all makes, he says – has run the shop since 1988.'),
])
def test_round_59_business_ad_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Player of the month vote: have your say'),
    ("body", 'Joueuse du mois : votez'),
    ("body", 'Spielerin des Monats – jetzt abstimmen'),
    ("body", 'Giocatrice del mese: vota ora'),
    ("body", 'Zawodniczka miesiąca – głosuj teraz'),
    ("body", 'Игрок месяца: голосуйте'),
    ("body", 'Werkstattkurs für Einsteiger – jetzt anmelden'),
    ("body", "Beginners' workshop – sign up now"),
    ("body", 'Atelier pour débutants – inscrivez-vous'),
    ("body", 'Corso per principianti – iscriviti ora'),
    ("body", 'Warsztaty dla początkujących – zapisz się'),
    ("body", 'Курс для начинающих — запишитесь'),
    ("body", 'Gutscheine für eine Fahrt – das perfekte Weihnachtsgeschenk'),
    ("body", 'Gift vouchers for a ride – the perfect Christmas present'),
    ("body", 'Bons cadeaux pour un trajet – le cadeau idéal'),
    ("body", 'Buoni regalo per una corsa – il regalo perfetto'),
    ("body", 'Bony podarunkowe na przejazd – idealny prezent'),
    ("body", 'Подарочные сертификаты на поездку — идеальный подарок'),
    ("body", 'Brasserie du Vieux Pont : la bière officielle du marché'),
    ("body", 'Hopfield Brewery: the official beer of the market'),
    ("body", 'Brauerei Moor – das offizielle Bier des Markts'),
    ("body", 'Birrificio del Colle: la birra ufficiale del mercato'),
    ("body", 'Browar Wrzos – oficjalne piwo jarmarku'),
    ("body", 'Пивоварня «Мост» — официальное пиво ярмарки'),
    ("body", 'Szkółka Zielony Zakątek – sadzonki drzew i krzewów w dobrych cenach'),
    ("body", 'Greenway Nursery – trees and shrubs at great prices'),
    ("body", 'Pépinière du Val – arbres et arbustes à petits prix'),
    ("body", 'Baumschule Grün – Bäume und Sträucher zu günstigen Preisen'),
    ("body", 'Vivaio Verde – alberi e arbusti a prezzi convenienti'),
    ("body", 'Питомник «Сад» — саженцы по выгодным ценам'),
    ("body", 'Se connecter à mon compte lecteur'),
    ("body", 'Log in to my library account'),
    ("body", 'Mein Leserkonto – anmelden'),
    ("body", 'Accedi al mio account lettore'),
    ("body", 'Zaloguj się do konta czytelnika'),
    ("body", 'Войти в личный кабинет читателя'),
    ("body", 'Rechercher dans le catalogue'),
    ("body", 'Search the catalogue'),
    ("body", 'Im Katalog suchen'),
    ("body", 'Cerca nel catalogo'),
    ("body", 'Szukaj w katalogu'),
    ("body", 'Поиск по каталогу'),
    ("body", 'Inscription gratuite sur présentation de la carte de lecteur'),
    ("body", 'Free registration on showing your library card'),
    ("body", 'Kostenlose Anmeldung mit dem Leseausweis'),
    ("body", 'Iscrizione gratuita con la tessera della biblioteca'),
    ("body", 'Bezpłatne zapisy za okazaniem karty bibliotecznej'),
    ("body", 'Бесплатная регистрация по читательскому билету'),
    ("body", 'Agriturismo Il Castagneto – pranzo della domenica a 25 euro'),
    ("body", 'The Old Mill – Sunday lunch for £18'),
    ("body", 'Auberge du Pont – menu du jour à 16 €'),
    ("body", 'Gasthof Linde – Mittagstisch ab 9,50 €'),
    ("body", 'Karczma Pod Lipą – obiad domowy za 35 zł'),
    ("body", 'Трактир «Мост» — бизнес-ланч за 450 ₽'),
])
def test_round_59_votes_courses_vouchers_shops_and_library_tools_go(where, line):
    """Round 59: a vote of the month with the call to vote, a course with the call to sign up after a dash, vouchers as the
    perfect gift, a name and the official thing of the event, a nursery's goods at good prices, free registration with the
    card to show, a restaurant's meal and its price after its name, a log-in to the reader's own account and a library's
    catalogue searched (search box)."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Player of the month votes were counted by the supporters' club, and Okafor won with a landslide."),
    ("body", 'Werkstattkurs für Einsteiger – den gab es schon 1990, erinnert sich der Gildemeister.'),
    ("body", 'Gutscheine für eine Fahrt verschenkte der Verein an alle Helfer, als Dank für die Adventsfahrten.'),
    ("body", "Martin Dupont : la bière officielle du marché sera brassée dans l'ancienne laiterie dès mars."),
    ("body", 'The nursery sold trees and shrubs at great prices until the council cancelled its contract in May.'),
    ("body", 'Se connecter à mon compte lecteur a pris dix minutes, se plaint une habitante.'),
    ("body", 'Search the catalogue, the librarian told the children, and you will find every book we own.'),
    ("body", 'Inscription gratuite sur présentation de la carte de lecteur, a rappelé la bibliothécaire aux parents.'),
    ("body", 'Agriturismo Il Castagneto – pranzo della domenica a 25 euro, dice il titolare, è il prezzo giusto.'),
])
def test_round_59_vote_course_voucher_shop_and_library_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 60 -------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line", [
    # a feed's footer with the post named by the other noun of each language
    ("tail", 'Artykuł Nowy rozkład autobusów do Lipna pochodzi z serwisu Głos Lipna.'),
    ("tail", 'The article Why the bridge closed appeared first on Harbour Notes.'),
    ("tail", 'Le billet Pourquoi le pont ferme est apparu en premier sur Vallon Infos.'),
    ("tail", 'Der Artikel Warum die Brücke schloss erschien zuerst auf Talblick Nachrichten.'),
    ("tail", 'Il post Perché il ponte è chiuso proviene da Notizie della Valle.'),
    ("tail", 'Статья Почему закрыли мост впервые появилась на Заречье.Инфо.'),
    # the page generated or imported from a feed, perhaps not reviewed
    ("tail", 'This story was imported automatically from a partner RSS feed and may contain errors.'),
    ("head", 'This article was generated from an automated news feed and has not been reviewed by an editor.'),
    ("tail", 'Cet article a été importé automatiquement depuis un flux RSS et peut contenir des erreurs de mise en forme.'),
    ("tail", 'Dieser Artikel wurde automatisch aus einem RSS-Feed übernommen und nicht redaktionell geprüft.'),
    ("tail", 'Questo articolo è stato importato automaticamente da un feed RSS e non è stato verificato dalla redazione.'),
    ("tail", 'Ten artykuł został zaimportowany automatycznie z kanału RSS i nie został sprawdzony przez redakcję.'),
    ("tail", 'Эта статья автоматически импортирована из RSS-ленты и не была проверена редакцией.'),
    # the coffee button after a question, in English too
    ("tail", 'Liked this post? Buy me a coffee and keep the newsletter free.'),
    ("tail", 'Ce billet vous a plu ? Offrez-moi un café sur Ko-fi.'),
    # comments moderated and shown after the check, the verb "appear" in each language
    ("tail", 'Komentarze są moderowane i pojawią się po zatwierdzeniu przez redakcję.'),
    ("tail", 'Kommentare werden moderiert und erscheinen erst nach Freigabe durch die Redaktion.'),
    ("tail", "I commenti sono moderati e compariranno dopo l'approvazione."),
    ("tail", 'Les commentaires sont modérés et apparaîtront après validation.'),
    ("tail", 'Comments are moderated and will appear after approval.'),
    # a bio closing with a call to subscribe at the writer's bare domain
    ("tail", 'Sam Okoro is a retired bus driver who writes the monthly Depot Diary newsletter. Subscribe free at depotdiary.example'),
    ("tail", 'Marie Dupont est urbaniste et écrit la lettre hebdomadaire Rue Libre. Abonnez-vous gratuitement sur ruelibre.example'),
    # the writer's own course opening for enrolment with an early price
    ("tail", 'My online course “Writing Your Street” opens for enrolment on Monday — early-bird price until Friday.'),
    ("tail", "Mon cours en ligne ouvre ses inscriptions lundi – tarif préférentiel jusqu'à vendredi."),
    ("tail", 'Mein Online-Kurs ist ab Montag buchbar – Frühbucherpreis bis Freitag.'),
    ("tail", 'Il mio corso online apre le iscrizioni lunedì – prezzo early bird fino a venerdì.'),
    ("tail", 'Mój kurs online otwiera zapisy w poniedziałek – cena promocyjna do piątku.'),
    ("tail", 'Мой онлайн-курс открывает запись в понедельник — ранняя цена до пятницы.'),
    # the writer's invitation to their own talks, the site alone closing the line
    ("tail", 'Приглашаю на мои лекции по истории края — расписание на сайте.'),
    ("tail", 'I invite you to my lectures on local history — schedule on the website.'),
    ("tail", "Je vous invite à mes conférences sur l'histoire locale — dates sur le site."),
    ("tail", 'Zapraszam na moje wykłady o historii regionu – terminy na stronie.'),
])
def test_round_60_feed_notes_plugs_bios_and_moderation_go(where, line):
    """Round 60: a feed's footer naming the post as an article, the page imported or generated from a feed, the English
    coffee button after a question, comments moderated that appear after the check, a bio closing with a call to subscribe
    at a bare domain, the writer's own course opening for enrolment with an early price, and the writer's invitation to
    their own talks with the site alone at the end."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", 'Artykuł o nowym rozkładzie pochodzi z serwisu Głos Lipna, który jako pierwszy opisał sprawę.'),
    ("body", 'The council said the data was imported from a partner feed that the mayor chose.'),
    ("body", 'This article was written from a news conference and has not been denied by the ministry.'),
    ("body", 'The mayor bought me a coffee and we talked about the budget for an hour.'),
    ("body", 'Komentarze radnych są sprawdzane i pojawią się w protokole sesji w przyszłym tygodniu.'),
    ("body", 'Die Kommentare der Stadträte werden geprüft und erscheinen im Protokoll der Sitzung.'),
    ("body", 'Sam Okoro told the meeting that residents could subscribe at the library from Monday.'),
    ("body", "The university's online course opens for enrolment on Monday — early-bird prices apply until Friday."),
    ("body", 'The mayor invited residents to the lectures — the schedule is on the website, she said.'),
    ("body", 'Jan Kowalski prowadzi wykłady na uniwersytecie – szczegóły na stronie.'),
])
def test_round_60_feed_plug_bio_and_moderation_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad's bracketed label naming the partner or the sponsor
    ("head", '[annonce partenaire]'),
    ("head", '[partner ad]'),
    ("head", '[Partneranzeige]'),
    ("head", '[annuncio partner]'),
    ("head", '[reklama partnera]'),
    ("head", '[партнёрская реклама]'),
    # gift cards sold in store, or where after a dash
    ("body", 'Gift cards available in store and online'),
    ("body", "Bons cadeaux – à l'accueil du cinéma"),
    ("body", 'Подарочные сертификаты — в кассе театра'),
    # a fee, a hire or a membership with its price
    ("body", 'Quota associativa annuale: 40 euro'),
    ("body", 'Location de vélos : 5 € la journée'),
    ("body", 'Skate hire: £3 per session'),
    ("body", 'Noleggio pattini: 3 euro a turno'),
    ("body", 'Прокат коньков — 200 ₽ в час'),
    ("body", 'Fördermitglied werden – schon ab 24 Euro im Jahr'),
    ("body", 'Become a supporting member – from just £24 a year'),
    ("body", 'Devenez membre bienfaiteur – dès 24 € par an'),
    ("body", "Diventa socio sostenitore – da soli 24 euro all'anno"),
    ("body", 'Zostań członkiem wspierającym – już od 24 zł rocznie'),
    ("body", 'Станьте членом клуба — всего от 500 ₽ в год'),
    # a donation of a sum for the thing it buys
    ("body", 'Donate £5 to buy a hi-vis vest for a new volunteer'),
    ("body", 'Faites un don de 5 € pour acheter une pince'),
    ("body", 'Przekaż 20 zł na zakup chwytaka'),
    ("body", 'Пожертвуйте 300 рублей на покупку захвата'),
    # a thing to book online after a colon
    ("body", 'Anniversaires au bowling : réservez en ligne'),
    ("body", 'Kindergeburtstage auf dem Eis: online buchen'),
    ("body", 'Дни рождения на льду: забронируйте онлайн'),
    # sign-ups by phone
    ("body", 'Zapisy na kolejną edycję: tel. 000 000 000'),
    ("body", 'Registration for the next course: tel. 01234 567890'),
    ("body", 'Iscrizioni alla prossima edizione: tel. 0432 123456'),
    # a line closing on a learn-more link
    ("body", 'Projekt sfinansowano ze środków gminy – dowiedz się więcej'),
    ("body", 'The course was funded by the council – find out more'),
    ("body", 'Cours financé par la commune – en savoir plus'),
    ("body", 'Курс оплачен городом — узнать больше'),
    # the club's calendar to buy
    ("body", 'Acquista il calendario 2027 del gruppo'),
    ("body", "Buy the club's 2027 calendar"),
    ("body", 'Купите календарь клуба на 2027 год'),
    # joining from an age, a trial session to arrange
    ("body", 'Mitmachen ab 8 Jahren – jetzt Schnuppertermin vereinbaren'),
    ("body", 'Join us from age 10 – book a taster session'),
    ("body", 'С 10 лет — запишитесь на пробное занятие'),
    # something to report through the online form
    ("body", 'Zgłoś usterkę przez formularz online'),
    ("body", 'Report a problem using the online form'),
    ("body", 'Signalez un problème via le formulaire en ligne'),
    ("body", 'Сообщите о проблеме через онлайн-форму'),
    # a newsletter to subscribe to and nothing to miss
    ("body", 'Newsletter abonnieren und kein Konzert verpassen'),
    ("body", 'Abonnez-vous à la newsletter et ne manquez aucune rencontre'),
    ("body", 'Iscriviti alla newsletter e non perdere nessun incontro'),
    ("body", 'Zapisz się do newslettera i nie przegap żadnego spotkania'),
    ("body", 'Подпишитесь на рассылку и не пропустите ни одной встречи'),
    # the site on a network with the link
    ("body", 'Мы ВКонтакте: vk.com/example'),
    ("body", "We're on Facebook: facebook.com/example"),
    ("body", 'Jesteśmy na Facebooku: facebook.com/example'),
    # a photo gallery's label with what it shows or where
    ("body", 'Galeria zdjęć z otwarcia świetlicy'),
    ("body", 'Galleria fotografica completa su Facebook'),
    ("body", 'Full photo gallery on Facebook'),
    ("body", 'Galerie photos de la remise des diplômes'),
    ("body", 'Bildergalerie von der Zeugnisübergabe'),
    ("body", 'Фотогалерея с вручения дипломов'),
    # a stock of goods on request, and a trade's goods since a year
    ("body", 'Mein Ersatzteillager: Typenhebel, Walzen und Federn auf Anfrage'),
    ("body", 'My spares: typebars, platens and springs on request'),
    ("body", 'Мой склад: ленты, валики и пружины под заказ'),
    ("body", 'Cantina Bruni – i vini della collina dal 1921'),
    ("body", 'Hollin Bakery – bread from the valley since 1921'),
    ("body", 'Boulangerie Ravel – le pain du village depuis 1921'),
    ("body", 'Bäckerei Lindner – Brot aus dem Tal seit 1921'),
    ("body", 'Piekarnia Wrzos – chleb z doliny od 1921 roku'),
    ("body", 'Пекарня «Колос» — хлеб долины с 1921 года'),
    # related posts in German, Polish and Russian
    ("body", 'Verwandte Beiträge: Die Reiseschreibmaschine meines Großvaters'),
    ("body", 'Artykuły powiązane: Jak zabezpieczyć piwnicę'),
])
def test_round_60_page_chrome_goes(where, line):
    """Round 60: set 61's page chrome as classes in the languages: an ad's bracketed label with its partner, gift cards
    sold in store or at a desk after a dash, a yearly fee, a hire with its price, a call to become a (supporting) member
    from a price, a donation of a sum for what it buys, a thing to book online after a colon, sign-ups by phone, a line
    closing on a learn-more link, the club's calendar to buy, joining from an age with a trial session, a problem to
    report through the online form, a newsletter and nothing to miss, the site on a network with its link, a photo
    gallery's label with what it shows, a stock of goods on request, a trade's goods since a year after its name, and related
    posts in German, Polish and Russian."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", '[partner] is the word the chairman used for the council in his letter.'),
    ("body", 'Gift cards were available in the shop until the fire destroyed it in March.'),
    ("body", 'She asked neighbours to donate £5 to buy a litter picker.'),
    ("body", 'Residents reported the problem through the online form.'),
    ("body", 'Readers who ignored the newsletter and missed the meeting complained to the editor.'),
    ("body", 'We are on Facebook: the group has 3,000 members and a waiting list.'),
    ("body", 'Galleria degli Uffizi'),
    ("body", 'The club decided to buy a calendar for the hall.'),
    ("body", 'Location: the old sawmill on the river'),
    ("body", 'Bürgermeister werden – ab 2027 will sie kandidieren'),
    ("body", 'Anna Rossi – consigliera dal 1998'),
    ("body", 'Cantina Morselli – the winery closed in 1998 and has been run by the cooperative since 2001.'),
    ("body", 'The spares were typebars, platens and springs, which he sold on request.'),
])
def test_round_60_page_chrome_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("rows", [
    ["1° Contrada del Pozzo con Brunetto", "2° Contrada della Torre con Gigetto", "3° Contrada del Borgo con Tobia",
     "4° Contrada della Fonte con Fiocco"],
    ["1° Squadra del Lago Nero", "2° Squadra dei Colli Alti", "3° Squadra di Valmarina Bassa"],
])
def test_round_61_a_ranking_with_degree_ordinals_stays(rows):
    """Round 61: the degree sign as the ordinal of a ranking's rows ("1° Contrada del Pozzo" over "2° ..."),
    counting up from 1 in a run of three or more, is no weather widget's temperature (set 63 lost four rows)."""
    case = page_from_blocks("round-61-it-ranking", [
        ["-Pro Loco Valmarina", "-Home | Chi siamo | Eventi | Contatti", "-Sei in: Home › Eventi"],
        ["+Palio delle botti: vince la contrada più giovane del paese"],
        ["-Pubblicato il 20 agosto 2026 da Redazione", "-Categoria: Eventi"],
        ["+Domenica pomeriggio, davanti a mille spettatori, la gara delle botti si è corsa lungo la via principale del paese."],
        ["+Il presidente della pro loco era soddisfatto. «Non avevamo mai visto tanta gente in piazza», ha detto dopo la premiazione."],
        ["+L'ordine di arrivo"],
        ["+" + row for row in rows],
        ["-Galleria fotografica: 40 immagini"],
        ["+Il comitato ha ringraziato i volontari che hanno preparato il percorso e il servizio d'ordine."],
        ["+La prossima edizione si terrà come sempre l'ultima domenica di agosto."],
        ["-Condividi:", "-Articoli correlati"],
        ["-Tutti i diritti riservati © 2026", "-Questo sito utilizza cookie tecnici. Accetta"],
    ])
    assert _problems(case, "it") == []


@pytest.mark.parametrize("lines", [
    ["18° Sereno", "12° Nuvoloso", "9° Pioggia"],
    ["2° Roma", "1° Milano", "3° Torino"],
    ["Roma 21° sereno", "Milano 18° nuvoloso", "Torino 16° pioggia"],
])
def test_round_61_a_weather_box_with_temperatures_first_still_goes(lines):
    """Near misses: temperatures that do not count up from 1, or that follow a place, are a weather box's."""
    case = _insert("tail", lines)
    removed = " ".join(r.text for r in find_noise(case.raw))
    assert all(line in removed for line in lines)


@pytest.mark.parametrize("lang, heading, rows, prompt, tags, after", [
    ("en", "The wall in numbers", ["Length rebuilt: 41 metres", "Days on the hill: 37",
                                   "Stones I had to take out and set again: too many to count"],
     "If you liked this post you might also like: Winter light on the fells", "Tags: drystone, winter, craft",
     ["I am slower than I was in October, and I think that is the point.",
      "When the last stones went on in February, I walked the length of it twice and could still tell which metres were mine."]),
    ("fr", "Le chantier en chiffres", ["Longueur reconstruite : 41 mètres", "Jours sur la colline : 37",
                                       "Pierres que j'ai dû reprendre et reposer : trop pour les compter"],
     "Si cet article vous a plu, vous aimerez aussi : Lumière d'hiver", "Tags : pierre sèche, hiver, métier",
     ["Je suis plus lent qu'en octobre, et je crois que c'est justement le but.",
      "Quand les dernières pierres ont été posées en février, j'ai longé le mur deux fois et je reconnaissais encore mes mètres."]),
    ("de", "Die Mauer in Zahlen", ["Wieder aufgebaut: 41 Meter", "Tage am Hang: 37",
                                   "Steine, die ich neu setzen musste: zu viele zum Zählen"],
     None, "Schlagwörter: Trockenmauer, Winter, Handwerk",
     ["Ich bin langsamer als im Oktober, und ich glaube, genau darum geht es.",
      "Als im Februar die letzten Steine lagen, bin ich die Mauer zweimal abgegangen und erkannte meine Meter noch immer."]),
])
def test_round_61_a_subheadings_rows_carry_the_body_over_the_tags(lang, heading, rows, prompt, tags, after):
    """Round 61: the body cut at the tags that ends on the last row of its subheading's block goes on to the
    sentences right under the tags (as when the rows crossed them inside _extend_down), and a diarist's row with
    "I" and a finite verb is a row of the block, no widget (set 63 lost a blog essay's two last paragraphs)."""
    from spinscope.ingest import page_blocks
    from spinscope.ingest.clean import Line
    texts = [heading, *rows, *([prompt] if prompt else []), tags, *after]
    lines, pos = [], 0
    for k, text in enumerate(texts):
        lines.append(Line(pos, pos + len(text), text, "tags" if text == tags else None, False, False))
        pos += len(text) + 1
    assert page_blocks._is_block_row(lines[len(rows)], inner=True)
    assert page_blocks._extend_down(lines, len(rows), len(lines)) == len(lines) - 1


@pytest.mark.parametrize("row", [
    "Orders, addresses and my account settings",
    "Commandes, adresses et mon compte",
    "Bestellungen, Adressen und mein Konto",
])
def test_round_61_a_first_person_row_without_a_verb_is_still_a_widget(row):
    """Near misses: "I" or "my" with no finite verb in a row under another is still a widget's cue."""
    from spinscope.ingest import page_blocks
    assert page_blocks._row_widget_cue(page_blocks._bare(row))


@pytest.mark.parametrize("where, line", [
    # an ad or tracking tag's script left in the text (any language's page)
    ("body", "(adsbygoogle = window.adsbygoogle || []).push({});"),
    ("tail", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1700000000000-0'); });"),
    ("body", "window.dataLayer = window.dataLayer || [];"),
    ("head", "gtag('config', 'G-ABC123');"),
    ("body", "fbq('track', 'PageView');"),
    ("body", "_paq.push(['trackPageView']);"),
    # the first publication elsewhere with the adverb before the participle or after it
    ("tail", "Post first published on Harbour Notes on 4 March 2026."),
    ("tail", "Article initialement publié sur le blog de Claire Vautrin le 4 mars 2026."),
    ("tail", "Billet d'abord paru sur le blog de Léa Morel."),
    ("tail", "Beitrag erschienen zuerst im Blog „Feldnotizen“."),
    ("tail", "Articolo originariamente pubblicato sul blog di Anna Rossi."),
    ("tail", "Tekst opublikowany pierwotnie na blogu Notatki z Wrzosowa."),
    ("tail", "Статья опубликована впервые в блоге «Записки»."),
    # taken over, used or adapted with leave, the participle first
    ("tail", "Used with permission of the Harbour Notes blog."),
    ("tail", "Repris avec l'aimable autorisation du Courrier de Brévoulac."),
    ("tail", "Abgedruckt mit freundlicher Genehmigung der Autorin."),
    ("tail", "Ripreso per gentile concessione della Gazzetta di Valmorra."),
    ("tail", "Przedrukowano za zgodą redakcji Głosu Wrzosowa."),
    ("tail", "Заимствовано с разрешения редакции «Туманского курьера»."),
    # the site's design and build as a label
    ("tail", "Site design and build: Harbour Digital"),
    ("tail", "Conception et réalisation du site : Agence Colibri"),
    ("tail", "Webdesign und Umsetzung: Studio Kranich"),
    ("tail", "Progettazione e realizzazione del sito: Webfarm srl"),
    ("tail", "Projekt i wykonanie strony: Pixelbox – strony dla firm"),
    ("tail", "Дизайн и разработка сайта: ДомОнлайн"),
    # the date, the reading time and the word count in a row
    ("head", "3 March 2026 · 6 min read · 1,204 words"),
    ("head", "3 mars 2026 · 4 min de lecture · 812 mots"),
    ("head", "3. März 2026 · 4 Min. Lesezeit · 1.204 Wörter"),
    ("head", "4 marzo 2026 · 5 min di lettura · 930 parole"),
    ("head", "3 marca 2026 · 4 min czytania · 812 słów"),
    ("head", "3 марта 2026 · 4 мин чтения · 812 слов"),
])
def test_round_61_page_credits_and_leftovers_go(where, line):
    """Round 61: set 62's and 63's missed lines as classes: an ad or tracking script left in the text, a first
    publication elsewhere with the adverb before (or after) the participle, a reprint credit opening with its participle
    and the leave right after it, the site's design-and-build label, and a reading-time row with its word count."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Googletag, the ad system, was blamed by the publisher for the slow pages."),
    ("body", "The dataLayer variable was misconfigured, the engineer said."),
    ("body", "The report was first published in March and revised after the inquiry."),
    ("body", "Le rapport, initialement publié en mars, a été révisé après l'enquête."),
    ("body", "Die Studie erschien zuerst im Fachblatt Nature und sorgte für Aufsehen."),
    ("body", "Raport opublikowany pierwotnie w marcu został poprawiony po kontroli."),
    ("body", "Доклад, опубликованный впервые в марте, был исправлен после проверки."),
    ("body", "Übernommen wurde der Betrieb mit Genehmigung des Landratsamts im Jahr 2019."),
    ("body", "The photos were used with permission of the family, the police said."),
    ("body", "Used cars with permission to park will be towed after midnight, the council warned."),
    ("body", "Repris par la mairie, le terrain sera aménagé avec l'autorisation de l'État."),
    ("body", "Przedrukowano go w gazecie za zgodą sądu, ale bez nazwisk świadków."),
    ("body", "The site design was criticised by residents: Harbour Digital refused to comment."),
    ("body", "Il progetto del sito è stato approvato dal consiglio comunale ieri sera."),
    ("body", "Il saggio · 812 parole · è stato premiato a marzo."),
])
def test_round_61_page_credits_and_leftovers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the platform named as a system
    ("tail", "Сайт создан в системе uCoz"),
    ("tail", "Site created in the uCoz system"),
    ("tail", "Site créé avec le système uCoz"),
    ("tail", "Diese Website wurde mit dem System Jimdo erstellt"),
    ("tail", "Sito creato con il sistema Joomla!"),
    ("tail", "Strona stworzona w systemie Joomla!"),
    # the writer's own podcast, wherever one gets podcasts
    ("tail", "Listen to my podcast, Field Margins, on Apple Podcasts, Spotify or wherever you get your podcasts."),
    ("body", "Écoutez mon podcast « Marges » partout où vous écoutez vos podcasts."),
    ("tail", "Mehr von mir gibt's in meinem Podcast „Randnotizen“ – überall, wo es Podcasts gibt."),
    ("body", "Ascolta il mio podcast «Margini» ovunque ascolti i tuoi podcast."),
    ("tail", "Posłuchaj mojego podcastu „Marginesy” wszędzie tam, gdzie słuchasz podcastów."),
    ("body", "Слушайте мой подкаст «Поля» везде, где слушаете подкасты."),
    # a feed reader's bracketed embed placeholder
    ("body", "[embedded content]"),
    ("body", "[contenu intégré]"),
    ("body", "[eingebetteter Inhalt]"),
    ("body", "[contenuto incorporato]"),
    ("body", "[treść osadzona]"),
    ("body", "[встроенный контент]"),
])
def test_round_61_platform_podcast_and_embed_lines_go(where, line):
    """Round 61: set 63's missed lines as classes: a site platform named as a system, the writer's own podcast
    wherever one gets podcasts, and a feed reader's bracketed embed placeholder, in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Сайт создан в системе образования района за счёт гранта."),
    ("body", "The site was created in the uCoz system in 2009, the founder recalled."),
    ("body", "Residents can hear the debate on the council's podcast, available wherever you get your podcasts, the mayor said."),
    ("body", "The station's new show is available wherever you get your podcasts."),
    ("body", "Il sindaco ha detto che il podcast del comune si può ascoltare ovunque."),
    ("body", "The embedded content was removed from the page after the complaint, the editor said."),
])
def test_round_61_platform_podcast_and_embed_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # only registered users may comment
    ("tail", "Only logged-in members can comment. [ Sign up | Log in ]"),
    ("tail", "Seuls les utilisateurs inscrits peuvent commenter."),
    ("tail", "Nur registrierte Benutzer können Kommentare schreiben."),
    ("tail", "Solo gli utenti registrati possono aggiungere commenti."),
    ("tail", "Tylko zarejestrowani użytkownicy mogą dodawać komentarze. [ Rejestracja | Logowanie ]"),
    ("tail", "Только зарегистрированные пользователи могут добавлять комментарии."),
    # an Instagram embed's caption with the handle and the Pacific time
    ("body", "A post shared by Cedar Log (@cedar_log) on Mar 4, 2026 at 10:12am PST"),
    ("body", "Une publication partagée par Bois Clair (@bois.clair) le 4 mars 2026 à 10:12 PST"),
    ("body", "Ein Beitrag geteilt von Waldhof (@waldhof) am 4. Mär 2026 um 10:12 PST"),
    ("body", "Un post condiviso da Bosco (@bosco_it) in data: 4 Mar 2026 alle ore 10:12 PST"),
    ("body", "Post udostępniony przez Las (@las_pl) 4 Mar 2026 o 10:12 PST"),
    ("body", "Публикация от Лесной двор (@lesnoy_dvor) 4 Мар 2026 в 10:12 PST"),
])
def test_round_61_comment_gate_and_embed_caption_go(where, line):
    """Round 61: set 63's registered-users-only comment line and Instagram embed caption as classes in six languages."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Only registered users can add comments, the forum's moderator explained after the row."),
    ("body", "Seit März können nur registrierte Nutzer Kommentare schreiben, sagte der Verleger."),
    ("body", "Публикация от главы района (@glava) появилась в 10:12 и вызвала споры среди жителей."),
])
def test_round_61_comment_gate_and_embed_caption_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Get Oxhallow Standard news on WhatsApp"),
    ("body", "Recevez les infos de Vernouillac Actu sur WhatsApp"),
    ("body", "Erhalten Sie die Nachrichten des Kreisboten auf WhatsApp"),
    ("body", "Ricevi le notizie di Valmorra Oggi su Telegram"),
    ("body", "Otrzymuj wiadomości Wrzosowa24 na WhatsAppie"),
    ("body", "Получайте новости «Речного вестника» в Telegram"),
])
def test_round_61_news_on_a_messenger_goes(where, line):
    """Round 61: a call to get the site's news on a messenger (sets 62 and 63 kept it between the paragraphs)."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Residents receive alerts on WhatsApp, the council said."),
    ("body", "Get rid of scam messages on WhatsApp by reporting them, police advise."),
    ("body", "Получать новости в Telegram стали чаще, показал опрос."),
    ("body", "Ricevi un messaggio su WhatsApp e poi perdi tutto: così funziona la truffa."),
])
def test_round_61_news_on_a_messenger_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 62: shapes from set 64 (developed on it) ----------------------------------------

@pytest.mark.parametrize("line", [
    "Published in 1962, the harbour by-laws have never been updated since.",
    "Publié en 1961, le règlement du port n'a jamais été mis à jour.",
    "Veröffentlicht im Jahr 1958, wurde die Hafenordnung seither nie aktualisiert.",
    "Aggiornato nel 1987, il piano del traffico non è più stato toccato.",
    "Opublikowano w 1998 roku, plan nie był od tego czasu zmieniany.",
    "Опубликовано в 1961 году, положение о рынке так и не было обновлено.",
])
def test_round_62_a_participle_clause_dated_by_a_bare_year_stays(line):
    """Round 62: a stamp gives a day, a month or a time, not a year alone; the main clause after the
    comma may be short in long words and hold the stamp's word as its own verb (set 64 lost one)."""
    assert find_noise(BODY_BEFORE + line + BODY_AFTER) == []


@pytest.mark.parametrize("line", [
    "Published in 2019, updated 12 March 2024 with new figures from the council.",
    "Publié en 2019, mis à jour le 12 mars 2024 avec les chiffres de la mairie.",
    "Veröffentlicht 2019, aktualisiert am 12.03.2024 mit neuen Zahlen der Stadt.",
    "Pubblicato nel 2019, aggiornato il 12 marzo 2024 con i dati del Comune.",
    "Opublikowano w 2019 roku, zaktualizowano 12.03.2024 po konferencji prasowej.",
    "Опубликовано в 2019 году, обновлено 12 марта 2024 года после заявления мэрии.",
])
def test_round_62_a_stamp_dated_by_a_year_with_its_update_still_goes(line):
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE + line + BODY_AFTER)] == [("byline", line)]


@pytest.mark.parametrize("line", [
    "Simple theme. Powered by Blogger.",
    "Thème Simple. Fourni par Blogger.",
    "Design: Einfach. Bereitgestellt von Blogger.",
    "Tema Semplice. Gestito da Blogger.",
    "Motyw Prosty. Obsługiwane przez usługę Blogger.",
    "Тема «Простая». Технологии Blogger.",
])
def test_round_62_a_blogger_footer_with_its_template_name_goes(line):
    """Round 62: the template's name, then the platform's credit, without the theme images' credit."""
    assert [(r.reason, r.text) for r in find_noise(BODY_BEFORE.rstrip() + BODY_AFTER + "\n\n" + line)] == [
        ("blog footer", line)]


@pytest.mark.parametrize("where, line", [
    ("body", "Cover photo: file photo (council press office)"),
    ("body", "En couverture : photo d'archives (service communication de la mairie)"),
    ("body", "Titelbild: Archivfoto (Pressestelle der Gemeinde)"),
    ("body", "In copertina: immagine di repertorio (ufficio stampa della Regione)"),
    ("body", "Zdjęcie główne: zdjęcie archiwalne (Urząd Gminy)"),
    ("body", "Фото на обложке: фото из архива (пресс-служба администрации)"),
    ("tail", "With material from the news agencies AP and Reuters."),
    ("tail", "Avec les agences de presse AFP et Reuters."),
    ("tail", "Mit Material der Nachrichtenagentur dpa."),
    ("tail", "Con materiale delle agenzie ANSA e AGI."),
    ("tail", "Z materiałów agencji PAP i Reuters."),
    ("tail", "По материалам агентств ТАСС и РИА."),
])
def test_round_62_cover_picture_and_agency_credits_go(where, line):
    """Round 62: a cover picture's label with a stock picture and its holder; agencies named as such before their names."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "In copertina: il sindaco taglia il nastro davanti alla nuova scuola elementare."),
    ("body", "En couverture : le maire et les enfants de l'école lors de l'inauguration du gymnase."),
    ("body", "Titelbild: Der Bürgermeister eröffnet die neue Halle."),
    ("body", "Na okładce znalazło się zdjęcie burmistrza z dziećmi."),
    ("body", "На обложке журнала оказался глава района."),
    ("body", "On the cover of the report is a photograph of the flooded high street."),
    ("tail", "Mit Material der Agentur Reuters hat die Zeitung 2019 eine Recherche über den Hafen veröffentlicht."),
    ("tail", "Con materiale di recupero i ragazzi hanno costruito una serra."),
    ("tail", "По материалам агентства ТАСС, в регионе выпал снег."),
])
def test_round_62_cover_picture_and_agency_credit_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "I'm open to freelance translation work – email me through the site.",
    "Je suis disponible pour des missions de rédaction en freelance : écrivez-moi via la page contact.",
    "Ich bin verfügbar für freie Aufträge als Lektorin und Texterin – schreiben Sie mir über das Kontaktformular.",
    "Sono disponibile per collaborazioni freelance come redattrice: contattami dalla pagina contatti.",
    "Jestem dostępna do współpracy jako freelancerka: napisz do mnie przez formularz kontaktowy.",
    "Я открыт для заказов на фриланс: пишите через страницу контактов.",
    "All my winter recipes are collected in my book, The Larder, available from bookshops.",
    "Les recettes d'hiver sont toutes réunies dans mon livre « Le Cellier », disponible en librairie.",
    "Alle Wintergerichte finden Sie in meinem Buch „Der Vorratskeller“, erhältlich im Buchhandel.",
    "Tutte le ricette dell'orto sono raccolte nel mio libro «La dispensa», disponibile in libreria.",
    "Wszystkie przepisy znajdziesz w mojej książce „Spiżarnia”, dostępnej w księgarniach.",
    "Все рецепты заготовок собраны в моей книге «Погреб», она уже в продаже.",
])
def test_round_62_hire_me_and_book_after_a_lead_plugs_go(line):
    """Round 62: the writer available for freelance work with a call to get in touch; the writer's book named after a
    lead clause (its owner in the preposition's case) with where to get it."""
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "The mayor said she was available for freelance consulting once her term ends in May.",
    "\"I'm available for freelance work now,\" the laid-off reporter told the meeting.",
    "Je suis disponible pour des missions, a expliqué l'ancien maire au conseil municipal.",
    "Я открыт для диалога с жителями, заявил глава района на встрече в клубе.",
    "Jestem dostępna do współpracy z każdym radnym, zapewniła burmistrz na sesji.",
    "Dans mon livre, j'ai raconté l'histoire du moulin, que la mairie veut aujourd'hui raser.",
    "In meinem Buch über die Ziegelei kommt der alte Bürgermeister gar nicht vor.",
    "Nel mio libro di scuola la frana del 1951 non era nemmeno citata.",
    "W mojej książce kucharskiej z dzieciństwa nie było ani jednego przepisu na gołębie.",
    "В моей книге о деревне нет ни слова о старом колодце.",
])
def test_round_62_hire_me_and_book_plug_near_misses_stay(line):
    assert _problems(_insert("tail", [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "This post contains affiliate links."),
    ("body", "Cet article contient des liens affiliés."),
    ("body", "Dieser Beitrag enthält Affiliate-Links."),
    ("body", "In questo articolo ci sono link di affiliazione."),
    ("body", "Ten wpis zawiera linki afiliacyjne."),
    ("body", "В этой статье есть партнёрские ссылки."),
])
def test_round_62_the_page_holding_affiliate_links_goes_wherever_it_stands(where, line):
    """Round 62: the page named and a verb of holding in the present (set 64 kept two between the paragraphs)."""
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Affiliate links in the article earned the blogger 2,000 euros last year, the court heard."),
    ("body", "The regulator says this post contains affiliate links that were never disclosed to readers."),
    ("body", "Les liens affiliés ont rapporté 3 000 euros au blog en 2025, selon le tribunal."),
    ("body", "Партнёрские ссылки в статье появились после жалобы читателей, объяснил редактор."),
])
def test_round_62_the_page_holding_affiliate_links_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 63: shapes from set 65 (developed on it) ----------------------------------------

@pytest.mark.parametrize("where, line", [
    # an image-source credit, the source word first
    ("body", "Image source: Pixabay"),
    ("body", "Source de l'image : Unsplash"),
    ("body", "Bildquelle: Pixabay"),
    ("body", "Fonte immagine: Pixabay"),
    ("body", "Źródło zdjęcia: Pixabay"),
    ("body", "Источник фото: Pixabay"),
    # the log-in-to-comment prompt with the accounts to log in with
    ("tail", "To comment, log in with Facebook or Google"),
    ("tail", "Pour commenter, connectez-vous avec Facebook ou Google"),
    ("tail", "Um zu kommentieren, melden Sie sich mit Facebook oder Google an"),
    ("tail", "Per commentare, accedi con Facebook o Google"),
    ("tail", "Aby skomentować, zaloguj się przez Facebooka lub Google"),
    ("tail", "Чтобы оставить комментарий, войдите через Google или VK ID"),
    # the pictures' enlarge prompt with a pronoun, and the clickable-photos note
    ("body", "Click on the photos to enlarge them"),
    ("body", "Cliquez sur les images pour les agrandir"),
    ("body", "Zum Vergrößern auf die Bilder klicken"),
    ("body", "Clicca sulle foto per ingrandirle"),
    ("body", "Kliknij w zdjęcia, aby je powiększyć"),
    ("body", "Нажмите на фото, чтобы их увеличить"),
    ("body", "All photos are clickable"),
    ("body", "Les photos sont cliquables"),
    ("body", "Die Fotos sind anklickbar"),
    ("body", "Le foto sono cliccabili"),
    ("body", "Zdjęcia są klikalne"),
    ("body", "Все фото кликабельны"),
])
def test_round_63_credits_log_in_and_enlarge_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a most-read label with a headline, between the paragraphs
    ("body", "Most read: Harbour wall to be rebuilt by spring"),
    ("body", "Les plus lus : la passerelle fermée jusqu'en mai"),
    ("body", "Meistgelesen: Freibad öffnet erst im Juli"),
    ("body", "I più letti: il ponte chiude per tre settimane"),
    ("body", "Najczęściej czytane: basen otwarty dopiero w lipcu"),
    ("body", "Самое читаемое: мост закроют на три недели"),
    # a columnist's other columns
    ("body", "More columns by Jane Holloway"),
    ("body", "Read the author's other columns"),
    ("body", "Plus de chroniques de Claire Dumont"),
    ("body", "Weitere Kolumnen der Autorin"),
    ("body", "Altre rubriche di Paolo Neri"),
    ("body", "Przeczytaj także inne felietony autora"),
    ("body", "Другие колонки автора"),
    # a watch-the-video label over its title, a podcast's new-episode line
    ("body", "Watch the video: the last ferry of the season"),
    ("body", "Regardez la vidéo : le dernier bac de la saison"),
    ("body", "Video ansehen: Die letzte Fähre der Saison"),
    ("body", "Guarda il video: l'ultimo traghetto della stagione"),
    ("body", "Zobacz wideo: ostatni prom w sezonie"),
    ("body", "Смотрите видео: последний паром сезона"),
    ("body", "Podcast: \"Harbour Talk\" – a new episode every Thursday"),
    ("body", "Podcast : « Le Quai » – nouvel épisode chaque jeudi"),
    ("body", "Podcast: „Am Hafen“ – neue Folge jeden Donnerstag"),
    ("body", "Podcast: «Il molo» – nuova puntata ogni giovedì"),
    ("body", "Podcast: „Przy porcie” – nowy odcinek w każdy czwartek"),
    ("body", "Подкаст: «У причала» — новый выпуск каждый четверг"),
    # a poll's question with the call to vote
    ("body", "Have your say: Should the ferry run all winter? Vote now"),
    ("body", "Sondage : le bac doit-il circuler tout l'hiver ? Votez"),
    ("body", "Umfrage: Soll die Fähre im Winter fahren? Jetzt abstimmen"),
    ("body", "Sondaggio: il traghetto deve viaggiare d'inverno? Vota ora"),
    ("body", "Ankieta: Czy prom powinien kursować zimą? Zagłosuj"),
    ("body", "Опрос: должен ли паром ходить зимой? Голосуйте"),
])
def test_round_63_page_links_videos_and_polls_go_between_paragraphs(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad's label over a priced offer and its advertiser
    ("body", "Sponsored: Garden sheds from £199 – Marlow Timber"),
    ("body", "Publicité : Cuisines Morel – -20 % sur les plans de travail"),
    ("body", "Anzeige: Fenster ab 299 € – Fensterbau Huber"),
    ("body", "Pubblicità: Ottica Bassi – occhiali da 59 €"),
    ("body", "Reklama: Szkoła jazdy Start – kurs kat. B od 2900 zł"),
    ("body", "Реклама: окна от 9900 ₽ – «Окна-Сервис»"),
    # the page made with a sponsor's support, said of itself first
    ("body", "This article was produced with the support of Marlow Timber"),
    ("body", "Cet article a été réalisé avec le soutien de la boutique Morel"),
    ("body", "Dieser Beitrag entstand mit Unterstützung von Fensterbau Huber"),
    ("body", "Questo articolo è stato realizzato con il sostegno di Ottica Bassi"),
    ("body", "Artykuł powstał przy wsparciu sklepu Start"),
    ("body", "Материал подготовлен при поддержке магазина «Окна-Сервис»"),
    # the site's messenger channel with a teaser
    ("body", "The town's news straight to your phone: subscribe to our Telegram channel"),
    ("body", "L'info du canton sur votre téléphone : abonnez-vous à notre chaîne Telegram"),
    ("body", "Die Nachrichten aus dem Kreis aufs Handy: jetzt unseren Telegram-Kanal abonnieren"),
    ("body", "Le notizie della valle sul telefono: iscriviti al nostro canale Telegram"),
    ("body", "Wiadomości z powiatu w telefonie: subskrybuj nasz kanał na Telegramie"),
    ("body", "Новости района в телефоне: подписывайтесь на наш Telegram-канал"),
    # the writer's shop
    ("body", "The pattern is available in my Etsy shop"),
    ("body", "Le patron est disponible dans ma boutique Etsy"),
    ("body", "Das Schnittmuster gibt es in meinem Shop"),
    ("body", "Le stampe sono in vendita nel mio shop"),
    ("body", "Wykrój jest dostępny w moim sklepie na Etsy"),
    ("body", "Выкройку можно купить в моём магазине на Etsy"),
])
def test_round_63_ads_sponsor_notices_channels_and_shops_go_between_paragraphs(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the writer's follow plug with a clause or a question, the invitation to the writer's profile
    ("tail", "Follow me on Instagram, where I post a new photo of the garden every day."),
    ("tail", "Suivez-moi sur Instagram, j'y publie chaque jour une photo du jardin."),
    ("tail", "Folgen Sie dem Autor auf Mastodon und Instagram, dort gibt es täglich neue Bilder."),
    ("body", "Ti è piaciuto questo racconto? Seguimi su Instagram"),
    ("tail", "Obserwuj mnie na Instagramie, wrzucam tam codziennie zdjęcia."),
    ("tail", "Подписывайтесь на меня в Instagram, там каждый день новые фото."),
    ("tail", "Visit my Instagram profile"),
    ("tail", "Rendez-vous sur mon profil Instagram, où je publie mes travaux."),
    ("tail", "Besucht mein Profil auf Instagram"),
    ("tail", "Passa a trovarmi sul mio profilo Instagram"),
    ("tail", "Zajrzyj na mój profil na Instagramie, gdzie pokazuję cały ogród!"),
    ("tail", "Заходите в мой профиль в Instagram"),
    # the writer offering to speak
    ("tail", "Want me to speak at your event? See my Speaking page for rates."),
    ("tail", "Vous souhaitez que j'intervienne lors de votre événement ? Écrivez-moi."),
    ("tail", "Sie möchten mich für einen Vortrag buchen? Alle Infos auf meiner Seite."),
    ("tail", "Vuoi invitarmi a parlare al tuo evento? Scrivimi."),
    ("tail", "Chcesz, żebym wystąpiła na Twoim wydarzeniu? Napisz do mnie."),
    ("tail", "Хотите пригласить меня выступить на вашем мероприятии? Пишите."),
])
def test_round_63_writer_plugs_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Fonte di preoccupazione sono le immagini diffuse ieri dai residenti."),
    ("body", "Источник фото пока не установлен, говорят в полиции."),
    ("body", "The photos are clickable links to the shop, which worried the committee."),
    ("body", "Les images ont été agrandies par la police pour identifier le conducteur."),
    ("body", "Most read: that is what the library's annual report says about crime novels, again."),
    ("body", "Other columns by the same writer have drawn complaints from the parish council in the past."),
    ("body", "Mehr Kolumnen von Sabine Kroll wird es im neuen Jahr nicht geben, sagt die Redaktion."),
    ("body", "Watch the video: it shows the driver ignoring the red light twice."),
    ("body", "Podcast: „Am Hafen“ heißt die Sendung, die jeden Donnerstag neu erscheint und von Schülern gemacht wird."),
    ("body", "Umfrage: Soll die Gemeinde zahlen? Die Mehrheit stimmte im Mai mit Nein, berichtet der Rat."),
    ("body", "Advertising: spending rose to £3bn – a record for the region."),
    ("body", "Материал для стен подготовлен при поддержке местных фермеров, говорит глава района."),
    ("body", "This article of the treaty was supported by most members, the minister said."),
    ("body", "Unseren Telegram-Kanal abonnieren inzwischen mehr als 4000 Menschen aus dem Landkreis."),
    ("body", "I sold my last bike in my shop ten years ago and never regretted it."),
    ("body", "Bread is available in my shop every morning, says the baker, who opened in 1998."),
    ("body", "Follow the river on the map and you reach the mill, where the path turns north."),
    ("body", "Fans follow her on Instagram, where she posts daily photos from the farm."),
    ("body", "Zapraszam na mój koncert w sobotę, mówi burmistrz, który sam gra na skrzypcach."),
    ("body", "Want me to speak at your school? she asked the headteacher, who said yes."),
    ("body", "To comment, log in with your council account was the advice given."),
])
def test_round_63_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 64: shapes from sets 66 and 68 (developed on them) ----------------------------------


@pytest.mark.parametrize("where, line", [
    # a blog's liked-it question over its heart, like or share button
    ("body", "Enjoyed this? Leave a heart below so I know to write more."),
    ("tail", "Liked this post? Give it a clap!"),
    ("body", "Cet article vous a plu ? Laissez un cœur ou partagez-le."),
    ("body", "Hat dir der Artikel gefallen? Dann teile ihn mit deinen Radfreunden!"),
    ("tail", "Gefällt dir der Beitrag? Lass ein Herz da!"),
    ("body", "Ti è piaciuto l'articolo? Lascia un cuore qui sotto!"),
    ("body", "Podobał ci się wpis? Zostaw serduszko!"),
    ("body", "Понравилась статья? Поставьте лайк!"),
    # a pin-it button's prompt
    ("body", "Pin it for later"),
    ("body", "Pin this post on Pinterest"),
    ("body", "Épinglez-le sur Pinterest pour plus tard"),
    ("body", "Pinne diesen Beitrag auf Pinterest"),
    ("body", "Pinne dieses Bild auf Pinterest"),
    ("body", "Salva questo post su Pinterest"),
    ("body", "Przypnij na Pintereście"),
    ("body", "Сохраните статью в Pinterest"),
])
def test_round_64_liked_it_and_pin_it_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Did the council enjoy this? Nobody asked, and nobody said."),
    ("body", "Enjoyed the concert? Many residents did, and the hall was full."),
    ("body", "Cet article vous a plu ? Le maire, lui, ne l'a pas lu."),
    ("body", "Hat dir der Artikel gefallen? fragte der Lehrer, und die Klasse nickte."),
    ("body", "Ti è piaciuto l'articolo? Il sindaco non ha risposto alla domanda."),
    ("body", "Podobał ci się wpis? Sąsiadka odpowiedziała, że nie czyta blogów."),
    ("body", "Понравилась статья? Глава района ответил, что не читал её."),
    ("body", "Pin it on the council, not on the drivers, the residents said."),
    ("body", "Épinglez les horaires sur la porte, conseille la mairie aux commerçants."),
    ("body", "Pinne und Faden lagen noch auf dem Tisch, als die Polizei kam."),
    ("body", "Salva la ricetta della nonna, dice lo chef, perché è un patrimonio."),
    ("body", "Przypnij kartkę do tablicy przy wejściu – prosi sołtys mieszkańców."),
    ("body", "Сохраните чеки до конца гарантийного срока, советуют юристы."),
])
def test_round_64_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


_ROUND_64_GOES_ON = {
    "fr": ("fr", page_from_blocks("fr-blog-goes-on", [
        ["-Carnets du potager", "-Accueil · Recettes · À propos · Contact", "-Catégorie : Jardin",
         "-Publié le 2 mars 2026 par Hélène"],
        ["+Trois ans de paillage : ce que j'ai appris au potager"],
        ["-4 commentaires", "-Temps de lecture : 5 min"],
        ["+Depuis trois printemps, je couvre toutes mes planches de paille, et je n'ai presque plus arrosé l'été dernier malgré la sécheresse."],
        ["+« Ne bêche plus, couvre », m'avait dit ma voisine, qui cultive le même terrain depuis quarante ans."],
        ["+Ce que le paillage a changé", "+Moins d'arrosage en juillet", "+Des limaces au printemps",
         "+Une terre plus souple sous la paille"],
        ["-Et vous, vous paillez votre potager ? Racontez-moi tout ça plus bas, j'ai hâte de vous lire !",
         "-Article précédent : Semer les tomates en février"],
        ["+Le plus difficile a été d'accepter un potager moins net, avec de la paille partout entre les rangs."],
        ["+Cette année, j'essaie le foin et les feuilles mortes pour comparer avec la paille achetée."],
        ["-Commentaires", "-Marc – 3 mars 2026 à 8 h 12", "-Chez moi aussi, les limaces adorent la paille !",
         "-Répondre", "-Laisser un commentaire", "-© 2026 Carnets du potager"]])),
    "ru": ("ru", page_from_blocks("ru-blog-goes-on", [
        ["-Дача без забот", "-Главная · Огород · Сад · О блоге", "-Рубрика: Огород",
         "-2 марта 2026, автор Ирина"],
        ["+Три года с мульчей: что я поняла на своём огороде"],
        ["-4 комментария", "-Время чтения: 5 минут"],
        ["+Третью весну подряд я укрываю все грядки соломой, и прошлым летом почти не поливала, хотя дождей не было месяц."],
        ["+«Не копай, а укрывай», — сказала мне соседка, которая сажает картошку на этом участке сорок лет."],
        ["+Что изменилось за три года", "+Поливов стало вдвое меньше", "+Весной появились слизни",
         "+Земля под соломой стала рыхлой"],
        ["-А вы мульчируете грядки? Расскажите мне об этом ниже, мне очень интересно!",
         "-Предыдущая запись: Посев томатов в феврале"],
        ["+Труднее всего было смириться с тем, что огород выглядит неопрятно и солома лежит повсюду между рядами."],
        ["+В этом году я сравню солому с сеном и опавшими листьями, которые собрала осенью в саду."],
        ["-Комментарии", "-Михаил, 3 марта 2026 в 08:12", "-У меня слизни тоже обожают солому!",
         "-Ответить", "-Оставить комментарий", "-© 2026 Дача без забот"]])),
}


@pytest.mark.parametrize("name", sorted(_ROUND_64_GOES_ON))
def test_round_64_article_goes_on_under_a_post_navigation_link(name):
    # round 64: a blog's previous-post link between the list rows and the last paragraphs, a prompt no
    # rule knows above it, the comment thread under them: the last paragraphs are the article's, not the
    # page's tail (the prompt itself may stay: the test is of the paragraphs)
    lang, case = _ROUND_64_GOES_ON[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def test_round_64_an_author_bio_under_the_post_navigation_still_goes():
    # the near miss: one paragraph (an author's bio) and teasers under the post navigation are the page's
    case = page_from_blocks("en-blog-bio-under-nav", [
        ["-Small Plot Notes", "-Home · Recipes · About · Contact", "-Filed under: Garden",
         "-Posted on 2 March 2026 by Helen"],
        ["+Three years of mulching: what the vegetable patch taught me"],
        ["-4 comments", "-5 min read"],
        ["+For three springs I have covered every bed with straw, and last summer I hardly watered at all despite the drought."],
        ["+\"Stop digging, start covering,\" my neighbour told me, and she has grown potatoes on the same plot for forty years."],
        ["+The last summer was the first in which I did not lose a single row of beans to the heat, which I had not expected."],
        ["-Previous post: Sowing tomatoes in February",
         "-Helen has written about gardening for twenty years and lives with two cats and far too many seed packets."],
        ["-Comments", "-Mark · 3 March 2026 at 08:12", "-Slugs love my straw too!",
         "-Reply", "-Leave a Reply", "-© 2026 Small Plot Notes"]])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("where, line", [
    # the piece's own-opinions disclaimer, wherever it stands
    ("body", "Opinions expressed in this column are the writer's own."),
    ("body", "Les opinions exprimées dans cette tribune n'engagent que leur auteur."),
    ("body", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht zwingend die der Redaktion."),
    ("body", "Le opinioni espresse in questa rubrica sono dell'autore."),
    ("body", "Poglądy wyrażone w felietonie są opiniami autora."),
    ("body", "Мнение автора может не совпадать с позицией редакции"),
    # the call to listen to the site's podcast by its name, the new episodes of the writer's podcast
    ("body", "Listen to our podcast \"Town Talk\" every Tuesday"),
    ("body", "Écoutez notre podcast « Contre-point » chaque mardi"),
    ("body", "Hören Sie unseren Podcast „Am Hafen“"),
    ("body", "Ascolta il nostro podcast «Piazza Grande» ogni venerdì"),
    ("body", "Posłuchaj naszego podcastu „Między wierszami”"),
    ("body", "Слушайте наш подкаст «Двор»"),
    ("tail", "New episodes of my podcast, Hedge Notes, drop every other Tuesday – search for it wherever you listen."),
    ("tail", "Les nouveaux épisodes de mon podcast sortent chaque mardi sur toutes les plateformes."),
    ("tail", "Neue Folgen meines Podcasts erscheinen jeden Dienstag."),
    ("tail", "I nuovi episodi del mio podcast escono ogni martedì."),
    ("tail", "Nowe odcinki mojego podcastu co wtorek na Spotify."),
    ("tail", "Новые выпуски моего подкаста выходят каждый вторник."),
])
def test_round_64_disclaimers_and_podcast_calls_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Opinions expressed at the meeting were mixed, the chair said."),
    ("body", "Les opinions exprimées lors du débat étaient très partagées."),
    ("body", "Die Meinung des Autors wurde im Stadtrat heftig kritisiert."),
    ("body", "Le opinioni espresse dai residenti sono state raccolte in un dossier."),
    ("body", "Poglądy wyrażone przez radnych były podzielone."),
    ("body", "Мнение автора проекта не совпадает с позицией мэрии."),
    ("body", "New episodes of my podcast were recorded in the town hall, the mayor said."),
    ("body", "Posłuchaj naszego podcastu „Między wierszami” — radzi dyrektorka szkoły uczniom."),
    ("body", "Écoutez notre podcast, a lancé le maire aux habitants réunis dans la salle."),
    ("body", "Слушайте наш подкаст, призвал глава района жителей на встрече."),
])
def test_round_64_disclaimer_and_podcast_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a newsletter offered with when it comes
    ("body", "Harbour News now as a newsletter – every morning at 7"),
    ("body", "Recevez chaque vendredi nos meilleures tribunes : je m'inscris"),
    ("body", "Newsletter : l'essentiel de l'actu locale chaque matin, gratuitement"),
    ("body", "Quarzenbach24 jetzt auch als Newsletter – jeden Morgen um 6 Uhr"),
    ("body", "Newsletter: Die wichtigsten Nachrichten aus Ostrachfeld jeden Morgen kostenlos"),
    ("body", "Newsletter: le notizie più importanti ogni mattina gratis"),
    ("body", "Otrzymuj w każdy piątek nasze najlepsze felietony: zapisz się"),
    ("body", "Рассылка: главные новости каждое утро бесплатно"),
    # the site followed on a news aggregator, its name before it
    ("body", "Follow Harbour News on Google News"),
    ("body", "Suivez Saint-Aubrelin Actu sur Google Actualités"),
    ("body", "Folgen Sie Quarzenbach24 auf Google News"),
    ("body", "Segui RoccavelinaNews su Google News"),
    ("body", "Obserwuj Kruszwinek24.pl w Wiadomościach Google"),
    ("body", "Подписывайтесь на Малозаречинск.ру в Google Новостях"),
])
def test_round_64_newsletter_offers_and_aggregator_follows_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The council's newsletter now appears every month, and costs £3,000 a year."),
    ("body", "Die Gemeinde verschickt ihren Newsletter jeden Montag an 3000 Haushalte"),
    ("body", "Chaque vendredi, la mairie envoie sa lettre d'information à 2 000 foyers."),
    ("body", "Ogni mattina la newsletter del Comune raggiunge quattromila iscritti."),
    ("body", "Co tydzień gmina wysyła newsletter do rodziców uczniów."),
    ("body", "Каждое утро администрация делает рассылку для жителей района."),
    ("body", "Follow the story on Google News, the editor told the staff."),
])
def test_round_64_newsletter_and_follow_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("label, offer", [
    # under an ad's label between the paragraphs, an offer closed by its advertiser's name after a spaced dash
    ("Advertisement", "Car insurance in two minutes – Harbour Direct"),
    ("Publicité", "Crédit travaux en 48 heures – Banque Ravenel"),
    ("Anzeige", "Kredit für jeden Zweck in fünf Minuten – Sparkasse Quarzenbach"),
    ("Pubblicità", "Prestiti personali in giornata – Banca Valle"),
    ("Reklama", "Kredyt na dowolny cel w pięć minut – Bank Północny"),
    ("Реклама", "Кредит на любые цели за пять минут — Банк «Север»"),
])
def test_round_64_an_offer_signed_by_its_advertiser_goes_under_an_ad_label(label, offer):
    assert _problems(_insert("body", [label, offer]), "en") == []


@pytest.mark.parametrize("line", [
    # the same shape under no ad label is a line of the article (a subheading, a quoted title)
    "Kredit für jeden Zweck in fünf Minuten – Sparkasse Quarzenbach",
    "Кредит на любые цели за пять минут — Банк «Север»",
])
def test_round_64_an_offer_signed_by_a_name_stays_without_an_ad_label(line):
    assert [p for p in _problems(_insert("body", [line], keep=True), "en") if p.startswith("lost")] == []


@pytest.mark.parametrize("where, line", [
    # an ad marking: the label and its full stop, the advertiser's firm with its legal form and a phone number
    ("body", "Advertisement. Castle Mobility Ltd, scooters and stairlifts, tel. 0000 000000"),
    ("body", "Publicité. SARL Ravenel, cuisines, tél. 00 00 00 00 00"),
    ("body", "Anzeige. Fensterbau Renn GmbH, Fenster und Türen, Tel. 0000 000000"),
    ("body", "Pubblicità. Ottica Valle srl, occhiali, tel. 000 0000000"),
    ("body", "Reklama. Okna Wiśniewicz sp. z o.o., tel. 000 000 000"),
    ("body", "Реклама. ООО «Теплый дом», окна и двери, тел. 0-000-000-00-00"),
])
def test_round_64_ad_markings_with_the_advertisers_firm_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Reklama. To słowo pojawia się w raporcie NIK dwanaście razy."),
    ("body", "Реклама. Так называлась статья в бюджете, на которую ООО «Заря» потратило миллион."),
    ("body", "Advertisement. That is how the council described the banner put up by Castle Ltd."),
])
def test_round_64_ad_marking_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a free blog or site on its platform, the site builder's credit after the site's noun
    ("tail", "Free blog on Blogger"),
    ("tail", "Blog gratuit sur Eklablog"),
    ("tail", "Kostenlose Homepage von Jimdo"),
    ("tail", "Website erstellt mit IONOS MyWebsite"),
    ("tail", "Blog gratis su Altervista"),
    ("tail", "Darmowy blog na Blox.pl"),
    ("tail", "Бесплатный сайт на uCoz"),
])
def test_round_64_free_platform_footers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "A free website on Wix, the club said, was enough for its members."),
    ("tail", "Ein kostenloser Blog bei Jimdo reichte dem Verein lange Zeit völlig aus."),
    ("tail", "Il blog gratis su Altervista è stato chiuso dal Comune nel 2019."),
])
def test_round_64_free_platform_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


_R65_PARAGRAPH = "The county council approved the new budget on Tuesday evening after a debate of three hours."


@pytest.mark.parametrize("label, title", [
    ("Advertisement", "Council cuts bus subsidy by a quarter to save £240,000"),
    ("Publicité", "La commune vend l'ancienne poste pour 95 000 €"),
    ("Anzeige", "Gemeinde kauft altes Kino für 480.000 Euro"),
    ("Pubblicità", "Il Comune spende 60 euro a metro per le nuove aiuole"),
    ("Reklama", "Gmina kupi nowy autobus szkolny za 900 zł za kilometr"),
    ("Реклама", "Город потратит 12 руб с каждого жителя на новые урны"),
])
def test_round_65_title_under_an_ad_label_in_its_own_block_stays(label, title):
    """Round 65: a headline with a sum, in its own block under the page head's lone ad slot label, is the title,
    not the ad's copy (the copy stands under its label in the label's block)."""
    case = NoisyCase("ad-label-title", "\n\n".join([label, title, _R65_PARAGRAPH]) + "\n",
                     (title, _R65_PARAGRAPH), (label,))
    assert _problems(case, "en") == []


@pytest.mark.parametrize("label, copy", [
    ("Advertisement", "Winter tyres fitted from £59 at Ridgeway Tyres"),
    ("Publicité", "Pneus hiver posés dès 49 € chez Garage Morel"),
    ("Anzeige", "Winterreifen montiert ab 49 € bei Reifen Kunz"),
    ("Pubblicità", "Gomme invernali montate da 49 € da Gommista Rota"),
    ("Reklama", "Opony zimowe z montażem od 199 zł w Serwisie Kruk"),
    ("Реклама", "Зимние шины с установкой от 2990 ₽ в шиномонтаже Кедр"),
])
def test_round_65_ad_copy_in_its_labels_block_goes(label, copy):
    case = NoisyCase("ad-label-copy", "\n\n".join([_R65_PARAGRAPH, label + "\n" + copy, _R65_PARAGRAPH + " Nine voted no."])
                     + "\n", (_R65_PARAGRAPH, _R65_PARAGRAPH + " Nine voted no."), (label, copy))
    assert _problems(case, "en") == []


@pytest.mark.parametrize("where, line", [
    # a CMS or shop engine in a site's credit (round 65): "Сайт работает на 1С-Битрикс"
    ("tail", "Сайт работает на 1С-Битрикс"),
    ("tail", "Powered by 1C-Bitrix"),
    ("tail", "Site propulsé par MODX"),
    ("tail", "Erstellt mit Contao"),
    ("tail", "Realizzato con PrestaShop"),
    ("tail", "Sklep działa na Shopify"),
    ("tail", "Сайт создан на NetCat"),
    # a writer's handle on a network, first person (round 65): "I'm on Bluesky as @... – come and say hello."
    ("tail", "I'm on Bluesky as @ridgewaywriter.bsky.social – come and say hello."),
    ("tail", "Je suis sur Mastodon sous @carnetsdelea@piaille.fr, venez discuter."),
    ("tail", "Ich bin auf Bluesky als @hanna-schreibt.bsky.social unterwegs."),
    ("tail", "Sono su Threads come @diario_di_ada, passate a salutare."),
    ("tail", "Jestem na Bluesky jako @pisze.bsky.social – zapraszam."),
    ("tail", "Я в Telegram: @tihaya_ulitsa — заходите."),
    # the writer's channel plug after an if-you-like-it opening, and the writer's videos on the writer's channel
    ("tail", "Se ti piace quello che scrivo, iscriviti al mio canale Telegram @diario_di_ada"),
    ("tail", "If you like what I write, subscribe to my YouTube channel @ridgewaywriter"),
    ("tail", "Si vous aimez ce que j'écris, abonnez-vous à ma chaîne YouTube."),
    ("tail", "Wenn dir gefällt, was ich schreibe, abonniere meinen Telegram-Kanal @hanna_schreibt"),
    ("tail", "Jeśli podoba ci się to, co piszę, subskrybuj mój kanał YouTube."),
    ("tail", "Если вам нравится то, что я пишу, подписывайтесь на мой Telegram-канал @tihaya"),
    ("tail", "Retrouvez mes vidéos chaque mardi sur ma chaîne YouTube « Le Jardin de Léa »."),
    ("tail", "Find my videos every Tuesday on my YouTube channel, Ridgeway Walks."),
    ("tail", "Meine Videos findet ihr jeden Dienstag auf meinem YouTube-Kanal."),
    ("tail", "Trovate i miei video ogni martedì sul mio canale YouTube."),
    ("tail", "Moje filmy znajdziesz co wtorek na moim kanale YouTube."),
    ("tail", "Мои видео смотрите каждый вторник на моём YouTube-канале."),
])
def test_round_65_platform_credits_and_writers_channels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "The school's site runs on 1C-Bitrix, which the council paid for in 2019."),
    ("tail", "I'm on Bluesky now, the mayor told reporters, because the old network had become unbearable."),
    ("tail", "Si vous aimez ce que j'écris, dit-elle, c'est grâce à mon grand-père qui tenait une chaîne de librairies."),
    ("tail", "Trovate i miei video, ha detto il sindaco, ma non sul mio canale: li ha girati il comune."),
    ("tail", "Я в Telegram не сижу, сказал глава района, новости узнаю из газеты."),
])
def test_round_65_platform_credit_and_channel_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad's label in square brackets (round 65): "[Contenu partenaire]"
    ("head", "[Contenu partenaire]"),
    ("head", "[Partner content]"),
    ("head", "[Sponsored]"),
    ("head", "[Anzeige]"),
    ("head", "[Contenuto sponsorizzato]"),
    ("head", "[Artykuł sponsorowany]"),
    ("head", "[Партнёрский материал]"),
    # an ad's registration token alone (round 65): "erid: 2Vtzq0000000"
    ("tail", "erid: 2Vtzq0000000"),
    ("head", "ERID: LjN8KXdYz"),
    ("head", "Реклама · erid: 2VtzqwXyZ"),
    ("tail", "Токен: erid 2VtzqwXyZ"),
    # an embed's consent placeholder (round 65): "Externer Inhalt: Um diesen Inhalt zu sehen, stimmen Sie ... zu."
    ("body", "Externer Inhalt: Um diesen Inhalt zu sehen, stimmen Sie bitte der Datenverarbeitung zu."),
    ("body", "External content: To view this content, please accept the processing of your data."),
    ("body", "Contenu externe : pour voir ce contenu, veuillez accepter le traitement des données."),
    ("body", "Contenuto esterno: per visualizzare questo contenuto, accetta il trattamento dei dati."),
    ("body", "Treść zewnętrzna: aby zobaczyć tę treść, zaakceptuj przetwarzanie danych."),
    ("body", "Внешний контент: чтобы увидеть этот контент, разрешите обработку данных."),
    # the writer's photos, no reproduction (round 65): "Le foto sono dell'autore, vietata la riproduzione senza consenso."
    ("tail", "Le foto sono dell'autore, vietata la riproduzione senza consenso."),
    ("tail", "Photos are the author's own, no reproduction without permission."),
    ("tail", "Les photos sont de l'auteur, reproduction interdite sans autorisation."),
    ("tail", "Die Fotos stammen vom Autor, Vervielfältigung ohne Zustimmung verboten."),
    ("tail", "Zdjęcia są autorstwa autora, kopiowanie bez zgody zabronione."),
    ("tail", "Фото автора, копирование без разрешения запрещено."),
])
def test_round_65_markers_placeholders_and_photo_notices_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Externer Inhalt, sagte der Datenschützer, müsse immer erst nach Zustimmung geladen werden."),
    ("body", "External content on the council's site, the auditor found, had been loaded without consent."),
    ("tail", "Le foto sono dell'autore della mostra, che ne ha vietato la riproduzione ai giornali locali."),
    ("tail", "Photos are the author's own, the publisher said, and the book will not be reprinted."),
    ("body", "Erid, the new ad token, became mandatory in Russia in September 2022, the regulator said."),
])
def test_round_65_marker_and_notice_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the content's loading placeholder (round 65, the player's placeholder extended): "Inhalt wird geladen …"
    ("body", "Inhalt wird geladen …"),
    ("body", "Content is loading…"),
    ("body", "Loading content..."),
    ("body", "Contenu en cours de chargement…"),
    ("body", "Chargement du contenu…"),
    ("body", "Contenuto in caricamento…"),
    ("body", "Treść się ładuje…"),
    ("body", "Ładowanie treści…"),
    ("body", "Контент загружается…"),
    ("body", "Загрузка содержимого…"),
    # an agency's signature with its desk's or editor's code after a slash (round 65): "(dpa/lno)"
    ("tail", "(dpa/lno)"),
    ("tail", "(AFP/mla)"),
    ("tail", "(ANSA/red)"),
    ("tail", "(PAP/jk)"),
    ("tail", "(ТАСС/ред)"),
    ("tail", "(Reuters/ap)"),
    # log in to be able to comment (round 65): "Musisz się zalogować, aby móc dodać komentarz."
    ("tail", "Musisz się zalogować, aby móc dodać komentarz."),
    ("tail", "You must be logged in to be able to comment."),
    ("tail", "Vous devez être connecté pour pouvoir commenter."),
    ("tail", "Sie müssen angemeldet sein, um kommentieren zu können."),
    ("tail", "Devi essere connesso per poter commentare."),
    ("tail", "Необходимо войти, чтобы иметь возможность комментировать."),
])
def test_round_65_loading_agency_codes_and_log_in_to_comment_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Content is loading slowly on the council's new website, residents complained on Monday."),
    ("body", "Der Inhalt wird geladen, sobald die Behörde zustimmt, sagte der Sprecher."),
    ("tail", "(dpa/lno reported the figure first, the ministry said on Monday.)"),
    ("tail", "Musisz się zalogować, aby móc dodać komentarz – tak brzmiała odpowiedź urzędu na skargę mieszkańców."),
])
def test_round_65_loading_agency_and_log_in_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a word count, then the minutes alone (round 65): "☕ 1,240 words · 5 minutes"
    ("head", "☕ 1,240 words · 5 minutes"),
    ("head", "1 240 mots · 5 min"),
    ("head", "1.240 Wörter · 5 Minuten"),
    ("head", "1240 parole · 5 minuti"),
    ("head", "1240 słów · około 5 minut"),
    ("head", "📖 1240 слов · 5 минут"),
])
def test_round_65_word_count_and_minutes_rows_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "1,240 words in 5 minutes is what the winner typed, the organisers said."),
    ("body", "1240 слов за 5 минут — таков рекорд школьника, сообщили организаторы."),
])
def test_round_65_word_count_and_minutes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the writer's book to be ordered, or the writer's pieces collected in it, its title in quotes (round 65)
    ("tail", "Мою книгу «Тихий двор» можно заказать на Ozon и в «Читай-городе»."),
    ("tail", "My book “Quiet Lanes” can be ordered from any bookshop."),
    ("tail", "Mon livre « Rue des Tilleuls » peut être commandé en librairie."),
    ("tail", "Mein Buch „Stille Gassen“ kann man in jeder Buchhandlung bestellen."),
    ("tail", "Il mio libro «Vicoli quieti» si può ordinare in tutte le librerie."),
    ("tail", "Moją książkę „Ciche podwórka” można zamówić w każdej księgarni."),
    ("tail", "Retrouvez toutes mes chroniques dans mon livre « Les Petits Jours », aux éditions du Pré."),
    ("tail", "Find all my columns in my book “Small Days”, out now."),
    ("tail", "Alle meine Kolumnen finden Sie in meinem Buch „Kleine Tage“."),
    ("tail", "Trovate tutte le mie rubriche nel mio libro «Piccoli giorni»."),
    ("tail", "Wszystkie moje felietony znajdziesz w mojej książce „Małe dni”."),
    ("tail", "Все мои колонки ищите в моей книге «Маленькие дни»."),
])
def test_round_65_book_plugs_with_the_title_in_quotes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "«Мою книгу можно заказать где угодно», — сказал писатель, но в магазинах её не было."),
    ("tail", "“You can find my book in the library,” the mayor said, but the library had closed in May."),
    ("tail", "Retrouvez-vous dans mon livre ? Beaucoup de lecteurs de la ville l'ont cru, raconte l'auteure."),
])
def test_round_65_book_plug_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the comment form's notify-me checkboxes and the Akismet notice in six languages (round 66)
    ("tail", "Benachrichtige mich über nachfolgende Kommentare via E-Mail."),
    ("tail", "Prévenez-moi de tous les nouveaux commentaires par e-mail."),
    ("tail", "Avvisami via e-mail in caso di risposte al mio commento."),
    ("tail", "Powiadom mnie o nowych komentarzach przez e-mail."),
    ("tail", "Уведомлять меня о новых комментариях по почте."),
    ("tail", "Notify me of follow-up comments by email."),
    ("tail", "Questo sito usa Akismet per ridurre lo spam. Scopri come vengono elaborati i dati derivati dai commenti."),
    ("tail", "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les données de vos commentaires sont traitées."),
    ("tail", "Diese Website verwendet Akismet, um Spam zu reduzieren."),
    ("tail", "Ta strona używa Akismet do redukcji spamu. Dowiedz się, w jaki sposób przetwarzane są dane Twoich komentarzy."),
    ("tail", "Этот сайт использует Akismet для борьбы со спамом."),
])
def test_round_66_comment_form_checkboxes_and_akismet_notices_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Benachrichtigt wurden die Anwohner über neue Kommentare des Bauamts erst am Montag."),
    ("tail", "Powiadom mnie o nowych zmianach w planie, poprosiła radna sekretarza gminy."),
    ("tail", "Akismet, a spam filter for blogs, was written by a developer in San Francisco in 2005."),
    ("tail", "Questo sito usa ancora un vecchio server, ammette il sindaco, e la migrazione costerà cara."),
    ("body", "Прочтёте за 4 минуты всё, что нужно знать о новой схеме движения, обещают в мэрии."),
])
def test_round_66_comment_form_checkboxes_and_akismet_notices_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the reading time with the reader's verb in the second person (round 66): "Прочтёте за 4 минуты"
    ("head", "Прочтёте за 4 минуты"),
    ("head", "Leggi in 3 minuti"),
    ("head", "Vous lirez en 4 minutes"),
    ("head", "Du liest in 4 Minuten"),
    ("head", "Przeczytacie w 3 minuty"),
    ("head", "Read in 4 minutes"),
])
def test_round_66_reading_time_in_the_second_person_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "За 4 минуты до начала матча стадион был полон."),
    ("head", "Leggi in 3 minuti il regolamento del concorso e poi compila il modulo."),
])
def test_round_66_reading_time_in_the_second_person_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # embed placeholders waiting for cookies or JavaScript, imported-embed placeholders, the
    # writer's follow plug with a purpose clause or a group, and the writer's also-given talks or courses with the
    # dates after a dash (round 66)
    ("body", "This content is imported from YouTube. You may be able to find the same content in another format, or you may be able to find more information, at their web site."),
    ("body", "Ce contenu est importé de YouTube."),
    ("body", "Dieser Inhalt wurde von YouTube importiert."),
    ("body", "Questo contenuto è importato da YouTube. Potresti trovare lo stesso contenuto in un altro formato."),
    ("body", "Ta treść jest importowana z YouTube."),
    ("body", "Этот контент импортирован из YouTube."),
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."),
    ("body", "Contenuto non disponibile – accetta i cookie per visualizzarlo"),
    ("body", "Materiał wideo jest niedostępny. Włącz obsługę JavaScript w przeglądarce."),
    ("body", "This content is unavailable. Accept cookies to view it."),
    ("body", "Dieser Inhalt ist blockiert, weil Sie keine Cookies akzeptiert haben."),
    ("body", "Видео недоступно. Включите JavaScript в браузере."),
    ("tail", "Suivez-moi sur Mastodon et Bluesky pour ne rien rater de mes prochains billets."),
    ("tail", "Follow me on Bluesky so you don't miss the next post."),
    ("tail", "Folgt mir auf Mastodon, um keinen Beitrag zu verpassen."),
    ("tail", "Seguimi su Threads per non perdere i prossimi articoli."),
    ("tail", "Obserwuj mnie na Instagramie, aby nie przegapić kolejnych wpisów."),
    ("tail", "Подписывайтесь на меня в Telegram, чтобы не пропустить новые посты."),
    ("tail", "Заходите в мою группу ВКонтакте — там фотографии со всех прогулок."),
    ("tail", "Rejoignez mon groupe Facebook, on y partage les photos des balades."),
    ("tail", "I also give talks to parish councils and walking groups – fees and dates on my Speaking page."),
    ("tail", "Übrigens: Ich gebe auch Fermentierkurse – alle Termine findest du unter „Workshops“."),
    ("tail", "Je donne aussi des ateliers de couture : dates et tarifs sur la page Ateliers."),
    ("tail", "Tengo anche corsi di cucito – date e prezzi nella pagina Corsi."),
    ("tail", "Prowadzę też warsztaty – terminy na stronie Warsztaty."),
    ("tail", "Я также провожу мастер-классы — расписание на странице «Курсы»."),
])
def test_round_66_embed_placeholders_and_follow_and_course_plugs_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "This content is imported from a dozen agencies, the editor admitted, and checked by none of them."),
    ("body", "Ce contenu est bloqué depuis lundi par décision du tribunal, explique l'avocat de la mairie."),
    ("body", "Video non disponibile per i residenti: il Comune ha ritirato la registrazione del consiglio."),
    ("body", "Materiał wideo jest niedostępny dla mieszkańców, bo gmina nie wykupiła licencji."),
    ("tail", "Suivez-moi sur le chemin du lavoir pour voir les dégâts, nous a dit le maire."),
    ("tail", "Заходите в мою группу, сказала учительница, и мальчик вошёл в класс."),
    ("tail", "I also give talks to schools – the children love the old photographs, she told us."),
    ("tail", "Ich gebe auch Kurse – das Geld brauche ich für die Miete."),
    ("tail", "Je donne aussi des cours de piano : trois élèves par semaine, pas plus."),
])
def test_round_66_embed_placeholders_and_follow_and_course_plugs_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the writer's group on a network, joined (round 66)
    ("tail", "Rejoignez mon groupe Facebook, on y partage les photos des balades."),
    ("tail", "Join my Facebook group – that's where the walk photos go."),
    ("tail", "Kommt in meine Facebook-Gruppe, dort gibt es alle Fotos."),
    ("tail", "Unisciti al mio gruppo Facebook, lì trovi tutte le foto."),
    ("tail", "Dołącz do mojej grupy na Facebooku, tam są wszystkie zdjęcia."),
])
def test_round_66_follow_plugs_for_the_writers_group_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Join my brother on the walk, said the farmer, and pointed at the stile."),
    ("tail", "Dołącz do mojej grupy, poprosiła sołtyska, i wszyscy się zgodzili."),
])
def test_round_66_follow_plugs_for_the_writers_group_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # a column's kind and its writer under the title, the writer's other columns with an elided
    # 'de', a save-to-Pinterest button (round 66)
    ("head", "Le billet d'Odile Fargemont"),
    ("head", "A column by Rhiannon Treloar"),
    ("head", "Die Kolumne von Henrike Kalmbacher"),
    ("head", "La rubrica di Lorenza Cavedagna"),
    ("head", "Felieton Iwony Pękalskiej"),
    ("head", "Колонка Игоря Тепляшина"),
    ("tail", "Toutes les chroniques d'Odile Fargemont"),
    ("tail", "Gli altri interventi di Lorenza Cavedagna"),
    ("body", "Save to Pinterest"),
    ("body", "Merken auf Pinterest"),
    ("body", "Enregistrer sur Pinterest"),
    ("body", "Salva su Pinterest"),
    ("body", "Zapisz na Pintereście"),
    ("body", "Сохранить в Pinterest"),
])
def test_round_66_column_bylines_more_columns_and_pinterest_buttons_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("head", "Le billet de Jean Moulin a été retrouvé dans une boîte."),
    ("body", "Save to Pinterest was the button most readers clicked, the study found."),
])
def test_round_66_column_bylines_more_columns_and_pinterest_buttons_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the piece reflecting its author's view, and a liked-it or helped-you question with a like
    # or tip-jar call (round 66)
    ("head", "Cette chronique reflète le point de vue de son autrice."),
    ("head", "Questo articolo esprime l'opinione dell'autrice."),
    ("head", "This column reflects the views of its author."),
    ("head", "Diese Kolumne spiegelt die Meinung der Autorin wider."),
    ("head", "Ten felieton wyraża opinię autora."),
    ("head", "Эта колонка отражает мнение автора."),
    ("body", "Enjoyed this? Buy the shed a tin of varnish"),
    ("body", "Dir hat der Beitrag geholfen? Lass ein Like da!"),
    ("body", "Cet article vous a aidé ? Laissez un cœur !"),
    ("body", "Ti è stato utile questo articolo? Offrimi un caffè"),
    ("body", "Pomógł ci ten wpis? Postaw mi kawę"),
    ("body", "Статья была полезна? Поставьте лайк!"),
    ("body", "Was this helpful? Share it with a friend."),
])
def test_round_66_own_view_disclaimers_and_liked_or_helped_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Cette chronique reflète le point de vue de son autrice sur la ville, et celui de beaucoup d'habitants."),
    ("body", "This article reflects the views of the author's neighbours, who signed the petition."),
    ("body", "Did the council enjoy this? Nobody asked."),
    ("body", "Was this helpful? The committee could not say, and the vote was postponed."),
])
def test_round_66_own_view_disclaimers_and_liked_or_helped_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the news or alerts offered to receive, and the write-to-us prompts (round 66)
    ("tail", "Recevez l'essentiel de l'actu locale chaque soir"),
    ("tail", "Get our free breaking-news alerts on your phone"),
    ("tail", "Erhalten Sie unsere Eilmeldungen kostenlos aufs Handy"),
    ("tail", "Ricevi le notizie più importanti ogni sera"),
    ("tail", "Otrzymuj najważniejsze wiadomości każdego wieczoru"),
    ("tail", "Получайте главные новости каждый вечер"),
    ("tail", "Есть что сказать? Напишите нам"),
    ("tail", "Something to say? Write to us"),
    ("tail", "Vous avez quelque chose à dire ? Écrivez-nous"),
    ("tail", "Hai qualcosa da dire? Scrivici"),
    ("tail", "Masz coś do powiedzenia? Napisz do nas"),
    ("tail", "Sie haben etwas zu sagen? Schreiben Sie uns"),
    ("tail", "Réagissez : courrier des lecteurs"),
    ("tail", "Have your say: letters to the editor"),
    ("tail", "Reagieren Sie: Leserbriefe"),
    ("tail", "Scrivi al giornale: lettere@vocedivalderzo.example"),
    ("tail", "Write to the paper: letters@courier.example"),
    ("tail", "Напишите в редакцию: pisma@gazeta.example"),
])
def test_round_66_news_offers_and_write_to_us_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Get the news every evening, the mayor told residents, and you will know what the council does."),
    ("tail", "Receive alerts on your phone when the river rises above the red line, the agency advises."),
    ("tail", "Есть что сказать? Пожалуй, нет, ответил глава района."),
])
def test_round_66_news_offers_and_write_to_us_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the writer taking on paid writing work with the rates or samples after a dash, and the call to be
    # asked for a quote (round 66)
    ("tail", "I take on freelance copywriting for small charities – rates and samples on my Work With Me page."),
    ("tail", "J'accepte des missions de rédaction freelance – tarifs et exemples sur ma page Travailler avec moi."),
    ("tail", "Ich übernehme Texteraufträge für Vereine – Preise und Beispiele auf meiner Seite „Zusammenarbeit“."),
    ("tail", "Accetto incarichi di copywriting per piccole associazioni – tariffe ed esempi nella pagina Collaborazioni."),
    ("tail", "Przyjmuję zlecenia copywriterskie – cennik i próbki na stronie Współpraca."),
    ("tail", "Беру заказы на тексты — цены и примеры на странице «Сотрудничество»."),
    ("tail", "Need words for your small business? I write web copy and newsletters. Email me for a quote."),
    ("tail", "Besoin de textes pour votre entreprise ? Je rédige vos pages web. Écrivez-moi pour un devis."),
    ("tail", "Brauchen Sie Texte für Ihr Unternehmen? Ich schreibe Webtexte. Schreiben Sie mir für ein Angebot."),
    ("tail", "Ti servono testi per la tua attività? Scrivo pagine web e newsletter. Scrivimi per un preventivo."),
    ("tail", "Potrzebujesz tekstów dla firmy? Piszę teksty na strony. Napisz do mnie po wycenę."),
    ("tail", "Нужны тексты для бизнеса? Пишу тексты для сайтов. Напишите мне для расчёта стоимости."),
])
def test_round_66_hire_me_plugs_and_quote_calls_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "I take on freelance work in the summer – the rates at the farm are too low, she said."),
    ("tail", "Przyjmuję zlecenia od gminy – to nie tajemnica, przyznał radny."),
    ("tail", "The builder told us to email him for a quote, and the quote never came."),
])
def test_round_66_hire_me_plugs_and_quote_calls_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # an ad's label over its copy with a price, a phone or an offer's word; a named site followed on two
    # networks; the site's pieces liked with a gift-subscription call; most-commented and you-may-like labels with a
    # headline (round 66)
    ("tail", "Sponsored: Winter tyres fitted from £59 at Tullo Tyres, Mill Lane"),
    ("tail", "Advert: Culvercombe Carpet Warehouse – closing-down sale, everything must go"),
    ("tail", "Anzeige: Rauchmelder-Wartung vom Fachbetrieb – Haustechnik Beiler, Tel. 00000 00"),
    ("tail", "Pubblicità – Serramenti Gualtieri, preventivi gratuiti, tel. 0000 000000"),
    ("tail", "Contenu sponsorisé – Isolation des combles : vérifiez votre éligibilité aux aides"),
    ("tail", "Reklama: Okna i drzwi – wyprzedaż do końca miesiąca"),
    ("tail", "Реклама — окна и двери со скидкой, тел. 0-000-000-00-00"),
    ("tail", "Suivez Montgivrel Infos sur Facebook et Instagram"),
    ("tail", "Follow Harbour News on Facebook and Instagram"),
    ("body", "Vous aimez nos chroniques ? Offrez un abonnement"),
    ("body", "Do you like our columns? Give a subscription to a friend"),
    ("body", "Lubisz nasze felietony? Podaruj prenumeratę"),
    ("body", "Most commented: Should the weekly market move to Sundays?"),
    ("body", "Les plus commentés : Faut-il déplacer le marché ?"),
    ("body", "Вам может понравиться: Как я перешила папино пальто"),
    ("body", "You may also like: How I mended my father's coat"),
])
def test_round_66_labelled_ad_copy_follow_rows_liked_columns_and_rail_labels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Anzeige: Die Polizei ermittelt gegen den Betreiber. Der Schaden liegt bei 40 000 Euro."),
    ("body", "Most commented on was the plan to move the market, the clerk said."),
    ("body", "Вам может понравиться: так сказал продавец, и мы купили всё."),
])
def test_round_66_labelled_ad_copy_follow_rows_liked_columns_and_rail_labels_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the column's day under the title with the columnist named, and the call to like the post if the
    # reader too does what it tells (round 66)
    ("head", "Mavis Penrose's column appears every Friday"),
    ("head", "La chronique d'Odile Fargemont paraît chaque vendredi"),
    ("head", "Die Kolumne von Sabine Kroll erscheint jeden Freitag"),
    ("head", "La rubrica di Marta Gualtieri esce ogni venerdì"),
    ("head", "Felieton Anny Nowak ukazuje się w każdy piątek"),
    ("head", "Колонка Игоря Тепляшина выходит по пятницам"),
    ("tail", "Ставьте лайк, если тоже храните старые вещи"),
    ("tail", "Hit like if you also keep your grandmother's coats"),
    ("tail", "Likez si vous aussi gardez les vieux vêtements"),
    ("tail", "Lass ein Like da, wenn du auch alte Kleider aufhebst"),
    ("tail", "Metti mi piace se anche tu conservi i vestiti vecchi"),
    ("tail", "Daj lajka, jeśli też trzymasz stare ubrania"),
])
def test_round_66_column_days_and_like_if_you_too_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Mavis Penrose's column appears every Friday in the paper, and the council reads it closely."),
    ("tail", "Likez si vous aussi voulez, a plaisanté le maire, mais le vote a eu lieu."),
])
def test_round_66_column_days_and_like_if_you_too_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 66) the most-popular label with its headline, and an ad's copy offering free valuations under its label
    ("body", "Most popular: Bakery reopens after the long winter closure"),
    ("tail", "Advertisement: Moving house? Free valuations from Hartley Homes"),
])
def test_round_66_most_popular_labels_and_free_valuation_ads_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Most popular was the proposal to reopen the bakery, the survey found."),
])
def test_round_66_most_popular_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 67) a named site or blog liked on a network, the line no sentence
    ("tail", "Like Hedgerow Notes on Facebook"),
    ("tail", "Aimez Le Pressoir sur Facebook"),
    ("tail", "Liken Sie Landluft auf Facebook"),
    ("tail", "Metti mi piace a Orto Felice su Facebook"),
    ("tail", "Polub Zielnik na Facebooku"),
    ("tail", "Лайкните «Дачу» во ВКонтакте"),
])
def test_round_67_named_site_liked_on_a_network_goes(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Like many people on Facebook, she posted a photo of the lights that evening."),
    ("tail", "Polub to, co masz na co dzień, mówiła babcia, i miała rację."),
    ("body", "Aimez vos voisins sur Facebook comme dans la rue, disait le curé en souriant."),
])
def test_round_67_named_site_liked_on_a_network_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 67) the page named bare as the subject of its affiliate-links note
    ("body", "Post contains affiliate links."),
    ("body", "Article contient des liens affiliés."),
    ("body", "Beitrag enthält Affiliate-Links."),
    ("body", "Articolo contiene link affiliati."),
    ("body", "Wpis zawiera linki afiliacyjne."),
    ("body", "Статья содержит партнёрские ссылки."),
])
def test_round_67_bare_page_noun_affiliate_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Post office contains affiliate links to the bank, the report said."),
    ("body", "Wpis zawiera linki afiliacyjne do sklepów, z których sama korzystam od lat i które polecam bez wahania."),
])
def test_round_67_bare_page_noun_affiliate_notes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 67) the blog or the writer's work liked, then the tip jar's call to buy the writer something
    ("tail", "You like this blog? Buy me a pint"),
    ("tail", "Vous aimez ce blog ? Offrez-moi une bolée"),
    ("tail", "Dir gefällt mein Blog? Spendier mir ein Bier"),
    ("tail", "Ti piace questo blog? Offrimi uno spritz"),
    ("tail", "Lubisz tego bloga? Postaw mi piwo"),
    ("tail", "Вам нравится мой блог? Угостите автора чаем"),
])
def test_round_67_liked_the_blog_tip_jar_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Vous aimez ce blog ? Moi aussi, mais je ne sais toujours pas pourquoi je l'ai commencé."),
    ("tail", "Do you like this blog? My mother asked me that every week for a whole year."),
])
def test_round_67_liked_the_blog_tip_jar_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 67) the own-view disclaimer of a woman writing
    ("head", "Cette chronique n'engage que son autrice."),
    ("head", "Les propos tenus ici n'engagent que leur autrice."),
    ("head", "Le opinioni espresse sono dell'autrice"),
    ("head", "Le opinioni espresse in questa rubrica sono esclusivamente quelle dell'autrice."),
])
def test_round_67_own_view_disclaimers_of_a_woman_writing_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Le opinioni espresse dall'autrice del ricorso sono state respinte dal tribunale amministrativo."),
    ("body", "Cette décision n'engage que la commune, a rappelé l'autrice du rapport devant le conseil."),
])
def test_round_67_own_view_disclaimers_of_a_woman_writing_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 67) an empty comment section and the call to be the first to give an opinion
    ("tail", "No comments yet. Be the first to have your say"),
    ("tail", "Aucun commentaire pour le moment. Soyez le premier à donner votre avis"),
    ("tail", "Noch keine Kommentare. Sei der Erste, der seine Meinung sagt"),
    ("tail", "Nessun commento ancora. Sii il primo a dire la tua!"),
    ("tail", "Brak komentarzy. Bądź pierwszy, który wyrazi opinię"),
    ("tail", "Комментариев пока нет. Будьте первым, кто выскажет мнение"),
])
def test_round_67_be_the_first_to_give_an_opinion_goes(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Nessun commento ancora dal sindaco, che sarà il primo a dire la sua domani in consiglio."),
])
def test_round_67_be_the_first_to_give_an_opinion_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 67) the paper's digital edition offered to leaf through, or named alone as a link
    ("head", "Browse the digital edition"),
    ("head", "Feuilletez le journal numérique"),
    ("head", "Blättern Sie im E-Paper"),
    ("head", "Sfoglia il giornale digitale"),
    ("head", "Przeglądaj e-wydanie"),
    ("head", "Листать электронную версию"),
    ("head", "Электронная версия номера"),
])
def test_round_67_digital_edition_links_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Sfoglia il giornale digitale ogni mattina, dice il sindaco, perché la carta non arriva più."),
    ("body", "Электронная версия номера вышла на день раньше бумажной, сообщили в редакции."),
])
def test_round_67_digital_edition_links_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) a stamp's word with its writer or its date still goes: the manner words below do not spare it
    ("head", "Written by Harriet Quillon"),
    ("head", "Posted by admin on 12 March 2019"),
    ("head", "Publié par Marie Dupont le 3 mars 2026 à 10h15"),
    ("head", "Veröffentlicht von Anna Weber am 3. März 2026"),
    ("head", "Pubblicato da Paolo Neri il 3 marzo 2026"),
    ("head", "Opublikowano przez Jana Kowalskiego 3 marca 2026"),
    ("head", "Опубликовано 3 марта 2026 пользователем admin"),
])
def test_round_68_stamps_with_a_writer_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the stamp's word followed by how it was written or made public opens the article's participle
    # clause: "by hand" is no writer
    ("tail", "Written by hand over three winters, the ledger lists every boat that left the harbour."),
    ("tail", "Written by hand, the minutes run to forty pages."),
    ("body", "Posted by mistake on the council website, the draft budget was taken down within an hour."),
    ("head", "Published by accident on 3 March, the report named two of the witnesses."),
    ("tail", "Written by candlelight during the blackout, her letters describe the queues at the bakery."),
    ("tail", "Written by the light of a paraffin lamp, the diary covers the whole winter of 1947."),
    ("tail", "Publié par erreur le 3 mars, le rapport citait le nom de deux témoins."),
    ("tail", "Veröffentlicht aus Versehen am 3. März, nannte der Bericht zwei Zeugen."),
    ("tail", "Pubblicato per errore il 3 marzo, il rapporto citava due testimoni."),
    ("tail", "Opublikowano przez pomyłkę 3 marca raport z nazwiskami dwóch świadków."),
    ("tail", "Опубликовано по ошибке 3 марта: в докладе были названы двое свидетелей."),
    # and the other languages' hand-written clauses, which no byline rule takes
    ("tail", "Écrit à la main le 3 mars 1911, le registre paroissial raconte déjà la même dispute."),
    ("tail", "Geschrieben von Hand auf Packpapier, hing der Zettel wochenlang am Rathaus."),
    ("tail", "Scritto a mano il 3 marzo 1911, il registro riporta la stessa lite sul pozzo."),
    ("tail", "Napisane ręcznie 3 marca 1911 roku protokoły opisują ten sam spór o studnię."),
    ("tail", "Написано от руки 3 марта 1911 года, письмо пролежало в комоде сто лет."),
])
def test_round_68_stamps_with_a_writer_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# (round 68) a periodic column's page: the paper's name, its menu, the opinion section, the column's name, the date,
# then a short headline (four words, as long as the column's name) and the byline with the own-view disclaimer
_ROUND_68_COLUMN = {
    "en": ["Harrowgate Echo", "Home | News | Opinion | Sport | Letters", "Opinion", "The Sunday morning column",
           "8 March 2026", "The allotments in March", "By Clare Denholm", "The views expressed are the writer's own",
           "Nobody who has walked past the allotments on a spring evening could want them tarmacked for forty parking spaces.",
           "\"We were told the plots were safe for another twenty years,\" said Jim Barlow, who has grown leeks there since 1994.",
           "The council will decide in April, and the plot holders have asked to speak at the meeting.",
           "I hope the councillors walk down there first, on a Sunday morning, before they vote.",
           "The Sunday morning column that saved the allotments"],
    "fr": ["Le Courrier du Vallon", "Accueil | Actualités | Opinions | Sports", "Opinions", "La chronique du dimanche",
           "8 mars 2026", "Les jardins de mars", "Par Claire Denoyelle", "Les propos tenus ici n'engagent que leur auteur",
           "Personne qui a longé les jardins ouvriers un soir de printemps ne peut vouloir les goudronner pour quarante places.",
           "« On nous avait promis vingt ans de tranquillité », raconte Jacques Barrault, qui y cultive ses poireaux depuis 1994.",
           "Le conseil municipal tranchera en avril, et les jardiniers ont demandé à prendre la parole.",
           "J'espère que les élus iront s'y promener un dimanche matin avant de voter.",
           "La chronique du dimanche fête ses trente ans"],
    "de": ["Talbote", "Startseite | Lokales | Meinung | Sport", "Meinung", "Die Kolumne am Sonntag", "8. März 2026",
           "Die Gärten im März", "Von Clara Dengler", "Dieser Beitrag gibt die Meinung der Autorin wieder",
           "Wer an einem Frühlingsabend an den Kleingärten vorbeigeht, kann sie nicht für vierzig Stellplätze asphaltieren wollen.",
           "„Man hat uns noch zwanzig ruhige Jahre versprochen“, sagt Jakob Barth, der dort seit 1994 Lauch anbaut.",
           "Der Gemeinderat entscheidet im April, und die Gärtner wollen in der Sitzung sprechen.",
           "Ich hoffe, die Räte gehen vorher an einem Sonntagmorgen selbst einmal dort spazieren.",
           "Die Kolumne am Sonntag wird dreißig Jahre alt"],
    "it": ["La Voce del Colle", "Home | Cronaca | Opinioni | Sport", "Opinioni", "Il corsivo del lunedì", "9 marzo 2026",
           "Gli orti di marzo", "di Chiara Dentici", "Le opinioni espresse sono dell'autrice",
           "Chi passa davanti agli orti comunali in una sera di primavera non può volerli asfaltare per quaranta posti auto.",
           "«Ci avevano promesso altri vent'anni di tranquillità», racconta Giacomo Barile, che coltiva porri lì dal 1994.",
           "Il consiglio comunale deciderà ad aprile, e gli ortolani hanno chiesto di intervenire.",
           "Spero che i consiglieri ci vadano a passeggiare una domenica mattina prima di votare.",
           "Il corsivo del lunedì compie trent'anni"],
    "pl": ["Gazeta Doliny", "Strona główna | Wiadomości | Opinie | Sport", "Opinie", "Nasz felieton na niedzielę",
           "8 marca 2026", "Ogródki działkowe w marcu", "Klara Dembińska", "Tekst wyraża opinię autorki",
           "Kto przeszedł obok ogródków działkowych wiosennym wieczorem, nie zechce ich wyasfaltować pod czterdzieści miejsc.",
           "– Obiecano nam jeszcze dwadzieścia spokojnych lat – mówi Jakub Barański, który uprawia tam pory od 1994 roku.",
           "Rada gminy zdecyduje w kwietniu, a działkowcy poprosili o głos na sesji.",
           "Mam nadzieję, że radni pójdą tam na spacer w niedzielny poranek, zanim zagłosują.",
           "Nasz felieton na niedzielę kończy trzydzieści lat"],
    "ru": ["Вести долины", "Главная | Новости | Мнения | Спорт", "Мнения", "Воскресная колонка главного редактора",
           "8 марта 2026", "Огороды в начале марта", "Клара Денисова", "Мнение автора может не совпадать с позицией редакции",
           "Кто проходил мимо огородов весенним вечером, не захочет закатать их в асфальт ради сорока машиномест.",
           "«Нам обещали ещё двадцать спокойных лет», — говорит Яков Баранов, который выращивает там лук с 1994 года.",
           "Городской совет решит в апреле, и огородники попросили слова на заседании.",
           "Надеюсь, депутаты прогуляются туда в воскресное утро, прежде чем голосовать.",
           "Воскресная колонка главного редактора отмечает юбилей"],
}


@pytest.mark.parametrize("lang", sorted(_ROUND_68_COLUMN))
def test_round_68_periodic_column_names_over_the_headline_go(lang):
    # the column's name over the date and a headline as short as it: the name is the column's, the headline the title
    p = _ROUND_68_COLUMN[lang]
    case = page_from_blocks(f"{lang}-round-68-column", [
        ["-" + line for line in p[:5]], ["+" + p[5]], ["-" + p[6], "-" + p[7]],
        ["+" + line for line in p[8:10]], ["+" + line for line in p[10:12]]])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang", sorted(_ROUND_68_COLUMN))
def test_round_68_periodic_column_names_near_misses_stay(lang):
    # the near miss: no column label, the headline itself names the column and goes on ("... fête ses trente ans"):
    # it is the title (the test is of the article's lines: a bare name under it may stay)
    p = _ROUND_68_COLUMN[lang]
    case = page_from_blocks(f"{lang}-round-68-column-headline", [
        ["-" + p[0], "-" + p[1], "-" + p[2], "-" + p[4]], ["+" + p[12]], ["-" + p[6]],
        ["+" + line for line in p[8:10]], ["+" + line for line in p[10:12]]])
    assert [problem for problem in _problems(case, lang) if problem.startswith("lost")] == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the platform's technology credited in the footer, in six languages
    ("tail", "Technology by Blogger."),
    ("tail", "Technologie de Blogger"),
    ("tail", "Technologie von Jimdo"),
    ("tail", "Tecnologia Blogger"),
    ("tail", "Technologia Blogger."),
    ("tail", "Технологии Tilda"),
])
def test_round_68_platform_technology_footers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Tecnologia di Blogger e di altri servizi gratuiti ha permesso alla scuola di aprire un giornalino online."),
    ("tail", "Technologie von Tilda nutzt inzwischen auch die Gemeinde für ihre Seite, sagte der Bürgermeister."),
    ("tail", "Technology by Ghost is what the newsroom chose after the old site crashed twice in a week."),
])
def test_round_68_platform_technology_footers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the written-by byline with a call to follow the writer on a network after a separator
    ("head", "Written by Nora Feltham | Follow her on Mastodon @nfeltham@mastodon.example"),
    ("head", "Écrit par Lucie Faverolles | Suivez-la sur Instagram @lucie.faverolles"),
    ("head", "Geschrieben von Anna Weber · Folgt ihr auf Mastodon"),
    ("head", "Scritto da Paolo Neri | Seguilo su Instagram @paoloneri"),
    ("head", "Napisane przez Jana Kowalskiego | Obserwuj go na X @jkowalski"),
    ("head", "Написано Анной Ким | Подписывайтесь на неё в Telegram @annakim"),
])
def test_round_68_written_by_bylines_with_a_follow_call_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Écrit par Lucie Faverolles, le rapport | suivez-la sur ce point, dit le maire, et tout ira bien."),
    ("tail", "Scritto da Paolo Neri nel 1950, il diario fu seguito da altri tre volumi sulla valle."),
])
def test_round_68_written_by_bylines_with_a_follow_call_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the paywall lifted for one piece: the open-access label, the editors' word that all may read it
    ("head", "Free to read: our editors have made this story available to everyone."),
    ("head", "This article is free to read"),
    ("head", "Cet article est en accès libre"),
    ("head", "Article en accès libre – la rédaction l'offre à tous ses lecteurs."),
    ("head", "Dieser Artikel ist frei zugänglich"),
    ("head", "Frei lesbar: Die Redaktion hat diesen Beitrag für alle Leser freigeschaltet."),
    ("head", "Articolo ad accesso libero"),
    ("head", "Contenuto ad accesso libero: la redazione lo ha reso disponibile per tutti."),
    ("head", "Artykuł w otwartym dostępie"),
    ("head", "Tekst w otwartym dostępie – redakcja udostępniła go wszystkim czytelnikom."),
    ("head", "Материал в открытом доступе"),
    ("head", "Статья в открытом доступе: редакция сделала её доступной для всех."),
])
def test_round_68_open_access_notices_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Free to read, the new library's books can also be borrowed by visitors from the next valley."),
    ("body", "L'accès libre au parc sera rétabli dès lundi, a annoncé la mairie."),
    ("body", "Frei zugänglich ist der Turm erst seit dem Umbau, sagte der Bürgermeister."),
    ("body", "Ad accesso libero saranno anche i bagni pubblici del parco, ha promesso il sindaco."),
    ("body", "W otwartym dostępie są też dokumenty z 1911 roku, mówi archiwistka."),
    ("body", "В открытом доступе оказались и протоколы заседаний за 1911 год, рассказала архивист."),
])
def test_round_68_open_access_notices_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the about-the-author box on one line with the writer's book plugged in the third person
    ("tail", "About the author: Nora Feltham has written about hedgerows since 2015. Her book \"Field Margins\" is available in all good bookshops."),
    ("tail", "À propos de l'autrice : Claire Denoyelle écrit sur les jardins depuis 2015. Son livre « Les Haies » est disponible en librairie."),
    ("tail", "Über den Autor: Jonas Brandt schreibt seit 2015 über Hecken. Sein Buch „Feldraine“ ist im Buchhandel erhältlich."),
    ("tail", "L'autrice: Chiara Dentici scrive di orti dal 2015. Il suo libro «Siepi» è disponibile in tutte le librerie."),
    ("tail", "O autorce: Klara Dembińska pisze o ogrodach od 2015 roku. Jej książka „Miedze” jest dostępna w księgarniach."),
    ("tail", "Об авторе: Клара Денисова пишет о садах с 2015 года. Её книга «Межи» уже в продаже."),
])
def test_round_68_author_boxes_with_a_book_plug_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "About the author of the petition we know little, except that her book on the harbour is available at the library."),
    ("tail", "Über die Autorin des Gutachtens sagte der Bürgermeister, ihr Buch sei im Buchhandel erhältlich."),
    ("tail", "Об авторе книги «Межи» в деревне вспоминают до сих пор, хотя её давно нет в продаже."),
])
def test_round_68_author_boxes_with_a_book_plug_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the writer's courses or workshops, the sign-up by private message
    ("tail", "Автор — Ирина Лесная, веду мастер-классы по керамике. Запись в личных сообщениях."),
    ("tail", "Nora Feltham, I run bread-baking courses in my kitchen. Sign up by direct message."),
    ("tail", "Claire Denoyelle, j'anime des ateliers de reliure. Inscriptions par message privé."),
    ("tail", "Clara Dengler, ich gebe Töpferkurse in Freiburg. Anmeldung per Privatnachricht."),
    ("tail", "Chiara Dentici, tengo corsi di acquerello a Lucca. Iscrizioni in privato."),
    ("tail", "Autorka: Klara Dembińska – prowadzę warsztaty lepienia z gliny, zapisy w wiadomości prywatnej."),
])
def test_round_68_course_plugs_with_sign_up_by_private_message_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Учительница ведёт курсы по выпечке в доме культуры, а запись в личных сообщениях больше не работает, жалуются жители."),
    ("tail", "The club runs courses for beginners, and in private messages members say the fees are too high."),
])
def test_round_68_course_plugs_with_sign_up_by_private_message_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the writer's free download offered to the reader, a hello-I'm-the-writer intro before it at most
    ("tail", "Hi, I'm Nora – I write about hedgerows from a wet corner of Devon. Grab my free planting checklist here."),
    ("tail", "Download my free composting guide"),
    ("tail", "Bonjour, moi c'est Claire ! J'écris sur les jardins de ville. Téléchargez mon guide gratuit du compost."),
    ("tail", "Hallo, ich bin Clara – ich schreibe über Balkongärten. Hol dir meinen kostenlosen Leitfaden zum Kompostieren!"),
    ("tail", "Ciao, sono Chiara – scrivo di orti sul balcone. Scarica la mia guida gratuita alla semina."),
    ("tail", "Cześć, jestem Klara – piszę o ogrodach na balkonie. Pobierz mój darmowy poradnik o kompostowaniu."),
    ("tail", "Привет, я Клара — пишу об огородах на балконе. Скачайте мой бесплатный гайд по компосту."),
])
def test_round_68_free_download_offers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Get a free guide to the castle at the tourist office, the leaflet says."),
    ("tail", "Hi, I'm Nora, and this spring I finally planted the hedge I had been promising myself for ten years."),
    ("tail", "Scarica la mia guida gratuita, mi disse il sindaco, e poi vieni a lamentarti dei sentieri."),
    ("tail", "Téléchargez mon guide gratuit, répétait le maire aux habitants, mais personne ne l'a fait."),
])
def test_round_68_free_download_offers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the blog's post, named with a demonstrative, holding affiliate links; the themes' post-navigation headings
    ("body", "This post contains affiliate links."),
    ("body", "Ce billet contient des liens affiliés."),
    ("body", "Dieser Post enthält Affiliate-Links."),
    ("body", "Questo post contiene link di affiliazione."),
    ("body", "Ten post zawiera linki afiliacyjne."),
    ("body", "В этой записи есть партнёрские ссылки."),
    ("body", "Article navigation"),
    ("body", "Navigation de l'article"),
    ("body", "Artikel-Navigation"),
    ("body", "Navigazione dell'articolo"),
    ("body", "Nawigacja po wpisach"),
    ("body", "Навигация по записи"),
])
def test_round_68_blog_post_affiliate_notes_and_post_navigation_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Ce billet contient des liens affiliés, a reconnu le blogueur devant le tribunal de commerce."),
    ("body", "Этот пост содержит партнёрские ссылки, признал блогер в суде, но денег он не получал."),
    ("body", "Навигация по записи в журнале стала проще после ремонта, говорят библиотекари."),
    ("body", "Article navigation was the hardest part of the new website, the editor admitted."),
])
def test_round_68_blog_post_affiliate_notes_and_post_navigation_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the ad label's abbreviations over a slot
    ("body", "ADV"),
    ("body", "Advt."),
    ("body", "Pub"),
    ("body", "Anz."),
    ("body", "Rekl."),
    ("body", "Рекл."),
])
def test_round_68_abbreviated_ad_labels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Pub quiz night raised £400 for the lifeboat station, the landlord said."),
    ("body", "ADV Rossi, la ditta di pulizie, ha vinto l'appalto per le scuole."),
    ("body", "Anz. der Teilnehmer stieg auf 40, berichtete der Verein."),
])
def test_round_68_abbreviated_ad_labels_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the post liked in the present tense, then the call to share it
    ("tail", "Dir gefällt der Artikel? Dann teile ihn mit deinen Nachbarn!"),
    ("tail", "Vous aimez cet article ? Partagez-le avec vos voisins !"),
    ("tail", "Ti piace l'articolo? Allora condividilo con i tuoi vicini!"),
    ("tail", "Ti è piaciuto il post? Condividilo con chi ama l'orto!"),
    ("tail", "Podoba ci się wpis? Udostępnij go sąsiadom!"),
    ("tail", "Нравится статья? Поделитесь ею с соседями!"),
    ("tail", "Like this post? Share it with your neighbours!"),
])
def test_round_68_liked_in_the_present_share_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Dir gefällt der Artikel? Mir nicht, sagte der Bürgermeister und legte die Zeitung weg."),
    ("tail", "Нравится статья? Глава района ответил, что не читал её."),
    ("tail", "Ti piace l'articolo? Il sindaco non ha risposto alla domanda."),
])
def test_round_68_liked_in_the_present_share_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) a follow or like prompt on a network, then what it is for: not to miss the next posts
    ("tail", "Follow my blog on Facebook so you never miss a new post!"),
    ("tail", "Suivez mon blog sur Facebook pour ne rien manquer des nouveaux articles !"),
    ("tail", "Folgt meinem Blog auf Instagram, damit ihr keinen Beitrag verpasst!"),
    ("tail", "Segui il mio blog su Facebook per non perdere i nuovi articoli!"),
    ("tail", "Polub moją stronę na Facebooku, żeby nie przegapić nowych przepisów!"),
    ("tail", "Следите за моим блогом в Telegram, чтобы не пропустить новые записи!"),
])
def test_round_68_follow_prompts_not_to_miss_a_post_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Follow the river on the map, so you never miss the turning to the ford."),
    ("tail", "Suivez le guide sur place pour ne rien manquer des fresques de la chapelle."),
    ("tail", "Segui il sentiero su per la collina per non perdere la vista sul lago."),
])
def test_round_68_follow_prompts_not_to_miss_a_post_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) the site named on a messenger, then the call to its channel after the colon
    ("body", "Der Talbote auf WhatsApp: Jetzt Kanal abonnieren"),
    ("body", "Harrowgate Echo on WhatsApp: follow our channel now"),
    ("body", "Le Courrier du Vallon sur WhatsApp : rejoignez notre chaîne"),
    ("body", "La Voce del Colle su WhatsApp: iscriviti al canale"),
    ("body", "Gazeta Doliny na WhatsAppie: obserwuj nasz kanał"),
    ("body", "«Вести долины» в Telegram: подпишитесь на канал"),
])
def test_round_68_site_on_a_messenger_channel_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Der Bürgermeister auf WhatsApp: Jetzt Kanal abonnieren, schrieb er, und dann kam nichts mehr."),
    ("body", "The council on WhatsApp: the channel now has 4,000 followers, the clerk said."),
])
def test_round_68_site_on_a_messenger_channel_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 68) a firm's ad: the offer, a dash, the firm's name and a number to call after a comma
    ("body", "Windows and doors fitted in 14 days – Hartley Glazing, call: 0000 000000"),
    ("body", "Fenêtres et portes posées en 14 jours – Menuiserie Daubrac, appelez le 00 00 00 00 00"),
    ("body", "Fenster und Türen mit Montage in 14 Tagen – Fensterbau Kolbeck, Anruf: 0000 000000"),
    ("body", "Finestre e porte montate in 14 giorni – Serramenti Rossi, chiama: 000 0000000"),
    ("body", "Rolety i moskitiery na wymiar – Zakład Pawlak, zadzwoń: 000 000 000"),
    ("body", "Окна и двери с установкой за 14 дней – «Окна Долины», звоните: 0 000 000-00-00"),
])
def test_round_68_firm_ads_with_a_number_to_call_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The shop reopened on Monday – Harriet Quill, the owner, asked customers to call 0000 000000 before visiting."),
    ("body", "Le cabinet a rouvert lundi – le docteur Martin, lui, demande d'appeler le 00 00 00 00 00 avant de venir."),
])
def test_round_68_firm_ads_with_a_number_to_call_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# (round 69) a blog post whose theme printed its previous-post link and print button before the post's last
# paragraphs: head chrome, title, first paragraph, a paragraph with a quote, the link and the button, two full
# paragraphs of the post, a teaser sentence for the near miss, then the tags and the copyright
_ROUND_69_POST_NAV = {
    "en": ["Hedgerow Diary", "Home | Walks | Birds | About", "12 April 2026", "Counting the hedges of Lower Farm",
           "Every spring I walk the same four miles of hedge along the lanes behind Lower Farm and count what is left.",
           "The farmer, Ruth Ellery, was blunt about it: \"If you find a gap, tell me, and we will plant it this winter.\"",
           "« Previous post: The heron at the mill pond", "Print this post",
           "This year the count took three mornings, because the lane by the church was flooded to the verges.",
           "In the end we found eleven gaps, and Ruth has already ordered hawthorn whips for every one of them.",
           "Another slow morning at the mill pond with a heron that refused to move for an hour.",
           "Tags: hedges, farming, walks", "© Hedgerow Diary 2026"],
    "fr": ["Carnet des haies", "Accueil | Balades | Oiseaux | À propos", "12 avril 2026", "Compter les haies de la Basse-Ferme",
           "Chaque printemps, je parcours les mêmes six kilomètres de haies le long des chemins derrière la Basse-Ferme.",
           "L'agricultrice, Ruth Eléry, a été directe : « Si vous trouvez un trou, dites-le-moi, on le replantera cet hiver. »",
           "« Article précédent : Le héron de l'étang du moulin", "Imprimer cet article",
           "Cette année, le comptage a pris trois matinées, parce que le chemin de l'église était inondé jusqu'aux talus.",
           "Au bout du compte, nous avons trouvé onze trous, et Ruth a déjà commandé des plants d'aubépine pour chacun.",
           "Encore une matinée tranquille à l'étang du moulin avec un héron qui n'a pas bougé pendant une heure.",
           "Étiquettes : haies, agriculture, balades", "© Carnet des haies 2026"],
    "de": ["Heckentagebuch", "Start | Wanderungen | Vögel | Über mich", "12. April 2026", "Die Hecken am Unterhof zählen",
           "Jeden Frühling gehe ich dieselben sechs Kilometer Hecke an den Feldwegen hinter dem Unterhof ab und zähle nach.",
           "Die Bäuerin, Ruth Ellering, sagte es ohne Umschweife: „Wenn ihr eine Lücke findet, pflanzen wir sie im Winter zu.“",
           "« Vorheriger Beitrag: Der Reiher am Mühlteich", "Beitrag drucken",
           "Dieses Jahr dauerte die Zählung drei Vormittage, weil der Weg an der Kirche bis an die Böschung überflutet war.",
           "Am Ende fanden wir elf Lücken, und Ruth hat für jede davon schon Weißdornsetzlinge bestellt.",
           "Noch ein ruhiger Morgen am Mühlteich mit einem Reiher, der sich eine Stunde lang nicht rührte.",
           "Schlagwörter: Hecken, Landwirtschaft, Wanderungen", "© Heckentagebuch 2026"],
    "it": ["Diario delle siepi", "Home | Passeggiate | Uccelli | Chi sono", "12 aprile 2026", "Contare le siepi della Cascina Bassa",
           "Ogni primavera percorro gli stessi sei chilometri di siepi lungo le strade dietro la Cascina Bassa e conto cosa resta.",
           "L'agricoltrice, Ruth Ellero, è stata chiara: «Se trovate un buco, ditemelo e lo ripiantiamo quest'inverno».",
           "« Articolo precedente: L'airone dello stagno del mulino", "Stampa questo articolo",
           "Quest'anno il conteggio ha richiesto tre mattine, perché la strada della chiesa era allagata fino agli argini.",
           "Alla fine abbiamo trovato undici buchi, e Ruth ha già ordinato le piantine di biancospino per ciascuno.",
           "Un'altra mattina tranquilla allo stagno del mulino con un airone che non si è mosso per un'ora.",
           "Tag: siepi, agricoltura, passeggiate", "© Diario delle siepi 2026"],
    "pl": ["Dziennik żywopłotów", "Start | Spacery | Ptaki | O mnie", "12 kwietnia 2026", "Liczenie żywopłotów przy Dolnym Folwarku",
           "Każdej wiosny przechodzę te same sześć kilometrów żywopłotów wzdłuż dróg za Dolnym Folwarkiem i liczę, co zostało.",
           "Rolniczka, Ruta Elerska, powiedziała wprost: „Jak znajdziecie dziurę, powiedzcie mi, a zimą ją obsadzimy”.",
           "« Poprzedni wpis: Czapla nad stawem młyńskim", "Drukuj wpis",
           "W tym roku liczenie zajęło trzy poranki, bo droga przy kościele była zalana aż po skarpy.",
           "Ostatecznie znaleźliśmy jedenaście dziur, a Ruta zamówiła już sadzonki głogu do każdej z nich.",
           "Kolejny spokojny poranek nad stawem młyńskim z czaplą, która przez godzinę się nie ruszyła.",
           "Tagi: żywopłoty, rolnictwo, spacery", "© Dziennik żywopłotów 2026"],
    "ru": ["Дневник живых изгородей", "Главная | Прогулки | Птицы | Обо мне", "12 апреля 2026", "Считаем изгороди у Нижнего хутора",
           "Каждую весну я прохожу одни и те же шесть километров живой изгороди вдоль дорог за Нижним хутором и считаю остатки.",
           "Фермер Руфь Эллерова сказала прямо: «Найдёте дыру — скажите мне, и зимой мы её засадим».",
           "« Предыдущая запись: Цапля на мельничном пруду", "Распечатать запись",
           "В этом году подсчёт занял три утра, потому что дорогу у церкви затопило до самых обочин.",
           "В итоге мы нашли одиннадцать дыр, и Руфь уже заказала саженцы боярышника для каждой из них.",
           "Ещё одно тихое утро на мельничном пруду с цаплей, которая целый час не двигалась с места.",
           "Метки: изгороди, фермерство, прогулки", "© Дневник живых изгородей 2026"],
}


@pytest.mark.parametrize("lang", sorted(_ROUND_69_POST_NAV))
def test_round_69_paragraphs_under_a_previous_post_link_go(lang):
    # the post's two last paragraphs under its previous-post link and print button are the post's; the link and
    # the button go
    p = _ROUND_69_POST_NAV[lang]
    case = page_from_blocks(f"{lang}-round-69-post-nav", [
        ["-" + line for line in p[:3]], ["+" + p[3]], ["+" + p[4]], ["+" + p[5]], ["-" + p[6], "-" + p[7]],
        ["+" + p[8]], ["+" + p[9]], ["-" + p[11], "-" + p[12]]])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang", sorted(_ROUND_69_POST_NAV))
def test_round_69_paragraphs_under_a_previous_post_link_near_misses_stay(lang):
    # the near miss the other way: under the link and the button, one sentence (the other post's teaser) and the
    # tags: the teaser is the page's and goes, the post's paragraphs above the link stay
    p = _ROUND_69_POST_NAV[lang]
    case = page_from_blocks(f"{lang}-round-69-post-nav-teaser", [
        ["-" + line for line in p[:3]], ["+" + p[3]], ["+" + p[4]], ["+" + p[5]], ["+" + p[8]], ["+" + p[9]],
        ["-" + p[6], "-" + p[7]], ["-" + p[10]], ["-" + p[11], "-" + p[0], "-" + p[12]]])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("where, line", [
    # (round 69) the page's own sign-up prompts still go
    ("tail", "Iscriviti alla newsletter per ricevere ogni venerdì le notizie del quartiere."),
    ("tail", "Inscrivez-vous à notre newsletter pour recevoir chaque vendredi les nouvelles du quartier."),
    # ("demande" as a noun is no verb of asking)
    ("tail", "Abonnez-vous à notre lettre du quartier, envoyée gratuitement sur demande."),
    ("tail", "Sign up to our newsletter and get the week's local news every Friday."),
    ("tail", "Abonnieren Sie jetzt unseren Newsletter, um keine Nachricht aus dem Viertel zu verpassen."),
    ("tail", "Zapisz się do newslettera, aby co piątek dostawać wiadomości z dzielnicy."),
    ("tail", "Подпишитесь на рассылку, чтобы каждую пятницу получать новости района."),
])
def test_round_69_sign_up_calls_asked_by_someone_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) the imperative opening the sentence, then a verb of asking and who asks: a request reported
    ("head", "Iscriviti entro lunedì, chiede la biblioteca a chi vuole partecipare al corso di lettura ad alta voce."),
    ("head", "Inscrivez-vous avant lundi, demande la mairie aux familles qui veulent une place à la colonie d'été."),
    ("head", "Sign up by Monday, the parish council asks anyone who wants a plot in the new community orchard."),
    ("head", "Melden Sie sich bis Montag an, fordert die Gemeinde alle auf, die einen Platz im Ferienlager wollen."),
    ("head", "Zapisz się do poniedziałku, prosi szkoła rodziców, którzy chcą miejsca na półkoloniach."),
    ("head", "Подпишитесь на участие до понедельника, просит администрация всех, кто хочет место в летнем лагере."),
])
def test_round_69_sign_up_calls_asked_by_someone_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) a print button naming what it prints: the post, the article, the page or the recipe
    ("tail", "Print the recipe"),
    ("body", "Imprimer la recette"),
    ("tail", "Diesen Artikel drucken"),
    ("body", "Stampa questa ricetta"),
    ("tail", "Wydrukuj przepis"),
    ("body", "Распечатать статью"),
])
def test_round_69_print_buttons_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the verb of printing in a sentence of the article stays
    ("body", "Print the recipe on thick card, the baker advised, because flour gets everywhere."),
    ("body", "Imprimer la recette coûtait alors plus cher que d'acheter le pain."),
    ("body", "Den Artikel drucken ließ der Bürgermeister in dreihundert Exemplaren."),
    ("body", "Stampa la ricetta chi non ha uno smartphone in cucina, consiglia la nonna."),
    ("body", "Wydrukuj przepis i przyklej go na lodówce, radzi autorka książki."),
    ("body", "Распечатать статью в библиотеке стоит пять рублей за страницу."),
])
def test_round_69_print_buttons_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) one credit row for the words and the pictures
    ("head", "Words and pictures: Ann Featherstone"),
    ("head", "Texte et photos : Margaux Vernier"),
    ("head", "Text und Fotos: Lena Brückner"),
    ("head", "Testo e foto: Chiara Benvenuti"),
    ("head", "Tekst i zdjęcia: Magda Wierzbicka"),
    ("head", "Текст и фото: Ольга Седова"),
])
def test_round_69_words_and_pictures_credits_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # after the colon a clause of the article, not names
    ("body", "Words and pictures: the two things a village newsletter cannot do without."),
    ("body", "Texte et photos : la revue en manque cruellement cette année."),
    ("body", "Text und Bilder: Beides hat die Ausstellung im Rathaus reichlich."),
    ("body", "Testo e foto: la mostra ne offre in abbondanza fino a domenica."),
    ("body", "Tekst i zdjęcia: obie rzeczy wystawa ma w nadmiarze."),
    ("body", "Текст и фото: того и другого на выставке много."),
])
def test_round_69_words_and_pictures_credits_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) a static site's free host in the footer, a theme's credit after a dash at most
    ("tail", "Hosted on Netlify — Theme by Pixelgarden"),
    ("tail", "Blog hébergé sur GitHub Pages"),
    ("tail", "Gehostet auf GitHub Pages"),
    ("tail", "Blog ospitato su Netlify"),
    ("tail", "Strona hostowana na GitHub Pages"),
    ("tail", "Сайт размещён на GitHub Pages"),
])
def test_round_69_static_host_footers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Hosted on GitHub Pages, the club's site costs nothing to run, the treasurer said."),
    ("tail", "Le site de l'association est hébergé depuis 2019 sur GitHub Pages, explique le trésorier."),
    ("tail", "Die Seite ist auf GitHub Pages gehostet worden, erklärt der Verein."),
    ("tail", "Il sito della pro loco è ospitato da anni su Netlify senza costi, spiega il presidente."),
    ("tail", "Strona klubu jest hostowana na GitHub Pages od 2019 roku, mówi skarbnik."),
    ("tail", "Сайт клуба с 2019 года размещён на GitHub Pages бесплатно, говорит казначей."),
])
def test_round_69_static_host_footers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) the comment form's log-in line with a verbal noun or an impersonal need, and WordPress's save-my-name
    # checkbox in the other five languages
    ("tail", "Zum Kommentieren bitte einloggen."),
    ("tail", "Pour commenter, merci de vous connecter."),
    ("tail", "Per commentare è necessario accedere."),
    ("tail", "Aby komentować, należy się zalogować."),
    ("tail", "Для комментирования необходимо авторизоваться."),
    ("tail", "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire."),
    ("tail", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern."),
    ("tail", "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento."),
    ("tail", "Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy."),
    ("tail", "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев."),
])
def test_round_69_comment_form_lines_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Zum Kommentieren der Pläne trafen sich vierzig Anwohner im Rathaus."),
    ("body", "Pour commenter le budget, les élus doivent se connecter au portail de la préfecture avant lundi."),
    ("body", "Per commentare è necessario accedere al portale del Comune con lo SPID, spiega l'assessore."),
    ("body", "Aby komentować projekty, należy się zalogować w systemie urzędu, tłumaczy urzędniczka."),
    ("body", "Для комментирования проекта жителям необходимо авторизоваться на портале госуслуг до пятницы."),
    ("body", "She saved her name and e-mail in the library's browser, and next time the form was filled in for her."),
])
def test_round_69_comment_form_lines_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) an embed's placeholder: the video available only with cookies accepted, and the recommended editorial
    # content with the note that external content of a provider stands here
    ("body", "This video is only available to users who have accepted cookies."),
    ("body", "Cette vidéo est disponible uniquement si vous acceptez les cookies."),
    ("body", "Dieses Video ist nur für Nutzer verfügbar, die Cookies akzeptiert haben."),
    ("body", "Film jest dostępny tylko po zaakceptowaniu plików cookie."),
    ("body", "Видео доступно только после согласия на использование файлов cookie."),
    ("body", "Recommended editorial content: At this point you will find external content from Datawrapper that complements the article."),
    ("body", "Contenu éditorial recommandé : vous trouverez ici un contenu externe de YouTube qui complète l'article."),
    ("body", "Empfohlener redaktioneller Inhalt: Hier finden Sie einen externen Inhalt von Datawrapper."),
    ("body", "Contenuto editoriale consigliato: qui trovi un contenuto esterno di YouTube che integra l'articolo."),
    ("body", "Polecana treść redakcyjna: w tym miejscu znajduje się treść zewnętrzna z YouTube, która uzupełnia artykuł."),
    ("body", "Рекомендуемый редакционный контент: здесь размещён внешний контент с YouTube, дополняющий статью."),
])
def test_round_69_embed_placeholders_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "The video is only available at the town hall, where the clerk plays it on request."),
    ("body", "La vidéo est disponible uniquement à la médiathèque, sur demande au guichet."),
    ("body", "Das Video ist nur im Stadtarchiv verfügbar, wo es dienstags gezeigt wird."),
    ("body", "Il video è disponibile solo sul sito del Comune fino a lunedì."),
    ("body", "Film jest dostępny tylko w bibliotece, na płycie w czytelni."),
    ("body", "Видео доступно только в архиве музея, по записи."),
])
def test_round_69_embed_placeholders_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) a trip disclosure under its label with the payer named, not the writer
    ("head", "Disclosure: the press trip was paid for by the regional tourist board."),
    ("head", "Transparence : le voyage de presse a été financé par l'office de tourisme."),
    ("head", "Transparenzhinweis: Die Pressereise wurde vom Veranstalter bezahlt."),
    ("head", "Trasparenza: il viaggio stampa è stato offerto dall'ente del turismo."),
    ("head", "Ujawnienie: wyjazd prasowy został sfinansowany przez organizatora."),
    ("head", "Примечание: пресс-тур оплачен региональным туроператором."),
])
def test_round_69_trip_disclosures_with_the_payer_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the trip paid for by the organiser as the article's news, with no disclosure label
    ("head", "The trip was paid for by the tourist board, which has since cut its budget by half."),
    ("head", "Le voyage des écoliers a été financé par l'office de tourisme et la mairie."),
    ("head", "Die Reise der Schulklasse wurde vom Tourismusverband bezahlt, sagt die Rektorin."),
    ("head", "Il viaggio dei pensionati è stato offerto dall'ente del turismo per il decennale."),
    ("head", "Wyjazd uczniów sfinansował organizator festiwalu, a gmina dołożyła autokar."),
    ("head", "Поездка школьников оплачена туроператором, сообщает директор школы."),
])
def test_round_69_trip_disclosures_with_the_payer_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) the writer found on their podcast by its quoted name; the readers' reactions heading with its count
    ("tail", "Find me too on my podcast \"Potting Bench\", every Thursday on all podcast apps."),
    ("tail", "Retrouvez-moi aussi dans mon podcast « Le Banc de rempotage », chaque mardi."),
    ("tail", "Sie finden mich auch in meinem Podcast „Am Gartenzaun“, jeden Donnerstag."),
    ("tail", "Mi trovate anche nel mio podcast «Mani nella terra», ogni giovedì."),
    ("tail", "Znajdziecie mnie też w moim podcaście „Ręce w ziemi”."),
    ("tail", "Ищите меня также в моём подкасте «Руки в земле», каждый четверг."),
    ("tail", "Reader reactions (12)"),
    ("tail", "Vos réactions (7)"),
    ("tail", "Ihre Meinung (3)"),
    ("tail", "Le vostre reazioni (5)"),
    ("tail", "Wasze opinie (9)"),
    ("tail", "Мнения читателей (6)"),
])
def test_round_69_podcast_plugs_and_reaction_counts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Find me on my podcast, he told every customer, and handed them a card with the shop's number."),
    ("tail", "Retrouvez-moi dans mon podcast, disait-il à chaque client en lui tendant une carte."),
    ("tail", "In meinem Podcast „Am Gartenzaun“ habe ich im Winter über genau diesen Streit gesprochen."),
    ("tail", "Nel mio podcast «Mani nella terra» ho raccontato la stessa storia l'anno scorso."),
    ("tail", "Les réactions (4) des riverains ont été transmises au maire."),
    ("tail", "Мнения читателей (их пришло 40) разделились почти поровну."),
])
def test_round_69_podcast_plugs_and_reaction_counts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) a share row with WordPress's e-mail and print buttons among the networks; the call to share on social
    # media, no network named; the German newsletter call with the verb last
    ("tail", "Share: Email, Print, Facebook"),
    ("tail", "Partager : E-mail, Imprimer, Facebook"),
    ("tail", "Teilen mit: E-Mail, Drucken, WhatsApp"),
    ("tail", "Condividi: Email, Stampa, Facebook"),
    ("tail", "Udostępnij: E-mail, Drukuj, Facebook"),
    ("tail", "Поделиться: E-mail, Печать, ВКонтакте"),
    ("tail", "Share on social media"),
    ("tail", "Partager sur les réseaux sociaux"),
    ("tail", "In sozialen Netzwerken teilen"),
    ("tail", "Condividi sui social"),
    ("tail", "Udostępnij w mediach społecznościowych"),
    ("tail", "Поделиться в соцсетях"),
    ("tail", "Den Newsletter „Hafen am Abend“ jetzt abonnieren"),
])
def test_round_69_share_rows_and_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("body", "Share on social media, the council urged residents, to spread word of the closure."),
    ("body", "Partager sur les réseaux sociaux des photos d'enfants est désormais encadré par la loi."),
    ("body", "In sozialen Netzwerken teilen inzwischen viele Vereine ihre Spielpläne."),
    ("body", "Condividi sui social la foto del cane smarrito, ha chiesto la proprietaria ai vicini."),
    ("body", "Udostępnij w mediach społecznościowych zdjęcie zaginionego psa, apelowała właścicielka."),
    ("body", "Den Newsletter „Hafen am Abend“ abonnieren inzwischen 4000 Leserinnen und Leser."),
])
def test_round_69_share_rows_and_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 69) the liked-it question, then a call to subscribe to the blog or recommend the piece
    ("tail", "Enjoyed this post? Subscribe by email to get the next one."),
    ("tail", "Cet article vous a plu ? Recommandez-le à vos amis."),
    ("tail", "Hat dir der Beitrag gefallen? Dann abonniere den Blog per E-Mail."),
    ("tail", "Ti è piaciuto l'articolo? Consiglialo agli amici."),
    ("tail", "Spodobał Ci się ten wpis? Poleć go znajomym"),
    ("tail", "Понравилась статья? Порекомендуйте её друзьям."),
])
def test_round_69_liked_it_subscribe_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # a question of the article's and no call of the page's after it
    ("tail", "Did the council enjoy this? Nobody asked, and the minutes do not say."),
    ("tail", "Cet article vous a plu ? Le maire, lui, ne l'a visiblement pas lu jusqu'au bout."),
    ("tail", "Hat dir der Beitrag gefallen? Diese Frage stellte die Lehrerin nach jedem Referat."),
    ("tail", "Ti è piaciuto l'articolo? Il sindaco non ha risposto alla domanda del cronista."),
    ("tail", "Spodobał ci się ten wpis? Tego radny już nie skomentował."),
    ("tail", "Понравилась статья? Этот вопрос мэр оставил без ответа."),
])
def test_round_69_liked_it_subscribe_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) a caption with its credit after it: a stock or archive picture's word, the writer's own picture, the
    # picture word after a dash, a short quoted name inside the caption
    ("body", "The lych gate after its new roof went on. Photo by the author"),
    ("body", "La halle aux grains restaurée, un matin de marché. Archives Le Courrier"),
    ("body", "Streusalz auf dem Radweg am Mühlbach. Symbolbild: Archiv"),
    ("body", "Il lavatoio di via del Borgo dopo il restauro (foto d'archivio)"),
    ("body", "Nowa wiata na przystanku przy szkole – zdjęcie: Tomek"),
    ("body", "Сквер у клуба «Строитель» после посадки лип. Фото автора"),
])
def test_round_70_captions_with_a_credit_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the picture word opens the article's own sentence, or a dash runs on into a clause, or someone's words are quoted
    ("body", "The author kept the old gate. Photos of it hang in the pub, taken by the author's father."),
    ("body", "Les archives de la commune ont brûlé en 1944. Archives et registres ont disparu avec elles."),
    ("body", "Das Foto zeigt den Radweg im Winter. Symbolbilder solcher Art nutzt die Stadt gern, sagt Jan Roth."),
    ("body", "Il lavatoio è stato restaurato, dice il sindaco (in foto con gli assessori), e riaprirà a giugno."),
    ("body", "Wiata stanęła w piątek – zdjęcie zrobiliśmy w sobotę, gdy zaczęło padać."),
    ("body", "«Мы сажали липы всем двором», — говорит Тамара Ильина. Фото у клуба висит до сих пор."),
])
def test_round_70_captions_with_a_credit_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) an ad network's label over its slot, plural or with the network's name
    ("body", "Ads by Google"),
    ("body", "Annonces Google"),
    ("body", "Google-Anzeigen"),
    ("body", "Annunci Google"),
    ("body", "Reklamy Google"),
    ("body", "Яндекс Директ"),
])
def test_round_70_ad_network_labels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the network's name inside the article's sentence
    ("body", "Ads by Google paid for the parish newsletter's printing last year, the treasurer admitted."),
    ("body", "Annonces Google et affiches papier se partagent désormais le budget de l'office de tourisme."),
    ("body", "Google-Anzeigen schaltet der Verein seit dem Frühjahr nicht mehr."),
    ("body", "Annunci Google e volantini: così la Pro Loco ha riempito la sagra."),
    ("body", "Reklamy Google kosztowały gminę w zeszłym roku cztery tysiące złotych."),
    ("body", "Яндекс.Директ приносил кооперативу больше заказов, чем газета, говорит председатель."),
])
def test_round_70_ad_network_labels_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) a metered paywall: the share of the article left to read, the count of free articles read, the
    # content reserved for subscribers with the call to log in after it
    ("body", "You have 58% of this article left to read."),
    ("body", "Il vous reste 41% de cet article à lire. La suite est réservée à nos abonnés."),
    ("body", "Sie haben 2 von 5 kostenlosen Artikeln diesen Monat gelesen."),
    ("body", "Questo articolo è riservato agli abbonati. Accedi per continuare a leggere."),
    ("body", "Zostało ci jeszcze 60% artykułu do przeczytania."),
    ("body", "Вы прочитали 4 из 5 бесплатных статей в этом месяце."),
])
def test_round_70_metered_paywalls_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # shares, counts and subscribers in the article's own sentences
    ("body", "You have 58% of the vote, the returning officer told her, and she still did not believe it."),
    ("body", "Il vous reste 41% de la somme à rembourser, a écrit la banque au maire."),
    ("body", "Sie haben 2 von 5 Bäumen gefällt, bevor die Polizei kam."),
    ("body", "Questo spazio è riservato agli abbonati della stagione teatrale, ricorda il Comune."),
    ("body", "Zostało jeszcze 60% środków do wydania przed końcem roku."),
    ("body", "Вы прочитали 4 из 5 книг из списка, спросила библиотекарь."),
])
def test_round_70_metered_paywalls_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) the comment section's rules: moderated by its guidelines, closed at night, abusive comments removed,
    # comments as their writers' opinions, the send button's consent to the rules
    ("tail", "Comments are moderated in line with our house rules. Please keep it civil."),
    ("tail", "Les commentaires sont fermés de 23h à 6h."),
    ("tail", "Beleidigende Kommentare werden von der Redaktion gelöscht."),
    ("tail", "I commenti sono opinioni personali degli utenti. La redazione non si assume alcuna responsabilità."),
    ("tail", "Klikając „Dodaj”, akceptujesz regulamin komentowania."),
    ("tail", "Комментарии модерируются согласно правилам сообщества."),
])
def test_round_70_comment_rules_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # moderation, closing hours and removals the article reports
    ("body", "Comments at the meeting were moderated by the vicar, who kept everyone to two minutes."),
    ("body", "Les commentaires des riverains ont été recueillis de 18h à 20h à la salle des fêtes."),
    ("body", "Beleidigende Kommentare auf dem Stadtplakat hat der Bauhof am Montag entfernt."),
    ("body", "I commenti dei residenti sono stati raccolti in un dossier consegnato al sindaco."),
    ("body", "Klikając w mapę, mieszkańcy mogą zobaczyć, gdzie staną nowe ławki."),
    ("body", "Комментарии жителей модератор встречи зачитал вслух."),
])
def test_round_70_comment_rules_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) footers: the press regulator, the accessibility status, WordPress's block-theme credit, a press register
    ("tail", "This newspaper is regulated by IPSO."),
    ("tail", "Accessibilité : non conforme"),
    ("tail", "Gestaltet mit WordPress"),
    ("tail", "Testata giornalistica iscritta al ROC con il n. 12345"),
    ("tail", "Wydawca jest członkiem Izby Wydawców Prasy."),
    ("tail", "Сделано на WordPress"),
])
def test_round_70_site_footers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the same words in the article's sentences
    ("body", "The paper complained to IPSO twice last year, the editor said, and lost both times."),
    ("body", "Accessibilité : la mairie promet une rampe avant l'été."),
    ("body", "Gestaltet mit viel Liebe hat der Verein auch die Website, die mit WordPress läuft."),
    ("body", "La testata è iscritta al ROC dal 2009, ricorda il direttore."),
    ("body", "Wydawca jest członkiem zarządu spółdzielni od dziesięciu lat."),
    ("body", "Сделано на совесть, говорит председатель о новом мосте."),
])
def test_round_70_site_footers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) scraped widget text: the newsletter box's skip link, an image's full-screen button, the video of the
    # day's label, a form plugin's iframe note
    ("body", "Skip newsletter promotion"),
    ("body", "Afficher l'image en plein écran"),
    ("body", "Video des Tages"),
    ("body", "Visualizza l'immagine a schermo intero"),
    ("body", "Pomiń promocję newslettera"),
    ("body", "Этот iframe содержит логику для обработки форм Gravity Forms на Ajax."),
])
def test_round_70_widget_texts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the words inside the article's sentences
    ("body", "Skip the newsletter promotion, the council was told: residents want the bins emptied."),
    ("body", "Afficher l'image en plein écran sur la façade de la mairie a coûté 3 000 euros."),
    ("body", "Das Video des Tages zeigt den Bürgermeister beim Fassanstich."),
    ("body", "Visualizza l'immagine a schermo intero chi entra in biblioteca: un pannello di tre metri."),
    ("body", "Pomiń promocję, mówi sprzedawca, i kup od razu dwa worki."),
    ("body", "Видео дня снял школьник на телефон, рассказала завуч."),
])
def test_round_70_widget_texts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) prompts under the article: the fear of missing a post and a call on a channel, new posts offered by
    # e-mail, the letters page's call with its address, a liked-it question and a like on a network, an affiliate
    # note under its label, the German newsletter call with an adjective
    ("tail", "Don't want to miss a column? Follow the Gazette on Instagram."),
    ("tail", "Recevez les nouveaux billets par e-mail : saisissez votre adresse"),
    ("tail", "Jetzt den wöchentlichen Newsletter „Hofgeflüster“ abonnieren"),
    ("tail", "La vostra opinione è importante: scrivete a lettere@gazzettadelborgo.example"),
    ("tail", "Spodobał ci się ten wpis? Polub nas na Facebooku!"),
    ("tail", "Чтобы ничего не пропустить, подпишитесь на наш канал в Telegram."),
    ("body", "*Liens affiliés : si vous achetez via ces liens, je touche une petite commission."),
])
def test_round_70_prompts_after_the_article_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # missing, e-mail, opinions and likes in the article's own sentences
    ("body", "Don't want to miss the parade? The council says the best view is from the church steps."),
    ("body", "Recevez les nouveaux habitants par un pot à la mairie, a proposé le maire."),
    ("body", "Den wöchentlichen Newsletter „Hofgeflüster“ abonnieren inzwischen 800 Haushalte."),
    ("body", "La vostra opinione è importante, ha detto il sindaco ai residenti riuniti in piazza."),
    ("body", "Spodobał ci się ten pomysł? – zapytał wójt, a sala odpowiedziała brawami."),
    ("body", "Чтобы ничего не пропустить, жители дежурили у клуба с шести утра."),
    ("body", "Liens affiliés et publicités ont disparu du site de la mairie en mars."),
])
def test_round_70_prompts_after_the_article_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 70) bylines and notes on the piece: prepared by a name, a columnist's line, a name and a news service, the
    # writer's newsletter on a platform, an AI-assistance note, a correction of an earlier version, an update saying
    # what the newsroom added, a partner note opening with the Polish page noun
    ("head", "Compiled by Harriet Moss"),
    ("head", "Marie Delorme écrit chaque semaine sur la vie du quartier."),
    ("head", "Jan Reuter, dpa"),
    ("tail", "Scrivo anche una newsletter su Substack sui sentieri dell'Appennino: iscriviti, è gratis."),
    ("tail", "Ten artykuł powstał przy pomocy sztucznej inteligencji i został sprawdzony przez redakcję."),
    ("tail", "Исправление: в первой версии статьи была неверно указана дата открытия моста."),
    ("head", "Aktualisierung, 16.40 Uhr: Wir haben die Stellungnahme der Stadtwerke ergänzt."),
    ("head", "Materiał powstał we współpracy z nadleśnictwem."),
])
def test_round_70_piece_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the same openings in the article's sentences: an update with news, a correction reported, AI as the story
    ("head", "Update, 16:40: the road has reopened after the fallen tree was cleared."),
    ("body", "Aktualisierung, 16.40 Uhr: Die Straße ist wieder frei."),
    ("body", "Ten artykuł o sztucznej inteligencji wywołał burzę na sesji rady."),
    ("body", "Correction: the council's word for what residents call a cut of the bus service."),
    ("body", "Marie Delorme écrit chaque semaine au maire, qui ne lui répond jamais."),
    ("body", "The columnist now publishes on Substack, where four thousand readers pay for her essays."),
    ("body", "Materiał na nowy dach kosztował gminę czterdzieści tysięcy złotych."),
])
def test_round_70_piece_notes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # the publication a post was published in, with its colon, over the title (a blog platform's stamp; set 45's Polish
    # "Opublikowano w: ..." went only while a noise line above it was taken for the title)
    ("head", "Published in: Town Hall Notes"),
    ("head", "Publié dans : Chroniques du bocage"),
    ("head", "Veröffentlicht in: Aus dem Gemeinderat"),
    ("head", "Pubblicato in: Storie di paese"),
    ("head", "Opublikowano w: Sprawy sołeckie"),
    ("head", "Опубликовано в: Записки краеведа"),
])
def test_publication_stamp_goes(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the same words opening the article's sentences: no colon after the preposition
    ("head", "Published in 1953, the rules still govern how the common is grazed."),
    ("body", "Publié dans le bulletin municipal, le plan a surpris les riverains."),
    ("body", "Veröffentlicht in der Lokalzeitung wurde nur die Kurzfassung des Gutachtens."),
    ("body", "Pubblicato in settembre, il bando è rimasto senza risposte per due mesi."),
    ("body", "Opublikowano w piątek raport o stanie dróg gminnych."),
    ("body", "Опубликовано в пятницу постановление о ремонте моста."),
])
def test_publication_stamp_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 71) a caption with its credit in the shape real sites print it: any picture word with its colon and a short
    # credit in any case (a reader, an office, a domain), a copyright sign with or without a year, the stock picture's
    # words, the archive with its owner, and a caption under its label with the credit after it
    ("body", "The new footbridge over the stream on Monday morning. Picture: Gazette reader"),
    ("body", "Volunteers clearing the towpath after the storm. Pic: canal trust"),
    ("body", "Le nouveau marché couvert, inauguré samedi. Photo d'illustration"),
    ("body", "La salle des fêtes après les travaux. © Vallée Infos"),
    ("body", "Die neue Brücke über den Mühlbach. Bild: die Gemeindeverwaltung"),
    ("body", "Der Marktplatz am Samstagmorgen. © 2026 Stadtanzeiger Rottal"),
    ("body", "Il mercato coperto dopo la ristrutturazione. Foto d'archivio del Comune"),
    ("body", "La nuova scuola materna di via dei Mille. Foto: ufficio stampa"),
    ("body", "Nowa świetlica w Borkach po remoncie. Fot. borki24.info"),
    ("body", "Remont mostu na Wiśle w listopadzie. Zdjęcie: urząd gminy"),
    ("body", "Новая остановка у рынка. Фото: пресс-служба мэрии"),
    ("body", "Каток на центральной площади в 2018 году. Фото из архива газеты"),
    ("body", "Photo : Le nouveau pont a été ouvert aux piétons mardi. © Rives Actu"),
    ("body", "Image: the flooded car park behind the library. Credit: council staff"),
])
def test_round_71_captions_with_a_credit_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences that end on a picture word with a clause after it, or quote someone
    ("body", "He showed us the photo: it was his father."),
    ("body", "She kept one thing from the fire. Photo: it was all she had left."),
    ("body", "Les photos : un souvenir pour tous."),
    ("body", "Das Foto zeigt den Marktplatz. Bild: Es war ein Wintermorgen."),
    ("body", "Poi ha tirato fuori la foto: era sua madre."),
    ("body", "Pokazał nam zdjęcie. Fot. to był jego ojciec, mówi sąsiad."),
    ("body", "Он показал мне фото: это был его отец."),
    ("body", "Le maire a dit « c'est une belle salle ». © Vallée Infos"),
])
def test_round_71_captions_with_a_credit_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


def _block_in_body(block: list[str]) -> NoisyCase:
    """The English fixture with one block between its first two paragraphs: '+' lines are the article's, '-' noise."""
    title, paragraphs = _fixture(FIXTURES["en"])
    raw = "\n\n".join([title, paragraphs[0], "\n".join(line[1:] for line in block), *paragraphs[1:]]) + "\n"
    keep = [line[1:] for line in block if line[0] == "+"]
    return NoisyCase("round-71-block", raw, (title, paragraphs[0], *keep, *paragraphs[1:]),
                     tuple(line[1:] for line in block if line[0] == "-"))


@pytest.mark.parametrize("block", [
    # (round 71) a picture's bare caption between two paragraphs, over the slot the page printed under the picture (an
    # ad's label, an affiliate note, a read-also link) in the same block
    ["-The new lifeboat on its trailer outside the station", "-Advertisement"],
    ["-Our allotment shed after the storm, with half its roof gone.", "-Advertisement"],
    ["-La fontaine de la place du marché, restaurée au printemps", "-Publicité"],
    ["-Der alte Backofen im Hof des Pfarrhauses", "-Anzeige"],
    ["-Il vecchio lavatoio di via dei Mulini dopo i lavori", "-Leggi anche: Il ponte sul torrente riapre a maggio"],
    ["-Stara kapliczka przy drodze do lasu, odnowiona przez sąsiadów", "-Wpis zawiera linki afiliacyjne"],
    ["-Старый колодец во дворе школы после ремонта", "-Реклама"],
])
def test_round_71_bare_captions_over_a_slot_go(block):
    assert _problems(_block_in_body(block), "en") == []


@pytest.mark.parametrize("block", [
    # the article's own lines there: a subheading alone between paragraphs, a sentence with a finite verb or a quotation
    # over an ad's label, and a sentence under an embed's label (the article going on below it)
    ["+Neue Gesichter im Rathaus"],
    ["+Ce que prévoit le nouveau plan"],
    ["+The mayor has promised a second vote in June.", "-Advertisement"],
    ["+«Мы ждали этого десять лет», — говорит директор школы.", "-Реклама"],
    ["+Il sindaco è stato chiaro con i residenti.", "-Pubblicità"],
    ["+Kto zapłaci za nowy most?", "-Reklama"],
    ["-Video: Die Sitzung im Stadtrat (2:14)", "+Die nächste Sitzung findet im Mai statt."],
    # (round 82) two clauses joined by a comma and a conjunction over a read-also link: the article's paragraph, no
    # caption (pl-portal-jezynowo-piekarnia-100-lat of set 104)
    ["+Dziś prowadzi ją czwarte pokolenie, a w kolejce po bułki stają wnuki pierwszych klientów.",
     "-Czytaj też: Targ przy rynku będzie czynny w niedziele"],
    ["+Today the fourth generation runs the bakery, and the grandchildren of its first customers queue for rolls.",
     "-Read more: Market hall to open on Sundays"],
    ["+Aujourd'hui la quatrième génération tient la boutique, mais les recettes viennent toujours du grand-père.",
     "-Lire aussi : Le marché couvert ouvrira le dimanche"],
    ["+Heute führt die vierte Generation den Betrieb, aber der Sauerteig stammt noch vom Urgroßvater.",
     "-Lesen Sie auch: Markthalle öffnet sonntags"],
    ["+Oggi la gestisce la quarta generazione, ma il lievito madre è ancora quello del bisnonno.",
     "-Leggi anche: Il mercato coperto apre la domenica"],
    ["+Сегодня пекарней управляет четвёртое поколение, а в очереди стоят внуки первых покупателей.",
     "-Читайте также: Рынок будет работать по воскресеньям"],
])
def test_round_71_bare_captions_near_misses_stay(block):
    assert _problems(_block_in_body(block), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 71) prompts and links after the article: all the articles of a named writer, the columns found again, the
    # call to write to the paper with its address after any question or none, a post also worth reading, the author's
    # personal views disclaimed
    ("tail", "All articles by Harriet Moss"),
    ("tail", "Retrouvez toutes les chroniques de Solange Berthier"),
    ("tail", "Alle Artikel von Jana Roth"),
    ("tail", "Tutti gli articoli di Marco Neri"),
    ("tail", "Wszystkie artykuły autora Jana Kowalskiego"),
    ("tail", "Все статьи автора Ивана Петрова"),
    ("tail", "Thoughts on the plan? Email us at letters@westbury-times.example"),
    ("tail", "Une remarque ? Écrivez-nous : lecteurs@gazette-du-val.example"),
    ("tail", "Schreiben Sie uns: leserbriefe@talbote.example"),
    ("tail", "Scriveteci a lettere@eco-della-valle.example"),
    ("tail", "Napisz do nas: listy@kurier-gminny.example"),
    ("tail", "Пишите нам: redakciya@rayonka.example"),
    ("tail", "Also worth reading: How we fixed the shed roof"),
    ("tail", "Auch lesenswert: Warum unser Kirschbaum nicht trägt"),
    ("tail", "Da leggere anche: Il ponte riapre a maggio"),
    ("tail", "Warto przeczytać: Jak zabezpieczyć ule na zimę"),
    ("tail", "Стоит прочитать: Как мы чинили крышу сарая"),
    ("tail", "Le opinioni espresse in questa rubrica sono personali dell'autore."),
    ("tail", "Les opinions exprimées dans cette chronique sont personnelles à l'autrice."),
    ("tail", "The views expressed in this column are the author's personal views."),
])
def test_round_71_prompts_after_the_article_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the same words in the article's sentences
    ("body", "All articles by Harriet Moss were checked by the council's lawyers before they ran."),
    ("body", "Tutti gli articoli di Marco Neri sono stati ripubblicati dal Comune."),
    ("body", "Retrouvez toutes les chroniques de la saison dans le bulletin municipal, a promis le maire."),
    ("body", "Write to us, the mayor told the residents, and we will answer every letter."),
    ("body", "Пишите нам, говорили они, но ни одно письмо так и не дошло."),
    ("body", "Auch lesenswert fand der Gemeinderat nur den zweiten Teil des Gutachtens."),
    ("body", "Le opinioni espresse dai residenti sono personali, ma il sindaco le ha ascoltate tutte."),
    ("body", "Warto przeczytać cały raport, bo wnioski są inne niż w komunikacie gminy."),
])
def test_round_71_prompts_after_the_article_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 71) an affiliate note under its own label, the writer's gain from the links said in any words
    ("body", "Affiliate note: links to the paint shop below earn me a few pence."),
    ("body", "Note d'affiliation : les liens vers la boutique me rapportent quelques centimes."),
    ("body", "Affiliate-Hinweis: Die Links unten bringen mir ein paar Cent."),
    ("body", "Nota di affiliazione: i link qui sotto mi fanno guadagnare qualche centesimo."),
    ("body", "Informacja o afiliacji: linki poniżej dają mi kilka groszy."),
    ("body", "Партнёрская программа: ссылки ниже приносят мне пару копеек."),
])
def test_round_71_labelled_affiliate_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on affiliate programmes and links: no label of the page's own note
    ("body", "The affiliate note sent to members said the links would earn the club a few pounds a month."),
    ("body", "Les liens vers la boutique rapportent peu, reconnaît la gérante."),
    ("body", "Die Partnerprogramme bringen den Bloggern kaum Geld, sagt die Studie."),
    ("body", "Il programma di affiliazione fa guadagnare ai blog pochi euro al mese."),
    ("body", "Linki afiliacyjne dają blogerom coraz mniej, pisze autor raportu."),
    ("body", "Партнёрская программа магазина приносит блогерам всё меньше денег."),
])
def test_round_71_labelled_affiliate_notes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 71) a blog theme's comment heading counting the thoughts on the post itself, no title quoted
    ("tail", "6 thoughts on this post"),
    ("tail", "4 réflexions sur cet article"),
    ("tail", "9 Kommentare zu diesem Beitrag"),
    ("tail", "5 commenti a questo articolo"),
    ("tail", "7 komentarzy do tego wpisu"),
    ("tail", "8 комментариев к этой записи"),
])
def test_round_71_comment_headings_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article counting comments in a sentence
    ("body", "6 thoughts on this post came from readers who had sailed the same route."),
    ("body", "Les 4 réflexions sur cet article ont été envoyées par des lecteurs de la vallée."),
    ("body", "9 Kommentare zu diesem Beitrag kamen aus dem Nachbardorf."),
    ("body", "5 commenti a questo articolo sono stati cancellati dal moderatore."),
    ("body", "7 komentarzy do tego wpisu napisali sami radni."),
    ("body", "8 комментариев к этой записи оставили жители соседнего дома."),
])
def test_round_71_comment_headings_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) what a scraper keeps of an embed: a chart service's label or credit, a picture agency's embed label
    ("body", "A Datawrapper map"),
    ("body", "Réalisé avec Flourish"),
    ("body", "Erstellt mit Datawrapper"),
    ("body", "Creato con Flourish"),
    ("body", "Utworzono w Datawrapper"),
    ("body", "Создано в Datawrapper"),
    ("head", "Embed from Shutterstock"),
    # a network post's attribution with its handle, a TikTok caption's sound row
    ("tail", "A photo shared by Brindle Lane Bakery (@brindlelanebakes)"),
    ("tail", "Une publication partagée par Le Jardin d'Oriane (@jardin_oriane)"),
    ("tail", "Ein Beitrag geteilt von Gärtnerei Lohwald (@gaertnerei.lohwald)"),
    ("tail", "Un post condiviso da Forno Tassinari (@fornotassinari)"),
    ("tail", "Post udostępniony przez Piekarnia Pod Lipą (@piekarniapodlipa)"),
    ("tail", "Публикация от Пекарня на углу (@pekarnya_ugol)"),
    ("body", "@marshfieldrowers ♬ som original - Marshfield Rowers"),
    # the video player's fallback
    ("body", "Si la lecture ne commence pas rapidement, essayez de redémarrer votre appareil."),
    ("body", "Wenn die Wiedergabe nicht in Kürze beginnt, starte dein Gerät neu."),
    ("body", "Se la riproduzione non inizia a breve, prova a riavviare il dispositivo."),
    ("body", "Jeśli odtwarzanie nie rozpocznie się wkrótce, spróbuj ponownie uruchomić urządzenie."),
    ("body", "Если воспроизведение не начнется в ближайшее время, попробуйте перезапустить устройство."),
    # the consent to load it, its button and its failure
    ("body", "Allow TikTok content? This article includes content provided by TikTok. We ask for your permission first."),
    ("body", "I agree to external content being displayed to me."),
    ("body", "J'accepte que des contenus externes me soient affichés."),
    ("body", "Accetto che mi vengano mostrati contenuti esterni."),
    ("body", "Zgadzam się na wyświetlanie treści zewnętrznych."),
    ("body", "Я согласен на отображение внешнего контента."),
    ("body", "Externe Inhalte laden"),
    ("body", "Contenuto non disponibile"),
])
def test_round_72_embed_leftovers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on charts, posts, videos and consent
    ("body", "The Flourish chart the council published showed the queue doubling in a year."),
    ("body", "Une publication partagée plus de 3 000 fois a relancé le débat sur le parking."),
    ("body", "Ein Beitrag, geteilt von Hunderten Nutzern, brachte die Petition ins Rollen."),
    ("body", "Se la riproduzione dei pesci non riprende, il lago resterà chiuso alla pesca."),
    ("body", "Zgadzam się, że treści zewnętrznych ekspertów powinny trafić do raportu, mówi radna."),
    ("body", "Я согласен, сказал глава района, что площадку нужно достроить к лету."),
])
def test_round_72_embed_leftovers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) the comment section's house rules: the right reserved to delete comments
    ("tail", "We reserve the right to delete comments that are abusive or off topic."),
    ("tail", "La rédaction se réserve le droit de supprimer tout commentaire injurieux."),
    ("tail", "Die Redaktion behält sich vor, Kommentare ohne Angabe von Gründen zu entfernen."),
    ("tail", "La redazione si riserva il diritto di cancellare i commenti offensivi."),
    ("tail", "Redakcja zastrzega sobie prawo do usuwania komentarzy naruszających regulamin."),
    ("tail", "Редакция оставляет за собой право удалять комментарии без объяснения причин."),
    # moderated before they appear, or subject to the rules
    ("tail", "All comments are checked before publication."),
    ("tail", "Les commentaires sont soumis à notre charte, disponible ici."),
    ("tail", "Leserkommentare werden vor der Freischaltung geprüft."),
    ("tail", "I commenti dei lettori vengono approvati prima di essere pubblicati."),
    ("tail", "Wszystkie komentarze podlegają moderacji."),
    ("tail", "Все комментарии проходят премодерацию."),
    # the rules accepted by posting one
    ("tail", "By submitting a comment you agree to our community guidelines."),
    ("tail", "En publiant un commentaire, vous acceptez la charte de modération."),
    ("tail", "Mit dem Absenden eines Kommentars akzeptieren Sie unsere Netiquette."),
    ("tail", "Commentando accetti il regolamento del sito."),
    ("tail", "Publikując komentarz, akceptujesz zasady forum."),
    ("tail", "Оставляя комментарий, вы соглашаетесь с правилами сайта."),
    # comments as their writers' own views, not edited
    ("tail", "Reader comments are not edited and reflect only the views of their authors."),
    ("tail", "Комментарии читателей не редактируются и отражают только мнение их авторов."),
    # an empty section and the call to open it
    ("tail", "Zu diesem Beitrag gibt es noch keine Kommentare."),
    ("tail", "Brak komentarzy: napisz pierwszy!"),
    ("tail", "Be the first to comment on this story!"),
    ("tail", "Bądź pierwszy, który skomentuje ten artykuł!"),
])
def test_round_72_comment_rules_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on comments, moderation and rights reserved
    ("body", "The council reserved the right to close the hall if the heating failed again."),
    ("body", "Les commentaires des habitants ont été lus en conseil municipal mardi soir."),
    ("body", "Die Kommentare der Anwohner werden im Bauausschuss vorgelesen."),
    ("body", "I commenti dei residenti sono stati allegati alla delibera della giunta."),
    ("body", "Komentarze mieszkańców trafiły do radnych jeszcze przed sesją."),
    ("body", "Комментарии жителей глава района пообещал учесть при ремонте."),
    ("body", "Be the first in the queue, the baker told us, and you get the warm loaves."),
])
def test_round_72_comment_rules_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) the site's legal footer: the press code kept by it and its titles
    ("tail", "This site and its sister titles abide by IPSO's Editors' Code of Practice."),
    # one legal role and its holder, or several after full stops
    ("tail", "Directrice de la publication : Odile Marchetaux"),
    ("tail", "V.i.S.d.P.: Konrad Albertz"),
    ("tail", "Direttrice responsabile: Maria Galbiati"),
    ("tail", "Redaktor naczelna: Ewa Kłosińska"),
    ("tail", "Учредитель: ООО «Речная пресса». Главный редактор: И. С. Горелова"),
    # the content's licence
    ("tail", "Text licensed under CC BY-SA 4.0."),
    ("tail", "Texte publié sous licence Creative Commons BY-NC."),
    ("tail", "Dieser Text steht unter der Lizenz CC BY 4.0."),
    ("tail", "Contenuto rilasciato con licenza Creative Commons BY-SA 4.0."),
    ("tail", "Tekst udostępniony na licencji CC BY 4.0."),
    ("tail", "Материал опубликован по лицензии Creative Commons CC BY 4.0."),
    # the denial of liability and of an offer
    ("tail", "All information provided without guarantee."),
    ("tail", "Informations données à titre indicatif. Sous réserve d'erreurs."),
    ("tail", "Salvo errori e omissioni."),
    ("tail", "Redakcja nie ponosi odpowiedzialności za treść ogłoszeń."),
    ("tail", "Prices on this site do not constitute a binding offer."),
    ("tail", "Informacje na stronie nie stanowią oferty w rozumieniu art. 66 Kodeksu cywilnego."),
    # the data controller named, the terms accepted by using the site
    ("tail", "The data controller is Brindle Media Ltd."),
    ("tail", "Il titolare del trattamento dei dati è Editoriale Valbruna S.r.l."),
    ("tail", "Оператором персональных данных является ООО «Речная пресса»."),
    ("tail", "Use of this website constitutes acceptance of our terms and privacy policy."),
    ("tail", "L'utilisation du site implique l'acceptation des conditions générales."),
    ("tail", "Mit der Nutzung dieser Website akzeptieren Sie unsere Nutzungsbedingungen."),
])
def test_round_72_legal_footers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on licences, liability, offers and editors
    ("body", "The council published its survey under the Open Government Licence last spring."),
    ("body", "Published under a Creative Commons licence, the photographs were used by a dozen papers."),
    ("body", "Alle Angaben der Stadt waren ohne Gewähr, räumte der Bürgermeister ein."),
    ("body", "The letter does not constitute a binding offer, the parish council's lawyer said."),
    ("body", "Redaktor naczelny gazety odpowiedział na list mieszkańców w piątek."),
    ("body", "Главный редактор газеты пообещал опубликовать ответ администрации."),
    ("body", "Il titolare del bar ha chiesto al Comune di spostare i cassonetti."),
])
def test_round_72_legal_footers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) the credit of those who helped write the piece
    ("tail", "With additional reporting by Tamsin Oakley"),
    ("tail", "Avec la collaboration de Jeanne Roussel"),
    ("tail", "Unter Mitarbeit von Timo Hahnfeld"),
    ("tail", "Ha collaborato Giulia Marchetti"),
    ("tail", "Współpraca: Ewa Lisowska"),
    ("tail", "При участии Анны Кимовой"),
    # the piece compiled by a writer from an agency's wire
    ("head", "Compiled by Jane Roe from Reuters reports"),
    ("head", "Rédigé par Paul Lefort d'après AFP"),
    ("head", "Zusammengestellt von Jonas Kurt mit Material von dpa"),
    ("head", "A cura di Marco Ferri su lanci ANSA"),
    ("head", "Opracowanie: Anna Wilk na podstawie informacji PAP"),
    ("head", "Подготовила Анна Кимова по материалам ТАСС"),
    # a press office as the writer
    ("tail", "Source : service de presse de la mairie de Vallonne"),
    ("tail", "Quelle: Pressestelle der Stadt Oberholm"),
    ("tail", "A cura dell'Ufficio stampa della Regione"),
    ("tail", "Źródło: biuro prasowe Urzędu Gminy Lipnica"),
    ("tail", "Источник: пресс-служба администрации района"),
])
def test_round_72_contributor_credits_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on helpers, agencies and press offices
    ("body", "Hanno collaborato alla festa tutti i volontari della parrocchia."),
    ("body", "Avec la collaboration de la mairie, le club a rouvert la salle en mars."),
    ("body", "Unter Mitarbeit von Schülern entstand im Herbst ein neuer Schulgarten."),
    ("body", "Współpraca z sąsiednią gminą przyniosła nowe połączenie autobusowe."),
    ("body", "При участии волонтёров в парке высадили сорок лип."),
    ("body", "The press office of the council said the road would reopen on Monday."),
])
def test_round_72_contributor_credits_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) a correction under its label that gives the right fact and says it was fixed
    ("tail", "Correction: An earlier version of this article said the mill closed in 1971. It closed in 1968. We regret the error."),
    ("tail", "Rettifica: nella versione precedente di questo articolo la sala era indicata al primo piano. È al piano terra. Ce ne scusiamo."),
    # the page's note that it is old
    ("head", "This article was published more than two years ago."),
    ("head", "Attention : cet article date de plus d'un an."),
    ("head", "Hinweis: Dieser Artikel ist älter als zwei Jahre."),
    ("head", "Questo articolo è stato pubblicato più di un anno fa e alcune informazioni potrebbero essere superate."),
    ("head", "Ten artykuł ma ponad dwa lata."),
    ("head", "Внимание: эта статья была опубликована более года назад. Информация могла устареть."),
    # the date its facts hold for
    ("head", "Information correct as of 4 March 2026"),
    ("head", "Informations à jour au 4 mars 2026"),
    ("head", "Die Angaben in diesem Artikel entsprechen dem Stand vom 4. März 2026"),
    ("head", "Le informazioni sono aggiornate al 4 marzo 2026."),
    ("head", "Informacje aktualne na dzień 4 marca 2026 r."),
    ("head", "Информация актуальна на 4 марта 2026 года."),
    # a picture's note that it only illustrates
    ("body", "Photo for illustrative purposes only"),
    ("body", "Photo à titre d'illustration"),
    ("body", "Das Foto dient nur zur Illustration"),
    ("body", "Immagine a scopo illustrativo"),
    ("body", "Zdjęcie ma charakter poglądowy"),
    ("body", "Изображение носит иллюстративный характер"),
    # the site thanking the reader for reading to the end
    ("tail", "Thanks for reading to the end!"),
    ("tail", "Merci de nous avoir lus jusqu'au bout !"),
    ("tail", "Danke, dass Sie den Artikel bis zum Ende gelesen haben!"),
    ("tail", "Grazie per aver letto fino alla fine!"),
    ("tail", "Dziękujemy za przeczytanie tekstu do końca!"),
    ("tail", "Спасибо, что дочитали до конца!"),
])
def test_round_72_page_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on corrections, old articles, dates, illustrations and thanks
    ("body", "This article was published two years ago and the council has since changed its mind."),
    ("body", "Ten artykuł ma ponad dwa lata, a nadal jest najczęściej czytanym tekstem o moście, mówi redaktor."),
    ("body", "Le informazioni sono aggiornate ogni settimana dal Comune."),
    ("body", "Das Foto dient der Polizei als Beweis, sagte der Sprecher."),
    ("body", "Dziękujemy, że jesteście z nami!"),
    ("body", "Спасибо, что пришли, сказала директор школы гостям."),
])
def test_round_72_page_notes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) the label over a partner's or an advertiser's piece or slot
    ("body", "Partner content"),
    ("body", "Contenu partenaire"),
    ("body", "Sonderveröffentlichung"),
    ("body", "Informazione pubblicitaria"),
    ("body", "Materiał promocyjny"),
    ("body", "На правах рекламы"),
    # an ad label and the article's continuation
    ("body", "Advertisement - Continue reading below"),
    ("body", "Publicité - La suite ci-dessous"),
    ("body", "Anzeige – Weiterlesen unten"),
    ("body", "Reklama - Czytaj dalej poniżej"),
    ("body", "Реклама — Продолжение ниже"),
    # an ad label and a blogger's affiliate line with its asterisk
    ("body", "Ad · The glue I swear by is the one from Bench & Clamp*"),
    ("body", "Publicité : ma colle préférée vient de chez Atelier Roux*"),
    ("body", "Reklama: Mój ulubiony klej kupuję w sklepie Stolarz*"),
    # a widget's bare loading placeholder
    ("body", "Loading… please wait"),
    ("body", "Chargement en cours…"),
    ("body", "Wird geladen …"),
    ("body", "Trwa ładowanie…"),
    ("body", "Идёт загрузка…"),
    # a click-to-enlarge label naming the picture
    ("body", "Click to enlarge the map"),
    ("body", "Clicca per ingrandire la foto"),
    ("body", "Нажмите, чтобы увеличить фото"),
])
def test_round_72_ad_labels_and_placeholders_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on advertising, partners and loading
    ("body", "Partner content from the tourist board will no longer run in the parish magazine."),
    ("body", "Publicité mensongère : l'association a saisi le tribunal mardi."),
    ("body", "Werbung an Bushaltestellen soll ab Mai verboten werden, beschloss der Rat."),
    ("body", "Loading bays on Mill Street will open to vans only before nine."),
    ("body", "Спецпроект районной библиотеки посвящён истории завода."),
])
def test_round_72_ad_labels_and_placeholders_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) any call to write, react or send a tip that ends on the address
    ("tail", "Got a story idea? Send it to news@brindleford-echo.example"),
    ("tail", "Réagissez à cet éditorial : lecteurs@gazette-vallonne.example"),
    ("tail", "Schreiben Sie der Autorin: kolumne@talbote.example"),
    ("tail", "Hai una segnalazione? Scrivi a redazione@ecodellavalle.example"),
    ("tail", "Napisz do autora: felieton@kurier-gminny.example"),
    ("tail", "Есть новость? Присылайте на news@rayonka.example"),
    # a link to the writer's other columns with one title after the label
    ("tail", "More columns: Why the ferry should run on Sundays"),
    ("tail", "De la même autrice : Le lavoir mérite un toit neuf"),
    ("tail", "Weitere Kolumnen: Warum der Marktplatz Bäume braucht"),
    ("tail", "Dello stesso autore: Il ponte che nessuno vuole pagare"),
    ("tail", "Więcej felietonów: Kto posprząta po festynie?"),
    ("tail", "Другие колонки автора: Почему закрыли баню"),
    # a blog's call to save or pin the post for later
    ("tail", "Liked the recipe? Pin it on Pinterest!"),
    ("tail", "Épinglez la recette sur Pinterest !"),
    ("tail", "Salvala su Pinterest!"),
    ("tail", "Zapisz wpis na później!"),
    ("tail", "Save this guide for later!"),
    ("tail", "Сохраните рецепт, чтобы не потерять!"),
    # a newsletter named by its town, a column's disclaimer with the paper's denial
    ("tail", "Jetzt den Newsletter aus Oberholm kostenlos abonnieren"),
    ("tail", "Felieton wyraża opinię autora, a nie redakcji."),
    ("tail", "Cette chronique exprime l'opinion de son autrice, et non celle de la rédaction."),
    ("tail", "Колонка отражает мнение автора, а не редакции."),
])
def test_round_72_prompts_after_the_list_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences with addresses, columns, saving and opinions
    ("body", "Residents can write to planning@brindleford.example before the end of May."),
    ("body", "Send your photos to the library by Friday, the organisers asked."),
    ("body", "More columns of the old viaduct will be repaired next spring."),
    ("body", "Dello stesso autore il Comune ha acquistato tre quadri nel 2019."),
    ("body", "Save the date: the fair returns on 5 May."),
    ("body", "Сохраните чеки, чтобы не потерять право на возврат, советуют юристы."),
    ("body", "Felieton wyraża opinię wielu mieszkańców, którzy czekają na obwodnicę."),
])
def test_round_72_prompts_after_the_list_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) a site's own channel on a chat network and the call to join it
    ("tail", "The Brindleford Echo is now on WhatsApp – join here"),
    ("tail", "Le Réveil est aussi sur WhatsApp : abonnez-vous"),
    ("tail", "Talbote jetzt auch bei Telegram – hier folgen"),
    ("tail", "ValleNews anche su WhatsApp: iscriviti qui"),
    ("tail", "Kurier Gminny także na WhatsAppie – dołącz"),
    ("tail", "Районка теперь и в Telegram — подписывайтесь"),
    # a blog theme's category label
    ("head", "Classé dans : Jardin, Potager"),
    ("head", "Abgelegt unter: Garten, Obst"),
    ("head", "Archiviato in: Orto, Ricette"),
    ("head", "Opublikowano w: Ogród, Przetwory"),
    # the post's note that it advertises unpaid
    ("head", "This post contains unpaid advertising."),
    ("head", "Cet article contient de la publicité non rémunérée."),
    ("head", "Dieser Beitrag enthält unbeauftragte Werbung durch Markennennung."),
    ("head", "Questo post contiene pubblicità non retribuita."),
    ("head", "Wpis zawiera nieopłaconą reklamę."),
    ("head", "Этот пост содержит неоплаченную рекламу."),
])
def test_round_72_blog_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on chat channels, categories and advertising
    ("body", "The parish council is now on WhatsApp too, and the clerk answers within a day."),
    ("body", "Classé dans les monuments historiques depuis 1921, le lavoir sera restauré."),
    ("body", "Der Beitrag enthält unbezahlte Arbeit von zwölf Freiwilligen, sagt der Verein."),
    ("body", "Wpis zawiera zdjęcia z archiwum parafii, które udostępnił proboszcz."),
])
def test_round_72_blog_notes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) a reading-time header that counts the words too
    ("head", "Word count: 850 words · 4 min read"),
    ("head", "Longueur : 850 mots, 4 min de lecture"),
    ("head", "Länge: 850 Wörter · 4 Minuten"),
    ("head", "Lunghezza: 850 parole, 4 minuti"),
    ("head", "Długość: 850 słów · 4 min"),
    ("head", "Объём: 850 слов, 4 минуты"),
    # the thread's count and sort control on one row
    ("tail", "8 comments · Sort by: Newest"),
    ("tail", "8 Kommentare | Sortieren nach: Neueste"),
    ("tail", "8 commenti · Ordina per: più recenti"),
    ("tail", "8 komentarzy · Sortuj: najnowsze"),
    ("tail", "8 комментариев · Сортировать: сначала новые"),
    # a magazine's words-and-photos credit
    ("head", "Words: Tamsin Oakley | Photos: Rhys Bellamy"),
])
def test_round_72_counts_and_credits_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences with counts of words and comments
    ("body", "The length of the report, 850 words, surprised the councillors."),
    ("body", "8 comments were sent to the planning office before the deadline."),
    ("body", "Words of thanks came from every street in the village."),
])
def test_round_72_counts_and_credits_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) a blogger's about-me box: a greeting, a first name and what the blog is about
    ("tail", "Hi, I'm Tamsin! I write about canal walks and cheap day trips from Bristol."),
    ("tail", "Salut, moi c'est Julie ! J'écris sur le jardinage au balcon."),
    ("tail", "Hallo, ich bin Anna! Ich schreibe über Sauerteig und alte Getreidesorten."),
    ("tail", "Ciao, sono Giulia! Scrivo di orti urbani e conserve."),
    ("tail", "Cześć, jestem Ola! Piszę o szyciu i przeróbkach ubrań."),
    ("tail", "Привет, я Маша! Пишу о вязании и старых узорах."),
])
def test_round_72_about_me_bios_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's greetings and introductions
    ("body", "Hi, I'm back, said the postman, who had been off sick since June."),
    ("body", "Hello, I am Margaret, she told the committee, and I have lived on this street for forty years."),
    ("body", "Ciao, sono tornato, ha detto il sindaco entrando in sala."),
])
def test_round_72_about_me_bios_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 72) a blog's link to an earlier post the reader may have missed
    ("tail", "In case you missed my post on the potting bench: here it is"),
    ("tail", "Si vous avez manqué mon billet sur le poulailler : c'est par ici"),
    ("tail", "Falls du meinen Beitrag über die Werkbank verpasst hast: hier entlang"),
    ("tail", "Se ti sei persa il post sulla credenza: eccolo"),
    ("tail", "Jeśli przegapiłaś wpis o komodzie: zajrzyj tutaj"),
    ("tail", "Если вы пропустили пост о табуретке: вот он"),
])
def test_round_72_missed_post_links_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on what readers missed
    ("body", "If you missed the meeting, the minutes are in the library."),
    ("body", "Falls du den Bus verpasst hast, fährt um neun ein Ruftaxi."),
    ("body", "Если вы пропустили собрание, протокол висит на доске у подъезда."),
])
def test_round_72_missed_post_links_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the page's note that it is old, its age as a number of years or months (the unit a whole word)
    ("head", "Note: this article was published more than 3 years ago."),
    ("head", "This story is over 2 years old"),
    ("head", "Heads up: this post was written 5 years ago."),
    ("head", "This article was published 18 months ago."),
    ("head", "Attention : cet article a été publié il y a plus de 3 ans."),
    ("head", "Cet article date de plus de 2 ans"),
    ("head", "Cet article a plus de 4 ans."),
    ("head", "Hinweis: Dieser Artikel ist älter als 2 Jahre."),
    ("head", "Dieser Artikel wurde vor mehr als 3 Jahren veröffentlicht."),
    ("head", "Achtung: Dieser Beitrag ist über 5 Jahre alt."),
    ("head", "Attenzione: questo articolo è stato pubblicato più di 3 anni fa."),
    ("head", "Questo articolo ha più di 2 anni"),
    ("head", "Nota: questo post è stato pubblicato oltre 18 mesi fa."),
    ("head", "Uwaga: ten artykuł został opublikowany ponad 2 lata temu."),
    ("head", "Ten tekst ma ponad 5 lat."),
    ("head", "Ten artykuł ma więcej niż 3 lata"),
    ("head", "Внимание: эта статья была опубликована более 2 лет назад."),
    ("head", "Этот материал опубликован более 5 лет назад"),
    ("head", "Эта публикация была опубликована больше 3 лет назад."),
])
def test_round_73_old_page_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on old articles and their age
    ("body", "The article was published 3 years ago and nobody noticed the error until now."),
    ("body", "Questo articolo ha 2 anni di ritardo rispetto alla legge, dice il sindaco."),
    ("body", "Cet article a plus de 3 ans de retard, selon l'avocat de la commune."),
])
def test_round_73_old_page_notes_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the label over a partner's piece: the partner after the noun, the bare participle or prefix
    ("body", "Sponsored"),
    ("body", "Promoted"),
    ("body", "Partner content"),
    ("body", "Content from our partner"),
    ("body", "Promotional material from our partner"),
    ("body", "Paid partner content"),
    ("body", "Advertiser content"),
    ("body", "Sponsored post"),
    ("body", "Sponsorisé"),
    ("body", "Contenu sponsorisé"),
    ("body", "Contenu proposé par notre partenaire"),
    ("body", "Contenu promotionnel du partenaire"),
    ("body", "Publicité partenaire"),
    ("body", "Article sponsorisé"),
    ("body", "Contenu partenaire"),
    ("body", "Publireportage"),
    ("body", "GESPONSERT"),
    ("body", "Gesponserter Beitrag"),
    ("body", "Anzeige des Partners"),
    ("body", "Werbung unseres Partners"),
    ("body", "Partnerinhalt"),
    ("body", "Bezahlte Partnerschaft"),
    ("body", "Sonderveröffentlichung"),
    ("body", "Werbeanzeige"),
    ("body", "Sponsorizzato"),
    ("body", "Contenuto sponsorizzato"),
    ("body", "Contenuto del partner"),
    ("body", "Materiale promozionale del partner"),
    ("body", "Articolo sponsorizzato"),
    ("body", "Informazione pubblicitaria"),
    ("body", "Contenuto promozionale"),
    ("body", "Pubbliredazionale"),
    ("body", "Materiał promocyjny naszego partnera"),
    ("body", "Materiał partnera"),
    ("body", "Artykuł sponsorowany"),
    ("body", "Materiał sponsorowany"),
    ("body", "Treść sponsorowana"),
    ("body", "Materiał reklamowy partnera"),
    ("body", "Współpraca reklamowa"),
    ("body", "Sponsorowane"),
    ("body", "Партнёрский материал"),
    ("body", "Материал партнёра"),
    ("body", "Спонсорский материал"),
    ("body", "Реклама партнёра"),
    ("body", "На правах рекламы"),
    ("body", "Рекламный материал партнёра"),
    ("body", "Спецпроект"),
    ("body", "Промо"),
])
def test_round_73_partner_labels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on sponsors, partners and promotions
    ("body", "Sponsored by the parish council, the bench was unveiled on Saturday."),
    ("body", "Le contenu sponsorisé a été retiré du site de la mairie après les plaintes."),
    ("body", "Gesponsert wurde das Fest von drei Bäckereien aus dem Ort."),
    ("body", "Sponsorizzato dalla Pro Loco, il concerto si terrà in piazza."),
    ("body", "Materiał partnera gminy trafił do wszystkich szkół w powiecie."),
    ("body", "Материал партнёра проекта показали на выставке в библиотеке."),
    ("body", "Promoted to captain last spring, she led the club to the title."),
])
def test_round_73_partner_labels_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) one legal role, its holder and the holder's address in brackets or after a comma
    ("tail", "Editor-in-chief: Tamsin Oakley (address as above)"),
    ("tail", "Responsible editor: Rhys Bellamy, 4 Mill Lane, Brindleford"),
    ("tail", "Responsible for content under section 55 RStV: Jane Roe (see address above)"),
    ("tail", "Directeur de la publication : Paul Lefort (adresse ci-dessus)"),
    ("tail", "Rédactrice en chef : Odile Marchetaux, 12 rue des Lilas, Vallonne"),
    ("tail", "Responsable de la rédaction : Jean Roy (même adresse)"),
    ("tail", "Verantwortlich nach § 18 Abs. 2 MStV: Konrad Albertz (Anschrift wie oben)"),
    ("tail", "V.i.S.d.P.: Timo Hahnfeld, Marktstraße 3, Oberholm"),
    ("tail", "Verantwortlich i.S.d. § 18 MStV: Anna Berg (Adresse wie oben)"),
    ("tail", "Chefredakteurin: Jana Lohwald (Anschrift siehe oben)"),
    ("tail", "Direttore responsabile: Marco Ferri (indirizzo come sopra)"),
    ("tail", "Direttrice responsabile: Giulia Marchetti, via Roma 4, Valbruna"),
    ("tail", "Redaktor naczelny: Piotr Zawilak (adres jak wyżej)"),
    ("tail", "Redaktor naczelna: Ewa Lisowska, ul. Lipowa 3, Lipnica"),
    ("tail", "Главный редактор: Анна Кимова (адрес тот же)"),
    ("tail", "Учредитель: ООО «Речная пресса», ул. Центральная, 1"),
])
def test_round_73_legal_roles_with_address_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on editors and people responsible
    ("body", "Editor-in-chief Tamsin Oakley said the paper would move to the old mill (the lease runs to 2030)."),
    ("body", "Verantwortlich für den Umbau ist Konrad Albertz, der das Amt seit März leitet."),
    ("body", "Direttore responsabile del cantiere è Marco Ferri (ingegnere del Comune)."),
    ("body", "Главный редактор газеты Анна Кимова (на фото) вручила призы победителям."),
])
def test_round_73_legal_roles_with_address_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a column's disclaimer in other wordings: the noun with its article, 'wieder', 'only the author's view'
    ("tail", "This column reflects the opinion of its author."),
    ("tail", "The column expresses the personal views of the writer."),
    ("tail", "This piece reflects only the author's view."),
    ("tail", "Cette chronique exprime le point de vue de son auteur."),
    ("tail", "La tribune reflète l'opinion de son autrice."),
    ("tail", "Die Kolumne gibt die Meinung des Autors wieder."),
    ("tail", "Dieser Kommentar gibt die persönliche Meinung des Autors wieder."),
    ("tail", "Die Glosse gibt ausschließlich die Meinung des Autors wieder."),
    ("tail", "Der Gastbeitrag gibt die Meinung der Autorin wieder, nicht die der Redaktion."),
    ("tail", "La rubrica esprime l'opinione dell'autrice."),
    ("tail", "Questo editoriale riflette il punto di vista dell'autore."),
    ("tail", "Felieton wyraża opinię autorki."),
    ("tail", "Ten komentarz przedstawia punkt widzenia autora."),
    ("tail", "Колонка выражает мнение автора."),
    ("tail", "Эта статья отражает личное мнение автора."),
])
def test_round_73_opinion_disclaimers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on opinions reflected
    ("body", "Die Kolumne gibt die Meinung vieler Anwohner wieder, die seit Jahren auf den Radweg warten."),
    ("body", "Der Bürgermeister gibt die Meinung des Rates wieder."),
    ("body", "La rubrica esprime l'opinione di molti lettori sul nuovo parcheggio."),
    ("body", "Колонка выражает мнение жителей, уставших от шума стройки."),
])
def test_round_73_opinion_disclaimers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a call to send letters or opinions that ends on the address
    ("tail", "Your opinion counts: letters@brindleford-echo.example"),
    ("tail", "What do you think? letters@brindleford-echo.example"),
    ("tail", "Have your say: letters@brindleford-echo.example"),
    ("tail", "Votre avis nous intéresse : courrier@gazette-vallonne.example"),
    ("tail", "Donnez votre avis : lecteurs@gazette-vallonne.example"),
    ("tail", "Ihre Meinung ist gefragt: leserbriefe@talbote.example"),
    ("tail", "Ihre Meinung zählt: leserbriefe@talbote.example"),
    ("tail", "Meinung? Schreiben Sie an leserbriefe@talbote.example"),
    ("tail", "La vostra opinione conta: lettere@ecodellavalle.example"),
    ("tail", "Dite la vostra: lettere@ecodellavalle.example"),
    ("tail", "Twoja opinia się liczy: listy@kurier-gminny.example"),
    ("tail", "Masz zdanie na ten temat? listy@kurier-gminny.example"),
    ("tail", "Ваше мнение важно: pisma@rayonka.example"),
    ("tail", "Что вы думаете? Пишите: pisma@rayonka.example"),
    ("tail", "Leserbriefe bitte an: leserbriefe@talbote.example"),
    ("tail", "Letters to the editor: letters@brindleford-echo.example"),
])
def test_round_73_letters_calls_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences asking for opinions
    ("body", "Ihre Meinung ist gefragt, sagte der Bürgermeister und verteilte Fragebögen."),
    ("body", "What do you think of the new bridge, we asked passers-by on Saturday."),
    ("body", "Votre avis nous intéresse, répète le maire à chaque réunion publique."),
])
def test_round_73_letters_calls_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the news the site's chat-network channel brings, the channel as the line's place
    ("tail", "More news from the region on our free WhatsApp channel"),
    ("tail", "Follow the Brindleford Echo on our WhatsApp channel"),
    ("tail", "Get the latest news on our WhatsApp channel – join now"),
    ("tail", "Toute l'actualité de la région sur notre chaîne WhatsApp gratuite"),
    ("tail", "Rejoignez notre chaîne WhatsApp"),
    ("tail", "Mehr Nachrichten aus dem Landkreis gibt es in unserem kostenlosen Telegram-Kanal"),
    ("tail", "Folgen Sie uns auf unserem WhatsApp-Kanal"),
    ("tail", "Unser Telegram-Kanal: hier abonnieren"),
    ("tail", "Tutte le notizie della zona sul nostro canale WhatsApp"),
    ("tail", "Segui il nostro canale Telegram"),
    ("tail", "Więcej wiadomości z regionu na naszym kanale na WhatsAppie"),
    ("tail", "Dołącz do naszego kanału na WhatsAppie"),
    ("tail", "Больше новостей района в нашем Telegram-канале"),
    ("tail", "Подписывайтесь на наш канал в Telegram"),
    ("tail", "Все новости города — в нашем канале в MAX"),
    ("tail", "Nos infos en direct sur notre canal Telegram"),
])
def test_round_73_chat_channel_news_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on chat channels
    ("body", "The WhatsApp channel of the parents' group grew to 400 members in a week."),
    ("body", "Im WhatsApp-Kanal der Feuerwehr erfahren die Anwohner von Sperrungen."),
    ("body", "В Telegram-канале администрации появилось сообщение о ремонте моста."),
    ("body", "Nel canale WhatsApp del Comune sono stati pubblicati gli orari del bus."),
])
def test_round_73_chat_channel_news_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a blogger's item with the affiliate-link mark closing the line; the post saying it is not sponsored
    ("tail", "Stove I used: a two-burner camping stove (affiliate link)"),
    ("tail", "My boots: Trailmaster Pro (affiliate link)"),
    ("tail", "The pan I use (affiliate link): Forge & Field cast iron"),
    ("tail", "Mon matériel : une lampe frontale 900 lumens (lien affilié)"),
    ("tail", "Meine Ausrüstung: Stirnlampe mit 900 Lumen (Affiliate-Link)"),
    ("tail", "La mia attrezzatura: frontale da 900 lumen (link affiliato)"),
    ("tail", "Mój sprzęt: czołówka 900 lumenów (link afiliacyjny)"),
    ("tail", "Моё снаряжение: налобный фонарь на 900 люмен (партнёрская ссылка)"),
    ("tail", "This post is not sponsored: I paid for everything myself."),
    ("tail", "Not sponsored – I bought the tickets myself."),
    ("tail", "Cet article n'est pas sponsorisé : j'ai payé ma nuit au gîte."),
    ("tail", "Article non sponsorisé, j'ai tout payé moi-même."),
    ("tail", "Dieser Beitrag ist nicht gesponsert: Ich habe alles selbst bezahlt."),
    ("tail", "Unbezahlte Werbung, alles selbst gekauft."),
    ("tail", "Questo post non è sponsorizzato: ho pagato tutto io."),
    ("tail", "Wpis nie jest sponsorowany: za wszystko zapłaciłam sama."),
    ("tail", "Пост не спонсорский: всё купила на свои деньги."),
    ("tail", "Это не реклама: я всё оплатила сама."),
])
def test_round_73_affiliate_and_not_sponsored_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on sponsors and kit
    ("body", "The festival is not sponsored by the council this year, the organisers said."),
    ("body", "Le club n'est pas sponsorisé : les joueurs paient leurs maillots."),
    ("body", "Die Kapelle ist nicht gesponsert, alle Instrumente zahlen die Mitglieder selbst."),
    ("body", "La squadra non è sponsorizzata, ha spiegato il presidente."),
    ("body", "Kit used by the rescue team included a 900-lumen torch, the report said."),
])
def test_round_73_affiliate_and_not_sponsored_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the paper's own staff as the byline: correspondent, contributor, envoy, newsroom, a place and a name at most
    ("head", "From our correspondent Tamsin Oakley"),
    ("head", "By our staff reporter Rhys Bellamy"),
    ("head", "By our special correspondent in Lyon, Jane Roe"),
    ("head", "De notre correspondante Odile Marchetaux"),
    ("head", "De notre envoyé spécial à Vallonne, Paul Lefort"),
    ("head", "Par notre correspondant Jean Roy"),
    ("head", "Von unserer Mitarbeiterin Anna Berg"),
    ("head", "Von unserem Redaktionsmitglied Timo Hahnfeld"),
    ("head", "Von unserem Korrespondenten Jonas Kurt"),
    ("head", "Dalla nostra inviata Giulia Marchetti"),
    ("head", "Dal nostro corrispondente Marco Ferri"),
    ("head", "Dalla nostra redazione di Valbruna"),
    ("head", "Od naszej korespondentki Ewy Lisowskiej"),
    ("head", "Od naszego wysłannika Piotra Zawilaka"),
    ("head", "От нашего корреспондента Анны Кимовой"),
    ("head", "От нашего специального корреспондента Ивана Горелова"),
])
def test_round_73_staff_bylines_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences that open with the same words
    ("body", "From our correspondent's window the whole square could be seen."),
    ("body", "Von unserer Mitarbeiterin Anna Berg stammt die Idee für den Tauschschrank."),
    ("body", "Dal nostro inviato abbiamo saputo che la strada resterà chiusa fino a lunedì."),
    ("body", "От нашего корреспондента в Брянске пришло сообщение о паводке."),
])
def test_round_73_staff_bylines_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the page's note that the story is still being updated
    ("head", "Story being updated"),
    ("head", "This story is being updated"),
    ("head", "This article will be updated"),
    ("head", "Developing story – updates to follow"),
    ("head", "Article mis à jour"),
    ("head", "Article en cours d'actualisation"),
    ("head", "Cet article sera mis à jour"),
    ("head", "Article en cours de mise à jour"),
    ("head", "Dieser Artikel wird laufend aktualisiert"),
    ("head", "Artikel wird aktualisiert"),
    ("head", "Der Beitrag wird fortlaufend aktualisiert."),
    ("head", "Meldung wird aktualisiert"),
    ("head", "Notizia in aggiornamento."),
    ("head", "Articolo in aggiornamento"),
    ("head", "Notizia in continuo aggiornamento"),
    ("head", "Questo articolo è in aggiornamento"),
    ("head", "Artykuł aktualizowany"),
    ("head", "Tekst będzie aktualizowany"),
    ("head", "Artykuł jest aktualizowany na bieżąco"),
    ("head", "Wiadomość aktualizowana"),
    ("head", "Материал дополняется"),
    ("head", "Новость дополняется"),
    ("head", "Статья обновляется"),
    ("head", "Информация уточняется"),
])
def test_round_73_story_being_updated_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on updates
    ("body", "The timetable is being updated, the bus company said, and will be online by Friday."),
    ("body", "Der Artikel wird laufend aktualisiert, sagt die Chefin des Archivs über die Chronik des Dorfes."),
    ("body", "Il piano regolatore è in aggiornamento da due anni."),
    ("body", "Материал дополняется фотографиями из семейных архивов жителей."),
])
def test_round_73_story_being_updated_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the page itself said to have appeared in print, its edition or issue number after the verb
    ("tail", "This article first appeared in the print edition of the Brindleford Echo, issue 48/2026."),
    ("tail", "A version of this story appeared in print on 4 December 2026."),
    ("tail", "This article appeared in the 4 December print edition."),
    ("tail", "Cet article est paru dans l'édition papier du 4 décembre 2026."),
    ("tail", "Article paru dans Le Réveil n° 1234."),
    ("tail", "Dieser Artikel erschien in der gedruckten Ausgabe vom 4. Dezember 2026."),
    ("tail", "Der Text ist in der Printausgabe (Nr. 48/2026) erschienen."),
    ("tail", "Questo articolo è uscito sull'edizione cartacea del 4 dicembre 2026."),
    ("tail", "Articolo pubblicato sul numero 48 del settimanale."),
    ("tail", "Tekst ukazał się w papierowym wydaniu Kuriera Gminnego nr 48/2026."),
    ("tail", "Artykuł ukazał się w wydaniu drukowanym (nr 48/2026)."),
    ("tail", "Tekst opublikowano w tygodniku (nr 48/2026)."),
    ("tail", "Материал опубликован в печатной версии газеты № 48 от 4 декабря 2026 года."),
    ("tail", "Статья вышла в печатном номере газеты (№ 48)."),
])
def test_round_73_appeared_in_print_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on print editions
    ("body", "The article appeared in the print edition and prompted forty letters."),
    ("body", "Der Text ist in der Printausgabe erschienen, erst danach meldete sich der Bürgermeister."),
    ("body", "Tekst ukazał się w papierowym wydaniu, a potem przedrukowały go trzy portale."),
])
def test_round_73_appeared_in_print_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the reservation naming which rights, the formula's own words around them
    ("tail", "All rights reserved."),
    ("tail", "All rights of reproduction reserved."),
    ("tail", "Reproduction and distribution rights reserved."),
    ("tail", "Tous droits réservés."),
    ("tail", "Tous droits de reproduction et de représentation réservés."),
    ("tail", "Tous droits de reproduction réservés"),
    ("tail", "Alle Rechte vorbehalten."),
    ("tail", "Alle Rechte der Vervielfältigung und Verbreitung vorbehalten."),
    ("tail", "Alle Rechte des Nachdrucks vorbehalten."),
    ("tail", "Tutti i diritti riservati."),
    ("tail", "Tutti i diritti di riproduzione sono riservati."),
    ("tail", "Riproduzione riservata"),
    ("tail", "Wszelkie prawa zastrzeżone."),
    ("tail", "Wszelkie prawa do przedruku zastrzeżone."),
    ("tail", "Prawa autorskie zastrzeżone."),
    ("tail", "Все права защищены."),
    ("tail", "Все права на материалы защищены."),
    ("tail", "Права на перепечатку защищены."),
])
def test_round_73_rights_reserved_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on rights
    ("body", "The council reserved all rights to the land, the lawyer said."),
    ("body", "Tous les droits de pêche sont réservés aux membres du club."),
    ("body", "Die Rechte an dem Foto hat die Gemeinde."),
])
def test_round_73_rights_reserved_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the credit of those who helped: additional reporting, contribution, further information
    ("tail", "Additional reporting by Tamsin Oakley"),
    ("tail", "Additional reporting: Rhys Bellamy and Jane Roe"),
    ("tail", "Reporting by Jane Roe; editing by Rhys Bellamy"),
    ("tail", "Avec Paul Lefort"),
    ("tail", "Avec la contribution de Jeanne Roussel"),
    ("tail", "Informations complémentaires : Odile Marchetaux"),
    ("tail", "Mitarbeit: Timo Hahnfeld"),
    ("tail", "Mit Material von Jonas Kurt"),
    ("tail", "Unter Mitwirkung von Anna Berg"),
    ("tail", "Hanno collaborato Marco Ferri e Giulia Marchetti"),
    ("tail", "Con la collaborazione di Marta Neri"),
    ("tail", "Ha contribuito Luca Ferri"),
    ("tail", "Współpraca: Ewa Lisowska, Piotr Zawilak"),
    ("tail", "Współpraca Ewa Lisowska"),
    ("tail", "Dodatkowe informacje: Anna Wilk"),
    ("tail", "При участии Анны Кимовой"),
    ("tail", "Дополнительные материалы: Иван Горелов"),
    ("tail", "В подготовке материала участвовал Иван Горелов"),
])
def test_round_73_additional_reporting_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences with the same openings
    ("body", "Additional reporting by volunteers helped the survey reach every house."),
    ("body", "Avec Paul Lefort, le club a remporté trois titres en dix ans."),
    ("body", "Mit Material von der Baustelle bauten die Kinder ein Insektenhotel."),
])
def test_round_73_additional_reporting_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the marks around an embedded post that let screen readers skip it
    ("body", "End of YouTube post, 3"),
    ("body", "End of Twitter post, 2"),
    ("body", "End of Instagram post"),
    ("body", "Skip YouTube post, 1"),
    ("body", "End of TikTok post by brindlebakes"),
    ("body", "Fin de la publication YouTube"),
    ("body", "Fin du post Instagram, 2"),
    ("body", "Fin de la vidéo YouTube"),
    ("body", "Ende des YouTube-Beitrags"),
    ("body", "Ende des Instagram-Posts, 1"),
    ("body", "Ende des X-Beitrags"),
    ("body", "Fine del post di YouTube"),
    ("body", "Fine del post Instagram, 2"),
    ("body", "Koniec wpisu z YouTube"),
    ("body", "Koniec posta na Instagramie, 1"),
    ("body", "Конец публикации в YouTube"),
    ("body", "Конец поста в Instagram, 2"),
    ("body", "Пропустить пост в YouTube, 1"),
])
def test_round_73_embed_end_markers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences that open with the same words
    ("body", "End of the road for the YouTube star who built the skate park."),
    ("body", "Ende des Jahres soll der Beitrag für die Kita steigen."),
    ("body", "Fine del post-partita: il mister ha lasciato la sala stampa."),
])
def test_round_73_embed_end_markers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the site's membership in a press body, the site first and the body last
    ("tail", "The Brindleford Echo is a member of the Independent Community News Network."),
    ("tail", "This site is a member of the Independent Press Standards Organisation."),
    ("tail", "We are a member of the Local News Alliance."),
    ("tail", "Le Réveil est membre du Syndicat de la presse hebdomadaire régionale."),
    ("tail", "Notre journal est adhérent de l'Alliance de la presse d'information générale."),
    ("tail", "Der Talbote ist Mitglied im Bundesverband Digitalpublisher und Zeitungsverleger."),
    ("tail", "Wir sind Mitglied im Verband der Lokalpresse."),
    ("tail", "EcoDellaValle aderisce alla Federazione Italiana Settimanali Cattolici."),
    ("tail", "La testata è associata all'Unione Stampa Periodica Italiana."),
    ("tail", "Kurier Gminny jest członkiem Stowarzyszenia Gazet Lokalnych."),
    ("tail", "Portal należy do Stowarzyszenia Mediów Lokalnych."),
    ("tail", "Районка — член Альянса независимых региональных издателей."),
    ("tail", "Газета входит в Ассоциацию региональных СМИ."),
])
def test_round_73_press_body_membership_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on memberships
    ("body", "The mayor is a member of the Independent Community Council and chairs its finance committee."),
    ("body", "Der Verein ist Mitglied im Landessportbund, sagte der Vorsitzende."),
    ("body", "Kurier Gminny jest członkiem jury konkursu na najlepszy felieton, napisała redakcja w piątek o zmianach w regulaminie."),
])
def test_round_73_press_body_membership_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a call to join the discussion before the log-in-to-comment prompt, and its other wordings
    ("tail", "Join the discussion! Please sign in to comment."),
    ("tail", "To comment, please log in."),
    ("tail", "Sign in to join the conversation"),
    ("tail", "Discutez ! Connectez-vous pour commenter."),
    ("tail", "Pour commenter, veuillez vous connecter."),
    ("tail", "Diskutieren Sie mit! Zum Kommentieren melden Sie sich bitte an."),
    ("tail", "Zum Kommentieren bitte anmelden."),
    ("tail", "Melden Sie sich an, um mitzudiskutieren."),
    ("tail", "Partecipa alla discussione! Per commentare accedi."),
    ("tail", "Per commentare devi effettuare il login."),
    ("tail", "Dołącz do dyskusji! Zaloguj się, aby skomentować."),
    ("tail", "Aby dodać komentarz, zaloguj się."),
    ("tail", "Обсудите! Чтобы комментировать, войдите."),
    ("tail", "Войдите, чтобы оставить комментарий."),
])
def test_round_73_sign_in_to_comment_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on commenting and signing in
    ("body", "To comment on the plans, residents must sign in at the town hall before Friday."),
    ("body", "Um zu kommentieren, melden sich die Bürger im Rathaus an, erklärt die Sprecherin."),
])
def test_round_73_sign_in_to_comment_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a transparency note that the newsroom or the writer was invited by the organiser
    ("tail", "Transparency note: The editors were invited to the opening by the organiser."),
    ("tail", "Disclosure: our reporter travelled as a guest of the tourist board."),
    ("tail", "Transparence : la rédaction a été invitée par l'organisateur."),
    ("tail", "Transparence : notre journaliste a été invitée au festival par les organisateurs."),
    ("tail", "Transparenzhinweis: Die Reise wurde vom Tourismusverband bezahlt."),
    ("tail", "Hinweis: Die Redaktion wurde vom Veranstalter eingeladen."),
    ("tail", "Transparenzhinweis: Die Autorin wurde von den Veranstaltern zur Premiere eingeladen."),
    ("tail", "Trasparenza: la redazione è stata invitata dall'organizzatore."),
    ("tail", "Nota di trasparenza: l'autrice è stata invitata all'inaugurazione dagli organizzatori."),
    ("tail", "Ujawnienie: redakcja została zaproszona przez organizatora."),
    ("tail", "Informacja: autorka została zaproszona na otwarcie przez organizatorów."),
    ("tail", "Примечание: редакция была приглашена организатором."),
    ("tail", "Раскрытие информации: автор был приглашён на открытие организаторами."),
])
def test_round_73_invitation_disclosures_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on invitations and paid trips
    ("body", "The trip was paid for by the parents, who raised the money with a cake sale."),
    ("body", "Die Redaktion wurde vom Veranstalter eingeladen, doch die Fotografin durfte nicht hinein, weil der Saal voll war."),
    ("body", "La redazione è stata invitata dal sindaco a visitare il cantiere del nuovo ponte."),
    ("body", "Редакция была приглашена на открытие школы, но директор отменил праздник из-за морозов."),
])
def test_round_73_invitation_disclosures_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a label saying the reader's opinion is wanted, the letters address after its colon
    ("body", "Your opinion counts: letters@brindleford-echo.example"),
    ("body", "Your views, please: letters@brindleford-echo.example"),
    ("body", "Votre avis nous intéresse : courrier@gazette-vallonne.example"),
    ("body", "Votre avis compte : lecteurs@gazette-vallonne.example"),
    ("body", "Ihre Meinung zählt: leserbriefe@talbote.example"),
    ("body", "Ihre Meinung interessiert uns: redaktion@talbote.example"),
    ("body", "La vostra opinione conta: lettere@ecodellavalle.example"),
    ("body", "La tua opinione ci interessa: lettere@ecodellavalle.example"),
    ("body", "Twoja opinia się liczy: listy@kurier-gminny.example"),
    ("body", "Twoje zdanie ma znaczenie: listy@kurier-gminny.example"),
    ("body", "Ваше мнение важно: pisma@rayonka.example"),
    ("body", "Нам важно ваше мнение: pisma@rayonka.example"),
])
def test_round_73_opinion_wanted_with_address_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences asking for opinions
    ("body", "Ihre Meinung ist gefragt, sagte der Bürgermeister und verteilte Fragebögen an die Anwohner."),
    ("body", "Your opinion counts, the mayor told the residents, and the survey closes on Friday."),
    ("body", "Ваше мнение важно, сказала директор школы родителям на собрании."),
])
def test_round_73_opinion_wanted_with_address_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a trial offer for free: the site's plus product or the call to try, a period and a word of free
    ("body", "Echo+ now 4 weeks free"),
    ("body", "Try Echo+ free for 4 weeks"),
    ("body", "Try Echo Plus for 30 days free"),
    ("body", "Essayez Le Réveil+ gratuitement pendant 1 mois"),
    ("body", "Le Réveil+ : 1 mois offert"),
    ("body", "Talbote+ jetzt 4 Wochen gratis testen"),
    ("body", "Jetzt 30 Tage kostenlos testen"),
    ("body", "Talbote+ 1 Monat gratis lesen"),
    ("body", "Prova ValleNews+ gratis per 30 giorni"),
    ("body", "ValleNews+ gratis per un mese"),
    ("body", "Wypróbuj Kurier+ za darmo przez 30 dni"),
    ("body", "Kurier+ przez miesiąc za darmo"),
    ("body", "Попробуйте Районка+ бесплатно 30 дней"),
    ("body", "Районка+: месяц бесплатно"),
])
def test_round_73_free_trial_offers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on free trials
    ("body", "The library lets new members try the e-reader free for 4 weeks, the librarian said."),
    ("body", "Jetzt können Familien das Freibad 4 Wochen gratis testen, teilte die Stadt mit."),
    ("body", "Mieszkańcy mogą przez miesiąc za darmo jeździć nową linią autobusową."),
])
def test_round_73_free_trial_offers_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) the call to like the post if it helped or pleased
    ("body", "Leave a like if this was useful 👍"),
    ("body", "Hit like if you found this helpful!"),
    ("body", "Mettez un like si cet article vous a été utile 👍"),
    ("body", "Un like si ça vous a aidé !"),
    ("body", "Lass ein Like da, wenn es dir geholfen hat 👍"),
    ("body", "Gib mir ein Like, wenn dir der Beitrag gefallen hat!"),
    ("body", "Metti un like se ti è stato utile 👍"),
    ("body", "Lascia un like se il post ti è piaciuto!"),
    ("body", "Zostaw lajka, jeśli wpis się przydał 👍"),
    ("body", "Daj łapkę w górę, jeśli ci się podobało!"),
    ("body", "Поставьте лайк, если пост был полезен 👍"),
    ("body", "Ставьте лайк, если понравилось!"),
])
def test_round_73_like_if_useful_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on likes
    ("body", "Leave a like on the council's page if you want the bus back, the campaigners urge."),
    ("body", "Поставьте лайк, если было полезно, — просит автор ролика своих подписчиков, и их уже тысячи."),
])
def test_round_73_like_if_useful_prompts_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a caption of two short sentences before a picture's own credit word
    ("body", "The new footbridge on its first morning. It took six weeks to build. Picture: Echo reader"),
    ("body", "Le lavoir restauré. Les travaux ont duré deux mois. Photo : Le Réveil"),
    ("body", "Die neue Kegelbahn im Keller. Sie ist 24 Meter lang. Foto: Jan Roth"),
    ("body", "Il nuovo forno della Pro Loco. Cuoce cento pizze all'ora. Foto: Marco Ferri"),
    ("body", "Pierwszy trening w nowej hali. Przyszło trzydzieścioro dzieci. Fot. kurier-gminny.pl"),
    ("body", "Новая остановка у школы. Её поставили за два дня. Фото: пресс-служба администрации"),
])
def test_round_73_two_sentence_captions_with_credit_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences that end on a picture word with a clause
    ("body", "He kept the photo for years. Then he gave it away. Picture: it was his father at the mill."),
    ("body", "Die Kegelbahn ist 24 Meter lang. Sie wurde 1968 gebaut. Foto und Film zeigen den Bau."),
])
def test_round_73_two_sentence_captions_with_credit_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 73) a blogger's shop plug with the seller's verb and the link's place; a follow-me call after an if-you-like-my-work opening
    ("tail", "Psst – I sell my linocut prints in my Etsy shop, link in the sidebar!"),
    ("tail", "You can buy my prints in my Etsy shop."),
    ("tail", "If you like my work, follow me on Instagram: @brindlebakes"),
    ("tail", "Psst : je vends mes tricots sur ma boutique Etsy, lien dans la barre latérale !"),
    ("tail", "Si vous aimez mon travail, suivez-moi sur Instagram : @jardin_oriane"),
    ("tail", "Psst – meine Linoldrucke gibt es in meinem Etsy-Shop, Link in der Seitenleiste!"),
    ("tail", "Wenn dir meine Arbeiten gefallen, folge mir auf Instagram: @gaertnerei.lohwald"),
    ("tail", "Se ti piacciono i miei lavori, seguimi su Instagram: @fornotassinari"),
    ("tail", "Trovi i miei lavori nel mio negozio Etsy, link nella barra laterale!"),
    ("tail", "Jeśli podobają Ci się moje prace, obserwuj mnie na Instagramie: @piekarniapodlipa"),
    ("tail", "Moje rękodzieło kupisz w moim sklepie na Etsy!"),
    ("tail", "Если вам нравятся мои работы, подписывайтесь на меня в Instagram: @pekarnya_ugol"),
    ("tail", "Мои работы можно купить в моём магазине на Etsy."),
])
def test_round_73_shop_and_follow_plugs_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # the article's sentences on shops and likes
    ("body", "She sells her hand-dyed yarn in an Etsy shop and at the Saturday market."),
    ("body", "Se ti piacciono i lavori di restauro, il museo apre anche la domenica."),
    ("body", "Если вам нравятся работы местных мастеров, приходите на ярмарку в субботу."),
])
def test_round_73_shop_and_follow_plugs_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 74 -------------------------------------------------------------------------------

_ROUND_74_TIME_ROWS = {
    # (heading, first row with a time, second row with a time, third row, two last paragraphs)
    "en": ("What is cut", "The morning bus at 7:10 from Holly Cross.", "The evening bus at 17:40 from the market.",
           "The request stop at the farm gate in Elmby.",
           "The council hopes to find a new operator before the spring, or to run a minibus instead.",
           "Villagers are collecting signatures and will meet in the church hall on Saturday."),
    "fr": ("Ce qui disparaît", "Le car du matin à 7h10 depuis Sainte-Orne.", "Le car du soir à 17h40 depuis la gare.",
           "L'arrêt à la demande devant la ferme des Aulnes.",
           "La communauté de communes espère trouver un nouveau transporteur avant le printemps.",
           "Les habitants font signer une pétition et se réuniront samedi à la salle des fêtes."),
    "de": ("Was wegfällt", "Der Frühbus um 7:10 ab Kirchdorf.", "Der Abendbus um 17:40 ab dem Markt.",
           "Der Bedarfshalt am Hof Lindemann in Auel.",
           "Der Kreis will bis zum Frühjahr einen neuen Betreiber finden oder ein Rufbus-Angebot starten.",
           "Die Bewohner sammeln Unterschriften und treffen sich am Samstag im Gemeindehaus."),
    "it": ("Cosa viene tolto", "La corsa del mattino alle 7:10 da San Vito.",
           "La corsa della sera alle 17:40 dal mercato.",
           "La fermata a richiesta davanti alla cascina Rossi.",
           "La Provincia spera di trovare un nuovo gestore entro la primavera o di attivare un bus a chiamata.",
           "I residenti raccolgono firme e si riuniranno sabato nella sala parrocchiale."),
    "pl": ("Co znika", "Poranny kurs o 7:10 z Dąbrówki.", "Wieczorny kurs o 17:40 z rynku.",
           "Przystanek na żądanie przy gospodarstwie w Olszynce.",
           "Gmina chce do wiosny znaleźć nowego przewoźnika albo uruchomić bus na telefon.",
           "Mieszkańcy zbierają podpisy i spotkają się w sobotę w świetlicy wiejskiej."),
    "ru": ("Что отменяют", "Утренний рейс в 7:10 из Берёзовки.", "Вечерний рейс в 17:40 от рынка.",
           "Остановку по требованию у фермы в Ольшанке.",
           "Администрация обещает до весны найти нового перевозчика или запустить социальное такси.",
           "Жители собирают подписи и соберутся на сход в субботу."),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_74_TIME_ROWS))
def test_round_74_time_rows_of_the_article_are_no_commenters(lang):
    # (round 74) set 88's bus-route story: two rows of its subheading's block with a time of day inside a sentence
    # ("Утренний рейс в 7:10 из Сосновки.") read as two commenters' headers, so the page's thread started at its
    # subheading and the rows and the last paragraphs went; a time inside a sentence is the article's
    heading, row1, row2, row3, last1, last2 = _ROUND_74_TIME_ROWS[lang]
    case = page_from_blocks(f"round74-time-rows-{lang}", [
        ["-Valley Courier", "-Sign in", "-Home / News / Transport"],
        ["+The only bus to three villages will stop running on 1 January, the operator has announced."],
        ["-4 December 2026, 08:15"],
        ["+The operator says the route has lost money for six years and the county will no longer pay for it.",
         "+The bus ran twice a day and was the only way for the villagers to reach the doctor and the shops.",
         "+\"I have taken this bus to the clinic for twenty years. Now I will have to ask my neighbours,\" "
         "said a pensioner."],
        [f"+{heading}", f"+{row1}", "-Advertisement", "-Windows and doors fitted in a day - call now", f"+{row2}",
         f"+{row3}"],
        [f"+{last1}", f"+{last2}"],
        ["-Tags: transport, bus, villages"],
        ["-Comments (2)", "-olga_s", "-And how will the children get to school?", "-Reply"],
        ["-© 2026 Valley Courier"],
    ])
    problems = _problems(case, lang)
    assert [p for p in problems if p.startswith("lost")] == []


def test_round_74_time_rows_and_commenters():
    # (round 74) a time inside a short sentence, or under a worded label in lower case below another row, is the
    # article's row; a name beside a time, or a one-word label under a commenter's name, is a commenter's header
    from spinscope.ingest.clean import Line
    from spinscope.ingest.page_blocks import _is_time_in_article_row

    def row(texts):
        return [Line(0, 0, t) for t in texts]

    assert _is_time_in_article_row(row(["Was wegfällt", "Der Frühbus um 7:10 ab Kirchdorf."]), 1)
    assert _is_time_in_article_row(row(["38 wolontariuszy przy mecie, na trasie i przy skanerach",
                                        "Najszybszy czas: 16:42"]), 1)
    assert _is_time_in_article_row(row(["Forty volunteers at the finish and on the course", "Fastest time: 16:42"]),
                                   1)
    assert _is_time_in_article_row(row(["Deux cents coureurs au départ du parc municipal", "Premier départ : 9h30"]),
                                   1)
    # near misses: commenters' headers
    assert not _is_time_in_article_row(row(["Great run, well done everyone!", "Ewa P. 12:30"]), 1)
    assert not _is_time_in_article_row(row(["Kasia", "Gość: 12:30"]), 1)
    assert not _is_time_in_article_row(row(["Ewa P.", "Dodano: 12:30"]), 1)
    assert not _is_time_in_article_row(row(["Thanks!", "12:30"]), 1)
    assert not _is_time_in_article_row(row(["Super bieg", "Anna Nowak: 12:30"]), 1)


def test_round_74_numbered_subheadings_over_rows():
    # (round 74) set 87's parkrun story: "500. parkrun w liczbach" over its rows read as a count row, chrome
    from spinscope.ingest.page_blocks import _is_numbered_heading
    assert _is_numbered_heading("500. parkrun w liczbach")
    assert _is_numbered_heading("50 Jahre im Verein")
    # near misses: counts of a widget
    for text in ("48 Likes", "Responses (5)", "12 comments so far", "45 200 подписчиков", "3 Kommentare",
                 "1 204 просмотра", "Page 2 of 5"):
        assert not _is_numbered_heading(text), text


def test_round_74_nested_reply_headers():
    # (round 74) a reply's arrow over the replier's name marks a thread as a "Reply" link does
    from spinscope.ingest.noise_patterns import is_nested_reply_header
    for text in ("↳ Ewa P.", "↳ ↳ Ирина_К", "↳ Rye Before Dawn replied:", "↳ In reply to OldSkelmertonian",
                 "↪ Françoise Merlandou", "└ Jürgen K.", "↳ Luigi_62", "↳ Сергей Мальцев"):
        assert is_nested_reply_header(text), text
    # near misses: an arrow before a sentence or a long line is a list's bullet
    for text in ("↳ The council will vote on the plan in May.",
                 "↳ Wszystkie zgłoszenia przyjmujemy do piątku włącznie.",
                 "Ewa P.", "↳ 12:30", "→ Ewa P."):
        assert not is_nested_reply_header(text), text


@pytest.mark.parametrize("where, line", [
    # (round 74) a call word glued to the word before it is a noun: a share scheme, a car club
    ("tail", "Subscribers to the orchard's apple-share scheme will get half the usual box this year, the growers "
             "wrote to them."),
    ("tail", "Members of the village car-share club will get a second car in the spring, the parish council said."),
    ("body", "Subscribers to the town's bike-share scheme can now park at the station, the operator told them."),
    ("head", "Subscriptions to the time-share flats fell by half after the storm, the agency wrote."),
    # (round 74) a call reported in the Italian passato remoto or the French passé simple: a told story
    ("tail", "Iscriviti al corso, mi disse la maestra di maglia, e smetti di guardare i video."),
    ("tail", "Iscriviti alla banda, mi disse il nonno, e non te ne pentirai."),
    ("tail", "Inscrivez-vous au club, me conseilla le moniteur, vous progresserez plus vite."),
])
def test_round_74_reported_calls_and_compound_nouns_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the page's own calls still go
    ("tail", "Liked this post? Share it with a friend!"),
    ("tail", "Iscriviti alla newsletter per ricevere le novità."),
    ("tail", "Abonnez-vous à notre newsletter."),
    ("tail", "Subscribe to our newsletter for the latest news from the valley."),
])
def test_round_74_reported_calls_near_misses_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("lang, header, entries", [
    # (round 74) a table of contents under the title, its entries numbered "1. ..."
    ("en", "Contents", ["1. Setting off", "2. The crossings", "3. What I took"]),
    ("fr", "Sommaire", ["1. Le départ", "2. Les traversées", "3. Ce que j'ai emporté"]),
    ("de", "Inhaltsverzeichnis", ["1. Warum Rouladen im Winter", "2. Die Füllung", "3. Schmoren ohne Stress"]),
    ("it", "Indice dei contenuti", ["1. Il mercatino", "2. I libri salvati", "3. Cosa ho imparato"]),
    ("pl", "Spis treści", ["1. Dojazd", "2. Co widziałem"]),
    ("ru", "Содержание", ["1. Буря", "2. Что я сделал", "3. Что дальше"]),
])
def test_round_74_dotted_tables_of_contents_under_the_title_go(lang, header, entries):
    case = page_from_blocks(f"round74-toc-{lang}", [
        ["-Valley Notes"],
        ["+A winter loop of the estuary, with both ferries on their winter timetable"],
        ["-4 December 2026"],
        [f"-{header}", *[f"-{e}" for e in entries]],
        ["+I had wanted to ride the whole estuary loop since the summer, and the first dry Sunday of December "
         "finally gave me the chance.",
         "+The ferries run only every two hours in winter, so the day had to be planned around the crossings."],
        ["+What I took", "+a spare inner tube and a pump", "+two flasks of tea", "+the ferry timetable on paper"],
        ["+I was home before dark, cold but happy, and the next loop is already planned for January."],
    ])
    assert _problems(case, lang) == []


def test_round_74_numbered_lists_in_the_article_stay():
    # near misses: under the article's first paragraph, a numbered list under "Indice" or "Contents" is the article's
    case = page_from_blocks("round74-toc-near-miss", [
        ["+How the new library index was built, one drawer at a time"],
        ["+The volunteers spent the winter rebuilding the card index of the town library, drawer by drawer, "
         "before the move.",
         "+Contents",
         "+1. Local history",
         "+2. Children's books",
         "+3. Maps and atlases",
         "+The new index will be online by the spring, the librarian said, and the cards will go to the museum."],
    ])
    assert _problems(case, "en") == []


# (round 75) a table of contents and a support prompt between the paragraph with the quote and the subheading, the
# subheading worded as a clause over rows that are short sentences: (table of contents, support prompt, subheading,
# rows with a photo caption among them, closing paragraphs), in six languages
_ROUND_75_TOC_GAP = {
    "en": ("Contents: The weather · What I saw · Plans", "Support the blog – share this post with your friends",
           "What I saw", ["Four of Jupiter's moons almost in a line.", "The shadow of Io on the disc.",
                          "The crater Copernicus at the terminator."],
           ["I watched for about an hour, until my fingers went numb.",
            "Next time I will try the Moon with the camera rather than the phone."]),
    "fr": ("Sommaire : La météo · Ce que j'ai vu · Projets", "Soutenez le blog – partagez cet article avec vos amis",
           "Ce que j'ai vu", ["Quatre lunes de Jupiter presque alignées.", "L'ombre d'Io sur le disque.",
                              "Le cratère Copernic près du terminateur."],
           ["J'ai observé près d'une heure, jusqu'à ne plus sentir mes doigts.",
            "La prochaine fois, j'essaierai la Lune avec l'appareil photo plutôt que le téléphone."]),
    "de": ("Inhalt: Das Wetter · Was ich gesehen habe · Pläne", "Unterstütze den Blog – teile den Beitrag mit Freunden",
           "Was ich gesehen habe", ["Vier Jupitermonde fast in einer Linie.", "Der Schatten von Io auf der Scheibe.",
                                    "Der Krater Kopernikus am Terminator."],
           ["Ich habe etwa eine Stunde geschaut, bis die Finger kalt waren.",
            "Nächstes Mal versuche ich den Mond mit der Kamera statt mit dem Handy."]),
    "it": ("Indice: Il meteo · Cosa ho visto · Progetti", "Sostieni il blog – condividi l'articolo con gli amici",
           "Cosa ho visto", ["Quattro lune di Giove quasi in fila.", "L'ombra di Io sul disco.",
                             "Il cratere Copernico sul terminatore."],
           ["Ho osservato per circa un'ora, finché non mi si sono gelate le dita.",
            "La prossima volta proverò la Luna con la fotocamera invece del telefono."]),
    "pl": ("Spis treści: Pogoda · Co zobaczyłem · Plany", "Wesprzyj bloga – udostępnij wpis znajomym",
           "Co zobaczyłem", ["Cztery księżyce Jowisza prawie w jednej linii.", "Cień Io na tarczy planety.",
                             "Krater Kopernik przy terminatorze."],
           ["Patrzyłem około godziny, aż zmarzły mi palce.",
            "Następnym razem spróbuję sfotografować Księżyc aparatem, a nie telefonem."]),
    "ru": ("Содержание: Погода · Что я увидел · Планы", "Поддержите блог — поделитесь записью с друзьями",
           "Что я увидел", ["Четыре спутника Юпитера почти в одну линию.", "Тень Ио на диске планеты.",
                            "Кратер Коперник у терминатора."],
           ["Смотрел около часа, пока не замёрзли пальцы.",
            "В следующий раз попробую снять Луну через камеру, а не телефон."]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_75_TOC_GAP))
def test_round_75_toc_and_worded_subheading_do_not_end_the_body(lang):
    # (round 75) set 89's balcony post: its one-line table of contents, a support prompt and its subheading "Что я
    # увидел" made a gap of three lines, two of them read as chrome, under the paragraph with the quote; the body
    # ended there and the subheading, its first row and its first closing paragraph went with the page's tail. A
    # table of contents sits inside the article, and a subheading worded as a clause over a sentence is the article's
    toc, support, heading, rows, closing = _ROUND_75_TOC_GAP[lang]
    case = page_from_blocks(f"round75-toc-gap-{lang}", [
        ["-Balcony Skies", "-Notes of a city stargazer", "-Home · Observing · Kit · About"],
        ["+Jupiter and the Moon from the ninth floor"],
        ["-3 December 2026 · Category: Observing", "-Tags: Jupiter, Moon, balcony"],
        ["+On Tuesday the sky finally cleared and I took the telescope out to the balcony for the first time in a "
         "month.",
         "+From the ninth floor the block next door hides half the sky, but to the south-east the view is open down "
         "to the horizon.",
         "+As my first astronomy club leader used to say: \"A balcony is better than nothing, and nothing is a "
         "telescope on top of the wardrobe.\""],
        [f"-{toc}", f"-{support}"],
        [f"+{heading}", f"+{rows[0]}", f"+{rows[1]}"], ["-The telescope on the balcony."], [f"+{rows[2]}"],
        [f"+{closing[0]}", f"+{closing[1]}"],
        ["-Share on social media", "-Also on this blog: Jupiter"],
        ["-3 comments", "-astro_nick", "-Great result for the city! What telescope do you have?", "-Blog author",
         "-A 90 mm refractor, nothing special.", "-Vera K.", "-I have the same one, it shows Jupiter well.",
         "-Reply"],
        ["-© 2026 Balcony Skies. Powered by WordPress"],
    ])
    problems = _problems(case, lang)
    assert [p for p in problems if p.startswith("lost")] == []


def test_round_75_worded_heading_over_a_sentence():
    # (round 75) the article's subheading worded as a clause, over a sentence of the article, is no label of the
    # page's chrome; a widget's heading ("What readers say", "Related posts") or a heading over no sentence is
    from spinscope.ingest.clean import Line
    from spinscope.ingest.page_blocks import _is_heading_over_sentence

    def row(texts):
        return [Line(0, 0, t) for t in texts]

    for heading in ("Ce que j'ai vu", "Was ich gesehen habe", "Cosa ho visto", "Co zobaczyłem", "Что я увидел"):
        assert _is_heading_over_sentence(row([heading, "Four of the moons almost in a line tonight."]), 0, 2)
    # near misses: no clause, no sentence under it, a widget's heading
    assert not _is_heading_over_sentence(row(["Popular posts", "Four of the moons almost in a line tonight."]), 0, 2)
    assert not _is_heading_over_sentence(row(["What I saw", "Reply"]), 0, 2)
    assert not _is_heading_over_sentence(row(["What readers say in the comments", "Great post, thanks."]), 0, 2)
    assert not _is_heading_over_sentence(row(["What I saw"]), 0, 1)
    assert not _is_heading_over_sentence(row(["Was meinen Sie?", "Schreiben Sie uns Ihre Meinung unten."]), 0, 2)


@pytest.mark.parametrize("line", [
    "Телескопы на поляне у бывшего пионерлагеря. Фото: «Ясноборские новости»",
    "Le kiosque rénové, samedi matin. Photo : «Le Courrier de Brévannes»",
    "Der neue Spielplatz am Teich. Foto: «Lokalbote»",
    "Il nuovo campo da bocce. Foto: «La Voce di Borgo»",
    "Nowe boisko przy szkole. Fot. «Głos Tarninowa»",
    "The new bench by the pond. Photo: «Valley Courier»",
])
def test_round_75_captions_credited_in_guillemets_go(line):
    # (round 75) sets 89 and 90: a caption with its credit in guillemets under the title; the decoration strip took
    # the closing guillemet, and the credit read as an unclosed quotation
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "photo caption"
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Он сказал: «Фото: это не главное»",
    "Мы назвали выставку «Фото: люди и город»",
    "В библиотеке открыли выставку. Фото: «Ясноборские новости» предоставили архив бесплатно.",
    "Директор сказал: «Это только начало»",
    "Le maire a conclu : «Photo : on verra plus tard»",
])
def test_round_75_quotations_in_guillemets_stay(line):
    # (round 75) near misses: a quotation in guillemets that holds the picture word is the article's
    assert _problems(_insert("body", [line], keep=True), "en") == []


_ROUND_75_TOC_BELOW = {
    "en": ("Table of contents", ["1. Getting dark enough", "2. Star-hopping from Cassiopeia", "3. What I used"]),
    "en-post": ("In this post", ["1. Getting ready", "2. The order I did things in", "3. Back in the water"]),
    "fr": ("Table des matières", ["1. Le tissu", "2. Ce qu'il m'a fallu", "3. Le montage"]),
    "fr-post": ("Dans cet article", ["1. Le tissu", "2. Ce qu'il m'a fallu"]),
    "de": ("Inhaltsverzeichnis", ["1. Das Holz", "2. Verleimen und Auftrennen", "3. Ölen"]),
    "it": ("Indice dei contenuti", ["1. Il percorso", "2. Cosa portare"]),
    "pl": ("Spis treści", ["1. Flanela i wykrój", "2. Czego potrzebowałam"]),
    "ru": ("Оглавление", ["1. Погода", "2. Что я увидел", "3. Планы"]),
}


@pytest.mark.parametrize("key", sorted(_ROUND_75_TOC_BELOW))
def test_round_75_tables_of_contents_below_the_first_paragraph_go(key):
    # (round 75) sets 89 and 90: a blog's table of contents between the first and second paragraphs, under a header
    # that only a table of contents bears, its entries "1. ..."; round 74 took such tables above the first paragraph
    header, entries = _ROUND_75_TOC_BELOW[key]
    case = page_from_blocks(f"round75-toc-below-{key}", [
        ["+Finally seeing the Andromeda Galaxy from the back gate"],
        ["+For three winters I had tried to find it from the garden and failed every time, always in the wrong place."],
        [f"-{header}", *(f"-{e}" for e in entries)],
        ["+This time I waited for the Moon to set and gave my eyes a full twenty minutes in the dark."],
        ["+\"Start from Cassiopeia and you cannot miss it,\" a friend from the club told me."],
        ["+It was there, a faint oval smudge, bigger than I had expected."],
    ])
    assert _problems(case, "en") == []


@pytest.mark.parametrize("header, entries", [
    ("Contents", ["1. A tent for four", "2. Two sleeping bags"]),
    ("Inhalt", ["1. Ein Zelt für vier", "2. Zwei Schlafsäcke"]),
    ("Indice", ["1. Una tenda per quattro", "2. Due sacchi a pelo"]),
    ("Содержание", ["1. Палатка на четверых", "2. Два спальника"]),
])
def test_round_75_parts_of_the_article_under_ambiguous_headers_stay(header, entries):
    # (round 75) near misses: below the first paragraph, "Contents", "Inhalt", "Indice" or "Содержание" over a
    # numbered list may be a part of the article (what a package holds) and stays
    case = page_from_blocks("round75-toc-near-miss", [
        ["+What came in the box from the camping shop"],
        ["+The parcel arrived on Tuesday, two days late, and the box had been opened and taped shut again."],
        [f"+{header}", *(f"+{e}" for e in entries)],
        ["+Everything was there, but the tent's pegs were in a separate bag that I almost threw away."],
        ["+The shop apologised and sent a voucher for the next order."],
    ])
    assert [p for p in _problems(case, "en") if p.startswith("lost")] == []


_ROUND_75_THREAD_ROWS = [
    "Sort by: Newest first", "Trier par : Plus récents", "Sortieren nach: Neueste zuerst", "Ordina per: Più recenti",
    "Sortuj według: Najnowsze", "Сортировать: Сначала новые",
    "Anonymous said...", "Anonyme a dit…", "Anonym hat gesagt…", "Anonimo ha detto...", "Anonimowy pisze...",
    "Аноним сказал...",
]


@pytest.mark.parametrize("line", _ROUND_75_THREAD_ROWS)
def test_round_75_thread_sort_rows_and_anonymous_headers_go(line):
    # (round 75) sets 89 and 90: Blogger's "Anonymous said..." and a German sort row were left at the foot
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Sort by size before you wash them.", "Anonymous said the letter was sent in March.",
    "Sortieren nach Größe ist der erste Schritt.", "Сортировать по цвету я начал в марте.",
    "Anonymous donors gave the library three thousand pounds.", "Ordina per tempo: prima le verdure, poi il riso.",
    "Trier par couleur prend une heure, a-t-il dit.", "Sortuj według rozmiaru, radzi krawcowa.",
])
def test_round_75_sort_and_anonymous_sentences_stay(line):
    # (round 75) near misses: sentences that open with the same words are the article's
    assert _problems(_insert("tail", [line], keep=True), "en") == []


_ROUND_75_SHOT_WITH = [
    "Юпитер с тремя спутниками, снято на телефон через окуляр.",
    "Samica z jajami na korzeniu, zdjęcie telefonem przez szybę.",
    "The frost on the roses, shot on my phone at 7am.",
    "Le jardin sous la neige, photo prise au téléphone.",
    "Die Schleuse im Nebel, mit dem Handy fotografiert.",
    "L'argine all'alba, foto scattata col telefono.",
]


@pytest.mark.parametrize("line", _ROUND_75_SHOT_WITH)
def test_round_75_captions_that_say_how_the_picture_was_taken_go(line):
    # (round 75) sets 89 and 90: a caption with the phone it was shot with, between two paragraphs
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "We filmed it all, shot on a phone by a volunteer.",
    "Я вышел на балкон, снято на телефон было всё.",
    "Ich war dort, mit dem Handy fotografiert habe ich nur den Anfang.",
    "The final was decided on penalties, taken with the last kick.",
    "Nessuno lo sapeva, foto scattata col telefono da un passante, poi diventata virale in poche ore e condivisa "
    "ovunque.",
    "Nous étions là, photo prise au téléphone par un voisin.",
])
def test_round_75_sentences_about_phone_pictures_stay(line):
    # (round 75) near misses: a sentence with its subject, or longer than a caption
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "The link to the shop in this post is an affiliate link.", "Le lien vers la boutique est un lien affilié.",
    "Der Link zum Shop ist ein Affiliate-Link.", "Il link al negozio è un link affiliato.",
    "Link do sklepu w tekście jest linkiem partnerskim.", "Ссылка на магазин в тексте — партнёрская.",
])
def test_round_75_links_said_to_be_affiliate_links_go(line):
    # (round 75) set 90's shrimp post: the link said to be an affiliate's, between the paragraphs
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Links to the partner schools are listed on the council website.",
    "The link between the two clubs is a partnership.",
    "Der Link zur Petition ist ein Partnerlink der Stadt, sagte der Bürgermeister.",
    "Linki do szkół są na stronie gminy.", "Ссылка на трансляцию — на сайте партнёра.",
    "Le lien entre les deux villes est ancien.",
])
def test_round_75_sentences_about_links_stay(line):
    # (round 75) near misses: a link of the article, or a partnership
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Join the conversation – log in or register to comment."),
    ("tail", "Rejoignez la discussion : connectez-vous pour commenter."),
    ("tail", "Diskutieren Sie mit – melden Sie sich an, um zu kommentieren."),
    ("tail", "Partecipa alla discussione: accedi per commentare."),
    ("tail", "Dołącz do dyskusji – zaloguj się, aby komentować."),
    ("tail", "Присоединяйтесь к обсуждению — войдите, чтобы оставить комментарий."),
    ("head", "Articolo a cura di Serena Foschini"),
    ("head", "A cura di Marco Neri"),
    ("head", "Testo a cura di Giulia Rinaldi"),
])
def test_round_75_invited_log_in_prompts_and_italian_editors_go(where, line):
    # (round 75) sets 89 and 90: a log-in prompt behind the form's invitation, an Italian "a cura di" byline
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Join the conversation – the council wants residents to have their say."),
    ("tail", "Partecipa alla discussione: il sindaco ha invitato tutti i residenti in sala."),
    ("head", "A cura di Maria Rossi è anche la mostra in sala."),
    ("head", "A cura di volontari, la festa si terrà sabato."),
])
def test_round_75_invitations_and_curated_shows_stay(where, line):
    # (round 75) near misses: the article's invitation to a debate, a show curated by someone
    assert _problems(_insert(where, [line], keep=True), "en") == []


# (session 28) an article sentence that gives a text's age and goes on in a second clause is no page notice;
# the notice with its out-of-date clause still goes
@pytest.mark.parametrize("line, kept", [
    ("Ten artykuł ma ponad 2 lata i nadal jest cytowany przez radnych.", True),
    ("This article is more than two years old and is still cited by councillors.", True),
    ("Cet article a plus de deux ans et reste une référence pour les élus.", True),
    ("Dieser Artikel ist über zwei Jahre alt und wird im Rat noch immer zitiert.", True),
    ("Questo articolo ha più di due anni e viene ancora citato dai consiglieri.", True),
    ("Эта статья была опубликована более двух лет назад и до сих пор цитируется депутатами.", True),
    ("Uwaga: ten artykuł ma ponad 2 lata.", False),
    ("Heads up: this post is more than two years old and some details may be out of date.", False),
    ("Questo articolo ha più di un anno: alcune informazioni potrebbero non essere aggiornate.", False),
])
def test_session_28_a_texts_age_in_a_sentence_of_the_article_stays(line, kept):
    removed = any(line in r.text for r in find_noise(_insert("tail", [line]).raw))
    assert removed is not kept


# (round 76) set 92's keep line: a call to sign up reported with a verb of warning or reminding is article prose
@pytest.mark.parametrize("where, line", [
    ("tail", "Iscriviti entro venerdì, avverte il cartello del corso, perché i posti sono otto."),
    ("tail", "Sign up by Friday, warns the notice on the library door, because there are only eight places."),
    ("tail", "Inscrivez-vous avant lundi, prévient la mairie, car les places sont limitées à douze."),
    ("tail", "Melden Sie sich bis Freitag an, warnt der Verein, denn es gibt nur acht Plätze."),
    ("tail", "Zapisz się do piątku, ostrzega ogłoszenie na drzwiach, bo miejsc jest tylko osiem."),
    ("tail", "Подпишитесь до пятницы, предупреждает объявление у входа, потому что мест всего восемь."),
    ("body", "Subscribe early, the organisers reminded us, since the last course sold out in a day."),
    ("tail", "Iscriviti alla newsletter, ricordava sempre il parroco alla fine della messa."),
])
def test_round_76_calls_reported_with_a_warning_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Iscriviti alla newsletter",
    "Subscribe to our newsletter",
    "Abonnez-vous à notre newsletter",
    "Newsletter abonnieren",
    "Zapisz się do newslettera",
    "Подпишитесь на нашу рассылку",
])
def test_round_76_plain_calls_still_go(line):
    assert _problems(_insert("tail", [line]), "en") == []


# (round 76) sets 91 and 92: a thread under its count whose commenters sign with a bare name or handle on its own row,
# no date and no "Reply" link, the first reply ("↳ Marco_scacchi", "Bastien_73 → Anaïs") four lines down
_ROUND_76_THREADS = {
    "en": ["3 responses", "Ros_K", "Lovely write-up, we went on Saturday too.", "Dev M.",
           "The parking was the only problem for us.", "Ros_K → Dev M.", "Try the park-and-ride next time."],
    "fr": ["3 réponses", "Bastien_73", "Le registre du refuge, tu as signé ? On y était en février.", "Anaïs",
           "Oui, page du 2 décembre ! Tout le monde y note la météo, c'est drôle.", "Bastien_73 → Anaïs",
           "On avait fait pareil. Un vrai journal de bord."],
    "de": ["3 Kommentare", "bergfex_61", "Schöner Bericht, bei uns war es genauso kalt.", "Jonas",
           "Danke dir, nächstes Mal nehme ich die Stirnlampe mit.", "↳ bergfex_61", "Gute Idee, viel Spaß!"],
    "it": ["3 commenti", "Marco_scacchi", "Io ci ho messo mezz'ora, bel problema!", "Arturo",
           "Mezz'ora è già un ottimo tempo, Marco.", "↳ Marco_scacchi", "Grazie, ora provo quello d'aiuto."],
    "pl": ["3 odpowiedzi", "Kasia z Pracowni", "Czerwień miedziana to loteria, u mnie też!", "Ola",
           "Pocieszające, dzięki za słowo otuchy.", "↳ Kasia z Pracowni", "Trzymam kciuki za następny wypał."],
    "ru": ["3 ответа", "Антон", "Сковородой жарил лет десять, потом купил ростер.", "Игорь_Гл",
           "А какой ростер купил, если не секрет?", "Антон → Игорь_Гл", "Недорогой, китайский, но работает."],
}


@pytest.mark.parametrize("lang", sorted(_ROUND_76_THREADS))
def test_round_76_threads_signed_with_bare_names_go(lang):
    assert _problems(_insert("tail", _ROUND_76_THREADS[lang]), "en") == []


@pytest.mark.parametrize("where, lines", [
    ("tail", ["Il a reçu 3 réponses en une semaine, toutes négatives."]),
    ("tail", ["Die Stadt bekam 3 Antworten auf die Ausschreibung, keine davon passte."]),
    ("tail", ["Sur le forum du club, la question a reçu 3 réponses en un mois."]),
    ("tail", ["Background", "The market has been held on the square since 1996, the council said.",
              "Reaction", "Traders welcomed the move but asked for more parking near the new site."]),
    ("tail", ["Zdaniem radnych", "Sklep powinien być otwarty także w niedzielę handlową przed świętami.",
              "Marta Nowak", "Radna zapowiedziała wniosek w tej sprawie na najbliższej sesji."]),
])
def test_round_76_counts_and_short_subheadings_in_the_article_stay(where, lines):
    raw = _insert(where, lines, keep=True).raw
    assert not any(line in r.text for r in find_noise(raw) for line in lines)


# (round 76) sets 91 and 92: the reading time told to the reader, the minutes in digits or words
@pytest.mark.parametrize("line", [
    "You can read this in about 5 minutes.",
    "You'll get through this one in about four minutes.",
    "Vous lirez ce billet en cinq minutes environ.",
    "Für diesen Text brauchst du rund 5 Minuten.",
    "Questo post lo leggi in circa 4 minuti.",
    "Na lekturę tego wpisu potrzebujesz około 5 minut.",
    "Вы прочитаете этот текст примерно за 5 минут.",
])
def test_round_76_reading_time_told_to_the_reader_goes(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "reading time"
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "You can read this in about five minutes, the minister said of the report.",
    "Für diesen Weg brauchst du rund 5 Minuten.",
    "You'll get through this tunnel in about four minutes.",
    "Vous lirez ce rapport en cinq minutes, promet le maire.",
    "На дорогу до школы вы потратите примерно 5 минут.",
])
def test_round_76_minutes_in_sentences_of_the_article_stay(line):
    assert _problems(_insert("head", [line], keep=True), "en") == []


# (round 76) sets 91 and 92: the press-regulator line with the title's own name as its subject, and a Polish title's
# entry in the press register
@pytest.mark.parametrize("line", [
    "The Furzeley Mercury is regulated by IPSO and follows the Editors' Code of Practice.",
    "The Haddlemoor Courier is regulated by IPSO, the Independent Press Standards Organisation.",
    "Le Réveil de Brévannes adhère au Conseil de déontologie journalistique et de médiation.",
    "Der Talbote unterliegt dem Pressekodex des Deutschen Presserats.",
    "La Gazzetta di Borgo aderisce al codice deontologico dell'Ordine dei giornalisti.",
    "Kurier Gminny jest członkiem Izby Wydawców Prasy.",
    "«Глинорецкий вестник» является членом Большого жюри Союза журналистов.",
    "Tytuł prasowy wpisany do rejestru dzienników i czasopism pod poz. 0000",
])
def test_round_76_press_regulator_and_register_lines_go(line):
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "The Sun is regulated by IPSO, the watchdog said on Monday.",
    "The Sun is regulated by IPSO but the complaint went to court.",
    "Tytuł prasowy wpisany do rejestru w 1998 roku zmienił właściciela, powiedział burmistrz.",
    "Der Talbote unterliegt dem Pressekodex, betonte der Verleger vor Gericht.",
])
def test_round_76_regulators_in_sentences_of_the_article_stay(line):
    assert _problems(_insert("tail", [line], keep=True), "en") == []


# (round 76) sets 91 and 92: a map's or a table's line beside the article, under its label, as a call to see or
# download it, or named with its update
@pytest.mark.parametrize("line", [
    "Map: the market site and the new park-and-ride stops",
    "Map: the signed diversion via Mill Lane and the Gorse Hill roundabout.",
    "Carte : le tracé de la nouvelle piste",
    "Karte: die Umleitung über die Mühlstraße",
    "Mappa: il percorso della ciclabile",
    "Mapa: trasy pługów w gminie",
    "Карта: схема объезда",
    "Zobacz mapę tras pługów",
    "See the full map of the diversion",
    "Voir la carte des travaux",
    "Tabelle: alle Tarife als PDF herunterladen",
    "Scarica la tabella delle tariffe",
    "Смотреть карту объезда",
    "Tabella tariffe aggiornata al 1° dicembre",
    "Tableau des tarifs mis à jour le 1er décembre",
])
def test_round_76_map_and_table_lines_go(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "photo caption"
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Map: the council said the diversion would last until March.",
    "See the map of the town in the old library, the curator said.",
    "The table was updated on 1 December after complaints.",
    "Zobacz mapę i powiedz, gdzie mieszkasz – apelował burmistrz do mieszkańców.",
    "Tabelle: Die Stadt hat die Tarife erhöht. Der Rat stimmte zu.",
    "Voir la carte des travaux a surpris les riverains, qui ne savaient rien du chantier.",
])
def test_round_76_maps_and_tables_in_sentences_of_the_article_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


# (round 76) sets 91 and 92: a series' next part announced with when it comes, a spoiler line over the answer and the
# writer's shop plug with no verb of buying
@pytest.mark.parametrize("where, line", [
    ("tail", "Teil 2: Zündung einstellen – erscheint nächste Woche"),
    ("tail", "Part 2: Wiring the lights – coming next week"),
    ("tail", "Partie 2 : le montage – à paraître la semaine prochaine"),
    ("tail", "Parte 2: la messa in fase – in uscita la prossima settimana"),
    ("tail", "Część 2: zapłon – już w przyszłym tygodniu"),
    ("tail", "Часть 2: зажигание — выйдет на следующей неделе"),
    ("body", "Spoiler: la soluzione è qui sotto"),
    ("body", "Spoiler alert: the solution is below"),
    ("body", "Attention spoiler : la solution est plus bas"),
    ("body", "Achtung, Spoiler: Die Lösung steht unten"),
    ("body", "Uwaga, spoiler: rozwiązanie poniżej"),
    ("body", "Осторожно, спойлер: решение ниже"),
    ("body", "Le tamis à 80 mesh que j'utilise est dans ma boutique."),
    ("tail", "Prints of this sketch are in my shop – A4 and A3, signed and posted flat in a card tube."),
    ("body", "Die Siebe, die ich nutze, gibt es in meinem Shop."),
    ("tail", "Le stampe di questo schizzo sono nel mio negozio online."),
    ("tail", "Odbitki tego szkicu są w moim sklepiku."),
    ("tail", "Принты этого скетча есть в моём магазине."),
])
def test_round_76_next_parts_spoilers_and_shop_plugs_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Part 2 of the plan – the bypass – was approved next week by the council."),
    ("body", "The solution is below the old bridge, the engineer said."),
    ("body", "Spoiler: the mayor did not run again, and the town moved on."),
    ("body", "The same sieve is in my shop window, says the hardware dealer, and it sells well."),
    ("body", "Half of what I make is in my shop, the rest goes to markets, says the potter."),
    ("body", "Tout ce que je fabrique est dans ma boutique, explique la potière."),
])
def test_round_76_parts_spoilers_and_shops_in_sentences_of_the_article_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# (round 77) set 93's homeschooling and Dendy posts: a line of the page's between two rows of the article's list (an
# affiliate link) ended the subheading's block at its first rows, and a download offer between the subheading and its
# first row ended it as a share row would; the subheading, its rows and the last paragraphs went with the page's tail
_ROUND_77_ROWS_WITH_A_GAP = {
    "en": ("What we do each week", ["Monday and Wednesday: maths and spelling in the morning",
                                    "Tuesday: science outside, by the river",
                                    "Friday: a trip with the other families"],
           "Download the free weekly planner (PDF)", "The science book we use is available here (affiliate link)"),
    "fr": ("Notre semaine type", ["Lundi et mercredi : maths et dictée le matin",
                                  "Mardi : sciences dehors, près de la rivière",
                                  "Vendredi : sortie avec les autres familles"],
           "Télécharger le planning gratuit (PDF)", "Le livre de sciences que nous utilisons est ici (lien affilié)"),
    "de": ("Unsere typische Woche", ["Montag und Mittwoch: Mathe und Schreiben am Vormittag",
                                     "Dienstag: Naturkunde draußen am Fluss",
                                     "Freitag: Ausflug mit den anderen Familien"],
           "Den Wochenplan kostenlos herunterladen (PDF)",
           "Das Sachbuch, das wir nutzen, gibt es hier (Affiliate-Link)"),
    "it": ("La nostra settimana tipo", ["Lunedì e mercoledì: matematica e italiano la mattina",
                                        "Martedì e giovedì: scienze all'aperto, al fiume o nel bosco",
                                        "Venerdì: uscita con le altre famiglie del gruppo"],
           "Scarica il planner settimanale gratuito (PDF)",
           "Il libro di scienze che usiamo è disponibile qui (link affiliato)"),
    "pl": ("Nasz typowy tydzień", ["poniedziałek i środa: matematyka i pisanie rano",
                                   "wtorek: przyroda na dworze nad rzeką",
                                   "piątek: wycieczka z innymi rodzinami"],
           "Pobierz darmowy planer tygodnia (PDF)", "Książkę do przyrody kupisz tutaj (link afiliacyjny)"),
    "ru": ("Что я сделал", ["разобрал корпус и промыл контакты разъёма спиртом",
                            "заменил вздувшийся конденсатор на плате",
                            "купил новый блок питания на 9 вольт"],
           "Скачать схему платы бесплатно (PDF)", "Спирт и кисточки брал вот здесь (партнёрская ссылка)"),
}


# (round 77) set 93's winter-camp story: a follow prompt between the subheading and its first row ended the page
_ROUND_77_FOLLOW = {
    "en": "We're on Discord – join us", "fr": "Nous sommes sur Instagram – abonnez-vous",
    "de": "Wir sind auf Instagram – folgt uns", "it": "Siamo su Telegram – iscriviti",
    "pl": "Jesteśmy na Facebooku – obserwuj nas", "ru": "Мы ВКонтакте — подписывайтесь",
}


def _round_77_rows_gap_case(lang, layout):
    heading, rows, offer, link = _ROUND_77_ROWS_WITH_A_GAP[lang]
    above = {"offer-above-rows": [f"-{offer}"], "follow-above-rows": [f"-{_ROUND_77_FOLLOW[lang]}"]}.get(layout, [])
    return page_from_blocks(f"round77-rows-gap-{lang}-{layout}", [
        ["-Kitchen Table School", "-Home | About | Materials | Contact"],
        ["+Our week of home education with three children of different ages"],
        ["-30 November 2026", "-Home education, Organisation"],
        ["+This year our children are 6, 9 and 13, and everyone asks us how we manage to teach them together.",
         "+The short answer is that we do not: early in the morning the eldest works alone, and we sit with the two "
         "little ones.",
         "+A mother with more experience told us in our first year: \"Do not rebuild school at home, build a home "
         "that learns.\""],
        [f"+{heading}"], above, [f"+{rows[0]}", f"+{rows[1]}"], [f"-{link}"], [f"+{rows[2]}"],
        ["+Saturday is free for everyone, us parents included, and we hold on to that.",
         "+In the next post we will tell you how we prepare for the end-of-year exam."],
        ["-Tags: home education, organisation, siblings"],
        ["-3 comments", "-Carlotta", "-Thank you, we start in September and I have a thousand doubts.",
         "-Kitchen Table Mum (author)", "-Write to us, we answer everyone!"],
        ["-Previous post: Our trips to the natural history museum"],
        ["-© 2026 Kitchen Table School · Theme GeneratePress"],
    ])


@pytest.mark.parametrize("lang", sorted(_ROUND_77_ROWS_WITH_A_GAP))
@pytest.mark.parametrize("layout", ["offer-above-rows", "follow-above-rows", "link-between-rows"])
def test_round_77_a_subheadings_rows_go_on_past_a_link_between_them(lang, layout):
    problems = _problems(_round_77_rows_gap_case(lang, layout), lang)
    assert [p for p in problems if p.startswith("lost")] == []


def test_round_77_a_rows_gap_does_not_cross_a_share_row():
    # (round 77) near miss: the rows go on past a line the rules took only when it ends no page; past a share row
    # (which only a download offer is not) the block ends as before
    from spinscope.ingest.clean import Line
    from spinscope.ingest.page_blocks import _is_file_offer
    assert _is_file_offer(Line(0, 0, "Scarica il planner settimanale gratuito (PDF)", reason="share widget"))
    assert _is_file_offer(Line(0, 0, "Download the free weekly planner (PDF)", reason="share widget"))
    assert not _is_file_offer(Line(0, 0, "Share on Facebook · X · Email", reason="share widget"))
    assert not _is_file_offer(Line(0, 0, "Scarica il planner settimanale gratuito (PDF)", reason="tags"))


@pytest.mark.parametrize("line", [
    "Register for free phone alerts on the agency's Floodline, 0000 000 0000.",
    "Sign up for free flood alerts from the Environment Agency on 0000 000 0000.",
    "Zapisz się na bezpłatne alerty SMS gminy pod numerem 000 000 000.",
    "Подпишитесь на бесплатные оповещения администрации по телефону 8 (000) 000-00-00.",
])
def test_round_77_calls_to_a_service_line_by_phone_stay(line):
    # (round 77) set 94's flood-warning story: a row of the article's list tells readers to register by telephone
    # for a public service's alerts; the newsletter prompt took it for the site's own alerts
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Sign up for our free alerts on 0000 000 0000.",
    "Sign up for free breaking-news alerts from the Herald.",
    "Register for free alerts and never miss a story.",
    "Zapisz się na nasze alerty SMS: 000 000 000.",
    "Подпишитесь на наши оповещения по телефону 8 (000) 000-00-00.",
])
def test_round_77_the_sites_own_alerts_still_go(line):
    # (round 77) near misses: the site's own alerts say "our" or give no number
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "newsletter prompt"


@pytest.mark.parametrize("line, teaser", [
    ("Następny wpis: jak suszymy sprzęt po spływie w bloku bez balkonu.", True),
    ("Next post: our first try at emptying the cassette toilet in the snow.", True),
    ("Article suivant : comment nous faisons sécher le matériel après la sortie.", True),
    ("Nächster Beitrag: wie wir die Ausrüstung nach der Tour trocknen.", True),
    ("Articolo successivo: come asciughiamo l'attrezzatura dopo la discesa.", True),
    ("Следующая запись: как мы сушим снаряжение после сплава.", True),
    # near misses: the theme's links give the other post's title, in a capital, with no full stop or an arrow
    ("Następny wpis: Suszone jabłka w piekarniku", False),
    ("Następny wpis: Suszone jabłka w piekarniku.", False),
    ("Next post: Fanzine issue 41 is out now.", False),
    ("Next post: Making hay in a wet July →", False),
    ("Nächster Beitrag: Speicher ja oder nein?", False),
    ("Article suivant : Les soins après tatouage", False),
    ("Следующая запись: Коробка картриджей с барахолки", False),
])
def test_round_77_a_next_post_teaser_in_lower_case_is_the_posts(line, teaser):
    # (round 77) set 94's kayaking post closes on the author's promise of the next post, a sentence in lower case
    # under the navigation word; the theme's next-post link gives a title
    from spinscope.ingest.clean import line_reason
    assert (line_reason(line, False) is None) is teaser


# (round 77) set 94's rain-gauge post and beach clean-up story: under the comment count, two commenters' bare names
# over their comments before the first reply's arrow (round 76's commenter rows), the Polish ones under a guest's label
_ROUND_77_NAMED_THREADS = {
    "en": ("Comments (3)", ["Cloudwatcher", "Finally someone who explains the thing about hedges!", "Guest: Ansgar",
                            "Thanks! It took me five years to work that out.", "↳ Cloudwatcher",
                            "Five years is nothing, I have been measuring for twenty 😄"]),
    "fr": ("Commentaires (3)", ["Nuageuse", "Enfin quelqu'un qui explique cette histoire de haies !", "Invité : Ansgar",
                                "Merci ! Il m'a fallu cinq ans pour le comprendre.", "↳ Nuageuse",
                                "Cinq ans, ce n'est rien, je mesure depuis vingt ans 😄"]),
    "de": ("Kommentare (3)", ["Wolkenguckerin", "Endlich jemand, der das mit den Hecken erklärt!", "Ansgar",
                              "Danke! Bei mir hat es fünf Jahre gedauert.", "↳ Wolkenguckerin",
                              "Fünf Jahre sind nichts, ich messe seit zwanzig 😄"]),
    "it": ("Commenti (3)", ["Guardanuvole", "Finalmente qualcuno che spiega la questione delle siepi!",
                            "Ospite: Ansgar",
                            "Grazie! A me ci sono voluti cinque anni.", "↳ Guardanuvole",
                            "Cinque anni sono niente, io misuro da vent'anni 😄"]),
    "pl": ("Komentarze (2)", ["Gość: bałtyk_marek", "Brawo dla wolontariuszy! Byłem, następnym razem weźmiemy dzieci.",
                              "Gość: Ewa z Mewiszewa", "A kiedy gmina w końcu zrobi coś z zejściem nr 12?",
                              "↳ Gość: bałtyk_marek", "Podobno w przyszłym roku, obiecywali na sesji."]),
    "ru": ("Комментарии (3)", ["Облаковед", "Наконец-то кто-то объяснил про живую изгородь!", "Гость: Ансгар",
                               "Спасибо! У меня на это ушло пять лет.", "↳ Облаковед",
                               "Пять лет — это ничего, я меряю уже двадцать 😄"]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_77_NAMED_THREADS))
def test_round_77_a_thread_of_bare_names_under_its_count_goes(lang):
    header, thread = _ROUND_77_NAMED_THREADS[lang]
    case = page_from_blocks(f"round77-named-thread-{lang}", [
        ["+Why my rain gauge always showed too little"],
        ["+Since 2019 my little weather station has stood in the garden, and since 2019 I have wondered why it "
         "measures less rain than the village next door.",
         "+The answer stood beside it all along: the hedge, which is now almost three metres tall.",
         "+A friend from the weather club said drily: \"Rain gauges belong in the open field, not in a corner.\"",
         "+In November my figure was almost level with the next village for the first time."],
        [f"-{header}", *(f"-{t}" for t in thread)],
        ["-Theme: Hestia by ThemeIsle"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_round_77_a_count_over_a_subheading_and_its_rows_keeps_them(lang):
    # (round 77) near miss: a comment count printed inside the article, over its subheading and one row: one name
    # over a sentence under a count is no thread, the article goes on
    heading, row, rest = {
        "en": ("What was found on the beach", "More than 3,000 cigarette ends, in separate jars.",
               ["Around 400 plastic bottles and cans.", "Pieces of fishing net, about 60 metres in all.",
                "The council says a sorting bin will stand at every beach entrance.",
                "The next clean-up will take place in spring, after the storm season."]),
        "pl": ("Co znaleziono na plaży", "Ponad 3 tysiące niedopałków, zebranych do osobnych słoików.",
               ["Około 400 plastikowych butelek i puszek.",
                "Fragmenty sieci rybackich o łącznej długości ok. 60 metrów.",
                "Gmina zapowiada, że przy każdym wejściu na plażę stanie kosz do segregacji.",
                "Kolejna akcja sprzątania odbędzie się wiosną, po sezonie sztormów."]),
    }[lang]
    case = page_from_blocks(f"round77-count-over-heading-{lang}", [
        ["+Two hundred volunteers cleaned four kilometres of beach"],
        ["+On Saturday about two hundred volunteers walked the four-kilometre stretch of beach between the "
         "entrances, collecting everything the sea had left.",
         "+Most of it was plastic bottles, fishing nets and cigarette ends, but they also found a fridge door."],
        ["-Comments (2)" if lang == "en" else "-Komentarze (2)"],
        [f"+{heading}", f"+{row}", *(f"+{t}" for t in rest)],
    ])
    problems = _problems(case, lang)
    assert [p for p in problems if p.startswith("lost")] == []


@pytest.mark.parametrize("line", [
    "Chart: river levels at the Millbeck footbridge gauge since Monday",
    "Wykres: odpady zebrane w latach 2022–2026",
    "Karte: Beobachtungspunkte am Stausee",
    "Carte : les zones inondables du bourg",
    "Mappa: il percorso della nuova linea",
    "Карта: пункты сбора отходов",
    "Graph: attendance at the pool since 2019",
])
def test_round_77_chart_and_map_captions_under_their_label_go(line):
    # (round 77) sets 93 and 94: a chart's or a map's caption under its own label, like a picture's
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "photo caption"
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Map: the council said the route would change",
    "Mapa: burmistrz powiedział, że trasa się zmieni.",
    "The chart: levels rose by a metre, the agency said.",
])
def test_round_77_chart_and_map_near_misses_stay(line):
    # (round 77) near misses: reported speech or a sentence under the label (as round 49's picture captions)
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Wilson & Crabtree Roofing – storm damage repairs, free quotes: 00000 000000",
    "Home insurance from £9 a month – compare quotes in minutes",
    "Traslochi e sgomberi Fratelli Cavedagna – preventivi gratuiti",
    "Couvreur Martin – devis gratuit",
    "Dachdecker Huber – kostenloses Angebot",
    "Dekarz Nowak – bezpłatna wycena",
    "Кровля Петров — бесплатный замер",
    "Tu kupisz druty, których używam – kod HANIA10 na −10%",
    "My yarn shop – code KNIT10 for 10% off",
    "Ma boutique – code PELOTE10 : -10 %",
    "Mein Shop – Code WOLLE10 für 10 %",
    "Il mio negozio – codice LANA10 per il 10%",
    "Мой магазин — промокод ПРЯЖА10 на 10%",
])
def test_round_77_trade_quotes_and_discount_codes_go(line):
    # (round 77) sets 93 and 94: ads whose labels went, a trade's name, a dash and its free quotes, and a shop's
    # discount code in capitals with its percentage
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "advertisement"
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Residents were told to get free quotes from two roofers before claiming.",
    "The council – which got free quotes from three firms – chose the cheapest.",
    "Roof repairs – the council said free quotes were a warning sign",
    "Roofers – free quotes are no guarantee of a fair price.",
    "Kod pocztowy – 00-950 to 10% mieszkańców",
    "Code of conduct – 10% of members signed it",
    "Sign up for the Environment Agency's free flood alerts",
    "Get the council's flood alerts by text",
    "Get the newsletter the school sends home on Fridays",
])
def test_round_77_quotes_codes_and_alerts_near_misses_stay(line):
    # (round 77) near misses: sentences that name quotes, codes or a public body's alerts
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None


@pytest.mark.parametrize("line", [
    "Sign up for the Herald's free breaking-news alerts",
    "Get the Chronicle's free schools newsletter every Friday",
    "Get our free weekly briefing",
    "Subscribe to the Gazette's daily digest",
])
def test_round_77_the_sites_newsletter_by_name_goes(line):
    # (round 77) sets 93 and 94: the site's newsletter or news alerts under its name in the possessive, or "get"
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "newsletter prompt"
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "Masz temat? Napisz do nas przez formularz kontaktowy",
    "Masz ciekawy temat? Daj nam znać przez formularz na stronie.",
    "Hai una segnalazione? Scrivi alla redazione su WhatsApp",
    "Got a story? Message us on WhatsApp",
    "Une info ? Écrivez-nous via le formulaire de contact",
    "Sie haben einen Hinweis? Nutzen Sie unser Kontaktformular",
    "Есть новость? Пишите нам в Telegram",
])
def test_round_77_story_tip_prompts_by_messenger_or_form_go(line):
    # (round 77) sets 93 and 94: the newsroom's call for tips names a messenger or its contact form, no address
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "tip-off line"
    assert _problems(_insert("tail", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "The police asked anyone with a story to tell to contact them through the form on their website.",
    "\"Have a story? Tell us on WhatsApp,\" the campaign's posters say.",
])
def test_round_77_story_tip_near_misses_stay(line):
    assert _problems(_insert("tail", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Мы ВКонтакте — подписывайтесь",
    "We're on Discord – join us",
    "Nous sommes sur Instagram – abonnez-vous",
    "Wir sind auf Instagram – folgt uns",
    "Siamo su Telegram – iscriviti",
    "Jesteśmy na Facebooku – obserwuj nas",
    "Retro Corner on Discord: come and show us your repairs",
    "Le Coin Rétro sur Discord : venez nous montrer vos réparations",
    "Die Bastelecke auf Discord: komm vorbei",
    "Kącik Retro na Discordzie: wpadnij do nas",
    "Ретро-уголок в Discord: заходите к нам",
])
def test_round_77_follow_prompts_with_an_imperative_go(line):
    # (round 77) sets 93 and 94: the site or its community on a network, an imperative to follow or join for a link
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "social follow"


@pytest.mark.parametrize("line", [
    "Push-Nachrichten aktivieren und keine Meldung aus Hohenbrüchel verpassen",
    "Push-Mitteilungen einschalten",
])
def test_round_77_push_news_prompts_go(line):
    # (round 77) set 93: the German push prompt names "Push-Nachrichten"
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "site notice"


@pytest.mark.parametrize("line", [
    "The players on Discord: come and see what happened, one of them wrote, and many did.",
    "We are on Facebook – but the council is not, the mayor complained.",
    "Die Push-Nachrichten der Stadt haben am Montag niemanden erreicht.",
])
def test_round_77_follow_and_push_near_misses_stay(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None


@pytest.mark.parametrize("line", [
    "Want my printable winter checklist? Join 2,000 beekeepers on the mailing list.",
    "Rejoignez les 2 000 abonnés de la newsletter",
    "Schließ dich 2.000 Lesern des Newsletters an",
    "Unisciti ai 2.000 iscritti alla newsletter",
    "Dołącz do 2000 osób z listy mailingowej",
    "Присоединяйтесь к 2000 подписчикам рассылки",
])
def test_round_77_joining_the_lists_readers_goes(line):
    # (round 77) set 94's hive post: a newsletter prompt counting its readers, an offer's question before it
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "newsletter prompt"


@pytest.mark.parametrize("line", [
    "In 2019, 2,000 beekeepers joined the association's mailing list.",
    "Join 40 volunteers on the beach next Saturday.",
])
def test_round_77_joining_near_misses_stay(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None


_ROUND_77_UNNUMBERED_TOC = {
    "en": ("In this post", ["Lifting the back of the box", "This winter's three colonies", "Fondant or not?"]),
    "fr": ("Dans cet article", ["Soulever l'arrière de la ruche", "Nos trois colonies cet hiver",
                                "Du fondant ou pas ?"]),
    "de": ("In diesem Beitrag", ["Die Beute hinten anheben", "Unsere drei Völker", "Futterteig oder nicht?"]),
    "it": ("In questo articolo", ["Sollevare il retro dell'arnia", "Le tre colonie di quest'inverno",
                                  "Candito sì o no?"]),
    "pl": ("Spis treści", ["Unoszenie tyłu ula", "Trzy rodziny tej zimy", "Ciasto czy nie?"]),
    "ru": ("Оглавление", ["Приподнимаем улей сзади", "Три семьи этой зимой", "Канди или нет?"]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_77_UNNUMBERED_TOC))
def test_round_77_an_unnumbered_table_of_contents_goes(lang):
    # (round 77) set 94's hive post: a table of contents with no numbers under a header only a table has, between the
    # second paragraph and the paragraph with the quote
    header, entries = _ROUND_77_UNNUMBERED_TOC[lang]
    case = page_from_blocks(f"round77-unnumbered-toc-{lang}", [
        ["+Hefting the hives in December: how I check winter stores without opening the box"],
        ["+Every December I walk round the apiary and lift the back of each hive a few centimetres off its stand.",
         "+Hefting, as beekeepers call it, tells you roughly how much honey the colony has left for the winter."],
        [f"-{header}", *(f"-{e}" for e in entries)],
        ["+My old mentor put it simply: \"If it feels like lifting a full suitcase, leave the bees in peace.\"",
         "+The long hive by the hedge felt heavy on both sides, so I left it alone until the spring inspection.",
         "+None of this replaces a proper look in March, but it has saved me two colonies in the last few years."],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("header", ["Contents", "Indice", "Содержание", "What I did"])
def test_round_77_unnumbered_entries_under_an_ambiguous_header_stay(header):
    # (round 77) near miss: "Contents" or "Indice" may head a part of the article, and so may a worded subheading
    case = page_from_blocks(f"round77-unnumbered-near-miss-{header}", [
        ["+Hefting the hives in December: how I check winter stores without opening the box"],
        ["+Every December I walk round the apiary and lift the back of each hive a few centimetres off its stand.",
         "+Hefting, as beekeepers call it, tells you roughly how much honey the colony has left for the winter."],
        [f"+{header}", "+Lifting the back of the box", "+Weighing with a luggage scale", "+Feeding fondant"],
        ["+My old mentor put it simply: \"If it feels like lifting a full suitcase, leave the bees in peace.\"",
         "+The long hive by the hedge felt heavy on both sides, so I left it alone until the spring inspection."],
    ])
    assert [p for p in _problems(case, "en") if p.startswith("lost")] == []


@pytest.mark.parametrize("line", [
    "This site is built with Jekyll and hosted on GitHub Pages.",
    "Powered by Jekyll & Minimal Mistakes.",
    "This blog is powered by Ghost and hosted on DigitalOcean",
])
def test_round_77_platform_credits_with_their_host_or_theme_go(line):
    # (round 77) sets 93 and 94: the platform's credit with the site as subject, its host or theme after "and" or "&"
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "blog footer"


@pytest.mark.parametrize("line", [
    "This site is built with Jekyll and the team said it was cheap.",
    "This site is built with Jekyll and Netlify said it was cheap.",
    "What do you think? The council wants to hear from residents before Friday.",
    "Das Bild vergrößern ließ sich nicht.",
])
def test_round_77_credit_comment_and_zoom_near_misses_stay(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None


@pytest.mark.parametrize("line", [
    "What do you think? Be the first to leave a comment below.",
    "Qu'en pensez-vous ? Soyez le premier à commenter",
    "Was meinen Sie? Schreiben Sie den ersten Kommentar",
    "Cosa ne pensi? Sii il primo a commentare",
    "Co o tym sądzisz? Bądź pierwszy, który skomentuje",
    "А вы что думаете? Будьте первым, кто оставит комментарий",
    "Нет комментариев. Ваш будет первым!",
    "No comments yet. Yours will be the first!",
])
def test_round_77_calls_to_comment_first_go(line):
    # (round 77) sets 93 and 94: a question to the reader before the call to comment first, and the reader's comment
    # as the first under an empty section
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "comment form"


@pytest.mark.parametrize("line", [
    "Bild vergrößern", "Enlarge image", "Agrandir l'image", "Ingrandisci la foto", "Powiększ zdjęcie", "Увеличить фото",
])
def test_round_77_zoom_buttons_go(line):
    # (round 77) set 94: a picture's zoom button alone, no verb of clicking
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "photo caption"
    assert _problems(_insert("body", [line]), "en") == []


# (round 78) set 95's climbing-wall story: rows ending in a semicolon, the last row in a full stop, two of the page's
# links between the second and last rows; the block was not found and the subheading, its rows and the two last
# paragraphs went with the page's tail
_ROUND_78_CLOSING_ROW = {
    "en": ("How to book", ["beginners' classes on Tuesdays and Thursdays from 6 pm;",
                           "free entry for members on Saturday afternoons;",
                           "shoes and harnesses for hire at the reception desk."],
           ["Video: the first climb on the new wall", "See the photo gallery (18 photos)"]),
    "fr": ("Comment réserver", ["cours pour débutants le mardi et le jeudi dès 18 heures ;",
                                "entrée libre pour les membres le samedi après-midi ;",
                                "location de chaussons et de baudriers à l'accueil."],
           ["Vidéo : la première voie sur le nouveau mur", "Voir la galerie photos (18 photos)"]),
    "de": ("So kann man buchen", ["Anfängerkurse dienstags und donnerstags ab 18 Uhr;",
                                  "Freier Eintritt für Mitglieder am Samstagnachmittag;",
                                  "Kletterschuhe und Gurte gibt es an der Theke zu leihen."],
           ["Video: Die erste Route an der neuen Wand", "Zur Bildergalerie (18 Fotos)"]),
    "it": ("Come prenotare", ["corsi per principianti il martedì e il giovedì dalle 18;",
                              "ingresso libero per i soci il sabato pomeriggio;",
                              "noleggio di scarpette e imbrago alla reception."],
           ["Video: il primo tiro sulla nuova parete", "Guarda la galleria fotografica (18 foto)"]),
    "pl": ("Jak zarezerwować wejście", ["zajęcia dla początkujących w poniedziałki i czwartki od 18;",
                               "wolne wejście dla członków w sobotnie popołudnia;",
                               "wypożyczenie butów i uprzęży w recepcji."],
           ["Wideo: pierwsza droga na nowej ścianie", "Zobacz galerię zdjęć (18 zdjęć)"]),
    "ru": ("Как записаться", ["занятия для новичков по вторникам и четвергам с 18 часов;",
                              "свободный вход для членов клуба по субботам;",
                              "прокат скальных туфель и страховочных систем на ресепшене."],
           ["Видео: первый маршрут на новой стене", "Смотрите фотогалерею (18 фото)"]),
}


def _round_78_closing_row_case(lang, layout):
    heading, rows, links = _ROUND_78_CLOSING_ROW[lang]
    between = [[f"-{x}" for x in links]] if layout == "links-before-last-row" else []
    blocks = [[f"+{rows[0]}", f"+{rows[1]}"], *between, [f"+{rows[2]}"]]
    if layout == "one-block":
        blocks = [[f"+{r}" for r in rows]]
    return page_from_blocks(f"round78-closing-row-{lang}-{layout}", [
        ["-Sassolvento News"],
        ["+A new climbing wall opens in the school gym on Rome Street"],
        ["-2 December 2026"],
        ["+On Saturday the climbing wall of the school gym was opened: it is eleven metres high and eighteen wide."],
        ["-Read also: School gym works get the go-ahead"],
        ["+The wall cost 180 thousand euros and will be used by the schools in the morning and the club later on."],
        ["+\"Until now our children had to go all the way to the city to train,\" the councillor for sport said."],
        ["-Join the Sassolvento News WhatsApp channel"],
        [f"+{heading}"], *blocks,
        ["+A medical certificate is needed to climb, as for any other sport in the gym."],
        ["+Next year the council wants to add a bouldering area for the younger children."],
        ["-Tags: climbing, schools, sport", "-Share: Facebook · X · WhatsApp · Telegram"],
        ["-Comments (2)", "-Giulia_climb", "-At last! I will bring my son next week.", "-Franco P.",
         "-And how much is it for adults who are not members?"],
        ["-© 2026 Sassolvento News"],
    ])


@pytest.mark.parametrize("lang", sorted(_ROUND_78_CLOSING_ROW))
@pytest.mark.parametrize("layout", ["links-before-last-row", "one-block"])
def test_round_78_a_lists_last_row_with_its_full_stop_ends_the_block(lang, layout):
    problems = _problems(_round_78_closing_row_case(lang, layout), lang)
    assert [p for p in problems if p.startswith("lost")] == []


@pytest.mark.parametrize("row, above, closing", [
    ("noleggio di scarpette e imbrago alla reception.", "ingresso libero per i soci il sabato pomeriggio;", True),
    ("Kletterschuhe und Gurte gibt es an der Theke zu leihen.", "Freier Eintritt für Mitglieder am Samstag;", True),
    ("wypożyczenie butów i uprzęży w recepcji.", "wolne wejście dla członków w sobotnie popołudnia,", True),
    # near misses: a paragraph in a capital under rows in small letters, a row under a row with no semicolon, the
    # page's copyright line
    ("Per arrampicare serve un certificato medico.", "ingresso libero per i soci il sabato pomeriggio;", False),
    ("noleggio di scarpette e imbrago alla reception.", "ingresso libero per i soci il sabato pomeriggio", False),
    ("© 2026 Sassolvento Notizie, tutti i diritti riservati.", "ingresso libero per i soci il sabato pomeriggio;",
     False),
])
def test_round_78_a_closing_row_follows_rows_with_semicolons(row, above, closing):
    from spinscope.ingest.clean import Line
    from spinscope.ingest.page_blocks import _is_closing_row
    assert _is_closing_row(Line(0, 0, row), Line(0, 0, above)) is closing


# (round 78) set 96's old-maps post: an unnumbered table of contents in one block with its header, the article's
# subheading in a block of its own under it; the subheading went as the table's last entry
_ROUND_78_TOC = {
    "en": ("In this post", ["The forgotten mill", "The paths that changed", "Where to see the map"],
           "Three details that surprised me"),
    "fr": ("Sommaire", ["Le moulin oublié", "Les chemins qui ont changé", "Où consulter la carte"],
           "Trois détails qui m'ont surpris"),
    "de": ("Inhaltsverzeichnis", ["Die vergessene Mühle", "Die Wege von damals", "Wo man die Karte sieht"],
           "Drei Details, die mich überrascht haben"),
    "it": ("In questo articolo", ["Il mulino dimenticato", "Le strade cambiate", "Dove vedere la mappa"],
           "Tre dettagli che mi hanno sorpreso"),
    "pl": ("Spis treści", ["Zapomniany młyn", "Drogi, które się zmieniły", "Gdzie obejrzeć mapę"],
           "Trzy szczegóły, które mnie zaskoczyły"),
    "ru": ("Оглавление", ["Забытая мельница", "Дороги, которые изменились", "Где посмотреть карту"],
           "Три детали, которые меня удивили"),
}


def _round_78_toc_case(lang):
    header, entries, subheading = _ROUND_78_TOC[lang]
    return page_from_blocks(f"round78-toc-{lang}", [
        ["-The Map Attic", "-Old maps, old paths and the stories behind them"],
        ["+What the Cassini map tells about my village"],
        ["-Published on 22 November 2026 by Anselme"],
        ["+Since I found the Cassini sheet that covers our district, I spend my evenings comparing it with today's."],
        ["+The village is there under a slightly different name, with a windmill that disappeared long ago."],
        ["+\"A mill, here? Never heard of it,\" my neighbour told me, though he lives in the oldest house of the "
         "street."],
        [f"-{header}", *[f"-{e}" for e in entries]],
        [f"+{subheading}"],
        ["+The forest path ran north of the church, and not south of it as it does today."],
        ["+The hamlet of Les Granges had more houses than it has now, in 2026."],
        ["+A ford is drawn where the bridge of the main road stands today."],
        ["+I found no other written trace of this mill, neither in the archives nor in the land register."],
        ["+Next time I will compare the map with the Napoleonic land register of the same village."],
        ["-Previous post: The Napoleonic land registers online"],
        ["-4 comments", "-Yvette D.", "-We lost a mill too, replaced by a wash house.", "-↪ Anselme",
         "-Thank you Yvette, do you have a photo of the wash house?"],
    ])


@pytest.mark.parametrize("lang", sorted(_ROUND_78_TOC))
def test_round_78_a_subheading_under_a_tables_block_is_the_articles(lang):
    # (the table goes as before; the blog's name and tagline above the title are another matter)
    problems = _problems(_round_78_toc_case(lang), lang)
    header, entries, _ = _ROUND_78_TOC[lang]
    assert [p for p in problems if p.startswith("lost") or any(x in p for x in [header, *entries])] == []


# (round 78) set 95's riverbank post: round 77 took the table of contents under the title, whose entries had been the
# evidence of the page's head; the blog's name and tagline above the title stayed
_ROUND_78_HEAD_TOC = {
    "en": ("Bags and Climbs", "A diary of slow cycle touring", "Posted on 4 October 2026 by Chiara", "In this post:",
           ["The route", "The stages", "Final tips"]),
    "fr": ("Sacoches et Côtes", "Carnet de voyages à vélo sans se presser", "Publié le 4 octobre 2026 par Chiara",
           "Dans cet article :", ["Le parcours", "Les étapes", "Derniers conseils"]),
    "de": ("Taschen und Steigungen", "Tagebuch langsamer Radreisen", "Veröffentlicht am 4. Oktober 2026 von Chiara",
           "In diesem Beitrag:", ["Die Strecke", "Die Etappen", "Letzte Tipps"]),
    "it": ("Borse e Salite", "Diario di cicloviaggi a pedali lenti", "Pubblicato il 4 ottobre 2026 da Chiara",
           "In questo articolo:", ["Il percorso", "Le tappe", "Consigli finali"]),
    "pl": ("Sakwy i Podjazdy", "Dziennik powolnych wypraw rowerowych", "Opublikowano 4 października 2026 przez Kasię",
           "W tym wpisie:", ["Trasa", "Etapy", "Ostatnie rady"]),
    "ru": ("Сумки и подъёмы", "Дневник неспешных велопоходов", "Опубликовано 4 октября 2026, автор Катя",
           "В этой статье:", ["Маршрут", "Этапы", "Последние советы"]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_78_HEAD_TOC))
def test_round_78_a_table_of_contents_under_the_title_is_evidence_of_the_head(lang):
    name, tagline, byline, header, entries = _ROUND_78_HEAD_TOC[lang]
    case = page_from_blocks(f"round78-head-toc-{lang}", [
        [f"-{name}", f"-{tagline}"],
        ["+Three days by bike along the river bank, with the bags and in no hurry"],
        [f"-{byline}", f"-{header}", *[f"-{e}" for e in entries]],
        ["+At the end of September Paolo and I left home with loaded bikes and a single idea: follow the river."],
        ["+It is 240 kilometres, nearly all of them flat, on cycle paths or gravel roads along the bank."],
        ["+On the second day a woman filled our bottles and told us: \"With this wind you will arrive tomorrow.\""],
        ["+She was right: we reached the sea on the third day, at four in the afternoon."],
        ["+In the next post I will put up the GPX track and the list of places where we ate."],
        ["-Previous post: How I chose my pannier bags"],
        ["-3 comments", "-Marco_bike", "-Great trip! How many hours a day in the saddle?", "-↳ Chiara",
         "-About five, with lots of ice-cream stops."],
    ])
    assert _problems(case, lang) == []


_ROUND_78_AUTHOR_ASKS = [
    ("en", "If your village lost a mill too, tell me about it in the comments!"),
    ("fr", "Si votre village a aussi perdu un moulin, racontez-le-moi en commentaire !"),
    ("de", "Wenn euer Dorf auch eine Mühle verloren hat, schreibt es mir in die Kommentare!"),
    ("it", "Se anche il vostro paese ha perso un mulino, raccontatemelo nei commenti!"),
    ("pl", "Jeśli wasza wieś też straciła młyn, napiszcie mi w komentarzu!"),
    ("ru", "Если ваша деревня тоже потеряла мельницу, расскажите мне в комментариях!"),
]


@pytest.mark.parametrize("lang, line", _ROUND_78_AUTHOR_ASKS)
def test_round_78_the_authors_ask_in_the_comments_is_the_posts_last_paragraph(lang, line):
    # (round 78) set 96's old-maps post: its last paragraph asks the reader to tell the author in the comments; the
    # second opinion took it (p=0.98)
    case = _round_78_toc_case("en")
    raw = case.raw.replace("Next time I will compare the map with the Napoleonic land register of the same village.",
                           line)
    case = NoisyCase(case.name, raw, tuple(line if k.startswith("Next time") else k for k in case.keep), case.drop)
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


@pytest.mark.parametrize("line", [
    # near misses: the site's invitation says "us" or no one, and goes as before
    "Tell us what you think in the comments.", "Dites-nous ce que vous en pensez en commentaire.",
    "Sagen Sie uns Ihre Meinung in den Kommentaren.", "Dicci la tua nei commenti.",
    "Podziel się opinią w komentarzach.", "Поделитесь мнением в комментариях.",
])
def test_round_78_the_sites_invitation_to_comment_is_no_authors_ask(line):
    from spinscope.ingest.clean import _AUTHOR_ASKS_IN_COMMENTS
    assert not _AUTHOR_ASKS_IN_COMMENTS.search(line)


# (round 78) set 96's threads left whole: the library story's under "Réagir à cet article", the archive story's guests
# signed "~Gość: Stanisław" with the paper's reply "↳ ~Redakcja", the record-washing post's with no header at all, a
# commenter's name over the comment and a reply's arrow under it
_ROUND_78_THREADS = {
    "en": ("React to this article", ["~Guest: Stan", "Found my great-grandfather in the 1912 register, thank you!",
                                     "~Guest: Ella", "Are the parish records there too?", "↳ ~Newsdesk",
                                     "The parish records are in the diocesan archive."]),
    "fr": ("Réagir à cet article", ["Josiane_L", "Enfin ! Je pourrai y aller après le travail.", "↳ Marc-Antoine",
                                    "Dommage que ce ne soit pas aussi le mardi."]),
    "de": ("Diesen Artikel kommentieren", ["~Gast: Klaus", "Endlich kann ich nach der Arbeit hingehen, danke!",
                                           "↳ ~Redaktion", "Gern geschehen, der Donnerstag bleibt so."]),
    "it": (None, ["Vittorio", "Io uso anche un po' di alcol isopropilico diluito, funziona.", "↳ Solchi e Puntine",
                  "Diluito sì, puro mai! Grazie Vittorio.", "↳↳ Vittorio", "Allora ci riprovo così!"]),
    "pl": ("Komentarze (3)", ["~Gość: Stanisław", "Znalazłem pradziadka w księdze z 1912 roku, dziękuję!", "~Gość: Ela",
                              "A czy są też akta parafialne?", "↳ ~Redakcja",
                              "Akta parafialne są w archiwum diecezjalnym."]),
    "ru": ("Прокомментировать статью", ["Людмила", "Наконец-то можно прийти после работы, спасибо!", "↳ Николай",
                                        "Жаль, что не по вторникам тоже."]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_78_THREADS))
def test_round_78_threads_under_a_call_to_react_or_signed_by_guests_or_headerless_go(lang):
    header, thread = _ROUND_78_THREADS[lang]
    case = page_from_blocks(f"round78-thread-{lang}", [
        ["-The Castelmoirac Courier", "-News · Sport · Culture · Events"],
        ["+The media library will stay open until 10 pm on Thursdays"],
        ["-Published on 3 December 2026 at 9:12"],
        ["+From January the media library on the market square will stay open until 10 pm every Thursday."],
        ["+The council wants to give people who work late a chance to borrow books and use the reading room."],
        ["+\"Many readers told us they could never come before closing time,\" the director said."],
        ["+Loans and returns will be possible until 9.45 pm, and the video games room will stay open until 8 pm."],
        ["+The opening hours of the other days of the week do not change."],
        ["+A review of the late openings will be presented to the council in June."],
        [f"-{header}", *[f"-{t}" for t in thread]] if header else [f"-{t}" for t in thread],
        ["-© The Castelmoirac Courier – All rights reserved"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", [
    "React to this article", "Réagir à cet article", "Diesen Artikel kommentieren", "Commenta l'articolo",
    "Skomentuj artykuł", "Прокомментировать статью",
])
def test_round_78_calls_to_react_to_the_article_are_the_comment_form(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "comment form"


@pytest.mark.parametrize("line", [
    # near misses: sentences of the article that open with the same words
    "Réagir à cet article du règlement a pris trois semaines au conseil municipal.",
    "Skomentuj ten tekst – napisał burmistrz w mailu do redakcji, ale sam nie odpowiedział.",
    "Прокомментировать статью мэр отказался, сославшись на занятость.",
    "Diesen Artikel kommentieren wollte der Bürgermeister am Dienstag nicht.",
    "Commentare l'articolo 18 non è servito a nulla, ha detto il sindaco.",
])
def test_round_78_sentences_opening_with_a_call_to_react_stay(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None
    assert _problems(_insert("tail", [line], keep=True), "en") == []


def test_round_78_an_interviews_speakers_open_no_thread():
    # (round 78) near miss: with no header, a name over a sentence is an interview's speaker; no reply arrow under
    # the answer, no thread
    case = page_from_blocks("round78-interview", [
        ["+The librarian who wants the lights on until ten"],
        ["+We spoke to the director about the new Thursday late openings and what they mean for the staff."],
        ["+The council approved the plan in November, after a survey of more than 800 readers."],
        ["+Anna Rossi", "+We had asked for it for years, and the readers asked for it even more."],
        ["+Marco Bianchi", "+The staff will work in two shifts, so nobody stays longer than before."],
        ["+Anna Rossi", "+The first Thursday will have a reading aloud for adults, at eight in the evening."],
    ])
    assert [p for p in _problems(case, "en") if p.startswith("lost")] == []


@pytest.mark.parametrize("line", [
    "Sondage : fréquentez-vous la médiathèque ?", "Poll: do you use the library?",
    "Umfrage: Nutzen Sie die Bibliothek?",
    "Sondaggio: frequentate la biblioteca?", "Ankieta: czy korzystasz z biblioteki?", "Опрос: вы ходите в библиотеку?",
    "Have your say: are the new opening hours right for you? Vote in our poll",
    "Sondage : la médiathèque doit-elle ouvrir le dimanche ? Votez dans notre sondage",
    "Опрос: нужна ли библиотеке ночная смена? Проголосуйте в нашем опросе",
])
def test_round_78_a_polls_label_and_question_go(line):
    # (round 78) set 96's library story: a poll's label and its question with no call after it; set 95's pool story:
    # the call to vote in the poll
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "poll widget"
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    # near misses: a poll's result or a sentence going on after the question, and a survey named in a sentence
    "Umfrage: Wie viele Bürger nutzen die Bibliothek? Das wollte die Stadt wissen.",
    "Sondage : 62 % des habitants veulent une médiathèque ouverte le soir.",
    "Sondaggio del Comune: il 62 per cento dei lettori chiede l'apertura serale.",
    "Ankieta wśród czytelników pokazała, że 62 procent chce dłuższych godzin otwarcia.",
    "Опрос читателей показал, что 62 процента хотят, чтобы библиотека работала дольше.",
    "Opinion poll: who will win the election in May, Labour or the Tories?",
])
def test_round_78_poll_near_misses_stay(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "Enjoyed this article? Sign up to the newsletter", "Cet article vous a plu ? Inscrivez-vous à la newsletter",
    "Hat dir der Artikel gefallen? Abonniere den Newsletter",
    "Ti è piaciuto questo articolo? Iscriviti alla newsletter",
    "Podobał ci się wpis? Zapisz się do newslettera", "Понравилась статья? Подпишитесь на рассылку",
])
def test_round_78_liked_it_then_the_newsletter_goes(line):
    # (round 78) set 96's record-washing post: the question whether the reader liked the post, then the newsletter
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is not None
    assert _problems(_insert("body", [line]), "en") == []


@pytest.mark.parametrize("line", [
    # near misses: the article's own question and answer about a newsletter
    "Did the readers like the new format? The newsletter's editor says they did.",
    "Ti è piaciuto il concerto? Iscriviti al coro, ha detto il maestro ai bambini.",
])
def test_round_78_liked_it_near_misses_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    "A quick read – about three minutes.", "Lektura na 5 minut", "Lecture rapide : environ 3 minutes",
    "Kurze Lektüre – etwa drei Minuten", "Lettura veloce: circa 3 minuti", "Быстрое чтение — около трёх минут",
    "Чтение на 5 минут",
])
def test_round_78_a_quick_read_in_minutes_goes(line):
    # (round 78) set 95's English and Polish reading-time rows
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) == "reading time"
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    # near misses: sentences of the article that open with the same words
    "Lektura na 5 minut dziennie pomaga dzieciom w nauce czytania.",
    "A quick read of the report shows three errors in the council's figures.",
    "Чтение на 5 минут в день помогает детям лучше учиться.",
    "Lecture rapide : c'est ce que promet la nouvelle méthode de l'école.",
])
def test_round_78_quick_read_near_misses_stay(line):
    from spinscope.ingest.clean import line_reason
    assert line_reason(line, False) is None
    assert _problems(_insert("head", [line], keep=True), "en") == []


# (round 79) set 98's balcony-lager post: list rows naming a product code with a slash between digits ("W-34/70"), an
# ad label and a follow plug between two rows; the block ended above the plug, and the subheading, its rows and the
# last paragraphs went with the page's tail
_ROUND_79_CODE_ROWS = {
    "en": ("What I used", ["Pilsner malt – 4.5 kg", "Saaz hops – 60 g in three additions",
                           "Bottom-fermenting yeast W-34/70 – two sachets"],
           ["Advertisement", "Like Balcony Brewing on Facebook"]),
    "fr": ("Ce que j'ai utilisé", ["Malt pilsner – 4,5 kg", "Houblon Saaz – 60 g en trois ajouts",
                                   "Levure de fermentation basse W-34/70 – deux sachets"],
           ["Publicité", "Suivez Brasserie du Balcon sur Facebook"]),
    "de": ("Was ich verwendet habe", ["Pilsner Malz – 4,5 kg", "Hopfen Saazer – 60 g in drei Gaben",
                                      "Untergärige Hefe W-34/70 – zwei Päckchen"],
           ["Werbung", "Folge Balkonbräu auf Facebook"]),
    "it": ("Cosa ho usato", ["Malto pilsner – 4,5 kg", "Luppolo Saaz – 60 g in tre aggiunte",
                             "Lievito a bassa fermentazione W-34/70 – due bustine"],
           ["Pubblicità", "Segui Birra sul Balcone su Facebook"]),
    "pl": ("Czego użyłem", ["Słód pilzneński – 4,5 kg", "Chmiel Lubelski – 60 g w trzech porcjach",
                            "Drożdże dolnej fermentacji W-34/70 – dwie saszetki"],
           ["Reklama", "Polub Warzelnię na Facebooku"]),
    "ru": ("Что я использовал", ["Солод пильзнер – 4,5 кг", "Хмель Жатецкий – 60 г в три приёма",
                                 "Дрожжи низового брожения W-34/70 – два пакетика"],
           ["Реклама", "Подписывайтесь на Пивоварню на балконе во ВКонтакте"]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_79_CODE_ROWS))
def test_round_79_a_row_with_a_code_slash_and_a_follow_plug_between_rows_keep_the_block(lang):
    heading, rows, between = _ROUND_79_CODE_ROWS[lang]
    case = page_from_blocks(f"round79-code-rows-{lang}", [
        ["-Balcony Brewing", "-Home brew from a tenth-floor flat", "-Home · Recipes · Kit · Contact"],
        ["+A lager fermented on the balcony, or what winter is good for"],
        ["-3 December 2026 · Recipes"],
        ["+A lager needs a temperature of about ten degrees, and I simply have no fridge for the fermenter."],
        ["+A friend from the brewing club put it shortly: \"You have a balcony, and December is free.\""],
        ["-Contents", "-Where the idea came from", "-How I watch the temperature", "-The result after six weeks"],
        ["+For the first two weeks the thermometer on the balcony showed six to eleven degrees, so the yeast "
         "worked calmly."],
        [f"+{heading}"], [f"+{rows[0]}"], [f"+{rows[1]}"], [f"-{x}" for x in between], [f"+{rows[2]}"],
        ["+I bottle it next week and will write then whether it was worth it."],
        ["+If you ferment on a balcony too, tell me how you keep the frost out."],
        ["-Tags: lager, fermentation, winter", "-Comments: 2", "-Pete_hops", "-What if it gets to minus fifteen?",
         "-↳ Balcony Brewing", "-Then the fermenter goes back to the bathroom.", "-© 2026 Balcony Brewing"],
    ])
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


@pytest.mark.parametrize("text, widget", [
    ("Drożdże dolnej fermentacji W-34/70 – dwie saszetki", False),
    ("Mehl Type 550/405, ein Kilo", False),
    ("Pneumatici 205/55 R16 per l'inverno", False),
    # near misses: a link's slash, a spaced slash or a short one stays a cue
    ("Recipes / Lager / Balcony brewing", True),
    ("Hefe Safale S-04, 11,5 g / Päckchen", True),
    ("Вакансия: требуется дворник, график 5/2", True),
])
def test_round_79_a_slash_between_digits_is_no_widget_cue_in_a_row(text, widget):
    from spinscope.ingest.page_blocks import _row_cue_text
    from spinscope.ingest.noise_patterns import WIDGET_SYMBOL
    assert bool(WIDGET_SYMBOL.search(_row_cue_text(text))) is widget


# (round 79) a labelled picture caption written with a full stop, on a scraped page (the page's head and foot around
# it): under the title's date row, between two paragraphs, between two list rows
_ROUND_79_CAPTIONS = {
    "en": ["Photo: the mash at 67°C, looking more like porridge than beer.",
           "Image: the north shore at 8.30, still in the shade."],
    "fr": ["Photo : la rive nord à 8 h 30, encore dans l'ombre.", "Illustration : le fermenteur sous une couverture."],
    "de": ["Foto: Der Spielplan nach dem ersten Abend, noch halb aufgebaut.",
           "Bild: der alte Standort, links die Hecke, rechts der Kompost."],
    "it": ["Foto: i martelletti prima e dopo la pulizia.", "Immagine: la riva nord alle 8.30, ancora in ombra."],
    "pl": ["Zdjęcie: fermentor owinięty kocem na balkonie przy minus dwóch stopniach.",
           "Ilustracja: bochenek prosto z pieca, jeszcze parujący."],
    "ru": ["Фото: прорубь утром, пар над водой.", "Снимок: подпорки под каждой дугой, ноябрь."],
}
# near misses on the same page: the article's sentences opening with a picture's word, a caption with a finite verb
# or with reported speech
_ROUND_79_CAPTION_NEAR_MISSES = {
    "en": ["Photo: the mayor said the hall would open soon.", "Photographs of the old mill were shown at the meeting."],
    "fr": ["Photo : le maire a dit que la salle ouvrirait bientôt.", "Photos et archives ont été confiées au musée."],
    "de": ["Foto: Der Bürgermeister sagte, die Halle öffne bald.", "Fotos des alten Bahnhofs hängen nun im Rathaus."],
    "it": ["Foto: il sindaco ha detto che la sala aprirà presto.", "Foto e documenti sono stati donati al museo."],
    "pl": ["Zdjęcie: burmistrz powiedział, że sala wkrótce zostanie otwarta.",
           "Zdjęcia starego młyna pokazano na zebraniu."],
    "ru": ["Фото: мэр сказал, что зал скоро откроют.", "Фотографии старой мельницы показали на собрании."],
}


def _round_79_caption_page(lang, above, between, near):
    return page_from_blocks(f"round79-caption-{lang}", [
        ["-Wort and Patience", "-Home · Recipes · About"],
        ["+My first oatmeal stout, brewed all-grain in the kitchen"],
        ["-1 December 2026 · Recipes", f"-{above}"],
        ["+I had brewed from kits for two years before I dared to mash grain myself on the kitchen stove."],
        ["+The oats went in flaked, half a kilo of them, and the mash turned thick within minutes."],
        [f"-{between}"],
        [f"+{near[0]}"],
        ["+After six weeks in the bottle the stout poured black, with a tan head that lasted to the last sip."],
        [f"+{near[1]}"],
        ["-Tags: stout, oats, all-grain", "-Comments (1)", "-Hawthorn_Bill", "-Looks great, what yeast?",
         "-© 2026 Wort and Patience"],
    ])


@pytest.mark.parametrize("lang", sorted(_ROUND_79_CAPTIONS))
def test_round_79_a_labelled_caption_with_a_full_stop_goes_on_a_scraped_page(lang):
    above, between = _ROUND_79_CAPTIONS[lang]
    assert _problems(_round_79_caption_page(lang, above, between, _ROUND_79_CAPTION_NEAR_MISSES[lang]), lang) == []


@pytest.mark.parametrize("line", [
    "Photo: the mash at 67°C, looking more like porridge than beer.",
    "Zdjęcie: fermentor owinięty kocem na balkonie przy minus dwóch stopniach.",
])
def test_round_79_a_labelled_caption_with_a_full_stop_in_a_bare_article_stays(line):
    # (no page around the article: rounds 49 and 50 keep such a line, as an article may quote its caption)
    assert _problems(_insert("body", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", [
    # (round 79) a download link naming the file's type after a preposition, a year among its words
    "Abfallkalender 2027 als PDF herunterladen",
    "Download the 2027 bin calendar as PDF",
    "Télécharger le calendrier 2027 en PDF",
    "Scarica il calendario 2027 in PDF",
    "Pobierz harmonogram na 2027 w PDF",
    "Скачать график на 2027 год в PDF",
    # reading-time sentences and rows in new wordings
    "Fair warning: this is a long one, roughly a twelve-minute read.",
    "Roughly an 11-minute read, photos included.",
    "Heads up: it's a long one – about a 15-minute read",
    "Ce billet se lit en 7 minutes environ.",
    "La lecture vous prendra environ 7 minutes",
    "Dieser Artikel ist in etwa fünf Minuten gelesen.",
    "Dieser Beitrag ist in rund 7 Minuten gelesen.",
    "Die Lektüre dauert etwa 7 Minuten",
    "La lettura richiede circa 7 minuti",
    "Czytanie zajmie ci ok. 7 minut",
    "Чтение займёт около 7 минут",
])
def test_round_79_download_links_and_reading_times_go(line):
    assert _problems(_insert("head", [line]), "en") == []


@pytest.mark.parametrize("line", [
    "The council lets residents download the 2027 calendar as PDF from Monday.",
    "The report is a twelve-minute read for anyone on the council.",
    "Reading the whole report takes about 7 minutes, the clerk said.",
    "Der Artikel ist in fünf Minuten gelesen worden, sagte er.",
    "Czytanie zajmie ci ok. 7 minut, a potem wrócisz do pracy.",
    "Чтение займёт около 7 минут у каждого депутата.",
    "La lettura richiede circa 7 minuti per ogni pagina del bilancio.",
])
def test_round_79_download_and_reading_time_near_misses_stay(line):
    assert _problems(_insert("body", [line], keep=True), "en") == []


# (round 79) a file offer between two rows (set 98's bin-calendar story: "Abfallkalender 2027 als PDF herunterladen"
# between its first and second rows): the rows go on under it
_ROUND_79_FILE_BETWEEN_ROWS = {
    "en": ("The main changes", ["Food waste: every week, on Tuesdays", "General waste: every four weeks, on Thursdays",
                                "Recycling sacks: still every two weeks"], "Download the 2027 bin calendar as PDF"),
    "de": ("Die wichtigsten Änderungen", ["Biotonne: jede Woche, jeweils am Dienstag",
                                          "Restmüll: alle vier Wochen, jeweils am Donnerstag",
                                          "Gelbe Säcke: weiterhin alle zwei Wochen"],
           "Abfallkalender 2027 als PDF herunterladen"),
    "it": ("I cambiamenti principali", ["Umido: ogni settimana, il martedì", "Indifferenziato: ogni quattro settimane",
                                        "Plastica: sempre ogni due settimane"], "Scarica il calendario 2027 in PDF"),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_79_FILE_BETWEEN_ROWS))
def test_round_79_a_file_offer_between_rows_keeps_the_block(lang):
    heading, rows, link = _ROUND_79_FILE_BETWEEN_ROWS[lang]
    case = page_from_blocks(f"round79-file-rows-{lang}", [
        ["-Kranichsfelde Courier", "-News · Sport · Culture"],
        ["+The district's new bin calendar brings weekly food-waste collections"],
        ["-4 December 2026"],
        ["+From January the district will collect food waste every week instead of every two weeks."],
        ["+\"We want less food waste in the general bins,\" the head of the waste department said on Thursday."],
        ["+General waste will be collected less often, which the district says will keep fees stable."],
        [f"+{heading}"], [f"+{rows[0]}"], [f"-{link}"], [f"+{rows[1]}"], [f"+{rows[2]}"],
        ["+The new calendars will be delivered to every household in the last week of December."],
        ["+Anyone who does not get one can collect it at the town hall."],
        ["-Tags: waste, district", "-Comments (1)", "-Gernot K.", "-At last, the food bin always stank in summer.",
         "-© 2026 Kranichsfelde Courier"],
    ])
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


@pytest.mark.parametrize("where, line", [
    # (round 79) the commenting policy's header with its rules on one line, and the reader asked to keep it civil
    ("tail", "Netiquette: Beleidigende Kommentare werden ohne Rückfrage gelöscht."),
    ("tail", "Regolamento dei commenti: niente insulti, niente spam, niente link pubblicitari."),
    ("tail", "Comment rules: no insults, no spam, no ads."),
    ("tail", "Règles de modération : les propos injurieux seront supprimés."),
    ("tail", "Zasady komentowania: obraźliwe wpisy usuwamy."),
    ("tail", "Правила комментирования: оскорбления удаляются."),
    ("tail", "Please keep comments civil and on topic – our house rules explain what we remove."),
    ("tail", "Merci de rester courtois dans vos commentaires."),
    ("tail", "Bitte bleiben Sie in den Kommentaren sachlich."),
    ("tail", "Vi preghiamo di mantenere i commenti civili."),
    ("tail", "Prosimy o kulturalne komentarze."),
    ("tail", "Просим соблюдать вежливость в комментариях."),
    # a map embed's own links
    ("body", "Open in Google Maps"),
    ("body", "View larger map"),
    ("body", "Agrandir le plan"),
    ("body", "Größere Karte anzeigen"),
    ("body", "Visualizza mappa ingrandita"),
    ("body", "Otwórz w Mapach Google"),
    ("body", "Открыть в Яндекс Картах"),
    # scroll-on and swipe hints
    ("body", "Przewiń, aby czytać dalej"),
    ("body", "Scroll down to keep reading"),
    ("body", "Faites défiler pour continuer la lecture"),
    ("body", "Scrollen, um weiterzulesen"),
    ("body", "Scorri per continuare a leggere"),
    ("body", "Прокрутите, чтобы читать дальше"),
    ("body", "Листайте вправо, чтобы посмотреть все фото"),
    ("body", "Swipe to see all photos"),
    ("body", "Balayez pour voir toutes les photos"),
    ("body", "Wischen, um alle Fotos zu sehen"),
    ("body", "Scorri per vedere tutte le foto"),
    ("body", "Przesuń, aby zobaczyć wszystkie zdjęcia"),
    # a player's countdown and its residue with scripts off
    ("head", "Il prossimo video partirà tra 5 secondi"),
    ("head", "Next video starts in 5 seconds"),
    ("head", "La prochaine vidéo commence dans 5 secondes"),
    ("head", "Das nächste Video startet in 5 Sekunden"),
    ("head", "Następny film rozpocznie się za 5 sekund"),
    ("head", "Следующее видео начнётся через 5 секунд"),
    ("body", "This video can not be played To play this video you need to enable JavaScript in your browser."),
    ("body", "Cette vidéo ne peut pas être lue. Pour lire cette vidéo, vous devez activer JavaScript."),
    ("body", "Dieses Video kann nicht abgespielt werden"),
    ("body", "Questo video non può essere riprodotto"),
    ("body", "Nie można odtworzyć tego filmu"),
    ("body", "Это видео не может быть воспроизведено"),
])
def test_round_79_comment_rules_map_links_scroll_hints_and_player_residue_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    ("tail", "Netiquette is a word from the early days of Usenet, the professor explained."),
    ("tail", "Community guidelines: the council will publish a draft in May."),
    ("tail", "Please keep comments about the plan to the consultation, the council said."),
    ("tail", "Regolamento dei commenti approvato ieri dal consiglio comunale."),
    ("body", "Open in Google Maps, the route looks shorter than it is on the ground."),
    ("body", "Agrandir le plan de circulation n'a pas suffi, reconnaît le maire."),
    ("body", "Открыть в Яндекс Картах новый маршрут автобуса пока нельзя."),
    ("body", "Swipe cards will replace the old paper permits from January, the council said."),
    ("body", "The next video starts in the new year, when the club films its second season."),
    ("body", "Listeners said this video can not be played on the old school computers."),
    ("body", "Przewiń do końca raportu, aby zobaczyć tabelę wyników, radzi rzecznik."),
    ("body", "Следующее видео клуб снимет весной, когда откроется сезон."),
])
def test_round_79_comment_rules_map_scroll_and_player_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# (round 79) a topic's rail of more news between two paragraphs, its heading over three headlines (set 97's surgery
# story: "More health news" over "Walk-in centre to close at 6pm over the winter", ...)
_ROUND_79_MORE_NEWS = {
    "en": ("More health news", ["Walk-in centre to close at 6pm over the winter",
                                "Flu jab clinic at the leisure centre this Saturday",
                                "Hospital car park charges frozen for another year"]),
    "fr": ("Plus d'actualités santé", ["Le centre de soins fermera à 18 heures cet hiver",
                                       "Vaccination contre la grippe samedi au gymnase",
                                       "Le parking de l'hôpital reste gratuit un an de plus"]),
    "de": ("Weitere Nachrichten aus der Region", ["Notfallpraxis schließt im Winter schon um 18 Uhr",
                                                  "Grippeimpfung am Samstag in der Stadthalle",
                                                  "Parkgebühren am Klinikum bleiben ein weiteres Jahr gleich"]),
    "it": ("Altre notizie di salute", ["La guardia medica chiuderà alle 18 per tutto l'inverno",
                                       "Vaccini antinfluenzali sabato al palazzetto",
                                       "Parcheggio dell'ospedale, tariffe ferme per un altro anno"]),
    "pl": ("Więcej wiadomości z regionu", ["Nocna pomoc lekarska krócej przez całą zimę",
                                           "Szczepienia przeciw grypie w sobotę w hali sportowej",
                                           "Opłaty za parking przy szpitalu bez zmian przez kolejny rok"]),
    "ru": ("Ещё новости здоровья", ["Травмпункт зимой будет закрываться в 18 часов",
                                    "Прививки от гриппа в субботу в спорткомплексе",
                                    "Плата за парковку у больницы не вырастет ещё год"]),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_79_MORE_NEWS))
def test_round_79_a_rail_of_more_news_between_paragraphs_goes(lang):
    heading, headlines = _ROUND_79_MORE_NEWS[lang]
    case = page_from_blocks(f"round79-more-news-{lang}", [
        ["-Cresslowe Echo", "-News · Sport · What's on"],
        ["+Two village surgeries will merge into one practice from March"],
        ["-By Imogen Tresize", "-3 December 2026"],
        ["+The surgeries at Tannery Lane and Orchard Row will become one practice with a single phone line in March."],
        ["-" + heading, *("-" + h for h in headlines)],
        ["+\"Patients will see the same doctors, only the booking will be easier,\" the practice manager said."],
        ["+Both buildings will stay open, with the Friday nurse clinic moving to Orchard Row."],
        ["+A meeting for patients will be held at the village hall in January."],
        ["-Tags: health, surgeries", "-© 2026 Cresslowe Echo"],
    ])
    assert _problems(case, lang) == []


def test_round_79_a_more_news_heading_over_the_articles_own_paragraphs_stays():
    case = page_from_blocks("round79-more-news-near-miss", [
        ["-Cresslowe Echo", "-News · Sport · What's on"],
        ["+Two village surgeries will merge into one practice from March"],
        ["-3 December 2026"],
        ["+The surgeries at Tannery Lane and Orchard Row will become one practice with a single phone line in March."],
        ["+\"Patients will see the same doctors, only the booking will be easier,\" the practice manager said."],
        ["+More health news", "+The county also said the walk-in centre would close at six over the winter.",
         "+A flu jab clinic will be held at the leisure centre on Saturday."],
        ["+A meeting for patients will be held at the village hall in January."],
        ["-Tags: health, surgeries", "-© 2026 Cresslowe Echo"],
    ])
    assert [p for p in _problems(case, "en") if p.startswith("lost")] == []


# --- round 80 -------------------------------------------------------------------------------

_ROUND_80_TIMETABLE_ROWS = {
    # (subheading, two rows listing times, a third row, a prompt between the rows and the last paragraphs)
    "en": ("The new timetable", "From Elmby pier: 7:00, 10:00, 14:00, 17:00", "From Holly Cross: 7:30, 10:30, 14:30",
           "The last crossing is cancelled at weekends", "Follow our Telegram channel for news of cancelled crossings"),
    "fr": ("Les nouveaux horaires", "Depuis le quai Nord : 7h00, 10h00, 14h00, 17h00",
           "Depuis Sainte-Orne : 7h30, 10h30, 14h30", "Le dernier bac est supprimé le week-end",
           "Suivez notre chaîne Telegram pour être prévenu des annulations"),
    "de": ("Der neue Fahrplan", "Ab Kirchdorf: 7.00, 10.00, 14.00, 17.00 Uhr", "Ab Auel: 7.30, 10.30, 14.30 Uhr",
           "Am Wochenende entfällt die letzte Fahrt", "Folgen Sie unserem Telegram-Kanal für Ausfälle"),
    "it": ("I nuovi orari", "Da San Vito: 7.00, 10.00, 14.00, 17.00", "Dal mercato: 7.30; 10.30; 14.30",
           "Nel fine settimana l'ultima corsa è soppressa", "Seguite il nostro canale Telegram per le cancellazioni"),
    "pl": ("Nowy rozkład", "Z Dąbrówki: 7:00, 10:00, 14:00, 17:00", "Z Olszynki: 7:30, 10:30, 14:30",
           "W weekendy ostatni kurs jest odwołany", "Obserwuj nasz kanał na Telegramie, by wiedzieć o odwołanych kursach"),
    "ru": ("Новое расписание", "Из Берёзовки: 7:00, 10:00, 14:00, 17:00", "Из Ольшанки: 7:30, 10:30, 14:30",
           "По выходным последний рейс отменяется",
           "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать об отмене рейсов"),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_80_TIMETABLE_ROWS))
def test_round_80_timetable_rows_listing_times_are_no_commenters(lang):
    # (round 80) set 99's ferry story: two rows of its subheading's block listing four times each ("Из Ольхового
    # Плёса: 7:00, 10:00, 14:00, 17:00") read as two commenters' headers, so the page's thread started at the
    # subheading and the rows and the two last paragraphs under its Telegram prompt went
    heading, row1, row2, row3, prompt = _ROUND_80_TIMETABLE_ROWS[lang]
    case = page_from_blocks(f"round80-timetable-rows-{lang}", [
        ["-Valley Courier", "-News · Sport · What's on"],
        ["+The river ferry moves to its winter timetable: four crossings a day instead of eight"],
        ["-By Imogen Tresize", "-3 December 2026, 15:20"],
        ["+From 15 December the ferry between the two banks will run to its winter timetable."],
        ["+The operator is cutting crossings because of ice and the early dusk."],
        ["+\"When the ice comes we stop anyway, until then we will carry as many people as we can,\" the captain "
         "said."],
        [f"+{heading}"], [f"+{row1}"], [f"+{row2}"], [f"+{row3}"],
        [f"-{prompt}"],
        ["+Fares will not change: two pounds for adults, free for school children."],
        ["+Once the river freezes, a hovercraft will carry the villagers across."],
        ["-Comments (3)", "-olga_s", "-Will we make the 7:30 bus?", "-↳ Editor", "-The bus will wait for the ferry.",
         "-Pete M.", "-Eight crossings were too few already.", "-© 2026 Valley Courier"],
    ])
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def test_round_80_time_lists_and_commenters():
    # (round 80) a row listing two or more times of day is a timetable's; a commenter's header carries one time
    from spinscope.ingest.clean import Line
    from spinscope.ingest.page_blocks import _is_time_in_article_row

    def row(texts):
        return [Line(0, 0, t) for t in texts]

    assert _is_time_in_article_row(row(["Новое расписание", "Из Ольхового Плёса: 7:00, 10:00, 14:00, 17:00"]), 1)
    assert _is_time_in_article_row(row(["Horaires", "Départs : 7h00, 12h00, 18h00"]), 1)
    assert _is_time_in_article_row(row(["Fahrplan", "Ab Bahnhof: 6:12 / 7:12 / 8:12"]), 1)
    assert _is_time_in_article_row(row(["Orari", "Partenze: 8.15; 12.15"]), 1)
    # near misses: commenters' headers with one time, stamps with a date
    assert not _is_time_in_article_row(row(["Great run!", "Ewa P. 12:30"]), 1)
    assert not _is_time_in_article_row(row(["Валентина", "3 декабря 2026, 15:20"]), 1)
    assert not _is_time_in_article_row(row(["Kasia", "12.03.2024, 14:30"]), 1)
    assert not _is_time_in_article_row(row(["Thanks!", "Anna · 12:30 · Reply"]), 1)


@pytest.mark.parametrize("where, line", [
    # (round 80) the site's own channel under a follow verb with "our", with what it brings after it
    ("body", "Follow our Telegram channel for news of cancelled crossings"),
    ("body", "Suivez notre chaîne Telegram pour être prévenu des annulations"),
    ("body", "Folgen Sie unserem Telegram-Kanal für Ausfälle"),
    ("body", "Seguite il nostro canale Telegram per le cancellazioni"),
    ("body", "Obserwuj nasz kanał na Telegramie, by wiedzieć o odwołanych kursach"),
    ("body", "Следите за нашим каналом в Telegram, чтобы первыми узнавать об отмене рейсов"),
])
def test_round_80_follow_our_channel_prompts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the call reported in a sentence, or a follow with no channel
    ("body", "The mayor urged residents to follow our Telegram channel for updates on the ice."),
    ("body", "Follow our guide to the new timetable for details of every crossing."),
    ("body", "Folgen Sie unserem Rat und planen Sie für den Winter mehr Zeit ein."),
    ("body", "Следите за нашими публикациями о ледоставе: редакция будет на берегу всю неделю."),
])
def test_round_80_follow_our_channel_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 80) a caption with the archive's credit after it, or under an archive picture's label or the Polish "Fot."
    ("body", "Le tablier du pont, où des fissures ont été relevées en octobre. Photo archives"),
    ("body", "Хор «Рябинушка» на сцене областной филармонии. Фото из архива хора."),
    ("body", "The old pier before the storm. Photo archive"),
    ("body", "Die alte Brücke im Winter. Bild Archiv"),
    ("body", "Il ponte vecchio sotto la neve. Foto archivio"),
    ("body", "Stary most zimą. Zdjęcie archiwalne."),
    ("body", "Foto d'archivio: la stazione di Valcastrena nell'ora di punta"),
    ("body", "Archive photo: the old pier before the storm"),
    ("body", "Photo d'archives : le pont en 1952"),
    ("body", "Archivfoto: die alte Brücke im Winter"),
    ("body", "Zdjęcie archiwalne: stary most zimą"),
    ("body", "Архивное фото: старый мост зимой"),
    ("body", "Fot. Przystanek przy dworcu autobusowym w Brzozolesiu"),
])
def test_round_80_archive_captions_and_fot_labels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the archive in a sentence, a clause after the picture's word, "Fot." opening no caption
    ("body", "She kept every photo. Photo archives were her passion."),
    ("body", "The photo was found in the archives of the town."),
    ("body", "Он показал фото из архива семьи."),
    ("body", "Stary most zimą. Zdjęcie archiwalne jest w muzeum."),
    ("body", "Il sindaco ha mostrato le foto. Foto archivio sono in mostra."),
    ("body", "Fot. przez lata robiłem sam, teraz już nie."),
])
def test_round_80_archive_caption_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 80) a gallery's label with what it shows and how many pictures
    ("body", "Galleria: 14 foto della gara"),
    ("body", "Bildergalerie: Die schönsten Stücke der Ausstellung (12 Bilder)"),
    ("body", "Guarda la fotogallery: la festa in 30 scatti"),
    ("body", "Gallery: 20 photos from the final"),
    ("body", "Galerie : le concert en 15 photos"),
    ("body", "Galeria: 24 zdjęcia z finału"),
    ("body", "Фотогалерея: 20 снимков с финала"),
    # the links said to be affiliates', some of them
    ("tail", "Certains liens ci-dessous sont affiliés."),
    ("tail", "Alcuni dei link qui sotto sono link di affiliazione."),
    ("tail", "Some of the links below are affiliate links."),
    ("tail", "Einige der Links unten sind Affiliate-Links."),
    ("tail", "Niektóre linki poniżej są afiliacyjne."),
    ("tail", "Некоторые ссылки ниже — партнёрские."),
    # a file named with its type: a route's track to download, a document's title with its type
    ("body", "Scarica la traccia GPX del percorso"),
    ("body", "Download the GPX track of the route"),
    ("body", "Télécharger la trace GPX du parcours"),
    ("body", "GPX-Track der Strecke herunterladen"),
    ("body", "Pobierz ślad GPX trasy"),
    ("body", "Скачать GPX-трек маршрута"),
    ("body", "Расписание в формате PDF"),
    ("body", "Timetable as PDF"),
    ("body", "Les horaires en PDF"),
    ("body", "Orari in formato PDF"),
    ("body", "Rozkład jazdy w formacie PDF"),
    # the partners' news label
    ("tail", "Новости партнёров"),
    ("tail", "Partner news"),
    ("tail", "Actualités partenaires"),
    ("tail", "Nachrichten unserer Partner"),
    ("tail", "Notizie dai partner"),
    ("tail", "Wiadomości partnerów"),
])
def test_round_80_gallery_affiliate_file_and_partner_lines_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences on galleries, links, files and partners
    ("body", "Galleria: 14 foto della gara sono esposte in municipio."),
    ("body", "Gallery: the town hall shows 12 photos by local children."),
    ("body", "Galerie: 12 Bilder hängen seit Montag im Foyer"),
    ("body", "Some links between the two towns are partner routes run by the county."),
    ("body", "Some of the links in the chain are weak."),
    ("body", "Некоторые ссылки на сайте ведут на партнёрские магазины, признал владелец."),
    ("body", "The report is in PDF"),
    ("body", "Il bando è in PDF"),
    ("body", "Download speeds in the village are still poor"),
    ("body", "Partner news is what the council calls its bulletin."),
    ("body", "Новости партнёров клуба обсудят в субботу"),
])
def test_round_80_gallery_affiliate_file_and_partner_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 80) an embedded post's attribution, a picture source, a player's buttons and placeholders
    ("body", "— Ottermoss Buses (@ottermossbus) December 3, 2026"),
    ("body", "— Ville de Lyon (@villelyon) 3 décembre 2026"),
    ("body", "Image source, Getty Images"),
    ("body", "Автор фото, Getty Images"),
    ("body", "Развернуть на весь экран"),
    ("body", "View full screen"),
    ("body", "Afficher en plein écran"),
    ("body", "Im Vollbild anzeigen"),
    ("body", "Guarda a schermo intero"),
    ("body", "Pełny ekran"),
    ("body", "Zum Abspielen des Videos bitte auf das Bild klicken"),
    ("body", "Click the image to play the video"),
    ("body", "Cliquez sur l'image pour lancer la vidéo"),
    ("body", "Clicca sull'immagine per avviare il video"),
    ("body", "Kliknij obrazek, aby odtworzyć wideo"),
    ("body", "Нажмите на изображение, чтобы воспроизвести видео"),
    ("body", "Чтобы посмотреть ролик, отключите блокировщик рекламы."),
    ("body", "To watch this video, please disable your ad blocker."),
    ("body", "Um das Video zu sehen, deaktivieren Sie bitte Ihren Adblocker."),
    ("body", "Le contenu de cette page nécessite une version plus récente d'Adobe Flash Player."),
    ("body", "This content requires the latest version of Adobe Flash Player."),
    ("body", "Dieser Inhalt benötigt eine neuere Version des Adobe Flash Player."),
])
def test_round_80_embed_attributions_sources_and_player_residue_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences on Flash, screens, sources and handles
    ("body", "Adobe Flash Player was retired in 2020."),
    ("body", "The old site requires Flash, the museum admitted on Monday."),
    ("body", "The full screen at the cinema was replaced in May."),
    ("body", "Image source, the council said, was a local photographer."),
    ("body", "The mayor wrote (@mayor) on Friday that the line would open."),
    ("body", "— Jo, proud local and never a tourist (@jo_local) July 19, 2022"),  # a phrase for a name: the poster's words
    ("body", "Нажмите на педаль, чтобы запустить станок, объяснил мастер."),
])
def test_round_80_embed_and_player_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 80) the minutes it takes to read the page said first, the page said to require them, the words counted
    ("head", "Ci vogliono circa sei minuti per leggere questo articolo."),
    ("head", "It takes about six minutes to read this article."),
    ("head", "Il faut environ six minutes pour lire cet article."),
    ("head", "Man braucht etwa sechs Minuten, um diesen Artikel zu lesen."),
    ("head", "Potrzeba około 6 minut, by przeczytać ten artykuł."),
    ("head", "Чтобы прочитать эту статью, нужно около 6 минут."),
    ("head", "Questo articolo richiede circa 6 minuti di lettura"),
    ("head", "This article requires about 6 minutes of reading"),
    ("head", "Cet article demande environ 6 minutes de lecture"),
    ("head", "Dieser Artikel erfordert etwa 6 Minuten Lesezeit"),
    ("head", "Ten artykuł wymaga około 6 minut czytania"),
    ("head", "Эта статья требует около 6 минут чтения"),
    ("head", "This story is 1,180 words long – about a five-minute read."),
])
def test_round_80_reading_time_sentences_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: minutes to do something else, a clause after the reading time
    ("body", "It takes about six minutes to walk from the station to the pier."),
    ("body", "Ci vogliono circa sei minuti per arrivare alla stazione."),
    ("body", "Il faut environ six minutes pour traverser le pont à pied."),
    ("body", "This article requires about 6 minutes of reading, the editors decided."),
])
def test_round_80_reading_time_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 80) a blog theme's feed links and the engine's timing of the page; a column's host
    ("tail", "Entries (RSS) and Comments (RSS)."),
    ("tail", "Articles (RSS) et Commentaires (RSS)"),
    ("tail", "Beiträge (RSS) und Kommentare (RSS)"),
    ("tail", "Articoli (RSS) e Commenti (RSS)"),
    ("tail", "Wpisy (RSS) i Komentarze (RSS)"),
    ("tail", "Записи (RSS) и Комментарии (RSS)"),
    ("tail", "Page generated in 0.412 seconds."),
    ("tail", "Page générée en 0,41 secondes"),
    ("tail", "Seite generiert in 0,41 Sekunden"),
    ("tail", "Pagina generata in 0,41 secondi"),
    ("tail", "Strona wygenerowana w 0,41 s"),
    ("tail", "Страница сгенерирована за 0,41 сек."),
    ("head", "Рубрику ведёт Зиновий Крутоярцев"),
    ("head", "Column hosted by Jane Reed"),
    ("head", "Chronique animée par Paul Girard"),
    ("head", "Rubrykę prowadzi Anna Wróbel"),
])
def test_round_80_feed_links_page_timing_and_column_hosts_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences on pages, feeds and columns
    ("body", "The page generated in 2019 still draws readers, the editor said."),
    ("body", "Рубрику ведёт редакция вместе с читателями уже десять лет."),
    ("body", "Column hosted by the council drew few readers."),
])
def test_round_80_feed_timing_and_column_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


# --- round 81 -------------------------------------------------------------------------------

_ROUND_81_TIMETABLE_ROWS = {
    # (subheading, a departure and an arrival, two runs joined by "and", one run in words, a file offer between rows)
    "en": ("The new timetable in short", "Leaves Elmby at 7:20, arrives at the school at 7:45",
           "Back after lessons at 14:10 and 15:40", "On Fridays an extra run at 13:15",
           "Download the timetable (PDF, 120 KB)"),
    "fr": ("Les nouveaux horaires en bref", "Départ de Sainte-Orne à 7h20, arrivée à l'école à 7h45",
           "Retour après les cours à 14h10 et 15h40", "Le vendredi un car de plus à 13h15",
           "Télécharger les horaires (PDF, 120 Ko)"),
    "de": ("Der neue Fahrplan kurz", "Abfahrt in Kirchdorf um 7:20, Ankunft an der Schule um 7:45",
           "Rückfahrt nach dem Unterricht um 14:10 und 15:40", "Freitags ein zusätzlicher Bus um 13:15",
           "Fahrplan herunterladen (PDF, 120 KB)"),
    "it": ("I nuovi orari in breve", "Partenza da San Vito alle 7:20, arrivo a scuola alle 7:45",
           "Ritorno dopo le lezioni alle 14:10 e 15:40", "Il venerdì una corsa in più alle 13:15",
           "Scarica gli orari (PDF, 120 KB)"),
    "pl": ("Nowy rozkład w skrócie", "Odjazd z Dąbrówki o 7:20, przyjazd pod szkołę o 7:45",
           "Powrót po lekcjach o 14:10 i 15:40", "W piątki dodatkowy kurs o 13:15",
           "Pobierz rozkład jazdy (PDF, 120 KB)"),
    "ru": ("Новое расписание коротко", "Отправление из Берёзовки в 7:20, прибытие к школе в 7:45",
           "Обратно после уроков в 14:10 и 15:40", "По пятницам дополнительный рейс в 13:15",
           "Скачать расписание (PDF, 120 КБ)"),
}


@pytest.mark.parametrize("lang", sorted(_ROUND_81_TIMETABLE_ROWS))
def test_round_81_timetable_rows_with_worded_times_are_no_commenters(lang):
    # (round 81) set 102's school-bus story: rows with a departure and an arrival, two runs joined by "and" or one run
    # in words ("Odjazd z Jaskrowic o 7:20, przyjazd pod szkołę o 7:45") read as commenters' headers and as worded
    # stamps, so the page's thread started at the subheading and the rows and the two last paragraphs went
    heading, row1, row2, row3, offer = _ROUND_81_TIMETABLE_ROWS[lang]
    case = page_from_blocks(f"round81-timetable-rows-{lang}", [
        ["-Valley Courier", "-News · Sport · What's on"],
        ["+The school bus takes a new route: children from the hill farms will be at school a quarter of an hour "
         "earlier"],
        ["-By Imogen Tresize", "-3 December 2026, 15:20"],
        ["+From 5 January the school bus will no longer loop round the industrial estate."],
        ["+The trip to the primary school will shrink from forty to twenty-five minutes."],
        ["+\"Parents have asked for this for two years,\" the head teacher said."],
        [f"+{heading}"], [f"+{row1}"], [f"+{row2}"], [f"-{offer}"], [f"+{row3}"],
        ["+The council says the route will be reviewed after the winter holidays."],
        ["+Comments can be left with the school office."],
        ["-Comments (3)", "-olga_s", "-Finally!", "-↳ Editor", "-The bus will wait for the train.",
         "-Pete M.", "-The driver is a star.", "-© 2026 Valley Courier"],
    ])
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def test_round_81_clock_rows_and_stamps():
    # (round 81) a row of words in lower case round a time, no date, no day, no author: a timetable's row
    from spinscope.ingest.page_blocks import _is_clock_row

    for row in ["W piątki dodatkowy kurs o 13:15", "Powrót po lekcjach o 14:10 i 15:40",
                "Freitags ein zusätzlicher Bus um 13:15", "По пятницам дополнительный рейс в 13:15"]:
        assert _is_clock_row(row), row
    # near misses: a commenter's header, a stamp with a day or a date, a post's stamp with its author
    for row in ["Kasia · dziś o 13:15", "Anonimo 12 marzo 2024 alle ore 10:22", "Ewa P. 12:30",
                "dodane przez admina o 21:37", "posted by admin at 21:37", "Mis à jour le 12 mars 2024 à 13h15",
                "2 godz. temu o 13:15"]:
        assert not _is_clock_row(row), row


@pytest.mark.parametrize("where, line", [
    # (round 81) a bare degree after a word of angle or slope is an angle: a row of the article, no weather widget
    ("body", "Разлиновка с углом 5° для засечек"),
    ("body", "Ruling at a 5° slant for the serifs"),
    ("body", "Lignes inclinées à 5° pour les empattements"),
    ("body", "Federwinkel 30° halten"),
    ("body", "Angolo della penna a 30°"),
    ("body", "Pióro pod kątem 30° do linii"),
])
def test_round_81_angles_are_no_weather_widgets(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: weather widgets with a temperature stay noise
    ("head", "Weather: London 14°C, light rain"),
    ("head", "Москва +3°C ☁"),
    ("head", "Zawilcowo, -2°C, pochmurno"),
])
def test_round_81_angle_near_misses_weather_widgets_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) the editors' pick with its headline (no full stop)
    ("body", "Polecamy: Ferie w gminie – program zajęć dla dzieci"),
    ("body", "We recommend: Winter holidays in the borough – what's on for children"),
    ("body", "Nous vous recommandons : Vacances d'hiver – le programme pour les enfants"),
    ("body", "Wir empfehlen: Winterferien in der Gemeinde – das Programm für Kinder"),
    ("body", "Vi consigliamo: Vacanze invernali in paese – il programma per i bambini"),
    ("body", "Рекомендуем: Зимние каникулы в районе – программа для детей"),
])
def test_round_81_recommended_headline_labels_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: a tip in a sentence ends in its full stop; the verb inside an article sentence
    ("body", "Wir empfehlen: früh anreisen und warme Kleidung mitnehmen."),
    ("body", "Polecamy: zabierzcie ciepłe ubrania i termos z herbatą."),
    ("body", "We recommend the new timetable to every family on the route, the head said."),
])
def test_round_81_recommended_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) a call reported in a sentence, its clause of saying a reporting verb of the family, in the past of a
    # told story too (set 102's keep line)
    ("head", "Iscriviti entro venerdì, ha ricordato la direttrice del campo estivo ai genitori ritardatari."),
    ("head", "Iscriviti alla newsletter del comune, ha spiegato il sindaco ai cittadini presenti."),
    ("body", "Iscrivetevi entro lunedì, ha aggiunto l'assessore durante la riunione in municipio."),
    ("head", "Sign up for the newsletter by Friday, the head teacher stressed to the late parents."),
    ("head", "Abonnez-vous à la lettre, a expliqué le maire aux habitants réunis."),
    ("head", "Inscrivez-vous avant vendredi, a souligné la directrice du centre aux parents."),
    ("head", "Melden Sie sich für den Newsletter an, unterstrich die Leiterin vor den Eltern."),
    ("head", "Zapisz się na listę, podkreślił trener przed ostatnim meczem sezonu."),
    ("head", "Zapisz się do newslettera, przypomniała dyrektorka spóźnionym rodzicom."),
    ("head", "Подпишитесь на рассылку школы, пояснил директор на родительском собрании."),
    ("head", "Подпишитесь на рассылку до пятницы, напомнила директор лагеря родителям."),
])
def test_round_81_reported_calls_with_reporting_verbs_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: real sign-up prompts, with no clause of saying
    ("head", "Iscriviti entro venerdì alla newsletter, ricevi subito lo sconto."),
    ("head", "Abonnez-vous à notre lettre, c'est gratuit et sans engagement."),
    ("head", "Zapisz się do newslettera, to nic nie kosztuje."),
    ("head", "Подпишитесь на наш канал, чтобы не пропустить новые посты."),
    ("head", "Sign up by Friday to get our newsletter, it's free."),
])
def test_round_81_sign_up_prompt_near_misses_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) an affiliate link's label alone or over the link's words, the links said to be affiliates' with their
    # gain after a colon, a line tagging itself an affiliate link
    ("body", 'These links are affiliate links: if you buy, I earn a small commission.'),
    ("body", 'Die Links sind Affiliate-Links: Wenn du kaufst, bekomme ich eine kleine Provision.'),
    ("body", 'Linki są partnerskie: jeśli kupisz, dostanę małą prowizję.'),
    ("body", 'Ссылки — партнёрские: если купите, я получу небольшую комиссию.'),
    ("body", "Mon sécateur est ici – c'est un lien affilié."),
    ("body", 'Il coltello che uso è qui – è un link affiliato.'),
    ("body", 'Nóż, którego używam, jest tutaj – to link partnerski.'),
    ("body", '(affiliate link)'),
    ("body", 'Lien affilié'),
    ("body", 'Link partnerski'),
    ("body", 'Партнёрская ссылка'),
    ("body", 'Affiliate link: the marble powder I use'),
    ("body", "Lien affilié : la poudre que j'utilise"),
    ("body", 'Ces liens sont affiliés : si vous achetez, je touche une petite commission.'),
    ("body", 'Alcuni link sono affiliati: se acquisti, il blog riceve una piccola percentuale.'),
    ("body", '*Affiliate-Link'),
    ("body", 'Link affiliato'),
    ("body", '*Affiliate-Link: Das Marmormehl bekommst du hier'),
    ("body", "(The fondant I use is in my shop list – that's an affiliate link.)"),
])
def test_round_81_affiliate_labels_gains_and_tags_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences on affiliate and partner links, reported or with no gain of the writer's
    ("body", 'The links between the two schools are affiliate links in name only, the head said.'),
    ("body", "Affiliate links are banned on the council's website, the report says."),
    ("body", 'Les liens affiliés sont interdits sur le site de la mairie, rappelle le rapport.'),
    ("body", 'Partnerskie linki między szkołami to pomysł dyrekcji, który rodzice przyjęli ciepło.'),
    ("body", 'The partner schools are listed on the website: each pays a small commission to the trust.'),
    ("body", 'Ссылки на партнёрские магазины запретили в школьных чатах: родители жаловались на рекламу.'),
])
def test_round_81_affiliate_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) a shop's button under the product's label and a colon; the writer's pointer with a "here"
    ("body", 'Den Tröpfchentest, den ich benutze, findest du hier bei Amazon*'),
    ("body", 'Mon sécateur préféré : voir le prix sur Amazon'),
    ("body", "The test kit I use you'll find here on Amazon"),
    ("body", 'Il kit lo trovi qui su Amazon'),
    ("body", 'My favourite secateurs: check the price on Amazon'),
    ("body", 'Meine Lieblingsschere: jetzt bei Amazon kaufen'),
    ("body", 'Le mie cesoie preferite: vedi il prezzo su Amazon'),
    ("body", 'Mój sekator: sprawdź cenę na Allegro'),
    ("body", 'Мой секатор: смотреть цену на Ozon'),
])
def test_round_81_shop_buttons_under_labels_and_pointers_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: a shop named in the article's sentences
    ("body", "The council's report: Amazon sells the same kit for half the price, the trader said."),
    ("body", 'Amazon: the warehouse in the valley will close in March, the union said.'),
    ("body", 'Mój sekator kupiłam na Allegro, ale po tygodniu się zepsuł.'),
    ("body", 'Den Test findest du in jeder Zoohandlung, sagt der Züchter.'),
])
def test_round_81_shop_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) a route's file said to be downloadable, and where, no sentence
    ("body", "Traccia GPX scaricabile in fondo all'articolo"),
    ("body", 'GPX track to download at the end of the post'),
    ("body", "Trace GPX téléchargeable en bas de l'article"),
    ("body", 'GPX-Track zum Download am Ende des Beitrags'),
    ("body", 'Ślad GPX do pobrania na końcu wpisu'),
    ("body", 'GPX-трек для скачивания в конце статьи'),
])
def test_round_81_downloadable_file_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the file in the article's sentences
    ("body", "The GPX track to download from the park's website is out of date, the rangers admit."),
    ("body", 'La traccia GPX scaricabile dal sito del parco non segue più il sentiero franato.'),
])
def test_round_81_downloadable_file_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) a comment's sent-from-the-app tag; the writer's account as where more of the post's kind is; the site's
    # membership of a press network; a gallery's navigation row
    ("tail", 'wysłano z aplikacji mobilnej'),
    ("tail", 'Sent from the mobile app'),
    ("tail", "Envoyé depuis l'application mobile"),
    ("tail", 'Über die App gesendet'),
    ("tail", "Inviato dall'app mobile"),
    ("tail", 'Отправлено из мобильного приложения'),
    ("tail", 'Więcej przepisów znajdziesz na moim Instagramie'),
    ("tail", 'More recipes on my Instagram'),
    ("tail", 'Plus de recettes sur mon Instagram'),
    ("tail", 'Mehr Rezepte findest du auf meinem Instagram'),
    ("tail", 'Altre ricette le trovi sul mio Instagram'),
    ("tail", 'Больше рецептов — в моём Instagram'),
    ("tail", 'Proud member of the Independent Community News Network.'),
    ("tail", 'Membre du réseau des médias indépendants'),
    ("tail", 'Mitglied im Verband Lokaler Medien'),
    ("tail", 'Membro della Federazione dei settimanali cattolici'),
    ("tail", 'Członek Stowarzyszenia Gazet Lokalnych'),
    ("tail", 'Член ассоциации независимых региональных издателей'),
    ("body", 'Bild 3 von 12 · Zurück · Weiter'),
    ("body", 'Photo 3 of 12 · Previous · Next'),
    ("body", 'Photo 3 sur 12 · Précédente · Suivante'),
    ("body", 'Foto 3 di 12 · Indietro · Avanti'),
    ("body", 'Zdjęcie 3 z 12 · Poprzednie · Następne'),
    ("body", 'Фото 3 из 12 · Назад · Вперёд'),
])
def test_round_81_app_tags_account_plugs_memberships_and_gallery_rows_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences opening with the same words
    ("body", 'More recipes on my list this winter will use lentils, the chef said.'),
    ("body", 'Member of the network since 2019, she chairs its board.'),
    ("body", 'Członek stowarzyszenia od 2019 roku, prowadzi zajęcia dla dzieci.'),
    ("body", 'Mitglied im Verband ist die Schule seit zehn Jahren.'),
    ("body", 'Photo 3 of 12 shows the old bridge before the flood.'),
    ("body", 'Sent from the mobile app, the alerts reached every parent within a minute.'),
    ("body", 'Więcej przepisów znajdziesz w książce, którą wydała w zeszłym roku.'),
    ("body", 'Członek stowarzyszenia od lat prowadzi zajęcia dla dzieci.'),
    ("body", 'Membre du réseau depuis dix ans, elle anime les ateliers.'),
])
def test_round_81_app_tag_plug_membership_and_gallery_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 81) the newsletter box's label over what comes and how often; its promise of one mail a period and no spam
    ("body", 'Newsletter: Neue Beiträge einmal im Monat per Mail'),
    ("body", 'Newsletter: new posts once a month by email'),
    ("body", 'Newsletter : les nouveaux articles une fois par mois'),
    ("body", 'Newsletter: i nuovi post una volta al mese'),
    ("body", 'Newsletter: nowe wpisy raz w miesiącu'),
    ("body", 'Рассылка: новые записи раз в месяц'),
    ("body", 'Una mail al mese, niente spam.'),
    ("body", 'One email a month, no spam.'),
    ("body", 'Un mail par mois, pas de spam.'),
    ("body", 'Eine Mail im Monat, kein Spam.'),
    ("body", 'Jeden mail w miesiącu, zero spamu.'),
    ("body", 'Одно письмо в месяц, без спама.'),
])
def test_round_81_newsletter_labels_and_no_spam_promises_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences on a newsletter or a mail a month
    ("body", 'The newsletter comes out once a month, the head said.'),
    ("body", 'One email a month was enough, the clerk said, and no spam complaints came in.'),
    ("body", 'Una mail al mese basta, dice la preside, per tenere informati i genitori.'),
])
def test_round_81_newsletter_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("lang, header, rows, after", [
    # (round 82) a price row the hire-or-pass rule takes alone is one row of the article's table when kept rows of a
    # label and a number stand with it, an ad slot's label between two rows at most, a colon or a dash after the label
    # (ru-portal-sosnovoyarsk-katok of set 103, ru-portal-klenogorsk-kovorking of set 104)
    ("ru", "Расписание катка", ["+Будни: с 16:00 до 21:00", "+Выходные: с 10:00 до 22:00", "-Реклама",
                                "+Прокат коньков: 150 рублей в час"], "Вход для детей до семи лет бесплатный."),
    ("ru", "Сколько стоит место", ["+Разовое посещение — 400 рублей в день", "+Абонемент на месяц — 5 500 рублей",
                                   "+Переговорная комната — 600 рублей в час"], "Коворкинг работает с 8 до 22 часов."),
    ("en", "Opening times", ["+Weekdays: 4 pm to 9:30 pm", "+Weekends: 10 am to 10 pm", "-Advertisement",
                             "+Skate hire: £3 per session"], "Children under seven skate free."),
    ("fr", "Horaires de la patinoire", ["+Semaine : de 16:00 à 21:00", "+Week-end : de 10:00 à 22:00", "-Publicité",
                                        "+Location de patins : 3 € la séance"],
     "L'entrée est gratuite pour les petits."),
    ("de", "Öffnungszeiten", ["+Werktags: 16:00 bis 21:00 Uhr", "+Wochenende: 10:00 bis 22:00 Uhr", "-Anzeige",
                              "+Schlittschuhverleih: 3 € pro Stunde"], "Kinder unter sieben laufen gratis."),
    ("it", "Gli orari", ["+Feriali: dalle 16:00 alle 21:00", "+Festivi: dalle 10:00 alle 22:00", "-Pubblicità",
                         "+Noleggio pattini: 3 euro a turno"], "I bambini sotto i sette anni entrano gratis."),
    ("pl", "Godziny otwarcia", ["+Dni powszednie: od 16:00 do 21:00", "+Weekendy: od 10:00 do 22:00", "-Reklama",
                                "+Wypożyczenie łyżew: 5 zł za godzinę"], "Dzieci do lat siedmiu wchodzą za darmo."),
])
def test_round_82_a_price_row_of_the_articles_table_stays(lang, header, rows, after):
    case = page_from_blocks("price-rows-" + lang, [
        ["-Skip to content", "-Home | News | Sport | Contact"],
        ["+The town's ice rink reopens after a summer of repairs to its cooling plant"],
        ["+The rink at the municipal stadium reopens on 20 December after the cooling plant and changing rooms were "
         "replaced.", "+" + header],
        *([row] for row in rows),
        ["+" + after, "+Tickets are sold at the gate on the day, the stadium's director told the paper."],
        ["-Print this page", "-© Tindlebrook Courier 2026 · Privacy · Cookies"],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("lines", [
    # near misses: the hire or pass with its price alone between two paragraphs, and a shop's box of prices with no
    # sentence of the article beside it, still go
    ["Skate hire: £3 per session"],
    ["Прокат коньков — 200 ₽ в час"],
    ["Day pass: £12", "Week pass: £40", "Skate hire: £3 per session"],
])
def test_round_82_a_price_row_alone_still_goes(lines):
    removed = " ".join(r.text for r in find_noise(_insert("tail", lines).raw))
    assert "hire" in removed or "Прокат" in removed


@pytest.mark.parametrize("lang, heading, thread", [
    # (round 82) a thread whose replies hold the replier and the words on one line after the arrows and a colon, under
    # a count or the readers' comments heading (set 103's rangefinder, swimming-pool, dinghy, chess, cycling and
    # chanterelle pages left theirs whole)
    ("en", "Reader comments", ["Gary_1982", "Great news for the whole town, about time.",
                               "↳ Chronicle desk: Thanks, Gary!", "↳↳ Gary_1982: Cheers for the update."]),
    ("fr", "Commentaires des lecteurs", ["Vieux_Rollei", "Superbe trouvaille, et quel rendu magnifique.",
                                         "↳ Anselme : Merci ! Elle dormait dans un grenier.",
                                         "↳↳ Vieux_Rollei : Les greniers sont plus frais qu'on croit."]),
    ("de", "Kommentare (2)", ["Wasserratte_74", "Zwei Jahre ohne Bad, und das mitten in der Krise.",
                              "↳ Antwort von Rundschau-Redaktion: Die Stadt prüft zusätzliche Kurse.",
                              "↳↳ Wasserratte_74: Danke für die Info!"]),
    ("it", "Commenti dei lettori", ["Alfiere_nero", "Ho imparato a giocare lì nel 1988, auguri al circolo!",
                                    "↳ Risposta di Castelvornio Notizie: Grazie del ricordo!",
                                    "↳↳ Alfiere_nero: Ci vediamo alla simultanea."]),
    ("pl", "Komentarze czytelników", ["Grzybiarz_Marek", "U mnie też jeszcze rosną!", "↳ Zbigniew: To rzadki rok.",
                                      "Pani_Halina", "Piękny koszyk."]),
    ("ru", "Комментарии читателей", ["Ирина_К", "Наконец-то! Дети ждали весь год.",
                                     "↳ Ответ редакции: Спасибо, ждём вас!", "↳↳ Ирина_К: Придём в первый же день."]),
])
def test_round_82_a_thread_of_inline_replies_goes(lang, heading, thread):
    case = page_from_blocks("inline-replies-" + lang, [
        ["+The rink at the municipal stadium reopens on 20 December after a summer of repairs"],
        ["+The cooling plant and the changing rooms were replaced over the summer at a cost the council did not give."],
        ["+Children under seven skate free, and tickets are sold at the gate on the day, the director said."],
        ["+The first public session starts at four in the afternoon on the opening day."],
        ["-" + heading, *("-" + line for line in thread)],
    ])
    assert _problems(case, lang) == []


@pytest.mark.parametrize("where, line", [
    # near misses: sentences opening with the readers' comments, and an arrow's bullet with a label in the article
    ("tail", "Komentarze czytelników były podzielone, ale większość poparła remont."),
    ("tail", "Commenti dei lettori e delle lettrici sono arrivati a centinaia in redazione."),
    ("tail", "Комментарии читателей редакция публикует после проверки, сказал главный редактор."),
    ("tail", "Leserkommentare hat die Stadt in ihre Planung aufgenommen, sagte der Bürgermeister."),
    ("body", "↳ Kosten: rund 14 Millionen Euro, die Hälfte zahlt das Land"),
])
def test_round_82_readers_comments_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 82) reading times in new wordings: the read said done in its minutes, the page as a text of so many minutes,
    # the words counted then the minutes (sets 103 and 104)
    ("head", "In etwa sieben Minuten gelesen"),
    ("head", "Read in about seven minutes"),
    ("head", "Lu en sept minutes environ"),
    ("head", "Letto in circa sette minuti"),
    ("head", "Przeczytasz w około siedem minut"),
    ("head", "Читается примерно за семь минут"),
    ("head", "Tekst na mniej więcej 7 minut czytania"),
    ("head", "Un articolo da sette minuti: mettiti comodo."),
    ("head", "Un article de sept minutes de lecture"),
    ("head", "Ein Text für etwa sieben Minuten"),
    ("head", "Текст примерно на 7 минут чтения"),
    ("head", "Reading length: medium, roughly seven minutes"),
    ("head", "Etwa 1.200 Wörter – rund sechs Minuten zum Lesen"),
    ("head", "About 1,200 words – roughly six minutes to read"),
    ("head", "Environ 1 200 mots – six minutes de lecture"),
    ("head", "Circa 1.200 parole – sei minuti di lettura"),
    ("head", "Około 1200 słów – sześć minut czytania"),
    ("head", "Около 1200 слов — шесть минут чтения"),
])
def test_round_82_reading_times_in_new_wordings_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences that open with the same words
    ("head", "In etwa sieben Minuten war der Brand gelöscht, sagte der Einsatzleiter."),
    ("head", "Read in about seven minutes, the statement left the councillors with more questions than answers."),
    ("head", "Un articolo da sette minuti non basta a spiegare la riforma, ha detto il sindaco."),
    ("head", "Tekst na tablicy przy wejściu przeczytało w ciągu godziny siedem osób."),
    ("head", "Текст примерно на семь страниц депутаты получили только утром."),
    ("head", "About 1,200 words of the report were blacked out before it was published."),
])
def test_round_82_reading_time_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 82) a reply left under a comment that is gone, and the article itself said to be no offer (sets 103, 104)
    ("tail", "Dieser Kommentar ist eine Antwort auf einen gelöschten Beitrag."),
    ("tail", "This comment is a reply to a deleted comment."),
    ("tail", "Ce commentaire répond à un message supprimé."),
    ("tail", "Questo commento è una risposta a un commento eliminato."),
    ("tail", "Ten komentarz jest odpowiedzią na usunięty komentarz."),
    ("tail", "Этот комментарий — ответ на удалённый комментарий."),
    ("tail", "Материал не является публичной офертой; цены и наличие уточняйте в магазине."),
    ("tail", "This article does not constitute an offer."),
    ("tail", "Cet article ne constitue pas une offre."),
    ("tail", "Dieser Beitrag stellt kein Angebot dar."),
    ("tail", "Questo articolo non costituisce offerta."),
    ("tail", "Ten artykuł nie stanowi oferty."),
])
def test_round_82_deleted_comment_replies_and_no_offer_notes_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences on deleted comments and on offers
    ("tail", "Dieser Kommentar ist eine Antwort auf die Kritik des Bürgermeisters an der Bäderplanung."),
    ("tail", "This comment is a reply to the council's statement on Monday, the club's chairman said."),
    ("tail", "Ten komentarz jest odpowiedzią na list mieszkańców, który trafił do urzędu w piątek."),
    ("tail", "Материал о ремонте катка редакция подготовила по просьбе читателей."),
    ("tail", "The article in the lease does not set a rent, the tenants' lawyer argued in court on Tuesday."),
])
def test_round_82_deleted_comment_and_no_offer_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("where, line", [
    # (round 82) a site's builder credit with its host after "and" (set 103's "Site built with Hugo and hosted on
    # Netlify.")
    ("tail", "Site built with Hugo and hosted on Netlify."),
    ("tail", "Site propulsé par Hugo et hébergé sur Netlify"),
    ("tail", "Seite erstellt mit Hugo und gehostet bei Netlify"),
    ("tail", "Sito creato con Hugo e ospitato su Netlify"),
    ("tail", "Strona zbudowana w Hugo i hostowana na Netlify"),
    ("tail", "Сайт сделан на Hugo и размещён на Netlify"),
])
def test_round_82_builder_and_host_credits_go(where, line):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    # near misses: the article's sentences about a site's builder and host
    ("tail", "Hugo, the club's treasurer, built the new site and hosts it on a server in his garage."),
    ("tail", "Le site, créé par des bénévoles et hébergé par la mairie, a coûté moins de mille euros."),
    ("tail", "Die Seite hat ein Student erstellt, und gehostet wird sie bei der Stadt, sagte die Vorsitzende."),
])
def test_round_82_builder_and_host_near_misses_stay(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []
