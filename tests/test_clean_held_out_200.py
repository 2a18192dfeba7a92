"""Held-out set 200: written blind, weighted toward the noise the cleaner exists for, in shapes set 198's docstring
does not name (nor the first paragraphs of sets 195, 196 and 197): scraper, embed and ad markers (an English
Typeform form over its monthly response limit "The Typeform embedded here has reached its monthly response limit and
cannot take new entries.", an English Loom recording restricted to a workspace "Loom recording unavailable – the
video owner has restricted viewing to members of their workspace.", an English Komoot route map stuck loading "The
Komoot route map is still loading… if nothing appears after a few seconds, reload the page.", a French France.tv
video whose broadcast rights expired "Vidéo France.tv indisponible : les droits de diffusion de ce programme ont
expiré.", a German ZDFmediathek video past its availability period "ZDFmediathek-Video nicht mehr abrufbar: Die
Verweildauer ist abgelaufen.", an Italian Mediaset Infinity video for registered users only "Contenuto di Mediaset
Infinity non disponibile: il video è visibile solo agli utenti registrati.", a Polish Polskie Radio recording down
for maintenance "Nagranie z Polskiego Radia jest chwilowo niedostępne – trwają prace techniczne." and a Russian
Kinopoisk trailer whose licence ran out "Трейлер с Кинопоиска недоступен: истёк срок действия лицензии.");
reading-time headers in new wordings (the English read-time label with a plural abbreviation "Read time: 4 mins", a
blog's you'll-need line with a photo aside "You'll need about 7 minutes for this one (longer if you stop for the
photos)", the French bare reading label "Lecture : 4 min", the German minutes-first label "4 Minuten Lesezeit", the
Italian estimated-time label "Tempo stimato di lettura: 4 minuti", the Polish reading-time label with an
about-abbreviation "Czas czytania: ok. 4 min" and the Russian minutes-for-reading label "4 минуты на чтение");
bylines and self-promotion (an English story-and-photographs byline "Story and photographs by Gideon Fenstaple", an
English Local Democracy Reporting Service byline "By Hester Pimblecroft, Local Democracy Reporting Service", a
French interview-gathered-by byline "Propos recueillis par Ghislaine Vauperlin" and a Polish compiled-by byline
"Opracowanie: Halina Mrzygłódka", all at the head, and at the foot an English eBay griddle-scrapers plug "I sell
hand-forged griddle scrapers on eBay – UK buyers only, posted second class.", a German willhaben marzipan-moulds
plug "Meine Marzipanformen aus Holz verkaufe ich auf willhaben, Versand mit der Post oder Abholung in Graz.", an
Italian Wallapop ravioli-cutters plug "Le mie rotelle per ravioli in ottone le vendo su Wallapop, con spedizione in
tutta Italia." and a Russian Youla baking-tins plug with SDEK shipping "Формы для выпечки продаю через Юлу,
отправляю СДЭКом по всей России."); blog and site footers (an English GitHub Pages and Jekyll credit with an RSS
link "Hosted on GitHub Pages · Built with Jekyll · RSS feed", an English community-interest-company line with its
company number "Snaithwold Community Media CIC · Registered in England and Wales, company no. 11843207", an English
RSS and WriteFreely credit "Subscribe via RSS · Proudly powered by WriteFreely", a French OVHcloud host line with
the director of publication "Hébergé par OVHcloud · Directeur de la publication : Armand Gaudricheux", a German
imprint row with the person responsible under the MStV "Impressum · Datenschutz · Verantwortlich i.S.d. § 18 Abs. 2
MStV: Gerlinde Wupperstall", an Italian court-registration line "Testata registrata presso il Tribunale di Lodi, n.
4/2019", a Polish WordPress, Astra and cyber_Folks credit "Strona zbudowana na WordPressie · Motyw: Astra · Hosting:
cyber_Folks" and a Russian media-registration line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано
Роскомнадзором"); reader-comment furniture (an English comment-policy line "Our comment policy: keep it civil, stay
on topic and no links to other sites.", an English like-reply-age row "Like (4) · Reply · 2h", an English
commenting-as-a-guest note "You are commenting as a guest. Log in to keep track of your replies.", a French
flagged-and-awaiting-moderation stub "Ce commentaire a été signalé et est en attente de modération.", a German
comments-are-checked-first note "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.", an Italian
reply-report-like row "Rispondi · Segnala · Mi piace (3)", a Polish most-popular-comments row "Najpopularniejsze
komentarze · Zobacz wszystkie (12)" and a Russian appears-after-moderation note "Ваш комментарий появится после
проверки модератором."); share rows (a French send-this-article row with SMS and Bluesky "Envoyer cet article par
SMS · Messenger · Bluesky", an Italian share-this-story sentence "Condividi questa storia su WhatsApp, Telegram o
via email" and a Polish pass-it-on row "Prześlij dalej: Messenger · Telegram · SMS"); and notices (an English
editor's note on changed names "Editor's note: the names of two volunteers have been changed at their request." and
a German first-appeared-in-print note "Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom Samstag.", both
in the body, and a Russian material-was-supplemented note "Материал дополнен 12 марта в 16:40: добавлен комментарий
главы поселения." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 198's docstring
does not describe (on the six portal pages, in ten blocks, the masthead with its tagline, the section menu and a
breadcrumb in one block of three at the very top, the breadcrumb last; the title alone in a block of one; the byline
with the date, the reading time and a share row alone in a block of three under the title; the first and second
paragraphs at the top of a block of four with the lead photo's caption and its credit after the second; an ad label
and a sponsored headline alone in a block of two between the second paragraph and the quote; the paragraph with the
quote at the top of a block of two with a newsletter prompt after it; the subheading and the three rows with a
read-also link between the first and second rows, inside the list block (a block of five); the two last paragraphs
at the top of a block of three with a tags line after them; a thread of five lines alone in a block (a comment
count, a comment, a reader's arrowed reply, the reporter's arrowed reply and a second reader's comment); and at the
foot a links row and the publisher's copyright line; on the six blog pages, in eight blocks, the blog name and the
menu in a block of two at the very top; the posted-on-by line and the reading time above the title and an
affiliate-links disclosure under it in one block of four, the title third; a table of contents (its heading and two
numbered entries) between the first and second paragraphs, inside their block (a block of five); the photo caption
above the paragraph with the quote and a Pinterest-first share row below it (a block of three); the subheading and
the three rows at the top of the list block with an affiliate link after the third row (a block of five); the two
last paragraphs in a block of four with a subscribe prompt between them and a plug for the author's workshops,
classes or courses after the second; a thread of five lines alone in a block (a comments heading with its count
quoting the post's title, a comment, the author's arrowed reply, a second reader's comment and the first commenter's
arrowed reply to it); and at the foot the author's copyright line and a platform-and-theme credit in a block of
two), taken from local news of the kinds the brief names (a toad crossing patrol on the lane, a red squirrel count
in the woods, the straw bear parade, sheepdog trials on the common, a dormouse nest-box survey, the old charter fair
revived) and from blogs about crumpets on a griddle, churros with chocolate, marzipan fruits, homemade ravioli,
falafel from dried chickpeas and paella over a wood fire.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 198 but what is named here), held-out set 199 (written at the same time by
another helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or
``git branch`` output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``.
Read were: the docstring of held-out set 198 up to and including its paragraph "Baseline", its imports and its tail
from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string
search), and the first paragraphs of the docstrings of sets 195, 196 and 197, printed with one ast script
(/tmp/s200scratch/peek.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s200scratch/helpers.py, with SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``,
printed as its dict value. All of these were read from the frozen worktree /tmp/wt-s200 (detached at the commit
named below); held_out_sets.py and the report script were printed from /work/main, which was at that same commit
(see note 1). The English fixture file itself was not opened. The import lines and the line binding the three tests
follow set 198's as printed, with 198 -> 200; /tmp/s200scratch/gen200.py writes this file from scratch files
(data200.py with the noise and keep lines, pages200.py with the pages, doc.txt with the docstring and, after the
measurement, tables200.py with the xfail tables and baseline.txt with the Baseline paragraph). Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s200,
detached at commit 28383f50d1d18338958cdda53b2b7e5e76985df7, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 00:12:51 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
28383f50d1d18338958cdda53b2b7e5e76985df7, the brief's commit; both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. To see that the worktrees were made
I ran ``ls /tmp/wt-s200 /tmp/wt-set200 | head``, which listed top-level names of the frozen worktree only
(README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests), not the files of the tests/ folder;
nothing of them was opened. (2) peek.py printed set 198's docstring paragraphs (split on blank lines) up to and
including the one starting "Baseline", set 198's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 195, 196 and 197. Its first run printed
to the terminal, which the tool cut in the middle (it showed set 195's first paragraph, the start of set 196's, and
the end, from inside set 198's "Slips and notes" paragraph to the end of the output, all allowed parts); the second
run went to /tmp/s200scratch/peek.out (516 lines, all of them allowed parts), of which I paged lines 125 to 360 with
``sed`` (in two pieces); nothing else of any set file was printed. helpers.py imports test_clean, which loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed; nothing was
installed. (3) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away
from them: no embed service named there (Flourish, Strava, Spotify, Twitch, Padlet, Google Forms, Player.pl, VK
Video, Buzzsprout, Canva, Yandex Music, Podbean, Datawrapper, Matterport, Instagram, Google Maps, Vimeo, Apple
Podcasts, Dzen, Audioboom, Genially, Ausha, Podigee, Spreaker, TVP VOD) is used for a held-out marker (Typeform,
Loom, Komoot, France.tv, ZDFmediathek, Mediaset Infinity, Polskie Radio and Kinopoisk are), and the failures are of
other kinds (a response limit, a workspace restriction, a map stuck loading, expired broadcast rights, an expired
availability period, registered users only, maintenance, an expired licence); the reading times avoid the phrasings
named there; the bylines are of new shapes (story and photographs, a Local Democracy Reporting Service credit,
propos recueillis par, opracowanie); the footers use hosts, builders and legal lines not named there (GitHub Pages
and Jekyll, a CIC company-number line, WriteFreely, OVHcloud with a directeur de la publication, a German MStV
imprint row, an Italian court registration, WordPress with Astra and cyber_Folks, a Russian media registration); the
plugs name eBay, willhaben, Wallapop, Youla and SDEK, none named there; the comment lines are a comment policy, a
like-reply-age row, a guest-commenting note, a flagged stub, a checked-before-publication note, a reply-report-like
row, a most-popular row and an after-moderation note; the share rows name SMS, Bluesky, Messenger, WhatsApp and
Telegram in new wordings; the notices are a changed-names note, a first-in-print note and an update note. Page
furniture (reading times such as "3 min read", "Lesezeit: 3 Minuten" and "Время чтения: 3 минуты", ad labels, share
rows, links rows, copyright lines, the Amazon, Allegro and Ozon affiliate links) is ordinary, not held-out, and some
of it is of common kinds; for the page credits I avoided the themes named in set 198's notes (Kadence, Neve,
GeneratePress, OceanWP, Blocksy and Twenty Twenty-Four are used). (4) Every invented name was checked with the
``find_string`` tool (exact string, case-insensitive, over public GitHub files). Names with hits were dropped and
replaced: Wickhollow (a game's village) and Brindlecote and Gossington (invented company and surnames elsewhere; the
pair Gossington Wyke had no hit but was dropped with it) before Toadwyke; Quibbleworth (a test surname) before
Wrabbleford; Hartwinkle (inside other words) before Gribblethorne; Zwiebelhuber (a surname) before Kesselstrunk;
Scarpinelli (a surname) before Sbrocchetti; Goitani (inside other words) and Zanfrognini (a surname) before
Brusaferrotti; Orzechowice (inside a surname) and Leszczyniec (a real village) before Leszczynowe Błota; Bukowczyk
(a surname) before Olchowiątek; Кривоборье (a real village) and Кривоборский (inside a surname) before Бересклетово
and Бересклетовский вестник; Горшенёва (a surname) and Кочедыкова (a surname) before Лыкошерстова; Кудрешов (a
surname) and Пустоцветов (a word) before Курдюмцев; Vadrouillet (inside other words) before Brivaudière; Bettinzoli
(a surname) before Scorzagnoli; Wrenfield (invented names elsewhere) and Thrushcombe, Pellingrove and Clattersby
(invented names elsewhere) before Fenstaple; Mallowby (an invented bakery and inside other words) before
Pimblecroft; Pelissou (a surname) before Gaudricheux; Hüttenkamp (inside a street name) before Wupperstall;
Puddlecombe (a game's town) and Nettlewick and Marrowdene (invented places elsewhere) were tried and dropped;
Brackwater Community Media (no hit, but Brackwater alone is in a list of invented names seen in a hit) before
Snaithwold Community Media; the handles Old_Harold (a game character) before HaroldOnTheGreen and Giuseppina_B
(inside a page name) before Pina_di_Valcorvesa. No hits for: Puddock Lane, Rosalind Ferncombe, DaveOnTheLane,
Crumpets at Number Nine, Toadwyke, Wrabbleford, Gribblethorne, Moirvaux, Aubertignac, Lanclumet, Les Dimanches de
Solenne, Brivaudière, Oberwaldmuth, Waldmuther, Rübsamkeller, Kesselstrunk, Süßes aus der Dachkammer, Lammertsdiek,
Valcorvesa, Sbrocchetti, Pellegrenzi, Brusaferrotti, Il Mattarello di Ilaria, Scorzagnoli, Leszczynowe Błota, Głos
Leszczynowych Błot, Krzewiątek, Olchowiątek, Ciecierzyca na Parapecie, Jaskółczak, Бересклетов, Бересклетовский
вестник, Лыкошерстов, Курдюмцев, Дымок над сковородой, Кедрищев, Fenstaple, Pimblecroft, Vauperlin, Mrzygłódka,
Gaudricheux, Wupperstall, Snaithwold and the handles HaroldOnTheGreen, Pina_di_Valcorvesa, Ewa_z_Leszczynowych,
Heidi_aus_Kiel and Ola_gotuje. Bare first names and common names and handles of commenters (Gwen_T, Bryony K., Neil
from Hull, Mathilde_R, Jean-Paul V., Bernard45, Odile_M, Thierry B., Hanne_W, Lothar K., Schorsch63, Karsten R.,
Franco M., Aldo71, Rosaria_P, Gianni C., Staszek, Krzysiek_77, Paweł K., Людмила_К, Сергей П., Николай_В, Ирина_Л,
Дмитрий_Г) were not checked, and real places (Somerset, Madrid, Graz, Lodi, Brescia, Berlin, Poznań, Valencia, Tver,
Hull) and services are named as real pages do. (5) Checks run with small scripts before the measurement
(/tmp/s200scratch/check.py and checks on the written file): the counts by category, language and place of the lines
and keep lines, 10 article and 20 noise lines on every page, the block shapes, no duplicate line, no at-sign, no
line of the file over 120 columns, the file read back (its lists equal the scratch data), and no noise line inside
another line of any page or inside any held-out or keep line (case-insensitive). That check found two: the German
portal's ad label "Anzeige" inside the German held-out plug (first "... auf Kleinanzeigen, Versand mit DHL oder
Abholung in Lüneburg.", reworded to the willhaben plug) and the German portal's comment count (first "5 Kommentare")
inside the German blog's comments heading ("5 Kommentare zu ...", the count changed to "6 Kommentare"); after that
it found none. Earlier, while drafting, I avoided "Publicité", "Pubblicità" and "Реклама" in the links rows of the
French, Italian and Russian portals (they are those pages' ad labels) and the word "Pubblicità" at the start of the
Italian keep line. The blogs' comment headings quote the post's title (the title is inside a noise line, not the
other way round), as WordPress prints them. (6) The measurement: ``date`` printed Mon Dec 7 00:19:37 UTC 2026 right
before the one run of the two commands of the Baseline paragraph, on the file final but for the empty xfail tables,
this note and the Baseline paragraph; the problems of each failing case were then printed with ``_problems``
(/tmp/s200scratch/probs.py, with /tmp/wt-s200/src and /tmp/wt-s200/tests on the path), and the 16 failing cases (10
noise lines and 6 pages) were written into the three tables; the final file was checked again with the pytest
command in /tmp/wt-s200 (see the Baseline paragraph). The work took about ten minutes by ``date`` from the start to
the commit, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from village and parish reports that open with or hold a
noise-like word ("Comments from walkers on the bridleway ...", "Share capital raised for the new village shop ...",
"Following the hedge survey ...", "Subscriptions to the allotment society ...", "Copyright lawyers told the heritage
group ...", "Advertising the fair in the neighbouring villages ...", "Reading aloud from the charter of 1281 ...",
"Commentant les résultats du comptage ...", "Partagé entre deux communes ...", "Abonnés au car scolaire ...",
"Kommentarlos nahm der Gemeinderat ...", "Abonniert hatte der Verein ...", "Urheberrechtlich geschützt sind ...",
"Commentando i dati ...", "Seguire le pecore ...", "Pubblicizzare la fiera ...", "Udostępniona przez gminę świetlica
...", "Komentując wyniki liczenia ...", "Подписчики районной газеты ..." and "Комментируя итоги переписи ..."): each
is a full sentence with a subject, a verb and a fact of a local story, so article. Borderline categories: the plugs
(eBay, willhaben, Wallapop, Youla-and-SDEK) are bylines and self-promotion, at the foot, since they sell the
author's wares in the author's voice; the story-and-photographs, LDRS, propos-recueillis and opracowanie lines are
bylines; the GitHub Pages, CIC, WriteFreely, OVHcloud-and-director, Impressum-MStV, court-registration, cyber_Folks
and media-registration lines are footers (they speak of the site or the publisher, not of the article; the French
director of publication and the German MStV row name a person, but as the publisher's legally required contact, not
as the article's author); the comment policy, the like-reply-age row, the guest note, the flagged stub, the
checked-first note, the reply-report-like row, the most-popular row and the after-moderation note are comment
furniture; the French, Italian and Polish rows are share rows (the Italian one is a sentence but a link row of the
share buttons); the English changed-names note and the German first-in-print note are notices in the body (both
speak of the article they sit in), and the Russian update note is a notice at the foot (it speaks of this material;
not a footer, since it is printed under this article only). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads with taglines, menus, breadcrumbs, bylines with dates, reading times, share rows,
captions and credits, ad labels, sponsored headlines, newsletter prompts, read-also links, tags lines, comment
counts, comments and replies, links rows, copyright lines, blog names, posted-on lines, affiliate disclosures and
links, tables of contents, subscribe prompts, plugs and platform credits) is noise. The list rows (how the toad
patrol works, how the squirrels and dormice were counted, how the straw bear's day ran, the trial's three tasks,
what was at the fair, and what goes into the crumpets, the churros, the marzipan fruits, the ravioli, the falafel
and the paella) are short but part of each article, so article; the portals' read-also links are noise though they
sit between the first and second list rows; the portals' ad label and sponsored headline are noise though they sit
alone between the second paragraph and the quote; the portals' captions and credits are noise though they sit in the
block of the first two paragraphs; the blogs' tables of contents are noise though they sit between the first and
second paragraphs; the blogs' photo captions are noise though they sit right above the quote; the blogs' affiliate
links name a tool the author used but are shop links, so noise though they sit after the third list row; the blogs'
subscribe prompts are noise though they sit between the two last paragraphs; the plugs ("I run crumpet and muffin
mornings in my kitchen once a month – dates are on the Workshops page." and the like) speak in the author's voice
but advertise, so noise; the arrowed replies in the threads are comment furniture, so noise; the bare bylines
"Danuta Krzewiątek | 22 września 2026, 10:30" and "Алевтина Лыкошерстова | 14 октября 2026, 17:50" and the posted-on
lines are page furniture; the one-word table-of-contents headings ("Table of contents", "Sommaire",
"Inhaltsverzeichnis", "Indice dei contenuti", "Spis treści", "Содержание") and their numbered entries are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6,
de 6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in
English but reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by
place head 11 (the seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight
markers and two notices: English and German), tail 24 (four plugs: an English, a German, an Italian and a Russian
one, eight footers, eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3,
it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-toadwyke-toad-patrol (a toad crossing patrol on Puddock Lane), en-blog-crumpets-at-number-nine (crumpets
with proper holes on a cast-iron griddle), fr-portail-moirvaux-ecureuils-roux (a red squirrel count in the Garenne
wood), fr-blog-dimanches-de-solenne-churros (churros with thick hot chocolate), de-portal-oberwaldmuth-strohbaer
(the straw bear parade revived after forty years), de-blog-dachkammer-marzipanfruechte (marzipan fruits shaped and
painted by hand), it-portale-valcorvesa-cani-da-pastore (sheepdog trials on the common meadow),
it-blog-mattarello-di-ilaria-ravioli (homemade ricotta and spinach ravioli), pl-portal-leszczynowe-bloty-orzesznice
(a hazel dormouse nest-box survey), pl-blog-ciecierzyca-na-parapecie-falafel (falafel from dried, soaked chickpeas),
ru-portal-bereskletovo-yarmarka (the Pokrov charter fair of 1768 revived) and ru-blog-dymok-nad-skovorodoy-paelya
(paella over a wood fire at the dacha), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 28383f50d1d18338958cdda53b2b7e5e76985df7, measured with ``cd /tmp/wt-s200 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s200/src python -m pytest -q tests/test_clean_held_out_200.py
-rA -p no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s200 && PYTHONPATH=/tmp/wt-s200/src python
scripts/clean_held_out_report.py --sets 200``, with the xfail tables empty, at 00:19:37 UTC by ``date``): noise
lines removed 35/45 (marker 4/8, reading-time 6/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the
10 missed lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Typeform,
German ZDFmediathek, Polish Polskie Radio and Russian Kinopoisk lines), one reading time at the head (the English
you'll-need line), one byline at the head (the English story-and-photographs line) and one plug at the foot (the
German willhaben plug), two comment lines at the foot (the English comment policy and the French flagged stub) and
one notice in the body (the English editor's note on changed names); the English Loom and Komoot, French France.tv
and Italian Mediaset Infinity markers, the other six reading times, the LDRS, propos-recueillis and opracowanie
bylines at the head and the eBay, Wallapop and Youla plugs at the foot, all eight footers, the other six comment
lines, every share row and the German first-in-print and Russian update notices went); keep lines kept 20/20; pages
6/12 clean, 18 of 240 page noise lines left and 0 of 120 article lines lost. Clean: all six portal pages (toad
patrol, red squirrels, straw bear, sheepdog trials, dormice, charter fair). Left, all on the blog pages: on the
English crumpets blog the photo caption above the quote and the subscribe prompt between the two last paragraphs
(2); on the French churros blog the photo caption and the plug for the author's workshops after the last paragraph
(2); on the German marzipan blog the photo caption, the subscribe prompt and the plug for the author's courses (3);
on the Italian ravioli blog the photo caption, the affiliate link after the third list row and the plug for the
author's courses (3); on the Polish falafel blog the photo caption and the plug for the author's workshops (2); on
the Russian paella blog the table of contents (its heading and two entries) between the first and second paragraphs,
the photo caption, the affiliate link and the plug for the author's classes (6). Lost: no page and no keep line
loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s200 gave 61 passed, 16 xfailed, no XPASS.

Measured after round 130 (developed on sets 197 and 198 from 28383f5, the same cleaner this set was written against,
with the lead's mend c4a0db5; measured on it blind by the lead with test_clean._problems of every case before and
after): two pages moved, none cleaned. The Italian ravioli and Russian paella blogs' affiliate links after the third
list row go (round 130's shop pointer between list rows, "a questo link" and "вот ссылка" counting as its "here"); the
two reasons are reworded. Every blog keeps its photo caption and its plug for the author's courses after the last
paragraph, the English and German blogs their subscribe prompts, the Russian blog its two-entry table of contents. Noise
lines 35 of 45, keep 20 of 20, pages clean 6 of 12, page noise lines left 18 -> 16 of 240, article lines lost 0 of 120.

Round 131 (development; this set was read in full from this round on): developed on sets 199 and 200 from 6d4595d; the
rules were committed in c5b7181 and reverted on the round's branch, because the full cleaning test set could not be run
on them before the round closed (the shared machine ran at a load of five to six); the lead integrated c5b7181 with
mends and ran the gates (the next paragraph). Measured with test_clean._problems of every case: Fixed: the writer's plug
after the last paragraph with no sign-off above it (page_blocks._mark_writers_offer_at_end, see set 199's Round 131
paragraph): the six blogs' plugs for the author's courses, workshops and classes go, and the German willhaben plug line
at the foot (its line xfail removed); the subscribe call whose object comes by e-mail ("Subscribe to get new bakes by
email every Sunday morning.": the join-to-get branch of whole_line_noise's newsletter prompts takes "by e-mail" as its
object); the German imperative of missing nothing after the newsletter ("Abonniere meinen Newsletter und verpasse kein
neues Rezept.": "verpasse kein ..." beside "kein ... verpassen"); the Russian two-entry contents under the first
paragraph in its block over the paragraph closing the block (clean._mark_tables_of_contents: round 128's
_toc_over_paragraph_closing_block read under the first paragraph too; round 101's bare "Indice" under a later paragraph
and the lead's "Au programme :" still stay). Still missed: the six blogs' photo captions (not attempted, item 5 of the
brief), the four body markers (Typeform, ZDFmediathek, Polskie Radio, Kinopoisk), the you'll-need reading time, the
story-and-photographs byline, the comment policy, the flagged stub and the editor's note. This set's figures before ->
after: noise lines 35 -> 36 of 45 (byline 6 -> 7 of 8; marker 4/8, reading-time 6/7, footer 8/8, comments 6/8, share
3/3, notice 2/3 unchanged), keep 20 of 20, pages clean 6 of 12 (every blog still keeps its caption), page noise lines
left 16 -> 6 of 240, article lines lost 0 of 120. Reasons reworded: the six blogs' (each keeps its photo caption only).
The gates on the rules as the round left them: SemEval 0 changed files of 3723; the held-out report of sets 10 to 99
lost no article line.

Lead's integration after round 131: c5b7181 cherry-picked onto 6d4595d with two mends, 6237792 (the plug's opening verb
must be one of offering in the first person, and "mois" is no "moi": a portal's last lines such as "Выставку можно
посетить ..." were lost) and e7fa7e8 (noise_patterns.READER reads no reader in "rendez-vous": set 155's French portal
had lost its last paragraph), and 57e189c (41 stale line xfails of 34 earlier sets, writers' plugs at the foot that
round 131's reading now takes, removed). This set's figures are those above. Held-out report over sets 10-200 at
e7fa7e8: 7,846 of 8,671 lines, 3,847 of 3,847 kept, 1,313 of 2,278 pages clean, 1,833 page lines left, 2 lost (set
86's); SemEval 0 of 3,723 changed against 28383f5's dump; bench_clean ratio 0.83 against 28383f5 on a machine shared
with a test run; the test run is docs/cleaning.md's (Session 47).

Lead's third mend after round 131 (bd04240): a fresh clone's test command failed three round-101 tests of
tests/test_clean.py, so round 131's contents reading under the first paragraph is reverted (it took round 101's near
miss "Contents" / "1. A hammer" / "2. A lens" / "Both fit in the pocket of my coat ..."), and the plug reading wants an
offer in the present ("I ran the course for ten years – ..." stays) and sets aside quoted page names of three words at
most ("„I sell my old records on eBay“, sagte der Sammler." is speech). The Russian paella blog keeps its contents
again: page noise lines left 6 -> 9 of 240; the other figures above are unchanged.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_200_LINES: list[tuple[str, str, str]] = [
    ('body',
     'The Typeform embedded here has reached its monthly response limit and cannot take new entries.',
     'marker'),
    ('body',
     'Loom recording unavailable – the video owner has restricted viewing to members of their workspace.',
     'marker'),
    ('body',
     'The Komoot route map is still loading… if nothing appears after a few seconds, reload the page.',
     'marker'),
    ('body', 'Vidéo France.tv indisponible : les droits de diffusion de ce programme ont expiré.', 'marker'),
    ('body', 'ZDFmediathek-Video nicht mehr abrufbar: Die Verweildauer ist abgelaufen.', 'marker'),
    ('body',
     'Contenuto di Mediaset Infinity non disponibile: il video è visibile solo agli utenti registrati.',
     'marker'),
    ('body', 'Nagranie z Polskiego Radia jest chwilowo niedostępne – trwają prace techniczne.', 'marker'),
    ('body', 'Трейлер с Кинопоиска недоступен: истёк срок действия лицензии.', 'marker'),
    ('head', 'Read time: 4 mins', 'reading-time'),
    ('head', "You'll need about 7 minutes for this one (longer if you stop for the photos)", 'reading-time'),
    ('head', 'Lecture : 4 min', 'reading-time'),
    ('head', '4 Minuten Lesezeit', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 minuti', 'reading-time'),
    ('head', 'Czas czytania: ok. 4 min', 'reading-time'),
    ('head', '4 минуты на чтение', 'reading-time'),
    ('head', 'Story and photographs by Gideon Fenstaple', 'byline'),
    ('head', 'By Hester Pimblecroft, Local Democracy Reporting Service', 'byline'),
    ('head', 'Propos recueillis par Ghislaine Vauperlin', 'byline'),
    ('head', 'Opracowanie: Halina Mrzygłódka', 'byline'),
    ('tail', 'I sell hand-forged griddle scrapers on eBay – UK buyers only, posted second class.', 'byline'),
    ('tail',
     'Meine Marzipanformen aus Holz verkaufe ich auf willhaben, Versand mit der Post oder Abholung in Graz.',
     'byline'),
    ('tail',
     'Le mie rotelle per ravioli in ottone le vendo su Wallapop, con spedizione in tutta Italia.',
     'byline'),
    ('tail', 'Формы для выпечки продаю через Юлу, отправляю СДЭКом по всей России.', 'byline'),
    ('tail', 'Hosted on GitHub Pages · Built with Jekyll · RSS feed', 'footer'),
    ('tail', 'Snaithwold Community Media CIC · Registered in England and Wales, company no. 11843207', 'footer'),
    ('tail', 'Subscribe via RSS · Proudly powered by WriteFreely', 'footer'),
    ('tail', 'Hébergé par OVHcloud · Directeur de la publication : Armand Gaudricheux', 'footer'),
    ('tail', 'Impressum · Datenschutz · Verantwortlich i.S.d. § 18 Abs. 2 MStV: Gerlinde Wupperstall', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Lodi, n. 4/2019', 'footer'),
    ('tail', 'Strona zbudowana na WordPressie · Motyw: Astra · Hosting: cyber_Folks', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Our comment policy: keep it civil, stay on topic and no links to other sites.', 'comments'),
    ('tail', 'Like (4) · Reply · 2h', 'comments'),
    ('tail', 'You are commenting as a guest. Log in to keep track of your replies.', 'comments'),
    ('tail', 'Ce commentaire a été signalé et est en attente de modération.', 'comments'),
    ('tail', 'Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.', 'comments'),
    ('tail', 'Rispondi · Segnala · Mi piace (3)', 'comments'),
    ('tail', 'Najpopularniejsze komentarze · Zobacz wszystkie (12)', 'comments'),
    ('tail', 'Ваш комментарий появится после проверки модератором.', 'comments'),
    ('tail', 'Envoyer cet article par SMS · Messenger · Bluesky', 'share'),
    ('tail', 'Condividi questa storia su WhatsApp, Telegram o via email', 'share'),
    ('tail', 'Prześlij dalej: Messenger · Telegram · SMS', 'share'),
    ('body', "Editor's note: the names of two volunteers have been changed at their request.", 'notice'),
    ('body', 'Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom Samstag.', 'notice'),
    ('tail', 'Материал дополнен 12 марта в 16:40: добавлен комментарий главы поселения.', 'notice'),
]

HELD_OUT_200_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comments from walkers on the bridleway helped the patrol decide which stretch of the lane to close at '
     'night.'),
    ('head',
     'Share capital raised for the new village shop cooperative reached eleven thousand pounds in its first '
     'month.'),
    ('body',
     'Following the hedge survey, the parish council agreed to leave the verges uncut until the end of August.'),
    ('body', 'Subscriptions to the allotment society rose by a third after the open day in May.'),
    ('tail', 'Copyright lawyers told the heritage group that the old postcards could be reprinted in its booklet.'),
    ('tail',
     'Advertising the fair in the neighbouring villages cost the committee less than forty pounds in posters.'),
    ('tail', 'Reading aloud from the charter of 1281, the mayor declared the fair open at noon on Saturday.'),
    ('head', "Commentant les résultats du comptage, le garde forestier a parlé d'une année encourageante."),
    ('body', 'Partagé entre deux communes, le sentier sera entretenu à tour de rôle par les bénévoles.'),
    ('tail', "Abonnés au car scolaire, une quarantaine d'élèves devront changer d'arrêt à la rentrée."),
    ('head', 'Kommentarlos nahm der Gemeinderat den Bericht über die neuen Krötenzäune zur Kenntnis.'),
    ('body',
     'Abonniert hatte der Verein den Reisebus schon im Winter, damit alle Helfer zum Wettbewerb fahren können.'),
    ('tail', 'Urheberrechtlich geschützt sind die alten Fotos des Umzugs nicht mehr, sagt der Ortschronist.'),
    ('head',
     'Commentando i dati, la guardia forestale ha parlato di un anno incoraggiante per gli scoiattoli rossi.'),
    ('tail', 'Seguire le pecore sul prato comunale non è facile, ammette il pastore più anziano della gara.'),
    ('tail', 'Pubblicizzare la fiera nei paesi vicini è costato alla pro loco meno di cento euro.'),
    ('head', 'Udostępniona przez gminę świetlica posłuży wolontariuszom jako punkt zbiórki przy liczeniu ropuch.'),
    ('body', 'Komentując wyniki liczenia, leśniczy mówił o bardzo dobrym roku dla wiewiórek.'),
    ('head', 'Подписчики районной газеты первыми узнали о возвращении старинной ярмарки.'),
    ('tail', 'Комментируя итоги переписи, лесничий назвал этот год удачным для белок.'),
]

HELD_OUT_200_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-toadwyke-toad-patrol', [
        ['-The Toadwyke Courier – news for the village and its three hamlets',
         "-Home | News | Nature | Parish council | What's on | Contact",
         '-Home › News › Nature'],
        ['+Volunteers with torches help 600 toads across Puddock Lane'],
        ['-By Tamsin Wrabbleford, 14 March 2026, 7.45am',
         '-3 min read',
         '-Share on Facebook · Share on X · WhatsApp · Email'],
        ['+For three weeks every spring, the toads of Toadwyke leave the beech wood and cross Puddock Lane to '
         'spawn in the millpond.',
         '+This year a rota of 28 volunteers walked the lane with buckets and torches from dusk until ten '
         "o'clock each night.",
         '-Patrol members lift toads into buckets at the bottom of Puddock Lane.',
         '-Photo: Toadwyke Toad Patrol'],
        ['-Advertisement',
         '-Sponsored: The garden gadget every Somerset gardener is talking about'],
        ['+"On the wettest nights we counted more toads in an hour than we used to see in a month," said patrol '
         'leader Rosalind Ferncombe.',
         "-Get the Courier's free newsletter in your inbox every Friday – sign up here"],
        ['+How the patrol works',
         '+Volunteers sign up for a two-hour slot on the village hall noticeboard.',
         '-Read more: Hedgehog highway opens under the school fence',
         '+Each toad is carried across in a bucket and counted at the pond gate.',
         "+Drivers are asked to use the main road between dusk and ten o'clock."],
        ['+The final tally was 612 toads carried across and 41 found dead on the tarmac, fewer than last year.',
         '+The parish council will ask the county to put up permanent toad warning signs before next spring.',
         '-Tags: toads, wildlife, Puddock Lane, volunteers'],
        ['-4 comments',
         "-Gwen_T: Brilliant work, we went round by the main road all week and didn't mind a bit.",
         '-↳ DaveOnTheLane: Same here, the kids loved helping on Saturday night.',
         '-↳ Tamsin Wrabbleford (reporter): Thanks both, the patrol says new volunteers are always welcome.',
         '-HaroldOnTheGreen: Could the council not just close the lane for the three weeks?'],
        ['-About us · Advertise with us · Privacy policy · Contact the newsroom',
         '-© 2026 Toadwyke Courier. All rights reserved.'],
    ]),
    _page('en', 'en-blog-crumpets-at-number-nine', [
        ['-Crumpets at Number Nine',
         '-Home · Recipes · Bakes · About me · Contact'],
        ['-Posted on 7 February 2026 by Posy Gribblethorne in Baking',
         '-Reading time: 6 minutes',
         '+Proper crumpets on a cast-iron griddle, at last',
         '-This post contains affiliate links; if you buy through them I may earn a small commission.'],
        ['+After four flat, rubbery batches last winter, I finally made crumpets with the deep holes and the '
         'chewy bottom I remember.',
         '-Table of contents',
         '-1. Why the batter needs two rises',
         '-2. Cooking them on the griddle',
         '+The secret turned out to be a very wet batter and a second, short rise after adding bicarbonate of '
         'soda.'],
        ['-The crumpet rings greased and warming on the griddle.',
         '+My gran always said, "If the holes don\'t come through to the top, the griddle is too hot," and she '
         'was right again.',
         '-Pin it · Share on Facebook · Email'],
        ['+What you need',
         '+Strong white flour, dried yeast, warm milk and water, and a pinch of sugar.',
         '+Half a teaspoon of bicarbonate of soda mixed into a little warm water.',
         '+Four greased metal rings and a heavy griddle or frying pan.',
         '-The crumpet rings I use are these ones on Amazon.'],
        ['+Cook them on a low heat for about eight minutes, until the tops are set and full of holes, then flip '
         'them for one minute.',
         '-Subscribe to get new bakes by email every Sunday morning.',
         '+Eat them straight away with lots of butter, or toast them the next day, which is even better.',
         '-I run crumpet and muffin mornings in my kitchen once a month – dates are on the Workshops page.'],
        ['-6 thoughts on "Proper crumpets on a cast-iron griddle, at last"',
         '-Bryony K.: Mine finally had holes! The bicarb trick really works.',
         '-↳ Posy Gribblethorne: Hooray, so glad to hear it, Bryony.',
         '-Neil from Hull: Can I use plain flour instead of strong flour?',
         '-↳ Bryony K.: I did with half and half and they were fine.'],
        ['-© 2026 Posy Gribblethorne. All words and photos are my own.',
         '-Powered by WordPress · Theme: Kadence'],
    ]),
    _page('fr', 'fr-portail-moirvaux-ecureuils-roux', [
        ["-L'Écho de Moirvaux – l'actualité du canton, chaque jour",
         '-Accueil | Actualités | Nature | Vie locale | Agenda | Contact',
         '-Accueil › Actualités › Nature'],
        ['+Comptage des écureuils roux : 74 animaux recensés dans le bois de la Garenne'],
        ['-Par Clémence Aubertignac, le 9 mars 2026 à 18 h 05',
         '-Temps de lecture : 3 min',
         '-Partager : Facebook · X · E-mail'],
        ['+Samedi matin, une trentaine de bénévoles ont parcouru le bois de la Garenne pour le comptage annuel '
         'des écureuils roux.',
         '+Répartis en six équipes, ils ont suivi des itinéraires fixes et noté chaque animal vu ou entendu '
         'pendant trois heures.',
         "-Un écureuil roux photographié près de l'étang de la Garenne.",
         '-Photo : Association Moirvaux Nature'],
        ['-Publicité',
         '-Contenu sponsorisé : ces fenêtres qui font baisser la facture de chauffage'],
        ["+« Nous n'en avions jamais compté autant depuis le premier recensement en 2011 », se réjouit Hervé "
         'Lanclumet, le garde forestier.',
         '-Recevez notre newsletter locale chaque matin : inscrivez-vous gratuitement'],
        ['+Comment se déroule le comptage',
         '+Chaque équipe suit un itinéraire balisé de deux kilomètres.',
         "-À lire aussi : Les hérons sont de retour sur l'étang communal",
         "+Les observations sont notées sur une fiche avec l'heure et le lieu.",
         '+Les noisettes rongées trouvées au sol sont aussi relevées.'],
        ["+Au total, 74 écureuils roux ont été recensés, contre 52 l'an dernier, et aucun écureuil gris n'a été "
         'signalé.',
         "+L'association prévoit d'installer des passerelles de cordes au-dessus de la route départementale dès "
         'cet été.',
         '-Mots-clés : écureuils, nature, bénévolat, bois de la Garenne'],
        ['-3 commentaires',
         '-Mathilde_R : Super nouvelle, on en voit souvent au fond de notre jardin.',
         '-↳ Jean-Paul V. : Chez nous aussi, surtout près des noyers.',
         "-↳ Clémence Aubertignac (rédaction) : Merci pour vos témoignages, l'association les recense aussi.",
         '-Bernard45 : Et pour les passerelles, qui paie ?'],
        ['-Mentions légales · Confidentialité · Annonceurs · Nous contacter',
         "-© 2026 L'Écho de Moirvaux – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-dimanches-de-solenne-churros', [
        ['-Les Dimanches de Solenne',
         '-Accueil · Recettes · Desserts · À propos · Contact'],
        ['-Publié le 2 février 2026 par Solenne dans Desserts',
         '-Temps de lecture : 5 min',
         '+Des churros maison avec leur chocolat chaud épais',
         '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
         'commission.'],
        ["+Depuis un voyage à Madrid, je rêvais de refaire les churros croustillants qu'on trempe dans un "
         'chocolat presque solide.',
         '-Sommaire',
         '-1. La pâte à churros',
         "-2. Le chocolat à l'espagnole",
         "+La pâte est toute simple : de l'eau bouillante, de la farine et une pincée de sel, sans œufs ni "
         'beurre.'],
        ['-Les churros encore fumants, roulés dans le sucre.',
         "+Mon voisin espagnol m'a prévenue : « Si l'huile n'est pas assez chaude, les churros boivent tout et "
         'deviennent mous. »',
         '-Épingler sur Pinterest · Partager sur Facebook · E-mail'],
        ["+Ce qu'il vous faut",
         "+250 g de farine, 250 ml d'eau bouillante et une pincée de sel.",
         "+Une poche à douille munie d'une grosse douille cannelée.",
         '+Du chocolat noir, du lait entier et une cuillère de fécule de maïs.',
         "-La poche à douille que j'utilise est disponible sur Amazon."],
        ["+Faites frire les churros quelques minutes dans une huile à 180 °C, jusqu'à ce qu'ils soient bien "
         'dorés.',
         '-Abonnez-vous pour recevoir mes nouvelles recettes chaque dimanche.',
         "+Servez-les tout de suite avec le chocolat, c'est là qu'ils sont les meilleurs.",
         '-Je donne des ateliers churros et crêpes chez moi, les dates sont sur la page Ateliers.'],
        ['-7 commentaires sur « Des churros maison avec leur chocolat chaud épais »',
         '-Odile_M : Testé ce week-end, un vrai succès auprès des enfants !',
         '-↳ Solenne : Merci Odile, ravie que ça ait plu !',
         '-Thierry B. : On peut les cuire au four pour éviter la friture ?',
         "-↳ Odile_M : J'ai essayé, c'est moins bon, mais ça reste mangeable."],
        ['-© 2026 Solenne Brivaudière – Tous droits réservés',
         '-Propulsé par WordPress · Thème Neve'],
    ]),
    _page('de', 'de-portal-oberwaldmuth-strohbaer', [
        ['-Waldmuther Bote – Ihre Heimatzeitung seit 1949',
         '-Startseite | Lokales | Vereine | Kultur | Sport | Kontakt',
         '-Startseite › Lokales › Brauchtum'],
        ['+Strohbär zieht wieder durch Oberwaldmuth'],
        ['-Von Irmgard Kesselstrunk | 17.02.2026, 16:20 Uhr',
         '-Lesezeit: 3 Minuten',
         '-Teilen: Facebook · WhatsApp · X · E-Mail'],
        ['+Zum ersten Mal seit über vierzig Jahren ist am Fastnachtsdienstag wieder ein Strohbär durch '
         'Oberwaldmuth gezogen.',
         '+Der junge Mann im Strohkostüm wurde, wie früher, an einer Kette von zwei Treibern von Haus zu Haus '
         'geführt.',
         '-Der Strohbär und seine Treiber vor dem alten Rathaus.',
         '-Foto: Irmgard Kesselstrunk'],
        ['-Anzeige',
         '-Gesponsert: So sparen Hausbesitzer jetzt bei der Heizung'],
        ['+„Meine Großmutter hat mir erzählt, wie der Bär früher die Mädchen erschreckt hat“, sagt Gottfried '
         'Rübsamkeller vom Heimatverein.',
         '-Den Waldmuther Boten als Newsletter: jeden Morgen kostenlos in Ihr Postfach'],
        ['+So lief der Umzug ab',
         '+Am Morgen wurde der Bär in der Scheune des Heimatvereins mit Erbsenstroh eingebunden.',
         '-Lesen Sie auch: Narrenbaum am Dorfplatz aufgestellt',
         '+Gegen Mittag zog der Umzug mit Blasmusik vom Rathaus zur Kirche.',
         '+Am Abend wurde das Stroh auf dem Festplatz verbrannt.'],
        ['+Rund 300 Zuschauer säumten die Straßen, viele mit Kindern, die den Bären zum ersten Mal sahen.',
         '+Der Heimatverein will den Brauch nun jedes Jahr pflegen und sucht schon Freiwillige für das nächste '
         'Kostüm.',
         '-Schlagwörter: Fastnacht, Brauchtum, Heimatverein, Strohbär'],
        ['-6 Kommentare',
         '-Hanne_W: Endlich wieder! Als Kind hatte ich immer Angst vor dem Bären.',
         '-↳ Lothar K.: Ich auch, aber schön war es trotzdem.',
         '-↳ Irmgard Kesselstrunk (Redaktion): Danke für Ihre Erinnerungen, gern mehr davon!',
         '-Schorsch63: Nächstes Jahr bitte etwas später am Tag, dann können auch die Berufstätigen kommen.'],
        ['-Impressum · Datenschutz · Mediadaten · Kontakt',
         '-© 2026 Waldmuther Bote. Alle Rechte vorbehalten.'],
    ]),
    _page('de', 'de-blog-dachkammer-marzipanfruechte', [
        ['-Süßes aus der Dachkammer',
         '-Start · Rezepte · Pralinen · Über mich · Kontakt'],
        ['-Veröffentlicht am 5. Dezember 2025 von Friederike in Konfekt',
         '-Lesedauer: 5 Minuten',
         '+Marzipanfrüchte selbst gemacht, Stück für Stück',
         '-Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, erhalte ich eine kleine Provision.'],
        ['+Jedes Jahr vor Weihnachten bewundere ich beim Konditor die kleinen Äpfel, Birnen und Erdbeeren aus '
         'Marzipan.',
         '-Inhaltsverzeichnis',
         '-1. Die Marzipanmasse',
         '-2. Formen und Bemalen',
         '+Dieses Jahr habe ich es selbst versucht, mit Rohmasse, Puderzucker und Lebensmittelfarbe.'],
        ['-Die fertigen Früchtchen trocknen über Nacht auf Backpapier.',
         '+Meine Oma sagte immer: „Marzipan verzeiht alles, nur keine warmen Hände.“',
         '-Merken auf Pinterest · Teilen · E-Mail'],
        ['+Das brauchst du',
         '+200 g Marzipanrohmasse und 100 g gesiebten Puderzucker.',
         '+Pastenfarben in Rot, Gelb, Grün und Braun.',
         '+Gewürznelken für die Stiele und eine feine Reibe für die Schale.',
         '-Die Pastenfarben, die ich verwende, findest du hier bei Amazon.'],
        ['+Forme die Früchte klein, etwa so groß wie eine Haselnuss, und bemale sie erst, wenn sie etwas '
         'angetrocknet sind.',
         '-Abonniere meinen Newsletter und verpasse kein neues Rezept.',
         '+In einer Blechdose halten sie sich gut drei Wochen, wenn sie jemand so lange stehen lässt.',
         '-Meine Marzipankurse in der Volkshochschule findest du unter „Termine“.'],
        ['-5 Kommentare zu „Marzipanfrüchte selbst gemacht, Stück für Stück“',
         '-Heidi_aus_Kiel: Wie süß! Die Erdbeeren mit den Nelken sind genial.',
         '-↳ Friederike: Danke dir, Heidi, die sind auch meine Lieblinge.',
         '-Karsten R.: Geht das auch mit selbst gemachter Mandelmasse?',
         '-↳ Heidi_aus_Kiel: Ja, hab ich letztes Jahr gemacht, klappt gut.'],
        ['-© 2026 Friederike Lammertsdiek · Alle Rechte vorbehalten',
         '-Betrieben mit WordPress · Theme: GeneratePress'],
    ]),
    _page('it', 'it-portale-valcorvesa-cani-da-pastore', [
        ['-La Voce di Valcorvesa – notizie dal paese e dalla valle',
         '-Home | Cronaca | Ambiente | Eventi | Sport | Contatti',
         '-Home › Cronaca › Eventi'],
        ['+Cani da pastore in gara sul prato comunale di Valcorvesa'],
        ['-di Loredana Sbrocchetti | 12 aprile 2026, ore 19:10',
         '-Tempo di lettura: 3 minuti',
         '-Condividi: Facebook · WhatsApp · X · Email'],
        ['+Domenica il prato comunale di Valcorvesa ha ospitato la prima gara di cani da pastore della valle.',
         '+Quattordici conduttori, arrivati anche dalle province vicine, si sono sfidati con i loro border '
         'collie e pastori bergamaschi.',
         '-Un border collie guida tre pecore verso il recinto finale.',
         '-Foto: Loredana Sbrocchetti'],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: le caldaie a condensazione convengono ancora?'],
        ['+"Il cane deve capire il gregge prima ancora di muoverlo", ha spiegato Ottavio Pellegrenzi, pastore '
         "da quarant'anni.",
         '-Iscriviti alla newsletter della Voce: le notizie del paese ogni mattina'],
        ['+Le prove della gara',
         '+Raccogliere cinque pecore in fondo al prato.',
         '-Leggi anche: Torna la transumanza lungo la vecchia mulattiera',
         '+Farle passare tra due coppie di paletti senza dividerle.',
         '+Chiuderle nel recinto entro otto minuti.'],
        ['+Ha vinto Mirella Brusaferrotti con la sua cagna Luna, che ha chiuso il recinto con quasi due minuti '
         'di anticipo.',
         '+La pro loco spera di ripetere la gara ogni anno, magari in occasione della festa di San Martino.',
         '-Tag: cani da pastore, gara, prato comunale'],
        ['-4 commenti',
         '-Pina_di_Valcorvesa: Bellissima giornata, complimenti agli organizzatori!',
         '-↳ Franco M.: Concordo, e le pecore erano tranquillissime.',
         '-↳ Loredana Sbrocchetti (redazione): Grazie, le foto complete sono nella gallery.',
         '-Aldo71: Peccato per il parcheggio, siamo dovuti andare a piedi dal ponte.'],
        ['-Chi siamo · Redazione · Privacy · Cookie · Contatti',
         '-© 2026 La Voce di Valcorvesa. Tutti i diritti riservati.'],
    ]),
    _page('it', 'it-blog-mattarello-di-ilaria-ravioli', [
        ['-Il Mattarello di Ilaria',
         '-Home · Ricette · Pasta fresca · Chi sono · Contatti'],
        ['-Pubblicato il 18 gennaio 2026 da Ilaria in Pasta fresca',
         '-Tempo di lettura: 6 minuti',
         '+Ravioli fatti in casa con ricotta e spinaci',
         '-Questo post contiene link di affiliazione: se acquisti tramite questi link, ricevo una piccola '
         'commissione.'],
        ["+Fare i ravioli in casa mi sembrava un'impresa, finché una domenica di pioggia non ho deciso di "
         'provarci.',
         '-Indice dei contenuti',
         "-1. La sfoglia all'uovo",
         '-2. Il ripieno e la chiusura',
         '+Con un chilo di farina e dieci uova sono venuti più di cento ravioli, abbastanza per tutta la '
         'famiglia.'],
        ['-I ravioli appena chiusi, in fila sul vassoio infarinato.',
         '+Mia suocera, guardandomi stendere la sfoglia, ha detto: "Deve essere così sottile che ci leggi il '
         'giornale attraverso."',
         '-Salva su Pinterest · Condividi su Facebook · Email'],
        ['+Gli ingredienti',
         '+Farina 00, uova fresche e un pizzico di sale per la sfoglia.',
         '+Ricotta di pecora, spinaci lessati e parmigiano grattugiato per il ripieno.',
         '+Un mattarello lungo e una rotella dentellata.',
         '-La rotella dentellata che uso la trovi su Amazon a questo link.'],
        ['+Cuoci i ravioli in acqua salata per tre o quattro minuti, finché non salgono a galla.',
         '-Iscriviti alla newsletter per ricevere le nuove ricette ogni settimana.',
         '+Conditeli semplicemente con burro e salvia, così si sente tutto il sapore del ripieno.',
         '-Organizzo corsi di pasta fresca nella mia cucina a Brescia: trovi le date nella pagina Corsi.'],
        ['-6 commenti su "Ravioli fatti in casa con ricotta e spinaci"',
         '-Rosaria_P: Fatti oggi con i miei nipoti, bellissima esperienza!',
         '-↳ Ilaria: Che bello, Rosaria, grazie di avermelo raccontato.',
         '-Gianni C.: Si possono congelare crudi?',
         '-↳ Rosaria_P: Io li congelo sul vassoio e poi li metto nei sacchetti.'],
        ['-© 2026 Ilaria Scorzagnoli – Tutti i diritti riservati',
         '-Realizzato con WordPress · Tema: OceanWP'],
    ]),
    _page('pl', 'pl-portal-leszczynowe-bloty-orzesznice', [
        ['-Głos Leszczynowych Błot – wiadomości z gminy i okolic',
         '-Strona główna | Wiadomości | Przyroda | Kultura | Sport | Kontakt',
         '-Strona główna › Wiadomości › Przyroda'],
        ['+Orzesznice zamieszkały w budkach w lesie pod Leszczynowymi Błotami'],
        ['-Danuta Krzewiątek | 22 września 2026, 10:30',
         '-Czas czytania: 3 min',
         '-Udostępnij: Facebook · X · E-mail'],
        ['+W sobotę przyrodnicy i wolontariusze sprawdzili 120 budek zawieszonych wiosną w lesie pod '
         'Leszczynowymi Błotami.',
         '+Budki dla orzesznic mają wejście od strony pnia, dzięki czemu nie zajmują ich sikory.',
         '-Orzesznica śpi w gnieździe z liści i trawy w jednej z budek.',
         '-Fot. Danuta Krzewiątek'],
        ['-Reklama',
         '-Artykuł sponsorowany: Pompa ciepła w starym domu – czy to się opłaca?'],
        ['+„W co piątej budce znaleźliśmy gniazdo, a w ośmiu spały dorosłe orzesznice” – mówi dr Wiesław '
         'Olchowiątek z koła przyrodników.',
         '-Zapisz się na newsletter Głosu i otrzymuj najważniejsze wiadomości z gminy'],
        ['+Jak wygląda kontrola budek',
         '+Każda budka jest otwierana ostrożnie i tylko przez osobę z pozwoleniem.',
         '-Przeczytaj także: Bobry wróciły nad rzekę pod młynem',
         '+Gniazda i zwierzęta są fotografowane, ale nie wyjmowane.',
         '+Wyniki trafiają do krajowej bazy monitoringu orzesznicy.'],
        ['+Ubiegłoroczna kontrola wykazała gniazda tylko w dziewięciu budkach, więc przyrodnicy mówią o dużym '
         'sukcesie.',
         '+Następna kontrola odbędzie się w maju, gdy orzesznice obudzą się z zimowego snu.',
         '-Tagi: orzesznica, przyroda, las, wolontariat'],
        ['-4 komentarze',
         '-Ewa_z_Leszczynowych: Nie wiedziałam, że u nas żyją takie zwierzątka!',
         '-↳ Staszek: Widziałem jedną kiedyś w leszczynie przy drodze.',
         '-↳ Danuta Krzewiątek (redakcja): Dziękujemy, przyrodnicy proszą o zgłaszanie takich obserwacji.',
         '-Krzysiek_77: A ile kosztowały te budki?'],
        ['-O nas · Regulamin · Polityka prywatności · Kontakt',
         '-© 2026 Głos Leszczynowych Błot. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-ciecierzyca-na-parapecie-falafel', [
        ['-Ciecierzyca na Parapecie',
         '-Strona główna · Przepisy · Wege · O mnie · Kontakt'],
        ['-Opublikowano 10 marca 2026 przez Martę w kategorii Wege',
         '-Czas czytania: 5 min',
         '+Chrupiący falafel z suszonej ciecierzycy',
         '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.'],
        ['+Przez lata robiłam falafel z ciecierzycy z puszki i zawsze rozpadał mi się na patelni.',
         '-Spis treści',
         '-1. Namaczanie ciecierzycy',
         '-2. Formowanie i smażenie',
         '+Dopiero gdy zaczęłam używać suszonej ciecierzycy, namoczonej przez noc, ale nie gotowanej, kulki '
         'przestały się rozpadać.'],
        ['-Kulki falafela schną na kratce po smażeniu.',
         '+Pan z budki z falafelem w Berlinie powiedział mi kiedyś: „Gotowana ciecierzyca to już hummus, nie '
         'falafel”.',
         '-Zapisz na Pintereście · Udostępnij na Facebooku · E-mail'],
        ['+Czego potrzebujesz',
         '+Pół kilograma suszonej ciecierzycy namoczonej przez 24 godziny.',
         '+Dużą garść natki pietruszki i kolendry, cebulę i trzy ząbki czosnku.',
         '+Kmin rzymski, kolendrę mieloną, sól i łyżeczkę sody oczyszczonej.',
         '-Rozdrabniacz, którego używam, kupiłam na Allegro – link tutaj.'],
        ['+Smaż kulki partiami w oleju o temperaturze około 175 stopni, aż będą ciemnozłote.',
         '-Zapisz się do newslettera, a co tydzień dostaniesz nowy przepis.',
         '+Podawaj je w picie z sosem tahini, pomidorem i ogórkiem kiszonym, który u nas zawsze wygrywa.',
         '-Prowadzę warsztaty kuchni bliskowschodniej w Poznaniu – terminy znajdziesz w zakładce Warsztaty.'],
        ['-5 komentarzy do „Chrupiący falafel z suszonej ciecierzycy”',
         '-Ola_gotuje: Pierwszy raz mi się nie rozpadły, dziękuję!',
         '-↳ Marta: Super, Ola, bardzo się cieszę!',
         '-Paweł K.: Czy można je upiec w piekarniku?',
         '-↳ Ola_gotuje: Można, ale są bardziej suche, ja wolę smażone.'],
        ['-© 2026 Marta Jaskółczak. Wszelkie prawa zastrzeżone.',
         '-Strona działa na WordPressie · Motyw: Blocksy'],
    ]),
    _page('ru', 'ru-portal-bereskletovo-yarmarka', [
        ['-Бересклетовский вестник — новости района каждый день',
         '-Главная | Новости | Общество | Культура | Спорт | Контакты',
         '-Главная › Новости › Культура'],
        ['+В Бересклетове возродили Покровскую ярмарку по грамоте 1768 года'],
        ['-Алевтина Лыкошерстова | 14 октября 2026, 17:50',
         '-Время чтения: 3 минуты',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['+В воскресенье на Торговой площади Бересклетова впервые за сто лет прошла Покровская ярмарка.',
         '+Право проводить её село получило по грамоте 1768 года, копию которой нашли в областном архиве.',
         '-Торговые ряды на площади перед Покровской церковью.',
         '-Фото: Алевтина Лыкошерстова'],
        ['-Реклама',
         '-На правах рекламы: Окна от производителя со скидкой до 30%'],
        ['+«Мы восстановили ярмарку по описям XIX века: те же ряды, те же товары», — рассказал краевед Савелий '
         'Курдюмцев.',
         '-Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости района'],
        ['+Что было на ярмарке',
         '+Гончары и кузнецы из соседних сёл продавали свои изделия.',
         '-Читайте также: В селе отреставрировали старую пожарную каланчу',
         '+Местные хозяйки угощали гостей пирогами и сбитнем.',
         '+Вечером на площади выступил народный хор.'],
        ['+По подсчётам администрации, ярмарку посетили около двух тысяч человек из всего района.',
         '+Теперь её планируют проводить каждый год в первое воскресенье после Покрова.',
         '-Теги: ярмарка, история, культура, Бересклетово'],
        ['-3 комментария',
         '-Людмила_К: Были всей семьёй, очень понравилось, особенно сбитень!',
         '-↳ Сергей П.: Согласен, давно такого праздника не было.',
         '-↳ Алевтина Лыкошерстова (редакция): Спасибо, передадим организаторам!',
         '-Николай_В: Жаль, что мало было места для машин.'],
        ['-О редакции · Рекламодателям · Политика конфиденциальности · Контакты',
         '-© 2026 Бересклетовский вестник. Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-dymok-nad-skovorodoy-paelya', [
        ['-Дымок над сковородой',
         '-Главная · Рецепты · Готовим на огне · Обо мне · Контакты'],
        ['-Опубликовано 3 августа 2026 автором Ярослав в рубрике «Готовим на огне»',
         '-Время чтения: 7 минут',
         '+Паэлья на дровах в настоящей сковороде-паэльере',
         '-В этой записи есть партнёрские ссылки: если вы что-то купите по ним, я получу небольшую комиссию.'],
        ['+Паэлью я впервые попробовал в Валенсии, где её готовят на открытом огне, и с тех пор мечтал '
         'повторить это на даче.',
         '-Содержание',
         '-1. Костёр и сковорода',
         '-2. Рис и бульон',
         '+Этим летом я наконец купил паэльеру на 38 сантиметров и сложил под неё очаг из кирпичей.'],
        ['-Паэлья доходит на углях под полотенцем.',
         '+Знакомый испанец, глядя на мою первую попытку, сказал: «Главное — не мешать рис, иначе не будет '
         'корочки».',
         '-Сохранить в Pinterest · Поделиться ВКонтакте · Telegram'],
        ['+Что понадобится',
         '+Рис бомба или любой круглый рис для ризотто.',
         '+Курица, кролик, зелёная стручковая фасоль и крупная белая фасоль.',
         '+Шафран, копчёная паприка и томаты, натёртые на тёрке.',
         '-Паэльеру, как у меня, можно найти на Ozon — вот ссылка.'],
        ['+Когда бульон почти уйдёт, уберите часть дров, чтобы рис дошёл на слабом огне и снизу образовалась '
         'корочка.',
         '-Подпишитесь на рассылку, чтобы не пропустить новые рецепты.',
         '+Снимите паэльеру с огня, накройте полотенцем на пять минут и подавайте прямо в ней.',
         '-Провожу мастер-классы по готовке на огне под Тверью — расписание на странице «Мастер-классы».'],
        ['-4 комментария к записи «Паэлья на дровах в настоящей сковороде-паэльере»',
         '-Ирина_Л: Какая красивая корочка! Обязательно попробуем на даче.',
         '-↳ Ярослав: Спасибо, Ирина! Главное — не торопиться с огнём.',
         '-Дмитрий_Г: А если нет паэльеры, можно в казане?',
         '-↳ Ирина_Л: Мы делали в большой чугунной сковороде, тоже получилось.'],
        ['-© 2026 Ярослав Кедрищев. Все права защищены.',
         '-Работает на WordPress · Тема: Twenty Twenty-Four'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'The Typeform embedded here has reached its monthly response limit and cannot take new entries.':
        ("an English Typeform marker of a form over its response limit ('The Typeform embedded here has reached "
         "its monthly response limit and cannot take new entries.') is left in the body"),
    'Nagranie z Polskiego Radia jest chwilowo niedostępne – trwają prace techniczne.':
        ("a Polish Polskie Radio marker of a recording down for maintenance ('Nagranie z Polskiego Radia jest "
         "chwilowo niedostępne – trwają prace techniczne.') is left in the body"),
    'Трейлер с Кинопоиска недоступен: истёк срок действия лицензии.':
        ("a Russian Kinopoisk marker of a trailer whose licence ran out ('Трейлер с Кинопоиска недоступен: "
         "истёк срок действия лицензии.') is left in the body"),
    "You'll need about 7 minutes for this one (longer if you stop for the photos)":
        ("an English you'll-need reading-time line ('You'll need about 7 minutes for this one (longer if you "
         "stop for the photos)') is left at the head"),
    'Our comment policy: keep it civil, stay on topic and no links to other sites.':
        ("an English comment-policy line ('Our comment policy: keep it civil, stay on topic and no links to "
         "other sites.') is left at the foot"),
    'Ce commentaire a été signalé et est en attente de modération.':
        ("a French flagged-comment stub ('Ce commentaire a été signalé et est en attente de modération.') is "
         'left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-crumpets-at-number-nine':
        ("the crumpets blog's post keeps the photo caption ('The crumpet rings greased and warming on the "
         "griddle.') above the quote (1 of 20 noise lines; the subscribe prompt between the two last paragraphs "
         "goes since round 131); no article line is lost"),
    'fr-blog-dimanches-de-solenne-churros':
        ("the churros blog's post keeps the photo caption ('Les churros encore fumants, roulés dans le sucre.') "
         "above the quote (1 of 20 noise lines; the plug for the author's workshops after the last paragraph "
         "goes since round 131); no article line is lost"),
    'de-blog-dachkammer-marzipanfruechte':
        ("the marzipan blog's post keeps the photo caption ('Die fertigen Früchtchen trocknen über Nacht auf "
         "Backpapier.') above the quote (1 of 20 noise lines; the subscribe prompt between the two last "
         "paragraphs and the plug for the author's courses after the last paragraph go since round 131); no "
         "article line is lost"),
    'it-blog-mattarello-di-ilaria-ravioli':
        ("the ravioli blog's post keeps the photo caption ('I ravioli appena chiusi, in fila sul vassoio "
         "infarinato.') above the quote (1 of 20 noise lines; the affiliate link after the third list row goes "
         "since round 130, the plug for the author's courses after the last paragraph since round 131); no "
         "article line is lost"),
    'pl-blog-ciecierzyca-na-parapecie-falafel':
        ("the falafel blog's post keeps the photo caption ('Kulki falafela schną na kratce po smażeniu.') above "
         "the quote (1 of 20 noise lines; the plug for the author's workshops after the last paragraph goes "
         "since round 131); no article line is lost"),
    'ru-blog-dymok-nad-skovorodoy-paelya':
        ("the paella blog's post keeps the table of contents ('Содержание', '1. Костёр и сковорода', '2. Рис и "
         "бульон') between the first and second paragraphs and the photo caption ('Паэлья доходит на углях под "
         "полотенцем.') above the quote (4 of 20 noise lines; the affiliate link after the third list row goes "
         "since round 130, the plug for the author's classes after the last paragraph since round 131, whose "
         "contents reading the lead reverted: it took round 101's near miss); no article line is lost"),
}

test_held_out_200_line, test_held_out_200_line_is_kept, test_held_out_200_page = held_out_tests(
    HELD_OUT_200_LINES, HELD_OUT_200_KEEP, HELD_OUT_200_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
