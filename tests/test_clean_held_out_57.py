"""Held-out set 57: written blind, weighted toward the noise the cleaner exists for, in shapes set 56's
docstring does not name: scraper and ad markers of content farms and auto-blogs (shortcode-like ad and
sponsored-post placeholders in square brackets in English ('[sponsored_post id="4471"
placement="above-title"]'), French ('[annonce emplacement="milieu-article"]'), German ('[werbung
position="content-mitte"]'), Italian ('[banner_adv zona="centrale"]'), Polish
('[reklama_srodek_artykulu]') and Russian ('[реклама_в_тексте id=7]'); an English "Originally published
at <site> on <date>." credit and an English imported-automatically-from-a-partner-feed credit;
first-published-on-a-blog credits in French ("Cet article a été publié initialement sur le blog ..."),
German ("Zuerst erschienen im Blog ..."), Polish ("Tekst pierwotnie ukazał się na blogu ...") and Russian
("Материал впервые опубликован в блоге ..."), and an Italian "Fonte originale: <site> (articolo
ripubblicato automaticamente)"); reading-time and date headers as last-updated rows with a date, a clock
time and a reading time (English "Last updated Mar 3, 2026 at 9:14 am · Reading time: 6 minutes", French
"Mis à jour le ... — Temps de lecture estimé : 5 minutes", German "Stand: 03.03.2026, 09:14 Uhr ·
Lesedauer ca. 4 Minuten", Italian "Aggiornato il ... — Tempo di lettura: 4 minuti", Polish "Aktualizacja:
... · Czas czytania: ok. 5 minut", Russian "Обновлено ... · Время чтения: 5 минут"); bylines and
self-promotion (an English buy-me-a-coffee plug, an English Patreon plug, an English about-the-author bio
with a newsletter plug, a French Ko-fi plug, a German buy-me-a-coffee-via-PayPal plug, an Italian Patreon
plug, a Polish buycoffee.to plug and a Russian donate-to-the-author plug); blog footers (an English
"Proudly powered by WordPress | Theme: ... by ..." credit, an English Substack footer, Blogger's footers
in French "Fourni par Blogger.", German "Bereitgestellt von Blogger.", Polish "Obsługiwane przez usługę
Blogger." and Russian "Технологии Blogger.", and an Italian theme-and-WordPress credit); reader-comment
lines (an English "<name> says: <date> at <time>" commenter row, an English "Like Liked by 3 people
Reply" row, an English comments-are-moderated note, a French "<name> dit : <date>" commenter row, an
Italian name-date-"Rispondi" row, and awaiting-moderation notes in German "Dein Kommentar muss noch
freigeschaltet werden.", Polish "Twój komentarz oczekuje na moderację." and Russian "Ваш комментарий
ожидает проверки."); the English WordPress like widget "Like this: Like Loading..." (share); an English
affiliate-links disclosure (notice); and an English previous-post / next-post navigation row (other); and
toward whole scraped news and opinion pages in layouts sets 41 to 56 did not use (a kite festival's news,
a marathon organiser's course notice, a church bell-ringers' blog report, a pigeon fanciers' club's race
results, a toy library's update, a wildlife hospital's admissions diary, a poetry slam's recap, a village
well-restoration update, a village scrap-metal collection notice, an amateur satellite radio club's
contact report, a gorodki club's cup results and a public bathhouse's reopening news).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 56) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 56, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page`` node's
source segments, and the file from the ``_marks`` node's line to the end); the helpers ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed
as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 56's
with 56 -> 57 (with the empty ``_KEEP_XFAIL`` table set 56's tail holds). Nothing below was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s57 at
commit f5b60b99c6025b4cd4d7ae35c7727baaffc9f66d) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) main moved between my first
step (HEAD 2e179ee95e9e95900230d2384a10c527ff12f757) and the making of the worktrees (HEAD
f5b60b99c6025b4cd4d7ae35c7727baaffc9f66d); the set was measured at the latter. ``git worktree add``
printed, as git does, the subject line of that commit (docs/cleaning.md rows for round 54 and blind set
56, with figures that set 56's docstring already gives); it was seen after the lists were written and
changed nothing in them. (3) Before the measurement the draft was executed from a scratch folder
(/tmp/s57) with a stand-in for ``page_from_blocks`` that only counted lines and checked that no page
noise line repeats on its page, is a substring of an article line of its page or repeats a line of
``HELD_OUT_57_LINES`` (no case was run through the cleaner). The check found one page noise line (the toy
library's site name) that was a substring of an article paragraph; it was lengthened before the
measurement. A first run of the stand-in failed because the pages table was built as a plain dict of
``_page`` pairs; it was rebuilt keyed by page name before the measurement. (4) The measuring pytest run
(``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the
problems were then read out once with ``_problems`` in the frozen worktree by a script that ran it on
every line, keep line and page of this set and printed the problems of the failing ones, to write the
xfail reasons. (5) Invented place names were checked, before the measurement, against the helper's
exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is
not a proof that they do not exist: Pradeluzes, Lindewarth, Hüttenbrach, Castelvolpino, Kamionka
Jarzębna, Czaplinowo, Ельнегорск, Сорокодубск and Тальниковский (район) had no hits; Quillhaven occurs
only as invented names in others' software (a church, a company, an academy, "Quillhaven Springs"),
Cindercombe only in a demo ("cindercombe-mill"), Aubrelac only in invented name lists of games, and
Salvanera only as a surname (the village here is "Borgo Salvanera"). One name was replaced before the
measurement: the satellite club's town was first "Żurawiniec", which the search showed as a real nature
reserve in Poznań and a real village; it became Czaplinowo. Not checked: the streets and spots (Mill
Lane, Station Road, the church of Saint-Firmin, café des Tilleuls, place de la Mairie, Brunnenstraße, Am
Bruchweg, Mühlbach, via delle Fornaci, piazza San Rocco, vicolo dei Tessitori, ул. Заречная), which are
generic and may exist somewhere; the organisations, firms, blogs, themes and sites (The Ledger Walk,
thecoastlinenotes.example, Driftwood Lite, Pellacorn Themes, Carnets du Vallon, Feldnotizen,
ilportolano-notizie.example, Gelsomino, Studio Arvelli, Zapiski znad Kanału, «Записки с набережной»,
Harbourside Fish & Chips, Stridewell Running, TimingDesk, Cindercombe Hospice, Quincaillerie Vidalenc,
Castagnède, SiteAmical, Spielwaren Kornmayer, Jimdo-hosted Wildtierhilfe Hüttenbrach, Tierarztpraxis am
Mühlbach, Libreria Il Ramo d'Oro, Pixelfonte, Agriturismo Le Ginestre, Studio Ventisette Web, Auto-Części
Grabek, WiejskieStrony, Antenka, „Perygeum”, «Разминка», «Городки-Нагорье», СайтПросто, «Ладонь»,
«ВебКрай») and the people. "Driftwood", «Разминка» and «Ладонь» are common enough that real themes or
shops may carry them. (6) Some lines name real things, as real pages do: WordPress, Substack, Blogger,
Patreon, Ko-fi, PayPal, buycoffee.to, Jimdo, Facebook, X, WhatsApp, Instagram, TikTok, Telegram,
Messenger, LinkedIn, Discord, Strava, ВКонтакте, Одноклассники, the ISS and the ADIF log format, the
Italian Pro Loco, APS, 5x1000 and C.F., the German e. V. and IBAN; bank, tax and phone numbers are
zero-filled. No real person is named. (7) Set 56's docstring names only its own shapes and earlier sets'
page layouts, so some lines may repeat shapes of sets before 56 that I could not check; in particular the
Blogger footers, the WordPress like widget, the affiliate disclosure, the previous/next row and the
moderation notes are common furniture that earlier sets may have used. Close to shapes set 56 named: the
English and Italian WordPress-and-theme credits are near its French and Russian theme-and-Hugo credits,
the Patreon plugs near its Steady, Patronite and Boosty plugs, the first-published-on-a-blog credits near
its RSS-feed "appeared first on" footers (they credit a blog, not a feed, and have another wording), and
the Italian "Fonte originale" credit near its Italian read-the-full-article-at-the-source credit; and on
the pages, comment counts, one comment each with name and text, platform credits and share rows are
standard furniture of the layouts; none of these is a line of ``HELD_OUT_56_LINES`` as far as its
docstring tells. (8) My first step's clock reading was 2026-12-03 11:59 UTC.

Judgement calls: the keep lines opening with "Originally the bridge", "Support for the levy", "Powered by
a new boiler", "Leave was granted", "Buy-back", "Comments from residents", "Source documents", "Mis à
jour en janvier", "Fourni par la région", "Cet article du règlement", "Zuerst soll", "Bereitgestellt
werden", "Dein Beitrag zählt", "Aggiornato il piano", "Fonte di preoccupazione", "Tema centrale", "Tekst
uchwały", "Komentarze radnych", "Материал для ремонта" and "Обновлено расписание" are article sentences.
Last-updated headers with reading times are counted as reading-time lines; bracketed shortcode-like ad
placeholders and the originally-published, imported-from-a-feed, first-published-on-a-blog and
original-source credits as markers; the coffee, Patreon, Ko-fi, PayPal, buycoffee.to and donation plugs
and the about-the-author bio as bylines; the WordPress, Substack, Blogger and theme credits as footers;
the commenter rows, the like-and-reply row and the moderation notes as comments; the like widget as
share, the affiliate disclosure as a notice and the previous/next row as other. On every page the title,
the subheading, its three list rows, the paragraph with the quote and the other four paragraphs are
article (10 lines a page) and everything else is noise (20 lines a page: six lines above the title, two
under it, two and two between the paragraphs, eight at the foot); in particular the site names, menus,
breadcrumbs, search, login, language, contrast and easy-language controls, opening-hours, weather, wind,
next-event, race-day, entries, satellite-pass and name-day lines, date, posted-by, updated, view-count,
reading-time, comment-count and photo-credit lines, route-map, PDF and log downloads, ads, sponsor and
kit-partner lines, membership, fee, leg-ring, deferral and licence-like reminders, volunteer, donation,
wish-list, 5x1000 and charity-place appeals, practice, games-night, course and shop lines, app, video,
newsletter, SMS, Discord, Strava and social lines, related and previous-post links, lost-keys and
waste-point notices, comments with their names and reply links, about-the-organisation, contact, address,
charity-number, bank and legal lines, platform and web-agency credits, cookie lines and back-to-top links
are noise. The rows: en-kite-festival-news "Who is flying this year", en-marathon-course-notice "What
changes on the route", fr-sonneurs-cloches-rapport "Ce qui a été réparé", fr-colombophilie-resultats "Les
trois premiers du classement", de-spielothek-neuigkeiten "So funktioniert die Ausleihe",
de-wildtierstation-tagebuch "Aufnahmen der Woche", it-poetry-slam-resoconto "La classifica della serata",
it-restauro-pozzo "I lavori eseguiti", pl-zbiorka-zlomu "Co można oddać", pl-satelity-krotkofalowcy "Z
kim udało się połączyć", ru-gorodki-rezultaty "Итоги кубка" and ru-banya-otkrytie "Что изменилось после
ремонта", each with three rows; all of them are article.

Contents: 45 noise lines (marker 13, reading-time 6, byline 8, footer 7, comments 8, share 1, notice 1,
other 1; by language en 15 (marker 3, reading-time 1, byline 3, footer 2, comments 3, share 1, notice 1,
other 1) and fr, de, it, pl, ru 6 each (marker 2, reading-time 1, byline 1, footer 1, comments 1)), 20
keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120
article lines (10 a page): en-kite-festival-news (a seaside kite festival's news on giant inflatables
returning), en-marathon-course-notice (a marathon organiser's course change after a bridge survey, on its
entry site), fr-sonneurs-cloches-rapport (a church bell-ringers' association's blog report on a re-hung
bell), fr-colombophilie-resultats (a pigeon fanciers' club's first race results, with a comment),
de-spielothek-neuigkeiten (a family centre's toy library lending board games to adults),
de-wildtierstation-tagebuch (a wildlife hospital's weekly admissions diary, with a comment),
it-poetry-slam-resoconto (a poetry slam's recap with the evening's scores, with a comment),
it-restauro-pozzo (a Pro Loco's update on a village well's restoration), pl-zbiorka-zlomu (a village
administrator's scrap-metal collection notice for a playground), pl-satelity-krotkofalowcy (an amateur
satellite radio club's first school-roof contacts, with a comment), ru-gorodki-rezultaty (a gorodki
club's regional cup results, with a comment) and ru-banya-otkrytie (a public bathhouse's reopening news,
with a visitor review); every page holds a title, a subheading with list rows, a quote in the article and
noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit f5b60b99c6025b4cd4d7ae35c7727baaffc9f66d, measured with ``cd
/tmp/wt-s57 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s57/src python -m pytest -q
tests/test_clean_held_out_57.py -rA -p no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s57 &&
PYTHONPATH=/tmp/wt-s57/src python scripts/clean_held_out_report.py --sets 57``, with the xfail tables
empty): noise lines removed 39/45 (marker 11/13, reading-time 6/6, byline 7/8, footer 6/7, comments 6/8,
share 1/1, notice 1/1, other 1/1; missed, all kept as paragraphs: the English "Like Liked by 3 people
Reply", the French '[annonce emplacement="milieu-article"]', the French "Josiane Rabatel dit : 4 mars
2026 à 8 h 15 min", the German "Zuerst erschienen im Blog „Feldnotizen“ von Gerwin Haldau.", the German
"Dir gefällt, was ich schreibe? Spendier mir einen Kaffee über PayPal." and the Russian "Технологии
Blogger."); keep lines kept 20/20; pages 0/12 clean, 31 of 240 page noise lines left and 0 of 120 article
lines lost: en-kite-festival-news 3 left ("Want to fly with us? Register your team for the display
arena", "Download the festival app for live flying times" and "Volunteer marshals wanted: free T-shirt
and lunch"); en-marathon-course-notice 3 left ("Deferral requests close on 31 March", "Charity places
still available — raise £350 for Cindercombe Hospice" and "Join the training group on Strava");
fr-sonneurs-cloches-rapport 4 left ("Publicité : Quincaillerie Vidalenc, tout pour la maison", "Adhésion
2026 : 15 € par famille", "Prochaine répétition : jeudi 20 h, au clocher" and "Faire un don à
l'association"); fr-colombophilie-resultats 3 left ("Publicité : Graines et mélanges Castagnède,
livraison gratuite", "Bagues 2026 disponibles auprès du trésorier" and "Cotisation annuelle : 30 €, à
régler avant le 31 mars"); de-spielothek-neuigkeiten 2 left ("Jetzt Mitglied werden im Förderverein" and
"Spieleabend für Erwachsene: jeden ersten Freitag, 19 Uhr"); de-wildtierstation-tagebuch 1 left
("Wunschliste: Katzenfutter ohne Soße, Küchenrolle, Heizmatten"); it-poetry-slam-resoconto 3 left
("Pubblicità: Libreria Il Ramo d'Oro, sconti per gli slammer", "Tesseramento 2026: 10 euro, anche al bar
del circolo" and "Guarda i video delle esibizioni sul nostro canale"); it-restauro-pozzo 2 left
("Pubblicità: Agriturismo Le Ginestre, pranzo della domenica a 25 euro" and "Diventa socio della Pro
Loco"); pl-zbiorka-zlomu 2 left ("Reklama: Auto-Części Grabek – oleje i filtry w dobrych cenach" and
"Gminny punkt selektywnej zbiórki odpadów: czynny w środy i soboty"); pl-satelity-krotkofalowcy 3 left
("Składka klubowa na 2026 rok: 60 zł", "Pobierz log łączności (ADIF)" and "Dołącz do naszego kanału na
Discordzie"); ru-gorodki-rezultaty 2 left ("Членский взнос на 2026 год — 1200 ₽" and "Смотрите видео
финала в нашей группе ВКонтакте"); ru-banya-otkrytie 3 left ("Подарочные сертификаты в продаже", "Купить
веники и шапки можно на кассе" and "Реклама: массажный кабинет «Ладонь», запись по телефону"). All left
page lines stand between the paragraphs (none above the title, under it or at the foot); no article line
was lost. The failing cases are strict xfails.

Still held out after round 55 (development on set 56; measured once with ``python
scripts/clean_held_out_report.py --sets 57`` and ``pytest tests/test_clean_held_out_57.py`` on this set
rebased onto main after round 55 merged, 012bcab, 2026-12-03): noise lines removed 39/45 as at baseline
(the same six lines missed), article lines kept 20/20, pages 0 -> 1/12 clean, 31 -> 24 of 240 page noise
lines left, none of 120 article lines lost: round 55's page rules (advertiser and sponsor labels with the
advertiser or a priced offer, play buttons naming what they play, calls to join or pay the members' fee)
took the hardware-shop, seed-mix, bookshop and car-parts ads, both lines of it-restauro-pozzo (that page
is clean: its xfail removed) and ru-gorodki-rezultaty's watch-the-final link. Five page reasons reworded; no other case
changed.

Round 56 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 57`` and ``pytest tests/test_clean_held_out_57.py`` at 52b72ab
(before) and the round's last commit on branch round56 (after): noise lines 39 -> 45/45 (marker 11 ->
13/13, reading-time 6/6, byline 7 -> 8/8, footer 6 -> 7/7, comments 6 -> 8/8, share 1/1, notice 1/1, other
1/1), pages 1 -> 6/12 clean, page noise lines left 24 -> 8 of 240, article lines lost 0 -> 0 of 120, keep
lines 20 -> 20/20; pytest 60 passed, 17 xfailed -> 71 passed, 6 xfailed. As classes in six languages:
WordPress's like-and-reply row under a comment ("Like Liked by 3 people Reply", "Нравится Понравилось 3
людям Ответить") is a comment row; an ad plugin's French shortcode ('[annonce emplacement="milieu-article"]',
"[encart]") is a marker; a commenter row whose time French WordPress spells "8 h 15 min" is a byline like
the other name-verb-date rows; a first-published credit may name the blog's author after the blog's quoted
name ("Zuerst erschienen im Blog „Feldnotizen“ von Gerwin Haldau."); a question may stand before the
coffee plug ("Dir gefällt, was ich schreibe? Spendier mir einen Kaffee über PayPal."); Blogger's Russian
footer alone ("Технологии Blogger.") is a blog footer. On the pages, all self-promotion unless said: the
members' fee as a label with its price right after the colon or dash ("Adhésion 2026 : 15 € par famille",
"Składka klubowa na 2026 rok: 60 zł", "Членский взнос на 2026 год — 1200 ₽"; a note after a comma only
without a digit); a call to become a member ("Jetzt Mitglied werden im Förderverein"); a call to join the
club's channel on a chat or sports app, no comma ("Join the training group on Strava", "Dołącz do naszego
kanału na Discordzie"); volunteers wanted as a label ("Volunteer marshals wanted: free T-shirt and lunch");
gift vouchers on sale ("Подарочные сертификаты в продаже"); a wish list of two items or more ("Wunschliste:
Katzenfutter ohne Soße, Küchenrolle, Heizmatten"); the next practice or regular evening as a label with its
weekday and hour ("Prochaine répétition : jeudi 20 h, au clocher", "Spieleabend für Erwachsene: jeden ersten
Freitag, 19 Uhr"); round 39's donate button takes the body after "à", "an", "al", "dla" ("Faire un don à
l'association"); round 43's app prompt takes what the app is for ("Download the festival app for live flying
times", share widget); round 55's ad label takes an office with its adjective ("Реклама: массажный кабинет
«Ладонь», запись по телефону", advertisement). Pl-satelity-krotkofalowcy's download-the-log line went with
the page's other chrome once its neighbours did. Not taken: fr-colombophilie-resultats' fee reminder with a
pay-by date ("Cotisation annuelle : 30 €, à régler avant le 31 mars"): taken, it made two noise lines between
the page's list rows and its last paragraphs, the densest run of prose became the first two paragraphs and
seven article lines went with the tail, so the fee label's note after a comma may hold no digit. Pages:
en-kite-festival-news 3 -> 1, en-marathon-course-notice 3 -> 2, fr-sonneurs-cloches-rapport 3 -> 0,
fr-colombophilie-resultats 2 -> 2, de-spielothek-neuigkeiten 2 -> 0, de-wildtierstation-tagebuch 1 -> 0,
it-poetry-slam-resoconto 2 -> 1, it-restauro-pozzo 0 -> 0, pl-zbiorka-zlomu 1 -> 1,
pl-satelity-krotkofalowcy 3 -> 0, ru-gorodki-rezultaty 1 -> 0, ru-banya-otkrytie 3 -> 1 (the xfail reasons
list every line left). The six line xfails and five page xfails were removed and the other page reasons
reworded. Elsewhere: set 54's pl-jadlodzielnia is clean (its volunteers-wanted line; xfail removed), and set
48's ru-diaspora-portal 2 -> 1 (the WhatsApp chat invitation), set 51's pl-kasa-komunikat 7 -> 6 (the
join-the-union offer) and set 52's de-ruderverein-regatta 4 -> 3 (the membership appeal) lines left
(reasons reworded, still xfail); every other set of 10 to 56 unchanged. SemEval find_noise diff: 0 of 3,723 files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_57_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("head", '[sponsored_post id="4471" placement="above-title"]', "marker"),
    ("tail", "Originally published at thecoastlinenotes.example on March 3, 2026.", "marker"),
    ("tail", "This story was imported automatically from a partner feed. Read the original article here.", "marker"),
    ("head", "Last updated Mar 3, 2026 at 9:14 am · Reading time: 6 minutes", "reading-time"),
    ("tail", "Buy me a coffee ☕ if this post helped you — every cup keeps the blog ad-free.", "byline"),
    ("tail", "Support my work on Patreon from $3 a month and get every post a day early.", "byline"),
    ("tail", "About the author: Dana Whitlowe writes about small towns and local budgets. Her newsletter, The Ledger Walk, goes out every Sunday.", "byline"),
    ("tail", "Proudly powered by WordPress | Theme: Driftwood Lite by Pellacorn Themes.", "footer"),
    ("tail", "Subscribe to The Ledger Walk · Launched 2 years ago · Substack is the home for great culture", "footer"),
    ("tail", "Marjorie Fell says: March 4, 2026 at 7:42 am", "comments"),
    ("tail", "Like Liked by 3 people Reply", "comments"),
    ("tail", "Comments are moderated and will appear once approved by the editor.", "comments"),
    ("tail", "Like this: Like Loading...", "share"),
    ("head", "This post contains affiliate links. If you buy through them we may earn a small commission at no extra cost to you.", "notice"),
    ("tail", "← Previous post: Snowplough budget, explained | Next post: What the harbour levy pays for →", "other"),
    # French (6)
    ("tail", "Cet article a été publié initialement sur le blog Carnets du Vallon.", "marker"),
    ("body", '[annonce emplacement="milieu-article"]', "marker"),
    ("head", "Mis à jour le 3 mars 2026 à 09h12 — Temps de lecture estimé : 5 minutes", "reading-time"),
    ("tail", "Offrez-moi un café sur Ko-fi pour soutenir ce blog ☕", "byline"),
    ("tail", "Fourni par Blogger.", "footer"),
    ("tail", "Josiane Rabatel dit : 4 mars 2026 à 8 h 15 min", "comments"),
    # German (6)
    ("tail", "Zuerst erschienen im Blog „Feldnotizen“ von Gerwin Haldau.", "marker"),
    ("body", '[werbung position="content-mitte"]', "marker"),
    ("head", "Stand: 03.03.2026, 09:14 Uhr · Lesedauer ca. 4 Minuten", "reading-time"),
    ("tail", "Dir gefällt, was ich schreibe? Spendier mir einen Kaffee über PayPal.", "byline"),
    ("tail", "Bereitgestellt von Blogger.", "footer"),
    ("tail", "Dein Kommentar muss noch freigeschaltet werden.", "comments"),
    # Italian (6)
    ("tail", "Fonte originale: ilportolano-notizie.example (articolo ripubblicato automaticamente)", "marker"),
    ("body", '[banner_adv zona="centrale"]', "marker"),
    ("head", "Aggiornato il 3 marzo 2026 alle 09:14 — Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, sostienimi su Patreon: bastano 3 euro al mese.", "byline"),
    ("tail", "Tema: Gelsomino di Studio Arvelli | Realizzato con WordPress", "footer"),
    ("tail", "Rosanna Vettori 4 marzo 2026 alle 8:15 Rispondi", "comments"),
    # Polish (6)
    ("tail", "Tekst pierwotnie ukazał się na blogu „Zapiski znad Kanału”.", "marker"),
    ("body", "[reklama_srodek_artykulu]", "marker"),
    ("head", "Aktualizacja: 03.03.2026, 09:14 · Czas czytania: ok. 5 minut", "reading-time"),
    ("tail", "Postaw mi kawę na buycoffee.to – dzięki temu piszę dalej!", "byline"),
    ("tail", "Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Twój komentarz oczekuje na moderację.", "comments"),
    # Russian (6)
    ("tail", "Материал впервые опубликован в блоге «Записки с набережной».", "marker"),
    ("body", "[реклама_в_тексте id=7]", "marker"),
    ("head", "Обновлено 03.03.2026 в 09:14 · Время чтения: 5 минут", "reading-time"),
    ("tail", "Угостите автора кофе — ссылка на донат в описании канала.", "byline"),
    ("tail", "Технологии Blogger.", "footer"),
    ("tail", "Ваш комментарий ожидает проверки.", "comments"),
]

HELD_OUT_57_KEEP: list[tuple[str, str]] = [
    # English (7)
    ("body", "Originally the bridge was meant to open in May, but the steel arrived late from the mill."),
    ("body", "Support for the levy fell to 41 percent in the second count, the clerk said."),
    ("head", "Powered by a new boiler, the school gym stayed open through the cold snap."),
    ("body", "Leave was granted to the two councillors who missed the vote for family reasons."),
    ("tail", "Buy-back of the old depot land will cost the town 1.2 million over five years."),
    ("body", "Comments from residents filled three binders, the planning officer said."),
    ("tail", "Source documents for the audit were handed to the committee on Tuesday."),
    # French (3)
    ("body", "Mis à jour en janvier, le plan de circulation prévoit deux sens uniques de plus."),
    ("body", "Fourni par la région, le matériel de déneigement arrivera en décembre."),
    ("tail", "Cet article du règlement a été contesté par trois élus de l'opposition."),
    # German (3)
    ("body", "Zuerst soll die Grundschule saniert werden, danach die Turnhalle, sagte der Bürgermeister."),
    ("body", "Bereitgestellt werden die Mittel aus dem Landesprogramm für ländliche Räume."),
    ("tail", "Dein Beitrag zählt, lautete das Motto der Spendenaktion, die 12.000 Euro einbrachte."),
    # Italian (3)
    ("body", "Aggiornato il piano regolatore, il consiglio comunale ha approvato ventidue varianti."),
    ("body", "Fonte di preoccupazione per i commercianti è la chiusura del ponte per sei settimane."),
    ("tail", "Tema centrale della seduta è stato il trasporto scolastico nelle frazioni."),
    # Polish (2)
    ("body", "Tekst uchwały trafi do wojewody w przyszłym tygodniu, poinformował sekretarz gminy."),
    ("tail", "Komentarze radnych opozycji dotyczyły głównie kosztów budowy."),
    # Russian (2)
    ("body", "Материал для ремонта моста закупили ещё осенью, сообщили в администрации."),
    ("tail", "Обновлено расписание пригородных автобусов: с апреля добавятся два рейса."),
]


HELD_OUT_57_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-kite-festival-news", [
        ["-Quillhaven Kite Festival",
         "-Home | Programme | Flying field | Traders | News | Contact",
         "-Festival weekend: 23–24 May · Quillhaven West Sands",
         "-Wind now on the sands: 14 mph SW, gusting 21",
         "-Tickets | Parking | Accessibility",
         "-News › Festival updates"],
        ["+Giant inflatables return to the west sands after two-year gap"],
        ["-Posted by the festival team · 3 March 2026",
         "-Photo: last year's octopus kite over the dunes (festival archive)"],
        ["+The giant inflatable kites that drew the biggest crowds before the beach works will be back at this year's festival, the organisers confirmed on Monday."],
        ["+\"We waited until the council signed off the new dune fencing, because a forty-metre kite needs a lot of empty sand behind it,\" said festival chair Orla Penwright."],
        ["-Sponsored by Harbourside Fish & Chips — 10% off with your wristband",
         "-Want to fly with us? Register your team for the display arena"],
        ["+Who is flying this year",
         "+Three display teams from the north coast with their giant inflatables",
         "+A night-flying group with LED kites on the Saturday evening",
         "+The town's primary schools with kites built in class"],
        ["-Download the festival app for live flying times",
         "-Volunteer marshals wanted: free T-shirt and lunch"],
        ["+Kite flying for the public will move to the east end of the beach, away from the car park and the lifeguard tower."],
        ["+Organisers expect about 12,000 visitors over the weekend, roughly the numbers seen before the beach works began."],
        ["+Traffic on the seafront road will be one-way from 8 a.m. to 7 p.m. on both days."],
        ["-Share: Facebook · X · WhatsApp · Email",
         "-Related: Sand sculpture contest entries open",
         "-Related: Last year's festival in pictures",
         "-Sign up for festival news",
         "-Quillhaven Kite Festival is a registered charity, no. 0000000",
         "-Privacy | Cookies | Terms",
         "-© 2026 Quillhaven Kite Festival",
         "-Back to top"],
    ]),
    _page("en", "en-marathon-course-notice", [
        ["-Cindercombe Marathon 2026",
         "-Enter now | Course | Results | Charity places | FAQ",
         "-Race day: Sunday 19 April · 9:00 start",
         "-Entries: 2,814 of 3,000 places taken",
         "-Log in to your runner account",
         "-Race news › Course notices"],
        ["+Marathon course moves off Mill Lane after bridge survey"],
        ["-Updated 3 March 2026, 16:40",
         "-Route map PDF (1.2 MB)"],
        ["+The Cindercombe Marathon will avoid Mill Lane this year after a survey found the old railway bridge cannot take the weight of crowds and support vehicles."],
        ["+\"The bridge is safe for everyday use, but a few thousand spectators leaning on the parapet is another matter,\" said race director Keith Amberley."],
        ["-Official kit partner: Stridewell Running — runners get 15% off shoes",
         "-Deferral requests close on 31 March"],
        ["+What changes on the route",
         "+The course now turns left at the church and follows Station Road for 1.8 km",
         "+The water station at mile 9 moves to the school playing field",
         "+The relay changeover point stays at the leisure centre"],
        ["-Charity places still available — raise £350 for Cindercombe Hospice",
         "-Join the training group on Strava"],
        ["+The new route is 40 metres longer, so the start line has been moved back to keep the distance exact."],
        ["+Residents of Mill Lane will have full access to their homes on race day for the first time in eleven years."],
        ["+Road closures will be listed on the council's website two weeks before the race."],
        ["-Questions about your entry? Email entries@cindercombemarathon.example",
         "-Follow us: Instagram · Facebook · Strava",
         "-Race results powered by TimingDesk",
         "-Organised by Cindercombe Road Runners, affiliated to the national athletics body",
         "-Terms and conditions of entry",
         "-Cookie settings",
         "-© Cindercombe Road Runners 2026",
         "-Top ↑"],
    ]),
    _page("fr", "fr-sonneurs-cloches-rapport", [
        ["-Les Sonneurs de Pradeluzes",
         "-Accueil · Nos cloches · Agenda · Galerie · Nous écrire",
         "-Rechercher dans ce blog",
         "-Abonnez-vous par e-mail",
         "-Le blog de l'association des sonneurs",
         "-Libellés : carillon, restauration, fêtes"],
        ["+La grosse cloche de Pradeluzes sonnera de nouveau pour Pâques"],
        ["-Publié par Gilbert Saunal le mardi 3 mars 2026",
         "-Aucun commentaire"],
        ["+Descendue du clocher l'été dernier après la fissure de son battant, la grosse cloche de l'église Saint-Firmin a retrouvé sa place lundi matin."],
        ["+« Quand elle est remontée, tout le village était sur la place, certains avaient les larmes aux yeux », raconte Gilbert Saunal, président de l'association."],
        ["-Publicité : Quincaillerie Vidalenc, tout pour la maison",
         "-Adhésion 2026 : 15 € par famille"],
        ["+Ce qui a été réparé",
         "+Un battant neuf forgé dans un atelier de la région",
         "+Le joug en chêne, remplacé à l'identique",
         "+Les paliers, graissés et recalés"],
        ["-Prochaine répétition : jeudi 20 h, au clocher",
         "-Faire un don à l'association"],
        ["+Les travaux ont coûté 18 400 euros, dont la moitié a été financée par une souscription ouverte aux habitants."],
        ["+La sonnerie à la volée reprendra le dimanche de Pâques, à 10 h 45, avant la messe."],
        ["+Les jeunes qui souhaitent apprendre à sonner peuvent rejoindre l'équipe lors des répétitions du jeudi soir."],
        ["-Partager sur Facebook · Partager sur X · Envoyer par e-mail",
         "-Article plus récent | Accueil | Article plus ancien",
         "-Articles populaires",
         "-Visites : 12 874",
         "-Archives du blog : mars 2026 (2), février 2026 (3)",
         "-Contact : sonneurs.pradeluzes@example.org",
         "-Thème Simple.",
         "-Haut de la page"],
    ]),
    _page("fr", "fr-colombophilie-resultats", [
        ["-Société colombophile L'Hirondelle d'Aubrelac",
         "-Accueil | Concours | Palmarès | Adhérer | Contact",
         "-Lâcher du jour : conditions favorables, vent faible de nord-est",
         "-Espace membres – connexion",
         "-Prochain concours : dimanche 15 mars",
         "-Résultats › Saison 2026"],
        ["+Premier concours de vitesse : un pigeon de Lucien Bouvarel l'emporte"],
        ["-Par le secrétariat du club – 3 mars 2026",
         "-Lu 342 fois"],
        ["+Le premier concours de vitesse de la saison, lâché samedi à 8 h 30 à 180 kilomètres d'Aubrelac, a réuni 412 pigeons de 23 amateurs."],
        ["+« Le vent de dos a aidé, mais ce jeune mâle a pris la bonne ligne dès le départ », a commenté Lucien Bouvarel, dont le pigeon a tenu 1 412 mètres par minute."],
        ["-Publicité : Graines et mélanges Castagnède, livraison gratuite",
         "-Bagues 2026 disponibles auprès du trésorier"],
        ["+Les trois premiers du classement",
         "+1. Lucien Bouvarel, 1 412 m/min",
         "+2. Famille Trémoulet, 1 398 m/min",
         "+3. Rémi Gaschon, 1 391 m/min"],
        ["-Téléchargez le classement complet (PDF)",
         "-Cotisation annuelle : 30 €, à régler avant le 31 mars"],
        ["+Aucun pigeon n'a été perdu, ce qui n'était plus arrivé depuis quatre saisons sur ce parcours."],
        ["+Le club rappelle que les paniers doivent être déposés au local avant 19 h la veille de chaque lâcher."],
        ["+Le prochain concours partira de 320 kilomètres, un parcours de demi-fond."],
        ["-Commentaires (1)",
         "-Josette Marcaury : Bravo Lucien, belle régularité ! – Répondre",
         "-Partager : Facebook | WhatsApp | Imprimer",
         "-Club affilié à la fédération régionale",
         "-Siège : café des Tilleuls, 2 place de la Mairie, Aubrelac",
         "-Créé avec SiteAmical",
         "-Mentions légales",
         "-© 2026 L'Hirondelle d'Aubrelac"],
    ]),
    _page("de", "de-spielothek-neuigkeiten", [
        ["-Familienzentrum Lindewarth e. V. – Miteinander im Quartier",
         "-Startseite | Angebote | Spielothek | Kurse | Kontakt",
         "-Heute geöffnet: 15–18 Uhr",
         "-Leichte Sprache | Gebärdensprache",
         "-Suche",
         "-Sie sind hier: Spielothek › Aktuelles"],
        ["+Spielothek verleiht jetzt auch Brettspiele für Erwachsene"],
        ["-Eingestellt am 03.03.2026 von Team Spielothek",
         "-Bild: Ausleihregal im Familienzentrum (Foto: Familienzentrum)"],
        ["+Die Spielothek im Familienzentrum Lindewarth hat ihr Angebot erweitert: Seit dieser Woche können auch Strategie- und Gesellschaftsspiele für Erwachsene ausgeliehen werden."],
        ["+„Viele Eltern haben gefragt, ob es auch etwas für den Abend gibt, wenn die Kinder im Bett sind“, sagt Leiterin Sabine Oltmanns."],
        ["-Anzeige: Spielwaren Kornmayer – Ihr Fachgeschäft am Markt",
         "-Jetzt Mitglied werden im Förderverein"],
        ["+So funktioniert die Ausleihe",
         "+Bis zu drei Spiele gleichzeitig für drei Wochen",
         "+Ein Jahresausweis kostet 10 Euro pro Familie",
         "+Fehlende Teile werden nicht berechnet, bitte aber melden"],
        ["-Spieleabend für Erwachsene: jeden ersten Freitag, 19 Uhr",
         "-Newsletter abonnieren"],
        ["+Rund 140 neue Spiele wurden mit Spenden eines örtlichen Unternehmens angeschafft."],
        ["+Die Spielothek zählte im vergangenen Jahr mehr als 3.200 Ausleihen, vor allem Puzzles und Bauspielzeug."],
        ["+Ehrenamtliche prüfen jedes zurückgegebene Spiel auf Vollständigkeit, bevor es wieder ins Regal kommt."],
        ["-Teilen: Facebook | WhatsApp | E-Mail",
         "-Das könnte Sie auch interessieren: Krabbelgruppe sucht neue Räume",
         "-Familienzentrum Lindewarth e. V., Brunnenstraße 7",
         "-Telefon 00000 000000",
         "-Spendenkonto: IBAN DE00 0000 0000 0000 0000 00",
         "-Impressum | Datenschutz | Barrierefreiheit",
         "-Cookie-Einstellungen",
         "-Nach oben"],
    ]),
    _page("de", "de-wildtierstation-tagebuch", [
        ["-Wildtierhilfe Hüttenbrach e. V.",
         "-Home · Tier gefunden? · Patenschaften · Tagebuch · Spenden",
         "-Notfalltelefon: 0000 000000 (täglich 8–20 Uhr)",
         "-Tier gefunden? Bitte erst anrufen, dann bringen!",
         "-Jetzt spenden",
         "-Tagebuch › März 2026"],
        ["+Aufnahmetagebuch: Erster Igel des Frühjahrs und ein Mäusebussard"],
        ["-3. März 2026 · Kategorie: Aufnahmen",
         "-7 Kommentare"],
        ["+In der vergangenen Woche hat die Station elf Tiere aufgenommen, darunter einen stark untergewichtigen Igel, der zu früh aus dem Winterschlaf erwacht war."],
        ["+„Der Igel wog nur 310 Gramm, jetzt frisst er gut und hat schon 60 Gramm zugelegt“, berichtet Tierpflegerin Jana Reuschel."],
        ["-Werbung: Tierarztpraxis am Mühlbach – Kleintiere und Exoten",
         "-Werde Igelpate ab 5 € im Monat"],
        ["+Aufnahmen der Woche",
         "+Ein Mäusebussard mit Flügelverletzung von der Landstraße",
         "+Vier junge Tauben aus einem Dachboden",
         "+Ein Igel, viel zu leicht für die Jahreszeit"],
        ["-Wunschliste: Katzenfutter ohne Soße, Küchenrolle, Heizmatten",
         "-Folge uns auf Instagram für tägliche Updates"],
        ["+Der Mäusebussard wird voraussichtlich drei Wochen bleiben, bis der Flügel wieder trägt."],
        ["+Die Station bittet, Jungvögel nicht vorschnell mitzunehmen, da die Eltern oft in der Nähe sind."],
        ["+Im ganzen Jahr 2025 wurden 1.146 Wildtiere versorgt, fast ein Drittel davon Igel."],
        ["-Kommentare",
         "-Birgit K. am 3. März 2026 um 19:02: Danke für eure tolle Arbeit! Antworten",
         "-Kommentar schreiben",
         "-Gemeinnützig anerkannt – Spenden sind steuerlich absetzbar",
         "-Wildtierhilfe Hüttenbrach e. V. · Am Bruchweg 3",
         "-Impressum · Datenschutz",
         "-Erstellt mit Jimdo",
         "-Nach oben"],
    ]),
    _page("it", "it-poetry-slam-resoconto", [
        ["-Slam di Castelvolpino",
         "-Home | Chi siamo | Serate | Regolamento | Contatti",
         "-Prossima serata: venerdì 27 marzo, ore 21",
         "-Iscriviti come poeta: posti limitati",
         "-Cerca nel sito",
         "-Sei in: Home › Serate › Resoconti"],
        ["+Allo slam di febbraio vince una studentessa di diciannove anni"],
        ["-Pubblicato da Redazione Slam il 3 marzo 2026",
         "-Foto di Matteo Lunardelli"],
        ["+Il circolo di via delle Fornaci era pieno sabato sera per la quarta tappa del campionato cittadino di poetry slam."],
        ["+«Ho scritto la poesia in treno, tornando dall'università, e l'ho finita dieci minuti prima di salire sul palco», ha detto la vincitrice Giada Ferlenghi."],
        ["-Pubblicità: Libreria Il Ramo d'Oro, sconti per gli slammer",
         "-Tesseramento 2026: 10 euro, anche al bar del circolo"],
        ["+La classifica della serata",
         "+Giada Ferlenghi, 28,5 punti",
         "+Tommaso Adinolfi, 27,9 punti",
         "+Marisa Cantagalli, 27,1 punti"],
        ["-Guarda i video delle esibizioni sul nostro canale",
         "-Seguici su Instagram e TikTok"],
        ["+La giuria era formata da cinque spettatori estratti a sorte all'ingresso, come prevede il regolamento."],
        ["+Ferlenghi accede così alla finale regionale, in programma a maggio."],
        ["+Si sono esibiti quattordici poeti, sei dei quali alla loro prima gara."],
        ["-Condividi: Facebook | WhatsApp | Telegram",
         "-Commenti (2)",
         "-Luca B. – 3 marzo 2026 ore 10:12 – Serata bellissima, complimenti a tutti!",
         "-Associazione culturale Slam Castelvolpino – C.F. 00000000000",
         "-Privacy policy | Cookie policy",
         "-Sito realizzato da Pixelfonte",
         "-© 2026 Tutti i diritti riservati",
         "-Torna su"],
    ]),
    _page("it", "it-restauro-pozzo", [
        ["-Pro Loco Salvanera",
         "-Home · Eventi · Il borgo · Dove dormire · Contatti",
         "-Meteo Salvanera: 9 °C, nuvoloso",
         "-Scarica la mappa dei sentieri",
         "-IT | EN | DE",
         "-Notizie dal borgo"],
        ["+Il vecchio pozzo di piazza San Rocco torna a vedere l'acqua"],
        ["-Aggiornamento del 3 marzo 2026",
         "-Letture: 518"],
        ["+Dopo cinque mesi di lavori, il pozzo in pietra al centro della piazza di Borgo Salvanera è stato ripulito e messo in sicurezza."],
        ["+«Mio nonno ci prendeva l'acqua per tutta la famiglia, rivederlo così è un'emozione», ha raccontato Elvira Casagrande, tra i volontari del cantiere."],
        ["-Pubblicità: Agriturismo Le Ginestre, pranzo della domenica a 25 euro",
         "-Diventa socio della Pro Loco"],
        ["+I lavori eseguiti",
         "+La rimozione di tre metri di detriti dal fondo",
         "+Il consolidamento del parapetto con pietra locale",
         "+Una grata in ferro battuto per la sicurezza dei bambini"],
        ["-Dona il 5x1000 alla Pro Loco: C.F. 00000000000",
         "-Prossimo evento: sagra della castagna, ottobre"],
        ["+Il restauro è costato 23.000 euro, coperti in parte da un bando regionale per i piccoli borghi."],
        ["+L'inaugurazione è prevista per il primo maggio, con una visita guidata del centro storico."],
        ["+I volontari hanno anche ritrovato una vecchia carrucola, che sarà esposta nella sala del municipio."],
        ["-Condividi su Facebook",
         "-Potrebbe interessarti anche: I murales del vicolo dei Tessitori",
         "-Pro Loco Salvanera APS – Piazza San Rocco 1",
         "-Orari ufficio turistico: sab e dom 10–13",
         "-Note legali | Privacy",
         "-Credits: Studio Ventisette Web",
         "-Seguici su Facebook e Instagram",
         "-Torna all'inizio"],
    ]),
    _page("pl", "pl-zbiorka-zlomu", [
        ["-Sołectwo Kamionka Jarzębna",
         "-Strona główna | Aktualności | Sołtys | Rada sołecka | Kontakt",
         "-Dziś: wtorek, 3 marca 2026",
         "-Imieniny: Kunegundy, Tycjana",
         "-Wersja kontrastowa | A+ A-",
         "-Aktualności"],
        ["+Zbiórka złomu w sobotę: pieniądze pójdą na nowy plac zabaw"],
        ["-Dodano: 03.03.2026, autor: sołtys",
         "-Wyświetleń: 287"],
        ["+W najbliższą sobotę mieszkańcy Kamionki Jarzębnej będą mogli oddać niepotrzebny złom, a cały dochód ze sprzedaży zostanie przeznaczony na plac zabaw przy świetlicy."],
        ["+– Zeszłoroczna zbiórka dała prawie cztery tysiące złotych, teraz liczymy na więcej – mówi sołtys Halina Wierzbięta."],
        ["-Reklama: Auto-Części Grabek – oleje i filtry w dobrych cenach",
         "-Zapisz się na powiadomienia SMS z sołectwa"],
        ["+Co można oddać",
         "+Stare rowery, felgi i garnki",
         "+Blachę, rury i druty bez izolacji",
         "+Zepsute pralki i lodówki po uzgodnieniu z sołtysem"],
        ["-Gminny punkt selektywnej zbiórki odpadów: czynny w środy i soboty",
         "-Ogłoszenie: zgubiono klucze przy przystanku, odbiór w sklepie"],
        ["+Złom będzie odbierany sprzed posesji od godziny 8, wystarczy wystawić go przy furtce."],
        ["+Przyczepę i ciągnik użyczył jeden z rolników, a do pomocy zgłosiło się ośmiu strażaków ochotników."],
        ["+Plac zabaw ma powstać do czerwca, jeśli uda się uzupełnić brakującą kwotę z funduszu sołeckiego."],
        ["-Udostępnij: Facebook | Messenger",
         "-Poprzedni wpis: Zebranie wiejskie 12 lutego",
         "-Kontakt z sołtysem: tel. 000 000 000",
         "-Polityka prywatności | Mapa strony",
         "-Strona korzysta z plików cookies. Akceptuję",
         "-Projekt i wykonanie: WiejskieStrony",
         "-© 2026 Sołectwo Kamionka Jarzębna",
         "-Do góry"],
    ]),
    _page("pl", "pl-satelity-krotkofalowcy", [
        ["-Klub Łączności Satelitarnej „Perygeum”",
         "-Start | Aktualności | Przeloty | Sprzęt | Dołącz",
         "-Najbliższy przelot ISS: 21:14, el. maks. 47°",
         "-Logowanie dla członków",
         "-Szukaj…",
         "-Aktualności › Raporty z łączności"],
        ["+Pierwsza łączność przez satelitę z naszej nowej stacji na dachu szkoły"],
        ["-Opublikowano 3 marca 2026 przez admin",
         "-Czas czytania: 3 min"],
        ["+Uczniowie technikum w Czaplinowie nawiązali w sobotę pierwszą łączność przez amatorskiego satelitę z anteny zamontowanej na dachu szkoły."],
        ["+– Mieliśmy tylko dziewięć minut przelotu i udało się zrobić cztery łączności, w tym jedną z Portugalią – mówi opiekun klubu Marek Sadłowicz."],
        ["-Reklama: Sklep krótkofalarski Antenka – kable, złącza, przedwzmacniacze",
         "-Składka klubowa na 2026 rok: 60 zł"],
        ["+Z kim udało się połączyć",
         "+Stacja z Portugalii, odległość ok. 2300 km",
         "+Dwie stacje z południa Polski",
         "+Jedna stacja z Czech przy elewacji zaledwie 8 stopni"],
        ["-Pobierz log łączności (ADIF)",
         "-Dołącz do naszego kanału na Discordzie"],
        ["+Antena została zbudowana przez uczniów z aluminiowych prętów i drewnianego wysięgnika."],
        ["+Klub planuje w kwietniu próbę odbioru zdjęć z satelity meteorologicznego."],
        ["+Zajęcia są otwarte dla wszystkich uczniów, także tych bez licencji krótkofalarskiej."],
        ["-Komentarze (1)",
         "-Tomasz_R 3 marca 2026 o 20:41 Gratulacje dla młodzieży! Odpowiedz",
         "-Udostępnij: Facebook · X · LinkedIn",
         "-Klub działa przy Technikum nr 2 w Czaplinowie",
         "-Kontakt: perygeum@example.pl",
         "-Strona działa na WordPress",
         "-Polityka cookies",
         "-Do góry ↑"],
    ]),
    _page("ru", "ru-gorodki-rezultaty", [
        ["-Клуб городошного спорта «Ельнегорская бита»",
         "-Главная | Новости | Результаты | Тренировки | Контакты",
         "-Погода в Ельнегорске: −3 °C, снег",
         "-Запись на тренировки: тел. 8 (000) 000-00-00",
         "-Поиск по сайту",
         "-Новости › Соревнования"],
        ["+Городошники Ельнегорска выиграли областной кубок"],
        ["-03.03.2026 | Просмотров: 214",
         "-Фото: пресс-служба клуба"],
        ["+Команда клуба «Ельнегорская бита» заняла первое место на зимнем областном кубке по городошному спорту, который прошёл в выходные."],
        ["+«Лёд был неровный, фигуры стояли плохо, но ребята выбивали всё с первой биты», — рассказал тренер команды Виктор Шелухин."],
        ["-Реклама: спорттовары «Разминка», скидка 10% членам клуба",
         "-Членский взнос на 2026 год — 1200 ₽"],
        ["+Итоги кубка",
         "+1. «Ельнегорская бита» — 96 бит",
         "+2. Сборная Тальниковского района — 104 биты",
         "+3. Клуб «Городки-Нагорье» — 111 бит"],
        ["-Смотрите видео финала в нашей группе ВКонтакте",
         "-Скачать протокол соревнований (PDF)"],
        ["+Лучший результат в личном зачёте показал 17-летний Артём Гвоздарёв, выбивший все фигуры за 22 биты."],
        ["+Следующий турнир клуб проведёт на собственной площадке в конце марта."],
        ["+Тренировки для новичков проходят по субботам, биты выдаются бесплатно."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (1)",
         "-Николай П., 03.03.2026 в 18:20: Молодцы, так держать! Ответить",
         "-Вход | Регистрация",
         "-Политика конфиденциальности",
         "-Сайт создан на конструкторе СайтПросто",
         "-© 2026 Клуб «Ельнегорская бита»",
         "-Наверх"],
    ]),
    _page("ru", "ru-banya-otkrytie", [
        ["-Городская баня № 2, г. Сорокодубск",
         "-Главная | Услуги и цены | Расписание | Новости | Контакты",
         "-Сегодня открыто: 10:00–22:00, мужской день",
         "-Забронировать отдельный номер",
         "-Версия для слабовидящих",
         "-Новости"],
        ["+Баня на Заречной улице снова открыта после ремонта"],
        ["-Опубликовано 03.03.2026 администрацией",
         "-Просмотров: 1 047"],
        ["+Городская баня № 2 возобновила работу после полугодового ремонта, во время которого заменили печи, трубы и всю отделку парилок."],
        ["+«Печь теперь дровяная, как в старые времена, пар мягкий и держится дольше», — говорит директор бани Любовь Кравчинская."],
        ["-Акция: каждое пятое посещение — бесплатно",
         "-Подарочные сертификаты в продаже"],
        ["+Что изменилось после ремонта",
         "+Две новые парилки — финская и русская",
         "+Отдельная комната отдыха с чаем из самовара",
         "+Пандус и поручни для посетителей с ограниченной подвижностью"],
        ["-Купить веники и шапки можно на кассе",
         "-Реклама: массажный кабинет «Ладонь», запись по телефону"],
        ["+Цена разового билета осталась прежней — 450 рублей, для пенсионеров действует скидка."],
        ["+Ремонт обошёлся городу в 14 миллионов рублей, часть средств выделили из областного бюджета."],
        ["+В первые выходные после открытия баню посетили более 600 человек."],
        ["-Отзывы посетителей (3)",
         "-Ирина, 02.03.2026: Спасибо, парилка отличная! Ответить",
         "-Поделиться в Telegram",
         "-Адрес: ул. Заречная, 5. Телефон: 8 (000) 000-00-00",
         "-Учредитель: администрация г. Сорокодубск",
         "-Политика обработки персональных данных",
         "-Разработка сайта: «ВебКрай»",
         "-Наверх ↑"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-kite-festival-news':
        "the kite festival's news page keeps its register-your-team line between the paragraphs (1 of 20 noise lines)",
    'en-marathon-course-notice':
        "the marathon organiser's course notice keeps its deferral-deadline line between the paragraphs and its charity-places appeal after the list rows (2 of 20 noise lines)",
    'fr-colombophilie-resultats':
        "the pigeon club's race results keep its leg-rings line between the paragraphs, and its annual-fee reminder after the list rows (2 of 20 noise lines)",
    'it-poetry-slam-resoconto':
        "the poetry slam's recap keeps its watch-the-videos line after the list rows (1 of 20 noise lines)",
    'pl-zbiorka-zlomu':
        "the village scrap-metal collection notice keeps its municipal waste-point opening-hours line after the list rows (1 of 20 noise lines)",
    'ru-banya-otkrytie':
        "the bathhouse's reopening news keeps its buy-brooms-and-hats line after the list rows (1 of 20 noise lines)",
}


test_held_out_57_line, test_held_out_57_line_is_kept, test_held_out_57_page = held_out_tests(
    HELD_OUT_57_LINES, HELD_OUT_57_KEEP, HELD_OUT_57_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
