"""Held-out set 35: written blind, weighted toward whole scraped pages in layouts sets 22 to 34 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 34) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 34, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function node, not the words in
the docstring) and scripts/clean_held_out_report.py (in full) were read. The layouts to avoid were
taken from the brief's list and set 34's docstring; the page dict is built as set 34 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found beyond these
notes. (1) ``git worktree add`` was run with its output discarded; the English fixture was not
printed. (2) Before the measurement the draft lists were executed three times from a scratch
folder (/tmp/s35) with a stand-in ``page_from_blocks`` that only counted lines (no case was run
through the cleaner). (3) The first run of the two measuring commands failed before any case ran:
the page dict was closed with ``]]`` instead of ``]}`` and the file did not compile (pytest stopped
at collection, the report script at import); the bracket was fixed and both commands were run
again, which is the one measurement below. (4) The measuring pytest run (``-rA``) was piped to
``grep`` for its PASSED/FAILED lines and summary, so no tracebacks were seen; the problems of the
eleven failing lines and six failing pages were read out once afterwards with ``_problems`` in the
frozen worktree, to write the xfail reasons. (5) Some noise lines name real things, as real pages
do: Facebook, X, WhatsApp, Messenger, Instagram, Pinterest, TikTok, YouTube, Telegram, VK /
ВКонтакте, Одноклассники, the CC BY-SA licence, "Registered in Scotland" and the
Italian province code "(BG)". Before the measurement real places and works first written into
page articles (Ljubljana, Graz, Salzburg, Serina, Ciechocinek, Bydgoszcz, Wilhelmshaven, the
rivers Vetluga and the Solovetsky bay, three real composers and their works, and the game
Monopoly) were replaced by invented ones; invented names (Hollerbach, Lessac, Краснополье, Ямса,
"Gazzetta della Valdarda", "Speichenwerk", "Kostka i Kubek" and the like) may coincide with real
places or firms. Company, registration, NIP, P. IVA, C.F. numbers, phone numbers and postcodes are
invented but have real formats and may coincide with real ones. Nothing below was copied from any
file of the repository. The lines and pages are written from memory of how real sites print them,
in en/fr/de/it/pl/ru; the page articles and every person, club, shop, operator, vessel, council,
orchestra, nursery, café, game, film and place in them are invented. The kinds set 34's docstring
names as missed (one-word kickers such as "EXCLUSIVE", "OPINION", "ÉDITO", "EILMELDUNG",
"ULTIM'ORA", "PILNE", "МОЛНИЯ"; "Dieser Artikel wurde am ... aktualisiert."; price lines and "Add
to basket"; "Photography: ..." credits; site taglines; alcohol health warnings; "Rédigé par ..."
club bylines; breadcrumbs; "a cura dei volontari") and those it names from earlier sets were not
reused as noise lines; the markers here are two- to five-word labels ("Editor's Pick", "Article
réservé aux abonnés", ...), the nearest kinds to the one-word kickers, and the German and Polish
correction/update notices ("Hinweis: In einer früheren Fassung ...", "Artykuł został
zaktualizowany o godz. 16:20 ...") are the nearest kind to the German update notice. The set was
measured once against a frozen cleaner (worktree /tmp/wt-s35 at commit e246d13) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Before the
measurement noise lines were added to every page (to bring each to 21); nothing was changed after
it but the xfail tables and this docstring. scripts/clean_held_out_report.py needed no change: it
finds a set by its number, so ``--sets 35`` works as it is.

Judgement calls: the keep lines opening with "Editors at the paper", "Reading time for", "Share
prices", "Back to the top of the agenda", "By the end of the meeting", "Comments made by the
mayor", "Correction of the flood maps", "Temps de lecture des compteurs", "Réagir vite",
"Partager les frais", "Von den 42 befragten", "Kommentare aus dem Gemeinderat", "Zurück in die
Planung", "Tempo di lettura dei contatori", "Riproduzione fedele", "Lasciare un commento",
"Udostępnienie danych", "Czas czytania protokołów", "Выбор редакции учебников" and "Поделиться
опытом" are article sentences; "Editor's Pick", "Reporter's Notebook | City Hall", "Article
réservé aux abonnés", "Exklusiv für Abonnenten", "Il commento del direttore", "Tylko u nas" and
"Выбор редакции" are markers (labels above a headline); "This article is more than 3 years old"
and the correction and update lines are notices; "Back to top ↑", "Zurück zur Startseite" and
"Наверх" are "other"; the newsroom contact line, the media-network ownership line, the French
newsroom address line, the Italian "© Riproduzione riservata" line and the Russian citation
rule with its age mark are footers. On every page the title, the subheadings, their list or
table-like rows (numbered steps, dash rows, "label: value" rows, time and date rows, score rows,
programme rows) and the quote are article; site names, menus, buttons (log in, book, register,
manage booking, search), section labels, post dates, bylines (name, role or team), view counts,
scores, reading times, tags, share, print and comment lines, previous/next links, related posts,
opening hours, addresses, company and registration lines, sponsors, legal links, copyright,
social links, newsletter and cookie banners are noise. In en-qa-site-answer the question title,
the answer, "What usually fixes it" with four numbered steps and the quoted baker are article,
"Score: 42", the tag row, "Accepted answer" and "Answered by crumb_and_crust · 12.4k reputation"
noise; in en-ferry-service-notice "Revised departures from Port Annis" with four time rows is
article, "Service update", the posting time and the SMS-alert line noise; in fr-salon-coiffure-news
"Nos quatre gestes de saison" with four dash rows is article, "Prendre rendez-vous en ligne" and
the gift-card and loyalty lines noise; in fr-collecte-dechets "Les nouveaux jours de collecte" with
three sector rows is article, the authority's name, "Info travaux et services" and "Service
gestion des déchets" noise; in de-fahrradwerkstatt-blog "Unsere Checkliste" with five numbered
rows is article, "Geschrieben von Ole" noise; in de-tennisclub-turnier "Die Sieger im Überblick"
with four score rows is article, the press officer's byline, "Aufrufe: 186" and the sponsor line
noise; in it-orchestra-giovanile-diario "Il programma della serata" with three programme rows is
article, "Scritto da Elisa, viola", "Lettura: 4 min", the 5x1000 line and the next-concert rows
noise; in it-vivaio-consigli "Da piantare adesso" with four "label: value" rows is article, the
recommended-products lines and the shipping line noise; in pl-kawiarnia-planszowki-blog "Nasza
piątka na start" with five numbered rows is article, "Zarezerwuj stolik" and the opening hours
noise; in pl-klub-seniora "Plan tygodnia" with five lowercase day rows is article, the club's
name, "Aktualności", "Redakcja strony: Halina Wrzos" and "Odsłon: 97" noise; in
ru-muzshkola-otchetnyj-kontsert "В программе концерта" with four dash rows is article, the
accessibility link, the anti-corruption link and the school's legal name noise; in
ru-kinoklub-anons "Расписание показов" with four date rows is article, "Автор: Дмитрий К.", the
reading time and the venue line noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 252 noise lines (21 a page) and 123 article lines (10 to 11
a page): en-qa-site-answer (a Q&A site's accepted answer), en-ferry-service-notice (a ferry
operator's service update), fr-salon-coiffure-news (a hairdresser's salon news), fr-collecte-dechets
(an intermunicipal waste-collection notice), de-fahrradwerkstatt-blog (a bike repair shop's blog),
de-tennisclub-turnier (a tennis club's championship report), it-orchestra-giovanile-diario (a youth
orchestra's tour diary), it-vivaio-consigli (a garden centre's seasonal advice),
pl-kawiarnia-planszowki-blog (a board-game café's blog), pl-klub-seniora (a senior citizens'
club news), ru-muzshkola-otchetnyj-kontsert (a music school's recital report), ru-kinoklub-anons (a
film club's monthly programme); every page holds a subheading with list or table-like rows and a
quote in the article.

Baseline (2026-12-02, cleaner at commit e246d13, measured with
``cd /tmp/wt-s35 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s35/src python -m pytest
-q tests/test_clean_held_out_35.py -rA -p no:cacheprovider`` (17 failed, 60 passed) and
``cd /tmp/wt-s35 && PYTHONPATH=/tmp/wt-s35/src python scripts/clean_held_out_report.py --sets 35``,
with the xfail tables empty): noise lines removed 34/45 (marker 2/7, reading-time 7/7, byline 7/7,
footer 2/5, comments 5/6, share 5/5, notice 3/5, other 3/3; missed: the markers "Editor's Pick",
"Reporter's Notebook | City Hall", "Il commento del direttore", "Tylko u nas" and "Выбор
редакции", the footers "Got a question about this story? ...", "Northgate Post is part of the
Elmridge Regional Media network. ..." and "© Riproduzione riservata – Gazzetta della Valdarda
S.r.l.", the Italian comment-form line "Lascia un commento: la tua email non sarà pubblicata." and
the German and Polish correction/update notices); keep lines kept 20/20; pages 6/12 clean
(en-ferry-service-notice, de-fahrradwerkstatt-blog, de-tennisclub-turnier, it-vivaio-consigli,
pl-kawiarnia-planszowki-blog, ru-muzshkola-otchetnyj-kontsert), 13 of 252 page noise lines left,
11 of 123 article lines lost: en-qa-site-answer 4 left ("Score: 42", the tag row, "Accepted
answer", "Answered by ..."), fr-salon-coiffure-news 1 ("Prendre rendez-vous en ligne"),
fr-collecte-dechets 4 (the authority's name, "Rechercher sur le site", "Info travaux et services",
"Service gestion des déchets"), it-orchestra-giovanile-diario 1 ("Scritto da Elisa, viola"),
pl-klub-seniora 2 left (the club's name, "Aktualności") and 6 lost (the subheading "Plan tygodnia"
and its five day rows), ru-kinoklub-anons 1 left ("Автор: Дмитрий К.") and 5 lost (the subheading
"Расписание показов" and its four date rows). The failing cases are strict xfails.

Still held out after round 33 (developed on set 34; measured once at eff8ae5 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 35`` and pytest on
this file): lines 34 -> 35/45 (the Polish "Tylko u nas" marker now goes: round 33's section labels;
its xfail entry was removed); keep 20/20, pages 6/12 clean, 13 of 252 page noise lines left and 11
article lines lost unchanged (pl-klub-seniora still loses its "Plan tygodnia" day rows and
ru-kinoklub-anons its date rows: round 33's timetable-row fix covers rows with the time last only).

Round 34 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 35`` and ``pytest tests/test_clean_held_out_35.py`` at
9d930a9 (before) and the round's last commit on branch round34 (after): article lines lost 11 -> 0
(keep lines 20/20 before and after), by narrowing the rule that decided against the schedules: a
fact row of the article's box now takes a schedule's row led by a weekday or a date before its time
or span of times ("poniedziałek, 10:00 – gimnastyka przy muzyce", "7 октября, 19:00 — «...»"), or
with the label first and its day and time after the dash, and a timed row may close on a quoted
title, so pl-klub-seniora keeps "Plan tygodnia" and its five day rows and ru-kinoklub-anons
"Расписание показов" and its four date rows (a real thread's commenters, a header followed by
comment text, still open a thread). Noise lines 35 -> 45/45 (as classes in six languages: the
editors' pick, the editor's column and a reporter's notebook as a section label over the article, a
section's name after a pipe; a question about the story with the newsroom to contact and its
address; the site's owner sentence before its copyright; the reproduction's reservation with the
publisher after a dash; the comment form's label with "your e-mail will not be published"; an
earlier version of the page under a notice's label or naming the page; the page's noun updated at a
time of day). Pages 6 -> 10/12 clean, page noise left 13 -> 6 of 252: a writer's role and name in
the byline block above the headline (an initial's full stop may end it, a part in the club after a
comma: "Автор: Дмитрий К.", "Scritto da Elisa, viola", "Redakcja strony: ...") goes and is no
longer taken for the title; a long name at its host with a quoted part ("... przy Spółdzielni ...")
and a long name over the menu that the footer names again are mastheads (the club's name and
"Aktualności", the authority's name); a booking button ("Prendre rendez-vous en ligne") and a site
search link ("Rechercher sur le site") are page tools. Still left: en-qa-site-answer 4 (the Q&A
site's score, tag row, "Accepted answer" and answerer line, inside the run the body rule starts at
the question) and fr-collecte-dechets 2 ("Info travaux et services", taken for the title, and the
department line "Service gestion des déchets"). Strict xfails removed: 10 lines, 4 pages here (61 ->
75 passed); set 24's it-editoriale-rettifica (its "Correzione: in una versione precedente di questo
articolo ..." notice; set 24 pages 6 -> 7/12, 19 -> 17 of 272 left); no other set moved. SemEval
diff: 0 files; guards 4453 passed, 53 xfailed; bench_clean CPU ratio 1.01 to 1.03 against 9d930a9.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_35_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("head", "Editor's Pick", "marker"),
    ("head", "Reporter's Notebook | City Hall", "marker"),
    ("head", "6 min read · Updated 2 hours ago", "reading-time"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "By Marcus Delaney and Priya Okafor, Staff Writers", "byline"),
    ("head", "Story by Jenna Whitcombe | Edited by Tom Arlott", "byline"),
    ("tail", "Got a question about this story? Contact our newsroom at newsdesk@northgatepost.example", "footer"),
    ("tail", "Northgate Post is part of the Elmridge Regional Media network. All content © 2026.", "footer"),
    ("tail", "Join the conversation (23 comments)", "comments"),
    ("tail", "Comments are moderated and may take up to 24 hours to appear.", "comments"),
    ("tail", "Share on Facebook  Share on X  Email this story", "share"),
    ("tail", "Copy link to clipboard", "share"),
    ("tail", "Correction: An earlier version of this article misstated the date of the hearing.", "notice"),
    ("head", "This article is more than 3 years old", "notice"),
    ("tail", "Back to top ↑", "other"),
    # French (6)
    ("head", "Article réservé aux abonnés", "marker"),
    ("head", "Temps de lecture : 3 min", "reading-time"),
    ("head", "Par Claire Vasseur, envoyée spéciale à Montbrison-les-Pins", "byline"),
    ("tail", "Nos journalistes sont à votre écoute : redaction@lecourrier-des-vallees.example", "footer"),
    ("tail", "Réagir à cet article (12 réactions)", "comments"),
    ("tail", "Partager sur Facebook | Partager sur X | Envoyer par e-mail", "share"),
    # German (6)
    ("head", "Exklusiv für Abonnenten", "marker"),
    ("head", "Lesezeit: 5 Minuten", "reading-time"),
    ("head", "Von Katrin Oberländer und Jonas Pfeiffer", "byline"),
    ("tail", "Kommentare anzeigen (8)", "comments"),
    ("tail", "Hinweis: In einer früheren Fassung hieß es fälschlich, die Sitzung finde am Dienstag statt.", "notice"),
    ("tail", "Zurück zur Startseite", "other"),
    # Italian (6)
    ("head", "Il commento del direttore", "marker"),
    ("head", "Tempo di lettura: 2 minuti", "reading-time"),
    ("head", "di Giulia Ferrandi e Marco Zanin", "byline"),
    ("tail", "© Riproduzione riservata – Gazzetta della Valdarda S.r.l.", "footer"),
    ("tail", "Lascia un commento: la tua email non sarà pubblicata.", "comments"),
    ("tail", "Questo articolo è stato corretto: nella versione precedente il nome dell'assessore era errato.", "notice"),
    # Polish (6)
    ("head", "Tylko u nas", "marker"),
    ("head", "Czas czytania: ok. 4 min", "reading-time"),
    ("head", "Autor: Marta Zielińska, dziennikarka działu Kraj", "byline"),
    ("tail", "Komentarze (17) – dodaj swój komentarz", "comments"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("tail", "Artykuł został zaktualizowany o godz. 16:20 – dodaliśmy stanowisko urzędu.", "notice"),
    # Russian (6)
    ("head", "Выбор редакции", "marker"),
    ("head", "Время чтения: 3 минуты", "reading-time"),
    ("head", "Автор: Ирина Соколовская, корреспондент отдела экономики", "byline"),
    ("tail", "При цитировании материалов гиперссылка на сайт обязательна. 18+", "footer"),
    ("tail", "Поделиться ВКонтакте", "share"),
    ("tail", "Наверх", "other"),
]

HELD_OUT_35_KEEP: list[tuple[str, str]] = [
    # English (7)
    ("body", "Editors at the paper picked the story up only after a reader sent in photographs of the flooded underpass."),
    ("body", "Reading time for the full budget document, the clerk admitted, would run to several days."),
    ("body", "Share prices of the two bus operators fell by nearly a fifth after the council announced the tender."),
    ("body", "Back to the top of the agenda went the library question, after a petition gathered 4,000 signatures."),
    ("body", "By the end of the meeting, three councillors had asked for the vote to be postponed."),
    ("body", "Comments made by the mayor on local radio were later withdrawn in a short written statement."),
    ("tail", "Correction of the flood maps, the agency said, would take at least another eighteen months."),
    # French (3)
    ("body", "Temps de lecture des compteurs d'eau : les agents en mettent désormais deux fois moins grâce aux relevés à distance."),
    ("body", "Réagir vite était la consigne du préfet, qui a réuni les maires dès le lendemain de l'orage."),
    ("body", "Partager les frais de cantine entre les trois communes reste la solution défendue par l'opposition."),
    # German (3)
    ("body", "Von den 42 befragten Betrieben gaben nur sieben an, die neue Förderung bereits beantragt zu haben."),
    ("body", "Kommentare aus dem Gemeinderat fielen nach der Abstimmung ungewöhnlich scharf aus."),
    ("body", "Zurück in die Planung geht nun auch der Radweg entlang der Bundesstraße."),
    # Italian (3)
    ("body", "Tempo di lettura dei contatori a parte, il vero problema resta la perdita d'acqua nella rete comunale."),
    ("body", "Riproduzione fedele del ponte originale: così il sindaco ha descritto il progetto approvato ieri."),
    ("body", "Lasciare un commento sul registro pubblico è stato, per molti residenti, l'unico modo di farsi ascoltare."),
    # Polish (2)
    ("body", "Udostępnienie danych z monitoringu policji zajęło urzędowi ponad trzy tygodnie."),
    ("body", "Czas czytania protokołów z sesji radni skrócili, zlecając streszczenia zewnętrznej firmie."),
    # Russian (2)
    ("body", "Выбор редакции учебников, по словам директора, остаётся за методическим советом школы."),
    ("body", "Поделиться опытом с соседями приехали фермеры из трёх районов области."),
]

HELD_OUT_35_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-qa-site-answer", [
        ["-AskAround", "-Questions  Tags  Users  Unanswered", "-Log in  Sign up"],
        ["+How do I stop my sourdough starter from smelling like nail polish remover?"],
        ["-Asked 3 years ago  Modified 2 months ago  Viewed 18k times", "-Score: 42", "-sourdough  fermentation  baking"],
        ["-Accepted answer", "-Answered by crumb_and_crust · 12.4k reputation"],
        ["+That sharp acetone smell is a sign your starter is hungry, not that it has gone bad.",
         "+When the yeast and bacteria run out of flour, they start producing more acetic acid and other by-products, and the smell follows.",
         "+What usually fixes it",
         "+1. Feed it twice a day instead of once for about a week.",
         "+2. Use a ratio of 1:2:2 (starter, flour, water) by weight.",
         "+3. Keep it somewhere between 22 and 26 °C.",
         "+4. Swap a quarter of the white flour for wholemeal rye.",
         "+\"A starter is a pet that eats on a schedule; miss meals and it complains loudly,\" as the baker who taught me put it.",
         "+If the smell is still there after a week of regular feeding, discard all but a tablespoon and rebuild from that."],
        ["-Share  Improve this answer  Follow", "-edited Mar 4 at 09:12", "-answered Nov 19, 2023 at 21:40",
         "-5 comments", "-Add a comment", "-Your Answer", "-Post Your Answer",
         "-By clicking \"Post Your Answer\", you agree to our terms of service and acknowledge you have read our privacy policy.",
         "-Not the answer you're looking for? Browse other questions tagged sourdough fermentation or ask your own question.",
         "-Hot Network Questions",
         "-Site design / logo © 2026 AskAround Inc; user contributions licensed under CC BY-SA.",
         "-Featured on Meta", "-Question feed"],
    ]),
    _page("en", "en-ferry-service-notice", [
        ["-Skerrow Island Ferries", "-Timetables  Fares  Book now  Freight  Help", "-Manage my booking"],
        ["-Service update", "-Posted 06:15, Tuesday 10 February 2026"],
        ["+Reduced timetable on the Port Annis to Skerrow crossing this week",
         "+Our vessel MV Glenmorra is out of service for an unplanned repair to its stern door, so we are running a reduced timetable with MV Catriona until Friday 13 February.",
         "+Revised departures from Port Annis",
         "+07:30 – sailing as normal",
         "+11:00 – cancelled",
         "+14:15 – sailing as normal",
         "+18:40 – departs 19:10",
         "+Customers booked on the 11:00 sailing have been moved to 14:15 and will receive a text message confirming their new time.",
         "+\"We know how much islanders depend on this route, and we are sorry for the disruption,\" said operations manager Fiona Cairnie.",
         "+Vehicle space on the remaining sailings is limited, so foot passengers are asked to travel on the 07:30 where possible."],
        ["-Sign up for SMS service alerts", "-Check live sailing status",
         "-Was this update useful?  Yes  No",
         "-Related updates", "-Weather disruption: what to expect this winter", "-New card payments on board from March",
         "-Skerrow Island Ferries Ltd, Pier Road, Port Annis PA9 4QT", "-Registered in Scotland SC612447",
         "-Accessibility  Terms and conditions  Privacy  Cookies",
         "-Follow us on Facebook and X for real-time updates",
         "-Latest service updates", "-All updates", "-Print this page", "-Call us on 0300 555 0182 (8am–6pm, 7 days)", "-© 2026 Skerrow Island Ferries Ltd", "-We use cookies to improve your experience. Accept all  Manage preferences"],
    ]),
    _page("fr", "fr-salon-coiffure-news", [
        ["-Atelier Mèche & Miroir", "-Accueil  Prestations  Tarifs  L'équipe  Actualités  Contact", "-Prendre rendez-vous en ligne"],
        ["-Actualités", "-Publié le 3 février 2026 par Sandrine", "-Catégorie : Conseils soins"],
        ["+Cheveux secs en hiver : nos gestes pour passer la saison",
         "+Le froid dehors, le chauffage dedans : en février, les cheveux souffrent deux fois plus et les pointes cassent vite.",
         "+Au salon, nous voyons chaque semaine des clientes qui pensent devoir tout couper, alors que quelques habitudes suffisent souvent.",
         "+Nos quatre gestes de saison",
         "+– un shampoing doux, deux fois par semaine au maximum ;",
         "+– un masque nourrissant laissé dix minutes, une fois par semaine ;",
         "+– le sèche-cheveux en air tiède, jamais brûlant ;",
         "+– un bonnet doublé de satin plutôt qu'en laine brute.",
         "+« Une coupe d'entretien toutes les huit semaines vaut mieux qu'une grosse coupe au printemps », rappelle Sandrine, qui dirige le salon depuis 2011.",
         "+Pendant tout le mois, le diagnostic du cuir chevelu est offert à chaque rendez-vous couleur."],
        ["-Partager : Facebook  Pinterest  E-mail",
         "-Laisser un commentaire", "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
         "-Article précédent : Les tendances couleur du printemps",
         "-Horaires : du mardi au samedi, 9 h – 19 h", "-12, rue des Tanneurs – 04 71 55 32 18",
         "-Suivez-nous sur Instagram", "-Mentions légales  Politique de confidentialité  Plan du site",
         "-© 2026 Atelier Mèche & Miroir – Tous droits réservés",
         "-Ce site utilise des cookies pour mesurer son audience. Accepter  Refuser  Personnaliser",
         "-Mots-clés : cheveux secs, hiver, soins", "-Article suivant : Pourquoi nous passons aux colorations végétales", "-Retour aux actualités", "-Offrir une carte cadeau", "-Rejoignez notre programme fidélité"],
    ]),
    _page("fr", "fr-collecte-dechets", [
        ["-Communauté de communes du Val de Sorvière", "-Vivre ici  Services  Démarches  Élus  Agenda", "-Rechercher sur le site"],
        ["-Info travaux et services", "-Mis en ligne le 22/01/2026", "-Service gestion des déchets"],
        ["+Collecte des déchets : nouveaux jours de passage à partir du 2 mars",
         "+À partir du lundi 2 mars, les tournées de collecte des ordures ménagères et des emballages sont réorganisées sur l'ensemble des quatorze communes.",
         "+Ce changement accompagne la mise en service de deux nouveaux camions et la fermeture du quai de transfert de Lessac.",
         "+Les nouveaux jours de collecte",
         "+Secteur nord (Aubrac-sur-Sorve, Lessac, Peyrolles) : lundi",
         "+Secteur centre (Sorvière, Montclar) : mardi et vendredi",
         "+Secteur sud (Vabres-le-Haut et hameaux) : jeudi",
         "+Les bacs doivent être sortis la veille au soir et rentrés après le passage du camion.",
         "+« Nous gagnons une tournée par semaine, ce qui permettra de passer plus souvent l'été », explique Didier Malbos, vice-président chargé de l'environnement.",
         "+Un calendrier papier sera distribué dans toutes les boîtes aux lettres avant la fin du mois de février."],
        ["-Télécharger le calendrier 2026 (PDF, 1,2 Mo)", "-Cette page vous a-t-elle été utile ?",
         "-À lire aussi", "-Déchetteries : horaires d'hiver", "-Composteurs : distribution gratuite le 14 mars",
         "-Contact : service déchets – 05 65 48 20 90 – dechets@valdesorviere.example",
         "-Imprimer la page", "-Partager sur Facebook",
         "-Accessibilité : partiellement conforme", "-Mentions légales  Données personnelles  Gestion des cookies",
         "-Communauté de communes du Val de Sorvière – 2 place de la Mairie, 12390 Sorvière",
         "-Newsletter : recevez l'actualité de la communauté de communes", "-Facebook  YouTube", "-Plan du site", "-Signaler un dépôt sauvage"],
    ]),
    _page("de", "de-fahrradwerkstatt-blog", [
        ["-Speichenwerk – Fahrradwerkstatt & Verleih", "-Werkstatt  Verleih  Gebrauchträder  Blog  Kontakt", "-Termin buchen"],
        ["-Blog", "-12. März 2026 · Werkstatt-Tipps", "-Geschrieben von Ole"],
        ["+Frühjahrscheck: In fünf Schritten fit in die Radsaison",
         "+Nach dem Winter im Keller braucht fast jedes Rad ein wenig Zuwendung, bevor es wieder jeden Tag zur Arbeit geht.",
         "+Vieles davon können Sie selbst erledigen – für den Rest sind wir da.",
         "+Unsere Checkliste",
         "+1. Reifendruck prüfen: Der richtige Wert steht auf der Reifenflanke.",
         "+2. Kette reinigen und sparsam ölen, überschüssiges Öl abwischen.",
         "+3. Bremsbeläge ansehen: Sind die Rillen weg, müssen sie getauscht werden.",
         "+4. Licht vorne und hinten testen.",
         "+5. Schrauben an Lenker und Sattelstütze nachziehen.",
         "+„Eine verschlissene Kette frisst in einer Saison Ritzel und Kettenblätter gleich mit“, sagt Werkstattmeister Ole Brinkhaus.",
         "+Im April bieten wir außerdem an jedem Samstag einen kostenlosen Bremsen-Check ohne Termin an."],
        ["-Teilen: Facebook  WhatsApp  E-Mail",
         "-Schlagwörter: Frühjahr, Wartung, Kette",
         "-Ein Kommentar", "-Antworten",
         "-Vorheriger Beitrag: E-Bike-Akku richtig überwintern",
         "-Öffnungszeiten: Mo–Fr 10–18 Uhr, Sa 10–14 Uhr",
         "-Speichenwerk GbR · Hafenstraße 7 · 26399 Fennhusen · Tel. 04421 778 205",
         "-Impressum  Datenschutz  AGB",
         "-Wir verwenden Cookies. Alle akzeptieren  Nur notwendige",
         "-Newsletter abonnieren", "-Nach oben",
         "-Kategorien: Werkstatt-Tipps, E-Bike, Verleih", "-Nächster Beitrag: Welches Schloss passt zu meinem Rad?", "-Schreibe einen Kommentar", "-Deine E-Mail-Adresse wird nicht veröffentlicht."],
    ]),
    _page("de", "de-tennisclub-turnier", [
        ["-TC Grün-Weiß Hollerbach 1927 e.V.", "-Verein  Mannschaften  Training  Platzbuchung  Aktuelles", "-Mitglied werden", "-Login"],
        ["-Aktuelles", "-Veröffentlicht am 08.09.2026", "-von Pressewart Stefan Rühl", "-Aufrufe: 186"],
        ["+Clubmeisterschaften 2026: Spannende Finals bei bestem Wetter",
         "+Drei Tage lang wurde auf unserer Anlage um die Vereinstitel gespielt, und die Finals am Sonntag lockten über 120 Zuschauer an.",
         "+Die Sieger im Überblick",
         "+Damen Einzel: Lena Kästner – Miriam Holz 6:4, 7:5",
         "+Herren Einzel: Tobias Wendt – Felix Auer 3:6, 6:3, 10:7",
         "+Mixed: Kästner/Wendt – Holz/Brenner 6:2, 6:4",
         "+Herren 50: Rainer Vogt – Uwe Schaller 6:1, 6:2",
         "+Besonders umkämpft war das Herrenfinale, das erst im Match-Tiebreak entschieden wurde.",
         "+„So ein Finale habe ich auf unserer Anlage noch nicht erlebt“, sagte Sportwart Heike Lorenz bei der Siegerehrung.",
         "+Ein großer Dank geht an das Helferteam um die Jugendabteilung, die den Getränkestand betreute."],
        ["-Platzbelegung online ansehen", "-Teilen", "-Kommentar schreiben",
         "-Weitere Meldungen", "-Herren 40 steigen in die Bezirksliga auf", "-Schnuppertraining für Kinder im Oktober",
         "-Unsere Sponsoren: Autohaus Kessler · Bäckerei Rothmund · Sparkasse Hollerbach",
         "-Impressum · Datenschutz · Satzung",
         "-© 2026 TC Grün-Weiß Hollerbach 1927 e.V.",
         "-Drucken", "-Zurück zur Übersicht", "-Geschäftsstelle: Am Sportpark 3, Tel. 06251 555 390", "-Facebook · Instagram"],
    ]),
    _page("it", "it-orchestra-giovanile-diario", [
        ["-Orchestra Giovanile Val Ombrina", "-Chi siamo  Concerti  Audizioni  Diario di tournée  Sostienici", "-Iscriviti alla newsletter"],
        ["-Diario di tournée", "-Pubblicato il 21 luglio 2026", "-Scritto da Elisa, viola", "-Lettura: 4 min"],
        ["+Giorno 5: da Velmora a Castelrame, tra una prova e un temporale",
         "+La sveglia è suonata alle sei, e alle sette eravamo già tutti sul pullman con gli strumenti caricati nel bagagliaio.",
         "+A Castelrame ci aspettava la sala più grande della tournée: milleduecento posti e un'acustica che ci ha fatto tremare le gambe.",
         "+Il programma della serata",
         "+Giacomo Ferraris – Ouverture «La fiera di Sant'Orso»",
         "+Ettore Malvestiti – Serenata per archi, op. 9",
         "+Clelia Bonomi – Suite «Le lanterne del porto»",
         "+Durante la prova generale è saltata la corrente per dieci minuti, e abbiamo continuato a suonare la Serenata a memoria, al buio.",
         "+«Non vi ho mai sentiti così uniti come in quei dieci minuti», ci ha detto il maestro Andrea Bellotti dopo il concerto.",
         "+Domani ci aspetta l'ultima tappa, a Brunnfeld, e poi il lungo viaggio di ritorno verso casa."],
        ["-Condividi su Facebook  Condividi su WhatsApp",
         "-Tag: tournée 2026, Castelrame, archi",
         "-← Giorno 4: Velmora  |  Giorno 6: Brunnfeld →",
         "-2 commenti", "-Lascia un commento",
         "-Sostieni l'orchestra: dona il tuo 5x1000, C.F. 93044820165",
         "-Associazione Orchestra Giovanile Val Ombrina – Via Roma 14, 24099 Ombrina (BG)",
         "-Privacy policy  Cookie policy",
         "-Seguici su Instagram e YouTube",
         "-Questo sito utilizza cookie tecnici e di terze parti. Accetta  Rifiuta",
         "-Prossimi concerti", "-12 settembre – Concerto di fine tournée, Auditorium di Ombrina", "-Stampa questo articolo", "-© 2026 Orchestra Giovanile Val Ombrina – Tutti i diritti riservati"],
    ]),
    _page("it", "it-vivaio-consigli", [
        ["-Vivai Borghetti dal 1968", "-Piante  Giardino  Orto  Consigli  Dove siamo", "-Area clienti", "-Carrello"],
        ["-Consigli di stagione", "-10 ottobre 2026", "-Redazione Vivai Borghetti"],
        ["+Ottobre in giardino: cosa piantare prima del freddo",
         "+L'autunno è il momento migliore per mettere a dimora molte piante: il terreno è ancora tiepido e le piogge aiutano le radici.",
         "+Chi aspetta la primavera perde quasi sei mesi di crescita.",
         "+Da piantare adesso",
         "+Bulbi: tulipani, narcisi e crochi, a una profondità di tre volte la loro altezza.",
         "+Arbusti: viburno, corniolo e ortensie a radice nuda.",
         "+Orto: aglio, fave e cipolle bianche.",
         "+Prati: semina o trasemina entro la fine del mese.",
         "+«Una buona pacciamatura oggi vale due annaffiature la prossima estate», ricorda il nostro agronomo Luca Borghetti.",
         "+Chi non sa da dove cominciare può portarci una foto dell'aiuola: in vivaio vi aiutiamo a scegliere."],
        ["-Prodotti consigliati", "-Scopri la collezione bulbi autunnali",
         "-Condividi  Stampa",
         "-Articoli correlati", "-Come proteggere gli agrumi in vaso dal gelo",
         "-Orari: lun–sab 8.30–12.30 / 14.30–19.00, domenica mattina aperto",
         "-Vivai Borghetti S.n.c. – P. IVA 01877450352",
         "-Iscriviti alla newsletter per ricevere i consigli del mese",
         "-Privacy  Cookie  Condizioni di vendita",
         "-Spedizioni gratuite sopra i 59 €",
         "-Tag: autunno, bulbi, orto", "-Lascia un commento", "-Seguici su Facebook e Instagram", "-© 2026 Vivai Borghetti – Tutti i diritti riservati"],
    ]),
    _page("pl", "pl-kawiarnia-planszowki-blog", [
        ["-Kostka i Kubek – kawiarnia z grami", "-Menu  Gry  Rezerwacje  Wydarzenia  Blog", "-Zarezerwuj stolik"],
        ["-Blog", "-Dodano: 14.11.2026", "-Autor: Kuba z zespołu Kostki", "-Kategoria: Polecajki"],
        ["+Pięć gier na pierwszy wieczór z planszówkami",
         "+Co tydzień przychodzą do nas grupy, które nigdy wcześniej nie grały w nic poza chińczykiem i warcabami.",
         "+Zawsze pytają o to samo: od czego zacząć, żeby nikt się nie nudził?",
         "+Nasza piątka na start",
         "+1. Kolejka Szczęścia – 2–5 graczy, 30 minut",
         "+2. Sad Sąsiada – 2–4 graczy, 20 minut",
         "+3. Złodzieje Lampionów – 3–6 graczy, 15 minut",
         "+4. Wieża z Klocków – 2–8 graczy, 10 minut",
         "+5. Wyprawa na Mgliste Wzgórza – 2–4 graczy, 45 minut",
         "+„Najlepsza gra na początek to taka, której zasady da się wytłumaczyć w trzy minuty” – mówi Ania, która prowadzi u nas wieczory dla początkujących.",
         "+Wszystkie te tytuły są w naszej bibliotece gier i można je wypożyczyć przy stoliku."],
        ["-Udostępnij: Facebook  Messenger",
         "-Tagi: dla początkujących, gry imprezowe",
         "-Skomentuj wpis", "-Brak komentarzy",
         "-Poprzedni wpis: Turniej Kolejki Szczęścia – wyniki",
         "-Godziny otwarcia: pon–czw 14–23, pt–sob 12–1, nd 12–22",
         "-ul. Długa 18, 85-999 Borowice Wielkie · tel. 52 555 18 90",
         "-Kostka i Kubek Sp. z o.o., NIP 554-298-41-07",
         "-Polityka prywatności  Regulamin",
         "-Korzystamy z plików cookies. Akceptuję",
         "-Następny wpis: Jak działa nasza wypożyczalnia gier", "-Zapisz się na newsletter", "-Instagram  Facebook  TikTok", "-© 2026 Kostka i Kubek"],
    ]),
    _page("pl", "pl-klub-seniora", [
        ["-Klub Seniora „Jesienne Liście” przy Spółdzielni Osiedle Słoneczne", "-Start  O klubie  Zajęcia  Aktualności  Galeria  Kontakt"],
        ["-Aktualności", "-Opublikowano: 5 marca 2026", "-Redakcja strony: Halina Wrzos", "-Odsłon: 97"],
        ["+Wiosenny plan zajęć i wycieczka do Zdrojowic Górnych",
         "+Od 16 marca w klubie rusza wiosenny plan zajęć, do którego wróciły ulubione warsztaty i dwie nowe propozycje.",
         "+Plan tygodnia",
         "+poniedziałek, 10:00 – gimnastyka przy muzyce",
         "+wtorek, 11:00 – kurs obsługi smartfona",
         "+środa, 16:00 – chór „Wrzosowe Nuty”",
         "+czwartek, 10:30 – warsztaty ceramiki",
         "+piątek, 17:00 – wieczór brydżowy",
         "+W sobotę 18 kwietnia zapraszamy na jednodniową wycieczkę autokarową do Zdrojowic Górnych; zapisy do 31 marca u pani Haliny.",
         "+„Najważniejsze, żeby nikt nie siedział sam w domu” – powtarza przewodnicząca klubu Krystyna Malec.",
         "+Udział we wszystkich zajęciach jest bezpłatny dla mieszkańców osiedla."],
        ["-Drukuj", "-Wróć do listy aktualności",
         "-Zobacz także", "-Dzień Kobiet w klubie – relacja", "-Zebranie członków klubu 2026",
         "-Kontakt: ul. Wrzosowa 3 (pawilon), tel. 600 555 271, czynne pon–pt 9–17",
         "-Spółdzielnia Mieszkaniowa „Osiedle Słoneczne”",
         "-Deklaracja dostępności", "-Polityka prywatności", "-Mapa strony",
         "-© 2026 Klub Seniora „Jesienne Liście”", "-Strona korzysta z plików cookie.",
         "-Udostępnij", "-Kategoria: Zajęcia", "-Wyszukiwarka"],
    ]),
    _page("ru", "ru-muzshkola-otchetnyj-kontsert", [
        ["-Детская музыкальная школа № 3 г. Краснополья", "-Сведения об образовательной организации", "-Главная  О школе  Отделения  Поступающим  Новости  Контакты", "-Версия для слабовидящих"],
        ["-Новости", "-18 мая 2026", "-Просмотров: 143"],
        ["+Отчётный концерт фортепианного отделения собрал полный зал",
         "+В субботу в концертном зале школы прошёл традиционный отчётный концерт фортепианного отделения.",
         "+На сцену вышли 26 учеников — от первоклассников до выпускников, которые этим летом заканчивают обучение.",
         "+В программе концерта",
         "+— пьесы для начинающих в исполнении учеников младших классов;",
         "+— фортепианные ансамбли в четыре руки;",
         "+— сонаты и этюды выпускников;",
         "+— финальный номер: сводный ансамбль преподавателей и учеников.",
         "+«Главное для нас не оценка, а то, что дети не боятся выходить на сцену», — отметила заведующая отделением Вера Николаевна Лаврентьева.",
         "+Запись концерта будет доступна родителям в родительском чате классов до конца учебного года."],
        ["-Поделиться:", "-ВКонтакте", "-Одноклассники", "-Telegram",
         "-Другие новости", "-Приём документов на 2026/2027 учебный год", "-Итоги областного конкурса юных пианистов",
         "-Адрес: 456780, г. Краснополье, ул. Садовая, д. 12", "-Телефон: 8 (35159) 2-14-77",
         "-Информация о противодействии коррупции", "-Карта сайта",
         "-© 2026 МБУ ДО «ДМШ № 3»",
         "-Распечатать", "-Все новости"],
    ]),
    _page("ru", "ru-kinoklub-anons", [
        ["-Киноклуб «Восьмой ряд»", "-Афиша  Архив показов  О клубе  Вступить", "-Войти"],
        ["-Анонсы", "-Опубликовано 2 октября 2026 в 14:05", "-Автор: Дмитрий К.", "-Время чтения — 2 мин"],
        ["+Октябрь в «Восьмом ряду»: месяц северного кино",
         "+В октябре киноклуб показывает четыре фильма, снятые за Полярным кругом, — от документальной ленты до почти забытой комедии.",
         "+Расписание показов",
         "+7 октября, 19:00 — «Белая ночь над Ямсой»",
         "+14 октября, 19:00 — «Рыбаки Тюленьей губы»",
         "+21 октября, 19:00 — «Полярный вальс»",
         "+28 октября, 19:00 — «Последний пароход»",
         "+После каждого показа — обсуждение с ведущим клуба Павлом Гуревичем.",
         "+«Мы выбирали фильмы, которые почти никто не видел на большом экране», — рассказывает куратор программы Анна Бельская.",
         "+Вход по абонементу клуба или по разовому билету, который можно купить в кассе перед сеансом."],
        ["-Поделиться в Telegram", "-Поделиться ВКонтакте",
         "-Теги: киноклуб, документальное кино",
         "-Комментарии (4)", "-Чтобы оставить комментарий, войдите на сайт.",
         "-Предыдущий анонс: Сентябрь — месяц итальянского неореализма",
         "-Место показов: Дом культуры «Маяк», малый зал, ул. Лесная, 4",
         "-Мы в соцсетях: VK  Telegram",
         "-Политика конфиденциальности",
         "-Сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
         "-© Киноклуб «Восьмой ряд», 2015–2026",
         "-Следующий анонс: Ноябрь — месяц японской анимации", "-Подписаться на рассылку", "-Поддержать клуб"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "en-qa-site-answer": "an English Q&A site's accepted answer: 'Score: 42', the tag row 'sourdough  fermentation  "
                         "baking', 'Accepted answer' and the answerer line 'Answered by crumb_and_crust · 12.4k "
                         "reputation' are left",
    "fr-collecte-dechets": "a French waste-collection notice: the label 'Info travaux et services' and the "
                           "department line 'Service gestion des déchets' are left",
}


test_held_out_35_line, test_held_out_35_line_is_kept, test_held_out_35_page = held_out_tests(
    HELD_OUT_35_LINES, HELD_OUT_35_KEEP, HELD_OUT_35_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
