"""Held-out set 179: written blind, weighted toward the noise the cleaner exists for, in shapes set 178's docstring does
not name (nor the first paragraphs of sets 175, 176 and 177): scraper, embed and ad markers (an English Sketchfab 3D
model that needs WebGL "Sketchfab 3D model failed to load: WebGL is not supported by your browser.", an English Genially
presentation restricted to its creator's team "Genially presentation could not load – its creator has restricted it to
their team.", an English Datawrapper chart that was unpublished "Datawrapper chart could not be displayed: the chart has
been unpublished.", a French Calaméo document withdrawn by its publisher "Le document Calaméo n'a pas pu être chargé :
la publication a été retirée par son éditeur.", a German Podigee player whose episode was depublished "Der
Podigee-Player ist nicht verfügbar: Diese Episode wurde depubliziert.", an Italian Dailymotion video blocked in the
reader's country "Il video di Dailymotion non è disponibile nel tuo paese.", a Polish Issuu publication unavailable in
the reader's region "Publikacja z Issuu nie załadowała się – dokument jest niedostępny w Twoim regionie." and a Russian
Rutube player whose video is for subscribers only "Плеер Rutube не загрузился: видео доступно только по подписке.");
reading-time headers in new wordings (the English reading-length label "Reading length: about 6 minutes", a blog's
build-log line with its photos "This build log takes about twenty minutes to read, photos included.", the French bare
reading label "Lecture 6 min.", the German reading-duration label "Lesedauer ca. 6 Min.", the Italian minutes-of-reading
line "6 minuti di lettura", the Polish reading label "Czas lektury: ok. 6 minut" and the Russian read-for line "Читать 6
минут"); bylines and self-promotion (an English name-and-job-title byline "Ambrose Quillenhythe, Chief Reporter", a
French an-article-by byline "Un article de Clémentine Vauxperlin", a German a-piece-by byline "Ein Beitrag von Wendelin
Sprottenhauer" and an Italian report-by byline "Servizio di Donatella Sbrinchetti", all at the head, and at the foot an
English eBay brass-reeds plug with its padded envelopes "My tuned brass reeds are listed on eBay most weekends; I post
them in padded envelopes.", an English enamel-signs commissions plug "Commissions for hand-painted enamel signs are open
– fill in the form on my Commissions page.", a Polish OLX aprons plug with InPost delivery "Moje ręcznie szyte fartuchy
kupicie na OLX, wysyłam InPostem." and a Russian Livemaster (Ярмарка Мастеров) turned-chess-pieces plug with Russian
Post delivery "Свои точёные шахматы продаю на Ярмарке Мастеров, отправка Почтой России."); blog and site footers (an
English Ghost credit with its Casper theme and a sign-up link "Published with Ghost · Theme: Casper · Sign up", an
English IPSO regulation line with its complaints route "This newspaper is regulated by IPSO; complaints should be sent
to the editor first.", an English accessibility, sitemap, newsroom and advertise-with-us row "Accessibility statement ·
Sitemap · Contact the newsroom · Advertise with us", a French WordPress-and-o2switch credit "Site réalisé avec WordPress
et hébergé par o2switch", a German STRATO hosting row with imprint and privacy links "Diese Website wird bei STRATO
gehostet · Impressum · Datenschutz", an Italian VAT-number row with rights reserved and a privacy-and-cookie link "P.IVA
02873410965 · Tutti i diritti riservati · Privacy e cookie policy", a Polish using-the-portal-means-accepting line
"Korzystanie z portalu oznacza akceptację Regulaminu i Polityki prywatności." and a Russian Tilda credit with a
privacy-policy link "Сайт работает на Tilda · Политика конфиденциальности"); reader-comment furniture (an English
removed-by-a-moderator stub "This comment has been removed by a moderator.", an English load-more button "Load 6 more
comments", an English log-in-to-comment prompt with Disqus, Facebook and Google "Log in with Disqus, Facebook or Google
to post a comment.", a French show-earlier-replies link "Afficher les 4 réponses précédentes", a German
approved-after-review note "Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.", an Italian
load-more button "Carica altri 8 commenti", a Polish show-earlier-comments link "Pokaż wcześniejsze komentarze (7)" and
a Russian log-in-through-Gosuslugi prompt "Войдите через Госуслуги, чтобы оставить комментарий."); share rows (an
English pass-it-on row with Reddit and Pinterest "Pass it on: Facebook · Reddit · Pinterest · Copy link", a French
share-with-your-family row with Messenger and SMS "Partagez cet article avec vos proches : Facebook · Messenger · SMS"
and a German share-by row with Threema "Artikel teilen per WhatsApp · Threema · E-Mail · Link kopieren"); and notices
(an Italian timed correction note "Nota: l'articolo è stato corretto alle 11:05; nella prima versione era indicato un
anno sbagliato." and a Polish correction note "Sprostowanie: w pierwotnej wersji tekstu błędnie podaliśmy nazwisko
sołtysa.", both in the body, and a Russian the-editors-may-not-share-the-author's-view note "Редакция может не разделять
мнение автора публикации." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 178's
docstring does not describe (on the six portal pages, in nine blocks, the masthead, a date-and-weather strip and the
section menu in one block of three at the very top, in that order; the title at the top of a block of three with a bare
reading time and a share row after it; the byline-and-date line at the top of the first paragraph's block, right before
the first paragraph; the second paragraph at the top of its block with the photo caption and its credit after it; the
paragraph with the quote at the top of a block of two with a read-also link after it; the subheading and the three rows
with an ad label and a sponsored headline between the second and third rows, inside the list block (a block of six); the
two last paragraphs in one block with a newsletter prompt between them and a tags line after the second; at the foot two
blocks, four lines of a comment thread (a comment count, a comment, another reader's arrowed reply and a third reader's
comment left unanswered) and then a follow-us prompt, a links row and the publisher's copyright line; on the six blog
pages, in nine blocks, the blog name and a breadcrumb in one block of two; a category line above the title, and the
posted-on-date-by-author line and the reading time under it, in one block of four; the first paragraph at the top of a
block of four with a table of contents (its heading and two numbered entries) after it; the second paragraph, a photo
caption and the paragraph with the quote in one block, the caption between them; the subheading and the three rows with
an affiliate link between the subheading and the first row; the two last paragraphs at the top of a block of four with
the author's sign-off and a plug for the author's wares or services after them; a share row alone in a block of one; at
the foot two blocks, five lines (a responses or comments count, a comment, the author's arrowed reply, a second comment
and another reader's arrowed reply to it) and then the author's copyright line and a platform-and-theme credit), taken
from local news of fresh kinds (a village's 19th-century lime kiln restored, a town's old toll house by the former royal
road reopened, a spa town's pump room reopened, a sheep dip by a moor road restored, a lock keeper's hut by a pound lock
renovated, a windpump on a marsh working again) and from blogs about restoring a reed harmonium, making butter in a
wooden churn, showing a magic lantern and its glass slides, restoring a brass sextant, carving a pair of wooden clogs
and carving a chess set.

Protocol: written by a helper who did not read the cleaner (anything under src/, but see Slips and notes (2)), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists, pages and xfail tables of held-out sets 10 to 178 but what is named here), held-out
set 180 (written at the same time by another helper; none of its paths was opened), docs/ or README.md, nor ``git log``,
``git show``, ``git diff`` or ``git branch`` output, and who did not grep or list the tests/ folder's files and did not
run ``git worktree list``. Read were: the docstring of held-out set 178 up to (not including) its paragraph "Measured
after round 119", its imports and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the
module-level assignment node, not by a string search), and the first paragraphs of the docstrings of sets 175, 176 and
177, printed with one ast script (/tmp/s179scratch/peek.py, reading the files of /tmp/wt-s179/tests, the frozen worktree
at the brief's commit; see Slips and notes (3)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``, in /tmp/wt-s179); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``
(/tmp/s179scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 178's as printed, with 178 -> 179;
/tmp/s179scratch/gen179.py writes this file from scratch files (data179.py with the noise and keep lines, pages179.py
with the pages, doc1.txt to doc5.txt with the first five paragraphs and, after the measurement, doc6.txt with the
Baseline paragraph and tables179.py with the xfail tables). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s179, detached at commit
885b8a1d484b93edceea2347a22c41c6c7a15b41, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 11:17:21 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
885b8a1d484b93edceea2347a22c41c6c7a15b41 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. (2) A slip: the first run of helpers.py
failed on import because the machine's Python lacked the project's dependencies (``ModuleNotFoundError: No module named
'joblib'``), and its traceback showed four import lines on the way (line 23 of tests/test_clean.py, line 16 of
src/spinscope/__init__.py, line 19 of src/spinscope/pipeline.py and line 18 of src/spinscope/models/model.py, each an
``import`` or ``from ... import`` statement); nothing else of src/ was shown, and no cleaning code. I then installed the
runtime dependencies named in pyproject.toml (read only for its dependency list) with pip by name (the first pip call
failed with an OSError on a __pycache__ file of typing_extensions, the second, twenty seconds later, went through), and
helpers.py then printed what the brief allows; it imports from /work/main/tests and /work/main/src as the brief allows,
which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed. (3) peek.py printed set
178's docstring paragraphs (split on blank lines) up to the one starting "Measured after round 119", set 178's import
lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs
of sets 175, 176 and 177. Its first run printed to the terminal, which the tool cut in the middle (it showed the first
lines, up to inside set 176's first paragraph, and, after the cut, set 178's Judgement calls from inside its keep-line
explanation to the end of the tail); the second run went to /tmp/s179scratch/peek.out (605 lines, all of them allowed
parts), of which I paged lines 125 to 290, 290 to 380 and 380 to 450 with ``sed``, so that every part the brief allows
was read; nothing else of any set file was printed. (4) To compare my wordings with the named ones I grepped peek.out
case-insensitively for the services, platforms, hosts and key words of my lines (Sketchfab, Genially, Datawrapper,
Calaméo, Podigee, Dailymotion, Issuu, Rutube, "Reading length", "build log", "Lecture :", Lesedauer, "minuti di
lettura", "Czas lektury", Читать, "Chief Reporter", "Un article de", "Ein Beitrag", "Servizio di", eBay, Commissions,
OLX, InPost, "Ярмарке Мастеров", Ghost, Casper, IPSO, Accessibility, o2switch, STRATO, "P.IVA", "diritti riservati",
Regulamin, Tilda, moderator, "Load ", Disqus, "réponses précédentes", Prüfung, "Carica altri", Pokaż, Госуслуги, "Pass
it on", Reddit, "vos proches", Threema, corretto, Sprostowanie, "не разделять", "Time to read", Lesezeit): "Reading
length" occurs only in set 178's judgement text ("what it gives is the reading length"), "Lecture :" in set 175's French
reading-duration line "Durée de lecture : 4 min" (my French line, first "Lecture : 6 min", became "Lecture 6 min.",
which is still a near miss), "Accessibility" in set 176's Polish accessibility-declaration link, "Regulamin" in set
175's Polish home.pl row and commenting-rules row, "Load " only inside "could not load" of sets 175 and 178, "Time to
read" in set 176's line and "Lesezeit" in set 177's German "5 Minuten Lesezeit" (the German portal page's bare reading
time "5 Min. Lesezeit" is a page line of that kind); the other words do not occur. (5) Near misses with shapes already
named, noted rather than hidden: the markers stand for services not named there (Sketchfab, Genially, Datawrapper,
Calaméo, Podigee, Dailymotion, Issuu, Rutube) with reasons partly not named (WebGL, a team-only presentation, an
unpublished chart, a withdrawn document, a depublished episode, country and region blocks, subscribers only), though the
withdrawn Calaméo document and the depublished Podigee episode are of the kind of the removed-by-its-uploader and
deleted-by-its-owner markers of sets 175 and 177; the reading times are new phrasings, but "Reading length: about 6
minutes" is a plain label like set 176's "Time to read: 4 mins", the English build-log line is a blog's long-read line
like set 178's heads-up and set 176's settle-in lines, "Lecture 6 min." is close to set 175's "Durée de lecture : 4
min", "Lesedauer ca. 6 Min." to set 176's "Ca. 7 Minuten zum Lesen", "6 minuti di lettura" and "Czas lektury: ok. 6
minut" to the Italian and Polish labels of sets 175 to 178, and "Читать 6 минут" to the Russian reading-time lines of
sets 175 to 178; of the bylines none is named, though the name-and-title byline is of the kind of set 178's
story-and-pictures byline with its job title; the plugs sell on platforms not named (eBay, a commissions form, OLX with
InPost, Livemaster with Russian Post), though the commissions plug is of the kind of the lessons and services plugs of
sets 176 and 178 and the others carry postage like the plugs of sets 175 to 178; the footers name hosts, builders and
legal lines not named (Ghost with Casper, IPSO, an accessibility row, WordPress with o2switch, STRATO, an Italian VAT
number, a Polish terms-acceptance line, Tilda), though the Ghost and Tilda credits are of the kind of the Squarespace,
Jimdo and Substack credits of sets 175, 176 and 178, the o2switch and STRATO lines of the kind of the OVHcloud and
home.pl hosting lines of sets 175 and 176, and the Polish line echoes the Regulamin links of set 175; of the comment
lines none is named, though the two load-more buttons are of one kind, as are the show-earlier-replies and
show-earlier-comments links, and the approved-after-review note is of the kind of the moderation notes of sets 173 to
178; the share rows use openings not named ("Pass it on", "Partagez cet article avec vos proches", "Artikel teilen
per"), though all three are platform rows like every earlier share row; the three notices are not named, though the
Italian and Polish correction notes are of one kind and of the kind of the timed update notes of sets 175 and 176. On
the pages the noise is of common kinds, since the brief asks for new layouts there; some positions echo earlier layouts
(the masthead and the section menu at the very top, as on set 178; the share row near the title and reading time, as on
sets 175 and 178; the photo caption and credit after the second paragraph, as on sets 176 and 178; the ad label and
sponsored headline as a pair, as on sets 175 to 178 in other places; a newsletter prompt between the last paragraphs, as
on sets 175 and 178; the follow prompt in the last portal block, where sets 173 to 178 put a links row and a copyright
line; a table of contents after the first paragraph, as on set 175 after the second; the photo caption between the
second paragraph and the quote, as on set 177 between the first and second; the affiliate link inside the list block, as
on sets 170 to 178), while what is new is the arrangement (on the portals the date-and-weather strip between the
masthead and the menu, the title heading a block with the reading time and the share row, the byline alone before the
first paragraph in its block, the read-also link after the quote, the ad pair inside the list between the second and
third rows, the follow-us prompt in the last block before the links row; on the blogs the breadcrumb with the blog name,
the category line above the title, the table of contents after the first paragraph, the second paragraph, caption and
quote in one block, the affiliate link between the subheading and the first row, the sign-off and plug in the last
paragraphs' block, and the share row alone in a block). (6) Before the measurement /tmp/s179scratch/check.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and counted the lines. Before its first run I had already kept
the German portal's ad label "Anzeige" out of its section menu (no "Anzeigen" or "Traueranzeigen" entry) and the Russian
portal's ad label apart from the Russian keep line "Реклама ярмарки ..." (the label is "Реклама · 16+", not a bare
"Реклама"); its first run found thirteen cases: the French portal's and Italian portal's bare reading times were both "4
min", which repeated and sat inside the Polish portal's "4 min czytania" (they became "4 min de lecture" and "Lettura 4
min"), and eleven mastheads or blog names sat inside their page's copyright line (the copyright lines now name a
publisher or the author instead: "Text and photos © 2026 Perpetua. All rights reserved.", "© 2026 Société des éditions
brouvillacaises" and the like; the English portal's "© 2026 Cragmoorby Chronicle Media Ltd" does not hold its masthead
"The Cragmoorby Chronicle"); its second run found nothing. Lines and data were counted by check.py (45 noise lines:
category, language and place as in Contents; 20 keep lines by place; 12 pages of nine blocks each, with 10 "+" and 20
"-" lines each). gen179.py reports lines over 120 characters, at-signs and backslashes in the written file, checks that
every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without
importing it), that the file's lists, pages and tables equal the scratch ones. (7) Invented names were checked with the
exact-string search over public GitHub files: Cragmoorby (for The Cragmoorby Chronicle and the Cragmoorby Heritage
Group), Thrapplewick, Cotterbrook, Quillenhythe, Harmonium in the Hallway, Brouvillac (for L'Éclaireur de Brouvillac and
the Société des éditions brouvillacaises), Tourniquelle, Vaquebrune, Vauxperlin, Baratte et Babeurre, Quirnsohl (for Bad
Quirnsohl and the Quirnsohler Kurbote), Pfeffertaler, Brunnwasserl, Sprottenhauer, Glasbilderstube, Pratomorello (for La
Gazzetta di Pratomorello and Edizioni Pratomorellesi), Sbiraglio, Frascagni, Sbrinchetti, Ottone e Orizzonte, Wierzbiszk
(for Wierzbiszki, Głos Wierzbiszek and Wydawnictwo Wierzbiszki), Szluzowska, Przepławski, Chodaki z Poddasza, Болотнищев
(for Болотнищево, the Болотнищевский вестник and ООО «Болотнищевская пресса»), Рогозницкая, Осоковский and Резные ферзи
had no hits. Dropped: Kelderwick (an invented place and surname in files; the village became Cragmoorby), Tillingfold
(inside "bestillingFolder" in files; the held-out byline became Ambrose Quillenhythe), Tidebrook (a real road and
company name; the footer lost its agency name and became the accessibility row), Oxmarsh (inside "BoxMarshal" and the
like, tried for the same agency), Камышникова (a real surname; the reporter became Евстолия Рогозницкая), Pellinghast
(inside "SpellingHas" in files; the reporter became Marjorie Thrapplewick), Wheezebox (a variable name in a file; the
blog became Harmonium in the Hallway), Lemoutier (inside Saint-Pierre-le-Moûtier's address; the reporter became Gaspard
Tourniquelle), Ricoquet (inside "albaricoque" and "esMasRicoQue" in files, tried for the same reporter), Salzbrunner (a
street name; the spa director became Emmerich Brunnwasserl), Quellhuber (a surname in a file, tried for the same
director), Brughetti (a real surname; the reporter became Ottavio Sbiraglio) and Bramblecog (an invented gnome name in a
file, tried for the agency). First names alone (Perpetua, Solange, Friedhelm, Lucio, Marta, Савелий), the commenters'
first names with an initial (Pauline R., Jeannine B., Hannelore K., Giuliana P., Halina K., Валентина Г. and the like),
the Marienquelle spring and generic names (Quarry Lane, Kurbote Verlags-GmbH) were not checked, nor real brands,
services, platforms, hosts, themes, bodies and places (the embed services, eBay, OLX, InPost, Livemaster, Russian Post,
Ghost, Casper, IPSO, WordPress, o2switch, STRATO, Tilda, Disqus, Gosuslugi, Reddit, Threema, Etsy, Astra, Kadence,
GeneratePress, Neve, Blocksy, Twenty Twenty-Four, the Jura, Guérande, Normandy, Genoa and Savona). (8) ``date`` printed
11:17:28 UTC after the allowed parts were printed, 11:18:38 after the dependencies were installed and the helpers
printed, 11:19:55 after the first name checks, 11:20:13 when the noise and keep lines were written, 11:22:07 when the
pages were written and check.py first ran, 11:22:16 after its second run, 11:23:19 when the paragraphs were written,
11:23:46 at the measurement, 11:24:23 after the problems were printed and 11:24:43 after the tables were checked (the
clock of this machine moved slowly against the work done; I report what it printed). (9) The measurement was run once,
in one shell call with the brief's two commands (pytest output to /tmp/s179scratch/measure.out, report to
/tmp/s179scratch/report.out); then /tmp/s179scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s179/tests with /tmp/wt-s179/src on the path) to /tmp/s179scratch/problems.out: six noise
lines kept, seven pages with problems (12 page noise lines left, all of them kept in the text), no keep line lost and no
article line lost, as in the Baseline paragraph. The reasons of the three tables (tables179.py) were written from that
output, and /tmp/s179scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same result)
checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep
line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output names
is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; nothing else was changed: gen179.py wrote the final file from the same data files,
checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s179.

Judgement calls: the keep lines "Printed copies of the parish plan are available from the library for anyone without
internet access.", "Sharing the cost of the new defibrillator were the cricket club and the Women's Institute.",
"Subscription fees for the bowls club will stay at forty pounds a year, members agreed.", "Follow the yellow arrows, the
ranger said, and you cannot miss the start of the new footpath.", "Comment cards left at the library showed most
residents want the bus shelter moved.", "Sponsored by three local farms, the children's tractor run raised more than two
thousand pounds.", "Read aloud at the unveiling, the poem by a Year 6 pupil left several guests in tears.", "Abonnés au
journal depuis cinquante ans, deux retraités du village ont été reçus à la mairie.", "Lire à voix haute devant la classe
a aidé les plus timides, selon l'institutrice.", "Commentaires et questions des habitants ont été recueillis lors de la
réunion publique de mardi.", "Teilen müssen sich die beiden Vereine den Proberaum noch bis zum Sommer.", "Werbung für
das Dorffest machten die Kinder mit selbst gemalten Plakaten.", "Folgen hatte der Sturm vor allem für die alten
Obstbäume am Kirchweg.", "Condividere il trattore è stata la scelta di quattro aziende agricole della frazione.",
"Commenti entusiasti sono arrivati dai turisti che hanno visitato il mulino restaurato.", "Abbonarsi alla piscina
comunale costerà quest'anno dieci euro in meno.", "Komentarze mieszkańców zebrane na zebraniu wiejskim trafiły do
projektantów placu zabaw.", "Obserwując prace przy moście, emeryci codziennie doradzali robotnikom.", "Подписчики
районной газеты получили календари с фотографиями старого вокзала." and "Реклама ярмарки висела на каждом заборе, и в
субботу на площади было не протолкнуться." are article sentences: each reports what a library, two village clubs, a
bowls club, a ranger, residents, three farms, a pupil, two retired subscribers, a teacher, residents at a meeting, two
societies, children, a storm, four farms, tourists, a swimming pool, villagers, pensioners, a paper's subscribers or a
fair's posters did, said, cost or caused, with the noise-like word as an ordinary noun, verb, participle or adjective of
the sentence ("Printed copies" are paper copies of a plan, not a print button; "Sharing the cost" is a split bill, not a
share row; "Subscription fees" are club dues, not a subscribe box; "Follow the yellow arrows" is a ranger's direction
quoted, not a follow prompt; "Comment cards" are a survey, not a comment thread; "Sponsored by three local farms" is a
charity run's backers, not a sponsored label; "Read aloud" is a poem at an unveiling, not a reading time; the French
"Abonnés", "Lire" and "Commentaires", the German "Teilen", "Werbung" and "Folgen", the Italian "Condividere", "Commenti"
and "Abbonarsi", the Polish "Komentarze" and "Obserwując" and the Russian "Подписчики" and "Реклама" are two long-time
subscribers honoured by a mayor, pupils reading aloud, residents' questions, two societies sharing a rehearsal room,
children's posters for a village fête, the consequences of a storm, farms sharing a tractor, tourists' praise, pool
season tickets, villagers' remarks passed to designers, pensioners watching bridge works, a newspaper's subscribers
given calendars and a fair's posters on every fence; none of them is share, subscribe, follow, comment, ad,
reading-time, print or copyright furniture). Categories: the Sketchfab, Genially, Datawrapper, Calaméo, Podigee,
Dailymotion, Issuu and Rutube lines are markers (each stands where an embed of the page did not come through; the WebGL,
team-only, unpublished, withdrawn, depublished, country-blocked, region-blocked and subscribers-only reasons are the
embed's failure, not notices about the article); the English reading-length and build-log lines and the French, German,
Italian, Polish and Russian lines are reading times (the build-log line is a blog's long-post warning, but what it gives
is the reading length); the chief-reporter, an-article-by, a-piece-by and report-by lines are bylines at the head, and
the eBay, commissions, OLX and Livemaster lines are bylines (self-promotion) at the foot (the postage, the form and the
delivery belong to the plug); the Ghost, IPSO, accessibility-row, WordPress-and-o2switch, STRATO, VAT-number,
using-the-portal and Tilda lines are footers (the IPSO line is the regulation line a British paper must show and the
using-the-portal line is the site's terms, not notes on the article); the removed-by-a-moderator stub, the two load-more
buttons, the log-in prompts, the show-earlier-replies and show-earlier-comments links and the approved-after-review note
are comment furniture (the review note speaks of the readers' comments, so it belongs to the comment section); the
English, French and German rows are share rows; the Italian and Polish correction notes are notices in the body (both
speak of the article they sit in), and the Russian may-not-share-the-author's-view note is a notice at the foot (a
disclaimer on the piece; neither a footer nor a byline). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads, date-and-weather strips, section menus, reading times, share rows, bylines with dates,
captions and credits, read-also links, ad labels, sponsored headlines, newsletter prompts, tags lines, comment counts,
comments and replies, follow prompts, links rows, copyright lines, blog names, breadcrumbs, category lines, posted-on
lines, tables of contents, photo captions, affiliate links, sign-offs, plugs and platform credits) is noise. The list
rows (what visitors find at the lime kiln, what I did to the harmonium's bellows, what awaits visitors at the toll
house, how the butter was made, what changes at the pump room, how the glass slides were cleaned, what visitors find at
the sheep dip, what was done to the sextant, what visitors see in the lock keeper's hut, how the clogs were made, what
guests see at the windpump and what the chess pieces were finished with) are short but part of each article, so article;
the ad label and sponsored headline inside each portal's list block are ads, so noise, though they sit between list
rows; the captions describe photos, so noise, though they speak of the story's subject; the affiliate lines name the
tool the author used but are shop links, so noise; the blogs' plugs ("I restore harmonium stools too – see my Workshop
page for prices." and the like) speak in the author's voice but sell, so noise; the blogs' sign-offs ("Pump on,
Perpetua" and the like) close the post in the author's voice but are a signature, so noise; the portals' newsletter
prompts between the last paragraphs and tags lines after them are noise though they sit in an article block; the tables
of contents' numbered entries ("1. Opening the case" and the like) name sections of the post but are navigation, so
noise; the portals' bare reading times ("5 min read", "4 min de lecture", "Lettura 4 min", "3 минуты" and the like) are
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and German and notice in Italian, Polish and Russian; by place head 11 (the
seven reading times and four bylines: English, French, German and Italian), body 10 (the eight markers and two notices),
tail 24 (four plugs: two English, a Polish and a Russian one, eight footers, eight comment lines, three share rows and
one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines
and 120 article lines: en-portal-cragmoorby-lime-kiln (a village's 19th-century lime kiln beside a quarry lane restored
by twelve volunteers over three winters), en-blog-harmoniuminthehallway-harmonium (a 1920s reed harmonium from a chapel
clearance sale, its bellows recovered), fr-portail-brouvillac-peage (a town's 18th-century toll house on the old royal
road restored, its painted toll board found under plaster), fr-blog-baratteetbabeurre-baratte (a first pat of butter
made in a crank churn bought at a flea market), de-portal-quirnsohl-trinkhalle (a spa town's pump room of 1906 reopened
after two years of work), de-blog-glasbilderstube-laterna (an aunt's tin magic lantern lit again with an LED and its
glass slides cleaned), it-portale-pratomorello-vasca (a stone sheep dip by the road up to the moor restored by the Pro
Loco), it-blog-ottoneeorizzonte-sestante (a brass sextant from a Genoa flea market restored and tried on the beach),
pl-portal-wierzbiszki-domek-sluzowego (a lock keeper's wooden hut by a canal's pound lock renovated by the commune),
pl-blog-chodakizpoddasza-drewniaki (a first pair of clogs carved from poplar), ru-portal-bolotnishchevo-vetryak (a
windpump idle for half a century on the edge of a marsh repaired and pumping again) and ru-blog-reznyeferzi-shakhmaty (a
chess set carved from lime wood), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 885b8a1d484b93edceea2347a22c41c6c7a15b41, measured with ``cd /tmp/wt-s179 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s179/src python -m pytest -q tests/test_clean_held_out_179.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s179 && PYTHONPATH=/tmp/wt-s179/src python
scripts/clean_held_out_report.py --sets 179``, with the xfail tables empty, at 11:23:46 UTC by ``date``): noise lines
removed 39/45 (marker 8/8, reading-time 6/7, byline 6/8, footer 7/8, comments 8/8, share 3/3, notice 1/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one reading time at the head (the English blog's build-log
line), one byline at the head (the French an-article-by byline), one byline at the foot (the English enamel-signs
commissions plug), one footer (the English IPSO regulation line) and two notices (the Italian timed correction note in
the body and the Russian the-editors-may-not-share-the-author's-view note at the foot); all eight markers, the other six
reading times, the English chief-reporter, German a-piece-by and Italian report-by bylines, the eBay, OLX and Livemaster
plugs, the other seven footers, all eight comment lines, every share row and the Polish correction note went); keep
lines kept 20/20; pages 5/12 clean, 12 of 240 page noise lines left and 0 of 120 article lines lost. The English,
German, Italian, Polish and Russian portal pages are clean. Left: on the French toll-house portal page the newsletter
prompt between the two last paragraphs (1); on the French butter-churn, German magic-lantern and Italian sextant blogs
the photo caption between the second paragraph and the quote (1 each); on the Russian chess-set blog the photo caption
and the author's sign-off after the two last paragraphs (2); on the English harmonium and Polish clogs blogs the photo
caption, the sign-off and the plug after the two last paragraphs (3 each). Lost: nothing; no article line of any page
and no keep line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s179
gave 64 passed, 13 xfailed, no XPASS.

Measured after round 120 (developed on sets 177 and 178 beside this set's writing from the same base, 885b8a1, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 67e6335, the round
with the lead's mend): nothing moved. Round 120 kept a short last sentence heading its block over the share row or the
tags line and read a blog post's end as one cluster (the about-me line under the sign-off, the subscribe prompt between
the last paragraphs); this set's blogs keep their sign-offs and offers in another layout (under the last paragraph, over
the share row), its lines and pages are as measured, and none of its xfail entries is removed. Noise lines 39 of 45,
keep 20 of 20, pages clean 5 of 12, page noise lines left 12 of 240, article lines lost 0 of 120.

Round 121 (development; this set was read in full from this round on, with set 180; see set 180's paragraph for the
rules): the blogs' sign-offs with the writer's offer go, the French portal's newsletter prompt and the English blog's
build-log reading time are read. "I restore harmonium stools too – see my Workshop page for prices." and "Warsztaty
dłubania w drewnie prowadzę w soboty – zapisy przez formularz na blogu." were not read as the writer's offers
(page_blocks._is_writers_offer: _WRITERS_OFFER_WORD gains the writer's prices, _BOOK_OR_QUOTE sign-ups), so the
sign-offs "Pump on, Perpetua" and "Pozdrawiam, Marta" stood above a line no rule read. "Recevez notre newsletter
gratuite chaque matin" between the two last paragraphs goes by clean._is_scheduled_newsletter_offer (the newsletter
itself offered with a recurrence), "This build log takes about twenty minutes to read, photos included." by
clean._READING_SENTENCE (the page's length asked of the reader). Xfail entries removed: the build-log line and
fr-portail-brouvillac-peage; the English harmonium and Polish clogs blogs' reasons reworded to their photo caption
alone. This set before -> after (report): noise lines removed 39/45 -> 40/45 (reading-time 6/7 -> 7/7; marker 8/8,
byline 6/8, footer 7/8, comments 8/8, share 3/3, notice 1/3 unchanged), keep 20/20 -> 20/20, pages clean 5/12 -> 6/12,
page noise lines left 12 -> 7 of 240, article lines lost 0 -> 0 of 120. All sets: see set 180's Round 121 paragraph
(noise lines removed 7046 -> 7049, pages clean 1186 -> 1200, page noise lines left 1781 -> 1744, article lines lost 6 ->
2, keep 3447 -> 3447; SemEval 0 changed files). Still missed: the French an-article-by byline "Un article de Clémentine
Vauxperlin", the English commissions plug, the English IPSO regulation line, the Italian timed correction note and the
Russian may-not-share-the-author's-view note (lines); the six blogs' photo captions between the second paragraph and the
quote (no credit, no prompt, no label) and the Russian blog's sign-off "С уважением, Савелий" (a letter's close, which
round 117 keeps over an offer; pages).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_179_LINES: list[tuple[str, str, str]] = [
    ('body', 'Sketchfab 3D model failed to load: WebGL is not supported by your browser.', 'marker'),
    ('body', 'Genially presentation could not load – its creator has restricted it to their team.', 'marker'),
    ('body', 'Datawrapper chart could not be displayed: the chart has been unpublished.', 'marker'),
    ('body', "Le document Calaméo n'a pas pu être chargé : la publication a été retirée par son éditeur.", 'marker'),
    ('body', 'Der Podigee-Player ist nicht verfügbar: Diese Episode wurde depubliziert.', 'marker'),
    ('body', 'Il video di Dailymotion non è disponibile nel tuo paese.', 'marker'),
    ('body', 'Publikacja z Issuu nie załadowała się – dokument jest niedostępny w Twoim regionie.', 'marker'),
    ('body', 'Плеер Rutube не загрузился: видео доступно только по подписке.', 'marker'),
    ('head', 'Reading length: about 6 minutes', 'reading-time'),
    ('head', 'This build log takes about twenty minutes to read, photos included.', 'reading-time'),
    ('head', 'Lecture 6 min.', 'reading-time'),
    ('head', 'Lesedauer ca. 6 Min.', 'reading-time'),
    ('head', '6 minuti di lettura', 'reading-time'),
    ('head', 'Czas lektury: ok. 6 minut', 'reading-time'),
    ('head', 'Читать 6 минут', 'reading-time'),
    ('head', 'Ambrose Quillenhythe, Chief Reporter', 'byline'),
    ('head', 'Un article de Clémentine Vauxperlin', 'byline'),
    ('head', 'Ein Beitrag von Wendelin Sprottenhauer', 'byline'),
    ('head', 'Servizio di Donatella Sbrinchetti', 'byline'),
    ('tail', 'My tuned brass reeds are listed on eBay most weekends; I post them in padded envelopes.', 'byline'),
    ('tail', 'Commissions for hand-painted enamel signs are open – fill in the form on my Commissions page.', 'byline'),
    ('tail', 'Moje ręcznie szyte fartuchy kupicie na OLX, wysyłam InPostem.', 'byline'),
    ('tail', 'Свои точёные шахматы продаю на Ярмарке Мастеров, отправка Почтой России.', 'byline'),
    ('tail', 'Published with Ghost · Theme: Casper · Sign up', 'footer'),
    ('tail', 'This newspaper is regulated by IPSO; complaints should be sent to the editor first.', 'footer'),
    ('tail', 'Accessibility statement · Sitemap · Contact the newsroom · Advertise with us', 'footer'),
    ('tail', 'Site réalisé avec WordPress et hébergé par o2switch', 'footer'),
    ('tail', 'Diese Website wird bei STRATO gehostet · Impressum · Datenschutz', 'footer'),
    ('tail', 'P.IVA 02873410965 · Tutti i diritti riservati · Privacy e cookie policy', 'footer'),
    ('tail', 'Korzystanie z portalu oznacza akceptację Regulaminu i Polityki prywatności.', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'This comment has been removed by a moderator.', 'comments'),
    ('tail', 'Load 6 more comments', 'comments'),
    ('tail', 'Log in with Disqus, Facebook or Google to post a comment.', 'comments'),
    ('tail', 'Afficher les 4 réponses précédentes', 'comments'),
    ('tail', 'Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.', 'comments'),
    ('tail', 'Carica altri 8 commenti', 'comments'),
    ('tail', 'Pokaż wcześniejsze komentarze (7)', 'comments'),
    ('tail', 'Войдите через Госуслуги, чтобы оставить комментарий.', 'comments'),
    ('tail', 'Pass it on: Facebook · Reddit · Pinterest · Copy link', 'share'),
    ('tail', 'Partagez cet article avec vos proches : Facebook · Messenger · SMS', 'share'),
    ('tail', 'Artikel teilen per WhatsApp · Threema · E-Mail · Link kopieren', 'share'),
    (
        'body',
        "Nota: l'articolo è stato corretto alle 11:05; nella prima versione era indicato un anno sbagliato.",
        'notice',
    ),
    ('body', 'Sprostowanie: w pierwotnej wersji tekstu błędnie podaliśmy nazwisko sołtysa.', 'notice'),
    ('tail', 'Редакция может не разделять мнение автора публикации.', 'notice'),
]

HELD_OUT_179_KEEP: list[tuple[str, str]] = [
    ('head', 'Printed copies of the parish plan are available from the library for anyone without internet access.'),
    ('head', "Sharing the cost of the new defibrillator were the cricket club and the Women's Institute."),
    ('head', 'Subscription fees for the bowls club will stay at forty pounds a year, members agreed.'),
    ('head', 'Abonnés au journal depuis cinquante ans, deux retraités du village ont été reçus à la mairie.'),
    ('head', 'Teilen müssen sich die beiden Vereine den Proberaum noch bis zum Sommer.'),
    ('head', 'Condividere il trattore è stata la scelta di quattro aziende agricole della frazione.'),
    ('head', 'Komentarze mieszkańców zebrane na zebraniu wiejskim trafiły do projektantów placu zabaw.'),
    ('body', 'Follow the yellow arrows, the ranger said, and you cannot miss the start of the new footpath.'),
    ('body', 'Comment cards left at the library showed most residents want the bus shelter moved.'),
    ('body', "Lire à voix haute devant la classe a aidé les plus timides, selon l'institutrice."),
    ('body', 'Werbung für das Dorffest machten die Kinder mit selbst gemalten Plakaten.'),
    ('body', 'Подписчики районной газеты получили календари с фотографиями старого вокзала.'),
    ('tail', "Sponsored by three local farms, the children's tractor run raised more than two thousand pounds."),
    ('tail', 'Read aloud at the unveiling, the poem by a Year 6 pupil left several guests in tears.'),
    ('tail', 'Commentaires et questions des habitants ont été recueillis lors de la réunion publique de mardi.'),
    ('tail', 'Folgen hatte der Sturm vor allem für die alten Obstbäume am Kirchweg.'),
    ('tail', 'Commenti entusiasti sono arrivati dai turisti che hanno visitato il mulino restaurato.'),
    ('tail', "Abbonarsi alla piscina comunale costerà quest'anno dieci euro in meno."),
    ('tail', 'Obserwując prace przy moście, emeryci codziennie doradzali robotnikom.'),
    ('tail', 'Реклама ярмарки висела на каждом заборе, и в субботу на площади было не протолкнуться.'),
]

HELD_OUT_179_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-cragmoorby-lime-kiln', [
        [
            '-The Cragmoorby Chronicle',
            '-Saturday 5 December · 7°C, light showers',
            "-News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            "+Volunteers finish restoring Cragmoorby's 19th-century lime kiln",
            '-5 min read',
            '-Share: Facebook | WhatsApp | X | Email',
        ],
        [
            '-By Marjorie Thrapplewick · Published 4 December 2026, 6:00pm',
            '+The old lime kiln beside Quarry Lane has been restored after three winters of work by a team of twelve '
            'volunteers.',
        ],
        [
            '+Built around 1840, the kiln burned limestone from the nearby quarry to make quicklime for the fields '
            'and for mortar.',
            '-The restored draw arch of the kiln on Quarry Lane.',
            '-Photo: Cragmoorby Heritage Group',
        ],
        [
            '+"We took out forty tonnes of rubble and ivy before we even found the draw arch," said group chairman '
            'Neville Cotterbrook.',
            '-Read more: Plans for a heritage trail around the old quarry',
        ],
        [
            '+What visitors will find',
            '+A new information board explains how the kiln was loaded and fired.',
            '+The charging platform on top is fenced and can be viewed from a path.',
            '-Advertisement',
            '-Sponsored: Compare funeral plans from trusted local providers',
            '+Guided walks leave from the village hall on the first Sunday of each month.',
        ],
        [
            '+The work cost £38,000, most of it from a lottery heritage grant and the parish council.',
            "-Get the Chronicle's free morning newsletter in your inbox",
            '+The group now hopes to restore the stone cart track that once led down to the kiln.',
            '-Tags: heritage, Cragmoorby, volunteers',
        ],
        [
            '-3 comments',
            '-Pauline R.: My grandfather worked the kiln as a lad, so this is lovely to see.',
            '-↳ Stan W.: Same here, Pauline – great job by everyone involved.',
            '-Kerry T.: Will the path be suitable for wheelchairs?',
        ],
        [
            '-Follow the Chronicle on Instagram and Facebook',
            '-About us | Contact | Terms | Privacy | Cookie policy',
            '-© 2026 Cragmoorby Chronicle Media Ltd',
        ],
    ]),
    _page('en', 'en-blog-harmoniuminthehallway-harmonium', [
        [
            '-Harmonium in the Hallway',
            '-Home › Projects › Restoration',
        ],
        [
            '-Category: Reed organs',
            '+Bringing a 1920s reed harmonium back to life',
            '-Posted on 28 November 2026 by Perpetua',
            '-About 9 minutes to read',
        ],
        [
            '+The harmonium came from a chapel clearance sale and had not made a sound in decades.',
            '-In this post',
            '-1. Opening the case',
            '-2. The bellows and the reeds',
        ],
        [
            '+Inside, mice had chewed the bellows cloth and a few reeds were thick with rust.',
            '-The harmonium before restoration, still in the chapel vestry.',
            '+A retired organ builder told me: "Clean every reed by hand and never bend the tongue."',
        ],
        [
            '+What I did to the bellows',
            '-I used this rubberised bellows cloth (affiliate link)',
            '+Stripped the old cloth and cleaned the wooden boards.',
            '+Glued on new cloth with hot hide glue.',
            '+Replaced the leather valves on the feeders.',
        ],
        [
            '+After four weekends the bellows held air for almost a minute.',
            '+Now it plays every hymn in the old book, a little out of tune in the bass.',
            '-Pump on, Perpetua',
            '-I restore harmonium stools too – see my Workshop page for prices.',
        ],
        [
            '-Share this post: Facebook · Pinterest · Email',
        ],
        [
            '-4 responses',
            '-Dennis: What glue did you use for the valves?',
            '-↳ Perpetua: Contact cement for the valves, Dennis, hide glue elsewhere.',
            '-Marguerite: Lovely job, I have one just like it in the garage.',
            '-↳ Ivo: Get it out, Marguerite, they are worth saving!',
        ],
        [
            '-Text and photos © 2026 Perpetua. All rights reserved.',
            '-Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-brouvillac-peage', [
        [
            "-L'Éclaireur de Brouvillac",
            '-Samedi 5 décembre · 9 °C, averses',
            '-Actualité | Sports | Loisirs | Annonces | Nécrologie',
        ],
        [
            "+L'ancienne maison du péage de Brouvillac rouvre ses volets",
            '-4 min de lecture',
            '-Partager : Facebook · X · WhatsApp',
        ],
        [
            '-Par Gaspard Tourniquelle · Publié le 4 décembre 2026 à 18 h 05',
            "+La petite maison du péage, au bord de l'ancienne route royale, a été restaurée par la commune.",
        ],
        [
            '+Construite vers 1780, elle abritait le gardien qui percevait le droit de passage des charrettes.',
            '-La maison du péage après les travaux, côté route.',
            "-Photo L'Éclaireur / G. T.",
        ],
        [
            "+« Nous avons retrouvé le tarif du péage peint sous trois couches d'enduit », raconte l'adjointe "
            'Hortense Vaquebrune.',
            '-À lire aussi : Le pont de pierre fermé pour inspection',
        ],
        [
            '+Ce qui attend les visiteurs',
            '+Le tableau des tarifs est désormais protégé par une vitre.',
            '+Une salle présente la barrière et les registres du gardien.',
            '-Publicité',
            '-Contenu sponsorisé : Isolez vos combles pour un euro',
            "+Les visites ont lieu le samedi après-midi, d'avril à octobre.",
        ],
        [
            '+Les travaux ont coûté 62 000 euros, financés en partie par le département.',
            '-Recevez notre newsletter gratuite chaque matin',
            '+La commune souhaite maintenant replanter les tilleuls qui bordaient la route.',
            '-Mots-clés : patrimoine, Brouvillac, route royale',
        ],
        [
            '-3 commentaires',
            '-Jeannine B. : Mon arrière-grand-père y a été gardien, merci pour ce travail.',
            '-↳ Rémi L. : Bravo aux bénévoles et aux artisans !',
            '-Odile F. : Le parking sera-t-il agrandi ?',
        ],
        [
            "-Suivez L'Éclaireur sur Facebook et Instagram",
            '-Qui sommes-nous · Contact · Mentions légales · Cookies',
            '-© 2026 Société des éditions brouvillacaises',
        ],
    ]),
    _page('fr', 'fr-blog-baratteetbabeurre-baratte', [
        [
            '-Baratte et Babeurre',
            "-Accueil › Projets › Cuisine d'antan",
        ],
        [
            '-Catégorie : Ustensiles anciens',
            '+Ma première motte de beurre dans une baratte en bois',
            '-Publié le 27 novembre 2026 par Solange',
            '-7 minutes de lecture',
        ],
        [
            "+J'ai trouvé cette baratte à manivelle dans une brocante du Jura pour vingt euros.",
            '-Sommaire',
            '-1. Nettoyer la baratte',
            '-2. Baratter la crème',
        ],
        [
            "+Le tonneau sentait le vieux bois, alors je l'ai frotté au gros sel et rincé à l'eau bouillante.",
            '-La baratte après le nettoyage, sur la table de la cuisine.',
            "+Ma voisine fermière m'a prévenue : « La crème doit être fraîche, mais pas froide. »",
        ],
        [
            "+Comment j'ai fait mon beurre",
            "-Le thermomètre de cuisine que j'utilise (lien affilié)",
            "+J'ai versé deux litres de crème crue dans la baratte.",
            "+J'ai tourné la manivelle pendant vingt-cinq minutes.",
            "+J'ai lavé le beurre trois fois à l'eau glacée.",
        ],
        [
            '+Le babeurre a servi le lendemain à faire des crêpes très légères.',
            "+La prochaine fois, j'essaierai d'ajouter un peu de sel de Guérande.",
            '-À bientôt, Solange',
            '-Je vends mes moules à beurre sculptés sur Etsy, envoi en lettre suivie.',
        ],
        [
            '-Partager : Pinterest · Facebook · E-mail',
        ],
        [
            '-4 commentaires',
            '-Mireille : Quelle belle baratte ! Combien de beurre avez-vous obtenu ?',
            '-↳ Solange : Un peu moins de neuf cents grammes, Mireille.',
            '-Bastien : Ma grand-mère avait la même en Normandie.',
            "-↳ Lucette : Chez nous aussi, on l'appelait la tournette.",
        ],
        [
            '-© 2026 Solange – textes et photos, tous droits réservés',
            '-Propulsé par WordPress · Thème : Kadence',
        ],
    ]),
    _page('de', 'de-portal-quirnsohl-trinkhalle', [
        [
            '-Quirnsohler Kurbote',
            '-Samstag, 5. Dezember · 6 °C, Nieselregen',
            '-Lokales | Sport | Kultur | Freizeit | Service',
        ],
        [
            '+Trinkhalle in Bad Quirnsohl nach Sanierung wieder geöffnet',
            '-5 Min. Lesezeit',
            '-Teilen: Facebook · WhatsApp · X',
        ],
        [
            '-Von Ortrun Pfeffertaler · 04.12.2026, 17:40 Uhr',
            '+Die Trinkhalle im Kurpark von Bad Quirnsohl ist nach zwei Jahren Bauzeit wieder für Gäste geöffnet.',
        ],
        [
            '+In der Wandelhalle aus dem Jahr 1906 schöpften Kurgäste früher das eisenhaltige Wasser der '
            'Marienquelle.',
            '-Die sanierte Trinkhalle mit dem neuen Brunnenbecken.',
            '-Foto: Kurverwaltung Bad Quirnsohl',
        ],
        [
            '+„Die Gäste sollen das Wasser wieder dort trinken können, wo es schon ihre Urgroßeltern getrunken '
            'haben“, sagt Kurdirektor Emmerich Brunnwasserl.',
            '-Lesen Sie auch: Neue Parkgebühren am Kurpark beschlossen',
        ],
        [
            '+Was sich für die Besucher ändert',
            '+Das Quellwasser ist kostenlos, Becher gibt es an der Kasse.',
            '+Die Halle ist täglich von 9 bis 18 Uhr geöffnet.',
            '-Anzeige',
            '-Gesponsert: Jetzt Treppenlift vergleichen und sparen',
            '+Jeden Sonntag spielt um 15 Uhr das Kurorchester.',
        ],
        [
            '+Die Sanierung kostete rund 1,4 Millionen Euro, den größten Teil trug das Land.',
            '-Abonnieren Sie unseren kostenlosen Newsletter',
            '+Als Nächstes soll der alte Musikpavillon neben der Halle restauriert werden.',
            '-Schlagworte: Kurpark, Bad Quirnsohl, Denkmalschutz',
        ],
        [
            '-3 Kommentare',
            '-Hannelore K.: Endlich! Wir waren als Kinder jeden Sonntag dort.',
            '-↳ Uwe S.: Schmeckt das Wasser immer noch so nach Eisen?',
            '-Bernd M.: Schön, aber warum hat es so lange gedauert?',
        ],
        [
            '-Folgen Sie dem Kurboten auf Facebook und Instagram',
            '-Impressum | Datenschutz | AGB | Kontakt',
            '-© 2026 Kurbote Verlags-GmbH, Bad Quirnsohl',
        ],
    ]),
    _page('de', 'de-blog-glasbilderstube-laterna', [
        [
            '-Glasbilderstube',
            '-Start › Projekte › Laterna magica',
        ],
        [
            '-Kategorie: Projektionsgeräte',
            '+Meine Laterna magica leuchtet wieder',
            '-Veröffentlicht am 26. November 2026 von Friedhelm',
            '-Lesezeit: 8 Minuten',
        ],
        [
            '+Die Laterna magica aus Blech stand jahrelang auf dem Dachboden meiner Tante.',
            '-Inhalt',
            '-1. Die Lampe',
            '-2. Die Glasbilder',
        ],
        [
            '+Die alte Petroleumlampe habe ich durch eine kleine LED ersetzt, die kaum warm wird.',
            '-Die Laterne mit dem ersten Glasbild, einer Mühle im Schnee.',
            '+Ein Sammler schrieb mir: „Fassen Sie die Glasbilder nur an den Rändern an.“',
        ],
        [
            '+So habe ich die Glasbilder gereinigt',
            '-Das Mikrofasertuch, das ich benutze (Affiliate-Link)',
            '+Staub mit einem weichen Pinsel entfernt.',
            '+Das Glas mit destilliertem Wasser abgetupft.',
            '+Lose Rahmen mit Holzleim neu verleimt.',
        ],
        [
            '+Am Sonntag zeigte ich meinen Enkeln die ganze Bilderserie an der Schlafzimmerwand.',
            '+Jetzt suche ich noch nach Bildern mit beweglichen Teilen.',
            '-Viele Grüße, Friedhelm',
            '-Nachgedruckte Glasbilder nach alten Vorlagen verkaufe ich auf Etsy.',
        ],
        [
            '-Beitrag teilen: Facebook · Pinterest · E-Mail',
        ],
        [
            '-4 Kommentare',
            '-Gisela: Wie hell ist die LED im Vergleich zur alten Lampe?',
            '-↳ Friedhelm: Heller, Gisela, und sie riecht nicht nach Petroleum.',
            '-Armin: Meine Laterne hat noch die originale Lampe.',
            '-↳ Sabine: Armin, bitte vorsichtig beim Anzünden!',
        ],
        [
            '-© 2026 Friedhelm · Alle Rechte vorbehalten',
            '-Betrieben mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-pratomorello-vasca', [
        [
            '-La Gazzetta di Pratomorello',
            '-Sabato 5 dicembre · 8 °C, pioggia debole',
            '-Cronaca | Sport | Eventi | Annunci | Necrologie',
        ],
        [
            '+Restaurata la vecchia vasca per il bagno delle pecore sulla strada della brughiera',
            '-Lettura 4 min',
            '-Condividi: Facebook · WhatsApp · X',
        ],
        [
            '-di Ottavio Sbiraglio · 4 dicembre 2026, ore 17:55',
            '+La vasca in pietra dove per un secolo si lavavano le pecore è stata restaurata dai volontari della Pro '
            'Loco.',
        ],
        [
            '+Si trova lungo la strada che sale alla brughiera, accanto al vecchio abbeveratoio dei pastori.',
            '-La vasca restaurata con il recinto di legno.',
            '-Foto: Pro Loco Pratomorello',
        ],
        [
            "+«Da bambino aiutavo mio nonno a spingere le pecore nell'acqua», ricorda il pastore Eraldo Frascagni.",
            '-Leggi anche: Chiusa per frana la strada della brughiera',
        ],
        [
            '+Cosa troveranno i visitatori',
            '+Un pannello racconta come funzionava il bagno delle pecore.',
            '+Il recinto è stato rifatto con legno di castagno.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: Scopri le offerte sulle caldaie a condensazione',
            '+Le visite guidate partono dalla piazza ogni prima domenica del mese.',
        ],
        [
            '+I lavori sono costati 18.000 euro, pagati dal Comune e da una raccolta fondi.',
            '-Iscriviti alla newsletter gratuita della Gazzetta',
            '+La Pro Loco ora vuole recuperare anche il vecchio abbeveratoio.',
            '-Tag: Pratomorello, pastorizia, Pro Loco',
        ],
        [
            '-3 commenti',
            '-Giuliana P.: Che bello, mio padre ci portava le pecore ogni primavera.',
            '-↳ Sandro V.: Anche il mio, bravi i volontari!',
            '-Marisa C.: Ci sarà un parcheggio per le visite?',
        ],
        [
            '-Segui la Gazzetta su Facebook e Instagram',
            '-Chi siamo | Contatti | Privacy | Cookie',
            '-© 2026 Edizioni Pratomorellesi srl',
        ],
    ]),
    _page('it', 'it-blog-ottoneeorizzonte-sestante', [
        [
            '-Ottone e Orizzonte',
            '-Home › Progetti › Strumenti nautici',
        ],
        [
            '-Categoria: Restauri',
            '+Il restauro del mio sestante in ottone',
            '-Pubblicato il 25 novembre 2026 da Lucio',
            '-Tempo di lettura: 8 minuti',
        ],
        [
            "+Ho comprato il sestante a un mercatino di Genova, con gli specchi opachi e l'alidada bloccata.",
            '-Indice',
            '-1. Smontaggio',
            '-2. Specchi e lenti',
        ],
        [
            "+Per sbloccare l'alidada ho lasciato le viti a bagno nell'olio per due giorni.",
            '-Il sestante smontato sul tavolo del laboratorio.',
            '+Un vecchio ufficiale di marina mi ha detto: «Non lucidare mai la scala graduata, la rovini.»',
        ],
        [
            '+Cosa ho fatto',
            '-Il kit di cacciaviti da orologiaio che uso (link di affiliazione)',
            "+Ho pulito l'ottone con acqua e sapone neutro.",
            '+Ho fatto argentare di nuovo lo specchio grande.',
            '+Ho lubrificato la vite del tamburo con olio leggero.',
        ],
        [
            "+Domenica l'ho provato sulla spiaggia e ho misurato l'altezza del sole a mezzogiorno.",
            "+L'errore era di appena due primi d'arco.",
            '-Buon vento, Lucio',
            '-Restauro strumenti nautici su commissione: scrivimi dalla pagina Contatti.',
        ],
        [
            '-Condividi questo articolo: Facebook · Pinterest · Email',
        ],
        [
            '-4 commenti',
            '-Franco: Dove hai fatto argentare lo specchio?',
            '-↳ Lucio: Da un vetraio di Savona, Franco.',
            '-Elena: Bellissimo lavoro, complimenti.',
            '-↳ Piero: Elena, dovresti vederlo dal vivo!',
        ],
        [
            '-© 2026 Lucio – Tutti i diritti riservati',
            '-Realizzato con WordPress · Tema: Neve',
        ],
    ]),
    _page('pl', 'pl-portal-wierzbiszki-domek-sluzowego', [
        [
            '-Głos Wierzbiszek',
            '-Sobota, 5 grudnia · 4°C, mżawka',
            '-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi',
        ],
        [
            '+Domek śluzowego przy śluzie na kanale znów stoi jak nowy',
            '-4 min czytania',
            '-Udostępnij: Facebook · Messenger · X',
        ],
        [
            '-Bronisława Szluzowska · 4 grudnia 2026, 17:30',
            '+Drewniany domek śluzowego przy śluzie komorowej w Wierzbiszkach odzyskał dawny wygląd.',
        ],
        [
            '+Mieszkał w nim śluzowy, który o każdej porze dnia i nocy przepuszczał barki z drewnem.',
            '-Odnowiony domek śluzowego nad kanałem.',
            '-Fot. Bronisława Szluzowska',
        ],
        [
            '+„Mój dziadek był tu śluzowym przez czterdzieści lat” – mówi Kazimierz Przepławski.',
            '-Czytaj także: Remont mostu zwodzonego przesunięty na wiosnę',
        ],
        [
            '+Co zobaczą odwiedzający',
            '+W izbie stoi odtworzony piec kaflowy i stół śluzowego.',
            '+Na ścianie wisi dziennik przepraw z 1936 roku.',
            '-Reklama',
            '-Artykuł sponsorowany: Sprawdź, ile zaoszczędzisz na fotowoltaice',
            '+Domek można zwiedzać w weekendy od maja do września.',
        ],
        [
            '+Remont kosztował 210 tysięcy złotych i został sfinansowany przez gminę.',
            '-Zapisz się na nasz bezpłatny newsletter',
            '+Teraz gmina chce odnowić także drewniane wrota śluzy.',
            '-Tagi: Wierzbiszki, kanał, zabytki',
        ],
        [
            '-3 komentarze',
            '-Halina K.: Pamiętam, jak jako dziecko patrzyłam na barki.',
            '-↳ Zbigniew T.: Piękna robota, gratulacje dla gminy.',
            '-Ewa S.: Czy będzie tam też przystań dla kajaków?',
        ],
        [
            '-Obserwuj nas na Facebooku i Instagramie',
            '-O nas | Kontakt | Regulamin | Polityka prywatności',
            '-© 2026 Wydawnictwo Wierzbiszki sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-chodakizpoddasza-drewniaki', [
        [
            '-Chodaki z Poddasza',
            '-Strona główna › Projekty › Drewno',
        ],
        [
            '-Kategoria: Stolarka',
            '+Jak wydłubałam swoją pierwszą parę drewniaków',
            '-Opublikowano 24 listopada 2026 przez Martę',
            '-Czas czytania: 7 minut',
        ],
        [
            '+Klocki z topoli dostałam od sąsiada, który ścinał stare drzewa nad rzeką.',
            '-Spis treści',
            '-1. Wybór drewna',
            '-2. Dłubanie wnętrza',
        ],
        [
            '+Najtrudniejsze okazało się wydrążenie środka tak, żeby nie przebić podeszwy.',
            '-Pierwszy drewniak po zgrubnym dłubaniu.',
            '+Stary cieśla poradził mi: „Drewno musi być mokre, suche tylko połamie dłuto.”',
        ],
        [
            '+Jak to zrobiłam',
            '-Łyżkowe dłuto, którego używam (link afiliacyjny)',
            '+Wycięłam zarys piłą kabłąkową.',
            '+Wydrążyłam wnętrze dłutem łyżkowym.',
            '+Suszyłam drewniaki powoli przez trzy tygodnie.',
        ],
        [
            '+Pierwszy spacer po ogrodzie skończył się odciskiem na małym palcu.',
            '+Druga para będzie już z wyściółką z filcu.',
            '-Pozdrawiam, Marta',
            '-Warsztaty dłubania w drewnie prowadzę w soboty – zapisy przez formularz na blogu.',
        ],
        [
            '-Udostępnij wpis: Facebook · Pinterest · E-mail',
        ],
        [
            '-4 komentarze',
            '-Jola: Ile czasu zajęła jedna para?',
            '-↳ Marta: Około dwudziestu godzin, Jolu.',
            '-Krzysiek: Świetne, u mnie w rodzinie też się w nich chodziło.',
            '-↳ Ania: Krzysiek, masz jeszcze jakieś stare?',
        ],
        [
            '-© 2026 Marta – wszelkie prawa zastrzeżone.',
            '-Blog na WordPressie · Motyw: Blocksy',
        ],
    ]),
    _page('ru', 'ru-portal-bolotnishchevo-vetryak', [
        [
            '-Болотнищевский вестник',
            '-Суббота, 5 декабря · +2 °C, мокрый снег',
            '-Новости | Спорт | Культура | Объявления | Афиша',
        ],
        [
            '+На болоте у Болотнищева снова крутится старый ветряной насос',
            '-3 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-Евстолия Рогозницкая · 4 декабря 2026, 17:20',
            '+Ветряной насос, который больше полувека стоял без дела на краю болота, снова качает воду.',
        ],
        [
            '+Его поставили в 1950-х годах, чтобы осушать луга для колхозного сенокоса.',
            '-Отремонтированный ветряк на краю болота.',
            '-Фото: Евстолия Рогозницкая',
        ],
        [
            '+«Мы с ребятами перебрали каждую лопасть и заменили весь вал», — рассказывает механик Фрол Осоковский.',
            '-Читайте также: В районе отремонтируют дорогу к торфянику',
        ],
        [
            '+Что увидят гости',
            '+Рядом с насосом поставили стенд с историей мелиорации.',
            '+К ветряку ведёт новый настил из лиственницы.',
            '-Реклама · 16+',
            '-Партнёрский материал: Окна ПВХ со скидкой до 40%',
            '+Экскурсии проводят по субботам с мая по сентябрь.',
        ],
        [
            '+Ремонт обошёлся в 450 тысяч рублей, деньги выделил район.',
            '-Подпишитесь на наш канал в Telegram',
            '+Следующей весной волонтёры хотят восстановить и старый шлюз на канаве.',
            '-Теги: Болотнищево, мелиорация, волонтёры',
        ],
        [
            '-3 комментария',
            '-Валентина Г.: Помню, как мы бегали к этому ветряку в детстве.',
            '-↳ Сергей Д.: Молодцы ребята, так держать!',
            '-Ирина П.: А подъехать туда на машине можно?',
        ],
        [
            '-Мы во ВКонтакте и Одноклассниках',
            '-О редакции | Контакты | Реклама на сайте | Правила',
            '-© 2026 ООО «Болотнищевская пресса»',
        ],
    ]),
    _page('ru', 'ru-blog-reznyeferzi-shakhmaty', [
        [
            '-Резные ферзи',
            '-Главная › Проекты › Шахматы',
        ],
        [
            '-Рубрика: Резьба по дереву',
            '+Как я вырезал шахматы из липы',
            '-Опубликовано 23 ноября 2026, автор: Савелий',
            '-Время на прочтение: 8 минут',
        ],
        [
            '+Липовые бруски мне отдал знакомый столяр, они сохли у него в сарае три года.',
            '-Содержание',
            '-1. Пешки и ладьи',
            '-2. Кони',
        ],
        [
            '+Дольше всего я возился с конями: первые три пришлось выбросить.',
            '-Готовые пешки до покрытия маслом.',
            '+Мой учитель резьбы всегда повторял: «Нож должен быть острым, а резчик — терпеливым».',
        ],
        [
            '+Чем я покрывал фигуры',
            '-Льняное масло, которым пользуюсь (партнёрская ссылка)',
            '+Отшлифовал фигуры шкуркой до зернистости 400.',
            '+Покрыл чёрные фигуры морилкой из коры ольхи.',
            '+Дважды пропитал все фигуры льняным маслом.',
        ],
        [
            '+Первую партию новыми шахматами мы сыграли с сыном в воскресенье вечером.',
            '+Теперь хочу вырезать для них доску с инкрустацией.',
            '-С уважением, Савелий',
            '-Делаю резные фигуры на заказ — пишите через форму обратной связи.',
        ],
        [
            '-Поделиться записью: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-4 комментария',
            '-Олег: Сколько времени ушло на весь набор?',
            '-↳ Савелий: Почти полгода по вечерам, Олег.',
            '-Тамара: Кони просто чудесные!',
            '-↳ Гриша: Согласен с Тамарой, очень живые.',
        ],
        [
            '-© 2026 Савелий. Все права защищены.',
            '-Работает на WordPress · Тема: Twenty Twenty-Four',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Un article de Clémentine Vauxperlin':
        "a French an-article-by byline ('Un article de Clémentine Vauxperlin') is left at the head",
    'This newspaper is regulated by IPSO; complaints should be sent to the editor first.':
        "an English IPSO regulation footer ('This newspaper is regulated by IPSO; complaints should be sent to the "
        "editor first.') is left at the foot",
    "Nota: l'articolo è stato corretto alle 11:05; nella prima versione era indicato un anno sbagliato.":
        "an Italian timed correction note ('Nota: l'articolo è stato corretto alle 11:05; nella prima versione era "
        "indicato un anno sbagliato.') is left in the body",
    'Редакция может не разделять мнение автора публикации.':
        "a Russian the-editors-may-not-share-the-author's-view note ('Редакция может не разделять мнение автора "
        "публикации.') is left at the foot",
}

_KEEP_XFAIL: dict[str, str] = {}

_PAGE_XFAIL: dict[str, str] = {
    'en-blog-harmoniuminthehallway-harmonium':
        "the harmonium blog's post keeps the photo caption ('The harmonium before restoration, still in the chapel "
        "vestry.') between the second paragraph and the quote (1 of 20 noise lines; after round 121, which took the "
        "author's sign-off and plug after the two last paragraphs); no article line is lost",
    'fr-blog-baratteetbabeurre-baratte':
        "the butter-churn blog's post keeps the photo caption ('La baratte après le nettoyage, sur la table de la "
        "cuisine.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost",
    'de-blog-glasbilderstube-laterna':
        "the magic-lantern blog's post keeps the photo caption ('Die Laterne mit dem ersten Glasbild, einer Mühle im "
        "Schnee.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost",
    'it-blog-ottoneeorizzonte-sestante':
        "the sextant blog's post keeps the photo caption ('Il sestante smontato sul tavolo del laboratorio.') "
        'between the second paragraph and the quote (1 of 20 noise lines); no article line is lost',
    'pl-blog-chodakizpoddasza-drewniaki':
        "the clogs blog's post keeps the photo caption ('Pierwszy drewniak po zgrubnym dłubaniu.') between the "
        "second paragraph and the quote (1 of 20 noise lines; after round 121, which took the author's sign-off and "
        'plug after the two last paragraphs); no article line is lost',
    'ru-blog-reznyeferzi-shakhmaty':
        "the chess-set blog's post keeps the photo caption ('Готовые пешки до покрытия маслом.') between the second "
        "paragraph and the quote, and the author's sign-off ('С уважением, Савелий') after the two last paragraphs "
        '(2 of 20 noise lines); no article line is lost',
}


test_held_out_179_line, test_held_out_179_line_is_kept, test_held_out_179_page = held_out_tests(
    HELD_OUT_179_LINES, HELD_OUT_179_KEEP, HELD_OUT_179_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
