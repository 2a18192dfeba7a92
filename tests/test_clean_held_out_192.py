"""Held-out set 192: written blind, weighted toward the noise the cleaner exists for, in shapes set 190's docstring does
not name (nor the first paragraphs of sets 187, 188 and 189): scraper, embed and ad markers (an English Acast player
with a region block "Acast player: this episode is not available in your region.", an English Komoot tour stuck loading
and then private or deleted by its planner "Loading Komoot tour… This tour is private or has been deleted by its
planner.", an English Loom video still processing "A Loom video was meant to appear here, but the recording is still
processing.", a French Mixcloud player unavailable in the reader's country for licensing "Le lecteur Mixcloud n'est pas
disponible dans votre pays en raison des droits de licence.", a German Glomex video not playable on this device
"Glomex-Video konnte nicht abgespielt werden: Wiedergabe auf diesem Gerät nicht unterstützt.", an Italian Riddle quiz
that has expired "Il quiz di Riddle è scaduto e non è più possibile partecipare.", a Polish Prezi presentation over its
author's view limit "Prezentacja Prezi nie została wczytana – przekroczono limit wyświetleń na koncie autora." and a
Russian Kinescope video whose embed link expired "Видео с Kinescope недоступно: истёк срок действия ссылки для
встраивания."); reading-time headers in new wordings (the English takes-about-to-read line "This article takes about 6
minutes to read", a blog's long-post alert "Long post alert: roughly 20 minutes of reading ahead", the French
estimated-time label "Temps estimé : 6 min de lecture", the German reading-duration label "Lesedauer: ca. 6 Minuten",
the Italian is-read-in line "Si legge in 6 minuti", the Polish estimated-time-of-reading label "Szacowany czas lektury:
6 min" and the Russian reading-will-take line "На чтение уйдёт около 6 минут"); bylines and self-promotion (an English
wire-style reporting-by byline with additional reporting "Reporting by Philippa Grindlecombe; additional reporting by
Amos Pribblecote", an English guest-post byline with the guest's volunteering "Guest post by Crispin Oddleworth, who
volunteers with the county's rivers trust", a German a-report-by-our-freelance byline "Ein Bericht unserer freien
Mitarbeiterin Walburga Trunzelmoser" and a Russian author-of-the-material byline with a freelance title "Автор материала
— Ефросинья Сенокосцева, внештатный корреспондент", all at the head, and at the foot an English Etsy theremin-kits plug
"I sell theremin kits I've tested myself on Etsy – each one comes with a soldering guide.", a French Vinted
carved-spoons plug with Mondial Relay shipping "Je vends mes cuillères sculptées sur Vinted, envoi en Mondial Relay.",
an Italian Etsy carved-spoons plug with free shipping over 40 euros "I miei cucchiai intagliati li trovi su Etsy,
spedizione gratuita sopra i 40 euro." and a Polish Allegro spoons-and-bowls plug with Polish Post shipping "Moje łyżki i
miski z drewna kupisz na Allegro – wysyłam Pocztą Polską."); blog and site footers (an English Ghost and Casper credit
"Proudly published with Ghost · Theme: Casper", an English green-host line with an accessibility link "Site hosted by
Krystal, powered by renewable energy · Accessibility statement", an English IPSO regulation line "This newspaper is
regulated by the Independent Press Standards Organisation (IPSO)", a French Over-Blog credit with report-abuse and terms
links "Blog propulsé par Over-Blog · Signaler un abus · Conditions générales", a German Webador credit with legal and
accessibility links "Mit Webador erstellt · Impressum · Barrierefreiheit", an Italian VAT-number and Creative Commons
licence line "P.IVA 03217450169 · Tutti i contenuti sono distribuiti con licenza CC BY-NC-SA 4.0", a Polish
all-rights-reserved and no-copying line "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione."
and a Russian Tilda credit with a privacy link "Сделано на Tilda · Политика конфиденциальности"); reader-comment
furniture (an English comment sort bar "Sort by: Newest · Oldest · Most liked", an English be-the-first prompt "Be the
first to comment on this story", the English Disqus footer row "Powered by Disqus · Subscribe · Privacy · Do Not Sell My
Data", a French show-earlier-replies link "Afficher les réponses précédentes (6)", a German night-time moderation note
"Kommentare werden zwischen 22 und 7 Uhr nicht freigeschaltet.", an Italian log-in-or-register-to-comment prompt "Accedi
con il tuo account per commentare o registrati gratuitamente", a Polish awaiting-moderation stub "Komentarz oczekuje na
zatwierdzenie przez moderatora." and a Russian comments-closed-after-72-hours note "Комментарии закрыты: обсуждение
доступно 72 часа после публикации."); share rows (a French Pinterest-Threads-Mastodon row "Partagez sur Pinterest ·
Threads · Mastodon", a German share-by row with Threema "Artikel teilen per Mail · WhatsApp · Telegram · Threema" and a
Polish share row with Messenger, Pinterest and a copy-link item "Podziel się: Messenger · Pinterest · Skopiuj link");
and notices (an English funding note naming a reporting fund "This report was produced with the support of the Community
Heritage Reporting Fund." and an Italian archive-photos note "Nota: le fotografie dell'articolo sono d'archivio.", both
in the body, and a Russian presidential-grants-fund support note "Материал подготовлен при поддержке Фонда президентских
грантов." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 190's docstring does not
describe (on the six portal pages, in nine blocks, the masthead with its tagline and the section menu alone in a block
of two at the very top; a breadcrumb above the title and the byline, the date line and the reading time under it in one
block of five, the title second; the lead photo's caption and its credit alone in a block of two under it; the first
paragraph, the second paragraph and the paragraph with the quote in one block of four with a share row between the first
and the second; an ad label, a sponsored headline and a newsletter prompt alone in a block of three between the quote
and the subheading; the subheading and the three rows with a read-also link between the second and third rows, inside
the list block (a block of five); the two last paragraphs alone in a block of two with no noise; a thread of five lines
alone in a block (a comment count, a comment, a second reader's arrowed reply to it, a third reader's comment and the
reporter's arrowed reply to the third); and at the foot a links row and the publisher's copyright line; on the six blog
pages, in nine blocks, the blog name, its tagline and the menu in one block of three at the very top, the name first;
the title at the top of a block of four with the posted-on-by line, the reading time and an affiliate-links disclosure
after it; the first paragraph at the top of a block of four with a table of contents (its heading and two numbered
entries) right after it; the second paragraph and the paragraph with the quote in one block of four between a photo
caption above them and a Pinterest-first share row below them; the subheading and the three rows with an affiliate shop
link between the first and second rows, inside the list block (a block of five); the two last paragraphs in one block of
three with a subscribe prompt between them; the author's sign-off and a plug for the author's wares or workshops alone
in a block of two; a thread of three lines alone in a block (a comment, the author's arrowed reply and a second comment
left unanswered); and at the foot the author's copyright line and a platform-and-theme credit), taken from local news of
fresh kinds (a shell grotto under a rectory garden reopened, a hermit's cave on an estate reopened, a folly tower's
wooden stair rebuilt, an obelisk on a fair green put back, a rope ferry across the river running again, a hay meadow cut
by scythe) and from blogs about a theremin kit, chip carving, a pole lathe, a hazel hurdle, a blackthorn walking stick
and pickled cucumbers.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 190 but what is named here), held-out set 191 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 190 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 187, 188 and 189, printed with one ast script (/tmp/s192scratch/peek.py,
reading the files of /work/main/tests, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s192scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 190's as printed, with 190 -> 192;
/tmp/s192scratch/gen192.py writes this file from scratch files (data192.py with the noise and keep lines, pages192.py
with the pages, doc_parts.py with the docstring and, after the measurement, tables192.py with the xfail tables). Nothing
else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s192, detached at commit 41548a8d79da78f58ebc41ec337f315fe1352841, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 17:27:59 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
41548a8d79da78f58ebc41ec337f315fe1352841 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards (peek.py and helpers.py
only read from it). helpers.py imported from /work/main/tests and /work/main/src as the brief allows, which loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed; the project's
dependencies were already installed and nothing was installed. (2) peek.py printed set 190's docstring paragraphs (split
on blank lines) up to and including the one starting "Baseline", set 190's import lines, its tail from the line of the
module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 187, 188 and 189. Its first
run printed to the terminal, which the tool cut in the middle (it showed set 190's first paragraph and the start of its
Protocol, and the end, from inside set 188's first paragraph to the end of set 189's, all allowed parts); the second run
went to /tmp/s192scratch/peek.out (541 lines, all of them allowed parts), of which I paged lines 125 to 470 with ``sed``
(in four pieces) (the rest of set 190's notes, its "Judgement calls", "Contents" and "Baseline", its imports and tail,
set 187's first paragraph and set 188's); nothing else of any set file was printed. (3) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service named there
(Flourish, Typeform, Strava, uMap, Padlet, Spotify, Facebook, Telegram, Twitch, Calaméo, Opinary, YouTube, VK, Vimeo,
Mapbox, Airtable, Arte.tv, Podigee, Instagram, Google Maps, Infogram, Buzzsprout, Genially, Yandex Music and the ones
set 190's notes list) is used for a held-out marker (Acast, Komoot, Loom, Mixcloud, Glomex, Riddle, Prezi and Kinescope
are), and the failures are of other kinds (region, private tour, still processing, licence, device, expired quiz, view
limit, expired embed link); the footers use hosts, builders and legal lines not named there (Ghost and Casper, Krystal,
IPSO, Over-Blog, Webador, a VAT-number-and-licence line, an all-rights-reserved line, Tilda); the notices are a
reporting-fund note, an archive-photos note and a grants-fund note, where a first draft had an Italian updated-at note
(the shape of set 190's German note) and an English correction; the plugs name Etsy, Vinted, Mondial Relay, Allegro and
Polish Post, none named there. Page furniture (reading times such as "Lesezeit: 3 Min.", "Tempo di lettura: 3 minuti"
and "Czas czytania: 3 min", ad labels, share rows, links rows, copyright lines, platform credits) is ordinary, not
held-out, and some of it is of common kinds; for the page credits I avoided the themes named in the read docstrings
(Neve, Kadence, Astra, GeneratePress). (4) Every invented name was checked with the ``find_string`` tool (exact string,
case-insensitive, over public GitHub files): Pellingwick, Tuppenhall, Grindlecombe, Pribblecote, Oddleworth, Brankhurst
(checked, then not used), Scallowby, Wobbly Aerials, Orbuzac, Pradinoux, Brignolasse, Vaubricourt, Copeaux d'Ysoline,
Quendelsfeld, Quendelsfelder, Klimpferl, Trunzelmoser, Feldrinner, Korbinians Wippe, Borgoterzolo, Tarpellini,
Grumazzoni, Graticcio di Tobia, Linowiska, Głos Linowisk, Kwiatkowiak, Piaskowicz, Laski Wieśka, Травнищево, Травнищев,
Покосникова, Сенокосцева, Сенозорин, Бочка Агафьи and Heritage Reporting Fund gave no hit. Dropped for hits: Tettleby
(inside a base64 blob), Stemmerich (a real surname), Луговцева (a street name), Полуднева (a surname and a Ukrainian
word) and Травушкин (a surname in code). Plain first names and initials of commenters, authors and sign-offs (Ruth P.,
Dennis H., ValeWalker, Rufus, Hattie, Owain, Josette47, Marcel B., Sylvie T., Ysoline, Régine, Thibault, Parkläufer,
Gudrun M., Heinz K., Korbinian, Lukas, Marlene, Franca62, Ugo R., Lidia C., Tobia, Giulia, Nando, Rybak_z_Linowisk,
Krysia, Tadeusz W., Wiesiek, Marian, Ela, Степаныч, Нина, Алексей К., Агафья, Зинаида, Олег and the like, and the first
names of reporters and quoted people) were not looked up. Real services, companies and bodies (Acast, Komoot, Loom,
Mixcloud, Glomex, Riddle, Prezi, Kinescope, Etsy, Vinted, Mondial Relay, Allegro, Poczta Polska, Ghost, Casper, Krystal,
IPSO, Over-Blog, Webador, Creative Commons, Tilda, Disqus, Pinterest, Threads, Mastodon, WhatsApp, Telegram, Threema,
Messenger, Facebook, X, VK, Odnoklassniki, WordPress, Blocksy, Hestia, OceanWP, Zakra, Sydney, Blossom Recipe, Amazon,
Ozon, the Fund of Presidential Grants) are named as real pages name them. (5) /tmp/s192scratch/check.py checked the
counts (nine blocks, 10 article and 20 noise lines on each page; the counts of categories, languages, categories per
language, places and keep lines were printed from data192.py) and, case-insensitively, that no noise line (the 45 lines
and the 240 page noise lines) is inside any article line, keep line or other noise line, that no line repeats and that
no line has an at-sign. Before its first run I had already kept the ad labels out of the links rows (the French links
row has no "Publicité", the Russian one no "Реклама"; the Italian ad label is "Annuncio pubblicitario", since
"pubblicità" opens an Italian keep line), the bylines out of the reporters' replies (the Russian byline is "Автор: ..."
and the replies name the reporter bare) and the blog names out of the copyright lines; its first run found no case.
gen192.py asserts no line of this file is over 120 columns, none has an at-sign and the docstring has no backslash, and
a round trip (roundtrip.py: the lists and the pages of the written file, imported, compared with the scratch data
through ``page_from_blocks``) gave back the scratch data. (6) The file measured was this one with the three xfail tables
empty and without the Baseline paragraph and notes (6) and (7); it was copied to /tmp/wt-s192/tests and the brief's one
shell call was run once, at 17:33:38 UTC by ``date``. Then /tmp/s192scratch/problems.py (importing the copy in
/tmp/wt-s192/tests with /tmp/wt-s192/src on the path) printed ``_problems`` of every failing case, and the 16 failing
cases were entered as strict xfails (tables192.py). After the measurement only the xfail tables and this docstring (the
Baseline paragraph and these notes) changed; gen192.py rewrote the file from the same data192.py and pages192.py, and
roundtrip.py checked that the lists and pages are unchanged. (7) Clock: started 17:27:59 UTC, measured 17:33:38 UTC, the
xfail tables and the Baseline written by about 17:36 UTC, well inside the brief's 50 minutes (the clock of this machine
is what ``date`` printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (residents' comments keeping a ford open, share prices of a brickworks after a cracked kiln, follow-on funding
for an orchard, advertising hoardings coming down along a bypass, a vicar reading from the parish register, copyright
lawyers of a family guarding a bandstand's design, members' subscriptions keeping a lido open, a forest shared by two
communes since 1793, a prefect's comments on a wind farm, a tourist office naming its night walks "Suivez le guide",
residents' comments saving a lime tree, advertising for a village fête on bus stops, two clubs sharing a sports house,
pensioners' idea of sharing a garden with schools, following a procession from a bell tower, a 1931 pasta-factory
advertisement restored, a water tower opened to visitors, advertisements on a stadium fence paying for kit,
archaeologists' comments on a find and sharing the harvest with neighbours); none of them is share, subscribe, follow,
comment, ad, reading-time or copyright furniture ("Reading" in the English body keep line is the verb of a vicar's
reading, "Suivez le guide" is the quoted name of a tour). Categories: the eight embed lines are markers (each stands
where an embed of the page did not come through; the region block, the private tour, the processing video, the licence
block, the unsupported device, the expired quiz, the exceeded view limit and the expired link are the embed's failure,
not notices about the article); the long-post alert and the takes-about-to-read line are reading times (each gives the
length in minutes); the reporting-by, guest-post, German freelance-report and Russian author-of-the-material lines are
bylines at the head, and the Etsy, Vinted, Etsy and Allegro lines are bylines (self-promotion) at the foot (each sells
the author's wares); the Ghost, Krystal, Over-Blog, Webador and Tilda credits, the IPSO line, the Italian
VAT-and-licence line and the Polish all-rights-reserved line are footers (printed on every page of a site, not about the
article); the sort bar, the be-the-first prompt, the Disqus row, the earlier-replies link, the night-moderation note,
the log-in-to-comment prompt, the awaiting-moderation stub and the comments-closed note are comment furniture (the
Disqus row's "Subscribe" and "Privacy" are items of the comment widget, so comments, not share or footer); the French,
German and Polish rows are share rows (the German mail item and the Polish copy-link item belong to the row); the
English funding note and the Italian archive-photos note are notices in the body (both speak of the article they sit
in), and the Russian grants-fund note is a notice at the foot (it speaks of how this material was made; not a footer,
since it is printed under this article only). On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads with taglines, menus, breadcrumbs, bylines, date lines, reading times, captions and credits, ad labels,
sponsored headlines, newsletter prompts, read-also links, share rows, comment counts, comments and replies, links rows,
copyright lines, blog names and taglines, posted-on lines, affiliate disclosures and links, tables of contents,
subscribe prompts, sign-offs, plugs and platform credits) is noise. The list rows (what was done to the grotto, the
cave, the stair, the obelisk, the ferry and the meadow, and what went into the theremin, the rosette, the lathe, the
hurdle, the stick and the pickles) are short but part of each article, so article; the portals' share rows are noise
though they sit between the first and second paragraphs; the portals' read-also links are noise though they sit between
the second and third list rows; the blogs' tables of contents are noise though they sit right after the first paragraph;
the blogs' affiliate links name a tool the author used but are shop links, so noise though they sit between the first
and second rows; the blogs' subscribe prompts are noise though they sit between the two last paragraphs; the plugs
("Want one ready-made? I build and calibrate theremins to order – see the Commissions page." and the like) speak in the
author's voice but sell, so noise; the sign-offs ("Keep soldering, Rufus" and the like) close the post in the author's
voice but are a signature, so noise; the arrowed replies in the threads are comment furniture, so noise; the bare
Russian byline "Автор: Евдокия Покосникова" and the bare "3 мин. чтения" are portal furniture.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, German and Polish and notice in English, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: English and Italian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-pellingwick-shell-grotto (an
eighteenth-century shell grotto under a rectory garden reopened after forty years), en-blog-wobbly-aerials-theremin (a
theremin kit built on the kitchen table), fr-portail-orbuzac-grotte-ermite (an ornamental hermit's cave on an estate
reopened to the public), fr-blog-copeaux-ysoline-rosace (a chip-carved rosette on a lime board),
de-portal-quendelsfeld-staffageturm (a folly tower's wooden spiral stair rebuilt in oak),
de-blog-korbinians-wippe-drehbank (a pole lathe of spruce poles in the garden), it-portale-borgoterzolo-obelisco (an
1858 stone obelisk on the fair green put back after restoration), it-blog-graticcio-di-tobia-nocciolo (a woven hazel
hurdle for the vegetable garden), pl-portal-linowiska-prom (a rope ferry across the river running again after three
years), pl-blog-laski-wieska-tarnina (a blackthorn walking stick from branch to finished stick),
ru-portal-travnishchevo-kosba (a water meadow cut by scythe for the first time in half a century) and
ru-blog-bochka-agafi-ogurtsy (cucumbers pickled in an oak barrel), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 41548a8d79da78f58ebc41ec337f315fe1352841, measured with ``cd /tmp/wt-s192 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s192/src python -m pytest -q tests/test_clean_held_out_192.py -rA -p
no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s192 && PYTHONPATH=/tmp/wt-s192/src python
scripts/clean_held_out_report.py --sets 192``, with the xfail tables empty, at 17:33:38 UTC by ``date``): noise lines
removed 35/45 (marker 4/8, reading-time 7/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 10 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Loom line, the Italian
Riddle line, the Polish Prezi line and the Russian Kinescope line), two bylines at the head (the English guest-post line
and the German freelance-report line), one plug at the foot (the Italian Etsy carved-spoons line), one comment line at
the foot (the Russian comments-closed note) and two notices in the body (the English reporting-fund note and the Italian
archive-photos note); the English Acast and Komoot, French Mixcloud and German Glomex markers, all seven reading times,
the English reporting-by and Russian author-of-the-material bylines at the head, the English Etsy, French Vinted and
Polish Allegro plugs at the foot, all eight footers, the other seven comment lines, every share row and the Russian
grants-fund note went); keep lines kept 20/20; pages 6/12 clean, 11 of 240 page noise lines left and 0 of 120 article
lines lost. Clean: all six portal pages. Left: on all six blog pages the photo caption at the top of the block of the
second paragraph and the quote (1 each), with on the French chip-carving blog also the sign-off and the plug in their
block of two after the last paragraph (3 in all) and on the Russian pickled-cucumber blog also the Ozon affiliate link
between the first and second list rows, the sign-off and the plug (4 in all); the English, German, Italian and Polish
blogs keep 1 each. Lost: no page and no keep line loses an article line. The failing cases are strict xfails; with them
the pytest command on the final file in /tmp/wt-s192 gave 61 passed, 16 xfailed, no XPASS.

Measured after round 126 (developed on sets 189 and 190 beside this set's writing from the same base, 41548a8, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 0fa647f, the round with
the lead's mend): nothing moved. Every blog keeps its photo caption; the French and Russian blogs keep their sign-off
and course plug, the Russian blog its shop line inside the list ("Дубовую бочку я заказывала вот здесь, на Ozon": no
colon before the marketplace, no address). Noise lines 35 of 45, keep 20 of 20, pages clean 6 of 12, page noise lines
left 11 of 240, article lines lost 0 of 120.

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
after: noise lines 35/45 -> 39/45 (marker 4/8 -> 7/8, comments 7/8 -> 8/8; reading-time 7/7, byline 5/8, footer 8/8,
share 3/3, notice 1/3 unchanged), keep 20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines left 11 -> 7 of 240,
article lines lost 0 -> 0 of 120; four line xfails removed, the French and Russian blogs' reasons reworded (their
sign-off and plug go). Still missed: the six lines of _LINE_XFAIL (the Riddle quiz marker: an expired quiz of a service
named after "di", not read as a platform; the guest-post and freelance-report bylines; the Etsy spoons plug; the
reporting-fund and archive-photos notices), every blog's photo caption (left on purpose) and the Russian blog's Ozon
shop line inside the list (no address).

Lead's mend after round 127: the round's did not load, still processing and not loaded now count only with a
placeholder's form (whole_line_noise._EMBED_STATE_PENDING), and its Latin-script brand after a Russian noun only under a
label with its colon: the lead's probes found news lines taken ("The Komoot route map did not load for most riders, so
the organisers printed paper copies.", "Видео с Kinescope не загрузилось, и запись показали на проекторе."). This set's
Loom and Prezi placeholders have no such form and are kept again (strict xfails again): markers 7 -> 5 of 8, noise
lines 39 -> 37 of 45; pages unchanged.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_192_LINES: list[tuple[str, str, str]] = [
    ('body', 'Acast player: this episode is not available in your region.', 'marker'),
    ('body', 'Loading Komoot tour… This tour is private or has been deleted by its planner.', 'marker'),
    ('body', 'A Loom video was meant to appear here, but the recording is still processing.', 'marker'),
    ('body', "Le lecteur Mixcloud n'est pas disponible dans votre pays en raison des droits de licence.", 'marker'),
    ('body', 'Glomex-Video konnte nicht abgespielt werden: Wiedergabe auf diesem Gerät nicht unterstützt.', 'marker'),
    ('body', 'Il quiz di Riddle è scaduto e non è più possibile partecipare.', 'marker'),
    ('body', 'Prezentacja Prezi nie została wczytana – przekroczono limit wyświetleń na koncie autora.', 'marker'),
    ('body', 'Видео с Kinescope недоступно: истёк срок действия ссылки для встраивания.', 'marker'),
    ('head', 'This article takes about 6 minutes to read', 'reading-time'),
    ('head', 'Long post alert: roughly 20 minutes of reading ahead', 'reading-time'),
    ('head', 'Temps estimé : 6 min de lecture', 'reading-time'),
    ('head', 'Lesedauer: ca. 6 Minuten', 'reading-time'),
    ('head', 'Si legge in 6 minuti', 'reading-time'),
    ('head', 'Szacowany czas lektury: 6 min', 'reading-time'),
    ('head', 'На чтение уйдёт около 6 минут', 'reading-time'),
    ('head', 'Reporting by Philippa Grindlecombe; additional reporting by Amos Pribblecote', 'byline'),
    ('head', "Guest post by Crispin Oddleworth, who volunteers with the county's rivers trust", 'byline'),
    ('head', 'Ein Bericht unserer freien Mitarbeiterin Walburga Trunzelmoser', 'byline'),
    ('head', 'Автор материала — Ефросинья Сенокосцева, внештатный корреспондент', 'byline'),
    ('tail', "I sell theremin kits I've tested myself on Etsy – each one comes with a soldering guide.", 'byline'),
    ('tail', 'Je vends mes cuillères sculptées sur Vinted, envoi en Mondial Relay.', 'byline'),
    ('tail', 'I miei cucchiai intagliati li trovi su Etsy, spedizione gratuita sopra i 40 euro.', 'byline'),
    ('tail', 'Moje łyżki i miski z drewna kupisz na Allegro – wysyłam Pocztą Polską.', 'byline'),
    ('tail', 'Proudly published with Ghost · Theme: Casper', 'footer'),
    ('tail', 'Site hosted by Krystal, powered by renewable energy · Accessibility statement', 'footer'),
    ('tail', 'This newspaper is regulated by the Independent Press Standards Organisation (IPSO)', 'footer'),
    ('tail', 'Blog propulsé par Over-Blog · Signaler un abus · Conditions générales', 'footer'),
    ('tail', 'Mit Webador erstellt · Impressum · Barrierefreiheit', 'footer'),
    ('tail', 'P.IVA 03217450169 · Tutti i contenuti sono distribuiti con licenza CC BY-NC-SA 4.0', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione.', 'footer'),
    ('tail', 'Сделано на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort by: Newest · Oldest · Most liked', 'comments'),
    ('tail', 'Be the first to comment on this story', 'comments'),
    ('tail', 'Powered by Disqus · Subscribe · Privacy · Do Not Sell My Data', 'comments'),
    ('tail', 'Afficher les réponses précédentes (6)', 'comments'),
    ('tail', 'Kommentare werden zwischen 22 und 7 Uhr nicht freigeschaltet.', 'comments'),
    ('tail', 'Accedi con il tuo account per commentare o registrati gratuitamente', 'comments'),
    ('tail', 'Komentarz oczekuje na zatwierdzenie przez moderatora.', 'comments'),
    ('tail', 'Комментарии закрыты: обсуждение доступно 72 часа после публикации.', 'comments'),
    ('tail', 'Partagez sur Pinterest · Threads · Mastodon', 'share'),
    ('tail', 'Artikel teilen per Mail · WhatsApp · Telegram · Threema', 'share'),
    ('tail', 'Podziel się: Messenger · Pinterest · Skopiuj link', 'share'),
    ('body', 'This report was produced with the support of the Community Heritage Reporting Fund.', 'notice'),
    ('body', "Nota: le fotografie dell'articolo sono d'archivio.", 'notice'),
    ('tail', 'Материал подготовлен при поддержке Фонда президентских грантов.', 'notice'),
]

HELD_OUT_192_KEEP: list[tuple[str, str]] = [
    ('head', ('Comments from more than 300 residents persuaded the parish council to keep the old ford open to '
              'walkers.')),
    ('head', "Share prices of the county's last brickworks fell sharply after its main kiln was found to be cracked."),
    ('head', 'Follow-on funding of £40,000 will let the trust replant the orchard behind the almshouses next winter.'),
    ('body', 'Advertising hoardings along the bypass will be taken down by March, the highways authority said.'),
    ('body', 'Reading from the parish register, the vicar named the seven ringers who cast the tenor bell in 1887.'),
    ('tail', "Copyright lawyers for the family say the bandstand's design cannot be copied without their consent."),
    ('tail', 'Subscriptions from 140 members keep the village lido open on summer evenings, the committee said.'),
    ('head', 'Partagée entre deux communes depuis 1793, la forêt de la Crête sera enfin bornée cet été.'),
    ('body', "Les commentaires du préfet sur le projet d'éoliennes ont surpris les élus du canton."),
    ('tail', ("Suivez le guide : c'est ainsi que l'office de tourisme a baptisé ses balades nocturnes dans la "
              'vieille ville.')),
    ('head', 'Kommentare von Anwohnern haben den Gemeinderat dazu gebracht, die Linde am Marktplatz stehen zu lassen.'),
    ('body', 'Werbung für das Dorffest hing in diesem Jahr sogar an den Bushaltestellen der Nachbarorte.'),
    ('tail', 'Teilen müssen sich die beiden Vereine das Sportheim noch bis zum Frühjahr.'),
    ('head', "Condividere l'orto comunale con le scuole è stata l'idea di un gruppo di pensionati del quartiere."),
    ('tail', 'Seguire la processione dal campanile è un privilegio che spetta da secoli ai campanari.'),
    ('tail', 'La pubblicità del vecchio pastificio, dipinta sul muro nel 1931, è stata restaurata dagli studenti.'),
    ('head', 'Udostępnienie wieży ciśnień zwiedzającym planowane jest na wiosnę przyszłego roku.'),
    ('tail', 'Reklamy na płocie stadionu sfinansują w tym roku nowe stroje dla juniorów.'),
    ('body', 'Комментарии археологов к находке появятся в отчёте, который опубликуют осенью.'),
    ('tail', 'Поделиться урожаем с соседями в деревне принято с давних времён.'),
]

HELD_OUT_192_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pellingwick-shell-grotto', [
        ['-The Pellingwick Chronicle – News for Pellingwick and the Vale',
         "-Home | News | Sport | What's On | Property | Jobs"],
        ['-Home › News › Heritage',
         '+Shell grotto under the rectory garden reopens after forty years',
         '-By Marigold Tuppenhall, Heritage Reporter',
         '-Published 14 May 2026, 06:00 BST',
         '-4 min read'],
        ["-The restored grotto's central chamber, lit for the first time since 1986.",
         '-Photo: Pellingwick Chronicle'],
        [('+A shell grotto dug beneath the old rectory garden in the 1760s opened to visitors again on Saturday '
          'after forty years behind a locked door.'),
         '-Share this article: Facebook · X · WhatsApp · Email',
         ('+Volunteers from the Pellingwick Heritage Group spent three winters cleaning the walls, where more '
          'than twenty thousand cockle, oyster and mussel shells are set in lime.'),
         ('+"When the lamps came on and we saw the shells shine again, a few of us had to sit down," said the '
          "group's chair, Neville Scallowby.")],
        ['-Advertisement',
         '-Sponsored: The conservatory prices homeowners in the Vale are talking about',
         "-Get the Chronicle's morning briefing in your inbox – sign up free"],
        ['+What the volunteers did',
         '+They cleared ninety tonnes of soil that had filled the entrance passage.',
         '+They replaced missing shells with ones gathered from the same beach.',
         '-Read more: Rectory garden open day raises £2,300 for the church roof',
         '+They fitted low lighting that does not warm the lime.'],
        [('+The grotto will open on the first Saturday of each month until October, and visits must be booked '
          'through the parish office.'),
         ('+The heritage group still hopes to find out who built it, as no record of the builder survives in the '
          'parish papers.')],
        ['-6 comments',
         '-ValeWalker: Went on Saturday – absolutely magical, well worth the wait.',
         '-↳ Ruth P.: Agree, the shell patterns on the ceiling are stunning.',
         '-Dennis H.: Is there wheelchair access to the chamber?',
         '-↳ Marigold Tuppenhall: Sadly not, Dennis – the passage has steps, but the group is filming a virtual tour.'],
        ['-About us · Contact · Advertise · Terms · Privacy · Cookie settings',
         '-© 2026 Pellingwick Chronicle Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-wobbly-aerials-theremin', [
        ['-Wobbly Aerials',
         '-Notes from a shed full of odd electronic instruments',
         '-Home · Builds · Schematics · About'],
        ['+Building a theremin kit on the kitchen table',
         '-Posted on 9 February 2026 by Rufus',
         '-Reading time: 9 minutes',
         '-Some links in this post are affiliate links, which means I may earn a small commission at no cost to you.'],
        [('+I finally built the theremin kit my sister gave me two Christmases ago, and it took four evenings '
          'rather than the one the box promised.'),
         '-Contents',
         '-1. Sorting the parts',
         '-2. Tuning the pitch antenna'],
        ['-The finished theremin on its walnut stand, with both antennas fitted.',
         '+The board is small and crowded, so I sorted every resistor into an egg box before I heated the iron.',
         ('+The instructions put it plainly: "If the pitch antenna will not null, check your ground before you '
          'check anything else."'),
         '-Pin it! · Share on Facebook · Tweet'],
        ['+What went into it',
         '+A through-hole circuit board with four oscillators.',
         '-The soldering iron I used: check the current price on Amazon',
         '+Two brass antennas cut from an old curtain rod.',
         '+A walnut offcut for the stand.'],
        ['+Tuning took longest, because the pitch field shifts whenever I lean over the bench.',
         '-Enjoying the builds? Subscribe and get every new post by email.',
         '+It now plays a wobbly but recognisable version of the Doctor Who theme, which is all I ever wanted.'],
        ['-Keep soldering, Rufus',
         '-Want one ready-made? I build and calibrate theremins to order – see the Commissions page.'],
        ['-Hattie says: Did you shield the pitch oscillator or leave it bare?',
         '-↳ Rufus says: Left it bare – a grounded tin lid over it helped more than anything.',
         "-Owain says: Great write-up, I've got the same kit waiting in a drawer."],
        ['-© 2026 Rufus – all rights reserved',
         '-Powered by WordPress · Theme: Blocksy'],
    ]),
    _page('fr', 'fr-portail-orbuzac-grotte-ermite', [
        ["-L'Écho d'Orbuzac – Le journal de la vallée",
         '-Accueil | Actualités | Sports | Agenda | Nécrologie'],
        ['-Accueil > Actualités > Patrimoine',
         "+La grotte de l'ermite du domaine de Brignolasse rouvre ses portes",
         '-Par Gaëlle Pradinoux',
         '-Publié le 22/05/2026 à 07h15',
         '-3 min de lecture'],
        ["-L'entrée de la grotte, dégagée des ronces au printemps.",
         "-Crédit photo : L'Écho d'Orbuzac"],
        [("+Creusée dans la falaise au fond du parc du domaine de Brignolasse, la grotte de l'ermite est de "
          'nouveau ouverte au public depuis samedi.'),
         '-Partager : Facebook · X · E-mail',
         ('+Au XVIIIe siècle, le propriétaire du domaine y avait installé un ermite rémunéré pour méditer devant '
          "les invités, une mode venue d'Angleterre."),
         ("+« On nous demandait souvent si l'ermite avait vraiment existé ; les archives du château le "
          'confirment », explique la propriétaire, Hélène Vaubricourt.')],
        ['-Publicité',
         '-Contenu sponsorisé : Ces artisans de la région qui changent vos fenêtres à prix cassés',
         "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter"],
        ['+Ce que les bénévoles ont restauré',
         "+Le banc de pierre taillé dans la roche, où dormait l'ermite.",
         '+La petite source qui coule au fond de la grotte.',
         '-À lire aussi : Le parc de Brignolasse labellisé jardin remarquable',
         "+L'escalier de rondins qui descend depuis la terrasse."],
        ["+La grotte se visite les dimanches après-midi jusqu'à la fin septembre, sur réservation.",
         "+Les bénévoles cherchent encore le portrait de l'ermite, peint vers 1770 et vendu au siècle dernier."],
        ['-4 réactions',
         "-Josette47 : Quelle belle initiative, j'y allais enfant avec mon grand-père.",
         "-↳ Marcel B. : Moi aussi, on avait peur d'y croiser l'ermite !",
         '-Sylvie T. : Les chiens sont-ils acceptés dans le parc ?',
         '-↳ Gaëlle Pradinoux : Bonjour Sylvie, oui, tenus en laisse.'],
        ['-Mentions légales · Nous contacter · CGU · Gestion des cookies',
         "-© L'Écho d'Orbuzac 2026 – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-copeaux-ysoline-rosace', [
        ["-Les Copeaux d'Ysoline",
         '-Bois, couteaux et petites rosaces',
         '-Accueil · Tutoriels · Outils · Contact'],
        ['+Ma première rosace en taille de copeaux sur une planche de tilleul',
         '-Publié le 3 mars 2026 par Ysoline',
         '-8 min de lecture',
         '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission.'],
        [("+Cela faisait des mois que je voulais essayer la taille de copeaux, cette technique où l'on enlève de "
          'petits triangles de bois au couteau.'),
         '-Sommaire',
         '-1. Choisir le bois',
         '-2. Tracer la rosace'],
        ['-La planche de tilleul après le tracé au crayon.',
         "+J'ai choisi une planche de tilleul, tendre et sans nœuds, et j'ai tracé la rosace au compas.",
         "+Mon voisin menuisier m'a dit : « Tiens ton couteau comme un crayon et laisse la lame faire le travail. »",
         '-Épingler sur Pinterest · Partager sur Facebook'],
        ['+Mon matériel',
         '+Un couteau à copeaux à lame courte.',
         "-Le couteau que j'utilise est disponible ici sur Amazon",
         '+Une pierre à aiguiser et un cuir.',
         '+Une planche de tilleul de vingt centimètres.'],
        ["+Les premiers triangles étaient irréguliers, mais au bout d'une heure les coupes devenaient nettes.",
         '-Pour ne rien manquer, abonnez-vous à la lettre du blog.',
         "+La rosace est maintenant accrochée dans l'entrée, et j'ai déjà tracé la suivante."],
        ['-Bonne taille à tous, Ysoline',
         "-Je propose des stages d'initiation d'une journée dans mon atelier : infos et dates dans l'onglet Stages."],
        ['-Régine : Magnifique ! Quel angle donnes-tu à la lame ?',
         '-↳ Ysoline : Environ soixante degrés, Régine, pas plus.',
         '-Thibault : Le tilleul, ça se trouve facilement en scierie ?'],
        ['-© 2026 Ysoline – reproduction interdite sans autorisation',
         '-Propulsé par WordPress · Thème Hestia'],
    ]),
    _page('de', 'de-portal-quendelsfeld-staffageturm', [
        ['-Quendelsfelder Rundschau – Ihre Zeitung für Stadt und Land',
         '-Startseite | Lokales | Sport | Kultur | Trauer'],
        ['-Startseite › Lokales › Quendelsfeld',
         '+Neue Treppe im Staffageturm: Aussicht über den Schlosspark wieder frei',
         '-Von Roswitha Klimpferl',
         '-18.05.2026, 05:30 Uhr',
         '-Lesezeit: 3 Min.'],
        ['-Die neue Eichentreppe windet sich durch den schmalen Turm.',
         '-Foto: Roswitha Klimpferl'],
        ['+Der kleine Staffageturm am Rand des Schlossparks ist seit Sonntag wieder begehbar.',
         '-Teilen: Facebook · X · E-Mail',
         ('+Der Graf ließ ihn um 1790 als künstliche Ruine bauen; die hölzerne Wendeltreppe im Inneren war seit '
          '1998 gesperrt.'),
         ('+„Wir haben jede Stufe nach den alten Maßen neu aus Eiche gefertigt“, sagt Zimmermeister Ottokar '
          'Feldrinner.')],
        ['-Anzeige',
         '-Gesponsert: Diese Heizung spart Hausbesitzern in der Region bares Geld',
         '-Der Rundschau-Newsletter: Die wichtigsten Nachrichten aus der Region jeden Morgen'],
        ['+Was erneuert wurde',
         '+Die Wendeltreppe mit 64 Stufen aus Eichenholz.',
         '+Das Geländer aus geschmiedetem Eisen.',
         '-Lesen Sie auch: Schlosspark bekommt neue Bänke',
         '+Die Luke zur Aussichtsplattform.'],
        ['+Der Turm ist an Wochenenden von 10 bis 17 Uhr geöffnet, der Eintritt ist frei.',
         '+Der Förderverein sammelt nun Spenden für die Sanierung der Mauerkrone.'],
        ['-5 Kommentare',
         '-Parkläufer: Endlich! Die Aussicht ist herrlich.',
         '-↳ Gudrun M.: Kann ich nur bestätigen, vor allem am Abend.',
         '-Heinz K.: Ist der Turm auch für Kinder geeignet?',
         '-↳ Roswitha Klimpferl: Ja, Kinder unter zwölf Jahren aber nur in Begleitung Erwachsener.'],
        ['-Impressum · Datenschutz · Kontakt · Mediadaten · AGB',
         '-© Quendelsfelder Rundschau 2026'],
    ]),
    _page('de', 'de-blog-korbinians-wippe-drehbank', [
        ['-Korbinians Wippe',
         '-Grünholz, Schnitzmesser und viel Geduld',
         '-Start · Projekte · Werkzeug · Über mich'],
        ['+Meine erste Wippdrehbank aus Fichtenstangen',
         '-Veröffentlicht am 12. April 2026 von Korbinian',
         '-Lesezeit: 7 Minuten',
         '-Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, bekomme ich eine kleine Provision.'],
        ['+Nach einem Kurs im Freilichtmuseum wollte ich unbedingt eine eigene Wippdrehbank im Garten haben.',
         '-Inhaltsverzeichnis',
         '-1. Das Gestell',
         '-2. Die Wippe'],
        ['-Das fertige Gestell unter dem Apfelbaum.',
         '+Das Gestell besteht aus zwei Fichtenstangen, die ich mit Holznägeln verbunden habe.',
         ('+Mein Kursleiter sagte: „Die Wippe muss so kräftig sein, dass sie das Holz zurückdreht, aber nicht '
          'den Drechsler.“'),
         '-Auf Pinterest merken · Auf Facebook teilen'],
        ['+Was ich verbaut habe',
         '+Zwei Fichtenstangen von vier Metern.',
         '-Meine Drechselröhre findest du hier bei Amazon*',
         '+Eine Haselrute als Wippe.',
         '+Eine Schnur aus Hanf.'],
        ['+Die ersten Schalen wurden krumm, weil ich die Röhre zu flach gehalten habe.',
         '-Keinen Beitrag verpassen: Abonniere meinen Newsletter!',
         '+Inzwischen drechsle ich Stuhlbeine und habe sogar schon Aufträge aus dem Dorf.'],
        ['-Bis bald, euer Korbinian',
         '-Ich biete Drechselkurse an der Wippe an – Termine findest du unter Kurse.'],
        ['-Lukas schreibt: Welches Holz nimmst du für die Schalen?',
         '-↳ Korbinian schreibt: Frische Birke, Lukas, die lässt sich am besten drehen.',
         '-Marlene schreibt: Tolles Projekt, das will ich auch versuchen!'],
        ['-© 2026 Korbinian · Alle Rechte vorbehalten',
         '-Erstellt mit WordPress · Theme: OceanWP'],
    ]),
    _page('it', 'it-portale-borgoterzolo-obelisco', [
        ['-La Voce di Borgoterzolo – Notizie dal paese e dalla valle',
         '-Home | Cronaca | Sport | Cultura | Necrologi'],
        ['-Home > Cronaca > Borgoterzolo',
         "+Torna al suo posto l'obelisco del prato della fiera",
         '-di Gismonda Tarpellini',
         '-20 maggio 2026 ore 08:40',
         '-Tempo di lettura: 3 minuti'],
        ["-L'obelisco rimontato sul prato della fiera.",
         '-Foto: Gismonda Tarpellini'],
        [("+L'obelisco in pietra che dal 1858 segna il centro del prato della fiera è tornato al suo posto dopo "
          'due anni di restauro.'),
         '-Condividi: Facebook · X · WhatsApp',
         "+Era stato smontato nel 2024 perché il basamento si era inclinato dopo le piogge d'autunno.",
         ('+«Abbiamo numerato ogni blocco prima di smontarlo, come un puzzle», racconta il geometra comunale '
          'Tiberio Grumazzoni.')],
        ['-Annuncio pubblicitario',
         '-Contenuto sponsorizzato: Le offerte sui pannelli solari che stanno facendo parlare la provincia',
         '-Iscriviti alla newsletter della Voce: le notizie del paese ogni mattina'],
        ['+Gli interventi',
         '+Il basamento è stato rifatto su nuove fondazioni.',
         '+Le iscrizioni sono state ripulite a mano.',
         '-Leggi anche: Prato della fiera, nuove panchine e alberi',
         '+La punta in bronzo è stata ridorata.'],
        ["+L'inaugurazione si terrà domenica alle 11 con la banda del paese.",
         "+Il Comune vuole ora illuminare l'obelisco di sera con luci a basso consumo."],
        ['-3 commenti',
         "-Franca62: Finalmente! Senza l'obelisco il prato sembrava vuoto.",
         '-↳ Ugo R.: Verissimo, è il simbolo del paese.',
         '-Lidia C.: Chi ha pagato il restauro?',
         '-↳ Gismonda Tarpellini: Gentile Lidia, la Regione e una raccolta fondi della parrocchia.'],
        ['-Chi siamo · Contatti · Privacy · Cookie policy',
         '-© 2026 La Voce di Borgoterzolo – Riproduzione riservata'],
    ]),
    _page('it', 'it-blog-graticcio-di-tobia-nocciolo', [
        ['-Il Graticcio di Tobia',
         '-Legno verde, orti e lavori di campagna',
         '-Home · Progetti · Attrezzi · Chi sono'],
        ['+Il mio primo graticcio di nocciolo intrecciato',
         '-Pubblicato il 15 marzo 2026 da Tobia',
         '-Lettura: 7 minuti',
         ('-In questo articolo trovi link di affiliazione: se acquisti tramite questi link ricevo una piccola '
          'commissione.')],
        ["+Quest'inverno ho tagliato il nocciolo lungo il fosso e ho deciso di farne un graticcio per l'orto.",
         '-Indice dei contenuti',
         '-1. Il taglio delle pertiche',
         '-2. La trama'],
        ['-Le pertiche di nocciolo appena tagliate.',
         '+Per il telaio ho usato una trave con dieci fori, dove ho infilato i paletti dritti.',
         ('+Un vecchio contadino mi ha detto: «Il nocciolo va intrecciato verde, altrimenti si spezza come un '
          'grissino.»'),
         '-Salva su Pinterest · Condividi su Facebook'],
        ['+Cosa serve',
         '+Dieci paletti di nocciolo spessi un pollice.',
         '-La roncola che uso la trovi qui su Amazon',
         '+Una trentina di pertiche sottili.',
         '+Una trave di legno forata.'],
        ['+Le prime file erano lente, poi ho imparato a torcere le pertiche alle estremità.',
         '-Iscriviti alla newsletter per non perdere i prossimi progetti!',
         "+Ora il graticcio ripara l'orto dal vento e ne sto già preparando un secondo."],
        ['-Alla prossima, Tobia',
         '-Costruisco graticci su misura per orti e giardini: scrivimi dalla pagina Contatti.'],
        ['-Giulia: Bellissimo! Quanto tempo ci hai messo?',
         '-↳ Tobia: Due pomeriggi, Giulia, compreso il taglio.',
         '-Nando: Si può fare anche con il salice?'],
        ['-© 2026 Tobia – tutti i diritti riservati',
         '-Realizzato con WordPress · Tema: Zakra'],
    ]),
    _page('pl', 'pl-portal-linowiska-prom', [
        ['-Głos Linowisk – tygodnik ziemi nadrzecznej',
         '-Strona główna | Wiadomości | Sport | Kultura | Nekrologi'],
        ['-Strona główna › Wiadomości › Gmina',
         '+Prom linowy znów przewozi ludzi przez rzekę',
         '-Autor: Bronisława Kwiatkowiak',
         '-21.05.2026, 09:10',
         '-Czas czytania: 3 min'],
        ['-Prom linowy w drodze na drugi brzeg.',
         '-Fot. Bronisława Kwiatkowiak'],
        ['+Po trzech latach przerwy prom linowy w Linowiskach znów przewozi pieszych i rowerzystów na drugi brzeg.',
         '-Udostępnij: Facebook · X · E-mail',
         '+Stary prom zatonął podczas wiosennej powodzi, a gmina długo szukała pieniędzy na nowy.',
         '+„Lina jest nowa, ale prowadzimy prom tak samo jak nasi dziadkowie” – mówi przewoźnik Zenon Piaskowicz.'],
        ['-Reklama',
         '-Artykuł sponsorowany: Takich okien jeszcze w regionie nie było – sprawdź ceny',
         '-Zapisz się na newsletter Głosu i otrzymuj najważniejsze wiadomości co rano'],
        ['+Co zrobiono',
         '+Zbudowano nowy pokład z dębowych desek.',
         '+Naprawiono przystanie na obu brzegach.',
         '-Czytaj także: Nowa ścieżka rowerowa wzdłuż wału',
         '+Zamontowano koło do przeciągania liny.'],
        ['+Prom kursuje codziennie od 8 do 20, a przeprawa jest bezpłatna.',
         '+Wójt zapowiada, że latem prom będzie też przewoził wozy konne.'],
        ['-7 komentarzy',
         '-Rybak_z_Linowisk: Wreszcie, bez promu trzeba było jechać dwadzieścia kilometrów do mostu.',
         '-↳ Krysia: Dokładnie tak, dzieci mają teraz bliżej do szkoły.',
         '-Tadeusz W.: A co z przewozem samochodów?',
         '-↳ Bronisława Kwiatkowiak: Panie Tadeuszu, prom jest tylko dla pieszych i rowerów.'],
        ['-O nas · Kontakt · Regulamin · Polityka prywatności',
         '-© Głos Linowisk 2026'],
    ]),
    _page('pl', 'pl-blog-laski-wieska-tarnina', [
        ['-Laski Wieśka',
         '-Kije, laski i inne patyki z duszą',
         '-Start · Projekty · Narzędzia · O mnie'],
        ['+Laska z tarniny: od krzaka do gotowego kija',
         '-Opublikowano 2 lutego 2026 przez Wieśka',
         '-Czas czytania: 8 minut',
         '-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.'],
        ['+Tarninową gałąź wyciąłem w listopadzie, po pierwszych przymrozkach, i przez rok suszyłem ją w stodole.',
         '-Spis treści',
         '-1. Wybór gałęzi',
         '-2. Prostowanie nad ogniem'],
        ['-Tarninowa gałąź po roku suszenia.',
         '+Kij prostowałem nad ogniskiem, wyginając go powoli na kolanie.',
         '+Dziadek zawsze powtarzał: „Tarnina się nie łamie, tylko człowiekowi brak cierpliwości”.',
         '-Zapisz na Pintereście · Udostępnij na Facebooku'],
        ['+Czego użyłem',
         '+Gałęzi tarniny o długości półtora metra.',
         '-Mój nóż do korowania kupisz tutaj na Allegro',
         '+Papieru ściernego o trzech gradacjach.',
         '+Oleju lnianego i wosku pszczelego.'],
        ['+Kolce zostawiłem jako małe guzki, bo dobrze trzymają się dłoni.',
         '-Nie przegap nowych wpisów – zapisz się do newslettera!',
         '+Laska służy mi teraz na każdym spacerze po lesie.'],
        ['-Pozdrawiam, Wiesiek',
         '-Robię laski na zamówienie – napisz przez formularz w zakładce Kontakt.'],
        ['-Marian: Pięknie wyszła! Jak długo ją olejowałeś?',
         '-↳ Wiesiek: Trzy warstwy, Marianie, co dwa dni.',
         '-Ela: A czy tarnina nie pęka przy suszeniu?'],
        ['-© 2026 Wiesiek – wszystkie prawa zastrzeżone',
         '-Blog na WordPressie · Motyw: Sydney'],
    ]),
    _page('ru', 'ru-portal-travnishchevo-kosba', [
        ['-Травнищевские зори — новости села и района',
         '-Главная | Новости | Спорт | Культура | Объявления'],
        ['-Главная › Новости › Село',
         '+В Травнищеве луг снова косят косами, как сто лет назад',
         '-Автор: Евдокия Покосникова',
         '-22 мая 2026, 10:05',
         '-3 мин. чтения'],
        ['-Косари на заливном лугу у реки.',
         '-Фото: Евдокия Покосникова'],
        ['+На заливном лугу у реки в Травнищеве впервые за полвека сено косили вручную, косами.',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         ('+Косьбу устроил местный краеведческий клуб, чтобы сохранить редкие травы, которые гибнут под тяжёлой '
          'техникой.'),
         '+«Коса идёт тихо, и луг после неё дышит», — говорит руководитель клуба Матвей Сенозорин.'],
        ['-Реклама',
         '-Партнёрский материал: Где в районе купить теплицу со скидкой до 40%',
         '-Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости'],
        ['+Что сделали косари',
         '+Скосили луг площадью два гектара за три дня.',
         '+Высушили сено в валках, не вороша его техникой.',
         '-Читайте также: В селе отремонтируют старый колодец',
         '+Сметали два стога по старинному способу.'],
        ['+Клуб приглашает всех желающих на косьбу следующим летом, косы выдадут на месте.',
         '+Сено пойдёт на корм лошадям конного двора в соседней деревне.'],
        ['-5 комментариев',
         '-Степаныч: Молодцы! Сам косил в детстве, руки помнят.',
         '-↳ Нина: И мой дед так косил, спасибо за статью.',
         '-Алексей К.: А где можно научиться косить?',
         '-↳ Евдокия Покосникова: Алексей, клуб проводит занятия по субботам.'],
        ['-О газете · Контакты · Размещение объявлений · Политика конфиденциальности',
         '-© 2026 «Травнищевские зори». Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-bochka-agafi-ogurtsy', [
        ['-Бочка Агафьи',
         '-Соленья, варенья и дачные заботы',
         '-Главная · Рецепты · Огород · Обо мне'],
        ['+Солёные огурцы в дубовой бочке: мой первый опыт',
         '-Опубликовано 14 августа 2026, автор: Агафья',
         '-Читать 6 минут',
         '-В статье есть партнёрские ссылки: покупая по ним, вы поддерживаете блог.'],
        ['+В этом году огурцов уродилось столько, что я решилась засолить их в настоящей дубовой бочке.',
         '-Содержание',
         '-1. Подготовка бочки',
         '-2. Рассол'],
        ['-Огурцы, уложенные в бочку слоями.',
         '+Бочку я три дня вымачивала в воде, чтобы дерево разбухло и перестало течь.',
         '+Соседка посоветовала: «Хрена не жалей, тогда огурец будет хрустеть до весны».',
         '-Сохранить в Pinterest · Поделиться ВКонтакте'],
        ['+Что понадобилось',
         '+Двадцать килограммов мелких огурцов.',
         '-Дубовую бочку я заказывала вот здесь, на Ozon',
         '+Листья хрена, смородины и укроп.',
         '+Соль и чеснок.'],
        ['+Через месяц в погребе огурцы стали хрусткими и в меру солёными.',
         '-Подпишитесь на рассылку, чтобы не пропустить новые рецепты!',
         '+Теперь бочка стоит в погребе, и зимой я буду доставать огурцы прямо из рассола.'],
        ['-С любовью, ваша Агафья',
         '-Провожу мастер-классы по засолке у себя на даче — записывайтесь в разделе «Мастер-классы».'],
        ['-Зинаида: Сколько соли на ведро воды кладёте?',
         '-↳ Агафья: Зинаида, столовую ложку с горкой на литр.',
         '-Олег: А в пластиковом ведре так получится?'],
        ['-© 2026 Агафья. Копирование рецептов без ссылки запрещено.',
         '-Работает на WordPress · Тема: Blossom Recipe'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'A Loom video was meant to appear here, but the recording is still processing.':
        ("an English Loom placeholder still processing ('A Loom video was meant to appear here, but the recording is "
         "still processing.') is left in the body"),
    'Prezentacja Prezi nie została wczytana – przekroczono limit wyświetleń na koncie autora.':
        ("a Polish Prezi placeholder not loaded ('Prezentacja Prezi nie została wczytana – przekroczono limit "
         "wyświetleń na koncie autora.') is left in the body"),
    'Il quiz di Riddle è scaduto e non è più possibile partecipare.':
        ("an Italian expired Riddle quiz marker ('Il quiz di Riddle è scaduto e non è più possibile "
         "partecipare.') is left in the body"),
    "Guest post by Crispin Oddleworth, who volunteers with the county's rivers trust":
        ("an English guest-post byline ('Guest post by Crispin Oddleworth, who volunteers with the county's "
         "rivers trust') is left at the head"),
    'Ein Bericht unserer freien Mitarbeiterin Walburga Trunzelmoser':
        ("a German freelance-report byline ('Ein Bericht unserer freien Mitarbeiterin Walburga Trunzelmoser') is "
         'left at the head'),
    'This report was produced with the support of the Community Heritage Reporting Fund.':
        ("an English reporting-fund notice ('This report was produced with the support of the Community Heritage "
         "Reporting Fund.') is left in the body"),
    "Nota: le fotografie dell'articolo sono d'archivio.":
        "an Italian archive-photos notice ('Nota: le fotografie dell'articolo sono d'archivio.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-wobbly-aerials-theremin':
        ("the theremin blog's post keeps the photo caption ('The finished theremin on its walnut stand, with both "
         "antennas fitted.') at the top of the block of the second paragraph and the quote (1 of 20 noise lines); "
         'no article line is lost'),
    'fr-blog-copeaux-ysoline-rosace':
        ("the chip-carving blog's post keeps the photo caption ('La planche de tilleul après le tracé au crayon.') at "
         'the top of the block of the second paragraph and the quote (1 of 20 noise lines; since round 127 the '
         'sign-off and the workshops plug after the last paragraph go); no article line is lost'),
    'de-blog-korbinians-wippe-drehbank':
        ("the pole-lathe blog's post keeps the photo caption ('Das fertige Gestell unter dem Apfelbaum.') at the "
         'top of the block of the second paragraph and the quote (1 of 20 noise lines); no article line is lost'),
    'it-blog-graticcio-di-tobia-nocciolo':
        ("the hazel-hurdle blog's post keeps the photo caption ('Le pertiche di nocciolo appena tagliate.') at "
         'the top of the block of the second paragraph and the quote (1 of 20 noise lines); no article line is '
         'lost'),
    'pl-blog-laski-wieska-tarnina':
        ("the blackthorn-stick blog's post keeps the photo caption ('Tarninowa gałąź po roku suszenia.') at the "
         'top of the block of the second paragraph and the quote (1 of 20 noise lines); no article line is lost'),
    'ru-blog-bochka-agafi-ogurtsy':
        ("the pickled-cucumber blog's post keeps the photo caption ('Огурцы, уложенные в бочку слоями.') at the top of"
         ' the block of the second paragraph and the quote (1 of 20 noise lines; since round 127 the sign-off and the '
         "master-class plug after the last paragraph go, since round 130 the affiliate link ('Дубовую бочку я "
         "заказывала вот здесь, на Ozon') between the first and second list rows); no article line is lost"),
}

test_held_out_192_line, test_held_out_192_line_is_kept, test_held_out_192_page = held_out_tests(
    HELD_OUT_192_LINES, HELD_OUT_192_KEEP, HELD_OUT_192_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
