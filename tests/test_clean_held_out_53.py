"""Held-out set 53: written blind, weighted toward the noise the cleaner exists for, in shapes set 52's
docstring does not name: scraper and ad markers of content farms and auto-blogs (unrendered bracketed ad
shortcodes: an English "[sponsored-content id="4471" position="top"]" and "[ads-mid-article]", a German
"[werbung id="mitte-2"]", an Italian "[inserzione-adv slot="centrale"]", a Russian "[реклама id=2]"; a
French template placeholder "{{pub_milieu_article}}" between double braces and a Polish
"[[REKLAMA-ŚRODEK]]" between double brackets), originally-published and source credits in other wordings
(an English "Originally published at <site> on <date>.", a French "Article initialement publié sur le
blog de l'auteur, « ... ».", a German "Ursprünglich veröffentlicht auf dem Blog „...“.", an Italian
"Fonte originale: <paper> — riprodotto automaticamente dal feed RSS.", a Polish "Materiał pochodzi z
serwisu <site> — przedruk automatyczny." and a Russian "Оригинал статьи опубликован на сайте «...».")
and an English affiliate-link disclosure; reading-time and date headers in new shapes (an English
"Reading Time: 4 minutes (812 words)" with a word count, an English "Last updated: 03/03/2026 – 4:17 pm
EST" with a time zone, and update-time-plus-reading-time headers in French, German, Italian, Polish and
Russian); bylines with the author's bio and self-promotion (an English Patreon plug, an English author
bio ending in a media-training and consulting plug, an English keynotes-and-workshops booking plug, a
French Tipeee plug, a German Steady plug, an Italian Substack-newsletter plug, a Polish Patronite plug
and a Russian Boosty plug); blog footers (the WordPress comment-form heading with its cancel link,
"Leave a Reply Cancel reply", in English, French, German, Italian, Polish and Russian, an English
"Proudly powered by WordPress | Theme: <theme> by <maker>." and an English WordPress.com likes row "Like
Loading... 4 bloggers like this."); reader comment lines (comment rows with name, date, text and
Reply/Like links in English, Italian and Russian, and moderation notes in English, French, German and
Polish); an English WordPress.com share row "Share this: Click to share on Facebook (Opens in new
window) ..."; and toward whole scraped news and opinion pages in layouts sets 41 to 52 did not use (a
makerspace's blog, a blood service's donor appeal, a choir's concert news, a lighthouse preservation
society's update, a beekeepers' association newsletter, a municipal utility's swimming-pool closure
notice, a dance school's news, a veterans' association's commemoration report, a bird-watching group's
sightings report, a taxi cooperative's notice, an amateur theatre troupe's news and a nature reserve
ranger's diary).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 52) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 52, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page``
node's source segments, and the file from the ``_marks`` node's line to the end; the script printed
nothing of the other top-level statements); the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value;
and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 52's with 52 -> 53 (with
the empty ``_KEEP_XFAIL`` table set 52's tail holds). Nothing below was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s53 at commit
2853c2d3dfca33a46c8ffa4bf7b949564f6120fc) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (2) main moved
between my first step (HEAD 34924f600aab9195643e9faf4dfacdde3fb7d597) and the making of the worktrees
(HEAD 2853c2d3dfca33a46c8ffa4bf7b949564f6120fc); the set was measured at the latter. ``git worktree
add`` printed, as git does, the subject line of that commit (a README and docs/ reorganisation whose
subject quotes the summed before-round figures of sets 41-52); it was seen after the lists and pages
were finished and changed nothing in them. ``git worktree list`` at my first step showed the name of
another helper's worktree and branch; nothing in it was looked at. (3) Before the measurement the draft
was executed from a scratch folder (/tmp/s53-scratch) with a stand-in ``page_from_blocks`` that only
counted lines and checked that no page noise line repeats on its page, is a substring of an article line
of its page or repeats a line of ``HELD_OUT_53_LINES`` (no case was run through the cleaner): on
ru-zapovednik-dnevnik the breadcrumb "Дневник инспектора" was a substring of the title and became
"Главная › Дневник инспектора". (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its
FAILED lines and summary, so no tracebacks were seen; the problems were then read out once with
``_problems`` in the frozen worktree by a script that ran it on every line, keep line and page of this
set and printed the problems of the failing ones, to write the xfail reasons. (5) Invented place names
were checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Kerbrenic,
Hummelsried, Borgoferrano, Roccavellina, Wrzosławice, Saint-Vérandel, Wernsbrück, Brévaille, Jarzębinów
(in "Głos Jarzębinowa"), Верхнелесск (in "Верхнелесский") and Тихоозёрск had no hits, nor had "Pellinor
Gazette"; "Ashquill" occurs only as a game character's and a user's name, "Brindlecote" only as an
invented name in others' test data, "Quellwitz" only as an invented surname, and "Korsmin" and
"Valdorsa" only inside longer identifiers. A first choice, Ольшанец, was dropped before use because a
real village Верхний Ольшанец turned up. Not checked: Pellinor alone (close to the Arthurian king
Pellinore), harrowmere-notes.example, the stream Selvana, Carrow Street, Canal Yard, Kurpark,
Grundschule Nord, Gasthaus Linde, Hofladen Brandl, Via Garibaldi, ul. Dworcowa, ul. Центральная and Am
Wasserturm (generic names that exist in many real towns), the organisations, firms and sites (Ashquill
Makerspace, Brindlecote Regional Blood Service, GiveBlood Brindlecote, Chœur À Travers Chants, the
Kerbrenic lighthouse association, Imkerverein Hummelsried, Stadtwerke Bad Quellwitz, Passo d'Oro,
WebStudio Ferrani, Sodalizio Reduci di Roccavellina, Grupa „Czajka”, Optyka Sokół, Spółdzielnia Taxi
„Korsmińska”, театр-студия «Зеркало», заповедник «Верхнелесский», Fernhill Lite, Brackenworks, Carnets
de Brévaille, Feldnotizen aus Wernsbrück, Gazzetta di Valdorsa, «Северная хроника Тихоозёрска», the
.example sites) and the people. "À travers chants", "Passo d'Oro", "Czajka" and «Зеркало» are punning or
common names that real choirs, schools, groups and theatres may well carry. (6) Some lines name real
things, as real pages do: WordPress, WordPress.com, Patreon, Tipeee, Steady, Substack, Patronite,
Boosty, Facebook, X, WhatsApp, Instagram, YouTube, TikTok, Messenger, Telegram, ВКонтакте,
Одноклассники, Jimdo, SiteW, Altervista, Tilda, App Store, Google Play, Fauré, Racine and Mozart and
their works, Chekhov's "Вишнёвый сад" and its characters, the Fête de la musique, the French association
law of 1901, SIRET, NIP, IBAN, ФГБУ, МБУК, the Italian 5 per mille and C.F., and the Varroa mite; phone,
tax, bank and register numbers are zero-filled. (7) Set 52's docstring names only its own shapes and
earlier sets' page layouts; some shapes here ("Leave a Reply Cancel reply" and its translations,
"Proudly powered by WordPress", "Your comment is awaiting moderation." and its translations, the
WordPress.com share row, "Reading Time: N minutes") are standard wordings that a set before 52 may have
used in some language. I could not check the earlier sets.

Judgement calls: the keep lines opening with "Support for", "Leave requests", "Share prices", "Reading
the", "Last year", "Powered by", "Like many", "Laisser le", "Les commentaires", "Mis à part", "Lesezeit
für", "Ursprünglich sollte", "Unterstützung für", "Lascia perplessi", "Fonte di", "Tempo pieno", "Czas
oczekiwania", "Materiał dowodowy", "Источник финансирования" and "Время ожидания" are article sentences.
Date headers with or without reading times are counted as reading-time lines; shortcodes, placeholders,
originally-published, source and reprint credits as markers; bios, patronage, newsletter and speaking
plugs as bylines; comment-form headings, engine and theme credits and the likes row as footers;
moderation notes and comment rows as comments; the share row as share and the affiliate disclosure as a
notice. On every page the title, the subheading, its three list rows, the paragraph with the quote and
the other four paragraphs are article (10 lines a page) and everything else is noise (20 lines a page:
six lines above the title, two under it, two and two between the paragraphs, eight at the foot); in
particular on en-blood-donation-appeal the stock-level widget above the title, the appeal-issued and
reading-time lines and the eligibility quiz are noise; on fr-phare-sauvegarde the update line and
reading time are noise; on de-imkerverein-rundbrief the next-meeting line and the newsletter issue line
are noise; on de-hallenbad-schliessung the fault hotline and the print/share line are noise; on
it-reduci-commemorazione the "Resoconto a cura del segretario" line and the date-with-reading-time line
are noise; on pl-taxi-komunikat the board's notice date and reading time are noise while the last
paragraph (passengers may send remarks to the office) is article; on ru-zapovednik-dnevnik the title
"Дневник инспектора: ..." is article while the menu item and breadcrumb naming the diary, the entry date
and the author line are noise. The rows: en-makerspace-blog "What got fixed", en-blood-donation-appeal
"Who is asked to come forward", fr-chorale-concert "Le programme de la soirée", fr-phare-sauvegarde "Ce
qui reste à faire", de-imkerverein-rundbrief "Was der Verein jetzt rät", de-hallenbad-schliessung "Was
die Schließung bedeutet", it-scuola-danza-news "I risultati della scuola", it-reduci-commemorazione "Il
programma della giornata", pl-ptaki-obserwacje "Najciekawsze obserwacje lutego", pl-taxi-komunikat "Nowe
stawki", ru-teatr-studiya-novosti "Кто занят в спектакле" and ru-zapovednik-dnevnik "Что ещё отмечено за
неделю", each with three rows; all of them are article.

Contents: 45 noise lines (marker 13, reading-time 7, byline 8, footer 8, comments 7, share 1, notice 1;
by language en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 2, share 1, notice 1) and fr,
de, it, pl, ru 6 each (marker 2, reading-time 1, byline 1, footer 1, comments 1)), 20 keep lines (en 7,
fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a
page): en-makerspace-blog (a makerspace's blog post on a repair café, with a reader comment),
en-blood-donation-appeal (a regional blood service's appeal for O negative donors), fr-chorale-concert
(a choir's news on its Fauré Requiem concert), fr-phare-sauvegarde (a lighthouse preservation society's
update on the lantern dome's return), de-imkerverein-rundbrief (a beekeepers' association newsletter on
winter colony losses), de-hallenbad-schliessung (a municipal utility's notice closing the indoor pool
for six weeks), it-scuola-danza-news (a dance school's news on a regional competition result),
it-reduci-commemorazione (a veterans' association's report of a commemoration of young deminers),
pl-ptaki-obserwacje (a bird-watching group's sightings report on early cranes), pl-taxi-komunikat (a
taxi cooperative's notice of new fares), ru-teatr-studiya-novosti (an amateur theatre troupe's news on a
new cast of a Chekhov play) and ru-zapovednik-dnevnik (a nature reserve ranger's diary entry on lynx
tracks); every page holds a title, a subheading with list rows, a quote in the article and noise above
the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 2853c2d3dfca33a46c8ffa4bf7b949564f6120fc, measured with ``cd
/tmp/wt-s53 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s53/src python -m pytest -q
tests/test_clean_held_out_53.py -rA -p no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s53 &&
PYTHONPATH=/tmp/wt-s53/src python scripts/clean_held_out_report.py --sets 53``, with the xfail tables
empty): noise lines removed 37/45 (marker 7/13, reading-time 7/7, byline 7/8, footer 8/8, comments 6/7,
share 1/1, notice 1/1; missed, all kept as paragraphs: the English "[ads-mid-article]", the English
"Available for keynotes, panels and corporate workshops: booking@danaquill.example", the French "Article
initialement publié sur le blog de l'auteur, « Carnets de Brévaille ».", the Italian "[inserzione-adv
slot="centrale"]", the Italian "Fonte originale: Gazzetta di Valdorsa — riprodotto automaticamente dal
feed RSS.", the Polish "Materiał pochodzi z serwisu Głos Jarzębinowa — przedruk automatyczny.", the
Russian "Оригинал статьи опубликован на сайте «Северная хроника Тихоозёрска»." and the Russian "Ирина К.
04.03.2026 в 08:12 Спасибо, очень подробно. Ответить"); keep lines kept 20/20; pages 1/12 clean
(pl-ptaki-obserwacje), 25 of 240 page noise lines left and 4 of 120 article lines lost:
en-makerspace-blog 1 left ("Members get 10% off all laser-cutter materials this month");
en-blood-donation-appeal 3 left ("Check if you can donate – take our 2-minute eligibility quiz", "Share
this appeal: Facebook · X · WhatsApp" and "Find your nearest session"); fr-chorale-concert 1 left
("Devenez membre bienfaiteur : adhésion à partir de 20 €"); fr-phare-sauvegarde 4 left ("Photo : la
coupole suspendue au-dessus de la tour. © Association", "Suivez l'avancée du chantier sur notre page
Facebook", "Boutique : cartes postales et maquettes du phare" and "Newsletter : recevez nos actualités
chaque trimestre"); de-imkerverein-rundbrief 3 left ("Honig aus Hummelsried – jetzt im Hofladen Brandl
erhältlich", "Anmeldung zum Imkerkurs für Einsteiger bis 31. März" and "Download: Formular Völkermeldung
(PDF)"); de-hallenbad-schliessung 3 left ("Jetzt Saisonkarte für das Freibad sichern!", "Newsletter der
Stadtwerke abonnieren" and "Weitere Meldungen"); it-scuola-danza-news 2 left ("Guarda il video
dell'esibizione sul nostro canale Instagram" and "Affitto sala per prove e feste: chiedi in
segreteria"); it-reduci-commemorazione 0 left and 3 article lines lost (the rows "messa nella chiesa
parrocchiale alle 10", "corteo fino al ponte con la banda musicale" and "deposizione della corona e
lettura dei nomi"); pl-taxi-komunikat 3 left ("Zamów kurs przez aplikację i zbieraj punkty!", "Praca dla
kierowców – dołącz do nas" and "Przeczytaj również: Nowy postój przy szpitalu") and 1 article line lost
(the row "1 km w taryfie nocnej i świątecznej – 4,60 zł"); ru-teatr-studiya-novosti 2 left ("Фото:
репетиция второго акта. Фото пресс-службы ДК" and "Купить билет онлайн"); ru-zapovednik-dnevnik 3 left
("Экологическая тропа открыта с 1 мая", "Стать волонтёром заповедника" and "Ранее в дневнике: Учёт
копытных по первому снегу"). The failing cases are strict xfails.

Still held out after round 51 (development on set 52; measured once with ``python
scripts/clean_held_out_report.py --sets 53`` and ``pytest tests/test_clean_held_out_53.py`` on this set
rebased onto main after round 51 merged, 0aeb15f, 2026-12-03): exactly as at baseline: noise lines
removed 37/45 (the same eight lines missed), article lines kept 20/20, pages 1/12 clean, 25 of 240 page
noise lines left and 4 of 120 article lines lost (58 passed, 19 xfailed; no case passes that failed).

Round 52 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 53`` and ``pytest tests/test_clean_held_out_53.py`` at
9021bae (before) and the round's last commit on branch round52 (after): noise lines 37 -> 45/45
(marker 7 -> 13/13, reading-time 7 -> 7/7, byline 7 -> 8/8, footer 8 -> 8/8, comments 6 -> 7/7, share
1 -> 1/1, notice 1 -> 1/1), pages 1 -> 2/12 clean, page noise lines left 25 -> 22 of 240, article lines
lost 4 -> 0 of 120. The losses first, as mechanisms: on it-reduci-commemorazione the three lower-case
programme rows (39 to 43 characters, each too long for the next row's first word to fit on it) read as
one hard-wrapped paragraph and were joined; a block none of whose lines, the last included, closes a
sentence is now a list, not a wrap (segment.py). On pl-taxi-komunikat the row "1 km w taryfie nocnej i
świątecznej – 4,60 zł" read as a widget beside the subheading's block because FIRST_PERSON took Polish
"i" ("and") for the English pronoun, so the page tail took it; a lower-case "i" with a lower-case word
after it no longer counts as first person. As classes in six languages: an ad shortcode whose token
joins the ad word by a hyphen, with attributes after it ("[ads-mid-article]", "[inserzione-adv
slot=...]") is a marker; a source credit with the feed's word that the copy was made automatically
("Fonte originale: <paper> — riprodotto automaticamente dal feed RSS.", "Materiał pochodzi z serwisu
<site> — przedruk automatyczny.") is a feed credit; the original named as such ("Оригинал статьи
опубликован на сайте «...».", "The original article was published on ...") and "Article initialement
publié sur ..." with a comma before the quoted name are originally-published credits; a speaking plug
without its subject with a booking address or a call to write after it ("Available for keynotes, panels
and corporate workshops: <email>") is a plug; a comment row whose text follows the time with no
separator ("<name> 04.03.2026 в 08:12 <text> Ответить") is a comment row. On the pages: "Przeczytaj
również:" and a diary's or series' earlier entry ("Ранее в дневнике: ...", "Earlier in the diary:
...") are related links, and a share row for an appeal ("Share this appeal: Facebook · X · WhatsApp")
is a share row. Pages: it-reduci-commemorazione 0 left and 3 lost -> clean; pl-taxi-komunikat 3 left
and 1 lost -> 2 left; en-blood-donation-appeal 3 -> 2; ru-zapovednik-dnevnik 3 -> 2; unchanged:
en-makerspace-blog 1, fr-chorale-concert 1, fr-phare-sauvegarde 4, de-imkerverein-rundbrief 3,
de-hallenbad-schliessung 3, it-scuola-danza-news 2, ru-teatr-studiya-novosti 2, pl-ptaki-obserwacje
clean. Keep lines 20 -> 20/20. The eight line xfails and the it-reduci-commemorazione page xfail were
removed and three page reasons reworded (en-blood-donation-appeal, pl-taxi-komunikat,
ru-zapovednik-dnevnik). Elsewhere: set 47's pl-magazyn-czlonkowski 3 -> 2 left and set 48's
pl-turystyka-aktualnosci 4 -> 3 left (reasons reworded, still xfail); every other set of 10 to 52
unchanged. SemEval find_noise diff: 3 of 3,723 files, one accepted removal (the read-also link
"Przeczytaj także: Analiza: ..." of po/25177, in three subtask folders, added to KNOWN_CORPUS_NOISE).

Round 71: pages clean 3/12 -> 5/12, page noise lines left 15 -> 12 of 240: ru-teatr-studiya-novosti left 2 -> 1 (its
labelled photo caption with the credit after it, 'Фото: ... Фото пресс-службы ДК'); it-scuola-danza-news and
pl-taxi-komunikat clean (their studio-hire offer and drivers' job ad, each the first line of a block over a widget the
rules took between two paragraphs, go under the bare-caption rule's reason: noise, though no caption).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_53_LINES = [
    # en (15)
    ("head", '[sponsored-content id="4471" position="top"]', "marker"),
    ("body", "[ads-mid-article]", "marker"),
    ("tail", "Originally published at harrowmere-notes.example on February 27, 2026.", "marker"),
    ("head", "Reading Time: 4 minutes (812 words)", "reading-time"),
    ("head", "Last updated: 03/03/2026 – 4:17 pm EST", "reading-time"),
    ("tail", "Support my independent reporting on Patreon — patrons get every post a day early.", "byline"),
    ("tail", "About the author: Dana Quillfeather is a freelance reporter covering water policy. She also offers media training and consulting — get in touch.", "byline"),
    ("tail", "Available for keynotes, panels and corporate workshops: booking@danaquill.example", "byline"),
    ("tail", "Leave a Reply Cancel reply", "footer"),
    ("tail", "Proudly powered by WordPress | Theme: Fernhill Lite by Brackenworks.", "footer"),
    ("tail", "Like Loading... 4 bloggers like this.", "footer"),
    ("tail", "Rob Kestrel · 4 March 2026 at 08:41 · I read the whole report and this summary is fair. · Like · Reply", "comments"),
    ("tail", "Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.", "comments"),
    ("tail", "Share this: Click to share on Facebook (Opens in new window) Click to share on X (Opens in new window)", "share"),
    ("body", "This post contains affiliate links; we may earn a commission at no extra cost to you.", "notice"),
    # fr (6)
    ("body", "{{pub_milieu_article}}", "marker"),
    ("tail", "Article initialement publié sur le blog de l'auteur, « Carnets de Brévaille ».", "marker"),
    ("head", "Mis à jour le 03/03/2026 à 16h42 — Temps de lecture : 4 min", "reading-time"),
    ("tail", "Soutenez mon travail sur Tipeee : chaque contribution, même modeste, compte !", "byline"),
    ("tail", "Laisser un commentaire Annuler la réponse", "footer"),
    ("tail", "Les commentaires sont modérés et publiés après validation par la rédaction.", "comments"),
    # de (6)
    ("body", '[werbung id="mitte-2"]', "marker"),
    ("tail", "Ursprünglich veröffentlicht auf dem Blog „Feldnotizen aus Wernsbrück“.", "marker"),
    ("head", "Lesezeit: ca. 5 Minuten · Stand: 03.03.2026, 16:42 Uhr", "reading-time"),
    ("tail", "Dir gefällt, was ich schreibe? Unterstütze mich auf Steady ab 3 € im Monat.", "byline"),
    ("tail", "Schreibe einen Kommentar Antworten abbrechen", "footer"),
    ("tail", "Dein Kommentar muss noch freigegeben werden.", "comments"),
    # it (6)
    ("body", '[inserzione-adv slot="centrale"]', "marker"),
    ("tail", "Fonte originale: Gazzetta di Valdorsa — riprodotto automaticamente dal feed RSS.", "marker"),
    ("head", "Aggiornato il 3 marzo 2026 alle 16:42 — tempo di lettura stimato: 4 minuti", "reading-time"),
    ("tail", "Iscriviti alla mia newsletter su Substack: ogni domenica, gratis, direttamente nella tua casella.", "byline"),
    ("tail", "Lascia un commento Annulla risposta", "footer"),
    ("tail", "Marco Bellandi 4 marzo 2026 alle 9:12 Ottimo articolo, finalmente qualcuno ne parla. Rispondi", "comments"),
    # pl (6)
    ("body", "[[REKLAMA-ŚRODEK]]", "marker"),
    ("tail", "Materiał pochodzi z serwisu Głos Jarzębinowa — przedruk automatyczny.", "marker"),
    ("head", "Czas czytania: ok. 4 min | Aktualizacja: 03.03.2026, 16:42", "reading-time"),
    ("tail", "Wesprzyj mnie na Patronite – dzięki Tobie ten blog może dalej działać!", "byline"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "footer"),
    ("tail", "Twój komentarz oczekuje na moderację.", "comments"),
    # ru (6)
    ("body", "[реклама id=2]", "marker"),
    ("tail", "Оригинал статьи опубликован на сайте «Северная хроника Тихоозёрска».", "marker"),
    ("head", "Обновлено: 03.03.2026 16:42 · Время чтения: 4 минуты", "reading-time"),
    ("tail", "Поддержать автора можно на Boosty — там же выходят расширенные версии текстов.", "byline"),
    ("tail", "Добавить комментарий Отменить ответ", "footer"),
    ("tail", "Ирина К. 04.03.2026 в 08:12 Спасибо, очень подробно. Ответить", "comments"),
]

HELD_OUT_53_KEEP = [
    # en (7)
    ("body", "Support for the levy fell to 41 per cent among small landlords, the survey found."),
    ("body", "Leave requests from ward nurses rose by a third over the winter, according to the trust's own figures."),
    ("tail", "Share prices of the two water companies barely moved after the regulator's ruling."),
    ("body", "Reading the committee's minutes, it is hard to see who proposed the cut in the first place."),
    ("head", "Last year the same junction recorded eleven collisions, four of them serious."),
    ("body", "Powered by two second-hand diesel generators, the field hospital ran for nine days without mains electricity."),
    ("tail", "Like many small councils, Pellinor has not raised its parking charges since 2019."),
    # fr (3)
    ("body", "Laisser le quartier sans médecin n'est pas une option, a répété la maire devant le conseil."),
    ("body", "Les commentaires du préfet sur le projet de rocade ont été accueillis fraîchement par les élus."),
    ("tail", "Mis à part le budget des écoles, aucune ligne n'a été épargnée par les économies."),
    # de (3)
    ("body", "Lesezeit für Kinder gibt es in der Stadtbibliothek künftig jeden Mittwochnachmittag."),
    ("body", "Ursprünglich sollte die Brücke schon im Herbst fertig sein, doch der Stahl kam zu spät."),
    ("tail", "Unterstützung für den Antrag kam auch aus der Opposition, die sonst jeden Haushalt ablehnt."),
    # it (3)
    ("body", "Lascia perplessi la scelta della giunta di rinviare ancora il bando per le mense."),
    ("body", "Fonte di preoccupazione resta la falda, che in agosto è scesa di due metri."),
    ("tail", "Tempo pieno nelle elementari: dal prossimo anno lo avranno tutte le classi del comune."),
    # pl (2)
    ("body", "Czas oczekiwania na wizytę u kardiologa skrócił się w powiecie do czterech miesięcy."),
    ("tail", "Materiał dowodowy przekazano prokuraturze jeszcze w styczniu, poinformował rzecznik policji."),
    # ru (2)
    ("body", "Источник финансирования ремонта школы в мэрии так и не назвали."),
    ("tail", "Время ожидания скорой помощи в районе выросло до 40 минут, признали в минздраве."),
]


HELD_OUT_53_PAGES = {name: _page(lang, name, blocks) for lang, name, blocks in [
    ("en", "en-makerspace-blog", [
        ["-Ashquill Makerspace",
         "-Home | Workshops | Tools | Membership | Blog | Contact",
         "-Open evenings: Tue & Thu 18:00–22:00, Sat 10:00–16:00",
         "-Log in to book a machine",
         "-Blog › Community",
         "-Search the blog…"],
        ["+Repair café saves 62 household items from the skip in a single afternoon"],
        ["-Posted by Priya Hollis on 2 March 2026",
         "-Filed under: Events, Repair"],
        ["+Forty-one volunteers and about ninety visitors filled the workshop on Saturday for the space's first repair café of the year."],
        ["+\"People came in with toasters, lamps and one very tired sewing machine, and most of them left with something that worked again,\" said organiser Tom Reddaway."],
        ["-Photo: a volunteer replacing the fuse of a table lamp",
         "-Members get 10% off all laser-cutter materials this month"],
        ["+What got fixed"],
        ["+28 small electrical appliances",
         "+19 items of clothing and bags",
         "+15 bicycles, toys and pieces of furniture"],
        ["+Items that could not be repaired were taken apart so that their parts could be reused or recycled properly."],
        ["-Related: How to book the soldering bench",
         "-Download our tool induction checklist (PDF)"],
        ["+The café also raised £340 in voluntary donations, which will pay for a second multimeter and spare parts."],
        ["+The next repair café is planned for the first Saturday in May, and the organisers are looking for more people who can mend textiles."],
        ["-Tags: repair café, volunteering, sustainability",
         "-← Previous post: New dust extraction in the wood shop",
         "-Next post: Beginners' Arduino night →"],
        ["-2 Comments",
         "-Gwen Tarrant – 3 March 2026 – Brilliant day, my radio works again! – Reply"],
        ["-Subscribe to our monthly newsletter",
         "-Ashquill Makerspace CIC · Unit 4, Canal Yard · Registered company no. 00000000",
         "-Privacy · Code of conduct · Safety rules"],
    ]),
    ("en", "en-blood-donation-appeal", [
        ["-Brindlecote Regional Blood Service",
         "-Give blood | Give plasma | Find a session | About us",
         "-Book an appointment now – sessions fill up fast",
         "-Stock levels today: O negative 2 days · A negative 3 days",
         "-Cookie settings",
         "-News and appeals"],
        ["+Blood service appeals for O negative donors as stocks fall to two days"],
        ["-Appeal issued 4 March 2026, 9:30",
         "-3 minute read"],
        ["+The regional blood service has asked donors with O negative blood to book an appointment in the next fortnight, after winter illness led to hundreds of cancelled sessions."],
        ["+\"O negative is the blood we give in emergencies when there is no time to test a patient's group, so we need it on the shelf every day,\" said Dr Helen Varcoe, the service's clinical lead."],
        ["-Check if you can donate – take our 2-minute eligibility quiz",
         "-Share this appeal: Facebook · X · WhatsApp"],
        ["+Who is asked to come forward"],
        ["+Donors with O negative blood who have not given in the last 12 weeks",
         "+Donors with B negative blood, whose stocks are also low",
         "+New donors aged 17 to 65 who do not know their group"],
        ["+Donors can give at the main centre on Carrow Street six days a week or at mobile sessions in village halls across the region."],
        ["-Find your nearest session",
         "-Download the GiveBlood Brindlecote app"],
        ["+Stocks usually recover within three weeks of an appeal, but the service warned that cancellations have been higher than in previous winters."],
        ["+Hospitals have not yet been asked to postpone planned operations, and the service said it would report on stock levels again next week."],
        ["-Press office: 000 0000 0000 (media enquiries only)",
         "-Was this page helpful? Yes / No",
         "-Follow us on Instagram and Facebook"],
        ["-Accessibility statement",
         "-Freedom of information",
         "-Modern slavery statement",
         "-© 2026 Brindlecote Regional Blood Service",
         "-Back to top"],
    ]),
    ("fr", "fr-chorale-concert", [
        ["-Chœur À Travers Chants de Saint-Vérandel",
         "-Accueil · Le chœur · Concerts · Répétitions · Nous rejoindre",
         "-Répétitions le mardi à 20 h, salle des fêtes",
         "-Billetterie en ligne",
         "-Actualités",
         "-Rechercher…"],
        ["+Le Requiem de Fauré a fait salle comble à l'église de Saint-Vérandel"],
        ["-Publié le 2 mars 2026 par Claire Menoux",
         "-Catégorie : Concerts"],
        ["+Plus de trois cents personnes ont assisté dimanche au concert de printemps du chœur, accompagné pour la première fois par un orchestre de chambre."],
        ["+« Nous avions répété pendant six mois, et entendre l'église se taire avant le Pie Jesu restera un souvenir pour tous », a confié la cheffe de chœur, Anne Ravelet."],
        ["-Photo : le chœur et l'orchestre lors des saluts",
         "-Retrouvez la vidéo du concert sur notre chaîne YouTube"],
        ["+Le programme de la soirée"],
        ["+Cantique de Jean Racine, de Gabriel Fauré",
         "+Ave verum corpus, de Mozart",
         "+Requiem en ré mineur, opus 48, de Fauré"],
        ["+La quête à la sortie a permis de réunir 1 240 euros pour la restauration de l'orgue de l'église."],
        ["-Devenez membre bienfaiteur : adhésion à partir de 20 €",
         "-À lire aussi : Stage de chant choral en juillet"],
        ["+Le chœur cherche encore des ténors et des basses pour sa saison prochaine, sans audition préalable."],
        ["+Le prochain concert est prévu le 14 juin dans le cadre de la Fête de la musique, sur le parvis de la mairie."],
        ["-Partager : Facebook · WhatsApp · E-mail",
         "-Commentaires (0)",
         "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
        ["-Association loi 1901 – Chœur À Travers Chants",
         "-Mentions légales",
         "-Contact",
         "-Fièrement propulsé par WordPress",
         "-Remonter"],
    ]),
    ("fr", "fr-phare-sauvegarde", [
        ["-Association pour la sauvegarde du phare de Kerbrenic",
         "-L'association | Le phare | Visites | Actualités | Faire un don",
         "-Visites guidées tous les samedis d'avril à octobre",
         "-Faire un don – déductible à 66 % de vos impôts",
         "-Actualités › Chantier",
         "-FR | EN | BZH"],
        ["+La lanterne du phare de Kerbrenic a retrouvé sa coupole"],
        ["-Mise à jour du 3 mars 2026 – par le bureau de l'association",
         "-Lecture : 3 minutes"],
        ["+Après quatorze mois en atelier, la coupole de cuivre de la lanterne a été reposée la semaine dernière par une grue venue du port voisin."],
        ["+« C'était la partie la plus délicate du chantier, car le vent devait rester sous vingt nœuds toute la matinée », explique Yann Le Goarnic, président de l'association."],
        ["-Photo : la coupole suspendue au-dessus de la tour. © Association",
         "-Suivez l'avancée du chantier sur notre page Facebook"],
        ["+Ce qui reste à faire"],
        ["+la remise en peinture de la tour, prévue en mai",
         "+la restauration des vitrages de la lanterne",
         "+l'aménagement de l'ancienne maison du gardien en salle d'exposition"],
        ["+Le coût total du chantier est estimé à 410 000 euros, dont près d'un quart provient de dons de particuliers."],
        ["-Boutique : cartes postales et maquettes du phare",
         "-Newsletter : recevez nos actualités chaque trimestre"],
        ["+Les visites de la tour reprendront dès la fin des travaux de peinture, probablement au début de l'été."],
        ["+L'association remercie les bénévoles qui ont assuré la surveillance du site pendant toute la durée de la manœuvre."],
        ["-Étiquettes : chantier, lanterne, patrimoine",
         "-Article précédent : Assemblée générale 2026",
         "-Article suivant : Appel aux bénévoles pour l'été"],
        ["-Association loi 1901 – SIRET 000 000 000 00000",
         "-Plan du site",
         "-Mentions légales · Politique de confidentialité",
         "-Site propulsé par SiteW",
         "-↑ Haut de page"],
    ]),
    ("de", "de-imkerverein-rundbrief", [
        ["-Imkerverein Hummelsried e. V.",
         "-Start · Verein · Imkerkurs · Honigverkauf · Termine · Rundbrief",
         "-Nächster Stammtisch: Freitag, 13. März, 19:30 Uhr, Gasthaus Linde",
         "-Mitgliederbereich – Anmeldung",
         "-Rundbrief 1/2026",
         "-Suche"],
        ["+Fast jedes dritte Volk hat den Winter nicht überlebt"],
        ["-Von Gerda Lindhuber, Schriftführerin",
         "-Veröffentlicht am 3. März 2026"],
        ["+Bei der Frühjahrsdurchsicht haben die Mitglieder des Vereins 41 von 137 gemeldeten Völkern tot oder stark geschwächt vorgefunden."],
        ["+„So hohe Verluste hatten wir seit zwölf Jahren nicht, und fast immer war die Varroamilbe beteiligt“, sagte der Vorsitzende Ludwig Sanner."],
        ["-Bild: leere Waben aus einem abgestorbenen Volk",
         "-Honig aus Hummelsried – jetzt im Hofladen Brandl erhältlich"],
        ["+Was der Verein jetzt rät"],
        ["+Restvölker bis Mitte April auf Milbenbefall kontrollieren",
         "+Leere Waben sofort aus dem Bienenstand entfernen",
         "+Ableger erst nach Rücksprache mit dem Bienensachverständigen bilden"],
        ["+Der Verein will ausgefallene Völker mit Ablegern aus eigenen Beständen ersetzen; wer Völker abgeben kann, soll sich beim Vorstand melden."],
        ["-Anmeldung zum Imkerkurs für Einsteiger bis 31. März",
         "-Download: Formular Völkermeldung (PDF)"],
        ["+Auch in den Nachbarvereinen sind die Verluste hoch, wie ein Rundruf des Kreisverbands ergab."],
        ["+Eine Informationsveranstaltung zur Varroabehandlung findet am 28. März im Vereinsheim statt."],
        ["-Rundbrief abbestellen",
         "-Impressum",
         "-Datenschutzerklärung",
         "-Kontakt zum Vorstand"],
        ["-Bankverbindung: IBAN DE00 0000 0000 0000 0000 00",
         "-Mitglied im Landesverband der Imker",
         "-Diese Website wurde mit Jimdo erstellt",
         "-Nach oben"],
    ]),
    ("de", "de-hallenbad-schliessung", [
        ["-Stadtwerke Bad Quellwitz",
         "-Energie · Wasser · Bäder · Service · Karriere",
         "-Störungshotline: 0000 000000 (rund um die Uhr)",
         "-Bäder › Hallenbad › Aktuelles",
         "-Öffnungszeiten Freibad ab Mai",
         "-Leichte Sprache"],
        ["+Hallenbad am Kurpark schließt ab 16. März für sechs Wochen"],
        ["-Meldung vom 4. März 2026",
         "-Drucken | Teilen"],
        ["+Das Hallenbad am Kurpark bleibt vom 16. März bis voraussichtlich 26. April geschlossen, weil die Filteranlage und die Lüftung erneuert werden."],
        ["+„Die Filter sind über dreißig Jahre alt, und wir wollen nicht riskieren, dass sie mitten in der Saison ausfallen“, sagte Bäderleiterin Sabine Korthaus."],
        ["-Foto: Blick in die Schwimmhalle. Foto: Stadtwerke",
         "-Jetzt Saisonkarte für das Freibad sichern!"],
        ["+Was die Schließung bedeutet"],
        ["+Schulschwimmen findet im Lehrschwimmbecken der Grundschule Nord statt",
         "+Vereine trainieren in dieser Zeit im Nachbarort",
         "+Zehnerkarten bleiben gültig und werden um sechs Wochen verlängert"],
        ["+Die Kosten von rund 780 000 Euro tragen die Stadtwerke; ein Teil wird aus einem Förderprogramm des Landes bezahlt."],
        ["-Newsletter der Stadtwerke abonnieren",
         "-Weitere Meldungen"],
        ["+Während der Arbeiten wird auch die Sauna gereinigt, die deshalb ebenfalls geschlossen bleibt."],
        ["+Die Stadtwerke kündigten an, den Termin der Wiedereröffnung rechtzeitig bekanntzugeben."],
        ["-Kontakt | Anfahrt | Preise",
         "-Impressum · Datenschutz · Barrierefreiheit",
         "-Cookie-Einstellungen",
         "-Folgen Sie uns auf Instagram"],
        ["-Stadtwerke Bad Quellwitz GmbH · Am Wasserturm 1",
         "-Kundenzentrum: Mo–Fr 8–18 Uhr",
         "-© 2026 Stadtwerke Bad Quellwitz",
         "-Seitenanfang"],
    ]),
    ("it", "it-scuola-danza-news", [
        ["-Scuola di Danza Passo d'Oro – Borgoferrano",
         "-Home | Corsi | Insegnanti | Orari | News | Contatti",
         "-Iscrizioni aperte: prima lezione di prova gratuita",
         "-Chiamaci: 000 000 0000",
         "-News",
         "-Cerca nel sito"],
        ["+Le allieve della Passo d'Oro seconde al concorso regionale di danza contemporanea"],
        ["-Pubblicato il 3 marzo 2026 da Redazione",
         "-In: Concorsi, Danza contemporanea"],
        ["+Il gruppo delle allieve tra i 14 e i 17 anni ha conquistato il secondo posto al concorso regionale, davanti a ventidue scuole."],
        ["+«Hanno portato in scena una coreografia nata da un laboratorio sull'acqua, e la giuria l'ha capito subito», ha detto l'insegnante Giulia Fermani."],
        ["-Foto: le allieve sul palco durante la premiazione",
         "-Guarda il video dell'esibizione sul nostro canale Instagram"],
        ["+I risultati della scuola"],
        ["+secondo posto nella categoria gruppi juniores",
         "+menzione speciale per la coreografia",
         "+borsa di studio estiva per un'allieva del corso avanzato"],
        ["+La coreografia sarà riproposta al saggio di fine anno, in programma a giugno al teatro comunale."],
        ["-Affitto sala per prove e feste: chiedi in segreteria",
         "-Potrebbe interessarti anche: Stage di hip hop a Pasqua"],
        ["+La scuola ringrazia le famiglie che hanno accompagnato le ragazze nella trasferta."],
        ["+Chi vuole provare i corsi di contemporaneo può partecipare a una lezione aperta il sabato mattina."],
        ["-Condividi su Facebook · WhatsApp",
         "-Tag: concorso, contemporaneo, juniores",
         "-ASD Passo d'Oro – C.F. 00000000000",
         "-Privacy policy · Cookie policy"],
        ["-Orari segreteria: lun–ven 16:00–20:00",
         "-Seguici su TikTok",
         "-Sito realizzato da WebStudio Ferrani",
         "-Torna su"],
    ]),
    ("it", "it-reduci-commemorazione", [
        ["-Sodalizio Reduci di Roccavellina",
         "-Chi siamo · Storia · Attività · Galleria · Contatti",
         "-5 per mille: C.F. 00000000000",
         "-Sede aperta il giovedì dalle 16 alle 18",
         "-Attività › Cerimonie",
         "-Cerca…"],
        ["+Roccavellina ricorda i caduti del ponte sul Selvana, ottant'anni dopo"],
        ["-Resoconto a cura del segretario, Franco Ardizzi",
         "-3 marzo 2026 · lettura 3 minuti"],
        ["+Domenica mattina circa duecento persone hanno partecipato alla cerimonia al ponte sul torrente Selvana, dove nel marzo 1946 persero la vita sette giovani sminatori."],
        ["+«Quei ragazzi tolsero le mine perché noi potessimo tornare nei campi, e di loro si sa ancora troppo poco», ha detto la sindaca Lucia Venturini."],
        ["-Foto: la deposizione della corona al ponte",
         "-Galleria fotografica completa (48 immagini)"],
        ["+Il programma della giornata"],
        ["+messa nella chiesa parrocchiale alle 10",
         "+corteo fino al ponte con la banda musicale",
         "+deposizione della corona e lettura dei nomi"],
        ["+Gli alunni della scuola media hanno letto le lettere che due dei giovani avevano scritto alle famiglie nei mesi precedenti."],
        ["-Sostieni il sodalizio: tesseramento 2026 a 15 €",
         "-Leggi anche: Il restauro del monumento in piazza"],
        ["+Il sodalizio sta raccogliendo fotografie e documenti per una mostra che sarà allestita in autunno nella biblioteca civica."],
        ["+Chi possiede materiale dell'epoca può portarlo in sede, dove verrà digitalizzato e restituito."],
        ["-Commenti (0)",
         "-Condividi: Facebook · E-mail",
         "-Sodalizio Reduci di Roccavellina – Via Garibaldi 12",
         "-Tutti i diritti riservati"],
        ["-Privacy",
         "-Mappa del sito",
         "-Sito ospitato da Altervista",
         "-Torna all'inizio"],
    ]),
    ("pl", "pl-ptaki-obserwacje", [
        ["-Grupa Obserwacji Ptaków „Czajka” – Wrzosławice",
         "-Strona główna | Obserwacje | Wycieczki | Galeria | Kontakt",
         "-Najbliższa wycieczka: niedziela, 8 marca, zbiórka 7:00 przy kościele",
         "-Zgłoś obserwację",
         "-Obserwacje › Luty 2026",
         "-Szukaj"],
        ["+Żurawie wróciły nad stawy we Wrzosławicach dwa tygodnie wcześniej niż zwykle"],
        ["-Dodał: Tomasz Kwiecień, 2 marca 2026",
         "-Kategoria: Przeloty wiosenne"],
        ["+Pierwsze stado liczące 36 żurawi członkowie grupy zauważyli 21 lutego nad stawami rybnymi na północ od wsi."],
        ["+„W ostatnich latach żurawie przylatują coraz wcześniej, ale tak wczesnego powrotu jeszcze nie notowaliśmy” – mówi ornitolożka Agnieszka Wronowska."],
        ["-Zdjęcie: żurawie na polu przy grobli. Fot. T. Kwiecień",
         "-Lornetki i lunety – rabat 10% dla członków grupy w sklepie Optyka Sokół"],
        ["+Najciekawsze obserwacje lutego"],
        ["+36 żurawi na stawach północnych",
         "+para bielików przy starym dębie",
         "+pierwsze czajki na podmokłych łąkach"],
        ["+Obserwacje zostały przekazane do ogólnopolskiej bazy danych prowadzonej przez ornitologów."],
        ["-Pobierz formularz obserwacji (PDF)",
         "-Zobacz też: Liczenie ptaków zimujących 2026"],
        ["+Grupa prosi mieszkańców o niepłoszenie ptaków i trzymanie psów na smyczy na groblach."],
        ["+Kolejne liczenie odbędzie się w połowie marca, a wziąć w nim udział może każdy chętny."],
        ["-Komentarze (0)",
         "-Udostępnij: Facebook · Messenger",
         "-Grupa Obserwacji Ptaków „Czajka” – stowarzyszenie zwykłe",
         "-Kontakt: czajka@wrzoslawice.example"],
        ["-Polityka prywatności",
         "-Strona korzysta z plików cookies",
         "-Strona wykonana w WordPress",
         "-Przewiń do góry"],
    ]),
    ("pl", "pl-taxi-komunikat", [
        ["-Spółdzielnia Taxi „Korsmińska” – zamów: 00 000 00 00",
         "-O nas | Cennik | Zamów kurs | Dla firm | Aktualności",
         "-Pobierz aplikację: App Store · Google Play",
         "-Płatność kartą w każdej taksówce",
         "-Aktualności",
         "-Zaloguj się do konta firmowego"],
        ["+Od 1 kwietnia nowe stawki za kurs na terenie Korsmina"],
        ["-Komunikat zarządu z 4 marca 2026 r.",
         "-Czas czytania: 2 min"],
        ["+Zarząd spółdzielni informuje, że od 1 kwietnia opłata początkowa wzrośnie z 9 do 10 zł, a stawka za kilometr z 3,20 do 3,50 zł."],
        ["+„Przez dwa lata nie zmienialiśmy cennika, choć paliwo i ubezpieczenia zdrożały o jedną trzecią” – wyjaśnia prezes spółdzielni Marek Zając."],
        ["-Zdjęcie: postój taksówek przy dworcu",
         "-Zamów kurs przez aplikację i zbieraj punkty!"],
        ["+Nowe stawki"],
        ["+opłata początkowa – 10 zł",
         "+1 km w taryfie dziennej – 3,50 zł",
         "+1 km w taryfie nocnej i świątecznej – 4,60 zł"],
        ["+Rada miasta zatwierdziła nowe maksymalne stawki na sesji w lutym, a spółdzielnia nie przekracza żadnej z nich."],
        ["-Praca dla kierowców – dołącz do nas",
         "-Przeczytaj również: Nowy postój przy szpitalu"],
        ["+Stawki dla klientów firmowych i kursów na lotnisko pozostają bez zmian do końca roku."],
        ["+Pasażerowie mogą zgłaszać uwagi do nowego cennika pod numerem biura spółdzielni lub pocztą elektroniczną."],
        ["-Regulamin przewozów",
         "-Polityka prywatności",
         "-Reklamacje",
         "-Spółdzielnia Taxi „Korsmińska” · ul. Dworcowa 5 · NIP 000-000-00-00"],
        ["-Obserwuj nas na Facebooku",
         "-Biuro czynne pn.–pt. 8:00–16:00",
         "-© 2026 Wszelkie prawa zastrzeżone",
         "-Powrót na górę"],
    ]),
    ("ru", "ru-teatr-studiya-novosti", [
        ["-Народный театр-студия «Зеркало» · Тихоозёрск",
         "-Главная | Афиша | Труппа | История | Новости | Контакты",
         "-Билеты в кассе Дома культуры и онлайн",
         "-Ближайший спектакль: 14 марта, 18:00",
         "-Новости",
         "-Версия для слабовидящих"],
        ["+Театр-студия «Зеркало» покажет «Вишнёвый сад» с новым составом"],
        ["-Опубликовано: 03.03.2026 · Автор: администратор",
         "-Рубрика: Премьеры"],
        ["+После трёх месяцев репетиций самодеятельный театр-студия представит обновлённую постановку чеховской пьесы, в которой заняты двенадцать новых актёров."],
        ["+«Половина труппы — старшеклассники, и для них Чехов оказался неожиданно современным», — рассказала режиссёр Вера Лисицына."],
        ["-Фото: репетиция второго акта. Фото пресс-службы ДК",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Кто занят в спектакле"],
        ["+Раневская — Нина Павловна Ермолина",
         "+Лопахин — Илья Сорокин, ученик 11 класса",
         "+Фирс — Григорий Ильич Бобров"],
        ["+Декорации и костюмы участники студии сделали сами, частично из вещей, которые принесли жители города."],
        ["-Купить билет онлайн",
         "-Читайте также: Итоги фестиваля любительских театров"],
        ["+Премьера состоится 14 марта на сцене Дома культуры, повторный показ — 21 марта."],
        ["+Студия продолжает набор взрослых участников, занятия проходят по вторникам и пятницам."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (0)",
         "-МБУК «Дом культуры» г. Тихоозёрска",
         "-Адрес: ул. Центральная, 1"],
        ["-Политика обработки персональных данных",
         "-Карта сайта",
         "-Сайт работает на Tilda",
         "-Наверх"],
    ]),
    ("ru", "ru-zapovednik-dnevnik", [
        ["-Государственный природный заповедник «Верхнелесский»",
         "-О заповеднике · Научная работа · Экотуризм · Новости · Дневник инспектора",
         "-Посещение только по пропускам — оформить онлайн",
         "-Горячая линия по лесным пожарам: 000-000",
         "-Главная › Дневник инспектора",
         "-Поиск по сайту"],
        ["+Дневник инспектора: следы рыси у старой просеки"],
        ["-Запись от 2 марта 2026 года",
         "-Автор: старший госинспектор Андрей Кочкин"],
        ["+В последнюю неделю февраля на маршруте вдоль старой просеки мы трижды встречали свежие следы рыси, а на одной фотоловушке она попала в кадр."],
        ["+«Рысь в этих местах не видели с начала двухтысячных, так что для нас это настоящее событие», — говорит научный сотрудник заповедника Ольга Мезенцева."],
        ["-Фото: рысь на снимке фотоловушки № 14",
         "-Экологическая тропа открыта с 1 мая"],
        ["+Что ещё отмечено за неделю"],
        ["+стадо кабанов из одиннадцати голов у ручья",
         "+первые проталины на южных склонах",
         "+следы браконьерского снегохода у северной границы"],
        ["+О следах снегохода сообщено в полицию, на границе заповедника усилено патрулирование."],
        ["-Стать волонтёром заповедника",
         "-Ранее в дневнике: Учёт копытных по первому снегу"],
        ["+Фотоловушки на просеке будут проверять каждые десять дней, чтобы понять, живёт ли рысь здесь постоянно."],
        ["+Жителей окрестных сёл просят сообщать инспекторам о встречах с крупными хищниками."],
        ["-Поделиться записью",
         "-ФГБУ «Государственный заповедник «Верхнелесский»",
         "-© 2026 Все права защищены",
         "-Противодействие коррупции"],
        ["-Обратная связь",
         "-Вакансии",
         "-Мы в ВКонтакте",
         "-К началу страницы"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-makerspace-blog':
        "the makerspace blog's members' laser-cutter materials discount between the paragraphs is left (1 of 20 noise lines)",
    'en-blood-donation-appeal':
        "the blood service appeal's find-your-nearest-session link between the paragraphs is left (1 of 20 noise lines)",
    'fr-chorale-concert':
        "the choir's concert news's patron-membership appeal between the paragraphs is left (1 of 20 noise lines)",
    'de-imkerverein-rundbrief':
        "the beekeepers' newsletter's honey-shop plug, beginners' course sign-up line and form download link between the paragraphs are left (3 of 20 noise lines)",
    'de-hallenbad-schliessung':
        "the swimming pool closure notice's season-ticket offer, newsletter prompt and more-news link between the paragraphs are left (3 of 20 noise lines)",
    'ru-teatr-studiya-novosti':
        "the theatre troupe news page's buy-tickets link between the paragraphs is left (1 of 20 noise lines; the rehearsal photo caption with its credit goes since round 71)",
    'ru-zapovednik-dnevnik':
        "the nature reserve ranger's diary's nature-trail opening line and volunteer link between the paragraphs are left (2 of 20 noise lines)",
}


test_held_out_53_line, test_held_out_53_line_is_kept, test_held_out_53_page = held_out_tests(
    HELD_OUT_53_LINES, HELD_OUT_53_KEEP, HELD_OUT_53_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
