"""Held-out set 175: written blind, weighted toward the noise the cleaner exists for, in shapes set 174's docstring does
not name (nor the first paragraphs of sets 171, 172 and 173): scraper, embed and ad markers (an English Mixcloud widget
whose show its uploader removed "Mixcloud widget unavailable: this show has been removed by its uploader.", an English
private Padlet board with an ask-for-access hint "This Padlet board is private. Ask its owner for access to view it
here.", an English Bluesky post stuck loading, perhaps deleted "Loading Bluesky post… If nothing appears, the post may
have been deleted.", a French Ausha podcast player that could not load the episode "Le lecteur Ausha n'a pas pu charger
cet épisode du podcast.", a German Mastodon post whose instance cannot be reached "Mastodon-Beitrag kann nicht angezeigt
werden – die Instanz ist nicht erreichbar.", an Italian OpenStreetMap map that needs third-party cookies "Mappa
OpenStreetMap non disponibile: attiva i cookie di terze parti per visualizzarla.", a Polish YouTube video whose owner
disabled playback on other sites "Wideo z YouTube'a: właściciel wyłączył możliwość odtwarzania na innych stronach." and
a Russian Yandex map over its API request limit "Карта Яндекса недоступна: превышен лимит запросов к API.");
reading-time headers in new wordings (the English stopwatch line "⏱ 4 mins to read", a blog's fair-warning long-one line
with its footnotes "Fair warning, this is a long one – about fifteen minutes if you read every footnote.", the French
reading-duration line "Durée de lecture : 4 min", the German you-need-about line "Zum Lesen brauchen Sie etwa 4
Minuten.", the Italian estimated-reading-time line "Tempo stimato di lettura: 4 minuti", the Polish you-will-read-it-in
line "Przeczytasz w 4 minuty" and the Russian reading-time line with a dash "Время чтения — 4 минуты"); bylines and
self-promotion (an English Local Democracy Reporting Service byline "Rosalind Quillerby | Local Democracy Reporting
Service", a French by-with-AFP byline "Par Églantine Mourvadec, avec AFP", a German from-our-contributor byline "Von
unserer Mitarbeiterin Hiltrud Schwalbenhagen" and a Polish compiled-by byline "Opracowanie: Jadwiga Skowronkiewicz", all
at the head, and at the foot an English Folksy wooden-pens plug with free postage "Hand-turned wooden pens from my lathe
are for sale on Folksy; postage is free in the UK.", an English Redbubble linocut-prints plug "Prints of my seabird
linocuts are available on Redbubble as cards and mugs.", an Italian Subito.it postcards plug with hand delivery "Le mie
cartoline dipinte a mano sono in vendita su Subito.it, consegna a mano a Bergamo." and a Russian Wildberries
mini-room-kits plug with delivery across Russia "Готовые наборы для сборки мини-комнат продаю на Wildberries, доставка
по всей России."); blog and site footers (an English Squarespace credit with cookie-settings and back-to-top links "Site
built with Squarespace · Cookie settings · Back to top", an English Independent Community News Network membership row
with ethics and corrections links "Member of the Independent Community News Network · Ethics policy · Corrections", an
English Netlify-and-Eleventy credit with an RSS link "Hosted on Netlify · Built with Eleventy · RSS feed", a French
hosting-provider line with OVHcloud's address "Hébergeur : OVHcloud, 2 rue Kellermann, 59100 Roubaix", a German Jimdo
credit with cookie-policy and log-in links "Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden", an Italian
court-registration row with the editor in charge "Registrazione Tribunale di Cuneo n. 7/2019 · Direttore responsabile:
Ilaria Sguazzetti", a Polish home.pl hosting row with terms and cookie-policy links "Hosting zapewnia home.pl ·
Regulamin serwisu · Polityka cookies" and a Russian mass-media registration-certificate line "Свидетельство о
регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором"); reader-comment furniture (an English subscribers-only
conversation note "Only subscribers can join the conversation on this article.", an English character-limit note
"Comments are limited to 1,000 characters.", an English have-your-say prompt with a first-name notice "What do you
think? Have your say below – your first name will be shown with your comment.", a French report-reply-like row "Signaler
un contenu abusif · Répondre · J'aime", a German write-a-reply, report-post and hide-two-replies row "Antwort schreiben
· Beitrag melden · 2 Antworten ausblenden", an Italian report-this-comment-to-the-newsroom link "Segnala questo commento
alla redazione", a Polish commenting-rules and report-a-breach row "Regulamin komentowania · Zgłoś naruszenie" and a
Russian reply, complain and vote-count row "Ответить · Пожаловаться · ▲ 12 ▼ 3"); share rows (an English spread-the-word
row with Bluesky, LinkedIn and Email "Spread the word: Bluesky · LinkedIn · Email", a French send-by-e-mail row with
LinkedIn and copy link "Envoyer par e-mail · Partager sur LinkedIn · Copier le lien" and a Russian send-to-friends row
with WhatsApp, Telegram and copy link "Отправить друзьям: WhatsApp · Telegram · Скопировать ссылку"); and notices (a
German transparency note that the author belongs to the society reported on "Transparenzhinweis: Der Autor ist Mitglied
des Fördervereins, über den hier berichtet wird." and an Italian timed update note "Aggiornamento delle 18:40: aggiunta
la dichiarazione del sindaco.", both in the body, and a Polish made-in-cooperation-with-the-commune-office note "Artykuł
powstał we współpracy z Urzędem Gminy." at the foot); and toward whole scraped news and hobby-blog pages in layouts set
174's docstring does not describe (on the six portal pages, in nine blocks, a sign-in-and-subscribe row and the masthead
in one block of two at the very top, the sign-in row first; the breadcrumb, an ad label and a sponsored headline in one
block of three under it, before the title; the title at the top of its block with an updated-at line, the byline and the
reading time after it (a block of four); a share row at the top of the first paragraph's block, right before the first
and second paragraphs; the paragraph with the quote at the top of its block with the photo caption and its credit after
it; the subheading and the three rows with a follow-us prompt between the subheading and the first row; the two last
paragraphs in one block with a read-more link and a newsletter prompt between them; at the foot two blocks, four lines
of a comment thread (a comment count, a comment, another reader's arrowed reply and a third reader's comment left
unanswered) and then a links row and the publisher's copyright line; on the six blog pages, in ten blocks, the menu and
the blog name in one block of two, the menu first; the title and the reading time in one block of two; the
posted-on-date-by-author line at the top of the first paragraph's block, right before the first paragraph; the second
paragraph at the top of a block of four with a table of contents (its heading and two numbered entries) after it; a
photo caption and a save-to-Pinterest prompt at the top of the quote paragraph's block, right before the quote; the
subheading and the three rows with an affiliate disclosure and an affiliate link after the third row; the two last
paragraphs in one block with a bare ad label between them; a share row and a plug for the author's lessons, workshops or
services alone in a block of two; at the foot three blocks, five lines of a thread (a replies count, a comment, the
author's arrowed reply, a second comment and an arrowed reply to it) and then the author's copyright line with a
platform or theme credit alone in the last block), taken from local news of fresh kinds (a village's bridleway reopened,
a town's tennis courts resurfaced, a park's pump track opened, a village's post box repainted gold, a hospital's helipad
approved, a church's stained glass window repaired) and from blogs about learning the tin whistle, walking on stilts,
weaving a small tapestry, restoring a wind-up gramophone, making paper by hand and building a doll's house.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 174 but what is named here), held-out set 176 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (see Slips and notes (2)
for one listing). Read were: the docstring of held-out set 174 up to its paragraph "Measured after round 117", its
imports and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node),
and the first paragraphs of the docstrings of sets 171, 172 and 173, printed with one ast script
(/tmp/s175scratch/show.py, reading the files of /tmp/wt-set175/tests, the set's worktree at the brief's commit);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-set175); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s175scratch/helpers.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 174's as
printed, with 174 -> 175; /tmp/s175scratch/gen175.py writes this file from scratch files (data175.py with the noise and
keep lines, pages175.py with the pages, doc1.txt with the first paragraph, doc2.txt with the next four and, after the
measurement, doc3.txt with the Baseline paragraph and tables175.py with the xfail tables). Nothing else was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s175, detached at
commit a146c7942662f40499166f167931ef54df94f0ec, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 09:00:54 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
a146c7942662f40499166f167931ef54df94f0ec (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) Slip: in the set-up shell call I ran ``ls
/tmp/wt-set175/tests/test_clean_held_out_17*.py`` to see that set 174 was in the worktree; it listed eight file names of
the tests/ folder (the held-out sets 17 and 170 to 174) and nothing else; no file was opened through it. (3) show.py
found set 174's ``_LINE_XFAIL`` as the module-level assignment node (not by a string search), so its output held only
the allowed parts; its first run printed to the terminal, which the tool cut in the middle (it hid the end of set 174's
Slips and notes to the start of set 172's first paragraph); the second run went to /tmp/s175scratch/allowed.out, of
which I paged lines 125 to 475 with ``sed`` (the rest of the same allowed output). The tail's page reasons speak of
sign-offs and plugs that "went after round 117"; nothing else of that round was read. (4) To compare my wordings with
the named ones I grepped allowed.out case-insensitively for the services, platforms, hosts and key words of my lines
(Mixcloud, Padlet, Bluesky, Ausha, Mastodon, OpenStreetMap, YouTube, Yandex, Яндекс, "mins to read", "Fair warning",
"Durée de lecture", "Zum Lesen", "Tempo stimato", Przeczytasz, "Время чтения", "Local Democracy", AFP, Mitarbeiter,
Opracowanie, Folksy, Redbubble, Subito, Wildberries, Squarespace, "Community News", Netlify, Eleventy, OVH, Hébergeur,
Jimdo, Tribunale, home.pl, Роскомнадзор, Свидетельство, "Only subscribers", "limited to", "Have your say", Signaler,
"Antwort schreiben", Segnala, "Regulamin komentowania", Пожаловаться, "Spread the word", "Envoyer par", "Отправить
друзьям", Transparenzhinweis, Aggiornamento, współpracy, LinkedIn, "Back to top", Ethics, "Cookie settings"): Bluesky
and Mastodon occur only as targets of set 172's and set 171's share rows and LinkedIn only in set 173's
forward-this-story row; the other words do not occur. Near misses, noted rather than hidden: my Bluesky line is an embed
that did not load, not a share target, though my English share row does name Bluesky and LinkedIn, which earlier share
rows named (its verb "Spread the word" is not named); the Polish YouTube line is an embed the owner blocked, of the kind
of the earlier lines on private or restricted embeds, and the Italian OpenStreetMap line's cookie consent is of the kind
of set 172's content-blocker line; the reading times are new phrasings, but "Durée de lecture : 4 min" and "Время чтения
— 4 минуты" are plain label-and-minutes lines like the named "Lecture : 5 min" and "Ungefähre Lesezeit: 5 Minuten", and
the English blog's fair-warning line is a blog's long-read line like the named grab-a-cup-of-tea and
this-post-will-take-you lines; the plugs sell on platforms not named (Folksy, Redbubble, Subito.it, Wildberries), though
the English Folksy and Italian Subito.it ones carry postage and hand delivery like named plugs; of the footers the
Polish home.pl row is a hosting row like the named Aruba and Krystal rows, the Italian court-registration row is a legal
line like the named ROC row and the Russian registration certificate is a legal line like the named age-rating line; of
the comment lines the English subscribers-only note is of the kind of the named log-in prompts, and the French, German,
Polish and Russian rows of reply and report links are comment furniture not named in these words. On the pages the noise
is of common kinds (sign-in rows, mastheads, breadcrumbs, ad labels, sponsored headlines, updated-at lines, bylines,
reading times, share rows, captions and credits, follow prompts, read-more links, newsletter prompts, comment counts and
threads, links rows, copyright lines, menus, blog names, posted-on lines, tables of contents, save-to-Pinterest prompts,
affiliate disclosures and links, bare ad labels, plugs and platform credits), since the brief asks for new layouts
there; some positions echo earlier layouts (the portals' title at the top of its block with a byline and reading time
after it, as on set 171's portals; the portals' ad label and sponsored headline as a pair before the title, as on set
173's portals, here in the breadcrumb's block; the blogs' table of contents of a heading and two entries, as on sets 172
and 173, here after the second paragraph in its block; the blogs' affiliate link after the third row, as on set 173's
blogs, here with the disclosure; the caption and credit after the quote paragraph echo set 172's blogs' caption after
the quote), while what is new is the rest (on the portals the sign-in row above the masthead in a block of two, the
breadcrumb with the ad pair, a share row at the top of the first paragraphs' block, a follow prompt between the
subheading and the first row, a read-more link and a newsletter prompt between the last paragraphs, a thread of four; on
the blogs the menu above the blog name, the reading time alone under the title, the posted-on line right before the
first paragraph, a caption and a Pinterest prompt right before the quote, a bare ad label between the last paragraphs, a
share row and plug in a block of two and the copyright-and-credit line alone in the last block). (5) Before the
measurement /tmp/s175scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any
other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the
lines; its first run found two, both inside my first German comment row "Antworten · Melden · 4 Antworten anzeigen": the
German portal's ad label "Anzeige" (in "anzeigen") and the German blog's replies count "4 Antworten"; the row became
"Antwort schreiben · Beitrag melden · 2 Antworten ausblenden", and the second run found nothing. While writing I had
already kept the mastheads and blog names out of the credits, prompts and copyright lines, the bylines out of the photo
credits (the Italian credit is "Foto: Benedetta Scorzalupi", not "Foto di ...", which would hold the byline "di
Benedetta Scorzalupi"), the German masthead free of "Anzeiger" (it would hold the ad label) and the German blog's ad
label "Werbung" out of the German keep lines. check.py also counted the data (45 noise lines: category, language and
place as in Contents; 20 keep lines by language and place; 12 pages, the portals of nine blocks and the blogs of ten,
with 10 "+" and 20 "-" lines each). /tmp/s175scratch/marks.out printed all 360 page lines with their block numbers and
marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-"
on everything else; no mark was swapped. gen175.py reports lines over 120 characters and at-signs in the written file,
checks that every held-out noise line is quoted in the docstring and checks, by parsing the file with ``ast`` (without
importing it), that the file's lists, pages and tables equal the scratch ones. (6) Invented names were checked with the
exact-string search over public GitHub files: Wrandlesby, Thrushbeck, Edwin Harrowgate, Pellfrayne, Six Holes and a
Fipple, Vorlannec, Brasquedec, Garoussel, Lagoustère, Perché sur mes échasses, Kranichhövel, Quästorf, Krötzenbrink,
Webrahmen am Fenster, Fadenbeck, Roccavallina, Scorzalupi, Struzzolini, Grammofono della Nonna, Pezzavecchia,
Jaskółczyn, Przybędzka, Przepiórczak, Papier z Czerpaka, Szeleścińska, Колокольск, Ладанкина, Пафнутий Свечников, Домик
на антресоли, Антресольцева, Quillerby, Mourvadec, Schwalbenhagen, Skowronkiewicz, Sguazzetti and the commenters'
handles Saddle_Sore_Sal, Bridlepath_Bob, Granary_Gwen, Fergal_Reel, Tansy_Whistler, Revers_Lifté, Amortie_Gagnante,
Mamie_Lob, Nadège_du_Moulin, Pierrot_Jongleur, Radler_aus_dem_Tal, Parkbank_Paul, Gießkannen_Gerda, Wollmaus_Hanne,
Spindel_Sepp, Nonno_Tullio, Ciclista_Lella, Postina_Pina, Vinile_Vittorio, Nunziatina_del_Borgo, Sąsiad_ze_Szpitalnej,
Ratownik_Marek, Emerytka_Zosia, Kasia_z_Pracowni, Papierowy_Tomek, Прихожанка_Нина, Старожил_Колокольска, Сосед_Виктор,
Мама_Лизы and Столяр_Пётр had no hits. Dropped: Oxhallow (an invented town in a list of a game; the village became
Wrandlesby), Mapplewhite (inside identifiers such as itemapplewhiteconcrete; the blogger became Cressida Pellfrayne),
Aubrelin (inside the invented place Maubrelin and identifiers; the town became Saint-Vorlannec), Wimmersberg (inside the
real surname Wimmersberger; the mayor became Adelheid Krötzenbrink), Kuropatwiński (a real surname; the director became
Zenon Przepiórczak), Ладанова (a real surname; the reporter became Ефросинья Ладанкина), and the handles Raquette_Rouge,
Balle_de_Match, Oma_Gerda and Zia_Ada (identifiers or name lists in files; replaced by Revers_Lifté, Amortie_Gagnante,
Gießkannen_Gerda and Nunziatina_del_Borgo). First names alone (Marigold, Cressida, Solène, Firmin, Wendelin, Irmtraud,
Benedetta, Ottorino, Halina, Agata, Ефросинья, Варвара, Rosalind, Églantine, Hiltrud, Jadwiga, Ilaria and the like), the
derived forms of checked names (The Wrandlesby & District Echo, L'Écho de Vorlannec, Éditions du Vorlannec,
Kranichhöveler Bote, La Voce di Roccavallina, Edizioni Roccavalline, Kurier Jaskółczyński, Колокольский вестник),
generic company names (Bote Verlag GmbH, Wydawnictwo Kurier), ordinary place words (Mill Farm, Church Lane, rue des
Tilleuls, via Roma, stade Jean-Moulin), real places (Roubaix, Cuneo, Bergamo, Torino, Kraków, Владимир), real people
(Caruso) and real brands, services, platforms, hosts, bodies and tunes (the embed services, Folksy, Redbubble,
Subito.it, Wildberries, Squarespace, the Independent Community News Network, Netlify, Eleventy, OVHcloud, Jimdo,
home.pl, Роскомнадзор, AFP, Generation, Feadóg, O'Neill's, The Kesh Jig, Amazon, Allegro, Ozon, Pinterest, Zoom,
WordPress, Astra, Google News, Lotnicze Pogotowie Ratunkowe) were not checked. (7) ``date`` printed 09:01:04 UTC after
the allowed parts were printed, 09:04:06 before the name checks, 09:04:41 after them, 09:05:37 when the lines and pages
were first checked, 09:06:09 when gen175.py first wrote the file, 09:07:00 at the measurement, 09:07:20 after the
problems were printed and 09:07:49 when the tables were first checked. (8) The measurement was run once, in one shell
call with the brief's two commands (pytest output to /tmp/s175scratch/measure.out, report to
/tmp/s175scratch/report.out); then /tmp/s175scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s175/tests with /tmp/wt-s175/src on the path) to /tmp/s175scratch/problems.out: nine
noise lines kept, no keep line lost and eleven pages with problems (32 page noise lines left, all of them kept in the
text, and five article lines lost or out of order on two pages), as in the Baseline paragraph. The reasons of the three
tables (tables175.py) were written from that output, and /tmp/s175scratch/checktables.py (which calls ``_problems``
again on the same copy, with the same result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and
each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``,
that every page noise line the output names is quoted in its page's reason and no other noise line of the page is, that
every lost article line is quoted, and that each reason's count and its no-article-line-lost clause match; its first run
failed because two reasons quoted ad labels that went ('Promoted' and 'Sponsorizzato'), which were then described
without a quote, and its second run passed. Nothing else was changed: gen175.py wrote the final file from the same data
files, checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s175.

Judgement calls: the keep lines "Commenting on the verdict, the judge said the delay had been unacceptable.", "Shared
ownership homes on the old depot site will go on sale in June.", "Followers of the village football club packed the hall
for the funeral of its founder.", "Subscribers to the village broadband scheme will see their bills fall in April.",
"Copyright in the mural passes to the town once the artist's estate is settled.", "Advertised as a three-week job, the
repair of the sea wall took five months.", "Reading the names aloud took the mayor almost an hour at the memorial
service.", "Partager les frais du minibus a permis à douze familles d'envoyer leurs enfants en colonie.", "Abonnés au
club depuis trente ans, deux retraités ont reçu la médaille de la ville.", "Commentaires et questions du public ont
prolongé la réunion jusqu'à minuit.", "Geteilt wird der neue Platz künftig vom Tennisverein und der Grundschule.",
"Geworben wurde für das Fest mit selbst gemalten Plakaten der Kinder.", "Lesen und Schreiben lernen im Dorf jetzt auch
zwölf Erwachsene in einem Abendkurs.", "Seguito da un centinaio di persone, il corteo ha attraversato il centro fino
alla chiesa.", "Condivisa da tre comuni, la nuova ambulanza sarà in servizio dal primo marzo.", "Iscriversi al corso di
nuoto costerà venti euro in meno per i residenti.", "Obserwujący budowę mieszkańcy jako pierwsi zauważyli pęknięcie w
moście.", "Komentując decyzję, burmistrz przyznał, że lądowisko powinno powstać lata temu.", "Подписчики районной газеты
собрали деньги на ремонт сельского клуба." and "Комментируя решение суда, глава поселения пообещал обжаловать его." are
article sentences: each reports what a judge, a housing scheme, football supporters, broadband customers, a town, a
sea-wall repair, a mayor, families, two pensioners, the public at a meeting, a tennis club and a school, children, adult
learners, a procession, three communes, swimmers, residents watching a bridge, a mayor, a newspaper's subscribers or a
village head did, said or will do, with the noise-like word as an ordinary verb, noun or participle of the sentence
("Commenting on the verdict" is a judge speaking, not comment furniture; "Shared ownership" is a kind of housing, not a
share row; "Followers" are a club's supporters, not a follow prompt; "Subscribers to the village broadband scheme" are
customers, not a newsletter; "Copyright in the mural" and "Advertised as a three-week job" are the story's subject, not
a copyright footer or an ad label; "Reading the names aloud" is a memorial service, not a reading time; the French
"Partager", "Abonnés" and "Commentaires", the German "Geteilt", "Geworben" and "Lesen", the Italian "Seguito",
"Condivisa" and "Iscriversi", the Polish "Obserwujący" and "Komentując" and the Russian "Подписчики" and "Комментируя"
are families sharing a minibus, club members, the public's questions, a pitch shared by a club and a school, children
advertising a fete, adults learning to read, people following a procession, an ambulance shared by communes, signing up
for swimming lessons, residents watching a bridge being built, a mayor commenting on a decision, a newspaper's
subscribers raising money and a village head commenting on a ruling; none of them is comment, share, follow, subscribe,
ad, reading-time or copyright furniture). Categories: the Mixcloud, Padlet, Bluesky, Ausha, Mastodon, OpenStreetMap,
YouTube and Yandex map lines are markers (each stands where an embed of the page did not come through; the private
board, the unreachable instance, the cookie consent, the owner's block and the API limit are the embed's failure, not
notices about the article); the stopwatch line, the fair-warning line (its footnotes belong to the same header) and the
French, German, Italian, Polish and Russian lines are reading times; the Local Democracy Reporting Service, avec-AFP,
Mitarbeiterin and Opracowanie lines are bylines at the head, and the Folksy, Redbubble, Subito.it and Wildberries lines
are bylines (self-promotion) at the foot (the postage and delivery belong to the plug); the Squarespace, Independent
Community News Network, Netlify-and-Eleventy, OVHcloud hosting, Jimdo, Tribunale registration, home.pl and Roskomnadzor
certificate lines are footers (the network membership row's ethics and corrections links are a publisher's standing
links, not notices on the article; the French hosting line and the Italian and Russian registration lines are the legal
lines such sites must show); the subscribers-only note, the character-limit note, the have-your-say prompt, the French,
German, Polish and Russian rows of comment actions and the Italian report link are comment furniture (the have-your-say
prompt asks for a comment, not a share or a subscription; "Only subscribers" speaks of who may comment, not a subscribe
prompt); the English, French and Russian rows are share rows ("Spread the word", "Envoyer par e-mail" and "Отправить
друзьям" send the story on, as share rows do); the German transparency note and the Italian timed update note are
notices in the body (both speak of the article they sit in), and the Polish cooperation note is a notice at the foot (it
says how the article came about, neither a footer's legal line nor a sponsored label). On every page the title, the
three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else is noise. The list rows (what riders need to know, what helped the whistle
player, what changes for tennis players, the stilt walker's three rules, the pump track's rules, what the weaver
learned, what changes at the post box, what the gramophone restorer learned, what changes at the hospital, what the
papermaker learned, what is known of the window's repair and what the doll's-house builder learned) are short but part
of each article, so article; the sponsored headlines under the ad labels are ads, so noise; the captions describe
photos, so noise, though they speak of the story's subject; the tables of contents list the post's own sections but are
navigation, so noise; the affiliate lines name the tool or material the author used but are shop links, so noise; the
blogs' plugs in their block with the share row ("I teach beginner whistle over Zoom; details on my Lessons page." and
the like) speak in the author's voice but sell, so noise; the portals' follow prompt sits between the subheading and the
first row of the list and is noise, while the rows around it are article; the blogs' bare ad label between the last
paragraphs is noise, and the two paragraphs around it are article; the replies by the blogs' authors in the threads ("↳
Cressida: Thanks, it took me ages to get it!" and the like) are in the author's voice but are comments, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines: English, French, German and Polish), body 10 (the eight markers and the German and
Italian notices), tail 24 (four plugs: two English, an Italian and a Russian one, eight footers, eight comment lines,
three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12
pages with 240 noise lines and 120 article lines: en-portal-wrandlesby-bridleway (a village's bridleway along a brook
reopened after a collapsed embankment was repaired), en-blog-sixholes-tin-whistle (three months of learning the tin
whistle, from squeals to a whole jig at the session), fr-portail-vorlannec-courts-tennis (a town's two municipal tennis
courts resurfaced in blue acrylic resin after frost damage), fr-blog-perche-echasses (learning to walk on wooden stilts
at forty after a carnival troupe), de-portal-kranichhoevel-pumptrack (an asphalt pump track opened in a town park on an
old mini-golf course), de-blog-webrahmen-wandteppich (weaving a first small landscape tapestry on a beech frame),
it-portale-roccavallina-buca-lettere (a village's post box repainted gold for a rowing champion from the village),
it-blog-grammofonodellanonna-grammofono (a grandfather's wind-up gramophone restored with a new mainspring),
pl-portal-jaskolczyn-ladowisko (a county hospital's rooftop helipad approved by the county council),
pl-blog-papierzczerpaka-papier (making paper by hand from waste paper and marigold petals in a bathroom),
ru-portal-kolokolsk-vitrazh (a church's stained glass window over the altar repaired after a storm) and
ru-blog-domiknaantresoli-kukolnyi-dom (a three-storey plywood doll's house built for a daughter's sixth birthday), each
with a reader comment thread.

Baseline (2026-12-06, cleaner at commit a146c7942662f40499166f167931ef54df94f0ec, measured with ``cd /tmp/wt-s175 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s175/src python -m pytest -q tests/test_clean_held_out_175.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s175 && PYTHONPATH=/tmp/wt-s175/src python
scripts/clean_held_out_report.py --sets 175``, with the xfail tables empty, at 09:07:00 UTC by ``date``): noise lines
removed 36/45 (marker 5/8, reading-time 6/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the French Ausha, German Mastodon
and Polish YouTube placeholders), one reading time at the head (the English blog's fair-warning line), two bylines at
the foot (the English Folksy and Italian Subito.it plugs), two comment lines at the foot (the English character-limit
note and have-your-say prompt) and one notice in the body (the German Transparenzhinweis); the English Mixcloud, Padlet
and Bluesky, Italian OpenStreetMap and Russian Yandex markers, the other six reading times, all four head bylines, the
Redbubble and Wildberries plugs, all eight footers, the other six comment lines, every share row, the Italian update
note and the Polish cooperation note went); keep lines kept 20/20; pages 1/12 clean (de-portal-kranichhoevel-pumptrack),
32 of 240 page noise lines left and 5 of 120 article lines lost. Left on the pages: en-portal-wrandlesby-bridleway 3
(the masthead, the sponsored headline before the title and the follow prompt inside the list block),
en-blog-sixholes-tin-whistle 7 (the menu and blog name, the three lines of the table of contents, the photo caption and
the affiliate link), fr-portail-vorlannec-courts-tennis 1 (the newsletter prompt between the last paragraphs),
fr-blog-perche-echasses 4 (the menu and blog name, the photo caption and the affiliate link),
de-blog-webrahmen-wandteppich 5 (the table of contents, the photo caption and the affiliate link),
it-portale-roccavallina-buca-lettere 1 (the sponsored headline), it-blog-grammofonodellanonna-grammofono 4 (the table of
contents and the photo caption), pl-blog-papierzczerpaka-papier 2 (the photo caption and the affiliate link) and
ru-blog-domiknaantresoli-kukolnyi-dom 5 (the table of contents, the photo caption and the affiliate link); on the
English and Italian portals the sponsored headline stayed though its ad label went, and on every blog the photo caption
at the top of the quote paragraph's block stayed. Lost: on pl-portal-jaskolczyn-ladowisko the two last paragraphs (2 of
10 article lines, in the block with the read-also link and newsletter prompt between them) and on
ru-portal-kolokolsk-vitrazh the paragraph with the quote and the two last paragraphs (3 of 10), each lost or out of
order, while no noise line of either page was left; no keep line was lost. The failing cases are strict xfails; with
them the pytest command on the final file in /tmp/wt-s175 gave 57 passed, 20 xfailed, no XPASS.

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
This set before -> after: noise lines 36/45 -> 36/45 (marker 5/8, reading-time 6/7, byline 6/8, footer 8/8, comments
6/8, share 3/3, notice 2/3, unchanged), keep 20/20 -> 20/20, pages clean 1/12 -> 3/12 (pl-portal-jaskolczyn-ladowisko
and ru-portal-kolokolsk-vitrazh, whose xfail entries were removed), page noise lines left 32 -> 28 of 240, article lines
lost 5 -> 0. Reasons reworded: en-blog-sixholes-tin-whistle, fr-blog-perche-echasses, de-blog-webrahmen-wandteppich and
pl-blog-papierzczerpaka-papier (the affiliate link went). Still missed: the nine lines of _LINE_XFAIL (the Ausha,
Mastodon and YouTube placeholders, the fair-warning reading time, the Folksy and Subito.it plugs, the character-limit
note and have-your-say prompt, the Transparenzhinweis); on the pages the portals' masthead, sponsored headlines
(English, Italian), follow prompt and French newsletter prompt, the blogs' menus and names (English, French), the tables
of contents of two entries (English, German, Italian, Russian), the Russian blog's affiliate link with no "here" and no
pick ('Готовую лестницу я заказала на Ozon') and every blog's photo caption (no credit, no label: left by the brief).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_175_LINES: list[tuple[str, str, str]] = [
    ('body', 'Mixcloud widget unavailable: this show has been removed by its uploader.', 'marker'),
    ('body', 'This Padlet board is private. Ask its owner for access to view it here.', 'marker'),
    ('body', 'Loading Bluesky post… If nothing appears, the post may have been deleted.', 'marker'),
    ('body', "Le lecteur Ausha n'a pas pu charger cet épisode du podcast.", 'marker'),
    ('body', 'Mastodon-Beitrag kann nicht angezeigt werden – die Instanz ist nicht erreichbar.', 'marker'),
    ('body', 'Mappa OpenStreetMap non disponibile: attiva i cookie di terze parti per visualizzarla.', 'marker'),
    ('body', "Wideo z YouTube'a: właściciel wyłączył możliwość odtwarzania na innych stronach.", 'marker'),
    ('body', 'Карта Яндекса недоступна: превышен лимит запросов к API.', 'marker'),
    ('head', '⏱ 4 mins to read', 'reading-time'),
    ('head', 'Fair warning, this is a long one – about fifteen minutes if you read every footnote.', 'reading-time'),
    ('head', 'Durée de lecture : 4 min', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten.', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Время чтения — 4 минуты', 'reading-time'),
    ('head', 'Rosalind Quillerby | Local Democracy Reporting Service', 'byline'),
    ('head', 'Par Églantine Mourvadec, avec AFP', 'byline'),
    ('head', 'Von unserer Mitarbeiterin Hiltrud Schwalbenhagen', 'byline'),
    ('head', 'Opracowanie: Jadwiga Skowronkiewicz', 'byline'),
    ('tail', 'Hand-turned wooden pens from my lathe are for sale on Folksy; postage is free in the UK.', 'byline'),
    ('tail', 'Prints of my seabird linocuts are available on Redbubble as cards and mugs.', 'byline'),
    ('tail', 'Le mie cartoline dipinte a mano sono in vendita su Subito.it, consegna a mano a Bergamo.', 'byline'),
    ('tail', 'Готовые наборы для сборки мини-комнат продаю на Wildberries, доставка по всей России.', 'byline'),
    ('tail', 'Site built with Squarespace · Cookie settings · Back to top', 'footer'),
    ('tail', 'Member of the Independent Community News Network · Ethics policy · Corrections', 'footer'),
    ('tail', 'Hosted on Netlify · Built with Eleventy · RSS feed', 'footer'),
    ('tail', 'Hébergeur : OVHcloud, 2 rue Kellermann, 59100 Roubaix', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden', 'footer'),
    ('tail', 'Registrazione Tribunale di Cuneo n. 7/2019 · Direttore responsabile: Ilaria Sguazzetti', 'footer'),
    ('tail', 'Hosting zapewnia home.pl · Regulamin serwisu · Polityka cookies', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Only subscribers can join the conversation on this article.', 'comments'),
    ('tail', 'Comments are limited to 1,000 characters.', 'comments'),
    ('tail', 'What do you think? Have your say below – your first name will be shown with your comment.', 'comments'),
    ('tail', "Signaler un contenu abusif · Répondre · J'aime", 'comments'),
    ('tail', 'Antwort schreiben · Beitrag melden · 2 Antworten ausblenden', 'comments'),
    ('tail', 'Segnala questo commento alla redazione', 'comments'),
    ('tail', 'Regulamin komentowania · Zgłoś naruszenie', 'comments'),
    ('tail', 'Ответить · Пожаловаться · ▲ 12 ▼ 3', 'comments'),
    ('tail', 'Spread the word: Bluesky · LinkedIn · Email', 'share'),
    ('tail', 'Envoyer par e-mail · Partager sur LinkedIn · Copier le lien', 'share'),
    ('tail', 'Отправить друзьям: WhatsApp · Telegram · Скопировать ссылку', 'share'),
    ('body', 'Transparenzhinweis: Der Autor ist Mitglied des Fördervereins, über den hier berichtet wird.', 'notice'),
    ('body', 'Aggiornamento delle 18:40: aggiunta la dichiarazione del sindaco.', 'notice'),
    ('tail', 'Artykuł powstał we współpracy z Urzędem Gminy.', 'notice'),
]

HELD_OUT_175_KEEP: list[tuple[str, str]] = [
    ('head', 'Commenting on the verdict, the judge said the delay had been unacceptable.'),
    ('head', 'Shared ownership homes on the old depot site will go on sale in June.'),
    ('head', 'Followers of the village football club packed the hall for the funeral of its founder.'),
    ('head', "Partager les frais du minibus a permis à douze familles d'envoyer leurs enfants en colonie."),
    ('head', 'Geteilt wird der neue Platz künftig vom Tennisverein und der Grundschule.'),
    ('head', 'Seguito da un centinaio di persone, il corteo ha attraversato il centro fino alla chiesa.'),
    ('head', 'Obserwujący budowę mieszkańcy jako pierwsi zauważyli pęknięcie w moście.'),
    ('body', 'Subscribers to the village broadband scheme will see their bills fall in April.'),
    ('body', 'Abonnés au club depuis trente ans, deux retraités ont reçu la médaille de la ville.'),
    ('body', 'Geworben wurde für das Fest mit selbst gemalten Plakaten der Kinder.'),
    ('body', 'Condivisa da tre comuni, la nuova ambulanza sarà in servizio dal primo marzo.'),
    ('body', 'Подписчики районной газеты собрали деньги на ремонт сельского клуба.'),
    ('tail', "Copyright in the mural passes to the town once the artist's estate is settled."),
    ('tail', 'Advertised as a three-week job, the repair of the sea wall took five months.'),
    ('tail', 'Reading the names aloud took the mayor almost an hour at the memorial service.'),
    ('tail', "Commentaires et questions du public ont prolongé la réunion jusqu'à minuit."),
    ('tail', 'Lesen und Schreiben lernen im Dorf jetzt auch zwölf Erwachsene in einem Abendkurs.'),
    ('tail', 'Iscriversi al corso di nuoto costerà venti euro in meno per i residenti.'),
    ('tail', 'Komentując decyzję, burmistrz przyznał, że lądowisko powinno powstać lata temu.'),
    ('tail', 'Комментируя решение суда, глава поселения пообещал обжаловать его.'),
]

HELD_OUT_175_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wrandlesby-bridleway', [
        [
            '-Sign in · Subscribe · Newsletters',
            '-The Wrandlesby & District Echo',
        ],
        [
            '-Home › News › Wrandlesby',
            '-Promoted',
            '-Five holiday cottages with stables you can still book this spring',
        ],
        [
            '+Bridleway along Wrandlesby Brook reopens after two-year closure',
            '-Updated 14:32, Tuesday 3 March 2026',
            '-By Marigold Thrushbeck, Countryside Reporter',
            '-3 min read',
        ],
        [
            '-Share: Facebook · X · WhatsApp · Email',
            '+Riders and walkers returned to the Wrandlesby Brook bridleway on Saturday after the county council '
            'finished repairs to a collapsed embankment.',
            '+The mile-long track had been shut since a storm in February 2024 washed away part of the bank beside '
            'the brook.',
        ],
        [
            '+Parish councillor Edwin Harrowgate said: “We have had horses on the lanes for two years, and that '
            'was never safe.”',
            '-The reopened bridleway near Mill Farm on Saturday morning.',
            '-Photo: Wrandlesby & District Echo',
        ],
        [
            '+What riders need to know',
            '-Follow the Echo on Facebook for updates on rights of way.',
            '+Horses have priority on the narrow section by the ford.',
            '+Cyclists must give way and ring a bell when passing.',
            '+The gate at Mill Farm must be closed after use.',
        ],
        [
            '+The council spent £86,000 on the repairs, including a new culvert and 300 tonnes of stone.',
            '-Read more: Footpath diversion plan at Wrandlesby quarry rejected',
            "-Get the Echo's free weekly newsletter in your inbox every Friday.",
            '+A riding school in the village says it will restart its hacks along the brook next week.',
        ],
        [
            '-4 comments',
            '-Saddle_Sore_Sal: Brilliant news, my pony will be thrilled.',
            '-↳ Bridlepath_Bob: Took them long enough, to be honest.',
            '-Granary_Gwen: Could they fix the potholes on Church Lane next?',
        ],
        [
            '-About us · Contact · Privacy policy · Terms',
            '-© 2026 Wrandlesby & District Echo. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-sixholes-tin-whistle', [
        [
            '-Home · About · Tunes · Contact',
            '-Six Holes and a Fipple',
        ],
        [
            '+Three months with a tin whistle: what I got wrong',
            '-7 minute read',
        ],
        [
            '-Posted on 9 February 2026 by Cressida',
            '+I bought a nickel whistle in D for eleven pounds in November, mostly because my neighbour kept '
            'playing hers over the fence.',
        ],
        [
            '+For the first few weeks every note above the middle G came out as a squeal, and I nearly gave up.',
            '-Contents',
            '-1. Choosing a whistle',
            '-2. Breathing and the second octave',
        ],
        [
            '-My Generation whistle next to the cheaper Feadóg I tried first.',
            '-Save this post to Pinterest for later!',
            '+My teacher at the folk club put it simply: “Blow as if you were cooling soup, not blowing out candles.”',
        ],
        [
            '+What finally helped',
            '+Practising ten minutes every day rather than an hour on Sundays.',
            '+Covering the holes with the pads of the fingers, not the tips.',
            '+Learning tunes by ear from slow session recordings.',
            '-This post contains affiliate links; I may earn a small commission.',
            '-Get the Generation D whistle on Amazon here',
        ],
        [
            '+Last week I played The Kesh Jig all the way through at the session without stopping.',
            '-Advertisement',
            '+Next I want to try a low whistle, though my hands may be too small for it.',
        ],
        [
            '-Share this: Facebook · Pinterest · Email',
            '-I teach beginner whistle over Zoom; details on my Lessons page.',
        ],
        [
            '-5 replies',
            "-Fergal_Reel: The cooling soup tip is the best advice I've read.",
            '-↳ Cressida: Thanks, it took me ages to get it!',
            '-Tansy_Whistler: Which tune book do you use?',
            "-↳ Fergal_Reel: Try the O'Neill's collection, it's free online.",
        ],
        [
            '-© 2026 Cressida Pellfrayne · Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-vorlannec-courts-tennis', [
        [
            "-Se connecter · S'abonner",
            "-L'Écho de Vorlannec",
        ],
        [
            '-Accueil › Sports › Saint-Vorlannec',
            '-Sponsorisé',
            "-Cuisines équipées : jusqu'à -30 % chez votre artisan local",
        ],
        [
            '+Les courts de tennis de Saint-Vorlannec font peau neuve',
            '-Mis à jour le 12 avril 2026 à 18h05',
            '-Par Solène Brasquedec',
            '-Temps de lecture : 3 min',
        ],
        [
            '-Partager : Facebook · X · WhatsApp',
            '+Les deux courts municipaux du stade Jean-Moulin ont rouvert samedi après trois semaines de travaux.',
            '+Le revêtement, fissuré par le gel, a été remplacé par une résine acrylique bleue.',
        ],
        [
            '+« Nos licenciés jouaient sur des fissures de deux centimètres », explique Thibaut Garoussel, '
            'président du club.',
            "-Les nouveaux courts, samedi matin, avant l'ouverture.",
            '-Photo : Solène Brasquedec',
        ],
        [
            '+Ce qui change pour les joueurs',
            '-Suivez-nous sur Facebook et Instagram',
            '+Les réservations se font désormais en ligne.',
            "+L'éclairage permet de jouer jusqu'à 22 heures.",
            '+Les écoles auront les courts le mardi et le jeudi.',
        ],
        [
            '+Les travaux ont coûté 48 000 euros, financés pour moitié par la région.',
            "-À lire aussi : Le gymnase de la rue des Tilleuls fermé pour l'été",
            '-Recevez notre newsletter gratuite chaque matin',
            "+Le club prévoit un tournoi d'inauguration le 30 mai.",
        ],
        [
            '-3 commentaires',
            '-Revers_Lifté : Enfin ! Il était temps.',
            "-↳ Amortie_Gagnante : D'accord, mais les tarifs ont augmenté.",
            '-Mamie_Lob : Et le parking, quand ?',
        ],
        [
            '-Mentions légales · Contact · Cookies',
            '-© 2026 Éditions du Vorlannec – tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-perche-echasses', [
        [
            '-Accueil · Le blog · À propos',
            '-Perché sur mes échasses',
        ],
        [
            "+J'ai appris à marcher sur des échasses à quarante ans",
            '-Temps de lecture estimé : 6 minutes',
        ],
        [
            '-Publié le 4 mars 2026 par Firmin',
            "+Tout a commencé au carnaval de mon village, où une troupe d'échassiers défilait à trois mètres "
            'au-dessus de nous.',
        ],
        [
            "+J'ai commandé une paire d'échasses en bois de soixante centimètres, et le premier jour je ne suis "
            'pas resté debout plus de dix secondes.',
            '-Sommaire',
            '-1. Choisir ses échasses',
            '-2. Les premiers pas',
        ],
        [
            '-Mes échasses contre le mur du garage.',
            '-Épinglez cet article sur Pinterest !',
            "+Le conseil de l'animateur de la troupe m'a sauvé : « Ne regarde jamais tes pieds, regarde le clocher. »",
        ],
        [
            '+Mes trois règles',
            "+Toujours s'entraîner près d'un mur ou d'une clôture.",
            '+Faire de petits pas rapides, jamais de grands.',
            '+Porter un casque les premières semaines.',
            '-Cet article contient des liens affiliés.',
            "-Les échasses que j'utilise sont disponibles sur Amazon",
        ],
        [
            "+Au bout d'un mois, je faisais le tour du jardin sans me tenir à rien.",
            '-Publicité',
            "+L'été prochain, j'aimerais défiler avec la troupe au carnaval.",
        ],
        [
            '-Partager : Facebook · Pinterest · E-mail',
            "-J'anime aussi des ateliers d'échasses pour les centres de loisirs, sur devis.",
        ],
        [
            '-4 réponses',
            '-Nadège_du_Moulin : Bravo, il faut du courage !',
            "-↳ Firmin : Merci, surtout de l'équilibre !",
            '-Pierrot_Jongleur : Tu as essayé les échasses à ressort ?',
            "-↳ Firmin : Pas encore, j'ai un peu peur.",
        ],
        [
            '-© 2026 Firmin Lagoustère · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-kranichhoevel-pumptrack', [
        [
            '-Anmelden · Abo',
            '-Kranichhöveler Bote',
        ],
        [
            '-Startseite › Lokales › Kranichhövel',
            '-Anzeige',
            '-Jetzt Gartenmöbel bis zu 40 Prozent günstiger sichern',
        ],
        [
            '+Neuer Pumptrack im Stadtpark von Kranichhövel eröffnet',
            '-Aktualisiert am 18.05.2026, 16:20 Uhr',
            '-Von Wendelin Quästorf',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Im Stadtpark von Kranichhövel können Radfahrer seit Samstag auf einem neuen Pumptrack ihre Runden '
            'drehen.',
            '+Die asphaltierte Wellenbahn ist 120 Meter lang und liegt auf der früheren Minigolfanlage.',
        ],
        [
            '+„Die Jugendlichen haben uns drei Jahre lang mit Unterschriften bombardiert“, sagte Bürgermeisterin '
            'Adelheid Krötzenbrink.',
            '-Die ersten Fahrer auf der neuen Bahn am Samstag.',
            '-Foto: Wendelin Quästorf',
        ],
        [
            '+Das gilt auf der Bahn',
            '-Folgen Sie uns auf Instagram!',
            '+Helm ist Pflicht, auch für Erwachsene.',
            '+Die Bahn ist von 8 bis 21 Uhr geöffnet.',
            '+Gefahren wird nur in eine Richtung.',
        ],
        [
            '+Der Bau hat 210.000 Euro gekostet, ein Drittel davon kam aus einem Förderprogramm des Landes.',
            '-Auch interessant: Freibad öffnet eine Woche früher',
            '-Der Newsletter für Kranichhövel: jeden Morgen kostenlos ins Postfach',
            '+Im Juni soll auf der Bahn ein erstes Rennen für Kinder stattfinden.',
        ],
        [
            '-3 Kommentare',
            '-Radler_aus_dem_Tal: Super Sache für die Kids!',
            '-↳ Parkbank_Paul: Hoffentlich bleibt es abends leise.',
            '-Gießkannen_Gerda: Wo sollen jetzt die Minigolfer hin?',
        ],
        [
            '-Impressum · Datenschutz · Kontakt',
            '-© 2026 Bote Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-webrahmen-wandteppich', [
        [
            '-Start · Blog · Über mich',
            '-Webrahmen am Fenster',
        ],
        [
            '+Mein erster kleiner Wandteppich',
            '-Lesedauer: 6 Minuten',
        ],
        [
            '-Veröffentlicht am 22. Januar 2026 von Irmtraud',
            '+Seit Weihnachten steht ein kleiner Webrahmen aus Buchenholz auf meinem Küchentisch, 30 mal 40 '
            'Zentimeter groß.',
        ],
        [
            '+Für meinen ersten Wandteppich habe ich eine Landschaft mit Hügeln und einer Sonne gewählt, ganz in '
            'Grün und Ocker.',
            '-Inhalt',
            '-1. Kette aufziehen',
            '-2. Schuss und Farbwechsel',
        ],
        [
            '-Der halbfertige Teppich auf dem Rahmen.',
            '-Merk dir diesen Beitrag auf Pinterest!',
            '+Meine Tante, die seit fünfzig Jahren webt, sagte nur: „Zieh den Schuss nie zu fest, sonst wird die '
            'Kante zur Sanduhr.“',
        ],
        [
            '+Was ich gelernt habe',
            '+Die Kette muss gleichmäßig gespannt sein.',
            '+Wolle in Bögen einlegen, nicht gerade.',
            '+Farbwechsel immer am Rand verstecken.',
            '-Dieser Beitrag enthält Affiliate-Links.',
            '-Den Webrahmen habe ich hier bei Amazon gekauft',
        ],
        [
            '+Nach sechs Abenden war die Sonne fertig, und die Ränder sind nur ein bisschen eingezogen.',
            '-Werbung',
            '+Als Nächstes will ich einen Teppich mit Fransen und Noppen versuchen.',
        ],
        [
            '-Teilen: Pinterest · Facebook · WhatsApp',
            '-Fertige Wandbehänge webe ich auch auf Bestellung, schreib mir über das Kontaktformular.',
        ],
        [
            '-4 Antworten',
            '-Wollmaus_Hanne: Wunderschön geworden!',
            '-↳ Irmtraud: Danke dir, die Sonne war am schwierigsten.',
            '-Spindel_Sepp: Welche Wolle hast du genommen?',
            '-↳ Irmtraud: Reste von Sockenwolle, ganz ehrlich.',
        ],
        [
            '-© 2026 Irmtraud Fadenbeck · Erstellt mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-roccavallina-buca-lettere', [
        [
            '-Accedi · Abbonati',
            '-La Voce di Roccavallina',
        ],
        [
            '-Home › Cronaca › Roccavallina',
            '-Sponsorizzato',
            '-Materassi in memory foam con il 50% di sconto solo questa settimana',
        ],
        [
            "+La buca delle lettere di Roccavallina dipinta d'oro",
            '-Aggiornato il 7 giugno 2026 alle 11:15',
            '-di Benedetta Scorzalupi',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            '-Condividi: Facebook · WhatsApp · X',
            "+La vecchia cassetta postale di piazza del Municipio a Roccavallina è stata ridipinta d'oro sabato "
            'mattina.',
            "+L'idea è venuta ai commercianti del paese per festeggiare la campionessa di canottaggio cresciuta "
            'nella frazione.',
        ],
        [
            '+«Ogni volta che imbuco una lettera penso a lei», ha detto la tabaccaia Rosanna Struzzolini.',
            '-La cassetta dorata in piazza del Municipio.',
            '-Foto: Benedetta Scorzalupi',
        ],
        [
            '+Cosa cambia',
            '-Seguici su Facebook e Instagram',
            '+La raccolta della posta resta alle 12.',
            '+La cassetta sarà pulita ogni mese dai volontari.',
            '+Una targa ricorderà la vittoria della campionessa.',
        ],
        [
            '+La vernice, offerta da una ditta del posto, è la stessa usata per le cassette dorate inglesi.',
            '-Leggi anche: Nuovi lampioni a led in via Roma',
            '-Iscriviti alla newsletter della Voce: le notizie del paese ogni mattina',
            '+Il sindaco spera che la cassetta diventi una piccola attrazione per i turisti.',
        ],
        [
            '-3 commenti',
            '-Nonno_Tullio: Che bella idea per il paese!',
            '-↳ Ciclista_Lella: Speriamo che non la rovinino i vandali.',
            '-Postina_Pina: La posta però arriva sempre in ritardo.',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie',
            '-© 2026 Edizioni Roccavalline S.r.l.',
        ],
    ]),
    _page('it', 'it-blog-grammofonodellanonna-grammofono', [
        [
            '-Home · Restauri · Chi sono',
            '-Il Grammofono della Nonna',
        ],
        [
            '+Ho restaurato il grammofono a manovella del nonno',
            '-Lettura: 7 minuti',
        ],
        [
            '-Pubblicato il 15 febbraio 2026 da Ottorino',
            "+Il grammofono era in soffitta da quarant'anni, con la tromba ammaccata e la molla che non caricava più.",
        ],
        [
            '+Ho smontato il motore sul tavolo della cucina e ho trovato la molla principale spezzata in due punti.',
            '-Indice',
            '-1. Smontare il motore',
            '-2. La molla e il grasso',
        ],
        [
            '-Il grammofono prima del restauro.',
            '-Salva questo articolo su Pinterest!',
            '+Un collezionista di Torino mi ha scritto: «La molla non si ripara, si sostituisce, e la tromba va '
            'battuta a freddo.»',
        ],
        [
            '+Cosa ho imparato',
            '+Fotografare ogni pezzo prima di smontarlo.',
            '+Usare grasso alla grafite per la molla.',
            '+Cambiare la puntina dopo ogni disco.',
            '-Questo articolo contiene link di affiliazione.',
            '-Le puntine che uso le trovi su Amazon',
        ],
        [
            '+Domenica il grammofono ha suonato di nuovo un disco di Caruso del 1912.',
            '-Pubblicità',
            '+Ora cerco una custodia originale per i dischi del nonno.',
        ],
        [
            '-Condividi: Facebook · Pinterest · Email',
            '-Restauro grammofoni e fonografi su richiesta, scrivimi dalla pagina Contatti.',
        ],
        [
            '-4 risposte',
            '-Vinile_Vittorio: Che suono deve avere!',
            "-↳ Ottorino: Un po' gracchiante, ma meraviglioso.",
            '-Nunziatina_del_Borgo: Il mio è ancora in cantina...',
            '-↳ Ottorino: Tiralo fuori, ti aiuto io!',
        ],
        [
            '-© 2026 Ottorino Pezzavecchia · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-jaskolczyn-ladowisko', [
        [
            '-Zaloguj się · Prenumerata',
            '-Kurier Jaskółczyński',
        ],
        [
            '-Strona główna › Wiadomości › Jaskółczyn',
            '-Sponsorowane',
            '-Okna PCV z montażem taniej o 25 procent do końca miesiąca',
        ],
        [
            '+Szpital w Jaskółczynie będzie miał lądowisko dla śmigłowców',
            '-Zaktualizowano 11.03.2026, 09:40',
            '-Autorka: Halina Przybędzka',
            '-Czas czytania: 3 min',
        ],
        [
            '-Udostępnij: Facebook · X · WhatsApp',
            '+Rada powiatu zgodziła się w środę na budowę lądowiska przy szpitalu powiatowym w Jaskółczynie.',
            '+Do tej pory śmigłowce Lotniczego Pogotowia Ratunkowego lądowały na boisku szkoły obok.',
        ],
        [
            '+„Każda minuta przy udarze ma znaczenie”, powiedział dyrektor szpitala Zenon Przepiórczak.',
            '-Boisko szkolne, na którym dziś lądują śmigłowce.',
            '-Fot. Halina Przybędzka',
        ],
        [
            '+Co się zmieni',
            '-Obserwuj nas w Google News',
            '+Lądowisko powstanie na dachu nowego pawilonu.',
            '+Będzie czynne całą dobę, także nocą.',
            '+Karetki nie będą już jeździć na boisko.',
        ],
        [
            '+Budowa ma kosztować 4,2 mln zł, z czego większość pokryje dotacja z ministerstwa.',
            '-Czytaj także: Nowy tomograf w szpitalu już działa',
            '-Zapisz się na newsletter Kuriera i bądź na bieżąco',
            '+Starostwo chce ogłosić przetarg jeszcze przed wakacjami.',
        ],
        [
            '-3 komentarze',
            '-Sąsiad_ze_Szpitalnej: Wreszcie dzieci nie będą musiały uciekać z boiska.',
            '-↳ Ratownik_Marek: Dokładnie, to było niebezpieczne.',
            '-Emerytka_Zosia: A parking przy szpitalu dalej za mały.',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt',
            '-© 2026 Wydawnictwo Kurier sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-papierzczerpaka-papier', [
        [
            '-Start · Blog · O mnie',
            '-Papier z Czerpaka',
        ],
        [
            '+Jak zrobiłam pierwsze arkusze czerpanego papieru',
            '-Czas czytania: 6 min',
        ],
        [
            '-Opublikowano 3 lutego 2026 przez Agatę',
            '+Papier czerpany robię w łazience, z makulatury, starych kopert i płatków nagietka z ogródka.',
        ],
        [
            '+Sito i ramkę, czyli czerpak, zbił mi tata z listewek i siatki do okien.',
            '-Spis treści',
            '-1. Masa papierowa',
            '-2. Czerpanie i prasowanie',
        ],
        [
            '-Arkusze schnące na sznurku w łazience.',
            '-Zapisz ten wpis na Pintereście!',
            '+Pani z pracowni papieru w Krakowie poradziła mi: „Masy ma być mało, a wody dużo, wtedy arkusz będzie '
            'cienki.”',
        ],
        [
            '+Czego się nauczyłam',
            '+Makulaturę trzeba moczyć przez całą noc.',
            '+Arkusze najlepiej prasować między ręcznikami.',
            '+Płatki kwiatów dodaje się na samym końcu.',
            '-Wpis zawiera linki afiliacyjne.',
            '-Czerpak, którego używam, kupisz tutaj na Allegro',
        ],
        [
            '+Z pierwszych dziesięciu arkuszy tylko trzy nadawały się do pisania, ale to i tak dużo.',
            '-Reklama',
            '+Teraz chcę zrobić z nich zaproszenia na chrzciny siostrzeńca.',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · Messenger',
            '-Zestawy do czerpania papieru dla szkół przygotowuję na zamówienie.',
        ],
        [
            '-4 odpowiedzi',
            '-Kasia_z_Pracowni: Piękne te nagietki w papierze!',
            '-↳ Agata: Dziękuję, suszyłam je całe lato.',
            '-Papierowy_Tomek: Jaką siatkę polecasz?',
            '-↳ Agata: Zwykłą moskitierę z marketu.',
        ],
        [
            '-© 2026 Agata Szeleścińska · Blog na WordPressie',
        ],
    ]),
    _page('ru', 'ru-portal-kolokolsk-vitrazh', [
        [
            '-Войти · Подписка',
            '-Колокольский вестник',
        ],
        [
            '-Главная › Новости › Колокольск',
            '-На правах рекламы',
            '-Пластиковые окна со скидкой 30% до конца месяца',
        ],
        [
            '+В Колокольске отреставрировали витраж Троицкой церкви',
            '-Обновлено 20.04.2026, 13:10',
            '-Текст: Ефросинья Ладанкина',
            '-Время прочтения: 3 минуты',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · Одноклассники',
            '+Витраж над алтарём Троицкой церкви в Колокольске вернули на место после двух лет реставрации.',
            '+Стекло треснуло в 2023 году, когда во время урагана на окно упала ветка старой липы.',
        ],
        [
            '+«Мы собирали осколки по всему двору», — рассказал настоятель храма отец Пафнутий Свечников.',
            '-Отреставрированный витраж после установки.',
            '-Фото: Ефросинья Ладанкина',
        ],
        [
            '+Что известно о реставрации',
            '-Подписывайтесь на наш канал в Telegram',
            '+Работы выполнили мастера из Владимира.',
            '+Утраченные фрагменты стекла сварили заново.',
            '+Свинцовую раму полностью заменили.',
        ],
        [
            '+Ремонт обошёлся в 1,8 млн рублей, деньги собрали прихожане и местные предприниматели.',
            '-Читайте также: В городском парке открыли новую детскую площадку',
            '-Подпишитесь на рассылку «Вестника», чтобы не пропускать новости',
            '+Освятить витраж планируют на Троицу.',
        ],
        [
            '-3 комментария',
            '-Прихожанка_Нина: Красота какая, спасибо мастерам!',
            '-↳ Старожил_Колокольска: Помню его ещё целым в детстве.',
            '-Сосед_Виктор: А липу-то спилили?',
        ],
        [
            '-О нас · Контакты · Политика конфиденциальности',
            '-© 2026 Редакция газеты. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-domiknaantresoli-kukolnyi-dom', [
        [
            '-Главная · Мастер-классы · Обо мне',
            '-Домик на антресоли',
        ],
        [
            '+Как я построила кукольный домик из фанеры',
            '-Время чтения: 8 минут',
        ],
        [
            '-Опубликовано 10 января 2026, автор: Варвара',
            '+Домик я задумала к дню рождения дочки, которой исполнялось шесть лет, и начала строить его в ноябре.',
        ],
        [
            '+Стены и перекрытия выпилила лобзиком из фанеры толщиной шесть миллиметров, всего вышло три этажа.',
            '-Содержание',
            '-1. Чертёж и фанера',
            '-2. Обои и полы',
        ],
        [
            '-Домик без крыши, вид сверху.',
            '-Сохраните запись в Pinterest!',
            '+Мама, увидев каркас, сказала: «Окна прорежь заранее, потом лобзиком не подберёшься».',
        ],
        [
            '+Что я поняла',
            '+Обои лучше клеить до сборки стен.',
            '+Пол из кофейных палочек выглядит как настоящий паркет.',
            '+Лестницу проще купить готовую.',
            '-В записи есть партнёрские ссылки.',
            '-Готовую лестницу я заказала на Ozon',
        ],
        [
            '+Дочка открыла домик утром в день рождения и до обеда не выходила из комнаты.',
            '-Реклама',
            '+Теперь она просит сделать для кукол ещё и гараж.',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · Pinterest',
            '-Делаю мебель для кукольных домиков на заказ, пишите в личные сообщения.',
        ],
        [
            '-4 ответа',
            '-Мама_Лизы: Какая красота! А сколько ушло фанеры?',
            '-↳ Варвара: Почти два листа, с ошибками.',
            '-Столяр_Пётр: Торцы лучше шкурить до покраски.',
            '-↳ Варвара: Спасибо, учту для гаража!',
        ],
        [
            '-© 2026 Варвара Антресольцева · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Le lecteur Ausha n'a pas pu charger cet épisode du podcast.":
        "a French Ausha podcast-player placeholder ('Le lecteur Ausha n'a pas pu charger cet épisode du podcast.') "
        'is left in the body',
    "Wideo z YouTube'a: właściciel wyłączył możliwość odtwarzania na innych stronach.":
        "a Polish YouTube video placeholder ('Wideo z YouTube'a: właściciel wyłączył możliwość odtwarzania na "
        "innych stronach.') is left in the body",
    'Fair warning, this is a long one – about fifteen minutes if you read every footnote.':
        "an English blog's fair-warning reading-time line ('Fair warning, this is a long one – about fifteen "
        "minutes if you read every footnote.') is left at the head",
    'What do you think? Have your say below – your first name will be shown with your comment.':
        "an English have-your-say comment prompt ('What do you think? Have your say below – your first name will "
        "be shown with your comment.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-wrandlesby-bridleway':
        ("the bridleway portal page keeps the sponsored headline ('Five holiday cottages with stables you can still "
         "book this spring') under its ad label in the breadcrumb's block (1 of 20 noise lines; the ad label above it "
         "went; since round 130 the masthead ('The Wrandlesby & District Echo') in the top block goes); no article "
         'line is lost'),
    'en-blog-sixholes-tin-whistle':
        "the tin-whistle blog's post keeps the menu ('Home · About · Tunes · Contact') and the blog name ('Six Holes"
        " and a Fipple') in the top block, the table of contents ('Contents', '1. Choosing a whistle', '2. Breathing"
        " and the second octave') after the second paragraph and the photo caption ('My Generation whistle next to "
        "the cheaper Feadóg I tried first.') at the top of the quote paragraph's block (6 of 20 noise lines; the "
        'Pinterest prompt and the affiliate disclosure went, and the affiliate link after the third list row after '
        'round 119); no article line is lost',
    'fr-blog-perche-echasses':
        "the stilt-walking blog's post keeps the menu ('Accueil · Le blog · À propos') and the blog name ('Perché "
        "sur mes échasses') in the top block and the photo caption ('Mes échasses contre le mur du garage.') at the "
        "top of the quote paragraph's block (3 of 20 noise lines; the table of contents went, and the affiliate link"
        ' after the third list row after round 119); no article line is lost',
    'de-blog-webrahmen-wandteppich':
        "the tapestry blog's post keeps the table of contents ('Inhalt', '1. Kette aufziehen', '2. Schuss und "
        "Farbwechsel') after the second paragraph and the photo caption ('Der halbfertige Teppich auf dem Rahmen.') "
        "at the top of the quote paragraph's block (4 of 20 noise lines; the menu and blog name went, and the "
        'affiliate link after the third list row after round 119); no article line is lost',
    'it-portale-roccavallina-buca-lettere':
        "the post-box portal page keeps the sponsored headline ('Materassi in memory foam con il 50% di sconto "
        "solo questa settimana') under its ad label in the breadcrumb's block (1 of 20 noise lines; the ad label "
        'above it went); no article line is lost',
    'it-blog-grammofonodellanonna-grammofono':
        "the gramophone blog's post keeps the table of contents ('Indice', '1. Smontare il motore', '2. La molla e "
        "il grasso') after the second paragraph and the photo caption ('Il grammofono prima del restauro.') at the "
        "top of the quote paragraph's block (4 of 20 noise lines; the affiliate link went); no article line is lost",
    'pl-blog-papierzczerpaka-papier':
        "the papermaking blog's post keeps the photo caption ('Arkusze schnące na sznurku w łazience.') at the top "
        "of the quote paragraph's block (1 of 20 noise lines; the affiliate link after the third list row went after"
        ' round 119); no article line is lost',
    'ru-blog-domiknaantresoli-kukolnyi-dom':
        "the doll's-house blog's post keeps the table of contents ('Содержание', '1. Чертёж и фанера', '2. Обои и "
        "полы') after the second paragraph, the photo caption ('Домик без крыши, вид сверху.') at the top of the "
        "quote paragraph's block and the affiliate link ('Готовую лестницу я заказала на Ozon') after the third "
        'list row (5 of 20 noise lines); no article line is lost',
}


test_held_out_175_line, test_held_out_175_line_is_kept, test_held_out_175_page = held_out_tests(
    HELD_OUT_175_LINES, HELD_OUT_175_KEEP, HELD_OUT_175_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
