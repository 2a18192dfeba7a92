"""Held-out set 172: written blind, weighted toward the noise the cleaner exists for, in shapes set 170's docstring does
not name (nor the first paragraphs of sets 167, 168 and 169): scraper, embed and ad markers (an English Flourish chart
that needs JavaScript "Flourish chart could not be displayed. Enable JavaScript to view this visualisation.", an English
bracketed Bandcamp player whose album can no longer be streamed "[Embedded Bandcamp player: this album is no longer
available to stream]", an English Komoot tour made private by its creator "Komoot tour could not be loaded: the route
has been made private by its creator.", a French Flickr slideshow whose album its owner withdrew "Le diaporama Flickr ne
s'affiche pas : l'album a été retiré par son propriétaire.", a German Podigee player whose episode is being reprocessed
"Podigee-Player: Die Folge wird gerade neu verarbeitet und ist bald wieder abrufbar.", an Italian Spreaker player
blocked by a content blocker "Lettore Spreaker non caricato: disattiva il blocco dei contenuti per ascoltare la
puntata.", a Polish Infogram chart whose publisher's licence ran out "Wykres Infogram jest niedostępny – wygasła
licencja konta wydawcy." and a Russian 2GIS map widget that did not load for want of a connection "Виджет карты 2ГИС не
загрузился. Проверьте подключение к интернету."); reading-time headers in new wordings (the English read-and-listen row
"4 min read · Listen: 6 min", a blog's this-post-will-take-you line of nine minutes, longer with the links "This post
will take you roughly nine minutes to read (longer if you follow the links).", the bare French reading line "Lecture : 5
min", the German approximate-reading-time line "Ungefähre Lesezeit: 5 Minuten", the Italian minutes-of-reading line "5
min di lettura", the Polish a-read-for line "Lektura na 5 minut" and the Russian minutes-for-reading line "5 минут на
прочтение"); bylines and self-promotion (an English wire-style reporting-and-editing byline "Reporting by Tamsin
Yelverick; editing by Crispin Vowlesby", a French interview-collected-by byline "Propos recueillis par Honorine
Bouscarolle", a German from-the-local-desk byline "Aus der Lokalredaktion: Gunhild Pfützenreiter" and a Polish she-wrote
byline "Napisała: Bożena Krzątalska", all at the head, and at the foot an English eBay restored-pans plug "Restored pans
from my workshop are listed on eBay most Sunday evenings.", an English Not On The High Street bookbinding-kits plug
"Bookbinding kits with waxed thread and an awl are in my Not On The High Street shop.", an Italian Etsy wine-labels plug
with Poste Italiane shipping "Le mie etichette per vino stampate a mano sono in vendita su Etsy, spedizione con Poste
Italiane." and a Russian Avito hedgehog-houses plug with Russian Post delivery "Домики для ежей на заказ делаю через
Авито, отправка Почтой России."); blog and site footers (an English Bear Blog credit with its bear face and an RSS link
"Powered by Bear ʕ•ᴥ•ʔ · Subscribe via RSS", an English media-group publication line with standards and terms links "A
Thistlecombe Media publication · Standards and complaints · Terms of use", an English photo-copyright and Creative
Commons licence line "All photography © the respective photographers unless stated · Text licensed under CC BY-NC 4.0",
a French published-by-an-association line under the 1901 law "Site édité par l'association Racines de Vernolhac, régie
par la loi de 1901.", a German an-offer-of-the-media-group line with terms and cancellation links "Ein Angebot der
Hummelstedter Mediengruppe GmbH & Co. KG · AGB · Widerrufsbelehrung", an Italian Aruba hosting row with legal notes and
cookie preferences "Sito ospitato su Aruba.it · Note legali · Preferenze cookie", a Polish publisher line with a KRS
court-register number and a GDPR link "Wydawca: Spółdzielnia Wydawnicza Mewiniec, KRS 0000284413 · RODO" and a Russian
link-required-when-reusing line with an age rating "При использовании материалов ссылка на сайт обязательна. 16+");
reader-comment furniture (an English be-kind comment-policy line "Be kind: comments that attack other readers will be
deleted without notice.", an English commenting-stays-open-for-48-hours note "Commenting stays open for 48 hours after
an article is published.", an English jump-to-the-latest-comment link "Jump to the latest comment ↓", the French
WordPress must-be-logged-in line "Vous devez être connecté pour publier un commentaire.", a German
comments-close-after-72-hours note "Die Kommentarfunktion wird 72 Stunden nach Veröffentlichung geschlossen.", the
Italian WordPress email-will-not-be-published line with its required-fields note "Il tuo indirizzo email non sarà
pubblicato. I campi obbligatori sono contrassegnati *", a Polish sort-comments row "Sortuj komentarze: najnowsze ·
najstarsze · najwyżej oceniane" and a Russian newest-oldest-popular sort row "Сначала новые · Сначала старые ·
Популярные"); share rows (an English post-this-to row with Threads, Mastodon, Reddit and Email "Post this to: Threads ·
Mastodon · Reddit · Email", a German share-the-article-by row with E-Mail, Signal, Telegram and X "Artikel teilen per:
E-Mail · Signal · Telegram · X" and a Polish share row with Facebook, X, Wykop and copy link "Podziel się: Facebook · X
· Wykop · Kopiuj link"); and notices (a French correction note on a meeting's date "Cet article a été corrigé : une
erreur sur la date de la réunion a été rectifiée." and an Italian machine-translated-and-revised note "Articolo tradotto
automaticamente e rivisto dalla redazione.", both in the body, and the Russian found-a-mistake-press-Ctrl+Enter note
"Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 170's docstring does not describe (on the six portal pages, in nine blocks, a
date-and-weather line, the masthead and the section menu in one block of three at the very top, the date-and-weather
line first; the breadcrumb, the title, the byline-and-date line and the reading time in one block of four, the title
second, between the breadcrumb and the byline; the lead photo's caption and its credit at the top of the first
paragraph's block, right before the first paragraph; the second paragraph and the paragraph with the quote in one block
with a share row between them; the subheading and the three rows with an ad label and a sponsored headline at the end of
the list block, after the third row; the two last paragraphs in one block with a read-also link between them; a
newsletter, WhatsApp-channel, Telegram or Google News prompt alone in a block of one; at the foot two blocks, five lines
of a comment thread (a comment count, a comment, another reader's arrowed reply to it, a third reader's comment left
unanswered and a write-a-comment heading at the end) and then a links row and the publisher's copyright line; on the six
blog pages, in ten blocks, the blog name alone in a block of one and the menu alone in the next block of one; the title
at the top of its block with the posted-on-date-by-author line, the reading time and a comment count after it (a block
of four); a table of contents (its heading and two numbered entries) at the top of the first paragraph's block, right
before the first paragraph; the second paragraph and the paragraph with the quote in one block with a photo caption
after the quote; an affiliate link at the top of the list block, right before the subheading and its three rows; the two
last paragraphs at the top of a block of four, followed by the author's sign-off and a plug for the author's own wares;
a share row and a subscribe prompt alone in a block of two; at the foot two blocks, four lines (a thoughts-on-the-post
heading, a comment, the author's arrowed reply and a second comment left unanswered) and then the author's copyright
line and a platform or theme credit), taken from local news of fresh kinds (a town's fire station's 1958 engine
restored, a village's ford closed after floods, a market town's cobbles relaid, a library's seed swap started, a pier's
lamps replaced, a village's last dairy farm sold) and from blogs about restoring a cast-iron pan, making rhubarb wine,
building a hedgehog house, learning bookbinding, keeping quail and repairing a rag rug.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 170 but what is named here), held-out set 171 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (one listing slip, see
Slips and notes (1)). Read were: the docstring of held-out set 170 up to its paragraph "Measured after round 115", its
imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 167, 168
and 169, printed with one ast script (/tmp/s172scratch/peek.py, reading the files of /tmp/wt-set172/tests, the set's
worktree at the brief's commit; see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py
(in full, with ``cat``, in /tmp/wt-set172); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s172scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 170's as printed, with 170 -> 172;
/tmp/s172scratch/gen172.py writes this file from scratch files (data172.py with the noise and keep lines, pages172.py
with the pages, doc1.txt with the first paragraph, doc2.txt with the next four and, after the measurement, doc3.txt with
the Baseline paragraph and tables172.py with the xfail tables). Nothing else was copied from any file of the repository.
The set was measured once against a frozen cleaner (worktree /tmp/wt-s172, detached at commit
01029119c34c85af7175959a2edd3789a23068f2, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 06:03:49 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
01029119c34c85af7175959a2edd3789a23068f2 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. Slip: in the same
shell call I ran ``ls`` on /tmp/wt-set172/tests/test_clean_held_out_17*.py and test_clean_held_out_16[789].py to see
that the files I was allowed to read were there, which listed the names of five held-out files of the tests/ folder (17,
167, 168, 169 and 170; names only, none opened other than as the brief allows). helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned and
no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 170's Slips and notes (3) to inside set 168's first paragraph); its second run went to
/tmp/s172scratch/peek.out, of which I paged lines 125 to 330, 330 to 420 and 420 to 530 and 1 to 30 with ``sed``;
nothing outside the allowed parts was printed, since the script stops set 170's docstring before the paragraph "Measured
after round 115" (so its Baseline paragraph, which comes before that one, was read) and prints only the first paragraphs
of the other three. To compare my wordings with the named ones I grepped my own scratch copy peek.out for the services,
platforms, hosts and key words of my lines (Flourish, Bandcamp, Komoot, Flickr, Podigee, Spreaker, Infogram, 2ГИС,
Listen, Lecture, Lesezeit, "di lettura", Lektura, прочтени, "Reporting by", Propos, Lokalredaktion, Napisał, eBay, "High
Street", Etsy, Авито, Bear, publication, "CC BY", association, Angebot, Aruba, KRS, "ссылка на сайт", "Be kind", "48
hours", Jump, connecté, Kommentarfunktion, indirizzo, Sortuj, Сначала, "Post this", Signal, Wykop, corrigé, tradotto,
Ctrl, "16+", Standards, photograph): "Lecture" occurs only in the French "Durée de lecture" of set 168, "di lettura"
only in set 170's Italian "Tempo stimato di lettura", "Reporting by" only in the additional-reporting clauses of sets
167 and 168, "publication" only in the French publication-director lines, "Signal" only in the French "Signaler" lines
and "Standards" only in set 167's IPSO line; the other words do not occur. (3) Near misses with shapes already named,
noted rather than hidden: the eight markers stand for services not named there (Flourish, Bandcamp, Komoot, Flickr,
Podigee, Spreaker, Infogram, 2GIS) with reasons not named (JavaScript off, an album taken off streaming, a route made
private, an album withdrawn, an episode being reprocessed, a content blocker, an expired licence, no connection), though
the English Flourish line's JavaScript is of the kind of set 168's Italian OpenStreetMap line, the Komoot route made
private of set 167's German video set to private, the French album withdrawn by its owner of set 169's Prezi deleted by
its owner, and the English bracketed Bandcamp line is bracketed like set 170's Vimeo and set 168's Mixcloud lines; the
reading times are new phrasings of the same minutes-to-read idea, but the French "Lecture : 5 min" is close to set 168's
"Durée de lecture : 3 minutes", the Italian "5 min di lettura" to set 170's "Tempo stimato di lettura", the German
approximate line to set 167's estimated one and the English blog's this-post-will-take-you line is a blog's long-read
line like set 170's long-read-ahead and set 169's reading-this-in-full lines (it adds the links); the English
read-and-listen row is new in its listening time; the bylines (a wire-style reporting-and-editing credit, an
interview-collected-by credit, a local-desk credit and a she-wrote credit) are not named, though the English one is
close to the additional-reporting bylines of sets 167 and 168; the plugs sell on platforms not named (eBay, Not On The
High Street, Etsy, Avito), though the Italian and Russian plugs carry shipping like the plugs of sets 167 to 170; the
footers are a blog platform's credit, a media group's publication line, a photo-copyright and licence line, an
association publisher line, a media group's offer line, a host's row, a publisher's register line and a reuse-with-link
line with platforms, hosts and bodies not named (Bear Blog, Creative Commons, Aruba, the KRS register), though the
English standards-and-complaints link echoes set 168's complaints-policy and set 170's corrections-policy links and the
Polish register number is a legal line of the kind of set 170's company-registration and court-registration lines; of
the comment lines the English be-kind policy line is of the kind of set 169's comments-are-their-authors'-responsibility
note, the two closing-time notes of the kind of set 169's German edit-comment time window, the French must-be-logged-in
line of the kind of set 170's Italian log-in prompt and Russian registered-users-only note, and the Italian
email-will-not-be-published line is a WordPress form line like set 170's notify-me label, while the jump-to-latest link
and the two sort rows are not named; the share rows use verbs and services not named ("Post this to", "Artikel teilen
per", "Podziel się", Signal, Mastodon, Reddit, Wykop); the French correction note is close to the update notes of sets
167 and 168, the Italian machine-translation note and the Russian Ctrl+Enter note are not named. On the pages the noise
is of common kinds (date-and-weather lines, mastheads, menus, breadcrumbs, bylines with dates, reading times, captions
and credits, share rows, ad labels, sponsored headlines, read-also links, newsletter, WhatsApp, Telegram and Google News
prompts, comment threads, links rows, copyright lines, blog names, posted-on lines, comment counts, tables of contents,
photo captions, affiliate links, sign-offs, plugs, subscribe prompts, thoughts-on headings and platform credits), since
the brief asks for new layouts there; some positions echo earlier layouts (the portals' ad label and sponsored headline
after the third row, where set 166's portals had an ad label; the caption and credit as a pair, as on sets 168 and 170's
portals, though here at the top of the first paragraph's block; a share row inside the paragraphs, as between set 169's
first and second paragraphs, here between the second and the quote; the blogs' title at the top of its block with the
posted-on line after it, as in set 169, here with the reading time and comment count too; the blogs' quote followed by a
photo caption, as in set 169; the thoughts-on heading opening the thread, as in set 170), while what is new is where the
rest sits (on the portals the date-and-weather line at the very top, the title inside a block of four between the
breadcrumb and the byline, the read-also link between the two last paragraphs, a prompt alone in a block of one, a
thread closed by a write-a-comment heading; on the blogs the blog name and the menu each alone in a block of one, the
table of contents at the top of the first paragraph's block, the affiliate link right before the subheading in the list
block, the sign-off and a plug after the last paragraphs in their block, the share row and subscribe prompt alone in a
pair). (4) Before the measurement /tmp/s172scratch/check.py checked, case-insensitively, that no noise line (held-out or
page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line holds an
at-sign, and counted the lines; before its first run I had already changed the pages so that the mastheads and blog
names stay out of the credits, prompts and copyright lines (my first draft had "Photo: Scurlingham Echo", "Folgen Sie
dem Hummelstedter Boten auf WhatsApp", "© 2026 Rhubarbe et Barrique" and the like, and a plug naming the Skilletwick
shop), the word "Anzeige" out of the German menu ("Traueranzeigen" became "Nachrufe") and "Реклама" out of the Russian
links row ("Реклама на сайте" became "Рекламодателям"), and fixed a typo in a Polish caption; its first run found
nothing. Lines and data were counted by check.py (45 noise lines: category, language and place as in Contents; 20 keep
lines by language and place; 12 pages, the portals of nine blocks and the blogs of ten, with 10 "+" and 20 "-" lines
each). /tmp/s172scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by
one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark
was swapped. gen172.py reports lines over 120 characters and at-signs in the written file, checks that every held-out
noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without importing it),
that the file's lists, pages and tables equal the scratch ones. (5) Invented names were checked with the exact-string
search over public GitHub files: Scurlingham, Tamsin Yelverick (and Yelverick), Vowlesby, Harrowdine, Quillethorpe,
Skilletwick (and "Skilletwick shop"), Thistlecombe Media, Vernolhac, Vernolhacois, Fauchérat, Bouscarolle, Honorine
Castagnède, Haut-Lidou, Rhubarbe et Barrique, Hummelstedt, Hummelstedter, Pfützenreiter, Kieselbeck, Stachelnest,
Sanvitello, Cespuglini, Legatoria di Cortile, Mewiniec, Mewińca, Mewczyński, Krzątalska, Wydawnictwo Nadmorskie,
Przepiórki z Zagonu, Молокосеево, Молокосеевский, Бурёнкова, Лоскутная полка and the commenters' handles
Pete_on_the_Hill, Harold_at_No9, crackedbase_colin, Josette_du_moulin, Bastidou, Gégé47, Marktfrau_Hilde, Radler1978,
Opa_Kurt, Gartenzaun_Gabi, Nonna_Ortensia, OrtoDiMarco, Gianni_del_Borgo, Fabio_Carta, Rybak_Zenek, Mewa_z_Molo,
Spacerowiczka_z_Molo, Kasia_z_Działki, Баба_Валя, Сосед_Петрович, Колхозник_70 and Тётя_Маша had no hits. Dropped:
Ardcastle (inside Hardcastle; the engine's restorer became Glyn Harrowdine), Ashbeck and Skelbrook (a brand, identifiers
and a game's place name; the blogger became Rowan Quillethorpe), Tisserac (inside identifiers such as isSerach; the
mayor became Raymonde Fauchérat), Pottersby (a person in a data file and identifiers; Harrowdine), Tröpfelmann (a name
in a game's table; the reporter became Gunhild Pfützenreiter), Marrowgate (invented place names in many files; the group
became Thistlecombe Media), Телушкина (in a quiz file; the milkmaid became Нина Бурёнкова), Castagnède (a real French
place and surname; the byline became Honorine Bouscarolle), Harold64, dave_fries, Nonna_Pina, Gianni58 and Pani_Halina
(user names and identifiers in files; replaced by the handles above). First names alone (Brenda W., Marjorie, Rowan,
Clotilde, Madeleine, Jeannot, Jörg, Sabine, Marta, Lucia, Agnieszka, Marek, Нюра, Людмила, Crispin, Bożena, Ewald,
Leszek, Loredana, Glyn and the like), real brands, services, platforms, hosts, themes and bodies (the embed services,
eBay, Not On The High Street, Etsy, Poste Italiane, Avito, Почта России, Bear Blog, Creative Commons, Aruba, KRS,
WordPress, WordPress.com, Kadence, Astra, Neve, Twenty Twenty-Four, Google News, Dennis, Duxford, carta Varese) and real
places (Holt, Saint-Pons) were not checked. (6) The measurement was run once, at 06:09:14 UTC by ``date``, in one shell
call with the brief's two commands (pytest output to /tmp/s172scratch/measure.out, report to
/tmp/s172scratch/report.out); then /tmp/s172scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s172/tests with /tmp/wt-s172/src on the path) to /tmp/s172scratch/problems.out: fourteen
noise lines kept, twelve pages with problems (21 page noise lines left, all of them kept in the text), no keep line lost
and no article line lost, as in the Baseline paragraph. The reasons of the three tables (tables172.py) were written from
that output, and /tmp/s172scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same
result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no
keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output
names is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; nothing else was changed: gen172.py wrote the final file from the same data files,
checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s172 (gen172.py's own check of
the tables stopped with a KeyError on the first final write, after the file was written, because it compared the
``__builtins__`` entry that ``exec`` adds; the check was fixed to compare only the three tables, gen172.py was run again
and wrote the same file, which passed all its checks, and after this note was added the file was written and the pytest
command run once more). (7) ``date`` printed 06:04:02 UTC after the helpers were printed, 06:05:29 after the first name
checks, 06:06:54 when the pages were first counted, 06:07:49 when the marks were printed, 06:08:27 when gen172.py first
wrote the file, 06:09:09 when it wrote it with the four paragraphs after the first, 06:09:14 at the measurement,
06:09:34 after the problems were printed and 06:09:53 after the tables were checked; the times quoted here are those
``date`` printed. The whole set was written, measured and committed within the brief's 50 minutes, from 06:03:49 UTC
(the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Followers of the parish's bell-ringing blog raised £900 for a new set of ropes.",
"Sharing the cost of the new roof, three churches have agreed a ten-year plan.", "Advertisers in the free weekly paper
have fallen by a third since 2019.", "Reading the old minutes, councillors found the bridge had been promised in 1974.",
"Comment from the water company was not available by the time the paper went to print.", "Subscribers to the community
energy scheme will get their first dividend in May.", "Copyright in the mural stays with the artist, the council
confirmed on Monday.", "Partager la salle des fêtes avec le club de judo n'a pas plu à tous les anciens.", "Commentaires
et questions des riverains ont occupé la moitié de la réunion publique.", "Abonnés du bus scolaire, les lycéens devront
présenter leur nouvelle carte dès lundi.", "Teilen müssen sich die beiden Vereine die Turnhalle nun auch am
Wochenende.", "Werbung für das Sommerfest machten die Kinder mit selbst gemalten Plakaten.", "Lesen lernen die
Erstklässler in diesem Jahr mit einem Lesehund namens Bruno.", "Seguire il restauro della fontana è diventato il
passatempo dei pensionati del paese.", "Pubblicità e manifesti elettorali non potranno più essere affissi sul ponte
vecchio.", "Lettura ad alta voce e merenda: così la biblioteca ha riempito la sala il sabato.", "Komentarze mieszkańców
skłoniły radnych do przesunięcia przystanku o sto metrów.", "Obserwując gniazdo bocianów, uczniowie prowadzą dziennik od
kwietnia.", "Подписка на районную газету подорожала, но пенсионерам сохранили скидку." and "Комментируя решение, глава
поселения пообещал отремонтировать мост до осени." are article sentences: each reports what bell-ringers' followers,
churches, a paper's advertisers, councillors, a water company, members of an energy scheme, an artist and a council, old
people of a village hall, residents, pupils, two clubs, children, first-formers, pensioners, a town's rules on posters,
a library, councillors, pupils, a paper's subscribers or a parish head did, said or will do, with the noise-like word as
an ordinary noun, verb, participle or gerund of the sentence ("Followers" are people who read a blog and gave money, not
a follow prompt; "Sharing the cost" is a shared bill, not a share row; "Advertisers" are a paper's customers, not an ad
label; "Reading the old minutes" is what councillors did, not a reading time; "Comment from the water company" is the
reporter's note that a company did not answer, a sentence of the story, not comment furniture; "Subscribers to the
community energy scheme" are members, not a newsletter; "Copyright in the mural" is who owns a mural, not a copyright
footer; the French "Partager", "Commentaires" and "Abonnés", the German "Teilen", "Werbung" and "Lesen", the Italian
"Seguire", "Pubblicità" and "Lettura", the Polish "Komentarze" and "Obserwując" and the Russian "Подписка" and
"Комментируя" are a shared hall, residents' questions, pupils holding bus passes, two clubs sharing a gym, children
advertising a fair, first-formers learning to read, pensioners watching a fountain restored, a ban on posters, a
read-aloud afternoon, residents' comments moving a bus stop, pupils watching a stork's nest, the price of a paper's
subscription and a parish head commenting on a decision; none of them is comment, share, follow, subscribe, ad,
reading-time or copyright furniture). Categories: the Flourish, Bandcamp, Komoot, Flickr, Podigee, Spreaker, Infogram
and 2GIS lines are markers (each stands where an embed of the page did not come through; the Spreaker line's content
blocker and the 2GIS line's connection are the embed's failure, not notices about the article); the read-and-listen row
(its listening time belongs to the audio version of the same article), the this-post-will-take-you line and the French,
German, Italian, Polish and Russian lines are reading times; the reporting-and-editing, propos-recueillis,
Lokalredaktion and Napisała lines are bylines at the head (the German "Aus der Lokalredaktion" names the reporter;
"Propos recueillis par" credits the journalist who took down an interview), and the eBay, Not On The High Street, Etsy
and Avito lines are bylines (self-promotion) at the foot (the shipping of the Italian and Russian plugs belongs to the
plug); the Bear Blog, Thistlecombe Media, photo-copyright-and-licence, association, Mediengruppe, Aruba, Wydawca and
reuse-with-link lines are footers (the photo-copyright line is a site's standing legal line, not a caption's credit; the
association line is the French legal publisher mention of a small site; the Russian reuse line with its age rating is
the standard foot of Russian news sites, not a notice about one story); the be-kind policy line, the 48-hours note, the
jump-to-latest link, the French must-be-logged-in line, the German 72-hours note, the Italian email line, the Polish and
the Russian sort rows are comment furniture (the Italian email line mentions email but belongs to the comment form, not
to a newsletter); the English, German and Polish rows are share rows ("Post this to" and "Artikel teilen per" send the
story on, as share rows do); the French correction note and the Italian machine-translation note are notices in the body
(both speak of the article they sit in), and the Russian Ctrl+Enter note is a notice at the foot (a standing line asking
readers to report typos, neither a footer's legal line nor comment furniture). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (date-and-weather lines, mastheads, menus, breadcrumbs, bylines with dates,
reading times, captions and credits, share rows, ad labels, sponsored headlines, read-also links, prompts, comment
counts, comments and replies, write-a-comment headings, links rows, copyright lines, blog names, posted-on lines, tables
of contents, photo captions, affiliate links, sign-offs, plugs, subscribe prompts, thoughts-on headings and platform
credits) is noise. The list rows (what happens to the fire engine, what the pan restorer would do differently, what
changes for the ford's villagers, what the rhubarb-wine maker learned, what changes for market-goers, what the
hedgehog-house builder learned, how the seed swap works, what the bookbinder learned, what changes on the pier, what the
quail keeper learned, what changes for the dairy village and what the rug mender learned) are short but part of each
article, so article; the tables of contents' entries ("1. Stripping the rust" and the like) read like headings but are
links, so noise; the sponsored headlines under the ad labels are ads, so noise; the captions describe photos, so noise,
though they speak of the story's subject; the affiliate lines name the tool or material the author used but are shop
links, so noise; the blogs' plugs after the sign-off ("Fancy one of my restored pans? The next batch goes up in my
online shop on Friday." and the like) speak in the author's voice but sell, so noise; the English portal's last
paragraph but one speaks of "a sponsored walk", an event of the story, and is article; the portals' title shares its
block with the breadcrumb, the byline and the reading time and is article, while the three around it are noise; the
blogs' sign-offs ("Happy scrubbing, Rowan" and the like) close the post in the author's voice but are a signature, so
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24 (four plugs, eight footers,
eight comment lines, three share rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-scurlingham-fire-engine (a town fire
station's 1958 Dennis engine, found in a barn, restored by volunteers over six years), en-blog-skilletwick-cast-iron-pan
(a rusted car-boot-sale cast-iron pan stripped in vinegar and seasoned again), fr-portail-vernolhac-gue (a village's
ford to a hamlet closed until spring after floods broke its concrete bed), fr-blog-rhubarbeetbarrique-vin (a first
rhubarb wine from the garden, from picking to bottling), de-portal-hummelstedt-pflaster (a market town's square relaid
with its old basalt cobbles), de-blog-stachelnest-igelhaus (a hedgehog house built from an old shelf's boards),
it-portale-sanvitello-semi (a town library's seed swap started in its old card-index cabinet),
it-blog-legatoriadicortile-quaderno (a first hand-sewn notebook from a bookbinding evening class),
pl-portal-mewiniec-latarnie (a seaside town pier's 32 old lamps replaced), pl-blog-przepiorkizzagonu-przepiorki (a first
year of keeping Japanese quail in a garden aviary), ru-portal-molokoseevo-ferma (a village's last dairy farm, working
since 1974, sold to an agricultural holding) and ru-blog-loskutnayapolka-polovik (a grandmother's crocheted rag rug
mended with strips of old dresses), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 01029119c34c85af7175959a2edd3789a23068f2, measured with ``cd /tmp/wt-s172 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s172/src python -m pytest -q tests/test_clean_held_out_172.py -rA -p
no:cacheprovider`` (26 failed, 51 passed) and ``cd /tmp/wt-s172 && PYTHONPATH=/tmp/wt-s172/src python
scripts/clean_held_out_report.py --sets 172``, with the xfail tables empty): noise lines removed 31/45 (marker 3/8,
reading-time 7/7, byline 5/8, footer 7/8, comments 5/8, share 3/3, notice 1/3; the 14 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers in the body (the English bracketed Bandcamp placeholder, the French
Flickr, German Podigee, Italian Spreaker and Polish Infogram placeholders), three bylines at the foot (the eBay, Not On
The High Street and Avito plugs), one footer (the French association publisher line), three comment lines at the foot
(the English be-kind policy line and 48-hours note and the German 72-hours note) and two notices in the body (the French
correction note and the Italian machine-translation note); the English Flourish and Komoot and the Russian 2GIS markers,
all seven reading times, the four head bylines and the Italian Etsy plug, the other seven footers, the other five
comment lines, every share row and the Russian Ctrl+Enter note went); keep lines kept 20/20; pages 0/12 clean, 21 of 240
page noise lines left and 0 of 120 article lines lost. Left on the pages: on all six portals the sponsored headline
under its ad label at the end of the list block, after the third row (1 each; the labels themselves went); on all six
blogs the photo caption after the quote (1 each), on the English, German, Polish and Russian blogs also the author's
sign-off and the plug after the last paragraph (2 each; the French and Italian sign-offs and plugs in the same place
went), and on the English blog also the affiliate link right before the subheading (1; the five other affiliate links
went). Lost: nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s172 gave 51 passed, 26 xfailed, no XPASS.

Measured after round 116 (developed on sets 169 and 170 beside this set's writing from the same base, 0102911, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 18255ae
and after the lead's mend 2636503): three lines moved. Round 116's one reading of embed placeholders (an embed named, a
general state vocabulary, no news frame) took the English Bandcamp placeholder ("[Embedded Bandcamp player: this album
is no longer available to stream]"), the Italian Spreaker one ("Lettore Spreaker non caricato: disattiva il blocco dei
contenuti per ascoltare la puntata.") and the Polish Infogram one ("Wykres Infogram jest niedostępny – wygasła licencja
konta wydawcy."); their xfail entries are removed (noise lines 31 -> 34 of 45, marker 3 -> 6 of 8). The first time an
embed reading written on one pair took placeholders of the next: the French Flickr slideshow ("... ne s'affiche pas :
l'album a été retiré par son propriétaire.") and the German Podigee player ("... wird gerade neu verarbeitet ...") stay.
No page line, keep line or article line changed: the portals' unlabelled sponsored headlines, the blogs' captions,
sign-offs and plugs stay as measured.

Round 117 (development; this set was read in full from this round on): developed on sets 171 and 172 from 3c1c245.
Fixed, by mechanism: (1) the blog's post end, the sign-off and the writer's offer under it (page_blocks._is_writers_plug
now also reads _is_writers_offer: the writer's first person, a possessive or a subject pronoun, _WRITERS_FIRST_SUBJECT,
with a shop, an order, a sale, or a form or page to ask through, _WRITERS_OFFER_WORD and _ORDER_OR_LESSON; or work made
to order, _MADE_TO_ORDER, which needs no pronoun; the Italian 'ma' is no French possessive; an offer of up to 20 words,
_POST_END_OFFER_MAX_WORDS, so that it may ask and answer), under a sign-off that names the writer;
clean.names_the_writer reads a Polish hypocoristic in -sia or -sio of a name in -sława or -sław ("Wiesia" for the
thread's "Wiesława"). All seven pairs of sets 171 and 172 went (the sign-offs had stayed only because the line under
them named no marketplace after a preposition, and set 171's "Wiesia" also because no line printed her stem with a
declension's ending). (2) The portals' sponsored headlines under their ad label inside the article's block
(clean._is_ad_hook_inside_block, _AD_HOOK): the label not opening its block, the headline with an ad's hook (pensioners
and seniors, money to claim or save, bills, a trick, a deal, a loan, a discount in per cent, "check whether"), twelve
words at most, no full stop at its end, and the block ending under it or a paragraph's sentence going on; all twelve of
sets 170 and 172 went, the article's subheadings in the same places (no hook) stay, and a list's row under a label
inside the list stays (set 149's "Zajęcia dla seniorów dwa razy w tygodniu", lost by a first version and given back).
(3) Embed placeholders by the reading's parts (whole_line_noise): a name as the line's first word before the object's
noun in a label before a colon or dash (_EMBED_NAMED_ANY), the embed and a slideshow as nouns (_EMBED_NOUN), and
still-processing, not-playable, not-shown and first-pages-only states (_EMBED_STATE_ANY); all five of sets 171 and 172
went, and five older sets' placeholders with them (xfail entries removed from sets 118, 124, 133, 134 and 151: "Видео с
Rutube не воспроизводится. ...", "Modulo Google non visualizzabile: ...", "Le document Calaméo ne s'affiche pas ? ...",
"Видео не воспроизводится: обновите браузер ...", "Scribd document preview blocked – ..."); the older embed entries were
not folded into round 116's reading (not done this round). Set 170's six portal page entries were removed; set 45's
en-advertorial-disclosure reason was reworded (its sponsor slogan "... lower bills" under its label now goes). All sets'
totals before -> after (clean_held_out_report.py): noise lines removed 6732 -> 6742 of 7411, article lines kept 3287 ->
3287 of 3287, pages clean 1144 -> 1156 of 1942, page noise lines left 1682 -> 1655 of 40560, paragraphs lost 2 -> 2 (no
set's kept lines dropped and no set's lost lines rose). SemEval: 0 changed files of 3723. bench_clean: ratio 1.01
against 3c1c245 (benchmarks/bench_clean.py --baseline-src, run while the test set ran). Tests: the cleaning test set
(tests/test_clean.py, tests/test_clean_held_out_*.py, test_site_batches, test_site_lines, test_noise_trace,
test_clean_pages) 21533 passed, 1485 xfailed, no XPASS. This set before -> after: noise lines removed 34/45 -> 36/45
(marker 6/8 -> 8/8; reading-time 7/7, byline 5/8, footer 7/8, comments 5/8, share 3/3, notice 1/3 unchanged), keep 20/20
-> 20/20, pages clean 0/12 -> 6/12 (the six portals), page noise lines left 21 -> 7 of 240 (the six sponsored headlines
and the English, German, Polish and Russian blogs' sign-offs and plugs went), article lines lost 0 -> 0. Reasons
reworded: en-blog-skilletwick-cast-iron-pan, de-blog-stachelnest-igelhaus, pl-blog-przepiorkizzagonu-przepiorki,
ru-blog-loskutnayapolka-polovik; the six portal entries were removed. Still missed: the eBay, Not On The High Street and
Avito plugs at the foot, the French association publisher line, the English be-kind and 48-hours lines and the German
72-hours note, the French correction and the Italian machine-translation notes; on the pages the six blogs' photo
captions and the English blog's affiliate link.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_172_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish chart could not be displayed. Enable JavaScript to view this visualisation.', 'marker'),
    ('body', '[Embedded Bandcamp player: this album is no longer available to stream]', 'marker'),
    ('body', 'Komoot tour could not be loaded: the route has been made private by its creator.', 'marker'),
    ('body', "Le diaporama Flickr ne s'affiche pas : l'album a été retiré par son propriétaire.", 'marker'),
    ('body', 'Podigee-Player: Die Folge wird gerade neu verarbeitet und ist bald wieder abrufbar.', 'marker'),
    ('body', 'Lettore Spreaker non caricato: disattiva il blocco dei contenuti per ascoltare la puntata.', 'marker'),
    ('body', 'Wykres Infogram jest niedostępny – wygasła licencja konta wydawcy.', 'marker'),
    ('body', 'Виджет карты 2ГИС не загрузился. Проверьте подключение к интернету.', 'marker'),
    ('head', '4 min read · Listen: 6 min', 'reading-time'),
    ('head', 'This post will take you roughly nine minutes to read (longer if you follow the links).', 'reading-time'),
    ('head', 'Lecture : 5 min', 'reading-time'),
    ('head', 'Ungefähre Lesezeit: 5 Minuten', 'reading-time'),
    ('head', '5 min di lettura', 'reading-time'),
    ('head', 'Lektura na 5 minut', 'reading-time'),
    ('head', '5 минут на прочтение', 'reading-time'),
    ('head', 'Reporting by Tamsin Yelverick; editing by Crispin Vowlesby', 'byline'),
    ('head', 'Propos recueillis par Honorine Bouscarolle', 'byline'),
    ('head', 'Aus der Lokalredaktion: Gunhild Pfützenreiter', 'byline'),
    ('head', 'Napisała: Bożena Krzątalska', 'byline'),
    ('tail', 'Restored pans from my workshop are listed on eBay most Sunday evenings.', 'byline'),
    ('tail', 'Bookbinding kits with waxed thread and an awl are in my Not On The High Street shop.', 'byline'),
    ('tail', 'Le mie etichette per vino stampate a mano sono in vendita su Etsy, spedizione con Poste '
        'Italiane.', 'byline'),
    ('tail', 'Домики для ежей на заказ делаю через Авито, отправка Почтой России.', 'byline'),
    ('tail', 'Powered by Bear ʕ•ᴥ•ʔ · Subscribe via RSS', 'footer'),
    ('tail', 'A Thistlecombe Media publication · Standards and complaints · Terms of use', 'footer'),
    ('tail', 'All photography © the respective photographers unless stated · Text licensed under CC BY-NC '
        '4.0', 'footer'),
    ('tail', "Site édité par l'association Racines de Vernolhac, régie par la loi de 1901.", 'footer'),
    ('tail', 'Ein Angebot der Hummelstedter Mediengruppe GmbH & Co. KG · AGB · Widerrufsbelehrung', 'footer'),
    ('tail', 'Sito ospitato su Aruba.it · Note legali · Preferenze cookie', 'footer'),
    ('tail', 'Wydawca: Spółdzielnia Wydawnicza Mewiniec, KRS 0000284413 · RODO', 'footer'),
    ('tail', 'При использовании материалов ссылка на сайт обязательна. 16+', 'footer'),
    ('tail', 'Be kind: comments that attack other readers will be deleted without notice.', 'comments'),
    ('tail', 'Commenting stays open for 48 hours after an article is published.', 'comments'),
    ('tail', 'Jump to the latest comment ↓', 'comments'),
    ('tail', 'Vous devez être connecté pour publier un commentaire.', 'comments'),
    ('tail', 'Die Kommentarfunktion wird 72 Stunden nach Veröffentlichung geschlossen.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Sortuj komentarze: najnowsze · najstarsze · najwyżej oceniane', 'comments'),
    ('tail', 'Сначала новые · Сначала старые · Популярные', 'comments'),
    ('tail', 'Post this to: Threads · Mastodon · Reddit · Email', 'share'),
    ('tail', 'Artikel teilen per: E-Mail · Signal · Telegram · X', 'share'),
    ('tail', 'Podziel się: Facebook · X · Wykop · Kopiuj link', 'share'),
    ('body', 'Cet article a été corrigé : une erreur sur la date de la réunion a été rectifiée.', 'notice'),
    ('body', 'Articolo tradotto automaticamente e rivisto dalla redazione.', 'notice'),
    ('tail', 'Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl+Enter.', 'notice'),
]
HELD_OUT_172_KEEP: list[tuple[str, str]] = [
    ('head', "Followers of the parish's bell-ringing blog raised £900 for a new set of ropes."),
    ('head', 'Sharing the cost of the new roof, three churches have agreed a ten-year plan.'),
    ('body', 'Advertisers in the free weekly paper have fallen by a third since 2019.'),
    ('tail', 'Reading the old minutes, councillors found the bridge had been promised in 1974.'),
    ('tail', 'Comment from the water company was not available by the time the paper went to print.'),
    ('tail', 'Subscribers to the community energy scheme will get their first dividend in May.'),
    ('head', 'Copyright in the mural stays with the artist, the council confirmed on Monday.'),
    ('head', "Partager la salle des fêtes avec le club de judo n'a pas plu à tous les anciens."),
    ('body', 'Commentaires et questions des riverains ont occupé la moitié de la réunion publique.'),
    ('tail', 'Abonnés du bus scolaire, les lycéens devront présenter leur nouvelle carte dès lundi.'),
    ('head', 'Teilen müssen sich die beiden Vereine die Turnhalle nun auch am Wochenende.'),
    ('body', 'Werbung für das Sommerfest machten die Kinder mit selbst gemalten Plakaten.'),
    ('tail', 'Lesen lernen die Erstklässler in diesem Jahr mit einem Lesehund namens Bruno.'),
    ('head', 'Seguire il restauro della fontana è diventato il passatempo dei pensionati del paese.'),
    ('body', 'Pubblicità e manifesti elettorali non potranno più essere affissi sul ponte vecchio.'),
    ('tail', 'Lettura ad alta voce e merenda: così la biblioteca ha riempito la sala il sabato.'),
    ('head', 'Komentarze mieszkańców skłoniły radnych do przesunięcia przystanku o sto metrów.'),
    ('body', 'Obserwując gniazdo bocianów, uczniowie prowadzą dziennik od kwietnia.'),
    ('tail', 'Подписка на районную газету подорожала, но пенсионерам сохранили скидку.'),
    ('tail', 'Комментируя решение, глава поселения пообещал отремонтировать мост до осени.'),
]
HELD_OUT_172_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-scurlingham-fire-engine', [
        [
            '-Saturday 14 November · Light rain, 9°C',
            '-The Scurlingham Echo',
            "-News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            '-Home › News › Scurlingham',
            "+Fire station's 1958 engine roars back to life after six-year restoration",
            '-By Tamsin Yelverick · Published 14 November 2026, 07:30',
            '-3 min read',
        ],
        [
            '-The restored Dennis engine outside the station on Mill Lane on Thursday.',
            '-Picture: Echo staff photographer',
            '+A fire engine that served Scurlingham for almost thirty years drove through the town again on Thursday '
            'after a restoration that took six years and more than 4,000 volunteer hours.',
        ],
        [
            '+The red Dennis F8 was sold to a farm in 1987 and was found rusting in a barn near Holt by a retired '
            'firefighter in 2020.',
            '-Share: Facebook · X · WhatsApp · Copy link',
            '+"The first time the bell rang again, half the watch had tears in their eyes," said Glyn Harrowdine, who '
            'led the work.',
        ],
        [
            '+What happens to the engine now',
            "+It will be kept in the station's old drill shed and shown on open days.",
            '+Schools can book a visit through the station from January.',
            "+It will lead the town's Remembrance parade next year.",
            '-Advertisement',
            '-Homeowners over 60 are snapping up this clever stairlift deal',
        ],
        [
            '+The volunteers raised £18,000 for parts, much of it from a sponsored walk and a quiz night at the '
            'Plough.',
            '-Read also: Mill Lane closed for three weeks as gas main is replaced',
            '+The station manager said the crew hoped to take the engine to a national rally at Duxford in the summer.',
        ],
        [
            "-Get the Echo's morning briefing in your inbox – sign up free",
        ],
        [
            '-7 comments',
            '-Brenda W.: My dad drove that engine in the sixties. Wonderful to see it back.',
            '-↳ Pete_on_the_Hill: Same here, my grandad was on the crew. Brilliant work.',
            '-Harold_at_No9: Hope they keep the original bell, not a copy.',
            '-Write a comment',
        ],
        [
            '-About us · Contact · Advertise · Privacy notice · Cookie policy',
            '-© 2026 Scurlingham Echo Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-skilletwick-cast-iron-pan', [
        [
            '-Skilletwick',
        ],
        [
            '-Home · Kitchen · Restoration · Shop · About',
        ],
        [
            '+How I brought a rusted cast-iron pan back from the dead',
            '-Posted on 9 November 2026 by Rowan Quillethorpe',
            '-6 minute read',
            '-4 comments',
        ],
        [
            '-In this post',
            '-1. Stripping the rust',
            '-2. Building up the seasoning',
            '+I found this ten-inch pan at a car boot sale for two pounds, orange with rust and with a crust of old '
            'fat on the base.',
        ],
        [
            '+The first job was a long soak in a bath of one part vinegar to one part water, checked every hour so '
            'the acid did not eat into the iron.',
            '+As my grandmother used to say, "a pan is only as good as the last time you oiled it."',
            '-The pan after its vinegar bath, bare grey iron with a few dark spots.',
        ],
        [
            '-I used this flaxseed oil (affiliate link) for the seasoning layers.',
            '+What I would do differently',
            '+Stop the vinegar soak sooner, as two hours was plenty.',
            '+Wipe the oil off almost completely before each layer goes in the oven.',
            '+Heat the pan slowly on the hob before the first fry-up.',
        ],
        [
            '+After six thin layers baked at 250 degrees the pan came out a deep, even black.',
            '+The first egg slid off without sticking, and it now lives on the hob every day.',
            '-Happy scrubbing, Rowan',
            '-Fancy one of my restored pans? The next batch goes up in my online shop on Friday.',
        ],
        [
            '-Share this post: Facebook · Pinterest · Email',
            '-Never miss a post – pop your email address in below and hit subscribe.',
        ],
        [
            '-4 thoughts on "How I brought a rusted cast-iron pan back from the dead"',
            '-Marjorie: Did you need to sand the cooking surface at all?',
            '-↳ Rowan Quillethorpe: Only lightly, Marjorie – a fine wire brush did most of it.',
            '-crackedbase_colin: Mine has a crack across the base, is it worth saving?',
        ],
        [
            '-© 2026 Rowan Quillethorpe',
            '-Proudly powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-vernolhac-gue', [
        [
            '-Samedi 14 novembre · Averses, 8 °C',
            '-Le Petit Vernolhacois',
            '-Actualité | Sports | Agenda | Nécrologie | Petites annonces',
        ],
        [
            '-Accueil › Vernolhac › Faits divers',
            "+Après les crues, le gué de la Bastide est fermé jusqu'au printemps",
            '-Par la rédaction · Publié le 14 novembre 2026 à 8 h 15',
            '-2 min de lecture',
        ],
        [
            '-Le gué de la Bastide, submergé par la rivière le 2 novembre.',
            '-Photo : correspondant local',
            '+Le passage à gué qui relie le bourg de Vernolhac au hameau de la Bastide est fermé depuis lundi, après '
            'les crues du début du mois.',
        ],
        [
            "+Les eaux ont emporté une partie du radier en béton et creusé un trou de près d'un mètre au milieu du "
            'passage.',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "+« Il n'est pas question de laisser passer un tracteur sur un radier fissuré », a déclaré la maire, "
            'Raymonde Fauchérat.',
        ],
        [
            '+Ce qui change pour les habitants',
            '+Les voitures font un détour de sept kilomètres par le pont de Saint-Pons.',
            "+Le car scolaire s'arrête désormais à l'entrée du hameau.",
            '+Les piétons peuvent emprunter la passerelle de la Bastide.',
            '-Publicité',
            '-Mutuelle senior : les tarifs qui font parler en 2026',
        ],
        [
            '+Les travaux de réfection du radier sont estimés à 60 000 euros, dont la moitié sera prise en charge par '
            'le département.',
            "-Lire aussi : La fête de la châtaigne reportée d'une semaine",
            '+La commune espère rouvrir le gué avant la fête du village, fin avril.',
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre",
        ],
        [
            '-5 réactions',
            '-Josette_du_moulin : Enfin une décision raisonnable, ce gué était dangereux depuis des années.',
            "-↳ Bastidou : Facile à dire quand on n'habite pas de l'autre côté.",
            "-Gégé47 : Et les pompiers, ils passent par où en cas d'urgence ?",
            '-Écrire un commentaire',
        ],
        [
            '-Qui sommes-nous · Contact · Mentions légales · Données personnelles',
            '-© 2026 Éditions du Haut-Lidou – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-rhubarbeetbarrique-vin', [
        [
            '-Rhubarbe et Barrique',
        ],
        [
            '-Accueil · Recettes · Fermentations · À propos · Contact',
        ],
        [
            '+Mon premier vin de rhubarbe, de la cueillette à la mise en bouteille',
            '-Publié le 7 novembre 2026 par Clotilde',
            '-Temps de lecture : 7 minutes',
            '-3 commentaires',
        ],
        [
            '-Sommaire',
            '-1. Préparer la rhubarbe',
            '-2. La fermentation',
            '+Au printemps, le carré de rhubarbe de mon jardin a donné bien plus que ce que nous pouvions manger en '
            'tartes.',
        ],
        [
            "+J'ai coupé deux kilos de tiges en tronçons, que j'ai laissés macérer trois jours avec le sucre avant "
            "d'ajouter l'eau et la levure.",
            "+Mon voisin vigneron m'avait prévenue : « La rhubarbe, c'est la patience qui la rend buvable. »",
            '-Les tronçons de rhubarbe dans le sucre, au premier jour de macération.',
        ],
        [
            "-La bonbonne de 5 litres que j'utilise est disponible ici (lien affilié).",
            "+Ce que j'ai appris",
            "+Peler les tiges n'est pas nécessaire si elles sont jeunes.",
            "+Il faut soutirer le vin deux fois pour qu'il devienne limpide.",
            '+Six mois de repos en cave valent mieux que trois.',
        ],
        [
            '+En octobre, le vin avait une belle couleur rosée et un goût sec, presque comme un vin blanc léger.',
            "+J'ai rempli onze bouteilles, dont deux sont déjà parties chez mes voisins.",
            '-À bientôt au cellier, Clotilde',
            '-Mes étiquettes de bouteilles illustrées à la main sont en vente dans ma boutique Etsy.',
        ],
        [
            '-Partager cet article : Facebook · Pinterest · E-mail',
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail.',
        ],
        [
            '-3 réflexions sur « Mon premier vin de rhubarbe, de la cueillette à la mise en bouteille »',
            '-Madeleine : Quelle levure avez-vous utilisée ? Une levure à champagne ?',
            '-↳ Clotilde : Oui Madeleine, une levure pour vins blancs, tout simplement.',
            "-Jeannot : J'ai essayé l'an dernier, le mien a tourné au vinaigre !",
        ],
        [
            '-© 2026 Clotilde – tous droits réservés',
            '-Fièrement propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-hummelstedt-pflaster', [
        [
            '-Samstag, 14. November · Bewölkt, 7 °C',
            '-Hummelstedter Bote',
            '-Lokales | Sport | Kultur | Wirtschaft | Nachrufe',
        ],
        [
            '-Startseite › Lokales › Hummelstedt',
            '+Marktplatz bekommt sein altes Kopfsteinpflaster zurück',
            '-Von Gunhild Pfützenreiter · 14.11.2026, 06:00 Uhr',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '-Pflasterer setzen die gereinigten Steine am Rathaus wieder ein.',
            '-Foto: Stadtverwaltung',
            '+Seit Anfang September ist der Marktplatz von Hummelstedt eine Baustelle, nun ist ein Drittel des '
            'historischen Pflasters neu verlegt.',
        ],
        [
            '+Rund 40.000 Basaltsteine wurden dafür einzeln aufgenommen, gereinigt und in einem Bett aus Splitt '
            'wieder eingesetzt.',
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
            '+„Jeder Stein kommt fast genau an seinen alten Platz zurück“, sagt Bauamtsleiter Ewald Kieselbeck.',
        ],
        [
            '+Was sich für Marktbesucher ändert',
            '+Der Wochenmarkt zieht bis März auf den Parkplatz an der Stadthalle.',
            '+Ein Streifen aus glatten Platten führt künftig barrierefrei über den Platz.',
            '+Die Brunnenanlage wird im Frühjahr wieder angeschlossen.',
            '-Anzeige',
            '-Diese Gartenmöbel sind jetzt bis zu 60 Prozent günstiger',
        ],
        [
            '+Die Arbeiten kosten rund 1,2 Millionen Euro, zwei Drittel davon trägt das Land aus der '
            'Städtebauförderung.',
            '-Lesen Sie auch: Weihnachtsmarkt startet eine Woche früher',
            '+Fertig sein soll der Platz zum Stadtfest im Juni.',
        ],
        [
            '-Folgen Sie uns auf WhatsApp: der Lokalkanal für Hummelstedt und Umgebung',
        ],
        [
            '-6 Kommentare',
            '-Marktfrau_Hilde: Endlich! Der Asphaltflicken vor dem Rathaus war eine Schande.',
            '-↳ Radler1978: Mit dem Fahrrad ist das Pflaster trotzdem eine Zumutung.',
            '-Opa_Kurt: Schön, dass die alten Steine bleiben und nicht weggeworfen werden.',
            '-Kommentar schreiben',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Lokalverlag Hummelstedt GmbH',
        ],
    ]),
    _page('de', 'de-blog-stachelnest-igelhaus', [
        [
            '-Stachelnest',
        ],
        [
            '-Start · Garten · Bauanleitungen · Über mich',
        ],
        [
            '+Ein Igelhaus aus alten Brettern bauen',
            '-Veröffentlicht am 8. November 2026 von Jörg',
            '-Lesedauer: 5 Minuten',
            '-2 Kommentare',
        ],
        [
            '-Inhalt',
            '-1. Material und Maße',
            '-2. Der richtige Standort',
            '+Seit zwei Jahren besucht uns jeden Abend ein Igel, und diesen Herbst wollte ich ihm ein Winterquartier '
            'bauen.',
        ],
        [
            '+Aus unbehandelten Fichtenbrettern eines alten Regals habe ich eine Kiste mit 40 Zentimetern Kantenlänge '
            'gezimmert.',
            '+Die Frau vom Igelschutzverein riet mir: „Der Eingang muss klein sein, sonst zieht die Katze ein.“',
            '-Die fertige Kiste mit dem Eingangstunnel, noch ohne Dachpappe.',
        ],
        [
            '-Die Stichsäge, die ich benutzt habe, findet ihr hier (Affiliate-Link).',
            '+Was ich gelernt habe',
            '+Ein Tunnel vor dem Eingang hält Füchse zuverlässig fern.',
            '+Trockenes Laub als Füllung ist besser als Stroh.',
            '+Das Dach sollte leicht abnehmbar sein, damit man im Frühjahr reinigen kann.',
        ],
        [
            '+Das Haus steht jetzt unter der Hecke, mit der Öffnung nach Osten.',
            '+Seit einer Woche ist das Laub im Inneren plattgedrückt, und ich bin ziemlich sicher, dass jemand '
            'eingezogen ist.',
            '-Bis bald im Garten, euer Jörg',
            '-Fertige Igelhäuser baue ich auf Bestellung, schreibt mir einfach über das Kontaktformular.',
        ],
        [
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
            '-Keinen Beitrag verpassen: Jetzt den Newsletter abonnieren!',
        ],
        [
            '-2 Gedanken zu „Ein Igelhaus aus alten Brettern bauen“',
            '-Sabine: Wie groß ist denn der Eingang genau?',
            '-↳ Jörg: Zehn mal zehn Zentimeter, Sabine, das reicht einem Igel.',
            '-Gartenzaun_Gabi: Wir haben auch eins, aber bisher zieht niemand ein.',
        ],
        [
            '-© 2026 Jörg – Texte und Fotos',
            '-Mit Liebe gemacht mit WordPress und Astra',
        ],
    ]),
    _page('it', 'it-portale-sanvitello-semi', [
        [
            '-Sabato 14 novembre · Nuvoloso, 12 °C',
            '-La Gazzetta di Sanvitello',
            '-Cronaca | Sport | Eventi | Necrologi | Annunci',
        ],
        [
            '-Home › Cronaca › Borgo Sanvitello',
            '+In biblioteca arriva lo scambio di semi: si prendono, si piantano, si restituiscono',
            '-di Redazione · 14 novembre 2026, ore 7:45',
            '-Lettura: 3 minuti',
        ],
        [
            '-Le prime buste di semi sistemate nel vecchio schedario della biblioteca.',
            '-Foto: ufficio stampa del Comune',
            '+La biblioteca comunale di Borgo Sanvitello ha aperto sabato uno scambio di semi che funziona come un '
            'prestito di libri.',
        ],
        [
            '+Chi prende una busta di semi si impegna a restituirne altrettanti alla fine della stagione, raccolti '
            'dalle proprie piante.',
            '-Condividi: Facebook · WhatsApp · X · Email',
            '+«Il vecchio schedario dei libri era vuoto da anni, ora è pieno di pomodori e fagioli», ha detto la '
            'bibliotecaria Loredana Cespuglini.',
        ],
        [
            '+Come funziona lo scambio',
            '+Basta la tessera della biblioteca per prendere fino a cinque buste.',
            '+I semi restituiti vanno etichettati con varietà e anno.',
            "+Ogni primo sabato del mese c'è un incontro con un orticoltore.",
            '-Spazio pubblicitario',
            '-Bollette della luce: il trucco che pochi conoscono',
        ],
        [
            '+Nei primi due giorni sono state prese 140 buste, soprattutto di fagiolo borlotto e pomodoro costoluto.',
            '-Leggi anche: Lavori in piazza, cambia la viabilità',
            '+La biblioteca cerca ora volontari per organizzare la raccolta in autunno.',
        ],
        [
            '-Segui il nostro canale Telegram per le notizie del borgo',
        ],
        [
            '-4 commenti',
            '-Nonna_Ortensia: Bellissima idea, porterò i semi dei miei fagiolini.',
            "-↳ OrtoDiMarco: Anch'io, ho dei pomodori che nessuno ha più in paese.",
            '-Gianni_del_Borgo: E chi controlla che la gente li restituisca davvero?',
            '-Scrivi un commento',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie policy',
            '-© 2026 Edizioni Sanvitello srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-legatoriadicortile-quaderno', [
        [
            '-Legatoria di Cortile',
        ],
        [
            '-Home · Tutorial · Carte · Chi sono',
        ],
        [
            '+Il mio primo quaderno cucito a mano',
            '-Pubblicato il 6 novembre 2026 da Marta',
            '-Tempo di lettura: 6 minuti',
            '-5 commenti',
        ],
        [
            '-Indice',
            '-1. Piegare i fascicoli',
            '-2. La cucitura a catenella',
            '+Da mesi volevo imparare a rilegare un quaderno, e a ottobre mi sono iscritta a un corso serale in '
            'biblioteca.',
        ],
        [
            '+Ho piegato venti fogli di carta da disegno in cinque fascicoli e li ho forati con un punteruolo, usando '
            'una dima di cartone.',
            "+L'insegnante ripeteva sempre: «La colla è per chi ha fretta, il filo è per chi ha pazienza.»",
            '-I cinque fascicoli forati e pronti per la cucitura.',
        ],
        [
            '-Il filo cerato che uso si trova qui (link di affiliazione).',
            '+Cosa ho imparato',
            '+Il filo va tirato sempre nella direzione della cucitura.',
            "+Una piegatrice d'osso rende le pieghe molto più nette.",
            '+La copertina va tagliata solo dopo aver cucito il blocco.',
        ],
        [
            "+Il quaderno è venuto un po' storto, ma si apre completamente piatto sul tavolo.",
            '+Adesso sto già preparando il secondo, con una copertina in carta marmorizzata.',
            '-Alla prossima, Marta',
            '-I miei quaderni cuciti a mano sono in vendita nel negozio del blog.',
        ],
        [
            '-Condividi questo articolo: Facebook · Pinterest · WhatsApp',
            '-Iscriviti alla newsletter per non perdere i prossimi tutorial.',
        ],
        [
            '-5 pensieri su “Il mio primo quaderno cucito a mano”',
            '-Lucia: Che carta hai usato per la copertina?',
            '-↳ Marta: Un cartoncino da 300 grammi, Lucia, ricoperto di carta Varese.',
            '-Fabio_Carta: Bellissimo, la catenella è venuta regolare!',
        ],
        [
            '-© 2026 Marta – testi e foto',
            '-Creato con WordPress · Tema Neve',
        ],
    ]),
    _page('pl', 'pl-portal-mewiniec-latarnie', [
        [
            '-Sobota, 14 listopada · Wietrznie, 6°C',
            '-Głos Mewińca',
            '-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi',
        ],
        [
            '-Strona główna › Wiadomości › Mewiniec',
            '+Na molo w Mewińcu świecą nowe latarnie',
            '-Autor: redakcja · 14.11.2026, 07:10',
            '-Czas czytania: 3 min',
        ],
        [
            '-Nowe latarnie na molo po pierwszym wieczornym włączeniu.',
            '-Fot. Urząd Miasta',
            '+Po trzech miesiącach prac na molo w Mewińcu zapaliły się w piątek nowe latarnie.',
        ],
        [
            '+Zastąpiły one 32 stare lampy z lat siedemdziesiątych, które zniszczyła sól i wiatr od morza.',
            '-Udostępnij: Facebook · X · Messenger · E-mail',
            '+„Nowe latarnie wyglądają jak te z przedwojennych zdjęć molo”, powiedział burmistrz Leszek Mewczyński.',
        ],
        [
            '+Co się zmienia na molo',
            '+Latarnie świecą od zmierzchu do północy.',
            '+Światło jest ciepłe i skierowane w dół, żeby nie płoszyć ptaków.',
            '+Wejście na molo zimą pozostaje bezpłatne.',
            '-Reklama',
            '-Emeryci mogą dostać dodatek. Sprawdź, czy ci przysługuje',
        ],
        [
            '+Wymiana kosztowała 820 tysięcy złotych, z czego połowę pokrył fundusz unijny.',
            '-Czytaj także: Zmiany w rozkładzie autobusów od grudnia',
            '+W przyszłym roku miasto chce wymienić także ławki na molo.',
        ],
        [
            '-Obserwuj nas w Google News',
        ],
        [
            '-8 komentarzy',
            '-Rybak_Zenek: Ładne, ale stare miały swój klimat.',
            '-↳ Mewa_z_Molo: Stare ledwo świeciły, nowe są dużo lepsze.',
            '-Spacerowiczka_z_Molo: Szkoda, że nie świecą całą noc.',
            '-Dodaj komentarz',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Nadmorskie. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-przepiorkizzagonu-przepiorki', [
        [
            '-Przepiórki z Zagonu',
        ],
        [
            '-Start · Hodowla · Porady · O mnie',
        ],
        [
            '+Pierwszy rok z przepiórkami w ogrodzie',
            '-Opublikowano 5 listopada 2026 przez Agnieszkę',
            '-Czas czytania: 6 min',
            '-3 komentarze',
        ],
        [
            '-Spis treści',
            '-1. Woliera i ściółka',
            '-2. Karmienie',
            '+Rok temu kupiłam od sąsiada dziesięć młodych przepiórek japońskich i zbudowałam dla nich wolierę przy '
            'szopie.',
        ],
        [
            '+Woliera ma dwa metry długości, siatkę o drobnych oczkach i zadaszenie z blachy, bo przepiórki nie lubią '
            'deszczu.',
            '+Sąsiad powiedział mi na początku: „Przepiórka jest cicha, dopóki nie zobaczy kota.”',
            '-Przepiórki w wolierze w pierwszym tygodniu po przeprowadzce.',
        ],
        [
            '-Karmnik, którego używam, kupiłam tutaj (link afiliacyjny).',
            '+Czego się nauczyłam',
            '+Przepiórki potrzebują piasku do kąpieli.',
            '+Zimą trzeba im doświetlać wolierę, żeby niosły jajka.',
            '+Samców nie może być więcej niż jeden na cztery samice.',
        ],
        [
            '+Przez rok moje ptaki zniosły ponad dwa tysiące jajek.',
            '+Najbardziej cieszą się z nich wnuki, które co rano biegną sprawdzić gniazda.',
            '-Do następnego wpisu, Agnieszka',
            '-Jajka przepiórcze z mojego ogrodu można zamówić przez formularz na blogu.',
        ],
        [
            '-Udostępnij wpis: Facebook · Pinterest · WhatsApp',
            '-Zapisz się do newslettera, a nowe wpisy przyjdą prosto na skrzynkę.',
        ],
        [
            '-3 odpowiedzi na „Pierwszy rok z przepiórkami w ogrodzie”',
            '-Marek: Czy przepiórki przeżyją zimę bez ogrzewania?',
            '-↳ Agnieszka: Przeżyją, Marku, byle nie było przeciągów.',
            '-Kasia_z_Działki: Jaką paszę im dajesz?',
        ],
        [
            '-© 2026 Agnieszka – teksty i zdjęcia',
            '-Blog na WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-molokoseevo-ferma', [
        [
            '-Суббота, 14 ноября · Снег, −2 °C',
            '-Молокосеевский вестник',
            '-Новости | Спорт | Культура | Объявления | Некрологи',
        ],
        [
            '-Главная › Новости › Молокосеево',
            '+Последнюю молочную ферму Молокосеева продали',
            '-Автор: редакция · 14.11.2026, 08:00',
            '-Время чтения: 3 минуты',
        ],
        [
            '-Коровник фермы на окраине села в последний день работы.',
            '-Фото: пресс-служба администрации',
            '+Последняя в селе молочная ферма, которая работала с 1974 года, продана агрохолдингу из соседней области.',
        ],
        [
            '+Новый владелец собирается выращивать на бывших пастбищах рапс, а стадо из 60 коров уже увезли.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+«Сорок лет мы доили этих коров, а теперь в селе не купить свежего молока», — говорит доярка Нина '
            'Бурёнкова.',
        ],
        [
            '+Что изменится для жителей',
            '+Молоко в сельский магазин будут возить из райцентра.',
            '+Трое работников фермы переходят в новый агрохолдинг.',
            '+Школьный буфет переходит на пастеризованное молоко.',
            '-Реклама',
            '-Пенсионерам рассказали о новой выплате к зиме',
        ],
        [
            '+Глава поселения обещал поговорить с фермерами района о продаже молока на выходных.',
            '-Читайте также: В райцентре открылся новый каток',
            '+Прощание с фермой жители устроили в воскресенье у старого коровника.',
        ],
        [
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '-5 комментариев',
            '-Баба_Валя: Жалко ферму, всю жизнь там молоко брали.',
            '-↳ Сосед_Петрович: Раньше надо было думать, когда землю продавали.',
            '-Колхозник_70: Рапс вместо коров, вот и весь прогресс.',
            '-Написать комментарий',
        ],
        [
            '-О нас · Контакты · Рекламодателям · Политика конфиденциальности',
            '-© 2026 ООО «Сельская пресса»',
        ],
    ]),
    _page('ru', 'ru-blog-loskutnayapolka-polovik', [
        [
            '-Лоскутная полка',
        ],
        [
            '-Главная · Рукоделие · Ремонт · Обо мне',
        ],
        [
            '+Как я починила бабушкин тряпичный половик',
            '-Опубликовано 4 ноября 2026, автор: Нюра',
            '-Время чтения: 6 минут',
            '-4 комментария',
        ],
        [
            '-Содержание',
            '-1. Разборка старых кругов',
            '-2. Новые полосы',
            '+Круглый половик, который бабушка связала крючком в шестидесятых, протёрся у двери до дыр.',
        ],
        [
            '+Я распустила три последних круга и нарезала из старых ситцевых платьев новые полосы шириной три '
            'сантиметра.',
            '+Бабушка всегда говорила: «Половик не выбрасывают, его доплетают».',
            '-Половик до ремонта: видна дыра у края.',
        ],
        [
            '-Крючок, которым я вязала, можно купить здесь (партнёрская ссылка).',
            '+Чему я научилась',
            '+Полосы лучше сшивать наискосок, тогда шов не виден.',
            '+Вязать надо туго, иначе край будет волнистым.',
            '+Новые круги стоит подбирать по цвету к старым.',
        ],
        [
            '+Ремонт занял четыре вечера, и теперь половик снова лежит у двери.',
            '+Гости даже не замечают, где заканчиваются бабушкины круги и начинаются мои.',
            '-До новых встреч, ваша Нюра',
            '-Половики на заказ вяжу по фотографии, условия на странице «Заказать».',
        ],
        [
            '-Поделиться записью: ВКонтакте · Telegram · WhatsApp',
            '-Подпишитесь на рассылку, чтобы не пропустить новые записи.',
        ],
        [
            '-4 мысли о «Как я починила бабушкин тряпичный половик»',
            '-Людмила: Какой крючок лучше брать для толстых полос?',
            '-↳ Нюра: Людмила, я беру десятый номер.',
            '-Тётя_Маша: У меня такой же половик от мамы, тоже пора чинить.',
        ],
        [
            '-© 2026 Нюра, все права защищены',
            '-Сайт работает на WordPress',
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    "Site édité par l'association Racines de Vernolhac, régie par la loi de 1901.":
        "a French published-by-an-association footer line ('Site édité par l'association Racines de Vernolhac, régie "
            "par la loi de 1901.') is left at the foot",
    'Be kind: comments that attack other readers will be deleted without notice.':
        "an English be-kind comment-policy line ('Be kind: comments that attack other readers will be deleted without "
            "notice.') is left at the foot",
    'Commenting stays open for 48 hours after an article is published.':
        "an English commenting-stays-open-for-48-hours note ('Commenting stays open for 48 hours after an article is "
            "published.') is left at the foot",
    'Die Kommentarfunktion wird 72 Stunden nach Veröffentlichung geschlossen.':
        "a German comments-close-after-72-hours note ('Die Kommentarfunktion wird 72 Stunden nach Veröffentlichung "
            "geschlossen.') is left at the foot",
    'Cet article a été corrigé : une erreur sur la date de la réunion a été rectifiée.':
        "a French correction notice ('Cet article a été corrigé : une erreur sur la date de la réunion a été "
            "rectifiée.') is left in the body",
    'Articolo tradotto automaticamente e rivisto dalla redazione.':
        "an Italian machine-translation notice ('Articolo tradotto automaticamente e rivisto dalla redazione.') is "
            'left in the body',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-skilletwick-cast-iron-pan':
        "the cast-iron-pan blog's post keeps the photo caption ('The pan after its vinegar bath, bare grey "
        "iron with a few dark spots.') after the quote (1 of 20 noise lines; the author's sign-off and plug "
        "after the last paragraph went after round 117, the affiliate link before the subheading after round "
        "118); no article line is lost",
    'fr-blog-rhubarbeetbarrique-vin':
        "the rhubarb-wine blog's post keeps the photo caption ('Les tronçons de rhubarbe dans le sucre, au premier "
            "jour de macération.') after the quote (1 of 20 noise lines); no article line is lost",
    'de-blog-stachelnest-igelhaus':
        "the hedgehog-house blog's post keeps the photo caption ('Die fertige Kiste mit dem Eingangstunnel, noch ohne "
            "Dachpappe.') after the quote (1 of 20 noise lines; the author's sign-off and plug after the last "
            "paragraph now go); no article line is lost",
    'it-blog-legatoriadicortile-quaderno':
        "the bookbinding blog's post keeps the photo caption ('I cinque fascicoli forati e pronti per la cucitura.') "
            'after the quote (1 of 20 noise lines); no article line is lost',
    'pl-blog-przepiorkizzagonu-przepiorki':
        "the quail blog's post keeps the photo caption ('Przepiórki w wolierze w pierwszym tygodniu po "
            "przeprowadzce.') after the quote (1 of 20 noise lines; the author's sign-off and plug after the last "
            "paragraph now go); no article line is lost",
    'ru-blog-loskutnayapolka-polovik':
        "the rag-rug blog's post keeps the photo caption ('Половик до ремонта: видна дыра у края.') after the quote "
            "(1 of 20 noise lines; the author's sign-off and plug after the last paragraph now go); no article line is "
            "lost",
}


test_held_out_172_line, test_held_out_172_line_is_kept, test_held_out_172_page = held_out_tests(
    HELD_OUT_172_LINES, HELD_OUT_172_KEEP, HELD_OUT_172_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
