"""Held-out set 164: written blind, weighted toward the noise the cleaner exists for, in shapes set 162's docstring does
not name (nor the first paragraphs of sets 159, 160 and 161): scraper, embed and ad markers (an English Spotify episode
blocked by the reader's cookie settings "Spotify embed blocked by your cookie settings – allow functional cookies to
play this episode.", an English Bluesky post that could not be loaded because it was deleted or its account went private
"Couldn't load the Bluesky post. It may have been deleted, or the account may have gone private.", an English bracketed
Tableau dashboard placeholder asking the reader to turn the phone "[Interactive Tableau dashboard – rotate your phone to
landscape to view it]", a French Typeform poll that asks to open the article in a browser "Sondage Typeform : ouvrez cet
article dans votre navigateur pour y participer.", a German SoundCloud content block stopped by an ad blocker "Inhalt
von SoundCloud kann nicht angezeigt werden – Ihr Werbeblocker verhindert das Laden.", an Italian Spreaker podcast moved
by its author "Contenuto di Spreaker non disponibile: il podcast è stato spostato dal suo autore.", a Polish Threads
post that could not be loaded "Nie udało się wczytać wpisu z Threads. Odśwież stronę lub otwórz go w aplikacji." and a
Russian Yandex Music player that needs a log-in "Плеер Яндекс Музыки недоступен: войдите в аккаунт, чтобы слушать.");
reading-time headers in new wordings (the English approximately-four-minutes-to-read header with an almost-equal sign "≈
4 min to read", a blog's long-post alert of eleven minutes "Long post alert: roughly an eleven-minute read, photos
included.", the French bare reading line "Lecture : 4 min", the German Lesezeit line with the minutes in words
"Lesezeit: rund vier Minuten", the Italian estimated-reading-time line "Tempo stimato di lettura: 4 minuti", the Polish
you-will-read-it-in line "Przeczytasz w 4 minuty" and the Russian four-minutes-for-reading line "4 минуты на чтение");
bylines and self-promotion (an English Local Democracy Reporting Service byline "Reported by Tamsin Quarrendell for the
Local Democracy Reporting Service", a French an-article-by-our-local-correspondent byline "Un article de Clothilde
Ravenouillet, correspondante locale", a German a-report-by byline "Ein Bericht von Waltraud Igelsdörfer" and a Russian
author-with-author's-photos byline "Автор: Аглая Подберёзкина, фото автора", all at the head, and at the foot an English
Shopify beeswax-wraps plug "I sell beeswax wraps in three sizes through my Shopify store – UK postage only.", an English
Facebook Marketplace walking-sticks plug "My carved hazel walking sticks are for sale on Facebook Marketplace,
collection from Hexham.", an Italian made-to-order kayak-racks plug with an Instagram pointer "Rastrelliere in legno
come questa le costruisco su ordinazione: scrivetemi su Instagram." and a Polish OLX hand-spun-wool plug with
parcel-locker shipping "Uprzędzioną przeze mnie wełnę sprzedaję na OLX, wysyłka paczkomatem."); blog and site footers
(an English Netlify-and-Eleventy credit with a source link "Hosted on Netlify · Built with Eleventy · Source on GitHub",
an English company-registration line "Registered in England and Wales, company number 09381274. Registered office as
above.", an English Micro.blog credit with archive and colophon links "Powered by Micro.blog · Archive · Colophon", a
French host line with the host's address "Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix, France", a German
legal row with an accessibility statement "Impressum · Datenschutzerklärung · Barrierefreiheitserklärung ·
Cookie-Einstellungen", an Italian court-registration line of the paper "Testata registrata presso il Tribunale di
Ravenna n. 1187 del 14/03/2009", a Polish hosting, terms and accessibility-declaration row "Hosting: home.pl · Regulamin
serwisu · Deklaracja dostępności" and a Russian mass-media registration line "Свидетельство о регистрации СМИ ЭЛ № ФС
77-84112 выдано Роскомнадзором"); reader-comment furniture (an English commenting-paused note "Commenting is temporarily
paused while our moderators catch up.", the English Disqus slow-loading message "Disqus seems to be taking longer than
usual. Reload?", an English WordPress responses-to heading "12 Responses to “How I Fixed My Grandfather's Mantel
Clock”", a French reply-and-report-abuse row "Répondre à ce message · Signaler un abus", a German to-the-discussion link
with a count "Zur Diskussion (8 Beiträge)", an Italian reply, report and like row "Rispondi · Segnala · Mi piace (3)", a
Polish report-to-moderation-and-reply row "Zgłoś do moderacji · Odpowiedz" and a Russian
log-in-with-VK-or-Telegram-to-comment prompt "Чтобы оставить комментарий, войдите через ВКонтакте или Telegram"); share
rows (an English share-via row with Bluesky, Threads and Flipboard "Share via: Bluesky · Threads · Flipboard · Copy
link", a German share-the-article-by row with Telegram, Signal and X "Artikel teilen per: Telegram · Signal · X · Link
kopieren" and a Russian send-to-a-messenger row with Telegram, WhatsApp and Viber "Отправить в мессенджер: Telegram ·
WhatsApp · Viber"); and notices (a French part-of-our-series note "Cet article fait partie de notre série « Nos villages
à la loupe »." and an Italian errata-corrige note about a misspelt name "Errata corrige: nella prima versione il nome
del presidente era riportato in modo sbagliato.", both in the body, and a Polish co-funded-by-a-programme note "Artykuł
powstał w ramach projektu dofinansowanego ze środków programu NOWEFIO." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 162's docstring does not describe (on the six portal pages, in nine blocks, the
masthead, the section menu, a breadcrumb and today's date line in one block of four at the very top, the date last; the
title at the top of its block with the byline, the published line and the reading time after it; the lead photo's
caption and its credit alone in a block of two; the first and second paragraphs in one block with a read-also link
between them; the paragraph with the quote at the top of its block with an ad label and a sponsored headline after it;
the subheading and the three rows with a newsletter or Telegram prompt between the first and second rows; the two last
paragraphs in one block with a share row between them; at the foot two blocks, four lines of a comment thread (a comment
count, a comment, a second reader's arrowed reply and a third reader's comment left unanswered) and then a links row and
the publisher's copyright line; on the six blog pages, in eleven blocks, the blog name and the menu in one block of two;
the title at the top of its block with the posted-on-date-by-author line and a category line after it; the reading time
and a table of contents (its heading and two numbered entries) in one block of four; the first and second paragraphs in
one block with nothing between them; a photo caption at the top of the quote paragraph's block, right before it; the
subheading and the three rows with a second photo caption between the subheading and the first row; the first last
paragraph alone; a subscribe-by-e-mail prompt alone between the two last paragraphs; the second last paragraph at the
top of its block with the author's sign-off and a share row after it; at the foot two blocks, five lines (a comments
count, a comment, the author's arrowed reply, a second comment and another reader's arrowed reply to it) and then a
previous-post link and a platform credit), taken from local news of fresh kinds (a river's footbridge closed after a
flood, a market town's public toilets reopened, a primary school's pond rebuilt, a harbour's fish auction moved, a
heath's fire beaters replaced, a village shop taken over by its customers) and from blogs about repairing an old clock,
making beeswax wraps, carving a walking stick, building a kayak rack, spinning wool on a drop spindle and pressing wild
flowers.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 162 but what is named here), held-out set 163 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 162 up to its paragraph "Measured after round 111", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 159, 160 and 161, printed with one ast
script (/tmp/s164scratch/peek.py, reading the files of /tmp/wt-set164/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set164); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s164scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 162's as printed, with 162 -> 164; /tmp/s164scratch/gen164.py writes this file from scratch files (data164.py with
the noise and keep lines, pages164.py with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the
measurement, doc3.txt and tables164.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s164, detached at commit 4513644b873d1a9873133c76a871e4336b09c436, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 03:16:18 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
4513644b873d1a9873133c76a871e4336b09c436 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 162's Slips and notes (3) to inside set 160's first paragraph); its second run went to
/tmp/s164scratch/peek.out, of which I paged lines 125 to 470 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 162's docstring before the paragraph "Measured after round 111" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes and layouts already named, noted rather than hidden: the English Bluesky and Polish Threads
lines are could-not-be-loaded placeholders like set 160's Russian 2GIS line and set 159's Russian 2GIS line, for new
services and with new reasons (deleted or gone private; refresh or open the app); the English Spotify line is a consent
placeholder of the kind of set 160's Acast and Podigee lines, for a new service and with cookie settings as the reason;
the German SoundCloud line gives a new reason (an ad blocker); the Italian Spreaker line is an unavailable-content
placeholder like earlier removed or moved ones, for a new service; the reading times are new phrasings of the same
minutes-to-read idea as every earlier one, and the German "Lesezeit" line uses a header word earlier sets used in other
forms (set 160's "5 Minuten Lesezeit"); the Italian estimated-reading-time line is close to set 161's Polish
estimated-time line, in a new language; the English Local Democracy Reporting Service byline is of the reported-by kind
with a new attribution; the German a-report-by byline is close in kind to set 159's Reportage byline; the Russian byline
holds the word "Автор", which the Russian portal's own byline also uses; the English Shopify and Facebook Marketplace
plugs, the Italian made-to-order plug and the Polish OLX plug are of the sell-it-on-a-platform kind of many named plugs,
on platforms not named there; the English Micro.blog and Netlify-and-Eleventy credits share the
builder-credit-with-links idea of many named footers, and the Polish hosting row is close to set 160's Polish WebWave
row, with a host, terms and an accessibility declaration instead; the French host line, the Italian court-registration
line, the English company-registration line and the Russian media-registration line are legal lines of the kind of set
159's and 160's publication-director and ISSN or CPPAP lines, with new legal content; the French, Italian and Polish
comment rows are the action rows under a comment, like set 159's edited-upvotes-reply row; the German to-the-discussion
link is a comment count like set 161's German join-the-discussion line; the Russian log-in-to-comment prompt is of the
kind of set 162's must-be-logged-in note, with the services to log in with; the French series note and the Italian
errata-corrige note are notices about the story like the earlier print and update notes, and the Polish co-funded note
is a funding notice at the foot. On the pages, the noise is of common kinds (mastheads, menus, breadcrumbs, date lines,
bylines, published lines, reading times, captions and credits, read-also links, ad labels, sponsored headlines,
newsletter and Telegram prompts, share rows, comment threads, links rows, copyright lines, blog names, posted-on and
category lines, tables of contents, subscribe prompts, sign-offs, previous-post links and platform credits), since the
brief asks for new layouts there; some positions echo earlier layouts (the portals' title at the top of its block with
byline lines after it, as in set 159's portals; the portals' four-line thread with the third comment left unanswered, as
in set 162's portals; a links row before the copyright line, as in set 159's portals; the blogs' name and menu in one
block of two and the previous-post link with the platform credit at the foot, as in set 159's blogs; the blogs' title at
the top of its block with the posted-on line after it, as in set 159's blogs, here with a category line instead of the
reading time), while what is new is where the rest sits (on the portals the masthead, menu, breadcrumb and date in one
block of four with the date last, the caption and credit alone in a block, the read-also link between the first and
second paragraphs in their block, the ad label and sponsored headline after the quote paragraph in its block, the
newsletter prompt between the first and second list rows and the share row between the two last paragraphs; on the blogs
the reading time and the table of contents in one block of four, the photo caption right before the quote paragraph in
its block, the second caption between the subheading and the first list row, a subscribe prompt alone between the two
last paragraphs, and the sign-off and share row after the second last paragraph). (4) Before the measurement
/tmp/s164scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
its first run found eight, all on the pages: the French, Italian, Polish and Russian portals' mastheads inside their own
photo credits or copyright lines ("Le Réveil corbignacais" inside its photo credit and copyright line, "Il Faro di
Portovinchio" inside its copyright line, "Kurier Głuszcowski" inside its copyright line, "Вестник Кривоольховки" inside
its photo credit and copyright line), the Italian byline "di Loredana Spadacchini" inside its photo credit "Foto di
Loredana Spadacchini", and the German blog's table-of-contents heading "Inhalt" inside the held-out German SoundCloud
marker; the credits became "Photo : A. Pivrondel", "Foto: L. Spadacchini" and "Фото: Е. Крендельщикова", the copyright
lines name the publishers ("Éditions du Réveil", "Edizioni del Faro srl", "Wydawnictwo Kurier sp. z o.o.", "ООО
«Вестник»") and the heading became "Inhaltsverzeichnis"; its second run found nothing. While writing, I had also avoided
"Traueranzeigen" in the German menu (it holds the ad label "Anzeige"; the menu says "Trauer"), a footer row holding
"Publicité" on the French portal and one holding "Реклама" on the Russian portal, and a Russian credit "Фото автора"
(inside the held-out Russian byline). Lines and data were counted by scripts (45 noise lines: category, language and
place as in Contents; 20 keep lines by language and place; 12 pages, the portals of nine blocks and the blogs of eleven,
with 10 "+" and 20 "-" lines each). /tmp/s164scratch/marks.out printed all 360 page lines with their block numbers and
marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-"
on everything else; no mark was swapped. gen164.py reports lines over 120 characters and at-signs in the written file,
checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with
``ast`` (without importing it), that the file's lists, pages and tables equal the scratch ones; its first run found two
lines of 121 and 122 characters (the Spotify and Bluesky markers with their place and category) and, after I split them,
its second run found a missing comma between a split line and its category, which the equality check caught; both were
fixed in the generator before any measurement. A separate import of the draft (/tmp/s164scratch/imp.py) checked that
each page's kept and dropped lines equal the scratch pages. (5) Invented names were checked with the exact-string search
over public GitHub files: Cressingford, Orrelhaye, Scrattock (and Ewan Scrattock), Tuddenhoe, Riverside_Rita,
OldLenwoldian (then not used), Bramwhistle, Escapement Diaries, Clockwatcher_Len, Quarrendell (and Tamsin Quarrendell),
Corbignac (for Corbignac-le-Marché and corbignacais), Pivrondel, Frémangeot, Mamie_Ginette, Corbi71, Ruche et Coton,
Maëlle_des_Bois, Ciboulette_72, Ravenouillet (and Clothilde Ravenouillet), Hechtenbrück (for the town and
Hechtenbrücker), Bimsmeier (and Lothar Bimsmeier), Kesselrahmer, Gartenfreund_Hechten (for the handle), Mutti_von_drei,
Knorz und Kerbe, Waldläufer_Sepp, Schnitzfee, Igelsdörfer, Portovinchio, Spadacchini, Scarpazzoni, Marinaio_in_pensione,
Pagaia e Pialla, Remo_Lento, Canoista_di_fiume, Gabbianella_ (for Gabbianella_88), Głuszcow (for Głuszcowo, Głuszcowa,
Głuszcowie and Głuszcowski), Kłębiszewski, Pstrągowicz, Sołtys_z_Górki, Wrzosowy_Dziadek, Kądziel na balkonie,
Owieczka_Zosia, Prządka_z_Podlasia, Кривоольховк (for the village and its paper), Крендельщиков (for Крендельщикова),
Прянишкин (for Прянишкина), Баба_Нюра, Сосед_с_Заречной, Гербарий на подоконнике, Ромашка_73, Фея_с_опушки and
Подберёзкина had no hits. Dropped: Lenwold (hits inside Norglenwold and other words; the river became the Bramwhistle,
after Tarrowby, tried first, had hits inside identifiers and a carrier's name and was dropped too), Pivotier (German
verb forms; the reporter became Anselme Pivrondel), Framboisine (a cake and a name in code; the commenter became
Ciboulette_72), Kesselhuth (a real person's name; the head teacher became Irmtraud Kesselrahmer), Scardovelli (real
people; the chairman became Amedeo Scarpazzoni), Jałowcow (a real street name and an adjective; the village became
Głuszcowo), Kłębowski and Pstrokońska (real people; the chief became Zenon Kłębiszewski and the reporter Bożena
Pstrągowicz), Wrzosek_ (a real surname in handles; the commenter became Wrzosowy_Dziadek), Кривоборье (a real village;
the village became Кривоольховка), Калачёва and Пряжникова (real surnames; the reporter became Ефросинья Крендельщикова
and the chairwoman Таисия Прянишкина) and Лесная_фея (names in game code; the commenter became Фея_с_опушки). First
names alone (Nell, Sidonie, Bernd, Tommaso, Marta, Вера, Gaston, Heike, Silvia, Beata, Людмила and the like), initialled
names (Mike F., Howard P., Paulette R., Erwin K., Franco P., Halina M., Владимир П.), the generic Mill Lane and
Brookside school, real services and platforms, real hosts' and courts' details (OVHcloud's Roubaix address, the
Tribunale di Ravenna, Roskomnadzor, the NOWEFIO programme) and real places (Hexham, Roubaix, Ravenna) were not checked.
(6) The measurement was run once, at 03:22:57 UTC by ``date``, in one shell call with the brief's two commands (pytest
output to /tmp/s164scratch/measure.out, report to /tmp/s164scratch/report.out); then /tmp/s164scratch/problems.py
printed the problems of every case with ``_problems`` (importing the copy in /tmp/wt-s164/tests with /tmp/wt-s164/src on
the path) to /tmp/s164scratch/problems.out: ten noise lines kept, seven pages with problems (22 page noise lines left,
all of them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of
the three tables (tables164.py) were written from that output, and /tmp/s164scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise line of
the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed: gen164.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s164. (7) ``date`` printed 03:19:09 UTC before the first name checks, 03:22:57 at the measurement and
03:23:45 after the tables were checked; the times quoted here are those ``date`` printed. The whole set was written,
measured and committed within the brief's 50 minutes, from 03:16:18 UTC (the last ``date`` before the commit is in the
report of this helper).

Judgement calls: the keep lines "Comments made at the flood inquiry will be published in full next month, the agency
said.", "Sharing the cost of the new bridge deck with the railway company was ruled out in March.", "Advertising the
reopening in the parish newsletter was the mayor's idea.", "Followers of the town's history society gathered on the bank
to watch the divers.", "Subscriptions to the allotment society rose by a third after the footbridge closed.", "Copyright
in the old bridge photographs belongs to the county archive, which lent them for the display.", "Reading between the
lines of the engineers' report, residents fear a closure of two years.", "Partager les frais d'entretien avec la commune
voisine n'a jamais été envisagé, assure le maire.", "Abonnés depuis vingt ans au marché du jeudi, les maraîchers ont
signé la pétition.", "Lire le rapport des pompiers suffit à comprendre pourquoi la passerelle a été fermée.",
"Kommentare aus dem Elternbeirat haben den Umbau des Schulteichs erst angestoßen.", "Teilen müssen sich die Klassen den
Teich künftig nach einem festen Plan.", "Werbung für das Teichfest machen die Viertklässler mit selbst gemalten
Plakaten.", "Seguendo le indicazioni della capitaneria, l'asta del pesce si terrà nel nuovo capannone.", "Condividere il
capannone con la cooperativa dei mitilicoltori è stata una scelta obbligata.", "Iscritti alla cooperativa da decenni, i
pescatori hanno votato all'unanimità.", "Udostępnienie sprzętu sąsiednim gminom przewiduje nowe porozumienie
strażaków.", "Obserwując wrzosowisko z wieży, strażacy wypatrują dymu przez całe lato.", "Подписи под обращением собрали
за два дня почти все жители деревни." and "Комментируя решение, глава поселения поблагодарил покупателей магазина." are
article sentences: each reports what an inquiry, a railway company, a mayor, a history society, an allotment society, a
county archive, residents, a mayor, market gardeners, firefighters, a parents' council, school classes, pupils, a
harbour office, a mussel farmers' cooperative, fishermen, firefighters, villagers or a village head said, did, decided
or will do, with the noise-like word as an ordinary noun, verb, participle or adjective of the sentence ("Comments made
at the flood inquiry" are evidence to an inquiry, not a comment thread; "Sharing the cost" is a bridge's funding, not a
share row; "Advertising the reopening" is a mayor's idea for a newsletter of the parish, not an ad label; "Followers of
the town's history society" are its members on a river bank, not a follow prompt; "Subscriptions to the allotment
society" are its fees, not a subscribe prompt; "Copyright in the old bridge photographs" belongs to an archive, not a
copyright footer; "Reading between the lines" is residents' worry, not a reading time; the French "Partager", "Abonnés"
and "Lire", the German "Kommentare", "Teilen" and "Werbung", the Italian "Seguendo", "Condividere" and "Iscritti", the
Polish "Udostępnienie" and "Obserwując" and the Russian "Подписи" and "Комментируя" are splitting upkeep with a
neighbouring commune, market gardeners who have come for twenty years, reading a firefighters' report, remarks of a
parents' council, classes sharing a pond, pupils advertising a pond festival, following a harbour office's instructions,
sharing a shed, members of a cooperative, lending equipment to neighbouring districts, firefighters watching a heath,
signatures under a petition and a village head commenting on a decision; none of them is comment, share, follow,
subscribe, ad, reading-time or copyright furniture). Categories: the Spotify, Bluesky, Tableau, Typeform, SoundCloud,
Spreaker, Threads and Yandex Music lines are markers (embeds blocked by cookie settings or an ad blocker, deleted or
private, in need of a turned phone, a browser or a log-in, moved, or not loaded; the Typeform line is a poll's
placeholder, not a notice; the Russian line asks the reader to log in to a player, not to comment); the
approximately-four-minutes header, the long-post alert (its photos-included clause is part of the same warning) and the
French, German, Italian, Polish and Russian lines are reading times; the Local Democracy Reporting Service,
un-article-de, Bericht-von and Автор lines are bylines at the head (the Russian line's author's-photos clause is part of
the byline, not a separate photo credit; the French line's correspondent is the byline's job title), and the Shopify,
Facebook Marketplace, Italian made-to-order and Polish OLX lines are bylines (self-promotion) at the foot (the Italian
line points to Instagram to order, so it is a plug, not a follow prompt); the Netlify-and-Eleventy,
company-registration, Micro.blog, French host, German legal row, Italian court-registration, Polish hosting row and
Russian media-registration lines are footers (the Netlify line's source link and the Micro.blog line's archive and
colophon links are the site's standing foot, not share rows; the Italian and Russian registration lines are a paper's
standing legal foot, not notices about one story; the German row's accessibility statement is one of its legal links);
the commenting-paused, Disqus, responses-to, reply-and-report, to-the-discussion, reply-report-like,
report-to-moderation and log-in-to-comment lines are comment furniture (the Italian row's like count and the French
row's report link belong to a comment, not to a share row; the German count is a link to the thread; the Russian prompt
names VK and Telegram as log-in services, not as share targets); the English, German and Russian rows are share rows
(the Russian one says "send to a messenger" but lists the services a share row lists); the French series note and the
Italian errata-corrige note are notices in the body (both speak of the story they sit in), and the Polish co-funded note
is a notice at the foot (a funding statement of the article, neither a footer's legal line nor a byline). On every page
the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows
and the two last paragraphs are article; everything else (mastheads, section menus, breadcrumbs, date lines, bylines,
published lines, reading times, captions and credits, read-also links, ad labels, sponsored headlines, newsletter and
Telegram prompts, share rows, comment counts, comments and replies, links rows, copyright lines, blog names and menus,
posted-on and category lines, tables of contents, subscribe prompts, sign-offs, previous-post links and platform
credits) is noise. The list rows (what happens next at the footbridge, what the clock taught, what changes at the
toilets, what the wraps taught, what happens next at the pond, what carving the stick taught, what changes at the
auction, what building the rack taught, what changes for the fire beaters, what spinning taught, what changes at the
shop and what pressing flowers taught) are short but part of each article, so article; the blogs' table-of-contents
entries ("1. Taking the movement out" and the like) look like list rows but are links to the post's sections, so noise;
the captions describe photos, so noise, though they speak of the story's subject; the portals' credits name the
reporter, a fire brigade or the paper and are still credits; the sponsored headlines are ads; the blogs' sign-offs
("Tick-tock for now, Nell" and the like) are the author's signature under the post, so noise, though they sit in the
last paragraph's block.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-cressingford-footbridge (the Bramwhistle footbridge closed after a flood twisted its deck and shifted a pier),
en-blog-escapementdiaries-mantel-clock (a great-grandfather's mantel clock made to tick again),
fr-portail-corbignac-toilettes (the market hall's public toilets reopened after two years),
fr-blog-rucheetcoton-emballages-cire (first home-made beeswax wraps), de-portal-hechtenbrueck-schulteich (a primary
school's leaking pond rebuilt with a new liner), de-blog-knorzundkerbe-wanderstock (a first walking stick carved from
hazel), it-portale-portovinchio-asta-pesce (a harbour's fish auction moved to a shed on the new pier),
it-blog-pagaiaepialla-rastrelliera (a larch wall rack for two kayaks), pl-portal-gluszcowo-tlumice (a volunteer fire
brigade's heath fire beaters replaced), pl-blog-kadzielnabalkonie-wrzeciono (a first skein spun on a drop spindle),
ru-portal-krivoolkhovka-magazin (a village's only shop bought by its customers as a cooperative) and
ru-blog-gerbariynapodokonnike-tsvety (pressing wild flowers in a home-made press), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 4513644b873d1a9873133c76a871e4336b09c436, measured with ``cd /tmp/wt-s164 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s164/src python -m pytest -q tests/test_clean_held_out_164.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s164 && PYTHONPATH=/tmp/wt-s164/src python
scripts/clean_held_out_report.py --sets 164``, with the xfail tables empty): noise lines removed 35/45 (marker 4/8,
reading-time 6/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers in the body (the English Tableau, French Typeform, German SoundCloud
and Russian Yandex Music placeholders), one reading time at the head (the English long-post alert), one byline at the
head (the English Local Democracy Reporting Service byline), one plug at the foot (the English Facebook Marketplace
plug), two comment lines at the foot (the English commenting-paused note and the English Disqus message) and one notice
in the body (the Italian errata-corrige note); the English Spotify and Bluesky, Italian Spreaker and Polish Threads
markers, the other six reading times, the French, German and Russian head bylines, the English Shopify, Italian and
Polish plugs, every footer, the English responses-to heading and the French, German, Italian, Polish and Russian comment
lines, every share row and the French series and Polish co-funded notices went); keep lines kept 20/20; pages 5/12 clean
(the French, German, Italian, Polish and Russian portals), 22 of 240 page noise lines left and 0 of 120 article lines
lost. Left on the pages: on the English portal the sponsored headline after the ad label in the quote paragraph's block
(1); on each of the six blogs the photo caption right before the quote paragraph and the photo caption between the
subheading and the first list row, and besides them the subscribe prompt alone between the two last paragraphs on the
English, German, Italian, Polish and Russian blogs and the author's sign-off after the second last paragraph on the
English, French, German and Polish blogs (English, German and Polish blogs 4 each, French, Italian and Russian blogs 3
each). Lost: nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s164 gave 60 passed, 17 xfailed, no XPASS.

Measured after round 112 (developed on sets 161 and 162 beside this set's writing from the same base, 4513644, and
measured on it blind by the lead with test_clean._problems of every case before and after): nothing moved. Round 112's
embed access states took none of this set's embed placeholders and its reading of the writer's shop on a platform did
not take the Facebook Marketplace plug (no "my" page); no page line, keep line or article line changed; the xfail tables
stand as measured.
Round 113 (development; this set was read in full from this round on): developed on sets 163 and 164 from 9e494f3, on
families that recur across sets 159-164, by layout. (1) The blog's head (set 163's six blogs): whole_line_noise's skip
links gained the jump link to the comments ("Jump to comments", "Aller aux commentaires", "Direkt zu den Kommentaren",
"Vai ai commenti", "Przejdź do komentarzy", "Перейти к комментариям"), and page_blocks._HEAD_LINKS lets round 112's
_title_between_stamps read the title between the posted-on line and that link (a digit allowed, no date or time);
_mark_head then takes that line for the title over the line under the menu (the blog's tagline), which goes as the
tagline. This gave back set 163's lost French title "Mon premier kombucha : trois semaines et un scoby" (taken by
mark_block_remnants' head caption under the tagline taken for the title), and takes the six taglines and the German jump
link. (2) page_blocks.mark_writers_sign_off (a pass after mark_block_remnants, whose widget blocks would otherwise take
the last paragraph with it): the writer's closing formula and first name on one line (_SIGN_OFF_WITH_NAME, a possessive
at most before the name) as the last line kept after a sentence, the tail's noise alone under it, the name (its stem) in
the byline, the head or the writer's replies in the thread; round 29's letter close (formula and signature on two lines)
and its keep tests stand, a letter signed by a name the byline does not print and a sign-off inside a sentence stay (set
164's four, set 161's three). (3) whole_line_noise's newsletter prompts: new posts by e-mail as the reader's wish in a
question, then an imperative pointing below or here (set 164's five blogs); a question with no call stays. (4)
page_blocks._mark_sponsored_headlines (_SPONSORED_LABEL): a sponsor's label and colon over an ad's headline right under
the ad slot's label the rules took (sets 160, 162, 163, 164; 133's "На правах рекламы: ..."); not without the slot's
label (set 159's list item: taken there, the page's comment thread was no longer read as the tail, so left), nor a
report's sentence. (5) whole_line_noise's long-post reading times: the post taking the reader N minutes as an aside
("Reading this post will take you ...", "Kettle on? This one takes ...", "Grab a biscuit – you'll be here for ...", in
six languages), and round 97's long-read alert with "long post alert" and "an N-minute read"; "The walk takes about
twelve minutes." and "This one takes about twenty minutes in the oven." stay. Step 3 (embed placeholders by shape) was
not reached. Tests: tests/test_clean.py test_round_113_* (48 cases). Other sets moved (clean_held_out_report, before ->
after): xfails removed as now passing in set 96 (the "This post takes about 9 minutes to read" line), 133
(ru-portal-lopukhovsk-rynok, its sponsored link), 160 (en-portal-skelderwick-slipway), 161 (the kettle reading time),
162 (the kettle-on reading time); page reasons reworded in set 161 (the Italian, Polish and Russian blogs, their
sign-offs now go) and 162 (en-portal-thornackby-diving-board, its sponsored headline goes). All sets' totals: noise
lines removed 6385 -> 6390, article lines kept 3127 -> 3127, pages clean 1108 -> 1113, page noise lines left 1609 ->
1582, paragraphs lost 3 -> 2 (no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed
files of 3723. Bench: benchmarks/bench_clean.py against 9e494f3's src, ratio_to_baseline 0.98 (2.875 s against 2.948 s).
Pytest: tests/test_clean.py with -k on rounds 29, 108, 111, 112, 113 and the sign-off, sponsor, reading-time,
newsletter, skip-link and title tests gave 1440 passed; all held-out sets with tests/test_site_batches.py,
test_site_lines.py, test_noise_trace.py and test_clean_pages.py gave 10981 passed, 1417 xfailed (no XPASS, no failure);
the full command with all of tests/test_clean.py was not run to its end (two cores shared with the writers).
This set, before -> after: noise lines removed 35/45 -> 36/45 (reading-time 6/7 -> 7/7, the long-post alert; marker 4/8,
byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 2/3 unchanged), keep lines 20/20 -> 20/20, pages clean 5/12 ->
6/12 (the English portal: its sponsored headline goes), page noise lines left 22 -> 12 of 240, article lines lost 0 ->
0. Xfails removed: the long-post alert and the English portal's page; reasons reworded on the six blogs (the subscribe
prompts and the sign-offs go). Still missed: the Tableau, Typeform, SoundCloud and Yandex Music placeholders, the Local
Democracy byline, the Facebook Marketplace plug, the paused-comments and Disqus lines and the Italian correction
(lines); the two photo captions on each blog (left on purpose).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_164_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Spotify embed blocked by your cookie settings – allow functional cookies to play this episode.',
     'marker'),
    ('body',
     "Couldn't load the Bluesky post. It may have been deleted, or the account may have gone private.",
     'marker'),
    ('body', '[Interactive Tableau dashboard – rotate your phone to landscape to view it]', 'marker'),
    ('body', 'Sondage Typeform : ouvrez cet article dans votre navigateur pour y participer.', 'marker'),
    ('body', 'Inhalt von SoundCloud kann nicht angezeigt werden – Ihr Werbeblocker verhindert das Laden.', 'marker'),
    ('body', 'Contenuto di Spreaker non disponibile: il podcast è stato spostato dal suo autore.', 'marker'),
    ('body', 'Nie udało się wczytać wpisu z Threads. Odśwież stronę lub otwórz go w aplikacji.', 'marker'),
    ('body', 'Плеер Яндекс Музыки недоступен: войдите в аккаунт, чтобы слушать.', 'marker'),
    ('head', '≈ 4 min to read', 'reading-time'),
    ('head', 'Long post alert: roughly an eleven-minute read, photos included.', 'reading-time'),
    ('head', 'Lecture : 4 min', 'reading-time'),
    ('head', 'Lesezeit: rund vier Minuten', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', '4 минуты на чтение', 'reading-time'),
    ('head', 'Reported by Tamsin Quarrendell for the Local Democracy Reporting Service', 'byline'),
    ('head', 'Un article de Clothilde Ravenouillet, correspondante locale', 'byline'),
    ('head', 'Ein Bericht von Waltraud Igelsdörfer', 'byline'),
    ('head', 'Автор: Аглая Подберёзкина, фото автора', 'byline'),
    ('tail', 'I sell beeswax wraps in three sizes through my Shopify store – UK postage only.', 'byline'),
    ('tail', 'My carved hazel walking sticks are for sale on Facebook Marketplace, collection from Hexham.', 'byline'),
    ('tail', 'Rastrelliere in legno come questa le costruisco su ordinazione: scrivetemi su Instagram.', 'byline'),
    ('tail', 'Uprzędzioną przeze mnie wełnę sprzedaję na OLX, wysyłka paczkomatem.', 'byline'),
    ('tail', 'Hosted on Netlify · Built with Eleventy · Source on GitHub', 'footer'),
    ('tail', 'Registered in England and Wales, company number 09381274. Registered office as above.', 'footer'),
    ('tail', 'Powered by Micro.blog · Archive · Colophon', 'footer'),
    ('tail', 'Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix, France', 'footer'),
    ('tail', 'Impressum · Datenschutzerklärung · Barrierefreiheitserklärung · Cookie-Einstellungen', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Ravenna n. 1187 del 14/03/2009', 'footer'),
    ('tail', 'Hosting: home.pl · Regulamin serwisu · Deklaracja dostępności', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-84112 выдано Роскомнадзором', 'footer'),
    ('tail', 'Commenting is temporarily paused while our moderators catch up.', 'comments'),
    ('tail', 'Disqus seems to be taking longer than usual. Reload?', 'comments'),
    ('tail', "12 Responses to “How I Fixed My Grandfather's Mantel Clock”", 'comments'),
    ('tail', 'Répondre à ce message · Signaler un abus', 'comments'),
    ('tail', 'Zur Diskussion (8 Beiträge)', 'comments'),
    ('tail', 'Rispondi · Segnala · Mi piace (3)', 'comments'),
    ('tail', 'Zgłoś do moderacji · Odpowiedz', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через ВКонтакте или Telegram', 'comments'),
    ('tail', 'Share via: Bluesky · Threads · Flipboard · Copy link', 'share'),
    ('tail', 'Artikel teilen per: Telegram · Signal · X · Link kopieren', 'share'),
    ('tail', 'Отправить в мессенджер: Telegram · WhatsApp · Viber', 'share'),
    ('body', 'Cet article fait partie de notre série « Nos villages à la loupe ».', 'notice'),
    ('body', 'Errata corrige: nella prima versione il nome del presidente era riportato in modo sbagliato.', 'notice'),
    ('tail', 'Artykuł powstał w ramach projektu dofinansowanego ze środków programu NOWEFIO.', 'notice'),
]

HELD_OUT_164_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments made at the flood inquiry will be published in full next month, the agency said.'),
    ('head', 'Sharing the cost of the new bridge deck with the railway company was ruled out in March.'),
    ('head', "Advertising the reopening in the parish newsletter was the mayor's idea."),
    ('body', "Followers of the town's history society gathered on the bank to watch the divers."),
    ('body', 'Subscriptions to the allotment society rose by a third after the footbridge closed.'),
    ('tail',
     'Copyright in the old bridge photographs belongs to the county archive, which lent them for the display.'),
    ('tail', "Reading between the lines of the engineers' report, residents fear a closure of two years."),
    ('head', "Partager les frais d'entretien avec la commune voisine n'a jamais été envisagé, assure le maire."),
    ('body', 'Abonnés depuis vingt ans au marché du jeudi, les maraîchers ont signé la pétition.'),
    ('tail', 'Lire le rapport des pompiers suffit à comprendre pourquoi la passerelle a été fermée.'),
    ('head', 'Kommentare aus dem Elternbeirat haben den Umbau des Schulteichs erst angestoßen.'),
    ('body', 'Teilen müssen sich die Klassen den Teich künftig nach einem festen Plan.'),
    ('tail', 'Werbung für das Teichfest machen die Viertklässler mit selbst gemalten Plakaten.'),
    ('head', "Seguendo le indicazioni della capitaneria, l'asta del pesce si terrà nel nuovo capannone."),
    ('tail', 'Condividere il capannone con la cooperativa dei mitilicoltori è stata una scelta obbligata.'),
    ('tail', "Iscritti alla cooperativa da decenni, i pescatori hanno votato all'unanimità."),
    ('body', 'Udostępnienie sprzętu sąsiednim gminom przewiduje nowe porozumienie strażaków.'),
    ('tail', 'Obserwując wrzosowisko z wieży, strażacy wypatrują dymu przez całe lato.'),
    ('head', 'Подписи под обращением собрали за два дня почти все жители деревни.'),
    ('tail', 'Комментируя решение, глава поселения поблагодарил покупателей магазина.'),
]

HELD_OUT_164_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-cressingford-footbridge', [
        [
            '-The Cressingford Courier',
            "-News | Sport | What's On | Property | Jobs | Announcements",
            '-Home › News › Cressingford',
            '-Friday 4 December 2026',
        ],
        [
            '+Bramwhistle footbridge closed after flood leaves its deck twisted',
            '-By Ewan Scrattock',
            '-Published 4 December 2026, 07:15',
            '-3 min read',
        ],
        [
            '-The twisted deck of the Bramwhistle footbridge on Sunday afternoon.',
            '-Photo: Cressingford Courier',
        ],
        [
            "+The footbridge over the River Bramwhistle at Cressingford has been closed after last week's flood left "
            'its timber deck twisted and two handrails missing.',
            '-Read also: Flood warnings lifted for the upper Bramwhistle valley',
            '+Engineers from the county council inspected the crossing on Monday and found that one of the stone '
            'piers had shifted by several centimetres.',
        ],
        [
            '+"We cannot let anyone walk on it until the pier has been surveyed by divers," said Gareth Tuddenhoe, '
            "the council's bridges manager.",
            '-Advertisement',
            '-Sponsored: Is your home insured against flood damage? Compare quotes in minutes',
        ],
        [
            '+What happens next',
            '+Divers will survey the pier in the first week of December.',
            "-Get the Courier's morning briefing in your inbox – sign up free",
            '+A temporary diversion runs via the Mill Lane road bridge.',
            '+The council will decide on repair or replacement in the new year.',
        ],
        [
            '+Walkers and children on their way to Brookside school have used the bridge since 1962, and the '
            'diversion adds almost a mile to their journey.',
            '-Share this story: Facebook · X · WhatsApp · Email',
            '+The town council has asked for a temporary crossing to be put in place before the spring.',
        ],
        [
            '-4 comments',
            '-Riverside_Rita: My kids cross that bridge twice a day. A mile extra is a long way for a seven-year-old.',
            '-↳ Bramwhistle_Bob: The road bridge has no proper pavement either, somebody needs to sort that.',
            '-Mike F.: Amazing it lasted sixty years, to be honest.',
        ],
        [
            '-About us · Contact · Advertise · Privacy · Terms',
            '-© 2026 Cressingford Courier Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-escapementdiaries-mantel-clock', [
        [
            '-The Escapement Diaries',
            '-Home · Clocks · Tools · About · Contact',
        ],
        [
            "+Bringing my great-grandfather's mantel clock back to life",
            '-Posted on 22 November 2026 by Nell',
            '-Filed under: Clock repair',
        ],
        [
            '-Reading time: 7 minutes',
            '-In this post',
            '-1. Taking the movement out',
            '-2. Cleaning and oiling',
        ],
        [
            "+The mantel clock sat silent on my parents' sideboard for as long as I can remember, its hands stuck at "
            'twenty past four.',
            '+When it came to me last winter I decided to find out whether it could be made to tick again without '
            'sending it away.',
        ],
        [
            '-The movement on the bench, with the mainspring still in place.',
            '+An old clockmaker at the repair café told me, "Never let a mainspring down without a let-down key, or '
            'it will bite you."',
        ],
        [
            '+What I learned',
            '-The cleaned wheels drying on kitchen roll.',
            '+Let the mainspring down slowly before anything else.',
            '+Photograph every stage so the wheels go back in the right order.',
            '+Oil only the pivots, and only a tiny drop.',
        ],
        [
            '+After three weekends of work the clock now runs for eight days on one winding and loses about a minute '
            'a week.',
        ],
        [
            '-Want new posts by email? Pop your address in the box below.',
        ],
        [
            '+Next I want to tackle the strike, which still sounds the hour twice.',
            '-Tick-tock for now, Nell',
            '-Share on Facebook | Share on Pinterest | Share by email',
        ],
        [
            '-6 Comments',
            '-Howard P. – 23 November 2026: Lovely work. Clock oil is worth the money, sewing-machine oil gums up.',
            '-↳ Nell: Thanks Howard, I used proper clock oil from a watch supplier.',
            '-Jude: Did you have to replace any bushes?',
            "-↳ Clockwatcher_Len: Sounds like the movement was in good shape if it didn't need bushing.",
        ],
        [
            '-« Previous post: A barometer from the car boot sale',
            '-Proudly powered by WordPress | Theme: Sela',
        ],
    ]),
    _page('fr', 'fr-portail-corbignac-toilettes', [
        [
            '-Le Réveil corbignacais',
            '-Actualité · Sports · Loisirs · Annonces légales · Nécrologie',
            '-Accueil > Actualité > Corbignac-le-Marché',
            '-Mercredi 2 décembre 2026',
        ],
        [
            '+Corbignac : les toilettes publiques de la halle rouvrent enfin',
            '-Par Anselme Pivrondel',
            '-Publié le 2 décembre 2026 à 6h30',
            '-2 min de lecture',
        ],
        [
            '-Les nouveaux sanitaires de la halle, inaugurés lundi.',
            '-Photo : A. Pivrondel',
        ],
        [
            '+Fermées depuis plus de deux ans, les toilettes publiques de la halle de Corbignac-le-Marché ont '
            'rouvert lundi matin, jour de marché.',
            '-À lire aussi : Le marché du lundi accueille trois nouveaux producteurs',
            '+La commune a fait refaire entièrement les sanitaires, désormais accessibles aux personnes à mobilité '
            'réduite et ouverts de 7 heures à 19 heures.',
        ],
        [
            "+« C'était la première question des touristes, avant même le prix des fromages », sourit Odile "
            'Frémangeot, adjointe au maire chargée du commerce.',
            '-Publicité',
            '-Contenu sponsorisé : Les plus belles maisons de la région à vendre cette semaine',
        ],
        [
            '+Ce qui change',
            '+Les toilettes sont gratuites, comme avant leur fermeture.',
            "-Recevez notre newsletter locale chaque matin : je m'inscris",
            '+Un agent municipal les nettoie deux fois par jour.',
            '+Une table à langer a été installée.',
        ],
        [
            '+Les travaux ont coûté 86 000 euros, dont un tiers financé par le département.',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "+Les commerçants du marché du lundi réclamaient cette réouverture depuis l'été 2024.",
        ],
        [
            '-3 commentaires',
            "-Mamie_Ginette : Enfin ! On n'osait plus venir au marché avec les petits-enfants.",
            '-↳ Corbi71 : Il était temps, mais 86 000 euros pour des toilettes…',
            "-Paulette R. : Merci à l'agent qui les tient si propres.",
        ],
        [
            '-Mentions légales · Nous contacter · CGU · Cookies',
            '-© 2026 Éditions du Réveil – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-rucheetcoton-emballages-cire', [
        [
            '-Ruche et Coton',
            '-Accueil · Tutos · Zéro déchet · À propos',
        ],
        [
            "+Mes premiers emballages à la cire d'abeille, faits maison",
            '-Publié le 15 novembre 2026 par Sidonie',
            '-Catégorie : Zéro déchet',
        ],
        [
            '-Temps de lecture : 5 minutes',
            '-Sommaire',
            '-1. Le matériel',
            '-2. La cuisson au four',
        ],
        [
            '+Depuis des mois, je voulais remplacer le film plastique de la cuisine par quelque chose de lavable.',
            "+J'ai fini par acheter un bloc de cire chez un apiculteur du marché et j'ai sorti mes chutes de coton.",
        ],
        [
            '-Les carrés de coton découpés aux ciseaux cranteurs.',
            "+L'apiculteur m'a prévenue : « Mettez un peu de résine de pin, sinon vos emballages ne colleront pas. »",
        ],
        [
            "+Ce que j'en retiens",
            "-La cire fondue sur le tissu, juste avant d'aller au four.",
            "+Un coton fin prend mieux la cire qu'une toile épaisse.",
            '+Cinq minutes à 90 degrés suffisent.',
            "+On les lave à l'eau froide, jamais chaude.",
        ],
        [
            "+Après un mois d'utilisation, mes emballages tiennent bien sur les bols et sentent encore un peu le miel.",
        ],
        [
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail.',
        ],
        [
            "+La prochaine fois, j'essaierai avec de la cire de candelilla pour une version végétale.",
            '-À bientôt, Sidonie',
            '-Partager sur Pinterest · Facebook · E-mail',
        ],
        [
            '-4 commentaires',
            '-Maëlle_des_Bois : Super tuto ! Tu mets combien de résine pour un bloc de cire ?',
            '-↳ Sidonie : Environ une cuillère à soupe pour 100 grammes de cire.',
            "-Gaston : J'ai essayé au fer à repasser, c'est plus rapide.",
            '-↳ Ciboulette_72 : Au fer ça marche aussi, mais il faut du papier sulfurisé.',
        ],
        [
            "-Article précédent : Un savon au miel pour l'hiver",
            '-Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-hechtenbrueck-schulteich', [
        [
            '-Hechtenbrücker Rundschau',
            '-Lokales · Sport · Kultur · Ratgeber · Trauer',
            '-Startseite › Lokales › Hechtenbrück',
            '-Donnerstag, 3. Dezember 2026',
        ],
        [
            '+Grundschule Hechtenbrück: Der Schulteich ist zurück',
            '-Von Lothar Bimsmeier',
            '-Veröffentlicht am 03.12.2026, 05:45 Uhr',
            '-Lesezeit: 2 Minuten',
        ],
        [
            '-Schülerinnen und Schüler der 3b am neuen Teich.',
            '-Foto: Lothar Bimsmeier',
        ],
        [
            '+Nach zwei Jahren Bauzeit hat die Grundschule am Lindenweg in Hechtenbrück wieder einen Schulteich.',
            '-Lesen Sie auch: Neuer Spielplatz am Lindenweg eröffnet',
            '+Der alte Teich war undicht geworden und musste 2024 abgelassen werden; nun liegt eine neue Folie in '
            'einem größeren Becken mit Flachwasserzone.',
        ],
        [
            '+„Die Kinder haben schon am ersten Tag drei Molche entdeckt“, sagt Schulleiterin Irmtraud Kesselrahmer.',
            '-Anzeige',
            '-Gesponsert: Diese Gartenteichpumpe ist jetzt im Angebot',
        ],
        [
            '+So geht es weiter',
            '+Jede Klasse übernimmt einen Monat lang die Teichpflege.',
            '-Jetzt den Rundschau-Newsletter abonnieren – kostenlos',
            '+Ein Zaun mit Tor sichert den Teich in den Pausen.',
            '+Im Frühjahr pflanzt der Förderverein Seerosen.',
        ],
        [
            '+Die Kosten von rund 18.000 Euro tragen die Gemeinde und der Förderverein der Schule gemeinsam.',
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Zur Einweihung am Freitag sind auch Eltern und Nachbarn eingeladen.',
        ],
        [
            '-3 Kommentare',
            '-Gartenfreund_Hechtenbrück: Toll, dass es wieder einen Teich gibt!',
            '-↳ Mutti_von_drei: Hoffentlich ist der Zaun hoch genug.',
            '-Erwin K.: Zu meiner Zeit hatten wir keinen Zaun und keiner ist reingefallen.',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · AGB',
            '-© 2026 Rundschau Verlag Hechtenbrück GmbH',
        ],
    ]),
    _page('de', 'de-blog-knorzundkerbe-wanderstock', [
        [
            '-Knorz und Kerbe',
            '-Start · Schnitzen · Werkzeug · Über mich',
        ],
        [
            '+Mein erster Wanderstock aus Haselnuss',
            '-Veröffentlicht am 8. November 2026 von Bernd',
            '-Kategorie: Schnitzen',
        ],
        [
            '-Lesezeit: etwa 6 Minuten',
            '-Inhaltsverzeichnis',
            '-1. Den richtigen Stecken finden',
            '-2. Trocknen und Richten',
        ],
        [
            '+Den Haselstecken habe ich letzten Winter mit Erlaubnis des Försters am Waldrand geschnitten.',
            '+Ein ganzes Jahr lag er dann im Keller, damit er langsam trocknen konnte, ohne zu reißen.',
        ],
        [
            '-Der Stecken nach dem Entrinden auf der Werkbank.',
            '+Mein Nachbar, ein alter Schäfer, riet mir: „Lass die Rinde am Griff dran, dann rutscht die Hand nicht.“',
        ],
        [
            '+Was ich gelernt habe',
            '-Der geschnitzte Griff in Form eines Eichelhähers.',
            '+Krumme Stellen lassen sich über Dampf vorsichtig richten.',
            '+Mit dem Taschenmesser kommt man weiter als gedacht.',
            '+Leinöl in drei dünnen Schichten schützt das Holz.',
        ],
        [
            '+Der fertige Stock ist etwas länger als mein alter Spazierstock und trägt mich gut über den Feldweg.',
        ],
        [
            '-Neue Beiträge per E-Mail erhalten? Trag dich hier ein.',
        ],
        [
            '+Als Nächstes will ich einen Stock mit Daumenauflage aus Esche schnitzen.',
            '-Bis bald, euer Bernd',
            '-Teile diesen Beitrag: Facebook · Pinterest · E-Mail',
        ],
        [
            '-5 Kommentare',
            '-Waldläufer_Sepp: Sehr schön geworden! Welches Messer nimmst du für die Feinheiten?',
            '-↳ Bernd: Ein kleines Kerbschnitzmesser, nichts Besonderes.',
            '-Heike: Mein Opa hat solche Stöcke auch gemacht.',
            '-↳ Schnitzfee: Dann frag ihn unbedingt nach seinen Tricks!',
        ],
        [
            '-← Älterer Beitrag: Ein Löffelbrett aus Kirschholz',
            '-Erstellt mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-portovinchio-asta-pesce', [
        [
            '-Il Faro di Portovinchio',
            '-Cronaca · Sport · Cultura · Necrologi · Annunci',
            '-Home » Cronaca » Portovinchio',
            '-Venerdì 4 dicembre 2026',
        ],
        [
            "+Portovinchio, l'asta del pesce si trasferisce al molo nuovo",
            '-di Loredana Spadacchini',
            '-Pubblicato il 04/12/2026 alle 07:00',
            '-Tempo di lettura: 2 minuti',
        ],
        [
            '-Le cassette di pesce nel nuovo capannone durante la prima asta.',
            '-Foto: L. Spadacchini',
        ],
        [
            "+Da lunedì l'asta del pesce di Portovinchio non si terrà più sotto la vecchia tettoia del porto canale, "
            'ma nel capannone del molo nuovo.',
            "-Leggi anche: Nuove regole per l'ormeggio nel porto canale",
            '+Il trasferimento era stato deciso dopo che i controlli sanitari avevano segnalato il degrado della '
            'vecchia struttura.',
        ],
        [
            "+«Per noi cambia poco, ma per i compratori c'è finalmente un parcheggio», dice Amedeo Scarpazzoni, "
            'presidente della cooperativa dei pescatori.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: Crociere nel Mediterraneo a prezzi mai visti',
        ],
        [
            '+Cosa cambia',
            "+L'asta comincia alle 16, come prima.",
            '-Iscriviti alla newsletter del Faro: ogni mattina le notizie della costa',
            '+Il capannone ha celle frigorifere nuove.',
            '+Il pubblico potrà assistere da una balconata.',
        ],
        [
            '+I lavori per adattare il capannone sono costati 420 mila euro, finanziati con fondi europei per la '
            'pesca.',
            '-Condividi: Facebook · WhatsApp · Telegram · Email',
            "+La vecchia tettoia sarà demolita entro l'estate.",
        ],
        [
            '-3 commenti',
            "-Marinaio_in_pensione: Era ora, sotto la tettoia d'inverno si gelava.",
            "-↳ Gabbianella_88: E d'estate si moriva di caldo.",
            '-Franco P.: Speriamo che almeno i prezzi restino quelli.',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie policy',
            '-© 2026 Edizioni del Faro srl – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-pagaiaepialla-rastrelliera', [
        [
            '-Pagaia e Pialla',
            '-Home · Fai da te · Kayak · Chi sono',
        ],
        [
            '+Come ho costruito una rastrelliera per due kayak',
            '-Pubblicato il 10 novembre 2026 da Tommaso',
            '-Categoria: Fai da te',
        ],
        [
            '-Tempo di lettura: 6 minuti',
            '-Indice',
            '-1. Il progetto',
            '-2. Il montaggio al muro',
        ],
        [
            '+I nostri due kayak occupavano mezzo garage e ogni volta che dovevamo uscire bisognava spostare le '
            'biciclette.',
            '+Così ho deciso di appenderli al muro con una rastrelliera di legno di larice, costruita con gli avanzi '
            'di una pergola.',
        ],
        [
            '-Le tavole di larice tagliate e carteggiate.',
            '+Il ferramenta mi ha detto: «Usa tasselli chimici, il muro del garage è di mattoni forati.»',
        ],
        [
            '+Cosa ho imparato',
            '-I bracci imbottiti con un vecchio tubo da giardino.',
            '+I bracci vanno imbottiti per non rigare lo scafo.',
            '+Meglio misurare il baricentro di ogni kayak prima di forare.',
            "+Una mano di impregnante protegge il legno dall'umidità.",
        ],
        [
            "+Adesso i kayak stanno appesi uno sopra l'altro e in garage c'è di nuovo posto per la macchina.",
        ],
        [
            '-Vuoi ricevere i nuovi articoli via email? Iscriviti qui sotto.',
        ],
        [
            '+In primavera vorrei aggiungere un gancio per le pagaie e i giubbotti.',
            '-Buone pagaiate, Tommaso',
            '-Condividi su Facebook · Pinterest · WhatsApp',
        ],
        [
            '-4 commenti',
            '-Remo_Lento: Bel lavoro! Quanto pesa ogni kayak?',
            '-↳ Tommaso: Circa 25 chili, per questo ho usato i tasselli chimici.',
            '-Silvia: Io ho fatto lo stesso con delle cinghie dal soffitto.',
            "-↳ Canoista_di_fiume: Anche le cinghie funzionano, ma occhio all'umidità.",
        ],
        [
            '-← Articolo precedente: Riparare una pagaia spezzata',
            '-Creato con WordPress · Tema Neve',
        ],
    ]),
    _page('pl', 'pl-portal-gluszcowo-tlumice', [
        [
            '-Kurier Głuszcowski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna › Wiadomości › Głuszcowo',
            '-Czwartek, 3 grudnia 2026',
        ],
        [
            '+Strażacy z Głuszcowa dostali nowe tłumice',
            '-Autor: Bożena Pstrągowicz',
            '-Opublikowano: 03.12.2026, 08:10',
            '-Czas czytania: 2 min',
        ],
        [
            '-Strażacy z Głuszcowa z nowymi tłumicami przy remizie.',
            '-Fot. OSP Głuszcowo',
        ],
        [
            '+Ochotnicza straż pożarna w Głuszcowie wymieniła wszystkie tłumice, którymi od lat gasi pożary na '
            'pobliskim wrzosowisku.',
            '-Przeczytaj także: Susza na wrzosowisku – apel nadleśnictwa',
            '+Stare tłumice z gumowymi płatami pamiętały jeszcze lata osiemdziesiąte i wiele z nich miało połamane '
            'trzonki.',
        ],
        [
            '+„Na wrzosowisko woda często nie dojedzie, więc tłumica to nasze podstawowe narzędzie” – mówi Zenon '
            'Kłębiszewski, prezes jednostki.',
            '-Reklama',
            '-Artykuł sponsorowany: Najlepsze kosiarki na wiosnę – sprawdź ceny',
        ],
        [
            '+Co się zmienia',
            '+Jednostka ma teraz czterdzieści nowych tłumic.',
            '-Zapisz się na nasz newsletter i bądź na bieżąco',
            '+Tłumice rozmieszczono w trzech skrzyniach przy ścieżkach.',
            '+Strażacy przeszkolą też leśników z ich użycia.',
        ],
        [
            '+Zakup kosztował 12 tysięcy złotych i został sfinansowany z funduszu sołeckiego oraz przez nadleśnictwo.',
            '-Udostępnij: Facebook · Messenger · X · E-mail',
            '+Sezon pożarowy na wrzosowisku zaczyna się zwykle w kwietniu.',
        ],
        [
            '-3 komentarze',
            '-Sołtys_z_Górki: Brawo chłopaki, dobrze wydane pieniądze.',
            '-↳ Wrzosowy_Dziadek: A co ze starymi tłumicami? Może oddać do muzeum?',
            '-Halina M.: Pamiętam pożar w 2019, dobrze że są przygotowani.',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Kurier sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-kadzielnabalkonie-wrzeciono', [
        [
            '-Kądziel na balkonie',
            '-Start · Przędzenie · Farbowanie · O mnie',
        ],
        [
            '+Moja pierwsza wełna uprzędzona na wrzecionie',
            '-Opublikowano 12 listopada 2026 przez Martę',
            '-Kategoria: Przędzenie',
        ],
        [
            '-Czas czytania: 5 minut',
            '-Spis treści',
            '-1. Wybór wrzeciona',
            '-2. Pierwsze metry przędzy',
        ],
        [
            '+Wrzeciono kupiłam na jarmarku rzemiosła, razem z workiem czesanki z owiec wrzosówek.',
            '+Przez pierwszy tydzień nić rwała mi się co kilka obrotów, a wrzeciono lądowało na podłodze.',
        ],
        [
            '-Wrzeciono z pierwszym zwojem przędzy.',
            '+Prządka z jarmarku powiedziała mi: „Nie patrz na wrzeciono, patrz na palce, one robią całą robotę”.',
        ],
        [
            '+Czego się nauczyłam',
            '-Czesanka rozdzielona na cienkie pasma.',
            '+Lżejsze wrzeciono lepiej nadaje się do cienkiej nici.',
            '+Czesankę warto przed przędzeniem rozluźnić.',
            '+Przędzę trzeba zaparzyć, żeby utrwalić skręt.',
        ],
        [
            '+Po miesiącu mam pierwszy motek, nierówny, ale wystarczy na czapkę dla siostrzeńca.',
        ],
        [
            '-Chcesz dostawać nowe wpisy e-mailem? Zapisz się poniżej.',
        ],
        [
            '+Teraz uczę się przędzenia na wrzecionie podpartym, o którym napiszę w grudniu.',
            '-Pozdrawiam, Marta',
            '-Udostępnij na Facebooku · Pintereście · przez e-mail',
        ],
        [
            '-4 komentarze',
            '-Owieczka_Zosia: Piękna przędza! Ile waży twoje wrzeciono?',
            '-↳ Marta: Około 30 gramów, na początek w sam raz.',
            '-Beata: Ja zaczynałam od wrzeciona z płyty CD i ołówka.',
            '-↳ Prządka_z_Podlasia: Płyta CD to klasyk, sama tak zaczynałam.',
        ],
        [
            '-« Poprzedni wpis: Farbowanie wełny łupinami cebuli',
            '-Blog na WordPress.com · Motyw: Baskerville',
        ],
    ]),
    _page('ru', 'ru-portal-krivoolkhovka-magazin', [
        [
            '-Вестник Кривоольховки',
            '-Новости · Спорт · Культура · Объявления',
            '-Главная › Новости › Кривоольховка',
            '-Пятница, 4 декабря 2026',
        ],
        [
            '+Покупатели выкупили сельский магазин в Кривоольховке',
            '-Автор: Ефросинья Крендельщикова',
            '-Опубликовано 04.12.2026 в 09:00',
            '-Время чтения: 2 минуты',
        ],
        [
            '-Члены кооператива у входа в магазин.',
            '-Фото: Е. Крендельщикова',
        ],
        [
            '+Единственный магазин в селе Кривоольховка, который владелец собирался закрыть, перешёл к самим '
            'покупателям.',
            '-Читайте также: В Кривоольховке отремонтируют клуб',
            '+Сорок два жителя создали потребительский кооператив и выкупили здание вместе с прилавками и '
            'холодильниками.',
        ],
        [
            '+«Без магазина пожилым пришлось бы ездить за хлебом за пятнадцать километров», – говорит председатель '
            'кооператива Таисия Прянишкина.',
            '-Реклама',
            '-Партнёрский материал: Кредит на ремонт дома под низкий процент',
        ],
        [
            '+Что изменится',
            '+Магазин будет открыт каждый день с 8 до 20.',
            '-Подписывайтесь на наш Telegram-канал, чтобы не пропускать новости',
            '+Хлеб будут привозить из районной пекарни.',
            '+Члены кооператива по очереди дежурят за прилавком.',
        ],
        [
            '+Паевой взнос составил пять тысяч рублей, а недостающие деньги дал сельский депутат.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Торжественное открытие назначено на субботу.',
        ],
        [
            '-3 комментария',
            '-Баба_Нюра: Молодцы! Теперь хоть хлеб свежий будет.',
            '-↳ Сосед_с_Заречной: Я тоже вступил, дежурю по вторникам.',
            '-Владимир П.: Хороший пример для других сёл.',
        ],
        [
            '-О редакции · Контакты · Пользовательское соглашение',
            '-© 2026 ООО «Вестник». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-gerbariynapodokonnike-tsvety', [
        [
            '-Гербарий на подоконнике',
            '-Главная · Гербарий · Открытки · Обо мне',
        ],
        [
            '+Как я засушиваю полевые цветы под прессом',
            '-Опубликовано 14 ноября 2026, автор: Вера',
            '-Рубрика: Гербарий',
        ],
        [
            '-Время чтения: 5 минут',
            '-Содержание',
            '-1. Что собирать',
            '-2. Пресс из фанеры',
        ],
        [
            '+Всё лето я собирала цветы на лугу за дачей: васильки, ромашки, колокольчики и зверобой.',
            '+Сначала я сушила их в толстых книгах, но страницы покрывались пятнами, и я решила сделать настоящий '
            'пресс.',
        ],
        [
            '-Цветы, разложенные на промокательной бумаге.',
            '+Бабушка, которая собирала гербарии в школе, сказала мне: «Меняй бумагу каждый день, иначе цветы '
            'почернеют».',
        ],
        [
            '+Чему я научилась',
            '-Готовый пресс с ремнями из старого рюкзака.',
            '+Собирать цветы лучше в сухую погоду, после обеда.',
            '+Толстые стебли стоит разрезать вдоль.',
            '+Синие цветы быстрее всего теряют цвет на солнце.',
        ],
        [
            '+За лето у меня набралось больше ста засушенных цветков, и часть из них уже стала открытками.',
        ],
        [
            '-Хотите получать новые записи на почту? Подпишитесь ниже.',
        ],
        [
            '+Зимой попробую засушить цветы в микроволновке и расскажу, что получилось.',
            '-До встречи, Вера',
            '-Поделиться записью: ВКонтакте · Telegram · Pinterest',
        ],
        [
            '-4 комментария',
            '-Ромашка_73: Какая красота! А чем вы клеите цветы на открытки?',
            '-↳ Вера: Обычным клеем ПВА, тонкой кисточкой.',
            '-Людмила: У меня в детстве был такой же гербарий.',
            '-↳ Фея_с_опушки: Васильки у вас чудесно сохранили цвет!',
        ],
        [
            '-← Предыдущая запись: Открытки из осенних листьев',
            '-Сайт работает на WordPress · Тема: Twenty Twenty-Four',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    '[Interactive Tableau dashboard – rotate your phone to landscape to view it]':
        "an English bracketed Tableau dashboard placeholder ('[Interactive Tableau dashboard – rotate your phone to "
        "landscape to view it]') is left in the body",
    'Sondage Typeform : ouvrez cet article dans votre navigateur pour y participer.':
        "a French Typeform poll placeholder ('Sondage Typeform : ouvrez cet article dans votre navigateur pour y "
        "participer.') is left in the body",
    'Reported by Tamsin Quarrendell for the Local Democracy Reporting Service':
        "an English Local Democracy Reporting Service byline ('Reported by Tamsin Quarrendell for the Local "
        "Democracy Reporting Service') is left at the head",
    'My carved hazel walking sticks are for sale on Facebook Marketplace, collection from Hexham.':
        "an English Facebook Marketplace walking-sticks plug ('My carved hazel walking sticks are for sale on "
        "Facebook Marketplace, collection from Hexham.') is left at the foot",
    'Commenting is temporarily paused while our moderators catch up.':
        "an English commenting-paused note ('Commenting is temporarily paused while our moderators catch up.') is "
        'left at the foot',
    'Disqus seems to be taking longer than usual. Reload?':
        "the English Disqus slow-loading message ('Disqus seems to be taking longer than usual. Reload?') is left at "
        'the foot',
    'Errata corrige: nella prima versione il nome del presidente era riportato in modo sbagliato.':
        "an Italian errata-corrige notice ('Errata corrige: nella prima versione il nome del presidente era "
        "riportato in modo sbagliato.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-escapementdiaries-mantel-clock':
        "the clock blog's post keeps the photo caption ('The movement on the bench, with the mainspring still in "
        "place.') right before the quote paragraph and the photo caption ('The cleaned wheels drying on kitchen "
        "roll.') between the subheading and the first list row (2 of 20 noise lines); no article line is lost",
    'fr-blog-rucheetcoton-emballages-cire':
        "the beeswax-wraps blog's post keeps the photo caption ('Les carrés de coton découpés aux ciseaux cranteurs.') "
        "right before the quote paragraph and the photo caption ('La cire fondue sur le tissu, juste avant d'aller au "
        "four.') between the subheading and the first list row (2 of 20 noise lines); no article line is lost",
    'de-blog-knorzundkerbe-wanderstock':
        "the walking-stick blog's post keeps the photo caption ('Der Stecken nach dem Entrinden auf der Werkbank.') "
        "right before the quote paragraph and the photo caption ('Der geschnitzte Griff in Form eines Eichelhähers.') "
        'between the subheading and the first list row (2 of 20 noise lines); no article line is lost',
    'it-blog-pagaiaepialla-rastrelliera':
        "the kayak-rack blog's post keeps the photo caption ('Le tavole di larice tagliate e carteggiate.') right "
        "before the quote paragraph and the photo caption ('I bracci imbottiti con un vecchio tubo da giardino.') "
        'between the subheading and the first list row (2 of 20 noise lines); no article line is lost',
    'pl-blog-kadzielnabalkonie-wrzeciono':
        "the drop-spindle blog's post keeps the photo caption ('Wrzeciono z pierwszym zwojem przędzy.') right before "
        "the quote paragraph and the photo caption ('Czesanka rozdzielona na cienkie pasma.') between the subheading "
        'and the first list row (2 of 20 noise lines); no article line is lost',
    'ru-blog-gerbariynapodokonnike-tsvety':
        "the flower-pressing blog's post keeps the photo caption ('Цветы, разложенные на промокательной бумаге.') "
        "right before the quote paragraph and the photo caption ('Готовый пресс с ремнями из старого рюкзака.') "
        'between the subheading and the first list row (2 of 20 noise lines); no article line is lost',
}


test_held_out_164_line, test_held_out_164_line_is_kept, test_held_out_164_page = held_out_tests(
    HELD_OUT_164_LINES, HELD_OUT_164_KEEP, HELD_OUT_164_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
