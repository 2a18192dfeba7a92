"""Held-out set 157: written blind, weighted toward the noise the cleaner exists for, in shapes set 156's docstring does
not name (nor the first paragraphs of sets 153, 154 and 155): scraper, embed and ad markers (an English Bandcamp player
that did not load "The Bandcamp player didn't load. Open the album on bandcamp.com to listen.", an English Infogram
chart still loading and perhaps held back by an ad blocker "Loading the Infogram chart… If nothing appears, your ad
blocker may be blocking it.", an English Strava route embed that needs a log-in "Strava route embed: sign in to Strava
to see this activity.", a French Genially content that could not be loaded "Ce contenu Genially n'a pas pu être chargé.
Actualisez la page.", a German ARD Audiothek player caught while loading "Der Player der ARD Audiothek wird geladen …",
an Italian Spreaker podcast that did not load "Il podcast di Spreaker non si è caricato. Riprova più tardi.", a Polish
Spotify podcast that cannot be played "Nie można odtworzyć podcastu ze Spotify. Otwórz go w aplikacji." and a Russian VK
post deleted or hidden by privacy settings "Запись из «ВКонтакте» удалена или скрыта настройками приватности.");
reading-time headers in new wordings (the English takes-four-minutes line "Takes 4 minutes to read", a blog's
fair-warning line with a word count "Fair warning: this is a long post (about 2,400 words, 11 minutes).", the French
you-will-read-this-in line "Vous lirez cet article en 4 minutes", the German you-need-about line "Zum Lesen brauchen Sie
etwa 4 Minuten", the Italian reads-in line "Si legge in 4 minuti", the Polish you-will-read-it-in line "Przeczytasz w 4
minuty" and the Russian you-will-read-it-in line "Прочитаете за 4 минуты"); bylines and self-promotion (an English
wire-style reporting-and-editing byline "Reporting by Cressida Malvenholt; Editing by Osric Fenwaddle", an English Local
Democracy Reporting Service byline "By Persimmon Ashcombery, Local Democracy Reporting Service", a French interview-by
byline "Propos recueillis par Solène Vautrimbeau" and a German research-and-text byline "Recherche und Text: Hartwig
Quellmalzer", all at the head, and at the foot an English Ko-fi cold-frame-plans plug "Plans for this cold frame are a
£4 download from my Ko-fi shop.", an Italian rag-rugs-to-order plug with quotes by Instagram "Faccio tappeti di stracci
su ordinazione: scrivimi su Instagram per un preventivo.", a Polish valve-radio-repairs plug with quotes by the contact
form "Naprawiam stare radia lampowe – wyceny przez formularz kontaktowy." and a Russian stick-insect food-plants-by-post
plug "Кормовые растения для палочников отправляю почтой — пишите в Telegram."); blog and site footers (an English
Jekyll-on-GitHub-Pages credit with an Atom feed link "Powered by Jekyll · Hosted on GitHub Pages · Atom feed", an
English company-registration line with a registered office "Registered in England and Wales No. 04718263 · Registered
office: 3 Lockside, Thrapplestow", an English Neocities credit with a joke "Hosted on Neocities · Made with plain HTML
and too much tea", a French OVHcloud hosting line with a sitemap and an accessibility statement "Hébergé par OVHcloud ·
Plan du site · Accessibilité : non conforme", a German Strato homepage-builder credit with imprint and accessibility
links "Mit dem Strato-Homepage-Baukasten erstellt · Impressum · Barrierefreiheit", an Italian reproduction-reserved line
with the paper's court registration "© Riproduzione riservata · Testata registrata presso il Tribunale di Novara n.
12/2009", a Polish publisher line with terms and GDPR links "Wydawca: Wydawnictwo Zaklesie sp. z o.o. · Regulamin ·
RODO" and a Russian media-registration line "Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС
77-81234"); reader-comment furniture (the English WordPress reply-form heading with its cancel link "Leave a Reply to
Tamsin Harrowquill Cancel reply", an English hide-replies link "Hide 6 replies", an English
comments-closed-because-of-a-court-case note "Comments are closed on this article while a court case is ongoing.", a
French thread-closed-by-the-moderators note "Ce fil de discussion a été fermé par la modération.", a German
write-a-comment prompt warning that the real name is shown "Kommentar schreiben – Ihr Klarname wird öffentlich
angezeigt.", an Italian hide-the-replies link "Nascondi le risposte (3)", a Polish your-nick-will-be-visible note "Twój
nick będzie widoczny dla innych czytelników." and a Russian reply, report and like row under a comment "Ответить ·
Пожаловаться · Нравится 12"); share rows (an English know-someone send-it-on row with WhatsApp, e-mail and copy link
"Know someone who'd want this? Send it on: WhatsApp · Email · Copy link", a German share-this-post-on row with Bluesky,
Mastodon and LinkedIn "Diesen Beitrag teilen auf: Bluesky · Mastodon · LinkedIn" and an Italian share-on row with
Threads, Bluesky and e-mail "Condividi su: Threads · Bluesky · E-mail"); and notices (a French correction notice about a
wrong reopening date "Rectificatif : une version précédente de cet article indiquait une mauvaise date de réouverture."
and a Polish co-funded-by-the-commune note "Publikacja dofinansowana ze środków budżetu gminy.", both in the body, and a
Russian prepared-with-the-support-of-a-grant-fund note "Материал подготовлен при поддержке Президентского фонда
культурных инициатив." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 156's docstring
does not describe (on the six portal pages, in eleven blocks, a skip-to-content link, the masthead and a breadcrumb in
one block of three at the very top; the byline and the published line at the top of the title's block, right before the
title, so that the title ends its block of three; the reading time and a share row in one block of two under it; the
first and second paragraphs in one block with a read-also link between them; a photo caption and its credit at the top
of the quote paragraph's block, right before the quote; the subheading and the three rows with an ad or sponsored label
between the first and second rows; a newsletter, WhatsApp-channel or Telegram prompt alone between the list and the last
paragraphs; the two last paragraphs in one block with nothing between them; a tags or topics line and a report-a-mistake
prompt in one block of two; at the foot two blocks, four lines of a comment thread (a comment count, a comment, a second
reader's arrowed reply and the first reader's arrowed answer to it) and then a footer links row and a copyright line; on
the six blog pages, in twelve blocks, the blog name alone at the very top; the menu and a breadcrumb in one block of
two; the posted date, the title and a by-author line in one block of three, the title in the middle; the reading time
and a table of contents (its heading and two numbered entries) in one block of four; the first paragraph at the top of
its block with an affiliate-links disclosure after it; the second paragraph and the paragraph with the quote in one
block with nothing between them; a Pinterest or bookmark prompt and a photo caption in one block of two between the
quote and the subheading; the subheading at the top of the list block with a shop, Amazon, Allegro or Avito plug right
after it, before the first row, then the three rows; the two last paragraphs in one block with a follow or subscribe
prompt between them; a share row alone; at the foot two blocks, four lines (a comments count, a comment, the author's
arrowed reply and the commenter's arrowed answer) and then a platform credit alone), taken from local news of fresh
kinds (a canal towpath resurfaced, a village's post box repainted for the post office's centenary, a farmers' market
moved indoors for the winter, a railway footbridge's lift repaired, a town lido's boiler replaced, a town's war memorial
cleaned) and from blogs about restoring an enamel sign, darning a jumper's elbows, building a cold frame from old
windows, keeping stick insects, weaving a rag rug and repairing an old valve radio.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 156 but what is named here), held-out set 158 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 156 up to its paragraph "Measured after round 108", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 153, 154 and 155, printed with one ast
script (/tmp/s157scratch/peek.py, reading the files of /tmp/wt-set157/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set157); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s157scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 156's as printed, with 156 -> 157; /tmp/s157scratch/gen157.py writes this file from scratch files (data157.py,
pages157.py, the docstring paragraphs in doc_first.txt and doc_rest.txt and, after the measurement, tables157.py).
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s157, detached at commit 1756aba5906e1d706de60e57b7ef57ade27613d9, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 00:59:17 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
1756aba5906e1d706de60e57b7ef57ade27613d9 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows (which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed). (2) peek.py's first run printed to the terminal and the tool cut its output in
the middle (from inside set 156's Slips and notes (6) to inside set 154's first paragraph); its second run went to
/tmp/s157scratch/peek.out, of which I paged lines 125 to 420 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 156's docstring before the paragraph "Measured after round 108" and prints
only the first paragraphs of the other three. (3) Near misses with shapes already named, noted rather than hidden: the
English comments-closed note, the Italian hide-the-replies link and the English hide-replies link are common comment
furniture in new wordings (set 155's and 153's show-more and view-earlier links go the other way); the Polish
publisher-with-RODO footer and the Russian Roskomnadzor registration line share the legal-foot kind of earlier publisher
and all-rights-reserved footers, and the Italian court-registration line shares "Riproduzione riservata" with many real
Italian footers; the blogs' own reading times ("Reading time: 7 minutes", "Temps de lecture : 6 minutes", "Lesezeit: 8
Minuten", "Tempo di lettura: 5 minuti", "Czas czytania: 6 minut", "Время чтения — 9 минут") and the portals' ("3 min
read", "Temps de lecture : 2 min", "Lesezeit: 3 Minuten", "Lettura: 3 min", "Czas czytania: 3 min", "Время чтения: 3
минуты") are common shapes, some near the ones named in sets 153 to 156; the blogs' affiliate disclosures, Pinterest
prompts and WordPress credits are common shapes, since the brief asks for new layouts there. What is new on the pages is
where the noise sits (a skip-to-content link in the masthead block, the byline and the published line right above the
title in the title's block, a photo caption and credit right before the quote, an ad label between the first and second
list rows, a report-a-mistake prompt with the tags, a thread whose first reader answers the reply; on blogs the title in
the middle of a date/title/author block, a table of contents in the reading time's block, an affiliate disclosure after
the first paragraph, a plug right after the subheading inside the list block, a follow prompt between the two last
paragraphs) and some of its kinds. (4) Before the measurement /tmp/s157scratch/check157.py checked, case-insensitively,
that no noise line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats
and that no line holds an at-sign, and counted the lines; while drafting I had already avoided four such clashes it
would have found (the French and Italian portals' ad labels "Publicité" and "Pubblicità" inside their footer links rows,
which lost their advertising links, the Polish portal's "Reklama" likewise, and mastheads inside their copyright lines,
which name the publishing companies instead), and its one run found nothing. Lines and data were counted by the script
(45 noise lines: category, language and place as in Contents; 20 keep lines by language and place; 12 pages with 10 "+"
and 20 "-" lines each, 11 blocks on each portal and 12 on each blog). /tmp/s157scratch/marks.out printed all 360 page
lines with their block numbers and marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the
subheadings and the list rows, "-" on everything else; no mark was swapped. gen157.py reports lines over 120 characters
and at-signs in the written file, checks that every held-out noise and keep line is quoted in the docstring and checks,
by parsing the file with ``ast`` (without importing it), that the file's lists and pages equal the scratch lists. (5)
Invented names were checked with the exact-string search over public GitHub files: Malvenholt, Fenwaddle, Persimmon
Ashcombery, Vautrimbeau, Quellmalzer, Harrowquill, Wydawnictwo Zaklesie, Thrapplestow, Munsterwick, Pottlewhite,
Bernie_on_the_bank, towpath_tina, Chipped and Glossy, Ffion_sews, Morvillac, Brizembourg, Faurevielle,
Pierrot_du_lavoir, Mimi_Morvillac, Le Fil Reprisé, Anne-Laure_tricote, Ostermoorbach, Ostermoorbacher Verlagshaus,
Kellerwiesche, Torfhövel, Kartoffelkäthe, Heinz_vom_Mühlenweg, Frühbeetfieber, Gartenzwergin, Castelbrenno, Edizioni
Valbrenno, Sparavierini, Ruspacchioli, Pendolare_stanca, Gigi_binario2, Stecchi e Foglie, Ornella_verde, Lipnowol (for
Lipnowola, Lipnowolska, Lipnowolskie), Wydawnictwo Lipnowolskie, Mąkolewski, Podkuśnik, Pływak_z_Parkowej,
mama_z_Wierzbowej, Gałganowa Izba, Krystyna_z_Kasztanowej, Верхнезаречинск, Заречинский вестник, Подберёзкина,
Пустоколосов, Ветеран_с_Садовой, Ольга_из_сквера, Заречье-Медиа, Ламповый чердак and Паяльник_Михалыч had no hits.
Dropped: Tallowfield (hits inside "AllowField"; the editor became Osric Fenwaddle), Blackwedge (identifiers in code; the
reporter became Persimmon Ashcombery), Gravelotte (a real place; the French interviewer became Solène Vautrimbeau),
Dunmarrow and Cradlewick (names in code and games; the registered office is in Thrapplestow), Quorrell (a name in a data
file; the commenter became Tamsin Harrowquill), Pasieczne (a real Polish adjective in names; the publisher became
Wydawnictwo Zaklesie), Scarrowby (a name in a fixture list; the town became Thrapplestow), Ambleforth (a place in a
game; the reporter became Hilary Munsterwick), Idlecombe (a name in a list; the chair became Maureen Pottlewhite),
Pemberthwick (a name in a data file), Le Fil Patient (a common French phrase in code; the blog became Le Fil Reprisé),
Brakelmann (a real surname; the farm-shop owner became Gesine Torfhövel), Parmeggiani and Tombolini (real surnames; the
reporter became Ludovica Sparavierini and the commuter Agnese Ruspacchioli), Grzmotek (a handle in code; the instructor
became Halina Podkuśnik), mama_Oli (hits inside identifiers; the commenter became mama_z_Wierzbowej), Кречетников (a
real surname; the search-team leader became Всеволод Пустоколосов) and Wierzbnica (a real village, with hits; the
read-also link on the Polish portal now names ulica Młyńska). First names alone (Gwilym, Clémentine, Henrike, Marcella,
Jadwiga, Аркадий, Ginette and the like), real services, platforms and institutions (Canal & River Trust, RFI, La Poste,
the Tribunale di Novara, Roskomnadzor, the Presidential Fund for Cultural Initiatives) and real places (Radom, Milan)
were not checked. (6) The measurement was run once, at 01:06:07 UTC by ``date``, in one shell call with the brief's two
commands (pytest output to /tmp/s157scratch/measure.out, report to /tmp/s157scratch/report.out); then
/tmp/s157scratch/problems.py printed the problems of every case with ``_problems`` (importing the copy in
/tmp/wt-s157/tests with /tmp/wt-s157/src on the path) to /tmp/s157scratch/problems.out: ten noise lines kept, six blog
pages with noise lines kept, no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of
the three tables (tables157.py) were written from that output, and a script checked that every page noise line and every
held-out line the output names is quoted in its reason, that each page reason's count matches and that the tables name
exactly the failing cases; nothing else was changed: gen157.py wrote the final file from the same data files, checked
that its lists equal them, and the pytest command was run again on it in /tmp/wt-s157. The whole set was written,
measured and committed within the brief's 50 minutes, from 00:59:17 UTC (the last ``date`` before the commit is in the
report of this helper).

Judgement calls: the keep lines "Comments from towpath users poured in after the council published its resurfacing plans
in October.", "Shared by three parishes, the cost of repainting the post box came to just under £200.", "Following the
repairs, the footbridge lift carried more than 2,000 passengers in its first week.", "Subscribers to the market's
vegetable box scheme will now collect their boxes from the corn exchange.", "Copyright in the memorial's original
drawings still belongs to the architect's family, the council said.", "Advertising the lido's reopening, lifeguards
handed out leaflets at the school gates on Friday.", "Reading the names aloud, the mayor paused after each of the
nineteen men listed on the stone.", "Partagée entre deux communes, la facture du nouvel ascenseur a été réglée en
octobre.", "Abonnés au marché couvert depuis vingt ans, les maraîchers ont salué le déménagement.", "Commentant la
décision, le maire a rappelé que le monument n'avait pas été nettoyé depuis 1994.", "Kommentarlos nahm der Gemeinderat
die Rechnung für den neuen Heizkessel zur Kenntnis.", "Teilen müssen sich die Schwimmvereine das Becken künftig nur noch
am Samstagvormittag.", "Folgen hatte der Ausfall des Aufzugs vor allem für Pendler mit Kinderwagen und Rollstuhl.",
"Condivisa con il comune vicino, la spesa per il restauro del monumento è stata di 18.000 euro.", "Seguito da decine di
curiosi, il lavoro sulla cassetta delle lettere è durato tre giorni.", "Letture ad alta voce dei nomi dei caduti hanno
chiuso la cerimonia di domenica.", "Udostępnione mieszkańcom plany remontu ścieżki przy kanale zebrały ponad sto uwag.",
"Komentując remont, sołtys przypomniał, że skrzynkę pocztową postawiono jeszcze przed wojną.", "Подписку на новости о
ремонте бассейна оформили больше трёхсот горожан." and "Поделились воспоминаниями о погибших земляках и ученики местной
школы." are article sentences: each reports what towpath users, parishes, a footbridge lift, a market's customers, an
architect's family, lifeguards, a mayor, two communes, market gardeners, a mayor, a town council, swimming clubs,
commuters, a commune, onlookers, a ceremony, residents, a village head, townspeople or pupils wrote, paid, carried, will
do, hold, did, said, noted, must share, suffered, saw, closed, sent in or shared, with the noise-like word as an
ordinary noun, participle, adverb or gerund of the sentence ("Comments from towpath users" are letters to a council, not
a comment thread; "Shared by three parishes" is a bill split three ways, not a share row; "Following the repairs" means
after them, not a follow prompt; "Subscribers to the market's vegetable box scheme" are customers of a market, not the
paper's subscribers; "Copyright in the memorial's original drawings" is a family's right, not a copyright line;
"Advertising the lido's reopening" is lifeguards handing out leaflets, not an ad label; "Reading the names aloud" is a
mayor at a ceremony, not a reading time; the French "Partagée" is a bill shared by two communes, "Abonnés au marché
couvert" stallholders who have rented there for twenty years and "Commentant la décision" a mayor speaking; the German
"Kommentarlos" is a council taking note without remark, "Teilen müssen sich" clubs sharing a pool and "Folgen hatte" the
consequences of a broken lift; the Italian "Condivisa" is a cost shared with a neighbouring commune, "Seguito da decine
di curiosi" work watched by onlookers and "Letture ad alta voce" the reading aloud of the names of the fallen; the
Polish "Udostępnione" are plans made available to residents and "Komentując" a village head commenting; the Russian
"Подписку" is townspeople subscribing to news of the pool's repair and "Поделились воспоминаниями" pupils sharing
memories; none of them is comment, share, follow, subscribe, copyright, ad or reading-time furniture). Categories: the
Bandcamp, Infogram, Strava, Genially, ARD Audiothek, Spreaker, Spotify and VK lines are markers (embeds that did not
load, are still loading, need a log-in, could not be loaded, cannot be played or were deleted or hidden); the
takes-four-minutes line, the fair-warning line (its word count and minutes make it a reading time, not a notice) and the
French, German, Italian, Polish and Russian lines are reading times; the wire-style, Local Democracy Reporting Service,
interview-by and research-and-text lines are bylines at the head, and the Ko-fi, rag-rugs, radio-repairs and food-plants
lines are bylines (self-promotion) at the foot; the Jekyll, company-registration, Neocities, OVHcloud, Strato,
court-registration, publisher and Roskomnadzor lines are footers (the registration lines are the standing legal foot of
a site, not a notice about one story); the reply-form heading, the hide-replies links, the comments-closed note, the
thread-closed note, the real-name prompt, the your-nick note and the reply/report/like row are comment furniture (the
comments-closed note speaks of a court case but is the thread's state, not the story's notice); the English, German and
Italian rows are share rows (the English one starts with a question, as share prompts do); the French correction and the
Polish co-funding note are notices in the body (both speak of the story they sit in), and the Russian grant-support note
is a notice at the foot (a line about how this story was paid for, neither a site footer nor a byline: it names no
author). On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading,
its three list rows and the two last paragraphs are article; everything else (skip links, mastheads, breadcrumbs, blog
names, menus, bylines, published and posted dates, by-author lines, reading times, tables of contents, share rows,
read-also links, photo captions and credits, ad and sponsored labels, affiliate disclosures, Pinterest and bookmark
prompts, shop, Amazon, Allegro and Avito plugs, newsletter, WhatsApp, Telegram, Instagram, Facebook and Dzen prompts,
tags lines, report-a-mistake prompts, comment counts, comments and replies, footer links rows, copyright lines and
platform credits) is noise. The list rows (what changed on the towpath, what was done to the post box, what changes for
the market's customers, what the lift offers, what changed at the pool, what was done at the memorial, and on the blogs
the steps of filling chips, darning, building the frame, keeping the insects and weaving, and the parts replaced in the
radio) are short, some without a verb, but part of each article, so article; the blogs' table-of-contents lines ("In
this post", "1. Cleaning off the grime" and the like) repeat section names of the post but are navigation, so noise; the
photo captions speak of the story's subject but describe photos, so noise; the Polish portal's credit "Fot. UM
Lipnowola" and the Russian "Фото: пресс-служба администрации" name an office, not a person, and are still credits; the
portal read-also links name other stories, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-thrapplestow-towpath (a canal towpath reopened after a stone resurfacing), en-blog-chippedandglossy-cocoasign
(a 1950s enamel cocoa sign's chips filled and coloured), fr-portail-morvillac-boiteauxlettres (the old post box on the
square repainted for the post office's centenary), fr-blog-lefilreprise-coudes (a grandfather's sailor jumper darned at
the elbows), de-portal-ostermoorbach-bauernmarkt (the farmers' market moved into an old riding hall for the winter),
de-blog-fruehbeetfieber-fenster (a cold frame built from two old windows), it-portale-castelbrenno-ascensore (the
station footbridge's lift back in service after fourteen months), it-blog-stecchiefoglie-carausius (six months of
keeping Carausius stick insects), pl-portal-lipnowola-basen (the town pool's boiler replaced),
pl-blog-galganowaizba-chodnik (a first rag rug woven from old linen sheets), ru-portal-verkhnezarechinsk-memorial (the
war memorial's slabs cleaned by volunteers) and ru-blog-lampovycherdak-rekord (a 1953 "Rekord" valve radio brought back
to life), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 1756aba5906e1d706de60e57b7ef57ade27613d9, measured with ``cd /tmp/wt-s157 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s157/src python -m pytest -q tests/test_clean_held_out_157.py -rA -p
no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s157 && PYTHONPATH=/tmp/wt-s157/src python
scripts/clean_held_out_report.py --sets 157``, with the xfail tables empty): noise lines removed 35/45 (marker 3/8,
reading-time 6/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 3/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers in the body (the English Bandcamp and Strava placeholders, the German
ARD Audiothek loading line, the Polish Spotify placeholder and the Russian VK placeholder), one reading time at the head
(the English fair-warning line with its word count), one byline at the head (the German research-and-text line), one
plug at the foot (the Polish valve-radio-repairs plug) and two comment lines at the foot (the German real-name prompt
and the Polish your-nick note); the English Infogram, French Genially and Italian Spreaker markers, the six other
reading times, the English wire-style and Local Democracy Reporting Service bylines, the French interview-by byline, the
Ko-fi, rag-rugs and food-plants plugs, every footer, the six other comment lines, every share row and every notice
went); keep lines kept 20/20; pages 6/12 clean, 12 of 240 page noise lines left and 0 of 120 article lines lost. The six
portal pages are clean. Left on the blogs: on every blog the photo caption in the block of two between the quote and the
subheading; on every blog but the French darning blog also the shop plug right after the subheading in the list block
(Amazon on the English, German and Italian blogs, Allegro on the Polish, Avito on the Russian); on the English
enamel-sign blog also the Instagram follow prompt between the two last paragraphs (3 of 20 on the English blog, 1 on the
French, 2 each on the German, Italian, Polish and Russian blogs), as ``_PAGE_XFAIL`` describes. Lost: nothing. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s157 gave 61 passed, 16
xfailed, no XPASS.

Measured after round 109 (developed on sets 155 and 156 beside this set's writing from the same base, 1756aba, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 2b343c4): nothing moved.
Round 109's changes (a paragraph over the tags line beside a tip-off prompt, the writer's self-introduction in the last
paragraph's place, a breaking-news ticker in the page's first block above the title, the writer's sale as the last line
of the last paragraphs' block) met none of this set's missed lines or pages.

Round 110 (development; this set was read in full from this round on): five mechanisms, each with near misses in six
languages (tests/test_clean.py test_round_110_*). (1) Comment threads of one-line rows "name · relative time: text",
replies marked "↳": comment_threads._stamped_comment also splits the stamp's piece at its first colon followed by a
space (_STAMP_THEN_COLON; a time of day's "20:14" is no such colon), the name and the stamp still checked as before,
so an arrowed such reply is a thread marker and the thread is found under its count: set 158's Polish and Russian
portals' four comment and reply lines go (the English, French, German and Italian portals' went already as the page
tail); an article's dotted row with a date and a colon stays. (2) A line carrying an affiliate mark in brackets, at
its end or right before the colon of a product's name (clean._BRACKETED_AFFILIATE, read in _is_affiliate_link_line;
the product after the colon no sentence): set 158's six blogs' affiliate links go, and set 155's Italian, Polish and
Russian bracketed links; articles' sentences about affiliate schemes stay. (3) The writer's shop plug with no full
stop (clean._is_shop_plug: a named platform, the writer's shop, list or storefront with the reader told to find or
buy, or the writer selling on the platform in the present; "self-promotion"), and
page_blocks._give_back_first_list_row no longer gives such a plug back as the first row of the list under its
subheading: set 157's five blogs' plugs go. Purchases told in the story, closed sentences, shops not the writer's and
a bare "My Etsy shop" stay. (4) The advertiser's slot label alone
("Espace annonceur", "Werbeanzeigen"), added to whole_line_noise's partner-label alternatives: set 158's French portal
is clean, its German blog loses the label. (5) The comment form's note that the commenter's name or nickname is shown
publicly, beside the comment or to the readers (clean._NAME_SHOWN_NOTE with _NAME_SHOWN_WHERE, "comment form"): set
157's German and Polish and set 158's French line xfails were removed; a name shown on a donors' wall stays.
Other sets: set 155's page noise left 24 -> 21 (its bracketed affiliate links), set 93's 13 -> 12; no xfail of
another set moved. All sets (scripts/clean_held_out_report.py, before -> after): noise lines removed 6140/6781 ->
6143/6781, article lines kept 3007/3007 -> 3007/3007, pages clean 1080/1774 -> 1083/1774, page noise lines left 1530
-> 1505 of 37200, paragraphs lost 2 -> 2. SemEval: scripts/semeval_noise_diff.py diff printed 0 changed files of
3723. Bench: benchmarks/bench_clean.py ratio_to_baseline 1.03 (cpu best 2.450 s against 2.374 s at
63863e3). Pytest (the cleaning test set): 20265 passed, 1359 xfailed, no XPASS, in 530 s (the bench ran
before the give-back of (3); its four page tests, added after, pass with the other round-110 tests: 52 passed).
This set before -> after: noise lines removed 35/45 -> 37/45 (marker 3/8, reading-time 6/7, byline 6/8, footer 8/8,
comments 6/8 -> 8/8, share 3/3, notice 3/3), keep lines 20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines
left 12 -> 7 of 240, article lines lost 0 -> 0. Reworded: the five blogs with a shop plug (the plug goes). Still
missed: the 8 lines of _LINE_XFAIL; on the blogs the photo captions and the English follow prompt.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_157_LINES: list[tuple[str, str, str]] = [
    ('body', "The Bandcamp player didn't load. Open the album on bandcamp.com to listen.", 'marker'),
    ('body', 'Loading the Infogram chart… If nothing appears, your ad blocker may be blocking it.', 'marker'),
    ('body', 'Strava route embed: sign in to Strava to see this activity.', 'marker'),
    ('body', "Ce contenu Genially n'a pas pu être chargé. Actualisez la page.", 'marker'),
    ('body', 'Der Player der ARD Audiothek wird geladen …', 'marker'),
    ('body', 'Il podcast di Spreaker non si è caricato. Riprova più tardi.', 'marker'),
    ('body', 'Nie można odtworzyć podcastu ze Spotify. Otwórz go w aplikacji.', 'marker'),
    ('body', 'Запись из «ВКонтакте» удалена или скрыта настройками приватности.', 'marker'),
    ('head', 'Takes 4 minutes to read', 'reading-time'),
    ('head', 'Fair warning: this is a long post (about 2,400 words, 11 minutes).', 'reading-time'),
    ('head', 'Vous lirez cet article en 4 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten', 'reading-time'),
    ('head', 'Si legge in 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Прочитаете за 4 минуты', 'reading-time'),
    ('head', 'Reporting by Cressida Malvenholt; Editing by Osric Fenwaddle', 'byline'),
    ('head', 'By Persimmon Ashcombery, Local Democracy Reporting Service', 'byline'),
    ('head', 'Propos recueillis par Solène Vautrimbeau', 'byline'),
    ('head', 'Recherche und Text: Hartwig Quellmalzer', 'byline'),
    ('tail', 'Plans for this cold frame are a £4 download from my Ko-fi shop.', 'byline'),
    ('tail', 'Faccio tappeti di stracci su ordinazione: scrivimi su Instagram per un preventivo.', 'byline'),
    ('tail', 'Naprawiam stare radia lampowe – wyceny przez formularz kontaktowy.', 'byline'),
    ('tail', 'Кормовые растения для палочников отправляю почтой — пишите в Telegram.', 'byline'),
    ('tail', 'Powered by Jekyll · Hosted on GitHub Pages · Atom feed', 'footer'),
    ('tail', 'Registered in England and Wales No. 04718263 · Registered office: 3 Lockside, Thrapplestow', 'footer'),
    ('tail', 'Hosted on Neocities · Made with plain HTML and too much tea', 'footer'),
    ('tail', 'Hébergé par OVHcloud · Plan du site · Accessibilité : non conforme', 'footer'),
    ('tail', 'Mit dem Strato-Homepage-Baukasten erstellt · Impressum · Barrierefreiheit', 'footer'),
    ('tail', '© Riproduzione riservata · Testata registrata presso il Tribunale di Novara n. 12/2009', 'footer'),
    ('tail', 'Wydawca: Wydawnictwo Zaklesie sp. z o.o. · Regulamin · RODO', 'footer'),
    ('tail', 'Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС 77-81234', 'footer'),
    ('tail', 'Leave a Reply to Tamsin Harrowquill Cancel reply', 'comments'),
    ('tail', 'Hide 6 replies', 'comments'),
    ('tail', 'Comments are closed on this article while a court case is ongoing.', 'comments'),
    ('tail', 'Ce fil de discussion a été fermé par la modération.', 'comments'),
    ('tail', 'Kommentar schreiben – Ihr Klarname wird öffentlich angezeigt.', 'comments'),
    ('tail', 'Nascondi le risposte (3)', 'comments'),
    ('tail', 'Twój nick będzie widoczny dla innych czytelników.', 'comments'),
    ('tail', 'Ответить · Пожаловаться · Нравится 12', 'comments'),
    ('tail', "Know someone who'd want this? Send it on: WhatsApp · Email · Copy link", 'share'),
    ('tail', 'Diesen Beitrag teilen auf: Bluesky · Mastodon · LinkedIn', 'share'),
    ('tail', 'Condividi su: Threads · Bluesky · E-mail', 'share'),
    ('body', 'Rectificatif : une version précédente de cet article indiquait une mauvaise date de '
             'réouverture.', 'notice'),
    ('body', 'Publikacja dofinansowana ze środków budżetu gminy.', 'notice'),
    ('tail', 'Материал подготовлен при поддержке Президентского фонда культурных инициатив.', 'notice'),
]

HELD_OUT_157_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from towpath users poured in after the council published its resurfacing plans in October.'),
    ('head', 'Shared by three parishes, the cost of repainting the post box came to just under £200.'),
    ('body', 'Following the repairs, the footbridge lift carried more than 2,000 passengers in its first week.'),
    ('body', "Subscribers to the market's vegetable box scheme will now collect their boxes from the corn "
             'exchange.'),
    ('tail', "Copyright in the memorial's original drawings still belongs to the architect's family, the "
             'council said.'),
    ('tail', "Advertising the lido's reopening, lifeguards handed out leaflets at the school gates on Friday."),
    ('tail', 'Reading the names aloud, the mayor paused after each of the nineteen men listed on the stone.'),
    ('head', 'Partagée entre deux communes, la facture du nouvel ascenseur a été réglée en octobre.'),
    ('body', 'Abonnés au marché couvert depuis vingt ans, les maraîchers ont salué le déménagement.'),
    ('tail', "Commentant la décision, le maire a rappelé que le monument n'avait pas été nettoyé depuis 1994."),
    ('head', 'Kommentarlos nahm der Gemeinderat die Rechnung für den neuen Heizkessel zur Kenntnis.'),
    ('body', 'Teilen müssen sich die Schwimmvereine das Becken künftig nur noch am Samstagvormittag.'),
    ('tail', 'Folgen hatte der Ausfall des Aufzugs vor allem für Pendler mit Kinderwagen und Rollstuhl.'),
    ('head', 'Condivisa con il comune vicino, la spesa per il restauro del monumento è stata di 18.000 euro.'),
    ('body', 'Seguito da decine di curiosi, il lavoro sulla cassetta delle lettere è durato tre giorni.'),
    ('tail', 'Letture ad alta voce dei nomi dei caduti hanno chiuso la cerimonia di domenica.'),
    ('head', 'Udostępnione mieszkańcom plany remontu ścieżki przy kanale zebrały ponad sto uwag.'),
    ('tail', 'Komentując remont, sołtys przypomniał, że skrzynkę pocztową postawiono jeszcze przed wojną.'),
    ('head', 'Подписку на новости о ремонте бассейна оформили больше трёхсот горожан.'),
    ('tail', 'Поделились воспоминаниями о погибших земляках и ученики местной школы.'),
]

HELD_OUT_157_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-thrapplestow-towpath', [
        [
            '-Skip to main content',
            '-The Thrapplestow Gazette',
            '-Home › News › Thrapplestow › Waterways',
        ],
        [
            '-By Hilary Munsterwick',
            '-Published Tuesday 1 December 2026, 07:30',
            '+Canal towpath reopens after £480,000 resurfacing between Thrapplestow Lock and Mill Bridge',
        ],
        [
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '+The two-mile stretch of towpath along the Thrapplestow Navigation reopened to walkers and cyclists '
            'on Monday after eleven weeks of work by the Canal & River Trust.',
            "-Read also: Lock keeper's cottage put up for sale after 40 years",
            '+Contractors replaced the cracked tarmac and loose cinders with a compacted stone surface that drains '
            'towards the canal edge rather than across the path.',
        ],
        [
            '-A cyclist on the new surface near Mill Bridge on Monday morning.',
            '-Photo: Thrapplestow Gazette',
            '+"For the first time in years you can push a pram from the lock to the bridge without getting stuck," '
            'said Maureen Pottlewhite, who chairs the Friends of Thrapplestow Canal.',
        ],
        [
            '+What has changed on the towpath',
            '+A stone surface two metres wide along the whole stretch',
            '-Advertisement',
            '+Three new passing places at the narrowest bends',
            "+Low solar studs marking the water's edge after dark",
        ],
        [
            "-Get the Gazette's free morning briefing – sign up in one click",
        ],
        [
            '+The trust says the path will be swept twice a year and that the studs will be checked after every '
            'flood warning.',
            '+Anglers have been asked to keep their tackle off the new surface until it has fully settled in the '
            'spring.',
        ],
        [
            '-Topics: Waterways · Cycling · Thrapplestow',
            '-Spotted a mistake? Tell our newsroom',
        ],
        [
            '-7 comments',
            '-Bernie_on_the_bank: About time, the puddles by the lock were ankle deep.',
            '-↳ towpath_tina: Still no bins at the Mill Bridge end though.',
            '-↳ Bernie_on_the_bank: Give them a chance, it only opened yesterday!',
        ],
        [
            '-Contact us · Advertise with us · Terms · Cookie settings',
            '-© 2026 Thrapplestow Gazette Ltd',
        ],
    ]),
    _page('en', 'en-blog-chippedandglossy-cocoasign', [
        [
            '-Chipped and Glossy',
        ],
        [
            '-Home · Projects · Signs · About · Contact',
            '-Home » Projects » Signs',
        ],
        [
            '-14 November 2026',
            '+Bringing back a 1950s enamel cocoa sign',
            '-Written by Gwilym',
        ],
        [
            '-Reading time: 7 minutes',
            '-In this post',
            '-1. Cleaning off the grime',
            '-2. Filling the chips',
        ],
        [
            '+The sign came out of a skip behind a closed corner shop, bent at one corner and so grimy that the '
            'red looked brown.',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
        ],
        [
            '+Before touching the chips I washed it with warm water and washing-up liquid, then used a plastic '
            'scraper on the old putty round the screw holes.',
            '+A sign restorer I met at a fair told me, "Never sand enamel, you only ever fill and colour the chips."',
        ],
        [
            '-Pin this for later!',
            '-The sign as I found it, face down in the skip.',
        ],
        [
            '+Filling the chips, step by step',
            '-Grab the same epoxy filler I use from my Amazon list',
            '+Degrease each chip with a cotton bud and meths',
            '+Press in two-part epoxy filler and let it cure overnight',
            '+Tint enamel paint to match and dab it on in thin coats',
        ],
        [
            '+After three weekends the chips are almost invisible from a metre away, although the bent corner '
            'still shows if you look along the edge.',
            '-Follow along on Instagram for the work in progress',
            '+The sign now hangs in the kitchen, and I have already promised myself I will not bring home another '
            'one this year.',
        ],
        [
            '-Share this post: Facebook · Pinterest · Email',
        ],
        [
            '-5 Comments',
            '-Ffion_sews: The red has come up beautifully, what filler did you use?',
            '-↳ Gwilym: A two-part epoxy, the link is in the list above!',
            '-↳ Ffion_sews: Thanks, ordering some for my old Esso sign.',
        ],
        [
            '-Powered by WordPress · Theme: Kadence',
        ],
    ]),
    _page('fr', 'fr-portail-morvillac-boiteauxlettres', [
        [
            '-Aller au contenu principal',
            "-L'Écho de Morvillac",
            '-Accueil › Actualités › Morvillac › Vie locale',
        ],
        [
            '-Par Anatole Brizembourg',
            '-Publié le 2 décembre 2026 à 8 h 05',
            '+Morvillac : la vieille boîte aux lettres de la place repeinte pour les cent ans de la poste',
        ],
        [
            '-Temps de lecture : 2 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            "+La boîte aux lettres jaune scellée dans le mur de l'ancienne poste a retrouvé ses couleurs, juste à "
            'temps pour le centenaire du bureau, fêté samedi.',
            "-À lire aussi : Le marché de Noël s'installe sous la halle",
            "+Deux bénévoles de l'association du patrimoine ont décapé la rouille, traité le métal puis appliqué "
            'trois couches de peinture à la main.',
        ],
        [
            "-La boîte, fraîchement repeinte, avec sa plaque d'origine.",
            '-Photo : A. Brizembourg',
            "+« Elle a vu passer cent ans de lettres d'amour et de feuilles d'impôts, elle méritait bien ça », "
            'sourit Ginette Faurevielle, doyenne du quartier.',
        ],
        [
            '+Ce qui a été fait',
            "+Décapage complet de la rouille et de l'ancienne peinture",
            '-Contenu sponsorisé',
            "+Deux couches d'antirouille et une couche du jaune d'origine",
            '+Nettoyage de la plaque émaillée des heures de levée',
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actu locale : inscrivez-vous à notre newsletter",
        ],
        [
            '+La Poste a donné son accord pour que la boîte reste en service, avec une levée par jour du lundi au '
            'vendredi.',
            "+L'association espère maintenant restaurer l'horloge de la façade, arrêtée depuis 1987.",
        ],
        [
            '-Mots-clés : Patrimoine · La Poste · Morvillac',
            '-Une erreur ? Signalez-la à la rédaction',
        ],
        [
            '-4 commentaires',
            '-Pierrot_du_lavoir : Enfin ! Elle faisait peine à voir.',
            "-↳ Mimi_Morvillac : Bravo aux bénévoles, c'est du beau travail.",
            "-↳ Pierrot_du_lavoir : Reste à faire pareil avec le banc d'en face.",
        ],
        [
            '-Contact · Mentions légales · Cookies',
            '-Tous droits réservés © 2026',
        ],
    ]),
    _page('fr', 'fr-blog-lefilreprise-coudes', [
        [
            '-Le Fil Reprisé',
        ],
        [
            '-Accueil · Raccommodage · Tricot · À propos',
            '-Accueil » Raccommodage » Pulls',
        ],
        [
            '-12 novembre 2026',
            "+Repriser les coudes d'un vieux pull en laine",
            '-par Clémentine',
        ],
        [
            '-Temps de lecture : 6 minutes',
            '-Sommaire',
            '-1. Le matériel',
            '-2. La reprise en damier',
        ],
        [
            '+Le pull marin de mon grand-père avait deux trous aux coudes, assez grands pour y passer le pouce, et '
            "je refusais de m'en séparer.",
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
            'commission.',
        ],
        [
            "+J'ai commencé par glisser un champignon à repriser sous le trou pour tendre la maille sans la déformer.",
            '+Ma grand-mère disait toujours : « Une reprise bien faite se voit, mais elle ne se cache pas. »',
        ],
        [
            '-Épinglez cet article sur Pinterest !',
            '-Le coude gauche avant la reprise, avec ses fils tirés.',
        ],
        [
            '+La reprise en damier, étape par étape',
            '-Mon champignon à repriser en hêtre est disponible dans ma boutique Etsy',
            '+Tendre la maille sur le champignon',
            '+Tisser des fils verticaux au-delà du trou',
            '+Entrecroiser les fils horizontaux un par un',
        ],
        [
            "+Il m'a fallu deux soirées par coude, et la laine bleu marine que j'avais choisie est un peu plus "
            "claire que l'originale.",
            '-Suivez-moi sur Instagram pour voir mes reprises en cours',
            '+Le pull a repris du service dès le premier froid, et les reprises sont devenues ce que je préfère '
            'chez lui.',
        ],
        [
            '-Partager : Facebook · Pinterest · E-mail',
        ],
        [
            '-3 commentaires',
            "-Anne-Laure_tricote : Magnifique, je ne savais pas qu'on pouvait faire un damier !",
            "-↳ Clémentine : Merci ! C'est plus simple qu'il n'y paraît.",
            "-↳ Anne-Laure_tricote : Je m'y mets ce week-end avec mes chaussettes.",
        ],
        [
            '-Blog propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-ostermoorbach-bauernmarkt', [
        [
            '-Zum Inhalt springen',
            '-Ostermoorbacher Rundschau',
            '-Startseite › Lokales › Ostermoorbach',
        ],
        [
            '-Von Irmtraud Kellerwiesche',
            '-Veröffentlicht am 02.12.2026, 06:45 Uhr',
            '+Bauernmarkt zieht für den Winter in die alte Reithalle',
        ],
        [
            '-Lesezeit: 3 Minuten',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '+Der Ostermoorbacher Bauernmarkt findet von Samstag an bis Ende März nicht mehr auf dem Kirchplatz '
            'statt, sondern in der alten Reithalle am Mühlenweg.',
            '-Auch interessant: Neue Buslinie fährt ab Januar bis ins Gewerbegebiet',
            '+Die Händler hatten sich nach zwei verregneten Wintern beschwert, dass bei Frost kaum noch Kundschaft '
            'auf den offenen Platz kam.',
        ],
        [
            '-Die Reithalle am Mühlenweg bietet Platz für 24 Stände.',
            '-Foto: Rundschau/Archiv',
            '+„Drinnen bleibt das Gemüse trocken und die Leute bleiben länger stehen“, sagt Hofladenbetreiberin '
            'Gesine Torfhövel.',
        ],
        [
            '+Was sich für die Kunden ändert',
            '+Der Markt öffnet samstags schon um 7 Uhr',
            '-Werbung',
            '+Parkplätze gibt es hinter der Halle',
            '+Hunde müssen draußen bleiben',
        ],
        [
            '-Der Rundschau-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Region',
        ],
        [
            '+Die Stadt verlangt für die Halle keine Miete, die Händler übernehmen aber die Heizkosten.',
            '+Ob der Markt im Frühjahr auf den Kirchplatz zurückkehrt, will der Rat im März entscheiden.',
        ],
        [
            '-Schlagworte: Wochenmarkt · Landwirtschaft · Ostermoorbach',
            '-Fehler gefunden? Schreiben Sie der Redaktion',
        ],
        [
            '-12 Kommentare',
            '-Kartoffelkäthe: Endlich keine kalten Füße mehr!',
            '-↳ Heinz_vom_Mühlenweg: Und wo sollen wir jetzt parken?',
            '-↳ Kartoffelkäthe: Steht doch im Artikel, hinter der Halle.',
        ],
        [
            '-Impressum · Datenschutz · Cookie-Einstellungen · Kontakt',
            '-© 2026 Ostermoorbacher Verlagshaus GmbH & Co. KG',
        ],
    ]),
    _page('de', 'de-blog-fruehbeetfieber-fenster', [
        [
            '-Frühbeetfieber',
        ],
        [
            '-Start · Garten · Bauanleitungen · Über mich',
            '-Start » Bauanleitungen » Frühbeet',
        ],
        [
            '-8. November 2026',
            '+Ein Frühbeet aus alten Fenstern bauen',
            '-von Henrike',
        ],
        [
            '-Lesezeit: 8 Minuten',
            '-Inhaltsverzeichnis',
            '-1. Das Material',
            '-2. Der Rahmen',
        ],
        [
            '+Im Frühjahr hat mir ein Nachbar zwei alte Holzfenster überlassen, und seitdem wollte ich daraus ein '
            'Frühbeet für meine Salatsetzlinge bauen.',
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
        ],
        [
            '+Den Rahmen habe ich aus unbehandelten Lärchenbrettern gebaut, hinten 40 und vorne 25 Zentimeter '
            'hoch, damit das Regenwasser abläuft.',
            '+Mein Nachbar meinte nur: „Die Fenster haben sechzig Winter gehalten, die halten auch noch deinen '
            'Salat aus.“',
        ],
        [
            '-Merk dir diese Anleitung auf Pinterest!',
            '-Die beiden alten Fenster, frisch abgeschliffen.',
        ],
        [
            '+So habe ich den Rahmen gebaut',
            '-Die Scharniere und den Fensterheber findest du in meinem Amazon-Shop',
            '+Bretter auf Länge sägen und schräg zuschneiden',
            '+Ecken mit Kanthölzern verschrauben',
            '+Fenster mit Scharnieren am hinteren Brett befestigen',
        ],
        [
            '+Seit Anfang Oktober stehen Feldsalat und Winterportulak im Frühbeet, und an sonnigen Tagen stelle '
            'ich die Fenster mit einem Holzklotz auf.',
            '-Folge mir auf Instagram für mehr Gartenprojekte',
            '+Nächstes Jahr will ich ein zweites Beet bauen, diesmal mit einem automatischen Fensteröffner.',
        ],
        [
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-4 Kommentare',
            '-Gartenzwergin: Tolle Idee, ich habe auch noch alte Fenster im Keller!',
            '-↳ Henrike: Dann nichts wie los, es lohnt sich.',
            '-↳ Gartenzwergin: Mache ich, Bilder schicke ich dir.',
        ],
        [
            '-Erstellt mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-castelbrenno-ascensore', [
        [
            '-Vai al contenuto',
            '-La Voce di Castelbrenno',
            '-Home › Cronaca › Castelbrenno',
        ],
        [
            '-di Ludovica Sparavierini',
            '-Pubblicato il 2 dicembre 2026 alle 7:20',
            "+Castelbrenno, torna in funzione l'ascensore della passerella della stazione",
        ],
        [
            '-Lettura: 3 min',
            '-Condividi: Facebook · WhatsApp · Telegram · E-mail',
        ],
        [
            "+Dopo quattordici mesi di guasti e rimpalli, da lunedì l'ascensore che collega i binari alla "
            'passerella pedonale della stazione di Castelbrenno è di nuovo in servizio.',
            '-Leggi anche: Nuovi orari per la biblioteca civica da gennaio',
            "+RFI ha sostituito la centralina e le porte di piano, danneggiate dalle infiltrazioni d'acqua "
            "dell'inverno scorso.",
        ],
        [
            "-L'ascensore della passerella, lato binario 2.",
            '-Foto L. Sparavierini',
            '+«Con la carrozzina dovevo farmi aiutare da due sconosciuti ogni mattina», racconta Agnese '
            'Ruspacchioli, pendolare per Milano.',
        ],
        [
            '+Cosa cambia per i viaggiatori',
            "+L'ascensore funziona dalle 5 alle 24",
            '-Pubblicità',
            '+Un citofono collega la cabina alla sala operativa',
            '+Le scale restano aperte durante la manutenzione',
        ],
        [
            '-Iscriviti al nostro canale WhatsApp per le notizie di Castelbrenno',
        ],
        [
            '+Il comitato dei pendolari chiede ora che venga installato un secondo ascensore sul lato del parcheggio.',
            '+RFI ha risposto che il progetto è allo studio e che se ne riparlerà nel piano del 2028.',
        ],
        [
            '-Argomenti: Stazione · Trasporti · Castelbrenno',
            '-Hai notato un errore? Segnalalo alla redazione',
        ],
        [
            '-9 commenti',
            '-Pendolare_stanca: Era ora, quattordici mesi sono una vergogna.',
            "-↳ Gigi_binario2: Speriamo che duri più dell'ultima volta.",
            '-↳ Pendolare_stanca: Ci conto poco, ma intanto funziona.',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie policy',
            '-© 2026 Edizioni Valbrenno srl',
        ],
    ]),
    _page('it', 'it-blog-stecchiefoglie-carausius', [
        [
            '-Stecchi e Foglie',
        ],
        [
            '-Home · Allevamento · Schede · Chi sono',
            '-Home » Allevamento » Carausius',
        ],
        [
            '-10 novembre 2026',
            '+I miei primi insetti stecco: sei mesi con i Carausius',
            '-di Marcella',
        ],
        [
            '-Tempo di lettura: 5 minuti',
            '-Indice dei contenuti',
            '-1. Il terrario',
            "-2. L'alimentazione",
        ],
        [
            '+A maggio un collega mi ha regalato sei uova di Carausius morosus in una scatola di fiammiferi, e a '
            'giugno ne sono nate cinque ninfe.',
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
        ],
        [
            '+Le tengo in un terrario alto di rete, perché gli insetti stecco hanno bisogno di spazio verticale '
            'per la muta.',
            '+Il collega mi aveva avvertita: «Se si rompono una zampa durante la muta, la rifanno alla muta '
            'successiva.»',
        ],
        [
            '-Salva questo post su Pinterest!',
            '-Una ninfa di tre settimane su una foglia di rovo.',
        ],
        [
            '+Come li allevo',
            '-Il terrario che uso lo trovi nella mia vetrina Amazon',
            '+Foglie fresche di rovo ogni tre giorni',
            "+Una spruzzata d'acqua la sera",
            '+Niente sole diretto sul terrario',
        ],
        [
            '+Oggi sono lunghi quasi otto centimetri e restano immobili per ore, ma di notte si sentono '
            'sgranocchiare le foglie.',
            '-Seguimi su Instagram per vedere le mute in diretta',
            '+In primavera conto di regalare le nuove uova ai bambini della scuola di mia nipote.',
        ],
        [
            '-Condividi: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-4 commenti',
            '-Ornella_verde: Che belli! Anche io li allevo da due anni.',
            '-↳ Marcella: Allora mi servono i tuoi consigli per la primavera!',
            '-↳ Ornella_verde: Volentieri, scrivimi quando vuoi.',
        ],
        [
            '-Blog realizzato con WordPress · Tema Neve',
        ],
    ]),
    _page('pl', 'pl-portal-lipnowola-basen', [
        [
            '-Przejdź do treści',
            '-Gazeta Lipnowolska',
            '-Strona główna › Wiadomości › Lipnowola',
        ],
        [
            '-Autor: Zdzisław Mąkolewski',
            '-Opublikowano: 2 grudnia 2026, 7:10',
            '+Nowy kocioł na basenie miejskim. Woda znów ma 27 stopni',
        ],
        [
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · Messenger · WhatsApp',
        ],
        [
            '+Miejski basen przy ulicy Parkowej w Lipnowoli od poniedziałku znów jest otwarty, po tym jak w '
            'październiku awarii uległ czterdziestoletni kocioł.',
            '-Czytaj także: Remont mostu na ulicy Młyńskiej potrwa do wiosny',
            '+Gmina kupiła nowy kocioł gazowy z dotacji wojewódzkiej, a montaż zajął ekipie z Radomia niespełna '
            'trzy tygodnie.',
        ],
        [
            '-Nowy kocioł w maszynowni basenu.',
            '-Fot. UM Lipnowola',
            '+„Dzieci ze szkoły pływackiej wróciły na tory i wreszcie nie szczękają zębami”, mówi instruktorka '
            'Halina Podkuśnik.',
        ],
        [
            '+Co się zmieniło na basenie',
            '+Temperatura wody wynosi stale 27 stopni',
            '-Reklama',
            '+Sauna działa znów od wtorku do niedzieli',
            '+Bilety normalne kosztują bez zmian 14 zł',
        ],
        [
            '-Zapisz się do newslettera i otrzymuj najważniejsze wiadomości z regionu',
        ],
        [
            '+Według urzędu nowy kocioł zużywa o jedną trzecią mniej gazu niż poprzedni.',
            '+Dyrekcja basenu zapowiada, że w ferie zimowe obiekt będzie czynny do godziny 22.',
        ],
        [
            '-Tagi: basen · inwestycje · Lipnowola',
            '-Widzisz błąd? Napisz do redakcji',
        ],
        [
            '-6 komentarzy',
            '-Pływak_z_Parkowej: Nareszcie, całą jesień jeździliśmy do Radomia.',
            '-↳ mama_z_Wierzbowej: Sauna też już działa, sprawdzałam wczoraj.',
            '-↳ Pływak_z_Parkowej: To idę w sobotę!',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Lipnowolskie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-galganowaizba-chodnik', [
        [
            '-Gałganowa Izba',
        ],
        [
            '-Start · Chodniki · Tkanie · O mnie',
            '-Start » Tkanie » Chodniki',
        ],
        [
            '-9 listopada 2026',
            '+Mój pierwszy chodnik ze starych prześcieradeł',
            '-napisała Jadwiga',
        ],
        [
            '-Czas czytania: 6 minut',
            '-Spis treści',
            '-1. Cięcie pasków',
            '-2. Tkanie na krośnie',
        ],
        [
            '+Po babci zostały mi stare lniane prześcieradła, zbyt zniszczone, żeby na nich spać, ale za ładne, '
            'żeby je wyrzucić.',
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.',
        ],
        [
            '+Pocięłam je na paski szerokości trzech centymetrów i zszyłam w długą taśmę, którą nawinęłam na kłębki.',
            '+Sąsiadka, która tkała chodniki jeszcze w latach sześćdziesiątych, powiedziała mi: „Bij mocno płochą, '
            'to chodnik będzie leżał latami”.',
        ],
        [
            '-Zapisz ten wpis na Pintereście!',
            '-Kłębki z pociętych prześcieradeł przed tkaniem.',
        ],
        [
            '+Jak utkałam chodnik',
            '-Osnowę bawełnianą kupisz w moim sklepiku na Allegro',
            '+Naciągnij osnowę na ramę krosna',
            '+Przeplataj taśmę, dobijając każdy rząd płochą',
            '+Zawiąż frędzle po obu stronach',
        ],
        [
            '+Chodnik ma półtora metra długości i leży w przedpokoju, a kot od pierwszego dnia uznał go za swój.',
            '-Obserwuj mnie na Facebooku, tam pokazuję kolejne prace',
            '+Na kolejny chodnik zbieram już stare dżinsy całej rodziny.',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-5 komentarzy',
            '-Krystyna_z_Kasztanowej: Piękny! Moja mama też takie tkała.',
            '-↳ Jadwiga: Dziękuję, takie chodniki leżały chyba w każdym domu.',
            '-↳ Krystyna_z_Kasztanowej: Pokażę jej zdjęcia, ucieszy się.',
        ],
        [
            '-Stworzone na WordPress.com · Motyw: Twenty Twenty-Four',
        ],
    ]),
    _page('ru', 'ru-portal-verkhnezarechinsk-memorial', [
        [
            '-Перейти к содержимому',
            '-Заречинский вестник',
            '-Главная › Новости › Город',
        ],
        [
            '-Автор: Ефросинья Подберёзкина',
            '-Опубликовано 2 декабря 2026, 08:15',
            '+Мемориал павшим землякам в сквере Победы отмыли к зиме',
        ],
        [
            '-Время чтения: 3 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Волонтёры и сотрудники городского благоустройства за выходные отмыли гранитные плиты мемориала в '
            'сквере Победы от мха, копоти и птичьего помёта.',
            '-Читайте также: На улице Садовой заменят фонари до конца года',
            '+Для очистки использовали мягкие щётки и пар, без кислот и абразивов, чтобы не повредить выбитые на '
            'камне фамилии.',
        ],
        [
            '-Плиты мемориала после очистки, воскресенье.',
            '-Фото: пресс-служба администрации',
            '+«Многие фамилии мы прочитали впервые за двадцать лет», — говорит руководитель поискового отряда '
            'Всеволод Пустоколосов.',
        ],
        [
            '+Что сделали на мемориале',
            '+Очистили от мха все сорок две плиты',
            '-Реклама',
            '+Подкрасили буквы на центральной стеле',
            '+Заменили разбитую плитку у вечного огня',
        ],
        [
            '-Подписывайтесь на наш Telegram-канал, чтобы не пропустить главное',
        ],
        [
            '+Городская администрация обещает весной обработать камень защитным составом от влаги.',
            '+Школьники из соседней гимназии взяли шефство над сквером и будут убирать его раз в месяц.',
        ],
        [
            '-Теги: память · благоустройство · Верхнезаречинск',
            '-Нашли ошибку? Сообщите редакции',
        ],
        [
            '-5 комментариев',
            '-Ветеран_с_Садовой: Спасибо ребятам, давно пора было.',
            '-↳ Ольга_из_сквера: Мой дед там тоже есть, теперь видно фамилию.',
            '-↳ Ветеран_с_Садовой: Светлая память всем им.',
        ],
        [
            '-О редакции · Контакты · Политика конфиденциальности',
            '-© 2026 ООО «Заречье-Медиа»',
        ],
    ]),
    _page('ru', 'ru-blog-lampovycherdak-rekord', [
        [
            '-Ламповый чердак',
        ],
        [
            '-Главная · Ремонт · Схемы · Обо мне',
            '-Главная » Ремонт » Приёмники',
        ],
        [
            '-7 ноября 2026',
            '+Как я оживил радиоприёмник «Рекорд» 1953 года',
            '-автор: Аркадий',
        ],
        [
            '-Время чтения — 9 минут',
            '-Содержание',
            '-1. Первое включение',
            '-2. Замена конденсаторов',
        ],
        [
            '+Приёмник достался мне от соседа по даче: корпус треснул, шкала пожелтела, а при включении он только '
            'гудел.',
            '-В статье есть партнёрские ссылки: при покупке по ним я получаю небольшой процент.',
        ],
        [
            '+Первым делом я проверил силовой трансформатор и заменил сетевой шнур, потому что старый рассыпался в '
            'руках.',
            '+Сосед, отдавая приёмник, сказал: «Он ещё Гагарина передавал, так что уж постарайся».',
        ],
        [
            '-Сохраните статью в закладки, пригодится!',
            '-Шасси приёмника до чистки, вид сверху.',
        ],
        [
            '+Что пришлось заменить',
            '-Наборы конденсаторов для ламповых приёмников продаю на Авито',
            '+Все бумажные конденсаторы',
            '+Выпрямительную лампу',
            '+Сетевой шнур и предохранитель',
        ],
        [
            '+После замены конденсаторов приёмник поймал три станции на длинных волнах и одну на средних.',
            '-Подписывайтесь на мой канал в Дзене, там видео ремонта',
            '+Теперь он стоит на кухне, и по вечерам мы слушаем на нём радио «Маяк».',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-6 комментариев',
            '-Паяльник_Михалыч: Отличная работа, у меня такой же стоит без дела.',
            '-↳ Аркадий: Берите паяльник и начните с конденсаторов.',
            '-↳ Паяльник_Михалыч: Так и сделаю, спасибо за совет.',
        ],
        [
            '-Блог работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Der Player der ARD Audiothek wird geladen …':
        "a German ARD Audiothek player-loading placeholder ('Der Player der ARD Audiothek wird geladen …') is left "
        'in the body',
    'Nie można odtworzyć podcastu ze Spotify. Otwórz go w aplikacji.':
        "a Polish Spotify podcast placeholder ('Nie można odtworzyć podcastu ze Spotify. Otwórz go w aplikacji.') "
        'is left in the body',
    'Запись из «ВКонтакте» удалена или скрыта настройками приватности.':
        "a Russian VK post placeholder ('Запись из «ВКонтакте» удалена или скрыта настройками приватности.') is "
        'left in the body',
    'Fair warning: this is a long post (about 2,400 words, 11 minutes).':
        "an English fair-warning reading time with a word count ('Fair warning: this is a long post (about 2,400 "
        "words, 11 minutes).') is left at the head",
    'Recherche und Text: Hartwig Quellmalzer':
        "a German research-and-text byline ('Recherche und Text: Hartwig Quellmalzer') is left at the head",
    'Naprawiam stare radia lampowe – wyceny przez formularz kontaktowy.':
        "a Polish valve-radio-repairs plug ('Naprawiam stare radia lampowe – wyceny przez formularz kontaktowy.') "
        'is left at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-chippedandglossy-cocoasign':
        ("the enamel-sign blog's cocoa-sign post keeps the photo caption ('The sign as I found it, face down in the "
         "skip.') in the block of two between the quote and the subheading (1 of 20 noise lines); the follow prompt "
         'between the two last paragraphs and the Amazon plug go; no article line is lost'),
    'fr-blog-lefilreprise-coudes':
        "the darning blog's elbows post keeps the photo caption ('Le coude gauche avant la reprise, avec ses fils "
        "tirés.') in the block of two between the quote and the subheading (1 of 20 noise lines); no article line "
        'is lost',
    'de-blog-fruehbeetfieber-fenster':
        "the cold-frame blog's windows post keeps the photo caption ('Die beiden alten Fenster, frisch "
        "abgeschliffen.') in the block of two between the quote and the subheading (1 of 20 noise lines); the "
        "Amazon-Shop plug goes; no article line is lost",
    'it-blog-stecchiefoglie-carausius':
        "the stick-insect blog's Carausius post keeps the photo caption ('Una ninfa di tre settimane su una foglia "
        "di rovo.') in the block of two between the quote and the subheading (1 of 20 noise lines); the Amazon "
        "plug goes; no article line is lost",
    'pl-blog-galganowaizba-chodnik':
        "the rag-rug blog's first-rug post keeps the photo caption ('Kłębki z pociętych prześcieradeł przed "
        "tkaniem.') in the block of two between the quote and the subheading (1 of 20 noise lines); the "
        "Allegro plug goes; no article line is lost",
    'ru-blog-lampovycherdak-rekord':
        "the valve-radio blog's Rekord post keeps the photo caption ('Шасси приёмника до чистки, вид сверху.') in "
        "the block of two between the quote and the subheading (1 of 20 noise lines); the Avito plug goes; no "
        "article line is lost",
}


test_held_out_157_line, test_held_out_157_line_is_kept, test_held_out_157_page = held_out_tests(
    HELD_OUT_157_LINES, HELD_OUT_157_KEEP, HELD_OUT_157_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
