"""Held-out set 182: written blind, weighted toward the noise the cleaner exists for, in shapes set 180's docstring does
not name (nor the first paragraphs of sets 177, 178 and 179): scraper, embed and ad markers (an English Vimeo showcase
locked by its owner's password "Vimeo showcase unavailable: the owner has protected these videos with a password.", an
English Mixcloud player whose show is for paying listeners only "Mixcloud player unavailable: this show can only be
heard by Mixcloud Select subscribers.", an English bracketed Instagram Reel whose account is gone "[Instagram Reel
removed – the account that posted it no longer exists]", a French uMap map whose tile server does not answer "La carte
uMap n'a pas pu s'afficher : le serveur de tuiles ne répond pas.", a German Podbean audio player that waits for the
reader's consent to external content "Der Audio-Player von Podbean lädt erst, wenn Sie externe Inhalte zulassen.", an
Italian Threads post perhaps deleted by its author "Il post di Threads non è più disponibile: potrebbe essere stato
eliminato dall'autore.", a Polish Google My Maps map that asks the reader to check the connection "Mapa z Google My Maps
nie wczytała się – sprawdź połączenie z internetem." and a Russian Yandex Music player whose track was taken down at the
rights holder's request "Плеер Яндекс Музыки не загрузился: трек удалён по требованию правообладателя."); reading-time
headers in new wordings (the English under-four-minutes line "Under 4 minutes to read", a blog's grab-a-cuppa line "Grab
a cuppa – this one runs to about fifteen minutes of reading.", the French you-are-in-for line "Vous en avez pour 4
minutes de lecture.", the German read-in line "In 4 Minuten gelesen", the Italian less-than label "Tempo di lettura:
meno di 4 minuti", the Polish reading-will-take-you line "Przeczytanie zajmie Ci około 4 minut." and the Russian
reading-will-take line "Чтение займёт 4 минуты"); bylines and self-promotion (an English words-and-pictures byline with
two names "Words: Perpetua Gurneystile. Pictures: Lionel Brackenspool.", a French text-and-photos byline "Texte et
photos : Armelle Quintaverne", a German from-our-newsroom-member byline "Von unserem Redaktionsmitglied Hiltrud
Schnöbelmann" and a Russian text-and-photo byline "Текст и фото — Аграфена Пустовойтова", all at the head, and at the
foot an English Ko-fi buy-me-a-coffee plug "If this post helped, you can buy me a coffee on Ko-fi – it keeps the blog
free of ads.", an English Folksy coasters plug with Royal Mail postage "My marquetry coasters are for sale on Folksy,
sent by Royal Mail first class.", an Italian Subito candle-holders plug with hand delivery "Vendo i miei portacandele in
ferro battuto su Subito, consegna a mano a Cremona." and a Polish Sprzedajemy.pl candles plug with Orlen Paczka delivery
"Moje woskowe świece wystawiam na Sprzedajemy.pl, wysyłka Orlen Paczką."); blog and site footers (an English Squarespace
credit with cookie-settings and terms links "Site by Squarespace · Cookie settings · Terms of use", an English
publisher-and-company-number line "Published by Wrexhollow Media Ltd, registered in England and Wales no. 08451277.", an
English Blogger Simple-theme credit "Simple theme. Theme images by Michael Elkan. Powered by Blogger.", a French
Infomaniak hosting line with a legal-notice link "Hébergement : Infomaniak Network SA, Genève · Mentions légales", a
German Hetzner hosting row with imprint and accessibility links "Hosting: Hetzner Online GmbH, Gunzenhausen · Impressum
· Barrierefreiheit", an Italian Aruba hosting row with legal-notes and cookie-preferences links "Sito ospitato da Aruba
S.p.A. · Note legali · Preferenze cookie", a Polish home.pl hosting row with cookie-policy and accessibility-declaration
links "Hosting: home.pl · Polityka cookies · Deklaracja dostępności" and a Russian mass-media registration certificate
line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором"); reader-comment furniture (an English
moderated-conversation rules note "This conversation is moderated according to our community rules. Please read them
before joining in.", an English flag-reply-likes row "Flag · Reply · 4 likes", an English mute-this-commenter row "Mute
this commenter · Hide their replies", a French thread-closed note "Le fil de discussion est fermé pour cet article.", a
German report-answer-quote row "Kommentar melden · Antworten · Zitieren", an Italian community-rules and report row
"Regole della community · Segnala un commento inappropriato", a Polish comment-as-a-guest prompt "Dodaj komentarz jako
gość lub zaloguj się przez Facebooka." and a Russian comment-too-short message "Ваш комментарий слишком короткий:
минимум 10 символов."); share rows (a French share-on row with Bluesky, Mastodon and LinkedIn "Partager sur Bluesky ·
Mastodon · LinkedIn", an Italian forward-to-your-contacts row "Inoltra ai tuoi contatti: WhatsApp · Telegram · Email"
and a Polish share-with-friends row with Messenger and Bluesky "Udostępnij znajomym: Messenger · Bluesky · X"); and
notices (an English declaration of interest "Declaration of interest: the author is a volunteer trustee of the village
museum." and a German summer-series note "Dieser Beitrag ist Teil unserer Sommerserie „Alte Handwerke neu entdeckt“.",
both in the body, and a Russian press-tour note "Материал подготовлен по итогам пресс-тура, организованного
администрацией района." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 180's docstring
does not describe (on the six portal pages, in ten blocks, the masthead and the section menu in one block of two at the
very top; the title at the top of a block of two with the byline under it; the date line and the reading time alone in a
block of two between the title block and the first paragraph; the first and second paragraphs in one block of four with
an ad label and a sponsored headline between them; the paragraph with the quote at the top of a block of three with the
photo caption and its credit after it; the subheading and the three rows with a read-also link between the first and
second rows, inside the list block (a block of five); the two last paragraphs in one block of three with a follow-us
prompt between them; a tags line and a share row alone in a block of two; at the foot two blocks, five lines of a
comment thread (a comment count, a comment, the reporter's arrowed reply, a second reader's comment and a third reader's
arrowed reply to it) and then a links row and the publisher's copyright line; on the six blog pages, in ten blocks, the
blog name and its tagline in one block of two; the posted-on line above the title and the reading time under it in one
block of three; the first and second paragraphs at the top of a block of three with a photo caption after the second; a
table of contents (its heading and two numbered entries) alone in a block of three between the second paragraph and the
paragraph with the quote; the paragraph with the quote at the top of a block of two with a related-post link after it;
the subheading and the three rows with an affiliate link after the third row; the two last paragraphs at the top of a
block of three with the author's sign-off after them; a subscribe prompt, a plug for the author's wares or services and
a share row alone in a block of three; at the foot two blocks, four lines of a thread (a comments heading with its
count, a comment, the author's arrowed reply and a second comment left unanswered) and then the author's copyright line
and a platform-and-theme credit), taken from local news of fresh kinds (a village's kissing gate back on a field path, a
village wash house by a stream reroofed, a village smithy reopened as a museum, a rope walk's shed restored, a gas lamp
on a market square relit, a merchant's stone mounting block put back) and from blogs about a cattle-trough pond for
newts, a sourdough starter kept in a hay box, a band organ's bellows, a cigar-box guitar, a marquetry tray and a copper
still for lavender water.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 180 but what is named here), held-out set 181 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 180 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 177, 178 and 179, printed with one ast script (/tmp/s182scratch/peek.py,
reading the files of /work/main/tests, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s182scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 180's as printed, with 180 -> 182;
/tmp/s182scratch/gen182.py writes this file from scratch files (data182.py with the noise and keep lines, pages182.py
with the pages, doc.txt with the docstring and, after the measurement, tables182.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s182,
detached at commit 9ece020230427b3c919c7aa789d9addbb0302ac6, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 11:47:04 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
9ece020230427b3c919c7aa789d9addbb0302ac6 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 180's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", set 180's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 177, 178 and 179, reading the files in /work/main/tests (the brief
names the files by their tests/ path; main was at the brief's commit). Its first run printed to the terminal, which the
tool cut in the middle (it showed the output's first 131 lines, from set 177's first paragraph to inside set 178's, and,
after the cut, its last lines from inside set 180's Judgement calls to the end of the tail, all allowed parts); the
second run went to /tmp/s182scratch/peek.out (629 lines, all of them allowed parts), of which I paged lines 125 to 300
and 300 to 470 with ``sed``, so that every part the brief allows was read; nothing else of any set file was printed. (3)
To compare my wordings with the named ones I grepped peek.out case-insensitively for the services, platforms, hosts and
key words of my lines and layouts (Vimeo, Mixcloud, Instagram, uMap, Podbean, Threads, "My Maps", Яндекс, "minutes to
read", cuppa, "en avez pour", gelesen, "meno di", Przeczytanie, Чтение, Words, "Texte et photos", Redaktionsmitglied,
"Текст и фото", Ko-fi, Folksy, Subito, Sprzedajemy, Orlen, Squarespace, "registered in", Blogger, Infomaniak, Hetzner,
Aruba, home.pl, Роскомнадзор, СМИ, свидетельство, moderated, Flag, Newest, "fil de discussion", melden, Zitieren,
Regole, Segnala, gość, Facebooka, короткий, Bluesky, Mastodon, Inoltra, znajomym, Declaration, interest, trustee,
Sommerserie, пресс-тур, Barrierefreiheit, Deklaracja, Preferenze, "Cookie settings", "Terms of use", "Mentions légales",
"inside the list", follow): "Threads" occurs only in set 180's "comment threads'", "gelesen" only in set 180's
"Meistgelesen" headline, "Blogger" only in "the blogger became" of set 180's notes, "interest" only inside "Pinterest",
"Words" only in word counts and notes, "inside the list" in set 179's portal layout (an ad label and a sponsored
headline inside the list block) and "follow" in follow-us prompts and the like; "minutes to read" occurs in set 179's
build-log line ("twenty minutes to read"), which my "Under 4 minutes to read" shares as an ending; "przeczytanie" in set
180's Polish "Czas potrzebny na przeczytanie", whose noun my Polish "Przeczytanie zajmie Ci" shares; "чтение" in set
178's "≈ 5 минут на чтение", whose noun my Russian "Чтение займёт" shares; "moderated" in set 178's Polish
comments-not-moderated disclaimer (my English line is a rules note, not a disclaimer); "znajomym" and "Facebooka" in set
178's Polish Facebook video shared "tylko znajomym" (my Polish share row and comment prompt use the words otherwise);
"Newest" in set 178's English sort-by row, so I replaced my first English comment line "Newest comments are shown first.
Switch to oldest first" (a sort notice of that kind) by the mute row before anything was measured; the other words do
not occur. (4) Near misses with shapes already named, noted rather than hidden: the markers stand for services not named
there (Vimeo, Mixcloud, Instagram, uMap, Podbean, Threads, Google My Maps, Yandex Music) with reasons not named (a
password, paying listeners only, a deleted account, a silent tile server, consent to external content, a post deleted by
its author, the connection, the rights holder's request), though the Vimeo password is of the kind of set 177's private
Bandcamp album and set 178's workspace-only Loom recording, the Mixcloud line of the kind of set 179's subscribers-only
Rutube video, and the Threads line of the kind of set 179's Calaméo document withdrawn by its publisher; the reading
times are new phrasings, but "Under 4 minutes to read" is a plain label like set 178's "Estimated read: 6 min", the
grab-a-cuppa line a blog's long-read line like the heads-up and long-post-ahead lines of sets 177, 178 and 180, and the
Italian "Tempo di lettura: meno di 4 minuti" uses the common Italian label with a less-than; of the bylines the English
words-and-pictures and the French and Russian text-and-photo lines are of the kind of the story-and-pictures bylines of
sets 177 and 178 and the servizio-di-with-photos byline of set 180, and the German "Von unserem Redaktionsmitglied" of
the kind of set 177's French by-our-local-correspondent byline; the plugs use platforms not named (Ko-fi, Folksy,
Subito, Sprzedajemy.pl), though three carry postage or delivery like the plugs of sets 177 to 180; the footers name
hosts and legal lines not named (Squarespace, a company number, Blogger's Simple theme, Infomaniak, Hetzner, Aruba,
home.pl, a media registration certificate), though the hosting rows are host credits like set 179's STRATO row and set
180's o2switch and Uberspace credits, the company-number line is of the kind of set 177's Polish KRS-and-NIP publisher
row and set 180's Partita IVA line, and the Russian certificate is a legal line like set 177's age-rating line; of the
comment lines the flag-reply-likes, report-answer-quote and community-rules rows are of the kind of the "Signaler" row
that set 180's notes mention for set 175, the thread-closed note of the kind of the closing notes of sets 177 and 178,
and the comment-as-a-guest prompt of the kind of the log-in prompts of set 179; the share rows use openings not named
("Partager sur", "Inoltra ai tuoi contatti", "Udostępnij znajomym"), though the French one is a plain share row; the
English declaration of interest is of the kind of set 177's funding disclosure, and the German series note and the
Russian press-tour note are not named. On the pages the noise is of common kinds, since the brief asks for new layouts
there; some positions echo earlier layouts (the masthead and section menu at the very top, as on sets 178 and 180; the
byline under the title, as on sets 177, 178 and 180; an ad label with a sponsored headline, as on sets 177 and 179; a
link inside the list block, as set 179's ad; the table of contents of two entries, as on sets 177, 179 and 180; the
affiliate link after the third row, where set 178 put a follow-us prompt on its portals; the author's arrowed reply in
the blog threads, as on sets 177 to 180), while what is new is the arrangement (on the portals the date line and reading
time alone between the title block and the first paragraph, the ad label and sponsored headline between the first and
second paragraphs, the caption and credit after the quote, a read-also link between the first and second list rows, a
follow-us prompt between the last paragraphs, the tags line and share row alone in their block and the reporter's reply
in a five-line thread; on the blogs the blog name with its tagline, the posted-on line above the title, the photo
caption after the second paragraph, the table of contents between the second paragraph and the quote, a related-post
link after the quote, the affiliate link after the last row, the sign-off alone after the last paragraphs and the
subscribe prompt, plug and share row in a block of their own). (5) Before the measurement /tmp/s182scratch/check.py
checked, case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of
the set, that no line repeats and that no line holds an at-sign, and counted the lines and blocks. Before its first run
I had already kept out of each other: the portals' mastheads and their copyright lines, photo credits and follow prompts
(the copyright lines give the publisher's name without the masthead's article, "Der Ostrachinger Bote" and "Ostrachinger
Bote Verlags-GmbH", and the credits name no masthead), the Italian byline "di Ottavia Sbarluzzi" and its photo credit
(which would have been "Foto di Ottavia Sbarluzzi"), the German ad label and the paper's name (a paper called "Anzeiger"
would hold "Anzeige"), the Russian ad label "Реклама" and the links row (which says "Рекламодателям"), an Italian keep
line that began "Pubblicità d'epoca" (the Italian ad label sat inside it; it became the "Condividendo" line), the
held-out bylines and the page bylines (different reporters), the portals' comment counts and the blogs' comments
headings ("3 Kommentare" would have sat inside a heading "3 Kommentare zu diesem Beitrag"; the headings give the count
in brackets), and the English blog's comments heading, which does not quote the title. Its first run found one line
inside another: the German blog's table-of-contents heading "Inhalt" inside the German Podbean marker ("externe
Inhalte"); the heading became "Inhaltsverzeichnis", and the second run found nothing. check.py counted 45 noise lines
(category, language and place as in Contents), 20 keep lines by language and place and 12 pages of ten blocks each, with
10 "+" and 20 "-" lines each; I read all 360 page lines in pages182.py one by one: "+" stands only on the titles, the
paragraphs, the subheadings and the list rows, "-" on everything else. gen182.py reports lines over 120 characters and
at-signs in the written file, checks that every held-out noise line and keep line is quoted in the docstring and checks,
by parsing the file with ``ast`` (without importing it), that the file's lists equal the scratch ones. (6) Invented
names were checked with the exact-string search over public GitHub files: Hobbleford (for The Hobbleford Courier and its
publisher), Dorcas Wimbleshaw, Clive Tuddenham, Trough and Tadpole, Gilbert Marrowby, Brévillac (for Le Réveil de
Brévillac), Gervaise Tourmelin, Odette Granvaloux, Levain et Foin, Barbefine, Ostrachinge (for Der Ostrachinger Bote and
its publisher), Wendelstöcker, Rümpelkamp, Krähenwiesel, Balg und Walze, Quastenbeck, Valdirame, Edizioni Valdiramesi,
Ottavia Sbarluzzi, Teresio Canapetti, Tre corde e un sigaro, Tronfolini, Grzebieniówek, Kurier Grzebieniowski,
Wydawnictwo Grzebieniowskie, Pstrążyńska, Wróblikowski, Fornir i Klej, Sklejkowicz (and Wiesław Sklejkowicz),
Кривоколенск (for Кривоколенский листок), Ираида Щеглобокова (and the surname alone), купца Сыромятова (the surname
alone is a real one), Порфирий Зябликов, Редакция Листка, Лаванда в меди, Ефросинья Клюквина, Perpetua Gurneystile (the
surname alone), Brackenspool, Wrexhollow (and Wrexhollow Media), Quintaverne, Schnöbelmann and Аграфена Пустовойтова had
no hits. Dropped: Pennyweather (names in files; the reporter became Dorcas Wimbleshaw), Rambaudière (a bus stop
"Rambaudières"; the French resident became Odette Granvaloux), Mühlried (a real sports club; the read-also link names
Krähenwiesel), Scarpinelli (a real developer; the Italian reporter became Ottavia Sbarluzzi), Frangipolli (inside an
identifier; the rope maker's grandson became Teresio Canapetti), Kminkowski (a real person; the blogger became Wiesław
Sklejkowicz), Fornalczyk (real people, tried for the same blogger), Бурдюкова (a real person; the Russian reporter
became Ираида Щеглобокова), Hollowbrooke (a street in a file), Quillingford (a name in files) and Thistlecombe (a place
in word lists), tried for the English writer (Perpetua Gurneystile), Daskerby (inside an identifier; the photographer
became Lionel Brackenspool), Tappingford and Sedgeworthy (inside identifiers; the publisher became Wrexhollow Media
Ltd). First names alone (Gilbert, Clotilde, Reinhold, Gaspare, Wiesiek, Ефросинья and the like), the commenters' first
names with an initial (Marjorie T., Josette M., Gerda S., Rosalba C., Grażyna W., Людмила Н. and the like), generic
names (Mill Lane, the ruisseau de la Combe, the Kirchgasse, Садовая улица, Éditions du Réveil) and real brands,
services, platforms, hosts, themes, bodies and places (the embed services, Ko-fi, Folksy, Royal Mail, Subito,
Sprzedajemy.pl, Orlen Paczka, Squarespace, Blogger, Michael Elkan, Infomaniak, Hetzner, Gunzenhausen, Aruba, home.pl,
Роскомнадзор, Bluesky, Mastodon, LinkedIn, the Fondation du patrimoine, Pro Loco, Amazon, Allegro, Ozon, WordPress,
Hestia, Sydney, Neve, GeneratePress, Blocksy, Twenty Twenty-Four, Waldkirch, Tours, Cremona) were not checked. (7)
``date`` printed 11:47:12 UTC after the allowed parts were printed, 11:50:10 before the name checks, 11:50:46 when the
lines were written, 11:51:31 after the pages were written and checked, 11:51:56 after the grep of peek.out, 11:52:11 to
11:53:03 while the docstring was written and gen182.py first wrote the file, 11:53:09 after the pages were compared,
11:53:11 at the measurement, 11:54:02 after the problems were printed and 11:54:22 after the tables were checked (the
clock of this machine moved slowly against the work done; I report what it printed). (8) The measurement was run once,
in one shell call with the brief's two commands (pytest output to /tmp/s182scratch/measure.out: 17 failed, 60 passed;
report to /tmp/s182scratch/report.out); then /tmp/s182scratch/problems.py printed the problems of every case with
``_problems`` (importing the copy in /tmp/wt-s182/tests with /tmp/wt-s182/src on the path) to
/tmp/s182scratch/problems.out: ten noise lines kept, seven pages with problems (25 page noise lines left, all of them
kept in the text, and no article line lost), no keep line lost, as in the Baseline paragraph. The reasons of the three
tables (tables182.py) were written from that output, and /tmp/s182scratch/checktables.py (which calls ``_problems``
again on the same copy, with the same result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and
each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``,
that every page noise line the output names is quoted in its page's reason and no other noise line of the page is, that
each reason's count matches and that each page reason says no article line is lost; nothing else was changed: gen182.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s182.

Judgement calls: the keep lines "Comments from the smith's grandson were read out at the opening of the museum.",
"Sharing the forge with a cider press was the smith's own idea in 1921.", "Following the repairs, the gate now swings
shut under its own weight.", "Subscribers to the village newsletter paid for the new chain with a collection.",
"Copyright on the old postcards still belongs to the photographer's daughter, who lent them freely.", "Advertising the
open day fell to the Year 6 class, who made posters for every shop.", "Reading the minutes of 1897, the clerk found the
lamp had first been lit on New Year's Eve.", "Partagée entre deux communes, la fontaine du lavoir n'avait plus de
propriétaire clair.", "Suivre le ruisseau jusqu'au lavoir prend désormais dix minutes à pied.", "Les commentaires des
anciens ont aidé à retrouver l'emplacement du battoir.", "Teilen mussten sich die Seiler früher die Bahn mit den
Wäscherinnen.", "Abonniert hatte der Großvater die Zeitung schon 1950, erzählt die Enkelin.", "Lesen konnte der alte
Schmied nicht, doch seine Rechnungsbücher führte seine Frau.", "Commentando i lavori, il sindaco ha ringraziato i
volontari della Pro Loco.", "Seguire il sentiero fino al cancello è ora possibile anche con il passeggino.",
"Condividendo il capannone con la banda, i cordai lasciavano spazio alle prove del sabato.", "Udostępnienie kuźni
zwiedzającym planowano od dziesięciu lat.", "Komentując remont, sołtys podziękował strażakom za pomoc.", "Подписчики
районной газеты собрали деньги на новый фонарь." and "Читать надписи на старом камне помогали краеведы из соседнего
села." are article sentences: each reports what a smith's grandson, a smith, a repaired gate, newsletter subscribers, a
photographer's daughter, a school class, a parish clerk, two communes, walkers, old residents, rope makers and
washerwomen, a grandfather, a smith's wife, a mayor, families with pushchairs, a band and rope makers, a village
planning a museum, a village head, newspaper readers or local historians did, said or found, with the noise-like word as
an ordinary noun, verb, gerund or participle of the sentence ("Comments from the smith's grandson" were read at an
opening, not a comment count; "Sharing the forge" is a smith's use of his workshop, not a share row; "Following the
repairs" means after them, not a follow prompt; "Subscribers to the village newsletter" paid for a chain, not a
subscribe box; "Copyright on the old postcards" is who owns old photographs, not a site's copyright footer; "Advertising
the open day" is pupils making posters, not an ad label; "Reading the minutes of 1897" is a clerk's research, not a
reading time; the French "Partagée", "Suivre" and "commentaires", the German "Teilen", "Abonniert" and "Lesen", the
Italian "Commentando", "Seguire" and "Condividendo", the Polish "Udostępnienie" and "Komentując" and the Russian
"Подписчики" and "Читать" are a fountain shared by two communes, walking along a stream, old residents' remarks, a rope
walk shared with washerwomen, a grandfather who took the paper, a smith who could not read, a mayor's remarks, following
a path, a shed shared with a band, opening a smithy to visitors, a village head's remarks, a paper's subscribers raising
money and historians reading an old stone; none of them is share, subscribe, follow, comment, ad, reading-time or
copyright furniture). Categories: the Vimeo, Mixcloud, Instagram, uMap, Podbean, Threads, Google My Maps and Yandex
Music lines are markers (each stands where an embed of the page did not come through; the password, the paying-listeners
restriction, the deleted account, the silent tile server, the consent to external content, the deleted post, the
connection and the rights holder's request are the embed's failure, not notices about the article); the English
under-four-minutes and grab-a-cuppa lines and the French, German, Italian, Polish and Russian lines are reading times
(the grab-a-cuppa line is a blog's friendly warning, but what it gives is the reading length); the words-and-pictures,
texte-et-photos, Redaktionsmitglied and текст-и-фото lines are bylines at the head (they credit the writer and the
photographer of the piece), and the Ko-fi, Folksy, Subito and Sprzedajemy.pl lines are bylines (self-promotion) at the
foot (the Ko-fi line asks for money for the blog and the others sell the author's wares; the postage and delivery belong
to the plug); the Squarespace, company-number, Blogger, Infomaniak, Hetzner, Aruba, home.pl and media-registration lines
are footers (the company-number line and the Russian registration certificate are the legal lines publishers print at
the foot of every page, not notes on the article); the moderated-conversation note, the flag-reply-likes row, the mute
row, the thread-closed note, the report-answer-quote row, the community-rules row, the comment-as-a-guest prompt and the
comment-too-short message are comment furniture (the mute and report rows are the controls under a reader's comment; the
too-short message is what the comment form prints); the French, Italian and Polish rows are share rows (the Italian
forward-to-your-contacts row is a share row by its services, though it does not say "share"); the English declaration of
interest and the German summer-series note are notices in the body (both speak of the article they sit in), and the
Russian press-tour note is a notice at the foot (it says how the piece came about; neither a byline nor a footer). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (mastheads, section menus, bylines, date lines,
reading times, ad labels, sponsored headlines, captions and credits, read-also links, follow-us prompts, tags lines,
share rows, comment counts, comments and replies, links rows, copyright lines, blog names, taglines, posted-on lines,
photo captions, tables of contents, related-post links, affiliate links, sign-offs, subscribe prompts, plugs, comments
headings and platform credits) is noise. The list rows (what was done to the kissing gate, the wash house, the lamp and
the mounting block, what visitors can see in the smithy and the rope walk, and what the newt-pond, sourdough,
band-organ, cigar-box-guitar, marquetry and lavender-water makers used or did) are short but part of each article, so
article; the captions describe photos, so noise, though they speak of the story's subject; the read-also and
related-post links name other stories or posts, so noise though the portals' link sits between two list rows; the
affiliate lines name a tool or material the author used but are shop links, so noise; the blogs' plugs ("I design small
wildlife ponds for gardens; get in touch through the contact page for a quote." and the like) speak in the author's
voice but sell, so noise; the sign-offs ("Happy pond-dipping, Gilbert" and the like) close the post in the author's
voice but are a signature, so noise; the ad label, the sponsored headline and the follow-us prompt are noise though they
sit in an article block; the reporter's and the author's arrowed replies in the threads are comment furniture written by
the paper's or the blog's own people, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by place head 11 (the
seven reading times and four bylines: English, French, German and Russian), body 10 (the eight markers and two notices:
English and German), tail 24 (four plugs: two English, an Italian and a Polish one, eight footers, eight comment lines,
three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8),
12 pages with 240 noise lines and 120 article lines: en-portal-hobbleford-kissing-gate (an oak kissing gate back on a
field path after thirty years of a rusted stile), en-blog-troughandtadpole-newt-pond (a galvanised cattle trough turned
into a pond for smooth newts), fr-portail-brevillac-lavoir (a village wash house of 1878 by a stream given back its
tiled roof), fr-blog-levainetfoin-levain (a sourdough starter kept warm through the winter in a hay box),
de-portal-ostrachingen-dorfschmiede (a village smithy, shoeing horses until 1974, reopened as a museum),
de-blog-balgundwalze-drehorgel (the bellows of a barrel organ of 1912 releathered), it-portale-valdirame-corderia (the
shed of an old rope walk by a river restored and opened on Sundays), it-blog-trecordeeunsigaro-chitarra (a three-string
guitar built from a cedar cigar box), pl-portal-grzebieniowek-latarnia (a cast-iron gas lamp of 1894 on a market square
relit after seventy years), pl-blog-fornirklej-taca (a marquetry tray with a rose for a parents' ruby wedding),
ru-portal-krivokolensk-pristupka (a merchant's granite mounting block brought back from a school yard to its house) and
ru-blog-lavandavmedi-alambik (a small copper alembic for lavender water), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 9ece020230427b3c919c7aa789d9addbb0302ac6, measured with ``cd /tmp/wt-s182 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s182/src python -m pytest -q tests/test_clean_held_out_182.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s182 && PYTHONPATH=/tmp/wt-s182/src python
scripts/clean_held_out_report.py --sets 182``, with the xfail tables empty, at 11:53:11 UTC by ``date``): noise lines
removed 35/45 (marker 5/8, reading-time 6/7, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 0/3; the 10 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Vimeo, German Podbean
and Polish Google My Maps placeholders), one reading time at the head (the Polish reading-will-take-you line), two
bylines at the head (the English words-and-pictures and the Russian text-and-photo lines), one comment line at the foot
(the Russian comment-too-short message) and all three notices (the English declaration of interest and the German
summer-series note in the body, the Russian press-tour note at the foot); the English Mixcloud and Instagram, French
uMap, Italian Threads and Russian Yandex Music markers, the other six reading times, the French and German bylines at
the head, all four plugs at the foot (Ko-fi, Folksy, Subito, Sprzedajemy.pl), all eight footers, the other seven comment
lines and every share row went); keep lines kept 20/20; pages 5/12 clean (the French wash-house, German smithy, Italian
rope-walk, Polish gas-lamp and Russian mounting-block portal pages), 25 of 240 page noise lines left and 0 of 120
article lines lost. Left: on the English kissing-gate portal page the follow-us prompt between the two last paragraphs
(1); on the English newt-pond blog the blog name and tagline, the photo caption after the second paragraph, the sign-off
after the last paragraph and the plug in the block after it (5); on the French sourdough blog the blog name and tagline,
the photo caption, the sign-off, and the subscribe prompt and the plug in the block after it (6); on the German
barrel-organ blog the photo caption, the sign-off and the plug (3); on the Italian cigar-box-guitar blog and the Russian
lavender-still blog the blog name, the tagline and the photo caption (3 each); on the Polish marquetry blog the blog
name, the tagline, the photo caption and the sign-off (4). No page and no keep line loses an article line. The failing
cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s182 gave 60 passed, 17 xfailed, no
XPASS.

Measured after round 121 (developed on sets 179 and 180 beside this set's writing from the same base, 9ece020, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 9beeb4e, the round
with the lead's mend): nothing moved. Round 121's reading of the writer's offer under a sign-off (a quote, prices or
sign-ups through, from or on the writer's page) does not reach this set's blogs' sign-offs and plugs ("Happy
pond-dipping, Gilbert" over "I design small wildlife ponds for gardens; get in touch through the contact page ...",
"Mit musikalischen Grüßen, Reinhold" over "Ich beledere Bälge auch für andere Drehorgelbesitzer – ..."), and its blogs'
names and taglines over the title are another layout. Its lines and pages are as measured and none of its xfail entries
is removed. Noise lines 35 of 45, keep 20 of 20, pages clean 5 of 12, page noise lines left 25 of 240, article lines
lost 0 of 120.

Round 122 (development; this set was read in full from this round on): the blog's sign-off and the plug under it now go
with the subscribe prompt the rules took between them (page_blocks.mark_writers_sign_off reads the plug past lines taken
as a newsletter prompt, at most one, as one post-end cluster): the English newt-pond blog ("Happy pond-dipping, Gilbert"
/ "Subscribe to get new posts by email – no spam, just ponds." / "I design small wildlife ponds for gardens; get in
touch through the contact page for a quote.") and the German barrel-organ blog ("Mit musikalischen Grüßen, Reinhold" /
"Neue Beiträge per E-Mail erhalten? Hier eintragen." / "Ich beledere Bälge auch für andere Drehorgelbesitzer – ...")
lose their sign-off and plug. Not fixed: the French sourdough blog's cluster (the prompt "Inscrivez-vous ..." is kept by
the rules, and the plug "J'anime des ateliers ..., infos sur la page Ateliers." is not read as the writer's offer:
"infos" is no booking word), the Polish "Pozdrawiam, Wiesiek" (a letter's close, which round 117's test keeps over an
offer), the blog names and taglines over the posted-on line (item 4 of the brief; not reached), the photo captions, the
follow-us prompt on the English portal and the lines of _LINE_XFAIL. Sets 181's changes (ticker, conditional offer) did
not touch this set. All sets' totals, SemEval, bench and pytest as in set 181's Round 122 paragraph: noise lines removed
7120 of 7861 -> 7120 of 7861, keep lines 3487 of 3487 -> 3487 of 3487, pages clean 1205 -> 1211 of 2062, page noise
lines left 1786 -> 1772 of 42960, paragraphs lost 2 -> 2 (only sets 181 and 182 moved); SemEval 0 changed files of 3723
(semeval_noise_diff.py diff); bench ratio 1.27 (bench_clean.py against f710fd0's src, measured under a load of about six
on two cores while the tests and other helpers' jobs ran; the change adds a check per page on the title's block and two
regex tests at the post's end); pytest as there. This set: noise lines 35 of 45 -> 35 of 45 (marker 5/8, reading-time
6/7, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 0/3; unchanged), keep 20 of 20 -> 20 of 20, pages clean 5
of 12 -> 5 of 12, page noise lines left 25 -> 21 of 240, article lines lost 0 -> 0 of 120. Reasons reworded:
en-blog-troughandtadpole-newt-pond (now the blog name, tagline and photo caption, 3 of 20) and
de-blog-balgundwalze-drehorgel (the photo caption, 1 of 20).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_182_LINES: list[tuple[str, str, str]] = [
    ("body", "Vimeo showcase unavailable: the owner has protected these videos with a password.", "marker"),
    ("body", "Mixcloud player unavailable: this show can only be heard by Mixcloud Select subscribers.", "marker"),
    ("body", "[Instagram Reel removed – the account that posted it no longer exists]", "marker"),
    ("body", "La carte uMap n'a pas pu s'afficher : le serveur de tuiles ne répond pas.", "marker"),
    ("body", "Der Audio-Player von Podbean lädt erst, wenn Sie externe Inhalte zulassen.", "marker"),
    ("body", "Il post di Threads non è più disponibile: potrebbe essere stato eliminato dall'autore.", "marker"),
    ("body", "Mapa z Google My Maps nie wczytała się – sprawdź połączenie z internetem.", "marker"),
    ("body", "Плеер Яндекс Музыки не загрузился: трек удалён по требованию правообладателя.", "marker"),
    ("head", "Under 4 minutes to read", "reading-time"),
    ("head", "Grab a cuppa – this one runs to about fifteen minutes of reading.", "reading-time"),
    ("head", "Vous en avez pour 4 minutes de lecture.", "reading-time"),
    ("head", "In 4 Minuten gelesen", "reading-time"),
    ("head", "Tempo di lettura: meno di 4 minuti", "reading-time"),
    ("head", "Przeczytanie zajmie Ci około 4 minut.", "reading-time"),
    ("head", "Чтение займёт 4 минуты", "reading-time"),
    ("head", "Words: Perpetua Gurneystile. Pictures: Lionel Brackenspool.", "byline"),
    ("head", "Texte et photos : Armelle Quintaverne", "byline"),
    ("head", "Von unserem Redaktionsmitglied Hiltrud Schnöbelmann", "byline"),
    ("head", "Текст и фото — Аграфена Пустовойтова", "byline"),
    ("tail", "If this post helped, you can buy me a coffee on Ko-fi – it keeps the blog free of ads.", "byline"),
    ("tail", "My marquetry coasters are for sale on Folksy, sent by Royal Mail first class.", "byline"),
    ("tail", "Vendo i miei portacandele in ferro battuto su Subito, consegna a mano a Cremona.", "byline"),
    ("tail", "Moje woskowe świece wystawiam na Sprzedajemy.pl, wysyłka Orlen Paczką.", "byline"),
    ("tail", "Site by Squarespace · Cookie settings · Terms of use", "footer"),
    ("tail", "Published by Wrexhollow Media Ltd, registered in England and Wales no. 08451277.", "footer"),
    ("tail", "Simple theme. Theme images by Michael Elkan. Powered by Blogger.", "footer"),
    ("tail", "Hébergement : Infomaniak Network SA, Genève · Mentions légales", "footer"),
    ("tail", "Hosting: Hetzner Online GmbH, Gunzenhausen · Impressum · Barrierefreiheit", "footer"),
    ("tail", "Sito ospitato da Aruba S.p.A. · Note legali · Preferenze cookie", "footer"),
    ("tail", "Hosting: home.pl · Polityka cookies · Deklaracja dostępności", "footer"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором", "footer"),
    ("tail",
     "This conversation is moderated according to our community rules. Please read them before joining in.",
     "comments"),
    ("tail", "Flag · Reply · 4 likes", "comments"),
    ("tail", "Mute this commenter · Hide their replies", "comments"),
    ("tail", "Le fil de discussion est fermé pour cet article.", "comments"),
    ("tail", "Kommentar melden · Antworten · Zitieren", "comments"),
    ("tail", "Regole della community · Segnala un commento inappropriato", "comments"),
    ("tail", "Dodaj komentarz jako gość lub zaloguj się przez Facebooka.", "comments"),
    ("tail", "Ваш комментарий слишком короткий: минимум 10 символов.", "comments"),
    ("tail", "Partager sur Bluesky · Mastodon · LinkedIn", "share"),
    ("tail", "Inoltra ai tuoi contatti: WhatsApp · Telegram · Email", "share"),
    ("tail", "Udostępnij znajomym: Messenger · Bluesky · X", "share"),
    ("body", "Declaration of interest: the author is a volunteer trustee of the village museum.", "notice"),
    ("body", "Dieser Beitrag ist Teil unserer Sommerserie „Alte Handwerke neu entdeckt“.", "notice"),
    ("tail", "Материал подготовлен по итогам пресс-тура, организованного администрацией района.", "notice"),
]

HELD_OUT_182_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the smith's grandson were read out at the opening of the museum."),
    ("head", "Sharing the forge with a cider press was the smith's own idea in 1921."),
    ("body", "Following the repairs, the gate now swings shut under its own weight."),
    ("body", "Subscribers to the village newsletter paid for the new chain with a collection."),
    ("tail", "Copyright on the old postcards still belongs to the photographer's daughter, who lent them freely."),
    ("tail", "Advertising the open day fell to the Year 6 class, who made posters for every shop."),
    ("tail", "Reading the minutes of 1897, the clerk found the lamp had first been lit on New Year's Eve."),
    ("head", "Partagée entre deux communes, la fontaine du lavoir n'avait plus de propriétaire clair."),
    ("body", "Suivre le ruisseau jusqu'au lavoir prend désormais dix minutes à pied."),
    ("tail", "Les commentaires des anciens ont aidé à retrouver l'emplacement du battoir."),
    ("head", "Teilen mussten sich die Seiler früher die Bahn mit den Wäscherinnen."),
    ("body", "Abonniert hatte der Großvater die Zeitung schon 1950, erzählt die Enkelin."),
    ("tail", "Lesen konnte der alte Schmied nicht, doch seine Rechnungsbücher führte seine Frau."),
    ("head", "Commentando i lavori, il sindaco ha ringraziato i volontari della Pro Loco."),
    ("head", "Seguire il sentiero fino al cancello è ora possibile anche con il passeggino."),
    ("tail", "Condividendo il capannone con la banda, i cordai lasciavano spazio alle prove del sabato."),
    ("head", "Udostępnienie kuźni zwiedzającym planowano od dziesięciu lat."),
    ("tail", "Komentując remont, sołtys podziękował strażakom za pomoc."),
    ("body", "Подписчики районной газеты собрали деньги на новый фонарь."),
    ("tail", "Читать надписи на старом камне помогали краеведы из соседнего села."),
]

HELD_OUT_182_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-hobbleford-kissing-gate", [
        [
            "-The Hobbleford Courier",
            "-News · Sport · Parish Notices · What's On · Property",
        ],
        [
            "+Kissing gate returns to the Mill Lane field path after 30 years",
            "-By Dorcas Wimbleshaw, Village Reporter",
        ],
        [
            "-Published 14 March 2026, 09:12 GMT",
            "-3 minute read",
        ],
        [
            "+An oak kissing gate has been put back on the footpath across Mill Lane field, where a rusted stile "
            "stood for three decades.",
            "-Advertisement",
            "-Sponsored: Five garden jobs to do before spring",
            "+The old gate was taken out in 1995 after cattle damaged it, and the stile that replaced it was hard "
            "for older walkers to climb.",
        ],
        [
            "+Parish footpath warden Clive Tuddenham said: \"People with dogs and pushchairs can finally use the "
            "path again without lifting anything over a fence.\"",
            "-The new gate on the Mill Lane path, with the church tower behind.",
            "-Photo: Courier staff photographer",
        ],
        [
            "+What the work involved",
            "+Digging out the old stile and its concrete footings",
            "-Read also: Bus shelter on the green to be replaced",
            "+Setting a green oak frame and a hanging post",
            "+Laying a stone pad so the ground does not turn to mud",
        ],
        [
            "+The gate was made by a carpenter from the next village and paid for by the parish council and the "
            "ramblers' group.",
            "-Follow the Courier on Facebook for the latest village news",
            "+Walkers are asked to close it behind them, as sheep graze the field from April.",
        ],
        [
            "-Tags: footpaths, parish council, Mill Lane",
            "-Share: Facebook · X · WhatsApp · Email",
        ],
        [
            "-3 comments",
            "-Marjorie T.: About time, my knees thank you.",
            "-↳ Dorcas Wimbleshaw (reporter): Glad to hear it, Marjorie!",
            "-Phil G.: Does the path still flood by the brook in winter?",
            "-↳ Anne W.: Only after heavy rain, wellies recommended.",
        ],
        [
            "-Contact us · Advertise · Privacy · Cookies",
            "-© 2026 Hobbleford Courier Ltd. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-troughandtadpole-newt-pond", [
        [
            "-Trough and Tadpole",
            "-A small garden, a lot of pond life",
        ],
        [
            "-Posted on 2 May 2026 by Gilbert Marrowby",
            "+Turning an old cattle trough into a pond for newts",
            "-Reading time: 6 minutes",
        ],
        [
            "+A farmer down the lane was throwing out a galvanised cattle trough, so I wheeled it home on a sack "
            "barrow.",
            "+It holds about 400 litres, which is plenty for smooth newts if you give them a way in and a way out.",
            "-The trough on its first day, still full of leaves.",
        ],
        [
            "-Contents",
            "-1. Finding a trough",
            "-2. Planting it up",
        ],
        [
            "+A volunteer at the county wildlife trust told me: \"Newts need a ramp more than they need deep water.\"",
            "-Related post: The log pile that brought the hedgehogs back",
        ],
        [
            "+What I did",
            "+Scrubbed it and sealed the seams with pond-safe sealant",
            "+Built a ramp of stacked bricks inside and a rock pile outside",
            "+Planted water forget-me-not and a clump of starwort",
            "-The sealant I used: pond-safe silicone from Amazon (affiliate link)",
        ],
        [
            "+In June I counted three adult newts one evening with a torch, and the first efts in August.",
            "+Next spring I want to add a second, smaller trough for the frogs.",
            "-Happy pond-dipping, Gilbert",
        ],
        [
            "-Subscribe to get new posts by email – no spam, just ponds.",
            "-I design small wildlife ponds for gardens; get in touch through the contact page for a quote.",
            "-Share this: Facebook · Pinterest · Email",
        ],
        [
            "-3 thoughts on this post",
            "-Rosalind P.: Did you worry about the zinc from the galvanising?",
            "-↳ Gilbert Marrowby: I sealed the inside first, and the newts seem happy.",
            "-Terry H.: Brilliant idea, we have an old bath we could use.",
        ],
        [
            "-© 2026 Gilbert Marrowby. Please ask before using the photos.",
            "-Proudly powered by WordPress · Theme: Twenty Twenty-Four",
        ],
    ]),
    _page("fr", "fr-portail-brevillac-lavoir", [
        [
            "-Le Réveil de Brévillac",
            "-Actualité · Communes · Sports · Agenda · Annonces légales",
        ],
        [
            "+Le lavoir du ruisseau de la Combe retrouve son toit de tuiles",
            "-Par Gervaise Tourmelin",
        ],
        [
            "-Publié le 21 mars 2026 à 07h45",
            "-Temps de lecture : 3 min",
        ],
        [
            "+Le lavoir communal, bâti en 1878 au bord du ruisseau de la Combe, a retrouvé une toiture en tuiles "
            "canal après deux mois de travaux.",
            "-Publicité",
            "-Contenu sponsorisé : Isolation des combles, les aides de 2026",
            "+Le bassin, envahi par la vase, a été curé par les bénévoles de l'association du patrimoine.",
        ],
        [
            "+« Nos grands-mères venaient ici chaque lundi avec la brouette de linge », se souvient Odette "
            "Granvaloux, 89 ans.",
            "-Le lavoir et son bassin, vus depuis le pont de la Combe.",
            "-Photo : service communication de la mairie",
        ],
        [
            "+Ce qui a été fait",
            "+La charpente en chêne a été refaite à l'identique",
            "-À lire aussi : La boulangerie de la place rouvre ses portes",
            "+Les pierres du bassin ont été rejointoyées à la chaux",
            "+Un panneau raconte l'histoire des lavandières",
        ],
        [
            "+Les travaux ont coûté 46 000 euros, financés pour moitié par la Fondation du patrimoine.",
            "-Suivez-nous sur Facebook et Instagram pour l'actualité de votre commune",
            "+Une fête du lavoir est prévue le premier dimanche de juin.",
        ],
        [
            "-Mots-clés : patrimoine, lavoir, ruisseau de la Combe",
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "-3 commentaires",
            "-Josette M. : Enfin ! J'y jouais quand j'étais petite.",
            "-↳ Gervaise Tourmelin (journaliste) : Merci pour votre souvenir, Josette.",
            "-Bernard L. : Et l'eau, elle coule toujours en été ?",
            "-↳ Nadine P. : Oui, la source ne tarit jamais.",
        ],
        [
            "-Nous contacter · Mentions légales · Données personnelles · Cookies",
            "-© 2026 Éditions du Réveil – Tous droits réservés",
        ],
    ]),
    _page("fr", "fr-blog-levainetfoin-levain", [
        [
            "-Levain et Foin",
            "-Carnet d'une boulangère du dimanche",
        ],
        [
            "-Publié le 8 février 2026 par Clotilde Barbefine",
            "+Mon levain passe l'hiver dans une caisse à foin",
            "-Temps de lecture : 5 minutes",
        ],
        [
            "+Ma cuisine descend à 14 degrés en hiver, et mon levain ne montait plus du tout.",
            "+J'ai repris l'idée de la marmite norvégienne : une caisse en bois bourrée de foin, qui garde la "
            "chaleur pendant des heures.",
            "-Le bocal de levain niché dans son nid de foin.",
        ],
        [
            "-Sommaire",
            "-1. Construire la caisse",
            "-2. Les températures relevées",
        ],
        [
            "+Un vieux paysan du marché m'a dit : « Le foin, c'est la couverture du pauvre, et ça marche pour la "
            "pâte aussi. »",
            "-À lire aussi : Mon premier pain de seigle, un désastre instructif",
        ],
        [
            "+Ce qu'il faut",
            "+Une caisse à vin en bois avec son couvercle",
            "+Du foin bien sec, jamais humide",
            "+Une bouillotte pour les nuits les plus froides",
            "-Ma bouillotte en caoutchouc naturel sur Amazon (lien affilié)",
        ],
        [
            "+Avec la bouillotte, le bocal reste à 24 degrés toute la nuit et le levain double en huit heures.",
            "+Au printemps, je rangerai la caisse au grenier jusqu'à l'hiver prochain.",
            "-Bonne cuisson, Clotilde",
        ],
        [
            "-Inscrivez-vous pour recevoir les nouveaux articles par e-mail.",
            "-J'anime des ateliers pain au levain dans ma cuisine à Tours, infos sur la page Ateliers.",
            "-Partager : Facebook · Pinterest · E-mail",
        ],
        [
            "-Commentaires (3)",
            "-Héloïse D. : Génial, j'ai une caisse à pommes qui ferait l'affaire.",
            "-↳ Clotilde Barbefine : Parfait, pensez juste à bien la fermer !",
            "-Raymond V. : Le foin ne donne pas de goût au pain ?",
        ],
        [
            "-© 2026 Clotilde Barbefine – Reproduction interdite sans autorisation",
            "-Propulsé par WordPress · Thème Hestia",
        ],
    ]),
    _page("de", "de-portal-ostrachingen-dorfschmiede", [
        [
            "-Der Ostrachinger Bote",
            "-Lokales · Sport · Kultur · Vereine · Termine",
        ],
        [
            "+Alte Dorfschmiede öffnet als Museum",
            "-Von Irmtraud Wendelstöcker",
        ],
        [
            "-Veröffentlicht am 12.04.2026, 06:30 Uhr",
            "-Lesezeit: 3 Minuten",
        ],
        [
            "+Die Schmiede an der Kirchgasse, in der bis 1974 Pferde beschlagen wurden, ist seit Sonntag ein kleines "
            "Museum.",
            "-Werbung",
            "-Gesponsert: Jetzt Heizung tauschen und Förderung sichern",
            "+Der Heimatverein hat Esse, Amboss und Blasebalg in drei Jahren Arbeit wieder hergerichtet.",
        ],
        [
            "+„Mein Großvater hat hier noch jeden Morgen um fünf das Feuer angefacht“, sagt der Vereinsvorsitzende "
            "Ewald Rümpelkamp.",
            "-Ewald Rümpelkamp am restaurierten Amboss.",
            "-Foto: Heimatverein",
        ],
        [
            "+Was Besucher sehen können",
            "+Die Esse mit dem originalen Blasebalg von 1890",
            "-Lesen Sie auch: Neuer Radweg nach Krähenwiesel eröffnet",
            "+Über 200 Werkzeuge aus drei Generationen",
            "+Vorführungen an jedem ersten Sonntag im Monat",
        ],
        [
            "+Der Eintritt ist frei, um Spenden für das Dach wird gebeten.",
            "-Folgen Sie uns auf Instagram und im WhatsApp-Kanal für Nachrichten aus dem Ort",
            "+Geöffnet ist das Museum von Mai bis Oktober sonntags von 14 bis 17 Uhr.",
        ],
        [
            "-Schlagworte: Heimatverein, Museum, Kirchgasse",
            "-Teilen: Facebook · WhatsApp · E-Mail",
        ],
        [
            "-3 Kommentare",
            "-Gerda S.: Da war ich als Kind oft, schön, dass es erhalten bleibt.",
            "-↳ Irmtraud Wendelstöcker (Redaktion): Danke, Gerda, kommen Sie doch zur nächsten Vorführung!",
            "-Horst K.: Gibt es auch Führungen für Schulklassen?",
            "-↳ Lotte B.: Ja, der Verein macht das nach Absprache.",
        ],
        [
            "-Impressum · Datenschutz · AGB · Kontakt",
            "-© 2026 Ostrachinger Bote Verlags-GmbH",
        ],
    ]),
    _page("de", "de-blog-balgundwalze-drehorgel", [
        [
            "-Balg und Walze",
            "-Werkstattnotizen eines Drehorgelfreundes",
        ],
        [
            "-Veröffentlicht am 19. Januar 2026 von Reinhold Quastenbeck",
            "+Neue Bälge für meine Drehorgel",
            "-Lesedauer: 7 Minuten",
        ],
        [
            "+Die Orgel, eine Walzenorgel von 1912 mit zwanzig Tönen, pfiff aus jeder Falte, weil das Leder der "
            "Bälge brüchig war.",
            "+Ich habe beide Schöpfbälge und den Magazinbalg komplett neu beledert.",
            "-Der alte Magazinbalg mit gerissenen Falten.",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Das alte Leder abnehmen",
            "-2. Neues Leder verleimen",
        ],
        [
            "+Ein Orgelbauer aus Waldkirch riet mir am Telefon: „Nehmen Sie Hautleim, keinen Weißleim, sonst "
            "bekommen Sie die Bälge nie wieder auf.“",
            "-Auch interessant: Wie ich die Walze neu bestiftet habe",
        ],
        [
            "+Was ich gebraucht habe",
            "+Dünnes Schafleder für die Falten",
            "+Warmen Hautleim aus dem Wasserbad",
            "+Viel Geduld beim Pressen der Ecken",
            "-Mein Leimtopf: elektrischer Leimwärmer bei Amazon (Affiliate-Link)",
        ],
        [
            "+Nach dem Trocknen hält die Orgel den Wind wieder, und das Spiel klingt gleichmäßig.",
            "+Als Nächstes sind die Pfeifen dran, zwei davon sprechen zu spät an.",
            "-Mit musikalischen Grüßen, Reinhold",
        ],
        [
            "-Neue Beiträge per E-Mail erhalten? Hier eintragen.",
            "-Ich beledere Bälge auch für andere Drehorgelbesitzer – schreiben Sie mir über das Kontaktformular.",
            "-Teilen mit: Facebook · Pinterest · E-Mail",
        ],
        [
            "-Kommentare (3)",
            "-Hannelore F.: Toll beschrieben, welches Leder genau?",
            "-↳ Reinhold Quastenbeck: Schafleder, 0,4 Millimeter, vom Orgelbedarf.",
            "-Klaus D.: Ich habe die gleiche Orgel, darf ich Sie anrufen?",
        ],
        [
            "-© 2026 Reinhold Quastenbeck · Alle Rechte vorbehalten",
            "-Erstellt mit WordPress · Theme: Sydney",
        ],
    ]),
    _page("it", "it-portale-valdirame-corderia", [
        [
            "-La Voce di Valdirame",
            "-Cronaca · Politica · Sport · Cultura · Eventi",
        ],
        [
            "+Restaurato il capannone dell'antica corderia sul lungofiume",
            "-di Ottavia Sbarluzzi",
        ],
        [
            "-Pubblicato il 9 maggio 2026 alle 08:20",
            "-Lettura: 3 minuti",
        ],
        [
            "+Il lungo capannone dove fino al 1960 si torcevano le funi per i barconi del fiume ha un tetto nuovo e "
            "le pareti ripulite.",
            "-Pubblicità",
            "-Contenuto sponsorizzato: Fotovoltaico sul tetto, come risparmiare",
            "+I lavori sono stati pagati dal Comune e da una raccolta fondi tra gli abitanti.",
        ],
        [
            "+«Mio nonno camminava all'indietro per duecento metri tirando la canapa», racconta Teresio Canapetti.",
            "-Il capannone della corderia dopo il restauro.",
            "-Foto: archivio della redazione",
        ],
        [
            "+Cosa si può vedere",
            "+La ruota originale per torcere i trefoli",
            "-Leggi anche: Nuovi orari per la biblioteca civica",
            "+Una mostra di funi e attrezzi dei cordai",
            "+Il tracciato della pista lunga 200 metri",
        ],
        [
            "+La corderia sarà aperta ogni domenica pomeriggio da giugno a settembre.",
            "-Seguici su Facebook e Instagram per le notizie del territorio",
            "+Le scuole possono prenotare una visita con dimostrazione della torcitura.",
        ],
        [
            "-Tag: corderia, restauro, lungofiume",
            "-Condividi: Facebook · X · WhatsApp · Email",
        ],
        [
            "-3 commenti",
            "-Rosalba C.: Che bello, ci giocavamo da bambini.",
            "-↳ Ottavia Sbarluzzi (redazione): Grazie Rosalba, ci manda una foto di allora?",
            "-Mario F.: Ci sarà anche la torcitura dal vivo?",
            "-↳ Livia D.: Sì, la prima domenica del mese.",
        ],
        [
            "-Chi siamo · Contatti · Privacy · Cookie policy",
            "-© 2026 Edizioni Valdiramesi S.r.l. – Tutti i diritti riservati",
        ],
    ]),
    _page("it", "it-blog-trecordeeunsigaro-chitarra", [
        [
            "-Tre corde e un sigaro",
            "-Strumenti fatti in garage",
        ],
        [
            "-Pubblicato il 27 marzo 2026 da Gaspare Tronfolini",
            "+La mia prima chitarra da una scatola di sigari",
            "-Tempo di lettura: 6 minuti",
        ],
        [
            "+Un tabaccaio in pensione mi ha regalato una scatola di sigari toscani in legno di cedro.",
            "+Con un manico d'acero e tre corde ne è venuta fuori una chitarra che suona il blues sorprendentemente "
            "bene.",
            "-La scatola con il manico già incollato.",
        ],
        [
            "-Indice",
            "-1. Il manico",
            "-2. Il ponticello",
        ],
        [
            "+Il liutaio del paese, vedendola, ha detto: «Non è uno strumento da concerto, ma ha più anima di tante "
            "chitarre di fabbrica.»",
            "-Potrebbe interessarti anche: Un bottleneck ricavato da una bottiglia di vino",
        ],
        [
            "+Cosa mi è servito",
            "+Un manico ricavato da un listello d'acero",
            "+Un ponticello fatto con un vecchio bullone",
            "+Tre meccaniche da chitarra classica",
            "-Le meccaniche che ho usato: set su Amazon (link affiliato)",
        ],
        [
            "+L'ho accordata in sol aperto e la suono con un collo di bottiglia di vetro.",
            "+Il prossimo progetto sarà una versione a quattro corde con un pickup piezo.",
            "-Alla prossima, Gaspare",
        ],
        [
            "-Iscriviti alla newsletter per non perdere i prossimi progetti.",
            "-Costruisco chitarre cigar box su ordinazione: scrivimi dalla pagina Contatti.",
            "-Condividi su: Facebook · Pinterest · WhatsApp",
        ],
        [
            "-Commenti (3)",
            "-Franco B.: Che suono! Hai un video?",
            "-↳ Gaspare Tronfolini: Arriva la settimana prossima su YouTube.",
            "-Silvia M.: Che colla hai usato per il manico?",
        ],
        [
            "-© 2026 Gaspare Tronfolini · Tutti i diritti riservati",
            "-Realizzato con WordPress · Tema Neve",
        ],
    ]),
    _page("pl", "pl-portal-grzebieniowek-latarnia", [
        [
            "-Kurier Grzebieniowski",
            "-Wiadomości · Sport · Kultura · Ogłoszenia · Pogoda",
        ],
        [
            "+Gazowa latarnia przy rynku znów świeci po 70 latach",
            "-Autor: Halina Pstrążyńska",
        ],
        [
            "-Opublikowano: 3 listopada 2026, 18:05",
            "-Czas czytania: 3 min",
        ],
        [
            "+Żeliwna latarnia z 1894 roku, ostatnia z dawnego oświetlenia gazowego w mieście, została w sobotę "
            "ponownie zapalona.",
            "-Reklama",
            "-Artykuł sponsorowany: Jak obniżyć rachunki za ogrzewanie",
            "+Przez dziesięciolecia stała bez klosza i była pomalowana na zielono jak zwykły słup.",
        ],
        [
            "+– Mój ojciec był ostatnim latarnikiem w Grzebieniówku i zapalał ją długą tyczką – wspomina Zenon "
            "Wróblikowski.",
            "-Latarnia przy rynku po renowacji.",
            "-Fot. Urząd Miasta",
        ],
        [
            "+Co zrobiono przy renowacji",
            "+Odlano brakujące elementy kapitelu",
            "-Czytaj także: Nowy plac zabaw przy szkole",
            "+Założono nowy klosz z mosiężną ramą",
            "+Doprowadzono gaz z sieci miejskiej",
        ],
        [
            "+Latarnia będzie zapalana codziennie o zmierzchu i gaszona o północy.",
            "-Obserwuj nas na Facebooku, by nie przegapić wiadomości z gminy",
            "+Miasto rozważa odtworzenie kolejnych dwóch latarni przy kościele.",
        ],
        [
            "-Tagi: latarnia, rynek, zabytki",
            "-Udostępnij: Facebook · X · Messenger",
        ],
        [
            "-3 komentarze",
            "-Grażyna W.: Pięknie wygląda wieczorem!",
            "-↳ Halina Pstrążyńska (redakcja): Dziękujemy, zdjęcia nocne wkrótce.",
            "-Tadeusz R.: A ile kosztuje gaz?",
            "-↳ Ewa N.: Podobno kilkadziesiąt złotych miesięcznie.",
        ],
        [
            "-Redakcja · Kontakt · Polityka prywatności · Regulamin",
            "-© 2026 Wydawnictwo Grzebieniowskie. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    _page("pl", "pl-blog-fornirklej-taca", [
        [
            "-Fornir i Klej",
            "-Blog o stolarce po godzinach",
        ],
        [
            "-Autor: Wiesław Sklejkowicz · 12 października 2026",
            "+Taca z intarsją na rocznicę ślubu rodziców",
            "-Czas czytania: 6 min",
        ],
        [
            "+Rodzice obchodzili czterdziestą rocznicę ślubu, więc postanowiłem zrobić im tacę z intarsją w "
            "kształcie róży.",
            "+Blat to sklejka brzozowa, a wzór ułożyłem z fornirów jesionu, orzecha i mahoniu.",
            "-Wzór róży przyklejony na taśmę, przed prasowaniem.",
        ],
        [
            "-Spis treści",
            "-1. Cięcie fornirów",
            "-2. Wykończenie",
        ],
        [
            "+Mój dziadek, stolarz, zawsze mówił: „Fornir tnie się raz, a klei dwa razy dłużej, niż myślisz”.",
            "-Zobacz też: Skrzynka na narzędzia z dębu",
        ],
        [
            "+Czego użyłem",
            "+Skalpela z wymiennymi ostrzami",
            "+Kleju do forniru na ciepło",
            "+Oleju twardego do wykończenia blatu",
            "-Ostrza, których używam: zestaw na Allegro (link afiliacyjny)",
        ],
        [
            "+Rodzice postawili tacę na kredensie i nie pozwalają nikomu na niej niczego podawać.",
            "+Następna będzie szachownica z forniru klonowego i orzechowego.",
            "-Pozdrawiam, Wiesiek",
        ],
        [
            "-Zapisz się na newsletter, a nowe wpisy przyjdą do Ciebie mailem.",
            "-Robię tace i deski z intarsją na zamówienie – napisz przez formularz kontaktowy.",
            "-Udostępnij wpis: Facebook · Pinterest",
        ],
        [
            "-Komentarze (3)",
            "-Jolanta S.: Przepiękna róża, ile godzin to zajęło?",
            "-↳ Wiesław Sklejkowicz: Około czterdziestu, z przerwami.",
            "-Marek Z.: Jakiej prasy używałeś?",
        ],
        [
            "-© 2026 Wiesław Sklejkowicz. Kopiowanie zdjęć bez zgody zabronione.",
            "-Blog na WordPressie · Motyw GeneratePress",
        ],
    ]),
    _page("ru", "ru-portal-krivokolensk-pristupka", [
        [
            "-Кривоколенский листок",
            "-Новости · Общество · Спорт · Культура · Объявления",
        ],
        [
            "+У купеческого дома вернули на место каменную приступку для посадки в седло",
            "-Автор: Ираида Щеглобокова",
        ],
        [
            "-Опубликовано 15 мая 2026, 10:40",
            "-Время чтения: 3 мин",
        ],
        [
            "+Гранитную приступку, с которой в XIX веке садились на лошадей у дома купца Сыромятова, вернули на "
            "Садовую улицу.",
            "-Реклама",
            "-Партнёрский материал: Как выбрать окна для дачи",
            "+Камень много лет лежал во дворе школы, куда его увезли при ремонте тротуара.",
        ],
        [
            "+«На камне даже видны ступеньки, стёртые сапогами», — рассказал краевед Порфирий Зябликов.",
            "-Приступка у дома купца после установки.",
            "-Фото: пресс-служба администрации",
        ],
        [
            "+Что сделали при установке",
            "+Очистили камень от краски и мха",
            "-Читайте также: В парке откроют новую площадку",
            "+Залили бетонное основание",
            "+Поставили табличку с историей дома",
        ],
        [
            "+Работы провели волонтёры краеведческого клуба за два выходных.",
            "-Подписывайтесь на наш канал в Telegram",
            "+Осенью у дома планируют провести экскурсию по старой Садовой улице.",
        ],
        [
            "-Теги: краеведение, история, Садовая улица",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "-3 комментария",
            "-Людмила Н.: Помню этот камень у школы, мы на нём сидели.",
            "-↳ Ираида Щеглобокова (редакция): Спасибо, Людмила, интересная деталь!",
            "-Виктор А.: Хорошее дело, побольше бы таких.",
            "-↳ Олег Т.: Согласен, молодцы краеведы.",
        ],
        [
            "-О редакции · Контакты · Рекламодателям · Политика конфиденциальности",
            "-© 2026 ООО «Редакция Листка». Все права защищены.",
        ],
    ]),
    _page("ru", "ru-blog-lavandavmedi-alambik", [
        [
            "-Лаванда в меди",
            "-Заметки о травах, перегонке и саде",
        ],
        [
            "-Опубликовано 6 июля 2026 · Ефросинья Клюквина",
            "+Медный аламбик для лавандовой воды",
            "-Время чтения: 6 минут",
        ],
        [
            "+Лаванда в этом году разрослась так, что её хватило бы на целую лавку, и я решилась купить маленький "
            "медный аламбик.",
            "+Он на два литра, с колпаком-луковицей и змеевиком, который охлаждается в ведре с водой.",
            "-Аламбик на плите, первая перегонка.",
        ],
        [
            "-Содержание",
            "-1. Подготовка сырья",
            "-2. Перегонка",
        ],
        [
            "+Соседка-травница посоветовала: «Гоните на самом маленьком огне, лаванда не любит спешки».",
            "-Читайте также: Как я сушу мяту и мелиссу на чердаке",
        ],
        [
            "+Что понадобилось",
            "+Два ведра свежих соцветий",
            "+Чистая вода без хлора",
            "+Лёд для охлаждения змеевика",
            "-Мой аламбик: медный дистиллятор на Ozon (партнёрская ссылка)",
        ],
        [
            "+С одной закладки вышло около литра гидролата и несколько капель эфирного масла.",
            "+Следующим летом попробую перегнать розу и мелиссу.",
            "-С любовью, Ефросинья",
        ],
        [
            "-Подпишитесь на рассылку, чтобы не пропустить новые записи.",
            "-Продаю лавандовую воду в стеклянных флаконах – пишите через форму обратной связи.",
            "-Поделиться записью: ВКонтакте · Telegram",
        ],
        [
            "-Комментарии (3)",
            "-Зинаида П.: Какой запах, наверное, стоял на кухне!",
            "-↳ Ефросинья Клюквина: Вся квартира пахла неделю.",
            "-Геннадий С.: Медь не даёт привкуса?",
        ],
        [
            "-© 2026 Ефросинья Клюквина. Копирование без разрешения запрещено.",
            "-Блог работает на WordPress · Тема Blocksy",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Vimeo showcase unavailable: the owner has protected these videos with a password.":
        "an English Vimeo showcase placeholder ('Vimeo showcase unavailable: the owner has protected these videos "
        "with a password.') is left in the body",
    "Der Audio-Player von Podbean lädt erst, wenn Sie externe Inhalte zulassen.":
        "a German Podbean player placeholder waiting for consent ('Der Audio-Player von Podbean lädt erst, wenn Sie "
        "externe Inhalte zulassen.') is left in the body",
    "Mapa z Google My Maps nie wczytała się – sprawdź połączenie z internetem.":
        "a Polish Google My Maps placeholder ('Mapa z Google My Maps nie wczytała się – sprawdź połączenie z "
        "internetem.') is left in the body",
    "Words: Perpetua Gurneystile. Pictures: Lionel Brackenspool.":
        "an English words-and-pictures byline ('Words: Perpetua Gurneystile. Pictures: Lionel Brackenspool.') is "
        "left at the head",
    "Текст и фото — Аграфена Пустовойтова":
        "a Russian text-and-photo byline ('Текст и фото — Аграфена Пустовойтова') is left at the head",
    "Ваш комментарий слишком короткий: минимум 10 символов.":
        "a Russian comment-too-short message ('Ваш комментарий слишком короткий: минимум 10 символов.') is left at "
        "the foot",
    "Declaration of interest: the author is a volunteer trustee of the village museum.":
        "an English declaration of interest ('Declaration of interest: the author is a volunteer trustee of the "
        "village museum.') is left in the body",
    "Dieser Beitrag ist Teil unserer Sommerserie „Alte Handwerke neu entdeckt“.":
        "a German summer-series note ('Dieser Beitrag ist Teil unserer Sommerserie „Alte Handwerke neu entdeckt“.') "
        "is left in the body",
    "Материал подготовлен по итогам пресс-тура, организованного администрацией района.":
        "a Russian press-tour note ('Материал подготовлен по итогам пресс-тура, организованного администрацией "
        "района.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-troughandtadpole-newt-pond":
        "the newt-pond blog's post keeps the blog name and tagline ('Trough and Tadpole' and 'A small garden, a lot "
        "of pond life') at the top and the photo caption ('The trough on its first day, still full of leaves.') after"
        " the second paragraph (3 of 20 noise lines); no article line is lost",
    "fr-blog-levainetfoin-levain":
        "the sourdough blog's post keeps the blog name and tagline ('Levain et Foin' and 'Carnet d'une boulangère du "
        "dimanche') at the top, the photo caption ('Le bocal de levain niché dans son nid de foin.') after the "
        "second paragraph, the sign-off ('Bonne cuisson, Clotilde') after the last paragraph, and the subscribe "
        "prompt ('Inscrivez-vous pour recevoir les nouveaux articles par e-mail.') and the plug ('J'anime des "
        "ateliers pain au levain dans ma cuisine à Tours, infos sur la page Ateliers.') before the share row (6 of "
        "20 noise lines); no article line is lost",
    "de-blog-balgundwalze-drehorgel":
        "the barrel-organ blog's post keeps the photo caption ('Der alte Magazinbalg mit gerissenen Falten.') after "
        "the second paragraph (1 of 20 noise lines); no article line is lost",
    "it-blog-trecordeeunsigaro-chitarra":
        "the cigar-box-guitar blog's post keeps the blog name and tagline ('Tre corde e un sigaro' and 'Strumenti "
        "fatti in garage') at the top and the photo caption ('La scatola con il manico già incollato.') after the "
        "second paragraph (3 of 20 noise lines); no article line is lost",
    "pl-blog-fornirklej-taca":
        "the marquetry blog's post keeps the blog name and tagline ('Fornir i Klej' and 'Blog o stolarce po "
        "godzinach') at the top, the photo caption ('Wzór róży przyklejony na taśmę, przed prasowaniem.') after the "
        "second paragraph and the sign-off ('Pozdrawiam, Wiesiek') after the last paragraph (4 of 20 noise lines); "
        "no article line is lost",
    "ru-blog-lavandavmedi-alambik":
        "the lavender-still blog's post keeps the blog name and tagline ('Лаванда в меди' and 'Заметки о травах, "
        "перегонке и саде') at the top and the photo caption ('Аламбик на плите, первая перегонка.') after the "
        "second paragraph (3 of 20 noise lines); no article line is lost",
}


test_held_out_182_line, test_held_out_182_line_is_kept, test_held_out_182_page = held_out_tests(
    HELD_OUT_182_LINES, HELD_OUT_182_KEEP, HELD_OUT_182_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
