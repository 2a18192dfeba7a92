"""Held-out set 247: written blind, weighted toward the noise the cleaner exists for, in shapes set 246's docstring does
not name (nor the first paragraphs of sets 243, 244 and 245): scraper, embed and ad markers, all in the body (an English
Flourish chart that its owner has unpublished "Flourish visualisation unavailable: this chart has been unpublished by
its owner.", an English Twitch clip that could not be loaded, with an offline-or-deleted hint "Twitch clip could not be
loaded. The channel may be offline or the clip deleted.", an English Bandcamp player blocked, with an
allow-third-party-content hint "Bandcamp player blocked – allow third-party content in your browser to listen.", a
French Dailymotion player unavailable because its author took the video down "Le lecteur Dailymotion est indisponible :
cette vidéo a été retirée par son auteur.", a German Podigee podcast player unavailable because the podcaster removed
the episode "Podigee-Player nicht verfügbar: Diese Folge wurde vom Podcaster entfernt.", an Italian Threads post no
longer available or deleted by its author "Il post di Threads non è più disponibile o è stato eliminato dall'autore.", a
Polish Player.pl video for subscribers only "Materiał wideo z Player.pl jest dostępny wyłącznie dla abonentów." and a
Russian VK Video widget that did not load because the clip is hidden by privacy settings "Виджет VK Видео не загрузился:
ролик скрыт настройками приватности."); reading-time headers in new wordings, all at the head (the English bare
hyphenated N-minute-read label "6-minute read", a blog's you'll-need-about line "You'll need about 9 minutes for this
one.", the French reading-duration (durée de lecture) label "Durée de lecture : 4 min", the German minutes-to-read
(Minuten zum Lesen) label "4 Minuten zum Lesen", the Italian estimated-reading-time (tempo stimato di lettura) label
"Tempo stimato di lettura: 4 minuti", the Polish estimated-reading-time (szacowany czas czytania) label "Szacowany czas
czytania: 4 minuty" and the Russian time-of-reading-about (время прочтения — около) label "Время прочтения — около 4
минут"); bylines and self-promotion (an English wire-style reporting-by-editing-by byline "Reporting by Hetty Pramwell;
editing by Gideon Chasslewick", a French interview-collected-by (propos recueillis par) byline "Propos recueillis par
Solène Berceaudin", an Italian report-by (servizio di) byline "Servizio di Ottavio Passegginelli" and a Polish
author-of-the-text (autorka tekstu) byline "Autorka tekstu: Bożena Wózkowska", all at the head; and an English Redbubble
plug for the author's pier photos "Prints of my pier photos are on Redbubble – mugs and tote bags too.", an English
Thingiverse plug for the author's obstacle designs "My crazy-golf obstacle designs are free to download on
Thingiverse.", a German Steady support plug "Unterstütze diesen Blog auf Steady – schon ab 3 Euro im Monat." and a
Russian CloudTips support plug "Поддержать блог можно через CloudTips — спасибо каждому!", all at the foot); blog and
site footers, all at the foot (an English Squarespace credit with the cookie-preferences link "Site built on Squarespace
· Cookie preferences", an English company-registration line with the registered office "Registered in England and Wales
No. 08765432 · Registered office: 3 Pier Approach, Puttleby-on-Sea", an English GitHub Pages, Jekyll and Minima credit
"Served from GitHub Pages · Built with Jekyll · Theme: Minima", a French Wix credit with the manage-cookies link "Créé
avec Wix.com · Gérer les cookies", a German Hetzner hosting line with the imprint and privacy links "Gehostet bei
Hetzner in Falkenstein · Impressum · Datenschutz", an Italian court-registration (testata registrata presso il
Tribunale) line "Testata registrata presso il Tribunale di Carrozzano n. 4/2011", a Polish runs-on-WordPress and
cyber_Folks hosting credit "Strona działa na WordPressie · Hosting: cyber_Folks" and a Russian
media-registration-certificate (свидетельство о регистрации СМИ) line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-12345
выдано Роскомнадзором"); reader-comment furniture, all at the foot (an English comment pager "Viewing 1–10 of 23
comments · Next page", the English WordPress save-my-name checkbox label "Save my name, email, and website in this
browser for the next time I comment.", an English Disqus credit with a keep-it-civil plea "Comments powered by Disqus –
please keep it civil.", the French you-must-be-logged-in-to-comment note "Vous devez être connecté pour publier un
commentaire.", a German we-welcome-your-opinion-stay-factual note "Wir freuen uns über Ihre Meinung – bitte bleiben Sie
sachlich.", the Italian leave-a-comment heading with the cancel-reply link "Lascia un commento · Annulla risposta", a
Polish comment-as-guest-or-log-in-with-Facebook prompt "Skomentuj jako gość lub zaloguj się przez Facebooka" and the
Russian Cackle comments-widget credit "Комментарии для сайта Cackle"); share rows, all at the foot (an English
share-this-story row with Threads and Reddit "Share this story: Threads · Bluesky · Reddit · Copy link", a German
share-this-post (teile diesen Beitrag) row "Teile diesen Beitrag: Pinterest · Threads · Link kopieren" and an Italian
share-on (condividi su) row with copy-link "Condividi su: WhatsApp · Telegram · Copia link"); and notices (a French
erratum on a misspelt winner's name "Erratum : dans une première version, le nom du vainqueur était mal orthographié."
and a Polish update note (aktualizacja) that the organiser's words were added "Aktualizacja, godz. 18:20: dodaliśmy
wypowiedź organizatora.", both in the body; and a Russian first-published-in-our-Telegram-channel note "Этот текст был
впервые опубликован в нашем Telegram-канале.", at the foot); and twenty keep lines, article sentences that look a little
like noise ("Comments about the vicar's pram, a tin bath on pushchair wheels, were not repeated in church.", "Shared by
three generations of one family, the winning pram was first raced in 1968.", "Followers of the crazy-golf open came from
as far as Cardiff to see the windmill hole.", "Advertising boards on the windmill hole were painted over by the council
last spring.", "Subscribing pubs along the route each poured a half of bitter for every passing pram.", "Copyright in
the pier's clown-mouth hole was sold to a toy firm in 1987.", "Reading from a soaked scorecard, the judge declared a tie
at the eighteenth hole.", "Commentée par le maire au porte-voix, la course des landaus a traversé tout le village.",
"Partagé entre deux pousseurs, le trophée restera six mois dans chaque café.", "Suivie par six cents spectateurs, la
finale s'est jouée sur le trou du moulin.", "Kommentiert hat das Kinderwagenrennen der Pfarrer vom Kirchturm aus.",
"Werbung für das Turnier machten Kinder mit Kreidepfeilen auf dem Steg.", "Abonniert auf den Sieg scheint der Bäcker,
der nun zum dritten Mal gewonnen hat.", "Commentando la gara, il sindaco ha promesso un passeggino d'epoca al museo del
paese.", "Seguendo le frecce di gesso, i turisti arrivavano fino alla buca del faro.", "Condivisa tra due fratelli, la
coppa del minigolf resterà al bar del molo.", "Komentarze widzów niosły się wzdłuż molo aż do latarni.", "Udostępnione
przez gminę wózki z lat sześćdziesiątych stały przy mecie.", "Комментируя победу, капитан команды поблагодарил соседей
за старую коляску." and "Подписчики районной газеты выбрали лучший костюм экипажа коляски."); and toward whole scraped
news and hobby-blog pages in layouts set 246's docstring does not describe (on the six portal pages, in nine blocks, the
masthead with its tagline, a subscribe-and-log-in row and the section menu in a block of three at the very top; the
title first in a block of four, above the byline with the date and time (one line), a bare reading time and a share row;
the first paragraph last in a block of two, under the lead photo's caption with its credit (one line); the second
paragraph and the paragraph with the quote at the two ends of a block of four, with a bare advertisement label
(Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама) and a sponsored headline between them; the subheading
and the three rows under a read-also link that opens the list block (a block of five, the link first); the two last
paragraphs at the two ends of a block of three, with a newsletter prompt between them; a tags line, a follow-us prompt
(Facebook and Instagram; VKontakte and Telegram on the Russian page) and a most-read line with two headlines alone in a
block of three; a thread of five lines alone in a block (a comment count, a reader's comment, a second reader's arrowed
reply to her, a third reader's comment and the first reader's arrowed reply to the third); and at the foot the
publisher's copyright line with its links in one line, alone in a block of one; on the six blog pages, in ten blocks,
the blog name with its tagline alone in a block of one at the very top; the title third in a block of four, under the
menu and a category label and above the posted-on-by line (with the comment count); a bare reading time, an
affiliate-links disclosure and a table of contents (its heading and three numbered entries in one line) alone in a block
of three; the first paragraph, the opening photo's caption, the second paragraph and the paragraph with the quote in a
block of four (the caption second, the quote paragraph last); an action photo's caption and an affiliate link to the
author's putter (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) alone in a block of two between
the quote paragraph and the list; the subheading and the three rows alone in a block of four; the two last paragraphs at
the first and third places of a block of four, with a plug for her hand-painted golf-ball magnets (in an Etsy shop, at
Ярмарка Мастеров on the Russian blog) between them and the author's sign-off closing the block; a subscribe-by-email
prompt and a share row alone in a block of two; a thread of five lines alone in a block (a thoughts-on, replies or
comments heading with its count quoting the post's title, a reader's comment, the author's arrowed reply to her, a
second reader's comment and the author's arrowed reply to him); and at the foot the author's copyright line with the
theme and platform credit in one line, alone in a block of one), taken from local news of a village's 31st charity pram
race (two retained or volunteer firefighters winning with an old pram dressed as a fire engine in 14 minutes 8 seconds
over a course of two miles or three kilometres, forty-six prams with one runner pushing and one passenger riding, more
than 1,500 spectators and three compulsory stops at pubs or cafés, the organiser's quote, who has run the race since
1994, that a pram has three speeds: slow, fast and in the hedge, the pram inspection and weigh-in at 10.00, a
fancy-dress parade at 11.30 and the start at 13.00, the winners beating last year's champions, two farriers from the
next village, by nine seconds after the farriers lost a wheel in the ford, 6,200 pounds, euros or złoty (62 thousand
roubles on the Russian page) raised for the air ambulance and the winning pram shown in the village hall all summer) in
six invented villages, and from six hobby blogs of young women on their first crazy-golf open on a pier (after three
summers of playing the pier's eighteen holes with chips in the other hand, at Puttleby-on-Sea, Port-Golfignac,
Schlägersiel, the Lido di Mazzetta, Dołkowo Morskie and Лункогорск, all invented, forty players on two rounds from a
windmill at the first hole to a lighthouse and a clown's mouth at the end of the pier, the head referee's quote at the
briefing that the sea breeze is part of the course: putt firm, read the boards and never blame the seagulls, scorecards
at 9.00, a practice round at 10.00 and two competition rounds from 11.30, 58 strokes for 14th of 40 behind a 72-year-old
retired postwoman who won with 41 after two holes in one at the windmill, 300 pounds, euros or złoty (30 thousand
roubles on the Russian blog) raised for the pier restoration, and a brother who wants to play next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 246 but what is named here), held-out set 248 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 246 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 243, 244 and 245, printed with one ast script (/tmp/s247scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (with /tmp/wt-s247/src and
/tmp/wt-s247/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All
of it was read in the worktree /tmp/wt-s247 (detached at the brief's commit). The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 246's as printed, with 246 -> 247;
/tmp/s247scratch/gen247.py writes this file from scratch files (data247.py with the noise and keep lines, desc247.py
with the descriptions of the noise lines quoted above, pages247.py with the pages as fields and the two layouts that
turn them into blocks, doc/*.txt with the docstring paragraphs and, after the measurement, tables247.py with the xfail
tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s247, detached at commit 51ce9c8669c05c648a1081239838fa7ab5dab6e2, the commit the brief named) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 23:06:23 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 23:06:24 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 0531d0fbd0056a8862723a8c802c86a36cce2c54 (main had moved past the brief's commit, which is why both
worktrees were made at the brief's commit, not at main); both worktrees were made at
51ce9c8669c05c648a1081239838fa7ab5dab6e2 with ``git worktree add``, output to /dev/null, both exit codes 0, and ``git
rev-parse HEAD`` in each printed that commit; /work/main was not touched afterwards. (2) peek.py first printed to the
terminal, which the tool cut in the middle (it showed set 246's first paragraph, its Protocol paragraph and the start of
its notes, then from inside set 244's first paragraph on, set 245's first paragraph); the second run went to
/tmp/s247scratch/peek.out (only the allowed parts), which I paged with ``sed -n`` on that output file, never on a file
of the repository; nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import (and gen247.py's import of the written file, to compare it with the scratch data) loads the cleaner's modules,
but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out
marker here is named for a marker in them (Flourish, Twitch, Bandcamp, Dailymotion, Podigee, Threads, Player.pl and VK
Video are new; the failures are worded anew: a chart unpublished by its owner, a clip that could not be loaded with an
offline-or-deleted hint, a player blocked with an allow-third-party-content hint, a video taken down by its author, an
episode removed by the podcaster, a post deleted by its author, a video for subscribers, a widget hidden by privacy
settings); the reading times avoid the phrasings named there as held-out lines (the new ones are "6-minute read",
"You'll need about ... for this one", "Durée de lecture", "Minuten zum Lesen", "Tempo stimato di lettura", "Szacowany
czas czytania" and "Время прочтения — около"); the bylines are of new shapes (a wire-style reporting-by with editing-by,
"Propos recueillis par", "Servizio di", "Autorka tekstu") and the plugs name platforms not named there (Redbubble,
Thingiverse, Steady, CloudTips); the footers use builders, hosts and legal lines not named there (Squarespace, a
company-registration line, GitHub Pages with Jekyll and Minima, Wix, Hetzner, an Italian court-registration line,
cyber_Folks, a Russian media-registration line); the comment lines (a pager, the save-my-name checkbox label, a Disqus
credit, a must-be-logged-in note, a stay-factual note, a leave-a-comment heading with cancel-reply, a guest-or-log-in
prompt, a Cackle credit), the share rows (share this story with Threads and Reddit; teile diesen Beitrag with Pinterest
and Threads; condividi su with copy-link) and the notices (a French erratum and a Polish update note in the body, a
Russian first-published-on-Telegram note at the foot) are of kinds not named there. The company number 08765432, the
address 3 Pier Approach, the court registration "n. 4/2011" and the Russian registration number "ЭЛ № ФС 77-12345" were
made up and not checked. The page furniture (mastheads, menus, captions, ad labels, reading times and the like) is of
the ordinary kinds the brief lists, some in wordings like those of earlier held-out lines (the German blog's "Lesedauer
5 Minuten", the Polish portal's "3 min czytania"); the layouts differ from those of set 246 (see the first paragraph),
though the portals' comment thread has the same order of five lines as set 246's portals. (5) Invented names were
checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Chumbleford,
Pramwell, Chasslewick, "Putts and Pier Chips", Puttleby, Landauvillers, Berceaudin, Golfignac, "Le Putt de Clémence",
Karrenbrunn, Kinderwägler, Schlägersiel, "Einlochen am Meer", Carrozzano, Passegginelli, "Mazzetta sul Molo", "Lido di
Mazzetta", Wózkowice, Wózkowska, Dołkowo, "Dołek na Molo", Коляскино, Колясочкина, Лункогорск and "Лунка на пирсе".
Dropped for hits: Spokesby (inside code identifiers such as spokesByTask), Gullhaven (a town in game texts), Poussettin
(inside "poussetting"), Carrozzini (a real surname), Колясинск (inside the real surname Колясинский), Axlethorpe (inside
a made-up name in a test), Landaurel (inside identifiers such as LandauRelaxation), "Buca sul Molo" (inside "sbuca sul
molo" in a story), Hubcapper (code identifiers and a test first name) and Buchella (a real surname and a place). "The
Chumbleford Courier", "Le Réveil de Landauvillers", "Port-Golfignac", "Karrenbrunner Rundschau", "La Gazzetta di
Carrozzano", "Głos Wózkowic", "Dołkowo Morskie" and «Коляскинские вести» are formed from checked names; the first names
of the bloggers (Tilly, Clémence, Lotte, Chiara, Kasia, Варя), of the reporters' namesakes in the photo credits (Nadia)
and of the commenters (first names with an initial) were not checked. Real services, platforms, shops and institutions
(Flourish, Twitch, Bandcamp, Dailymotion, Podigee, Threads, Player.pl, VK Video, Redbubble, Thingiverse, Steady,
CloudTips, Squarespace, GitHub Pages, Jekyll, Minima, Wix, Hetzner, cyber_Folks, WordPress, Roskomnadzor, Disqus,
Cackle, Bluesky, Reddit, Facebook, Instagram, WhatsApp, Pinterest, X, Telegram, ВКонтакте, Amazon, Allegro, Ozon, Etsy,
Ярмарка Мастеров, Astra, Kadence, GeneratePress and Twenty Twenty-Four) and real places (Falkenstein, Cardiff, England
and Wales) are named as real pages do. (6) A script (/tmp/s247scratch/check247.py) checked case-insensitively that no
noise line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats, and
that no line holds an at-sign or stray white space; it also printed the counts by category, language and place, and the
pages' counts of article and noise lines (10 and 20 each) and blocks (nine on the portals, ten on the blogs). Before its
first run I had changed the German portal's menu entry, typed as "Traueranzeigen" with a stray word after it, to
"Leserbriefe" (the entry would have held the page's bare advertisement label "Anzeige"), and the Russian portal's bare
reading time "3 мин" to "Время чтения: 3 минуты" (the bare "3 мин" was so short that it risked sitting inside other
lines); the first run found nothing wrong, and the counts match the Contents paragraph. gen247.py checks that no line of
the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds its lists, pages
and tables equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell call at
23:11:09 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and these notes
(7) to (9) (the measured copy is kept as /tmp/s247scratch/pre_measure_copy.py); pytest printed 15 failed, 62 passed and
no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s247scratch, importing the copy in
/tmp/wt-s247/tests with /tmp/wt-s247/src on the path) then printed ``_problems`` of each failing case: the four lines
and the eleven pages of the tables; every problem of a line is that the noise line is kept ("kept boilerplate"), and so
are all problems of the pages but one: 4 held-out lines and 25 page noise lines are kept, and the English blog's title
is reported as "lost or out of order"; no keep line is lost, and no problem of another kind (no unreported removal, no
range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that
output (/tmp/s247scratch/mktables.py writes tables247.py from the saved problems.json, which gen247.py puts into this
file); mktables.py checks that every problem is a kept noise line or a lost article line and matches each printed
snippet to exactly one line of its page, which the reason quotes in full with where it sits and the count the report
counts left (or lost); the reason of each line quotes it and says where it was put; the keys of the tables are exactly
the failing lines and pages of that output; the lists and pages of the final file were imported back and found equal to
the scratch data, and the final file was checked with the pytest command in /tmp/wt-s247 (see the Baseline paragraph).
(9) Clock: ``date`` printed 23:06:23 at the start, 23:11:09 at the measurement, 23:11:29 just before the problems were
printed and 23:11:35 after; the tables, the Baseline paragraph and these notes followed, and the commit within minutes,
well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the pram race and the crazy-golf open that
open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the story, so article
("Comments about the vicar's pram", "Commentée par le maire", "Kommentiert hat das Kinderwagenrennen", "Commentando la
gara", "Komentarze widzów" and "Комментируя победу" open like comment furniture but tell of remarks about a tin-bath
pram, a mayor with a megaphone, a priest on the church tower, a mayor's promise, spectators' shouts along the pier and a
captain's thanks; "Shared by three generations", "Partagé entre deux pousseurs", "Condivisa tra due fratelli" and
"Udostępnione przez gminę" open like share rows but tell who owns the pram, where the trophies go and who lent the old
prams; "Followers of the crazy-golf open" and "Seguendo le frecce di gesso" open like follow prompts but tell who came
and how tourists found a hole; "Subscribing pubs", "Abonniert auf den Sieg" (a German idiom for a habitual winner) and
"Подписчики районной газеты" open like subscribe prompts but tell of pubs pouring beer, a baker's third win and readers
choosing a costume; "Copyright in the pier's clown-mouth hole" opens like a copyright line but tells of a sale in 1987;
"Advertising boards on the windmill hole" and "Werbung für das Turnier" open like advertisement labels but tell of
boards painted over and children's chalk arrows; "Reading from a soaked scorecard" opens like a reading time but tells
of a tie). Borderline categories: the four plugs (Redbubble, Thingiverse, Steady, CloudTips) are bylines and
self-promotion, at the foot, since each promotes the author's own things or asks for support in the author's voice; the
eight embed lines are markers (what an embed leaves in the text when it does not show), though the Italian Threads and
Polish Player.pl lines read as sentences; the company-registration line, the Italian court-registration line and the
Russian media-registration line are footers (legal lines of the site or the publisher, not of the article), and so are
the Squarespace, GitHub Pages, Wix, Hetzner and cyber_Folks credits; the comment pager, the save-my-name checkbox label,
the Disqus credit, the French logged-in note, the German stay-factual note, the Italian leave-a-comment heading, the
Polish guest-or-log-in prompt and the Russian Cackle credit are comment furniture, since they sit over, in or under the
comments and speak only of commenting; the French erratum and the Polish update note are notices in the body (both speak
of the article they sit in), and the Russian first-published-on-Telegram note is a notice at the foot. On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (mastheads and blog names with taglines, subscribe-and-log-in rows,
menus, category labels, bylines and posted-on lines, reading times, affiliate disclosures, tables of contents, captions
and photo credits, share rows, advertisement labels, sponsored headlines, read-also links, affiliate links, newsletter,
follow and subscribe prompts, tags and most-read lines, plugs, sign-offs, comment counts and comments headings, comments
and replies, and copyright lines) is noise. The list rows (the inspection, the parade and the start on the portals;
scorecards, the practice round and the competition rounds on the blogs) are short but part of each article, so article;
the list headings ("How the day went", "How my day went" and the like) are the articles' subheadings, so article; the
portals' read-also link is noise though it opens the list block, and the blogs' plug is noise though it sits between the
two last paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, an Italian and a Polish one), body 10 (the eight markers and
two notices: French and Polish), tail 24 (four plugs: two English, a German and a Russian one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-chumbleford-charity-pram-race (two
firefighters winning Chumbleford's 31st charity pram race, in The Chumbleford Courier),
en-blog-putts-and-pier-chips-first-crazy-golf-open (Tilly's first crazy-golf open on Puttleby pier, 14th of 40),
fr-portail-landauvillers-course-de-landaus (the pompiers winning the 31st course de landaus of Landauvillers, in Le
Réveil de Landauvillers), fr-blog-le-putt-de-clemence-premier-open-de-minigolf (Clémence's first minigolf open on the
jetty of Port-Golfignac), de-portal-karrenbrunn-kinderwagenrennen (the Feuerwehr winning the 31st
Benefiz-Kinderwagenrennen of Karrenbrunn, in the Karrenbrunner Rundschau),
de-blog-einlochen-am-meer-erstes-minigolf-turnier (Lotte's first Minigolf-Open on the Seebrücke of Schlägersiel),
it-portale-carrozzano-corsa-delle-carrozzine (the vigili del fuoco winning the 31st corsa delle carrozzine of
Carrozzano, in La Gazzetta di Carrozzano), it-blog-mazzetta-sul-molo-primo-open-di-minigolf (Chiara's first minigolf
open on the molo of the Lido di Mazzetta), pl-portal-wozkowice-wyscig-wozkow (the strażacy winning the 31st wyścig
wózków of Wózkowice, in the Głos Wózkowic), pl-blog-dolek-na-molo-pierwszy-turniej-minigolfa (Kasia's first minigolf
tournament on the molo of Dołkowo Morskie), ru-portal-koljaskino-zabeg-koljasok (the пожарные winning the 31st забег
колясок of Коляскино, in «Коляскинские вести»), ru-blog-lunka-na-pirse-pervyj-turnir-po-minigolfu (Варя's first
мини-гольф tournament on the pier of Лункогорск), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 51ce9c8669c05c648a1081239838fa7ab5dab6e2, measured with ``cd /tmp/wt-s247 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s247/src python -m pytest -q tests/test_clean_held_out_247.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s247 && PYTHONPATH=/tmp/wt-s247/src python
scripts/clean_held_out_report.py --sets 247``, with the xfail tables empty, at 23:11:09 UTC by ``date``): noise lines
removed 41/45 (marker 7/8, reading-time 7/7, byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 4 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: in the body the Polish Player.pl subscribers-only marker and
the French erratum on the misspelt winner's name; and at the foot the English Thingiverse plug and the German
stay-factual comment note; every reading time, footer and share row, the other markers, bylines, plugs and comment lines
and the Polish and Russian notices went); keep lines kept 20/20; pages 1/12 clean (the Italian portal page), 25 of 240
page noise lines left and 1 of 120 article lines lost. Left: on the French, German and Polish portals four lines of the
reader comment thread each (the comment count, the first comment, the arrowed reply and the third reader's comment on
the French portal; the two comments and the two arrowed replies on the German and Polish portals); on the Russian portal
three (the first comment, the arrowed reply and the third reader's comment); on the English portal the newsletter prompt
between the two last paragraphs (1); on all six blogs the opening photo's caption between the first and second
paragraphs (1 each), and besides it the blog name with its tagline at the very top on the English blog (2 in all) and
the action photo's caption above the list and the magnets plug between the two last paragraphs on the Russian blog (3 in
all). Lost: the English blog's title ("My first crazy-golf open on Puttleby pier"), reported as lost or out of order; no
other page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on
the final file in /tmp/wt-s247 gave 62 passed, 15 xfailed, no XPASS.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_247_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish visualisation unavailable: this chart has been unpublished by its owner.', 'marker'),
    ('body', 'Twitch clip could not be loaded. The channel may be offline or the clip deleted.', 'marker'),
    ('body', 'Bandcamp player blocked – allow third-party content in your browser to listen.', 'marker'),
    ('body', 'Le lecteur Dailymotion est indisponible : cette vidéo a été retirée par son auteur.', 'marker'),
    ('body', 'Podigee-Player nicht verfügbar: Diese Folge wurde vom Podcaster entfernt.', 'marker'),
    ('body', "Il post di Threads non è più disponibile o è stato eliminato dall'autore.", 'marker'),
    ('body', 'Materiał wideo z Player.pl jest dostępny wyłącznie dla abonentów.', 'marker'),
    ('body', 'Виджет VK Видео не загрузился: ролик скрыт настройками приватности.', 'marker'),
    ('head', '6-minute read', 'reading-time'),
    ('head', "You'll need about 9 minutes for this one.", 'reading-time'),
    ('head', 'Durée de lecture : 4 min', 'reading-time'),
    ('head', '4 Minuten zum Lesen', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 minuti', 'reading-time'),
    ('head', 'Szacowany czas czytania: 4 minuty', 'reading-time'),
    ('head', 'Время прочтения — около 4 минут', 'reading-time'),
    ('head', 'Reporting by Hetty Pramwell; editing by Gideon Chasslewick', 'byline'),
    ('head', 'Propos recueillis par Solène Berceaudin', 'byline'),
    ('head', 'Servizio di Ottavio Passegginelli', 'byline'),
    ('head', 'Autorka tekstu: Bożena Wózkowska', 'byline'),
    ('tail', 'Prints of my pier photos are on Redbubble – mugs and tote bags too.', 'byline'),
    ('tail', 'My crazy-golf obstacle designs are free to download on Thingiverse.', 'byline'),
    ('tail', 'Unterstütze diesen Blog auf Steady – schon ab 3 Euro im Monat.', 'byline'),
    ('tail', 'Поддержать блог можно через CloudTips — спасибо каждому!', 'byline'),
    ('tail', 'Site built on Squarespace · Cookie preferences', 'footer'),
    ('tail', ('Registered in England and Wales No. 08765432 · Registered office: 3 Pier Approach, '
               'Puttleby-on-Sea'), 'footer'),
    ('tail', 'Served from GitHub Pages · Built with Jekyll · Theme: Minima', 'footer'),
    ('tail', 'Créé avec Wix.com · Gérer les cookies', 'footer'),
    ('tail', 'Gehostet bei Hetzner in Falkenstein · Impressum · Datenschutz', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Carrozzano n. 4/2011', 'footer'),
    ('tail', 'Strona działa na WordPressie · Hosting: cyber_Folks', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-12345 выдано Роскомнадзором', 'footer'),
    ('tail', 'Viewing 1–10 of 23 comments · Next page', 'comments'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Comments powered by Disqus – please keep it civil.', 'comments'),
    ('tail', 'Vous devez être connecté pour publier un commentaire.', 'comments'),
    ('tail', 'Wir freuen uns über Ihre Meinung – bitte bleiben Sie sachlich.', 'comments'),
    ('tail', 'Lascia un commento · Annulla risposta', 'comments'),
    ('tail', 'Skomentuj jako gość lub zaloguj się przez Facebooka', 'comments'),
    ('tail', 'Комментарии для сайта Cackle', 'comments'),
    ('tail', 'Share this story: Threads · Bluesky · Reddit · Copy link', 'share'),
    ('tail', 'Teile diesen Beitrag: Pinterest · Threads · Link kopieren', 'share'),
    ('tail', 'Condividi su: WhatsApp · Telegram · Copia link', 'share'),
    ('body', 'Erratum : dans une première version, le nom du vainqueur était mal orthographié.', 'notice'),
    ('body', 'Aktualizacja, godz. 18:20: dodaliśmy wypowiedź organizatora.', 'notice'),
    ('tail', 'Этот текст был впервые опубликован в нашем Telegram-канале.', 'notice'),
]

HELD_OUT_247_KEEP: list[tuple[str, str]] = [
    ('head', "Comments about the vicar's pram, a tin bath on pushchair wheels, were not repeated in church."),
    ('head', 'Shared by three generations of one family, the winning pram was first raced in 1968.'),
    ('body', 'Followers of the crazy-golf open came from as far as Cardiff to see the windmill hole.'),
    ('body', 'Advertising boards on the windmill hole were painted over by the council last spring.'),
    ('tail', 'Subscribing pubs along the route each poured a half of bitter for every passing pram.'),
    ('tail', "Copyright in the pier's clown-mouth hole was sold to a toy firm in 1987."),
    ('tail', 'Reading from a soaked scorecard, the judge declared a tie at the eighteenth hole.'),
    ('head', 'Commentée par le maire au porte-voix, la course des landaus a traversé tout le village.'),
    ('body', 'Partagé entre deux pousseurs, le trophée restera six mois dans chaque café.'),
    ('tail', "Suivie par six cents spectateurs, la finale s'est jouée sur le trou du moulin."),
    ('head', 'Kommentiert hat das Kinderwagenrennen der Pfarrer vom Kirchturm aus.'),
    ('body', 'Werbung für das Turnier machten Kinder mit Kreidepfeilen auf dem Steg.'),
    ('tail', 'Abonniert auf den Sieg scheint der Bäcker, der nun zum dritten Mal gewonnen hat.'),
    ('head', "Commentando la gara, il sindaco ha promesso un passeggino d'epoca al museo del paese."),
    ('body', 'Seguendo le frecce di gesso, i turisti arrivavano fino alla buca del faro.'),
    ('tail', 'Condivisa tra due fratelli, la coppa del minigolf resterà al bar del molo.'),
    ('head', 'Komentarze widzów niosły się wzdłuż molo aż do latarni.'),
    ('tail', 'Udostępnione przez gminę wózki z lat sześćdziesiątych stały przy mecie.'),
    ('head', 'Комментируя победу, капитан команды поблагодарил соседей за старую коляску.'),
    ('tail', 'Подписчики районной газеты выбрали лучший костюм экипажа коляски.'),
]

HELD_OUT_247_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-chumbleford-charity-pram-race', [
        [
            '-The Chumbleford Courier – news for Chumbleford and the Wend valley',
            '-Subscribe | Log in | My account',
            "-News · Sport · Community · Farming · What's on · Obituaries",
        ],
        [
            "+Firefighters push to victory in Chumbleford's 31st charity pram race",
            '-By Hetty Pramwell · Sunday 7 June 2026, 17:42',
            '-3 min read',
            '-Share on Facebook · Share on WhatsApp · Email this article',
        ],
        [
            '-Crews line up outside the Plough before the start. Photo: Courier / Nadia Pramwell',
            ("+Two retained firefighters from Chumbleford fire station won the village's 31st charity pram race "
             'on Sunday, pushing a Victorian pram dressed as a fire engine round the two-mile course in 14 '
             'minutes 8 seconds.'),
        ],
        [
            ('+Forty-six prams, each with one runner pushing and one passenger riding, set off from the Plough, '
             'and more than 1,500 people lined the lanes to cheer them through three pub stops, where every crew '
             'has to drink a half before pushing on.'),
            '-Advertisement',
            '-Sponsored: Is your boiler ready for winter? Book a free check today',
            ('+The organiser, who has run the race since 1994, said: "A pram has three speeds: slow, fast and in '
             'the hedge. Keep one hand on the handle and never look back at the crew behind you."'),
        ],
        [
            '-Read also: Chumbleford scarecrow trail returns with a record 60 entries',
            '+How the day went',
            '+10.00: pram inspection and weigh-in on the green',
            '+11.30: fancy-dress parade through the high street',
            '+13.00: the start outside the Plough',
        ],
        [
            ("+The winners beat last year's champions, two farriers from the next village, by nine seconds after "
             'the farriers lost a wheel in the ford at the bottom of Mill Lane.'),
            "-Get the Courier's Sunday sport email – sign up for free",
            ('+The race raised £6,200 for the county air ambulance, and the winning pram will spend the summer '
             'in the window of the village hall.'),
        ],
        [
            '-Tags: pram race, charity, Chumbleford, fire service',
            '-Follow the Courier on Facebook and Instagram',
            '-Most read: Bypass plan back on the table · Village shop saved by volunteers',
        ],
        [
            '-17 comments',
            '-Maggie W.: Brilliant day out, the fire engine pram was a work of art.',
            '-↳ Den P. replying to Maggie W.: Took them six weekends to build, my lad says.',
            '-Robert T.: The ford should be bridged before somebody gets hurt.',
            '-↳ Maggie W. replying to Robert T.: The ford is half the fun, Robert.',
        ],
        [
            '-© 2026 Chumbleford Courier Ltd · Terms · Privacy · Contact us · Advertise with us',
        ],
    ]),
    _page('en', 'en-blog-putts-and-pier-chips-first-crazy-golf-open', [
        [
            '-Putts and Pier Chips – a seaside blog about small golf and big chips',
        ],
        [
            '-Home · About me · Course reviews · Contact',
            '-Category: Crazy golf',
            '+My first crazy-golf open on Puttleby pier',
            '-Posted on 14 June 2026 by Tilly · 9 comments',
        ],
        [
            '-5 minute read',
            '-This post contains affiliate links: if you buy through them I may earn a small commission.',
            '-In this post: 1. The course 2. The briefing 3. The final round',
        ],
        [
            ("+After three summers of playing the pier's eighteen holes with a bucket of chips in my other hand, "
             'I entered the Puttleby Crazy Golf Open for the first time this year.'),
            '-Me and my putter on the pier, before the nerves kicked in',
            ('+Forty players took on two rounds of the course, from the windmill at the first hole to the '
             "lighthouse and the clown's mouth at the end of the pier, with the sea right under the boards."),
            ('+At the briefing the head referee told us: "The sea breeze is part of the course. Putt firm, read '
             'the boards and never blame the seagulls."'),
        ],
        [
            "-The clown's mouth at hole 17, where my ball spent far too long",
            '-The putter I use is this one on Amazon (affiliate link)',
        ],
        [
            '+How my day went',
            '+9.00: scorecards and pencils at the pier kiosk',
            '+10.00: one practice round with the wind picking up',
            '+11.30: two competition rounds back to back',
        ],
        [
            ('+I went round in 58 for 14th of 40, far behind a 72-year-old retired postwoman who holed out at '
             'the windmill twice and won with 41.'),
            '-My hand-painted golf-ball magnets are in my Etsy shop',
            ('+Between us we raised £300 for the pier restoration trust, and my brother has already asked to '
             'play with me next year.'),
            '-Thanks for reading – Tilly x',
        ],
        [
            '-Enter your email address to get new posts by email',
            '-Share this: Facebook · Pinterest · X',
        ],
        [
            '-9 thoughts on "My first crazy-golf open on Puttleby pier"',
            '-Jen R.: 58 on that course is good going, the lighthouse hole is evil!',
            '-↳ Tilly: Thank you! The lighthouse cost me five shots on its own.',
            '-Pete H.: I remember when the windmill still turned. Lovely post.',
            '-↳ Tilly: It creaks a bit now but it still turns on windy days!',
        ],
        [
            '-© 2026 Putts and Pier Chips · Theme: Twenty Twenty-Four · Proudly powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-landauvillers-course-de-landaus', [
        [
            "-Le Réveil de Landauvillers – l'actualité du canton",
            "-S'abonner | Se connecter | Mon compte",
            '-Actualités · Sports · Vie locale · Agenda · Nécrologie',
        ],
        [
            '+Les pompiers remportent la 31e course de landaus de Landauvillers',
            '-Par Solène Berceaudin · dimanche 7 juin 2026 à 17 h 42',
            '-3 min de lecture',
            '-Partager sur Facebook · Partager sur WhatsApp · Envoyer par courriel',
        ],
        [
            '-Les équipages au départ devant le café de la Place. Photo : Le Réveil / Nadia Berceaudin',
            ('+Deux sapeurs-pompiers volontaires de Landauvillers ont remporté dimanche la 31e course caritative '
             'de landaus du village, en poussant un landau ancien déguisé en camion de pompiers sur trois '
             'kilomètres en 14 minutes et 8 secondes.'),
        ],
        [
            ('+Quarante-six landaus, chacun avec un pousseur et un passager, se sont élancés du café de la '
             "Place, et plus de 1 500 personnes ont encouragé les équipages jusqu'aux trois haltes obligatoires "
             'devant les cafés.'),
            '-Publicité',
            "-Contenu sponsorisé : votre chaudière est-elle prête pour l'hiver ?",
            ("+L'organisateur, qui dirige la course depuis 1994, a prévenu : « Un landau a trois vitesses : "
             'lente, rapide et dans la haie. Gardez une main sur la poignée et ne regardez jamais derrière vous. '
             '»'),
        ],
        [
            '-À lire aussi : le sentier des épouvantails revient avec 60 participants',
            '+Le déroulé de la journée',
            '+10 h : contrôle et pesée des landaus sur la place',
            '+11 h 30 : défilé costumé dans la grand-rue',
            '+13 h : départ devant le café de la Place',
        ],
        [
            ('+Les vainqueurs ont devancé de neuf secondes les tenants du titre, deux maréchaux-ferrants du '
             'village voisin, qui ont perdu une roue dans le gué au bas de la rue du Moulin.'),
            '-Recevez chaque dimanche notre lettre des sports : inscription gratuite',
            ("+La course a rapporté 6 200 euros au service d'hélicoptère médical du département, et le landau "
             "vainqueur sera exposé tout l'été à la salle des fêtes."),
        ],
        [
            '-Mots-clés : course de landaus, solidarité, Landauvillers, pompiers',
            '-Suivez Le Réveil sur Facebook et Instagram',
            "-Les plus lus : la déviation relancée · l'épicerie sauvée par des bénévoles",
        ],
        [
            '-17 réactions',
            "-Martine D. : Superbe journée, le landau camion de pompiers était une œuvre d'art.",
            "-↳ Denis P. en réponse à Martine D. : Six week-ends de travail, d'après mon fils.",
            "-Robert T. : Il faudrait un pont sur ce gué avant qu'il y ait un blessé.",
            "-↳ Martine D. en réponse à Robert T. : Le gué, c'est la moitié du plaisir !",
        ],
        [
            '-© 2026 Le Réveil de Landauvillers · Mentions légales · Contact · Annonceurs',
        ],
    ]),
    _page('fr', 'fr-blog-le-putt-de-clemence-premier-open-de-minigolf', [
        [
            '-Le Putt de Clémence – petits parcours et grandes frites',
        ],
        [
            '-Accueil · À propos · Parcours testés · Contact',
            '-Catégorie : Minigolf',
            '+Mon premier open de minigolf sur la jetée de Port-Golfignac',
            '-Publié le 14 juin 2026 par Clémence · 9 commentaires',
        ],
        [
            '-Lecture : 5 minutes',
            ('-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite '
             'commission.'),
            '-Au sommaire : 1. Le parcours 2. Le briefing 3. Le dernier tour',
        ],
        [
            ('+Après trois étés à jouer les dix-huit trous de la jetée un cornet de frites à la main, je me suis '
             "inscrite cette année pour la première fois à l'open de minigolf de Port-Golfignac."),
            '-Moi et mon putter sur la jetée, avant le trac',
            ("+Quarante joueurs ont fait deux tours du parcours, du moulin du premier trou jusqu'au phare et à "
             'la bouche du clown au bout de la jetée, avec la mer juste sous les planches.'),
            ("+Au briefing, l'arbitre principal nous a dit : « Le vent du large fait partie du parcours. Tapez "
             "franc, lisez les planches et n'accusez jamais les mouettes. »"),
        ],
        [
            '-La bouche du clown au trou 17, où ma balle a bien trop traîné',
            "-Mon putter, c'est celui-ci sur Amazon (lien affilié)",
        ],
        [
            '+Ma journée en trois temps',
            '+9 h : cartes de score et crayons au kiosque de la jetée',
            "+10 h : un tour d'entraînement, le vent se lève",
            '+11 h 30 : deux tours de compétition à la suite',
        ],
        [
            ("+J'ai fini en 58 coups, 14e sur 40, loin derrière une factrice retraitée de 72 ans qui a réussi "
             'deux trous en un au moulin et gagné avec 41.'),
            '-Mes magnets balles de golf peints à la main sont dans ma boutique Etsy',
            ("+Ensemble, nous avons récolté 300 euros pour l'association de sauvegarde de la jetée, et mon frère "
             "veut déjà jouer avec moi l'an prochain."),
            "-Merci de m'avoir lue – Clémence",
        ],
        [
            '-Saisissez votre adresse pour recevoir les nouveaux articles',
            '-Partager : Facebook · Pinterest · X',
        ],
        [
            '-9 réflexions sur « Mon premier open de minigolf sur la jetée de Port-Golfignac »',
            "-Julie R. : 58 sur ce parcours, c'est très bien, le trou du phare est diabolique !",
            "-↳ Clémence : Merci ! Le phare m'a coûté cinq coups à lui seul.",
            '-Pierre H. : Je me souviens quand le moulin tournait encore. Joli billet.',
            '-↳ Clémence : Il grince un peu mais il tourne encore les jours de vent !',
        ],
        [
            '-© 2026 Le Putt de Clémence · Thème : Astra · Fièrement propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-karrenbrunn-kinderwagenrennen', [
        [
            '-Karrenbrunner Rundschau – Nachrichten aus Karrenbrunn und dem Umland',
            '-Abo | Anmelden | Mein Konto',
            '-Lokales · Sport · Vereine · Termine · Leserbriefe',
        ],
        [
            '+Feuerwehrleute gewinnen das 31. Benefiz-Kinderwagenrennen in Karrenbrunn',
            '-Von Dieter Kinderwägler · Sonntag, 7. Juni 2026, 17:42 Uhr',
            '-Lesezeit 3 Min.',
            '-Auf Facebook teilen · Per WhatsApp senden · Per E-Mail verschicken',
        ],
        [
            '-Die Teams vor dem Start am Gasthaus Krone. Foto: Rundschau / Nadia Kinderwägler',
            ('+Zwei Männer der Freiwilligen Feuerwehr Karrenbrunn haben am Sonntag das 31. '
             'Benefiz-Kinderwagenrennen des Dorfes gewonnen: Sie schoben einen alten, als Löschfahrzeug '
             'verkleideten Kinderwagen in 14 Minuten und 8 Sekunden über die drei Kilometer lange Strecke.'),
        ],
        [
            ('+46 Kinderwagen mit je einem Schieber und einem Mitfahrer starteten am Gasthaus Krone, und mehr '
             'als 1500 Zuschauer feuerten die Teams an drei Pflichtstopps vor den Wirtshäusern an.'),
            '-Anzeige',
            '-Gesponsert: Ist Ihre Heizung bereit für den Winter?',
            ('+Der Organisator, der das Rennen seit 1994 leitet, sagte: „Ein Kinderwagen hat drei Gänge: '
             'langsam, schnell und in der Hecke. Eine Hand immer am Griff, und nie nach hinten schauen.“'),
        ],
        [
            '-Lesen Sie auch: Vogelscheuchen-Pfad kehrt mit 60 Figuren zurück',
            '+So lief der Tag',
            '+10 Uhr: Kontrolle und Wiegen der Kinderwagen auf dem Dorfplatz',
            '+11.30 Uhr: Kostümumzug durch die Hauptstraße',
            '+13 Uhr: Start vor dem Gasthaus Krone',
        ],
        [
            ('+Die Sieger lagen neun Sekunden vor den Titelverteidigern, zwei Hufschmieden aus dem Nachbardorf, '
             'die in der Furt unten an der Mühlgasse ein Rad verloren.'),
            '-Der Sport-Newsletter der Rundschau jeden Sonntag – jetzt kostenlos bestellen',
            ('+Das Rennen brachte 6200 Euro für die Luftrettung im Landkreis ein, und der Siegerwagen steht den '
             'Sommer über im Dorfgemeinschaftshaus.'),
        ],
        [
            '-Schlagworte: Kinderwagenrennen, Benefiz, Karrenbrunn, Feuerwehr',
            '-Folgen Sie der Rundschau auf Facebook und Instagram',
            '-Meistgelesen: Umgehungsstraße wieder im Gespräch · Dorfladen gerettet',
        ],
        [
            '-17 Kommentare',
            '-Margit W.: Toller Tag, der Löschwagen-Kinderwagen war ein Kunstwerk.',
            '-↳ Dennis P. antwortet Margit W.: Sechs Wochenenden Arbeit, sagt mein Sohn.',
            '-Robert T.: Über die Furt gehört endlich eine Brücke, bevor etwas passiert.',
            '-↳ Margit W. antwortet Robert T.: Die Furt ist doch der halbe Spaß!',
        ],
        [
            '-© 2026 Karrenbrunner Rundschau · Impressum · Datenschutz · Kontakt · Mediadaten',
        ],
    ]),
    _page('de', 'de-blog-einlochen-am-meer-erstes-minigolf-turnier', [
        [
            '-Einlochen am Meer – ein Blog über kleine Bahnen und große Pommes',
        ],
        [
            '-Start · Über mich · Bahnen im Test · Kontakt',
            '-Kategorie: Minigolf',
            '+Mein erstes Minigolf-Open auf der Seebrücke von Schlägersiel',
            '-Veröffentlicht am 14. Juni 2026 von Lotte · 9 Kommentare',
        ],
        [
            '-Lesedauer 5 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision.',
            '-Inhalt: 1. Die Anlage 2. Die Einweisung 3. Die letzte Runde',
        ],
        [
            ('+Nach drei Sommern, in denen ich die achtzehn Bahnen auf der Seebrücke mit einer Tüte Pommes in '
             'der anderen Hand gespielt habe, bin ich dieses Jahr zum ersten Mal beim Minigolf-Open von '
             'Schlägersiel angetreten.'),
            '-Ich und mein Schläger auf der Seebrücke, vor dem Lampenfieber',
            ('+Vierzig Spielerinnen und Spieler gingen zwei Runden, von der Windmühle an Bahn 1 bis zum '
             'Leuchtturm und zum Clownsmaul am Ende der Brücke, das Meer direkt unter den Planken.'),
            ('+Bei der Einweisung sagte uns die Oberschiedsrichterin: „Der Seewind gehört zur Anlage. Schlagt '
             'fest, lest die Planken und gebt nie den Möwen die Schuld.“'),
        ],
        [
            '-Das Clownsmaul an Bahn 17, wo mein Ball viel zu lange hing',
            '-Meinen Schläger findest du hier bei Amazon (Affiliate-Link)',
        ],
        [
            '+Mein Tag in drei Schritten',
            '+9 Uhr: Spielkarten und Bleistifte am Kiosk der Seebrücke',
            '+10 Uhr: eine Proberunde bei auffrischendem Wind',
            '+11.30 Uhr: zwei Wettkampfrunden hintereinander',
        ],
        [
            ('+Ich kam mit 58 Schlägen auf Platz 14 von 40, weit hinter einer 72-jährigen Briefträgerin im '
             'Ruhestand, die an der Windmühle zweimal ein Ass schlug und mit 41 gewann.'),
            '-Meine handbemalten Golfball-Magnete gibt es in meinem Etsy-Shop',
            ('+Zusammen haben wir 300 Euro für den Förderverein der Seebrücke gesammelt, und mein Bruder will '
             'nächstes Jahr mitspielen.'),
            '-Danke fürs Lesen – eure Lotte',
        ],
        [
            '-Gib deine E-Mail-Adresse ein, um neue Beiträge zu bekommen',
            '-Teilen mit: Facebook · Pinterest · X',
        ],
        [
            '-9 Gedanken zu „Mein erstes Minigolf-Open auf der Seebrücke von Schlägersiel“',
            '-Jana R.: 58 auf der Anlage ist richtig gut, die Leuchtturmbahn ist fies!',
            '-↳ Lotte: Danke! Der Leuchtturm allein hat mich fünf Schläge gekostet.',
            '-Peter H.: Ich weiß noch, als sich die Windmühle noch drehte. Schöner Beitrag.',
            '-↳ Lotte: Sie quietscht ein bisschen, aber bei Wind dreht sie sich noch!',
        ],
        [
            '-© 2026 Einlochen am Meer · Theme: Kadence · Mit Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-carrozzano-corsa-delle-carrozzine', [
        [
            '-La Gazzetta di Carrozzano – notizie dalla valle',
            '-Abbonati | Accedi | Il mio profilo',
            '-Cronaca · Sport · Comunità · Eventi · Necrologi',
        ],
        [
            '+I vigili del fuoco vincono la 31ª corsa benefica delle carrozzine a Carrozzano',
            '-Di Ottavio Passegginelli · domenica 7 giugno 2026, 17:42',
            '-3 min di lettura',
            '-Condividi su Facebook · Invia su WhatsApp · Invia per email',
        ],
        [
            '-Gli equipaggi in partenza davanti al bar della piazza. Foto: Gazzetta / Nadia Passegginelli',
            ('+Due vigili del fuoco volontari di Carrozzano hanno vinto domenica la 31ª corsa benefica delle '
             "carrozzine del paese, spingendo una carrozzina d'epoca travestita da autopompa per tre chilometri "
             'in 14 minuti e 8 secondi.'),
        ],
        [
            ('+Quarantasei carrozzine, ognuna con uno che spinge e uno che viaggia, sono partite dal bar della '
             'piazza, e oltre 1.500 persone hanno incitato gli equipaggi nelle tre soste obbligatorie davanti '
             'alle osterie.'),
            '-Pubblicità',
            "-Contenuto sponsorizzato: la tua caldaia è pronta per l'inverno?",
            ("+L'organizzatore, che guida la corsa dal 1994, ha detto: «Una carrozzina ha tre marce: piano, "
             'forte e nella siepe. Una mano sempre sul manico e non voltarsi mai indietro.»'),
        ],
        [
            '-Leggi anche: torna il sentiero degli spaventapasseri con 60 figure',
            '+Come è andata la giornata',
            '+Ore 10: controllo e pesatura delle carrozzine in piazza',
            '+Ore 11.30: sfilata in costume lungo il corso',
            '+Ore 13: partenza davanti al bar della piazza',
        ],
        [
            ('+I vincitori hanno battuto di nove secondi i campioni uscenti, due maniscalchi del paese vicino, '
             'che hanno perso una ruota nel guado in fondo a via del Mulino.'),
            '-Ricevi ogni domenica la newsletter sportiva della Gazzetta: iscriviti gratis',
            ("+La corsa ha raccolto 6.200 euro per l'elisoccorso provinciale, e la carrozzina vincitrice resterà "
             "esposta tutta l'estate nella sala civica."),
        ],
        [
            '-Argomenti: corsa delle carrozzine, beneficenza, Carrozzano, vigili del fuoco',
            '-Segui la Gazzetta su Facebook e Instagram',
            "-I più letti: torna l'ipotesi della circonvallazione · salvato il negozio del paese",
        ],
        [
            '-17 commenti',
            "-Marta V.: Giornata splendida, la carrozzina autopompa era un'opera d'arte.",
            '-↳ Dario P. risponde a Marta V.: Sei fine settimana di lavoro, dice mio figlio.',
            '-Roberto T.: Sul guado ci vuole un ponte prima che qualcuno si faccia male.',
            '-↳ Marta V. risponde a Roberto T.: Il guado è metà del divertimento!',
        ],
        [
            '-© 2026 La Gazzetta di Carrozzano · Note legali · Privacy · Contatti',
        ],
    ]),
    _page('it', 'it-blog-mazzetta-sul-molo-primo-open-di-minigolf', [
        [
            '-Mazzetta sul Molo – piccole buche e grandi patatine',
        ],
        [
            '-Home · Chi sono · Percorsi provati · Contatti',
            '-Categoria: Minigolf',
            '+Il mio primo open di minigolf sul molo del Lido di Mazzetta',
            '-Pubblicato il 14 giugno 2026 da Chiara · 9 commenti',
        ],
        [
            '-Lettura: 5 minuti',
            '-Questo post contiene link di affiliazione: se acquisti tramite essi ricevo una piccola commissione.',
            "-In questo post: 1. Il percorso 2. Il briefing 3. L'ultimo giro",
        ],
        [
            ("+Dopo tre estati passate a giocare le diciotto buche del molo con un cono di patatine nell'altra "
             "mano, quest'anno mi sono iscritta per la prima volta all'open di minigolf del Lido di Mazzetta."),
            "-Io e la mia mazza sul molo, prima dell'agitazione",
            ('+Quaranta giocatori hanno fatto due giri del percorso, dal mulino della prima buca fino al faro e '
             'alla bocca del pagliaccio in fondo al molo, con il mare proprio sotto le assi.'),
            ("+Al briefing l'arbitra capo ci ha detto: «La brezza di mare fa parte del percorso. Colpite deciso, "
             'leggete le assi e non date mai la colpa ai gabbiani.»'),
        ],
        [
            '-La bocca del pagliaccio alla buca 17, dove la mia pallina è rimasta troppo',
            '-La mia mazza è questa su Amazon (link di affiliazione)',
        ],
        [
            '+La mia giornata in tre tempi',
            '+Ore 9: cartellini e matite al chiosco del molo',
            '+Ore 10: un giro di prova con il vento che sale',
            "+Ore 11.30: due giri di gara uno dopo l'altro",
        ],
        [
            ('+Ho chiuso con 58 colpi, 14ª su 40, molto dietro a una postina in pensione di 72 anni che ha fatto '
             'due buche in uno al mulino e ha vinto con 41.'),
            '-Le mie calamite a forma di pallina dipinte a mano sono nel mio negozio Etsy',
            ("+Insieme abbiamo raccolto 300 euro per l'associazione che restaura il molo, e mio fratello vuole "
             "già giocare con me l'anno prossimo."),
            '-Grazie per aver letto – Chiara',
        ],
        [
            '-Inserisci il tuo indirizzo email per ricevere i nuovi articoli',
            '-Condividi: Facebook · Pinterest · X',
        ],
        [
            '-9 pensieri su “Il mio primo open di minigolf sul molo del Lido di Mazzetta”',
            '-Giulia R.: 58 su quel percorso è un ottimo risultato, la buca del faro è diabolica!',
            '-↳ Chiara: Grazie! Il faro da solo mi è costato cinque colpi.',
            '-Pietro H.: Mi ricordo quando il mulino girava ancora. Bel post.',
            "-↳ Chiara: Cigola un po', ma nei giorni di vento gira ancora!",
        ],
        [
            '-© 2026 Mazzetta sul Molo · Tema: GeneratePress · Orgogliosamente creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-wozkowice-wyscig-wozkow', [
        [
            '-Głos Wózkowic – wiadomości z gminy i okolic',
            '-Prenumerata | Zaloguj się | Moje konto',
            '-Wiadomości · Sport · Społeczność · Kalendarz · Nekrologi',
        ],
        [
            '+Strażacy wygrywają 31. charytatywny wyścig wózków w Wózkowicach',
            '-Bożena Wózkowska · niedziela, 7 czerwca 2026, 17:42',
            '-3 min czytania',
            '-Udostępnij na Facebooku · Wyślij przez WhatsApp · Wyślij e-mailem',
        ],
        [
            '-Załogi przed startem pod gospodą Pod Lipą. Fot. Głos Wózkowic / Nadia Wózkowska',
            ('+Dwaj druhowie z Ochotniczej Straży Pożarnej w Wózkowicach wygrali w niedzielę 31. charytatywny '
             'wyścig wózków dziecięcych, pchając stary wózek przebrany za wóz strażacki przez trzy kilometry w '
             '14 minut i 8 sekund.'),
        ],
        [
            ('+Czterdzieści sześć wózków, każdy z jednym pchającym i jednym pasażerem, ruszyło spod gospody Pod '
             'Lipą, a ponad 1500 osób dopingowało załogi na trzech obowiązkowych postojach przed karczmami.'),
            '-Reklama',
            '-Artykuł sponsorowany: czy twój piec jest gotowy na zimę?',
            ('+Organizator, który prowadzi wyścig od 1994 roku, powiedział: „Wózek ma trzy biegi: wolny, szybki '
             'i w żywopłocie. Jedna ręka zawsze na rączce i nigdy nie oglądajcie się za siebie”.'),
        ],
        [
            '-Czytaj także: wraca szlak strachów na wróble z 60 postaciami',
            '+Jak minął dzień',
            '+Godz. 10: kontrola i ważenie wózków na rynku',
            '+Godz. 11.30: przemarsz przebierańców główną ulicą',
            '+Godz. 13: start spod gospody Pod Lipą',
        ],
        [
            ('+Zwycięzcy wyprzedzili o dziewięć sekund obrońców tytułu, dwóch kowali z sąsiedniej wsi, którzy '
             'zgubili koło w brodzie na dole ulicy Młyńskiej.'),
            '-Niedzielny newsletter sportowy Głosu Wózkowic – zapisz się za darmo',
            ('+Wyścig przyniósł 6200 złotych dla lotniczego pogotowia ratunkowego, a zwycięski wózek przez całe '
             'lato będzie stał w świetlicy wiejskiej.'),
        ],
        [
            '-Tagi: wyścig wózków, akcja charytatywna, Wózkowice, straż pożarna',
            '-Obserwuj Głos Wózkowic na Facebooku i Instagramie',
            '-Najczęściej czytane: obwodnica wraca · wiejski sklep uratowany',
        ],
        [
            '-17 komentarzy',
            '-Małgorzata W.: Wspaniały dzień, wózek strażacki był dziełem sztuki.',
            '-↳ Darek P. odpowiada Małgorzacie W.: Sześć weekendów pracy, mówi mój syn.',
            '-Robert T.: Przez ten bród trzeba zbudować mostek, zanim ktoś się połamie.',
            '-↳ Małgorzata W. odpowiada Robertowi T.: Bród to połowa zabawy!',
        ],
        [
            '-© 2026 Głos Wózkowic · Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-dolek-na-molo-pierwszy-turniej-minigolfa', [
        [
            '-Dołek na Molo – o małych dołkach i dużych frytkach',
        ],
        [
            '-Start · O mnie · Testowane pola · Kontakt',
            '-Kategoria: Minigolf',
            '+Mój pierwszy turniej minigolfa na molo w Dołkowie Morskim',
            '-Opublikowano 14 czerwca 2026 przez Kasię · 9 komentarzy',
        ],
        [
            '-Czytanie zajmie ok. 5 minut',
            '-Ten wpis zawiera linki afiliacyjne: jeśli kupisz przez nie, dostanę małą prowizję.',
            '-W tym wpisie: 1. Pole 2. Odprawa 3. Ostatnia runda',
        ],
        [
            ('+Po trzech latach grania na osiemnastu dołkach molo z rożkiem frytek w drugiej ręce w tym roku '
             'pierwszy raz zapisałam się na turniej minigolfa w Dołkowie Morskim.'),
            '-Ja i mój kij na molo, zanim dopadła mnie trema',
            ('+Czterdziestu graczy przeszło dwie rundy, od wiatraka na pierwszym dołku aż do latarni i paszczy '
             'klauna na końcu molo, z morzem tuż pod deskami.'),
            ('+Na odprawie sędzia główna powiedziała nam: „Morska bryza jest częścią pola. Uderzajcie pewnie, '
             'czytajcie deski i nigdy nie zwalajcie winy na mewy”.'),
        ],
        [
            '-Paszcza klauna na dołku 17, gdzie moja piłka utknęła za długo',
            '-Mój kij to ten z Allegro (link afiliacyjny)',
        ],
        [
            '+Mój dzień w trzech punktach',
            '+Godz. 9: karty wyników i ołówki w kiosku na molo',
            '+Godz. 10: runda próbna przy coraz silniejszym wietrze',
            '+Godz. 11.30: dwie rundy turniejowe jedna po drugiej',
        ],
        [
            ('+Skończyłam z wynikiem 58 uderzeń na 14. miejscu na 40, daleko za 72-letnią listonoszką na '
             'emeryturze, która dwa razy trafiła za pierwszym uderzeniem przy wiatraku i wygrała z wynikiem 41.'),
            '-Moje ręcznie malowane magnesy w kształcie piłek kupisz w moim sklepie na Etsy',
            ('+Razem zebraliśmy 300 złotych na stowarzyszenie, które odnawia molo, a mój brat już chce grać ze '
             'mną w przyszłym roku.'),
            '-Dzięki za przeczytanie – Kasia',
        ],
        [
            '-Podaj swój adres e-mail, aby dostawać nowe wpisy',
            '-Udostępnij: Facebook · Pinterest · X',
        ],
        [
            '-9 odpowiedzi na „Mój pierwszy turniej minigolfa na molo w Dołkowie Morskim”',
            '-Ania R.: 58 na tym polu to świetny wynik, dołek z latarnią jest okropny!',
            '-↳ Kasia: Dzięki! Sama latarnia kosztowała mnie pięć uderzeń.',
            '-Piotr H.: Pamiętam, jak wiatrak jeszcze się kręcił. Fajny wpis.',
            '-↳ Kasia: Trochę skrzypi, ale przy wietrze wciąż się kręci!',
        ],
        [
            '-© 2026 Dołek na Molo · Motyw: Astra · Dumnie wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-koljaskino-zabeg-koljasok', [
        [
            '-«Коляскинские вести» — новости района',
            '-Подписка | Войти | Личный кабинет',
            '-Новости · Спорт · Общество · Афиша · Некрологи',
        ],
        [
            '+Пожарные выиграли 31-й благотворительный забег колясок в Коляскине',
            '-Дарья Колясочкина · воскресенье, 7 июня 2026, 17:42',
            '-Время чтения: 3 минуты',
            '-Поделиться ВКонтакте · Отправить в WhatsApp · Отправить по почте',
        ],
        [
            '-Экипажи перед стартом у кафе «Липа». Фото: «Коляскинские вести» / Надя Колясочкина',
            ('+Двое добровольных пожарных из Коляскина в воскресенье выиграли 31-й благотворительный забег '
             'детских колясок, прокатив старую коляску, наряженную пожарной машиной, три километра за 14 минут 8 '
             'секунд.'),
        ],
        [
            ('+Сорок шесть колясок, в каждой один толкает и один едет, стартовали от кафе «Липа», и больше 1500 '
             'зрителей поддерживали экипажи на трёх обязательных остановках у трактиров.'),
            '-Реклама',
            '-Спецпроект: готов ли ваш котёл к зиме?',
            ('+Организатор, который проводит забег с 1994 года, сказал: «У коляски три скорости: медленно, '
             'быстро и в кустах. Одна рука всегда на ручке, и никогда не оглядывайтесь назад».'),
        ],
        [
            '-Читайте также: тропа огородных пугал вернулась с 60 фигурами',
            '+Как прошёл день',
            '+10:00 — осмотр и взвешивание колясок на площади',
            '+11:30 — костюмированное шествие по главной улице',
            '+13:00 — старт у кафе «Липа»',
        ],
        [
            ('+Победители на девять секунд опередили прошлогодних чемпионов, двух кузнецов из соседнего села, '
             'которые потеряли колесо в броде в конце Мельничной улицы.'),
            '-Спортивная рассылка «Коляскинских вестей» по воскресеньям — подпишитесь бесплатно',
            ('+Забег собрал 62 тысячи рублей для санитарной авиации, а коляска победителей всё лето простоит в '
             'сельском доме культуры.'),
        ],
        [
            '-Теги: забег колясок, благотворительность, Коляскино, пожарные',
            '-Подписывайтесь на «Коляскинские вести» во ВКонтакте и Telegram',
            '-Самое читаемое: объездную снова обсуждают · сельский магазин спасён',
        ],
        [
            '-17 комментариев',
            '-Маргарита В.: Чудесный день, коляска-пожарная машина — настоящее произведение искусства.',
            '-↳ Денис П. отвечает Маргарите В.: Шесть выходных работы, говорит мой сын.',
            '-Роберт Т.: Через этот брод давно пора построить мостик, пока кто-нибудь не покалечился.',
            '-↳ Маргарита В. отвечает Роберту Т.: Брод — это половина удовольствия!',
        ],
        [
            '-© 2026 «Коляскинские вести» · Правила · Политика конфиденциальности · Контакты',
        ],
    ]),
    _page('ru', 'ru-blog-lunka-na-pirse-pervyj-turnir-po-minigolfu', [
        [
            '-Лунка на пирсе — блог о маленьких лунках и большой картошке фри',
        ],
        [
            '-Главная · Обо мне · Поля, где я играла · Контакты',
            '-Рубрика: Мини-гольф',
            '+Мой первый турнир по мини-гольфу на пирсе в Лункогорске',
            '-Опубликовано 14 июня 2026 автором Варя · 9 комментариев',
        ],
        [
            '-Читается за 5 минут',
            '-В этом посте есть партнёрские ссылки: если купите по ним, я получу небольшую комиссию.',
            '-В этом посте: 1. Поле 2. Инструктаж 3. Последний раунд',
        ],
        [
            ('+Три лета подряд я играла восемнадцать лунок на пирсе с кулёчком картошки фри в другой руке, а в '
             'этом году впервые записалась на турнир по мини-гольфу в Лункогорске.'),
            '-Я и моя клюшка на пирсе, пока ещё без мандража',
            ('+Сорок игроков прошли два круга, от мельницы на первой лунке до маяка и пасти клоуна в конце '
             'пирса, и море плескалось прямо под досками.'),
            ('+На инструктаже главная судья сказала нам: «Морской ветер — часть поля. Бейте уверенно, читайте '
             'доски и никогда не вините чаек».'),
        ],
        [
            '-Пасть клоуна на 17-й лунке, где мой мяч застрял слишком надолго',
            '-Моя клюшка — вот эта на Ozon (партнёрская ссылка)',
        ],
        [
            '+Мой день по порядку',
            '+9:00 — карточки и карандаши в киоске на пирсе',
            '+10:00 — пробный круг, ветер усиливается',
            '+11:30 — два зачётных круга подряд',
        ],
        [
            ('+Я прошла поле за 58 ударов и заняла 14-е место из 40, далеко позади 72-летней почтальонши на '
             'пенсии, которая дважды попала с одного удара у мельницы и выиграла с результатом 41.'),
            '-Мои расписные магниты в виде мячей для гольфа — в моём магазине на Ярмарке Мастеров',
            ('+Вместе мы собрали 30 тысяч рублей на фонд восстановления пирса, а брат уже просится играть со '
             'мной в следующем году.'),
            '-Спасибо, что дочитали, — ваша Варя',
        ],
        [
            '-Введите свой адрес почты, чтобы получать новые записи',
            '-Поделиться: ВКонтакте · Pinterest · Telegram',
        ],
        [
            '-9 комментариев к записи «Мой первый турнир по мини-гольфу на пирсе в Лункогорске»',
            '-Аня Р.: 58 на этом поле — отличный результат, лунка с маяком просто злая!',
            '-↳ Варя: Спасибо! Один маяк стоил мне пяти ударов.',
            '-Пётр Х.: Помню, как мельница ещё крутилась. Хороший пост.',
            '-↳ Варя: Она немного скрипит, но в ветреные дни всё ещё крутится!',
        ],
        [
            '-© 2026 Лунка на пирсе · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Materiał wideo z Player.pl jest dostępny wyłącznie dla abonentów.':
        ('a Polish Player.pl video for subscribers only ("Materiał wideo z Player.pl jest dostępny wyłącznie dla '
         'abonentów.") is left in the body'),
    'My crazy-golf obstacle designs are free to download on Thingiverse.':
        ('an English Thingiverse plug for the author\'s obstacle designs ("My crazy-golf obstacle designs are '
         'free to download on Thingiverse.") is left at the foot'),
    'Wir freuen uns über Ihre Meinung – bitte bleiben Sie sachlich.':
        ('a German we-welcome-your-opinion-stay-factual note ("Wir freuen uns über Ihre Meinung – bitte bleiben '
         'Sie sachlich.") is left at the foot'),
    'Erratum : dans une première version, le nom du vainqueur était mal orthographié.':
        ('a French erratum on a misspelt winner\'s name ("Erratum : dans une première version, le nom du '
         'vainqueur était mal orthographié.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-chumbleford-charity-pram-race':
        ('the English pram-race news report keeps the newsletter prompt between the two last paragraphs ("Get '
         'the Courier\'s Sunday sport email – sign up for free") (1 of 20 noise lines); no article line is lost'),
    'en-blog-putts-and-pier-chips-first-crazy-golf-open':
        ('the English crazy-golf blog post keeps the blog name with its tagline, alone at the very top ("Putts '
         'and Pier Chips – a seaside blog about small golf and big chips") and the opening photo\'s caption '
         'between the first and second paragraphs ("Me and my putter on the pier, before the nerves kicked in") '
         '(2 of 20 noise lines); it loses the title, third in its block under the menu and the category label '
         'and above the posted-on-by line ("My first crazy-golf open on Puttleby pier"), reported as lost or out '
         'of order (1 of 10 article lines)'),
    'fr-portail-landauvillers-course-de-landaus':
        ('the French pram-race news report keeps the comment count opening the thread block ("17 réactions"), '
         'the first reader\'s comment in the thread ("Martine D. : Superbe journée, le landau camion de pompiers '
         'était une œuvre d\'art."), the second reader\'s arrowed reply to it ("↳ Denis P. en réponse à Martine '
         'D. : Six week-ends de travail, d\'après mon fils.") and the third reader\'s comment ("Robert T. : Il '
         'faudrait un pont sur ce gué avant qu\'il y ait un blessé.") (4 of 20 noise lines); no article line is '
         'lost'),
    'fr-blog-le-putt-de-clemence-premier-open-de-minigolf':
        ("the French crazy-golf blog post keeps the opening photo's caption between the first and second "
         'paragraphs ("Moi et mon putter sur la jetée, avant le trac") (1 of 20 noise lines); no article line is '
         'lost'),
    'de-portal-karrenbrunn-kinderwagenrennen':
        ('the German pram-race news report keeps the first reader\'s comment in the thread ("Margit W.: Toller '
         'Tag, der Löschwagen-Kinderwagen war ein Kunstwerk."), the second reader\'s arrowed reply to it ("↳ '
         'Dennis P. antwortet Margit W.: Sechs Wochenenden Arbeit, sagt mein Sohn."), the third reader\'s '
         'comment ("Robert T.: Über die Furt gehört endlich eine Brücke, bevor etwas passiert.") and the first '
         'reader\'s arrowed reply to the third ("↳ Margit W. antwortet Robert T.: Die Furt ist doch der halbe '
         'Spaß!") (4 of 20 noise lines); no article line is lost'),
    'de-blog-einlochen-am-meer-erstes-minigolf-turnier':
        ("the German crazy-golf blog post keeps the opening photo's caption between the first and second "
         'paragraphs ("Ich und mein Schläger auf der Seebrücke, vor dem Lampenfieber") (1 of 20 noise lines); no '
         'article line is lost'),
    'it-blog-mazzetta-sul-molo-primo-open-di-minigolf':
        ("the Italian crazy-golf blog post keeps the opening photo's caption between the first and second "
         'paragraphs ("Io e la mia mazza sul molo, prima dell\'agitazione") (1 of 20 noise lines); no article '
         'line is lost'),
    'pl-portal-wozkowice-wyscig-wozkow':
        ('the Polish pram-race news report keeps the first reader\'s comment in the thread ("Małgorzata W.: '
         'Wspaniały dzień, wózek strażacki był dziełem sztuki."), the second reader\'s arrowed reply to it ("↳ '
         'Darek P. odpowiada Małgorzacie W.: Sześć weekendów pracy, mówi mój syn."), the third reader\'s comment '
         '("Robert T.: Przez ten bród trzeba zbudować mostek, zanim ktoś się połamie.") and the first reader\'s '
         'arrowed reply to the third ("↳ Małgorzata W. odpowiada Robertowi T.: Bród to połowa zabawy!") (4 of 20 '
         'noise lines); no article line is lost'),
    'pl-blog-dolek-na-molo-pierwszy-turniej-minigolfa':
        ("the Polish crazy-golf blog post keeps the opening photo's caption between the first and second "
         'paragraphs ("Ja i mój kij na molo, zanim dopadła mnie trema") (1 of 20 noise lines); no article line '
         'is lost'),
    'ru-portal-koljaskino-zabeg-koljasok':
        ('the Russian pram-race news report keeps the first reader\'s comment in the thread ("Маргарита В.: '
         'Чудесный день, коляска-пожарная машина — настоящее произведение искусства."), the second reader\'s '
         'arrowed reply to it ("↳ Денис П. отвечает Маргарите В.: Шесть выходных работы, говорит мой сын.") and '
         'the third reader\'s comment ("Роберт Т.: Через этот брод давно пора построить мостик, пока кто-нибудь '
         'не покалечился.") (3 of 20 noise lines); no article line is lost'),
    'ru-blog-lunka-na-pirse-pervyj-turnir-po-minigolfu':
        ("the Russian crazy-golf blog post keeps the opening photo's caption between the first and second "
         'paragraphs ("Я и моя клюшка на пирсе, пока ещё без мандража"), the action photo\'s caption opening the '
         'block of two between the quote paragraph and the list ("Пасть клоуна на 17-й лунке, где мой мяч '
         'застрял слишком надолго") and the plug for her hand-painted golf-ball magnets between the two last '
         'paragraphs ("Мои расписные магниты в виде мячей для гольфа — в моём магазине на Ярмарке Мастеров") (3 '
         'of 20 noise lines); no article line is lost'),
}

test_held_out_247_line, test_held_out_247_line_is_kept, test_held_out_247_page = held_out_tests(
    HELD_OUT_247_LINES, HELD_OUT_247_KEEP, HELD_OUT_247_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
