"""Held-out set 207: written blind, weighted toward the noise the cleaner exists for, in shapes set 206's docstring does
not name (nor the first paragraphs of sets 203, 204 and 205): scraper, embed and ad markers (an English Issuu
publication unpublished by its owner "This Issuu publication has been unpublished by its owner and can no longer be
viewed.", an English private SoundCloud track that needs the secret link "This SoundCloud track is private – only
listeners with the secret link can play it.", an English bracketed Typeform placeholder waiting for functional cookies
"[Embedded Typeform survey – accept functional cookies to load this form]", a French Acast podcast that is down for the
moment "Le podcast Acast intégré est momentanément indisponible, veuillez réessayer plus tard.", a German ARD Mediathek
item geo-blocked to Germany for legal reasons "Der ARD-Mediathek-Beitrag ist aus rechtlichen Gründen nur in Deutschland
abrufbar.", an Italian OpenStreetMap map whose tile server does not answer "La mappa di OpenStreetMap non si è caricata:
il server delle mappe non risponde.", a Polish YouTube video whose owner switched off playback on other sites "Wideo z
YouTube'a jest niedostępne – właściciel wyłączył odtwarzanie na innych stronach." and a Russian Telegram-channel post of
a channel gone private "Публикация из Telegram-канала недоступна: канал стал приватным."); reading-time headers in new
wordings (the English read-time label "Read time: 5 min", a blog's you'll-need-about line that points to the recipe card
"You'll need about 9 minutes to read this post – the recipe card is at the bottom", the French this-article-reads-in
line "Cet article se lit en 5 minutes", the German abbreviated minutes-first label "5 Min. Lesezeit", the Italian
it-reads-in line "Si legge in 5 minuti", the Polish reading-time label with "ok." "Czas czytania: ok. 5 minut" and the
Russian it-reads-in line "Читается за 5 минут"); bylines and self-promotion (an English byline with a pipe and the
writer's title "By Tabitha Quenningworth | Senior Reporter", an English blog's written-by byline with the writer's
self-description "Written by Hattie Brindlecrake, recipe developer and mum of three", a French a-report-by byline "Un
reportage de Gaëtan Pomeroux" and an Italian edited-by byline "A cura di Ludovica Sgombrini", all at the head, and at
the foot an English Folksy pie-dishes plug "My handmade enamel pie dishes are on Folksy, posted out every Friday.", a
German Etsy rolling-pins plug with Deutsche Post shipping "Meine gedrechselten Nudelhölzer verkaufe ich auf Etsy,
Versand per Deutsche Post.", a Polish Etsy aprons plug with InPost shipping "Moje lniane fartuchy kupicie na Etsy –
wysyłka InPostem." and a Russian Wildberries aprons plug "Мои льняные фартуки можно купить на Wildberries, доставка по
всей России."); blog and site footers (an English Hugo, PaperMod and Netlify credit "Built with Hugo · Theme: PaperMod ·
Hosted on Netlify", an English membership line of a community-news network "This newspaper is a member of the
Independent Community News Network.", the English Blogger credit with its theme-images line "Powered by Blogger · Theme
images by Michael Elkan", a French o2switch hosting credit with the legal notice and the cookie settings "Site hébergé
par o2switch · Mentions légales · Gestion des cookies", a German imprint row ending in a Jimdo credit "Impressum ·
Datenschutz · Cookie-Einstellungen · Made with Jimdo", an Italian Aruba.it hosting credit with the privacy and cookie
policies "Sito ospitato da Aruba.it · Informativa privacy · Cookie policy", a Polish WebWave site-builder credit with
the terms and the cookie policy "Strona stworzona w kreatorze WebWave · Regulamin · Polityka cookies" and a Russian
1C-Bitrix credit with the site map and a feedback link "Работает на «1С-Битрикс» · Карта сайта · Обратная связь");
reader-comment furniture (the English WordPress reply-form heading run together with its cancel link "Leave a Reply
Cancel reply", an English reply-flag-permalink row "Reply · Flag as inappropriate · Permalink", an English be-the-first
prompt "Be the first to share your thoughts on this story!", the French WordPress comment-form note on the e-mail
address and the required fields "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec
*", a German comments-closed-after-48-hours line "Die Kommentarfunktion für diesen Artikel wurde nach 48 Stunden
geschlossen.", an Italian comment-removed-by-the-editors line "Questo commento è stato rimosso dalla redazione perché
violava il regolamento.", a Polish comment-hidden-after-down-votes line "Komentarz został ukryty, ponieważ otrzymał zbyt
wiele negatywnych ocen." and a Russian log-in-with-VK-or-Yandex-ID prompt "Чтобы оставить комментарий, войдите через
ВКонтакте или Яндекс ID."); share rows (an English share-with-your-group-chat row with Signal "Share this story with
your group chat: WhatsApp · Signal · Copy link", a French share-the-article-by row with SMS "Partager l'article par :
SMS · Messenger · Pinterest" and a Polish share-the-recipe row "Podziel się przepisem: Pinterest · Facebook · Wyślij
e-mailem"); and notices (a German machine-translation note "Dieser Text wurde mithilfe von KI übersetzt und von der
Redaktion geprüft." and a Russian article-updated note "Статья была обновлена 14 июня: уточнено время начала турнира.",
both in the body, and an Italian reports-and-corrections note "Per segnalazioni e rettifiche scrivete alla redazione
tramite il modulo contatti." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 206's
docstring does not describe (on the six portal pages, in nine blocks, a skip-to-main-content link, the masthead with its
tagline and the section menu in a block of three at the very top, the skip link first; the title alone in a block of
one; the byline with the date in one line, the reading time and a share row alone in a block of three under it; the
first and second paragraphs in a block of four with the lead photo's caption and its credit (a line of its own) between
them; an ad label and a sponsored headline above the paragraph with the quote, in its block (a block of three, the
paragraph last); the subheading and the three rows with a read-also link between the second and third rows, inside the
list block (a block of five); the two last paragraphs in a block of three with a newsletter prompt between them; a
thread of five lines alone in a block (a comment count, a comment, the desk's arrowed reply, a second reader's comment
and a third reader's arrowed reply to it); and at the foot a follow-us prompt, a links row and the publisher's copyright
line in a block of three; on the six blog pages, in nine blocks, the blog name with its tagline and the menu in a block
of two at the very top; the title alone in a block of one; the posted-on-by line, the reading time and an
affiliate-links disclosure alone in a block of three; the first and second paragraphs in a block of five with a table of
contents (its heading and two numbered entries) between them; the paragraph with the quote in the middle of a block of
three, between the photo caption above it and a pin-it share row below it; the subheading and the three rows with an
affiliate shop link between the subheading and the first row, inside the list block (a block of five); the two last
paragraphs in a block of three with an ad label between them; a thread of five lines alone in a block (a comments
heading with its count quoting the post's title, a comment, the author's arrowed reply, a second reader's comment and a
third reader's arrowed reply to it); and at the foot a plug for the author's classes, workshops or courses, the author's
copyright line and a platform-and-theme credit in a block of three), taken from local news of the kinds the brief names
(a pumpkin regatta on the river, an apple bobbing contest at the harvest fair, a duck herding show at a farm, a sardine
grilling festival on the harbour, a hill race up the village's hill and a lawn bowls tournament in the park) and from
blogs about kedgeree, a quiche lorraine, shortbread, a saffron risotto, bigos and pirozhki with cabbage.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 206 but what is named here), held-out set 208 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 206 up to (not including) its paragraph starting "Measured after round 133" (what was printed
ends with its Baseline paragraph), its import lines and its tail from the ``_LINE_XFAIL`` assignment on (found with
``ast`` as the module-level assignment node, not by a string search), and the first paragraphs of the docstrings of sets
203, 204 and 205, printed with one ast script (/tmp/s207scratch/readallowed.py, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py),
printed with ``inspect.getsource`` (/tmp/s207scratch/insp.py, with SPINSCOPE_DATA=/work/shared/data and
/tmp/wt-set207/src and /tmp/wt-set207/tests on sys.path); and ``FIXTURES``, printed as its dict value. All of these were
read in the worktree /tmp/wt-set207 (at the brief's commit). The English fixture file itself was not opened. The import
lines and the line binding the three tests follow set 206's as printed, with 206 -> 207; /tmp/s207scratch/gen207.py
writes this file from scratch files (data207.py with the noise and keep lines, pages207.py with the pages, doc_src.txt
with this docstring and, after the measurement, tables207.py with the xfail tables). Nothing else was copied from any
file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s207, detached at commit
bb03d4ae1fc7a55cec6e9f92e773f0c5aeea3e74, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 08:01:43 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
8e91bcef2f5b8d62bd058d65ab13f67fc5601091 (main, older than the brief's commit); both worktrees were made at
bb03d4ae1fc7a55cec6e9f92e773f0c5aeea3e74 with ``git worktree add`` (output to /dev/null), and ``git rev-parse HEAD`` in
each printed that commit; /work/main was not touched afterwards. To see that the worktrees were made I listed their
top-level names (``ls``, not the tests/ folder), and a one-line ``python3 -c "import spinscope"`` (no path set) failed
with ModuleNotFoundError; nothing was cleaned. (2) readallowed.py printed set 206's docstring paragraphs up to the one
starting "Measured after round 133" (the printed part ends with its Baseline paragraph), set 206's import lines, its
tail from the line of the module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 203,
204 and 205. Its first run printed to the terminal, which the tool cut in the middle (it showed the start, up to inside
set 204's first paragraph, and the end, from inside set 206's "Slips and notes" paragraph on, all allowed parts); the
second run went to /tmp/s207scratch/allowed.txt (497 lines, all of them allowed parts), of which I paged lines 125 to
345 with ``sed`` (in three pieces); nothing else of any set file was printed. (3) insp.py ran without an install: the
project's dependencies were already importable in this Python (3.11.7), so the brief's ``pip install`` was not needed
and not run; its first run was piped through ``tail -5`` (showing the end of ``page_from_blocks`` and ``FIXTURES``), its
second printed all of it. It imports test_clean, which loads the cleaner's modules, but nothing was cleaned before the
measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the read
docstrings name, by eye, and kept away from them: no embed service named there is used for a held-out marker (Issuu,
SoundCloud, Typeform, Acast, ARD Mediathek, OpenStreetMap, YouTube and Telegram are not named there), and the failures
are of kinds not named there (an unpublished publication, a private track behind a secret link, functional cookies, a
temporary outage, a legal geo-block, a tile server that does not answer, playback switched off on other sites, a channel
gone private); the reading times avoid the phrasings named there; the bylines are of new shapes (by ... with a pipe and
a title, written by ... with a self-description, un reportage de, a cura di) and the plugs name marketplaces or shipping
not named there (Folksy, Etsy with Deutsche Post, Etsy with InPost, Wildberries); the footers use builders, hosts and
legal lines not named there (Hugo with PaperMod and Netlify, a community-news network membership, Blogger, o2switch,
Jimdo, Aruba.it, WebWave, 1C-Bitrix); the comment lines, share rows and notices are of kinds not named there. Set 206's
xfail table quotes page lines of its blogs (photo captions, a recipe-continues ad line and a Russian affiliate
disclosure); the captions, ad labels and the Russian disclosure here are worded otherwise. The page furniture
(mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from
those of sets 203 to 206 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use. No hits: Quenningworth, Brindlecrake, Pomeroux, Sgombrini,
Oxlebury, "Oxlebury Clarion", "River Oxle", Wetherspindle, Gourdwicke, "Kippers & Kettles", Pommerolles, Brugelard,
"Tablier de Bérangère", Erpelsried, "Erpelsrieder Anzeiger" (checked, then not used), "Erpelsrieder Kurier",
Schnattereder, Hubrigl, "Almuts Butterdose", Portosardello, "Faro di Portosardello", Spinasardi, Acciugaro, "Pentola di
Ornella", Pagórkowo, "Echo Pagórkowa", Podbiegalska, Stromczyk, "Kapusta u Halinki", Кеглевск, "Кеглевские вести",
Шарокатов, Газонщиков and "Кухня у Агаши". Dropped for real hits: Loxmoor (a leisure centre in a test file),
Tillinghurst (a place-name list), Entenbrunn (inside "Entenbrunnen"), Watschelmann, Graticola (an Italian word and a
street), Marrowby, Лужайкин. Bloggers are given by first name only (Morwenna, Bérangère, Almut, Ornella, Halinka,
Агафья), winners and commenters by a first name, a first name with an initial or a place, or a handle, and were not
checked; "Pagórkowo Wielkie", "Pagórkowie Wielkim" and "Erpelsrieder" are formed from checked names; the Hubhof, Łysa
Górka, the Lipovy park and Zarechny are generic names and were not checked. Real services, platforms, shops, people
named in real credits (Michael Elkan of the Blogger theme) and places are named as real pages do. (6) A script
(/tmp/s207scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line (across all pages), that no held-out line repeats and that no line holds an
at-sign; its first run found the blogs' ad labels equal to the portals' ("Advertisement", "Publicité", "Werbung",
"Pubblicità", "Reklama", "Реклама") and the German and Italian ones inside the keep lines opening with "Werbung" and
"Pubblicità"; the labels were changed ("Report this ad", "Espace partenaire", "Anzeige" and "Gesponserter Inhalt",
"Annuncio pubblicitario" and "Spazio pubblicitario", "Materiał reklamowy", "Рекламный блок"), and since "Anzeige" sat
inside the German paper's name and its menu, the paper became the "Erpelsrieder Kurier" and its menu item a
"Marktplatz"; the second run found none. While writing I had already kept the ad labels out of the links rows (the
French "Annonceurs", the Russian "Рекламодателям"). gen207.py checks that no line of the file is over 120 columns and
that it holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data; the
counts by category, language and place, and the 10 article and 20 noise lines of each page, were checked with small
scripts. (7) The measurement was run once, as the brief gives it, in one shell call at 08:08:11 UTC by ``date``, with
the xfail tables empty and this docstring without its Baseline paragraph (a one-line placeholder stood there) and these
notes (7) and (8); pytest printed 13 failed, 64 passed and no XPASS, and the report is copied in the Baseline paragraph.
problems.py (/tmp/s207scratch, importing the copy in /tmp/wt-s207/tests with /tmp/wt-s207/src on the path) then printed
``_problems`` of each failing case: the seven lines and the six pages of the tables; every problem is a kept noise line
("kept boilerplate"), no article or keep line is lost and no problem of another kind (no unreported removal, no range or
offset problem) was printed. The tables were written from that output (tables207.py, written into this file by
gen207.py); the final file was checked again with the pytest command in /tmp/wt-s207 (see the Baseline paragraph). (8)
Clock: ``date`` printed 08:01:43 at the start, 08:08:11 at the measurement and 08:08:49 when the tables were written;
the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from the local reports that open with or hold a noise-like word
("Shares in the ferry company were handed out ...", "Reply slips for next year's regatta ...", "Printed programmes ran
out by noon, ...", "Subscribing members of the rowing club ...", "Liked by nearly everyone on the towpath, ...", "Follow
the river path past the lock ...", "Copyright of the regatta's painted poster ...", "Commentant la victoire de sa fille,
...", "Partager le podium avec son grand-père ...", "Abonnés au marché depuis vingt ans, ...", "Abonnenten des
Gemeindeblatts ...", "Werbung für die Schau machte ...", "Gelesen hatte die Jury das Regelwerk ...", "Condividendo la
griglia ...", "Pubblicità non ne è servita: ...", "Commenti entusiasti ...", "Udostępnienie łąki przez sołtysa ...",
"Obserwując zawodników z okna, ...", "Подписавшись на турнир ..." and "Комментируя игру, ..."): each is a full sentence
with a subject, a verb and a fact of a local story, so article ("Follow the river path ..." opens like a follow-us
prompt but gives directions that the marshals spoke; "Reply slips ..." are paper forms of the regatta, not a comment
link; "Gelesen hatte ..." opens like a reading label but says the jury read the rules). Borderline categories: the plugs
(Folksy, Etsy twice, Wildberries) are bylines and self-promotion, at the foot, since they sell the author's wares in the
author's voice; the Italian edited-by line is a byline; the community-news-network line and the Blogger theme-images
line are footers (they speak of the publisher or the site, not of the article); "Leave a Reply Cancel reply" and the
French e-mail-and-required-fields note are comment furniture (they belong to the comment form); the reply-flag-permalink
row is comment furniture, not a share row; the German machine-translation note and the Russian article-updated note are
notices in the body (both speak of the article they sit in), and the Italian reports-and-corrections note is a notice at
the foot (it tells readers how to reach the desk about this piece). On every page the title, the three paragraphs before
the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (skip links, mastheads with taglines, menus, ad labels, sponsored headlines, bylines with dates, reading
times, share rows, captions and credits, read-also links, newsletter and follow prompts, comment counts and headings,
comments and replies, links rows, copyright lines, blog names, posted-on lines, affiliate disclosures, tables of
contents, pin-it rows, affiliate shop links, plugs and platform credits) is noise. The list rows (the regatta's, the
apple bobbing's, the herding show's, the sagra's, the hill race's and the tournament's rules, and what goes into the
kedgeree, the quiche, the shortbread, the risotto, the bigos and the pirozhki) are short but part of each article, so
article; the portals' photo credits ("Photo: Clarion staff" and the like) are noise though they sit between the first
and second paragraphs; the blogs' tables of contents are noise though they sit between the first and second paragraphs;
the portals' read-also links are noise though they sit between the second and third list rows; the blogs' affiliate shop
links are noise though they sit between the subheading and the first row; the ad labels between the blogs' two last
paragraphs are noise; the comment headings quote the post's title but are noise; the arrowed replies are comment
furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and an Italian one), body 10 (the eight markers and two
notices: German and Russian), tail 24 (four plugs: an English, a German, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Italian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-oxlebury-pumpkin-regatta (23 crews
paddle hollowed-out giant pumpkins down the River Oxle), en-blog-kippers-and-kettles-kedgeree (a grandad's smoky
kedgeree with soft-boiled eggs), fr-portail-pommerolles-peche-aux-pommes (41 bobbers and an eleven-year-old's record of
seven apples at the harvest fair), fr-blog-tablier-de-berangere-quiche (a grandmother's quiche lorraine without cheese),
de-portal-erpelsried-entenhueten (twelve sheepdogs herd 60 runner ducks at a farm's herding show),
de-blog-almuts-butterdose-shortbread (a three-ingredient Scottish shortbread),
it-portale-portosardello-sagra-della-sardina (four quintals of sardines grilled on the harbour mole at the twentieth
sagra), it-blog-pentola-di-ornella-risotto-zafferano (a grandmother's saffron risotto from Milan),
pl-portal-pagorkowo-bieg-na-wzgorze (87 runners race up the hill above the village), pl-blog-kapusta-u-halinki-bigos (a
hunter's bigos cooked over three days), ru-portal-keglevsk-turnir-po-boulzu (sixteen teams at the town's first lawn
bowls tournament in the park) and ru-blog-kukhnya-u-agashi-pirozhki (a grandmother's pirozhki with cabbage), each with a
reader comment thread.

Baseline (2026-12-07, cleaner at commit bb03d4ae1fc7a55cec6e9f92e773f0c5aeea3e74, measured with ``cd /tmp/wt-s207 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s207/src python -m pytest -q tests/test_clean_held_out_207.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s207 && PYTHONPATH=/tmp/wt-s207/src python
scripts/clean_held_out_report.py --sets 207``, with the xfail tables empty, at 08:08:11 UTC by ``date``): noise lines
removed 38/45 (marker 4/8, reading-time 6/7, byline 8/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Issuu, SoundCloud and
bracketed Typeform lines and the Russian Telegram-channel line), one reading time at the head (the English blog's
you'll-need-about line), one comment line at the foot (the Polish comment-hidden-after-down-votes line) and one notice
in the body (the Russian article-updated note); the French Acast, German ARD Mediathek, Italian OpenStreetMap and Polish
YouTube markers, the other six reading times, all four head bylines and all four plugs, all eight footers, the other
seven comment lines, every share row, the German machine-translation note and the Italian reports-and-corrections note
went); keep lines kept 20/20; pages 6/12 clean (the six portal pages), 16 of 240 page noise lines left and 0 of 120
article lines lost. Left on the blog pages: the photo caption above the paragraph with the quote on all six; besides,
the affiliate shop link between the subheading and the first row on the English kedgeree, French quiche and Italian
risotto blogs, the pin-it row below the quote on the German shortbread blog and the table of contents (its heading and
two entries) between the first and second paragraphs on the Italian risotto and Russian pirozhki blogs: the English
kedgeree, French quiche and German shortbread blogs keep 2 lines each, the Italian risotto blog 5, the Polish bigos blog
1 (just the caption) and the Russian pirozhki blog 4. No page and no keep line loses an article line. The failing cases
are strict xfails; with them the pytest command on the final file in /tmp/wt-s207 gave 64 passed, 13 xfailed, no XPASS.

Measured after round 134 (developed on sets 205 and 206 from 45be0e4, round 133 with the lead's mend, and merged into
main's d1d475e; measured on it blind by the lead with scripts/clean_held_out_report.py --sets 207 208 and this set's
pytest file, against this set's baseline at bb03d4a): nothing moved. Every blog keeps its photo caption over the
paragraph with the quote, the English, French and Italian blogs their affiliate shop link inside the list block, the
German blog its Pinterest save row, the Italian and Russian blogs their tables of contents; the Issuu, SoundCloud,
Typeform and Telegram markers, the English blog's reading time, the Polish hidden-comment line and the Russian updated-
article note are still missed. Noise lines 38 of 45, keep 20 of 20, pages clean 6 of 12, page noise lines left 16 of
240, article lines lost 0 of 120; the set's pytest file 64 passed, 13 xfailed, no XPASS.

Round 135 (development; this set was read in full from this round on): developed on sets 207 and 208 from e582a8c.
Fixed, each rule general in six languages with near misses in tests/test_clean.py (test_round_135_*): (1) embed
placeholders (whole_line_noise's "video embed" reading): _EMBED_NOUN gains the publication ("This Issuu publication
...", "Публикация из Telegram-канала ..."); _EMBED_STATE_ANY "can no longer be viewed" (and "ne peut plus être",
"kann nicht mehr ... werden", "nie może już zostać"); _EMBED_STATE_EVENT (taken with a placeholder's form only) the bare
"deleted", "removed", "unpublished" and the cookie consent the embed waits for ("accept functional cookies to load this
form"); _EMBED_STATE_PENDING "non è riproducibile"; _EMBED_PLACEHOLDER_FORM the object called embedded among the
subject's first words ("Das eingebettete Video aus der ARD-Mediathek ...", "Il video di RaiPlay incorporato ...") and
the secret link the reader would need, said with a modal ("only listeners with the secret link can play it");
_EMBED_NAMED_ANY the embedded opener after a determiner; _EMBED_NEWS_FRAME no longer reads "depuis votre pays" as a
time. (2) Reading times: the reader needing the minutes to read the post or "for this one" ("You'll need about 9
minutes to read this post – ...", "You'll need about nine minutes for this one, plus ..."), new entries of the
"reading time" reading. (3) The hidden comment: the bare noun with the verb right after it and the cause after a comma
("Komentarz został ukryty, ponieważ otrzymał zbyt wiele negatywnych ocen."). (4) Updated-article notes saying what was
updated (clean._WHAT_UPDATED, beside round 101's _TO_CORRECT, and in _is_editor_note after the page's noun): "Cet
article a été mis à jour le 14 juin à 18 h avec les résultats définitifs.", "Статья была обновлена 14 июня: уточнено
время начала турнира.". (5) The writer's favourite pointed to a shop at the line's end (clean._WRITERS_FAVOURITE in
_MY_PICK_ANY): "Shop my favourite basmati rice on Amazon", "Mon moule à tarte préféré est disponible sur Amazon", "Il
mio tegame per risotti preferito è su Amazon"; the German pin row with "jetzt" ("Jetzt auf Pinterest merken"; not with a full stop, round 132's near miss
"Jetzt auf Pinterest merken.", which the second full test run caught). (6) Blog
ends: the plug for the writer's own classes or workshops under the sign-off (page_blocks._is_writers_offer takes
_WORKSHOPS, which gains "classes" and German compounds in "-kurs"), so the sign-off and the plug go together
("Happy baking! Hattie x" / "Want to learn to make your own rough puff? My pastry classes ...", "Приятного аппетита!
Ваша Агния" / "Хотите научиться лепить вареники? Приглашаю на мои кулинарные мастер-классы в Самаре.", set 205's
German and Russian blogs too). (7) Tables of contents (clean._mark_tables_of_contents): "Inhaltsübersicht" counts
among the headers only a table has (set 205's German blog); the paragraph closing a table's block under a bare
contents word may be a short one, as under a table in its own block (_toc_over_paragraph_closing_block; set 205's
Russian blog); a table in a block of its own may have the rules' lines (a pin row) over the paragraph that opens the
next block (_toc_block_ends; set 208's Russian blog). Tried and reverted: the table right under the first paragraph
sharing its block with the second paragraph (set 207's Italian and Russian blogs) has the shape of round 101's near
miss ("Contents" / "1. A hammer" / "2. A lens" / "Both fit in the pocket of my coat, ..."), which the first full test
run lost (test_round_101_an_articles_numbered_list_under_a_paragraph_stays); those two tables are still missed. Not
done: photo captions (as the brief asks), the Italian portal's bare byline "Di Ermenegilda Pestavacca" (a line rule
would take the surname "Di"; a head reading was not attempted in time), set 205's sponsored headlines.
Other sets' xfails removed (XPASS): lines of sets 111 (a German you-need reading time), 125 (a classes plug), 144 (a
you'll-need reading time), 151 (a Podbean placeholder "unpublished by the podcaster"), 186 (an Italian you-will-need
reading time), 201 (a Polish hidden comment with its cause) and 203 (an Italian Flickr gallery "incorporata ...
rimossa"); pages of sets 102 (de-blog-wasserpestundwelse-einfahrphase) and 150 (de-blog-kuckucksgefluester-blasebalg,
whose photo caption goes with its "Jetzt auf Pinterest merken!" row as their block of two). Reasons reworded (fewer
lines kept, no article line lost): set 105's it-blog-acquagelata-nuoto-invernale (the affiliate favourite), set 114's
de-blog-leinenlosundwindig-drachen ("Inhaltsübersicht"), set 171's de-blog-kloetzchenswerkbank-palettenkasten (the pin
row), set 202's en-blog-lopsided-choux-eclairs (the sign-off and classes plug), set 205's
de-blog-schmortopf-tagebuch-gulasch and ru-blog-veranda-taisii-okroshka (the table, the sign-off and the plug); each
now keeps what its reason says.
Sets 10-208 in total (scripts/clean_held_out_report.py, before -> after): noise lines removed 8206 -> 8226 of 9031,
article lines kept 4007 -> 4007 of 4007, pages clean 1349 -> 1351 of 2374, page noise lines left 1962 -> 1926 of
49200, paragraphs lost 2 -> 2; no set's article lines kept dropped and no set's paragraphs lost rose. SemEval
(scripts/semeval_noise_diff.py): 0 changed files of 3723. Bench (benchmarks/bench_clean.py against e582a8c, CPU time,
run on the final code, the machine shared): ratio 1.01 (2.907 s against 2.865 s; 0.96 on the first version, beside
the test run). The cleaning test set (the brief's pytest command, 209
and 210 left out): 24759 passed, 1858 xfailed, no XPASS, in 11 min 35 s, on this code (the third run: the first lost round
101's near miss, the second round 132's; see above).
This set before -> after (scripts/clean_held_out_report.py --sets 207): noise lines 38 -> 45 of 45 (marker 4 -> 8 of
8, reading-time 6 -> 7 of 7, byline 8 of 8, footer 8 of 8, comments 7 -> 8 of 8, share 3 of 3, notice 2 -> 3 of 3),
keep 20 of 20, pages clean 6 -> 6 of 12, page noise lines left 16 -> 12 of 240, article lines lost 0 -> 0 of 120; the
set's pytest file 64 passed, 13 xfailed -> 71 passed, 6 xfailed, no XPASS (all seven line xfails removed). Reasons
reworded: the English kedgeree, French quiche and Italian risotto blogs (their affiliate shop link now goes) and the
German shortbread blog (its pin row now goes). Still missed: the six captions above the paragraph with the quote (left
alone, as the brief asks) and the Italian and Russian blogs' tables of contents between the first and second paragraphs
in their block (see above).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_207_LINES: list[tuple[str, str, str]] = [
    ("body", "This Issuu publication has been unpublished by its owner and can no longer be viewed.", "marker"),
    ("body", "This SoundCloud track is private – only listeners with the secret link can play it.", "marker"),
    ("body", "[Embedded Typeform survey – accept functional cookies to load this form]", "marker"),
    ("body", "Le podcast Acast intégré est momentanément indisponible, veuillez réessayer plus tard.", "marker"),
    ("body", "Der ARD-Mediathek-Beitrag ist aus rechtlichen Gründen nur in Deutschland abrufbar.", "marker"),
    ("body", "La mappa di OpenStreetMap non si è caricata: il server delle mappe non risponde.", "marker"),
    ("body", "Wideo z YouTube'a jest niedostępne – właściciel wyłączył odtwarzanie na innych stronach.", "marker"),
    ("body", "Публикация из Telegram-канала недоступна: канал стал приватным.", "marker"),
    ("head", "Read time: 5 min", "reading-time"),
    ("head", "You'll need about 9 minutes to read this post – the recipe card is at the bottom", "reading-time"),
    ("head", "Cet article se lit en 5 minutes", "reading-time"),
    ("head", "5 Min. Lesezeit", "reading-time"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("head", "Czas czytania: ok. 5 minut", "reading-time"),
    ("head", "Читается за 5 минут", "reading-time"),
    ("head", "By Tabitha Quenningworth | Senior Reporter", "byline"),
    ("head", "Written by Hattie Brindlecrake, recipe developer and mum of three", "byline"),
    ("head", "Un reportage de Gaëtan Pomeroux", "byline"),
    ("head", "A cura di Ludovica Sgombrini", "byline"),
    ("tail", "My handmade enamel pie dishes are on Folksy, posted out every Friday.", "byline"),
    ("tail", "Meine gedrechselten Nudelhölzer verkaufe ich auf Etsy, Versand per Deutsche Post.", "byline"),
    ("tail", "Moje lniane fartuchy kupicie na Etsy – wysyłka InPostem.", "byline"),
    ("tail", "Мои льняные фартуки можно купить на Wildberries, доставка по всей России.", "byline"),
    ("tail", "Built with Hugo · Theme: PaperMod · Hosted on Netlify", "footer"),
    ("tail", "This newspaper is a member of the Independent Community News Network.", "footer"),
    ("tail", "Powered by Blogger · Theme images by Michael Elkan", "footer"),
    ("tail", "Site hébergé par o2switch · Mentions légales · Gestion des cookies", "footer"),
    ("tail", "Impressum · Datenschutz · Cookie-Einstellungen · Made with Jimdo", "footer"),
    ("tail", "Sito ospitato da Aruba.it · Informativa privacy · Cookie policy", "footer"),
    ("tail", "Strona stworzona w kreatorze WebWave · Regulamin · Polityka cookies", "footer"),
    ("tail", "Работает на «1С-Битрикс» · Карта сайта · Обратная связь", "footer"),
    ("tail", "Leave a Reply Cancel reply", "comments"),
    ("tail", "Reply · Flag as inappropriate · Permalink", "comments"),
    ("tail", "Be the first to share your thoughts on this story!", "comments"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    ("tail", "Die Kommentarfunktion für diesen Artikel wurde nach 48 Stunden geschlossen.", "comments"),
    ("tail", "Questo commento è stato rimosso dalla redazione perché violava il regolamento.", "comments"),
    ("tail", "Komentarz został ukryty, ponieważ otrzymał zbyt wiele negatywnych ocen.", "comments"),
    ("tail", "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.", "comments"),
    ("tail", "Share this story with your group chat: WhatsApp · Signal · Copy link", "share"),
    ("tail", "Partager l'article par : SMS · Messenger · Pinterest", "share"),
    ("tail", "Podziel się przepisem: Pinterest · Facebook · Wyślij e-mailem", "share"),
    ("body", "Dieser Text wurde mithilfe von KI übersetzt und von der Redaktion geprüft.", "notice"),
    ("body", "Статья была обновлена 14 июня: уточнено время начала турнира.", "notice"),
    ("tail", "Per segnalazioni e rettifiche scrivete alla redazione tramite il modulo contatti.", "notice"),
]

HELD_OUT_207_KEEP: list[tuple[str, str]] = [
    ("head", ("Shares in the ferry company were handed out to every crew that finished the course, a tradition "
              "since 1986.")),
    ("head", ("Reply slips for next year's regatta must reach the rowing club by the end of October, the organisers "
              "said.")),
    ("body", "Printed programmes ran out by noon, so the commentator read the running order over the loudspeaker."),
    ("body", "Subscribing members of the rowing club paid nothing for their berths, while visitors paid £5 a boat."),
    ("tail", ("Liked by nearly everyone on the towpath, the winning pumpkin was later carved into a lantern for the "
              "harvest supper.")),
    ("tail", "Follow the river path past the lock and the judges' tent is on your left, the marshals told latecomers."),
    ("tail", ("Copyright of the regatta's painted poster was given to the parish by the artist, who asked only for "
              "a free lunch.")),
    ("head", "Commentant la victoire de sa fille, le maire a promis une pomme d'or en chocolat pour l'an prochain."),
    ("body", "Partager le podium avec son grand-père a ému la jeune gagnante, qui a plongé onze fois dans la bassine."),
    ("tail", ("Abonnés au marché depuis vingt ans, les arboriculteurs de la vallée ont fourni les 600 pommes du "
              "concours.")),
    ("head", "Abonnenten des Gemeindeblatts erhielten in diesem Jahr freien Eintritt zur Hüteschau auf dem Hof."),
    ("body", ("Werbung für die Schau machte vor allem der Hofhund, der die Enten jeden Morgen über die Dorfstraße "
              "trieb.")),
    ("tail", "Gelesen hatte die Jury das Regelwerk erst am Vorabend, räumte ihr Vorsitzender schmunzelnd ein."),
    ("head", "Condividendo la griglia con i pescatori del porto, i volontari hanno cotto due quintali di sardine."),
    ("body", "Pubblicità non ne è servita: la voce della sagra è corsa di barca in barca fin da giugno."),
    ("tail", "Commenti entusiasti sono arrivati anche dai turisti tedeschi, rimasti in piazza fino a mezzanotte."),
    ("head", "Udostępnienie łąki przez sołtysa pozwoliło wytyczyć trasę biegu prosto na szczyt wzgórza."),
    ("tail", "Obserwując zawodników z okna, najstarsza mieszkanka wsi kibicowała wnukowi aż do mety."),
    ("head", "Подписавшись на турнир в последний день, команда ветеранов дошла до финала."),
    ("tail", "Комментируя игру, судья отметил, что такой точности броска в парке не видели лет десять."),
]

HELD_OUT_207_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-oxlebury-pumpkin-regatta", [
        ["-Skip to main content",
         "-Oxlebury Clarion – News from the Weir and the Water Meadows since 1871",
         "-News · Sport · What's On · Property · Obituaries · Weather"],
        ["+Giant pumpkins take to the Oxle as 23 crews race in the first pumpkin regatta"],
        ["-By Ambrose Wetherspindle · Sunday 4 October 2026, 18:20",
         "-4 min read",
         "-Share on Facebook · Share on X · Share by WhatsApp"],
        [("+Twenty-three hollowed-out pumpkins, some weighing more than 300 kilograms, were paddled down the River "
          "Oxle on Sunday in the town's first pumpkin regatta."),
         "-Crews paddle their pumpkins past the weir at the start of the race.",
         "-Photo: Clarion staff",
         ("+The growers, most of them members of the allotment society, spent the week carving out the flesh and "
          "fitting a seat low enough to keep each shell upright.")],
        ["-Advertisement",
         "-Sponsored: The garden shed upgrade everyone on your street is talking about",
         ("+\"We had no idea whether a pumpkin would float with a grown man inside it, so we tested mine in the "
          "paddling pool first,\" said the winner, Dennis Gourdwicke, 67.")],
        ["+How the race was run",
         "+Each crew had to paddle 400 metres from the weir to the footbridge without leaving the pumpkin.",
         "+Paddles could be bought or borrowed, but the pumpkin had to be grown by the crew.",
         "-Read also: Allotment society wins lottery grant for new water tanks",
         "+Any crew that capsized could climb back in once, but a second capsize meant the end of the race."],
        [("+Mr Gourdwicke crossed the line in just under nine minutes, a length ahead of a father and daughter from "
          "the primary school."),
         "-Get the Clarion's free weekly newsletter every Friday morning – sign up now",
         ("+The allotment society plans to hold the regatta again next October and has asked growers to start "
          "sowing their seeds in April.")],
        ["-5 comments",
         "-Gill W., Oxlebury: Best afternoon on the river in years, well done to everyone who took part.",
         "-↳ Clarion newsdesk: Thanks Gill, there is a full photo gallery on our website tomorrow.",
         "-Oxle_Rower: Shame the footbridge was so crowded, half of us could not see the finish.",
         "-↳ Mandy T.: Stand on the lock gates next year, you get the best view from there."],
        ["-Follow the Clarion on Facebook and Instagram",
         "-About us · Contact · Advertise · Privacy · Terms",
         "-© 2026 Oxlebury Clarion Ltd. All rights reserved."],
    ]),
    _page("en", "en-blog-kippers-and-kettles-kedgeree", [
        ["-Kippers & Kettles – Cosy cooking from a Cornish kitchen",
         "-Home · Recipes · Breakfast · About me · Contact"],
        ["+My smoky kedgeree with soft-boiled eggs and a bit of curry"],
        ["-Posted on 12 March 2026 by Morwenna",
         "-8 minute read",
         "-This post contains affiliate links, which means I earn a small commission if you buy through them."],
        ["+Kedgeree was what my grandad made on Sunday mornings, and it still tastes like a day off to me.",
         "-Table of contents",
         "-1. Why smoked haddock",
         "-2. The rice",
         ("+The trick is to poach the haddock in the milk you will later use for the sauce, so none of the smoky "
          "flavour is wasted.")],
        ["-My kedgeree in grandad's old blue bowl.",
         ("+My grandad always said, \"If the rice is sticky, you have stirred it too much,\" and he was right every "
          "single time."),
         "-Pin it for later · Save to Pinterest"],
        ["+What you will need",
         "-Shop my favourite basmati rice on Amazon",
         "+300 g undyed smoked haddock and 400 ml whole milk",
         "+250 g basmati rice, two onions and a tablespoon of mild curry powder",
         "+Four eggs, a handful of parsley and a squeeze of lemon"],
        ["+Flake the fish into the rice at the very end and fold it in gently so the flakes stay big.",
         "-Report this ad",
         "+It keeps for a day in the fridge, but I have never once had any left over."],
        ["-4 comments on \"My smoky kedgeree with soft-boiled eggs and a bit of curry\"",
         "-Pauline from Truro: Made this for Easter brunch and the whole family asked for seconds.",
         "-↳ Morwenna: That makes me so happy, Pauline, thank you for coming back to tell me!",
         "-Dave R.: Could I use brown rice instead of basmati?",
         "-↳ Sue K.: I used brown rice last week, it just needs ten minutes longer."],
        ["-Morwenna's cookery classes in Penzance are booking now for the spring – details on the Classes page.",
         "-© 2026 Kippers & Kettles. All rights reserved.",
         "-Powered by WordPress · Theme: Kadence"],
    ]),
    _page("fr", "fr-portail-pommerolles-peche-aux-pommes", [
        ["-Aller au contenu principal",
         "-L'Écho de Pommerolles – Le journal de la vallée depuis 1924",
         "-Actualités · Sports · Agenda · Annonces · Météo"],
        ["+Fête des récoltes : 41 enfants et adultes se mesurent à la pêche aux pommes"],
        ["-Par Sidonie Brugelard · Publié le 27 septembre 2026 à 18h05",
         "-3 min de lecture",
         "-Partager : Facebook · X · WhatsApp"],
        [("+Quarante et un concurrents, de six à soixante-dix-huit ans, ont plongé la tête dans les bassines d'eau "
          "froide samedi après-midi, sur la place de la mairie."),
         "-Les bassines alignées devant la mairie avant le concours.",
         "-Photo : L'Écho de Pommerolles",
         ("+Le comité des fêtes avait rempli huit bassines avec des pommes du verger communal, cueillies le matin "
          "même par les bénévoles.")],
        ["-Publicité",
         "-Contenu sponsorisé : Ces maisons de village à rénover que tout le monde s'arrache",
         ("+« J'ai gardé les mains dans le dos comme mon grand-père me l'a appris, et la pomme a fini par se "
          "coincer contre le bord », a raconté la gagnante, Louna, 11 ans.")],
        ["+Le règlement du concours",
         "+Chaque concurrent dispose d'une minute pour attraper le plus de pommes possible.",
         "+Les mains restent attachées dans le dos par un ruban fourni par le comité.",
         "-À lire aussi : Le verger communal replanté de vingt pommiers anciens",
         "+En cas d'égalité, une dernière pomme départage les finalistes."],
        ["+Louna a attrapé sept pommes en une minute, un record pour la fête, devant son oncle qui en a pris six.",
         "-Recevez chaque matin notre lettre d'information gratuite : inscrivez-vous",
         ("+Le comité des fêtes promet de reconduire le concours l'an prochain, avec une catégorie réservée aux "
          "plus de soixante ans.")],
        ["-4 commentaires",
         "-Mireille B. : Quelle belle ambiance, bravo à tous les bénévoles !",
         "-↳ La rédaction : Merci Mireille, retrouvez toutes les photos dans notre galerie.",
         "-Jojo_du_verger : Dommage que les pommes soient si petites cette année, on les voyait à peine.",
         "-↳ Patrice L. : Justement, c'est ce qui rend le jeu difficile !"],
        ["-Suivez L'Écho de Pommerolles sur Facebook et Instagram",
         "-Mentions légales · Contact · Annonceurs · Confidentialité",
         "-© 2026 L'Écho de Pommerolles – Tous droits réservés"],
    ]),
    _page("fr", "fr-blog-tablier-de-berangere-quiche", [
        ["-Le Tablier de Bérangère – Cuisine de tous les jours, sans chichis",
         "-Accueil · Recettes · Tartes · À propos · Contact"],
        ["+Ma quiche lorraine comme chez ma grand-mère"],
        ["-Publié le 3 février 2026 par Bérangère",
         "-6 minutes de lecture",
         "-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission."],
        ["+La quiche, chez nous, c'était le plat du vendredi soir, quand personne n'avait envie de cuisiner longtemps.",
         "-Sommaire",
         "-1. La pâte brisée",
         "-2. L'appareil",
         "+Je fais toujours ma pâte brisée moi-même : elle ne demande que dix minutes et le résultat n'a rien à voir."],
        ["-Ma quiche tout juste sortie du four.",
         ("+Ma grand-mère répétait : « Une vraie quiche lorraine, c'est sans fromage », et je n'ai jamais osé la "
          "contredire."),
         "-Épinglez-la sur Pinterest"],
        ["+Les ingrédients",
         "-Mon moule à tarte préféré est disponible sur Amazon",
         "+Une pâte maison avec 250 g de farine et 125 g de beurre",
         "+200 g de lardons fumés",
         "+Trois œufs et 30 cl de crème fraîche épaisse"],
        ["+Faites cuire la quiche 35 minutes à 180 °C, jusqu'à ce que le dessus soit bien doré.",
         "-Espace partenaire",
         "+Elle se mange tiède, avec une salade verte, et se réchauffe très bien le lendemain."],
        ["-3 commentaires sur « Ma quiche lorraine comme chez ma grand-mère »",
         "-Annick : Testée hier soir, un régal, même mes enfants en ont repris.",
         "-↳ Bérangère : Merci Annick, ça me fait très plaisir !",
         "-Fred de Nancy : Sans fromage, enfin quelqu'un qui le dit !",
         "-↳ Claudine M. : Chez nous on met un peu de muscade, essayez."],
        ["-Mes ateliers de pâtisserie à Metz reprennent en mars : toutes les dates sur la page Ateliers.",
         "-© 2026 Le Tablier de Bérangère – Tous droits réservés",
         "-Propulsé par WordPress · Thème GeneratePress"],
    ]),
    _page("de", "de-portal-erpelsried-entenhueten", [
        ["-Zum Inhalt springen",
         "-Erpelsrieder Kurier – Ihre Heimatzeitung für das Moosachtal",
         "-Lokales · Sport · Vereine · Veranstaltungen · Marktplatz"],
        ["+Hüteschau auf dem Hubhof: Border Collies treiben 60 Laufenten durch den Parcours"],
        ["-Von Gerlinde Schnattereder · 13.09.2026, 17:40 Uhr",
         "-Lesedauer: 3 Minuten",
         "-Teilen: Facebook · WhatsApp · E-Mail"],
        [("+Rund 400 Besucher sind am Sonntag auf den Hubhof am Ortsrand von Erpelsried gekommen, um zwölf "
          "Hütehunden bei der Arbeit mit Laufenten zuzusehen."),
         "-Ein Border Collie treibt die Enten auf die Brücke zu.",
         "-Foto: Erpelsrieder Kurier",
         ("+Die Enten, eine Herde indischer Laufenten des Hofes, mussten über eine Holzbrücke, durch ein Tor und "
          "zuletzt in einen kleinen Pferch getrieben werden.")],
        ["-Anzeige",
         "-Gesponsert: Diese Gartenmöbel sind jetzt um die Hälfte reduziert",
         ("+„Enten sind viel schwieriger als Schafe, weil sie nie alle in dieselbe Richtung wollen“, sagte Schäfer "
          "Korbinian Hubrigl, der die Schau zum ersten Mal ausrichtete.")],
        ["+So lief der Wettbewerb",
         "+Jeder Hund hatte acht Minuten Zeit für den ganzen Parcours.",
         "+Der Hundeführer durfte nur pfeifen und rufen, aber den Pferch nicht betreten.",
         "-Lesen Sie auch: Neuer Dorfladen in Erpelsried öffnet im Oktober",
         "+Für jede Ente, die den Pferch verfehlte, gab es fünf Strafpunkte."],
        [("+Gewonnen hat die dreijährige Hündin Fini aus dem Nachbarort, die alle Enten in knapp sechs Minuten in "
          "den Pferch brachte."),
         "-Jetzt den kostenlosen Newsletter des Kuriers abonnieren",
         "+Der Hubhof will die Hüteschau im nächsten Sommer wiederholen und dann auch Gänse in den Parcours schicken."],
        ["-3 Kommentare",
         "-Resi aus Moosach: Ein herrlicher Nachmittag, die Enten waren die eigentlichen Stars.",
         "-↳ Redaktion: Danke, Resi! Eine Bildergalerie folgt morgen online.",
         "-Hundefreund_71: Schade, dass es keine Sitzplätze am Parcours gab.",
         "-↳ Michi K.: Nächstes Jahr einfach eine Decke mitbringen!"],
        ["-Folgen Sie dem Erpelsrieder Kurier auf Instagram",
         "-Impressum · Datenschutz · Kontakt · Mediadaten",
         "-© 2026 Erpelsrieder Kurier GmbH"],
    ]),
    _page("de", "de-blog-almuts-butterdose-shortbread", [
        ["-Almuts Butterdose – Backen mit viel Butter und wenig Aufwand",
         "-Start · Rezepte · Kekse · Über mich · Kontakt"],
        ["+Schottisches Shortbread mit nur drei Zutaten"],
        ["-Veröffentlicht am 20. November 2026 von Almut",
         "-Lesezeit: 5 Minuten",
         "-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber ein, bekomme ich eine kleine Provision."],
        ["+Shortbread habe ich zum ersten Mal in Edinburgh gegessen, in einem winzigen Café gleich hinter dem Bahnhof.",
         "-Inhaltsverzeichnis",
         "-1. Die richtige Butter",
         "-2. Das Backen",
         "+Das Rezept braucht nur Butter, Zucker und Mehl, und gerade deshalb kommt es auf die Butter an."],
        ["-Das Shortbread frisch aus dem Ofen.",
         ("+Die Café-Besitzerin verriet mir damals: „Der Teig darf nie warm werden“, und daran halte ich mich bis "
          "heute."),
         "-Jetzt auf Pinterest merken"],
        ["+Die Zutaten",
         "-Meine Shortbread-Form findest du bei Amazon",
         "+250 g gute Butter, kalt",
         "+125 g feiner Zucker",
         "+375 g Mehl und eine Prise Salz"],
        ["+Den Teig in eine Form drücken, mit einer Gabel einstechen und 40 Minuten bei 160 Grad backen.",
         "-Gesponserter Inhalt",
         "+Das Shortbread hält sich in einer Blechdose gut zwei Wochen, wenn es so lange überlebt."],
        ["-4 Kommentare zu „Schottisches Shortbread mit nur drei Zutaten“",
         "-Heike: Heute gebacken, schmeckt genau wie im Urlaub in Schottland!",
         "-↳ Almut: Das freut mich riesig, Heike!",
         "-Tobi B.: Geht das auch mit Dinkelmehl?",
         "-↳ Jutta aus Kiel: Ja, ich nehme immer Dinkelmehl Type 630, klappt prima."],
        ["-Meine Backkurse in Hamburg für das Frühjahr sind jetzt buchbar – alle Termine unter Kurse.",
         "-© 2026 Almuts Butterdose",
         "-Erstellt mit WordPress · Theme: Neve"],
    ]),
    _page("it", "it-portale-portosardello-sagra-della-sardina", [
        ["-Vai al contenuto principale",
         "-Il Faro di Portosardello – Notizie dal porto e dalla riviera",
         "-Cronaca · Sport · Eventi · Annunci · Meteo"],
        ["+Sagra della sardina: sul molo grigliati quattro quintali di pesce azzurro"],
        ["-Di Nunzio Spinasardi · 6 agosto 2026, ore 19:15",
         "-Lettura: 3 minuti",
         "-Condividi: Facebook · WhatsApp · X"],
        [("+Più di tremila persone hanno affollato sabato sera il molo di Portosardello per la sagra della sardina, "
          "giunta alla ventesima edizione."),
         "-Le griglie accese sul molo al tramonto.",
         "-Foto: Il Faro di Portosardello",
         ("+Sedici pescatori volontari si sono dati il cambio davanti alle quattro griglie lunghe sei metri, "
          "montate accanto alla banchina dei pescherecci.")],
        ["-Annuncio pubblicitario",
         "-Contenuto sponsorizzato: Le case al mare che costano meno di un'auto",
         ("+«Le sardine sono arrivate all'alba con le nostre barche, più fresche di così non si può», ha detto il "
          "presidente della pro loco, Saverio Acciugaro.")],
        ["+Come funziona la sagra",
         "+Le sardine si grigliano intere, con sale grosso e un filo d'olio.",
         "+Ogni piatto costa cinque euro e comprende pane e un bicchiere di vino.",
         "-Leggi anche: Nuovi ormeggi per i pescherecci entro l'estate",
         "+Il ricavato va alla manutenzione delle barche storiche del porto."],
        ["+A mezzanotte le sardine erano finite e gli ultimi in fila hanno ripiegato sulle acciughe fritte.",
         "-Iscriviti alla newsletter del Faro e ricevi le notizie ogni mattina",
         "+La pro loco conta di raddoppiare le griglie l'anno prossimo per accorciare le code."],
        ["-5 commenti",
         "-Carla G.: Serata bellissima, ma un'ora di fila per un piatto è troppo.",
         "-↳ Redazione: Grazie Carla, giriamo la segnalazione alla pro loco.",
         "-marinaio_62: Le sardine più buone della riviera, come ogni anno.",
         "-↳ Franco P.: Concordo, e il vino bianco era ottimo."],
        ["-Seguici su Facebook e Instagram",
         "-Chi siamo · Contatti · Privacy · Cookie",
         "-© 2026 Il Faro di Portosardello – Tutti i diritti riservati"],
    ]),
    _page("it", "it-blog-pentola-di-ornella-risotto-zafferano", [
        ["-La Pentola di Ornella – Ricette di casa dalla Lombardia",
         "-Home · Ricette · Primi piatti · Chi sono · Contatti"],
        ["+Risotto allo zafferano, come lo faceva mia nonna a Milano"],
        ["-Pubblicato il 9 gennaio 2026 da Ornella",
         "-Tempo di lettura: 5 minuti",
         ("-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola "
          "commissione.")],
        [("+Il risotto giallo era il piatto della domenica a casa della nonna, servito sempre nello stesso piatto di "
          "ceramica."),
         "-Indice",
         "-1. Il riso giusto",
         "-2. La mantecatura",
         "+Uso solo riso Carnaroli, che tiene la cottura e rilascia l'amido piano piano."],
        ["-Il risotto appena mantecato.",
         ("+La nonna diceva sempre: «Il risotto aspetta te, non tu il risotto», e per questo lo mescolava senza mai "
          "allontanarsi."),
         "-Salvalo su Pinterest"],
        ["+Gli ingredienti",
         "-Il mio tegame per risotti preferito è su Amazon",
         "+320 g di riso Carnaroli",
         "+Un litro di brodo di carne e una bustina di zafferano",
         "+Una cipolla, 50 g di burro e 60 g di Grana Padano"],
        ["+Sciogliete lo zafferano in un mestolo di brodo caldo e aggiungetelo a metà cottura.",
         "-Spazio pubblicitario",
         "+Mantecate fuori dal fuoco con burro freddo e formaggio, poi lasciate riposare due minuti."],
        ["-3 commenti su “Risotto allo zafferano, come lo faceva mia nonna a Milano”",
         "-Gabriella: Fatto ieri sera, cremoso e profumatissimo!",
         "-↳ Ornella: Grazie Gabriella, sono contenta che sia piaciuto!",
         "-Luca da Pavia: Meglio lo zafferano in pistilli o in polvere?",
         "-↳ Marisa T.: Io uso i pistilli, lasciati in infusione un'ora prima."],
        ["-I miei corsi di cucina a Bergamo ripartono a febbraio: trovate le date nella pagina Corsi.",
         "-© 2026 La Pentola di Ornella – Tutti i diritti riservati",
         "-Realizzato con WordPress · Tema Kadence"],
    ]),
    _page("pl", "pl-portal-pagorkowo-bieg-na-wzgorze", [
        ["-Przejdź do treści",
         "-Echo Pagórkowa – Wiadomości z gminy i okolic",
         "-Wiadomości · Sport · Kultura · Ogłoszenia · Pogoda"],
        ["+Bieg na Łysą Górkę: 87 zawodników wbiegło na wzgórze nad wsią"],
        ["-Zdzisława Podbiegalska · 20 września 2026, 17:30",
         "-3 min lektury",
         "-Udostępnij: Facebook · Messenger · X"],
        [("+W niedzielę 87 biegaczek i biegaczy wystartowało spod remizy w Pagórkowie Wielkim, by wbiec na szczyt "
          "Łysej Górki."),
         "-Zawodnicy na ostatnim podbiegu pod szczyt.",
         "-Fot. Echo Pagórkowa",
         ("+Trasa miała tylko 2,4 kilometra, ale prowadziła polną drogą i łąką, na której nachylenie miejscami "
          "przekraczało 20 procent.")],
        ["-Reklama",
         "-Artykuł sponsorowany: Tak tanio domu na wsi jeszcze nie było",
         ("+„Na ostatnich stu metrach szedłem już na czworakach, ale widok ze szczytu wynagrodził wszystko” – mówił "
          "zwycięzca, Kacper Stromczyk, 19 lat.")],
        ["+Zasady biegu",
         "+Start wspólny dla wszystkich kategorii wiekowych.",
         "+Na trasie wolno iść, ale nie wolno skracać przez pole sołtysa.",
         "-Czytaj także: Nowy plac zabaw przy szkole gotowy przed zimą",
         "+Limit czasu na dotarcie na szczyt wynosił 40 minut."],
        ["+Najszybsza z kobiet, nauczycielka z miejscowej szkoły, dotarła na szczyt w 14 minut i 10 sekund.",
         "-Zapisz się do naszego newslettera i bądź na bieżąco",
         ("+Koło Gospodyń Wiejskich już zapowiedziało, że za rok na mecie znów będzie czekał żurek dla wszystkich "
          "uczestników.")],
        ["-4 komentarze",
         "-Grażyna z Pagórkowa: Brawo dla wszystkich, a żurek był pyszny!",
         "-↳ Redakcja: Dziękujemy, galeria zdjęć pojawi się jutro.",
         "-biegacz_77: Trasa była świetnie oznakowana, gratulacje dla organizatorów.",
         "-↳ Marek S.: Zgadzam się, tylko start mógłby być godzinę wcześniej."],
        ["-Obserwuj nas na Facebooku",
         "-O nas · Kontakt · Regulamin · Polityka prywatności",
         "-© 2026 Echo Pagórkowa. Wszelkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-kapusta-u-halinki-bigos", [
        ["-Kapusta u Halinki – Kuchnia polska bez pośpiechu",
         "-Start · Przepisy · Dania główne · O mnie · Kontakt"],
        ["+Bigos myśliwski, który gotuję trzy dni"],
        ["-Opublikowano 15 listopada 2026 przez Halinkę",
         "-Czas czytania: 6 min",
         "-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz mojego bloga."],
        ["+Bigos w moim domu zawsze gotowało się na zapas, w wielkim garnku, który mama pożyczała od sąsiadki.",
         "-Spis treści",
         "-1. Kapusta kiszona i świeża",
         "-2. Mięso",
         "+Najważniejsze jest to, żeby bigos odgrzewać kilka razy, bo z każdym dniem smakuje lepiej."],
        ["-Bigos w garnku po drugim dniu gotowania.",
         ("+Mama zawsze mówiła: „Bigos jest gotowy dopiero wtedy, gdy nikt już nie pamięta, kiedy go zaczęto”, i coś "
          "w tym jest."),
         "-Zapisz przepis na Pintereście"],
        ["+Składniki",
         "-Mój ulubiony garnek żeliwny kupisz na Allegro",
         "+1 kg kapusty kiszonej i pół główki świeżej kapusty",
         "+Pół kilograma łopatki wieprzowej i pęto kiełbasy",
         "+Garść suszonych grzybów, śliwki suszone i dwa liście laurowe"],
        ["+Pierwszego dnia duszę wszystko około trzech godzin na małym ogniu, często mieszając.",
         "-Materiał reklamowy",
         "+Drugiego i trzeciego dnia wystarczy godzina, a na koniec dodaję kieliszek czerwonego wina."],
        ["-3 komentarze do „Bigos myśliwski, który gotuję trzy dni”",
         "-Bożena: Robię według Twojego przepisu od dwóch lat, zawsze się udaje.",
         "-↳ Halinka: Dziękuję, Bożenko, bardzo mi miło!",
         "-Krzysiek W.: A czy można go zamrozić?",
         "-↳ Ola z Radomia: Można, ja mrożę w słoikach i jest super."],
        ["-Prowadzę warsztaty kulinarne w Krakowie – zapisy na wiosenne terminy na stronie Warsztaty.",
         "-© 2026 Kapusta u Halinki. Wszelkie prawa zastrzeżone.",
         "-Blog na WordPressie · Motyw: Astra"],
    ]),
    _page("ru", "ru-portal-keglevsk-turnir-po-boulzu", [
        ["-Перейти к содержимому",
         "-Кеглевские вести – Городская газета с 1931 года",
         "-Новости · Спорт · Культура · Объявления · Погода"],
        ["+В Липовом парке прошёл первый турнир по игре в боулз"],
        ["-Тимофей Шарокатов · 30 августа 2026, 18:10",
         "-Время на прочтение: 3 минуты",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        [("+В субботу на газоне Липового парка шестнадцать команд из Кеглевска и соседних посёлков разыграли кубок "
          "города по игре в боулз."),
         "-Игроки катят шары на газоне Липового парка.",
         "-Фото: «Кеглевские вести»",
         ("+Газон для турнира две недели готовили работники парка: его подстригли почти до земли и несколько раз "
          "прокатали катком.")],
        ["-Реклама",
         "-Партнёрский материал: Как выбрать дачу и не переплатить",
         ("+«Шар катится медленно, а думать надо быстро – в этом вся прелесть игры», – сказал капитан "
          "команды-победительницы Аркадий Газонщиков.")],
        ["+Правила турнира",
         "+Каждая команда состоит из трёх игроков.",
         "+Игроки по очереди катят шары как можно ближе к маленькому белому шару.",
         "-Читайте также: В парке откроют новую детскую площадку",
         "+Матч длится восемь раундов или один час."],
        ["+В финале команда ветеранов из посёлка Заречный обыграла студентов политехнического колледжа со счётом 12:9.",
         "-Подписывайтесь на наш канал в Telegram",
         "+Администрация парка обещает оставить площадку для боулза на всё лето и провести следующий турнир в июне."],
        ["-4 комментария",
         "-Валентина П.: Очень красиво было, спасибо организаторам!",
         "-↳ Редакция: Спасибо, Валентина! Фотоотчёт опубликуем завтра.",
         "-kegler_58: А где можно записаться в секцию?",
         "-↳ Сергей Н.: В администрации парка, по вторникам и четвергам."],
        ["-Мы в ВКонтакте и Одноклассниках",
         "-О редакции · Контакты · Рекламодателям · Политика конфиденциальности",
         "-© 2026 «Кеглевские вести». Все права защищены."],
    ]),
    _page("ru", "ru-blog-kukhnya-u-agashi-pirozhki", [
        ["-Кухня у Агаши – Домашняя выпечка без хлопот",
         "-Главная · Рецепты · Выпечка · Обо мне · Контакты"],
        ["+Пирожки с капустой, как у бабушки в деревне"],
        ["-Опубликовано 4 октября 2026 автором Агафья",
         "-Время чтения: 5 минут",
         "-Эта запись содержит партнёрские ссылки – я получаю небольшой процент с покупок."],
        ["+Пирожки с капустой бабушка пекла каждую субботу, и запах стоял на всю улицу.",
         "-Содержание",
         "-1. Тесто",
         "-2. Начинка",
         "+Тесто я делаю на живых дрожжах, а капусту тушу с луком до мягкости, но не до каши."],
        ["-Пирожки прямо с противня.",
         "+Бабушка говорила: «Капусты в пирожке должно быть больше, чем теста», и я с ней полностью согласна.",
         "-Сохранить в Pinterest"],
        ["+Что понадобится",
         "-Мою любимую скалку можно купить на Ozon",
         "+500 г муки, стакан тёплого молока и 10 г живых дрожжей",
         "+Полкочана белокочанной капусты и две луковицы",
         "+Два яйца и немного сливочного масла"],
        ["+Пирожки выпекайте 25 минут при 190 градусах, смазав сверху взбитым яйцом.",
         "-Рекламный блок",
         "+Они хорошо хранятся под полотенцем до следующего дня, но обычно столько не живут."],
        ["-3 комментария к записи «Пирожки с капустой, как у бабушки в деревне»",
         "-Людмила: Испекла вчера, получилось пышно и вкусно!",
         "-↳ Агафья: Спасибо, Людмила, очень рада!",
         "-Олег К.: А можно заменить живые дрожжи сухими?",
         "-↳ Нина из Твери: Можно, я беру 7 граммов сухих, всё получается."],
        ["-Провожу мастер-классы по выпечке в Туле – запись на сайте в разделе «Мастер-классы».",
         "-© 2026 Кухня у Агаши. Все права защищены.",
         "-Сайт работает на WordPress · Тема Astra"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-kippers-and-kettles-kedgeree":
        ("the kedgeree blog's post keeps the photo caption ('My kedgeree in grandad's old blue bowl.') above the "
         "paragraph with the quote in its block (1 of 20 noise lines); no article line is lost"),
    "fr-blog-tablier-de-berangere-quiche":
        ("the quiche blog's post keeps the photo caption ('Ma quiche tout juste sortie du four.') above the "
         "paragraph with the quote in its block (1 of 20 noise lines); no article line is lost"),
    "de-blog-almuts-butterdose-shortbread":
        ("the shortbread blog's post keeps the photo caption ('Das Shortbread frisch aus dem Ofen.') above the "
         "paragraph with the quote in its block (1 of 20 noise lines); no article line is lost"),
    "it-blog-pentola-di-ornella-risotto-zafferano":
        ("the risotto blog's post keeps the table of contents ('Indice', '1. Il riso giusto', '2. La mantecatura') "
         "between the first and second paragraphs in their block and the photo caption ('Il risotto appena "
         "mantecato.') above the paragraph with the quote in its block (4 of 20 noise lines); no article line is "
         "lost"),
    "pl-blog-kapusta-u-halinki-bigos":
        ("the bigos blog's post keeps the photo caption ('Bigos w garnku po drugim dniu gotowania.') above the "
         "paragraph with the quote in its block (1 of 20 noise lines); no article line is lost"),
    "ru-blog-kukhnya-u-agashi-pirozhki":
        ("the pirozhki blog's post keeps the table of contents ('Содержание', '1. Тесто', '2. Начинка') between the "
         "first and second paragraphs in their block and the photo caption ('Пирожки прямо с противня.') above the "
         "paragraph with the quote in its block (4 of 20 noise lines); no article line is lost"),
}

test_held_out_207_line, test_held_out_207_line_is_kept, test_held_out_207_page = held_out_tests(
    HELD_OUT_207_LINES, HELD_OUT_207_KEEP, HELD_OUT_207_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
