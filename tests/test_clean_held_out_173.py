"""Held-out set 173: written blind, weighted toward the noise the cleaner exists for, in shapes set 172's docstring does
not name (nor the first paragraphs of sets 169, 170 and 171): scraper, embed and ad markers (an English Strava activity
shared only with the athlete's followers "Strava activity could not be shown: this athlete only shares activities with
followers.", an English bracketed Sketchfab model that needs WebGL "[Sketchfab 3D model failed to load: WebGL is not
supported by your browser]", an English Issuu flipbook too large for the embedded reader "Issuu flipbook could not be
rendered because the document is too large for the embedded reader.", a French geo-blocked Dailymotion video "Cette
vidéo Dailymotion n'est pas disponible dans votre pays en raison de restrictions géographiques.", a German Datawrapper
chart whose data the server did not deliver "Datawrapper-Grafik: Die Daten konnten nicht vom Server abgerufen werden.",
an Italian Genially content that cannot be shown on mobile devices "Contenuto Genially non visualizzabile su dispositivi
mobili: aprilo da un computer.", a Polish TikTok film whose author's account was deleted "Film z TikToka jest
niedostępny: konto autora zostało usunięte." and a Russian VK Video live stream that has ended, its recording to come
"Прямая трансляция VK Видео завершена. Запись будет доступна позже."); reading-time headers in new wordings (the English
minute-read-and-word-count row "6-minute read · 1,240 words", a blog's grab-a-cuppa line of twelve minutes "Grab a
cuppa: this one runs to about twelve minutes of reading.", the French minutes-of-reading line "6 minutes de lecture",
the German reading-effort line "Leseaufwand: ca. 6 Min.", the Italian you-will-read-this-article-in line "Leggerai
questo articolo in 6 minuti", the Polish reading-will-take-you line "Czytanie zajmie ci ok. 6 minut" and the Russian
it-reads-in line "Читается за 6 минут"); bylines and self-promotion (an English words-and-photographs byline "Words and
photographs by Lavinia Crudgeworth", an Italian from-our-correspondent byline "Dal nostro inviato Ermanno Scarpafiori",
a German a-report-by byline "Ein Bericht von Wiebke Strunzhausen" and a Russian author-of-the-piece byline with a dash
"Автор материала — Агриппина Облепихина", all at the head, and at the foot an English Facebook Marketplace
ginger-beer-plant plug with collection only "I sell ginger beer plant starters through Facebook Marketplace, collection
only.", an English Eventbrite harmonica-workshops plug "My weekend harmonica workshops for beginners can be booked
through Eventbrite.", a French Leboncoin concrete-nest-boxes plug with hand delivery "Mes nichoirs en béton sont en
vente sur Leboncoin, remise en main propre uniquement." and a Polish Allegro sweet-pea-seeds plug with InPost shipping
"Nasiona groszku pachnącego z mojej uprawy sprzedaję na Allegro, wysyłka InPostem."); blog and site footers (an English
Ghost credit with membership and contact links "Published with Ghost · Membership · Contact", an English IMPRESS
regulation line "This newspaper is regulated by IMPRESS, the independent press regulator.", an English web-agency credit
with accessibility and modern-slavery statements "Site design by Glimmerack Studio · Accessibility statement · Modern
slavery statement", a French Wix credit with terms and cookie links "Site créé avec Wix.com · CGU · Gérer les cookies",
a German BDZV membership line "Die Zeitung ist Mitglied im Bundesverband Digitalpublisher und Zeitungsverleger (BDZV).",
an Italian ROC-registration and VAT-number row "Iscrizione al ROC n. 28417 · P. IVA 02918470356 · Redazione", a Polish
Joomla credit with a privacy link "Serwis działa na silniku Joomla! · Polityka prywatności" and a Russian 1C-Bitrix
credit with a user-agreement link "Сайт работает на 1С-Битрикс · Пользовательское соглашение"); reader-comment furniture
(an English moderated-by-a-human note "Comments are moderated by a human and may take a few hours to appear.", an
English Facebook comments-plugin form row "Add a comment… · Also post on Facebook · Post", an English
preview-of-the-conversation link "This is a preview of the conversation. Read all 64 comments", the French WordPress
awaiting-moderation line "Votre commentaire est en attente de modération.", a German
comment-removed-for-breaking-the-netiquette stub "Dieser Kommentar wurde von der Redaktion entfernt, weil er gegen
unsere Netiquette verstößt.", an Italian most-voted-comment label "Commento più votato dalla community · 42 mi piace", a
Polish commenting-as-a-guest row "Komentujesz jako gość · Zaloguj się" and a Russian show-12-more-comments link
"Показать ещё 12 комментариев"); share rows (an English forward-this-story row with Email, SMS, LinkedIn and Pinterest
"Forward this story: Email · SMS · LinkedIn · Pinterest", a French recommend-to-someone-close row "Recommander à un
proche : Facebook · WhatsApp · SMS" and an Italian send-this-article-to-a-friend row "Manda questo articolo a un amico:
WhatsApp · Telegram · SMS"); and notices (a German first-appeared-in-our-print-edition note "In eigener Sache: Dieser
Beitrag erschien zuerst in unserer gedruckten Wochenendausgabe." and a Polish product-placement note "Materiał zawiera
lokowanie produktu.", both in the body, and the Russian the-newsroom's-opinion-may-differ note "Мнение редакции может не
совпадать с мнением автора." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 172's
docstring does not describe (on the six portal pages, in nine blocks, the masthead, the section menu and a
trending-topics line in one block of three at the very top, the trending line last; an ad label and a sponsored headline
alone in a block of two between that header and the title; the byline-and-date line, the title and the reading time in
one block of three, the title between the byline and the reading time; the first and second paragraphs in one block with
the lead photo's caption and its credit between them; a read-also link at the top of the quote paragraph's block, right
before the quote; the subheading and the three rows with a newsletter, WhatsApp-channel or Telegram prompt between the
first and second rows; the two last paragraphs in one block with a share row after the second; at the foot two blocks,
six lines of a comment thread (a comment count, a comment, another reader's arrowed reply, a third reader's comment, the
first commenter's arrowed reply to it and a log-in-to-comment line at the end) and then a links row and the publisher's
copyright line; on the six blog pages, in ten blocks, the blog name and its tagline in one block of two; the
posted-on-date-by-author line and the title in one block of two, the posted-on line first; the reading time and an
affiliate-disclosure line at the top of the first paragraph's block, right before the first paragraph; a table of
contents (its heading and two numbered entries) alone in a block of three between the first and second paragraphs; a
photo caption at the top of the block of the second paragraph and the quote, right before the second paragraph; the
subheading and the three rows with an affiliate link after the third row; the two last paragraphs in one block with a
share row between them; the author's sign-off and a plug in one block of two; at the foot two blocks, four lines of a
thread (a comments count, a comment, the author's arrowed reply and a second comment left unanswered) and then a footer
menu, the author's copyright line and a platform or theme credit), taken from local news of fresh kinds (a town's
Victorian horse trough restored, a village's hedge maze replanted, a cinema's old organ played again, a village's
bonfire night cancelled, a school's weather station built, a farm's dovecote repaired) and from blogs about brewing
ginger beer, casting a concrete bird bath, keeping garden snails as pets, growing sweet peas for show, making horseshoe
art and learning the harmonica.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 172 but what is named here), held-out set 174 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 172 up to its paragraph "Measured after round 116", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 169, 170 and 171, printed with one ast
script (/tmp/s173scratch/peek.py, reading the files of /tmp/wt-set173/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set173); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s173scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 172's as printed, with 172 -> 173; /tmp/s173scratch/gen173.py writes this file from scratch files (data173.py with
the noise and keep lines, pages173.py with the pages, doc1.txt with the first paragraph, doc2.txt with the next four
and, after the measurement, doc3.txt with the Baseline paragraph and tables173.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s173,
detached at commit 3c1c2459cbd0454cb6a7d2aaefb636c0dd0a16f7, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 08:19:52 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
3c1c2459cbd0454cb6a7d2aaefb636c0dd0a16f7 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. The set-up shell
call ended with ``ls /tmp/wt-set173/tests | head -0``, which prints nothing (no name of the tests/ folder was shown); it
was pointless and is noted rather than hidden. helpers.py imported from /work/main/tests and /work/main/src as the brief
allows, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed. (2) peek.py's
first run printed to the terminal, whose output the tool cut in the middle (from inside set 172's Slips and notes (3) to
inside set 170's first paragraph); its second run went to /tmp/s173scratch/peek.out, of which I paged lines 125 to 260,
260 to 420 and 420 to 520 with ``sed``; nothing outside the allowed parts was printed, since the script stops set 172's
docstring before the paragraph "Measured after round 116" (so its Baseline paragraph, which comes before that one, was
read) and prints only the first paragraphs of the other three. To compare my wordings with the named ones I grepped my
own scratch copy peek.out, case-insensitively, for the services, platforms, bodies and key words of my lines (Strava,
Sketchfab, WebGL, Issuu, Dailymotion, géograph, Datawrapper, Genially, TikTok, "VK Видео", трансляц, "minute read",
words, cuppa, "minutes de lecture", Leseaufwand, Leggerai, Czytanie, Читается, "Words and", photographs, inviato, "Ein
Bericht", "Автор материала", Marketplace, Eventbrite, Leboncoin, Allegro, InPost, Ghost, IMPRESS, "Site design", "Modern
slavery", Wix, BDZV, ROC, IVA, Joomla, Битрикс, moderated, "Also post", preview, attente, Netiquette, "più votato",
gość, "Показать ещё", Forward, Recommander, "Manda questo", "In eigener Sache", lokowanie, "Мнение редакции"): "words"
occurs only in "other words", "ROC" and "IVA" only inside other words, and "preview" only in set 171's Scribd line
("shown in the preview"); the other words do not occur. (3) Near misses with shapes already named, noted rather than
hidden: the eight markers stand for services not named there (Strava, Sketchfab, Issuu, Dailymotion, Datawrapper,
Genially, TikTok, VK Video) with reasons not named (an athlete sharing with followers only, no WebGL, a document too
large, a geo-block, data not delivered by a server, no mobile view, a deleted account, a live stream ended), though the
English bracketed Sketchfab line is bracketed like set 172's Bandcamp and set 170's Vimeo lines, the Strava
followers-only line is close to the private routes and videos of sets 172 and 167, and the Russian ended-stream line's
"recording later" is close to set 172's German episode "bald wieder abrufbar"; the reading times are new phrasings of
the same minutes-to-read idea, though the French "6 minutes de lecture" is close to set 172's "Lecture : 5 min" and set
171's "Lecture 5 min", the Polish "Czytanie zajmie ci" to set 169's Russian "На чтение уйдёт" and the English blog's
grab-a-cuppa line is a blog's long-read line like set 172's this-post-will-take-you and set 170's long-read-ahead lines;
the English row adds a word count, which no named line has; the bylines (a words-and-photographs credit, a
from-our-correspondent credit, an a-report-by credit and an author-of-the-piece credit) are not named, though the
English one is close to set 171's story-and-pictures byline and the Italian one to the by-our-local-correspondent
bylines of sets 169 and 170; the plugs sell on platforms not named (Facebook Marketplace, Eventbrite, Leboncoin,
Allegro), though the collection-only, hand-delivery and InPost clauses echo the shipping and collection clauses of the
plugs of sets 169 to 172; the footers are a blog platform's credit (Ghost, like set 172's Bear Blog and set 171's
Substack credits), a press regulator's line (IMPRESS; set 167's IPSO line, named in set 172's notes, is of this kind), a
web agency's credit with statements, a site builder's credit (Wix, like set 169's WebWave), a publishers' association
membership line (like set 170's ICNN membership), a communications-register and VAT row (the ROC is a register like the
court registrations of sets 169 and 170), and two CMS credits (Joomla, 1C-Bitrix; set 171's Russian WordPress credit is
of this kind); of the comment lines the English moderated-by-a-human note is of the kind of the comment-policy lines of
sets 171 and 172, the French awaiting-moderation line a WordPress form line like set 172's Italian email line, the
German removed-comment stub a stub like set 169's Polish edited-comment stub, the Italian most-voted label a label like
set 171's pinned top comment, the Russian show-more link a link like set 171's Polish show-earlier-comments link and the
English preview link a link like set 170's showing-12-of-47 row, while the Facebook plugin row and the Polish
commenting-as-a-guest row are not named; the share rows use verbs not named ("Forward this story", "Recommander à un
proche", "Manda questo articolo a un amico"), though the French and Italian rows send to a friend like set 170's French
and Russian send-to-a-friend rows; the German first-in-print note, the Polish product-placement note and the Russian
opinion-may-differ note are not named. On the pages the noise is of common kinds (mastheads, menus, trending lines, ad
labels, sponsored headlines, bylines with dates, reading times, captions and credits, read-also links, newsletter,
WhatsApp and Telegram prompts, share rows, comment threads, log-in-to-comment lines, links rows, copyright lines, blog
names, taglines, posted-on lines, affiliate disclosures, tables of contents, photo captions, affiliate links, sign-offs,
plugs, footer menus and platform credits), since the brief asks for new layouts there; some positions echo earlier
layouts (the portals' header block of three at the very top, as on sets 169, 171 and 172; the caption and credit as a
pair, as on sets 168, 170, 171 and 172, here between the first and second paragraphs; a share row after the second last
paragraph, as on set 171's portals; the blogs' posted-on line in the title's block, as on sets 169 and 172, here before
the title; the table of contents alone in a block of three, as on sets 169 and 170; the affiliate link after the third
row, as set 172's portals had their ad after it; the sign-off and plug together, as on set 172's blogs), while what is
new is where the rest sits (on the portals the ad label and sponsored headline alone between the header and the title,
the title between the byline and the reading time in a block of three, the read-also link right before the quote, the
prompt inside the list between the first and second rows, a thread of six lines closed by a log-in line; on the blogs
the tagline with the blog name, the reading time and disclosure right before the first paragraph, the table of contents
between the first and second paragraphs, the caption right before the second paragraph, the share row between the two
last paragraphs, the footer menu at the foot with the copyright and credit). (4) Before the measurement
/tmp/s173scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
its first run found one: the English portal's comment count "4 comments" sat inside the held-out line "This is a preview
of the conversation. Read all 64 comments", so the count became "Comments (4)"; before that run I had already kept the
mastheads and blog names out of the copyright lines (the publishers became Courier Media Ltd, Vaurignac Presse,
Rundschau Verlag Pfennigsruh GmbH, Editrice Moltanese, Wydawnictwo Wrzos and ООО «Районная пресса»), kept the ad labels
out of the links rows (the Italian row says "Inserzioni", the Polish "Cennik ogłoszeń", the Russian "Рекламодателям")
and used "Sponsorisé" as the French ad label, since the French links row and a French keep line hold "Publicité"; its
second run found nothing. Lines and data were counted by check.py and a one-line count (45 noise lines: category,
language and place as in Contents; 20 keep lines by language and place; 12 pages, the portals of nine blocks and the
blogs of ten, with 10 "+" and 20 "-" lines each). /tmp/s173scratch/marks.out printed all 360 page lines with their block
numbers and marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the subheadings and the
list rows, "-" on everything else; no mark was swapped. gen173.py reports lines over 120 characters and at-signs in the
written file, checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing the
file with ``ast`` (without importing it), that the file's lists, pages and tables equal the scratch ones. (5) Invented
names were checked with the exact-string search over public GitHub files: Vaurignac (and Vaurignac Presse),
Borgomoltano, Moltanese, Сизокрылов, Fizzing Crock, Béton et Plumes, Langsam & Glücklich, Piselli in Concorso, Podkowa i
Młotek, Гармошка в кармане, Crudgeworth and Lavinia Crudgeworth, Scarpafiori and Ermanno Scarpafiori, Strunzhausen and
Wiebke Strunzhausen, Облепихина, Sniddlebury, Quabblecott and Nerys Quabblecott, Pfennigsruh, Pfennigsruher, Bzikowic,
Glimmerack, Courier Media Ltd, «Районная пресса», Wydawnictwo Wrzos and the commenters' handles Kinofan_Hannelore,
Nonno_Elvio, Mieszkaniec_Bzikowic, Дед_Михалыч, Скептик_2026, Sceptical_Steve, Citoyen_vigilant, Mémé_Jeanine,
Gartenzwerg_Paul, Giardiniera_Anna, Kowalowa_Zosia, Гармонист_Семёныч and Paulo du 12 had no hits. Dropped: Brindlecombe
(invented place names and identifiers in many files; the town became Sniddlebury), Waddilove (a real surname and place;
the reporter became Nerys Quabblecott), Quendelbach (a street name in a data file; the town became Pfennigsruh),
Ockenwalde (inside "Trockenwaldes"; not used), Wrzosowiec and Wrzosowca (a real pond and a game's place name; the town
became Bzikowice), Ветродуева (a name in a list of invented names; the byline became Агриппина Облепихина), Coddleby
(inside identifiers; the agency became Glimmerack Studio), Fernwhistle, Mossgrave, Wimbleford and Thrushcombe (names in
games and lists of invented names; not used) and Mamie Lulu (a name in several projects; the commenter became
Mémé_Jeanine). First names and initials alone (Hattie, Gwen, Tom R., Maggie, Pete B, Clémence R., Bernard V., Mathilde,
Josiane, Torben K., Stefan M., Rainer, Ute, Frieda, Birgit, Carla M., Gianni R., Sara P., Luca, Livia, Marco B., Marta
K., Ola, Tomek, Jurek, Ольга С., Ирина, Савелий, Лена and the like), real brands, services, platforms, hosts, themes and
bodies (the embed services, Facebook Marketplace, Eventbrite, Leboncoin, Allegro, InPost, Ghost, IMPRESS, Wix, BDZV,
ROC, Joomla, 1C-Bitrix, WordPress, Blocksy, OceanWP, Jimdo, Blogger, Hestia, Tilda, Etsy, Wurlitzer, the sweet pea 'Mrs
Bernard Jones') and ordinary words and places (Mill Lane, Station Road, Corn Exchange, via Garibaldi, «Заречная») were
not checked. (6) The measurement was run once, at 08:27:00 UTC by ``date``, in one shell call with the brief's two
commands (pytest output to /tmp/s173scratch/measure.out, report to /tmp/s173scratch/report.out), after the file had been
copied to /tmp/wt-s173/tests; then /tmp/s173scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s173/tests with /tmp/wt-s173/src on the path) to /tmp/s173scratch/problems.out: ten noise
lines kept, seven pages with problems (25 page noise lines left, all of them kept in the text), no keep line lost and no
article line lost, as in the Baseline paragraph. The reasons of the three tables (tables173.py) were written from that
output, and /tmp/s173scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same result)
checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep
line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output names
is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; its first run passed. Nothing else was changed: gen173.py wrote the final file from
the same data files, checked that its lists and pages equal them, and the pytest command was run again on it in
/tmp/wt-s173. After the first listing of problems I also printed, with ``grep -o``, the context of the few words of note
(2) that had hits in peek.out ("words", "ROC", "IVA", "preview"); only the line of set 172's note (3) quoted above came
back. (7) ``date`` printed 08:20:04 UTC after the helper files were printed, 08:23:37 before the first name checks,
08:24:14 when the noise and keep lines were first counted, 08:25:11 when the pages were first checked, 08:25:25 after
the comparison with peek.out, 08:26:02 when the first paragraph was written, 08:26:54 when gen173.py first wrote the
file, 08:27:00 at the measurement, 08:27:23 after the problems were printed and 08:27:46 after the tables were checked;
the times quoted here are those ``date`` printed. The whole set was written, measured and committed within the brief's
50 minutes, from 08:19:52 UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Follow-up visits by the fire brigade found no further damage to the old mill.", "Share
prices at the brewery fell after it closed its bottling plant in the town.", "Subscriptions to the lending library of
tools have doubled since the spring.", "Copyright lawyers told the parish that the old photographs could be printed
freely.", "Advertising hoardings along the bypass will be taken down by the end of March.", "Reading Borough Council has
lent the museum two of its Victorian street lamps.", "Comments made at the meeting were later withdrawn by the chairman
of the trust.", "Suivez le guide : les visites de la chapelle reprennent chaque dimanche de juin.", "Publicité
mensongère : le tribunal a condamné le garage à rembourser ses clients.", "Abonnement de cantine : la mairie gèle les
tarifs pour la troisième année.", "Kommentarlos verließ der Bürgermeister nach der Abstimmung den Ratssaal.", "Lesezeit
bekommen die Grundschüler nun jeden Morgen vor der ersten Stunde.", "Um das Urheberrecht an der bemalten Scheunenwand
streiten nun zwei Künstler vor Gericht.", "Condividere l'orto con i vicini è stata l'idea di tre famiglie di via Roma.",
"Commenti entusiasti dei turisti hanno convinto il Comune a prolungare la mostra.", "Iscriversi al corso di nuoto
costerà quest'anno venti euro in meno.", "Udostępnienie boiska szkolnego mieszkańcom radni przegłosowali jednogłośnie.",
"Reklamy na przystankach znikną po decyzji rady miasta.", "Поделиться урожаем с соседями пенсионерка решила ещё в
августе." and "Читать вслух по вечерам дети стали после открытия нового читального зала." are article sentences: each
reports what a fire brigade, a brewery's shareholders, a tool library's members, copyright lawyers, a council, a borough
council, a trust's chairman, a chapel's guides, a court, a town hall, a mayor, a school, two artists, three families,
tourists and a town council, a swimming course, councillors, a city council, a pensioner or children did, said or will
do, with the noise-like word as an ordinary noun, verb, adjective or gerund of the sentence ("Follow-up visits" are the
brigade's checks, not a follow prompt; "Share prices" are a brewery's stock, not a share row; "Subscriptions to the
lending library" are memberships, not a newsletter; "Copyright lawyers" advised a parish, not a copyright footer;
"Advertising hoardings" are billboards to be taken down, not an ad label; "Reading Borough Council" is the council of
the town of Reading, not a reading time; "Comments made at the meeting" were a chairman's words, not comment furniture;
the French "Suivez le guide" opens a line about chapel tours, not a follow prompt, "Publicité mensongère" is a court
case over false advertising and "Abonnement de cantine" a school canteen's price; the German "Kommentarlos" says a mayor
left without a word, "Lesezeit" is pupils' reading time at school, not the article's, and "Urheberrecht" is a dispute
between artists; the Italian "Condividere", "Commenti" and "Iscriversi" are families sharing a garden, tourists' praise
and signing up for a swimming course; the Polish "Udostępnienie" and "Reklamy" are a school pitch opened to residents
and adverts at bus stops to be removed; the Russian "Поделиться" and "Читать" are a pensioner sharing her harvest and
children reading aloud; none of them is comment, share, follow, subscribe, ad, reading-time or copyright furniture).
Categories: the Strava, Sketchfab, Issuu, Dailymotion, Datawrapper, Genially, TikTok and VK Video lines are markers
(each stands where an embed of the page did not come through; the Genially line's "open it on a computer" and the VK
line's "recording later" belong to the embed's failure, not notices about the article); the English word-count row (its
word count belongs to the same header), the grab-a-cuppa line and the French, German, Italian, Polish and Russian lines
are reading times; the words-and-photographs, inviato, Ein-Bericht-von and Автор-материала lines are bylines at the head
(the Italian "Dal nostro inviato" and the Russian "Автор материала" name the reporter), and the Facebook Marketplace,
Eventbrite, Leboncoin and Allegro lines are bylines (self-promotion) at the foot (the Eventbrite line sells the author's
workshops, a service, as plugs do; the collection, hand-delivery and InPost clauses belong to the plug); the Ghost,
IMPRESS, Glimmerack, Wix, BDZV, ROC, Joomla and 1C-Bitrix lines are footers (the IMPRESS and BDZV lines are a paper's
standing lines about who regulates it and what it belongs to, not notices about one story; the ROC row is the Italian
legal foot of a news site); the moderated-by-a-human note, the Facebook plugin row, the preview link, the French
awaiting-moderation line, the German removed-comment stub, the Italian most-voted label, the Polish guest row and the
Russian show-more link are comment furniture (the Facebook row is the comment form of Facebook's plugin, not a share
row, and the Polish "Zaloguj się" belongs to the comment form, not to a site's account menu); the English, French and
Italian rows are share rows ("Forward this story", "Recommander à un proche" and "Manda questo articolo a un amico" send
the story on, as share rows do); the German first-in-print note and the Polish product-placement note are notices in the
body (both speak of the article they sit in), and the Russian opinion-may-differ note is a notice at the foot (a
standing disclaimer about the author's views, often printed under opinion pieces, neither a legal line of the footer nor
comment furniture, though some sites print it in their footer). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads, menus, trending lines, ad labels, sponsored headlines, bylines with dates, reading times,
captions and credits, read-also links, prompts, share rows, comment counts, comments and replies, log-in-to-comment
lines, links rows, copyright lines, blog names, taglines, posted-on lines, affiliate disclosures, tables of contents,
photo captions, affiliate links, sign-offs, plugs, footer menus and platform credits) is noise. The list rows (what
happens next to the trough, what the ginger-beer brewer learned, what changes for the maze's visitors, what the
bird-bath caster would do differently, what comes next for the organ, what the snail keepers learned, what happens now
the bonfire is off, what the sweet-pea grower learned, what comes next for the weather station, what the horseshoe
artist learned, what comes next for the dovecote and what the harmonica learner understood) are short but part of each
article, so article; the tables of contents' entries ("1. Feeding the plant" and the like) read like headings but are
links, so noise; the sponsored headlines under the ad labels are ads, so noise; the captions describe photos, so noise,
though they speak of the story's subject (the French blog's caption repeats the rhubarb leaf of the next paragraph,
which stays article); the affiliate lines name the bottles, cement, cuttlebones, canes, welder or harmonica the author
used but are shop links, so noise; the blogs' plugs after the sign-off ("Want to skip the waiting? Dried ginger beer
plant starter kits are in my shop." and the like) speak in the author's voice but sell, so noise; the blogs' taglines
("Small-batch brewing from a terraced-house kitchen" and the like) describe the blog, not the post, so noise; the
portals' trending lines list other stories, so noise; the blogs' sign-offs ("Cheers for now, Hattie x" and the like)
close the post in the author's voice but are a signature, so noise; the Polish portal's quote opens with a dash, the
Polish way of quoting speech, and is article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines, English, Italian, German and Russian), body 10 (the eight markers and two
notices), tail 24 (four plugs, English, English, French and Polish, eight footers, eight comment lines, three share rows
and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise
lines and 120 article lines: en-portal-sniddlebury-horse-trough (a town's 1887 granite horse trough, cracked by a lorry,
pinned together and returned to the market place), en-blog-fizzingcrock-ginger-beer (a first ginger beer plant, from
feeding it to a bottle that blew its cap), fr-portail-vaurignac-labyrinthe (a village's hornbeam maze, lost to drought,
replanted by forty volunteers), fr-blog-betonetplumes-bain-oiseaux (a first concrete bird bath cast on a rhubarb leaf),
de-portal-pfennigsruh-kinoorgel (a cinema's Wurlitzer organ accompanying a silent film again after 60 years),
de-blog-langsamundgluecklich-schnecken (a year of keeping three Roman snails from the garden in an old aquarium),
it-portale-borgomoltano-falo (a village's Sant'Antonio bonfire cancelled for the first time in forty years because of
wind), it-blog-piselliinconcorso-mostra (sweet peas grown on the cordon system taken to a first flower show),
pl-portal-bzikowice-stacja (a school's automatic weather station built by its pupils), pl-blog-podkowaimlotek-serce (a
first heart welded from two horseshoes), ru-portal-sizokrylovo-golubyatnya (a farm's 1912 brick dovecote repaired by a
farmer and his sons) and ru-blog-garmoshkavkarmane-bendy (three months of learning the harmonica), each with a reader
comment thread.

Baseline (2026-12-06, cleaner at commit 3c1c2459cbd0454cb6a7d2aaefb636c0dd0a16f7, measured with ``cd /tmp/wt-s173 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s173/src python -m pytest -q tests/test_clean_held_out_173.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s173 && PYTHONPATH=/tmp/wt-s173/src python
scripts/clean_held_out_report.py --sets 173``, with the xfail tables empty): noise lines removed 35/45 (marker 4/8,
reading-time 7/7, byline 5/8, footer 7/8, comments 8/8, share 3/3, notice 1/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers in the body (the English Issuu, German Datawrapper, Italian Genially
and Russian VK Video placeholders), one byline at the head (the Russian author-of-the-piece line), two bylines at the
foot (the Facebook Marketplace and Eventbrite plugs), one footer (the English IMPRESS line) and two notices in the body
(the German first-in-print note and the Polish product-placement note); the English Strava and Sketchfab, French
Dailymotion and Polish TikTok markers, all seven reading times, the English, Italian and German head bylines, the
Leboncoin and Allegro plugs, the other seven footers, all eight comment lines, every share row and the Russian
opinion-may-differ note went); keep lines kept 20/20; pages 5/12 clean (the English, French, Italian, Polish and Russian
portals), 25 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on the German portal the
newsletter prompt between the first and second list rows (1; the five other portals' prompts in the same place went); on
all six blogs the tagline under the blog name in the top block and the photo caption right before the second paragraph
(2 each), on the English, French and Italian blogs also the affiliate link after the third row (1 each; the German,
Polish and Russian ones went), on the German blog also the table of contents' heading and two entries between the first
and second paragraphs (3; the five other tables of contents went), and on the French, Polish and Russian blogs also the
author's sign-off and the plug after the last paragraphs (2 each; the English, German and Italian sign-offs and plugs in
the same place went). Lost: nothing; no article line of any page and no keep line. The failing cases are strict xfails;
with them the pytest command on the final file in /tmp/wt-s173 gave 60 passed, 17 xfailed, no XPASS.

Measured after round 117 (developed on sets 171 and 172 beside this set's writing from the same base, 3c1c245, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 0dd6200
and after the lead's mend 757010d, the same both times): two page lines moved. Round 117's reading of the writer's offer
under a sign-off that names the writer (page_blocks._is_writers_offer) took the French bird-bath blog's pair ("À bientôt
au jardin, Mathilde" over "Envie d'un bain d'oiseaux sans vous salir les mains ? J'en fabrique sur commande, écrivez-moi
via la page Contact."): its page reason is reworded (5 -> 3 of 20 noise lines). The Polish and Russian pairs stay (an
offer to the reader, "możesz zamówić przez formularz", "записаться можно через форму", with no pronoun of the writer's),
and so do the four embed placeholders, none of which round 117's new states took. Noise lines 35 of 45, keep 20 of 20,
pages clean 5 of 12, page noise lines left 25 -> 23 of 240, article lines lost 0 of 120.

Round 118 (development; this set was read in full from this round on): developed on sets 173 and 174 from a146c79.
Fixed, by mechanism: (1) the blog's head, the tagline under the blog's name in the page's first block over a block of
the posted-on line and the title (page_blocks._mark_blog_head_over_posted_title now also reads the title right under the
posted-on line the rules took, _title_under_posted_line: no date, no prose, up to _POSTED_TITLE_MAX_WORDS = 16 words,
longer than the name, a paragraph among the first lines of the next block); all six taglines of set 173 went, the title
and the post's first lines stay. (2) The writer's offer under a sign-off that names the writer, with no pronoun of the
writer's (page_blocks._is_writers_offer: the way to order or book through a form, page or shop after its preposition,
_OFFER_CHANNEL, with an order, a lesson, a booking or a quote, _ORDER_OR_LESSON, _BOOK_OR_QUOTE); the Polish and Russian
pairs of set 173 and the French "sur devis, via la page Contact" pair of set 174 went. (3) The writer's sale or booking
line naming a platform (clean._MY_PLATFORM_PAGE: the English "I sell", "biete" and "делаю" joined round 115's
first-person verbs, "through", "via", "przez", "через" its prepositions, a name with a small letter before its capital
("eBay") or a domain with shipping or collection after it ("markt.de"), collection and Abholung as the seller's offer;
the writer's things with "my" booked, listed, sold or going up on a platform in capitals; clean._IN_MY_PLATFORM_SHOP,
one sentence closing on "are ... in my <Platform> shop"; _SALE_CUE also reads booked, orders, listed, go up, biete, на
заказ): the Facebook Marketplace, Eventbrite, Gumtree, Shopify and markt.de plugs of sets 173 and 174 and set 172's
eBay, Not On The High Street and Avito plugs went. (4) Affiliate marks inside the writer's short sentence
(clean._AFFILIATE_MARK_IN_LINE: the mark in brackets mid-sentence, or a bare label after a dash at its end, with the
writer's first person, one sentence of 16 words at most, no verb of saying); set 173's English, French and Italian links
went, and the affiliate links of sets 167, 171 and 172's English blogs. (5) Small wordings: "Автор материала" (and
статьи, текста, публикации) as a byline's role before a colon or a dash, the French elided "d'" and "Un reportage"
before a name (noise_patterns.ROLE_AND_NAME), and IMPRESS's own description after the comma (whole_line_noise's
press-regulator line). A first version also took "Fancy learning? My beginner's handling booklet is £4 in my Ko-fi
shop." (set 135) and "Bruteier ... verkaufe ich im Frühjahr über markt.de." (set 148), and with them a list row and a
paragraph of their blocks: both were narrowed (one sentence; a domain only with shipping or collection) and nothing is
lost; a third took "Restored tin cars occasionally go up in my Etsy shop." at the line level, and a letter's close over
it with its block (test_round_117_a_letters_close_over_the_offer_stays): the shop line must say the things are in the
shop ("are", "is"), and the close stays. Xfail entries removed: line entries of sets 109 (Gumroad store), 110 and 137
("Автор материала — ..., специальный корреспондент"), 148 ("Автор материала: ..."), 153 ("Автор материала — ...",
Folksy), 158 (Ko-fi shop), 170 (Folksy), 172 (eBay, Not On The High Street, Avito), 173 and 174 (below); page reasons
reworded in sets 167 (en-blog-masonbeemuddle-bee-hotel), 171 (en-blog-tinplateturpentine-toy-car), 172
(en-blog-skilletwick-cast-iron-pan), 173 and 174. All sets' totals before -> after (clean_held_out_report.py, 165 sets):
noise lines removed 6811 -> 6831 of 7501, article lines kept 3327 -> 3327 of 3327, pages clean 1167 -> 1167 of 1966,
page noise lines left 1686 -> 1668 of 41040, paragraphs lost 2 -> 2 (no set's kept lines dropped and no set's lost lines
rose). SemEval: 0 changed files of 3723 (a first version also read "Un article de ..." as a byline and took "Un article
de Conflits", a magazine's credit under two French titles, which test_corpus_articles_lose_only_known_noise[fr] does not
allow: "Un article" was dropped). bench_clean: ratio 1.03 against a146c79 (benchmarks/bench_clean.py --baseline-src, run
while the report ran, on the code before the last narrowing). Tests: the cleaning test set (tests/test_clean.py,
tests/test_clean_held_out_*.py, test_site_batches, test_site_lines, test_noise_trace, test_clean_pages) 21718 passed,
1499 xfailed, no XPASS, and one failure, test_corpus_articles_lose_only_known_noise[fr] ("Un article de Conflits"),
which passes once "Un article" was dropped (rerun with the round 117 and 118 tests and sets 173 and 174). This set
before -> after: noise lines removed 35/45 -> 39/45 (byline 5/8 -> 8/8: the Russian "Автор материала — ..." head byline
and the Facebook Marketplace and Eventbrite plugs; footer 7/8 -> 8/8: the IMPRESS line; marker 4/8, reading-time 7/7,
comments 8/8, share 3/3, notice 1/3 unchanged), keep 20/20 -> 20/20, pages clean 5/12 -> 5/12, page noise lines left 23
-> 10 of 240 (the six blogs' taglines, the Polish and Russian sign-offs and offers, the English, French and Italian
affiliate links went), article lines lost 0 -> 0. Reasons reworded: the six blog pages (each keeps its photo caption,
the German one also its table of contents). Still missed: the four embed placeholders (Issuu, Datawrapper, Genially, VK
Video; not worked on this round), the German first-in-print note and the Polish product-placement note in the body; on
the pages the six blogs' photo captions, the German blog's table of contents and the German portal's newsletter prompt.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_173_LINES: list[tuple[str, str, str]] = [
    ('body', 'Strava activity could not be shown: this athlete only shares activities with followers.', 'marker'),
    ('body', '[Sketchfab 3D model failed to load: WebGL is not supported by your browser]', 'marker'),
    ('body',
     'Issuu flipbook could not be rendered because the document is too large for the embedded reader.',
     'marker'),
    ('body',
     "Cette vidéo Dailymotion n'est pas disponible dans votre pays en raison de restrictions géographiques.",
     'marker'),
    ('body', 'Datawrapper-Grafik: Die Daten konnten nicht vom Server abgerufen werden.', 'marker'),
    ('body', 'Contenuto Genially non visualizzabile su dispositivi mobili: aprilo da un computer.', 'marker'),
    ('body', 'Film z TikToka jest niedostępny: konto autora zostało usunięte.', 'marker'),
    ('body', 'Прямая трансляция VK Видео завершена. Запись будет доступна позже.', 'marker'),
    ('head', '6-minute read · 1,240 words', 'reading-time'),
    ('head', 'Grab a cuppa: this one runs to about twelve minutes of reading.', 'reading-time'),
    ('head', '6 minutes de lecture', 'reading-time'),
    ('head', 'Leseaufwand: ca. 6 Min.', 'reading-time'),
    ('head', 'Leggerai questo articolo in 6 minuti', 'reading-time'),
    ('head', 'Czytanie zajmie ci ok. 6 minut', 'reading-time'),
    ('head', 'Читается за 6 минут', 'reading-time'),
    ('head', 'Words and photographs by Lavinia Crudgeworth', 'byline'),
    ('head', 'Dal nostro inviato Ermanno Scarpafiori', 'byline'),
    ('head', 'Ein Bericht von Wiebke Strunzhausen', 'byline'),
    ('head', 'Автор материала — Агриппина Облепихина', 'byline'),
    ('tail', 'I sell ginger beer plant starters through Facebook Marketplace, collection only.', 'byline'),
    ('tail', 'My weekend harmonica workshops for beginners can be booked through Eventbrite.', 'byline'),
    ('tail', 'Mes nichoirs en béton sont en vente sur Leboncoin, remise en main propre uniquement.', 'byline'),
    ('tail', 'Nasiona groszku pachnącego z mojej uprawy sprzedaję na Allegro, wysyłka InPostem.', 'byline'),
    ('tail', 'Published with Ghost · Membership · Contact', 'footer'),
    ('tail', 'This newspaper is regulated by IMPRESS, the independent press regulator.', 'footer'),
    ('tail', 'Site design by Glimmerack Studio · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'Site créé avec Wix.com · CGU · Gérer les cookies', 'footer'),
    ('tail', 'Die Zeitung ist Mitglied im Bundesverband Digitalpublisher und Zeitungsverleger (BDZV).', 'footer'),
    ('tail', 'Iscrizione al ROC n. 28417 · P. IVA 02918470356 · Redazione', 'footer'),
    ('tail', 'Serwis działa na silniku Joomla! · Polityka prywatności', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Пользовательское соглашение', 'footer'),
    ('tail', 'Comments are moderated by a human and may take a few hours to appear.', 'comments'),
    ('tail', 'Add a comment… · Also post on Facebook · Post', 'comments'),
    ('tail', 'This is a preview of the conversation. Read all 64 comments', 'comments'),
    ('tail', 'Votre commentaire est en attente de modération.', 'comments'),
    ('tail',
     'Dieser Kommentar wurde von der Redaktion entfernt, weil er gegen unsere Netiquette verstößt.',
     'comments'),
    ('tail', 'Commento più votato dalla community · 42 mi piace', 'comments'),
    ('tail', 'Komentujesz jako gość · Zaloguj się', 'comments'),
    ('tail', 'Показать ещё 12 комментариев', 'comments'),
    ('tail', 'Forward this story: Email · SMS · LinkedIn · Pinterest', 'share'),
    ('tail', 'Recommander à un proche : Facebook · WhatsApp · SMS', 'share'),
    ('tail', 'Manda questo articolo a un amico: WhatsApp · Telegram · SMS', 'share'),
    ('body', 'In eigener Sache: Dieser Beitrag erschien zuerst in unserer gedruckten Wochenendausgabe.', 'notice'),
    ('body', 'Materiał zawiera lokowanie produktu.', 'notice'),
    ('tail', 'Мнение редакции может не совпадать с мнением автора.', 'notice'),
]

HELD_OUT_173_KEEP: list[tuple[str, str]] = [
    ('head', 'Follow-up visits by the fire brigade found no further damage to the old mill.'),
    ('body', 'Share prices at the brewery fell after it closed its bottling plant in the town.'),
    ('tail', 'Subscriptions to the lending library of tools have doubled since the spring.'),
    ('tail', 'Copyright lawyers told the parish that the old photographs could be printed freely.'),
    ('head', 'Advertising hoardings along the bypass will be taken down by the end of March.'),
    ('body', 'Reading Borough Council has lent the museum two of its Victorian street lamps.'),
    ('tail', 'Comments made at the meeting were later withdrawn by the chairman of the trust.'),
    ('head', 'Suivez le guide : les visites de la chapelle reprennent chaque dimanche de juin.'),
    ('body', 'Publicité mensongère : le tribunal a condamné le garage à rembourser ses clients.'),
    ('tail', 'Abonnement de cantine : la mairie gèle les tarifs pour la troisième année.'),
    ('head', 'Kommentarlos verließ der Bürgermeister nach der Abstimmung den Ratssaal.'),
    ('tail', 'Lesezeit bekommen die Grundschüler nun jeden Morgen vor der ersten Stunde.'),
    ('body', 'Um das Urheberrecht an der bemalten Scheunenwand streiten nun zwei Künstler vor Gericht.'),
    ('head', "Condividere l'orto con i vicini è stata l'idea di tre famiglie di via Roma."),
    ('tail', 'Commenti entusiasti dei turisti hanno convinto il Comune a prolungare la mostra.'),
    ('body', "Iscriversi al corso di nuoto costerà quest'anno venti euro in meno."),
    ('head', 'Udostępnienie boiska szkolnego mieszkańcom radni przegłosowali jednogłośnie.'),
    ('tail', 'Reklamy na przystankach znikną po decyzji rady miasta.'),
    ('head', 'Поделиться урожаем с соседями пенсионерка решила ещё в августе.'),
    ('tail', 'Читать вслух по вечерам дети стали после открытия нового читального зала.'),
]

HELD_OUT_173_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-sniddlebury-horse-trough', [
        [
            '-The Sniddlebury Courier',
            "-News · Sport · What's On · Property · Announcements",
            '-Trending: Bypass roadworks · School places · Carnival 2026',
        ],
        [
            '-ADVERTISEMENT',
            '-Homeowners are switching to this heat pump grant before May',
        ],
        [
            '-By Nerys Quabblecott | Tuesday 14 April 2026, 07:30',
            '+Victorian horse trough returns to Sniddlebury market place',
            '-3 min read',
        ],
        [
            '+A granite horse trough that stood outside the Corn Exchange for more than a century is back in the '
                "market place after two years in a stonemason's yard.",
            '-The restored trough being lowered into place on Monday morning.',
            '-Picture: supplied by the civic society',
            '+The trough, dated 1887, was cracked in two when a delivery lorry reversed into it in the winter of 2024.',
        ],
        [
            '-Read more: Market place parking charges to rise in June',
            '+The civic society\'s chairman said: "Generations of horses drank here, and now the children feed '
                'the ducks from it. We could not let it go to a skip."',
        ],
        [
            '+What happens next',
            '+The trough will be planted with spring bulbs by the primary school.',
            "-Sign up to our free morning newsletter for the day's headlines.",
            '+A plaque telling its story will be fixed to the Corn Exchange wall.',
            '+Bollards will keep vehicles at least two metres away.',
        ],
        [
            '+The repair cost £6,400, raised by a jumble sale, a quiz night and a grant from the town council.',
            '+The stonemason who pinned the two halves together with stainless steel rods said the trough should '
                'last another hundred years.',
            '-Share this article: Facebook · X · WhatsApp · Email',
        ],
        [
            '-Comments (4)',
            '-Maggie from Mill Lane: Lovely to see it back. My grandad watered his cart horse there.',
            '-↳ Pete B: Same here, he used to tell us about the milk horse.',
            '-Sceptical_Steve: £6,400 for a stone box? The potholes on Station Road need it more.',
            '-↳ Maggie from Mill Lane: It was raised by volunteers, Steve, not taken from the roads budget.',
            '-Log in or register to join the discussion.',
        ],
        [
            '-About us · Contact · Advertise · Terms · Privacy',
            '-© 2026 Courier Media Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-fizzingcrock-ginger-beer', [
        [
            '-The Fizzing Crock',
            '-Small-batch brewing from a terraced-house kitchen',
        ],
        [
            '-Posted on 2 June 2026 by Hattie',
            '+My first ginger beer plant, and the bottle that nearly hit the ceiling',
        ],
        [
            '-Reading time: 7 minutes',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            '+I have wanted to brew proper ginger beer since my nan made it in stone bottles every summer, so '
                'this spring I finally started a ginger beer plant.',
        ],
        [
            '-Contents',
            '-1. Feeding the plant',
            '-2. Bottling and burping',
        ],
        [
            '-The plant on day five, with a thin layer of foam on top.',
            '+For a week I fed the jar a teaspoon of ground ginger and a teaspoon of sugar every morning until it '
                'was fizzing happily.',
            '+My nan\'s advice still rings in my ears: "Never trust a bottle that feels like a rock."',
        ],
        [
            '+What I learned',
            '+Plastic bottles let you feel the pressure building.',
            '+Two days at room temperature is plenty for the second ferment.',
            '+Fresh lemon juice makes a better drink than the bottled kind.',
            '-These swing-top bottles (affiliate link) are the ones I use now.',
        ],
        [
            '+The first batch was flat, the second was perfect and the third blew its cap off in the airing cupboard.',
            '-Share on Facebook · Pin it · Email',
            '+Next month I will try adding a little rhubarb from the allotment.',
        ],
        [
            '-Cheers for now, Hattie x',
            '-Want to skip the waiting? Dried ginger beer plant starter kits are in my shop.',
        ],
        [
            '-3 comments',
            "-Gwen: My grandad's ginger beer exploded under the stairs in 1976, it is a family legend!",
            '-↳ Hattie: Ha, every family seems to have one of those stories.',
            '-Tom R.: How long does the plant keep if I go on holiday?',
        ],
        [
            '-Home · Recipes · About · Contact',
            '-All content © 2026 Hattie, all rights reserved',
            '-Proudly powered by WordPress | Theme: Blocksy',
        ],
    ]),
    _page('fr', 'fr-portail-vaurignac-labyrinthe', [
        [
            "-L'Écho de Vaurignac",
            '-Actualités · Sports · Agenda · Annonces · Nécrologie',
            '-Tendances : Fête de la musique · Travaux RD12 · Rentrée scolaire',
        ],
        [
            '-Sponsorisé',
            "-Ces retraités ont trouvé une astuce pour réduire leur facture d'énergie",
        ],
        [
            '-Par Clémence R. | Publié le 9 mars 2026 à 06h45',
            '+À Vaurignac-les-Buis, le labyrinthe de charmilles retrouve ses allées',
            '-3 min de lecture',
        ],
        [
            "+Le labyrinthe végétal planté en 1992 derrière la salle des fêtes avait été arraché l'an dernier, "
                'ses charmilles ravagées par la sécheresse.',
            '-Les bénévoles lors de la plantation, samedi matin.',
            '-Crédit photo : mairie de Vaurignac-les-Buis',
            '+Samedi, une quarantaine de bénévoles ont replanté 1 200 jeunes plants fournis par une pépinière voisine.',
        ],
        [
            '-À lire aussi : Le marché de producteurs revient le jeudi soir',
            '+« Les enfants du village ont tous appris à se perdre ici, il fallait le rendre aux suivants », '
                'explique la maire.',
        ],
        [
            '+Ce qui change pour les visiteurs',
            "+L'entrée restera gratuite, mais le labyrinthe sera fermé jusqu'en septembre.",
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter.",
            '+Un arrosage goutte à goutte alimenté par la citerne de la salle des fêtes a été installé.',
            "+Les plans du parcours seront dessinés par les élèves de l'école.",
        ],
        [
            "+Les plants, hauts d'à peine quarante centimètres, mettront trois ans à former des murs assez hauts "
                'pour cacher un adulte.',
            "+La commune espère organiser la première « nuit du labyrinthe » à l'été 2028.",
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-5 réactions',
            "-Mémé_Jeanine : Enfin ! Mes petits-enfants vont pouvoir s'y perdre comme leur mère.",
            "-↳ Bernard V. : Et espérons qu'on arrose cette fois-ci.",
            "-Citoyen_vigilant : Combien a coûté l'opération pour les contribuables ?",
            "-↳ Mémé_Jeanine : Les plants ont été donnés, c'est écrit dans l'article.",
            '-Connectez-vous pour réagir.',
        ],
        [
            '-Mentions légales · Contact · Publicité · CGV · Confidentialité',
            '-© 2026 Vaurignac Presse – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-betonetplumes-bain-oiseaux', [
        [
            '-Béton et Plumes',
            '-Bricolages en ciment pour le jardin et ses oiseaux',
        ],
        [
            '-Publié le 18 avril 2026 par Mathilde',
            "+J'ai coulé mon premier bain d'oiseaux en béton",
        ],
        [
            '-Temps de lecture : 6 minutes',
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
                'commission.',
            '+Depuis que les mésanges viennent boire dans la soucoupe du pot de fleurs, je rêvais de leur offrir '
                'un vrai bain.',
        ],
        [
            '-Sommaire',
            '-1. Le moule en sable',
            '-2. Le démoulage',
        ],
        [
            '-La feuille de rhubarbe posée sur le tas de sable humide.',
            "+J'ai moulé la vasque sur une grande feuille de rhubarbe posée à l'envers sur un tas de sable humide.",
            "+Mon voisin maçon m'avait prévenue : « Le béton, c'est comme la pâte à crêpes, il faut qu'il nappe "
                'la cuillère. »',
        ],
        [
            '+Ce que je ferais autrement',
            '+Ajouter des fibres au mortier pour éviter les fissures.',
            "+Laisser sécher une semaine entière à l'ombre.",
            "+Prévoir un bord plus plat pour que les oiseaux s'y posent.",
            "-Le ciment prompt que j'utilise (lien affilié) sèche en quelques heures.",
        ],
        [
            '+Au démoulage, les nervures de la feuille étaient parfaitement imprimées dans le béton.',
            '-Partager sur Pinterest · Facebook · Par e-mail',
            '+Trois jours plus tard, un merle prenait déjà son bain en éclaboussant toute la terrasse.',
        ],
        [
            '-À bientôt au jardin, Mathilde',
            "-Envie d'un bain d'oiseaux sans vous salir les mains ? J'en fabrique sur commande, écrivez-moi via "
                'la page Contact.',
        ],
        [
            '-3 commentaires',
            "-Josiane : Superbe ! J'ai essayé avec une feuille de chou, c'était trop petit.",
            '-↳ Mathilde : Essayez la rhubarbe ou la grande consoude, ça marche très bien.',
            '-Paulo du 12 : Quel dosage de ciment pour le sable ?',
        ],
        [
            '-Accueil · Tutoriels · À propos · Contact',
            '-© 2026 Mathilde – Tous droits réservés',
            '-Fièrement propulsé par WordPress · Thème OceanWP',
        ],
    ]),
    _page('de', 'de-portal-pfennigsruh-kinoorgel', [
        [
            '-Pfennigsruher Rundschau',
            '-Lokales · Sport · Kultur · Wirtschaft · Service',
            '-Meistgelesen: Umleitung B27 · Kita-Gebühren · Stadtfest',
        ],
        [
            '-Anzeige',
            '-Neue Hörgeräte-Technik: Das sollten Senioren jetzt wissen',
        ],
        [
            '-Von Torben K. | 21.02.2026, 18:05 Uhr',
            '+Kinoorgel im Lichtspielhaus Pfennigsruh erklingt nach 60 Jahren wieder',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '+Die Wurlitzer-Orgel im Lichtspielhaus am Marktplatz hat am Samstagabend zum ersten Mal seit 1966 '
                'wieder einen Stummfilm begleitet.',
            '-Die restaurierte Orgel mit ihren 560 Pfeifen im Bühnenraum.',
            '-Foto: Kinoverein Pfennigsruh',
            '+Ein Förderverein hatte das Instrument fünf Jahre lang Pfeife für Pfeife zerlegt, gereinigt und neu '
                'beledert.',
        ],
        [
            '-Lesen Sie auch: Neues Parkhaus am Bahnhof öffnet im Mai',
            '+„Als die ersten Töne kamen, haben manche im Saal geweint“, sagte die Vorsitzende des Vereins.',
        ],
        [
            '+Wie es weitergeht',
            '+Jeden ersten Samstag im Monat zeigt das Kino einen Stummfilm mit Orgel.',
            '-Jetzt kostenlos den Newsletter der Rundschau abonnieren und nichts verpassen.',
            '+Schulklassen können die Orgelkammer nach Anmeldung besichtigen.',
            '+Für die Pflege sucht der Verein zwei weitere ehrenamtliche Helfer.',
        ],
        [
            '+Die Restaurierung kostete rund 180.000 Euro, die Hälfte davon kam aus Spenden.',
            '+Karten für die nächste Vorstellung gibt es ab Montag an der Kinokasse.',
            '-Artikel teilen: Facebook · WhatsApp · E-Mail · Drucken',
        ],
        [
            '-6 Kommentare',
            '-Kinofan_Hannelore: Ich war als Kind in der letzten Vorstellung 1966. Danke an alle Helfer!',
            '-↳ Stefan M.: Dann sehen wir uns im März, Hannelore.',
            '-Rainer aus der Südstadt: Hoffentlich ist die Heizung im Saal auch repariert.',
            '-↳ Kinofan_Hannelore: Ja, die wurde im Herbst erneuert.',
            '-Bitte melden Sie sich an, um zu kommentieren.',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten · AGB',
            '-© 2026 Rundschau Verlag Pfennigsruh GmbH',
        ],
    ]),
    _page('de', 'de-blog-langsamundgluecklich-schnecken', [
        [
            '-Langsam & Glücklich',
            '-Ein Blog über Weinbergschnecken als Haustiere',
        ],
        [
            '-Veröffentlicht am 7. Mai 2026 von Ute',
            '+Unser Schneckenterrarium nach dem ersten Jahr',
        ],
        [
            '-Lesedauer: 5 Minuten',
            '-Werbehinweis: Dieser Beitrag enthält Affiliate-Links.',
            '+Vor einem Jahr haben wir drei Weinbergschnecken aus dem eigenen Garten in ein altes Aquarium '
                'umgesiedelt, mit Genehmigung der Naturschutzbehörde.',
        ],
        [
            '-Inhalt',
            '-1. Das Terrarium',
            '-2. Futter und Kalk',
        ],
        [
            '-Schnecke Frieda auf einem Gurkenstück.',
            '+Der Boden besteht aus ungedüngter Gartenerde, Moos und einer Schicht Buchenlaub.',
            '+Unsere Tierärztin meinte nur: „Schnecken sind die dankbarsten Haustiere, sie beschweren sich nie '
                'über das Futter.“',
        ],
        [
            '+Was wir gelernt haben',
            '+Jeden Abend leicht mit Wasser besprühen.',
            '+Sepiaschale für den Kalk nicht vergessen.',
            '+Gurke und Löwenzahn fressen sie am liebsten.',
            '-Die Sepiaschalen kaufe ich hier (Affiliate-Link).',
        ],
        [
            '+Im Winter haben sich alle drei eingegraben und ihr Haus mit einem Kalkdeckel verschlossen.',
            '-Teilen auf Facebook · Pinterest · WhatsApp',
            '+Im April kamen sie wieder heraus, und Frieda hat inzwischen sogar Eier gelegt.',
        ],
        [
            '-Bis zum nächsten Mal, eure Ute',
            '-Meine Terrarien-Starterpakete mit Moos und Sepiaschale gibt es in meinem Etsy-Shop.',
        ],
        [
            '-3 Kommentare',
            '-Gartenzwerg_Paul: Wir haben auch zwei, aber Achatschnecken. Die sind viel größer!',
            '-↳ Ute: Die brauchen es aber deutlich wärmer, oder?',
            '-Birgit: Darf man Weinbergschnecken wirklich einfach mitnehmen?',
        ],
        [
            '-Startseite · Über uns · Kontakt · Impressum',
            '-© 2026 Ute – Alle Rechte vorbehalten',
            '-Erstellt mit Jimdo',
        ],
    ]),
    _page('it', 'it-portale-borgomoltano-falo', [
        [
            '-La Voce di Borgomoltano',
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
            '-Di tendenza: Lavori in piazza · Sagra del tartufo · Scuole',
        ],
        [
            '-Pubblicità',
            '-Pensionati, ecco come ottenere il bonus per gli occhiali',
        ],
        [
            '-di Carla M. | 14 gennaio 2026, ore 8:10',
            "+Borgomoltano, annullato il falò di Sant'Antonio per il vento",
            '-Lettura: 2 minuti',
        ],
        [
            "+Per la prima volta in quarant'anni Borgomoltano non accenderà il grande falò di Sant'Antonio nella "
                'notte del 16 gennaio.',
            '-La catasta di legna già pronta nel campo sportivo, martedì.',
            '-Foto di Gianni R.',
            "+Il sindaco ha firmato un'ordinanza dopo l'allerta meteo per raffiche di vento fino a 90 chilometri "
                'orari.',
        ],
        [
            "-Leggi anche: Nuovo orario per l'ufficio postale di via Garibaldi",
            '+«È una decisione che ci spezza il cuore, ma le scintille sarebbero arrivate fino ai tetti», ha '
                'detto il presidente del comitato.',
        ],
        [
            '+Cosa succede adesso',
            '+La benedizione degli animali si terrà comunque la mattina del 17.',
            '-Iscriviti al canale WhatsApp della Voce per ricevere le notizie del paese.',
            '+La legna resterà accatastata e coperta fino a nuova data.',
            '+Le frittelle preparate dai volontari saranno distribuite in oratorio.',
        ],
        [
            '+Il comitato proporrà di accendere il falò la prima sera senza vento di febbraio.',
            '+I commercianti della piazza hanno chiesto almeno di mantenere la fiera del bestiame.',
            '-Condividi: Facebook · WhatsApp · X · Email',
        ],
        [
            '-7 commenti',
            "-Nonno_Elvio: In quarant'anni non l'avevamo mai saltato, nemmeno con la neve.",
            '-↳ Sara P.: Meglio saltarlo che vedere bruciare un fienile.',
            '-Luca del bar: E la fiera si fa o no?',
            '-↳ Sara P.: Sì, la fiera è confermata dal Comune.',
            "-Effettua l'accesso per commentare.",
        ],
        [
            '-Chi siamo · Contatti · Inserzioni · Privacy · Cookie policy',
            '-© 2026 Editrice Moltanese s.r.l. – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-piselliinconcorso-mostra', [
        [
            '-Piselli in Concorso',
            '-Diario di una coltivatrice di piselli odorosi da esposizione',
        ],
        [
            '-Pubblicato il 20 giugno 2026 da Livia',
            '+I miei piselli odorosi alla prima mostra di fiori',
        ],
        [
            '-Tempo di lettura: 5 minuti',
            '-In questo articolo ci sono link di affiliazione: se acquisti tramite questi link ricevo una piccola '
                'commissione.',
            "+Quest'anno ho deciso di portare i miei piselli odorosi alla mostra floreale della provincia, nella "
                'categoria dei sei steli.',
        ],
        [
            '-Indice',
            '-1. La coltivazione a cordone',
            '-2. Il giorno della mostra',
        ],
        [
            "-Gli steli di 'Mrs Bernard Jones' la sera prima della mostra.",
            '+Per avere steli lunghi e dritti ho coltivato ogni pianta su una sola canna, togliendo viticci e '
                'getti laterali ogni due giorni.',
            '+Il giudice ha osservato: «Colori bellissimi, ma ogni stelo deve avere almeno quattro fiori aperti».',
        ],
        [
            '+Cosa ho imparato',
            "+Tagliare gli steli all'alba.",
            "+Trasportarli in secchi d'acqua fresca.",
            '+Scegliere steli della stessa lunghezza.',
            '-Le canne di bambù che uso (link affiliato) sono queste.',
        ],
        [
            '+Alla fine ho preso un terzo posto e un attestato che ho appeso in cucina.',
            '-Condividi su Facebook · Pinterest · WhatsApp',
            "+L'anno prossimo proverò la categoria dei dodici steli.",
        ],
        [
            '-Alla prossima, Livia',
            '-Le mie sementi selezionate di piselli odorosi sono disponibili nel mio negozio online.',
        ],
        [
            '-3 commenti',
            '-Giardiniera_Anna: Complimenti! Il terzo posto alla prima mostra è tantissimo.',
            '-↳ Livia: Grazie Anna, ero emozionatissima.',
            '-Marco B.: Che varietà consigli per il profumo?',
        ],
        [
            '-Home · Diario · Chi sono · Contatti',
            '-© 2026 Livia – Tutti i diritti riservati',
            '-Creato con Blogger',
        ],
    ]),
    _page('pl', 'pl-portal-bzikowice-stacja', [
        [
            '-Głos Bzikowic',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Popularne: Remont ul. Długiej · Rekrutacja do przedszkoli · Dożynki',
        ],
        [
            '-Reklama',
            '-Tak tanio jeszcze nie było. Sprawdź nowe ceny pomp ciepła',
        ],
        [
            '-Autor: Marta K. | 3 marca 2026, 9:15',
            '+Uczniowie z Bzikowic mają własną stację pogodową',
            '-Czas czytania: 2 min',
        ],
        [
            '+Na dachu Szkoły Podstawowej nr 2 w Bzikowicach stanęła automatyczna stacja meteorologiczna '
                'zbudowana przez uczniów klas siódmych.',
            '-Uczniowie przy maszcie stacji na dachu szkoły.',
            '-Fot. archiwum szkoły',
            '+Urządzenie co dziesięć minut mierzy temperaturę, wilgotność, ciśnienie oraz siłę wiatru.',
        ],
        [
            '-Czytaj także: Nowy rozkład jazdy autobusów od kwietnia',
            '+– Dzieci same lutowały czujniki i pisały program. Teraz każdego ranka sprawdzają, czy prognoza się '
                'sprawdziła – mówi nauczyciel fizyki.',
        ],
        [
            '+Co dalej ze stacją',
            '+Pomiary będą publikowane na stronie internetowej szkoły.',
            '-Zapisz się do newslettera i otrzymuj najważniejsze informacje z regionu.',
            '+Dane trafią także do ogólnopolskiej sieci amatorskich stacji.',
            '+W przyszłym roku uczniowie chcą dobudować deszczomierz.',
        ],
        [
            '+Projekt kosztował 4 tysiące złotych i został sfinansowany z budżetu obywatelskiego.',
            '+Szkoła zaprasza mieszkańców na dzień otwarty, podczas którego będzie można obejrzeć stację.',
            '-Udostępnij: Facebook · X · Messenger · Kopiuj link',
        ],
        [
            '-Komentarze (5)',
            '-Mieszkaniec_Bzikowic: Brawo dla dzieciaków i nauczyciela!',
            '-↳ Ola: Mój syn nie mówi teraz o niczym innym.',
            '-Sceptyk: A kto zapłaci za prąd?',
            '-↳ Mieszkaniec_Bzikowic: Stacja jest na baterii słonecznej.',
            '-Zaloguj się, aby dodać komentarz.',
        ],
        [
            '-O nas · Kontakt · Cennik ogłoszeń · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Wrzos sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-podkowaimlotek-serce', [
        [
            '-Podkowa i Młotek',
            '-Blog o rzeźbach i ozdobach z podków',
        ],
        [
            '-Opublikowano 11 lipca 2026 przez Tomasza',
            '+Moje pierwsze serce z podków',
        ],
        [
            '-Czas czytania: 4 minuty',
            '-Wpis zawiera linki afiliacyjne.',
            '+Stare podkowy zbierałem od lat od znajomego kowala, aż w końcu postanowiłem coś z nich zrobić.',
        ],
        [
            '-Spis treści',
            '-1. Czyszczenie podków',
            '-2. Spawanie',
        ],
        [
            '-Dwie podkowy po piaskowaniu, gotowe do spawania.',
            '+Dwie podkowy oczyściłem szczotką drucianą, a potem zespawałem je piętkami tak, żeby utworzyły serce.',
            '+Kowal, gdy zobaczył efekt, tylko się zaśmiał: „Konie by się zdziwiły, gdzie skończyły ich buty”.',
        ],
        [
            '+Czego się nauczyłem',
            '+Podkowy trzeba dokładnie odtłuścić.',
            '+Spoiny lepiej szlifować po ostygnięciu.',
            '+Bezbarwny lakier chroni przed rdzą.',
            '-Spawarkę, której używam, kupisz tutaj (link afiliacyjny).',
        ],
        [
            '+Serce zawiesiłem nad drzwiami warsztatu i od razu dostałem trzy zamówienia od sąsiadów.',
            '-Udostępnij na Facebooku · Pinterest · WhatsApp',
            '+Następny projekt to wieszak na klucze z czterech podków.',
        ],
        [
            '-Do usłyszenia, Tomek',
            '-Gotowe serca z podków możesz zamówić przez formularz kontaktowy.',
        ],
        [
            '-3 komentarze',
            '-Kowalowa_Zosia: Piękne! Mąż ma w stodole całą skrzynię podków.',
            '-↳ Tomek: To niech ich nie wyrzuca, przydadzą się!',
            '-Jurek: Jaką elektrodą spawasz?',
        ],
        [
            '-Strona główna · Projekty · O mnie · Kontakt',
            '-© 2026 Tomek – Wszelkie prawa zastrzeżone',
            '-Motyw: Hestia · WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-sizokrylovo-golubyatnya', [
        [
            '-Сизокрыловский вестник',
            '-Новости · Общество · Спорт · Культура · Объявления',
            '-Популярное: Ремонт дороги · Запись в школу · Ярмарка',
        ],
        [
            '-Реклама',
            '-Врачи назвали простой способ сохранить зрение после 60',
        ],
        [
            '-Автор: Ольга С. | 12 мая 2026, 10:20',
            '+На ферме под Сизокрыловом отремонтировали старинную голубятню',
            '-Время чтения: 3 минуты',
        ],
        [
            '+Кирпичную голубятню 1912 года на ферме «Заречная» восстановили после тридцати лет запустения.',
            '-Голубятня после ремонта, вид со двора фермы.',
            '-Фото: пресс-служба фермы',
            '+Работы вели фермер и двое его сыновей, а кирпич подбирали со старых построек района.',
        ],
        [
            '-Читайте также: В районе откроют новую остановку автобуса',
            '+«Отец держал здесь голубей до самой войны, и я обещал ему, что голуби вернутся», — рассказал фермер.',
        ],
        [
            '+Что дальше',
            '+Первых голубей заселят в голубятню в июне.',
            '-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости района.',
            '+Школьники смогут приходить на ферму на экскурсии.',
            '+Рядом поставят стенд с историей постройки.',
        ],
        [
            '+Ремонт обошёлся в 300 тысяч рублей, часть денег собрали жители района.',
            '+Фермер надеется, что голубятню включат в список памятников местного значения.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
        ],
        [
            '-Комментарии (4)',
            '-Дед_Михалыч: Помню эту голубятню, мы мальчишками туда лазили!',
            '-↳ Ирина: Мой дед тоже рассказывал про неё.',
            '-Скептик_2026: Лучше бы дорогу к ферме сделали.',
            '-↳ Дед_Михалыч: Дорогу обещали летом.',
            '-Войдите, чтобы оставить комментарий.',
        ],
        [
            '-О редакции · Контакты · Рекламодателям · Правила · Конфиденциальность',
            '-© 2026 ООО «Районная пресса». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-garmoshkavkarmane-bendy', [
        [
            '-Гармошка в кармане',
            '-Блог о том, как я учусь играть на губной гармошке',
        ],
        [
            '-Опубликовано 5 марта 2026, автор: Савелий',
            '+Три месяца с губной гармошкой: что получилось',
        ],
        [
            '-Время чтения: 5 минут',
            '-В записи есть партнёрские ссылки.',
            '+Губную гармошку в тональности до мажор мне подарили на Новый год, и с тех пор я занимаюсь каждый '
                'вечер по двадцать минут.',
        ],
        [
            '-Содержание',
            '-1. Первые ноты',
            '-2. Бенды',
        ],
        [
            '-Моя гармошка на пюпитре рядом с нотной тетрадью.',
            '+Первый месяц ушёл на то, чтобы извлекать чистые одиночные ноты, а не аккорды.',
            '+Мой преподаватель на онлайн-уроке сказал: «Гармошка любит тех, кто дышит медленно».',
        ],
        [
            '+Что я понял',
            '+Играть лучше сидя с прямой спиной.',
            '+Бенды получаются не сразу.',
            '+Запись на телефон помогает услышать ошибки.',
            '-Гармошку, на которой я играю, можно купить здесь (партнёрская ссылка).',
        ],
        [
            '+Сейчас я уже играю «Подмосковные вечера» целиком, хотя и немного фальшиво.',
            '-Поделиться: Telegram · ВКонтакте · WhatsApp',
            '+Следующая цель — выучить блюзовый квадрат и сыграть его на дне рождения брата.',
        ],
        [
            '-До встречи, ваш Савелий',
            '-Провожу онлайн-уроки для начинающих, записаться можно через форму на сайте.',
        ],
        [
            '-3 комментария',
            '-Гармонист_Семёныч: Молодец! Бенды у всех получаются месяца через три.',
            '-↳ Савелий: Спасибо, очень обнадёживает!',
            '-Лена: А какую гармошку посоветуете для начала?',
        ],
        [
            '-Главная · Уроки · Обо мне · Контакты',
            '-© 2026 Савелий. Все права защищены.',
            '-Сайт на Tilda',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Issuu flipbook could not be rendered because the document is too large for the embedded reader.':
        "an English Issuu flipbook placeholder ('Issuu flipbook could not be rendered because the document is too "
            "large for the embedded reader.') is left in the body",
    'Datawrapper-Grafik: Die Daten konnten nicht vom Server abgerufen werden.':
        "a German Datawrapper chart placeholder ('Datawrapper-Grafik: Die Daten konnten nicht vom Server "
            "abgerufen werden.') is left in the body",
    'Прямая трансляция VK Видео завершена. Запись будет доступна позже.':
        "a Russian VK Video ended-stream placeholder ('Прямая трансляция VK Видео завершена. Запись будет "
            "доступна позже.') is left in the body",
    'In eigener Sache: Dieser Beitrag erschien zuerst in unserer gedruckten Wochenendausgabe.':
        "a German first-in-print notice ('In eigener Sache: Dieser Beitrag erschien zuerst in unserer gedruckten "
            "Wochenendausgabe.') is left in the body",
    'Materiał zawiera lokowanie produktu.':
        "a Polish product-placement notice ('Materiał zawiera lokowanie produktu.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-fizzingcrock-ginger-beer':
        "the ginger-beer blog's post keeps the photo caption ('The plant on day five, with a thin layer of "
        "foam on top.') right before the second paragraph (1 of 20 noise lines; the tagline under the blog "
        "name and the affiliate link after the third row went after round 118); no article line is lost",
    'fr-blog-betonetplumes-bain-oiseaux':
        "the bird-bath blog's post keeps the photo caption ('La feuille de rhubarbe posée sur le tas de sable "
        "humide.') right before the second paragraph (1 of 20 noise lines; the sign-off and plug went after "
        "round 117, the tagline under the blog name and the affiliate link after the third row after round "
        "118); no article line is lost",
    'de-portal-pfennigsruh-kinoorgel':
        "the German portal's cinema-organ story keeps the newsletter prompt ('Jetzt kostenlos den Newsletter der "
            "Rundschau abonnieren und nichts verpassen.') between the first and second list rows (1 of 20 noise "
            'lines); no article line is lost',
    'de-blog-langsamundgluecklich-schnecken':
        "the snail blog's post keeps the table of contents ('Inhalt', '1. Das Terrarium', '2. Futter und "
        "Kalk') in its block between the first and second paragraphs, and the photo caption ('Schnecke Frieda "
        "auf einem Gurkenstück.') right before the second paragraph (4 of 20 noise lines; the tagline under "
        "the blog name went after round 118); no article line is lost",
    'it-blog-piselliinconcorso-mostra':
        "the sweet-pea blog's post keeps the photo caption ('Gli steli di 'Mrs Bernard Jones' la sera prima "
        "della mostra.') right before the second paragraph (1 of 20 noise lines; the tagline under the blog "
        "name and the affiliate link after the third row went after round 118); no article line is lost",
    'pl-blog-podkowaimlotek-serce':
        "the horseshoe-art blog's post keeps the photo caption ('Dwie podkowy po piaskowaniu, gotowe do "
        "spawania.') right before the second paragraph (1 of 20 noise lines; the tagline under the blog name "
        "and the author's sign-off and plug after the last paragraphs went after round 118); no article line "
        "is lost",
    'ru-blog-garmoshkavkarmane-bendy':
        "the harmonica blog's post keeps the photo caption ('Моя гармошка на пюпитре рядом с нотной "
        "тетрадью.') right before the second paragraph (1 of 20 noise lines; the tagline under the blog name "
        "and the author's sign-off and plug after the last paragraphs went after round 118); no article line "
        "is lost",
}


test_held_out_173_line, test_held_out_173_line_is_kept, test_held_out_173_page = held_out_tests(
    HELD_OUT_173_LINES, HELD_OUT_173_KEEP, HELD_OUT_173_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
