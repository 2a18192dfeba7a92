"""Held-out set 16: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 15); only the helpers
``_insert``, ``_problems``, ``_held_out``, ``_fixture``, ``FIXTURES``, the ``NoisyCase`` dataclass
and ``page_from_blocks``, the docstring of held-out set 14 and its three test functions were
read. One slip, reported by the writer: a print of tests/test_clean.py around ``_held_out`` and
``_insert`` showed the first two lines of ``HELD_OUT_LINES`` (a WhatsApp share button and a
Patreon support line) and the comment above the second development list (naming the session-4
rules in one sentence), before anything was written. The lines and pages are written from memory
of how real sites print them, in en/fr/de/it/pl/ru; the page articles are invented. The set was
measured once against the frozen cleaner at the start of round 16 (commit abdc597) and every
failing case is marked as a strict xfail whose reason describes the line or page, not a rule.

Baseline (2026-12-01, frozen cleaner abdc597, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-c17/src python -m pytest -q
tests/test_clean_held_out_16.py -rA`` in the worktree /tmp/wt-c17 and a script calling
``_problems``, counting "kept boilerplate" and "not reported" problems as noise left): noise lines
removed 43/44 (marker 4/4, reading-time 6/6, byline 5/5, footer 6/6, comments 6/6, share 5/5,
notice 9/9, other 2/3; by language en 13/14, fr 6/6, de 6/6, it 6/6, pl 5/5, ru 7/7); keep lines
kept 20/22 (two last sentences without a full stop lost: the English one about subscription
figures and the Polish "Więcej szczegółów ..."); pages 8/12 clean (en-ghost-newsletter,
en-medium-post, en-yahoo-syndicated, de-t-online, it-fanpage, ru-livejournal, ru-kommersant,
pl-natemat), 12 of 398 page noise lines left: pl-onet 5 of 32, fr-overblog 4 of 33, de-tagesschau
2 of 28, fr-ouest-france 1 of 29; no page paragraph lost (0 of 69). Pages 11 and 12
(de-tagesschau, pl-natemat) were written after the first ten had been measured (the first ten
gave 7/10 clean, 10 of 338 noise lines left); the writer saw only the ``_problems`` output, not
the cleaner. de-tagesschau's "Mehr zu diesem Thema:" is of the family of de-welt's "Mehr zum
Thema" named in set 14's docstring. Open questions for the reader: en-yahoo-syndicated's
"(Reporting by ...; Editing by ...)" line and de-tagesschau's "Mit Informationen von ..." credit
are labelled noise (bylines); pl-onet's "Źródło: Onet, PAP" source line is labelled noise too.

With the edge classifier retrained with sets 10-14 (078a4fc), measured once on 2026-12-01 with
``python scripts/clean_held_out_report.py --sets 16``: noise lines removed 42/44 (a French share
button after the last paragraph, removed before, is now kept: marked strict xfail), keep 20/22,
pages 8/12 clean, 12 of 398 page noise lines left, no paragraph lost. The lead, not the cleaner's
developer, saw that line and the xfail reasons while updating the marks.

Development since round 17 (the set is development data now; its misses were read): noise lines
removed 44/44 (was 42/44), keep lines kept 22/22 (was 20/22: a past-tense verb makes a clause
with a widget word the article's, "declined to comment", and Polish "ma" is no French "my"),
pages 12/12 clean (was 8/12), 0 of 398 page noise lines left (was 10), no paragraph lost. DEV_17_KEEP and DEV_17_LINES hold the
families of these lines in six languages, written by the cleaner's developer.
"""

from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _held_out, _insert, _problems

# --- noise lines: (where, line, category) ----------------------------------------------------
HELD_OUT_16_LINES = [
    # en
    ("body", "Advertisement - Scroll to continue", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("head", "Updated: 4:12 PM EST March 3, 2024", "reading-time"),
    ("head", "By Karen Whitfield, Associated Press", "byline"),
    ("tail", "Jane Holloway is a senior fellow at the Center for Fiscal Policy and the author of "
             "\"The Long Ledger\" (Random House, 2021).", "byline"),
    ("tail", "Blog at WordPress.com. Theme: Twenty Twenty-Two.", "footer"),
    ("tail", "Related Stories", "footer"),
    ("tail", "Posted in Politics | Tagged budget, city council | 2 Comments", "footer"),
    ("tail", "Log in to Reply", "comments"),
    ("tail", "Share via Email", "share"),
    ("tail", "Become a paid subscriber to keep reading and support independent journalism.",
     "notice"),
    ("head", "We may earn a commission when you buy through links on this page.", "notice"),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. "
             "Read the original article.", "notice"),
    ("tail", "Weather Alert: Winter Storm Warning in effect until 7 AM", "other"),
    # fr
    ("head", "Publié le 12 mars 2024 à 18h45, mis à jour à 19h02", "reading-time"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("tail", "Partager sur X (ex-Twitter)", "share"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 78% à découvrir.", "notice"),
    ("tail", "Vous pouvez lire aussi", "footer"),
    ("tail", "Répondre à ce commentaire", "comments"),
    # de
    ("head", "Von Lukas Brandmeier und Anna Pfeiffer", "byline"),
    ("body", "Anzeige", "marker"),
    ("tail", "Artikel verschenken", "share"),
    ("tail", "Kommentare (14)", "comments"),
    ("tail", "Sie möchten keine Nachrichten verpassen? Abonnieren Sie unseren kostenlosen "
             "Newsletter.", "notice"),
    ("tail", "© dpa-infocom, dpa:240312-99-123456/3", "footer"),
    # it
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Marco Galli", "byline"),
    ("tail", "Riproduzione riservata ©", "notice"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Rispondi a questo commento", "comments"),
    ("tail", "Sondaggio: sei d'accordo con la riforma della giustizia? Vota ora", "other"),
    # pl
    ("head", "Czas czytania: 5 min", "reading-time"),
    ("body", "REKLAMA", "marker"),
    ("tail", "Skomentuj artykuł", "comments"),
    ("tail", "Zobacz także:", "footer"),
    ("tail", "Wesprzyj niezależne dziennikarstwo – wpłać darowiznę", "notice"),
    # ru
    ("head", "Время чтения: 3 мин.", "reading-time"),
    ("head", "Автор: Иван Смирнов", "byline"),
    ("tail", "Читайте нас в Дзене", "notice"),
    ("tail", "Поделиться ВКонтакте", "share"),
    ("tail", "Чтобы оставить комментарий, войдите или зарегистрируйтесь", "comments"),
    ("tail", "При использовании материалов ссылка на сайт обязательна", "notice"),
    ("tail", "Курс ЦБ: USD 92,35 ▲ EUR 99,87 ▼", "other"),
]

# line -> reason: the lines the frozen cleaner did not remove at the baseline
_LINE_XFAIL: dict[str, str] = {}

# --- article lines at an article's start or end that must be kept: (where, line) --------------
HELD_OUT_16_KEEP = [
    # en
    ("tail", "The council will vote again in April."),
    ("tail", "\"We are not going anywhere,\" she said."),
    ("tail", "The paper's publisher declined to comment on its subscription figures"),
    ("head", "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday by a vote of 51 to 49."),
    ("tail", "Advertising revenue at the broadcaster fell by a third last year, the report found."),
    ("tail", "Shares in the utility fell 4 percent after the announcement."),
    ("head", "A divided council"),
    # fr
    ("tail", "Le vote est prévu mardi prochain."),
    ("head", "PARIS (AFP) - Le gouvernement a présenté mercredi son projet de budget rectificatif."),
    ("tail", "« Nous ne lâcherons rien », a conclu la députée"),
    # de
    ("tail", "Die Abstimmung im Bundestag ist für Donnerstag geplant."),
    ("tail", "Wer den Newsletter der Partei abonniert hatte, erhielt die Einladung schon am Montag."),
    ("head", "Berlin (dpa) - Die Koalition hat sich auf einen Kompromiss beim Heizungsgesetz geeinigt."),
    # it
    ("tail", "Il voto finale è atteso entro la fine del mese."),
    ("tail", "I commenti del ministro sui social hanno suscitato polemiche anche nella maggioranza"),
    ("head", "ROMA (ANSA) - Il Consiglio dei ministri ha approvato il decreto."),
    # pl
    ("tail", "Głosowanie odbędzie się w przyszłym tygodniu."),
    ("tail", "Więcej szczegółów rząd ma przedstawić po posiedzeniu w czwartek"),
    ("tail", "Zdjęcia z protestu obiegły media społecznościowe, a posłowie opozycji udostępnili je "
             "na swoich profilach."),
    # ru
    ("tail", "Решение вступит в силу с 1 января."),
    ("tail", "«Мы будем добиваться пересмотра закона», — заявил депутат"),
    ("head", "МОСКВА, 12 мар — РИА Новости. Госдума приняла закон в первом чтении."),
]

_KEEP_XFAIL: dict[str, str] = {}

# Development since round 17: the family of the two keep lines this set lost (a last sentence
# without a full stop holding a word of the widgets' vocabulary, a verb in the past tense or
# Polish "ma" (has)), in six languages; written by the cleaner's developer, not blind.
DEV_17_KEEP = [
    "The paper's publisher declined to comment on its subscription figures",
    "A spokesman for the ministry refused to comment on the leaked report",
    "Le ministère n'a pas souhaité commenter ces chiffres",
    "Der Verlag wollte die Abozahlen nicht kommentieren",
    "Il ministero non ha voluto commentare la notizia",
    "Rzecznik rządu odmówił komentarza w tej sprawie",
    "Więcej szczegółów rząd ma przedstawić po posiedzeniu w czwartek",
    "Szczegóły projektu ma poznać opinia publiczna w przyszłym tygodniu",
    "В пресс-службе министерства отказались комментировать эти данные",
    "Представители редакции не стали комментировать публикацию",
    "The ministry refused to comment on the report",
    "Ministerstwo nie chciało komentować tych doniesień",
    # (a credit's opening in a sentence, an alert's word in a sentence)
    "По информации Reuters, переговоры в Стамбуле сорваны",
    "With reporting from Jane Doe, who spent a year in Kyiv",
    "Storm warning: the coast guard said the worst was yet to come",
    "Segui il denaro e capirai tutto",
    "Была ли эта статья полезной для следствия, неизвестно",
]


# Development since round 17: the families of set 16's missed noise lines, in six languages
# (tickers of alerts, share buttons with a note in brackets, broadcast notes, credits for the
# information used, "was this helpful?" and following the site on Google News, "this will
# interest you" headers),
# written by the cleaner's developer, not blind; each after the last paragraph.
DEV_17_LINES = [
    "Weather Alert: Winter Storm Warning in effect until 7 AM",
    "Traffic Alert: I-95 northbound closed at exit 12",
    "Alerte météo : vigilance orange aux orages dans le Gard",
    "Unwetterwarnung: Sturmböen bis 100 km/h im Harz",
    "Allerta meteo: temporali in arrivo sulla Liguria",
    "Ostrzeżenie pogodowe: silny wiatr na Pomorzu",
    "Штормовое предупреждение: сильный ветер в Москве",
    "Partager sur X (ex-Twitter)",
    "Share on X (formerly Twitter)",
    "Teilen auf X (ehemals Twitter)",
    "Condividi su X (ex Twitter)",
    "Udostępnij na X (dawniej Twitter)",
    "Dieses Thema im Programm: Das Erste, tagesschau, 14. März 2024 um 20:00 Uhr",
    "This story aired on March 14, 2024 on NBC Nightly News",
    "Ce sujet a été diffusé dans le JT de 20h du 14 mars 2024",
    "Materiał wyemitowano w Faktach TVN 14 marca 2024",
    "Сюжет вышел в эфир 14 марта 2024 года",
    "Mit Informationen von Kristin Becker, ARD-Hauptstadtstudio",
    "With reporting from Jane Doe, CNN",
    "Avec des informations de Marie Durand, France Info",
    "Con informazioni di Marco Rossi, Rai News",
    "Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans l'onglet "
    "Google Actualités.",
    "You can also follow us on Google News.",
    "Folgen Sie uns auch auf Google News.",
    "Was this article helpful? Yes No",
    "War dieser Artikel hilfreich?",
    "Questo articolo ti è stato utile? Segui Fanpage.it su Google News.",
    "Czy ten artykuł był pomocny? Obserwuj Onet.pl w Google News.",
    "Была ли эта статья полезной?",
    "To również Cię zainteresuje",
    "Das interessiert Sie auch",
    "Вас также заинтересует",
    # (a participle of a widget's header is no verb of the article's: see DEV_17_KEEP)
    "Stories related to Ukraine",
    "Articles linked to this story",
]


# --- whole pages -------------------------------------------------------------------------------
def _page(name: str, lang: str, blocks: list[list[str]]) -> tuple[str, NoisyCase]:
    return lang, page_from_blocks(name, blocks)


HELD_OUT_16_PAGES: dict[str, tuple[str, NoisyCase]] = {}

HELD_OUT_16_PAGES["en-ghost-newsletter"] = _page("en-ghost-newsletter", "en", [
    ["-The Ledger Review", "-Home", "-Archive", "-About", "-Sign in", "-Subscribe"],
    ["+Why the transit levy deal fell apart in Harlow County"],
    ["-Policy", "-Martin Okafor", "-Mar 14, 2024", "-6 min read"],
    ["+For most of the winter, the three Harlow County commissioners who control the transit "
     "budget insisted that a compromise on the proposed half-cent levy was close."],
    ["+On Tuesday night, that compromise collapsed in under an hour, after Commissioner Ruth "
     "Delgado withdrew her support and accused the county executive of hiding ridership figures "
     "from the board."],
    ["+The figures, released by the transit authority in January, showed weekday boardings still "
     "a fifth below their 2019 level. Supporters of the levy argued that new money was the only way "
     "to restore the routes cut during the pandemic."],
    ["+Opponents, led by the county's chamber of commerce, said the authority had not explained how "
     "it would spend the roughly $40 million a year the levy would raise."],
    ["+Without a vote by the end of April, the measure cannot appear on the November ballot, and "
     "Delgado said on Wednesday she saw no path to one"],
    ["-Sign up for The Ledger Review",
     "-Independent reporting on state and local budgets, delivered every Thursday.",
     "-Your email address", "-Subscribe"],
    ["-Read more", "-The county budget, explained in five charts", "-By Martin Okafor",
     "-What the school bond vote tells us about the suburbs", "-By Elena Marsh"],
    ["-Member discussion", "-3 comments",
     "-Denise Roper", "-14 Mar",
     "-The commissioners had the ridership numbers in January. Nobody should be surprised.",
     "-Reply",
     "-Tom Ashby", "-15 Mar",
     "-Good piece. Would love a follow-up on where the transit union stands on this.",
     "-Reply",
     "-K. Liang", "-15 Mar",
     "-Harlow has tried this three times now and it ends the same way every time.",
     "-Reply"],
    ["-The Ledger Review © 2024", "-Powered by Ghost"],
])

HELD_OUT_16_PAGES["en-medium-post"] = _page("en-medium-post", "en", [
    ["-Open in app", "-Sign up", "-Sign in", "-Write"],
    ["+The rent cap that nobody on the city council wanted to own"],
    ["+The proposal sounded modest. The fight over it was anything but."],
    ["-Priya Venkataraman", "-Follow", "-Published in The Civic Desk", "-7 min read",
     "-Feb 2, 2024", "-Listen", "-Share"],
    ["+When the housing committee sent a 5 percent cap on annual rent increases to the full "
     "council last month, its chair called it \"the least controversial thing we will do this year.\""],
    ["+Three weeks and two marathon hearings later, the cap has no sponsor. Its original author, "
     "Councilmember Dana Whitlock, removed her name on Monday, citing legal advice that the "
     "measure could conflict with state law."],
    ["+Tenant groups accused her of bowing to landlords who had packed the second hearing. "
     "Whitlock denied that, saying she still supported \"the goal, if not this text.\""],
    ["+The city attorney's office has not published the advice, and a records request filed by "
     "the tenants' union is pending."],
    ["+For now, the measure sits in committee, where it can be revived by any two members. None "
     "has said they will."],
    ["-Politics", "-Local Government", "-Housing"],
    ["-Written by Priya Venkataraman", "-214 Followers", "-Writer for The Civic Desk",
     "-I cover city hall and housing policy in the Pacific Northwest. Tips welcome.", "-Follow"],
    ["-More from Priya Venkataraman and The Civic Desk",
     "-Inside the budget hearing that ran until 3 a.m.",
     "-Recommended from Medium",
     "-Why local news deserts change how cities vote"],
    ["-Responses (4)",
     "-Dale Fitch", "-Feb 3, 2024",
     "-The state preemption issue was flagged a year ago. This was always going to happen.",
     "-Reply",
     "-Marisol Ortega", "-Feb 3, 2024",
     "-Thank you for actually reading the committee report instead of the press releases.",
     "-Reply",
     "-J. Benton", "-Feb 4, 2024",
     "-Councils love a goal they never have to vote on.",
     "-Reply"],
    ["-Help", "-Status", "-About", "-Careers", "-Press", "-Blog", "-Privacy", "-Terms",
     "-Text to speech"],
])

HELD_OUT_16_PAGES["en-yahoo-syndicated"] = _page("en-yahoo-syndicated", "en", [
    ["-Yahoo News", "-Home", "-US", "-World", "-Politics", "-Election 2024"],
    ["+Senate Republicans block border funding bill in procedural vote"],
    ["-Reuters", "-David Morgan and Richard Cowan", "-Updated Tue, March 12, 2024 at 6:41 PM EDT",
     "-3 min read"],
    ["+WASHINGTON (Reuters) - Republicans in the U.S. Senate on Tuesday blocked a $20 billion "
     "border security bill, leaving the White House without a clear path to new funding before "
     "the summer."],
    ["+The procedural vote failed 48-50, short of the 60 votes needed to advance the measure. "
     "Two Democrats joined most Republicans in opposing it."],
    ["-Story continues"],
    ["+Senate Majority Leader Chuck Schumer said the chamber would return to the issue \"as soon "
     "as there is a partner on the other side willing to govern.\""],
    ["+Republican leaders said the bill did too little to limit asylum claims and called for "
     "negotiations to start again with the House."],
    ["+The vote came as federal agencies warned that detention funding could run out by June."],
    ["-(Reporting by David Morgan and Richard Cowan; Editing by Scott Malone and Jonathan Oatis)"],
    ["-Recommended Stories",
     "-House passes stopgap spending bill hours before shutdown deadline",
     "-Governors split over sending National Guard to the border"],
    ["-Join the conversation", "-Sort by Best",
     "-R. Mendez", "-1h",
     "-Nothing will pass before November. Everyone in that room knows it.",
     "-Reply", "-24", "-5",
     "-patriot_1776", "-2h",
     "-Read the bill before you comment, half of it is foreign aid.",
     "-Reply", "-9", "-17",
     "-Linda K", "-3h",
     "-Two Democrats voted no too, funny how the headline skips that.",
     "-Reply", "-31", "-2"],
    ["-Terms and Privacy Policy", "-Your Privacy Choices", "-About Our Ads",
     "-© 2024 Yahoo. All rights reserved."],
])

HELD_OUT_16_PAGES["fr-overblog"] = _page("fr-overblog", "fr", [
    ["-Le blog de Jean-Marc Duval", "-Chroniques politiques d'un retraité du Calvados",
     "-Accueil", "-Contact"],
    ["+Assurance chômage : le gouvernement passe en force, encore une fois"],
    ["-Publié le 12 mars 2024 par Jean-Marc Duval"],
    ["+Le Premier ministre a annoncé lundi soir un nouveau durcissement des règles de "
     "l'assurance chômage, par décret, sans repasser devant les partenaires sociaux."],
    ["+La durée d'indemnisation serait ramenée de dix-huit à quinze mois pour les moins de "
     "cinquante-sept ans. Les syndicats, unanimes, dénoncent une « provocation »."],
    ["-Publicité"],
    ["+Ce n'est pas la première fois que l'exécutif contourne le dialogue social. La réforme des "
     "retraites, l'an dernier, avait déjà été adoptée sans vote grâce au 49.3."],
    ["+On nous expliquera, bien sûr, que la situation des finances publiques l'impose. Mais qui "
     "paiera, sinon ceux qui ont déjà le moins ?"],
    ["+À suivre, donc. Les syndicats promettent une journée de mobilisation avant l'été."],
    ["-Tags : #politique, #chômage, #gouvernement"],
    ["-Repost 0", "-Partager cet article", "-Facebook", "-Twitter", "-Email"],
    ["-Pour être informé des derniers articles, inscrivez vous :"],
    ["-Vous aimerez aussi :", "-Retraites : le bilan un an après",
     "-Le Calvados et les législatives, ce qu'il faut retenir"],
    ["-Commenter cet article",
     "-Michel B.", "-12/03/2024 19:42",
     "-Entièrement d'accord, et personne n'en parle au journal de 20 heures.",
     "-Répondre",
     "-Sylvie", "-12/03/2024 21:05",
     "-Merci Jean-Marc pour ce billet, toujours aussi juste.",
     "-Répondre",
     "-Un lecteur de Lisieux", "-13/03/2024 08:17",
     "-Il faudrait quand même rappeler que le chômage a baissé depuis 2017.",
     "-Répondre"],
    ["-Archives", "-Articles récents", "-Créer un blog gratuit sur Over-blog.com",
     "-Contact - CGU - Signaler un abus"],
])

HELD_OUT_16_PAGES["fr-ouest-france"] = _page("fr-ouest-france", "fr", [
    ["-Ouest-France", "-Accueil", "-Politique", "-Abonnez-vous"],
    ["+Municipales à Rennes : la majorité se divise sur la gratuité des transports"],
    ["-Nolwenn Le Goff", "-Publié le 14/03/2024 à 17h32", "-Modifié le 14/03/2024 à 18h05",
     "-Lecture : 3 min."],
    ["+La question de la gratuité des bus et du métro, promise par une partie de la majorité "
     "municipale, a provoqué jeudi un vif échange lors du conseil de Rennes Métropole."],
    ["+Les élus écologistes réclament une mise en œuvre dès 2025. Les socialistes jugent la mesure "
     "trop coûteuse, à près de 60 millions d'euros par an."],
    ["+« On ne peut pas promettre la gratuité et augmenter les impôts locaux en même temps », a "
     "résumé un adjoint, sous couvert d'anonymat."],
    ["+L'opposition de droite a dénoncé « un psychodrame » à deux ans des élections municipales."],
    ["+Un groupe de travail doit rendre ses conclusions avant l'été."],
    ["-Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans l'onglet "
     "Google Actualités."],
    ["-Partager cet article", "-Lire la suite", "-Voir les commentaires"],
    ["-Commentaires (5)",
     "-Jean-Yves 35", "-14/03/2024 18:12",
     "-La gratuité, ça n'existe pas, quelqu'un paie toujours.",
     "-Signaler",
     "-breizh_lanta", "-14/03/2024 18:40",
     "-À Dunkerque ça marche très bien depuis des années.",
     "-Signaler",
     "-Anne-Laure R.", "-14/03/2024 19:02",
     "-Commencez par faire rouler les bus à l'heure.",
     "-Signaler",
     "-Vos réactions doivent respecter nos CGU."],
    ["-Mentions légales", "-Gestion des cookies", "-© Ouest-France"],
])

HELD_OUT_16_PAGES["de-t-online"] = _page("de-t-online", "de", [
    ["-t-online", "-Nachrichten", "-Politik", "-Deutschland", "-Innenpolitik"],
    ["+Streit um Schuldenbremse: Länder fordern Ausnahme für Investitionen"],
    ["-Von Sophie Lindner", "-Aktualisiert am 14.03.2024 - 16:20 Uhr", "-Lesedauer: 3 Min."],
    ["-Artikel teilen", "-Merken"],
    ["+Mehrere Bundesländer drängen auf eine Reform der Schuldenbremse. Auf der "
     "Ministerpräsidentenkonferenz am Donnerstag legten sie einen gemeinsamen Vorschlag vor."],
    ["+Demnach sollen Investitionen in Schulen, Brücken und Schienen künftig nicht mehr auf die "
     "Kreditobergrenze angerechnet werden."],
    ["-Weiterlesen nach der Anzeige"],
    ["+Der Bundesfinanzminister lehnte den Vorstoß umgehend ab. \"Die Schuldenbremse ist kein "
     "Hindernis, sondern eine Versicherung für kommende Generationen\", sagte er in Berlin."],
    ["+Unterstützung erhielten die Länder dagegen aus Teilen der SPD und von den Grünen."],
    ["+Eine Entscheidung wird frühestens nach der Steuerschätzung im Mai erwartet"],
    ["-Verwendete Quellen:", "-Nachrichtenagentur dpa", "-Eigene Recherche"],
    ["-Themen", "-Schuldenbremse", "-Bundesländer", "-Finanzpolitik"],
    ["-Meistgelesen", "-Bauernproteste: Neue Blockaden angekündigt",
     "-Umfrage: Union baut Vorsprung aus"],
    ["-Leserkommentare (23)", "-Diskutieren Sie mit",
     "-Horst_K", "-14.03.2024, 17:03 Uhr",
     "-Endlich sagt es mal jemand. Die Brücken zerfallen doch überall.",
     "-Antworten",
     "-Bürgerin aus Kassel", "-14.03.2024, 17:25 Uhr",
     "-Und wer zahlt die Zinsen? Unsere Enkel.",
     "-Antworten",
     "-M. Sander", "-14.03.2024, 18:10 Uhr",
     "-Schon wieder diese Diskussion, jedes Jahr das Gleiche.",
     "-Antworten"],
    ["-Impressum", "-Datenschutz", "-Jugendschutz", "-Kontakt",
     "-© Ströer Digital Publishing GmbH 2024"],
])

HELD_OUT_16_PAGES["it-fanpage"] = _page("it-fanpage", "it", [
    ["-Fanpage.it", "-Politica", "-Ultime notizie"],
    ["+Autonomia differenziata, scontro in Senato: le opposizioni lasciano l'aula"],
    ["-di Chiara Rinaldi", "-Pubblicato il 14 Marzo 2024 alle 16:45", "-Condividi"],
    ["+Il disegno di legge sull'autonomia differenziata è tornato in aula al Senato tra le proteste "
     "delle opposizioni, che hanno abbandonato l'emiciclo al momento del voto sul primo articolo."],
    ["+Per il Partito democratico e il Movimento 5 Stelle la riforma \"spacca il Paese\" e lascerà "
     "indietro le regioni del Sud."],
    ["-Continua a leggere dopo la pubblicità"],
    ["+Il ministro per gli Affari regionali ha respinto le accuse, ricordando che i livelli "
     "essenziali delle prestazioni dovranno essere definiti prima di ogni trasferimento di "
     "competenze."],
    ["+Il testo dovrà poi passare alla Camera, dove la maggioranza punta all'approvazione entro "
     "l'estate."],
    ["-Leggi anche", "-Premierato, via libera in commissione al testo del governo",
     "-Sondaggi politici, Fratelli d'Italia stabile al 27 per cento"],
    ["-Segui Fanpage.it su Google News"],
    ["-Commenti", "-Accedi per commentare",
     "-giuseppe_m", "-14 marzo 2024 alle 17:20",
     "-Al Sud non resterà più niente, vergogna.",
     "-Rispondi",
     "-LauraB", "-14 marzo 2024 alle 17:48",
     "-Finalmente una riforma che responsabilizza le regioni.",
     "-Rispondi",
     "-Antonio1962", "-14 marzo 2024 alle 18:05",
     "-Le opposizioni che escono dall'aula non risolvono nulla.",
     "-Rispondi"],
    ["-Fanpage.it è una testata giornalistica registrata presso il Tribunale di Napoli",
     "-Ciaopeople S.r.l. - P.IVA 05816291211", "-Privacy Policy", "-Cookie Policy"],
])

HELD_OUT_16_PAGES["pl-onet"] = _page("pl-onet", "pl", [
    ["-Onet Wiadomości", "-Kraj", "-Polityka"],
    ["+Spór o Trybunał Konstytucyjny. Sejm przyjął uchwałę, prezydent zapowiada weto"],
    ["-Jakub Wrona", "-Dziennikarz Onetu", "-14 marca 2024, 14:32",
     "-Ten tekst przeczytasz w 3 minuty"],
    ["-Foto: Paweł Supernak / PAP"],
    ["+Sejm przyjął w czwartek uchwałę w sprawie Trybunału Konstytucyjnego. Za głosowało 240 "
     "posłów, przeciw było 198."],
    ["+Uchwała wzywa organy państwa do niepublikowania orzeczeń wydanych z udziałem osób, które "
     "według koalicji zostały wybrane do Trybunału wadliwie."],
    ["-Dalsza część artykułu pod materiałem wideo"],
    ["+Kancelaria Prezydenta oceniła, że uchwała nie ma mocy prawnej. Prezydent zapowiedział, że "
     "zawetuje każdą ustawę, która podważy pozycję Trybunału."],
    ["-Reklama"],
    ["+Opozycja zapowiedziała skierowanie sprawy do prokuratury. Spór potrwa co najmniej do "
     "wyborów prezydenckich"],
    ["-Źródło: Onet, PAP", "-Data utworzenia: 14 marca 2024, 14:32"],
    ["-To również Cię zainteresuje", "-Nowy sondaż. Koalicja traci, Konfederacja zyskuje",
     "-Posiedzenie rządu. Co zdecydowali ministrowie?"],
    ["-Komentarze (47)", "-Dodaj komentarz",
     "-~Marek", "-14.03.2024 15:02",
     "-Kolejna uchwała, która nic nie zmieni.",
     "-Odpowiedz",
     "-~obywatelka", "-14.03.2024 15:11",
     "-Wreszcie ktoś to porządkuje.",
     "-Odpowiedz",
     "-~Zbyszek z Radomia", "-14.03.2024 15:40",
     "-Prawnicy będą się kłócić latami, a ludzie czekają na wyroki.",
     "-Odpowiedz"],
    ["-Regulamin", "-Polityka prywatności", "-© 2024 Ringier Axel Springer Polska sp. z o.o."],
])

HELD_OUT_16_PAGES["ru-livejournal"] = _page("ru-livejournal", "ru", [
    ["-LiveJournal", "-Найти", "-Войти", "-Создать блог"],
    ["-ivan_petrov_blog", "-14 марта 2024, 18:05"],
    ["+О новом законе об иностранных агентах"],
    ["+Госдума приняла во втором чтении поправки, которые запрещают так называемым иностранным "
     "агентам участвовать в выборах любого уровня."],
    ["+Формально речь идёт о защите от вмешательства извне. На деле под действие закона попадают "
     "журналисты, учёные и правозащитники, многие из которых никогда не получали денег из-за "
     "границы."],
    ["+Авторы поправок утверждают, что закон затронет не более ста человек. Но реестр растёт "
     "каждую пятницу, и никто не знает, кто окажется в нём следующим."],
    ["+Третье чтение назначено на следующую неделю. Сомневаться в результате не приходится."],
    ["-Метки: выборы, Госдума, политика"],
    ["-Поделиться", "-Нравится", "-12 комментариев", "-Оставить комментарий"],
    ["-Предыдущий пост", "-Следующий пост"],
    ["-dark_sailor", "-14 марта 2024, 19:10",
     "-Всё идёт к тому, что скоро агентами будут все, кто не согласен.",
     "-Ответить",
     "-ivan_petrov_blog", "-14 марта 2024, 19:25",
     "-Боюсь, вы правы.",
     "-Ответить",
     "-lena_kras", "-14 марта 2024, 20:02",
     "-А кто-нибудь вообще читал текст поправок целиком?",
     "-Ответить",
     "-Развернуть ветку"],
    ["-Популярные посты", "-© 2024 LiveJournal", "-Правила", "-Помощь"],
])

HELD_OUT_16_PAGES["ru-kommersant"] = _page("ru-kommersant", "ru", [
    ["-Коммерсантъ", "-Политика", "-Все новости"],
    ["+Губернаторов обяжут отчитываться о ходе газификации"],
    ["-Газета «Коммерсантъ» №45 от 14.03.2024, стр. 2", "-14.03.2024, 22:15",
     "-Анна Колесникова"],
    ["+Правительство подготовило поправки, которые обяжут губернаторов ежеквартально отчитываться "
     "о выполнении программы социальной газификации."],
    ["+Как следует из пояснительной записки, регионы, отстающие от графика, могут лишиться части "
     "федеральных субсидий."],
    ["+В Минэнерго “Ъ” пояснили, что законопроект направлен на повышение ответственности "
     "региональных властей, а не на наказание."],
    ["+Ряд губернаторов, опрошенных “Ъ”, назвали сроки программы нереалистичными"],
    ["-Материалы по теме", "-Госдума одобрила продление программы газификации до 2030 года",
     "-Тарифы на газ для населения вырастут с 1 июля"],
    ["-Подписывайтесь на Коммерсантъ в Telegram"],
    ["-Комментарии (6)", "-Все комментарии",
     "-Сергей_М", "-14.03.2024, 23:01",
     "-В нашем посёлке трубу обещают уже десять лет.",
     "-Ответить",
     "-Ольга Н.", "-14.03.2024, 23:17",
     "-Отчёты будут, газа не будет.",
     "-Ответить",
     "-Viktor77", "-15.03.2024, 07:40",
     "-Хоть какой-то контроль, уже неплохо.",
     "-Ответить"],
    ["-© АО «Коммерсантъ». Все права защищены.", "-18+"],
])


# Pages 11 and 12, written after the first ten were measured (the writer had seen which of the
# ten failed, not the cleaner); measured once, like the others.
HELD_OUT_16_PAGES["de-tagesschau"] = _page("de-tagesschau", "de", [
    ["-tagesschau", "-Startseite", "-Inland", "-Innenpolitik"],
    ["-Stand: 14.03.2024 18:47 Uhr"],
    ["+Bundestag beschließt schärfere Regeln für Parteispenden"],
    ["+Der Bundestag hat strengere Transparenzregeln für Parteispenden beschlossen. Spenden ab "
     "35.000 Euro müssen künftig sofort veröffentlicht werden."],
    ["+Bisher lag die Grenze für eine unverzügliche Anzeige beim Bundestagspräsidenten bei "
     "50.000 Euro. Auch Sponsoring von Parteitagen soll offengelegt werden."],
    ["+Die Union stimmte gegen das Gesetz. Ihr Abgeordneter Thomas Reuter sprach von einem "
     "\"bürokratischen Monster\", das ehrenamtliche Kreisverbände überfordere."],
    ["+Lobbycontrol begrüßte die Reform, kritisierte aber, dass Spenden unterhalb von 10.000 Euro "
     "weiterhin anonym bleiben können."],
    ["+Das Gesetz muss noch den Bundesrat passieren und soll zum 1. Januar in Kraft treten."],
    ["-Mit Informationen von Kristin Becker, ARD-Hauptstadtstudio"],
    ["-Dieses Thema im Programm: Das Erste, tagesschau, 14. März 2024 um 20:00 Uhr"],
    ["-Mehr zu diesem Thema:", "-Wie sich Parteien finanzieren - ein Überblick",
     "-Lobbyregister: Was sich seit 2022 geändert hat"],
    ["-Kommentare", "-Zur Diskussion auf meta.tagesschau.de",
     "-Hans-Peter W.", "-14.03.2024 • 19:12 Uhr",
     "-Längst überfällig. Warum nicht gleich ab 10.000 Euro?",
     "-Antworten",
     "-Nordlicht_HH", "-14.03.2024 • 19:30 Uhr",
     "-Die Kreisverbände werden das schon hinkriegen, die Ausrede zieht nicht.",
     "-Antworten",
     "-Moderation", "-14.03.2024 • 19:45 Uhr",
     "-Bitte bleiben Sie beim Thema des Artikels. Danke, die Moderation",
     "-Antworten"],
    ["-Impressum", "-Datenschutz", "-Barrierefreiheit", "-© ARD-aktuell / tagesschau.de"],
])

HELD_OUT_16_PAGES["pl-natemat"] = _page("pl-natemat", "pl", [
    ["-naTemat.pl", "-Polityka", "-Najnowsze"],
    ["+Samorządowcy protestują przeciw cięciom w subwencji oświatowej"],
    ["-Agnieszka Wolska", "-14 marca 2024, 11:05", "-Udostępnij"],
    ["-Fot. Jakub Kamiński / East News"],
    ["+Kilkuset wójtów, burmistrzów i prezydentów miast wysłało list otwarty do premiera w "
     "sprawie planowanych zmian w subwencji oświatowej."],
    ["+Według Związku Miast Polskich gminy stracą na reformie łącznie nawet 2 mld zł rocznie, a "
     "koszty podwyżek dla nauczycieli spadną na samorządy."],
    ["+Ministerstwo Edukacji odpowiada, że nowy algorytm jest sprawiedliwszy i uwzględnia liczbę "
     "uczniów w małych szkołach wiejskich."],
    ["+\"Nikt nie pytał nas o zdanie\" – mówi burmistrz jednego z mazowieckich miast, który "
     "podpisał list."],
    ["+Spotkanie przedstawicieli samorządów z minister edukacji zaplanowano na przyszły wtorek."],
    ["-Czytaj także:", "-Sondaż: Polacy oceniają pierwsze sto dni rządu",
     "-Nauczyciele dostaną podwyżki. Ile wyniosą?"],
    ["-Napisz do autora: agnieszka.wolska@natemat.pl"],
    ["-Komentarze", "-Sortuj według: Najnowsze",
     "-Krzysztof Nowak",
     "-U nas już zamknęli dwie szkoły, a teraz jeszcze to.",
     "-Lubię to!", "-Odpowiedz", "-3 godz.",
     "-Ewa Malinowska",
     "-Samorządy zawsze płaczą, a potem budują aquaparki.",
     "-Lubię to!", "-Odpowiedz", "-2 godz.",
     "-Tomasz Zieliński",
     "-Dobrze, że ktoś w końcu o tym pisze.",
     "-Lubię to!", "-Odpowiedz", "-1 godz.",
     "-Wtyczka komentarzy na Facebooku"],
    ["-Regulamin", "-Kontakt", "-© 2024 naTemat.pl"],
])

# --- tests -------------------------------------------------------------------------------------
@pytest.mark.parametrize("where, line, category", [
    pytest.param(w, l, c, id=l[:40], marks=[_held_out(_LINE_XFAIL[l])] if l in _LINE_XFAIL else [])
    for w, l, c in HELD_OUT_16_LINES
])
def test_held_out_16_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(w, l, id=l[:40], marks=[_held_out(_KEEP_XFAIL[l])] if l in _KEEP_XFAIL else [])
    for w, l in HELD_OUT_16_KEEP
])
def test_held_out_16_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


_PAGE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[_held_out(_PAGE_XFAIL[n])] if n in _PAGE_XFAIL else [])
    for n in HELD_OUT_16_PAGES
])
def test_held_out_16_page(name):
    lang, case = HELD_OUT_16_PAGES[name]
    assert _problems(case, lang) == []


@pytest.mark.parametrize("line", DEV_17_KEEP, ids=[l[:40] for l in DEV_17_KEEP])
def test_dev_17_last_sentence_is_kept(line):
    assert _problems(_insert("tail", [line], keep=True), "en") == []


@pytest.mark.parametrize("line", DEV_17_LINES, ids=[l[:40] for l in DEV_17_LINES])
def test_dev_17_line(line):
    assert _problems(_insert("tail", [line]), "en") == []


# Development since round 17: blogs with a name, a tagline and a menu above the post's title
# (the family of fr-overblog), written by the cleaner's developer, not blind.
_DEV_17_BODY_EN = [
    ["+The county board voted on Tuesday to close two branch libraries, citing a budget gap of $3 million."],
    ["+Residents packed the meeting and many spoke against the plan for more than two hours."],
    ["+The board's chair said the decision was painful but unavoidable given the state's cuts."],
    ["+A final vote on the budget is scheduled for next month."],
]
DEV_17_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-blog": _page("en-blog", "en", [
        ["-Riverside Notes", "-Local politics from the river towns", "-Home", "-About", "-Archive"],
        ["+Library closures: the board chooses the cheapest option"],
        ["-Posted on March 3, 2024 by Dave Miller"], *_DEV_17_BODY_EN,
        ["-Share this:", "-Twitter", "-Facebook"], ["-Leave a Reply"]]),
    "de-blog": _page("de-blog", "de", [
        ["-Der Blog von Karl Weber", "-Notizen aus dem Landtag", "-Startseite", "-Impressum"],
        ["+Haushalt: Die Koalition streicht bei den Schulen"],
        ["-Veröffentlicht am 3. März 2024 von Karl Weber"],
        ["+Die Landesregierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgestellt."],
        ["+Bei den Schulen sollen im nächsten Jahr rund 40 Millionen Euro eingespart werden."],
        ["+Die Opposition kündigte Widerstand im Landtag an und sprach von einem Fehler."],
        ["+Der Landtag berät den Entwurf im April."],
        ["-Teilen mit:", "-Facebook", "-X"]]),
}


@pytest.mark.parametrize("name", list(DEV_17_PAGES))
def test_dev_17_page(name):
    lang, case = DEV_17_PAGES[name]
    assert _problems(case, lang) == []
