"""Held-out set 239: written blind, weighted toward the noise the cleaner exists for, in shapes set 238's docstring does
not name (nor the first paragraphs of sets 235, 236 and 237): scraper, embed and ad markers, all in the body (an English
Datawrapper chart that failed to load, with a view-the-data-in-a-new-tab hint "Datawrapper chart failed to load – view
the data in a new tab.", an English TikTok video its creator removed "Video unavailable: this TikTok has been removed by
its creator.", an English Vimeo video that its privacy settings keep from playing on the page "Because of its privacy
settings, this Vimeo video cannot be played here.", a French ARTE video that cannot be played in the reader's country
for rights reasons "La vidéo ARTE ne peut pas être lue dans votre pays pour des raisons de droits.", a German
ZDFmediathek video no longer available for legal reasons "Dieses Video der ZDFmediathek ist aus rechtlichen Gründen
nicht mehr verfügbar.", an Italian Mediaset Infinity video gone because its rights expired "Il video di Mediaset
Infinity non è più disponibile: i diritti sono scaduti.", a Polish CDA clip removed at the copyright holder's request
"Nagranie z CDA zostało usunięte na żądanie właściciela praw autorskich." and a Russian Yandex Music (Яндекс Музыка)
track not available without a Plus subscription "Аудиозапись Яндекс Музыки недоступна без подписки Плюс."); reading-time
headers in new wordings, all at the head (the English approx.-reading-time label "Approx. reading time: 7 minutes", a
blog's will-take-you-roughly line "This post will take you roughly 9 minutes to read.", the French bare reading
(lecture) label "Lecture : 4 min", the German reading-duration (Lesedauer) label with ca. "Lesedauer: ca. 4 Minuten",
the Italian a-4-minute-read (lettura da) label "Lettura da 4 minuti", the Polish you-will-read-it-in (przeczytasz w)
line "Przeczytasz w 4 minuty" and the Russian read-4-minutes (читать) label "Читать 4 минуты"); bylines and
self-promotion (an English by-name-and-job-title byline "By Prudence Gravelthorpe, Chief Reporter", an English
additional-reporting-by byline "Additional reporting by Lionel Gravyshaw", a German by-our-editor (von unserer
Redakteurin) byline "Von unserer Redakteurin Gudrun Bratenfeld" and an Italian edited-by (a cura di) byline "A cura di
Ornella Sugovecchi", all at the head; and an English Ko-fi buy-me-a-coffee plug "Enjoyed this? You can buy me a coffee
on Ko-fi – it keeps the blog going.", a French Leboncoin plug for the author's embroidered throwing aprons "Mes tabliers
de lanceuse brodés main sont en vente sur Leboncoin, envoi partout en France.", a Polish buycoffee.to plug "Postaw mi
kawę na buycoffee.to, jeśli ten wpis Cię rozbawił." and a Russian Boosty donation plug with the author's throwing videos
"Поддержать блог можно донатом на Boosty — там же выкладываю видео бросков.", all at the foot); blog and site footers,
all at the foot (an English Ghost and DigitalOcean credit "Proudly powered by Ghost · Hosted on DigitalOcean", an
English IMPRESS regulation line "Regulated by IMPRESS: the independent monitor for the press", an English Jekyll Minima
theme and GitHub Pages credit "Jekyll theme Minima · Served by GitHub Pages", a French Blogger credit with the Simple
theme and the report-abuse link "Fourni par Blogger · Thème Simple · Signaler un abus", a German legal-links row with
the accessibility statement and IONOS hosting "Impressum · Datenschutz · Barrierefreiheitserklärung · Hosting: IONOS",
an Italian VAT-number (P.IVA) line with a Joomla! and SiteGround credit "P.IVA 01234567890 · Powered by Joomla! ·
Hosting SiteGround", a Polish no-copying-without-consent line with nazwa.pl as technical host "Kopiowanie materiałów bez
zgody redakcji zabronione · Obsługa techniczna: nazwa.pl" and a Russian Tilda credit with the privacy-policy link "Сайт
создан на Tilda · Политика конфиденциальности"); reader-comment furniture, all at the foot (the English
awaiting-moderation note "Your comment is awaiting moderation.", an English comment-sorting row "Sort by: Newest ·
Oldest · Most liked", an English comment-policy line "Comment policy: be kind, stay on topic, no links.", a French
reaction count with its sort order "37 réactions · Trier par : les plus récentes", a German
readers'-comments-are-not-the-newsroom's-opinion disclaimer "Leserkommentare geben nicht die Meinung der Redaktion
wieder.", an Italian reply-quote-report row "Rispondi · Cita · Segnala questo commento", a Polish comments-are-moderated
note "Komentarze są moderowane. Twój wpis pojawi się po akceptacji." and a Russian comment-sorting row "Сначала новые ·
Сначала старые · Популярные"); share rows, all at the foot (an English tell-your-friends row with Flipboard "Tell your
friends: Facebook · Flipboard · Pinterest · Print", a German share-now (jetzt teilen) row with Xing "Jetzt teilen:
WhatsApp · Xing · LinkedIn · Link kopieren" and an Italian forward-the-article (inoltra) row "Inoltra l'articolo:
Telegram · Email · Copia link"); and notices (a French correction note on a contestant's name "Cet article a été modifié
le 15 juin pour corriger le nom d'un concurrent." and a Polish product-placement note "Materiał zawiera lokowanie
produktu.", both in the body; and a Russian the-author's-opinion-may-differ-from-the-newsroom's disclaimer "Мнение
автора может не совпадать с позицией редакции.", at the foot); and twenty keep lines, article sentences that look a
little like noise ("Commentators on the local radio struggled to describe the final without laughing.", "Shares of the
prize money went to the mountain rescue team and the food bank.", "Followers of the sport travelled from as far as
Cornwall to watch the final bout.", "Subscription fees for the wrestling club were waived for anyone under sixteen.",
"Copyright lawyers were not needed when two towns both claimed to have invented gravy wrestling.", "Advertising
hoardings around the pool were splattered with gravy within minutes.", "Reading the crowd, the referee let the final
bout run a full minute longer.", "Commentée en direct par le maire, la finale a tourné au spectacle comique.", "Partager
la sauce avec l'adversaire fait partie des règles, a rappelé l'arbitre.", "Suivie par plus de mille curieux, la
compétition a rapporté 4 000 euros aux pompiers.", "Kommentatoren des Lokalradios lachten bei der Finalrunde hörbar
mit.", "Geteilt wurde das Preisgeld zwischen der Feuerwehr und dem Tierheim.", "Abonnenten der Vereinszeitung durften
schon am Vormittag in die erste Reihe.", "Commentatori improvvisati hanno raccontato la finale dal balcone del
municipio.", "Iscritti alla gara da mesi, i due finalisti si allenavano in una piscina di purè.", "Seguiti da decine di
telefonini, i lottatori sono scivolati nel sugo per tutta la sera.", "Komentatorzy lokalnego radia nie ukrywali
rozbawienia podczas finału.", "Udostępnione przez strażaków baseny stanęły na rynku już o świcie.", "Комментаторы
местного радио не могли сдержать смеха во время финала." and "Поделив призовые деньги, финалисты отдали их детскому
дому."); and toward whole scraped news and hobby-blog pages in layouts set 238's docstring does not describe (on the six
portal pages, in eight blocks, the section menu, the masthead with its tagline and the title in a block of three at the
very top, the title last; the first paragraph (the standfirst) opening a block of four, above the byline with the date
and time (one line), a bare reading time and a share row; the second paragraph in the middle of a block of three,
between the lead photo's caption with its credit (one line) above it and a read-also link under it; the paragraph with
the quote in the middle of a block of three, between a bare advertisement label (Advertisement, Publicité, Anzeige,
Pubblicità, Reklama, Реклама) above it and a sponsored headline under it; the subheading and the three rows with a
newsletter prompt between the first and second rows and a video link (its length in brackets) closing the list block (a
block of six, the prompt third and the link last); the two last paragraphs at the first and third places of a block of
four, with a most-read line with two headlines between them and a tags line closing the block; a thread of five lines
alone in a block (a comment count, three readers' comments and the paper's arrowed reply to the third); and at the foot
a follow-us prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page) and the publisher's copyright
line with its links in one line, in a block of two, the prompt first; on the six blog pages, in nine blocks, the blog
name with its tagline and the menu in a block of two at the very top; the title second in a block of four, under a bare
reading time and above the posted-on-by line (with the comment count) and an affiliate-links disclosure; the first and
second paragraphs in the middle of a block of four, between a table of contents (its heading and three numbered entries
in one line) opening the block and the opening photo's caption closing it; the paragraph with the quote at the top of a
block of two, above an affiliate link to the author's gardening gloves (on Amazon, on Allegro on the Polish blog, on
Ozon on the Russian blog); the subheading and the three rows with an action photo's caption between the subheading and
the first row, inside the list block (a block of five, the caption second); the two last paragraphs at the first and
third places of a block of four, with a share row between them and the author's sign-off closing the block; a plug for
her hand-embroidered tea towels (in an Etsy shop, at Yarmarka Masterov on the Russian blog) and a subscribe-by-email
prompt alone in a block of two; a thread of five lines alone in a block (a comments heading with its count, a friend's
comment, a relative's comment, the author's arrowed reply to both and the friend's arrowed answer); and at the foot a
you-might-also-like line with two post titles and the author's copyright line with the theme and platform credit in one
line, in a block of two), taken from local news of a town's 14th gravy-wrestling championship (a 34-year-old bin-lorry
driver dressed as a lobster winning after three bouts in a paddling pool of lukewarm gravy, 24 wrestlers in fancy dress
and more than 1,200 spectators on the sports ground, the organiser's quote that it is not about strength: keep low, keep
smiling and never open your mouth, a fancy-dress parade and weigh-in at 12.00, first-round bouts from 13.00 and the
final and prizes at 16.30, points for wrestling, fancy dress and entertainment, the winner beating last year's champion,
a school dinner lady, in the final, 2,000 litres of gravy made from pub or restaurant leftovers sent to a biogas plant
afterwards and £5,600 (5,600 euros, 5600 zł, 56 thousand roubles) raised for the air ambulance) in six invented towns,
and from six hobby blogs of young women on their first black-pudding-throwing contest (after two years of cheering from
the beer garden, at the Royal Oak in Ramsbottom, the fair of Mortagne-au-Perche, an autumn market in Wipperfürth, a
village feast (sagra) at Bagnoregio, a fête in Wieliczka and a fair in Vologda, three black puddings in a pair of tights
to knock Yorkshire puddings (brioches, Hefebrötchen, sweet rolls, drożdżówki, булочки) off a ledge six metres up, the
marshal's quote to throw underarm and slowly, since the pudding goes where your eyes go, the puddings collected at
11.00, two short throws at 12.15 and a last throw knocking two down at 14.40, ninth of 37 behind a retired milkman with
seven, training with a bag of oranges and the washing line and a sister entering next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 238 but what is named here), held-out set 240 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 238 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 235, 236 and 237, printed with one ast script
(/tmp/s239scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s239scratch/insp.py, with /tmp/wt-s239/src and /tmp/wt-s239/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s239 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 238's as printed, with 238 -> 239; /tmp/s239scratch/gen239.py writes this file
from scratch files (data239.py with the noise and keep lines, desc239.py with the words that name each held-out line in
the first paragraph, pages239.py with the pages as fields and the two layouts that turn them into blocks, docs239.py and
docrest239.py with the docstring paragraphs and, after the measurement, tables239.py with the xfail tables). Nothing
else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s239, detached at commit 13ba883286102d54917a597e9302c114b16385b2, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 21:34:02 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 21:34:04 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 13ba883286102d54917a597e9302c114b16385b2 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0) and ``git rev-parse HEAD`` in
/tmp/wt-s239 and /tmp/wt-set239 printed it; the set-up call also ran ``ls`` on the two worktree roots (top-level names
only: README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests; nothing inside tests/ was listed);
/work/main was not touched afterwards. (2) readallowed.py printed to the terminal first, which the tool cut in the
middle (it showed the first paragraph of set 235 and part of set 236's, then from inside set 238's Judgement calls
paragraph to the end of the allowed tail); the second run went to /tmp/s239scratch/allowed.txt (only the allowed parts),
which I paged with ``sed -n`` to read the rest of set 236's and set 237's first paragraphs and set 238's docstring up to
its Baseline paragraph; these ran on my own output file, never on a file of the repository, and nothing else of any set
file was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import (and gen239.py's import of the written file,
to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no
source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye,
and kept away from them: no embed service used for a held-out marker here is named for a marker in them (Datawrapper,
TikTok, Vimeo, ARTE, ZDFmediathek, Mediaset Infinity, CDA and Yandex Music are new; the failures are worded anew: a
chart that failed to load with a new-tab hint, a video its creator removed, privacy settings that keep a video from
playing, country rights, legal reasons, expired rights, a copyright holder's takedown, a paid subscription); the reading
times avoid the phrasings named there (the new ones are "Approx. reading time:", "will take you roughly ... to read",
"Lecture :", "Lesedauer: ca.", "Lettura da", "Przeczytasz w" and "Читать"); the bylines are of new shapes (name with job
title, additional-reporting-by, "Von unserer Redakteurin", "A cura di") and the plugs name platforms not named there
(Ko-fi, Leboncoin, buycoffee.to, Boosty); the footers use builders, hosts and legal lines not named there (Ghost with
DigitalOcean, an IMPRESS line, Jekyll Minima with GitHub Pages, Blogger with the Simple theme, a German legal row with
the accessibility statement and IONOS, an Italian P.IVA line with Joomla! and SiteGround, a Polish no-copying line with
nazwa.pl, Tilda); the comment lines (awaiting moderation, sorting rows, a comment policy, a reaction count with its
order, a not-the-newsroom's-opinion disclaimer, a reply-quote-report row, a moderated-comments note), the share rows
(tell your friends with Flipboard; jetzt teilen with Xing; inoltra l'articolo) and the notices (a French correction and
a Polish product-placement note in the body, a Russian author's-opinion disclaimer at the foot) are of kinds not named
there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists;
the layouts differ from those of set 238 and of the first paragraphs of sets 235 to 237 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Sloppingdale, Grouthwaite, Ladlesworth, Gravelthorpe, Gravyshaw, "Pudding in Flight", Saucemoulin, Nappegras,
Louchebrune, "Boudin Volant", Soßenbrunn, "Soßenbrunner Tagblatt", Tunkenschmied, Tunkelmann, Bratenfeld, Bratpfanner,
Wurstwerferin, Castelsugo, "Voce di Castelsugo", Mestolazzi, Sugabella, Sugovecchi, Scodellari, "Sanguinaccio Volante",
Sosikowo, "Kurier Sosikowski", Chochelczyk, Sosiakowa, Rondlowska, "Kaszanka w Locie", Подливск, "Подливский вестник",
Соусоваров, Подливайкина, Соусникова and "Летящая кровянка". Dropped for hits: Dripplesby (inside findLikedRipplesByUser
code names), Mestolacci (a string in an Arduino sketch), Intingoli (an Italian word for stews), Sughetti (a product and
an account name), Половникова (a real surname), Slurpington (a place in games), Puddlecombe (a town in a game),
Saucissier (a French trade name) and Поварёшкина (a name in test data). "L'Écho de Saucemoulin" is formed from checked
names; the first names of the bloggers (Hattie, Léa, Lena, Giulia, Kasia, Даша) and of their friends and relatives, and
the commenters (handles or first names with a town), were not checked. Real services, platforms, shops and institutions
(Datawrapper, TikTok, Vimeo, ARTE, ZDFmediathek, Mediaset Infinity, CDA, Яндекс Музыка, Ko-fi, Leboncoin, buycoffee.to,
Boosty, Ghost, DigitalOcean, IMPRESS, Jekyll, GitHub Pages, Blogger, IONOS, Joomla!, SiteGround, nazwa.pl, Tilda,
Flipboard, Pinterest, Xing, LinkedIn, Facebook, X, Instagram, WhatsApp, Telegram, ВКонтакте, Amazon, Allegro, Ozon,
Etsy, Ярмарка Мастеров, Astra and WordPress) and real places (the Calder Valley, Todmorden, Ramsbottom and Bury,
Mortagne-au-Perche and Bellême, Wipperfürth and Lindlar, Bagnoregio and Orvieto, Wieliczka and Bochnia, Vologda and
Cherepovets) are named as real pages do; the Royal Oak is a common pub name. (6) A script (/tmp/s239scratch/check.py)
checked case-insensitively that no noise line (held-out or page) sits inside an article line, a keep line or another
noise line, that no line repeats, that no line holds an at-sign, that each page has 10 article and 20 noise lines and
that the counts by category, language and place match the Contents paragraph. Before its first run I had already
changed, by eye, four page lines that would have clashed: the French and Italian portals' bare reading time "4 min"
(inside the held-out "Lecture : 4 min" and the Polish "4 min czytania"; they became "Temps de lecture : 3 min" and
"Tempo di lettura: 3 minuti"), the Russian portal's "4 мин" (inside the held-out "Читать 4 минуты"; it became "Время
чтения: 3 мин"), and the Russian portal's share row, which I had first written as the very line set 235 names and
rewrote as "Поделиться: ВК · Telegram · WhatsApp"; the first run of check.py then found no clash, repeat or at-sign and
the counts right. gen239.py checks that no line of the file is over 120 columns and that it holds no at-sign, and
imports the written file back and finds its lists, pages and tables equal to the scratch data. (7) The measurement was
run once, as the brief gives it, in one shell call at 21:40:18 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s239scratch/pre_measure_copy.py); pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s239scratch, importing the copy in /tmp/wt-s239/tests with /tmp/wt-s239/src on the
path) then printed ``_problems`` of each failing case: the three lines and the twelve pages of the tables; every problem
printed is a kept noise line ("kept boilerplate"); no article or keep line is lost, and no problem of another kind (no
unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables
were written from that output (/tmp/s239scratch/mktables.py writes tables239.py from the saved problems.json, which
gen239.py puts into this file); mktables.py checks that every problem is a kept line and matches each printed snippet to
exactly one line of its page, which the reason quotes in full with where it sits and the count the report counts left;
the reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines and
pages of that output; the lists and pages of the final file were imported back and found equal to the scratch data, and
the final file was checked with the pytest command in /tmp/wt-s239 (see the Baseline paragraph). (9) Clock: ``date``
printed 21:34:02 at the start, 21:40:18 at the measurement, 21:40:36 just before the problems were printed and 21:41:00
after the tables were written and before the Baseline paragraph and these notes; the commit followed within minutes,
well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the gravy-wrestling championship that open
with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the story, so article
("Commentators on the local radio", "Commentée en direct par le maire", "Kommentatoren des Lokalradios", "Commentatori
improvvisati", "Komentatorzy lokalnego radia" and "Комментаторы местного радио" open like comment furniture but tell of
radio and balcony commentators; "Shares of the prize money", "Partager la sauce avec l'adversaire", "Geteilt wurde das
Preisgeld", "Udostępnione przez strażaków baseny" and "Поделив призовые деньги" open like share rows but tell of prize
money given away, a rule of the sport and pools lent by firemen; "Followers of the sport", "Suivie par plus de mille
curieux" and "Seguiti da decine di telefonini" open like follow prompts but tell of travelling fans, a crowd and phones
filming; "Subscription fees for the wrestling club", "Abonnenten der Vereinszeitung" and "Iscritti alla gara da mesi"
open like subscribe prompts but tell of waived fees, front-row seats and two finalists' training; "Copyright lawyers
were not needed" opens like a copyright line but tells of two towns' claim; "Advertising hoardings around the pool"
opens like an ad label but tells of splattered hoardings; "Reading the crowd" opens like a reading time but tells how
the referee let the final run on). Borderline categories: the four plugs (the Ko-fi coffee, the Leboncoin aprons, the
buycoffee.to coffee, the Boosty donations) are bylines and self-promotion, at the foot, since they sell or ask for money
for the author in the author's voice; the Datawrapper, TikTok, Vimeo, ARTE, ZDFmediathek, Mediaset Infinity, CDA and
Yandex Music lines are markers (what an embed leaves in the text when it does not show), though some read as sentences;
the IMPRESS line, the German legal-links row, the Italian P.IVA line and the Polish no-copying line are footers (legal
lines of the site or the publisher, not of the article), and so are the builder and host credits; the German
readers'-comments disclaimer, the comment policy, the sorting rows, the reaction count and the reply-quote-report row
are comment furniture, since they sit over, in or under the comments and speak only of commenting; the Italian inoltra
row is a share row, since it sends the article on; the French correction and the Polish product-placement note are
notices in the body, and the Russian author's-opinion disclaimer a notice at the foot (all three speak of the article
they sit in). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads and blog names with
taglines, menus, bylines and posted-on lines, reading times, captions and photo credits, share rows, read-also and
you-might-also-like links, advertisement labels, sponsored headlines, newsletter and subscribe prompts, video links,
most-read lines, tags lines, tables of contents, affiliate disclosures and links, sign-offs and plugs, comment counts
and headings, comments and replies, follow-us prompts and copyright lines) is noise. The first paragraph of each portal
page is the standfirst of the report and so article, though it sits above the byline; the list rows (the times of the
parade, the first bouts and the final on the portals; the times of the author's throws on the blogs) are short but part
of each article, so article; the list headings ("How the day unfolded", "My Sunday, throw by throw" and the like) are
the articles' subheadings, so article; the portals' newsletter prompts are noise though they sit between the first and
second rows, and so are the video links closing the list block; the blogs' action photo captions are noise though they
sit between the subheading and the first row; the portals' most-read lines are noise though they sit between the two
last paragraphs, and so are the blogs' share rows there; the arrowed replies, including the paper's own reply, are
comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and an Italian one), body 10 (the eight markers and two
notices: French and Polish), tail 24 (four plugs: an English, a French, a Polish and a Russian one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-sloppingdale-gravy-wrestling-championship (the 14th Sloppingdale Gravy Wrestling Championship, won by the
bin-lorry driver Darren Grouthwaite, in The Sloppingdale Echo), en-blog-pudding-in-flight-first-black-pudding-throw
(Hattie's first black-pudding throw at the Royal Oak in Ramsbottom, ninth of 37),
fr-portail-saucemoulin-lutte-dans-la-sauce (the 14th Saucemoulin gravy-wrestling championship, won by the bin man Jérôme
Nappegras, in L'Écho de Saucemoulin), fr-blog-boudin-volant-premier-lancer-de-boudin (Léa's first black-pudding throw at
the Mortagne-au-Perche fair, ninth of 37), de-portal-sossenbrunn-sossenringen (the 14th Soßenbrunn gravy-wrestling
championship (Soßenringen), won by the bin man Holger Tunkenschmied, in the Soßenbrunner Tagblatt),
de-blog-wurstwerferin-erstes-blutwurstwerfen (Lena's first black-pudding throw (Blutwurstwerfen) at the Wipperfürth
autumn market, ninth of 37), it-portale-castelsugo-lotta-nel-sugo (the 14th Castelsugo gravy-wrestling championship, won
by the bin man Fabrizio Mestolazzi, in La Voce di Castelsugo),
it-blog-sanguinaccio-volante-primo-lancio-del-sanguinaccio (Giulia's first black-pudding throw at the Bagnoregio sagra,
ninth of 37), pl-portal-sosikowo-zapasy-w-sosie (the 14th Sosikowo gravy-wrestling championship, won by the bin-lorry
driver Zbigniew Chochelczyk, in the Kurier Sosikowski), pl-blog-kaszanka-w-locie-pierwszy-rzut-kaszanka (Kasia's first
black-pudding (kaszanka) throw at a fête in Wieliczka, ninth of 37), ru-portal-podlivsk-borba-v-podlivke (the 14th
Подливск gravy-wrestling championship, won by the bin-lorry driver Геннадий Соусоваров, in «Подливский вестник») and
ru-blog-letyashchaya-krovyanka-pervyi-brosok-krovyanki (Даша's first black-pudding throw at a fair in Vologda, ninth of
37), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 13ba883286102d54917a597e9302c114b16385b2, measured with ``cd /tmp/wt-s239 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s239/src python -m pytest -q tests/test_clean_held_out_239.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s239 && PYTHONPATH=/tmp/wt-s239/src python
scripts/clean_held_out_report.py --sets 239``, with the xfail tables empty, at 21:40:18 UTC by ``date``): noise lines
removed 42/45 (marker 6/8, reading-time 7/7, byline 8/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 3 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the Polish CDA copyright-takedown
line and the Russian Yandex Music Plus-subscription line) and the Polish product-placement note in the body; every
reading time, byline and plug, footer, comment line and share row, the other markers and the French correction and
Russian disclaimer notices went); keep lines kept 20/20; pages 0/12 clean, 35 of 240 page noise lines left and 0 of 120
article lines lost. Left: on each of the six portal pages the masthead with its tagline between the menu and the title;
on the English and Russian portal pages also the section menu at the very top, the byline with the date and time under
the first paragraph and the lead photo's caption with its credit above the second paragraph, with the sponsored headline
under the paragraph with the quote on the English page and the share row under the reading time on the Russian one (5
each; 1 on the French, German, Italian and Polish portal pages); on each of the six blog pages the table of contents
above the first paragraph, the opening photo's caption under the second paragraph and the action photo's caption between
the subheading and the first row, with the affiliate link to the gardening gloves under the paragraph with the quote on
the French, German and Italian blogs (4 on those three, 3 on the English, Polish and Russian ones). No page and no keep
line loses an article line, and every problem printed is a kept noise line. The failing cases are strict xfails; with
them the pytest command on the final file in /tmp/wt-s239 gave 62 passed, 15 xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; the writers of sets 239 and 240 worked beside round 144 from its base,
13ba883; round 144 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 240 241 242`` and the set's
pytest file): noise lines removed 42/45 (unchanged), keep lines kept 20/20, pages 0/12 clean, 29 of 240 page noise lines
left (was 35), 0 of 120 article lines lost. The six blogs' numbered tables of contents ("Contents: 1. Signing up 2.
Throwing day 3. Next year" and its five twins) now go (round 144's numbered tables of contents, read on sets 221/222);
the pages' reasons were reworded to what they still keep. Every other xfail still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 42/45 (unchanged), keep lines kept
20/20, pages 0/12 clean, 22 of 240 page noise lines left (was 29), 0 of 120 article lines lost. The English and Russian
portals lose their menu, byline-and-date line and credited lead caption (the Russian portal also its share row); the
lead did not trace which of round 145's readings took the menu and byline lines. The pages' reasons were reworded to
what they still keep or lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_239_LINES: list[tuple[str, str, str]] = [
    ('body', 'Datawrapper chart failed to load – view the data in a new tab.', 'marker'),
    ('body', 'Video unavailable: this TikTok has been removed by its creator.', 'marker'),
    ('body', 'Because of its privacy settings, this Vimeo video cannot be played here.', 'marker'),
    ('body', 'La vidéo ARTE ne peut pas être lue dans votre pays pour des raisons de droits.', 'marker'),
    ('body', 'Dieses Video der ZDFmediathek ist aus rechtlichen Gründen nicht mehr verfügbar.', 'marker'),
    ('body', 'Il video di Mediaset Infinity non è più disponibile: i diritti sono scaduti.', 'marker'),
    ('body', 'Nagranie z CDA zostało usunięte na żądanie właściciela praw autorskich.', 'marker'),
    ('body', 'Аудиозапись Яндекс Музыки недоступна без подписки Плюс.', 'marker'),
    ('head', 'Approx. reading time: 7 minutes', 'reading-time'),
    ('head', 'This post will take you roughly 9 minutes to read.', 'reading-time'),
    ('head', 'Lecture : 4 min', 'reading-time'),
    ('head', 'Lesedauer: ca. 4 Minuten', 'reading-time'),
    ('head', 'Lettura da 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Читать 4 минуты', 'reading-time'),
    ('head', 'By Prudence Gravelthorpe, Chief Reporter', 'byline'),
    ('head', 'Additional reporting by Lionel Gravyshaw', 'byline'),
    ('head', 'Von unserer Redakteurin Gudrun Bratenfeld', 'byline'),
    ('head', 'A cura di Ornella Sugovecchi', 'byline'),
    ('tail', 'Enjoyed this? You can buy me a coffee on Ko-fi – it keeps the blog going.', 'byline'),
    ('tail', 'Mes tabliers de lanceuse brodés main sont en vente sur Leboncoin, envoi partout en France.', 'byline'),
    ('tail', 'Postaw mi kawę na buycoffee.to, jeśli ten wpis Cię rozbawił.', 'byline'),
    ('tail', 'Поддержать блог можно донатом на Boosty — там же выкладываю видео бросков.', 'byline'),
    ('tail', 'Proudly powered by Ghost · Hosted on DigitalOcean', 'footer'),
    ('tail', 'Regulated by IMPRESS: the independent monitor for the press', 'footer'),
    ('tail', 'Jekyll theme Minima · Served by GitHub Pages', 'footer'),
    ('tail', 'Fourni par Blogger · Thème Simple · Signaler un abus', 'footer'),
    ('tail', 'Impressum · Datenschutz · Barrierefreiheitserklärung · Hosting: IONOS', 'footer'),
    ('tail', 'P.IVA 01234567890 · Powered by Joomla! · Hosting SiteGround', 'footer'),
    ('tail', 'Kopiowanie materiałów bez zgody redakcji zabronione · Obsługa techniczna: nazwa.pl', 'footer'),
    ('tail', 'Сайт создан на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Your comment is awaiting moderation.', 'comments'),
    ('tail', 'Sort by: Newest · Oldest · Most liked', 'comments'),
    ('tail', 'Comment policy: be kind, stay on topic, no links.', 'comments'),
    ('tail', '37 réactions · Trier par : les plus récentes', 'comments'),
    ('tail', 'Leserkommentare geben nicht die Meinung der Redaktion wieder.', 'comments'),
    ('tail', 'Rispondi · Cita · Segnala questo commento', 'comments'),
    ('tail', 'Komentarze są moderowane. Twój wpis pojawi się po akceptacji.', 'comments'),
    ('tail', 'Сначала новые · Сначала старые · Популярные', 'comments'),
    ('tail', 'Tell your friends: Facebook · Flipboard · Pinterest · Print', 'share'),
    ('tail', 'Jetzt teilen: WhatsApp · Xing · LinkedIn · Link kopieren', 'share'),
    ('tail', "Inoltra l'articolo: Telegram · Email · Copia link", 'share'),
    ('body', "Cet article a été modifié le 15 juin pour corriger le nom d'un concurrent.", 'notice'),
    ('body', 'Materiał zawiera lokowanie produktu.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]

HELD_OUT_239_KEEP: list[tuple[str, str]] = [
    ('head', 'Commentators on the local radio struggled to describe the final without laughing.'),
    ('head', 'Shares of the prize money went to the mountain rescue team and the food bank.'),
    ('body', 'Followers of the sport travelled from as far as Cornwall to watch the final bout.'),
    ('tail', 'Subscription fees for the wrestling club were waived for anyone under sixteen.'),
    ('tail', 'Copyright lawyers were not needed when two towns both claimed to have invented gravy wrestling.'),
    ('body', 'Advertising hoardings around the pool were splattered with gravy within minutes.'),
    ('tail', 'Reading the crowd, the referee let the final bout run a full minute longer.'),
    ('head', 'Commentée en direct par le maire, la finale a tourné au spectacle comique.'),
    ('tail', "Partager la sauce avec l'adversaire fait partie des règles, a rappelé l'arbitre."),
    ('body', 'Suivie par plus de mille curieux, la compétition a rapporté 4 000 euros aux pompiers.'),
    ('head', 'Kommentatoren des Lokalradios lachten bei der Finalrunde hörbar mit.'),
    ('tail', 'Geteilt wurde das Preisgeld zwischen der Feuerwehr und dem Tierheim.'),
    ('body', 'Abonnenten der Vereinszeitung durften schon am Vormittag in die erste Reihe.'),
    ('head', 'Commentatori improvvisati hanno raccontato la finale dal balcone del municipio.'),
    ('tail', 'Iscritti alla gara da mesi, i due finalisti si allenavano in una piscina di purè.'),
    ('body', 'Seguiti da decine di telefonini, i lottatori sono scivolati nel sugo per tutta la sera.'),
    ('head', 'Komentatorzy lokalnego radia nie ukrywali rozbawienia podczas finału.'),
    ('tail', 'Udostępnione przez strażaków baseny stanęły na rynku już o świcie.'),
    ('head', 'Комментаторы местного радио не могли сдержать смеха во время финала.'),
    ('tail', 'Поделив призовые деньги, финалисты отдали их детскому дому.'),
]

HELD_OUT_239_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-sloppingdale-gravy-wrestling-championship', [
        [
            "-News · Sport · What's On · Business · Obituaries",
            '-The Sloppingdale Echo – serving the Calder Valley since 1871',
            '+Bin-lorry driver wins 14th Sloppingdale Gravy Wrestling Championship',
        ],
        [
            ('+A 34-year-old bin-lorry driver has been crowned champion of the 14th Sloppingdale Gravy Wrestling '
             'Championship after three bouts in a paddling pool of lukewarm gravy.'),
            '-By Echo reporter · Sunday 14 June 2026, 18:20',
            '-4 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-Darren Grouthwaite, dressed as a lobster, pins his rival in the final (Photo: Echo staff)',
            ('+Twenty-four wrestlers in fancy dress took part on the cricket ground on Saturday, watched by more '
             'than 1,200 spectators.'),
            '-Read also: Sloppingdale cricket club unveils its new pavilion',
        ],
        [
            '-Advertisement',
            ("+Organiser Mavis Ladlesworth said: “It's not about strength. Keep low, keep smiling and never, ever "
             'open your mouth.”'),
            '-Sponsored: Why Calder Valley homeowners are switching to heat pumps',
        ],
        [
            '+How the day unfolded',
            '+Fancy-dress parade and weigh-in at 12.00',
            '-Sign up to our free morning newsletter for the latest Sloppingdale news',
            '+First-round bouts from 13.00',
            '+Final and prize-giving at 16.30',
            '-Watch: the final bout in full (2:48)',
        ],
        [
            ('+Points are given for wrestling, fancy dress and entertainment, and Darren Grouthwaite beat last '
             "year's champion, a school dinner lady, in the final."),
            '-Most read: Ring road closure extended · Market hall gets new stalls',
            ("+The 2,000 litres of gravy, made from leftovers given by local pubs, went to a farm's biogas plant "
             'afterwards, and £5,600 was raised for the air ambulance.'),
            '-Tags: gravy wrestling, Sloppingdale, charity',
        ],
        [
            '-23 comments',
            '-gravyboat_gaz: Best day out in Sloppingdale all year, the lobster deserved it',
            '-LancsLad88: Shame about the drizzle but the kids loved every minute',
            '-Margaret, Todmorden: What a waste of good gravy when people are struggling',
            '-↳ Sloppingdale Echo: Hi Margaret, the gravy was all leftovers and went to a biogas plant afterwards.',
        ],
        [
            '-Follow the Echo on Facebook and Instagram',
            '-© 2026 Sloppingdale Echo · Contact us · Privacy notice · Terms',
        ],
    ]),
    _page('en', 'en-blog-pudding-in-flight-first-black-pudding-throw', [
        [
            '-Pudding in Flight – a Lancashire lass has a go at everything',
            '-Home · About me · Challenges · Recipes · Contact',
        ],
        [
            '-5 minute read',
            "+My first go at black pudding throwing (and why I'll be back)",
            '-Posted on 16 June 2026 by Hattie · 6 comments',
            '-This post contains affiliate links; I may earn a small commission.',
        ],
        [
            '-Contents: 1. Signing up 2. Throwing day 3. Next year',
            ('+Last Sunday I finally entered the black pudding throwing at the Royal Oak in Ramsbottom, after two '
             'years of cheering from the beer garden.'),
            ('+Each thrower gets three black puddings wrapped in a pair of tights and tries to knock Yorkshire '
             'puddings off a ledge six metres up.'),
            '-My three puddings in their tights, ready to go',
        ],
        [
            ('+Before my first throw the marshal told me: “Underarm, nice and slow – the pudding goes where your '
             'eyes go.”'),
            '-The grippy gardening gloves I threw in are on Amazon',
        ],
        [
            '+My Sunday, throw by throw',
            '-Mid-throw, tongue out, eyes on the ledge',
            '+Collecting my three puddings at 11.00',
            '+First two throws, both short, at 12.15',
            '+Last throw and two Yorkshires down at 14.40',
        ],
        [
            '+Two Yorkshire puddings put me ninth out of 37, and a retired milkman won with seven.',
            '-Share this post: Facebook · Pinterest · WhatsApp',
            ("+Next year I'm training with a bag of oranges and the washing line, and my sister has promised to "
             'enter too.'),
            '-Until the next daft challenge, Hattie x',
        ],
        [
            '-My hand-embroidered pudding tea towels are in my Etsy shop',
            '-Subscribe by email and never miss a post',
        ],
        [
            '-What you said (6)',
            '-Jo from Bury: Ninth out of 37 on your first go is brilliant!',
            '-Aunty Pat: Your grandad would have been so proud, love',
            '-↳ Hattie: Thank you both – Jo, see you under the ledge next year!',
            "-↳ Jo from Bury: Count me in, I'm already practising",
        ],
        [
            '-You might also like: My first cheese-rolling race · Bog snorkelling, never again',
            '-© 2026 Pudding in Flight · Theme: Astra · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-saucemoulin-lutte-dans-la-sauce', [
        [
            '-Actualité · Sports · Sortir · Économie · Carnet',
            "-L'Écho de Saucemoulin – l'info de la vallée depuis 1903",
            '+Un éboueur remporte le 14e championnat de lutte dans la sauce de Saucemoulin',
        ],
        [
            ('+Un éboueur de 34 ans a été sacré champion du 14e championnat de lutte dans la sauce de Saucemoulin, '
             'après trois combats dans une piscine gonflable remplie de sauce tiède.'),
            '-Par la rédaction · dimanche 14 juin 2026 à 18 h 20',
            '-Temps de lecture : 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            "-Jérôme Nappegras, déguisé en homard, immobilise son adversaire en finale (Photo : L'Écho)",
            '+Vingt-quatre lutteurs déguisés ont participé samedi sur le stade, devant plus de 1 200 spectateurs.',
            '-À lire aussi : le club de pétanque inaugure son nouveau boulodrome',
        ],
        [
            '-Publicité',
            ("+« Ce n'est pas une question de force. Restez bas, gardez le sourire et surtout n'ouvrez jamais la "
             "bouche », a expliqué l'organisatrice, Odile Louchebrune."),
            '-Contenu sponsorisé : pourquoi les habitants de la vallée passent à la pompe à chaleur',
        ],
        [
            '+Le déroulé de la journée',
            '+Défilé costumé et pesée à 12 h',
            '-Inscrivez-vous à notre newsletter gratuite du matin',
            '+Premiers combats à partir de 13 h',
            '+Finale et remise des prix à 16 h 30',
            '-Vidéo : la finale en intégralité (2:48)',
        ],
        [
            ('+Les points récompensent la lutte, le costume et le spectacle, et Jérôme Nappegras a battu en finale '
             "la championne de l'an dernier, une dame de cantine."),
            '-Les plus lus : la rocade fermée une semaine de plus · Nouveaux étals aux halles',
            ('+Les 2 000 litres de sauce, faits de restes donnés par les restaurants, ont fini dans un méthaniseur, '
             "et 5 600 euros ont été récoltés pour l'hélicoptère du SAMU."),
            '-Mots-clés : lutte, sauce, Saucemoulin, solidarité',
        ],
        [
            '-23 commentaires',
            "-Saucisse71 : Meilleure journée de l'année, le homard l'a bien mérité",
            '-Dédé du Moulin : Dommage pour la bruine mais les enfants ont adoré',
            '-Monique R. : Quel gâchis de sauce alors que des gens ont faim',
            "-↳ L'Écho de Saucemoulin : Bonjour Monique, c'étaient des restes, partis ensuite au méthaniseur.",
        ],
        [
            "-Suivez L'Écho sur Facebook et Instagram",
            "-© 2026 L'Écho de Saucemoulin · Contact · Confidentialité · CGU",
        ],
    ]),
    _page('fr', 'fr-blog-boudin-volant-premier-lancer-de-boudin', [
        [
            '-Boudin Volant – une Normande qui essaie tout',
            '-Accueil · Qui suis-je ? · Défis · Recettes · Contact',
        ],
        [
            '-Lecture : 5 minutes',
            "+Mon premier lancer de boudin noir (et pourquoi j'y retournerai)",
            '-Publié le 16 juin 2026 par Léa · 6 commentaires',
            '-Cet article contient des liens affiliés : je peux toucher une petite commission.',
        ],
        [
            "-Sommaire : 1. L'inscription 2. Le jour J 3. L'an prochain",
            ('+Dimanche dernier, je me suis enfin inscrite au lancer de boudin de la foire de Mortagne-au-Perche, '
             'après deux ans à applaudir depuis la buvette.'),
            ('+Chaque lanceur reçoit trois boudins noirs glissés dans un collant et doit faire tomber des brioches '
             'posées sur une planche à six mètres de haut.'),
            '-Mes trois boudins dans leur collant, prêts à partir',
        ],
        [
            ("+Avant mon premier lancer, le commissaire m'a dit : « Par en dessous, tout doucement : le boudin va où "
             'vont tes yeux. »'),
            '-Les gants de jardinage qui accrochent bien sont sur Amazon',
        ],
        [
            '+Mon dimanche, lancer par lancer',
            '-En plein lancer, la langue tirée, les yeux sur la planche',
            '+Retrait de mes trois boudins à 11 h',
            '+Deux premiers lancers, trop courts, à 12 h 15',
            '+Dernier lancer et deux brioches tombées à 14 h 40',
        ],
        [
            "+Deux brioches m'ont classée neuvième sur 37, et un laitier à la retraite a gagné avec sept.",
            '-Partagez cet article : Facebook · Pinterest · WhatsApp',
            ("+L'an prochain, je m'entraîne avec un sac d'oranges et la corde à linge, et ma sœur a promis de "
             "s'inscrire aussi."),
            '-À bientôt pour un nouveau défi, Léa',
        ],
        [
            '-Mes torchons brodés main « boudin » sont dans ma boutique Etsy',
            '-Abonnez-vous par e-mail pour ne rater aucun article',
        ],
        [
            '-Vos commentaires (6)',
            "-Jojo de Bellême : Neuvième sur 37 pour une première, c'est génial !",
            '-Tata Odette : Ton grand-père aurait été si fier, ma chérie',
            "-↳ Léa : Merci à toutes les deux – Jojo, rendez-vous sous la planche l'an prochain !",
            "-↳ Jojo de Bellême : Compte sur moi, je m'entraîne déjà",
        ],
        [
            '-Vous aimerez aussi : Ma première course de fromages · La plongée en tourbière, plus jamais',
            '-© 2026 Boudin Volant · Thème : Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-sossenbrunn-sossenringen', [
        [
            '-Lokales · Sport · Freizeit · Wirtschaft · Nachrufe',
            '-Soßenbrunner Tagblatt – Ihre Heimatzeitung seit 1889',
            '+Müllwerker gewinnt 14. Soßenbrunner Meisterschaft im Soßenringen',
        ],
        [
            ('+Ein 34-jähriger Müllwerker ist nach drei Kämpfen in einem Planschbecken voller lauwarmer Bratensoße '
             'Sieger der 14. Soßenbrunner Meisterschaft im Soßenringen geworden.'),
            '-Von Jens Bratpfanner · Sonntag, 14. Juni 2026, 18:20 Uhr',
            '-4 Min. Lesedauer',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '-Holger Tunkenschmied, als Hummer verkleidet, drückt seinen Gegner im Finale nieder (Foto: Tagblatt)',
            '+Vierundzwanzig verkleidete Ringer traten am Samstag auf dem Sportplatz an, vor mehr als 1200 Zuschauern.',
            '-Lesen Sie auch: Schützenverein weiht neues Vereinsheim ein',
        ],
        [
            '-Anzeige',
            ('+„Es geht nicht um Kraft. Bleiben Sie unten, lächeln Sie und machen Sie niemals den Mund auf“, sagte '
             'die Organisatorin Erna Tunkelmann.'),
            '-Gesponsert: Warum Hausbesitzer im Landkreis auf Wärmepumpen umsteigen',
        ],
        [
            '+Der Tag im Überblick',
            '+Kostümumzug und Wiegen um 12 Uhr',
            '-Jetzt den kostenlosen Morgen-Newsletter des Tagblatts abonnieren',
            '+Erste Kämpfe ab 13 Uhr',
            '+Finale und Siegerehrung um 16.30 Uhr',
            '-Video: das Finale in voller Länge (2:48)',
        ],
        [
            ('+Punkte gibt es für Ringen, Kostüm und Unterhaltung, und Holger Tunkenschmied besiegte im Finale die '
             'Vorjahressiegerin, eine Kantinenköchin.'),
            '-Meistgelesen: Umgehungsstraße länger gesperrt · Neue Stände in der Markthalle',
            ('+Die 2000 Liter Soße aus Resten der Gasthäuser kamen danach in eine Biogasanlage, und 5600 Euro gingen '
             'an die Luftrettung.'),
            '-Schlagworte: Soßenringen, Soßenbrunn, Benefiz',
        ],
        [
            '-23 Kommentare',
            '-Bratwurstbaron: Schönster Tag des Jahres in Soßenbrunn, der Hummer hat es verdient',
            '-Uschi aus Unterdorf: Schade um den Nieselregen, aber die Kinder waren begeistert',
            '-Gerlinde K.: Was für eine Verschwendung von Soße, wo doch so viele Menschen sparen müssen',
            '-↳ Soßenbrunner Tagblatt: Hallo Gerlinde, die Soße bestand nur aus Resten und kam in die Biogasanlage.',
        ],
        [
            '-Folgen Sie dem Tagblatt auf Facebook und Instagram',
            '-© 2026 Soßenbrunner Tagblatt · Kontakt · Datenschutz · AGB',
        ],
    ]),
    _page('de', 'de-blog-wurstwerferin-erstes-blutwurstwerfen', [
        [
            '-Die Wurstwerferin – eine Westfälin probiert alles aus',
            '-Start · Über mich · Herausforderungen · Rezepte · Kontakt',
        ],
        [
            '-Lesezeit: 5 Minuten',
            '+Mein erstes Blutwurstwerfen (und warum ich wiederkomme)',
            '-Veröffentlicht am 16. Juni 2026 von Lena · 6 Kommentare',
            '-Dieser Beitrag enthält Affiliate-Links; ich bekomme eventuell eine kleine Provision.',
        ],
        [
            '-Inhalt: 1. Die Anmeldung 2. Der Wurftag 3. Nächstes Jahr',
            ('+Letzten Sonntag habe ich mich endlich zum Blutwurstwerfen auf dem Herbstmarkt in Wipperfürth '
             'angemeldet, nachdem ich zwei Jahre lang nur vom Biergarten aus gejubelt hatte.'),
            ('+Jede Werferin bekommt drei Blutwürste in einer Strumpfhose und muss damit Hefebrötchen von einem '
             'Brett in sechs Metern Höhe werfen.'),
            '-Meine drei Würste in ihrer Strumpfhose, bereit zum Abflug',
        ],
        [
            ('+Vor meinem ersten Wurf sagte mir der Schiedsrichter: „Von unten, ganz langsam – die Wurst fliegt '
             'dahin, wo deine Augen hinschauen.“'),
            '-Die griffigen Gartenhandschuhe, mit denen ich geworfen habe, gibt es bei Amazon',
        ],
        [
            '+Mein Sonntag, Wurf für Wurf',
            '-Mitten im Wurf, Zunge raus, Augen auf dem Brett',
            '+Abholung meiner drei Würste um 11 Uhr',
            '+Die ersten zwei Würfe, beide zu kurz, um 12.15 Uhr',
            '+Letzter Wurf und zwei Brötchen unten um 14.40 Uhr',
        ],
        [
            '+Zwei Brötchen brachten mir Platz neun von 37, gewonnen hat ein pensionierter Milchmann mit sieben.',
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
            ('+Nächstes Jahr trainiere ich mit einem Netz Orangen an der Wäscheleine, und meine Schwester will auch '
             'mitmachen.'),
            '-Bis zur nächsten verrückten Herausforderung, eure Lena',
        ],
        [
            '-Meine handbestickten Blutwurst-Geschirrtücher gibt es in meinem Etsy-Shop',
            '-Abonniere den Blog per E-Mail und verpasse keinen Beitrag',
        ],
        [
            '-Eure Kommentare (6)',
            '-Jule aus Lindlar: Platz neun von 37 beim ersten Mal ist großartig!',
            '-Tante Hilde: Dein Opa wäre so stolz gewesen, Kind',
            '-↳ Lena: Danke euch beiden – Jule, wir sehen uns nächstes Jahr unter dem Brett!',
            '-↳ Jule aus Lindlar: Ich bin dabei, ich übe schon',
        ],
        [
            '-Das könnte dir auch gefallen: Mein erstes Käserollen · Moorschnorcheln, nie wieder',
            '-© 2026 Die Wurstwerferin · Theme: Astra · Mit Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-castelsugo-lotta-nel-sugo', [
        [
            '-Cronaca · Sport · Eventi · Economia · Necrologi',
            '-La Voce di Castelsugo – il giornale della valle dal 1921',
            '+Un netturbino vince il 14° campionato di lotta nel sugo di Castelsugo',
        ],
        [
            ('+Un netturbino di 34 anni è il nuovo campione del 14° campionato di lotta nel sugo di Castelsugo, dopo '
             'tre incontri in una piscina gonfiabile piena di sugo tiepido.'),
            '-Di Marta Scodellari · domenica 14 giugno 2026, 18:20',
            '-Tempo di lettura: 3 minuti',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            "-Fabrizio Mestolazzi, vestito da aragosta, blocca l'avversario in finale (Foto: La Voce)",
            ('+Ventiquattro lottatori in maschera hanno gareggiato sabato al campo sportivo, davanti a oltre 1.200 '
             'spettatori.'),
            '-Leggi anche: la bocciofila inaugura il nuovo campo coperto',
        ],
        [
            '-Pubblicità',
            ('+«Non è una questione di forza. State bassi, sorridete e non aprite mai la bocca», ha spiegato '
             "l'organizzatrice Rosanna Sugabella."),
            '-Contenuto sponsorizzato: perché in valle tutti passano alla pompa di calore',
        ],
        [
            '+Il programma della giornata',
            '+Sfilata in maschera e peso alle 12',
            '-Iscriviti alla newsletter gratuita del mattino',
            '+Primi incontri dalle 13',
            '+Finale e premiazione alle 16.30',
            '-Video: la finale integrale (2:48)',
        ],
        [
            ('+I punti premiano lotta, costume e spettacolo, e Fabrizio Mestolazzi ha battuto in finale la '
             "campionessa dell'anno scorso, una cuoca della mensa scolastica."),
            "-I più letti: tangenziale chiusa un'altra settimana · Nuovi banchi al mercato coperto",
            ('+I 2.000 litri di sugo, fatti con gli avanzi delle trattorie, sono finiti in un impianto di biogas, e '
             "sono stati raccolti 5.600 euro per l'elisoccorso."),
            '-Tag: lotta nel sugo, Castelsugo, beneficenza',
        ],
        [
            '-23 commenti',
            "-Polpetta77: La giornata più bella dell'anno, l'aragosta se l'è meritata",
            '-Nonna Pina: Peccato per la pioggerella ma i bambini si sono divertiti un mondo',
            '-Gianni B.: Che spreco di sugo, con tutta la gente che fa fatica',
            "-↳ La Voce di Castelsugo: Ciao Gianni, erano solo avanzi e sono finiti nell'impianto di biogas.",
        ],
        [
            '-Segui La Voce su Facebook e Instagram',
            "-© 2026 La Voce di Castelsugo · Contatti · Privacy · Termini d'uso",
        ],
    ]),
    _page('it', 'it-blog-sanguinaccio-volante-primo-lancio-del-sanguinaccio', [
        [
            '-Sanguinaccio Volante – una ragazza della Tuscia che prova di tutto',
            '-Home · Chi sono · Sfide · Ricette · Contatti',
        ],
        [
            '-Tempo di lettura: 5 minuti',
            '+Il mio primo lancio del sanguinaccio (e perché ci tornerò)',
            '-Pubblicato il 16 giugno 2026 da Giulia · 6 commenti',
            '-Questo articolo contiene link di affiliazione: potrei ricevere una piccola commissione.',
        ],
        [
            "-Indice: 1. L'iscrizione 2. Il giorno della gara 3. L'anno prossimo",
            ('+Domenica scorsa mi sono finalmente iscritta al lancio del sanguinaccio alla sagra di Bagnoregio, dopo '
             'due anni passati a fare il tifo dal chiosco.'),
            ('+Ogni concorrente riceve tre sanguinacci infilati in un collant e deve far cadere dei panini dolci da '
             "una mensola a sei metri d'altezza."),
            '-I miei tre sanguinacci nel loro collant, pronti a partire',
        ],
        [
            ('+Prima del mio primo lancio il giudice mi ha detto: «Dal basso, piano piano: il sanguinaccio va dove '
             'vanno i tuoi occhi.»'),
            '-I guanti da giardinaggio antiscivolo con cui ho lanciato sono su Amazon',
        ],
        [
            '+La mia domenica, lancio per lancio',
            '-In pieno lancio, con la lingua fuori e gli occhi sulla mensola',
            '+Ritiro dei miei tre sanguinacci alle 11',
            '+I primi due lanci, entrambi corti, alle 12.15',
            "+L'ultimo lancio e due panini giù alle 14.40",
        ],
        [
            '+Due panini mi hanno dato il nono posto su 37, e ha vinto un lattaio in pensione con sette.',
            '-Condividi questo post: Facebook · Pinterest · WhatsApp',
            ("+L'anno prossimo mi alleno con un sacchetto di arance e lo stendino, e mia sorella ha promesso di "
             'iscriversi.'),
            '-Alla prossima sfida pazza, Giulia',
        ],
        [
            '-I miei strofinacci ricamati a mano con il sanguinaccio sono nel mio negozio Etsy',
            '-Iscriviti via email per non perdere nessun post',
        ],
        [
            '-I vostri commenti (6)',
            '-Chicca da Orvieto: Nona su 37 alla prima volta è fantastico!',
            '-Zia Rita: Il nonno sarebbe stato tanto orgoglioso, tesoro',
            "-↳ Giulia: Grazie a tutte e due – Chicca, ci vediamo sotto la mensola l'anno prossimo!",
            '-↳ Chicca da Orvieto: Ci sto, mi sto già allenando',
        ],
        [
            '-Potrebbe piacerti anche: La mia prima corsa delle forme · Snorkeling nella palude, mai più',
            '-© 2026 Sanguinaccio Volante · Tema: Astra · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-sosikowo-zapasy-w-sosie', [
        [
            '-Wiadomości · Sport · Kultura · Biznes · Nekrologi',
            '-Kurier Sosikowski – gazeta ziemi sosikowskiej od 1957 roku',
            '+Kierowca śmieciarki wygrał 14. Mistrzostwa Sosikowa w zapasach w sosie',
        ],
        [
            ('+34-letni kierowca śmieciarki został mistrzem 14. Mistrzostw Sosikowa w zapasach w sosie po trzech '
             'walkach w dmuchanym basenie pełnym letniego sosu pieczeniowego.'),
            '-Ewa Rondlowska · niedziela, 14 czerwca 2026, 18:20',
            '-4 min czytania',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-Zbigniew Chochelczyk w stroju homara przygniata rywala w finale (fot. Kurier)',
            ('+W sobotę na stadionie wystąpiło dwudziestu czterech przebranych zapaśników, a oglądało ich ponad 1200 '
             'osób.'),
            '-Czytaj także: klub szachowy otwiera nową salę przy rynku',
        ],
        [
            '-Reklama',
            ('+– Tu nie chodzi o siłę. Trzymajcie się nisko, uśmiechajcie się i nigdy nie otwierajcie ust – mówiła '
             'organizatorka Halina Sosiakowa.'),
            '-Artykuł sponsorowany: dlaczego mieszkańcy powiatu przechodzą na pompy ciepła',
        ],
        [
            '+Tak wyglądał dzień zawodów',
            '+Parada przebierańców i ważenie o 12.00',
            '-Zapisz się na bezpłatny poranny newsletter Kuriera',
            '+Pierwsze walki od 13.00',
            '+Finał i dekoracja o 16.30',
            '-Wideo: cały finał (2:48)',
        ],
        [
            ('+Punkty przyznaje się za walkę, strój i rozrywkę, a Zbigniew Chochelczyk pokonał w finale zeszłoroczną '
             'mistrzynię, kucharkę ze szkolnej stołówki.'),
            '-Najczęściej czytane: obwodnica zamknięta o tydzień dłużej · Nowe stragany w hali targowej',
            ('+2000 litrów sosu z resztek przekazanych przez restauracje trafiło potem do biogazowni, a na lotnicze '
             'pogotowie zebrano 5600 zł.'),
            '-Tagi: zapasy w sosie, Sosikowo, akcja charytatywna',
        ],
        [
            '-23 komentarze',
            '-sosjerka_88: Najlepszy dzień w roku, homar zasłużył',
            '-Krysia z Zarzecza: Szkoda, że mżyło, ale dzieci były zachwycone',
            '-Marek W.: Co za marnowanie sosu, kiedy ludzie ledwo wiążą koniec z końcem',
            '-↳ Kurier Sosikowski: Panie Marku, to były same resztki, które potem trafiły do biogazowni.',
        ],
        [
            '-Obserwuj Kurier na Facebooku i Instagramie',
            '-© 2026 Kurier Sosikowski · Kontakt · Polityka prywatności · Regulamin',
        ],
    ]),
    _page('pl', 'pl-blog-kaszanka-w-locie-pierwszy-rzut-kaszanka', [
        [
            '-Kaszanka w Locie – dziewczyna z Małopolski próbuje wszystkiego',
            '-Start · O mnie · Wyzwania · Przepisy · Kontakt',
        ],
        [
            '-Czas czytania: 5 minut',
            '+Mój pierwszy rzut kaszanką (i dlaczego tam wrócę)',
            '-Opublikowano 16 czerwca 2026 przez Kasię · 6 komentarzy',
            '-Ten wpis zawiera linki afiliacyjne; mogę dostać niewielką prowizję.',
        ],
        [
            '-Spis treści: 1. Zapisy 2. Dzień rzutów 3. Za rok',
            ('+W zeszłą niedzielę wreszcie zapisałam się na rzut kaszanką na festynie w Wieliczce, po dwóch latach '
             'kibicowania spod namiotu z piwem.'),
            ('+Każdy zawodnik dostaje trzy kaszanki w rajstopach i musi nimi strącić drożdżówki z półki na wysokości '
             'sześciu metrów.'),
            '-Moje trzy kaszanki w rajstopach, gotowe do lotu',
        ],
        [
            '+Przed pierwszym rzutem sędzia powiedział mi: – Od dołu, spokojnie, kaszanka leci tam, gdzie patrzą oczy.',
            '-Antypoślizgowe rękawice ogrodowe, w których rzucałam, kupicie na Allegro',
        ],
        [
            '+Moja niedziela rzut po rzucie',
            '-W trakcie rzutu, z językiem na wierzchu i oczami na półce',
            '+Odbiór trzech kaszanek o 11.00',
            '+Dwa pierwsze rzuty, oba za krótkie, o 12.15',
            '+Ostatni rzut i dwie drożdżówki strącone o 14.40',
        ],
        [
            '+Dwie drożdżówki dały mi dziewiąte miejsce na 37, a wygrał emerytowany mleczarz z siedmioma.',
            '-Udostępnij wpis: Facebook · Pinterest · WhatsApp',
            '+Za rok trenuję z siatką pomarańczy i sznurem do bielizny, a siostra obiecała, że też się zapisze.',
            '-Do następnego szalonego wyzwania, Kasia',
        ],
        [
            '-Moje ręcznie haftowane ściereczki z kaszanką znajdziecie w moim sklepie na Etsy',
            '-Zapisz się na powiadomienia e-mail, by nie przegapić wpisu',
        ],
        [
            '-Wasze komentarze (6)',
            '-Ola z Bochni: Dziewiąta na 37 za pierwszym razem to super wynik!',
            '-Ciocia Basia: Dziadek byłby z ciebie taki dumny, kochanie',
            '-↳ Kasia: Dziękuję wam obu – Ola, widzimy się pod półką za rok!',
            '-↳ Ola z Bochni: Wchodzę w to, już ćwiczę',
        ],
        [
            '-Może Cię zainteresować: Mój pierwszy wyścig serów · Nurkowanie w bagnie, nigdy więcej',
            '-© 2026 Kaszanka w Locie · Motyw: Astra · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-podlivsk-borba-v-podlivke', [
        [
            '-Новости · Спорт · Афиша · Экономика · Некрологи',
            '-«Подливский вестник» — газета нашего района с 1931 года',
            '+Водитель мусоровоза выиграл 14-й чемпионат Подливска по борьбе в подливке',
        ],
        [
            ('+34-летний водитель мусоровоза стал победителем 14-го чемпионата Подливска по борьбе в подливке, '
             'проведя три схватки в надувном бассейне с тёплой мясной подливкой.'),
            '-Ирина Соусникова · воскресенье, 14 июня 2026, 18:20',
            '-Время чтения: 3 мин',
            '-Поделиться: ВК · Telegram · WhatsApp',
        ],
        [
            '-Геннадий Соусоваров в костюме омара прижимает соперника в финале (фото: «Вестник»)',
            '+В субботу на стадионе выступили двадцать четыре ряженых борца, за ними наблюдали более 1200 зрителей.',
            '-Читайте также: шахматный клуб открыл новый зал на площади',
        ],
        [
            '-Реклама',
            ('+«Дело не в силе. Держитесь пониже, улыбайтесь и ни в коем случае не открывайте рот», — сказала '
             'организатор Зинаида Подливайкина.'),
            '-Партнёрский материал: почему жители района переходят на тепловые насосы',
        ],
        [
            '+Как прошёл день',
            '+Парад костюмов и взвешивание в 12:00',
            '-Подпишитесь на бесплатную утреннюю рассылку «Вестника»',
            '+Первые схватки с 13:00',
            '+Финал и награждение в 16:30',
            '-Видео: финал целиком (2:48)',
        ],
        [
            ('+Очки дают за борьбу, костюм и зрелищность, и в финале Геннадий Соусоваров победил прошлогоднюю '
             'чемпионку, повариху школьной столовой.'),
            '-Самое читаемое: объездную закрыли ещё на неделю · На рынке появились новые ряды',
            ('+2000 литров подливки из остатков, переданных кафе, потом отправили на биогазовую установку, а на '
             'санавиацию собрали 56 тысяч рублей.'),
            '-Теги: борьба в подливке, Подливск, благотворительность',
        ],
        [
            '-23 комментария',
            '-подливочка_77: Лучший день года, омар заслужил победу',
            '-Тётя Валя: Жаль, что моросило, но детям очень понравилось',
            '-Виктор П.: Сколько подливки извели, а люди еле сводят концы с концами',
            '-↳ «Подливский вестник»: Виктор, это были только остатки, потом их отправили на биогаз.',
        ],
        [
            '-Подписывайтесь на «Вестник» во ВКонтакте и в Telegram',
            '-© 2026 «Подливский вестник» · Контакты · Конфиденциальность · Правила',
        ],
    ]),
    _page('ru', 'ru-blog-letyashchaya-krovyanka-pervyi-brosok-krovyanki', [
        [
            '-Летящая кровянка — девушка с Вологодчины пробует всё',
            '-Главная · Обо мне · Испытания · Рецепты · Контакты',
        ],
        [
            '-5 минут на прочтение',
            '+Мой первый бросок кровяной колбасы (и почему я вернусь)',
            '-Опубликовано 16 июня 2026 · Даша · 6 комментариев',
            '-В посте есть партнёрские ссылки, я могу получить небольшую комиссию.',
        ],
        [
            '-Содержание: 1. Запись 2. День бросков 3. В следующем году',
            ('+В прошлое воскресенье я наконец записалась на метание кровяной колбасы на ярмарке в Вологде, после '
             'двух лет болельщицей у пивной палатки.'),
            ('+Каждый участник получает три кровяные колбасы в капроновых колготках и должен сбить ими булочки с '
             'полки на высоте шести метров.'),
            '-Мои три колбасы в колготках, готовы к полёту',
        ],
        [
            '+Перед первым броском судья сказал мне: «Снизу, спокойно: колбаса летит туда, куда смотрят глаза».',
            '-Нескользящие садовые перчатки, в которых я бросала, есть на Ozon',
        ],
        [
            '+Моё воскресенье бросок за броском',
            '-В момент броска: язык наружу, глаза на полке',
            '+Получение трёх колбас в 11:00',
            '+Первые два броска, оба недолёт, в 12:15',
            '+Последний бросок и две сбитые булочки в 14:40',
        ],
        [
            '+Две булочки дали мне девятое место из 37, а победил пенсионер-молочник с семью.',
            '-Поделиться постом: ВКонтакте · Telegram · WhatsApp',
            '+В следующем году тренируюсь с сеткой апельсинов и бельевой верёвкой, а сестра обещала тоже записаться.',
            '-До следующего безумного испытания, ваша Даша',
        ],
        [
            '-Мои полотенца с вышитой кровянкой можно купить на Ярмарке Мастеров',
            '-Подпишитесь на рассылку, чтобы не пропустить новые посты',
        ],
        [
            '-Ваши комментарии (6)',
            '-Оля из Череповца: Девятая из 37 в первый раз — это здорово!',
            '-Тётя Галя: Дедушка бы тобой так гордился, солнышко',
            '-↳ Даша: Спасибо вам обеим — Оля, увидимся под полкой в следующем году!',
            '-↳ Оля из Череповца: Я в деле, уже тренируюсь',
        ],
        [
            '-Вам может понравиться: Моя первая сырная гонка · Болотный сноркелинг, больше никогда',
            '-© 2026 Летящая кровянка · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Nagranie z CDA zostało usunięte na żądanie właściciela praw autorskich.':
        ('a Polish CDA clip removed at the copyright holder\'s request ("Nagranie z CDA zostało usunięte na żądanie '
         'właściciela praw autorskich.") is left in the body'),
    'Аудиозапись Яндекс Музыки недоступна без подписки Плюс.':
        ('a Russian Yandex Music (Яндекс Музыка) track not available without a Plus subscription ("Аудиозапись '
         'Яндекс Музыки недоступна без подписки Плюс.") is left in the body'),
    'Materiał zawiera lokowanie produktu.':
        'a Polish product-placement note ("Materiał zawiera lokowanie produktu.") is left in the body',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-sloppingdale-gravy-wrestling-championship':
        ('the English gravy-wrestling news report keeps the masthead with its tagline between the menu and the'
         ' title ("The Sloppingdale Echo – serving the Calder Valley since 1871") and the sponsored headline '
         'under the paragraph with the quote ("Sponsored: Why Calder Valley homeowners are switching to heat '
         'pumps") (2 of 20 noise lines); no article line is lost'),
    'en-blog-pudding-in-flight-first-black-pudding-throw':
        ("the English black-pudding-throwing blog post keeps the opening photo's caption under the second "
         'paragraph ("My three puddings in their tights, ready to go") and the action photo\'s caption between '
         'the subheading and the first row ("Mid-throw, tongue out, eyes on the ledge") (2 of 20 noise lines);'
         ' no article line is lost'),
    'fr-portail-saucemoulin-lutte-dans-la-sauce':
        ('the French gravy-wrestling news report keeps the masthead with its tagline between the menu and the title '
         '("L\'Écho de Saucemoulin – l\'info de la vallée depuis 1903") (1 of 20 noise lines); no article line is '
         'lost'),
    'fr-blog-boudin-volant-premier-lancer-de-boudin':
        ("the French black-pudding-throwing blog post keeps the opening photo's caption under the second "
         'paragraph ("Mes trois boudins dans leur collant, prêts à partir"), the affiliate link to the '
         'author\'s gardening gloves under the paragraph with the quote ("Les gants de jardinage qui accrochent'
         ' bien sont sur Amazon") and the action photo\'s caption between the subheading and the first row ("En'
         ' plein lancer, la langue tirée, les yeux sur la planche") (3 of 20 noise lines); no article line is '
         'lost'),
    'de-portal-sossenbrunn-sossenringen':
        ('the German gravy-wrestling news report keeps the masthead with its tagline between the menu and the title '
         '("Soßenbrunner Tagblatt – Ihre Heimatzeitung seit 1889") (1 of 20 noise lines); no article line is lost'),
    'de-blog-wurstwerferin-erstes-blutwurstwerfen':
        ("the German black-pudding-throwing blog post keeps the opening photo's caption under the second "
         'paragraph ("Meine drei Würste in ihrer Strumpfhose, bereit zum Abflug"), the affiliate link to the '
         'author\'s gardening gloves under the paragraph with the quote ("Die griffigen Gartenhandschuhe, mit '
         'denen ich geworfen habe, gibt es bei Amazon") and the action photo\'s caption between the subheading '
         'and the first row ("Mitten im Wurf, Zunge raus, Augen auf dem Brett") (3 of 20 noise lines); no '
         'article line is lost'),
    'it-portale-castelsugo-lotta-nel-sugo':
        ('the Italian gravy-wrestling news report keeps the masthead with its tagline between the menu and the title '
         '("La Voce di Castelsugo – il giornale della valle dal 1921") (1 of 20 noise lines); no article line is lost'),
    'it-blog-sanguinaccio-volante-primo-lancio-del-sanguinaccio':
        ("the Italian black-pudding-throwing blog post keeps the opening photo's caption under the second "
         'paragraph ("I miei tre sanguinacci nel loro collant, pronti a partire"), the affiliate link to the '
         'author\'s gardening gloves under the paragraph with the quote ("I guanti da giardinaggio antiscivolo '
         'con cui ho lanciato sono su Amazon") and the action photo\'s caption between the subheading and the '
         'first row ("In pieno lancio, con la lingua fuori e gli occhi sulla mensola") (3 of 20 noise lines); '
         'no article line is lost'),
    'pl-portal-sosikowo-zapasy-w-sosie':
        ('the Polish gravy-wrestling news report keeps the masthead with its tagline between the menu and the title '
         '("Kurier Sosikowski – gazeta ziemi sosikowskiej od 1957 roku") (1 of 20 noise lines); no article line is '
         'lost'),
    'pl-blog-kaszanka-w-locie-pierwszy-rzut-kaszanka':
        ("the Polish black-pudding-throwing blog post keeps the opening photo's caption under the second "
         'paragraph ("Moje trzy kaszanki w rajstopach, gotowe do lotu") and the action photo\'s caption between'
         ' the subheading and the first row ("W trakcie rzutu, z językiem na wierzchu i oczami na półce") (2 '
         'of 20 noise lines); no article line is lost'),
    'ru-portal-podlivsk-borba-v-podlivke':
        ('the Russian gravy-wrestling news report keeps the masthead with its tagline between the menu and the'
         ' title ("«Подливский вестник» — газета нашего района с 1931 года") (1 of 20 noise lines); no article'
         ' line is lost'),
    'ru-blog-letyashchaya-krovyanka-pervyi-brosok-krovyanki':
        ("the Russian black-pudding-throwing blog post keeps the opening photo's caption under the second "
         'paragraph ("Мои три колбасы в колготках, готовы к полёту") and the action photo\'s caption between '
         'the subheading and the first row ("В момент броска: язык наружу, глаза на полке") (2 of 20 noise '
         'lines); no article line is lost'),
}

test_held_out_239_line, test_held_out_239_line_is_kept, test_held_out_239_page = held_out_tests(
    HELD_OUT_239_LINES, HELD_OUT_239_KEEP, HELD_OUT_239_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
