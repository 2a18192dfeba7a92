"""The subheading-rows invariant (spinscope.ingest.subheading_rows): a subheading and its rows inside
the article, removed by a structural (weak) reason, are given back; noise boxes of the same shape are not.

Each case is a page as (line, reason) pairs, the reason the cleaner's (None: kept): the weak
reasons are the ones the blind sets' lost runs had ("page tail", "page head", "comment thread",
"widget label", the edge classifier).
"""

from __future__ import annotations

import pytest

from spinscope.document import Removed
from spinscope.ingest.clean import find_noise
from spinscope.ingest.subheading_rows import give_back

P1 = {
    "en": "The council confirmed on Monday that the last post office counter in the village will close in April.",
    "fr": "La direction du centre hospitalier a renoncé mardi à imposer des gardes de douze heures la nuit.",
    "de": "Für das Bergland gilt ab Mittwochabend eine Unwetterwarnung vor Orkanböen bis 120 Kilometer pro Stunde.",
    "pl": "Siedem lat później przez środek wsi przebiega ekran akustyczny wysoki na sześć metrów.",
    "ru": "Третью зиму подряд в микрорайоне Сосновый горячая вода бывает только по выходным дням.",
    "it": "Con la chiusura, il centro storico resta senza un punto vendita di giornali per la prima volta.",
}
P2 = {
    "en": "The council has asked for the closure to be paused while its survey of cash services runs.",
    "fr": "Une assemblée générale des personnels de nuit est prévue le 19 mars à la salle des fêtes.",
    "de": "Die Landkreise haben für Donnerstag den Präsenzunterricht an den Schulen vorsorglich ausgesetzt.",
    "pl": "Dokumenty, o których piszę, są dostępne w biuletynie informacji publicznej gminy od wczoraj.",
    "ru": "Администрация обещает перерасчёт платы за все дни без горячей воды до конца месяца.",
    "it": "La raccolta firme è aperta in biblioteca fino al 20 marzo, poi passerà al Comune.",
}
RUNS = {
    "en": ["What residents are asked to do", "Write to the operator's consultation address before 15 April",
           "Attend the drop-in session at the library on 8 April",
           "Report missing cash services to the council's access survey"],
    "fr": ["Ce que nous avons obtenu", "Le maintien des équipes de dix heures en médecine",
           "Une prime de nuit revalorisée de 15 % dès avril", "Un groupe de travail sur les effectifs"],
    "de": ["Was der Wetterdienst rät", "Aufenthalt im Freien und besonders im Wald vermeiden",
           "Gegenstände auf Balkonen und Terrassen sichern", "Nicht unter Bäumen oder Gerüsten parken"],
    "pl": ["Co straciliśmy", "Drogę do szkoły, która dziś prowadzi przez wiadukt", "Dwa gospodarstwa i sad",
           "Przystanek autobusowy przy kościele"],
    "ru": ["Куда звонить жителям", "Аварийно-диспетчерская служба — круглосуточно",
           "Горячая линия администрации — с 8 до 20 часов", "Жилищная инспекция — по будням"],
    "it": ["Cosa succede ora", "Gli abbonamenti ai quotidiani passeranno al bar della stazione",
           "Il Comune valuta un bando per il chiosco", "Una raccolta firme chiede di mantenere il servizio"],
}
TITLE = "Harbour vote delayed again"


def _page(lines: list[tuple[str, str | None]]) -> tuple[str, list[Removed]]:
    raw, removed = "", []
    for text, reason in lines:
        start = len(raw)
        raw += text + "\n\n"
        if reason is not None:
            removed.append(Removed(start, start + len(text), reason, text))
    return raw, removed


def _given_back(lines: list[tuple[str, str | None]]) -> list[str]:
    raw, removed = _page(lines)
    after = give_back(raw, removed)
    for r in after:
        assert raw[r.start:r.end] == r.text
    left = {r.text for r in after}
    return [r.text for r in removed if r.text not in left]


@pytest.mark.parametrize("lang", sorted(RUNS))
def test_run_between_paragraphs_is_given_back(lang):
    run = RUNS[lang]
    lines = ([(TITLE, None), (P1[lang], None), ("Advertisement", "advertisement")]
             + [(line, "page tail") for line in run] + [(P2[lang], None), ("© 2026 The Gazette", "copyright")])
    assert _given_back(lines) == run


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_paragraph_after_the_rows_is_part_of_the_run(lang):
    # nothing kept below: the run's own paragraph shows the article goes on
    run = RUNS[lang] + [P2[lang]]
    lines = ([(TITLE, None), (P1[lang], None)] + [(line, "comment thread") for line in run]
             + [("Share on Facebook", "share widget")])
    assert _given_back(lines) == run


def test_only_weak_reasons_are_given_back():
    run = RUNS["en"]
    lines = ([(TITLE, None), (P1["en"], None), (run[0], "page tail"), (run[1], "widget label"),
              (run[2], "related links"), (run[3], "page tail"), (P2["en"], None)])
    assert _given_back(lines) == []  # the strong reason cuts the run after two lines: no three rows


def test_a_strong_line_cuts_the_run_before_it():
    run = RUNS["it"]
    lines = ([(TITLE, None), (P1["it"], None)] + [(line, "page tail") for line in run]
             + [("Condividi su Facebook", "page tail"), (P2["it"], None)])
    assert _given_back(lines) == run


def test_a_merged_range_is_split_around_the_given_back_lines():
    run = RUNS["pl"]
    text = "\n".join(["Polecane dla Ciebie"] + run)  # one merged range, its first line noise
    raw = f"{TITLE}\n\n{P1['pl']}\n\n{text}\n\n{P2['pl']}\n"
    start = raw.index(text)
    after = give_back(raw, [Removed(start, start + len(text), "page tail", text)])
    # "Polecane dla Ciebie" is heading-shaped too: over four rows, the lower heading wins
    assert [(r.reason, r.text) for r in after] == [("page tail", "Polecane dla Ciebie")]


# --- near misses -------------------------------------------------------------------------------

def _between(lang: str, block: list[str], reason: str = "page tail") -> list[str]:
    return _given_back([(TITLE, None), (P1[lang], None)] + [(line, reason) for line in block]
                       + [(P2[lang], None)])


@pytest.mark.parametrize("lang, block", [
    ("en", ["Related articles", "Council approves new harbour budget after long debate",
            "Ferry operator warns of higher fares next year", "Fishermen protest against quota cuts"]),
    ("fr", ["Lire aussi", "Le conseil municipal adopte enfin le budget du port",
            "Les pêcheurs manifestent contre les quotas", "Le ferry augmentera ses tarifs en avril"]),
    ("pl", ["Czytaj także", "Rada gminy przyjęła budżet portu po długiej debacie",
            "Rybacy protestują przeciwko cięciom kwot", "Przewoźnik zapowiada wyższe ceny biletów"]),
    ("de", ["Meistgelesen", "Stadtrat beschließt neuen Hafenhaushalt nach langer Debatte",
            "Fährbetreiber kündigt höhere Preise an", "Fischer protestieren gegen Fangquoten"]),
])
def test_related_headlines_between_paragraphs_are_not_given_back(lang, block):
    assert _between(lang, block) == []


@pytest.mark.parametrize("block", [
    ["Tags:", "harbour budget vote", "local council politics", "ferry fares and quotas"],
    ["Tags: harbour budget vote", "local council politics news", "ferry fares and quotas"],
])
def test_tags_rows_are_not_given_back(block):
    assert _between("en", block) == []


@pytest.mark.parametrize("lang, block", [
    ("en", ["Share this", "Share on Facebook", "Share on Twitter", "Share by email", "Share on WhatsApp"]),
    ("ru", ["Поделиться", "Поделиться ВКонтакте", "Поделиться в Telegram", "Отправить в WhatsApp"]),
])
def test_share_heading_with_platform_rows_is_not_given_back(lang, block):
    assert _between(lang, block) == []


@pytest.mark.parametrize("lang, block", [
    ("de", ["Öffnungszeiten der Redaktion", "Montag bis Freitag von 9 bis 17 Uhr",
            "Samstag von 10 bis 13 Uhr", "Telefon: 0761 555 01 23"]),
    ("en", ["Contact the newsroom", "Phone: +44 20 7946 0958", "Email: news@gazette.example",
            "Visit us at 12 Harbour Road"]),
])
def test_a_sites_opening_hours_or_contact_box_is_not_given_back(lang, block):
    # at the page's bottom, under the article: nothing of the article after it
    lines = ([(TITLE, None), (P1[lang], None), (P2[lang], None)] + [(line, "page tail") for line in block]
             + [("© 2026 Gazette", "copyright")])
    assert _given_back(lines) == []
    # even with a paragraph of the article below it, its rows carry an address or a phone number
    if lang == "en":
        assert _between(lang, block) == []


def test_a_comment_thread_after_the_article_is_not_given_back():
    block = ["3 comments", "Anna K. · 2 hr", "Marlon G. said on 12 March 2026 at 10:14",
             "Sasha P. · Cinderfold · 1 hr", "Disgraceful. My mum relies on that counter and so do we."]
    lines = [(TITLE, None), (P1["en"], None), (P2["en"], None)] + [(line, "comment thread") for line in block]
    assert _given_back(lines) == []


def test_comment_rows_without_a_count_are_not_given_back():
    block = ["Join the conversation", "Sort by: Best comments first", "JimR_1958 · 2 hours ago",
             "Another bill nobody read, as usual in this town and in every other."]
    lines = [(TITLE, None), (P1["en"], None), (P2["en"], None)] + [(line, "comment thread") for line in block]
    assert _given_back(lines) == []


def test_a_menu_at_the_top_is_not_given_back():
    block = ["Home and garden news", "Local politics and elections", "Sport results this week",
             "Weather and traffic today"]
    lines = [("Gazette", "page head")] + [(line, "page head") for line in block] + [(TITLE, None),
                                                                                  (P1["en"], None), (P2["en"], None)]
    assert _given_back(lines) == []


def test_a_byline_block_under_the_title_is_not_given_back():
    # the title is no paragraph of the article: a block right under it has no article above it
    block = ["Avv. Elena Corbelli Rossi", "15 novembre 2026 ore 10", "Diritto immobiliare, Condominio",
             "Leggi in 4 minuti"]
    lines = [("Affitti brevi in condominio: il regolamento può vietarli?", None)] + [
        (line, "page head") for line in block] + [(P1["it"], None), (P2["it"], None)]
    assert _given_back(lines) == []


def test_a_run_far_below_the_article_is_not_given_back():
    # a share bar, an app box and a comment thread's head between the article and the "heading"
    noise = [("Print this page", "share widget"), ("Share: Facebook  X  Email", "share widget"),
             ("Get service alerts by text or email", "page tail"), ("Sign up for alerts", "page tail"),
             ("Download the app", "blog footer")]
    block = ["Other planned works", "Line 4: weekend closures at Brack Hill", "Line 6: night closures in March",
             "Line 9: new timetable from April"]
    lines = ([(TITLE, None), (P1["en"], None)] + noise + [(line, "page tail") for line in block]
             + [(P2["en"], None)])
    assert _given_back(lines) == []


def test_short_rows_are_not_rows():
    # tags, counters and handles under a heading: rows of fewer than three words
    lines = ([(TITLE, None), (P1["de"], None), ("Schlagworte zum Artikel", "page tail"), ("Schuldenbremse", "page tail"),
              ("Christian Lindner", "page tail"), ("Bundeshaushalt", "page tail"), (P2["de"], None)])
    assert _given_back(lines) == []


# --- end to end -------------------------------------------------------------------------------

def test_find_noise_gives_back_a_subheading_and_rows_the_page_tail_took():
    # set 47's neighbourhood-app page, shortened: without the invariant today's cleaner takes the
    # subheading and its rows as "page tail", with the pinned-post label above them
    raw = "\n".join([
        "Lanewise · Cinderfold, Pellinghurst",
        "Sign in to see posts from your neighbourhood",
        "Posted by Pellinghurst Residents' Association · Verified organisation",
        "Cinderfold · 3 hr · Shared with Cinderfold and 12 nearby neighbourhoods",
        "Residents lose fight to keep Cinderfold post office counter",
        "The last post office counter in Cinderfold will close on 30 April, the operator confirmed on "
        "Monday, despite a petition signed by more than 1,400 residents.",
        "The counter, inside the pharmacy on Ladle Street, handles pensions, parcels and cash withdrawals "
        "for a neighbourhood where many older residents do not bank online.",
        "“For half the people on my street this is the only place they can pay a bill in cash,” said "
        "the association's chair.",
        "Pinned by moderators",
        "What residents are asked to do",
        "Write to the operator's consultation address before 15 April",
        "Attend the drop-in session at the library on 8 April",
        "Report missing cash services to the council's access survey",
        "Reply · Share · Save",
        "The operator said a mobile van would visit twice a week, but did not say for how long.",
        "The council has asked for the closure to be paused while its survey runs.",
        "38 replies",
        "Marlon G. · Ladle Street · 2 hr",
        "Disgraceful. My mum relies on that counter.",
        "Thank · Reply",
    ]) + "\n"
    removed = " ".join(r.text for r in find_noise(raw))
    for row in ["What residents are asked to do", "Attend the drop-in session at the library on 8 April",
                "Report missing cash services to the council's access survey"]:
        assert row not in removed
    assert "Reply · Share · Save" in removed and "Marlon G." in removed


FIGURED = {
    "ru": ["Итоги рабочего дня", "Заменено 160 шпал", "Уложено 100 метров рельсов", "Подсыпано 12 кубометров щебня",
           "Съедено 40 порций полевой каши"],
    "en": ["What the day achieved", "Replaced 160 sleepers", "Laid 100 metres of rail", "Spread 12 cubic metres of ballast",
           "Served 40 portions of field porridge"],
    "de": ["Bilanz des Arbeitstags", "160 Schwellen getauscht", "100 Meter Schienen verlegt", "12 Kubikmeter Schotter verteilt",
           "40 Portionen Feldsuppe gegessen"],
}


@pytest.mark.parametrize("lang", sorted(FIGURED))
def test_a_heading_over_figured_rows_keeps_its_heading(lang):
    """Round 59 (set 60's ru-muzeynaya-zheleznaya-doroga): short rows that each carry a figure are heading-shaped one by one;
    the heading without a figure over them is the run's heading, not the line above a lower heading (the rule walked the
    run down its own rows and gave back only its last three)."""
    run = FIGURED[lang]
    p1, p2 = P1["ru" if lang == "ru" else lang], P2["ru" if lang == "ru" else lang]
    lines = ([(TITLE, None), (p1, None)] + [(line, "page tail") for line in run] + [(p2, None)])
    assert _given_back(lines) == run


def test_two_headings_over_rows_without_figures_still_take_the_lower_one():
    # ("Pinned by moderators" over "What residents are asked to do": unchanged by round 59)
    run = RUNS["en"]
    lines = ([(TITLE, None), (P1["en"], None), ("Pinned by moderators", "page tail")]
             + [(line, "page tail") for line in run] + [(P2["en"], None)])
    assert _given_back(lines) == run
