"""Held-out set 166: written blind, weighted toward the noise the cleaner exists for, in shapes set 164's docstring does
not name (nor the first paragraphs of sets 161, 162 and 163): scraper, embed and ad markers (an English Flourish chart
stuck loading, with a pointer to a network that blocks its host "Flourish chart still loading… If nothing appears, your
network may be blocking flourish.studio.", an English Strava route map hidden because the athlete shares only with
followers "Strava route map unavailable: this athlete only shares activities with followers.", an English Podbean player
that could not reach its server "The Podbean player couldn't connect to the server. Check your connection and press play
again.", a French Deezer player down for maintenance "Le lecteur Deezer est en cours de maintenance. Réessayez dans
quelques minutes.", a German embedded Komoot tour that waits for a tap on a load-content button "Eingebettete
Komoot-Tour – zum Laden der Karte bitte auf „Inhalt laden“ tippen.", an Italian age-restricted TikTok video that asks
the reader to log in to confirm being 18 "Video di TikTok con limiti di età: accedi per confermare di avere almeno 18
anni.", the Polish Google Maps error that the page cannot load the map correctly "Ta strona nie może poprawnie wczytać
Map Google." and a Russian Dzen post that did not load "Публикация из Дзена не загрузилась. Откройте её на dzen.ru.");
reading-time headers in new wordings (the English this-article-is-a-five-minute-read header "This article is a 5 minute
read", a blog's settle-in warning of fourteen minutes "Settle in – this one runs to roughly fourteen minutes of
reading.", the French about-five-minutes-of-reading line "Environ 5 min de lecture", the German read-in-five-minutes
line "In 5 Minuten gelesen", the Italian a-five-minute-reading line "Lettura da 5 minuti", the Polish
five-minutes-of-reading line "5 minut czytania" and the Russian time-of-reading line with a dash "Время прочтения — 5
минут"); bylines and self-promotion (an English story-and-pictures byline with a beat "Story and pictures: Wilfred
Haskenby, rural affairs reporter", a German written-down-by byline "Aufgeschrieben von Ottokar Brummelsiefen", an
Italian from-our-correspondent byline "Dal nostro corrispondente Gualtiero Sbrindolini" and a Polish text-and-photos
byline "Tekst i zdjęcia: Bronisława Pączkiewiczówna", all at the head, and at the foot an English Ko-fi buy-me-a-coffee
plug "If this post helped, you can buy me a coffee on Ko-fi – it keeps the workshop lights on.", an English Patreon
early-videos plug "Patreon supporters get my juggling practice videos a week before everyone else.", a French Vinted
jar-terrariums plug with Mondial Relay shipping "Mes terrariums en bocal sont en vente sur Vinted, envoi possible par
Mondial Relay." and a Russian Avito made-to-order smokers plug with Boxberry shipping "Коптильни под заказ собираю и
продаю через Авито, отправка Boxberry."); blog and site footers (an English copyright row naming the paper's media group
"© 2026 The Wimbrelcote Gazette · Part of Puddingstone Media Group · Terms · Cookies", an English WordPress
theme-and-host credit "Theme: Twenty Twenty-Four by the WordPress team · Hosted by Krystal", an English VAT and
data-protection registration line "VAT reg. no. GB 318 4471 26 · ICO registration ZA417902", the French Wix free-site
banner "Ce site a été conçu avec Wix. Créez votre site dès aujourd'hui.", a German an-offer-of-the-publishing-company
row with terms and cancellation policy "Ein Angebot der Mooswieser Verlagsgesellschaft mbH · AGB · Widerrufsbelehrung",
the Italian blog's not-a-news-outlet statement "Questo blog non rappresenta una testata giornalistica in quanto viene
aggiornato senza alcuna periodicità.", a Polish design-and-build credit with a sitemap "Projekt i wykonanie strony:
Pracownia Stronikowo · Mapa strony" and the Russian link-required-when-reusing line with an age mark "При использовании
материалов ссылка на сайт обязательна. 16+"); reader-comment furniture (the English WordPress reply-form heading with
its cancel link "Leave a Reply Cancel reply", an English read-the-community-guidelines note "Please read our community
guidelines before posting. Comments that break them will be removed.", an English reply-likes-age row under a comment
"Reply · 3 likes · 2h", a French sort-the-comments line "Trier les commentaires : les plus récents d'abord", a German
log-in-to-join-the-discussion prompt with a register link "Melden Sie sich an, um mitzudiskutieren. Noch kein Konto?
Jetzt kostenlos registrieren.", an Italian show-earlier-comments link with a count "Visualizza i commenti precedenti
(9)", a Polish commenting-rules and comment-as-guest row "Regulamin komentowania · Dodaj komentarz jako gość" and a
Russian newest-oldest-popular sort row "Сначала новые · Сначала старые · Популярные"); share rows (an English
post-this-to row with Mastodon, LinkedIn, Reddit and Tumblr "Post this to: Mastodon · LinkedIn · Reddit · Tumblr", a
French share-on row with Facebook, Bluesky, Pinterest and print "Partagez sur : Facebook · Bluesky · Pinterest ·
Imprimer" and a Polish share row with Wykop "Podziel się: Facebook · X · Wykop · E-mail"); and notices (a German note
that the text was translated with AI and checked by the newsroom "Dieser Text wurde mithilfe von KI übersetzt und von
der Redaktion geprüft." and an Italian subscribers-only preview note "Contenuto riservato agli abbonati: stai leggendo
un'anteprima gratuita.", both in the body, and the Russian found-a-mistake-press-Ctrl+Enter note "Если вы нашли ошибку,
выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 164's
docstring does not describe (on the six portal pages, in eleven blocks, the masthead and a log-in-and-subscribe link in
one block of two at the very top; the section menu and a breadcrumb in one block of two; the title at the top of its
block with the byline and the published or updated line after it; the lead photo's caption and its credit at the top of
the first paragraph's block, right before the first and second paragraphs; the paragraph with the quote alone; a
most-read box (its heading and two headlines) alone in a block of three between the quote and the subheading; the
subheading and the three rows with an ad label at the end of the list block, after the third row; the two last
paragraphs in one block with a newsletter prompt between them; a tags line and a share row in one block of two; at the
foot two blocks, four lines of a comment thread (a comment count, a comment and two other readers' arrowed replies to
it) and then the publisher's copyright line alone; on the six blog pages, in ten blocks, the blog name and the menu in
one block of two; a category line, the title, the posted-on-date-by-author line and the reading time in one block of
four, the category line right above the title; a table of contents (its heading and two numbered entries) alone in a
block of three right under it, before the first paragraph; the first, second and quote paragraphs in one block with a
photo caption at its end, after the quote; the subheading and the three rows alone in their block; an affiliate supply
link and a second photo caption in one block of two between the list and the last paragraphs; the two last paragraphs in
one block with nothing between them; a share row and the WordPress like-this heading and its loading line in one block
of three; at the foot two blocks, four lines (a comments count, a comment, the author's arrowed reply and a second
comment left unanswered) and then an older-post link and a platform credit), taken from local news of fresh kinds (a
country lane's potholes filled by volunteers, a town's bandstand concerts revived, a ferry timetable changed for winter,
a primary school's vegetable patch vandalised, a village hall's kitchen rebuilt, a river's otter survey) and from blogs
about restoring a pedal car, smoking fish at home, building a pond for newts, learning to juggle, collecting fossils on
a beach and making a terrarium from a jar.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 164 but what is named here), held-out set 165 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 164 up to its paragraph "Measured after round 112", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 161, 162 and 163, printed with one ast
script (/tmp/s166scratch/peek.py, reading the files of /tmp/wt-set166/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set166); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s166scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 164's as printed, with 164 -> 166; /tmp/s166scratch/gen166.py writes this file from scratch files (data166.py with
the noise and keep lines, pages166.py with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the
measurement, doc3.txt and tables166.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s166, detached at commit 9e494f35a4d0f762f4c928be0b7a4eeb11be0f98, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 03:51:05 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
9e494f35a4d0f762f4c928be0b7a4eeb11be0f98 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 164's Slips and notes (3) to inside set 162's first paragraph); its second run went to
/tmp/s166scratch/peek.out, of which I paged lines 125 to 470 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 164's docstring before the paragraph "Measured after round 112" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes already named, noted rather than hidden: the English Flourish, Podbean and Strava lines, the
French Deezer line and the Russian Dzen line are could-not-load or unavailable placeholders like many named ones (set
164's Bluesky and Threads lines, set 163's Issuu and Tableau Public lines), for services not named there and with new
reasons (stuck loading behind a blocking network, no connection to the server, followers-only activities, maintenance);
the Strava reason is close in kind to set 164's Bluesky account gone private and set 162's Vimeo owner's restriction;
the Polish line is Google's own map error, a could-not-load placeholder in Google's wording; the German Komoot line is a
click-to-load placeholder like the consent ones, asking for a tap instead of a cookie choice; the Italian TikTok line is
a log-in placeholder like set 164's Russian Yandex Music line, with an age check as the reason (I had first written an
Italian can't-be-played-here-watch-it-in-the-app line and a French not-compatible-with-your-browser Deezer line, saw
before any measurement that they echo set 163's English Spotify line and Polish Threads line, and replaced both); the
reading times are new phrasings of the same minutes-to-read idea as every earlier one (the Polish line shares the word
"czytania" with no named line, the Russian line the word "прочтения" with none); the Polish text-and-photos byline is
close to set 163's English written-and-photographed-by byline, and the Italian from-our-correspondent byline to the
French local-correspondent bylines of sets 163 and 164; the English Ko-fi and Patreon lines are plugs of a support-me
kind, not of the sell-it-on-a-platform kind of the named plugs, while the French Vinted and Russian Avito plugs are of
that kind, on platforms not named there; the English copyright-and-group row, the WordPress theme credit, the French Wix
banner, the Polish design credit and the German an-offer-of row are credits or links rows like many named footers, and
the English VAT-and-ICO line, the Italian not-a-news-outlet statement and the Russian link-required line are legal lines
of the kind of set 164's company-registration, court-registration and media-registration lines, with new legal content;
the French and Russian sort rows are the same kind of comment furniture in two languages (no sort row is named in the
four paragraphs), the Italian show-earlier-comments link is close to set 162's German show-more-replies link and set
161's showing-3-of-27 row, the English reply-likes-age row is an action row under a comment like set 164's Italian
reply-report-like row, the German log-in prompt is of the kind of set 164's and set 163's log-in-to-comment prompts
(here with a register link), and the English guidelines note is close to set 161's Russian comments-are-moderated note;
the share rows use verbs and services not named together; the German AI-translation note, the Italian subscribers-only
preview note and the Russian Ctrl+Enter note are notices of kinds not named there. On the pages, the noise is of common
kinds (mastheads, log-in links, menus, breadcrumbs, bylines, published lines, captions and credits, most-read boxes, ad
labels, newsletter and Telegram prompts, tags lines, share rows, comment threads, copyright lines, blog names, category
lines, posted-on lines, reading times, tables of contents, affiliate links, WordPress like-this lines, older-post links
and platform credits), since the brief asks for new layouts there; some positions echo earlier layouts (the portals'
title at the top of its block with the byline lines after it, as in set 164's portals; the blogs' name and menu in one
block of two, as in set 164's blogs; a share row and a tags line together, as in sets 162 and 163; the two last blog
paragraphs in one block with nothing between them, as in set 162's blogs; the comment count, a comment and replies in
one block, as on every page of the earlier sets), while what is new is where the rest sits (on the portals the log-in
link beside the masthead, the menu and breadcrumb alone in a block, the caption and credit at the top of the first
paragraphs' block, the quote paragraph alone followed by a most-read box, the ad label after the third list row, the
newsletter prompt between the two last paragraphs, a thread of one comment with two replies and the copyright line alone
at the very foot; on the blogs the category line right above the title in a block of four, the table of contents before
the first paragraph, the first three paragraphs in one block with the caption after the quote, the list block clean, the
affiliate link and second caption between the list and the last paragraphs, the like-this lines with the share row, and
the older-post link with the platform credit). (4) Before the measurement /tmp/s166scratch/check.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and counted the lines; its first run found two things: the
Russian blog had 19 noise lines (I had left out its first photo caption, "Банка с первым слоем керамзита.", now at the
end of the first paragraphs' block), and the German portal's ad label "Anzeige" sat inside the held-out German Komoot
marker (then "zum Anzeigen der Karte"; it became "zum Laden der Karte"); its second run found nothing. While writing, I
had also avoided the words "Publicité", "Pubblicità" and "Реклама" in French, Italian and Russian keep lines (they are
the portals' ad labels) and kept the portals' mastheads out of their copyright lines and credits ("© 2026 Éditions de
l'Écho", "Foto: J. Quastmeier", "Фото: С. Кукушкинская"). Lines and data were counted by scripts (45 noise lines:
category, language and place as in Contents; 20 keep lines by language and place; 12 pages, the portals of eleven blocks
and the blogs of ten, with 10 "+" and 20 "-" lines each). /tmp/s166scratch/marks.out printed all 360 page lines with
their block numbers and marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the
subheadings and the list rows, "-" on everything else; no mark was swapped. gen166.py reports lines over 120 characters
and at-signs in the written file, checks that every held-out noise line and keep line is quoted in the docstring and
checks, by parsing the file with ``ast`` (without importing it), that the file's lists, pages and tables equal the
scratch ones. (5) Invented names were checked with the exact-string search over public GitHub files: Hobbleswick,
Gorsebrindle (and Gorsebrindle_Jim), Wethercrimble (and Wethercrimble_Mum), Frackenbury, Plumtrough, Quillerby, Pressed
Steel & Pedals, Marjorie_Pedals, Tinkerman_Rob, Vaudrignac, Pichemolle, Flûtenville, Mireille_du_Parc, Loulou_kiosque,
Papi_Clairon, Fumoir du Dimanche, Pêcheur_du_Lot, Gigi_Fumée, Fährhusen (for Fährhusen and Fährhusener), Kattwerder (for
Kattwerder and Kattwerderin), Quastmeier, Deichmöllner, Deichgraf_Ole, Pendler_Mats, Molchgeflüster, Teichfrosch_Bine,
Gärtnerin_Ute, Castelmurano, Sgambatucci, Fontecchiari, Nonno_Teo, Mamma_di_Giulio, Vicino_di_scuola, Tre Palline in
Aria, Clown_Peppino, Giuliana_Lanci, Krzewinow (for Krzewinowo, Krzewinowie and Krzewinowska), Ćwikłowska,
Wierzbołowicz, Sąsiadka_z_Lipowej, Mietek_z_Górnej, Gospodyni_Ala, Amonit w Kieszeni, Bursztynowa_Ewa, Geolog_amator,
Ольхотк (for the river and its paper), Кукушкинская, Журавушкин, Рыбак_Михалыч, Тамара_Л, Эколог_Оля, Лес под крышкой,
Кактусовая_Нина, Садовод_Игорь, Haskenby, Brummelsiefen, Sbrindolini, Pączkiewiczówna, Wimbrelcote, Puddingstone Media,
Mooswieser and Stronikowo had no hits. Dropped: Thrushcombe (a town in simulation code; the town became Hobbleswick),
Sorrelby (place lists in game code; the lane became Gorsebrindle Lane), Pennyfeather (real people and characters; the
organiser became Derek Plumtrough), Allingbrook (inside Fallingbrook, a real neighbourhood; the councillor became Ruth
Quillerby), Brackenholt (place lists in game code; the hamlet became Wethercrimble), Lanebound (inside planeBounds and
the like; the handle became Gorsebrindle_Jim), Tin Chassis (inside other words and a robot's description; the blog
became Pressed Steel & Pedals), Tambourlin (inside a brand and identifiers; the conductor became Gérard Flûtenville),
Loulou47 (inside a password; the handle became Loulou_kiosque), Bökemeier (a real person's name; the local councillor
became Hiltrud Deichmöllner), Unkenruf (a German word, in many texts; the blog became Molchgeflüster), Frosch_im_Hals
(an identifier; the handle became Teichfrosch_Bine), Nethercrook (identifiers in a game mod), Cornebiche (a real rock's
name), Pędzichowska (a real street; the byline became Bronisława Pączkiewiczówna), Fenwold and Harrowmere (names in many
projects; the paper became the Wimbrelcote Gazette of Puddingstone Media Group), Quellbrunn (a real brand and other
uses; the publisher became the Mooswieser Verlagsgesellschaft), Netkowo (inside Monetkowo; the studio became Pracownia
Stronikowo), Mietek_K (inside a file name; the handle became Mietek_z_Górnej) and Mamma_Lucia (a real sponsor's image;
the handle became Mamma_di_Giulio). First names alone (Wendell, Marjorie, Josselin, Brigitte, Fulvio, Tomek, Варвара and
the like), initialled names (Hettie W., A.-L. P., J. Quastmeier, O. Sgambatucci, G. Ćwikłowska, С. Кукушкинская), real
brands, services, platforms, hosts and themes (Tri-ang, Rust-Oleum, Amazon, WordPress, Kadence, Astra, Neve,
GeneratePress, Hemingway, Krystal, Wix, Ko-fi, Patreon, Vinted, Mondial Relay, Avito, Boxberry, Wykop and the embed
services) and real places (Dorchester, Kent, the Lot, Bologna, Rozewie, Jastrzębia Góra) were not checked. (6) The
measurement was run once, at 03:57:20 UTC by ``date``, in one shell call with the brief's two commands (pytest output to
/tmp/s166scratch/measure.out, report to /tmp/s166scratch/report.out); then /tmp/s166scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s166/tests with /tmp/wt-s166/src on the path)
to /tmp/s166scratch/problems.out: twelve noise lines kept, nine pages with problems (18 page noise lines left, all of
them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of the
three tables (tables166.py) were written from that output, and /tmp/s166scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise line of
the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed: gen166.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s166. (7) ``date`` printed 03:54:05 UTC before the first name checks, 03:57:20 at the measurement and
03:58:10 after the tables were checked; the times quoted here are those ``date`` printed. The whole set was written,
measured and committed within the brief's 50 minutes, from 03:51:05 UTC (the last ``date`` before the commit is in the
report of this helper).

Judgement calls: the keep lines "Shared ownership of the ferry between the two councils ended in 1998, the harbour
master recalled.", "Reply slips from parents showed strong support for a new fence around the school garden.",
"Sponsored walks along the estuary have raised money for the otter survey since 2019.", "Listening to the brass band on
the common, older residents remembered the concerts of the 1960s.", "Posted notices on the village hall door warned that
the kitchen would stay shut until spring.", "Printing the new winter timetable cost the ferry company more than it
expected, its manager said.", "Watching the otters at dusk, the volunteers logged eleven sightings in a single week.",
"Partagée entre deux communes, la route n'était plus entretenue depuis des années, selon les riverains.", "Suivre le
chantier de la cuisine a occupé les bénévoles tout l'hiver, raconte la présidente.", "Imprimés en urgence, les nouveaux
horaires du bac ont été affichés au port vendredi.", "Anmelden konnten sich die Helfer beim Ortsvorsteher, der Schaufeln
und Splitt besorgte.", "Kommentarlos hat die Gemeinde die Schlaglöcher jahrelang hingenommen, sagen die Anwohner.",
"Folgen hat der Vandalismus auch für die Schulküche, die Gemüse aus dem Beet verarbeiten wollte.", "Iscriversi al
censimento delle lontre è possibile fino a fine mese, spiega l'ente parco.", "Commentando il nuovo orario, il sindaco ha
promesso una corsa in più il sabato.", "Condivisa da tre paesi, la cucina della sala civica sarà gestita da un comitato
di volontari.", "Udostępniona przez gminę koparka pomogła wolontariuszom załatać dziury na drodze.", "Zapisy na
sprzątanie ogródka szkolnego ruszają w poniedziałek, informuje dyrektorka.", "Подписавшись на рассылку заповедника,
школьники теперь получают отчёты об учёте выдр." and "Поделиться опытом с соседями в клуб приехали волонтёры из
райцентра." are article sentences: each reports what a harbour master, parents, walkers, residents, a village hall, a
ferry company, volunteers, road-side residents, a chairwoman, a port, helpers, a municipality, a school kitchen, a park
authority, a mayor, a committee, a district, a head teacher, pupils or volunteers said, did, decided or will do, with
the noise-like word as an ordinary noun, verb, participle or adjective of the sentence ("Shared ownership" is how two
councils ran a ferry, not a share row; "Reply slips" are parents' forms, not a reply link; "Sponsored walks" raise money
for a survey, not an ad label; "Listening to the brass band" is what residents did, not a listen-to-this-article prompt;
"Posted notices" hang on a hall door, not a posted-on line; "Printing the new winter timetable" is its cost, not a print
link; "Watching the otters" is the volunteers' work, not a watch-the-video prompt; the French "Partagée", "Suivre" and
"Imprimés", the German "Anmelden", "Kommentarlos" and "Folgen", the Italian "Iscriversi", "Commentando" and "Condivisa",
the Polish "Udostępniona" and "Zapisy" and the Russian "Подписавшись" and "Поделиться" are a road shared by two
communes, following a building site, timetables printed in a hurry, helpers signing up with a village head, a
municipality tolerating potholes without comment, consequences of vandalism, signing up for a survey, a mayor commenting
on a timetable, a kitchen shared by three villages, an excavator lent by a district, sign-ups for a clean-up and pupils
who subscribed to a reserve's mailing list and volunteers who came to share their experience; none of them is comment,
share, follow, subscribe, log-in, ad, print, reading-time or posted-on furniture). Categories: the Flourish, Strava,
Podbean, Deezer, Komoot, TikTok, Google Maps and Dzen lines are markers (embeds stuck loading, hidden to non-followers,
cut off from their server, down for maintenance, waiting for a tap, behind an age check, failing Google's own map check,
or not loaded; the Italian line asks the reader to log in to a video, not to comment, and the German line's tap is on
the embed's own button, not a share or cookie row); the five-minute-read header, the settle-in warning (its fourteen
minutes are a reading time, though phrased as advice) and the French, German, Italian, Polish and Russian lines are
reading times; the story-and-pictures, aufgeschrieben-von, dal-nostro-corrispondente and tekst-i-zdjęcia lines are
bylines at the head (the English line's beat and the Polish line's photos are part of the byline, not a photo credit),
and the Ko-fi, Patreon, Vinted and Avito lines are bylines (self-promotion) at the foot (the Ko-fi and Patreon lines ask
the reader to pay the author, so they are plugs, not share or subscribe rows; the Russian line sells made-to-order
smokers, a plug, not an ad label); the copyright-and-group row, WordPress theme credit, VAT-and-ICO line, Wix banner,
German an-offer-of row, Italian not-a-news-outlet statement, Polish design credit and Russian link-required line are
footers (the Italian statement and the Russian line are a site's standing legal foot, not notices about one story; the
English group row's Terms and Cookies links belong to the footer, not to a cookie notice); the reply-form heading,
guidelines note, reply-likes-age row, French and Russian sort rows, German log-in prompt, Italian show-earlier link and
Polish rules-and-guest row are comment furniture (the English row's likes belong to a comment, not to a share row; the
German prompt asks for an account to comment, not for a subscription); the English, French and Polish rows are share
rows (the French row's print link sits among share targets); the German AI-translation note and the Italian
subscribers-only preview note are notices in the body (both speak of the article they sit in), and the Russian
Ctrl+Enter note is a notice at the foot (a standing request to report errors, neither a comment prompt nor a footer's
legal line). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads, log-in and
subscribe links, section menus, breadcrumbs, bylines, published and updated lines, captions and credits, most-read
boxes, ad labels, newsletter and Telegram prompts, tags lines, share rows, comment counts, comments and replies,
copyright lines, blog names and menus, category lines, posted-on lines, reading times, tables of contents, affiliate
links, like-this lines, older-post links and platform credits) is noise. The list rows (what the council says, what the
restorer learned, the summer programme, what the smoker learned, what changes on the ferry, what the pond taught, what
happens now at the school, what the juggler learned, what changes at the hall, what the collector learned, what comes
next for the survey and what the terrarium taught) are short but part of each article, so article; the blogs'
table-of-contents entries ("1. Stripping the old paint" and the like) look like list rows but are links to the post's
sections, so noise; the most-read headlines are links to other stories, so noise, though they read like headlines; the
captions describe photos, so noise, though they speak of the story's subject; the affiliate lines name the tool the
author used but are shop links, so noise; the WordPress "Like this:" headings and their loading lines are a button's
furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-hobbleswick-potholes (volunteers fill forty potholes on a country lane the council left unrepaired),
en-blog-pressedsteelandpedals-pedal-car (a 1950s Tri-ang pedal car restored), fr-portail-vaudrignac-kiosque (Sunday
concerts revived at a town's bandstand after twelve years), fr-blog-fumoirdudimanche-truite (first trout fillets smoked
in an old garden cupboard), de-portal-faehrhusen-winterfahrplan (a river ferry running only hourly under its winter
timetable), de-blog-molchgefluester-teich (a garden pond dug for newts), it-portale-castelmurano-orto (a primary
school's vegetable patch wrecked by vandals and replanted), it-blog-trepallineinaria-giocoleria (learning to juggle
three balls at forty), pl-portal-krzewinowo-kuchnia (a village hall's new kitchen finished before the harvest festival),
pl-blog-amonitwkieszeni-belemnity (belemnites and sea urchins collected on a Baltic beach after a storm),
ru-portal-olkhotka-vydry (a river's first otter survey in twenty years) and ru-blog-lespodkryshkoy-terrarium (a
terrarium made in a three-litre jar), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 9e494f35a4d0f762f4c928be0b7a4eeb11be0f98, measured with ``cd /tmp/wt-s166 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s166/src python -m pytest -q tests/test_clean_held_out_166.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s166 && PYTHONPATH=/tmp/wt-s166/src python
scripts/clean_held_out_report.py --sets 166``, with the xfail tables empty): noise lines removed 33/45 (marker 3/8,
reading-time 6/7, byline 6/8, footer 7/8, comments 6/8, share 3/3, notice 2/3; the 12 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers in the body (the English Podbean, French Deezer, Italian TikTok, Polish
Google Maps and Russian Dzen placeholders), one reading time at the head (the English settle-in warning), two bylines at
the head (the English story-and-pictures and German aufgeschrieben-von bylines), one footer at the foot (the English
WordPress theme-and-host credit), two comment lines at the foot (the English community-guidelines note and the German
log-in prompt) and one notice in the body (the Italian subscribers-only preview note); the English Flourish and Strava
and German Komoot markers, the other six reading times, the Italian and Polish head bylines, all four plugs, the other
seven footers, the other six comment lines, every share row and the German AI-translation and Russian Ctrl+Enter notices
went); keep lines kept 20/20; pages 3/12 clean (the English, German and Russian portals), 18 of 240 page noise lines
left and 0 of 120 article lines lost. Left on the pages: on each of the six blogs the photo caption at the end of the
first paragraphs' block, after the quote paragraph, and the second photo caption after the affiliate link between the
list and the last paragraphs, and besides them the category line right above the title on the French blog (English,
German, Italian, Polish and Russian blogs 2 each, French blog 3); on the French portal the newsletter prompt between the
two last paragraphs (1); on the Italian portal the most-read box between the quote paragraph and the subheading, its
heading and both headlines (3); on the Polish portal the lead photo's caption at the top of the first paragraphs' block
(1). Lost: nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s166 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 113 (developed on sets 163 and 164 beside this set's writing from the same base, 9e494f3, and
measured on it blind by the lead with test_clean._problems of every case before and after): nothing moved. The
round's sponsored headlines, sign-offs, skip links, newsletter questions and casual reading times took none of the
lines this set still keeps, and no page line, keep line or article line changed; the xfail tables stand as measured.

Round 114 (development; this set was read in full from this round on): This set's blogs print the name over a menu the
page head already took; only the French blog's category line over the title goes here. Fixed by mechanism, in
page_blocks and clean: (1) page_blocks._mark_blog_head_over_posted_title (a step of mark_block_remnants before the head
caption) reads a blog's head as a whole: the name, or the name over its tagline, alone in the page's first block (no
full stop, no digit, no prose, twelve words at most) over the title's block, where the title stands right over the
posted-on line the rules took (a byline), a category label with a colon at most above it: the name, the tagline and that
label go wherever the title is found (near misses that stay, tested: a post's title over its standfirst, a portal's
headline over its standfirst over the byline's rows); (2) the writer's possessive and first name alone after the last
paragraph ("Ваша Лида"; "Your Ginny", "Votre Odile", "Euer Jörg", "La vostra Lucia", "Wasz Witek") is the blog's sign-
off: clean.POSSESSIVE_SIGNATURE and clean.is_writers_signature (the name printed by the byline or the thread, the check
round 113's sign-off made, now clean.names_the_writer) keep it from mark_trailing_labels and the edge classifier, and
page_blocks._SIGN_OFF_WITH_NAME (now built on clean.WRITERS_POSSESSIVE and clean.SIGNATURE_NAME) takes it as the page's
tail, so the last paragraphs no longer go with it as a widget's block (a store's "Your Cart" or "Your Privacy Choices"
names no writer and stays a label). Tests: test_round_114_* in tests/test_clean.py. Not done this round: the embed
placeholders by shape (step 3 of the brief: no time was left to measure a shape rule against the SemEval gate, so none
was added; the nine placeholders stay), the French newsletter prompt without a verb, the casual reading times and the
Italian most-read box. Other sets: set 147's French, Italian, Polish and Russian blogs lose their taglines and set 160's
English blog its name and tagline and its French and Italian blogs their taglines (reasons reworded, no entry removed);
set 166's French blog its category line. All sets' totals (scripts/clean_held_out_report.py, before -> after): noise
lines removed 6460 -> 6460, article lines kept 3167 -> 3167, pages clean 1121 -> 1121, page noise lines left 1622 ->
1604, paragraphs lost 5 -> 2. SemEval: 0 changed files of 3723. Bench (benchmarks/bench_clean.py against bb9e925): ratio
1.04. The cleaning test set: 20928 passed, 1460 xfailed. This set, before -> after: noise lines 33 -> 33 of 45 (marker
3/8, reading-time 6/7, byline 6/8, footer 7/8, comments 6/8, share 3/3, notice 2/3, unchanged), keep 20 -> 20, pages
clean 3 -> 3 of 12, page noise lines left 18 -> 17 of 240, article lines lost 0 -> 0; the French blog's reason reworded.
Still missed: the line xfails as before (five embed placeholders among them), the blogs' photo captions, the French
portal's newsletter prompt, the Polish portal's caption and the Italian portal's most-read box.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_166_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Flourish chart still loading… If nothing appears, your network may be blocking flourish.studio.',
     'marker'),
    ('body', 'Strava route map unavailable: this athlete only shares activities with followers.', 'marker'),
    ('body',
     "The Podbean player couldn't connect to the server. Check your connection and press play again.",
     'marker'),
    ('body', 'Le lecteur Deezer est en cours de maintenance. Réessayez dans quelques minutes.', 'marker'),
    ('body', 'Eingebettete Komoot-Tour – zum Laden der Karte bitte auf „Inhalt laden“ tippen.', 'marker'),
    ('body', 'Video di TikTok con limiti di età: accedi per confermare di avere almeno 18 anni.', 'marker'),
    ('body', 'Ta strona nie może poprawnie wczytać Map Google.', 'marker'),
    ('body', 'Публикация из Дзена не загрузилась. Откройте её на dzen.ru.', 'marker'),
    ('head', 'This article is a 5 minute read', 'reading-time'),
    ('head', 'Settle in – this one runs to roughly fourteen minutes of reading.', 'reading-time'),
    ('head', 'Environ 5 min de lecture', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Lettura da 5 minuti', 'reading-time'),
    ('head', '5 minut czytania', 'reading-time'),
    ('head', 'Время прочтения — 5 минут', 'reading-time'),
    ('head', 'Story and pictures: Wilfred Haskenby, rural affairs reporter', 'byline'),
    ('head', 'Aufgeschrieben von Ottokar Brummelsiefen', 'byline'),
    ('head', 'Dal nostro corrispondente Gualtiero Sbrindolini', 'byline'),
    ('head', 'Tekst i zdjęcia: Bronisława Pączkiewiczówna', 'byline'),
    ('tail', 'If this post helped, you can buy me a coffee on Ko-fi – it keeps the workshop lights on.', 'byline'),
    ('tail', 'Patreon supporters get my juggling practice videos a week before everyone else.', 'byline'),
    ('tail', 'Mes terrariums en bocal sont en vente sur Vinted, envoi possible par Mondial Relay.', 'byline'),
    ('tail', 'Коптильни под заказ собираю и продаю через Авито, отправка Boxberry.', 'byline'),
    ('tail', '© 2026 The Wimbrelcote Gazette · Part of Puddingstone Media Group · Terms · Cookies', 'footer'),
    ('tail', 'Theme: Twenty Twenty-Four by the WordPress team · Hosted by Krystal', 'footer'),
    ('tail', 'VAT reg. no. GB 318 4471 26 · ICO registration ZA417902', 'footer'),
    ('tail', "Ce site a été conçu avec Wix. Créez votre site dès aujourd'hui.", 'footer'),
    ('tail', 'Ein Angebot der Mooswieser Verlagsgesellschaft mbH · AGB · Widerrufsbelehrung', 'footer'),
    ('tail',
     'Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.',
     'footer'),
    ('tail', 'Projekt i wykonanie strony: Pracownia Stronikowo · Mapa strony', 'footer'),
    ('tail', 'При использовании материалов ссылка на сайт обязательна. 16+', 'footer'),
    ('tail', 'Leave a Reply Cancel reply', 'comments'),
    ('tail',
     'Please read our community guidelines before posting. Comments that break them will be removed.',
     'comments'),
    ('tail', 'Reply · 3 likes · 2h', 'comments'),
    ('tail', "Trier les commentaires : les plus récents d'abord", 'comments'),
    ('tail', 'Melden Sie sich an, um mitzudiskutieren. Noch kein Konto? Jetzt kostenlos registrieren.', 'comments'),
    ('tail', 'Visualizza i commenti precedenti (9)', 'comments'),
    ('tail', 'Regulamin komentowania · Dodaj komentarz jako gość', 'comments'),
    ('tail', 'Сначала новые · Сначала старые · Популярные', 'comments'),
    ('tail', 'Post this to: Mastodon · LinkedIn · Reddit · Tumblr', 'share'),
    ('tail', 'Partagez sur : Facebook · Bluesky · Pinterest · Imprimer', 'share'),
    ('tail', 'Podziel się: Facebook · X · Wykop · E-mail', 'share'),
    ('body', 'Dieser Text wurde mithilfe von KI übersetzt und von der Redaktion geprüft.', 'notice'),
    ('body', "Contenuto riservato agli abbonati: stai leggendo un'anteprima gratuita.", 'notice'),
    ('tail', 'Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_166_KEEP: list[tuple[str, str]] = [
    ('head', 'Shared ownership of the ferry between the two councils ended in 1998, the harbour master recalled.'),
    ('head', 'Reply slips from parents showed strong support for a new fence around the school garden.'),
    ('body', 'Sponsored walks along the estuary have raised money for the otter survey since 2019.'),
    ('body', 'Listening to the brass band on the common, older residents remembered the concerts of the 1960s.'),
    ('tail', 'Posted notices on the village hall door warned that the kitchen would stay shut until spring.'),
    ('tail', 'Printing the new winter timetable cost the ferry company more than it expected, its manager said.'),
    ('tail', 'Watching the otters at dusk, the volunteers logged eleven sightings in a single week.'),
    ('head', "Partagée entre deux communes, la route n'était plus entretenue depuis des années, selon les riverains."),
    ('body', "Suivre le chantier de la cuisine a occupé les bénévoles tout l'hiver, raconte la présidente."),
    ('tail', 'Imprimés en urgence, les nouveaux horaires du bac ont été affichés au port vendredi.'),
    ('head', 'Anmelden konnten sich die Helfer beim Ortsvorsteher, der Schaufeln und Splitt besorgte.'),
    ('body', 'Kommentarlos hat die Gemeinde die Schlaglöcher jahrelang hingenommen, sagen die Anwohner.'),
    ('tail', 'Folgen hat der Vandalismus auch für die Schulküche, die Gemüse aus dem Beet verarbeiten wollte.'),
    ('head', "Iscriversi al censimento delle lontre è possibile fino a fine mese, spiega l'ente parco."),
    ('tail', 'Commentando il nuovo orario, il sindaco ha promesso una corsa in più il sabato.'),
    ('tail', 'Condivisa da tre paesi, la cucina della sala civica sarà gestita da un comitato di volontari.'),
    ('head', 'Udostępniona przez gminę koparka pomogła wolontariuszom załatać dziury na drodze.'),
    ('tail', 'Zapisy na sprzątanie ogródka szkolnego ruszają w poniedziałek, informuje dyrektorka.'),
    ('head', 'Подписавшись на рассылку заповедника, школьники теперь получают отчёты об учёте выдр.'),
    ('body', 'Поделиться опытом с соседями в клуб приехали волонтёры из райцентра.'),
]

HELD_OUT_166_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hobbleswick-potholes', [
        [
            '-The Hobbleswick Chronicle',
            '-Log in · Subscribe from £1 a week',
        ],
        [
            "-News · Sport · What's On · Property · Jobs",
            '-Home › News › Villages',
        ],
        [
            '+Volunteers fill forty potholes on Gorsebrindle Lane after council delay',
            '-By Imelda Frackenbury, Villages Reporter',
            '-Updated 7 November 2026, 16:40',
        ],
        [
            '-Volunteers at work on Gorsebrindle Lane on Saturday morning.',
            '-Picture: Imelda Frackenbury',
            '+A dozen residents of Wethercrimble spent Saturday filling potholes along Gorsebrindle Lane, a '
            'single-track road the county council had promised to repair in the spring.',
            '+They used forty bags of cold-lay asphalt bought with money raised at the harvest supper, and a roller '
            'borrowed from a nearby farm.',
        ],
        [
            '+“We got tired of waiting and of paying for new tyres,” said Derek Plumtrough, who organised the work. '
            '“Nobody here wanted a fight with the council, we just wanted to drive to the shop.”',
        ],
        [
            '-Most read',
            '-Hobbleswick bakery wins regional pie award',
            '-Road closures planned for the bypass this winter',
        ],
        [
            '+What the council says',
            '+A highways officer will inspect the repairs next week.',
            '+Lasting repairs are still planned for the spring.',
            '+Residents are asked not to carry out further work themselves.',
            '-Advertisement',
        ],
        [
            "+County councillor Ruth Quillerby said she understood the residents' frustration but warned that "
            'unapproved repairs could raise insurance questions.',
            "-Get the Chronicle's free morning newsletter – sign up in one click",
            '+The volunteers say they will hand the leftover asphalt to the parish council for the next cold snap.',
        ],
        [
            '-Tags: Wethercrimble, roads, volunteers',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-7 comments',
            '-Gorsebrindle_Jim: Fair play to them. That lane has been a disgrace for years.',
            '-↳ Hettie W.: Agreed, though the council should pay them back for the asphalt.',
            '-↳ Wethercrimble_Mum: My car thanks you all!',
        ],
        [
            '-© 2026 Hobbleswick Chronicle Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-pressedsteelandpedals-pedal-car', [
        [
            '-Pressed Steel & Pedals',
            '-Home · Restorations · Parts I Need · About',
        ],
        [
            '-Filed in: Pedal Cars',
            '+Bringing a 1950s Tri-ang pedal car back to the road',
            '-Posted on 12 October 2026 by Wendell',
            '-9 minute read',
        ],
        [
            '-In this post',
            '-1. Stripping the old paint',
            '-2. Straightening the axles',
        ],
        [
            '+I found the car at a boot sale near Dorchester, missing a wheel and wearing about six coats of house '
            'paint.',
            '+Before taking anything apart I photographed every bolt, because Tri-ang used a few odd thread sizes '
            'that are hard to match now.',
            '+My neighbour, who restored real cars for forty years, looked at the rusty floor pan and said: “Cut it '
            "out and let in new steel, don't fill it.”",
            '-The car as I bought it, with one wheel missing.',
        ],
        [
            '+What I learned',
            '+Paint stripper works better than a wire wheel on thin pressed steel.',
            '+Keep the original hubcaps even if they are dented.',
            '+Order new tyres before you start, since they take weeks to arrive.',
        ],
        [
            '-The primer I used: Rust-Oleum etch primer (affiliate link)',
            '-The finished bonnet drying in the shed.',
        ],
        [
            '+The car is now back in its original pillar-box red, and my granddaughter has already driven it into '
            'the hedge twice.',
            '+Next winter I want to tackle a pedal tractor, if I can find one that has not been left out in the rain.',
        ],
        [
            '-Share this: Facebook · Pinterest · Email',
            '-Like this:',
            '-Like Loading...',
        ],
        [
            '-4 Comments',
            '-Marjorie_Pedals: Lovely job! Where did you find the tyres?',
            '-↳ Wendell: Thanks Marjorie – a specialist in Kent, link on the parts page.',
            '-Tinkerman_Rob: I have the same model in my loft. Inspiring stuff.',
        ],
        [
            '-« Older post: Sourcing replacement pedal blocks',
            '-Powered by WordPress · Theme: Kadence',
        ],
    ]),
    _page('fr', 'fr-portail-vaudrignac-kiosque', [
        [
            "-L'Écho de Vaudrignac",
            "-Se connecter · S'abonner dès 1 € le premier mois",
        ],
        [
            '-Actualité · Sports · Loisirs · Annonces · Avis de décès',
            '-Accueil > Vaudrignac > Culture',
        ],
        [
            '+Vaudrignac : les concerts du dimanche reviennent au kiosque du jardin public',
            '-Par Anne-Laure Pichemolle',
            '-Publié le 8 juin 2026 à 18h12',
        ],
        [
            "-L'harmonie municipale sous le kiosque, dimanche après-midi.",
            '-Photo : A.-L. P.',
            '+Après douze ans de silence, le kiosque du jardin public de Vaudrignac a retrouvé ses musiciens '
            'dimanche après-midi, devant près de trois cents personnes.',
            "+L'harmonie municipale, reformée l'an dernier par une vingtaine d'anciens élèves de l'école de musique, "
            "jouera chaque premier dimanche du mois jusqu'en septembre.",
        ],
        [
            '+« On avait presque oublié que ce kiosque servait à quelque chose », sourit Gérard Flûtenville, le chef '
            "d'orchestre. « Les enfants dansaient devant, c'est gagné. »",
        ],
        [
            '-Les plus lus',
            "-Un nouveau boulanger s'installe place du Marché",
            '-Travaux sur la départementale : la déviation prolongée',
        ],
        [
            "+Le programme de l'été",
            '+Musiques de films le 6 juillet.',
            '+Bal populaire le 3 août.',
            '+Concert de clôture avec la chorale le 7 septembre.',
            '-Publicité',
        ],
        [
            "+La mairie a fait repeindre le kiosque et réparer son plancher au printemps, pour un coût d'environ 9 "
            '000 euros.',
            "-Recevez chaque matin notre lettre d'information gratuite",
            '+Les musiciens cherchent encore un tubiste et deux clarinettistes pour compléter les rangs.',
        ],
        [
            '-Mots-clés : Vaudrignac, musique, patrimoine',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-5 commentaires',
            '-Mireille_du_Parc : Quel bonheur de revoir le kiosque vivant !',
            "-↳ Loulou_kiosque : Bravo à l'harmonie, on sera là en juillet.",
            "-↳ Papi_Clairon : J'y jouais du cornet en 1975, ça m'a ému.",
        ],
        [
            "-© 2026 Éditions de l'Écho – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-fumoirdudimanche-truite', [
        [
            '-Le Fumoir du Dimanche',
            '-Accueil · Recettes · Matériel · À propos',
        ],
        [
            '-Catégorie : Fumage à froid',
            '+Fumer ses premiers filets de truite dans un vieux placard de jardin',
            '-Publié le 3 mars 2026 par Josselin',
            '-Temps de lecture : 8 minutes',
        ],
        [
            '-Sommaire',
            '-1. Saumurer la truite',
            '-2. Construire le fumoir',
        ],
        [
            '+Cela faisait deux ans que je voulais fumer moi-même le poisson que mon frère pêche dans le Lot, sans '
            'acheter un fumoir à trois cents euros.',
            "+J'ai recyclé un vieux placard métallique de jardin, percé en bas pour le générateur de fumée et en "
            'haut pour la cheminée.',
            "+Le poissonnier du marché m'a donné un conseil que je n'oublierai pas : « Une saumure trop longue, et "
            'ta truite devient du jambon. »',
            '-Les filets de truite après une nuit de saumure.',
        ],
        [
            "+Ce que j'ai retenu",
            '+Séchez bien les filets avant de les mettre à la fumée.',
            '+Le bois de hêtre donne un goût plus doux que le chêne.',
            '+Fumez la nuit en hiver pour garder la température basse.',
        ],
        [
            '-Mon générateur de fumée : le modèle à sciure acheté sur Amazon (lien affilié)',
            '-Le fumoir terminé, au fond du jardin.',
        ],
        [
            '+Les premiers filets étaient un peu trop salés, mais mes voisins en ont redemandé dès le lendemain.',
            "+Le mois prochain, j'essaierai le maquereau et peut-être un fromage de chèvre.",
        ],
        [
            '-Partager : Facebook · Pinterest · E-mail',
            "-J'aime ça :",
            "-J'aime chargement…",
        ],
        [
            '-3 commentaires',
            '-Pêcheur_du_Lot : Superbe idée, le placard ! Tu mets combien de sel ?',
            '-↳ Josselin : Quatre-vingts grammes par litre, et huit heures maximum.',
            "-Gigi_Fumée : Je vais essayer avec du saumon, merci pour l'article.",
        ],
        [
            '-« Article précédent : Mon premier jambon sec',
            '-Propulsé par WordPress · Thème : Astra',
        ],
    ]),
    _page('de', 'de-portal-faehrhusen-winterfahrplan', [
        [
            '-Fährhusener Bote',
            '-Anmelden · Abo ab 9,90 € im Monat',
        ],
        [
            '-Lokales · Sport · Kultur · Service · Trauer',
            '-Startseite › Fährhusen › Verkehr',
        ],
        [
            '+Fähre nach Kattwerder fährt im Winter nur noch stündlich',
            '-Von Jorinde Quastmeier',
            '-Veröffentlicht am 24.10.2026, 17:05 Uhr',
        ],
        [
            '-Die Fähre „Kattwerder II“ am Anleger in Fährhusen.',
            '-Foto: J. Quastmeier',
            '+Ab dem 1. November pendelt die Fähre zwischen Fährhusen und Kattwerder nur noch einmal pro Stunde, '
            'bisher fuhr sie im Halbstundentakt.',
            '+Die Betreibergesellschaft begründet den Winterfahrplan mit gestiegenen Personalkosten und geringerer '
            'Nachfrage in den dunklen Monaten.',
        ],
        [
            '+„Für Pendler ist das ein Rückschritt“, sagt Ortsvorsteherin Hiltrud Deichmöllner. „Wer den Bus in '
            'Kattwerder verpasst, steht jetzt eine Stunde am Ufer.“',
        ],
        [
            '-Meistgelesen',
            '-Neuer Radweg am Deich freigegeben',
            '-Weihnachtsmarkt zieht auf den Hafenplatz',
        ],
        [
            '+Was sich ändert',
            '+Die erste Fähre legt um 6 Uhr ab.',
            '+Die letzte Fahrt ist um 20 Uhr.',
            '+Am Wochenende gilt weiter der Sommertakt.',
            '-Anzeige',
        ],
        [
            '+Im März soll der Fahrplan überprüft werden, kündigte die Gesellschaft an.',
            '-Der Bote-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region',
            '+Der Ortsrat will bis dahin Unterschriften für eine zusätzliche Abendfahrt sammeln.',
        ],
        [
            '-Schlagworte: Fährhusen, Fähre, Verkehr',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '-6 Kommentare',
            '-Deichgraf_Ole: Typisch, immer wird zuerst bei uns gespart.',
            '-↳ Kattwerderin: Stimmt, aber abends fährt doch kaum jemand.',
            '-↳ Pendler_Mats: Doch, ich! Schichtdienst im Krankenhaus.',
        ],
        [
            '-© 2026 Bote Mediengruppe GmbH',
        ],
    ]),
    _page('de', 'de-blog-molchgefluester-teich', [
        [
            '-Molchgeflüster – ein Naturgarten-Blog',
            '-Start · Teich · Beete · Über mich',
        ],
        [
            '-Kategorie: Gartenteich',
            '+Ein Teich für Molche: So habe ich ihn angelegt',
            '-Veröffentlicht am 2. Mai 2026 von Brigitte',
            '-Lesedauer: 7 Minuten',
        ],
        [
            '-Auf dieser Seite',
            '-1. Die richtige Stelle',
            '-2. Folie oder Fertigbecken',
        ],
        [
            '+Seit ich im Frühjahr einen Bergmolch unter der Regentonne gefunden habe, wollte ich den Tieren einen '
            'richtigen Teich bauen.',
            '+Der Teich ist nur gut drei Quadratmeter groß, hat aber eine flache Uferzone und eine tiefe Stelle von '
            'achtzig Zentimetern.',
            '+Eine Biologin vom Naturschutzbund riet mir: „Bloß keine Fische einsetzen, die fressen den Molchlarven '
            'alles weg.“',
            '-Die ausgehobene Grube mit dem Sandbett.',
        ],
        [
            '+Was ich gelernt habe',
            '+Eine Seite des Teichs sollte flach auslaufen.',
            '+Heimische Wasserpflanzen reichen völlig aus.',
            '+Ein Steinhaufen daneben dient als Winterquartier.',
        ],
        [
            '-Die Teichfolie habe ich hier gekauft (Affiliate-Link)',
            '-Der fertige Teich drei Wochen später.',
        ],
        [
            '+Schon im Juni saßen die ersten Teichmolche zwischen den Wasserpflanzen, und ein Grasfrosch ist auch '
            'eingezogen.',
            '+Im Herbst will ich noch eine Totholzhecke am Rand anlegen.',
        ],
        [
            '-Teilen mit: Facebook · Pinterest · E-Mail',
            '-Gefällt mir:',
            '-Gefällt mir Wird geladen …',
        ],
        [
            '-3 Kommentare',
            '-Teichfrosch_Bine: Toll! Wie hast du die Folie am Rand befestigt?',
            '-↳ Brigitte: Mit Ufermatten und ein paar Steinen, das hält gut.',
            '-Gärtnerin_Ute: Bei uns kamen die Molche schon nach einem Jahr.',
        ],
        [
            '-« Vorheriger Beitrag: Wildblumenwiese im ersten Jahr',
            '-Erstellt mit WordPress · Theme: Neve',
        ],
    ]),
    _page('it', 'it-portale-castelmurano-orto', [
        [
            '-La Voce di Castelmurano',
            '-Accedi · Abbonati a 1 € al mese',
        ],
        [
            '-Cronaca · Sport · Cultura · Necrologi · Meteo',
            '-Home > Cronaca > Castelmurano',
        ],
        [
            "+Castelmurano, vandali nell'orto della scuola elementare",
            '-di Ornella Sgambatucci',
            '-Pubblicato il 14 aprile 2026 alle 11:20',
        ],
        [
            "-L'orto della scuola dopo il raid dei vandali.",
            '-Foto: O. Sgambatucci',
            '+Nella notte tra sabato e domenica qualcuno è entrato nel cortile della scuola elementare di '
            "Castelmurano e ha distrutto l'orto coltivato dai bambini.",
            '+Sono state strappate le piantine di pomodoro e di lattuga e rovesciati i cassoni di legno costruiti '
            "con l'aiuto dei nonni.",
        ],
        [
            "+«I bambini hanno pianto quando l'hanno visto», racconta la maestra Rosalba Fontecchiari. «Ma lunedì "
            'mattina erano già lì con le palette a ripiantare.»',
        ],
        [
            '-I più letti',
            '-Nuova rotatoria sulla provinciale, lavori al via',
            '-Sagra della castagna, il programma completo',
        ],
        [
            '+Cosa succede ora',
            '+Il Comune installerà una telecamera nel cortile.',
            '+Un vivaio ha regalato cinquanta nuove piantine.',
            '+I genitori organizzeranno turni di controllo nel fine settimana.',
            '-Pubblicità',
        ],
        [
            '+I carabinieri hanno raccolto la denuncia del dirigente scolastico e stanno esaminando le immagini di '
            'una telecamera privata.',
            '-Iscriviti alla newsletter della Voce: le notizie del giorno ogni mattina',
            '+La festa del raccolto, prevista per giugno, si terrà comunque.',
        ],
        [
            '-Argomenti: scuola, vandalismo, Castelmurano',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            '-4 commenti',
            '-Nonno_Teo: Che vergogna, prendersela con i bambini.',
            '-↳ Mamma_di_Giulio: Sabato andiamo tutti ad aiutare!',
            '-↳ Vicino_di_scuola: Ho visto dei ragazzi col motorino quella sera, ho avvisato i carabinieri.',
        ],
        [
            '-© 2026 Edizioni Voce srl – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-trepallineinaria-giocoleria', [
        [
            '-Tre Palline in Aria',
            '-Home · Trucchi · Attrezzi · Chi sono',
        ],
        [
            '-Categoria: Giocoleria',
            "+Imparare a fare giocoleria con tre palline a quarant'anni",
            '-Pubblicato il 9 settembre 2026 da Fulvio',
            '-Tempo di lettura: 6 minuti',
        ],
        [
            '-Indice dei contenuti',
            '-1. La cascata',
            '-2. Gli errori più comuni',
        ],
        [
            '+Ho cominciato a gennaio, dopo aver visto mio figlio di dieci anni imparare la cascata in un pomeriggio.',
            '+Le prime settimane le ho passate a raccogliere palline da sotto il divano, esercitandomi dieci minuti '
            'ogni sera.',
            '+Un giocoliere di strada conosciuto a Bologna mi ha detto: «Non guardare le mani, guarda il punto più '
            'alto del lancio.»',
            '-Le mie prime palline, fatte con palloncini e riso.',
        ],
        [
            '+Cosa ho imparato',
            '+Esercitarsi davanti a un letto risparmia la schiena.',
            "+Meglio dieci minuti al giorno che un'ora la domenica.",
            '+Le palline morbide non rotolano via.',
        ],
        [
            '-Le palline che uso: set da tre su Amazon (link affiliato)',
            '-La cascata ripresa al rallentatore.',
        ],
        [
            '+Dopo otto mesi riesco a tenere la cascata per più di cento lanci e ho iniziato con il mulino.',
            '+Il prossimo obiettivo sono i cerchi, ma mia moglie ha già vietato di provarli in salotto.',
        ],
        [
            '-Condividi: Facebook · Pinterest · Email',
            '-Mi piace:',
            '-Mi piace Caricamento...',
        ],
        [
            '-3 commenti',
            '-Clown_Peppino: Bravissimo! Il mulino è il passo più difficile.',
            '-↳ Fulvio: Grazie, infatti ci sto impazzendo.',
            '-Giuliana_Lanci: Anche io ho iniziato tardi, non mollare!',
        ],
        [
            '-« Articolo precedente: Le palline fatte in casa',
            '-Realizzato con WordPress · Tema: GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-krzewinowo-kuchnia', [
        [
            '-Gazeta Krzewinowska',
            '-Zaloguj się · Prenumerata',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna › Gmina › Krzewinowo',
        ],
        [
            '+Nowa kuchnia w świetlicy w Krzewinowie gotowa przed dożynkami',
            '-Autor: Genowefa Ćwikłowska',
            '-Opublikowano: 28.08.2026, 10:15',
        ],
        [
            '-Koło gospodyń wiejskich w nowej kuchni świetlicy.',
            '-Fot. G. Ćwikłowska',
            '+Po czterech miesiącach remontu świetlica wiejska w Krzewinowie ma nową kuchnię z kuchenką gazową, '
            'zlewem dwukomorowym i wyciągiem.',
            '+Prace kosztowały 68 tysięcy złotych, z czego większość pochodziła z funduszu sołeckiego i dotacji '
            'urzędu marszałkowskiego.',
        ],
        [
            '+– Wreszcie nie musimy gotować pierogów w trzech domach i nosić ich w garnkach – mówi Danuta '
            'Wierzbołowicz z koła gospodyń. – Teraz wszystko robimy na miejscu.',
        ],
        [
            '-Najczęściej czytane',
            '-Nowy chodnik przy szkole już otwarty',
            '-Gminny festyn rodzinny w sobotę',
        ],
        [
            '+Co się zmieni',
            '+Świetlicę można wynajmować na przyjęcia.',
            '+Koło gospodyń poprowadzi warsztaty kulinarne.',
            '+Sprzęt kuchenny trafi do inwentarza gminy.',
            '-Reklama',
        ],
        [
            '+Pierwszym wydarzeniem w odnowionej kuchni będą dożynki gminne, na które gospodynie przygotują obiad '
            'dla trzystu osób.',
            '-Zapisz się do newslettera Gazety i otrzymuj najważniejsze wiadomości',
            '+Sołtys zapowiada, że w przyszłym roku remont obejmie także salę i toalety.',
        ],
        [
            '-Tagi: Krzewinowo, świetlica, KGW',
            '-Udostępnij: Facebook · X · Email',
        ],
        [
            '-5 komentarzy',
            '-Sąsiadka_z_Lipowej: Piękna kuchnia, gratulacje dla pań z koła!',
            '-↳ Mietek_z_Górnej: Nareszcie, ile można było czekać.',
            '-↳ Gospodyni_Ala: Zapraszamy wszystkich na dożynki!',
        ],
        [
            '-© 2026 Wydawnictwo Gazeta sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-amonitwkieszeni-belemnity', [
        [
            '-Amonit w Kieszeni',
            '-Start · Znaleziska · Plaże · O mnie',
        ],
        [
            '-Kategoria: Wyprawy',
            '+Belemnity i jeżowce z bałtyckiej plaży po zimowym sztormie',
            '-Opublikowano 15 lutego 2026 przez Tomka',
            '-Czas czytania: 6 minut',
        ],
        [
            '-Spis treści',
            '-1. Gdzie szukać',
            '-2. Jak czyścić znaleziska',
        ],
        [
            '+Po styczniowym sztormie pojechałem na plażę w Rozewiu, bo wiatr od morza zawsze odsłania nowe kamienie.',
            '+Przez trzy godziny chodziłem wzdłuż brzegu z woreczkiem i zebrałem kilkanaście belemnitów oraz dwa '
            'krzemienne jeżowce.',
            '+Starszy pan, który zbiera tu od lat, pokazał mi swoje znalezisko i powiedział: „Szukaj tam, gdzie leżą '
            'same czarne kamyki.”',
            '-Belemnity rozłożone na ręczniku po powrocie.',
        ],
        [
            '+Czego się nauczyłem',
            '+Najlepiej szukać zaraz po sztormie.',
            '+Skamieniałości myję tylko wodą i miękką szczoteczką.',
            '+Każde znalezisko opisuję datą i miejscem.',
        ],
        [
            '-Lupa, której używam: link do sklepu (link afiliacyjny)',
            '-Jeżowiec krzemienny w powiększeniu.',
        ],
        [
            '+Najładniejszy belemnit ma prawie dziesięć centymetrów i trafił do szuflady z napisem „Bałtyk 2026”.',
            '+Wiosną chcę pojechać pod klif w Jastrzębiej Górze, o ile pozwolą na to przepisy.',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · Email',
            '-Polub to:',
            '-Lubię Wczytywanie…',
        ],
        [
            '-4 komentarze',
            '-Bursztynowa_Ewa: Super! Ja znajduję tylko bursztyn.',
            '-↳ Tomek: Bursztynu to ja zazdroszczę, nigdy nie mam szczęścia.',
            '-Geolog_amator: Piękne jeżowce, gratuluję.',
        ],
        [
            '-« Poprzedni wpis: Moja pierwsza kolekcja krzemieni',
            '-Dumnie wspierane przez WordPress · Motyw: Hemingway',
        ],
    ]),
    _page('ru', 'ru-portal-olkhotka-vydry', [
        [
            '-Ольхотские вести',
            '-Войти · Подписка',
        ],
        [
            '-Новости · Общество · Спорт · Афиша · Объявления',
            '-Главная › Общество › Экология',
        ],
        [
            '+На реке Ольхотке впервые за двадцать лет посчитали выдр',
            '-Автор: Серафима Кукушкинская',
            '-Опубликовано 19 марта 2026, 09:30',
        ],
        [
            '-Следы выдры на снегу у берега Ольхотки.',
            '-Фото: С. Кукушкинская',
            '+Волонтёры экологического клуба прошли пешком сорок километров по берегам Ольхотки и отметили следы, '
            'норы и места кормёжки выдр.',
            '+Последний раз такой учёт проводили в 2006 году, и тогда зверей насчитали вдвое меньше.',
        ],
        [
            '+«Выдра — лучший показатель чистой воды, — говорит руководитель клуба Ростислав Журавушкин. — Если она '
            'вернулась, значит, в реке снова есть рыба».',
        ],
        [
            '-Самое читаемое',
            '-В городе откроют новый каток',
            '-Автобус №7 изменит маршрут с понедельника',
        ],
        [
            '+Что дальше',
            '+Учёт будут проводить каждую зиму.',
            '+Данные передадут в областной заповедник.',
            '+Школьникам предложат участвовать в весенних выходах.',
            '-Реклама',
        ],
        [
            '+По предварительным данным, на реке живут не меньше двенадцати выдр, в том числе две семьи с детёнышами.',
            '-Подписывайтесь на наш канал в Telegram, чтобы не пропустить новости',
            '+Итоги учёта клуб представит на встрече в городской библиотеке в апреле.',
        ],
        [
            '-Теги: экология, Ольхотка, волонтёры',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-6 комментариев',
            '-Рыбак_Михалыч: Видел выдру прошлой осенью у старой мельницы!',
            '-↳ Тамара_Л: А я думала, это бобры.',
            '-↳ Эколог_Оля: Бобры тоже есть, но следы у них другие.',
        ],
        [
            '-© 2026 ООО «Вести Ольхотки». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-lespodkryshkoy-terrarium', [
        [
            '-Лес под крышкой',
            '-Главная · Флорариумы · Растения · Обо мне',
        ],
        [
            '-Рубрика: Своими руками',
            '+Террариум в трёхлитровой банке: мой первый опыт',
            '-Опубликовано 4 ноября 2026, автор: Варвара',
            '-Читать: 7 мин',
        ],
        [
            '-Содержание',
            '-1. Что понадобится',
            '-2. Слои грунта',
        ],
        [
            '+Идея появилась, когда я нашла на даче старую трёхлитровую банку с широким горлом и стеклянной крышкой.',
            '+На дно я насыпала керамзит, сверху слой активированного угля, потом мох и обычную садовую землю с '
            'песком.',
            '+Продавец в цветочном магазине предупредила меня: «Главное — не заливайте, в закрытой банке вода никуда '
            'не денется».',
            '-Банка с первым слоем керамзита.',
        ],
        [
            '+Что я поняла',
            '+Растения нужно брать медленно растущие.',
            '+Стекло изнутри лучше протереть спиртом.',
            '+Первый месяц крышку стоит иногда приоткрывать.',
        ],
        [
            '-Мох я заказывала здесь (партнёрская ссылка)',
            '-Готовый террариум на подоконнике.',
        ],
        [
            '+Прошло уже три месяца, фиттония разрослась, а на стекле каждое утро появляются капли, как после дождя.',
            '+Следующий террариум хочу сделать в старом аквариуме, с маленькой корягой и папоротником.',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · Pinterest',
            '-Нравится:',
            '-Нравится Загрузка...',
        ],
        [
            '-3 комментария',
            '-Кактусовая_Нина: Очень красиво! А сколько стоит такой мох?',
            '-↳ Варвара: Около трёхсот рублей за пакет, хватает на две банки.',
            '-Садовод_Игорь: Попробуйте добавить ногохвосток, они чистят грунт.',
        ],
        [
            '-« Предыдущая запись: Как я выращивала мох на балконе',
            '-Сайт работает на WordPress · Тема: Astra',
        ],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
    "The Podbean player couldn't connect to the server. Check your connection and press play again.":
        'an English Podbean player placeholder that could not reach its server ("The Podbean player couldn\'t '
        'connect to the server. Check your connection and press play again.") is left in the body',
    'Le lecteur Deezer est en cours de maintenance. Réessayez dans quelques minutes.':
        "a French Deezer player placeholder down for maintenance ('Le lecteur Deezer est en cours de maintenance. "
        "Réessayez dans quelques minutes.') is left in the body",
    'Settle in – this one runs to roughly fourteen minutes of reading.':
        "an English blog's settle-in reading-time warning ('Settle in – this one runs to roughly fourteen minutes of "
        "reading.') is left at the head",
    'Story and pictures: Wilfred Haskenby, rural affairs reporter':
        "an English story-and-pictures byline ('Story and pictures: Wilfred Haskenby, rural affairs reporter') is "
        'left at the head',
    'Theme: Twenty Twenty-Four by the WordPress team · Hosted by Krystal':
        "an English WordPress theme-and-host credit ('Theme: Twenty Twenty-Four by the WordPress team · Hosted by "
        "Krystal') is left at the foot",
    'Please read our community guidelines before posting. Comments that break them will be removed.':
        "an English community-guidelines note ('Please read our community guidelines before posting. Comments that "
        "break them will be removed.') is left at the foot",
    'Melden Sie sich an, um mitzudiskutieren. Noch kein Konto? Jetzt kostenlos registrieren.':
        "a German log-in-to-join-the-discussion prompt ('Melden Sie sich an, um mitzudiskutieren. Noch kein Konto? "
        "Jetzt kostenlos registrieren.') is left at the foot",
    "Contenuto riservato agli abbonati: stai leggendo un'anteprima gratuita.":
        'an Italian subscribers-only preview notice ("Contenuto riservato agli abbonati: stai leggendo un\'anteprima '
        'gratuita.") is left in the body',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-pressedsteelandpedals-pedal-car':
        "the pedal-car blog's post keeps the photo caption ('The car as I bought it, with one wheel missing.') at "
        "the end of the first paragraphs' block, after the quote paragraph, and the second photo caption ('The "
        "finished bonnet drying in the shed.') after the affiliate link between the list and the last paragraphs (2 "
        'of 20 noise lines); no article line is lost',
    'fr-blog-fumoirdudimanche-truite':
        "the fish-smoking blog's post keeps the photo caption ('Les filets de truite après une nuit de saumure.') at "
        "the end of the first paragraphs' block, after the quote paragraph, and the second photo caption ('Le fumoir "
        "terminé, au fond du jardin.') after the affiliate link between the list and the last paragraphs (2 of 20 "
        "noise lines); no article line is lost",
    'de-blog-molchgefluester-teich':
        "the newt-pond blog's post keeps the photo caption ('Die ausgehobene Grube mit dem Sandbett.') at the end of "
        "the first paragraphs' block, after the quote paragraph, and the second photo caption ('Der fertige Teich "
        "drei Wochen später.') after the affiliate link between the list and the last paragraphs (2 of 20 noise "
        'lines); no article line is lost',
    'it-portale-castelmurano-orto':
        "the Italian portal's vegetable-patch story keeps the most-read box between the quote paragraph and the "
        "subheading, its heading ('I più letti') and both headlines ('Nuova rotatoria sulla provinciale, lavori al "
        "via', 'Sagra della castagna, il programma completo') (3 of 20 noise lines); no article line is lost",
    'it-blog-trepallineinaria-giocoleria':
        "the juggling blog's post keeps the photo caption ('Le mie prime palline, fatte con palloncini e riso.') at "
        "the end of the first paragraphs' block, after the quote paragraph, and the second photo caption ('La "
        "cascata ripresa al rallentatore.') after the affiliate link between the list and the last paragraphs (2 of "
        '20 noise lines); no article line is lost',
    'pl-portal-krzewinowo-kuchnia':
        "the Polish portal's village-hall story keeps the lead photo's caption ('Koło gospodyń wiejskich w nowej "
        "kuchni świetlicy.') at the top of the first paragraphs' block, above its credit (1 of 20 noise lines); no "
        'article line is lost',
    'pl-blog-amonitwkieszeni-belemnity':
        "the fossil blog's post keeps the photo caption ('Belemnity rozłożone na ręczniku po powrocie.') at the end "
        "of the first paragraphs' block, after the quote paragraph, and the second photo caption ('Jeżowiec "
        "krzemienny w powiększeniu.') after the affiliate link between the list and the last paragraphs (2 of 20 "
        'noise lines); no article line is lost',
    'ru-blog-lespodkryshkoy-terrarium':
        "the terrarium blog's post keeps the photo caption ('Банка с первым слоем керамзита.') at the end of the "
        "first paragraphs' block, after the quote paragraph, and the second photo caption ('Готовый террариум на "
        "подоконнике.') after the affiliate link between the list and the last paragraphs (2 of 20 noise lines); no "
        'article line is lost',
}


test_held_out_166_line, test_held_out_166_line_is_kept, test_held_out_166_page = held_out_tests(
    HELD_OUT_166_LINES, HELD_OUT_166_KEEP, HELD_OUT_166_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
