"""Held-out set 191: written blind, weighted toward the noise the cleaner exists for, in shapes set 190's docstring does
not name (nor the first paragraphs of sets 187, 188 and 189): scraper, embed and ad markers (an English Komoot route
map that did not load, pointing to the app "The Komoot route map did not load. Open the tour in the Komoot app to see
the path.", an English Loom video whose recorder restricted viewing "Loom video unavailable: the person who recorded
it has restricted who can watch.", an English Wistia video still processing "Wistia video: this media is still
processing. Check back in a few minutes.", a French Flickr album not available in the reader's country "L'album
Flickr intégré n'est pas disponible dans votre pays.", a German Mastodon post that could not be embedded because its
server is down "Der Mastodon-Beitrag konnte nicht eingebettet werden, weil der Server nicht erreichbar ist.", an
Italian OpenStreetMap map whose tile server does not answer "Mappa di OpenStreetMap non disponibile: il server delle
tessere non risponde.", a Polish Mixcloud show whose music licence ran out "Audycja z Mixcloud nie jest już dostępna
do odsłuchu – licencja na utwory wygasła." and a Russian 2GIS map over its request limit "Карта 2ГИС не загрузилась:
превышен лимит запросов к сервису."); reading-time headers in new wordings (the English stopwatch label "⏱ 6 minutes
to read", a blog's this-post-takes line with a tune-along joke "This post takes about 12 minutes to read (longer if
you stop to tune along).", the French this-article-reads-in line "Cet article se lit en 6 minutes", the German
reading-duration label "Lesedauer: ca. 6 Min.", the Italian it-reads-in line "Si legge in 6 minuti", the Polish
estimated-reading label "Szacowany czas lektury: 6 min" and the Russian bare read-six-minutes label "Читать 6
минут"); bylines and self-promotion (an English reporting-by byline with additional reporting "Reporting by Cressida
Pellingthorne; additional reporting by Tobias Grindlecott", an English name-and-rank byline with a relative time
"Barnaby Quistwell, Chief Reporter · 2 hours ago", a German a-report-by byline "Ein Bericht von Waltraud
Kümmelbrecht" and a Russian author-label byline with the reporter's rank "Автор: Евлампия Кочергина-Лыкова,
корреспондент", all at the head, and at the foot an English Etsy kantele-kits plug "My kantele kits (pre-cut
soundboard, tuning pins and strings) are on Etsy – UK shipping only.", a French Vinted cajón plug with Mondial Relay
shipping "Je vends mes cajóns sur Vinted et j'expédie en Mondial Relay.", an Italian musical-saw courses plug
pointing to Patreon "Organizzo corsi di sega musicale a Bologna: il calendario è sulla mia pagina Patreon." and a
Polish Allegro birch-bark-boxes plug "Gotowe pudełka z kory brzozowej sprzedaję na Allegro – link do sklepu jest w
zakładce Sklep."); blog and site footers (an English Ghost and DigitalOcean credit "Published with Ghost · Hosted by
DigitalOcean", an English press-regulator line "This newspaper is regulated by IPSO, the Independent Press Standards
Organisation.", an English Creative Commons licence line "Text licensed under CC BY-NC 4.0 unless stated otherwise ·
Photos all rights reserved", a French SPIP credit with site-map and private-area links "Site propulsé par SPIP · Plan
du site · Espace privé", a German press-code line "Wir unterwerfen uns dem Pressekodex des Deutschen Presserats.", an
Italian VAT-number line with a web-studio credit "P.IVA 03874120165 · Tutti i diritti riservati · Sito realizzato da
Studio Frassinelli", a Polish publisher-and-KRS line "Wydawca: Fundacja Brzozowy Gościniec · KRS 0000487213" and a
Russian Tilda credit "Сделано на Tilda · Политика конфиденциальности"); reader-comment furniture (an English
load-more link "Load 14 more comments", an English comments-closed note "Comments on this article are now closed.",
an English no-comments-yet prompt "There are no comments yet. Why not be the first?", a French show-the-replies link
"Afficher les 8 réponses", a German awaiting-approval stub "Dieser Kommentar wartet noch auf Freischaltung.", an
Italian N-replies-to-the-post heading "12 risposte a “Come ho costruito il mio cajón”", a Polish hidden-for-downvotes
stub with its show link "Ten komentarz został ukryty z powodu dużej liczby negatywnych ocen. Pokaż" and a Russian
sort row "Лучшие комментарии · Новые · Старые"); share rows (an English share row with Nextdoor "Share this story:
WhatsApp · Email · Nextdoor", a German share row with Xing and Threema "Artikel teilen: Xing · Threema · E-Mail" and
a Polish share row with a copy-link item "Podziel się: Messenger · Telegram · Skopiuj link"); and notices (a French
paywall note "Il vous reste 80 % de cet article à lire. La suite est réservée aux abonnés." and an Italian
made-with-the-Pro-Loco note "Contenuto realizzato in collaborazione con la Pro Loco di Valdigrotta.", both in the
body, and a Russian the-author's-view-may-differ disclaimer "Мнение автора может не совпадать с позицией редакции."
at the foot); and toward whole scraped news and hobby-blog pages in layouts set 190's docstring does not describe (on
the six portal pages, in nine blocks, a date-and-weather line, the masthead with its tagline and the section menu in
one block of three at the very top, the date line first; a breadcrumb above the title and the reading time and the
byline under it in one block of four, the title second; the first paragraph at the top of a block of three with the
lead photo's caption and its credit after it; the second paragraph in a block of four between an ad label and a
sponsored headline above it and a read-also link below it; the paragraph with the quote at the top of a block of two
with a share row after it; the subheading and the three rows with a newsletter prompt between the second and third
rows, inside the list block (a block of five); the two last paragraphs in one block of three with a photo-gallery
link between them; a thread of four lines alone in a block (a comment count, a comment, the reporter's or the desk's
arrowed reply and a second reader's arrowed reply); and at the foot a links row and the publisher's copyright line;
on the six blog pages, in eight blocks, the menu and the blog name alone in a block of two, the menu first; the title
at the top of a block of four with the posted-on-by line, the reading time and an affiliate-links disclosure after
it; a table of contents (its heading and two numbered entries) at the top of the first paragraph's block, with the
photo caption between the first and second paragraphs (a block of six); the paragraph with the quote at the top of a
block of two with a subscribe prompt after it; the subheading and the three rows with an affiliate link between the
first and second rows, inside the list block (a block of five); the two last paragraphs at the top of a block of four
with a share row (Pinterest first) and the author's sign-off after them; a plug for the author's wares, workshops or
services at the top of a block of five, above a thread of four lines (a comments heading with its count, a comment,
the author's arrowed reply and another reader's arrowed reply); and at the foot the author's copyright line and a
platform-and-theme credit), taken from local news of fresh kinds (bee boles in an old garden wall restored, a holy
well cleared, an almshouse clock restarted, a church pinnacle re-fixed after a storm, a parish pump restored, a stone
stile rebuilt) and from blogs about a kantele, a mouth organ repaired, a musical saw, a cajón, a birch bark box and
kvass.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 190 but what is named here), held-out set 192 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 190 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 187, 188 and 189, printed with one ast script (/tmp/s191scratch/peek.py,
reading the files of /tmp/wt-s191/tests, the worktree at the brief's commit, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s191); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s191scratch/helpers.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 190's as
printed, with 190 -> 191; /tmp/s191scratch/gen191.py writes this file from scratch files (data191.py with the noise and
keep lines, pages191.py with the pages, doc_parts.py with the docstring and, after the measurement, tables191.py with
the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s191, detached at commit 41548a8d79da78f58ebc41ec337f315fe1352841, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 17:27:59 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
41548a8d79da78f58ebc41ec337f315fe1352841 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 190's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", set 190's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 187, 188 and 189. Its first run printed to the terminal, which the
tool cut in the middle (it showed set 187's first paragraph and the start of set 188's, and from inside set 190's
"Judgement calls" to the end, all allowed parts); the second run went to /tmp/s191scratch/peek.out (542 lines, all of
them allowed parts), of which I paged lines 125 to 384 with ``sed`` (the end of set 188's first paragraph, set 189's,
and set 190's first paragraph, "Protocol", "Slips and notes" and the start of its "Judgement calls"); nothing else of
any set file was printed. (3) Before writing I compared my wordings with the ones the read docstrings name, by eye, and
kept away from them: no embed service named there (Flourish, Typeform, Strava, uMap, Padlet, Spotify, Facebook,
Telegram, Infogram, Buzzsprout, Instagram, Genially, Podigee, Google Maps, Vimeo, Yandex Music, Twitch, Calaméo,
Opinary, YouTube, VK, Mapbox, Airtable, Arte.tv and those set 190 lists from older sets) is used for a held-out marker
(Telegram and Facebook appear only in share rows); the footers use hosts, CMSs and legal lines not named there (Ghost,
DigitalOcean, IPSO, Creative Commons, SPIP, the Pressekodex, an Italian VAT number, a Polish KRS number, Tilda); the
plugs use shops not named there (Etsy, Vinted, Patreon, Allegro); where a first draft came close to a named shape I
changed it (a German subscribe prompt on a blog page that repeated set 190's "Keinen Beitrag mehr verpassen?" wording
became "Neue Beiträge per E-Mail? Hier kannst du meinen Blog abonnieren."; notices on an updated article, a correction
and grant co-financing, close to set 190's German updated-at note, a French correction named there and set 187's Polish
co-financing note, became the French paywall note, the Italian Pro Loco note and the Russian author's-view disclaimer;
keep lines on subscribers collecting money, a conservator's comments and an old advertisement found in a wall, close to
set 190's keep lines, were replaced). The page reading times, ad labels, share rows, links rows and copyright lines are
ordinary page furniture, not held-out lines, and some of their wordings ("Lesezeit: 3 Minuten", "Czas czytania: 3
minuty", "Tempo di lettura: 3 minuti", "Время чтения: 3 минуты") are of common kinds also seen in the read docstrings.
(4) Every invented name was checked with the ``find_string`` tool (exact string, case-insensitive, over public GitHub
files): Scraddlethorpe, Scraddlethorpe Messenger, Fairbrasse, Quillingstone, Five Strings and a Log, Tullochbrae, Ailsa
Tullochbrae, Pellingthorne, Grindlecott, Quistwell, Orbrieux, Pontchabrol, Tessoubrac, Souffle de Gaspard, Vireglandin,
Hummelstedt, Hummelstedter Rundschau, Rabenhorstel, Sauerbrinkel, Sägenklang, Trollwiesner, Kümmelbrecht, Montegralla,
Cravanzotti, Tondivaschi, Il Cajón di Ruggero, Pescalonghi, Valdigrotta, Studio Frassinelli, Kaczydołek, Głos
Kaczydołka, Kozłowiecka, Wierzbiłło, Korowa Szuflada, Brzostowiak, Brzozowy Gościniec, Каменнобродье, Каменнобродские,
Лапотнищева, Сухобрюхов, Квасная Феклуши, Квасоварова and Кочергина-Лыкова gave no hit. Dropped for hits: Wolfhallow (a
place in a game), Bramblecrest (game and project names), Collingfold (inside "ProtocollingFolder" identifiers),
Brennigan (a surname in sample data), Pontcharraud (a real commune), Tessandier (a real surname), Vireloup (a place),
Sauerzapf (a real surname), Trollhagen (a company), Tondinelli (a surname), Żurawiniec (a real nature reserve and
place), Лапотникова and Квасникова (real surnames), Кочерыжкина (a street name in sample data), Borgofiorito (a place in
a generator list) and Webnomade (a site name). Plain first names and initials of commenters and sign-offs (BeeKeeperBob,
Jen W., Magnus, Ruth O., Rosine B., Maurice T., Jacquot, Odette, Lucien R., Heidrun K., Gustl, Bernd, Moni S., Nonna
Pina, Tonino, Marta, Beppe, Halina, Tadeusz W., Marek W., Kasia, Stasiek, Старожил, Нина П., Люба, Михалыч and the
like), the authors' first names (Ailsa, Gaspard, Ulrike, Ruggero, Ola, Фёкла) and the quoted people's first names were
not looked up. Real services, companies and places (Komoot, Loom, Wistia, Flickr, Mastodon, OpenStreetMap, Mixcloud,
2GIS, Etsy, Vinted, Mondial Relay, Patreon, Allegro, Ghost, DigitalOcean, IPSO, SPIP, the Deutscher Presserat, Tilda,
WhatsApp, Nextdoor, Xing, Threema, Messenger, Telegram, Facebook, X, Pinterest, Reddit, WordPress, Astra, Kadence,
GeneratePress, Twenty Twenty-Three, Amazon, Ozon, VK, Odnoklassniki, Seydel, Pfeil, Tampere, Bologna, Argentina) are
named as real pages name them. (5) /tmp/s191scratch/check.py checked the counts (10 article and 20 noise lines on each
page; counts of categories, languages, categories per language, places and keep lines were printed from data191.py) and,
case-insensitively, that no noise line (the 45 lines and the 240 page noise lines) is inside any article line, keep line
or other noise line, that no line repeats and that no line has an at-sign. Before its first run I had already moved the
ad labels out of the menus and links rows (the German menu says "Trauer", not "Traueranzeigen", which holds "Anzeige";
the Italian, Polish and Russian links rows say "Inserzioni", "Dla reklamodawców" and "Рекламодателям" rather than naming
"Pubblicità", "Reklama" or "Реклама"); its first run found none. gen191.py asserts no line of this file is over 120
columns and none has an at-sign, and a round trip (roundtrip.py: the written lists and pages imported and compared with
the scratch data, pages rebuilt with ``page_from_blocks``) gave back the scratch data. (6) The file measured was this
one with the three xfail tables empty and without the Baseline paragraph and notes (6) and (7); it was copied to
/tmp/wt-s191/tests and the brief's one shell call was run once, at 17:32:35 UTC by ``date``. Then
/tmp/s191scratch/problems.py (importing the copy in /tmp/wt-s191/tests with /tmp/wt-s191/src on the path) printed
``_problems`` of every failing case, and the 19 failing cases were entered as strict xfails (tables191.py). After the
measurement only the xfail tables and this docstring (the Baseline paragraph and these notes) changed; gen191.py rewrote
the file from the same data191.py and pages191.py, and roundtrip.py checked that the lists and pages are unchanged. (7)
Clock: started 17:27:59 UTC, measured 17:32:35 UTC, the xfail tables and the Baseline written by about 17:35 UTC, well
inside the brief's 50 minutes (the clock of this machine is what ``date`` printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (walkers' comments on a footpath survey leading to a stile being rebuilt, share prices of a community pub
company, follow-up checks by an archaeologist, subscribers of a heritage trust's newsletter raising money for a clock,
the copyright in old postcards, advertising hoardings taken off a chapel wall, reading room volunteers finding an
invoice, sharing a building site's costs between two communes, subscribers of long standing lending archives, following
a building site from the square, residents' comments getting a clock to strike again, two clubs sharing the care of a
fountain, pupils advertising a heritage day, sharing costs with a parish, following works from a churchyard, emigrants'
comments on a bell tower, residents sharing old photographs of a pump, old residents' comments locating a well,
villagers sharing memories of a stile and a local historian reading the inscriptions on its stones); none of them is
share, subscribe, follow, comment, ad, reading-time or copyright furniture ("Reading" in the English tail keep line
opens "Reading room volunteers"). Categories: the eight embed lines are markers (each stands where an embed of the page
did not come through; the route map, the restricted video, the processing video, the geo-blocked album, the unreachable
Mastodon post, the silent tile server, the expired Mixcloud show and the rate-limited 2GIS map are the embed's failure,
not notices about the article); the stopwatch label and the this-post-takes line are reading times (each gives the
length in minutes); the reporting-by line, the name-and-rank line, the German a-report-by line and the Russian author
line are bylines at the head, and the Etsy, Vinted, Patreon and Allegro lines are bylines (self-promotion) at the foot
(each sells the author's wares or courses); the Ghost, SPIP and Tilda credits, the IPSO line, the Creative Commons line,
the Pressekodex line, the Italian VAT-number line and the Polish publisher-and-KRS line are footers (printed on every
page of a site, not about the article); the load-more link, the comments-closed note, the no-comments-yet prompt, the
show-replies link, the awaiting-approval stub, the N-replies heading, the hidden-comment stub and the sort row are
comment furniture; the English, German and Polish rows are share rows; the French paywall note and the Italian Pro Loco
note are notices in the body (both speak of the article they sit in), and the Russian disclaimer is a notice at the foot
(it speaks of the text's standing; not a footer, since it is printed under opinion pieces only). On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (date-and-weather lines, mastheads with taglines, menus,
breadcrumbs, bylines, reading times, captions and credits, ad labels, sponsored headlines, read-also links, share rows,
newsletter prompts, gallery links, comment counts, comments and replies, links rows, copyright lines, blog names,
posted-on lines, affiliate disclosures and links, tables of contents, subscribe prompts, sign-offs, plugs, comment
headings and platform credits) is noise. The list rows (what was done to the bee boles, the well, the clock, the
pinnacle, the pump and the stile, and what went into the kantele, the mouth organ, the musical saw, the cajón, the birch
bark box and the kvass) are short but part of each article, so article; the newsletter prompts are noise though they sit
between the second and third list rows of the portals; the gallery links are noise though they sit between the two last
paragraphs of the portals; the read-also links are noise though they sit right after the second paragraph; the tables of
contents are noise though they sit right before the first paragraph of the blogs, and the blogs' photo captions are
noise though they sit between the first and second paragraphs; the affiliate links name a tool the author used but are
shop links, so noise though they sit between the first and second rows of the blogs; the subscribe prompts are noise
though they sit right after the quote; the plugs ("I also teach one-day kantele workshops in my shed – book a place on
the Workshops page." and the like) speak in the author's voice but sell, so noise; the sign-offs ("Happy carving, Ailsa"
and the like) close the post in the author's voice but are a signature, so noise; the arrowed replies in the threads are
comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-scraddlethorpe-bee-boles (six bee
boles in a rectory garden wall freed of ivy and rebedded in lime), en-blog-five-strings-and-a-log-kantele (a five-string
kantele carved from one birch log), fr-portail-saint-orbrieux-source-sainte (a holy well, the Sainte-Brigitte spring,
cleared of brambles and silt), fr-blog-souffle-de-gaspard-harmonica (a grandfather's diatonic mouth organ repaired),
de-portal-hummelstedt-stiftsuhr (the clock of an almshouse restarted after forty years),
de-blog-saegenklang-singende-saege (a father's old handsaw played as a musical saw), it-portale-montegralla-pinnacolo (a
bell tower's stone pinnacle, fallen in a November storm, put back), it-blog-cajon-di-ruggero (a cajón built from spare
plywood), pl-portal-kaczydolek-pompa (a 1906 cast-iron village pump restored and giving water again),
pl-blog-korowa-szuflada-pudelko (a birch bark box stitched with pine roots), ru-portal-kamennobrodye-perelaz (a stone
stile in a cemetery wall rebuilt dry) and ru-blog-kvasnaya-feklusha-kvas (bread kvass from rye rusks), each with a
reader comment thread.

Baseline (2026-12-06, cleaner at commit 41548a8d79da78f58ebc41ec337f315fe1352841, measured with ``cd /tmp/wt-s191 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s191/src python -m pytest -q tests/test_clean_held_out_191.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s191 && PYTHONPATH=/tmp/wt-s191/src python
scripts/clean_held_out_report.py --sets 191``, with the xfail tables empty, at 17:32:35 UTC by ``date``): noise lines
removed 34/45 (marker 3/8, reading-time 7/7, byline 6/8, footer 7/8, comments 5/8, share 3/3, notice 3/3; the 11 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: five markers in the body (the English Komoot and Wistia
lines, the French Flickr, German Mastodon and Polish Mixcloud lines), one byline at the head (the English name-and-rank
line with "2 hours ago"), one plug at the foot (the Italian Patreon courses line), one footer at the foot (the German
Pressekodex line) and three comment lines at the foot (the English no-comments-yet prompt, the German awaiting-approval
stub and the Polish hidden-comment stub); the English Loom, Italian OpenStreetMap and Russian 2GIS markers, all seven
reading times, the English reporting-by, German a-report-by and Russian author bylines at the head, the English Etsy,
French Vinted and Polish Allegro plugs at the foot, the Ghost, IPSO, Creative Commons, SPIP, VAT-number, KRS and Tilda
footers, the load-more, comments-closed, show-replies, N-replies and sort-row comment lines, every share row and all
three notices went); keep lines kept 20/20; pages 4/12 clean (the English, German, Italian and Russian portal pages), 11
of 240 page noise lines left and 0 of 120 article lines lost. Left: on the French holy-well portal the slideshow link
"Diaporama : 12 photos du chantier" and on the Polish pump portal the gallery link "Galeria: 9 zdjęć pompy", both
between the two last paragraphs (1 each); on all six blog pages the photo caption between the first and second
paragraphs (1 each), on the German musical-saw blog also the subscribe prompt right after the quote and the affiliate
link between the first and second list rows (3 in all) and on the Polish birch-bark-box blog also the affiliate link
between the first and second list rows (2 in all); the English, French, Italian and Russian blogs keep 1 each. Lost: no
page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on the
final file in /tmp/wt-s191 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 126 (developed on sets 189 and 190 beside this set's writing from the same base, 41548a8, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 0fa647f, the round with
the lead's mend): one line moved. The German musical-saw blog's affiliate link between the first and second list rows
("Mein Bogen: Cellobogen aus Fiberglas bei Amazon*") goes by round 126's reading of a blogger's item with its
marketplace and the paid link's asterisk; the page still keeps its photo caption and subscribe prompt, so its xfail
stays with its reason reworded. The Polish blog's "Mój nożyk: nóż do rzeźbienia w drewnie na Allegro" (no address, no
asterisk) stays. Noise lines 34 of 45, keep 20 of 20, pages clean 4 of 12, page noise lines left 11 -> 10 of 240,
article lines lost 0 of 120.

Round 127 (development; this set was read in full from this round on): The round's readings: (1) the blog's end cluster:
page_blocks._is_writers_offer takes the writer's workshops (_WORKSHOPS: workshops, stages, ateliers, warsztaty,
laboratori, мастер-классы) or a sign-up imperative (_SIGN_UP: записывайтесь, inscrivez-vous ...) with a channel, and
_OFFER_CHANNEL now reads the blog's tab or section (onglet, tab, Reiter, sezione, zakładka, раздел) after "in", "dans",
"on", "im", "nella", "w" as well, an elided "l'onglet", and a marketplace the orders go through (_SHOP_PLATFORM:
"zamówienia przez Allegro"); the sign-off reading (mark_writers_sign_off) was never the miss: the plug under it failed
_is_writers_plug (no marketplace after its preposition, no offer word), so the sign-off was not the last kept line. Set
190's German jelly blog: its thread ("Anke sagt: ...", "↳ Wiebke antwortete: ...") was read by no rule, since
comment_threads._SAYS lacked WordPress's German "sagt" and "antwortete" (now with "dit", "dice", "говорит"), so no tail
was found; with the thread read, the tail, the sign-off, the prompt and the category line go, and the recipe share row
goes by the share table's new object (recipe, recette, Rezept, ricetta, przepis, рецептом). (2) Comment furniture in
whole_line_noise's comment form entries: a why-not-be-the-first question (_FIRST_TO_COMMENT), an awaiting-approval stub
named by "this" with the German "noch", a comment hidden for its negative ratings with a bare show link, comments closed
with a colon and how many hours or days the discussion stays open; a slideshow's label with its count and a genitive
after the count (clean._GALLERY_LINK: "Diaporama : 12 photos du chantier", "Galeria: 9 zdjęć pompy"); a read-also on the
writer's own blog before a colon ("Ещё у меня в блоге: ..."); the Polish "Pintereście" and "E-mailem" in share rows. (3)
Embed placeholders (the "video embed" entry of round 116): _EMBED_NOUN gains the album, the post (Beitrag), the content
(Inhalt, contenu, contenuto), the route and the broadcast (audycja); _EMBED_STATE_ANY gains did not load, still
processing, could not be embedded, not loaded (non caricato, nie została wczytana), signed-in members or the community's
subscribers only; _EMBED_PLACEHOLDER_FORM gains the reader's country; _EMBED_NAMED_ANY reads a Latin-script brand after
a Cyrillic noun's preposition ("Видео с Kinescope"); _EMBED_NEWS_FRAME's "was" spares "was meant to appear here";
_EMBED_THING_SAYING gains explained (пояснил, объяснил, заявил). Near misses kept: "Mixcloud said the show is no longer
available after the licence expired.", "Komoot's maps did not load for two hours on Sunday, the company said.", "The
Komoot route is only for members of the club.". No tail or head start moves earlier: every change takes a line by its
own words or a post-end line under the sign-off, or finds a thread under the last paragraph. Other sets: set 189 (the VK
subscribers-only marker; the French and Polish blogs' reasons reworded: sign-off, plug and share row go) and set 190
(the Padlet and Spotify markers; the French, German and Russian blogs' reasons reworded: sign-off and plug, the jelly
blog's tail, the related-post link go) lose xfail entries. Tests: tests/test_clean.py test_round_127_* (55). All sets
(clean_held_out_report.py, before at 10ca7c8 -> after): noise lines 7479/8311 -> 7508/8311, keep 3687/3687 -> 3687/3687,
pages clean 1259/2182 -> 1261/2182, page noise lines left 1866 -> 1842 of 45360, paragraphs lost 2 -> 2; no set's kept
lines drop and no page's lost paragraphs rise. The embed reading also passes fourteen line xfails of sets 110, 117, 123,
124, 149, 150, 154, 157, 164, 175, 177 and 185 (their entries removed), and set 188's corn-dolly blog loses its sign-off
and courses plug ("nella pagina Corsi"; reason reworded). SemEval: 0 changed files of 3723. Bench (bench_clean.py
against 10ca7c8): ratio 1.07 (3.985 s best vs 3.740 s, run while the test set ran on the other core). Cleaning test set (the gate command, on the final code): 23168 passed, 1754 xfailed, no XPASS, in 906 s (this paragraph was written after the run; nothing else changed). This set before ->
after: noise lines 34/45 -> 42/45 (marker 3/8 -> 8/8, comments 5/8 -> 8/8; reading-time 7/7, byline 6/8, footer 7/8,
share 3/3, notice 3/3 unchanged), keep 20/20 -> 20/20, pages clean 4/12 -> 6/12 (the French holy-well and Polish pump
portals: their slideshow and gallery links go), page noise lines left 10 -> 8 of 240, article lines lost 0 -> 0 of 120;
eight line xfails and two page xfails removed, no reason reworded. Still missed: the three lines of _LINE_XFAIL (the
name-and-rank byline with "2 hours ago", the Patreon courses plug, the Pressekodex footer), every blog's photo caption
(left on purpose), the German blog's subscribe prompt "Neue Beiträge per E-Mail? Hier kannst du meinen Blog abonnieren."
and the Polish blog's shop line "Mój nożyk: nóż do rzeźbienia w drewnie na Allegro" (no address).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_191_LINES: list[tuple[str, str, str]] = [
    ('body',
     'The Komoot route map did not load. Open the tour in the Komoot app to see the path.',
     'marker'),
    ('body',
     'Loom video unavailable: the person who recorded it has restricted who can watch.',
     'marker'),
    ('body',
     'Wistia video: this media is still processing. Check back in a few minutes.',
     'marker'),
    ('body',
     "L'album Flickr intégré n'est pas disponible dans votre pays.",
     'marker'),
    ('body',
     'Der Mastodon-Beitrag konnte nicht eingebettet werden, weil der Server nicht erreichbar ist.',
     'marker'),
    ('body',
     'Mappa di OpenStreetMap non disponibile: il server delle tessere non risponde.',
     'marker'),
    ('body',
     'Audycja z Mixcloud nie jest już dostępna do odsłuchu – licencja na utwory wygasła.',
     'marker'),
    ('body',
     'Карта 2ГИС не загрузилась: превышен лимит запросов к сервису.',
     'marker'),
    ('head',
     '⏱ 6 minutes to read',
     'reading-time'),
    ('head',
     'This post takes about 12 minutes to read (longer if you stop to tune along).',
     'reading-time'),
    ('head',
     'Cet article se lit en 6 minutes',
     'reading-time'),
    ('head',
     'Lesedauer: ca. 6 Min.',
     'reading-time'),
    ('head',
     'Si legge in 6 minuti',
     'reading-time'),
    ('head',
     'Szacowany czas lektury: 6 min',
     'reading-time'),
    ('head',
     'Читать 6 минут',
     'reading-time'),
    ('head',
     'Reporting by Cressida Pellingthorne; additional reporting by Tobias Grindlecott',
     'byline'),
    ('head',
     'Barnaby Quistwell, Chief Reporter · 2 hours ago',
     'byline'),
    ('head',
     'Ein Bericht von Waltraud Kümmelbrecht',
     'byline'),
    ('head',
     'Автор: Евлампия Кочергина-Лыкова, корреспондент',
     'byline'),
    ('tail',
     'My kantele kits (pre-cut soundboard, tuning pins and strings) are on Etsy – UK shipping only.',
     'byline'),
    ('tail',
     "Je vends mes cajóns sur Vinted et j'expédie en Mondial Relay.",
     'byline'),
    ('tail',
     'Organizzo corsi di sega musicale a Bologna: il calendario è sulla mia pagina Patreon.',
     'byline'),
    ('tail',
     'Gotowe pudełka z kory brzozowej sprzedaję na Allegro – link do sklepu jest w zakładce Sklep.',
     'byline'),
    ('tail',
     'Published with Ghost · Hosted by DigitalOcean',
     'footer'),
    ('tail',
     'This newspaper is regulated by IPSO, the Independent Press Standards Organisation.',
     'footer'),
    ('tail',
     'Text licensed under CC BY-NC 4.0 unless stated otherwise · Photos all rights reserved',
     'footer'),
    ('tail',
     'Site propulsé par SPIP · Plan du site · Espace privé',
     'footer'),
    ('tail',
     'Wir unterwerfen uns dem Pressekodex des Deutschen Presserats.',
     'footer'),
    ('tail',
     'P.IVA 03874120165 · Tutti i diritti riservati · Sito realizzato da Studio Frassinelli',
     'footer'),
    ('tail',
     'Wydawca: Fundacja Brzozowy Gościniec · KRS 0000487213',
     'footer'),
    ('tail',
     'Сделано на Tilda · Политика конфиденциальности',
     'footer'),
    ('tail',
     'Load 14 more comments',
     'comments'),
    ('tail',
     'Comments on this article are now closed.',
     'comments'),
    ('tail',
     'There are no comments yet. Why not be the first?',
     'comments'),
    ('tail',
     'Afficher les 8 réponses',
     'comments'),
    ('tail',
     'Dieser Kommentar wartet noch auf Freischaltung.',
     'comments'),
    ('tail',
     '12 risposte a “Come ho costruito il mio cajón”',
     'comments'),
    ('tail',
     'Ten komentarz został ukryty z powodu dużej liczby negatywnych ocen. Pokaż',
     'comments'),
    ('tail',
     'Лучшие комментарии · Новые · Старые',
     'comments'),
    ('tail',
     'Share this story: WhatsApp · Email · Nextdoor',
     'share'),
    ('tail',
     'Artikel teilen: Xing · Threema · E-Mail',
     'share'),
    ('tail',
     'Podziel się: Messenger · Telegram · Skopiuj link',
     'share'),
    ('body',
     'Il vous reste 80 % de cet article à lire. La suite est réservée aux abonnés.',
     'notice'),
    ('body',
     'Contenuto realizzato in collaborazione con la Pro Loco di Valdigrotta.',
     'notice'),
    ('tail',
     'Мнение автора может не совпадать с позицией редакции.',
     'notice'),
]

HELD_OUT_191_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comments from walkers on the parish footpath survey led the council to rebuild the old stone stile.'),
    ('head',
     "Share prices of the village's community pub company have not moved since the brewery sale, the treasurer said."),
    ('head',
     'Follow-up checks by the county archaeologist found no damage to the medieval wall behind the almshouse.'),
    ('body',
     "Subscribers to the heritage trust's newsletter raised £2,300 towards restarting the clock in one weekend."),
    ('body',
     'Copyright in the old postcards of the green still belongs to the family of the photographer, who died in 1962.'),
    ('tail',
     "Advertising hoardings that once covered the chapel's side wall were taken down by volunteers in the spring."),
    ('tail',
     "Reading room volunteers found the pump's 1851 invoice in a box of vestry papers last month."),
    ('head',
     'Partager les frais entre les deux communes a permis de réduire de moitié le coût du chantier.'),
    ('body',
     'Abonnés au journal depuis quarante ans, les époux Rivet ont prêté leurs archives sur la source.'),
    ('tail',
     'Suivre le chantier depuis la place est devenu une habitude pour les anciens du village.'),
    ('head',
     'Kommentare von Anwohnern im Ortsbeirat haben dazu geführt, dass die Uhr wieder jede Stunde schlägt.'),
    ('body',
     'Teilen wollen sich die beiden Vereine künftig auch die Pflege des Brunnens vor dem Stift.'),
    ('tail',
     'Werbung für den Tag des offenen Denkmals machen die Schüler mit selbst gemalten Plakaten.'),
    ('head',
     'Condividere le spese con la parrocchia ha permesso di rifare il pinnacolo in sole tre settimane.'),
    ('body',
     'Seguire i lavori dal sagrato è diventato il passatempo preferito dei pensionati del paese.'),
    ('tail',
     'Commenti entusiasti sono arrivati anche dagli emigrati in Argentina, che ricordano bene il campanile.'),
    ('head',
     'Udostępnienie dawnych zdjęć przez mieszkańców pomogło odtworzyć kształt żeliwnej pompy.'),
    ('tail',
     'Komentarze najstarszych mieszkańców pomogły ustalić, gdzie dokładnie stała dawna studnia.'),
    ('tail',
     'Поделиться воспоминаниями о старом перелазе пришли больше тридцати жителей села.'),
    ('tail',
     'Читать надписи на камнях перелаза помогал местный краевед Фома Ильич.'),
]

HELD_OUT_191_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-scraddlethorpe-bee-boles', [
        [
            '-Saturday 14 March 2026 · Light rain, 9°C',
            '-The Scraddlethorpe Messenger – Your village, your news',
            "-News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            '-Home › News › Scraddlethorpe',
            '+Bee boles in the old rectory garden wall restored by volunteers',
            '-3 min read',
            '-By Ottoline Fairbrasse, Community Reporter',
        ],
        [
            ('+Six bee boles, the stone alcoves where skeps of straw were kept before wooden hives, have been '
             'restored in the garden wall of the old rectory.'),
            '-The restored alcoves in the south-facing wall of the rectory garden.',
            '-Picture: Scraddlethorpe Heritage Group',
        ],
        [
            '-Advertisement',
            '-Sponsored: The garden furniture deal everyone in the county is talking about',
            '+The boles were found under a tangle of ivy last winter when the new owners began clearing the garden.',
            '-Read more: Village green bench fund passes its target',
        ],
        [
            ('+"They were built around 1780 and nobody alive remembered them," said Harriet Quillingstone, who led '
             'the work.'),
            '-Share on Facebook · Share on X · Share by email',
        ],
        [
            '+What the volunteers did',
            '+Ivy roots were cut back and the loose stones of each alcove lifted out.',
            '+The stones were bedded again in a lime mortar mixed to match the old one.',
            "-Get the Messenger's weekly newsletter free in your inbox every Friday",
            '+Two cracked slate shelves were replaced with slate from a nearby barn.',
        ],
        [
            '+A straw skep made by a local basket maker now sits in the middle bole.',
            '-Gallery: 14 photos of the rectory garden restoration',
            '+The garden will be open to visitors on the second Sunday of June.',
        ],
        [
            '-5 comments',
            '-BeeKeeperBob: Lovely to see these saved. Are there more in the village?',
            '-↳ Ottoline Fairbrasse (Messenger): There are two more at Church Farm, Bob.',
            '-↳ Jen W.: My gran kept bees at Church Farm, I will ask her about them.',
        ],
        [
            '-About us · Contact · Advertise · Terms · Privacy',
            '-© 2026 Scraddlethorpe Messenger Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-five-strings-and-a-log-kantele', [
        [
            '-Home · Builds · Tunings · About · Contact',
            '-Five Strings and a Log',
        ],
        [
            '+How I carved a five-string kantele from a single birch log',
            '-Posted on 2 March 2026 by Ailsa',
            '-Reading time: 9 minutes',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
        ],
        [
            '-Table of contents',
            '-1. Hollowing the body',
            '-2. Pins, strings and tuning',
            ('+I had wanted a kantele since hearing one at a folk festival in Tampere, so last autumn I finally made '
             'my own.'),
            '-The birch log split in half, with the outline of the body drawn on.',
            '+The body is hollowed from one piece of birch, which gives it a warm and slightly dry sound.',
        ],
        [
            '+My teacher\'s advice was simple: "Carve until it rings, then stop."',
            '-Enjoying the blog? Subscribe and get every new build straight to your inbox.',
        ],
        [
            '+What I used',
            '+A seasoned birch log about sixty centimetres long.',
            '-The gouge I used: Pfeil Swiss Made 25 mm gouge on Amazon',
            '+Five zither pins and a set of steel kantele strings.',
            '+A thin spruce soundboard glued on with hide glue.',
        ],
        [
            '+The first tuning went flat within an hour, but after a week the strings settled.',
            '+I tuned it to a D minor pentachord and now play it most evenings.',
            '-Share this: Pinterest · Facebook · Reddit',
            '-Happy carving, Ailsa',
        ],
        [
            '-I also teach one-day kantele workshops in my shed – book a place on the Workshops page.',
            '-3 thoughts on “How I carved a five-string kantele from a single birch log”',
            '-Magnus: Beautiful work. How thick is the soundboard?',
            '-↳ Ailsa: About three millimetres, Magnus, planed by hand.',
            '-↳ Ruth O.: Thank you for this, I am starting mine next month.',
        ],
        [
            '-© 2026 Ailsa Tullochbrae. All rights reserved.',
            '-Powered by WordPress · Theme: Twenty Twenty-Three',
        ],
    ]),
    _page('fr', 'fr-portail-saint-orbrieux-source-sainte', [
        [
            '-Samedi 14 mars 2026 · Ciel couvert, 11°C',
            "-L'Écho d'Orbrieux – Le journal du canton",
            '-Actualités | Sports | Agenda | Nécrologie | Petites annonces',
        ],
        [
            '-Accueil › Communes › Saint-Orbrieux',
            '+La source Sainte-Brigitte dégagée par les bénévoles',
            '-Lecture : 3 minutes',
            '-Par Gaëlle Pontchabrol',
        ],
        [
            ("+La source Sainte-Brigitte, où l'on venait autrefois soigner les yeux, a été dégagée des ronces et de "
             'la vase.'),
            '-Le bassin de la source, de nouveau en eau.',
            "-Photo : L'Écho d'Orbrieux",
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : les mutuelles les moins chères de votre département',
            "+Depuis plus de cinquante ans, personne ne l'entretenait et l'eau ne coulait plus jusqu'au lavoir.",
            '-Lire aussi : Le marché de Noël change de place',
        ],
        [
            ('+« Mon grand-père y amenait encore les enfants malades », raconte Maurice Tessoubrac, président de '
             "l'association."),
            '-Partager sur Facebook · Partager sur X · Envoyer par courriel',
        ],
        [
            '+Ce qui a été fait',
            '+Les ronces et les racines de frêne ont été arrachées autour du bassin.',
            '+La vase a été retirée à la main, seau par seau.',
            "-Recevez chaque semaine notre lettre d'information gratuite",
            '+La rigole vers le lavoir a été recreusée sur trente mètres.',
        ],
        [
            '+Une petite statue de la sainte, retrouvée dans une grange, a été remise dans sa niche.',
            '-Diaporama : 12 photos du chantier',
            '+Une bénédiction de la source est prévue le dimanche de Pentecôte.',
        ],
        [
            '-3 commentaires',
            "-Rosine B. : Enfin ! J'y allais avec ma mère quand j'étais petite.",
            '-↳ Maurice T. : Venez à la bénédiction, Rosine, vous serez la bienvenue.',
            '-↳ Jacquot : Merci aux bénévoles, beau travail.',
        ],
        [
            '-Qui sommes-nous · Contact · Annonceurs · Mentions légales',
            "-© 2026 L'Écho d'Orbrieux. Tous droits réservés.",
        ],
    ]),
    _page('fr', 'fr-blog-souffle-de-gaspard-harmonica', [
        [
            '-Accueil · Réparations · Partitions · À propos',
            '-Le Souffle de Gaspard',
        ],
        [
            '+Réparer un vieil harmonica diatonique : ma méthode',
            '-Publié le 2 mars 2026 par Gaspard',
            '-Temps de lecture : 8 min',
            '-Cet article contient des liens affiliés.',
        ],
        [
            '-Sommaire',
            '-1. Démonter le peigne',
            '-2. Régler les lames',
            "+J'ai retrouvé dans le grenier l'harmonica de mon grand-père, un modèle en do des années soixante.",
            "-L'harmonica démonté, les deux plaques posées sur un chiffon.",
            "+Deux lames ne sonnaient plus et le peigne en poirier avait gonflé avec l'humidité.",
        ],
        [
            "+Un vieux réparateur m'a dit : « Une lame, ça se caresse, ça ne se force pas. »",
            '-Pour ne rien manquer, abonnez-vous au blog : un courriel à chaque nouvel article.',
        ],
        [
            '+Le matériel',
            '+Un petit tournevis et une lime fine pour les lames.',
            "-Le kit d'outils que j'utilise : trousse de réparation Seydel sur Amazon",
            '+Une cale en laiton pour relever les lames.',
            '+Du papier de verre très fin pour aplanir le peigne.',
        ],
        [
            '+Après deux soirées de travail, les dix trous sonnent de nouveau juste.',
            "+Je joue maintenant sur l'harmonica de mon grand-père chaque dimanche.",
            "-Partagez l'article : Pinterest · Facebook · WhatsApp",
            '-À bientôt, Gaspard',
        ],
        [
            '-Je répare aussi vos harmonicas : les tarifs sont sur la page Atelier.',
            '-2 réponses à « Réparer un vieil harmonica diatonique »',
            '-Odette : Merci ! Le mien a aussi une lame muette.',
            '-↳ Gaspard : Commencez par la nettoyer, Odette, souvent ça suffit.',
            '-↳ Lucien R. : Très clair, merci pour les photos.',
        ],
        [
            '-© 2026 Gaspard Vireglandin – Tous droits réservés',
            '-Propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-hummelstedt-stiftsuhr', [
        [
            '-Samstag, 14. März 2026 · bewölkt, 8°C',
            '-Hummelstedter Rundschau – Nachrichten aus dem Kirchspiel',
            '-Lokales | Sport | Kultur | Veranstaltungen | Trauer',
        ],
        [
            '-Startseite › Lokales › Hummelstedt',
            '+Die Uhr am Armenstift schlägt wieder',
            '-Lesezeit: 3 Minuten',
            '-Von Sieglinde Rabenhorstel',
        ],
        [
            '+Nach mehr als vierzig Jahren Stillstand läuft die Uhr im Giebel des alten Armenstifts wieder.',
            '-Die Stiftsuhr mit dem neu gestrichenen Zifferblatt.',
            '-Foto: Rundschau/Archiv',
        ],
        [
            '-Anzeige',
            '-Gesponsert: So sparen Hausbesitzer jetzt bei der Heizung',
            '+Ein Uhrmacher im Ruhestand hat das Werk in seinem Keller zerlegt, gereinigt und wieder zusammengesetzt.',
            '-Lesen Sie auch: Neuer Spielplatz am Mühlenteich',
        ],
        [
            '+„Das Werk war besser erhalten, als ich dachte“, sagt Uhrmacher Engelbert Sauerbrinkel.',
            '-Teilen auf Facebook · Teilen auf X · Per E-Mail senden',
        ],
        [
            '+Was gemacht wurde',
            '+Das Werk wurde zerlegt, gereinigt und neu geölt.',
            '+Zwei abgenutzte Zahnräder wurden nach altem Muster nachgefertigt.',
            '-Unser Newsletter: jeden Freitag die Nachrichten aus dem Kirchspiel',
            '+Das Zifferblatt wurde neu gestrichen und die Zeiger vergoldet.',
        ],
        [
            '+Die Bewohnerinnen des Stifts haben die Arbeiten mit Kuchen und Kaffee begleitet.',
            '-Bildergalerie: 10 Fotos von der Uhr',
            '+Am Ostersonntag soll die Uhr zum ersten Mal wieder die volle Stunde schlagen.',
        ],
        [
            '-4 Kommentare',
            '-Heidrun K.: Endlich! Wir haben sie als Kinder immer vermisst.',
            '-↳ Redaktion: Danke, Heidrun, wir geben das an Herrn Sauerbrinkel weiter.',
            '-↳ Gustl: Und wer zieht sie jetzt jede Woche auf?',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Hummelstedter Rundschau Verlag',
        ],
    ]),
    _page('de', 'de-blog-saegenklang-singende-saege', [
        [
            '-Start · Musik · Werkstatt · Über mich',
            '-Sägenklang am Küchentisch',
        ],
        [
            '+Wie ich eine alte Fuchsschwanzsäge zum Singen brachte',
            '-Veröffentlicht am 2. März 2026 von Ulrike',
            '-Lesezeit: 7 Minuten',
            '-Werbung: Dieser Beitrag enthält Affiliate-Links.',
        ],
        [
            '-Inhalt',
            '-1. Die richtige Säge',
            '-2. Der Bogen',
            '+Eine singende Säge wollte ich haben, seit ich eine im Radio gehört habe.',
            '-Die alte Säge meines Vaters auf dem Küchentisch.',
            '+Die Säge meines Vaters lag seit Jahren ungenutzt im Schuppen, also habe ich es damit versucht.',
        ],
        [
            '+Meine Lehrerin sagte: „Nicht drücken, die Säge soll von allein singen.“',
            '-Neue Beiträge per E-Mail? Hier kannst du meinen Blog abonnieren.',
        ],
        [
            '+Was ich gebraucht habe',
            '+Eine lange Säge ohne Rost mit biegsamem Blatt.',
            '-Mein Bogen: Cellobogen aus Fiberglas bei Amazon*',
            '+Einen alten Cellobogen und viel Kolophonium.',
            '+Einen Holzgriff, damit die Hand beim Biegen nicht rutscht.',
        ],
        [
            '+Nach zwei Wochen Übung gelingt mir inzwischen eine ganze Tonleiter.',
            '+Zu Weihnachten habe ich „Stille Nacht“ für die Familie gespielt.',
            '-Teile den Beitrag: Pinterest · Facebook · WhatsApp',
            '-Bis bald, eure Ulrike',
        ],
        [
            '-Ich gebe auch Sägen-Kurse in der Volkshochschule – Termine stehen auf der Seite Kurse.',
            '-2 Kommentare zu „Wie ich eine alte Fuchsschwanzsäge zum Singen brachte“',
            '-Bernd: Toll! Geht das auch mit einer Japansäge?',
            '-↳ Ulrike: Leider nein, Bernd, das Blatt ist zu kurz.',
            '-↳ Moni S.: Ich habe es gleich ausprobiert, es klingt wie ein Gespenst.',
        ],
        [
            '-© 2026 Ulrike Trollwiesner',
            '-Betrieben mit WordPress · Theme: Kadence',
        ],
    ]),
    _page('it', 'it-portale-montegralla-pinnacolo', [
        [
            '-Sabato 14 marzo 2026 · Pioggia, 10°C',
            '-La Voce di Montegralla – Notizie dalla valle',
            '-Cronaca | Sport | Eventi | Necrologi | Annunci',
        ],
        [
            '-Home › Cronaca › Montegralla',
            '+Il pinnacolo del campanile torna al suo posto dopo la tempesta',
            '-Tempo di lettura: 3 minuti',
            '-di Donatella Cravanzotti',
        ],
        [
            ('+Il pinnacolo in pietra del campanile di San Lorenzo, crollato durante la tempesta di novembre, è '
             'stato rimesso al suo posto.'),
            '-Il pinnacolo sollevato dalla gru davanti alla chiesa.',
            '-Foto: La Voce di Montegralla',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: le offerte luce e gas più convenienti del mese',
            '+I pezzi erano caduti sul tetto della canonica senza ferire nessuno.',
            '-Leggi anche: Riapre la biblioteca comunale',
        ],
        [
            '+«Abbiamo ritrovato tutti i pezzi tranne uno», ha detto lo scalpellino Gervasio Tondivaschi.',
            '-Condividi su Facebook · Condividi su X · Invia per email',
        ],
        [
            '+Come si è lavorato',
            '+I frammenti sono stati raccolti e numerati uno per uno.',
            '+Il pezzo mancante è stato scolpito nella stessa pietra arenaria.',
            '-Iscriviti alla nostra newsletter settimanale gratuita',
            '+Il pinnacolo è stato fissato con perni in acciaio inox.',
        ],
        [
            '+La spesa è stata coperta in parte dalla diocesi e in parte da una raccolta in paese.',
            '-Fotogallery: 11 immagini del cantiere',
            '+Domenica il parroco benedirà il campanile restaurato.',
        ],
        [
            '-4 commenti',
            '-Nonna Pina: Che bello rivederlo al suo posto!',
            '-↳ Redazione: Grazie, Pina, lo pensiamo anche noi.',
            '-↳ Tonino: Bravi gli scalpellini, lavoro fatto bene.',
        ],
        [
            '-Chi siamo · Contatti · Inserzioni · Privacy',
            '-© 2026 La Voce di Montegralla. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-cajon-di-ruggero', [
        [
            '-Home · Progetti · Ritmi · Chi sono',
            '-Il Cajón di Ruggero',
        ],
        [
            '+Come ho costruito un cajón con il compensato avanzato',
            '-Pubblicato il 2 marzo 2026 da Ruggero',
            '-Tempo di lettura: 7 minuti',
            '-Questo articolo contiene link di affiliazione.',
        ],
        [
            '-Indice',
            '-1. Il taglio dei pannelli',
            '-2. Le corde del rullante',
            '+Avevo dei pannelli di compensato avanzati dal soppalco e volevo un cajón per suonare con gli amici.',
            "-I pannelli di compensato pronti per l'incollaggio.",
            '+Il cajón è una cassa di legno su cui ci si siede e si suona con le mani.',
        ],
        [
            '+Il mio amico percussionista mi ha detto: «Il suono lo fa la tapa, non la cassa.»',
            '-Non perdere i prossimi progetti: iscriviti alla newsletter del blog.',
        ],
        [
            '+Cosa mi è servito',
            '+Cinque pannelli di betulla da dodici millimetri.',
            '-Le corde che ho usato: set di corde per cajón su Amazon',
            '+Un foglio di compensato sottile per la tapa.',
            '+Colla vinilica, viti e carta vetrata.',
        ],
        [
            '+Il primo suono era sordo, ma allentando due viti della tapa è diventato secco e brillante.',
            '+Ora il cajón accompagna ogni sera le prove del nostro gruppo.',
            '-Condividi: Pinterest · Facebook · WhatsApp',
            '-Alla prossima, Ruggero',
        ],
        [
            '-Costruisco cajón su ordinazione: i prezzi sono nella pagina Laboratorio.',
            '-2 commenti',
            '-Marta: Che spessore ha la tapa?',
            '-↳ Ruggero: Tre millimetri, Marta.',
            "-↳ Beppe: L'ho fatto anch'io, suona benissimo!",
        ],
        [
            '-© 2026 Ruggero Pescalonghi',
            '-Realizzato con WordPress · Tema GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-kaczydolek-pompa', [
        [
            '-Sobota, 14 marca 2026 · Deszcz, 7°C',
            '-Głos Kaczydołka – Wiadomości z gminy',
            '-Wiadomości | Sport | Kultura | Nekrologi | Ogłoszenia',
        ],
        [
            '-Strona główna › Wiadomości › Kaczydołek',
            '+Stara pompa na placu znów daje wodę',
            '-Czas czytania: 3 minuty',
            '-Autorka: Bronisława Kozłowiecka',
        ],
        [
            '+Żeliwna pompa z 1906 roku, która od lat stała na placu bez rączki, została odnowiona i znów daje wodę.',
            '-Odnowiona pompa na placu przed kościołem.',
            '-Fot. Głos Kaczydołka',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Najtańsze kredyty w tym miesiącu',
            '+Prace sfinansowali mieszkańcy i koło gospodyń wiejskich.',
            '-Czytaj także: Nowy chodnik przy szkole',
        ],
        [
            '+„Pamiętam, jak cała wieś tu przychodziła z wiadrami” – mówi sołtys Tadeusz Wierzbiłło.',
            '-Udostępnij na Facebooku · Udostępnij na X · Wyślij e-mailem',
        ],
        [
            '+Co zostało zrobione',
            '+Pompa została rozebrana i oczyszczona z rdzy.',
            '+Kowal z sąsiedniej wsi wykuł nową rączkę.',
            '-Zapisz się do naszego bezpłatnego newslettera',
            '+Studnię pod pompą pogłębiono o dwa metry.',
        ],
        [
            '+Woda została zbadana i nadaje się do podlewania ogródków.',
            '-Galeria: 9 zdjęć pompy',
            '+Uroczyste otwarcie pompy zaplanowano na majówkę.',
        ],
        [
            '-3 komentarze',
            '-Halina: Piękna robota, brawo dla sołtysa!',
            '-↳ Tadeusz W.: Dziękujemy, to zasługa całej wsi.',
            '-↳ Marek W.: A woda zimna jak dawniej?',
        ],
        [
            '-O nas · Kontakt · Dla reklamodawców · Polityka prywatności',
            '-© 2026 Głos Kaczydołka. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-korowa-szuflada-pudelko', [
        [
            '-Start · Rękodzieło · Warsztaty · O mnie',
            '-Korowa Szuflada',
        ],
        [
            '+Jak zrobiłam pudełko z kory brzozowej',
            '-Opublikowano 2 marca 2026 przez Olę',
            '-Czas czytania: 6 minut',
            '-Wpis zawiera linki afiliacyjne.',
        ],
        [
            '-Spis treści',
            '-1. Zbieranie kory',
            '-2. Szycie pudełka',
            '+Korę zebrałam wiosną z brzozy, którą leśniczy i tak miał ściąć.',
            '-Zwoje kory brzozowej suszące się na werandzie.',
            '+Wiosną kora łatwo odchodzi od pnia i jest miękka jak skóra.',
        ],
        [
            '+Babcia zawsze mówiła: „Kora sama powie, jak chce się zgiąć.”',
            '-Chcesz więcej takich wpisów? Zapisz się na mój newsletter.',
        ],
        [
            '+Czego użyłam',
            '+Dwóch pasów kory brzozowej.',
            '-Mój nożyk: nóż do rzeźbienia w drewnie na Allegro',
            '+Korzeni sosny do zszywania.',
            '+Krążka z lipy na dno i wieczko.',
        ],
        [
            '+Pudełko schło tydzień pod obciążeniem i dopiero potem wszyłam dno.',
            '+Teraz trzymam w nim herbatę i pachnie lasem.',
            '-Udostępnij: Pinterest · Facebook · WhatsApp',
            '-Do zobaczenia, Ola',
        ],
        [
            '-Prowadzę też warsztaty plecionkarskie – terminy znajdziesz w zakładce Warsztaty.',
            '-2 komentarze',
            '-Kasia: Cudne! Skąd wziąć korzenie sosny?',
            '-↳ Ola: Z wykrotów w lesie, Kasiu.',
            '-↳ Stasiek: Moja babcia robiła takie same.',
        ],
        [
            '-© 2026 Ola Brzostowiak',
            '-Strona na WordPressie · Motyw Astra',
        ],
    ]),
    _page('ru', 'ru-portal-kamennobrodye-perelaz', [
        [
            '-Суббота, 14 марта 2026 · Облачно, +4°C',
            '-Каменнобродские известия – Новости района',
            '-Новости | Спорт | Культура | Объявления | Некрологи',
        ],
        [
            '-Главная › Новости › Каменнобродье',
            '+Каменный перелаз у старого кладбища восстановили',
            '-Время чтения: 3 минуты',
            '-Ефросинья Лапотнищева',
        ],
        [
            '+Старый каменный перелаз через ограду кладбища, развалившийся прошлой осенью, снова стоит на месте.',
            '-Восстановленный перелаз у кладбищенской ограды.',
            '-Фото: «Каменнобродские известия»',
        ],
        [
            '-Реклама',
            '-Партнёрский материал: как выбрать теплицу на весну',
            '+Камни собрали по всему склону и сложили заново без раствора, как было раньше.',
            '-Читайте также: В школе открыли новый спортзал',
        ],
        [
            '+«Мой дед через этот перелаз ходил на покос», — рассказал староста Аким Сухобрюхов.',
            '-Поделиться: ВКонтакте · Одноклассники · Скопировать ссылку',
        ],
        [
            '+Что сделали',
            '+Разобрали остатки старого перелаза и пронумеровали камни.',
            '+Подвезли три недостающих камня из заброшенной каменоломни.',
            '-Подпишитесь на нашу бесплатную рассылку',
            '+Сложили ступени заново на дубовой подушке.',
        ],
        [
            '+Работы заняли две недели и обошлись селу в двенадцать тысяч рублей.',
            '-Фотогалерея: 8 снимков',
            '+Теперь по перелазу снова можно пройти к старым могилам.',
        ],
        [
            '-3 комментария',
            '-Старожил: Молодцы, давно пора было!',
            '-↳ Редакция: Спасибо, передадим старосте.',
            '-↳ Нина П.: А кто платил за камни?',
        ],
        [
            '-О нас · Контакты · Рекламодателям · Политика конфиденциальности',
            '-© 2026 «Каменнобродские известия». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-kvasnaya-feklusha-kvas', [
        [
            '-Главная · Рецепты · Заготовки · Обо мне',
            '-Квасная Феклуши',
        ],
        [
            '+Как я варю хлебный квас на ржаных сухарях',
            '-Опубликовано 2 марта 2026 автором Фёкла',
            '-Время чтения: 5 минут',
            '-В записи есть партнёрские ссылки.',
        ],
        [
            '-Содержание',
            '-1. Сухари и закваска',
            '-2. Брожение',
            '+Хлебный квас меня научила делать бабушка, и с тех пор магазинный я не покупаю.',
            '-Ржаные сухари в трёхлитровой банке.',
            '+Главное в квасе — хорошо подсушенные ржаные сухари из бородинского хлеба.',
        ],
        [
            '+Бабушка говорила: «Квас спешки не любит».',
            '-Не пропустите новые рецепты: подпишитесь на рассылку блога.',
        ],
        [
            '+Что понадобится',
            '+Полкило ржаных сухарей.',
            '-Банка, которой я пользуюсь: стеклянная банка с краном на Ozon',
            '+Сто граммов сахара и горсть изюма.',
            '+Немного сухих дрожжей или старой закваски.',
        ],
        [
            '+Через два дня квас становится пенным и кисловатым.',
            '+Летом я делаю его каждую неделю, и банка пустеет за день.',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-До встречи, ваша Фёкла',
        ],
        [
            '-Закваску для кваса можно заказать у меня — пишите через форму на странице «Магазин».',
            '-Комментарии (2)',
            '-Люба: Сколько держать в тепле?',
            '-↳ Фёкла: Двое суток, Люба.',
            '-↳ Михалыч: Сделал, вышло отлично!',
        ],
        [
            '-© 2026 Фёкла Квасоварова',
            '-Работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Barnaby Quistwell, Chief Reporter · 2 hours ago':
        ("an English name-and-rank byline with a relative time ('Barnaby Quistwell, Chief Reporter · 2 hours ago') "
         'is left at the head'),
    'Wir unterwerfen uns dem Pressekodex des Deutschen Presserats.':
        ("a German press-code footer ('Wir unterwerfen uns dem Pressekodex des Deutschen Presserats.') is left at "
         'the foot'),
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-five-strings-and-a-log-kantele':
        ("the kantele blog's post keeps the photo caption ('The birch log split in half, with the outline of the "
         "body drawn on.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost"),
    'fr-blog-souffle-de-gaspard-harmonica':
        ("the mouth-organ blog's post keeps the photo caption ('L'harmonica démonté, les deux plaques posées sur un "
         "chiffon.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost"),
    'de-blog-saegenklang-singende-saege':
        ("the musical-saw blog's post keeps the photo caption ('Die alte Säge meines Vaters auf dem Küchentisch.') "
         "between the first and second paragraphs and the subscribe prompt ('Neue Beiträge per E-Mail? Hier kannst "
         "du meinen Blog abonnieren.') right after the quote (2 of 20 noise lines); no article line is lost"),
    'it-blog-cajon-di-ruggero':
        ("the cajón blog's post keeps the photo caption ('I pannelli di compensato pronti per l'incollaggio.') "
         'between the first and second paragraphs (1 of 20 noise lines); no article line is lost'),
    'pl-blog-korowa-szuflada-pudelko':
        ("the birch-bark-box blog's post keeps the photo caption ('Zwoje kory brzozowej suszące się na werandzie.') "
         "between the first and second paragraphs and the affiliate link ('Mój nożyk: nóż do rzeźbienia w drewnie na "
         "Allegro') between the first and second list rows (2 of 20 noise lines); no article line is lost"),
    'ru-blog-kvasnaya-feklusha-kvas':
        ("the kvass blog's post keeps the photo caption ('Ржаные сухари в трёхлитровой банке.') between the first "
         'and second paragraphs (1 of 20 noise lines); no article line is lost'),
}


test_held_out_191_line, test_held_out_191_line_is_kept, test_held_out_191_page = held_out_tests(
    HELD_OUT_191_LINES, HELD_OUT_191_KEEP, HELD_OUT_191_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
