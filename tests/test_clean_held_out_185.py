"""Held-out set 185: written blind, weighted toward the noise the cleaner exists for, in shapes set 184's docstring does
not name (nor the first paragraphs of sets 181, 182 and 183): scraper, embed and ad markers (an English Sketchfab 3D
model that needs WebGL "Sketchfab model not loaded – 3D viewing needs WebGL, which is switched off in this browser.", an
English Bandcamp player whose album the artist withdrew "Bandcamp player unavailable: the artist has removed this album
from sale.", an English Datawrapper chart perhaps unpublished by its author "Datawrapper chart did not load. It may have
been unpublished by its author.", a French geo-blocked Dailymotion video "La vidéo Dailymotion n'est pas disponible dans
votre pays.", a German Issuu document withdrawn by its publisher "Das Issuu-Dokument wird nicht angezeigt: Der
Herausgeber hat es zurückgezogen.", an Italian RaiPlay video not visible outside Italy "Il video di RaiPlay non è
visibile fuori dal territorio italiano.", a Polish SoundCloud player whose track its author deleted "Odtwarzacz
SoundCloud jest niedostępny – autor usunął ten utwór." and a Russian region-blocked Rutube video "Видео с Rutube
недоступно в вашем регионе."); reading-time headers in new wordings (the English stopwatch label "⏱ 4 min", a blog's
it-should-take-you line "It should take you about 12 minutes to read this, a bit longer if you stop at the diagrams.",
the French you-will-need line "Il vous faudra 4 minutes pour lire cet article.", the German approximate reading-duration
label "Lesedauer ca. 4 Min.", the Italian you-will-read line "Leggerai questo articolo in 4 minuti", the Polish
a-read-for line "Lektura na 4 minuty" and the Russian reading-will-take-about line "На чтение уйдёт около 4 минут");
bylines and self-promotion (an English reporting-by byline with additional reporting "Reporting by Philippa Duxmoor;
additional reporting by Ned Crabbetoft", an English village-correspondent-writes line "Our village correspondent,
Marjorie Tweddlecombe, writes:", a French by-our-local-correspondent byline "Par notre correspondante locale, Ghislaine
Poupardot" and a Russian author-with-desk byline "Автор: Евлампия Горохватова, корреспондент отдела новостей", all at
the head, and at the foot an English Reverb banjos plug "My fretless banjos are listed on Reverb, posted anywhere in the
UK.", a German Steady support plug "Unterstützen Sie dieses Blog über Steady – schon ab 3 € im Monat.", an Italian Etsy
notebooks plug with Poste Italiane shipping "I miei quaderni di bottega sono in vendita su Etsy, spedizione con Poste
Italiane." and a Polish Patronite support plug "Wesprzyj bloga na Patronite – wspierający dostają plany jako pierwsi.");
blog and site footers (an English press-regulator row "Regulated by IPSO · How to complain · Accessibility", an English
Ghost credit with its theme "Published with Ghost · Theme: Casper · Sign up", an English Carrd builder credit "Made with
Carrd · Privacy · Contact", a French accessibility-compliance row "Accessibilité : partiellement conforme · Plan du site
· Gestion des cookies", a German no-liability row "Alle Angaben ohne Gewähr · Impressum · Datenschutz", an Italian
VAT-number row "P.IVA 02718394056 · Tutti i diritti riservati · Credits", a Polish publisher line with a court register
number "Wydawca: Grupa Medialna Bzykowo sp. z o.o., KRS 0000412873" and a Russian online-outlet line with an age rating
"Сетевое издание «Заречный листок» · 16+ · Все права защищены"); reader-comment furniture (an English load-more link
"Load 14 more comments", an English awaiting-moderation note "Your comment is awaiting moderation.", an English
comment-form nickname label "Nickname (shown next to your comment)", a French show-the-replies link "Afficher les 6
réponses", a German released-after-review note "Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.", an
Italian log-in-to-comment prompt "Accedi per commentare o registrati gratuitamente.", a Polish show-earlier-comments
link "Pokaż wcześniejsze komentarze (12)" and a Russian sign-in-with-VK-ID prompt "Войдите через VK ID, чтобы оставить
комментарий."); share rows (an English pass-it-on row "Pass it on: WhatsApp · Email · Copy link", a German
share-the-article row with Threema "Artikel teilen per WhatsApp · Threema · E-Mail" and a Polish share-the-article row
with a copy-link "Podziel się artykułem: Facebook · WhatsApp · Skopiuj link"); and notices (an Italian
press-release-in-full note "Comunicato stampa pubblicato integralmente." and a Russian the-author's-opinion disclaimer
"Мнение автора может не совпадать с мнением редакции.", both in the body, and a French free-thanks-to-subscribers note
"Cet article est en accès libre grâce au soutien de nos abonnés." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 184's docstring does not describe (on the six portal pages, in nine blocks, a
date-and-weather line, the masthead and the section menu in one block of three at the very top, the weather line first;
a breadcrumb above the title and the byline under it in one block of three; the date line and the reading time at the
top of the first paragraph's block (a block of three); the second paragraph and the paragraph with the quote in one
block of four with the photo caption and its credit between them; an ad label and a sponsored headline alone in a block
of two between the quote and the subheading; the subheading and the three rows alone in a clean block of four; the two
last paragraphs in one block of four with a read-also link and a newsletter prompt between them; at the foot two blocks,
a share row at the top of five lines of a comment thread (the share row, a comment count, a comment, another reader's
arrowed reply and a third reader's comment left unanswered) and then a links row and the publisher's copyright line; on
the six blog pages, in ten blocks, the blog name, its tagline and its menu in one block of three; the title alone in a
block of one; the posted-on-by line, the reading time and a table of contents (its heading and two numbered entries)
alone in a block of five between the title and the first paragraph; the lead photo's caption at the top of the block of
the first and second paragraphs; the paragraph with the quote alone; an affiliate link at the top of the list block,
right before the subheading (a block of five); the two last paragraphs alone in one block; the author's sign-off, a plug
for the author's wares or services, a related-post link and a share row alone in a block of four; a thread of four lines
alone in a block (a comments heading with its count, a comment, a second comment and the author's arrowed reply to the
second, the first left unanswered); and at the foot the author's copyright line and a platform-and-theme credit), taken
from local news of fresh kinds (a town crier's new scarlet coat, a dew pond on a causse cleared of mud, a church bell
frame rebuilt in oak, a duck pond's island rebuilt, a village pound's stone walls rebuilt, a carved board over a village
well put back) and from blogs about a cigar box guitar, a spoon carved from green wood, a shave horse, a washtub bass,
sloe gin and a balalaika.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 184 but what is named here), held-out set 186 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 184 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 181, 182 and 183, printed with one ast script (/tmp/s185scratch/peek.py,
reading the files of /tmp/wt-s185/tests, the worktree at the brief's commit, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s185); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (with /tmp/wt-s185/src and /tmp/wt-s185/tests on sys.path
and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was
not opened. The import lines and the line binding the three tests follow set 184's as printed, with 184 -> 185;
/tmp/s185scratch/gen185.py writes this file from scratch files (data185.py with the noise and keep lines, pages185.py
with the pages, doc_parts.py with the docstring and, after the measurement, tables185.py with the xfail tables). Nothing
else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s185, detached at commit 427d19b1b7b8a5dbf739edbb917f513d90a62d0c, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 14:20:14 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
427d19b1b7b8a5dbf739edbb917f513d90a62d0c (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards. The allowed helpers were
printed from the copies in /tmp/wt-s185 (the frozen worktree at the same commit) rather than from /work/main, which the
brief names for imports; the files are the same commit. That import loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 184's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", its import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment node to
the end, and the first paragraphs of sets 181, 182 and 183. Its first run printed to the terminal, which the tool cut in
the middle (it showed set 181's first paragraph and the start of set 182's, and the end of set 184's docstring and its
tail); the second run went to /tmp/s185scratch/peek.out (619 lines, all of them allowed parts), of which I paged lines
125 to 300 and 300 to 460 with ``sed`` (the rest had been shown by the first run), so that every part the brief allows
was read; nothing else of any set file was printed. (3) To compare my wordings with the named ones I grepped peek.out
case-insensitively for the services, platforms and key words of my lines and layouts (Sketchfab, Bandcamp, Datawrapper,
Dailymotion, Issuu, RaiPlay, SoundCloud, Rutube, the stopwatch sign, "Il vous faudra", Lesedauer, Leggerai, Lektura,
уйдёт, "Reporting by", correspondent, correspondante, Reverb, Steady, Etsy, Patronite, IPSO, Ghost, Carrd, Accessibilit,
Gewähr, P.IVA, KRS, Сетевое, "Load N", awaiting, Nickname, "Afficher les", freigeschaltet, Accedi, wcześniejsze, "VK
ID", "Pass it on", Threema, Podziel, "accès libre", Comunicato, "Мнение автора", weather, °C): none occurs but
"accessibility" (set 182's German Hetzner row and Polish home.pl row carry accessibility links, as my English IPSO row
does; my French row states a compliance level, which is new) and "weather" (only in set 184's stories about a school
weather station and its keep lines, not as page furniture). (4) Near misses with shapes already named, noted rather than
hidden: the markers stand for services not named there (Sketchfab, Bandcamp, Datawrapper, Dailymotion, Issuu, RaiPlay,
SoundCloud, Rutube) with failures not named (WebGL switched off, an album withdrawn, a chart unpublished, a country
block, a document withdrawn, a block outside Italy, a track deleted, a region block), though the SoundCloud line is of
the deleted-by-its-author kind of set 182's Threads line; the reading times are new phrasings, though the English blog
line is a long-read line like the grab-a-cuppa, settle-in and word-count lines of sets 181 to 184, and the German
"Lesedauer" label is a plain label with "ca."; of the bylines the reporting-by and village-correspondent lines and the
French by-our-correspondent line are new, and the Russian "Автор:" line is of the author-with-desk kind of set 181's
Polish "Autorka:" line; the plugs use platforms not named (Reverb, Steady, Etsy, Patronite), though Steady and Patronite
are support-the-blog plugs like the Ko-fi, Patreon, Tipeee and Boosty plugs named, and the Etsy plug with its carrier is
of the shape of the Subito and Leboncoin plugs; the footers name a regulator, a platform, a builder and legal lines not
named (IPSO, Ghost, Carrd, an accessibility compliance level, a no-liability line, a VAT number, a KRS number, an
online-outlet line with an age rating), though the Ghost and Carrd lines are builder credits like the Wix, Jimdo and
Blogger credits named and the Polish and Russian lines are legal lines like the registration lines of sets 181 and 182;
of the comment lines the awaiting-moderation and released-after-review notes are moderation notes of the kind of set
182's moderated-conversation note, the load-more, show-the-replies and show-earlier links are of the kind of set 183's
hide-the-replies link and set 184's collapse link (opening where those close), the Italian log-in prompt and the Russian
VK ID prompt are of the kind of set 183's subscribers-only and confirm-your-phone prompts, and the nickname label is
new; the share rows use openings not named ("Pass it on", "Artikel teilen per", "Podziel się artykułem"), though they
are of the kind of set 181's forward-it row; the notices are new (a press release printed in full, an opinion
disclaimer, an article free thanks to subscribers), though the French one is of the paywall kind of set 184's
metered-paywall note. On the pages the noise is of common kinds, since the brief asks for new layouts there; some
positions echo earlier layouts (the masthead and menu at the very top, as on sets 181 to 184; the caption with its
credit, as on sets 181 to 184; the ad label with a sponsored headline, as on sets 181, 182 and 184; the read-also link
with a newsletter prompt, as on set 184 but there between the list and the last paragraphs; the table of contents of two
entries; the links row and copyright line at the foot of the portals and the copyright and platform credit at the foot
of the blogs; the blog name with its menu; the author's arrowed reply in the blog threads), while what is new is the
arrangement (on the portals the date-and-weather line above the masthead, the breadcrumb in the title's block above it
with the byline under it, the date and reading time at the top of the first paragraph's block, the caption and credit
between the second paragraph and the quote in one block, the ad label and sponsored headline alone between the quote and
the subheading, the clean list block, the read-also link and newsletter prompt between the two last paragraphs and the
share row at the top of the thread block; on the blogs the tagline between the blog name and the menu, the title alone,
the posted-on line, reading time and table of contents in one block of five, the caption at the top of the first
paragraph's block, the affiliate link at the top of the list block, the sign-off, plug, related-post link and share row
together in a block of their own and the author's reply to the second comment with the first left unanswered). (5)
Before the measurement /tmp/s185scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits
inside any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and
counted the lines and blocks. Before its first run I had already kept out of each other: the portals' mastheads and
their copyright lines (the copyright lines name the publisher without the masthead: "Clarion Newspapers Ltd", "Éditions
du Causse", "Schnurrenbacher Verlagshaus GmbH", "Edizioni Ranocchiaresi srl", "Wydawnictwo Żabiołęckie", "ООО
«Ухвостовское издательство»"), the blogs' names and their copyright lines (the copyright lines name the author), the
German and Russian ad labels and the keep lines "Anzeigen im Amtsblatt ..." and "Реклама в газете ..." (the labels are
"Werbung" and "На правах рекламы"), and the Italian portal's comment count and the Italian blog's comments heading ("3
commenti" and "Commenti (3)"). Its first run found nothing inside anything else, no repeated line and no at-sign, and
counted 45 noise lines (category, language and place as in Contents), 20 keep lines by language and place and 12 pages
(six of nine blocks, six of ten) with 10 "+" and 20 "-" lines each; "+" stands only on the titles, the paragraphs, the
subheadings and the list rows, "-" on everything else. gen185.py reports lines over 120 characters and at-signs in the
written file, checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing the
file with ``ast`` (without importing it), that the file's lists equal the scratch ones. (6) Invented names were checked
with the exact-string search over public GitHub files: Hobbleford (for The Hobbleford Clarion), Clarion Newspapers (and
Clarion Newspapers Ltd), Dabbingford, Quillerbatch, Gadsbridle, Duxmoor, Crabbetoft, Tweddlecombe, Three Strings and a
Lid, Thrumbleford, Vaumorteuil, Réveil du Causse, Fouquenard, Chaudelasse, Sornevaux, Poupardot, Copeaux de Frêne,
Anselme Garrigou, Schnurrenbach (for the Schnurrenbacher Bote and Verlagshaus), Zwiebelhaupt, Pfriemelsberger,
Holzapfelberg, Zugmesser und Zirbe, Spanhoferl, Ranocchiara (and Ranocchiares-, for Edizioni Ranocchiaresi),
Pellegrucci, Sgangherelli, Pastinacci, Tinozza e Corda, Sgarbellotti, Żabiołęk- and Żabiołęc- (for Żabiołęka, Echo
Żabiołęki, Żabiołęce and Wydawnictwo Żabiołęckie), Gąsiorkiewicz, Kociełek, Trzepaczyński, Bzykowo, Tarninowa Spiżarnia,
Tarniłowsk- (for Zenon Tarniłowski), Ухвостовск (for Ухвостовский вестник and Ухвостовское издательство), Полуперцев-
(for Ксения Полуперцева), Закромкин, Стругалёв, Горохватова, Заречный листок, Три струны на веранде and Медовухин had no
hits. Dropped: Quartermayne (a character of a novel; the reporter became Rosalind Quillerbatch), Wrenshaw (inside a real
user name; the photographer became Tobias Gadsbridle), Tabourdet (inside an identifier; the reporter became Bérengère
Fouquenard), Clavelou (a real client name and inside Claveloux; the photographer became Firmin Chaudelasse), Scapecchi
(real people; the photographer became Vittorino Sgangherelli), Mandorlini (real people; the club president became
Gualtiero Pastinacci), Pierzynów (no hit for that form, but Pierzynow- is inside real surnames; the village became
Żabiołęka), Kminkow- (a real street name and surname; tried for the same village), Журавлинск (a real forest district
and station name; the town became Ухвостовск), Ухолапова (inside a real surname; the reporter became Ксения
Полуперцева), Пышкин (real people; the photographer became Савелий Закромкин), Ложкарёв (a real brand and surname; the
carver became Остап Стругалёв), Wheelgrave (inside identifiers such as "WheelGravel"; the blogger became Dunstan
Thrumbleford), Kernbeißer (a real bird name and a shop; the blogger became Reinhold Spanhoferl), Krzywopłocki (inside
the name of a real association; the blogger became Zenon Tarniłowski) and Cierniakowski (a real surname; tried for the
same blogger). One check of the mixed string "Ostap Стругалёв" was a typing slip (it found nothing, as the Cyrillic
surname alone had not). First names alone (Dunstan, Anselme, Reinhold, Amedeo, Zenon, Фрол and the like), the
commenters' first names with an initial (Maureen T., Josette L., Hannelore S., Lucia B., Stanisława W., Галина С. and
the like), generic names (Éditions du Causse, the Combe, Береговая улица, St. Veit) and real brands, services,
platforms, hosts, themes, bodies and places (the embed services, Reverb, Steady, Etsy, Poste Italiane, Patronite, IPSO,
Ghost, Casper, Carrd, WordPress, Astra, Neve, GeneratePress, Kadence, Amazon, Allegro, Ozon, VK ID, Threema, the
Cotswolds, Sheep Street, Wisbech, the Fens, the Morvan, the Allgäu) were not checked. (7) ``date`` printed Sun Dec 6
14:20:14 UTC 2026 at the start, 14:23:00 after the allowed parts were printed and before the name checks, 14:23:35 after
them, 14:24:39 at the grep of peek.out, 14:25:47 after the file was first written, 14:25:52 at the measurement, 14:26:40
after the problems were printed and 14:27:31 after the pytest command was run again on the final file (the clock of this
machine moved slowly against the work done; I report what it printed). (8) The measurement was run once, in one shell
call with the brief's two commands (pytest output to /tmp/s185scratch/measure.out: 19 failed, 58 passed; report to
/tmp/s185scratch/report.out); then /tmp/s185scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s185/tests with /tmp/wt-s185/src on the path) to /tmp/s185scratch/problems.out: six noise
lines kept, one keep line lost, all twelve pages with problems (21 page noise lines left, all of them kept in the text,
and no article line lost), as in the Baseline paragraph. The reasons of the three tables (tables185.py) were written
from that output, and /tmp/s185scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same
result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that the
failing keep line is exactly the key of ``_KEEP_XFAIL`` and its reason quotes it, that the failing pages are exactly the
keys of ``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason and no other noise
line of the page is, that each reason's count matches and that each page reason says no article line is lost; nothing
else was changed: gen185.py wrote the final file from the same data files, checked that its lists equal them, and the
pytest command was run again on it in /tmp/wt-s185.

Judgement calls: the keep lines "Comments from the parish meeting were read aloud before the vote on the coat.", "Follow
the old drove road east and the dew pond appears as a grey disc on the turf.", "Reading the tithe map of 1841, the
warden found the pound marked as a square of walls.", "Copyright in the crier's proclamation of 1902 belongs to the
county record office, which lent it for the day.", "Advertising the well dressing in the 1950s meant chalking notices on
the school gate.", "Share of the cost fell to the bell ringers, who raised £4,000 at a summer fete.", "Subscribers to
the bell fund of 1887 are listed on a painted board in the tower.", "Partager l'eau de la mare était autrefois l'affaire
de trois fermes.", "Commentaires et souvenirs ont afflué lorsque la mairie a exposé les photos de la fourrière.",
"Droits de pâture et droits d'eau étaient notés dans le même registre jusqu'en 1910.", "Teilen mussten sich die drei
Höfe das Wasser des Tauteichs bis 1936.", "Kommentare der Nachbarn waren anfangs skeptisch, heute loben alle die neue
Mauer.", "Anzeigen im Amtsblatt von 1899 suchten schon damals einen Maurer für den Pfandstall.", "Condividere l'acqua
dello stagno era un obbligo scritto negli statuti del 1602.", "Seguendo le indicazioni del vecchio campanaro, i
falegnami hanno rifatto il castello in rovere.", "Diritti d'acqua e di pascolo erano annotati nello stesso registro
comunale.", "Udostępnienie stawu wszystkim gospodarzom zapisano w uchwale z 1928 roku.", "Komentarze starszych
mieszkańców pomogły odtworzyć dawny wygląd wyspy.", "Читая старые протоколы, краевед нашёл имя первого глашатая." and
"Реклама в газете 1912 года приглашала мастеров на ремонт колокольни." are article sentences: each reports what a parish
meeting, a walker on a drove road, a warden with a tithe map, a record office, villagers chalking notices, bell ringers,
subscribers to a bell fund, three farms sharing a pond, a town hall showing photos, a register of rights, three farms
sharing a dew pond, neighbours, an official gazette, old statutes, carpenters following a bell ringer, a council
register, a village resolution, old residents, a local historian or an old newspaper did, said or hold, with the
noise-like word as an ordinary noun, verb, gerund or participle of the sentence ("Comments from the parish meeting" are
what villagers said before a vote, not a comment count; "Follow the old drove road" is a walking direction, not a
follow-us prompt; "Reading the tithe map" is a warden's research, not a reading time; "Copyright in the crier's
proclamation" is who owns an old document, not a copyright line; "Advertising the well dressing" is how a village once
made its custom known, not an ad label; "Share of the cost" is money, not a share row; "Subscribers to the bell fund"
are donors of 1887, not a subscribe box; the French "Partager", "Commentaires" and "Droits", the German "Teilen",
"Kommentare" and "Anzeigen", the Italian "Condividere", "Seguendo" and "Diritti", the Polish "Udostępnienie" and
"Komentarze" and the Russian "Читая" and "Реклама" are farms sharing water, memories sent in to a town hall, grazing and
water rights, farms sharing a pond, neighbours' remarks, advertisements in a gazette of 1899, a statute on sharing
water, carpenters following an old bell ringer's directions, rights in a register, a pond opened to all farmers, old
residents' remarks, a historian reading minutes and an advertisement of 1912; none of them is share, subscribe, follow,
comment, ad, reading-time or copyright furniture). Categories: the Sketchfab, Bandcamp, Datawrapper, Dailymotion, Issuu,
RaiPlay, SoundCloud and Rutube lines are markers (each stands where an embed of the page did not come through; WebGL,
the withdrawn album, the unpublished chart, the country and region blocks, the withdrawn document and the deleted track
are the embed's failure, not notices about the article); the stopwatch label, the it-should-take-you line and the
French, German, Italian, Polish and Russian lines are reading times (the blog line's diagrams are part of the same
length warning); the reporting-by line, the village-correspondent-writes line, the French correspondent line and the
Russian author line are bylines at the head (the correspondent line credits the writer and introduces the text, so a
byline, not a heading of the article), and the Reverb, Steady, Etsy and Patronite lines are bylines (self-promotion) at
the foot (each sells the author's wares or asks for money for the author); the IPSO row, the Ghost and Carrd credits,
the French accessibility row, the German no-liability row, the Italian VAT row, the Polish publisher line and the
Russian online-outlet line are footers (the accessibility, no-liability, VAT, register and age-rating lines are the
legal lines sites print at the foot of every page, not notes on the article); the load-more link, the
awaiting-moderation note, the nickname label, the French show-replies link, the German released-after-review note, the
Italian log-in prompt, the Polish show-earlier link and the Russian VK ID prompt are comment furniture (the German note
and the English moderation note speak of the reader's comment, not of the article, so comment furniture rather than
notices; the log-in and VK ID prompts ask the reader to sign in to comment, not to subscribe); the English, German and
Polish rows are share rows (the copy-link entries belong to the row); the Italian press-release note and the Russian
opinion disclaimer are notices in the body (both speak of the article they sit in), and the French free-access note is a
notice at the foot (it says why the article is free; it asks for nothing, so not a subscribe prompt). On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (date-and-weather lines, mastheads, section menus, breadcrumbs,
bylines, date lines, reading times, captions and credits, ad labels, sponsored headlines, read-also links, newsletter
prompts, share rows, comment counts, comments and replies, links rows, copyright lines, blog names, taglines, menus,
posted-on lines, tables of contents, affiliate links, sign-offs, plugs, related-post links, comments headings and
platform credits) is noise. The list rows (what the coat is made of, the three steps at the pond, what was done at the
tower, how the island is made, what was done at the pound and what the board's carvers did, and what went into the
guitar, the tools for the spoon, the parts of the shave horse, what the bass needs, the sloe gin's ingredients and what
the balalaika is made of) are short but part of each article, so article; the captions describe photos, so noise, though
on the portals they sit between two paragraphs in one block and on the blogs at the top of the first paragraph's block;
the date-and-weather lines are the site's header, not the story's date, so noise; the affiliate lines name a tool the
author used but are shop links, so noise though they sit at the top of the list block; the read-also links and
newsletter prompts sit between the two last paragraphs but name other stories or ask for sign-ups, so noise; the blogs'
plugs ("I build these to order too – drop me a line through the Contact page for a quote." and the like) speak in the
author's voice but sell, so noise; the sign-offs ("Keep on pickin', Dunstan" and the like) close the post in the
author's voice but are a signature, so noise; the arrowed replies in the threads are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and a Russian one), body 10 (the eight markers and two
notices: Italian and Russian), tail 24 (four plugs: English, German, Italian and Polish, eight footers, eight comment
lines, three share rows and the French notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail
8), 12 pages with 240 noise lines and 120 article lines: en-portal-hobbleford-crier-coat (a town crier's new scarlet
coat, the first since 1995), en-blog-threestrings-cigar-box-guitar (a three-string cigar box guitar from a charity-shop
box), fr-portail-vaumorteuil-mare (a dew pond on a causse cleared of thirty years of mud by volunteers),
fr-blog-copeauxdefrene-cuillere (a spoon carved from a fresh birch branch), de-portal-schnurrenbach-glockenstuhl (a
church's rotten spruce bell frame replaced by one of hewn oak), de-blog-zugmesserundzirbe-schneidesel (a shave horse of
Douglas fir), it-portale-ranocchiara-isolotto (a duck pond's island, lost in a flood, rebuilt by an anglers' club),
it-blog-tinozzaecorda-basso (a washtub bass from a grandmother's zinc tub), pl-portal-zabioleka-zagroda (the stone walls
of a village pound for straying cattle rebuilt), pl-blog-tarninowaspizarnia-tarninowka (a first sloe gin),
ru-portal-uhvostovsk-shchit-kolodtsa (a carved board over a village well, dressed for the Kupala festival, mended and
put back) and ru-blog-tristruny-balalaika (a prima balalaika of spruce and maple), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 427d19b1b7b8a5dbf739edbb917f513d90a62d0c, measured with ``cd /tmp/wt-s185 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s185/src python -m pytest -q tests/test_clean_held_out_185.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s185 && PYTHONPATH=/tmp/wt-s185/src python
scripts/clean_held_out_report.py --sets 185``, with the xfail tables empty, at 14:25:52 UTC by ``date``): noise lines
removed 39/45 (marker 6/8, reading-time 6/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English Datawrapper and Italian
RaiPlay placeholders), one reading time at the head (the English blog's it-should-take-you line), two bylines at the
head (the English village-correspondent line and the French by-our-local-correspondent line) and one notice in the body
(the Italian press-release note); the English Sketchfab and Bandcamp, French Dailymotion, German Issuu, Polish
SoundCloud and Russian Rutube markers, the other six reading times, the English reporting-by byline and the Russian
author byline at the head, all four plugs at the foot (Reverb, Steady, Etsy, Patronite), all eight footers, all eight
comment lines, every share row, the Russian opinion disclaimer and the French free-access note went); keep lines kept
19/20 (the Russian sentence "Реклама в газете 1912 года приглашала мастеров на ремонт колокольни." is lost at the foot);
pages 0/12 clean, 21 of 240 page noise lines left and 0 of 120 article lines lost. Left: on the English crier's-coat,
French dew-pond, Italian duck-pond-island and Polish village-pound portals the three lines of the reader thread under
the share row at the foot (the two comments and the arrowed reply; 3 each; the share row and the comment count went); on
the German bell-frame portal the newsletter prompt between the two last paragraphs and the first comment of the thread
(2); on the Russian well-board portal the first comment of the thread (1); on each of the six blogs the lead photo's
caption at the top of the first paragraph's block (1 each). No page loses an article line; one keep line is lost. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s185 gave 58 passed, 19
xfailed, no XPASS.

Measured after round 123 (developed on sets 183 and 184 beside this set's writing from the same base, 427d19b, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 431d395, the round
with the lead's mend): nothing moved. Round 123's readings (a most-read box closing the list block, a read-also link on
the blog, a masthead under the skip link, a sign-off with a kiss or a kin word) do not reach this set's reader threads
of "Name I. · text" rows under the share row, its photo captions or its Russian keep line opening with "Реклама". Its
lines and pages are as measured and none of its xfail entries is removed. Noise lines 39 of 45, keep 19 of 20, pages
clean 0 of 12, page noise lines left 21 of 240, article lines lost 0 of 120.

Round 124 (development; this set was read in full from this round on): the reader threads of "Name I. · text" rows under
the share row and the comment count go. comment_threads._DASHED_REPLIER, the replier's name set off by a dash under a
thread's header (round 116), takes a middle dot too, so the arrowed reply ("↳ Gordon B. · Agreed, though I'll miss the
pink shoulders!", "↳ Rémi V. · ...", "↳ Dieter K. · ...", "↳ Franco M. · ...", "↳ Marek J. · ...", "↳ Олег Т. · ...") is
a thread's marker and the count opens the thread over all its rows (never with no header: an article's quoted residents
or an arrowed row under no count stay). The keep line "Реклама в газете 1912 года приглашала мастеров на ремонт
колокольни." stays at the foot: clean._is_ad_of_the_past (_AD_WORD_OPENING, _PAST_VERB or _NARRATED_PAST, no
_AD_CONTACT; the lead's review split round 124's one pattern in these parts) stops the edge walk (mark_edge_lines) at a
sentence whose subject is an advertisement it narrates in the past tense, no colon, no contact (an ad label alone or
with an age mark, or an ad slot's contact line, still goes). Set 186's Russian portal's two last paragraphs come back
from a narrower widget word (noise_patterns.WIDGET_WORD: "расскажут", "расскажет", "racontera", "racconterà" and the
like are a programme's telling). Tests: test_round_124_* in tests/test_clean.py. This set before -> after: noise lines
39/45 -> 39/45 (marker 6/8, reading-time 6/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3, unchanged),
keep 19/20 -> 20/20, pages clean 0/12 -> 5/12 (the English, French, Italian, Polish and Russian portals), page noise
lines left 21 -> 7 of 240, article lines lost 0 -> 0 of 120. Xfails removed: the keep line's and the five portals' page
entries; reworded: the German portal (now only its newsletter prompt between the two last paragraphs is left; its thread
goes). Still missed: the six line xfails (Datawrapper and RaiPlay placeholders, the it-should-take-you reading line, the
village-correspondent and local-correspondent bylines, the press-release note), the German portal's newsletter prompt
"Die wichtigsten Nachrichten aus der Region jeden Morgen per Mail – jetzt anmelden." and the six blogs' lead-photo
captions (no credit, no prompt, no label: left, as the brief asks). All sets (177 in the report) before -> after: noise
lines 7262/8041 -> 7262/8041, article lines kept 3566/3567 -> 3567/3567, pages clean 1224/2110 -> 1230/2110, page noise
lines left 1815 -> 1801 of 43920, paragraphs lost 4 -> 2 (no set loses a kept line or a paragraph; no other set's xfail
moved). SemEval: 0 changed files of 3723. Bench ratio to baseline 1.01 (benchmarks/bench_clean.py, 200 articles, 3.506 s
best against 3.460 s). The cleaning test set at commit 7afde59 (this round's code): 22658 passed, 1689 xfailed, no
XPASS, in 20 min 5 s.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_185_LINES: list[tuple[str, str, str]] = [
    ('body', 'Sketchfab model not loaded – 3D viewing needs WebGL, which is switched off in this browser.', 'marker'),
    ('body', 'Bandcamp player unavailable: the artist has removed this album from sale.', 'marker'),
    ('body', 'Datawrapper chart did not load. It may have been unpublished by its author.', 'marker'),
    ('body', "La vidéo Dailymotion n'est pas disponible dans votre pays.", 'marker'),
    ('body', 'Das Issuu-Dokument wird nicht angezeigt: Der Herausgeber hat es zurückgezogen.', 'marker'),
    ('body', 'Il video di RaiPlay non è visibile fuori dal territorio italiano.', 'marker'),
    ('body', 'Odtwarzacz SoundCloud jest niedostępny – autor usunął ten utwór.', 'marker'),
    ('body', 'Видео с Rutube недоступно в вашем регионе.', 'marker'),
    ('head', '⏱ 4 min', 'reading-time'),
    ('head',
     'It should take you about 12 minutes to read this, a bit longer if you stop at the diagrams.',
     'reading-time'),
    ('head', 'Il vous faudra 4 minutes pour lire cet article.', 'reading-time'),
    ('head', 'Lesedauer ca. 4 Min.', 'reading-time'),
    ('head', 'Leggerai questo articolo in 4 minuti', 'reading-time'),
    ('head', 'Lektura na 4 minuty', 'reading-time'),
    ('head', 'На чтение уйдёт около 4 минут', 'reading-time'),
    ('head', 'Reporting by Philippa Duxmoor; additional reporting by Ned Crabbetoft', 'byline'),
    ('head', 'Our village correspondent, Marjorie Tweddlecombe, writes:', 'byline'),
    ('head', 'Par notre correspondante locale, Ghislaine Poupardot', 'byline'),
    ('head', 'Автор: Евлампия Горохватова, корреспондент отдела новостей', 'byline'),
    ('tail', 'My fretless banjos are listed on Reverb, posted anywhere in the UK.', 'byline'),
    ('tail', 'Unterstützen Sie dieses Blog über Steady – schon ab 3 € im Monat.', 'byline'),
    ('tail', 'I miei quaderni di bottega sono in vendita su Etsy, spedizione con Poste Italiane.', 'byline'),
    ('tail', 'Wesprzyj bloga na Patronite – wspierający dostają plany jako pierwsi.', 'byline'),
    ('tail', 'Regulated by IPSO · How to complain · Accessibility', 'footer'),
    ('tail', 'Published with Ghost · Theme: Casper · Sign up', 'footer'),
    ('tail', 'Made with Carrd · Privacy · Contact', 'footer'),
    ('tail', 'Accessibilité : partiellement conforme · Plan du site · Gestion des cookies', 'footer'),
    ('tail', 'Alle Angaben ohne Gewähr · Impressum · Datenschutz', 'footer'),
    ('tail', 'P.IVA 02718394056 · Tutti i diritti riservati · Credits', 'footer'),
    ('tail', 'Wydawca: Grupa Medialna Bzykowo sp. z o.o., KRS 0000412873', 'footer'),
    ('tail', 'Сетевое издание «Заречный листок» · 16+ · Все права защищены', 'footer'),
    ('tail', 'Load 14 more comments', 'comments'),
    ('tail', 'Your comment is awaiting moderation.', 'comments'),
    ('tail', 'Nickname (shown next to your comment)', 'comments'),
    ('tail', 'Afficher les 6 réponses', 'comments'),
    ('tail', 'Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.', 'comments'),
    ('tail', 'Accedi per commentare o registrati gratuitamente.', 'comments'),
    ('tail', 'Pokaż wcześniejsze komentarze (12)', 'comments'),
    ('tail', 'Войдите через VK ID, чтобы оставить комментарий.', 'comments'),
    ('tail', 'Pass it on: WhatsApp · Email · Copy link', 'share'),
    ('tail', 'Artikel teilen per WhatsApp · Threema · E-Mail', 'share'),
    ('tail', 'Podziel się artykułem: Facebook · WhatsApp · Skopiuj link', 'share'),
    ('tail', 'Cet article est en accès libre grâce au soutien de nos abonnés.', 'notice'),
    ('body', 'Comunicato stampa pubblicato integralmente.', 'notice'),
    ('body', 'Мнение автора может не совпадать с мнением редакции.', 'notice'),
]
HELD_OUT_185_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the parish meeting were read aloud before the vote on the coat.'),
    ('head', 'Follow the old drove road east and the dew pond appears as a grey disc on the turf.'),
    ('body', 'Reading the tithe map of 1841, the warden found the pound marked as a square of walls.'),
    ('body',
     "Copyright in the crier's proclamation of 1902 belongs to the county record office, which lent it for the day."),
    ('tail', 'Advertising the well dressing in the 1950s meant chalking notices on the school gate.'),
    ('tail', 'Share of the cost fell to the bell ringers, who raised £4,000 at a summer fete.'),
    ('tail', 'Subscribers to the bell fund of 1887 are listed on a painted board in the tower.'),
    ('head', "Partager l'eau de la mare était autrefois l'affaire de trois fermes."),
    ('body', 'Commentaires et souvenirs ont afflué lorsque la mairie a exposé les photos de la fourrière.'),
    ('tail', "Droits de pâture et droits d'eau étaient notés dans le même registre jusqu'en 1910."),
    ('head', 'Teilen mussten sich die drei Höfe das Wasser des Tauteichs bis 1936.'),
    ('body', 'Kommentare der Nachbarn waren anfangs skeptisch, heute loben alle die neue Mauer.'),
    ('tail', 'Anzeigen im Amtsblatt von 1899 suchten schon damals einen Maurer für den Pfandstall.'),
    ('head', "Condividere l'acqua dello stagno era un obbligo scritto negli statuti del 1602."),
    ('body', 'Seguendo le indicazioni del vecchio campanaro, i falegnami hanno rifatto il castello in rovere.'),
    ('tail', "Diritti d'acqua e di pascolo erano annotati nello stesso registro comunale."),
    ('head', 'Udostępnienie stawu wszystkim gospodarzom zapisano w uchwale z 1928 roku.'),
    ('tail', 'Komentarze starszych mieszkańców pomogły odtworzyć dawny wygląd wyspy.'),
    ('head', 'Читая старые протоколы, краевед нашёл имя первого глашатая.'),
    ('tail', 'Реклама в газете 1912 года приглашала мастеров на ремонт колокольни.'),
]
HELD_OUT_185_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hobbleford-crier-coat', [
        [
            '-Wednesday 4 March · 8°C, showers later',
            '-The Hobbleford Clarion',
            "-News · Sport · What's On · Property · Obituaries",
        ],
        [
            '-Home › News › Hobbleford',
            '+Town crier Cyril Dabbingford gets a new scarlet coat after 31 years',
            '-By Rosalind Quillerbatch',
        ],
        [
            '-Published 4 March 2026, 06:00',
            '-3 min read',
            "+Hobbleford's town crier, Cyril Dabbingford, will open the spring fair on Saturday wearing a new coat, "
            'the first since 1995.',
        ],
        [
            '+The old coat, scarlet wool with gold braid, had faded to pink on the shoulders and was patched at both '
            'elbows.',
            "-Cyril Dabbingford tries on the new coat in the tailor's workshop on Sheep Street.",
            '-Photo: Tobias Gadsbridle',
            '+“It is like putting on a new voice,” Mr Dabbingford said after the first fitting. “People will hear me '
            "before they see me, but now they'll see me too.”",
        ],
        [
            '-Advertisement',
            '-Sponsored: Five kitchen gadgets every home cook is talking about',
        ],
        [
            '+What the new coat is made of',
            '+Scarlet melton wool woven at a mill in the Cotswolds',
            "+Twenty-two brass buttons stamped with the town's arms",
            '+A tricorn hat trimmed with black ostrich feather',
        ],
        [
            "+The coat was paid for by the town council and the traders' association, at a cost of £2,400.",
            '-Read more: Spring fair returns to the market place with 40 stalls',
            "-Get the day's local headlines in your inbox every morning – sign up free.",
            "+The old coat will go on show in the town museum from April, next to the crier's bell of 1887.",
        ],
        [
            '-Share: Facebook · X · WhatsApp · Email',
            '-7 comments',
            '-Maureen T. · He looks splendid. About time the old coat was retired.',
            "-↳ Gordon B. · Agreed, though I'll miss the pink shoulders!",
            '-Sally R. · Will the old bell be rung too?',
        ],
        [
            '-About us · Contact · Advertise · Terms · Privacy',
            '-© 2026 Clarion Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-threestrings-cigar-box-guitar', [
        [
            '-Three Strings and a Lid',
            '-Workshop notes from a shed in the Fens',
            '-Home · Builds · Tools · About',
        ],
        [
            '+Building a three-string cigar box guitar from a charity-shop box',
        ],
        [
            '-Posted on 2 March 2026 by Dunstan',
            '-8 min read',
            '-Contents',
            '-1. The box and the neck',
            '-2. Frets and strings',
        ],
        [
            '-The box before any cutting, still smelling faintly of cedar.',
            '+The box cost me £3 in a charity shop in Wisbech, and it still had the tax stamp on the lid.',
            '+For the neck I used a length of maple from an old bed frame, planed down to an inch square.',
        ],
        [
            '+My neighbour, who has played the blues for fifty years, picked it up and said, “It buzzes in all the '
            'right places.”',
        ],
        [
            '-The fret saw I used is this one on Amazon (affiliate link).',
            '+What went into it',
            '+A cedar cigar box with a hinged lid',
            '+A maple neck with twelve nickel frets',
            '+Three steel strings tuned to open G',
        ],
        [
            '+The whole build took four weekends and cost less than £25.',
            '+Next I want to try a four-string version with a proper pickup.',
        ],
        [
            "-Keep on pickin', Dunstan",
            '-I build these to order too – drop me a line through the Contact page for a quote.',
            '-You might also like: Making a slide from a wine bottle neck',
            '-Share this post: Facebook · Pinterest · Email',
        ],
        [
            '-4 Comments',
            '-Terry A. · Great write-up. What gauge strings did you use?',
            '-Bev M. · My grandson would love one of these.',
            "-↳ Dunstan · Thanks Bev – they're easier than they look, send him over!",
        ],
        [
            '-© 2026 Dunstan Thrumbleford. All rights reserved.',
            '-Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-vaumorteuil-mare', [
        [
            '-Mardi 10 mars · 9 °C, éclaircies',
            '-Le Réveil du Causse',
            '-Actualités · Sports · Agenda · Annonces · Nécrologie',
        ],
        [
            '-Accueil > Actualités > Vaumorteuil',
            '+À Vaumorteuil, la mare du causse retrouve son eau',
            '-Par Bérengère Fouquenard',
        ],
        [
            '-Publié le 10/03/2026 à 07h15',
            '-Lecture 3 min.',
            '+Envasée depuis plus de trente ans, la mare du plateau de Vaumorteuil a été curée la semaine dernière '
            'par une vingtaine de bénévoles.',
        ],
        [
            "+Creusée au XIXe siècle pour abreuver les moutons, elle était devenue une simple cuvette d'herbe et de "
            'ronces.',
            '-Les bénévoles retirent la vase à la pelle, au fond de la mare.',
            '-Photo : Firmin Chaudelasse',
            "+« On a retrouvé le pavage d'origine sous cinquante centimètres de boue », raconte Albéric Sornevaux, "
            "président de l'association du patrimoine.",
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : Ces assurances auto que les Français adorent',
        ],
        [
            '+Les travaux en trois étapes',
            '+Le curage de la vase et des racines',
            '+La réfection du fond en argile damée',
            "+La pose d'une barrière en châtaignier",
        ],
        [
            "+La mare s'est remplie en deux semaines grâce aux pluies de février.",
            '-À lire aussi : Le lavoir de la Combe rouvre au public',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter.",
            '+Une sortie nature y sera organisée en mai pour observer tritons et libellules.',
        ],
        [
            '-Partager : Facebook · X · E-mail',
            '-4 commentaires',
            '-Josette L. · Bravo aux bénévoles, je me souviens des moutons qui y buvaient.',
            '-↳ Rémi V. · Mon grand-père les y menait aussi !',
            "-Paul D. · Et pour l'entretien, qui s'en chargera ?",
        ],
        [
            '-Qui sommes-nous · Contact · Mentions légales · Confidentialité',
            '-© 2026 Éditions du Causse – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-copeauxdefrene-cuillere', [
        [
            '-Copeaux de Frêne',
            '-Travail du bois vert, à la main, dans le Morvan',
            '-Accueil · Tutoriels · Outils · À propos',
        ],
        [
            '+Tailler une cuillère dans une branche de bouleau fraîche',
        ],
        [
            '-Publié le 3 mars 2026 par Anselme',
            '-Temps de lecture : 6 minutes',
            '-Sommaire',
            '-1. Choisir la branche',
            '-2. Creuser le cuilleron',
        ],
        [
            '-La branche de bouleau fendue en deux, prête à être ébauchée.',
            "+J'ai coupé la branche le matin même, au bord du chemin, après l'élagage des bouleaux par la commune.",
            '+Le bois vert se travaille comme du beurre, à condition de garder les outils bien affûtés.',
        ],
        [
            "+Mon voisin menuisier, en voyant la première cuillère, m'a dit : « Celle-là, tu ne la vends pas, tu la "
            'gardes. »',
        ],
        [
            "-Le couteau croche que j'utilise est disponible ici sur Amazon (lien affilié).",
            "+Les outils dont j'ai eu besoin",
            "+Une hachette bien affûtée pour l'ébauche",
            '+Un couteau droit pour les finitions',
            '+Un couteau croche pour creuser le cuilleron',
        ],
        [
            "+Après une semaine de séchage, j'ai huilé la cuillère à l'huile de lin.",
            "+Elle sert désormais tous les jours pour la soupe, et elle n'a pas fendu.",
        ],
        [
            "-À bientôt à l'atelier, Anselme",
            '-Je donne des stages de sculpture de cuillères le samedi, réservations via la page Contact.',
            '-Vous aimerez aussi : Affûter un couteau croche sans se ruiner',
            '-Partager cet article : Facebook · Pinterest · E-mail',
        ],
        [
            '-3 commentaires',
            '-Colette B. · Superbe ! Quel bois conseilles-tu pour débuter ?',
            "-Jean-Luc P. · J'ai essayé avec du noisetier, ça marche aussi.",
            '-↳ Anselme · Merci Jean-Luc, oui, le noisetier est parfait pour débuter.',
        ],
        [
            '-© 2026 Anselme Garrigou – tous droits réservés',
            '-Propulsé par WordPress · Thème : Neve',
        ],
    ]),
    _page('de', 'de-portal-schnurrenbach-glockenstuhl', [
        [
            '-Donnerstag, 12. März · 6 °C, bewölkt',
            '-Schnurrenbacher Bote',
            '-Lokales · Sport · Kultur · Termine · Traueranzeigen',
        ],
        [
            '-Startseite › Lokales › Schnurrenbach',
            '+Neuer Glockenstuhl aus Eiche für die Kirche St. Veit',
            '-Von Irmtraud Zwiebelhaupt',
        ],
        [
            '-12.03.2026, 06:30 Uhr',
            '-Lesezeit 3 Minuten',
            '+Nach 140 Jahren hat die Kirche St. Veit in Schnurrenbach einen neuen Glockenstuhl bekommen.',
        ],
        [
            '+Der alte Stuhl aus Fichtenholz war so morsch, dass die große Glocke seit 2023 nicht mehr geläutet '
            'werden durfte.',
            '-Zimmerleute heben einen Eichenbalken durch die Schallluke in den Turm.',
            '-Foto: Gernot Pfriemelsberger',
            '+„Jeder Balken wurde von Hand gebeilt, so wie vor 140 Jahren“, sagt Zimmermeister Ansgar Holzapfelberg.',
        ],
        [
            '-Werbung',
            '-Sponsored: So sparen Hausbesitzer jetzt bei der Heizung',
        ],
        [
            '+Was am Turm gemacht wurde',
            '+Ein neuer Glockenstuhl aus luftgetrockneter Eiche',
            '+Neue Joche für alle drei Glocken',
            '+Ein neuer Boden in der Glockenstube',
        ],
        [
            '+Die Kosten von 180.000 Euro tragen die Kirchengemeinde, das Bistum und ein Förderverein.',
            '-Lesen Sie auch: Orgel in St. Veit wird im Herbst gereinigt',
            '-Die wichtigsten Nachrichten aus der Region jeden Morgen per Mail – jetzt anmelden.',
            '+Zum ersten Mal läuten alle drei Glocken wieder am Ostersonntag um zehn Uhr.',
        ],
        [
            '-Teilen: Facebook · X · WhatsApp',
            '-5 Kommentare',
            '-Hannelore S. · Endlich! Die große Glocke hat uns so gefehlt.',
            '-↳ Dieter K. · Ostern bin ich bestimmt im Turmgarten.',
            '-Martin W. · Wird der alte Stuhl aufbewahrt?',
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt · Mediadaten',
            '-© 2026 Schnurrenbacher Verlagshaus GmbH',
        ],
    ]),
    _page('de', 'de-blog-zugmesserundzirbe-schneidesel', [
        [
            '-Zugmesser und Zirbe',
            '-Holzwerken im Allgäu, ohne Strom',
            '-Startseite · Projekte · Werkzeug · Über mich',
        ],
        [
            '+Meine Schnitzbank: ein Schneidesel aus Douglasie',
        ],
        [
            '-Veröffentlicht am 5. März 2026 von Reinhold',
            '-Lesezeit: 7 Minuten',
            '-Inhalt',
            '-1. Das Gestell',
            '-2. Der Klemmkopf',
        ],
        [
            '-Der fertige Schneidesel vor der Werkstatt.',
            '+Schon lange wollte ich einen Schneidesel, um Stiele und Zinken mit dem Zugmesser zu bearbeiten.',
            '+Das Holz stammt von einer Douglasie, die der Förster im Herbst am Waldrand gefällt hat.',
        ],
        [
            '+Mein Nachbar, ein alter Wagner, setzte sich drauf und meinte: „Da sitzt man ja bequemer als auf meinem '
            'Sofa.“',
        ],
        [
            '-Das Zugmesser, das ich benutze, gibt es hier bei Amazon (Affiliate-Link).',
            '+Die wichtigsten Teile',
            '+Eine Sitzbohle aus einem halben Stamm',
            '+Drei gespreizte Beine aus Eschenholz',
            '+Ein Klemmkopf mit Fußpedal',
        ],
        [
            '+Insgesamt habe ich drei Wochenenden gebraucht und nur die Schrauben gekauft.',
            '+Als Nächstes schnitze ich darauf die Sprossen für eine Leiter.',
        ],
        [
            '-Bis bald in der Werkstatt, euer Reinhold',
            '-Baupläne für den Schneidesel gibt es als PDF in meinem Shop.',
            '-Das könnte dich auch interessieren: Ein Zugmesser richtig schärfen',
            '-Beitrag teilen: Facebook · Pinterest · E-Mail',
        ],
        [
            '-3 Kommentare',
            '-Uwe B. · Klasse Bauweise! Wie hoch ist die Sitzbohle?',
            '-Sabine L. · Sowas will ich auch bauen.',
            '-↳ Reinhold · Danke Sabine, die Pläne helfen dir bestimmt.',
        ],
        [
            '-© 2026 Reinhold Spanhoferl',
            '-Erstellt mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-ranocchiara-isolotto', [
        [
            '-Venerdì 13 marzo · 12 °C, sereno',
            '-Gazzetta di Ranocchiara',
            '-Cronaca · Sport · Cultura · Eventi · Necrologi',
        ],
        [
            '-Home › Cronaca › Ranocchiara',
            '+Lo stagno delle anatre ritrova il suo isolotto',
            '-di Ortensia Pellegrucci',
        ],
        [
            '-Pubblicato il 13/03/2026 alle 08:10',
            '-Tempo di lettura: 3 minuti',
            "+Lo stagno dei giardini pubblici di Ranocchiara ha di nuovo il suo isolotto, sparito sotto l'acqua dopo "
            "l'alluvione del 2019.",
        ],
        [
            '+I volontari del circolo pescatori hanno ricostruito la riva con pali di castagno e sacchi di terra.',
            "-Le anatre prendono possesso dell'isolotto appena terminato.",
            '-Foto di Vittorino Sgangherelli',
            "+«Le anatre lo hanno occupato dopo un'ora, prima ancora che togliessimo gli attrezzi», racconta "
            'Gualtiero Pastinacci, presidente del circolo.',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: Le offerte di primavera per il tuo giardino',
        ],
        [
            '+Come è fatto il nuovo isolotto',
            '+Una palizzata di castagno lunga venti metri',
            '+Terra di scavo coperta da zolle di carice',
            '+Una casetta di legno per la cova',
        ],
        [
            "+Il lavoro è costato 3.500 euro, raccolti con una lotteria alla sagra d'autunno.",
            '-Leggi anche: Giardini pubblici, nuove panchine lungo il viale',
            '-Iscriviti alla newsletter e ricevi ogni mattina le notizie del territorio.',
            '+In primavera le scuole verranno a vedere i primi anatroccoli dalla riva.',
        ],
        [
            '-Condividi: Facebook · X · WhatsApp',
            '-3 commenti',
            "-Lucia B. · Finalmente! I miei nipoti chiedevano sempre dove fosse finita l'isola.",
            '-↳ Franco M. · Complimenti ai pescatori, lavoro fatto bene.',
            '-Anna P. · Speriamo che le nutrie non la distruggano.',
        ],
        [
            '-Chi siamo · Contatti · Note legali · Privacy',
            '-© 2026 Edizioni Ranocchiaresi srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-tinozzaecorda-basso', [
        [
            '-Tinozza e Corda',
            '-Strumenti fatti in casa e musica da cortile',
            '-Home · Progetti · Strumenti · Chi sono',
        ],
        [
            '+Il mio basso a tinozza: una bacinella di zinco e un manico di scopa',
        ],
        [
            '-Pubblicato il 6 marzo 2026 da Amedeo',
            '-Lettura: 5 minuti',
            '-Indice dei contenuti',
            '-1. La tinozza',
            '-2. Il manico e la corda',
        ],
        [
            '-La tinozza di zinco capovolta sul tavolo del laboratorio.',
            '+La tinozza di zinco era di mia nonna, e per anni è rimasta appesa in cantina.',
            '+Per il manico ho usato un bastone di frassino, più robusto di un vero manico di scopa.',
        ],
        [
            "+Quando l'ho suonato alla festa del paese, un signore anziano mi ha detto: «Questo è il suono della mia "
            'giovinezza.»',
        ],
        [
            '-La corda che ho usato la trovi qui su Amazon (link affiliato).',
            '+Cosa serve',
            '+Una tinozza di zinco da quaranta litri',
            '+Un bastone di frassino lungo un metro e mezzo',
            '+Una corda di nylon intrecciato',
        ],
        [
            '+Il suono cambia tirando il bastone verso di sé o lasciandolo andare.',
            '+Ora sto provando ad aggiungere un ponticello per avere più volume.',
        ],
        [
            '-Alla prossima, Amedeo',
            '-Costruisco bassi a tinozza su ordinazione: scrivimi dalla pagina Contatti.',
            '-Potrebbe interessarti anche: Un kazoo con un pettine e la carta velina',
            '-Condividi questo post: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Commenti (3)',
            '-Rita G. · Che bello! Mio padre ne aveva uno uguale.',
            '-Sandro V. · Che spessore ha la corda?',
            '-↳ Amedeo · Ciao Sandro, circa cinque millimetri.',
        ],
        [
            '-© 2026 Amedeo Sgarbellotti',
            '-Realizzato con WordPress · Tema: Kadence',
        ],
    ]),
    _page('pl', 'pl-portal-zabioleka-zagroda', [
        [
            '-Poniedziałek, 16 marca · 5°C, mżawka',
            '-Echo Żabiołęki',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '-Strona główna › Wiadomości › Żabiołęka',
            '+Mur dawnej gminnej zagrody dla bydła odbudowany',
            '-Tekst: Halina Gąsiorkiewicz',
        ],
        [
            '-16.03.2026, 07:40',
            '-Czas czytania: 3 min',
            '+W Żabiołęce odbudowano kamienny mur zagrody, do której sto lat temu zamykano bydło złapane na cudzym '
            'polu.',
        ],
        [
            '+Z muru zostały tylko fundamenty i jeden narożnik, porośnięte bzem i pokrzywami.',
            '-Murarze układają ostatnią warstwę kamienia polnego.',
            '-Fot. Bronisław Kociełek',
            '+„Każdy kamień leżał w promieniu stu metrów, trzeba go było tylko znaleźć” – mówi sołtys Edmund '
            'Trzepaczyński.',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Tak urządzisz ogród w weekend',
        ],
        [
            '+Co zrobiono przy zagrodzie',
            '+Odbudowano mur z kamienia polnego na glinie',
            '+Wstawiono dębową bramę na kutych zawiasach',
            '+Ustawiono tablicę z historią zagrody',
        ],
        [
            '+Prace kosztowały 62 tysiące złotych i zostały sfinansowane z funduszu sołeckiego.',
            '-Czytaj także: Remont remizy w Żabiołęce zakończony',
            '-Zapisz się na nasz newsletter i otrzymuj codziennie najważniejsze wiadomości z gminy.',
            '+Uroczyste otwarcie zagrody odbędzie się w czasie majowego festynu.',
        ],
        [
            '-Udostępnij: Facebook · X · Messenger',
            '-6 komentarzy',
            '-Stanisława W. · Pamiętam, jak dziadek opowiadał o tej zagrodzie.',
            '-↳ Marek J. · Piękna robota, brawo dla murarzy.',
            '-Ewa K. · A kto zapłaci za utrzymanie?',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Żabiołęckie. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-tarninowaspizarnia-tarninowka', [
        [
            '-Tarninowa Spiżarnia',
            '-Nalewki, przetwory i zapiski z ogrodu',
            '-Strona główna · Przepisy · Ogród · O mnie',
        ],
        [
            '+Tarninówka na ginie, czyli mój pierwszy sloe gin',
        ],
        [
            '-Opublikowano 8 marca 2026 przez Zenona',
            '-Czas czytania: 4 min',
            '-Spis treści',
            '-1. Zbiór tarniny',
            '-2. Nastaw i leżakowanie',
        ],
        [
            '-Tarnina zebrana po pierwszych przymrozkach.',
            '+Tarninę zebrałem w listopadzie, po pierwszym przymrozku, z krzaków rosnących przy polnej drodze.',
            '+Owoce nakłułem widelcem i zasypałem cukrem w dużym słoju.',
        ],
        [
            '+Teściowa spróbowała po trzech miesiącach i powiedziała: „Tego nie wstyd postawić na święta”.',
        ],
        [
            '-Słój, którego używam, kupisz tutaj na Allegro (link afiliacyjny).',
            '+Składniki na litrowy słój',
            '+Pół kilograma tarniny',
            '+Dwieście gramów cukru',
            '+Siedemset mililitrów ginu',
        ],
        [
            '+Po trzech miesiącach przecedziłem nalewkę i rozlałem ją do butelek.',
            '+Najlepsza będzie za rok, jeśli uda mi się jej nie wypić wcześniej.',
        ],
        [
            '-Na zdrowie! Zenon',
            '-Etykiety do nalewek w moim projekcie kupisz w sklepie na blogu.',
            '-Zobacz też: Nalewka z pigwy krok po kroku',
            '-Udostępnij wpis: Facebook · Pinterest · E-mail',
        ],
        [
            '-Komentarze (3)',
            '-Grażyna P. · A czy można na wódce zamiast ginu?',
            '-Tomek R. · Robię co roku, polecam dodać pestkę migdała.',
            '-↳ Zenon · Dzięki, Tomku, spróbuję w tym roku!',
        ],
        [
            '-© 2026 Zenon Tarniłowski',
            '-Blog na WordPress.com · Motyw: Twenty Twenty-Four',
        ],
    ]),
    _page('ru', 'ru-portal-uhvostovsk-shchit-kolodtsa', [
        [
            '-Вторник, 17 марта · +3 °C, пасмурно',
            '-Ухвостовский вестник',
            '-Новости · Спорт · Культура · Афиша · Объявления',
        ],
        [
            '-Главная › Новости › Ухвостовск',
            '+Резной щит над колодцем на Береговой улице снова на месте',
            '-Автор — Ксения Полуперцева',
        ],
        [
            '-17 марта 2026, 08:05',
            '-3 мин чтения',
            '+На старый колодец на Береговой улице вернули резной щит, который жители украшают к празднику Ивана '
            'Купалы.',
        ],
        [
            '+Щит 1910-х годов треснул пополам ещё прошлой зимой и два месяца пролежал в сарае у соседей.',
            '-Мастер закрепляет резной щит на колодезном срубе.',
            '-Фото: Савелий Закромкин',
            '+«Резьбу мы не меняли, только заменили доски, которые сгнили», — говорит резчик Остап Стругалёв.',
        ],
        [
            '-На правах рекламы',
            '-Партнёрский материал: Как выбрать теплицу на весь сезон',
        ],
        [
            '+Что сделали мастера',
            '+Склеили и укрепили треснувшие доски',
            '+Заменили нижнюю доску на новую из липы',
            '+Покрыли резьбу льняным маслом',
        ],
        [
            '+Работу оплатили жители улицы, собрав 48 тысяч рублей.',
            '-Читайте также: На Береговой улице отремонтировали мостик',
            '-Подпишитесь на наш Telegram-канал, чтобы первыми узнавать новости города.',
            '+Первые венки на щит повесят в ночь на 7 июля.',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '-5 комментариев',
            '-Галина С. · Какая красота, как в детстве.',
            '-↳ Олег Т. · Спасибо мастеру за терпение!',
            '-Нина Ф. · А сам колодец почистят?',
        ],
        [
            '-О редакции · Контакты · Рекламодателям · Политика конфиденциальности',
            '-© 2026 ООО «Ухвостовское издательство». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-tristruny-balalaika', [
        [
            '-Три струны на веранде',
            '-Делаю народные инструменты своими руками',
            '-Главная · Инструменты · Мастерская · Обо мне',
        ],
        [
            '+Балалайка-прима из ели и клёна: как я её собирал',
        ],
        [
            '-Опубликовано 9 марта 2026, автор: Фрол',
            '-Время чтения: 9 минут',
            '-Содержание',
            '-1. Корпус из клёпок',
            '-2. Дека и гриф',
        ],
        [
            '-Клёпки корпуса на шаблоне, клей ещё не высох.',
            '+Корпус я собрал из семи клёпок клёна, которые выгибал над горячей трубой.',
            '+Деку вырезал из резонансной ели, купленной у знакомого скрипичного мастера.',
        ],
        [
            '+Дед, когда впервые взял её в руки, улыбнулся и сказал: «Звенит, как у нас на завалинке в сорок седьмом».',
        ],
        [
            '-Колки, которые я ставил, можно купить здесь на Ozon (партнёрская ссылка).',
            '+Из чего она сделана',
            '+Корпус из семи клёпок клёна',
            '+Дека из резонансной ели',
            '+Гриф из бука с накладкой из груши',
        ],
        [
            '+На всю работу ушло почти два месяца вечеров.',
            '+Теперь учусь играть «Светит месяц» и уже почти не сбиваюсь.',
        ],
        [
            '-До встречи в мастерской, Фрол',
            '-Делаю балалайки на заказ — пишите через страницу «Контакты».',
            '-Читайте также в блоге: Как я делал домру из старого таза',
            '-Поделиться записью: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-Комментарии (3)',
            '-Виктор Н. · Отличная работа! А какие струны ставили?',
            '-Светлана Д. · Очень красиво получилось.',
            '-↳ Фрол · Спасибо, Светлана!',
        ],
        [
            '-© 2026 Фрол Медовухин',
            '-Работает на WordPress · Тема: Astra',
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    'Il video di RaiPlay non è visibile fuori dal territorio italiano.':
        "an Italian RaiPlay video placeholder ('Il video di RaiPlay non è visibile fuori dal territorio italiano.') "
        'is left in the body',
    'It should take you about 12 minutes to read this, a bit longer if you stop at the diagrams.':
        "an English blog's it-should-take-you reading line ('It should take you about 12 minutes to read this, a bit "
        "longer if you stop at the diagrams.') is left at the head",
    'Our village correspondent, Marjorie Tweddlecombe, writes:':
        "an English village-correspondent byline ('Our village correspondent, Marjorie Tweddlecombe, writes:') is "
        'left at the head',
    'Par notre correspondante locale, Ghislaine Poupardot':
        "a French by-our-local-correspondent byline ('Par notre correspondante locale, Ghislaine Poupardot') is left "
        'at the head',
    'Comunicato stampa pubblicato integralmente.':
        "an Italian press-release-in-full notice ('Comunicato stampa pubblicato integralmente.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-threestrings-cigar-box-guitar':
        "the cigar-box-guitar blog's post keeps the lead photo's caption ('The box before any cutting, still "
        "smelling faintly of cedar.') at the top of the first paragraph's block (1 of 20 noise lines); no article "
        'line is lost',
    'fr-blog-copeauxdefrene-cuillere':
        "the spoon blog's post keeps the lead photo's caption ('La branche de bouleau fendue en deux, prête à être "
        "ébauchée.') at the top of the first paragraph's block (1 of 20 noise lines); no article line is lost",
    'de-portal-schnurrenbach-glockenstuhl':
        ("the bell-frame story keeps the newsletter prompt ('Die wichtigsten Nachrichten aus der Region jeden Morgen "
         "per Mail – jetzt anmelden.') between the two last paragraphs (1 of 20 noise lines); no article line is lost"),
    'de-blog-zugmesserundzirbe-schneidesel':
        "the shave-horse blog's post keeps the lead photo's caption ('Der fertige Schneidesel vor der Werkstatt.') "
        "at the top of the first paragraph's block (1 of 20 noise lines); no article line is lost",
    'it-blog-tinozzaecorda-basso':
        "the washtub-bass blog's post keeps the lead photo's caption ('La tinozza di zinco capovolta sul tavolo del "
        "laboratorio.') at the top of the first paragraph's block (1 of 20 noise lines); no article line is lost",
    'pl-blog-tarninowaspizarnia-tarninowka':
        "the sloe-gin blog's post keeps the lead photo's caption ('Tarnina zebrana po pierwszych przymrozkach.') at "
        "the top of the first paragraph's block (1 of 20 noise lines); no article line is lost",
    'ru-blog-tristruny-balalaika':
        "the balalaika blog's post keeps the lead photo's caption ('Клёпки корпуса на шаблоне, клей ещё не высох.') "
        "at the top of the first paragraph's block (1 of 20 noise lines); no article line is lost",
}


test_held_out_185_line, test_held_out_185_line_is_kept, test_held_out_185_page = held_out_tests(
    HELD_OUT_185_LINES, HELD_OUT_185_KEEP, HELD_OUT_185_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
