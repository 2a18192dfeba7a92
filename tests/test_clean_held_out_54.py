"""Held-out set 54: written blind, weighted toward the noise the cleaner exists for, in shapes set 53's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English HTML-comment
ad slot "<!-- AdSense Leaderboard 728x90 -->", a German "<!-- Werbeblock oben -->" and a Russian "<!--
Яндекс.Директ -->"; unrendered placeholders between percent signs, an English "%%adunit_incontent_2%%"
and a Polish "%%REKLAMA_GORA%%", between double hashes, a French "##PUB_ARTICLE_1##", and between single
braces, an Italian "{adv:box-centrale}"); the WordPress RSS-feed footer "The post X appeared first on Y."
in English and its French ("L’article X est apparu en premier sur Y."), German ("Der Beitrag X erschien
zuerst auf Y."), Italian ("L'articolo X sembra essere il primo su Y."), Polish ("Wpis X pojawił się
pierwszy raz w Y.") and Russian ("Запись «X» впервые появилась на сайте «Y».") wordings; reading-time and
date headers in new shapes (an English "⏱ 6 min read · Updated 2 hours ago", an English "Published
<date>, <time> GMT | Est. reading: 5 min", a French "Lu en 3 minutes — publié il y a 5 heures", a German
relative "vor 3 Stunden aktualisiert", an Italian "Tempo di lettura: 2' 30''" with minutes and seconds, a
Polish "Przeczytasz w 4 minuty" and a Russian "⏱ 3 минуты на чтение"); bylines with self-promotion (an
English "VISIT MY WEBSITE: <site>", an English new-book plug, an English buy-me-a-coffee plug on Ko-fi, a
French new-book plug, a German talks-and-workshops plug, an Italian follow-me-on-Instagram-and-YouTube
plug, a Polish Buycoffee.to plug and a Russian Telegram-channel plug); blog footers (WordPress.com's
"Blog at WordPress.com." and its German and Polish wordings, the French "Créer un site ou un blog gratuit
sur WordPress.com.", the English WordPress.com comment-form line "You are commenting using your
WordPress.com account. ( Log Out / Change )", Blogger's "Simple theme. Theme images by <name>. Powered by
Blogger." in English and Italian, and a Russian "Сайт работает на WordPress | Тема: <theme> от
<studio>"); reader-comment lines (the WordPress comment-count heading "N thoughts on “X”" in English,
French and Italian, and "comments are closed" in English, German, Polish and Russian); an English share
row "Tap to share: Telegram · Reddit · Copy link"; and an English archive notice; and toward whole
scraped news and opinion pages in layouts sets 41 to 53 did not use (a repair café's monthly report, a
coworking space's blog, a farmers' market's news, a canoe club's river-level report, a model railway
club's exhibition report, a night shelter's winter appeal, a hospice's fundraising update, a darts
league's results page, a mobile library's route notice, a community fridge project's update, a
dog-training school's news and a village hall council's meeting summary).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 53) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 53, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page`` node's
source segments, and the file from the ``_marks`` node's line to the end; the script printed nothing of
the other top-level statements); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py),
printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 53's with 53 -> 54 (with the
empty ``_KEEP_XFAIL`` table set 53's tail holds). Nothing below was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s54 at commit
6db8b674be5a6f75c1965f75ba0ffe1ed7df67f8) and every failing case is marked as a strict xfail whose reason
describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables
and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) main moved between my first
step (HEAD 9021bae6e64bfd8f1f6cea87e0dcc2f7bf15c8ad) and the making of the worktrees (HEAD
6db8b674be5a6f75c1965f75ba0ffe1ed7df67f8); the set was measured at the latter. ``git worktree add``
printed, as git does, the subject line of that commit (a docs/attribution.md update about attribution
gold conventions, nothing about cleaning); it was seen after the lists and pages were finished and
changed nothing in them. (3) Before the measurement the draft was executed from a scratch folder
(/tmp/s54-scratch) with a stand-in ``page_from_blocks`` that only counted lines and checked that no page
noise line repeats on its page, is a substring of an article line of its page or repeats a line of
``HELD_OUT_54_LINES`` (no case was run through the cleaner): three page noise lines repeated lines of
``HELD_OUT_54_LINES`` and were reworded on their pages ("Blog at WordPress.com." on
en-repair-cafe-report, "Bloggen auf WordPress.com." on de-modellbahn-ausstellung, "Комментарии закрыты."
on ru-dom-kultury-sovet), and a first draft of the page table keyed the pages by language and was rebuilt
to key them by name. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines
and summary, so no tracebacks were seen; the problems were then read out once with ``_problems`` in the
frozen worktree by a script that ran it on every line, keep line and page of this set and printed the
problems of the failing ones, to write the xfail reasons. (5) Invented place names were checked, before
the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Marlwick, Brevonnet, Wendelsmoor,
Castelvarno, Kraśnomierz, Заречноборск, Trzcinomierz, Ключегорск, Черноклёново, Saint-Orvelin, Vézonnac,
Grauwalde, Tannbergen, Montegrella and "Borgo Tessa" had no hits; Dunmarrow, Tallowmere and Tessarina
occur only as invented names in games, fiction and others' test data, Pellowby only in an invented
ensemble name, "Ferrow bridge" only in a game character's bio, Vézonne only in an invented test address
and "hollinmead" only inside "hollinmeadows". A first choice, Montcharvin, was dropped before use because
it is close to the real Mont Charvin in Savoie, and the Polish stop names first written (generic village
names that surely exist somewhere) were replaced before the measurement by names built on Trzcinomierz.
Not checked: Pellowby, Lantern Yard, Ferrow and the rows' and streets' generic names (rue de la Fontaine,
ulica Tkacka, Bar Centrale, Osteria del Ponte, Stadthalle, alte Feuerwache), the organisations, firms,
books and sites (Marlwick Daily Digest, Tallowmere Press, Le Fil de Brevonnet, Wendelsmoorer Blättle,
Voce di Castelvarno, Kurier Kraśnomierski, «Заречноборский вестник», Dunmarrow Repair Café, Lantern Yard
Coworking, Eisenbahnfreunde Tannbergen, Hospice San Lidano, Lega Freccette Val Tessarina, the Falchi,
Circolo Arcieri and Le Punte teams, «Верный след», Studio Krata, the .example sites) and the people.
"Верный след"-like and "Lantern Yard"-like names are common enough that real schools and spaces may carry
them. (6) Some lines name real things, as real pages do: WordPress, WordPress.com, Blogger, Blogspot,
Ghost, Jimdo, Tilda, Ko-fi, Buycoffee.to, Patreon, Patronite, Steady, Boosty, HelloAsso, PayPal, Amazon,
AdSense, Яндекс.Директ, Facebook, Messenger, WhatsApp, Telegram, Reddit, LinkedIn, X, Instagram, YouTube,
ВКонтакте, Одноклассники, the WordPress themes Twenty Twenty-Four and Lovecraft (the latter with its real
author, Anders Norén, as on real footers: so one page line names a real person, contrary to the brief's
rule that every person be invented; noticed only after the measurement, so it stays), the French
association law of 1901, the Italian 5x1000 and C.F., IBAN and МБУК; bank, tax and register numbers are
zero-filled. (7) Set 53's docstring names only its own shapes and earlier sets' page layouts, so plain
labels on the pages ("Publicité", "Werbung", "Anzeige", "Pubblicità", "Reklama", "Реклама"), cookie lines
and "Comments are closed." may repeat shapes of sets before 53 that I could not check. On the pages, the
standard furniture of the layouts also repeats shapes set 53 named for its lines: comment-form headings
with a cancel link in English, French, German, Italian, Polish and Russian, moderation notes in German,
Italian, Polish and Russian, comment rows with name, date, text and Reply/Like links on eight pages, in
every language, a Patreon, a Steady, a Patronite and a Boosty plug, and the Polish "Dumnie wspierane
przez WordPress | Motyw: ..."; none of these is a line of ``HELD_OUT_54_LINES``. Two keep lines open like
set 53's keep lines did ("Share ownership", "Powered largely"), and the English "Published <date>, <time>
GMT | Est. reading: 5 min" is close to the date-plus-reading-time headers set 53 used in other languages.

Judgement calls: the keep lines opening with "Published figures", "Comments from", "Powered largely",
"Blog posts", "Visit numbers", "Share ownership", "Tap water", "Lu par", "L’article 12", "Mon voisin",
"Der Beitrag der Stadt", "Kommentare des", "Ich halte das Verfahren", "L'articolo 4", "Tempo di attesa",
"Seguire i lavori", "Wpis do rejestru", "Komentarze radnych", "Запись на приём" and "Комментарии
специалистов" are article sentences. Date headers with or without reading times are counted as
reading-time lines; HTML-comment ad slots, placeholders and the RSS-feed "appeared first on" footers as
markers; website, book, coffee, talks, follow-me and channel plugs as bylines; platform, theme and
comment-form lines as footers; comment-count headings and comments-closed lines as comments; the share
row as share and the archive line as a notice. On every page the title, the subheading, its three list
rows, the paragraph with the quote and the other four paragraphs are article (10 lines a page) and
everything else is noise (20 lines a page: six lines above the title, two under it, two and two between
the paragraphs, eight at the foot); in particular the site names, menus, breadcrumbs, date and
reading-time lines, "posted in" and category lines, author lines, photo credits, related and read-also
links, sponsor, shop, membership, donation, newsletter and sign-up lines, the bank-account line, the
federation-affiliation line, the programme link and the back-to-top link are noise. The rows:
en-repair-cafe-report "What we fixed this time", en-coworking-blog "What changes for members",
fr-marche-producteurs "Les nouveaux étals", fr-canoe-niveaux "Les niveaux relevés cette semaine",
de-modellbahn-ausstellung "Die Anlagen im Überblick", de-kaeltehilfe-aufruf "Was jetzt gebraucht wird",
it-hospice-raccolta "Come sono stati raccolti i fondi", it-lega-freccette "I risultati della decima
giornata", pl-bibliobus-trasa "Nowe przystanki bibliobusu", pl-jadlodzielnia "Co trafiło do lodówek w
lutym", ru-kinologi-novosti "Что входило в экзамен" and ru-dom-kultury-sovet "Решения заседания", each
with three rows; all of them are article.

Contents: 45 noise lines (marker 13, reading-time 7, byline 8, footer 8, comments 7, share 1, notice 1;
by language en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 2, share 1, notice 1) and fr,
de, it, pl, ru 6 each (marker 2, reading-time 1, byline 1, footer 1, comments 1)), 20 keep lines (en 7,
fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a
page): en-repair-cafe-report (a repair café's monthly report on items saved from landfill, with a reader
comment), en-coworking-blog (a coworking space's blog post on its new quiet floor), fr-marche-producteurs
(a farmers' market association's news on five new stallholders), fr-canoe-niveaux (a canoe club's
river-level report suspending white-water trips), de-modellbahn-ausstellung (a model railway club's
exhibition report), de-kaeltehilfe-aufruf (a night shelter's winter appeal for sleeping bags and
volunteers), it-hospice-raccolta (a hospice's fundraising update for a new wing), it-lega-freccette (a
darts league's round results page), pl-bibliobus-trasa (a municipal library's mobile-library route
notice), pl-jadlodzielnia (a community fridge project's monthly update), ru-kinologi-novosti (a
dog-training school's news on a search-and-rescue exam) and ru-dom-kultury-sovet (a village hall
council's meeting summary on repairing the auditorium); every page holds a title, a subheading with list
rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 6db8b674be5a6f75c1965f75ba0ffe1ed7df67f8, measured with ``cd
/tmp/wt-s54 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s54/src python -m pytest -q
tests/test_clean_held_out_54.py -rA -p no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s54 &&
PYTHONPATH=/tmp/wt-s54/src python scripts/clean_held_out_report.py --sets 54``, with the xfail tables
empty): noise lines removed 36/45 (marker 11/13, reading-time 6/7, byline 6/8, footer 7/8, comments 6/7,
share 0/1, notice 0/1; missed, all kept as paragraphs: the English "Simple theme. Theme images by Petra
Halloway. Powered by Blogger.", the English "Tap to share: Telegram · Reddit · Copy link", the English
"This article is archived and is no longer being updated.", the French "##PUB_ARTICLE_1##", the French
"Lu en 3 minutes — publié il y a 5 heures", the French "12 réflexions au sujet de « Les quais de
Brevonnet rouvrent au printemps »", the German "Ich halte Vorträge und Workshops zu Stadtentwicklung –
Anfragen gern über mein Kontaktformular.", the Italian "{adv:box-centrale}" and the Italian "Seguimi
anche su Instagram e iscriviti al mio canale YouTube per nuovi video ogni settimana!"); keep lines kept
20/20; pages 2/12 clean (fr-marche-producteurs and de-kaeltehilfe-aufruf), 21 of 240 page noise lines
left and 7 of 120 article lines lost: en-repair-cafe-report 1 left ("%%inline_ad_1%%"); en-coworking-blog
4 left ("Try a free day pass – no card needed", "Newsletter: the Lantern Yard weekly, every Friday", "Sam
Okoro-Vale is a community builder and speaker on hybrid work. Book Sam for your next event:
talks@okorovale.example" and "My new guide, The Shared Desk, is out now – grab a copy on Amazon!");
fr-canoe-niveaux 8 left ("Boutique du club : pagaies et gilets à prix réduit", "Adhérez au club : licence
2026 disponible en ligne", "Article initialement paru sur la page Facebook du club.", "Hugo Ferrandel est
moniteur fédéral et guide de rivière. Découvrez ses stages sur hugoriviere.example !", "Les commentaires
sont fermés.", "Thème Simple. Images de thèmes de Léa Pontreux.", "Club affilié à la fédération –
association loi 1901" and "Haut de page ↑"); de-modellbahn-ausstellung 1 left ("Dieter Hollweck schreibt
seit 30 Jahren über Modellbahnen. Sein neues Buch „Gleispläne für kleine Räume“ ist jetzt im Handel!");
it-hospice-raccolta 1 left ("Dona ora con PayPal o carta"); it-lega-freccette 3 left ("Sponsor della
giornata: Pizzeria Da Nino, Borgo Tessa", "{adv:box-centrale-2}" and "Iscrivi la tua squadra alla Coppa
di primavera"); pl-bibliobus-trasa 0 left and 7 article lines lost (the subheading "Nowe przystanki
bibliobusu", its three rows, the quote paragraph "– Najwięcej czytelników mamy wśród seniorów, ...", and
the paragraphs "Dotychczasowe postoje przy szkołach w Trzcinomierzu pozostają bez zmian." and "W
bibliobusie można także wypożyczyć audiobooki i czytniki e-booków."); pl-jadlodzielnia 1 left ("Szukamy
wolontariuszy – formularz zgłoszeniowy"); ru-kinologi-novosti 1 left ("Запишитесь на пробное занятие
бесплатно!"); ru-dom-kultury-sovet 1 left ("Афиша на март"). The failing cases are strict xfails.

Still held out after round 52 (development on set 53; measured once with ``python
scripts/clean_held_out_report.py --sets 54`` and ``pytest tests/test_clean_held_out_54.py`` on this set
rebased onto main after round 52 merged, 959b97d, 2026-12-03): noise lines removed 36/45 as at baseline
(the same nine lines missed), article lines kept 20/20, pages 2/12 clean, 21 -> 20 of 240 page noise
lines left (fr-canoe-niveaux's "Article initialement paru sur la page Facebook du club." now goes: round
52's credits naming the original) and 7 of 120 article lines lost, as at baseline (pl-bibliobus-trasa).
One page reason reworded (fewer lines left); no case passes that failed.

Round 53 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 54`` and ``pytest tests/test_clean_held_out_54.py`` at e81cfac
(before) and the round's last commit on branch round53 (after): noise lines 36 -> 45/45 (marker 11 ->
13/13, reading-time 6 -> 7/7, byline 6 -> 8/8, footer 7 -> 8/8, comments 6 -> 7/7, share 0 -> 1/1, notice
0 -> 1/1), pages 2 -> 8/12 clean, page noise lines left 20 -> 5 of 240, article lines lost 7 -> 0 of
120. The loss first, as a mechanism: on pl-bibliobus-trasa the box "Nowe przystanki bibliobusu" and its
three timed rows ("Zalesie Trzcinomierskie – wtorek, 9.00–10.00") stood under "Reklama" and a read-also
link "Zobacz także: ..."; the fact-box pass looked past an ad label but not past the read-also link, so
the rows were never marked as the article's, read as commenters' names and times, and opened a comment
thread that took the rest of the article; a read-also link now stands between a paragraph and a box like
an ad slot (page_blocks, _past_box_widgets). As classes in six languages: an unrendered placeholder
between double hashes or between single braces with a colon or a dash after the ad word ("##PUB_...##",
"{adv:box-centrale}"), and a slot's place before the ad word ("%%inline_ad_1%%"), is a marker; a reading
time with its publication stamp after a dash ("... — publié il y a 5 heures") and a reading participle
("Lu en 3 minutes", "Gelesen in 4 Minuten", "Letto in 3 minuti") are a reading time; Blogger's footer
with the template's name first and the theme images' credit ("Simple theme. Theme images by <name>.
Powered by Blogger.", "Thème Simple. Images de thèmes de <name>.") is a blog footer; the comment count
quoting the title with "au sujet de", "à propos de", "about", "über", "riguardo a" is a comment count; a
share row with a button's "tap to" or "click to" is a share row; the page said to be archived and no
longer updated is a site notice; a talks-and-workshops plug with requests through the writer's contact
form, a follow-me-on-a-network-and-subscribe-to-my-channel plug, a first-person guide plug, a bio's book
"jetzt im Handel" and a call to book the author by name for the reader's event ("Book Sam for your next
event: <email>") are bylines; on the pages, an offer's button (an imperative of joining, ordering,
booking or signing up: "Zamów książkę przez katalog online", "Iscrivi la tua squadra ...", "Запишитесь
на пробное занятие бесплатно!") in a widget's block between the paragraphs goes with the widget. Also
(round 51's note): the site's "we" is no widget cue before a verb in the past tense, so a closing list of
what the writers did ("we collected 30 kg of litter along the path") stays the article's. Pages:
pl-bibliobus-trasa 0 left and 7 lost -> clean; en-repair-cafe-report 1 -> clean; de-modellbahn-ausstellung
1 -> clean; it-hospice-raccolta 1 -> clean; it-lega-freccette 3 -> clean; ru-kinologi-novosti 1 -> clean;
fr-canoe-niveaux 7 -> 1 (the Blogger credit at the foot makes the tail the page's, which then takes the
instructor's bio, the comments-closed line, the affiliation line and the back-to-top link); en-coworking-blog
4 -> 2; unchanged: pl-jadlodzielnia 1, ru-dom-kultury-sovet 1, fr-marche-producteurs and
de-kaeltehilfe-aufruf clean. Keep lines 20 -> 20/20. The nine line xfails and six page xfails were
removed and two page reasons reworded (en-coworking-blog, fr-canoe-niveaux). Elsewhere (the offers'
buttons): set 51's en-ferry-service-notice 3 -> 2, fr-observatoire-ciel 3 -> 2, de-bergwacht-einsatzbericht
7 -> 6 and ru-pansionat-vestnik 2 -> 1 left, set 52's fr-locataires-communique 3 -> 2 and set 53's
pl-taxi-komunikat 2 -> 1 left (reasons reworded, still xfail); every other set of 10 to 53 unchanged.
SemEval find_noise diff: 0 of 3,723 files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_54_LINES: list[tuple[str, str, str]] = [
    # en 15
    ("head", "<!-- AdSense Leaderboard 728x90 -->", "marker"),
    ("body", "%%adunit_incontent_2%%", "marker"),
    ("tail", "The post Why the Ferrow Bridge tolls will rise again appeared first on Marlwick Daily Digest.", "marker"),
    ("head", "⏱ 6 min read · Updated 2 hours ago", "reading-time"),
    ("head", "Published 04 Mar 2026, 09:12 GMT | Est. reading: 5 min", "reading-time"),
    ("tail", "VISIT MY WEBSITE: www.tomrellaway.example", "byline"),
    ("tail", "My new book, The Quiet Ledger, is out now from Tallowmere Press — order your signed copy today.", "byline"),
    ("tail", "If you enjoyed this post, buy me a coffee at ko-fi.com/tomrellaway ☕", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "Simple theme. Theme images by Petra Halloway. Powered by Blogger.", "footer"),
    ("tail", "You are commenting using your WordPress.com account. ( Log Out / Change )", "footer"),
    ("tail", "7 thoughts on “Why the Ferrow Bridge tolls will rise again”", "comments"),
    ("tail", "Comments are closed.", "comments"),
    ("body", "Tap to share: Telegram · Reddit · Copy link", "share"),
    ("head", "This article is archived and is no longer being updated.", "notice"),
    # fr 6
    ("body", "##PUB_ARTICLE_1##", "marker"),
    ("tail", "L’article Les quais de Brevonnet rouvrent au printemps est apparu en premier sur Le Fil de Brevonnet.", "marker"),
    ("head", "Lu en 3 minutes — publié il y a 5 heures", "reading-time"),
    ("tail", "Mon nouveau livre « Les Rives oubliées » est disponible en librairie et sur mon site !", "byline"),
    ("tail", "Créer un site ou un blog gratuit sur WordPress.com.", "footer"),
    ("tail", "12 réflexions au sujet de « Les quais de Brevonnet rouvrent au printemps »", "comments"),
    # de 6
    ("head", "<!-- Werbeblock oben -->", "marker"),
    ("tail", "Der Beitrag Neue Radwege für Wendelsmoor erschien zuerst auf Wendelsmoorer Blättle.", "marker"),
    ("head", "vor 3 Stunden aktualisiert", "reading-time"),
    ("tail", "Ich halte Vorträge und Workshops zu Stadtentwicklung – Anfragen gern über mein Kontaktformular.", "byline"),
    ("tail", "Bloggen auf WordPress.com.", "footer"),
    ("tail", "Kommentare sind geschlossen.", "comments"),
    # it 6
    ("body", "{adv:box-centrale}", "marker"),
    ("tail", "L'articolo Nuova mensa per la scuola di Castelvarno sembra essere il primo su Voce di Castelvarno.", "marker"),
    ("head", "Tempo di lettura: 2' 30''", "reading-time"),
    ("tail", "Seguimi anche su Instagram e iscriviti al mio canale YouTube per nuovi video ogni settimana!", "byline"),
    ("tail", "Tema Semplice. Immagini dei temi di Elisa Marroni. Powered by Blogger.", "footer"),
    ("tail", "23 pensieri su “Nuova mensa per la scuola di Castelvarno”", "comments"),
    # pl 6
    ("head", "%%REKLAMA_GORA%%", "marker"),
    ("tail", "Wpis Nowe przystanki w Kraśnomierzu pojawił się pierwszy raz w Kurier Kraśnomierski.", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("tail", "Wesprzyj mnie na Buycoffee.to – każda kawa to nowy wpis!", "byline"),
    ("tail", "Blog na WordPress.com.", "footer"),
    ("tail", "Komentarze są wyłączone.", "comments"),
    # ru 6
    ("body", "<!-- Яндекс.Директ -->", "marker"),
    ("tail", "Запись «Новый мост в Заречноборске» впервые появилась на сайте «Заречноборский вестник».", "marker"),
    ("head", "⏱ 3 минуты на чтение", "reading-time"),
    ("tail", "Подписывайтесь на мой Telegram-канал «Записки заречного краеведа» — там больше фото!", "byline"),
    ("tail", "Сайт работает на WordPress | Тема: Лайт от студии «Ивер»", "footer"),
    ("tail", "Комментарии закрыты.", "comments"),
]


HELD_OUT_54_KEEP: list[tuple[str, str]] = [
    # en 7
    ("body", "Published figures from the toll board show that traffic on the bridge fell by a fifth over the winter months."),
    ("body", "Comments from residents at the hearing ran to more than forty pages, the clerk said."),
    ("tail", "Powered largely by volunteers, the food bank now serves some 300 households every week."),
    ("body", "Blog posts by the former councillor were cited twice in the tribunal's written ruling."),
    ("head", "Visit numbers at the harbour museum rose sharply after the free-entry weekends began in January."),
    ("body", "Share ownership in the water company is spread across four pension funds, the filing shows."),
    ("tail", "Tap water in the eastern estates met every safety standard in the latest round of tests, the inspectors found."),
    # fr 3
    ("body", "Lu par le greffier en ouverture de séance, le rapport d'audit a provoqué un long silence dans la salle."),
    ("body", "L’article 12 du règlement intérieur prévoit pourtant un vote à bulletin secret pour ce type de décision."),
    ("tail", "Mon voisin a vu l'eau monter de quarante centimètres en moins d'une heure, raconte une habitante du quai."),
    # de 3
    ("body", "Der Beitrag der Stadt zu den Baukosten soll nach Angaben des Kämmerers bei 1,2 Millionen Euro liegen."),
    ("body", "Kommentare des Bürgermeisters zu dem Gutachten blieben bis zum Abend aus."),
    ("tail", "Ich halte das Verfahren für rechtswidrig, sagte der Anwalt der Anwohner nach der Sitzung."),
    # it 3
    ("body", "L'articolo 4 del regolamento comunale impone un parere della commissione prima di ogni variante."),
    ("body", "Tempo di attesa medio al pronto soccorso: oltre cinque ore nel mese di febbraio, secondo i dati dell'azienda sanitaria."),
    ("tail", "Seguire i lavori del cantiere sarà compito di una commissione di tre tecnici esterni."),
    # pl 2
    ("body", "Wpis do rejestru zabytków oznacza, że każda zmiana elewacji wymaga zgody konserwatora."),
    ("tail", "Komentarze radnych po sesji były podzielone, ale uchwała przeszła jednym głosem."),
    # ru 2
    ("body", "Запись на приём к терапевту в поликлинике теперь ведётся только по телефону, сообщили в администрации."),
    ("tail", "Комментарии специалистов по поводу проекта моста разошлись, отмечает издание."),
]


HELD_OUT_54_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-repair-cafe-report", [
        ["-Dunmarrow Repair Café", "-Home | Events | Volunteer | Donate | Contact", "-<!-- ad slot: header_970x90 -->",
         "-Posted in Monthly reports", "-March 9, 2026 by Ruth Ellacombe", "-☕ 4 min read"],
        ["+Forty-one items saved from landfill at the March repair café"],
        ["-[Featured image: volunteers at the soldering bench]", "-Tags: repair, reuse, volunteers"],
        ["+Saturday's session in the Dunmarrow scout hut drew the biggest queue since the café opened two years ago, with people waiting outside before the doors opened at ten.",
         "+Our twelve volunteer fixers looked at 56 broken items over four hours and sent 41 of them home working again."],
        ["-%%inline_ad_1%%", "-Related: How to descale a kettle without chemicals"],
        ["+What we fixed this time", "+18 small electrical items, mostly lamps, toasters and radios",
         "+13 garments and bags mended at the sewing table", "+10 bicycles, chiefly brakes and punctures"],
        ["+One visitor brought in a sewing machine that had belonged to her grandmother. \"I was told by a shop it was scrap, and now it runs better than my new one,\" she said."],
        ["-Read more: February's report – the great toaster rescue", "-Sponsored: Get 15% off tool kits at FixItMart with code REPAIR15"],
        ["+Fifteen items could not be repaired, usually because spare parts are no longer made or the casing was glued shut.",
         "+The next repair café is on Saturday 11 April; anyone who can sew, solder or true a bicycle wheel is welcome to join the fixers."],
        ["-About the author: Ruth Ellacombe coordinates the café's volunteers and writes our monthly reports. VISIT HER BLOG: www.ruthfixes.example",
         "-Support the café on Patreon from £3 a month",
         "-2 thoughts on “Forty-one items saved from landfill at the March repair café”",
         "-Owen T. says: March 9, 2026 at 6:15 pm Brilliant work, my radio is going again! Reply",
         "-Leave a comment Cancel",
         "-Website Powered by WordPress.com.",
         "-Follow Dunmarrow Repair Café on WordPress.com",
         "-Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use."],
    ]),
    _page("en", "en-coworking-blog", [
        ["-Lantern Yard Coworking", "-Book a desk →", "-Memberships · Meeting rooms · Events · Blog · Log in",
         "-Blog / Community", "-Updated 3 days ago · 5 minute read", "-Written by Sam Okoro-Vale, community manager"],
        ["+Pellowby coworking space opens quiet floor after members' survey"],
        ["-Share: LinkedIn · X · Email", "-[sponsor-banner ref=\"lanternyard-blog\"]"],
        ["+Lantern Yard in Pellowby has turned its whole top floor into a no-calls zone after more than half of its 140 members said noise was their biggest complaint.",
         "+The change took effect on Monday and cost about £18,000, mostly for acoustic panels and two new phone booths on the ground floor."],
        ["-Try a free day pass – no card needed", "-Newsletter: the Lantern Yard weekly, every Friday"],
        ["+What changes for members", "+The top floor is now silent: calls and video meetings only in the booths",
         "+Hot desks downstairs stay open from 7am to 10pm", "+Fixed-desk prices are frozen until the end of the year"],
        ["+\"People told us they came here to get away from the kitchen table and then spent the day listening to other people's sales calls,\" said Sam Okoro-Vale, who ran the survey."],
        ["-Download our 2026 member survey (PDF)", "-You might also like: Five lunch spots within a ten-minute walk"],
        ["+Some members who run workshops had asked for more meeting rooms instead, and the space says a second room will follow in the summer.",
         "+A review of the quiet floor is planned after three months, when members will be asked again."],
        ["-The post Pellowby coworking space opens quiet floor after members' survey appeared first on Lantern Yard Coworking.",
         "-Sam Okoro-Vale is a community builder and speaker on hybrid work. Book Sam for your next event: talks@okorovale.example",
         "-My new guide, The Shared Desk, is out now – grab a copy on Amazon!",
         "-Comments are closed for this post.",
         "-Powered by Ghost",
         "-Subscribe to Lantern Yard Coworking",
         "-© 2026 Lantern Yard Coworking Ltd. Registered in England No. 00000000",
         "-Cookie settings"],
    ]),
    _page("fr", "fr-marche-producteurs", [
        ["-Marché des producteurs de Saint-Orvelin", "-Accueil > Actualités > Vie du marché", "-Publié le 6 mars 2026 · Lecture : 3 min",
         "-[bannière-pub emplacement=\"haut\"]", "-Retrouvez-nous tous les samedis de 8 h à 13 h", "-Par Colette Marnay, pour le bureau de l'association"],
        ["+Le marché de Saint-Orvelin accueille cinq nouveaux producteurs ce printemps"],
        ["-Partager : Facebook | WhatsApp | Courriel", "-Crédit photo : association du marché"],
        ["+Le marché du samedi, installé sur la place de la halle depuis 2019, comptera vingt-six étals à partir du 4 avril.",
         "+Les nouveaux venus ont été choisis parmi quatorze candidatures par le bureau de l'association, qui privilégie les exploitations situées à moins de trente kilomètres."],
        ["-##PUB_MILIEU##", "-À lire aussi : Nos recettes de saison avec les légumes du marché"],
        ["+Les nouveaux étals", "+un maraîcher bio de la vallée de la Vézonne",
         "+une fromagerie de chèvre installée à Vézonnac", "+un apiculteur et un producteur de jus de pomme"],
        ["+« On voulait des produits qui manquaient encore sur la place, surtout le fromage de chèvre », explique Colette Marnay, secrétaire de l'association."],
        ["-Inscrivez-vous à notre lettre d'information", "-Publicité"],
        ["+Pour faire de la place, les étals seront légèrement décalés vers la rue de la Fontaine, et le stationnement y sera interdit le samedi matin.",
         "+Une journée portes ouvertes chez les nouveaux producteurs est prévue le 25 avril."],
        ["-L’article Le marché de Saint-Orvelin accueille cinq nouveaux producteurs ce printemps est apparu en premier sur Marché des producteurs de Saint-Orvelin.",
         "-Laisser un commentaire Annuler la réponse",
         "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
         "-3 réflexions au sujet de « Le marché de Saint-Orvelin accueille cinq nouveaux producteurs »",
         "-Josette L. 6 mars 2026 à 19 h 02 Enfin du chèvre ! Répondre",
         "-Site créé avec WordPress | Thème : Marché par Atelier Louvre-Bis",
         "-Mentions légales · Politique de confidentialité",
         "-Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site."],
    ]),
    _page("fr", "fr-canoe-niveaux", [
        ["-Canoë-Kayak Club de Vézonnac", "-☰ Menu", "-Le club | Sorties | Niveaux d'eau | Boutique | Contact",
         "-Mis à jour il y a 2 heures", "-⏱ 2 min", "-Par le moniteur de permanence, Hugo Ferrandel"],
        ["+Niveaux de la Vézonne : sorties en eau vive suspendues jusqu'à nouvel ordre"],
        ["-Publié dans : Infos rivière", "-Partager sur Facebook"],
        ["+Après trois jours de pluie continue, la Vézonne est montée à 1,84 mètre à l'échelle du pont de Vézonnac mardi soir, bien au-dessus du seuil de 1,30 mètre fixé par le club.",
         "+Toutes les sorties en eau vive sont donc suspendues, y compris la descente découverte prévue dimanche."],
        ["-{{encart_pub}}", "-Boutique du club : pagaies et gilets à prix réduit"],
        ["+Les niveaux relevés cette semaine", "+lundi : 1,12 m, navigation normale",
         "+mardi : 1,84 m, sorties suspendues", "+mercredi : 1,71 m, toujours au-dessus du seuil"],
        ["+« Le courant charrie des branches et la berge a cédé sous le moulin, ce n'est pas le moment d'aller sur l'eau », prévient Hugo Ferrandel, moniteur diplômé."],
        ["-Adhérez au club : licence 2026 disponible en ligne", "-Voir aussi : Calendrier des compétitions régionales"],
        ["+Les séances en bassin à la piscine intercommunale sont maintenues aux horaires habituels.",
         "+Le club publiera un nouveau relevé vendredi matin et décidera alors de la reprise des sorties."],
        ["-Article initialement paru sur la page Facebook du club.",
         "-Hugo Ferrandel est moniteur fédéral et guide de rivière. Découvrez ses stages sur hugoriviere.example !",
         "-Soutenez le club sur HelloAsso",
         "-Les commentaires sont fermés.",
         "-Propulsé par Blogger",
         "-Thème Simple. Images de thèmes de Léa Pontreux.",
         "-Club affilié à la fédération – association loi 1901",
         "-Haut de page ↑"],
    ]),
    _page("de", "de-modellbahn-ausstellung", [
        ["-Eisenbahnfreunde Tannbergen e.V.", "-Startseite › Verein › Ausstellungen", "-<!-- Google AdSense Banner -->",
         "-Veröffentlicht am 8. März 2026 von Vereinsschriftführer Dieter Hollweck", "-Lesezeit: ca. 4 Minuten", "-Kategorie: Ausstellungsberichte"],
        ["+Über 2.000 Besucher bei der Modellbahnausstellung in der Tannbergener Stadthalle"],
        ["-Bildergalerie ansehen (48 Fotos)", "-Teilen auf Facebook · WhatsApp · E-Mail"],
        ["+Zwei Tage lang drehten in der Stadthalle Tannbergen die Züge auf sieben Anlagen, und am Sonntagnachmittag musste der Einlass zeitweise gestoppt werden.",
         "+Nach Zählung des Vereins kamen 2.140 Besucher, rund 600 mehr als bei der letzten Ausstellung vor zwei Jahren."],
        ["-[anzeige slot=\"inhalt-1\"]", "-Auch interessant: Unser Bauabend jeden Donnerstag"],
        ["+Die Anlagen im Überblick", "+die vereinseigene H0-Anlage „Bahnhof Tannbergen um 1965“",
         "+eine Spur-N-Gebirgsstrecke mit 42 Metern Gleis", "+ein Spielbereich mit Holzeisenbahn für Kinder"],
        ["+„Am meisten gefreut hat uns, wie viele Familien mit kleinen Kindern da waren – das ist unser Nachwuchs“, sagte der Vorsitzende Klaus Bredemeier."],
        ["-Werbung", "-Jetzt Mitglied werden – Aufnahmeantrag (PDF)"],
        ["+Der Erlös aus Eintritt und Kuchenverkauf von rund 5.300 Euro fließt in den Umbau des Schattenbahnhofs.",
         "+Die nächste Ausstellung ist für das Frühjahr 2028 geplant."],
        ["-Der Beitrag Über 2.000 Besucher bei der Modellbahnausstellung erschien zuerst auf Eisenbahnfreunde Tannbergen.",
         "-Dieter Hollweck schreibt seit 30 Jahren über Modellbahnen. Sein neues Buch „Gleispläne für kleine Räume“ ist jetzt im Handel!",
         "-3 Kommentare",
         "-Gerd M. am 8. März 2026 um 20:14 Uhr Tolle Ausstellung, wir kommen wieder! Antworten",
         "-Schreibe einen Kommentar Antworten abbrechen",
         "-Erstellt mit WordPress.com – Theme: Twenty Twenty-Four.",
         "-Impressum | Datenschutz",
         "-Diese Website verwendet Cookies."],
    ]),
    _page("de", "de-kaeltehilfe-aufruf", [
        ["-Notunterkunft Grauwalde – Kältehilfe", "-Spenden | Ehrenamt | Aktuelles | Kontakt", "-🔴 Jetzt spenden",
         "-Aktuelles / Aufrufe", "-Stand: 2. März 2026 · 3 Min.", "-Von Miriam Schaller, Leitung der Notunterkunft"],
        ["+Winternotunterkunft in Grauwalde bittet dringend um Schlafsäcke und Helfer"],
        ["-Link kopieren · Teilen", "-%%werbung_oben%%"],
        ["+Seit dem Kälteeinbruch Ende Februar ist die Notunterkunft in der alten Feuerwache jede Nacht voll belegt, an manchen Abenden mussten Gäste auf Matten im Flur schlafen.",
         "+Die 28 Betten reichen nicht mehr aus, und der Vorrat an Schlafsäcken und warmer Kleidung ist fast aufgebraucht."],
        ["-Anzeige", "-Weitere Aufrufe: Kleiderkammer sucht Winterschuhe"],
        ["+Was jetzt gebraucht wird", "+Schlafsäcke und Wolldecken", "+warme Socken, Mützen und Handschuhe",
         "+Ehrenamtliche für die Nachtschicht von 22 bis 6 Uhr"],
        ["+„Niemand soll in dieser Stadt erfrieren, aber dafür brauchen wir jetzt jede helfende Hand“, sagt Miriam Schaller, die die Unterkunft seit drei Wintern leitet."],
        ["-Spendenkonto: IBAN DE00 0000 0000 0000 0000 00", "-Newsletter abonnieren"],
        ["+Sachspenden können täglich zwischen 16 und 20 Uhr am Hintereingang abgegeben werden.",
         "+Die Stadt prüft nach eigenen Angaben, ob die Turnhalle der Grundschule als Ausweichquartier dienen kann."],
        ["-Ursprünglich erschienen im Gemeindeblatt Grauwalde.",
         "-Unterstütze unsere Arbeit auf Steady – schon ab 3 € im Monat!",
         "-Kommentar verfassen",
         "-Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.",
         "-Erstellt mit Jimdo",
         "-Design by Kreativbüro Lindholz",
         "-© 2026 Förderverein Kältehilfe Grauwalde e.V.",
         "-Nach oben"],
    ]),
    _page("it", "it-hospice-raccolta", [
        ["-Hospice San Lidano – Montegrella", "-Chi siamo | Sostienici | News | 5x1000 | Contatti", "-{adv:leaderboard}",
         "-News › Raccolte fondi", "-Aggiornato il 5 marzo 2026 • Lettura 3'", "-A cura dell'ufficio comunicazione"],
        ["+Raccolta per la nuova ala dell'hospice: superati i 180 mila euro"],
        ["-Condividi su Facebook · WhatsApp", "-Foto: archivio Hospice San Lidano"],
        ["+La campagna lanciata a settembre per costruire quattro nuove stanze all'hospice di Montegrella ha raggiunto 183.400 euro, oltre due terzi dell'obiettivo.",
         "+Ai contributi di privati si sono aggiunti quelli di undici aziende del territorio e di tre parrocchie."],
        ["-Pubblicità", "-Leggi anche: La giornata del volontariato 2025"],
        ["+Come sono stati raccolti i fondi", "+donazioni di privati: 97.200 euro",
         "+aziende del territorio: 61.000 euro", "+cene e concerti di beneficenza: 25.200 euro"],
        ["+«Ogni stanza in più significa una famiglia che non deve aspettare settimane per un posto», ha detto la direttrice sanitaria Marta Colombelli."],
        ["-Dona ora con PayPal o carta", "-Iscriviti alla newsletter dell'hospice"],
        ["+I lavori dovrebbero iniziare in autunno, se entro giugno sarà raccolta la somma mancante di circa 80 mila euro.",
         "+Le nuove stanze avranno ciascuna un letto per un familiare e accesso diretto al giardino."],
        ["-L'articolo Raccolta per la nuova ala dell'hospice: superati i 180 mila euro sembra essere il primo su Hospice San Lidano.",
         "-Fonte: comunicato stampa ripubblicato automaticamente.",
         "-2 commenti",
         "-Giovanna R. 5 marzo 2026 alle 18:40 Grazie per quello che fate. Rispondi",
         "-Lascia un commento Annulla risposta",
         "-Il tuo commento è in attesa di moderazione.",
         "-Sito realizzato con WordPress – Tema Lidano di Studio Ferrucci",
         "-C.F. 00000000000 – Privacy e cookie"],
    ]),
    _page("it", "it-lega-freccette", [
        ["-Lega Freccette Val Tessarina", "-Home | Classifiche | Calendario | Squadre | Regolamento", "-[banner_sponsor id=\"birra-tessa\"]",
         "-Risultati › Serie A", "-7 marzo 2026 – tempo di lettura 2 minuti", "-di Beppe Arnoldi, addetto stampa"],
        ["+Freccette, decima giornata: i Falchi di Tessarina agganciano la vetta"],
        ["-Condividi", "-Commenta"],
        ["+Con il 7-3 rifilato al Bar Centrale, i Falchi di Tessarina raggiungono in testa alla classifica il Circolo Arcieri, fermato sul pareggio a Borgo Tessa.",
         "+La giornata è stata decisa come spesso accade dai doppi, vinti dai Falchi tutti e tre."],
        ["-Sponsor della giornata: Pizzeria Da Nino, Borgo Tessa", "-Vedi anche: il calendario completo della stagione"],
        ["+I risultati della decima giornata", "+Falchi di Tessarina – Bar Centrale 7-3",
         "+Circolo Arcieri – Dardi di Borgo Tessa 5-5", "+Le Punte – Osteria del Ponte 4-6"],
        ["+«Abbiamo giocato i doppi con la testa, senza fretta», ha raccontato il capitano dei Falchi, Renzo Mattiuzzi, che ha chiuso la serata con un 180."],
        ["-{adv:box-centrale-2}", "-Iscrivi la tua squadra alla Coppa di primavera"],
        ["+La prossima giornata si gioca venerdì 13 marzo con lo scontro diretto tra Falchi e Circolo Arcieri.",
         "+Il comitato ricorda che le schede dei punteggi vanno consegnate entro la domenica successiva."],
        ["-Beppe Arnoldi racconta le freccette amatoriali dal 2012. Seguilo anche sul suo blog: dardiebirra.example",
         "-Offrimi un caffè se ti piacciono questi resoconti!",
         "-5 pensieri su “Freccette, decima giornata: i Falchi di Tessarina agganciano la vetta”",
         "-Mirko 7 marzo 2026 alle 23:05 Grande Renzo! Mi piace Rispondi",
         "-I commenti sono chiusi.",
         "-Blog su WordPress.com.",
         "-Tema: Lovecraft di Anders Norén.",
         "-Segui Lega Freccette Val Tessarina su WordPress.com"],
    ]),
    _page("pl", "pl-bibliobus-trasa", [
        ["-Gminna Biblioteka Publiczna w Trzcinomierzu", "-Strona główna | Katalog | Bibliobus | Wydarzenia | Kontakt", "-A- A A+ | Wersja kontrastowa",
         "-Aktualności › Bibliobus", "-Opublikowano: 3 marca 2026 · Przeczytasz w 2 minuty", "-Autor: Agnieszka Wróblak"],
        ["+Bibliobus zmienia trasę: nowe przystanki w czterech sołectwach"],
        ["-Udostępnij: Facebook · Messenger · E-mail", "-%%REKLAMA_SRODEK%%"],
        ["+Od 16 marca bibliobus Gminnej Biblioteki Publicznej w Trzcinomierzu będzie zatrzymywał się w czterech wsiach, do których dotąd nie dojeżdżał.",
         "+Zmiana to efekt ankiety, w której mieszkańcy najczęściej skarżyli się na zbyt daleką drogę do filii."],
        ["-Reklama", "-Zobacz także: Ferie zimowe w bibliotece – relacja"],
        ["+Nowe przystanki bibliobusu", "+Zalesie Trzcinomierskie – wtorek, 9.00–10.00",
         "+Kępa Trzcinomierska – wtorek, 10.30–11.30", "+Wólka Trzcinomierska i Sady Trzcinomierskie – czwartek, 13.00–15.00"],
        ["+– Najwięcej czytelników mamy wśród seniorów, dla których dojazd do miasta to wyprawa na pół dnia – mówi dyrektorka biblioteki Agnieszka Wróblak."],
        ["-Zamów książkę przez katalog online", "-Zapisz się do newslettera biblioteki"],
        ["+Dotychczasowe postoje przy szkołach w Trzcinomierzu pozostają bez zmian.",
         "+W bibliobusie można także wypożyczyć audiobooki i czytniki e-booków."],
        ["-Wpis Bibliobus zmienia trasę: nowe przystanki w czterech sołectwach pojawił się pierwszy raz w Biblioteka Trzcinomierz.",
         "-Agnieszka Wróblak prowadzi też bloga o książkach dla dzieci – zajrzyj na czytamyrazem.example!",
         "-Dodaj komentarz Anuluj pisanie odpowiedzi",
         "-Twój adres e-mail nie zostanie opublikowany.",
         "-Komentarze są moderowane.",
         "-Dumnie wspierane przez WordPress | Motyw: Biblio autorstwa Studio Krata",
         "-Deklaracja dostępności · Polityka prywatności",
         "-Ta strona korzysta z plików cookie."],
    ]),
    _page("pl", "pl-jadlodzielnia", [
        ["-Jadłodzielnia Kraśnomierz", "-O nas | Jak działamy | Aktualności | Wesprzyj", "-<!-- reklama-top -->",
         "-Aktualności", "-5 marca 2026 · 3 min czytania", "-Dodane przez: wolontariusze jadłodzielni"],
        ["+Jadłodzielnia w Kraśnomierzu uratowała w lutym ponad tonę jedzenia"],
        ["-Udostępnij na Facebooku", "-Fot. archiwum jadłodzielni"],
        ["+W lutym przez dwie lodówki społeczne przy ulicy Tkackiej przeszło 1,1 tony żywności, najwięcej od otwarcia punktu w 2023 roku.",
         "+Największą część stanowiło pieczywo i warzywa przekazywane przez dwa lokalne sklepy i piekarnię."],
        ["-[[reklama]]", "-Czytaj też: Jak bezpiecznie zostawić jedzenie w lodówce?"],
        ["+Co trafiło do lodówek w lutym", "+pieczywo: 420 kg", "+warzywa i owoce: 380 kg",
         "+nabiał i gotowe posiłki: 300 kg"],
        ["+– Lodówki bywają puste już po godzinie od dostawy, więc każda pomoc się liczy – mówi koordynatorka projektu Marta Kędzior."],
        ["-Wesprzyj nas na Patronite", "-Szukamy wolontariuszy – formularz zgłoszeniowy"],
        ["+Wolontariusze przypominają, że do lodówek nie wolno wkładać surowego mięsa ani alkoholu.",
         "+W kwietniu przy punkcie stanie trzecia lodówka, kupiona ze zbiórki mieszkańców."],
        ["-Wpis pochodzi z bloga jadłodzielni na Blogspocie.",
         "-Postaw mi kawę na buycoffee.to/jadlodzielnia ☕",
         "-4 komentarze:",
         "-Anonimowy 5 marca 2026 18:22 Super sprawa, tak trzymać! Odpowiedz",
         "-Prześlij komentarz",
         "-Obsługiwane przez usługę Blogger.",
         "-Motyw Prosty. Obrazy motywu: Ola Brzezińska.",
         "-Subskrybuj: Komentarze do posta (Atom)"],
    ]),
    _page("ru", "ru-kinologi-novosti", [
        ["-Кинологическая школа «Верный след», Ключегорск", "-Главная | Курсы | Тренеры | Новости | Контакты", "-<!-- Яндекс.Директ верх -->",
         "-Новости школы", "-07.03.2026 · ⏱ 3 мин", "-Автор: Ольга Стрижова"],
        ["+Выпускники школы «Верный след» сдали экзамен на поисково-спасательную службу"],
        ["-Поделиться: ВКонтакте · Telegram · WhatsApp", "-Фото: архив школы"],
        ["+Шесть собак из группы поисково-спасательной подготовки сдали в субботу экзамен на полигоне под Ключегорском.",
         "+Экзамен принимала комиссия из трёх судей, и впервые за историю школы ни одна пара не была снята с испытаний."],
        ["-Реклама", "-Читайте также: Как выбрать щенка для служебной подготовки"],
        ["+Что входило в экзамен", "+поиск пропавшего человека в лесу на участке 2 гектара",
         "+работа на завалах", "+послушание и выдержка под шумовым воздействием"],
        ["+«Мы готовили этих собак полтора года, и сегодня они показали, что смогут работать по-настоящему», — сказала старший тренер Ольга Стрижова."],
        ["-Запишитесь на пробное занятие бесплатно!", "-[реклама_слот=\"середина\"]"],
        ["+Теперь выпускники смогут участвовать в поисках вместе с местным добровольческим отрядом.",
         "+Набор в новую группу откроется в апреле."],
        ["-Запись «Выпускники школы сдали экзамен» впервые появилась на сайте «Верный след».",
         "-Ольга Стрижова — кинолог, судья и автор курса «Собака-спасатель». Поддержать автора можно на Boosty!",
         "-3 комментария",
         "-Андрей В. 07.03.2026 в 21:10 Молодцы! Нравится Ответить",
         "-Добавить комментарий Отменить ответ",
         "-Ваш комментарий будет опубликован после проверки модератором.",
         "-Сайт создан на Tilda",
         "-© 2026 «Верный след». Все права защищены."],
    ]),
    _page("ru", "ru-dom-kultury-sovet", [
        ["-Дом культуры села Черноклёново", "-Главная › Новости › Совет ДК", "-Версия для слабовидящих",
         "-Опубликовано: 04.03.2026", "-Время чтения: ~2 минуты", "-Подготовила секретарь совета Нина Пастухова"],
        ["+Совет Дома культуры решил отремонтировать зрительный зал к юбилею села"],
        ["-Поделиться в Одноклассниках", "-{{реклама_верх}}"],
        ["+На заседании 3 марта совет Дома культуры села Черноклёново единогласно одобрил план ремонта зрительного зала к 250-летию села в сентябре.",
         "+Смета составляет около 1,9 миллиона рублей, большую часть обещает выделить районная администрация."],
        ["-Реклама", "-Читайте также: Масленица в Черноклёново — фоторепортаж"],
        ["+Решения заседания", "+заменить кресла и напольное покрытие в зале",
         "+обновить сценическое освещение", "+провести сбор средств среди жителей на новый занавес"],
        ["+«Зал не ремонтировали с 1987 года, и к юбилею мы хотим встретить гостей достойно», — сказала председатель совета Валентина Кожемякина."],
        ["-Афиша на март", "-Подписывайтесь на наш канал в Telegram"],
        ["+Работы начнутся после окончания отчётного концерта в мае.",
         "+На время ремонта кружки переедут в здание бывшей школы."],
        ["-Источник: группа Дома культуры ВКонтакте, перепечатано автоматически.",
         "-Нина Пастухова — краевед и автор книги «Черноклёново: три века истории». Книга уже в продаже!",
         "-Комментарии (2)",
         "-Галина 04.03.2026 в 19:45 Давно пора! Ответить",
         "-Обсуждение закрыто.",
         "-Работает на WordPress",
         "-Тема: «Сельский клуб» от студии «Лён»",
         "-© МБУК «Черноклёновский ДК», 2026"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'ru-dom-kultury-sovet':
        "the village hall council summary's March-programme link between the paragraphs is left (1 of 20 noise lines)",
}


test_held_out_54_line, test_held_out_54_line_is_kept, test_held_out_54_page = held_out_tests(
    HELD_OUT_54_LINES, HELD_OUT_54_KEEP, HELD_OUT_54_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
