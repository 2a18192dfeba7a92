"""Held-out set 229: written blind, weighted toward the noise the cleaner exists for, in shapes set 228's docstring does
not name (nor the first paragraphs of sets 225, 226 and 227): scraper, embed and ad markers, all in the body (an English
Sketchfab 3D model waiting for a click, needing WebGL "Sketchfab 3D model: click to load the interactive viewer (WebGL
required).", an English Mixcloud show not available in the reader's country "Sorry, this Mixcloud show isn't available
in your country.", an English Padlet board not shown because third-party cookies are blocked "The Padlet board embedded
here can't be shown because third-party cookies are blocked.", a French Dailymotion video made private by its owner "La
vidéo Dailymotion n'est plus disponible : son propriétaire l'a rendue privée.", a German SoundCloud item asking for a
click on allow-playback "Zum Anhören des SoundCloud-Beitrags bitte oben auf „Abspielen erlauben“ klicken.", an Italian
RaiPlay item visible only to registered users "Questo contenuto di RaiPlay è visibile solo agli utenti registrati.", a
Polish Flickr gallery that failed to load, with a refresh-the-page hint "Nie udało się wczytać galerii z Flickra.
Odśwież stronę." and a Russian Yandex Music audio player that did not load, asking to switch off the ad blocker
"Аудиоплеер Яндекс Музыки не загрузился: отключите блокировщик рекламы."); reading-time headers in new wordings, all at
the head (the English word-count-and-minutes label "1,450 words · about 7 minutes", a blog's heads-up-this-is-a-long-one
line with its minutes to read "Heads up: this is a long one (around 12 minutes to read).", the French reads-in (se lit
en) label "Se lit en 6 min", the German minutes-of-reading-time label with the word count "6 Minuten Lesezeit · 1.200
Wörter", the Italian read-in (leggi in) label "Leggi in 6 minuti", the Polish minutes-of-reading (lektury) label "6
minut lektury" and the Russian time-of-reading label with a dash "Время прочтения — 6 минут"); bylines and
self-promotion (an English reporting-by byline with a staff picture credit "Reporting by Ottoline Gribbsworth ·
Pictures: Gazette staff", a German Reportage label byline "Reportage: Irmtraud Pelzbächer", an Italian
text-and-photos-by byline "Testo e foto di Ludovica Impagliatti" and a Polish author (autorka) label byline "Autorka:
Bożena Wypchalska", all at the head; and an English Folksy plug for the author's hand-painted bookmarks "My hand-painted
trotting-horse bookmarks are on Folksy, £3 each.", an English Patreon plug for the author's race-day form guides
"Patrons on Patreon get my race-day form guides a day early.", a French Leboncoin plug for the author's hand-painted
postcards "Mes cartes postales de trotteurs peintes à la main sont sur Leboncoin." and a Russian Avito plug for the
author's horseshoe key rings "Мои брелоки-подковы продаю на Авито, пишите в личку.", all at the foot); blog and site
footers, all at the foot (an English Eleventy and Cloudflare Pages credit "Built with Eleventy · Deployed on Cloudflare
Pages", an English company-registration line with the VAT number "Registered in England and Wales No. 08472915 · VAT No.
GB 301 4472 18", an English Bear Blog credit with the colophon link "Made with Bear Blog · Colophon", a French Jimdo and
OVHcloud credit with the personal-data link "Créé avec Jimdo · Hébergé par OVHcloud · Données personnelles", a German
Strato hosting line with the privacy and cookie-settings links "Hosting: Strato · Datenschutzerklärung ·
Cookie-Einstellungen", an Italian Register.it hosting line with the legal notes and the manage-consent link "Hosting:
Register.it · Note legali · Gestisci i consensi", a Polish cyber_Folks hosting line with the terms and the cookie policy
"Hosting: cyber_Folks · Regulamin · Polityka cookies" and a Russian WordPress and Beget credit with the user agreement
"Работает на WordPress · Хостинг: Beget · Пользовательское соглашение"); reader-comment furniture, all at the foot (an
English hide-the-replies link with its count "Hide 2 replies", an English removed-by-a-moderator note in a thread
"Comment removed by a moderator because it broke the house rules.", an English people-are-talking join-the-conversation
prompt "14 people are talking about this. Join the conversation", a French show-the-replies link with its count
"Afficher les 6 réponses", a German most-liked-comment label with its approvals "Beliebtester Kommentar · 12
Zustimmungen", an Italian readers-liked-this-comment count "12 lettori hanno apprezzato questo commento", a Polish
comment-as-a-guest-or-log-in-with-Facebook prompt "Dodaj komentarz jako gość lub zaloguj się przez Facebooka" and a
Russian show-7-more-replies link "Показать ещё 7 ответов"); share rows, all at the foot (an English found-this-useful
pass-it-on row with Reddit "Found this useful? Pass it on: WhatsApp · Reddit · Email", a French share-with-your-family
row with SMS "Partagez cet article avec vos proches : Facebook · WhatsApp · SMS" and a Russian send-to row with Viber
"Отправить в: Telegram · WhatsApp · Viber"); and notices (a German disclosure (Offenlegung) that the author belongs to
the taxidermists' club "Offenlegung: Unsere Autorin ist Mitglied im Verein der Tierpräparatoren." and an Italian
published-in-collaboration-with-the-Pro-Loco note "Articolo pubblicato in collaborazione con la Pro Loco.", all in the
body; and a Polish contains-product-placement note "Materiał zawiera lokowanie produktu." at the foot); and toward whole
scraped news and hobby-blog pages in layouts set 228's docstring does not describe (on the six portal pages, in ten
blocks, the section menu alone in a block of one at the very top; the masthead with its tagline, the title, the byline
with the date and time (one line) and a bare reading time in a block of four, the masthead first and the title second;
the lead photo's caption with its credit (one line) and a share row alone in a block of two; the first and second
paragraphs at the two ends of a block of four, with a partner-content label (an advertisement label on the other
portals: Publicité, Anzeige, Annuncio, Reklama, Реклама) and a sponsored headline with no label of its own between them;
a read-also link and a newsletter prompt above the paragraph with the quote, in a block of three (the quote last); a
most-read line with two headlines opening the list block, above the subheading and the three rows (a block of five, the
subheading second); the two last paragraphs at the two ends of a block of three with a video link (its length in
brackets) between them; a tags line alone in a block of one; a thread of five lines alone in a block (a comment count, a
reader's comment, the paper's arrowed reply to it, a second reader's comment and a third reader's arrowed reply to
that); and at the foot a line of site links (about us, contact, advertising, privacy, cookies) and the publisher's
copyright line in a block of two, the links first; on the six blog pages, in eleven blocks, the blog name with its
tagline alone in a block of one at the very top; the menu and a breadcrumb in a block of two, the menu first; the title
first in a block of three, above the posted-on-by line (with the comment count) and a bare reading time; an
affiliate-links disclosure and a table of contents (its heading and three entries in one line) alone in a block of two;
the first and second paragraphs at the two ends of a block of four, with the opening photo's caption and a pin-it prompt
between them; the paragraph with the quote in the middle of a block of three, between an advertisements label above it
and an affiliate link to the race bridle (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) under
it; the subheading and the three rows alone in a block of four, with no noise in the list block; the two last paragraphs
at the two ends of a block of three with a subscribe-by-email prompt between them; the author's sign-off, a plug for her
hand-painted lucky horseshoes for front doors (in an Etsy shop, at Yarmarka Masterov on the Russian blog) and a share
row in a block of three; a thread of four lines alone in a block (a comments heading with its count quoting the post's
title, a comment, the author's arrowed reply and a second comment left unanswered); and at the foot the author's
copyright line with the theme and platform credit in one line, alone in a block of one), taken from local news of a town
museum reopening its natural-history gallery with a taxidermy exhibition after three years of restoration (more than
2,000 people queuing in the rain on the English page, 1,200 to 1,800 on the others, 140 nineteenth-century specimens
from a barn owl to a brown bear stuffed by a local saddler in 1898, the curator's quote that taxidermy records how
people looked at animals and not just the animals themselves, a weekend programme of an 11am guided tour of the restored
cases, a 2pm talk on how the bear was cleaned, re-stitched and given new glass eyes and a 4pm children's drawing hour in
the bird gallery, 300 hours of work on the bear alone with glass eyes blown in Stourbridge, Biot, Lauscha, Murano,
Krosno or Gus-Khrustalny, the exhibition open until 28 March and free for residents on Sundays) in six invented towns,
and from six hobby blogs of girls on their family's trotting mare's first harness race at a summer meeting on a grass
track (trained since March on the lanes before school with the author in the cart behind, the driver's quote at the
start about letting her settle, giving her the gap and letting her find the rest herself, 12.30 walking the track, 14.15
the race for maiden trotters with eight runners, 16.00 prize-giving and a bucket of carrots, one break into a gallop on
the back straight, third of eight, the autumn meeting in October next and perhaps the author driving her in the junior
race next year))

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 228 but what is named here), held-out set 230 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 228 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 225, 226 and 227, printed with one ast script
(/tmp/s229scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s229scratch/insp.py, with /tmp/wt-s229/src and /tmp/wt-s229/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s229 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 228's as printed, with 228 -> 229; /tmp/s229scratch/gen229.py writes this file
from scratch files (data229.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages229.py with the pages, doc_layout.txt, doc_protocol.txt, doc_notes.txt,
doc_rest.txt and, after the measurement, doc_baseline.txt and tables229.py with the xfail tables). Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s229,
detached at commit 95113f91b67a1636fb9a9d1cf375ef720d728cb1, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 18:33:25 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 18:33:27 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 95113f91b67a1636fb9a9d1cf375ef720d728cb1 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0); /work/main was not touched
afterwards. An ``ls`` of the two new worktrees' top folders, cut by ``head`` (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests of /tmp/wt-s229), was printed to see that they exist; no folder below them was
listed. (2) readallowed.py first printed to the terminal, which the tool cut in the middle (it showed set 228's
docstring up to inside its note (4), and from inside set 226's first paragraph on to the end, i.e. the rest of set 226's
first paragraph and set 227's, all allowed parts); the second run went to /tmp/s229scratch/allowed.txt (only the allowed
parts), of which I paged lines 125 to 420 with ``sed`` in two pieces (the rest of set 228's docstring up to and
including its Baseline paragraph, its imports and its tail, and set 225's first paragraph up to inside its blog layout);
``sed`` ran on my own output file, never on a file of the repository, and nothing else of any set file was printed. So
the end of set 225's first paragraph and the start of set 226's first paragraph were not seen; my wordings were checked
against what was seen. (3) The default python already had the project's dependencies: the inspect import of test_clean
and noisy_corpus worked on its first run, so nothing was installed. That import (and gen229.py's import of the written
file, to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement
and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name,
by eye, and kept away from them: no embed service used for a held-out marker here is named for a marker in them
(Sketchfab, Mixcloud, Padlet, Dailymotion, SoundCloud, RaiPlay, Flickr, Yandex Music), and the failures are of kinds not
named there (a 3D viewer waiting for a click and needing WebGL, a show not available in the reader's country, a board
blocked with third-party cookies, a video made private by its owner, a click-to-allow-playback prompt, an item for
registered users only, a gallery that failed to load with a refresh hint, a player blocked by an ad blocker); the
reading times avoid the phrasings named there (the new ones are a words-and-minutes label "1,450 words · about 7
minutes", "Heads up: this is a long one (around 12 minutes to read).", "Se lit en", "Minuten Lesezeit · 1.200 Wörter",
"Leggi in", "minut lektury" and "Время прочтения —"); the bylines are of new shapes (reporting by with a pictures
credit, Reportage:, testo e foto di, Autorka:) and the plugs name platforms not named there (Folksy, Patreon, Leboncoin,
Avito); the footers use builders, hosts and legal lines not named there (Eleventy with Cloudflare Pages, a
registered-in-England-and-Wales company line with a VAT number, Bear Blog with a colophon, Jimdo with OVHcloud, Strato
with cookie settings, Register.it with the manage-consent link, cyber_Folks, WordPress with Beget and a user agreement);
the comment lines (a hide-replies link, a removed-by-a-moderator note, a people-are-talking prompt, a show-the-replies
link, a most-liked-comment label, a readers-liked-this count, a comment-as-a-guest prompt, a show-more-replies link),
share rows (found this useful with Reddit; partagez avec vos proches with SMS; отправить в with Viber) and notices (a
German disclosure and an Italian collaboration note in the body, a Polish product-placement note at the foot) are of
kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds
the brief lists; the layouts differ from those of sets 225 to 228 as far as their read paragraphs describe them (see the
first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub
files) before use. No hits: Pelterby, Haskerleigh, Marlstrow, Gribbsworth, "Cobnut Lass", "Marnie's Trotting Diary",
Sulkeymoor, Quaychester, Empaillac, Fourrillard, Pelissonnet, Trotillard, Hippolieu, "Brume d'Hippolieu", "Le trot de
Capucine", Balgstedt, Balgwitz, Pelzhammer, Pelzbächer, "Hannis Trabertagebuch", Sulkemann, Hufenbrook, Hafermond,
Impagliano, Impagliatti, Pellimbotti, Vetrinelli, "Il trotto di Ginevra", Sulkinetti, Trottabella, "Zagara del Colle",
Wypchanów, Wypchanowa, Preparska, Wypchalska, Futerkiewicz, "Kłusem z Igą", Kłusowiecki, Kłusowice, "Iskra z Kłusowic",
Набивальск, Набивайлов, Чучелова, "Рысью с Полиной", Дугобоев and Иноходск (and, by a slip, Лозинцева, a name of set
228's docstring, looked up once with no use). Dropped for hits: Hawkhollow (a town in game data and a website),
Pettigrove (a real surname), Fairwhistle (a project name in code), Dunmoor (place and club names in code), Brindlecombe
(names in code), Velvetshaw (inside "velvetShawl"), Cobblethwaite (a name list in code), Glasswhistle (a move name in
code), Larkspurrow (inside "larkspurRow"), Trottignon (a name in a French text), Fellhuber (a real surname), Imbalsamati
(an Italian word), Crinaldi (a handle and a surname), Sulkowo (inside "sulkowoskii"), Шкуркин and Качалкин (real
surnames); the replacements are the checked names above. "The Pelterby Gazette", "Le Réveil d'Empaillac", "Balgstedter
Rundschau", "La Gazzetta di Impagliano", "Echo Wypchanowa" and «Вестник Набивальска» are formed from checked names; the
first names of the bylines, curators, drivers, bloggers (Marnie, Capucine, Hanni, Ginevra, Iga, Полина) and commenters
(first names with an initial, or handles), the Russian mare's name Ласточка (an ordinary word) and the exhibition titles
were not checked. Real services, platforms, shops, places and products (Sketchfab, WebGL, Mixcloud, Padlet, Dailymotion,
SoundCloud, RaiPlay, Flickr, Yandex Music, Folksy, Patreon, Leboncoin, Avito, Eleventy, Cloudflare Pages, Bear Blog,
Jimdo, OVHcloud, Strato, Register.it, cyber_Folks, WordPress with its Kadence theme, Beget, Reddit, WhatsApp, SMS,
Telegram, Viber, Facebook, X, Pinterest, ВКонтакте, Одноклассники, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, Pro
Loco, Stourbridge, Biot, Lauscha, Murano, Krosno, Гусь-Хрустальный) are named as real pages do. (6) A script
(/tmp/s229scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats and that no line holds an at-sign, and that each page has
10 article and 20 noise lines; a one-line count printed the counts by category, language and place. Its first run found
nothing wrong, because while writing I had already changed lines that would have collided: the English portal's ad label
is "Partner content" (not "Advertisement", inside the blog's "Advertisements") and its sponsored headline has no
"Sponsored:" label; the French blog's ad label is "Annonces" (not "Publicités", holding the portal's "Publicité"); the
German blog's is "Gesponserte Inhalte" (not "Werbeanzeigen", holding the portal's "Anzeige", nor "Werbung", inside the
German keep line) and the German portal's menu has "Trauer" (not "Traueranzeigen"); the Italian blog's is "Annunci
pubblicitari" and the Italian portal's footer link "Pubblicizza la tua attività" (not "Pubblicità", inside the Italian
keep line); the Polish portal's footer link is "Oferta reklamowa" (not "Reklama w Echu", holding the portal's
"Reklama"); the Russian blog's ad label is "Рекламный блок" (not a second "Реклама"), and the Russian keep line says
"Рекламу выставки" (not "Реклама выставки", holding the portal's label). Two page slips were mended before the check:
the affiliate link of the Polish and the Russian blog first stood in a block of its own (opening the list block on the
Polish blog) and was moved under the quote, as on the other blogs; the Russian portal's menu first read "Экономия" for
"Экономика". gen229.py checks that no line of the file is over 120 columns and that it holds no at-sign, and imports the
written file back and finds its lists and pages equal to the scratch data. (7) The measurement was run once, as the
brief gives it, in one shell call at 18:39:21 UTC by ``date`` (the call began with two ``cp`` commands that kept the
file as /tmp/s229scratch/pre_measure_copy.py and put it into /tmp/wt-s229/tests, then ran the brief's commands
unchanged), with the xfail tables empty and this docstring without its Baseline paragraph and these notes (7) to (9);
pytest printed 18 failed, 59 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s229scratch, importing the copy in /tmp/wt-s229/tests with /tmp/wt-s229/src on the path) then printed
``_problems`` of each failing case: the six lines and the twelve pages of the tables; every problem of a line is that it
is kept ("kept boilerplate"), and so is every problem of a page (one to three lines each); no keep line and no article
line of a page is lost, and no problem of another kind (no unreported removal, no range or offset problem) was printed.
The cleaned text itself was not printed. (8) The tables were written from that output (/tmp/s229scratch/mktables.py
writes tables229.py from the saved problems.json, which gen229.py puts into this file); mktables.py checks that every
problem is a kept line and matches each printed snippet (cut at 80 characters) to exactly one noise line of its page,
which the reason quotes in full with where it sits and the count the report counts left; the reason of each line quotes
it and says where it was put; the keys of the tables are exactly the failing lines and pages of that output; the lists
and pages of the final file were imported back and found equal to the scratch data, and the final file was checked with
the pytest command in /tmp/wt-s229 (see the Baseline paragraph). (9) Clock: ``date`` printed 18:33:25 at the start,
18:39:21 at the measurement and 18:40:03 just before the Baseline paragraph and these notes were written; the commit
followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the taxidermy exhibition and the
harness-racing meeting that open with or hold a noise-like word ("Comments from visitors filled three notebooks by the
end of the exhibition's first weekend.", "Shares in the racecourse were first sold to local farmers in 1921.", "Follow
the trotters round the final bend and you can hear the drivers calling to their horses.", "Subscribers to the museum's
friends' scheme were let in an hour early on Saturday.", "Copyright on the museum's photographs of the bear passed to
the town in 1974.", "Advertising hoardings around the oval were taken down for the first time since the 1980s.",
"Reading the race card, the younger visitors picked their favourites by the horses' names.", "Partager la piste avec les
professionnels était un rêve pour les jeunes drivers.", "Commentant la course, le speaker a salué la régularité de la
jument.", "Abonnés au musée depuis des années, les habitants ont découvert une salle entièrement rénovée.", "Teilen
mussten sich die Besucher den schmalen Gang mit einem ausgestopften Elch.", "Werbung für die Ausstellung machte vor
allem ein Plakat mit dem Fuchs im Schnee.", "Kommentiert wurde das Rennen vom Bahnsprecher, der seit vierzig Jahren am
Mikrofon sitzt.", "Condivisa da tre generazioni, la passione per il trotto ha riempito le tribune dell'ippodromo.",
"Seguire le corse dal parterre costava cinque euro, i bambini entravano gratis.", "Pubblicità d'epoca e vecchie
locandine delle corse erano esposte sotto la tribuna.", "Udostępnione po raz pierwszy zbiory muzeum przyciągnęły ponad
tysiąc osób.", "Komentarze ekspertów dotyczyły głównie sposobu preparowania ptaków.", "Поделиться воспоминаниями о
старом ипподроме пришли ветераны-наездники." and "Рекламу выставки развесили на каждой остановке автобуса."): each is a
full sentence with a subject, a verb and a fact of the story, so article ("Comments from visitors", "Commentant la
course", "Kommentiert wurde", "Komentarze ekspertów" open like comment furniture but report visitors' notebooks, a race
caller and experts; "Shares in the racecourse", "Partager la piste", "Teilen mussten sich", "Condivisa da tre
generazioni", "Udostępnione po raz pierwszy" and "Поделиться воспоминаниями" open like share rows but are about
shareholders, a track, a corridor, a passion, a collection and memories; "Follow the trotters" and "Seguire le corse"
open like follow prompts but describe a bend and a ticket price; "Subscribers to the museum's friends' scheme" and
"Abonnés au musée" open like subscribe prompts but are about members; "Copyright on the museum's photographs" opens like
a copyright line but says who owns photographs; "Advertising hoardings", "Werbung für die Ausstellung", "Pubblicità
d'epoca" and "Рекламу выставки" hold ad words but report hoardings, a poster, old bills and posters at bus stops;
"Reading the race card" opens like a reading-time label but is about children picking horses). Borderline categories:
the four plugs (Folksy bookmarks, Patreon form guides, Leboncoin postcards, Avito key rings) are bylines and
self-promotion, at the foot, since they sell the author's work in the author's voice; the Sketchfab, Mixcloud, Padlet,
Dailymotion, SoundCloud, RaiPlay, Flickr and Yandex Music lines are markers (what an embed leaves in the text when it
does not show), though some read as sentences; the company-registration line and the Bear Blog credit are footers (lines
of the site, not of the article); the removed-by-a-moderator note, the people-are-talking prompt, the most-liked label
and the readers-liked count are comment furniture, since they sit in or over the comments and speak only of commenting;
the German disclosure and the Italian collaboration note are notices in the body and the Polish product-placement note a
notice at the foot (all three speak of the article they sit in). On every page the title, the three paragraphs before
the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (menus, mastheads and blog names with taglines, breadcrumbs, bylines and posted-on lines, reading times,
captions and photo credits, share rows, advertisement and partner-content labels, sponsored headlines, read-also,
most-read and video links, tables of contents, affiliate disclosures and links, pin-it prompts, newsletter and subscribe
prompts, sign-offs and plugs, tags lines, comment counts and headings, comments and replies, site-link lines and
copyright lines) is noise. The list rows (the times of the tour, the talk and the drawing hour on the portals; the times
of the track walk, the race and the prize-giving on the blogs) are short but part of each article, so article; the list
headings ("What is on this weekend", "How our day went" and the like) are the articles' subheadings, so article; the
portals' sponsored headlines (with no label of their own) are noise though they sit between the first and second
paragraphs; the portals' most-read lines are noise though they open the list block; the portals' video links are noise
though they sit between the last paragraphs; the blogs' opening captions and pin-it prompts are noise though they sit
between the first two paragraphs; the blogs' subscribe prompts are noise though they sit between the last paragraphs;
the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines: an English, a German, an Italian and a Polish one), body 10 (the eight markers and
two notices: German and Italian), tail 24 (four plugs: two English, a French and a Russian one, eight footers, eight
comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-pelterby-taxidermy-gallery-reopens (the
Victorian bear back in Pelterby Museum's taxidermy gallery, in the Pelterby Gazette),
en-blog-marnies-trotting-diary-first-race (Marnie's family mare Cobnut Lass third of eight in her first race at
Sulkeymoor), fr-portail-empaillac-musee-rouvre-sa-galerie (the ours naturalisé back in the Empaillac museum, in Le
Réveil d'Empaillac), fr-blog-le-trot-de-capucine-premiere-course (Capucine's family mare Brume d'Hippolieu third of
eight in her first race at Hippolieu), de-portal-balgstedt-museum-eroeffnet-praeparate-saal (the stuffed bear back in
the Balgstedt museum, in the Balgstedter Rundschau), de-blog-hannis-trabertagebuch-erstes-rennen (Hanni's family mare
Hafermond third of eight in her first race at Hufenbrook), it-portale-impagliano-museo-riapre-la-sala (the stuffed bear
back in the Impagliano museum, in La Gazzetta di Impagliano), it-blog-il-trotto-di-ginevra-prima-corsa (Ginevra's family
mare Zagara del Colle third of eight in her first race at Trottabella), pl-portal-wypchanow-muzeum-otwiera-sale (the
stuffed bear back in the Wypchanów museum, in Echo Wypchanowa), pl-blog-klusem-z-iga-pierwszy-wyscig (Iga's family mare
Iskra z Kłusowic third of eight in her first race at Kłusowice), ru-portal-nabivalsk-muzei-otkryl-zal (the stuffed bear
back in the Набивальск museum, in «Вестник Набивальска»), ru-blog-rysyu-s-polinoi-pervyi-zabeg (Полина's family mare
Ласточка third of eight in her first race at Иноходск), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 95113f91b67a1636fb9a9d1cf375ef720d728cb1, measured with ``cd /tmp/wt-s229 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s229/src python -m pytest -q tests/test_clean_held_out_229.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s229 && PYTHONPATH=/tmp/wt-s229/src python
scripts/clean_held_out_report.py --sets 229``, with the xfail tables empty, at 18:39:21 UTC by ``date``): noise lines
removed 39/45 (marker 5/8, reading-time 7/7, byline 8/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the German SoundCloud
allow-playback line, the Italian RaiPlay registered-users line and the Polish Flickr gallery line), one notice in the
body (the Italian Pro Loco collaboration note) and two comment lines at the foot (the English removed-by-a-moderator
note and the English people-are-talking prompt); the Sketchfab, Mixcloud, Padlet, Dailymotion and Yandex Music markers,
all seven reading times, all four bylines at the head and all four plugs, all eight footers, the other six comment
lines, every share row, the German disclosure and the Polish product-placement note went); keep lines kept 20/20; pages
0/12 clean, 24 of 240 page noise lines left and 0 of 120 article lines lost. Left (per page: en portal 1, en blog 1, fr
portal 2, fr blog 3, de portal 3, de blog 2, it portal 2, it blog 1, pl portal 2, pl blog 3, ru portal 2, ru blog 2): on
all six portal pages the masthead with its tagline above the title (6), on the five non-English portal pages the
sponsored headline under the advertisement label between the first and second paragraphs (5; the English page's headline
under "Partner content" went) and on the German portal page the newsletter prompt above the paragraph with the quote
(1); on all six blog pages the opening photo's caption between the first and second paragraphs (6), on the French and
Polish blog pages the author's sign-off and the horseshoe plug under the last paragraphs (4), on the German blog page
the ad label "Gesponserte Inhalte" above the paragraph with the quote (1) and on the Russian blog page the table of
contents (1). Lost: nothing; no page and no keep line loses an article line. The failing cases are strict xfails; with
them the pytest command on the final file in /tmp/wt-s229 gave 59 passed, 18 xfailed, no XPASS.

Measured after round 142 (2026-12-07, lead; the writers of this set and of set 230 worked beside round 142 from a
cleaner identical to its base, 95113f9; round 142 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231 232`` and the set's pytest file):
noise lines removed 39/45 (unchanged), keep lines kept 20/20, pages 0/12 clean, 20 of 240 page noise lines left (was
24), 0 of 120 article lines lost. The French and Polish blogs' sign-offs ("C'est tout pour aujourd'hui, bisous,
Capucine", "To wszystko na dziś, buziaki, Iga") and the horseshoe plugs under them now go (round 142's sign-off with a
comma between its wishes, read on set 224; the plug goes with the sign-off it follows), and the two pages' reasons were
reworded (1 of 20 left each). Every other xfail still fails as its reason says.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): noise lines removed 39/45 (unchanged), keep lines kept 20/20, pages 3/12 clean
(was 0/12), 16 of 240 page noise lines left (was 20), 0 of 120 article lines lost. The English, French, German and Polish
blogs' opening captions with a family credit ("Cobnut Lass getting her harness on in the horsebox park (photo: my dad)"
and its three twins) now go (round 143's caption closed by a bracketed family credit, read on set 228's blogs); the
English, French and Polish blogs are clean and their xfails were removed, the German blog's reason was reworded. Every
other xfail still fails as its reason says.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): nothing moved: noise lines removed 39/45, keep lines kept 20/20,
pages 3/12 clean, 16 of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason
says. Round 144 (sets 221/222: a sign-off and the writer's shop across a share row, jump links and numbered tables of
contents in the head block, affiliate links after a dash, follow-the-paper prompts, promoted-content labels, time-first
timeline rows that are no comment thread, embed, reading-time, byline, comment-box and editor's-note wordings) read none
of this set's wordings or layouts.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 39/45 (unchanged), keep lines kept
20/20, pages 4/12 clean (was 3), 14 of 240 page noise lines left (was 16), 0 of 120 article lines lost. The Russian blog
comes clean: its "В этом посте" contents and its caption with a bracketed family credit ("(фото: мой папа)") now go
(round 145's Russian contents header and bracketed short credits); its xfail was removed. The pages' reasons were
reworded to what they still keep or lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_229_LINES: list[tuple[str, str, str]] = [
    ('body', 'Sketchfab 3D model: click to load the interactive viewer (WebGL required).', 'marker'),
    ('body', "Sorry, this Mixcloud show isn't available in your country.", 'marker'),
    ('body', "The Padlet board embedded here can't be shown because third-party cookies are blocked.", 'marker'),
    ('body', "La vidéo Dailymotion n'est plus disponible : son propriétaire l'a rendue privée.", 'marker'),
    ('body', 'Zum Anhören des SoundCloud-Beitrags bitte oben auf „Abspielen erlauben“ klicken.', 'marker'),
    ('body', 'Questo contenuto di RaiPlay è visibile solo agli utenti registrati.', 'marker'),
    ('body', 'Nie udało się wczytać galerii z Flickra. Odśwież stronę.', 'marker'),
    ('body', 'Аудиоплеер Яндекс Музыки не загрузился: отключите блокировщик рекламы.', 'marker'),
    ('head', '1,450 words · about 7 minutes', 'reading-time'),
    ('head', 'Heads up: this is a long one (around 12 minutes to read).', 'reading-time'),
    ('head', 'Se lit en 6 min', 'reading-time'),
    ('head', '6 Minuten Lesezeit · 1.200 Wörter', 'reading-time'),
    ('head', 'Leggi in 6 minuti', 'reading-time'),
    ('head', '6 minut lektury', 'reading-time'),
    ('head', 'Время прочтения — 6 минут', 'reading-time'),
    ('head', 'Reporting by Ottoline Gribbsworth · Pictures: Gazette staff', 'byline'),
    ('head', 'Reportage: Irmtraud Pelzbächer', 'byline'),
    ('head', 'Testo e foto di Ludovica Impagliatti', 'byline'),
    ('head', 'Autorka: Bożena Wypchalska', 'byline'),
    ('tail', 'My hand-painted trotting-horse bookmarks are on Folksy, £3 each.', 'byline'),
    ('tail', 'Patrons on Patreon get my race-day form guides a day early.', 'byline'),
    ('tail', 'Mes cartes postales de trotteurs peintes à la main sont sur Leboncoin.', 'byline'),
    ('tail', 'Мои брелоки-подковы продаю на Авито, пишите в личку.', 'byline'),
    ('tail', 'Built with Eleventy · Deployed on Cloudflare Pages', 'footer'),
    ('tail', 'Registered in England and Wales No. 08472915 · VAT No. GB 301 4472 18', 'footer'),
    ('tail', 'Made with Bear Blog · Colophon', 'footer'),
    ('tail', 'Créé avec Jimdo · Hébergé par OVHcloud · Données personnelles', 'footer'),
    ('tail', 'Hosting: Strato · Datenschutzerklärung · Cookie-Einstellungen', 'footer'),
    ('tail', 'Hosting: Register.it · Note legali · Gestisci i consensi', 'footer'),
    ('tail', 'Hosting: cyber_Folks · Regulamin · Polityka cookies', 'footer'),
    ('tail', 'Работает на WordPress · Хостинг: Beget · Пользовательское соглашение', 'footer'),
    ('tail', 'Hide 2 replies', 'comments'),
    ('tail', 'Comment removed by a moderator because it broke the house rules.', 'comments'),
    ('tail', '14 people are talking about this. Join the conversation', 'comments'),
    ('tail', 'Afficher les 6 réponses', 'comments'),
    ('tail', 'Beliebtester Kommentar · 12 Zustimmungen', 'comments'),
    ('tail', '12 lettori hanno apprezzato questo commento', 'comments'),
    ('tail', 'Dodaj komentarz jako gość lub zaloguj się przez Facebooka', 'comments'),
    ('tail', 'Показать ещё 7 ответов', 'comments'),
    ('tail', 'Found this useful? Pass it on: WhatsApp · Reddit · Email', 'share'),
    ('tail', 'Partagez cet article avec vos proches : Facebook · WhatsApp · SMS', 'share'),
    ('tail', 'Отправить в: Telegram · WhatsApp · Viber', 'share'),
    ('body', 'Offenlegung: Unsere Autorin ist Mitglied im Verein der Tierpräparatoren.', 'notice'),
    ('body', 'Articolo pubblicato in collaborazione con la Pro Loco.', 'notice'),
    ('tail', 'Materiał zawiera lokowanie produktu.', 'notice'),
]

HELD_OUT_229_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from visitors filled three notebooks by the end of the exhibition's first weekend."),
    ('head', 'Shares in the racecourse were first sold to local farmers in 1921.'),
    ('body', 'Follow the trotters round the final bend and you can hear the drivers calling to their horses.'),
    ('tail', "Subscribers to the museum's friends' scheme were let in an hour early on Saturday."),
    ('tail', "Copyright on the museum's photographs of the bear passed to the town in 1974."),
    ('body', 'Advertising hoardings around the oval were taken down for the first time since the 1980s.'),
    ('tail', "Reading the race card, the younger visitors picked their favourites by the horses' names."),
    ('head', 'Partager la piste avec les professionnels était un rêve pour les jeunes drivers.'),
    ('tail', 'Commentant la course, le speaker a salué la régularité de la jument.'),
    ('body', 'Abonnés au musée depuis des années, les habitants ont découvert une salle entièrement rénovée.'),
    ('head', 'Teilen mussten sich die Besucher den schmalen Gang mit einem ausgestopften Elch.'),
    ('tail', 'Werbung für die Ausstellung machte vor allem ein Plakat mit dem Fuchs im Schnee.'),
    ('body', 'Kommentiert wurde das Rennen vom Bahnsprecher, der seit vierzig Jahren am Mikrofon sitzt.'),
    ('head', "Condivisa da tre generazioni, la passione per il trotto ha riempito le tribune dell'ippodromo."),
    ('tail', 'Seguire le corse dal parterre costava cinque euro, i bambini entravano gratis.'),
    ('head', "Pubblicità d'epoca e vecchie locandine delle corse erano esposte sotto la tribuna."),
    ('tail', 'Udostępnione po raz pierwszy zbiory muzeum przyciągnęły ponad tysiąc osób.'),
    ('body', 'Komentarze ekspertów dotyczyły głównie sposobu preparowania ptaków.'),
    ('head', 'Поделиться воспоминаниями о старом ипподроме пришли ветераны-наездники.'),
    ('tail', 'Рекламу выставки развесили на каждой остановке автобуса.'),
]

HELD_OUT_229_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pelterby-taxidermy-gallery-reopens', [
        [
            "-News · Sport · What's On · Business · Opinion · Obituaries",
        ],
        [
            '-The Pelterby Gazette – Your town, every day since 1872',
            '+Victorian bear returns as Pelterby Museum reopens its taxidermy gallery',
            '-By Gideon Marlstrow, Arts Reporter · 14 November 2026, 17:05',
            '-5 min read',
        ],
        [
            '-The restored brown bear in its new case. Photo: Pelterby Museum',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            ('+More than 2,000 people queued in the rain on Saturday as Pelterby Museum reopened its '
             'natural-history gallery after three years of restoration.'),
            '-Partner content',
            '-Five reasons homeowners here are switching energy supplier',
            ('+The exhibition, Fur, Feather and Glass, shows 140 Victorian specimens, from a barn owl to a brown '
             'bear stuffed by a Pelterby saddler in 1898.'),
        ],
        [
            '-Read also: Museum roof repairs finally finished after three winters',
            "-Get the Gazette's morning briefing in your inbox – sign up free",
            ('+"Taxidermy is a record of how people looked at animals, not just of the animals themselves," said '
             'the curator, Dr Winifred Haskerleigh.'),
        ],
        [
            '-Most read: Bypass roadworks to last until spring · Bakery wins county award',
            '+What is on this weekend',
            '+11am: guided tour of the restored cases with the conservation team',
            '+2pm: a talk on how the bear was cleaned, re-stitched and given new glass eyes',
            "+4pm: children's drawing hour in the bird gallery",
        ],
        [
            '+The bear alone needed 300 hours of work, including new glass eyes made by a glassblower in Stourbridge.',
            '-Video: the bear goes back into its case (1:42)',
            '+Fur, Feather and Glass runs until 28 March, and entry is free for Pelterby residents on Sundays.',
        ],
        [
            '-Tags: Pelterby Museum · Taxidermy · Exhibitions · Heritage',
        ],
        [
            '-8 comments',
            "-Mavis_K: I remember that bear from school trips in the sixties, so glad it's back.",
            '-↳ The Pelterby Gazette: Thanks Mavis – the museum is collecting memories of the bear for its archive.',
            "-Trevor R.: Not everyone's cup of tea, stuffed animals, but the cases look beautiful.",
            '-↳ Janine P.: Agreed, the owls are stunning.',
        ],
        [
            '-About us · Contact · Advertise with us · Privacy notice · Cookie settings',
            '-© 2026 Pelterby Gazette Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-marnies-trotting-diary-first-race', [
        [
            "-Marnie's Trotting Diary – hooves, harness and a lot of mud",
        ],
        [
            '-Home · About me · Our horses · Race days · Contact',
            '-Home » Race days » Summer meeting',
        ],
        [
            "+Our mare's first ever race at the Sulkeymoor summer meeting",
            '-Posted on 9 August 2026 by Marnie · 11 comments',
            '-6 minute read',
        ],
        [
            '-This post contains affiliate links, which means I may earn a small commission.',
            "-In this post: Getting ready · The race · What's next",
        ],
        [
            ('+Last Saturday our mare Cobnut Lass raced for the very first time, at the harness-racing meeting on '
             'the grass track at Sulkeymoor.'),
            '-Cobnut Lass getting her harness on in the horsebox park (photo: my dad)',
            '-Pin this post for later!',
            ('+Dad has been training her since March, jogging her round the lanes every morning before school with '
             'me in the cart behind.'),
        ],
        [
            '-Advertisements',
            ('+Before the start our driver, Lorna Quaychester, leaned over and said: "Let her settle, give her the '
             'gap and she\'ll find the rest herself."'),
            '-The lightweight race bridle we use is on Amazon here (affiliate link)',
        ],
        [
            '+How our day went',
            '+12.30: walking the track and watching the first race from the rail',
            '+14.15: our race, one mile for maiden trotters, eight runners',
            '+16.00: prize-giving and a bucket of carrots for Cobnut',
        ],
        [
            '+She broke into a gallop once on the back straight but came back to a trot and finished third of eight.',
            "-Don't miss a post – subscribe and get new race diaries by email",
            ('+Her next race is at the autumn meeting in October, and Dad says I might drive her in the junior race '
             'next year.'),
        ],
        [
            "-That's all for now – love, Marnie x",
            "-I paint lucky horseshoes for front doors – they're in my little Etsy shop.",
            '-Share this: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-11 thoughts on "Our mare\'s first ever race at the Sulkeymoor summer meeting"',
            '-Gwen H.: Third on her first go is brilliant, well done Cobnut!',
            '-↳ Marnie: Thank you!! She had three carrots at once after.',
            '-Doug from the yard next door: Saw you on the rail, you were louder than the commentator.',
        ],
        [
            "-© 2026 Marnie's Trotting Diary · Theme: Kadence · Powered by WordPress",
        ],
    ]),
    _page('fr', 'fr-portail-empaillac-musee-rouvre-sa-galerie', [
        [
            '-Actualités · Sports · Sortir · Économie · Nécrologie',
        ],
        [
            "-Le Réveil d'Empaillac – L'info de chez vous depuis 1881",
            "+Le musée d'Empaillac rouvre sa galerie de taxidermie et retrouve son ours",
            '-Par Anatole Pelissonnet · 14 novembre 2026 à 17h05',
            '-Lecture 5 min',
        ],
        [
            "-L'ours brun restauré dans sa nouvelle vitrine. Photo : musée d'Empaillac",
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Plus de 1 500 personnes ont fait la queue sous la pluie samedi pour la réouverture de la galerie '
             "d'histoire naturelle du musée, après trois ans de restauration."),
            '-Publicité',
            "-Ces propriétaires changent de fournisseur d'énergie : voici pourquoi",
            ("+L'exposition « Poils, plumes et verre » présente 140 spécimens du XIXe siècle, de la chouette "
             'effraie à un ours brun naturalisé en 1898 par un bourrelier de la ville.'),
        ],
        [
            '-À lire aussi : Le toit du musée enfin réparé après trois hivers',
            '-Recevez la lettre du matin du Réveil – inscription gratuite',
            ('+« La taxidermie raconte comment les gens regardaient les animaux, pas seulement les animaux '
             'eux-mêmes », explique la conservatrice, Hélène Fourrillard.'),
        ],
        [
            "-Les plus lus : Travaux de la rocade jusqu'au printemps · La boulangerie primée",
            '+Le programme du week-end',
            "+11 h : visite guidée des vitrines restaurées avec l'équipe de conservation",
            "+14 h : conférence sur le nettoyage, les coutures et les nouveaux yeux de verre de l'ours",
            '+16 h : atelier de dessin pour les enfants dans la galerie des oiseaux',
        ],
        [
            ("+L'ours a demandé à lui seul 300 heures de travail, dont des yeux de verre soufflés par un artisan de "
             'Biot.'),
            "-Vidéo : l'ours retrouve sa vitrine (1:42)",
            "+L'exposition est visible jusqu'au 28 mars, et l'entrée est gratuite le dimanche pour les habitants.",
        ],
        [
            '-Mots-clés : Musée · Taxidermie · Expositions · Patrimoine',
        ],
        [
            '-8 commentaires',
            '-Mireille_K : Je me souviens de cet ours lors des sorties scolaires, quel bonheur de le revoir.',
            "-↳ Le Réveil d'Empaillac : Merci Mireille, le musée recueille les souvenirs des visiteurs sur l'ours.",
            "-Thierry R. : Les animaux empaillés, ce n'est pas pour tout le monde, mais les vitrines sont superbes.",
            "-↳ Josiane P. : D'accord, les chouettes sont magnifiques.",
        ],
        [
            '-Qui sommes-nous · Contact · Annoncer · Confidentialité · Gérer les cookies',
            "-© 2026 Le Réveil d'Empaillac. Tous droits réservés.",
        ],
    ]),
    _page('fr', 'fr-blog-le-trot-de-capucine-premiere-course', [
        [
            '-Le trot de Capucine – sabots, harnais et beaucoup de boue',
        ],
        [
            '-Accueil · Qui suis-je · Nos chevaux · Jours de course · Contact',
            "-Accueil » Jours de course » Réunion d'été",
        ],
        [
            "+La toute première course de notre jument à la réunion d'été d'Hippolieu",
            '-Publié le 9 août 2026 par Capucine · 11 commentaires',
            '-6 minutes de lecture',
        ],
        [
            '-Cet article contient des liens affiliés : je peux toucher une petite commission.',
            '-Au sommaire : Les préparatifs · La course · Et après',
        ],
        [
            ("+Samedi dernier, notre jument Brume d'Hippolieu a couru pour la toute première fois, au meeting de "
             "trot sur la piste en herbe d'Hippolieu."),
            "-Brume qu'on harnache au parking des vans (photo : mon père)",
            '-Épinglez cet article pour plus tard !',
            ("+Papa l'entraîne depuis mars, en la faisant trotter dans les chemins chaque matin avant l'école, avec "
             "moi dans le sulky d'entraînement."),
        ],
        [
            '-Annonces',
            ("+Avant le départ, notre driver, Gaëtan Trotillard, s'est penché vers moi : « Laisse-la s'installer, "
             "donne-lui l'ouverture et elle fera le reste toute seule. »"),
            "-La bride de course légère qu'on utilise est sur Amazon ici (lien affilié)",
        ],
        [
            '+Notre journée',
            '+12 h 30 : reconnaissance de la piste et première course vue depuis la lice',
            '+14 h 15 : notre course, 2 100 mètres pour chevaux inédits, huit partants',
            '+16 h : remise des prix et un seau de carottes pour Brume',
        ],
        [
            ("+Elle s'est mise au galop une fois dans la ligne d'en face, puis elle est revenue au trot et a fini "
             'troisième sur huit.'),
            '-Ne ratez aucun article : abonnez-vous pour recevoir mes récits de course par e-mail',
            ("+Sa prochaine course aura lieu à la réunion d'automne en octobre, et Papa dit que je pourrai "
             "peut-être la driver chez les jeunes l'an prochain."),
        ],
        [
            "-C'est tout pour aujourd'hui, bisous, Capucine",
            '-Je peins des fers à cheval porte-bonheur pour les portes, ils sont dans ma petite boutique Etsy.',
            '-Partager : Facebook · Pinterest · WhatsApp',
        ],
        [
            "-11 réflexions sur « La toute première course de notre jument à la réunion d'été d'Hippolieu »",
            "-Gisèle H. : Troisième pour sa première, c'est génial, bravo Brume !",
            "-↳ Capucine : Merci !! Elle a mangé trois carottes d'un coup après.",
            "-Didier de l'écurie d'à côté : Je t'ai vue à la lice, tu criais plus fort que le speaker.",
        ],
        [
            '-© 2026 Le trot de Capucine · Thème : Kadence · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-balgstedt-museum-eroeffnet-praeparate-saal', [
        [
            '-Lokales · Sport · Freizeit · Wirtschaft · Trauer',
        ],
        [
            '-Balgstedter Rundschau – Ihre Heimatzeitung seit 1868',
            '+Viktorianischer Bär ist zurück: Museum Balgstedt öffnet seinen Präparate-Saal wieder',
            '-Von Konrad Balgwitz · 14.11.2026, 17:05 Uhr',
            '-Lesezeit 5 Min.',
        ],
        [
            '-Der restaurierte Braunbär in seiner neuen Vitrine. Foto: Museum Balgstedt',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            ('+Mehr als 1.800 Menschen standen am Samstag im Regen Schlange, als das Museum nach drei Jahren '
             'Restaurierung seinen naturkundlichen Saal wieder öffnete.'),
            '-Anzeige',
            '-Warum Hausbesitzer hier gerade den Stromanbieter wechseln',
            ('+Die Ausstellung „Fell, Feder und Glas“ zeigt 140 Präparate aus dem 19. Jahrhundert, von der '
             'Schleiereule bis zu einem Braunbären, den ein Balgstedter Sattler 1898 ausstopfte.'),
        ],
        [
            '-Lesen Sie auch: Museumsdach nach drei Wintern endlich repariert',
            '-Der Morgen-Newsletter der Rundschau – jetzt kostenlos bestellen',
            ('+„Präparate zeigen, wie die Menschen Tiere gesehen haben, nicht nur die Tiere selbst“, sagt die '
             'Kuratorin Irmgard Pelzhammer.'),
        ],
        [
            '-Meistgelesen: Umgehungsstraße bis zum Frühjahr gesperrt · Bäckerei gewinnt Landespreis',
            '+Das Programm am Wochenende',
            '+11 Uhr: Führung durch die restaurierten Vitrinen mit dem Restaurierungsteam',
            '+14 Uhr: Vortrag darüber, wie der Bär gereinigt, neu genäht und mit Glasaugen versehen wurde',
            '+16 Uhr: Zeichenstunde für Kinder im Vogelsaal',
        ],
        [
            '+Allein der Bär brauchte 300 Arbeitsstunden, die neuen Glasaugen blies ein Glasbläser aus Lauscha.',
            '-Video: Der Bär kehrt in seine Vitrine zurück (1:42)',
            '+„Fell, Feder und Glas“ ist bis zum 28. März zu sehen, sonntags haben Einheimische freien Eintritt.',
        ],
        [
            '-Schlagwörter: Museum · Tierpräparation · Ausstellungen · Heimatgeschichte',
        ],
        [
            '-8 Kommentare',
            '-Monika_K: Den Bären kenne ich noch von Schulausflügen in den Sechzigern, schön, dass er wieder da ist.',
            '-↳ Balgstedter Rundschau: Danke, Monika – das Museum sammelt gerade Erinnerungen an den Bären.',
            '-Torsten R.: Ausgestopfte Tiere sind nicht jedermanns Sache, aber die Vitrinen sind wunderschön.',
            '-↳ Jutta P.: Stimmt, die Eulen sind großartig.',
        ],
        [
            '-Über uns · Kontakt · Mediadaten · Datenschutz · Impressum',
            '-© 2026 Balgstedter Rundschau GmbH. Alle Rechte vorbehalten.',
        ],
    ]),
    _page('de', 'de-blog-hannis-trabertagebuch-erstes-rennen', [
        [
            '-Hannis Trabertagebuch – Hufe, Geschirr und jede Menge Matsch',
        ],
        [
            '-Start · Über mich · Unsere Pferde · Renntage · Kontakt',
            '-Start » Renntage » Sommerrenntag',
        ],
        [
            '+Das allererste Rennen unserer Stute beim Sommerrenntag in Hufenbrook',
            '-Veröffentlicht am 9. August 2026 von Hanni · 11 Kommentare',
            '-6 Minuten zum Lesen',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links, für die ich eine kleine Provision bekommen kann.',
            '-In diesem Beitrag: Vorbereitung · Das Rennen · Wie es weitergeht',
        ],
        [
            ('+Letzten Samstag ist unsere Stute Hafermond zum allerersten Mal gelaufen, beim Trabrennen auf der '
             'Grasbahn in Hufenbrook.'),
            '-Hafermond bekommt auf dem Hängerparkplatz ihr Geschirr an (Foto: mein Papa)',
            '-Merk dir diesen Beitrag auf Pinterest!',
            ('+Papa trainiert sie seit März und fährt sie jeden Morgen vor der Schule über die Feldwege, ich sitze '
             'hinten im Trainingswagen.'),
        ],
        [
            '-Gesponserte Inhalte',
            ('+Vor dem Start beugte sich unser Fahrer Jens Sulkemann zu mir herüber: „Lass sie ankommen, gib ihr '
             'die Lücke, den Rest findet sie selbst.“'),
            '-Die leichte Renntrense, die wir benutzen, gibt es hier bei Amazon (Affiliate-Link)',
        ],
        [
            '+So lief unser Tag',
            '+12.30 Uhr: Bahnbegehung und das erste Rennen vom Zaun aus anschauen',
            '+14.15 Uhr: unser Rennen, 1.900 Meter für sieglose Traber, acht Starter',
            '+16 Uhr: Siegerehrung und ein Eimer Möhren für Hafermond',
        ],
        [
            ('+Auf der Gegengeraden ist sie einmal angesprungen, fiel aber wieder in den Trab und wurde Dritte von '
             'acht.'),
            '-Keinen Beitrag verpassen – abonniere meine Renntagebücher per E-Mail',
            ('+Ihr nächstes Rennen ist beim Herbstrenntag im Oktober, und Papa sagt, vielleicht darf ich sie '
             'nächstes Jahr im Jugendrennen fahren.'),
        ],
        [
            "-Das war's für heute – eure Hanni",
            '-Ich bemale Glückshufeisen für Haustüren – ihr findet sie in meinem kleinen Etsy-Shop.',
            '-Teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-11 Gedanken zu „Das allererste Rennen unserer Stute beim Sommerrenntag in Hufenbrook“',
            '-Gerda H.: Dritte beim ersten Mal, super, toll gemacht, Hafermond!',
            '-↳ Hanni: Danke!! Danach hat sie drei Möhren auf einmal gefressen.',
            '-Dieter vom Nachbarstall: Hab dich am Zaun gesehen, du warst lauter als der Bahnsprecher.',
        ],
        [
            '-© 2026 Hannis Trabertagebuch · Theme: Kadence · Mit WordPress erstellt',
        ],
    ]),
    _page('it', 'it-portale-impagliano-museo-riapre-la-sala', [
        [
            '-Cronaca · Sport · Tempo libero · Economia · Necrologi',
        ],
        [
            '-La Gazzetta di Impagliano – Il tuo paese, ogni giorno dal 1879',
            "+Torna l'orso dell'Ottocento: il museo di Impagliano riapre la sala di tassidermia",
            '-Di Fabrizio Vetrinelli · 14 novembre 2026, ore 17:05',
            '-Lettura: 5 minuti',
        ],
        [
            "-L'orso bruno restaurato nella nuova teca. Foto: Museo di Impagliano",
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            ('+Sabato più di 1.600 persone hanno fatto la fila sotto la pioggia per la riapertura della sala di '
             'storia naturale del museo, dopo tre anni di restauri.'),
            '-Annuncio',
            '-Ecco perché tanti proprietari di casa qui stanno cambiando fornitore di luce',
            ("+La mostra «Pelo, piuma e vetro» espone 140 esemplari dell'Ottocento, dal barbagianni a un orso bruno "
             'impagliato nel 1898 da un sellaio del paese.'),
        ],
        [
            '-Leggi anche: Il tetto del museo finalmente riparato dopo tre inverni',
            '-Ricevi ogni mattina la newsletter della Gazzetta: iscriviti gratis',
            ('+«La tassidermia racconta come le persone guardavano gli animali, non solo gli animali stessi», '
             'spiega la conservatrice Ottavia Pellimbotti.'),
        ],
        [
            '-I più letti: Lavori alla tangenziale fino a primavera · Premiato il forno di piazza',
            '+Il programma del fine settimana',
            '+Ore 11: visita guidata alle teche restaurate con i restauratori',
            "+Ore 14: incontro su come l'orso è stato pulito, ricucito e dotato di nuovi occhi di vetro",
            '+Ore 16: laboratorio di disegno per bambini nella sala degli uccelli',
        ],
        [
            ('+Il solo orso ha richiesto 300 ore di lavoro, con nuovi occhi di vetro soffiati da un artigiano di '
             'Murano.'),
            "-Video: l'orso torna nella sua teca (1:42)",
            "+«Pelo, piuma e vetro» resta aperta fino al 28 marzo e la domenica l'ingresso è gratuito per i residenti.",
        ],
        [
            '-Argomenti: Museo · Tassidermia · Mostre · Patrimonio',
        ],
        [
            '-8 commenti',
            "-Marisa_K: Mi ricordo quell'orso dalle gite scolastiche, che bello rivederlo.",
            ('-↳ La Gazzetta di Impagliano: Grazie Marisa, il museo sta raccogliendo i ricordi dei visitatori '
             "sull'orso."),
            '-Tiziano R.: Gli animali impagliati non piacciono a tutti, ma le teche sono bellissime.',
            '-↳ Giovanna P.: Vero, i gufi sono splendidi.',
        ],
        [
            '-Chi siamo · Contatti · Pubblicizza la tua attività · Privacy · Impostazioni cookie',
            '-© 2026 La Gazzetta di Impagliano srl. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-il-trotto-di-ginevra-prima-corsa', [
        [
            '-Il trotto di Ginevra – zoccoli, finimenti e tanto fango',
        ],
        [
            '-Home · Chi sono · I nostri cavalli · Giorni di corsa · Contatti',
            '-Home » Giorni di corsa » Riunione estiva',
        ],
        [
            '+La primissima corsa della nostra cavalla alla riunione estiva di Trottabella',
            '-Pubblicato il 9 agosto 2026 da Ginevra · 11 commenti',
            '-6 minuti di lettura',
        ],
        [
            '-Questo post contiene link di affiliazione: potrei ricevere una piccola commissione.',
            '-In questo post: Preparativi · La corsa · E adesso',
        ],
        [
            ('+Sabato scorso la nostra cavalla Zagara del Colle ha corso per la primissima volta, alla riunione di '
             'trotto sulla pista in erba di Trottabella.'),
            '-Zagara mentre le mettiamo i finimenti al parcheggio dei van (foto: il mio papà)',
            '-Salva questo post su Pinterest!',
            ('+Papà la allena da marzo, facendola trottare per le stradine ogni mattina prima di scuola, con me sul '
             'carrellino dietro.'),
        ],
        [
            '-Annunci pubblicitari',
            ('+Prima della partenza il nostro guidatore, Marco Sulkinetti, si è chinato verso di me: «Lasciala '
             'sistemare, dalle il varco e il resto lo trova da sola.»'),
            '-La briglia da corsa leggera che usiamo è su Amazon qui (link affiliato)',
        ],
        [
            "+Com'è andata la giornata",
            '+12.30: giro della pista e prima corsa vista dalla staccionata',
            '+14.15: la nostra corsa, 1.600 metri per cavalli debuttanti, otto partenti',
            '+16.00: premiazione e un secchio di carote per Zagara',
        ],
        [
            ('+Sulla dirittura opposta ha rotto al galoppo una volta, ma è tornata al trotto ed è arrivata terza su '
             'otto.'),
            '-Non perderti nessun post: iscriviti e ricevi i miei diari di corsa via email',
            ("+La prossima corsa sarà alla riunione d'autunno a ottobre, e papà dice che forse l'anno prossimo "
             'potrò guidarla nella corsa dei giovani.'),
        ],
        [
            '-Per oggi è tutto, un abbraccio, Ginevra',
            '-Dipingo ferri di cavallo portafortuna per le porte di casa: li trovate nel mio piccolo negozio Etsy.',
            '-Condividi: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-11 pensieri su "La primissima corsa della nostra cavalla alla riunione estiva di Trottabella"',
            '-Graziella H.: Terza alla prima corsa, fantastico, brava Zagara!',
            '-↳ Ginevra: Grazie!! Dopo si è mangiata tre carote tutte insieme.',
            '-Dario della scuderia accanto: Ti ho vista alla staccionata, urlavi più forte dello speaker.',
        ],
        [
            '-© 2026 Il trotto di Ginevra · Tema: Kadence · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-wypchanow-muzeum-otwiera-sale', [
        [
            '-Wiadomości · Sport · Kultura · Biznes · Nekrologi',
        ],
        [
            '-Echo Wypchanowa – Twoje miasto, codziennie od 1919 roku',
            '+Dziewiętnastowieczny niedźwiedź wraca: muzeum w Wypchanowie otwiera salę preparatów',
            '-Tomasz Futerkiewicz · 14 listopada 2026, 17:05',
            '-Czytanie: 5 min',
        ],
        [
            '-Odnowiony niedźwiedź brunatny w nowej gablocie. Fot. Muzeum w Wypchanowie',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+W sobotę ponad 1200 osób stało w deszczu w kolejce na ponowne otwarcie sali przyrodniczej muzeum po '
             'trzech latach renowacji.'),
            '-Reklama',
            '-Dlaczego właściciele domów w regionie masowo zmieniają dostawcę prądu',
            ('+Wystawa „Sierść, pióro i szkło” pokazuje 140 okazów z XIX wieku, od płomykówki po niedźwiedzia '
             'brunatnego wypchanego w 1898 roku przez miejscowego rymarza.'),
        ],
        [
            '-Przeczytaj też: Dach muzeum wreszcie naprawiony po trzech zimach',
            '-Zapisz się na poranny newsletter Echa – za darmo',
            ('+– Preparaty pokazują, jak ludzie patrzyli na zwierzęta, a nie tylko same zwierzęta – mówi kustoszka, '
             'dr Halina Preparska.'),
        ],
        [
            '-Najczęściej czytane: Remont obwodnicy do wiosny · Piekarnia nagrodzona w województwie',
            '+Program weekendu',
            '+Godz. 11: oprowadzanie po odnowionych gablotach z konserwatorami',
            '+Godz. 14: spotkanie o tym, jak niedźwiedzia oczyszczono, zszyto i dano mu nowe szklane oczy',
            '+Godz. 16: zajęcia plastyczne dla dzieci w sali ptaków',
        ],
        [
            '+Sam niedźwiedź wymagał 300 godzin pracy, a nowe szklane oczy wydmuchał hutnik z Krosna.',
            '-Wideo: niedźwiedź wraca do gabloty (1:42)',
            '+Wystawę można oglądać do 28 marca, a w niedziele mieszkańcy wchodzą za darmo.',
        ],
        [
            '-Tagi: Muzeum · Preparatorstwo · Wystawy · Dziedzictwo',
        ],
        [
            '-8 komentarzy',
            '-Marta_K: Pamiętam tego niedźwiedzia z wycieczek szkolnych, super, że wrócił.',
            '-↳ Echo Wypchanowa: Dziękujemy, Marto – muzeum zbiera wspomnienia o niedźwiedziu do archiwum.',
            '-Tadeusz R.: Wypchane zwierzęta nie każdemu się podobają, ale gabloty są piękne.',
            '-↳ Joanna P.: Zgadzam się, sowy są przepiękne.',
        ],
        [
            '-O nas · Kontakt · Oferta reklamowa · Prywatność · Ustawienia plików cookie',
            '-© 2026 Echo Wypchanowa sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-klusem-z-iga-pierwszy-wyscig', [
        [
            '-Kłusem z Igą – kopyta, uprząż i mnóstwo błota',
        ],
        [
            '-Start · O mnie · Nasze konie · Dni wyścigów · Kontakt',
            '-Start » Dni wyścigów » Mityng letni',
        ],
        [
            '+Pierwszy w życiu wyścig naszej klaczy na letnim mityngu w Kłusowicach',
            '-Opublikowano 9 sierpnia 2026 przez Igę · 11 komentarzy',
            '-6 minut czytania',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne, z których mogę dostać niewielką prowizję.',
            '-W tym wpisie: Przygotowania · Wyścig · Co dalej',
        ],
        [
            ('+W zeszłą sobotę nasza klacz Iskra z Kłusowic pobiegła po raz pierwszy w życiu, na mityngu kłusaków '
             'na trawiastym torze w Kłusowicach.'),
            '-Iskra zakładana do uprzęży na parkingu przyczep (fot. mój tata)',
            '-Przypnij ten wpis na Pintereście!',
            ('+Tata trenuje ją od marca, co rano przed szkołą jeździ z nią kłusem po polnych drogach, a ja siedzę z '
             'tyłu w bryczce treningowej.'),
        ],
        [
            '-Reklamy',
            ('+Przed startem nasz powożący, Zbigniew Kłusowiecki, nachylił się do mnie: – Pozwól jej się ułożyć, '
             'daj jej lukę, a resztę znajdzie sama.'),
            '-Lekkie ogłowie wyścigowe, którego używamy, kupisz tutaj na Allegro (link afiliacyjny)',
        ],
        [
            '+Jak minął nasz dzień',
            '+12.30: obchód toru i pierwszy wyścig oglądany zza barierki',
            '+14.15: nasz wyścig, 1900 metrów dla debiutantów, osiem koni',
            '+16.00: dekoracja i wiadro marchewek dla Iskry',
        ],
        [
            ('+Na przeciwległej prostej raz przeszła w galop, ale wróciła do kłusa i skończyła na trzecim miejscu '
             'na ośmioro.'),
            '-Nie przegap wpisu – zapisz się i dostawaj moje dzienniki wyścigów mailem',
            ('+Następny wyścig ma na jesiennym mityngu w październiku, a tata mówi, że może za rok pozwoli mi '
             'powozić nią w gonitwie juniorów.'),
        ],
        [
            '-To wszystko na dziś, buziaki, Iga',
            '-Maluję podkowy na szczęście do drzwi – znajdziecie je w moim małym sklepiku na Etsy.',
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-11 komentarzy do „Pierwszy w życiu wyścig naszej klaczy na letnim mityngu w Kłusowicach”',
            '-Grażyna H.: Trzecia za pierwszym razem, rewelacja, brawo Iskra!',
            '-↳ Iga: Dziękuję!! Potem zjadła trzy marchewki naraz.',
            '-Darek ze stajni obok: Widziałem cię przy barierce, krzyczałaś głośniej niż spiker.',
        ],
        [
            '-© 2026 Kłusem z Igą · Motyw: Kadence · Działa na WordPressie',
        ],
    ]),
    _page('ru', 'ru-portal-nabivalsk-muzei-otkryl-zal', [
        [
            '-Новости · Спорт · Афиша · Экономика · Некрологи',
        ],
        [
            '-Вестник Набивальска – Ваш город каждый день с 1924 года',
            '+Медведь XIX века вернулся: музей Набивальска вновь открыл зал таксидермии',
            '-Глеб Набивайлов · 14 ноября 2026, 17:05',
            '-5 мин чтения',
        ],
        [
            '-Отреставрированный бурый медведь в новой витрине. Фото: музей Набивальска',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            ('+В субботу больше 1200 человек стояли под дождём в очереди на открытие зала природы городского музея '
             'после трёх лет реставрации.'),
            '-Реклама',
            '-Почему владельцы домов в области массово меняют поставщика электроэнергии',
            ('+Выставка «Мех, перо и стекло» показывает 140 экспонатов XIX века, от сипухи до бурого медведя, '
             'которого в 1898 году набил местный шорник.'),
        ],
        [
            '-Читайте также: Крышу музея наконец отремонтировали после трёх зим',
            '-Подпишитесь на утреннюю рассылку «Вестника» – это бесплатно',
            ('+«Чучела рассказывают о том, как люди смотрели на животных, а не только о самих животных», – говорит '
             'хранитель музея Ариадна Чучелова.'),
        ],
        [
            '-Самое читаемое: Ремонт объездной продлится до весны · Пекарня получила областную премию',
            '+Программа выходных',
            '+11:00 – экскурсия по отреставрированным витринам с реставраторами',
            '+14:00 – рассказ о том, как медведя чистили, зашивали и вставляли ему новые стеклянные глаза',
            '+16:00 – урок рисования для детей в зале птиц',
        ],
        [
            ('+Один только медведь потребовал 300 часов работы, новые стеклянные глаза выдул стеклодув из '
             'Гусь-Хрустального.'),
            '-Видео: медведь возвращается в витрину (1:42)',
            '+Выставка продлится до 28 марта, по воскресеньям вход для жителей города бесплатный.',
        ],
        [
            '-Теги: Музей · Таксидермия · Выставки · Наследие',
        ],
        [
            '-8 комментариев',
            '-Марина_К: Помню этого медведя по школьным экскурсиям, как хорошо, что он вернулся.',
            '-↳ Вестник Набивальска: Спасибо, Марина! Музей собирает воспоминания горожан о медведе.',
            '-Тимур Р.: Чучела нравятся не всем, но витрины получились красивые.',
            '-↳ Жанна П.: Согласна, совы просто чудесные.',
        ],
        [
            '-О нас · Контакты · Размещение рекламы · Конфиденциальность · Настройки cookie',
            '-© 2026 «Вестник Набивальска». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-rysyu-s-polinoi-pervyi-zabeg', [
        [
            '-Рысью с Полиной – копыта, упряжь и очень много грязи',
        ],
        [
            '-Главная · Обо мне · Наши лошади · Дни бегов · Контакты',
            '-Главная » Дни бегов » Летние бега',
        ],
        [
            '+Самый первый заезд нашей кобылы на летних бегах в Иноходске',
            '-Опубликовано 9 августа 2026, автор: Полина · 11 комментариев',
            '-6 минут на чтение',
        ],
        [
            '-В этом посте есть партнёрские ссылки, с них я могу получить небольшую комиссию.',
            '-В этом посте: Подготовка · Заезд · Что дальше',
        ],
        [
            ('+В прошлую субботу наша кобыла Ласточка впервые в жизни вышла на старт, на бегах рысаков на травяной '
             'дорожке в Иноходске.'),
            '-Ласточку запрягают на стоянке коневозов (фото: мой папа)',
            '-Сохраните этот пост в Pinterest!',
            ('+Папа тренирует её с марта, каждое утро до школы гоняет рысью по просёлкам, а я сижу сзади в '
             'тренировочной качалке.'),
        ],
        [
            '-Рекламный блок',
            ('+Перед стартом наш наездник Савелий Дугобоев наклонился ко мне: «Дай ей устроиться, дай ей просвет, а '
             'остальное она найдёт сама».'),
            '-Лёгкую беговую уздечку, как у нас, можно купить на Ozon (партнёрская ссылка)',
        ],
        [
            '+Как прошёл наш день',
            '+12:30 – осмотр дорожки и первый заезд у бровки',
            '+14:15 – наш заезд, 1600 метров для дебютантов, восемь лошадей',
            '+16:00 – награждение и ведро морковки для Ласточки',
        ],
        [
            ('+На противоположной прямой она один раз сбилась на галоп, но вернулась на рысь и пришла третьей из '
             'восьми.'),
            '-Не пропустите новые посты – подпишитесь на мои дневники бегов по почте',
            ('+Следующий заезд у неё на осенних бегах в октябре, а папа говорит, что на будущий год, может быть, я '
             'сама поеду на ней в юношеском заезде.'),
        ],
        [
            '-На сегодня всё, обнимаю, Полина',
            '-Расписываю подковы на счастье для дверей – они есть в моём магазинчике на Ярмарке Мастеров.',
            '-Поделиться: ВКонтакте · Pinterest · WhatsApp',
        ],
        [
            '-11 комментариев к записи «Самый первый заезд нашей кобылы на летних бегах в Иноходске»',
            '-Галина Х.: Третья с первого раза, это здорово, умница Ласточка!',
            '-↳ Полина: Спасибо!! Потом она съела три морковки сразу.',
            '-Денис из соседней конюшни: Видел тебя у бровки, ты кричала громче диктора.',
        ],
        [
            '-© 2026 Рысью с Полиной · Тема: Kadence · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Zum Anhören des SoundCloud-Beitrags bitte oben auf „Abspielen erlauben“ klicken.':
        ('a German SoundCloud item asking for a click on allow-playback ("Zum Anhören des SoundCloud-Beitrags bitte '
         'oben auf „Abspielen erlauben“ klicken.") is left in the body'),
    'Questo contenuto di RaiPlay è visibile solo agli utenti registrati.':
        ('an Italian RaiPlay item visible only to registered users ("Questo contenuto di RaiPlay è visibile solo '
         'agli utenti registrati.") is left in the body'),
    'Nie udało się wczytać galerii z Flickra. Odśwież stronę.':
        ('a Polish Flickr gallery that failed to load, with a refresh-the-page hint ("Nie udało się wczytać galerii '
         'z Flickra. Odśwież stronę.") is left in the body'),
    'Comment removed by a moderator because it broke the house rules.':
        ('an English removed-by-a-moderator note in a thread ("Comment removed by a moderator because it broke the '
         'house rules.") is left at the foot'),
    '14 people are talking about this. Join the conversation':
        ('an English people-are-talking join-the-conversation prompt ("14 people are talking about this. Join the '
         'conversation") is left at the foot'),
    'Articolo pubblicato in collaborazione con la Pro Loco.':
        ('an Italian published-in-collaboration-with-the-Pro-Loco note ("Articolo pubblicato in collaborazione con '
         'la Pro Loco.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-pelterby-taxidermy-gallery-reopens':
        ('the English taxidermy exhibition report keeps the masthead with its tagline ("The Pelterby Gazette – Your '
         'town, every day since 1872") above the title, at the top of the title\'s block (1 of 20 noise lines); no '
         'article line is lost'),
    'fr-portail-empaillac-musee-rouvre-sa-galerie':
        ('the French taxidermy exhibition report keeps the masthead with its tagline ("Le Réveil d\'Empaillac – '
         'L\'info de chez vous depuis 1881") above the title, at the top of the title\'s block; and the sponsored '
         'headline ("Ces propriétaires changent de fournisseur d\'énergie : voici pourquoi") under the advertisement '
         'label ("Publicité"), between the first and second paragraphs (2 of 20 noise lines); no article line is lost'),
    'de-portal-balgstedt-museum-eroeffnet-praeparate-saal':
        ('the German taxidermy exhibition report keeps the masthead with its tagline ("Balgstedter Rundschau – Ihre '
         'Heimatzeitung seit 1868") above the title, at the top of the title\'s block; the sponsored headline '
         '("Warum Hausbesitzer hier gerade den Stromanbieter wechseln") under the advertisement label ("Anzeige"), '
         'between the first and second paragraphs; and the newsletter prompt ("Der Morgen-Newsletter der Rundschau – '
         'jetzt kostenlos bestellen") above the paragraph with the quote, under the read-also link (3 of 20 noise '
         'lines); no article line is lost'),
    'de-blog-hannis-trabertagebuch-erstes-rennen':
        ('the German harness-racing blog post keeps the ad label ("Gesponserte Inhalte") above the paragraph '
         'with the quote (1 of 20 noise lines); no article line is lost'),
    'it-portale-impagliano-museo-riapre-la-sala':
        ('the Italian taxidermy exhibition report keeps the masthead with its tagline ("La Gazzetta di Impagliano – '
         'Il tuo paese, ogni giorno dal 1879") above the title, at the top of the title\'s block; and the sponsored '
         'headline ("Ecco perché tanti proprietari di casa qui stanno cambiando fornitore di luce") under the '
         'advertisement label ("Annuncio"), between the first and second paragraphs (2 of 20 noise lines); no '
         'article line is lost'),
    'it-blog-il-trotto-di-ginevra-prima-corsa':
        ('the Italian harness-racing blog post keeps the opening photo\'s caption ("Zagara mentre le mettiamo i '
         'finimenti al parcheggio dei van (foto: il mio papà)") between the first and second paragraphs (1 of 20 '
         'noise lines); no article line is lost'),
    'pl-portal-wypchanow-muzeum-otwiera-sale':
        ('the Polish taxidermy exhibition report keeps the masthead with its tagline ("Echo Wypchanowa – Twoje '
         'miasto, codziennie od 1919 roku") above the title, at the top of the title\'s block; and the sponsored '
         'headline ("Dlaczego właściciele domów w regionie masowo zmieniają dostawcę prądu") under the advertisement '
         'label ("Reklama"), between the first and second paragraphs (2 of 20 noise lines); no article line is lost'),
    'ru-portal-nabivalsk-muzei-otkryl-zal':
        ('the Russian taxidermy exhibition report keeps the masthead with its tagline ("Вестник Набивальска – Ваш '
         'город каждый день с 1924 года") above the title, at the top of the title\'s block; and the sponsored '
         'headline ("Почему владельцы домов в области массово меняют поставщика электроэнергии") under the '
         'advertisement label ("Реклама"), between the first and second paragraphs (2 of 20 noise lines); no article '
         'line is lost'),
}

test_held_out_229_line, test_held_out_229_line_is_kept, test_held_out_229_page = held_out_tests(
    HELD_OUT_229_LINES, HELD_OUT_229_KEEP, HELD_OUT_229_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
