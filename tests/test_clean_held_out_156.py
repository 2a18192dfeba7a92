"""Held-out set 156: written blind, weighted toward the noise the cleaner exists for, in shapes set 154's docstring does
not name (nor the first paragraphs of sets 151, 152 and 153): scraper, embed and ad markers (an English private Vimeo
video "This Vimeo video is private. Ask its owner for access to watch it here.", an English Mixcloud widget that failed
to load "Mixcloud widget failed to load. Listen on mixcloud.com instead.", an English Datawrapper chart blocked by the
reader's cookie preferences "Datawrapper chart blocked by your cookie preferences. Manage consent to view it.", a French
Dailymotion video hidden until cookies are accepted "Le contenu Dailymotion est masqué. Acceptez les cookies pour
afficher la vidéo.", a German here-stands-an-Instagram-post placeholder not loaded because of the reader's privacy
settings "Hier steht ein Instagram-Beitrag, der wegen Ihrer Datenschutzeinstellungen nicht geladen wurde.", an Italian
RaiPlay video geo-blocked outside Italy "Il video di RaiPlay non è disponibile fuori dall'Italia.", a Polish Player.pl
player that could not be loaded "Nie udało się załadować odtwarzacza Player.pl. Spróbuj w innej przeglądarce." and a
Russian Rutube video shown only after logging in "Видео с Rutube доступно только после входа в аккаунт."); reading-time
headers in new wordings (the English quick-read header with the minutes in brackets "Quick read (2 min)", a blog's
grab-a-brew warning of twelve minutes "Grab a brew – this post takes about twelve minutes to get through.", the French
estimated-reading-time header "Temps de lecture estimé : 2 minutes", the German abbreviated Lesedauer line "Lesedauer
ca. 2 Min.", the Italian estimated-reading-time header "Tempo di lettura stimato: 2 minuti", the Polish
minutes-of-reading line "2 min czytania" and the Russian read-two-minutes line "Читать 2 минуты"); bylines and
self-promotion (an English rural-affairs-correspondent byline "From our rural affairs correspondent, Hesketh
Brindlecrost", an English additional-reporting credit "Additional reporting: Ysolde Pennithwaite", a German
from-our-correspondent byline "Von unserer Korrespondentin Walburga Zwetschenbach" and a Russian text-and-photos byline
"Текст и фото — Евлампия Сухопрядова", all at the head, and at the foot an English Not On The High Street tapers plug
"Hand-dipped tapers from my workshop are for sale on Not On The High Street.", a French Leboncoin leather-wallets plug
"Mes portefeuilles en cuir sont en vente sur Leboncoin, remise en main propre possible.", an Italian eBay
bonsai-seedlings plug "Vendo piantine di bonsai nate da seme su eBay, spedizione in tutta Italia." and a Polish
made-to-order ships-in-bottles plug with Allegro Lokalnie quotes "Modele statków w butelkach robię na zamówienie –
wyceny na Allegro Lokalnie."); blog and site footers (an English Eleventy-on-Cloudflare-Pages credit with a source link
"Built with Eleventy and served by Cloudflare Pages · Source on GitHub", an English community-news-network membership
line with a complaints pointer "A member of the Independent Community News Network (ICNN). Complaints: see our editorial
code.", the English Substack footer row "Start writing on Substack · Privacy · Terms · Collection notice", a French SPIP
credit with its template and a log-in link "Propulsé par SPIP · Squelette Sarka · Se connecter", a German Jimdo credit
with log-in and sitemap links "Diese Seite wurde mit Jimdo erstellt · Anmelden · Sitemap", an Italian VAT-number row
with legal notes and cookie preferences "Partita IVA 02846170391 · Note legali · Preferenze cookie", a Polish
all-rights-reserved, no-copying-without-consent line "Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez zgody
redakcji zabronione." and the Russian uCoz credit "Сайт создан в системе uCoz"); reader-comment furniture (the English
WordPress save-my-name checkbox label "Save my name, email, and website in this browser for the next time I comment.",
an English reader-picks and staff-replies tab row "Reader picks · Staff replies · All comments (23)", an English
hidden-comment placeholder "This comment has been hidden because it was reported by several readers.", a French
react-to-this-article link with a count "Réagir à cet article (12 réactions)", a German comment-shortened-by-the-editors
note "Dieser Kommentar wurde von der Redaktion gekürzt.", an Italian visible-after-approval note "Il tuo commento sarà
visibile dopo l'approvazione dei moderatori.", a Polish see-the-replies link "Zobacz odpowiedzi (3)" and a Russian
expand-the-thread link "Развернуть ветку (4 ответа)"); share rows (an English spread-the-word row with Mastodon, Threads
and Reddit "Spread the word: Mastodon · Threads · Reddit", a French pass-on-this-article row with Messenger, e-mail and
print "Transmettre cet article : Messenger · Courriel · Imprimer" and a Russian send-to-friends row with VK,
Odnoklassniki and WhatsApp "Отправить друзьям: ВКонтакте · Одноклассники · WhatsApp"); and notices (a German
transparency note that the town paid the reporter's travel costs "Transparenzhinweis: Die Stadt hat die Reisekosten
unseres Reporters übernommen." and a Polish archive-material note "Materiał archiwalny – tekst ukazał się po raz
pierwszy w 2019 roku.", both in the body, and an Italian photos-supplied-by-the-town-press-office note "Le foto di
questo articolo sono state fornite dall'ufficio stampa del Comune." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 154's docstring does not describe (on the six portal pages, in ten blocks, the masthead,
the section menu and a latest or breaking-news ticker line in one block of three at the very top; the title at the top
of its block with the lead photo's caption and its credit after it, on two lines; the byline, the published line and the
reading time in one block of three; the first and second paragraphs in one block with an ad label between them; a
read-also link at the top of the quote paragraph's block, right before the quote; the subheading and the three rows with
a sponsored link at the end of the list block, after the third row; the two last paragraphs in one block with a
newsletter or Telegram prompt between them; a tags line, a more-from heading and one related headline in one block of
three; at the foot two blocks, four lines of a comment thread (a comment count, a comment, a second reader's arrowed
reply and a second comment) and then a copyright line of the publishing company alone; on the six blog pages, in eleven
blocks, the blog name, its tagline and the menu in one block of three; a category line, the title and the
posted-on-date-by-author line in one block of three, the category line right above the title; the reading time and an
affiliate-links disclosure in one block of two; the first paragraph alone; a photo caption at the top of a block with
the second paragraph and the paragraph with the quote after it; a Pinterest or save prompt alone; the subheading and the
three rows with a second photo caption at the end of the list block; the two last paragraphs in one block with a shop,
rental or sales plug after them; a share row, a follow prompt and a tags line in one block of three; at the foot two
blocks, five lines (a comments count, a comment, the author's arrowed reply, a second comment and the author's arrowed
reply to it) and then a platform credit alone), taken from local news of fresh kinds (a village hall's roof re-thatched,
a level crossing's barriers upgraded, a cemetery's chapel restored, a bus shelter's living roof, a public piano in the
station, a youth football pitch floodlit) and from blogs about making candles from beeswax, tuning a piano at home,
collecting fossils on the beach, growing bonsai from seed, stitching leather wallets and building a ship in a bottle.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 154 but what is named here), held-out set 155 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (but see Slips and notes
(2) on one listing). Read were: the docstring of held-out set 154 up to its paragraph "Measured after round 107", its
imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 151, 152
and 153, printed with one ast script (/tmp/s156scratch/peek.py, reading the files of /tmp/wt-set156/tests, the set's
worktree at the brief's commit; see Slips and notes (3)); tests/held_out_sets.py and scripts/clean_held_out_report.py
(in full, with ``cat``, in /tmp/wt-set156); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s156scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 154's as printed, with 154 -> 156;
/tmp/s156scratch/gen156.py writes this file from scratch files (data156.py, pages156.py, the docstring paragraphs in
doc.txt and, after the measurement, tables156.py). Nothing else was copied from any file of the repository. The set was
measured once against a frozen cleaner (worktree /tmp/wt-s156, detached at commit
b9a490a2c1d826a92c34273ee60341ceed373163, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 00:33:04 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
b9a490a2c1d826a92c34273ee60341ceed373163 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows. (2) A slip: in the set-up shell call I ran ``ls
/tmp/wt-set156/tests/test_clean_held_out_15*`` to see that the files of sets 151 to 154 were in the worktree; it listed
the names of the files test_clean_held_out_15.py and test_clean_held_out_150.py to test_clean_held_out_154.py (names
only, nothing opened), which is a listing of part of the tests/ folder that the brief forbids; nothing else of the
folder was listed or grepped. (3) peek.py's first run printed to the terminal, whose output the tool cut in the middle
(from inside set 154's Slips and notes (6) to inside set 152's first paragraph); its second run went to
/tmp/s156scratch/peek.out, of which I paged lines 125 to 340 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 154's docstring before the paragraph "Measured after round 107" and prints
only the first paragraphs of the other three. (4) helpers.py imported test_clean from /work/main/tests, which loads the
cleaner's modules, but nothing was cleaned and no source under src/ was printed. The machine's python had the project's
dependencies; every run used it. (5) Near misses with shapes already named, noted rather than hidden: the French "Temps
de lecture estimé" and the Italian "Tempo di lettura stimato" are the estimated-reading-time shape of set 153's German
"Geschätzte Lesezeit" in two other languages, and the blogs' own reading times ("Reading time: 6 minutes", "Temps de
lecture : 8 minutes", "Lesezeit: 7 Minuten", "Tempo di lettura: 6 minuti", "Czas czytania: 9 min", "Время на чтение: 10
минут") and the portals' ("4 min read", "Lecture 3 min", "Lesezeit: 3 Min.", "Lettura: 3 minuti", "Czytanie zajmie 3
min", "Читается за 3 минуты") are common shapes, some near the ones named in sets 151 to 154; the German Instagram
placeholder and the French Dailymotion line speak of privacy and cookies as set 154's Acast and Podigee lines did, with
new services and wordings; the Polish copying-forbidden footer and the Russian uCoz credit share the all-rights-reserved
idea and the site-builder credit kind of earlier footers; the Italian VAT-number row shares "Cookie" links with many
named footers; the English save-my-name line is a stock WordPress label and the Substack row Substack's stock footer;
the blogs' affiliate disclosures, Pinterest prompts and WordPress, WordPress.com and Altervista credits are common
shapes, since the brief asks for new layouts there. What is new on the pages is where the noise sits (a ticker line in
the masthead block, the lead photo's caption and credit right under the title, a sponsored link at the end of the list
block, a more-from heading with one related headline, a category line right above a blog title, a photo caption at the
top of the second paragraph's block, a second caption at the end of the list block, a plug after the last paragraph) and
some of its kinds. (6) Before the measurement /tmp/s156scratch/check156.py checked, case-insensitively, that no noise
line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no
line holds an at-sign, and counted the lines; its first run found two: the German portal's ad label "Anzeige" inside its
menu's "Traueranzeigen" and inside the German blog's plug "Kleinanzeigen"; the label became "Werbung"; before that run,
while drafting, I had changed the Italian portal's ad label from "Pubblicità" to "Annuncio pubblicitario", since the
Italian keep line "Pubblicità non ce n'è più: ..." holds it; its second run found nothing. Lines and data were counted
by the script (45 noise lines: category, language and place as in Contents; 20 keep lines by language and place; 12
pages with 10 "+" and 20 "-" lines each, 10 blocks on each portal and 11 on each blog). /tmp/s156scratch/marks.out
printed all 360 page lines with their block numbers and marks, and I read them one by one: "+" stands only on the
titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was swapped. gen156.py
reports lines over 120 characters and at-signs in the written file, checks that every held-out noise line is quoted in
the docstring and checks, by parsing the file with ``ast`` (without importing it), that the file's lists equal the
scratch lists. (7) Invented names were checked with the exact-string search over public GitHub files: Sheppingdown,
Threlkettle, Pellowcombe, Quennelby, Fettiplow, Westcombe Regional Media, OldReedCutter, HallieFromTheGreen,
Parishpump44, The Comb Loft, Penhallow_Bees, mothandwick, Brévilloux, Trémorvan, Kerdrévoux, Poitrevasse, Presse de
l'Oust, Jojo_de_la_Gravelle, Nanou29, Erwan_du_bourg, Clé et Diapason, Clem_du_Pleyel, PianoPapy, Brunnwalden,
Strunkwede, Abendroth-Pfeil, Wendhäuser, Mittelhessischer Heimatverlag, Ursel_vom_Anger, Kapellenfreundin,
Kreideklopfer, Strandläufer_Kai, Muschelmieze, Borgoserrino, Valdipruno, Montebruschi, Spinelloni, Cinciarelli, Edizioni
Valle Serrina, Gino_del_forno, Marisa_pensilina, pendolare_74, Seme Paziente, Lucio_verde, Nonna_Ada, Trzcinogór,
Koziorożek, Wróbelska, Wydawnictwo Nadtrzcinie, Ela_z_Dworcowej, Tadek_kolejarz, Marian_z_Kolejowej, Dratwa i Szydło,
Gośka_szyje, rymarz_amator, Малоберёзовск, Сорочкина, Лопатоухов, Угловатов, Издательский дом Березняки, Папа_вратаря,
Света_с_трибуны, Болельщик_Юности, Бутылочная верфь, Моделист_Петрович, Катя_с_Волги, the held-out bylines' Hesketh
Brindlecrost, Pennithwaite, Zwetschenbach and Сухопрядова had no hits. Dropped: Thrushmoor (a place in a game; the
village became Sheppingdown), Quillbrook (a name in many files; the hall chair became Marjorie Quennelby), Dimmery (a
real surname; the reader became Alan Fettiplow), Wrennacott (a hit inside "WrennaCottage"), Kerbastard (a real surname
and a farm; the reporter became Gaëlle Kerdrévoux), Clémence_B (a hit inside a Wikipedia link; the commenter became
Clem_du_Pleyel), ErwanB (hits inside identifiers; the commenter became Erwan_du_bourg), Kervran (a real surname; the
other crossing became "la Croix-Verte"), Sollwinkel (a German word; the photographer became Eberhard Strunkwede),
Bankdrücker (a common word in code; the commenter became Kapellenfreundin), Valdicerro (a real place; the road goes to
Valdipruno), Pettirossi (a real surname; the councillor became Rosanna Cinciarelli), Marisa_B (hits in identifiers; the
commenter became Marisa_pensilina), Szczyglak (a real surname; the Polish photo credit names the music school's
archive), Kwaterek (a hit inside another word; the reporter became Przemysław Koziorożek), Trzmielewska (a real
surname), Pod Trzcinami (a label in code; the publisher became Wydawnictwo Nadtrzcinie), Marian58 (a handle in a data
file; the commenter became Marian_z_Kolejowej), Ухватов and Кудеяров (real surnames; the reporter became Тимофей
Лопатоухов and the coach Степан Угловатов), Светлана_К (hits inside identifiers; the commenter became Света_с_трибуны),
Marrowby and Carrowgate (names in code; the held-out bylines took Hesketh Brindlecrost and Ysolde Pennithwaite). First
names alone (Rosalind, Théophane, Jorinde, Ottavio, Kajetan, Савелий, Imogen, Dunstan, Halina and the like), real
services and platforms, and real places (Rügen, the Hunsrück) were not checked. (8) The measurement was run once, at
00:40:46 UTC by ``date``, in one shell call with the brief's two commands (pytest output to
/tmp/s156scratch/measure.out, report to /tmp/s156scratch/report.out); then /tmp/s156scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s156/tests with /tmp/wt-s156/src on the path)
to /tmp/s156scratch/problems.out: ten noise lines kept, every page with problems, no keep line lost and no article line
lost, as in the Baseline paragraph. The reasons of the three tables (tables156.py) were written from that output, and a
script checked that every page noise line the output names is quoted in its page's reason and that each reason's count
matches; nothing else was changed: gen156.py wrote the final file from the same data files, checked that its lists equal
them, and the pytest command was run again on it in /tmp/wt-s156. The whole set was written, measured and committed
within the brief's 50 minutes, from 00:33:04 UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Comment cards left in the village hall", "Reading the old parish minutes", "Sharing the
cost with the district council", "Followed by a brass band", "Subscribers to the allotment newsletter", "Copyright in
the station piano's painted panels", "Advertising for a new groundsman", "Commentaires des riverains", "Partager la
route avec les tracteurs", "Suivi de près par les riverains", "Kommentare aus dem Ortsrat", "Teilen müssen sich die
Vereine", "Lesen konnten die Besucher", "Commenti entusiasti", "Condividere il tetto verde", "Pubblicità non ce n'è
più", "Udostępnienie pianina podróżnym", "Polubili je zwłaszcza najmłodsi pasażerowie", "Комментируя решение" and
"Подписчики местного паблика" are article sentences: each reports what villagers, volunteers, a parish, a bus, allotment
holders, art students, a football club, residents, hamlet dwellers, a local council, a town's clubs, visitors,
commuters, a project, a town, music pupils, passengers, a village head or a local group's subscribers asked, found, pay,
did, raised, keep, started, said, share, could read, got or collected, with the noise-like word as an ordinary noun,
verb, participle or gerund of the sentence ("Comment cards" are paper forms left in a hall, not a comment thread;
"Reading the old parish minutes" is what volunteers did, not a reading time; "Sharing the cost" is a council splitting a
bill, not a share row; "Followed by a brass band" is a procession, not a follow prompt; "Subscribers to the allotment
newsletter" raised money, not the paper's subscribers; "Copyright in the station piano's painted panels" is the
students' right, not a copyright line; "Advertising for a new groundsman" is a job search, not an ad label; the French
"Commentaires des riverains" are residents' remarks at a meeting, "Partager la route" sharing a road with tractors and
"Suivi de près" works followed by residents; the German "Kommentare aus dem Ortsrat" are councillors' remarks, "Teilen"
clubs sharing floodlights and "Lesen" visitors reading gravestones; the Italian "Commenti entusiasti" are commuters'
remarks, "Condividere" a roof shared with bees and "Pubblicità" the billboards that are gone; the Polish "Udostępnienie"
is making a piano available and "Polubili" passengers who took to it; the Russian "Комментируя" is a village head
commenting on a decision and "Подписчики местного паблика" a local group's members who raised money; none of them is
comment, share, follow, subscribe, copyright, ad or reading-time furniture). Categories: the Vimeo, Mixcloud,
Datawrapper, Dailymotion, Instagram, RaiPlay, Player.pl and Rutube lines are markers (embeds that are private, failed to
load, are blocked, hidden, not loaded, geo-blocked, could not be loaded or need a log-in); the quick-read header, the
grab-a-brew warning and the French, German, Italian, Polish and Russian lines are reading times; the correspondent,
additional-reporting, Korrespondentin and text-and-photos lines are bylines at the head, and the tapers, Leboncoin, eBay
and Allegro Lokalnie lines are bylines (self-promotion) at the foot; the Eleventy, ICNN, Substack, SPIP, Jimdo,
VAT-number, copying-forbidden and uCoz lines are footers (the ICNN membership line is the standing foot of a news site,
not a notice about one story; the Polish copying-forbidden line is the site's legal foot); the save-my-name label, the
tab row, the hidden-comment placeholder, the react link, the shortened-by-the-editors note, the visible-after-approval
note, the see-the-replies link and the expand-the-thread link are comment furniture (the German note sits on one
reader's comment, so it belongs to the thread, not to the story's notices); the English, French and Russian rows are
share rows (the French one passes the article on by Messenger, e-mail and print, as share rows do); the German
transparency note and the Polish archive note are notices in the body (both speak of the story they sit in), and the
Italian photos-supplied note is a notice at the foot (a line about the story's pictures, neither a site footer nor a
byline: it names no photographer). On every page the title, the three paragraphs before the subheading (the third with
the quote), the subheading, its three list rows and the two last paragraphs are article; everything else (mastheads,
section menus, ticker lines, blog names, taglines, menus, category lines, bylines, published and posted-on lines,
reading times, affiliate disclosures, photo captions and credits, ad labels, read-also links, sponsored links, Pinterest
and save prompts, newsletter, Telegram and follow prompts, shop, rental and sales plugs, share rows, tags lines,
more-from headings and related headlines, comment counts, comments and replies, copyright lines and platform credits) is
noise. The list rows (what the thatching involved, what a first pour needs, what changes at the crossing, what tuning
needs, what was restored in the chapel, what fossil hunting needs, how the shelter is built, what was done to the maple
this year, the rules of the piano, what a wallet needs, what changed on the pitch and what a ship in a bottle needs) are
short, some without a verb, but part of each article, so article; the ticker lines ("Latest: ...", "En continu : ...",
"Eilmeldung: ...", "Ultim'ora: ...", "Pilne: ...", "Срочно: ...") and the related headlines under the more-from heading
are headlines of other stories, so noise; the portals' lead-photo captions right under the title and the blogs' captions
in the paragraph and list blocks describe photos, so noise, though they speak of the story's subject; the Polish
portal's photo credit "Fot. archiwum szkoły muzycznej" names an archive, not a person, and is still a credit.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-sheppingdown-thatch (the village hall's roof re-thatched for the first time in 66 years),
en-blog-combloft-pillars (first pillar candles poured from the wax of the blogger's own hives),
fr-portail-saintbrevilloux-passage (the level crossing's half-barriers and light replaced),
fr-blog-cleetdiapason-accordage (an upright Pleyel piano tuned at home with a tuning hammer),
de-portal-brunnwalden-kapelle (the old cemetery's chapel reopened after two years of restoration),
de-blog-kreideklopfer-seeigel (a first fossil sea urchin found on a chalk beach after a storm),
it-portale-borgoserrino-pensilina (the first bus shelter with a living sedum roof), it-blog-semepaziente-acero (a
Japanese maple grown from seed turning three), pl-portal-trzcinogora-pianino (a public piano placed in the station's
waiting room), pl-blog-dratwaiszydlo-portfel (a first card wallet hand-stitched with a saddle stitch),
ru-portal-maloberyozovsk-prozhektory (floodlights put up over the children's football pitch),
ru-blog-butylochnayaverf-brig (a first two-masted brig built inside a rum bottle), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit b9a490a2c1d826a92c34273ee60341ceed373163, measured with ``cd /tmp/wt-s156 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s156/src python -m pytest -q tests/test_clean_held_out_156.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s156 && PYTHONPATH=/tmp/wt-s156/src python
scripts/clean_held_out_report.py --sets 156``, with the xfail tables empty): noise lines removed 35/45 (marker 5/8,
reading-time 7/7, byline 4/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: three markers in the body (the German Instagram, Polish Player.pl and Russian Rutube
placeholders), two bylines at the head (the English rural-affairs-correspondent line and the Russian text-and-photos
line), two plugs at the foot (the English Not On The High Street tapers plug and the Polish ships-in-bottles plug), one
comment line at the foot (the English hidden-comment placeholder) and two notices (the Polish archive note in the body
and the Italian photos-supplied note at the foot); the English Vimeo, Mixcloud and Datawrapper and the French
Dailymotion and Italian RaiPlay markers, every reading time, the English additional-reporting and German Korrespondentin
bylines, the French Leboncoin and Italian eBay plugs, every footer, the seven other comment lines, every share row and
the German transparency note went); keep lines kept 20/20; pages 0/12 clean, 30 of 240 page noise lines left and 0 of
120 article lines lost. Left on the pages: on every portal the ticker line in the masthead block at the top and the lead
photo's caption right under the title (2 each), on the Polish portal also the photo credit under the caption (3); on
every blog the photo caption at the top of the second paragraph's block and the photo caption at the end of the list
block (2 each), and on every blog but the Italian bonsai blog also the shop, rental or sales plug after the two last
paragraphs (3 each on five blogs). Lost: nothing, as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails;
with them the pytest command on the final file in /tmp/wt-s156 gave 55 passed, 22 xfailed, no XPASS.

Measured after round 108 (developed on sets 153 and 154 beside this set's writing from the same base, b9a490a, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 9a11f89): nothing moved.
Round 108's changes (a short last paragraph over the tags line, the writer's last paragraph over the share row, jump
links among the body's furniture, "might please you" links, a German search box with its verb last, photo credits with
an initial, the writer's sale between the last paragraphs) met none of this set's missed lines or pages.

Round 109 (development; this set was read in full from this round on): four mechanisms, each with near misses in six
languages (tests/test_clean.py test_round_109_*). (1) A portal's send-us-your-story prompt ("tip-off line") joined
page_blocks._PROMPT_REASONS, so the second last paragraph at the top of its block over the tags line and the prompt
(a widget block after the body by its two taken lines of three) stays through _article_among_furniture: set 155's
en-portal-scarrowhaven-cottage no longer loses "The museum opens from Thursday to Sunday, and school groups can book
visits on weekdays." (2) The writer's self-introduction (page_blocks._SELF_INTRODUCTION, _is_self_introduction: who the
writer is, then that the writer writes here or that this is the writer's blog or corner) is no last paragraph over the
share row (_is_writers_line_over_share_row) nor an article line among the furniture (_article_among_furniture): on the
lead's variant of set 151's wayfarer page "I am a retired engineer and I write about old bikes here." and "I'm Ned, and
this is my little corner of the internet." go again, and so do the French, German, Italian, Polish and Russian
self-introductions; who the writer is without the writing stays. (3) A breaking-news ticker in the page's first block
(page_blocks._mark_head_ticker, _HEAD_TICKER: a ticker's label, a colon and one headline of three words or more, no
sentence, no dateline), beside a head line the rules took or a menu row of links, with the title's block under it
left alone: set 156's six tickers go, and set 150's English travel ticker and French, Italian, Polish and Russian
tickers, and set 62's French bulky-waste alert and Italian road-closure line above the title. (4) The writer's sale
as the last line of the last paragraphs' block when the next block opens with the page's furniture
(page_blocks._is_sale_after_last_paragraph, reading the sale with round 107's _is_writers_sale): set 156's German
Kleinanzeigen and Russian Ярмарка Мастеров plugs go; sales told in the story, in the past, and denied sales stay.
Other sets' xfails: set 150's en-portal-skimbleford-riverdivers, it-portale-scirocchella-traghetto,
pl-portal-kakolowo-laki and ru-portal-verkhnepolynsk-biblioteka and set 62's it-sagra-lotteria-estrazione were
removed (now clean); reworded: set 150's fr-portail-vaurignac-postepharmacie (keeps the masthead and the menu, the
ticker goes), set 62's fr-compostage-collectif-bilan (the bulky-waste alert goes), set 155's
en-portal-scarrowhaven-cottage (no article line lost) and set 156's six portals (the ticker goes) and its German and
Russian blogs (the plug goes). All sets (scripts/clean_held_out_report.py, before -> after): noise lines removed
6070/6691 -> 6070/6691, article lines kept 2967/2967 -> 2967/2967, pages clean 1066/1750 -> 1071/1750, page noise lines
left 1511 -> 1496 of 36720, paragraphs lost 3 -> 2. SemEval: scripts/semeval_noise_diff.py diff printed 0 changed files of 3723. Bench: benchmarks/bench_clean.py ratio_to_baseline 1.02 (cpu best 2.399 s against 2.362 s at 1756aba). Pytest (the
cleaning test set): 20092 passed, 1330 xfailed, no XPASS, in 556 s.
This set before -> after: noise lines removed 35/45 -> 35/45 (marker 5/8, reading-time 7/7, byline 4/8, footer 8/8,
comments 7/8, share 3/3, notice 1/3, unchanged), keep lines 20/20 -> 20/20, pages clean 0/12 -> 0/12, page noise lines
left 30 -> 22 of 240 (the six tickers and the German and Russian plugs), article lines lost 0 -> 0. Still missed: the
10 lines of _LINE_XFAIL; the portals' lead-photo captions under the title (and the Polish credit); the blogs' photo
captions; the English, French and Polish sales after the last paragraphs ("... are in the shop – ten for £12.", "Je
loue ma clé ...", "... w moim sklepiku na Etsy."), which _is_writers_sale does not read as sales.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_156_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Vimeo video is private. Ask its owner for access to watch it here.', 'marker'),
    ('body', 'Mixcloud widget failed to load. Listen on mixcloud.com instead.', 'marker'),
    ('body', 'Datawrapper chart blocked by your cookie preferences. Manage consent to view it.', 'marker'),
    ('body', 'Le contenu Dailymotion est masqué. Acceptez les cookies pour afficher la vidéo.', 'marker'),
    ('body',
     'Hier steht ein Instagram-Beitrag, der wegen Ihrer Datenschutzeinstellungen nicht geladen wurde.',
     'marker'),
    ('body', "Il video di RaiPlay non è disponibile fuori dall'Italia.", 'marker'),
    ('body', 'Nie udało się załadować odtwarzacza Player.pl. Spróbuj w innej przeglądarce.', 'marker'),
    ('body', 'Видео с Rutube доступно только после входа в аккаунт.', 'marker'),
    ('head', 'Quick read (2 min)', 'reading-time'),
    ('head', 'Grab a brew – this post takes about twelve minutes to get through.', 'reading-time'),
    ('head', 'Temps de lecture estimé : 2 minutes', 'reading-time'),
    ('head', 'Lesedauer ca. 2 Min.', 'reading-time'),
    ('head', 'Tempo di lettura stimato: 2 minuti', 'reading-time'),
    ('head', '2 min czytania', 'reading-time'),
    ('head', 'Читать 2 минуты', 'reading-time'),
    ('head', 'From our rural affairs correspondent, Hesketh Brindlecrost', 'byline'),
    ('head', 'Additional reporting: Ysolde Pennithwaite', 'byline'),
    ('head', 'Von unserer Korrespondentin Walburga Zwetschenbach', 'byline'),
    ('head', 'Текст и фото — Евлампия Сухопрядова', 'byline'),
    ('tail', 'Hand-dipped tapers from my workshop are for sale on Not On The High Street.', 'byline'),
    ('tail', 'Mes portefeuilles en cuir sont en vente sur Leboncoin, remise en main propre possible.', 'byline'),
    ('tail', 'Vendo piantine di bonsai nate da seme su eBay, spedizione in tutta Italia.', 'byline'),
    ('tail', 'Modele statków w butelkach robię na zamówienie – wyceny na Allegro Lokalnie.', 'byline'),
    ('tail', 'Built with Eleventy and served by Cloudflare Pages · Source on GitHub', 'footer'),
    ('tail',
     'A member of the Independent Community News Network (ICNN). Complaints: see our editorial code.',
     'footer'),
    ('tail', 'Start writing on Substack · Privacy · Terms · Collection notice', 'footer'),
    ('tail', 'Propulsé par SPIP · Squelette Sarka · Se connecter', 'footer'),
    ('tail', 'Diese Seite wurde mit Jimdo erstellt · Anmelden · Sitemap', 'footer'),
    ('tail', 'Partita IVA 02846170391 · Note legali · Preferenze cookie', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez zgody redakcji zabronione.', 'footer'),
    ('tail', 'Сайт создан в системе uCoz', 'footer'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Reader picks · Staff replies · All comments (23)', 'comments'),
    ('tail', 'This comment has been hidden because it was reported by several readers.', 'comments'),
    ('tail', 'Réagir à cet article (12 réactions)', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Redaktion gekürzt.', 'comments'),
    ('tail', "Il tuo commento sarà visibile dopo l'approvazione dei moderatori.", 'comments'),
    ('tail', 'Zobacz odpowiedzi (3)', 'comments'),
    ('tail', 'Развернуть ветку (4 ответа)', 'comments'),
    ('tail', 'Spread the word: Mastodon · Threads · Reddit', 'share'),
    ('tail', 'Transmettre cet article : Messenger · Courriel · Imprimer', 'share'),
    ('tail', 'Отправить друзьям: ВКонтакте · Одноклассники · WhatsApp', 'share'),
    ('body', 'Transparenzhinweis: Die Stadt hat die Reisekosten unseres Reporters übernommen.', 'notice'),
    ('body', 'Materiał archiwalny – tekst ukazał się po raz pierwszy w 2019 roku.', 'notice'),
    ('tail', "Le foto di questo articolo sono state fornite dall'ufficio stampa del Comune.", 'notice'),
]
HELD_OUT_156_KEEP: list[tuple[str, str]] = [
    ('head', 'Comment cards left in the village hall asked for the old thatch to be kept as long as possible.'),
    ('head', 'Reading the old parish minutes, volunteers found the roof was last thatched in 1958.'),
    ('body', 'Sharing the cost with the district council, the parish will pay a third of the new roof.'),
    ('body', 'Followed by a brass band, the first bus pulled up at the new shelter just after nine.'),
    ('tail', "Subscribers to the allotment newsletter raised £640 towards the chapel's windows."),
    ('tail', "Copyright in the station piano's painted panels stays with the art students who decorated it."),
    ('tail', 'Advertising for a new groundsman starts next month, the football club said.'),
    ('head', 'Commentaires des riverains et plans de SNCF Réseau ont été présentés jeudi en mairie.'),
    ('body', 'Partager la route avec les tracteurs reste le principal souci des habitants du hameau.'),
    ('tail', "Suivi de près par les riverains, le chantier du passage à niveau s'achèvera en mars."),
    ('head', 'Kommentare aus dem Ortsrat fielen durchweg positiv aus.'),
    ('body', 'Teilen müssen sich die Vereine das neue Flutlicht nicht.'),
    ('tail', 'Lesen konnten die Besucher die alten Grabinschriften nach der Reinigung wieder.'),
    ('head', 'Commenti entusiasti sono arrivati dai pendolari che aspettano sotto la nuova pensilina.'),
    ('body', "Condividere il tetto verde con api e farfalle era l'obiettivo del progetto."),
    ('tail', "Pubblicità non ce n'è più: al posto dei cartelloni crescono sedum e timo."),
    ('head', 'Udostępnienie pianina podróżnym zaproponowali uczniowie szkoły muzycznej.'),
    ('tail', 'Polubili je zwłaszcza najmłodsi pasażerowie, którzy grają w oczekiwaniu na pociąg.'),
    ('head', 'Комментируя решение, глава посёлка пообещал осветить и второе поле.'),
    ('tail', 'Подписчики местного паблика собрали на прожекторы 80 тысяч рублей.'),
]
HELD_OUT_156_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-sheppingdown-thatch', [
        [
            '-Sheppingdown Chronicle',
            "-News · Sport · Farming · What's On · Property · Jobs",
            '-Latest: A-road reopens after overnight closure at the Sheppingdown turn',
        ],
        [
            '+Sheppingdown village hall gets its first new thatch in 66 years',
            "-The hall's roof half-finished, with bundles of water reed stacked on the scaffold.",
            '-Photo: reader Alan Fettiplow',
        ],
        [
            '-By Imogen Threlkettle, Local Democracy Reporter',
            '-Published 3 December 2026, 7:15am',
            '-4 min read',
        ],
        [
            '+Master thatcher Dunstan Pellowcombe and two apprentices have spent seven weeks stripping and '
            "re-laying the roof of Sheppingdown's village hall.",
            '-Advertisement',
            '+The old long-straw thatch, laid in 1960, had thinned so badly that rain was reaching the rafters '
            'above the stage.',
        ],
        [
            '-Read more: Parish council agrees new bus stop on Mill Lane',
            '+Hall committee chair Marjorie Quennelby said: “We held a barn dance, two quiz nights and a plant '
            'sale, and the village found every penny.”',
        ],
        [
            '+What the work involved',
            '+About 4,000 bundles of Norfolk water reed',
            '+A new sedge ridge with a scalloped pattern',
            '+Wire netting to keep out birds and rats',
            '-Sponsored: Compare home insurance quotes for thatched properties',
        ],
        [
            '+The work cost £68,000, of which £25,000 came from a heritage grant and the rest from fundraising.',
            '-Get our free morning briefing in your inbox – sign up here',
            '+A reopening dance is planned for 10 January, with the same band that played when the hall first opened.',
        ],
        [
            '-Tags: Sheppingdown · Heritage · Village halls',
            '-More from News',
            '-Police appeal after quad bike stolen from a farm near the ford',
        ],
        [
            '-6 comments',
            '-OldReedCutter: Lovely job. Dunstan thatched our cottage in 2011 and it still looks new.',
            '-↳ HallieFromTheGreen: Those ridge patterns are gorgeous, worth every penny.',
            '-Parishpump44: Will the hall hire prices go up now?',
        ],
        [
            '-© 2026 Westcombe Regional Media Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-combloft-pillars', [
        [
            '-The Comb Loft',
            '-Candles, honey and other sticky things',
            '-Home · Tutorials · Shop · About',
        ],
        [
            '-Filed under: Candle making',
            '+Pouring my first beeswax pillar candles',
            '-Posted on 28 November 2026 by Rosalind',
        ],
        [
            '-Reading time: 6 minutes',
            '-This post contains affiliate links; I earn a small commission if you buy through them.',
        ],
        [
            '+For three summers I have kept two hives at the bottom of the orchard, and every autumn the cappings '
            'wax ended up in a tub in the shed.',
        ],
        [
            '-Cappings wax after its second filtering, cooling in a loaf tin.',
            '+This year I finally melted it down, strained it through an old T-shirt and poured my own pillar candles.',
            '+My neighbour, who has made candles for forty years, told me: “Beeswax forgives almost anything '
            'except rushing it.”',
        ],
        [
            '-Pin this post for later!',
        ],
        [
            '+What you need for a first pour',
            '+A double boiler or a bain-marie',
            "+Cotton wick sized for the candle's width",
            '+A silicone mould and a few pegs',
            '-My three first pillars, the middle one with a sunken top.',
        ],
        [
            '+The first candle sank in the middle because I poured it too hot, so the second batch went in at 70 '
            'degrees.',
            '+They burn with a faint smell of honey and almost no smoke, which was the whole point.',
            '-Beeswax tealights from my own hives are in the shop – ten for £12.',
        ],
        [
            '-Share: Facebook · Pinterest · Email',
            '-Follow me on Instagram for weekly hive updates',
            '-Tags: beeswax, candles, beekeeping',
        ],
        [
            '-3 comments',
            '-Penhallow_Bees: Did you add any coconut oil? Mine cracked without it.',
            '-↳ Rosalind: No, pure wax – slow cooling in a warm oven stopped the cracks.',
            '-mothandwick: Beautiful colour! Is that from the first or second filtering?',
            '-↳ Rosalind: The second – the first still had bits of propolis in it.',
        ],
        [
            '-Proudly powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-saintbrevilloux-passage', [
        [
            '-Le Courrier de Saint-Brévilloux',
            '-Actualité · Sports · Agenda · Nécrologie · Annonces',
            "-En continu : coupure d'électricité rue des Tanneurs jusqu'à 14 h",
        ],
        [
            '+Passage à niveau de la Gravelle : des barrières neuves et un feu à LED',
            '-Les nouvelles demi-barrières, posées dans la nuit de mardi à mercredi.',
            '-Photo : Y. Trémorvan',
        ],
        [
            '-Par Gaëlle Kerdrévoux',
            '-Publié le 3 décembre 2026 à 18h02',
            '-Lecture 3 min',
        ],
        [
            '+SNCF Réseau a remplacé cette semaine les demi-barrières du passage à niveau de la Gravelle, à la '
            'sortie nord de Saint-Brévilloux.',
            '-Publicité',
            '+Les anciennes, installées en 1987, tombaient régulièrement en panne et bloquaient la route '
            'plusieurs heures.',
        ],
        [
            "-À lire aussi : Le marché de Noël aura lieu place de l'Église",
            '+« On a attendu dix ans, mais le résultat est là », se réjouit le maire, Aurélien Poitrevasse.',
        ],
        [
            '+Ce qui change pour les automobilistes',
            '+Des barrières plus longues qui couvrent toute la chaussée',
            '+Un feu rouge clignotant à LED visible de loin',
            '+Un détecteur qui signale toute panne en temps réel',
            '-Contenu sponsorisé : Assurance auto, comparez les offres en 2 minutes',
        ],
        [
            "+Le chantier, financé par l'État, la Région et SNCF Réseau, a coûté 410 000 euros.",
            "-Recevez chaque matin notre newsletter locale : je m'inscris",
            '+Une réunion publique sur la sécurité du carrefour voisin est prévue le 15 janvier.',
        ],
        [
            '-Mots-clés : Saint-Brévilloux · SNCF · Sécurité routière',
            "-Plus d'actualités",
            "-Un nouveau boulanger s'installe rue du Moulin",
        ],
        [
            '-4 commentaires',
            "-Jojo_de_la_Gravelle : Enfin ! J'ai attendu vingt minutes devant la barrière bloquée en juillet.",
            '-↳ Nanou29 : Pareil, et le feu ne clignotait même pas.',
            "-Erwan_du_bourg : Et le passage à niveau de la Croix-Verte, c'est pour quand ?",
        ],
        [
            "-© 2026 Presse de l'Oust SAS – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-cleetdiapason-accordage', [
        [
            '-Clé et Diapason',
            "-Carnet d'un pianiste bricoleur",
            '-Accueil · Tutos · Outils · À propos',
        ],
        [
            '-Catégorie : Accordage',
            "+J'ai accordé mon piano droit moi-même",
            '-Publié le 22 novembre 2026 par Théophane',
        ],
        [
            '-Temps de lecture : 8 minutes',
            '-Cet article contient des liens affiliés vers Amazon.',
        ],
        [
            "+Mon piano droit Pleyel n'avait pas vu d'accordeur depuis quatre ans, et le la du milieu sonnait "
            'franchement bas.',
        ],
        [
            "-La clé d'accord posée sur les chevilles, au-dessus du médium.",
            "+Plutôt que d'attendre trois mois un rendez-vous, j'ai acheté une clé, des coins en feutre et une "
            "application d'accordage.",
            "+Mon ancienne professeure m'a prévenu : « Un piano, ça se règle à l'oreille autant qu'au téléphone. »",
        ],
        [
            '-Épinglez cet article sur Pinterest',
        ],
        [
            "+Ce qu'il faut avant de commencer",
            "+Une clé d'accord à tête étoile",
            '+Des coins en feutre pour étouffer les cordes',
            '+Un après-midi calme et beaucoup de patience',
            '-Le médium après deux heures de travail.',
        ],
        [
            "+J'ai commencé par le la 440, puis les octaves du médium, avant de descendre vers les basses.",
            "+Le résultat n'est pas parfait dans les aigus, mais le piano sonne enfin juste pour jouer Satie.",
            '-Je loue ma clé et mes feutres aux lecteurs de la région, 10 € le week-end.',
        ],
        [
            '-Partager : Facebook · Pinterest · E-mail',
            "-Suivez-moi sur YouTube pour les vidéos d'accordage",
            '-Étiquettes : piano, accordage, Pleyel',
        ],
        [
            '-3 commentaires',
            "-Clem_du_Pleyel : Bravo ! Tu as accordé les unissons à l'oreille ou à l'appli ?",
            "-↳ Théophane : À l'oreille, l'appli ne sert que pour le la de départ.",
            "-PianoPapy : Attention aux chevilles qui tournent trop facilement, c'est parfois le sommier.",
            '-↳ Théophane : Merci, les miennes tiennent bien, heureusement.',
        ],
        [
            '-Propulsé par WordPress · Thème Hestia',
        ],
    ]),
    _page('de', 'de-portal-brunnwalden-kapelle', [
        [
            '-Brunnwaldener Rundschau',
            '-Lokales · Sport · Kultur · Traueranzeigen · Immobilien',
            '-Eilmeldung: Ortsdurchfahrt ab Montag gesperrt',
        ],
        [
            '+Friedhofskapelle in Brunnwalden nach zwei Jahren Sanierung wieder geöffnet',
            '-Die restaurierte Kapelle mit neuem Schieferdach und hellem Putz.',
            '-Foto: Eberhard Strunkwede',
        ],
        [
            '-Von Henrike Abendroth-Pfeil',
            '-Veröffentlicht: 03.12.2026, 16:40 Uhr',
            '-Lesezeit: 3 Min.',
        ],
        [
            '+Die Kapelle auf dem alten Friedhof von Brunnwalden ist seit Sonntag wieder für Trauerfeiern geöffnet.',
            '-Werbung',
            '+Feuchtigkeit hatte den Putz der 1892 erbauten Kapelle zerstört, und durch das Dach tropfte es auf '
            'die Bänke.',
        ],
        [
            '-Lesen Sie auch: Neuer Bürgerbus fährt ab Januar auch samstags',
            '+„Wir haben jede Bank einzeln abgeschliffen“, sagt Restaurator Gottlieb Wendhäuser, „die ältesten '
            'stammen noch aus der Bauzeit.“',
        ],
        [
            '+Was saniert wurde',
            '+Das Dach mit neuem Schiefer aus dem Hunsrück',
            '+Die Fenster mit farbigem Glas von 1892',
            '+Die Holzbänke und der Altartisch',
            '-Gesponsert: Grabpflege vom Fachbetrieb – jetzt Angebot anfordern',
        ],
        [
            '+Die Sanierung kostete 380 000 Euro; die Hälfte trug die Denkmalpflege des Landes.',
            '-Unser Newsletter: jeden Morgen das Wichtigste aus der Region',
            '+Am 20. Dezember lädt die Gemeinde zu einem Adventskonzert in die Kapelle ein.',
        ],
        [
            '-Schlagworte: Brunnwalden · Denkmalschutz · Friedhof',
            '-Mehr aus dem Lokalteil',
            '-Feuerwehr rettet Katze aus Kirchturm',
        ],
        [
            '-5 Kommentare',
            '-Ursel_vom_Anger: Endlich! Meine Eltern haben dort 1961 geheiratet.',
            '-↳ Kapellenfreundin: Die Bänke sehen aus wie neu, tolle Arbeit.',
            '-Ortskundiger: Und wann wird der Weg zum Friedhof gepflastert?',
        ],
        [
            '-© 2026 Mittelhessischer Heimatverlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-kreideklopfer-seeigel', [
        [
            '-Kreideklopfer',
            '-Fossilien, Strand und Hammer',
            '-Start · Fundberichte · Ausrüstung · Über mich',
        ],
        [
            '-Kategorie: Fundberichte',
            '+Mein erster Seeigel aus der Kreide von Rügen',
            '-Veröffentlicht am 25. November 2026 von Jorinde',
        ],
        [
            '-Lesezeit: 7 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links.',
        ],
        [
            '+Seit Jahren laufe ich im Herbst den Strand unter den Kreidefelsen ab, aber bisher habe ich nur '
            'Belemniten gefunden.',
        ],
        [
            '-Der Seeigel direkt nach dem Fund, noch voller Kreide.',
            '+Diesmal lag nach einem Sturm ein runder Feuerstein zwischen den Kieseln, der sich als versteinerter '
            'Seeigel entpuppte.',
            '+Ein Ranger am Parkplatz sagte mir: „Nach Stürmen findet man hier oft mehr als im ganzen Sommer.“',
        ],
        [
            '-Merk dir diesen Beitrag auf Pinterest!',
        ],
        [
            '+Was man zum Suchen braucht',
            '+Feste Schuhe und eine Tasche für die Funde',
            '+Eine Lupe für die kleinen Stücke',
            '+Abstand zur Steilküste, denn dort bricht oft Kreide ab',
            '-Meine Funde vom Oktober, auf dem Küchentisch sortiert.',
        ],
        [
            '+Zu Hause habe ich den Seeigel mit einer weichen Zahnbürste und Wasser von der Kreide befreit.',
            '+Jetzt liegt er neben meinen Belemniten im Regal, und ich plane schon die nächste Tour nach dem Winter.',
            '-Doppelte Belemniten tausche oder verkaufe ich über Kleinanzeigen.',
        ],
        [
            '-Teilen: WhatsApp · Pinterest · E-Mail',
            '-Folge mir auf Instagram für neue Funde',
            '-Schlagwörter: Fossilien, Rügen, Seeigel',
        ],
        [
            '-4 Kommentare',
            '-Strandläufer_Kai: Glückwunsch! Ich suche seit drei Jahren nach einem.',
            '-↳ Jorinde: Nicht aufgeben, nach dem Herbststurm lohnt es sich wirklich.',
            '-Muschelmieze: Ist das Sammeln dort eigentlich erlaubt?',
            '-↳ Jorinde: Am Strand ja, an der Steilküste selbst ist Graben verboten.',
        ],
        [
            '-Erstellt mit WordPress · Theme: Kadence',
        ],
    ]),
    _page('it', 'it-portale-borgoserrino-pensilina', [
        [
            '-Il Corriere di Borgoserrino',
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
            "-Ultim'ora: chiusa per lavori la provinciale per Valdipruno",
        ],
        [
            '+Alla fermata di piazza Garibaldi la prima pensilina con il tetto verde',
            '-La nuova pensilina con il tetto di sedum, vista dal lato della piazza.',
            '-Foto di Ilaria Montebruschi',
        ],
        [
            '-Di Corrado Spinelloni',
            '-Pubblicato il 3 dicembre 2026 alle 11:20',
            '-Lettura: 3 minuti',
        ],
        [
            "+Da lunedì chi aspetta l'autobus in piazza Garibaldi lo fa sotto una pensilina con il tetto coperto "
            'di piante.',
            '-Annuncio pubblicitario',
            '+Il Comune ha sostituito la vecchia struttura in lamiera con una in legno e acciaio, progettata da '
            'due architetti del paese.',
        ],
        [
            '-Leggi anche: Riapre la biblioteca comunale dopo i lavori',
            "+«Il tetto trattiene l'acqua piovana e d'estate tiene fresco chi aspetta», spiega l'assessora "
            "all'ambiente Rosanna Cinciarelli.",
        ],
        [
            "+Com'è fatta la pensilina",
            '+Un tetto di sedum, timo e piccole graminacee',
            '+Una panchina in legno di castagno',
            '+Un pannello con gli orari aggiornati in tempo reale',
            '-Contenuto sponsorizzato: Fotovoltaico per la tua casa, preventivo gratuito',
        ],
        [
            "+L'intervento è costato 28.000 euro, in parte coperti da un bando regionale per il verde urbano.",
            '-Iscriviti alla nostra newsletter: le notizie del paese ogni mattina',
            "+Se l'esperimento funzionerà, il Comune vuole rinverdire anche le altre quattro fermate.",
        ],
        [
            '-Tag: Borgoserrino · Ambiente · Trasporti',
            '-Altre notizie di Cronaca',
            '-Furto in un bar del centro, indagano i carabinieri',
        ],
        [
            '-3 commenti',
            "-Gino_del_forno: Bella idea, ma chi la innaffia d'estate?",
            '-↳ Marisa_pensilina: Il sedum non ha bisogno di acqua, resiste benissimo.',
            '-pendolare_74: Finalmente un riparo decente, la vecchia pensilina era un forno.',
        ],
        [
            '-© 2026 Edizioni Valle Serrina srl – P.IVA 03915620478',
        ],
    ]),
    _page('it', 'it-blog-semepaziente-acero', [
        [
            '-Seme Paziente',
            '-Diario di un bonsai coltivato da seme',
            '-Home · Diario · Attrezzi · Contatti',
        ],
        [
            '-Categoria: Dal seme',
            '+Il mio acero giapponese nato da seme compie tre anni',
            '-Pubblicato il 20 novembre 2026 da Ottavio',
        ],
        [
            '-Tempo di lettura: 6 minuti',
            '-In questo articolo ci sono link di affiliazione.',
        ],
        [
            '+Tre anni fa ho seminato venti semi di acero giapponese raccolti nel parco sotto casa.',
        ],
        [
            '-Le piantine al primo anno, in vasetti di yogurt.',
            '+Ne sono germogliati sei, e solo due sono arrivati vivi al terzo inverno.',
            "+Un vecchio socio del club bonsai mi ha detto: «Da seme ci vuole pazienza, ma l'albero è tuo dalla "
            'prima radice.»',
        ],
        [
            '-Salva questo post su Pinterest',
        ],
        [
            "+Cosa ho fatto quest'anno",
            '+Un primo taglio del fittone per allargare le radici',
            '+Una legatura leggera con filo di alluminio',
            '+Il passaggio in un vaso da coltivazione più largo',
            "-L'acero a ottobre, con le foglie già rosse.",
        ],
        [
            '+Il tronco ha ormai lo spessore di una matita, e i rami bassi cominciano a dare forma alla chioma.',
            '+La prossima primavera proverò a spostarlo nel suo primo vero vaso da bonsai.',
            '-Kit di semi e terriccio akadama sono disponibili nel mio negozio online.',
        ],
        [
            '-Condividi: Facebook · WhatsApp · Pinterest',
            '-Seguimi su Instagram per gli aggiornamenti',
            '-Tag: acero, bonsai, semina',
        ],
        [
            '-4 commenti',
            '-Lucio_verde: Che bello! Io ci ho provato con il pino ma non è nato nulla.',
            '-↳ Ottavio: I semi di pino vanno stratificati al freddo per qualche settimana.',
            '-Nonna_Ada: Le foglie rosse sono meravigliose.',
            '-↳ Ottavio: Grazie, in autunno è la parte più bella.',
        ],
        [
            '-Sito realizzato con Altervista',
        ],
    ]),
    _page('pl', 'pl-portal-trzcinogora-pianino', [
        [
            '-Głos Trzcinogóry',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Pilne: awaria wodociągu na osiedlu Słoneczne',
        ],
        [
            '+Na dworcu w Trzcinogórze stanęło pianino dla podróżnych',
            '-Pianino w poczekalni dworca, pomalowane przez uczniów liceum plastycznego.',
            '-Fot. archiwum szkoły muzycznej',
        ],
        [
            '-Autor: Przemysław Koziorożek',
            '-Opublikowano: 3 grudnia 2026, 09:12',
            '-Czytanie zajmie 3 min',
        ],
        [
            '+Od poniedziałku w poczekalni dworca w Trzcinogórze każdy może usiąść do pianina i zagrać.',
            '-Reklama',
            '+Instrument podarowała szkoła muzyczna, która kupiła nowe pianina do sal ćwiczeń.',
        ],
        [
            '-Czytaj także: Nowy rozkład jazdy autobusów od stycznia',
            '+„Pierwszego dnia grał tu nawet konduktor, w przerwie między pociągami” – mówi zawiadowczyni stacji '
            'Halina Wróbelska.',
        ],
        [
            '+Zasady korzystania z pianina',
            '+Gra jest możliwa od 6 do 22',
            '+Po grze należy zamknąć klapę',
            '+Stroiciel sprawdza instrument raz w miesiącu',
            '-Artykuł sponsorowany: Kredyt gotówkowy bez wychodzenia z domu',
        ],
        [
            '+Pianino jest przykręcone do ściany i objęte monitoringiem, ale na razie nikt go nie uszkodził.',
            '-Zapisz się na nasz newsletter i bądź na bieżąco',
            '+Jeśli pomysł się sprawdzi, podobne pianino stanie w holu biblioteki miejskiej.',
        ],
        [
            '-Tagi: Trzcinogóra · kultura · kolej',
            '-Więcej wiadomości',
            '-Kierowca bez prawa jazdy zatrzymany na obwodnicy',
        ],
        [
            '-7 komentarzy',
            '-Ela_z_Dworcowej: Wczoraj ktoś grał Chopina, cała poczekalnia słuchała.',
            '-↳ Tadek_kolejarz: A dziś ktoś grał Wlazł kotek przez godzinę...',
            '-Marian_z_Kolejowej: Piękna inicjatywa, brawo dla szkoły.',
        ],
        [
            '-© 2026 Wydawnictwo Nadtrzcinie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-dratwaiszydlo-portfel', [
        [
            '-Dratwa i Szydło',
            '-Blog o ręcznym szyciu skóry',
            '-Start · Poradniki · Wzory · O mnie',
        ],
        [
            '-Kategoria: Portfele',
            '+Szyję pierwszy portfel ściegiem siodlarskim',
            '-Opublikowano 19 listopada 2026 przez Kajetana',
        ],
        [
            '-Czas czytania: 9 min',
            '-Wpis zawiera linki afiliacyjne.',
        ],
        [
            '+Od roku szyję drobiazgi ze skóry, ale portfel wydawał mi się zbyt trudny na początek.',
        ],
        [
            '-Wykrój portfela rozrysowany na kartonie.',
            '+W końcu kupiłem płat skóry garbowanej roślinnie i postanowiłem uszyć prosty portfel na karty.',
            '+Znajomy rymarz powiedział mi: „Ścieg siodlarski wybacza krzywe cięcie, ale nie wybacza pośpiechu.”',
        ],
        [
            '-Zapisz ten wpis na Pintereście',
        ],
        [
            '+Czego potrzebujesz',
            '+Dwóch igieł i woskowanej nici',
            '+Przecinaka do dziurek o rozstawie 4 mm',
            '+Kawałka skóry o grubości około 1,5 mm',
            '-Gotowy portfel obok pierwszej, nieudanej próby.',
        ],
        [
            '+Krawędzie oszlifowałem papierem ściernym i wypolerowałem wodą z odrobiną wosku.',
            '+Portfel noszę od miesiąca i nić trzyma się bez zarzutu, choć skóra zdążyła już ściemnieć.',
            '-Wykroje portfeli w PDF znajdziesz w moim sklepiku na Etsy.',
        ],
        [
            '-Udostępnij: Facebook · Messenger · Pinterest',
            '-Obserwuj mnie na Instagramie',
            '-Tagi: skóra, portfel, szycie ręczne',
        ],
        [
            '-5 komentarzy',
            '-Gośka_szyje: Jaką skórę polecasz na początek?',
            '-↳ Kajetan: Garbowaną roślinnie, najlepiej 1,2–1,5 mm.',
            '-rymarz_amator: Ładny ścieg, równy jak z maszyny!',
            '-↳ Kajetan: Dziękuję, dopiero trzecia próba tak wyszła.',
        ],
        [
            '-Blog na WordPress.com.',
        ],
    ]),
    _page('ru', 'ru-portal-maloberyozovsk-prozhektory', [
        [
            '-Малоберёзовский вестник',
            '-Новости · Спорт · Культура · Объявления · Афиша',
            '-Срочно: на улице Ленина отключат воду до 18:00',
        ],
        [
            '+Детское футбольное поле в Малоберёзовске получило освещение',
            '-Новые прожекторы над полем стадиона «Юность» вечером.',
            '-Фото: Ирина Сорочкина',
        ],
        [
            '-Автор: Тимофей Лопатоухов',
            '-Опубликовано 3 декабря 2026, 15:47',
            '-Читается за 3 минуты',
        ],
        [
            '+На детском футбольном поле у школы № 2 установили восемь светодиодных прожекторов.',
            '-Реклама',
            '+Теперь юные футболисты могут тренироваться и зимой, когда темнеет уже в четыре часа.',
        ],
        [
            '-Читайте также: В городском парке открыли каток',
            '+«Раньше мы заканчивали тренировку на ощупь, а теперь светло как днём», — говорит тренер Степан '
            'Угловатов.',
        ],
        [
            '+Что изменилось на поле',
            '+Восемь прожекторов на четырёх опорах',
            '+Новое покрытие у ворот',
            '+Табло с временем матча',
            '-Партнёрский материал: Кредит на любые цели под выгодный процент',
        ],
        [
            '+Работы обошлись в 2,4 миллиона рублей, их оплатили из городского бюджета и областной программы.',
            '-Подписывайтесь на наш канал в Telegram',
            '+Первый вечерний турнир на освещённом поле пройдёт в субботу.',
        ],
        [
            '-Теги: спорт · дети · благоустройство',
            '-Ещё новости',
            '-В библиотеке пройдёт вечер настольных игр',
        ],
        [
            '-4 комментария',
            '-Папа_вратаря: Сын теперь домой не приходит до девяти.',
            '-↳ Света_с_трибуны: Зато не в телефоне сидит.',
            '-Болельщик_Юности: А взрослым там играть можно будет?',
        ],
        [
            '-© 2026 ООО «Издательский дом Березняки»',
        ],
    ]),
    _page('ru', 'ru-blog-butylochnayaverf-brig', [
        [
            '-Бутылочная верфь',
            '-Блог о моделях кораблей в бутылках',
            '-Главная · Мастер-классы · Галерея · Обо мне',
        ],
        [
            '-Рубрика: Мастер-классы',
            '+Мой первый бриг в бутылке из-под рома',
            '-Опубликовано 21 ноября 2026, автор: Савелий',
        ],
        [
            '-Время на чтение: 10 минут',
            '-В статье есть партнёрские ссылки.',
        ],
        [
            '+Корабль в бутылке я мечтал собрать с детства, когда увидел такой у деда на серванте.',
        ],
        [
            '-Корпус брига до покраски, рядом с бутылкой.',
            '+Этой осенью я наконец купил бутылку с широким горлом и начал с простого двухмачтового брига.',
            '+Знакомый моделист предупредил меня: «Мачты должны складываться, иначе корабль в бутылку не пройдёт».',
        ],
        [
            '-Сохраните этот пост в Pinterest',
        ],
        [
            '+Что понадобится',
            '+Бутылка с прозрачным стеклом и широким горлом',
            '+Липовые бруски и тонкая нить для такелажа',
            '+Длинный пинцет и проволочный крючок',
            '-Бриг внутри бутылки, мачты уже подняты.',
        ],
        [
            '+Самым трудным оказалось поднять мачты за нитки, не зацепив пластилиновое море.',
            '+Бриг стоит теперь на полке, а я уже выбираю бутылку для следующей модели — шхуны.',
            '-Готовые модели на заказ продаю через Ярмарку Мастеров.',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Подписывайтесь на мой канал в Дзене',
            '-Метки: корабли, бутылка, моделизм',
        ],
        [
            '-3 комментария',
            '-Моделист_Петрович: Отличная работа! Море из пластилина или из смолы?',
            '-↳ Савелий: Из пластилина, смола для первой модели показалась рискованной.',
            '-Катя_с_Волги: Сколько времени ушло на такелаж?',
            '-↳ Савелий: Почти две недели по вечерам.',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    'Hier steht ein Instagram-Beitrag, der wegen Ihrer Datenschutzeinstellungen nicht geladen wurde.':
        "a German Instagram placeholder ('Hier steht ein Instagram-Beitrag, der wegen Ihrer "
        "Datenschutzeinstellungen nicht geladen wurde.') is left in the body",
    'Nie udało się załadować odtwarzacza Player.pl. Spróbuj w innej przeglądarce.':
        "a Polish Player.pl player placeholder ('Nie udało się załadować odtwarzacza Player.pl. Spróbuj w innej "
        "przeglądarce.') is left in the body",
    'Видео с Rutube доступно только после входа в аккаунт.':
        "a Russian Rutube video placeholder ('Видео с Rutube доступно только после входа в аккаунт.') is left in "
        'the body',
    'From our rural affairs correspondent, Hesketh Brindlecrost':
        "an English from-our-correspondent byline ('From our rural affairs correspondent, Hesketh Brindlecrost') "
        'is left at the head',
    'Текст и фото — Евлампия Сухопрядова':
        "a Russian text-and-photos byline ('Текст и фото — Евлампия Сухопрядова') is left at the head",
    'Hand-dipped tapers from my workshop are for sale on Not On The High Street.':
        "an English Not On The High Street tapers plug ('Hand-dipped tapers from my workshop are for sale on Not "
        "On The High Street.') is left at the foot",
    'Modele statków w butelkach robię na zamówienie – wyceny na Allegro Lokalnie.':
        "a Polish made-to-order ships-in-bottles plug ('Modele statków w butelkach robię na zamówienie – wyceny "
        "na Allegro Lokalnie.') is left at the foot",
    'This comment has been hidden because it was reported by several readers.':
        "an English hidden-comment placeholder ('This comment has been hidden because it was reported by several "
        "readers.') is left at the foot",
    'Materiał archiwalny – tekst ukazał się po raz pierwszy w 2019 roku.':
        "a Polish archive-material notice ('Materiał archiwalny – tekst ukazał się po raz pierwszy w 2019 roku.') "
        'is left in the body',
    "Le foto di questo articolo sono state fornite dall'ufficio stampa del Comune.":
        "an Italian photos-supplied-by-the-press-office notice ('Le foto di questo articolo sono state fornite "
        "dall'ufficio stampa del Comune.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-sheppingdown-thatch':
        "the English portal's thatch story keeps the lead photo's caption ('The hall's "
        "roof half-finished, with bundles of water reed stacked on the scaffold.') right under the title (1 of 20 "
        'noise lines); no article line is lost',
    'en-blog-combloft-pillars':
        "the candle blog's pillar post keeps the photo caption ('Cappings wax after its second filtering, cooling "
        "in a loaf tin.') at the top of the second paragraph's block, the photo caption ('My three first pillars, "
        "the middle one with a sunken top.') at the end of the list block and the tealights plug ('Beeswax "
        "tealights from my own hives are in the shop – ten for £12.') after the two last paragraphs (3 of 20 "
        'noise lines); no article line is lost',
    'fr-portail-saintbrevilloux-passage':
        "the French portal's level-crossing story keeps the lead photo's caption ('Les "
        "nouvelles demi-barrières, posées dans la nuit de mardi à mercredi.') right under the title (1 of 20 "
        'noise lines); no article line is lost',
    'fr-blog-cleetdiapason-accordage':
        "the piano-tuning blog's post keeps the photo caption ('La clé d'accord posée sur les chevilles, "
        "au-dessus du médium.') at the top of the second paragraph's block, the photo caption ('Le médium après "
        "deux heures de travail.') at the end of the list block and the rental plug ('Je loue ma clé et mes "
        "feutres aux lecteurs de la région, 10 € le week-end.') after the two last paragraphs (3 of 20 noise "
        'lines); no article line is lost',
    'de-portal-brunnwalden-kapelle':
        "the German portal's chapel story keeps the lead photo's caption ('Die restaurierte Kapelle mit neuem "
        "Schieferdach und hellem Putz.') right under the title (1 of 20 noise lines); no article line is lost",
    'de-blog-kreideklopfer-seeigel':
        "the fossil blog's sea-urchin post keeps the photo caption ('Der Seeigel direkt nach dem Fund, noch "
        "voller Kreide.') at the top of the second paragraph's block, and the photo caption ('Meine Funde vom "
        "Oktober, auf dem Küchentisch sortiert.') at the end of the list block (2 of 20 noise lines); no article "
        'line is lost',
    'it-portale-borgoserrino-pensilina':
        "the Italian portal's bus-shelter story keeps the lead photo's caption ('La nuova "
        "pensilina con il tetto di sedum, vista dal lato della piazza.') right under the title (1 of 20 noise "
        'lines); no article line is lost',
    'it-blog-semepaziente-acero':
        "the bonsai blog's maple post keeps the photo caption ('Le piantine al primo anno, in vasetti di "
        "yogurt.') at the top of the second paragraph's block and the photo caption ('L'acero a ottobre, con le "
        "foglie già rosse.') at the end of the list block (2 of 20 noise lines); no article line is lost",
    'pl-portal-trzcinogora-pianino':
        "the Polish portal's station-piano story keeps the lead photo's caption ('Pianino w poczekalni dworca, "
        "pomalowane przez uczniów liceum plastycznego.') and its credit ('Fot. archiwum szkoły muzycznej') right "
        'under the title (2 of 20 noise lines); no article line is lost',
    'pl-blog-dratwaiszydlo-portfel':
        "the leather blog's wallet post keeps the photo caption ('Wykrój portfela rozrysowany na kartonie.') at "
        "the top of the second paragraph's block, the photo caption ('Gotowy portfel obok pierwszej, nieudanej "
        "próby.') at the end of the list block and the Etsy patterns plug ('Wykroje portfeli w PDF znajdziesz w "
        "moim sklepiku na Etsy.') after the two last paragraphs (3 of 20 noise lines); no article line is lost",
    'ru-portal-maloberyozovsk-prozhektory':
        "the Russian portal's floodlights story keeps the lead photo's caption ('Новые прожекторы над полем "
        "стадиона «Юность» вечером.') right under the title (1 of 20 noise lines); no article line is lost",
    'ru-blog-butylochnayaverf-brig':
        "the ship-in-a-bottle blog's brig post keeps the photo caption ('Корпус брига до покраски, рядом с "
        "бутылкой.') at the top of the second paragraph's block, and the photo caption ('Бриг внутри бутылки, мачты "
        "уже подняты.') at the end of the list block (2 of 20 noise lines); no article line is lost",
}


test_held_out_156_line, test_held_out_156_line_is_kept, test_held_out_156_page = held_out_tests(
    HELD_OUT_156_LINES, HELD_OUT_156_KEEP, HELD_OUT_156_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
