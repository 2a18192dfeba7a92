"""Held-out set 209: written blind, weighted toward the noise the cleaner exists for, in shapes set 208's docstring does
not name (nor the first paragraphs of sets 205, 206 and 207): scraper, embed and ad markers, all in the body (an English
Vimeo video behind a password "The Vimeo video embedded here is password-protected – enter the password on Vimeo to
watch.", an English bracketed Datawrapper placeholder that needs JavaScript "[Datawrapper chart – JavaScript must be
enabled to display this chart]", an English Spotify embed that plays logged-out readers only a preview "Spotify embed:
you are hearing a 30-second preview – log in to Spotify to play the full episode.", a French embedded tweet of a
suspended X account "Le tweet intégré n'est plus disponible : le compte X de son auteur a été suspendu.", a German
Google Maps map that timed out "Die Google-Maps-Karte konnte nicht geladen werden: Zeitüberschreitung der Verbindung.",
an Italian Spreaker podcast under maintenance "Il podcast di Spreaker incorporato è in manutenzione: riprova tra qualche
minuto.", a Polish Facebook live stream that has ended with no recording yet "Transmisja na żywo z Facebooka zakończyła
się, a nagranie nie zostało jeszcze udostępnione." and a Russian Yandex map over its API request limit "Карта Яндекса не
отображается: превышен лимит запросов к API."); reading-time headers in new wordings, all at the head (the English
this-story-takes line "This story takes about 6 minutes to read", a blog's long-post-alert line that counts the
step-by-step photos "Long post alert: about 11 minutes of reading, with lots of step-by-step photos", the French
reading-duration label "Durée de lecture : 6 minutes", the German you-need-about-this-long-to-read line "Zum Lesen
brauchen Sie etwa 6 Minuten", the Italian minutes-of-reading label "6 minuti di lettura", the Polish min-of-reading
label "6 min czytania" and the Russian you-will-read-it-in line "Прочитаете за 6 минут"); bylines and self-promotion (an
English reporting-and-editing byline "Reporting by Marjorie Quelchwood; editing by Osric Gannimore", a German
by-our-contributor byline "Von unserer Mitarbeiterin Waltraud Zinnhobel" and a Russian recorded-by byline "Записал
Ферапонт Сугробцев", all at the head, and at the foot an English about-the-author line "About the author: Delphine
writes about her allotment and bakes far too much at weekends.", an English Not On The High Street tea-cosies plug "My
hand-stitched tea cosies are on Not On The High Street – new colours every month.", a French Leboncoin cannelé-moulds
plug with Colissimo shipping "Mes moules à cannelés en cuivre sont en vente sur Leboncoin, envoi en Colissimo.", an
Italian who-is-writing line "Chi scrive: Ottavia, cuoca per passione, vive tra le colline e il suo forno a legna." and a
Polish Allegro Lokalnie chopping-boards plug with Orlen Paczka shipping "Ręcznie malowane deski do krojenia sprzedaję na
Allegro Lokalnie – wysyłka Orlen Paczką."); blog and site footers, all at the foot (an English Squarespace credit with
the privacy and accessibility-statement links "Made with Squarespace · Privacy · Accessibility statement", an English
IPSO regulation line with the complaints and corrections links "Regulated by IPSO · Complaints procedure · Corrections
and clarifications", an English Pipdig design and Bluehost hosting credit "Blog design by Pipdig · Hosted by Bluehost",
a French Ghost and Infomaniak credit with the site map "Propulsé par Ghost · Hébergé chez Infomaniak · Plan du site", a
German Webflow and Hetzner credit with the accessibility statement "Erstellt mit Webflow · Hosting: Hetzner ·
Barrierefreiheitserklärung", an Italian VAT-number line with the legal notes and the cookie preferences "P.IVA
03918270165 · Note legali · Preferenze cookie", a Polish Joomla! and cyber_Folks credit with the site map "Strona działa
na Joomla! · Hosting: cyber_Folks · Mapa strony" and a Russian Tilda credit with the privacy policy and the company
details "Сайт сделан на Tilda · Политика конфиденциальности · Реквизиты"); reader-comment furniture, all at the foot (an
English sort-order row "Comments are sorted by Top · Switch to Newest", an English jump-to-the-latest-comment link "Jump
to the latest comment ↓", an English deleted-by-its-author line "This comment was deleted by its author.", a French
flagged-and-under-review line "Ce commentaire a été signalé et est en cours d'examen.", a German comments-loading line
"Kommentare werden geladen …", an Italian comments-for-registered-users-only line "I commenti sono visibili solo agli
utenti registrati. Registrati o accedi.", a Polish quote-reply-report row "Cytuj · Odpowiedz · Zgłoś do moderatora" and
a Russian more-comments link with its count "Ещё 9 комментариев · Показать"); share rows (a French
did-you-like-this-article row "Cet article vous a plu ? Partagez-le : Facebook · WhatsApp · X" at the foot, an Italian
share-on row with Threads and a copy-link entry "Condividi su Threads · WhatsApp · Telegram · Copia link" in the body
and a Polish did-you-like-the-text row with Messenger "Spodobał się tekst? Udostępnij: Facebook · Messenger · Kopiuj
link" at the foot); and notices (an English correction of a wrong date "Correction: an earlier version of this story
gave the wrong date for the final." at the head, a German disclosure that the tourist board paid for the trip
"Offenlegung: Die Reise zur Recherche wurde vom Tourismusverband bezahlt." in the body and the Russian
the-author's-opinion-may-differ line "Мнение автора может не совпадать с позицией редакции." at the foot); and toward
whole scraped news and hobby-blog pages in layouts set 208's docstring does not describe (on the six portal pages, in
nine blocks, a date-and-weather strip, the masthead with its tagline and the section menu in a block of three at the
very top, the strip first; the title second in a block of four, under a breadcrumb and above the byline with the date in
one line and the reading time; the first and second paragraphs in a block of three with the lead photo's caption and its
credit (one line) between them; an ad label and a sponsored headline alone in a block of two; the paragraph with the
quote at the top of a block of two with a share row under it; the subheading and the three rows with a read-also link
between the subheading and the first row, inside the list block (a block of five); the two last paragraphs at the top of
a block of three with a newsletter or Telegram-channel prompt after them; a tags line above a thread of five lines in
one block of six (a comment count, a comment, the reporter's, the paper's or the desk's arrowed reply, a second reader's
comment and the first commenter's arrowed reply to it); and at the foot a links row and the publisher's copyright line
in a block of two; on the six blog pages, in eight blocks, the menu and the blog name with its tagline in a block of two
at the very top, the menu first; the title at the top of a block of five with the posted-on-by line (with the comment
count), the reading time, an affiliate-links disclosure and a jump-to-recipe link under it; the first paragraph at the
top of a block of four with a table of contents (its heading and two numbered entries) after it; the second paragraph
and the paragraph with the quote in a block of four with the photo caption and a save-to-Pinterest-and-print row between
them; the subheading and the three rows with an ad label between the first and second rows, inside the list block (a
block of five); the two last paragraphs at the top of a block of three with the author's sign-off after them; a thread
of five lines alone in a block (a comments heading with its count, not quoting the post's title, a comment, the author's
arrowed reply, a second comment and the author's arrowed reply to it); and at the foot a plug for the author's pastry
club, workshops or courses and the author's copyright line with the platform and theme credit in one line, in a block of
two), taken from local news of the kinds the brief names (a cherry-stone spitting contest at the fete, a far breton
baking contest at the market, a log splitting contest in the forest, a straw maze at the farm, a dog agility show at the
stadium and a sledge race down the hill) and from blogs about Eccles cakes, a gazpacho, a flammkuchen, arancini, a
chłodnik (cold beet soup) and a kulich.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 208 but what is named here), held-out set 210 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 208 up to (not including) its paragraph starting "Measured after round 134" (what was printed
ends with its Baseline paragraph), its imports and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast``
as the module-level assignment node, not by a string search), and the first paragraphs of the docstrings of sets 205,
206 and 207, printed with one ast script (/tmp/s209scratch/read_allowed.py, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py),
printed with ``inspect.getsource`` (/tmp/s209scratch/insp.py, with /tmp/wt-set209/src and /tmp/wt-set209/tests on
sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the
worktree /tmp/wt-set209 (at the brief's commit). The English fixture file itself was not opened. The import lines and
the line binding the three tests follow set 208's as printed, with 208 -> 209; /tmp/s209scratch/gen209.py writes this
file from scratch files (data209.py with the noise and keep lines, pages209.py with the pages, doc_first.py with the
first paragraph, whose quotes gen209.py fills in from the lines themselves, doc_rest_pre.txt and doc_rest_post.txt with
the rest of the docstring, and, after the measurement, tables209.py with the xfail tables). Nothing else was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s209, detached at
commit 247edfa3dae7c24e5d8452e29a94e0d720d2b915, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 08:48:30 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 08:48:32 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed d1d475e3df1327a3089996f06b9ffbee287936c3 (main is at another commit than the brief's, as the brief
allows); both worktrees were made at 247edfa3dae7c24e5d8452e29a94e0d720d2b915 with ``git worktree add`` (output to
/dev/null, both exit codes 0), and /work/main was not touched afterwards. After the set-up one ``ls`` of the two
worktrees' top levels was run (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests: names only,
nothing opened). (2) read_allowed.py first printed to the terminal, which the tool cut in the middle (it showed the
start, up to inside set 208's Slips and notes paragraph, and the end, from inside set 206's first paragraph on, all
allowed parts); the second run went to /tmp/s209scratch/allowed.txt (513 lines, all allowed parts), of which I paged
lines 125 to 385 with ``sed`` in two pieces; nothing else of any set file was printed. (3) The Python in use (3.11.7)
already had the project's dependencies: insp.py imported test_clean and noisy_corpus on its first run, so nothing was
installed. That import loads the cleaner's modules, but nothing was cleaned before the measurement and no source under
src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept
away from them: no embed service named there is used for a held-out marker (Vimeo, Datawrapper, Spotify, an X post,
Google Maps, Spreaker, a Facebook live stream and Yandex Maps are not named there), and the failures are of kinds not
named there (a password, JavaScript switched off, a preview for logged-out listeners, a suspended account, a time-out,
maintenance, a live stream not yet recorded, an API request limit); the reading times avoid the phrasings named there
(no "Reading time", "Read time", "Time to read", "min read", "Lesezeit", "Lesedauer", "Czas czytania", "Время чтения" or
"на чтение" among the held-out lines, and the French and Italian ones hold "lecture" and "lettura" only in shapes not
named there, "Durée de lecture :" and minutes first, "6 minuti di lettura"; the page furniture does use ordinary labels
such as "Lesezeit: 3 Minuten" and "Время чтения: 3 минуты"); the bylines are of new shapes (reporting ... editing by,
von unserer Mitarbeiterin, записал, about the author, chi scrive) and the plugs name marketplaces not named there (Not
On The High Street, Leboncoin, Allegro Lokalnie); the footers use builders, hosts and legal lines not named there
(Squarespace, IPSO regulation, Pipdig with Bluehost, Ghost with Infomaniak, Webflow with Hetzner, a VAT number, Joomla!
with cyber_Folks, Tilda); the comment lines (sort order, jump to the latest, deleted by its author, flagged and under
review, loading, registered users only, quote-reply-report, more comments), share rows (Threads, Messenger, a
did-you-like-it prompt) and notices (a correction, a paid-trip disclosure, the author's-opinion line) are of kinds not
named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief
lists; the layouts differ from those of set 208 and of the first paragraphs of sets 205 to 207 (see the first
paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files)
before use. No hits: Snaddlecombe, Fintrelle, Stonegobbin, Hattersmere, "Nettie's Currant Tin", Kerbrivelec, Trégodin,
Bouzennec, "La Tomate Frileuse", Hackelsbrunn (prefix of Hackelsbrunner), Spaltinger, Hauzeder, "Ofenglut und Speck",
Pagliarolo, Labirintesi, Strameschi, "Le Palline di Tecla", Hasałkow (prefix of Hasałkowo, Hasałkowa, Hasałkowie and
Hasałkowska), Przeszkodzka, Tunelowska, "Buraczane Lato", Санкогорск (prefix of Санкогорская and Санкогорске), "Глафира
Горкина", Полозкатов, "Куличная Фроси", Quelchwood, Gannimore, Zinnhobel and Сугробцев. Dropped for hits: Pipwhistle (a
gnome name in games), Fienili (a real Italian word), "Panatura Dorata" (a real phrase), Hopkowic (inside Hopkowicz),
Салазкин (inside Салазкина), Pettigrue and Hallowdene (real names or places in code), Лукошкин (inside Лукошкина and
Лукошкино), Tumbleby (inside "StumbleBy"), Covonesi (inside "DefCovOneSite"), Pagliuzzi (a real name), Slalomska (a real
word) and Ледянкин (a real name). Bloggers and the authors of the about-the-author and who-is-writing lines are given by
first name only (Nettie, Solène, Sönke, Tecla, Zosia, Фрося, Delphine, Ottavia), commenters as first names with an
initial or a place, or as handles, and were not checked; "Snaddlecombe Echo", "Upper Snaddle", "Le Courrier de
Kerbrivelec", "Hackelsbrunner Tagblatt", "Il Corriere di Pagliarolo", "Gazeta Hasałkowska", "Санкогорская правда" and
the cascina Strameschi are formed from checked names. Real services, platforms, shops and cities are named as real pages
do. The French blog spells its dish the French way ("gaspacho"). (6) A script (/tmp/s209scratch/check.py) checked
case-insensitively that no noise line (held-out or page) sits inside an article line, a keep line or another noise line,
that no line repeats and that no line holds an at-sign; while writing I had already kept the ad labels out of the other
lines (a French keep line opening "Publicité mensongère" was replaced before the check because the French portal's ad
label "Publicité" sits inside it; the French and Italian portals' links rows were written without "Publicité" and
"Pubblicità", the German portal's paper is a "Tagblatt" so that its masthead does not hold the ad label "Anzeige", and
the blogs' ad labels were chosen so that the portals' labels do not sit inside them: "Materiał reklamowy", "Рекламный
блок", "Annuncio pubblicitario" rather than ones holding "Reklama", "Реклама" or "sponsor"); its first run found
nothing. gen209.py checks that no line of the file is over 120 columns and that it holds no at-sign; the counts by
category, language and place, and the 10 article and 20 noise lines of each page, were checked with check.py, and the
lists and pages of the written file were imported back and found equal to the scratch data. (7) The measurement was run
once, as the brief gives it, in one shell call at 08:54:48 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (7) and (8); pytest printed 14 failed, 63 passed and no XPASS,
and the report is copied in the Baseline paragraph. problems.py (/tmp/s209scratch, importing the copy in
/tmp/wt-s209/tests with /tmp/wt-s209/src on the path) then printed ``_problems`` of each failing case: the eight lines
and the six pages of the tables; every problem is a kept noise line ("kept boilerplate"), no article or keep line is
lost and no problem of another kind (no unreported removal, no range or offset problem) was printed. The tables were
written from that output (tables209.py, written into this file by gen209.py); a small script checked that every key of
the tables is a line or page of the set and that each page's reason quotes exactly as many of its noise lines as the
report counts left; the final file was checked again with the pytest command in /tmp/wt-s209 (see the Baseline
paragraph). (8) Clock: ``date`` printed 08:48:30 at the start, 08:54:48 at the measurement and 08:55:28 when the tables
were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments from the fire brigade ...", "Follow-up inspections at the old mill ...", "Copyright on the town's crest ...",
"Advertising boards along the towpath ...", "Subscribers to the community energy scheme ...", "Reading the names of the
fallen ...", "Share of the proceeds ...", "Commentant les résultats, ...", "Suivez le guide : ...", "Partagée entre
trois communes, ...", "Teilen wollten die beiden Vereine ...", "Abonnenten der Stadtwerke ...", "Lesen und Schreiben
lernen ...", "Seguire le partite dalla tribuna ...", "Commenti entusiasti ...", "Iscriversi al corso di potatura ...",
"Subskrypcję biletów miesięcznych ...", "Udostępnienie sali gimnastycznej ...", "Подписку на районную газету ..." and
"Комментируя итоги сезона, ..."): each is a full sentence with a subject, a verb and a fact of a local story, so article
("Suivez le guide" opens like a follow prompt but is the name of a town walk; "Copyright on the town's crest" opens like
a rights line but tells who owns the crest; "Reading the names of the fallen" opens like a reading-time label but is a
remembrance service; "Iscriversi al corso" opens like a sign-up prompt but reports a course's deadline). Borderline
categories: the about-the-author and who-is-writing lines are bylines and self-promotion, at the foot, since they
present the author rather than the story, and so are the plugs (Not On The High Street, Leboncoin, Allegro Lokalnie),
which sell the author's wares in the author's voice; the reporting-and-editing line is a byline though it names an
editor; the IPSO regulation line and the Italian VAT-number line are footers (they speak of the publisher, not of the
article); the sort-order row and the jump-to-the-latest-comment link are comment furniture, not menus; the
did-you-like-it rows are share rows though they open with a question; the English correction is a notice at the head
(corrections are printed above the story), the German paid-trip disclosure a notice in the body and the Russian
author's-opinion line a notice at the foot. On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(date-and-weather strips, mastheads with taglines, menus, breadcrumbs, bylines with dates, reading times, captions with
credits, ad labels, sponsored headlines, share rows, read-also links, newsletter and Telegram-channel prompts, tags
lines, comment counts, comments and replies, links rows, copyright lines, blog names, posted-on lines, affiliate
disclosures, jump-to-recipe links, tables of contents, save-to-Pinterest rows, sign-offs, comment headings, plugs and
copyright-and-credit lines) is noise. The list rows (the cherry-stone contest's rules, the far contest's rules, the log
splitting rules, how the maze visit works, how the agility runs were scored, the sledge race rules, and what goes into
the Eccles cakes, the gaspacho, the flammkuchen, the arancini, the chłodnik and the kulich) are short but part of each
article, so article; the list headings ("How the contest was judged", "Składniki", "Что понадобится" and the like) are
the articles' subheadings, so article; the portals' read-also links are noise though they sit inside the list block
between the subheading and the first row; the portals' photo captions are noise though they sit between the first and
second paragraphs; the blogs' ad labels are noise though they sit between the first and second list rows; the blogs'
captions and save-to-Pinterest rows are noise though they sit between the second paragraph and the paragraph with the
quote; the blogs' tables of contents are noise though they follow the first paragraph in its block; the sign-offs
("Happy baking, lovelies! Nettie x" and the like) are noise; the tags lines are noise though they head the comment
block; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by place head 11 (the
seven reading times, three bylines: an English, a German and a Russian one, and the English correction), body 10 (the
eight markers, the Italian share row and the German disclosure), tail 24 (five bylines and plugs: two English, a French,
an Italian and a Polish one, eight footers, eight comment lines, the French and Polish share rows and the Russian
notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and
120 article lines: en-portal-snaddlecombe-cherry-stone-spitting (a retired postman spits a cherry stone 17.3 metres for
a new fete record), en-blog-netties-currant-tin-eccles-cakes (Eccles cakes with rough puff pastry and brandy-soaked
currants), fr-portail-kerbrivelec-concours-de-far-breton (23 amateur bakers and a salted-butter far that wins at the
covered market), fr-blog-la-tomate-frileuse-gaspacho (an Andalusian gaspacho rested overnight),
de-portal-hackelsbrunn-holzspalten (26 splitters and a forestry worker who wins the log splitting contest in the town
forest), de-blog-ofenglut-und-speck-flammkuchen (a yeast-free flammkuchen with bacon and onions from the wood oven),
it-portale-pagliarolo-labirinto-di-paglia (a maze of two thousand straw bales opens at a farm),
it-blog-le-palline-di-tecla-arancini (Palermo-style arancini with ragù and peas), pl-portal-hasalkowo-pokaz-agility
(sixty dogs at the first agility show in the town stadium, a border collie and a dachshund among the winners),
pl-blog-buraczane-lato-chlodnik (a Lithuanian-style chłodnik of beet greens with kefir and buttermilk),
ru-portal-sankogorsk-gonki-na-sankah (120 sledgers race down Popova Hill, an engineer wins) and
ru-blog-kulichnaya-frosi-kulich (a sponge-method Easter kulich with raisins and candied peel), each with a reader
comment thread.

Baseline (2026-12-07, cleaner at commit 247edfa3dae7c24e5d8452e29a94e0d720d2b915, measured with ``cd /tmp/wt-s209 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s209/src python -m pytest -q tests/test_clean_held_out_209.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s209 && PYTHONPATH=/tmp/wt-s209/src python
scripts/clean_held_out_report.py --sets 209``, with the xfail tables empty, at 08:54:48 UTC by ``date``): noise lines
removed 37/45 (marker 4/8, reading-time 7/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 3/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Datawrapper
placeholder, the French suspended-X-account tweet, the Italian Spreaker maintenance and the Polish ended-Facebook-live
lines), two lines at the foot of the byline category (the English Not On The High Street plug and the Italian
who-is-writing line) and two comment lines at the foot (the French flagged-and-under-review and the Italian
registered-users-only lines); the English Vimeo and Spotify, German Google Maps and Russian Yandex markers, all seven
reading times, the three head bylines, the English about-the-author line and the French and Polish plugs, all eight
footers, the other six comment lines, every share row and every notice went); keep lines kept 20/20; pages 6/12 clean
(all six portal pages), 13 of 240 page noise lines left and 0 of 120 article lines lost. Left, all on the blog pages:
all six blogs keep the photo caption after the second paragraph; besides, the jump-to-recipe link at the end of the
title's block on the French gaspacho, Polish chłodnik and Russian kulich blogs (2 each) and on the German flammkuchen
blog, which also keeps its whole top block, the menu and the blog name with its tagline (4); the Italian arancini blog
keeps the sign-off besides its caption (2); the English Eccles-cakes blog keeps just the caption (1). No page and no
keep line loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s209 gave 63 passed, 14 xfailed, no XPASS.

Measured after round 135 (2026-12-07, lead, with the lead's mend e92d02b on round 135's branch, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets $(seq 10 212)`` and the set's pytest
file): nothing moved. Noise lines removed 37/45 (the same eight missed lines), keep lines kept 20/20, pages 6/12 clean,
13 of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 135
(embed placeholders by new states, reading times, updated-article notes, blog sign-offs over classes plugs, tables of
contents) read none of this set's wordings or layouts.

Round 136 (development; this set was read in full from this round on): developed on sets 209 and 210 from e7177a6.
Fixed, each rule general in six languages with near misses in tests/test_clean.py (test_round_136_*): (1) set 210's
three lost blog titles: the blog's name with its tagline on one line under the menu ("Das Schmarrnpfännchen – Süßes aus
Omas Küche", "Patelnia Haliny – Domowe przepisy z Mazur", "Кастрюлька Фёклы – Домашняя кухня без спешки") was taken for
the title (four words or more) by page_blocks._mark_head, and the short title between the posted-on line and the reading
time went with the head; round 112's stamped-title reading now also holds when the line taken for the title is a name
and a tagline after a dash that the page's copyright line names (page_blocks._is_blog_name_over_stamped_title, with
round 128's _copyright_names_masthead), and that line goes as the tagline ("page head"); the three titles are back and
the three names go. (2) Boxes and heads: the most-read heading over one headline between the two last paragraphs of one
block (mark_block_remnants' new step "most-read box between two paragraphs", beside rounds 121 and 123's boxes; the
block may open with the body's last prose line and its last paragraph may be a short sentence of five words or more); a
blog's menu row of four labels or more over its name and tagline, the two alone in the first block and the name the
copyright line's (page_blocks._is_blog_menu_over_name in _mark_masthead_in_top_block: set 209's German flammkuchen blog,
whose menu names no section _SECTION_WORD knows); the jump-to-recipe link with a down arrow
(whole_line_noise._RECIPE_JUMP's "skip link" rule takes "↓" after the jump only, and the Russian "Сразу к рецепту"). (3)
Lines: _EMBED_NOUN gains the tour and the design ("Die Komoot-Tour kann nicht angezeigt werden, ...", "The Canva design
embedded here could not load ..."); _EMBED_PLATFORM gains 2GIS and Canva ("Карта 2ГИС не отображается: ..."); the IPSO
footer with the code first and the regulator after ("This newspaper abides by the Editors' Code of Practice and is
regulated by IPSO."); the bylines "Aufgezeichnet von <Name>" (with "Protokolliert von", "Propos recueillis par", "Testo
raccolto da", "Wysłuchał(a)", "Записал(а)", beside round 72's credits) and "<First name> <Surname> reports from <Place>"
alone on the line. Other sets' xfails removed (XPASS): lines of sets 124 (a Polish Canva presentation), 183 (a Russian
2GIS map), 186 (an English Canva design failing to load) and 204 (an English Canva design no longer shared). Sets 10-210
totals (scripts/clean_held_out_report.py, before -> after): noise lines removed 8297 -> 8307 of 9121, article lines kept
4047 -> 4047, pages clean 1357 -> 1363 of 2398, page noise lines left 1960 -> 1939, paragraphs lost 5 -> 2 (set 210's
three titles); no set's kept lines dropped and no set's lost paragraphs rose. SemEval (scripts/semeval_noise_diff.py): 0
changed files of 3723. Bench (benchmarks/bench_clean.py against e7177a6): ratio 0.98 (2.807 s against 2.872 s, best
CPU). Full cleaning test set: 24937 passed, 1879 xfailed, no XPASS, in 11:47 (the first run stopped at set 124's XPASS
of the Polish Canva line, and those four other sets' entries were removed before this run).
This set before -> after (scripts/clean_held_out_report.py --sets 209): noise lines removed 37/45 -> 37/45 (marker 4/8,
reading-time 7/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 3/3, unchanged), keep lines kept 20/20 ->
20/20, pages clean 6/12 -> 6/12, page noise lines left 13 -> 7 of 240, article lines lost 0 -> 0. Gone: the German
flammkuchen blog's menu and blog name with its tagline, and the jump-to-recipe links of the French, German, Polish and
Russian blogs. Reasons reworded (each now keeps its photo caption only, 1 of 20): fr-blog-la-tomate-frileuse-gaspacho,
de-blog-ofenglut-und-speck-flammkuchen, pl-blog-buraczane-lato-chlodnik, ru-blog-kulichnaya-frosi-kulich. Still missed:
the eight lines of _LINE_XFAIL (the Datawrapper placeholder needing JavaScript, the French tweet of a suspended X
account, the Italian Spreaker podcast under maintenance, the Polish ended Facebook live, the English Not On The High
Street plug, the Italian "Chi scrive" line, the French flagged comment under review, the Italian registered-users-only
comments: not reached in time), the photo caption on all six blogs (not attempted, as the brief asks) and the Italian
sign-off "Buon appetito! Un abbraccio, Tecla" (not reached).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_209_LINES: list[tuple[str, str, str]] = [
    ("body", "The Vimeo video embedded here is password-protected – enter the password on Vimeo to watch.", "marker"),
    ("body", "[Datawrapper chart – JavaScript must be enabled to display this chart]", "marker"),
    ("body", ("Spotify embed: you are hearing a 30-second preview – log in to Spotify to play the full "
              "episode."), "marker"),
    ("body", "Le tweet intégré n'est plus disponible : le compte X de son auteur a été suspendu.", "marker"),
    ("body", "Die Google-Maps-Karte konnte nicht geladen werden: Zeitüberschreitung der Verbindung.", "marker"),
    ("body", "Il podcast di Spreaker incorporato è in manutenzione: riprova tra qualche minuto.", "marker"),
    ("body", "Transmisja na żywo z Facebooka zakończyła się, a nagranie nie zostało jeszcze udostępnione.", "marker"),
    ("body", "Карта Яндекса не отображается: превышен лимит запросов к API.", "marker"),
    ("head", "This story takes about 6 minutes to read", "reading-time"),
    ("head", "Long post alert: about 11 minutes of reading, with lots of step-by-step photos", "reading-time"),
    ("head", "Durée de lecture : 6 minutes", "reading-time"),
    ("head", "Zum Lesen brauchen Sie etwa 6 Minuten", "reading-time"),
    ("head", "6 minuti di lettura", "reading-time"),
    ("head", "6 min czytania", "reading-time"),
    ("head", "Прочитаете за 6 минут", "reading-time"),
    ("head", "Reporting by Marjorie Quelchwood; editing by Osric Gannimore", "byline"),
    ("head", "Von unserer Mitarbeiterin Waltraud Zinnhobel", "byline"),
    ("head", "Записал Ферапонт Сугробцев", "byline"),
    ("tail", "About the author: Delphine writes about her allotment and bakes far too much at weekends.", "byline"),
    ("tail", "My hand-stitched tea cosies are on Not On The High Street – new colours every month.", "byline"),
    ("tail", "Mes moules à cannelés en cuivre sont en vente sur Leboncoin, envoi en Colissimo.", "byline"),
    ("tail", "Chi scrive: Ottavia, cuoca per passione, vive tra le colline e il suo forno a legna.", "byline"),
    ("tail", "Ręcznie malowane deski do krojenia sprzedaję na Allegro Lokalnie – wysyłka Orlen Paczką.", "byline"),
    ("tail", "Made with Squarespace · Privacy · Accessibility statement", "footer"),
    ("tail", "Regulated by IPSO · Complaints procedure · Corrections and clarifications", "footer"),
    ("tail", "Blog design by Pipdig · Hosted by Bluehost", "footer"),
    ("tail", "Propulsé par Ghost · Hébergé chez Infomaniak · Plan du site", "footer"),
    ("tail", "Erstellt mit Webflow · Hosting: Hetzner · Barrierefreiheitserklärung", "footer"),
    ("tail", "P.IVA 03918270165 · Note legali · Preferenze cookie", "footer"),
    ("tail", "Strona działa na Joomla! · Hosting: cyber_Folks · Mapa strony", "footer"),
    ("tail", "Сайт сделан на Tilda · Политика конфиденциальности · Реквизиты", "footer"),
    ("tail", "Comments are sorted by Top · Switch to Newest", "comments"),
    ("tail", "Jump to the latest comment ↓", "comments"),
    ("tail", "This comment was deleted by its author.", "comments"),
    ("tail", "Ce commentaire a été signalé et est en cours d'examen.", "comments"),
    ("tail", "Kommentare werden geladen …", "comments"),
    ("tail", "I commenti sono visibili solo agli utenti registrati. Registrati o accedi.", "comments"),
    ("tail", "Cytuj · Odpowiedz · Zgłoś do moderatora", "comments"),
    ("tail", "Ещё 9 комментариев · Показать", "comments"),
    ("tail", "Cet article vous a plu ? Partagez-le : Facebook · WhatsApp · X", "share"),
    ("body", "Condividi su Threads · WhatsApp · Telegram · Copia link", "share"),
    ("tail", "Spodobał się tekst? Udostępnij: Facebook · Messenger · Kopiuj link", "share"),
    ("head", "Correction: an earlier version of this story gave the wrong date for the final.", "notice"),
    ("body", "Offenlegung: Die Reise zur Recherche wurde vom Tourismusverband bezahlt.", "notice"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_209_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the fire brigade persuaded the council to move the bonfire further from the allotments."),
    ("head", "Follow-up inspections at the old mill found the roof repairs had been done to a high standard."),
    ("head", "Copyright on the town's crest passed to the parish council when the borough was dissolved in 1974."),
    ("head", "Commentant les résultats, le maire a salué la patience des riverains pendant les travaux."),
    ("head", "Teilen wollten die beiden Vereine den Platz nicht, also entschied am Ende das Los."),
    ("head", "Seguire le partite dalla tribuna costerà cinque euro, mentre i bambini entreranno gratis."),
    ("head", "Subskrypcję biletów miesięcznych na autobus gminny wykupiło już ponad trzystu mieszkańców."),
    ("body", "Advertising boards along the towpath will be removed before the regatta, the harbour master said."),
    ("body", "Subscribers to the community energy scheme will see their first dividend paid in March."),
    ("body", ("Suivez le guide : c'est ainsi que l'office de tourisme a baptisé sa nouvelle balade dans la vieille "
              "ville.")),
    ("body", "Abonnenten der Stadtwerke zahlen ab Januar rund vier Euro mehr im Monat für Fernwärme."),
    ("body", "Подписку на районную газету оформили в этом году почти все пенсионеры посёлка."),
    ("tail", "Reading the names of the fallen took the vicar nearly twenty minutes on Sunday morning."),
    ("tail", "Share of the proceeds going to the hospice rose to a third this year, the organisers confirmed."),
    ("tail", "Partagée entre trois communes, la cantine scolaire sera agrandie dès la rentrée prochaine."),
    ("tail", "Lesen und Schreiben lernen im Förderkurs der Volkshochschule derzeit 14 Erwachsene."),
    ("tail", "Commenti entusiasti sono arrivati dai turisti tedeschi che hanno visitato il borgo a Pasqua."),
    ("tail", "Iscriversi al corso di potatura è ancora possibile fino a venerdì presso la sede della Pro Loco."),
    ("tail", "Udostępnienie sali gimnastycznej na zebranie wiejskie dyrektorka szkoły uzależniła od zgody rady."),
    ("tail", "Комментируя итоги сезона, тренер поблагодарил родителей за помощь с поездками."),
]

HELD_OUT_209_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-snaddlecombe-cherry-stone-spitting", [
        [
            "-Saturday 18 July 2026 · Snaddlecombe 23°C, sunny spells",
            "-The Snaddlecombe Echo – Your town, your news since 1891",
            "-News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            "-Home › News › Snaddlecombe",
            "+Cherry-stone spitting record falls at Snaddlecombe summer fete",
            "-By Eudora Fintrelle · 18 July 2026, 16:40",
            "-4-minute read",
        ],
        [
            ("+A retired postman spat a cherry stone 17.3 metres on Saturday afternoon, beating the fete's record "
             "set in 2009 by almost two metres."),
            "-Wilf Stonegobbin takes aim on the vicarage lawn. Photo: Snaddlecombe Echo",
            ("+Forty-two entrants queued beside the vicarage lawn, each allowed three cherries from the same bowl "
             "and a run-up of no more than one stride."),
        ],
        [
            "-Advertisement",
            "-Sponsored: Compare the best fixed-rate mortgages in the South West",
        ],
        [
            ('+"I\'ve been practising on the allotment since May, much to my neighbours\' disgust," said Wilf '
             "Stonegobbin, 71, who collected a silver cup and a jar of cherry jam."),
            "-Share: Facebook · X · WhatsApp · Email",
        ],
        [
            "+How the contest was judged",
            "-Read also: Vicarage roof appeal passes £20,000",
            "+Stones were measured from the toe line to the spot where they first landed.",
            "+Any stone that rolled off the tarpaulin was measured where it stopped.",
            "+Swallowing a stone meant the turn was lost, whoever pleaded otherwise.",
        ],
        [
            ("+The junior title went to nine-year-old Poppy Hattersmere, whose best effort of 8.1 metres drew the "
             "loudest cheer of the day."),
            ("+Organisers said the fete raised £3,450 for the church hall's new kitchen and that the cherry contest "
             "will return next summer."),
            "-Get the Snaddlecombe Echo newsletter every Friday – sign up free",
        ],
        [
            "-Tags: Snaddlecombe, fete, cherry stones, community",
            "-14 comments",
            "-MarshLaneMick: Seventeen metres! I can't even throw a cherry that far.",
            "-↳ Eudora Fintrelle (Echo): Wilf says the secret is a firm cherry and no wind.",
            "-Gwen from Upper Snaddle: Poppy was brilliant, well done that girl.",
            "-↳ MarshLaneMick: Agreed, she'll be breaking Wilf's record in a few years.",
        ],
        [
            "-About us · Contact · Advertise · Privacy · Terms",
            "-© 2026 Snaddlecombe Echo Ltd. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-netties-currant-tin-eccles-cakes", [
        [
            "-Home · Recipes · Baking Basics · About Nettie · Contact",
            "-Nettie's Currant Tin – old-fashioned bakes from a small northern kitchen",
        ],
        [
            "+Proper Eccles cakes with flaky pastry and spiced currants",
            "-Posted on 3 March 2026 by Nettie · 23 comments",
            "-8 minutes to read",
            "-This post contains affiliate links; I may earn a small commission at no extra cost to you.",
            "-Jump to Recipe ↓",
        ],
        [
            ("+My grandmother made Eccles cakes every Saturday, and I've spent years trying to get mine to puff and "
             "shatter the way hers did."),
            "-In this post",
            "-1. Why the pastry matters",
            "-2. Freezing and reheating",
        ],
        [
            ("+The secret is very cold butter grated into the flour, and resting the dough for a full hour before "
             "you roll it."),
            "-Eccles cakes fresh out of the oven on my old enamel tray.",
            "-Pin it for later · Share on Facebook · Print",
            ('+As Gran used to say, "if you can\'t see the currants through the top, you haven\'t rolled it thin '
             'enough," and she was right every time.'),
        ],
        [
            "+What you'll need",
            "+250g currants soaked in a little brandy",
            "-Ad · Content continues below",
            "+50g soft brown sugar with nutmeg and allspice",
            "+A block of rough puff pastry and a beaten egg white",
        ],
        [
            ("+Cut three small slits in each cake, brush with egg white and scatter over a generous pinch of "
             "demerara before baking."),
            "+They keep for three days in a tin, though in our house they have never lasted past Sunday afternoon.",
            "-Happy baking, lovelies! Nettie x",
        ],
        [
            "-23 responses so far",
            "-Brenda in Bolton: Made these for my book club and they vanished in minutes!",
            "-↳ Nettie: Oh, that makes me so happy, Brenda!",
            "-Tom_bakes: Can I use shop-bought puff pastry?",
            "-↳ Nettie: You can, Tom, just chill it well before cutting.",
        ],
        [
            "-Want to bake alongside me? My online pastry club meets every other Thursday evening – join here.",
            "-© 2026 Nettie's Currant Tin · Powered by WordPress · Theme: Kadence",
        ],
    ]),
    _page("fr", "fr-portail-kerbrivelec-concours-de-far-breton", [
        [
            "-Samedi 14 février 2026 · Kerbrivelec 11°C, averses",
            "-Le Courrier de Kerbrivelec – l'actualité du pays bigouden",
            "-Actualité | Sports | Sortir | Économie | Nécrologie",
        ],
        [
            "-Accueil › Bretagne › Kerbrivelec",
            "+Le far breton d'Annick Le Bouzennec sacré au marché de Kerbrivelec",
            "-Par Maëlys Trégodin · 14 février 2026 à 17 h 05",
            "-3 min de lecture",
        ],
        [
            ("+Vingt-trois pâtissiers amateurs ont présenté leur far breton samedi matin sous la halle du marché, "
             "devant un jury de trois boulangers."),
            "-Les fars alignés sur les tréteaux de la halle. Photo : Le Courrier de Kerbrivelec",
            ("+Chaque far devait être cuit la veille, avec ou sans pruneaux, et présenté entier dans son moule "
             "d'origine."),
        ],
        [
            "-Publicité",
            "-Contenu sponsorisé : Isolation des combles à 1 euro, vérifiez votre éligibilité",
        ],
        [
            ("+« Le secret, c'est du beurre salé et une nuit entière de repos pour la pâte », a confié Annick Le "
             "Bouzennec, 68 ans, lauréate pour la première fois."),
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "+Le règlement du concours",
            "-À lire aussi : La halle du marché rénovée pour 2027",
            "+Les pruneaux étaient autorisés mais pas obligatoires.",
            "+Chaque far était goûté à l'aveugle par les trois jurés.",
            "+La texture comptait pour la moitié de la note.",
        ],
        [
            ("+Le prix du public est revenu à un collégien de quatorze ans, dont le far aux raisins secs a été "
             "dévoré en moins de dix minutes."),
            ("+Les recettes de la dégustation, soit 612 euros, seront reversées à l'association des amis de l'école "
             "publique."),
            "-Recevez chaque matin notre newsletter locale : je m'inscris",
        ],
        [
            "-Mots-clés : Kerbrivelec, marché, far breton, concours",
            "-6 commentaires",
            "-Jojo29 : Bravo Annick, son far est une tuerie depuis des années !",
            "-↳ Le Courrier de Kerbrivelec : Merci Jojo29, elle nous a promis sa recette pour l'an prochain.",
            "-Marie-Hélène K. : Dommage que le jury n'ait pas goûté celui aux pommes.",
            "-↳ Jojo29 : Il y en avait un ? Je l'ai raté !",
        ],
        [
            "-Qui sommes-nous · Contact · Mentions légales · CGU · Plan du site",
            "-© 2026 Le Courrier de Kerbrivelec – Tous droits réservés",
        ],
    ]),
    _page("fr", "fr-blog-la-tomate-frileuse-gaspacho", [
        [
            "-Accueil · Recettes · Entrées · À propos · Contact",
            "-La Tomate Frileuse – cuisine d'été sans allumer le four",
        ],
        [
            "+Mon gaspacho andalou, frais et velouté",
            "-Publié le 2 juillet 2026 par Solène · 11 commentaires",
            "-Temps de lecture : 5 minutes",
            "-Cet article contient des liens affiliés : je touche une petite commission si vous achetez via ces liens.",
            "-Aller directement à la recette ↓",
        ],
        [
            ("+J'ai goûté mon premier vrai gaspacho dans une petite bodega de Séville, et depuis je n'en fais plus "
             "d'autre de tout l'été."),
            "-Sommaire",
            "-1. Le choix des tomates",
            "-2. Conservation au frigo",
        ],
        [
            ("+Il faut des tomates bien mûres, presque trop, un concombre, un poivron vert et un bon pain rassis "
             "pour lier le tout."),
            "-Le gaspacho servi dans des verres avec des croûtons.",
            "-Épingler sur Pinterest · Partager · Imprimer",
            ("+Ma voisine espagnole me répète toujours : « un gaspacho se prépare la veille, jamais le jour même », "
             "et elle a raison."),
        ],
        [
            "+Les ingrédients",
            "+Un kilo de tomates mûres",
            "-Annonce",
            "+Un concombre et un poivron vert",
            "+Une gousse d'ail, de l'huile d'olive et du vinaigre de Xérès",
        ],
        [
            ("+Mixez le tout longuement, passez au chinois, puis laissez reposer une nuit au frais avant de "
             "rectifier l'assaisonnement."),
            "+Servez-le très froid, avec quelques dés de concombre et un filet d'huile d'olive sur le dessus.",
            "-Bonne dégustation ! Solène",
        ],
        [
            "-11 réponses à cet article",
            "-Camille : Testé hier soir, un régal par cette chaleur !",
            "-↳ Solène : Merci Camille, ravie que ça t'ait plu !",
            "-Bruno_34 : On peut le congeler ?",
            "-↳ Solène : Oui Bruno, jusqu'à deux mois sans problème.",
        ],
        [
            "-Envie d'apprendre ? Je donne des ateliers de cuisine d'été à Montpellier chaque mois de juin.",
            "-© 2026 La Tomate Frileuse · Propulsé par WordPress · Thème Neve",
        ],
    ]),
    _page("de", "de-portal-hackelsbrunn-holzspalten", [
        [
            "-Samstag, 19. September 2026 · Hackelsbrunn 16°C, bewölkt",
            "-Hackelsbrunner Tagblatt – Nachrichten aus dem Oberen Waldtal",
            "-Lokales | Sport | Kultur | Wirtschaft | Service",
        ],
        [
            "-Startseite › Lokales › Hackelsbrunn",
            "+Holzspalten im Stadtwald: Korbinian Hauzeder ist der schnellste Spalter",
            "-Von Gernot Spaltinger · 19.09.2026, 18:12 Uhr",
            "-Lesezeit: 3 Minuten",
        ],
        [
            ("+Sechsundzwanzig Teilnehmer haben am Samstag im Stadtwald um die Wette Holz gespalten, so viele wie "
             "nie seit der ersten Auflage im Jahr 1998."),
            "-Korbinian Hauzeder beim Finale am Waldfestplatz. Foto: Hackelsbrunner Tagblatt",
            "+Jeder Spalter hatte drei Minuten Zeit, um einen Meter Buchenholz in ofenfertige Scheite zu zerlegen.",
        ],
        [
            "-Anzeige",
            "-Gesponsert: Jetzt Pelletheizung mit bis zu 70 Prozent Förderung sichern",
        ],
        [
            ("+„Das Wichtigste ist, dass man den Spalt im Holz liest, nicht die Kraft“, sagte Sieger Korbinian "
             "Hauzeder, 34, Forstwirt aus dem Nachbarort."),
            "-Teilen: Facebook · WhatsApp · E-Mail · Link kopieren",
        ],
        [
            "+So wurde gewertet",
            "-Lesen Sie auch: Neuer Waldlehrpfad am Hackelsbrunner Weiher eröffnet",
            "+Gezählt wurden nur Scheite, die kürzer als 33 Zentimeter waren.",
            "+Wer den Hackklotz verfehlte, bekam zehn Sekunden Strafzeit.",
            "+Schutzbrille und Sicherheitsschuhe waren Pflicht.",
        ],
        [
            ("+Bei den Frauen siegte eine Schreinerin aus Hackelsbrunn, die ihren Meter Holz in zwei Minuten und "
             "vierzig Sekunden spaltete."),
            "+Der Erlös aus dem Verkauf des gespaltenen Holzes, gut 900 Euro, geht an die Jugendfeuerwehr.",
            "-Der Tagblatt-Newsletter: jeden Morgen das Wichtigste aus dem Waldtal – jetzt abonnieren",
        ],
        [
            "-Schlagworte: Hackelsbrunn, Stadtwald, Holzspalten, Wettbewerb",
            "-9 Kommentare",
            "-Waldschrat77: Respekt, in drei Minuten schaffe ich nicht mal einen halben Meter.",
            "-↳ Gernot Spaltinger (Redaktion): Korbinian trainiert nach eigener Aussage das ganze Jahr.",
            "-Heike M.: Schöne Veranstaltung, nächstes Jahr bitte mit mehr Sitzplätzen.",
            "-↳ Waldschrat77: Und mit mehr Bratwurst!",
        ],
        [
            "-Impressum · Datenschutz · AGB · Kontakt · Mediadaten",
            "-© 2026 Hackelsbrunner Tagblatt GmbH",
        ],
    ]),
    _page("de", "de-blog-ofenglut-und-speck-flammkuchen", [
        [
            "-Start · Rezepte · Backofen-Tipps · Über mich · Kontakt",
            "-Ofenglut und Speck – Herzhaftes aus dem Holzofen",
        ],
        [
            "+Elsässer Flammkuchen mit Speck und Zwiebeln",
            "-Veröffentlicht am 12. Mai 2026 von Sönke · 17 Kommentare",
            "-Ca. 6 Minuten Lesezeit",
            "-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.",
            "-Direkt zum Rezept ↓",
        ],
        [
            ("+Flammkuchen gab es bei uns früher immer, wenn der Holzofen vom Brotbacken noch heiß war, und genau so "
             "mache ich ihn heute noch."),
            "-Inhalt",
            "-1. Der richtige Teig",
            "-2. Flammkuchen im normalen Backofen",
        ],
        [
            ("+Der Teig kommt ohne Hefe aus, nur Mehl, Wasser, Salz und ein Schuss Öl, und muss hauchdünn ausgerollt "
             "werden."),
            "-Frisch aus dem Ofen auf meinem Holzbrett.",
            "-Auf Pinterest merken · Teilen · Drucken",
            ("+Mein Opa sagte immer: „Wenn du durch den Teig die Zeitung lesen kannst, ist er dünn genug“, und daran "
             "halte ich mich bis heute."),
        ],
        [
            "+Das brauchst du",
            "+250 g Mehl, Wasser und eine Prise Salz",
            "-Werbung",
            "+200 g Crème fraîche oder Schmand",
            "+Speckwürfel und zwei rote Zwiebeln",
        ],
        [
            ("+Den Flammkuchen bei höchster Hitze backen, bis die Ränder leicht schwarz werden, das dauert im "
             "Holzofen kaum drei Minuten."),
            "+Am besten schmeckt er direkt vom Brett, mit einem Glas trockenem Riesling dazu.",
            "-Guten Appetit! Euer Sönke",
        ],
        [
            "-17 Antworten auf diesen Beitrag",
            "-Manuela: Endlich ein Rezept ohne Hefe, danke dir!",
            "-↳ Sönke: Sehr gern, Manuela, lass es dir schmecken!",
            "-Flammi_Fan: Geht das auch mit Dinkelmehl?",
            "-↳ Sönke: Klar, mit Dinkel 630 klappt das prima.",
        ],
        [
            ("-Lust auf Holzofen? In meinen Backkursen in Freiburg zeige ich dir alles vom Anheizen bis zum "
             "Flammkuchen."),
            "-© 2026 Ofenglut und Speck · Mit WordPress erstellt · Theme: Blocksy",
        ],
    ]),
    _page("it", "it-portale-pagliarolo-labirinto-di-paglia", [
        [
            "-Domenica 6 settembre 2026 · Pagliarolo 24°C, sereno",
            "-Il Corriere di Pagliarolo – Notizie dalla bassa e dintorni",
            "-Cronaca | Sport | Eventi | Economia | Necrologi",
        ],
        [
            "-Home › Cronaca › Pagliarolo",
            "+Alla cascina Strameschi apre il labirinto di paglia più grande della provincia",
            "-Di Benedetta Labirintesi · 6 settembre 2026, ore 12:30",
            "-Tempo di lettura: 3 minuti",
        ],
        [
            ("+Oltre duemila balle di paglia sono state usate per costruire il labirinto che da sabato accoglie le "
             "famiglie alla cascina Strameschi."),
            "-Il labirinto visto dall'alto con il drone. Foto: Il Corriere di Pagliarolo",
            ("+Il percorso si snoda per quasi un chilometro e mezzo, con tre torrette da cui i genitori possono "
             "seguire i bambini."),
        ],
        [
            "-Pubblicità",
            "-Contenuto sponsorizzato: Scopri le nuove offerte per la luce e il gas della tua zona",
        ],
        [
            ("+«L'idea è nata quando i miei nipoti si sono persi tra le balle dopo la trebbiatura», ha raccontato "
             "Ettore Strameschi, 63 anni, titolare della cascina."),
            "-Condividi: Facebook · WhatsApp · X · Email",
        ],
        [
            "+Come funziona la visita",
            "-Leggi anche: Sagra della zucca, tutto il programma del weekend",
            "+L'ingresso costa quattro euro, gratis sotto i sei anni.",
            "+Ogni bambino riceve una mappa con cinque timbri da trovare.",
            "+Il labirinto resta aperto fino alla fine di ottobre.",
        ],
        [
            ("+Nel primo fine settimana i visitatori sono stati più di millecento, molti arrivati in bicicletta "
             "lungo l'argine."),
            ("+A fine stagione la paglia sarà venduta agli allevatori della zona e il ricavato andrà alla scuola "
             "materna del paese."),
            "-Iscriviti alla newsletter del Corriere: le notizie della bassa ogni mattina",
        ],
        [
            "-Tag: Pagliarolo, cascina, labirinto, famiglie",
            "-5 commenti",
            "-Lucia_72: Ci siamo stati domenica, i bambini non volevano più uscire!",
            "-↳ Redazione: Grazie Lucia, ci mandi una foto per la gallery dei lettori?",
            "-Gianni da Cremona: Bello, ma servirebbe più ombra per chi aspetta.",
            "-↳ Lucia_72: Vero, noi ci siamo portati l'ombrellone.",
        ],
        [
            "-Chi siamo · Contatti · Privacy · Note legali · Redazione",
            "-© 2026 Il Corriere di Pagliarolo – Riproduzione riservata",
        ],
    ]),
    _page("it", "it-blog-le-palline-di-tecla-arancini", [
        [
            "-Home · Ricette · Fritti · Chi sono · Contatti",
            "-Le Palline di Tecla – la cucina siciliana di casa mia",
        ],
        [
            "+Arancini al ragù come quelli di Palermo",
            "-Pubblicato il 20 ottobre 2026 da Tecla · 9 commenti",
            "-Lettura: 7 min",
            ("-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola "
             "commissione."),
            "-Vai alla ricetta ↓",
        ],
        [
            ("+Da bambina aspettavo la festa di Santa Lucia solo per gli arancini di mia nonna, e oggi li preparo "
             "con la sua stessa pentola."),
            "-Indice",
            "-1. Il riso giusto",
            "-2. Come friggerli senza che si aprano",
        ],
        [
            ("+Il riso va cotto nel brodo con lo zafferano e lasciato raffreddare completamente, meglio se dalla "
             "sera prima."),
            "-Gli arancini appena fritti su un piatto di ceramica di Caltagirone.",
            "-Salva su Pinterest · Condividi · Stampa",
            ("+Mia nonna diceva sempre: «l'arancino deve stare in piedi da solo, altrimenti non è un arancino», e io "
             "ci provo ogni volta."),
        ],
        [
            "+Ingredienti",
            "+500 g di riso originario e una bustina di zafferano",
            "-Annuncio pubblicitario",
            "+Ragù di carne con piselli",
            "+Caciocavallo a cubetti, farina, acqua e pangrattato",
        ],
        [
            "+Friggeteli in abbondante olio di semi a 170 gradi, due o tre alla volta, finché non sono ben dorati.",
            ("+Si possono preparare in anticipo e congelare prima della frittura, così sono pronti per gli ospiti "
             "dell'ultimo minuto."),
            "-Buon appetito! Un abbraccio, Tecla",
        ],
        [
            "-9 risposte a questo articolo",
            "-Rosaria: Fatti ieri, perfetti come quelli della rosticceria!",
            "-↳ Tecla: Che bello, Rosaria, grazie di cuore!",
            "-Marco_TO: Si può usare il riso carnaroli?",
            "-↳ Tecla: Certo Marco, tiene bene la forma.",
        ],
        [
            "-Vuoi imparare a farli con me? Organizzo corsi di cucina siciliana a Catania ogni sabato.",
            "-© 2026 Le Palline di Tecla · Creato con WordPress · Tema: OceanWP",
        ],
    ]),
    _page("pl", "pl-portal-hasalkowo-pokaz-agility", [
        [
            "-Niedziela, 14 czerwca 2026 · Hasałkowo 21°C, pogodnie",
            "-Gazeta Hasałkowska – wiadomości z gminy i okolic",
            "-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi",
        ],
        [
            "-Strona główna › Wiadomości › Hasałkowo",
            "+Psy na stadionie: pokaz agility przyciągnął tłumy do Hasałkowa",
            "-Jadwiga Przeszkodzka · 14.06.2026, 19:20",
            "-Czas czytania: 3 min",
        ],
        [
            ("+Ponad sześćdziesiąt psów wystartowało w niedzielę na stadionie miejskim w pierwszym pokazie agility "
             "zorganizowanym w Hasałkowie."),
            "-Border collie Figa na kładce podczas finału. Fot. Gazeta Hasałkowska",
            ("+Tor liczył osiemnaście przeszkód, w tym tunel, slalom z dwunastu tyczek i huśtawkę, którą psy musiały "
             "pokonać bez skoku."),
        ],
        [
            "-Reklama",
            "-Artykuł sponsorowany: Sprawdź, ile możesz zaoszczędzić na fotowoltaice",
        ],
        [
            ("+„Najważniejsze, żeby pies się bawił, a wynik przychodzi sam”, powiedziała Marzena Tunelowska, "
             "trenerka zwycięskiej border collie Figi."),
            "-Udostępnij: Facebook · X · WhatsApp · E-mail",
        ],
        [
            "+Jak oceniano przejazdy",
            "-Czytaj także: Remont stadionu miejskiego zakończony przed terminem",
            "+Za każdą zrzuconą poprzeczkę doliczano pięć punktów karnych.",
            "+Pominięcie przeszkody oznaczało dyskwalifikację.",
            "+Przy równej liczbie punktów decydował czas przejazdu.",
        ],
        [
            "+W kategorii psów małych wygrał jamnik Kajtek, który mimo krótkich łap przebiegł tor bez jednego błędu.",
            ("+Organizatorzy zapowiedzieli, że za rok pokaz potrwa dwa dni, a w programie znajdą się też zawody dla "
             "dzieci z psami."),
            "-Zapisz się na newsletter Gazety Hasałkowskiej i bądź na bieżąco",
        ],
        [
            "-Tagi: Hasałkowo, agility, psy, stadion",
            "-7 komentarzy",
            "-Ania_z_psem: Kajtek skradł show, cały stadion mu kibicował!",
            "-↳ Redakcja: Też tak uważamy, Aniu, zdjęcia Kajtka wkrótce w galerii.",
            "-Krzysiek: Szkoda, że nie było więcej miejsc w cieniu.",
            "-↳ Ania_z_psem: Trybuna B była w cieniu od piętnastej.",
        ],
        [
            "-O nas · Kontakt · Regulamin · Polityka prywatności · Ogłoszenia",
            "-© 2026 Gazeta Hasałkowska. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    _page("pl", "pl-blog-buraczane-lato-chlodnik", [
        [
            "-Start · Przepisy · Zupy · O mnie · Kontakt",
            "-Buraczane Lato – domowa kuchnia na ciepłe dni",
        ],
        [
            "+Chłodnik litewski z botwinki, różowy i orzeźwiający",
            "-Opublikowano 18 czerwca 2026 przez Zosię · 14 komentarzy",
            "-Czas lektury: 5 minut",
            "-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz mój blog.",
            "-Przejdź do przepisu ↓",
        ],
        [
            "+Chłodnik to dla mnie smak wakacji u babci na Podlasiu, gdzie w upalne dni nie jadło się niczego innego.",
            "-Spis treści",
            "-1. Jak wybrać botwinkę",
            "-2. Chłodnik na kefirze czy na maślance",
        ],
        [
            "+Botwinkę trzeba ugotować razem z liśćmi, a potem całkowicie ostudzić, zanim doda się kefir i maślankę.",
            "-Chłodnik w białej misce z połówką jajka.",
            "-Zapisz na Pintereście · Udostępnij · Drukuj",
            "+Babcia zawsze mówiła: „chłodnik musi postać noc w lodówce, inaczej to tylko zimna zupa”, i miała rację.",
        ],
        [
            "+Składniki",
            "+Pęczek botwinki z buraczkami",
            "-Materiał reklamowy",
            "+Litr kefiru i pół litra maślanki",
            "+Ogórek, rzodkiewki, koperek i szczypiorek",
        ],
        [
            "+Podawajcie go bardzo zimny, z połówką jajka na twardo i młodymi ziemniakami posypanymi koperkiem.",
            "+W lodówce postoi spokojnie dwa dni, choć u nas znika zwykle jeszcze tego samego wieczoru.",
            "-Smacznego! Wasza Zosia",
        ],
        [
            "-14 odpowiedzi na ten wpis",
            "-Beata: Zrobiłam wczoraj, mąż zjadł trzy talerze!",
            "-↳ Zosia: Cudownie, Beato, pozdrów męża!",
            "-Tomek_W: A można dodać trochę chrzanu?",
            "-↳ Zosia: Jasne, Tomku, łyżeczka wystarczy.",
        ],
        [
            "-Chcesz gotować ze mną? Zapraszam na warsztaty kulinarne w Białymstoku w każdą drugą sobotę miesiąca.",
            "-© 2026 Buraczane Lato · Blog na WordPressie · Motyw: Hestia",
        ],
    ]),
    _page("ru", "ru-portal-sankogorsk-gonki-na-sankah", [
        [
            "-Воскресенье, 15 февраля 2026 · Санкогорск −12°C, снег",
            "-Санкогорская правда – новости города и района",
            "-Новости | Спорт | Культура | Общество | Объявления",
        ],
        [
            "-Главная › Новости › Спорт",
            "+Гонки на санках с Поповой горы собрали в Санкогорске рекордное число участников",
            "-Глафира Горкина · 15 февраля 2026, 17:45",
            "-Время чтения: 3 минуты",
        ],
        [
            ("+В воскресенье больше ста двадцати человек спустились на санках с Поповой горы в традиционной гонке, "
             "которую в городе проводят с 1987 года."),
            "-Старт детского заезда на вершине горы. Фото: Санкогорская правда",
            "+Трасса длиной четыреста метров проходила мимо старой церкви и заканчивалась у замёрзшего пруда.",
        ],
        [
            "-Реклама",
            "-Партнёрский материал: Как выбрать зимние шины и не переплатить",
        ],
        [
            ("+«Главное — держать ноги вместе и не тормозить перед поворотом», — рассказал победитель Тимофей "
             "Полозкатов, 42 года, инженер местного завода."),
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
        ],
        [
            "+Правила гонки",
            "-Читайте также: В парке залили новый каток",
            "+Разрешались только деревянные санки без рулевого управления.",
            "+Каждый участник проходил два заезда.",
            "+Шлем был обязателен для всех, кто младше восемнадцати лет.",
        ],
        [
            "+Среди детей лучшее время показала десятилетняя школьница, которая проехала трассу за сорок одну секунду.",
            ("+После гонки всех участников угощали блинами и горячим чаем, а собранные средства передали в городской "
             "приют для животных."),
            "-Подписывайтесь на наш канал в Telegram, чтобы не пропустить новости",
        ],
        [
            "-Теги: Санкогорск, санки, Попова гора, зима",
            "-8 комментариев",
            "-Наталья К.: Мой сын впервые участвовал, восторг!",
            "-↳ Редакция: Спасибо, Наталья! Пришлите фото, опубликуем в галерее.",
            "-Снежок_58: Горку бы ещё расчистили получше.",
            "-↳ Наталья К.: В этом году было гораздо лучше, чем в прошлом.",
        ],
        [
            "-О газете · Контакты · Правила · Политика конфиденциальности",
            "-© 2026 «Санкогорская правда». Все права защищены.",
        ],
    ]),
    _page("ru", "ru-blog-kulichnaya-frosi-kulich", [
        [
            "-Главная · Рецепты · Выпечка · Обо мне · Контакты",
            "-Куличная Фроси – домашняя выпечка к праздникам",
        ],
        [
            "+Пасхальный кулич на опаре с изюмом и цукатами",
            "-Опубликовано 2 апреля 2026 · Фрося · 21 комментарий",
            "-Читать 8 минут",
            "-В статье есть партнёрские ссылки: если вы покупаете по ним, я получаю небольшой процент.",
            "-Сразу к рецепту ↓",
        ],
        [
            ("+Кулич по этому рецепту пекла ещё моя прабабушка, и каждый год в Страстную неделю наш дом пахнет "
             "ванилью и кардамоном."),
            "-Оглавление",
            "-1. Как поставить опару",
            "-2. Глазурь, которая не крошится",
        ],
        [
            ("+Опара должна подняться в тепле не меньше часа, а тесто потом ещё дважды подходит в кастрюле под "
             "полотенцем."),
            "-Готовые куличи на подоконнике под полотенцем.",
            "-Сохранить в Pinterest · Поделиться · Распечатать",
            ("+Прабабушка говорила: «на кулич нельзя кричать и хлопать дверью, иначе он осядет», и мы до сих пор "
             "ходим на цыпочках."),
        ],
        [
            "+Что понадобится",
            "+Килограмм муки и полтора стакана тёплого молока",
            "-Рекламный блок",
            "+Шесть желтков, сливочное масло и сахар",
            "+Изюм, цукаты, ваниль и кардамон",
        ],
        [
            ("+Выпекайте куличи при ста восьмидесяти градусах около сорока минут и проверяйте готовность деревянной "
             "шпажкой."),
            "+Остывшие куличи покройте белковой глазурью и посыпьте цветной посыпкой, как делают в нашей семье.",
            "-Вкусной вам Пасхи! Ваша Фрося",
        ],
        [
            "-21 комментарий к записи",
            "-Людмила: Пеку по вашему рецепту третий год, всегда получается!",
            "-↳ Фрося: Людмила, как приятно это читать!",
            "-Оля_пекарь: А можно без опары?",
            "-↳ Фрося: Можно, Оля, но кулич будет не таким пышным.",
        ],
        [
            "-Хотите печь вместе? Приглашаю на мастер-классы по выпечке в Нижнем Новгороде перед Пасхой.",
            "-© 2026 Куличная Фроси · Работает на WordPress · Тема: Sydney",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "[Datawrapper chart – JavaScript must be enabled to display this chart]":
        ("an English bracketed Datawrapper placeholder that needs JavaScript ('[Datawrapper chart – JavaScript must "
         "be enabled to display this chart]') is left in the body"),
    "Le tweet intégré n'est plus disponible : le compte X de son auteur a été suspendu.":
        ("a French marker of an embedded tweet from a suspended X account ('Le tweet intégré n'est plus disponible : "
         "le compte X de son auteur a été suspendu.') is left in the body"),
    "Il podcast di Spreaker incorporato è in manutenzione: riprova tra qualche minuto.":
        ("an Italian marker of a Spreaker podcast under maintenance ('Il podcast di Spreaker incorporato è in "
         "manutenzione: riprova tra qualche minuto.') is left in the body"),
    "Transmisja na żywo z Facebooka zakończyła się, a nagranie nie zostało jeszcze udostępnione.":
        ("a Polish marker of an ended Facebook live stream with no recording yet ('Transmisja na żywo z Facebooka "
         "zakończyła się, a nagranie nie zostało jeszcze udostępnione.') is left in the body"),
    "My hand-stitched tea cosies are on Not On The High Street – new colours every month.":
        ("an English Not On The High Street tea-cosies plug ('My hand-stitched tea cosies are on Not On The High "
         "Street – new colours every month.') is left at the foot"),
    "Chi scrive: Ottavia, cuoca per passione, vive tra le colline e il suo forno a legna.":
        ("an Italian who-is-writing line about the author ('Chi scrive: Ottavia, cuoca per passione, vive tra le "
         "colline e il suo forno a legna.') is left at the foot"),
    "Ce commentaire a été signalé et est en cours d'examen.":
        ("a French flagged-and-under-review comment line ('Ce commentaire a été signalé et est en cours d'examen.') "
         "is left at the foot"),
    "I commenti sono visibili solo agli utenti registrati. Registrati o accedi.":
        ("an Italian comments-for-registered-users-only line ('I commenti sono visibili solo agli utenti registrati. "
         "Registrati o accedi.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-netties-currant-tin-eccles-cakes":
        ("the Eccles-cakes blog's post keeps the photo caption ('Eccles cakes fresh out of the oven on my old enamel "
         "tray.') between the second paragraph and the save-to-Pinterest row in their block of four (1 of 20 noise "
         "lines); no article line is lost"),
    "fr-blog-la-tomate-frileuse-gaspacho":
        ("the gaspacho blog's post keeps the photo caption ('Le gaspacho servi dans des verres avec des croûtons.') "
         "after the second paragraph in their block of four (1 of 20 noise lines); no article line is lost"),
    "de-blog-ofenglut-und-speck-flammkuchen":
        ("the flammkuchen blog's post keeps the photo caption ('Frisch aus dem Ofen auf meinem Holzbrett.') after "
         "the second paragraph in their block of four (1 of 20 noise lines); no article line is lost"),
    "it-blog-le-palline-di-tecla-arancini":
        ("the arancini blog's post keeps the photo caption ('Gli arancini appena fritti su un piatto di ceramica di "
         "Caltagirone.') after the second paragraph in their block of four and the sign-off ('Buon appetito! Un "
         "abbraccio, Tecla') after the two last paragraphs in their block of three (2 of 20 noise lines); no article "
         "line is lost"),
    "pl-blog-buraczane-lato-chlodnik":
        ("the chłodnik blog's post keeps the photo caption ('Chłodnik w białej misce z połówką jajka.') after the "
         "second paragraph in their block of four (1 of 20 noise lines); no article line is lost"),
    "ru-blog-kulichnaya-frosi-kulich":
        ("the kulich blog's post keeps the photo caption ('Готовые куличи на подоконнике под полотенцем.') after "
         "the second paragraph in their block of four (1 of 20 noise lines); no article line is lost"),
}

test_held_out_209_line, test_held_out_209_line_is_kept, test_held_out_209_page = held_out_tests(
    HELD_OUT_209_LINES, HELD_OUT_209_KEEP, HELD_OUT_209_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
