"""Held-out set 176: written blind, weighted toward the noise the cleaner exists for, in shapes set 174's docstring does
not name (nor the first paragraphs of sets 171, 172 and 173): scraper, embed and ad markers (an English Prezi
presentation that needs Adobe Flash "Prezi presentation cannot be shown: it needs Adobe Flash, which your browser no
longer supports.", an English Twitch clip whose channel owner turned off embedding "Twitch clip unavailable – the
channel owner has turned off embedding on other websites.", an English password-protected Padlet board "Padlet board
could not be opened: this padlet is protected by a password.", a French Framaforms poll whose form has expired "Le
sondage Framaforms ne peut pas s'afficher : ce formulaire a expiré.", a German Mentimeter poll that has ended
"Mentimeter-Umfrage beendet: Eine Abstimmung ist nicht mehr möglich.", an Italian Google My Maps map that waits for
third-party cookies "Mappa di Google My Maps non caricata: accetta i cookie di terze parti per visualizzarla.", a Polish
Google Photos album whose link has expired "Album ze Zdjęć Google nie wyświetla się – link do albumu wygasł." and a
Russian Yandex Maps widget over its API request limit "Яндекс Карты не загрузились: превышен лимит запросов к API.");
reading-time headers in new wordings (the English time-to-read line with "mins" "Time to read: 4 mins", a blog's
settle-in long-read line "Settle in – this is a long one, around fifteen minutes start to finish.", the French
to-read-in line "À lire en 7 minutes", the German about-seven-minutes-for-reading line "Ca. 7 Minuten zum Lesen", the
Italian estimated-reading line "Lettura stimata: 7 minuti", the Polish you-will-read-it-in line "Przeczytasz w 7 minut"
and the Russian reading-time line "Время чтения: 7 минут"); bylines and self-promotion (an English Local Democracy
Reporting Service byline "By Hollis Sprackthorne, Local Democracy Reporting Service", a German from-our-contributor
byline "Von unserer Mitarbeiterin Roswitha Tüddelmann", a Polish compiled-by byline "Oprac. Grzegorz Pstrągowicz" and a
Russian text-and-the-author's-photos byline "Текст: Ульяна Ковылкина, фото автора", all at the head, and at the foot an
English Folksy lampshades plug "Finished lampshades are up in my Folksy shop, made to order in any fabric you send me.",
an English Zoom banjo-lessons plug booked through Calendly "I teach beginner banjo lessons over Zoom – book a slot
through my Calendly page.", a French Un grand marché snow-globes plug with Colissimo postage "Mes boules à neige
personnalisées sont en vente sur Un grand marché, envoi en Colissimo." and an Italian Subito.it ocarinas plug with SDA
shipping "Le mie ocarine in terracotta si possono ordinare su Subito.it, spedizione con SDA."); blog and site footers
(an English Squarespace credit with cookie-settings and privacy links "Powered by Squarespace · Cookie settings ·
Privacy", an English company-registration row with a VAT number "Registered in England & Wales, company number 09817264
· VAT no. GB 238 4471 06", an English Netlify-and-Eleventy credit with an RSS link "Hosted on Netlify · Built with
Eleventy · RSS feed", a French host line with OVHcloud's address "Hébergeur : OVHcloud, 2 rue Kellermann, 59100
Roubaix", a German Jimdo credit with cookie-policy and log-in links "Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden",
an Italian court-registration line of a news title "Testata giornalistica registrata presso il Tribunale di Cuneo, n.
12/2009", a Polish home.pl hosting row with cookie-policy and accessibility-declaration links "Hosting: home.pl ·
Polityka cookies · Deklaracja dostępności" and a Russian mass-media registration line "Свидетельство о регистрации СМИ
ЭЛ № ФС 77-81234 выдано Роскомнадзором"); reader-comment furniture (an English flag-reply-likes action row "Flag as
inappropriate · Reply · 3 likes", an English subscribers-only conversation prompt "Only subscribers can join the
conversation on this article. Log in or subscribe to comment.", an English order-of-approval note "Comments are shown in
the order they were approved, not the order they were written.", a French real-names note "Les commentaires sont
désormais publiés sous vos vrais nom et prénom.", a German reply-report-likes action row "Antworten · Melden · 5
Personen gefällt das", an Italian daily-comment-limit note "Hai raggiunto il limite di 5 commenti al giorno.", a Polish
collapsed-thread link "Wątek zwinięty – rozwiń 4 odpowiedzi" and a Russian reply-report row with thumbs "Ответить ·
Пожаловаться · 👍 8 👎 1"); share rows (an English know-someone-who'd-enjoy-this row "Know someone who'd enjoy this? Share
it on Bluesky, Threads or Facebook", a German share-with-friends row with Mastodon, Bluesky, WhatsApp and print "Mit
Freunden teilen: Mastodon | Bluesky | WhatsApp | Drucken" and a Polish share-on row "Udostępnij na: Facebooku ·
Messengerze · X"); and notices (a French timed update note "Mise à jour à 17 h 40 : la mairie a précisé le calendrier
des travaux." and an Italian audio-version-for-subscribers note "Questo articolo è disponibile anche in versione audio
per gli abbonati.", both in the body, and a Russian news-updated-with-a-comment note "Новость дополнена в 18:20
комментарием главы поселения." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 174's
docstring does not describe (on the six portal pages, in eleven blocks, the masthead and the breadcrumb in one block of
two at the very top; the title alone in a block of one; the byline, a published-and-updated date line and the reading
time alone in a block of three under the title; a share row at the top of the first paragraph's block, right before the
first and second paragraphs; the lead photo's caption and its credit alone in a block of two between the second
paragraph and the quote; the paragraph with the quote at the top of its block with an ad label and a sponsored headline
after it; the subheading and the three rows with a read-more link between the subheading and the first row; the first of
the two last paragraphs alone in its block; the second at the top of the next block with a tags line and a follow-us
prompt after it; at the foot two blocks, five lines of a comment thread (a comment count, a comment, another reader's
arrowed reply, the first commenter's arrowed answer and a fourth reader's comment left unanswered) and then a links row
and the publisher's copyright line; on the six blog pages, in eleven blocks, a skip-to-content link, the blog name and
the menu in one block of three; the title alone in a block of one; the posted-on-date-by-author line, a category line
and the reading time alone in a block of three under the title; the first and second paragraphs in one block with an
affiliate-disclosure line between them; a related-post link alone in a block of one between the second paragraph and the
quote; the paragraph with the quote alone; the subheading and the three rows with an affiliate link between the first
and second rows; the two last paragraphs in one block with a photo caption between them and the author's sign-off after
the second; a share row and a plug for the author's wares or lessons alone in a block of two, the share row first; at
the foot two blocks, five lines (a comments heading, a comment, the author's arrowed reply, another reader's arrowed
reply and a second comment left unanswered) and then the author's copyright line and a platform-and-theme credit), taken
from local news of fresh kinds (a town's parklet on a parking space, a village's speed camera switched on, a harbour's
old crane listed, a school's herb garden, a village's dog park fenced, a town's paper mill museum opened) and from blogs
about learning the banjo, making lampshades, making snow globes, playing the ocarina, growing microgreens on a
windowsill and making a ship in a bottle.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 174 but what is named here), held-out set 175 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 174 up to (not including) its paragraph "Measured after round 117", its imports and its tail
from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search),
and the first paragraphs of the docstrings of sets 171, 172 and 173, printed with one ast script
(/tmp/s176scratch/peek.py, reading the files of /tmp/wt-set176/tests, the set's worktree at the brief's commit; see
Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set176); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s176scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 174's as printed, with 174 -> 176; /tmp/s176scratch/gen176.py writes this file from scratch files (data176.py with
the noise and keep lines, pages176.py with the pages, doc1.txt with the first paragraph, doc2.txt with the next four
and, after the measurement, doc3.txt with the Baseline paragraph and tables176.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s176,
detached at commit a146c7942662f40499166f167931ef54df94f0ec, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 09:00:54 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
a146c7942662f40499166f167931ef54df94f0ec (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py printed set 174's docstring paragraphs (split on blank lines) up to
the one starting "Measured after round 117", set 174's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 171, 172 and 173. Its first run printed to
the terminal, which the tool cut in the middle (it showed the output's lines 1 to 131, set 174's docstring part up to
inside its Slips and notes (4), and, after the cut, its lines 472 to 600, the end of set 172's first paragraph and set
173's first paragraph, all allowed parts); the second run went to /tmp/s176scratch/peek.out (600 lines, all of them
allowed parts), of which I paged lines 1 to 124, 125 to 330 and 330 to 470 with ``sed``, so that every part the brief
allows was read once; nothing else of any set file was printed. (3) To compare my wordings with the named ones I grepped
peek.out case-insensitively for the services, platforms, hosts and key words of my lines (parklet, Mixcloud, Twitch,
Padlet, Prezi, Framaforms, Mentimeter, "My Maps", "Google Photos", Яндекс, "Time to read", "Settle in", "À lire en",
"zum Lesen", "Lettura stimata", Przeczytasz, "Время чтения", "Local Democracy", "Von unserer", Oprac, "Текст:", Folksy,
Calendly, "Un grand march", Subito, Squarespace, Netlify, Eleventy, OVH, Jimdo, Tribunale, home.pl, dostępności,
Свидетельство, "Flag as", subscribers, approved, "vrai nom", Melden, limite, zwinięt, Пожаловаться, "Know someone",
"Diesen Artikel teilen", Udostępnij, "Mise à jour", "versione audio", дополнена, "registered in", and later Freunden,
Settle and cuppa): "approved" occurs only in set 171's Italian note that an interview was reviewed and approved by the
interviewee, and "cuppa" in set 173's grab-a-cuppa reading-time line; the other words do not occur. (4) Near misses with
shapes already named, noted rather than hidden: the markers stand for services not named there (Prezi, Twitch, Padlet,
Framaforms, Mentimeter, Google My Maps, Google Photos, Yandex Maps) with reasons not named (Flash no longer supported,
embedding turned off by the channel owner, a password, an expired form, a poll that has ended, third-party cookies
refused, an expired album link, an API request limit), though an expired form, an ended poll and an expired link are of
the kind of set 172's Infogram licence that ran out and set 173's VK live stream that has ended; the reading times are
new phrasings, but the English blog's settle-in line is a blog's long-read line like set 174's grab-a-cup-of-tea line
and set 173's grab-a-cuppa line, the French "À lire en 7 minutes" is close to set 174's Italian "Leggi in 6 minuti", the
German "Ca. 7 Minuten zum Lesen" to set 173's "Leseaufwand: ca. 6 Min.", the Polish "Przeczytasz w 7 minut" to set 171's
Russian "Прочтёте за 5 минут" and the English "Time to read: 4 mins" and the Russian "Время чтения: 7 минут" are plain
reading-time labels like set 171's Polish "Czas lektury: ok. 5 minut"; of the bylines the Local Democracy Reporting
Service line and the Polish "Oprac." are not named, the German from-our-contributor line is of the kind of set 172's
from-the-local-desk byline and the Russian text-and-the-author's-photos line of the kind of set 171's Polish
text-and-photos byline; the plugs sell on platforms not named (Folksy, Zoom with Calendly, Un grand marché, Subito.it),
though the French and Italian ones carry postage like the plugs of sets 172 to 174 and the English lessons plug is of
the kind of set 173's Eventbrite workshops plug; the footers name hosts, builders and legal lines not named
(Squarespace, Netlify and Eleventy, OVHcloud, Jimdo, home.pl, an English company-registration row, an Italian court
registration, a Russian media registration), though the company-registration row is of the kind of set 171's
company-number line, the OVHcloud and home.pl rows are hosting lines like set 174's Krystal and IONOS rows, the Jimdo
credit is a site-builder credit like set 173's Wix line, the accessibility declaration echoes set 174's accessibility
statement and the Italian court registration is of the kind of set 173's ROC registration; of the comment lines the
English and German action rows and the Russian thumbs row are not named, the English subscribers-only prompt is of the
kind of set 173's Polish commenting-as-a-guest row and set 174's Gosuslugi log-in prompt, the English order-of-approval
note of the kind of the moderation notes of sets 173 and 174, the Polish collapsed-thread link of the kind of set 171's
see-the-six-replies and show-earlier-comments links, and the French real-names note and the Italian daily-limit note are
not named; the share rows use openings not named ("Know someone who'd enjoy this?", "Mit Freunden teilen", "Udostępnij
na"), though the German one is close in sense to set 173's Italian send-this-article-to-a-friend row (I first wrote
"Diesen Artikel teilen:", and changed it before any check because it was too close to set 172's German "Artikel teilen
per:"); the French timed update note and the Russian news-updated-with-a-comment note are of the kind of the correction
notes of sets 171 and 172, and the Italian audio-version note is not named. On the pages the noise is of common kinds
(mastheads, breadcrumbs, bylines, date lines, reading times, share rows, captions and credits, ad labels, sponsored
headlines, read-more links, tags lines, follow prompts, comment threads, links rows, copyright lines, skip-to-content
links, blog names, menus, posted-on lines, category lines, affiliate disclosures and links, related-post links, photo
captions, sign-offs, plugs and platform credits), since the brief asks for new layouts there; some positions echo
earlier layouts (the portals' caption and credit as a pair, as on sets 170, 172 and 174, here alone in a block between
the second paragraph and the quote; the ad label and sponsored headline as a pair, as on sets 171 to 174, here after the
quote in its block; a read-more link inside the list block, as on sets 169 and 174, here right after the subheading; the
blogs' affiliate link inside the list block, as on sets 170 to 174, here between the first and second rows; an affiliate
disclosure, as on sets 173 and 174, here between the first and second paragraphs; the blogs' sign-off and plug near each
other, as on sets 171, 173 and 174), while what is new is the rest (on the portals the title alone in its block with the
byline, date and reading time in a block of their own under it, the share row before the first paragraph, the caption
and credit alone in their block, a tags line and follow prompt after the last paragraph, and a thread with two replies
to its first comment; on the blogs the skip-to-content link at the top, the title alone, a category line with the
posted-on line and reading time, a related-post link alone between the second paragraph and the quote, the quote alone,
a caption between the last paragraphs with the sign-off after them, and the share row before the plug in their own
block). (5) Before the measurement /tmp/s176scratch/check.py checked, case-insensitively, that no noise line (held-out
or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line holds an
at-sign, and counted the lines. Before its first run I had already replaced a German keep line ("Anzeige erstattet hat
der Landwirt, nachdem sein Weidezaun zum dritten Mal zerstört wurde.", which held the German portal's ad label
"Anzeige"; it became "Gefallen hat den Besuchern vor allem die Ausstellung im alten Spritzenhaus.") and kept the
mastheads and blog names out of the credits, prompts and copyright lines, the bylines out of the photo credits and the
ad labels out of the links rows (the Italian, Polish and Russian links rows have no "Pubblicità", "Reklama" or
"Реклама"); its first run found one: the English blog's name "Clawhammer Kettle" inside its copyright line ("© 2026
Wendell · Clawhammer Kettle blog", which became "© 2026 Wendell. All rights reserved."); its second run found nothing.
Lines and data were counted by check.py (45 noise lines: category, language and place as in Contents; 20 keep lines by
language and place; 12 pages of eleven blocks each, with 10 "+" and 20 "-" lines each). /tmp/s176scratch/marks.out
printed all 360 page lines with their block numbers and marks, and I read them one by one: "+" stands only on the
titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was swapped. gen176.py
reports lines over 120 characters and at-signs in the written file, checks that every held-out noise line and keep line
is quoted in the docstring and checks, by parsing the file with ``ast`` (without importing it), that the file's lists,
pages and tables equal the scratch ones. (6) Invented names were checked with the exact-string search over public GitHub
files: Snaithwickle, Gribblethwaite (and Ambrose Gribblethwaite), Fettiplow, Clawhammer Kettle, Brévaldoux, Garrivaude,
Pruniéras, Möwenbrügge, Deichmöller, Schwabbelkamp, Castelvarzo, Pizzicorna, Sbrindolli, Skrzypiczk (for Skrzypiczki
Małe and Echo Skrzypiczek), Brzdękowska, Ćwierkosz, Бумагинск (for Бумагинск, Бумагинский вестник and Бумагинская
медиагруппа), Промокашкин, Водознакова, Abat-jour de Clémence, Schüttelglas-Werkstatt, Ocarina sul Balcone, Mikroliście
na Parapecie, Флот в бутылке, Sprackthorne, Tüddelmann, Pstrągowicz, Ковылкина and Pindlewhistle (checked, not used) had
no hits. Dropped: Quillingham (in lists of invented names; the town became Snaithwickle), Kettlewick (a fictional bank
and invented places in files; the reporter became Ambrose Gribblethwaite), Tumbleforth (a blog and a name list; dropped
for the same reporter), Ardouvin (a real artist's name; the French reporter became Solène Garrivaude), Heidelbeck (a
surname and a place name; the German reporter became Tjark Deichmöller), Spuntoni (an Italian word; the Italian reporter
became Ermenegilda Pizzicorna), Barbagrigia (a surname and nickname; the teacher became Liliana Sbrindolli), Mrówczyńska
(a real surname; the Polish reporter became Jadwiga Brzdękowska), Wiercipięta (a real surname and a word; the village
head became Halina Ćwierkosz), Переплётов (a word, the genitive of bindings) and Тетрадкин (a surname; the Russian
reporter became Святослав Промокашкин), Пергаментова (an adjective; the museum director became Зинаида Водознакова),
Wintergarde (a game's place name) and Brackenfold (invented names in files; the held-out byline became Hollis
Sprackthorne), Quenchwell (a street and names in files) and Pstrokoński (a real person; the Polish held-out byline
became Grzegorz Pstrągowicz). First names alone (Wendell, Clémence, Annegret, Loredana, Agnieszka, Геннадий) and the
commenters' first names with an initial (Gwen R., Mireille T., Heike S., Rosanna P., Kasia W., Галина С. and the like)
were not checked, nor generic company names (Snaithwickle Clarion Ltd, Hafenbote Verlag GmbH, Edizioni La Voce S.r.l.,
Wydawnictwo Echo, SARL L'Écho), nor real brands, services, platforms, hosts, themes, bodies and places (the embed
services, Folksy, Zoom, Calendly, Un grand marché, Colissimo, Subito.it, SDA, Squarespace, Netlify, Eleventy, OVHcloud
and its Roubaix address, Jimdo, home.pl, Roskomnadzor, the Tribunale di Cuneo, Etsy, Amazon, Allegro, Ozon, WordPress,
Kadence, Astra, GeneratePress, Neve, Blocksy, Google News, "Cripple Creek", "Old Joe Clark", «La montanara» and the
Local Democracy Reporting Service). (7) ``date`` printed 09:01:06 UTC after the helpers were printed, 09:04:02 after the
allowed parts were read and the first comparison grep, before the name checks, 09:04:42 when the noise and keep lines
were first written, 09:05:33 when the pages were written, 09:05:45 after marks.out was printed, 09:06:02 after the
second comparison grep and check.py's second run, 09:07:26 after gen176.py first wrote the file, 09:07:29 at the
measurement, 09:07:50 after the problems were printed and 09:08:08 after the tables were checked. (8) The measurement
was run once, in one shell call with the brief's two commands (pytest output to /tmp/s176scratch/measure.out, report to
/tmp/s176scratch/report.out); then /tmp/s176scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s176/tests with /tmp/wt-s176/src on the path) to /tmp/s176scratch/problems.out: ten noise
lines kept, six pages with problems (17 page noise lines left, all of them kept in the text), no keep line lost and no
article line lost, as in the Baseline paragraph. The reasons of the three tables (tables176.py) were written from that
output, and /tmp/s176scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same result)
checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep
line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output names
is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; nothing else was changed: gen176.py wrote the final file from the same data files,
checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s176. (9) Slip: after the
commit, a check of the committed file's line lengths (``awk`` counts bytes, so it reported 69 lines over 120 that a
Python count of characters puts at 0; the longest line has 120 characters) was run in the same shell call as ``git log
--oneline -1`` piped into ``head -0``, which the brief forbids; its output was thrown away by ``head -0`` and nothing of
it was seen. This note was then added and the commit amended (the file's lists, pages and tables unchanged, the pytest
command run again in /tmp/wt-s176 with the same result).

Judgement calls: the keep lines "Printed leaflets about the new bin rounds will reach every house by Friday.",
"Sponsored walks organised by the scouts raised £3,200 for the hospice.", "Powered by two solar panels, the bus
shelter's lights now stay on until midnight.", "Listeners to the parish radio phoned in more than forty questions for
the candidates.", "Tags on the rescued swans show that two of them hatched on the same lake in 2019.", "Sharing the cost
of the new minibus, the three villages will each pay a third.", "Menus at the school canteen will include a vegetarian
day from September.", "Partager les jardins ouvriers entre deux associations n'a pas été simple, reconnaît le maire.",
"Abonnés depuis trente ans au club de pétanque, les deux frères ont reçu une médaille.", "Lire, écrire et compter :
l'atelier du samedi accueille désormais des adultes.", "Teilen wollen sich die beiden Vereine künftig auch das
Vereinsheim am Sportplatz.", "Gefallen hat den Besuchern vor allem die Ausstellung im alten Spritzenhaus.", "Werbung für
das Sommerfest machen die Schüler mit selbst gemalten Plakaten.", "Seguire le lezioni di nuoto sarà gratuito per i
bambini sotto i dieci anni.", "Abbonamenti al bus scolastico: le domande si presentano in Comune entro il 30 giugno.",
"Condivisa da tutti i consiglieri, la mozione chiede un semaforo davanti alla scuola.", "Obserwowali przelot żurawi nad
stawami uczniowie z kółka przyrodniczego.", "Komentując decyzję rady, sołtys mówił o rozczarowaniu mieszkańców.",
"Подписи под обращением к губернатору собрали более восьмисот жителей." and "Читатели районной библиотеки выбрали лучшую
книгу года." are article sentences: each reports what a council's leaflets, scouts, a bus shelter, radio listeners,
rescued swans, three villages, a school canteen, a mayor, two brothers, a Saturday class, two clubs, visitors, pupils,
children at a pool, school-bus families, councillors, young naturalists, a village head, residents signing a petition or
library readers did, said or will get, with the noise-like word as an ordinary noun, verb, participle or adjective of
the sentence ("Printed leaflets" are leaflets, not a print link; "Sponsored walks" are charity walks, not a sponsored
label; "Powered by two solar panels" is the shelter's power, not a platform credit; "Listeners" are radio listeners, not
a listen-to-this-article button; "Tags on the rescued swans" are leg rings, not a tags line; "Sharing the cost" is
sharing money, not a share row; "Menus" are canteen menus, not a site menu; the French "Partager", "Abonnés" and "Lire",
the German "Teilen", "Gefallen" and "Werbung", the Italian "Seguire", "Abbonamenti" and "Condivisa", the Polish
"Obserwowali" and "Komentując" and the Russian "Подписи" and "Читатели" are two associations sharing allotments, club
members of thirty years, a class teaching reading, two clubs sharing a clubhouse, what visitors liked, pupils
advertising a fête, children following swimming lessons, school-bus passes, a motion shared by councillors, pupils
watching cranes, a village head commenting on a decision, signatures on a petition and library readers; none of them is
share, subscribe, follow, like, comment, ad, print, menu, tags, reading-time or platform furniture). Categories: the
Prezi, Twitch, Padlet, Framaforms, Mentimeter, Google My Maps, Google Photos and Yandex Maps lines are markers (each
stands where an embed of the page did not come through; the Flash, password, cookie and API-limit reasons are the
embed's failure, not notices about the article); the English time-to-read and settle-in lines and the French, German,
Italian, Polish and Russian lines are reading times; the Local Democracy Reporting Service, Mitarbeiterin, "Oprac." and
"Текст:" lines are bylines at the head (the Russian one's "фото автора" credits the photos to the same author, as
bylines do), and the Folksy, Zoom-and-Calendly, Un grand marché and Subito.it lines are bylines (self-promotion) at the
foot (the postage and booking belong to the plug); the Squarespace, company-registration, Netlify-and-Eleventy,
OVHcloud, Jimdo, Tribunale, home.pl and Roskomnadzor lines are footers (the company, court and media registrations are
the legal lines publishers must show; the Jimdo row's log-in link is the site owner's, not a comment log-in); the
flag-reply-likes row, the subscribers-only prompt, the order-of-approval note, the French real-names note, the German
action row, the Italian daily-limit note, the Polish collapsed-thread link and the Russian thumbs row are comment
furniture (the subscribers-only prompt asks to subscribe in order to comment, so it belongs to the comment section, not
to a newsletter or paywall notice); the English, German and Polish rows are share rows; the French update note and the
Italian audio-version note are notices in the body (both speak of the article they sit in), and the Russian news-updated
note is a notice at the foot (an editor's note on the piece, neither a footer nor comment furniture). On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (mastheads, breadcrumbs, bylines, date lines, reading times, share
rows, captions and credits, ad labels, sponsored headlines, read-more links, tags lines, follow prompts, comment counts,
comments and replies, links rows, copyright lines, skip-to-content links, blog names, menus, posted-on lines, category
lines, affiliate disclosures and links, related-post links, photo captions, sign-offs, plugs, comment headings and
platform credits) is noise. The list rows (what happens during the parklet trial, what the banjo learner learned, what
changes for drivers, what the lampshade maker learned, what comes next for the crane, what the snow-globe maker learned,
how the herb garden works, what the ocarina player learned, the dog park's rules, what the microgreens grower learned,
what the museum shows and what the ship-in-a-bottle maker learned) are short but part of each article, so article; the
sponsored headlines after the ad labels are ads, so noise; the captions describe photos, so noise, though they speak of
the story's subject; the affiliate lines name the tool the author used but are shop links, so noise; the blogs' plugs
("Hand-written tab books for beginners are available in my Etsy shop." and the like) speak in the author's voice but
sell, so noise; the blogs' sign-offs ("Keep picking, Wendell" and the like) close the post in the author's voice but are
a signature, so noise; the portals' tags lines and follow prompts after the last paragraph are noise though they sit in
the last paragraph's block.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: English, German, Polish and Russian), body 10 (the eight markers and two notices),
tail 24 (four plugs: two English, a French and an Italian one, eight footers, eight comment lines, three share rows and
one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines
and 120 article lines: en-portal-snaithwickle-parklet (a parking bay outside a bakery turned into a parklet with
planters and benches built by college students, on trial until October), en-blog-clawhammerkettle-banjo (six months of
learning a second-hand five-string banjo at forty-eight, helped by a folk club's Thursday group),
fr-portail-brevaldoux-radar (a village's fixed speed camera on the road past the school switched on by the prefecture),
fr-blog-abatjourdeclemence-abat-jour (a first fabric lampshade made on a rigid frame kit for a grandmother's bedside
lamp), de-portal-moewenbruegge-hafenkran (a harbour's disused portal crane listed as a monument, so that its demolition
is off), de-blog-schuettelglaswerkstatt-schneekugeln (six snow globes made from jam jars with glycerine and artificial
snow), it-portale-castelvarzo-orto-aromatico (a middle school's herb garden in six wooden beds built by pupils and
grandparents), it-blog-ocarinasulbalcone-ocarina (a year with a twelve-hole terracotta ocarina, from the first notes to
a whole song), pl-portal-skrzypiczki-wybieg (a village's dog park by the pitch given a fence and two gates from the
village fund), pl-blog-mikroliscienaparapecie-mikroliscie (three months of growing radish and broccoli microgreens on a
kitchen windowsill), ru-portal-bumaginsk-muzey (a town's museum of its old paper mill opened in the mill's former
office) and ru-blog-flotvbutylke-brigantina (a first ship in a bottle, a brigantine with hinged masts raised inside a
cognac bottle), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit a146c7942662f40499166f167931ef54df94f0ec, measured with ``cd /tmp/wt-s176 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s176/src python -m pytest -q tests/test_clean_held_out_176.py -rA -p
no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s176 && PYTHONPATH=/tmp/wt-s176/src python
scripts/clean_held_out_report.py --sets 176``, with the xfail tables empty, at 09:07:29 UTC by ``date``): noise lines
removed 35/45 (marker 5/8, reading-time 6/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 10 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the French Framaforms, German
Mentimeter and Polish Google Photos placeholders), one reading time at the head (the English blog's settle-in line),
three bylines at the foot (the Folksy, Un grand marché and Subito.it plugs), one comment line at the foot (the Italian
daily-limit note) and two notices in the body (the French timed update note and the Italian audio-version note); the
English Prezi, Twitch and Padlet, Italian My Maps and Russian Yandex Maps markers, the other six reading times, all four
head bylines and the Zoom-and-Calendly plug, all eight footers, the other seven comment lines, every share row and the
Russian news-updated note went); keep lines kept 20/20; pages 6/12 clean, 17 of 240 page noise lines left and 0 of 120
article lines lost. The six portal pages are clean. Left on the blog pages: on the English banjo blog the affiliate
disclosure between the first and second paragraphs, the related-post link alone before the quote, the affiliate link
between the first and second list rows and the photo caption between the two last paragraphs (4); on the French
lampshade, Italian ocarina and Polish microgreens blogs the affiliate link in the list and the photo caption between the
last paragraphs (2 each); on the German snow-globe blog the photo caption between the last paragraphs (1); on the
Russian ship-in-a-bottle blog the related-post link, the affiliate link, the photo caption, the author's sign-off and
the share row and plug in their block after the last paragraphs (6). Lost: nothing; no article line of any page and no
keep line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s176 gave 61
passed, 16 xfailed, no XPASS.

Measured after round 118 (developed on sets 173 and 174 beside this set's writing from the same base, a146c79, and
measured on it blind by the lead with test_clean._problems of every case before and after, after the lead's mend
0fea66e): nothing moved. Round 118 read a blog's tagline over the posted-on line and the title, the writer's offer
through a form or page under the sign-off, the writer's sale or booking line on a named platform, an affiliate mark in
brackets inside the writer's sentence and three byline and footer wordings; none of this set's lines, pages or keep
lines changed, and none of its xfail entries is removed.

Round 119 (development; this set was read in full from this round on): developed on sets 175 and 176 from e859aa0.
Fixed, by mechanism: (1) set 175's lost article lines, the Polish and Russian portals' two last paragraphs in one block
around a read-also link and a newsletter prompt and the Russian portal's quote paragraph over a caption and credit. The
last paragraph was a sentence of five to seven words whose verb FINITE_VERB does not know ("Starostwo chce ogłosić
przetarg jeszcze przed wakacjami.", "Освятить витраж планируют на Троицу."), so page_blocks._article_among_furniture
gave up the whole block as a widget's after the body: page_blocks._is_short_last_paragraph_under_furniture now keeps the
block's last line under the furniture, a short sentence of the article (_is_short_article_sentence, shared with round
108's _is_short_sentence_over_tags), when a full sentence of the article heads the block above the furniture. The quote
paragraph ("«Мы собирали осколки по всему двору», — рассказал настоятель ...") opened with someone's words and the
speaker after the dash, and "Мы" and "рассказал" read as the site's cues: page_blocks._QUOTE_THEN_SPEAKER (built from
_QUOTED_SPEECH and _SPEECH_AFTER_QUOTE) is a third door of _is_writers_quote, the quote and the first word after it set
aside when the cues are read. (2) The writer's pick pointed to a marketplace, the shop closing the line with no full
stop (clean._is_pick_pointed_to_shop, beside _is_shop_button in line_reason: a "here" beside the shop, the writer's own
pick (_MY_PICK and "которыми я работаю", "których używam"), a German participle allowed after the shop; no headline's
question or sum, one short line): eight of the nine affiliate links of sets 175 and 176 went ("Get the Generation D
whistle on Amazon here", "Den Webrahmen habe ich hier bei Amazon gekauft", ...); "I bought mine on Amazon for twelve
pounds.", "What I bought on Amazon" and round 110's "Die Scharniere habe ich bei Amazon bestellt" stay, and with it set
175's "Готовую лестницу я заказала на Ozon" (a purchase told, no "here", no pick; a first version read it and failed
round 110's test). A first version of (1) also kept "Je fabrique aussi des marionnettes sur commande." under round 104's
share row (a near miss of round 104's tests); the short last paragraph now stands under no share row and names no sale,
order or lesson (_names_a_sale). No other set's xfail entry was removed (no other set moved). Report, all 167 sets,
before -> after: noise lines removed 6902/7591 -> 6902/7591, article lines kept 3367/3367 -> 3367/3367, pages clean
1174/1990 -> 1176/1990, page noise lines left 1717 -> 1708, paragraphs lost 7 -> 2 (set 175's 5 given back; the other 2
unchanged); only sets 175 and 176 changed. SemEval: 0 changed files of 3723. Bench: ratio_to_baseline 1.00
(benchmarks/bench_clean.py against e859aa0, run twice, before the last two narrowings). Tests: the brief's pytest
command on the final code gave 21874 passed, 1533 xfailed, no XPASS (an earlier version failed round 110's and round
104's near misses, both mended). Tests in tests/test_clean.py: test_round_119_*.
This set before -> after: noise lines 35/45 -> 35/45 (marker 5/8, reading-time 6/7, byline 5/8, footer 8/8, comments
7/8, share 3/3, notice 1/3, unchanged), keep 20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines left 17 -> 12 of
240, article lines lost 0 -> 0. Reasons reworded: en-blog-clawhammerkettle-banjo, fr-blog-abatjourdeclemence-abat-jour,
it-blog-ocarinasulbalcone-ocarina, pl-blog-mikroliscienaparapecie-mikroliscie and ru-blog-flotvbutylke-brigantina (the
affiliate link went). Still missed: the ten lines of _LINE_XFAIL (the Framaforms, Mentimeter and Google Photos
placeholders, the settle-in reading time, the Folksy, Un grand marché and Subito.it plugs, the Italian daily-limit note,
the French timed update and the Italian audio-version notes); on the pages the English affiliate disclosure between the
first paragraphs, the related-post links (English, Russian), the Russian blog's sign-off, share row and plug, and every
blog's photo caption between the last paragraphs (no credit, no label: left by the brief).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_176_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Prezi presentation cannot be shown: it needs Adobe Flash, which your browser no longer supports.',
     'marker'),
    ('body', 'Twitch clip unavailable – the channel owner has turned off embedding on other websites.', 'marker'),
    ('body', 'Padlet board could not be opened: this padlet is protected by a password.', 'marker'),
    ('body', "Le sondage Framaforms ne peut pas s'afficher : ce formulaire a expiré.", 'marker'),
    ('body', 'Mentimeter-Umfrage beendet: Eine Abstimmung ist nicht mehr möglich.', 'marker'),
    ('body', 'Mappa di Google My Maps non caricata: accetta i cookie di terze parti per visualizzarla.', 'marker'),
    ('body', 'Album ze Zdjęć Google nie wyświetla się – link do albumu wygasł.', 'marker'),
    ('body', 'Яндекс Карты не загрузились: превышен лимит запросов к API.', 'marker'),
    ('head', 'Time to read: 4 mins', 'reading-time'),
    ('head', 'Settle in – this is a long one, around fifteen minutes start to finish.', 'reading-time'),
    ('head', 'À lire en 7 minutes', 'reading-time'),
    ('head', 'Ca. 7 Minuten zum Lesen', 'reading-time'),
    ('head', 'Lettura stimata: 7 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 7 minut', 'reading-time'),
    ('head', 'Время чтения: 7 минут', 'reading-time'),
    ('head', 'By Hollis Sprackthorne, Local Democracy Reporting Service', 'byline'),
    ('head', 'Von unserer Mitarbeiterin Roswitha Tüddelmann', 'byline'),
    ('head', 'Oprac. Grzegorz Pstrągowicz', 'byline'),
    ('head', 'Текст: Ульяна Ковылкина, фото автора', 'byline'),
    ('tail', 'Finished lampshades are up in my Folksy shop, made to order in any fabric you send me.', 'byline'),
    ('tail', 'I teach beginner banjo lessons over Zoom – book a slot through my Calendly page.', 'byline'),
    ('tail', 'Mes boules à neige personnalisées sont en vente sur Un grand marché, envoi en Colissimo.', 'byline'),
    ('tail', 'Le mie ocarine in terracotta si possono ordinare su Subito.it, spedizione con SDA.', 'byline'),
    ('tail', 'Powered by Squarespace · Cookie settings · Privacy', 'footer'),
    ('tail', 'Registered in England & Wales, company number 09817264 · VAT no. GB 238 4471 06', 'footer'),
    ('tail', 'Hosted on Netlify · Built with Eleventy · RSS feed', 'footer'),
    ('tail', 'Hébergeur : OVHcloud, 2 rue Kellermann, 59100 Roubaix', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden', 'footer'),
    ('tail', 'Testata giornalistica registrata presso il Tribunale di Cuneo, n. 12/2009', 'footer'),
    ('tail', 'Hosting: home.pl · Polityka cookies · Deklaracja dostępności', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Flag as inappropriate · Reply · 3 likes', 'comments'),
    ('tail', 'Only subscribers can join the conversation on this article. Log in or subscribe to comment.', 'comments'),
    ('tail', 'Comments are shown in the order they were approved, not the order they were written.', 'comments'),
    ('tail', 'Les commentaires sont désormais publiés sous vos vrais nom et prénom.', 'comments'),
    ('tail', 'Antworten · Melden · 5 Personen gefällt das', 'comments'),
    ('tail', 'Hai raggiunto il limite di 5 commenti al giorno.', 'comments'),
    ('tail', 'Wątek zwinięty – rozwiń 4 odpowiedzi', 'comments'),
    ('tail', 'Ответить · Пожаловаться · 👍 8 👎 1', 'comments'),
    ('tail', "Know someone who'd enjoy this? Share it on Bluesky, Threads or Facebook", 'share'),
    ('tail', 'Mit Freunden teilen: Mastodon | Bluesky | WhatsApp | Drucken', 'share'),
    ('tail', 'Udostępnij na: Facebooku · Messengerze · X', 'share'),
    ('body', 'Mise à jour à 17 h 40 : la mairie a précisé le calendrier des travaux.', 'notice'),
    ('body', 'Questo articolo è disponibile anche in versione audio per gli abbonati.', 'notice'),
    ('tail', 'Новость дополнена в 18:20 комментарием главы поселения.', 'notice'),
]

HELD_OUT_176_KEEP: list[tuple[str, str]] = [
    ('head', 'Printed leaflets about the new bin rounds will reach every house by Friday.'),
    ('body', 'Sponsored walks organised by the scouts raised £3,200 for the hospice.'),
    ('tail', "Powered by two solar panels, the bus shelter's lights now stay on until midnight."),
    ('head', 'Listeners to the parish radio phoned in more than forty questions for the candidates.'),
    ('tail', 'Tags on the rescued swans show that two of them hatched on the same lake in 2019.'),
    ('body', 'Sharing the cost of the new minibus, the three villages will each pay a third.'),
    ('tail', 'Menus at the school canteen will include a vegetarian day from September.'),
    ('head', "Partager les jardins ouvriers entre deux associations n'a pas été simple, reconnaît le maire."),
    ('tail', 'Abonnés depuis trente ans au club de pétanque, les deux frères ont reçu une médaille.'),
    ('body', "Lire, écrire et compter : l'atelier du samedi accueille désormais des adultes."),
    ('head', 'Teilen wollen sich die beiden Vereine künftig auch das Vereinsheim am Sportplatz.'),
    ('tail', 'Gefallen hat den Besuchern vor allem die Ausstellung im alten Spritzenhaus.'),
    ('body', 'Werbung für das Sommerfest machen die Schüler mit selbst gemalten Plakaten.'),
    ('head', 'Seguire le lezioni di nuoto sarà gratuito per i bambini sotto i dieci anni.'),
    ('tail', 'Abbonamenti al bus scolastico: le domande si presentano in Comune entro il 30 giugno.'),
    ('body', 'Condivisa da tutti i consiglieri, la mozione chiede un semaforo davanti alla scuola.'),
    ('head', 'Obserwowali przelot żurawi nad stawami uczniowie z kółka przyrodniczego.'),
    ('tail', 'Komentując decyzję rady, sołtys mówił o rozczarowaniu mieszkańców.'),
    ('head', 'Подписи под обращением к губернатору собрали более восьмисот жителей.'),
    ('tail', 'Читатели районной библиотеки выбрали лучшую книгу года.'),
]

HELD_OUT_176_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-snaithwickle-parklet', [
        [
            '-The Snaithwickle Clarion',
            '-Home › News › Town Centre',
        ],
        [
            "+Parking space on Mill Lane becomes the town's first parklet",
        ],
        [
            '-By Ambrose Gribblethwaite, Town Centre Reporter',
            '-Published 14 May 2026, updated 16:05',
            '-Reading time 3 minutes',
        ],
        [
            '-Share: Facebook | X | WhatsApp | Email',
            '+A single parking bay outside the bakery on Mill Lane has been turned into a small public seating area '
            'with planters, benches and a bike stand.',
            '+The wooden platform, built by students at the technical college, sits level with the pavement and will '
            'stay in place until the end of October as a trial.',
        ],
        [
            '-The new parklet on Mill Lane on its first sunny morning.',
            '-Photo: Snaithwickle Clarion',
        ],
        [
            '+Traders were split at first, but most now say the seats bring people to the shops. "We lost one car '
            'space and gained a dozen customers sitting outside," said baker Prudence Fettiplow.',
            '-Advertisement',
            '-Sponsored: Compare the best mortgage rates in your area today',
        ],
        [
            '+What happens during the trial',
            '-Read more: Market square to close for resurfacing in June',
            '+The council will count how many people use the seats each week.',
            '+Traders and residents can leave their views on a feedback board at the library.',
            '+A decision on a permanent parklet will be made in November.',
        ],
        [
            '+Two more bays, on Station Road and Castle Street, have been suggested by residents for next summer.',
        ],
        [
            '+The college says its students are ready to build them if the trial goes well.',
            '-Tags: Mill Lane, parking, town centre',
            '-Follow the Clarion on Facebook for daily local news',
        ],
        [
            '-4 comments',
            '-Gwen R.: Lovely idea, sat there with my coffee this morning.',
            '-↳ Alan P.: Shame about the parking space, it was always hard to find one.',
            "-↳ Gwen R.: There's the car park behind the church, Alan.",
            '-Dev M.: Would be good to see one near the primary school too.',
        ],
        [
            '-About us · Contact · Advertise · Privacy policy',
            '-© 2026 Snaithwickle Clarion Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-clawhammerkettle-banjo', [
        [
            '-Skip to content',
            '-Clawhammer Kettle',
            '-Home · Lessons · Tunes · About',
        ],
        [
            '+Six months of learning the banjo at forty-eight',
        ],
        [
            '-Posted on 9 March 2026 by Wendell',
            '-Filed under: Beginner diary',
            '-About 6 minutes to read',
        ],
        [
            '+I bought a second-hand five-string banjo last September, mostly because I loved the sound of it on an '
            'old record my dad used to play.',
            '-Some links in this post are affiliate links, which means I earn a little if you buy through them.',
            "+For the first month I could barely stop the drone string ringing when it shouldn't, and my right hand "
            'felt like it belonged to someone else.',
        ],
        [
            '-Related post: Choosing a beginner banjo under £300',
        ],
        [
            '+What changed everything was a Thursday evening group at the folk club. "Play it slow and play it wrong '
            'until it\'s right," the fiddler there told me, and it stuck.',
        ],
        [
            '+What I have learned so far',
            '+Ten minutes a day beats an hour on Sunday.',
            '-The clip-on tuner I use is on Amazon here',
            '+Learning tunes by ear sticks better than tab.',
            '+Recording yourself is painful but it works.',
        ],
        [
            '+I can now get through "Cripple Creek" and "Old Joe Clark" without stopping, which felt impossible in '
            'the autumn.',
            '-My banjo on the kitchen table, capo still on.',
            "+Next I want to learn a couple of tunes in a minor tuning before the club's spring session.",
            '-Keep picking, Wendell',
        ],
        [
            '-Share this post: Facebook · Pinterest · Email',
            '-Hand-written tab books for beginners are available in my Etsy shop.',
        ],
        [
            '-3 responses to this post',
            '-Margie L.: This gives me hope, I started in January.',
            '-↳ Wendell: Stick at it Margie, it gets easier around month three!',
            '-↳ Pete from Leeds: Same here, the folk club made all the difference.',
            '-Ray K.: Which tuner is that? Mine keeps slipping off the headstock.',
        ],
        [
            '-© 2026 Wendell. All rights reserved.',
            '-Proudly powered by WordPress | Theme: Kadence',
        ],
    ]),
    _page('fr', 'fr-portail-brevaldoux-radar', [
        [
            "-L'Écho de Brévaldoux – l'info du canton",
            '-Accueil > Communes > Saint-Brévaldoux',
        ],
        [
            '+Le radar de la route du Moulin flashe depuis lundi à Saint-Brévaldoux',
        ],
        [
            '-Par Solène Garrivaude',
            '-Publié le 12/05/2026 à 07h15',
            '-Temps de lecture : 3 min',
        ],
        [
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "+Installé en mars à l'entrée du village, le radar fixe de la route du Moulin a été mis en service lundi "
            'matin par la préfecture.',
            '+Les habitants le réclamaient depuis plusieurs années : la route, limitée à 50 km/h, est empruntée '
            'chaque jour par plus de trois mille véhicules.',
        ],
        [
            "-Le radar, installé à hauteur de l'école, vu depuis le rond-point.",
            '-Photo : S. G. / Rédaction',
        ],
        [
            "+Le maire, Thibaut Pruniéras, s'en félicite. « Nous avions tout essayé, les ralentisseurs, les panneaux "
            'lumineux ; seul un radar fera lever le pied », explique-t-il.',
            '-Publicité',
            "-Contenu sponsorisé : Ces retraités ont trouvé une astuce pour réduire leur facture d'énergie",
        ],
        [
            '+Ce qui change pour les automobilistes',
            "-À lire aussi : Travaux sur la départementale, déviation jusqu'en juin",
            '+Le radar contrôle les deux sens de circulation.',
            '+Les premiers avis de contravention partiront dès cette semaine.',
            '+Un panneau annonce le contrôle cent mètres avant.',
        ],
        [
            "+Selon la gendarmerie, une voiture sur quatre dépassait la vitesse autorisée lors des comptages de l'an "
            'dernier.',
        ],
        [
            "+La commune prévoit un nouveau comptage à l'automne pour mesurer l'effet du radar.",
            '-Mots-clés : Saint-Brévaldoux, radar, sécurité routière',
            "-Suivez-nous sur Facebook et Instagram pour ne rien rater de l'actu locale",
        ],
        [
            '-3 commentaires',
            "-Mireille T. : Enfin ! Les camions passaient à 80 devant l'école.",
            "-↳ Gérard B. : Ils vont juste passer par l'autre route maintenant.",
            "-↳ Mireille T. : L'autre route est interdite aux poids lourds, Gérard.",
            "-Lucien D. : Un radar, c'est surtout une pompe à fric.",
        ],
        [
            '-Mentions légales · Contact · Annonces légales · CGV',
            "-© 2026 SARL L'Écho – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-abatjourdeclemence-abat-jour', [
        [
            '-Aller au contenu',
            '-Les Abat-jour de Clémence',
            '-Accueil · Tutos · Boutique · À propos',
        ],
        [
            '+Mon premier abat-jour en tissu fleuri, de la carcasse au galon',
        ],
        [
            '-Publié le 3 avril 2026 par Clémence',
            '-Catégorie : Tutos couture',
            '-Lecture : environ 5 minutes',
        ],
        [
            "+J'ai récupéré une vieille lampe de chevet chez ma grand-mère, avec un abat-jour jauni et déchiré que "
            'personne ne voulait garder.',
            '-Cet article contient des liens affiliés : je touche une petite commission si vous achetez via ces liens.',
            "+Plutôt que d'en acheter un neuf, j'ai décidé d'en fabriquer un moi-même avec un reste de tissu et un "
            'kit de carcasse rigide.',
        ],
        [
            '-Vous aimerez aussi : Comment choisir son tissu pour un abat-jour',
        ],
        [
            "+Le plus délicat, c'est de coller le tissu sans faire de plis. « Prends ton temps et lisse du centre "
            "vers les bords », m'avait conseillé la mercière, et elle avait raison.",
        ],
        [
            "+Ce que j'ai appris",
            '+Il faut repasser le tissu avant de le coller.',
            "-Le kit de carcasse que j'utilise est disponible ici sur Amazon",
            '+Les pinces à linge tiennent mieux que les épingles.',
            '+Le galon cache toutes les petites erreurs.',
        ],
        [
            "+Il m'a fallu un après-midi entier, mais la lampe a retrouvé sa place sur la table de nuit.",
            "-L'abat-jour terminé, allumé le soir.",
            '+Le prochain sera un grand abat-jour conique pour le salon, dans un lin vert sauge.',
            '-À très vite, Clémence',
        ],
        [
            '-Partager sur : Pinterest · Facebook · E-mail',
            '-Je réalise aussi des abat-jour sur commande, écrivez-moi via la page Contact.',
        ],
        [
            '-Commentaires (4)',
            '-Sylvie R. : Magnifique, le tissu est superbe !',
            "-↳ Clémence : Merci Sylvie, c'est un reste de rideau !",
            "-↳ Nadine L. : J'en ai fait un avec le même kit, ça marche très bien.",
            '-Paule M. : Quelle colle utilises-tu pour le galon ?',
        ],
        [
            '-© 2026 Clémence – tous droits réservés',
            '-Propulsé par WordPress · Thème : Astra',
        ],
    ]),
    _page('de', 'de-portal-moewenbruegge-hafenkran', [
        [
            '-Möwenbrügger Hafenbote',
            '-Startseite › Lokales › Hafen',
        ],
        [
            '+Alter Hafenkran von Möwenbrügge steht jetzt unter Denkmalschutz',
        ],
        [
            '-Von Tjark Deichmöller',
            '-Veröffentlicht am 11.05.2026, 18:30 Uhr',
            '-3 Min. Lesezeit',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Der rostige Portalkran am Ostkai, seit 1991 außer Betrieb, ist vom Landesamt für Denkmalpflege in die '
            'Denkmalliste aufgenommen worden.',
            '+Damit ist der Abriss vom Tisch, den die Hafengesellschaft im vergangenen Jahr beantragt hatte, um '
            'Platz für neue Stellflächen zu schaffen.',
        ],
        [
            '-Der Portalkran am Ostkai bei Sonnenuntergang.',
            '-Foto: T. Deichmöller',
        ],
        [
            '+Hafenmeister Enno Schwabbelkamp freut sich. „Der Kran gehört zu Möwenbrügge wie der Leuchtturm, meine '
            'Großväter haben noch mit ihm Holz verladen“, sagt er.',
            '-Anzeige',
            '-Gesponsert: Jetzt Festgeldzinsen vergleichen und bis zu 3,5 Prozent sichern',
        ],
        [
            '+Wie es mit dem Kran weitergeht',
            '-Lesen Sie auch: Neue Fährverbindung zur Insel ab Juni',
            '+Ein Gutachter prüft im Sommer den Zustand des Stahls.',
            '+Der Förderverein sammelt Spenden für einen neuen Anstrich.',
            '+Zum Tag des offenen Denkmals soll der Kran beleuchtet werden.',
        ],
        [
            '+Die Hafengesellschaft will die Stellflächen nun auf dem früheren Kohlelager einrichten.',
        ],
        [
            '+Der Förderverein hofft, den Kran in einigen Jahren wieder für Besucher begehbar zu machen.',
            '-Schlagworte: Hafen, Denkmalschutz, Ostkai',
            '-Folgen Sie uns auf Instagram und Facebook',
        ],
        [
            '-5 Kommentare',
            '-Heike S.: Endlich! Der Kran ist unser Wahrzeichen.',
            '-↳ Bernd K.: Und wer bezahlt den Anstrich? Wieder der Steuerzahler.',
            '-↳ Heike S.: Der Förderverein sammelt doch Spenden, Bernd.',
            '-Uwe M.: Schöne Fotos, danke für den Bericht.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt',
            '-© 2026 Hafenbote Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-schuettelglaswerkstatt-schneekugeln', [
        [
            '-Zum Inhalt springen',
            '-Die Schüttelglas-Werkstatt',
            '-Start · Anleitungen · Galerie · Über mich',
        ],
        [
            '+Schneekugeln aus alten Marmeladengläsern selbst machen',
        ],
        [
            '-Veröffentlicht am 28. November 2025 von Annegret',
            '-Kategorie: Basteln im Winter',
            '-Lesedauer: ca. 5 Minuten',
        ],
        [
            '+Jedes Jahr im Advent sammle ich Schraubgläser, und dieses Jahr sind daraus sechs Schneekugeln für die '
            'Familie geworden.',
            '-Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, erhalte ich eine kleine Provision.',
            '+Man braucht dafür nicht viel: destilliertes Wasser, etwas Glyzerin, Kunstschnee oder Glitzer und eine '
            'kleine Figur für den Deckel.',
        ],
        [
            '-Passend dazu: Weihnachtsanhänger aus Salzteig',
        ],
        [
            '+Das Glyzerin sorgt dafür, dass der Schnee langsam rieselt. „Nimm lieber zu wenig als zu viel, sonst '
            'klebt alles am Boden“, hat mir meine Schwester geraten.',
        ],
        [
            '+Was ich gelernt habe',
            '+Die Figur muss wasserfest sein.',
            '-Den Heißkleber, den ich benutze, findest du hier bei Amazon',
            '+Der Deckel braucht innen einen Ring aus Heißkleber.',
            '+Zu viel Glitzer macht das Wasser trüb.',
        ],
        [
            '+Die Kinder haben ihre Kugeln sofort geschüttelt, und bisher ist keine einzige undicht geworden.',
            '-Die fertigen Schneekugeln auf der Fensterbank.',
            '+Nächstes Jahr möchte ich eine Kugel mit einem kleinen Holzhaus und Tannen basteln.',
            '-Bis bald, eure Annegret',
        ],
        [
            '-Teile diesen Beitrag: Pinterest · Facebook · WhatsApp',
            '-Meine Schneekugeln verkaufe ich auch auf dem Weihnachtsmarkt in unserer Stadt.',
        ],
        [
            '-4 Gedanken zu diesem Beitrag',
            '-Sabine F.: So schön! Das mache ich mit meinen Enkeln.',
            '-↳ Annegret: Viel Spaß, Sabine, und nicht zu viel Glitzer!',
            '-↳ Monika H.: Ich nehme immer Babyöl statt Glyzerin, geht auch.',
            '-Jens W.: Wie lange bleibt das Wasser klar?',
        ],
        [
            '-© 2026 Annegret. Alle Rechte vorbehalten.',
            '-Erstellt mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-castelvarzo-orto-aromatico', [
        [
            '-La Voce di Castelvarzo',
            '-Home > Cronaca > Scuola',
        ],
        [
            '+Un orto di erbe aromatiche nel cortile della scuola media di Castelvarzo',
        ],
        [
            '-di Ermenegilda Pizzicorna',
            '-13 maggio 2026, ore 09:40',
            '-Lettura: 3 minuti',
        ],
        [
            '-Condividi: Facebook · WhatsApp · Telegram · Email',
            '+Salvia, rosmarino, timo e basilico crescono da aprile in sei cassoni di legno nel cortile della scuola '
            'media Dante Alighieri.',
            "+L'orto è nato da un progetto di scienze delle classi seconde, che hanno costruito i cassoni con "
            "l'aiuto dei nonni del paese.",
        ],
        [
            '-Gli studenti durante la semina di aprile.',
            '-Foto: archivio della scuola',
        ],
        [
            '+La professoressa Liliana Sbrindolli segue il progetto. «I ragazzi hanno imparato a riconoscere le '
            'piante dal profumo, e ora le portano a casa per cucinare», racconta.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: Scopri le offerte sui climatizzatori di questa settimana',
        ],
        [
            "+Come funziona l'orto",
            '-Leggi anche: Mensa scolastica, da settembre menù con prodotti locali',
            '+Ogni classe cura un cassone per un mese.',
            '+Le erbe raccolte vanno alla mensa della scuola.',
            "+D'estate le annaffiature sono affidate ai volontari.",
        ],
        [
            '+Il Comune ha promesso altri quattro cassoni per il prossimo anno scolastico.',
        ],
        [
            '+A giugno gli studenti venderanno piantine di basilico alla festa del paese per comprare nuovi semi.',
            '-Tag: scuola, orto, Castelvarzo',
            '-Seguici su Facebook e Instagram per le notizie del territorio',
        ],
        [
            '-4 commenti',
            '-Rosanna P.: Bravissimi ragazzi, il rosmarino è bellissimo!',
            "-↳ Franco D.: Speriamo che d'estate qualcuno lo annaffi davvero.",
            "-↳ Rosanna P.: Ci sono i volontari, Franco, c'è scritto nell'articolo.",
            '-Giulia T.: Anche alle elementari ci vorrebbe un orto così.',
        ],
        [
            '-Chi siamo · Redazione · Contatti · Privacy',
            '-© 2026 Edizioni La Voce S.r.l.',
        ],
    ]),
    _page('it', 'it-blog-ocarinasulbalcone-ocarina', [
        [
            '-Vai al contenuto',
            '-Ocarina sul Balcone',
            '-Home · Spartiti · Diario · Chi sono',
        ],
        [
            "+Un anno con l'ocarina: dalle prime note a una canzone intera",
        ],
        [
            '-Pubblicato il 21 febbraio 2026 da Loredana',
            '-Categoria: Diario di studio',
            '-Tempo di lettura: 5 minuti',
        ],
        [
            "+L'anno scorso a una fiera ho comprato un'ocarina in terracotta a dodici fori, senza sapere nemmeno "
            'come tenerla in mano.',
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
            '+Le prime settimane le note alte uscivano stridule e i vicini, credo, hanno sofferto più di me.',
        ],
        [
            '-Potrebbe interessarti anche: Come scegliere la prima ocarina',
        ],
        [
            '+Poi ho trovato un maestro in un gruppo di musica popolare. «Non soffiare, respira dentro lo '
            'strumento», mi ha detto alla prima lezione, e il suono è cambiato subito.',
        ],
        [
            '+Cosa ho imparato',
            '+Meglio suonare seduti e rilassati.',
            "-L'ocarina che uso è in vendita qui su Amazon",
            '+Le dita vanno appoggiate, non premute.',
            '+Un accordatore sul telefono aiuta molto.',
        ],
        [
            '+Adesso riesco a suonare tutta «La montanara» senza interruzioni, anche se qualche nota trema ancora.',
            '-La mia ocarina in do con il suo astuccio.',
            '+Il prossimo obiettivo è suonare in duo con mia figlia, che ha iniziato con il flauto dolce.',
            '-Alla prossima, Loredana',
        ],
        [
            '-Condividi su: Facebook · WhatsApp · Pinterest',
            '-Se vuoi imparare anche tu, tengo lezioni online di ocarina per principianti.',
        ],
        [
            '-Commenti: 4',
            "-Marisa G.: Che bello, anch'io ho un'ocarina nel cassetto!",
            '-↳ Loredana: Tirala fuori, Marisa, non è mai troppo tardi!',
            "-↳ Paolo R.: Vero, io ho iniziato a sessant'anni.",
            '-Teresa V.: Quale metodo usi per leggere gli spartiti?',
        ],
        [
            '-© 2026 Loredana. Tutti i diritti riservati.',
            '-Sito creato con WordPress · Tema: Neve',
        ],
    ]),
    _page('pl', 'pl-portal-skrzypiczki-wybieg', [
        [
            '-Echo Skrzypiczek',
            '-Strona główna › Gmina › Skrzypiczki Małe',
        ],
        [
            '+Wybieg dla psów w Skrzypiczkach Małych wreszcie ogrodzony',
        ],
        [
            '-Autor: Jadwiga Brzdękowska',
            '-Opublikowano: 10.05.2026, 12:05',
            '-Czas czytania: 3 min',
        ],
        [
            '-Podziel się: Facebook · WhatsApp · E-mail',
            '+Wybieg dla psów przy boisku w Skrzypiczkach Małych ma od piątku metalowe ogrodzenie o wysokości 1,5 '
            'metra i dwie furtki.',
            '+Mieszkańcy prosili o nie od dwóch lat, bo psy wybiegały na drogę gminną, a jeden z nich wpadł pod '
            'samochód.',
        ],
        [
            '-Nowe ogrodzenie wybiegu od strony boiska.',
            '-Fot. J. Brzdękowska',
        ],
        [
            '+Sołtyska Halina Ćwierkosz mówi, że to dopiero początek. „Teraz chcemy postawić ławki i kosz na psie '
            'odchody, a wiosną posadzić krzewy”, zapowiada.',
            '-Reklama',
            '-Artykuł sponsorowany: Sprawdź, jak obniżyć rachunki za prąd nawet o połowę',
        ],
        [
            '+Zasady korzystania z wybiegu',
            '-Czytaj także: Remont świetlicy wiejskiej potrwa do sierpnia',
            '+Wybieg jest otwarty od świtu do zmroku.',
            '+Psy agresywne muszą mieć kaganiec.',
            '+Właściciele sprzątają po swoich zwierzętach.',
        ],
        [
            '+Ogrodzenie kosztowało 38 tysięcy złotych i zostało sfinansowane z funduszu sołeckiego.',
        ],
        [
            '+W czerwcu na wybiegu odbędzie się pierwszy wiejski pokaz psów, na który zapisało się już dwadzieścia '
            'osób.',
            '-Tagi: wybieg dla psów, fundusz sołecki',
            '-Obserwuj nas w Google News',
        ],
        [
            '-3 komentarze',
            '-Kasia W.: Super, w końcu można puścić psa bez stresu.',
            '-↳ Marek Z.: A kto będzie sprzątał, jak ludzie nie sprzątają?',
            '-↳ Kasia W.: Jest regulamin, Marek, trzeba go pilnować.',
            '-Ania B.: Przydałoby się jeszcze oświetlenie wieczorem.',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt',
            '-© 2026 Wydawnictwo Echo. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-mikroliscienaparapecie-mikroliscie', [
        [
            '-Przejdź do treści',
            '-Mikroliście na Parapecie',
            '-Start · Poradniki · Przepisy · O mnie',
        ],
        [
            '+Moje pierwsze trzy miesiące uprawy mikroliści w kuchni',
        ],
        [
            '-Opublikowano 15 stycznia 2026 przez Agnieszkę',
            '-Kategoria: Uprawa w domu',
            '-Czas czytania: ok. 5 minut',
        ],
        [
            '+Zimą brakowało mi czegoś zielonego, więc kupiłam nasiona rzodkiewki i brokułu do uprawy na mikroliście.',
            '-Wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.',
            '+Zaczęłam od dwóch plastikowych tacek i kawałka maty kokosowej na kuchennym parapecie od strony '
            'południowej.',
        ],
        [
            '-Zobacz też: Kiełki w słoiku krok po kroku',
        ],
        [
            '+Pierwsza partia spleśniała po czterech dniach. „Za dużo wody i za mało powietrza”, napisała mi '
            'koleżanka, która uprawia je od lat, i miała rację.',
        ],
        [
            '+Czego się nauczyłam',
            '+Nasiona trzeba namoczyć na kilka godzin.',
            '-Tacki, których używam, kupisz tutaj na Allegro',
            '+Podlewam od spodu, nigdy z góry.',
            '+Zbieram po dziesięciu dniach nożyczkami.',
        ],
        [
            '+Teraz mam świeże mikroliście do kanapek co tydzień, a tacki zajmują tylko pół parapetu.',
            '-Rzodkiewka po ośmiu dniach od wysiewu.',
            '+Na wiosnę chcę spróbować groszku i słonecznika, które podobno są najsmaczniejsze.',
            '-Pozdrawiam, Agnieszka',
        ],
        [
            '-Udostępnij wpis: Facebook · Pinterest · E-mail',
            '-Gotowe zestawy do uprawy mikroliści można zamówić w moim sklepie internetowym.',
        ],
        [
            '-Komentarze (4)',
            '-Ewa K.: Też mi spleśniały pierwsze, dzięki za radę!',
            '-↳ Agnieszka: Ewa, otwieraj okno na chwilę codziennie, to pomaga.',
            '-↳ Tomek R.: U mnie pomógł mały wiatraczek.',
            '-Basia N.: Jaką matę polecasz?',
        ],
        [
            '-© 2026 Agnieszka. Wszystkie prawa zastrzeżone.',
            '-Blog działa na WordPressie · Motyw: Blocksy',
        ],
    ]),
    _page('ru', 'ru-portal-bumaginsk-muzey', [
        [
            '-Бумагинский вестник',
            '-Главная / Новости / Культура',
        ],
        [
            '+В Бумагинске открылся музей старой бумажной фабрики',
        ],
        [
            '-Автор: Святослав Промокашкин',
            '-12 мая 2026, 10:20',
            '-Время на чтение: 3 минуты',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+В бывшем здании конторы бумажной фабрики, закрытой в 1998 году, в субботу открылся городской музей.',
            '+В экспозиции — старые станки, образцы бумаги с водяными знаками и фотографии рабочих разных лет.',
        ],
        [
            '-Посетители в первом зале музея.',
            '-Фото: С. Промокашкин',
        ],
        [
            '+Директор музея Зинаида Водознакова сама проработала на фабрике двадцать лет. «Мы хотели, чтобы внуки '
            'знали, чем жил город целый век», — говорит она.',
            '-Реклама',
            '-Партнёрский материал: Как выбрать вклад под высокий процент',
        ],
        [
            '+Что можно увидеть в музее',
            '-Читайте также: В парке Победы заменят освещение',
            '+Ручной пресс для отливки бумаги.',
            '+Книгу учёта смен 1936 года.',
            '+Коллекцию тетрадей, выпущенных на фабрике.',
        ],
        [
            '+Музей работает со среды по воскресенье, вход для школьников бесплатный.',
        ],
        [
            '+Осенью здесь планируют проводить мастер-классы по изготовлению бумаги вручную.',
            '-Теги: музей, фабрика, Бумагинск',
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '-4 комментария',
            '-Галина С.: Моя мама там работала, обязательно сходим!',
            '-↳ Виктор Ж.: Наконец-то здание не пустует.',
            '-↳ Галина С.: Виктор, там ещё и кафе обещают открыть.',
            '-Ольга Н.: А старые фотографии можно принести в музей?',
        ],
        [
            '-О редакции · Контакты · Политика конфиденциальности',
            '-© 2026 Бумагинская медиагруппа. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-flotvbutylke-brigantina', [
        [
            '-Перейти к содержимому',
            '-Флот в бутылке',
            '-Главная · Модели · Инструменты · Обо мне',
        ],
        [
            '+Мой первый корабль в бутылке: бригантина за два месяца',
        ],
        [
            '-Опубликовано 7 февраля 2026 автором Геннадий',
            '-Рубрика: Мастерская',
            '-На чтение уйдёт минут шесть',
        ],
        [
            '+Корабль в бутылке я хотел собрать с детства, с тех пор как увидел такой у деда на комоде.',
            '-В статье есть партнёрские ссылки: если вы покупаете по ним, я получаю небольшой процент.',
            '+Бутылку взял обычную, из-под коньяка, а корпус выстругал из липового бруска длиной восемь сантиметров.',
        ],
        [
            '-Похожая запись: Как выбрать бутылку для модели',
        ],
        [
            '+Главный секрет — мачты, которые складываются на шарнирах. «Собирай всё снаружи, а в бутылке только '
            'тяни за нитку», — объяснил мне старый моделист в клубе.',
        ],
        [
            '+Чему я научился',
            '+Корпус должен проходить в горлышко с запасом.',
            '-Пинцеты, которыми я работаю, можно купить здесь на Ozon',
            '+Море лучше делать из замазки с краской.',
            '+Нитки для такелажа надо брать тонкие и прочные.',
        ],
        [
            '+Бригантина встала в бутылку с третьей попытки, и мачты поднялись ровно.',
            '-Готовая бригантина на полке в мастерской.',
            '+Следующей будет шхуна с тремя мачтами, уже заказал бутылку побольше.',
            '-Всем попутного ветра, Геннадий',
        ],
        [
            '-Поделиться записью: ВКонтакте · Telegram · WhatsApp',
            '-Делаю корабли в бутылке на заказ, пишите в личные сообщения.',
        ],
        [
            '-Комментарии: 4',
            '-Сергей П.: Отличная работа, мачты прямо как настоящие!',
            '-↳ Геннадий: Спасибо, Сергей, полвечера их выравнивал.',
            '-↳ Андрей Л.: А какой клей вы использовали для мачт?',
            '-Нина В.: Покажите, пожалуйста, процесс на видео.',
        ],
        [
            '-© 2026 Геннадий. Все права защищены.',
            '-Работает на WordPress · Тема: Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Le sondage Framaforms ne peut pas s'afficher : ce formulaire a expiré.":
        "a French Framaforms poll placeholder ('Le sondage Framaforms ne peut pas s'afficher : ce formulaire a "
        "expiré.') is left in the body",
    'Mentimeter-Umfrage beendet: Eine Abstimmung ist nicht mehr möglich.':
        "a German Mentimeter poll placeholder ('Mentimeter-Umfrage beendet: Eine Abstimmung ist nicht mehr "
        "möglich.') is left in the body",
    'Album ze Zdjęć Google nie wyświetla się – link do albumu wygasł.':
        "a Polish Google Photos album placeholder ('Album ze Zdjęć Google nie wyświetla się – link do albumu "
        "wygasł.') is left in the body",
    'Settle in – this is a long one, around fifteen minutes start to finish.':
        "an English blog's settle-in reading-time line ('Settle in – this is a long one, around fifteen minutes "
        "start to finish.') is left at the head",
    'Hai raggiunto il limite di 5 commenti al giorno.':
        "an Italian daily-comment-limit note ('Hai raggiunto il limite di 5 commenti al giorno.') is left at the foot",
    'Mise à jour à 17 h 40 : la mairie a précisé le calendrier des travaux.':
        "a French timed update note ('Mise à jour à 17 h 40 : la mairie a précisé le calendrier des travaux.') is "
        'left in the body',
    'Questo articolo è disponibile anche in versione audio per gli abbonati.':
        "an Italian audio-version note ('Questo articolo è disponibile anche in versione audio per gli abbonati.') "
        'is left in the body',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-clawhammerkettle-banjo':
        "the banjo blog's post keeps the affiliate disclosure ('Some links in this post are affiliate links, which "
        "means I earn a little if you buy through them.') between the first and second paragraphs, the related-post "
        "link ('Related post: Choosing a beginner banjo under £300') alone in its block before the quote and the "
        "photo caption ('My banjo on the kitchen table, capo still on.') between the two last paragraphs (3 of 20 "
        'noise lines; the affiliate link between the first and second list rows went after round 119); no article '
        'line is lost',
    'fr-blog-abatjourdeclemence-abat-jour':
        "the lampshade blog's post keeps the photo caption ('L'abat-jour terminé, allumé le soir.') between the two "
        'last paragraphs (1 of 20 noise lines; the affiliate link between the first and second list rows went after '
        'round 119); no article line is lost',
    'de-blog-schuettelglaswerkstatt-schneekugeln':
        "the snow-globe blog's post keeps the photo caption ('Die fertigen Schneekugeln auf der Fensterbank.') "
        'between the two last paragraphs (1 of 20 noise lines); no article line is lost',
    'it-blog-ocarinasulbalcone-ocarina':
        "the ocarina blog's post keeps the photo caption ('La mia ocarina in do con il suo astuccio.') between the "
        'two last paragraphs (1 of 20 noise lines; the affiliate link between the first and second list rows went '
        'after round 119); no article line is lost',
    'pl-blog-mikroliscienaparapecie-mikroliscie':
        "the microgreens blog's post keeps the photo caption ('Rzodkiewka po ośmiu dniach od wysiewu.') between the "
        'two last paragraphs (1 of 20 noise lines; the affiliate link between the first and second list rows went '
        'after round 119); no article line is lost',
    'ru-blog-flotvbutylke-brigantina':
        "the ship-in-a-bottle blog's post keeps the related-post link ('Похожая запись: Как выбрать бутылку для "
        "модели') alone in its block before the quote, the photo caption ('Готовая бригантина на полке в "
        "мастерской.') between the two last paragraphs (2 of 20 noise lines; the affiliate link between the first "
        "and second list rows went after round 119, and after round 141 the author's sign-off ('Всем попутного "
        "ветра, Геннадий') and the share row ('Поделиться записью: ВКонтакте · Telegram · WhatsApp') and plug "
        "('Делаю корабли в бутылке на заказ, пишите в личные сообщения.') in their block after the last paragraphs "
        'go, the share row now a rule\'s); no article line is lost',
}


test_held_out_176_line, test_held_out_176_line_is_kept, test_held_out_176_page = held_out_tests(
    HELD_OUT_176_LINES, HELD_OUT_176_KEEP, HELD_OUT_176_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
