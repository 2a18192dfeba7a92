"""Held-out set 68: written blind, weighted toward the noise the cleaner exists for, in shapes set 67's docstring does
not name: scraper, ad and embed markers (a Divi page-builder shortcode leftover
"[/et_pb_text][/et_pb_column][/et_pb_row][et_pb_row][et_pb_column type="4_4"]", a Google Publisher Tag display
snippet "googletag.cmd.push(function() { googletag.display('div-gpt-ad-0000000000000-0'); });", the feed scraper's
"[embedded content]", the French ad break "La suite après cette publicité", a German lazy-loading placeholder
"Inhalt wird geladen …", an unrendered Advanced Ads shortcode "[the_ad id="000"]", a Polish gallery embed "Zobacz
galerię (12 zdjęć)" and the Russian ad break "Статья продолжится после рекламы"); reading-time headers in new
shapes (a Yoast-style "Estimated reading time: 6 minutes", an English coffee-cup word-count row "☕ 1,240 words · 5
minutes", the French "Temps de lecture estimé : 3 minutes", the German "3 Min. Lesezeit · 640 Wörter", the Italian
"Tempo di lettura: 3 minuti", the Polish "Czas czytania: ok. 3 min" and the Russian "Время чтения: 3 минуты");
bylines and self-promotion (an English Ko-fi plug, an English my-podcast plug, an English
hire-me-for-freelance-copywriting plug, a French Tipeee support line, a German my-book-is-in-the-shops plug, an
Italian my-book-on-Amazon plug, a Polish my-Friday-newsletter plug and a Russian my-Dzen-channel plug); blog
footers ("Published with Ghost", an English copyright-and-Squarespace row, the French Astra theme / WordPress row,
the German "Website erstellt mit IONOS MyWebsite", the Italian "Blog gratis su Altervista", the Polish "Blog
prowadzony na platformie Blox.pl" and the Russian "Сайт сделан на uCoz"); reader-comment furniture (the WordPress
"Log in to Reply" link, "Commenting is closed for this post.", a join-the-discussion count, the French
comments-closed line, a German comment-awaits-moderation line, the Italian load-more-comments button, a Polish
show-all-comments button and a Russian comment-count-and-sort row); share rows (an English Jetpack-style "Share
this:" row with LinkedIn, Reddit and Pocket, a German share-article row with copy-link, a Polish row with Messenger
and a Russian send-to-a-friend/bookmark row); and notices (an English this-article-is-more-than-2-years-old line, a
French appeared-in-our-print-edition line and an Italian affiliate-links disclosure); and toward whole scraped news
and opinion pages in layouts sets 58 to 67 did not use (a regional portal's story on a school crossing patrol left
vacant for seven months, a meadow blog's essay on swapping a strimmer for a scythe with a comment thread, a
regional portal's story on a Saturday market moved to a stadium car park during works, a paper's column on a
speed-display sign with a comment, a regional portal's story on a dyke being raised, a cycling blog's essay on
three winters of commuting by bike with a comment, a regional portal's story on a public defibrillator and a free
course, a paper's column on the potholes of one street with a comment, a regional portal's story on street lights
switched off after midnight, a bird blog's essay on a home-made bird feeder with a comment, a regional portal's
story on a new playground after two years of complaints and a paper's column on icicles over the pavements with a
comment).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 67), docs/ or README.md, nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 67 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons
and the three test functions), printed with one ast script (``ast.get_docstring`` cut at the first paragraph
starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments, and
the file from the ``def _marks`` line to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 67's with 67 -> 68 and the xfail tables
emptied, then refilled after the measurement. Nothing below was copied from any file of the repository. The set was
measured once against a frozen cleaner (worktree /tmp/wt-s68, detached at commit
b7fa7aa655b85a4e187b4b1acc8293cf921da2a2, main's HEAD at my first step and again just before the measurement) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py
were imported with /work/main/src on the path, which imports the cleaner's modules; nothing was run through the
cleaner then and none of its source was read. (2) The ast script ran once, from /work/main, and printed set 67's
cut docstring, its import and ``_page`` segments and its tail in one output; this file's tail was typed from that
output. (3) ``git rev-parse HEAD`` printed b7fa7aa655b85a4e187b4b1acc8293cf921da2a2 at my first step (``git status
--short`` printed nothing) and again just before the measurement (status again empty); that commit is the frozen
one. ``git worktree add``'s output was sent to /dev/null, for this worktree and for my branch's, so no commit
subject was seen. The branch set68 was made from main; there this file (with the xfail tables filled) gives only
passed and xfailed tests, no strict xfail broken, which is a check of the tables, not a second measurement. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s68scratch/stand) with stand-ins (a copy
of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and
``_problems`` only raise, and a stand-in ``pytest`` module; no case was run through the cleaner) that counted the
lines by category and by language (the language from the ``# English`` ... comments above each group), the keep
lines by language and the pages by language, checked each page's layout (six noise lines, title, two noise lines,
first paragraph, two noise lines, quote paragraph, subheading and rows, two noise lines, last paragraphs, eight
noise lines; 20 noise and 10 article lines) and checked that no page noise line repeats on its page, is a substring
of an article line of its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_68_LINES``.
Its first run failed: four pages (fr-chronique-radars, it-portale-defibrillatore, pl-portal-latarnie,
ru-kolonka-sosulki) had 9 article lines, and three page lines overlapped set lines (the scythe blog's site name
"The Long Swath" stood inside the footer line then written "© 2026 The Long Swath · Made with Squarespace", its
thread's "Reply" inside "Log in to Reply", and the icicle column's "Комментарии" heading inside "Комментарии (12) ·
Сначала новые"); a second "Reply" on the scythe page, a repeat on its page, had been changed by hand just before.
Fixed before the measurement: a fourth list row on each of the four pages, the footer line and the Ko-fi plug
renamed to "Meadow Hours" / "meadowhours", the thread's link written "Reply ↓" and its second reply link "Load
older comments", the Russian heading "Обсуждение"; the second run passed. Left as they are, which the check allows:
site names standing alone and again inside other noise lines of their page (newsletter, app, follow, registry,
copyright lines), the authors' names in the byline and again in more-columns lines (Castelbrumo and Верхнесосенск
columns), and comment counts standing beside comment headings (the German blog's "5 Kommentare" and "Kommentare").
(5) At the measurement this docstring was a placeholder; it was written afterwards, with the xfail tables. (6) The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen;
the grep also let through one PASSED line, because the keep line "Comments from the inspector were passed ..."
holds the word "passed". The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s68scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems of
the failing ones, to write the xfail reasons. (7) Invented names were checked, before the measurement, against the
helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not
a proof that they do not exist: Brackenmouth, Saint-Aubrelin, Ferrandoux, Quarzenbach, Roccavelina, Castelbrumo,
Castelvario, Kruszwinek, Малозаречинск, Верхнесосенск, Westerly Digital, Kettenblatt & Kaffee and Ptasie Podwórko
had no hits; "Meadow Hours" occurs only as a phrase in code and inside a song-title list; Polglaze is a real
Cornish surname, used in the invented firm "Polglaze Motors". Dropped before use: Larkhollow and Thistlecombe
(invented-town lists, games, fiction), Weidenbrunn (Weidenbrunnen is a real flux-tower site) and Mooskirch
(Mooskirchen is a real Styrian market town); Lipnowiec was checked (no hits) but not used. Not checked, generic or
invented at sight: Unterquarzenbach, Harbour Road, rue des Tanneurs, rue du Moulin, place de la Halle, avenue de la
Gare, the Mühlgraben, Feldstraße and Mühlbrücke, piazza Garibaldi, via Roma, via dei Tigli, via dei Gelsi, ul.
Polna, osiedle Słoneczne, улица Мира, улица Лесная, проспект Строителей and Садовая (generic names real places also
carry); the sites, papers, blogs, firms and people (Brackenmouth Live, Westerly Digital Ltd, Polglaze Motors, The
Long Swath, Meadow Hours, Hedge Notes, Meadowlark by Small Field Themes, Saint-Aubrelin Actu, Éditions du Bocage
SARL, Cuisines Ravenel, L'Écho de Ferrandoux, Quarzenbach24, Lokalverlag Renn & Sohn GmbH, Solar Grebner,
Kettenblatt & Kaffee, „Der stille Garten“, RoccavelinaNews, Valle Media srl, Termoidraulica Bassetti, Il Corriere
di Castelbrumo, Editrice Brumo srl, Gommista Ferretti, «Orti di città», Kruszwinek24.pl, Media Kruszwinek sp. z
o.o., Okna Wiśniewicz, Ptasie Podwórko, „Zeszyt ogrodowy”, the theme "Ptasie Pióro", Малозаречинск.ру, ООО «Заречье
Медиа», «ОкнаСтрой», Верхнесосенская правда, Банк «Север», «Огород без хлопот») are invented; "Hedge Notes", "Der
stille Garten", "Orti di città", «ОкнаСтрой» and Банк «Север» are common enough that real titles or firms may carry
them; the people's names (Kerry Polglase, Tasha Bennick, Rosalind, Gwen Trethowan, Gaëlle Dumarchey, Josette
Lambrier, Hervé Clairmont, Bernard Vaissière, Mireille T., Sabine Harthuber, Tobias Renninger, Lene, Jochen,
Federica Morlacchi, Andrea Tommasoni, Ernesto Salvadori, Gino Pedrazzoli, Marzena Kołodziejak, Grzegorz Piątkowski,
Tomasz Wrzosek, Beata, Halina K., Светлана Кожухова, Людмила Гарькавая, Андрей Лысков, Ольга Н.) are ordinary names
real people may bear; none is meant as a real person. Slip: the breaking-news line on the crossing-patrol page
names the road "A389", which is a real British road number and not zero-filled as the brief asks; I saw it only
after the measurement, and it stays, since the cases do not change after the measurement. The Ko-fi handle
ko-fi.com/meadowhours was not checked and may be a real page; the newsroom address uses the reserved .example
domain; phone, registry and registration numbers are zero-filled. (8) Some lines name real things, as real pages
do: the Divi builder's et_pb shortcodes, the Google Publisher Tag snippet, the Advanced Ads [the_ad] shortcode,
Yoast-style reading time, Ko-fi, Ghost, Squarespace, LinkedIn, Reddit, Pocket, Tipeee, the Astra theme and
Brainstorm Force, WordPress, IONOS MyWebsite, Amazon, Altervista, Blox.pl, Messenger, Дзен, uCoz, Facebook, X,
WhatsApp, Instagram, Pinterest, Google News (as "Wiadomości Google"), Telegram (as "Телеграм"), iOS and Android,
the British MOT, the Italian 118 emergency service, Croce Verde and Pro Loco (kinds of Italian association),
lobster gloves (a kind of glove), the Ctrl+Enter error-report prompt, the French RCS, the German Amtsgericht/HRB
registry, the Italian P.IVA and court registration, the Polish KRS and the Russian media registration mark. No real
person is named. (9) Set 67's docstring names its own shapes and the earlier sets' page layouts only, so some lines
may repeat shapes of sets before 67 that I could not check; in particular "Log in to Reply", "Commenting is closed
for this post.", "Les commentaires sont fermés." and the book plugs (the product requirement names book plugs) are
common enough that an earlier set may have used them. Close to shapes set 67 named: the French and Russian ad
breaks are ad breaks like its Italian one, in other languages; the Ko-fi and Tipeee lines are support-me plugs like
its PayPal/Steady, Patronite and Boosty plugs, on other platforms; the podcast and Dzen plugs are self-promotion
like its YouTube and Telegram plugs, on other media; the Polish newsletter plug is near its about-the-author bio
with a newsletter; the Divi and Advanced Ads shortcodes are shortcode leftovers like its WPBakery one, of other
plugins; the Publisher Tag snippet is an ad script like its AdSense snippet; the footers are platform footers like
its Bear, Hugo, Canalblog, Webador, WordPress.com and 1С-Битрикс rows, on other platforms; the share rows are share
rows with other platforms; the reading-time rows are reading-time rows in other words. Some page chrome repeats
kinds of line set 67's pages had (affiliate disclosures and reading-time rows on the blogs, opinion disclaimers and
more-columns links on the columns, newsletter, app, WhatsApp, Google News and Telegram prompts on the portals).
(10) My first step's clock reading was 2026-12-03 18:55:31 UTC. (11) After committing, ``git rev-parse HEAD`` in my
worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source material", "Comments from the inspector", "Visit
numbers", "Share of the vote", "Advertising on the buses", "Read more slowly", "Subscribe-and-save deals", "Source
de tension", "Partage des frais", "Publicité lumineuse", "Quelle der Verschmutzung", "Werbung auf Bussen",
"Kommentieren wollte", "Leggi regionali", "Condivisione dei costi", "Commentando i dati", "Reklamy na
przystankach", "Komentarze mieszkańców", "Подписка на районную газету" and "Комментарии жителей" are article
sentences. The shortcode, Publisher Tag, embedded-content, ad-break, loading-placeholder and gallery lines are
counted as markers; the reading-time rows (with or without a word count) as reading-time lines; the Ko-fi, podcast,
freelance, Tipeee, book, newsletter and Dzen lines as bylines; platform, theme and site-builder rows as footers;
the log-in-to-reply, comments-closed, join-the-discussion, moderation, load-more, show-all and count-and-sort lines
as comments; the share rows and the send-to-a-friend row as share; the article-age line, the print-edition line and
the affiliate disclosure as notices. On every page the title, the first paragraph, the paragraph with the quote,
the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last
paragraphs, or three rows and three last paragraphs) and everything else is noise (20 lines a page: six lines above
the title, two under it, two between the first paragraph and the paragraph with the quote, two between the list
rows and the last paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes,
sign-in and subscribe lines, print-edition links, weather and breaking-news lines, breadcrumbs and categories,
affiliate and advertising labels, bylines, date, update, reading-time and comment-count lines, column notes and
opinion disclaimers, ad labels, ads and sponsored lines, pin-it and like prompts, read-also, you-might-like,
most-read, more-columns and previous/next-post links, newsletter, app, WhatsApp, Telegram, Instagram, Facebook and
Google News prompts, tip-off, correction and write-to-us lines, tags, print links, comment headings, commenter
rows, comment texts, reply, report, log-in-to-comment, older-comments and leave-a-comment lines, theme, publisher,
editor, registry, legal, privacy, reuse, cookie and copyright lines are noise. The rows: en-portal-lollipop "What
the council says it has tried", en-blog-scythe "What the first summer cost" (three rows), fr-portail-marche "Ce qui
change pour les clients" (three rows), fr-chronique-radars "Ce que j'ai observé en une semaine", de-portal-deich
"Die Arbeiten im Überblick", de-blog-winterrad "Meine Winterausrüstung" (three rows), it-portale-defibrillatore "Il
corso di sabato", it-rubrica-buche "Quello che costa non ripararla" (three rows), pl-portal-latarnie "Gdzie światło
zostanie", pl-blog-karmnik "Kto przylatuje najczęściej", ru-portal-ploshchadka "Что появилось во дворе" (three
rows) and ru-kolonka-sosulki "Что я увидел за одну прогулку", the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 4, notice 3; by language
en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6 (marker 1, reading-time
1, byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share
1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share
1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article
lines (10 a page): en-portal-lollipop (a regional news portal's story on a school crossing patrol vacant for seven
months), en-blog-scythe (a meadow blog's essay on swapping the strimmer for a scythe, with a comment thread),
fr-portail-marche (a regional news portal's story on the Saturday market moved to the stadium car park during
paving works), fr-chronique-radars (a paper's opinion column on a speed-display sign with a smiley, with a
comment), de-portal-deich (a regional news portal's story on a dyke raised by 60 centimetres and a riverside path
closed for a year), de-blog-winterrad (a cycling blog's essay on three winters of commuting by bike, with a
comment), it-portale-defibrillatore (a regional news portal's story on a public defibrillator in a square and a
free course), it-rubrica-buche (a paper's opinion column on the potholes of one street, with a comment),
pl-portal-latarnie (a regional news portal's story on street lights switched off between midnight and four),
pl-blog-karmnik (a bird blog's essay on a feeder made of old boards, with a comment), ru-portal-ploshchadka (a
regional news portal's story on a courtyard playground rebuilt after two years of complaints) and
ru-kolonka-sosulki (a paper's opinion column on icicles and taped-off pavements, with a comment); every page holds
a title, a subheading with list rows, a quote in the article and noise above the title, between the paragraphs and
at the foot.

Baseline (2026-12-03, cleaner at commit b7fa7aa655b85a4e187b4b1acc8293cf921da2a2, measured with ``cd /tmp/wt-s68 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s68/src python -m pytest -q tests/test_clean_held_out_68.py -rA
-p no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s68 && PYTHONPATH=/tmp/wt-s68/src python
scripts/clean_held_out_report.py --sets 68`` (noise lines removed 39/45, article lines kept 20/20, pages clean
3/12, page noise lines left 16 of 240), with the xfail tables empty): noise lines removed 39/45 (marker 7/8,
reading-time 6/7, byline 6/8, footer 5/7, comments 8/8, share 4/4, notice 3/3; missed, all kept as paragraphs: the
English "☕ 1,240 words · 5 minutes", "New episodes of my podcast, Hedge Notes, drop every other Tuesday – search
for it wherever you listen." and "I take on freelance copywriting for small charities – rates and samples on my
Work With Me page.", the German "Inhalt wird geladen …" and "Website erstellt mit IONOS MyWebsite", and the Italian
"Blog gratis su Altervista"); keep lines kept 20/20; pages 3/12 clean (fr-portail-marche, it-portale-defibrillatore
and ru-portal-ploshchadka), 16 of 240 page noise lines left and 10 of 120 article lines lost: en-portal-lollipop 2
left ("Get the Brackenmouth Live newsletter – the day's top stories at 7am. Sign up" and "Most read: Harbour car
park charges to double in January"); en-blog-scythe 1 left ("Pin it for later") and its three last paragraphs lost
("The meadow is noisier now: ...", "I am slower than the strimmer ever was, ..." and "Next spring I want to learn
to peen the blade properly ..."); fr-chronique-radars 3 left ("La chronique du mercredi de Bernard Vaissière", "Les
opinions exprimées dans cette chronique n'engagent que leur auteur." and "Vous aimez nos chroniques ? Offrez un
abonnement"); de-portal-deich 1 left ("Quarzenbach24 jetzt auch als Newsletter – jeden Morgen um 6 Uhr");
de-blog-winterrad 1 left ("Pinne diesen Beitrag auf Pinterest") and 7 lost (the subheading "Meine
Winterausrüstung", its three rows and the three last paragraphs); it-rubrica-buche 2 left ("Altre rubriche di
Ernesto Salvadori" and "Ricevi le nostre opinioni ogni domenica: iscriviti"); pl-portal-latarnie 1 left ("Obserwuj
Kruszwinek24.pl w Wiadomościach Google"); pl-blog-karmnik 2 left ("Przypnij na Pintereście" and "Podobał ci się
wpis? Zostaw serduszko!"); ru-kolonka-sosulki 3 left ("Кредит на любые цели за пять минут — Банк «Север»", "Все
колонки Андрея Лыскова" and "Поделитесь мнением: пишите в редакцию"). Of the left page lines none stands above the
title, two under it (the column line and the opinion disclaimer of the speed-sign column), four between the first
paragraph and the paragraph with the quote (three pin-it lines and the Russian bank ad), ten between the list rows
and the last paragraphs and none at the foot; the lost lines are the last paragraphs of the two blog posts and, on
the cycling blog, its subheading and rows too, all on blog pages. The failing cases are strict xfails.

Still held out after round 63 (development on set 65; measured once, as set 66): noise lines removed 39/45
(unchanged), keep lines 20/20, pages clean 3 -> 5/12 (en-portal-lollipop and it-rubrica-buche now clean), page
noise lines left 16 -> 10 of 240 (ru-kolonka-sosulki 3 -> 1), article lines lost 10 of 120 (unchanged: en-blog-
scythe 3, de-blog-winterrad 7); their xfails removed, ru-kolonka-sosulki's reason reworded.

Round 64 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 68`` and ``pytest tests/test_clean_held_out_68.py`` at f768a29 (before)
and the round's last commit on branch round64 (after): noise lines 39 -> 42/45 (marker 7/8, reading-time 6/7,
byline 6 -> 7/8, footer 5 -> 7/7, comments 8/8, share 4/4, notice 3/3), keep lines 20/20, pages 5 -> 11/12 clean,
page noise lines left 10 -> 1 of 240, article lines lost 10 -> 0 of 120; pytest 64 passed, 13 xfailed -> 73
passed, 4 xfailed. The losses first: on en-blog-scythe and de-blog-winterrad a reader prompt no rule knew
("Enjoyed this? Leave a heart ...", "Hat dir der Artikel gefallen? Dann teile ihn ...") stood right above the
post navigation link ("Next post: ...", "Vorheriger Beitrag: ...") between the list rows and the last
paragraphs; the post navigation closes the article, so the body ended on the prompt, round 61's crossing (a
subheading's rows over the closing widget) did not apply, and the tail walk took the last paragraphs as an
author box under a widget that ends a page (and, on the German page, the widget blocks took the subheading and
its rows as related headlines). The mechanism now lets the article go on under a post navigation link when two
paragraphs or more of its own (prose, none the site's prompt, an ad or a widget's words; the blog's "I" allowed)
run from it to the comment thread or to a widget that ends a page (page_blocks._goes_on_under; an author's bio
under it is one paragraph and still goes; tests in tests/test_clean.py with French and Russian pages that lose
their last paragraphs before the change). Then the classes, each in six languages with near misses in tests/test_clean.py (round 64): a blog's liked-it question
with its heart, like or share call ("Enjoyed this? Leave a heart below ...", "Podobał ci się wpis? Zostaw
serduszko!"); the pin-it button's prompt ("Pin it for later", "Pinne diesen Beitrag auf Pinterest", "Przypnij na
Pintereście"); the piece's own-opinions disclaimer wherever it stands, the opinions or the piece opening the line
("Les opinions exprimées dans cette chronique n'engagent que leur auteur.", "Poglądy wyrażone w felietonie są
opiniami autora."); the call to listen to the site's podcast by its quoted name and the new episodes of the
writer's podcast with their cadence or where to find them; a newsletter offered with when it comes, the
newsletter named before a colon or a dash and no finite verb, or a receive verb and a sign-up button
("Quarzenbach24 jetzt auch als Newsletter – jeden Morgen um 6 Uhr", "Recevez chaque vendredi nos meilleures
tribunes : je m'inscris"); the site followed on a news aggregator by name ("Obserwuj ... w Wiadomościach
Google"); an ad marking with the advertiser's firm (the label and its full stop, a legal form, a phone number:
"Реклама. ООО «...», ..., тел. ..."); under an ad's label between the paragraphs, an offer closed by its
advertiser's name after a spaced dash ("... — Банк «Север»"); and free-platform footers and a site builder's
credit after the site's noun ("Blog gratis su Altervista", "Website erstellt mit IONOS MyWebsite"). Left: the English
coffee-cup word-count row, the hire-me-for-freelance plug and the German content-loading placeholder (3 lines)
and the speed-sign column's give-a-subscription prompt ("Vous aimez nos chroniques ? Offrez un abonnement", 1
page line). Elsewhere: set 54 en-coworking-blog 2 -> 0 left (its free-day-pass offer and newsletter line; clean,
xfail removed), set 63 de-windpark-buergerentscheid 2 -> 1 left (its newsletter prompt), set 64
fr-blog-boucle-randonnee 2 -> 1 left (its pin-on-Pinterest line), set 66 (its own paragraph); reasons reworded;
no article line or keep line lost on any set from 10 to 66 and 68 (set 47's en-neighbourhood-app loses 2 as
before); SemEval noise diff 0 changed files.

After round 65 (development on set 67; measured with ``python scripts/clean_held_out_report.py --sets 68``): noise
lines 42 -> 44/45 (reading-time 6 -> 7/7, marker 7 -> 8/8): the coffee-cup row goes with a word count then the
minutes alone ("☕ 1,240 words · 5 minutes"), and "Inhalt wird geladen …" with the player's loading placeholder
extended to the content in six languages; pytest 73 passed, 4 xfailed -> 75 passed, 2 xfailed; pages, left and
lost unchanged (11/12, 1 of 240, 0 of 120). Left: the hire-me-for-freelance plug and the speed-sign column's
give-a-subscription prompt.

After round 66 (measured once with ``scripts/clean_held_out_report.py --sets 68``): noise lines 44 -> 45/45 (byline
7 -> 8/8: the English freelance-copywriting plug with its rates and samples after a dash), keep lines 20/20, pages
clean 11 -> 12/12 and page noise lines left 1 -> 0 of 240 (fr-chronique-radars's give-a-subscription prompt after a
you-like-our-columns question goes), article lines lost 0 of 120; pytest 75 passed, 2 xfailed -> 77 passed.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_68_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "[/et_pb_text][/et_pb_column][/et_pb_row][et_pb_row][et_pb_column type=\"4_4\"]", "marker"),
    ("body", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-0000000000000-0'); });", "marker"),
    ("body", "[embedded content]", "marker"),
    ("head", "Estimated reading time: 6 minutes", "reading-time"),
    ("head", "☕ 1,240 words · 5 minutes", "reading-time"),
    ("tail", "Buy me a coffee on Ko-fi if these posts help you: ko-fi.com/meadowhours", "byline"),
    ("tail", "New episodes of my podcast, Hedge Notes, drop every other Tuesday – search for it wherever you listen.", "byline"),
    ("tail", "I take on freelance copywriting for small charities – rates and samples on my Work With Me page.", "byline"),
    ("tail", "Published with Ghost", "footer"),
    ("tail", "© 2026 Meadow Hours · Made with Squarespace", "footer"),
    ("tail", "Log in to Reply", "comments"),
    ("tail", "Commenting is closed for this post.", "comments"),
    ("tail", "Join the discussion – 12 comments", "comments"),
    ("tail", "Share this: Email · Print · LinkedIn · Reddit · Pocket", "share"),
    ("head", "This article is more than 2 years old", "notice"),
    # French
    ("body", "La suite après cette publicité", "marker"),
    ("head", "Temps de lecture estimé : 3 minutes", "reading-time"),
    ("tail", "Pour soutenir ce blog, vous pouvez m'offrir un café sur Tipeee.", "byline"),
    ("tail", "Thème Astra par Brainstorm Force · Propulsé par WordPress", "footer"),
    ("tail", "Les commentaires sont fermés.", "comments"),
    ("tail", "Cet article est paru dans notre édition papier du 2 décembre.", "notice"),
    # German
    ("body", "Inhalt wird geladen …", "marker"),
    ("head", "3 Min. Lesezeit · 640 Wörter", "reading-time"),
    ("tail", "Mein Buch „Der stille Garten“ ist jetzt überall im Handel erhältlich.", "byline"),
    ("tail", "Website erstellt mit IONOS MyWebsite", "footer"),
    ("tail", "Dein Kommentar wird nach Prüfung freigeschaltet.", "comments"),
    ("tail", "Artikel teilen: Facebook · X · WhatsApp · E-Mail · Link kopieren", "share"),
    # Italian
    ("body", "[the_ad id=\"000\"]", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("tail", "Il mio libro «Orti di città» è disponibile su Amazon e in tutte le librerie.", "byline"),
    ("tail", "Blog gratis su Altervista", "footer"),
    ("tail", "Carica altri commenti", "comments"),
    ("tail", "L'articolo contiene link di affiliazione: se acquisti, ricevo una piccola commissione.", "notice"),
    # Polish
    ("body", "Zobacz galerię (12 zdjęć)", "marker"),
    ("head", "Czas czytania: ok. 3 min", "reading-time"),
    ("tail", "Zapisz się na mój newsletter „Zeszyt ogrodowy” — co piątek jeden list.", "byline"),
    ("tail", "Blog prowadzony na platformie Blox.pl", "footer"),
    ("tail", "Pokaż wszystkie komentarze (14)", "comments"),
    ("tail", "Udostępnij: Facebook | Messenger | X | E-mail", "share"),
    # Russian
    ("body", "Статья продолжится после рекламы", "marker"),
    ("head", "Время чтения: 3 минуты", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене «Огород без хлопот»", "byline"),
    ("tail", "Сайт сделан на uCoz", "footer"),
    ("tail", "Комментарии (12) · Сначала новые", "comments"),
    ("tail", "Отправить другу · Поделиться · В закладки", "share"),
]

HELD_OUT_68_KEEP: list[tuple[str, str]] = [
    # English
    ("body", "Source material for the exhibition came from three parish archives, the curator said."),
    ("body", "Comments from the inspector were passed to the trust in October and published on Monday."),
    ("head", "Visit numbers at the museum fell by a fifth after the car park closed."),
    ("body", "Share of the vote for independent candidates rose to 31 per cent."),
    ("tail", "Advertising on the buses brings the operator about £40,000 a year, the accounts show."),
    ("body", "Read more slowly, the guide says, and the old field maps begin to make sense."),
    ("tail", "Subscribe-and-save deals, the regulator found, often cost more than buying each month."),
    # French
    ("body", "Source de tension depuis des années, le parking sera enfin agrandi au printemps."),
    ("body", "Partage des frais : la commune paiera les deux tiers, le département le reste."),
    ("tail", "Publicité lumineuse : le conseil interdit les écrans après 22 heures."),
    # German
    ("body", "Quelle der Verschmutzung war nach Angaben des Landratsamts ein defekter Ölabscheider."),
    ("tail", "Werbung auf Bussen soll künftig nur noch für regionale Betriebe erlaubt sein."),
    ("body", "Kommentieren wollte der Bürgermeister die Zahlen am Freitag nicht."),
    # Italian
    ("body", "Leggi regionali più severe, ha spiegato l'assessore, non bastano senza controlli."),
    ("body", "Condivisione dei costi: metà a carico della Regione, metà del Comune."),
    ("tail", "Commentando i dati, la sindaca ha parlato di un anno difficile per il bilancio."),
    # Polish
    ("body", "Reklamy na przystankach znikną do końca roku, zapowiada zarząd dróg."),
    ("tail", "Komentarze mieszkańców zebrano podczas dwóch spotkań w remizie."),
    # Russian
    ("body", "Подписка на районную газету в библиотеке продлена до конца года."),
    ("tail", "Комментарии жителей учтут при проектировании нового сквера."),
]

HELD_OUT_68_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-lollipop": _page("en", "en-portal-lollipop", [
        ["-Brackenmouth Live",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Search Brackenmouth Live",
         "-8°C Light rain this afternoon",
         "-LIVE: A389 closed both ways after lorry sheds load",
         "-Home › News › Schools"],
        ["+No lollipop lady for seven months: parents say crossing on Harbour Road is 'an accident waiting to happen'"],
        ["-By Kerry Polglase, Community Reporter",
         "-Posted 07:15, 3 Dec 2026 | Updated 09:40"],
        ["+The school crossing patrol outside Brackenmouth Primary has stood empty since May, and the county council says nobody has applied for the job despite three rounds of advertising."],
        ["-Advertisement",
         "-Skip the queue: book your MOT online with Polglaze Motors, from £35"],
        ["+\"Every morning I watch children step out between parked vans,\" said Tasha Bennick, who chairs the school's parent group. \"We are not asking for a bridge, just for someone in a coat with a sign.\""],
        ["+What the council says it has tried",
         "+Adverts in May, August and October, paid at £11.80 an hour",
         "+A leaflet drop to 1,400 homes within a mile of the school",
         "+An offer to split the post between two part-timers",
         "+A request to the police for a temporary speed check"],
        ["-Get the Brackenmouth Live newsletter – the day's top stories at 7am. Sign up",
         "-Most read: Harbour car park charges to double in January"],
        ["+The council said it would now ask the school's own staff whether one of them could cover the morning patrol for a trial term."],
        ["+Parents are collecting signatures for a zebra crossing and plan to hand the petition to the next full council meeting on 15 January."],
        ["-Got a story? Email newsdesk@brackenmouthlive.example or message us on WhatsApp",
         "-Topics: Brackenmouth Primary · Road safety · County council",
         "-More on this story",
         "-Councillors reject 20mph zone for seafront – again",
         "-Brackenmouth Live is part of Westerly Digital Ltd, registered in England No. 00000000",
         "-Terms · Privacy notice · Complaints · Contact us",
         "-We use cookies to personalise content and ads. Manage preferences",
         "-© Westerly Digital 2026"]]),
    "en-blog-scythe": _page("en", "en-blog-scythe", [
        ["-The Long Swath",
         "-notes from a small meadow",
         "-Home   Archive   About   Shop   Contact",
         "-Subscribe by email",
         "-Filed under: Meadow, Tools",
         "-Posted on 2 December 2026 by Rosalind"],
        ["+Why I traded the strimmer for a scythe, and what the first summer taught me"],
        ["-This post may contain affiliate links to the peening jig I use.",
         "-⏱ 7 min"],
        ["+When the strimmer died in April I decided not to replace it, and bought a second-hand Austrian scythe blade from a woman two valleys over instead."],
        ["-Pin it for later",
         "-You might also like: Ten wildflowers that came back on their own"],
        ["+\"Don't muscle it, let the hips swing,\" the old man at the village show told me in June, and after that the grass started to fall in neat rows instead of being chewed."],
        ["+What the first summer cost",
         "+Blade, snath and whetstone: £95",
         "+One afternoon's lesson: £20",
         "+Sticking plasters: too many to count"],
        ["-Enjoyed this? Leave a heart below so I know to write more.",
         "-Next post: Making hay in a wet July →"],
        ["+The meadow is noisier now: crickets, a wren in the hedge, and no engine drowning them out."],
        ["+I am slower than the strimmer ever was, but I have stopped dreading the job, which is a trade I will take."],
        ["+Next spring I want to learn to peen the blade properly instead of paying someone to do it."],
        ["-3 comments",
         "-Gwen Trethowan · 2 December 2026 at 18:22",
         "-Lovely post! We switched two years ago and never looked back.",
         "-Reply ↓",
         "-Rosalind · 2 December 2026 at 20:05",
         "-Thank you Gwen, good to know it gets easier!",
         "-Load older comments",
         "-Theme: Meadowlark by Small Field Themes."]]),
    "fr-portail-marche": _page("fr", "fr-portail-marche", [
        ["-Saint-Aubrelin Actu",
         "-Accueil | Actualités | Sports | Agenda | Annonces légales",
         "-Rechercher sur le site",
         "-Se connecter",
         "-Flash info : coupure d'eau rue des Tanneurs jeudi matin",
         "-Actualités > Commerce"],
        ["+Travaux place de la Halle : le marché du samedi déménage sur le parking du stade jusqu'en mars"],
        ["-Par Gaëlle Dumarchey",
         "-Publié le 3 décembre 2026 à 11h20"],
        ["+Les quarante-deux commerçants du marché de Saint-Aubrelin installeront leurs étals sur le parking du stade dès samedi, le temps de refaire le pavage de la place de la Halle."],
        ["-Annonce",
         "-Cuisines Ravenel : jusqu'à -30 % sur les plans de travail ce mois-ci"],
        ["+« On a peur de perdre les clients qui venaient à pied du centre », reconnaît Josette Lambrier, maraîchère sur le marché depuis vingt-six ans."],
        ["+Ce qui change pour les clients",
         "+Horaires inchangés : de 7 h 30 à 13 h",
         "+Navette gratuite depuis la mairie toutes les vingt minutes",
         "+Stationnement limité à une heure rue du Moulin"],
        ["-À lire aussi : Le nouveau rond-point de la zone artisanale ouvre lundi",
         "-Recevez l'essentiel de l'actu locale chaque matin : inscrivez-vous à notre newsletter"],
        ["+La mairie promet que les travaux, chiffrés à 380 000 euros, seront terminés pour le premier marché de printemps."],
        ["+Une réunion publique est prévue le 12 décembre à 18 heures, salle des fêtes."],
        ["+Les commerçants demandent qu'un panneau soit posé à chaque entrée de la ville."],
        ["-Mots-clés : marché, travaux, centre-ville",
         "-Réagissez à cet article",
         "-Téléchargez l'application Saint-Aubrelin Actu sur iOS et Android",
         "-Suivez-nous sur Facebook",
         "-Mentions légales · Politique de confidentialité · Gérer les cookies",
         "-Saint-Aubrelin Actu est édité par Éditions du Bocage SARL, RCS 000 000 000",
         "-Directeur de la publication : Hervé Clairmont",
         "-© 2026 Saint-Aubrelin Actu – Tous droits réservés"]]),
    "fr-chronique-radars": _page("fr", "fr-chronique-radars", [
        ["-L'Écho de Ferrandoux",
         "-Le journal de la vallée depuis 1952",
         "-S'abonner dès 1 € le premier mois",
         "-Édition du jour",
         "-Opinions",
         "-Chronique"],
        ["+Le radar pédagogique qui souriait à tout le monde"],
        ["-La chronique du mercredi de Bernard Vaissière",
         "-Les opinions exprimées dans cette chronique n'engagent que leur auteur."],
        ["+Depuis septembre, un panneau lumineux affiche un smiley vert ou rouge à l'entrée de Ferrandoux, et j'ai passé plus de temps à le regarder qu'à lire mon compteur."],
        ["-Publicité",
         "-Assurance auto : comparez 30 offres en deux minutes"],
        ["+« Il ne verbalise personne, il rappelle », m'a expliqué l'adjoint à la voirie, visiblement fier de son appareil à 2 400 euros."],
        ["+Ce que j'ai observé en une semaine",
         "+Les livreurs ralentissent, puis accélèrent juste après",
         "+Les enfants courent devant pour le faire changer de couleur",
         "+Le smiley rouge s'allume aussi pour les vélos en descente",
         "+Le camion de ramassage des ordures ne le remarque même plus"],
        ["-Lire aussi : Nos chroniques sur la vie du bourg",
         "-Vous aimez nos chroniques ? Offrez un abonnement"],
        ["+Je ne demande pas qu'on retire le panneau ; je demande qu'on mesure, chiffres à l'appui, s'il change quelque chose."],
        ["+Sinon, nous aurons payé très cher un émoji."],
        ["-2 réactions",
         "-Mireille T. – le 3 décembre à 9 h 14",
         "-Chez nous il est en panne depuis l'été, et personne ne s'en est aperçu.",
         "-Répondre",
         "-Signaler un abus",
         "-Pour réagir, connectez-vous à votre compte abonné.",
         "-L'Écho de Ferrandoux · 00 avenue de la Gare · Tél. 00 00 00 00 00",
         "-Conditions générales de vente · Cookies"]]),
    "de-portal-deich": _page("de", "de-portal-deich", [
        ["-Quarzenbach24",
         "-Nachrichten aus Quarzenbach und Umgebung",
         "-Start | Lokales | Sport | Blaulicht | Veranstaltungen | Anzeigen",
         "-Suche",
         "-Eilmeldung: Ortsdurchfahrt am Freitag voll gesperrt",
         "-Lokales > Umwelt"],
        ["+Deich am Mühlgraben wird um 60 Zentimeter erhöht – Spazierweg ein Jahr gesperrt"],
        ["-Von Sabine Harthuber",
         "-03.12.2026, 10:05 Uhr"],
        ["+Nach dem Hochwasser im vergangenen Frühjahr lässt das Wasserwirtschaftsamt den Deich am Mühlgraben auf 1,2 Kilometern Länge erhöhen und verbreitern."],
        ["-Sponsored",
         "-Photovoltaik für Ihr Dach – jetzt kostenlos Angebot von Solar Grebner anfordern"],
        ["+„Das Wasser stand im April nur noch eine Handbreit unter der Krone“, sagte Bauleiter Tobias Renninger bei der Vorstellung der Pläne im Rathaus."],
        ["+Die Arbeiten im Überblick",
         "+Baubeginn: 12. Januar",
         "+Kosten: rund 2,3 Millionen Euro",
         "+Gesperrt: Uferweg zwischen Mühlbrücke und Sportplatz",
         "+Umleitung: über die Feldstraße"],
        ["-Auch interessant: Neuer Radweg nach Unterquarzenbach freigegeben",
         "-Quarzenbach24 jetzt auch als Newsletter – jeden Morgen um 6 Uhr"],
        ["+Anwohner können sich am 10. Dezember ab 17 Uhr im Rathaus über die Baustelle informieren."],
        ["+Für Hundebesitzer richtet die Gemeinde eine Ersatzrunde am Waldrand ein."],
        ["-Schlagworte: Hochwasser, Deich, Baustelle",
         "-Artikel drucken",
         "-Fehler gefunden? Schreiben Sie uns",
         "-Die meistgelesenen Artikel",
         "-Impressum | Datenschutz | AGB | Kontakt",
         "-Quarzenbach24 ist ein Angebot der Lokalverlag Renn & Sohn GmbH, Amtsgericht 000000, HRB 00000",
         "-Privatsphäre-Einstellungen",
         "-© 2026 Quarzenbach24"]]),
    "de-blog-winterrad": _page("de", "de-blog-winterrad", [
        ["-Kettenblatt & Kaffee",
         "-Ein Blog übers Alltagsradeln",
         "-Startseite · Über mich · Touren · Werkstatt · Kontakt",
         "-Kategorie: Alltag",
         "-1. Dezember 2026 von Lene",
         "-Werbung | enthält Affiliate-Links"],
        ["+Drei Winter auf dem Rad zur Arbeit: was wirklich hilft"],
        ["-5 Kommentare",
         "-Lesezeit: 6 Min."],
        ["+Seit drei Jahren fahre ich die elf Kilometer ins Büro auch im Winter mit dem Rad, und inzwischen friere ich seltener als an der Bushaltestelle."],
        ["-Pinne diesen Beitrag auf Pinterest",
         "-Das könnte dich auch interessieren: Mein Werkzeug für unterwegs"],
        ["+„Es gibt kein schlechtes Wetter, nur schlechte Handschuhe“, hat mir ein Kollege im ersten Januar gesagt, und er hatte recht."],
        ["+Meine Winterausrüstung",
         "+Spikereifen für die Nebenstrecken",
         "+Lobster-Handschuhe",
         "+Eine zweite Rückleuchte am Rucksack"],
        ["-Hat dir der Artikel gefallen? Dann teile ihn mit deinen Radfreunden!",
         "-Vorheriger Beitrag: Schutzbleche im Test"],
        ["+Das Wichtigste war am Ende nicht die Ausrüstung, sondern die Gewohnheit, einfach loszufahren."],
        ["+Wer anfangen will, sollte es im November tun, nicht im Januar."],
        ["+An Tagen mit Glatteis nehme ich trotzdem den Bus, und das ist auch in Ordnung."],
        ["-Kommentare",
         "-Jochen sagt:",
         "-2. Dezember 2026 um 07:48 Uhr",
         "-Spikes waren bei mir auch der Gamechanger. Danke für die Tipps!",
         "-Antworten",
         "-Schreibe einen Kommentar",
         "-Datenschutzerklärung · Impressum",
         "-© 2026 Kettenblatt & Kaffee · Mit WordPress gebaut"]]),
    "it-portale-defibrillatore": _page("it", "it-portale-defibrillatore", [
        ["-RoccavelinaNews",
         "-Il quotidiano online della Valle",
         "-Home | Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Cerca",
         "-ULTIM'ORA: chiusa per frana la strada per Castelvario",
         "-Cronaca"],
        ["+Un defibrillatore in piazza a Roccavelina: sabato il corso gratuito per usarlo"],
        ["-di Federica Morlacchi",
         "-3 dicembre 2026"],
        ["+Da lunedì la frazione ha un defibrillatore pubblico, sistemato in una teca riscaldata accanto all'ingresso della farmacia di piazza Garibaldi."],
        ["-PUBBLICITÀ",
         "-Caldaie a condensazione: sconto in fattura con Termoidraulica Bassetti"],
        ["+«Nei primi minuti chi è vicino fa la differenza», ha detto il medico del 118 Andrea Tommasoni, che terrà la lezione insieme a due volontari della Croce Verde."],
        ["+Il corso di sabato",
         "+Dove: sala consiliare del Comune",
         "+Quando: dalle 9 alle 13",
         "+Posti: trenta, su prenotazione",
         "+Età minima: sedici anni"],
        ["-Leggi anche: Roccavelina, nuovi lampioni in via Roma",
         "-Iscriviti alla nostra newsletter gratuita"],
        ["+L'apparecchio è stato pagato con una raccolta fondi della Pro Loco, che ha messo insieme 1.800 euro durante la sagra d'agosto."],
        ["+Il Comune chiede a chi ha già un attestato di segnalarsi per un elenco di soccorritori volontari."],
        ["-Tag: defibrillatore, Croce Verde, Pro Loco",
         "-Seguici su Instagram",
         "-Hai una segnalazione? Scrivici su WhatsApp",
         "-Più letti della settimana",
         "-RoccavelinaNews – testata registrata presso il Tribunale, n. 00/0000",
         "-Editore: Valle Media srl – P.IVA 00000000000",
         "-Privacy policy · Cookie policy",
         "-© 2026 Tutti i diritti riservati"]]),
    "it-rubrica-buche": _page("it", "it-rubrica-buche", [
        ["-Il Corriere di Castelbrumo",
         "-Abbonati",
         "-Accedi",
         "-Sfoglia il giornale di oggi",
         "-Opinioni",
         "-La rubrica"],
        ["+Via dei Tigli, la strada dove le buche hanno un nome"],
        ["-di Ernesto Salvadori",
         "-Le opinioni espresse sono dell'autore e non riflettono necessariamente quelle della testata."],
        ["+In via dei Tigli le buche sono così vecchie che i residenti le chiamano per nome, e la più grande, davanti al civico 14, è ormai per tutti «il lago»."],
        ["-Sponsorizzato",
         "-Pneumatici invernali montati a 49 euro – Gommista Ferretti"],
        ["+«La strada è nel piano asfalti del prossimo anno», mi ripete l'ufficio tecnico, come mi ripeteva l'anno scorso e quello prima."],
        ["+Quello che costa non ripararla",
         "+Due cerchioni piegati in un mese, a detta del gommista",
         "+Un ciclista caduto a ottobre",
         "+Una linea dello scuolabus deviata per evitarla"],
        ["-Altre rubriche di Ernesto Salvadori",
         "-Ricevi le nostre opinioni ogni domenica: iscriviti"],
        ["+Non chiedo una strada nuova, chiedo una pala di asfalto a freddo prima che arrivi il gelo."],
        ["+Poi, volentieri, riparleremo del piano asfalti."],
        ["+Il lago, intanto, aspetta la prossima pioggia."],
        ["-Commenti (2)",
         "-Gino Pedrazzoli – 3 dicembre 2026 alle 10:02",
         "-In via dei Gelsi è uguale, venite a vedere.",
         "-Rispondi",
         "-Segnala",
         "-Il Corriere di Castelbrumo – Editrice Brumo srl",
         "-Registrazione Tribunale n. 00/0000 – P.IVA 00000000000",
         "-Gestisci preferenze cookie"]]),
    "pl-portal-latarnie": _page("pl", "pl-portal-latarnie", [
        ["-Kruszwinek24.pl",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Praca",
         "-Szukaj w serwisie",
         "-Zaloguj się",
         "-PILNE: awaria wodociągu przy ul. Polnej",
         "-Wiadomości › Gmina"],
        ["+Latarnie w Kruszwinku zgasną o północy. Gmina tnie rachunki za prąd"],
        ["-Autor: Marzena Kołodziejak",
         "-3 grudnia 2026, 08:30"],
        ["+Od stycznia większość latarni na osiedlach w Kruszwinku będzie wyłączana między północą a czwartą rano, zdecydowali radni na wtorkowej sesji."],
        ["-REKLAMA",
         "-Okna i drzwi z montażem – Okna Wiśniewicz, raty 0%"],
        ["+– Oszczędzimy około 140 tysięcy złotych rocznie, a główne ulice i przejścia dla pieszych pozostaną oświetlone – zapewnia wójt Grzegorz Piątkowski."],
        ["+Gdzie światło zostanie",
         "+Droga wojewódzka przez centrum",
         "+Wszystkie przejścia dla pieszych",
         "+Okolice dworca i przystanków",
         "+Teren wokół szkoły i przedszkola"],
        ["-Przeczytaj również: Nowy parking przy ośrodku zdrowia",
         "-Obserwuj Kruszwinek24.pl w Wiadomościach Google"],
        ["+Część mieszkańców osiedla Słoneczne zapowiada petycję, bo ich zdaniem ciemna ścieżka do dworca jest niebezpieczna."],
        ["+Gmina obiecuje wrócić do tematu po pierwszym kwartale i sprawdzić, czy przybyło zgłoszeń na policję."],
        ["-Tagi: oświetlenie, rada gminy, oszczędności",
         "-Skomentuj",
         "-Masz temat? Napisz do redakcji",
         "-Najczęściej czytane",
         "-Regulamin · Polityka prywatności · Ustawienia cookies",
         "-Wydawca: Media Kruszwinek sp. z o.o., KRS 0000000000",
         "-Redaktor naczelny: Tomasz Wrzosek",
         "-© 2026 Kruszwinek24.pl"]]),
    "pl-blog-karmnik": _page("pl", "pl-blog-karmnik", [
        ["-Ptasie Podwórko",
         "-blog o ptakach za oknem",
         "-Start • O mnie • Gatunki • Sklepik • Kontakt",
         "-Kategoria: Zima",
         "-Opublikowano 1 grudnia 2026 przez Beatę",
         "-Wpis zawiera linki afiliacyjne"],
        ["+Karmnik z odzysku: pierwsza zima i jedenaście gatunków za oknem"],
        ["-6 komentarzy",
         "-Czas czytania: 4 minuty"],
        ["+W listopadzie zbiłam karmnik ze starych desek po szafie i powiesiłam go na jabłoni, nie wierząc, że ktokolwiek się nim zainteresuje."],
        ["-Przypnij na Pintereście",
         "-Zobacz też: Jak rozpoznać mazurka"],
        ["+– Tylko nie dawaj chleba, daj słonecznik i smalec z ziarnami – poradził mi sąsiad, który dokarmia ptaki od czterdziestu lat."],
        ["+Kto przylatuje najczęściej",
         "+Bogatki, od samego rana",
         "+Mazurki, zawsze w grupie",
         "+Kowalik, jeden, bardzo pewny siebie",
         "+Dzięcioł duży, tylko do smalcu"],
        ["-Podobał ci się wpis? Zostaw serduszko!",
         "-Poprzedni wpis: Budka lęgowa w trzy popołudnia"],
        ["+Najważniejsze okazało się, by karmić regularnie i nie przerywać aż do wiosny."],
        ["+Karmnik trzeba też myć, co zrozumiałam dopiero po grudniowych roztopach."],
        ["-Komentarze",
         "-Halina K.",
         "-2 grudnia 2026 o 19:10",
         "-U mnie też kowalik rządzi przy karmniku!",
         "-Odpowiedz",
         "-Dodaj komentarz",
         "-Motyw: Ptasie Pióro",
         "-© 2026 Ptasie Podwórko"]]),
    "ru-portal-ploshchadka": _page("ru", "ru-portal-ploshchadka", [
        ["-Малозаречинск.ру",
         "-Новости | Происшествия | Общество | Спорт | Афиша",
         "-Поиск по сайту",
         "-Войти",
         "-Срочно: в четверг отключат воду на улице Лесной",
         "-Главная / Общество"],
        ["+Во дворе на улице Мира открыли новую детскую площадку после двух лет жалоб"],
        ["-Автор: Светлана Кожухова",
         "-3 декабря 2026, 12:40"],
        ["+Старую площадку во дворе домов 12 и 14 на улице Мира разобрали ещё в 2024 году, а новую поставили только на этой неделе."],
        ["-Реклама",
         "-Пластиковые окна с установкой за один день — «ОкнаСтрой», тел. 0-000-000-00-00"],
        ["+«Мы писали в администрацию восемь раз, собирали подписи, ходили на приём», — рассказала жительница дома 14 Людмила Гарькавая."],
        ["+Что появилось во дворе",
         "+Горка и качели для малышей",
         "+Спортивный комплекс для подростков",
         "+Резиновое покрытие вместо песка"],
        ["-Читайте также: В городе отремонтируют ещё три двора",
         "-Подписывайтесь на наш канал в Телеграме"],
        ["+Площадку построили по программе благоустройства дворов, работы обошлись в 3,1 миллиона рублей."],
        ["+Жители просят ещё и скамейки для родителей, в администрации обещают поставить их весной."],
        ["+Приёмка работ назначена на 10 декабря."],
        ["-Теги: благоустройство, дворы, улица Мира",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
         "-Самое читаемое",
         "-Главное за неделю",
         "-Сетевое издание «Малозаречинск.ру», свидетельство Эл № ФС00-00000",
         "-Учредитель: ООО «Заречье Медиа»",
         "-Использование материалов разрешено только с активной ссылкой на источник",
         "-© 2026 Малозаречинск.ру"]]),
    "ru-kolonka-sosulki": _page("ru", "ru-kolonka-sosulki", [
        ["-Верхнесосенская правда",
         "-Городская газета",
         "-Подписка на 2027 год",
         "-Свежий номер",
         "-Мнения",
         "-Колонка"],
        ["+Сосульки над тротуаром: почему мы каждую зиму ходим по проезжей части"],
        ["-Колонка Андрея Лыскова",
         "-Мнение автора может не совпадать с позицией редакции"],
        ["+Каждый декабрь на проспекте Строителей появляются красно-белые ленты, и пешеходы, чтобы не попасть под сосульки, выходят прямо на дорогу."],
        ["-Реклама",
         "-Кредит на любые цели за пять минут — Банк «Север»"],
        ["+«Крыши чистим по графику, но льда слишком много», — объяснили мне в управляющей компании и прислали этот график."],
        ["+Что я увидел за одну прогулку",
         "+Одиннадцать домов с лентой вдоль фасада",
         "+Два перехода, закрытых ограждением",
         "+Ни одного человека на крыше",
         "+Один дворник с лопатой у подъезда"],
        ["-Все колонки Андрея Лыскова",
         "-Поделитесь мнением: пишите в редакцию"],
        ["+Лента — это не уборка, а способ переложить риск на пешехода."],
        ["+Пока сосульки растут быстрее графика, город должен хотя бы оставлять людям безопасный проход."],
        ["-Обсуждение",
         "-Ольга Н., 3 декабря 2026",
         "-На Садовой то же самое, ходим по дороге с колясками.",
         "-Ответить",
         "-Пожаловаться",
         "-Чтобы оставить комментарий, войдите на сайт",
         "-Учредитель и издатель: МУП «Редакция Верхнесосенской правды»",
         "-© 2026 Все права защищены"]]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_68_line, test_held_out_68_line_is_kept, test_held_out_68_page = held_out_tests(
    HELD_OUT_68_LINES, HELD_OUT_68_KEEP, HELD_OUT_68_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
