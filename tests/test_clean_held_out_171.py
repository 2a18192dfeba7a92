"""Held-out set 171: written blind, weighted toward the noise the cleaner exists for, in shapes set 170's docstring does
not name (nor the first paragraphs of sets 167, 168 and 169): scraper, embed and ad markers (an English Wistia video
whose hosting account was suspended "Wistia video unavailable: the account hosting this video has been suspended.", an
English Komoot tour that could not be displayed, with a pointer to the Komoot app "Komoot tour could not be displayed.
Open the route in the Komoot app instead.", an English Scribd embed that shows only the first pages of a document
"Scribd embed: only the first 3 pages of this document are shown in the preview.", a French Instagram post archived by
its author "Ce contenu Instagram ne peut pas s'afficher : la publication a été archivée par son auteur.", a German
Flourish chart stuck loading, with a reload hint "Flourish-Grafik wird geladen … Falls nichts erscheint, bitte die Seite
neu laden.", an Italian Spreaker episode whose audio file is still being processed "Episodio Spreaker non riproducibile:
il file audio è ancora in elaborazione.", a Polish Spotify player that asks the reader to log in to hear the whole
episode "Odtwarzacz Spotify: zaloguj się, aby wysłuchać całego odcinka." and a Russian VK post that did not load because
the community restricted access "Запись ВКонтакте не загрузилась: сообщество ограничило доступ к публикациям.");
reading-time headers in new wordings (the English estimated-time-to-finish line "Estimated time to finish: 5 minutes", a
blog's takes-about-nine-minutes-to-get-through line with its step photos "This post takes about nine minutes to get
through, step photos included.", the French bare reading line "Lecture 5 min", the German read-in-five-minutes line "In
5 Minuten gelesen", the Italian five-minute-reading line "Lettura di 5 minuti", the Polish time-of-lecture line with an
abbreviated about "Czas lektury: ok. 5 minut" and the Russian you-will-read-it-in line in the second person plural
"Прочтёте за 5 минут"); bylines and self-promotion (an English story-and-pictures byline "Story: Leofric Danbury |
Pictures: Marnie Oldcastle", a French correspondence byline "Correspondance : Honorine Malbequet", an Italian edited-by
byline "A cura di Gianmaria Brusciattelli" and a Polish text-and-photos byline "Tekst i zdjęcia: Bożena Trzcinkowska",
all at the head, and at the foot an English Ko-fi buy-me-a-coffee plug "If this post helped, you can buy me a coffee on
Ko-fi.", an English Patreon early-access plug "Patrons on Patreon get the full cane-weaving pattern a week early.", a
German Vinted ukulele-straps plug "Fertige Ukulele-Gurte verkaufe ich auf Vinted." and a Russian Avito planter-boxes
plug with collection in Tver "Готовые ящики-кашпо продаю на Авито, самовывоз из Твери."); blog and site footers (an
English Substack credit with terms and collection-notice links "Built on Substack · Terms · Collection notice", an
English community-interest-company publisher line with its company number "Published by Fennacre Community Media CIC,
company no. 13587206.", an English do-not-sell-my-data row with terms and sitemap links "Do not sell or share my
personal information · Terms of use · Sitemap", a French publisher line with its trade-register number "Édité par SARL
Presse du Val-Trémont, RCS Privas 512 884 210", a German person-responsible line under the state media treaty
"Verantwortlich i. S. d. § 18 MStV: Jorinde Mackelbrügge", an Italian Aruba hosting row with privacy and
cookie-preferences links "Hosting: Aruba S.p.A. · Informativa privacy · Preferenze cookie", a Polish publisher line with
a court-register (KRS) number "Wydawca: Spółdzielnia Wydawnicza Głos Podlesia, KRS 0000412287" and a Russian
WordPress-and-Beget credit with a sitemap link "Сделано на WordPress · Хостинг Beget · Карта сайта"); reader-comment
furniture (an English commenting-turned-off note "Commenting has been turned off for this post.", an English
comment-policy line "Comment policy: keep it civil, keep it on topic, no links.", an English top-comment-pinned label
"Top comment · pinned by the editor", a French see-the-six-replies link "Voir les 6 réponses", a German
comments-closed-until-tomorrow note "Kommentarfunktion geschlossen – wir öffnen sie morgen ab 8 Uhr wieder.", an Italian
sort-the-comments row "Ordina i commenti: più recenti · più votati", a Polish show-earlier-comments link with a count
"Pokaż wcześniejsze komentarze (18)" and a Russian sort row "Сортировать: сначала новые · сначала старые · популярные");
share rows (an English tell-your-neighbours row with Nextdoor, Facebook, WhatsApp and copy link "Tell your neighbours:
Nextdoor · Facebook · WhatsApp · Copy link", a French spread-the-article row with Facebook, Bluesky, Threads and print
"Diffuser l'article : Facebook · Bluesky · Threads · Imprimer" and a Russian share-the-news row with Telegram, VK, Max
and Odnoklassniki "Поделитесь новостью: Telegram · ВКонтакте · Max · Одноклассники"); and notices (a German correction
note on a wrong date in an earlier version "Korrektur: In einer früheren Fassung stand ein falsches Datum der
Einweihung." and an Italian editor's note that the interview was reviewed and approved by the interviewee "Nota della
redazione: l'intervista è stata rivista e approvata dall'intervistato.", both in the body, and a Polish
co-funded-by-the-Civic-Initiatives-Fund note "Materiał powstał w ramach projektu dofinansowanego ze środków Funduszu
Inicjatyw Obywatelskich." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 170's
docstring does not describe (on the six portal pages, in eight blocks, the masthead, an edition-date line and a
sign-in-and-subscribe link in one block of three at the very top, the masthead first; the title at the top of its block
with the reading time and the byline-and-date line after it; the lead photo's caption and its credit at the top of the
first paragraph's block, right before the first paragraph; the second paragraph and the paragraph with the quote in one
block with a read-also link between them; an ad label and a sponsored headline at the top of the list block, before the
subheading and its three rows; the two last paragraphs in one block with a newsletter or Telegram prompt between them
and a share row after the second; at the foot two blocks, five lines of a comment thread (a comment count, a comment,
another reader's arrowed reply, a third reader's comment and the first commenter's arrowed reply to it) and then a
back-to-top link, a links row and the publisher's copyright line; on the six blog pages, in eleven blocks, the blog
name, the menu and a search-the-blog line in one block of three; a category label, the title and the
posted-on-date-by-author line in one block of three, the title between the two; the reading time and an
affiliate-disclosure line alone in a block of two under it; the first and second paragraphs in one block with a photo
caption between them; the paragraph with the quote at the top of its block with a save-this-post prompt after it
(Pinterest on five blogs, a save-it-so-you-don't-lose-it line on the Russian one); the subheading and the three rows
with an affiliate link between the second and third rows; the two last paragraphs alone in their block; the author's
sign-off and a plug for the author's shop or services in one block of two; an older-and-newer-post navigation row alone;
at the foot two blocks, five lines (a comments count, a comment, the author's arrowed reply, a second comment left
unanswered and the leave-a-reply heading) and then the author's copyright line and a platform-and-theme credit), taken
from local news of fresh kinds (a town's clock tower's tenor bell rehung, a village's phone mast objection upheld in
court, a harbour's lifeboat station's open day, a park's bowling green reseeded, a school's allotment prize, a village
hall's new kitchen) and from blogs about restoring a tin toy car, making quince jelly, building a pallet planter,
learning the ukulele, repairing a cane chair seat and growing mushrooms on logs.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 170 but what is named here), held-out set 172 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 170 up to its paragraph "Measured after round 115", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 167, 168 and 169, printed with one ast
script (/tmp/s171scratch/peek.py, reading the files of /tmp/wt-set171/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set171); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s171scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 170's as printed, with 170 -> 171; /tmp/s171scratch/gen171.py writes this file from scratch files (data171.py with
the noise and keep lines, pages171.py with the pages, doc1.txt with the first paragraph, doc2.txt with the next four
and, after the measurement, doc3.txt with the Baseline paragraph and tables171.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s171,
detached at commit 01029119c34c85af7175959a2edd3789a23068f2, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 06:03:49 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
01029119c34c85af7175959a2edd3789a23068f2 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. In the same shell call I ran ``ls
/tmp/wt-s171 /tmp/wt-set171 | head``, which printed the top level of a worktree (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests); no folder below it was listed and none of those files was opened. helpers.py
imported from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing
was cleaned and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool
cut in the middle (from inside set 170's Slips and notes (3) to inside set 168's first paragraph); its second run went
to /tmp/s171scratch/peek.out, of which I paged lines 125 to 330, 330 to 460 and 460 to 560 with ``sed`` (the first run
had shown the lines before and after the cut); nothing outside the allowed parts was printed, since the script stops set
170's docstring before the paragraph "Measured after round 115" (so its Baseline paragraph, which comes before that one,
and the reasons of its xfail tables were read) and prints only the first paragraphs of the other three. To compare my
wordings with the named ones I grepped my own scratch copy peek.out for the services, platforms, hosts and key words of
my lines (Wistia, Komoot, Scribd, Instagram, Flourish, Spreaker, Spotify, ВКонтакте, "time to finish", "get through",
Lecture, gelesen, Lettura, lektury, Прочт, "Story:", Correspondance, "A cura", zdjęcia, Ko-fi, Patreon, Vinted, Авито,
Substack, CIC, "Do not sell", RCS, MStV, Aruba, KRS, Beget, "turned off", policy, pinned, réponses, Kommentarfunktion,
Ordina, wcześniejsze, Сортир, neighbours, Diffuser, Поделитесь, Max, Korrektur, "Nota della", Fundusz, Pinterest,
search, "Older post", edition): ВКонтакте occurs only in set 170's Russian share row (my marker is a VK post, not a
share row), "Lecture" only in set 168's French "Durée de lecture", "Lettura" only in set 170's Italian "Tempo stimato di
lettura", "Story:" only in set 168's "Send this story" share row, "policy" only in the corrections-policy and
cookie-policy links of footers, "Ordina" and "neighbours" only inside words or keep-line notes, and Pinterest only in
set 167's German share row. (3) Near misses with shapes already named, noted rather than hidden: the eight markers stand
for services not named there (Wistia, Komoot, Scribd, Instagram, Flourish, Spreaker, Spotify, VK) with reasons not named
(a suspended account, a route to open in an app, a preview of the first pages, a post archived by its author, a chart
stuck loading, an audio file still being processed, a log-in for the whole episode, a community's restricted access);
still, the Komoot line's pointer to the app is of the kind of set 168's Genially tap-to-open line, the Flourish line's
reload hint of set 168's Datawrapper refresh hint, the Instagram line's author's archiving of set 169's Prezi deleted by
its owner and set 167's video set to private by its uploader, the Spotify log-in of set 170's Padlet log-in and set
169's school-account Padlet, the VK community's restriction of set 170's workspace-only Loom and set 166's
followers-only map, and the Scribd preview of set 168's subscribers-only Apple Podcasts preview; the reading times are
new phrasings of the same minutes-to-read idea, but the Russian "Прочтёте за" is close in sense to set 165's Russian
you-will-read-it-in line (named in set 170's notes), the French "Lecture 5 min" to set 168's "Durée de lecture", the
Italian "Lettura di 5 minuti" to set 170's estimated-reading-time line, the Polish "Czas lektury" to set 167's
time-needed-to-read line, the English "Estimated time to finish" to set 170's "Time to read" and the blog's nine-minutes
line to the long-read warnings of sets 165, 166, 168 and 170; of the bylines the Polish text-and-photos line and the
English story-and-pictures line are of the kind of set 167's French text-and-photos byline, the French "Correspondance"
byline close in sense to set 170's and set 169's local-correspondent bylines and the Italian "A cura di" of the kind of
set 167's "Servizio di"; the plugs sell on platforms not named (Ko-fi, Patreon, Vinted, Avito), though the Avito plug's
collection in Tver echoes set 169's collection-only Kleinanzeigen plug and set 167's Allegro Lokalnie plug; the footers
use hosts, builders and bodies not named (Substack, Aruba, Beget, a CIC, the trade register RCS, the court register KRS,
the state media treaty MStV), but the English CIC line with its company number is close to the company-registration
lines of sets 169 and 170, the French RCS publisher line is a publisher's legal line of the kind of the
publication-director lines of sets 167 and 168, the Italian Aruba row a host's row with legal links like set 170's
Strato and home.pl rows, and the Russian WordPress-and-Beget credit a platform-and-host credit like set 169's German
WordPress and All-Inkl. credit; of the comment lines the French see-the-six-replies link is the counterpart of set 168's
Polish hide-replies link, the Polish show-earlier-comments link of the kind of set 170's showing-12-of-47 load-more row,
and the English commenting-turned-off note and the German comments-closed-until-tomorrow note are of the family of set
168's no-comments-yet prompt, while the comment policy, the pinned top comment and the Italian and Russian sort rows are
not named; the share rows use verbs not named ("Tell your neighbours", "Diffuser l'article", "Поделитесь новостью") and
Max, though the French verb is close in sense to set 169's "Faites circuler", the English row carries Nextdoor like set
167's English share row, and the Russian row VK and Odnoklassniki like set 167's Russian one; the German correction note
is of the family of the update notes of sets 167 and 168, the Polish co-funding note close to set 169's Polish
written-in-cooperation-with-the-council note, and the Italian interview-approved note is not named. On the pages the
noise is of common kinds (mastheads, edition-date lines, sign-in-and-subscribe links, reading times, bylines with dates,
captions and credits, read-also links, ad labels, sponsored headlines, newsletter and Telegram prompts, share rows,
comment threads, back-to-top links, links rows, copyright lines, blog names, menus, search lines, category labels,
posted-on lines, affiliate disclosures and links, photo captions, save prompts, sign-offs, plugs, post navigation,
leave-a-reply headings and platform credits), since the brief asks for new layouts there; some positions echo earlier
layouts (the portals' thread of a count, a comment, a reply, a third comment and the first commenter's reply to it is
the thread of set 167's portals; the blogs' thread of a count, a comment, the author's reply, an unanswered comment and
the leave-a-reply heading is the thread of set 169's blogs; the caption-and-credit pair as on the portals of sets 168
and 170; the blogs' caption between the first and second paragraphs where set 167's and set 168's portals had a caption
pair; the back-to-top link before the links row like set 168's back-to-top link inside a footer credit), while what is
new is where the rest sits (on the portals an edition-date line and a sign-in-and-subscribe link with the masthead, the
title at the top of its block with the reading time and the byline after it, the caption pair at the top of the first
paragraph's block, the ad label and the sponsored headline at the top of the list block before the subheading, a prompt
between the two last paragraphs and a share row after them in their block; on the blogs a search line with the blog name
and menu, the title between a category label and the posted-on line, an affiliate disclosure with the reading time alone
under the title's block, a save prompt after the quote, the affiliate link between the second and third rows, the two
last paragraphs alone, a sign-off-and-plug pair and a post-navigation row alone). (4) Before the measurement
/tmp/s171scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
while writing I had kept the mastheads out of the copyright lines (the French copyright line names "Éditions du
Vabrissou", not the masthead, the Russian one "МУП «Районная типография»", not "Пустоберёзовский вестник") and the ad
labels out of the links rows and the keep lines (in my plan, before anything was written to a file, an Italian links row
held "Pubblicità sul giornale" and became "Chi siamo · Contatti · Redazione · Privacy", the Russian one held "Реклама на
сайте" and became "… · Вакансии · …", and an Italian keep line of the plan opened with "Pubblicità", the page's ad
label, and was replaced by "Condivisa da tre famiglie…"; a Russian keep line opening with "Реклама" was dropped for the
same reason); all of this was changed before any check ran, and check.py's first run found nothing. Lines and data were
counted by check.py (45 noise lines: category, language and place as in Contents; 20 keep lines by language and place;
12 pages, the portals of eight blocks and the blogs of eleven, with 10 "+" and 20 "-" lines each).
/tmp/s171scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen171.py reports lines over 120 characters and at-signs in the written file, checks that every held-out noise
line is quoted in the first paragraph and every keep line in Judgement calls, and checks, by parsing the file with
``ast`` (without importing it), that the file's lists, pages and tables equal the scratch ones. (5) Invented names were
checked with the exact-string search over public GitHub files: Quillerby (covering OldQuillerbian and Quillerby Printing
Company), Wrothmere, Fennimull, Nev_on_nights, TenorBellTess, Tinplate & Turpentine, Maundrelle, Rustbucket_Rita,
Clockwork_Colin, Montcabrolles, Fontbrugal, Caumerol, Pellissonnac, Lulu_du_Plateau, Randonneur_du_Causse, "Marcel_C :",
Vabrissou (covering L'Écho du Vabrissou and Éditions du Vabrissou), Cognassier Bavard, Lacoudrais, Mamie_Griotte,
Potager_du_Lot, Süderwarft (covering Süderwarfter Bote), Dammhusen, Brodersiek, Krabbenkutter_Kalle,
Deichläuferin_Wiebke, Hafenmeister_a_D, Warftdruck, Klötzchens Werkbank, Fockenbrink, Balkongärtnerin_Uschi,
Schraubenzieher_Sven, Borgotenda, Gelsomorelli, Sguazzarini, Pellacchini, Nonno_Bocciofilo, Giardiniera_Lina,
Circolo_Fan, Editrice Tendese, Quattro Corde e un Caff(è), Strimpellucci, Chitarrista_Pentito, Zia_Ukulele, Jarzębiniec,
Jarzębińc (covering Jarzębińca and Jarzębińcu), Kurier Jarzębiniecki, Pietruszkowiecka, Kalarepska, Mama_z_2b,
Sąsiad_zza_płotu, Emeryt_Józef, Wydawnictwo Jarzębina, Plecionka i Dłuto, Plecinkiewicz, Stolarka_Ania, Dziadek_Marian,
Пустоберёз (covering the village and its paper), Кряжевников, Перепелюхин, Баба_Нюра, Сосед_Иван, Тракторист_Паша, Дача
и грибница, Грибанцев, Дачница_Люба, Грибник_Саныч, Leofric Danbury, Marnie Oldcastle, Malbequet, Brusciattelli,
Trzcinkowska, Fennacre, Val-Trémont, Mackelbrügge and Głos Podlesia had no hits. Dropped: Ollerbrook (a real clough and
a name in a list; the reporter became Tamsin Wrothmere), Quennock (in a word list; the bell winder became Margaret
Fennimull), NightShiftNev (inside test names such as nightShiftNever; the handle became Nev_on_nights), Bellwatcher
(inside DoorbellWatcher and the like; the handle became TenorBellTess), Vellacombe (a name in generated documents; the
blogger became Crispin Maundrelle), Trémoulet (a real surname; the paper became L'Écho du Vabrissou), Rando46 (inside
brando464 and girando46; the handle became Randonneur_du_Causse), "Bassine en Cuivre" (a common French phrase; the blog
became Le Cognassier Bavard), Quorrendale and Pellidew (tried as replacements; in a word list and inside
SpellIdeWindow), Deichgräfin (a word in games' texts; the handle became Deichläuferin_Wiebke), Ostermöller (a real
surname; the blogger became Jannik Fockenbrink), Pettirossi (a real surname and an airport's name; the blogger became
Ginevra Strimpellucci), Przytulska and Wielgomas (real surnames; the reporter became Halina Pietruszkowiecka and the
teacher Danuta Kalarepska), Koszykowska (a real surname; the blogger became Wiesława Plecinkiewicz) and Scoppolini (a
real surname; the byline became Gianmaria Brusciattelli); the handle Krabbenkutter (a German word) became
Krabbenkutter_Kalle before being checked. "parco Quadrelli" had no hit, but Quadrelli is a real surname; the park became
parco Gelsomorelli. Parts of the checked English full names are real words or places (Danbury, Oldcastle); the full
names had no hits and were kept. First names alone (Crispin, Séraphine, Jannik, Ginevra, Wiesia, Фёдор, Rita, Nev and
the like), generic names ("МУП «Районная типография»"), real brands, services, platforms, hosts, themes and bodies (the
embed services, Ko-fi, Patreon, Vinted, Avito, Ozon, Etsy, Substack, Aruba, Beget, WordPress, WordPress.com, Kadence,
Astra, GeneratePress, Neve, Twenty Twenty-Four, Max, the Fundusz Inicjatyw Obywatelskich) and real places (Loughborough,
Bremerhaven, Privas, Tver) were not checked. (6) The measurement was run once, at 06:11:09 UTC by ``date``, in one shell
call with the brief's two commands (pytest output to /tmp/s171scratch/measure.out, report to
/tmp/s171scratch/report.out); then /tmp/s171scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s171/tests with /tmp/wt-s171/src on the path) to /tmp/s171scratch/problems.out: six noise
lines kept, seven pages with problems (17 page noise lines left, all of them kept in the text), no keep line lost and no
article line lost, as in the Baseline paragraph. The reasons of the three tables (tables171.py) were written from that
output, and /tmp/s171scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same result)
checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep
line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output names
is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; nothing else was changed: gen171.py wrote the final file from the same data files,
checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s171. (7) ``date`` printed
06:04:02 UTC after the helpers were printed, 06:07:20 when data171.py was first counted, 06:08:08 at the first run of
check.py, 06:09:08 after the name checks and renames, 06:11:01 when gen171.py first wrote the file, 06:11:09 at the
measurement and 06:11:45 after the tables were checked; the times quoted here are those ``date`` printed. The whole set
was written, measured and committed within the brief's 50 minutes, from 06:03:49 UTC (the last ``date`` before the
commit is in the report of this helper).

Judgement calls: the keep lines "Comments from the bell ringers were read out at the start of the meeting.", "Shares in
the community pub sold out within a week of the launch.", "Reading the names of the fallen took the vicar almost twenty
minutes.", "Follow-up tests on the water found no trace of the algae.", "Advertising hoardings along the bypass are to
be taken down next year.", "Subscribers to the allotment newsletter will vote on the new rules in May.", "Copyright on
the old mill's photographs passed to the museum in 1984.", "Commentaires et questions des habitants ont occupé la moitié
de la réunion publique.", "Partager le terrain de pétanque avec l'école : la mairie a tranché jeudi.", "Abonnés au gaz
depuis trente ans, les habitants du hameau passent au bois.", "Lesezeit ist in der Grundschule jetzt jeden Morgen
zwanzig Minuten lang.", "Werbung für das Sommerfest machen die Schüler mit selbst gemalten Plakaten.", "Teilen müssen
sich die beiden Vereine die Halle weiterhin am Donnerstag.", "Seguire il cantiere del nuovo ponte è diventato il
passatempo dei pensionati.", "Iscritti alla banda comunale sono saliti a trentadue quest'anno.", "Condivisa da tre
famiglie, la vecchia stalla diventerà un laboratorio di ceramica.", "Obserwowanie ptaków nad stawem przyciągnęło w
niedzielę czterdzieści osób.", "Komentarze mieszkańców zebrano w czasie dwóch spotkań w remizie.", "Комментарии жителей
учтут при ремонте набережной, пообещали в администрации." and "Читать по слогам дети учатся в новой библиотеке по
субботам." are article sentences: each reports what bell ringers, pub shareholders, a vicar, water testers, a council,
allotment holders, a museum, residents, a town hall, villagers, a primary school, pupils, two clubs, pensioners, a town
band, three families, birdwatchers, villagers at two meetings, a town administration or children did, said, decided or
will do, with the noise-like word as an ordinary noun, verb or participle of the sentence ("Comments from the bell
ringers" were read out at a meeting, not a comment count; "Shares in the community pub" are what people bought, not a
share row; "Reading the names of the fallen took the vicar almost twenty minutes" holds both a reading word and minutes
but tells of a remembrance service, not a reading time; "Follow-up tests" are tests, not a follow prompt; "Advertising
hoardings" are roadside boards to come down, not an ad label; "Subscribers to the allotment newsletter" are allotment
holders who will vote, not a newsletter prompt, though the sentence holds both "Subscribers" and "newsletter";
"Copyright on the old mill's photographs" passed to a museum, not a copyright footer; the French "Commentaires",
"Partager" and "Abonnés", the German "Lesezeit", "Werbung" and "Teilen", the Italian "Seguire", "Iscritti" and
"Condivisa", the Polish "Obserwowanie" and "Komentarze" and the Russian "Комментарии" and "Читать" are residents'
questions at a public meeting, a pétanque ground shared with a school, gas customers switching to wood, a school's daily
reading time of twenty minutes, pupils' posters for a summer fête, two clubs sharing a hall, pensioners watching a
bridge being built, the band's members, a stable shared by three families, birdwatching by a pond, residents' comments
gathered at two meetings, residents' comments on an embankment and children learning to read by syllables; none of them
is comment, share, follow, subscribe, ad, reading-time or copyright furniture; the German "Lesezeit … zwanzig Minuten"
opens the way a reading-time header would, and "Iscritti" is close to the subscribe prompt "Iscriviti", which is why
they are here). Categories: the Wistia, Komoot, Scribd, Instagram, Flourish, Spreaker, Spotify and VK lines are markers
(each stands where an embed of the page did not come through; the Scribd line's first three pages are the embed's state,
not a notice about the article, and the Spotify log-in belongs to the player, not to a paywall); the
estimated-time-to-finish line, the nine-minutes line (its step photos belong to the post it times) and the French,
German, Italian, Polish and Russian lines are reading times; the story-and-pictures, "Correspondance", "A cura di" and
"Tekst i zdjęcia" lines are bylines at the head (the English line credits a reporter and a photographer, as bylines do),
and the Ko-fi, Patreon, Vinted and Avito lines are bylines (self-promotion) at the foot (the Ko-fi line asks for a tip,
not a share; the Patreon line sells early access to a pattern); the Substack, CIC, do-not-sell, RCS, MStV, Aruba, KRS
and Beget lines are footers (the MStV line names the person responsible for the site, a standing legal line of German
sites, not a byline of the story; the do-not-sell row is a site's privacy link row; the CIC and KRS lines are
publishers' legal lines, not notices); the commenting-turned-off note, the comment policy, the pinned-top-comment label,
the French see-replies link, the German comments-closed note, the Italian and Russian sort rows and the Polish
show-earlier-comments link are comment furniture (the turned-off and closed notes speak of the comment section, not of
the article, so they are comment lines rather than notices); the English, French and Russian rows are share rows; the
German correction and the Italian editor's note on the approved interview are notices in the body (both speak of the
article they sit in), and the Polish co-funding note is a notice at the foot (it tells how the article was paid for; it
is neither a sponsored label nor a footer's legal line). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads, edition-date lines, sign-in-and-subscribe links, reading times, bylines with dates, captions
and credits, read-also links, ad labels, sponsored headlines, prompts, share rows, comment counts, comments and replies,
back-to-top links, links rows, copyright lines, blog names, menus, search lines, category labels, posted-on lines,
affiliate disclosures and links, photo captions, save prompts, sign-offs, plugs, post navigation rows, leave-a-reply
headings and platform credits) is noise. The list rows (what happens next at the clock tower, what the toy restorer
learned, what the court's decision changes, what the jelly maker kept in mind, what the lifeboat station plans, what the
planter builder learned, what changes for the bowlers, what the ukulele learner learned, what comes next for the school
garden, what the chair mender learned, what changes at the village club and what the mushroom grower understood) are
short but part of each article, so article; the captions describe photos, so noise, though they speak of the story's
subject (the English caption says the bell was lowered into the tower on Thursday, as the first paragraph does); the
affiliate lines name the tool or material the author used but are shop links, so noise; the affiliate disclosures ("This
post contains affiliate links." and the like) are standing notes of the blog, so noise; the portals' title shares its
block with the reading time and the byline and is article; the blogs' title sits between a category label and the
posted-on line and is article; the blogs' sign-offs ("Happy tinkering, Crispin" and the like) close the post in the
author's voice but are a signature, so noise; the blogs' plugs (an Etsy shop, a repair service, Ozon) are the author's
self-promotion, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24 (four plugs, eight footers,
eight comment lines, three share rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-quillerby-bell (a market-hall clock tower's
1791 tenor bell, cracked, welded and retuned at a foundry, rehung), en-blog-tinplateturpentine-toy-car (a 1950s
clockwork tin saloon car from a car-boot sale restored), fr-portail-montcabrolles-antenne (a village's objection to a
forty-metre phone mast upheld by the administrative court), fr-blog-cognassierbavard-gelee-coings (quince jelly from an
old garden quince tree), de-portal-suederwarft-seenotretter (a harbour lifeboat station's open day with a rescue drill
and pea soup), de-blog-kloetzchenswerkbank-palettenkasten (a balcony planter built from two old pallets),
it-portale-borgotenda-green (a park's lawn-bowling green reseeded after a dry summer), it-blog-quattrocorde-ukulele
(three months of learning the ukulele alone), pl-portal-jarzebiniec-ogrodek (a primary school's garden winning a
regional prize), pl-blog-plecionkaidluto-krzeslo (a bentwood chair's cane seat rewoven),
ru-portal-pustoberyozovo-kukhnya (a village hall's new kitchen paid for by a regional grant) and
ru-blog-dachaigribnitsa-veshenki (oyster mushrooms grown on birch logs), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 01029119c34c85af7175959a2edd3789a23068f2, measured with ``cd /tmp/wt-s171 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s171/src python -m pytest -q tests/test_clean_held_out_171.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s171 && PYTHONPATH=/tmp/wt-s171/src python
scripts/clean_held_out_report.py --sets 171``, with the xfail tables empty): noise lines removed 39/45 (marker 5/8,
reading-time 6/7, byline 7/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 6 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: three markers in the body (the English Wistia and Scribd placeholders and the Italian
Spreaker placeholder), one reading time at the head (the English estimated-time-to-finish line), one byline at the head
(the French "Correspondance" byline) and one notice in the body (the Italian editor's note on the approved interview);
the Komoot, Instagram, Flourish, Spotify and VK markers, the other six reading times, the English, Italian and Polish
bylines, all four plugs, every footer, every comment line, every share row, the German correction and the Polish
co-funding note went); keep lines kept 20/20; pages 5/12 clean (the English, German, Italian, Polish and Russian
portals), 17 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on all six blogs the photo
caption between the first and second paragraphs (1 each, 6 in all); on the English, Italian and Polish blogs the
author's sign-off and the shop or service plug in their block after the last paragraphs (2 each); on the English blog
also the affiliate link between the second and third list rows; on the French blog also the category label above the
title; on the German blog also the Pinterest save prompt after the quote paragraph; on the French portal the lead
photo's caption at the top of the first paragraph's block and the newsletter prompt between the two last paragraphs (its
credit and the other portals' captions, credits and prompts went). Lost: nothing; no article line of any page and no
keep line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s171 gave 64
passed, 13 xfailed, no XPASS.

Measured after round 116 (developed on sets 169 and 170 beside this set's writing from the same base, 0102911, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 18255ae
and after the lead's mend 2636503): nothing moved. Round 116's one reading of embed placeholders (an embed named, a
general state vocabulary, no news frame; the mend asks a placeholder's form of the states a platform's news names too)
took none of this set's three: "Wistia video unavailable: ..." names an unlisted host as the line's first word, "Scribd
embed: only the first 3 pages ..." and "Episodio Spreaker non riproducibile: ..." name states outside the vocabulary.
Its head ticker, dashed sign-offs, dashed comment replies, tables of contents, don't-miss-a-post prompts, hosting
footers and head bylines took none of the lines this set still keeps, and no page line, keep line or article line
changed; the xfail tables stand as measured.

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
test_clean_pages) 21533 passed, 1485 xfailed, no XPASS. This set before -> after: noise lines removed 39/45 -> 42/45
(marker 5/8 -> 8/8; reading-time 6/7, byline 7/8, footer 8/8, comments 8/8, share 3/3, notice 2/3 unchanged), keep 20/20
-> 20/20, pages clean 5/12 -> 5/12, page noise lines left 17 -> 11 of 240 (the English, Italian and Polish blogs'
sign-offs and plugs went), article lines lost 0 -> 0. Reasons reworded: en-blog-tinplateturpentine-toy-car,
it-blog-quattrocorde-ukulele and pl-blog-plecionkaidluto-krzeslo (they keep the caption, and the English one the
affiliate link). Still missed: the English estimated-time-to-finish line, the French "Correspondance" byline and the
Italian editor's note; on the pages the six blogs' photo captions, the English blog's affiliate link, the French blog's
category label, the German blog's Pinterest prompt, the French portal's lead caption and newsletter prompt.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_171_LINES: list[tuple[str, str, str]] = [
    ('body', 'Wistia video unavailable: the account hosting this video has been suspended.', 'marker'),
    ('body', 'Komoot tour could not be displayed. Open the route in the Komoot app instead.', 'marker'),
    ('body', 'Scribd embed: only the first 3 pages of this document are shown in the preview.', 'marker'),
    ('body', "Ce contenu Instagram ne peut pas s'afficher : la publication a été archivée par son auteur.", 'marker'),
    ('body', 'Flourish-Grafik wird geladen … Falls nichts erscheint, bitte die Seite neu laden.', 'marker'),
    ('body', 'Episodio Spreaker non riproducibile: il file audio è ancora in elaborazione.', 'marker'),
    ('body', 'Odtwarzacz Spotify: zaloguj się, aby wysłuchać całego odcinka.', 'marker'),
    ('body', 'Запись ВКонтакте не загрузилась: сообщество ограничило доступ к публикациям.', 'marker'),
    ('head', 'Estimated time to finish: 5 minutes', 'reading-time'),
    ('head', 'This post takes about nine minutes to get through, step photos included.', 'reading-time'),
    ('head', 'Lecture 5 min', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Lettura di 5 minuti', 'reading-time'),
    ('head', 'Czas lektury: ok. 5 minut', 'reading-time'),
    ('head', 'Прочтёте за 5 минут', 'reading-time'),
    ('head', 'Story: Leofric Danbury | Pictures: Marnie Oldcastle', 'byline'),
    ('head', 'Correspondance : Honorine Malbequet', 'byline'),
    ('head', 'A cura di Gianmaria Brusciattelli', 'byline'),
    ('head', 'Tekst i zdjęcia: Bożena Trzcinkowska', 'byline'),
    ('tail', 'If this post helped, you can buy me a coffee on Ko-fi.', 'byline'),
    ('tail', 'Patrons on Patreon get the full cane-weaving pattern a week early.', 'byline'),
    ('tail', 'Fertige Ukulele-Gurte verkaufe ich auf Vinted.', 'byline'),
    ('tail', 'Готовые ящики-кашпо продаю на Авито, самовывоз из Твери.', 'byline'),
    ('tail', 'Built on Substack · Terms · Collection notice', 'footer'),
    ('tail', 'Published by Fennacre Community Media CIC, company no. 13587206.', 'footer'),
    ('tail', 'Do not sell or share my personal information · Terms of use · Sitemap', 'footer'),
    ('tail', 'Édité par SARL Presse du Val-Trémont, RCS Privas 512 884 210', 'footer'),
    ('tail', 'Verantwortlich i. S. d. § 18 MStV: Jorinde Mackelbrügge', 'footer'),
    ('tail', 'Hosting: Aruba S.p.A. · Informativa privacy · Preferenze cookie', 'footer'),
    ('tail', 'Wydawca: Spółdzielnia Wydawnicza Głos Podlesia, KRS 0000412287', 'footer'),
    ('tail', 'Сделано на WordPress · Хостинг Beget · Карта сайта', 'footer'),
    ('tail', 'Commenting has been turned off for this post.', 'comments'),
    ('tail', 'Comment policy: keep it civil, keep it on topic, no links.', 'comments'),
    ('tail', 'Top comment · pinned by the editor', 'comments'),
    ('tail', 'Voir les 6 réponses', 'comments'),
    ('tail', 'Kommentarfunktion geschlossen – wir öffnen sie morgen ab 8 Uhr wieder.', 'comments'),
    ('tail', 'Ordina i commenti: più recenti · più votati', 'comments'),
    ('tail', 'Pokaż wcześniejsze komentarze (18)', 'comments'),
    ('tail', 'Сортировать: сначала новые · сначала старые · популярные', 'comments'),
    ('tail', 'Tell your neighbours: Nextdoor · Facebook · WhatsApp · Copy link', 'share'),
    ('tail', "Diffuser l'article : Facebook · Bluesky · Threads · Imprimer", 'share'),
    ('tail', 'Поделитесь новостью: Telegram · ВКонтакте · Max · Одноклассники', 'share'),
    ('body', 'Korrektur: In einer früheren Fassung stand ein falsches Datum der Einweihung.', 'notice'),
    ('body', "Nota della redazione: l'intervista è stata rivista e approvata dall'intervistato.", 'notice'),
    ('tail',
     'Materiał powstał w ramach projektu dofinansowanego ze środków Funduszu Inicjatyw Obywatelskich.',
     'notice'),
]

HELD_OUT_171_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the bell ringers were read out at the start of the meeting.'),
    ('head', 'Shares in the community pub sold out within a week of the launch.'),
    ('head', 'Reading the names of the fallen took the vicar almost twenty minutes.'),
    ('body', 'Follow-up tests on the water found no trace of the algae.'),
    ('body', 'Advertising hoardings along the bypass are to be taken down next year.'),
    ('tail', 'Subscribers to the allotment newsletter will vote on the new rules in May.'),
    ('tail', "Copyright on the old mill's photographs passed to the museum in 1984."),
    ('head', 'Commentaires et questions des habitants ont occupé la moitié de la réunion publique.'),
    ('body', "Partager le terrain de pétanque avec l'école : la mairie a tranché jeudi."),
    ('tail', 'Abonnés au gaz depuis trente ans, les habitants du hameau passent au bois.'),
    ('head', 'Lesezeit ist in der Grundschule jetzt jeden Morgen zwanzig Minuten lang.'),
    ('body', 'Werbung für das Sommerfest machen die Schüler mit selbst gemalten Plakaten.'),
    ('tail', 'Teilen müssen sich die beiden Vereine die Halle weiterhin am Donnerstag.'),
    ('head', 'Seguire il cantiere del nuovo ponte è diventato il passatempo dei pensionati.'),
    ('tail', "Iscritti alla banda comunale sono saliti a trentadue quest'anno."),
    ('tail', 'Condivisa da tre famiglie, la vecchia stalla diventerà un laboratorio di ceramica.'),
    ('body', 'Obserwowanie ptaków nad stawem przyciągnęło w niedzielę czterdzieści osób.'),
    ('tail', 'Komentarze mieszkańców zebrano w czasie dwóch spotkań w remizie.'),
    ('head', 'Комментарии жителей учтут при ремонте набережной, пообещали в администрации.'),
    ('tail', 'Читать по слогам дети учатся в новой библиотеке по субботам.'),
]

HELD_OUT_171_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-quillerby-bell', [
        [
            '-The Quillerby Packet',
            '-Your town, your news – since 1874',
            '-Sign in · Subscribe from £1 a week',
        ],
        [
            "+Clock tower's tenor bell rings out again after two years at the foundry",
            '-4 min read',
            '-By Tamsin Wrothmere · Saturday 5 December 2026, 6.40pm',
        ],
        [
            '-The tenor bell is lowered back into the tower on Thursday morning.',
            '-Photo: Tamsin Wrothmere',
            "+The tenor bell of Quillerby's market-hall clock tower was rehung on Thursday, two years after a crack "
            'was found in its rim.',
        ],
        [
            '+The bell, cast in 1791 and weighing just under half a tonne, was taken to a foundry in Loughborough to '
            'be welded and retuned.',
            '-Read more: Market hall roof appeal passes £40,000',
            '+"We have missed it on the hour more than we ever expected to," said Margaret Fennimull, who has wound '
            'the clock every Sunday since 1988.',
        ],
        [
            '-Advertisement',
            '-Sponsored: The walk-in bath that thousands of over-60s swear by',
            '+What happens next',
            '+The bell will strike the hours from 7am to 10pm, as it did before.',
            '+Bell ringers will practise in the tower on Tuesday evenings from January.',
            "+A plaque naming the donors will go up in the tower's doorway.",
        ],
        [
            '+The repair cost £18,500, most of it raised through a cake sale, a quiz night and a grant from the town '
            'council.',
            "-Get the Packet's morning briefing in your inbox – sign up free",
            "+The first full peal will be rung on New Year's Eve, when the tower will open to visitors for the first "
            'time since the repair.',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-14 comments',
            '-TenorBellTess: Lovely to hear it again from my kitchen window.',
            "-↳ OldQuillerbian: Same here, I'd almost forgotten the sound.",
            '-Nev_on_nights: Does it really have to start at 7am?',
            "-↳ TenorBellTess: It always did, Nev – you'll get used to it again.",
        ],
        [
            '-Back to top',
            '-About us · Contact · Advertise · Privacy',
            '-© 2026 Quillerby Printing Company Ltd',
        ],
    ]),
    _page('en', 'en-blog-tinplateturpentine-toy-car', [
        [
            '-Tinplate & Turpentine',
            '-Home · About · Restorations · Shop',
            '-Search this blog…',
        ],
        [
            '-Filed under: Tin toys',
            '+Bringing a 1950s tin toy car back from the rust',
            '-Posted on 4 December 2026 by Crispin Maundrelle',
        ],
        [
            '-About 7 minutes to read',
            '-This post contains affiliate links.',
        ],
        [
            '+The little red saloon came from a car-boot sale for two pounds, with rust on the roof and a key that '
            'no longer turned the spring.',
            '-The car as I found it, with the roof rusted through in two spots.',
            '+Before touching the paint, I opened the tabs along the base and lifted the clockwork motor out in one '
            'piece.',
        ],
        [
            '+My grandfather always said, "Never bend a tab more than twice," and he was right about that.',
            '-Pin this post for later!',
        ],
        [
            '+What I learned',
            '+Soak the motor in paraffin, not water.',
            '+Touch up the paint with a fine brush instead of respraying.',
            '-The brush I use is this size 0 sable – affiliate link.',
            '+Keep the original key even when it is bent.',
        ],
        [
            '+After a week of evenings the spring winds again and the car runs the length of the kitchen table.',
            "+The roof still shows its old scars, but I have decided that they belong to the car's story.",
        ],
        [
            '-Happy tinkering, Crispin',
            '-Restored tin cars occasionally go up in my Etsy shop.',
        ],
        [
            "-← Older post: Rewiring a Bakelite radio · Newer post: A tin robot's missing arm →",
        ],
        [
            '-3 comments',
            '-Rustbucket_Rita: The before photo made me wince – great job.',
            '-↳ Crispin Maundrelle: Thanks Rita, it took a lot of paraffin!',
            '-Clockwork_Colin: Where do you find replacement keys?',
            '-Leave a Reply',
        ],
        [
            '-© 2026 Crispin Maundrelle',
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-montcabrolles-antenne', [
        [
            "-L'Écho du Vabrissou",
            '-Édition du dimanche 6 décembre 2026',
            "-Se connecter · S'abonner dès 1 €",
        ],
        [
            '+Antenne relais de Montcabrolles : le tribunal donne raison aux riverains',
            '-3 min de lecture',
            '-Par Aurélie Fontbrugal · 5 décembre 2026 à 17 h 12',
        ],
        [
            "-Le pylône devait s'élever à quarante mètres au bord du chemin des Crêtes.",
            '-© Photo A. Fontbrugal',
            '+Le tribunal administratif a annulé jeudi le permis accordé à un opérateur pour une antenne relais de '
            "quarante mètres à l'entrée de Montcabrolles.",
        ],
        [
            "+Une quarantaine de riverains avaient contesté le projet, jugeant le pylône trop proche de l'école et "
            'du lavoir.',
            '-À lire aussi : La fibre arrive enfin dans les hameaux du plateau',
            "+« Nous ne sommes pas contre le réseau, nous voulions simplement qu'il soit installé ailleurs », "
            "explique Bernadette Caumerol, présidente de l'association des riverains.",
        ],
        [
            '-Publicité',
            "-Contenu sponsorisé : Ces appareils auditifs que les retraités s'arrachent",
            '+Ce que change la décision',
            '+Le permis de construire du pylône est annulé.',
            "+L'opérateur dispose de deux mois pour faire appel.",
            '+La mairie proposera un autre terrain, près de la déchetterie.',
        ],
        [
            "+Le maire, Gérard Pellissonnac, s'est dit soulagé et promet une réunion publique en janvier.",
            '-Recevez chaque matin notre newsletter gratuite',
            '+Une partie du village reste sans réseau mobile correct, et les habitants espèrent une solution avant '
            "l'été.",
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-9 commentaires',
            '-Lulu_du_Plateau : Enfin une bonne nouvelle pour le village.',
            "-↳ Randonneur_du_Causse : Oui, mais on n'a toujours pas de réseau au lavoir.",
            '-Marcel_C : Il faudra bien la mettre quelque part, cette antenne.',
            '-↳ Lulu_du_Plateau : Près de la déchetterie, ça ne gêne personne.',
        ],
        [
            '-Haut de page',
            '-Mentions légales · Contact · Annonceurs · Confidentialité',
            '-© 2026 Éditions du Vabrissou',
        ],
    ]),
    _page('fr', 'fr-blog-cognassierbavard-gelee-coings', [
        [
            '-Le Cognassier Bavard',
            '-Accueil · Recettes · Conserves · À propos',
            '-Rechercher sur le blog…',
        ],
        [
            '-Catégorie : Confitures et gelées',
            '+Ma gelée de coings, comme chez ma grand-mère',
            '-Publié le 3 décembre 2026 par Séraphine Lacoudrais',
        ],
        [
            '-Temps de lecture : 6 minutes',
            '-Cet article contient des liens affiliés.',
        ],
        [
            '+Cette année, le vieux cognassier du jardin a donné plus de douze kilos de coings, bien jaunes et très '
            'parfumés.',
            '-Les coings frottés et lavés, prêts à être coupés.',
            "+J'ai coupé les fruits en quartiers sans les peler, puis je les ai fait cuire à couvert avec juste "
            "assez d'eau.",
        ],
        [
            "+Ma grand-mère répétait : « La gelée, ça ne se presse pas, ça s'égoutte », et elle avait raison.",
            '-Épinglez cette recette sur Pinterest !',
        ],
        [
            "+Ce que j'ai retenu",
            '+Laisser égoutter le jus toute une nuit dans un torchon.',
            '+Peser le jus pour doser le sucre.',
            '-Ma bassine à confiture, trouvée ici (lien affilié)',
            "+Faire le test de l'assiette froide avant la mise en pots.",
        ],
        [
            "+La gelée a pris en moins de vingt minutes et a la couleur d'un vieux rosé, comme dans mes souvenirs.",
            '+Il me reste assez de pulpe pour tenter une pâte de coings la semaine prochaine.',
        ],
        [
            '-Gourmandes pensées, Séraphine',
            '-Mes étiquettes de pots à imprimer sont en vente dans ma boutique Etsy.',
        ],
        [
            '-« Article précédent : Chutney de tomates vertes · Article suivant : Sirop de sureau »',
        ],
        [
            '-4 commentaires',
            "-Mamie_Griotte : La mienne n'a jamais pris, je vais essayer votre test.",
            "-↳ Séraphine Lacoudrais : Le test de l'assiette, c'est magique !",
            "-Potager_du_Lot : Vous ajoutez le jus d'un citron ?",
            '-Laisser un commentaire',
        ],
        [
            '-© 2026 Séraphine Lacoudrais – Tous droits réservés',
            '-Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-suederwarft-seenotretter', [
        [
            '-Süderwarfter Bote',
            '-Ausgabe vom Sonntag, 6. Dezember 2026',
            '-Anmelden · Abo ab 1 € testen',
        ],
        [
            '+Tag der offenen Tür: Hunderte besuchen die Seenotretter im Hafen',
            '-3 Min. Lesezeit',
            '-Von Ilka Dammhusen · 5. Dezember 2026, 18:05 Uhr',
        ],
        [
            '-Kinder durften im Steuerhaus des Rettungskreuzers Platz nehmen.',
            '-Foto: Ilka Dammhusen',
            '+Mehrere Hundert Besucher kamen am Samstag zum Tag der offenen Tür der Seenotrettungsstation im '
            'Süderwarfter Hafen.',
        ],
        [
            '+Die Freiwilligen zeigten ihr neues Tochterboot, führten eine Rettungsübung vor und verkauften '
            'Erbsensuppe für die Bordkasse.',
            '-Lesen Sie auch: Neue Ampel am Fähranleger kommt im Frühjahr',
            '+„Wer einmal gesehen hat, wie schnell wir draußen sind, versteht, warum wir jeden Euro brauchen“, sagte '
            'Vormann Hauke Brodersiek.',
        ],
        [
            '-Anzeige',
            '-Gesponsert: So schützen Hausbesitzer ihr Dach vor Sturmschäden',
            '+Was die Station plant',
            '+Im Frühjahr beginnt die Ausbildung von sechs neuen Freiwilligen.',
            '+Der Bootsschuppen bekommt ein neues Tor.',
            '+Im Sommer soll es wieder eine Hafenrundfahrt geben.',
        ],
        [
            '+Nach Angaben der Station kamen an diesem Tag gut 2300 Euro an Spenden zusammen.',
            '-Jetzt unseren kostenlosen Newsletter abonnieren',
            '+Der nächste Tag der offenen Tür ist für den ersten Samstag im Juli geplant.',
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
        ],
        [
            '-12 Kommentare',
            '-Krabbenkutter_Kalle: Toller Tag, meine Enkel wollen jetzt alle zur Seenotrettung.',
            '-↳ Deichläuferin_Wiebke: Die Erbsensuppe war auch wieder die beste.',
            '-Hafenmeister_a_D: Schade, dass das alte Boot nicht mehr da war.',
            '-↳ Krabbenkutter_Kalle: Das liegt jetzt im Museum in Bremerhaven.',
        ],
        [
            '-Nach oben',
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Warftdruck Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-kloetzchenswerkbank-palettenkasten', [
        [
            '-Klötzchens Werkbank',
            '-Start · Projekte · Garten · Über mich',
            '-Blog durchsuchen …',
        ],
        [
            '-Kategorie: Upcycling',
            '+Mein Pflanzkasten aus zwei alten Europaletten',
            '-Veröffentlicht am 2. Dezember 2026 von Jannik Fockenbrink',
        ],
        [
            '-Lesedauer: 6 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links.',
        ],
        [
            '+Die beiden Paletten standen seit dem Umzug hinter der Garage, und im Frühjahr wollte ich daraus '
            'endlich etwas für den Balkon bauen.',
            '-Die Paletten vor dem Zerlegen, eine davon mit IPPC-Stempel.',
            '+Zuerst habe ich auf den Stempel geachtet: HT heißt hitzebehandelt, solche Paletten sind für Pflanzen '
            'unbedenklich.',
        ],
        [
            '+Mein Nachbar meinte nur: „Eine Palette ist kein Brett, sie ist ein Puzzle“, und nach zwei Stunden '
            'Nägelziehen wusste ich, was er meint.',
            '-Jetzt auf Pinterest merken!',
        ],
        [
            '+Was ich gelernt habe',
            '+Die Nägel mit einem Kuhfuß ziehen, nicht mit dem Hammer.',
            '+Die Innenseite mit Teichfolie auskleiden.',
            '-Mein Kuhfuß ist dieser hier (Affiliate-Link)',
            '+Unten ein paar Löcher für das Wasser bohren.',
        ],
        [
            '+Nach einem Wochenende stand der Kasten fertig auf dem Balkon, bepflanzt mit Kräutern und Erdbeeren.',
            '+Die Kosten lagen bei knapp zwanzig Euro, vor allem für Schrauben, Folie und Erde.',
        ],
        [
            '-Bis bald und viel Spaß beim Bauen, Jannik',
            '-Meine Bauanleitungen als PDF gibt es in meinem Etsy-Shop.',
        ],
        [
            '-← Älterer Beitrag: Vogeltränke aus Ton · Neuerer Beitrag: Kompostkiste aus Dielen →',
        ],
        [
            '-3 Kommentare',
            '-Balkongärtnerin_Uschi: Sieht super aus, wie schwer ist der Kasten?',
            '-↳ Jannik Fockenbrink: Bepflanzt ungefähr 40 Kilo.',
            '-Schraubenzieher_Sven: Teichfolie ist ein guter Tipp.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-© 2026 Jannik Fockenbrink',
            '-Mit WordPress erstellt · Theme: Astra',
        ],
    ]),
    _page('it', 'it-portale-borgotenda-green', [
        [
            '-La Voce di Borgotenda',
            '-Edizione di domenica 6 dicembre 2026',
            '-Accedi · Abbonati da 1 euro',
        ],
        [
            '+Bowling su prato, il green del parco Gelsomorelli torna verde',
            '-Lettura: 3 minuti',
            '-di Loredana Sguazzarini · 5 dicembre 2026, ore 17.48',
        ],
        [
            '-I giardinieri al lavoro sul green del parco.',
            '-Foto Ufficio stampa del Comune',
            '+Il green del bowling su prato del parco Gelsomorelli è stato riseminato questa settimana, dopo '
            "un'estate che lo aveva ridotto a terra nuda.",
        ],
        [
            '+I giardinieri del Comune hanno arieggiato il terreno, steso la sabbia e seminato un miscuglio di erbe '
            'che resistono alla siccità.',
            '-Leggi anche: Nuove panchine in piazza del Mercato',
            '+«Per noi il green è come un salotto, senza non sapevamo dove ritrovarci», racconta Evaristo '
            'Pellacchini, presidente del circolo.',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: La dieta che i medici non vogliono farti conoscere',
            '+Cosa cambia per i giocatori',
            '+Il green resterà chiuso fino a metà marzo.',
            '+Le partite si giocano intanto nella palestra della scuola.',
            '+Il circolo cerca volontari per annaffiare in primavera.',
        ],
        [
            '+Il lavoro è costato circa novemila euro, pagati in parte dal circolo con una lotteria.',
            '-Iscriviti alla newsletter della Voce: è gratis',
            "+L'inaugurazione della nuova stagione è fissata per il 21 marzo, con un torneo aperto anche ai "
            'principianti.',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            '-7 commenti',
            '-Nonno_Bocciofilo: Finalmente, era diventato un campo di patate.',
            "-↳ Giardiniera_Lina: Speriamo che d'estate lo annaffino davvero.",
            '-Circolo_Fan: Io vengo a fare il volontario.',
            '-↳ Nonno_Bocciofilo: Ti aspettiamo il sabato mattina.',
        ],
        [
            '-Torna su',
            '-Chi siamo · Contatti · Redazione · Privacy',
            '-© 2026 Editrice Tendese srl',
        ],
    ]),
    _page('it', 'it-blog-quattrocorde-ukulele', [
        [
            '-Quattro Corde e un Caffè',
            '-Home · Lezioni · Accordi · Chi sono',
            '-Cerca nel blog…',
        ],
        [
            '-Categoria: Musica',
            '+Tre mesi di ukulele: cosa ho imparato da autodidatta',
            '-Pubblicato il 1 dicembre 2026 da Ginevra Strimpellucci',
        ],
        [
            '-Tempo di lettura: 6 minuti',
            '-Questo articolo contiene link affiliati.',
        ],
        [
            '+A settembre ho comprato un ukulele soprano usato per quaranta euro, senza saper leggere una sola nota.',
            '-Il mio ukulele soprano, con le corde nuove appena montate.',
            '+Le prime settimane sono servite solo a imparare quattro accordi: Do, La minore, Fa e Sol.',
        ],
        [
            '+La mia vicina, che suona il violino, mi ha detto: «Dieci minuti al giorno valgono più di due ore la '
            'domenica», e aveva ragione.',
            '-Salva questo post su Pinterest!',
        ],
        [
            '+Cosa ho imparato',
            '+Accordare lo strumento prima di ogni esercizio.',
            '+Usare il metronomo anche per gli accordi lenti.',
            '-Il metronomo che uso è questo (link affiliato)',
            '+Non avere paura di suonare davanti agli altri.',
        ],
        [
            '+Adesso riesco a suonare tre canzoni intere, e la prima è stata quella che cantava mia nonna.',
            '+Il prossimo passo è imparare lo strumming a terzine, che per ora mi sembra impossibile.',
        ],
        [
            '-Alla prossima strimpellata, Ginevra',
            '-Le mie schede di accordi stampabili sono nel mio negozio Etsy.',
        ],
        [
            '-← Articolo precedente: Il mio primo metronomo · Articolo successivo: Corde in nylon o fluorocarbon? →',
        ],
        [
            '-3 commenti',
            "-Chitarrista_Pentito: Anch'io ho iniziato così, non mollare!",
            '-↳ Ginevra Strimpellucci: Grazie, non ci penso proprio.',
            '-Zia_Ukulele: Prova Somewhere Over the Rainbow, è facile.',
            '-Lascia un commento',
        ],
        [
            '-© 2026 Ginevra Strimpellucci',
            '-Creato con WordPress · Tema GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-jarzebiniec-ogrodek', [
        [
            '-Kurier Jarzębiniecki',
            '-Wydanie z niedzieli, 6 grudnia 2026',
            '-Zaloguj się · Prenumerata od 1 zł',
        ],
        [
            '+Szkolny ogródek z Jarzębińca najlepszy w województwie',
            '-Czytanie zajmie 3 minuty',
            '-Halina Pietruszkowiecka | 5.12.2026, 17:30',
        ],
        [
            '-Uczniowie klasy 5b przy grządkach z dyniami.',
            '-Fot. archiwum szkoły',
            '+Ogródek Szkoły Podstawowej nr 2 w Jarzębińcu zdobył pierwszą nagrodę w wojewódzkim konkursie szkolnych '
            'ogrodów.',
        ],
        [
            '+Uczniowie od wiosny uprawiali warzywa, zioła i kwiaty, a plony trafiały do szkolnej stołówki.',
            '-Czytaj także: Nowe przejście dla pieszych przy ulicy Lipowej',
            '+„Dzieci same pilnowały podlewania, nawet w wakacje”, mówi nauczycielka przyrody Danuta Kalarepska.',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Tak tanio jeszcze nie było',
            '+Co dalej z ogródkiem',
            '+Za nagrodę szkoła kupi małą szklarnię.',
            '+Powstanie grządka dla przedszkolaków.',
            '+Latem plony będzie można kupić na szkolnym kiermaszu.',
        ],
        [
            '+Nagroda wynosi pięć tysięcy złotych i zostanie wręczona w styczniu w urzędzie marszałkowskim.',
            '-Zapisz się na nasz bezpłatny newsletter',
            '+Dyrekcja zaprasza rodziców do pomocy przy budowie szklarni na początku wiosny.',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-5 komentarzy',
            '-Mama_z_2b: Brawo dzieciaki, pomidory były pyszne.',
            '-↳ Sąsiad_zza_płotu: Widzę ich codziennie z konewkami.',
            '-Emeryt_Józef: Mogę pomóc przy szklarni.',
            '-↳ Mama_z_2b: Proszę się zgłosić do sekretariatu, na pewno się ucieszą.',
        ],
        [
            '-Do góry',
            '-O nas · Kontakt · Redakcja · Polityka prywatności',
            '-© 2026 Wydawnictwo Jarzębina sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-plecionkaidluto-krzeslo', [
        [
            '-Plecionka i Dłuto',
            '-Start · Renowacje · Poradniki · O mnie',
            '-Szukaj na blogu…',
        ],
        [
            '-Kategoria: Renowacja mebli',
            '+Nowa plecionka w starym krześle giętym',
            '-Dodano 30.11.2026 · Wiesława Plecinkiewicz',
        ],
        [
            '-Czas czytania: 6 minut',
            '-Wpis zawiera linki afiliacyjne.',
        ],
        [
            '+Krzesło gięte po babci miało siedzisko z plecionki wiedeńskiej, które po latach całkiem się przetarło.',
            '-Krzesło przed naprawą, z dziurą na środku siedziska.',
            '+Najpierw wycięłam starą plecionkę i dłutem oczyściłam rowek, w którym trzyma się nowy wyplot.',
        ],
        [
            '+Stolarz z targu powiedział mi: „Rattan trzeba namoczyć, bo inaczej pęknie przy klinowaniu”, i to była '
            'najcenniejsza rada.',
            '-Zapisz ten wpis na Pintereście!',
        ],
        [
            '+Czego się nauczyłam',
            '+Plecionkę moczyć w ciepłej wodzie przez pół godziny.',
            '+Klin wbijać drewnianym młotkiem.',
            '-Gotową plecionkę kupiłam w tym sklepie (link afiliacyjny)',
            '+Nadmiar kleju od razu zetrzeć wilgotną szmatką.',
        ],
        [
            '+Po trzech wieczorach krzesło znów stoi przy stole i wytrzymało już nawet mojego wujka.',
            '+Następna w kolejce jest ławka z werandy, ale na nią potrzebuję dużo więcej rattanu.',
        ],
        [
            '-Do następnego razu, Wiesia',
            '-Naprawiam krzesła na zamówienie – szczegóły w zakładce Renowacje.',
        ],
        [
            '-« Poprzedni wpis: Odnawianie taboretu · Następny wpis: Kosz z wikliny »',
        ],
        [
            '-3 komentarze',
            '-Stolarka_Ania: Pięknie wyszło, gdzie kupujesz klin?',
            '-↳ Wiesława Plecinkiewicz: W tym samym sklepie co plecionkę.',
            '-Dziadek_Marian: Mam takie cztery krzesła na strychu.',
            '-Zostaw komentarz',
        ],
        [
            '-© 2026 Wiesława Plecinkiewicz',
            '-Blog na WordPress.com · Motyw: Neve',
        ],
    ]),
    _page('ru', 'ru-portal-pustoberyozovo-kukhnya', [
        [
            '-Пустоберёзовский вестник',
            '-Выпуск от воскресенья, 6 декабря 2026',
            '-Войти · Подписка от 99 рублей',
        ],
        [
            '+В сельском клубе Пустоберёзова открыли новую кухню',
            '-3 минуты на чтение',
            '-Автор: Зинаида Кряжевникова · 5 декабря 2026, 17:20',
        ],
        [
            '-Активистки клуба у новой плиты.',
            '-Фото: пресс-служба администрации',
            '+В сельском доме культуры Пустоберёзова в пятницу открыли новую кухню, оборудованную на деньги '
            'областного гранта.',
        ],
        [
            '+Старую кухню с дровяной плитой закрыли ещё три года назад, и праздники приходилось устраивать с едой '
            'из дома.',
            '-Читайте также: На Садовой улице заменят фонари',
            '+«Теперь мы сможем готовить обеды для пожилых прямо здесь», — говорит заведующая клубом Антонина '
            'Перепелюхина.',
        ],
        [
            '-Реклама',
            '-Партнёрский материал: Как получить кешбэк за коммунальные услуги',
            '+Что изменится',
            '+По средам в клубе будут бесплатные обеды для пенсионеров.',
            '+Кухню можно будет арендовать для свадеб и поминок.',
            '+Летом здесь пройдут кулинарные занятия для детей.',
        ],
        [
            '+Грант составил 860 тысяч рублей, ещё сто тысяч собрали сами жители.',
            '-Подписывайтесь на наш канал в Telegram',
            '+Первый обед для пенсионеров назначен на среду, 9 декабря.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-6 комментариев',
            '-Баба_Нюра: Наконец-то, сколько лет ждали.',
            '-↳ Сосед_Иван: Пироги на открытии были отличные.',
            '-Тракторист_Паша: А аренда сколько будет стоить?',
            '-↳ Баба_Нюра: Говорят, для своих недорого.',
        ],
        [
            '-Наверх',
            '-О редакции · Контакты · Вакансии · Политика конфиденциальности',
            '-© 2026 МУП «Районная типография»',
        ],
    ]),
    _page('ru', 'ru-blog-dachaigribnitsa-veshenki', [
        [
            '-Дача и грибница',
            '-Главная · Огород · Грибы · Обо мне',
            '-Поиск по блогу…',
        ],
        [
            '-Рубрика: Грибоводство',
            '+Вешенки на берёзовых чурбаках: первый урожай',
            '-Опубликовано 29 ноября 2026 · Автор: Фёдор Грибанцев',
        ],
        [
            '-Время чтения: 6 минут',
            '-В статье есть партнёрские ссылки.',
        ],
        [
            '+Весной сосед спилил старую берёзу, и я выпросил у него шесть чурбаков, чтобы попробовать вырастить '
            'вешенки.',
            '-Чурбаки с засеянным мицелием в тени сарая.',
            '+Я просверлил в каждом чурбаке по двадцать отверстий, заложил зерновой мицелий и замазал их воском.',
        ],
        [
            '+Знакомый грибник сказал мне: «Грибу нужна не земля, а терпение», и ждать действительно пришлось до '
            'осени.',
            '-Сохраните себе, чтобы не потерять!',
        ],
        [
            '+Что я понял',
            '+Чурбаки должны быть из свежего дерева.',
            '+Держать их нужно в тени и поливать в жару.',
            '-Мицелий я брал в этом магазине (партнёрская ссылка)',
            '+Первые грибы появляются только через несколько месяцев.',
        ],
        [
            '+В конце октября на трёх чурбаках вылезли первые шляпки, и за неделю я собрал почти два килограмма.',
            '+Следующей весной хочу попробовать шиитаке на дубовых чурбаках.',
        ],
        [
            '-Всем хорошего урожая, Фёдор',
            '-Мои наборы для выращивания грибов есть на Ozon.',
        ],
        [
            '-← Предыдущая запись: Компост за одно лето · Следующая запись: Зимовка мицелия →',
        ],
        [
            '-3 комментария',
            '-Дачница_Люба: А берёза точно подходит? Я думала, только тополь.',
            '-↳ Фёдор Грибанцев: Подходит, у меня вот выросли.',
            '-Грибник_Саныч: Воском какие отверстия замазывать?',
            '-Оставить комментарий',
        ],
        [
            '-© 2026 Фёдор Грибанцев',
            '-Работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Estimated time to finish: 5 minutes':
        "an English estimated-time-to-finish reading-time line ('Estimated time to finish: 5 minutes') is left at "
        'the head',
    'Correspondance : Honorine Malbequet':
        "a French correspondence byline ('Correspondance : Honorine Malbequet') is left at the head",
    "Nota della redazione: l'intervista è stata rivista e approvata dall'intervistato.":
        "an Italian editor's note that the interview was approved by the interviewee ('Nota della redazione: "
        "l'intervista è stata rivista e approvata dall'intervistato.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-tinplateturpentine-toy-car':
        "the tin-toy-car blog's post keeps the photo caption ('The car as I found it, with the roof rusted "
        "through in two spots.') between the first and second paragraphs (1 of 20 noise lines; the author's "
        "sign-off and shop plug after the last paragraphs went after round 117, the affiliate link between "
        "the second and third list rows after round 118); no article line is lost",
    'fr-portail-montcabrolles-antenne':
        "the French portal's phone-mast story keeps the lead photo's caption ('Le pylône devait s'élever à quarante "
        "mètres au bord du chemin des Crêtes.') at the top of the first paragraph's block (1 of 20 noise lines; after "
        "round 121, which took the newsletter prompt between the two last paragraphs); no article line is lost",
    'fr-blog-cognassierbavard-gelee-coings':
        "the quince-jelly blog's post keeps the category label ('Catégorie : Confitures et gelées') above the title, "
        "and the photo caption ('Les coings frottés et lavés, prêts à être coupés.') between the first and second "
        'paragraphs (2 of 20 noise lines); no article line is lost',
    'de-blog-kloetzchenswerkbank-palettenkasten':
        ("the pallet-planter blog's post keeps the photo caption ('Die Paletten vor dem Zerlegen, eine davon mit IPPC-"
         "Stempel.') between the first and second paragraphs (1 of 20 noise lines; its Pinterest save prompt after the"
         ' quote paragraph goes since round 135); no article line is lost'),
    'it-blog-quattrocorde-ukulele':
        "the ukulele blog's post keeps the photo caption ('Il mio ukulele soprano, con le corde nuove appena "
        "montate.') between the first and second paragraphs (1 of 20 noise lines; the author's sign-off and shop plug "
        "after the last paragraphs now go); no article line is lost",
    'pl-blog-plecionkaidluto-krzeslo':
        "the cane-chair blog's post keeps the photo caption ('Krzesło przed naprawą, z dziurą na środku siedziska.') "
        "between the first and second paragraphs (1 of 20 noise lines; the author's sign-off and repair-service plug "
        "after the last paragraphs now go); no article line is lost",
    'ru-blog-dachaigribnitsa-veshenki':
        "the mushroom-log blog's post keeps the photo caption ('Чурбаки с засеянным мицелием в тени сарая.') between "
        'the first and second paragraphs (1 of 20 noise lines); no article line is lost',
}


test_held_out_171_line, test_held_out_171_line_is_kept, test_held_out_171_page = held_out_tests(
    HELD_OUT_171_LINES, HELD_OUT_171_KEEP, HELD_OUT_171_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
