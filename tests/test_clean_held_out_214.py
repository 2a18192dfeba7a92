"""Held-out set 214: written blind, weighted toward the noise the cleaner exists for, in shapes set 212's docstring does
not name (nor the first paragraphs of sets 209, 210 and 211): scraper, embed and ad markers, all in the body (an English
Loom video whose owner moved it to a private workspace "This Loom video can't be played because its owner moved it to a
private workspace.", an English bracketed Google Calendar placeholder of a calendar that was never made public "[Google
Calendar embed – this calendar has not been made public]", an English SoundCloud track removed after the uploader's
account was closed "The SoundCloud track embedded here was removed because the uploader's account was closed.", a French
Calaméo document that is no longer shared publicly "Le document Calaméo intégré ne peut pas s'afficher : il n'est plus
partagé publiquement.", a German ARD Audiothek item gone after its retention period (Verweildauer) "Der eingebettete
Beitrag der ARD Audiothek ist nach Ablauf der Verweildauer nicht mehr verfügbar.", an Italian RaiPlay video whose
publication rights have expired "Il video di RaiPlay incorporato non è più disponibile: i diritti di pubblicazione sono
scaduti.", a Polish Spotify player that did not load behind an ad blocker "Odtwarzacz Spotify nie załadował się – wyłącz
blokowanie reklam i odśwież stronę." and a Russian Rutube player that did not load, asking the reader to reload or try
later "Плеер Rutube не загрузился: обновите страницу или попробуйте позже."); reading-time headers in new wordings, all
at the head (the English read-and-listen label "Read time: 5 min · Listen: 7 min", a blog's heads-up-it's-a-long-one
line that suggests a bookmark "Heads up: it's a long one (roughly 15 minutes), so bookmark it if you need to come back
to it", the French this-article-reads-in line "Cet article se lit en 5 minutes", the German abbreviated reading-time
label with "ca." "Lesezeit ca. 5 Min.", the Italian it-reads-in line "Si legge in 5 minuti", the Polish
you-will-read-it-in line "Przeczytasz w 5 minut" and the Russian minutes-for-reading label "5 минут на чтение"); bylines
and self-promotion (an English words-and-pictures credit "Words: Cressida Quillerby · Pictures: Elkan Pudsworth", an
English blog's guest-post thank-you line "Guest post from a fellow printer – thank you, Marnie!", a German
text-and-photos byline with the roles in brackets "Von Hiltrud Stempelmayr (Text) und Jost Feilhuber (Fotos)" and a
Polish compiled-by byline "Oprac. Wieńczysława Zegarczyk", all at the head, and at the foot an English Folksy tea-towels
plug with free UK postage "I sell the printed tea towels on Folksy – UK postage is free on orders over £30.", a French
Un Grand Marché printed-tea-towels plug with Mondial Relay delivery "Mes torchons imprimés à la main sont en vente sur
Un Grand Marché, livraison en Mondial Relay.", an Italian print-to-order plug that asks for a message on Instagram
"Stampo anche su commissione: scrivimi su Instagram e ti preparo un preventivo." and a Russian Ярмарка Мастеров
fabric-stamps plug with Russian Post delivery "Мои штампы для ткани можно заказать на Ярмарке Мастеров, доставка Почтой
России."); blog and site footers, all at the foot (an English Hugo and Netlify credit with the RSS feed "Built with Hugo
· Deployed on Netlify · RSS feed", an English GeneratePress theme and SiteGround hosting credit with the cookie settings
"Theme: GeneratePress · Hosting by SiteGround · Cookie settings", an English IMPRESS regulation line with the standards
code and a complaints link "Regulated by IMPRESS · Standards code · Make a complaint", a French Drupal and Scaleway
credit with the legal notices "Site édité avec Drupal · Hébergé par Scaleway · Mentions légales", a German Jimdo credit
with the imprint, the privacy page and the cookie settings "Erstellt mit Jimdo · Impressum · Datenschutz ·
Cookie-Einstellungen", the Italian Blogger footer with its Simple theme "Tema Semplice. Tecnologia di Blogger.", a
Polish WebWave and nazwa.pl credit with the terms "Strona stworzona w WebWave · Hosting: nazwa.pl · Regulamin" and a
Russian 1C-Bitrix credit with the site map and the feedback link "Работает на 1С-Битрикс · Карта сайта · Обратная
связь"); reader-comment furniture, all at the foot (an English hide-replies toggle "Hide 3 replies ▲", an English rule
on how old an account must be to comment "Commenting is only open to accounts that are more than 24 hours old.", an
English Coral comments-widget line with the community guidelines "Comments are powered by Coral · Community guidelines",
a French subscribers-only commenting line with its subscribe link "Seuls les abonnés peuvent commenter cet article. Je
m'abonne", a German note that the editors shortened a comment "Dieser Kommentar wurde von der Redaktion gekürzt.", an
Italian note that a comment was hidden after too many reports "Questo commento è stato nascosto perché ha ricevuto
troppe segnalazioni.", a Polish collapse-thread row with its count of replies "Zwiń wątek · 6 odpowiedzi" and a Russian
newest-first and subscribe-to-the-discussion row "Новые комментарии сверху · Подписаться на обсуждение"); share rows,
all at the foot (a French send-to-someone-close row with SMS "Envoyer à un proche : WhatsApp · SMS · Copier le lien", a
German share-by-Signal row "Artikel teilen per Signal · WhatsApp · Link kopieren" and a Polish share-with-others row
with Pinterest "Podziel się z innymi: Facebook · Pinterest · E-mail"); and notices (an English amended note correcting
the museum's name "This article was amended on 4 December 2026 to correct the name of the museum." and an Italian
made-in-collaboration-with-the-council note "Articolo realizzato in collaborazione con il Comune.", both in the body,
and a Russian updated-with-the-museum-director's-comment note "Статья обновлена 5 декабря: добавлен комментарий
директора музея." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 212's docstring does
not describe (on the six portal pages, in ten blocks, the masthead with its tagline and the section menu in a block of
two at the very top, the masthead first; the title in the middle of a block of three, between a breadcrumb above it and
the reading time under it; the byline and the date line with the published and updated times alone in a block of two;
the first and second paragraphs at the two ends of a block of three with an advertisement label and its
story-continues-below note (one line) between them; the lead photo's caption and its credit (a line of its own) above
the paragraph with the quote, in its block (a block of three, the paragraph last); the subheading and the three rows
with a read-also link between the second and third rows, inside the list block (a block of five); the two last
paragraphs at the two ends of a block of three with a newsletter prompt between them; a tags line and a share row alone
in a block of two; a thread of five lines alone in a block (a comment count, three readers' comments and the paper's
arrowed reply to the third); and at the foot a links row and the publisher's copyright line in a block of two; on the
six blog pages, in nine blocks, a skip-to-content link, the blog name with its tagline and the menu in a block of three
at the very top, the skip link first; the title at the top of a block of two with the posted-on-by line (with the
comment count) under it; the reading time and the opening photo's caption above the first paragraph, in its block (a
block of three, the paragraph last); the second paragraph and the paragraph with the quote at the two ends of a block of
three with an affiliate shop link between them; the subheading and the three rows with a photo caption after the third
row, closing the list block (a block of five, the caption last); the two last paragraphs at the two ends of a block of
three with a share row (Pinterest and the like) between them; the author's sign-off, a filed-under line and a plug for
the author's workshops or classes alone in a block of three; a thread of six lines alone in a block (a comments heading
with its count, not quoting the post's title, a comment, the author's arrowed reply, a second and a third comment and
the author's arrowed reply to the third); and at the foot a subscribe prompt and the author's copyright line with the
theme and platform credit in one line, in a block of two), taken from local news of an antique watch and clock fair in a
town hall (some forty dealers and watchmakers, repairs while you wait, twelve regulators on loan from the town's museum,
the opening hours) in six invented towns, and from six hobby blogs on block printing tea towels at home (carving the
wooden block, the water-based ink, the printing, ironing to fix the ink and washing).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 212 but what is named here), held-out set 213 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 212 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 209, 210 and 211, printed with one ast script (/tmp/s214scratch/read.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s214scratch/insp.py, with
/tmp/wt-s214/src and /tmp/wt-s214/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s214 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 212's as printed, with 212
-> 214; /tmp/s214scratch/gen214.py writes this file from scratch files (data214.py with the noise and keep lines,
pages214.py with the pages, desc214.py and doc_layout.txt from which it builds the first paragraph around the lines
themselves, doc_rest.txt and doc_baseline.txt with the rest of the docstring, and, after the measurement, tables214.py
with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s214, detached at commit e7177a6f9d70d57bcd8072b6619d437a8dd91a2a, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 10:42:52 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 10:42:54 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed e7177a6f9d70d57bcd8072b6619d437a8dd91a2a (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in both printed it), and
/work/main was not touched afterwards. (2) read.py first printed to the terminal, which the tool cut in the middle (it
showed the start, up to inside set 210's first paragraph, and the end, from inside set 212's Slips and notes paragraph
on, all allowed parts); the second run went to /tmp/s214scratch/allowed.txt, of which I paged lines 125 to 365 with
``sed`` in two pieces; nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed.
(4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no
embed service used for a held-out marker is named there for a marker (Loom, Google Calendar, SoundCloud, Calaméo, ARD
Audiothek, RaiPlay, Spotify in Polish with an ad blocker, Rutube), and the failures are of kinds not named there (a
private workspace, a calendar not made public, a closed uploader account, a document no longer shared, an expired
retention period, expired publication rights, an ad blocker, a player that did not load); the reading times avoid the
phrasings named there (this one is a read-and-listen label, a heads-up line, "se lit en", "Lesezeit ca.", "Si legge in",
"Przeczytasz w", "минут на чтение"); the bylines are of new shapes (words and pictures, a guest-post thank-you, a German
text-and-photos line with the roles in brackets, the Polish "Oprac.") and the plugs name marketplaces or carriers not
named there (Folksy, Un Grand Marché with Mondial Relay, commissions by Instagram, Ярмарка Мастеров with Russian Post);
the footers use builders, hosts and legal lines not named there (Hugo with Netlify, GeneratePress with SiteGround,
IMPRESS, Drupal with Scaleway, Jimdo, Blogger's Simple theme, WebWave with nazwa.pl, 1C-Bitrix); the comment lines (a
hide-replies toggle, an account-age rule, a Coral widget line, subscribers-only commenting, a comment shortened by the
editors, a comment hidden after reports, a collapse-thread row, a newest-first and subscribe row), share rows (envoyer à
un proche, teilen per Signal, podziel się z innymi) and notices (an amended note, a made-in-collaboration note, an
updated-with-a-comment note) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and
the like) is of the ordinary kinds the brief lists; the layouts differ from those of sets 209 to 212 (see the first
paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files)
before use. No hits: Quorlesby, Pudsworth, Crowdenby, Quillerby, Mainsprigg, "Inkblock Pantry", Horlongeac, Rouagier,
"Tampons de Bérangère", Unruhfelden, Stempelmayr, Feilhuber, Zapfenhuber, "Ottilies Druckstube", Castelpendolo,
Scappamentini, "Timbri di Vittorina", Zegarzyn, Zegarczyk, Wychwytko, "Drukarenka Bronki", Маятниковск, Анкерович and
"Набойка Василисы". Dropped for hits: Thornlowe (inside code names), "Pressed Thistle" (a colour name and a text),
Zeigerau (inside German words), Sägemeister (a real trade and an epitaph), Klingenbeil (a real firm and a name in test
data), Lancettano (inside code names), Wahadłowo (a Polish word), Thistlecombe (in several name lists), Spindlewick (in
several name lists), Unruhmann (in a text), Шестерёнкин (a chat bot's name) and Хронометров (a Russian word form) -- the
replacements are the checked names above. Bloggers are given by first name only (Rosamund, Bérangère, Ottilie,
Vittorina, Bronka, Василиса; Marnie in the guest-post line), commenters as first names with an initial or a place, or as
handles, and were not checked; "Quorlesby Courier", "L'Écho d'Horlongeac", "Unruhfeldener Tagblatt", "La Gazzetta di
Castelpendolo", "Kurier Zegarzyński" and "Маятниковский вестник", and the museums, are formed from checked names. Real
services, platforms, shops, carriers and cities (Amazon, Allegro, Ozon, Kadence, Astra, WordPress, Leeds, Kassel, Lecco,
Gdynia, Tver and the like) are named as real pages do. (6) A script (/tmp/s214scratch/check.py) checked
case-insensitively that no noise line (held-out or page) sits inside an article line, a keep line or another noise line,
that no line repeats and that no line holds an at-sign, and that each page has 10 article and 20 noise lines; its first
run found nothing. gen214.py checks that no line of the file is over 120 columns and that it holds no at-sign; the
counts by category, language and place were checked with a small script, and the lists and pages of the written file
were imported back and found equal to the scratch data (verify.py). (7) The measurement was run once, as the brief gives
it, in one shell call at 10:48:50 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline
paragraph and these notes (7) and (8); pytest printed 14 failed, 63 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s214scratch, importing the copy in /tmp/wt-s214/tests with /tmp/wt-s214/src on the
path) then printed ``_problems`` of each failing case: the seven lines and the seven pages of the tables; every problem
is a kept noise line ("kept boilerplate"); no article line of a page is lost, no keep line is lost and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed.
The tables were written from that output (make_tables.py writes tables214.py, which gen214.py puts into this file); the
first print of make_tables.py quoted the French portal's share row as the thread's comment count and left out the
paper's reply (a slice one line too early in my script), which I saw and fixed before the tables went into this file.
verify.py checked that every key of the tables is a line or page of the set, and a small script that each page's reason
quotes exactly as many of its noise lines as the report counts left; the final file was checked again with the pytest
command in /tmp/wt-s214 (see the Baseline paragraph). (8) Clock: ``date`` printed 10:42:52 at the start, 10:48:50 at the
measurement and 10:50 when the tables and the Baseline paragraph were written; the commit followed within minutes, well
inside the brief's 50 minutes. (9) A slip: right after the first commit on set214 my commit command ended with ``git -C
/tmp/wt-set214 log -1`` (meant to show my own commit's message), output sent to /dev/null, so nothing was shown; the
brief forbids ``git log``, and this note was added by amending that commit (nothing else changed). A check with awk had
counted some lines of this file as over 120 columns; it counts bytes, and a count of characters in python found the
longest line to be 120.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments from traders ...", "Sharing the cost of the new bus shelter ...", "Followers of the town's brass band ...",
"Subscribers to the garden waste service ...", "Copyright on the old town guide ...", "Advertising hoardings on the ring
road ...", "Reading the report aloud ...", "Partagé entre deux communes ...", "Les commentaires du maire ...",
"Publicité mensongère ...", "Kommentiert wurde der Beschluss ...", "Teilen wollen sich die beiden Vereine ...", "Die
Zahl der Abonnenten ...", "Seguire i lavori del cantiere ...", "Condividere gli spazi della biblioteca ...", "Pubblicità
sui tram ...", "Komentarze mieszkańców ...", "Udostępnienie sali gimnastycznej ...", "Подписку на городскую газету ..."
and "Комментируя решение совета ..."): each is a full sentence with a subject, a verb and a fact of a local story, so
article ("Reading" there is reading a report aloud, not a reading time; "Followers" are a brass band's supporters, not a
follow prompt; "Sharing the cost" and "Teilen wollen sich" open like share rows but report a decision; "Publicité
mensongère" and "Pubblicità sui tram" open like ad labels but are a court case and a council vote; "Seguire i lavori"
opens like a follow prompt but is the mayor's plan; "Подписку ... оплатит" opens like a subscribe prompt but reports who
pays). Borderline categories: the plugs (Folksy, Un Grand Marché, the Italian commissions line, Ярмарка Мастеров) are
bylines and self-promotion, at the foot, since they sell the author's wares or work in the author's voice; the
guest-post thank-you line is a byline at the head (it names who wrote the post); the IMPRESS line is a footer (it speaks
of the publisher, not of the article); the Coral widget line, the account-age rule and the subscribers-only commenting
line are comment furniture (they sit with the reader comments), though the last also advertises a subscription; the
English amended note and the Italian collaboration note are notices in the body, and the Russian updated note a notice
at the foot (all three speak of the article they sit in). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads with taglines, skip links, menus, breadcrumbs, bylines, date lines, reading times, ad labels
with their continue-below notes, captions, photo credits, read-also links, newsletter prompts, tags lines, share rows,
comment counts and headings, comments and replies, links rows, copyright lines, blog names, posted-on lines, affiliate
shop links, sign-offs, filed-under lines, plugs, subscribe prompts and copyright-and-credit lines) is noise. The list
rows (repairs while you wait, the museum's regulators and the opening hours on the portals; the block and brayer, the
ink and the tea towels on the blogs) are short but part of each article, so article; the list headings ("What to expect
on Sunday", "What you'll need" and the like) are the articles' subheadings, so article; the portals' ad labels are noise
though they sit between the first two paragraphs; the portals' read-also links are noise though they sit between the
second and third list rows; the portals' newsletter prompts are noise though they sit between the two last paragraphs;
the blogs' opening photo captions are noise though they share the first paragraph's block; the blogs' affiliate shop
links are noise though they sit between the second paragraph and the paragraph with the quote; the blogs' photo captions
after the third list row are noise though they close the list block; the blogs' share rows are noise though they sit
between the two last paragraphs; the sign-offs ("Happy printing! Rosamund x" and the like) are noise; the arrowed
replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, German and Polish and notice in English, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Polish one), body 10 (the eight markers and two
notices: English and Italian), tail 24 (four plugs: an English, a French, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-quorlesby-watch-and-clock-fair (more
than forty dealers and watchmakers at the first antique watch and clock fair in Quorlesby Town Hall in over a decade: a
repair bench, twelve regulators on loan from the town's museum, 10am to 4pm),
en-blog-the-inkblock-pantry-printed-tea-towels (block printing tea towels at the kitchen table: carving a lime-wood
block, water-based ink, ironing to fix it, washing at forty degrees), fr-portail-horlongeac-salon-horlogerie (the same
fair in the mairie of Horlongeac), fr-blog-les-tampons-de-berangere-torchons-imprimes (the same tea towels in French),
de-portal-unruhfelden-uhrenmesse (an antique clock fair in the Rathaus of Unruhfelden),
de-blog-ottilies-druckstube-geschirrtuecher (printing Geschirrtücher with a wooden stamp),
it-portale-castelpendolo-mostra-orologi (a clock fair in the municipio of Castelpendolo),
it-blog-i-timbri-di-vittorina-canovacci (printing canovacci with a wooden block), pl-portal-zegarzyn-targi-zegarow (a
clock fair in the ratusz of Zegarzyn), pl-blog-drukarenka-bronki-sciereczki (printing ściereczki with a wooden block),
ru-portal-mayatnikovsk-yarmarka-chasov (a clock fair in the ratusha of Маятниковск), ru-blog-naboika-vasilisy-polotentsa
(набойка: printing kitchen towels with a wooden board), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit e7177a6f9d70d57bcd8072b6619d437a8dd91a2a, measured with ``cd /tmp/wt-s214 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s214/src python -m pytest -q tests/test_clean_held_out_214.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s214 && PYTHONPATH=/tmp/wt-s214/src python
scripts/clean_held_out_report.py --sets 214``, with the xfail tables empty, at 10:48:50 UTC by ``date``): noise lines
removed 38/45 (marker 6/8, reading-time 6/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 3/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English Google Calendar
placeholder and the English SoundCloud line), one reading time at the head (the English blog's heads-up line), three
bylines at the head (the English words-and-pictures credit, the English guest-post thank-you line and the German
text-and-photos byline) and one comment line at the foot (the English account-age rule); the English Loom marker and the
French Calaméo, German ARD Audiothek, Italian RaiPlay, Polish Spotify and Russian Rutube markers, the other six reading
times, the Polish compiled-by byline, all four plugs, all eight footers, the other seven comment lines, every share row
and all three notices went); keep lines kept 20/20; pages 5/12 clean, 33 of 240 page noise lines left and 0 of 120
article lines lost. Clean: the English, German, Italian, Polish and Russian portal pages. Left: on the French portal
page its whole reader thread (the comment count, the three readers' comments and the paper's arrowed reply: 5); on each
of the six blog pages the opening photo caption above the first paragraph, the photo caption closing the list block, and
the sign-off and the workshop or class plug in the block of three after the two last paragraphs (4 each), and besides
these the share row between the two last paragraphs on the French and German blogs and the filed-under line on the
German and Polish blogs (English, Italian and Russian blogs 4, French 5, German 6, Polish 5). No page and no keep line
loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s214 gave 63 passed, 14 xfailed, no XPASS.

Measured after round 136 (2026-12-07, lead; the writers of this set and of set 213 worked beside round 136 from the same
base, e7177a6; round 136 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets $(seq 10 214)`` and the set's pytest file): nothing moved. noise lines removed
38/45, keep lines kept 20/20, pages 5/12 clean, 33 of 240 page noise lines left, 0 of 120 article lines lost; every
xfail still fails as its reason says. Round 136 (set 210's blog titles under a blog name named by the copyright line, a
most-read box between two paragraphs, a blog menu over its name, jump links with an arrow, embed, footer and byline
wordings) read none of this set's wordings or layouts.

Round 138 (development; this set was read in full from this round on): developed on sets 213 and 214 from 61c463e.
Fixed, each rule general in six languages with near misses in tests/test_clean.py (test_round_138_*): (1) blog pages:
set 214's post-end block of three after the two last paragraphs, the sign-off, a filed-under line and the plug for the
writer's workshops ("Happy printing! Rosamund x" / "Filed under: ..." / "Want to learn in person? My Saturday block
printing workshops have places in January.", "Viel Spaß beim Drucken! Eure Ottilie" / "Kategorie: Stoffdruck,
Küchentextilien, Anleitungen" / "Lust auf einen Kurs? ...", "Udanego drukowania! Bronka" / "Kategorie: ..." / "Chcesz
nauczyć się na żywo? Na sobotnie warsztaty w styczniu są jeszcze miejsca."): round 135's reading stayed because the
filed-under line stood between the sign-off and the plug (page_blocks.mark_writers_sign_off only let a newsletter prompt
stand there) and because the Polish and Russian plugs have no first person; the filed-under line the rules took ("tags",
_BETWEEN_SIGN_OFF_AND_PLUG) or a category row left kept (_CATEGORY_ROW, taken as "tags" only between a sign-off naming
the writer and a plug) may now stand between them, and workshops with places left (_PLACES_LEFT: "są jeszcze miejsca",
"ещё есть места", "have places", "sind noch Plätze frei", ...) are the writer's offer with no first person, still only
under such a sign-off; set 214's French and German share rows between the two last paragraphs ("Ça vous plaît ?
Épinglez-le sur Pinterest · Facebook · E-mail", "Gefällt dir das? Merk es dir auf Pinterest · Facebook · E-Mail"):
whole_line_noise._SHARE_BAR reads a liking question (_LIKED_IT) over a pin prompt naming its network (_PIN_ON) and two
buttons or more; set 213's affiliate shop link between the subheading and the first row ("Shop my favourite florist's
wire on Amazon (affiliate link)", the Polish and Russian alike): the rules took it, but
page_blocks._give_back_first_list_row gave it back as the list's first row; a row carrying an affiliate mark in brackets
at its end (clean._BRACKETED_AFFILIATE) is no longer given back. (2) Lines: the embed reading's state gains a calendar
never made public (_EMBED_STATE_EVENT) and the news frame's "was" spares the placeholder's own cause, a track removed
because the uploader's account was closed; the reading time reads "Ce sujet se lit en" and the long-one warning with its
minutes in brackets and the advice to bookmark it; bylines: "Pictures" among the credit line's roles
(clean._CREDIT_PIECE, the words-and-pictures lines with "|" and "·"), the Polish "Relacja:" with its colon, the writers
each named with a role in brackets ("Von ... (Text) und ... (Fotos)", _ROLE_IN_BRACKETS), a guest post's thank-you
closing on the writer's name; the German Shopify-shop plug (clean._MY_PLATFORM_PAGE reads "in meinem Shopify-Laden",
German and Polish only, _SALE_CUE "bekommt ihr" and "Versand mit"; the first form of the branch also read the English
"in my Etsy shop" and took round 117's letter's close over such a plug, which the full test run caught, so it was
narrowed); the IMPRESS line of "this publisher"; comment rules: commenting open only to accounts older than so many
hours or days, and the Russian subscribers-only "Оставить комментарий могут только подписчики."; the Russian
special-project note with "Материал" and no determiner before "опубликован в рамках" (clean._PAGE_OPENING). (3)
Narrowed: the updated-article note of round 135 keeps a sentence whose clause after the colon closes on a speaker and a
verb of stating (clean._SAYING_CLAUSE gains "stated", "announced", "déclaré", "dichiarato", "oświadczył", "stwierdził",
"сообщил", "заявил" and their forms), so the lead's probe "Статья была обновлена 14 июня: добавлен пункт о штрафах,
сообщил депутат." and its five neighbours stay; round 135's notes and set 214's Russian note still go. No held-out line
moved with it: the report's only changes across sets 10-214 are the gains named below, each from the new wordings, and
no held-out noise line newly failed in the full test run. Other sets' xfails removed (XPASS): lines of sets 87, 101, 102
and 143 (English words-and-pictures credits with "·"), 95 (an English words-and-pictures credit with "|" and a French
"Par ... (texte) et ... (photos)" byline) and 170 (the Russian "Оставить комментарий могут только зарегистрированные
пользователи."). Sets 10-214 totals (scripts/clean_held_out_report.py, before -> after): noise lines removed 8485 ->
8506 of 9301, article lines kept 4127 -> 4127, pages clean 1386 -> 1386 of 2446, page noise lines left 2014 -> 1995,
paragraphs lost 2 -> 2 (set 86's, as before); no set's kept lines dropped and no set's lost paragraphs rose. SemEval
(scripts/semeval_noise_diff.py): 0 changed files of 3723 (975 removals before and after; dumped again after the
narrowing, still 0). The sets 10-214 report ran before the narrowing; the report of the eight changed sets after it
printed the same figures. Bench (benchmarks/bench_clean.py against the frozen 61c463e src): ratios 0.98 and 1.03 in two
runs on the final code beside the full test run (the second 3.027 s against 2.937 s, best CPU), 0.99 before the
narrowing (2.869 s against 2.886 s): within the machine's noise. Full cleaning test set: 25351 passed, 1885 xfailed, no
XPASS, in 12:37 (on the code of this round, commit 10188e8; the six other sets' entries were removed before the run).
This set before -> after (scripts/clean_held_out_report.py --sets 214): noise lines removed 38/45 -> 45/45 (marker 6 ->
8 of 8, reading-time 6 -> 7 of 7, byline 5 -> 8 of 8, footer 8/8, comments 7 -> 8 of 8, share 3/3, notice 3/3), keep
lines kept 20/20 -> 20/20, pages clean 5/12 -> 5/12, page noise lines left 33 -> 17 of 240, article lines lost 0 -> 0.
Gone: the Google Calendar and SoundCloud markers, the heads-up reading time, the words-and-pictures, guest-post and
German text-and-photos bylines and the account-age comment rule (all xfails of _LINE_XFAIL removed); on the six blogs
the sign-off and the workshops plug (and the German and Polish filed-under lines) after the two last paragraphs, and the
French and German share rows between them. Reasons reworded: the six blog pages, each now keeping its two photo captions
only (2 of 20). Still missed: the six blogs' opening photo caption above the first paragraph and the photo caption
closing the list block (left as the brief says, session 45), and the French portal's whole reader thread in its block of
five under the tags-and-share block (no time left in the round).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_214_LINES: list[tuple[str, str, str]] = [
    ("body", "This Loom video can't be played because its owner moved it to a private workspace.", "marker"),
    ("body", "[Google Calendar embed – this calendar has not been made public]", "marker"),
    ("body", "The SoundCloud track embedded here was removed because the uploader's account was closed.", "marker"),
    ("body", "Le document Calaméo intégré ne peut pas s'afficher : il n'est plus partagé publiquement.", "marker"),
    ("body",
     "Der eingebettete Beitrag der ARD Audiothek ist nach Ablauf der Verweildauer nicht mehr verfügbar.",
     "marker"),
    ("body",
     "Il video di RaiPlay incorporato non è più disponibile: i diritti di pubblicazione sono scaduti.",
     "marker"),
    ("body", "Odtwarzacz Spotify nie załadował się – wyłącz blokowanie reklam i odśwież stronę.", "marker"),
    ("body", "Плеер Rutube не загрузился: обновите страницу или попробуйте позже.", "marker"),
    ("head", "Read time: 5 min · Listen: 7 min", "reading-time"),
    ("head",
     "Heads up: it's a long one (roughly 15 minutes), so bookmark it if you need to come back to it",
     "reading-time"),
    ("head", "Cet article se lit en 5 minutes", "reading-time"),
    ("head", "Lesezeit ca. 5 Min.", "reading-time"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("head", "Przeczytasz w 5 minut", "reading-time"),
    ("head", "5 минут на чтение", "reading-time"),
    ("head", "Words: Cressida Quillerby · Pictures: Elkan Pudsworth", "byline"),
    ("head", "Guest post from a fellow printer – thank you, Marnie!", "byline"),
    ("head", "Von Hiltrud Stempelmayr (Text) und Jost Feilhuber (Fotos)", "byline"),
    ("head", "Oprac. Wieńczysława Zegarczyk", "byline"),
    ("tail", "I sell the printed tea towels on Folksy – UK postage is free on orders over £30.", "byline"),
    ("tail",
     "Mes torchons imprimés à la main sont en vente sur Un Grand Marché, livraison en Mondial Relay.",
     "byline"),
    ("tail", "Stampo anche su commissione: scrivimi su Instagram e ti preparo un preventivo.", "byline"),
    ("tail", "Мои штампы для ткани можно заказать на Ярмарке Мастеров, доставка Почтой России.", "byline"),
    ("tail", "Built with Hugo · Deployed on Netlify · RSS feed", "footer"),
    ("tail", "Theme: GeneratePress · Hosting by SiteGround · Cookie settings", "footer"),
    ("tail", "Regulated by IMPRESS · Standards code · Make a complaint", "footer"),
    ("tail", "Site édité avec Drupal · Hébergé par Scaleway · Mentions légales", "footer"),
    ("tail", "Erstellt mit Jimdo · Impressum · Datenschutz · Cookie-Einstellungen", "footer"),
    ("tail", "Tema Semplice. Tecnologia di Blogger.", "footer"),
    ("tail", "Strona stworzona w WebWave · Hosting: nazwa.pl · Regulamin", "footer"),
    ("tail", "Работает на 1С-Битрикс · Карта сайта · Обратная связь", "footer"),
    ("tail", "Hide 3 replies ▲", "comments"),
    ("tail", "Commenting is only open to accounts that are more than 24 hours old.", "comments"),
    ("tail", "Comments are powered by Coral · Community guidelines", "comments"),
    ("tail", "Seuls les abonnés peuvent commenter cet article. Je m'abonne", "comments"),
    ("tail", "Dieser Kommentar wurde von der Redaktion gekürzt.", "comments"),
    ("tail", "Questo commento è stato nascosto perché ha ricevuto troppe segnalazioni.", "comments"),
    ("tail", "Zwiń wątek · 6 odpowiedzi", "comments"),
    ("tail", "Новые комментарии сверху · Подписаться на обсуждение", "comments"),
    ("tail", "Envoyer à un proche : WhatsApp · SMS · Copier le lien", "share"),
    ("tail", "Artikel teilen per Signal · WhatsApp · Link kopieren", "share"),
    ("tail", "Podziel się z innymi: Facebook · Pinterest · E-mail", "share"),
    ("body", "This article was amended on 4 December 2026 to correct the name of the museum.", "notice"),
    ("body", "Articolo realizzato in collaborazione con il Comune.", "notice"),
    ("tail", "Статья обновлена 5 декабря: добавлен комментарий директора музея.", "notice"),
]
HELD_OUT_214_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from traders at the Saturday market were mostly about parking, the clerk told the meeting."),
    ("head", "Sharing the cost of the new bus shelter with the parish council was agreed without a vote."),
    ("head", "Followers of the town's brass band packed the gallery to hear the decision on the bandstand."),
    ("head", "Partagé entre deux communes, le gymnase sera rénové à partir de l'été prochain."),
    ("head", "Kommentiert wurde der Beschluss von der Opposition nur knapp: Man werde die Kosten genau prüfen."),
    ("head", "Seguire i lavori del cantiere sarà possibile da una piattaforma in piazza, ha spiegato il sindaco."),
    ("head", "Подписку на городскую газету для ветеранов оплатит районная администрация."),
    ("body", "Subscribers to the garden waste service will pay £4 more a year from April, councillors agreed."),
    ("body", "Les commentaires du maire sur le budget ont été accueillis par un long silence dans la salle."),
    ("body", "Teilen wollen sich die beiden Vereine künftig auch das Vereinsheim am Sportplatz."),
    ("body", "Condividere gli spazi della biblioteca con l'università è stata la proposta più votata."),
    ("body", "Komentarze mieszkańców do projektu parku radni poznają na najbliższej sesji."),
    ("tail", "Copyright on the old town guide, written in 1962, has passed to the library, which plans to reprint it."),
    ("tail", "Advertising hoardings on the ring road will come down next spring, the planning chair said."),
    ("tail", "Reading the report aloud took the clerk almost twenty minutes, and nobody asked a question afterwards."),
    ("tail", "Publicité mensongère : le tribunal a condamné le vendeur de montres à une amende de 2 000 euros."),
    ("tail", "Die Zahl der Abonnenten des Stadttheaters stieg im vergangenen Jahr um ein Viertel."),
    ("tail", "Pubblicità sui tram: il consiglio comunale ha approvato il nuovo regolamento con 18 voti."),
    ("tail", "Udostępnienie sali gimnastycznej klubom kosztuje miasto 12 tysięcy złotych rocznie."),
    ("tail", "Комментируя решение совета, глава района пообещал отремонтировать мост до весны."),
]
HELD_OUT_214_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-quorlesby-watch-and-clock-fair", [
        ["-The Quorlesby Courier – News for Quorlesby and the villages since 1871",
         "-Home | News | Sport | What's On | Business | Property | Obituaries"],
        ["-Home › What's On › Fairs and markets",
         "+Antique watch and clock fair fills Quorlesby Town Hall",
         "-4 min read"],
        ["-By Philippa Crowdenby, Heritage Reporter",
         "-Published 6 December 2026, 09:12 · Updated 11:40"],
        [("+More than forty dealers and watchmakers filled the main hall on Saturday for the first antique watch and "
          "clock fair the town has held in over a decade."),
         "-Advertisement · Story continues below",
         ("+Visitors queued from nine o'clock, many carrying pocket watches and carriage clocks wrapped in tea "
          "towels and hoping to hear what they were worth.")],
        ["-A longcase clock from 1790 stands by the stage in the council chamber.",
         "-Photograph: Quorlesby Courier",
         ("+Watchmaker Lionel Mainsprigg, who ran the repair bench, said: “Half of these watches only need a clean "
          "and a new mainspring, and people have kept them in drawers for years.”")],
        ["+What to expect on Sunday",
         "+Repairs while you wait at the watchmakers' bench, from £15",
         "+Twelve regulators on loan from the Quorlesby Museum of Timekeeping",
         "-Read more: Church clock to chime again after 40 years of silence",
         "+Doors open from 10am to 4pm, with entry at £3 and children free"],
        [("+The museum's loan, shown outside its own building for the first time, includes a regulator made in the "
          "town in 1824 for the old railway station."),
         "-Get the Courier's free weekend newsletter – sign up here",
         ("+The organisers said they hope to make the fair a yearly event if the town hall can be booked for the "
          "same weekend next December.")],
        ["-Tags: Quorlesby, antiques, clocks, town hall",
         "-Share this story: Facebook · X · WhatsApp · Email"],
        ["-3 comments",
         "-Harold, Quorlesby: My grandfather's pocket watch is ticking again after twenty years. Worth every penny.",
         "-Jen_by_the_river: Any idea whether the fair will come back for Easter?",
         "-Clockwatcher61: Shame about the parking, the square was full by ten.",
         "-↳ Quorlesby Courier: Thanks, we've asked the council about parking for Sunday."],
        ["-About us · Contact · Advertise · Privacy notice · Terms",
         "-© 2026 Quorlesby Courier. All rights reserved."],
    ]),
    _page("en", "en-blog-the-inkblock-pantry-printed-tea-towels", [
        ["-Skip to content",
         "-The Inkblock Pantry – block printing, stamping and other inky kitchen-table projects",
         "-Home · Tutorials · Free patterns · Shop · About"],
        ["+How I block print my own tea towels at the kitchen table",
         "-Posted on 29 November 2026 by Rosamund · 9 comments"],
        ["-8 minute read",
         "-My finished tea towels drying on the airer by the back door.",
         ("+I started block printing last winter with a lino cutter and an offcut of lime wood, and the first thing "
          "I printed that was any good was a set of tea towels.")],
        [("+Carving the block is the slow part: draw the design, trace it onto the wood in reverse, then cut away "
          "everything you don't want to print."),
         "-The carving set I use is this one from Amazon (affiliate link)",
         ("+My neighbour, who taught me, put it simply: “Let the ink do the work and keep your pressure even, or "
          "you'll print the grain instead of the pattern.”")],
        ["+What you'll need",
         "+A carved wooden block and a soft rubber brayer",
         "+Water-based fabric block printing ink",
         "+Pre-washed plain cotton tea towels",
         "-Three of the finished towels, printed with a pear pattern in navy."],
        [("+Once the towels are dry, iron each one on the back for five minutes on a cotton setting to fix the ink "
          "before the first wash."),
         "-Love this? Share it on Pinterest · Facebook · Email",
         ("+After that they go in the machine at forty degrees with the rest of the washing, and mine have kept "
          "their colour for a year.")],
        ["-Happy printing! Rosamund x",
         "-Filed under: Block printing, Kitchen textiles, Tutorials",
         "-Want to learn in person? My Saturday block printing workshops have places in January."],
        ["-Comments (9)",
         "-Bea: These are gorgeous! What wood would you use if you can't get lime?",
         "-↳ Rosamund: Thank you! Birch plywood works, just seal it first.",
         "-Tomasz from Leeds: Mine came out patchy, too little ink I think.",
         "-Maggie R: Do you pre-wash the towels? Mine shrank after printing.",
         "-↳ Rosamund: Always pre-wash, it takes out the sizing and the shrinkage."],
        ["-Get new tutorials in your inbox – subscribe here",
         "-© 2026 The Inkblock Pantry · Theme: Kadence · Powered by WordPress"],
    ]),
    _page("fr", "fr-portail-horlongeac-salon-horlogerie", [
        ["-L'Écho d'Horlongeac – Toute l'actualité du canton",
         "-Accueil | Actualités | Sports | Loisirs | Économie | Annonces"],
        ["-Accueil > Loisirs > Salons et brocantes",
         "+Un salon de montres et d'horloges anciennes à la mairie d'Horlongeac",
         "-4 min de lecture"],
        ["-Par la rédaction",
         "-Publié le 6 décembre 2026 à 8h30, mis à jour à 11h05"],
        [("+Une quarantaine d'exposants, horlogers et marchands, ont occupé samedi la salle des fêtes de la mairie "
          "pour le premier salon de montres et d'horloges anciennes de la commune."),
         "-Publicité · La suite de l'article après cette publicité",
         ("+Dès neuf heures, les visiteurs faisaient la queue, une montre de gousset ou une pendule de cheminée "
          "enveloppée dans un torchon.")],
        ["-Une comtoise de 1810 exposée devant l'estrade de la salle du conseil.",
         "-Photo : L'Écho d'Horlongeac",
         ("+L'horloger Gaspard Rouagier, qui tenait l'établi des réparations, résume : « La moitié de ces montres "
          "n'a besoin que d'un nettoyage et d'un nouveau ressort. »")],
        ["+Le programme du dimanche",
         "+Réparations minute à l'établi des horlogers, à partir de 15 euros",
         "+Douze régulateurs prêtés par le musée de l'Horlogerie d'Horlongeac",
         "-À lire aussi : L'horloge de l'église sonnera de nouveau après quarante ans",
         "+Ouverture de 10 h à 18 h, entrée 3 euros, gratuite pour les enfants"],
        [("+Le prêt du musée, présenté pour la première fois hors de ses murs, comprend un régulateur fabriqué en "
          "1824 pour l'ancienne gare."),
         "-Recevez gratuitement notre newsletter du week-end : je m'inscris",
         ("+Les organisateurs espèrent faire du salon un rendez-vous annuel si la salle est de nouveau libre l'an "
          "prochain.")],
        ["-Mots-clés : Horlongeac, antiquités, horlogerie, mairie",
         "-Partager : Facebook · X · WhatsApp · E-mail"],
        ["-3 réactions",
         "-Josette H. : La montre de mon grand-père refonctionne, merci aux horlogers !",
         "-Papy_Remontoir : Le salon reviendra-t-il au printemps ?",
         "-Claude du canton : Dommage pour le stationnement, la place était pleine à dix heures.",
         "-↳ L'Écho d'Horlongeac : Merci, nous avons interrogé la mairie sur le stationnement."],
        ["-Qui sommes-nous · Contact · Publicité · Confidentialité · CGU",
         "-© 2026 L'Écho d'Horlongeac. Tous droits réservés."],
    ]),
    _page("fr", "fr-blog-les-tampons-de-berangere-torchons-imprimes", [
        ["-Aller au contenu",
         "-Les Tampons de Bérangère – impression au bloc de bois, tampons et jolis tissus",
         "-Accueil · Tutos · Patrons gratuits · Boutique · À propos"],
        ["+J'imprime mes torchons au bloc de bois sur la table de la cuisine",
         "-Publié le 29 novembre 2026 par Bérangère · 7 commentaires"],
        ["-8 minutes de lecture",
         "-Mes torchons en train de sécher sur l'étendoir près de la porte.",
         ("+J'ai commencé l'impression au bloc l'hiver dernier avec une gouge et une chute de tilleul, et mes "
          "premiers essais réussis ont été des torchons.")],
        [("+La gravure du bloc est l'étape la plus longue : on dessine le motif, on le reporte à l'envers sur le "
          "bois, puis on creuse tout ce qui ne doit pas imprimer."),
         "-Mes gouges viennent de cette boutique Amazon (lien affilié)",
         ("+Ma voisine, qui m'a tout appris, le dit simplement : « Laisse l'encre travailler et appuie partout "
          "pareil, sinon tu imprimes le bois au lieu du motif. »")],
        ["+Le matériel",
         "+Un bloc de bois gravé et un rouleau encreur en caoutchouc",
         "+De l'encre textile à base d'eau pour l'impression au bloc",
         "+Des torchons en coton uni déjà lavés",
         "-Trois torchons terminés, imprimés d'un motif de poires bleu marine."],
        [("+Une fois secs, je repasse chaque torchon sur l'envers pendant cinq minutes, position coton, pour fixer "
          "l'encre avant le premier lavage."),
         "-Ça vous plaît ? Épinglez-le sur Pinterest · Facebook · E-mail",
         ("+Ensuite ils passent en machine à 40 degrés avec le reste du linge, et les miens n'ont pas bougé depuis "
          "un an.")],
        ["-Bonnes impressions ! Bérangère",
         "-Classé dans : Impression au bloc, Linge de cuisine, Tutos",
         "-Envie d'apprendre en vrai ? Mes ateliers du samedi ont encore des places en janvier."],
        ["-Commentaires (7)",
         "-Sandrine : Superbes ! Quel bois utiliser si on ne trouve pas de tilleul ?",
         "-↳ Bérangère : Merci ! Le contreplaqué de bouleau marche très bien, bien vernis.",
         "-Lucie M. : Le mien est sorti tout pâle, pas assez d'encre je pense.",
         "-Odile du Jura : Vous lavez les torchons avant ? Les miens ont rétréci.",
         "-↳ Bérangère : Toujours, ça enlève l'apprêt et ils ne rétrécissent plus après."],
        ["-Recevez les nouveaux tutos par e-mail – je m'abonne",
         "-© 2026 Les Tampons de Bérangère · Thème Astra · Propulsé par WordPress"],
    ]),
    _page("de", "de-portal-unruhfelden-uhrenmesse", [
        ["-Unruhfeldener Tagblatt – Ihre Zeitung für Stadt und Land",
         "-Startseite | Lokales | Sport | Freizeit | Wirtschaft | Kultur"],
        ["-Startseite › Freizeit › Märkte und Messen",
         "+Antike Uhren und Taschenuhren: Sammlermesse im Rathaus Unruhfelden",
         "-4 Minuten Lesezeit"],
        ["-Text: Lokalredaktion Unruhfelden",
         "-Veröffentlicht am 06.12.2026, 08:30 Uhr · Aktualisiert 11:05 Uhr"],
        [("+Rund vierzig Aussteller, Uhrmacher und Händler füllten am Samstag den Festsaal des Rathauses bei der "
          "ersten Messe für antike Uhren seit über zehn Jahren."),
         "-Werbung · Der Artikel geht unten weiter",
         ("+Schon ab neun Uhr standen die Besucher Schlange, viele mit einer Taschenuhr oder einer Kaminuhr im "
          "Geschirrtuch unter dem Arm.")],
        ["-Eine Standuhr aus dem Jahr 1790 neben der Bühne im Ratssaal.",
         "-Foto: Unruhfeldener Tagblatt",
         ("+Uhrmacher Ewald Zapfenhuber, der die Reparaturbank betreute, sagte: „Die Hälfte dieser Uhren braucht "
          "nur eine Reinigung und eine neue Zugfeder.“")],
        ["+Was am Sonntag geboten wird",
         "+Reparaturen, während Sie warten, an der Uhrmacherbank, ab 15 Euro",
         "+Zwölf Regulatoren als Leihgabe des Uhrenmuseums Unruhfelden",
         "-Auch interessant: Kirchturmuhr schlägt nach 40 Jahren wieder",
         "+Geöffnet von 10 bis 18 Uhr, Eintritt 3 Euro, Kinder frei"],
        [("+Die Leihgabe des Museums, erstmals außerhalb des eigenen Hauses zu sehen, umfasst einen 1824 in der "
          "Stadt gebauten Regulator für den alten Bahnhof."),
         "-Jetzt den kostenlosen Wochenend-Newsletter abonnieren",
         ("+Die Veranstalter wollen die Messe jährlich ausrichten, wenn der Festsaal im nächsten Dezember wieder "
          "frei ist.")],
        ["-Schlagworte: Unruhfelden, Antiquitäten, Uhren, Rathaus",
         "-Teilen: Facebook · X · WhatsApp · E-Mail"],
        ["-3 Kommentare",
         "-Gerd aus Unruhfelden: Die Taschenuhr meines Opas läuft wieder. Danke!",
         "-Tickende_Zeit: Gibt es die Messe auch im Frühjahr?",
         "-Marlene K.: Schade um die Parkplätze, der Marktplatz war um zehn voll.",
         "-↳ Unruhfeldener Tagblatt: Danke, wir haben bei der Stadt nach Parkplätzen für Sonntag gefragt."],
        ["-Impressum · Kontakt · Mediadaten · Datenschutz · AGB",
         "-© 2026 Unruhfeldener Tagblatt. Alle Rechte vorbehalten."],
    ]),
    _page("de", "de-blog-ottilies-druckstube-geschirrtuecher", [
        ["-Zum Inhalt springen",
         "-Ottilies Druckstube – Holzstempel, Stoffdruck und Selbstgemachtes",
         "-Start · Anleitungen · Vorlagen · Shop · Über mich"],
        ["+So bedrucke ich Geschirrtücher mit dem Holzstempel am Küchentisch",
         "-Veröffentlicht am 29. November 2026 von Ottilie · 7 Kommentare"],
        ["-Lesezeit: 8 Minuten",
         "-Meine fertigen Geschirrtücher trocknen am Wäscheständer an der Hintertür.",
         ("+Mit dem Stoffdruck habe ich letzten Winter angefangen, mit einem Schnitzmesser und einem Reststück "
          "Lindenholz, und die ersten guten Drucke waren Geschirrtücher.")],
        [("+Das Schnitzen des Stempels dauert am längsten: Motiv zeichnen, spiegelverkehrt aufs Holz übertragen und "
          "alles wegschneiden, was nicht drucken soll."),
         "-Mein Schnitzset ist dieses hier bei Amazon (Affiliate-Link)",
         ("+Meine Nachbarin, die es mir beigebracht hat, sagt: „Lass die Farbe arbeiten und drück überall gleich "
          "fest, sonst druckst du die Maserung statt des Musters.“")],
        ["+Das brauchst du",
         "+Einen geschnitzten Holzstempel und eine weiche Gummiwalze",
         "+Stoffdruckfarbe auf Wasserbasis",
         "+Vorgewaschene Geschirrtücher aus Baumwolle",
         "-Drei fertige Tücher mit einem dunkelblauen Birnenmuster."],
        [("+Wenn die Tücher trocken sind, bügle ich jedes fünf Minuten lang von links auf Baumwollstufe, damit die "
          "Farbe fixiert wird."),
         "-Gefällt dir das? Merk es dir auf Pinterest · Facebook · E-Mail",
         ("+Danach kommen sie mit der übrigen Wäsche bei 40 Grad in die Maschine, und meine haben nach einem Jahr "
          "noch ihre Farbe.")],
        ["-Viel Spaß beim Drucken! Eure Ottilie",
         "-Kategorie: Stoffdruck, Küchentextilien, Anleitungen",
         "-Lust auf einen Kurs? In meinen Samstagsworkshops im Januar sind noch Plätze frei."],
        ["-Kommentare (7)",
         "-Birgit: Wunderschön! Welches Holz nimmt man, wenn man keine Linde bekommt?",
         "-↳ Ottilie: Danke! Birkensperrholz geht auch, vorher gut versiegeln.",
         "-Heike aus Kassel: Bei mir wurde es fleckig, wohl zu wenig Farbe.",
         "-Rainer W.: Wäschst du die Tücher vorher? Meine sind eingelaufen.",
         "-↳ Ottilie: Immer vorwaschen, dann ist die Appretur raus und nichts läuft mehr ein."],
        ["-Neue Anleitungen per E-Mail bekommen – hier abonnieren",
         "-© 2026 Ottilies Druckstube · Theme: Kadence · WordPress"],
    ]),
    _page("it", "it-portale-castelpendolo-mostra-orologi", [
        ["-La Gazzetta di Castelpendolo – Il quotidiano della tua città",
         "-Home | Cronaca | Sport | Tempo libero | Economia | Necrologi"],
        ["-Home › Tempo libero › Fiere e mercatini",
         "+Orologi e pendole d'epoca: la mostra mercato riempie il municipio di Castelpendolo",
         "-Lettura: 4 minuti"],
        ["-A cura della redazione",
         "-Pubblicato il 6 dicembre 2026 alle 8:30 · Aggiornato alle 11:05"],
        [("+Una quarantina di espositori, orologiai e antiquari hanno riempito sabato il salone del municipio per la "
          "prima mostra mercato di orologi antichi in città da oltre dieci anni."),
         "-Pubblicità · L'articolo continua dopo la pubblicità",
         ("+Dalle nove c'era la fila, con molti visitatori arrivati con un orologio da tasca o una pendola avvolti "
          "in uno strofinaccio.")],
        ["-Un orologio a colonna del 1790 accanto al palco della sala consiliare.",
         "-Foto: La Gazzetta di Castelpendolo",
         ("+L'orologiaio Ottorino Scappamentini, che seguiva il banco delle riparazioni, ha detto: «Metà di questi "
          "orologi ha solo bisogno di una pulizia e di una molla nuova.»")],
        ["+Il programma di domenica",
         "+Riparazioni al momento al banco degli orologiai, da 15 euro",
         "+Dodici regolatori in prestito dal Museo dell'Orologio di Castelpendolo",
         "-Leggi anche: L'orologio del campanile torna a suonare dopo 40 anni",
         "+Aperto dalle 10 alle 18, ingresso 3 euro, gratis per i bambini"],
        [("+Il prestito del museo, esposto per la prima volta fuori dalla sua sede, comprende un regolatore "
          "costruito in città nel 1824 per la vecchia stazione."),
         "-Iscriviti gratis alla newsletter del fine settimana",
         ("+Gli organizzatori sperano di fare della mostra un appuntamento annuale, se il salone sarà libero anche "
          "il prossimo dicembre.")],
        ["-Tag: Castelpendolo, antiquariato, orologi, municipio",
         "-Condividi: Facebook · X · WhatsApp · Email"],
        ["-3 commenti",
         "-Franca da Castelpendolo: L'orologio di mio nonno ha ripreso a funzionare, grazie!",
         "-Ticchettio_62: Tornerà anche in primavera?",
         "-Aldo B.: Peccato per i parcheggi, alle dieci la piazza era piena.",
         "-↳ La Gazzetta di Castelpendolo: Grazie, abbiamo chiesto al Comune dei parcheggi per domenica."],
        ["-Chi siamo · Contatti · Pubblicità · Privacy · Termini",
         "-© 2026 La Gazzetta di Castelpendolo. Tutti i diritti riservati."],
    ]),
    _page("it", "it-blog-i-timbri-di-vittorina-canovacci", [
        ["-Vai al contenuto",
         "-I timbri di Vittorina – stampa a blocchi di legno, timbri e tessuti fatti in casa",
         "-Home · Tutorial · Cartamodelli · Negozio · Chi sono"],
        ["+Come stampo i canovacci con il blocco di legno sul tavolo di cucina",
         "-Pubblicato il 29 novembre 2026 da Vittorina · 7 commenti"],
        ["-Lettura di 8 minuti",
         "-I miei canovacci finiti stesi sullo stendino vicino alla porta.",
         ("+Ho cominciato a stampare a blocchi lo scorso inverno con una sgorbia e un avanzo di legno di tiglio, e "
          "le prime stampe riuscite sono state dei canovacci.")],
        [("+Intagliare il blocco è la parte più lunga: si disegna il motivo, lo si riporta al contrario sul legno e "
          "si scava tutto quello che non deve stampare."),
         "-Le mie sgorbie sono queste su Amazon (link affiliato)",
         ("+La mia vicina, che mi ha insegnato, lo dice così: «Lascia lavorare il colore e premi dappertutto "
          "uguale, se no stampi le venature invece del disegno.»")],
        ["+Cosa serve",
         "+Un blocco di legno intagliato e un rullo di gomma morbida",
         "+Colore per stampa su tessuto a base d'acqua",
         "+Canovacci di cotone tinta unita già lavati",
         "-Tre canovacci finiti, stampati con un motivo di pere blu notte."],
        [("+Quando sono asciutti, stiro ogni canovaccio sul rovescio per cinque minuti, programma cotone, per "
          "fissare il colore prima del primo lavaggio."),
         "-Ti è piaciuto? Salvalo su Pinterest · Facebook · Email",
         ("+Poi vanno in lavatrice a 40 gradi con il resto del bucato, e i miei hanno ancora il loro colore dopo un "
          "anno.")],
        ["-Buone stampe! Vittorina",
         "-Archiviato in: Stampa a blocchi, Tessili da cucina, Tutorial",
         "-Vuoi imparare dal vivo? Ai miei laboratori del sabato di gennaio ci sono ancora posti."],
        ["-Commenti (7)",
         "-Giuliana: Bellissimi! Che legno si usa se non si trova il tiglio?",
         "-↳ Vittorina: Grazie! Va bene il compensato di betulla, ben sigillato.",
         "-Marta da Lecco: A me è venuto a chiazze, troppo poco colore credo.",
         "-Pina R.: Li lavi prima i canovacci? I miei si sono ristretti.",
         "-↳ Vittorina: Sempre, così togli l'appretto e non si restringono più."],
        ["-Ricevi i nuovi tutorial via email – iscriviti",
         "-© 2026 I timbri di Vittorina · Tema Astra · WordPress"],
    ]),
    _page("pl", "pl-portal-zegarzyn-targi-zegarow", [
        ["-Kurier Zegarzyński – Codziennie o tym, co w mieście",
         "-Strona główna | Wiadomości | Sport | Kultura | Biznes | Ogłoszenia"],
        ["-Strona główna › Kultura › Targi i jarmarki",
         "+Zabytkowe zegary i zegarki na targach w ratuszu w Zegarzynie",
         "-Czas czytania: 4 min"],
        ["-Autor: Redakcja",
         "-Opublikowano 6 grudnia 2026, 8:30 · Aktualizacja 11:05"],
        [("+Około czterdziestu wystawców, zegarmistrzów i antykwariuszy wypełniło w sobotę salę ratusza na "
          "pierwszych od ponad dziesięciu lat targach dawnych zegarów."),
         "-Reklama · Dalsza część artykułu pod reklamą",
         ("+Od dziewiątej ustawiała się kolejka, a wielu odwiedzających przyniosło kieszonkowy zegarek albo zegar "
          "kominkowy zawinięty w ściereczkę.")],
        ["-Zegar stojący z 1790 roku obok sceny w sali obrad.",
         "-Fot. Kurier Zegarzyński",
         ("+Zegarmistrz Zdzisław Wychwytko, który prowadził stanowisko napraw, mówi: „Połowa tych zegarków "
          "potrzebuje tylko czyszczenia i nowej sprężyny”.")],
        ["+Co w niedzielę",
         "+Naprawy od ręki przy stole zegarmistrzów, od 15 złotych",
         "+Dwanaście regulatorów wypożyczonych z Muzeum Zegarów w Zegarzynie",
         "-Czytaj także: Zegar na wieży kościoła znów bije po 40 latach",
         "+Otwarte od 10 do 18, wstęp 3 złote, dzieci za darmo"],
        [("+Wypożyczone eksponaty, po raz pierwszy pokazywane poza muzeum, to m.in. regulator zbudowany w mieście w "
          "1824 roku dla starego dworca."),
         "-Zapisz się na bezpłatny weekendowy newsletter",
         ("+Organizatorzy chcą, by targi odbywały się co roku, jeśli sala ratusza będzie wolna także w przyszłym "
          "grudniu.")],
        ["-Tagi: Zegarzyn, antyki, zegary, ratusz",
         "-Udostępnij: Facebook · X · WhatsApp · E-mail"],
        ["-3 komentarze",
         "-Halina z Zegarzyna: Zegarek dziadka znów chodzi, dziękuję zegarmistrzom!",
         "-Tik_tak_77: Czy targi wrócą wiosną?",
         "-Marek B.: Szkoda, że nie było gdzie parkować, rynek był pełny o dziesiątej.",
         "-↳ Kurier Zegarzyński: Dziękujemy, zapytaliśmy urząd o parkingi na niedzielę."],
        ["-O nas · Kontakt · Reklama · Polityka prywatności · Regulamin",
         "-© 2026 Kurier Zegarzyński. Wszelkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-drukarenka-bronki-sciereczki", [
        ["-Przejdź do treści",
         "-Drukarenka Bronki – druk klockiem, stemple i tkaniny robione w domu",
         "-Start · Poradniki · Wzory · Sklep · O mnie"],
        ["+Jak drukuję ściereczki kuchenne drewnianym klockiem przy kuchennym stole",
         "-Opublikowano 29 listopada 2026 przez Bronkę · 7 komentarzy"],
        ["-8 minut czytania",
         "-Moje gotowe ściereczki schną na suszarce przy tylnych drzwiach.",
         ("+Drukowanie klockiem zaczęłam zeszłej zimy od dłuta i ścinka lipowego drewna, a pierwsze udane odbitki "
          "zrobiłam na ściereczkach.")],
        [("+Rzeźbienie klocka trwa najdłużej: rysujesz wzór, przenosisz go na drewno w lustrzanym odbiciu i wycinasz "
          "wszystko, co nie ma się odbić."),
         "-Moje dłuta to ten zestaw z Allegro (link afiliacyjny)",
         ("+Sąsiadka, która mnie tego nauczyła, mówi krótko: „Niech farba pracuje, a ty dociskaj wszędzie tak samo, "
          "bo odbijesz słoje zamiast wzoru”.")],
        ["+Czego potrzebujesz",
         "+Wyrzeźbionego drewnianego klocka i miękkiego gumowego wałka",
         "+Farby do druku na tkaninie na bazie wody",
         "+Wypranych wcześniej gładkich bawełnianych ściereczek",
         "-Trzy gotowe ściereczki z granatowym wzorem gruszek."],
        [("+Gdy ściereczki wyschną, prasuję każdą przez pięć minut na lewej stronie, na programie do bawełny, żeby "
          "utrwalić farbę przed pierwszym praniem."),
         "-Podoba się? Przypnij na Pintereście · Facebook · E-mail",
         "+Potem piorę je w pralce w 40 stopniach razem z resztą prania, a moje po roku wciąż mają kolor."],
        ["-Udanego drukowania! Bronka",
         "-Kategorie: Druk klockiem, Tekstylia kuchenne, Poradniki",
         "-Chcesz nauczyć się na żywo? Na sobotnie warsztaty w styczniu są jeszcze miejsca."],
        ["-Komentarze (7)",
         "-Ola: Przepiękne! Jakie drewno, jeśli nie ma lipy?",
         "-↳ Bronka: Dziękuję! Sklejka brzozowa też się nada, dobrze zabezpieczona.",
         "-Kasia z Gdyni: U mnie wyszło w plamy, chyba za mało farby.",
         "-Zenon P.: Czy pierzesz ściereczki przed drukiem? Moje się skurczyły.",
         "-↳ Bronka: Zawsze, wtedy schodzi apretura i nic się już nie kurczy."],
        ["-Nowe poradniki na maila – zapisz się",
         "-© 2026 Drukarenka Bronki · Motyw: Astra · WordPress"],
    ]),
    _page("ru", "ru-portal-mayatnikovsk-yarmarka-chasov", [
        ["-Маятниковский вестник – Новости города и района",
         "-Главная | Новости | Спорт | Досуг | Экономика | Объявления"],
        ["-Главная › Досуг › Ярмарки и выставки",
         "+Старинные часы и ходики: ярмарка в городской ратуше Маятниковска",
         "-⏱ 4 мин"],
        ["-Текст: отдел культуры",
         "-Опубликовано 6 декабря 2026, 8:30 · Обновлено 11:05"],
        [("+Около сорока участников, часовщиков и антикваров, заняли в субботу зал ратуши на первой за десять с "
          "лишним лет ярмарке старинных часов."),
         "-Реклама · Продолжение статьи ниже",
         ("+С девяти утра стояла очередь: многие принесли карманные часы или каминные часы, завёрнутые в кухонное "
          "полотенце.")],
        ["-Напольные часы 1790 года у сцены в зале заседаний.",
         "-Фото: Маятниковский вестник",
         ("+Часовщик Никанор Анкерович, который вёл стол ремонта, говорит: «Половине этих часов нужна только чистка "
          "и новая пружина».")],
        ["+Что будет в воскресенье",
         "+Ремонт при вас за столом часовщиков, от 500 рублей",
         "+Двенадцать регуляторов из Музея часов Маятниковска",
         "-Читайте также: Часы на колокольне снова бьют после 40 лет тишины",
         "+Открыто с 10 до 18 часов, вход 200 рублей, дети бесплатно"],
        [("+Экспонаты музея, впервые показанные за его стенами, включают регулятор, сделанный в городе в 1824 году "
          "для старого вокзала."),
         "-Подпишитесь на бесплатную рассылку выходного дня",
         "+Организаторы надеются сделать ярмарку ежегодной, если зал ратуши будет свободен и в следующем декабре."],
        ["-Теги: Маятниковск, антиквариат, часы, ратуша",
         "-Отправить: Telegram · WhatsApp · ВКонтакте"],
        ["-3 комментария",
         "-Галина, Маятниковск: Дедушкины часы снова идут, спасибо мастерам!",
         "-Тик_так_58: А весной ярмарка будет?",
         "-Пётр С.: Жаль, парковаться негде, площадь к десяти была забита.",
         "-↳ Маятниковский вестник: Спасибо, мы спросили в администрации о парковке на воскресенье."],
        ["-О нас · Контакты · Реклама · Конфиденциальность · Правила",
         "-© 2026 Маятниковский вестник. Все права защищены."],
    ]),
    _page("ru", "ru-blog-naboika-vasilisy-polotentsa", [
        ["-Перейти к содержимому",
         "-Набойка Василисы – печать деревянными досками, штампы и ткани своими руками",
         "-Главная · Мастер-классы · Узоры · Магазин · Обо мне"],
        ["+Как я печатаю кухонные полотенца деревянной доской прямо на кухонном столе",
         "-Опубликовано 29 ноября 2026 · Василиса · 7 комментариев"],
        ["-8 минут чтения",
         "-Готовые полотенца сохнут на сушилке у задней двери.",
         ("+Набойкой я занялась прошлой зимой: стамеска, обрезок липы, и первые удачные оттиски получились на "
          "кухонных полотенцах.")],
        [("+Резьба доски занимает больше всего времени: рисуешь узор, переводишь его на дерево зеркально и вырезаешь "
          "всё, что не должно печататься."),
         "-Мои стамески — вот этот набор на Ozon (партнёрская ссылка)",
         ("+Соседка, которая меня научила, говорит просто: «Пусть работает краска, а ты дави везде одинаково, иначе "
          "отпечатаешь волокна вместо узора».")],
        ["+Что понадобится",
         "+Резная деревянная доска и мягкий резиновый валик",
         "+Краска для печати по ткани на водной основе",
         "+Заранее постиранные однотонные хлопковые полотенца",
         "-Три готовых полотенца с тёмно-синим узором из груш."],
        [("+Когда полотенца высохнут, я проглаживаю каждое с изнанки пять минут в режиме «хлопок», чтобы закрепить "
          "краску до первой стирки."),
         "-Понравилось? Сохраните в Pinterest · ВКонтакте · Telegram",
         "+Потом они стираются в машинке при 40 градусах вместе с остальным бельём, и мои через год не потеряли цвет."],
        ["-Удачной печати! Ваша Василиса",
         "-Рубрики: Набойка, Кухонный текстиль, Мастер-классы",
         "-Хотите научиться вживую? На субботних мастер-классах в январе ещё есть места."],
        ["-Комментарии (7)",
         "-Ирина: Какая красота! А какое дерево брать, если нет липы?",
         "-↳ Василиса: Спасибо! Подойдёт берёзовая фанера, только хорошо пропитайте.",
         "-Оля из Твери: У меня вышло пятнами, наверное, мало краски.",
         "-Нина К.: Вы стираете полотенца перед печатью? Мои сели.",
         "-↳ Василиса: Всегда, так уходит аппрет и потом ничего не садится."],
        ["-Новые мастер-классы на почту – подписаться",
         "-© 2026 Набойка Василисы · Тема Astra · WordPress"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-the-inkblock-pantry-printed-tea-towels":
        ("the tea-towel printing blog's post keeps the opening photo caption ('My finished tea towels drying on "
         "the airer by the back door.') above the first paragraph and the photo caption ('Three of the finished "
         "towels, printed with a pear pattern in navy.') that closes the list block after the third row (2 of 20 "
         "noise lines); no article line is lost"),
    "fr-blog-les-tampons-de-berangere-torchons-imprimes":
        ("the French block printing blog's post keeps the opening photo caption ('Mes torchons en train de sécher "
         "sur l'étendoir près de la porte.') above the first paragraph and the photo caption ('Trois torchons "
         "terminés, imprimés d'un motif de poires bleu marine.') that closes the list block after the third row (2 "
         "of 20 noise lines); no article line is lost"),
    "de-blog-ottilies-druckstube-geschirrtuecher":
        ("the German block printing blog's post keeps the opening photo caption ('Meine fertigen Geschirrtücher "
         "trocknen am Wäscheständer an der Hintertür.') above the first paragraph and the photo caption ('Drei "
         "fertige Tücher mit einem dunkelblauen Birnenmuster.') that closes the list block after the third row (2 "
         "of 20 noise lines); no article line is lost"),
    "it-blog-i-timbri-di-vittorina-canovacci":
        ("the Italian block printing blog's post keeps the opening photo caption ('I miei canovacci finiti stesi "
         "sullo stendino vicino alla porta.') above the first paragraph and the photo caption ('Tre canovacci "
         "finiti, stampati con un motivo di pere blu notte.') that closes the list block after the third row (2 of "
         "20 noise lines); no article line is lost"),
    "pl-blog-drukarenka-bronki-sciereczki":
        ("the Polish block printing blog's post keeps the opening photo caption ('Moje gotowe ściereczki schną na "
         "suszarce przy tylnych drzwiach.') above the first paragraph and the photo caption ('Trzy gotowe "
         "ściereczki z granatowym wzorem gruszek.') that closes the list block after the third row (2 of 20 noise "
         "lines); no article line is lost"),
    "ru-blog-naboika-vasilisy-polotentsa":
        ("the Russian block printing blog's post keeps the opening photo caption ('Готовые полотенца сохнут на "
         "сушилке у задней двери.') above the first paragraph and the photo caption ('Три готовых полотенца с "
         "тёмно-синим узором из груш.') that closes the list block after the third row (2 of 20 noise lines); no "
         "article line is lost"),
    "fr-portail-horlongeac-salon-horlogerie":
        ("the French clock fair report keeps its whole reader thread in its block of five under the tags-and-share "
         "block: the comment count ('3 réactions'), the three readers' comments ('Josette H. : La montre de mon "
         "grand-père refonctionne, merci aux horlogers !', 'Papy_Remontoir : Le salon reviendra-t-il au printemps ?' "
         "and 'Claude du canton : Dommage pour le stationnement, la place était pleine à dix heures.') and the paper's "
         "arrowed reply ('↳ L'Écho d'Horlongeac : Merci, nous avons interrogé la mairie sur le stationnement.') (5 of "
         "20 noise lines); no article line is lost"),
}

test_held_out_214_line, test_held_out_214_line_is_kept, test_held_out_214_page = held_out_tests(
    HELD_OUT_214_LINES, HELD_OUT_214_KEEP, HELD_OUT_214_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
