"""Held-out set 59: written blind, weighted toward the noise the cleaner exists for, in shapes set 58's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
shortcode-like leftover '[/sponsored_content] [adrotate group="4"]', the RSS-feed footer "The post X
appeared first on Y." in English and in WordPress's French ("L'article X est apparu en premier sur Y."),
German ("Der Beitrag X erschien zuerst auf Y."), Italian ("L'articolo X proviene da Y."), Polish ("Wpis X
pojawił się po raz pierwszy na Y.") and Russian ("Запись X впервые появилась на сайте Y.") wordings, and
an English "Originally published at ... on ..." credit); reading-time and date headers in new shapes (an
English updated-hours-ago row with a listening time "Updated 4 hrs ago | 3 min listen", an English
last-modified date with an estimated reading time, and updated-at-date-and-time rows with a reading time
in French, German ("Stand: ... · Lesedauer ca. 3 Minuten"), Italian, Polish and Russian); bylines and
self-promotion (English "Support my work on Patreon" and "Buy me a coffee" plugs, an English author bio
with a book-her-for-talks plug, a French Tipeee plug, a German my-new-book-with-signed-copies plug, an
Italian offer-me-a-coffee-on-Ko-fi plug, a Polish Patronite plug and a Russian Boosty/ЮMoney
support-the-author line); blog footers (Substack-like "© 2026 ... · Privacy ∙ Terms ∙ Collection notice"
and "Start Writing · Get the app", Blogger's "Simple theme" credit in French and Italian and its Polish
"Obsługiwane przez usługę Blogger.", a German Jimdo credit and a Russian uCoz credit); reader-comment
furniture (comment header rows of name, says and date in English, French and Polish, name, date and reply
rows in German, Italian and Russian, your-comment-is-awaiting-moderation notes in English, French,
German, Polish and Russian, the English notify-me-of-new-comments checkbox and an Italian
sign-in-with-Facebook-or-Google-to-comment line); an English click-to-email share button (share); and an
English affiliate-links disclosure (notice); and toward whole scraped news and opinion pages in layouts
sets 41 to 58 did not use (a lido's season report, a hackspace's CTF recap, a mushroom society's foray
report, a village cinema club's season opener, a carpenters' guild's apprentice news, a table-tennis
club's league standings, a folk-dance festival's programme news, a search-and-rescue dog team's training
log, a city bike-share operator's station notice, an astronomy club's eclipse trip, a village portal's
post-office rescue campaign and a volunteer translators' hotline report).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 58) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 58, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page`` node's
source segments, and the file from the ``_marks`` node's line to the end); the helpers ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed
as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 58's
with 58 -> 59 (with the empty ``_KEEP_XFAIL`` table set 58's tail holds). Nothing below was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s59 at
commit c15da6d76192b76ad2682ee4002e39271b38c6f7, which was also main's HEAD at my first step) and every
failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) ``git worktree add``
printed, as git does, the subject line of the commit it checked out (set 58's commit, with set 58's
baseline figures); it was seen after the lists were written and changed nothing in them. (3) Before the
measurement the draft was executed from a scratch folder (/tmp/s59) with stand-ins for ``noisy_corpus``
and ``test_clean`` that only counted lines and checked that no page noise line repeats on its page, is a
substring of an article line of its page or repeats a line of ``HELD_OUT_59_LINES`` (no case was run
through the cleaner). The first count showed that the pages table was built wrongly (a dict keyed by
language, 6 entries); it was rebuilt keyed by page name before the measurement. The check also flagged
that the site name "Quillerby Lido" of en-lido-season-report is part of its title; it was left, as real
pages print their site name above their titles (it is shorter than the 25 characters from which
``_problems`` compares noise snippets with the article text). (4) The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then read
out once with ``_problems`` in the frozen worktree by a script that ran it on every line, keep line and
page of this set and printed the problems of the failing ones, to write the xfail reasons. (5) Invented
place names were checked, before the measurement, against the helper's exact-string search over public
GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not
exist: Quillerby, Kettlewyke, Vaurelhac, Saint-Orvelin, Ostergrabenau, Mühlquell, Tannenkehr,
Borgoscuro, Roccalenta, Valmorsa, Кленоводье and Светлоречинск had no hits; Callowmere and Valdorna
occur only as invented names in fiction and games, Farnwiese only in lists of invented game place names,
Mellowgate only as a software library's name, and Vermoulin, Lindgrau and Kalkrinne only inside other
words ("trouverMoulin", "selIndGrauParente", "Kalkrinnen"). Replaced before the measurement: the
table-tennis opponents "TSV Birkenhagen II" (Birkenhagen is a surname, perhaps after a place), "SV
Grünhöhe" and "DJK Lindenaue" (too close to the real Lindenau) became TSV Farnwiese II, SV Tannenkehr and
DJK Kalkrinne. Not checked: the Wendle valley, the forest of the Combe-Noiraude, the estate Sosnowe
Wzgórza, the streets and spots (ul. Jaworowa, pl. Targowy, ul. Leszczynowa, Park Nadrzeczny, Halle am
Mühlbach, place du Lavoir), which are generic and may exist somewhere, and «Вестник Заречья» (Заречье is
a common real name of villages and districts, used here as a newspaper's name without a place); the
organisations, firms, newspapers, blogs, books and sites (Mellowgate Daily, The Quillery, Ferrow Notes,
Tidemark Sports, Splashpage Digital, Coppercoil Hosting, Le Petit Écho du Causse, Vannerie Castagnol,
Clic&Asso, Pizzeria Da Orvelino, Lindgrauer Anzeiger, „Die Stille der Salzwiesen“, Holzhandel
Brauckmeier, Holzweg Medien, Sportshop Kellerhals, Clubbaukasten, Gazzetta di Valmorsa, Agriturismo Le
Querce Storte, Pixelvivo, Crocchette Montefido, Kurier Modrzewiowy, Kręciołek, Dwa Kółka, AstroKąt,
Klub Astronomiczny „Perseida”, «Мост слов», «Лингвоцентр Сириус», ВебЛад, the example
domains) and the people, all invented; "Dwa Kółka", "Perseida", "Holzweg Medien" and «Мост слов» are
common enough that real shops or groups may carry them. (6) Some lines name real things, as real pages
do: Patreon, Ko-fi, Tipeee, Patronite, Boosty, ЮMoney, ЮKassa, Substack-like footer wording, WordPress
wordings, Blogger, Jimdo, uCoz, Wix, Altervista, click-TT, Discord, Mastodon, IRC, CC BY-SA
4.0, App Store, Google Play, Facebook, X, WhatsApp, Telegram, Messenger, Instagram, ВКонтакте,
Одноклассники, the film « Le Voleur de bicyclette », Galicia (« Galizia »), the Italian 112, 5x1000 and
C.F., the French loi 1901, the German Körperschaft des öffentlichen Rechts and Vereinsregister, the Polish
KRS and 1,5% tax transfer, the Russian ОГРН, and real mushroom species; registry and phone numbers are
zero-filled. No real person is named. (7) Set 58's docstring names only its own shapes and earlier sets'
page layouts, so some lines may repeat shapes of sets before 58 that I could not check; in particular the
"The post X appeared first on Y" footer, "Your comment is awaiting moderation.", the comment header rows
and Blogger's credits are common furniture that earlier sets (set 41 used a content farm, an auto-blog, a
WordPress comment thread and Blogspot) may have used. Close to shapes set 58 named: the Russian uCoz
credit is a site-builder credit like its "Сделано на Tilda", the German my-new-book plug is in the shape
of its English, French, Italian and Russian ones, and the Substack footer rows are platform footers like
its WordPress.com and Ghost credits; none of these is a line of ``HELD_OUT_58_LINES`` as far as its
docstring tells. (8) My first step's clock reading was 2026-12-03 13:07 UTC.

Judgement calls: the keep lines opening with "Originally the mill pond", "The post office", "Support for
the scheme", "Buy-back", "Theme parks", "Your comment on the planning portal", "Powered by volunteers",
"Soutenu par trois communes", "L'article 12", "Votre avis compte", "Der Beitrag der Gemeinde", "Mein
Vater", "Stand heute", "L'articolo 9", "Aggiornato il piano", "Se ti chiedono", "Wpis do rejestru", "Twój
głos", "Запись на прививки" and "Комментарий главы района" are article sentences. The shortcode
leftover, the appeared-first-on footers and the originally-published credit are counted as markers;
updated, last-modified and Stand rows with reading or listening times as reading-time lines; bios,
support, coffee, book and talks plugs as bylines; platform credits and Substack footer rows as footers;
comment header rows, moderation notes, the notify-me checkbox and the sign-in-to-comment line as comments;
the click-to-email button as share and the affiliate-links disclosure as a notice. On every page the
title, the subheading, its four list rows, the paragraph with the quote and the other three paragraphs are
article (10 lines a page) and everything else is noise (20 lines a page: six lines above the title, two
under it, two between the first paragraph and the paragraph with the quote, two between the list rows and
the last two paragraphs, eight at the foot); in particular the site names, menus, search, login,
accessibility and breadcrumb lines, live water-temperature, space-status, sky, weather, bikes-available
and countdown lines, next-event, next-match and opening-hours lines, posted-by, date, category and tag
lines, ads and advertiser lines, membership, fee, pass, price, course, training, apprenticeship,
volunteer, donation, 5x1000, 1,5% and boiler-fund lines, downloads (PDF programme, table, map, report,
rules), jump-to links, app, newsletter, Discord and channel lines, share and follow rows, related,
previous/next and see-also links, comment counts and comments with their names and reply links,
contact, hotline, address, charity, registry and legal lines, platform and web-agency credits, cookie
lines, classified-ad links and back-to-top links are noise. The rows: en-lido-season-report "The season in
numbers", en-hackspace-ctf-recap "Where the points came from", fr-sortie-mycologique "Les espèces les plus
remarquées", fr-cine-club-ouverture "Les rendez-vous du trimestre", de-zimmerer-innung-azubis "Die Besten
des Jahrgangs", de-tischtennis-tabelle "Die Tabellenspitze", it-festival-danze-popolari "Il programma in
breve", it-unita-cinofila-diario "I risultati dell'esercitazione", pl-rower-miejski-stacje "Nowe
lokalizacje", pl-klub-astronomiczny-zacmienie "Przebieg wyjazdu", ru-selskaya-pochta "Что предлагают
жители" and ru-goryachaya-liniya-perevodchikov "Самые востребованные языки", each with four rows; all of
them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 13, share 1, notice 1;
by language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1) and fr,
de, it, pl, ru 6 each (marker 1, reading-time 1, byline 1, footer 1, comments 2)), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-lido-season-report (a lido friends' group's report on its best season in a decade, with a comment),
en-hackspace-ctf-recap (a hackspace's recap of its team's third place in an online CTF),
fr-sortie-mycologique (a mushroom society's report of a record autumn foray, with a comment),
fr-cine-club-ouverture (a village cinema club's season opener with a new projector),
de-zimmerer-innung-azubis (a carpenters' guild's news of twelve apprentices becoming journeymen),
de-tischtennis-tabelle (a table-tennis club's match report and league standings),
it-festival-danze-popolari (a folk-dance festival's programme announcement), it-unita-cinofila-diario (a
search-and-rescue dog team's night training log), pl-rower-miejski-stacje (a city bike-share operator's
notice of nine new stations), pl-klub-astronomiczny-zacmienie (an astronomy club's eclipse-trip report),
ru-selskaya-pochta (a village news portal's story on residents campaigning to keep their post office,
with a comment) and ru-goryachaya-liniya-perevodchikov (a volunteer translators' hotline half-year
report); every page holds a title, a subheading with list rows, a quote in the article and noise above
the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit c15da6d76192b76ad2682ee4002e39271b38c6f7, measured with ``cd
/tmp/wt-s59 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s59/src python -m pytest -q
tests/test_clean_held_out_59.py -rA -p no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s59 &&
PYTHONPATH=/tmp/wt-s59/src python scripts/clean_held_out_report.py --sets 59``, with the xfail tables
empty): noise lines removed 41/45 (marker 8/8, reading-time 7/7, byline 7/8, footer 6/7, comments 11/13,
share 1/1, notice 1/1; missed, all kept as paragraphs: the English "Hannah Colebrook is a freelance
writer from the Wendle valley. Book her for talks at hannahcolebrook.example/speaking.", the French
"Jeanne Rivollet dit : 3 décembre 2026 à 10 h 05 min", the Russian "Бесплатный конструктор сайтов —
uCoz" and the Russian "Комментарий появится после проверки модератором."); keep lines kept 20/20; pages
1/12 clean (en-lido-season-report), 20 of 240 page noise lines left and 0 of 120 article lines lost:
en-hackspace-ctf-recap 4 left ("Sponsored by Coppercoil Hosting — rack space from £9 a month", "Jump to:
Results · Write-ups · Photos", "Membership: £20/month, £10 concessions — join here" and "Buy a hackspace
hoodie in our shop"); fr-sortie-mycologique 1 left ("Adhésion 2027 : 15 € par personne, 22 € par
famille"); fr-cine-club-ouverture 3 left ("Annonce", "Pizzeria Da Orvelino : une boisson offerte sur
présentation du billet" and "Carte d'adhérent : 20 € pour dix séances"); de-zimmerer-innung-azubis 1 left
("Ausbildungsplatz gesucht? Jetzt bewerben!"); de-tischtennis-tabelle 2 left ("Schnuppertraining für
Kinder: dienstags ab 17 Uhr" and "Tabelle als PDF herunterladen"); it-festival-danze-popolari 1 left
("Pass tre giorni: 25 euro, ridotto 15 euro"); it-unita-cinofila-diario 2 left ("Crocchette Montefido:
nutrizione per cani da lavoro" and "Sostieni l'unità con il tuo 5x1000"); pl-rower-miejski-stacje 2 left
("Pierwsze 20 minut każdego przejazdu gratis" and "Sprawdź cennik abonamentów");
pl-klub-astronomiczny-zacmienie 1 left ("Składka członkowska: 60 zł rocznie"); ru-selskaya-pochta 1 left
("Подать объявление бесплатно"); ru-goryachaya-liniya-perevodchikov 2 left ("Курсы английского
«Лингвоцентр Сириус» — первое занятие бесплатно" and "Нужны волонтёры со знанием дари и пушту"). All left
page lines stand between the paragraphs (six between the first paragraph and the paragraph with the quote,
fourteen between the list rows and the last paragraphs; none above the title, under it or at the foot); no
article line was lost. The failing cases are strict xfails.

Still held out after round 56 (development on set 57; measured once with ``python
scripts/clean_held_out_report.py --sets 59`` and ``pytest tests/test_clean_held_out_59.py`` on this set
rebased onto main with round 56 and the subheading-rows pass (session 20), 2026-12-03): noise lines
removed 41 -> 42/45 (comments 11 -> 12/13: round 56's commenter row with "10 h 05 min" takes the French
"Jeanne Rivollet dit : ..." row; its xfail removed), article lines kept 20/20, pages 1/12 clean, page
noise lines left 20 -> 27 of 240, none of 120 article lines lost. The rise is one page:
en-hackspace-ctf-recap keeps 11 instead of 4, its whole foot (forum link, previous/next links, company
line, licence, report-an-issue and privacy links). Round 56's join-our-channel rule now takes the
page's "Join us on Discord · Mastodon · IRC" follow row as self-promotion, and the page-tail pass
counts only rows no rule took as its chrome evidence, so with that row gone it no longer finds enough
chrome to take the foot. The lead read that page's trace (``scripts/explain_noise.py``) to find this,
so from here this set is not blind: it becomes the next round's development set. Counting rows of
labels the rules took as evidence too (tried) gave the foot back but made the tail pass start too
high on set 48's en-court-reporter-blog (3 article lines lost) and set 27's pl-recenzja-sprzetu (1):
not shipped. Every other case unchanged.

Round 57 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 59`` and ``pytest tests/test_clean_held_out_59.py`` at 8577773
(before) and the round's last commit on branch round57 (after): noise lines 42 -> 45/45 (marker 8/8,
reading-time 7/7, byline 7 -> 8/8, footer 6 -> 7/7, comments 12 -> 13/13, share 1/1, notice 1/1), pages 1 ->
12/12 clean, page noise lines left 27 -> 0 of 240, article lines lost 0 -> 0 of 120, keep lines 20 -> 20/20;
pytest 63 passed, 14 xfailed -> 77 passed. The mechanism: the page-tail pass now counts, as chrome evidence,
a row of labels a rule took for its words (the "Join us on Discord · Mastodon · IRC" row, self-promotion)
when it stands between the body's last paragraph and the page's first end and does not end the page
itself, so the evidence no longer depends on which pass took the row first; rows that end a page (a share
row, a comment thread) and rows below the first end stay no evidence, which keeps set 48's
en-court-reporter-blog (whose tail pass sees its last paragraph too high) and set 27's pl-recenzja-sprzetu
whole; the same counting above the title in the page-head pass was tried and not shipped (set 32's
ru-fan-wiki-lokaciya lost a paragraph). As classes in six languages: a comment shown after a moderator's
check ("Комментарий появится после проверки модератором.") is comment-form furniture; a site builder's
advert of itself with its name ("Бесплатный конструктор сайтов — uCoz", either order) is a blog footer; an
author bio's call to book the author it names, opening its sentence ("Book her for talks at ...", "Invitez-la
pour une conférence", "Пригласите её на лекцию") is self-promotion. On the pages: a sponsored-by line with a
priced, discounted or free offer after a dash, short and with no full stop (advertisement); jump-to links to
the page's sections (table of contents); round 56's fee label takes members' cards and passes ("Carte
d'adhérent : 20 € pour dix séances", "Pass tre giorni: 25 euro, ridotto 15 euro"), a second price after a
comma, a period ("60 zł rocznie") and a join call after a dash; the site's merchandise in its shop (shop
button); a call to apply after a question at most ("Ausbildungsplatz gesucht? Jetzt bewerben!"); a taster
session with its weekday and hour, "ab 17 Uhr" too; a download naming the file's type with a preposition
("Tabelle als PDF herunterladen", share widget); the Italian 5x1000 appeal; a rental scheme's free minutes; a
call to see the price list; a link to place a classified ad; volunteers wanted with a skill ("со знанием
дари и пушту"); and an ad's copy under its slot label when the label has no ad word ("Annonce", "Spazio
pubblicitario") or the copy a brand's short name in quotes. Pages: en-hackspace-ctf-recap 11 -> 0,
fr-sortie-mycologique 1 -> 0, fr-cine-club-ouverture 3 -> 0, de-zimmerer-innung-azubis 1 -> 0,
de-tischtennis-tabelle 2 -> 0, it-festival-danze-popolari 1 -> 0, it-unita-cinofila-diario 2 -> 0,
pl-rower-miejski-stacje 2 -> 0, pl-klub-astronomiczny-zacmienie 1 -> 0, ru-selskaya-pochta 1 -> 0,
ru-goryachaya-liniya-perevodchikov 2 -> 0. All xfails of this set removed. Elsewhere only set 45's
fr-proxy-traduction changed (7 -> 6 noise lines left: its "Annonce" label now goes).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_59_LINES = [
    ("body", "[/sponsored_content] [adrotate group=\"4\"]", "marker"),
    ("tail", "The post Quayside Lanterns Return for Winter Market appeared first on Mellowgate Daily.", "marker"),
    ("tail", "Originally published at thequillery.example on 3 March 2026.", "marker"),
    ("head", "Updated 4 hrs ago | 3 min listen", "reading-time"),
    ("head", "Last modified: 12/02/2026 — Estimated reading time: 4 minutes", "reading-time"),
    ("tail", "Support my work on Patreon — patrons get every essay a week early.", "byline"),
    ("tail", "Buy me a coffee ☕ if this piece helped you.", "byline"),
    ("tail", "Hannah Colebrook is a freelance writer from the Wendle valley. Book her for talks at hannahcolebrook.example/speaking.", "byline"),
    ("tail", "© 2026 Ferrow Notes · Privacy ∙ Terms ∙ Collection notice", "footer"),
    ("tail", "Start Writing · Get the app", "footer"),
    ("tail", "Marjorie Tull says: 14 March 2026 at 9:12 am", "comments"),
    ("tail", "Your comment is awaiting moderation.", "comments"),
    ("tail", "Notify me of new comments via email.", "comments"),
    ("tail", "Click to email a link to a friend (Opens in new window)", "share"),
    ("body", "This post contains affiliate links; I may earn a small commission at no extra cost to you.", "notice"),
    ("tail", "L'article Les cloches de Vermoulin sonnent à nouveau est apparu en premier sur Le Petit Écho du Causse.", "marker"),
    ("head", "Mis à jour le 02/12/2026 à 18h40 — Temps de lecture : 4 min", "reading-time"),
    ("tail", "Soutenez mon travail sur Tipeee : chaque contribution finance une nouvelle enquête.", "byline"),
    ("tail", "Thème Simple. Fourni par Blogger.", "footer"),
    ("tail", "Votre commentaire est en attente de modération.", "comments"),
    ("tail", "Jeanne Rivollet dit : 3 décembre 2026 à 10 h 05 min", "comments"),
    ("tail", "Der Beitrag Neue Bänke für den Kurpark erschien zuerst auf Lindgrauer Anzeiger.", "marker"),
    ("head", "Stand: 02.12.2026, 17:45 Uhr · Lesedauer ca. 3 Minuten", "reading-time"),
    ("tail", "Mein neues Buch „Die Stille der Salzwiesen“ ist ab sofort im Handel – signierte Exemplare gibt es in meinem Shop.", "byline"),
    ("tail", "Erstellt mit Jimdo – jetzt kostenlos eigene Homepage starten", "footer"),
    ("tail", "Dein Kommentar wird nach Freigabe durch einen Moderator sichtbar.", "comments"),
    ("tail", "Klaus Bremeier · 3. Dezember 2026 um 08:14 · Antworten", "comments"),
    ("tail", "L'articolo Nuove panchine al parco di Roccalenta proviene da Gazzetta di Valmorsa.", "marker"),
    ("head", "Aggiornato alle 17:30 del 2 dicembre 2026 – Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Se ti è piaciuto questo articolo, offrimi un caffè su Ko-fi: mi aiuti a scrivere il prossimo.", "byline"),
    ("tail", "Tema Semplice. Gestito da Blogger.", "footer"),
    ("tail", "Accedi con Facebook o Google per commentare", "comments"),
    ("tail", "Giulia Ferrandi – 3 dicembre 2026 alle 9:41 – Rispondi", "comments"),
    ("tail", "Wpis Nowe ławki przy rynku pojawił się po raz pierwszy na Kurierze Modrzewiowym.", "marker"),
    ("head", "Aktualizacja: 02.12.2026, 17:50 | Czas czytania: ok. 4 min", "reading-time"),
    ("tail", "Wesprzyj mnie na Patronite – dzięki patronom ten blog pozostaje bez reklam.", "byline"),
    ("tail", "Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Twój komentarz oczekuje na moderację.", "comments"),
    ("tail", "Marek Zalewicz napisał(a): 3 grudnia 2026 o 10:12", "comments"),
    ("tail", "Запись «Новые скамейки у пруда» впервые появилась на сайте «Вестник Заречья».", "marker"),
    ("head", "Обновлено: 2 декабря 2026, 17:55 · Время чтения: 4 мин.", "reading-time"),
    ("tail", "Поддержать автора: Boosty и ЮMoney — ссылки в профиле.", "byline"),
    ("tail", "Бесплатный конструктор сайтов — uCoz", "footer"),
    ("tail", "Комментарий появится после проверки модератором.", "comments"),
    ("tail", "Андрей Полыхаев · 3 декабря 2026 в 10:20 · Ответить", "comments"),
]

HELD_OUT_59_KEEP = [
    ("body", "Originally the mill pond fed three looms, and the trust wants two of them turning again by summer."),
    ("body", "The post office in Callowmere closes on Friday, the parish clerk confirmed in a letter to residents."),
    ("body", "Support for the scheme fell to 41 per cent in the autumn survey, down from 58 per cent a year earlier."),
    ("head", "Buy-back of the former depot was approved by six votes to four after a two-hour debate."),
    ("tail", "Theme parks on the coast reported their weakest August since 2019, according to the tourism board."),
    ("body", "Your comment on the planning portal counts only if it arrives before 5 p.m. on 18 December, the council said."),
    ("tail", "Powered by volunteers alone, the ferry ran 312 crossings last season without a single cancellation."),
    ("body", "Soutenu par trois communes, le projet de piscine intercommunale entre dans sa phase d'étude."),
    ("body", "L'article 12 du règlement intérieur a été modifié à l'unanimité lors de la séance de lundi."),
    ("tail", "Votre avis compte, répète le maire, qui promet une réunion publique avant toute décision."),
    ("body", "Der Beitrag der Gemeinde zum neuen Feuerwehrhaus steigt auf 410.000 Euro."),
    ("body", "Mein Vater hat hier noch Kohle geschaufelt, sagt die 62-jährige Anwohnerin über die alte Zeche."),
    ("tail", "Stand heute fehlen dem Verein noch rund 18.000 Euro für die neue Orgel."),
    ("body", "L'articolo 9 dello statuto impone al consiglio di pubblicare il bilancio entro aprile."),
    ("head", "Aggiornato il piano dei trasporti, la giunta ha aggiunto due corse serali per le frazioni."),
    ("body", "Se ti chiedono di pagare per il certificato, rifiuta: è gratuito, ricorda il sindaco."),
    ("body", "Wpis do rejestru zabytków zajął konserwatorowi niemal dwa lata."),
    ("tail", "Twój głos ma znaczenie – przekonywała radnych przewodnicząca rady seniorów."),
    ("body", "Запись на прививки в поликлинике откроется в понедельник, сообщили в горздраве."),
    ("tail", "Комментарий главы района по поводу закрытия моста редакция получила только вечером."),
]


HELD_OUT_59_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-lido-season-report", [
        ["-Quillerby Lido", "-Home | Swim | Memberships | Events | Friends of the Lido", "-Water temperature today: 17.5°C", "-Early-bird swims from 6.30am — book online", "-Sign in / Register", "-You are here: Home › News › Season report"]
        , ["+Quillerby Lido closes its best season in a decade"],
        ["-Posted by the Friends of Quillerby Lido on 28 September 2026", "-Filed under: News, Season reviews"],
        ["+More than 41,000 swims were logged between the May opening and the last session on Sunday, the highest total since the pool was retiled in 2015."],
        ["-Advertisement", "-Swimwear, goggles and caps — 10% off for members at Tidemark Sports"],
        ["+The head lifeguard, Ruth Aldanne, said the hot weeks in July made the difference: “We had queues at the gate before seven on most mornings, and nobody complained about the cold once.”"],
        ["+The season in numbers", "+Total swims: 41,280", "+Hottest day: 31 July, 2,140 swimmers", "+Lessons completed: 312 children", "+Lost property boxes filled: 9"],
        ["-Donate to the boiler fund — every £5 helps", "-Photo: Friends of Quillerby Lido"],
        ["+The committee still has to raise £38,000 for a new heat exchanger before the pool can open earlier in spring."],
        ["+Volunteers will drain the main pool in October and repaint the lane markings over the winter."],
        ["-Share: Facebook · X · WhatsApp · Email", "-Related: Winter swimming trial — how it went", "-2 comments", "-Dot Fairweather — 29 September 2026 — Thank you to all the lifeguards! Reply", "-Opening hours · Prices · Accessibility · Contact", "-Quillerby Lido CIO, registered charity no. 0000000", "-Website by Splashpage Digital", "-↑ Back to top"],
    ]),
    _page("en", "en-hackspace-ctf-recap", [
        ["-Kettlewyke Hackspace", "-[ Home ] [ Wiki ] [ Projects ] [ Join ] [ Calendar ]", "-Space status: OPEN — 4 members inside", "-Next event: Soldering Sunday, 14:00", "-Login with SSO", "-Search the wiki…"]
        , ["+Team Bitter Solder takes third place at the Northern Lights CTF"],
        ["-by ferrite_fox · 11 Nov 2026 · 6 min read", "-tags: ctf, security, events"],
        ["+Five members of the hackspace spent 36 hours in the back room and finished third of 118 teams in the online capture-the-flag contest."],
        ["-Sponsored by Coppercoil Hosting — rack space from £9 a month", "-Jump to: Results · Write-ups · Photos"],
        ["+“The last flag fell eleven minutes before the end, and we all just sat there staring at the scoreboard,” said Priya Endicott, who captained the team."],
        ["+Where the points came from", "+Reverse engineering: 1,450 points", "+Web exploitation: 1,100 points", "+Cryptography: 800 points", "+Forensics: 650 points"],
        ["-Membership: £20/month, £10 concessions — join here", "-Buy a hackspace hoodie in our shop"],
        ["+The team lost most of Saturday night to a hardware challenge that needed a logic analyser nobody had brought."],
        ["+The write-ups will be presented at the open evening on 2 December, and newcomers are welcome to try the easier challenges."],
        ["-Discuss this post on our forum (14 replies)", "-Join us on Discord · Mastodon · IRC #kettlewyke", "-← Previous: Laser cutter maintenance day", "-Next: AGM minutes →", "-Kettlewyke Hackspace Ltd, company no. 00000000", "-Content licensed CC BY-SA 4.0", "-Report an issue with this page", "-Privacy · Code of conduct"],
    ]),
    _page("fr", "fr-sortie-mycologique", [
        ["-Société mycologique de Vaurelhac", "-Accueil | Sorties | Expositions | Adhésion | Contact", "-Prochaine sortie : samedi 14 novembre, rendez-vous 8 h 30 au parking de l'église", "-Espace adhérent", "-Rechercher…", "-Accueil > Comptes rendus > Automne 2026"]
        , ["+Une récolte record dans la forêt de la Combe-Noiraude"],
        ["-Publié le 26 octobre 2026 par Le bureau", "-Rubrique : Comptes rendus de sortie"],
        ["+Trente-deux membres ont participé à la sortie de dimanche et ont identifié 87 espèces différentes, un record pour la société."],
        ["-Publicité", "-Paniers en osier et couteaux à champignons chez Vannerie Castagnol"],
        ["+Le président, Gilles Fourcadel, a rappelé la règle d'or : « Aucun champignon ne se mange sans avoir été montré à un pharmacien ou à l'un de nos déterminateurs. »"],
        ["+Les espèces les plus remarquées", "+Cèpe de Bordeaux : 41 exemplaires", "+Amanite phalloïde : 6 exemplaires, mis à part", "+Girolle : plusieurs kilos", "+Hydne sinué : 3 stations nouvelles"],
        ["-Adhésion 2027 : 15 € par personne, 22 € par famille", "-Photo : Société mycologique de Vaurelhac"],
        ["+Deux jeunes adhérents ont trouvé un bolet rare, jamais signalé dans le département depuis 1984."],
        ["+L'exposition annuelle aura lieu à la salle des fêtes le premier week-end de novembre."],
        ["-Partager : Facebook · WhatsApp · Courriel", "-À lire aussi : Calendrier des sorties 2027", "-1 commentaire", "-Odile M. le 27 octobre 2026 : Bravo pour l'organisation ! Répondre", "-Association loi 1901 – Mentions légales", "-Site réalisé avec Clic&Asso", "-Gérer les cookies", "-Haut de page"],
    ]),
    _page("fr", "fr-cine-club-ouverture", [
        ["-Ciné-club de Saint-Orvelin", "-Programme | Tarifs | Adhérer | Archives | Nous écrire", "-Ce soir à 20 h 30 : « Le Voleur de bicyclette » (VOSTFR)", "-Billetterie en ligne", "-Suivez-nous sur Instagram", "-Connexion"]
        , ["+Le ciné-club rouvre sa saison avec un projecteur neuf"],
        ["-Mis en ligne le 18 septembre 2026", "-Actualités du club"],
        ["+Après deux ans de collecte, le ciné-club a enfin remplacé son vieux projecteur numérique grâce aux dons de 240 spectateurs."],
        ["-Annonce", "-Pizzeria Da Orvelino : une boisson offerte sur présentation du billet"],
        ["+« Pour la première fois, on voit le noir et blanc comme il a été tourné », s'enthousiasme la présidente, Maëlle Tranchefort."],
        ["+Les rendez-vous du trimestre", "+Vendredi 25 septembre : soirée d'ouverture et apéritif", "+Jeudi 8 octobre : cycle néoréalisme italien", "+Samedi 24 octobre : séance pour les enfants", "+Vendredi 13 novembre : film surprise"],
        ["-Carte d'adhérent : 20 € pour dix séances", "-Télécharger le programme (PDF)"],
        ["+La salle, qui compte 96 places, a aussi reçu de nouveaux rideaux cousus par des bénévoles."],
        ["+Chaque séance sera suivie d'un échange avec le public autour d'une boisson chaude."],
        ["-Partager cet article", "-Inscrivez-vous à la lettre d'information", "-Article précédent : Bilan de la saison 2025-2026", "-Article suivant : Appel aux bénévoles", "-Ciné-club de Saint-Orvelin – 4, place du Lavoir", "-Contact : contact@cineclub-orvelin.example", "-Mentions légales · Confidentialité", "-Retour en haut"],
    ]),
    _page("de", "de-zimmerer-innung-azubis", [
        ["-Zimmererinnung Ostergrabenau", "-Startseite | Innung | Ausbildung | Betriebe finden | Termine", "-Lehrstellenbörse: 7 freie Plätze", "-Mitgliederbereich – Anmelden", "-Suche", "-Sie sind hier: Startseite > Aktuelles > Ausbildung"]
        , ["+Zwölf neue Gesellen feiern ihre Freisprechung"],
        ["-03.07.2026 | Kategorie: Ausbildung", "-Autor: Geschäftsstelle"],
        ["+In der Zunftstube der Innung haben zwölf junge Zimmerinnen und Zimmerer am Freitag ihre Gesellenbriefe erhalten."],
        ["-Anzeige", "-Holzhandel Brauckmeier – Konstruktionsvollholz ab Lager"],
        ["+Obermeister Rainer Hollstätt sagte in seiner Rede: „Ihr habt ein Handwerk gelernt, das man nicht ins Ausland verlagern kann.“"],
        ["+Die Besten des Jahrgangs", "+Jana Wittkop: Note 1,3, Dachstuhl in Eiche", "+Lukas Ferber: Note 1,6, Treppe mit Podest", "+Emil Sandrock: Note 1,8, Gaube als Gesellenstück", "+Mira Ohlendiek: Note 1,9, Fachwerkwand"],
        ["-Ausbildungsplatz gesucht? Jetzt bewerben!", "-Foto: Zimmererinnung Ostergrabenau"],
        ["+Drei der Gesellen wollen nach alter Tradition auf die Walz gehen, mindestens drei Jahre und einen Tag lang."],
        ["+Die Innung sucht für das kommende Lehrjahr noch Betriebe, die Ausbildungsplätze anbieten."],
        ["-Teilen: Facebook · WhatsApp · E-Mail", "-Weitere Meldungen: Sommerfest der Innung", "-Drucken", "-Zimmererinnung Ostergrabenau, Körperschaft des öffentlichen Rechts", "-Impressum · Datenschutz · Barrierefreiheit", "-Webdesign: Holzweg Medien", "-Cookie-Einstellungen", "-Nach oben"],
    ]),
    _page("de", "de-tischtennis-tabelle", [
        ["-TTC Mühlquell 1962 e. V.", "-Verein | Mannschaften | Training | Tabellen | Kontakt", "-Nächstes Heimspiel: Sa., 19:00 gegen TSV Farnwiese II", "-Liveticker", "-Login für Mitglieder", "-Home » Herren » Kreisliga"]
        , ["+Erste Herren übernehmen die Tabellenführung"],
        ["-Spielbericht vom 16.11.2026", "-Eingestellt von Pressewart Tobias"],
        ["+Mit einem 9:5-Sieg beim bisherigen Spitzenreiter hat die erste Mannschaft die Führung in der Kreisliga Nord übernommen."],
        ["-Werbung", "-Sportshop Kellerhals – Beläge und Schläger zum Vereinspreis"],
        ["+Mannschaftsführer Dennis Quarndt war nach dem Abend heiser: „Die Doppel haben uns getragen, das war heute der Unterschied.“"],
        ["+Die Tabellenspitze", "+1. TTC Mühlquell: 14:2 Punkte", "+2. SV Tannenkehr: 12:4 Punkte", "+3. TSV Farnwiese II: 11:5 Punkte", "+4. DJK Kalkrinne: 9:7 Punkte"],
        ["-Schnuppertraining für Kinder: dienstags ab 17 Uhr", "-Tabelle als PDF herunterladen"],
        ["+Bis zur Winterpause stehen noch zwei Heimspiele in der Halle am Mühlbach an."],
        ["+Die zweite Mannschaft verlor dagegen knapp mit 7:9 und rutscht auf Platz sechs ab."],
        ["-Teilen auf Facebook", "-Ergebnisse auf click-TT", "-0 Kommentare", "-Unsere Sponsoren", "-TTC Mühlquell 1962 e. V. · Vereinsregister VR 0000", "-Impressum | Datenschutz", "-Vereinshomepage erstellt mit Clubbaukasten", "-Nach oben ↑"],
    ]),
    _page("it", "it-festival-danze-popolari", [
        ["-Festival delle Danze Popolari di Borgoscuro", "-Home | Programma | Laboratori | Dove dormire | Contatti", "-Mancano 12 giorni al festival!", "-Acquista il pass", "-Seguici su Facebook e Instagram", "-Cerca nel sito"]
        , ["+Il festival di Borgoscuro annuncia il programma della ventesima edizione"],
        ["-Pubblicato il 2 giugno 2026 da Redazione", "-Categoria: Notizie"],
        ["+Tre giorni di balli, laboratori e concerti porteranno in piazza gruppi da sei regioni e, per la prima volta, una formazione dalla Galizia."],
        ["-Pubblicità", "-Agriturismo Le Querce Storte: camere per i ballerini a prezzo speciale"],
        ["+«Vogliamo che chiunque, anche chi non ha mai ballato, si senta invitato a entrare nel cerchio», spiega la direttrice artistica, Lucia Ventorino."],
        ["+Il programma in breve", "+Venerdì 19 giugno: serata di apertura con le tarantelle", "+Sabato 20 giugno: laboratori di saltarello e quadriglia", "+Domenica 21 giugno: gran ballo finale in piazza", "+Ogni mattina: passeggiata con i suonatori"],
        ["-Pass tre giorni: 25 euro, ridotto 15 euro", "-Scarica la mappa del festival (PDF)"],
        ["+Il comune ha chiuso al traffico il centro storico per tutte e tre le serate."],
        ["+In caso di pioggia gli spettacoli si terranno nell'ex mercato coperto."],
        ["-Condividi: Facebook · WhatsApp · Telegram", "-Leggi anche: I vincitori del concorso di organetto", "-Associazione culturale Borgoscuro in Festa – C.F. 00000000000", "-Informativa privacy · Cookie policy", "-Sito realizzato da Pixelvivo", "-Tutti i diritti riservati", "-Iscriviti alla newsletter", "-Torna su"],
    ]),
    _page("it", "it-unita-cinofila-diario", [
        ["-Unità Cinofila da Soccorso Alta Valdorna ODV", "-Chi siamo | I nostri cani | Diario | Sostienici | Contatti", "-Emergenza? Chiama il 112", "-Dona ora", "-Area riservata volontari", "-Home › Diario di addestramento"]
        , ["+Notte di ricerca in macerie per quattro binomi"],
        ["-Diario · 9 novembre 2026", "-Scritto da Il direttivo"],
        ["+Sabato notte quattro binomi dell'unità si sono esercitati nella cava dismessa, dove i volontari avevano nascosto tre figuranti tra i detriti."],
        ["-Spazio pubblicitario", "-Crocchette Montefido: nutrizione per cani da lavoro"],
        ["+«Il buio cambia tutto: il cane lavora di naso, ma il conduttore deve fidarsi ancora di più», racconta l'istruttore Davide Scarpelloni."],
        ["+I risultati dell'esercitazione", "+Brina, pastore tedesco: 3 figuranti su 3", "+Olmo, labrador: 2 figuranti su 3", "+Fiocco, border collie: 3 figuranti su 3", "+Tempo medio di ritrovamento: 14 minuti"],
        ["-Sostieni l'unità con il tuo 5x1000", "-Foto: archivio dell'unità"],
        ["+Il cucciolo Tuono ha partecipato per la prima volta, solo come osservatore al fianco della madre."],
        ["+La prossima verifica per l'operatività si svolgerà a gennaio davanti agli esaminatori regionali."],
        ["-Condividi su Facebook", "-Articolo precedente: Corso di primo soccorso canino", "-Articolo successivo: Calendario 2027", "-Unità Cinofila da Soccorso Alta Valdorna ODV – C.F. 00000000000", "-Privacy · Cookie", "-Sito ospitato da Altervista", "-Scrivici: info@cinofilavaldorna.example", "-Torna all'inizio"],
    ]),
    _page("pl", "pl-rower-miejski-stacje", [
        ["-Kręciołek – rower miejski", "-Mapa stacji | Cennik | Jak to działa | Aplikacja | Pomoc", "-Dostępne rowery w systemie: 412", "-Zaloguj się / Załóż konto", "-Pobierz aplikację z App Store i Google Play", "-Strona główna > Aktualności"]
        , ["+Dziewięć nowych stacji roweru miejskiego od poniedziałku"],
        ["-Komunikat z dnia 4 maja 2026", "-Kategoria: Zmiany w systemie"],
        ["+Operator systemu uruchomi w poniedziałek dziewięć nowych stacji, głównie na osiedlach, na które rowery dotąd nie docierały."],
        ["-Reklama", "-Kaski i zapięcia w sklepie Dwa Kółka – 15% taniej z kodem KRECIOL"],
        ["+„Mieszkańcy Sosnowych Wzgórz pisali do nas od trzech lat, teraz w końcu mają stację pod domem” – mówi rzeczniczka operatora, Agnieszka Trembalska."],
        ["+Nowe lokalizacje", "+ul. Jaworowa przy pętli autobusowej", "+pl. Targowy przy bibliotece", "+ul. Leszczynowa przy szkole nr 4", "+Park Nadrzeczny, wejście od mostu"],
        ["-Pierwsze 20 minut każdego przejazdu gratis", "-Sprawdź cennik abonamentów"],
        ["+Stacja przy dworcu zostanie na czas remontu peronów przeniesiona o około sto metrów."],
        ["+Do końca czerwca do systemu ma dołączyć jeszcze 60 rowerów elektrycznych."],
        ["-Udostępnij: Facebook · Messenger · X", "-Zobacz też: Regulamin systemu (PDF)", "-Infolinia 24/7: 00 000 00 00", "-Kręciołek Sp. z o.o., KRS 0000000000", "-Polityka prywatności · Ustawienia cookies", "-Deklaracja dostępności", "-© 2026 Kręciołek", "-Do góry"],
    ]),
    _page("pl", "pl-klub-astronomiczny-zacmienie", [
        ["-Klub Astronomiczny „Perseida”", "-O klubie | Obserwacje | Galeria | Wyjazdy | Kontakt", "-Niebo dziś: Księżyc w pełni, widoczność słaba", "-Dołącz do klubu", "-Szukaj", "-Start » Relacje z wyjazdów"]
        , ["+Zaćmienie z hiszpańskiego płaskowyżu: relacja z klubowego wyjazdu"],
        ["-Dodano: 16 sierpnia 2026", "-Autor wpisu: Zarząd klubu"],
        ["+Czternaścioro członków klubu pojechało dwoma busami na płaskowyż, by zobaczyć całkowite zaćmienie Słońca z 12 sierpnia."],
        ["-Reklama", "-Teleskopy i filtry słoneczne – sklep AstroKąt"],
        ["+„Kiedy zgasło światło i pokazała się korona, cała grupa po prostu zamilkła” – opowiada prezes klubu, Tomasz Wierzbięta."],
        ["+Przebieg wyjazdu", "+Dzień 1: przejazd i nocleg w schronisku", "+Dzień 2: rozstawienie sprzętu na płaskowyżu", "+Dzień 3: zaćmienie, faza całkowita 1 min 43 s", "+Dzień 4: powrót do kraju"],
        ["-Składka członkowska: 60 zł rocznie", "-Zdjęcie: archiwum klubu"],
        ["+Chmury odsunęły się zaledwie kwadrans przed pierwszym kontaktem, co wszyscy uznali za szczęście."],
        ["+Zdjęcia korony zostaną pokazane na pokazie otwartym we wrześniu w domu kultury."],
        ["-Udostępnij na Facebooku", "-Poprzedni wpis: Noc Spadających Gwiazd", "-Następny wpis: Plan obserwacji na jesień", "-Klub Astronomiczny „Perseida”, KRS 0000000000", "-Wspieraj nas – przekaż 1,5% podatku", "-Kontakt: klub@perseida.example", "-Strona działa na Wix", "-Wróć na górę"],
    ]),
    _page("ru", "ru-selskaya-pochta", [
        ["-Кленоводье онлайн", "-Главная | Новости | Объявления | Фото | Контакты", "-Погода в Кленоводье: −4°C, снег", "-Подписаться на новости в Telegram", "-Вход | Регистрация", "-Главная → Новости села"]
        , ["+Жители Кленоводья собирают подписи за сохранение почты"],
        ["-Опубликовано 20 ноября 2026", "-Рубрика: Общество"],
        ["+Почтовое отделение, работающее в селе с 1958 года, могут закрыть с января, а жителям предлагают ездить за посылками в райцентр за 27 километров."],
        ["-Реклама", "-Дрова колотые с доставкой — звоните 8 (000) 000-00-00"],
        ["+«Для стариков почта — это и пенсия, и газеты, и единственное место, где можно поговорить», — говорит почтальон Валентина Курочкина."],
        ["+Что предлагают жители", "+сократить часы работы, но не закрывать отделение", "+перенести почту в здание сельского клуба", "+оставить выездного почтальона два раза в неделю", "+обратиться к депутатам района"],
        ["-Подать объявление бесплатно", "-Фото: Кленоводье онлайн"],
        ["+За неделю под обращением подписались 412 человек, то есть почти всё взрослое население села."],
        ["+Ответ из управления почтовой связи обещают дать до конца декабря."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram", "-Читайте также: В селе отремонтируют мост", "-Комментарии (7)", "-Нина П., 21 ноября: Правильно, почту надо сохранить! Ответить", "-Сайт создан на народном конструкторе", "-© Кленоводье онлайн, 2026", "-Политика конфиденциальности", "-Наверх"],
    ]),
    _page("ru", "ru-goryachaya-liniya-perevodchikov", [
        ["-«Мост слов» — волонтёрская линия перевода", "-О проекте | Стать волонтёром | Языки | Отчёты | Контакты", "-Линия работает: ежедневно с 9:00 до 21:00", "-Позвонить: 8 (000) 000-00-00", "-Помочь проекту", "-Главная / Отчёты"]
        , ["+Горячая линия переводчиков за полгода ответила на 3 тысячи звонков"],
        ["-Отчёт за январь — июнь 2026", "-Автор: координатор проекта"],
        ["+Волонтёры линии помогли понять врачей, учителей и чиновников почти трём тысячам жителей Светлоречинска, которые плохо говорят по-русски."],
        ["-Реклама", "-Курсы английского «Лингвоцентр Сириус» — первое занятие бесплатно"],
        ["+«Чаще всего звонят из поликлиники: человек стоит у кабинета и не может объяснить, что у него болит», — рассказывает координатор Ирина Стрежнева."],
        ["+Самые востребованные языки", "+таджикский: 1 140 звонков", "+узбекский: 860 звонков", "+киргизский: 520 звонков", "+арабский: 310 звонков"],
        ["-Нужны волонтёры со знанием дари и пушту", "-Скачать полный отчёт (PDF)"],
        ["+Среднее время ответа сократилось до двух минут после того, как к линии подключились студенты педагогического колледжа."],
        ["+Осенью проект планирует открыть вечерние смены и приём сообщений в мессенджерах."],
        ["-Поделиться: ВКонтакте · Telegram · WhatsApp", "-Предыдущий отчёт: июль — декабрь 2025", "-АНО «Мост слов», ОГРН 0000000000000", "-Пожертвования принимаются через ЮKassa", "-Политика обработки персональных данных", "-Конструктор сайтов: ВебЛад", "-Подписывайтесь на наш канал", "-Наверх ↑"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_59_line, test_held_out_59_line_is_kept, test_held_out_59_page = held_out_tests(
    HELD_OUT_59_LINES, HELD_OUT_59_KEEP, HELD_OUT_59_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
