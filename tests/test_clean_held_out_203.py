"""Held-out set 203: written blind, weighted toward the noise the cleaner exists for, in shapes set 202's docstring does
not name (nor the first paragraphs of sets 199, 200 and 201): scraper, embed and ad markers (an English Strava activity
set to followers only "Strava activity unavailable – the athlete has set this activity to Followers only.", an English
Datawrapper chart that failed to load with a new-tab hint "The Datawrapper chart could not be loaded. Check your
connection or open it in a new tab.", an English bracketed Padlet placeholder left by a scraper without JavaScript
"[Embedded Padlet board – enable JavaScript to view the wall]", a French Dailymotion video removed for breaking the
terms of use "Cette vidéo Dailymotion a été supprimée pour non-respect des conditions d'utilisation.", a German Spotify
episode unlocked for the podcast's subscribers only "Spotify-Episode nicht verfügbar: Diese Folge ist nur für
Abonnentinnen und Abonnenten des Podcasts freigeschaltet.", an Italian Flickr gallery removed because its album no
longer exists "La galleria Flickr incorporata è stata rimossa perché l'album non esiste più.", a Polish Vimeo player
that does not support the browser "Odtwarzacz Vimeo nie obsługuje tej przeglądarki. Zaktualizuj ją, aby obejrzeć
nagranie." and a Russian Yandex map over its API request limit "Карта Яндекса не отображается: превышен лимит запросов к
API."); reading-time headers in new wordings (the English reading-this-takes line "Reading this takes about 6 minutes",
a blog's long-read-alert line with a bookmark hint "Long read alert: about 12 minutes, so maybe bookmark it for later",
the French reading-duration label "Durée de lecture : 6 minutes", the German reading-time label with "rund" "Lesezeit:
rund 6 Minuten", the Italian imperative read-in label "Leggi in 6 min", the Polish minutes-of-reading label "6 min
czytania" and the Russian you-will-read-it-in line "Прочтёте за 6 минут"); bylines and self-promotion (an English
parish-correspondent byline "From our parish correspondent, Ottilie Gannicombe", an English a-recipe-by byline with a
tester's aside "A recipe by Marnie Fothersgale, tested three times in a cold kitchen", a French byline with the local
correspondent "Par Solange Pétrivaux, avec notre correspondant local" and an Italian report-by byline "Servizio di
Ermanno Struzzolini", all at the head, and at the foot an English Not On The High Street slate-bakestones plug "My slate
bakestones are for sale on Not On The High Street, engraved with your name if you like.", a German Kleinanzeigen
empanada-cutters plug with DHL shipping "Meine Empanada-Ausstecher aus Edelstahl verkaufe ich auf Kleinanzeigen, Versand
mit DHL.", a Polish Allegro Lokalnie mortars plug with pick-up "Moje granitowe moździerze sprzedaję na Allegro Lokalnie
– odbiór osobisty na Ochocie." and a Russian Avito ketsi-pans plug with pick-up by a metro station "Глиняные кеци для
хачапури продаю на Авито, самовывоз от метро «Сокол»."); blog and site footers (an English Squarespace credit with
accessibility and cookie links "Made with Squarespace · Accessibility · Cookie preferences", an English press-regulator
line "The Kesteringham Courier is regulated by IMPRESS, the independent monitor for the press.", an English Ghost,
Casper and DigitalOcean credit "Published with Ghost · Theme: Casper · Hosted by DigitalOcean", a French SPIP credit
with the site map and a log-in link "Propulsé par SPIP · Plan du site · Se connecter", a German Contao credit with the
accessibility statement "Seite erstellt mit Contao · Erklärung zur Barrierefreiheit", an Italian VAT-number line with a
Joomla credit "Partita IVA 02876410354 · Sito realizzato con Joomla", a Polish all-rights and no-copying line "Wszelkie
prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione." and a Russian Tilda credit with the privacy policy
"Сайт сделан на Tilda · Политика конфиденциальности"); reader-comment furniture (an English sort-comments row "Sort
comments by: Oldest · Newest · Most liked", an English load-more-replies link "Load 12 more replies", an English
archived-discussion note "This discussion has been archived and no new comments can be posted.", a French
show-the-replies link "Afficher les 5 réponses", a German sort row "Sortieren nach: Neueste · Älteste · Beliebteste", an
Italian load-more-comments link "Carica altri 8 commenti", a Polish comment-too-short validation message "Twój komentarz
musi mieć co najmniej 10 znaków." and a Russian show-more-replies link "Показать ещё 6 ответов"); share rows (an English
spread-the-word row with Threads and Bluesky "Spread the word: Threads · Bluesky · Email", a French pass-it-on row
"Faites suivre : WhatsApp · Courriel · Copier le lien" and a Polish share-with-friends row "Udostępnij znajomym:
Facebook · Messenger · Kopiuj link"); and notices (a German correction note "Korrektur: In einer früheren Fassung hieß
es, das Fest finde am Sonntag statt." and an Italian photos-supplied-by-the-organisers note "Le foto di questo articolo
sono state fornite dagli organizzatori.", both in the body, and a Russian found-a-mistake-press-Ctrl+Enter note "Если вы
нашли ошибку, выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog pages in
layouts set 202's docstring does not describe (on the six portal pages, in nine blocks, the masthead with its tagline
and the section menu in a block of two at the very top; the title at the top of a block of four with the date line, the
byline and the reading time under it; the first paragraph at the top of a block of three with the lead photo's caption
and its credit after it; a read-also link between the second paragraph and the paragraph with the quote, inside their
block (a block of three); an ad label and a sponsored headline alone in a block of two between the quote and the
subheading; the subheading and the three rows with a more-stories or see-also link after the third row (a block of
five); the two last paragraphs at the top of a block of four with a share row and a newsletter prompt after them; a
thread of five lines alone in a block (a comment count, a comment, the reporter's or the desk's arrowed reply, a second
reader's comment and the first commenter's arrowed reply to it); and at the foot a links row and the publisher's
copyright line in a block of two; on the six blog pages, in nine blocks, the bare blog name alone in a block of one at
the very top; the title at the top of a block of three with the posted-on-by line and the reading time under it; a
jump-to-recipe and print-recipe row above the first paragraph and the photo caption between the first and second
paragraphs, in one block of four; a table of contents (its heading and two numbered entries) alone in a block of three;
the paragraph with the quote at the top of a block of two with a Pinterest-first share row after it; the subheading and
the three rows with an affiliate link after the third row (a block of five); a plug for the author's workshops, classes
or courses between the two last paragraphs and the sign-off after the second, in one block of four; a thread of five
lines alone in a block (a comment count, a comment, the author's arrowed reply, a second reader's comment and the first
commenter's arrowed reply to it); and at the foot a subscribe prompt, the author's copyright line and a
platform-and-theme credit in a block of three), taken from local news of the kinds the brief names (a star party on the
common, the old oak given a preservation order, a pea shelling contest at the fete, sheep shearing at the farm's open
day, a cider orchard replanted, a worm charming championship) and from blogs about Staffordshire oatcakes on a
bakestone, toasted teacakes, baked empanadas, tamales steamed in corn husks, a laksa paste from scratch and Adjarian
khachapuri with an egg on top.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 202 but what is named here), held-out set 204 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 202 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 199, 200 and 201, printed with one ast script (/tmp/s203scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s203scratch/helpers.py, with
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of these were read from the frozen
worktree /tmp/wt-s203 (detached at the commit named below). The English fixture file itself was not opened. The import
lines and the line binding the three tests follow set 202's as printed, with 202 -> 203; /tmp/s203scratch/gen203.py
writes this file from scratch files (data203.py with the noise and keep lines, pages203.py with the pages, doc_src.txt
with the docstring and, after the measurement, tables203.py with the xfail tables). Nothing else was copied from any
file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s203, detached at commit
d69bae06f461d83c4126c419dca0a990ffd4ecf7, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 01:45:44 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed two untracked paths, ``?? docs/held_out_briefs/round_131_draft.md``
and ``?? docs/held_out_briefs/round_132_draft.md`` (their names only were seen; they were not opened), and ``git
rev-parse HEAD`` printed 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e, not the brief's commit; as the brief says, both
worktrees were made at d69bae06f461d83c4126c419dca0a990ffd4ecf7 with ``git worktree add`` (output to /dev/null, both
exited 0), and /work/main was not touched afterwards. To see that the worktrees were made I ran ``ls /tmp/wt-s203
/tmp/wt-set203``, which listed top-level names only (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src,
tests), not the files of the tests/ folder. (2) peek.py printed set 202's docstring paragraphs (split on blank lines) up
to and including the one starting "Baseline", set 202's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 199, 200 and 201. Its first run printed to
the terminal, which the tool cut in the middle (it showed set 202's first paragraph, "Protocol" and the start of "Slips
and notes", and the end, from inside set 200's first paragraph to the end of the output, all allowed parts); the second
run went to /tmp/s203scratch/peek.out (524 lines, all of them allowed parts), of which I paged parts of lines 100 to 395
with ``sed`` (in six pieces: 130-260, 260-330, 100-129, 309-344 with 381-395, and 345-372); nothing else of any set file
was printed. helpers.py imports test_clean, which loads the cleaner's modules, but nothing was cleaned before the
measurement and no source under src/ was printed; nothing was installed. (3) Before writing I compared my wordings with
the ones the read docstrings name, by eye, and kept away from them: no embed service named there is used for a held-out
marker (Strava, Datawrapper, Padlet, Dailymotion, Spotify, Flickr, Vimeo and Yandex Maps are), and the failures are of
kinds not named there (an activity set to followers only, a chart that failed to load with a new-tab hint, a bracketed
no-JavaScript placeholder, a video removed for breaking the terms of use, an episode for the podcast's subscribers only,
a gallery whose album no longer exists, an unsupported browser, an API request limit); the reading times avoid the
phrasings named there; the bylines are of new shapes (from our parish correspondent, a recipe by with an aside, par with
the local correspondent, servizio di) and the plugs name marketplaces not named there (Not On The High Street,
Kleinanzeigen, Allegro Lokalnie, Avito); the footers use hosts, builders and legal lines not named there (Squarespace,
IMPRESS, Ghost with Casper and DigitalOcean, SPIP, Contao, a VAT number with Joomla, an all-rights and no-copying line,
Tilda); the comment lines, share rows and notices are of kinds not named there. The page furniture (mastheads, menus,
captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from set 202's (see the
first paragraph). (4) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub
files) before use. No hits: Quorndell, Anstruthwick, "Griddle & Gorse", Tregaskell, Fothersgale, Pétrivaux, "Grille-Pain
de Clothilde", Hollerwinkel, "Ofenglück bei Hannelore", Castelvarzo, Struzzolini, "Il Vapore di Ornella", Grzybczyce,
Grzybczyc, Pstrążek, "Laksa na Ochocie", Копанцы, Копанцах, "Хачапури на Соколе", Morvillac, Gaudrigeon, Krautwedel,
Sgarzelli, Землеройкина, Tiranvel, Cardellazzi, Glizdowski, Gannicombe, Heckenbeißer, Лопухоедов, Nethercoddle,
"Nethercoddle Crier", Kesteringham, "Ca' dei Roveri" and "Копанская правда". Dropped for real hits: Thistlecombe,
Brackenshaw, Sauvignac, Fougeret, Pfeffersack, Sbrigoli, Пескарёва, Wimbleford, Crumbleholme, Mistelbrunn, Дождевиков,
Puddlecote, Грязнушкин (inside "Грязнушкино"), Scrobbleton (inside code names), Копанецк (a surname) and Копанцев (a
surname; so the Russian paper is "Копанская правда", not a name built on it). Commenters and quoted villagers are given
as first names, first names with an initial or a place, or as handles, and were not checked. Real services, platforms,
shops and cities are named as real pages do. (5) A script (/tmp/s203scratch/check.py) checked case-insensitively that no
noise line (held-out or page) sits inside an article line, a keep line or another noise line; its first run found four:
the French portal's bare reading time "3 min" sat inside the German, Italian and Polish portals' reading times, and the
German portal's ad label "Anzeige" sat inside the held-out German plug's "Kleinanzeigen"; the French reading time was
changed to "3 min de lecture" and the German ad label to "Werbung" before the measurement, and the second run found none
and no duplicate line. Earlier, while drafting, the French keep line opening with "Publicité", the Italian one opening
with "Pubblicità" and the blogs' bare names inside their copyright lines were changed by eye for the same reason.
gen203.py checked that no line of the file is over 120 columns and that it holds no at-sign; the counts by category,
language and place, and the 10 article and 20 noise lines of each page, were checked with small scripts, and the lists
and pages of the written file were parsed back with ``ast`` and found equal to the scratch data. (6) The measurement was
run once, as the brief gives it, in one shell call at 01:51:32 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and this note; pytest printed 20 failed, 57 passed and no XPASS, and the report
is copied in the Baseline paragraph. problems.py (/tmp/s203scratch, importing the copy in /tmp/wt-s203/tests with
/tmp/wt-s203/src on the path) then printed ``_problems`` of each failing case: the eleven lines and the nine pages of
the tables, every problem a kept noise line, none a lost article line and none of another kind. The tables were written
from that output (tables203.py, read by gen203.py), and a small script checked that every line a page reason quotes is a
noise line of that page; the final file was checked again with the pytest command in /tmp/wt-s203 (see the Baseline
paragraph). (7) Clock: ``date`` printed 01:45:44 at the start, 01:51:32 at the measurement and 01:52:37 when the tables
were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from village and parish reports that open with or hold a
noise-like word ("Subscribers to the parish newsletter ...", "Advertising for the post of parish clerk ...", "Copyright
in the old photographs ...", "Reading the minutes aloud ...", "Share prices had nothing to do with it ...", "Followers
of the long-running dispute ...", "Sign-up sheets for the litter pick ...", "Abonnés au réseau d'eau ...", "Lire le
rapport de la commission ...", "Partagée entre deux communes ...", "Abonnenten des Gemeindeblatts ...", "Urheberrecht
und Denkmalschutz ...", "Folgen hatte der Sturm ...", "Seguire il consiglio comunale in diretta ...", "Leggere i verbali
...", "Condividere l'auto ...", "Subskrypcja gminnego biuletynu ...", "Czytanie bajek w bibliotece ...", "Читатели
районной библиотеки ..." and "Подписи под обращением ..."): each is a full sentence with a subject, a verb and a fact of
a local story, so article. Borderline categories: the plugs (Not On The High Street, Kleinanzeigen, Allegro Lokalnie,
Avito) are bylines and self-promotion, at the foot, since they sell the author's wares in the author's voice; the
a-recipe-by line with the tester's aside is a byline (it names the post's author); the IMPRESS line, the VAT-number line
and the Polish all-rights line are footers (they speak of the publisher, not of the article); the sort rows, the
load-more and show-more links, the archived-discussion note and the comment-too-short message are comment furniture; the
English, French and Polish rows are share rows; the German correction and the Italian photos-supplied note are notices
in the body (both speak of the article they sit in), and the Russian Ctrl+Enter note is a notice at the foot (it asks
the reader to report a mistake in this text; not a footer, though many sites print it under every article). The Padlet
placeholder in brackets is a marker, though it names no failure, since it stands where the embed was. On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (mastheads with taglines, bare blog names, menus, date lines,
bylines, reading times, captions and credits, read-also and see-also links, ad labels, sponsored headlines, share rows,
newsletter and subscribe prompts, comment counts, comments and replies, links rows, copyright lines, posted-on lines,
jump-to-recipe rows, tables of contents, pin-it rows, affiliate links, plugs, sign-offs and platform credits) is noise.
The list rows (what the star party's visitors saw, what the oak's protection changes, the pea contest's rules, what the
shearing day showed, how the orchard was planted, how the worm championship ran, and what goes into the oatcake batter,
the teacake dough, the empanada filling, the tamales, the laksa paste and the khachapuri) are short but part of each
article, so article; the portals' date lines ("Saturday 14 November 2026, 9:05am", "14 ноября 2026, 12:40" and the like)
sit right under the title but are page furniture; the bare bylines ("Teodora Pstrążek", "Аглая Землеройкина") and the
bare blog names ("Griddle & Gorse", "Хачапури на Соколе") are noise though they are short; the portals' read-also links
are noise though they sit between the second paragraph and the quote in one block; the portals' more-stories and
see-also links are noise though they sit inside the list block; the blogs' photo captions are noise though they sit
between the first and second paragraphs in one block; the blogs' plugs are noise though they sit between the two last
paragraphs; the sign-offs ("Happy griddling, Morwenna x" and the like) speak in the author's voice but close the post,
so noise; the arrowed replies in the threads are comment furniture, so noise; the one-word table-of-contents headings
("Contents", "Sommaire", "Inhaltsverzeichnis", "Indice dei contenuti", "Spis treści", "Содержание") and their numbered
entries are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and an Italian one), body 10 (the eight markers and two
notices: German and Italian), tail 24 (four plugs: an English, a German, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-nethercoddle-star-party (a star party
on the common with the street lights switched off), en-blog-griddle-and-gorse-oatcakes (Staffordshire oatcakes on a
grandmother's bakestone), fr-portail-morvillac-vieux-chene (the old oak on the church square given protection in the
local plan), fr-blog-grille-pain-clothilde-teacakes (teacakes toasted and buttered the day after baking),
de-portal-hollerwinkel-erbsenpalen (a pea shelling contest at the village fete), de-blog-ofenglueck-hannelore-empanadas
(baked beef and olive empanadas), it-portale-castelvarzo-tosatura (sheep shearing at a farm's open day),
it-blog-vapore-di-ornella-tamales (tamales steamed in corn husks), pl-portal-grzybczyce-sad-cydrowy (a cider orchard
replanted after a storm), pl-blog-laksa-na-ochocie-pasta (a laksa paste pounded in a mortar),
ru-portal-malye-kopantsy-chervi (a worm charming championship behind the village club) and ru-blog-khachapuri-na-sokole
(Adjarian khachapuri with an egg on top), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit d69bae06f461d83c4126c419dca0a990ffd4ecf7, measured with ``cd /tmp/wt-s203 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s203/src python -m pytest -q tests/test_clean_held_out_203.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s203 && PYTHONPATH=/tmp/wt-s203/src python
scripts/clean_held_out_report.py --sets 203``, with the xfail tables empty, at 01:51:32 UTC by ``date``): noise lines
removed 34/45 (marker 4/8, reading-time 7/7, byline 4/8, footer 7/8, comments 7/8, share 3/3, notice 2/3; the 11 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Strava, French
Dailymotion, Italian Flickr and Polish Vimeo lines), two bylines at the head (the English parish-correspondent and
a-recipe-by lines), two plugs at the foot (the English Not On The High Street and Russian Avito lines), one footer at
the foot (the English IMPRESS line), one comment line at the foot (the Polish comment-too-short message) and one notice
in the body (the Italian photos-supplied note); the English Datawrapper and Padlet, German Spotify and Russian Yandex
markers, all seven reading times, the French and Italian head bylines and the German and Polish plugs, the other seven
footers, the other seven comment lines, every share row and the German correction and Russian Ctrl+Enter notices went);
keep lines kept 20/20; pages 3/12 clean (the French oak, German pea-shelling and Russian worm-charming portal pages), 20
of 240 page noise lines left and 0 of 120 article lines lost. Left on the portal pages: on the English star party the
more-stories link after the third row (1), on the Italian sheep-shearing page the byline under the title and the
read-more link after the third row (2) and on the Polish cider-orchard page the bare byline under the title (1). Left on
the blog pages: the photo caption between the first and second paragraphs on all six, and besides on the English
oatcakes blog the plug between the two last paragraphs, the sign-off after them and the comment count, the first comment
and the author's arrowed reply at the top of the thread (6), on the French teacakes blog the pin-it row after the quote
(2), and on the German empanadas, Italian tamales, Polish laksa and Russian khachapuri blogs the plug for the author's
classes, courses, workshops or master classes between the two last paragraphs (2 each). Lost: no page and no keep line
loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s203 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 132 (developed on sets 201 and 202 from e8ad847, round 131 with the lead's three mends and a
behaviour-neutral tidy, and integrated with the lead's mend 63f3fce; measured on it blind by the lead with
test_clean._problems of every case before and after, against this set's baseline at d69bae0): nothing moved. The plugs
for the author's classes, courses, workshops or master classes between the two last paragraphs stay (round 131's
reading takes a plug only as the page's last line left), and so do the English blog's sign-off and the head of its
thread, the French pin-it row, the portals' head bylines and more-stories links and every blog's photo caption. Noise
lines 34 of 45, keep 20 of 20, pages clean 3 of 12, page noise lines left 20 of 240, article lines lost 0 of 120; the
set's pytest file 57 passed, 20 xfailed, no XPASS.

Round 133 (development; this set was read in full from this round on): developed on sets 203 and 204 from 8e91bce.
Fixed: (1) set 204's Polish and Russian portals' two last paragraphs between the newsletter or Telegram prompt and the
tags line (the block read as a widget after the body and went with the prompt): the Polish preposition "we" before "w"
and a consonant ("we wrześniu", "we wtorek") is no longer the site's "we" (noise_patterns.SITE_AS_WE; English "we
wrote", "we who" still are), and a short sentence under a full paragraph of the article's, the tags line under it, is
the article's last paragraph (page_blocks._is_short_sentence_under_paragraph_over_tags, read by
_article_among_furniture); (2) the writer's offer of classes through the site's page between the two last paragraphs
(round 104's _is_plug_between_last_paragraphs now also takes round 131's _is_writers_offer_at_end, its quoted page name
no one's words; _FIRST_PERSON_VERB_OPENING gains "tengo/organizzo/insegno", _NAMED_PAGE the Polish "stronie"; the
writer's sign-off no rule took yet, over a block the rules took whole, counts as the furniture under the plug:
_is_sign_off_over_taken_block); (3) whole lines: the local correspondent's byline ("From our parish/village
correspondent, ..."), "Reporting by ... for the <Paper>", IMPRESS as "the independent monitor for the press", the
comment's minimum length ("Twój komentarz musi mieć co najmniej 10 znaków."), the thread locked for its age, the
save-it-for-later pin row and the French "Épinglez-moi sur Pinterest" button, an embed removed for breaking the terms of
use (_EMBED_DELETED) and a player that does not support the browser. Other sets: set 85's French leaf-mould blog page is
now clean, set 136's Italian bobbin-lace courses plug, set 146's IMPRESS monitor line and set 193's
village-correspondent byline go (their xfails removed), and set 50's Polish waste notice loses its fee-deadline reminder
(reason reworded). Gates: all sets' totals before -> after (report of sets 10 to 204): noise lines removed 8001 -> 8012,
article lines kept 3927 -> 3927, pages clean 1326 -> 1329, page noise lines left 1915 -> 1905, paragraphs lost 6 -> 2
(no set lost a kept line); SemEval against 8e91bce: 0 changed files of 3723; bench ratio 1.02; the cleaning test set on
504f634: 24285 passed, 1866 xfailed, no XPASS, no failure (11:42). This set's figures before -> after: noise lines 34 ->
39 of 45 (marker 4 -> 6: the Dailymotion video removed for breaking the terms and the Polish Vimeo player that does not
support the browser; byline 4 -> 5: the parish correspondent; footer 7 -> 8: the IMPRESS monitor line; comments 7 -> 8:
the comment's minimum length; reading-time 7/7, share 3/3, notice 2/3 unchanged), keep 20 of 20, pages clean 3 -> 3 of
12, page noise lines left 20 -> 15 of 240, article lines lost 0 -> 0 of 120. Line xfails removed: the Dailymotion and
Vimeo markers, the parish-correspondent byline, the IMPRESS footer and the Polish comment-too-short message. Reasons
reworded: the French teacakes blog (its pin-it row now goes), the German empanadas, Italian tamales, Polish laksa and
Russian khachapuri blogs (their plugs between the two last paragraphs now go): each keeps only its photo caption. Still
missed: the Strava followers-only marker, the a-recipe-by byline, the Not On The High Street and Avito plugs at the
foot, the Italian photos-supplied notice; the English oatcakes blog's plug, sign-off and thread head (the sign-off names
the writer with a kiss and the thread's head is no rule's, so the plug has no furniture under it), the portals' head
bylines ("Di Ottavina Sgarzelli", "Teodora Pstrążek") and more-stories links, and every blog's photo caption (item 5:
not attempted).

Lead's integration (session 49): the lead's probes (near-miss lines through whole_line_noise and near-miss pages through
test_clean._problems) found two readings of the round too wide: the byline "Reporting by ... for the <Paper>" took
sentences that name a report's author and the body it was written for, with a short predicate after ("A report by
Amnesty International for the United Nations found ten cases.", "A piece by Jan Nowak for the Guardian won the prize."),
and the locked-thread notice took a bare "The thread was locked." or "Der Thread wurde gesperrt.". The mend (97c75ce)
asks the paper to close the byline's line and the notice to say "this" or give the thread's age, with tests
(test_lead_mend_133_*) that fail without it; this set's lines still go. The round's page readings kept every probe's
article lines (a quoted speaker's offer of classes, a past workshop, the village hall's workshops, an Italian "Tengo" in
quotes, the Polish "we wrześniu" under a newsletter prompt). After the mend: held-out report over sets 10-206 8,083 of
8,941 lines, 3,967 of 3,967 kept, 1,338 of 2,350 pages clean, 1,933 page lines left, 4 lost (set 86's 2 and blind set
205's 2), every set as the round's own report for sets 10-204; SemEval 0 changed files of 3,723 against 8e91bce's dump;
a fresh clone at bb03d4a passed the demo (46 s with the install, no torch or nvidia package) and the test command
(25,647 passed, 1,902 xfailed, 22 minutes).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_203_LINES: list[tuple[str, str, str]] = [
    ('body', 'Strava activity unavailable – the athlete has set this activity to Followers only.', 'marker'),
    ('body', 'The Datawrapper chart could not be loaded. Check your connection or open it in a new tab.', 'marker'),
    ('body', '[Embedded Padlet board – enable JavaScript to view the wall]', 'marker'),
    ('body', "Cette vidéo Dailymotion a été supprimée pour non-respect des conditions d'utilisation.", 'marker'),
    ('body',
     'Spotify-Episode nicht verfügbar: Diese Folge ist nur für Abonnentinnen und Abonnenten des Podcasts '
     'freigeschaltet.',
     'marker'),
    ('body', "La galleria Flickr incorporata è stata rimossa perché l'album non esiste più.", 'marker'),
    ('body', 'Odtwarzacz Vimeo nie obsługuje tej przeglądarki. Zaktualizuj ją, aby obejrzeć nagranie.', 'marker'),
    ('body', 'Карта Яндекса не отображается: превышен лимит запросов к API.', 'marker'),
    ('head', 'Reading this takes about 6 minutes', 'reading-time'),
    ('head', 'Long read alert: about 12 minutes, so maybe bookmark it for later', 'reading-time'),
    ('head', 'Durée de lecture : 6 minutes', 'reading-time'),
    ('head', 'Lesezeit: rund 6 Minuten', 'reading-time'),
    ('head', 'Leggi in 6 min', 'reading-time'),
    ('head', '6 min czytania', 'reading-time'),
    ('head', 'Прочтёте за 6 минут', 'reading-time'),
    ('head', 'From our parish correspondent, Ottilie Gannicombe', 'byline'),
    ('head', 'A recipe by Marnie Fothersgale, tested three times in a cold kitchen', 'byline'),
    ('head', 'Par Solange Pétrivaux, avec notre correspondant local', 'byline'),
    ('head', 'Servizio di Ermanno Struzzolini', 'byline'),
    ('tail',
     'My slate bakestones are for sale on Not On The High Street, engraved with your name if you like.',
     'byline'),
    ('tail', 'Meine Empanada-Ausstecher aus Edelstahl verkaufe ich auf Kleinanzeigen, Versand mit DHL.', 'byline'),
    ('tail', 'Moje granitowe moździerze sprzedaję na Allegro Lokalnie – odbiór osobisty na Ochocie.', 'byline'),
    ('tail', 'Глиняные кеци для хачапури продаю на Авито, самовывоз от метро «Сокол».', 'byline'),
    ('tail', 'Made with Squarespace · Accessibility · Cookie preferences', 'footer'),
    ('tail', 'The Kesteringham Courier is regulated by IMPRESS, the independent monitor for the press.', 'footer'),
    ('tail', 'Published with Ghost · Theme: Casper · Hosted by DigitalOcean', 'footer'),
    ('tail', 'Propulsé par SPIP · Plan du site · Se connecter', 'footer'),
    ('tail', 'Seite erstellt mit Contao · Erklärung zur Barrierefreiheit', 'footer'),
    ('tail', 'Partita IVA 02876410354 · Sito realizzato con Joomla', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione.', 'footer'),
    ('tail', 'Сайт сделан на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort comments by: Oldest · Newest · Most liked', 'comments'),
    ('tail', 'Load 12 more replies', 'comments'),
    ('tail', 'This discussion has been archived and no new comments can be posted.', 'comments'),
    ('tail', 'Afficher les 5 réponses', 'comments'),
    ('tail', 'Sortieren nach: Neueste · Älteste · Beliebteste', 'comments'),
    ('tail', 'Carica altri 8 commenti', 'comments'),
    ('tail', 'Twój komentarz musi mieć co najmniej 10 znaków.', 'comments'),
    ('tail', 'Показать ещё 6 ответов', 'comments'),
    ('tail', 'Spread the word: Threads · Bluesky · Email', 'share'),
    ('tail', 'Faites suivre : WhatsApp · Courriel · Copier le lien', 'share'),
    ('tail', 'Udostępnij znajomym: Facebook · Messenger · Kopiuj link', 'share'),
    ('body', 'Korrektur: In einer früheren Fassung hieß es, das Fest finde am Sonntag statt.', 'notice'),
    ('body', 'Le foto di questo articolo sono state fornite dagli organizzatori.', 'notice'),
    ('tail', 'Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_203_KEEP: list[tuple[str, str]] = [
    ('head', 'Subscribers to the parish newsletter were the first to hear that the bus route would be saved.'),
    ('head', 'Advertising for the post of parish clerk will begin in May, the council agreed.'),
    ('body',
     'Copyright in the old photographs now belongs to the village history society, which bought the collection.'),
    ('body', 'Reading the minutes aloud took the clerk almost an hour on Tuesday.'),
    ('tail', 'Share prices had nothing to do with it, the treasurer said: the bank simply closed the branch.'),
    ('tail', 'Followers of the long-running dispute will remember that the hedge was first reported in 2019.'),
    ('tail', 'Sign-up sheets for the litter pick were left in the shop, and forty people put their names down.'),
    ('head', "Abonnés au réseau d'eau depuis 1952, les hameaux du plateau paieront le même tarif que le bourg."),
    ('body', "Lire le rapport de la commission a pris deux soirées aux élus de l'opposition."),
    ('tail', 'Partagée entre deux communes, la salle des fêtes sera rénovée à frais communs.'),
    ('head', 'Abonnenten des Gemeindeblatts erfahren die Termine der Sperrmüllabfuhr künftig per Post.'),
    ('body', 'Urheberrecht und Denkmalschutz stehen sich bei den alten Fotografien der Mühle im Weg.'),
    ('tail', 'Folgen hatte der Sturm vor allem für die Obstbauern am Hang.'),
    ('head', 'Seguire il consiglio comunale in diretta sarà possibile da gennaio sul canale del comune.'),
    ('body', 'Leggere i verbali delle sedute è ora possibile in biblioteca, ogni martedì.'),
    ('tail', "Condividere l'auto per andare al lavoro è la proposta del gruppo giovani del paese."),
    ('head', 'Subskrypcja gminnego biuletynu będzie od maja bezpłatna dla seniorów.'),
    ('tail', 'Czytanie bajek w bibliotece przyciągnęło w sobotę ponad trzydzieścioro dzieci.'),
    ('head', 'Читатели районной библиотеки выбрали лучшую книгу года.'),
    ('tail', 'Подписи под обращением о ремонте моста собирали три недели.'),
]

HELD_OUT_203_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-nethercoddle-star-party', [
        ['-The Nethercoddle Crier – news from the village and the vale',
         "-Home | News | Sport | What's On | Letters | Notices"],
        ["+Hundreds lie on the common for Nethercoddle's first star party",
         '-Saturday 14 November 2026, 9:05am',
         '-By Hattie Quorndell, Village Reporter',
         '-4 min read'],
        ['+More than three hundred people brought blankets and flasks to Nethercoddle common on Friday night for the '
         "village's first star party, organised by the astronomy club that meets above the post office.",
         '-Telescopes lined up along the cricket boundary as the sun went down.',
         '-Photo: Piers Anstruthwick'],
        ['+Club members set up eleven telescopes along the cricket boundary, and the parish council agreed to switch '
         "off the street lights on Common Lane from eight o'clock until midnight.",
         '-Read also: Parish council votes to keep the street lights dimmed after ten',
         '+"When the lights went out, a little boy beside me gasped at the Milky Way, and that made the whole year of '
         'planning worth it," said Delia, the club\'s secretary.'],
        ['-Advertisement',
         '-Sponsored: The garden rooms your neighbours are talking about'],
        ['+What the visitors saw',
         '+Saturn and its rings, low in the south just after seven.',
         '+The Andromeda galaxy, a faint smudge that drew the longest queue.',
         '+Two shooting stars before ten, both greeted with a cheer.',
         '-More stories: Night-sky walk returns to the common in spring'],
        ['+The club plans a second star party in February, when the nights are longer, and will lend telescopes to '
         'families who want to carry on at home.',
         '+Anyone who found a lost glove or a red torch on the common can leave it at the post office, the organisers '
         'said.',
         '-Share this article: Facebook · WhatsApp · Email',
         "-Get the Crier's weekly newsletter in your inbox every Friday – sign up free"],
        ['-7 comments',
         '-Gwen P.: Best night on the common in years. Well done to the club!',
         '-↳ Hattie Quorndell (reporter): Thanks Gwen – they tell me February is already booked up.',
         '-Stargazer_Tom: Shame about the cloud after eleven, but Saturn was worth it.',
         "-↳ Gwen P.: Same here, my lad won't stop talking about the rings."],
        ['-About us · Contact · Advertise · Privacy · Terms',
         '-© 2026 Nethercoddle Crier Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-griddle-and-gorse-oatcakes', [
        ['-Griddle & Gorse'],
        ["+Staffordshire oatcakes on my grandmother's bakestone",
         '-Posted on 3 October 2026 by Morwenna',
         '-Reading time: 5 minutes'],
        ['-Jump to Recipe · Print Recipe',
         "+My grandmother's bakestone has lived at the back of my cupboard for ten years, and this autumn I finally "
         'oiled it, heated it and made oatcakes the way she did.',
         '-The bakestone warming up on the hob, with the batter jug beside it.',
         '+The batter is loose, almost like a pancake batter, and it has to rest for an hour so the yeast can make it '
         'bubble before it goes on the stone.'],
        ['-Contents',
         '-1. Why a bakestone',
         '-2. The oatcake recipe'],
        ['+"Don\'t touch it until the top is full of holes," she used to say, and she was right: turn it too early and '
         'it tears in half.',
         '-Pin it · Share on Facebook · Email a friend'],
        ['+What goes into the batter',
         '+Fine oatmeal and strong white flour in equal weights.',
         '+A packet of dried yeast and a pinch of sugar.',
         '+Warm milk and water, half and half, until it pours.',
         '-The bakestone I use (affiliate link): cast-iron Welsh bakestone, 26 cm'],
        ['+The first two oatcakes were too thick and the third was perfect, which is about the right ratio for '
         'anything on a bakestone.',
         '-I run oatcake mornings in my kitchen in Leek – see the Workshops page for dates.',
         '+We ate them rolled round cheese and bacon, and the last few went into the freezer for next weekend.',
         '-Happy griddling, Morwenna x'],
        ['-9 thoughts on this recipe',
         '-Beryl from Stoke: My nan used a bakestone too! Do you ever use lard on it?',
         '-↳ Morwenna: Only a smear, Beryl – too much and they fry instead of bake.',
         '-Kit_in_Cheadle: Made these tonight. Third one was the best, just like you said.',
         '-↳ Beryl from Stoke: Ha, same here, the first one always goes to the dog.'],
        ['-Never miss a recipe: subscribe by email',
         '-© 2026 Morwenna Tregaskell. All rights reserved.',
         '-Powered by WordPress · Theme: Kadence'],
    ]),
    _page('fr', 'fr-portail-morvillac-vieux-chene', [
        ["-L'Écho de Morvillac – l'actualité du canton",
         '-Accueil | Actualités | Sports | Agenda | Nécrologie | Annonces'],
        ["+Le vieux chêne de la place de l'Église désormais protégé",
         '-Publié le 12/11/2026 à 18h04',
         '-Par Bertille Gaudrigeon',
         '-3 min de lecture'],
        ["+Le chêne pédonculé qui ombrage la place de l'Église depuis plus de trois siècles est désormais classé "
         "espace boisé à protéger dans le plan local d'urbanisme.",
         '-Le chêne de la place, photographié mardi matin.',
         '-Photo Gaspard Tiranvel'],
        ["+La décision a été votée à l'unanimité par le conseil municipal jeudi soir, après une pétition signée par "
         'plus de quatre cents habitants.',
         '-À lire aussi : Les platanes du boulevard seront remplacés au printemps',
         "+« Mon grand-père s'est marié sous ses branches, et mes petits-enfants y jouent encore : on ne pouvait pas "
         'le laisser abattre », a confié Huguette, 81 ans, à la sortie de la séance.'],
        ['-Publicité',
         '-Contenu sponsorisé : Les pompes à chaleur que vos voisins adorent'],
        ['+Ce que change le classement',
         "+Aucun abattage ne pourra avoir lieu sans avis de l'architecte des bâtiments de France.",
         '+Les travaux de voirie devront respecter un périmètre de dix mètres autour du tronc.',
         '+Un élagage doux sera réalisé tous les cinq ans par un arboriste agréé.',
         '-Voir aussi : Notre dossier sur les arbres remarquables du canton'],
        ["+Une plaque racontant l'histoire de l'arbre sera posée au pied du tronc avant l'été.",
         '+La mairie invite les habitants à lui confier leurs vieilles photos du chêne pour une exposition prévue en '
         'juin.',
         '-Partager : Facebook · X · Courriel',
         "-Recevez notre lettre d'information chaque samedi matin"],
        ['-4 commentaires',
         '-Jeannot47 : Enfin une bonne nouvelle pour ce pauvre arbre !',
         '-↳ La rédaction : Merci Jeannot, nous suivrons la pose de la plaque.',
         '-Martine R. : Il faudrait aussi protéger les tilleuls du cimetière.',
         "-↳ Jeannot47 : D'accord avec vous, Martine."],
        ['-Mentions légales · Contact · Annonceurs · CGU',
         "-© L'Écho de Morvillac 2026 – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-grille-pain-clothilde-teacakes', [
        ['-Le Grille-Pain de Clothilde'],
        ['+Des teacakes anglais, grillés et beurrés comme à York',
         '-Publié le 8 novembre 2026 par Clothilde',
         '-Temps de lecture : 6 min'],
        ['-Aller à la recette · Imprimer la recette',
         "+J'ai découvert les teacakes dans un salon de thé de York, et depuis je cherche à retrouver chez moi ces "
         "petits pains briochés aux raisins qu'on toaste et qu'on beurre encore chauds.",
         '-Les teacakes tout juste sortis du four, avant de passer au grille-pain.',
         "+La pâte est une pâte levée toute simple, enrichie de beurre et d'un peu de cannelle, avec beaucoup de "
         "raisins secs et d'écorces d'orange confites."],
        ['-Sommaire',
         '-1. La pâte',
         '-2. La cuisson et le toastage'],
        ["+« Ne les coupez jamais le jour même, ils sont meilleurs grillés le lendemain », m'a dit la dame du salon de "
         'thé, et elle avait raison.',
         '-Épinglez-moi sur Pinterest · Partager sur Facebook'],
        ['+Les ingrédients de la pâte',
         '+500 g de farine, 7 g de levure sèche et 50 g de sucre.',
         '+30 cl de lait tiède et 60 g de beurre fondu.',
         '+150 g de raisins secs et une cuillère de cannelle.',
         '-Mon grille-pain préféré (lien affilié) : grille-pain à fentes larges sur Amazon'],
        ['+Je les forme en boules aplaties, je les laisse lever une heure et je les cuis quinze minutes à 200 degrés.',
         '-Je donne des ateliers de boulange le samedi à Lille – réservations sur la page Ateliers.',
         "+Le lendemain, coupés en deux et grillés, ils se couvrent de beurre qui fond dans la mie : c'est tout le "
         'plaisir.',
         '-À bientôt en cuisine, Clothilde'],
        ['-6 commentaires',
         "-Sandrine : J'en ai mangé à Londres, je vais tester !",
         '-↳ Clothilde : Dites-moi ce que vous en pensez, Sandrine !',
         "-PapyBoulanger : Un peu de muscade dans la pâte, c'est encore meilleur.",
         '-↳ Sandrine : Bonne idée, je note.'],
        ['-Abonnez-vous pour recevoir les nouvelles recettes',
         '-© 2026 Clothilde – reproduction interdite',
         '-Propulsé par WordPress · Thème Astra'],
    ]),
    _page('de', 'de-portal-hollerwinkel-erbsenpalen', [
        ['-Hollerwinkeler Bote – Heimatzeitung seit 1949',
         '-Startseite | Lokales | Sport | Vereine | Termine | Leserbriefe'],
        ['+Erbsenpalen beim Dorffest: Hollerwinkel sucht die schnellsten Hände',
         '-Veröffentlicht am 13.11.2026, 16:20 Uhr',
         '-Von Waltraud Krautwedel',
         '-Lesedauer: 3 Minuten'],
        ['+Zum ersten Mal gab es beim Hollerwinkeler Dorffest am Sonntag einen Wettbewerb im Erbsenpalen, und gleich '
         'vierzig Teilnehmer setzten sich mit ihren Schüsseln an die Biertische vor dem Feuerwehrhaus.',
         '-Konzentration am Biertisch: Die Teilnehmer beim Erbsenpalen.',
         '-Foto: Jörg Heckenbeißer'],
        ['+Jeder bekam ein Kilo frischer Schoten, und gewonnen hatte, wer nach zehn Minuten die meisten Erbsen in der '
         'Schüssel hatte.',
         '-Lesen Sie auch: Feuerwehr feiert 125 Jahre mit Tag der offenen Tür',
         '+„Meine Oma hat mir das auf der Gartenbank beigebracht, da zählt jede Sekunde“, sagte Siegerin Gesine, 67, '
         'die 612 Gramm schaffte.'],
        ['-Werbung',
         '-Gesponsert: Diese Fenster sparen im Winter richtig Heizkosten'],
        ['+Die Regeln des Wettbewerbs',
         '+Geerntet wurden die Schoten am Morgen auf dem Feld von Bauer Lüders.',
         '+Gepalt wurde nur mit den Fingern, ohne Messer oder Hilfsmittel.',
         '+Leere Schoten kamen in einen Eimer und wurden danach an die Hühner verfüttert.',
         '-Mehr zum Thema: Alle Bilder vom Dorffest in unserer Galerie'],
        ['+Der Erlös aus den Startgeldern geht an den Kindergarten, der davon neue Gummistiefel für den Waldtag kaufen '
         'will.',
         '+Im nächsten Jahr soll es auch eine Kinderwertung geben, kündigte der Festausschuss an.',
         '-Artikel teilen: Facebook · WhatsApp · E-Mail',
         '-Unser Newsletter: jeden Freitag das Wichtigste aus dem Dorf'],
        ['-5 Kommentare',
         '-Heike_aus_Holler: Toller Wettbewerb, nächstes Jahr bin ich dabei!',
         '-↳ Waltraud Krautwedel (Redaktion): Wir merken es uns, Heike!',
         '-Bernd K.: Die Erbsen waren übrigens super süß.',
         '-↳ Heike_aus_Holler: Stimmt, ich habe welche mitgenommen.'],
        ['-Impressum · Datenschutz · Kontakt · Mediadaten',
         '-© 2026 Hollerwinkeler Bote'],
    ]),
    _page('de', 'de-blog-ofenglueck-hannelore-empanadas', [
        ['-Ofenglück bei Hannelore'],
        ['+Gebackene Empanadas mit Rindfleisch und Oliven',
         '-Veröffentlicht am 2. November 2026 von Hannelore',
         '-Lesezeit 7 Min.'],
        ['-Zum Rezept springen · Rezept drucken',
         '+Empanadas habe ich zum ersten Mal bei einer Freundin aus Mendoza gegessen, und seitdem backe ich sie jeden '
         'Herbst für unser Nachbarschaftsfest.',
         '-Die Empanadas auf dem Blech, kurz bevor sie in den Ofen kommen.',
         '+Anders als viele Rezepte frittiere ich sie nicht, sondern backe sie mit Eigelb bestrichen, bis der Rand '
         'goldbraun ist.'],
        ['-Inhaltsverzeichnis',
         '-1. Der Teig',
         '-2. Die Füllung und das Falten'],
        ['+„Der Rand muss geflochten sein, sonst ist es keine richtige Empanada“, sagte meine Freundin Carolina und '
         'zeigte mir den Repulgue-Griff.',
         '-Auf Pinterest merken · Facebook · Per E-Mail senden'],
        ['+Das kommt in die Füllung',
         '+Rinderhack, mit Zwiebeln und Paprikapulver angebraten.',
         '+Gehackte grüne Oliven und zwei hart gekochte Eier.',
         '+Ein paar Rosinen und etwas Kreuzkümmel.',
         '-Meine Teigpresse (Affiliate-Link): Empanada-Form aus Edelstahl bei Amazon'],
        ['+Die Füllung muss vollständig abkühlen, bevor sie auf die Teigkreise kommt, sonst weicht der Teig durch.',
         '-Ich gebe Backkurse in meiner Küche in Kassel – alle Termine auf der Seite Kurse.',
         '+Gebacken werden sie 20 Minuten bei 200 Grad, und am besten schmecken sie lauwarm mit einer scharfen Salsa.',
         '-Liebe Grüße aus der Küche, Hannelore'],
        ['-7 Kommentare zu diesem Rezept',
         '-Gisela: Die habe ich am Wochenende gemacht, großartig!',
         '-↳ Hannelore: Das freut mich sehr, Gisela!',
         '-Tobias aus Bremen: Kann man die auch einfrieren?',
         '-↳ Gisela: Ja, Tobias, ungebacken geht das gut.'],
        ['-Verpasse kein Rezept mehr – jetzt per E-Mail abonnieren',
         '-© 2026 Hannelore · Alle Rechte vorbehalten',
         '-Mit WordPress erstellt · Theme: GeneratePress'],
    ]),
    _page('it', 'it-portale-castelvarzo-tosatura', [
        ['-La Voce di Castelvarzo – il giornale della valle',
         '-Home | Cronaca | Sport | Eventi | Necrologi | Lettere'],
        ['+Tosatura delle pecore alla fattoria aperta: trecento visitatori a Castelvarzo',
         '-Pubblicato il 15/11/2026 alle 11:30',
         '-Di Ottavina Sgarzelli',
         '-Lettura: 3 minuti'],
        ["+Domenica la fattoria Ca' dei Roveri ha aperto le porte per la giornata della tosatura, e da tutta la valle "
         'sono arrivati circa trecento visitatori, molti con bambini piccoli.',
         '-Il tosatore al lavoro nel fienile della fattoria.',
         '-Foto Lino Cardellazzi'],
        ["+Nel fienile il tosatore ha liberato dal vello una quarantina di pecore, una dopo l'altra, in meno di tre "
         'minuti ciascuna.',
         '-Leggi anche: Torna la fiera del formaggio di malga a settembre',
         "+«Le pecore stanno meglio dopo, d'estate soffrirebbero il caldo con tutta quella lana», ha spiegato il "
         "pastore Bortolo, che alleva il gregge da trent'anni."],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: Le caldaie che fanno risparmiare davvero'],
        ['+Cosa si è visto in fattoria',
         '+La tosatura a mano con le forbici, come si faceva una volta.',
         '+La cernita della lana, divisa per colore e finezza.',
         '+La cardatura e la filatura al fuso, mostrate dalle donne del paese.',
         '-Approfondisci: Tutte le foto della giornata nella nostra galleria'],
        ["+La lana raccolta sarà lavata e venduta al mercato di Natale, e il ricavato andrà alla scuola dell'infanzia.",
         '+La fattoria ha promesso di ripetere la giornata anche il prossimo anno, a fine maggio.',
         '-Condividi: Facebook · WhatsApp · Email',
         '-Iscriviti alla nostra newsletter: le notizie della valle ogni lunedì'],
        ['-5 commenti',
         '-Marisa_62: Bellissima giornata, i bambini erano entusiasti!',
         "-↳ Redazione: Grazie Marisa, ci saremo anche l'anno prossimo.",
         '-Gianni B.: Peccato per la pioggia del pomeriggio.',
         '-↳ Marisa_62: Ma sotto il fienile si stava benissimo.'],
        ['-Chi siamo · Contatti · Inserzionisti · Privacy',
         '-© 2026 La Voce di Castelvarzo – Riproduzione riservata'],
    ]),
    _page('it', 'it-blog-vapore-di-ornella-tamales', [
        ['-Il Vapore di Ornella'],
        ['+Tamales cotti al vapore nelle foglie di mais',
         '-Pubblicato il 5 novembre 2026 da Ornella',
         '-Tempo di lettura: 6 minuti'],
        ['-Vai alla ricetta · Stampa la ricetta',
         '+I tamales li ho mangiati per la prima volta a Oaxaca, avvolti nelle foglie di mais e ancora fumanti, e da '
         'allora provo a rifarli nella mia cucina di Bergamo.',
         "-Le foglie di mais in ammollo nell'acqua calda.",
         "+L'impasto si fa con la masa harina, il brodo e lo strutto, e va sbattuto a lungo finché un pezzetto non "
         "galleggia nell'acqua."],
        ['-Indice dei contenuti',
         "-1. L'impasto",
         '-2. La cottura al vapore'],
        ['+«Se il pezzetto va a fondo, sbatti ancora», mi ha detto la signora Rosa al mercato, e da allora faccio '
         'sempre la prova del bicchiere.',
         '-Salva su Pinterest · Condividi su Facebook'],
        ['+Cosa serve per il ripieno',
         "+Pollo lesso sfilacciato con un po' del suo brodo.",
         '+Salsa verde di tomatillo, non troppo piccante.',
         "+Un po' di formaggio fresco sbriciolato.",
         '-La mia pentola a vapore (link affiliato): pentola con cestello su Amazon'],
        ["+I tamales vanno in piedi nella pentola, con la parte aperta verso l'alto, e cuociono a vapore per un'ora e "
         'mezza.',
         '-Tengo corsi di cucina messicana a Bergamo – le date sono nella pagina Corsi.',
         "+Sono pronti quando l'impasto si stacca da solo dalla foglia: a quel punto basta aprirli e mangiarli caldi.",
         '-Un abbraccio, Ornella'],
        ['-4 commenti a questa ricetta',
         '-Federica: Dove trovi le foglie di mais in Italia?',
         '-↳ Ornella: Nei negozi di prodotti latinoamericani o online, Federica.',
         '-Luca da Brescia: Fatti ieri, buonissimi!',
         '-↳ Federica: Grazie Ornella, li provo nel weekend.'],
        ['-Iscriviti per ricevere le nuove ricette via email',
         '-© 2026 Ornella – Tutti i diritti riservati',
         '-Creato con WordPress · Tema: Neve'],
    ]),
    _page('pl', 'pl-portal-grzybczyce-sad-cydrowy', [
        ['-Wieści z Grzybczyc – portal gminy',
         '-Strona główna | Aktualności | Sport | Kultura | Ogłoszenia'],
        ['+Stary sad cydrowy w Grzybczycach znów obsadzony',
         '-Opublikowano: 10.11.2026, 14:15',
         '-Teodora Pstrążek',
         '-Czas czytania: 3 min'],
        ['+W sobotę mieszkańcy Grzybczyc posadzili sto dwadzieścia młodych jabłoni w miejscu starego sadu cydrowego, '
         'który zniszczyła wichura sprzed dwóch lat.',
         '-Sadzenie jabłoni na skarpie za remizą.',
         '-Fot. Zenon Glizdowski'],
        ['+Drzewka to stare odmiany, takie jak kosztela i szara reneta, wyhodowane w szkółce pod Lublinem.',
         '-Przeczytaj także: Nowy chodnik przy szkole gotowy przed zimą',
         '+„Mój dziadek robił tu cydr jeszcze przed wojną i chcę, żeby moje wnuki też go spróbowały” – mówił sołtys '
         'Henryk, który wykopał pierwszy dołek.'],
        ['-Reklama',
         '-Artykuł sponsorowany: Pompy ciepła, które naprawdę się opłacają'],
        ['+Jak posadzono sad',
         '+Każde drzewko dostało palik i osłonkę przeciw zającom.',
         '+Rzędy poprowadzono wzdłuż skarpy, tak jak w starym sadzie.',
         '+Opiekę nad drzewkami przejęły rodziny z ulicy Sadowej.',
         '-Zobacz też: Galeria zdjęć z sobotniego sadzenia'],
        ['+Pierwszy cydr z nowego sadu ma powstać za pięć lub sześć lat, gdy jabłonie zaczną owocować.',
         '+Gmina zapowiada, że na wiosnę przy sadzie staną ławki i tablica z historią dawnej tłoczni.',
         '-Udostępnij: Facebook · X · E-mail',
         '-Zapisz się na nasz newsletter i bądź na bieżąco'],
        ['-6 komentarzy',
         '-Basia_z_Grzybczyc: Pięknie! Pamiętam stary sad z dzieciństwa.',
         '-↳ Redakcja: Dziękujemy, Basiu, wrócimy do sadu wiosną.',
         '-Marek W.: A kto będzie kosił trawę między drzewami?',
         '-↳ Basia_z_Grzybczyc: Koło gospodyń już się zgłosiło.'],
        ['-O nas · Kontakt · Dla reklamodawców · Polityka prywatności',
         '-© 2026 Wieści z Grzybczyc'],
    ]),
    _page('pl', 'pl-blog-laksa-na-ochocie-pasta', [
        ['-Laksa na Ochocie'],
        ['+Pasta do laksy od zera, w moździerzu',
         '-Opublikowano 1 listopada 2026 przez Wiktorię',
         '-Czas czytania: 7 minut'],
        ['-Przejdź do przepisu · Drukuj przepis',
         '+Laksę jadłam pierwszy raz w Kuala Lumpur, w małej budce przy targu, i od powrotu próbuję odtworzyć tę zupę '
         'w swojej kuchni na Ochocie.',
         '-Składniki pasty rozłożone na desce przed tłuczeniem.',
         '+Najważniejsza jest pasta: gotowa ze słoika nigdy nie smakuje tak samo, więc robię ją sama w kamiennym '
         'moździerzu.'],
        ['-Spis treści',
         '-1. Pasta',
         '-2. Zupa'],
        ['+„Pasta jest gotowa, kiedy olej zaczyna się od niej oddzielać” – powiedziała mi pani Siti, właścicielka '
         'budki, i to jest najlepsza wskazówka.',
         '-Zapisz na Pintereście · Udostępnij na Facebooku'],
        ['+Co idzie do pasty',
         '+Suszone chili namoczone w gorącej wodzie.',
         '+Szalotki, czosnek, trawa cytrynowa i galangal.',
         '+Prażona pasta krewetkowa i garść orzechów makadamia.',
         '-Mój moździerz (link afiliacyjny): granitowy moździerz na Amazonie'],
        ['+Utartą pastę smażę na oleju przez dziesięć minut, aż zacznie pachnieć i ściemnieje.',
         '-Prowadzę warsztaty kuchni azjatyckiej w Warszawie – terminy na stronie Warsztaty.',
         '+Resztę pasty przekładam do słoika i zalewam olejem, dzięki czemu wytrzymuje w lodówce dwa tygodnie.',
         '-Smacznego, Wiktoria'],
        ['-5 komentarzy do wpisu',
         '-Ola: Gdzie kupujesz galangal w Warszawie?',
         '-↳ Wiktoria: W sklepie azjatyckim przy Hali Mirowskiej, Olu.',
         '-kuchcik_z_Woli: Zrobiłem, wyszła świetna, choć bardzo ostra.',
         '-↳ Ola: Dzięki, idę na zakupy!'],
        ['-Zapisz się na newsletter, a nowe przepisy przyjdą prosto do ciebie',
         '-© 2026 Wiktoria – wszelkie prawa zastrzeżone',
         '-Blog na WordPressie · Motyw: Kadence'],
    ]),
    _page('ru', 'ru-portal-malye-kopantsy-chervi', [
        ['-Копанская правда – новости района',
         '-Главная | Новости | Спорт | Афиша | Объявления'],
        ['+В Малых Копанцах прошёл чемпионат по выманиванию червей',
         '-14 ноября 2026, 12:40',
         '-Аглая Землеройкина',
         '-Время чтения: 3 минуты'],
        ['+В субботу на лугу за сельским клубом двенадцать команд соревновались, кто за полчаса выманит из земли '
         'больше дождевых червей, не копая ни одной лопатой.',
         '-Участники чемпионата на лугу за клубом.',
         '-Фото: Савва Лопухоедов'],
        ['+Каждой команде отвели участок три на три метра, а червей разрешалось выманивать только вибрацией: вилами, '
         'воткнутыми в землю, барабаном или просто топотом.',
         '-Читайте также: В клубе открылся кружок резьбы по дереву',
         '+«Главное — не торопиться и стучать ровно, черви чувствуют ритм», — поделилась секретом капитан победившей '
         'команды Зинаида Петровна.'],
        ['-Реклама',
         '-Партнёрский материал: Теплицы из поликарбоната со скидкой до конца месяца'],
        ['+Как проходил чемпионат',
         '+Судьи пересчитывали червей каждые десять минут.',
         '+После подсчёта всех червей выпускали обратно на луг.',
         '+Победила команда «Утренняя роса» со 187 червями.',
         '-Смотрите также: Фотогалерея с чемпионата'],
        ['+Организаторы говорят, что идею подсмотрели у английской деревни, где такие чемпионаты проходят с 1980 года.',
         '+На следующий год в Малых Копанцах хотят пригласить команды из соседних сёл.',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '-Подпишитесь на нашу рассылку, чтобы не пропустить новости района'],
        ['-8 комментариев',
         '-Валентина_К: Какой весёлый праздник, в следующем году придём всей семьёй!',
         '-↳ Редакция: Будем ждать, Валентина!',
         '-Дед_Митрофан: А у нас в детстве так на рыбалку червей добывали.',
         '-↳ Валентина_К: Вот и внуков научим.'],
        ['-О редакции · Контакты · Рекламодателям · Политика конфиденциальности',
         '-© 2026 Копанская правда. Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-khachapuri-na-sokole', [
        ['-Хачапури на Соколе'],
        ['+Хачапури по-аджарски с яйцом сверху',
         '-Опубликовано 6 ноября 2026, автор: Нино',
         '-Время чтения: 6 минут'],
        ['-Перейти к рецепту · Распечатать рецепт',
         '+Аджарские хачапури я впервые попробовала в Батуми, и с тех пор пеку их дома на Соколе почти каждое '
         'воскресенье.',
         '-Лодочки из теста перед отправкой в духовку.',
         '+Тесто я делаю на мацони, оно получается мягким и пышным, а бортики лодочки хорошо держат форму.'],
        ['-Содержание',
         '-1. Тесто',
         '-2. Начинка и яйцо'],
        ['+«Яйцо кладут в самом конце, когда сыр уже кипит, и сразу достают», — учила меня бабушка моей подруги '
         'Манана.',
         '-Сохранить в Pinterest · Поделиться ВКонтакте'],
        ['+Что нужно для начинки',
         '+Сулугуни и имеретинский сыр поровну.',
         '+Одно сырое яйцо на каждую лодочку.',
         '+Кусочек сливочного масла перед подачей.',
         '-Моя скалка (партнёрская ссылка): буковая скалка на Ozon'],
        ['+Лодочки выпекаются пятнадцать минут при 250 градусах, пока тесто не зарумянится, а сыр не начнёт '
         'пузыриться.',
         '-Провожу мастер-классы по грузинской выпечке в Москве — расписание на странице «Мастер-классы».',
         '+Есть хачапури нужно сразу: отрываешь кусочек бортика и перемешиваешь им яйцо с сыром и маслом.',
         '-С любовью, Нино'],
        ['-6 комментариев к записи',
         '-Ирина: Нино, а можно заменить мацони кефиром?',
         '-↳ Нино: Можно, Ирина, только тесто будет чуть плотнее.',
         '-Гоша_с_Сокола: Испёк по рецепту, вся семья в восторге!',
         '-↳ Ирина: Спасибо, завтра попробую!'],
        ['-Подпишитесь на рассылку, чтобы не пропустить новые рецепты',
         '-© 2026 Нино. Все права защищены.',
         '-Работает на WordPress · Тема: Astra'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'A recipe by Marnie Fothersgale, tested three times in a cold kitchen':
        ("an English a-recipe-by byline with a tester's aside ('A recipe by Marnie Fothersgale, tested three times in "
         "a cold kitchen') is left at the head"),
    'My slate bakestones are for sale on Not On The High Street, engraved with your name if you like.':
        ("an English Not On The High Street plug for slate bakestones ('My slate bakestones are for sale on Not On The "
         "High Street, engraved with your name if you like.') is left at the foot"),
    'Глиняные кеци для хачапури продаю на Авито, самовывоз от метро «Сокол».':
        ("a Russian Avito plug for clay ketsi pans ('Глиняные кеци для хачапури продаю на Авито, самовывоз от метро "
         "«Сокол».') is left at the foot"),
    'Le foto di questo articolo sono state fornite dagli organizzatori.':
        ("an Italian photos-supplied-by-the-organisers notice ('Le foto di questo articolo sono state fornite dagli "
         "organizzatori.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-nethercoddle-star-party':
        ("the star-party story keeps the more-stories link ('More stories: Night-sky walk returns to the common in "
         "spring') after the third row, inside the list block (1 of 20 noise lines); no article line is lost"),
    'en-blog-griddle-and-gorse-oatcakes':
        ("the oatcakes blog's post keeps the photo caption ('The bakestone warming up on the hob, with the batter jug "
         "beside it.') between the first and second paragraphs, the plug for the author's oatcake mornings ('I run "
         "oatcake mornings in my kitchen in Leek – see the Workshops page for dates.') between the two last paragraphs "
         "and the sign-off ('Happy griddling, Morwenna x') after them, and the first three lines of the thread: the "
         "comment count ('9 thoughts on this recipe'), the first comment ('Beryl from Stoke: My nan used a bakestone "
         "too! Do you ever use lard on it?') and the author's arrowed reply ('↳ Morwenna: Only a smear, Beryl – too "
         "much and they fry instead of bake.') (6 of 20 noise lines); no article line is lost"),
    'fr-blog-grille-pain-clothilde-teacakes':
        ("the teacakes blog's post keeps the photo caption ('Les teacakes tout juste sortis du four, avant de passer "
         "au grille-pain.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost"),
    'de-blog-ofenglueck-hannelore-empanadas':
        ("the empanadas blog's post keeps the photo caption ('Die Empanadas auf dem Blech, kurz bevor sie in den Ofen "
         "kommen.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost"),
    'it-portale-castelvarzo-tosatura':
        ("the sheep-shearing story keeps the byline ('Di Ottavina Sgarzelli') under the title and the read-more link "
         "('Approfondisci: Tutte le foto della giornata nella nostra galleria') after the third row, inside the list "
         'block (2 of 20 noise lines); no article line is lost'),
    'it-blog-vapore-di-ornella-tamales':
        ("the tamales blog's post keeps the photo caption ('Le foglie di mais in ammollo nell'acqua calda.') between "
         'the first and second paragraphs (1 of 20 noise lines); no article line is lost'),
    'pl-portal-grzybczyce-sad-cydrowy':
        ("the cider-orchard story keeps the bare byline ('Teodora Pstrążek') under the title and the date line (1 of "
         '20 noise lines); no article line is lost'),
    'pl-blog-laksa-na-ochocie-pasta':
        ("the laksa blog's post keeps the photo caption ('Składniki pasty rozłożone na desce przed tłuczeniem.') "
         'between the first and second paragraphs (1 of 20 noise lines); no article line is lost'),
    'ru-blog-khachapuri-na-sokole':
        ("the khachapuri blog's post keeps the photo caption ('Лодочки из теста перед отправкой в духовку.') between "
         'the first and second paragraphs (1 of 20 noise lines); no article line is lost'),
}

test_held_out_203_line, test_held_out_203_line_is_kept, test_held_out_203_page = held_out_tests(
    HELD_OUT_203_LINES, HELD_OUT_203_KEEP, HELD_OUT_203_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
