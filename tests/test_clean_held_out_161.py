"""Held-out set 161: written blind, weighted toward the noise the cleaner exists for, in shapes set 160's docstring does
not name (nor the first paragraphs of sets 157, 158 and 159): scraper, embed and ad markers (an English Mixcloud show no
longer available to stream in the reader's country "Mixcloud widget: this show is no longer available to stream in your
country.", an English private Vimeo showcase "The Vimeo showcase embedded here is private. Ask its owner for access.",
an English Apple Podcasts preview that is unavailable "Apple Podcasts preview unavailable – open this episode in the
Podcasts app.", a French Calaméo document that could not be shown "Le document Calaméo n'a pas pu s'afficher.
Consultez-le directement sur calameo.com.", a German Opinary poll that needs JavaScript to vote "Hier steht eine
eingebettete Umfrage von Opinary. Aktivieren Sie JavaScript, um abzustimmen.", an Italian Google Forms form hidden until
the reader signs in "Il modulo di Google Forms non è visibile: accedi con un account Google per rispondere.", a Polish
Pinterest gallery that did not load without marketing cookies "Galeria z Pinteresta nie została załadowana. Włącz
marketingowe pliki cookie." and a Russian RUTUBE video blocked in the reader's region "Видео с RUTUBE недоступно в вашем
регионе."); reading-time headers in new wordings (the English read-and-listen header "Read in 3 minutes · Listen in 5",
a blog's nine-minutes-so-put-the-kettle-on warning "Reading this post will take you around nine minutes, so the kettle
might want to go on.", the French reading-duration line "Durée de lecture : 3 minutes", the German
estimated-reading-duration line with the minutes in words "Geschätzte Lesedauer: drei Minuten", the Italian
you-need-three-minutes line "Ti servono 3 minuti per leggere questo articolo", the Polish estimated-time-of-reading line
"Szacowany czas lektury: 3 min" and the Russian reads-in line "Читается за 3 минуты"); bylines and self-promotion (an
English additional-reporting byline "Additional reporting by Ivo Caddlesworth", an English
by-name-and-community-correspondent byline "By Philippa Ganderbrook, Community Correspondent", a German by-our-editor
byline "Von unserer Redakteurin Gunhild Schwarzwurzler" and a Russian text-prepared-by byline "Текст подготовила
Евлампия Сухоплетнева", all at the head, and at the foot an English Not On The High Street notebooks plug "Hand-bound
notebooks like the one in this post are for sale on my Not On The High Street page.", a French Leboncoin
cold-process-soaps plug "Je vends mes savons à froid sur Leboncoin, remise en main propre à Angers.", an Italian eBay
restored-typewriters plug "Le mie macchine da scrivere restaurate sono in vendita su eBay, spedisco in tutta Italia."
and a Polish Allegro ships-in-bottles plug "Gotowe statki w butelkach sprzedaję na Allegro – link w opisie profilu.");
blog and site footers (an English Carrd credit with a last-updated date "Made with Carrd · Last updated December 2026",
an English Independent Community News Network membership line "Member of the Independent Community News Network (ICNN)",
the English WordPress.com footer with its do-not-sell link "Blog at WordPress.com. Do Not Sell or Share My Personal
Information", a French Jimdo credit with legal notices and cookie management "Site réalisé avec Jimdo · Mentions légales
· Gestion des cookies", a German Presserat-membership line "Wir sind Mitglied im Deutschen Presserat und halten uns an
den Pressekodex.", an Italian VAT-number and all-rights-reserved line "P. IVA 03219870162 · Tutti i diritti riservati",
the Polish Blogger credit "Obsługiwane przez usługę Blogger." and a Russian Tilda credit with a privacy policy "Сайт
сделан на Tilda · Политика конфиденциальности"); reader-comment furniture (an English showing-three-of-27 row with a
view-all link "Showing 3 of 27 comments · View all", the English WordPress awaiting-moderation note with its preview
sentence "Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been
approved.", the English WordPress notify-me checkbox label "Notify me of follow-up comments by email.", a French
be-the-first-to-react prompt "Soyez le premier à réagir à cet article", a German join-the-discussion line with a count
"Diskutieren Sie mit: 23 Leserkommentare", the Italian WordPress e-mail-will-not-be-published note "Il tuo indirizzo
email non sarà pubblicato. I campi obbligatori sono contrassegnati *", a Polish readers'-comments count with a show-all
link "Komentarze czytelników (12) – pokaż wszystkie" and a Russian comments-are-moderated note "Комментарии
модерируются. Оскорбления и спам удаляются."); share rows (an English spread-the-word row with Reddit, Mastodon and
e-mail "Spread the word: Reddit · Mastodon · Email this story", a French pass-it-round row with Facebook, X and WhatsApp
"Faites circuler : Facebook · X · WhatsApp" and a Russian share-in row with VK, Odnoklassniki and Telegram "Поделиться
в: ВКонтакте · Одноклассники · Telegram"); and notices (a German transparency note that the municipal utility advertises
in the paper "Transparenzhinweis: Die Stadtwerke sind Anzeigenkunde unserer Zeitung." and an Italian editor's note that
the town hall's press office supplied the photos "Nota della redazione: le fotografie sono state fornite dall'ufficio
stampa del Comune.", both in the body, and a Polish send-us-your-story-or-photos prompt "Masz temat lub zdjęcia z
okolicy? Przyślij je przez formularz kontaktowy redakcji." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 160's docstring does not describe (on the six portal pages, in nine blocks, the day's date line and
the masthead in one block of two at the very top; the title in the middle of a block of three, the section menu right
above it and the reading time right under it; the byline-and-published line, the lead photo's caption and its credit in
one block of three; the first paragraph alone; the second paragraph and the paragraph with the quote in one block with
an ad label at its top, before the second paragraph, and a read-also link at its end, after the quote; the subheading
and the three rows with a share row at the end of the list block, after the third row; the two last paragraphs in one
block with a newsletter or Telegram prompt at its end; at the foot two blocks, six lines of a comment thread (a comment
count, a comment, a second reader's arrowed reply, a third reader's comment, the first commenter's arrowed reply to it
and a view-more-comments link) and then a links row, the publishing company's copyright line and a rights or checking
line in one block of three; on the six blog pages, in ten blocks, the blog name, its tagline and the menu in one block
of three; the reading time, the title and the posted-on-date-by-author line in one block of three, the reading time
right above the title; the first and second paragraphs in one block with a photo caption between them; a table of
contents (its heading and two numbered entries) in a block of three between the second paragraph and the quote; the
paragraph with the quote alone; a second photo caption at the top of the list block, right before the subheading, then
the three rows and an affiliate supply link after the third row; the two last paragraphs in one block with the author's
sign-off at its end; a tags line and a share row in one block of two; at the foot two blocks, five lines (a comments
count, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it) and then a platform
credit alone), taken from local news of fresh kinds (a cricket pavilion's scoreboard replaced, a town's drinking
fountain restored, a level crossing's barriers renewed, a hospital's charity shop reopened, a nature reserve's bird hide
rebuilt, a ferry's landing stage rebuilt) and from blogs about binding books by hand, making soap, keeping a weather
diary, restoring a typewriter, building a ship in a bottle and growing microgreens.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 160 but what is named here), held-out set 162 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 160 up to its paragraph "Measured after round 110", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 157, 158 and 159, printed with one ast
script (/tmp/s161scratch/peek.py, reading the files of /tmp/wt-set161/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set161); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s161scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 160's as printed, with 160 -> 161; /tmp/s161scratch/gen161.py writes this file from scratch files (data161.py with
the held-out and keep lines, pages161.py with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the
measurement, doc3.txt and tables161.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s161, detached at commit d88d9c14c60c2a537794eaa1c87569d2f66c5ada, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 02:49:20 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
d88d9c14c60c2a537794eaa1c87569d2f66c5ada (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 160's Slips and notes (4) to inside set 158's first paragraph); its second run went to
/tmp/s161scratch/peek.out, of which I paged lines 125 to 460 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 160's docstring before the paragraph "Measured after round 110" (set 160's
Baseline paragraph comes before it and was read) and prints only the first paragraphs of the other three. No file of the
tests/ folder was listed, grepped or opened otherwise. (3) Near misses with shapes already named, noted rather than
hidden: the German and Polish reading times are estimated-reading-time headers (named for Italian and French in set
156's time, here in German with the minutes in words and in Polish with the word "lektury"); the Italian
you-need-three-minutes line is the Italian form of set 158's French you-will-need line, and the Russian reads-in line
the Russian form of set 158's Italian one; the English additional-reporting byline is a cousin of set 157's
reporting-and-editing byline; the German join-the-discussion line echoes set 160's English join-the-discussion count and
the Polish count with its show-all link and the English showing-three-of-27 row echo count and load-more lines named
before; the four plugs, the three share rows and the builder credits (Carrd, Jimdo, Blogger, Tilda, WordPress.com)
follow ideas named many times, with new services, shops and wordings; the Polish send-us-your-story prompt sits at the
foot like set 160's Russian Ctrl+Enter notice. Earlier sets than 157 may have named some of these lines' shapes; I could
not know, having read none of them. On the pages, the noise is of common kinds (dates, mastheads, menus, bylines,
reading times, captions and credits, ad labels, read-also links, share rows, newsletter and Telegram prompts, comment
threads, links rows, copyright and rights lines, blog names and taglines, posted-on lines, tables of contents, affiliate
links, sign-offs, tags lines, platform credits), since the brief asks for new layouts there; some positions echo earlier
layouts (the title in the middle of a block of three, as in set 158's portals, here between a menu and a reading time; a
table of contents in a block of three, as in sets 159 and 160; the blogs' two last paragraphs in one block, as in set
158; the first and second paragraphs in one block with something between them, as in set 157's portals), while what is
new is where the rest sits (the date line over the masthead; the byline with the caption and credit in one block under
the title's block; the ad label at the top of the second paragraph's block and the read-also link after the quote in the
same block; the share row at the end of the list block; the newsletter prompt after the last paragraph in its block; a
six-line thread ending in a view-more link; a footer of three lines; on the blogs the name, tagline and menu together,
the reading time above the title, a caption between the first two paragraphs, the table of contents after the second
paragraph, a caption before the subheading and an affiliate link after the rows in the list block, and a sign-off after
the last paragraph). (4) Before the measurement /tmp/s161scratch/check.py checked, case-insensitively, that no noise
line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no
line holds an at-sign, and counted the lines by category, language and place; its first run found five noise lines
inside others: the French portal's ad label "Publicité" inside the keep line "Publicité mensongère : ...", the German
portal's "Anzeige" inside the held-out notice's "Anzeigenkunde" and the thread's "Weitere Kommentare anzeigen", the
Italian portal's "Pubblicità" inside its own links row and the Russian portal's "Реклама" inside its own links row; the
French and German labels became "– Publicité –" and "– Anzeige –", and the Italian and Russian links rows lost their
advertising entries (now "Chi siamo · Contatti · Redazione · Privacy" and "О редакции · Контакты · Правила · Вакансии");
its second run found nothing. /tmp/s161scratch/marks.out printed all 360 page lines with their block numbers and marks,
and I read them one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on
everything else; no mark was swapped. gen161.py reports lines over 120 characters and at-signs in the written file,
checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with
``ast`` (without importing it), that the file's lists equal the scratch ones. (5) Invented names were checked with the
exact-string search over public GitHub files: Caddlesworth, Ganderbrook, Schwarzwurzler, Сухоплетнева, Wickerslade (and
Wickerslade Mercury, Wickerslade_Bev), Wrayburnell, Fallowhaye, oldscorer_ken, NorthEndNev, Mercury Valley Newspapers,
Pargetwhistle (and Hester Pargetwhistle), PaperMothPenny, Véranduc, Papy_Vérandusien, Pinsonnelle, Courtemiche,
Verre_à_moitié_plein, Claudine_du_lavoir, La Savonnette de Lou, Mimi_des_Bois, Savonnier_du_dimanche, Kranichsfurt,
Reisigbauer, Brösamlein (and Henrike Brösamlein), Radlerin_Anke, Mühlweg_Max, Opa_vom_Mühlweg, Tagblatt
Verlagsgesellschaft, Almuts Wolkenbuch, Wolkenguckerin, Gewitterfan_Jens, Roccaspinella, Fumagrossi, Panfretti,
Gianna_58, Tonino_del_borgo, Mamma_di_Leo, Editrice Spinellese, Tasti e Nastri, Dattilografa_Rosa, Collezionista_Nino,
Czaplinowo (and Czaplinowsk, for Czaplinowska and Czaplinowskie), Trzcinowiak, Olszowy Kąt, Jemiołowicz,
Ptasiarz_Zbyszek, Gosia_z_lasu, Emeryt_Tadeusz, Flota w Szkle, Modelarz_Janek, Ania_znad_morza, Затонодольск (and
Затонодольский), Лозинская-Бор, Лодейкин, Рыбак_Семёныч, Зоя_с_левого, Дачник_Петрович, Микрозелень у Таси,
Огородница_Нина and Зелёная_Мама had no hits; Thread and Mull had three, inside "MulleThread and mulle-objc" and "thread
and mulliganWorker" of code, which are not the name, so it was kept. Dropped: Кочерыжкина (a street in a test's address;
the byline became Евлампия Сухоплетнева), Brackenhowe (a farm, a harbour and a lighthouse in game data; the town became
Wickerslade), Quillington (a school and a user name; the blogger became Hester Pargetwhistle), Aubrelin (inside a place
name "Maubrelin" in a list and inside identifiers; the town became Saint-Véranduc) and Ourbelin, tried for it (inside
"Fourbelin" and "Bourbelin"), Claudine_M (inside identifiers; the commenter became Claudine_du_lavoir), Almendinger (a
real surname; the site manager became Henrike Brösamlein) and Quappendorfer, tried for it (a street), Opa_Heinz (a
handle in code; the commenter became Opa_vom_Mühlweg), Tonino_R (inside user names; the commenter became
Tonino_del_borgo), Żurawiniec (a real nature reserve and place; the town became Czaplinowo), Brzozowiak (a real site and
name; the forester became Zenon Jemiołowicz), Ракитинск (a street and a lake; the town became Затонодольск) and
Перевозинск, tried for it (a street), Сомиков (a real surname and a word; the captain became Аркадий Лодейкин) and
Витаминка (a product name; the commenter became Зелёная_Мама). First names alone (Hester, Lou, Almut, Gualtiero, Marek,
Тася, Ersilia and the like), handles built of a first name and a place or a word (Rowan in Leeds), real services and
platforms, and real places (Angers, Ivrea, Leeds) were not checked. (6) The measurement was run once, at 02:54:46 UTC by
``date``, in one shell call with the brief's two commands (pytest output to /tmp/s161scratch/measure.out, report to
/tmp/s161scratch/report.out); then /tmp/s161scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s161/tests with /tmp/wt-s161/src on the path) to /tmp/s161scratch/problems.out: twelve
noise lines kept, six pages with problems, no keep line lost and one article line lost, as in the Baseline paragraph.
The reasons of the three tables (tables161.py) were written from that output, and /tmp/s161scratch/checktables.py (which
calls ``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL``, that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every
page noise line and article line the output names is quoted in its page's reason and that each reason's count matches;
nothing else was changed: gen161.py wrote the final file from the same data files, checked that its lists and tables
equal them, and the pytest command was run again on it in /tmp/wt-s161. (7) ``date`` printed 02:49:20 UTC at the start,
02:53:14 after the name checks, 02:54:46 at the measurement and 02:55:24 when the tables were written; the times quoted
here are those ``date`` printed (the clock of the machine; the last ``date`` before the commit is in the report of this
helper). The whole set was written, measured and committed within the brief's 50 minutes.

Judgement calls: the keep lines "Reading the minutes of the last meeting aloud took the chairman almost a quarter of an
hour.", "Share prices of the ferry operator rose after the new contract was signed, traders said.", "Copyright in the
old photographs belongs to the museum, which lent them for the exhibition.", "Advertising hoardings along the bypass
will come down by the end of January, the council said.", "Followers of the band queued from six in the morning for
tickets to the homecoming gig.", "Subscriptions to the swimming club rose by a fifth after the pool reopened.", "Printed
leaflets were pushed through every door on the estate last week.", "Commentant les résultats, le maire a salué le
travail des bénévoles du comité des fêtes.", "Partagée entre deux communes, la salle des fêtes sera rénovée en 2027.",
"Publicité mensongère : le tribunal a condamné le garage à une amende de 3 000 euros.", "Teilen müssen sich die beiden
Vereine den Platz künftig an drei Abenden pro Woche.", "Folgen hat der Sturm auch für den Wochenmarkt, der am Samstag
ausfällt.", "Abonnenten des Stadttheaters erhalten in dieser Spielzeit zehn Prozent Rabatt.", "Condividere l'auto per
andare al lavoro conviene a sempre più pendolari, secondo l'indagine.", "Seguire il cantiere da vicino è stato possibile
grazie alle visite guidate del sabato.", "Abbonati da trent'anni al teatro comunale, due coniugi hanno ricevuto una
targa dal sindaco.", "Komentując decyzję, burmistrz przyznał, że remont potrwa dłużej, niż zakładano.", "Czytelnia
biblioteki będzie otwarta także w soboty, od godziny 10.", "Комментируя решение суда, адвокат заявил, что подаст
апелляцию." and "Поделиться опытом с молодыми учителями ветеран школы согласилась без раздумий." are article sentences:
each reports what a chairman, traders, a museum, a council, fans, a swimming club, a leaflet drop, a mayor, two
communes, a court, two clubs, a storm, a theatre, commuters, a building site's visitors, a couple, a mayor, a library, a
lawyer or a veteran teacher did, said or will do, with the noise-like word as an ordinary noun, verb, participle or
adjective of the sentence ("Reading the minutes" is a chairman reading a record aloud, not a reading time; "Share
prices" are a company's stock, not a share row; "Copyright in the old photographs" is a museum's right over pictures in
the story, not a copyright line; "Advertising hoardings" are boards by a road, not an ad label; "Followers of the band"
are fans, not a follow prompt; "Subscriptions to the swimming club" are memberships, not a newsletter prompt; "Printed
leaflets" were posted through doors, not a print link; the French "Commentant", "Partagée" and "Publicité mensongère",
the German "Teilen", "Folgen" and "Abonnenten", the Italian "Condividere", "Seguire" and "Abbonati", the Polish
"Komentując" and "Czytelnia" and the Russian "Комментируя" and "Поделиться опытом" are a mayor commenting on results, a
hall shared by two communes, false advertising judged by a court, two clubs sharing a pitch, the storm's consequences,
theatre season-ticket holders, car sharing, following a building site, theatre subscribers, a mayor commenting on a
decision, a library's reading room, a lawyer commenting on a ruling and a teacher sharing her experience; none of them
is comment, share, follow, subscribe, ad, reading-time, print or copyright furniture). Categories: the Mixcloud, Vimeo,
Apple Podcasts, Calaméo, Opinary, Google Forms, Pinterest and RUTUBE lines are markers (embeds that are not available,
private, unavailable, could not be shown, need JavaScript, need a sign-in, did not load without cookies or are blocked
in a region); the read-and-listen header, the kettle warning and the French, German, Italian, Polish and Russian lines
are reading times (the English header also gives a listening time, as audio-enabled news sites print it, and is still a
reading time); the additional-reporting, community-correspondent, von-unserer-Redakteurin and текст-подготовила lines
are bylines at the head (the additional-reporting line names a second reporter, which wire and news sites often print at
the foot but also under the title, where it is placed here), and the Not On The High Street, Leboncoin, eBay and Allegro
lines are bylines (self-promotion) at the foot; the Carrd, ICNN, WordPress.com, Jimdo, Presserat, P. IVA, Blogger and
Tilda lines are footers (the ICNN membership, the Presserat line and the Italian VAT number are the standing legal or
trade foot of a news or business site, not notices about one story); the showing-three-of-27 row, the
awaiting-moderation note, the notify-me checkbox label, the be-the-first-to-react prompt, the German discussion count,
the Italian e-mail-not-published note, the Polish count with its show-all link and the Russian moderation note are
comment furniture (the notify-me label and the Italian e-mail note belong to the comment form); the English, French and
Russian rows are share rows (the English one names an e-mail link among two services, as share rows do); the German
transparency note and the Italian editor's note on the photos are notices in the body (both speak of the story they sit
in: who advertises in the paper that reports on the utility, who took the photos), and the Polish send-us-your-story
prompt is a notice at the foot (a standing appeal of the newsroom, neither a footer's legal line nor comment furniture).
On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (date lines, mastheads, section menus, reading
times, bylines with their published lines, photo captions and credits, ad labels, read-also links, share rows,
newsletter and Telegram prompts, comment counts, comments and replies, view-more links, links rows, copyright lines,
rights and checking lines, blog names, taglines and menus, posted-on lines, tables of contents, affiliate supply links,
sign-offs, tags lines and platform credits) is noise. The list rows (what the new scoreboard means, what the binder
used, what was redone on the fountain, the soap-making steps, what changes at the level crossing, what the weather
diarist notes, how the charity shop works, the typewriter's restoration steps, what changed in the reserve, what was
hardest in the bottle ship, what changed on the landing stage and what the microgreens needed) are short, some without a
verb, but part of each article, so article; the blogs' table-of-contents entries ("1. Folding and piercing" and the
like) look like list rows but are links to the post's sections, so noise; the captions describe photos, so noise, though
they speak of the story's subject; the sign-offs ("Happy binding, Hester x" and the like) close the post as a signature,
not as article text, so noise; the portals' last footer lines ("All content is checked by our newsdesk before
publication.", "Tous droits de reproduction réservés." and the like) are standing lines of the site, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-wickerslade-scoreboard (a cricket club's hand-turned scoreboard of 1936 replaced by a weatherproof one worked
from a laptop), en-blog-threadandmull-binding (a first case-bound notebook sewn with waxed linen thread),
fr-portail-saintveranduc-fontaine (the cast-iron drinking fountain of a market square flowing again after eighteen
months of work), fr-blog-savonnettedelou-savon (a first cold-process goat's-milk soap), de-portal-kranichsfurt-schranken
(new automatic barriers and signals at a level crossing), de-blog-wolkenbuch-wettertagebuch (a year of a balcony weather
diary), it-portale-roccaspinella-mercatino (a hospital's charity shop reopened by volunteers after two years),
it-blog-tastienastri-olivetti (an Olivetti Lettera 22 from a flea market restored), pl-portal-czaplinowo-czatownia (a
bird hide rebuilt by a pond in a nature reserve after a storm), pl-blog-flotawszkle-statek (a brig built into a rum
bottle), ru-portal-zatonodolsk-prichal (a ferry landing stage reopened with a new larch deck) and
ru-blog-mikrozelen-podokonnik (radish microgreens grown on a windowsill in eight days), each with a reader comment
thread.

Baseline (2026-12-06, cleaner at commit d88d9c14c60c2a537794eaa1c87569d2f66c5ada, measured with ``cd /tmp/wt-s161 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s161/src python -m pytest -q tests/test_clean_held_out_161.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s161 && PYTHONPATH=/tmp/wt-s161/src python
scripts/clean_held_out_report.py --sets 161``, with the xfail tables empty): noise lines removed 33/45 (marker 0/8,
reading-time 6/7, byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 12 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: all eight markers in the body (the English Mixcloud, Vimeo and Apple Podcasts, the
French Calaméo, the German Opinary, the Italian Google Forms, the Polish Pinterest and the Russian RUTUBE placeholders),
one reading time at the head (the English put-the-kettle-on warning), one plug at the foot (the English Not On The High
Street notebooks plug), one comment line (the Russian comments-are-moderated note) and one notice in the body (the
Italian editor's note on the photos); the other six reading times, the four head bylines, the French, Italian and Polish
plugs, all eight footers, the seven other comment lines, every share row and the German transparency and Polish
send-us-your-story notices went); keep lines kept 20/20; pages 6/12 clean (the six portals), 22 of 240 page noise lines
left and 1 of 120 article lines lost. Left on the pages: on the English bookbinding and French soap blogs the caption
between the first two paragraphs, the caption at the top of the list block and the affiliate supply link after the third
row (3 each); on the German weather-diary blog the tagline under the blog name, the two captions and the affiliate link
(4); on the Italian typewriter, Polish bottle-ship and Russian microgreens blogs the two captions, the affiliate link
and the sign-off after the last paragraph (4 each). Lost: on the German weather-diary blog the title "Ein Jahr
Wettertagebuch", in the middle of its block between the reading time and the posted-on line, as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s161 gave 59
passed, 18 xfailed, no XPASS.

Measured after round 111 (developed on sets 159 and 160 beside this set's writing from the same base, d88d9c1, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 72639ba and after the
lead's mend at 662f30a): nothing moved. Round 111's reading of an embed's failure (a media kind, its failure in the
placeholder's present, its service) took none of this set's embed placeholders, and no page line, keep line or article
line changed; the xfail tables stand as measured.

Round 112 (development; this set was read in full from this round on): developed on sets 161 and 162 from 4513644.
Four readings. (1) page_blocks._title_between_stamps (with _HEAD_STAMPS), used by _mark_head: a short headline
between two of the head's stamps the rules took (a reading time over it, the posted-on line under it), no label with a
colon, no row, no sentence, no chrome and no digit, is the title, however short; under a menu it counts as the line
below the menu (so the blog's name and tagline above the menu go as its masthead), and it replaces a title taken above
the menu or by the masthead's test. This fixed set 161's lost title "Ein Jahr Wettertagebuch" (the tagline "Wetter
beobachten vom Balkon aus" above it had been taken for the title, as four words or more). (2)
whole_line_noise._EMBED_SCREEN_STATE (round 86's listed platform + the state on the reader's screen) gained the access
states of a placeholder: the reader's country or region closing the clause, subscribers only, private with the owner
asked for access, the owner restricting playback, a preview unavailable or to be opened in the app, enable
JavaScript, the reader's browser having blocked it, not visible until the reader logs in, switch on the cookie files,
marked as private, in six languages; "n'a pas pu s'afficher" joined the French not-loaded state, and _EMBED_PLATFORM
gained Pinterest in declined forms and Opinary. All twelve placeholders of sets 161/162 go; near misses (the SemEval
gate's "Roskomnadzor restricted access to YouTube.", "Видео с YouTube больше недоступно в России.", "The BBC video of
the speech is unavailable.", a private account in the story) stay. (3) clean._AFFILIATE_IN_SIDEBAR (_ONE_AFFILIATE_LINK,
_SIDEBAR) in _is_affiliate_link_line: one affiliate link, in the singular, pointed to the page's sidebar, no figure,
no verb of saying (set 161's five blogs and the German one). (4) clean._MY_PLATFORM_PAGE with _SALE_CUE and
_PLATFORM_NAME in _is_shop_plug: the writer's page, shop or store on a platform named in capitals (no list of
platforms), with the thing for sale, available, booked or found there, or the writer selling through a named platform,
a closing full stop allowed, no quote and no verb of saying (set 161's Not On The High Street plug, set 162's Gumroad,
Eventbrite, Amazon Handmade and Yula plugs). Tests: tests/test_clean.py test_round_112_* (the stamped title in six
languages, the embed access states and their near misses, the sidebar affiliate link, the platform page plug).
Other sets moved (clean_held_out_report, before -> after): xfails removed as now passing in set 95 (the Strava route
preview), 108 (the Allegro shop plug), 118 (the Flourish chart asking for JavaScript), 121 (page
de-portal-ottelsrode-jugendclub, its Opinary placeholder now goes), 129 (the potter's Commissions page plug), 151 (the
geo-blocked Yandex Music player) and 155 (the Calaméo and Opinary placeholders); page reasons reworded in sets 136
(it-blog-carrellochetorna-lettera22, its Etsy plug goes), 138 (fr-blog-moussedulavoir-lait-de-chevre, its shop plug
goes) and 149 (de-blog-holzmaehne-schaukelpferd, its sales plug goes). All sets' totals: noise lines removed 6291 ->
6315, article lines kept 3087 -> 3087, pages clean 1098 -> 1099, page noise lines left 1576 -> 1565, paragraphs lost
3 -> 2 (no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed files of 3723.
This set, before -> after: noise lines removed 33/45 -> 42/45 (marker 0/8 -> 8/8, byline 7/8 -> 8/8 (the Not On The
High Street plug); reading-time 6/7, footer 8/8, comments 7/8, share 3/3, notice 2/3 unchanged), keep lines 20/20 ->
20/20, pages clean 6/12 -> 6/12, page noise lines left 22 -> 15 of 240, article lines lost 1 -> 0 (the title "Ein Jahr
Wettertagebuch" is kept, and the blog's tagline over the menu now goes). Xfails removed: the eight embed placeholders
and the Not On The High Street plug; page reasons reworded on the six blogs (the affiliate links go; on the German
blog the tagline goes and the title is no longer lost). Still missed: the kettle-on reading time, the Russian
comments-are-moderated note and the Italian editor's note on the photos (lines); on the blogs the two photo captions
each (no credit, no label, left on purpose) and the Italian, Polish and Russian sign-offs ("Alla prossima, Gualtiero",
"Pozdrawiam, Marek", "До встречи, ваша Тася"), which the cleaner reads as a letter's closing formula, the article's
(round 29), and which this round left.
Bench (benchmarks/bench_clean.py against 4513644's src): ratio_to_baseline 1.01 (2.587 s against 2.550 s). Pytest:
all held-out sets with tests/test_site_batches.py, test_site_lines.py, test_noise_trace.py and test_clean_pages.py gave
10852 passed, 1392 xfailed (no XPASS, no failure); the full command (with tests/test_clean.py, -x) gave 20615 passed,
1399 xfailed, no failure and no XPASS. The affiliate reading's link noun was folded into round 81's _AFFILIATE_LINK_NOUN after the report;
the report on the 30 sets whose files name a sidebar and the SemEval dump, rerun after it, are unchanged.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_161_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Mixcloud widget: this show is no longer available to stream in your country.',
     'marker'),
    ('body',
     'The Vimeo showcase embedded here is private. Ask its owner for access.',
     'marker'),
    ('body',
     'Apple Podcasts preview unavailable – open this episode in the Podcasts app.',
     'marker'),
    ('body',
     "Le document Calaméo n'a pas pu s'afficher. Consultez-le directement sur calameo.com.",
     'marker'),
    ('body',
     'Hier steht eine eingebettete Umfrage von Opinary. Aktivieren Sie JavaScript, um abzustimmen.',
     'marker'),
    ('body',
     'Il modulo di Google Forms non è visibile: accedi con un account Google per rispondere.',
     'marker'),
    ('body',
     'Galeria z Pinteresta nie została załadowana. Włącz marketingowe pliki cookie.',
     'marker'),
    ('body',
     'Видео с RUTUBE недоступно в вашем регионе.',
     'marker'),
    ('head',
     'Read in 3 minutes · Listen in 5',
     'reading-time'),
    ('head',
     'Reading this post will take you around nine minutes, so the kettle might want to go on.',
     'reading-time'),
    ('head',
     'Durée de lecture : 3 minutes',
     'reading-time'),
    ('head',
     'Geschätzte Lesedauer: drei Minuten',
     'reading-time'),
    ('head',
     'Ti servono 3 minuti per leggere questo articolo',
     'reading-time'),
    ('head',
     'Szacowany czas lektury: 3 min',
     'reading-time'),
    ('head',
     'Читается за 3 минуты',
     'reading-time'),
    ('head',
     'Additional reporting by Ivo Caddlesworth',
     'byline'),
    ('head',
     'By Philippa Ganderbrook, Community Correspondent',
     'byline'),
    ('head',
     'Von unserer Redakteurin Gunhild Schwarzwurzler',
     'byline'),
    ('head',
     'Текст подготовила Евлампия Сухоплетнева',
     'byline'),
    ('tail',
     'Hand-bound notebooks like the one in this post are for sale on my Not On The High Street page.',
     'byline'),
    ('tail',
     'Je vends mes savons à froid sur Leboncoin, remise en main propre à Angers.',
     'byline'),
    ('tail',
     'Le mie macchine da scrivere restaurate sono in vendita su eBay, spedisco in tutta Italia.',
     'byline'),
    ('tail',
     'Gotowe statki w butelkach sprzedaję na Allegro – link w opisie profilu.',
     'byline'),
    ('tail',
     'Made with Carrd · Last updated December 2026',
     'footer'),
    ('tail',
     'Member of the Independent Community News Network (ICNN)',
     'footer'),
    ('tail',
     'Blog at WordPress.com. Do Not Sell or Share My Personal Information',
     'footer'),
    ('tail',
     'Site réalisé avec Jimdo · Mentions légales · Gestion des cookies',
     'footer'),
    ('tail',
     'Wir sind Mitglied im Deutschen Presserat und halten uns an den Pressekodex.',
     'footer'),
    ('tail',
     'P. IVA 03219870162 · Tutti i diritti riservati',
     'footer'),
    ('tail',
     'Obsługiwane przez usługę Blogger.',
     'footer'),
    ('tail',
     'Сайт сделан на Tilda · Политика конфиденциальности',
     'footer'),
    ('tail',
     'Showing 3 of 27 comments · View all',
     'comments'),
    ('tail',
     'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been '
     'approved.',
     'comments'),
    ('tail',
     'Notify me of follow-up comments by email.',
     'comments'),
    ('tail',
     'Soyez le premier à réagir à cet article',
     'comments'),
    ('tail',
     'Diskutieren Sie mit: 23 Leserkommentare',
     'comments'),
    ('tail',
     'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
     'comments'),
    ('tail',
     'Komentarze czytelników (12) – pokaż wszystkie',
     'comments'),
    ('tail',
     'Комментарии модерируются. Оскорбления и спам удаляются.',
     'comments'),
    ('tail',
     'Spread the word: Reddit · Mastodon · Email this story',
     'share'),
    ('tail',
     'Faites circuler : Facebook · X · WhatsApp',
     'share'),
    ('tail',
     'Поделиться в: ВКонтакте · Одноклассники · Telegram',
     'share'),
    ('body',
     'Transparenzhinweis: Die Stadtwerke sind Anzeigenkunde unserer Zeitung.',
     'notice'),
    ('body',
     "Nota della redazione: le fotografie sono state fornite dall'ufficio stampa del Comune.",
     'notice'),
    ('tail',
     'Masz temat lub zdjęcia z okolicy? Przyślij je przez formularz kontaktowy redakcji.',
     'notice'),
]

HELD_OUT_161_KEEP: list[tuple[str, str]] = [
    ('head',
     'Reading the minutes of the last meeting aloud took the chairman almost a quarter of an hour.'),
    ('head',
     'Share prices of the ferry operator rose after the new contract was signed, traders said.'),
    ('body',
     'Copyright in the old photographs belongs to the museum, which lent them for the exhibition.'),
    ('tail',
     'Advertising hoardings along the bypass will come down by the end of January, the council said.'),
    ('tail',
     'Followers of the band queued from six in the morning for tickets to the homecoming gig.'),
    ('head',
     'Subscriptions to the swimming club rose by a fifth after the pool reopened.'),
    ('tail',
     'Printed leaflets were pushed through every door on the estate last week.'),
    ('head',
     'Commentant les résultats, le maire a salué le travail des bénévoles du comité des fêtes.'),
    ('body',
     'Partagée entre deux communes, la salle des fêtes sera rénovée en 2027.'),
    ('tail',
     'Publicité mensongère : le tribunal a condamné le garage à une amende de 3 000 euros.'),
    ('head',
     'Teilen müssen sich die beiden Vereine den Platz künftig an drei Abenden pro Woche.'),
    ('body',
     'Folgen hat der Sturm auch für den Wochenmarkt, der am Samstag ausfällt.'),
    ('tail',
     'Abonnenten des Stadttheaters erhalten in dieser Spielzeit zehn Prozent Rabatt.'),
    ('head',
     "Condividere l'auto per andare al lavoro conviene a sempre più pendolari, secondo l'indagine."),
    ('body',
     'Seguire il cantiere da vicino è stato possibile grazie alle visite guidate del sabato.'),
    ('tail',
     "Abbonati da trent'anni al teatro comunale, due coniugi hanno ricevuto una targa dal sindaco."),
    ('head',
     'Komentując decyzję, burmistrz przyznał, że remont potrwa dłużej, niż zakładano.'),
    ('tail',
     'Czytelnia biblioteki będzie otwarta także w soboty, od godziny 10.'),
    ('body',
     'Комментируя решение суда, адвокат заявил, что подаст апелляцию.'),
    ('tail',
     'Поделиться опытом с молодыми учителями ветеран школы согласилась без раздумий.'),
]

HELD_OUT_161_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wickerslade-scoreboard', [
        [
            '-Saturday 5 December 2026',
            '-The Wickerslade Mercury',
        ],
        [
            "-News | Sport | What's On | Property | Jobs",
            "+Cricket club's hand-turned scoreboard replaced after ninety years",
            '-2 min read',
        ],
        [
            '-By Tamsin Wrayburnell · Published 4 December 2026, 6:15pm',
            '-The old scoreboard being lifted off the pavilion wall by crane.',
            '-Photo: Wickerslade Cricket Club',
        ],
        [
            '+Wickerslade Cricket Club has replaced the wooden scoreboard on its pavilion, which had been turned by '
            'hand since 1936.',
        ],
        [
            '-Advertisement',
            '+The new board shows the score, wickets and overs on weatherproof panels and can be worked from a '
            "laptop in the scorer's hut.",
            '+"Generations of juniors learned their sums hanging those numbers, so we have kept the old tins for '
            'the clubhouse wall," said groundsman Derek Fallowhaye.',
            '-Read also: Village hall roof appeal passes halfway mark',
        ],
        [
            '+What the new scoreboard means',
            '+Scores can be seen from the far boundary for the first time.',
            '+Juniors will still run the board on match days.',
            '+The old number tins go on show in the bar.',
            '-Share: Facebook · WhatsApp · Email',
        ],
        [
            '+The board cost £14,000, most of it raised at a sponsored bowl-a-thon and a quiz night in the summer.',
            "+It will be used for the first time at the club's opening fixture in April.",
            "-Get the Mercury's morning briefing in your inbox – sign up free",
        ],
        [
            '-6 comments',
            "-oldscorer_ken: I turned those tins every Saturday in 1971. Sad to see them go but it's time.",
            '-↳ Wickerslade_Bev: Ken, you should be the one to switch the new one on!',
            '-NorthEndNev: Hope they kept the clock as well, it was the best bit.',
            "-↳ oldscorer_ken: The clock stays, Nev, it's on the other wall.",
            '-View 1 more comment',
        ],
        [
            '-About us · Contact · Advertise · Terms · Privacy',
            '-© 2026 Mercury Valley Newspapers Ltd',
            '-All content is checked by our newsdesk before publication.',
        ],
    ]),
    _page('en', 'en-blog-threadandmull-binding', [
        [
            '-Thread and Mull',
            '-Notes from a kitchen-table bindery',
            '-Home · Tutorials · Supplies · About',
        ],
        [
            '-9 min read',
            '+Sewing my first case-bound notebook',
            '-Posted on 3 December 2026 by Hester Pargetwhistle',
        ],
        [
            '+I have been folding paper into little pamphlets for a year, so this winter I finally tried a proper '
            'case-bound book.',
            '-Six signatures stacked and pressed under two dictionaries.',
            '+The text block is six signatures of eight sheets each, cut from a ream of cartridge paper.',
        ],
        [
            '-Contents',
            '-1. Folding and piercing',
            '-2. Making the case',
        ],
        [
            '+My tutor at the evening class said, "Let the glue do less and the thread do more," and she was right.',
        ],
        [
            '-The finished spine, rounded and lined with mull.',
            '+What I used',
            '+Waxed linen thread, 18/3',
            '+A bone folder and a bradawl',
            '+Grey board and a scrap of bookcloth',
            '-I buy my linen thread from a small bindery supplier – affiliate link in the sidebar.',
        ],
        [
            '+The book opens flat and the spine has kept its round after a week of use.',
            '+Next time I want to try a leather quarter binding.',
            '-Happy binding, Hester x',
        ],
        [
            '-Tags: bookbinding, case binding, notebooks',
            '-Share this: Pinterest · Facebook · Email',
        ],
        [
            '-4 thoughts on "Sewing my first case-bound notebook"',
            '-PaperMothPenny: Lovely work! How long did you leave it in the press?',
            '-↳ Hester Pargetwhistle: Overnight, Penny, with the dictionaries on top.',
            '-Rowan in Leeds: The mull tip saved my own attempt, thank you.',
            '-↳ Hester Pargetwhistle: So glad, Rowan – send me a photo!',
        ],
        [
            '-Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-saintveranduc-fontaine', [
        [
            '-Samedi 5 décembre 2026',
            "-L'Écho de Véranduc",
        ],
        [
            '-Actualité · Sports · Loisirs · Nécrologie',
            '+La fontaine de la place du Marché coule à nouveau',
            '-Lecture 2 min',
        ],
        [
            '-Par Margaux Pinsonnelle · Publié le 4 décembre 2026 à 17 h 05',
            '-La vasque de la fontaine, nettoyée et rejointoyée.',
            '-Photo : Margaux Pinsonnelle',
        ],
        [
            '+Après dix-huit mois de travaux, la fontaine en fonte de la place du Marché de Saint-Véranduc '
            'fonctionne de nouveau.',
        ],
        [
            '-– Publicité –',
            "+Les tuyaux d'origine, rongés par le calcaire, ont été remplacés et l'eau est désormais potable.",
            "+« Les enfants venaient y boire après l'école, nous voulions que cela redevienne possible », explique "
            'le maire, Jean-Baptiste Courtemiche.',
            '-À lire aussi : Le marché de Noël change de place cette année',
        ],
        [
            '+Ce qui a été refait',
            '+La vasque a été décapée puis repeinte.',
            '+Un nouveau robinet poussoir limite le gaspillage.',
            "+Deux bancs ont été installés à l'ombre du tilleul.",
            '-Partager : Facebook · X · E-mail',
        ],
        [
            '+Le chantier a coûté 62 000 euros, dont un tiers pris en charge par la région.',
            '+Une inauguration est prévue le 19 décembre à 11 heures.',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre",
        ],
        [
            '-5 commentaires',
            "-Papy_Vérandusien : Enfin ! On l'attendait depuis longtemps.",
            '-↳ Claudine_du_lavoir : Pareil, mes petits-enfants sont ravis.',
            '-Verre_à_moitié_plein : Espérons que le robinet tienne plus longtemps que le précédent.',
            '-↳ Papy_Vérandusien : Il est en laiton cette fois, ça devrait aller.',
            '-Voir 1 autre commentaire',
        ],
        [
            '-Qui sommes-nous · Contact · Mentions légales · Cookies',
            '-© 2026 Groupe Pinsonnelle Presse',
            '-Tous droits de reproduction réservés.',
        ],
    ]),
    _page('fr', 'fr-blog-savonnettedelou-savon', [
        [
            '-La Savonnette de Lou',
            '-Savons maison et petites expériences',
            '-Accueil · Recettes · Matériel · Contact',
        ],
        [
            '-Lecture : 7 min',
            '+Mon premier savon au lait de chèvre',
            '-Publié le 2 décembre 2026 par Lou',
        ],
        [
            "+Cela faisait des mois que je voulais essayer le savon au lait de chèvre, et une voisine m'a donné "
            'deux litres de lait.',
            '-Le lait congelé en glaçons avant le mélange.',
            "+J'ai suivi la méthode à froid, avec de l'huile d'olive, de l'huile de coco et un peu de beurre de "
            'karité.',
        ],
        [
            '-Sommaire',
            '-1. Préparer le lait',
            '-2. Mouler et attendre',
        ],
        [
            "+Ma voisine m'a prévenue : « Le lait chauffe vite, alors garde-le bien froid », et elle avait raison.",
        ],
        [
            '-Les savons démoulés, en train de sécher sur une grille.',
            '+Mes étapes',
            '+Congeler le lait en glaçons la veille',
            '+Verser la soude très lentement',
            '+Laisser sécher six semaines',
            "-Le moule en silicone que j'utilise est en lien affilié dans la barre latérale.",
        ],
        [
            '+Le savon est doux, très crémeux, et sa couleur tire un peu sur le caramel.',
            "+La prochaine fois, j'ajouterai du miel de notre rucher.",
            '-À bientôt, Lou',
        ],
        [
            '-Mots-clés : savon, saponification à froid, lait de chèvre',
            '-Partager : Pinterest · Facebook · E-mail',
        ],
        [
            '-4 commentaires',
            '-Mimi_des_Bois : Superbe ! Tu as mis des huiles essentielles ?',
            '-↳ Lou : Non, rien du tout, juste le lait.',
            "-Savonnier_du_dimanche : La couleur caramel vient du sucre du lait, c'est normal.",
            "-↳ Lou : Merci pour l'explication !",
        ],
        [
            '-Blog propulsé par Overblog',
        ],
    ]),
    _page('de', 'de-portal-kranichsfurt-schranken', [
        [
            '-Samstag, 5. Dezember 2026',
            '-Kranichsfurter Tagblatt',
        ],
        [
            '-Lokales · Sport · Kultur · Veranstaltungen',
            '+Neue Schranken am Bahnübergang Mühlweg',
            '-Lesezeit 2 Minuten',
        ],
        [
            '-Von Ottmar Reisigbauer · 04.12.2026, 16:40 Uhr',
            '-Die neuen Halbschranken am Mühlweg bei der ersten Probe.',
            '-Foto: Ottmar Reisigbauer',
        ],
        [
            '+Der Bahnübergang am Mühlweg in Kranichsfurt hat nach drei Wochen Sperrung neue Schranken und '
            'Lichtzeichen bekommen.',
        ],
        [
            '-– Anzeige –',
            '+Die alten Schranken aus den Siebzigerjahren wurden noch über ein Stellwerk im Bahnhof bedient.',
            '+„Jetzt schließen die Schranken automatisch, und Fußgänger bekommen ein eigenes Warnsignal“, sagte '
            'Bauleiterin Henrike Brösamlein.',
            '-Lesen Sie auch: Parkhaus am Bahnhof bekommt Ladesäulen',
        ],
        [
            '+Was sich am Übergang ändert',
            '+Die Schranken schließen automatisch.',
            '+Fußgänger hören ein eigenes Warnsignal.',
            '+Der Gehweg ist jetzt zwei Meter breit.',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '+Die Bahn hat rund 400.000 Euro in den Übergang investiert.',
            '+Die Umleitung über die Lindenallee ist seit Freitag aufgehoben.',
            '-Unser Newsletter bringt Ihnen jeden Morgen die wichtigsten Nachrichten aus Kranichsfurt',
        ],
        [
            '-8 Kommentare',
            '-Radlerin_Anke: Endlich ist der Umweg vorbei.',
            '-↳ Mühlweg_Max: Drei Wochen waren aber auch lang genug.',
            '-Opa_vom_Mühlweg: Das Warnsignal ist ganz schön laut.',
            '-↳ Radlerin_Anke: Besser laut als übersehen.',
            '-Weitere Kommentare anzeigen',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Tagblatt Verlagsgesellschaft mbH',
            '-Alle Rechte vorbehalten.',
        ],
    ]),
    _page('de', 'de-blog-wolkenbuch-wettertagebuch', [
        [
            '-Almuts Wolkenbuch',
            '-Wetter beobachten vom Balkon aus',
            '-Start · Tagebuch · Messgeräte · Über mich',
        ],
        [
            '-Lesezeit: 6 Minuten',
            '+Ein Jahr Wettertagebuch',
            '-Veröffentlicht am 1. Dezember 2026 von Almut',
        ],
        [
            '+Seit genau einem Jahr schreibe ich jeden Morgen um sieben Uhr auf, wie das Wetter vor meinem Balkon '
            'ist.',
            '-Mein Tagebuch mit den Einträgen vom November.',
            '+Dazu gehören Temperatur, Luftdruck, Wolken, Wind und die Regenmenge aus dem Messbecher.',
        ],
        [
            '-Inhalt',
            '-1. Meine Messgeräte',
            '-2. Was ich gelernt habe',
        ],
        [
            '+Mein Großvater sagte immer: „Wer den Himmel liest, braucht keinen Wetterbericht“, und ganz falsch war '
            'das nicht.',
        ],
        [
            '-Der Regenmesser auf dem Balkongeländer.',
            '+Was ich jeden Morgen notiere',
            '+Temperatur und Luftdruck',
            '+Wolkenart und Bedeckung',
            '+Regenmenge der letzten 24 Stunden',
            '-Meinen Regenmesser habe ich über einen Partnerlink bestellt, er steht in der Seitenleiste.',
        ],
        [
            '+Im Mai hat es an nur drei Tagen geregnet, im Oktober dagegen an neunzehn.',
            '+Im neuen Jahr will ich auch die Windrichtung genauer messen.',
            '-Bis bald, eure Almut',
        ],
        [
            '-Schlagwörter: Wetter, Tagebuch, Balkon',
            '-Teilen: Pinterest · Facebook · E-Mail',
        ],
        [
            '-3 Kommentare',
            '-Wolkenguckerin: Wie schön! Ich führe auch so ein Heft.',
            '-↳ Almut: Dann lass uns doch mal vergleichen!',
            '-Gewitterfan_Jens: Welchen Luftdruckmesser benutzt du?',
            '-↳ Almut: Ein altes Dosenbarometer von meinem Opa.',
        ],
        [
            '-Erstellt mit Jimdo',
        ],
    ]),
    _page('it', 'it-portale-roccaspinella-mercatino', [
        [
            '-Sabato 5 dicembre 2026',
            '-La Voce di Roccaspinella',
        ],
        [
            '-Cronaca · Sport · Cultura · Eventi',
            "+Riapre il mercatino solidale dell'ospedale",
            '-Lettura: 2 minuti',
        ],
        [
            '-Di Loredana Fumagrossi · 4 dicembre 2026, ore 16.30',
            '-Le volontarie sistemano gli scaffali del mercatino.',
            '-Foto: Loredana Fumagrossi',
        ],
        [
            "+Dopo due anni di chiusura riapre il mercatino solidale dell'ospedale di Roccaspinella, al piano terra "
            'del padiglione nord.',
        ],
        [
            '-Pubblicità',
            "+Il negozio vende abiti, libri e oggetti donati dai cittadini e finanzia l'acquisto di giochi per il "
            'reparto di pediatria.',
            '+«Ogni euro speso qui torna ai bambini ricoverati», spiega la coordinatrice dei volontari, Ersilia '
            'Panfretti.',
            "-Leggi anche: Nuovo parcheggio per i visitatori dell'ospedale",
        ],
        [
            '+Come funziona il mercatino',
            '+Apre dal lunedì al venerdì, dalle 9 alle 13.',
            "+Le donazioni si lasciano all'ingresso.",
            '+I volontari sono venti, tutti pensionati.',
            '-Condividi: Facebook · WhatsApp · E-mail',
        ],
        [
            '+Nei primi tre giorni il mercatino ha incassato oltre mille euro.',
            "+Chi vuole diventare volontario può rivolgersi all'accettazione.",
            '-Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie della città',
        ],
        [
            '-7 commenti',
            '-Gianna_58: Bellissima notizia, ci passerò lunedì.',
            '-↳ Tonino_del_borgo: Anche io, ho dei libri da portare.',
            '-Mamma_di_Leo: Grazie ai volontari, in pediatria fanno la differenza.',
            '-↳ Gianna_58: Hai ragione, sono persone speciali.',
            '-Mostra altri commenti',
        ],
        [
            '-Chi siamo · Contatti · Redazione · Privacy',
            '-© 2026 Editrice Spinellese srl',
            '-Vietata la riproduzione anche parziale.',
        ],
    ]),
    _page('it', 'it-blog-tastienastri-olivetti', [
        [
            '-Tasti e Nastri',
            '-Diario di un restauratore di macchine da scrivere',
            '-Home · Restauri · Ricambi · Chi sono',
        ],
        [
            '-Tempo di lettura: 8 minuti',
            '+Il restauro della mia Olivetti Lettera 22',
            '-Pubblicato il 30 novembre 2026 da Gualtiero',
        ],
        [
            "+L'ho trovata a un mercatino per quindici euro, con i tasti bloccati e il nastro secco da anni.",
            "-La Lettera 22 com'era al mercatino.",
            "+Prima di tutto l'ho smontata e ho fotografato ogni pezzo per ricordare dove rimetterlo.",
        ],
        [
            '-Indice',
            '-1. Lo smontaggio',
            '-2. La pulizia dei martelletti',
        ],
        [
            '+Un vecchio meccanico di Ivrea mi disse: «Mai olio sui martelletti, solo pazienza e un pennello», e ho '
            'obbedito.',
        ],
        [
            '-I martelletti dopo la pulizia con il pennello.',
            '+I passaggi del restauro',
            '+Pulizia dei martelletti con alcol',
            '+Sostituzione del rullo indurito',
            '+Nastro nuovo bicolore',
            "-Il rullo nuovo l'ho preso con un link di affiliazione che trovate nella barra laterale.",
        ],
        [
            '+Adesso la macchina scrive pulita e il carrello scorre senza intoppi.',
            '+Il prossimo progetto è una Olivetti Studio 44 con la leva rotta.',
            '-Alla prossima, Gualtiero',
        ],
        [
            '-Tag: Olivetti, restauro, macchine da scrivere',
            '-Condividi: Pinterest · Facebook · E-mail',
        ],
        [
            '-3 commenti',
            '-Dattilografa_Rosa: Che bel lavoro, la mia è uguale!',
            '-↳ Gualtiero: Allora sai quanto sono belle.',
            '-Collezionista_Nino: Dove hai trovato il rullo?',
            '-↳ Gualtiero: Il link è nella barra laterale.',
        ],
        [
            '-Creato con Blogger',
        ],
    ]),
    _page('pl', 'pl-portal-czaplinowo-czatownia', [
        [
            '-Sobota, 5 grudnia 2026',
            '-Gazeta Czaplinowska',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia',
            '+Nowa czatownia nad stawem w rezerwacie',
            '-Czas czytania: 2 min',
        ],
        [
            '-Autor: Bronisław Trzcinowiak · 4.12.2026, 15:20',
            '-Nowa czatownia z modrzewiowych desek.',
            '-Fot. Bronisław Trzcinowiak',
        ],
        [
            '+W rezerwacie Olszowy Kąt pod Czaplinowem stanęła nowa czatownia dla obserwatorów ptaków.',
        ],
        [
            '-Reklama',
            '+Stara drewniana budka rozpadła się po zeszłorocznej wichurze i od wiosny była zamknięta.',
            '+„Z nowej czatowni widać cały staw, a ptaki nie widzą ludzi”, mówi leśniczy Zenon Jemiołowicz.',
            '-Czytaj także: Ścieżka przyrodnicza z nowymi tablicami',
        ],
        [
            '+Co zmieniło się w rezerwacie',
            '+Czatownia ma wejście dla wózków.',
            '+Okna są na dwóch wysokościach.',
            '+Na ścianie wiszą tablice z gatunkami ptaków.',
            '-Udostępnij: Facebook · WhatsApp · E-mail',
        ],
        [
            '+Budowa kosztowała 85 tysięcy złotych i została sfinansowana przez nadleśnictwo.',
            '+Czatownia jest otwarta codziennie od świtu do zmierzchu.',
            '-Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z regionu',
        ],
        [
            '-6 komentarzy',
            '-Ptasiarz_Zbyszek: W sobotę widziałem tam czaplę siwą.',
            '-↳ Gosia_z_lasu: A ja dwa łabędzie!',
            '-Emeryt_Tadeusz: Wreszcie coś dla starszych, dobrze że jest podjazd.',
            '-↳ Ptasiarz_Zbyszek: Zgadzam się w stu procentach.',
            '-Pokaż więcej komentarzy',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Czaplinowskie sp. z o.o.',
            '-Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-flotawszkle-statek', [
        [
            '-Flota w Szkle',
            '-Modele statków w butelkach',
            '-Strona główna · Modele · Narzędzia · O mnie',
        ],
        [
            '-Czas czytania: 7 minut',
            '+Bryg w butelce po rumie',
            '-Opublikowano 29 listopada 2026 przez Marka',
        ],
        [
            '+Ten bryg to mój czwarty statek w butelce i pierwszy z pełnym ożaglowaniem.',
            '-Butelka po rumie, umyta i osuszona.',
            '+Kadłub wystrugałem z lipy, a żagle wyciąłem z cienkiego papieru nasączonego herbatą.',
        ],
        [
            '-Spis treści',
            '-1. Kadłub i maszty',
            '-2. Wprowadzanie do butelki',
        ],
        [
            '+Mój dziadek, marynarz, mawiał: „Statek wchodzi do butelki na leżąco, a wstaje na sznurku”, i tak '
            'jest.',
        ],
        [
            '-Maszty złożone przed wsunięciem do butelki.',
            '+Co było najtrudniejsze',
            '+Składanie masztów na zawiasach',
            '+Klejenie morza z plasteliny',
            '+Podnoszenie masztów przez szyjkę',
            '-Pęsety, których używam, kupicie przez link partnerski w pasku bocznym.',
        ],
        [
            '+Cała praca zajęła mi sześć tygodni wieczorów.',
            '+Następny będzie szkuner w butelce po winie.',
            '-Pozdrawiam, Marek',
        ],
        [
            '-Tagi: statki w butelkach, modelarstwo, bryg',
            '-Udostępnij: Pinterest · Facebook · E-mail',
        ],
        [
            '-3 komentarze',
            '-Modelarz_Janek: Piękny! Ile masztów się złamało?',
            '-↳ Marek: Tylko jeden, na szczęście fokmaszt.',
            '-Ania_znad_morza: Mój tata też takie robił.',
            '-↳ Marek: To piękna tradycja, pozdrów go ode mnie.',
        ],
        [
            '-Blog na WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-zatonodolsk-prichal', [
        [
            '-Суббота, 5 декабря 2026',
            '-Затонодольский вестник',
        ],
        [
            '-Новости · Спорт · Культура · Афиша',
            '+Паромный причал в Затонодольске открыли после ремонта',
            '-2 мин',
        ],
        [
            '-Автор: Прасковья Лозинская-Бор · 4 декабря 2026, 15:10',
            '-Новый настил причала из лиственницы.',
            '-Фото: пресс-служба администрации',
        ],
        [
            '+В Затонодольске после полугодового ремонта снова работает паромный причал на левом берегу.',
        ],
        [
            '-Реклама',
            '+Старый деревянный настил сгнил, и весной паром перенесли на временную площадку у лодочной станции.',
            '+«Теперь причал выдержит и грузовик, и весенний ледоход», — сказал капитан парома Аркадий Лодейкин.',
            '-Читайте также: На набережной установят новые фонари',
        ],
        [
            '+Что изменилось на причале',
            '+Настил сделан из лиственницы.',
            '+Появились перила и навес для пассажиров.',
            '+Расписание парома вывешено на стенде.',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+Ремонт обошёлся областному бюджету в 12 миллионов рублей.',
            '+Паром ходит каждый час с семи утра до девяти вечера.',
            '-Подписывайтесь на наш канал в Telegram, чтобы не пропустить новости',
        ],
        [
            '-9 комментариев',
            '-Рыбак_Семёныч: Наконец-то, с лодочной станции было неудобно.',
            '-↳ Зоя_с_левого: Согласна, особенно с сумками.',
            '-Дачник_Петрович: А навес зимой не снесёт?',
            '-↳ Рыбак_Семёныч: Крепко сделан, должен выстоять.',
            '-Показать ещё комментарии',
        ],
        [
            '-О редакции · Контакты · Правила · Вакансии',
            '-© 2026 ООО «Затонодольские медиа»',
            '-Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-mikrozelen-podokonnik', [
        [
            '-Микрозелень у Таси',
            '-Огород на подоконнике круглый год',
            '-Главная · Рецепты · Семена · Обо мне',
        ],
        [
            '-Время чтения: 6 минут',
            '+Микрозелень редиса за восемь дней',
            '-Опубликовано 28 ноября 2026, автор: Тася',
        ],
        [
            '+Этой осенью я впервые вырастила микрозелень редиса на кухонном подоконнике.',
            '-Лоток с ростками на третий день.',
            '+Семена я замочила на ночь и посеяла на льняной коврик в неглубоком лотке.',
        ],
        [
            '-Содержание',
            '-1. Замачивание семян',
            '-2. Полив и свет',
        ],
        [
            '+Соседка-агроном сказала мне: «Редис любит прохладу, не ставь его у батареи», и она оказалась права.',
        ],
        [
            '-Готовая микрозелень перед срезкой.',
            '+Что мне понадобилось',
            '+Семена редиса для проращивания',
            '+Льняной коврик и лоток',
            '+Пульверизатор с водой',
            '-Льняные коврики я заказываю по партнёрской ссылке в боковой колонке.',
        ],
        [
            '+На восьмой день ростки достигли пяти сантиметров, и я срезала первый урожай.',
            '+Теперь хочу попробовать горох и подсолнечник.',
            '-До встречи, ваша Тася',
        ],
        [
            '-Метки: микрозелень, редис, подоконник',
            '-Поделиться: ВКонтакте · Telegram · Pinterest',
        ],
        [
            '-3 комментария',
            '-Огородница_Нина: А подсветку вы использовали?',
            '-↳ Тася: Нет, хватило света с восточного окна.',
            '-Зелёная_Мама: Очень вдохновляет, попробую с детьми.',
            '-↳ Тася: Дети обычно в восторге, удачи!',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Комментарии модерируются. Оскорбления и спам удаляются.':
        "a Russian comments-are-moderated note ('Комментарии модерируются. Оскорбления и спам удаляются.') is left "
        'at the foot',
    "Nota della redazione: le fotografie sono state fornite dall'ufficio stampa del Comune.":
        "an Italian editor's note on the photos ('Nota della redazione: le fotografie sono state fornite "
        "dall'ufficio stampa del Comune.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-threadandmull-binding':
        "the bookbinding blog's post keeps the photo caption ('Six signatures stacked and pressed under two "
        "dictionaries.') between the first and second paragraphs and the photo caption ('The finished spine, rounded "
        "and lined with mull.') at the top of the list block, before the subheading (2 of 20 noise lines); no "
        'article line is lost',
    'fr-blog-savonnettedelou-savon':
        "the soap blog's post keeps the photo caption ('Le lait congelé en glaçons avant le mélange.') between the "
        "first and second paragraphs and the photo caption ('Les savons démoulés, en train de sécher sur une "
        "grille.') at the top of the list block, before the subheading (2 of 20 noise lines); no article line is "
        'lost',
    'de-blog-wolkenbuch-wettertagebuch':
        "the weather-diary blog's post keeps the photo caption ('Mein Tagebuch mit den Einträgen vom November.') "
        "between the first and second paragraphs and the photo caption ('Der Regenmesser auf dem Balkongeländer.') "
        'at the top of the list block, before the subheading (2 of 20 noise lines); no article line is lost',
    'it-blog-tastienastri-olivetti':
        "the typewriter blog's post keeps the photo caption ('La Lettera 22 com'era al mercatino.') between the first "
        "and second paragraphs and the photo caption ('I martelletti dopo la pulizia con il pennello.') at the top of "
        'the list block, before the subheading (2 of 20 noise lines); no article line is lost',
    'pl-blog-flotawszkle-statek':
        "the bottle-ship blog's post keeps the photo caption ('Butelka po rumie, umyta i osuszona.') between the first "
        "and second paragraphs and the photo caption ('Maszty złożone przed wsunięciem do butelki.') at the top of the "
        'list block, before the subheading (2 of 20 noise lines); no article line is lost',
    'ru-blog-mikrozelen-podokonnik':
        "the microgreens blog's post keeps the photo caption ('Лоток с ростками на третий день.') between the first "
        "and second paragraphs and the photo caption ('Готовая микрозелень перед срезкой.') at the top of the list "
        'block, before the subheading (2 of 20 noise lines); no article line is lost',
}


test_held_out_161_line, test_held_out_161_line_is_kept, test_held_out_161_page = held_out_tests(
    HELD_OUT_161_LINES, HELD_OUT_161_KEEP, HELD_OUT_161_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
