"""Held-out set 195: written blind, weighted toward the noise the cleaner exists for, in shapes set 194's docstring does
not name (nor the first paragraphs of sets 191, 192 and 193): scraper, embed and ad markers (an English Datawrapper
chart not rendered without JavaScript "The Datawrapper chart that belongs here could not be rendered because JavaScript
is turned off.", an English Audioboom clip unpublished by the podcast's owner "Audioboom clip: this episode was
unpublished by the podcast's owner and can no longer be played.", an English Genially presentation blocked by a network
firewall "Genially presentation blocked: your network's firewall is preventing access to view.genial.ly.", a French
Ausha episode whose RSS feed cannot be found "Épisode Ausha indisponible : le flux RSS de l'émission est introuvable.",
a German Podigee player whose episode is not yet out "Podigee-Player: Die Folge ist noch nicht veröffentlicht und
erscheint am Freitag.", an Italian Spreaker podcast kept for the channel's subscribers "Il podcast di Spreaker non è
riproducibile: l'episodio è riservato agli abbonati del canale.", a Polish TVP VOD clip that asks the reader to turn off
the ad blocker "Materiał z TVP VOD nie odtworzy się – wyłącz blokowanie reklam i odśwież stronę." and a Russian Dzen
video stopped by a slow connection "Видео из Дзена не загрузилось: слишком медленное соединение, попробуйте позже.");
reading-time headers in new wordings (the English word-count-and-minutes line "1,100 words · about a 5-minute read", a
blog's approximately-equal label with a skip-to-the-photos aside "Reading time ≈ 18 min (skip to the photos if you're in
a hurry)", the French you've-got-minutes-of-reading line "Vous en avez pour 5 minutes de lecture", the German read-in
label "In 5 Minuten gelesen", the Italian you-read-it-in line "Lo leggi in 5 minuti", the Polish
you-will-read-the-article-in line "Artykuł przeczytasz w 5 minut" and the Russian reads-in line "Читается за 5 минут");
bylines and self-promotion (an English words-and-pictures byline "Words and pictures: Ottoline Fennimore-Bask", an
English community-contributor byline "Community contributor: Wilfred Scumbletree", a German text-and-photos byline "Text
und Fotos: Roswitha Kneiselbrunn" and an Italian edited-by byline "A cura di Annunziata Pervinchi", all at the head, and
at the foot an English Folksy mugs plug "Hand-thrown mugs from the wheel in this post are for sale in my Folksy shop; UK
postage only.", a French leboncoin goat's-milk-soap plug "Je vends mes savons au lait de chèvre sur leboncoin, remise en
main propre possible.", a Polish OLX mead plug with InPost shipping "Moje miody pitne sprzedaję przez OLX, odbiór
osobisty w Sandomierzu lub wysyłka InPostem." and a Russian Avito wool-socks plug "Вязаные носки из овечьей шерсти
продаю на Авито, отправка Почтой России."); blog and site footers (an English Hugo, Netlify and Codeberg credit "Built
with Hugo · Hosted on Netlify · Source on Codeberg", an English Substack-style footer row "Privacy ∙ Terms ∙ Collection
notice · Start writing · Get the app", an English community-newspaper charity line "A not-for-profit community newspaper
· Scottish Charity No. SC048219", a French Jimdo credit with legal and cookie links "Site réalisé avec Jimdo · Mentions
légales · Gérer les cookies", a German Hetzner and Kirby credit "Gehostet bei Hetzner in Falkenstein · Betrieben mit
Kirby CMS", an Italian Altervista credit with a report-abuse link "Creato con Altervista · Segnala abuso", a Polish
home.pl host line "Hosting: home.pl · Regulamin serwisu · Mapa strony" and a Russian 1C-Bitrix credit "Сайт работает на
1С-Битрикс · Карта сайта"); reader-comment furniture (an English hidden-replies-from-blocked-users link "Show 3 hidden
replies from blocked users", an English Giscus prompt "Comments powered by Giscus – sign in with GitHub to join in", an
English pinned-comment label "Featured comment, pinned by the newsdesk", a French subscribers-only note "Vous devez être
abonné pour réagir à cet article.", a German mark-as-helpful link "Diesen Kommentar als hilfreich markieren (7)", an
Italian edited-by-the-user stub "Il commento è stato modificato dall'utente 2 ore fa", a Polish edited-by-the-moderator
stub "Komentarz edytowany przez moderatora – usunięto dane osobowe." and a Russian confirm-your-phone note "Чтобы
оставить отзыв, подтвердите номер телефона."); share rows (an English pass-it-on row with Flipboard and Tumblr "Pass it
on: Flipboard · Tumblr · Email a friend", a German recommend-this-page row with Signal "Seite weiterempfehlen: Signal ·
WhatsApp · Link kopieren" and a Polish share-with-friends row with Wykop "Udostępnij znajomym: Facebook · X · Wykop");
and notices (a French updated-to-correct note "Cet article a été mis à jour le 3 avril à 14 h 20 pour corriger le nom de
l'association." and an Italian press-trip note "Articolo realizzato nell'ambito di un viaggio stampa offerto dal
Consorzio turistico della valle.", both in the body, and the Russian select-and-press-Ctrl+Enter note "Если вы нашли
ошибку, выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 194's docstring does not describe (on the six portal pages, in nine blocks, the masthead with its tagline and the
section menu alone in a block of two at the very top; the title at the top of a block of four with the byline, the date
line and the reading time under it; the lead photo's caption and its credit at the top of the first paragraph's block,
above the paragraph (a block of three); the second paragraph at the top of a block of three with an ad label and a
sponsored headline after it; the paragraph with the quote in the middle of a block of three, between a share row above
it and a newsletter prompt below it; the subheading and the three rows with a read-also link between the second and
third rows, inside the list block (a block of five); the two last paragraphs at the top of a block of three with a
news-tip prompt after them; a thread of five lines alone in a block (a comment count, a comment, an arrowed reply by the
club, the paper, the society or the desk, a second reader's comment and an arrowed reply to it by the reporter, a
reader, the bell-ringers or the chair of the allotments); and at the foot a links row and the publisher's copyright
line; on the six blog pages, in nine blocks, the blog name with its tagline and the menu alone in a block of two at the
top; the posted-on-by line above the title and the reading time under it in a block of three, the title second; an
affiliate-links disclosure and a table of contents (its heading and two numbered entries) at the top of the first
paragraph's block, above the paragraph (a block of five); the second paragraph at the top of a block of two with the
photo caption after it; the paragraph with the quote at the top of a block of two with a Pinterest-first share row after
it; the subheading with an affiliate link between it and the first of the three rows, inside the list block (a block of
five); the two last paragraphs in a block of five with a subscribe prompt between them and the author's sign-off and a
plug for the author's walks, courses, cured meat, cuttings or visits after them; a thread of four lines alone in a block
(a comments heading with its count, a comment, the author's arrowed reply and a second comment left unanswered); and at
the foot the author's copyright line and a platform-and-theme credit), taken from local news of fresh kinds (a boat shed
on the mere rebuilt, an ice cellar under an old brewery opened to visitors, a wind pump on the marsh turning again, the
village clock's new hands, a rain-barrel scheme at the allotments, a telephone kiosk turned into a defibrillator
station) and from blogs about birch syrup tapped in spring, a kick-wheel for pottery, rope made from nettles, a cold
smokehouse from an old barrel, a herb spiral of stones and a dry stone wall in the garden.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 194 but what is named here), held-out set 196 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 194 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 191, 192 and 193, printed with one ast script (/tmp/s195scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s195scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 194's as printed, with 194 -> 195; /tmp/s195scratch/gen195.py writes this file from scratch files (data195.py with
the noise and keep lines, pages195.py with the pages, doc1.txt to doc3.txt with the docstring and, after the
measurement, tables195.py with the xfail tables and baseline.txt with the Baseline paragraph). Nothing else was copied
from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s195, detached at
commit 1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 21:03:35 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, the brief's commit; both worktrees were made at that commit with ``git
worktree add`` as the brief says (output to /dev/null; /tmp/wt-set195 on the new branch set195, /tmp/wt-s195 detached),
and /work/main was not touched afterwards. (2) peek.py read set 194's parts and the first paragraphs of sets 191 to 193
from /tmp/wt-s195 (the frozen commit, which is main's HEAD, so the same files), while helpers.py imported from
/work/main as the brief says; helpers.py imports test_clean, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; nothing was installed. The first run of peek.py printed to
the terminal, which the tool cut in the middle (it showed set 194's first paragraph, its Protocol paragraph and the
start of its notes, and the end, from inside set 192's first paragraph to the end of set 193's, all allowed parts); the
second run went to /tmp/s195scratch/peek.out (530 lines, all of them allowed parts), of which I paged lines 125 to 400
with ``sed`` (in two pieces); nothing else of any set file was printed. (3) Before writing I compared my wordings with
the ones the read docstrings name, by eye, and kept away from them: no embed service named there (Bandcamp, Issuu,
Sketchfab, Dailymotion, ARD Mediathek, RaiPlay, CDA, Rutube, Scribd, SoundCloud, TikTok, Komoot, Loom, Wistia, Flickr,
Mastodon, OpenStreetMap, Mixcloud, 2GIS, Acast, Glomex, Riddle, Prezi, Kinescope and the ones set 194's notes list) is
used for a held-out marker (Datawrapper, Audioboom, Genially, Ausha, Podigee, Spreaker, TVP VOD and Dzen are), and the
failures are of other kinds (no JavaScript, unpublished by the owner, a network firewall, a missing RSS feed, an episode
not yet out, subscribers only, an ad blocker, a slow connection); the reading times avoid the phrasings named there; the
bylines are of new shapes (words and pictures, community contributor, Text und Fotos, a cura di); the footers use hosts,
builders and legal lines not named there (Hugo, Netlify and Codeberg, a Substack-style row, a Scottish charity line,
Jimdo, Hetzner and Kirby, Altervista, home.pl, 1C-Bitrix); the plugs name Folksy, leboncoin, OLX, InPost and Avito, none
named there; the comment lines are of new kinds (hidden replies from blocked users, Giscus, a pinned comment,
subscribers only, mark as helpful, edited by the user, edited by the moderator, phone confirmation); the share rows have
new openings and new items (Flipboard, Tumblr, Signal, Wykop), though WhatsApp, Facebook and X, which earlier rows also
hold, are in them too, and GitHub, named there as GitHub Pages, is the sign-in of the Giscus line; the notices are an
update-and-correction note, a press-trip note and the Ctrl+Enter typo note. On the blog pages the block of three with
the posted-on-by line above the title and the reading time under it is also one block of set 193's blog layout (as its
first paragraph describes it); the layout as a whole is neither 193's nor 194's. Page furniture (reading times such as
"3 min read", "Lesezeit: 3 Minuten" and "Время чтения: 3 минуты", ad labels, share rows, links rows, copyright lines,
platform credits with WordPress default themes, the Amazon, Allegro and Ozon affiliate links) is ordinary, not held-out,
and some of it is of common kinds; for the page credits I avoided the themes named in the read docstrings and notes. (4)
Every invented name was checked with the ``find_string`` tool (exact string, case-insensitive, over public GitHub
files): Wibbensmere, Gorsethwaite, Pallisey, Tumbrelling, Sap and Spile, Brumevaux, Fontbrasque, Pouzarguet,
Verdessanne, Girelle de Margot, Fennhusen, Fennhusener, Lüttjeboom, Schlickhaupt, Ohlsiek, Nesselzwirn, Castelcorvaro,
Fratticioni, Sbrinzoli, Valzecchi, Fumo Lento in Cortile, Wrzosołęk (for Wrzosołęka and Wrzosołęki), Ćwirlik,
Trzcinkowiak, Rdestowska, Ziołowy Ślimak, Брусничёв (for Брусничёво, Брусничёве and Брусничёвский), Горностайкин,
Тесёмкин, Медуницына, Камни Фомы, Fennimore-Bask, Scumbletree (and Wilfred Scumbletree), Kneiselbrunn and Pervinchi gave
no hit. Dropped for hits: Sallowmere (a place in several texts), Ganderfield (inside code identifiers), Thackerby
(inside getHackerBy...), Quillbrook (a place and firm name in test data), Caudard (a real person's name), Fennhuser (a
real street, so the paper is the Fennhusener Bote), Pikeswater (inside code identifiers), Dabbleton (a name in test
data), Strawbuckle (a name in a game), Oarsby (inside code identifiers), Drostmann (a company name), Nesselfaden (a word
in a game), Fennmoor (a company in examples, so the marsh has no name), Haddlesey (a real place) and Szuwarek (a real
cartoon character), and Клюквинск (a town in a list of names). Plain first names, nicknames and initials of commenters,
authors and sign-offs (Hester, Margot, Gesa, Arturo, Ola, Фома, Marsh_Harrier, oldoarsman, Wren in the Wood, Tobias M.,
Mamie Lou, Fred_71, Paul V., Céline_P, Bernard, Moorbauer, Klaas_F, Wollschaf, Jörg aus Kassel, Nonna_Pina, Marco_T,
Gianluca_R, Sara B., Działkowiec_52, Ania z Jabłoniowej, Helena R., Basia_ogrodniczka, Zenek, Галина Петровна, Сергей_К,
Марина_дача, Виктор Иваныч, and the first names in the articles) were not looked up. Real services, companies, places
and bodies (Datawrapper, Audioboom, Genially, Ausha, Podigee, Spreaker, TVP VOD, Dzen, Folksy, leboncoin, OLX, InPost,
Avito, Russian Post, Hugo, Netlify, Codeberg, Substack, Jimdo, Hetzner, Kirby, Altervista, home.pl, 1C-Bitrix, Giscus,
GitHub, Flipboard, Tumblr, Signal, WhatsApp, Wykop, Facebook, X, Telegram, VK, Odnoklassniki, Pinterest, Amazon,
Allegro, Ozon, WordPress and its default themes, Hello Elementor, Cumbria, Leer, Preci, Spoleto, Sandomierz,
Falkenstein, Kassel, the Moscow region) are named as real pages name them. (5) /tmp/s195scratch/check.py checked the
counts (nine blocks of the planned sizes, 10 article and 20 noise lines on each page; the counts of categories,
languages, categories per language, places and keep lines were printed from data195.py) and, case-insensitively, that no
noise line (the 45 lines and the 240 page noise lines) is inside any article line, keep line or other noise line, that
no line repeats and that no line has an at-sign; its first run found one case, the English blog's table-of-contents
heading "In this post" inside the English Folksy plug, so the heading became "Jump to a section", and the second run
found none. While writing I kept the ad labels out of the links rows (the French links row has "Annonceurs", not
"Publicité", the Russian one "Рекламодателям", not "Реклама") and the Italian ad label "Pubblicità" out of the Italian
tail keep line, and the Italian press-trip notice away from the Italian blog's affiliate disclosure. Before the
measurement the English share row's Pocket item (a service closed in 2025) became Tumblr. gen195.py asserts no line of
this file is over 120 columns, none has an at-sign and the docstring has no backslash, and roundtrip.py (the lists and
the pages of the written file, imported, compared with the scratch data through ``page_from_blocks``) gave back the
scratch data. (6) The file measured was this one with the three xfail tables empty and without the Baseline paragraph
and notes (6) and (7); it was copied to /tmp/wt-s195/tests and the brief's one shell call was run once, at 21:09:25 UTC
by ``date``. Then /tmp/s195scratch/problems.py (importing the copy in /tmp/wt-s195/tests with /tmp/wt-s195/src on the
path) printed ``_problems`` of every failing case, and the 20 failing cases (12 noise lines and 8 pages) were entered as
strict xfails (tables195.py). After the measurement only the xfail tables and this docstring (the Baseline paragraph and
these notes) changed; gen195.py rewrote the file from the same data195.py and pages195.py, and roundtrip.py checked that
the lists and pages are unchanged. (7) Clock: started 21:03:35 UTC, measured 21:09:25 UTC, the xfail tables and the
Baseline written by about 21:11 UTC, well inside the brief's 50 minutes (the clock of this machine is what ``date``
printed; it seemed to run slowly against the work done, but only its readings are given here). (8) A slip: after
committing, I ran ``git log --oneline -1 --format=%H%n%B`` in /tmp/wt-set195 to check the commit message, which the
brief forbids; it printed only the hash and message of this set's own commit (nothing of any other commit). I then added
this note and amended the commit; the lists, pages and xfail tables did not change.

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (villagers' comments read out before a vote on a ferry landing, the share prices of a cannery co-operative, a sea
wall raised following a flood, subscribers to an appeal named on a board, the copyright in old photographs lent to a
museum, advertising hoardings taken down for lime trees, an archivist reading old minutes, residents' comments to be
gathered at a public meeting, sharing a pitch between two clubs, two sisters subscribed to the district paper for forty
years giving their collections, comments from a parish council after a vote on a village shop, two associations sharing
a rehearsal room, children learning to read and write in a village school, pensioners following the works on a bell
tower, visitors' comments on an exhibition, sharing the old school with the library, residents' comments on a market
square, watching birds from a new tower, beekeepers coming to share experience and a museum's specialists' comments on a
ceiling); none of them is share, subscribe, follow, comment, ad, reading-time or copyright furniture ("Reading" in the
English tail keep line is the archivist's reading of minutes, "Following" in the English body line means "after",
"Seguire" in the Italian head line is the pensioners' following of the works, "Obserwować" in the Polish tail line is
watching birds, not a follow button, and "Поделиться опытом" in the Russian head line is sharing experience, not a share
row). Categories: the eight embed lines are markers (each stands where an embed of the page did not come through; the
missing JavaScript, the unpublished episode, the firewall, the missing feed, the not-yet-published episode, the
subscribers-only episode, the ad-blocker wall and the slow connection are the embed's failure, not notices about the
article); the word-count line is a reading time (it gives the length in minutes); the words-and-pictures,
community-contributor, Text-und-Fotos and a-cura-di lines are bylines at the head, and the Folksy, leboncoin, OLX and
Avito lines are bylines (self-promotion) at the foot (each sells the author's wares); the Hugo, Jimdo, Hetzner,
Altervista, home.pl and 1C-Bitrix credits, the Substack-style row and the charity line are footers (printed on every
page of a site, not about the article); the hidden-replies link, the Giscus prompt, the pinned-comment label, the
subscribers-only note, the mark-as-helpful link, the two edited stubs and the phone-confirmation note are comment
furniture (the German helpful mark is a vote on a comment, so comments, not share); the English, German and Polish rows
are share rows (the email-a-friend and copy-link items belong to the row); the French update-and-correction note and the
Italian press-trip note are notices in the body (both speak of the article they sit in), and the Russian Ctrl+Enter note
is a notice at the foot (it asks the reader to report a typo in this text; not a footer, though many Russian sites print
it under every article, since it speaks of the text above it). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads with taglines, menus, bylines, date lines, reading times, captions and credits, ad labels,
sponsored headlines, share rows, newsletter prompts, read-also links, news-tip prompts, comment counts, comments and
replies, links rows, copyright lines, blog names with taglines, posted-on lines, affiliate disclosures and links, tables
of contents, subscribe prompts, sign-offs, plugs and platform credits) is noise. The list rows (what was done to the
boat shed, the ice cellar, the wind pump and the clock, what the allotment holders got and what is in the kiosk, and
what went into the syrup, the wheel, the rope, the smokehouse, the spiral and the wall) are short but part of each
article, so article; the portals' captions and credits are noise though they open the block of the first paragraph; the
portals' ad labels and sponsored headlines are noise though they share the second paragraph's block; the portals' share
rows and newsletter prompts are noise though they frame the quote in its block; the portals' read-also links are noise
though they sit between the second and third list rows; the portals' news-tip prompts are noise though they close the
block of the last paragraphs; the blogs' disclosures and tables of contents are noise though they open the block of the
first paragraph; the blogs' affiliate links name a tool the author used but are shop links, so noise though they sit
between the subheading and the first row; the blogs' subscribe prompts are noise though they sit between the two last
paragraphs; the plugs ("I run sap-tapping walks in the wood every March – dates on the Workshops page." and the like)
speak in the author's voice but sell or advertise, so noise; the sign-offs ("Until next spring, Hester" and the like)
close the post in the author's voice but are a signature, so noise; the arrowed replies in the threads are comment
furniture, so noise; the bare Russian byline "Текст: Ульяна Горностайкина" and the Polish "Autor: Teodozja Ćwirlik" are
portal furniture.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and an Italian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wibbensmere-boat-shed (the sailing
club's leaning boat shed on the mere rebuilt), en-blog-sap-and-spile-birch-syrup (three birches tapped for sap and
boiled down to syrup), fr-portail-brumevaux-glaciere (an ice cellar under a brewery closed in 1952 cleared and opened to
visitors), fr-blog-girelle-margot-tour-a-pied (a kick-wheel built from rafters and an old millstone),
de-portal-fennhusen-windpumpe (a wind pump on the marsh turning again after twenty years), de-blog-nesselzwirn-seil
(rope twisted from dew-retted nettle fibre), it-portale-castelcorvaro-orologio (new copper hands for the civic tower's
clock after a storm), it-blog-fumo-lento-affumicatoio (a cold smokehouse made from an oak wine barrel),
pl-portal-wrzosoleka-deszczowka (rain barrels for sixty allotments in a council scheme), pl-blog-ziolowy-slimak-spirala
(a herb spiral of field stones), ru-portal-brusnichyovo-defibrillyator (a telephone kiosk by the post office turned into
a defibrillator station) and ru-blog-kamni-fomy-stenka (a knee-high dry stone wall along the beds), each with a reader
comment thread.

Baseline (2026-12-06, cleaner at commit 1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, measured with ``cd /tmp/wt-s195 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s195/src python -m pytest -q tests/test_clean_held_out_195.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s195 && PYTHONPATH=/tmp/wt-s195/src python
scripts/clean_held_out_report.py --sets 195``, with the xfail tables empty, at 21:09:25 UTC by ``date``): noise lines
removed 33/45 (marker 3/8, reading-time 6/7, byline 6/8, footer 8/8, comments 5/8, share 3/3, notice 2/3; the 12 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: five markers in the body (the English Audioboom line, the
German Podigee line, the Italian Spreaker line, the Polish TVP VOD line and the Russian Dzen line), one reading time at
the head (the English blog's approximately-equal line with its aside), one notice in the body (the Italian press-trip
note), two plugs at the foot (the English Folksy mugs line and the French leboncoin soap line) and three comment lines
at the foot (the English pinned-comment label, the Polish edited-by-the-moderator stub and the Russian
confirm-your-phone note); the English Datawrapper and Genially and the French Ausha markers, the other six reading
times, all four bylines at the head, the Polish OLX and Russian Avito plugs at the foot, all eight footers, the other
five comment lines, every share row, the French update-and-correction note and the Russian Ctrl+Enter note went); keep
lines kept 20/20; pages 4/12 clean, 12 of 240 page noise lines left and 0 of 120 article lines lost. Clean: the English
boat-shed, French ice-cellar, Polish rain-barrel and Russian defibrillator portal pages. Left: on the English
birch-syrup blog the table of contents (3 lines) above the first paragraph and the photo caption after the second
paragraph (4); on the French kick-wheel, Italian smokehouse, Polish herb-spiral and Russian dry-stone-wall blogs the
photo caption after the second paragraph (1 each); on the German nettle-rope blog the photo caption and the subscribe
prompt between the two last paragraphs (2); on the German wind-pump portal page the news-tip prompt after the two last
paragraphs (1); on the Italian clock-hands portal page the byline "Di Ermenegilda Fratticioni" under the title (1).
Lost: no page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command
on the final file in /tmp/wt-s195 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 128 (developed on sets 193 and 194 from 1e8cdb0, the same cleaner this set was written against;
measured on it blind by the lead with test_clean._problems of every case before and after, the round with the lead's
mends 7d1cff4 and 7bfeba5): nothing moved. The English blog's "Jump to a section" contents stays over its first
paragraph (round 128's contents reading wants a bare contents word over the second paragraph), the five blogs keep their
photo captions, the German portal its news-tip prompt, the Italian portal its byline. Noise lines 33 of 45, keep 20 of
20, pages clean 4 of 12, page noise lines left 12 of 240, article lines lost 0 of 120.

Round 129 (development; this set was read in full from this round on): from general parts. The English blog's "Jump to a
section" over its two dotted entries above the first paragraph goes (clean._TOC_HEADER: round 94's "Jump to" header may
name a section, "Aller à une section", "Springe zu einem Abschnitt", "Przejdź do sekcji", "Перейти к разделу"; still
above the first paragraph over dotted entries only). The German portal's news-tip prompt goes (whole_line_noise "tip-off
line": round 72's call to write after a question, ending on the site's contact form instead of its address,
"Kontaktformular", "contact form", "formulaire de contact", "modulo di contatto", "formularz kontaktowy", "форма
обратной связи"; the question is needed). The German blog's subscribe prompt goes (the separable "Trag dich ... ein" as
a newsletter prompt's call, whole_line_noise._NEWSLETTER_CALL_OPENS and the prompt's lookahead). See set 196's Round 129
paragraph for the rest of the round (the Polish portal's first paragraph, the portal threads with the desk's bracketed
reply, the blog heads over a posted-on line with its reading time) and all sets' totals (noise lines removed 7657 ->
7657 of 8491, article lines kept 3767 -> 3767 of 3767, paragraphs lost 3 -> 2, pages clean 1276 -> 1282 of 2230, page
noise lines left 1876 -> 1844 of 46320; no set's kept lines drop and no set's lost paragraphs rise (sets 119, 152 and
155 each lose one noise line more: the German blogs' "Trag dich ... ein" newsletter prompts, reasons reworded); SemEval
0 changed files of 3723; bench ratio_to_baseline 1.13 on a loaded machine (cpu best 5.943 s against 5.243 s at 485f1db;
the lead's run on an idle machine: 0.89, 4.927 s against 5.538 s); pytest: the lead's note: the round's single run did
not end inside the deadline; it had passed all of tests/test_clean.py and about 19,000 tests with no failure, and a
second run of the other files gave 13,057 passed, 1,805 xfailed; the lead's run on the integrated branch with sets 197
and 198 (at e88285a) gave 23,656 passed, 1,846 xfailed). xfails removed: the German wind-pump portal page; reasons
reworded: the English birch-syrup and German nettle-rope blogs (each now keeps only its photo caption). This set: noise
lines 33 of 45 (unchanged: marker 3/8, reading-time 6/7, byline 6/8, footer 8/8, comments 5/8, share 3/3, notice 2/3),
keep 20 of 20, pages clean 4 -> 5 of 12, page noise lines left 12 -> 7 of 240, article lines lost 0 of 120. Still
missed: the five blogs' photo captions after the second paragraph (session 45's measure), the Italian portal's byline
"Di Ermenegilda Fratticioni" (a capital "Di" also opens Italian surnames), and the twelve line xfails (the Audioboom,
Podigee, Spreaker, TVP VOD and Dzen markers, the approximately-equal reading time, the press-trip note, the Folksy and
leboncoin plugs, the pinned-comment label, the Polish edited stub and the Russian confirm-your-phone note).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_195_LINES: list[tuple[str, str, str]] = [
    ('body',
     'The Datawrapper chart that belongs here could not be rendered because JavaScript is turned off.',
     'marker'),
    ('body',
     "Audioboom clip: this episode was unpublished by the podcast's owner and can no longer be played.",
     'marker'),
    ('body',
     "Genially presentation blocked: your network's firewall is preventing access to view.genial.ly.",
     'marker'),
    ('body', "Épisode Ausha indisponible : le flux RSS de l'émission est introuvable.", 'marker'),
    ('body', 'Podigee-Player: Die Folge ist noch nicht veröffentlicht und erscheint am Freitag.', 'marker'),
    ('body', "Il podcast di Spreaker non è riproducibile: l'episodio è riservato agli abbonati del canale.", 'marker'),
    ('body', 'Materiał z TVP VOD nie odtworzy się – wyłącz blokowanie reklam i odśwież stronę.', 'marker'),
    ('body', 'Видео из Дзена не загрузилось: слишком медленное соединение, попробуйте позже.', 'marker'),
    ('head', '1,100 words · about a 5-minute read', 'reading-time'),
    ('head', "Reading time ≈ 18 min (skip to the photos if you're in a hurry)", 'reading-time'),
    ('head', 'Vous en avez pour 5 minutes de lecture', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Lo leggi in 5 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Читается за 5 минут', 'reading-time'),
    ('head', 'Words and pictures: Ottoline Fennimore-Bask', 'byline'),
    ('head', 'Community contributor: Wilfred Scumbletree', 'byline'),
    ('head', 'Text und Fotos: Roswitha Kneiselbrunn', 'byline'),
    ('head', 'A cura di Annunziata Pervinchi', 'byline'),
    ('tail', 'Hand-thrown mugs from the wheel in this post are for sale in my Folksy shop; UK postage only.', 'byline'),
    ('tail', 'Je vends mes savons au lait de chèvre sur leboncoin, remise en main propre possible.', 'byline'),
    ('tail', 'Moje miody pitne sprzedaję przez OLX, odbiór osobisty w Sandomierzu lub wysyłka InPostem.', 'byline'),
    ('tail', 'Вязаные носки из овечьей шерсти продаю на Авито, отправка Почтой России.', 'byline'),
    ('tail', 'Built with Hugo · Hosted on Netlify · Source on Codeberg', 'footer'),
    ('tail', 'Privacy ∙ Terms ∙ Collection notice · Start writing · Get the app', 'footer'),
    ('tail', 'A not-for-profit community newspaper · Scottish Charity No. SC048219', 'footer'),
    ('tail', 'Site réalisé avec Jimdo · Mentions légales · Gérer les cookies', 'footer'),
    ('tail', 'Gehostet bei Hetzner in Falkenstein · Betrieben mit Kirby CMS', 'footer'),
    ('tail', 'Creato con Altervista · Segnala abuso', 'footer'),
    ('tail', 'Hosting: home.pl · Regulamin serwisu · Mapa strony', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Карта сайта', 'footer'),
    ('tail', 'Show 3 hidden replies from blocked users', 'comments'),
    ('tail', 'Comments powered by Giscus – sign in with GitHub to join in', 'comments'),
    ('tail', 'Featured comment, pinned by the newsdesk', 'comments'),
    ('tail', 'Vous devez être abonné pour réagir à cet article.', 'comments'),
    ('tail', 'Diesen Kommentar als hilfreich markieren (7)', 'comments'),
    ('tail', "Il commento è stato modificato dall'utente 2 ore fa", 'comments'),
    ('tail', 'Komentarz edytowany przez moderatora – usunięto dane osobowe.', 'comments'),
    ('tail', 'Чтобы оставить отзыв, подтвердите номер телефона.', 'comments'),
    ('tail', 'Pass it on: Flipboard · Tumblr · Email a friend', 'share'),
    ('tail', 'Seite weiterempfehlen: Signal · WhatsApp · Link kopieren', 'share'),
    ('tail', 'Udostępnij znajomym: Facebook · X · Wykop', 'share'),
    ('body', "Cet article a été mis à jour le 3 avril à 14 h 20 pour corriger le nom de l'association.", 'notice'),
    ('body',
     "Articolo realizzato nell'ambito di un viaggio stampa offerto dal Consorzio turistico della valle.",
     'notice'),
    ('tail', 'Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_195_KEEP: list[tuple[str, str]] = [
    ('head',
     ("Comments from more than two hundred villagers were read out at Tuesday's parish meeting before the vote on "
      'the ferry landing.')),
    ('head', 'Share prices at the old cannery co-operative have not moved since the members agreed to sell the quay.'),
    ('body',
     'Following the flood of 1953, the sea wall was raised by a metre and the lane behind it was closed for a year.'),
    ('body', 'Subscribers to the restoration appeal will have their names painted on a board inside the lych-gate.'),
    ('tail',
     ('Copyright in the old photographs belongs to the family of the chemist who took them in the 1920s, and they '
      'have lent them to the museum.')),
    ('tail',
     ('Advertising hoardings that once lined the station approach were taken down in the spring, and the council '
      'plans to plant lime trees there.')),
    ('tail',
     'Reading the minutes of the 1911 meeting, the archivist found that the bandstand was paid for by a penny rate.'),
    ('head',
     ("Commentaires et suggestions des habitants seront recueillis lors d'une réunion publique à la salle des "
      'fêtes le 12 mai.')),
    ('body',
     "Partager le terrain entre les deux clubs a permis de garder le stade ouvert tout l'hiver, selon le maire."),
    ('tail',
     ('Abonnées depuis quarante ans au journal du canton, les deux sœurs ont offert leurs collections à la '
      'médiathèque.')),
    ('head',
     'Kommentare aus dem Gemeinderat fielen nach der Abstimmung über den Dorfladen überraschend freundlich aus.'),
    ('body', 'Teilen mussten sich die beiden Vereine den Proberaum im alten Schulhaus bis zum Umbau im Jahr 2019.'),
    ('tail', 'Lesen und Schreiben lernten die Kinder des Dorfes bis 1968 in dem kleinen Schulhaus neben der Kirche.'),
    ('head',
     ('Seguire i lavori del campanile è diventato il passatempo dei pensionati del paese, che ogni mattina si '
      'fermano in piazza.')),
    ('body',
     ('Commenti entusiasti sono arrivati dai visitatori della mostra, che in due settimane ha superato le mille '
      'presenze.')),
    ('tail',
     ("Condividere gli spazi della vecchia scuola con la biblioteca è stata un'idea dei ragazzi del consiglio "
      'comunale giovanile.')),
    ('head', 'Komentarze mieszkańców do projektu nowego rynku zebrano podczas dwóch spotkań w domu kultury.'),
    ('tail',
     'Obserwować ptaki nad stawami można teraz z nowej drewnianej wieży, zbudowanej przez strażaków ochotników.'),
    ('head', 'Поделиться опытом с соседями приехали пчеловоды из трёх соседних районов.'),
    ('tail', 'Комментарии специалистов музея помогли реставраторам восстановить роспись на потолке зала.'),
]

HELD_OUT_195_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wibbensmere-boat-shed', [
        [
            '-Wibbensmere Courier – news from the mere and the villages since 1884',
            "-Home | News | Sport | What's On | Property | Obituaries",
        ],
        [
            '+Boat shed on the mere rebuilt after forty years of leaning',
            '-By Perpetua Gorsethwaite, Community Reporter',
            '-Published 14 April 2026, 07:30 · Updated 09:12',
            '-3 min read',
        ],
        [
            "-The rebuilt shed on the north shore, with the sailing club's dinghies pulled up below it.",
            '-Photo: Courier / Ned Pallisey',
            ('+The old boat shed on the north shore of Wibbensmere, which had leaned toward the water since the '
             'storm of 1987, has been rebuilt by the sailing club.'),
        ],
        [
            ('+Volunteers took the timber frame apart board by board last autumn and numbered every piece before '
             'it went to a sawmill in the next valley.'),
            '-Advertisement',
            '-Sponsored: Five reasons to book your spring boiler service now',
        ],
        [
            '-Share: Facebook | X | WhatsApp | Email',
            ('+"We kept every post that was still sound, and the new larch is cut to the old sizes," said the '
             "club's commodore, Arthur Tumbrelling."),
            "-Get the Courier's morning briefing free in your inbox – sign up here",
        ],
        [
            '+What was done',
            '+The rotten sole plates were replaced with oak from the estate.',
            '+The roof was laid again in cedar shingles.',
            '-Read also: Ferry landing repairs to start in June',
            '+A slipway of old railway sleepers now runs down to the water.',
        ],
        [
            ('+The club will hold an open day at the shed on the first Saturday in May, with rowing boats lent to '
             'anyone who wants to try.'),
            ('+Children from the village school have been invited to paint the name board that will hang above the '
             'doors.'),
            '-Got a story? Call the newsdesk on 01632 960 412',
        ],
        [
            '-4 comments',
            '-Marsh_Harrier: My grandfather kept his punt in that shed. Lovely to see it straight again.',
            "-↳ Wibbensmere Sailing Club: Come and see it on the open day, you'd be very welcome.",
            '-oldoarsman: Will the shed be open outside club hours?',
            '-↳ Perpetua Gorsethwaite (reporter): The club says on Sunday afternoons through the summer.',
        ],
        [
            '-Contact us | Advertise | Terms | Privacy | Cookie settings',
            '-© 2026 Wibbensmere Courier Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-sap-and-spile-birch-syrup', [
        [
            '-Sap and Spile – woodland kitchen notes from a small Cumbrian plot',
            '-Home · About · Recipes · Woodcraft · Contact',
        ],
        [
            '-Posted on 22 March 2026 by Hester',
            '+Tapping our birches for syrup: the first spring',
            '-Reading time: 9 minutes',
        ],
        [
            '-This post contains affiliate links; if you buy through them I may earn a small commission.',
            '-Jump to a section',
            '-1. When the sap rises',
            '-2. Boiling it down',
            ('+Every March the three old birches at the bottom of the plot drip from any broken twig, so this year '
             'I finally tapped them properly.'),
        ],
        [
            ('+I drilled one small hole in each trunk at knee height, pushed in a wooden spile and hung a clean '
             'bucket under it with a loop of wire.'),
            '-The bucket on the middle birch after the first night, about a third full.',
        ],
        [
            ('+"Forty litres of sap for one litre of syrup, if you are lucky," my neighbour warned me, and he was '
             'right to the spoonful.'),
            '-Pin it · Share on Facebook · Email this post',
        ],
        [
            '+What I used',
            '-The spiles I used are these ones on Amazon (affiliate link).',
            '+Three hand-turned hazel spiles.',
            '+Food-grade buckets with lids.',
            '+A wide steel pan over the fire pit.',
        ],
        [
            '+The sap boiled for two whole days before it turned amber and coated the back of a spoon.',
            "-Don't miss the next post – subscribe and it lands in your inbox.",
            '+Afterwards I plugged each hole with a twig of the same birch so the bark can close over it by summer.',
            '-Until next spring, Hester',
            '-I run sap-tapping walks in the wood every March – dates on the Workshops page.',
        ],
        [
            '-3 Comments',
            '-Wren in the Wood: Did the syrup taste of anything besides sweet? Mine was a bit like caramel.',
            "-↳ Hester: Caramel with a slightly sour edge, which I've come to love.",
            '-Tobias M.: How do you stop the buckets filling with rain?',
        ],
        [
            '-© 2026 Sap and Spile. Words and photos by Hester.',
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-brumevaux-glaciere', [
        [
            "-L'Écho de Brumevaux – l'actualité du village et du canton",
            '-Accueil | Actualités | Sports | Agenda | Petites annonces',
        ],
        [
            "+La glacière sous l'ancienne brasserie ouvre ses portes au public",
            '-Par Solène Fontbrasque',
            '-Publié le 11 avril 2026 à 8 h 05, mis à jour à 10 h 40',
            '-Lecture : 3 min',
        ],
        [
            "-L'escalier de pierre qui descend vers la glacière, éclairé pour la visite.",
            '-Photo : Écho de Brumevaux / Rémi Pouzarguet',
            ("+Sous les caves de l'ancienne brasserie de Brumevaux, fermée en 1952, une glacière voûtée de neuf "
             "mètres de profondeur a été dégagée par les bénévoles de l'association du patrimoine."),
        ],
        [
            ("+On y stockait autrefois la glace découpée l'hiver sur l'étang communal pour refroidir la bière "
             "pendant l'été."),
            '-Publicité',
            '-Contenu sponsorisé : Isolation des combles à un euro, êtes-vous éligible ?',
        ],
        [
            '-Partager : Facebook · X · WhatsApp · E-mail',
            ("+« Quand nous avons ouvert la trappe, la voûte était intacte, seule la boue montait jusqu'aux genoux "
             "», raconte Jean-Paul Verdessanne, président de l'association."),
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre",
        ],
        [
            '+Les travaux en bref',
            '+Quarante mètres cubes de terre et de gravats ont été évacués à la main.',
            "+Un escalier en chêne remplace l'ancienne échelle.",
            '-À lire aussi : Le lavoir de la rue Basse bientôt restauré',
            '+Un éclairage à basse tension suit désormais la voûte.',
        ],
        [
            '+La glacière se visitera tous les dimanches après-midi de mai à septembre, par groupes de dix personnes.',
            ("+L'association espère ensuite remettre en état la salle de brassage, au-dessus, pour y installer un "
             'petit musée.'),
            '-Une info, une photo ? Écrivez à la rédaction via le formulaire de contact',
        ],
        [
            '-3 commentaires',
            '-Mamie Lou: Mon père y descendait encore la glace dans les années quarante.',
            ("-↳ L'Écho de Brumevaux: Merci pour ce souvenir, l'association aimerait beaucoup recueillir son "
             'témoignage.'),
            '-Fred_71: Faut-il réserver pour la visite ?',
            '-↳ Paul V.: Non, il suffit de venir au portail de la brasserie à 14 h.',
        ],
        [
            '-Nous contacter | Mentions légales | Annonceurs | Cookies',
            "-© 2026 L'Écho de Brumevaux – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-girelle-margot-tour-a-pied', [
        [
            '-La Girelle de Margot – poterie, terre et bricolage',
            '-Accueil · Tutos · Mes pièces · À propos · Contact',
        ],
        [
            '-Publié le 2 mars 2026 par Margot',
            "+J'ai construit mon tour de potier à pied",
            '-Temps de lecture : 8 min',
        ],
        [
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
            '-Sommaire',
            '-1. Le bâti',
            "-2. Le volant d'inertie",
            ("+Depuis deux ans, je tournais chez une amie, alors cet hiver j'ai décidé de construire mon propre "
             'tour à pied, sans moteur.'),
        ],
        [
            ("+Le bâti est en chevrons de sapin vissés, et le volant d'inertie est une ancienne meule de moulin "
             'que mon voisin voulait jeter.'),
            "-Le volant posé sur l'axe, avant le premier essai.",
        ],
        [
            ("+« Un tour à pied, ça se mérite : il faut sentir la terre et le rythme en même temps », m'avait dit "
             'mon professeur de céramique.'),
            '-Épingler sur Pinterest · Partager sur Facebook · Envoyer par e-mail',
        ],
        [
            "+Ce qu'il m'a fallu",
            "-Le roulement que j'ai utilisé est celui-ci sur Amazon (lien affilié).",
            '+Un axe en acier de trente millimètres.',
            '+Deux roulements à billes étanches.',
            '+Une girelle en contreplaqué marine.',
        ],
        [
            '+Au premier essai, le volant a tourné presque une minute après un seul coup de pied.',
            '-Pour ne rien rater, abonnez-vous à la lettre du blog.',
            '+Mon premier bol est un peu penché, mais il a survécu à la cuisson.',
            "-À bientôt à l'atelier, Margot",
            '-Je donne des stages de tournage le samedi matin : les dates sont sur la page Ateliers.',
        ],
        [
            '-2 commentaires',
            '-Céline_P: Bravo ! La meule ne fait pas trop vibrer le bâti ?',
            "-↳ Margot: Un peu au début, j'ai ajouté des cales en caoutchouc sous les pieds.",
            '-Bernard: Quel poids fait le volant ?',
        ],
        [
            '-© 2026 La Girelle de Margot – textes et photos de Margot',
            '-Propulsé par WordPress · Thème : Hello Elementor',
        ],
    ]),
    _page('de', 'de-portal-fennhusen-windpumpe', [
        [
            '-Fennhusener Bote – Nachrichten aus Moor und Marsch',
            '-Startseite | Lokales | Sport | Termine | Leserbriefe',
        ],
        [
            '+Die Windpumpe im Moor bei Fennhusen dreht sich wieder',
            '-Von Henrike Lüttjeboom',
            '-Veröffentlicht am 9. April 2026, 6:45 Uhr · Aktualisiert 8:10 Uhr',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '-Die Windpumpe am Graben, vom Deich aus gesehen.',
            '-Foto: Fennhusener Bote / Wiebke Schlickhaupt',
            ('+Nach fast zwanzig Jahren Stillstand dreht sich die alte Windpumpe im Moor wieder und hebt Wasser '
             'aus dem Graben in die Wiesen.'),
        ],
        [
            ('+Der Heimatverein hat das stählerne Windrad abgebaut, entrostet und in einer Werkstatt in Leer neu '
             'lagern lassen.'),
            '-Werbung',
            '-Gesponsert: Jetzt Solarstrom vom eigenen Dach – kostenlose Beratung',
        ],
        [
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            ('+„Bei gutem Westwind schafft sie wieder gut zweitausend Liter in der Stunde“, sagt der '
             'Vereinsvorsitzende Gerd Ohlsiek.'),
            '-Der Bote am Morgen: Jetzt kostenlos den Newsletter abonnieren',
        ],
        [
            '+Was gemacht wurde',
            '+Die achtzehn Flügel wurden einzeln gerichtet.',
            '+Das Pumpengestänge bekam neue Lederdichtungen.',
            '-Lesen Sie auch: Neue Bänke am Deichweg aufgestellt',
            '+Der Steuerflügel dreht das Rad wieder selbst in den Wind.',
        ],
        [
            ('+Für Besucher hat der Verein eine Infotafel am Deichweg aufgestellt, die erklärt, wie die Pumpe das '
             'Moor entwässert.'),
            '+Im Sommer soll eine zweite, kleinere Windpumpe am Nordgraben folgen.',
            '-Sie haben einen Hinweis für die Redaktion? Nutzen Sie unser Kontaktformular.',
        ],
        [
            '-3 Kommentare',
            '-Moorbauer: Mein Opa hat die Pumpe in den Fünfzigern noch geschmiert.',
            '-↳ Heimatverein Fennhusen: Dann würden wir gern mit Ihnen über alte Fotos sprechen!',
            '-Klaas_F: Darf man bis an die Pumpe heran?',
            '-↳ Henrike Lüttjeboom (Redaktion): Bis zum Zaun am Graben, ja.',
        ],
        [
            '-Kontakt | Impressum | Datenschutz | Mediadaten',
            '-© 2026 Fennhusener Bote GmbH',
        ],
    ]),
    _page('de', 'de-blog-nesselzwirn-seil', [
        [
            '-Nesselzwirn – Handwerk mit Wildpflanzen',
            '-Start · Anleitungen · Über mich · Kontakt',
        ],
        [
            '-Veröffentlicht am 18. Februar 2026 von Gesa',
            '+Ein Seil aus Brennnesseln drehen',
            '-Lesezeit: 7 Min.',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
            '-Inhalt',
            '-1. Ernten und rösten',
            '-2. Fasern spinnen',
            ('+Im Herbst habe ich am Bachufer einen Armvoll hoher Brennnesseln geschnitten, als die Stängel schon '
             'braun wurden.'),
        ],
        [
            ('+Nach drei Wochen Tauröste auf der Wiese ließen sich die Fasern mit dem Daumennagel von der holzigen '
             'Mitte lösen.'),
            '-Die gerösteten Stängel auf der Wiese, im Oktoberlicht.',
        ],
        [
            ('+„Nessel ist das Leinen der armen Leute“, hat meine Großmutter immer gesagt, und sie hat selbst noch '
             'Garn daraus gesponnen.'),
            '-Merken auf Pinterest · Auf Facebook teilen · Per E-Mail senden',
        ],
        [
            '+Was ich gebraucht habe',
            '-Meine Seilwinde ist diese hier bei Amazon (Affiliate-Link).',
            '+Einen Armvoll Nesselstängel.',
            '+Eine kleine Seilwinde aus Holz.',
            '+Viel Geduld beim Zwirnen.',
        ],
        [
            '+Aus drei Litzen ist am Ende ein gut zwei Meter langes Seil geworden, das einen Eimer Wasser trägt.',
            '-Keinen Beitrag mehr verpassen: Trag dich hier für den Newsletter ein.',
            '+Im nächsten Herbst will ich genug Nesseln für eine Wäscheleine ernten.',
            '-Bis bald am Bach, Gesa',
            '-Im Mai gebe ich einen Nesselkurs im Freilichtmuseum – Anmeldung über die Seite Kurse.',
        ],
        [
            '-2 Kommentare',
            '-Wollschaf: Wie lange hält so ein Seil draußen?',
            '-↳ Gesa: Das weiß ich erst nächstes Jahr, es hängt jetzt am Schuppen.',
            '-Jörg aus Kassel: Tolle Anleitung, danke!',
        ],
        [
            '-© 2026 Nesselzwirn · Texte und Bilder: Gesa',
            '-Erstellt mit WordPress · Theme: Twenty Twenty-Three',
        ],
    ]),
    _page('it', 'it-portale-castelcorvaro-orologio', [
        [
            '-La Voce di Castelcorvaro – notizie dal borgo e dalla valle',
            '-Home | Cronaca | Sport | Eventi | Necrologi',
        ],
        [
            "+Nuove lancette per l'orologio della torre civica",
            '-Di Ermenegilda Fratticioni',
            '-Pubblicato il 16 aprile 2026 alle 7:50 · Aggiornato alle 9:30',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            '-La torre civica con le nuove lancette dorate, vista da piazza del Mercato.',
            '-Foto: La Voce / Dario Sbrinzoli',
            ("+L'orologio della torre civica di Castelcorvaro ha di nuovo le lancette: quelle vecchie, in ferro, "
             'erano cadute in piazza durante la bufera di gennaio.'),
        ],
        [
            ("+Un fabbro del paese le ha rifatte in rame, copiando la forma dalle fotografie d'epoca conservate in "
             'municipio.'),
            '-Pubblicità',
            '-Contenuto sponsorizzato: Pannelli solari senza anticipo, scopri come',
        ],
        [
            '-Condividi: Facebook · X · WhatsApp · Email',
            ('+«Abbiamo lavorato con il gruppo dei campanari, che conoscono il meccanismo meglio di chiunque», ha '
             'detto il sindaco Ottorino Valzecchi.'),
            '-Iscriviti alla newsletter della Voce e ricevi ogni mattina le notizie del borgo',
        ],
        [
            '+I lavori',
            '+Le lancette sono state dorate a foglia.',
            '+Il meccanismo è stato pulito e oliato.',
            '-Leggi anche: Riapre la fontana di via del Forno',
            '+Il quadrante è stato ridipinto di bianco.',
        ],
        [
            ('+La torre sarà aperta ai visitatori la prima domenica di ogni mese, con salita fino alla cella '
             "dell'orologio."),
            ('+I campanari hanno promesso di caricare il meccanismo a mano ogni sabato mattina, come facevano i '
             'loro nonni.'),
            '-Hai una segnalazione? Scrivi alla redazione dal modulo contatti.',
        ],
        [
            '-3 commenti',
            '-Nonna_Pina: Finalmente si sa di nuovo che ore sono in piazza!',
            '-↳ La Voce di Castelcorvaro: Anche noi abbiamo rimesso gli orologi!',
            '-Marco_T: Ma suonerà anche le ore di notte?',
            '-↳ Gruppo Campanari: Solo fino alle ventidue, per rispetto di chi dorme.',
        ],
        [
            '-Contatti | Redazione | Privacy | Cookie policy',
            '-© 2026 La Voce di Castelcorvaro – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-fumo-lento-affumicatoio', [
        [
            '-Fumo Lento in Cortile – conserve, affumicature e fai da te',
            '-Home · Ricette · Fai da te · Chi sono · Contatti',
        ],
        [
            '-Pubblicato il 5 marzo 2026 da Arturo',
            '+Come ho trasformato una vecchia botte in un affumicatoio a freddo',
            '-Tempo di lettura: 8 minuti',
        ],
        [
            ('-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
             'commissione.'),
            '-Indice',
            '-1. La botte',
            '-2. Il tubo del fumo',
            ('+La botte di rovere da duecento litri era in cantina da quando mio nonno smise di fare il vino, e '
             'aveva ancora tutti i cerchi.'),
        ],
        [
            ("+L'ho collegata con un tubo di lamiera lungo tre metri a un piccolo focolare scavato più in basso "
             'nel cortile, così il fumo arriva freddo.'),
            '-La botte sul suo basamento di mattoni, con il tubo che scende verso il focolare.',
        ],
        [
            ('+«Il fumo deve arrivare alla carne stanco e fresco», mi ha insegnato un norcino di Preci, e da '
             'allora lo ripeto a tutti.'),
            '-Condividi su Pinterest · Facebook · WhatsApp',
        ],
        [
            '+Cosa mi è servito',
            '-Il termometro che uso è questo su Amazon (link affiliato).',
            '+Una botte di rovere senza fondo.',
            '+Tre metri di tubo da stufa.',
            '+Un termometro a sonda lunga.',
        ],
        [
            '+La prima pancetta è rimasta nel fumo per quattro giorni, sempre sotto i venticinque gradi.',
            '-Iscriviti alla newsletter per non perdere il prossimo articolo.',
            '+Il prossimo esperimento sarà il formaggio, ma solo quando arriverà il freddo di novembre.',
            '-Alla prossima affumicata, Arturo',
            '-Le mie pancette affumicate si possono prenotare dalla pagina Dispensa, ritiro a Spoleto.',
        ],
        [
            '-2 commenti',
            '-Gianluca_R: Che legna usi per il fumo?',
            '-↳ Arturo: Faggio e qualche ramo di ciliegio verso la fine.',
            "-Sara B.: Bellissimo progetto, copio l'idea!",
        ],
        [
            '-© 2026 Fumo Lento in Cortile – testi e foto di Arturo',
            '-Realizzato con WordPress · Tema Twenty Twenty-One',
        ],
    ]),
    _page('pl', 'pl-portal-wrzosoleka-deszczowka', [
        [
            '-Głos Wrzosołęki – wiadomości z gminy i okolic',
            '-Strona główna | Wiadomości | Sport | Kultura | Ogłoszenia',
        ],
        [
            '+Beczki na deszczówkę dla działkowców z ogrodów przy stawie',
            '-Autor: Teodozja Ćwirlik',
            '-Opublikowano: 13.04.2026, 8:20 · Aktualizacja: 10:05',
            '-Czas czytania: 3 min',
        ],
        [
            '-Nowe beczki ustawione przy altanach w alei Jabłoniowej.',
            '-Fot. Głos Wrzosołęki / Bartłomiej Trzcinkowiak',
            ('+Ponad sześćdziesiąt działek w rodzinnych ogrodach przy stawie dostało w tym tygodniu beczki na '
             'deszczówkę w ramach gminnego programu.'),
        ],
        [
            ('+Każda beczka mieści trzysta litrów i jest podłączona do rynny altany, a gmina pokryła '
             'dziewięćdziesiąt procent kosztów.'),
            '-Reklama',
            '-Artykuł sponsorowany: Sprawdź, ile zaoszczędzisz na fotowoltaice',
        ],
        [
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            ('+„Latem woda z kranu w ogrodach kończyła się już o siódmej wieczorem, teraz podlewamy z beczek”, '
             'mówi prezes ogrodów Helena Rdestowska.'),
            '-Zapisz się do newslettera i codziennie rano dostawaj najważniejsze wiadomości z gminy',
        ],
        [
            '+Co dostali działkowcy',
            '+Beczkę z kranikiem i pokrywą.',
            '+Zestaw do podłączenia rynny.',
            '-Czytaj także: Nowe ławki nad stawem jeszcze przed wakacjami',
            '+Podstawę z betonowych bloczków.',
        ],
        [
            '+Program ma objąć w przyszłym roku także ogrody przy ulicy Kolejowej.',
            '+Wnioski można składać w urzędzie gminy do końca czerwca.',
            '-Masz temat dla redakcji? Zadzwoń: 55 123 45 67',
        ],
        [
            '-Komentarze (3)',
            '-Działkowiec_52: Nareszcie! U nas w lipcu nie było czym podlewać.',
            '-↳ Redakcja: Dziękujemy za opinię, przekażemy ją zarządowi ogrodów.',
            '-Ania z Jabłoniowej: A co z działkami bez altan?',
            '-↳ Helena R.: Dla nich będą beczki ze stojakiem, pytajcie w świetlicy.',
        ],
        [
            '-Kontakt | Redakcja | Regulamin | Polityka prywatności',
            '-© 2026 Głos Wrzosołęki. Wszystkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-ziolowy-slimak-spirala', [
        [
            '-Ziołowy Ślimak – ogród, zioła i kamienie',
            '-Start · Ogród · Przepisy · O mnie · Kontakt',
        ],
        [
            '-Opublikowano 8 kwietnia 2026 przez Olę',
            '+Spirala ziołowa z kamieni polnych krok po kroku',
            '-Czas czytania: 6 minut',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
            '-Spis treści',
            '-1. Wybór miejsca',
            '-2. Układanie kamieni',
            ('+Spiralę postawiłam w najbardziej słonecznym rogu ogrodu, tuż przy ścieżce do kuchni, żeby zioła '
             'były pod ręką.'),
        ],
        [
            ('+Kamienie polne zbierałam całą zimę z miedzy u sąsiada, który był zadowolony, że ktoś je wreszcie '
             'zabiera.'),
            '-Pierwszy zwój spirali, jeszcze bez ziemi.',
        ],
        [
            ('+„Na górze sucho jak na Krecie, na dole wilgotno jak nad stawem”, tak opisała mi spiralę pani z '
             'ogrodu botanicznego.'),
            '-Przypnij na Pintereście · Udostępnij na Facebooku · Wyślij e-mailem',
        ],
        [
            '+Co posadziłam',
            '-Rękawice, których używam, kupiłam tutaj na Allegro (link afiliacyjny).',
            '+Rozmaryn i tymianek na samej górze.',
            '+Szałwię i oregano w środku.',
            '+Miętę i pietruszkę przy małym oczku wodnym.',
        ],
        [
            '+Całość ma półtora metra średnicy i osiemdziesiąt centymetrów wysokości w najwyższym punkcie.',
            '-Nie przegap kolejnego wpisu – zapisz się na newsletter.',
            '+Latem dosadzę jeszcze lawendę, o ile rozmaryn przetrwa pierwszą zimę.',
            '-Pozdrawiam z ogrodu, Ola',
            '-Sadzonki ziół z mojego ogrodu wysyłam w maju – zamówienia przez zakładkę Sklepik.',
        ],
        [
            '-Komentarze: 2',
            '-Basia_ogrodniczka: Piękna! Ile kamieni poszło?',
            '-↳ Ola: Jakieś dwie taczki, nie liczyłam dokładnie.',
            '-Zenek: A nie zamarzną te zioła na górze?',
        ],
        [
            '-© 2026 Ziołowy Ślimak · teksty i zdjęcia: Ola',
            '-Blog na WordPressie · Motyw: Twenty Twenty-Five',
        ],
    ]),
    _page('ru', 'ru-portal-brusnichyovo-defibrillyator', [
        [
            '-Брусничёвский вестник — новости села и района',
            '-Главная | Новости | Спорт | Афиша | Объявления',
        ],
        [
            '+В старой телефонной будке у почты появился дефибриллятор',
            '-Текст: Ульяна Горностайкина',
            '-Опубликовано 15 апреля 2026, 09:10 · Обновлено 11:25',
            '-Время чтения: 3 минуты',
        ],
        [
            '-Бывшая телефонная будка у почты, теперь с зелёным знаком.',
            '-Фото: Брусничёвский вестник / Аркадий Тесёмкин',
            ('+Телефонная будка у почты в Брусничёве, в которой не было аппарата уже лет пятнадцать, превратилась '
             'в пункт с дефибриллятором.'),
        ],
        [
            '+Будку отремонтировали волонтёры пожарной части, а сам прибор купили на деньги, собранные на ярмарке.',
            '-Реклама',
            '-Партнёрский материал: Как выбрать пластиковые окна для дачи',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            ('+«Прибор сам подсказывает голосом, что делать, так что справится любой», — объясняет фельдшер '
             'Зинаида Медуницына.'),
            '-Подпишитесь на нашу рассылку, чтобы первыми узнавать новости села',
        ],
        [
            '+Что есть в будке',
            '+Автоматический дефибриллятор в утеплённом шкафу.',
            '+Памятка с картинками.',
            '-Читайте также: У школы отремонтировали пешеходный мост',
            '+Кнопка прямой связи с диспетчером скорой.',
        ],
        [
            '+В мае фельдшер проведёт для жителей бесплатные занятия по первой помощи в доме культуры.',
            '+Такие же будки волонтёры хотят переделать ещё в двух соседних сёлах.',
            '-Есть новость? Пишите в редакцию через форму обратной связи.',
        ],
        [
            '-Комментарии: 3',
            '-Галина Петровна: Молодцы ребята, очень нужная вещь.',
            '-↳ Редакция: Спасибо, передадим пожарным!',
            '-Сергей_К: А будка ночью открыта?',
            '-↳ Ульяна Горностайкина: Да, шкаф открыт круглосуточно.',
        ],
        [
            '-Контакты | Рекламодателям | Пользовательское соглашение',
            '-© 2026 Брусничёвский вестник. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-kamni-fomy-stenka', [
        [
            '-Камни Фомы — дача, камень и руки',
            '-Главная · Сад · Постройки · Обо мне · Контакты',
        ],
        [
            '-Опубликовано 20 апреля 2026, автор: Фома',
            '+Сухая каменная стенка в саду своими руками',
            '-Время чтения: 7 минут',
        ],
        [
            '-В записи есть партнёрские ссылки: если купите по ним, я получу небольшой процент.',
            '-Содержание',
            '-1. Подушка из щебня',
            '-2. Перевязка камней',
            ('+Стенку высотой по колено я сложил вдоль грядок, чтобы удержать склон, который каждую весну сползал '
             'на дорожку.'),
        ],
        [
            '+Камень брал в старом карьере за деревней, где его разрешают набирать за небольшую плату лесничеству.',
            '-Первые два ряда камней на щебёночной подушке.',
        ],
        [
            '+«Каждый камень кладут на два, а два — на один», — говорил мой дед, который сложил так всю ограду у бани.',
            '-Поделиться в ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+Что понадобилось',
            '-Киянку я брал вот эту на Ozon (партнёрская ссылка).',
            '+Три тонны плитняка.',
            '+Мешок щебня на каждый метр.',
            '+Резиновая киянка и шнур.',
        ],
        [
            '+Всего вышло девять метров стенки, и за лето в щелях поселились ящерицы.',
            '-Не пропустите новые записи — подпишитесь на рассылку.',
            '+Осенью посажу в верхний ряд очиток и молодило.',
            '-До встречи на даче, Фома',
            '-Провожу выездные консультации по каменным стенкам в Подмосковье — запись через страницу «Услуги».',
        ],
        [
            '-2 комментария',
            '-Марина_дача: Какая красота! А зимой не развалится?',
            '-↳ Фома: Сухая кладка дышит и двигается вместе с землёй, так что стоит веками.',
            '-Виктор Иваныч: Сколько времени ушло на всё?',
        ],
        [
            '-© 2026 Камни Фомы · тексты и фото: Фома',
            '-Работает на WordPress · Тема Twenty Twenty',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Audioboom clip: this episode was unpublished by the podcast's owner and can no longer be played.":
        ("an English Audioboom marker unpublished by the podcast's owner ('Audioboom clip: this episode was "
         "unpublished by the podcast's owner and can no longer be played.') is left in the body"),
    'Podigee-Player: Die Folge ist noch nicht veröffentlicht und erscheint am Freitag.':
        ("a German Podigee marker whose episode is not yet out ('Podigee-Player: Die Folge ist noch nicht "
         "veröffentlicht und erscheint am Freitag.') is left in the body"),
    'Materiał z TVP VOD nie odtworzy się – wyłącz blokowanie reklam i odśwież stronę.':
        ("a Polish TVP VOD marker asking to turn off the ad blocker ('Materiał z TVP VOD nie odtworzy się – wyłącz "
         "blokowanie reklam i odśwież stronę.') is left in the body"),
    "Reading time ≈ 18 min (skip to the photos if you're in a hurry)":
        ("an English blog reading time with an approximately-equal sign and an aside ('Reading time ≈ 18 min (skip "
         "to the photos if you're in a hurry)') is left at the head"),
    'Je vends mes savons au lait de chèvre sur leboncoin, remise en main propre possible.':
        ("a French leboncoin soap plug ('Je vends mes savons au lait de chèvre sur leboncoin, remise en main "
         "propre possible.') is left at the foot"),
    'Featured comment, pinned by the newsdesk':
        "an English pinned-comment label ('Featured comment, pinned by the newsdesk') is left at the foot",
    'Komentarz edytowany przez moderatora – usunięto dane osobowe.':
        ("a Polish edited-by-the-moderator stub ('Komentarz edytowany przez moderatora – usunięto dane osobowe.') "
         'is left at the foot'),
    'Чтобы оставить отзыв, подтвердите номер телефона.':
        ("a Russian confirm-your-phone comments note ('Чтобы оставить отзыв, подтвердите номер телефона.') is left "
         'at the foot'),
    "Articolo realizzato nell'ambito di un viaggio stampa offerto dal Consorzio turistico della valle.":
        ("an Italian press-trip notice ('Articolo realizzato nell'ambito di un viaggio stampa offerto dal "
         "Consorzio turistico della valle.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-sap-and-spile-birch-syrup':
        ("the birch-syrup blog's post keeps the photo caption ('The bucket on the middle birch after the first "
         "night, about a third full.') after the second paragraph (1 of 20 noise lines; the table of contents "
         'above the first paragraph goes); no article line is lost'),
    'fr-blog-girelle-margot-tour-a-pied':
        ("the kick-wheel blog's post keeps the photo caption ('Le volant posé sur l'axe, avant le premier essai.') "
         'after the second paragraph (1 of 20 noise lines); no article line is lost'),
    'de-blog-nesselzwirn-seil':
        ("the nettle-rope blog's post keeps the photo caption ('Die gerösteten Stängel auf der Wiese, im "
         "Oktoberlicht.') after the second paragraph (1 of 20 noise lines; the subscribe prompt between the two "
         'last paragraphs goes); no article line is lost'),
    'it-portale-castelcorvaro-orologio':
        ("the clock-hands story keeps the byline ('Di Ermenegilda Fratticioni') under the title (1 of 20 noise "
         'lines); no article line is lost'),
    'it-blog-fumo-lento-affumicatoio':
        ("the smokehouse blog's post keeps the photo caption ('La botte sul suo basamento di mattoni, con il tubo "
         "che scende verso il focolare.') after the second paragraph (1 of 20 noise lines); no article line is lost"),
    'pl-blog-ziolowy-slimak-spirala':
        ("the herb-spiral blog's post keeps the photo caption ('Pierwszy zwój spirali, jeszcze bez ziemi.') after "
         'the second paragraph (1 of 20 noise lines); no article line is lost'),
    'ru-blog-kamni-fomy-stenka':
        ("the dry-stone-wall blog's post keeps the photo caption ('Первые два ряда камней на щебёночной подушке.') "
         'after the second paragraph (1 of 20 noise lines); no article line is lost'),
}

test_held_out_195_line, test_held_out_195_line_is_kept, test_held_out_195_page = held_out_tests(
    HELD_OUT_195_LINES, HELD_OUT_195_KEEP, HELD_OUT_195_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
