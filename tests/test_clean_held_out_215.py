"""Held-out set 215: written blind, weighted toward the noise the cleaner exists for, in shapes set 214's docstring does
not name (nor the first paragraphs of sets 211, 212 and 213): scraper, embed and ad markers, all in the body (an English
Datawrapper chart that cannot be shown with JavaScript switched off "The Datawrapper chart embedded here can't be
displayed while JavaScript is switched off.", an English Issuu publication its publisher took offline "Issuu publication
unavailable – the publisher has taken this document offline.", an English Bandcamp track that cannot be played in the
page, with its listen-on link "This Bandcamp track cannot be played here. Listen on Bandcamp ›", a French Ausha podcast
that failed to load, with a listen-on-Ausha prompt "Le podcast Ausha intégré n'a pas pu être chargé. Écoutez-le
directement sur Ausha.", a German ZDF-Mediathek item withdrawn for licensing reasons "Der eingebettete Beitrag aus der
ZDF-Mediathek ist aus lizenzrechtlichen Gründen nicht mehr abrufbar.", an Italian Spreaker podcast that cannot be
reached for the moment "Il podcast di Spreaker incorporato non è al momento raggiungibile: riprova tra qualche minuto.",
the Polish Google Maps error text "Ta strona nie może poprawnie wczytać Map Google." and a Russian Yandex Music podcast
not available in the reader's region "Подкаст из Яндекс Музыки недоступен в вашем регионе."); reading-time headers in
new wordings, all at the head (the English average-read label "Average read: 6 minutes", a blog's long-post-alert line
that suggests the kettle "Long post alert! About 11 minutes, so put the kettle on.", the French reading-duration label
"Durée de lecture : 6 minutes", the German minutes-first label "6 Min. Lesezeit", the Italian reading-of label "Lettura
da 6 minuti", the Polish minutes-of-reading label "6 minut czytania" and the Russian you-will-read-it-in line
"Прочитаете за 6 минут"); bylines and self-promotion (an English reporting-and-additional-reporting byline "Reporting by
Clemency Awlthorpe; additional reporting by Jory Quenbarrow", an English fact-checked-by line "Fact-checked by Perpetua
Hobbledyke", a French interview byline "Propos recueillis par Ghislain Piquetoux" and a Polish author-of-the-text byline
"Autorka tekstu: Filomena Szpilecka", all at the head, and at the foot an English Not On The High Street lace-bookmarks
plug with Royal Mail postage "My lace bookmarks are for sale on Not On The High Street, posted Royal Mail second
class.", a German Kasuwa-shop bobbin-lace bookmarks plug sent as Warensendung "Geklöppelte Lesezeichen gibt es in meinem
Kasuwa-Shop, Versand als Warensendung.", an Italian market-stall bobbin-lace plug at the Cantù flea market "Trovi i miei
merletti a fuselli al mercatino di Cantù ogni prima domenica del mese." and a Russian Avito lace-bookmarks plug with
CDEK delivery "Мои кружевные закладки есть на Авито, отправляю СДЭКом."); blog and site footers, all at the foot (an
English Ghost credit with the Casper theme and DigitalOcean hosting "Published with Ghost · Theme: Casper · Hosted on
DigitalOcean", an English IPSO membership line with the Editors' Code "This newspaper is a member of IPSO and abides by
the Editors' Code of Practice.", an English Squarespace credit with its log-in link "Created with Squarespace · Log in",
a French SPIP credit with Gandi hosting and the site map "Site propulsé par SPIP · Hébergé par Gandi · Plan du site", a
German Joomla! credit with Hetzner hosting and the accessibility statement "Mit Joomla! umgesetzt · Hosting: Hetzner ·
Barrierefreiheitserklärung", an Italian VAT-number and ROC-registration line with the cookie policy "P. IVA 02847310468
· Iscrizione al ROC n. 31207 · Cookie policy", a Polish publisher line with the KRS number and the terms of service
"Wydawca: Oficyna Szlifierzycka sp. z o.o. · KRS 0000419327 · Regulamin serwisu" and a Russian mass-media registration
line with the Roskomnadzor certificate "Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл №
ФС77-81234."); reader-comment furniture, all at the foot (an English sort-comments row "Sort comments by: Top · Newest ·
Oldest", an English reader-picks and all-comments tab row with its count "Reader picks · All comments (23)", an English
pinned-comment label "Pinned by Grindlecombe Gazette", the French WordPress e-mail-will-not-be-published line with the
required-fields note "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", a German
comments-disabled line "Die Kommentarfunktion für diesen Artikel ist deaktiviert.", an Italian sort-comments row "Ordina
i commenti: più recenti · più votati", a Polish comment-removed-by-a-moderator line "Ten komentarz został usunięty przez
moderatora." and a Russian show-8-more-comments link "Показать ещё 8 комментариев"); share rows, all at the foot (an
English send-this-to-a-friend row with Messenger "Send this to a friend: WhatsApp · Messenger · Copy link", an Italian
share-the-article row with LinkedIn and print "Condividi l'articolo: Facebook · X · LinkedIn · Stampa" and a Russian
send-to-a-friend row "Отправить другу: Telegram · WhatsApp · Скопировать ссылку"); and notices (a French correction note
on a wrong market date "Correctif : une version précédente de cet article indiquait une mauvaise date pour le marché."
and a German editors' note that the text was summarised with AI and checked "Hinweis der Redaktion: Dieser Text wurde
mithilfe von KI zusammengefasst und redaktionell geprüft.", both in the body, and a Polish from-the-paper's-archive note
"Tekst pochodzi z archiwum gazety i został opublikowany po raz pierwszy w 2019 roku." at the foot); and toward whole
scraped news and hobby-blog pages in layouts set 214's docstring does not describe (on the six portal pages, in ten
blocks, a date-and-weather line, the masthead with its tagline and the section menu in a block of three at the very top,
the date line first; the title alone in a block of one; the byline with the date and time in one line and the reading
time alone in a block of two; the first and second paragraphs at the two ends of a block of four with the lead photo's
caption and its credit (a line of its own) between them; a read-also link above the paragraph with the quote, in its
block (a block of two, the paragraph last); the subheading and the three rows with a newsletter prompt between the first
and second rows, inside the list block (a block of five); the two last paragraphs at the two ends of a block of three
with a sponsored label and headline (one line) between them; a tags line, a share row and a follow-us prompt alone in a
block of three; a thread of six lines alone in a block (a comment count, two readers' comments, the paper's arrowed
reply to the second, a third reader's comment and the first commenter's arrowed reply to it); and at the foot the
publisher's copyright line with its links in one line, alone in a block of one; on the six blog pages, in nine blocks,
the blog name with its tagline and the menu in a block of two at the very top, the name first; the title at the top of a
block of three with the posted-on-by line (with the comment count) and the reading time under it; the first paragraph at
the top of a block of two with the opening photo's caption under it; the second paragraph at the top of a block of five
with a table of contents (its heading and three numbered entries, a line each) under it; the paragraph with the quote at
the top of a block of two with a pin-it-and-print row under it; the subheading and the three rows with a photo caption
between the first and second rows, inside the list block (a block of five); the two last paragraphs in a block of four
with a plug for the author's bookmarks at the lacemakers' fair between them and the author's sign-off after them; a
thread of five lines alone in a block (a comments heading with its count in brackets, two comments, the author's arrowed
reply to the second and a third comment left unanswered); and at the foot the author's copyright line with the theme and
platform credit in one line and a back-to-top link, in a block of two), taken from local news of a travelling knife
grinder's cart back on a town's market square for two sharpening days (a foot-driven grinding wheel, kitchen knives
sharpened while you wait, scissors within the hour, garden tools on Saturday only, the pitch fee waived) in six invented
towns, and from six hobby blogs on a first term at a bobbin lace school (a first torchon bookmark, cloth stitch and half
stitch, the pillow, twelve pairs of bobbins, the pricking and pins, the lacemakers' fair in March).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 214 but what is named here), held-out set 216 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 214 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 211, 212 and 213, printed with one ast script (/tmp/s215scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s215scratch/insp.py, with
/tmp/wt-s215/src and /tmp/wt-s215/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s215 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 214's as printed, with 214
-> 215; /tmp/s215scratch/gen215.py writes this file from scratch files (data215.py with the noise and keep lines,
pages215.py with the pages, doc_*.txt with the docstring's paragraphs and, after the measurement, tables215.py with the
xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s215, detached at commit 83836142a47d9e57a04a112712fbd808ab0c93fc, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 12:43:34 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 12:43:36 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 83836142a47d9e57a04a112712fbd808ab0c93fc (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in both printed it, and an ``ls``
of the two worktrees' top folders showed their root entries, not the tests/ folder), and /work/main was not touched
afterwards. (2) peek.py first printed to the terminal, which the tool cut in the middle (it showed the start, up to
inside set 212's first paragraph, and the end, from inside set 214's Judgement calls paragraph on, all allowed parts);
the second run went to /tmp/s215scratch/peek.out, of which I paged lines 125 to 395 with ``sed`` in two pieces; nothing
else of any set file was printed. (3) The default python already had the project's dependencies: the inspect import of
test_clean and noisy_corpus worked on its first run, so nothing was installed. That import (and verify.py's import of
this file) loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was
printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from
them: no embed service used for a held-out marker is named there (Datawrapper, Issuu, Bandcamp, Ausha, ZDF-Mediathek,
Spreaker, Google Maps, Yandex Music), and the failures are of kinds not named there (JavaScript switched off, a
publication taken offline, a track not playable in the page, a podcast that failed to load, licensing reasons, a host
not reachable for the moment, Google's own map error text, a region block); the reading times avoid the phrasings named
there (an average-read label, a long-post-alert line, "Durée de lecture", the minutes-first "6 Min. Lesezeit", "Lettura
da", "minut czytania", "Прочитаете за"); the bylines are of new shapes (reporting and additional reporting, fact-checked
by, "Propos recueillis par", "Autorka tekstu") and the plugs name marketplaces, markets or carriers not named there (Not
On The High Street with Royal Mail, Kasuwa with Warensendung, the Cantù flea market, Avito with CDEK); the footers use
builders, hosts and legal lines not named there (Ghost with Casper and DigitalOcean, IPSO, Squarespace, SPIP with Gandi,
Joomla! with Hetzner, an Italian VAT and ROC line, a Polish KRS publisher line, a Russian Roskomnadzor registration
line); the comment lines (a sort row, reader-picks tabs, a pinned label, WordPress's French e-mail-not-published line,
comments disabled, an Italian sort row, a comment removed by a moderator, a show-more link), share rows (send this to a
friend, condividi l'articolo, отправить другу) and notices (a correction note, an AI note, an archive note) are of kinds
not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the
brief lists; the layouts differ from those of sets 211 to 214 (see the first paragraph). (5) Invented names were checked
with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Grindlecombe, Whetstaple,
Fernknoll, Awlthorpe, Quenbarrow, Hobbledyke, "Spangled Pillow", Affûtignac, Rémoulivet, Piquetoux, Dentelmare, "Fuseaux
de Clémentine", Wetzelsried, Wetzstahler, Spitzenhuber, "Hedwigs Klöppelkissen", Molafredda, Arrotacchi, Merlettoni,
"Fuselli di Nives", Szlifierzyce, Szlifowicz, Szpilecka, Koronczyńska, "Klocki Apolonii", Брусковец, Точибрусов,
Сколотнева and "Коклюшки Агафьи". Dropped for hits: Rémoulard (inside "rémoularde"), Schärfling (in a German text),
Tombolini (a real surname and code names), Osełkowski (a real name in a README) and Оселков (inside "поселков") -- the
replacements are the checked names above. Bloggers are given by first name only (Wilhelmina, Clémentine, Hedwig, Nives,
Apolonia, Агафья), commenters as first names with an initial or a place, or as handles, and were not checked;
"Grindlecombe Gazette", "Le Courrier d'Affûtignac", "Wetzelsrieder Anzeiger", "Il Corriere di Molafredda", "Głos
Szlifierzyc", "Oficyna Szlifierzycka" and "Брусковецкий листок" are formed from checked names. Real services, platforms,
shops, carriers, themes, lace kinds and places (Not On The High Street, Kasuwa, Avito, СДЭК, Sela, WordPress.com,
Honiton, Bedfordshire, Bruges, Idrija, Cantù, Bobowa, Vologda, Kent, Kempten, Como, Bochnia and the like) are named as
real pages do. (6) A script (/tmp/s215scratch/check.py) checked case-insensitively that no noise line (held-out or page)
sits inside an article line, a keep line or another noise line, that no line repeats and that no line holds an at-sign,
and that each page has 10 article and 20 noise lines; its first run found the six blogs' comment headings ("4 Comments"
and its translations) inside their own posted-on lines, so the headings became "Comments (4)" and the like, and the
second run found nothing. gen215.py checks that no line of the file is over 120 columns (counted in characters) and that
it holds no at-sign; its first run stopped on a Polish portal line of 121 columns (my splitting of long strings left no
room for the comma), which I fixed in the script. The counts by category, language and place were checked with a small
script, and the lists and pages of the written file were imported back and found equal to the scratch data (verify.py).
(7) The measurement was run once, as the brief gives it, in one shell call at 12:48:27 UTC by ``date``, with the xfail
tables empty and this docstring without its Baseline paragraph and these notes (7) and (8); pytest printed 19 failed, 58
passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s215scratch, importing the
copy in /tmp/wt-s215/tests with /tmp/wt-s215/src on the path) then printed ``_problems`` of each failing case: the eight
lines and the eleven pages of the tables; every problem is a kept noise line ("kept boilerplate"); no article line of a
page is lost, no keep line is lost and no problem of another kind (no unreported removal, no range or offset problem)
was printed. The cleaned text itself was not printed. The tables were written from that output by make_tables.py
(tables215.py, which gen215.py puts into this file); its first run stopped on an assertion of my own (it compared the
printed, quoted snippets with the lines before unquoting them), which I fixed in the script before any table went into
this file; it checks that every problem is a kept noise line and that each page's reason quotes exactly the noise lines
``_problems`` printed for it, and verify.py checked that every key of the tables is a line or page of the set; the final
file was checked again with the pytest command in /tmp/wt-s215 (see the Baseline paragraph). (8) Clock: ``date`` printed
12:43:34 at the start, 12:48:27 at the measurement and 12:49 when the tables and the Baseline paragraph were written;
the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports on the lace school, the lacemakers' fair and
the grinder's sharpening days that open with or hold a noise-like word ("Comments left in the lace school's visitors'
book ...", "Sharing a pitch with the fishmonger ...", "Follow-up visits are planned for March ...", "Subscriptions to
the lacemakers' guild ...", "Copyright in the old Honiton patterns ...", "Advertising the sharpening days ...", "Reading
a pricking correctly ...", "Partager son savoir-faire ...", "Les commentaires des visiteurs ...", "Suivre le rémouleur
...", "Teilen mussten sich die Klöpplerinnen ...", "Kommentare von Gästen der Messe ...", "Werbung für die Schleiftage
...", "Condividere il banco ...", "Seguire una lezione ...", "Commenti entusiasti ...", "Udostępnienie sali ...",
"Obserwując pracę szlifierza ...", "Подписка на занятия ..." and "Комментарии покупателей ..."): each is a full sentence
with a subject, a verb and a fact of a local story, so article ("Reading" there is reading a pricking, a lace pattern,
not a reading time; "Follow-up visits" and "Suivre le rémouleur" open like follow prompts but report plans and habits;
"Sharing a pitch", "Partager son savoir-faire", "Teilen mussten sich", "Condividere il banco" and "Udostępnienie sali"
open like share rows but report who shares a place or a skill; "Advertising the sharpening days" and "Werbung für die
Schleiftage" open like ad labels but report how the grinder made himself known; "Obserwując" (watching) opens like a
Polish follow prompt and "Подписка на занятия" like a subscribe prompt, but they report what children did and how fast
the lace classes filled; the comment-opening lines report what visitors and buyers said). Borderline categories: the
plugs (Not On The High Street, Kasuwa, the Cantù market stall, Avito) are bylines and self-promotion, at the foot, since
they sell the author's lace in the author's voice; the fact-checked-by line is a byline at the head (it names who worked
on the article); the IPSO line, the Italian VAT and ROC line, the Polish publisher line and the Russian registration
line are footers (they speak of the publisher, not of the article); the pinned-by label, the reader-picks tabs and the
French e-mail-not-published line are comment furniture (they sit with the reader comments or their form); the French
correction note, the German AI note and the Polish archive note are notices (they speak of the article they sit in). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (date-and-weather lines, mastheads with taglines,
menus, bylines with dates, reading times, captions, photo credits, read-also links, newsletter prompts, sponsored
labels, tags lines, share rows, follow prompts, comment counts and headings, comments and replies, copyright lines, blog
names, posted-on lines, tables of contents, pin-it-and-print rows, plugs, sign-offs, copyright-and-credit lines and
back-to-top links) is noise. The list rows (knives, scissors and garden tools with their prices on the portals; the
pillow, the bobbins and the pricking with pins on the blogs) are short but part of each article, so article; the list
headings ("Sharpening days at a glance", "What you need to start" and their translations) are the articles' subheadings,
so article; the portals' newsletter prompts are noise though they sit between the first and second list rows; the
portals' sponsored lines are noise though they sit between the two last paragraphs; the portals' captions and credits
are noise though they share the first and second paragraphs' block; the blogs' opening captions are noise though they
share the first paragraph's block; the blogs' tables of contents are noise though they share the second paragraph's
block; the blogs' photo captions are noise though they sit between the first and second list rows; the blogs' plugs for
the fair are noise though they sit between the two last paragraphs; the sign-offs ("Happy lacemaking, Wilhelmina x" and
the like) are noise; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Russian and notice in French, German and Polish; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: French and German), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-grindlecombe-knife-grinder (the
travelling knife grinder Amos Whetstaple back with his green handcart and foot-driven wheel by the market cross of
Grindlecombe for two sharpening days: knives £4 while you wait, scissors within the hour, garden tools on Saturday only,
the pitch fee waived), en-blog-the-spangled-pillow-torchon-bookmark (a first term at the Grindlecombe lace school and a
first torchon bookmark: cloth stitch and half stitch, a borrowed cookie pillow, twelve pairs of bobbins, a pricking and
brass pins, Bedfordshire lace next), fr-portail-affutignac-remouleur (the same grinder's cart on the market of
Affûtignac), fr-blog-les-fuseaux-de-clementine-marque-page (the same first term and bookmark in French, Bruges lace
next), de-portal-wetzelsried-scherenschleifer (a Scherenschleifer's cart at the market fountain of Wetzelsried),
de-blog-hedwigs-kloeppelkissen-lesezeichen (a first Klöppel bookmark, Idrija lace next), it-portale-molafredda-arrotino
(an arrotino's cart at the market of Molafredda), it-blog-i-fuselli-di-nives-segnalibro (a first bookmark a fuselli,
Cantù lace next), pl-portal-szlifierzyce-szlifierz (a szlifierz's cart on the rynek of Szlifierzyce),
pl-blog-klocki-apolonii-zakladka (a first bookmark in koronka klockowa, bobinka lace from Bobowa next),
ru-portal-bruskovets-tochilshchik (a точильщик's cart at the market of Брусковец), ru-blog-koklyushki-agafi-zakladka (a
first коклюшечное bookmark, Vologda lace next), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 83836142a47d9e57a04a112712fbd808ab0c93fc, measured with ``cd /tmp/wt-s215 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s215/src python -m pytest -q tests/test_clean_held_out_215.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s215 && PYTHONPATH=/tmp/wt-s215/src python
scripts/clean_held_out_report.py --sets 215``, with the xfail tables empty, at 12:48:27 UTC by ``date``): noise lines
removed 37/45 (marker 5/8, reading-time 6/7, byline 5/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the German ZDF-Mediathek licensing
line, the Italian Spreaker line and the Polish Google Maps error text), one reading time at the head (the English blog's
long-post-alert line), three plugs at the foot (the English Not On The High Street, German Kasuwa and Italian Cantù
market lines) and one notice at the foot (the Polish archive note); the English Datawrapper, Issuu and Bandcamp markers
and the French Ausha and Russian Yandex Music markers, the other six reading times, all four head bylines, the Russian
Avito plug, all eight footers, all eight comment lines, every share row and the French and German notices went); keep
lines kept 20/20; pages 1/12 clean, 42 of 240 page noise lines left and 0 of 120 article lines lost. Clean: the Russian
portal page. Left: on the English, French, German, Italian and Polish portal pages the sponsored label and headline
between the two last paragraphs (1 each); on all six blog pages the opening photo caption under the first paragraph, the
photo caption between the first and second list rows and the plug for the author's bookmarks at the lacemakers' fair
between the two last paragraphs, and besides these the table of contents under the second paragraph (its heading and
three entries) on the English, German, Italian and Russian blogs and the pin-it-and-print row under the paragraph with
the quote on the French, German and Polish blogs (English, Italian and Russian blogs 7, French and Polish 4, German 8).
No page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on the
final file in /tmp/wt-s215 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 137 (2026-12-07, lead; the writers of this set and of set 216 worked beside round 137 from the same
base, 8383614; round 137 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets $(seq 10 216)`` and the set's pytest file): noise lines removed 37/45 -> 38/45
(byline 5/8 -> 6/8), keep lines kept 20/20, pages 1/12 -> 1/12 clean, page noise lines left 42 -> 42 of 240, 0 of 120
article lines lost. The German Kasuwa-shop plug ('Geklöppelte Lesezeichen gibt es in meinem Kasuwa-Shop, Versand als
Warensendung.') now goes: round 137 read set 211's "in meinem Palundu-Shop", a shop's name before "-Shop", and its xfail
passed and was removed. The tables of contents of the English, German, Italian and Russian blogs stay: round 137 took
tables after a block that opens with the posted-on rows over the first paragraph, and this set's blogs print theirs
under the second paragraph. Every other xfail still fails as its reason says.

Round 139 (development; this set was read in full from this round on): the cleaner was changed on branch round139 (base
da6ef2b) and this set's xfails that now pass were removed. Fixed: embed placeholders in new states
(whole_line_noise._EMBED_STATE_EVENT: no longer retrievable, "nicht (mehr) abrufbar", not reachable for now, "non è al
momento raggiungibile", the Polish "niedostępny", held back to a span of hours, "nur zwischen 22 und 6 Uhr";
_EMBED_PLACEHOLDER_FORM: the reader's device, "na tym urządzeniu"; _EMBED_HOST_EXTRA: "TVP VOD"); Google Maps' own error
text (a new "video embed" entry: "Ta strona nie może poprawnie wczytać Map Google."); the long-post alert with an
exclamation mark ("reading time"); a sponsored label and the ad's headline in one line with a middle dot (the
"advertisement" entry, noise_patterns.SPONSORED_LABEL_WORDS and the slot labels before " · "); the writer's things for
sale on a platform with the post that sends them (clean._MY_PLATFORM_PAGE, "are for sale on Not On The High Street,
posted Royal Mail"), the reader told to find them at a market stall on a day that comes back ("Trovi i miei merletti ...
al mercatino di Cantù ogni prima domenica"); comments closed overnight between two hours ("Kommentarfunktion: Wir
schließen die Kommentare über Nacht von 22 bis 7 Uhr."), the house rules to read before posting ("Be kind: read our
house rules before you post."), the Polish reason of a removal ("za naruszenie regulaminu": the old list wrote it with a
Russian noun and never matched); the text from the paper's archive (clean._ARCHIVED_PAGE: "Tekst pochodzi z archiwum
gazety i został opublikowany po raz pierwszy w 2019 roku."); and, as the brief's review item, page_blocks._WORKSHOPS
reads a German "-kurs" compound as the writer's classes only when it names a course (_NOT_A_COURSE: "Wechselkurs",
"Aktienkurs", "Zickzackkurs", "Sparkurs" and the like are not; "Grillkurs", "Drechselkurs", "Anfängerkurs", "Tageskurs"
still are). Tests: tests/test_clean.py test_round_139_*. Sets 10-216 (scripts/clean_held_out_report.py, frozen base
against the branch): noise lines removed 8,583 -> 8,600 of 9,391, keep lines 4,167/4,167 -> 4,167/4,167, pages clean
1,391 -> 1,396 of 2,470, page noise lines left 2,052 -> 2,046 of 51,120, paragraphs lost 2 -> 2 (set 86 only); no set
keeps fewer lines or loses more. Beyond sets 215/216 the changes also took one line each of sets 108 (the Italian
sponsored break 'Contenuto sponsorizzato · Continua a leggere dopo la pubblicità'), 153 (the same Polish moderator
removal), 166 (the same Google Maps text), 174 (a German Genially 'vorübergehend nicht erreichbar') and 200 (a
ZDFmediathek video 'nicht mehr abrufbar'), whose xfails were removed, and set 46's newsletter page's sponsor line (its
reason reworded, 6 of 20 lines). SemEval (scripts/semeval_noise_diff.py diff): 0 of 3,723 files changed. Bench
(benchmarks/bench_clean.py --baseline-src, the frozen base): ratio 0.98. The cleaning test set (tests/test_clean.py,
held-out sets 10-216, site batches, site lines, noise trace, clean pages) on commit 909c1ff: 25,537 passed, 1,895
xfailed, no XPASS, in 12 min 31 s. This set: noise lines removed 38/45 -> 45/45 (marker 5/8 -> 8/8, reading-time 6/7 ->
7/7, byline 6/8 -> 8/8, notice 2/3 -> 3/3; footer, comments and share already whole), keep lines 20/20 -> 20/20, pages
1/12 -> 6/12 clean (the five portals' sponsored label and headline between the two last paragraphs now go), page noise
lines left 42 -> 37 of 240, 0 of 120 article lines lost. Reasons reworded here: none. Still missed: on the six blogs the
opening photo caption, the photo caption between the list rows and the plug for the bookmarks at the lacemakers' fair
between the two last paragraphs; the tables of contents under the second paragraph (English, German, Italian, Russian)
and the pin-and-print rows under the paragraph with the quote (French, German, Polish).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_215_LINES: list[tuple[str, str, str]] = [
    ("body", "The Datawrapper chart embedded here can't be displayed while JavaScript is switched off.", "marker"),
    ("body", "Issuu publication unavailable – the publisher has taken this document offline.", "marker"),
    ("body", "This Bandcamp track cannot be played here. Listen on Bandcamp ›", "marker"),
    ("body", "Le podcast Ausha intégré n'a pas pu être chargé. Écoutez-le directement sur Ausha.", "marker"),
    ("body",
     "Der eingebettete Beitrag aus der ZDF-Mediathek ist aus lizenzrechtlichen Gründen nicht mehr abrufbar.",
     "marker"),
    ("body",
     "Il podcast di Spreaker incorporato non è al momento raggiungibile: riprova tra qualche minuto.",
     "marker"),
    ("body", "Ta strona nie może poprawnie wczytać Map Google.", "marker"),
    ("body", "Подкаст из Яндекс Музыки недоступен в вашем регионе.", "marker"),
    ("head", "Average read: 6 minutes", "reading-time"),
    ("head", "Long post alert! About 11 minutes, so put the kettle on.", "reading-time"),
    ("head", "Durée de lecture : 6 minutes", "reading-time"),
    ("head", "6 Min. Lesezeit", "reading-time"),
    ("head", "Lettura da 6 minuti", "reading-time"),
    ("head", "6 minut czytania", "reading-time"),
    ("head", "Прочитаете за 6 минут", "reading-time"),
    ("head", "Reporting by Clemency Awlthorpe; additional reporting by Jory Quenbarrow", "byline"),
    ("head", "Fact-checked by Perpetua Hobbledyke", "byline"),
    ("head", "Propos recueillis par Ghislain Piquetoux", "byline"),
    ("head", "Autorka tekstu: Filomena Szpilecka", "byline"),
    ("tail", "My lace bookmarks are for sale on Not On The High Street, posted Royal Mail second class.", "byline"),
    ("tail", "Geklöppelte Lesezeichen gibt es in meinem Kasuwa-Shop, Versand als Warensendung.", "byline"),
    ("tail", "Trovi i miei merletti a fuselli al mercatino di Cantù ogni prima domenica del mese.", "byline"),
    ("tail", "Мои кружевные закладки есть на Авито, отправляю СДЭКом.", "byline"),
    ("tail", "Published with Ghost · Theme: Casper · Hosted on DigitalOcean", "footer"),
    ("tail", "This newspaper is a member of IPSO and abides by the Editors' Code of Practice.", "footer"),
    ("tail", "Created with Squarespace · Log in", "footer"),
    ("tail", "Site propulsé par SPIP · Hébergé par Gandi · Plan du site", "footer"),
    ("tail", "Mit Joomla! umgesetzt · Hosting: Hetzner · Barrierefreiheitserklärung", "footer"),
    ("tail", "P. IVA 02847310468 · Iscrizione al ROC n. 31207 · Cookie policy", "footer"),
    ("tail", "Wydawca: Oficyna Szlifierzycka sp. z o.o. · KRS 0000419327 · Regulamin serwisu", "footer"),
    ("tail", "Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-81234.", "footer"),
    ("tail", "Sort comments by: Top · Newest · Oldest", "comments"),
    ("tail", "Reader picks · All comments (23)", "comments"),
    ("tail", "Pinned by Grindlecombe Gazette", "comments"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    ("tail", "Die Kommentarfunktion für diesen Artikel ist deaktiviert.", "comments"),
    ("tail", "Ordina i commenti: più recenti · più votati", "comments"),
    ("tail", "Ten komentarz został usunięty przez moderatora.", "comments"),
    ("tail", "Показать ещё 8 комментариев", "comments"),
    ("tail", "Send this to a friend: WhatsApp · Messenger · Copy link", "share"),
    ("tail", "Condividi l'articolo: Facebook · X · LinkedIn · Stampa", "share"),
    ("tail", "Отправить другу: Telegram · WhatsApp · Скопировать ссылку", "share"),
    ("body", "Correctif : une version précédente de cet article indiquait une mauvaise date pour le marché.", "notice"),
    ("body",
     "Hinweis der Redaktion: Dieser Text wurde mithilfe von KI zusammengefasst und redaktionell geprüft.",
     "notice"),
    ("tail", "Tekst pochodzi z archiwum gazety i został opublikowany po raz pierwszy w 2019 roku.", "notice"),
]

HELD_OUT_215_KEEP: list[tuple[str, str]] = [
    ("head", "Comments left in the lace school's visitors' book were read out at the open day on Saturday."),
    ("head", "Sharing a pitch with the fishmonger, the knife grinder set up his cart on the square at eight."),
    ("body", "Follow-up visits are planned for March, when the grinder returns to sharpen the school's scissors."),
    ("body", "Subscriptions to the lacemakers' guild rose to 140 this year, the treasurer told the meeting."),
    ("tail", "Copyright in the old Honiton patterns has long expired, so the school prints them for its pupils."),
    ("tail", "Advertising the sharpening days in the parish magazine brought in twice as many customers as last year."),
    ("tail", "Reading a pricking correctly is the first thing the pupils learn, the school's teacher said."),
    ("head", "Partager son savoir-faire reste la raison d'être de l'école de dentelle, explique sa directrice."),
    ("body", "Les commentaires des visiteurs du salon des dentellières ont salué la finesse des pièces exposées."),
    ("tail", "Suivre le rémouleur de marché en marché est devenu une habitude pour plusieurs restaurateurs."),
    ("head", "Teilen mussten sich die Klöpplerinnen den Saal mit dem Weihnachtsbasar der Feuerwehr."),
    ("body", "Kommentare von Gästen der Messe lobten vor allem die Vorführungen der Klöppelschule."),
    ("tail", "Werbung für die Schleiftage machte der Scherenschleifer nur mit einem Schild an seinem Karren."),
    ("head", "Condividere il banco con il fruttivendolo non dispiace all'arrotino, che arriva ogni giovedì."),
    ("body", "Seguire una lezione alla scuola di merletto costa dieci euro, materiali compresi."),
    ("tail", "Commenti entusiasti sono arrivati dai visitatori della fiera delle merlettaie di sabato."),
    ("head", "Udostępnienie sali przez parafię pozwoliło szkole koronki klockowej przyjąć dwadzieścia uczennic."),
    ("tail", "Obserwując pracę szlifierza, dzieci z pobliskiej szkoły zadawały mnóstwo pytań."),
    ("head", "Подписка на занятия в кружевной школе открылась в понедельник и закончилась за два дня."),
    ("tail", "Комментарии покупателей точильщик слушает внимательно и всегда проверяет лезвие на бумаге."),
]

HELD_OUT_215_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-grindlecombe-knife-grinder", [
        [
            "-Friday 4 December 2026 · Grindlecombe 6°C, light rain",
            "-Grindlecombe Gazette – News from the town and the valley since 1884",
            "-News | Sport | What's On | Business | Opinion | Obituaries",
        ],
        [
            "+Travelling knife grinder brings his cart back to Grindlecombe market for two sharpening days",
        ],
        [
            "-By Tobias Fernknoll · 4 December 2026, 07:45",
            "-3 min read",
        ],
        [
            ("+Amos Whetstaple has parked his green handcart by the market cross, and for two days he will sharpen "
             "anything with an edge."),
            "-Amos Whetstaple at his grinding wheel by the market cross on Thursday.",
            "-Photo: Grindlecombe Gazette",
            ("+The grinder, who is 71, has walked the same round of market towns since 1979, pushing a cart with a "
             "foot-driven grinding wheel."),
        ],
        [
            "-Read also: Market traders back plan for Christmas late-night opening",
            ("+\"People bring me knives their grandmothers used, and I send them home sharper than the day they "
             "were bought,\" he said."),
        ],
        [
            "+Sharpening days at a glance",
            "+Kitchen knives: £4 each, sharpened while you wait",
            "-Get the Gazette's morning briefing in your inbox – sign up free",
            "+Scissors and shears: £5, ready within the hour",
            "+Garden tools such as shears and sickles: Saturday only",
        ],
        [
            ("+The town council waived the pitch fee this year, after traders said the cart draws shoppers to the "
             "whole market."),
            "-Sponsored · The valley's best kitchens, fitted in a week",
            "+Mr Whetstaple will be on the square from 9am to 3pm on Friday and Saturday, weather permitting.",
        ],
        [
            "-Tags: Market, Crafts, Grindlecombe",
            "-Share: Facebook · X · WhatsApp · Email",
            "-Follow the Gazette on Facebook and Instagram for more local news",
        ],
        [
            "-5 comments",
            "-Marjorie T.: He did my secateurs last year and they still cut like new.",
            "-OldCarver58: Is he doing serrated bread knives this time?",
            "-↳ Grindlecombe Gazette: He told us he can do serrated edges, but they cost £6.",
            "-Pete from Lower Hinton: Lovely to see a proper trade still going.",
            "-↳ Marjorie T.: Agreed, Pete, get there early, the queue was long by ten.",
        ],
        [
            "-© 2026 Grindlecombe Gazette · Contact us · Advertise · Privacy",
        ],
    ]),
    _page("en", "en-blog-the-spangled-pillow-torchon-bookmark", [
        [
            "-The Spangled Pillow – a beginner's bobbin lace diary",
            "-Home · About · Patterns · Lace school · Contact",
        ],
        [
            "+My first term at the lace school: a torchon bookmark at last",
            "-Posted on 2 December 2026 by Wilhelmina · 4 comments",
            "-Reading time: 5 minutes",
        ],
        [
            ("+In September I signed up for the Tuesday evening class at the Grindlecombe lace school, and last "
             "week I finished my first torchon bookmark."),
            "-My bookmark still pinned to the pillow, with the bobbins hanging at the bottom.",
        ],
        [
            ("+For the first weeks we only practised cloth stitch and half stitch on a strip of twelve pairs, and I "
             "undid most of it."),
            "-Contents",
            "-1. Getting started",
            "-2. The pattern",
            "-3. What I'd do differently",
        ],
        [
            ("+\"Don't look at the bobbins, look at the pins,\" our teacher told me on the first night, and she was "
             "right."),
            "-Pin it · Print this post",
        ],
        [
            "+What you need to start",
            "+A firm pillow: mine is a cookie pillow borrowed from the school",
            "-The borrowed cookie pillow with its cover pulled back.",
            "+Twelve pairs of bobbins, wound with linen thread",
            "+A pricking on card and a box of brass pins",
        ],
        [
            "+The bookmark took me nine evenings, and the corners are still a little loose.",
            "-I'll have a few bookmarks on the table at the lacemakers' fair in March – come and say hello!",
            "+Next term we start on Bedfordshire lace, which I am told is a big step up.",
            "-Happy lacemaking, Wilhelmina x",
        ],
        [
            "-Comments (4)",
            "-Dot from Kent: Your corners look fine to me! Torchon corners took me a year.",
            "-Ruthie: Which lace school is this? I'd love to find one near me.",
            "-↳ Wilhelmina: It's the one in Grindlecombe, Ruthie, the class runs on Tuesdays.",
            "-Gwen B.: Lovely work, and good luck with Bedfordshire!",
        ],
        [
            "-© 2026 The Spangled Pillow · Theme: Sela · Blog at WordPress.com",
            "-Back to top ↑",
        ],
    ]),
    _page("fr", "fr-portail-affutignac-remouleur", [
        [
            "-Vendredi 4 décembre 2026 · Affûtignac 7 °C, averses",
            "-Le Courrier d'Affûtignac – L'actualité du canton depuis 1902",
            "-Actualité | Sports | Sortir | Économie | Opinions | Avis de décès",
        ],
        [
            "+Le rémouleur ambulant revient sur le marché d'Affûtignac pour deux journées d'affûtage",
        ],
        [
            "-Par Hortense Dentelmare · 4 décembre 2026 à 7 h 45",
            "-Lecture 3 min",
        ],
        [
            ("+Firmin Rémoulivet a garé sa charrette verte près de la halle et, pendant deux jours, il affûtera "
             "tout ce qui coupe."),
            "-Firmin Rémoulivet devant sa meule, jeudi, près de la halle.",
            "-Photo : Le Courrier d'Affûtignac",
            ("+À 71 ans, le rémouleur parcourt la même tournée de marchés depuis 1979, en poussant une charrette "
             "équipée d'une meule à pédale."),
        ],
        [
            "-À lire aussi : Les commerçants favorables à une nocturne avant Noël",
            ("+« On m'apporte les couteaux des grands-mères, et ils repartent plus tranchants qu'au jour de leur "
             "achat », raconte-t-il."),
        ],
        [
            "+Les journées d'affûtage en bref",
            "+Couteaux de cuisine : 4 euros pièce, affûtés devant vous",
            "-Recevez chaque matin l'essentiel du Courrier : inscrivez-vous gratuitement",
            "+Ciseaux et cisailles : 5 euros, prêts dans l'heure",
            "+Outils de jardin comme serpes et faucilles : le samedi seulement",
        ],
        [
            ("+La mairie a renoncé cette année au droit de place, les commerçants estimant que la charrette attire "
             "du monde."),
            "-Contenu sponsorisé · Votre cuisine posée en une semaine",
            "+Le rémouleur sera sur la place de 9 heures à 15 heures vendredi et samedi, si le temps le permet.",
        ],
        [
            "-Mots-clés : Marché, Artisanat, Affûtignac",
            "-Partager : Facebook · X · WhatsApp · E-mail",
            "-Suivez le Courrier sur Facebook et Instagram",
        ],
        [
            "-5 commentaires",
            "-Mireille B. : Il m'avait affûté mon sécateur l'an dernier, il coupe encore comme un neuf.",
            "-VieuxTailleur : Est-ce qu'il fait aussi les couteaux à pain dentelés ?",
            "-↳ Le Courrier d'Affûtignac : Oui, il nous a dit qu'il les fait, pour 6 euros.",
            "-Gérard du Haut-Bourg : Ça fait plaisir de voir un vrai métier qui continue.",
            "-↳ Mireille B. : Venez tôt, Gérard, la file était déjà longue à dix heures.",
        ],
        [
            "-© 2026 Le Courrier d'Affûtignac · Nous contacter · Publicité · Confidentialité",
        ],
    ]),
    _page("fr", "fr-blog-les-fuseaux-de-clementine-marque-page", [
        [
            "-Les Fuseaux de Clémentine – journal d'une dentellière débutante",
            "-Accueil · À propos · Modèles · École de dentelle · Contact",
        ],
        [
            "+Mon premier trimestre à l'école de dentelle : enfin un marque-page aux fuseaux",
            "-Publié le 2 décembre 2026 par Clémentine · 4 commentaires",
            "-Temps de lecture : 5 minutes",
        ],
        [
            ("+En septembre, je me suis inscrite au cours du mardi soir à l'école de dentelle d'Affûtignac, et la "
             "semaine dernière j'ai terminé mon premier marque-page en torchon."),
            "-Mon marque-page encore épinglé sur le carreau, les fuseaux pendus en bas.",
        ],
        [
            ("+Les premières semaines, nous n'avons fait que du point de toile et du demi-point sur une bande de "
             "douze paires, et j'en ai défait la plus grande partie."),
            "-Sommaire",
            "-1. Les débuts",
            "-2. Le modèle",
            "-3. Ce que je ferais autrement",
        ],
        [
            ("+« Ne regarde pas les fuseaux, regarde les épingles », m'a dit notre professeure le premier soir, et "
             "elle avait raison."),
            "-Épingler · Imprimer l'article",
        ],
        [
            "+Ce qu'il faut pour commencer",
            "+Un carreau bien ferme : le mien est un carreau rond prêté par l'école",
            "-Le carreau prêté, avec sa housse repliée.",
            "+Douze paires de fuseaux garnis de fil de lin",
            "+Un piquage sur carton et une boîte d'épingles en laiton",
        ],
        [
            "+Le marque-page m'a pris neuf soirées, et les coins sont encore un peu lâches.",
            "-J'aurai quelques marque-pages sur ma table au salon des dentellières en mars, passez me voir !",
            "+Le trimestre prochain, nous attaquons la dentelle de Bruges, un sacré cap paraît-il.",
            "-Belle dentelle à vous, Clémentine",
        ],
        [
            "-Commentaires (4)",
            "-Danièle du Jura : Tes coins sont très bien ! Moi, il m'a fallu un an pour les réussir.",
            "-Roseline : C'est quelle école ? J'aimerais en trouver une près de chez moi.",
            "-↳ Clémentine : Celle d'Affûtignac, Roseline, le cours a lieu le mardi.",
            "-Ginette B. : Joli travail, et bon courage pour Bruges !",
        ],
        [
            "-© 2026 Les Fuseaux de Clémentine · Thème : Sela · Propulsé par WordPress.com",
            "-Retour en haut ↑",
        ],
    ]),
    _page("de", "de-portal-wetzelsried-scherenschleifer", [
        [
            "-Freitag, 4. Dezember 2026 · Wetzelsried 5 °C, Regen",
            "-Wetzelsrieder Anzeiger – Nachrichten aus Stadt und Land seit 1891",
            "-Lokales | Sport | Freizeit | Wirtschaft | Meinung | Traueranzeigen",
        ],
        [
            "+Wandernder Scherenschleifer kommt mit seinem Karren für zwei Schleiftage nach Wetzelsried",
        ],
        [
            "-Von Irmgard Spitzenhuber · 04.12.2026, 07:45 Uhr",
            "-Lesezeit 3 Minuten",
        ],
        [
            ("+Korbinian Wetzstahler hat seinen grünen Handkarren am Marktbrunnen abgestellt und schleift zwei Tage "
             "lang alles, was eine Schneide hat."),
            "-Korbinian Wetzstahler am Donnerstag an seinem Schleifstein am Marktbrunnen.",
            "-Foto: Wetzelsrieder Anzeiger",
            ("+Der 71-Jährige zieht seit 1979 dieselbe Runde über die Märkte der Gegend, mit einem Karren samt "
             "Tretschleifstein."),
        ],
        [
            "-Lesen Sie auch: Händler für langen Einkaufsabend vor Weihnachten",
            ("+„Die Leute bringen mir Messer von der Großmutter, und ich gebe sie schärfer zurück, als sie je "
             "waren“, sagt er."),
        ],
        [
            "+Die Schleiftage im Überblick",
            "+Küchenmesser: 4 Euro pro Stück, geschliffen, während Sie warten",
            "-Der Morgen-Newsletter des Anzeigers: jetzt kostenlos abonnieren",
            "+Scheren und Heckenscheren: 5 Euro, fertig innerhalb einer Stunde",
            "+Gartengeräte wie Sicheln und Sensen: nur am Samstag",
        ],
        [
            ("+Die Stadt verzichtet heuer auf die Standgebühr, weil der Karren nach Ansicht der Händler Kundschaft "
             "anzieht."),
            "-Anzeige · Ihre neue Küche, eingebaut in einer Woche",
            ("+Der Schleifer steht am Freitag und Samstag von 9 bis 15 Uhr auf dem Marktplatz, sofern das Wetter "
             "mitspielt."),
        ],
        [
            "-Schlagworte: Markt, Handwerk, Wetzelsried",
            "-Teilen: Facebook · X · WhatsApp · E-Mail",
            "-Folgen Sie dem Anzeiger auf Facebook und Instagram",
        ],
        [
            "-5 Kommentare",
            "-Gerlinde M.: Meine Rosenschere hat er letztes Jahr gemacht, die schneidet immer noch wie neu.",
            "-Schnitzer58: Macht er diesmal auch Brotmesser mit Wellenschliff?",
            "-↳ Wetzelsrieder Anzeiger: Ja, das hat er uns gesagt, für 6 Euro.",
            "-Sepp aus Unterried: Schön, dass es so ein Handwerk noch gibt.",
            "-↳ Gerlinde M.: Früh kommen, Sepp, um zehn war die Schlange schon lang.",
        ],
        [
            "-© 2026 Wetzelsrieder Anzeiger · Kontakt · Mediadaten · Datenschutz",
        ],
    ]),
    _page("de", "de-blog-hedwigs-kloeppelkissen-lesezeichen", [
        [
            "-Hedwigs Klöppelkissen – Tagebuch einer Klöppelanfängerin",
            "-Start · Über mich · Muster · Klöppelschule · Kontakt",
        ],
        [
            "+Mein erstes Semester an der Klöppelschule: endlich ein Lesezeichen im Torchon",
            "-Veröffentlicht am 2. Dezember 2026 von Hedwig · 4 Kommentare",
            "-Lesedauer: 5 Minuten",
        ],
        [
            ("+Im September habe ich mich für den Dienstagabendkurs an der Klöppelschule in Wetzelsried angemeldet, "
             "und letzte Woche war mein erstes Torchon-Lesezeichen fertig."),
            "-Mein Lesezeichen, noch auf dem Kissen festgesteckt, unten hängen die Klöppel.",
        ],
        [
            ("+In den ersten Wochen haben wir nur Leinenschlag und Halbschlag an einem Streifen mit zwölf Paaren "
             "geübt, und das meiste habe ich wieder aufgemacht."),
            "-Inhalt",
            "-1. Die Anfänge",
            "-2. Das Muster",
            "-3. Was ich anders machen würde",
        ],
        [
            ("+„Schau nicht auf die Klöppel, schau auf die Nadeln“, sagte unsere Lehrerin am ersten Abend, und sie "
             "hatte recht."),
            "-Merken · Beitrag drucken",
        ],
        [
            "+Was man zum Anfangen braucht",
            "+Ein festes Klöppelkissen: meines ist eine Rolle, von der Schule geliehen",
            "-Das geliehene Kissen mit zurückgeschlagenem Bezug.",
            "+Zwölf Paar Klöppel, mit Leinengarn bewickelt",
            "+Ein Klöppelbrief auf Karton und eine Schachtel Messingnadeln",
        ],
        [
            "+Für das Lesezeichen habe ich neun Abende gebraucht, und die Ecken sind noch etwas locker.",
            "-Ein paar Lesezeichen habe ich im März am Klöppeltag auf meinem Tisch – kommt vorbei!",
            "+Im nächsten Semester fangen wir mit Idrija-Spitze an, und das soll ein großer Schritt sein.",
            "-Fröhliches Klöppeln, eure Hedwig",
        ],
        [
            "-Kommentare (4)",
            "-Dora aus Kempten: Deine Ecken sehen doch gut aus! Ich habe ein Jahr dafür gebraucht.",
            "-Resi: Welche Klöppelschule ist das? Ich suche eine in meiner Nähe.",
            "-↳ Hedwig: Die in Wetzelsried, Resi, der Kurs ist dienstags.",
            "-Gundula B.: Schöne Arbeit, und viel Glück mit Idrija!",
        ],
        [
            "-© 2026 Hedwigs Klöppelkissen · Theme: Sela · Bloggen auf WordPress.com",
            "-Nach oben ↑",
        ],
    ]),
    _page("it", "it-portale-molafredda-arrotino", [
        [
            "-Venerdì 4 dicembre 2026 · Molafredda 8 °C, pioggia",
            "-Il Corriere di Molafredda – Notizie dalla città e dalla valle dal 1899",
            "-Cronaca | Sport | Eventi | Economia | Opinioni | Necrologi",
        ],
        [
            "+L'arrotino ambulante torna con il suo carretto al mercato di Molafredda per due giornate di affilatura",
        ],
        [
            "-di Gualtiero Merlettoni · 4 dicembre 2026, ore 7:45",
            "-Tempo di lettura 3 minuti",
        ],
        [
            ("+Ernesto Arrotacchi ha fermato il suo carretto verde accanto alla fontana del mercato e per due "
             "giorni affilerà tutto ciò che taglia."),
            "-Ernesto Arrotacchi alla sua mola accanto alla fontana, giovedì.",
            "-Foto: Il Corriere di Molafredda",
            ("+L'arrotino, 71 anni, percorre lo stesso giro di mercati dal 1979, spingendo un carretto con la mola "
             "a pedale."),
        ],
        [
            "-Leggi anche: I commercianti favorevoli all'apertura serale prima di Natale",
            "+«Mi portano i coltelli delle nonne e li restituisco più affilati di quando furono comprati», racconta.",
        ],
        [
            "+Le giornate di affilatura in breve",
            "+Coltelli da cucina: 4 euro l'uno, affilati mentre aspettate",
            "-Ricevi ogni mattina la newsletter del Corriere: iscriviti gratis",
            "+Forbici e cesoie: 5 euro, pronte entro un'ora",
            "+Attrezzi da giardino come roncole e falcetti: solo il sabato",
        ],
        [
            ("+Quest'anno il Comune ha rinunciato alla tassa di posteggio, perché secondo i commercianti il "
             "carretto attira clienti."),
            "-Contenuto sponsorizzato · La tua cucina nuova montata in una settimana",
            "+L'arrotino sarà in piazza dalle 9 alle 15 venerdì e sabato, tempo permettendo.",
        ],
        [
            "-Tag: Mercato, Artigianato, Molafredda",
            "-Condividi: Facebook · X · WhatsApp · Email",
            "-Segui il Corriere su Facebook e Instagram",
        ],
        [
            "-5 commenti",
            "-Marisa T.: L'anno scorso mi ha affilato le cesoie e tagliano ancora come nuove.",
            "-VecchioIntagliatore: Fa anche i coltelli da pane seghettati?",
            "-↳ Il Corriere di Molafredda: Sì, ci ha detto che li fa, per 6 euro.",
            "-Piero di Borgo Alto: Bello vedere un mestiere vero che resiste.",
            "-↳ Marisa T.: Venite presto, Piero, alle dieci la fila era già lunga.",
        ],
        [
            "-© 2026 Il Corriere di Molafredda · Contatti · Pubblicità · Privacy",
        ],
    ]),
    _page("it", "it-blog-i-fuselli-di-nives-segnalibro", [
        [
            "-I Fuselli di Nives – diario di una merlettaia principiante",
            "-Home · Chi sono · Schemi · Scuola di merletto · Contatti",
        ],
        [
            "+Il mio primo trimestre alla scuola di merletto: finalmente un segnalibro a torchon",
            "-Pubblicato il 2 dicembre 2026 da Nives · 4 commenti",
            "-Tempo di lettura: 5 minuti",
        ],
        [
            ("+A settembre mi sono iscritta al corso del martedì sera alla scuola di merletto di Molafredda, e la "
             "settimana scorsa ho finito il mio primo segnalibro a torchon."),
            "-Il mio segnalibro ancora appuntato sul tombolo, con i fuselli appesi in fondo.",
        ],
        [
            ("+Nelle prime settimane abbiamo fatto solo punto tela e mezzo punto su una striscia di dodici coppie, "
             "e ho disfatto quasi tutto."),
            "-Indice",
            "-1. Gli inizi",
            "-2. Lo schema",
            "-3. Cosa farei diversamente",
        ],
        [
            ("+«Non guardare i fuselli, guarda gli spilli», mi ha detto la nostra insegnante la prima sera, e aveva "
             "ragione."),
            "-Salva su Pinterest · Stampa l'articolo",
        ],
        [
            "+Cosa serve per cominciare",
            "+Un tombolo ben sodo: il mio è un tombolo a rullo prestato dalla scuola",
            "-Il tombolo prestato, con la fodera ripiegata.",
            "+Dodici coppie di fuselli, caricate con filo di lino",
            "+Un cartoncino forato e una scatola di spilli di ottone",
        ],
        [
            "+Il segnalibro mi ha richiesto nove serate, e gli angoli sono ancora un po' lenti.",
            "-Avrò qualche segnalibro sul mio banco alla fiera delle merlettaie di marzo, passate a salutarmi!",
            "+Il prossimo trimestre cominciamo il merletto di Cantù, che dicono sia un bel salto.",
            "-Buon merletto a tutte, Nives",
        ],
        [
            "-Commenti (4)",
            "-Dora di Como: I tuoi angoli vanno benissimo! Io ci ho messo un anno.",
            "-Rosetta: Che scuola è? Ne vorrei trovare una vicino a casa.",
            "-↳ Nives: Quella di Molafredda, Rosetta, il corso è il martedì.",
            "-Gina B.: Bel lavoro, e in bocca al lupo per Cantù!",
        ],
        [
            "-© 2026 I Fuselli di Nives · Tema: Sela · Blog su WordPress.com",
            "-Torna su ↑",
        ],
    ]),
    _page("pl", "pl-portal-szlifierzyce-szlifierz", [
        [
            "-Piątek, 4 grudnia 2026 · Szlifierzyce 4°C, deszcz",
            "-Głos Szlifierzyc – Wiadomości z miasta i powiatu od 1921 roku",
            "-Wiadomości | Sport | Kultura | Biznes | Opinie | Nekrologi",
        ],
        [
            "+Wędrowny szlifierz wraca ze swoim wózkiem na targ w Szlifierzycach na dwa dni ostrzenia",
        ],
        [
            "-Zofia Koronczyńska · 4 grudnia 2026, 7:45",
            "-Czas czytania: 3 min",
        ],
        [
            ("+Teodor Szlifowicz ustawił swój zielony wózek przy studni na rynku i przez dwa dni naostrzy wszystko, "
             "co ma ostrze."),
            "-Teodor Szlifowicz przy swojej tarczy szlifierskiej na rynku w czwartek.",
            "-Fot. Głos Szlifierzyc",
            ("+Szlifierz ma 71 lat i od 1979 roku obchodzi te same targi, pchając wózek z szlifierką napędzaną "
             "pedałem."),
        ],
        [
            "-Czytaj także: Kupcy za wieczornymi zakupami przed świętami",
            "+– Ludzie przynoszą mi noże po babciach, a oddaję im ostrzejsze niż w dniu zakupu – mówi.",
        ],
        [
            "+Dni ostrzenia w skrócie",
            "+Noże kuchenne: 15 zł za sztukę, ostrzone na miejscu",
            "-Zapisz się na poranny newsletter Głosu – za darmo",
            "+Nożyczki i nożyce: 20 zł, gotowe w ciągu godziny",
            "+Narzędzia ogrodowe, takie jak sierpy i kosy: tylko w sobotę",
        ],
        [
            ("+Miasto zrezygnowało w tym roku z opłaty targowej, bo według kupców wózek przyciąga klientów na cały "
             "targ."),
            "-Artykuł sponsorowany · Nowa kuchnia zamontowana w tydzień",
            "+Szlifierz będzie na rynku od 9 do 15 w piątek i sobotę, jeśli pogoda pozwoli.",
        ],
        [
            "-Tagi: targ, rzemiosło, Szlifierzyce",
            "-Udostępnij: Facebook · X · WhatsApp · E-mail",
            "-Obserwuj Głos na Facebooku i Instagramie",
        ],
        [
            "-5 komentarzy",
            "-Marysia T.: W zeszłym roku naostrzył mi sekator i tnie jak nowy.",
            "-StaryRzeźbiarz: Czy ostrzy też noże do chleba z ząbkami?",
            "-↳ Głos Szlifierzyc: Tak, powiedział nam, że ostrzy, za 25 zł.",
            "-Piotr z Górnej Wsi: Miło widzieć, że prawdziwy fach jeszcze żyje.",
            "-↳ Marysia T.: Przyjdź wcześnie, Piotrze, o dziesiątej kolejka była już długa.",
        ],
        [
            "-© 2026 Głos Szlifierzyc · Kontakt · Reklama · Polityka prywatności",
        ],
    ]),
    _page("pl", "pl-blog-klocki-apolonii-zakladka", [
        [
            "-Klocki Apolonii – pamiętnik początkującej koronczarki",
            "-Start · O mnie · Wzory · Szkoła koronki · Kontakt",
        ],
        [
            "+Mój pierwszy semestr w szkole koronki: nareszcie zakładka w torchonie",
            "-Opublikowano 2 grudnia 2026 przez Apolonię · 4 komentarze",
            "-Czas czytania: 5 minut",
        ],
        [
            ("+We wrześniu zapisałam się na wtorkowy kurs wieczorny w szkole koronki klockowej w Szlifierzycach, a "
             "w zeszłym tygodniu skończyłam pierwszą zakładkę w torchonie."),
            "-Moja zakładka wciąż przypięta do poduszki, klocki wiszą na dole.",
        ],
        [
            ("+Przez pierwsze tygodnie ćwiczyłyśmy tylko splot płócienny i półsplot na pasku z dwunastu par, a "
             "większość i tak sprułam."),
            "-Spis treści",
            "-1. Początki",
            "-2. Wzór",
            "-3. Co zrobiłabym inaczej",
        ],
        [
            ("+– Nie patrz na klocki, patrz na szpilki – powiedziała nasza nauczycielka pierwszego wieczoru i miała "
             "rację."),
            "-Przypnij · Drukuj wpis",
        ],
        [
            "+Co jest potrzebne na początek",
            "+Twarda poduszka: moja to wałek pożyczony ze szkoły",
            "-Pożyczony wałek z odwiniętym pokrowcem.",
            "+Dwanaście par klocków nawiniętych lnianą nicią",
            "+Wzór przekłuty na kartonie i pudełko mosiężnych szpilek",
        ],
        [
            "+Zakładka zajęła mi dziewięć wieczorów, a rogi są wciąż trochę luźne.",
            "-Kilka zakładek będę miała na swoim stoliku na marcowym zlocie koronczarek – wpadnijcie!",
            "+W przyszłym semestrze zaczynamy koronkę bobinkową, podobno to duży krok.",
            "-Udanego klockowania, Apolonia",
        ],
        [
            "-Komentarze (4)",
            "-Dorota z Bochni: Rogi wyglądają świetnie! Mnie zajęły rok.",
            "-Renia: Co to za szkoła? Chciałabym znaleźć taką blisko siebie.",
            "-↳ Apolonia: Ta w Szlifierzycach, Reniu, kurs jest we wtorki.",
            "-Grażyna B.: Piękna robota, powodzenia z bobinką!",
        ],
        [
            "-© 2026 Klocki Apolonii · Motyw: Sela · Blog na WordPress.com",
            "-Do góry ↑",
        ],
    ]),
    _page("ru", "ru-portal-bruskovets-tochilshchik", [
        [
            "-Пятница, 4 декабря 2026 · Брусковец +3 °C, дождь",
            "-Брусковецкий листок – новости города и района с 1925 года",
            "-Новости | Спорт | Афиша | Экономика | Мнения | Некрологи",
        ],
        [
            "+Бродячий точильщик привёз свою тележку на рынок Брусковца на два дня заточки",
        ],
        [
            "-Евдокия Сколотнева · 4 декабря 2026, 07:45",
            "-Время чтения: 3 мин",
        ],
        [
            ("+Афанасий Точибрусов поставил свою зелёную тележку у колодца на рынке и два дня будет точить всё, что "
             "режет."),
            "-Афанасий Точибрусов у своего точильного круга на рынке в четверг.",
            "-Фото: Брусковецкий листок",
            ("+Точильщику 71 год, с 1979 года он обходит одни и те же рынки с тележкой, на которой стоит ножной "
             "точильный круг."),
        ],
        [
            "-Читайте также: Торговцы поддержали вечернюю ярмарку перед Новым годом",
            "+«Мне приносят бабушкины ножи, а я возвращаю их острее, чем в день покупки», – говорит он.",
        ],
        [
            "+Дни заточки коротко",
            "+Кухонные ножи: 300 рублей за штуку, при вас",
            "-Подпишитесь на утреннюю рассылку «Листка» – это бесплатно",
            "+Ножницы и секаторы: 400 рублей, готово в течение часа",
            "+Садовый инструмент, серпы и косы: только в субботу",
        ],
        [
            ("+В этом году администрация отменила плату за место: торговцы говорят, что тележка привлекает "
             "покупателей."),
            "-На правах рекламы · Новая кухня за неделю",
            "+Точильщик будет на площади с 9 до 15 часов в пятницу и субботу, если позволит погода.",
        ],
        [
            "-Теги: рынок, ремёсла, Брусковец",
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
            "-Подписывайтесь на «Листок» во ВКонтакте и в Telegram",
        ],
        [
            "-5 комментариев",
            "-Марина Т.: Он мне в прошлом году наточил секатор, режет до сих пор как новый.",
            "-СтарыйРезчик: А хлебные ножи с зубчиками он точит?",
            "-↳ Брусковецкий листок: Да, он сказал нам, что точит, за 500 рублей.",
            "-Пётр из Верхней слободы: Приятно видеть, что настоящее ремесло живо.",
            "-↳ Марина Т.: Приходите пораньше, Пётр, к десяти очередь была уже длинная.",
        ],
        [
            "-© 2026 Брусковецкий листок · Контакты · Реклама · Конфиденциальность",
        ],
    ]),
    _page("ru", "ru-blog-koklyushki-agafi-zakladka", [
        [
            "-Коклюшки Агафьи – дневник начинающей кружевницы",
            "-Главная · Обо мне · Сколки · Кружевная школа · Контакты",
        ],
        [
            "+Мой первый семестр в кружевной школе: наконец-то закладка в технике торшон",
            "-Опубликовано 2 декабря 2026, автор: Агафья · 4 комментария",
            "-Время чтения: 5 минут",
        ],
        [
            ("+В сентябре я записалась на вечерний курс по вторникам в кружевную школу Брусковца, а на прошлой "
             "неделе закончила свою первую закладку в технике торшон."),
            "-Моя закладка ещё приколота к подушке, коклюшки висят внизу.",
        ],
        [
            ("+Первые недели мы только отрабатывали полотнянку и полуплетёнку на полосе из двенадцати пар, и почти "
             "всё я распустила."),
            "-Содержание",
            "-1. Начало",
            "-2. Сколок",
            "-3. Что бы я сделала иначе",
        ],
        [
            ("+«Не смотри на коклюшки, смотри на булавки», – сказала мне учительница в первый вечер, и она была "
             "права."),
            "-Сохранить в Pinterest · Распечатать запись",
        ],
        [
            "+Что нужно для начала",
            "+Плотная подушка: у меня валик, взятый в школе на время",
            "-Взятый на время валик с откинутым чехлом.",
            "+Двенадцать пар коклюшек с льняной нитью",
            "+Сколок на картоне и коробка латунных булавок",
        ],
        [
            "+Закладка заняла у меня девять вечеров, и углы пока немного свободные.",
            "-Несколько закладок будут у меня на столе на мартовской ярмарке кружевниц – приходите!",
            "+В следующем семестре начинаем вологодское кружево, говорят, это большой шаг.",
            "-Лёгких коклюшек, ваша Агафья",
        ],
        [
            "-Комментарии (4)",
            "-Дарья из Вологды: Углы у тебя отличные! У меня на них ушёл год.",
            "-Рената: А что это за школа? Хочу найти такую поближе.",
            "-↳ Агафья: Та, что в Брусковце, Рената, курс по вторникам.",
            "-Галина Б.: Красивая работа, удачи с вологодским!",
        ],
        [
            "-© 2026 Коклюшки Агафьи · Тема: Sela · Блог на WordPress.com",
            "-Наверх ↑",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-the-spangled-pillow-torchon-bookmark":
        ("the English bobbin lace blog's post keeps the opening photo caption ('My bookmark still pinned to the "
         "pillow, with the bobbins hanging at the bottom.') under the first paragraph, the table of contents under "
         "the second paragraph, its heading and three entries ('Contents', '1. Getting started', '2. The pattern', "
         "'3. What I'd do differently'), the photo caption ('The borrowed cookie pillow with its cover pulled "
         "back.') between the first and second list rows and the plug for the author's bookmarks at the lacemakers' "
         "fair ('I'll have a few bookmarks on the table at the lacemakers' fair in March – come and say hello!') "
         "between the two last paragraphs (7 of 20 noise lines); no article line is lost"),
    "fr-blog-les-fuseaux-de-clementine-marque-page":
        ("the French bobbin lace blog's post keeps the opening photo caption ('Mon marque-page encore épinglé sur "
         "le carreau, les fuseaux pendus en bas.') under the first paragraph, the pin-it-and-print row ('Épingler · "
         "Imprimer l'article') under the paragraph with the quote, the photo caption ('Le carreau prêté, avec sa "
         "housse repliée.') between the first and second list rows and the plug for the author's bookmarks at the "
         "lacemakers' fair ('J'aurai quelques marque-pages sur ma table au salon des dentellières en mars, passez "
         "me voir !') between the two last paragraphs (4 of 20 noise lines); no article line is lost"),
    "de-blog-hedwigs-kloeppelkissen-lesezeichen":
        ("the German bobbin lace blog's post keeps the opening photo caption ('Mein Lesezeichen, noch auf dem "
         "Kissen festgesteckt, unten hängen die Klöppel.') under the first paragraph, the table of contents under "
         "the second paragraph, its heading and three entries ('Inhalt', '1. Die Anfänge', '2. Das Muster', '3. Was "
         "ich anders machen würde'), the pin-it-and-print row ('Merken · Beitrag drucken') under the paragraph with "
         "the quote, the photo caption ('Das geliehene Kissen mit zurückgeschlagenem Bezug.') between the first and "
         "second list rows and the plug for the author's bookmarks at the lacemakers' fair ('Ein paar Lesezeichen "
         "habe ich im März am Klöppeltag auf meinem Tisch – kommt vorbei!') between the two last paragraphs (8 of "
         "20 noise lines); no article line is lost"),
    "it-blog-i-fuselli-di-nives-segnalibro":
        ("the Italian bobbin lace blog's post keeps the opening photo caption ('Il mio segnalibro ancora appuntato "
         "sul tombolo, con i fuselli appesi in fondo.') under the first paragraph, the table of contents under the "
         "second paragraph, its heading and three entries ('Indice', '1. Gli inizi', '2. Lo schema', '3. Cosa farei "
         "diversamente'), the photo caption ('Il tombolo prestato, con la fodera ripiegata.') between the first and "
         "second list rows and the plug for the author's bookmarks at the lacemakers' fair ('Avrò qualche "
         "segnalibro sul mio banco alla fiera delle merlettaie di marzo, passate a salutarmi!') between the two "
         "last paragraphs (7 of 20 noise lines); no article line is lost"),
    "pl-blog-klocki-apolonii-zakladka":
        ("the Polish bobbin lace blog's post keeps the opening photo caption ('Moja zakładka wciąż przypięta do "
         "poduszki, klocki wiszą na dole.') under the first paragraph, the pin-it-and-print row ('Przypnij · Drukuj "
         "wpis') under the paragraph with the quote, the photo caption ('Pożyczony wałek z odwiniętym pokrowcem.') "
         "between the first and second list rows and the plug for the author's bookmarks at the lacemakers' fair "
         "('Kilka zakładek będę miała na swoim stoliku na marcowym zlocie koronczarek – wpadnijcie!') between the "
         "two last paragraphs (4 of 20 noise lines); no article line is lost"),
    "ru-blog-koklyushki-agafi-zakladka":
        ("the Russian bobbin lace blog's post keeps the opening photo caption ('Моя закладка ещё приколота к "
         "подушке, коклюшки висят внизу.') under the first paragraph, the table of contents under the second "
         "paragraph, its heading and three entries ('Содержание', '1. Начало', '2. Сколок', '3. Что бы я сделала "
         "иначе'), the photo caption ('Взятый на время валик с откинутым чехлом.') between the first and second "
         "list rows and the plug for the author's bookmarks at the lacemakers' fair ('Несколько закладок будут у "
         "меня на столе на мартовской ярмарке кружевниц – приходите!') between the two last paragraphs (7 of 20 "
         "noise lines); no article line is lost"),
}

test_held_out_215_line, test_held_out_215_line_is_kept, test_held_out_215_page = held_out_tests(
    HELD_OUT_215_LINES, HELD_OUT_215_KEEP, HELD_OUT_215_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
