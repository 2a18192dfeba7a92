"""Held-out set 181: written blind, weighted toward the noise the cleaner exists for, in shapes set 180's docstring does
not name (nor the first paragraphs of sets 177, 178 and 179): scraper, embed and ad markers (an English Mixcloud player
whose upload plays only on Mixcloud itself "Mixcloud player unavailable: this upload can only be heard on Mixcloud
itself.", an English Prezi presentation that needs third-party cookies "Prezi presentation failed to load: the viewer
needs third-party cookies turned on.", an English Strava route map whose activity the athlete hid "Strava route map not
displayed: the athlete has hidden this activity from public view.", a French uMap map whose tile server does not answer
"La carte uMap ne s'affiche pas : le serveur de tuiles ne répond plus.", a German password-protected Vimeo player "Der
Vimeo-Player konnte nicht geladen werden: Das Video ist passwortgeschützt.", an Italian Instagram post whose account
went private "Il post di Instagram non è visualizzabile: l'account è diventato privato.", a Polish Apple Podcasts player
whose episode is gone "Odtwarzacz Apple Podcasts nie wczytał się: odcinek nie jest już dostępny w serwisie." and a
Russian Yandex map over its API request limit "Яндекс Карта не загрузилась: превышен лимит запросов к API.");
reading-time headers in new wordings (the English you'll-get-through-this line "You'll get through this in about 7
minutes", a blog's grab-a-cup-of-tea line "Grab a cup of tea: this one runs to about fifteen minutes of reading.", the
French count-on line "Comptez 7 minutes de lecture", the German you-need-to-read line "Zum Lesen brauchen Sie etwa 7
Minuten.", the Italian a-seven-minute-reading line "Lettura da 7 minuti", the Polish reading-will-take-you line
"Przeczytanie zajmie Ci około 7 minut." and the Russian reading-will-take line "Чтение займёт 7 минут"); bylines and
self-promotion (an English filed-by byline with the Local Democracy Reporting Service "Filed by Ottoline Brackenstowe ·
Local Democracy Reporting Service", a German from-our-staff-member byline "Von unserem Redaktionsmitglied Hildrun
Kesselbräuer", a Polish author-with-her-desk byline "Autorka: Jadwiga Szczypiórkowska, redaktorka działu regionalnego"
and a Russian text-and-photos byline "Текст и фото — Прасковья Кукушонкова", all at the head, and at the foot an English
Gumroad fretwork-patterns plug with pay-what-you-like pricing "Cut-out patterns for all my fretwork designs are on
Gumroad, pay what you like from £2.", an English Ko-fi buy-me-a-coffee plug "Enjoy these build notes? You can buy me a
coffee on Ko-fi – every cup pays for more blade stock.", a French Leboncoin music-boxes plug with hand-over in Besançon
"Mes boîtes à musique sont en vente sur Leboncoin, remise en main propre à Besançon." and an Italian Subito.it
turned-hourglasses plug with BRT shipping "Le mie clessidre tornite si trovano su Subito.it, spedisco con BRT."); blog
and site footers (an English Blogger Simple-theme credit with its theme-images credit "Simple theme. Theme images by
Michael Elkan. Powered by Blogger.", an English publisher-and-company-number line "Published by Quarrenby Media Ltd,
registered in England and Wales no. 09314472.", an English back-to-top row with terms and a modern slavery statement
"Back to top ↑ · Terms of use · Modern slavery statement", a French host line with the host's street address "Hébergé
par Gandi SAS, 63-65 boulevard Masséna, 75013 Paris", a German an-offer-of-the-publisher row with terms and a
cancellation notice "Ein Angebot der Velsheimer Verlagsgesellschaft mbH · AGB · Widerrufsbelehrung", an Italian
court-registration and managing-editor line "Testata registrata presso il Tribunale di Vercelli n. 12/2014 · Direttore
responsabile: Ermenegilda Frascolari", a Polish home.pl hosting line with rights reserved "Strona działa na serwerach
home.pl · Wszelkie prawa zastrzeżone" and a Russian mass-media registration certificate line "Свидетельство о
регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором"); reader-comment furniture (an English oldest-first sort note
with a switch link "Comments are shown oldest first · Switch to newest first", an English commenting-as-a-guest note
"You are commenting as a guest. Sign in to keep your name on future comments.", an English reply-like-report action row
with the comment's age "Reply · Like · Report · 3h", a French archived-thread note "Ce fil de discussion est archivé :
il n'est plus possible de répondre.", a German deleted-by-its-writer stub "Dieser Kommentar wurde vom Verfasser
gelöscht.", an Italian best-comment badge with its upvotes "Miglior commento · 27 voti positivi", a Polish
report-reply-like action row "Zgłoś naruszenie · Odpowiedz · Lubię to (4)" and a Russian
comments-switched-off-by-the-author note "Комментарии к этой записи отключены автором."); share rows (an English
forward-it row with Bluesky "Know someone who'd enjoy this? Forward it: Email · WhatsApp · Bluesky", a French share-on
row with Bluesky, Mastodon and LinkedIn "Partager sur : Bluesky · Mastodon · LinkedIn" and a Polish share-with-friends
row with Messenger, WhatsApp and Wykop "Udostępnij znajomym: Messenger · WhatsApp · Wykop"); and notices (a German
transparency note on the author's membership of the school's support society "Transparenzhinweis: Der Autor ist Mitglied
im Förderverein der Schule." and an Italian written-with-the-Pro-Loco note "Articolo realizzato in collaborazione con la
Pro Loco del paese.", both in the body, and a Russian select-the-error-and-press-Ctrl+Enter note "Если вы заметили
ошибку, выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 180's docstring does not describe (on the six portal pages, in nine blocks, the masthead and an account row (sign
in, my account, subscribe) in one block of two at the very top; a breaking-news ticker line and a section kicker above
the title in one block of three, the title last; the date line, the byline and the reading time alone in a block of
three between the title and the first paragraph; the first and second paragraphs in one block of four with an ad label
and a sponsored headline between them; the paragraph with the quote at the top of a block of three with the lead photo's
caption and its credit after it; a read-also link at the top of the list block, right before the subheading (a block of
five); the two last paragraphs in one block of four with a share row between them and a newsletter prompt after the
second; at the foot two blocks, four lines of a comment thread (a comment count, a comment, another reader's arrowed
reply and a third reader's comment left unanswered) and then a links row and the publisher's copyright line; on the six
blog pages, in nine blocks, the blog name and its menu in one block of two; the posted-on-date-by-author line above the
title in one block of two; the reading time and a table of contents (its heading and two numbered entries) alone in a
block of four between the title and the first paragraph; the first and second paragraphs in one block with a photo
caption between them; the paragraph with the quote at the top of a block of two with a related-post link after it; the
subheading and the three rows with an affiliate link after the third row; the two last paragraphs in one block of five
with a plug for the author's wares or services between them and the author's sign-off and a share row after the second;
at the foot two blocks, five lines of a thread (a comments heading with its count, a comment, the author's arrowed
reply, a second comment and the first commenter's arrowed reply to it) and then the author's copyright line and a
platform-and-theme credit), taken from local news of fresh kinds (a lido's striped changing huts repaired, a horse-drawn
fire pump restored, a village lock-up saved, a pump house by a canal reopened, a school bell rehung, a communal bread
oven relit) and from blogs about restoring a treadle fretsaw, making a hand-cranked music box, weaving a birch-bark
basket, pinning a barrel organ's cylinder, turning an hourglass on a lathe and making a wooden abacus for a grandchild.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 180 but what is named here), held-out set 182 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 180 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 177, 178 and 179, printed with one ast script (/tmp/s181scratch/peek.py,
reading the files of /work/main/tests; docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s181scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 180's as printed, with 180 -> 181;
/tmp/s181scratch/gen181.py writes this file from scratch files (data181.py with the noise and keep lines, pages181.py
with the pages, doc1.txt to doc5.txt with the first five paragraphs and, after the measurement, doc6.txt with the
Baseline paragraph and tables181.py with the xfail tables). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s181, detached at commit
9ece020230427b3c919c7aa789d9addbb0302ac6, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 11:47:04 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
9ece020230427b3c919c7aa789d9addbb0302ac6 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned and
no source under src/ was printed. No package was installed: the project's dependencies were already on the machine. (2)
peek.py printed set 180's docstring paragraphs (split on blank lines) up to and including the one starting "Baseline",
set 180's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment node to the end, and the
first paragraphs of sets 177, 178 and 179. Its first run printed to the terminal, which the tool cut in the middle (it
showed the output's first lines, from set 177's first paragraph to inside set 178's, and, after the cut, its last lines
from inside set 180's Judgement calls to the end of the tail, all allowed parts); the second run went to
/tmp/s181scratch/peek.out (629 lines, all of them allowed parts), of which I paged lines 125 to 300 and 300 to 470 with
``sed``, so that every part the brief allows was read; nothing else of any set file was printed. (3) To compare my
wordings with the named ones I grepped peek.out case-insensitively for the services, platforms, hosts and key words of
my lines and layouts (Mixcloud, Prezi, Strava, uMap, Vimeo, Instagram, "Apple Podcasts", Яндекс, "Takes about", "cup of
tea", Comptez, "Zum Lesen", "Lettura da", Przeczytanie, "Чтение займ", "Filed by", "Local Democracy",
Redaktionsmitglied, Autorka, "Текст и фото", Gumroad, Ko-fi, Leboncoin, Subito, BRT, Blogger, "registered in England",
"Modern slavery", "Back to top", Gandi, "Ein Angebot", "Testata registrata", home.pl, Свидетельство, "oldest first",
guest, "Reply · Like", Signaler, "vom Verfasser", "Miglior commento", Zgłoś, отключены, Bluesky, Mastodon, LinkedIn,
Wykop, Messenger, Transparenz, "Pro Loco", Ctrl+Enter, ticker, Breaking, kicker, "Sign in", account, Related, Sponsored,
"most read"): "Takes about" occurred in set 179's build-log reading time ("This build log takes about twenty minutes to
read"), so my English line "Takes about 7 minutes to read" became "You'll get through this in about 7 minutes";
"Signaler" occurred in set 180's note on set 175's "Signaler" row, so my French report-reply-like action row became the
archived-thread note; "Przeczytanie" occurs in set 180's Polish "Czas potrzebny na przeczytanie" label (my Polish line
"Przeczytanie zajmie Ci około 7 minut." shares the noun but not the shape, a sentence that says what reading will take,
and was kept); "Messenger" occurs in set 179's French share row "Facebook · Messenger · SMS" (my Polish row opens
differently and names Wykop; kept); "Blogger" only in set 180's note on set 175's names, "Breaking" only inside "for
breaking the community guidelines", "Sign in" and "account" only in set 178's Spotify and Google markers, "Sponsored"
and "most read" only in the pages' sponsored headlines and most-read boxes of sets 177 to 180; the other words do not
occur. (4) Near misses with shapes already named, noted rather than hidden: the reading times are new phrasings, but
"Lettura da 7 minuti" is a bare label like set 179's "Lecture 6 min." and "Чтение займёт 7 минут" is close in sense to
set 180's "Прочитаете за 6 минут"; the grab-a-cup-of-tea line is a blog's long-read aside like the heads-up and
long-post-ahead lines of sets 177, 178 and 180; the German Redaktionsmitglied byline is of the kind of the French
by-our-correspondent byline of set 177, and the Russian text-and-photos byline of the kind of the English
story-and-pictures bylines of sets 177 and 178; the Leboncoin and Subito.it plugs carry a hand-over place or a carrier
like the plugs of sets 177 to 180; the Blogger credit is a platform credit like the Substack, Ghost and GitHub Pages
lines, the company-number line is close to set 176's VAT row and set 180's Partita IVA line, the court-registration line
is close in kind to set 177's French publication-director line, and the Russian media-registration line to set 177's
Russian age-rating line; of the comment lines the oldest-first note is close to the sort rows of sets 177 and 178, the
deleted-by-its-writer stub to set 180's removed-by-a-moderator stub, the best-comment badge to set 180's top-commenter
badge and the commenting-as-a-guest note to the log-in prompts of sets 179 and 180; the share rows use openings not
named ("Know someone who'd enjoy this? Forward it", "Partager sur", "Udostępnij znajomym"); the transparency note is of
the kind of set 177's funding disclosure. On the pages the noise is of common kinds, since the brief asks for new
layouts there, with three kinds not in the named layouts (an account row, a breaking-news ticker and a section kicker)
while some positions echo earlier ones (the read-also link, the caption and credit after the quote paragraph as set 180
put the most-read box there, the table of contents of two entries as on sets 177, 179 and 180, the posted-on line and
the reading time near the title as on sets 178 to 180, the affiliate link in the list block as on every set since 170,
and the share row between the two last paragraphs' lines as set 180 put it before the second); what is new is the
arrangement (on the portals the account row at the top, the ticker and kicker above the title, the date, byline and
reading time alone in a block, the ad label and sponsored headline between the first and second paragraphs, the
read-also link right before the subheading, the share row between the two last paragraphs and the newsletter prompt
after the second; on the blogs the posted-on line above the title, the reading time heading the table of contents block,
the related-post link after the quote, the affiliate link after the third row and the plug between the two last
paragraphs). (5) Before the measurement /tmp/s181scratch/check.py checked, case-insensitively, that no noise line
(held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line
holds an at-sign, and counted the lines. Its first run found a masthead or blog name inside its page's copyright line on
eleven pages (all but the English portal) (the copyright lines now give the publisher's or the author's name), the bare
ad labels "Publicité", "Pubblicità", "Reklama" and "Реклама" inside the links rows of four portals (the links rows now
have "Mentions légales", "Note legali", "Regulamin" and "Правила" instead), the German kicker "Heimat" inside a keep
line and an article line ("Heimatverein"; it became "Aus den Ortsteilen") and the Italian blog name "Il Cilindro
Chiodato" inside its title (the blog became "Il Chiodino Cantante"), and the Russian blog name "Счёты для внучки" inside
its title (it became "Мастерская деда Евграфа"); its second run found nothing. Lines and data were counted by check.py
(45 noise lines: category, language and place as in Contents; 20 keep lines by language and place; 12 pages of nine
blocks each, with 10 "+" and 20 "-" lines each). I read all 360 page lines in pages181.py one by one: "+" stands only on
the titles, the paragraphs, the subheadings and the list rows, "-" on everything else. gen181.py reports lines over 120
characters and at-signs in the written file, checks that every held-out noise line and keep line is quoted in the
docstring and checks, by parsing the file with ``ast`` (without importing it), that the file's lists, pages and tables
equal the scratch ones. (6) Invented names were checked with the exact-string search over public GitHub files:
Brackenstowe, Kesselbräuer, Szczypiórkowska, Кукушонкова, Quarrenby, Frascolari (its only hits are inside the French
word "infrascolarisés"), Velsheim (for the Velsheimer Rundschau, Kleinvelsheim and the publishers), Kleinvelsheim,
Pudlescombe (for the town and The Pudlescombe Clarion), Tindlewick, Whitsonby, Treadle Loft, Brouvelin (for
Saint-Brouvelin, L'Écho de Brouvelin), Brouvelinois, Moustelier, Piquemarre, Manivelle Bavarde, Grindelwäscher,
Rindenschläger, Rindenwerk, Valdicanna, Valdicannesi, Spaltrocchi, Cilindro Chiodato, Chiodino Cantante, Sgrugnoletti,
Dzwonkowic (for Dzwonkowice and Echo Dzwonkowic), Wydawnictwo Dzwonkowskie, Przybyłkowska, Klepsydra z Warsztatu,
Klepsydrowicz, Закваскин (for Закваскино and Закваскинские вести), Хлебоквасова, Хлебоквасков, Счёты для внучки and
Мастерская деда Евграфа had no hits (Frascolari none but those inside that word). Dropped: Зябликова (a surname in
files; the byline became Прасковья Кукушонкова), Fenwold (names in files; the company became Quarrenby Media Ltd),
Harrowdene (names in files, tried for the same company), Brindlecombe (names in files; the town became Pudlescombe),
Quilliton (inside an identifier; the reporter became Jasper Tindlewick), Ormoulin (only inside other words, but dropped;
the village became Saint-Brouvelin), Vernouillet (a real town; the reporter became Gaspard Moustelier), Mühlgrabner (a
real developer's surname; the reporter became Torsten Grindelwäscher), Birkenfelder (a street name; the blogger became
Ortrun Rindenschläger), Tornavacca (a name in a file; the blogger became Amedeo Sgrugnoletti), Tokarzewicz (a name in
files; the blogger became Zbigniew Klepsydrowicz), Мукосеева (a surname in files; the reporter became Агриппина
Хлебоквасова), Костяшкин (a name in a game file) and Бусинкин (a surname in files; the Russian blogger signs with his
first name only). First names alone (Barnaby, Solène, Ortrun, Amedeo, Zbyszek, Евграф and the like), the commenters'
first names with an initial (Glenys P., Josette B., Gerlinde W., Renata G., Grażyna W., Людмила К. and the like),
generic names (Редакция районной газеты) and real brands, services, platforms, hosts, themes, bodies, people and places
(the embed services, Gumroad, Ko-fi, Leboncoin, Subito.it, BRT, Blogger, Michael Elkan (the real credit of Blogger's
Simple theme), Gandi and its Paris address, home.pl, Roskomnadzor, the Local Democracy Reporting Service, Bluesky,
Mastodon, LinkedIn, Wykop, Messenger, Pro Loco, WordPress, Astra, Kadence, GeneratePress, Neve, Blocksy, Twenty
Twenty-Two, Pegas, Narex, Mora, Allegro, Ozon, Amazon, Vercelli, Besançon, Asti, Turin, Krosno, Przemyśl and Karelia)
were not checked. (7) ``date`` printed 11:48:25 UTC after the allowed parts were printed, 11:49:03 when the lines were
written, 11:50:12 when the pages were written, 11:50:31 and 11:50:43 after the name checks, the fixes of check.py and
the grep of peek.out, 11:51:14 to 11:52:00 while the first five paragraphs were written, 11:52:09 at the measurement,
11:52:55 after the problems were printed and 11:53:20 after the tables were checked (the clock of this machine moved
slowly against the work done; I report what it printed). (8) The measurement was run once, in one shell call with the
brief's two commands (pytest output to /tmp/s181scratch/measure.out, report to /tmp/s181scratch/report.out); then
/tmp/s181scratch/problems.py printed the problems of every case with ``_problems`` (importing the copy in
/tmp/wt-s181/tests with /tmp/wt-s181/src on the path) to /tmp/s181scratch/problems.out: nine noise lines kept, twelve
pages with problems (17 page noise lines left, all of them kept in the text, and no article line lost), no keep line
lost, as in the Baseline paragraph. The reasons of the three tables (tables181.py) were written from that output, and
/tmp/s181scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same result) checked that
the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that
the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output names is quoted in its
page's reason and no other noise line of the page is, that each reason's count matches and that each reason says no
article line is lost; nothing else was changed: gen181.py wrote the final file from the same data files, checked that
its lists equal them, and the pytest command was run again on it in /tmp/wt-s181.

Judgement calls: the keep lines "Comments from swimmers were pinned to a board in the lido café for the whole summer.",
"Sharing the huts between two families a season was the council's idea in 1954.", "Following the fire pump's
restoration, the brigade plans to parade it at the summer fête.", "Subscribers to the old parish magazine paid for the
lock-up's new oak door in 1911.", "Copyright on the bell founder's drawings passed to the county archive when the firm
closed.", "Advertising the bake on the church noticeboard brought forty people with their own dough.", "Reading the
inscription on the bell took the headteacher three attempts and a torch.", "Partager le four avec le village voisin
était la règle jusqu'en 1962.", "Abonnés depuis des années au bulletin, les anciens pompiers ont reconnu la pompe sur la
photo.", "Commentant les travaux, le maire a rappelé que la pompe n'avait jamais quitté la commune.", "Folgen hatte der
Brand von 1872 auch für das Arresthäuschen: Sein Dach wurde neu gedeckt.", "Werbung für das Fest machte der Heimatverein
mit Flugblättern in allen Briefkästen.", "Teilen müssen sich die Vereine den Schlüssel des Häuschens künftig nicht
mehr.", "Condivisa tra tre consorzi, la casa delle pompe era rimasta chiusa per vent'anni.", "Commentando la riapertura,
il sindaco ha ringraziato i volontari del canale.", "Iscritti al gruppo di restauro sono ormai quaranta pensionati della
zona.", "Obserwujący prace uczniowie co rano pytali, kiedy dzwon wróci na miejsce.", "Udostępnienie dzwonnicy
zwiedzającym planowane jest na majowy dzień szkoły.", "Подписка на районную газету в деревне всегда была почти у каждого
двора." and "Комментируя ремонт, староста сказала, что печь топили по субботам ещё до войны." are article sentences:
each reports what swimmers at a lido, a council sharing huts, a fire brigade, subscribers of a parish magazine, a bell
founder's archive, bakers answering a notice, a headteacher reading a bell, villages sharing an oven, retired firemen, a
mayor, a fire of 1872, a local society's leaflets, clubs sharing a key, three drainage boards, a mayor thanking
volunteers, pensioners joining a restoration group, pupils watching the work, a school opening its bell tower or
villagers and a village head did, said or found, with the noise-like word as an ordinary noun, verb, participle or
adjective of the sentence ("Comments from swimmers" were notes pinned to a café board, not a comment count; "Sharing the
huts" is a council's rota, not a share row; "Following the fire pump's restoration" means after it, not a follow prompt;
"Subscribers to the old parish magazine" paid for a door in 1911, not a subscribe box; "Copyright on the bell founder's
drawings" passed to an archive, not a copyright footer; "Advertising the bake" on a noticeboard is what the village did,
not an ad label; "Reading the inscription" is a headteacher with a torch, not a reading time; the French "Partager",
"Abonnés" and "Commentant", the German "Folgen", "Werbung" and "Teilen", the Italian "Condivisa", "Commentando" and
"Iscritti", the Polish "Obserwujący" and "Udostępnienie" and the Russian "Подписка" and "Комментируя" are an oven shared
with a village, firemen who have taken the bulletin for years, a mayor remarking on the work, the consequences of a
fire, a society advertising its fête, clubs no longer sharing a key, a pump house shared by three boards, a mayor
remarking on a reopening, members of a restoration group, pupils watching, a bell tower opened to visitors,
subscriptions to a district paper and a village head remarking on the repair; none of them is share, subscribe, follow,
comment, ad, reading-time or copyright furniture). Categories: the Mixcloud, Prezi, Strava, uMap, Vimeo, Instagram,
Apple Podcasts and Yandex map lines are markers (each stands where an embed of the page did not come through; the
only-on-Mixcloud, third-party-cookies, hidden-activity, tile-server, password, private-account, episode-gone and
request-limit reasons are the embed's failure, not notices about the article); the English you'll-get-through-this and
grab-a-cup-of-tea lines and the French, German, Italian, Polish and Russian lines are reading times (the cup-of-tea line
is a blog's aside, but what it gives is the reading length); the filed-by, Redaktionsmitglied, Autorka and текст-и-фото
lines are bylines at the head (the Local Democracy Reporting Service is the reporter's employer, part of the credit),
and the Gumroad, Ko-fi, Leboncoin and Subito.it lines are bylines (self-promotion) at the foot (the Ko-fi line asks for
money rather than selling a thing, but it promotes the author as the other plugs do, so byline rather than share or
notice); the Blogger credit, the company-number line, the back-to-top row, the Gandi host line, the an-offer-of row, the
court-registration line, the home.pl line and the media-registration certificate are footers (the registration lines and
the host's address are the legal lines sites show at the foot, not notices on the article); the oldest-first,
commenting-as-a-guest, action-row, archived-thread, deleted-by-its-writer, best-comment, report-reply-like and
comments-switched-off lines are comment furniture (the action rows and the best-comment badge sit under or above a
reader's comment, and the switched-off note stands where the thread would be); the English, French and Polish rows are
share rows (the forward-it row is a share row though it opens with a question); the German transparency note and the
Italian written-with-the-Pro-Loco note are notices in the body (both speak of the article they sit in), and the Russian
Ctrl+Enter note is a notice at the foot (an instruction to readers about errors in the article; neither a footer nor
comment furniture). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads, account rows,
breaking-news tickers, section kickers, date lines, bylines, reading times, ad labels, sponsored headlines, captions and
credits, read-also links, share rows, newsletter prompts, comment counts, comments and replies, links rows, copyright
lines, blog names, menus, posted-on lines, tables of contents, photo captions, related-post links, affiliate links,
plugs, sign-offs, comments headings and platform credits) is noise. The list rows (what the lido's volunteers did, what
was redone on the fire pump and on the lock-up, what was restored at the pump house, what was done to the bell, what the
villagers did to the oven, and what the fretsaw, music-box, basket, barrel-organ, hourglass and abacus makers learned)
are short but part of each article, so article; the breaking-news tickers and read-also links name other stories of the
paper, so noise; the section kickers ("Leisure & Outdoors", "Patrimoine", "Aus den Ortsteilen", "Territorio", "Z
regionu", "Наш край") are the portal's section labels, so noise, though they stand right above the title; the captions
describe photos, so noise, though they speak of the story's subject; the related-post links name other posts of the
blog, so noise; the affiliate lines name the tool the author used but are shop links, so noise; the blogs' plugs ("If
you'd like one of my restored saws, I sell a few each year – drop me a line through the contact page." and the like)
speak in the author's voice and stand between the two last paragraphs, but sell, so noise; the sign-offs ("Happy sawing,
Barnaby" and the like) close the post in the author's voice but are a signature, so noise; the ad label, sponsored
headline and share row that sit inside article blocks are noise; the comment threads' last lines ("Sandra K.: Well done
to everyone who gave up their weekends." and the like) are readers' comments, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines: English, German, Polish and Russian), body 10 (the eight markers and two notices),
tail 24 (four plugs: two English, a French and an Italian one, eight footers, eight comment lines, three share rows and
one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines
and 120 article lines: en-portal-pudlescombe-lido-huts (a lido's twenty-two striped changing huts of 1936 back in use
after volunteers relaid their floors), en-blog-treadleloft-fretsaw (a Victorian treadle fretsaw from a farm sale brought
back to cutting), fr-portail-brouvelin-pompe-a-bras (a horse-drawn hand fire pump of 1887 restored by the firemen's
association), fr-blog-manivellebavarde-boite-a-musique (a first hand-cranked music box in a walnut case),
de-portal-kleinvelsheim-arresthaeuschen (a village lock-up of 1843 next to the bakehouse saved and opened to visitors),
de-blog-rindenwerk-birkenkorb (a first woven birch-bark basket, now a mushroom basket),
it-portale-valdicanna-casa-delle-pompe (a pump house of 1908 by a rice-field canal reopened after two years of work),
it-blog-chiodinocantante-organetto (a new pinned cylinder for a barrel organ from a flea market),
pl-portal-dzwonkowice-dzwon-szkolny (a school bell of 1928, taken down in 1985, rehung on the school roof),
pl-blog-klepsydrazwarsztatu-klepsydra (an hourglass frame turned in ash on a lathe), ru-portal-zakvaskino-pech (a
village's communal bread oven of 1926 relit after thirty years) and ru-blog-masterskayadedaevgrafa-schety (a wooden
abacus made for a granddaughter starting school), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 9ece020230427b3c919c7aa789d9addbb0302ac6, measured with ``cd /tmp/wt-s181 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s181/src python -m pytest -q tests/test_clean_held_out_181.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s181 && PYTHONPATH=/tmp/wt-s181/src python
scripts/clean_held_out_report.py --sets 181``, with the xfail tables empty, at 11:52:09 UTC by ``date``): noise lines
removed 36/45 (marker 6/8, reading-time 5/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English Strava route-map and
Italian Instagram placeholders), two reading times at the head (the English blog's grab-a-cup-of-tea line and the Polish
reading-will-take-you line), two bylines at the head (the English filed-by and the Russian text-and-photos bylines), one
byline at the foot (the Italian Subito.it turned-hourglasses plug), one comment line at the foot (the English
commenting-as-a-guest note) and one notice in the body (the German transparency note); the English Mixcloud and Prezi,
French uMap, German Vimeo, Polish Apple Podcasts and Russian Yandex map markers, the other five reading times, the
German Redaktionsmitglied and Polish Autorka bylines, the Gumroad, Ko-fi and Leboncoin plugs, all eight footers, the
other seven comment lines, every share row, the Italian Pro Loco note and the Russian Ctrl+Enter note went); keep lines
kept 20/20; pages 0/12 clean, 17 of 240 page noise lines left and 0 of 120 article lines lost. Left: on all six portal
pages the breaking-news ticker above the section kicker and the title (1 each: "Breaking: Level crossing at Mill Lane
closed after a lorry breakdown", "En continu : la départementale 14 fermée jusqu'à vendredi", "Eilmeldung: Kreisstraße
22 bis Freitag voll gesperrt", "Ultim'ora: chiusa la provinciale per una frana", "Pilne: droga powiatowa zamknięta do
piątku" and "Срочно: трассу на райцентр перекрыли до пятницы"); on the English fretsaw, German birch-bark basket,
Italian barrel-organ, Polish hourglass and Russian abacus blogs the photo caption between the first and second
paragraphs and the plug between the two last paragraphs (2 each); on the French music-box blog the photo caption between
the first and second paragraphs (1; its plug went). Lost: nothing; no page and no keep line loses an article line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s181 gave 56 passed, 21
xfailed, no XPASS.

Measured after round 121 (developed on sets 179 and 180 beside this set's writing from the same base, 9ece020, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 9beeb4e, the round
with the lead's mend): nothing moved. Round 121 kept a last paragraph between the share row and the tags line, took a
most-read box under a paragraph, the writer's offer under a sign-off by a quote, prices or sign-ups through, from or on
the writer's page, a newsletter offered with its recurrence and reading times asked of the reader; this set's portals
keep a breaking-news ticker above the title and its blogs a conditional offer between the last paragraphs ("If you'd
like one of my restored saws, ..."), other shapes. Its lines and pages are as measured and none of its xfail entries is
removed. Noise lines 36 of 45, keep 20 of 20, pages clean 0 of 12, page noise lines left 17 of 240, article lines lost 0
of 120.

Round 122 (development; this set was read in full from this round on): the breaking-news ticker heading the title's own
block, over the section kicker the head pass took and the title last, goes (page_blocks._mark_head_ticker now reads the
first line of the title's block when every line between it and the title was taken and the top block has a line the
rules took, with round 109's _HEAD_TICKER, the check moved to _mark_ticker_line): all six portals are clean. The
writer's conditional offer between the two last paragraphs over the sign-off goes (page_blocks.mark_writers_sign_off,
beside round 120's subscribe prompt in that place: a condition put to the reader opening the line, _READER_OFFER built
on _READER_IF, which _READER_ADVICE now shares, and a channel to the writer, _is_contact_channel: _OFFER_CHANNEL naming
the contact page or form, _CONTACT_WORD): the English, German, Italian and Polish plugs went; the Russian one stays, as
its sign-off "Ваш дед Евграф" has no comma and is taken by the trailing labels, so the sign-off reading does not run.
Other sets whose xfails were removed: none (no other set's figures moved). All sets' totals before -> after
(clean_held_out_report.py): noise lines removed 7120 of 7861 -> 7120 of 7861, keep lines 3487 of 3487 -> 3487 of 3487,
pages clean 1205 -> 1211 of 2062, page noise lines left 1786 -> 1772 of 42960, paragraphs lost 2 -> 2 (only sets 181 and
182 moved). SemEval: 0 changed files of 3723 (semeval_noise_diff.py diff). Bench ratio: 1.27 (bench_clean.py against
f710fd0's src, measured under a load of about six on two cores while the tests and other helpers' jobs ran; the change
adds a check per page on the title's block and two regex tests at the post's end). This set: noise lines 36 of 45 -> 36
of 45 (marker 6/8, reading-time 5/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; unchanged), keep 20 of
20 -> 20 of 20, pages clean 0 of 12 -> 6 of 12, page noise lines left 17 -> 7 of 240, article lines lost 0 -> 0 of 120.
pytest: sets 181 and 182 with the new tables 122 passed, 32 xfailed; the full cleaning test set (run on the code before
the tables were edited) gave 22345 passed, 1622 xfailed and 6 failed, the six XPASS(strict) of this set's portals whose
entries were then removed; the 17 test_round_122_* tests passed. The six portal entries were removed from _PAGE_XFAIL;
the English fretsaw, German basket, Italian barrel-organ and Polish hourglass blogs' reasons were reworded to the photo
caption alone (1 of 20 each). Still missed: the photo captions between the first and second paragraphs of the six blogs
(no credit, no label), the Russian abacus blog's plug, and the nine lines of _LINE_XFAIL (the Strava and Instagram
placeholders, the grab-a-cup-of-tea and Polish reading times, the filed-by and text-and-photos bylines, the Subito.it
plug, the commenting-as-a-guest note and the transparency note), not reached this round.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_181_LINES: list[tuple[str, str, str]] = [
    ('body', 'Mixcloud player unavailable: this upload can only be heard on Mixcloud itself.', 'marker'),
    ('body', 'Prezi presentation failed to load: the viewer needs third-party cookies turned on.', 'marker'),
    ('body', 'Strava route map not displayed: the athlete has hidden this activity from public view.', 'marker'),
    ('body', "La carte uMap ne s'affiche pas : le serveur de tuiles ne répond plus.", 'marker'),
    ('body', 'Der Vimeo-Player konnte nicht geladen werden: Das Video ist passwortgeschützt.', 'marker'),
    ('body', "Il post di Instagram non è visualizzabile: l'account è diventato privato.", 'marker'),
    ('body', 'Odtwarzacz Apple Podcasts nie wczytał się: odcinek nie jest już dostępny w serwisie.', 'marker'),
    ('body', 'Яндекс Карта не загрузилась: превышен лимит запросов к API.', 'marker'),
    ('head', "You'll get through this in about 7 minutes", 'reading-time'),
    ('head', 'Grab a cup of tea: this one runs to about fifteen minutes of reading.', 'reading-time'),
    ('head', 'Comptez 7 minutes de lecture', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 7 Minuten.', 'reading-time'),
    ('head', 'Lettura da 7 minuti', 'reading-time'),
    ('head', 'Przeczytanie zajmie Ci około 7 minut.', 'reading-time'),
    ('head', 'Чтение займёт 7 минут', 'reading-time'),
    ('head', 'Filed by Ottoline Brackenstowe · Local Democracy Reporting Service', 'byline'),
    ('head', 'Von unserem Redaktionsmitglied Hildrun Kesselbräuer', 'byline'),
    ('head', 'Autorka: Jadwiga Szczypiórkowska, redaktorka działu regionalnego', 'byline'),
    ('head', 'Текст и фото — Прасковья Кукушонкова', 'byline'),
    ('tail', 'Cut-out patterns for all my fretwork designs are on Gumroad, pay what you like from £2.', 'byline'),
    ('tail',
     'Enjoy these build notes? You can buy me a coffee on Ko-fi – every cup pays for more blade stock.', 'byline'),
    ('tail', 'Mes boîtes à musique sont en vente sur Leboncoin, remise en main propre à Besançon.', 'byline'),
    ('tail', 'Le mie clessidre tornite si trovano su Subito.it, spedisco con BRT.', 'byline'),
    ('tail', 'Simple theme. Theme images by Michael Elkan. Powered by Blogger.', 'footer'),
    ('tail', 'Published by Quarrenby Media Ltd, registered in England and Wales no. 09314472.', 'footer'),
    ('tail', 'Back to top ↑ · Terms of use · Modern slavery statement', 'footer'),
    ('tail', 'Hébergé par Gandi SAS, 63-65 boulevard Masséna, 75013 Paris', 'footer'),
    ('tail', 'Ein Angebot der Velsheimer Verlagsgesellschaft mbH · AGB · Widerrufsbelehrung', 'footer'),
    ('tail',
     'Testata registrata presso il Tribunale di Vercelli n. 12/2014 · Direttore responsabile: Ermenegilda Frascolari',
     'footer'),
    ('tail', 'Strona działa na serwerach home.pl · Wszelkie prawa zastrzeżone', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Comments are shown oldest first · Switch to newest first', 'comments'),
    ('tail', 'You are commenting as a guest. Sign in to keep your name on future comments.', 'comments'),
    ('tail', 'Reply · Like · Report · 3h', 'comments'),
    ('tail', "Ce fil de discussion est archivé : il n'est plus possible de répondre.", 'comments'),
    ('tail', 'Dieser Kommentar wurde vom Verfasser gelöscht.', 'comments'),
    ('tail', 'Miglior commento · 27 voti positivi', 'comments'),
    ('tail', 'Zgłoś naruszenie · Odpowiedz · Lubię to (4)', 'comments'),
    ('tail', 'Комментарии к этой записи отключены автором.', 'comments'),
    ('tail', "Know someone who'd enjoy this? Forward it: Email · WhatsApp · Bluesky", 'share'),
    ('tail', 'Partager sur : Bluesky · Mastodon · LinkedIn', 'share'),
    ('tail', 'Udostępnij znajomym: Messenger · WhatsApp · Wykop', 'share'),
    ('body', 'Transparenzhinweis: Der Autor ist Mitglied im Förderverein der Schule.', 'notice'),
    ('body', 'Articolo realizzato in collaborazione con la Pro Loco del paese.', 'notice'),
    ('tail', 'Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.', 'notice'),
]
HELD_OUT_181_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from swimmers were pinned to a board in the lido café for the whole summer.'),
    ('head', "Sharing the huts between two families a season was the council's idea in 1954."),
    ('head', "Following the fire pump's restoration, the brigade plans to parade it at the summer fête."),
    ('body', "Subscribers to the old parish magazine paid for the lock-up's new oak door in 1911."),
    ('body', "Copyright on the bell founder's drawings passed to the county archive when the firm closed."),
    ('body', 'Advertising the bake on the church noticeboard brought forty people with their own dough.'),
    ('tail', 'Reading the inscription on the bell took the headteacher three attempts and a torch.'),
    ('head', "Partager le four avec le village voisin était la règle jusqu'en 1962."),
    ('body', 'Abonnés depuis des années au bulletin, les anciens pompiers ont reconnu la pompe sur la photo.'),
    ('tail', "Commentant les travaux, le maire a rappelé que la pompe n'avait jamais quitté la commune."),
    ('head', 'Folgen hatte der Brand von 1872 auch für das Arresthäuschen: Sein Dach wurde neu gedeckt.'),
    ('body', 'Werbung für das Fest machte der Heimatverein mit Flugblättern in allen Briefkästen.'),
    ('tail', 'Teilen müssen sich die Vereine den Schlüssel des Häuschens künftig nicht mehr.'),
    ('head', "Condivisa tra tre consorzi, la casa delle pompe era rimasta chiusa per vent'anni."),
    ('tail', 'Commentando la riapertura, il sindaco ha ringraziato i volontari del canale.'),
    ('tail', 'Iscritti al gruppo di restauro sono ormai quaranta pensionati della zona.'),
    ('head', 'Obserwujący prace uczniowie co rano pytali, kiedy dzwon wróci na miejsce.'),
    ('tail', 'Udostępnienie dzwonnicy zwiedzającym planowane jest na majowy dzień szkoły.'),
    ('tail', 'Подписка на районную газету в деревне всегда была почти у каждого двора.'),
    ('tail', 'Комментируя ремонт, староста сказала, что печь топили по субботам ещё до войны.'),
]
HELD_OUT_181_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pudlescombe-lido-huts', [
        [
            '-The Pudlescombe Clarion',
            '-Sign in · My account · Subscribe from £1',
        ],
        [
            '-Breaking: Level crossing at Mill Lane closed after a lorry breakdown',
            '-Leisure & Outdoors',
            "+Lido's striped changing huts back in use after a winter of repairs",
        ],
        [
            '-Published 4 December 2026, 08:15 GMT',
            '-By Jasper Tindlewick, Community Reporter',
            '-4 min read',
        ],
        [
            '+The twenty-two timber changing huts along the poolside at Pudlescombe Lido have reopened after '
            'volunteers replaced their rotten floors over the winter.',
            '-Advertisement',
            '-Sponsored: Compare boiler cover from local engineers before the cold snap',
            '+The huts date from 1936, when the open-air pool was dug by unemployed quarrymen, and each still '
            'carries its original enamel number plate.',
        ],
        [
            '+"Some families have used the same hut for three generations, so nobody wanted plastic cubicles," said '
            "the lido's manager.",
            '-The repainted huts in their blue and white stripes on the morning of the reopening.',
            '-Photo: R.H. for the Clarion',
        ],
        [
            "-Read also: Town's bandstand to get a new roof next spring",
            '+What the volunteers did',
            '+Laid new larch floors in every hut',
            '+Rehung the doors on bronze hinges',
            '+Repainted the stripes in the 1936 colours',
        ],
        [
            '+The work cost just under nine thousand pounds, most of it raised at a sponsored swim in August.',
            '-Share this story: Facebook · WhatsApp · Email',
            "+The lido opens for its winter dip on New Year's Day, with the huts available to book at the kiosk.",
            "-Get the Clarion's morning briefing in your inbox every weekday – sign up free",
        ],
        [
            '-5 comments',
            '-Glenys P.: My grandmother had hut 14, lovely to see it back.',
            '-→ Trevor M.: Same here, hut 9 was ours every August.',
            '-Sandra K.: Well done to everyone who gave up their weekends.',
        ],
        [
            '-About us · Contact · Advertise · Privacy · Cookies',
            '-© 2026 Pudlescombe Clarion Newspapers. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-treadleloft-fretsaw', [
        [
            '-The Treadle Loft',
            '-Home · Projects · Patterns · About me',
        ],
        [
            '-Posted on 2 December 2026 by Barnaby Whitsonby',
            '+Bringing a Victorian treadle fretsaw back to life',
        ],
        [
            '-Reading time: 8 minutes',
            '-In this post',
            '-1. Stripping the frame',
            '-2. The first cut',
        ],
        [
            '+The fretsaw came from a farm sale in a box of rusty parts, with the treadle and the flywheel still '
            'joined by a leather belt.',
            '-The frame laid out on the bench before it went into the rust remover.',
            '+I took the whole machine apart, soaked the cast-iron frame in citric acid for two days and brushed it '
            'down to bare metal.',
        ],
        [
            '+The hardest part was the upper arm, and as an old joiner at the club told me, "If the arm isn\'t '
            'square, every blade will snap within the hour."',
            '-Related: Sharpening a tenon saw with a homemade jig',
        ],
        [
            '+What I learned',
            '+Keep the belt slightly slack',
            '+Tension the blade until it pings',
            '+Oil the pivots before every session',
            '-The blades I use: Pegas scroll saw blades, pack of 72 (affiliate link)',
        ],
        [
            '+The first thing I cut on it was a simple squirrel puzzle for my niece, and it took barely twenty '
            'minutes.',
            "-If you'd like one of my restored saws, I sell a few each year – drop me a line through the contact "
            'page.',
            '+Next winter I want to make a proper marquetry picture on it, working from an old pattern book.',
            '-Happy sawing, Barnaby',
            '-Share on: Facebook · Pinterest · Reddit',
        ],
        [
            '-3 thoughts on this post',
            '-Colin F.: What pitch of blade do you use for oak?',
            '-↳ Barnaby: Mostly number 5, Colin; anything finer burns.',
            '-Meera S.: My grandfather had one just like it in his shed.',
            '-↳ Colin F.: Worth hunting out, Meera, they run for ever.',
        ],
        [
            '-© 2026 Barnaby Whitsonby · All rights reserved',
            '-Proudly powered by WordPress · Theme: Twenty Twenty-Two',
        ],
    ]),
    _page('fr', 'fr-portail-brouvelin-pompe-a-bras', [
        [
            "-L'Écho de Brouvelin",
            "-Se connecter · Mon compte · S'abonner",
        ],
        [
            "-En continu : la départementale 14 fermée jusqu'à vendredi",
            '-Patrimoine',
            '+La pompe à bras des pompiers de Saint-Brouvelin retrouve son attelage',
        ],
        [
            '-Publié le 4 décembre 2026 à 07h40',
            '-Par Gaspard Moustelier',
            '-Lecture : 4 min',
        ],
        [
            '+La pompe à incendie à bras, tirée autrefois par deux chevaux, a été présentée samedi dans la cour de '
            'la caserne après trois ans de restauration.',
            '-Publicité',
            '-Contenu sponsorisé : isolez vos combles pour un euro avec une entreprise locale',
            "+Fabriquée à Paris en 1887, elle avait servi jusqu'en 1935 avant d'être remisée dans une grange de la "
            'commune.',
        ],
        [
            "+« Nos anciens l'ont manœuvrée lors du grand incendie de 1911, il fallait qu'elle reparte », a déclaré "
            'le chef de centre.',
            '-La pompe restaurée, devant la caserne, le jour de sa présentation.',
            '-Crédit photo : G.M.',
        ],
        [
            '-À lire aussi : Le lavoir du hameau des Prés bientôt restauré',
            '+Ce qui a été refait',
            '+Les roues en chêne et leurs cercles de fer',
            '+Le balancier et ses deux pistons en bronze',
            "+La caisse repeinte en rouge d'origine",
        ],
        [
            "+La restauration a coûté douze mille euros, financés par l'amicale des sapeurs-pompiers et une "
            'souscription.',
            '-Partager cet article : Facebook · WhatsApp · E-mail',
            "+La pompe sera attelée pour la fête de la Sainte-Barbe, le 6 décembre, avec deux chevaux d'une ferme "
            'voisine.',
            "-Recevez chaque matin notre lettre d'information – inscription gratuite",
        ],
        [
            '-4 commentaires',
            "-Josette B. : Mon grand-père était dans l'équipe de 1911, quelle émotion.",
            '-→ Alain R. : Le mien aussi, ils en parlaient encore dans les années soixante.',
            "-Nadine V. : Bravo à l'amicale pour ce beau travail.",
        ],
        [
            '-Qui sommes-nous · Contact · Mentions légales · Données personnelles · Cookies',
            '-© 2026 Éditions du Brouvelinois. Tous droits réservés.',
        ],
    ]),
    _page('fr', 'fr-blog-manivellebavarde-boite-a-musique', [
        [
            '-La Manivelle Bavarde',
            '-Accueil · Mes projets · Boutique · À propos',
        ],
        [
            '-Publié le 1er décembre 2026 par Solène Piquemarre',
            '+Ma première boîte à musique à manivelle',
        ],
        [
            '-Temps de lecture : 6 minutes',
            '-Sommaire',
            '-1. Le mécanisme',
            '-2. La boîte en noyer',
        ],
        [
            "+J'ai acheté un petit mécanisme à manivelle de dix-huit lames pour quelques euros, avec l'idée de lui "
            'fabriquer une vraie boîte.',
            '-Le mécanisme posé sur son carton perforé, avant le montage.',
            "+La boîte est en noyer massif, assemblée à queues d'aronde, avec un fond en épicéa pour faire résonner "
            'le peigne.',
        ],
        [
            "+Un luthier de mon quartier m'a donné le meilleur conseil : « Le bois fait chanter le peigne, la colle "
            'le fait taire. »',
            '-Sur le même sujet : Tourner une toupie en buis',
        ],
        [
            "+Ce que j'ai appris",
            '+Visser le mécanisme sans colle',
            '+Laisser un jour entre deux couches de vernis',
            '+Percer le trou de la manivelle en dernier',
            '-Mes outils : le kit de ciseaux à bois Narex sur Amazon (lien affilié)',
        ],
        [
            "+La première mélodie que j'ai jouée dessus était « Au clair de la lune », pour ma fille qui était ravie.",
            "-Si vous voulez une boîte personnalisée, j'en fabrique sur commande : écrivez-moi via la page Contact.",
            "+Pour la prochaine, j'essaierai de percer moi-même une bande de carton avec une chanson de mon enfance.",
            '-À bientôt, Solène',
            '-Partager : Facebook · Pinterest · X',
        ],
        [
            '-3 réactions',
            '-Martine D. : Quel joli travail, où trouves-tu les mécanismes ?',
            '-↳ Solène : Chez un fournisseur en ligne, Martine, je te mets le lien en message privé.',
            '-Henri L. : Le noyer donne un son très chaud, bon choix.',
            "-↳ Martine D. : Tout à fait d'accord avec Henri.",
        ],
        [
            '-© 2026 Solène Piquemarre · Tous droits réservés',
            '-Propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-kleinvelsheim-arresthaeuschen', [
        [
            '-Velsheimer Rundschau',
            '-Anmelden · Mein Konto · Abo ab 1 Euro',
        ],
        [
            '-Eilmeldung: Kreisstraße 22 bis Freitag voll gesperrt',
            '-Aus den Ortsteilen',
            '+Kleinvelsheim rettet sein altes Arresthäuschen',
        ],
        [
            '-Veröffentlicht am 04.12.2026, 07:30 Uhr',
            '-Von Torsten Grindelwäscher',
            '-4 Min. Lesezeit',
        ],
        [
            '+Das winzige Arresthäuschen neben dem Backhaus ist nach einem Jahr Arbeit wieder für Besucher geöffnet.',
            '-Anzeige',
            '-Gesponsert: Jetzt Photovoltaik vom Fachbetrieb aus der Region anfragen',
            '+Der Bruchsteinbau von 1843 diente früher als Ortsarrest für Betrunkene und Landstreicher, später als '
            'Geräteschuppen.',
        ],
        [
            '+„Wir wollten, dass die Kinder sehen, wie streng es früher zuging“, sagte der Vorsitzende des '
            'Heimatvereins.',
            '-Das restaurierte Häuschen mit seiner neuen Eichentür.',
            '-Foto: T. G.',
        ],
        [
            '-Lesen Sie auch: Dorfbrunnen bekommt neue Pumpe',
            '+Was saniert wurde',
            '+Das Dach mit alten Biberschwänzen',
            '+Die vergitterte Fensterluke',
            '+Die Holzpritsche in der Zelle',
        ],
        [
            '+Die Sanierung kostete rund 15.000 Euro, den Großteil trugen die Gemeinde und eine Stiftung.',
            '-Artikel teilen: Facebook · WhatsApp · E-Mail',
            '+Zum Tag des offenen Denkmals im September soll das Häuschen mit einer kleinen Ausstellung öffnen.',
            '-Den Rundschau-Newsletter jeden Morgen kostenlos ins Postfach',
        ],
        [
            '-3 Kommentare',
            '-Gerlinde W.: Mein Opa hat da mal eine Nacht verbracht, das hat er oft erzählt.',
            '-→ Rainer S.: Das war wohl nicht der Einzige im Dorf.',
            '-Ulrike H.: Schön, dass so etwas erhalten bleibt.',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Rundschau Medien Velsheim GmbH. Alle Rechte vorbehalten.',
        ],
    ]),
    _page('de', 'de-blog-rindenwerk-birkenkorb', [
        [
            '-Rindenwerk',
            '-Start · Projekte · Kurse · Über mich',
        ],
        [
            '-Veröffentlicht am 2. Dezember 2026 von Ortrun Rindenschläger',
            '+Mein erster geflochtener Korb aus Birkenrinde',
        ],
        [
            '-Lesedauer: 7 Minuten',
            '-Inhaltsverzeichnis',
            '-1. Rinde ernten',
            '-2. Flechten',
        ],
        [
            '+Die Rinde stammt von einer Birke, die im Juni bei einer Durchforstung gefällt wurde, und ließ sich in '
            'langen Bahnen abziehen.',
            '-Die aufgerollten Rindenstreifen beim Trocknen im Schatten.',
            '+Ich habe die Bahnen in gleich breite Streifen geschnitten und sie vor dem Flechten einen Tag lang '
            'gewässert.',
        ],
        [
            '+Eine alte Korbmacherin aus dem Nachbardorf gab mir den Rat: „Zieh jeden Streifen fest, sonst wird der '
            'Boden schief.“',
            '-Passend dazu: Löffel schnitzen aus frischem Birkenholz',
        ],
        [
            '+Was ich gelernt habe',
            '+Die Rinde nur im Frühsommer ernten',
            '+Die Streifen immer feucht halten',
            '+Den Rand doppelt legen',
            '-Mein Messer: Mora Schnitzmesser 106 bei Amazon (Affiliate-Link)',
        ],
        [
            '+Der fertige Korb fasst etwa zwei Liter und dient jetzt als Pilzkorb für die Herbstspaziergänge.',
            '-Wer einen Korb haben möchte, schreibt mir über das Kontaktformular, ich flechte auf Bestellung.',
            '+Im nächsten Sommer will ich eine Dose mit Deckel flechten, wie sie in Karelien üblich ist.',
            '-Liebe Grüße, Ortrun',
            '-Teilen auf: Facebook · Pinterest · Threads',
        ],
        [
            '-4 Kommentare',
            '-Heike P.: Wunderschön! Wie lange hält so ein Korb?',
            '-↳ Ortrun: Bei guter Pflege Jahrzehnte, Heike.',
            '-Jens K.: Ich habe im Urlaub in Finnland solche Körbe gesehen.',
            '-↳ Heike P.: Dann weißt du ja, wie schön sie altern, Jens.',
        ],
        [
            '-© 2026 Ortrun Rindenschläger · Alle Rechte vorbehalten',
            '-Erstellt mit WordPress · Theme: Kadence',
        ],
    ]),
    _page('it', 'it-portale-valdicanna-casa-delle-pompe', [
        [
            '-La Gazzetta di Valdicanna',
            '-Accedi · Il mio profilo · Abbonati',
        ],
        [
            "-Ultim'ora: chiusa la provinciale per una frana",
            '-Territorio',
            '+Riapre la casa delle pompe sul canale di Valdicanna',
        ],
        [
            '-Pubblicato il 4 dicembre 2026 alle 8:10',
            '-Di Eugenio Spaltrocchi',
            '-Tempo di lettura: 4 minuti',
        ],
        [
            '+La vecchia casa delle pompe lungo il canale è stata riaperta domenica dopo due anni di lavori.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: infissi nuovi con lo sconto in fattura',
            "+L'edificio, costruito nel 1908, ospitava le pompe a vapore che sollevavano l'acqua dalle risaie.",
        ],
        [
            "+«Qui lavorava mio nonno, e volevamo che i ragazzi capissero quanta fatica costava l'acqua», ha detto "
            'il presidente del consorzio.',
            '-La sala macchine restaurata, con le pompe ridipinte.',
            '-Foto di E.S.',
        ],
        [
            '-Leggi anche: La festa del riso torna in piazza a settembre',
            '+Cosa è stato restaurato',
            '+Il tetto in coppi',
            '+Le due pompe centrifughe originali',
            '+La ciminiera in mattoni',
        ],
        [
            '+I lavori sono costati circa 180 mila euro, finanziati dalla Regione e dal consorzio di bonifica.',
            '-Condividi: Facebook · WhatsApp · Email',
            '+La casa delle pompe sarà aperta ogni prima domenica del mese, con visite guidate dai volontari.',
            '-Iscriviti alla nostra newsletter per ricevere le notizie ogni mattina',
        ],
        [
            '-3 commenti',
            '-Renata G.: Ci andavo da bambina a portare il pranzo a mio padre.',
            '-→ Piero L.: Anche mio padre ci lavorava, chissà se si conoscevano.',
            '-Silvana M.: Finalmente, era un peccato vederla cadere a pezzi.',
        ],
        [
            '-Chi siamo · Contatti · Note legali · Privacy · Cookie',
            '-© 2026 Edizioni Valdicannesi srl. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-chiodinocantante-organetto', [
        [
            '-Il Chiodino Cantante',
            '-Home · Progetti · Chi sono · Contatti',
        ],
        [
            '-Pubblicato il 2 dicembre 2026 da Amedeo Sgrugnoletti',
            '+Ho rifatto il cilindro chiodato del mio organetto di Barberia',
        ],
        [
            '-Tempo di lettura: 8 minuti',
            '-Indice',
            '-1. Il vecchio cilindro',
            '-2. La chiodatura',
        ],
        [
            "+L'organetto l'ho trovato a un mercatino di Asti, con il mantice sano ma il cilindro spaccato in due.",
            '-Il vecchio cilindro spaccato, appena smontato.',
            "+Ho tornito un cilindro nuovo in pioppo e l'ho rivestito di carta su cui ho segnato a matita la "
            'posizione di ogni nota.',
        ],
        [
            "+Un vecchio riparatore di Torino mi ha detto: «Un chiodo storto e la canzone diventa un'altra.»",
            '-Potrebbe interessarti anche: Come accordare le canne di un organetto',
        ],
        [
            '+Cosa ho imparato',
            '+Segnare le note prima di forare',
            '+Usare chiodini di ottone',
            '+Provare il cilindro a mano',
            '-Il mio trapano a colonna su Amazon (link di affiliazione)',
        ],
        [
            "+La prima melodia che ho chiodato è una mazurka che suonava mio nonno, e l'organetto la suona quasi "
            'giusta.',
            '-Se anche tu hai un organetto da sistemare, scrivimi dalla pagina Contatti: restauro su richiesta.',
            '+Il prossimo passo sarà un secondo cilindro con tre canzoni popolari piemontesi.',
            '-Un saluto, Amedeo',
            '-Condividi su: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-5 commenti',
            '-Lucia F.: Che pazienza! Quanti chiodi ci sono voluti?',
            '-↳ Amedeo: Più di seicento, Lucia.',
            '-Franco B.: Anche io ne ho uno in soffitta, magari ci provo.',
            '-↳ Lucia F.: Fallo, Franco, poi raccontaci.',
        ],
        [
            '-© 2026 Amedeo Sgrugnoletti · Tutti i diritti riservati',
            '-Creato con WordPress · Tema GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-dzwonkowice-dzwon-szkolny', [
        [
            '-Echo Dzwonkowic',
            '-Zaloguj się · Moje konto · Prenumerata',
        ],
        [
            '-Pilne: droga powiatowa zamknięta do piątku',
            '-Z regionu',
            '+Szkolny dzwon w Dzwonkowicach znów wisi na swoim miejscu',
        ],
        [
            '-Opublikowano 4 grudnia 2026, 7:50',
            '-Halina Przybyłkowska',
            '-Czytanie zajmie 4 min',
        ],
        [
            '+Zabytkowy dzwon szkolny, zdjęty w 1985 roku, został w sobotę ponownie zawieszony na dachu szkoły.',
            '-Reklama',
            '-Artykuł sponsorowany: pompy ciepła z montażem i dofinansowaniem',
            '+Dzwon odlano w 1928 roku w Przemyślu, a przez dziesięciolecia wzywał dzieci na lekcje.',
        ],
        [
            '+– Wielu z nas pamięta ten dźwięk z dzieciństwa, dlatego tak nam zależało – powiedziała dyrektorka '
            'szkoły.',
            '-Dzwon na nowej belce, tuż po zawieszeniu.',
            '-Fot. H.P.',
        ],
        [
            '-Przeczytaj też: Nowy chodnik przy kościele gotowy',
            '+Co zostało zrobione',
            '+Oczyszczono dzwon z rdzy',
            '+Wymieniono dębową belkę',
            '+Dorobiono nowe serce',
        ],
        [
            '+Prace kosztowały około 20 tysięcy złotych, które zebrali rodzice i absolwenci szkoły.',
            '-Udostępnij: Facebook · WhatsApp · E-mail',
            '+Dzwon zabrzmi po raz pierwszy na rozpoczęcie roku szkolnego we wrześniu.',
            '-Zapisz się na nasz newsletter i otrzymuj wiadomości codziennie rano',
        ],
        [
            '-4 komentarze',
            '-Grażyna W.: Pamiętam ten dzwon z pierwszej klasy, piękna wiadomość.',
            '-→ Marek J.: Ja też, dzwonił zawsze za wcześnie.',
            '-Teresa K.: Brawo dla rodziców i absolwentów.',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności · Cookies',
            '-© 2026 Wydawnictwo Dzwonkowskie. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-klepsydrazwarsztatu-klepsydra', [
        [
            '-Klepsydra z Warsztatu',
            '-Start · Projekty · O mnie · Kontakt',
        ],
        [
            '-Opublikowano 2 grudnia 2026 przez Zbigniewa Klepsydrowicza',
            '+Toczona klepsydra z jesionu i starego szkła',
        ],
        [
            '-Czas czytania: 7 minut',
            '-Spis treści',
            '-1. Toczenie słupków',
            '-2. Piasek',
        ],
        [
            '+Ramę klepsydry wytoczyłem na tokarce z jesionowej deski, która od lat leżała w garażu.',
            '-Trzy toczone słupki przed szlifowaniem.',
            '+Szklaną bańkę kupiłem od hutnika z Krosna, a piasek przesiałem trzy razy przez sitko do mąki.',
        ],
        [
            '+Stary tokarz z sąsiedniej wsi powiedział mi: „Dłuto ma ciąć, a nie skrobać, inaczej drewno się porwie”.',
            '-Zobacz też: Jak naostrzyć dłuto tokarskie',
        ],
        [
            '+Czego się nauczyłem',
            '+Toczyć na niskich obrotach',
            '+Suszyć piasek w piekarniku',
            '+Mierzyć czas kilka razy',
            '-Moje dłuta: zestaw dłut tokarskich na Allegro (link afiliacyjny)',
        ],
        [
            '+Klepsydra odmierza teraz równo trzy minuty i stoi w kuchni obok czajnika.',
            '-Jeśli chcesz podobną klepsydrę, napisz do mnie przez formularz kontaktowy – robię na zamówienie.',
            '+Następną chcę zrobić z orzecha, tym razem na pół godziny.',
            '-Pozdrawiam, Zbyszek',
            '-Udostępnij na: Facebook · Pinterest · X',
        ],
        [
            '-3 komentarze',
            '-Ewa S.: Piękna! Skąd wziąłeś szkło?',
            '-↳ Zbyszek: Z huty w Krośnie, Ewo, robią na zamówienie.',
            '-Piotr N.: Świetny pomysł z piekarnikiem.',
            '-↳ Ewa S.: Też bym na to nie wpadła, Piotrze.',
        ],
        [
            '-© 2026 Zbigniew Klepsydrowicz · Wszelkie prawa zastrzeżone',
            '-Strona działa na WordPress · Motyw Neve',
        ],
    ]),
    _page('ru', 'ru-portal-zakvaskino-pech', [
        [
            '-Закваскинские вести',
            '-Войти · Личный кабинет · Подписка',
        ],
        [
            '-Срочно: трассу на райцентр перекрыли до пятницы',
            '-Наш край',
            '+В Закваскине снова затопили общественную хлебную печь',
        ],
        [
            '-Опубликовано 4 декабря 2026, 08:05',
            '-Агриппина Хлебоквасова',
            '-Читать 4 мин',
        ],
        [
            '+Старую общественную печь у колодца в субботу впервые за тридцать лет растопили для выпечки хлеба.',
            '-Реклама',
            '-Партнёрский материал: утеплим дом до морозов со скидкой',
            '+Печь сложили в 1926 году, и раньше по очереди пекли в ней хлеб все дворы деревни.',
        ],
        [
            '+«Мы хотели, чтобы внуки узнали вкус настоящего подового хлеба», — рассказала староста деревни.',
            '-Первые караваи из восстановленной печи.',
            '-Фото: А. Х.',
        ],
        [
            '-Читайте также: В клубе открылся кружок народного танца',
            '+Что сделали жители',
            '+Переложили под из старого кирпича',
            '+Поставили новую чугунную заслонку',
            '+Построили навес над печью',
        ],
        [
            '+На ремонт собрали около ста тысяч рублей, часть денег выделило сельское поселение.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Теперь печь будут топить каждую субботу, а в праздники — устраивать общий пир.',
            '-Подпишитесь на наш канал, чтобы не пропустить новости района',
        ],
        [
            '-4 комментария',
            '-Людмила К.: Помню этот хлеб с детства, спасибо всем!',
            '-→ Николай П.: И я помню, бабушка всегда брала два каравая.',
            '-Валентина Р.: Обязательно приедем в субботу.',
        ],
        [
            '-О редакции · Контакты · Правила · Политика конфиденциальности',
            '-© 2026 Редакция районной газеты. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-masterskayadedaevgrafa-schety', [
        [
            '-Мастерская деда Евграфа',
            '-Главная · Поделки · Обо мне · Контакты',
        ],
        [
            '-Опубликовано 2 декабря 2026 · Евграф',
            '+Деревянные счёты для внучки своими руками',
        ],
        [
            '-Время чтения: 6 минут',
            '-Содержание',
            '-1. Рамка',
            '-2. Костяшки',
        ],
        [
            '+Внучка пошла в первый класс, и я решил сделать ей настоящие счёты, как у моей бабушки в магазине.',
            '-Заготовки для рамки из берёзы перед шлифовкой.',
            '+Рамку я собрал из берёзовых брусков на шкантах, а спицы сделал из стальной проволоки.',
        ],
        [
            '+Сосед-столяр посоветовал: «Костяшки точи из липы, она лёгкая и не колется».',
            '-Читайте также: Как я делал скворечник с внуком',
        ],
        [
            '+Что я понял',
            '+Сверлить костяшки по кондуктору',
            '+Красить до сборки',
            '+Скруглять все углы',
            '-Мой сверлильный станок на Ozon (партнёрская ссылка)',
        ],
        [
            '+Внучка уже умеет считать на них до ста и гордо показывает счёты всему классу.',
            '-Если хотите такие же счёты, пишите через форму обратной связи — сделаю на заказ.',
            '+Следующим будет деревянный пенал с выдвижной крышкой.',
            '-Ваш дед Евграф',
            '-Поделиться: ВКонтакте · Одноклассники · WhatsApp',
        ],
        [
            '-5 комментариев',
            '-Ирина М.: Какая прелесть! Сколько костяшек в ряду?',
            '-↳ Евграф: Десять, Ирина, как положено.',
            '-Сергей Д.: У меня такие же были в детстве.',
            '-↳ Ирина М.: А сейчас их уже и не найти, Сергей.',
        ],
        [
            '-© 2026 Евграф · Все права защищены',
            '-Сайт работает на WordPress · Тема Blocksy',
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    'Strava route map not displayed: the athlete has hidden this activity from public view.':
        "an English Strava route-map placeholder ('Strava route map not displayed: the athlete has hidden this "
        "activity from public view.') is left in the body",
    "Il post di Instagram non è visualizzabile: l'account è diventato privato.":
        "an Italian Instagram post placeholder ('Il post di Instagram non è visualizzabile: l'account è diventato "
        "privato.') is left in the body",
    'Grab a cup of tea: this one runs to about fifteen minutes of reading.':
        "an English blog's grab-a-cup-of-tea reading-time line ('Grab a cup of tea: this one runs to about fifteen "
        "minutes of reading.') is left at the head",
    'Текст и фото — Прасковья Кукушонкова':
        "a Russian text-and-photos byline ('Текст и фото — Прасковья Кукушонкова') is left at the head",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-treadleloft-fretsaw':
        "the fretsaw blog's post keeps the photo caption ('The frame laid out on the bench before it went into the "
        "rust remover.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost",
    'fr-blog-manivellebavarde-boite-a-musique':
        "the music-box blog's post keeps the photo caption ('Le mécanisme posé sur son carton perforé, avant le "
        "montage.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost",
    'de-blog-rindenwerk-birkenkorb':
        "the birch-bark basket blog's post keeps the photo caption ('Die aufgerollten Rindenstreifen beim Trocknen im"
        " Schatten.') between the first and second paragraphs (1 of 20 noise lines); no article line is lost",
    'it-blog-chiodinocantante-organetto':
        "the barrel-organ blog's post keeps the photo caption ('Il vecchio cilindro spaccato, appena smontato.') "
        'between the first and second paragraphs (1 of 20 noise lines); no article line is lost',
    'pl-blog-klepsydrazwarsztatu-klepsydra':
        "the hourglass blog's post keeps the photo caption ('Trzy toczone słupki przed szlifowaniem.') between the "
        'first and second paragraphs (1 of 20 noise lines); no article line is lost',
    'ru-blog-masterskayadedaevgrafa-schety':
        "the abacus blog's post keeps the photo caption ('Заготовки для рамки из берёзы перед шлифовкой.') between "
        "the first and second paragraphs (1 of 20 noise lines); no article line is lost",
}


test_held_out_181_line, test_held_out_181_line_is_kept, test_held_out_181_page = held_out_tests(
    HELD_OUT_181_LINES, HELD_OUT_181_KEEP, HELD_OUT_181_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
