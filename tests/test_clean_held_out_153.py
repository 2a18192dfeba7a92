"""Held-out set 153: written blind, weighted toward the noise the cleaner exists for, in shapes set 152's docstring does
not name (nor the first paragraphs of sets 149, 150 and 151): scraper, embed and ad markers (an English Flourish
visualisation still loading "This Flourish visualisation is still loading. If it doesn't appear, reload the page.", an
English Acast player held back by privacy settings "The Acast episode player couldn't be loaded because of your privacy
settings.", an English Brightcove video that could not be played "The Brightcove video could not be played. Try again
later or watch it in our app.", a French uMap map that did not load "La carte uMap ne s'est pas chargée. Ouvrez-la en
plein écran.", a German Google My Maps map that cannot be shown in the reader's browser "Die Karte von Google My Maps
kann in Ihrem Browser nicht angezeigt werden.", an Italian YouTube video whose owner switched off playback on other
sites "Il proprietario del video di YouTube ne ha disattivato la riproduzione su altri siti.", a Polish Flickr gallery
that could not be loaded "Nie udało się wczytać galerii z Flickra. Spróbuj ponownie za chwilę." and a Russian 2GIS map
that did not load "Карта из 2ГИС не загрузилась. Обновите страницу или откройте её в приложении."); reading-time headers
in new wordings (the English stopwatch header "⏱ A 5-minute read", a blog's settle-in warning of fifteen minutes "Settle
in – this post runs to roughly fifteen minutes of reading.", the French Durée-de-lecture header "Durée de lecture : 5
min", the German estimated-reading-time header "Geschätzte Lesezeit: 5 Minuten", the Italian minutes-of-reading line "5
min di lettura", the Polish time-needed-to-read header "Czas potrzebny na przeczytanie: 5 min" and the Russian
time-of-reading line with a dash "Время прочтения — 5 минут"); bylines and self-promotion (an English name-and-job-title
byline "Ptolemy Wrangbottle, Chief Reporter", an English posted-by-in-category byline "Posted by Wren Mallowbury in
Garden notes", a French written-by byline "Rédigé par Maëlys Bréchignolle" and a Russian author-of-the-piece byline
"Автор материала — Феврония Свирелькина", all at the head, and at the foot an English Folksy bread-crocks plug "I sell
my hand-thrown bread crocks through Folksy; the link is in the menu.", a German market-and-eBay nest-box plug "Meine
Nistkästen verkaufe ich auf dem Wochenmarkt und über eBay – Versand deutschlandweit.", an Italian Saturday
pottery-classes plug "Tengo corsi di ceramica il sabato mattina: trovi le date nella mia pagina Facebook." and a Polish
Vinted bags plug "Ręcznie szyte torby sprzedaję na Vinted – wysyłka paczkomatem."); blog and site footers (an English
Hugo-and-Netlify credit with privacy and colophon links "This site runs on Hugo and is hosted by Netlify · Privacy ·
Colophon", an English printed-and-published-by imprint with an IPSO line "Printed and published by Pudlestowe Newspapers
Ltd, 12 Wharf Row, Pudlestowe. Regulated by IPSO.", an English text-and-photos copyright line of a blogger "Text and
photos © 2026 Marigold Tuppingworth – please ask before reusing them.", a French legal-notices-and-cookies row with a
Wix credit "Mentions légales · Gestion des cookies · Site réalisé avec Wix", a German an-offer-of-the-media-group line
with terms and contact links "Ein Angebot der Grauwiesener Mediengruppe GmbH · AGB · Kontakt", an Italian Blogger credit
with the theme and a report-abuse link "Realizzato con Blogger · Tema Semplice · Segnala una violazione", a Polish
WordPress-and-Astra credit with a cookie policy "Strona działa na WordPressie · Motyw: Astra · Polityka cookies" and a
Russian Tilda credit with a privacy-policy link "Работает на Tilda · Политика конфиденциальности"); reader-comment
furniture (an English sort-by row "Sort comments by: Newest · Oldest · Most liked", an English commenting-as-a-guest
note "You're commenting as a guest. Sign in to get notified of replies.", an English view-earlier-comments link "View 9
earlier comments", a French sort-the-comments row "Trier les commentaires : les plus récents", a German
comments-closed-after-48-hours note "Die Kommentarfunktion wurde nach 48 Stunden automatisch geschlossen.", an Italian
show-six-more-comments link "Mostra altri 6 commenti", a Polish removed-by-a-moderator placeholder "Komentarz usunięty
przez moderatora za naruszenie regulaminu." and the Russian Cackle widget's caption "Комментарии для сайта Cackle");
share rows (an English pass-this-on row with Messenger, Telegram, LinkedIn and print "Pass this on: Messenger · Telegram
· LinkedIn · Print", a French send-to-a-friend row with print and Bluesky "Envoyer à un ami · Imprimer · Partager sur
Bluesky" and an Italian pass-it-round row with WhatsApp, Telegram and copy link "Fai girare: WhatsApp · Telegram · Copia
link"); and notices (a German editors' note that a statement by the public utility was added "Hinweis der Redaktion: Der
Artikel wurde um eine Stellungnahme der Stadtwerke ergänzt." and a Polish timed update on a meeting's new date
"Aktualizacja, godz. 16:20: urząd gminy potwierdził nowy termin zebrania.", both in the body, and a Russian
also-in-the-Saturday-print-issue note "Этот текст также вышел в субботнем печатном номере газеты." at the foot); and
toward whole scraped news and hobby-blog pages in layouts set 152's docstring does not describe (on the six portal
pages, in ten blocks, the masthead and the section menu in one block of two at the very top; a breadcrumb and the
reading time at the top of the title's block, right before the title; under it a block of three, the byline-and-date
line, a photo caption and its credit; the first and second paragraphs in one block with a read-also link at its end; a
newsletter or Telegram prompt at the top of the quote paragraph's block, right before the quote; the subheading and the
three rows in one block with an ad label between the second and third rows; the two last paragraphs in one block with a
related link between them; a tags or topics line, a share row and a report-a-mistake prompt in one block of three; at
the foot two blocks, four lines of a comment thread (a comment count, a comment, a second comment and the newsroom's
arrowed reply to the second) and then a cookie-and-privacy links row and the copyright line of the publishing company;
on the six blog pages, in ten blocks, the blog name, the menu and a search-box placeholder in one block of three; the
title at the top of a block of four with the posted-on-date-by-author line, the reading time and a jump-to-comments link
after it; an affiliate-links disclosure alone; the first and second paragraphs in one block with a photo caption and a
Pinterest prompt between them; a you-might-also-like link at the top of the quote paragraph's block, right before the
quote; a shop, kit or course plug at the top of the list's block, right before the subheading; the two last paragraphs
in one block with nothing between them; a category or filed-under line and a share row in one block of two; at the foot
two blocks, five lines (a comments count, a comment, the author's arrowed reply, a second comment and the author's
arrowed reply to it) and then older-and-newer-post links and a platform credit in one block of two), taken from local
news of fresh kinds (a town clock's hands regilded, a library's seed-swap shelf, a footbridge closed for inspection, a
skate park's new ramps, a beach's lifeguard hut moved, a church's bell-ringers recruiting) and from blogs about making
sourdough crackers, repairing mechanical watches, pressing wild flowers, building a dry-stone wall, learning calligraphy
with a dip pen and keeping a worm compost bin.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 152 but what is named here), held-out set 154 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 152 up to its paragraph "Measured after round 106", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 149, 150 and 151, printed with one ast
script (/tmp/s153scratch/read.py, reading the files of /tmp/wt-set153/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set153); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s153scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 152's as printed, with 152 -> 153; /tmp/s153scratch/gen153.py writes this file from scratch files (data153.py,
pages153.py, the docstring paragraphs in /tmp/s153scratch/doc and, after the measurement, tables153.py). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s153,
detached at commit a477d42fbfa7c11e137c251a4b0ecb803883d121, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec  6 00:07:17 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
a477d42fbfa7c11e137c251a4b0ecb803883d121 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows. (2) read.py's first run printed to the terminal, whose
output the tool cut in the middle (from inside set 152's Slips and notes to inside set 150's first paragraph); its
second run went to /tmp/s153scratch/peek.out, of which I paged lines 130 to 400 with ``sed``, in two calls; nothing
outside the allowed parts was printed, since the script stops set 152's docstring before the paragraph "Measured after
round 106" and prints only the first paragraphs of the other three (so I read set 152's Protocol, Slips and notes,
Judgement calls, Contents and Baseline, all before that paragraph). (3) helpers.py imported test_clean from
/work/main/tests, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed; the
helpers printed are only the checks this file calls. The machine's python had the project's dependencies; every run used
it. (4) Near misses with shapes already named, noted rather than hidden: the English and French sort-the-comments rows
are one shape in two languages, neither named in what I read; the Italian "5 min di lettura" shares its noun with set
149's "Tempo stimato per la lettura: 3 min", and the German "Geschätzte Lesezeit" and the Russian "Время прочтения" are
common header words in new wordings; the Polish timed update "Aktualizacja, godz. 16:20: ..." is the shape of the French
timed updates of sets 149 and 150 in another language; the Russian also-in-the-Saturday-print-issue note is near set
151's Italian first-published-in-print note (another language, "also" rather than "originally"); the Italian Blogger and
Polish WordPress credits are common platform credits, with a theme name and a report or cookie link; the page noise is
not all new in wording (the portals' reading times "3 min read", "Lecture 3 min", "Lesezeit 3 Min.", "Lettura 3 min",
"Czytanie: 3 min" and "Чтение: 3 мин", the blogs' Pinterest prompts, affiliate disclosures and WordPress and Blogger
credits are common shapes), since the brief asks for new layouts there; what is new on the pages is where the noise sits
and some of its kinds (a reading time between the breadcrumb and the title, a newsletter or Telegram prompt right before
the quote paragraph, an ad label between the second and third list rows, a related link between the two last paragraphs,
report-a-mistake prompts, a cookie-and-privacy row above the copyright line, search-box placeholders, jump-to-comments
links under the blogs' titles, plugs right before the blogs' subheadings and older-and-newer-post links above the
platform credits); the blogs' photo caption between the first and second paragraphs also stands there on set 152's
blogs, here together with a Pinterest prompt. The brief's topics were used as given, one per page; set 150 had a balcony
wormery and flowers pressed into bookmarks, so the Russian worm-bin blog and the German flower-pressing blog are near
those topics (a kitchen bin and meadow flowers in a press here). (5) Before the measurement /tmp/s153scratch/check153.py
checked, case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of
the set, that no line repeats and that no line holds an at-sign, and counted the lines; its first run found two repeated
comment counts ("4 commentaires" on both French pages and "4 комментария" on both Russian pages) and the German page ad
label "Anzeige" inside the German held-out plug, which then sold nest boxes "über Kleinanzeigen"; the French and Russian
portals' counts became "5 commentaires" and "6 комментариев" and the plug became the market-and-eBay line, and the
second run found nothing. While drafting I had kept other such pairs apart: the portals' photo credits, copyright lines
and newsroom replies name a staff, a town, a parish or the publishing company, not the masthead line; the Russian
portal's privacy row is "Политика обработки персональных данных · ...", not "Политика конфиденциальности" (inside the
Russian held-out Tilda footer); no ad label is a word of a keep line ("Werbung" and "Pubblicità" were not used as
labels). Lines and data were counted by the script (45 noise lines: category, language and place as in Contents; 20 keep
lines by language and place; 12 pages with 10 "+" and 20 "-" lines each, 10 blocks on each). /tmp/s153scratch/marks.out
printed all 360 page lines with their block numbers and marks, and I read them one by one: "+" stands only on the
titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was swapped. gen153.py
reports lines over 120 characters and at-signs in the written file and checks, by parsing it with ``ast`` (without
importing it), that the file's lists and tables equal the scratch data; its first run found one line of 123 characters
(the Pudlestowe imprint footer with its category on one line), which it now splits. (6) Invented names were checked with
the exact-string search over public GitHub files: Pudlestowe (also in PudlestoweBelle and the Pudlestowe Herald and
Newspapers), Pottlewhaite, Gildercroft, OldMarketSquareMo, Crumbwhistle, Wrangbottle, Mallowbury, Tuppingworth,
Gervaillac (in Saint-Gervaillac, L'Écho and Éditions de Gervaillac), Marvaugeot, Pouillardet, Jardinette56,
Paulo_du_canal, Établi du Remontoir, Bréchignolle, Kleinwettering, Wetteringer (in Wetteringer Bote and
Verlagsgesellschaft), Pfefferzahn, Brückelmayer, Wettertaler, Mühlenweg_Anni, Herbarium am Fensterbrett, Gruschnitzer,
Heinz Gruschnitzer, Grauwiesener, Borgofrassino, Scorzavacca, Trapanotti, Frassinesi, Gianni_skate, mamma_di_Leo,
Valsgrinza, Mewiowo, Mewiowsk (Kurier Mewiowski, Wydawnictwo Mewiowskie), Szczygielnik, Piaskowiak, plażowicz_Heniek,
Kleksowe Zapiski, Верхнезвонск (also in Верхнезвонский вестник), Сорокопудова, Медноухов, Звонская медиагруппа, Записки
червевода, Свирелькина and бабушка_Зоя_57 had no hits. Dropped: Brindlecote (fictional merchants and companies in
several files; the town became Pudlestowe), Thrushcombe (a simulation's town and a surname; the reporter became Lavinia
Pottlewhaite), Grindlewood (a legend's city and an address; the chief reporter became Ptolemy Wrangbottle), Hatherwick
(in a list of place names; the blogger became Wren Mallowbury), Fennerby (a school and a company; the footer's blogger
became Marigold Tuppingworth), Oubrelin (its hits were only inside other words, "DOUBRELINKEDLIST" and "soubreLink", but
I dropped it; the town became Saint-Gervaillac), Tournecoupe (a real commune; the byline became Maëlys Bréchignolle),
Wachtelberg (real places and addresses; the commenter became Heinz Gruschnitzer), Rabenfurter (in a German text; the
publisher became the Grauwiesener Mediengruppe), Черпакова (a real surname; the Russian byline took Свирелькина) and
Галина_Петровна (a real name in file names; the commenter became бабушка_Зоя_57). First names alone (Perdita, Hattie,
Graham R., Lavinia, Mathurin, Odile, Benoît L., Friederike, Lotte, Serafino, Rosalba, Dario V., Agata, Magda, Tomek K.,
Ola, Сергей Л., Ульяна, Ирина, Дмитрий С. and the other first names of the bylines and quotes), real services and
platforms (Flourish, Acast, Brightcove, uMap, Google My Maps, YouTube, Flickr, 2GIS, Folksy, eBay, Vinted, Hugo,
Netlify, IPSO, Wix, Blogger, WordPress, Astra, Tilda, Cackle, Pinterest, Etsy, Avito, Nikko G nibs) and real place names
(Reading Borough Council in an English keep line, the river Wetter, Switzerland, via Roma, via Garibaldi) were not
checked. (7) The measurement was run once, at 00:13:59 UTC by ``date``, in one shell call with the brief's two commands
(pytest output to /tmp/s153scratch/measure.out, report to /tmp/s153scratch/report.out); then
/tmp/s153scratch/problems.py printed the problems of every case with ``_problems`` (importing the copy in
/tmp/wt-s153/tests with /tmp/wt-s153/src on the path): 16 noise lines kept and seven pages with problems, as in the
Baseline paragraph, no keep line lost and no article line lost. The reasons of the three tables (tables153.py) were
written from that output (a script checked that the failing lines and pages of problems.out are exactly the keys of the
tables), and nothing else was changed: gen153.py wrote the final file from the same data files, checked that its lists
equal them, and the pytest command was run again on it in /tmp/wt-s153. The whole set was written, measured and
committed within the brief's 50 minutes (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Comments made by the bishop", "Share prices at the town's only listed firm", "Follow
the towpath north", "Subscribing members of the rowing club", "Copyright lawyers for the sculptor's estate",
"Advertising hoardings along the bypass", "Reading Borough Council has offered", "Commentant la décision du préfet",
"Partagé entre deux communes", "Suivre les travaux depuis la passerelle", "Abonnenten des Schwimmbads", "Werbung an
Laternenmasten", "Kommentiert hat der Bürgermeister", "Leggendo il bilancio in consiglio", "Iscritti alla banda
musicale", "I commenti dei residenti", "Czytając list od mieszkańców", "Udostępniona przez parafię sala", "Комментируя
решение суда" and "Подписчики районной библиотеки" are article sentences: each reports what a bishop, a listed firm, a
towpath walk, a rowing club's treasurer, a sculptor's estate, councillors, a neighbouring council, a mayor, two
communes, a town hall, a town and its pool, a town council, a mayor, a councillor, a town band, a residents' committee,
a village head, a parish, a district head or a library's members said, did, pay or will get, with the noise-like word as
an ordinary noun, verb, participle or gerund of the sentence ("Comments made by the bishop" are remarks in church, not a
comment thread; "Share prices" are a firm's stock, not a share row; "Follow the towpath" is a direction in a story, not
a follow prompt; "Subscribing members" pay a club, not the paper; "Copyright lawyers" act for an estate, not a copyright
line; "Advertising hoardings" come down by a bypass, not an ad label; "Reading Borough Council" is a town's council, not
a reading time; the French "Commentant" is a mayor commenting on a prefect's decision, "Partagé" is a pitch shared by
two communes and "Suivre les travaux" is watching works from a footbridge; the German "Abonnenten" hold pool passes,
"Werbung" is banned from lamp posts and "Kommentiert" says a mayor has not commented; the Italian "Leggendo" is a
councillor reading a budget, "Iscritti" are a band's members and "I commenti dei residenti" were gathered by a
committee; the Polish "Czytając" is a village head reading a letter and "Udostępniona" is a hall lent by a parish; the
Russian "Комментируя" is a district head commenting on a ruling and "Подписчики" are a library's members; none of them
is comment, share, follow, subscribe, copyright, ad or reading-time furniture). Categories: the Flourish, Acast,
Brightcove, uMap, Google My Maps, YouTube, Flickr and 2GIS lines are markers (embeds still loading, held back, not
playable, not loaded or switched off for other sites); the stopwatch header, the settle-in warning and the French,
German, Italian, Polish and Russian lines are reading times; the name-and-title, posted-by, rédigé-par and
автор-материала lines are bylines at the head, and the Folksy, market-and-eBay, pottery-classes and Vinted lines are
bylines (self-promotion) at the foot; the Hugo-and-Netlify, printed-and-published, text-and-photos, Wix, media-group,
Blogger, WordPress-and-Astra and Tilda lines are footers (the printed-and-published line with its IPSO regulation is a
newspaper's imprint, the legal foot of its site, not a byline; the blogger's text-and-photos copyright is the site's
standing foot, not a notice about one post; the German an-offer-of line names the publisher as site footers do); the
sort-by row, the commenting-as-a-guest note, the view-earlier-comments link, the French sort row, the German
comments-closed note, the Italian show-more link, the Polish removed-by-a-moderator placeholder and the Cackle caption
are comment furniture (the Cackle caption is what that comment widget prints above its thread); the English, French and
Italian rows are share rows (the French send-to-a-friend row also offers print, as share rows do); the German editors'
note and the Polish timed update are notices in the body (both speak of the story they sit in), and the Russian
also-in-print note is a notice at the foot (a note on where one piece appeared, neither a site footer nor a byline). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (mastheads, blog names, menus, search-box
placeholders, breadcrumbs, bylines and posted-on lines, reading times, jump-to-comments links, photo captions and
credits, affiliate disclosures, Pinterest prompts, read-also, related and you-might-also-like links, newsletter and
Telegram prompts, ad labels, shop, kit and course plugs, tags, topics, category and filed-under lines, share rows,
report-a-mistake prompts, comment counts, comments and replies, older-and-newer-post links, cookie-and-privacy rows,
copyright lines and platform credits) is noise. The list rows (what was done to the clock, how the seed shelf works,
what the footbridge closure means, what changes at the skate park and on the beach, what future bell-ringers need to
know, and what the crackers, the watch repair, the flower press, the dry-stone wall, the calligraphy and the worm bin
need) are short, most without a verb, but part of each article, so article; the portals' photo captions and credits
("The minute hand, nearly two metres long, ..." with "Photo: Herald staff" and their twins) are captions, so noise; the
portals' newsroom replies in the thread ("↳ Newsroom: ...", "↳ La rédaction : ...", "↳ Redaktion: ...", "↳ Redazione:
...", "↳ Redakcja: ...", "↳ Редакция: ...") are comment-thread lines, so noise; the report-a-mistake prompts ("Spotted a
mistake? Tell us", the Russian Ctrl+Enter prompt and their twins) are page furniture under the story, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-pudlestowe-clockhands (the market-square clock's hands back on the tower after six weeks being regilded in
gold leaf), en-blog-crumbwhistlekitchen-crackers (sourdough crackers baked from starter discard),
fr-portail-gervaillac-grainotheque (a seed-swap shelf opened at the town's media library),
fr-blog-etabliduremontoir-montre (a grandfather's mechanical watch repaired with a new mainspring),
de-portal-kleinwettering-fussgaengerbruecke (a footbridge closed for two weeks while inspectors check its steel
girders), de-blog-herbariumamfensterbrett-wiesenblumen (a first summer of pressing meadow flowers),
it-portale-borgofrassino-skatepark (a skate park reopened with three concrete ramps),
it-blog-murettidivalsgrinza-muroasecco (a collapsed dry-stone wall of a vegetable garden rebuilt without mortar),
pl-portal-mewiowo-ratownicy (the beach's lifeguard hut moved a hundred metres nearer the main entrance),
pl-blog-kleksowezapiski-kaligrafia (three months of learning calligraphy with a dip pen),
ru-portal-verkhnezvonsk-zvonari (a church recruiting bell-ringers, with free Saturday lessons) and
ru-blog-zapiskichervevoda-vermikompost (a first year with a worm compost bin in the kitchen), each with a reader comment
thread.

Baseline (2026-12-06, cleaner at commit a477d42fbfa7c11e137c251a4b0ecb803883d121, measured with ``cd /tmp/wt-s153 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s153/src python -m pytest -q tests/test_clean_held_out_153.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s153 && PYTHONPATH=/tmp/wt-s153/src python
scripts/clean_held_out_report.py --sets 153``, with the xfail tables empty): noise lines removed 29/45 (marker 2/8,
reading-time 5/7, byline 5/8, footer 7/8, comments 7/8, share 3/3, notice 0/3; the 16 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: six markers in the body (the English Acast and Brightcove placeholders and the
French uMap, German Google My Maps, Polish Flickr and Russian 2GIS placeholders), two reading times at the head (the
English settle-in warning and the Polish time-needed-to-read header), one byline at the head (the Russian
автор-материала line), two plugs at the foot (the English Folksy and Italian pottery-classes plugs), one footer at the
foot (the English printed-and-published imprint), one comment line at the foot (the Polish removed-by-a-moderator
placeholder) and all three notices (the German editors' note and the Polish timed update in the body, the Russian
also-in-print note at the foot); the English Flourish and Italian YouTube markers, the English stopwatch header and the
French, German, Italian and Russian reading times, the English name-and-title and posted-by and the French rédigé-par
bylines, the German market-and-eBay and Polish Vinted plugs, the seven other footers, the seven other comment lines and
every share row went); keep lines kept 20/20; pages 5/12 clean (the English, German, Italian, Polish and Russian
portals), 14 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on every blog the photo
caption between the first and second paragraphs, in their block (1 each, 6 in all); on the French portal the photo
caption and its credit in the block under the title, after the byline, and the newsletter prompt right before the quote
paragraph (3); on the German flower-pressing blog also the search-box placeholder in the top block and the
you-might-also-like link right before the quote paragraph (2); on the Italian dry-stone-wall blog also the
you-might-also-like link right before the quote paragraph and the course plug right before the subheading (2); on the
Polish calligraphy blog also the shop plug right before the subheading (1). No article line was lost on any page
(``_problems`` reported only kept boilerplate), as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with
them the pytest command on the final file in /tmp/wt-s153 gave 54 passed, 23 xfailed, no XPASS.

Measured after round 107 and the lead's mend after it (developed on sets 151 and 152 beside this set's writing from the
same base, a477d42, and measured on it blind by the lead with test_clean._problems of every case before and after, at
2d863df): nothing moved. Round 107's changes (previous-and-next links as a block's furniture under a blog's last
paragraph, the first row of an article's list given back under a read-also link, a table of contents under a disclosure,
the writer's sale alone over the share row) and the mend (a denied sale is no plug) met none of this set's missed lines
or pages.

Round 108 (development; this set was read in full from this round on): the French portal's photo caption and credit
under the byline, the German blog's search box and you-might-also-like link and the Italian blog's you-might-also-like
link go. The round's changes (all in src/spinscope/ingest/; tests test_round_108_* in tests/test_clean.py, near misses
in six languages): (1) page_blocks._is_short_sentence_over_tags (in _article_among_furniture): a portal's last paragraph
at the top of its block over the tags line, five words or more closed by a full stop, no colon, reading as the
article's, stays although it is shorter than a paragraph's eight words ("Следующий день открытых дверей обещают провести
осенью." over "Теги: ...", set 154's ru-portal-verkhneklyukvensk-pozharnaya, which the widget-blocks step took with the
tags); prompts, a closed thread's note and a source line there still go; (2) page_blocks._is_writers_line_over_share_row
(in _article_among_furniture): the writer's full sentence above the share row in its block, read with the first person
set aside (_reads_as_writers), no sale, network, reader or widget word, is the piece's last paragraph ("Next month I
will tackle the mudguards, ..." over "Share on: ..." in the lead's variant of set 151's en-blog-wrenshackle-wayfarer,
and so in French, German, Italian, Polish and Russian); the sign-offs ("Thanks for reading, ...!", "I hope you enjoyed
this post!", "Merci de m'avoir lue !", "Danke fürs Lesen!", "Grazie per aver letto!", "Dziękuję za przeczytanie!",
"Спасибо, что дочитали!"), plugs and prompts there still go; (3) page_blocks._is_jump_link_among_furniture and
_JUMP_LINK (in the widget-blocks step, reason "table of contents"): a short line opening with a verb of going or jumping
to a later part of the page ("Jump to the tying steps", "Aller directement aux étapes", "Direkt zur Anleitung springen",
"Vai direttamente al procedimento", "Przejdź od razu do instrukcji", "Перейти сразу к списку открыток"), no sentence, in
a block of the body whose other lines the rules all took (set 154's six blogs); "We jumped straight to the second
step.", subheadings and a jump beside a paragraph stay; (4) whole_line_noise's you-may-like label with a title after its
colon takes the "might please you" wordings ("Das könnte dir auch gefallen: ...", "Ti potrebbe piacere anche: ...", set
153's German and Italian blogs; "Może ci się też spodobać: ...", "Ça pourrait aussi vous plaire : ..."); (5) clean's
search-box placeholder takes the German verb last over an ellipsis ("Blog durchsuchen …", set 153's German blog; a
subject or "dann" opening it keeps the writer's line) and the Polish "Przeszukaj"; (6) clean._is_credit reads a first
name's initial as no sentence's end (_NAME_INITIAL: "Photo : C. Marvaugeot", set 153's French portal, whose caption
above it then goes as the head's credited caption); (7) page_blocks._is_plug_between_last_paragraphs also takes the
writer's own sale (round 107's _is_writers_sale) between the two last paragraphs, the paragraph under it allowed to ask
the reader something ("Дубли из коллекции продаю на Мешке — пишите в личные сообщения.", set 154's Russian postcard
blog); a denied sale, a purchase and a sentence about prices stay. Other sets' xfails: set 71's en-blog-whetstone became
clean (its "Jump to the steps ↓" goes; entry removed); reasons reworded on set 47's fr-liseuse-epaper (its photo credit
goes), set 104's ru-blog-chernilnyebudni-chistka (its donation link "Перейти к форме поддержки" goes) and set 147's
it-blog-ginepropaziente-bonsai (its "Ti potrebbe piacere anche: ..." link goes). All sets (145 sets in the report,
before -> after): noise lines removed 6003 -> 6003 of 6601, article lines kept 2927 -> 2927 of 2927, pages clean 1064 ->
1066 of 1726, page noise lines left 1473 -> 1457 of 36240, paragraphs lost 3 -> 2; SemEval 0 of 3723 files changed;
bench ratio 1.01 (benchmarks/bench_clean.py against b9a490a); pytest 19922 passed, 1288 xfailed, no XPASS (the full
command gave 19921 passed, 1288 xfailed and one failure, set 71's en-blog-whetstone page, an XPASS whose entry was then
removed; the six edited set files rerun: 364 passed, 98 xfailed). This set before -> after: noise lines removed 29 -> 29
of 45 (marker 2/8, reading-time 5/7, byline 5/8, footer 7/8, comments 7/8, share 3/3, notice 0/3, unchanged), keep 20 ->
20 of 20, pages clean 5 -> 5 of 12, page noise lines left 14 -> 9 of 240, article lines lost 0 -> 0 of 120. Reasons
reworded: fr-portail-gervaillac-grainotheque (keeps only the newsletter prompt),
de-blog-herbariumamfensterbrett-wiesenblumen (keeps only the caption), it-blog-murettidivalsgrinza-muroasecco (keeps the
caption and the course plug). Still missed: the photo captions between the first and second paragraphs of the six blogs
(no credit, no label; left by design), the French portal's newsletter prompt "Recevez notre lettre d'information chaque
matin" (the rule takes "Recevez notre lettre d'information" without the time after it), the Italian course plug and the
Polish shop plug alone in their blocks right before the subheading (a writer's sale alone between paragraphs was not
read as a plug: an article may tell of selling), and the 16 lines of ``_LINE_XFAIL`` (not worked on this round).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_153_LINES: list[tuple[str, str, str]] = [
    ('body', "This Flourish visualisation is still loading. If it doesn't appear, reload the page.", 'marker'),
    ('body', "The Acast episode player couldn't be loaded because of your privacy settings.", 'marker'),
    ('body', 'The Brightcove video could not be played. Try again later or watch it in our app.', 'marker'),
    ('body', "La carte uMap ne s'est pas chargée. Ouvrez-la en plein écran.", 'marker'),
    ('body', 'Die Karte von Google My Maps kann in Ihrem Browser nicht angezeigt werden.', 'marker'),
    ('body', 'Il proprietario del video di YouTube ne ha disattivato la riproduzione su altri siti.', 'marker'),
    ('body', 'Nie udało się wczytać galerii z Flickra. Spróbuj ponownie za chwilę.', 'marker'),
    ('body', 'Карта из 2ГИС не загрузилась. Обновите страницу или откройте её в приложении.', 'marker'),
    ('head', '⏱ A 5-minute read', 'reading-time'),
    ('head', 'Settle in – this post runs to roughly fifteen minutes of reading.', 'reading-time'),
    ('head', 'Durée de lecture : 5 min', 'reading-time'),
    ('head', 'Geschätzte Lesezeit: 5 Minuten', 'reading-time'),
    ('head', '5 min di lettura', 'reading-time'),
    ('head', 'Czas potrzebny na przeczytanie: 5 min', 'reading-time'),
    ('head', 'Время прочтения — 5 минут', 'reading-time'),
    ('head', 'Ptolemy Wrangbottle, Chief Reporter', 'byline'),
    ('head', 'Posted by Wren Mallowbury in Garden notes', 'byline'),
    ('head', 'Rédigé par Maëlys Bréchignolle', 'byline'),
    ('head', 'Автор материала — Феврония Свирелькина', 'byline'),
    ('tail', 'I sell my hand-thrown bread crocks through Folksy; the link is in the menu.', 'byline'),
    ('tail', 'Meine Nistkästen verkaufe ich auf dem Wochenmarkt und über eBay – Versand deutschlandweit.', 'byline'),
    ('tail', 'Tengo corsi di ceramica il sabato mattina: trovi le date nella mia pagina Facebook.', 'byline'),
    ('tail', 'Ręcznie szyte torby sprzedaję na Vinted – wysyłka paczkomatem.', 'byline'),
    ('tail', 'This site runs on Hugo and is hosted by Netlify · Privacy · Colophon', 'footer'),
    ('tail',
     'Printed and published by Pudlestowe Newspapers Ltd, 12 Wharf Row, Pudlestowe. Regulated by IPSO.',
     'footer'),
    ('tail', 'Text and photos © 2026 Marigold Tuppingworth – please ask before reusing them.', 'footer'),
    ('tail', 'Mentions légales · Gestion des cookies · Site réalisé avec Wix', 'footer'),
    ('tail', 'Ein Angebot der Grauwiesener Mediengruppe GmbH · AGB · Kontakt', 'footer'),
    ('tail', 'Realizzato con Blogger · Tema Semplice · Segnala una violazione', 'footer'),
    ('tail', 'Strona działa na WordPressie · Motyw: Astra · Polityka cookies', 'footer'),
    ('tail', 'Работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort comments by: Newest · Oldest · Most liked', 'comments'),
    ('tail', "You're commenting as a guest. Sign in to get notified of replies.", 'comments'),
    ('tail', 'View 9 earlier comments', 'comments'),
    ('tail', 'Trier les commentaires : les plus récents', 'comments'),
    ('tail', 'Die Kommentarfunktion wurde nach 48 Stunden automatisch geschlossen.', 'comments'),
    ('tail', 'Mostra altri 6 commenti', 'comments'),
    ('tail', 'Komentarz usunięty przez moderatora za naruszenie regulaminu.', 'comments'),
    ('tail', 'Комментарии для сайта Cackle', 'comments'),
    ('tail', 'Pass this on: Messenger · Telegram · LinkedIn · Print', 'share'),
    ('tail', 'Envoyer à un ami · Imprimer · Partager sur Bluesky', 'share'),
    ('tail', 'Fai girare: WhatsApp · Telegram · Copia link', 'share'),
    ('body', 'Hinweis der Redaktion: Der Artikel wurde um eine Stellungnahme der Stadtwerke ergänzt.', 'notice'),
    ('body', 'Aktualizacja, godz. 16:20: urząd gminy potwierdził nowy termin zebrania.', 'notice'),
    ('tail', 'Этот текст также вышел в субботнем печатном номере газеты.', 'notice'),
]

HELD_OUT_153_KEEP: list[tuple[str, str]] = [
    ('head', "Comments made by the bishop at Sunday's service drew a round of applause from the congregation."),
    ('head', "Share prices at the town's only listed firm fell by a third after the factory fire."),
    ('body', 'Follow the towpath north from the lock and the new benches come into view after a mile.'),
    ('body', 'Subscribing members of the rowing club will pay eight pounds more from April, the treasurer said.'),
    ('tail', "Copyright lawyers for the sculptor's estate have asked the council to remove the replica."),
    ('tail', 'Advertising hoardings along the bypass will come down by the end of the month, councillors agreed.'),
    ('tail', 'Reading Borough Council has offered to lend the town two of its gritters for the winter.'),
    ('head', "Commentant la décision du préfet, la maire a parlé d'un « soulagement pour les commerçants »."),
    ('body', 'Partagé entre deux communes, le terrain de football sera entretenu à tour de rôle.'),
    ('tail', "Suivre les travaux depuis la passerelle restera possible jusqu'à la fin du chantier, selon la mairie."),
    ('head', 'Abonnenten des Schwimmbads erhalten ab Mai einen Rabatt von zehn Prozent, teilte die Stadt mit.'),
    ('body', 'Werbung an Laternenmasten ist in der Altstadt künftig verboten, beschloss der Gemeinderat.'),
    ('tail', 'Kommentiert hat der Bürgermeister die Entscheidung des Landkreises bislang nicht.'),
    ('head', "Leggendo il bilancio in consiglio, l'assessore ha annunciato un avanzo di 40 mila euro."),
    ('body', 'Iscritti alla banda musicale sono ormai novanta ragazzi, il doppio di cinque anni fa.'),
    ('tail', 'I commenti dei residenti sono stati raccolti dal comitato di quartiere in un fascicolo di venti pagine.'),
    ('head', 'Czytając list od mieszkańców, wójt przyznał, że droga do szkoły wymaga remontu.'),
    ('tail', 'Udostępniona przez parafię sala będzie służyła seniorom dwa razy w tygodniu.'),
    ('head', 'Комментируя решение суда, глава района пообещал обжаловать его в апелляции.'),
    ('tail', 'Подписчики районной библиотеки смогут брать книги на месяц вместо двух недель.'),
]

HELD_OUT_153_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pudlestowe-clockhands', [
        [
            '-Pudlestowe Herald',
            "-News · Sport · What's On · Property · Jobs · Subscribe",
        ],
        [
            '-Home › News › Pudlestowe',
            '-3 min read',
            "+Town clock's hands back on the tower after being regilded in gold leaf",
        ],
        [
            '-By Lavinia Pottlewhaite · Thursday 3 December 2026, 6:00 am',
            '-The minute hand, nearly two metres long, is lowered onto the tower on Wednesday.',
            '-Photo: Herald staff',
        ],
        [
            "+The hands of Pudlestowe's market-square clock went back on the tower on Wednesday morning after "
            'six weeks away being regilded.',
            '+A crane lifted each hand into place while a crowd of around forty people watched from outside the '
            'bakery.',
            '-Read also: Bell tower repairs to start in spring',
        ],
        [
            "-Get the Herald's morning newsletter – sign up free",
            '+Gilder Osbert Gildercroft said: "The old gilding was almost black. Now you\'ll see the time from '
            'the railway bridge."',
        ],
        [
            '+What was done to the clock',
            '+Both hands stripped back to bare copper',
            '+Three layers of red primer and a coat of size',
            '-Advertisement',
            '+Twenty-three carat gold leaf laid by hand',
        ],
        [
            '+The work cost £6,800, paid for by the town council and a collection at the Christmas market.',
            '-Related: Market square to go traffic-free on Saturdays',
            '+The clock will be wound by volunteers every Monday, as it has been since 1911.',
        ],
        [
            '-Topics: Pudlestowe, Heritage, Town Council',
            '-Share: Facebook · X · WhatsApp · Email',
            '-Spotted a mistake? Tell us',
        ],
        [
            '-6 comments',
            '-OldMarketSquareMo: Looks grand. Shame the bells are still out of action.',
            '-PudlestoweBelle: Does anyone know if the clock will chime again?',
            '-↳ Newsroom: The council says the chime is next on its list, for 2027.',
        ],
        [
            '-Cookie settings · Privacy notice · Terms',
            '-© 2026 Pudlestowe Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-crumbwhistlekitchen-crackers', [
        [
            '-Crumbwhistle Kitchen',
            '-Home · Recipes · Starter care · About',
            '-Search this blog…',
        ],
        [
            '+Sourdough crackers from leftover starter, and why I bake them on Sundays',
            '-Posted on 29 November 2026 by Perdita',
            '-Reading time: 6 minutes',
            '-Jump to comments (4)',
        ],
        [
            '-This post contains affiliate links; I earn a small commission if you buy through them.',
        ],
        [
            '+Every time I feed my starter I pour away a cupful, and for years it went straight in the bin.',
            '-The dough rolled out thin on baking paper.',
            '-Pin this for later!',
            '+Then a friend showed me that discard makes the crispest crackers I have ever eaten.',
        ],
        [
            '-You might also like: My first rye loaf',
            '+Her advice was simple: "Roll it thinner than you think, then roll it again."',
        ],
        [
            '-My rolling pins and bench scrapers are in the shop – free postage this month.',
            '+What you need',
            '+200 g of starter discard',
            '+50 g of softened butter',
            '+A handful of seeds and a pinch of flaky salt',
        ],
        [
            '+I bake them at 180 degrees for about twenty minutes, turning the tray halfway through.',
            '+They keep for a week in a tin, if they last that long.',
        ],
        [
            '-Filed under: Baking, Sourdough',
            '-Share this: Pinterest · Facebook · Email',
        ],
        [
            '-4 comments',
            '-Hattie: Made these with spelt discard and they were gone in a day.',
            "-↳ Perdita: Spelt sounds lovely, I'll try that next!",
            '-Graham R.: Do you add any rosemary?',
            '-↳ Perdita: Sometimes, chopped very fine into the butter.',
        ],
        [
            '-← Older post | Newer post →',
            '-Powered by Blogger',
        ],
    ]),
    _page('fr', 'fr-portail-gervaillac-grainotheque', [
        [
            "-L'Écho de Gervaillac",
            "-Actualités · Sports · Agenda · Nécrologie · S'abonner",
        ],
        [
            '-Accueil > Saint-Gervaillac > Culture',
            '-Lecture 3 min',
            "+La médiathèque de Saint-Gervaillac ouvre une étagère d'échange de graines",
        ],
        [
            '-Par Clothilde Marvaugeot · Publié le 3 décembre 2026 à 07h15',
            "-L'étagère, installée près de l'entrée, compte déjà une centaine de sachets.",
            '-Photo : C. Marvaugeot',
        ],
        [
            '+Depuis mardi, les usagers de la médiathèque peuvent déposer et emporter gratuitement des graines '
            'de légumes et de fleurs.',
            '+Les sachets sont rangés par saison dans un ancien meuble à fiches prêté par les archives municipales.',
            '-À lire aussi : Le marché de Noël revient place du Lavoir',
        ],
        [
            "-Recevez notre lettre d'information chaque matin",
            "+La bibliothécaire Sévrine Pouillardet explique : « Chacun rapporte ce qu'il a récolté, et "
            "l'étagère ne se vide jamais. »",
        ],
        [
            '+Comment fonctionne la grainothèque',
            "+On prend autant de sachets qu'on en dépose",
            "+Chaque sachet porte le nom de la variété et l'année",
            '-Publicité',
            "+Les conseils de semis sont affichés au-dessus de l'étagère",
        ],
        [
            '+Une vingtaine de jardiniers amateurs ont déjà participé pendant la première semaine.',
            '-Lire aussi : Les jardins familiaux cherchent de nouveaux membres',
            '+Un atelier sur la récolte des graines de tomates est prévu le samedi 16 janvier.',
        ],
        [
            '-Mots-clés : Saint-Gervaillac, Médiathèque, Jardinage',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            '-Signaler une erreur',
        ],
        [
            '-5 commentaires',
            "-Jardinette56 : Super idée, j'apporterai mes haricots d'Espagne.",
            '-Paulo_du_canal : Est-ce ouvert le dimanche ?',
            "-↳ La rédaction : La médiathèque est fermée le dimanche, mais ouverte le samedi jusqu'à 18 h.",
        ],
        [
            '-Paramètres des cookies · Confidentialité · Mentions légales',
            '-© 2026 Éditions de Gervaillac. Tous droits réservés.',
        ],
    ]),
    _page('fr', 'fr-blog-etabliduremontoir-montre', [
        [
            "-L'Établi du Remontoir",
            '-Accueil · Réparations · Outils · À propos',
            '-Rechercher sur ce blog…',
        ],
        [
            "+J'ai réparé la montre mécanique de mon grand-père",
            '-Publié le 28 novembre 2026 par Mathurin',
            '-Temps de lecture : 7 minutes',
            '-Aller aux commentaires (4)',
        ],
        [
            '-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite '
            'commission.',
        ],
        [
            '+La montre dormait dans un tiroir depuis trente ans, arrêtée à quatre heures dix.',
            '-Le mouvement, une fois le fond ouvert.',
            '-Épinglez cette photo sur Pinterest !',
            "+En l'ouvrant, j'ai compris que le ressort de barillet était cassé et que les huiles avaient séché.",
        ],
        [
            "-Vous aimerez aussi : Choisir ses premiers tournevis d'horloger",
            "+Un vieil horloger de la ville m'a dit : « Ne forcez jamais une vis, elle se vengera. »",
        ],
        [
            '-Mes kits de démarrage pour débutants sont disponibles dans ma boutique.',
            "+Ce qu'il faut pour commencer",
            "+Des tournevis de précision et une loupe d'horloger",
            '+Une soufflette et du papier de soie',
            '+Un ressort neuf à la bonne dimension',
        ],
        [
            '+Après trois soirées de travail, la montre a retrouvé son tic-tac.',
            '+Elle avance de quelques secondes par jour, ce qui me convient très bien.',
        ],
        [
            '-Catégories : Horlogerie, Restauration',
            '-Partager : Facebook · Pinterest · E-mail',
        ],
        [
            '-4 commentaires',
            '-Odile : Bravo, ma montre de communion attend la même chose !',
            "-↳ Mathurin : Commencez par la faire nettoyer, c'est souvent suffisant.",
            '-Benoît L. : Où trouvez-vous vos ressorts ?',
            '-↳ Mathurin : Chez un fournisseur de pièces en Suisse, je mets le lien bientôt.',
        ],
        [
            '-← Article précédent | Article suivant →',
            '-Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-kleinwettering-fussgaengerbruecke', [
        [
            '-Wetteringer Bote',
            '-Lokales · Sport · Kultur · Service · Abo',
        ],
        [
            '-Startseite › Kleinwettering › Verkehr',
            '-Lesezeit 3 Min.',
            '+Fußgängerbrücke über die Wetter für Prüfung gesperrt',
        ],
        [
            '-Von Gundula Pfefferzahn · 3. Dezember 2026, 6:30 Uhr',
            '-Absperrgitter an der Brücke am Mühlenweg.',
            '-Foto: Stadt Kleinwettering',
        ],
        [
            '+Die Fußgängerbrücke am Mühlenweg ist seit Montag für zwei Wochen gesperrt.',
            '+Prüfer des Landkreises untersuchen die Stahlträger und das Geländer auf Rost und Risse.',
            '-Lesen Sie auch: Neue Ampel an der Schulstraße',
        ],
        [
            '-Jetzt den Newsletter abonnieren – kostenlos jeden Morgen',
            '+Bauingenieur Ortwin Brückelmayer sagt: „Die Brücke ist fünfzig Jahre alt, da schauen wir lieber '
            'genau hin.“',
        ],
        [
            '+Was die Sperrung bedeutet',
            '+Fußgänger gehen über die Straßenbrücke an der Bahnhofstraße',
            '+Radfahrer müssen einen Umweg von etwa 800 Metern fahren',
            '-Anzeige',
            '+Der Wochenmarkt bleibt von beiden Ufern aus erreichbar',
        ],
        [
            '+Das Ergebnis der Prüfung soll Mitte Dezember im Bauausschuss vorgestellt werden.',
            '-Mehr zum Thema: Sanierung der Stadtmauer verzögert sich',
            '+Bis dahin bittet die Stadt alle Fußgänger um Geduld.',
        ],
        [
            '-Schlagworte: Kleinwettering, Brücke, Verkehr',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            '-Fehler gefunden? Schreiben Sie uns',
        ],
        [
            '-5 Kommentare',
            '-Wettertaler: Endlich wird da mal was gemacht.',
            '-Mühlenweg_Anni: Und die Kinder auf dem Schulweg?',
            '-↳ Redaktion: Laut Stadt steht an der Straßenbrücke morgens ein Schülerlotse.',
        ],
        [
            '-Cookie-Einstellungen · Datenschutz · Impressum',
            '-© 2026 Wetteringer Verlagsgesellschaft mbH',
        ],
    ]),
    _page('de', 'de-blog-herbariumamfensterbrett-wiesenblumen', [
        [
            '-Herbarium am Fensterbrett',
            '-Start · Anleitungen · Pflanzenliste · Über mich',
            '-Blog durchsuchen …',
        ],
        [
            '+Wiesenblumen pressen: mein erster Sommer mit der Blumenpresse',
            '-Veröffentlicht am 27. November 2026 von Friederike',
            '-Lesezeit: 6 Minuten',
            '-Direkt zu den Kommentaren (4)',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
        ],
        [
            '+Im Juni habe ich auf den Wiesen hinter dem Dorf zum ersten Mal gezielt Blumen zum Pressen gesammelt.',
            '-Margeriten und Klee auf Löschpapier.',
            '-Merk dir das Bild auf Pinterest!',
            '+Wichtig ist, die Blüten am späten Vormittag zu pflücken, wenn der Tau getrocknet ist.',
        ],
        [
            '-Das könnte dir auch gefallen: Kränze aus Trockenblumen',
            '+Meine Nachbarin, die seit Jahrzehnten presst, sagte: „Dicke Blüten halbierst du, sonst werden sie '
            'braun.“',
        ],
        [
            '-Meine gepressten Karten gibt es in meinem Etsy-Shop.',
            '+Was du brauchst',
            '+Eine Blumenpresse oder zwei schwere Bücher',
            '+Löschpapier oder ungefärbtes Küchenpapier',
            '+Geduld für zwei bis drei Wochen',
        ],
        [
            '+Am schönsten sind bei mir Storchschnabel, Klee und kleine Gräser geworden.',
            '+Mohn dagegen verliert beim Trocknen fast sofort seine Farbe.',
        ],
        [
            '-Kategorie: Pressen, Wildblumen',
            '-Teilen: Pinterest · Facebook · E-Mail',
        ],
        [
            '-4 Kommentare',
            '-Lotte: Wie lange lässt du die Blüten in der Presse?',
            '-↳ Friederike: Meistens drei Wochen, dicke Blüten etwas länger.',
            '-Heinz Gruschnitzer: Schöne Farben, besonders der Klee!',
            '-↳ Friederike: Danke, der hat mich auch überrascht.',
        ],
        [
            '-← Vorheriger Beitrag | Nächster Beitrag →',
            '-Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-borgofrassino-skatepark', [
        [
            '-La Voce di Borgofrassino',
            '-Cronaca · Sport · Eventi · Necrologi · Abbonati',
        ],
        [
            '-Home › Borgofrassino › Cronaca',
            '-Lettura 3 min',
            '+Lo skate park di Borgofrassino ha tre rampe nuove',
        ],
        [
            '-Di Annunziata Scorzavacca · 3 dicembre 2026, ore 7:00',
            '-La nuova rampa a quarto di tubo al parco della stazione.',
            '-Foto: Comune di Borgofrassino',
        ],
        [
            '+Dopo un mese di lavori, lo skate park del parco della stazione ha riaperto sabato con tre rampe nuove.',
            '+Le vecchie rampe di legno, rovinate dalla pioggia, sono state sostituite con strutture in cemento.',
            '-Leggi anche: Via Garibaldi chiusa per il mercatino',
        ],
        [
            '-Iscriviti alla newsletter: le notizie del paese ogni mattina',
            '+Il sindaco Ermenegildo Trapanotti ha detto: «I ragazzi ce lo chiedevano da anni, e hanno aiutato a '
            'disegnarle.»',
        ],
        [
            '+Cosa cambia al parco',
            '+Una rampa a quarto di tubo alta un metro e mezzo',
            '+Un corrimano basso per chi comincia',
            '-Pubblicità',
            '+Nuove luci accese fino alle dieci di sera',
        ],
        [
            '+Il progetto è costato 48 mila euro, in parte finanziati dalla Regione.',
            '-Potrebbe interessarti: Nuovi giochi al parco di via Roma',
            "+A gennaio l'associazione sportiva organizzerà lezioni gratuite per principianti.",
        ],
        [
            '-Argomenti: Borgofrassino, Sport, Giovani',
            '-Condividi: Facebook · X · WhatsApp · Email',
            '-Hai notato un errore? Segnalacelo',
        ],
        [
            '-7 commenti',
            '-Gianni_skate: Finalmente! Le vecchie erano un pericolo.',
            '-mamma_di_Leo: Ci sarà un orario per i più piccoli?',
            '-↳ Redazione: Il Comune dice che la mattina del sabato sarà riservata agli under 12.',
        ],
        [
            '-Impostazioni cookie · Privacy · Note legali',
            '-© 2026 Edizioni Frassinesi S.r.l. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-murettidivalsgrinza-muroasecco', [
        [
            '-Muretti di Valsgrinza',
            '-Home · Cantieri · Attrezzi · Chi sono',
            '-Cerca nel blog…',
        ],
        [
            "+Come ho ricostruito il muretto a secco dell'orto",
            '-Pubblicato il 26 novembre 2026 da Serafino',
            '-Tempo di lettura: 8 minuti',
            '-Vai ai commenti (4)',
        ],
        [
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link, ricevo una piccola '
            'commissione.',
        ],
        [
            "+Il muretto che sostiene l'orto era crollato per cinque metri dopo le piogge di ottobre.",
            '-Le pietre divise per misura sul prato.',
            '-Salva questa foto su Pinterest!',
            '+Ho deciso di ricostruirlo da solo, con le stesse pietre e senza malta.',
        ],
        [
            '-Ti potrebbe piacere anche: Affilare la mazzetta',
            '+Un vecchio muratore del paese mi ha detto: «Ogni pietra deve toccarne almeno altre due.»',
        ],
        [
            '-Organizzo giornate di corso sui muri a secco: trovi le date nella pagina Corsi.',
            '+Cosa serve',
            '+Una mazzetta e uno scalpello',
            '+Un filo teso per tenere la linea',
            '+Tanto pietrisco per riempire dietro',
        ],
        [
            "+Ci ho messo quattro fine settimana, con l'aiuto di mio figlio per le pietre più grandi.",
            "+Ora il muretto è più dritto di prima e l'acqua scola meglio.",
        ],
        [
            '-Categorie: Muri a secco, Orto',
            '-Condividi: Facebook · WhatsApp · Email',
        ],
        [
            '-4 commenti',
            '-Rosalba: Bellissimo lavoro, anche noi ne abbiamo uno da sistemare.',
            '-↳ Serafino: Se vuoi ti passo qualche consiglio!',
            '-Dario V.: Quanto pietrisco hai usato?',
            '-↳ Serafino: Circa due metri cubi, più di quanto pensassi.',
        ],
        [
            '-← Articolo precedente | Articolo successivo →',
            '-Creato con Blogger',
        ],
    ]),
    _page('pl', 'pl-portal-mewiowo-ratownicy', [
        [
            '-Kurier Mewiowski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Prenumerata',
        ],
        [
            '-Strona główna › Mewiowo › Wiadomości',
            '-Czytanie: 3 min',
            '+Budka ratowników na plaży w Mewiowie przeniesiona bliżej wejścia',
        ],
        [
            '-Autor: Bronisława Szczygielnik · 3 grudnia 2026, 7:10',
            '-Budka ratowników na nowym miejscu przy zejściu nr 4.',
            '-Fot. Urząd Gminy Mewiowo',
        ],
        [
            '+Budka ratowników wodnych na plaży miejskiej stanęła w środę w nowym miejscu, sto metrów bliżej '
            'głównego wejścia.',
            '+Dotychczas stała przy wydmie, skąd ratownicy słabo widzieli kąpielisko przy falochronie.',
            '-Przeczytaj także: Nowe ławki na promenadzie',
        ],
        [
            '-Zapisz się do naszego newslettera – codziennie rano',
            '+Kierownik ratowników Wojsław Piaskowiak mówi: „Stąd widzimy całe kąpielisko, a ludzie od razu nas '
            'znajdą.”',
        ],
        [
            '+Co się zmienia na plaży',
            '+Budka stoi przy zejściu numer cztery',
            '+Obok powstał punkt pierwszej pomocy',
            '-Reklama',
            '+Wieża obserwacyjna zostaje na dawnym miejscu',
        ],
        [
            '+Przeniesienie budki kosztowało gminę 26 tysięcy złotych.',
            '-Zobacz też: Gmina szuka ratowników na sezon 2027',
            '+Przed sezonem gmina ustawi też przy budce tablicę z prognozą pogody.',
        ],
        [
            '-Tagi: Mewiowo, plaża, bezpieczeństwo',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '-Zauważyłeś błąd? Napisz do nas',
        ],
        [
            '-9 komentarzy',
            '-plażowicz_Heniek: Dobra decyzja, przy wydmie nic nie było widać.',
            '-Ola z Mewiowa: A co z toaletami przy zejściu nr 4?',
            '-↳ Redakcja: Gmina zapowiada, że toalety staną tam przed sezonem.',
        ],
        [
            '-Ustawienia cookies · Prywatność · Regulamin',
            '-© 2026 Wydawnictwo Mewiowskie Sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-kleksowezapiski-kaligrafia', [
        [
            '-Kleksowe Zapiski',
            '-Start · Kaligrafia · Przybory · O mnie',
            '-Szukaj na blogu…',
        ],
        [
            '+Kaligrafia stalówką: moje pierwsze trzy miesiące',
            '-Opublikowano 25 listopada 2026 przez Agatę',
            '-Czas czytania: 7 minut',
            '-Przejdź do komentarzy (4)',
        ],
        [
            '-Wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
        ],
        [
            '+We wrześniu kupiłam obsadkę, trzy stalówki i butelkę czarnego tuszu, i zaczęłam od kresek.',
            '-Pierwsze ćwiczenia na papierze w linie.',
            '-Zapisz to zdjęcie na Pintereście!',
            '+Przez pierwsze tygodnie tusz kapał mi na kartkę częściej, niż trafiał tam, gdzie chciałam.',
        ],
        [
            '-Może Cię zainteresować: Jak dobrać papier do stalówki',
            '+Nauczycielka z warsztatów powiedziała mi: „Nie piszesz liter, tylko rysujesz kreski, które się w '
            'nie układają.”',
        ],
        [
            '-Zestawy startowe do kaligrafii sprzedaję w moim sklepie internetowym.',
            '+Od czego zacząć',
            '+Obsadka prosta albo skośna',
            '+Stalówka Nikko G na początek',
            '+Gładki papier, który nie przebija',
        ],
        [
            '+Dziś piszę już całe słowa, choć wielkie litery wciąż wychodzą mi krzywo.',
            '+Ćwiczę codziennie po dwadzieścia minut przed snem.',
        ],
        [
            '-Kategorie: Kaligrafia, Nauka',
            '-Udostępnij: Facebook · Pinterest · E-mail',
        ],
        [
            '-4 komentarze',
            '-Magda: Piękne kreski! Jakiego tuszu używasz?',
            '-↳ Agata: Zwykłego tuszu kreślarskiego, dobrze się sprawdza.',
            '-Tomek K.: Ja utknąłem na literze g.',
            '-↳ Agata: Wszyscy tam utknęli, nie poddawaj się!',
        ],
        [
            '-← Poprzedni wpis | Następny wpis →',
            '-Blog na WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-verkhnezvonsk-zvonari', [
        [
            '-Верхнезвонский вестник',
            '-Новости · Спорт · Культура · Афиша · Подписка',
        ],
        [
            '-Главная › Верхнезвонск › Общество',
            '-Чтение: 3 мин',
            '+В Верхнезвонске ищут звонарей для Троицкой церкви',
        ],
        [
            '-Текст: Евлампия Сорокопудова · 3 декабря 2026, 08:00',
            '-Колокола на звоннице Троицкой церкви.',
            '-Фото: приход Троицкой церкви',
        ],
        [
            '+Троицкая церковь Верхнезвонска набирает звонарей: на колокольне сейчас звонят только два человека.',
            '+Обучение бесплатное, занятия проходят по субботам на звоннице и на учебном стенде в притворе.',
            '-Читайте также: На площади установят новую ёлку',
        ],
        [
            '-Подписывайтесь на наш Telegram-канал',
            '+Старший звонарь Пантелеймон Медноухов говорит: «Слух не главное, главное — чувство ритма и терпение».',
        ],
        [
            '+Что нужно знать будущим звонарям',
            '+Возраст — от четырнадцати лет',
            '+Занятия по субботам с десяти утра',
            '-Реклама',
            '+Первые звоны — через два месяца учёбы',
        ],
        [
            '+Уже записались три человека, среди них учительница музыки и студент колледжа.',
            '-Смотрите также: Библиотека продлила часы работы',
            '+Записаться можно в церковной лавке или по телефону прихода.',
        ],
        [
            '-Теги: Верхнезвонск, церковь, колокола',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '-Нашли ошибку? Выделите её и нажмите Ctrl+Enter',
        ],
        [
            '-6 комментариев',
            '-бабушка_Зоя_57: Внук хочет попробовать, ему пятнадцать.',
            '-Сергей Л.: А взрослых мужчин берут?',
            '-↳ Редакция: Да, ограничение есть только по возрасту снизу.',
        ],
        [
            '-Политика обработки персональных данных · Пользовательское соглашение',
            '-© 2026 ООО «Звонская медиагруппа». 12+',
        ],
    ]),
    _page('ru', 'ru-blog-zapiskichervevoda-vermikompost', [
        [
            '-Записки червевода',
            '-Главная · Вермикомпост · Огород · Обо мне',
            '-Поиск по блогу…',
        ],
        [
            '+Мой первый год с червями: вермикомпостер на кухне',
            '-Опубликовано 24 ноября 2026, автор: Ульяна',
            '-Время чтения: 7 минут',
            '-Перейти к комментариям (4)',
        ],
        [
            '-В записи есть партнёрские ссылки: если вы купите по ним, я получу небольшой процент.',
        ],
        [
            '+Год назад я купила пластиковый ящик с крышкой и триста граммов калифорнийских червей.',
            '-Ящик под раковиной, вид сверху.',
            '-Сохраните фото в Pinterest!',
            '+Я боялась запаха, но за весь год кухня ни разу не пахла ничем, кроме кофе.',
        ],
        [
            '-Вам может понравиться: Чем подкармливать рассаду зимой',
            '+Продавец червей предупредил меня: «Не перекармливайте их, лучше меньше, но каждый день».',
        ],
        [
            '-Червей и готовый биогумус продаю на Авито, доставка по городу.',
            '+Что нужно для вермикомпостера',
            '+Ящик с отверстиями для воздуха',
            '+Подстилка из мокрого картона',
            '+Очистки овощей без цитрусовых и лука',
        ],
        [
            '+За год черви переработали почти всё, что оставалось после готовки.',
            '+Весной биогумусом я подкормила рассаду томатов, и она выросла заметно крепче.',
        ],
        [
            '-Рубрики: Вермикомпост, Дом',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-4 комментария',
            '-Ирина: А мушки не заводятся?',
            '-↳ Ульяна: Бывает, если класть слишком много фруктов.',
            '-Дмитрий С.: Где брали червей?',
            '-↳ Ульяна: У местного фермера, он продаёт их весной.',
        ],
        [
            '-← Предыдущая запись | Следующая запись →',
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "La carte uMap ne s'est pas chargée. Ouvrez-la en plein écran.":
        'a French uMap map that did not load ("La carte uMap ne s\'est pas chargée. Ouvrez-la en plein écran.") '
        'is left in the body',
    'Die Karte von Google My Maps kann in Ihrem Browser nicht angezeigt werden.':
        "a German Google My Maps placeholder ('Die Karte von Google My Maps kann in Ihrem Browser nicht "
        "angezeigt werden.') is left in the body",
    'Nie udało się wczytać galerii z Flickra. Spróbuj ponownie za chwilę.':
        "a Polish Flickr gallery that could not be loaded ('Nie udało się wczytać galerii z Flickra. Spróbuj "
        "ponownie za chwilę.') is left in the body",
    'Settle in – this post runs to roughly fifteen minutes of reading.':
        "an English blog's settle-in reading-time warning ('Settle in – this post runs to roughly fifteen "
        "minutes of reading.') is left at the head",
    'Czas potrzebny na przeczytanie: 5 min':
        "a Polish time-needed-to-read header ('Czas potrzebny na przeczytanie: 5 min') is left at the head",
    'Printed and published by Pudlestowe Newspapers Ltd, 12 Wharf Row, Pudlestowe. Regulated by IPSO.':
        "an English newspaper imprint with its IPSO line ('Printed and published by Pudlestowe Newspapers Ltd, "
        "12 Wharf Row, Pudlestowe. Regulated by IPSO.') is left at the foot",
    'Hinweis der Redaktion: Der Artikel wurde um eine Stellungnahme der Stadtwerke ergänzt.':
        "a German editors' note on an added statement ('Hinweis der Redaktion: Der Artikel wurde um eine "
        "Stellungnahme der Stadtwerke ergänzt.') is left in the body",
    'Aktualizacja, godz. 16:20: urząd gminy potwierdził nowy termin zebrania.':
        "a Polish timed update ('Aktualizacja, godz. 16:20: urząd gminy potwierdził nowy termin zebrania.') is "
        'left in the body',
    'Этот текст также вышел в субботнем печатном номере газеты.':
        "a Russian also-in-print note ('Этот текст также вышел в субботнем печатном номере газеты.') is left at "
        'the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-crumbwhistlekitchen-crackers':
        "the baking blog's sourdough-cracker post keeps the photo caption ('The dough rolled out thin on baking "
        "paper.') between the first and second paragraphs, in their block (1 of 20 noise lines); no article line "
        'is lost',
    'fr-blog-etabliduremontoir-montre':
        "the watch-repair blog's post keeps the photo caption ('Le mouvement, une fois le fond ouvert.') between "
        'the first and second paragraphs, in their block (1 of 20 noise lines); no article line is lost',
    'de-blog-herbariumamfensterbrett-wiesenblumen':
        "the flower-pressing blog's meadow-flowers post keeps the photo caption ('Margeriten und Klee auf "
        "Löschpapier.') between the first and second paragraphs (1 of 20 noise lines; the search-box placeholder "
        "and the you-might-also-like link go since round 108); no article line is lost",
    'it-blog-murettidivalsgrinza-muroasecco':
        "the dry-stone-wall blog's post keeps the photo caption ('Le pietre divise per misura sul prato.') between "
        "the first and second paragraphs and the course plug ('Organizzo giornate di corso sui muri a secco: trovi "
        "le date nella pagina Corsi.') right before the subheading (2 of 20 noise lines; the you-might-also-like "
        "link goes since round 108); no article line is lost",
    'pl-blog-kleksowezapiski-kaligrafia':
        "the calligraphy blog's first-months post keeps the photo caption ('Pierwsze ćwiczenia na papierze w "
        "linie.') between the first and second paragraphs and the shop plug ('Zestawy startowe do kaligrafii "
        "sprzedaję w moim sklepie internetowym.') right before the subheading (2 of 20 noise lines); no article "
        'line is lost',
    'ru-blog-zapiskichervevoda-vermikompost':
        "the worm-compost blog's first-year post keeps the photo caption ('Ящик под раковиной, вид сверху.') "
        'between the first and second paragraphs, in their block (1 of 20 noise lines); no article line is lost',
}


test_held_out_153_line, test_held_out_153_line_is_kept, test_held_out_153_page = held_out_tests(
    HELD_OUT_153_LINES, HELD_OUT_153_KEEP, HELD_OUT_153_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
