"""Held-out set 155: written blind, weighted toward the noise the cleaner exists for, in shapes set 154's docstring does
not name (nor the first paragraphs of sets 151, 152 and 153): scraper, embed and ad markers (an English Datawrapper
table that is taking longer than usual to load "This Datawrapper table is taking longer than usual to load. Tap to
retry.", an English SoundCloud track whose uploader has limited where it can be played "The SoundCloud track can't be
played here because the uploader has limited where it appears.", an English Sketchfab 3D viewer without WebGL support
"Sketchfab 3D viewer: WebGL is not supported by your browser.", a French Calaméo slideshow that could not be shown "Le
diaporama Calaméo n'a pas pu s'afficher. Consultez-le directement sur calameo.com.", a German Opinary poll that could
not be loaded, with an ad-blocker request "Die Umfrage von Opinary konnte nicht geladen werden. Bitte deaktivieren Sie
Ihren Werbeblocker.", an Italian Typeform survey not available at the moment "Il sondaggio di Typeform non è disponibile
in questo momento.", a Polish OpenStreetMap map that cannot be shown without JavaScript "Nie można wyświetlić mapy
OpenStreetMap – włącz JavaScript w przeglądarce." and a Russian Dzen video not available in the reader's country "Видео
из «Дзена» недоступно для просмотра в вашей стране."); reading-time headers in new wordings (the English bare read-time
header "Read time: 6 min", a blog's grab-a-cuppa warning of ten minutes "Grab a cuppa – this post takes about ten
minutes to get through.", the French this-text-reads-in line "Ce texte se lit en 6 minutes", the German Lesedauer header
with an abbreviated unit "Lesedauer: ca. 6 Min.", the Italian six-minutes-are-enough line "Ti bastano 6 minuti per
leggerlo", the Polish minutes-of-reading line "6 min czytania" and the Russian read-six-minutes line "Читать 6 минут");
bylines and self-promotion (an English words-and-photographs byline "Words and photographs: Perpetua Quarrendine", an
English guest-post byline "Guest post by Barnaby Wickenshaw", a German a-contribution-by byline "Ein Beitrag von Ottilie
Krummsiefen", an Italian edited-by byline "A cura di Ermenegilda Sparvieri", all at the head, and at the foot an English
Not On The High Street leather-bookmarks plug "My leather bookmarks are on Not On The High Street; engraving is free
until June.", a French Leboncoin beeswax-candles plug "Je vends mes bougies à la cire d'abeille sur Leboncoin, remise en
main propre.", a Polish made-to-order wooden-puzzles plug on Allegro Lokalnie "Drewniane puzzle robię na zamówienie –
zamówienia przez Allegro Lokalnie." and a Russian Livemaster (Ярмарка Мастеров) macramé-planters plug "Готовые кашпо из
макраме продаю на Ярмарке Мастеров — ссылка в профиле."); blog and site footers (an English Squarespace credit with
cookie-preferences and contact links "Made with Squarespace · Cookie preferences · Contact", an English
community-news-network membership line with corrections-policy and terms links "Member of the Independent Community News
Network · Corrections policy · Terms", the English Substack tagline "Substack is the home for great culture", a French
SPIP credit with the editors' area and follow-the-site links "Propulsé par SPIP · Espace rédacteurs · Suivre la vie du
site", a German copying-and-distribution-only-with-permission line of a publisher "Vervielfältigung und Verbreitung nur
mit schriftlicher Genehmigung des Verlags.", an Italian Altervista credit with its make-your-free-site link "Sito creato
con Altervista · Crea il tuo sito gratis", a Polish home.pl hosting line with terms and sitemap links "Hosting: home.pl
· Regulamin · Mapa strony" and a Russian uCoz credit with a sitemap link "Сайт создан в системе uCoz · Карта сайта");
reader-comment furniture (an English showing-ten-of-38 comments counter "Showing 1–10 of 38 comments", an English
pre-moderation note of up to 24 hours "Reader comments are pre-moderated and may take up to 24 hours to appear.", an
English pinned-by-the-moderators mark with a pin emoji "📌 Pinned by the moderators", a French report-this-comment link
"Signaler ce commentaire comme inapproprié", a German mind-our-netiquette prompt "Bitte beachten Sie unsere Netiquette,
bevor Sie kommentieren.", the Italian WordPress your-e-mail-will-not-be-published line with its required-fields star "Il
tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", a Polish
your-comment-awaits-moderation line "Twój komentarz oczekuje na moderację." and a Russian commenting-rules and
report-a-comment row "Правила комментирования · Пожаловаться на комментарий"); share rows (an English found-this-useful
row with Bluesky, Mastodon and Threads "Found this useful? Share it: Bluesky · Mastodon · Threads", a German share-now
row with Facebook, Pinterest and Xing "Jetzt teilen: Facebook · Pinterest · Xing" and a Russian bookmark, copy-link and
VK row "Сохранить в закладки · Скопировать ссылку · ВКонтакте"); and notices (a French right-of-reply note "Droit de
réponse : l'association des commerçants nous a adressé le texte suivant.", an Italian also-available-in-German note
"Questo articolo è disponibile anche in lingua tedesca.", both in the body, and at the foot a Polish
the-column's-opinions-are-the-author's disclaimer "Opinie wyrażone w felietonie są prywatnymi poglądami autora."); and
toward whole scraped news and hobby-blog pages in layouts set 154's docstring does not describe (on the six portal
pages, in eleven blocks, a date-and-weather line, the masthead and the section menu in one block of three at the very
top; the title at the top of its block with the byline and a photo caption with its credit after it; the
published-and-updated line, the reading time and a share row in one block of three; the first paragraph at the top of
its block with a newsletter or Telegram prompt after it; the second paragraph alone; an ad label at the top of the quote
paragraph's block, right before the quote; the subheading and the three rows in one block with a most-read heading and
one most-read link at its end, after the third row; the first last paragraph alone; the second last paragraph at the top
of its block with a tags or topics line and a send-us-your-story prompt after it; at the foot two blocks, four lines of
a comment thread (a comment count, a comment, a second reader's arrowed reply and a third reader's comment left
unanswered) and then a back-to-top link and the copyright line of the publishing company; on the six blog pages, in
eleven blocks, the blog name, its tagline and the menu in one block of three; the title at the top of its block with a
skip-to-comments link after it; the posted-on-date-by-author line, the reading time and an affiliate-links disclosure in
one block of three; the first paragraph at the top of its block with a photo caption after it; the second paragraph and
the paragraph with the quote in one block with nothing between them; a you-might-also-like link and a sponsored-content
label in one block of two between the quote and the subheading; the subheading and the three rows in one block with an
affiliate shop link at its end, after the third row; the two last paragraphs in one block with a newsletter prompt at
its end; a tags line and a share row in one block of two; at the foot two blocks, five lines (a responses or comments
count, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it) and then a platform
credit alone), taken from local news of fresh kinds (a lighthouse keeper's cottage turned museum, a town's first repair
café, a bowling green resurfaced, a primary school's new crossing patrol, a street's plane trees pollarded, a harbour's
tide gauge renewed) and from blogs about repairing rush chairs, brewing kombucha, carving wooden spoons, restoring a
rocking horse, keeping quails and building a birdhouse camera.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 154 but what is named here), held-out set 156 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 154 up to its paragraph "Measured after round 107", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 151, 152 and 153, printed with one ast
script (/tmp/s155scratch/peek.py, reading the files of /tmp/wt-set155/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set155); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s155scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 154's as printed, with 154 -> 155; /tmp/s155scratch/gen155.py writes this file from
scratch files (data155.py, desc155.py, pages155.py, layout.txt, the docstring paragraphs in doc_*.txt and, after the
measurement, tables155.py). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s155, detached at commit b9a490a2c1d826a92c34273ee60341ceed373163, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 00:33:04 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
b9a490a2c1d826a92c34273ee60341ceed373163 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows. (2) peek.py's first run printed to the terminal, whose
output the tool cut in the middle (from inside set 154's Slips and notes (6) to inside set 152's first paragraph); its
second run went to /tmp/s155scratch/peek.out, of which I paged lines 125 to 400 with ``sed``, in two calls; nothing
outside the allowed parts was printed, since the script stops set 154's docstring before the paragraph "Measured after
round 107" and prints only the first paragraphs of the other three. (3) helpers.py imported test_clean from
/work/main/tests, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed; the
helpers printed are only the checks this file calls. The machine's python had the project's dependencies; every run used
it. (4) Near misses with shapes already named, noted rather than hidden: while drafting I replaced held-out lines whose
shape the allowed docstrings name (a French and an Italian estimated-reading-time header, after set 153's German
"Geschätzte Lesezeit"; a French show-the-replies link, after the show-more links of sets 153 and 154; German and Russian
moderation notes, after set 154's French one; a Polish show-earlier-replies link, after set 153's view-earlier link; an
Italian text-and-photos byline, after set 154's report-and-pictures byline; a Russian send-to-a-friend row, after set
153's French one; a French cost correction, after set 151's German one; an Italian timed update, after set 153's Polish
one; a Polish funded-by-the-commune line, after set 152's grants line). What is left near them: the English
pre-moderation note and the Polish awaiting-moderation line both speak of moderation (one a policy before the thread,
the other a status line under a reader's own comment), and set 154's French moderation note is of the same family; the
English network-membership footer is, like set 154's press-regulator footer, a news site's standing membership line; the
German permission line and set 152's Russian link-required line are both reuse conditions; the Italian
e-mail-not-published line is the stock WordPress comment-form text. The page noise is not all new in wording (reading
times, affiliate disclosures, WordPress and Blogger credits, copyright lines are common shapes), since the brief asks
for new layouts there; what is new on the pages is where the noise sits and some of its kinds (a date-and-weather line
above the masthead, the byline and a photo caption in the title's block, an ad label right before the quote paragraph, a
most-read heading and link at the end of the list block, a send-us-your-story prompt after the last paragraph, a
back-to-top link before the copyright line; on the blogs a tagline between the blog name and the menu, a
skip-to-comments link right under the title, an affiliate disclosure in the posted-on block, a sponsored label with a
you-might-also-like link between the quote and the subheading, an affiliate shop link ending the list block). (5) Before
the measurement /tmp/s155scratch/check155.py checked, case-insensitively, that no noise line (held-out or page) sits
inside any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and
counted the lines; its first run found five pairs, all fixed before the measurement: the page noise "4 réponses" inside
a held-out French comment line (the blog's count became "4 commentaires"), the German ad label "Anzeige" inside the
portal's menu (its "Anzeigen · Traueranzeigen" became "Kleinmarkt · Trauer"), the Italian ad label "Pubblicità" inside
the keep line "Pubblicità e cartelloni sono vietati ..." (the label became "Spazio pubblicitario"), and the Polish and
Russian mastheads inside their photo credits (the credits became "Fot. archiwum redakcji" and "Фото: пресс-служба
порта"); its later runs found nothing. Lines and data were counted by the script (45 noise lines: category, language and
place as in Contents; 20 keep lines by language and place; 12 pages with 10 "+" and 20 "-" lines each, in 11 blocks).
/tmp/s155scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen155.py reports lines over 120 characters and at-signs in the written file and checks, by parsing it with
``ast`` (without importing it), that the file's lists and pages equal the scratch data. (6) Invented names were checked
with the exact-string search over public GitHub files: Scarrowhaven, Ruddlecombe, Pengarrowe, Scarrow Head, Quillbeck
Newspapers, OldSaltHarry, BriarCoveWalker, Pennyroyal_Jo, Rush and Rung, Pollardine, Vaudrignac, Barbemichel,
Poitevasse, Babeth_du_lavoir, Jeannot47, Riverain_grincheux, Val d'Ondrac, Bulles de Marthe, Guénolay, Loïc_en_Vendée,
Mörtelbrunn, Mörtelbrunner, Strunzelmann, Pflaumeneder, Kugelblitz_HB, Gartenfreund_Erwin, Annelie_K59, Landbote
Medienhaus, Span & Kerbe, Spanfelderer, Schnitzbine, Borgonivello, Fumagalletti, Pallottolini, mamma_di_Greta,
Tonino_del_bar, CiclistaUrbano, Valnivello, Dondolo Ritrovato, Scapiccioni, Dario_falegname, Krzewnica, Głos Krzewnicy,
Krzewnickie, Cieciurkiewicz, Jemiołowska, Lipowianka, Zbyszek_z_trzeciego, Działkowiec_O, Przepiórcze Zacisze,
Przybylanka, Ewa_z_ogrodu, Приливинск, Ряпушкина, Мореходкин, Капитан_Семёныч, Рыбачка_Люда, Валерий_с_причала,
Медиагруппа Прибрежье, Скворечник онлайн, Скворушкин, Орнитолог_Петрович, and the held-out bylines' Quarrendine,
Wickenshaw, Krummsiefen and Ermenegilda Sparvieri had no hits. Dropped: Ockleford (a real surname; the reporter became
Tamsin Ruddlecombe), Treloggan (a real Cornish place; the trust chair became Morwenna Pengarrowe), Gull Point light (a
landmark in several game files; the light became Scarrow Head), Ockmere (inside Dockmere and many identifiers; the
publisher became Quillbeck Newspapers), Haselwimmer (a real surname; the spoon carver became Jorinde Spanfelderer), La
Soffitta dei Giocattoli (a phrase in a game file; the blog became Il Dondolo Ritrovato), Сельдереев (inside common
words; the gauge keeper became Аристарх Мореходкин), Коростылёв (a real surname; the blogger became Ефим Скворушкин),
Quillerstone (an author handle; the held-out byline took Perpetua Quarrendine) and Thistlecombe (a place in several
files; the guest-post byline took Barnaby Wickenshaw); before searching I also replaced Hollerbach, Pfeddersheim,
Olszowiec, Trombetti, Osikowska and Солонецк as likely real places or surnames. First names alone (Glenys, Tom, Hester,
Nadège, Malte, Patrizia, Marian, Наталья and the like), real services and platforms, and real places (Ludlow, the
Somerset Levels, Vendée) were not checked. (7) The measurement was run once, at 00:39:16 UTC by ``date``, in one shell
call with the brief's two commands (pytest output to /tmp/s155scratch/measure.out, report to
/tmp/s155scratch/report.out); then /tmp/s155scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s155/tests with /tmp/wt-s155/src on the path): 13 noise lines kept, no keep line lost and
problems on all twelve pages, as in the Baseline paragraph. The reasons of the three tables (tables155.py) were written
from that output (a script checked that every line they quote is a line of its page), and nothing else was changed:
gen155.py wrote the final file from the same data files, checked that its lists equal them, and the pytest command was
run again on it in /tmp/wt-s155. The whole set was written, measured and committed within the brief's 50 minutes, from
00:33:04 UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Shared ownership of the mill", "Following the flood", "Subscribers to the allotment
society's seed scheme", "Sponsored walks raised £3,400", "Printed notices about the road closure", "Read the full
inspection report, the headteacher told parents", "Advertising the vacant post twice", "Partager les frais de
chauffage", "Suivre les travaux depuis la passerelle", "Commentaires et questions des riverains", "Kommentiert hat der
Bürgermeister", "Teilen müssen sich die beiden Vereine", "Abonniert haben die Stadtwerke", "Condividere l'orto con i
vicini", "Seguire le lezioni di nuoto", "Pubblicità e cartelloni sono vietati", "Udostępnienie sali gimnastycznej",
"Czytanie na głos w bibliotece", "Комментируя решение" and "Читать лекции в клубе" are article sentences: each reports
what a parish council, volunteers, seed-scheme members, hospice walkers, a council, a headteacher, a clerk, tenants,
walkers on a footbridge, residents, a mayor, two clubs, a public utility, a parish priest, swimmers, a town's avenue, a
gym's users, a library, a district head or a tug's former captain did, owe, must or may do, with the noise-like word as
an ordinary noun, verb, participle or gerund of the sentence ("Shared ownership" is the mill's ownership, not a share
row; "Following the flood" is a time phrase, not a follow prompt; "Subscribers" are members of a seed scheme, not the
paper's; "Sponsored walks" are charity walks, not an ad label; "Printed notices" are posters, not a print button or a
notice about the story; "Read the full inspection report" is a headteacher's words in quoted speech, not a read-more
link; "Advertising the vacant post" is a council recruiting, not an ad label; the French "Partager" is splitting heating
costs, "Suivre" watching works and "Commentaires" residents' remarks collected at the town hall; the German
"Kommentiert" is a mayor's silence, "Teilen" two clubs sharing a hall and "Abonniert" a utility subscribing to a weather
service; the Italian "Condividere" is sharing a garden, "Seguire" attending swimming lessons and "Pubblicità" a ban on
billboards; the Polish "Udostępnienie" is opening a gym to residents and "Czytanie" reading aloud in a library; the
Russian "Комментируя" is a district head commenting on a decision and "Читать" giving lectures; none of them is comment,
share, follow, subscribe, copyright, ad, print or reading-time furniture). Categories: the Datawrapper, SoundCloud,
Sketchfab, Calaméo, Opinary, Typeform, OpenStreetMap and Dzen lines are markers (embeds that are slow to load, cannot be
played, are not supported, could not be shown or loaded, or are not available); the read-time header, the grab-a-cuppa
warning and the French, German, Italian, Polish and Russian lines are reading times (the Russian "Читать 6 минут" is a
header of two words, not an instruction to read); the words-and-photographs, guest-post, Beitrag and a-cura-di lines are
bylines at the head, and the bookmarks, candles, puzzles and macramé lines are bylines (self-promotion) at the foot; the
Squarespace, community-news-network, Substack, SPIP, copying-permission, Altervista, home.pl and uCoz lines are footers
(the network-membership line is the standing foot of a news site, not a notice about one story; the German permission
line is a publisher's standing rights line, so a footer); the comment counter, the pre-moderation note, the pinned mark,
the report-this-comment link, the netiquette prompt, the Italian e-mail-not-published line (the WordPress comment form's
own text), the awaiting-moderation line and the Russian rules row are comment furniture; the English, German and Russian
rows are share rows (the Russian one offers bookmarking, copying the link and VK, as share toolbars do); the French
right-of-reply note and the Italian also-in-German note are notices in the body (both speak of the story they sit in),
and the Polish opinions disclaimer is a notice at the foot (a standing note on one column, neither a site footer nor a
byline). On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading,
its three list rows and the two last paragraphs are article; everything else (date-and-weather lines, mastheads, section
menus, blog names, taglines and menus, bylines, published and posted-on lines, reading times, skip-to-comments links,
affiliate disclosures, photo captions and credits, share rows, newsletter and Telegram prompts, ad and sponsored labels,
you-might-also-like links, most-read headings and links, affiliate shop links, tags and topics lines, send-us-your-story
prompts, comment counts, comments and replies, back-to-top links, copyright lines and platform credits) is noise. The
list rows (what visitors can see, what a rush seat needs, what was repaired, what kombucha needs, what the resurfacing
covers, what spoon carving needs, how the crossing patrol works, what the rocking horse needed, what changes on the
street, what quails need, what changes with the tide gauge and what the birdhouse camera needs) are short, some without
a verb, but part of each article, so article; the portals' most-read headings and their one link ("Most read", "Les plus
lus", "Meistgelesen", "I più letti", "Najczęściej czytane", "Самое читаемое") sit inside the list block but point to
other stories, so noise; the blogs' affiliate shop links at the end of the list block name where the author bought a
tool or supply, so noise, not a fourth list row; the portals' photo captions under the title and the blogs' captions
under the first paragraph describe a photo, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-scarrowhaven-cottage (the keeper's cottage under the Scarrow Head light opened as a museum after four winters
of work), en-blog-rushandrung-ladderback (a ladderback chair from a house clearance reseated with English bulrush),
fr-portail-vaudrignac-repair-cafe (the town's first repair café mending 41 objects in an afternoon),
fr-blog-bullesdemarthe-kombucha (a first green-tea kombucha from a neighbour's mother culture to a second brew with
ginger), de-portal-moertelbrunn-bowlinggreen (a bowls club's green resurfaced for the first time since 1996),
de-blog-spanundkerbe-essloeffel (a first eating spoon carved from a storm-felled birch branch),
it-portale-borgonivello-nonnivigile (six pensioners starting a crossing patrol outside a primary school),
it-blog-dondoloritrovato-cavallo (a grandfather's rocking horse mended and given a new mane),
pl-portal-krzewnica-platany (twenty-two plane trees on Lipowa street pollarded for the first time in a decade),
pl-blog-przepiorczezacisze-przepiorki (a first year of keeping Japanese quails on an allotment),
ru-portal-prilivinsk-mareograf (a harbour's tide gauge of 1974 replaced by an automatic one) and
ru-blog-skvorechnikonline-kamera (a birdhouse built with an infrared camera, watched through a tit's nesting season),
each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit b9a490a2c1d826a92c34273ee60341ceed373163, measured with ``cd /tmp/wt-s155 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s155/src python -m pytest -q tests/test_clean_held_out_155.py -rA -p
no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s155 && PYTHONPATH=/tmp/wt-s155/src python
scripts/clean_held_out_report.py --sets 155``, with the xfail tables empty): noise lines removed 32/45 (marker 2/8,
reading-time 7/7, byline 6/8, footer 7/8, comments 6/8, share 3/3, notice 1/3; the 13 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: six markers in the body (the English Datawrapper and SoundCloud placeholders and the
French Calaméo, German Opinary, Italian Typeform and Russian Dzen placeholders), two plugs at the foot (the English
leather-bookmarks plug and the Polish wooden-puzzles plug), one footer at the foot (the German copying-permission line),
two comment lines at the foot (the English pinned mark and the German netiquette prompt) and two notices in the body
(the French right-of-reply note and the Italian also-in-German note); the English Sketchfab and Polish OpenStreetMap
markers, every reading time, the four head bylines, the French Leboncoin and Russian Ярмарка Мастеров plugs, the seven
other footers, the six other comment lines, every share row and the Polish opinions disclaimer went); keep lines kept
20/20; pages 0/12 clean, 24 of 240 page noise lines left and 1 of 120 article lines lost. Left on the pages: on every
portal the most-read link at the end of the list block (1 each), with the most-read heading before it on the French,
German and Italian portals (1 each), the send-us-your-story prompt after the second last paragraph on the French, German
and Russian portals (1 each) and the topics line before it on the German portal (1): 1 on the English, 3 on the French,
4 on the German, 2 on the Italian, 1 on the Polish and 2 on the Russian portal; on every blog the photo caption at the
end of the first paragraph's block (1 each), and the newsletter prompt at the end of the last paragraphs' block on the
French and German blogs (1 each) or the affiliate shop link at the end of the list block on the Italian, Polish and
Russian blogs (1 each): 1 on the English blog and 2 on each other. Lost: on the English portal the second last paragraph
("The museum opens from Thursday to Sunday, and school groups can book visits on weekdays.") at the top of its block,
before the topics line (``_problems`` says "lost or out of order"); nothing on the other pages, as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s155 gave 52
passed, 25 xfailed, no XPASS.

Measured after round 108 (developed on sets 153 and 154 beside this set's writing from the same base, b9a490a, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 9a11f89): nothing moved.
Round 108's changes (a short last paragraph over the tags line, the writer's last paragraph over the share row, jump
links among the body's furniture, "might please you" links, a German search box with its verb last, photo credits with
an initial, the writer's sale between the last paragraphs) met none of this set's missed lines or pages.

Round 109 (development; this set was read in full from this round on): four mechanisms, each with near misses in six
languages (tests/test_clean.py test_round_109_*). (1) A portal's send-us-your-story prompt ("tip-off line") joined
page_blocks._PROMPT_REASONS, so the second last paragraph at the top of its block over the tags line and the prompt
(a widget block after the body by its two taken lines of three) stays through _article_among_furniture: set 155's
en-portal-scarrowhaven-cottage no longer loses "The museum opens from Thursday to Sunday, and school groups can book
visits on weekdays." (2) The writer's self-introduction (page_blocks._SELF_INTRODUCTION, _is_self_introduction: who the
writer is, then that the writer writes here or that this is the writer's blog or corner) is no last paragraph over the
share row (_is_writers_line_over_share_row) nor an article line among the furniture (_article_among_furniture): on the
lead's variant of set 151's wayfarer page "I am a retired engineer and I write about old bikes here." and "I'm Ned, and
this is my little corner of the internet." go again, and so do the French, German, Italian, Polish and Russian
self-introductions; who the writer is without the writing stays. (3) A breaking-news ticker in the page's first block
(page_blocks._mark_head_ticker, _HEAD_TICKER: a ticker's label, a colon and one headline of three words or more, no
sentence, no dateline), beside a head line the rules took or a menu row of links, with the title's block under it
left alone: set 156's six tickers go, and set 150's English travel ticker and French, Italian, Polish and Russian
tickers, and set 62's French bulky-waste alert and Italian road-closure line above the title. (4) The writer's sale
as the last line of the last paragraphs' block when the next block opens with the page's furniture
(page_blocks._is_sale_after_last_paragraph, reading the sale with round 107's _is_writers_sale): set 156's German
Kleinanzeigen and Russian Ярмарка Мастеров plugs go; sales told in the story, in the past, and denied sales stay.
Other sets' xfails: set 150's en-portal-skimbleford-riverdivers, it-portale-scirocchella-traghetto,
pl-portal-kakolowo-laki and ru-portal-verkhnepolynsk-biblioteka and set 62's it-sagra-lotteria-estrazione were
removed (now clean); reworded: set 150's fr-portail-vaurignac-postepharmacie (keeps the masthead and the menu, the
ticker goes), set 62's fr-compostage-collectif-bilan (the bulky-waste alert goes), set 155's
en-portal-scarrowhaven-cottage (no article line lost) and set 156's six portals (the ticker goes) and its German and
Russian blogs (the plug goes). All sets (scripts/clean_held_out_report.py, before -> after): noise lines removed
6070/6691 -> 6070/6691, article lines kept 2967/2967 -> 2967/2967, pages clean 1066/1750 -> 1071/1750, page noise lines
left 1511 -> 1496 of 36720, paragraphs lost 3 -> 2. SemEval: scripts/semeval_noise_diff.py diff printed 0 changed files of 3723. Bench: benchmarks/bench_clean.py ratio_to_baseline 1.02 (cpu best 2.399 s against 2.362 s at 1756aba). Pytest (the
cleaning test set): 20092 passed, 1330 xfailed, no XPASS, in 556 s.
This set before -> after: noise lines removed 32/45 -> 32/45 (marker 2/8, reading-time 7/7, byline 6/8, footer 7/8,
comments 6/8, share 3/3, notice 1/3, unchanged), keep lines 20/20 -> 20/20, pages clean 0/12 -> 0/12, page noise lines
left 24 -> 24 of 240, article lines lost 1 -> 0. Still missed: the 13 lines of _LINE_XFAIL; on the portals the
most-read headings and links in the list block, the send-us-your-story prompts the rules leave ("Une info à nous
signaler ? ...", "Sie haben einen Hinweis für uns? ...", "Есть новость? ...") and the German topics line; on the blogs
the photo captions, the French and German newsletter prompts and the bracketed affiliate links ("(affiliato)",
"(afiliacyjny)", "(партнёрская)").
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_155_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Datawrapper table is taking longer than usual to load. Tap to retry.', 'marker'),
    ('body', "The SoundCloud track can't be played here because the uploader has limited where it appears.", 'marker'),
    ('body', 'Sketchfab 3D viewer: WebGL is not supported by your browser.', 'marker'),
    ('body', "Le diaporama Calaméo n'a pas pu s'afficher. Consultez-le directement sur calameo.com.", 'marker'),
    ('body',
     'Die Umfrage von Opinary konnte nicht geladen werden. Bitte deaktivieren Sie Ihren Werbeblocker.',
     'marker'),
    ('body', 'Il sondaggio di Typeform non è disponibile in questo momento.', 'marker'),
    ('body', 'Nie można wyświetlić mapy OpenStreetMap – włącz JavaScript w przeglądarce.', 'marker'),
    ('body', 'Видео из «Дзена» недоступно для просмотра в вашей стране.', 'marker'),
    ('head', 'Read time: 6 min', 'reading-time'),
    ('head', 'Grab a cuppa – this post takes about ten minutes to get through.', 'reading-time'),
    ('head', 'Ce texte se lit en 6 minutes', 'reading-time'),
    ('head', 'Lesedauer: ca. 6 Min.', 'reading-time'),
    ('head', 'Ti bastano 6 minuti per leggerlo', 'reading-time'),
    ('head', '6 min czytania', 'reading-time'),
    ('head', 'Читать 6 минут', 'reading-time'),
    ('head', 'Words and photographs: Perpetua Quarrendine', 'byline'),
    ('head', 'Guest post by Barnaby Wickenshaw', 'byline'),
    ('head', 'Ein Beitrag von Ottilie Krummsiefen', 'byline'),
    ('head', 'A cura di Ermenegilda Sparvieri', 'byline'),
    ('tail', 'My leather bookmarks are on Not On The High Street; engraving is free until June.', 'byline'),
    ('tail', "Je vends mes bougies à la cire d'abeille sur Leboncoin, remise en main propre.", 'byline'),
    ('tail', 'Drewniane puzzle robię na zamówienie – zamówienia przez Allegro Lokalnie.', 'byline'),
    ('tail', 'Готовые кашпо из макраме продаю на Ярмарке Мастеров — ссылка в профиле.', 'byline'),
    ('tail', 'Made with Squarespace · Cookie preferences · Contact', 'footer'),
    ('tail', 'Member of the Independent Community News Network · Corrections policy · Terms', 'footer'),
    ('tail', 'Substack is the home for great culture', 'footer'),
    ('tail', 'Propulsé par SPIP · Espace rédacteurs · Suivre la vie du site', 'footer'),
    ('tail', 'Vervielfältigung und Verbreitung nur mit schriftlicher Genehmigung des Verlags.', 'footer'),
    ('tail', 'Sito creato con Altervista · Crea il tuo sito gratis', 'footer'),
    ('tail', 'Hosting: home.pl · Regulamin · Mapa strony', 'footer'),
    ('tail', 'Сайт создан в системе uCoz · Карта сайта', 'footer'),
    ('tail', 'Showing 1–10 of 38 comments', 'comments'),
    ('tail', 'Reader comments are pre-moderated and may take up to 24 hours to appear.', 'comments'),
    ('tail', '📌 Pinned by the moderators', 'comments'),
    ('tail', 'Signaler ce commentaire comme inapproprié', 'comments'),
    ('tail', 'Bitte beachten Sie unsere Netiquette, bevor Sie kommentieren.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Twój komentarz oczekuje na moderację.', 'comments'),
    ('tail', 'Правила комментирования · Пожаловаться на комментарий', 'comments'),
    ('tail', 'Found this useful? Share it: Bluesky · Mastodon · Threads', 'share'),
    ('tail', 'Jetzt teilen: Facebook · Pinterest · Xing', 'share'),
    ('tail', 'Сохранить в закладки · Скопировать ссылку · ВКонтакте', 'share'),
    ('body', "Droit de réponse : l'association des commerçants nous a adressé le texte suivant.", 'notice'),
    ('body', 'Questo articolo è disponibile anche in lingua tedesca.', 'notice'),
    ('tail', 'Opinie wyrażone w felietonie są prywatnymi poglądami autora.', 'notice'),
]

HELD_OUT_155_KEEP: list[tuple[str, str]] = [
    ('head', 'Shared ownership of the mill passed to the parish council in 1987.'),
    ('head', 'Following the flood, volunteers rebuilt the boathouse in eleven weeks.'),
    ('head', "Subscribers to the allotment society's seed scheme will receive their packets in March."),
    ('body', 'Sponsored walks raised £3,400 for the hospice last summer.'),
    ('body', 'Printed notices about the road closure went up on Tuesday.'),
    ('tail',
     "Read the full inspection report, the headteacher told parents, and you'll see how far the school has come."),
    ('tail', 'Advertising the vacant post twice drew only two applicants, the clerk said.'),
    ('head', 'Partager les frais de chauffage reste la priorité des locataires, selon le syndic.'),
    ('body', 'Suivre les travaux depuis la passerelle est désormais interdit.'),
    ('tail', 'Commentaires et questions des riverains seront recueillis jeudi en mairie.'),
    ('head', 'Kommentiert hat der Bürgermeister die Entscheidung bislang nicht.'),
    ('body', 'Teilen müssen sich die beiden Vereine künftig eine Halle.'),
    ('tail', 'Abonniert haben die Stadtwerke den neuen Wetterdienst schon im Januar.'),
    ('head', "Condividere l'orto con i vicini è stata un'idea del parroco."),
    ('tail', 'Seguire le lezioni di nuoto costa trenta euro al mese.'),
    ('tail', 'Pubblicità e cartelloni sono vietati lungo il viale dal primo aprile.'),
    ('head', 'Udostępnienie sali gimnastycznej mieszkańcom zaplanowano na wrzesień.'),
    ('tail', 'Czytanie na głos w bibliotece odbywa się w każdy czwartek.'),
    ('body', 'Комментируя решение, глава района назвал его вынужденным.'),
    ('tail', 'Читать лекции в клубе будет бывший капитан буксира.'),
]

HELD_OUT_155_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-scarrowhaven-cottage', [
        [
            '-Sat 14 March 2026 · 9°C, showers',
            '-Scarrowhaven Mercury',
            "-News | Sport | What's On | Property | Obituaries",
        ],
        [
            "+Lighthouse keeper's cottage opens its doors as a museum",
            '-By Tamsin Ruddlecombe, Heritage Reporter',
            '-The restored cottage below the Scarrow Head light. Photo: Mercury staff',
        ],
        [
            '-Published 14 March 2026, 07:45 · Updated 11:20',
            '-Reading time: 3 minutes',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '+The whitewashed cottage where keepers of the Scarrow Head light lived for 140 years opened as a museum '
            'on Saturday.',
            "-Get the Mercury's morning briefing in your inbox – sign up free",
        ],
        [
            '+Volunteers from the Scarrowhaven Heritage Trust spent four winters replacing its slate roof and '
            'rebuilding the range.',
        ],
        [
            '-Advertisement',
            '+"My grandfather wound the clockwork every four hours, and now children can try it," said trust chair '
            'Morwenna Pengarrowe.',
        ],
        [
            '+What visitors can see',
            "+The keepers' logbooks from 1884 to 1962",
            "+A working model of the light's clockwork",
            '+The kitchen as it looked in the 1950s',
            '-Most read',
            '-Harbour car park charges to rise in April',
        ],
        [
            '+Entry is free until Easter, after which adults will pay £4.',
        ],
        [
            '+The museum opens from Thursday to Sunday, and school groups can book visits on weekdays.',
            '-Topics: Heritage · Scarrow Head · Tourism',
            '-Got a story? Send it to our newsdesk through the contact form.',
        ],
        [
            '-7 comments',
            '-OldSaltHarry: Spent many a summer at that cottage as a lad. Wonderful to see it saved.',
            '-↳ BriarCoveWalker: Same here – the range was always lit, even in August.',
            '-Pennyroyal_Jo: Will there be step-free access to the upper floor?',
        ],
        [
            '-Back to top',
            '-© 2026 Quillbeck Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-rushandrung-ladderback', [
        [
            '-Rush and Rung',
            '-Mending old chairs, one seat at a time',
            '-Home · Projects · Materials · About',
        ],
        [
            '+Reseating a ladderback chair with English bulrush',
            '-Skip to comments (5)',
        ],
        [
            '-Posted on 2 February 2026 by Hester Pollardine',
            '-About an 8 minute read',
            '-This post contains affiliate links; I may earn a small commission if you buy through them.',
        ],
        [
            '+The chair came from a house clearance with its seat hanging in shreds and its rails still sound.',
            '-The old seat, cut away and ready for the compost heap.',
        ],
        [
            '+I soaked two bolts of bulrush overnight in the bath and kept them in a damp towel while I worked.',
            '+"Twist every strand the same way or the seat will look like a bird\'s nest," my teacher at the evening '
            'class used to say.',
        ],
        [
            '-You might also like: Stripping a Windsor chair without chemicals',
            '-Sponsored content',
        ],
        [
            '+What you need',
            '+Two bolts of English bulrush',
            '+A rush threader and a packing stick',
            '+Cardboard offcuts for stuffing the corners',
            '-The threader I use is this one on Amazon (affiliate link).',
        ],
        [
            '+The seat took three evenings, and the corners were the slowest part.',
            '+It has been in the kitchen for a month now and nobody has sat on it gently.',
            '-Want the next repair in your inbox? Subscribe by email – no more than twice a month.',
        ],
        [
            '-Tags: rush seating, ladderback, bulrush',
            '-Share this: Facebook · Pinterest · Email',
        ],
        [
            '-5 responses so far',
            '-Glenys R: Lovely job. How long did the rush take to dry?',
            '-↳ Hester P: About a week by the stove, Glenys.',
            '-Tom in Ludlow: Where do you buy bulrush in the UK?',
            '-↳ Hester P: From a grower on the Somerset Levels – the link is on my Materials page.',
        ],
        [
            '-Blog at WordPress.com.',
        ],
    ]),
    _page('fr', 'fr-portail-vaudrignac-repair-cafe', [
        [
            '-Samedi 7 mars 2026 · Vaudrignac, 11 °C',
            '-Le Réveil de Vaudrignac',
            '-Actualité · Sports · Agenda · Nécrologie · Annonces',
        ],
        [
            '+Le premier repair café de Vaudrignac a réparé 41 objets en un après-midi',
            '-Par Solène Barbemichel',
            '-Un grille-pain en cours de réparation à la salle des fêtes. Photo Le Réveil',
        ],
        [
            '-Publié le 7 mars 2026 à 18 h 05, mis à jour à 20 h 30',
            '-Lecture : 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Samedi, la salle des fêtes a accueilli le tout premier repair café de la commune, organisé par le '
            'comité de quartier.',
            '-Recevez chaque matin notre newsletter locale : inscrivez-vous gratuitement',
        ],
        [
            '+Une douzaine de bénévoles, couturières, électriciens retraités et cyclistes, se sont partagé les tables.',
        ],
        [
            '-Publicité',
            "+« On ne répare pas seulement des objets, on répare l'habitude de jeter », explique l'organisatrice, "
            'Armelle Poitevasse.',
        ],
        [
            '+Ce qui a été réparé',
            '+Quatorze petits appareils électriques',
            '+Neuf vêtements et deux sacs',
            '+Onze vélos et trottinettes',
            '-Les plus lus',
            '-La fibre arrive enfin dans les hameaux du plateau',
        ],
        [
            '+Seuls cinq objets sont repartis sans solution, faute de pièces.',
        ],
        [
            "+Le prochain rendez-vous est fixé au premier samedi d'avril, de 14 h à 18 h.",
            '-Mots-clés : Vaudrignac · Vie associative · Environnement',
            '-Une info à nous signaler ? Écrivez à la rédaction via notre formulaire.',
        ],
        [
            '-3 commentaires',
            '-Babeth_du_lavoir : Enfin ! Ma machine à coudre attendait depuis deux ans.',
            '-↳ Jeannot47 : Venez en avril, il y aura une couturière de plus.',
            '-Riverain_grincheux : Dommage que ce soit un samedi, je travaille.',
        ],
        [
            '-Haut de page',
            "-© 2026 Éditions du Val d'Ondrac. Tous droits réservés.",
        ],
    ]),
    _page('fr', 'fr-blog-bullesdemarthe-kombucha', [
        [
            '-Les Bulles de Marthe',
            '-Fermentations maison et petites découvertes',
            '-Accueil · Recettes · Matériel · À propos',
        ],
        [
            '+Mon premier kombucha au thé vert, de la mère au second brassage',
            '-Aller aux commentaires (4)',
        ],
        [
            '-Publié le 12 janvier 2026 par Marthe Guénolay',
            '-Environ 7 minutes de lecture',
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
            'commission.',
        ],
        [
            "+Une voisine m'a donné une mère de kombucha dans un bocal de confiture, avec un demi-verre de son "
            'dernier brassage.',
            '-Ma mère de kombucha, trois semaines après son arrivée.',
        ],
        [
            "+J'ai préparé deux litres de thé vert sucré, laissé refroidir, puis versé le tout dans un grand bocal en "
            'verre.',
            "+« Surtout pas de métal et pas de soleil direct », m'a répété la voisine en me tendant le bocal.",
        ],
        [
            '-À lire aussi : Mes pickles de chou-fleur au curcuma',
            '-Contenu sponsorisé',
        ],
        [
            "+Ce qu'il faut",
            '+Un bocal en verre de trois litres',
            '+Un torchon fin et un élastique',
            '+Des bouteilles à fermeture mécanique',
            '-Mes bouteilles viennent de cette boutique Amazon (lien affilié).',
        ],
        [
            '+Au bout de huit jours, le goût était encore trop sucré ; il a fallu attendre douze jours.',
            '+Le second brassage, avec du gingembre, a pétillé dès le deuxième jour en bouteille.',
            '-Pour recevoir mes prochaines recettes, abonnez-vous à la lettre du blog.',
        ],
        [
            '-Étiquettes : kombucha, fermentation, thé vert',
            '-Partager : Facebook · Pinterest · E-mail',
        ],
        [
            '-4 commentaires',
            '-Nadège : Merci ! Le mien devient vinaigré, une idée ?',
            '-↳ Marthe Guénolay : Il a sûrement fermenté trop longtemps, goûtez dès le septième jour.',
            '-Loïc_en_Vendée : Tu mets combien de sucre par litre ?',
            '-↳ Marthe Guénolay : Soixante-dix grammes, pas plus.',
        ],
        [
            '-Blog propulsé par Overblog',
        ],
    ]),
    _page('de', 'de-portal-moertelbrunn-bowlinggreen', [
        [
            '-Freitag, 13. März 2026 · Mörtelbrunn 8 °C',
            '-Mörtelbrunner Landbote',
            '-Lokales · Sport · Kultur · Kleinmarkt · Trauer',
        ],
        [
            '+Bowls-Club bekommt nach 30 Jahren einen neuen Rasen',
            '-Von Wiebke Strunzelmann',
            '-Die frisch eingesäte Spielfläche am Kurpark. Foto: Landbote',
        ],
        [
            '-Veröffentlicht am 13.03.2026, 06:30 Uhr · Aktualisiert 09:15 Uhr',
            '-Lesezeit 2 Minuten',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '+Der Bowls-Club am Kurpark spielt ab Mai auf einem neuen Rasen, dem ersten seit der Gründung 1996.',
            '-Der Landbote-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Region',
        ],
        [
            '+Im Herbst wurde die alte Grasnarbe abgetragen, der Boden gelockert und auf den Millimeter neu '
            'nivelliert.',
        ],
        [
            '-Anzeige',
            '+„Auf einem welligen Rasen rollt keine Kugel gerade, da hilft kein Training“, sagt Vereinschef Ansgar '
            'Pflaumeneder.',
        ],
        [
            '+Was die Sanierung umfasst',
            '+Eine neue Drainage unter der ganzen Fläche',
            '+Rund 900 Quadratmeter Spezialsaat',
            '+Neue Holzkanten an allen vier Seiten',
            '-Meistgelesen',
            '-Ortsdurchfahrt ab Montag voll gesperrt',
        ],
        [
            '+Die Kosten von 48.000 Euro tragen der Verein, die Stadt und ein Zuschuss des Landessportbunds.',
        ],
        [
            '+Zum Saisonauftakt am 2. Mai lädt der Club alle Interessierten zum Probespielen ein.',
            '-Themen: Sport · Kurpark · Vereine',
            '-Sie haben einen Hinweis für uns? Schreiben Sie der Lokalredaktion.',
        ],
        [
            '-5 Kommentare',
            '-Kugelblitz_HB: Endlich! Der alte Rasen war ja eher eine Buckelpiste.',
            '-↳ Gartenfreund_Erwin: Und hoffentlich gibt es wieder Schnupperkurse für Anfänger.',
            '-Annelie_K59: Wer mäht denn künftig, der Verein oder die Stadt?',
        ],
        [
            '-Nach oben',
            '-© 2026 Landbote Medienhaus GmbH. Alle Rechte vorbehalten.',
        ],
    ]),
    _page('de', 'de-blog-spanundkerbe-essloeffel', [
        [
            '-Span & Kerbe',
            '-Schnitzen mit Messer und Beil',
            '-Start · Anleitungen · Werkzeug · Über mich',
        ],
        [
            '+Mein erster Esslöffel aus Birke, vom Ast bis zum Öl',
            '-Direkt zu den Kommentaren (4)',
        ],
        [
            '-Veröffentlicht am 20. Januar 2026 von Jorinde Spanfelderer',
            '-ca. 6 Minuten zum Lesen',
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
        ],
        [
            '+Der Birkenast lag nach einem Sturm am Waldrand und war noch ganz frisch, genau richtig zum Schnitzen.',
            '-Rohling und fertiger Löffel nebeneinander auf der Werkbank.',
        ],
        [
            '+Mit dem Beil habe ich den Ast gespalten und die grobe Löffelform herausgearbeitet.',
            '+„Schnitz immer vom Körper weg, sonst lernst du es auf die harte Tour“, hat mir mein Großvater '
            'eingeschärft.',
        ],
        [
            '-Das könnte dich auch interessieren: Ein Butterspatel aus Kirschholz',
            '-Werbung',
        ],
        [
            '+Was du brauchst',
            '+Ein Beil und einen Hackklotz',
            '+Ein gerades Schnitzmesser',
            '+Ein Hakenmesser für die Laffe',
            '-Mein Hakenmesser habe ich hier bei Amazon gekauft (Affiliate-Link).',
        ],
        [
            '+Nach einer Woche Trocknen habe ich den Löffel zweimal mit Leinöl eingerieben.',
            '+Er liegt gut in der Hand, auch wenn die Laffe ein wenig schief geraten ist.',
            '-Neue Anleitungen per E-Mail? Trag dich hier in meinen Newsletter ein.',
        ],
        [
            '-Schlagwörter: Löffel, Birke, Grünholz',
            '-Teilen: Facebook · Pinterest · E-Mail',
        ],
        [
            '-4 Antworten',
            '-Malte: Sehr schön geworden! Welches Leinöl nimmst du?',
            '-↳ Jorinde Spanfelderer: Reines Leinöl aus der Drogerie, ohne Trockenstoffe.',
            '-Schnitzbine: Birke ist perfekt für den Anfang, Ahorn ist viel zäher.',
            '-↳ Jorinde Spanfelderer: Danke, Ahorn probiere ich als Nächstes.',
        ],
        [
            '-Erstellt mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-borgonivello-nonnivigile', [
        [
            '-Venerdì 6 marzo 2026 · Borgonivello 12 °C',
            '-Il Corriere di Borgonivello',
            '-Cronaca · Sport · Eventi · Necrologi · Lavoro',
        ],
        [
            '+Davanti alla scuola Rodari arrivano i nonni vigile',
            '-Di Ilaria Fumagalletti',
            '-I primi volontari con la paletta davanti al cancello. Foto Corriere',
        ],
        [
            '-Pubblicato il 6 marzo 2026 alle 07:10 · Aggiornato alle 10:40',
            '-Lettura: 2 minuti',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            '+Da lunedì sei pensionati aiutano i bambini della primaria Rodari ad attraversare via dei Mulini.',
            '-Iscriviti alla newsletter: le notizie di Borgonivello ogni mattina nella tua casella',
        ],
        [
            '+Il servizio è nato dopo le proteste dei genitori per le auto che sfrecciano davanti al cancello.',
        ],
        [
            '-Spazio pubblicitario',
            '+«Li conosco quasi tutti per nome, e loro conoscono il mio», racconta il volontario Gervasio '
            'Pallottolini.',
        ],
        [
            '+Come funziona il servizio',
            '+Due volontari per turno, con pettorina e paletta',
            "+Presenza all'entrata e all'uscita",
            '+Un corso di formazione con la polizia locale',
            '-I più letti',
            '-Mercato settimanale, da aprile cambia piazza',
        ],
        [
            "+Il Comune ha stanziato 3.000 euro per l'assicurazione e le divise.",
        ],
        [
            "+Altri volontari possono iscriversi all'ufficio scuola del municipio fino a fine mese.",
            '-Argomenti: Scuola · Sicurezza stradale · Volontariato',
            '-Hai una segnalazione? Scrivi alla redazione.',
        ],
        [
            '-4 commenti',
            '-mamma_di_Greta: Finalmente, ogni mattina era un terno al lotto.',
            '-↳ Tonino_del_bar: Bravi i nonni, il caffè per loro lo offro io.',
            '-CiclistaUrbano: Servirebbero anche dei dossi, non solo le palette.',
        ],
        [
            '-Torna su',
            '-© 2026 Editoriale Valnivello Srl. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-dondoloritrovato-cavallo', [
        [
            '-Il Dondolo Ritrovato',
            '-Restauri di giocattoli antichi',
            '-Home · Restauri · Materiali · Chi sono',
        ],
        [
            '+Il cavallo a dondolo del nonno torna a galoppare',
            '-Vai ai commenti (4)',
        ],
        [
            '-Pubblicato il 15 febbraio 2026 da Ornella Scapiccioni',
            '-Tempo di lettura: 7 minuti',
            '-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
        ],
        [
            "+Il cavallo a dondolo era in soffitta da quarant'anni, senza criniera e con una gamba incrinata.",
            '-Il cavallo prima del restauro, sotto la finestra della soffitta.',
        ],
        [
            '+Ho rinforzato la gamba con un tassello di faggio e colla vinilica, lasciandola in morsa per due giorni.',
            '+«Non riverniciarlo tutto, lascia qualche segno dei bambini», mi ha detto mia madre vedendolo smontato.',
        ],
        [
            '-Potrebbe interessarti anche: Come ho restaurato una trottola di latta',
            '-Contenuto sponsorizzato',
        ],
        [
            '+Cosa serve',
            '+Un tassello di faggio e colla vinilica',
            '+Crine di cavallo per la criniera',
            "+Vernice all'acqua e pennelli sottili",
            "-Il crine l'ho comprato su Amazon, ecco il link (affiliato).",
        ],
        [
            '+La criniera nuova ha richiesto un pomeriggio intero, ciuffo per ciuffo.',
            '+Adesso il cavallo dondola in salotto e la nipotina non vuole più scendere.',
            '-Vuoi ricevere i prossimi restauri? Iscriviti alla newsletter del blog.',
        ],
        [
            '-Tag: cavallo a dondolo, restauro, legno',
            '-Condividi: Facebook · Pinterest · Email',
        ],
        [
            '-4 risposte',
            '-Patrizia: Che meraviglia! Che vernice hai usato per le macchie?',
            "-↳ Ornella Scapiccioni: Una vernice all'acqua opaca, ritoccando solo dove serviva.",
            '-Dario_falegname: Il tassello di faggio è la scelta giusta.',
            '-↳ Ornella Scapiccioni: Grazie, ho seguito proprio il tuo consiglio.',
        ],
        [
            '-Creato con Blogger',
        ],
    ]),
    _page('pl', 'pl-portal-krzewnica-platany', [
        [
            '-Piątek, 6 marca 2026 · Krzewnica 7°C',
            '-Głos Krzewnicy',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '+Platany na ulicy Lipowej przycięte po raz pierwszy od dekady',
            '-Autor: Bartłomiej Cieciurkiewicz',
            '-Ogłowione platany przy Lipowej. Fot. archiwum redakcji',
        ],
        [
            '-Opublikowano 6 marca 2026, 08:20 · Aktualizacja 12:05',
            '-Czas czytania: 2 min',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Przez trzy dni ekipa z podnośnikiem przycinała dwadzieścia dwa platany rosnące wzdłuż ulicy Lipowej.',
            '-Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje z Krzewnicy',
        ],
        [
            '+Gałęzie zasłaniały latarnie i ocierały się o dachy kamienic, a mieszkańcy skarżyli się od lat.',
        ],
        [
            '-Reklama',
            '+„Platany dobrze znoszą takie cięcie, za dwa lata korony będą znowu gęste” – mówi dendrolog Henryka '
            'Jemiołowska.',
        ],
        [
            '+Co zmieni się na ulicy',
            '+Latarnie znów oświetlą chodnik',
            '+Gałęzie nie będą dotykać dachów',
            '+Ulica będzie mniej zacieniona latem',
            '-Najczęściej czytane',
            '-Nowy rozkład jazdy autobusów od kwietnia',
        ],
        [
            '+Prace kosztowały miasto 36 tysięcy złotych.',
        ],
        [
            '+Wycięte gałęzie trafią do kompostowni miejskiej, a część drewna do pracowni szkolnej.',
            '-Tagi: zieleń miejska · drzewa · Lipowa',
            '-Masz temat? Napisz do redakcji.',
        ],
        [
            '-6 komentarzy',
            '-Lipowianka: Wreszcie widać niebo z okna!',
            '-↳ Zbyszek_z_trzeciego: A mnie szkoda cienia, latem będzie gorąco.',
            '-Działkowiec_O: Dobrze, że drewno nie pójdzie na śmieci.',
        ],
        [
            '-Do góry',
            '-© 2026 Wydawnictwo Krzewnickie. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-przepiorczezacisze-przepiorki', [
        [
            '-Przepiórcze Zacisze',
            '-Hodowla przepiórek na działce',
            '-Start · Hodowla · Karmienie · O mnie',
        ],
        [
            '+Pierwszy rok z przepiórkami japońskimi na działce',
            '-Przejdź do komentarzy (4)',
        ],
        [
            '-Opublikowano 10 lutego 2026 przez Teodora Przybylanka',
            '-Około 6 minut lektury',
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
        ],
        [
            '+Zaczęłam od sześciu przepiórek japońskich kupionych wiosną od hodowcy spod miasta.',
            '-Przepiórki w nowej wolierze, pierwszy tydzień.',
        ],
        [
            '+Woliera stoi w cieniu jabłoni, a na noc przepiórki chowają się do drewnianej budki.',
            '+„Przepiórka boi się wszystkiego, więc daj jej kryjówkę” – radził mi sąsiad z działki.',
        ],
        [
            '-Zobacz też: Jak zbudowałam kompostownik z palet',
            '-Wpis sponsorowany',
        ],
        [
            '+Czego potrzebujesz',
            '+Woliery z siatki o drobnym oczku',
            '+Paszy dla ptaków niosek',
            '+Piasku do kąpieli',
            '-Poidło kupiłam na Allegro, link tutaj (afiliacyjny).',
        ],
        [
            '+Od czerwca mam codziennie pięć lub sześć jaj.',
            '+Zimą przepiórki przenoszę do ocieplonej szopy.',
            '-Chcesz dostawać nowe wpisy? Zapisz się na newsletter.',
        ],
        [
            '-Tagi: przepiórki, działka, drób',
            '-Udostępnij: Facebook · Pinterest · E-mail',
        ],
        [
            '-4 komentarze',
            '-Ewa_z_ogrodu: A sąsiedzi nie narzekają na hałas?',
            '-↳ Teodora Przybylanka: Przepiórki są ciche, kogut byłby gorszy.',
            '-Marian: Ile paszy zjadają dziennie?',
            '-↳ Teodora Przybylanka: Około 25 gramów na ptaka.',
        ],
        [
            '-Blog na platformie WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-prilivinsk-mareograf', [
        [
            '-Пятница, 6 марта 2026 · Приливинск +3°',
            '-Приливинский вестник',
            '-Новости · Спорт · Культура · Объявления · Погода',
        ],
        [
            '+В порту Приливинска заменили мареограф',
            '-Автор: Евдокия Ряпушкина',
            '-Новый мареограф на причале. Фото: пресс-служба порта',
        ],
        [
            '-Опубликовано 6 марта 2026, 09:00 · Обновлено 13:40',
            '-Время чтения: 2 минуты',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+В порту установили новый мареограф вместо прибора, который измерял уровень воды с 1974 года.',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости',
        ],
        [
            '+Старый самописец часто ломался, и данные приходилось записывать вручную по футштоку.',
        ],
        [
            '-Реклама',
            '+«Теперь уровень воды видно на экране каждую минуту», — рассказал начальник гидропоста Аристарх '
            'Мореходкин.',
        ],
        [
            '+Что изменится',
            '+Данные будут передаваться автоматически',
            '+Рыбаки увидят уровень воды в приложении',
            '+Предупреждения о нагонах станут точнее',
            '-Самое читаемое',
            '-В городе откроют новую поликлинику',
        ],
        [
            '+Прибор обошёлся порту в 1,2 миллиона рублей.',
        ],
        [
            '+Старый мареограф передадут в городской краеведческий музей.',
            '-Теги: порт · гидрология · город',
            '-Есть новость? Напишите в редакцию.',
        ],
        [
            '-5 комментариев',
            '-Капитан_Семёныч: Давно пора, старый ещё при мне ставили.',
            '-↳ Рыбачка_Люда: Главное, чтобы приложение работало.',
            '-Валерий_с_причала: А футшток оставят?',
        ],
        [
            '-Наверх',
            '-© 2026 ООО «Медиагруппа Прибрежье». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-skvorechnikonline-kamera', [
        [
            '-Скворечник онлайн',
            '-Наблюдаю за птицами через объектив',
            '-Главная · Проекты · Оборудование · Обо мне',
        ],
        [
            '+Как я собрал скворечник с камерой',
            '-Перейти к комментариям (4)',
        ],
        [
            '-Опубликовано 8 февраля 2026, автор: Ефим Скворушкин',
            '-Читается за 6 минут',
            '-В записи есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшую комиссию.',
        ],
        [
            '+Идея пришла прошлой весной, когда в старом скворечнике на даче поселились синицы.',
            '-Скворечник перед установкой на берёзу.',
        ],
        [
            '+Корпус я сделал из сосновой доски, а под крышей оставил место для маленькой камеры.',
            '+«Птицы привыкнут к проводу за неделю», — уверял меня сосед-орнитолог.',
        ],
        [
            '-Читайте также: Кормушка из пластиковой бутылки',
            '-Спонсорский материал',
        ],
        [
            '+Что понадобится',
            '+Сосновая доска толщиной 20 миллиметров',
            '+Камера с инфракрасной подсветкой',
            '+Удлинитель и влагозащитная коробка',
            '-Камеру я заказал на Ozon, вот ссылка (партнёрская).',
        ],
        [
            '+В апреле синицы отложили девять яиц, и я смотрел трансляцию каждый вечер.',
            '+Все птенцы вылетели в конце мая.',
            '-Хотите получать новые записи? Подпишитесь на рассылку.',
        ],
        [
            '-Метки: птицы, скворечник, камера',
            '-Поделиться: ВКонтакте · Одноклассники',
        ],
        [
            '-4 комментария',
            '-Наталья: Какое чудо! А камера не пугает птиц?',
            '-↳ Ефим Скворушкин: Нет, подсветка инфракрасная, они её не видят.',
            '-Орнитолог_Петрович: Главное — не открывать крышку во время насиживания.',
            '-↳ Ефим Скворушкин: Согласен, я ни разу не открывал.',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
    'This Datawrapper table is taking longer than usual to load. Tap to retry.':
        "an English Datawrapper placeholder ('This Datawrapper table is taking longer than usual to load. Tap to "
        "retry.') is left in the body",
    'My leather bookmarks are on Not On The High Street; engraving is free until June.':
        "an English leather-bookmarks plug ('My leather bookmarks are on Not On The High Street; engraving is free "
        "until June.') is left at the foot",
    'Drewniane puzzle robię na zamówienie – zamówienia przez Allegro Lokalnie.':
        "a Polish wooden-puzzles plug ('Drewniane puzzle robię na zamówienie – zamówienia przez Allegro Lokalnie.') "
        'is left at the foot',
    'Vervielfältigung und Verbreitung nur mit schriftlicher Genehmigung des Verlags.':
        "a German publisher's copying-permission footer ('Vervielfältigung und Verbreitung nur mit schriftlicher "
        "Genehmigung des Verlags.') is left at the foot",
    '📌 Pinned by the moderators':
        "an English pinned-comment mark ('📌 Pinned by the moderators') is left at the foot",
    'Bitte beachten Sie unsere Netiquette, bevor Sie kommentieren.':
        "a German netiquette prompt ('Bitte beachten Sie unsere Netiquette, bevor Sie kommentieren.') is left at the "
        'foot',
    "Droit de réponse : l'association des commerçants nous a adressé le texte suivant.":
        'a French right-of-reply note ("Droit de réponse : l\'association des commerçants nous a adressé le texte '
        'suivant.") is left in the body',
    'Questo articolo è disponibile anche in lingua tedesca.':
        "an Italian also-in-German note ('Questo articolo è disponibile anche in lingua tedesca.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-rushandrung-ladderback':
        "the rush-chair blog's ladderback post keeps the photo caption ('The old seat, cut away and ready for the "
        "compost heap.') at the end of the first paragraph's block (1 of 20 noise lines); no article line is lost",
    'fr-blog-bullesdemarthe-kombucha':
        "the kombucha blog's first-brew post keeps the photo caption ('Ma mère de kombucha, trois semaines après son "
        "arrivée.') at the end of the first paragraph's block and the newsletter prompt ('Pour recevoir mes "
        "prochaines recettes, abonnez-vous à la lettre du blog.') at the end of the last paragraphs' block (2 of 20 "
        'noise lines); no article line is lost',
    'de-blog-spanundkerbe-essloeffel':
        "the spoon-carving blog's birch-spoon post keeps the photo caption ('Rohling und fertiger Löffel "
        "nebeneinander auf der Werkbank.') at the end of the first paragraph's block (1 of 20 noise lines; the "
        "newsletter prompt at the end of the last paragraphs' block goes); no article line is lost",
    'it-blog-dondoloritrovato-cavallo':
        "the rocking-horse blog's restoration post keeps the photo caption ('Il cavallo prima del restauro, sotto la "
        'finestra della soffitta.\') at the end of the first paragraph\'s block and the affiliate shop link ("Il '
        'crine l\'ho comprato su Amazon, ecco il link (affiliato).") at the end of the list block, after the third '
        'row (2 of 20 noise lines); no article line is lost',
    'pl-portal-krzewnica-platany':
        "the Polish portal's plane-tree story keeps the most-read link ('Nowy rozkład jazdy autobusów od kwietnia') "
        'at the end of the list block, after the most-read heading (1 of 20 noise lines); no article line is lost',
    'pl-blog-przepiorczezacisze-przepiorki':
        "the quail blog's first-year post keeps the photo caption ('Przepiórki w nowej wolierze, pierwszy tydzień.') "
        "at the end of the first paragraph's block and the affiliate shop link ('Poidło kupiłam na Allegro, link "
        "tutaj (afiliacyjny).') at the end of the list block, after the third row (2 of 20 noise lines); no article "
        'line is lost',
    'ru-portal-prilivinsk-mareograf':
        ("the Russian portal's tide-gauge story keeps the most-read link ('В городе откроют новую поликлинику') at the"
         ' end of the list block, after the most-read heading (1 of 20 noise lines; since round 130 its '
         "send-us-your-story prompt ('Есть новость? Напишите в редакцию.') goes); no article line is lost"),
    'ru-blog-skvorechnikonline-kamera':
        "the birdhouse-camera blog's build post keeps the photo caption ('Скворечник перед установкой на берёзу.') at "
        "the end of the first paragraph's block and the affiliate shop link ('Камеру я заказал на Ozon, вот ссылка "
        "(партнёрская).') at the end of the list block, after the third row (2 of 20 noise lines); no article line is "
        'lost',
}


test_held_out_155_line, test_held_out_155_line_is_kept, test_held_out_155_page = held_out_tests(
    HELD_OUT_155_LINES, HELD_OUT_155_KEEP, HELD_OUT_155_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
