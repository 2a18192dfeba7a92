"""Held-out set 71: written blind, weighted toward the noise the cleaner exists for, in shapes set 70's docstring does
not name: scraper, ad and embed markers (a leftover WPBakery shortcode row "[vc_row][vc_column][vc_column_text]", the
English imported-from-Spotify embed fallback "This content is imported from Spotify. You may be able to find the same
content in another format, ...", an English video-player loading placeholder "Video Player is loading. Play Video Play
Mute Current Time 0:00 / Duration 0:00", the French embed-needs-third-party-cookies placeholder, the German
"Empfohlener redaktioneller Inhalt: ... externen Inhalt von Datawrapper", the Italian
third-party-content-accept-marketing-cookies placeholder, the Polish bracketed "[Materiał wideo] Kliknij, aby
odtworzyć" and the Russian bracketed "[Встроенное видео — откройте статью на сайте, чтобы посмотреть]"); reading-time
headers in new shapes (a plugin-style "Reading Time: 4 minutes", a coffee-cup "☕ 3 min read · 612 words", the French
"Article · 4 min de lecture", the German "4 Min. Lesedauer", the Italian "Lettura da 3 minuti", the Polish "3 minuty
czytania" and the Russian "Время чтения: 4 минуты"); bylines and self-promotion (an English about-the-author box with
a newsletter, an English join-the-waitlist-for-my-online-course plug, an English Ko-fi "Buy me a coffee" link, a
French online-writing-workshops plug, a German more-from-me-in-my-newsletter plug, an Italian
online-watercolour-courses plug, a Polish come-to-my-YouTube-channel plug and a Russian subscribe-to-my-Dzen-channel
plug); blog footers (an English "© 2026 ... · Powered by Ghost" row, Substack's "Start writing today" prompt, "Website
built with Squarespace", the French "Blog propulsé par Eklablog", the German "Diese Website wurde mit IONOS MyWebsite
erstellt", the Italian "Questo sito è ospitato da Altervista", the Polish Blox.pl row and the Russian "Сайт создан на
uCoz"); reader-comment furniture (an English wpDiscuz-style "Inline Feedbacks View all comments" row, an English
load-23-more-comments link, an English newest/oldest/most-liked sort row, the French must-be-logged-in-to-comment
line, the German show-all-17-comments link, the Italian no-comments-yet-be-the-first line, the Polish
show-earlier-comments link and the Russian log-in-with-VK-or-Yandex-ID-to-comment line); share rows (a French Bluesky,
Mastodon and copy-link row, an Italian Telegram, Threads and copy-link row and a Russian VK, Odnoklassniki and
Telegram row); and notices (an English dated correction line, a German transparency note on a paid journey and a
Polish written-in-cooperation-with-a-partner note); and toward whole scraped news and opinion pages in layouts sets 58
to 70 did not use (a regional portal's story on a station's public piano put back after a petition, with a comment, a
kitchen blog's essay on learning to sharpen knives on a whetstone with a comment thread, a regional portal's story on
a pond road closed at night for migrating toads, a paper's column on a village's last phone box taken away with a
comment, a regional portal's story on bottle banks moved to the edge of a village after noise complaints, a hobby
blog's essay on restoring a grandfather's valve radio with a comment, a regional portal's story on a valley's last
petrol station closing, a paper's column on Christmas lights switched on in mid-November with a comment, a regional
portal's story on a roadside shrine restored by neighbours, a herb blog's essay on drying herbs for the winter with a
comment, a regional portal's story on suburban trains ceasing to stop at a halt, with a comment, and a paper's column
on a barrier across a courtyard with a comment).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 70), docs/ or README.md, nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 70 up to its first round paragraph (see (1)),
its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons
and the three test functions), printed with one ast script (``ast.get_docstring`` split into paragraphs at blank lines
and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
70's, taken by a script from the ``def _marks`` node's line on, with its xfail tables emptied and 70 -> 71, then
refilled after the measurement. Nothing below was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s71, detached at commit 32e212de5a7dfdab48243da912c88ee7816c5bec, main's
HEAD just before the measurement; see (2)) and every failing case is marked as a strict xfail whose reason describes
the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) One slip: set 70's docstring holds its "Still held out after round 65 ..." paragraph directly
under its Baseline paragraph, without a blank line between them, so my paragraph cut did not stop there and printed
that round paragraph too (three lines: set 70's figures unchanged after round 65, measured with the report script).
Nothing else of the forbidden files is known to me to have been seen: set 70's file was only printed through the ast
script above (its ``def _marks`` line found as a function node, not by searching the text), and I listed no folder of
the repository. (2) ``git rev-parse HEAD`` printed 6dff24c8c538557a44685f3186adc70e421ac4f5 at my first step, and
``git status --short`` then printed " M README.md" (a change in main's working tree by someone else; the file was
neither opened nor touched); just before the measurement HEAD was 32e212de5a7dfdab48243da912c88ee7816c5bec (main had
moved on meanwhile; ``git status --short`` then printed nothing), and that hash, as the brief's measuring steps say,
is the frozen cleaner. ``git worktree add``'s output was sent to /dev/null, for this worktree and for my branch's, so
no commit subject was seen. The branch set71 was made from main; there this file (with the xfail tables filled) gives
only passed and xfailed tests, which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path,
which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s71scratch/stand) with stand-ins (a copy of
``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems``
only raise, and a stand-in ``pytest`` module; no case was run through the cleaner) that counted the lines by category
and by language (from the ``# English`` ... comments), the keep lines by language and the pages by language, printed
each page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of
its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_71_LINES``, and that no noise line
overlaps a keep line. Its first run found that my draft built ``HELD_OUT_71_PAGES`` as ``dict([_page(...), ...])``,
keyed by language (the slip set 70's docstring reports of its own first draft), instead of by page name; it was
rebuilt as a dict keyed by each case's name. The later runs found the counts right and no overlap. Also before the
measurement a publisher "Northfell Regional Media Ltd" and a breadcrumb "Val-de-Sauve" were renamed (see (6)). (5) At
the measurement this docstring was a placeholder; it was written afterwards, with the xfail tables. The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems
were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s71scratch/problems.py) that ran
it on every line, keep line and page of this set and printed the problems of the failing ones, to write the xfail
reasons. (6) Invented names were checked, before the measurement, against the helper's exact-string search over public
GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Corvenby,
Sauvelines, Montbrézac, Kleinhaldern, Castelmorvo, Krzewinowo, Синеборск, Valmorva, Haldertal, Borgofiore and the
Ko-fi handle hedgerownotes had no hits; Isolprim occurs only inside code identifiers (isOlPrimitive,
openaiSolPrimary); Funkenhof occurs as a farm name ("Gut Funkenhof") in a test fixture and as a German word in code,
and is used here as an invented mail-order firm. Dropped before use: Hallowdene (a fictional castle and an invented
agency in code; considered, not used), "Northfell" (an outdoor brand in a product list and an invented firm in code;
the publisher was renamed Corvenby Media Group Ltd) and "Val-de-Sauve" (Sauve is a real French commune; changed to
"Canton de Sauvelines"). Not checked, generic or invented at sight: Corvenby Live, Corvenby Heating Co., Station Road,
The Blunt Edge, Hedgerow Notes, Back Roads, Le Courrier du Val, SAS Presse du Val, L'Écho de Montbrézac, Haldertal
Aktuell, Haldertal Medien GmbH, Röhrenglühen, Landluft, Valmorva Oggi, Termotecnica Valmorva, Valmorva Media srl, La
Gazzetta del Borgo, Gazeta Krzewińska, Krzewińskie Media sp. z o.o., Zielnik na parapecie, Zielona Kartka, Studio
Listek, Синеборск.Инфо, Вечерний квартал, ООО «Квартал-Пресс», «Потолок-Сервис», «Мнения недели», the halt «47-й
километр» and Лесная улица; "Landluft", "Back Roads", "Лесная улица" and «Потолок-Сервис» are common enough that real
newsletters, streets or firms may carry them, and "Musterstadt" is the German placeholder town of forms. The people's
names (Edwin Caskell, Harriet Oldroyd, Nora Pellingham, Kevin_R, Sam Harrower, Dorothy Mayhew, Clémence Aurignac,
Gilles Ferrandou, Odile Carmantrand, Bernard L., Verlain, Jens Wübbeling, Ruth Kellermeier, Till, Heinz-Werner, Marta
Sbrighella, Enzo Brugnatelli, Teresa Gallinari, Giuliana, Agata Wierzbięta, Tadeusz Kołtuniak, Basia, Renata K., Ирина
Велеснова, Валентина Сухорукова, Андрей Подвойский, Марина П.) are invented, though ordinary names real people may
bear; none is meant as a real person. Saint Florian, whose figure stands in the Polish shrine, is a real saint;
England is named in a company-registration line. Phone, company, registry and registration numbers are zero-filled;
the e-mail address uses the reserved .example domain. (7) Some lines name real things, as real pages do: WPBakery's
vc_row/vc_column shortcodes, Spotify, Ghost, Substack, Squarespace, Ko-fi, the wpDiscuz comment plugin's feedback row,
Amazon Associates, WordPress, Eklablog, Bluesky, Mastodon, Datawrapper, IONOS MyWebsite, Altervista, Telegram,
Threads, YouTube, Facebook, Blox.pl, Dzen, uCoz, VK (ВКонтакте), Yandex ID, Odnoklassniki, the French RCS, the German
Amtsgericht/HRB registry and Impressum, the Italian court registration and P.IVA, the Polish KRS and the Russian media
registration mark. No real person is named. (8) Set 70's docstring names its own shapes and the earlier sets' page
layouts only, so some lines may repeat shapes of sets before 70 that I could not check; in particular "Reading Time: 4
minutes", "Vous devez être connecté pour publier un commentaire." and the page chrome "Leave a Reply" and "Your email
address will not be published. Required fields are marked *" are common enough that an earlier set or a development
list may hold them. Close to shapes set 70 named: the Spotify, Datawrapper, third-party-cookie and video placeholders
are embed placeholders like its Instagram fallback, on other platforms and in other words; the Ko-fi link is a
support-me plug like its Steady, Patronite and Boosty plugs; the footers are platform, builder and hosting rows like
its Hugo, Carrd, Canalblog, Wix and Nethouse rows, on other platforms; the French must-be-logged-in line is close to
its Polish log-in-to-comment line; the reading-time rows are reading-time rows in other words; the share rows are
share rows with other platforms. Some page chrome repeats kinds of line set 70's docstring names among its left lines
(app and newsletter prompts, opinion disclaimers, more-columns and previous-post links, ads between paragraphs), as
real pages carry them. (9) My first step's clock reading was 2026-12-04 04:21:38 UTC. (10) After committing, ``git
rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Sources close to the planning committee", "Comments from the
fire service", "Visit times at the care home", "Share of households", "Leave a light on in the porch", "Reading time
at the library", "Powered by volunteers alone", "Source de revenus", "Commentaires mis à part", "Abonnés depuis vingt
ans", "Quellen aus dem Rathaus", "Teilen müssen sich", "Anzeige erstattete", "Fonte di preoccupazione", "Condivisa da
tutti", "Pubblicità a parte", "Źródło problemu", "Udostępnij sąsiadowi", "Источник финансирования" and "Поделиться
опытом" are article sentences. The shortcode row, the embed and video placeholders are counted as markers; the
reading-time rows as reading-time lines; the about-the-author box, the course, Ko-fi, workshop, newsletter,
watercolour-course, YouTube and Dzen lines as bylines; platform, builder and hosting rows (with Substack's
start-writing prompt) as footers; the feedback row, load-more and show-all links, sort row, must-log-in lines and the
no-comments-yet line as comments; the share rows as share; the correction, transparency and cooperation lines as
notices. On every page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows and
the last paragraphs are article (10 lines a page: four rows and two last paragraphs, or three rows and three last
paragraphs) and everything else is noise (20 lines a page: six lines above the title, two under it, two between the
first paragraph and the paragraph with the quote, two between the list rows and the last paragraphs, eight at the
foot); in particular site names and taglines, menus, search boxes, sign-in, subscription and e-paper lines, traffic,
weather, speed-camera and breaking-news lines, breadcrumbs, section names and dates, bylines, update, listen and
view-count lines, column names and opinion disclaimers, photo credits, comment counts and categories, affiliate notes,
table-of-contents and jump links, ad labels and ads, read-also, more-columns and previous-post links, app, Telegram,
Facebook, subscribe, newsletter and tip-off prompts, tags, most-read lists, commenter rows, comment texts, reply,
report, log-in-to-comment and comment-form lines, theme, publisher, registry, legal, privacy, cookie and copyright
lines are noise. The rows: en-portal-station-piano "What the new rules say", en-blog-whetstone "What finally worked",
fr-portail-crapauds "Les chiffres de la migration" (three rows), fr-chronique-cabine "Ce qu'on y trouvait encore"
(three rows), de-portal-glascontainer "Was sich für die Bürger ändert", de-blog-roehrenradio "Was ich tauschen musste"
(three rows), it-portale-distributore "Le alternative per i residenti" (three rows), it-rubrica-luminarie "Quello che
costa accenderle" (three rows), pl-portal-kapliczka "Co udało się zrobić", pl-blog-ziola "Co suszę najczęściej",
ru-portal-elektrichka "Что предлагают вместо остановки" (three rows) and ru-kolonka-shlagbaum "Кто остался за
шлагбаумом" (three rows), the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en
15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, notice 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer
1, comments 1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1)), 20 keep lines
(en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-portal-station-piano (a regional news portal's story on a station's upright piano put back on the concourse after a
petition, with new playing rules and a comment), en-blog-whetstone (a kitchen blog's essay on six weeks of learning to
sharpen knives on a whetstone, with a comment thread), fr-portail-crapauds (a regional news portal's story on a road
along a pond closed at night for six weeks while toads migrate), fr-chronique-cabine (a paper's opinion column on a
village's last phone box taken away, with a comment), de-portal-glascontainer (a regional news portal's story on a
village's bottle banks moved to a sports-ground car park after noise complaints), de-blog-roehrenradio (a hobby blog's
essay on restoring a grandfather's valve radio, with a comment), it-portale-distributore (a regional news portal's
story on a valley's last petrol station closing after 58 years), it-rubrica-luminarie (a paper's opinion column on the
Christmas lights switched on in mid-November, with a comment), pl-portal-kapliczka (a regional news portal's story on
a roadside shrine restored by neighbours), pl-blog-ziola (a herb blog's essay on drying herbs for the winter, with a
comment), ru-portal-elektrichka (a regional news portal's story on suburban trains ceasing to stop at a halt, with a
comment) and ru-kolonka-shlagbaum (a paper's opinion column on a barrier put across a courtyard, with a comment);
every page holds a title, a subheading with list rows, a quote in the article and noise above the title, between the
paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 32e212de5a7dfdab48243da912c88ee7816c5bec, measured with ``cd /tmp/wt-s71 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s71/src python -m pytest -q tests/test_clean_held_out_71.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s71 && PYTHONPATH=/tmp/wt-s71/src python
scripts/clean_held_out_report.py --sets 71`` (noise lines removed 32/45, article lines kept 20/20, pages clean 3/12,
page noise lines left 15 of 240), with the xfail tables empty): noise lines removed 32/45 (marker 1/8, reading-time
7/7, byline 3/8, footer 8/8, comments 7/8, notice 3/3, share 3/3; missed, all kept as paragraphs: the English "This
content is imported from Spotify. You may be able to find the same content in another format, ...", "Video Player is
loading. Play Video Play Mute Current Time 0:00 / Duration 0:00" and "Want more like this? My online course on natural
dyeing opens for enrolment on 1 March – join the waitlist.", the French "Ce contenu n'est pas disponible, il nécessite
votre consentement aux cookies tiers." and "Je propose aussi des ateliers d'écriture en ligne : toutes les dates sont
sur ma page Ateliers.", the German "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie einen externen
Inhalt von Datawrapper." and "Mehr von mir gibt es in meinem Newsletter „Landluft“ – jeden zweiten Freitag kostenlos
in Ihrem Postfach.", the Italian "Questo contenuto è ospitato da una terza parte. Per visualizzarlo accetta i cookie
di marketing.", "Trovi i miei corsi di acquerello online sul mio sito, nella sezione Corsi." and "Nessun commento
ancora. Sii il primo a dire la tua!", the Polish "[Materiał wideo] Kliknij, aby odtworzyć" and "Zapraszam na mój kanał
na YouTube, gdzie co tydzień pokazuję naprawy krok po kroku." and the Russian "[Встроенное видео — откройте статью на
сайте, чтобы посмотреть]"); keep lines kept 20/20; pages 3/12 clean (fr-portail-crapauds, it-portale-distributore and
ru-portal-elektrichka), 15 of 240 page noise lines left and 23 of 120 article lines lost: en-portal-station-piano 1
left ("Boiler servicing from £59 – Corvenby Heating Co."); en-blog-whetstone 3 left ("Jump to the steps ↓", "Like this
post? Subscribe to get the next one by email." and "Previous: The soup I make every Monday"); fr-chronique-cabine 3
left ("Cette chronique n'engage que son autrice.", "Votre maison vaut-elle plus que vous ne le pensez ? Estimation
gratuite en ligne" and "Lire aussi les autres chroniques d'Odile Carmantrand"); de-portal-glascontainer 1 left
("Haldertal Aktuell als App – jetzt kostenlos laden"); de-blog-roehrenradio 2 left ("Ein Bastelblog über alte Radios"
and "Start Projekte Werkstatt Über mich Kontakt") and 8 lost (its title "Opas Röhrenradio spielt wieder", its
subheading "Was ich tauschen musste", its three rows and its three last paragraphs); it-rubrica-luminarie 2 left
("Sfoglia il giornale digitale" and "Le opinioni espresse sono dell'autrice") and 1 lost (its title "Le luminarie di
novembre"); pl-portal-kapliczka 2 left ("Ogłoszenie" and "Kredyt gotówkowy do 50 000 zł – sprawdź ratę online");
pl-blog-ziola 1 left ("Wpis zawiera linki afiliacyjne.") and 7 lost (its subheading "Co suszę najczęściej", its four
rows and its two last paragraphs); ru-kolonka-shlagbaum 0 left and 7 lost (its subheading "Кто остался за шлагбаумом",
its three rows and its three last paragraphs). Of the left page lines three stand above the title (the radio blog's
tagline and menu and the Italian column's e-paper link), two under it (the French and the Italian columns' opinion
disclaimers), six between the first paragraph and the paragraph with the quote (the English portal's boiler ad, whose
label "Advertisement" goes, the whetstone blog's jump link, the French column's house-valuation ad, whose label
"Publicité" goes, the Polish portal's ad label and loan ad, and the herb blog's affiliate note), four between the list
rows and the last paragraphs (the whetstone blog's subscribe prompt and previous-post link, the French column's
more-columns link and the German portal's app prompt) and none at the foot; the lost article lines are the radio
blog's title and everything from its subheading on, the Italian column's title, and the herb blog's and the Russian
column's subheadings with everything after them (the problems name them "lost or out of order"). The failing cases are
strict xfails.

Still held out after round 66 (development on set 69; measured once with ``scripts/clean_held_out_report.py --sets
71``): noise lines removed 32 -> 33/45 (byline 3 -> 4/8: the French online-writing-workshops plug now goes, taken by
round 66's class for also-given talks or courses), keep lines 20/20, pages clean 3/12 (unchanged), page noise lines
left 15 -> 14 of 240 (the phone-box column's more-columns link now goes), article lines lost 23 -> 16 of 120 (the
radio blog keeps its subheading, list rows and last paragraphs and still loses its title; the other losses stay).

Round 67 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 71`` and ``pytest tests/test_clean_held_out_71.py`` at 42ef5c4 (before) and
the round's last commit on branch round67 (after): noise lines 33 -> 34/45 (comments 7 -> 8/8; marker 1/8, reading-time
7/7, byline 4/8, footer 8/8, notice 3/3, share 3/3 unchanged), keep lines 20/20, pages 3 -> 6/12 clean, page noise
lines left 14 -> 9 of 240, article lines lost 16 -> 1 of 120; pytest 56 passed, 21 xfailed -> 60 passed, 17 xfailed.
The losses first. The herb blog and the Russian column lost everything from their subheading on: their rows ("Tymianek",
"Скорая помощь") were one or two words, too short for _list_block_end's rows (three words or more), so the body ended
at the quote and the tail walk took the subheading, the rows and the short last paragraphs under the page's prompts. A
subheading opened by a question or relative word (what, ce que, was, quello che, co, кто ... in six languages), three
words or more and no widget's cue, now keeps three rows or more of one or two words (letters only, no chrome, no
widget's word) as its block; a widget's heading over one-word links ("Browse the blog by topic", "Przeglądaj bloga
według tematów") stays the page's (near-miss pages in six languages). The radio blog lost its title: its title stands
under the byline, over the rules' comment count and a "Kategorie: Restaurierung" line, and _headline_under_stamps
looked for the headline only right above the first paragraph; it now passes over a post's meta (the rules' comment
count, a short label and its colon), so the title stays and the tagline and menu above the byline go. The Italian
column still loses its title: the head's title test takes its column name ("La rubrica della domenica") for the title,
and the line above the date is no short label, so the headline under the stamps is not looked for. Classes, each in six
languages with near misses (tests/test_clean.py test_round_67_*): a named site liked on a network ("Polub Zielnik na
Facebooku"), the page named bare as the subject of its affiliate-links note ("Wpis zawiera linki afiliacyjne."),
own-view disclaimers of a woman writing ("n'engage que son autrice", "dell'autrice"), an empty comment section's call
to be the first to give an opinion ("Sii il primo a dire la tua!"), and the paper's digital edition offered to leaf
through or named alone ("Sfoglia il giornale digitale", "Электронная версия номера"). Left: the embed and video
placeholders, the course, newsletter, watercolour and YouTube plugs (11 lines), and 9 page lines (the boiler, valuation
and loan ads with the Polish ad label, the whetstone blog's jump link, subscribe prompt and previous-post link, the
German app prompt, the Italian column name). Elsewhere: set 62 fr-quatuor-critique-concert 4 -> 2 left (its blog name
and menu above the title go: the same headline-under-stamps change; its xfail reworded); no other set changed and no
article line was lost on any set.

Round 68 (development, with set 72): measured with ``python scripts/clean_held_out_report.py --sets 71`` and ``pytest
tests/test_clean_held_out_71.py`` at 3a99141 (before) and the round's last commit on branch round68 (after): noise
lines 34/45 (unchanged: marker 1/8, reading-time 7/7, byline 4/8, footer 8/8, comments 8/8, notice 3/3, share 3/3), keep
lines 20/20, pages 6 -> 7/12 clean, page noise lines left 9 -> 8 of 240, article lines lost 1 -> 0 of 120; pytest 60
passed, 17 xfailed -> 61 passed, 16 xfailed. The loss: the Italian column's title "Le luminarie di novembre" stands
under its column name "La rubrica della domenica" and the date, and the head's title test took the column name (four
words, no chrome) for the title. A periodic column's name (the day or the rhythm it runs on: "The Sunday column", "La
chronique du dimanche", "Die Kolumne am Sonntag", "Il corsivo del lunedì", "Nasz felieton na niedzielę", "Воскресная
колонка главного редактора"; noise_patterns.PERIODIC_COLUMN) is now no title there, so the headline under the date is
the title and the name goes with the head (column pages in six languages, and near-miss pages whose headline names the
column and goes on: tests/test_clean.py test_round_68_periodic_column_names_*). Left: the 11 missed lines (embed and
video placeholders, the course-waitlist, newsletter, watercolour-course and YouTube plugs) and 8 page lines, not reached
this round. Elsewhere: see set 72's round 68 paragraph.

Round 69: noise lines removed 34 -> 35/45 (marker 1 -> 2/8: the German "Empfohlener redaktioneller Inhalt: An dieser
Stelle finden Sie einen externen Inhalt von Datawrapper." placeholder goes, set 74's class), pages clean 7/12, page
noise lines left 8 -> 6 of 240 (en-blog-whetstone 3 -> 1: its subscribe prompt and previous-post link go; its
jump-to-the-steps link is left), article lines lost 0; pytest 61 passed, 16 xfailed -> 62 passed, 15 xfailed.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_71_LINES = [
    # English
    ("head", "[vc_row][vc_column][vc_column_text]", "marker"),
    ("body", "This content is imported from Spotify. You may be able to find the same content in another format, or you may be able to find more information, at their web site.", "marker"),
    ("body", "Video Player is loading. Play Video Play Mute Current Time 0:00 / Duration 0:00", "marker"),
    ("head", "Reading Time: 4 minutes", "reading-time"),
    ("head", "☕ 3 min read · 612 words", "reading-time"),
    ("tail", "About the author: Edwin Caskell writes about small towns and slow travel. His newsletter, Back Roads, goes out every other Sunday.", "byline"),
    ("tail", "Want more like this? My online course on natural dyeing opens for enrolment on 1 March – join the waitlist.", "byline"),
    ("tail", "Buy me a coffee ☕ ko-fi.com/hedgerownotes", "byline"),
    ("tail", "© 2026 Hedgerow Notes · Powered by Ghost", "footer"),
    ("tail", "Start writing today. Use the button below to create a Substack of your own", "footer"),
    ("tail", "Website built with Squarespace", "footer"),
    ("tail", "Inline Feedbacks View all comments", "comments"),
    ("tail", "Load 23 more comments", "comments"),
    ("tail", "Newest First · Oldest First · Most Liked", "comments"),
    ("head", "Correction, 12 March: an earlier version of this article misspelled the name of the parish.", "notice"),
    # French
    ("body", "Ce contenu n'est pas disponible, il nécessite votre consentement aux cookies tiers.", "marker"),
    ("head", "Article · 4 min de lecture", "reading-time"),
    ("tail", "Je propose aussi des ateliers d'écriture en ligne : toutes les dates sont sur ma page Ateliers.", "byline"),
    ("tail", "Blog propulsé par Eklablog", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("tail", "Partager sur Bluesky · Partager sur Mastodon · Copier le lien", "share"),
    # German
    ("body", "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie einen externen Inhalt von Datawrapper.", "marker"),
    ("head", "4 Min. Lesedauer", "reading-time"),
    ("tail", "Mehr von mir gibt es in meinem Newsletter „Landluft“ – jeden zweiten Freitag kostenlos in Ihrem Postfach.", "byline"),
    ("tail", "Diese Website wurde mit IONOS MyWebsite erstellt", "footer"),
    ("tail", "Alle 17 Kommentare anzeigen", "comments"),
    ("tail", "Transparenzhinweis: Die Anreise der Autorin wurde vom Tourismusverband bezahlt.", "notice"),
    # Italian
    ("body", "Questo contenuto è ospitato da una terza parte. Per visualizzarlo accetta i cookie di marketing.", "marker"),
    ("head", "Lettura da 3 minuti", "reading-time"),
    ("tail", "Trovi i miei corsi di acquerello online sul mio sito, nella sezione Corsi.", "byline"),
    ("tail", "Questo sito è ospitato da Altervista", "footer"),
    ("tail", "Nessun commento ancora. Sii il primo a dire la tua!", "comments"),
    ("tail", "Condividi su Telegram · Condividi su Threads · Copia link", "share"),
    # Polish
    ("body", "[Materiał wideo] Kliknij, aby odtworzyć", "marker"),
    ("head", "3 minuty czytania", "reading-time"),
    ("tail", "Zapraszam na mój kanał na YouTube, gdzie co tydzień pokazuję naprawy krok po kroku.", "byline"),
    ("tail", "Blog prowadzony na platformie Blox.pl", "footer"),
    ("tail", "Pokaż wcześniejsze komentarze (5)", "comments"),
    ("head", "Artykuł powstał we współpracy z partnerem.", "notice"),
    # Russian
    ("body", "[Встроенное видео — откройте статью на сайте, чтобы посмотреть]", "marker"),
    ("head", "Время чтения: 4 минуты", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене — там выходят короткие заметки, которые не попадают в блог.", "byline"),
    ("tail", "Сайт создан на uCoz", "footer"),
    ("tail", "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · Telegram", "share"),
]

HELD_OUT_71_KEEP = [
    # English
    ("body", "Sources close to the planning committee say the vote could be delayed until the spring."),
    ("body", "Comments from the fire service were included in the final version of the plan."),
    ("body", "Visit times at the care home were cut to one hour a day during the outbreak."),
    ("body", "Share of households without a car has risen to one in four, the survey found."),
    ("tail", "Leave a light on in the porch, the parish council advised after two break-ins in a week."),
    ("body", "Reading time at the library was extended to eight o'clock on Thursdays."),
    ("tail", "Powered by volunteers alone, the shop has stayed open every day since March."),
    # French
    ("body", "Source de revenus pour la commune, le parking payant rapporte 40 000 euros par an."),
    ("body", "Commentaires mis à part, le projet a été voté à l'unanimité lundi soir."),
    ("tail", "Abonnés depuis vingt ans au journal local, les époux Verlain ont écrit au rédacteur en chef."),
    # German
    ("body", "Quellen aus dem Rathaus bestätigen, dass die Brücke im Herbst gesperrt wird."),
    ("body", "Teilen müssen sich die beiden Vereine künftig die Halle am Montagabend."),
    ("tail", "Anzeige erstattete die Gemeinde erst nach dem dritten Einbruch."),
    # Italian
    ("body", "Fonte di preoccupazione resta il ponte sul torrente, chiuso da marzo."),
    ("body", "Condivisa da tutti i gruppi consiliari, la mozione è passata senza discussione."),
    ("tail", "Pubblicità a parte, il festival si regge sulle quote dei soci."),
    # Polish
    ("body", "Źródło problemu leży w starej instalacji, twierdzą technicy z gminy."),
    ("tail", "Udostępnij sąsiadowi – tak brzmiało hasło akcji, w której mieszkańcy oddawali nieużywane narzędzia."),
    # Russian
    ("body", "Источник финансирования ремонта пока не найден, признали в администрации."),
    ("tail", "Поделиться опытом с соседями пришли жители трёх деревень."),
]

HELD_OUT_71_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-station-piano", [
        ["-Corvenby Live",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Sign in · Register",
         "-Traffic: temporary lights on Station Road until Friday",
         "-Home › News › Corvenby",
         "-Tuesday 3 March 2026, 6:42 pm"],
        ["+Station piano goes back on the concourse after petition"],
        ["-By Harriet Oldroyd, Local Democracy Reporter",
         "-Updated 7:05 pm"],
        ["+The upright piano that stood on Corvenby station's concourse for six years is back, a month after the rail operator took it away following complaints about noise."],
        ["-Advertisement",
         "-Boiler servicing from £59 – Corvenby Heating Co."],
        ["+\"People missed it more than anyone expected,\" said Nora Pellingham, who started the petition. \"Commuters told me it was the only five minutes of their day that felt like their own.\""],
        ["+What the new rules say",
         "+Playing allowed 8am to 8pm",
         "+No amplifiers or recording equipment",
         "+Lid locked on Sundays",
         "+Tuning paid for by the station café"],
        ["-Read more: Bus station toilets to reopen after refit",
         "-Get the Corvenby Live app for breaking news alerts"],
        ["+The operator said the piano would be reviewed again in the autumn.",
         "+Ms Pellingham says a second piano, donated by a retired teacher, is waiting in her garage if anyone has a home for it."],
        ["-Tags: Corvenby, Railways, Music",
         "-Most read",
         "-1. Cyclist hurt in collision on ring road",
         "-12 comments",
         "-Kevin_R · 2 hours ago: About time. My daughter learned to play on that thing.",
         "-Reply · Report",
         "-Corvenby Live is part of Corvenby Media Group Ltd. Registered in England No. 00000000.",
         "-We use cookies to personalise content and ads. Manage preferences"],
    ]),
    _page("en", "en-blog-whetstone", [
        ["-The Blunt Edge",
         "-a kitchen blog by Sam Harrower",
         "-Home   Recipes   Tools   About   Contact",
         "-Search …",
         "-Posts tagged: knives",
         "-January 18, 2026 by Sam"],
        ["+Six weeks with a whetstone: what I got wrong"],
        ["-8 Comments",
         "-Filed under: Tools, Technique"],
        ["+I bought a cheap combination whetstone in December because every knife in the drawer would rather crush a tomato than cut it, and I promised myself I would learn to use it properly before the end of winter."],
        ["-This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
         "-Jump to the steps ↓"],
        ["+My grandfather, who kept his pocket knife sharp enough to shave with, used to say: \"The stone does the work; your job is to keep the angle and stop showing off.\" It took me three ruined evenings to understand what he meant."],
        ["+What finally worked",
         "+Soak the stone for ten minutes",
         "+A coin under the spine for the angle",
         "+Twenty strokes a side on the coarse face",
         "+Ten on the fine face, then stropping on newspaper"],
        ["-Like this post? Subscribe to get the next one by email.",
         "-Previous: The soup I make every Monday"],
        ["+The bread knife I have left alone; serrated edges are a job for someone braver.",
         "+If you have a blunt knife at the back of a drawer, take it out this weekend. It is more forgiving than you think."],
        ["-8 thoughts on “Six weeks with a whetstone: what I got wrong”",
         "-Dorothy Mayhew says:",
         "-January 18, 2026 at 9:14 pm",
         "-The coin trick is brilliant. I used a two-pence piece and it worked first time.",
         "-Log in to Reply",
         "-Leave a Reply",
         "-Your email address will not be published. Required fields are marked *",
         "-Copyright © 2026 The Blunt Edge · All rights reserved"],
    ]),
    _page("fr", "fr-portail-crapauds", [
        ["-Le Courrier du Val",
         "-Actualités Sports Loisirs Annonces légales Nécrologie",
         "-Se connecter | S'abonner 1 € le premier mois",
         "-Météo : 11 °C, averses",
         "-Accueil > Canton de Sauvelines > Sauvelines",
         "-Publié le 4 mars 2026 à 17h20"],
        ["+La route de l'étang fermée la nuit pour laisser passer les crapauds"],
        ["-Par Clémence Aurignac",
         "-Mis à jour le 4 mars 2026 à 18h02"],
        ["+Depuis lundi, la départementale qui longe l'étang de Sauvelines est fermée chaque soir de 19 heures à 7 heures, le temps de la migration des crapauds vers leurs lieux de ponte."],
        ["-Annonce",
         "-Isolation des combles : vérifiez votre éligibilité aux aides – Isolprim"],
        ["+« L'an dernier, nous avons ramassé plus de 2 000 crapauds écrasés sur 800 mètres », explique Gilles Ferrandou, bénévole de l'association naturaliste, qui pose des seaux le long d'un filet chaque soir."],
        ["+Les chiffres de la migration",
         "+800 mètres de filet posés",
         "+14 bénévoles inscrits",
         "+Six semaines de fermeture prévues"],
        ["-À lire aussi : Les hirondelles de retour plus tôt cette année",
         "-Recevez l'essentiel de l'actualité locale chaque matin : inscrivez-vous à notre newsletter"],
        ["+Les riverains peuvent passer par la route du moulin, plus longue de quatre kilomètres.",
         "+Le département dit vouloir construire deux passages souterrains pour les amphibiens d'ici 2028.",
         "+Les volontaires peuvent se présenter au parking de l'étang à 19 heures, avec une lampe frontale et des gants."],
        ["-Mots-clés : Sauvelines, Environnement, Routes",
         "-Les plus lus",
         "-Un incendie dans une grange près de Montbrézac",
         "-Voir les 6 commentaires",
         "-Signaler un contenu illicite",
         "-Mentions légales · Politique de confidentialité · Gestion des cookies",
         "-Le Courrier du Val – SAS Presse du Val, RCS 000 000 000",
         "-© Le Courrier du Val 2026 – Tous droits réservés"],
    ]),
    _page("fr", "fr-chronique-cabine", [
        ["-L'Écho de Montbrézac",
         "-La Une | Chroniques | Agenda | Petites annonces",
         "-Le journal en version numérique",
         "-Chroniques",
         "-Le billet du samedi",
         "-Samedi 7 mars 2026"],
        ["+Adieu à la dernière cabine"],
        ["-Par Odile Carmantrand",
         "-Cette chronique n'engage que son autrice."],
        ["+Ils sont venus un mardi matin avec une camionnette et une petite grue, et en vingt minutes la cabine de la place de l'église n'était plus qu'un rectangle de béton plus clair que le reste du trottoir."],
        ["-Publicité",
         "-Votre maison vaut-elle plus que vous ne le pensez ? Estimation gratuite en ligne"],
        ["+Le maire m'a dit : « Plus personne ne s'en servait, le téléphone est coupé depuis 2018. » C'est vrai. Mais on s'y abritait de la pluie en attendant le car, et les enfants y laissaient des mots."],
        ["+Ce qu'on y trouvait encore",
         "+Un annuaire de 2009",
         "+Trois livres de poche",
         "+Une paire de gants d'enfant"],
        ["-Lire aussi les autres chroniques d'Odile Carmantrand",
         "-Abonnez-vous pour recevoir le billet chaque samedi"],
        ["+On nous promet une boîte à livres à la place. Elle sera sans doute plus utile.",
         "+Mais je regarderai encore longtemps ce rectangle clair en passant.",
         "+Et je ne suis pas la seule, à en croire les messages reçus cette semaine."],
        ["-Réagir à cet article",
         "-2 commentaires",
         "-Bernard L. – 7 mars 2026 à 10h12",
         "-J'y ai appelé ma femme pour la première fois, en 1984. Merci pour ce billet.",
         "-Répondre",
         "-Nom (obligatoire)",
         "-Conditions générales de vente · Contact · Plan du site",
         "-© 2026 L'Écho de Montbrézac"],
    ]),
    _page("de", "de-portal-glascontainer", [
        ["-Haldertal Aktuell",
         "-Lokales Sport Kultur Blaulicht Service",
         "-Anmelden | Abo",
         "-Blitzer heute: Kreisstraße bei Kleinhaldern",
         "-Startseite › Lokales › Kleinhaldern",
         "-05.03.2026, 14:30 Uhr"],
        ["+Glascontainer ziehen an den Ortsrand"],
        ["-Von Jens Wübbeling",
         "-Artikel anhören · 3:40 Min."],
        ["+Die drei Glascontainer am Kleinhaldener Dorfplatz werden Ende März an den Parkplatz beim Sportgelände verlegt, nachdem sich Anwohner über Lärm bis spät in den Abend beschwert hatten."],
        ["-Anzeige",
         "-Jetzt Photovoltaik-Angebote vergleichen und bis zu 30 % sparen"],
        ["+„Um halb elf nachts klirrt es hier, als würde jemand eine Vitrine umwerfen“, sagt Anwohnerin Ruth Kellermeier. „Das geht seit Jahren so.“"],
        ["+Was sich für die Bürger ändert",
         "+Neuer Standort: Parkplatz am Sportgelände",
         "+Einwurfzeiten werktags 7 bis 20 Uhr",
         "+Sonntags kein Einwurf",
         "+Ein zusätzlicher Container für Braunglas"],
        ["-Lesen Sie auch: Neue Bänke für den Friedhof",
         "-Haldertal Aktuell als App – jetzt kostenlos laden"],
        ["+Der Umzug kostet die Gemeinde rund 4.000 Euro für die neue Fläche und die Beleuchtung.",
         "+Ältere Bürger ohne Auto können ihr Glas künftig beim Wertstoffmobil abgeben, das jeden zweiten Donnerstag hält."],
        ["-Schlagworte: Kleinhaldern, Abfall, Gemeinderat",
         "-Meistgelesen",
         "-Feuerwehr rückt zu Scheunenbrand aus",
         "-Kommentare (4)",
         "-Zum Kommentieren bitte anmelden",
         "-Impressum · Datenschutz · AGB · Cookie-Einstellungen",
         "-Haldertal Medien GmbH, Amtsgericht Musterstadt HRB 00000",
         "-© 2026 Haldertal Aktuell"],
    ]),
    _page("de", "de-blog-roehrenradio", [
        ["-Röhrenglühen",
         "-Ein Bastelblog über alte Radios",
         "-Start Projekte Werkstatt Über mich Kontakt",
         "-Suchen",
         "-Projekte",
         "-Veröffentlicht am 22. Februar 2026 von Till"],
        ["+Opas Röhrenradio spielt wieder"],
        ["-3 Kommentare",
         "-Kategorie: Restaurierung"],
        ["+Fast zwei Jahre stand das Radio meines Großvaters bei uns im Keller, mit gebrochener Skalenschnur und einem Brummen, das einem die Zähne klappern ließ."],
        ["-Werbung",
         "-Lötstationen und Ersatzröhren günstig im Elektronikversand Funkenhof"],
        ["+Ein älterer Herr aus dem Funkverein hat mir am Telefon gesagt: „Bevor du irgendetwas einschaltest, tausch die Kondensatoren. Immer.“ Das war der beste Rat des ganzen Winters."],
        ["+Was ich tauschen musste",
         "+Elf Kondensatoren",
         "+Die Skalenschnur",
         "+Zwei Widerstände im Netzteil"],
        ["-Dir hat der Beitrag gefallen? Dann teile ihn gern mit Freunden.",
         "-Vorheriger Beitrag: Ein Lötkolben für Anfänger"],
        ["+Jetzt steht es in der Küche und spielt jeden Morgen den Wetterbericht.",
         "+Das Brummen ist weg, nur die Mittelwelle rauscht noch ein wenig.",
         "+Opa hätte es vermutlich genau so gelassen."],
        ["-3 Gedanken zu „Opas Röhrenradio spielt wieder“",
         "-Heinz-Werner sagt:",
         "-23. Februar 2026 um 08:47 Uhr",
         "-Schön! Ich habe das gleiche Modell, bei mir fehlt noch der Lautsprecherstoff.",
         "-Antworten",
         "-Kommentar verfassen",
         "-Datenschutzerklärung",
         "-Stolz präsentiert von WordPress"],
    ]),
    _page("it", "it-portale-distributore", [
        ["-Valmorva Oggi",
         "-Cronaca Politica Sport Cultura Necrologi",
         "-Accedi | Abbonati",
         "-Ultim'ora: neve sopra i 1.200 metri, obbligo di catene",
         "-Home › Cronaca › Castelmorvo",
         "-6 marzo 2026 | 09:15"],
        ["+Chiude l'ultimo distributore della valle"],
        ["-di Marta Sbrighella",
         "-Aggiornato alle 11:40"],
        ["+Dal primo aprile chi vive a Castelmorvo e nelle frazioni più alte dovrà scendere fino a fondovalle, ventidue chilometri, per fare benzina: il distributore di piazza della Pesa chiude dopo 58 anni."],
        ["-Sponsorizzato",
         "-Caldaie a condensazione con sconto in fattura – Termotecnica Valmorva"],
        ["+«Non ci passa più nessuno, tre auto al giorno», dice il gestore, Enzo Brugnatelli, che ha 71 anni. «Mio padre ha aperto quando la strada era ancora sterrata.»"],
        ["+Le alternative per i residenti",
         "+Distributore di fondovalle, aperto 24 ore",
         "+Car sharing comunale dal mese di maggio",
         "+Consegna di gasolio a domicilio per le aziende agricole"],
        ["-Leggi anche: Scuola di Castelmorvo, dieci iscritti in prima",
         "-Ricevi le notizie di Valmorva Oggi su Telegram"],
        ["+Il sindaco ha chiesto alla Regione un contributo per una colonnina di ricarica al posto delle pompe.",
         "+La piazza della Pesa, intanto, tornerà a essere un parcheggio.",
         "+Il gestore dice che terrà aperta la piccola officina finché avrà clienti."],
        ["-Tag: Castelmorvo, Commercio, Valle",
         "-I più letti",
         "-Incidente sulla statale, due feriti",
         "-Commenti (11)",
         "-Per commentare effettua il login",
         "-Privacy policy · Cookie policy · Note legali",
         "-Valmorva Oggi – Testata registrata presso il Tribunale, aut. n. 00/2015",
         "-Editore Valmorva Media srl – P.IVA 00000000000"],
    ]),
    _page("it", "it-rubrica-luminarie", [
        ["-La Gazzetta del Borgo",
         "-Prima pagina | Opinioni | Eventi | Lettere",
         "-Sfoglia il giornale digitale",
         "-Opinioni",
         "-La rubrica della domenica",
         "-23 novembre 2025"],
        ["+Le luminarie di novembre"],
        ["-di Teresa Gallinari",
         "-Le opinioni espresse sono dell'autrice"],
        ["+Quest'anno le luminarie del corso si sono accese il 15 novembre, con le foglie ancora sugli alberi e la gente in maniche di camicia davanti al bar."],
        ["-Annuncio",
         "-Vendi casa? Valutazione gratuita con Immobiliare Borgofiore"],
        ["+Il presidente dei commercianti mi ha spiegato: «Prima si accendono, prima la gente viene a fare acquisti.» Sarà, ma a me sembra che a forza di anticipare il Natale si finisca per non aspettarlo più."],
        ["+Quello che costa accenderle",
         "+Tre chilometri di cavi",
         "+Sette settimane di accensione",
         "+Circa 9.000 euro di corrente"],
        ["-Tutte le rubriche di Teresa Gallinari",
         "-Iscriviti alla newsletter delle opinioni"],
        ["+Non chiedo di spegnerle, per carità: i bambini le aspettano.",
         "+Chiedo solo di lasciarci un po' di novembre.",
         "+Il buio di novembre, in fondo, serve anche a far brillare dicembre."],
        ["-Commenta",
         "-1 commento",
         "-Giuliana – 23 novembre 2025 alle 18:40",
         "-Sottoscrivo ogni parola. Da noi c'erano già le renne a fine ottobre.",
         "-Rispondi",
         "-Il tuo indirizzo email non sarà pubblicato",
         "-Contatti · Pubblicità · Lavora con noi",
         "-© 2025 La Gazzetta del Borgo – Tutti i diritti riservati"],
    ]),
    _page("pl", "pl-portal-kapliczka", [
        ["-Gazeta Krzewińska online",
         "-Wiadomości Sport Kultura Ogłoszenia Praca",
         "-Zaloguj się | Prenumerata",
         "-Pogoda: 6°C, zachmurzenie",
         "-Strona główna / Wiadomości / Krzewinowo",
         "-5 marca 2026, 12:10"],
        ["+Przydrożna kapliczka odnowiona przez sąsiadów"],
        ["-Autor: Agata Wierzbięta",
         "-Aktualizacja: 5 marca 2026, 14:02"],
        ["+Stuletnia kapliczka na rozstaju dróg w Krzewinowie odzyskała dach, figurę i ogrodzenie dzięki mieszkańcom, którzy przez zimę zbierali pieniądze i pracowali w weekendy."],
        ["-Ogłoszenie",
         "-Kredyt gotówkowy do 50 000 zł – sprawdź ratę online"],
        ["+„Nikt nas o to nie prosił, po prostu szkoda było patrzeć, jak się rozsypuje” – mówi Tadeusz Kołtuniak, emerytowany cieśla, który zrobił nowy dach z gontu."],
        ["+Co udało się zrobić",
         "+Nowy dach z gontu modrzewiowego",
         "+Oczyszczona figura świętego Floriana",
         "+Drewniane ogrodzenie i ławka",
         "+Dwie lipy posadzone obok"],
        ["-Czytaj też: Nowe lampy przy drodze do szkoły",
         "-Masz temat? Napisz do nas: redakcja@krzewinowo.example"],
        ["+Zbiórka przyniosła 11 tysięcy złotych, a resztę materiałów przekazał tartak z sąsiedniej wsi.",
         "+Poświęcenie odnowionej kapliczki zaplanowano na pierwszą niedzielę maja."],
        ["-Tagi: Krzewinowo, zabytki, mieszkańcy",
         "-Najczęściej czytane",
         "-Pożar sadzy w kominie, interweniowali strażacy",
         "-Komentarze (3)",
         "-Dodaj komentarz jako gość",
         "-Regulamin · Polityka prywatności · Ustawienia cookies",
         "-Krzewińskie Media sp. z o.o., KRS 0000000000",
         "-© 2026 Gazeta Krzewińska. Wszelkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-ziola", [
        ["-Zielnik na parapecie",
         "-blog o ziołach, ogrodzie i kuchni",
         "-Start O mnie Przepisy Ogród Kontakt",
         "-Szukaj…",
         "-Ogród",
         "-Opublikowano 9 września 2025 przez Basia"],
        ["+Jak suszę zioła na zimę"],
        ["-4 komentarze",
         "-Kategorie: Ogród, Spiżarnia"],
        ["+Co roku pod koniec lata mam na balkonie więcej mięty i tymianku, niż jesteśmy w stanie zjeść, więc od kilku lat suszę je w pęczkach w przedpokoju."],
        ["-Wpis zawiera linki afiliacyjne.",
         "-Spis treści [pokaż]"],
        ["+Babcia zawsze mówiła: „Zioła zbiera się rano, kiedy rosa obeschnie, a przed południem.” Dopiero w tym roku sprawdziłam, że rzeczywiście pachną wtedy najmocniej."],
        ["+Co suszę najczęściej",
         "+Mięta pieprzowa",
         "+Tymianek",
         "+Oregano",
         "+Melisa"],
        ["-Polub Zielnik na Facebooku",
         "-Poprzedni wpis: Ocet z kwiatów bzu"],
        ["+Suche liście trzymam w słoikach z ciemnego szkła, z dala od kuchenki.",
         "+Po roku wyrzucam to, co zostało, i zaczynam od nowa."],
        ["-4 komentarze do “Jak suszę zioła na zimę”",
         "-Renata K.",
         "-10 września 2025 o 07:31",
         "-A ja suszę w piekarniku z uchylonymi drzwiczkami, szybciej idzie!",
         "-Odpowiedz",
         "-Dodaj komentarz",
         "-Anuluj pisanie odpowiedzi",
         "-Motyw: Zielona Kartka, autor: Studio Listek"],
    ]),
    _page("ru", "ru-portal-elektrichka", [
        ["-Синеборск.Инфо",
         "-Новости Происшествия Спорт Афиша Объявления",
         "-Войти | Регистрация",
         "-Погода: −3°, снег",
         "-Главная / Новости / Транспорт",
         "-5 марта 2026, 11:20"],
        ["+Электрички перестанут останавливаться на платформе «47-й километр»"],
        ["-Автор: Ирина Велеснова",
         "-Просмотров: 1204"],
        ["+С 1 апреля пригородные поезда перестанут останавливаться на платформе «47-й километр» под Синеборском: перевозчик объяснил решение низким пассажиропотоком."],
        ["-Реклама",
         "-Ремонт квартир под ключ — звоните 8 800 000-00-00"],
        ["+«Для нас это единственная дорога в город зимой, автобус сюда не ходит», — говорит жительница посёлка Валентина Сухорукова, которая ездит на электричке в больницу."],
        ["+Что предлагают вместо остановки",
         "+Автобус до станции Синеборск два раза в день",
         "+Остановка по требованию в выходные",
         "+Льготный проезд для пенсионеров"],
        ["-Читайте также: На Лесной улице заменят трубы",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Жители уже собрали более трёхсот подписей за сохранение остановки.",
         "+В администрации района пообещали направить обращение перевозчику.",
         "+Окончательное решение ожидается до конца марта."],
        ["-Теги: транспорт, электрички, Синеборск",
         "-Самое читаемое",
         "-В центре города отключат воду в четверг",
         "-Комментарии (9)",
         "-Гость, 5 марта 2026, 12:02",
         "-Опять всё для города, а про посёлки забыли.",
         "-Ответить",
         "-© 2026 Синеборск.Инфо. Свидетельство о регистрации СМИ Эл № ФС00-00000. 18+"],
    ]),
    _page("ru", "ru-kolonka-shlagbaum", [
        ["-Вечерний квартал",
         "-Главное Мнения Город Люди",
         "-Электронная версия номера",
         "-Мнения",
         "-Колонка Андрея Подвойского",
         "-7 марта 2026"],
        ["+Шлагбаум, который всех рассорил"],
        ["-Мнение автора может не совпадать с позицией редакции",
         "-Фото: архив редакции"],
        ["+В январе в нашем дворе поставили шлагбаум, и за два месяца он сделал то, чего не смогли ни ремонт теплотрассы, ни выборы: соседи перестали здороваться."],
        ["-Реклама",
         "-Натяжные потолки за один день — «Потолок-Сервис»"],
        ["+Председатель совета дома сказал мне: «Мы хотели, чтобы во дворе было где поставить машину своим». Теперь своим негде поставить машину, потому что пульты есть не у всех."],
        ["+Кто остался за шлагбаумом",
         "+Скорая помощь",
         "+Доставка продуктов",
         "+Гости пожилых соседей"],
        ["-Все колонки автора",
         "-Подпишитесь на рассылку «Мнения недели»"],
        ["+Я не против порядка во дворе.",
         "+Но порядок, ради которого соседи перестают здороваться, мне кажется слишком дорогим.",
         "+Может быть, стоит просто поговорить на общем собрании."],
        ["-Комментарии",
         "-Марина П. · 7 марта 2026",
         "-У нас то же самое, только шлагбаум ещё и сломан.",
         "-Ответить",
         "-Написать комментарий",
         "-О газете · Реклама · Контакты",
         "-Учредитель ООО «Квартал-Пресс»",
         "-© «Вечерний квартал», 2026. 16+"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
    "This content is imported from Spotify. You may be able to find the same content in another format, or you may be able to find more information, at their web site.":
        "an English imported-from-Spotify embed fallback ('This content is imported from Spotify. You may be able to find the same content in another format, ...') is left",
    "Video Player is loading. Play Video Play Mute Current Time 0:00 / Duration 0:00":
        "an English video-player loading placeholder ('Video Player is loading. Play Video Play Mute Current Time 0:00 / Duration 0:00') is left",
    "Want more like this? My online course on natural dyeing opens for enrolment on 1 March – join the waitlist.":
        "an English join-the-waitlist-for-my-online-course plug ('Want more like this? My online course on natural dyeing opens for enrolment on 1 March – join the waitlist.') is left",
    "Ce contenu n'est pas disponible, il nécessite votre consentement aux cookies tiers.":
        "a French embed-needs-third-party-cookies placeholder ('Ce contenu n'est pas disponible, il nécessite votre consentement aux cookies tiers.') is left",
    "[Materiał wideo] Kliknij, aby odtworzyć":
        "a Polish bracketed click-to-play video placeholder ('[Materiał wideo] Kliknij, aby odtworzyć') is left",
    "Zapraszam na mój kanał na YouTube, gdzie co tydzień pokazuję naprawy krok po kroku.":
        "a Polish come-to-my-YouTube-channel plug ('Zapraszam na mój kanał na YouTube, gdzie co tydzień pokazuję naprawy krok po kroku.') is left",
    "[Встроенное видео — откройте статью на сайте, чтобы посмотреть]":
        "a Russian bracketed embedded-video placeholder ('[Встроенное видео — откройте статью на сайте, чтобы посмотреть]') is left",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-station-piano":
        "the regional portal's station-piano story keeps its boiler-servicing ad ('Boiler servicing from £59 – Corvenby Heating Co.') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "fr-chronique-cabine":
        "the paper's phone-box column keeps its house-valuation ad ('Votre maison vaut-elle plus que vous ne le pensez ? Estimation gratuite en ligne') between the first paragraph and the paragraph with the quote (1 of 20 noise lines; its more-columns link after the list rows goes since round 66, its opinion disclaimer under the title since round 67)",
    "de-portal-glascontainer":
        "the regional portal's bottle-bank story keeps its app prompt ('Haldertal Aktuell als App – jetzt kostenlos laden') after the list rows (1 of 20 noise lines)",
}


test_held_out_71_line, test_held_out_71_line_is_kept, test_held_out_71_page = held_out_tests(
    HELD_OUT_71_LINES, HELD_OUT_71_KEEP, HELD_OUT_71_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
