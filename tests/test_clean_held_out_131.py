"""Held-out set 131: written blind, weighted toward the noise the cleaner exists for, in shapes set 130's docstring does
not name (nor the first paragraphs of sets 127, 128 and 129): scraper, embed and ad markers (an English Datawrapper
graphic that needs JavaScript "The Datawrapper graphic could not be loaded. Please enable JavaScript to see the route
changes.", an English Spotify episode blocked in the reader's country "This episode isn't available on Spotify in your
country. Try listening in another podcast app.", an English web video player's media error "Video player error: the
media could not be loaded, either because the server or network failed or because the format is not supported.", a
French TikTok video gone "Cette vidéo TikTok n'est plus disponible. Regardez d'autres vidéos sur TikTok.", a German ARD
Audiothek item that cannot play here "Der Beitrag aus der ARD Audiothek kann hier nicht abgespielt werden. Hören Sie ihn
direkt in der App.", an Italian RaiPlay video blocked abroad or by an ad blocker "Contenuto RaiPlay non disponibile: il
video non può essere riprodotto fuori dall'Italia o con un blocco degli annunci attivo.", a Polish Twitch clip whose
stream ended "Nie można odtworzyć klipu z Twitcha – transmisja została zakończona albo klip usunięto." and a Russian
Yandex Maps load failure "Не удалось загрузить Яндекс Карты. Обновите страницу или откройте маршрут в приложении.");
reading-time headers in new wordings (the English stopwatch "⏱ 3 min 40 sec read" and a bookbinding blog's metadata row
"Read time: 12 min · Difficulty: beginner · You'll need: bone folder, awl, linen thread", the French "Article à lire en
3 minutes", the German "Lesedauer: ca. 3 Minuten", the Italian "3 minuti di lettura", the Polish "Przeczytasz w 3
minuty" and the Russian "Время прочтения — 3 минуты"); bylines and self-promotion (an English words-and-pictures byline
"Words and pictures by Ambrose Quillstead, Rural Affairs Correspondent", a French interview byline "Propos recueillis
par Clémentine Vauberlot", an Italian text-and-photos byline "Testo e foto di Ottorino Spazzacampi", a Russian
text-and-photo credit byline "Текст: Мирон Каменистов. Фото: пресс-служба администрации", all at the head, and at the
foot an English Ko-fi zine plug "Signed copies of my zine on long-stitch bindings are available through my Ko-fi shop.",
an English Patreon templates plug "Patreon members get my printable signature-folding templates a week before everyone
else.", a German climbing-holds-on-Kleinanzeigen plug "Eigene Klettergriffe aus Polyurethan verkaufe ich in kleinen Sets
über Kleinanzeigen." and a Polish Allegro Lokalnie cuttings plug "Nadwyżki sadzonek sprzedaję na Allegro Lokalnie – link
znajdziesz w menu bloga."); blog and site footers (an English ICNN membership line "We are a member of the Independent
Community News Network (ICNN).", an English GitHub Pages and Jekyll credit "Hosted on GitHub Pages · Made with Jekyll ·
Last updated 3 March 2026", an English ask-before-reproducing line "All words and photos © the author unless stated
otherwise. Please ask before reproducing anything.", a French publisher-association-and-ISSN line "Site édité par
l'association Les Amis de la Gazette · ISSN 0000-0000 · Plan du site", a German media-group line with a
cancel-subscription link "Ein Angebot der Kranichsbrücker Mediengruppe · Mediadaten · Abo kündigen · AGB", an Italian
Wix credit with a cite-the-source request "Blog creato con Wix.com · Tutti i testi e le foto sono miei: se li usi, cita
la fonte.", a Polish design-and-hosting line "Projekt i wykonanie: agencja interaktywna · Hosting: home.pl · Mapa
strony" and a Russian media-registration line "Свидетельство о регистрации СМИ ЭЛ № ФС 00-00000 выдано Роскомнадзором.
16+"); reader-comment furniture (an English Akismet line "This site uses Akismet to reduce spam. Learn how your comment
data is processed.", an English be-the-first prompt "Be the first to comment on this story.", an English
replies-closed-after-30-days note "Replies to this comment are closed because it is more than 30 days old.", a French
comments-closed note "Les commentaires sont fermés pour cet article.", a German join-the-discussion-and-netiquette
prompt "Diskutieren Sie mit! Bitte beachten Sie dabei unsere Netiquette.", an Italian email-not-published form note "Il
tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", a Polish comment-rules-and-report
row "Regulamin komentowania · Zgłoś naruszenie" and a Russian comments-for-subscribers-only line "Комментарии доступны
только подписчикам. Оформить подписку"); share rows (a French SMS-or-WhatsApp row "Partager cet article par SMS ou sur
WhatsApp", a German gift-share-bookmark row "Artikel verschenken · Teilen · Merken" and a Polish Facebook, X and Wykop
row "Podziel się: Facebook | X | Wykop"); and notices (an English Local Democracy Reporting Service note "This article
is part of our Local Democracy Reporting Service coverage." and an Italian metered-paywall counter "Articolo riservato
agli abbonati: hai ancora 2 articoli gratuiti questo mese.", both in the body, and a Russian report-a-typo notice "Если
вы заметили ошибку, выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog pages
in layouts set 130's docstring does not describe (on the six portal pages one block of three above the title, the
masthead, a dateline (with the weather, the saint's day, the edition, an update time or the name days) and a section
menu; the title alone in its block; under it one block of three, byline, publication date and reading time; the first
and second paragraphs in one block with nothing between them; a read-also link and an ad label in one block between the
second paragraph and the paragraph with the quote; a photo caption (with its credit) at the end of the quote paragraph's
block, right after it; the subheading alone; the three rows in one block with a newsletter or Telegram prompt between
the second and third rows; the two last paragraphs in one block with nothing between them; at the foot three blocks, a
share row and a tags or topics line, then six lines (a comment count, a comment, an arrowed reply by a second reader, a
second comment, the newsroom's arrowed answer to it and a show-more link), then a copyright line and a legal-links row;
on the six blog pages the blog name and the menu in one block above the title; the title at the top of its block,
followed by the posted-date-and-author line and a category line; under it a block of four, the reading time and a
three-line table of contents (its heading and two entries); the first and second paragraphs in one block with a photo
caption between them; the paragraph with the quote alone; a sponsored or ad label and a shop, swap or coaching plug in
one block between that paragraph and the subheading; the subheading alone and the three rows alone in the next block;
the two last paragraphs in one block with a subscribe prompt at its end, right after the last paragraph; at the foot
three blocks, a share row and previous-and-next links, then five lines (a comments heading that quotes the title, a
comment, the author's arrowed reply addressed by name, a second comment left unanswered and a leave-a-reply heading),
then a platform credit alone), taken from rural life (a hill villages' bus route taken over by its drivers, a village
grocery reopened as a co-operative, a town library opening on Sundays, mountain hamlets' bus service restored, a village
co-operative shop in the old post office, a town library open until nine) and from blogs about bookbinding, houseplants
and indoor climbing.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 130 but what is named here), held-out set 132 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 130 up to its paragraph "Still held out after round 94", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 127, 128 and 129, printed with one ast
script (/tmp/s131scratch/peek.py, reading the frozen worktree's tests/; see Slips and notes (1)); tests/held_out_sets.py
and scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s131scratch/helpers.py, importing from /work/main with SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 130's as
printed, with 130 -> 131; /tmp/s131scratch/gen.py writes this file from scratch files (data131.py, pages131.py, the
docstring's text files and, after the measurement, tables131.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s131, detached at commit
a0a5d442c89272f0a8fbc6fd1d36b216a6d322cf, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c67ced801542955e06a91df040c2b21ae8555bc7, not the brief's commit; as the brief says, both worktrees were made at
a0a5d442c89272f0a8fbc6fd1d36b216a6d322cf with ``git worktree add`` (output to /dev/null) and /work/main was not touched
afterwards. peek.py's first run opened tests/test_clean_held_out_130.py relative to /work/main, where no such file
exists at c67ced8, and stopped with FileNotFoundError before printing anything; it was then run in /tmp/wt-s131 (the
brief's commit). Its second run printed to the terminal, which cut the middle of its output (set 130's Slips and notes
from (5) to the end of its Baseline, part of its tail and the starts of sets 127 and 128's first paragraphs); its third
run went to /tmp/s131scratch/peek.out, of which I paged lines 125 to 370 with ``sed`` (the rest of those allowed parts);
nothing outside the allowed parts was printed. (2) The machine's python had the project's dependencies; every run used
it. (3) Before the measurement /tmp/s131scratch/check.py checked, case-insensitively, that no noise line (held-out or
page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line holds an
at-sign, and printed the counts by category, place and language and the 10 article and 20 noise lines of each page;
gen.py reports lines over 120 columns and at-signs. Its first run found nothing; while drafting, before any check, I had
kept the portal ad labels out of other lines (the German label is "- Anzeige -" because the German held-out plug names
Kleinanzeigen and the footer once held "Anzeigen buchen", changed to "Mediadaten"; the Italian legal row ends with
"Redazione", not "Pubblicità"; the Russian label is "Реклама 16+" because a Russian keep line opens with "Реклама"; the
Polish blog's label is "Materiał sponsorowany", not "Reklama Google"), kept the mastheads out of the copyright lines and
held-out footers (the English ICNN line says "We are a member", not the Courier's name), and avoided the wordings named
in the docstrings I read (Tilda, WordPress.com, Blogspot, Dzen, Etsy and Vinted plugs in the held-out lines, log-in
prompts, sort rows, show-replies links, the "Temps de lecture", "Lesezeit", "Tempo di lettura", "Czas czytania" and
"Читать" reading times in the held-out lines). A German blog reply not addressed by name ("Danke dir!") was given the
commenter's name before the check. (4) Invented names were checked with the exact-string search over public GitHub
files: Scarrowdene, Lanchcombe, Doddricks, Pellithorne, Sewn Spine Diaries, Quillstead, Juniper Harlowe, Ormevilliers,
Pradiveau, Jungle du Palier, Vauberlot, Gravouillet, Éditions du Val d'Orme, Kranichsbrück, Kürbisholt, Bücherwerth,
Leistenzieher, Valdrusco, Sbrindoli (and Ludovica Sbrindoli), Ciottolaro, Spago e Colla, Spazzacampi, Jarzębinówk,
Rzepiczak, Wrotyczak, Parapetowa Dżungla, Wieczornik-Jagła (never used), Клюквоозёрск, Ольхоступов, Переплётова, Зацепка
за зацепкой and Каменистов had no hits. Dropped: Featherwick (a name in games and sample data; the English held-out
byline became Ambrose Quillstead), Marchadour (a real surname; the co-operative's president became Joëlle Gravouillet),
Bruyerac (inside a base64 string), Tisserandot (a real surname) and Fromentrais (inside identifiers), Quastenberg (a
real street and place; the German reporter became Henrike Kürbisholt), Reepschläger (a real word; the librarian became
Almut Bücherwerth), Tramezzani (a real surname; the Italian reporter became Ludovica Sbrindoli), Pizzocaro (a real
surname; the mayor became Ermanno Ciottolaro), Il Dorso Cucito (a phrase in a real file; the Italian blog became
Quaderni di Spago e Colla), Bukszpanek (inside an address; the Polish reporter became Teodora Rzepiczak), Черёмуховск
(inside a real place name; the Russian town became Клюквоозёрск) and Nachtgriff (a real word, never used). Not checked:
the first names of blog authors and commenters and their handles (Juniper, Bramble, Ravi K., HillFarmHelen,
GrumpyCommuter, Tom_in_Upper, Capucine, Mélodie, Julien B., Marc_du_59, Lise, Papy Robert, Mats, Kletterkatze, Benni,
Leseratte_62, H. Brandt, Jonas K., Marta, Sara, Paolo, Franca_58, Gino R., Luca, Ola, Kasia, Marcin, Zenek, Ania z
Dolnej, Даша, Лёша, Марина, Ирина_К, Сергей and the rest), the names built on checked towns or names (Scarrowdene
Courier, Upper and Nether Scarrowdene, La Gazette d'Ormevilliers, Kranichsbrücker Bote, Kranichsbrücker Mediengruppe and
Verlagsgesellschaft, La Voce di Valdrusco, Edizioni Valdruschine, Głos Jarzębinówki, Клюквоозёрский вестник, МУП
«Клюквоозёрская типография»), the generic publishers Valley Community Media Ltd, Les Amis de la Gazette and Wydawnictwo
Jarzębina, and the forenames of checked surnames (Perpetua, Elvin, Morwenna, Ambrose, Solenne, Joëlle, Clémentine,
Henrike, Almut, Ludovica, Ermanno, Ottorino, Teodora, Grażyna, Варвара, Лада, Мирон). Numbers are zero-filled (the ISSN,
VAT and media-registration numbers); there are no e-mail addresses and no at-signs. (5) Real things named, as real pages
do: Datawrapper and JavaScript, Spotify, TikTok, ARD Audiothek, RaiPlay, Twitch, Yandex Maps, Ko-fi, Patreon,
Kleinanzeigen, Allegro Lokalnie, the Independent Community News Network, GitHub Pages, Jekyll, Wix.com, home.pl,
Roskomnadzor, Akismet, WhatsApp, Wykop, Facebook, X, Messenger, Pinterest, Telegram, VKontakte, Write.as, Canalblog,
Jimdo, Altervista, WebWave, uKit, Etsy, Reading Borough Council, Florence and Ctrl+Enter. (6) The two measuring commands
ran as the brief gave them, in one shell call after ``date`` and the last check, their output sent to
/tmp/s131scratch/measure.out and report.out and the report and the pytest tail printed (17 failed, 60 passed); the
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s131scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s131/tests with /tmp/wt-s131/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (10, 0 and 7, as in
the measurement). The xfail tables were written in /tmp/s131scratch/tables131.py from my own descriptions of those lines
and pages, and checktables.py checked that the line table names exactly the failing lines, each quoted in its reason,
and that every page noise line left is quoted whole in its page's reason with its count. (7) My first clock reading was
2026-12-05 13:51:24 UTC; the measurement ran at 13:56:52 UTC. (8) With the tables filled, the pytest command ran on the
final file in /tmp/wt-s131: 60 passed, 17 xfailed, no XPASS. Before the measurement a round-trip script (roundtrip.py)
imported this file from /tmp/s131scratch (with /work/main/tests on the path, for held_out_sets) only to compare its
lists and pages with the scratch data and to check that every held-out line is quoted in this docstring; it ran no
cleaning.

Judgement calls: the keep lines opening with or holding "Commenting on the decision", "Sharing a single minibus",
"Follow-up surveys", "Subscribers to the community transport scheme", "Advertising on the side of the new bus", "Reading
Borough Council", "Copyright in the original 1930s route map", "Partager les frais de livraison", "Suivre l'exemple de
l'épicerie coopérative", "Abonnés ou simples clients", "Kommentieren wollte der Bürgermeister", "Lesen lernen die
Kinder", "Werbung für die neuen Öffnungszeiten", "Condividere lo stesso autobus", "Seguire i lavori della nuova linea",
"Commenti entusiasti", "Udostępnienie lokalu po dawnej poczcie", "Obserwować rozwój spółdzielni", "Подписаться на
вечерние лекции" and "Реклама в городской газете" are article sentences: each reports what happened, was decided, was
said or will be possible about a bus route, a village shop or a library, with the noise-like word as an ordinary noun,
verb or place name of the sentence (Reading is the town). Categories: the Datawrapper, Spotify, video-player, TikTok,
ARD Audiothek, RaiPlay, Twitch and Yandex Maps lines are markers (embed failures and blocked or removed media); the
words-and-pictures, interview, text-and-photos and text-and-photo-credit lines are bylines at the head and the Ko-fi,
Patreon, Kleinanzeigen and Allegro Lokalnie lines are bylines (self-promotion) at the foot; the stopwatch line and the
blog's read-time-difficulty-tools row are reading times (the row leads with the reading time, the rest is the post's
metadata); the ICNN, GitHub Pages, ask-before-reproducing, ISSN, media-group, Wix, design-and-hosting and
media-registration lines are footers; the Akismet line, the be-the-first prompt, the replies-closed note, the
comments-closed note, the netiquette prompt, the email-not-published note, the comment-rules row and the
subscribers-only line are comment furniture; the French, German and Polish rows are share rows (the German gift link is
how paywalled papers share); the Local Democracy Reporting Service note and the paywall counter are notices in the body
and the Russian report-a-typo line a notice at the foot. On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads and datelines, section menus, blog names and menus, bylines, dates and posted-by lines,
category lines, reading times, tables of contents, photo captions and credits, read-also links, ad and sponsored labels,
shop, swap and coaching plugs, newsletter, Telegram and subscribe prompts, tags and topics lines, share rows, comment
counts and headings, comments and replies, show-more links, leave-a-reply headings, previous-and-next links, copyright
lines, legal-links rows and platform credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, German and Polish and notice in English, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-scarrowdene-bus (the hill villages' route 47 taken over by a co-operative of its drivers),
en-blog-sewnspinediaries-coptic (sewing a first coptic-stitch notebook), fr-portail-ormevilliers-epicerie (the village
grocery reopening as a co-operative), fr-blog-jungledupalier-pothos (rooting pothos cuttings in water),
de-portal-kranichsbrueck-bibliothek (the town library opening on Sundays and until 8pm), de-blog-leistenzieher-ueberhang
(a first overhang boulder problem in a climbing gym), it-portale-valdrusco-corriera (the mountain hamlets' bus service
restored with six runs a day), it-blog-spagoecolla-giapponese (a first Japanese stab-bound notebook),
pl-portal-jarzebinowka-sklep (villagers open a co-operative shop in the old post office),
pl-blog-parapetowadzungla-monstera (repotting a monstera), ru-portal-klyukvoozyorsk-biblioteka (the central library open
until 9pm and on Sundays) and ru-blog-zatsepkazazatsepkoy-tufli (choosing first climbing shoes), each with a reader
comment thread.

Baseline (2026-12-05, cleaner at commit a0a5d442c89272f0a8fbc6fd1d36b216a6d322cf, measured with ``cd /tmp/wt-s131 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s131/src python -m pytest -q tests/test_clean_held_out_131.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s131 && PYTHONPATH=/tmp/wt-s131/src python
scripts/clean_held_out_report.py --sets 131``, with the xfail tables empty): noise lines removed 35/45 (reading-time
6/7, byline 7/8, marker 2/8, notice 1/3, footer 8/8, comments 8/8, share 3/3; the 10 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: the bookbinding blog's read-time-difficulty-tools row at the head, six markers (the
English Spotify and video-player placeholders, the French TikTok, the German ARD Audiothek, the Italian RaiPlay and the
Polish Twitch placeholders; only the English Datawrapper and Russian Yandex Maps lines went), both body notices (the
English Local Democracy Reporting Service note and the Italian paywall counter) and the German Kleinanzeigen plug at the
foot); keep lines kept 20/20; pages 5/12 clean (the French, German, Italian, Polish and Russian portals), 15 of 240 page
noise lines left and 0 of 120 article lines lost. Left on the pages: the English portal 1 (the transport-bulletin prompt
between the second and third rows), the English bookbinding blog 2 (photo caption, shop plug), the French houseplant
blog 2 (photo caption, swap plug), the German climbing blog 4 (the table of contents' heading and two entries under the
title, photo caption), the Italian bookbinding blog 2 (photo caption, Etsy plug), the Polish houseplant blog 2 (photo
caption, subscribe prompt after the last paragraph) and the Russian climbing blog 2 (photo caption, coaching plug), as
``_PAGE_XFAIL`` describes; no page loses an article line. The failing cases are strict xfails.

Still held out after round 95 (developed on sets 129 and 130: tables of contents under a label between paragraphs under
a blog's head; a blog's name at the top of the title's block; a portal's section menu in the first block; ad labels and
controls, shop plugs, Google News follow and inbox prompts; embed placeholders of named podcast, video and chart
services, long-post reading warnings, a press regulator's footer, comments removed by the administrator; this set was
written against a0a5d44, before it; measured once with ``scripts/clean_held_out_report.py --sets 131`` at 396ea06, round
95 as its helper left it, and again at the merged branch after the lead withdrew its caption rule and mended round 94's
rules, with the same figures): noise lines removed 35/45, keep lines 20/20, pages clean 5/12, page noise lines left 15
of 240, article lines lost 0 of 120, all unchanged: nothing moved.


Round 97 (development, on this set and set 132): fixed by widening existing rules: the named embeds
(whole_line_noise._EMBED_PLATFORM gained Strava, Outdooractive, Twitch, the ARD Audiothek and the declined TikTok;
_EMBED_SCREEN_STATE gained not available in the reader's country, not playable here, the reader's ad blocker, a
placeholder's own opening "This <service> video is unavailable" / "Contenuto ... non disponibile:" / "Nie można
odtworzyć klipu", a load button in quotes and the consent to the data transfer; a web video player's error under its
label or its stock video.js message), the notices (clean._SERIES_WORD: a reporting scheme or the paper's coverage; the
paywall counter: "still" and the Italian "hai"; clean._THIS_ARTICLE with _AT_PUBLICATION in the body: the article's
facts as of its publication date), the reading times (clean._HOWTO_FACT_PIECE beside a reading time in a row; a
long-read label with its minutes in the round-95 warning's rule), the plugs (the first-person seller with a classifieds
site closing the line, _SHOP_PLATFORM gaining Kleinanzeigen, eBay, Leboncoin, Subito, OLX and Avito; the writer's work
to order or on commission with the writer's own way to book after a colon, a semicolon or a dash; the writer's class on
a course platform; the round-76 shop plug gaining "for sale", "si trovano" and "in my little Etsy shop"), the footers
(_BLOG_PLATFORM gained Micro.blog, Bear Blog and Write.as; "This blog is hosted on ..." with a plain-Markdown and
no-tracking tail), the comment furniture (a comment removed for not meeting the rules; a guest's comment offered without
registration, the check after it at most), a free topic bulletin in the round-94 newsletter rule, a post's added-on date
and author in STAMP_BYLINE and the post's-contents headers of clean._IN_THIS_POST ("What's in this post", "Inhalt dieses
Beitrags"); every rule a whole line, none moving where a page's head or tail starts
(test_round_97_a_blogs_last_paragraph_before_a_plug_and_a_prompt_stays, in German and French). Tests: test_round_97_*.
Other sets' xfails removed: 101 (long-read line), 102 (Etsy prints plug), 106 (Avito plug), 117 (Big Cartel prints
plug), 123 (Strava embed), 124 (eBay plug), 126 (Allegro plug), 130 (OLX plug). Sets 10-132: noise lines removed 5170 ->
5200 of 5611, article lines kept 2487/2487 (unchanged), pages clean 940 -> 941 of 1462, page noise lines left 1219 ->
1210 of 30960, paragraphs lost 2 (unchanged); SemEval diff 0 changed files of 3723; bench ratio 1.03 (bench_clean.py,
CPU best 2.054 s against 2.001 s at c53fa26). This set: noise lines removed 35/45 -> 45/45 (reading-time 6/7 -> 7/7,
byline 7/8 -> 8/8, marker 2/8 -> 8/8, notice 1/3 -> 3/3; footer 8/8, comments 8/8, share 3/3 unchanged), keep lines
20/20 (unchanged), pages clean 5/12 -> 6/12 (the English portal's transport-bulletin prompt between its rows now goes),
page noise lines left 15 -> 9 of 240, article lines lost 0 of 120 (unchanged). Pytest (tests/test_clean.py, sets 10-132,
test_site_batches, test_site_lines, test_noise_trace, test_clean_pages): 17867 passed, 962 xfailed. All ten line xfails
and the English portal's page xfail removed; three page reasons reworded (the English and Italian bookbinding blogs'
shop plugs and the German climbing blog's table of contents now go). Still missed: the six blogs' photo captions with no
credit right after the first paragraph (left alone, as the brief asks), the French swap plug ("partent en troc à ma
prochaine bourse aux plantes"), the Polish subscribe prompt right after the last paragraph and the Russian coaching plug
(not widened: a prompt or plug rule there risks the page's tail).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_131_LINES: list[tuple[str, str, str]] = [
    ("head", "⏱ 3 min 40 sec read", "reading-time"),
    ("head", "Read time: 12 min · Difficulty: beginner · You'll need: bone folder, awl, linen thread", "reading-time"),
    ("head", "Article à lire en 3 minutes", "reading-time"),
    ("head", "Lesedauer: ca. 3 Minuten", "reading-time"),
    ("head", "3 minuti di lettura", "reading-time"),
    ("head", "Przeczytasz w 3 minuty", "reading-time"),
    ("head", "Время прочтения — 3 минуты", "reading-time"),
    ("head", "Words and pictures by Ambrose Quillstead, Rural Affairs Correspondent", "byline"),
    ("head", "Propos recueillis par Clémentine Vauberlot", "byline"),
    ("head", "Testo e foto di Ottorino Spazzacampi", "byline"),
    ("head", "Текст: Мирон Каменистов. Фото: пресс-служба администрации", "byline"),
    ("body", "The Datawrapper graphic could not be loaded. Please enable JavaScript to see the route"
             " changes.", "marker"),
    ("body", "This episode isn't available on Spotify in your country. Try listening in another podcast"
             " app.", "marker"),
    ("body", "Video player error: the media could not be loaded, either because the server or network"
             " failed or because the format is not supported.", "marker"),
    ("body", "Cette vidéo TikTok n'est plus disponible. Regardez d'autres vidéos sur TikTok.", "marker"),
    ("body", "Der Beitrag aus der ARD Audiothek kann hier nicht abgespielt werden. Hören Sie ihn direkt in"
             " der App.", "marker"),
    ("body", "Contenuto RaiPlay non disponibile: il video non può essere riprodotto fuori dall'Italia o con"
             " un blocco degli annunci attivo.", "marker"),
    ("body", "Nie można odtworzyć klipu z Twitcha – transmisja została zakończona albo klip usunięto.", "marker"),
    ("body", "Не удалось загрузить Яндекс Карты. Обновите страницу или откройте маршрут в приложении.", "marker"),
    ("body", "This article is part of our Local Democracy Reporting Service coverage.", "notice"),
    ("body", "Articolo riservato agli abbonati: hai ancora 2 articoli gratuiti questo mese.", "notice"),
    ("tail", "Signed copies of my zine on long-stitch bindings are available through my Ko-fi shop.", "byline"),
    ("tail", "Patreon members get my printable signature-folding templates a week before everyone else.", "byline"),
    ("tail", "Eigene Klettergriffe aus Polyurethan verkaufe ich in kleinen Sets über Kleinanzeigen.", "byline"),
    ("tail", "Nadwyżki sadzonek sprzedaję na Allegro Lokalnie – link znajdziesz w menu bloga.", "byline"),
    ("tail", "We are a member of the Independent Community News Network (ICNN).", "footer"),
    ("tail", "Hosted on GitHub Pages · Made with Jekyll · Last updated 3 March 2026", "footer"),
    ("tail", "All words and photos © the author unless stated otherwise. Please ask before reproducing"
             " anything.", "footer"),
    ("tail", "Site édité par l'association Les Amis de la Gazette · ISSN 0000-0000 · Plan du site", "footer"),
    ("tail", "Ein Angebot der Kranichsbrücker Mediengruppe · Mediadaten · Abo kündigen · AGB", "footer"),
    ("tail", "Blog creato con Wix.com · Tutti i testi e le foto sono miei: se li usi, cita la fonte.", "footer"),
    ("tail", "Projekt i wykonanie: agencja interaktywna · Hosting: home.pl · Mapa strony", "footer"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 00-00000 выдано Роскомнадзором. 16+", "footer"),
    ("tail", "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comments"),
    ("tail", "Be the first to comment on this story.", "comments"),
    ("tail", "Replies to this comment are closed because it is more than 30 days old.", "comments"),
    ("tail", "Les commentaires sont fermés pour cet article.", "comments"),
    ("tail", "Diskutieren Sie mit! Bitte beachten Sie dabei unsere Netiquette.", "comments"),
    ("tail", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comments"),
    ("tail", "Regulamin komentowania · Zgłoś naruszenie", "comments"),
    ("tail", "Комментарии доступны только подписчикам. Оформить подписку", "comments"),
    ("tail", "Partager cet article par SMS ou sur WhatsApp", "share"),
    ("tail", "Artikel verschenken · Teilen · Merken", "share"),
    ("tail", "Podziel się: Facebook | X | Wykop", "share"),
    ("tail", "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.", "notice"),
]

HELD_OUT_131_KEEP: list[tuple[str, str]] = [
    ("head", "Commenting on the decision, the parish council chairman said the villages had been heard at last."),
    ("head", "Sharing a single minibus between three parishes was the only way the route could survive, the report"
             " concluded."),
    ("head", "Follow-up surveys will be carried out in the spring to see whether the new timetable has brought back"
             " passengers."),
    ("head", "Partager les frais de livraison entre trois communes, c'est l'idée qu'a défendue le maire lors du"
             " conseil municipal."),
    ("head", "Kommentieren wollte der Bürgermeister die neuen Öffnungszeiten der Bibliothek am Dienstag nicht."),
    ("head", "Condividere lo stesso autobus tra studenti e pendolari è stata la scelta più discussa dal consiglio"
             " comunale."),
    ("head", "Udostępnienie lokalu po dawnej poczcie było warunkiem powstania sklepu spółdzielczego, przypomina"
             " sołtyska."),
    ("body", "Subscribers to the community transport scheme pay £12 a year and can book a seat up to a week ahead."),
    ("body", "Advertising on the side of the new bus will be sold to local businesses to help cover fuel costs."),
    ("body", "Suivre l'exemple de l'épicerie coopérative de la vallée voisine ne suffira pas, estiment les bénévoles."),
    ("body", "Lesen lernen die Kinder der Grundschule künftig auch samstags in der Stadtbibliothek."),
    ("body", "Obserwować rozwój spółdzielni można będzie na zebraniach wiejskich, które odbywają się co miesiąc."),
    ("tail", "Reading Borough Council, which ran a similar scheme until 2019, has offered to share its experience."),
    ("tail", "Copyright in the original 1930s route map belongs to the county archive, which has agreed to let the"
             " drivers reprint it."),
    ("tail", "Abonnés ou simples clients, tous les habitants pourront voter lors de l'assemblée générale de juin."),
    ("tail", "Werbung für die neuen Öffnungszeiten machen die Ehrenamtlichen mit Plakaten in allen Bäckereien der"
             " Stadt."),
    ("tail", "Seguire i lavori della nuova linea sarà possibile anche durante le assemblee pubbliche previste a"
             " maggio."),
    ("tail", "Commenti entusiasti sono arrivati anche dagli anziani della frazione, che finalmente potranno"
             " raggiungere l'ospedale."),
    ("tail", "Подписаться на вечерние лекции можно будет прямо на абонементе, пообещали в библиотеке."),
    ("tail", "Реклама в городской газете помогла собрать волонтёров для субботних дежурств в читальном зале."),
]

HELD_OUT_131_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-scarrowdene-bus", [
        ["-Scarrowdene Courier",
         "-Thursday 5 March 2026 · Light rain, 9°C",
         "-News | Transport | Farming | What's On | Sport | Obituaries"],
        ["+Village bus route 47 saved as drivers' co-operative takes over the timetable"],
        ["-By Perpetua Lanchcombe, Transport Reporter",
         "-Published 5 March 2026, 07:12 · Updated 11:40",
         "-2 min read"],
        ["+The 47 bus, which links six hill villages with the market town of Scarrowdene, will keep running after a"
         " co-operative of its own drivers agreed to take over the route from April.",
         "+The county's previous operator had announced in January that it would withdraw the service, saying fewer"
         " than forty passengers a day used it outside school terms."],
        ["-Read more: Parish councils launch petition to save rural bus links",
         "-Advertisement"],
        ["+Driver Elvin Doddricks, who has worked the route for nineteen years, said: “Half my passengers have no"
         " other way to reach the surgery, so walking away was never an option.”",
         "-Elvin Doddricks at the wheel of the 47 in Nether Scarrowdene. Photo: Courier staff"],
        ["+What changes in April"],
        ["+The first bus will leave Upper Scarrowdene at 6.55am, twenty minutes earlier than now.",
         "+Saturday services return after a three-year gap, with four journeys each way.",
         "-Get the Courier's free transport bulletin every Friday – sign up in one click",
         "+Single fares stay at £2, and concessionary passes remain valid on every journey."],
        ["+The co-operative has bought two second-hand minibuses with a grant from the county's rural transport fund"
         " and a loan from a community bank.",
         "+Councillor Morwenna Pellithorne said the council would review passenger numbers after six months before"
         " agreeing longer-term support."],
        ["-Share on Facebook · Share on X · Share by WhatsApp · Copy link",
         "-Topics: Buses · Rural transport · Co-operatives"],
        ["-14 comments",
         "-HillFarmHelen: About time someone stood up for the villages. Well done to the drivers.",
         "-↳ GrumpyCommuter: Let's see if it lasts past the first winter.",
         "-Tom_in_Upper: Any chance of a late bus on Fridays? My daughter works in town until nine.",
         "-↳ Courier Team: We have passed your question on to the co-operative and will update this story.",
         "-Show more comments"],
        ["-© 2026 Valley Community Media Ltd. All rights reserved.",
         "-Contact us · Advertise · Privacy policy · Cookie settings"],
    ]),
    _page("en", "en-blog-sewnspinediaries-coptic", [
        ["-The Sewn Spine Diaries",
         "-Home · Tutorials · Bindery Notes · Supplies · About"],
        ["+Sewing my first coptic-stitch notebook",
         "-Posted on 2 March 2026 by Juniper Harlowe",
         "-Filed under: Tutorials, Coptic binding"],
        ["-Reading time: 7 minutes",
         "-In this post",
         "-1. Preparing the signatures",
         "-2. Sewing the first station"],
        ["+Coptic binding leaves the spine exposed, so the book opens completely flat, which is exactly what I wanted"
         " for a sketchbook.",
         "-Six folded signatures of cartridge paper, pierced and ready to sew.",
         "+I folded six signatures of four sheets each and pierced four sewing stations through every fold with an"
         " awl and a simple card template."],
        ["+My tutor at the evening class put it simply: “If your tension is even, the chain on the spine will look"
         " like a braid; if not, it will look like a knot.”"],
        ["-Sponsored",
         "-My handmade notebooks are for sale in the shop – new colours every month"],
        ["+What you need"],
        ["+Waxed linen thread, about four times the height of the book for each station.",
         "+Two curved needles, one for each end of the thread.",
         "+Two boards covered in bookcloth, pierced to match the sewing stations."],
        ["+The whole notebook took me an evening, most of it spent on the first two signatures.",
         "+Next time I will try a longer book with heavier boards and see whether the chain stitch still holds.",
         "-Enjoyed this? Subscribe and get new binding tutorials by email."],
        ["-Share this: Pinterest · Facebook · Email",
         "-← Previous: Making paste paper | Next: Rounding and backing →"],
        ["-5 thoughts on “Sewing my first coptic-stitch notebook”",
         "-Bramble: Lovely tutorial! What paper weight did you use for the signatures?",
         "-↳ Juniper Harlowe: Thanks, Bramble – it's 120gsm cartridge, folded with the grain.",
         "-Ravi K.: I always struggled with the kettle stitch at the ends, this helped a lot.",
         "-Leave a Reply"],
        ["-Published with Write.as · Follow via RSS"],
    ]),
    _page("fr", "fr-portail-ormevilliers-epicerie", [
        ["-La Gazette d'Ormevilliers",
         "-Jeudi 5 mars 2026 · Fête du jour : sainte Olive",
         "-Actualité · Communes · Agriculture · Loisirs · Nécrologie"],
        ["+À Ormevilliers, l'épicerie du village rouvre sous forme de coopérative"],
        ["-Par Solenne Pradiveau",
         "-Publié le 5 mars 2026 à 6h30, mis à jour à 9h15",
         "-Lecture 2 min"],
        ["+Fermée depuis le départ à la retraite de son gérant en octobre, l'unique épicerie d'Ormevilliers rouvrira"
         " samedi, portée par une société coopérative d'intérêt collectif.",
         "+Quatre-vingt-sept habitants ont acheté des parts sociales à 20 euros, et la commune loue les murs pour un"
         " euro symbolique."],
        ["-À lire aussi : La dernière boulangerie du canton cherche un repreneur",
         "-Publicité"],
        ["+« Ici, on faisait vingt kilomètres pour acheter du pain et du lait ; maintenant, on pourra venir à pied »,"
         " se réjouit Joëlle Gravouillet, présidente de la coopérative.",
         "-Les bénévoles installent les rayonnages dans l'ancienne épicerie. Photo Gazette"],
        ["+Ce que proposera la boutique"],
        ["+Des produits frais de six fermes situées à moins de quinze kilomètres.",
         "+Un dépôt de pain livré chaque matin par un boulanger du canton.",
         "-Recevez chaque vendredi l'essentiel de l'actualité de votre commune : inscrivez-vous à notre lettre",
         "+Un point relais pour les colis et un distributeur de billets."],
        ["+Deux salariés à temps partiel seront embauchés, épaulés par une trentaine de bénévoles.",
         "+La coopérative espère atteindre l'équilibre financier d'ici deux ans et ouvrir le dimanche matin dès"
         " l'été."],
        ["-Partager : Facebook · X · E-mail · Imprimer",
         "-Mots-clés : Ormevilliers, commerce, coopérative, ruralité"],
        ["-6 réactions",
         "-Marc_du_59 : Bravo aux bénévoles, on viendra faire nos courses !",
         "-↳ Lise : Est-ce qu'il y aura des produits bio ?",
         "-Papy Robert : Enfin ! Ma femme ne conduit plus depuis deux ans.",
         "-↳ Gazette : Merci pour votre message, Robert, nous transmettons à la coopérative.",
         "-Voir plus de réactions"],
        ["-© 2026 Éditions du Val d'Orme – Tous droits réservés",
         "-Mentions légales · Données personnelles · Gestion des cookies · CGV"],
    ]),
    _page("fr", "fr-blog-jungledupalier-pothos", [
        ["-La Jungle du Palier",
         "-Accueil · Boutures · Rempotage · Mes plantes · Contact"],
        ["+Bouturer un pothos dans l'eau : mon pas-à-pas",
         "-Publié le 28 février 2026 par Capucine",
         "-Catégorie : Boutures"],
        ["-Lecture : 5 minutes",
         "-Sommaire",
         "-1. Choisir la tige",
         "-2. Changer l'eau du bocal"],
        ["+Le pothos est sans doute la plante la plus facile à bouturer, et c'est pour cela que je la conseille à tous"
         " ceux qui débutent.",
         "-Trois boutures de pothos dans un bocal de confiture, au dixième jour.",
         "+Il suffit de couper une tige sous un nœud, d'enlever la feuille du bas et de la plonger dans un verre"
         " d'eau à température ambiante."],
        ["+Ma voisine, qui cultive des plantes depuis quarante ans, me répète toujours : « Une racine qui voit la"
         " lumière pousse moins vite, mais elle pousse plus forte. »"],
        ["-Annonce",
         "-Mes boutures enracinées partent en troc à ma prochaine bourse aux plantes – dates sur la page Agenda"],
        ["+Ce qu'il vous faut"],
        ["+Une tige d'au moins deux nœuds, coupée avec un sécateur propre.",
         "+Un bocal transparent rempli d'eau non calcaire.",
         "+Un endroit lumineux mais sans soleil direct."],
        ["+Au bout de trois semaines, les racines mesurent quelques centimètres et la bouture peut rejoindre un pot de"
         " terreau léger.",
         "+Je garde toujours une ou deux tiges dans l'eau en réserve, au cas où la plante mère souffrirait pendant"
         " l'hiver.",
         "-Vous aimez ce blog ? Abonnez-vous pour recevoir les nouveaux articles."],
        ["-Partager sur Pinterest · Facebook · WhatsApp",
         "-« Article précédent : Rempoter un ficus | Article suivant : Les cochenilles farineuses »"],
        ["-4 commentaires sur « Bouturer un pothos dans l'eau : mon pas-à-pas »",
         "-Mélodie : Merci ! Faut-il ajouter de l'engrais dans l'eau ?",
         "-↳ Capucine : Bonjour Mélodie, non, pas avant que les racines dépassent deux centimètres.",
         "-Julien B. : Les miens ont pourri au bout d'une semaine, je retente avec ta méthode.",
         "-Laisser un commentaire"],
        ["-Hébergé par Canalblog · Thème : Clair"],
    ]),
    _page("de", "de-portal-kranichsbrueck-bibliothek", [
        ["-Kranichsbrücker Bote",
         "-Donnerstag, 5. März 2026 · Ausgabe Nord",
         "-Lokales · Politik · Kultur · Sport · Service"],
        ["+Stadtbibliothek Kranichsbrück öffnet künftig auch am Sonntag"],
        ["-Von Henrike Kürbisholt",
         "-05.03.2026, 08:00 Uhr · aktualisiert 10:20 Uhr",
         "-Lesezeit: 2 Minuten"],
        ["+Die Stadtbibliothek Kranichsbrück öffnet ab April auch sonntags von 11 bis 17 Uhr und verlängert ihre"
         " Öffnungszeiten unter der Woche bis 20 Uhr.",
         "+Möglich macht das ein Verbuchungssystem mit Selbstbedienung, mit dem Leserinnen und Leser Medien ohne"
         " Personal ausleihen und zurückgeben können."],
        ["-Lesen Sie auch: Stadtrat streicht Zuschuss für die Musikschule",
         "-- Anzeige -"],
        ["+„Viele Berufstätige konnten bisher nur am Samstagvormittag kommen, und dann war es voll“, sagt"
         " Bibliotheksleiterin Almut Bücherwerth.",
         "-Der neue Selbstverbuchungsautomat im Foyer der Stadtbibliothek. Foto: Stadt Kranichsbrück"],
        ["+Die neuen Öffnungszeiten im Überblick"],
        ["+Montag bis Freitag: 10 bis 20 Uhr.",
         "+Samstag: 10 bis 16 Uhr.",
         "-Der Bote-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Region – jetzt kostenlos abonnieren",
         "+Sonntag: 11 bis 17 Uhr, ohne Beratung an der Theke."],
        ["+Die Kosten für die Technik von rund 80.000 Euro trägt zu zwei Dritteln das Land.",
         "+Ob das Sonntagsangebot bleibt, will der Kulturausschuss nach einem Jahr anhand der Besucherzahlen"
         " entscheiden."],
        ["-Teilen auf Facebook · WhatsApp · E-Mail",
         "-Schlagworte: Bibliothek, Kultur, Öffnungszeiten"],
        ["-9 Kommentare",
         "-Leseratte_62: Endlich! Sonntags hatte ich immer Zeit, aber alles war zu.",
         "-↳ H. Brandt: Und wer räumt dann die Bücher ein? Das geht doch auf Kosten des Personals.",
         "-Jonas K.: Gibt es auch längere Zeiten für den Lesesaal?",
         "-↳ Redaktion: Laut Stadt gelten die neuen Zeiten für das ganze Haus.",
         "-Weitere Kommentare laden"],
        ["-© Kranichsbrücker Verlagsgesellschaft mbH 2026",
         "-Impressum · Datenschutz · AGB · Kontakt"],
    ]),
    _page("de", "de-blog-leistenzieher-ueberhang", [
        ["-Leistenzieher – Bouldern in der Halle",
         "-Start · Technik · Training · Hallen · Über mich"],
        ["+Endlich über die Dachkante: Wie ich meinen ersten Überhang geschafft habe",
         "-Veröffentlicht am 1. März 2026 von Mats",
         "-Kategorie: Technik"],
        ["-ca. 6 Min. zu lesen",
         "-Inhalt dieses Beitrags",
         "-1. Warum Überhänge so anstrengend sind",
         "-2. Hooks mit Ferse und Zehen"],
        ["+Monatelang bin ich an jedem Boulder im Überhang nach dem zweiten Zug abgefallen, während es an der"
         " senkrechten Wand gut klappte.",
         "-Der gelbe Boulder im Dachbereich meiner Halle, Schwierigkeit 5+.",
         "+Das Problem war nicht die Kraft in den Armen, sondern dass meine Füße ständig von den Tritten rutschten"
         " und ich dann nur noch an den Händen hing."],
        ["+Ein Trainer in meiner Halle sagte mir irgendwann: „Im Dach kletterst du mit dem Bauch, nicht mit dem"
         " Bizeps.“"],
        ["-Gesponsert",
         "-Meine Trainingspläne fürs Bouldern gibt es als PDF in meinem Shop"],
        ["+Was mir geholfen hat"],
        ["+Die Hüfte nah an die Wand bringen, bevor ich nach dem nächsten Griff greife.",
         "+Mit der Ferse hinter Griffen einhaken, statt nur die Zehen auf Tritte zu stellen.",
         "+Langsam und kontrolliert klettern, auch wenn es sich anfangs schwerer anfühlt."],
        ["+Nach sechs Wochen mit diesen Übungen bin ich den gelben Boulder zum ersten Mal bis zum Top geklettert.",
         "+Als Nächstes nehme ich mir den orangen Boulder daneben vor, der mit einem weiten Sprung endet.",
         "-Wenn dir der Beitrag gefallen hat, abonniere meinen Blog per E-Mail."],
        ["-Teilen: Facebook · Pinterest · Telegram",
         "-← Älterer Beitrag | Neuerer Beitrag →"],
        ["-3 Gedanken zu „Endlich über die Dachkante: Wie ich meinen ersten Überhang geschafft habe“",
         "-Kletterkatze: Das mit der Hüfte kann ich nur bestätigen, hat bei mir auch alles verändert.",
         "-↳ Mats: Danke dir, Kletterkatze! In welcher Halle kletterst du?",
         "-Benni: Hast du auch am Hangboard trainiert oder nur an der Wand?",
         "-Schreibe einen Kommentar"],
        ["-Erstellt mit Jimdo · Datenschutz · Impressum"],
    ]),
    _page("it", "it-portale-valdrusco-corriera", [
        ["-La Voce di Valdrusco",
         "-Giovedì 5 marzo 2026 · Aggiornato alle 07:45",
         "-Cronaca · Politica · Economia · Sport · Cultura · Necrologie"],
        ["+Torna la corriera per le frazioni di Valdrusco: sei corse al giorno da aprile"],
        ["-di Ludovica Sbrindoli",
         "-5 marzo 2026 · ore 07:30",
         "-Lettura: 2 minuti"],
        ["+Dopo due anni di sospensione, la linea di autobus che collega le cinque frazioni di montagna al capoluogo"
         " di Valdrusco tornerà in servizio dal primo aprile.",
         "+Il servizio sarà gestito da una cooperativa sociale della valle, con un contributo della Regione di 140"
         " mila euro all'anno."],
        ["-Leggi anche: Chiude l'ultimo sportello bancario della valle",
         "-Pubblicità"],
        ["+«Per gli anziani delle frazioni la corriera significa poter andare dal medico senza chiedere un passaggio a"
         " nessuno», ha spiegato il sindaco Ermanno Ciottolaro.",
         "-La fermata della corriera nella piazza della frazione più alta. (Foto Voce)"],
        ["+Orari e tariffe"],
        ["+Prima corsa alle 6:20 dalla frazione più alta, ultima alle 19:10 dal capoluogo.",
         "+Biglietto singolo a 1,50 euro, abbonamento mensile a 25 euro.",
         "-Iscriviti alla newsletter della Voce: ogni mattina le notizie della valle nella tua casella",
         "+Corse anche il sabato mattina, nei giorni di mercato."],
        ["+Gli orari completi saranno affissi nelle bacheche comunali e nelle tabaccherie entro fine marzo.",
         "+Il Comune valuterà a settembre se aggiungere una corsa serale per gli studenti dell'istituto agrario."],
        ["-Condividi: Facebook · WhatsApp · X · Email",
         "-Argomenti: trasporti, frazioni, montagna"],
        ["-11 commenti",
         "-Franca_58: Finalmente! Mia madre non guida più e dipendeva da noi per tutto.",
         "-↳ Gino R.: Speriamo che questa volta duri più di un inverno.",
         "-Luca: E per chi lavora in città fino alle sette?",
         "-↳ La Redazione: Luca, il Comune dice che la corsa serale sarà decisa a settembre.",
         "-Mostra altri commenti"],
        ["-© 2026 Edizioni Valdruschine srl · P.IVA 00000000000",
         "-Privacy · Cookie policy · Contatti · Redazione"],
    ]),
    _page("it", "it-blog-spagoecolla-giapponese", [
        ["-Quaderni di Spago e Colla",
         "-Home · Tutorial · Materiali · Chi sono"],
        ["+Il mio primo quaderno con cucitura giapponese",
         "-Pubblicato il 27 febbraio 2026 da Marta",
         "-Categoria: Tutorial"],
        ["-Tempo di lettura: 6 minuti",
         "-Indice dei contenuti",
         "-1. Preparare i fogli",
         "-2. Forare il dorso"],
        ["+La cucitura giapponese è perfetta per chi comincia: non servono segnature piegate, bastano fogli singoli e"
         " un po' di pazienza.",
         "-Il quaderno finito, con la copertina in carta di riso.",
         "+Ho tagliato quaranta fogli in formato A5 e due copertine di cartoncino, poi li ho stretti insieme con due"
         " mollette da bucato."],
        ["+Come mi disse una legatrice di Firenze durante un corso: «Il filo deve stringere la carta come una stretta"
         " di mano, non come una morsa.»"],
        ["-Annuncio",
         "-I miei quaderni cuciti a mano si trovano nel mio negozio su Etsy"],
        ["+Il materiale"],
        ["+Un punteruolo e un righello per segnare i fori.",
         "+Filo di lino cerato, lungo circa tre volte l'altezza del quaderno.",
         "+Un ago da legatoria con la cruna larga."],
        ["+In tutto ci ho messo un pomeriggio, compreso il tempo per rifare due fori storti.",
         "+Il prossimo esperimento sarà una cucitura a dorso di tartaruga, più decorativa ma anche più lunga.",
         "-Ti è piaciuto l'articolo? Iscriviti per ricevere i nuovi tutorial."],
        ["-Condividi su Pinterest · Facebook · Telegram",
         "-« Articolo precedente | Articolo successivo »"],
        ["-3 commenti a “Il mio primo quaderno con cucitura giapponese”",
         "-Sara: Bellissimo! Che spessore ha il cartoncino della copertina?",
         "-↳ Marta: Ciao Sara, è un 300 grammi, si buca bene con il punteruolo.",
         "-Paolo: Ho provato con lo spago da cucina, ma si sfilaccia subito.",
         "-Lascia un commento"],
        ["-Sito creato con Altervista"],
    ]),
    _page("pl", "pl-portal-jarzebinowka-sklep", [
        ["-Głos Jarzębinówki",
         "-Czwartek, 5 marca 2026 · Imieniny: Adrianny, Fryderyka",
         "-Wiadomości · Gmina · Rolnictwo · Sport · Ogłoszenia"],
        ["+Mieszkańcy Jarzębinówki otworzyli własny sklep spółdzielczy"],
        ["-Autorka: Teodora Rzepiczak",
         "-5 marca 2026, 08:15",
         "-2 min czytania"],
        ["+Po zamknięciu jedynego sklepu we wsi mieszkańcy Jarzębinówki założyli spółdzielnię i w sobotę otworzyli"
         " własny sklep w budynku dawnej poczty.",
         "+Do spółdzielni przystąpiło już 112 osób, a każda wpłaciła udział w wysokości 200 złotych."],
        ["-Czytaj także: Gmina szuka chętnych do prowadzenia świetlicy",
         "-Reklama"],
        ["+„Nie chcieliśmy jeździć po chleb do miasta, więc wzięliśmy sprawy w swoje ręce” – mówi sołtyska Grażyna"
         " Wrotyczak.",
         "-Pierwsi klienci w sklepie spółdzielczym w sobotę rano. Fot. Głos"],
        ["+Co znajdzie się w sklepie"],
        ["+Pieczywo z piekarni w sąsiedniej gminie, dowożone codziennie o szóstej.",
         "+Warzywa, jaja i miód od rolników z okolicy.",
         "-Zapisz się do newslettera i otrzymuj co tydzień najważniejsze wiadomości z gminy",
         "+Podstawowe artykuły chemiczne i karma dla zwierząt."],
        ["+Sklep będzie czynny od poniedziałku do soboty w godzinach od 7 do 18.",
         "+Spółdzielnia chce w przyszłym roku zatrudnić drugą sprzedawczynię i uruchomić dowóz zakupów dla starszych"
         " mieszkańców."],
        ["-Udostępnij: Facebook · Messenger · Kopiuj link",
         "-Tagi: handel, spółdzielnia, wieś"],
        ["-Komentarze (8)",
         "-Zenek: Brawo! Tak trzymać, trzeba wspierać swoich.",
         "-↳ Ania z Dolnej: A gdzie można zapisać się do spółdzielni?",
         "-Gość: Ciekawe, jak długo to wytrzyma.",
         "-↳ Redakcja: Zapisy przyjmuje sołtyska w świetlicy wiejskiej.",
         "-Pokaż więcej komentarzy"],
        ["-© 2026 Wydawnictwo Jarzębina sp. z o.o.",
         "-Regulamin serwisu · Polityka prywatności · Kontakt z redakcją"],
    ]),
    _page("pl", "pl-blog-parapetowadzungla-monstera", [
        ["-Parapetowa Dżungla",
         "-Start · Rośliny · Pielęgnacja · Szkodniki · O mnie"],
        ["+Jak przesadzić monsterę i nie zrobić jej krzywdy",
         "-Opublikowano 3 marca 2026 przez Olę",
         "-Kategoria: Pielęgnacja"],
        ["-Czas czytania: ok. 5 minut",
         "-Spis treści",
         "-1. Kiedy przesadzać",
         "-2. Jakie podłoże wybrać"],
        ["+Moja monstera rosła w tej samej doniczce od trzech lat i korzenie zaczęły wychodzić przez otwory na dnie.",
         "-Monstera tuż po przesadzeniu, jeszcze z podporą z mchu.",
         "+Przesadzałam ją w marcu, bo wtedy roślina budzi się po zimie i najszybciej się regeneruje."],
        ["+Pani w kwiaciarni powiedziała mi kiedyś: „Monstera nie lubi dużych skoków – doniczka tylko o jeden rozmiar"
         " większa.”"],
        ["-Materiał sponsorowany",
         "-Ukorzenione sadzonki monstery wysyłam w całej Polsce – szczegóły w zakładce Wymiana"],
        ["+Co przygotować"],
        ["+Doniczkę o średnicy większej o dwa, trzy centymetry od poprzedniej.",
         "+Przepuszczalne podłoże z dodatkiem kory i perlitu.",
         "+Rękawiczki, bo sok monstery może podrażniać skórę."],
        ["+Po przesadzeniu nie nawoziłam rośliny przez miesiąc i trzymałam ją z dala od bezpośredniego słońca.",
         "+Po sześciu tygodniach monstera wypuściła nowy liść, pierwszy z dziurami od zeszłego lata.",
         "-Podobał ci się wpis? Zapisz się, a nowe posty przyjdą prosto na maila."],
        ["-Udostępnij na Facebooku · Pinterest · WhatsApp",
         "-← Poprzedni wpis | Następny wpis →"],
        ["-4 komentarze do „Jak przesadzić monsterę i nie zrobić jej krzywdy”",
         "-Kasia: Super poradnik! Ja zawsze przesadzam za późno.",
         "-↳ Ola: Kasiu, lepiej późno niż wcale, byle nie zimą.",
         "-Marcin: A co z korzeniami powietrznymi, obcinać je?",
         "-Dodaj komentarz"],
        ["-Strona stworzona w kreatorze WebWave"],
    ]),
    _page("ru", "ru-portal-klyukvoozyorsk-biblioteka", [
        ["-Клюквоозёрский вестник",
         "-Четверг, 5 марта 2026 · Погода: −2 °C, снег",
         "-Новости · Город · Культура · Спорт · Афиша"],
        ["+Центральная библиотека Клюквоозёрска будет работать до девяти вечера"],
        ["-Материал подготовила Варвара Ольхоступова",
         "-5 марта 2026, 09:40",
         "-2 мин на чтение"],
        ["+С 1 апреля центральная городская библиотека Клюквоозёрска будет открыта по будням до 21:00, а по"
         " воскресеньям — с 11:00 до 17:00.",
         "+Решение приняли после опроса, в котором участвовали почти девятьсот читателей."],
        ["-Читайте также: В городском парке откроют каток до конца марта",
         "-Реклама 16+"],
        ["+«Многие читатели работают до шести и просто не успевали к нам. Теперь у них будет три лишних часа», —"
         " рассказала директор библиотеки Лада Переплётова.",
         "-Читальный зал центральной библиотеки после ремонта. Фото: пресс-служба библиотеки"],
        ["+Новый график работы"],
        ["+Понедельник — пятница: с 10:00 до 21:00.",
         "+Суббота: с 10:00 до 18:00.",
         "-Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости города",
         "+Воскресенье: с 11:00 до 17:00, последний четверг месяца — санитарный день."],
        ["+Для вечерних смен библиотека наберёт двух новых сотрудников на полставки.",
         "+В администрации пообещали через полгода подвести итоги и решить, сохранять ли новый график."],
        ["-Поделиться: ВКонтакте · Telegram · WhatsApp",
         "-Теги: библиотека, культура, город"],
        ["-Комментарии: 7",
         "-Ирина_К: Наконец-то! После работы теперь смогу заходить.",
         "-↳ Сергей: А кто будет сидеть на выдаче по вечерам?",
         "-Читатель: Хорошо бы ещё и в субботу подольше.",
         "-↳ Редакция: По субботам график пока не меняется.",
         "-Показать ещё комментарии"],
        ["-© 2026 МУП «Клюквоозёрская типография». Все права защищены.",
         "-Политика конфиденциальности · Пользовательское соглашение · Контакты"],
    ]),
    _page("ru", "ru-blog-zatsepkazazatsepkoy-tufli", [
        ["-Зацепка за зацепкой",
         "-Главная · Техника · Скалодромы · Снаряжение · Обо мне"],
        ["+Как я выбирала первые скальные туфли",
         "-Опубликовано 2 марта 2026 автором Даша",
         "-Рубрика: Снаряжение"],
        ["-Чтение займёт 5 минут",
         "-Содержание",
         "-1. Какой размер брать",
         "-2. Липучки или шнурки"],
        ["+Первые полгода я лазила на скалодроме в прокатных туфлях, пока не поняла, что они мне велики на полтора"
         " размера.",
         "-Мои новые туфли после первой недели на скалодроме.",
         "+В магазине мне предложили примерить шесть моделей, и почти все сначала казались невыносимо тесными."],
        ["+Продавец, сам инструктор по скалолазанию, объяснил: «Туфли должны быть тесными, но не больными — пальцы"
         " согнуты, а пятка не болтается»."],
        ["-Спонсорский материал",
         "-Провожу индивидуальные тренировки на скалодроме — запись в личных сообщениях."],
        ["+На что я смотрела при выборе"],
        ["+Чтобы пятка сидела плотно и не соскальзывала на зацепах.",
         "+Чтобы застёжка была на липучках: их быстрее снимать между трассами.",
         "+Чтобы подошва была не слишком жёсткой для скалодрома."],
        ["+В итоге я купила туфли на размер меньше уличной обуви, и через две недели они разносились.",
         "+Теперь я прохожу трассы, на которых раньше срывалась из-за того, что нога проскальзывала.",
         "-Понравился пост? Подпишитесь на рассылку блога."],
        ["-Поделиться в ВКонтакте · Telegram",
         "-← Предыдущая запись | Следующая запись →"],
        ["-3 комментария к записи «Как я выбирала первые скальные туфли»",
         "-Лёша: А какую модель в итоге взяла?",
         "-↳ Даша: Лёша, напишу отдельный пост с обзором, обещаю!",
         "-Марина: У меня туфли растянулись почти на размер, так что ты всё правильно сделала.",
         "-Добавить комментарий"],
        ["-Сайт сделан на uKit"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-sewnspinediaries-coptic":
        "the bookbinding blog's coptic-stitch post keeps its photo caption ('Six folded signatures of cartridge"
        " paper, pierced and ready to sew.') between the first and second paragraphs (1 of 20 noise lines)",
    "fr-blog-jungledupalier-pothos":
        "the houseplant blog's pothos post keeps its photo caption ('Trois boutures de pothos dans un bocal de"
        " confiture, au dixième jour.') between the first and second paragraphs and its swap plug ('Mes boutures"
        " enracinées partent en troc à ma prochaine bourse aux plantes – dates sur la page Agenda') between the"
        " paragraph with the quote and the subheading (2 of 20 noise lines)",
    "de-blog-leistenzieher-ueberhang":
        "the climbing blog's overhang post keeps its photo caption ('Der gelbe Boulder im Dachbereich meiner Halle,"
        " Schwierigkeit 5+.') between the first and second paragraphs (1 of 20 noise lines)",
    "it-blog-spagoecolla-giapponese":
        "the bookbinding blog's Japanese-binding post keeps its photo caption ('Il quaderno finito, con la copertina"
        " in carta di riso.') between the first and second paragraphs (1 of 20 noise lines)",
    "pl-blog-parapetowadzungla-monstera":
        "the houseplant blog's monstera post keeps its photo caption ('Monstera tuż po przesadzeniu, jeszcze z podporą"
        " z mchu.') between the first and second paragraphs and its subscribe prompt ('Podobał ci się wpis? Zapisz"
        " się, a nowe posty przyjdą prosto na maila.') right after the last paragraph (2 of 20 noise lines)",
    "ru-blog-zatsepkazazatsepkoy-tufli":
        "the climbing blog's shoes post keeps its photo caption ('Мои новые туфли после первой недели на скалодроме.')"
        " between the first and second paragraphs and its coaching plug ('Провожу индивидуальные тренировки на"
        " скалодроме — запись в личных сообщениях.') between the paragraph with the quote and the subheading (2 of 20"
        " noise lines)",
}


test_held_out_131_line, test_held_out_131_line_is_kept, test_held_out_131_page = held_out_tests(
    HELD_OUT_131_LINES, HELD_OUT_131_KEEP, HELD_OUT_131_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
