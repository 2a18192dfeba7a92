"""Held-out set 60: written blind, weighted toward the noise the cleaner exists for, in shapes set 59's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an Advanced-Ads-like
shortcode leftover '[the_ad id="2087"]', an '[embed]...[/embed]' shortcode leftover, an English
originally-appeared-on-X-reprinted-with-permission credit, a French from-the-blog-X-reproduced-with-
permission credit, a German taken-over-with-kind-permission-of-X credit, an Italian "Fonte: X – leggi
l'articolo originale" credit, a Polish first-appeared-on-the-portal-X credit and a Russian
first-published-on-the-site-X credit); reading-time headers in new shapes (English word count with a
read time, English posted-days-ago with an about-N-minute read, a French stopwatch with minutes and word
count, a German word count with reading minutes, an Italian reading time in minutes and seconds, a
Polish reading time with a date and a Russian about-N-minutes reading line); bylines and
self-promotion (an English "VISIT MY WEBSITE" line, an English my-new-book-is-out-now-order-your-copy
plug, an English speaking-and-consulting plug, a French find-my-reports-on-my-site line, a German
support-my-work-via-PayPal plug, an Italian freelance bio with a follow-me-on-Instagram plug, a Polish
my-workshops-and-consultations plug and a Russian subscribe-to-my-Telegram-channel plug); blog footers
(the English WordPress "This entry was posted in ... Bookmark the permalink." row, an English copyright
row with a web-studio credit, a French "Fièrement propulsé par WordPress | Thème : Astra" credit, a
German imprint/privacy/cookie row with a theme credit, an Italian P.IVA and all-rights-reserved row with
a web-studio credit, the Polish "Dumnie wspierane przez WordPress" and the Russian "Сайт работает на
WordPress"); reader-comment furniture (the WordPress "N thoughts on X" header in English, French,
German, Italian, Polish and Russian, "Comments are closed." in French, German, Italian, Polish and
Russian, the English "You are commenting using your WordPress.com account" row and "5 bloggers like
this."); an English share row for Threads, Bluesky and LinkedIn (share); and an English
this-post-is-more-than-two-years-old notice (notice); and toward whole scraped news and opinion pages in
layouts sets 41 to 59 did not use (a volunteer coastguard station's news, a women's football club's
promotion, a rural library's reading challenge, a street-food market's vendor news, a clock-repair
guild's meeting report, a horse-drawn tram line's timetable notice, an apiary school's open course, a
folk museum's craft weekend, a municipal tree-planting campaign, a student radio's programme change, a
pensioners' choir's outing and a heritage narrow-gauge railway's volunteer day).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 59) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 59 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with
their reasons and the three test functions), printed with an ast script (``ast.get_docstring`` cut at the
first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page``
node's source segments, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 59's with 59 -> 60 (with the empty ``_KEEP_XFAIL`` table set 59's tail holds). Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s60 at commit 85777731504219707483150be1267fe63d05e51d, which was also main's HEAD at
my first step) and every failing case is marked as a strict xfail whose reason describes the line or
page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
draft was executed from a scratch folder (/tmp/s60) with stand-ins for ``noisy_corpus`` and
``test_clean`` that only counted lines and checked that no page noise line repeats on its page, is a
substring of an article line of its page or repeats a line of ``HELD_OUT_60_LINES`` (no case was run
through the cleaner). The first run showed the pages table built as a dict keyed by language; it was
rebuilt keyed by page name. The check then flagged three site-name lines ("Pferdebahn Kiefernrode",
"Scuola di Apicoltura della Valcerasa", "Museo della Civiltà Contadina di Borgolaccio") as substrings of
their pages' article text; they were reworded ("Die Kiefernroder Pferdebahn", "Apicoltura Valcerasa ·
Scuola e apiario", "Museo Contadino Borgolaccio") before the measurement. (3) ``git worktree add``
prints, as git does, the subject line of the commit it checks out; it was seen only after the lists were
finished and changed nothing in them. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for
its FAILED lines and summary, so no tracebacks were seen; the problems were then read out once with
``_problems`` in the frozen worktree by a script that ran it on every line, keep line and page of this
set and printed the problems of the failing ones, to write the xfail reasons. (5) Invented place names
were checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Corvenhythe, Tillowmarsh, Quellbury, Skerrowby, Sauvelune, Ormevaux, Gräfenmoos, Kiefernrode,
Heidelmoor, Valcerasa, Borgolaccio, Modrzewiogród, Brzozogórz, Ольхоград and Белоярцево had no hits;
Kelderwick, Tarrowby (besides "ArrowBy" inside code words), Marrowfield, Grisemont, "Fennick Park" and
Pellory occur only as invented names in test data, fiction and games. Replaced before the measurement,
from my own memory: the football opponents "Dunstable Vale" (Dunstable is a real town) and "Brackenmoor
Ladies" became Quellbury Vale and Skerrowby Ladies, "Hollins Park" and "Hollins Lane" (real parks and
streets carry the name) became Fennick Park and Pellory Lane, and the blog "Les Carnets de Sauvaterre"
(too close to the real Sauveterre) became Les Carnets de Grisemont. Not checked: Gull Cove, the headland,
the place de la Halle, the Osiedle Słoneczne, Park nad Stawami, ul. Polna and ul. Szkolna, the
Bahnhofsplatz and the разъезд Сосновый, which are generic and exist in many places; the
organisations, firms, newspapers, blogs, books and sites (Marrowfield Notes, Pellmoor Press, Kelderwick
Local Voices, Brightnail Studio, Saltline Web, Marlow & Pike Outdoor, Hatherley Motors, Pitchside
Clubsites, Campagnol Web, Brasserie du Vieux Pont, Atelier Pixelune, Heidelmoor Online, Uhren
Brandhuber, Vereinsbaukasten Pro, Gasthof Zum Schimmel, Corriere della Valcerasa, Sitonauta, Mieli del
Colle, Agriturismo Il Castagneto, Webcampagna, Głos Modrzewiogrodu, Szkółka Zielony Zakątek, Radio
Akadera, Kawiarnia Kwadrat, «Северный берег онлайн», «Записки краеведа», санаторий «Лесная поляна»,
«Пиксельный паровоз», the example domains) and the people, all invented; "Kawiarnia Kwadrat", "Brasserie
du Vieux Pont", "Gasthof Zum Schimmel", "Agriturismo Il Castagneto" and «Лесная поляна» are common
enough that real businesses may carry them. (6) Some lines name real things, as real pages do:
WordPress, WordPress.com, the Astra theme, Advanced-Ads-like shortcodes, PayPal, Instagram, Threads,
Bluesky, LinkedIn, Facebook, X, WhatsApp, Messenger, Telegram, YouTube, ВКонтакте, Одноклассники, App
Store, Google Play, the French loi 1901, the German e.V. and Amtsgericht, the Italian APS, P.IVA and
C.F., the Polish BIP, the Russian ДК, АНО and ОГРН; registry, IBAN and phone numbers are zero-filled.
No real person is named. (7) Set 59's docstring names its own shapes and the earlier sets' page
layouts only, so some lines may repeat shapes of sets before 59 that I could not check; in particular
"Comments are closed.", the "N thoughts on X" headers, "Leave a Reply" and WordPress credits are common
furniture that set 41 (a content farm, an auto-blog, a WordPress comment thread, Blogspot) or others may
have used. Close to shapes set 59 named: the French, Italian, Polish and Russian credits of a source
site are credits like its "Originally published at ... on ..." English line, and the German PayPal plug
is a support-my-work plug like its Patreon, Tipeee, Patronite and Boosty ones, but with a different
platform and wording. (8) After the measurement, a slip in my docstring-editing script left the xfail tables empty in the copy I first put into /tmp/wt-set60, and the check step's pytest run there ran this set once more through the same cleaner (17 failed, 60 passed, the same cases; only its last two output lines were seen); nothing in the cases was changed. (9) My first step's clock reading was 2026-12-03 13:36 UTC.

Judgement calls: the keep lines opening with "Source water", "Leave was cancelled", "Comments from
residents", "Powered largely", "Theme nights", "Visit numbers", "My grandmother", "Source de conflits",
"Les commentaires des habitants", "Temps forts", "Quelle der Verunreinigung", "Kommentare aus der
Bürgerversammlung", "Unterstützung erhält", "Fonte di preoccupazione", "I commenti dei residenti",
"Tempo permettendo", "Źródło problemu", "Czas oczekiwania", "Источник финансирования" and "Комментарии
жителей" are article sentences. The shortcode leftovers and the source-site credits are counted as
markers; word-count and read-time rows as reading-time lines; website, book, talks, support, bio and
channel plugs as bylines; platform, theme, copyright and posted-in rows as footers; thoughts-on headers,
comments-closed lines, the commenting-using-your-account row and the bloggers-like-this line as
comments; the Threads/Bluesky/LinkedIn row as share and the old-post warning as a notice. On every page
the title, the first paragraph, the paragraph with the quote, the subheading, its four list rows and the
last two paragraphs are article (10 lines a page) and everything else is noise (20 lines a page: six
lines above the title, two under it, two between the first paragraph and the paragraph with the quote,
two between the list rows and the last two paragraphs, eight at the foot); in particular the site names,
menus, search, login, accessibility, BIP and breadcrumb lines, tide, weather, opening-hours, box-office,
now-playing, next-match, next-meeting and next-train lines, posted-by, date and reading-time lines, ads,
sponsor, partner and advertiser lines, shortcode and bracketed ad labels, recruitment, enrolment, fee,
ticket, voucher, donation and bank-account lines, downloads (report, reading booklet, application form,
timetable, map), app, newsletter and channel lines, share and follow rows, tags, categories, view counts,
related and previous links, comment counts, comments with their names, dates and reply/like links,
leave-a-comment, moderation and log-in-to-comment lines, charity, registry and legal lines, copyright,
platform and web-studio credits, cookie and privacy lines and back-to-top links are noise. The rows:
en-coastguard-station-news "How the night went", en-womens-football-promotion "The season so far",
fr-defi-lecture-bibliotheque "Les inscrits par tranche d'âge", fr-marche-street-food "Les nouveaux
venus", de-uhrmacher-gilde-treffen "Der Zeitplan", de-pferdebahn-fahrplan "Die Adventsfahrten",
it-scuola-apicoltura-corso "Il programma", it-museo-etnografico-weekend "Le dimostrazioni",
pl-sadzenie-drzew "Gdzie posadzono drzewa", pl-radio-studenckie-ramowka "Nowe audycje",
ru-hor-veteranov-poezdka "Программа выступления" and ru-muzeynaya-zheleznaya-doroga "Итоги рабочего
дня", each with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 13, share 1, notice 1;
by language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1) and fr,
de, it, pl, ru 6 each (marker 1, reading-time 1, byline 1, footer 1, comments 2)), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-coastguard-station-news (a volunteer coastguard station's report of a night cliff-rescue exercise,
with a comment), en-womens-football-promotion (a women's football club's news of its promotion, with a
comment), fr-defi-lecture-bibliotheque (a village library's record winter reading challenge, with a
comment), fr-marche-street-food (a Friday street-food market's three new stalls, with a comment),
de-uhrmacher-gilde-treffen (a clock-repair guild's meeting deciding to restore a school's tower clock,
with a comment), de-pferdebahn-fahrplan (a horse-drawn tram line's advent weekday timetable),
it-scuola-apicoltura-corso (an apiary school's beginners' course, with a comment),
it-museo-etnografico-weekend (a folk museum's crafts weekend, with a comment), pl-sadzenie-drzew (a town
hall's news of a thousand trees planted, with a comment), pl-radio-studenckie-ramowka (a student radio's
new programme schedule, with a comment), ru-hor-veteranov-poezdka (a pensioners' choir's own site's news of its festival
trip, with a comment) and ru-muzeynaya-zheleznaya-doroga (a heritage
narrow-gauge railway's volunteer track-laying day, with a comment); every page holds a title, a
subheading with list rows, a quote in the article and noise above the title, between the paragraphs and
at the foot.

Baseline (2026-12-03, cleaner at commit 85777731504219707483150be1267fe63d05e51d, measured with ``cd
/tmp/wt-s60 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s60/src python -m pytest -q
tests/test_clean_held_out_60.py -rA -p no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s60 &&
PYTHONPATH=/tmp/wt-s60/src python scripts/clean_held_out_report.py --sets 60``, with the xfail tables
empty): noise lines removed 40/45 (marker 6/8, reading-time 6/7, byline 6/8, footer 7/7, comments 13/13,
share 1/1, notice 1/1; missed, all kept as paragraphs: the French "Cet article est issu du blog Les
Carnets de Grisemont et reproduit avec l'autorisation de son auteur.", the German "Mit freundlicher
Genehmigung übernommen von Heidelmoor Online.", the Italian "Giornalista freelance, scrive di ambiente e
territorio. Seguimi su Instagram: @martafioravanti", the Polish "Zapraszam na moje warsztaty i
konsultacje — szczegóły na stronie autorki." and the Russian "Время прочтения — около 4 минут"); keep
lines kept 20/20; pages 0/12 clean, 33 of 240 page noise lines left and 3 of 120 article lines lost:
en-coastguard-station-news 1 left ("Could you be one of us? Recruitment evenings every first Tuesday");
en-womens-football-promotion 4 left ("Season tickets for 2027 now on sale — click here", "Watch the
highlights on our YouTube channel", "Official club shirts — order yours from the online shop" and "Player
of the month vote: have your say"); fr-defi-lecture-bibliotheque 5 left ("Bibliothèque municipale de
Sauvelune", "Horaires : mardi 16h-18h, mercredi 10h-12h et 14h-18h, samedi 10h-12h", "Se connecter à mon
compte lecteur", "Rechercher dans le catalogue" and "Inscription gratuite sur présentation de la carte
de lecteur"); fr-marche-street-food 4 left ("Brasserie du Vieux Pont : la bière officielle du marché",
"Réservez votre table pour les soirées concerts", "Devenir exposant : téléchargez le dossier de
candidature" and "Application « Saveurs » disponible sur l'App Store et Google Play");
de-uhrmacher-gilde-treffen 2 left ("Uhren Brandhuber – Batteriewechsel sofort, Reparaturen aller Marken"
and "Werkstattkurs für Einsteiger – jetzt anmelden"); de-pferdebahn-fahrplan 4 left ("Gutscheine für
eine Fahrt – das perfekte Weihnachtsgeschenk", "Gasthof Zum Schimmel – Ihre Einkehr an der
Endhaltestelle", "Fahrplan als PDF zum Ausdrucken" and "Gruppenfahrten auf Anfrage");
it-scuola-apicoltura-corso 2 left ("Mieli del Colle – acquista online il miele di castagno" and "Quota
di iscrizione: 120 euro, tuta e guanti compresi"); it-museo-etnografico-weekend 3 left ("Agriturismo Il
Castagneto – pranzo della domenica a 25 euro", "Biglietto intero 6 euro, ridotto 4 euro" and "Prenota
una visita guidata per la tua scuola"); pl-sadzenie-drzew 2 left ("Szkółka Zielony Zakątek – sadzonki
drzew i krzewów w dobrych cenach" and "Zgłoś miejsce do nasadzeń w przyszłym roku – formularz online");
pl-radio-studenckie-ramowka 1 left ("Chcesz robić radio? Rekrutacja do redakcji trwa do 15 grudnia");
ru-hor-veteranov-poezdka 1 left ("Приглашаем в хор новых участников — звоните 8 (000) 000-00-00");
ru-muzeynaya-zheleznaya-doroga 4 left ("Интернет-магазин дороги: кружки, значки и календари на 2027
год", "Наш канал на YouTube", "Стать волонтёром: заполните анкету" and "Поддержать дорогу рублём —
реквизиты для перевода") and 3 article lines lost (its subheading "Итоги рабочего дня" and its first two
rows "Заменено 160 шпал" and "Уложено 100 метров рельсов"). Of the left page lines four stand above the
title (all on fr-defi-lecture-bibliotheque), twelve between the first paragraph and the paragraph with
the quote and seventeen between the list rows and the last paragraphs; none under the title or at the
foot. The failing cases are strict xfails.

Still held out after round 57 (development on set 59; measured once with ``python
scripts/clean_held_out_report.py --sets 60`` and ``pytest tests/test_clean_held_out_60.py`` on this set
rebased onto main with round 57, 2026-12-03): identical to the baseline: noise lines removed 40/45 (the
same five lines missed), article lines kept 20/20, pages 0/12 clean, 33 of 240 page noise lines left, 3
of 120 article lines lost (ru-muzeynaya-zheleznaya-doroga's subheading and first two rows). No case
changed.

Still held out after round 58 (development on set 58; measured once with ``python
scripts/clean_held_out_report.py --sets 60`` and ``pytest tests/test_clean_held_out_60.py`` on this set
rebased onto main with round 58, 2026-12-03): identical to the baseline again (40/45, 20/20, 0/12 clean,
33 of 240 page noise lines left, 3 of 120 article lines lost). No case changed.

Round 59 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 60`` and ``pytest tests/test_clean_held_out_60.py`` at 79d40b4
(before) and the round's last commit on branch round59 (after): noise lines 40 -> 45/45 (marker 6 -> 8/8,
reading-time 6 -> 7/7, byline 6 -> 8/8, footer 7/7, comments 13/13, share 1/1, notice 1/1), keep lines 20 ->
20/20, pages 0 -> 12/12 clean, page noise lines left 33 -> 0 of 240, article lines lost 3 -> 0 of 120;
pytest 60 passed, 17 xfailed -> 77 passed. The mechanism: the subheading-rows pass gave back only the last
three rows of ru-muzeynaya-zheleznaya-doroga's run (the page-tail walk, a weak reason, had taken it all),
because its short figured rows ("Заменено 160 шпал") are heading-shaped one by one and its two-headings rule
("Pinned by moderators" over "What residents are asked to do") took each in turn for the lower heading; a
heading without a figure over rows that all carry one now keeps its run (the retro measure on sets 41-57 is
unchanged: 44 of 52 lost run lines given back, no noise line). As classes in six languages: a piece taken
from a blog or site and reproduced with its author's permission, and a republication note with the
permission first and the participle and its source after it ("Mit freundlicher Genehmigung übernommen von
X."), are credits; a bio opening with the trade and the beat and closing with a follow-me and a handle is
an author bio; the writer inviting to their own workshops with the details on their or the author's site
is a plug (round 58's training plug); an estimate's adverb ("около", "about", "environ", "circa",
"około", "ungefähr") counts neither way in a reading time, and "прочтения" and "Lesedauer" are its words.
On the pages (whole lines, each with its chrome shape): an infinitive call to become a volunteer or a vendor
with a form or a download after the colon, a thing to do with an online form after a dash, a call to
support with the bank details, recruitment with its question, evenings or closing date, new members wanted
with a number to call, season tickets on sale, the highlights on the club's channel or the channel alone,
the shop's order-yours line, an online shop's label over its goods, a maker's goods to buy online, a table
or a school visit to book, the app on both stores, a timetable as a PDF, group rides on request, a fee with
what it includes, a full and a reduced ticket, a vote of the month, a course with a sign-up call, vouchers
as the perfect gift, a name and the official thing of the event, goods at good prices, a meal and its price
after a restaurant's name, a business as the reader's own place ("Ihre Einkehr an der Endhaltestelle"),
repairs of all brands, free registration with the card to show, a log-in to the reader's account and a
library's catalogue searched (with these gone, the head-blocks pass takes the library's name and opening
hours). Elsewhere: set 44's de-fachmagazin-events-whitepaper 4 -> 3 left, set 51's fr-observatoire-ciel 2
-> 1, set 53's fr-phare-sauvegarde 4 -> 0 and set 54's fr-canoe-niveaux 1 -> 0 (their page xfails removed);
no article line lost anywhere.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_60_LINES = [
    # English (15)
    ("body", '[the_ad id="2087"]', "marker"),
    ("tail", "This story originally appeared on Marrowfield Notes and is reprinted here with permission.", "marker"),
    ("body", "[embed]https://video.example/watch/4471[/embed]", "marker"),
    ("head", "Words: 1,140 · Read: 5 min", "reading-time"),
    ("head", "Posted 3 days ago — about a 4-minute read", "reading-time"),
    ("tail", "VISIT MY WEBSITE: ravenbrookwrites.example", "byline"),
    ("tail", "My new book, The Salt Roads of Tarrowby, is out now from Pellmoor Press — order your copy today!", "byline"),
    ("tail", "Odette Marsh is available for speaking and consulting on rural broadband. Get in touch: hello@odettemarsh.example", "byline"),
    ("tail", "This entry was posted in Community and tagged volunteers, winter. Bookmark the permalink.", "footer"),
    ("tail", "Copyright © 2026 Kelderwick Local Voices · All rights reserved · Site by Brightnail Studio", "footer"),
    ("tail", "14 thoughts on “Why the Pellory Lane crossing still matters”", "comments"),
    ("tail", "You are commenting using your WordPress.com account. ( Log Out / Change )", "comments"),
    ("tail", "5 bloggers like this.", "comments"),
    ("tail", "Share on Threads · Bluesky · LinkedIn", "share"),
    ("head", "This post is more than two years old; some of the information in it may be out of date.", "notice"),
    # French (6)
    ("tail", "Cet article est issu du blog Les Carnets de Grisemont et reproduit avec l'autorisation de son auteur.", "marker"),
    ("head", "⏱ 4 min · 850 mots", "reading-time"),
    ("tail", "Retrouvez tous mes reportages sur mon site : www.claireaubenas.example", "byline"),
    ("tail", "Fièrement propulsé par WordPress | Thème : Astra", "footer"),
    ("tail", "3 réflexions sur « Le marché couvert rouvre ses portes »", "comments"),
    ("tail", "Les commentaires sont fermés.", "comments"),
    # German (6)
    ("tail", "Mit freundlicher Genehmigung übernommen von Heidelmoor Online.", "marker"),
    ("head", "780 Wörter · 4 Minuten Lesezeit", "reading-time"),
    ("tail", "Gefällt Ihnen mein Blog? Unterstützen Sie meine Arbeit per PayPal: paypal.me/jonasgrebert", "byline"),
    ("tail", "Impressum · Datenschutz · Cookie-Einstellungen · Theme von Elmar Lindt", "footer"),
    ("tail", "4 Gedanken zu „Warum unser Freibad bleiben muss“", "comments"),
    ("tail", "Kommentare sind geschlossen.", "comments"),
    # Italian (6)
    ("tail", "Fonte: Corriere della Valcerasa – leggi l'articolo originale", "marker"),
    ("head", "Tempo di lettura: 3 minuti e 20 secondi", "reading-time"),
    ("tail", "Giornalista freelance, scrive di ambiente e territorio. Seguimi su Instagram: @martafioravanti", "byline"),
    ("tail", "P.IVA 00000000000 · Tutti i diritti riservati · Realizzato da Sitonauta", "footer"),
    ("tail", "2 pensieri su “La nuova piazza divide il paese”", "comments"),
    ("tail", "I commenti sono chiusi.", "comments"),
    # Polish (6)
    ("tail", "Artykuł pierwotnie ukazał się na portalu Głos Modrzewiogrodu.", "marker"),
    ("head", "Czas czytania: ok. 5 min · 3 grudnia 2026", "reading-time"),
    ("tail", "Zapraszam na moje warsztaty i konsultacje — szczegóły na stronie autorki.", "byline"),
    ("tail", "Dumnie wspierane przez WordPress", "footer"),
    ("tail", "3 myśli na temat “Nowy rozkład jazdy to porażka”", "comments"),
    ("tail", "Możliwość komentowania została wyłączona.", "comments"),
    # Russian (6)
    ("tail", "Материал впервые опубликован на сайте «Северный берег онлайн».", "marker"),
    ("head", "Время прочтения — около 4 минут", "reading-time"),
    ("tail", "Подписывайтесь на мой телеграм-канал «Записки краеведа» — там больше фотографий.", "byline"),
    ("tail", "Сайт работает на WordPress", "footer"),
    ("tail", "3 комментария к записи «Зачем городу новый сквер»", "comments"),
    ("tail", "Комментарии закрыты.", "comments"),
]

HELD_OUT_60_KEEP = [
    # English (7)
    ("body", "Source water from the upper reservoir was tested twice a week during the drought."),
    ("body", "Leave was cancelled for all ward staff until the backlog was cleared, the trust said."),
    ("tail", "Comments from residents at the drop-in session focused on parking and bin collection."),
    ("body", "Powered largely by a single wind turbine, the pumping station cut its bills by half."),
    ("head", "Theme nights at the community hall raised more than £3,000 for the roof appeal."),
    ("body", "Visit numbers at the heritage centre rose by a third after the bridge reopened."),
    ("tail", "My grandmother ran that post office for forty years, the councillor told the meeting."),
    # French (3)
    ("body", "Source de conflits depuis des années, le parking de la gare sera enfin agrandi."),
    ("tail", "Les commentaires des habitants ont conduit la mairie à revoir le tracé de la piste cyclable."),
    ("body", "Temps forts de la saison, les deux concerts de juillet ont attiré plus de mille spectateurs."),
    # German (3)
    ("body", "Quelle der Verunreinigung war nach Angaben des Landratsamts ein defekter Öltank."),
    ("tail", "Kommentare aus der Bürgerversammlung flossen in den überarbeiteten Entwurf ein."),
    ("head", "Unterstützung erhält der Verein künftig auch vom Kreissportbund."),
    # Italian (3)
    ("body", "Fonte di preoccupazione resta la frana sulla strada provinciale, ancora chiusa al traffico."),
    ("tail", "I commenti dei residenti sono stati raccolti in un documento consegnato al sindaco."),
    ("body", "Tempo permettendo, i lavori al ponte termineranno entro la fine di gennaio."),
    # Polish (2)
    ("body", "Źródło problemu leżało w starej instalacji wodnej szkoły, ustalili inspektorzy."),
    ("tail", "Czas oczekiwania na wizytę u kardiologa skrócił się do trzech tygodni."),
    # Russian (2)
    ("body", "Источник финансирования ремонта школы пока не определён, признали в администрации."),
    ("tail", "Комментарии жителей учтут при подготовке нового проекта благоустройства."),
]


HELD_OUT_60_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-coastguard-station-news", [
        ["-Corvenhythe Volunteer Coastguard",
         "-Home | Station News | Callouts | Join Us | Donate",
         "-Tide today: high water 06:42 (4.8 m), 19:05 (4.6 m)",
         "-Search this site…",
         "-[the_ad_placement id=\"header-banner\"]",
         "-Station News › Training"],
        ["+Night exercise puts new cliff team to the test"],
        ["-Posted on 3 December 2026 by Station Officer",
         "-Approx. read: 3 mins"],
        ["+Eleven volunteers from the Corvenhythe station spent Saturday night on the headland above Gull Cove, rehearsing the rescue of a walker stranded on a ledge thirty metres below the path."],
        ["-Advertisement",
         "-Marlow & Pike Outdoor — waterproofs for every crew, 15% off with code COAST15"],
        ["+The exercise was the first for the station's new cliff rescue team since it was certified in October. \"In the dark everything takes twice as long, and that is exactly why we train at night,\" said deputy station officer Bryony Tallack."],
        ["+How the night went",
         "+Call received from the coordination centre at 22:10",
         "+Team and vehicle on scene by 22:31",
         "+Casualty reached and secured at 23:04",
         "+Stretcher back on the clifftop at 23:47"],
        ["-Could you be one of us? Recruitment evenings every first Tuesday",
         "-Download the station's annual report (PDF, 2.1 MB)"],
        ["+The lifeboat from the neighbouring station joined the exercise from the sea, lighting the ledge with its searchlight while the cliff team lowered the stretcher."],
        ["+The station will hold its next public open morning in the spring, when visitors can see the new rope gear and the rescue vehicle up close."],
        ["-Share this: Facebook · X · Email",
         "-Related posts: Busy summer for the station · New vehicle arrives",
         "-2 thoughts on “Night exercise puts new cliff team to the test”",
         "-Heather Pellow says: Proud of you all, the light on the cliff was visible from our kitchen! Reply",
         "-Leave a Reply Cancel reply",
         "-Your email address will not be published. Required fields are marked *",
         "-Registered charity no. 0000000 · © 2026 Corvenhythe Volunteer Coastguard",
         "-Website hosted by Saltline Web"],
    ]),
    _page("en", "en-womens-football-promotion", [
        ["-TILLOWMARSH WOMEN FC",
         "-☰ Menu",
         "-Fixtures · Results · Squad · Shop · Tickets",
         "-NEXT MATCH: Sun 13 Dec, 14:00 vs Skerrowby Ladies (H)",
         "-Club sponsor: Hatherley Motors",
         "-Home / News / First Team"],
        ["+Tillowmarsh Women clinch promotion with two games to spare"],
        ["-By Club Media Team · 2 min read",
         "-Last updated 3 December 2026"],
        ["+Tillowmarsh Women are going up. A 3-1 win away at Quellbury Vale on Sunday means the club cannot be caught in second place, and next season it will play in the regional premier division for the first time."],
        ["-Season tickets for 2027 now on sale — click here",
         "-Watch the highlights on our YouTube channel"],
        ["+Captain Nia Okafor scored twice and set up the third. \"Three years ago we had fourteen players and borrowed the men's kit; now we are a division higher than we ever dreamed,\" she said after the match."],
        ["+The season so far",
         "+Played 18, won 14, drawn 2, lost 2",
         "+Goals scored 51, conceded 17",
         "+Top scorer: Nia Okafor, 16 goals",
         "+Clean sheets: 9"],
        ["-Official club shirts — order yours from the online shop",
         "-Player of the month vote: have your say"],
        ["+Manager Dale Ferris said the squad would be strengthened over the summer, but that most of the players who won promotion would stay."],
        ["+The club will celebrate with supporters after the last home game of the season, when the trophy is expected to be presented."],
        ["-Tags: first team, promotion, league",
         "-Share: Facebook | WhatsApp | Copy link",
         "-Previous: Cup exit at Fennick Park | Next: Squad news",
         "-Comments (4)",
         "-Gary W. · 2 days ago: Brilliant season, well done girls · Like · Reply",
         "-Load more comments",
         "-© 2026 Tillowmarsh Women FC · Affiliated to the County FA",
         "-Website powered by Pitchside Clubsites"],
    ]),
    _page("fr", "fr-defi-lecture-bibliotheque", [
        ["-Bibliothèque municipale de Sauvelune",
         "-Accueil › Actualités › Jeunesse",
         "-Horaires : mardi 16h-18h, mercredi 10h-12h et 14h-18h, samedi 10h-12h",
         "-Se connecter à mon compte lecteur",
         "-Rechercher dans le catalogue",
         "-[publicité]"],
        ["+Le défi lecture d'hiver bat tous les records"],
        ["-Publié le 3 décembre 2026 par l'équipe de la bibliothèque",
         "-Lecture : 3 min"],
        ["+Cent douze enfants et adolescents de Sauvelune et des hameaux voisins se sont inscrits au défi lecture d'hiver, soit deux fois plus que l'an dernier."],
        ["-Abonnez-vous à notre lettre d'information",
         "-Suivez-nous sur Facebook et Instagram"],
        ["+Les participants ont jusqu'au 28 février pour lire dix livres de leur choix. « Nous voulions un défi sans liste imposée, où chacun lit ce qui lui plaît », explique la bibliothécaire Anne-Laure Dubreuil."],
        ["+Les inscrits par tranche d'âge",
         "+6-8 ans : 41 inscrits",
         "+9-11 ans : 38 inscrits",
         "+12-14 ans : 22 inscrits",
         "+15 ans et plus : 11 inscrits"],
        ["-Télécharger le carnet de lecture (PDF)",
         "-Inscription gratuite sur présentation de la carte de lecteur"],
        ["+Chaque livre terminé donne droit à un tampon, et les lecteurs qui rempliront leur carnet seront invités à un goûter avec une autrice jeunesse au printemps."],
        ["+La bibliothèque a commandé une cinquantaine de nouveaux titres pour répondre à la demande, grâce à une subvention du département."],
        ["-Partager : Facebook · X · E-mail",
         "-Catégories : Jeunesse, Animations",
         "-2 réponses à « Le défi lecture d'hiver bat tous les records »",
         "-Sandrine M. dit : Ma fille en est déjà à son quatrième livre ! Répondre",
         "-Laisser un commentaire",
         "-Mentions légales · Accessibilité · Plan du site",
         "-© Commune de Sauvelune 2026",
         "-Site réalisé avec Campagnol Web"],
    ]),
    _page("fr", "fr-marche-street-food", [
        ["-Le Marché des Saveurs d'Ormevaux",
         "-Le marché · Les exposants · Infos pratiques · Contact",
         "-Ouvert tous les vendredis de 17h à 23h, place de la Halle",
         "-Menu",
         "-Vous êtes ici : Accueil / Actus",
         "-Sponsorisé"],
        ["+Trois nouveaux stands rejoignent le marché de street-food"],
        ["-Mis en ligne le 3 décembre 2026",
         "-⏱ 2 minutes"],
        ["+Le marché du vendredi soir d'Ormevaux accueillera trois nouveaux exposants dès la semaine prochaine, portant à seize le nombre de stands sous la halle."],
        ["-Brasserie du Vieux Pont : la bière officielle du marché",
         "-Réservez votre table pour les soirées concerts"],
        ["+Le comité de sélection a reçu vingt-trois candidatures. « Nous cherchions des cuisines que le marché ne proposait pas encore, et des produits de la région », indique sa présidente, Maëlle Terrasson."],
        ["+Les nouveaux venus",
         "+Chez Tia : cuisine réunionnaise, caris et samoussas",
         "+La Roulotte à Crêpes : galettes au sarrasin du pays",
         "+Bao Bao : brioches vapeur farcies",
         "+Le Fumoir d'Ormevaux : poissons fumés de la rivière"],
        ["-Devenir exposant : téléchargez le dossier de candidature",
         "-Application « Saveurs » disponible sur l'App Store et Google Play"],
        ["+Les stands installés depuis l'ouverture restent tous en place, à l'exception d'un glacier qui ne revient qu'au printemps."],
        ["+La municipalité a par ailleurs promis d'ajouter des tables couvertes avant l'été, une demande fréquente des habitués."],
        ["-Partager sur Facebook | WhatsApp | Messenger",
         "-À lire aussi : Le marché fête ses deux ans",
         "-Commentaires",
         "-Julien_O — 3 décembre 2026 à 18 h 12 : Enfin des crêpes ! — Répondre",
         "-Votre commentaire sera publié après validation.",
         "-Association Marché des Saveurs · loi 1901",
         "-Politique de confidentialité · Gérer les cookies",
         "-Thème par Atelier Pixelune"],
    ]),
    _page("de", "de-uhrmacher-gilde-treffen", [
        ["-Uhrmacher-Gilde Gräfenmoos e.V.",
         "-Startseite | Über uns | Termine | Werkstatt | Mitglied werden",
         "-Nächster Stammtisch: Donnerstag, 17. Dezember, 19 Uhr",
         "-Suche",
         "-Anzeige",
         "-Sie sind hier: Startseite › Berichte"],
        ["+Gilde repariert die Turmuhr der alten Schule"],
        ["-Veröffentlicht am 3. Dezember 2026 von Vorstand",
         "-Lesezeit ca. 3 Min."],
        ["+Beim Herbsttreffen der Uhrmacher-Gilde Gräfenmoos haben die Mitglieder beschlossen, die seit Jahren stehende Turmuhr der alten Dorfschule wieder in Gang zu setzen."],
        ["-Uhren Brandhuber – Batteriewechsel sofort, Reparaturen aller Marken",
         "-Newsletter abonnieren"],
        ["+Das Uhrwerk stammt aus dem Jahr 1911 und ist nach einer ersten Untersuchung in erstaunlich gutem Zustand. „Es fehlen zwei Zahnräder und die Pendelfeder, alles andere können wir reinigen und richten“, sagte Gildemeister Anselm Wohlgemuth."],
        ["+Der Zeitplan",
         "+Ausbau des Uhrwerks im Januar",
         "+Reinigung und Teilefertigung bis April",
         "+Wiedereinbau im Mai",
         "+Einweihung beim Dorffest im Juni"],
        ["-Spenden für die Turmuhr: IBAN DE00 0000 0000 0000 0000 00",
         "-Werkstattkurs für Einsteiger – jetzt anmelden"],
        ["+Die fehlenden Teile will die Gilde in ihrer eigenen Werkstatt fertigen; ein Mitglied, das früher Feinmechaniker war, hat die Zeichnungen bereits angefertigt."],
        ["+Die Gemeinde übernimmt die Kosten für das Gerüst, die übrigen Ausgaben trägt die Gilde aus Spenden und Mitgliedsbeiträgen."],
        ["-Teilen: Facebook · WhatsApp · E-Mail",
         "-Kategorie: Vereinsleben | Schlagwörter: Turmuhr, Schule",
         "-Ein Kommentar",
         "-Waltraud K. am 3. Dezember 2026 um 20:14 Uhr: Wie schön, ich bin in dieser Schule gewesen! Antworten",
         "-Schreibe einen Kommentar",
         "-Impressum · Datenschutzerklärung",
         "-© 2026 Uhrmacher-Gilde Gräfenmoos e.V. · Amtsgericht, VR 0000",
         "-Erstellt mit Vereinsbaukasten Pro"],
    ]),
    _page("de", "de-pferdebahn-fahrplan", [
        ["-Die Kiefernroder Pferdebahn",
         "-Fahrplan · Tickets · Geschichte · Unsere Pferde · Kontakt",
         "-Heute: Betrieb ab 11 Uhr, letzte Fahrt 16:30 Uhr",
         "-Wetter: 4 °C, bewölkt",
         "-Gefördert durch den Tourismusverband",
         "-Aktuelles › Fahrplan"],
        ["+Pferdebahn fährt im Advent auch unter der Woche"],
        ["-3. Dezember 2026 · Redaktion",
         "-2 Minuten Lesezeit"],
        ["+Die Pferdebahn Kiefernrode fährt in der Adventszeit erstmals auch mittwochs und donnerstags, weil die Wagen an den Wochenenden regelmäßig ausgebucht waren."],
        ["-Gutscheine für eine Fahrt – das perfekte Weihnachtsgeschenk",
         "-Gasthof Zum Schimmel – Ihre Einkehr an der Endhaltestelle"],
        ["+Möglich wird das durch zwei Pferde, die der Verein im Herbst von einem Hof aus der Nachbarschaft übernommen hat. „Die beiden sind ruhig und verkehrssicher, das war die Bedingung“, sagte Vereinsvorsitzende Henrike Amsel."],
        ["+Die Adventsfahrten",
         "+Mittwoch und Donnerstag: 13 bis 16 Uhr, stündlich",
         "+Samstag: 11 bis 17 Uhr, halbstündlich",
         "+Sonntag: 11 bis 16:30 Uhr, halbstündlich",
         "+Abfahrt jeweils am Bahnhofsplatz"],
        ["-Fahrplan als PDF zum Ausdrucken",
         "-Gruppenfahrten auf Anfrage"],
        ["+An den Werktagen verkehrt nur der kleinere der beiden Wagen, der Platz für zwölf Fahrgäste bietet."],
        ["+Bei Glatteis fallen die Fahrten aus; der Verein kündigt das jeweils am Vormittag auf seiner Internetseite an."],
        ["-Beitrag teilen",
         "-Facebook | Instagram | WhatsApp",
         "-Das könnte Sie auch interessieren: Neue Pferde im Stall",
         "-Kommentare sind für diesen Beitrag deaktiviert.",
         "-Förderverein Pferdebahn Kiefernrode e.V. · Gemeinnützig anerkannt",
         "-Impressum | Datenschutz | Barrierefreiheit",
         "-Diese Website verwendet Cookies. Mehr erfahren",
         "-Nach oben ↑"],
    ]),
    _page("it", "it-scuola-apicoltura-corso", [
        ["-Apicoltura Valcerasa · Scuola e apiario",
         "-Home | Corsi | Il nostro apiario | Miele | Contatti",
         "-Area riservata soci",
         "-Cerca nel sito",
         "-[banner_ad]",
         "-Sei in: Home » Notizie » Corsi"],
        ["+Apre il corso base di apicoltura per principianti"],
        ["-Pubblicato il 3 dicembre 2026 da Redazione",
         "-Lettura di 2 minuti"],
        ["+La Scuola di Apicoltura della Valcerasa apre le iscrizioni al corso base per principianti, che partirà a febbraio e terminerà con la prima smielatura di giugno."],
        ["-Mieli del Colle – acquista online il miele di castagno",
         "-Iscriviti alla newsletter"],
        ["+Il corso è pensato per chi non ha mai aperto un'arnia. «Le api non si imparano sui libri, per questo metà delle lezioni si tengono in apiario», spiega l'istruttrice Lucia Sbarbaro."],
        ["+Il programma",
         "+Febbraio: biologia dell'ape e attrezzatura",
         "+Marzo e aprile: visite in apiario e controllo delle famiglie",
         "+Maggio: sciamatura e prevenzione delle malattie",
         "+Giugno: smielatura e invasettamento"],
        ["-Quota di iscrizione: 120 euro, tuta e guanti compresi",
         "-Scarica il modulo di iscrizione (PDF)"],
        ["+I posti sono venti e verranno assegnati in ordine di iscrizione; chi è allergico alle punture deve presentare un certificato medico."],
        ["+Alla fine del corso ogni partecipante potrà adottare una famiglia d'api dell'apiario della scuola per la stagione successiva."],
        ["-Condividi su Facebook · WhatsApp · Telegram",
         "-Articoli correlati: Un anno record per il miele di acacia",
         "-1 commento",
         "-Paolo R. – 3 dicembre 2026 alle 19:40 – Si può partecipare anche solo al sabato? Rispondi",
         "-Lascia un commento",
         "-Il tuo indirizzo email non sarà pubblicato.",
         "-Associazione Apicoltori Valcerasa APS · C.F. 00000000000",
         "-Privacy Policy · Cookie Policy"],
    ]),
    _page("it", "it-museo-etnografico-weekend", [
        ["-Museo Contadino Borgolaccio",
         "-Il museo · Collezioni · Eventi · Visite · Dove siamo",
         "-Aperto sabato e domenica 10-13 / 15-18",
         "-Biglietti",
         "-Pubblicità",
         "-Home › Eventi"],
        ["+Un fine settimana dedicato ai mestieri di una volta"],
        ["-di Redazione | 3 dicembre 2026",
         "-3 min di lettura"],
        ["+Il Museo della Civiltà Contadina di Borgolaccio dedica il prossimo fine settimana ai mestieri artigiani della valle, con dimostrazioni dal vivo nelle sale e nel cortile."],
        ["-Agriturismo Il Castagneto – pranzo della domenica a 25 euro",
         "-Seguici su Instagram"],
        ["+Gli artigiani saranno tutti del territorio. «Volevamo che i visitatori vedessero le mani che lavorano, non solo gli attrezzi nelle vetrine», racconta la direttrice del museo, Elena Mastrangeli."],
        ["+Le dimostrazioni",
         "+Cesteria in vimini, sabato mattina",
         "+Impagliatura delle sedie, sabato pomeriggio",
         "+Forgiatura del ferro, domenica mattina",
         "+Tessitura al telaio a mano, domenica pomeriggio"],
        ["-Biglietto intero 6 euro, ridotto 4 euro",
         "-Prenota una visita guidata per la tua scuola"],
        ["+Per i bambini è previsto un laboratorio in cui potranno intrecciare un piccolo cestino da portare a casa."],
        ["+In caso di pioggia tutte le dimostrazioni si terranno nel fienile restaurato, che può ospitare fino a ottanta persone."],
        ["-Condividi: Facebook | X | E-mail",
         "-Tag: artigianato, eventi, famiglie",
         "-Potrebbe interessarti anche: La nuova sala degli attrezzi agricoli",
         "-Commenti",
         "-Giovanna B. – Ci saremo con i nipoti! – Mi piace · Rispondi",
         "-Devi essere connesso per inviare un commento.",
         "-© 2026 Comune di Borgolaccio · Tutti i diritti riservati",
         "-Sito realizzato da Webcampagna"],
    ]),
    _page("pl", "pl-sadzenie-drzew", [
        ["-Urząd Miasta Modrzewiogród",
         "-Mieszkańcy | Urząd | Turystyka | Biznes | Kontakt",
         "-BIP",
         "-Wersja kontrastowa | A+ A-",
         "-Reklama",
         "-Jesteś tutaj: Strona główna / Aktualności"],
        ["+Tysiąc nowych drzew w Modrzewiogrodzie"],
        ["-Dodano: 3 grudnia 2026 | Autor: Wydział Promocji",
         "-Czas czytania: 2 min"],
        ["+W ramach miejskiej akcji sadzenia drzew w Modrzewiogrodzie posadzono w tym roku tysiąc drzew, najwięcej w historii miasta."],
        ["-Szkółka Zielony Zakątek – sadzonki drzew i krzewów w dobrych cenach",
         "-Zapisz się do newslettera"],
        ["+Najwięcej nasadzeń wykonali sami mieszkańcy podczas sobotnich akcji. „Każde osiedle chciało mieć swój szpaler, więc w listopadzie sadziliśmy co tydzień” – mówi koordynatorka akcji Agnieszka Wierzbińska."],
        ["+Gdzie posadzono drzewa",
         "+Osiedle Słoneczne: 310 drzew",
         "+Park nad Stawami: 260 drzew",
         "+ul. Polna i ul. Szkolna: 240 drzew",
         "+Teren przy szkole nr 2: 190 drzew"],
        ["-Zgłoś miejsce do nasadzeń w przyszłym roku – formularz online",
         "-Pobierz mapę nasadzeń (PDF)"],
        ["+Wśród posadzonych gatunków przeważają lipy, klony i dęby, a przy szkole nr 2 powstał także niewielki sad z jabłoniami."],
        ["+Miasto zapowiada, że przez pierwsze trzy lata młode drzewa będą podlewane i pielęgnowane przez służby komunalne."],
        ["-Udostępnij: Facebook | X | E-mail",
         "-Drukuj",
         "-Zobacz także: Nowe ławki na rynku",
         "-Komentarze (2)",
         "-Marek z Osiedla Słonecznego, 3.12.2026, 17:05: Brawo, w końcu będzie cień na placu zabaw. Odpowiedz",
         "-Komentarz pojawi się po zatwierdzeniu przez administratora.",
         "-Deklaracja dostępności · Polityka prywatności",
         "-© 2026 Urząd Miasta Modrzewiogród"],
    ]),
    _page("pl", "pl-radio-studenckie-ramowka", [
        ["-Radio Akadera Brzozogórz 98,4 FM",
         "-▶ SŁUCHAJ NA ŻYWO",
         "-Teraz gramy: Nocna Zmiana – Kwadrans po północy",
         "-Ramówka · Audycje · Podcasty · Zespół · Kontakt",
         "-Partner: Kawiarnia Kwadrat",
         "-Aktualności / Ramówka"],
        ["+Nowa ramówka studenckiego radia od stycznia"],
        ["-opublikowano 3 grudnia 2026, redakcja",
         "-3 min czytania"],
        ["+Od stycznia Radio Akadera zmienia ramówkę: pojawi się pięć nowych audycji, a poranne pasmo wydłuży się o godzinę."],
        ["-Pobierz aplikację Akadera i słuchaj w drodze na zajęcia",
         "-Polub nas na Facebooku"],
        ["+Nowe audycje przygotowali studenci pierwszego roku. „Dostaliśmy ponad trzydzieści pomysłów, wybór był naprawdę trudny” – przyznaje redaktor naczelna Zuzanna Kaliszewska."],
        ["+Nowe audycje",
         "+Poniedziałek 20:00: „Laboratorium dźwięku” – muzyka elektroniczna",
         "+Wtorek 18:00: „Akademik” – rozmowy o życiu studentów",
         "+Czwartek 21:00: „Jazz po godzinach”",
         "+Sobota 10:00: „Kuchnia za grosze” – przepisy dla studentów"],
        ["-Chcesz robić radio? Rekrutacja do redakcji trwa do 15 grudnia",
         "-Zamów reklamę w Radiu Akadera"],
        ["+Z anteny znikają dwie audycje, których autorzy skończyli studia i wyjechali z miasta."],
        ["+Wszystkie nowe programy będą dostępne także jako podcasty na stronie radia dzień po emisji."],
        ["-Udostępnij na Facebooku · Udostępnij na X · Kopiuj link",
         "-Tagi: ramówka, audycje, styczeń",
         "-Poprzedni wpis: Koncert charytatywny w auli",
         "-Jeden komentarz",
         "-Kuba_98, 3 grudnia 2026 o 22:40: Szkoda „Nocnej Zmiany”, ale jazz na plus! Odpowiedz",
         "-Dodaj komentarz",
         "-Radio Akadera · Stowarzyszenie Mediów Studenckich",
         "-Regulamin · Polityka cookies"],
    ]),
    _page("ru", "ru-hor-veteranov-poezdka", [
        ["-Народный хор ветеранов «Серебряные голоса» · Ольхоград",
         "-Главная | О хоре | Репертуар | Новости | Контакты",
         "-Репетиции: вторник и пятница, 11:00, малый зал ДК",
         "-Версия для слабовидящих",
         "-Реклама",
         "-Главная → Новости → Поездки"],
        ["+Хор ветеранов «Серебряные голоса» съездил на фестиваль в соседнюю область"],
        ["-3 декабря 2026, 14:20 · Совет хора",
         "-Читать 3 минуты"],
        ["+Хор ветеранов «Серебряные голоса» Дома культуры «Ольхоградский» впервые за пять лет выступил на выездном фестивале и вернулся с дипломом лауреата."],
        ["-Санаторий «Лесная поляна» — скидка 20% пенсионерам",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Самой старшей участнице поездки исполнилось восемьдесят шесть лет. «Автобус выехал в пять утра, и никто не опоздал — молодёжь бы так не смогла», — рассказала руководитель хора Валентина Горбунова."],
        ["+Программа выступления",
         "+«Ой, то не вечер» — народная песня",
         "+«Вальс над рекой» — песня местного композитора",
         "+Попурри из песен военных лет",
         "+«Ольхоградские зори» — гимн хора"],
        ["-Приглашаем в хор новых участников — звоните 8 (000) 000-00-00",
         "-Купить билеты на новогодний концерт"],
        ["+Поездку оплатили спонсоры и администрация района, а костюмы участницы хора сшили сами за лето."],
        ["+Следующее выступление «Серебряных голосов» состоится на новогоднем концерте в Доме культуры."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Просмотров: 412",
         "-Читайте также: Хор выступил в детской школе искусств",
         "-Комментарии (1)",
         "-Нина Петровна, 3 декабря 2026 в 16:02: Молодцы, девочки! Ответить",
         "-Чтобы оставить комментарий, войдите через ВКонтакте",
         "-© 2026 Хор «Серебряные голоса» при ДК «Ольхоградский»",
         "-Политика обработки персональных данных"],
    ]),
    _page("ru", "ru-muzeynaya-zheleznaya-doroga", [
        ["-Белоярцевская узкоколейка — музейная железная дорога",
         "-О дороге · Расписание · Подвижной состав · Волонтёрам · Магазин",
         "-Ближайший рейс: суббота, 12:00",
         "-Поиск по сайту",
         "-[реклама]",
         "-Новости › Волонтёры"],
        ["+Волонтёры за один день уложили сто метров пути"],
        ["-Опубликовано: 3.12.2026 · Автор: Совет дороги",
         "-⏱ 2 мин"],
        ["+В субботу сорок волонтёров Белоярцевской узкоколейки за один день заменили шпалы и рельсы на ста метрах пути у разъезда Сосновый."],
        ["-Интернет-магазин дороги: кружки, значки и календари на 2027 год",
         "-Наш канал на YouTube"],
        ["+Работы начались в восемь утра и закончились в сумерках. «Раньше такой участок мы ремонтировали месяц, а сегодня справились к вечеру», — сказал начальник пути Аркадий Лемешев."],
        ["+Итоги рабочего дня",
         "+Заменено 160 шпал",
         "+Уложено 100 метров рельсов",
         "+Подсыпано 12 кубометров щебня",
         "+Съедено 40 порций полевой каши"],
        ["-Стать волонтёром: заполните анкету",
         "-Поддержать дорогу рублём — реквизиты для перевода"],
        ["+Благодаря ремонту поезд сможет весной снова ходить до конечной станции, закрытой для движения три года назад."],
        ["+Следующий волонтёрский день запланирован на апрель, когда сойдёт снег."],
        ["-Поделиться в ВКонтакте · Telegram · WhatsApp",
         "-Метки: волонтёры, путь, ремонт",
         "-← Предыдущая запись: Паровоз вернулся из ремонта",
         "-2 комментария",
         "-Дмитрий К. · 3 декабря 2026 · Были с сыном, отличный день! · Ответить",
         "-Ваш комментарий будет опубликован после проверки.",
         "-АНО «Белоярцевская узкоколейка» · ОГРН 0000000000000",
         "-Сделано в веб-студии «Пиксельный паровоз»"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_60_line, test_held_out_60_line_is_kept, test_held_out_60_page = held_out_tests(
    HELD_OUT_60_LINES, HELD_OUT_60_KEEP, HELD_OUT_60_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
