"""Held-out set 169: written blind, weighted toward the noise the cleaner exists for, in shapes set 168's docstring does
not name (nor the first paragraphs of sets 165, 166 and 167): scraper, embed and ad markers (an English Prezi
presentation deleted by its owner "This Prezi presentation has been deleted by its owner.", an English bracketed Vimeo
video that is private and password-protected "[Vimeo: this video is private and can only be watched with a password]",
an English Padlet wall that needs a school account "Embedded Padlet wall: sign in with your school account to see the
posts.", a French Ausha podcast that the reader's browser cannot play, with two browsers to try "Le podcast Ausha ne
peut pas être lu sur ce navigateur. Essayez avec Chrome ou Firefox.", a German ARD Audiothek player whose episode was
depublished "ARD-Audiothek-Player: Diese Folge ist nicht mehr verfügbar, da sie depubliziert wurde.", an Italian RaiPlay
video shown only after the profiling cookies are accepted "Il video di RaiPlay è visibile solo dopo aver accettato i
cookie di profilazione.", a Polish CDA film blocked at the rights holder's request "Film z CDA nie może zostać
odtworzony: materiał zablokowano na żądanie właściciela praw." and a Russian Yandex Music player whose track is
temporarily unavailable "Плеер Яндекс Музыки: трек временно недоступен для прослушивания."); reading-time headers in new
wordings (the English you'll-be-done-in line "You'll be done with this one in about 4 minutes.", a blog's
reading-this-in-full line with a tl;dr pointer "Reading this in full takes around 11 minutes – the tl;dr is at the
bottom.", the French this-text-reads-in line "Ce texte se lit en 4 minutes", the German you-need-about line "Zum Lesen
brauchen Sie etwa 4 Minuten.", the Italian it-reads-in line "Si legge in 4 minuti", the Polish you-will-read-the-article
line "Artykuł przeczytasz w 4 minuty" and the Russian reading-will-take-about line "На чтение уйдёт около 4 минут");
bylines and self-promotion (an English Local Democracy Reporting Service byline "By Hester Quintrell-Dobbs, Local
Democracy Reporting Service", an English community-contributor byline "Community contributor: Ambrose Pindlethorpe", a
French our-local-correspondent byline "Un article de notre correspondante locale, Philomène Carabassou" and a Polish
author-with-desk byline "Autorka: Genowefa Smółkiewicz, reporterka działu miejskiego", all at the head, and at the foot
an English Payhip practice-sheets plug "Printable practice sheets for these letterforms are in my Payhip shop.", a
German Kleinanzeigen bird-houses plug with collection only "Meine Vogelhäuschen verkaufe ich über Kleinanzeigen – nur
Abholung in Husum.", an Italian Subito.it elderberry-syrup plug with hand delivery "Lo sciroppo di sambuco che avanza lo
vendo su Subito.it, ritiro a mano in zona." and a Russian Livemaster (Ярмарка Мастеров) baskets plug with CDEK delivery
"Плетёные корзины после реставрации продаю на Ярмарке Мастеров, доставка СДЭКом."); blog and site footers (an English
Squarespace credit with privacy and cookie-preferences links "Site built on Squarespace · Privacy · Cookie preferences",
an English company-registration line "Registered in England and Wales, company no. 09384417.", an English Netlify host
and Codeberg source credit "Proudly hosted on Netlify · Source on Codeberg", a French hosting line with the host's
address "Site hébergé par OVHcloud, 2 rue Kellermann, 59100 Roubaix, France.", a German WordPress, GeneratePress and
All-Inkl. credit "Mit WordPress und dem Theme GeneratePress erstellt · Hosting: All-Inkl.", an Italian
court-registration line "Testata registrata presso il Tribunale di Lucca, n. 7/2011.", a Polish WebWave site-builder
credit with a cookie-policy link "Strona stworzona w kreatorze WebWave · Polityka cookies" and a Russian
media-registration certificate line "Свидетельство о регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором.");
reader-comment furniture (an English Disqus load-failure message "We were unable to load Disqus. If you are a moderator
please see our troubleshooting guide.", the English notify-me-of-follow-up-comments checkbox label "Notify me of
follow-up comments by email.", an English flag-and-vote row under a comment "Flag as inappropriate · Upvote (12) ·
Downvote (2)", a French comments-are-their-authors'-responsibility note "Les commentaires sont publiés sous la seule
responsabilité de leurs auteurs.", a German edit-comment link with its time window "Kommentar bearbeiten (noch 4 Minuten
möglich)", an Italian commenter-profile line "Questo utente ha scritto 48 commenti · Membro dal 2019", a Polish
comment-edited-by-its-author stub "Komentarz został edytowany przez autora 2 godziny temu." and a Russian
confirm-your-phone-number-to-comment prompt "Чтобы оставить комментарий, подтвердите номер телефона."); share rows (a
French pass-it-round row with Facebook, Messenger, LinkedIn and copy link "Faites circuler : Facebook · Messenger ·
LinkedIn · Copier le lien", an Italian let-your-friends-know row with Facebook, WhatsApp and Telegram "Fallo sapere ai
tuoi amici: Facebook · WhatsApp · Telegram" and a Russian send-to-friends row with Telegram, WhatsApp, Viber and OK
"Отправить друзьям: Telegram · WhatsApp · Viber · ОК"); and notices (a German transparency note on a supported research
trip "Transparenzhinweis: Die Recherchereise wurde vom Tourismusverband unterstützt." and a Polish
written-in-cooperation-with-the-council note "Tekst powstał we współpracy z Urzędem Gminy w ramach kampanii
informacyjnej.", both in the body, and the English names-have-been-changed note "Names in this story have been changed
to protect the privacy of those involved." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 168's docstring does not describe (on the six portal pages, in ten blocks, the masthead, the section menu and a
latest-news ticker line in one block of three at the very top, the ticker last; the byline-and-date line and the reading
time in one block of two above the title; the title at the top of its block with the lead photo's caption and its credit
after it; the first and second paragraphs in one block with a share row between them; the paragraph with the quote
alone; the subheading and the three rows with a read-also link between the first and second rows; an ad label, a
sponsored headline and a newsletter or Telegram prompt alone in a block of three between the list and the last
paragraphs; the two last paragraphs in one block with nothing between them; at the foot two blocks, five lines of a
comment thread (a comment count, a comment, two other readers' arrowed replies to it and a fourth reader's comment left
unanswered) and then a cookie-settings link, a links row and the publisher's copyright line; on the six blog pages, in
ten blocks, a skip-to-content link, the blog name and the menu in one block of three, the skip link first; the title at
the top of its block with the posted-on-date-by-author line after it; the reading time at the top of the first and
second paragraphs' block, right before the first paragraph; a table of contents (its heading and two numbered entries)
alone in a block of three between the second paragraph and the paragraph with the quote; the paragraph with the quote at
the top of its block with a photo caption after it; the subheading and the three rows alone in their block; a share row
and a subscribe prompt in one block of two between the list and the last paragraphs; the two last paragraphs in one
block with the author's sign-off after them; at the foot two blocks, five lines (a comments count, a comment, the
author's arrowed reply, a second comment left unanswered and the leave-a-comment heading) and then an older-post link,
the author's copyright line and a platform-and-theme credit), taken from local news of fresh kinds (a town's bandstand
repainted, a village's bus shelter turned into a library, a canal's lock gates replaced, a school's crossing patrol
honoured after thirty years, a park's tennis courts resurfaced, a village shop's community buy-out) and from blogs about
restoring a wooden sledge, making elderberry syrup, building a bird table, learning calligraphy, repairing a wicker
basket and growing chillies on a windowsill.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 168 but what is named here), held-out set 170 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 168 up to its paragraph "Measured after round 114", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 165, 166 and 167, printed with one ast
script (/tmp/s169scratch/peek.py, reading the files of /tmp/wt-set169/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set169); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s169scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 168's as printed, with 168 -> 169; /tmp/s169scratch/gen169.py writes this file from scratch files (data169.py with
the noise and keep lines, pages169.py with the pages, doc1.txt with the first paragraph, doc2.txt with the next four
and, after the measurement, doc3.txt with the Baseline paragraph and tables169.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s169,
detached at commit cda219441b3227dbdc57c67b1796cec8014143e8, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 05:33:09 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
cda219441b3227dbdc57c67b1796cec8014143e8 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 168's Slips and notes (3) to inside set 166's first paragraph); its second run went to
/tmp/s169scratch/peek.out, of which I paged lines 125 to 300 and 300 to 470 with ``sed``, in two calls (the first run
had shown the lines before and after the cut); nothing outside the allowed parts was printed, since the script stops set
168's docstring before the paragraph "Measured after round 114" (so its Baseline paragraph, which comes before that one,
was read) and prints only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or
opened otherwise. (3) Near misses with shapes already named, noted rather than hidden: the eight markers are
placeholders for services not named there (Prezi, Vimeo, Padlet, Ausha, ARD Audiothek, RaiPlay, CDA, Yandex Music) with
reasons not named (deleted by the owner, a private password-protected video, a school account, an unsupported browser,
depublication, profiling cookies, a rights holder's block, a temporary unavailability), but the Vimeo line is private
content like set 165's and set 166's Strava lines, the RaiPlay line waits on the reader's consent like set 166's German
Komoot tap-to-load line, and the CDA line is a rights block like set 167's Mixcloud licensing line; the reading times
are new phrasings of the same minutes-to-read idea, though the Italian "Si legge in" shares the reads-in shape with set
168's Russian "Читается за" and set 165's French "à lire en", and the English reading-this-in-full line is a blog's
long-read header like set 168's heads-up and set 166's settle-in lines (it adds a tl;dr pointer); the French
our-local-correspondent byline is close to set 166's Italian from-our-correspondent byline, the Polish "Autorka:" byline
to set 165's and set 166's Polish text-and-photos bylines, while the Local Democracy Reporting Service and
community-contributor bylines are not named; the plugs sell on platforms not named (Payhip, Kleinanzeigen, Subito.it,
Ярмарка Мастеров); the footers name hosts, builders and registrations not named (Squarespace, a Companies House number,
Netlify and Codeberg, OVHcloud's address, GeneratePress and All-Inkl., an Italian court registration, WebWave, a
Roskomnadzor media certificate), though the registration lines are legal lines of the kind of set 168's IPSO line and
set 167's publication-director-and-ISSN line, and the Polish WebWave credit is a site-builder credit like set 165's and
set 166's Polish design-and-build credits; the English flag-and-vote row is a row under a comment like set 166's
reply-likes-age row and set 167's edited-report-permalink row, and the German edit-comment link has a number in
parentheses like set 168's German character-counter label; the Disqus failure, notify-me checkbox, French responsibility
note, Italian commenter profile, Polish edited-by-its-author stub and Russian phone prompt are not named; the share rows
use verbs not named ("Faites circuler", "Fallo sapere ai tuoi amici", "Отправить друзьям") and Messenger, Viber and OK;
the German transparency note is a disclosure about how the story was made, close in kind to set 165's Italian AI note
and set 166's German AI-translation note, the Polish written-in-cooperation note is a sponsored-content disclosure and
the English names-changed note is not named. On the pages the noise is of common kinds (mastheads, menus, tickers,
bylines with dates, reading times, captions and credits, share rows, read-also links, ad labels, sponsored headlines,
newsletter and Telegram prompts, comment threads, cookie-settings links, links rows, copyright lines, skip links, blog
names, posted-on lines, tables of contents, subscribe prompts, sign-offs, leave-a-comment headings, older-post links and
platform credits), since the brief asks for new layouts there; some positions echo earlier layouts (the portals'
masthead and menu in the top block as in set 168's and set 165's portals; the portals' quote paragraph alone as in set
166's portals; the blogs' subheading and rows alone as in set 166's blogs; the portals' comment count, comment and two
arrowed replies as in set 166's portals; the blogs' leave-a-comment heading after the thread as in set 168's blogs),
while what is new is where the rest sits (on the portals a ticker line closing the top block, the byline and reading
time above the title, the caption and credit after the title in its block, the share row between the first and second
paragraphs, the read-also link between the first and second list rows, the ad label, sponsored headline and newsletter
prompt alone between the list and the last paragraphs, a cookie-settings link opening the foot block; on the blogs a
skip link opening the page, the posted-on line after the title in its block, the reading time right before the first
paragraph, the table of contents between the second paragraph and the quote, the caption after the quote, the share row
and subscribe prompt alone between the list and the last paragraphs, the sign-off after the last paragraph in its block,
and an older-post link, a copyright line and a credit in one foot block). (4) Before the measurement
/tmp/s169scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
while writing I had kept the mastheads out of the copyright lines (the copyright lines name a publishing company,
"Oddlecombe Newspapers Ltd", "Éditions du Brévalonnais", "Rundschau Verlag Kanalstedt GmbH", "ООО «Пряничская пресса»"),
the blog name out of the author's copyright line ("Birchrunner Workshop" against "© 2026 Wilf Tandleberry") and the
words "Pubblicità" and "Реклама" out of the Italian and Russian ad labels (they open the Italian and Russian keep lines;
the labels are "Annuncio pubblicitario" and "На правах рекламы"); the first run of check.py found two things, the German
portal's ad label "Anzeige" inside the German Kleinanzeigen plug (the label became "Werbung") and the Russian blog's
leave-a-comment heading "Оставить комментарий" inside the Russian phone-prompt line (the heading became "Написать
комментарий"); its second run found nothing. Lines and data were counted by check.py (45 noise lines: category, language
and place as in Contents; 20 keep lines by language and place; 12 pages of ten blocks each, with 10 "+" and 20 "-" lines
each). /tmp/s169scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by
one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark
was swapped. gen169.py reports lines over 120 characters and at-signs in the written file, checks that every held-out
noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without importing it),
that the file's lists, pages and tables equal the scratch ones. (5) Invented names were checked with the exact-string
search over public GitHub files: Oddlecombe (and Oddlecombe Chronicle), Wimblestock, Crumbleholt, Crumpmeadow,
Tandleberry, Birchrunner (and Birchrunner Workshop), Saint-Brévalon, Brévalonnais, Marbouchet, Vaupiquet, Sureau
Gourmand, Kanalstedt, Kanalstedter Rundschau, Pümpelmeier, Schleichtner, Meisenhöfer, Meisenhöfers Werkbank,
Castelbrugnano, Corriere di Castelbrugnano, Brugnanesi, Strozzacapre, Inchiostrelli, Pennino Lento, Grabinolas,
Grabinoleski, Kurpielówna, Kortyłło, Łozińczak, Wiklinowy Strych, Малые Пряничи, Пряничский, Пряничская, Квасоварова,
Прилавкина, Горчичкин, Перчик на окне, Quintrell-Dobbs, Pindlethorpe, Carabassou and Smółkiewicz had no hits. Dropped:
Hallowmarsh (a community site's name and inside identifiers such as ShallowMarsh; the reporter became Perpetua
Wimblestock), Quarrendon (a real place; the councillor became Desmond Crumbleholt), Brzozolas (inside Brzozolasek, a
lake's name in a list; the town became Grabinolas), Ковригин (a real surname; the village became Малые Пряничи),
Сусекова (a real surname; the reporter became Агриппина Квасоварова) and Ribbon Gardens (in game data; the park became
Crumpmeadow Gardens). First names alone and initialled commenters (Maggie R., Josette B., Heike P., Krzysiek, Валентина
and the like), the commenter "Emeryt z Parkowej" (a pensioner from a street), companies and offices built from checked
names (Oddlecombe Newspapers Ltd, Oddlecombe Town Council, Éditions du Brévalonnais, Stadtwerke Kanalstedt, Rundschau
Verlag Kanalstedt GmbH, Edizioni Brugnanesi Srl, Urząd Miasta Grabinolas, Wydawnictwo Grabinoleskie), real services,
platforms, hosts and themes (the embed services, Payhip, Kleinanzeigen, Subito.it, Ярмарка Мастеров, СДЭК, Squarespace,
Netlify, Codeberg, OVHcloud, WordPress, GeneratePress, All-Inkl., WebWave, Disqus, Astra, Kadence, Neve, OceanWP) and
real places (Husum, Lucca, Roubaix, Dufton, Reading, Pieve) were not checked. (6) The measurement was run once, at
05:39:17 UTC by ``date``, in one shell call with the brief's two commands (pytest output to
/tmp/s169scratch/measure.out, report to /tmp/s169scratch/report.out); then /tmp/s169scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s169/tests with /tmp/wt-s169/src on the path)
to /tmp/s169scratch/problems.out: thirteen noise lines kept, all twelve pages with problems (26 page noise lines left,
all of them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of
the three tables (tables169.py, written by mktables.py, which quotes each page line from pages169.py) were written from
that output, and /tmp/s169scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same
result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no
keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output
names is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; nothing else was changed: gen169.py wrote the final file from the same data files,
checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s169. (7) ``date`` printed
05:33:09 UTC at the start, 05:35:02 after the first name checks, 05:37:44 after the last, 05:38:37 while this docstring
was being written, 05:39:17 at the measurement and 05:40:03 after the tables were checked; the times quoted here are
those ``date`` printed. The whole set was written, measured and committed within the brief's 50 minutes, from 05:33:09
UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Reading Borough Council has lent two benches to the tennis club for the summer.",
"Comments made at Thursday's parish meeting were passed to the highways department.", "Following complaints about the
noise, the bandstand will be painted on weekdays only.", "Subscriptions from 214 villagers raised the money to buy the
shop outright.", "Copyright of the old photographs in the shelter now belongs to the parish archive.", "Advertising for
a new lock keeper begins next month, the canal trust confirmed.", "Sharing the cost of the new gates, the trust and the
council each paid half.", "Commentant la décision, la présidente du club a salué « un vrai soulagement ».", "Partagée
entre deux communes, l'écluse sera entretenue par un syndicat mixte.", "Lecture publique et jeux de société animeront
l'abribus chaque mercredi.", "Kommentare von Anwohnern führten dazu, dass die Tennisplätze abends früher schließen.",
"Folgen hat der Streit um den Musikpavillon für den Haushalt der Stadt kaum.", "Abonnenten des Gemeindeblatts erfuhren
als Erste vom Kauf des Dorfladens.", "Condividere il campo con la scuola media è stata la condizione posta dal Comune.",
"Commenti entusiasti hanno accolto la nuova biblioteca alla fermata dell'autobus.", "Pubblicità e volantini hanno
convinto 300 famiglie a comprare quote del negozio.", "Udostępnienie kortów szkołom w godzinach porannych zapowiedział
burmistrz.", "Obserwując prace przy śluzie, mieszkańcy dopytywali o termin otwarcia kanału.", "Поделившись
воспоминаниями, регулировщица рассказала о первом дне на переходе." and "Реклама на остановке исчезла: теперь там висят
полки с книгами." are article sentences: each reports what a borough council, a parish meeting, a council's painters,
villagers, a parish archive, a canal trust, a trust and a council, a club's president, two communes, a bus shelter's
volunteers, residents, a town's quarrel, a parish newsletter's readers, a municipality, readers of a new library, a
shop's campaigners, a mayor, townspeople at a lock and a crossing warden did, said, decided or will do, with the
noise-like word as an ordinary noun, verb or participle of the sentence ("Reading" is the Berkshire town, not a reading
time; "Comments made at Thursday's parish meeting" are what was said at a meeting, not a comment count; "Following
complaints" is a preposition, not a follow prompt; "Subscriptions from 214 villagers" are money for a shop, not a
newsletter; "Copyright of the old photographs" is who owns a collection, not a copyright footer; "Advertising for a new
lock keeper" is a job being offered, not an ad label; "Sharing the cost" is a split bill, not a share row; the French
"Commentant", "Partagée" and "Lecture", the German "Kommentare", "Folgen" and "Abonnenten", the Italian "Condividere",
"Commenti" and "Pubblicità", the Polish "Udostępnienie" and "Obserwując" and the Russian "Поделившись" and "Реклама" are
a president commenting on a decision, a lock shared by two communes, reading to the public in a bus shelter, residents'
complaints, the consequences of a quarrel, a newsletter's subscribers who learned of a purchase, a pitch shared with a
school, readers' comments on a library, a campaign's posters, courts opened to schools, residents watching lock works, a
crossing warden sharing memories and adverts taken off a bus shelter; none of them is comment, share, follow, subscribe,
ad, reading-time or copyright furniture). Categories: the Prezi, Vimeo, Padlet, Ausha, ARD Audiothek, RaiPlay, CDA and
Yandex Music lines are markers (each stands where an embed of the page did not come through; the RaiPlay line names
cookies, but it is a video's placeholder, not the site's cookie banner, and the Padlet line's sign-in is the embed's,
not a comment log-in prompt); the two English lines and the French, German, Italian, Polish and Russian lines of minutes
are reading times (the tl;dr pointer belongs to the blog's long-read header); the Local Democracy Reporting Service,
community-contributor, correspondante-locale and Autorka lines are bylines at the head, and the Payhip, Kleinanzeigen,
Subito.it and Ярмарка Мастеров lines are bylines (self-promotion) at the foot (the collection and delivery terms belong
to the plugs); the Squarespace, company-registration, Netlify, OVHcloud, GeneratePress, Tribunale di Lucca, WebWave and
Roskomnadzor lines are footers (the registration lines are a site's standing legal lines, not notices about one story;
the Squarespace line's cookie-preferences link belongs to the footer row, not a cookie banner); the Disqus failure is
comment furniture, not a marker (the comment widget failed, not an embed of the article), and so are the notify-me
checkbox label, the flag-and-vote row, the French responsibility note (a standing line over a comment thread, not a
notice about the article), the German edit link, the Italian commenter-profile line, the Polish edited stub and the
Russian phone prompt; the French, Italian and Russian rows are share rows; the German transparency note and the Polish
written-in-cooperation note are notices in the body (both speak of the article they sit in: who paid for a trip, on
whose commission the text was written; the Polish line is a disclosure, not an ad label), and the English names-changed
note is a notice at the foot. On every page the title, the three paragraphs before the subheading (the third with the
quote), the subheading, its three list rows and the two last paragraphs are article; everything else is noise. The
portals' ticker lines ("Latest: Market Street closed on Sunday for the carnival parade" and the like) are headlines of
other stories, so noise; the captions describe photos, so noise, though they speak of the story's subject; the blogs'
tables of contents name sections of the post but are navigation, so noise; the sign-offs ("Happy making, Wilf" and the
like) are the author's closing formula under the post, not a paragraph of it, so noise; the list rows (what was done to
the bandstand, what the sledge restorer learned, how the shelter library works, what the syrup maker kept in mind, what
changes at the lock, what the bird-table builder learned, what changes for the crossing patrol, what the calligraphy
learner learned, what changes at the courts, what the basket mender learned, how the shop now works and what the chilli
grower understood) are short but part of each article, so article; the sponsored headlines are ads, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Russian and notice in English, German and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24 (four plugs, eight footers,
eight comment lines, three share rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-oddlecombe-bandstand (a town park's Victorian
bandstand stripped and repainted in its original colours), en-blog-birchrunner-sledge (a grandfather's ash sledge with a
split slat and rusty runners restored), fr-portail-brevalon-abribus (a village's disused bus shelter turned into a free
book exchange), fr-blog-sureaugourmand-sirop (a first elderberry syrup from a garden elder),
de-portal-kanalstedt-schleusentore (a harbour lock's 62-year-old wooden gates replaced with oak ones),
de-blog-meisenhoefer-futterhaus (a bird table built from old floorboards), it-portale-castelbrugnano-nonnovigile (a
school's crossing patrol volunteer honoured after thirty years), it-blog-penninolento-calligrafia (three months of
learning copperplate calligraphy), pl-portal-grabinolas-korty (a town park's tennis courts resurfaced),
pl-blog-wiklinowystrych-kosz (a grandmother's wicker mushroom basket repaired), ru-portal-pryanichi-magazin (a village's
only shop bought out by forty-seven families) and ru-blog-perchiknaokne-chili (jalapeños and habaneros grown on a
south-facing windowsill), each with a reader comment thread. The brief's "bird table" is, on the German blog, a roofed
Vogelfutterhaus on a post, the German kind of bird table; its "bus shelter library" is, on the French page, a free book
exchange in a disused bus shelter.

Baseline (2026-12-06, cleaner at commit cda219441b3227dbdc57c67b1796cec8014143e8, measured with ``cd /tmp/wt-s169 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s169/src python -m pytest -q tests/test_clean_held_out_169.py -rA -p
no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s169 && PYTHONPATH=/tmp/wt-s169/src python
scripts/clean_held_out_report.py --sets 169``, with the xfail tables empty): noise lines removed 32/45 (marker 1/8,
reading-time 5/7, byline 6/8, footer 7/8, comments 7/8, share 3/3, notice 3/3; the 13 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: seven markers in the body (the English Prezi, Vimeo and Padlet placeholders, the
French Ausha, German ARD Audiothek, Polish CDA and Russian Yandex Music placeholders), two reading times at the head
(the English you'll-be-done-in line and the English blog's reading-this-in-full line), two bylines at the head (the
English community-contributor and French our-local-correspondent bylines), one footer (the French OVHcloud hosting line)
and one comment line (the French comments-are-their-authors'-responsibility note), both at the foot; the Italian RaiPlay
marker, the French, German, Italian, Polish and Russian reading times, the Local Democracy Reporting Service and Polish
bylines, all four plugs, the other seven footers, the other seven comment lines, every share row and every notice went);
keep lines kept 20/20; pages 0/12 clean, 26 of 240 page noise lines left and 0 of 120 article lines lost. Left on the
pages: on all six portals the lead photo's caption under the title (1 each; every credit after it went), on the English,
German, Italian, Polish and Russian portals the latest-news or breaking-news ticker at the end of the top block (1 each;
the French "En direct" ticker went), on the English portal the four comments of the thread (4; the count went), on the
Russian portal the sponsored headline under its label (1; the label went); on all six blogs the photo caption after the
quote paragraph (1 each), on the German blog the subscribe prompt after the share row (1), on the Russian blog the whole
table of contents (3: heading and two entries; the other blogs' tables went). Per page: English portal 6, English blog
1, French portal 1, French blog 1, German portal 2, German blog 2, Italian portal 2, Italian blog 1, Polish portal 2,
Polish blog 1, Russian portal 3, Russian blog 4. Lost: nothing; no article line of any page and no keep line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s169 gave 52 passed, 25
xfailed, no XPASS.

Measured after round 115 (developed on sets 167 and 168 beside this set's writing from the same base, cda2194, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 638d37b
and after the lead's mend a81e20f): nothing moved. Round 115's embed placeholders (a named embed and the reader's-screen
states of sets 167/168: WebGL switched off, unavailable in your country, private mode, too large for small screens),
liking-question subscribe prompts, the writer's sign-off with a plug under it, the German sponsor's label, comment-form
notes and first-person sales on a named platform took none of the lines this set still keeps: its seven embed
placeholders name platforms and states the round did not list (Prezi deleted by its owner, a private Vimeo video, a
Padlet wall behind a sign-in, ...), and no page line, keep line or article line changed; the xfail tables stand as
measured.

Round 116 (development; this set was read in full from this round on): developed on sets 169 and 170 from 0102911.
Fixed, by mechanism: (1) embed placeholders, one reading for the whole family (whole_line_noise, one more alternative
of the "video embed" patterns): the embed named (_EMBED_NAMED_ANY: an embedded-object noun of six languages,
_EMBED_NOUN, fed by _EMBED_OBJECT and _EMBED_KIND, right beside a listed platform or a name in capitals,
_EMBED_NAME_WORD, never a determiner nor the line's first word, or after a preposition a listed platform, a name in
mixed case or a domain, never a place or initials ("The video from Kyiv", "Карта из МЧС"); typeform, prezi and cda
added as _EMBED_HOST_EXTRA; or a line opening "Embedded", "Eingebundene", "Intégré" ...; or a "[Name: ...]" label), one state vocabulary (_EMBED_STATE_ANY: unavailable, deleted or removed, private, password,
members only, sign in, failed to load, cannot be played or shown, not supported in this browser, blocked or
restricted, a form closed to answers, in six languages; the older lists _EMBED_GONE, _EMBED_DELETED, _EMBED_KIND_FAILS,
_EMBED_THING_STATE and _EMBED_PLACEHOLDER_STATE feed it, and their own alternatives were kept as they were, so each
still takes what it took), and no verb of saying and no place, time, cause, English past or the object's own story
that makes it news (_EMBED_NEWS_FRAME: "in Russia", "since Tuesday", "after the row", "until spring", "without the
licence", "by the administration's decision", "was", "video of the speech"), a line of 160 characters at most. (2) Page layouts: page_blocks._mark_head_ticker reads the title's block as the first
under the top block with a line the rules left, so a byline-and-reading-time block taken whole may stand between them
(set 169's five portal tickers; the French "En direct" had gone as a live link); page_blocks._SIGN_OFF_WITH_NAME takes
a dash inside the formula and an exclamation mark instead of the comma ("Until next time – keep ticking, Rufus", "À
bientôt et bonne cuisine ! Albane"; the name must still be the writer's); comment_threads._ARROWED_REPLY takes the
replier's name set off by a dash under a thread's header only (_DASHED_REPLIER; set 169's English thread, whose comment
count alone had gone); clean._toc_block_ends accepts a paragraph of eight words or more under a table of contents in
its own block (_opens_paragraph_under_toc, _TOC_NEXT_PARAGRAPH_MIN_WORDS; set 169's Russian "Содержание" over a
quote paragraph of eleven words); the newsletter prompt's round-115 liking question gained the missing-no-post
question and the German infinitive "Hier den Blog abonnieren" ("Keinen Beitrag mehr verpassen? ..."). (3) The legal
hosting mention with the host's postal address and a postcode, after "hébergé par" and the like or under a
"Hébergement :" label ("blog footer"), and the contributor, local-correspondent and text-taken-down-by bylines
("Community contributor:", "Un article de notre correspondante locale,", "Testo raccolto da"). No rule moves where a
page's head or tail starts: the ticker is read in the top block only. Tests: tests/test_clean.py
test_round_114_r116_* (the brief's prefix; 45 cases). Other sets' xfails removed (XPASS, all noise lines, 36): set 89
(2), 114, 121 (4: Typeform, French local correspondent, OVHcloud, Vimeo), 133 (OVH SAS under "Hébergeur"), 135, 136
(2), 145, 146 (4), 147, 148 (2), 149 (2), 150, 152, 153 (2), 154 (2), 155 (2), 163 (3), 164, 165 (2), 166 (one each
where no number is given; all but the bylines and hosting lines named are embed placeholders). All
sets' totals (scripts/clean_held_out_report.py) before -> after: noise lines removed 6604 -> 6659 of 7321, article
lines kept 3247 -> 3247 of 3247, pages clean 1139 -> 1139 of 1918, page noise lines left 1659 -> 1644, paragraphs lost
2 -> 2 (no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed files of 3723. Bench
ratio: 1.14 (benchmarks/bench_clean.py against 0102911; cpu best 2.944 s vs 2.576 s; the new alternative's state and name lookaheads run on every line the older ones leave, and were not gated by words in the round's time).
This set before -> after: noise lines removed 32/45 -> 42/45 (marker 1/8 -> 8/8, reading-time 5/7 -> 5/7, byline 6/8
-> 8/8, footer 7/8 -> 8/8, comments 7/8 -> 7/8, share 3/3, notice 3/3), keep lines 20/20 -> 20/20, pages clean 0/12 ->
0/12, page noise lines left 26 -> 13 of 240 (the five tickers, the English thread's four comments, the German subscribe
prompt and the Russian table of contents go), paragraphs lost 0 -> 0. Reasons reworded: the English, German, Italian,
Polish and Russian portals and the German and Russian blogs now keep only their photo captions (and the Russian portal
its sponsored headline). Still missed: the two English reading times, the French comments-responsibility note, and on
the pages the twelve uncredited photo captions (left on purpose) and the Russian portal's sponsored headline.
Cleaning test set: the whole set before the last narrowing gave 21306 passed, 1467 xfailed, 46 failed: 40 strict XPASS
(entries removed) and 6 article sentences of earlier rounds' near-miss tests the first version of the reading took
(round 66's Polish licence sentence, round 90's Yandex map until spring, round 97's RaiPlay in schools, round 100's
Yandex Music track by the administration's decision, round 111's video from Kyiv and map from МЧС); the reading was
narrowed (no line-initial name, names after a preposition only listed, mixed case or a domain, a time until, a condition
or a decision as news) and four of the 40 went back to strict xfails (sets 118, 123, 151 and 152's Felt map). After it:
tests/test_clean.py's embed, platform, placeholder, round 66, 90, 97, 100, 111, 115 and r116 tests 1381 passed, and the
25 set files with changed tables 1513 passed, 412 xfailed; the whole set was not run again after the narrowing (it only
takes fewer lines).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_169_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Prezi presentation has been deleted by its owner.', 'marker'),
    ('body', '[Vimeo: this video is private and can only be watched with a password]', 'marker'),
    ('body', 'Embedded Padlet wall: sign in with your school account to see the posts.', 'marker'),
    ('body', 'Le podcast Ausha ne peut pas être lu sur ce navigateur. Essayez avec Chrome ou Firefox.', 'marker'),
    ('body', 'ARD-Audiothek-Player: Diese Folge ist nicht mehr verfügbar, da sie depubliziert wurde.', 'marker'),
    ('body', 'Il video di RaiPlay è visibile solo dopo aver accettato i cookie di profilazione.', 'marker'),
    ('body', 'Film z CDA nie może zostać odtworzony: materiał zablokowano na żądanie właściciela praw.', 'marker'),
    ('body', 'Плеер Яндекс Музыки: трек временно недоступен для прослушивания.', 'marker'),
    ('head', "You'll be done with this one in about 4 minutes.", 'reading-time'),
    ('head', 'Reading this in full takes around 11 minutes – the tl;dr is at the bottom.', 'reading-time'),
    ('head', 'Ce texte se lit en 4 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten.', 'reading-time'),
    ('head', 'Si legge in 4 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'На чтение уйдёт около 4 минут', 'reading-time'),
    ('head', 'By Hester Quintrell-Dobbs, Local Democracy Reporting Service', 'byline'),
    ('head', 'Community contributor: Ambrose Pindlethorpe', 'byline'),
    ('head', 'Un article de notre correspondante locale, Philomène Carabassou', 'byline'),
    ('head', 'Autorka: Genowefa Smółkiewicz, reporterka działu miejskiego', 'byline'),
    ('tail', 'Printable practice sheets for these letterforms are in my Payhip shop.', 'byline'),
    ('tail', 'Meine Vogelhäuschen verkaufe ich über Kleinanzeigen – nur Abholung in Husum.', 'byline'),
    ('tail', 'Lo sciroppo di sambuco che avanza lo vendo su Subito.it, ritiro a mano in zona.', 'byline'),
    ('tail', 'Плетёные корзины после реставрации продаю на Ярмарке Мастеров, доставка СДЭКом.', 'byline'),
    ('tail', 'Site built on Squarespace · Privacy · Cookie preferences', 'footer'),
    ('tail', 'Registered in England and Wales, company no. 09384417.', 'footer'),
    ('tail', 'Proudly hosted on Netlify · Source on Codeberg', 'footer'),
    ('tail', 'Site hébergé par OVHcloud, 2 rue Kellermann, 59100 Roubaix, France.', 'footer'),
    ('tail', 'Mit WordPress und dem Theme GeneratePress erstellt · Hosting: All-Inkl.', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Lucca, n. 7/2011.', 'footer'),
    ('tail', 'Strona stworzona w kreatorze WebWave · Polityka cookies', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором.', 'footer'),
    ('tail', 'We were unable to load Disqus. If you are a moderator please see our troubleshooting guide.', 'comments'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Flag as inappropriate · Upvote (12) · Downvote (2)', 'comments'),
    ('tail', 'Les commentaires sont publiés sous la seule responsabilité de leurs auteurs.', 'comments'),
    ('tail', 'Kommentar bearbeiten (noch 4 Minuten möglich)', 'comments'),
    ('tail', 'Questo utente ha scritto 48 commenti · Membro dal 2019', 'comments'),
    ('tail', 'Komentarz został edytowany przez autora 2 godziny temu.', 'comments'),
    ('tail', 'Чтобы оставить комментарий, подтвердите номер телефона.', 'comments'),
    ('tail', 'Faites circuler : Facebook · Messenger · LinkedIn · Copier le lien', 'share'),
    ('tail', 'Fallo sapere ai tuoi amici: Facebook · WhatsApp · Telegram', 'share'),
    ('tail', 'Отправить друзьям: Telegram · WhatsApp · Viber · ОК', 'share'),
    ('body', 'Transparenzhinweis: Die Recherchereise wurde vom Tourismusverband unterstützt.', 'notice'),
    ('body', 'Tekst powstał we współpracy z Urzędem Gminy w ramach kampanii informacyjnej.', 'notice'),
    ('tail', 'Names in this story have been changed to protect the privacy of those involved.', 'notice'),
]
HELD_OUT_169_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading Borough Council has lent two benches to the tennis club for the summer.'),
    ('head', "Comments made at Thursday's parish meeting were passed to the highways department."),
    ('body', 'Following complaints about the noise, the bandstand will be painted on weekdays only.'),
    ('body', 'Subscriptions from 214 villagers raised the money to buy the shop outright.'),
    ('tail', 'Copyright of the old photographs in the shelter now belongs to the parish archive.'),
    ('tail', 'Advertising for a new lock keeper begins next month, the canal trust confirmed.'),
    ('tail', 'Sharing the cost of the new gates, the trust and the council each paid half.'),
    ('head', 'Commentant la décision, la présidente du club a salué « un vrai soulagement ».'),
    ('body', "Partagée entre deux communes, l'écluse sera entretenue par un syndicat mixte."),
    ('tail', "Lecture publique et jeux de société animeront l'abribus chaque mercredi."),
    ('head', 'Kommentare von Anwohnern führten dazu, dass die Tennisplätze abends früher schließen.'),
    ('body', 'Folgen hat der Streit um den Musikpavillon für den Haushalt der Stadt kaum.'),
    ('tail', 'Abonnenten des Gemeindeblatts erfuhren als Erste vom Kauf des Dorfladens.'),
    ('head', 'Condividere il campo con la scuola media è stata la condizione posta dal Comune.'),
    ('body', "Commenti entusiasti hanno accolto la nuova biblioteca alla fermata dell'autobus."),
    ('tail', 'Pubblicità e volantini hanno convinto 300 famiglie a comprare quote del negozio.'),
    ('head', 'Udostępnienie kortów szkołom w godzinach porannych zapowiedział burmistrz.'),
    ('tail', 'Obserwując prace przy śluzie, mieszkańcy dopytywali o termin otwarcia kanału.'),
    ('head', 'Поделившись воспоминаниями, регулировщица рассказала о первом дне на переходе.'),
    ('tail', 'Реклама на остановке исчезла: теперь там висят полки с книгами.'),
]
HELD_OUT_169_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-oddlecombe-bandstand', [
        [
            '-The Oddlecombe Chronicle',
            "-News | Sport | What's On | Property | Jobs | Announcements",
            '-Latest: Market Street closed on Sunday for the carnival parade',
        ],
        [
            '-By Perpetua Wimblestock | Wednesday 14 October 2026, 9:12 am',
            '-3 min read',
        ],
        [
            '+Victorian bandstand in Crumpmeadow Gardens gleams again after £18,000 repaint',
            "-The bandstand's iron columns have been painted in their original Brunswick green and cream.",
            '-Picture: Oddlecombe Town Council',
        ],
        [
            '+Painters have finished restoring the Victorian bandstand in Crumpmeadow Gardens, ending four months of '
            'scaffolding in the park.',
            '-Share this article: Facebook | X | WhatsApp | Email',
            '+The work, paid for by the town council and a heritage grant, stripped eleven layers of old paint from '
            'the ironwork.',
        ],
        [
            '+Councillor Desmond Crumbleholt said: "People told us the bandstand looked tired, and now it looks the '
            'way it did in 1896."',
        ],
        [
            '+What was done',
            '+Rust was cut out of the roof brackets and replaced with new castings.',
            '-Read more: Plans for Crumpmeadow Gardens café go on display',
            '+The columns were painted in Brunswick green, matched from a paint scrape.',
            '+The weathervane was regilded by a local signwriter.',
        ],
        [
            '-Advertisement',
            '-Sponsored: Compare the best boiler deals in your area',
            "-Get the day's headlines in your inbox every morning – sign up to our free newsletter",
        ],
        [
            '+The Oddlecombe Silver Band will play the first concert on the repainted bandstand on Sunday afternoon.',
            '+The council says the paintwork should last at least fifteen years if it is washed down each spring.',
        ],
        [
            '-14 comments',
            '-Maggie R. – My grandad played in that bandstand in the fifties. Lovely to see it looking smart again.',
            '-↳ Tom H. – Same here, Maggie, mine played the cornet there.',
            "-↳ Priya S. – Shame they didn't fix the benches while they were at it.",
            '-Geoff W. – Eighteen grand for a coat of paint? Wait till you see the next council tax bill.',
        ],
        [
            '-Cookie settings',
            '-About us | Contact | Advertise | Terms | Privacy',
            '-© 2026 Oddlecombe Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-birchrunner-sledge', [
        [
            '-Skip to content',
            '-Birchrunner Workshop',
            '-Home · Projects · About · Contact',
        ],
        [
            "+Bringing Grandad's wooden sledge back to life",
            '-Posted on 9 November 2026 by Wilf Tandleberry',
        ],
        [
            '-6 minute read',
            "+The sledge came out of my uncle's barn with a split slat, rusty runners and about forty years of "
            'pigeon mess on it.',
            '+I wanted to keep as much of the original ash as I could, so nothing was thrown away until I was sure '
            'it could not be saved.',
        ],
        [
            '-Contents',
            '-1. Stripping the old varnish',
            '-2. Fixing the runners',
        ],
        [
            '+As the old boy at the timber yard put it, "Ash bends, it doesn\'t break, as long as you don\'t rush it."',
            '-The sledge as it arrived, with the split slat on the left.',
        ],
        [
            '+What I learned',
            '+Steam the cracked slat before you clamp it, never after.',
            '+Wire wool and paraffin shift rust from runners better than any paste.',
            '+Three thin coats of oil beat one thick coat of varnish.',
        ],
        [
            '-Share this: Facebook · Pinterest · Reddit',
            '-Want the next project in your inbox? Subscribe below – no spam, just sawdust.',
        ],
        [
            '+The first run down the hill behind the church went perfectly, apart from my landing.',
            "+Next winter I'll make a new rope and a cushion for the seat.",
            '-Happy making, Wilf',
        ],
        [
            '-5 Comments',
            '-Ruth M. says: What a lovely job. Did you have to replace any of the screws?',
            '-↳ Wilf says: Thanks Ruth! Only two, the rest cleaned up fine.',
            '-Dan from Dufton says: My dad had one just like this, brought back memories.',
            '-Leave a Reply',
        ],
        [
            '-← Older post: Fixing a wobbly workbench',
            '-© 2026 Wilf Tandleberry',
            '-Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-brevalon-abribus', [
        [
            "-L'Écho du Brévalonnais",
            '-Actualités · Sports · Loisirs · Agenda · Nécrologie',
            '-En direct : la foire aux melons déplacée au stade samedi',
        ],
        [
            '-Par la rédaction · Publié le 12 octobre 2026 à 7 h 45',
            '-Lecture : 3 min',
        ],
        [
            "+À Saint-Brévalon, l'abribus de la place de l'Église devient une bibliothèque",
            '-Les étagères ont été fabriquées par les élèves du lycée professionnel.',
            '-Photo : J.-M. P.',
        ],
        [
            "+Depuis lundi, l'ancien abribus de la place de l'Église abrite une petite bibliothèque en libre-service.",
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "+Le car scolaire ne s'y arrête plus depuis 2019, et le conseil municipal cherchait une idée pour ne pas "
            'le démolir.',
        ],
        [
            '+« Les gens attendaient le car ici pendant cinquante ans, maintenant ils viennent y chercher un roman '
            '», sourit la maire, Gisèle Marbouchet.',
        ],
        [
            '+Comment ça marche',
            '+Chacun peut prendre un livre sans inscription.',
            '-À lire aussi : La boîte à livres de la mairie vandalisée',
            '+Les dons sont déposés le samedi matin.',
            '+Une bénévole range les étagères chaque semaine.',
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : Isolation des combles à 1 euro, vérifiez votre éligibilité',
            "-Recevez l'essentiel de l'actualité locale chaque matin : inscrivez-vous à notre newsletter",
        ],
        [
            '+Plus de 300 livres ont déjà été déposés par les habitants.',
            "+La commune envisage d'installer un éclairage solaire pour les lecteurs du soir.",
        ],
        [
            '-8 commentaires',
            "-Josette B. : Très bonne idée, j'y ai déjà laissé tous mes Simenon.",
            "-↳ Marcel T. : Et moi j'y ai trouvé un Simenon, merci Josette !",
            '-↳ Anne-Laure : Il faudrait un banc pour lire sur place.',
            '-Pierrot V. : Dommage que le car ne passe plus, ça reste un problème.',
        ],
        [
            '-Gérer les cookies',
            '-Qui sommes-nous · Contact · Mentions légales · Annonceurs',
            '-© 2026 Éditions du Brévalonnais – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-sureaugourmand-sirop', [
        [
            '-Aller au contenu',
            '-Le Sureau Gourmand',
            '-Accueil · Recettes · Cueillette · À propos',
        ],
        [
            '+Mon premier sirop de baies de sureau',
            '-Publié le 18 septembre 2026 par Clémence Vaupiquet',
        ],
        [
            '-Temps de lecture : 5 minutes',
            '+Cette année, le sureau au fond du jardin croulait sous les baies noires, et je ne voulais pas les '
            'laisser aux merles.',
            "+J'ai cueilli les ombelles bien mûres un matin sec, puis j'ai égrainé les baies à la fourchette.",
        ],
        [
            '-Sommaire',
            '-1. La cueillette',
            '-2. La cuisson',
        ],
        [
            "+Ma voisine m'a prévenue : « Ne les mange jamais crues, le sureau se cuit toujours. »",
            '-Les baies égrainées dans une passoire, prêtes à rincer.',
        ],
        [
            "+Ce que j'ai retenu",
            '+Il faut retirer toutes les petites tiges vertes.',
            '+La cuisson doit durer au moins vingt minutes.',
            '+Un peu de citron aide le sirop à se conserver.',
        ],
        [
            '-Partager : Facebook · Pinterest · WhatsApp',
            '-Envie de recevoir les prochaines recettes ? Abonnez-vous à la lettre du blog.',
        ],
        [
            "+J'ai rempli six petites bouteilles, que je garde au frais tout l'hiver.",
            "+Une cuillère dans une tisane chaude, et le rhume n'a qu'à bien se tenir.",
            '-À bientôt, Clémence',
        ],
        [
            '-3 commentaires',
            '-Odile dit : Merci pour la recette, tu mets combien de sucre par litre ?',
            '-↳ Clémence dit : Environ 800 g par litre de jus, Odile.',
            "-Bernard dit : Chez nous on en fait aussi de la gelée, c'est délicieux.",
            '-Laisser un commentaire',
        ],
        [
            '-← Article précédent : Confiture de mûres sauvages',
            '-© 2026 Clémence Vaupiquet',
            '-Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-kanalstedt-schleusentore', [
        [
            '-Kanalstedter Rundschau',
            '-Lokales · Sport · Kultur · Service · Trauer',
            '-Eilmeldung: Brückenstraße ab Montag voll gesperrt',
        ],
        [
            '-Von Waltraud Pümpelmeier · 8. Oktober 2026, 06:30 Uhr',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '+Neue Tore für die alte Schleuse am Kanalstedter Hafen',
            '-Ein Schwimmkran hebt das neue Untertor in die Kammer.',
            '-Foto: Stadtwerke Kanalstedt',
        ],
        [
            '+Nach 62 Jahren im Wasser sind die hölzernen Tore der Hafenschleuse ersetzt worden.',
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
            '+Die neuen Tore aus Eichenholz wurden in den Niederlanden gefertigt und mit einem Schwimmkran eingesetzt.',
        ],
        [
            '+Schleusenmeister Eberhard Schleichtner sagt: „Die alten Tore haben zuletzt mehr Wasser durchgelassen '
            'als gehalten.“',
        ],
        [
            '+Was sich ändert',
            '+Die Schleuse ist wieder täglich von 8 bis 18 Uhr in Betrieb.',
            '-Lesen Sie auch: Hafenfest fällt in diesem Jahr aus',
            '+Sportboote müssen sich nicht mehr anmelden.',
            '+Die Wartezeit sinkt auf etwa zwanzig Minuten.',
        ],
        [
            '-Werbung',
            '-Gesponsert: Jetzt Photovoltaik-Angebote aus Ihrer Region vergleichen',
            '-Der Rundschau-Newsletter: Die wichtigsten Nachrichten aus Kanalstedt jeden Morgen kostenlos',
        ],
        [
            '+Die Bauarbeiten kosteten rund 1,4 Millionen Euro, den Großteil trägt der Bund.',
            '+Zur Wiedereröffnung lädt der Hafenverein am Samstag zu einer Bootsparade ein.',
        ],
        [
            '-6 Kommentare',
            '-Heike P.: Endlich! Letzten Sommer standen wir zwei Stunden vor der Schleuse.',
            '-↳ Ulf S.: Zwei Stunden? Bei uns waren es drei.',
            '-↳ Moni K.: Hauptsache, sie halten wieder 60 Jahre.',
            '-Gerd L.: Warum wurden die Tore nicht hier in der Werft gebaut?',
        ],
        [
            '-Cookie-Einstellungen',
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Rundschau Verlag Kanalstedt GmbH',
        ],
    ]),
    _page('de', 'de-blog-meisenhoefer-futterhaus', [
        [
            '-Zum Inhalt springen',
            '-Meisenhöfers Werkbank',
            '-Start · Projekte · Über mich · Kontakt',
        ],
        [
            '+Ein Vogelfutterhaus aus alten Dielen bauen',
            '-Veröffentlicht am 3. November 2026 von Gottlieb Meisenhöfer',
        ],
        [
            '-Lesedauer: 4 Minuten',
            '+Als im Herbst die Meisen wieder ans Küchenfenster kamen, wollte ich ihnen endlich ein richtiges '
            'Futterhaus bauen.',
            '+Das Holz stammt von alten Fichtendielen, die beim Umbau unseres Dachbodens übrig geblieben sind.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Das Holz vorbereiten',
            '-2. Das Dach decken',
        ],
        [
            '+Mein Nachbar, ein alter Zimmermann, meinte nur: „Ein Futterhaus muss vor allem eins sein: trocken.“',
            '-Der Rohbau auf der Hobelbank, noch ohne Dach.',
        ],
        [
            '+Was ich gelernt habe',
            '+Das Dach braucht einen Überstand von mindestens fünf Zentimetern.',
            '+Unbehandeltes Holz ist für die Vögel am sichersten.',
            '+Ein Futtersilo hält das Futter sauberer als eine offene Schale.',
        ],
        [
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
            '-Keinen Beitrag mehr verpassen? Hier den Blog abonnieren.',
        ],
        [
            '+Seit zwei Wochen steht das Futterhaus auf einem Pfahl vor dem Küchenfenster.',
            '+Die Kohlmeisen waren nach einem Tag da, die Blaumeisen nach drei.',
            '-Bis bald, euer Gottlieb',
        ],
        [
            '-4 Kommentare',
            '-Renate sagt: Sehr schön geworden! Welchen Leim hast du verwendet?',
            '-↳ Gottlieb sagt: Danke, Renate, wasserfesten Holzleim Typ D3.',
            '-Vogelfreund Jörg sagt: Bei mir kommen leider nur die Spatzen.',
            '-Hinterlasse einen Kommentar',
        ],
        [
            '-« Vorheriger Beitrag: Eine Werkbank aus Bauholz',
            '-© 2026 Gottlieb Meisenhöfer',
            '-Erstellt mit WordPress · Theme: Neve',
        ],
    ]),
    _page('it', 'it-portale-castelbrugnano-nonnovigile', [
        [
            '-Il Corriere di Castelbrugnano',
            '-Cronaca · Politica · Sport · Cultura · Necrologi',
            "-Ultim'ora: chiusa per lavori la strada provinciale per Pieve",
        ],
        [
            '-di Redazione · 10 ottobre 2026, ore 8:15',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            "+Trent'anni davanti alla scuola: Castelbrugnano premia il suo nonno vigile",
            '-Adelmo Strozzacapre con la paletta davanti alla scuola elementare.',
            '-Foto: archivio del Comune',
        ],
        [
            "+Per trent'anni Adelmo Strozzacapre ha accompagnato i bambini della scuola elementare attraverso via "
            'Roma.',
            '-Condividi: Facebook · X · WhatsApp · Email',
            '+Sabato il sindaco gli ha consegnato una targa durante una cerimonia in piazza.',
        ],
        [
            '+«Ho visto passare i figli e poi i nipoti degli stessi bambini», ha detto Strozzacapre emozionato.',
        ],
        [
            '+Cosa cambia ora',
            '+Il servizio continuerà con quattro nuovi volontari.',
            '-Leggi anche: Nuovo parcheggio davanti al municipio',
            '+I turni saranno divisi tra mattina e pomeriggio.',
            '+Il Comune fornirà nuove pettorine catarifrangenti.',
        ],
        [
            '-Annuncio pubblicitario',
            '-Contenuto sponsorizzato: Scopri le offerte fibra nella tua zona',
            '-Iscriviti alla newsletter: le notizie di Castelbrugnano ogni mattina nella tua casella',
        ],
        [
            '+Strozzacapre, 78 anni, resterà comunque a disposizione nei giorni di pioggia.',
            "+La targa sarà appesa all'ingresso della scuola.",
        ],
        [
            '-5 commenti',
            '-Lucia M.: Il nonno Adelmo mi ha fatto attraversare per cinque anni, grazie di cuore!',
            '-↳ Franco D.: Anche a me e a mio figlio, un grande!',
            '-↳ Rita P.: Meritatissimo.',
            '-Sergio B.: Speriamo che i nuovi volontari siano puntuali come lui.',
        ],
        [
            '-Preferenze cookie',
            '-Chi siamo · Contatti · Pubblicità · Privacy',
            '-© 2026 Edizioni Brugnanesi Srl – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-penninolento-calligrafia', [
        [
            '-Vai al contenuto',
            '-Pennino Lento',
            '-Home · Esercizi · Materiali · Chi sono',
        ],
        [
            '+Tre mesi di calligrafia: le mie prime lettere in corsivo inglese',
            '-Pubblicato il 2 novembre 2026 da Ludovica Inchiostrelli',
        ],
        [
            '-Lettura: 5 minuti',
            "+Ho cominciato la calligrafia quest'estate, dopo aver trovato il vecchio pennino di mia nonna in un "
            'cassetto.',
            '+I primi giorni le mie lettere sembravano formiche ubriache, ma mi sono data un esercizio al giorno.',
        ],
        [
            '-Indice',
            '-1. Gli strumenti',
            '-2. Gli esercizi',
        ],
        [
            '+La mia insegnante online ripete sempre: «Il pennino va accarezzato, non spinto.»',
            '-Una pagina di esercizi con le aste e gli ovali.',
        ],
        [
            '+Cosa ho imparato',
            '+La carta liscia fa una differenza enorme.',
            '+Le aste vanno ripetute prima delle lettere.',
            '+Una pausa ogni venti minuti salva il polso.',
        ],
        [
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-Vuoi ricevere i nuovi esercizi? Iscriviti alla newsletter del blog.',
        ],
        [
            '+Adesso scrivo i biglietti di auguri a mano, e in famiglia se ne sono accorti tutti.',
            "+Il prossimo passo sarà il gotico, che mi spaventa un po'.",
            '-Alla prossima, Ludovica',
        ],
        [
            '-4 commenti',
            '-Marta scrive: Che bella grafia! Che inchiostro usi?',
            '-↳ Ludovica scrive: Grazie Marta, un inchiostro di china diluito.',
            "-Paolo scrive: Anch'io ho iniziato da poco, mi hai dato coraggio.",
            '-Lascia un commento',
        ],
        [
            '-← Articolo precedente: Come scegliere il primo pennino',
            '-© 2026 Ludovica Inchiostrelli',
            '-Realizzato con WordPress · Tema OceanWP',
        ],
    ]),
    _page('pl', 'pl-portal-grabinolas-korty', [
        [
            '-Kurier Grabinoleski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Pilne: od poniedziałku objazd ulicy Kolejowej',
        ],
        [
            '-Teodozja Kurpielówna · 7 października 2026, 10:20',
            '-Czas czytania: 3 min',
        ],
        [
            '+Korty tenisowe w parku miejskim w Grabinolasie mają nową nawierzchnię',
            '-Nowa nawierzchnia kortów tuż po wymalowaniu linii.',
            '-Fot. Urząd Miasta Grabinolas',
        ],
        [
            '+Po trzech miesiącach remontu dwa korty tenisowe w parku miejskim znów są otwarte.',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '+Stara, popękana nawierzchnia z lat osiemdziesiątych została zastąpiona akrylową.',
        ],
        [
            '+„Wreszcie piłka odbija się tak, jak powinna” – mówi Zenobiusz Kortyłło, prezes miejskiego klubu '
            'tenisowego.',
        ],
        [
            '+Co się zmienia',
            '+Korty są czynne od 7 do 21.',
            '-Czytaj także: Nowe ławki w parku miejskim',
            '+Rezerwacji można dokonać w kasie basenu.',
            '+Godzina gry kosztuje 20 złotych.',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Sprawdź, ile zaoszczędzisz na fotowoltaice',
            '-Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z miasta',
        ],
        [
            '+Remont kosztował 640 tysięcy złotych i został w połowie sfinansowany z funduszy unijnych.',
            '+W maju w parku odbędzie się pierwszy turniej dla dzieci.',
        ],
        [
            '-9 komentarzy',
            '-Krzysiek: Super, w końcu można grać bez potykania się o dziury.',
            '-↳ Basia: A kiedy szatnie?',
            '-↳ Krzysiek: Podobno jesienią.',
            '-Emeryt z Parkowej: 20 zł za godzinę to za drogo.',
        ],
        [
            '-Ustawienia plików cookie',
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Grabinoleskie. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-wiklinowystrych-kosz', [
        [
            '-Przejdź do treści',
            '-Wiklinowy Strych',
            '-Strona główna · Naprawy · O mnie · Kontakt',
        ],
        [
            '+Jak naprawiłam stary wiklinowy kosz na grzyby',
            '-Opublikowano 21 października 2026 przez Jadwigę Łozińczak',
        ],
        [
            '-Czas czytania: 5 minut',
            '+Kosz po babci leżał na strychu od lat, z dziurą w dnie i połamanym uchem.',
            '+Zamiast go wyrzucić, postanowiłam nauczyć się wyplatać i go uratować.',
        ],
        [
            '-Spis treści',
            '-1. Moczenie wikliny',
            '-2. Nowe dno',
        ],
        [
            '+Pan z targu, od którego kupiłam wiklinę, powiedział: „Wiklina lubi wodę, a wyplatacz cierpliwość”.',
            '-Kosz przed naprawą, z dziurą w dnie.',
        ],
        [
            '+Czego się nauczyłam',
            '+Wiklinę trzeba moczyć przez całą noc.',
            '+Nowe pręty najlepiej wplatać od spodu.',
            '+Ucho warto owinąć skórzanym paskiem.',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
            '-Chcesz dostawać nowe wpisy? Zapisz się na newsletter bloga.',
        ],
        [
            '+Kosz znowu jeździ ze mną do lasu i trzyma się świetnie.',
            '+Teraz sąsiadki przynoszą mi swoje kosze do naprawy.',
            '-Pozdrawiam, Jadwiga',
        ],
        [
            '-3 komentarze',
            '-Halina napisała: Piękna robota! Skąd bierzesz wiklinę?',
            '-↳ Jadwiga napisała: Dziękuję, z targu w sobotę.',
            '-Tomek napisał: Mój dziadek też wyplatał kosze, fajnie to czytać.',
            '-Dodaj komentarz',
        ],
        [
            '-« Poprzedni wpis: Odnawianie starego krzesła',
            '-© 2026 Jadwiga Łozińczak',
            '-Blog na WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-pryanichi-magazin', [
        [
            '-Пряничский вестник',
            '-Новости · Общество · Спорт · Афиша · Объявления',
            '-Срочно: в пятницу отключат воду на улице Садовой',
        ],
        [
            '-Агриппина Квасоварова · 9 октября 2026, 11:40',
            '-Время чтения: 3 минуты',
        ],
        [
            '+Жители Малых Пряничей выкупили сельский магазин вскладчину',
            '-Новые хозяева магазина у прилавка в день открытия.',
            '-Фото: администрация поселения',
        ],
        [
            '+Единственный магазин в Малых Пряничах собирались закрыть весной, когда его владелец вышел на пенсию.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Сорок семь семей скинулись и выкупили здание вместе с товаром.',
        ],
        [
            '+«Без магазина деревня бы умерла, а так у нас снова есть где встретиться», — говорит председатель '
            'совета пайщиков Зинаида Прилавкина.',
        ],
        [
            '+Как теперь работает магазин',
            '+Открыт каждый день с 8 до 20.',
            '-Читайте также: В Малых Пряничах отремонтируют мост',
            '+За прилавком по очереди стоят пайщики.',
            '+Прибыль идёт на ремонт здания.',
        ],
        [
            '-На правах рекламы',
            '-Кредит на ремонт дома без справок — узнайте условия',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости района',
        ],
        [
            '+В первую неделю выручка оказалась выше, чем у прежнего владельца.',
            '+Пайщики хотят открыть при магазине пункт выдачи посылок.',
        ],
        [
            '-12 комментариев',
            '-Валентина: Молодцы! Мы тоже так хотим в нашей деревне.',
            '-↳ Николай: Так делайте, главное начать.',
            '-↳ Зинаида П.: Приезжайте, расскажем, как мы всё оформили.',
            '-Гость: А цены там какие?',
        ],
        [
            '-Настройки cookie',
            '-О редакции · Контакты · Реклама на сайте · Правила',
            '-© 2026 ООО «Пряничская пресса». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-perchiknaokne-chili', [
        [
            '-Перейти к содержимому',
            '-Перчик на окне',
            '-Главная · Сорта · Уход · Обо мне',
        ],
        [
            '+Как я вырастил острый перец на подоконнике',
            '-Опубликовано 15 октября 2026 автором Фёдор Горчичкин',
        ],
        [
            '-Время чтения: 5 минут',
            '+Весной я посеял семена халапеньо и хабанеро в стаканчики из-под йогурта.',
            '+Окно у меня выходит на юг, поэтому досветка понадобилась только в марте.',
        ],
        [
            '-Содержание',
            '-1. Посев',
            '-2. Опыление',
        ],
        [
            '+Сосед по даче сразу предупредил: «Перец любит тепло, а не воду».',
            '-Первые плоды хабанеро на подоконнике.',
        ],
        [
            '+Что я понял',
            '+Поливать лучше редко, но обильно.',
            '+Цветы приходится опылять кисточкой.',
            '+Горшок нужен не меньше трёх литров.',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Хотите получать новые записи? Подпишитесь на рассылку блога.',
        ],
        [
            '+К октябрю с двух кустов я собрал больше сорока перцев.',
            '+Часть высушил, а из остальных сделал острый соус.',
            '-Всем урожая, Фёдор',
        ],
        [
            '-4 комментария',
            '-Ольга: Ого, а какой свет вы использовали?',
            '-↳ Фёдор: Обычную светодиодную ленту, Ольга.',
            '-Александр: У меня хабанеро так и не завязался.',
            '-Написать комментарий',
        ],
        [
            '-← Предыдущая запись: Сушим перец в духовке',
            '-© 2026 Фёдор Горчичкин',
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "You'll be done with this one in about 4 minutes.":
        'the English you\'ll-be-done-in reading-time line ("You\'ll be done with this one in about 4 minutes.") is '
        'left at the head',
    'Reading this in full takes around 11 minutes – the tl;dr is at the bottom.':
        "an English blog's reading-this-in-full reading-time line ('Reading this in full takes around 11 minutes – "
        "the tl;dr is at the bottom.') is left at the head",
    'Les commentaires sont publiés sous la seule responsabilité de leurs auteurs.':
        "a French comments-are-their-authors'-responsibility note ('Les commentaires sont publiés sous la seule "
        "responsabilité de leurs auteurs.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-oddlecombe-bandstand':
        'the bandstand story keeps the lead photo\'s caption ("The bandstand\'s iron columns have been painted in their '
        'original Brunswick green and cream.") under the title in its block (its credit went) (1 of 20 noise lines; the'
        ' latest-news ticker at the end of the top block and the four comments of the thread at the foot now go); no '
        'article line is lost',
    'en-blog-birchrunner-sledge':
        "the sledge blog's post keeps the photo caption ('The sledge as it arrived, with the split slat on the "
        "left.') after the quote paragraph in its block (1 of 20 noise lines); no article line is lost",
    'fr-portail-brevalon-abribus':
        "the bus-shelter library story keeps the lead photo's caption ('Les étagères ont été fabriquées par les "
        "élèves du lycée professionnel.') under the title in its block (its credit went) (1 of 20 noise lines); no "
        'article line is lost',
    'fr-blog-sureaugourmand-sirop':
        "the elderberry-syrup blog's post keeps the photo caption ('Les baies égrainées dans une passoire, prêtes à "
        "rincer.') after the quote paragraph in its block (1 of 20 noise lines); no article line is lost",
    'de-portal-kanalstedt-schleusentore':
        "the lock-gates story keeps the lead photo's caption ('Ein Schwimmkran hebt das neue Untertor in die Kammer.') "
        'under the title in its block (its credit went) (1 of 20 noise lines; the breaking-news ticker at the end of '
        'the top block now goes); no article line is lost',
    'de-blog-meisenhoefer-futterhaus':
        "the bird-table blog's post keeps the photo caption ('Der Rohbau auf der Hobelbank, noch ohne Dach.') after the"
        ' quote paragraph in its block (1 of 20 noise lines; the subscribe prompt after the share row now goes); no '
        'article line is lost',
    'it-portale-castelbrugnano-nonnovigile':
        "the crossing-patrol story keeps the lead photo's caption ('Adelmo Strozzacapre con la paletta davanti alla "
        "scuola elementare.') under the title in its block (its credit went) (1 of 20 noise lines; the breaking-news "
        'ticker at the end of the top block now goes); no article line is lost',
    'it-blog-penninolento-calligrafia':
        "the calligraphy blog's post keeps the photo caption ('Una pagina di esercizi con le aste e gli ovali.') "
        'after the quote paragraph in its block (1 of 20 noise lines); no article line is lost',
    'pl-portal-grabinolas-korty':
        "the tennis-courts story keeps the lead photo's caption ('Nowa nawierzchnia kortów tuż po wymalowaniu linii.') "
        'under the title in its block (its credit went) (1 of 20 noise lines; the urgent-news ticker at the end of the '
        'top block now goes); no article line is lost',
    'pl-blog-wiklinowystrych-kosz':
        "the wicker-basket blog's post keeps the photo caption ('Kosz przed naprawą, z dziurą w dnie.') after the "
        'quote paragraph in its block (1 of 20 noise lines); no article line is lost',
    'ru-portal-pryanichi-magazin':
        "the village-shop story keeps the lead photo's caption ('Новые хозяева магазина у прилавка в день открытия.') "
        "under the title in its block (its credit went) and the sponsored headline ('Кредит на ремонт дома без справок "
        "— узнайте условия') under its label in the block between the list and the last paragraphs (the label went) (2 "
        'of 20 noise lines; the urgent-news ticker at the end of the top block now goes); no article line is lost',
    'ru-blog-perchiknaokne-chili':
        "the windowsill-chilli blog's post keeps the photo caption ('Первые плоды хабанеро на подоконнике.') after the "
        'quote paragraph in its block (1 of 20 noise lines; the table of contents between the second paragraph and the '
        'quote paragraph now goes); no article line is lost',
}


test_held_out_169_line, test_held_out_169_line_is_kept, test_held_out_169_page = held_out_tests(
    HELD_OUT_169_LINES, HELD_OUT_169_KEEP, HELD_OUT_169_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
