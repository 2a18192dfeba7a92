"""Held-out set 61: written blind, weighted toward the noise the cleaner exists for, in shapes set 60's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an ad-unit shortcode
leftover '[ad_unit slot="incontent_2" size="300x250"]', a curly-brace template leftover
'{{sponsored_block:top-leaderboard}}', the RSS-feed footer "The post X appeared first on Y" in English
and its WordPress translations in French ("L'article X est apparu en premier sur Y"), German ("Der
Beitrag X erschien zuerst auf Y"), Italian ("L'articolo X sembra essere il primo su Y"), Polish
("Artykuł X pochodzi z serwisu Y") and Russian ("Сообщение X появились сначала на Y"), and an English
imported-automatically-from-a-partner-RSS-feed line); reading-time and date headers in new shapes (an
English published/updated/min-read row, the English "Estimated reading time: N minutes", a French
updated-on-date-at-time with "Lecture : 4 min", a German updated-on-date-and-time with "Lesedauer 3 Min.",
an Italian updated-on-date-at-time with a reading time in minutes, a Polish "Aktualizacja:" date-and-time
header and a Russian "Обновлено ... в ..." header); bylines and self-promotion (an English buy-me-a-coffee
line, an English author bio with a newsletter plug, an English online-course enrolment plug, a French
Ko-fi plug, a German about-the-author bio with a website, an Italian Buy-Me-a-Coffee plug, a Polish
buycoffee.to plug and a Russian local-historian bio with a lectures plug); blog footers ("Blog at
WordPress.com." and its German, Italian, Polish and Russian translations, an English copyright row with
"Powered by Ghost" and a theme credit, and the French Blogger "Thème Simple. Fourni par Blogger.");
reader-comment furniture (the WordPress "Leave a Reply Cancel reply" row in English, French, German,
Italian, Polish and Russian, an English commenter-says-date row, the your-email-address-will-not-be-
published row in French and Italian, and German and Polish moderation notes); an English WordPress
"Share this: Click to email a link to a friend (Opens in new window) ..." row (share); and an English
not-reviewed-by-an-editor automated-feed warning and the Russian the-author's-opinion-may-differ-from-the-
editors' disclaimer (notice); and toward whole scraped news and opinion pages in layouts sets 41 to 60
did not use (a bakery cooperative's news, a river clean-up group's haul report, a municipal ice rink's
season extension, a community garden's seed swap, a volunteer fire brigade's youth section exercise, a
typewriter collectors' meet, a city choir's audition call, a vintage tractor rally, a neighbourhood watch
bulletin, a pensioners' computer course, a sign-language café's news and a harbour festival's programme
change).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 60) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 60 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with
their reasons and the three test functions), printed with an ast script (``ast.get_docstring`` cut at the
first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page``
node's source segments, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 60's with 60 -> 61 (with the empty ``_KEEP_XFAIL`` table set 60's tail holds). Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s61 at commit COMMIT, which was also main's HEAD at my first step) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
draft was executed from a scratch folder (/tmp/s61) with a stand-in for ``noisy_corpus`` that only
counted lines and checked that no page noise line repeats on its page, is a substring of an article line
of its page or repeats a line of ``HELD_OUT_61_LINES`` (no case was run through the cleaner). The first
run showed the pages table built as a dict keyed by language; it was rebuilt keyed by page name. The
check then flagged the site-name line "Coro Città di Valdorlo" as a substring of its page's title; it was
reworded ("CoroValdorlo.it – il coro della città") before the measurement. (3) ``git worktree list`` at
my first step printed the paths and branches of other helpers' worktrees (not looked into), and ``git
worktree add`` prints, as git does, the subject line of the commit it checks out (an attribution commit);
it was seen only after the lists were finished and changed nothing in them. main's HEAD was
9b103f593b8462b8093cc9d7dfe28a3ce4bbe3e2 at my first step and had moved to
d89f452826d9f5caa0feddcab4fd97f143d4a8dc when the frozen worktree was made; the measurement is against
the latter. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and
summary, so no tracebacks were seen; the problems were then read out once with ``_problems`` in the
frozen worktree by a script that ran it on every line, keep line and page of this set and printed the
problems of the failing ones, to write the xfail reasons. (5) Invented place names were checked, before
the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Ambersloe, Vernissol, Brameluc,
Lindwacht, Moosquell, Valdorlo, Borgoferla, Wrzosogród, Рябинодол and Кленогорск had no hits; Wrenfold
occurs only as a software library's name and in fiction and games, and "Kminkow-" only as a street name
(ul. Kminkowa) and a surname, not as a town. Replaced before the measurement, from my own memory: the
waders firm "Harlow & Dene" (Harlow is a real town) became Tabbard & Dene, and the computer shop
"Bajtek" (the name of a real Polish computer magazine) became Kilobajt. Not checked: Mill Steps, the old
tannery, the rue des Tanneurs, the place de la Mairie, San Rocco, the osiedle Wrzosowe, ul. Lipowa, the
Соборная площадь and Соборная улица, which are generic and exist in many places; the organisations,
firms, newsletters, blogs and sites (Ambersloe Daily Brief, Ringroad Notes, Wrenfold Themes, Crumb &
Co-op, Flourline Studio, Friends of the Wrenfold Water, Riverbank Digital, Vernissol Infos, Le Jardin des
Quatre Vents, Jardinerie Pivert, Jardinet, Lindwachter Nachrichten, Autohaus Grendel, Typenhebel,
Bürobedarf Haselmann, Gasthaus Zur Linde, Papiermühle Design, Valdorlo Notizie, Coro Città di Valdorlo,
Cantina Morselli, Pentagramma Web, Amici del Trattore d'Epoca, Ricambi Fossati, Trattoria Themes,
Wrzosogród24, Zamki i klucze Pawlak, Osiedlowe Strony, Klub Seniora „Jarzębina”, Kilobajt, Кленогорск
Сегодня, «Заметки с окраины», кафе «Ладони», «Тихая волна», Рябинодол.Инфо, «Улов», the example domains)
and the people, all invented; "Gasthaus Zur Linde", "Jarzębina", «Улов» and «Тихая волна» are common
enough that real businesses may carry them. (6) Some lines name real things, as real pages do:
WordPress, WordPress.com, Ghost, Blogger and its Simple theme, Ko-fi, Buy Me a Coffee, buycoffee.to,
Facebook, Instagram, X, WhatsApp, Messenger, Telegram, ВКонтакте, Одноклассники, the French loi 1901 and
SIRET, the German Leistungsspange, the Italian APS, 5x1000 and C.F., the Russian ЭЛ № ФС registration,
and the tractor makes Landini and Fiat in a rally's prize list; registry and phone numbers are
zero-filled. No real person is named. (7) Set 60's docstring names its own shapes and the earlier sets'
page layouts only, so some lines may repeat shapes of sets before 60 that I could not check; in
particular "Leave a Reply Cancel reply", "Your email address will not be published", "Blog at
WordPress.com." and "The post X appeared first on Y" are common WordPress furniture that set 41 (a
content farm, an auto-blog, a WordPress comment thread) or others may have used. Close to shapes set 60
named: the Polish "Artykuł X pochodzi z serwisu Y" footer is a source credit like its Polish
first-appeared-on-the-portal credit, the Italian updated-on-date line with a reading time in minutes is
a reading-time line like its minutes-and-seconds one, and the French Blogger credit is a platform-and-
theme credit like its French WordPress/Astra one, with another platform. (8) My first step's clock
reading was 2026-12-03 14:01:44 UTC.

Judgement calls: the keep lines opening with "Powered by two diesel pumps", "Leave requests", "Buy-in",
"Comments made by the mayor", "Updated flood maps", "Support for the scheme", "Blog posts by the former
treasurer", "Laisser les classes", "Mis à part", "Votre enfant", "Der Beitragssatz", "Aktualisierte
Zahlen", "Schreiben mussten", "L'articolo 12", "Lascia il paese", "Aggiornato il piano", "Dodaj do tego",
"Postawienie", "Обновлено расписание" and "Сообщение о закрытии" are article sentences. The shortcode and
template leftovers, the RSS-feed appeared-first-on footers and the imported-from-a-feed line are counted
as markers; published/updated/read-time rows and updated-on date headers as reading-time lines; coffee,
newsletter, course, bio and lecture plugs as bylines; platform, theme and copyright rows as footers;
leave-a-reply rows, the commenter-says row, the email-not-published rows and moderation notes as
comments; the share-this row as share; the automated-feed warning and the opinion disclaimer as notices.
On every page the title, the first paragraph, the paragraph with the quote, the subheading, its four list
rows and the last two paragraphs are article (10 lines a page) and everything else is noise (20 lines a
page: six lines above the title, two under it, two between the first paragraph and the paragraph with
the quote, two between the list rows and the last two paragraphs, eight at the foot); in particular the
site names, menus, search, login, accessibility, alert and breadcrumb lines, weather and next-event
lines, posted-by, date, view-count and reading-time lines, ads, sponsor and partner lines, shortcode and
bracketed ad labels, membership, fee, gift-card, booking, sign-up and donation lines, downloads (forms,
rules, leaflets, risk assessment), newsletter, channel and group lines, share and follow rows, tags,
categories, related and read-next links, galleries, comment counts, comments with their names, dates and
reply/like links, leave-a-comment, moderation and awaiting-moderation lines, was-this-page-useful,
charity, registry, legal and reprint lines, copyright, platform, theme and web-studio credits, cookie
and privacy lines, the 18+ mark and back-to-top links are noise. The rows: en-bakery-cooperative-news
"What the members agreed", en-river-cleanup-haul "The morning's haul", fr-patinoire-saison "Les horaires
jusqu'à la fermeture", fr-jardin-partage-troc-graines "Les graines les plus demandées",
de-jugendfeuerwehr-uebung "Der Ablauf der Übung", de-schreibmaschinen-sammlertreffen "Die Höhepunkte des
Tages", it-coro-cittadino-audizioni "Come si svolge l'audizione", it-raduno-trattori-epoca "I premi della
giornata", pl-straz-sasiedzka-biuletyn "Co udało się zrobić w tym roku", pl-kurs-komputerowy-seniorow
"Czego nauczyli się uczestnicy", ru-kafe-zhestovogo-yazyka "Что будет на уроках" and
ru-prazdnik-porta-programma "Изменения в программе", each with four rows; all of them are article.

Contents: 45 noise lines (marker 9, reading-time 7, byline 8, footer 7, comments 11, share 1, notice 2;
by language en 15 (marker 4, reading-time 2, byline 3, footer 2, comments 2, share 1, notice 1), fr, de,
it and pl 6 each (marker 1, reading-time 1, byline 1, footer 1, comments 2) and ru 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2,
ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-bakery-cooperative-news (a worker-owned bakery's news of four new worker-members, with a comment),
en-river-cleanup-haul (a river clean-up group's haul report, with a comment), fr-patinoire-saison (a
town's official site announcing its ice rink's longer season), fr-jardin-partage-troc-graines (a
community garden's blog on its seed swap, with a comment), de-jugendfeuerwehr-uebung (a volunteer fire
brigade's youth section's exercise at an old sawmill, with a comment), de-schreibmaschinen-sammlertreffen
(a typewriter collector's blog on a collectors' meet, with a comment), it-coro-cittadino-audizioni (a
city choir's audition call, with a comment), it-raduno-trattori-epoca (a vintage tractor club's spring
rally, with a comment), pl-straz-sasiedzka-biuletyn (a neighbourhood watch's yearly bulletin, with a
comment), pl-kurs-komputerowy-seniorow (a pensioners' club's computer course graduation, with a comment),
ru-kafe-zhestovogo-yazyka (a sign-language café's free lessons, with a comment) and
ru-prazdnik-porta-programma (a town news site's report of a harbour festival moved and its programme
changed, with a comment); every page holds a title, a subheading with list rows, a quote in the article
and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit d89f452826d9f5caa0feddcab4fd97f143d4a8dc, measured with ``cd
/tmp/wt-s61 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s61/src python -m pytest -q
tests/test_clean_held_out_61.py -rA -p no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s61 &&
PYTHONPATH=/tmp/wt-s61/src python scripts/clean_held_out_report.py --sets 61``, with the xfail tables
empty): noise lines removed 37/45 (marker 7/9, reading-time 7/7, byline 4/8, footer 7/7, comments 10/11,
share 1/1, notice 1/2; missed, all kept as paragraphs: the English "This story was imported
automatically from a partner RSS feed and may contain formatting errors.", "Enjoyed this piece? Buy me a
coffee ☕ and keep this blog ad-free.", "Dana Rothwell is a former transport planner who writes the
weekly Ringroad Notes newsletter. Subscribe free at ringroadnotes.example", "My online course “Reporting
Your Own Town” opens for enrolment on Monday — early-bird price until Friday." and "This article was
generated from an automated news feed and has not been reviewed by an editor.", the Polish "Artykuł Nowy
rozkład autobusów do Kminkowa pochodzi z serwisu Wrzosogród24." and "Komentarze są moderowane i pojawią
się po zatwierdzeniu przez administratora." and the Russian "Автор — краевед и учитель истории, ведёт
блог «Заметки с окраины». Приглашаю на мои лекции по истории края — расписание на сайте."); keep lines
kept 20/20; pages 1/12 clean (ru-prazdnik-porta-programma), 24 of 240 page noise lines left and 0 of 120
article lines lost: en-bakery-cooperative-news 1 left ("Gift cards available in store and online");
en-river-cleanup-haul 2 left ("Donate £5 to buy a litter picker for a new volunteer" and "Waders and
gloves are provided — just bring a packed lunch"); fr-patinoire-saison 2 left ("Location de patins : 3 €
la séance" and "Anniversaires sur glace : réservez en ligne"); fr-jardin-partage-troc-graines 4 left
("Le Jardin des Quatre Vents – jardin partagé de Vernissol", "[annonce partenaire]", "Jardinerie Pivert –
tout pour le potager" and "Blog › Vie du jardin"); de-jugendfeuerwehr-uebung 2 left ("Mitmachen ab 10
Jahren – jetzt Schnuppertermin vereinbaren" and "Fördermitglied werden – schon ab 24 Euro im Jahr");
de-schreibmaschinen-sammlertreffen 3 left ("Mein Ersatzteillager: Typenhebel, Walzen und Federn auf
Anfrage", "Verwandte Beiträge: Die Reiseschreibmaschine meines Großvaters" and "Newsletter abonnieren und
kein Treffen verpassen"); it-coro-cittadino-audizioni 2 left ("Cantina Morselli – i vini della valle dal
1921" and "Quota associativa annuale: 50 euro"); it-raduno-trattori-epoca 2 left ("Acquista il
calendario 2027 del club" and "Galleria fotografica completa su Facebook"); pl-straz-sasiedzka-biuletyn 1
left ("Zgłoś problem przez formularz online"); pl-kurs-komputerowy-seniorow 3 left ("Zapisy na kolejną
edycję: tel. 000 000 000", "Kurs sfinansowano ze środków gminy – dowiedz się więcej" and "Galeria zdjęć z
rozdania dyplomów"); ru-kafe-zhestovogo-yazyka 2 left ("Подарочные сертификаты — в кассе кафе" and "Мы
ВКонтакте: vk.com/example"); ru-prazdnik-porta-programma clean. Of the left page lines four stand above
the title (all on fr-jardin-partage-troc-graines), seven between the first paragraph and the paragraph
with the quote and thirteen between the list rows and the last paragraphs; none under the title or at
the foot. The failing cases are strict xfails.

Still held out after round 58 (development on set 58; measured once with ``python
scripts/clean_held_out_report.py --sets 61`` and ``pytest tests/test_clean_held_out_61.py`` on this set
rebased onto main with round 58, 2026-12-03): identical to the baseline (37/45, 20/20, 1/12 clean, 24 of
240 page noise lines left, none of 120 article lines lost). No case changed.

Still held out after round 59 (development on set 60; measured once with ``python
scripts/clean_held_out_report.py --sets 61`` and ``pytest tests/test_clean_held_out_61.py`` on this set
rebased onto main with round 59, 2026-12-03): identical to the baseline (37/45, 20/20, 1/12 clean, 24 of
240 page noise lines left, none of 120 article lines lost). No case changed.

Round 60 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 61`` and ``pytest tests/test_clean_held_out_61.py`` at 1bb6f06
(before) and the round's last commit on branch round60 (after): noise lines 37 -> 45/45 (marker 7 -> 9/9,
reading-time 7/7, byline 4 -> 8/8, footer 7/7, comments 10 -> 11/11, share 1/1, notice 1 -> 2/2), keep lines
20 -> 20/20, pages 1 -> 11/12 clean, page noise lines left 24 -> 1 of 240, article lines lost 0 -> 0 of 120;
pytest 58 passed, 19 xfailed -> 76 passed, 1 xfailed. The mechanism: the page-head walk of
pl-kurs-komputerowy-seniorow depended on its body growing up from its last two paragraphs (one of them six
words, no prose alone) over the list rows; once the rules took the gallery and learn-more lines between,
that gap read as the page's and the page kept its six head lines; a run with fewer than two prose lines
now goes on up over such a gap (no other set changed by it). As classes in six languages: a feed's
appeared-first-on footer with the post named by the other noun ("Artykuł X pochodzi z serwisu Y", "The
article X ...", "Der Artikel X ...", "Il post X ...", "Статья X ..."); the page imported or generated
automatically from a feed, perhaps not reviewed by an editor; the English coffee button after a question;
comments moderated that appear after the check ("pojawią się po", "erscheinen erst nach", "compariranno
dopo"); a named bio whose last sentence calls to subscribe at a bare domain; the writer's own course
opening for enrolment with an early price, and the writer's invitation to their own talks with the site
alone closing the line. On the pages (whole lines, each with its chrome shape): an ad's bracketed label
naming the partner, gift cards sold in store or at a desk after a dash, a yearly fee, a hire with its
price, a call to become a (supporting) member from a price, a donation of a sum for what it buys, a thing
to book online after a colon, sign-ups by phone, a line closing on a learn-more link, the club's calendar
to buy, joining from an age with a trial session to arrange, a problem to report through the online form,
a newsletter and nothing to miss, the site on a network with its link, a photo gallery's label with what
it shows or where, related posts ("Verwandte Beiträge", "Artykuły powiązane"), a stock of goods on request
and a trade's goods since a year after its name (with the bracketed label gone, the head-blocks pass takes
fr-jardin-partage-troc-graines' site name, garden-centre ad and breadcrumb). Left: en-river-cleanup-haul's
"Waders and gloves are provided — just bring a packed lunch", which reads as a sentence of the article.
Elsewhere: set 55's en-bookshop-blog 2 -> 1 left (its gift-vouchers line; its page xfail reworded); no
article line lost anywhere.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_61_LINES = [
    # en 15
    ("body", '[ad_unit slot="incontent_2" size="300x250"]', "marker"),
    ("head", "{{sponsored_block:top-leaderboard}}", "marker"),
    ("tail", "The post Why the Ambersloe ring road stalled again appeared first on Ambersloe Daily Brief.", "marker"),
    ("tail", "This story was imported automatically from a partner RSS feed and may contain formatting errors.", "marker"),
    ("head", "Published 4 March 2026 · Updated 6 March 2026 · 5 min read", "reading-time"),
    ("head", "Estimated reading time: 7 minutes", "reading-time"),
    ("tail", "Enjoyed this piece? Buy me a coffee ☕ and keep this blog ad-free.", "byline"),
    ("tail", "Dana Rothwell is a former transport planner who writes the weekly Ringroad Notes newsletter. Subscribe free at ringroadnotes.example", "byline"),
    ("tail", "My online course “Reporting Your Own Town” opens for enrolment on Monday — early-bird price until Friday.", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "© 2026 Ambersloe Daily Brief · Powered by Ghost · Theme by Wrenfold Themes", "footer"),
    ("tail", "Leave a Reply Cancel reply", "comments"),
    ("tail", "Margot Keeling says: 14 March 2026 at 8:12 pm", "comments"),
    ("tail", "Share this: Click to email a link to a friend (Opens in new window) Click to print (Opens in new window)", "share"),
    ("head", "This article was generated from an automated news feed and has not been reviewed by an editor.", "notice"),
    # fr 6
    ("tail", "L’article Les bus de nuit reviennent à Vernissol est apparu en premier sur Vernissol Infos.", "marker"),
    ("head", "Mis à jour le 12/03/2026 à 09h14 — Lecture : 4 min", "reading-time"),
    ("tail", "Ce blog est indépendant et sans publicité : offrez-moi un café sur Ko-fi pour le soutenir.", "byline"),
    ("tail", "Thème Simple. Fourni par Blogger.", "footer"),
    ("tail", "Laisser un commentaire Annuler la réponse", "comments"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    # de 6
    ("tail", "Der Beitrag Neue Buslinie nach Moosquell ab März erschien zuerst auf Lindwachter Nachrichten.", "marker"),
    ("head", "Aktualisiert am 12.03.2026, 09:14 Uhr · Lesedauer 3 Min.", "reading-time"),
    ("tail", "Über die Autorin: Jana Pfründer schreibt seit 2014 über Landwirtschaft und Dorfleben. Mehr unter janapfruender.example", "byline"),
    ("tail", "Bloggen auf WordPress.com.", "footer"),
    ("tail", "Schreibe einen Kommentar Antworten abbrechen", "comments"),
    ("tail", "Kommentare werden vor der Freischaltung von der Redaktion geprüft.", "comments"),
    # it 6
    ("tail", "L'articolo Nuove corse del bus per Borgoferla sembra essere il primo su Valdorlo Notizie.", "marker"),
    ("head", "Aggiornato il 12 marzo 2026 alle 09:14 — tempo di lettura: 3 minuti", "reading-time"),
    ("tail", "Se ti è piaciuto questo articolo, offrimi un caffè su Buy Me a Coffee: il blog vive solo grazie ai lettori.", "byline"),
    ("tail", "Blog su WordPress.com.", "footer"),
    ("tail", "Lascia un commento Annulla risposta", "comments"),
    ("tail", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comments"),
    # pl 6
    ("tail", "Artykuł Nowy rozkład autobusów do Kminkowa pochodzi z serwisu Wrzosogród24.", "marker"),
    ("head", "Aktualizacja: 12.03.2026, 09:14", "reading-time"),
    ("tail", "Podoba Ci się to, co piszę? Postaw mi kawę na buycoffee.to", "byline"),
    ("tail", "Blog na WordPress.com.", "footer"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    ("tail", "Komentarze są moderowane i pojawią się po zatwierdzeniu przez administratora.", "comments"),
    # ru 6
    ("tail", "Сообщение Новый маршрут автобуса до Рябинодола появились сначала на Кленогорск Сегодня.", "marker"),
    ("head", "Обновлено 12.03.2026 в 09:14", "reading-time"),
    ("tail", "Автор — краевед и учитель истории, ведёт блог «Заметки с окраины». Приглашаю на мои лекции по истории края — расписание на сайте.", "byline"),
    ("tail", "Блог на WordPress.com.", "footer"),
    ("tail", "Добавить комментарий Отменить ответ", "comments"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_61_KEEP = [
    ("body", "Powered by two diesel pumps, the flood barrier held through the night, engineers said."),
    ("body", "Leave requests from nurses doubled over the winter, the hospital's own figures show."),
    ("tail", "Buy-in from the smaller parishes came only after the council agreed to share the costs."),
    ("body", "Comments made by the mayor at the hearing were later withdrawn in writing."),
    ("head", "Updated flood maps released on Tuesday put another 300 homes inside the risk zone."),
    ("body", "Support for the scheme fell to 41 percent in the latest residents' survey."),
    ("tail", "Blog posts by the former treasurer first raised questions about the missing invoices."),
    ("body", "Laisser les classes ouvertes en juillet coûterait 40 000 euros à la commune, selon l'adjoint aux finances."),
    ("body", "Mis à part le maire, aucun élu n'a voté contre la fermeture du bureau de poste."),
    ("tail", "Votre enfant a-t-il une place à la cantine ? Une centaine de familles ont posé la question au conseil, qui promet une réponse en avril."),
    ("body", "Der Beitragssatz für die Kita steigt ab August um zwölf Euro im Monat."),
    ("body", "Aktualisierte Zahlen des Landkreises zeigen einen Rückgang der Arbeitslosigkeit um zwei Prozent."),
    ("tail", "Schreiben mussten die Eltern dreimal, bevor das Schulamt überhaupt antwortete."),
    ("body", "L'articolo 12 del regolamento comunale vieta i fuochi d'artificio nel centro storico."),
    ("body", "Lascia il paese ogni mattina alle sei per raggiungere la fabbrica, racconta Giulio, 34 anni."),
    ("tail", "Aggiornato il piano del traffico, il centro resterà chiuso alle auto ogni domenica fino a settembre."),
    ("body", "Dodaj do tego rosnące ceny energii, a budżet gminy się nie domyka – mówi skarbnik."),
    ("tail", "Postawienie nowej wiaty przystankowej kosztowało gminę 38 tysięcy złotych."),
    ("body", "Обновлено расписание электричек: с понедельника первый поезд уйдёт на 20 минут раньше."),
    ("tail", "Сообщение о закрытии моста жители получили лишь накануне вечером."),
]


HELD_OUT_61_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-bakery-cooperative-news", [
        ["-Crumb & Co-op · Ambersloe's worker-owned bakery", "-Home | Our Bread | Members | News | Find Us", "-Search the news…",
         "-[promo_banner id=\"sourdough-club\"]", "-Order tomorrow's loaves online before 8 pm", "-Home › News › Co-op life"],
        ["+Bakery co-op takes on four new worker-members after record winter"],
        ["-Posted by Crumb & Co-op on 9 February 2026", "-3 minute read"],
        ["+The Ambersloe bakery cooperative has voted to take on four new worker-members after its busiest winter since it was founded in 2019."],
        ["-Join the Sourdough Club: a fresh loaf every Saturday for £18 a month", "-Related: Why we stopped selling sliced bread"],
        ["+“We were baking through the night just to keep up with the Saturday orders,” said head baker Priya Aldous, who chaired the members' meeting."],
        ["+What the members agreed"],
        ["+Four new members, each with an equal share and an equal vote", "+A second oven to be leased from April",
         "+Wholesale prices to the two village shops frozen for a year", "+A trial Sunday opening over the summer"],
        ["-Gift cards available in store and online", "-Follow us on Instagram for the daily bake"],
        ["+The new members will serve a six-month trial period before the cooperative's general meeting confirms them."],
        ["+The bakery says its loaves will stay at their current prices at least until the end of the year."],
        ["-2 thoughts on “Bakery co-op takes on four new worker-members after record winter”",
         "-Tom Ferris — 10 February 2026 at 7:41 am", "-Best news all week, the rye is worth the queue.", "-Reply ↓",
         "-Comments are moderated by the co-op's volunteer team before they appear.",
         "-Crumb & Co-op Ltd is a registered society, no. 00000R", "-Powered by WordPress · Theme: Bakehouse by Flourline Studio",
         "-Back to top ↑"],
    ]),
    _page("en", "en-river-cleanup-haul", [
        ["-Friends of the Wrenfold Water", "-About · Clean-ups · Results · Donate · Contact", "-Menu ☰",
         "-Sponsored by Tabbard & Dene Waders — 10% off for volunteers", "-Next clean-up: Saturday 14 March, 9 am, Mill Steps", "-You are here: Home / Results"],
        ["+River clean-up hauls three shopping trolleys and a sofa from the Wrenfold"],
        ["-By Kit Oduya | March 2, 2026", "-Reading time: 4 min"],
        ["+Forty-two volunteers spent Sunday morning wading the stretch between Mill Steps and the old tannery, filling a skip before lunch."],
        ["-Donate £5 to buy a litter picker for a new volunteer", "-Read next: Our 2025 haul in numbers"],
        ["+“Every year we think we've got the last trolley, and every year there's another one,” said coordinator Elsie Brannagh."],
        ["+The morning's haul"],
        ["+Three shopping trolleys and one sofa", "+Sixty-one bags of mixed litter",
         "+Nine tyres, two with the rims still on", "+One road sign, returned to the council"],
        ["-Download the volunteer risk-assessment form (PDF)", "-Waders and gloves are provided — just bring a packed lunch"],
        ["+Water samples taken on the day will be tested for nitrates by a university lab over the coming weeks."],
        ["+The group plans to return to the same stretch in June, once the spring floods have passed."],
        ["-Tags: clean-ups, river, volunteers", "-1 Comment", "-Hana Pell on March 3, 2026 at 6:05 pm said:",
         "-Brilliant effort, see you all in June!", "-Like · Reply",
         "-Friends of the Wrenfold Water is a registered charity no. 0000000", "-Website by Riverbank Digital",
         "-Privacy policy | Cookie settings"],
    ]),
    _page("fr", "fr-patinoire-saison", [
        ["-Ville de Brameluc – Site officiel", "-Accueil | Mairie | Sports | Culture | Démarches", "-Rechercher sur le site",
         "-Accès rapide : piscine, patinoire, médiathèque", "-Alerte : travaux rue des Tanneurs jusqu'au 20 mars", "-Accueil > Sports > Patinoire"],
        ["+La patinoire municipale prolonge sa saison jusqu'au 5 avril"],
        ["-Publié le 02/03/2026", "-Temps de lecture : 2 minutes"],
        ["+Grâce à un hiver plus froid que prévu, la patinoire de Brameluc restera ouverte trois semaines de plus que l'an dernier."],
        ["-Location de patins : 3 € la séance", "-À lire aussi : le nouveau skatepark ouvrira en mai"],
        ["+« La glace tient bien et les écoles nous ont demandé des créneaux supplémentaires », explique Odile Carrasse, adjointe aux sports."],
        ["+Les horaires jusqu'à la fermeture"],
        ["+Mardi et jeudi : 17 h – 19 h", "+Mercredi : 14 h – 18 h", "+Samedi : 10 h – 12 h et 14 h – 19 h", "+Dimanche : 10 h – 18 h"],
        ["-Anniversaires sur glace : réservez en ligne", "-Téléchargez le règlement intérieur (PDF, 120 Ko)"],
        ["+Le port des gants reste obligatoire pour tous les patineurs, y compris les adultes."],
        ["+La mairie étudiera à l'automne le remplacement du groupe frigorifique, installé en 1998."],
        ["-Partager : Facebook · X · E-mail", "-Cette page vous a-t-elle été utile ? Oui / Non",
         "-Hôtel de ville, 1 place de la Mairie – Tél. 00 00 00 00 00", "-Ouvert du lundi au vendredi, 8 h 30 – 17 h",
         "-Mentions légales | Accessibilité : partiellement conforme", "-Plan du site", "-Gestion des cookies",
         "-Haut de page"],
    ]),
    _page("fr", "fr-jardin-partage-troc-graines", [
        ["-Le Jardin des Quatre Vents – jardin partagé de Vernissol", "-Accueil | Le jardin | Adhérer | Agenda | Blog",
         "-Adhésion 2026 : 15 € par foyer", "-[annonce partenaire]", "-Jardinerie Pivert – tout pour le potager", "-Blog › Vie du jardin"],
        ["+Plus de 300 sachets échangés au troc de graines du jardin partagé"],
        ["-Par Lucie Fabrel, le 8 mars 2026", "-Lecture 3 min"],
        ["+Le troc de graines organisé samedi sous le préau de l'école a attiré près de quatre-vingts jardiniers de Vernissol et des villages voisins."],
        ["-Inscrivez-vous à notre lettre d'information mensuelle", "-Voir aussi : atelier compost le 21 mars"],
        ["+« Certaines variétés de tomates circulent ici depuis vingt ans, de jardin en jardin », raconte Gilbert Aumôme, doyen des adhérents."],
        ["+Les graines les plus demandées"],
        ["+Tomate cœur de bœuf", "+Haricot à rames", "+Courge butternut", "+Souci officinal"],
        ["-Faites un don pour l'achat d'un récupérateur d'eau", "-Suivez-nous sur Facebook"],
        ["+Les graines restantes ont été confiées à la grainothèque de la médiathèque."],
        ["+Le prochain troc aura lieu en octobre, après les récoltes."],
        ["-3 commentaires", "-Mireille D. – 9 mars 2026 à 10 h 12", "-Merci pour l'organisation, j'ai enfin trouvé des haricots violets !",
         "-Répondre", "-Les commentaires sont relus avant publication.",
         "-Association loi 1901 – SIRET 000 000 000 00000", "-Propulsé par WordPress – Thème Jardinet",
         "-Retour en haut"],
    ]),
    _page("de", "de-jugendfeuerwehr-uebung", [
        ["-Freiwillige Feuerwehr Lindwacht – Jugendfeuerwehr", "-Start | Einsätze | Jugend | Termine | Kontakt", "-Suche",
         "-Notruf 112 – im Ernstfall nicht das Kontaktformular nutzen", "-Anzeige: Autohaus Grendel – Ihr Partner in Lindwacht", "-Start » Jugend » Berichte"],
        ["+Jugendfeuerwehr übt den Ernstfall am alten Sägewerk"],
        ["-Veröffentlicht am 7. März 2026 von Jugendwart Timo Kessler", "-Lesezeit: ca. 3 Minuten"],
        ["+Achtzehn Jugendliche zwischen zwölf und siebzehn Jahren haben am Samstag eine Brandbekämpfung am stillgelegten Sägewerk geübt."],
        ["-Mitmachen ab 10 Jahren – jetzt Schnuppertermin vereinbaren", "-Lesen Sie auch: Unser neues Löschfahrzeug ist da"],
        ["+„Die Jugendlichen haben die Schlauchleitung in unter vier Minuten aufgebaut, das schaffen manche Erwachsene nicht“, sagte Jugendwart Timo Kessler."],
        ["+Der Ablauf der Übung"],
        ["+Alarmierung und Anfahrt", "+Aufbau der Wasserversorgung vom Löschteich", "+Menschenrettung mit Übungspuppe", "+Nachbesprechung im Gerätehaus"],
        ["-Fördermitglied werden – schon ab 24 Euro im Jahr", "-Bildergalerie zur Übung (32 Fotos)"],
        ["+Im Mai wollen die Jugendlichen die Leistungsspange des Landes ablegen."],
        ["+Neue Mitglieder ab zehn Jahren sind bei den Übungsabenden am Freitag willkommen."],
        ["-Teilen auf: Facebook · WhatsApp · E-Mail", "-Kategorie: Jugendfeuerwehr", "-Ein Kommentar",
         "-Sabine R. am 8. März 2026 um 18:20 Uhr", "-Toll gemacht, Kinder! Wir sind stolz auf euch.", "-Antworten",
         "-Impressum · Datenschutz", "-Nach oben"],
    ]),
    _page("de", "de-schreibmaschinen-sammlertreffen", [
        ["-Typenhebel – das Blog für Schreibmaschinenfreunde", "-Startseite · Treffen · Sammlung · Reparatur · Über mich",
         "-Suchen …", "-Werbung", "-Farbbänder für alle Modelle – Bürobedarf Haselmann", "-Startseite » Treffen"],
        ["+Sammlertreffen in Moosquell: 140 Schreibmaschinen in einem Saal"],
        ["-Geschrieben von Konrad Aschbeck am 1. März 2026", "-5 Min. Lesezeit"],
        ["+Zum vierten Sammlertreffen im Gemeindesaal von Moosquell kamen so viele Besucher wie nie, einige reisten aus drei Ländern an."],
        ["-Mein Ersatzteillager: Typenhebel, Walzen und Federn auf Anfrage", "-Verwandte Beiträge: Die Reiseschreibmaschine meines Großvaters"],
        ["+„Die Jungen kommen wegen des Klangs, die Alten wegen der Erinnerungen“, sagte Mitorganisatorin Helga Wirsching."],
        ["+Die Höhepunkte des Tages"],
        ["+Eine Reiseschreibmaschine aus dem Jahr 1912", "+Die Tippgeschwindigkeits-Meisterschaft",
         "+Eine Reparaturecke für mitgebrachte Maschinen", "+Der Tauschtisch für Farbbänder"],
        ["-Newsletter abonnieren und kein Treffen verpassen", "-Anzeige: Gasthaus Zur Linde – Mittagstisch ab 9,90 €"],
        ["+Die Meisterschaft gewann ein sechzehnjähriger Schüler mit 412 Anschlägen in der Minute."],
        ["+Das nächste Treffen ist für den Herbst geplant, der Ort steht noch nicht fest."],
        ["-4 Antworten auf „Sammlertreffen in Moosquell“", "-Ernst L. sagt:", "-2. März 2026 um 09:33",
         "-Schöner Bericht, ich war leider krank.", "-Antworten",
         "-Gefällt mir Wird geladen …", "-© 2026 Typenhebel · Theme: Schreibstube von Papiermühle Design",
         "-Nach oben scrollen"],
    ]),
    _page("it", "it-coro-cittadino-audizioni", [
        ["-CoroValdorlo.it – il coro della città", "-Home | Il coro | Concerti | Audizioni | Contatti", "-Cerca nel sito",
         "-Sostieni il coro con il 5x1000: C.F. 00000000000", "-[banner sponsor=\"Cantina Morselli\"]", "-Home » News"],
        ["+Il Coro Città di Valdorlo cerca nuove voci: audizioni a fine marzo"],
        ["-Pubblicato il 5 marzo 2026 da Redazione", "-Lettura: 2 min"],
        ["+Il coro cittadino apre le audizioni per tenori e bassi in vista del concerto d'estate in piazza del Duomo."],
        ["-Cantina Morselli – i vini della valle dal 1921", "-Leggi anche: il nostro concerto di Natale in foto"],
        ["+«Non serve saper leggere la musica, serve avere voglia di impararla», spiega la direttrice Caterina Veglio."],
        ["+Come si svolge l'audizione"],
        ["+Un breve vocalizzo con la direttrice", "+Un brano a scelta di non più di tre minuti",
         "+Una prova di lettura a prima vista, facoltativa", "+Un colloquio sugli impegni settimanali"],
        ["-Scarica il modulo di iscrizione (PDF)", "-Quota associativa annuale: 50 euro"],
        ["+Le prove si tengono ogni martedì sera nella sala parrocchiale di San Rocco."],
        ["+Il concerto d'estate è in programma per il 27 giugno."],
        ["-Condividi su: Facebook · WhatsApp · Telegram", "-Tag: audizioni, coro, musica", "-2 commenti",
         "-Lorenzo B. il 6 marzo 2026 alle 21:04", "-Posso presentarmi anche se canto da baritono?", "-Rispondi",
         "-Associazione Coro Città di Valdorlo APS", "-Sito realizzato da Pentagramma Web"],
    ]),
    _page("it", "it-raduno-trattori-epoca", [
        ["-Amici del Trattore d'Epoca – Borgoferla", "-Home · Il club · Raduni · Galleria · Iscriviti",
         "-Menu", "-Pubblicità", "-Ricambi Fossati – pezzi originali per trattori storici", "-Home › Raduni › 2026"],
        ["+Oltre cento trattori d'epoca sfilano per le vie di Borgoferla"],
        ["-Di Renato Gualtiero | 2 marzo 2026", "-4 minuti di lettura"],
        ["+Domenica il raduno di primavera ha riunito centosette trattori storici arrivati da tutta la provincia."],
        ["-Iscriviti al club: tessera 2026 a 30 euro", "-Potrebbe interessarti: il restauro del Landini del 1952"],
        ["+«Il più vecchio ha novantacinque anni e parte ancora al primo colpo», racconta il presidente del club Aldo Ferlini."],
        ["+I premi della giornata"],
        ["+Trattore più antico: Landini del 1931", "+Miglior restauro: Fiat 25R del 1956",
         "+Equipaggio più giovane: Matteo, 14 anni", "+Premio del pubblico: un cingolato del 1948"],
        ["-Acquista il calendario 2027 del club", "-Galleria fotografica completa su Facebook"],
        ["+Il ricavato della pesca di beneficenza è stato donato alla scuola dell'infanzia del paese."],
        ["+Il raduno d'autunno si terrà a ottobre lungo la strada delle vigne."],
        ["-Lascia un commento", "-Giusi M. ha detto:", "-3 marzo 2026 alle 08:15",
         "-Che bella giornata, complimenti a tutti!", "-Mi piace · Rispondi",
         "-Il tuo commento è in attesa di moderazione.", "-Tema di Trattoria Themes | Powered by WordPress", "-Torna su"],
    ]),
    _page("pl", "pl-straz-sasiedzka-biuletyn", [
        ["-Sąsiedzka Straż Osiedla Wrzosowe", "-Strona główna | Biuletyn | Zgłoś | Kontakt", "-Szukaj…",
         "-Zaloguj się do panelu mieszkańca", "-Reklama: Zamki i klucze Pawlak – dorabianie od ręki", "-Strona główna / Biuletyn"],
        ["+Biuletyn sąsiedzki: mniej kradzieży rowerów, więcej oświetlenia"],
        ["-Dodano: 6 marca 2026, autor: Zarząd", "-Czas czytania: 3 min"],
        ["+Po roku działania sąsiedzkiej straży na osiedlu Wrzosowe w Wrzosogrodzie liczba zgłoszonych kradzieży rowerów spadła o połowę."],
        ["-Dołącz do naszej grupy na WhatsAppie", "-Przeczytaj także: Jak zabezpieczyć piwnicę"],
        ["+„Najlepszym zabezpieczeniem jest sąsiad, który wie, czyj rower stoi pod klatką” – mówi koordynatorka Halina Wierzbięta."],
        ["+Co udało się zrobić w tym roku"],
        ["+Dwanaście nowych latarni przy alejkach", "+Zamykana wiata rowerowa przy bloku nr 7",
         "+Dyżury sąsiedzkie w weekendy", "+Spotkanie z dzielnicowym co kwartał"],
        ["-Zgłoś problem przez formularz online", "-Pobierz ulotkę dla nowych mieszkańców (PDF)"],
        ["+Następne spotkanie mieszkańców odbędzie się 2 kwietnia w świetlicy."],
        ["+Zarząd prosi o zgłaszanie niedziałających latarni bezpośrednio do spółdzielni."],
        ["-Udostępnij: Facebook · Messenger · E-mail", "-Komentarze (1)", "-Marek_z_siódemki · 7 marca 2026, 19:40",
         "-A kiedy wiata przy bloku nr 3?", "-Odpowiedz", "-Polityka prywatności",
         "-Strona wykonana przez Osiedlowe Strony", "-Do góry ↑"],
    ]),
    _page("pl", "pl-kurs-komputerowy-seniorow", [
        ["-Klub Seniora „Jarzębina” w Kminkowie", "-Start | O klubie | Zajęcia | Galeria | Kontakt", "-Menu",
         "-Deklaracja dostępności", "-Partner kursu: Sklep komputerowy Kilobajt – serwis i naprawy", "-Start » Aktualności"],
        ["+Trzydziestu seniorów ukończyło kurs obsługi komputera"],
        ["-Opublikowano: 4 marca 2026", "-Wyświetleń: 214"],
        ["+W czwartek w bibliotece w Kminkowie trzydziestu słuchaczy klubu seniora odebrało dyplomy ukończenia dziesięciotygodniowego kursu komputerowego."],
        ["-Zapisy na kolejną edycję: tel. 000 000 000", "-Zobacz także: Wycieczka klubu do skansenu"],
        ["+„Na początku bałam się dotknąć myszki, a dziś wysyłam wnukom zdjęcia” – opowiada 78-letnia Teresa Gołąbek."],
        ["+Czego nauczyli się uczestnicy"],
        ["+Wysyłanie poczty elektronicznej", "+Rozmowy wideo z rodziną", "+Bezpieczne zakupy w internecie", "+Umawianie wizyt u lekarza przez internet"],
        ["-Kurs sfinansowano ze środków gminy – dowiedz się więcej", "-Galeria zdjęć z rozdania dyplomów"],
        ["+Najstarszy absolwent kursu ma 86 lat."],
        ["+Kolejna edycja ruszy we wrześniu, a chętnych jest już dwa razy więcej niż miejsc."],
        ["-Tagi: seniorzy, kurs, biblioteka", "-Skomentuj", "-Zofia K. napisała 5 marca 2026 o 12:02:",
         "-Gratulacje dla wszystkich absolwentów!", "-Odpowiedz",
         "-Klub Seniora „Jarzębina”, ul. Lipowa 2, Kminkowo", "-Wszelkie prawa zastrzeżone © 2026", "-Obsługiwane przez WordPress"],
    ]),
    _page("ru", "ru-kafe-zhestovogo-yazyka", [
        ["-Кафе «Ладони» — место, где говорят руками", "-Главная | Меню | Афиша | Новости | Контакты", "-Поиск по сайту",
         "-Забронировать столик", "-Реклама: Слуховые аппараты «Тихая волна» — скидка 15%", "-Главная → Новости"],
        ["+Кафе жестового языка в Кленогорске открывает бесплатные уроки для гостей"],
        ["-Опубликовано 3 марта 2026 года", "-Время чтения: 3 минуты"],
        ["+С апреля по субботам в кафе «Ладони» будут проходить бесплатные уроки русского жестового языка для всех желающих."],
        ["-Подпишитесь на наш канал в Telegram", "-Читайте также: Как мы открывались год назад"],
        ["+«Половина наших официантов — глухие, и гости часто сами просят научить их хотя бы “спасибо”», — говорит управляющая Вера Остапчук."],
        ["+Что будет на уроках"],
        ["+Жестовый алфавит", "+Приветствия и знакомство", "+Как сделать заказ в кафе", "+Числа и время"],
        ["-Подарочные сертификаты — в кассе кафе", "-Мы ВКонтакте: vk.com/example"],
        ["+Занятия ведёт преподаватель с двадцатилетним стажем, группа — не больше двенадцати человек."],
        ["+Записаться можно у официантов или по телефону кафе."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram", "-Комментарии (2)", "-Ирина П. · 4 марта 2026, 15:48",
         "-Обязательно придём с дочкой!", "-Ответить", "-Политика конфиденциальности",
         "-© 2026 Кафе «Ладони». Все права защищены.", "-Наверх"],
    ]),
    _page("ru", "ru-prazdnik-porta-programma", [
        ["-Рябинодол.Инфо — новости нашего города", "-Новости | Афиша | Объявления | Погода", "-Войти",
         "-Погода: −3 °C, ветер с залива", "-Реклама: Рыбный магазин «Улов» — свежая корюшка", "-Главная / Афиша"],
        ["+Праздник порта перенесён с набережной на площадь из-за ремонта причала"],
        ["-Автор: Редакция | 10 марта 2026", "-Просмотров: 1 204"],
        ["+Городской праздник порта, намеченный на 21 марта, пройдёт не на набережной, а на Соборной площади."],
        ["-Подпишитесь на рассылку афиши", "-Читайте также: Ремонт причала продлится до лета"],
        ["+«Краны на причале стоят до мая, и пускать туда тысячи людей мы не имеем права», — объяснил директор портового управления Глеб Шестопалов."],
        ["+Изменения в программе"],
        ["+Парад катеров отменён", "+Концерт духового оркестра — в 14:00 на площади",
         "+Ярмарка рыбаков — вдоль Соборной улицы", "+Фейерверк — в 21:00 с крыши речного вокзала"],
        ["-Разместить объявление — бесплатно", "-Реклама на сайте: reklama@example.ru"],
        ["+Бесплатные автобусы будут ходить от вокзала до площади каждые двадцать минут."],
        ["+Организаторы обещают вернуть праздник на набережную в следующем году."],
        ["-Обсуждение (3)", "-Николай 10.03.2026 в 18:22", "-А катера-то зачем отменили?", "-Ответить · Нравится",
         "-Комментарии публикуются после проверки модератором.", "-При перепечатке ссылка на Рябинодол.Инфо обязательна",
         "-Сетевое издание зарегистрировано, свидетельство ЭЛ № ФС 00-00000", "-18+"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-river-cleanup-haul':
        "the river clean-up group's haul report keeps its waders-and-gloves-provided line after the list rows (1 of 20 noise lines)",
}


test_held_out_61_line, test_held_out_61_line_is_kept, test_held_out_61_page = held_out_tests(
    HELD_OUT_61_LINES, HELD_OUT_61_KEEP, HELD_OUT_61_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
