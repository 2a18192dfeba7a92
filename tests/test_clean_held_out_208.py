"""Held-out set 208: written blind, weighted toward the noise the cleaner exists for, in shapes set 206's docstring does
not name (nor the first paragraphs of sets 203, 204 and 205): scraper, embed and ad markers (an English Sketchfab 3D
model on a device without WebGL "The Sketchfab model could not be displayed because WebGL is not supported on this
device.", an English Genially presentation made private "Genially presentation unavailable – the creator has made it
private.", an English bracketed Issuu flipbook placeholder of a deleted document "[Issuu flipbook removed: the publisher
has deleted this document]", a French Acast episode blocked in the reader's country "Épisode Acast indisponible : ce
contenu n'est pas accessible depuis votre pays.", a German ARD Mediathek video taken offline when its retention period
ran out "Das eingebettete Video aus der ARD-Mediathek wurde nach Ablauf der Verweildauer depubliziert.", an Italian
RaiPlay video that cannot be played outside Italy "Il video di RaiPlay incorporato non è riproducibile fuori
dall'Italia.", a Polish Twitch clip of a deleted broadcast "Klip z Twitcha jest niedostępny, ponieważ nadawca usunął
transmisję." and a Russian Rutube player that failed to load with a reload hint "Плеер Rutube не загрузился: обновите
страницу или попробуйте позже."); reading-time headers in new wordings (the English clock-emoji minute-read label "⏱ 5
min read", a blog's you'll-need-about line counting the pastry's chilling time "You'll need about nine minutes for this
one, plus however long the pastry takes to chill", the French you-will-read-this-article-in line "Vous lirez cet article
en 5 minutes", the German reading-time label with "etwa" "Lesezeit etwa 5 Minuten", the Italian it-reads-in line "Si
legge in 5 minuti", the Polish you-will-read-it-in line "Przeczytasz w 5 minut" and the Russian time-for-reading label
"Время на прочтение: 5 минут"); bylines and self-promotion (an English words-and-pictures byline "Words by Perpetua
Quiddenham | Pictures by Ambrose Fennimoss", an English name-then-rank byline "Cornelius Tibbleworth, Chief Reporter", a
French interview-by byline "Propos recueillis par Gaspard Mirolleau" and a Polish text-and-photos byline "Tekst i
zdjęcia: Bogumiła Rzepiszewska", all at the head, and at the foot an English Folksy toasting-forks plug "My hand-forged
toasting forks are on Folksy, dispatched from my workshop every Friday.", a German Shopify currywurst-bowls plug with
GLS shipping "Meine getöpferten Currywurst-Schalen verkaufe ich in meinem Shopify-Laden, Versand mit GLS.", an Italian
Subito.it chopping-boards plug with Poste Italiane shipping "I miei taglieri in legno d'ulivo li trovate su Subito.it,
con spedizione tramite Poste Italiane." and a Russian Wildberries vareniki-boards plug "Расписные доски для лепки
вареников продаю на Wildberries, доставка по всей России."); blog and site footers (an English Hugo and Netlify credit
with an RSS link "Built with Hugo · Deployed on Netlify · RSS", an English Independent Community News Network membership
line "Member of the Independent Community News Network", an English GeneratePress theme and Krystal hosting credit
"Theme: GeneratePress · Hosted by Krystal Hosting", a French Jimdo credit with the legal notice and cookie settings
"Site créé avec Jimdo · Mentions légales · Gestion des cookies", a German netcup hosting line with the imprint and
privacy links "Gehostet in Deutschland bei netcup · Impressum · Datenschutz", an Italian Aruba SiteBuilder credit with
the privacy and cookie policies "Sito creato con Aruba SiteBuilder · Privacy policy · Cookie policy", a Polish WebWave
builder credit with the terms and cookie policy "Strona stworzona w kreatorze WebWave · Regulamin · Polityka cookies"
and a Russian 1C-Bitrix credit with the site map and the data-processing consent "Сайт работает на 1С-Битрикс · Карта
сайта · Согласие на обработку персональных данных"); reader-comment furniture (an English
comments-for-verified-subscribers-only line "Commenting on this story is restricted to verified subscribers.", an
English posted-ago-by row with a report link "Posted 3 hours ago by ploughboy62 · Report", an English hide-the-replies
link "Hide 4 replies", a French reply-to-this-comment row with a report-abuse link "Répondre à ce commentaire · Signaler
un abus", a German removed-by-the-moderators line "Dieser Kommentar wurde von der Moderation entfernt.", an Italian
comments-closed-after-48-hours line "I commenti sono chiusi dopo 48 ore dalla pubblicazione.", a Polish latest-comments
link with its count "Najnowsze komentarze (23) – zobacz wszystkie" and a Russian guest-comment header with a reply link
"Гость, 12 мая 2026 в 14:32 · Ответить"); share rows (an English know-someone-who'd-enjoy-this row with Nextdoor "Know
someone who'd enjoy this? Nextdoor · WhatsApp · Copy link", a German share-via row with Signal and Mastodon "Artikel
teilen via: Signal · Mastodon · Link kopieren" and a Russian send-to-a-friend row with VKontakte and Odnoklassniki
"Отправить другу: ВКонтакте · Одноклассники · Telegram"); and notices (a French updated-with-the-final-results note "Cet
article a été mis à jour le 14 juin à 18 h avec les résultats définitifs." and a Polish
written-with-the-commune's-office note "Artykuł powstał we współpracy z Urzędem Gminy Korzenna Wola.", both in the body,
and an Italian machine-translated-from-German note "Questo articolo è stato tradotto automaticamente dall'originale
tedesco." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 206's docstring does not
describe (on the six portal pages, in ten blocks, the masthead with its tagline and the section menu in a block of two
at the very top, the masthead first; the title at the top of a block of three with the byline and the date line under
it; the reading time and a listen-to-this-article link above the first paragraph in one block of three, the paragraph
last; the second paragraph and the paragraph with the quote in one block of three with the lead photo's caption and its
credit (one line) between them; an ad label and a sponsored headline alone in a block of two; the subheading and the
three rows with a read-also link between the second and third rows, inside the list block (a block of five); the two
last paragraphs with a newsletter prompt between them, in one block of three; a share row and a tags line alone in a
block of two; a thread of five lines alone in a block (a comment count, a comment, the reporter's or the desk's arrowed
reply, a second reader's comment and the first commenter's arrowed reply to it); and at the foot a links row and the
publisher's copyright line in a block of two; on the six blog pages, in nine blocks, the blog name with its tagline and
the menu in a block of two at the very top, the name first; the title at the top of a block of three with the
posted-on-by line and the reading time under it; the first and second paragraphs at the top of a block of three with the
photo caption after the second; a table of contents (its heading and two numbered entries) alone in a block of three; a
save-to-Pinterest-and-print row above the paragraph with the quote in a block of two, the paragraph last; an ad label
above the subheading and an affiliate link after the third row, inside the list block (a block of six, the label first);
the two last paragraphs at the top of a block of four with the author's sign-off and a plug for the author's classes,
workshops or courses after them; a thread of five lines alone in a block (a comments heading with its count quoting the
post's title, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it); and at the
foot a subscribe prompt and the author's copyright line with the theme and platform credit in one line, in a block of
two), taken from local news of the kinds the brief names (a shin kicking contest at the games, a honey show at the
agricultural fair, a potato harvest festival, a grape stomping contest at the wine harvest, a gingerbread baking contest
at the school and a samovar tea festival on the square) and from blogs about sausage rolls, a ratatouille, currywurst, a
vegetable curry, buckwheat kasha with mushrooms and vareniki with cherries.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 206 but what is named here), held-out set 207 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 206 up to (not including) its paragraph starting "Measured after round 133" (what was printed
ends with its Baseline paragraph), its imports and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast``
as the module-level assignment node, not by a string search), and the first paragraphs of the docstrings of sets 203,
204 and 205, printed with one ast script (/tmp/s208scratch/readdoc.py, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py),
printed with ``inspect.getsource`` (/tmp/s208scratch/insp.py, with /tmp/wt-set208/src and /tmp/wt-set208/tests on
sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the
worktree /tmp/wt-set208 (at the brief's commit). The English fixture file itself was not opened. The import lines and
the line binding the three tests follow set 206's as printed, with 206 -> 208; /tmp/s208scratch/gen208.py writes this
file from scratch files (data208.py with the noise and keep lines, pages208.py with the pages, doc_rest.txt with the
docstring after its first paragraph, which gen208.py builds from the lines themselves, and, after the measurement,
tables208.py with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s208, detached at commit bb03d4ae1fc7a55cec6e9f92e773f0c5aeea3e74, the commit
the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes
on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 08:01:43 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 08:01:45 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 8e91bcef2f5b8d62bd058d65ab13f67fc5601091 (main is at an older commit than the brief's, as the brief
says); both worktrees were made at bb03d4ae1fc7a55cec6e9f92e773f0c5aeea3e74 with ``git worktree add`` (output to
/dev/null; ``git rev-parse HEAD`` in /tmp/wt-set208 printed that commit), and /work/main was not touched afterwards.
After the set-up one ``ls`` of the two worktrees' top levels was run (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests: names only, nothing opened). (2) readdoc.py first printed to the terminal, which
the tool cut in the middle (it showed the start, up to inside set 204's first paragraph, and the end, from inside set
206's Slips and notes paragraph on, all allowed parts); the second run went to /tmp/s208scratch/allowed.txt (498 lines,
all allowed parts), of which I paged lines 125 to 345 with ``sed`` in two pieces; nothing else of any set file was
printed. (3) The Python in use (3.11.7) already had the project's dependencies: insp.py imported test_clean and
noisy_corpus on its first run, so nothing was installed. That import loads the cleaner's modules, but nothing was
cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the
ones the read docstrings name, by eye, and kept away from them: no embed service named there is used for a held-out
marker (Sketchfab, Genially, Issuu, Acast, the ARD Mediathek, RaiPlay, Twitch and Rutube are not named there), and the
failures are of kinds not named there (no WebGL, a presentation made private, a deleted document, a country block, an
expired retention period, playback outside Italy, a deleted broadcast, a player that did not load); the reading times
avoid the phrasings named there (no "Reading time", "Lesezeit:", "Time to read", "min read" without the clock emoji,
"Lettura", "Czas czytania" or "Время чтения" label among the held-out lines); the bylines are of new shapes (words by
... pictures by, name then rank, propos recueillis par, tekst i zdjęcia) and the plugs name marketplaces not named there
(Folksy, a Shopify shop, Subito.it, Wildberries); the footers use builders, hosts and legal lines not named there (Hugo
with Netlify, ICNN membership, GeneratePress with Krystal, Jimdo, netcup, Aruba SiteBuilder, WebWave, 1C-Bitrix); the
comment lines, share rows (Nextdoor, Signal and Mastodon, VKontakte and Odnoklassniki) and notices (an update with the
final results, a co-operation note, a machine-translation note) are of kinds not named there. I replaced one share row
while drafting ("Tell a neighbour: ...") because set 204 names a send-this-to-a-neighbour row. The page furniture
(mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from
those of sets 203 to 206 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use. No hits: Hobbleford, Wimbleham and "Jocasta Wimbleham",
Quillanby, "Hattie's Flaky Larder" (and "Hattie's Flaky"), Saint-Brivoult, Pivoizet and "Anselme Pivoizet", "Jeanne
Forestal", "Courgette Bavarde", Grumbachwiese (prefix of Grumbachwiesen and Grumbachwiesener), Knollenhuber, "Erwin
Saathoff", Oberhalm, Imbissglück and "Imbissglück am Herd", Pigiavalle, Pestavacca, Grappolucci, "Curcuma e Rosmarino",
"Korzennej Woli", "Korzenna Wola", Imbirowska, "Iwona Smakosz", "Kasza u Bogny", Кипяткин (prefix of Кипяткино,
Кипяткине, Кипяткина and «Кипяткинские вести»), Чаепивцева, "Аркадий Чайкин", "Вишнёвая вареничная", Quiddenham,
Fennimoss, Tibbleworth, Mirolleau and Rzepiszewska. Dropped for hits: Ferrowby (inside "bufferRowBytes"), Quorne (inside
"liquorNetSales" and others), "Puff and Pepper" (inside "puff puff and peppered"), Cordonnat (inside "cordonnate"),
Soßenfleck (a real word), Tinozzi (inside "Antinozzi"), Brenzoni (a real name), Thrushcombe, Piernikarczyk, Заварзина
and Hollowmarsh (real names or places in code), "Lower Stint" (inside "follower stint"), Snodgrove (inside
"McSnodgrove"), Lukrecka, and Stubcroft (a lane). Bloggers are given by first name only (Hattie, Margaux, Jörg, Ornella,
Bogna, Агния), commenters as first names with an initial or a place, or as handles, and were not checked; "Hobbleford
Gazette", "Nether Wimbleham", "L'Écho de Saint-Brivoult", "Grumbachwiesener Kurier", "La Gazzetta di Pigiavalle",
"Kurier Korzennej Woli" and "Кипяткинские вести" are formed from checked names. Real services, platforms, shops and
cities are named as real pages do. (6) A script (/tmp/s208scratch/check.py) checked case-insensitively that no noise
line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats and that no
line holds an at-sign; while writing I had already kept the ad labels out of the keep lines and the links rows
("Reklama", "Реклама", "Pubblicità" and "Werbung" do not open the keep lines, the blogs' ad labels differ from the
portals'); its first run found one: the French ad label "Annonce" inside the French portal's menu ("... | Culture |
Annonces"); the menu's last entry was changed to "Loisirs" and the second run found none. gen208.py checks that no line
of the file is over 120 columns and that it holds no at-sign; the counts by category, language and place, and the 10
article and 20 noise lines of each page, were checked with small scripts, and the lists and pages of the written file
were imported back and found equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one
shell call at 08:08:41 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph
and these notes (7) and (8); pytest printed 13 failed, 64 passed and no XPASS, and the report is copied in the Baseline
paragraph. problems.py (/tmp/s208scratch, importing the copy in /tmp/wt-s208/tests with /tmp/wt-s208/src on the path)
then printed ``_problems`` of each failing case: the six lines and the seven pages of the tables; every problem is a
kept noise line ("kept boilerplate"), no article or keep line is lost and no problem of another kind (no unreported
removal, no range or offset problem) was printed. The tables were written from that output (tables208.py, written into
this file by gen208.py); two small scripts checked that every key of the tables is a line or page of the set and that
each page's reason quotes exactly as many of its noise lines as the report counts left; the final file was checked again
with the pytest command in /tmp/wt-s208 (see the Baseline paragraph). (8) Clock: ``date`` printed 08:01:43 at the start,
08:08:41 at the measurement and 08:09:22 when the tables were written; the commit followed within minutes, well inside
the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Share prices of the regional water company ...", "Print runs of the parish magazine ...", "Sponsored by the rotary
club, ...", "Related complaints about parking ...", "Subscriptions to the leisure centre ...", "Terms of the new lease
...", "Listening to residents took longer ...", "Abonnés depuis trente ans ...", "Suivie par près de cinq cents
personnes, ...", "Partage des terres ou vente : ...", "Datenschutz spielte bei der Entscheidung ...", "Geteilt wurde der
erste Preis ...", "Kommentarlos verließ der Bürgermeister ...", "Leggendo la lettera dei bambini, ...", "Condividere il
palco ...", "Tutti i diritti sul marchio della sagra ...", "Obserwując pracę jury, ...", "Reklamy festynu wisiały ...",
"Поделились опытом ..." and "Рекламу ярмарки ..."): each is a full sentence with a subject, a verb and a fact of a local
story, so article ("Partage des terres ou vente" opens like a share row but is a choice put to the council; "Tutti i
diritti" opens like a rights line but speaks of the fair's trademark; "Terms of the new lease" opens like a footer link
but is the lease's terms). Borderline categories: the plugs (Folksy, Shopify, Subito.it, Wildberries) are bylines and
self-promotion, at the foot, since they sell the author's wares in the author's voice; the name-then-rank line is a
byline though it has no "By"; the ICNN membership line is a footer (it speaks of the publisher, not of the article); the
posted-ago-by row and the guest-comment header are comment furniture (they head a reader's comment); the
know-someone-who'd-enjoy-this row is a share row; the French update note and the Polish co-operation note are notices in
the body (both speak of the article they sit in), and the Italian machine-translation note is a notice at the foot. On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (mastheads with taglines, menus, bylines, date lines,
reading times, listen-to-this-article links, captions with credits, ad labels, sponsored headlines, read-also links,
newsletter prompts, share rows, tags lines, comment counts, comments and replies, links rows, copyright lines, blog
names, posted-on lines, tables of contents, save-to-Pinterest rows, affiliate links, sign-offs, plugs, subscribe prompts
and copyright-and-credit lines) is noise. The list rows (the shin kicking rules, the honey classes, the festival's
programme, the grape stomping rules, the gingerbread contest's rules, the tea festival's programme, and what goes into
the sausage rolls, the ratatouille, the currywurst sauce, the curry, the kasha and the vareniki) are short but part of
each article, so article; the list headings ("What the rules say", "Składniki", "Что понадобится" and the like) are the
articles' subheadings, so article; the portals' read-also links are noise though they sit between the second and third
list rows; the portals' newsletter prompts are noise though they sit between the two last paragraphs; the portals' photo
captions are noise though they sit between the second paragraph and the paragraph with the quote; the blogs' ad labels
are noise though they sit at the top of the list block and the affiliate links are noise though they close it; the
sign-offs ("Happy baking! Hattie x" and the like) are noise; the comment headings quote the post's title but are noise;
the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Polish and Italian; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: French and Polish), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Italian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hobbleford-shin-kicking (a farrier
wins the shin kicking contest revived at the town's summer games), en-blog-hatties-flaky-larder-sausage-rolls (sausage
rolls with sage in bought puff pastry), fr-portail-saint-brivoult-concours-de-miel (42 beekeepers and a chestnut-honey
winner at the agricultural fair's honey show), fr-blog-la-courgette-bavarde-ratatouille (a slow-cooked ratatouille),
de-portal-grumbachwiesen-kartoffelfest (four thousand visitors, a tractor parade and a potato queen at the harvest
festival), de-blog-imbissglueck-am-herd-currywurst (a currywurst with a home-made sauce),
it-portale-pigiavalle-pigiatura-uva (twelve pairs stomping sangiovese grapes in the square at the wine harvest),
it-blog-curcuma-e-rosmarino-curry-di-verdure (a vegetable curry with coconut milk), pl-portal-korzenna-wola-pierniki
(twenty pupils' teams baking gingerbread at the primary school, won by a gingerbread model of the school),
pl-blog-kasza-u-bogny-kasza-z-grzybami (buckwheat kasha with dried ceps and onion),
ru-portal-kipyatkino-festival-samovarnogo-chaya (thirty families' samovars and a century-old winner at the tea festival
on the square) and ru-blog-vishnyovaya-varenichnaya-vareniki (vareniki with cherries in a kefir dough), each with a
reader comment thread.

Baseline (2026-12-07, cleaner at commit bb03d4ae1fc7a55cec6e9f92e773f0c5aeea3e74, measured with ``cd /tmp/wt-s208 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s208/src python -m pytest -q tests/test_clean_held_out_208.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s208 && PYTHONPATH=/tmp/wt-s208/src python
scripts/clean_held_out_report.py --sets 208``, with the xfail tables empty, at 08:08:41 UTC by ``date``): noise lines
removed 39/45 (marker 4/8, reading-time 6/7, byline 8/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Issuu placeholder, the
French Acast, German ARD Mediathek and Italian RaiPlay lines), one reading time at the head (the English blog's
you'll-need-about line) and one notice in the body (the French update note); the English Sketchfab and Genially, Polish
Twitch and Russian Rutube markers, the other six reading times, all four head bylines and all four plugs, all eight
footers, all eight comment lines, every share row and the Polish co-operation and Italian machine-translation notices
went); keep lines kept 20/20; pages 5/12 clean (the English, French, German, Polish and Russian portal pages), 18 of 240
page noise lines left and 0 of 120 article lines lost. Left: on the Italian grape-stomping portal the bare byline under
the title ("Di Ermenegilda Pestavacca", 1); on all six blog pages the photo caption after the second paragraph; besides,
on the English sausage-roll, French ratatouille and German currywurst blogs the sign-off and the classes or workshops
plug after the two last paragraphs (3 each), and on the Russian vareniki blog the sign-off, the plug and the whole table
of contents (its heading and two entries) (6); the Italian curry and Polish kasha blogs keep just the caption (1 each).
No page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on the
final file in /tmp/wt-s208 gave 64 passed, 13 xfailed, no XPASS.

Measured after round 134 (developed on sets 205 and 206 from 45be0e4, round 133 with the lead's mend, and merged into
main's d1d475e; measured on it blind by the lead with scripts/clean_held_out_report.py --sets 207 208 and this set's
pytest file, against this set's baseline at bb03d4a): nothing moved. Every blog keeps its photo caption after the second
paragraph, the English, French, German and Russian blogs their sign-off and classes plug, the Russian blog its three-
line table of contents, the Italian portal its bare byline; the Issuu, Acast, ARD Mediathek and RaiPlay markers, the
English blog's reading time and the French updated-article notice are still missed. Noise lines 39 of 45, keep 20 of 20,
pages clean 5 of 12, page noise lines left 18 of 240, article lines lost 0 of 120; the set's pytest file 64 passed, 13
xfailed, no XPASS.

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
This set before -> after (scripts/clean_held_out_report.py --sets 208): noise lines 39 -> 45 of 45 (marker 4 -> 8 of
8, reading-time 6 -> 7 of 7, byline 8 of 8, footer 8 of 8, comments 8 of 8, share 3 of 3, notice 2 -> 3 of 3), keep 20
of 20, pages clean 5 -> 5 of 12, page noise lines left 18 -> 7 of 240, article lines lost 0 -> 0 of 120; the set's
pytest file 64 passed, 13 xfailed -> 70 passed, 7 xfailed, no XPASS (all six line xfails removed). Reasons reworded:
the English sausage-roll, French ratatouille and German currywurst blogs (the sign-off and the classes or workshops
plug now go) and the Russian vareniki blog (the sign-off, the plug and the table of contents now go); each of the six
blogs keeps only its photo caption after the second paragraph. Still missed: the six captions (left alone, as the
brief asks) and the Italian portal's bare byline ("Di Ermenegilda Pestavacca") under the title.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_208_LINES: list[tuple[str, str, str]] = [
    ("body", "The Sketchfab model could not be displayed because WebGL is not supported on this device.", "marker"),
    ("body", "Genially presentation unavailable – the creator has made it private.", "marker"),
    ("body", "[Issuu flipbook removed: the publisher has deleted this document]", "marker"),
    ("body", "Épisode Acast indisponible : ce contenu n'est pas accessible depuis votre pays.", "marker"),
    ("body", "Das eingebettete Video aus der ARD-Mediathek wurde nach Ablauf der Verweildauer depubliziert.", "marker"),
    ("body", "Il video di RaiPlay incorporato non è riproducibile fuori dall'Italia.", "marker"),
    ("body", "Klip z Twitcha jest niedostępny, ponieważ nadawca usunął transmisję.", "marker"),
    ("body", "Плеер Rutube не загрузился: обновите страницу или попробуйте позже.", "marker"),
    ("head", "⏱ 5 min read", "reading-time"),
    ("head", "You'll need about nine minutes for this one, plus however long the pastry takes "
             "to chill", "reading-time"),
    ("head", "Vous lirez cet article en 5 minutes", "reading-time"),
    ("head", "Lesezeit etwa 5 Minuten", "reading-time"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("head", "Przeczytasz w 5 minut", "reading-time"),
    ("head", "Время на прочтение: 5 минут", "reading-time"),
    ("head", "Words by Perpetua Quiddenham | Pictures by Ambrose Fennimoss", "byline"),
    ("head", "Cornelius Tibbleworth, Chief Reporter", "byline"),
    ("head", "Propos recueillis par Gaspard Mirolleau", "byline"),
    ("head", "Tekst i zdjęcia: Bogumiła Rzepiszewska", "byline"),
    ("tail", "My hand-forged toasting forks are on Folksy, dispatched from my workshop every Friday.", "byline"),
    ("tail", "Meine getöpferten Currywurst-Schalen verkaufe ich in meinem Shopify-Laden, Versand mit GLS.", "byline"),
    ("tail", "I miei taglieri in legno d'ulivo li trovate su Subito.it, con spedizione tramite Poste "
             "Italiane.", "byline"),
    ("tail", "Расписные доски для лепки вареников продаю на Wildberries, доставка по всей России.", "byline"),
    ("tail", "Built with Hugo · Deployed on Netlify · RSS", "footer"),
    ("tail", "Member of the Independent Community News Network", "footer"),
    ("tail", "Theme: GeneratePress · Hosted by Krystal Hosting", "footer"),
    ("tail", "Site créé avec Jimdo · Mentions légales · Gestion des cookies", "footer"),
    ("tail", "Gehostet in Deutschland bei netcup · Impressum · Datenschutz", "footer"),
    ("tail", "Sito creato con Aruba SiteBuilder · Privacy policy · Cookie policy", "footer"),
    ("tail", "Strona stworzona w kreatorze WebWave · Regulamin · Polityka cookies", "footer"),
    ("tail", "Сайт работает на 1С-Битрикс · Карта сайта · Согласие на обработку персональных данных", "footer"),
    ("tail", "Commenting on this story is restricted to verified subscribers.", "comments"),
    ("tail", "Posted 3 hours ago by ploughboy62 · Report", "comments"),
    ("tail", "Hide 4 replies", "comments"),
    ("tail", "Répondre à ce commentaire · Signaler un abus", "comments"),
    ("tail", "Dieser Kommentar wurde von der Moderation entfernt.", "comments"),
    ("tail", "I commenti sono chiusi dopo 48 ore dalla pubblicazione.", "comments"),
    ("tail", "Najnowsze komentarze (23) – zobacz wszystkie", "comments"),
    ("tail", "Гость, 12 мая 2026 в 14:32 · Ответить", "comments"),
    ("tail", "Know someone who'd enjoy this? Nextdoor · WhatsApp · Copy link", "share"),
    ("tail", "Artikel teilen via: Signal · Mastodon · Link kopieren", "share"),
    ("tail", "Отправить другу: ВКонтакте · Одноклассники · Telegram", "share"),
    ("body", "Cet article a été mis à jour le 14 juin à 18 h avec les résultats définitifs.", "notice"),
    ("body", "Artykuł powstał we współpracy z Urzędem Gminy Korzenna Wola.", "notice"),
    ("tail", "Questo articolo è stato tradotto automaticamente dall'originale tedesco.", "notice"),
]

HELD_OUT_208_KEEP: list[tuple[str, str]] = [
    ("head", "Share prices of the regional water company fell after the council voted to challenge its sewage permit."),
    ("head", "Print runs of the parish magazine will be cut to 400 copies from next month, the editor said."),
    ("body", "Sponsored by the rotary club, the new bench on the green was unveiled on Saturday morning."),
    ("body", "Related complaints about parking on the high street have been passed to the county highways team."),
    ("tail", "Subscriptions to the leisure centre fell by a fifth after the pool closed for repairs last winter."),
    ("tail", "Terms of the new lease give the bowls club the pavilion for another twenty-five years."),
    ("tail", "Listening to residents took longer than planned, and the vote slipped to half past nine."),
    ("head", "Abonnés depuis trente ans au marché couvert, les Morel y vendent leur fromage chaque samedi."),
    ("body", "Suivie par près de cinq cents personnes, la procession a fait le tour du village en deux heures."),
    ("tail", "Partage des terres ou vente : le conseil municipal tranchera lors de sa séance de jeudi."),
    ("head", "Datenschutz spielte bei der Entscheidung über die neuen Kameras am Bahnhof keine Rolle, sagte "
             "die Ortsvorsteherin."),
    ("body", "Geteilt wurde der erste Preis zwischen zwei Familien aus dem Unterdorf."),
    ("tail", "Kommentarlos verließ der Bürgermeister nach der Abstimmung den Saal."),
    ("head", "Leggendo la lettera dei bambini, il parroco si è commosso davanti a tutta la piazza."),
    ("body", "Condividere il palco con la banda del paese è stato un onore, ha detto il sindaco."),
    ("tail", "Tutti i diritti sul marchio della sagra sono stati ceduti al Comune per un euro simbolico."),
    ("head", "Obserwując pracę jury, dzieci robiły notatki w zeszytach."),
    ("tail", "Reklamy festynu wisiały na każdym płocie we wsi od początku maja."),
    ("head", "Поделились опытом и гости из соседнего района, привёзшие свои самовары."),
    ("tail", "Рекламу ярмарки на местном радио оплатили сами торговцы."),
]

HELD_OUT_208_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-hobbleford-shin-kicking", [
        ["-Hobbleford Gazette – Serving the Wolds since 1887",
         "-News | Sport | What's On | Farming | Obituaries | Jobs"],
        ["+Straw-stuffed trousers and bruised shins as the games revive the shin kicking contest",
         "-By Jocasta Wimbleham, sports reporter",
         "-Sunday 7 June 2026, 18:42 BST"],
        ["-4 minute read",
         "-▶ Listen to this article (5:12)",
         "+More than two hundred spectators packed the hillside above Hobbleford on Saturday evening as the "
          "shin kicking contest returned to the town's summer games after a six-year gap."],
        ["+Sixteen competitors, their trousers stuffed with straw, gripped each other by the collar and kicked "
          "until one of them was brought to the ground, with a stickler in a white smock judging every bout.",
         "-Two competitors grapple in the final on Saturday. Picture: Hobbleford Gazette",
         "+The title went to Barnaby Quillanby, a 34-year-old farrier, who said: \"I've been kicked by horses "
          "all week, so this was a holiday.\""],
        ["-Advertisement",
         "-Sponsored: The walking boots hill farmers swear by"],
        ["+What the rules say",
         "+Competitors must wear soft shoes, with no steel toecaps allowed.",
         "+Straw may be packed into the trouser legs but not tied on with tape.",
         "-Read also: Cheese rolling return ruled out for another year",
         "+A bout is won by the best of three falls, judged by the stickler."],
        ["+The games committee said first aid volunteers treated three bruised competitors, none of whom needed "
          "hospital care.",
         "-Get the Gazette's weekend briefing in your inbox every Saturday – sign up free",
         "+Organisers hope to add a women's contest next summer and have already had eleven names put forward."],
        ["-Share this story: Facebook · WhatsApp · X · Email",
         "-Tags: Hobbleford Games, Shin Kicking, Summer Events"],
        ["-7 comments",
         "-hillwalker_jo: Best night of the year, the crowd was roaring.",
         "-↳ Jocasta Wimbleham (Gazette): Thanks Jo – photos from the night are in tomorrow's print edition.",
         "-Maud from Nether Wimbleham: My grandad won this in 1953 with no straw at all!",
         "-↳ hillwalker_jo: Tougher times, Maud!"],
        ["-About us · Contact · Advertise with us · Terms · Privacy",
         "-© 2026 Hobbleford Gazette Ltd. All rights reserved."],
    ]),
    _page("en", "en-blog-hatties-flaky-larder-sausage-rolls", [
        ["-Hattie's Flaky Larder – baking for people who hate washing up",
         "-Home · Recipes · Baking · About · Contact"],
        ["+Proper sausage rolls with flaky pastry and a hint of sage",
         "-Posted on 14 March 2026 by Hattie",
         "-Reading time: 6 minutes"],
        ["+Nothing beats a warm sausage roll straight from the oven, and they are far easier to make at home "
          "than most people think.",
         "+I use shop-bought all-butter puff pastry, because life is short, and put all my effort into the "
          "filling instead.",
         "-The sausage rolls cooling on a wire rack by the back door."],
        ["-In this post",
         "-1. Choosing the sausage meat",
         "-2. Freezing the rolls"],
        ["-Save to Pinterest · Print the recipe",
         "+My nan always said: \"A sausage roll without sage is just a sausage in a coat.\" She was right, and "
          "I never leave it out."],
        ["-Advertising",
         "+What goes into the filling",
         "+Good pork sausage meat, about 500 grams for twelve rolls.",
         "+A small onion, grated, and a handful of chopped fresh sage.",
         "+Plenty of black pepper and a pinch of ground nutmeg.",
         "-I bake these on my favourite heavy baking tray (affiliate link)."],
        ["+Brush the pastry with beaten egg, bake at 200 degrees for 25 minutes and leave them to cool for five "
          "minutes before you bite in.",
         "+They freeze beautifully raw, so I always make a double batch and bake a few straight from the "
          "freezer whenever friends drop by.",
         "-Happy baking! Hattie x",
         "-Want to learn to make your own rough puff? My pastry classes run every other Saturday – book a place here."],
        ["-12 thoughts on “Proper sausage rolls with flaky pastry and a hint of sage”",
         "-Dot from Leeds: Made these for my grandson's party and they vanished in minutes.",
         "-↳ Hattie: That's the best review I could ask for, Dot!",
         "-Kevin W: Can I use beef sausage meat instead?",
         "-↳ Hattie: You can, Kevin – add a little mustard to the filling."],
        ["-Never miss a recipe – subscribe by email and get new posts every Friday.",
         "-© 2026 Hattie's Flaky Larder · Theme: Kadence · Powered by WordPress"],
    ]),
    _page("fr", "fr-portail-saint-brivoult-concours-de-miel", [
        ["-L'Écho de Saint-Brivoult – Le quotidien du bocage",
         "-Actualités | Sports | Agriculture | Culture | Loisirs"],
        ["+À la foire agricole, les apiculteurs du canton se disputent le meilleur miel",
         "-Par Anselme Pivoizet",
         "-Publié le 6 septembre 2026 à 17h12"],
        ["-Temps de lecture : 3 min",
         "-▶ Écouter cet article",
         "+Quarante-deux apiculteurs ont présenté leurs pots au concours de miel de la foire agricole de "
          "Saint-Brivoult, samedi, sous la grande halle du champ de foire."],
        ["+Le jury, composé de trois apiculteurs et d'une pâtissière, a goûté chaque miel à la cuillère en bois "
          "avant de noter la couleur, l'arôme et la texture.",
         "-Les pots alignés sous la halle samedi matin. Photo : L'Écho de Saint-Brivoult",
         "+Le premier prix est revenu à Jeanne Forestal pour son miel de châtaignier : « Mes abeilles ont "
          "travaillé dur cet été, ce prix est pour elles », a-t-elle souri."],
        ["-Publicité",
         "-Contenu sponsorisé : Les ruches en bois que s'arrachent les jardiniers"],
        ["+Les catégories du concours",
         "+Le miel de fleurs, clair ou crémeux, récolté au printemps.",
         "+Le miel de châtaignier, plus sombre et plus amer.",
         "-À lire aussi : La fête de la pomme reportée à octobre",
         "+Le miel de forêt, issu du miellat des sapins et des chênes."],
        ["+Les organisateurs ont vendu plus de six cents pots au stand de dégustation, au profit du syndicat "
          "apicole du canton.",
         "-Recevez chaque matin notre lettre d'information gratuite – inscrivez-vous",
         "+La prochaine édition aura lieu en septembre 2027, avec une nouvelle catégorie réservée aux jeunes "
          "apiculteurs."],
        ["-Partager : Facebook · X · WhatsApp · E-mail",
         "-Mots-clés : foire agricole, apiculture, Saint-Brivoult"],
        ["-5 commentaires",
         "-Mimi_des_ruches : Bravo à Jeanne, son miel est une merveille.",
         "-↳ Anselme Pivoizet (L'Écho) : Merci, une galerie photo suivra demain.",
         "-Bernard86 : Dommage que le miel de lavande n'ait pas sa catégorie.",
         "-↳ Mimi_des_ruches : Pas beaucoup de lavande chez nous, Bernard !"],
        ["-Qui sommes-nous · Contact · Mentions légales · CGU",
         "-© 2026 L'Écho de Saint-Brivoult – Tous droits réservés"],
    ]),
    _page("fr", "fr-blog-la-courgette-bavarde-ratatouille", [
        ["-La Courgette Bavarde – cuisine du soleil sans chichis",
         "-Accueil · Recettes · Légumes · À propos · Contact"],
        ["+Ma ratatouille mijotée comme dans le Sud",
         "-Publié le 2 août 2026 par Margaux",
         "-Temps de lecture : 5 minutes"],
        ["+La ratatouille, c'est le plat de l'été par excellence, et chez moi on la prépare dès que les tomates "
          "du jardin sont bien mûres.",
         "+Le secret, c'est de faire revenir chaque légume séparément avant de tout réunir dans la cocotte.",
         "-La ratatouille encore fumante dans ma cocotte orange."],
        ["-Sommaire",
         "-1. Bien choisir les légumes",
         "-2. Conserver la ratatouille"],
        ["-Épingler sur Pinterest · Imprimer la recette",
         "+Ma grand-mère répétait : « Une ratatouille pressée est une ratatouille ratée. » Je la laisse donc "
          "mijoter une bonne heure."],
        ["-Annonce",
         "+Les légumes qu'il vous faut",
         "+Deux aubergines et trois courgettes coupées en cubes.",
         "+Deux poivrons, un rouge et un jaune, en lanières.",
         "+Quatre tomates bien mûres, un oignon et deux gousses d'ail.",
         "-J'utilise cette cocotte en fonte depuis dix ans (lien affilié)."],
        ["+Servez-la chaude avec du riz, tiède avec un œuf au plat ou froide le lendemain avec un filet d'huile "
          "d'olive.",
         "+Elle se garde trois jours au réfrigérateur et se congèle très bien en portions.",
         "-Bon appétit ! Margaux",
         "-Envie de cuisiner avec moi ? Mes ateliers de cuisine provençale ont lieu un samedi par mois à Avignon."],
        ["-9 réponses à « Ma ratatouille mijotée comme dans le Sud »",
         "-Sylvie : Testée hier soir, toute la famille a adoré.",
         "-↳ Margaux : Merci Sylvie, ça me fait très plaisir !",
         "-Paulo13 : On peut la faire au four ?",
         "-↳ Margaux : Oui Paulo, comptez une heure à 180 degrés."],
        ["-Abonnez-vous pour recevoir les nouvelles recettes par courriel.",
         "-© 2026 La Courgette Bavarde · Thème Astra · Propulsé par WordPress"],
    ]),
    _page("de", "de-portal-grumbachwiesen-kartoffelfest", [
        ["-Grumbachwiesener Kurier – Die Heimatzeitung für das Ackerland",
         "-Lokales | Vereine | Sport | Kultur | Termine"],
        ["+Tausende feiern beim Kartoffelfest den Abschluss der Ernte",
         "-Von Waltraud Knollenhuber",
         "-Veröffentlicht am 20.09.2026 um 18:30 Uhr"],
        ["-Lesezeit: 3 Minuten",
         "-▶ Artikel anhören",
         "+Mit Blasmusik, Kartoffelpuffern und einem Umzug geschmückter Traktoren hat Grumbachwiesen am Sonntag "
          "das Ende der Kartoffelernte gefeiert."],
        ["+Rund viertausend Besucher kamen auf den Festplatz am Sportheim, wo die Landfrauen schon ab zehn Uhr "
          "Reibekuchen mit Apfelmus verkauften.",
         "-Der Festumzug zieht durch die Hauptstraße. Foto: Grumbachwiesener Kurier",
         "+Landwirt Erwin Saathoff zeigte sich zufrieden: „Die Knollen sind dieses Jahr groß und gesund, der "
          "Regen im August hat uns gerettet.“"],
        ["-Werbung",
         "-Gesponsert: Dieser Gartenhäcksler ist im Test der klare Sieger"],
        ["+Das Programm am Sonntag",
         "+Um elf Uhr begann der Umzug mit zwanzig geschmückten Traktoren.",
         "+Am Nachmittag traten sechs Mannschaften beim Kartoffelschälen gegeneinander an.",
         "-Lesen Sie auch: Neuer Radweg nach Oberhalm verzögert sich",
         "+Zum Abschluss wurde die neue Kartoffelkönigin gekrönt."],
        ["+Der Erlös des Festes geht in diesem Jahr an die Jugendfeuerwehr, die damit ein neues Zelt kaufen will.",
         "-Jetzt den kostenlosen Kurier-Newsletter abonnieren und nichts mehr verpassen",
         "+Das nächste Kartoffelfest ist für den dritten Sonntag im September 2027 geplant."],
        ["-Teilen: Facebook · WhatsApp · E-Mail · Drucken",
         "-Schlagwörter: Kartoffelfest, Ernte, Grumbachwiesen"],
        ["-6 Kommentare",
         "-Heidi_vom_Hof: Die Puffer der Landfrauen sind jedes Jahr die besten!",
         "-↳ Redaktion: Danke, Heidi – ein Rezept folgt in der Samstagsausgabe.",
         "-Ackerbauer58: Schade, dass der Umzug diesmal so kurz war.",
         "-↳ Heidi_vom_Hof: Es waren doch zwanzig Traktoren, mehr passen nicht durch die Straße."],
        ["-Impressum · Kontakt · AGB · Mediadaten",
         "-© 2026 Grumbachwiesener Kurier GmbH"],
    ]),
    _page("de", "de-blog-imbissglueck-am-herd-currywurst", [
        ["-Imbissglück am Herd – Imbissküche für Zuhause",
         "-Startseite · Rezepte · Grillen · Über mich · Kontakt"],
        ["+Currywurst wie an der Bude, mit selbstgemachter Soße",
         "-Veröffentlicht am 9. Mai 2026 von Jörg",
         "-Lesezeit: 4 Minuten"],
        ["+Eine gute Currywurst braucht keine Bude, sondern nur eine ordentliche Bratwurst und eine Soße, die "
          "man selbst gekocht hat.",
         "+Fertige Currysoße aus der Flasche kommt mir nicht mehr ins Haus, seit ich dieses Rezept gefunden habe.",
         "-Die Currywurst mit Pommes auf dem Pappteller."],
        ["-Inhaltsverzeichnis",
         "-1. Die richtige Wurst",
         "-2. Soße auf Vorrat"],
        ["-Auf Pinterest merken · Rezept drucken",
         "+Mein Onkel, der dreißig Jahre einen Imbiss hatte, sagte immer: „Die Soße muss so dick sein, dass die "
          "Gabel drin steht.“"],
        ["-Anzeige",
         "+Was in die Soße kommt",
         "+Tomatenmark, Ketchup und ein Schuss Apfelsaft.",
         "+Reichlich Currypulver und etwas geräuchertes Paprikapulver.",
         "+Eine fein gewürfelte Zwiebel, in Butter angeschwitzt.",
         "-Mein Currypulver bestelle ich immer hier (Affiliate-Link)."],
        ["+Die Bratwurst brate ich in der Pfanne, schneide sie in Scheiben und gieße die heiße Soße großzügig darüber.",
         "+Dazu gibt es Pommes oder einfach ein Brötchen, und wer mag, streut noch etwas Curry obendrauf.",
         "-Lasst es euch schmecken! Euer Jörg",
         "-Lust auf mehr? In meinen Grillkursen in Bochum zeige ich euch, wie ihr Bratwurst selbst macht."],
        ["-11 Kommentare zu „Currywurst wie an der Bude, mit selbstgemachter Soße“",
         "-Manni aus Herne: Endlich eine Soße ohne Zuckerschock, top!",
         "-↳ Jörg: Danke, Manni, freut mich sehr!",
         "-Bettina: Kann man die Soße einfrieren?",
         "-↳ Jörg: Klar, Bettina, hält sich drei Monate."],
        ["-Verpasse kein Rezept mehr – abonniere meinen Newsletter.",
         "-© 2026 Imbissglück am Herd · Theme: Kadence · Erstellt mit WordPress"],
    ]),
    _page("it", "it-portale-pigiavalle-pigiatura-uva", [
        ["-La Gazzetta di Pigiavalle – Notizie dalle colline",
         "-Cronaca | Sport | Cultura | Eventi | Necrologi"],
        ["+Piedi nudi nei tini: a Pigiavalle torna la gara di pigiatura dell'uva",
         "-Di Ermenegilda Pestavacca",
         "-Pubblicato il 27 settembre 2026 alle 18:05"],
        ["-Tempo di lettura: 3 minuti",
         "-▶ Ascolta l'articolo",
         "+Dodici coppie si sono sfidate domenica in piazza del Mercato nella gara di pigiatura dell'uva che "
          "chiude ogni anno la vendemmia di Pigiavalle."],
        ["+Ogni coppia aveva dieci minuti per pigiare a piedi nudi cinquanta chili di uva sangiovese in un tino "
          "di legno, mentre un compagno raccoglieva il mosto nel secchio.",
         "-Le coppie al lavoro nei tini in piazza. Foto: La Gazzetta di Pigiavalle",
         "+Hanno vinto i cugini Serafino e Assunta Grappolucci, con diciotto litri di mosto: «Abbiamo i piedi "
          "viola ma siamo felicissimi», ha detto Assunta."],
        ["-Pubblicità",
         "-Contenuto sponsorizzato: Le cantinette frigo più vendute dell'anno"],
        ["+Le regole della gara",
         "+Si pigia soltanto a piedi nudi, senza calze né sacchetti.",
         "+Il mosto viene pesato dal giudice al termine dei dieci minuti.",
         "-Leggi anche: Sagra del tartufo, cambia la data",
         "+In caso di parità vince la coppia con il mosto più limpido."],
        ["+Il mosto della gara sarà affidato alla cantina sociale, che ne ricaverà un vino da vendere per la "
          "scuola materna.",
         "-Iscriviti alla newsletter della Gazzetta e ricevi le notizie ogni mattina",
         "+Il Comune ha già confermato la gara anche per la vendemmia del prossimo anno."],
        ["-Condividi: Facebook · WhatsApp · X · Email",
         "-Tag: vendemmia, pigiatura, Pigiavalle"],
        ["-4 commenti",
         "-Carla_62: Che bello vedere la piazza così piena!",
         "-↳ Redazione: Grazie Carla, trovate la fotogallery sul nostro sito.",
         "-Gino dal colle: Mia nonna pigiava così ogni anno, altro che gara.",
         "-↳ Carla_62: Anche la mia, Gino!"],
        ["-Chi siamo · Contatti · Note legali · Privacy · Cookie",
         "-© 2026 La Gazzetta di Pigiavalle – Riproduzione riservata"],
    ]),
    _page("it", "it-blog-curcuma-e-rosmarino-curry-di-verdure", [
        ["-Curcuma e Rosmarino – ricette vegetariane di casa",
         "-Home · Ricette · Primi · Secondi · Chi sono"],
        ["+Curry di verdure con latte di cocco, pronto in mezz'ora",
         "-Pubblicato il 18 ottobre 2026 da Ornella",
         "-Tempo di lettura: 4 minuti"],
        ["+Il curry di verdure è la mia cena di salvataggio: basta aprire il frigo, prendere quello che c'è e "
          "in mezz'ora è in tavola.",
         "+Uso una pasta di curry giallo già pronta e la ammorbidisco con il latte di cocco, così il piatto "
          "resta delicato anche per i bambini.",
         "-Il curry di verdure servito con riso basmati."],
        ["-Indice dei contenuti",
         "-1. Le verdure di stagione",
         "-2. Come conservarlo"],
        ["-Salva su Pinterest · Stampa la ricetta",
         "+Mia suocera, che è di Calcutta, mi ha detto: «Il curry non si misura, si assaggia», e da allora non "
          "peso più le spezie."],
        ["-Annuncio",
         "+Cosa serve",
         "+Due patate, una carota e mezzo cavolfiore a pezzetti.",
         "+Una lattina di ceci già cotti e una manciata di spinaci.",
         "+Due cucchiai di pasta di curry e una lattina di latte di cocco.",
         "-La pentola che uso è questa (link di affiliazione)."],
        ["+Fate rosolare la pasta di curry con la cipolla, aggiungete le verdure e il latte di cocco e lasciate "
          "cuocere venti minuti.",
         "+Servitelo con riso basmati o pane naan, e il giorno dopo è ancora più buono.",
         "-Buon appetito! Ornella",
         "-Volete imparare a cucinare con le spezie? I miei corsi di cucina si tengono a Bologna ogni giovedì sera."],
        ["-7 commenti su «Curry di verdure con latte di cocco, pronto in mezz'ora»",
         "-Francesca: L'ho fatto ieri, buonissimo!",
         "-↳ Ornella: Grazie Francesca, sono felice che ti sia piaciuto!",
         "-Luca_B: Si può usare la zucca?",
         "-↳ Ornella: Certo Luca, la zucca ci sta benissimo."],
        ["-Iscriviti alla newsletter per ricevere le nuove ricette.",
         "-© 2026 Curcuma e Rosmarino · Tema Kadence · Creato con WordPress"],
    ]),
    _page("pl", "pl-portal-korzenna-wola-pierniki", [
        ["-Kurier Korzennej Woli – Gazeta powiatowa",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Pogoda"],
        ["+Pierniki na medal: uczniowie z Korzennej Woli upiekli ponad tysiąc ciastek",
         "-Autorka: Halina Imbirowska",
         "-Opublikowano: 04.12.2026, 16:40"],
        ["-Czas czytania: 3 min",
         "-▶ Posłuchaj artykułu",
         "+W piątek w szkole podstawowej w Korzennej Woli odbył się konkurs pieczenia pierników, w którym "
          "wzięło udział dwadzieścia drużyn uczniów."],
        ["+Każda drużyna miała dwie godziny na upieczenie i ozdobienie trzydziestu pierników, a jury oceniało "
          "smak, wygląd i pomysłowość lukrowanych wzorów.",
         "-Uczniowie przy stołach z piernikami. Fot. Kurier Korzennej Woli",
         "+Wygrała klasa 6b z piernikowym modelem szkoły. „Piekliśmy ją trzy razy, bo dach ciągle się zapadał” "
          "– śmiała się wychowawczyni Iwona Smakosz."],
        ["-Reklama",
         "-Artykuł sponsorowany: Te foremki do ciastek kupują wszyscy"],
        ["+Zasady konkursu",
         "+Ciasto trzeba było przygotować na miejscu, z mąki, miodu i przypraw.",
         "+Do dekoracji wolno było używać wyłącznie lukru i bakalii.",
         "-Czytaj także: Jarmark bożonarodzeniowy w nowym miejscu",
         "+Każda drużyna miała w składzie jednego nauczyciela."],
        ["+Pierniki sprzedano na szkolnym kiermaszu, a zebrane 3200 złotych przeznaczono na wycieczkę do Torunia.",
         "-Zapisz się do newslettera Kuriera i otrzymuj najważniejsze wiadomości",
         "+Dyrekcja szkoły zapowiada, że konkurs odbędzie się także w przyszłym roku."],
        ["-Udostępnij: Facebook · Messenger · X · E-mail",
         "-Tagi: pierniki, szkoła, Korzenna Wola"],
        ["-8 komentarzy",
         "-mama_Zosi: Córka do dziś opowiada o tym konkursie!",
         "-↳ Redakcja: Dziękujemy, galeria zdjęć już wkrótce.",
         "-Tadeusz K.: Szkoda, że nie było drużyny rodziców.",
         "-↳ mama_Zosi: Może za rok, panie Tadeuszu!"],
        ["-O nas · Kontakt · Regulamin · Polityka prywatności",
         "-© 2026 Kurier Korzennej Woli. Wszelkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-kasza-u-bogny-kasza-z-grzybami", [
        ["-Kasza u Bogny – proste jedzenie z polskiej kuchni",
         "-Start · Przepisy · Zupy · Dania główne · O mnie"],
        ["+Kasza gryczana z grzybami i cebulką, jak u babci",
         "-Opublikowano 5 października 2026 przez Bognę",
         "-Czas czytania: 4 min"],
        ["+Kasza gryczana z grzybami to dla mnie smak jesieni i niedzielnych obiadów w domu na wsi.",
         "+Najlepsza jest z suszonymi borowikami, ale świeże pieczarki też dają radę, jeśli dodamy ich więcej.",
         "-Kasza z grzybami podana w glinianej misce."],
        ["-Spis treści",
         "-1. Jak ugotować kaszę",
         "-2. Z czym podawać"],
        ["-Zapisz na Pintereście · Drukuj przepis",
         "+Babcia zawsze mówiła: „Kaszy nie mieszaj, bo się obrazi”, i rzeczywiście wychodzi sypka tylko wtedy, "
          "gdy się jej nie rusza."],
        ["-Materiał reklamowy",
         "+Składniki",
         "+Szklanka kaszy gryczanej palonej.",
         "+Garść suszonych borowików namoczonych w wodzie.",
         "+Dwie cebule i łyżka masła.",
         "-Kaszę gotuję w tym garnku z grubym dnem (link afiliacyjny)."],
        ["+Cebulę zeszklij na maśle, dodaj odciśnięte grzyby, a na koniec wymieszaj wszystko z ugotowaną kaszą.",
         "+Podawaj z kwaśnym mlekiem albo ogórkiem kiszonym, a resztę odgrzej następnego dnia na patelni.",
         "-Smacznego! Bogna",
         "-Chcesz gotować ze mną? Zapraszam na warsztaty kulinarne w Lublinie, zapisy przez formularz."],
        ["-6 komentarzy do „Kasza gryczana z grzybami i cebulką, jak u babci”",
         "-Ania z Radomia: Robię co tydzień, mąż zachwycony.",
         "-↳ Bogna: Dziękuję, Aniu, pozdrów męża!",
         "-Krzysiek: A można z kaszą niepaloną?",
         "-↳ Bogna: Można, Krzysiek, będzie delikatniejsza w smaku."],
        ["-Zapisz się do newslettera, a nowe przepisy dostaniesz pocztą elektroniczną.",
         "-© 2026 Kasza u Bogny · Motyw Astra · Wspierane przez WordPress"],
    ]),
    _page("ru", "ru-portal-kipyatkino-festival-samovarnogo-chaya", [
        ["-Кипяткинские вести – Газета нашего района",
         "-Новости | Общество | Спорт | Культура | Объявления"],
        ["+На площади в Кипяткине прошёл фестиваль самоварного чая",
         "-Автор: Прасковья Чаепивцева",
         "-Опубликовано 15.08.2026, 19:20"],
        ["-Время чтения: 3 мин",
         "-▶ Слушать статью",
         "+В субботу на Соборной площади Кипяткина прошёл фестиваль самоварного чая, собравший около трёх тысяч "
          "жителей и гостей района."],
        ["+Тридцать семей выставили свои самовары, от медных дореволюционных до электрических, и весь день "
          "угощали гостей чаем с баранками и вареньем.",
         "-Самовары на Соборной площади. Фото: «Кипяткинские вести»",
         "+Лучшим признали самовар семьи Чайкиных, которому больше ста лет. «Его растапливал ещё мой прадед "
          "шишками», — рассказал Аркадий Чайкин."],
        ["-Реклама",
         "-Партнёрский материал: Какие чайники выбирают в этом году"],
        ["+Программа фестиваля",
         "+В полдень прошёл конкурс на самый быстрый растоп самовара.",
         "+Днём мастера показывали, как лудить старые самовары.",
         "-Читайте также: В парке откроют новую детскую площадку",
         "+Вечером на площади выступил народный хор."],
        ["+Все собранные деньги, 48 тысяч рублей, организаторы передадут районному дому культуры на ремонт крыши.",
         "-Подпишитесь на рассылку «Кипяткинских вестей» и получайте главные новости",
         "+Администрация района обещает сделать фестиваль ежегодным."],
        ["-Поделиться: Telegram · ВКонтакте · WhatsApp",
         "-Теги: фестиваль, самовары, Кипяткино"],
        ["-3 комментария",
         "-Нина Петровна: Спасибо организаторам, давно так душевно не было!",
         "-↳ Редакция: Спасибо, Нина Петровна, фото уже в нашей группе.",
         "-Гость_07: А в следующем году будет?",
         "-↳ Нина Петровна: Обещали, что будет каждый год."],
        ["-О редакции · Контакты · Правила · Политика конфиденциальности",
         "-© 2026 «Кипяткинские вести». Все права защищены."],
    ]),
    _page("ru", "ru-blog-vishnyovaya-varenichnaya-vareniki", [
        ["-Вишнёвая вареничная – домашняя кухня без спешки",
         "-Главная · Рецепты · Выпечка · Обо мне · Контакты"],
        ["+Вареники с вишней, как в детстве у бабушки",
         "-Опубликовано 12 июля 2026, автор: Агния",
         "-Время чтения: 5 минут"],
        ["+Вареники с вишней я леплю каждое лето, когда на рынке появляется первая тёмная вишня.",
         "+Тесто делаю на кефире: оно мягкое, легко раскатывается и не рвётся при варке.",
         "-Готовые вареники со сметаной на тарелке."],
        ["-Содержание",
         "-1. Тесто на кефире",
         "-2. Как заморозить вареники"],
        ["-Сохранить в Pinterest · Распечатать рецепт",
         "+Бабушка всегда говорила: «Вишню посыпай сахаром в последний момент, иначе сок убежит», и она была права."],
        ["-Рекламный блок",
         "+Что понадобится",
         "+Стакан кефира, три стакана муки и щепотка соли.",
         "+Полкило вишни без косточек.",
         "+Три столовые ложки сахара.",
         "-Вишню удобно чистить вот этой машинкой (партнёрская ссылка)."],
        ["+Варите вареники в кипящей воде три-четыре минуты после того, как они всплывут, и сразу смазывайте "
          "сливочным маслом.",
         "+Подавайте со сметаной и вишнёвым сиропом, который останется после начинки.",
         "-Приятного аппетита! Ваша Агния",
         "-Хотите научиться лепить вареники? Приглашаю на мои кулинарные мастер-классы в Самаре."],
        ["-14 комментариев к записи «Вареники с вишней, как в детстве у бабушки»",
         "-Ольга: Сделала сегодня, дети съели всё!",
         "-↳ Агния: Ольга, как приятно, спасибо!",
         "-Марина К.: А можно заморозить сырыми?",
         "-↳ Агния: Да, Марина, замораживайте на доске, потом в пакет."],
        ["-Подпишитесь на рассылку и получайте новые рецепты первой.",
         "-© 2026 Вишнёвая вареничная · Тема Astra · Работает на WordPress"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-hatties-flaky-larder-sausage-rolls":
        ("the sausage-roll blog's post keeps the photo caption ('The sausage rolls cooling on a wire rack by the "
         "back door.') after the second paragraph in their block (1 of 20 noise lines); no article line is lost"),
    "fr-blog-la-courgette-bavarde-ratatouille":
        ("the ratatouille blog's post keeps the photo caption ('La ratatouille encore fumante dans ma cocotte "
         "orange.') after the second paragraph in their block (1 of 20 noise lines); no article line is lost"),
    "de-blog-imbissglueck-am-herd-currywurst":
        ("the currywurst blog's post keeps the photo caption ('Die Currywurst mit Pommes auf dem Pappteller.') "
         "after the second paragraph in their block (1 of 20 noise lines); no article line is lost"),
    "it-portale-pigiavalle-pigiatura-uva":
        ("the grape-stomping report keeps the bare byline ('Di Ermenegilda Pestavacca') under the title in their "
         "block of three (1 of 20 noise lines); no article line is lost"),
    "it-blog-curcuma-e-rosmarino-curry-di-verdure":
        ("the vegetable-curry blog's post keeps the photo caption ('Il curry di verdure servito con riso "
         "basmati.') after the second paragraph in their block (1 of 20 noise lines); no article line is lost"),
    "pl-blog-kasza-u-bogny-kasza-z-grzybami":
        ("the kasha blog's post keeps the photo caption ('Kasza z grzybami podana w glinianej misce.') after the "
         "second paragraph in their block (1 of 20 noise lines); no article line is lost"),
    "ru-blog-vishnyovaya-varenichnaya-vareniki":
        ("the vareniki blog's post keeps the photo caption ('Готовые вареники со сметаной на тарелке.') after "
         "the second paragraph in their block (1 of 20 noise lines); no article line is lost"),
}

test_held_out_208_line, test_held_out_208_line_is_kept, test_held_out_208_page = held_out_tests(
    HELD_OUT_208_LINES, HELD_OUT_208_KEEP, HELD_OUT_208_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
