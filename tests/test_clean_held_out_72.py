"""Held-out set 72: written blind, weighted toward the noise the cleaner exists for, in shapes set 71's docstring does
not name: scraper, ad and embed markers (a leftover WordPress caption shortcode wrapping a photo caption "[caption
id="attachment_4412" align="aligncenter" width="800"] ... [/caption]", the English magazine ad break "Advertisement -
Continue Reading Below", the feed-scraper placeholder "[embedded content]", the French feed-footer "L'article ... est
apparu en premier sur ...", the German "Lesen Sie nach der Anzeige weiter", the Italian feed-footer "L'articolo ...
proviene da ...", the Polish feed-footer "Wpis ... pochodzi z serwisu ..." and the Russian ad-marking line "Реклама.
ООО «...», ИНН ..., erid: ..."); reading-time headers in new shapes (an English "Estimated reading time: 6 minutes", a
Medium-style "5 min read · Mar 3, 2026", the French "Temps de lecture estimé : 5 min", the German "Lesezeit: ca. 6
Minuten", the Italian "Tempo di lettura: 4 minuti", the Polish "Czas czytania: ok. 5 min" and the Russian "⏱ 5 мин на
чтение"); bylines and self-promotion (an English hi-I'm-the-author intro with a free-guide plug, an English
my-new-book-is-out plug with signed copies in my shop, an English written-by byline with a Bluesky handle, a French
my-book-in-bookshops-and-my-online-shop plug, a German about-the-author box with a book plug, an Italian
my-book-on-Amazon plug, a Polish author line with a pottery-workshop plug and a Russian author line with a
baking-course plug); blog footers (an English "Proudly powered by WordPress | Theme: Astra by Brainstorm Force." row,
Blogger's "Report Abuse · Powered by Blogger", "Create a website or blog at WordPress.com", and WordPress's and
Blogger's own footers in French "Fièrement propulsé par WordPress", German "Stolz präsentiert von WordPress", Italian
"Tecnologia di Blogger.", Polish "Dumnie wspierane przez WordPress" and Russian "Сайт работает на WordPress");
reader-comment furniture (an English "14 thoughts on “...”" header, an English comments-for-this-thread-are-closed
line, a "Trackbacks/Pingbacks" heading, a French "3 réponses à « ... »" header, the German comments-are-closed line,
the Italian "Questo articolo ha 5 commenti", the Polish leave-a-comment/cancel-reply row and the Russian
commenting-is-closed line); share rows (an English e-mail, WhatsApp, Reddit and Pocket row, a German WhatsApp,
Facebook, X, e-mail and copy-link row and a Polish Facebook, Messenger, WhatsApp and e-mail row); and notices (a
French open-access note, an Italian updated-at line and a Russian prepared-with-the-support-of-the-town-administration
note); and toward whole scraped news and opinion pages in layouts sets 58 to 71 did not use (a regional portal's story
on a river ford reopened with a depth gauge and flashing signs, with a comment, a furniture blog's essay on learning
to re-cane chair seats with a comment thread, a paper's column on the town's newspaper kiosk closing with a comment, a
regional portal's story on a high street made pedestrian at summer weekends with a comment, a regional portal's story
on a bus shelter designed by schoolchildren, a bookbinding blog's essay on a first hand-sewn book with a comment
thread, a paper's column on an ordinance banning ball games in the square with a comment, a regional portal's story on
a mule track reopened after a landowner's gate was removed, a balcony-garden blog's essay on growing tomatoes on a
sixth-floor balcony with a comment thread, a regional portal's story on an old water tower turned into a viewing point
with a comment, a paper's column on a neighbour's Sunday drilling and the quiet-hours law with a comment, and a
fishing blog's essay on a first winter of ice fishing with a comment thread).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 71), docs/ or README.md, nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 71 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), printed with one ast script (/tmp/s72scratch/read71.py: ``ast.get_docstring`` split into
paragraphs at blank lines and cut before the first paragraph starting "Still held out after round" or "Round ", the
import nodes' and the ``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks``
function node, found with ``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 71's, taken by a script from the ``def _marks`` node's line on, with its xfail tables
emptied (the three annotated assignments found with ``ast``) and 71 -> 72, then refilled after the measurement.
Nothing below was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s72, detached at commit 3eeb3adf222256daa663421bd448c88981ab873b, what ``git rev-parse round66`` printed: the
cleaner after round 66) and every failing case is marked as a strict xfail whose reason describes the line or page,
not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me: set 71's file was only printed through the ast
script above (its docstring cut held; the printed text ended with its Baseline paragraph, and the terminal view
truncated four lines of the Judgement calls paragraph, which I then printed again from the script's saved output), and
no forbidden file was opened. At my first step, though, ``ls tests`` in /work/main listed the names (not the contents)
of the test folder's files, and in the frozen worktree ``ls tests | grep -c held_out`` counted its held-out files
(63); ``git rev-parse round66`` and ``git branch --show-current`` printed the hash and "main". (2) The frozen worktree
and my branch's worktree were made with ``git worktree add``, its output sent to /dev/null, so no commit subject was
seen. The branch set72 was made from main; there this file (with the xfail tables filled) gives only passed and
xfailed tests, which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path,
which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s72scratch/stand) with stand-ins (a copy of
``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems``
only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category
and by language (from the ``# English`` ... comments), the keep lines by language and the pages by language, printed
each page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of
its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_72_LINES``. Its first run found one
page noise line inside an article line (the bookbinding blog's name "Fadenheft" inside its title's "Fadenheftung");
the blog was renamed "Falz & Faden". The check also reported, as wanted, that single-word ad and reply labels of some
pages ("Reply", "Publicité", "Werbung", "Reklama") open keep lines of this set (keep lines are measured apart from the
pages). Earlier, while drafting, I had first written ``HELD_OUT_72_PAGES`` as ``dict([_page(...), ...])`` (keyed by
language, the slip set 71's docstring reports of its own draft) and changed it to a dict keyed by each case's name
before any run; I had also swapped three page labels that a ``HELD_OUT_72_LINES`` line contains ("Advertisement",
"Anzeige", "Реклама") for "Promoted", "Werbung" and "На правах рекламы" before the first check. (5) At the measurement
this docstring was a placeholder; it was written afterwards, with the xfail tables. The measuring pytest run (``-rA``)
was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out
once with ``_problems`` in the frozen worktree by a script (/tmp/s72scratch/problems.py) that ran it on every line,
keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub files and my
own memory; no gazetteer was available, so this is not a proof that they do not exist: Vernoussac, Roquebellanne,
Wendelsried, Roccaveltra, Valdisorra, SorraNews, Wierzbnowo, Ключегорск, Escarbagne, Ginestrelli and Pezzamosca had no
hits; Brindlecombe and Sallowmere occur only as coined names in code and fiction (lists of invented towns, a game
character, a test document), Vanfinch only inside a user name ("evanfinch"), Veltrese only inside other words
(NivelTres..., RooseveltReservation) and Зольникова is a real surname, used for an invented columnist. Dropped before
use: Wexcombe (to my memory a real hamlet in Wiltshire; also invented names in code), Millbeck (a real hamlet in
Cumbria; the ford was renamed Sallowmere), Haverlock (a locality spelling in Colombo in code), Brightwell (real
villages; the insurer was renamed Vanfinch Direct) and Вересково (hits only as word forms; the lake was named after
the invented town instead), and the surnames Strommler (hits only inside "Kriegstrommler") and Brennard (a real
surname) were checked and not used (the bookbinder and the chair-caner go by first names only). Not checked, generic
or invented at sight: Brindlecombe Live, Brindlecombe Live Media Ltd, Rush & Cane, Le Réveil de Vernoussac, SAS Réveil
Médias, Roquebellanne Info, Menuiseries Daubrac, Studio Garrigue, Wendelsrieder Bote, Bote Medien GmbH, Brennstoffe
Kolbeck, Falz & Faden, Il Veltrese, Veltrese Editoriale srl, Termoidraulica Veltrese, Valle Media srl, Il Corriere
della Sorra, Le Fil de la Vallée, Głos Doliny, Balkon na szóstym, Zielony Zakątek, Wierzbnowo24.pl, Okna Sokół, Media
Doliny sp. z o.o., Ключегорская правда, «Окна Ключегорска», «Клёвое место», Лёд и мормышка, «Ромашка-Трейд», the books
"The Quiet Orchard", « Les Jardins du vent », „Der faule Garten“ and «Pane di casa», the Grand-Rue, rue des Tanneurs,
place du Marché, piazza della Collegiata, piazza Grande, ulica Kolejowa, Młynówka and улица Заречная; "Zielony
Zakątek", "Okna Sokół", "Studio Garrigue", "Młynówka", "Grand-Rue" and "Заречная" are common enough that real shops,
studios, mill streams or streets carry them, and «Ромашка» is the Russian placeholder firm of forms. The people's
names (Maggie, Tom Ashcombe, Greta Hollweg, Ewa Dobrosz, Ольга Верескова, Lucy Farrant, Janet Ruddock, Gerry_H,
Hattie, Bernadette Yule, Mathilde Escarbagne, Robert Amblard, Jean-Paul V., Sandrine Mazolle, Maryse D., Jonas
Bräutigam, Leonie, Ilka, Bettina, Paola Ginestrelli, Franco M., Aldo Pezzamosca, Jadzia, Krysia, Anna Kopytko, Teresa
Gawlikowska, Zbyszek, Ирина Зольникова, Галина Петровна, Сергей, Виктор) are invented, though ordinary names real
people may bear; none is meant as a real person. Saint Roch (San Rocco), whose chapel the mule track leads to, is a
real saint. Phone, company, registry and registration numbers are zero-filled; the e-mail address uses the reserved
.example domain. (7) Some lines name real things, as real pages do: WordPress's caption shortcode, WordPress and
WordPress.com, the Astra theme by Brainstorm Force, the Kadence theme, Blogger, Medium's reading-time row shape,
Bluesky, WhatsApp, Reddit, Pocket, X, Facebook, Messenger, Instagram, Telegram, Amazon, a Pinterest-style pin-it
prompt, the Ford Fiesta, the Russian erid ad marking and ИНН, the Russian media registration mark, the French RCS,
SIRET and association loi 1901, the German Amtsgericht/HRB registry and Impressum, the Italian Tribunale registration,
P.IVA, Pro loco and the Tar, and the Polish KRS. No real person is named. (8) Set 71's docstring names its own shapes
and the earlier sets' page layouts only, so some lines may repeat shapes of sets before 71 that I could not check; in
particular "Advertisement - Continue Reading Below", "[embedded content]", "Proudly powered by WordPress ...",
"Trackbacks/Pingbacks", the "... thoughts on “...”" header and the localised WordPress footers are common enough that
an earlier set or a development list may hold them. Close to shapes set 71 named: the book, workshop and course plugs
are self-promotion like its course, workshop, newsletter and channel plugs, with other products; the footers are
platform and theme rows like its Ghost, Squarespace, Eklablog, IONOS, Altervista, Blox.pl and uCoz rows, on WordPress
and Blogger; the reading-time rows are reading-time rows in other words; the share rows are share rows on other
platforms; the comments-closed lines are comment furniture like its must-log-in lines. Some page chrome repeats kinds
of line set 71's docstring names among its left lines (newsletter, app and channel prompts, ads between paragraphs,
affiliate notes), as real pages carry them. (9) My first step's clock reading was 2026-12-04 04:59:16 UTC. (10) After
committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source of the contamination", "Comments from parents", "Visit
the harbour", "Share of the vote", "Written by hand in 1911", "Reply slips from residents", "Related costs", "Source
de tensions", "Partager la route", "Publicité mensongère", "Kommentare wie dieser", "Quelle des Streits", "Werbung für
die neue Buslinie", "Commenti entusiasti", "Fonte di lavoro", "Seguire i lavori dal vivo", "Komentarze mieszkańców",
"Reklama nowego sklepu", "Комментарии к проекту" and "Подписаться под обращением" are article sentences. The caption
shortcode, the ad-break and embedded-content placeholders, the feed-footer lines (the "Source link" of French, Italian
and Polish scraped feeds), the German continue-after-the-ad line and the Russian ad marking are counted as markers;
the reading-time rows as reading-time lines; the author intro, book plugs, written-by byline, about-the-author box and
workshop and course plugs as bylines; platform and theme rows as footers; comment headers, closed lines, the
trackbacks heading and the leave-a-comment/cancel-reply row as comments; the share rows as share; the open-access,
updated-at and support lines as notices. On every page the title, the first paragraph, the paragraph with the quote,
the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last paragraphs,
or three rows and three last paragraphs) and everything else is noise (20 lines a page: six lines above the title, two
under it, two between the first paragraph and the paragraph with the quote, two between the list rows and the last
paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes, sign-in, subscription and
e-paper lines, traffic, weather and breaking-news lines, breadcrumbs, section and category names, column names, shop
offers, bylines, dates, update and view-count lines, photo credits, comment counts, gift-this-article and comment
links, pin-it and table-of-contents lines, affiliate notes, ad labels and ads, sponsored content, read-also, related
and previous-post links, like rows, newsletter, WhatsApp, Telegram, Facebook and tip-off prompts, tags, most-read
lists, commenter rows, comment texts, reply, report and comment-form lines, opinion disclaimers, publisher, registry,
legal, privacy, cookie, copyright and site-credit lines are noise. The rows: en-portal-sallowmere-ford "What has been
installed", en-blog-chair-caning "What changed my results" (three rows), fr-chronique-kiosque "Ce que le kiosque
vendait chaque semaine" (three rows), fr-portail-rue-pietonne "Ce qui change pour les riverains",
de-portal-wartehaeuschen "Was das neue Häuschen bietet", de-blog-buchbinden "Was ich beim zweiten Mal anders gemacht
habe" (three rows), it-rubrica-pallone "Cosa dice l'ordinanza" (three rows), it-portale-mulattiera "Gli interventi
previsti", pl-blog-pomidory "Co w końcu zadziałało", pl-portal-wieza-cisnien "Co czeka na zwiedzających" (three rows),
ru-kolonka-remont "Что говорит областной закон" (three rows) and ru-blog-podlednyj-lov "Что я поменял", the others
with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en
15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer
1, comments 1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20 keep lines
(en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-portal-sallowmere-ford (a regional news portal's story on a ford reopened after a winter of stranded cars, with a
depth gauge, flashing signs, a turning bay and a camera, with a comment), en-blog-chair-caning (a furniture blog's
essay on six chairs re-caned and a neighbour's advice, with a comment thread), fr-chronique-kiosque (a paper's opinion
column on the closing of the town's newspaper kiosk, with a comment), fr-portail-rue-pietonne (a regional news
portal's story on the high street closed to cars at weekends from June to September, with a comment),
de-portal-wartehaeuschen (a regional news portal's story on a new bus shelter designed by a school class),
de-blog-buchbinden (a bookbinding blog's essay on a first hand-sewn book folded against the grain, with a comment
thread), it-rubrica-pallone (a paper's opinion column on a mayor's ordinance banning ball games in the square, with a
comment), it-portale-mulattiera (a regional news portal's story on a mule track to a chapel reopened after a
landowner's gate was removed), pl-blog-pomidory (a balcony-garden blog's essay on three failed seasons and one good
one of balcony tomatoes, with a comment thread), pl-portal-wieza-cisnien (a regional news portal's story on a disused
water tower opened as a viewing point, with a comment), ru-kolonka-remont (a paper's opinion column on a neighbour's
renovation drilling and the regional quiet-hours law, with a comment) and ru-blog-podlednyj-lov (a fishing blog's
essay on a first winter of ice fishing, with a comment thread); every page holds a title, a subheading with list rows,
a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 3eeb3adf222256daa663421bd448c88981ab873b, measured with ``cd /tmp/wt-s72 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s72/src python -m pytest -q tests/test_clean_held_out_72.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s72 && PYTHONPATH=/tmp/wt-s72/src python
scripts/clean_held_out_report.py --sets 72`` (noise lines removed 39/45, article lines kept 19/20, pages clean 5/12,
page noise lines left 11 of 240), with the xfail tables empty): noise lines removed 39/45 (marker 8/8, reading-time
7/7, byline 4/8, footer 7/8, comments 8/8, share 3/3, notice 2/3; missed, all kept as paragraphs: the English "Hi, I'm
Maggie – I write about slow gardening from a windy hillside. Grab my free seed-saving guide here." and "Written by Tom
Ashcombe | Follow him on Bluesky @tomashcombe.bsky.social", the French "Article en accès libre : la rédaction a choisi
de le rendre disponible à tous.", the German "Über die Autorin: Greta Hollweg schreibt seit 2019 über Gärten ohne
Gift. Ihr Buch „Der faule Garten“ ist überall im Buchhandel erhältlich.", the Italian "Tecnologia di Blogger." and the
Russian "Автор — Ольга Верескова, веду курсы по домашней выпечке. Запись в личных сообщениях."); keep lines kept 19/20
(lost: the English "Written by hand in 1911, the parish minutes record the same argument about the well.", put at the
foot of the article); pages 5/12 clean (en-portal-sallowmere-ford, en-blog-chair-caning, fr-portail-rue-pietonne,
it-rubrica-pallone and ru-kolonka-remont), 11 of 240 page noise lines left and 0 of 120 article lines lost:
fr-chronique-kiosque 4 left ("Recevez nos chroniques chaque dimanche : inscrivez-vous à la lettre Opinions", "Réagir à
cet article", "Jean-Paul V. – le 7 mars à 8 h 12" and "Robert nous manquera. Qui va nous donner les résultats du rugby
maintenant ?"); de-portal-wartehaeuschen 1 left ("Der Wendelsrieder Bote auf WhatsApp: Jetzt Kanal abonnieren");
de-blog-buchbinden 1 left ("Dir gefällt der Beitrag? Dann teile ihn mit deinen Freunden!"); it-portale-mulattiera 1
left ("ADV"); pl-blog-pomidory 1 left ("Polub mój profil na Facebooku, żeby nie przegapić nowych wpisów!");
pl-portal-wieza-cisnien 1 left ("Okna i drzwi z montażem w 14 dni – Okna Sokół, zadzwoń: 000 000 000");
ru-blog-podlednyj-lov 2 left ("Этот пост содержит партнёрские ссылки." and "Навигация по записи"). Of the left page
lines none stands above the title or under it, three stand between the first paragraph and the paragraph with the
quote (the Polish portal's window-fitter ad, whose label "Reklama" goes, and the ice-fishing blog's affiliate note and
post-navigation line), five between the list rows and the last paragraphs (the French column's newsletter prompt, the
German portal's WhatsApp-channel prompt, the bookbinding blog's share prompt, the Italian portal's ad label "ADV",
whose Telegram prompt goes, and the tomato blog's Facebook prompt) and three at the foot (the French column's react
prompt, its commenter row and its comment, whose "Signaler un abus" link goes); no article line of a page is lost. The
failing cases are strict xfails.

Still held out after round 67 (development on sets 70 and 71; measured once with ``scripts/clean_held_out_report.py
--sets 72``): unchanged — noise lines removed 39/45, keep lines 19/20, pages clean 5/12, page noise lines left 11 of
240, article lines lost 0 of 120 (the same lines).

Round 68 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 72`` and ``pytest tests/test_clean_held_out_72.py`` at 3a99141 (before) and
the round's last commit on branch round68 (after): noise lines 39 -> 45/45 (byline 4 -> 8/8, footer 7 -> 8/8, notice 2
-> 3/3; marker 8/8, reading-time 7/7, comments 8/8, share 3/3 unchanged), keep lines 19 -> 20/20, pages 5 -> 11/12
clean, page noise lines left 11 -> 4 of 240, article lines lost 0 of 120 (unchanged); pytest 63 passed, 14 xfailed ->
76 passed, 1 xfailed. The loss first: "Written by hand in 1911, the parish minutes ..." was taken by the stamp rule
(_STAMP_BYLINE), whose "by" after a stamp's word read as an author; a stamp's word followed by the manner of writing or
of the slip that made it public (by hand, by mistake, in pencil, par erreur, aus Versehen, per errore, przez pomyłkę,
по ошибке ...) now opens the article's participle clause (_STAMP_MANNER), while "Written by X", "Posted by admin on
..." and the stamps of the other languages still go. Classes, each in six languages with near misses (tests/test_clean.py
test_round_68_*): a free download offered by the writer after a hi-I'm intro ("Grab my free ... guide here", "Scarica
la mia guida gratuita"); the written-by byline with a call to follow the writer on a network after a separator; the
open-access notice ("Article en accès libre : la rédaction a choisi ..."); the one-line about-the-author box with the
writer's book plugged in the third person; the platform's technology credit ("Tecnologia di Blogger."); a course or
workshop plug with the sign-up by private message ("Запись в личных сообщениях."); the blog's post named with a
demonstrative holding affiliate links ("Этот пост содержит партнёрские ссылки.") and the themes' other post-navigation
headings ("Навигация по записи"); abbreviated ad labels ("ADV", "Pub", "Anz.", "Рекл."); the post liked in the present
tense before a share call ("Dir gefällt der Beitrag? Dann teile ihn ..."); a follow or like prompt on a network with
what it is for ("..., żeby nie przegapić nowych wpisów!"); the site named on a messenger with the call to its channel
after the colon ("... auf WhatsApp: Jetzt Kanal abonnieren"); and a firm's ad with its name and a number to call after
a dash ("... – Okna Sokół, zadzwoń: ..."). Left: fr-chronique-kiosque's four lines (its column-newsletter prompt, its
react prompt, its commenter row and its comment), not reached this round. Elsewhere: set 71 it-rubrica-luminarie clean
(see its round 68 paragraph); set 64 de-portal-hausarztpraxis clean (its WhatsApp-channel prompt: pages 5 -> 6/12,
left 10 -> 9); set 66 de-blog-briefe left 2 -> 1 (its free-PDF prompt: left 4 -> 3 of 240); no other set changed and no
article line was lost on any set. SemEval: 0 of 3723 files changed.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_72_LINES = [
    # English
    ("body", '[caption id="attachment_4412" align="aligncenter" width="800"] The old mill race in 1932. Photo: parish archive[/caption]', "marker"),
    ("body", "Advertisement - Continue Reading Below", "marker"),
    ("body", "[embedded content]", "marker"),
    ("head", "Estimated reading time: 6 minutes", "reading-time"),
    ("head", "5 min read · Mar 3, 2026", "reading-time"),
    ("tail", "Hi, I'm Maggie – I write about slow gardening from a windy hillside. Grab my free seed-saving guide here.", "byline"),
    ("tail", "My new book, The Quiet Orchard, is out now – signed copies are available in my shop.", "byline"),
    ("head", "Written by Tom Ashcombe | Follow him on Bluesky @tomashcombe.bsky.social", "byline"),
    ("tail", "Proudly powered by WordPress | Theme: Astra by Brainstorm Force.", "footer"),
    ("tail", "Report Abuse · Powered by Blogger", "footer"),
    ("tail", "Create a website or blog at WordPress.com", "footer"),
    ("tail", "14 thoughts on “Why I gave up on raised beds”", "comments"),
    ("tail", "Comments for this thread are now closed.", "comments"),
    ("tail", "Trackbacks/Pingbacks", "comments"),
    ("tail", "Share this story: Email · WhatsApp · Reddit · Pocket", "share"),
    # French
    ("tail", "L'article La fontaine du lavoir retrouve son eau est apparu en premier sur Le Fil de la Vallée.", "marker"),
    ("head", "Temps de lecture estimé : 5 min", "reading-time"),
    ("tail", "Mon livre « Les Jardins du vent » est disponible en librairie et dans ma boutique en ligne, dédicacé sur demande.", "byline"),
    ("tail", "Fièrement propulsé par WordPress", "footer"),
    ("tail", "3 réponses à « Pourquoi j'ai arrêté le potager en carrés »", "comments"),
    ("head", "Article en accès libre : la rédaction a choisi de le rendre disponible à tous.", "notice"),
    # German
    ("body", "Lesen Sie nach der Anzeige weiter", "marker"),
    ("head", "Lesezeit: ca. 6 Minuten", "reading-time"),
    ("tail", "Über die Autorin: Greta Hollweg schreibt seit 2019 über Gärten ohne Gift. Ihr Buch „Der faule Garten“ ist überall im Buchhandel erhältlich.", "byline"),
    ("tail", "Stolz präsentiert von WordPress", "footer"),
    ("tail", "Die Kommentarfunktion für diesen Artikel ist geschlossen.", "comments"),
    ("tail", "Artikel teilen: WhatsApp Facebook X E-Mail Link kopieren", "share"),
    # Italian
    ("tail", "L'articolo Il mercato torna in piazza Grande proviene da Il Corriere della Sorra.", "marker"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Il mio libro «Pane di casa» è disponibile su Amazon e in tutte le librerie.", "byline"),
    ("tail", "Tecnologia di Blogger.", "footer"),
    ("tail", "Questo articolo ha 5 commenti", "comments"),
    ("head", "Articolo aggiornato alle 18:40 del 3 marzo 2026", "notice"),
    # Polish
    ("tail", "Wpis Nowa kładka na Młynówce pochodzi z serwisu Głos Doliny.", "marker"),
    ("head", "Czas czytania: ok. 5 min", "reading-time"),
    ("tail", "Autorka: Ewa Dobrosz – prowadzę warsztaty ceramiki dla dorosłych, zapisy na mojej stronie.", "byline"),
    ("tail", "Dumnie wspierane przez WordPress", "footer"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    ("tail", "Udostępnij: Facebook Messenger WhatsApp E-mail", "share"),
    # Russian
    ("body", "Реклама. ООО «Ромашка-Трейд», ИНН 0000000000, erid: 2Vtzqx0000", "marker"),
    ("head", "⏱ 5 мин на чтение", "reading-time"),
    ("tail", "Автор — Ольга Верескова, веду курсы по домашней выпечке. Запись в личных сообщениях.", "byline"),
    ("tail", "Сайт работает на WordPress", "footer"),
    ("tail", "Комментирование этой записи закрыто.", "comments"),
    ("tail", "Материал подготовлен при поддержке администрации Ключегорска.", "notice"),
]

HELD_OUT_72_KEEP = [
    # English
    ("head", "Source of the contamination was traced to a cracked pipe beneath the school playing field."),
    ("body", "Comments from parents at Tuesday's meeting were largely supportive of the new timetable."),
    ("body", "Visit the harbour at low tide and you can still see the ribs of the old ferry in the mud."),
    ("body", "Share of the vote for independent candidates rose to nearly a third in the eastern wards."),
    ("tail", "Written by hand in 1911, the parish minutes record the same argument about the well."),
    ("body", "Reply slips from residents were collected at the library until the end of January."),
    ("tail", "Related costs, the council says, will be met from the reserves rather than from rents."),
    # French
    ("head", "Source de tensions depuis des années, le parking de la gare sera enfin agrandi au printemps."),
    ("body", "Partager la route avec les tracteurs reste, pour beaucoup d'habitants, une évidence."),
    ("tail", "Publicité mensongère : c'est ainsi que l'association qualifie la brochure distribuée par la mairie."),
    # German
    ("body", "Kommentare wie dieser fielen im Gemeinderat am Dienstagabend immer wieder."),
    ("head", "Quelle des Streits ist ein Brunnen, den beide Gemeinden für sich beanspruchen."),
    ("tail", "Werbung für die neue Buslinie macht die Gemeinde vorerst nur mit Plakaten am Rathaus."),
    # Italian
    ("body", "Commenti entusiasti sono arrivati anche dai commercianti del centro storico."),
    ("head", "Fonte di lavoro per oltre trenta famiglie, la cava resterà aperta almeno fino al 2028."),
    ("tail", "Seguire i lavori dal vivo sarà possibile solo dal belvedere, per motivi di sicurezza."),
    # Polish
    ("body", "Komentarze mieszkańców po zebraniu były podzielone, ale nikt nie chciał zamknięcia szkoły."),
    ("tail", "Reklama nowego sklepu zawisła na płocie, zanim jeszcze gmina wydała pozwolenie."),
    # Russian
    ("body", "Комментарии к проекту жители могут оставить в администрации до конца месяца."),
    ("tail", "Подписаться под обращением к губернатору успели уже четыреста человек."),
]

HELD_OUT_72_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-sallowmere-ford", [
        ["-Brindlecombe Live",
         "-News Sport What's On Property Jobs Announcements",
         "-Sign in | Register",
         "-Traffic: slow-moving queues on the bypass after a breakdown near the retail park",
         "-Home › News › Local News",
         "-Trending: Carnival route | Bin collections | School places"],
        ["+Sallowmere ford reopens with depth gauge and flashing signs after winter of stranded cars"],
        ["-By Lucy Farrant, Community Reporter",
         "-11:42, 14 March 2026 · Updated 13:05"],
        ["+The ford on Sallowmere Lane reopened to traffic on Friday morning, three months after the county closed it when a fifth car in as many weeks was swept against the railings by floodwater."],
        ["-Promoted",
         "-Compare van insurance quotes in minutes – Vanfinch Direct"],
        ["+“People trusted their sat-nav rather than their eyes,” said Councillor Janet Ruddock, who chairs the highways panel. “Now there is a gauge you cannot miss and lights that tell you to turn round.”"],
        ["+What has been installed"],
        ["+A depth gauge marked up to 1.2 metres on both banks",
         "+Amber flashing signs triggered above 30 centimetres",
         "+A turning bay fifty metres before the water",
         "+A camera feed checked by the council each morning"],
        ["-Read more: Why the bypass roadworks will run into the summer",
         "-Get the Brindlecombe Live newsletter every morning – sign up here"],
        ["+Residents of the hamlet beyond the ford had faced a six-mile detour while the lane was shut, and the village shop said trade had fallen by a third."],
        ["+The county will review the signs after the first year and has not ruled out a footbridge if the money can be found."],
        ["-Comments (3)",
         "-Gerry_H · 14 March 2026",
         "-About time. My neighbour's Fiesta was in there up to the windows.",
         "-Reply · Report"],
        ["-Most Read",
         "-Family-run garden centre announces closing-down sale",
         "-Brindlecombe Live is published by Brindlecombe Live Media Ltd. © 2026 All rights reserved.",
         "-Cookie Settings | Privacy Notice | Terms | Contact Us"],
    ]),
    _page("en", "en-blog-chair-caning", [
        ["-Rush & Cane",
         "-Notes from a very small workshop",
         "-Home · About · Workshops · Shop · Contact",
         "-Free UK delivery on cane kits over £40",
         "-Search this blog",
         "-Posted in Chairs, Techniques"],
        ["+Six chairs later: what re-caning a seat has taught me about patience"],
        ["-February 9, 2026 by Hattie",
         "-17 Comments"],
        ["+When I bought a pair of bentwood chairs with their seats punched through for £10 at a house clearance, I assumed re-caning them would take a weekend."],
        ["-Pin it for later!",
         "-Contents [show]"],
        ["+My neighbour, who caned chairs for the railways in the 1970s, watched me for a minute and said: “You are pulling it like a shoelace. Cane wants coaxing, not pulling.”"],
        ["+What changed my results"],
        ["+Soaking each strand for twenty minutes, not five",
         "+Working the seventh pass a little looser than the others",
         "+Pegging every hole so the tension holds overnight"],
        ["-Like this:",
         "-Like Loading..."],
        ["+The first chair took me eleven evenings. The sixth took three, and it is the only one I would let a visitor sit on."],
        ["+What I had not expected is how quiet the work is: the cane squeaks a little, and otherwise there is only the radio."],
        ["+I am starting on a rocking chair next, which has a curved seat and, I am told, a mind of its own."],
        ["-17 responses to “Six chairs later: what re-caning a seat has taught me about patience”",
         "-Bernadette Yule",
         "-February 10, 2026 at 7:15 am",
         "-Beautiful work! Where do you buy your cane? The stuff from my local craft shop snaps constantly.",
         "-Reply"],
        ["-Newer post: Rush seats, part one →",
         "-Blog at WordPress.com.",
         "-Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use."],
    ]),
    _page("fr", "fr-chronique-kiosque", [
        ["-Le Réveil de Vernoussac",
         "-Actualité Sports Loisirs Opinions Annonces légales Avis de décès",
         "-S'abonner dès 1 € le premier mois",
         "-Se connecter",
         "-Opinions › Chroniques",
         "-La chronique de Mathilde Escarbagne"],
        ["+Le kiosque ferme, et avec lui la conversation du matin"],
        ["-Publié le 7 mars 2026 à 6 h 00",
         "-Offrir cet article"],
        ["+Depuis lundi, le kiosque de la place du Marché a ses volets baissés, et l'on ne sait plus très bien où acheter son journal à Vernoussac."],
        ["-Publicité",
         "-Mutuelle seniors : jusqu'à 30 % d'économies, comparez en ligne"],
        ["+Son tenancier, Robert Amblard, trente et un ans derrière le comptoir, me l'a dit sans amertume : « Les gens passaient pour le journal et restaient pour la météo, les enterrements et le foot. »"],
        ["+Ce que le kiosque vendait chaque semaine"],
        ["+Quarante exemplaires du quotidien régional",
         "+Une douzaine de cahiers de mots fléchés",
         "+Les billets du loto et les timbres"],
        ["-À lire aussi : Le dernier bureau de tabac du canton cherche repreneur",
         "-Recevez nos chroniques chaque dimanche : inscrivez-vous à la lettre Opinions"],
        ["+La mairie promet de trouver une solution, peut-être un dépôt de presse à la boulangerie."],
        ["+Mais un dépôt n'est pas un kiosque : on y prend son journal, on n'y commente pas le match de la veille."],
        ["+Et c'est peut-être cela que nous perdons, bien plus qu'un point de vente."],
        ["-Réagir à cet article",
         "-Jean-Paul V. – le 7 mars à 8 h 12",
         "-Robert nous manquera. Qui va nous donner les résultats du rugby maintenant ?",
         "-Signaler un abus"],
        ["-Mots-clés : Vernoussac, commerce, presse",
         "-Le Réveil de Vernoussac – SAS Réveil Médias, RCS 000 000 000",
         "-Mentions légales · Politique de confidentialité · Gérer mes cookies",
         "-© Le Réveil de Vernoussac 2026 – Tous droits réservés"],
    ]),
    _page("fr", "fr-portail-rue-pietonne", [
        ["-Roquebellanne Info",
         "-L'actualité du pays roquebellannais",
         "-Accueil Actualités Agenda Petites annonces Contact",
         "-Rechercher…",
         "-Flash info : coupure d'eau rue des Tanneurs jeudi de 9 h à 12 h",
         "-Accueil > Actualités > Vie locale"],
        ["+La Grand-Rue sera piétonne tous les week-ends de juin à septembre"],
        ["-Par la rédaction | 21 avril 2026",
         "-Photo : la Grand-Rue un samedi matin © Roquebellanne Info"],
        ["+Après deux étés d'essai, le conseil municipal a voté mardi la fermeture de la Grand-Rue aux voitures tous les samedis et dimanches, de juin à fin septembre."],
        ["-Annonce",
         "-Vos fenêtres PVC posées en 15 jours – devis gratuit, Menuiseries Daubrac"],
        ["+« Les terrasses ont doublé et personne ne s'est plaint du bruit », a assuré l'adjointe au commerce, Sandrine Mazolle, devant une salle comble."],
        ["+Ce qui change pour les riverains"],
        ["+Un badge d'accès pour les résidents",
         "+Les livraisons autorisées avant 10 heures",
         "+Deux parkings gratuits en bord de ville",
         "+Une navette le samedi matin"],
        ["-Sur le même sujet",
         "-Marché nocturne : les exposants peuvent s'inscrire jusqu'au 15 mai"],
        ["+Les commerçants de la place de l'Église, eux, réclament d'être inclus dans le périmètre dès l'an prochain."],
        ["+Un bilan sera présenté en octobre, avant un éventuel passage à l'année."],
        ["-2 commentaires",
         "-Maryse D.",
         "-Très bonne nouvelle pour les enfants, enfin on respire le samedi !",
         "-Répondre"],
        ["-Suivez Roquebellanne Info sur Facebook et Instagram",
         "-Roquebellanne Info – association loi 1901, SIRET 000 000 000 00000",
         "-Nous contacter | Mentions légales | Cookies",
         "-Site réalisé par Studio Garrigue"],
    ]),
    _page("de", "de-portal-wartehaeuschen", [
        ["-Wendelsrieder Bote",
         "-Lokales Sport Kultur Blaulicht Service",
         "-E-Paper | Abo | Anmelden",
         "-Wetter in Wendelsried: 14 °C, bewölkt",
         "-Startseite › Lokales › Wendelsried",
         "-Eilmeldung: Kreisstraße zum Gewerbegebiet nach Unfall gesperrt"],
        ["+Schüler entwerfen neues Wartehäuschen an der Linde"],
        ["-Von Jonas Bräutigam",
         "-Veröffentlicht: 16.04.2026, 17:20 Uhr"],
        ["+Das alte Wartehäuschen an der Haltestelle „An der Linde“ war seit Jahren ein Ärgernis: undicht, beschmiert und im Winter zugig."],
        ["-Werbung",
         "-Jetzt Heizöl günstig bestellen – Tagespreise vergleichen bei Brennstoffe Kolbeck"],
        ["+„Wir wollten, dass man hier gern wartet“, sagt die 13-jährige Leonie, die mit ihrer Klasse drei Monate lang Modelle gebaut hat."],
        ["+Was das neue Häuschen bietet"],
        ["+Ein begrüntes Dach mit Sedum",
         "+Bänke aus Eichenholz aus dem Gemeindewald",
         "+Eine Tafel mit Abfahrtszeiten und Ortsplan",
         "+Licht, das bei Dunkelheit automatisch angeht"],
        ["-Lesen Sie auch: Neue Buslinie ins Gewerbegebiet ab Mai",
         "-Der Wendelsrieder Bote auf WhatsApp: Jetzt Kanal abonnieren"],
        ["+Die Kosten von rund 18.000 Euro teilen sich die Gemeinde und der Landkreis."],
        ["+Eingeweiht werden soll das Häuschen Ende Mai – mit einer kleinen Feier, zu der die Klasse auch den Busfahrer eingeladen hat."],
        ["-Schlagwörter: Wendelsried, ÖPNV, Schule",
         "-Mehr aus Wendelsried",
         "-Feuerwehr übt am Samstag am Sportplatz",
         "-Bürgerbüro bleibt am Brückentag geschlossen"],
        ["-Impressum | Datenschutz | AGB | Kontakt",
         "-Cookie-Einstellungen",
         "-Wendelsrieder Bote – Bote Medien GmbH, Registergericht: Amtsgericht Wendelsried, HRB 00000",
         "-© 2026 Wendelsrieder Bote. Alle Rechte vorbehalten."],
    ]),
    _page("de", "de-blog-buchbinden", [
        ["-Falz & Faden",
         "-Bücher binden am Küchentisch",
         "-Startseite Anleitungen Material Über mich Kontakt",
         "-☰ Menü",
         "-Suche nach:",
         "-Kategorie: Anleitungen"],
        ["+Mein erstes Buch mit Fadenheftung – und warum es schief wurde"],
        ["-Veröffentlicht am 2. Februar 2026 von Ilka",
         "-8 Kommentare"],
        ["+Ein Buch selbst zu binden klingt nach einem Nachmittag: Papier falzen, Lagen heften, Deckel drauf. Bei mir hat es drei Wochenenden gedauert."],
        ["-Werbung | Dieser Beitrag enthält Affiliate-Links",
         "-Inhaltsverzeichnis anzeigen"],
        ["+Die Buchbinderin im Nachbarort, bei der ich schließlich einen Abend verbringen durfte, lachte nur: „Du hast gegen die Laufrichtung gefalzt. Das Papier weiß das, auch wenn du es nicht weißt.“"],
        ["+Was ich beim zweiten Mal anders gemacht habe"],
        ["+Die Laufrichtung des Papiers vor dem Falzen geprüft",
         "+Leinenzwirn statt Nähgarn genommen",
         "+Die Lagen über Nacht unter Gewichten gepresst"],
        ["-Dir gefällt der Beitrag? Dann teile ihn mit deinen Freunden!",
         "-Vorheriger Beitrag: Papier marmorieren mit Rasierschaum"],
        ["+Das zweite Buch liegt jetzt gerade, schlägt sich flach auf und riecht nach Leim und Leinen."],
        ["+Es ist kein Meisterstück, aber es ist meins, und ich schreibe seit Montag mein Gartentagebuch hinein."],
        ["+Als Nächstes will ich mich an einen Halbledereinband wagen."],
        ["-8 Gedanken zu „Mein erstes Buch mit Fadenheftung – und warum es schief wurde“",
         "-Bettina sagt:",
         "-3. Februar 2026 um 20:14 Uhr",
         "-Oh, das mit der Laufrichtung kenne ich! Danke fürs Zeigen.",
         "-Antworten"],
        ["-Schreibe einen Kommentar Antworten abbrechen",
         "-Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
         "-Impressum · Datenschutzerklärung · © 2026 Falz & Faden"],
    ]),
    _page("it", "it-rubrica-pallone", [
        ["-Il Veltrese",
         "-Quotidiano di Roccaveltra e dintorni",
         "-Cronaca Politica Sport Cultura Opinioni Necrologi",
         "-Abbonati | Accedi",
         "-Opinioni",
         "-Il punto di Paola Ginestrelli"],
        ["+Vietato giocare a pallone in piazza: un'ordinanza che ci fa più vecchi"],
        ["-8 marzo 2026",
         "-Commenta"],
        ["+Da lunedì, in piazza della Collegiata, è vietato giocare a pallone: lo dice un'ordinanza del sindaco, affissa accanto alla fontana."],
        ["-Pubblicità",
         "-Caldaia nuova con lo sconto in fattura: scopri l'offerta Termoidraulica Veltrese"],
        ["+Il sindaco spiega che i palloni rompevano le vetrine. Ma un ragazzo di undici anni, che ho incontrato sulla scalinata, mi ha chiesto: «E adesso dove andiamo? Al campo servono la tessera e l'allenatore.»"],
        ["+Cosa dice l'ordinanza"],
        ["+Divieto di giochi con la palla dalle 8 alle 22",
         "+Multe da 25 a 150 euro",
         "+Deroghe solo per feste e manifestazioni autorizzate"],
        ["-Leggi anche: Il centro storico senza bambini, l'allarme dei commercianti",
         "-Iscriviti alla newsletter del Veltrese: ogni mattina le notizie del territorio"],
        ["+Una piazza dove nessuno gioca è più ordinata, certo. Ma è anche più silenziosa, e non di un silenzio buono."],
        ["+Le vetrine si possono assicurare; un'infanzia passata in casa, no."],
        ["+Chiedo al sindaco di ripensarci, o almeno di indicare ai ragazzi un posto dove andare."],
        ["-I commenti dei lettori",
         "-Franco M. · 8 marzo 2026 alle 10:31",
         "-Ho giocato in quella piazza per vent'anni, mai rotto una vetrina. Forse una.",
         "-Rispondi"],
        ["-Altri interventi di Paola Ginestrelli",
         "-Il Veltrese – Veltrese Editoriale srl, P.IVA 00000000000",
         "-Registrazione Tribunale n. 00/2000",
         "-Privacy policy · Cookie policy · Contatti"],
    ]),
    _page("it", "it-portale-mulattiera", [
        ["-SorraNews",
         "-Il portale della Valdisorra",
         "-Home Cronaca Comuni Eventi Meteo Contatti",
         "-Cerca nel sito",
         "-Ultim'ora: chiusa per frana la strada per le frazioni alte",
         "-Home » Cronaca » Valdisorra"],
        ["+Riaperta la mulattiera di San Rocco dopo due anni di cancelli e carte bollate"],
        ["-di Redazione · 27 aprile 2026",
         "-Foto: il cancello rimosso (Comune di Valdisorra)"],
        ["+La mulattiera che collega il paese alla cappella di San Rocco è di nuovo percorribile: il Comune ha fatto rimuovere il cancello installato da un proprietario privato nel 2024."],
        ["-Contenuto sponsorizzato",
         "-Vacanze in agriturismo in Valdisorra: prenota ora con il 10% di sconto"],
        ["+«Era un passaggio usato da secoli, con le processioni e con le mucche», ha detto il sindaco Aldo Pezzamosca. «Ora lo abbiamo messo nero su bianco.»"],
        ["+Gli interventi previsti"],
        ["+Nuova segnaletica all'imbocco del sentiero",
         "+Pulizia dei muretti a secco",
         "+Una panchina al belvedere",
         "+Una bacheca con la storia della cappella"],
        ["-ADV",
         "-Seguici su Telegram: le notizie della valle in tempo reale"],
        ["+Il proprietario ha annunciato ricorso al Tar, ma per ora il passaggio resta aperto a tutti."],
        ["+Domenica 10 maggio la Pro loco organizza una camminata inaugurale con partenza dalla piazza alle 9."],
        ["-Tag: mulattiera, San Rocco, sentieri",
         "-Articoli correlati",
         "-Valdisorra, al via i lavori per la nuova scuola materna",
         "-Sagra del formaggio, il programma completo"],
        ["-SorraNews è una testata giornalistica registrata presso il Tribunale, n. 00/2019",
         "-Editore: Valle Media srl – P.IVA 00000000000",
         "-Questo sito utilizza cookie tecnici e di profilazione. Accetta Rifiuta",
         "-© 2026 SorraNews – Tutti i diritti riservati"],
    ]),
    _page("pl", "pl-blog-pomidory", [
        ["-Balkon na szóstym",
         "-Ogród w donicach, na szóstym piętrze bloku",
         "-Strona główna O mnie Porady Sklepik Kontakt",
         "-Szukaj",
         "-Kategoria: Warzywa",
         "-Darmowy poradnik o wysiewie do pobrania"],
        ["+Pomidory na balkonie: trzy sezony pomyłek i jeden udany"],
        ["-Opublikowano 18 sierpnia 2025 przez Jadzię",
         "-12 komentarzy"],
        ["+Pierwsze pomidory posadziłam na balkonie w doniczkach po storczykach. Urosły do kolan, zakwitły i na tym się skończyło."],
        ["-Reklama",
         "-Ziemia do warzyw 50 l w promocji – sprawdź w sklepie Zielony Zakątek"],
        ["+Dopiero pani z działki obok mamy powiedziała mi wprost: „Pomidor to nie kwiatek. On chce wiadra, słońca i żebyś mu nie żałowała wody.”"],
        ["+Co w końcu zadziałało"],
        ["+Wiadra po farbie z otworami w dnie",
         "+Odmiany koktajlowe zamiast malinowych",
         "+Podlewanie rano, nigdy wieczorem",
         "+Podpory z bambusa wbite od razu"],
        ["-Polub mój profil na Facebooku, żeby nie przegapić nowych wpisów!",
         "-Czytaj także: Bazylia, która przetrwała zimę"],
        ["+W tym roku zebrałam z sześciu krzaków prawie dwanaście kilogramów, a sąsiadka z piątego piętra dostała słoik przecieru."],
        ["+Na przyszły sezon planuję ogórki, chociaż mąż twierdzi, że balkon już się ugina."],
        ["-12 odpowiedzi na „Pomidory na balkonie: trzy sezony pomyłek i jeden udany”",
         "-Krysia",
         "-19 sierpnia 2025 o 21:03",
         "-A ja myślałam, że na szóstym piętrze za bardzo wieje. Spróbuję!",
         "-Odpowiedz"],
        ["-Napisz komentarz",
         "-Polityka prywatności",
         "-© 2025 Balkon na szóstym · Motyw: Kadence"],
    ]),
    _page("pl", "pl-portal-wieza-cisnien", [
        ["-Wierzbnowo24.pl",
         "-Wiadomości Sport Kultura Ogłoszenia Nekrologi Kontakt",
         "-Zaloguj się | Załóż konto",
         "-Pogoda: Wierzbnowo 9°C, przelotne opady",
         "-Pilne: Utrudnienia na ul. Kolejowej do piątku",
         "-Wiadomości › Wierzbnowo"],
        ["+Stara wieża ciśnień będzie punktem widokowym. Pierwsi goście wejdą w czerwcu"],
        ["-Oprac. Anna Kopytko",
         "-2 kwietnia 2026, 14:55"],
        ["+Nieczynna od lat dziewięćdziesiątych wieża ciśnień przy ulicy Kolejowej zostanie otwarta dla zwiedzających. Gmina zakończyła już remont schodów i dachu."],
        ["-Reklama",
         "-Okna i drzwi z montażem w 14 dni – Okna Sokół, zadzwoń: 000 000 000"],
        ["+– Z góry widać całe miasto, a przy dobrej pogodzie nawet kominy cukrowni w sąsiedniej gminie – mówi burmistrz Teresa Gawlikowska."],
        ["+Co czeka na zwiedzających"],
        ["+Taras widokowy na wysokości 32 metrów",
         "+Wystawa zdjęć dawnego Wierzbnowa",
         "+Wstęp za 5 zł, dla dzieci bezpłatnie"],
        ["-Zobacz także: Remont dworca kolejowego opóźniony",
         "-Masz temat? Napisz do nas: redakcja@wierzbnowo24.example"],
        ["+Remont kosztował 2,4 mln zł, z czego większość pochodziła z funduszy unijnych."],
        ["+Wieża będzie otwarta od czwartku do niedzieli, a w sezonie także w dni powszednie."],
        ["+Gmina szuka jeszcze przewodników-wolontariuszy."],
        ["-Komentarze (5)",
         "-~Zbyszek, 2 kwietnia 2026",
         "-Wreszcie coś dla turystów, a nie tylko parkingi.",
         "-Odpowiedz | Zgłoś"],
        ["-Najczęściej czytane",
         "-Dożynki gminne: znamy program",
         "-Wierzbnowo24.pl – Wydawca: Media Doliny sp. z o.o., KRS 0000000000",
         "-Polityka cookies | Regulamin | Kontakt"],
    ]),
    _page("ru", "ru-kolonka-remont", [
        ["-Ключегорская правда",
         "-Новости Город Происшествия Спорт Мнения Афиша",
         "-Подписка на газету",
         "-Войти",
         "-Мнения",
         "-Колонка Ирины Зольниковой"],
        ["+Перфоратор по воскресеньям: почему закон о тишине у нас не работает"],
        ["-12 марта 2026, 09:00",
         "-Просмотров: 1 482"],
        ["+Третий месяц подряд сосед сверху делает ремонт, и третий месяц подряд я просыпаюсь в субботу в восемь утра от звука перфоратора."],
        ["-На правах рекламы",
         "-Пластиковые окна со скидкой 30% — «Окна Ключегорска», звоните 0-000-000"],
        ["+В управляющей компании мне ответили честно: «Мы можем только повесить объявление. Штрафовать должна полиция, а полиция на шум не приезжает»."],
        ["+Что говорит областной закон"],
        ["+Тишина с 22:00 до 8:00 в будни",
         "+В выходные — до 10:00",
         "+Штраф для граждан до 3 000 рублей"],
        ["-Читайте также: Жители Заречной жалуются на ночные стройки",
         "-Подписывайтесь на «Ключегорскую правду» в Telegram"],
        ["+Закон есть, но никто не отвечает за то, чтобы он исполнялся."],
        ["+Может быть, стоит начать с малого: с таблички в подъезде и разговора на лестнице."],
        ["+Я, во всяком случае, на прошлой неделе отнесла соседу пирог. Перфоратор в воскресенье молчал."],
        ["-Комментарии (9)",
         "-Галина Петровна",
         "-12 марта 2026 в 11:47",
         "-У нас то же самое, только сосед снизу и с шести утра.",
         "-Ответить"],
        ["-Мнение автора может не совпадать с позицией редакции.",
         "-Свидетельство о регистрации СМИ ПИ № ТУ 00-00000",
         "-© «Ключегорская правда», 2026. При перепечатке ссылка обязательна."],
    ]),
    _page("ru", "ru-blog-podlednyj-lov", [
        ["-Лёд и мормышка",
         "-Блог о зимней рыбалке для начинающих",
         "-Главная Снасти Водоёмы Об авторе",
         "-Поиск по блогу",
         "-Рубрика: Мой опыт",
         "-Скидка 10% на зимние палатки в магазине «Клёвое место» по промокоду ЛЁД"],
        ["+Моя первая зима на льду: что я сделал не так"],
        ["-Опубликовано 20 февраля 2026 автором Сергей",
         "-4 комментария"],
        ["+В декабре я купил ледобур, удочку и ящик, прочитал три форума и решил, что готов. Первый выезд на Ключегорское озеро закончился без единой поклёвки и с мокрыми ногами."],
        ["-Этот пост содержит партнёрские ссылки.",
         "-Навигация по записи"],
        ["+Старик с соседней лунки посмотрел на мою удочку и сказал: «Ты на окуня с такой леской пришёл? Он же её видит, как канат»."],
        ["+Что я поменял"],
        ["+Тонкая леска 0,12 вместо 0,25",
         "+Мормышка с мотылём вместо блесны",
         "+Лунки подальше от берега",
         "+Непромокаемые бахилы поверх ботинок"],
        ["-Понравилась статья? Поставьте лайк и подпишитесь на блог!",
         "-Предыдущая запись: Как выбрать ледобур"],
        ["+К концу февраля я приносил домой по десятку окуней, и жена перестала спрашивать, сколько стоил ледобур."],
        ["+Главное, чему научила меня эта зима: на льду торопиться нельзя, ни с лункой, ни с выводами."],
        ["-4 комментария к записи «Моя первая зима на льду: что я сделал не так»",
         "-Виктор",
         "-21.02.2026 в 18:40",
         "-Про бахилы — золотой совет, сам два сезона ходил с мокрыми ногами.",
         "-Ответить"],
        ["-Добавить комментарий",
         "-Копирование материалов разрешено только с активной ссылкой на блог.",
         "-© 2026 Лёд и мормышка"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_72_line, test_held_out_72_line_is_kept, test_held_out_72_page = held_out_tests(
    HELD_OUT_72_LINES, HELD_OUT_72_KEEP, HELD_OUT_72_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
