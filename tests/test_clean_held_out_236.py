"""Held-out set 236: written blind, weighted toward the noise the cleaner exists for, in shapes set 234's docstring does
not name (nor the first paragraphs of sets 231, 232 and 233): scraper, embed and ad markers, all in the body (an English
Flourish visualisation that could not be displayed, with an enable-JavaScript hint "Flourish visualisation could not be
displayed. Enable JavaScript to view the interactive chart.", an English Instagram post gone because the sharing account
turned private "Instagram post unavailable – the account that shared it is now private.", an English Audioboom player
whose episode the podcaster archived "Audioboom player: this episode has been archived by the podcaster.", a French
Dailymotion video hidden until the social-network cookies are accepted "Contenu Dailymotion masqué : acceptez les
cookies des réseaux sociaux pour afficher la vidéo.", a German Podigee player not loaded until the reader consents to
the data transfer "Inhalt von Podigee nicht geladen. Bitte stimmen Sie der Datenübertragung an Podigee zu.", an Italian
RaiPlay video that cannot be played outside Italy "Il video di RaiPlay non può essere riprodotto al di fuori del
territorio italiano.", a Polish Player.pl player that failed to load, with a refresh-the-page hint "Nie udało się
załadować odtwarzacza Player.pl – odśwież stronę." and a Russian VK Video (VK Видео) player that did not load because
the owner deleted the clip "Плеер VK Видео не загрузился: ролик удалён владельцем."); reading-time headers in new
wordings, all at the head (the English minutes-and-word-count label "6-min read · 1,180 words", a blog's
put-the-kettle-on line "Put the kettle on: about ten minutes of reading ahead.", the French estimated-reading-duration
(durée de lecture estimée) label "Durée de lecture estimée : 6 min", the German number-first Min.-Lesezeit label "6 Min.
Lesezeit", the Italian reading-time label with circa "Tempo di lettura: circa 6 minuti", the Polish reading-time label
with ok. (about) "Czas czytania: ok. 6 min" and the Russian time-of-reading (время прочтения) label with a dash "Время
прочтения — 6 минут"); bylines and self-promotion (an English reporting-by, editing-by byline "Reporting by Cuthbert
Slagworthy; editing by Anwen Lodgecroft", an English name-first Local Democracy Reporting Service byline "Tamsin
Corbelwick, Local Democracy Reporting Service", a German a-report-by (ein Bericht von) byline "Ein Bericht von Hiltrud
Sackschlepper" and a Russian text-and-photo (текст и фото) byline "Текст и фото: Евфросинья Угленосова", all at the
head; and an English Big Cartel plug for the author's hand-knitted socks "Fancy a pair of my hand-knitted toe-wrestling
socks? They're made to order in my Big Cartel shop.", a French Vinted plug for the author's hand-knitted socks "Mes
chaussettes de lutte tricotées main sont en vente sur mon dressing Vinted.", an Italian buy-me-a-coffee-with-Satispay
plug "Se ti va di sostenere il blog, offrimi un caffè con Satispay!" and a Polish Allegro Lokalnie plug for the author's
hand-knitted socks "Ręcznie dziergane skarpetki na zawody kupicie ode mnie na Allegro Lokalnie.", all at the foot); blog
and site footers, all at the foot (the English Wix website-builder credit "This site was designed with the Wix.com
website builder. Create your website today.", an English company-registration line with the registered office
"Registered in England and Wales No. 09817364 · Registered office: 4 Colliery Row, Slagglethorpe", an English Eleventy
and Cloudflare Pages credit with an RSS link "Built with Eleventy · Hosted on Cloudflare Pages · Subscribe via RSS", a
French Canalblog credit with the terms-of-use and report-this-blog links "Blog créé avec Canalblog · Conditions
d'utilisation · Signaler ce blog", a German responsible-under-the-media-treaty (MStV) line "Verantwortlich im Sinne des
§ 18 Abs. 2 MStV: Ortrun Flözhacker", an Italian court-registration line with the editor in charge (direttore
responsabile) "Testata registrata presso il Tribunale di Lecco n. 7/2011 · Direttore responsabile: Ercole Sacchinardi",
a Polish Cyber_Folks hosting and Kadence theme credit "Stronę hostuje Cyber_Folks · Motyw: Kadence" and a Russian
1C-Bitrix (1С-Битрикс) and Beget hosting credit "Сайт работает на 1С-Битрикс · Хостинг: Beget"); reader-comment
furniture, all at the foot (an English load-more-replies button with its count "Load 14 more replies", an English
upvote-reply-share row with the comment's age "Upvote · Reply · Share · 2 hours ago", an English removed-by-a-moderator
placeholder "This comment was removed by a moderator.", a French show-the-previous-replies button "Afficher les 6
réponses précédentes", a German comment-function-switched-off note "Die Kommentarfunktion für diesen Artikel wurde
deaktiviert.", an Italian comment-reported-and-awaiting-review note "Il commento è stato segnalato ed è in attesa di
verifica.", a Polish see-all-comments link with its count "Zobacz wszystkie komentarze (23)" and a Russian
comment-hidden-for-low-rating line with its show link "Комментарий скрыт из-за низкого рейтинга. Показать"); share rows,
all at the foot (an English spread-the-word row with Threads and Reddit "Spread the word: WhatsApp · Threads · Reddit ·
Copy link", a French pass-on-this-article (diffuser) row with Threads "Diffuser cet article : WhatsApp · Threads ·
Copier le lien" and a Russian send-to-a-friend row with Viber "Отправить другу: Telegram · WhatsApp · Viber ·
Скопировать ссылку"); and notices (a German first-published-in-our-Saturday-print-edition note "Dieser Artikel erschien
zuerst in unserer Printausgabe vom Samstag." and an Italian translated-with-AI-and-reviewed-by-the-newsroom note "Questo
articolo è stato tradotto con l'ausilio dell'intelligenza artificiale e rivisto dalla redazione.", both in the body; and
a Polish made-in-cooperation-with-the-organiser note "Materiał powstał we współpracy z organizatorem zawodów." at the
foot); and toward whole scraped news and hobby-blog pages in layouts set 234's docstring does not describe (on the six
portal pages, in nine blocks, the title in the middle of a block of three at the very top, between the masthead with its
tagline above it and the byline with the date and time (one line) under it; the first paragraph last in a block of four,
under the section menu, a reading time and the lead photo's caption with its credit (one line); the second paragraph at
the top of a block of four, above a share row, an advertisement label with a continue-below hint (Advertisement · Scroll
to continue, Publicité, Anzeige, Pubblicità, Reklama, Реклама) and a sponsored headline; the paragraph with the quote at
the top of a block of two, above a read-also link; the subheading and the three rows with a video link (its length in
brackets) between the subheading and the first row, inside the list block (a block of five, the link second); the two
last paragraphs at the two ends of a block of three with a newsletter prompt between them; a tags line and a follow-us
prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page) alone in a block of two, the tags first; a
thread of five lines alone in a block (a comment count, a reader's comment, a second reader's comment, the first
reader's arrowed reply to the second and the paper's arrowed reply closing it); and at the foot the publisher's
copyright line with its links in one line and a back-to-top link, in a block of two; on the six blog pages, in nine
blocks, the blog name with its tagline, the menu and the title in a block of three at the very top, the title last; the
first paragraph third in a block of four, under the posted-on-by line (with the comment count) and a bare reading time
and above an affiliate-links disclosure; the second paragraph and the paragraph with the quote at the two ends of a
block of three with a table of contents (its heading and three numbered entries in one line) between them; the opening
photo's caption opening the list block above the subheading, and an affiliate link to the author's toe separators (on
Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) between the second and third rows (a block of six,
the caption first and the link fifth); the second-last paragraph with an action photo's caption under it, in a block of
two; the last paragraph at the top of a block of three, above the author's sign-off and a plug for her hand-painted
wrestling socks (in an Etsy shop, at Yarmarka Masterov on the Russian blog); a share row, a subscribe-by-email prompt
and a you-might-also-like line with two post titles in a block of three; a thread of five lines alone in a block (a
responses heading with its count, a comment, a second comment, the author's arrowed reply to the second and a third
comment left unanswered); and at the foot the author's copyright line with the theme and platform credit in one line,
alone in a block of one), taken from local news of a town's fourteenth coal-carrying race (a 41-year-old postman
carrying a 50-kilogram sack of coal 1,012 metres uphill from a miners' pub to the market cross in 4 minutes 21 seconds,
a record 47 carriers and more than 2,000 spectators, the race revived in 1996, the organiser's quote that the sack does
not get lighter, you just get more stubborn, her or his father having carried coal for the colliery until it closed, a
children's race with 10-kilogram sacks at 10.30, a women's race with 20-kilogram sacks at 11.30 and the men's race with
50-kilogram sacks at 12.15, the winner beating last year's winner, a bricklayer, by nine seconds, a veterans' race for
carriers over sixty planned and the coal of the sacks given to the town's pensioners) in six invented towns, and from
six hobby blogs of young women on their first toe-wrestling championship (dared by a friend eight months before, at a
pub near Ashbourne in Derbyshire, a summer festival at Saint-Flour, Bamberg, Clusone, Kazimierz Dolny or Tver, big toes
locked and feet flat to pin the rival's foot for three seconds, the referee's quote at the foot check that patience
beats muscle and that whoever tickles goes home, a foot and nail check at 12.00, a first round won 2–1 after switching
feet at 13.00, a quarter-final lost at 15.30 to a farmer who had won twice, seventh of 24, training with marbles and a
towel for next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 234 but what is named here), held-out set 235 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 234 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 231, 232 and 233, printed with one ast script
(/tmp/s236scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s236scratch/insp.py, with /tmp/wt-s236/src and /tmp/wt-s236/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s236 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 234's as printed, with 234 -> 236; /tmp/s236scratch/gen236.py writes this file
from scratch files (data236.py with the noise and keep lines, pages236.py with the pages as fields and the two layouts
that turn them into blocks, doc_*.txt with the docstring paragraphs and, after the measurement, tables236.py with the
xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s236, detached at commit 806d82771ed42af0720762a894d807de49e23799, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 19:56:14 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 19:56:16 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 87809c2527ae87d069bf6e4dd094285ab79e907a (main had already moved past the brief's commit, as the brief
allows); both worktrees were made at the brief's commit 806d82771ed42af0720762a894d807de49e23799 with ``git worktree
add`` (output to /dev/null, both exit codes 0) and ``git rev-parse HEAD`` in /tmp/wt-s236 printed that commit;
/work/main was not touched afterwards. (2) readallowed.py first printed to the terminal, which the tool cut in the
middle (it showed set 231's first paragraph and the start of set 232's, then from inside set 234's notes on to the end
of its Baseline paragraph, its imports and its tail, all allowed parts); the second run went to
/tmp/s236scratch/allowed.txt (only the allowed parts), of which I paged lines 125 to 475 with ``sed`` in two pieces (the
rest of set 232's first paragraph, set 233's, and set 234's docstring from its start); ``sed`` ran on my own output
file, never on a file of the repository, and nothing else of any set file was printed. (3) The default python already
had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing
was installed. That import (and gen236.py's import of the written file, to compare it with the scratch data) loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before
writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service
used for a held-out marker here is named for a marker in them (Flourish, Instagram, Audioboom, Dailymotion, Podigee,
RaiPlay, Player.pl, VK Video are new; the failures are worded anew: enable JavaScript, an account turned private, an
episode archived, cookies to accept, consent to a data transfer, not playable outside Italy, a player that failed to
load with a refresh hint, a clip deleted by its owner); the reading times avoid the phrasings named there (the new ones
are a minutes-and-word-count label, "Put the kettle on:", "Durée de lecture estimée", a number-first "6 Min. Lesezeit",
"Tempo di lettura: circa", "Czas czytania: ok." and "Время прочтения —"); the bylines are of new shapes (reporting-by
with editing-by, a name-first Local Democracy Reporting Service line, "Ein Bericht von", "Текст и фото:") and the plugs
name platforms not named there (Big Cartel, Vinted, Satispay, Allegro Lokalnie); the footers use builders, hosts and
legal lines not named there (Wix, an England-and-Wales company registration with the registered office, Eleventy with
Cloudflare Pages, Canalblog, a § 18 MStV responsibility line, an Italian Tribunale registration with the direttore
responsabile, Cyber_Folks with Kadence, 1C-Bitrix with Beget); the comment lines (a load-more-replies button, an
upvote-reply-share row with the age, a removed-by-a-moderator placeholder, a show-previous-replies button, a
comment-function-switched-off note, a reported-and-awaiting-review note, a see-all-comments link, a
hidden-for-low-rating line), the share rows (spread the word with Threads and Reddit; diffuser with Threads; отправить
другу with Viber) and the notices (a German first-in-print note and an Italian AI-translation note in the body, a Polish
made-with-the-organiser note at the foot) are of kinds not named there. The page furniture (mastheads, menus, captions,
ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from those of set 234 (see the
first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub
files) before use. No hits: Slagglethorpe, "Slagglethorpe Clarion", Sootheringham, Hodbrackle, Pitheadley, Charbonnac,
Gaillebert, Boulettier, Boulétrin, Brikettstedt, Brikettstedter, Schüttelkamp, Grubenrath, Kohlenbrecht, Fossacarbona,
Sacchiveri, Sacconera, Carbonuzzi, Węglokopy, "Gazeta Węglokopska", Workonoś, Szybikowska, Hałdowska, Шахтоугольск,
Шахтоугольский, Мешконосов, Мешкотаскина, Шахтобаев, "Tootsie Grapple", "Orteil de Fer", Zehenringerin, "Alluce
Ribelle", "Duży Palec, Duże Serce", "Пальцем в чемпионат", Slagworthy, Lodgecroft, Corbelwick, Sackschlepper,
Угленосова, Flözhacker, Sacchinardi and Sagnolette (checked, then not used). Dropped for hits: Cindermoor (a place in
games and test data), Hatchgrave (inside hatchgravel names), Fourcadel (inside a GitHub user name), Miałowski (inside
Śmiałowski, a real surname), Антрацитовск (inside Антрацитовский, a real district), Sackwith (inside knapsackwith...
names), Fuliggini (an Italian word in prose), Терриконова (inside Терриконовая долина), Забойкин (a real surname),
Tallow Yard (a place in games), Pratley and Meierling (real surnames; the photo credits became staff credits instead).
"L'Écho de Charbonnac", "Brikettstedter Rundschau", "La Voce di Fossacarbona" and «Шахтоугольский вестник» are formed
from checked names; the first names of the reporters, organisers, winners, bloggers (Poppy, Clémence, Lotte, Gaia, Zuza,
Варя) and their friends, and the commenters (handles or first names with a town) were not checked. Real services,
platforms, shops, products and institutions (Flourish, Instagram, Audioboom, Dailymotion, Podigee, RaiPlay, Player.pl,
VK Видео, Big Cartel, Vinted, Satispay, Allegro Lokalnie, Wix, Eleventy, Cloudflare Pages, Canalblog, Cyber_Folks, the
Kadence theme and Kadence WP, 1С-Битрикс, Beget, WhatsApp, Threads, Reddit, Telegram, Viber, Facebook, X, Instagram,
Pinterest, ВКонтакте, Одноклассники, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress, the Local Democracy
Reporting Service, the Medienstaatsvertrag and the Tribunale di Lecco) and real places (Ashbourne and Derbyshire, Leek,
Saint-Flour and the Cantal, Bamberg, Forchheim and the Fränkische Schweiz, Clusone and the Val Seriana, Kazimierz Dolny
and Puławy, Tver and Torzhok) are named as real pages do; the World Toe Wrestling Championship near Ashbourne is real,
and the English blog names it as a real post would. (6) A script (/tmp/s236scratch/check.py) checked case-insensitively
that no noise line (held-out or page) sits inside an article line, a keep line or another noise line, that no line
repeats, that no line holds an at-sign, and that each page has 10 article and 20 noise lines, and printed the counts by
category, language and place; its first run found nothing wrong. Before writing I had avoided two clashes by hand: the
ad labels carry a continue-below hint (a bare "Pubblicità" would sit inside the Italian keep line opening "Pubblicità
migliore"), and the blog threads' heading counts "responses" (réponses, Antworten ...), since a bare "9 Comments" would
sit inside the posted-on line. gen236.py checks that no line of the file is over 120 columns and that it holds no
at-sign, and imports the written file back and finds its lists and pages equal to the scratch data. (7) The measurement
was run once, as the brief gives it, in one shell call at 20:03:58 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s236scratch/pre_measure_copy.py); pytest printed 17 failed, 60 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s236scratch, importing the copy in /tmp/wt-s236/tests with /tmp/wt-s236/src on the
path) then printed ``_problems`` of each failing case: the five lines and the twelve pages of the tables; every problem
of a line is that it is kept ("kept boilerplate"), and so is every problem of a page (one to three lines each) but one:
the English portal page also loses its title ("lost or out of order"); no keep line is lost, and no problem of another
kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. (8) The
tables were written from that output (/tmp/s236scratch/mktables.py writes tables236.py from the saved problems.json,
which gen236.py puts into this file); mktables.py checks that every problem is a kept line or a lost article line and
matches each printed snippet to exactly one line of its page, which the reason quotes in full with where it sits and the
count the report counts left; the reason of each line quotes it and says where it was put; the keys of the tables are
exactly the failing lines and pages of that output; the lists and pages of the final file were imported back and found
equal to the scratch data, and the final file was checked with the pytest command in /tmp/wt-s236 (see the Baseline
paragraph). A slip of my own script, found by that check: gen236.py's first run with the tables imported the measured
copy in /tmp/wt-s236/tests (first on its path) instead of the newly written file, so its round trip failed on the
tables; I put /tmp/s236scratch first on its path and the round trip then passed; the data were not changed. (9) Clock:
``date`` printed 19:56:14 at the start, 20:03:58 at the measurement and 20:04:25 just after the problems were printed,
before the tables, the Baseline paragraph and these notes were written; the commit followed within minutes, well inside
the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the coal-carrying race and the toe-wrestling
championship that open with or hold a noise-like word ("Reading glasses were the only thing the oldest carrier took off
before lifting his sack.", "Comments made by the referee after the final suggest the rules on toenail length will be
tightened.", "Following tradition, the coal was weighed on the old colliery scales before the start.", "Subscriptions
from local businesses paid for the new sacks and the first-aid tent.", "Copyright disputes over the race's name were
settled in 2009, when the pub sold it to the town council.", "Advertising boards along the course were painted by pupils
of the primary school.", "Shared between the two winners, the £500 prize will go to the miners' welfare hall.", "Suivre
le rythme du vainqueur était impossible après la montée de l'église, a reconnu le deuxième.", "Commentaires et
encouragements fusaient des fenêtres tout au long de la montée.", "Abonné aux podiums depuis dix ans, le boulanger a dû
se contenter de la quatrième place.", "Teilen mussten sich die beiden Schnellsten den Pokal, weil die Zeitmessung
ausgefallen war.", "Kommentare der Zuschauer hörte der Sieger nach eigenen Worten nicht mehr, nur noch seinen Atem.",
"Folgen hatte der Sturz eines Trägers kurz vor dem Ziel zum Glück keine.", "Condividere il sacco non è permesso, ha
ricordato il giudice prima della partenza.", "Seguito da centinaia di persone lungo la salita, il vincitore ha chiuso in
quattro minuti e venti.", "Pubblicità migliore per il paese non poteva esserci, ha detto il sindaco a fine gara.",
"Udostępniona przez kopalnię waga ważyła każdy worek dwa razy przed startem.", "Komentując swój wynik, zwycięzca
podziękował żonie, która biegła obok niego.", "Подписавшись на участие в последний день, пекарь неожиданно пришёл
вторым." and "Читатели местной газеты ещё в марте проголосовали за новый маршрут гонки."): each is a full sentence with
a subject, a verb and a fact of the story, so article ("Reading glasses" and "Читатели местной газеты" open like
reading-time lines but tell of a carrier's glasses and a readers' vote; "Comments made by the referee", "Commentaires et
encouragements", "Kommentare der Zuschauer" and "Komentując swój wynik" open like comment furniture but report what a
referee, a crowd and a winner said or heard; "Following tradition", "Suivre le rythme", "Folgen hatte der Sturz" and
"Seguito da centinaia di persone" open like follow prompts but tell of a weighing, a pace, a fall without consequences
and a crowd; "Subscriptions from local businesses", "Abonné aux podiums" and "Подписавшись на участие" open like
subscribe prompts but tell of sponsorship money, a habitual podium finisher and a late entry; "Shared between the two
winners", "Teilen mussten sich", "Condividere il sacco" and "Udostępniona przez kopalnię" open like share rows but are
about a prize, a cup, a rule and scales lent by a mine; "Copyright disputes" opens like a copyright line but tells of a
dispute over the race's name; "Advertising boards" and "Pubblicità migliore" open like ad labels but tell of painted
boards and a mayor's praise). Borderline categories: the four plugs (the Big Cartel socks, the Vinted socks, the
Satispay coffee, the Allegro Lokalnie socks) are bylines and self-promotion, at the foot, since they sell or ask for
money for the author in the author's voice; the Flourish, Instagram, Audioboom, Dailymotion, Podigee, RaiPlay, Player.pl
and VK Video lines are markers (what an embed leaves in the text when it does not show), though some read as sentences;
the company-registration line, the § 18 MStV responsibility line and the Tribunale registration line are footers (legal
lines of the site or the publisher, not of the article), and so are the builder and host credits; the upvote-reply-share
row is comment furniture, not a share row, since it sits under a comment and acts on the comment; the load-more,
show-previous-replies and see-all-comments links, the removed-by-a-moderator placeholder, the switched-off, reported and
hidden-for-low-rating lines are comment furniture, since they sit over, in or under the comments and speak only of
commenting; the German first-in-print note and the Italian AI-translation note are notices in the body, and the Polish
made-with-the-organiser note a notice at the foot (all three speak of the article they sit in). On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (mastheads and blog names with taglines, menus, bylines and posted-on
lines, reading times, captions and photo credits, share rows, read-also and you-might-also-like links, advertisement
labels, sponsored headlines, video links, tags lines, tables of contents, affiliate disclosures and links, newsletter,
subscribe and follow prompts, sign-offs and plugs, comment counts and responses headings, comments and replies,
copyright lines, back-to-top links) is noise. The list rows (the times of the three races on the portals; the foot
check, first round and quarter-final on the blogs) are short but part of each article, so article; the list headings
("The race day at a glance", "How my day went" and the like) are the articles' subheadings, so article; the portals'
video links are noise though they sit between the subheading and the first row, and the blogs' opening photo captions
are noise though they open the list block; the arrowed replies, including the paper's own reply, are comment furniture,
so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: German and Italian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-slagglethorpe-coal-race (the 14th
Slagglethorpe Coal Race, won by the postman Dale Sootheringham, in The Slagglethorpe Clarion),
en-blog-tootsie-grapple-diaries-first-toe-wrestling-championship (Poppy's first toe-wrestling championship at a pub near
Ashbourne, seventh of 24), fr-portail-charbonnac-course-des-porteurs-de-charbon (the 14th Charbonnac coal-carriers'
race, won by the postman Bastien Gaillebert, in L'Écho de Charbonnac),
fr-blog-orteil-de-fer-premier-championnat-de-lutte-d-orteils (Clémence's first toe-wrestling championship at the
Saint-Flour fête, seventh of 24), de-portal-brikettstedt-kohlentraegerlauf (the 14th Brikettstedt coal carriers' run
(Kohlenträgerlauf), won by the postman Jörg Schüttelkamp, in the Brikettstedter Rundschau),
de-blog-zehenringerin-erste-zehenring-meisterschaft (Lotte's first toe-wrestling championship at a summer festival in
Bamberg, seventh of 24), it-portale-fossacarbona-corsa-dei-portatori-di-carbone (the 14th Fossacarbona coal-carriers'
race, won by the postman Nando Sacchiveri, in La Voce di Fossacarbona),
it-blog-alluce-ribelle-primo-campionato-di-lotta-con-gli-alluci (Gaia's first toe-wrestling championship at the Clusone
summer festival, seventh of 24), pl-portal-weglokopy-bieg-tragarzy-wegla (the 14th Węglokopy coal carriers' run, won by
the postman Zdzisław Workonoś, in the Gazeta Węglokopska),
pl-blog-duzy-palec-duze-serce-pierwsze-mistrzostwa-w-zapasach-palcami-stop (Zuza's first toe-wrestling championship at a
summer fair in Kazimierz Dolny, seventh of 24), ru-portal-shakhtougolsk-zabeg-uglenosov (the 14th Шахтоугольск coal
carriers' race, won by the postman Геннадий Мешконосов, in «Шахтоугольский вестник»),
ru-blog-paltsem-v-chempionat-pervyi-chempionat-po-borbe-paltsami-nog (Варя's first toe-wrestling championship at a
summer festival in Tver, seventh of 24), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 806d82771ed42af0720762a894d807de49e23799, measured with ``cd /tmp/wt-s236 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s236/src python -m pytest -q tests/test_clean_held_out_236.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s236 && PYTHONPATH=/tmp/wt-s236/src python
scripts/clean_held_out_report.py --sets 236``, with the xfail tables empty, at 20:03:58 UTC by ``date``): noise lines
removed 40/45 (reading-time 6/7, byline 7/8, marker 6/8, notice 3/3, footer 8/8, comments 7/8, share 3/3; the 5 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: the English put-the-kettle-on reading time at the head, two
markers in the body (the English Audioboom archived-episode line and the Polish Player.pl failed-to-load line), the
Polish Allegro Lokalnie plug at the foot and the Italian reported-and-awaiting-review comment note at the foot; every
other marker, reading time, byline and plug, every footer, share row and notice and the other comment lines went); keep
lines kept 20/20; pages 0/12 clean, 23 of 240 page noise lines left and 1 of 120 article lines lost. Left: on each of
the six blog pages the table of contents between the second paragraph and the paragraph with the quote and the opening
photo's caption opening the list block (2 each); on the portal pages the lead photo's caption above the first paragraph
(English, Polish and Russian), the video link between the subheading and the first row (English, Italian, Polish and
Russian), the section menu opening the block of the first paragraph (French and German), the masthead with its tagline
above the title (Italian) and the share row under the second paragraph (Russian) (2 on the English, Italian and Polish
portals, 1 on the French and German ones, 3 on the Russian one). Lost: the English portal page loses its title ("Postman
carries his sack to victory in Slagglethorpe's 14th coal race"), which sits between the masthead and the byline at the
very top; no other page and no keep line loses an article line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s236 gave 60 passed, 17 xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 40/45 (unchanged), keep lines kept 20/20,
pages 0/12 clean, 17 of 240 page noise lines left (was 23), 1 of 120 article lines lost (the English portal's title,
unchanged). The six blogs' numbered tables of contents ("Contents: 1. The build-up 2. Match day 3. What's next" and its
five twins) now go (round 144's numbered tables of contents, read on sets 221/222); the pages' reasons were reworded to
what they still keep. Every other xfail still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 40/45 (unchanged), keep lines kept
20/20, pages 0/12 clean, 17 of 240 page noise lines left (unchanged in sum), 0 of 120 article lines lost (was 1). The
English portal's title ("Postman carries his sack to victory in Slagglethorpe's 14th coal race") is kept again, but its
section menu ("News · Sport · What's On · Business · Opinion · Obituaries") is now kept; the Russian portal's credited
caption goes and its masthead ("Шахтоугольский вестник — новости долины с 1931 года") is now kept: the one blind page
where round 145 keeps a line it took before. The pages' reasons were reworded to what they still keep or lose. Every
other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_236_LINES: list[tuple[str, str, str]] = [
    ('head', '6-min read · 1,180 words', 'reading-time'),
    ('head', 'Put the kettle on: about ten minutes of reading ahead.', 'reading-time'),
    ('head', 'Durée de lecture estimée : 6 min', 'reading-time'),
    ('head', '6 Min. Lesezeit', 'reading-time'),
    ('head', 'Tempo di lettura: circa 6 minuti', 'reading-time'),
    ('head', 'Czas czytania: ok. 6 min', 'reading-time'),
    ('head', 'Время прочтения — 6 минут', 'reading-time'),
    ('head', 'Reporting by Cuthbert Slagworthy; editing by Anwen Lodgecroft', 'byline'),
    ('head', 'Tamsin Corbelwick, Local Democracy Reporting Service', 'byline'),
    ('head', 'Ein Bericht von Hiltrud Sackschlepper', 'byline'),
    ('head', 'Текст и фото: Евфросинья Угленосова', 'byline'),
    ('body',
     'Flourish visualisation could not be displayed. Enable JavaScript to view the interactive chart.',
     'marker'),
    ('body', 'Instagram post unavailable – the account that shared it is now private.', 'marker'),
    ('body', 'Audioboom player: this episode has been archived by the podcaster.', 'marker'),
    ('body', 'Contenu Dailymotion masqué : acceptez les cookies des réseaux sociaux pour afficher la vidéo.', 'marker'),
    ('body', 'Inhalt von Podigee nicht geladen. Bitte stimmen Sie der Datenübertragung an Podigee zu.', 'marker'),
    ('body', 'Il video di RaiPlay non può essere riprodotto al di fuori del territorio italiano.', 'marker'),
    ('body', 'Nie udało się załadować odtwarzacza Player.pl – odśwież stronę.', 'marker'),
    ('body', 'Плеер VK Видео не загрузился: ролик удалён владельцем.', 'marker'),
    ('body', 'Dieser Artikel erschien zuerst in unserer Printausgabe vom Samstag.', 'notice'),
    ('body',
     "Questo articolo è stato tradotto con l'ausilio dell'intelligenza artificiale e rivisto dalla redazione.",
     'notice'),
    ('tail',
     "Fancy a pair of my hand-knitted toe-wrestling socks? They're made to order in my Big Cartel shop.",
     'byline'),
    ('tail', 'Mes chaussettes de lutte tricotées main sont en vente sur mon dressing Vinted.', 'byline'),
    ('tail', 'Se ti va di sostenere il blog, offrimi un caffè con Satispay!', 'byline'),
    ('tail', 'Ręcznie dziergane skarpetki na zawody kupicie ode mnie na Allegro Lokalnie.', 'byline'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail',
     'Registered in England and Wales No. 09817364 · Registered office: 4 Colliery Row, Slagglethorpe',
     'footer'),
    ('tail', 'Built with Eleventy · Hosted on Cloudflare Pages · Subscribe via RSS', 'footer'),
    ('tail', "Blog créé avec Canalblog · Conditions d'utilisation · Signaler ce blog", 'footer'),
    ('tail', 'Verantwortlich im Sinne des § 18 Abs. 2 MStV: Ortrun Flözhacker', 'footer'),
    ('tail',
     'Testata registrata presso il Tribunale di Lecco n. 7/2011 · Direttore responsabile: Ercole Sacchinardi',
     'footer'),
    ('tail', 'Stronę hostuje Cyber_Folks · Motyw: Kadence', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Хостинг: Beget', 'footer'),
    ('tail', 'Load 14 more replies', 'comments'),
    ('tail', 'Upvote · Reply · Share · 2 hours ago', 'comments'),
    ('tail', 'This comment was removed by a moderator.', 'comments'),
    ('tail', 'Afficher les 6 réponses précédentes', 'comments'),
    ('tail', 'Die Kommentarfunktion für diesen Artikel wurde deaktiviert.', 'comments'),
    ('tail', 'Il commento è stato segnalato ed è in attesa di verifica.', 'comments'),
    ('tail', 'Zobacz wszystkie komentarze (23)', 'comments'),
    ('tail', 'Комментарий скрыт из-за низкого рейтинга. Показать', 'comments'),
    ('tail', 'Spread the word: WhatsApp · Threads · Reddit · Copy link', 'share'),
    ('tail', 'Diffuser cet article : WhatsApp · Threads · Copier le lien', 'share'),
    ('tail', 'Отправить другу: Telegram · WhatsApp · Viber · Скопировать ссылку', 'share'),
    ('tail', 'Materiał powstał we współpracy z organizatorem zawodów.', 'notice'),
]
HELD_OUT_236_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading glasses were the only thing the oldest carrier took off before lifting his sack.'),
    ('head', 'Comments made by the referee after the final suggest the rules on toenail length will be tightened.'),
    ('head', 'Following tradition, the coal was weighed on the old colliery scales before the start.'),
    ('head', "Suivre le rythme du vainqueur était impossible après la montée de l'église, a reconnu le deuxième."),
    ('head', 'Teilen mussten sich die beiden Schnellsten den Pokal, weil die Zeitmessung ausgefallen war.'),
    ('head', 'Condividere il sacco non è permesso, ha ricordato il giudice prima della partenza.'),
    ('head', 'Udostępniona przez kopalnię waga ważyła każdy worek dwa razy przed startem.'),
    ('body', 'Subscriptions from local businesses paid for the new sacks and the first-aid tent.'),
    ('body', 'Commentaires et encouragements fusaient des fenêtres tout au long de la montée.'),
    ('body', 'Kommentare der Zuschauer hörte der Sieger nach eigenen Worten nicht mehr, nur noch seinen Atem.'),
    ('body', 'Seguito da centinaia di persone lungo la salita, il vincitore ha chiuso in quattro minuti e venti.'),
    ('body', 'Подписавшись на участие в последний день, пекарь неожиданно пришёл вторым.'),
    ('tail', "Copyright disputes over the race's name were settled in 2009, when the pub sold it to the town council."),
    ('tail', 'Advertising boards along the course were painted by pupils of the primary school.'),
    ('tail', "Shared between the two winners, the £500 prize will go to the miners' welfare hall."),
    ('tail', 'Abonné aux podiums depuis dix ans, le boulanger a dû se contenter de la quatrième place.'),
    ('tail', 'Folgen hatte der Sturz eines Trägers kurz vor dem Ziel zum Glück keine.'),
    ('tail', 'Pubblicità migliore per il paese non poteva esserci, ha detto il sindaco a fine gara.'),
    ('tail', 'Komentując swój wynik, zwycięzca podziękował żonie, która biegła obok niego.'),
    ('tail', 'Читатели местной газеты ещё в марте проголосовали за новый маршрут гонки.'),
]
HELD_OUT_236_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-slagglethorpe-coal-race', [
        ['-The Slagglethorpe Clarion – News for the Valley since 1871',
         "+Postman carries his sack to victory in Slagglethorpe's 14th coal race",
         '-By Bryony Hodbrackle · Saturday 12 April 2025, 16:42'],
        ["-News · Sport · What's On · Business · Opinion · Obituaries",
         '-Reading time: 3 minutes',
         '-Dale Sootheringham crosses the finish at the market cross (Photo: Clarion staff)',
         ('+A 41-year-old postman, Dale Sootheringham, won the 14th Slagglethorpe Coal Race on Saturday, carrying '
          'a 50-kilogram sack of coal 1,012 metres up Pit Lane in 4 minutes 21 seconds.')],
        [("+A record 47 carriers started outside the Miners' Arms, and more than 2,000 people lined the route to "
          'the market cross, where the race has finished since it was revived in 1996.'),
         '-Share this story: Facebook · X · WhatsApp · Email',
         '-Advertisement · Scroll to continue',
         '-Sponsored: Homeowners in the valley are switching to this £9 boiler trick'],
        [('+"The sack does not get any lighter, you just get more stubborn," said the organiser, Maureen '
          'Pitheadley, whose father carried coal for the colliery until it closed.'),
         "-Read also: Miners' Arms landlord marks 30 years behind the bar"],
        ['+The race day at a glance',
         "-Video: Watch the finish of the men's race (1:52)",
         "+10.30: children's race with 10-kilogram sacks",
         "+11.30: women's race with 20-kilogram sacks",
         "+12.15: men's race with 50-kilogram sacks"],
        [("+Sootheringham, who delivers letters on the same hill every morning, beat last year's winner, a "
          'bricklayer, by nine seconds and said his legs had gone to jelly at the last bend.'),
         "-Sign up to our free morning newsletter for the valley's top stories",
         ("+The organisers plan a veterans' race for carriers over sixty next year, and the coal from the sacks "
          "will again be given to the town's pensioners for the winter.")],
        ['-Tags: Coal race, Slagglethorpe, Community, Sport',
         '-Follow the Clarion on Facebook and Instagram'],
        ['-12 comments',
         '-KeithFromPitLane: Brilliant day, well done Dale, the best postman this town has ever had.',
         '-Valley_Lass: Shame they moved the start away from the old pithead, it was never the same.',
         '-↳ KeithFromPitLane: The pithead is a car park now, love, where else would they start?',
         '-↳ The Slagglethorpe Clarion: The start moved in 2015 for safety reasons, says the organising committee.'],
        ['-© 2025 Slagglethorpe Clarion Ltd · Terms · Privacy · Cookie settings · Contact us',
         '-Back to top ↑'],
    ]),
    _page('en', 'en-blog-tootsie-grapple-diaries-first-toe-wrestling-championship', [
        ['-Tootsie Grapple Diaries – one girl, ten toes, zero shame',
         '-Home · About · Training · Shop · Contact',
         "+My first toe-wrestling championship (and why I'll be back)"],
        ['-Posted on 3 May 2025 by Poppy · 9 Comments',
         '-4 min read',
         ('+Last Saturday I finally entered the World Toe Wrestling Championship at a pub near Ashbourne in '
          'Derbyshire, eight months after my friend Jess dared me to try it.'),
         '-This post contains affiliate links; I may earn a small commission at no cost to you.'],
        [('+Toe wrestling works like arm wrestling with feet: you lock big toes, keep your foot flat and try to pin '
          "your rival's foot to the board for three seconds."),
         "-Contents: 1. The build-up 2. Match day 3. What's next",
         ('+At the foot check the referee told us, "Patience beats muscle here, and anyone who tickles goes home," '
          'and everybody laughed except me.')],
        ['-Me and Jess outside the pub before the foot check',
         '+How my day went',
         '+12.00: foot inspection and nail check',
         '+13.00: first round, won 2–1 after switching feet',
         '-The toe separators I train with (affiliate link): find them on Amazon',
         '+15.30: quarter-final, lost without winning a bout'],
        [('+I went out in the quarter-final to a farmer from Leek who has won the title twice, and I finished '
          'seventh of 24 women with a very sore big toe.'),
         '-Locked toes in my first-round bout (photo: Jess)'],
        ['+Next year I will train with marbles and a towel every evening, and Jess has promised to enter with me.',
         '-Toes up, Poppy x',
         '-My hand-painted toe-wrestling socks are in my Etsy shop'],
        ['-Share this: Facebook · Pinterest · X',
         '-Subscribe by email to get new posts straight to your inbox',
         '-You might also like: Training with marbles · My first foot check'],
        ['-9 responses',
         '-Jess: So proud of you! Next year we both go to the final.',
         '-Mick from Leek: Seventh in your first year is grand, the marbles really do work.',
         '-↳ Poppy: Thanks Mick, I have ordered a whole bag of them!',
         '-Sandra: Is there a category for over-sixties? Asking for my mum.'],
        ['-© 2025 Tootsie Grapple Diaries · Theme: Kadence by Kadence WP · Powered by WordPress'],
    ]),
    _page('fr', 'fr-portail-charbonnac-course-des-porteurs-de-charbon', [
        ["-L'Écho de Charbonnac – l'actualité du bassin depuis 1902",
         '+Le facteur Bastien Gaillebert remporte la 14e course des porteurs de charbon de Charbonnac',
         '-Par Mélanie Boulettier · samedi 12 avril 2025 à 16 h 42'],
        ['-Actualité · Sports · Sorties · Économie · Opinions · Avis de décès',
         '-Lecture : 3 min',
         "-Bastien Gaillebert franchit l'arrivée à la croix du marché (Photo : L'Écho)",
         ('+Bastien Gaillebert, facteur de 41 ans, a remporté samedi la 14e course des porteurs de charbon de '
          'Charbonnac en montant un sac de 50 kilos sur 1 012 mètres en 4 minutes 21.')],
        [('+Un record de 47 porteurs a pris le départ devant le café des Mineurs, et plus de 2 000 spectateurs '
          "bordaient la rue jusqu'à la croix du marché, où la course se termine depuis sa relance en 1996."),
         '-Partager : Facebook · X · WhatsApp · E-mail',
         "-Publicité · L'article continue ci-dessous",
         '-Contenu sponsorisé : Cette astuce à 9 € fait baisser la facture de chauffage'],
        [("+« Le sac ne devient pas plus léger, c'est vous qui devenez plus têtu », a résumé l'organisateur, Gérard "
          "Boulétrin, dont le père portait le charbon de la mine jusqu'à sa fermeture."),
         '-À lire aussi : Le patron du café des Mineurs fête ses 30 ans derrière le comptoir'],
        ['+La journée en bref',
         "-Vidéo : l'arrivée de la course des hommes (1:52)",
         '+10 h 30 : course des enfants avec des sacs de 10 kilos',
         '+11 h 30 : course des femmes avec des sacs de 20 kilos',
         '+12 h 15 : course des hommes avec des sacs de 50 kilos'],
        [('+Gaillebert, qui distribue le courrier dans la même côte chaque matin, a devancé de neuf secondes le '
          "vainqueur de l'an dernier, un maçon, et avoue avoir eu les jambes en coton au dernier virage."),
         '-Inscrivez-vous à notre newsletter gratuite du matin',
         ("+Les organisateurs prévoient une course des vétérans de plus de soixante ans l'an prochain, et le "
          "charbon des sacs sera de nouveau offert aux retraités de la commune pour l'hiver.")],
        ['-Mots-clés : Course de charbon, Charbonnac, Vie locale, Sport',
         "-Suivez L'Écho de Charbonnac sur Facebook et Instagram"],
        ['-12 commentaires',
         '-Jojo_du_Puits : Belle journée, bravo Bastien, le meilleur facteur que la ville ait connu.',
         "-Nanou59 : Dommage qu'on ait déplacé le départ du vieux carreau de mine, ce n'est plus pareil.",
         "-↳ Jojo_du_Puits : Le carreau est un parking maintenant, d'où voulez-vous qu'ils partent ?",
         ("-↳ L'Écho de Charbonnac : Le départ a été déplacé en 2015 pour des raisons de sécurité, selon le comité "
          "d'organisation.")],
        ["-© 2025 L'Écho de Charbonnac SARL · CGU · Confidentialité · Gestion des cookies · Contact",
         '-Haut de page ↑'],
    ]),
    _page('fr', 'fr-blog-orteil-de-fer-premier-championnat-de-lutte-d-orteils', [
        ['-Orteil de Fer – une fille, dix orteils, zéro complexe',
         '-Accueil · À propos · Entraînement · Boutique · Contact',
         "+Mon premier championnat de lutte d'orteils (et pourquoi j'y retournerai)"],
        ['-Publié le 3 mai 2025 par Clémence · 9 commentaires',
         '-4 min de lecture',
         ("+Samedi dernier, je me suis enfin inscrite au championnat de lutte d'orteils de la fête de Saint-Flour, "
          'huit mois après le défi lancé par mon amie Inès.'),
         '-Cet article contient des liens affiliés : je touche une petite commission, sans frais pour vous.'],
        [("+La lutte d'orteils, c'est le bras de fer avec les pieds : on crochète les gros orteils, on garde le "
          'pied à plat et on essaie de plaquer le pied adverse pendant trois secondes.'),
         '-Sommaire : 1. La préparation 2. Le jour J 3. Et après',
         ("+Au contrôle des pieds, l'arbitre nous a prévenues : « Ici, la patience bat les muscles, et celle qui "
          'chatouille rentre chez elle », et tout le monde a ri sauf moi.')],
        ['-Inès et moi devant la salle avant le contrôle des pieds',
         '+Ma journée en trois temps',
         '+12 h 00 : contrôle des pieds et des ongles',
         '+13 h 00 : premier tour, gagné 2–1 en changeant de pied',
         "-Les séparateurs d'orteils avec lesquels je m'entraîne (lien affilié) : sur Amazon",
         '+15 h 30 : quart de finale, perdu en deux manches'],
        [("+J'ai été éliminée en quart de finale par une agricultrice du Cantal, double tenante du titre, et j'ai "
          'fini septième sur 24 avec un gros orteil bien douloureux.'),
         '-Orteils crochetés pendant mon premier combat (photo : Inès)'],
        [("+L'an prochain, je m'entraînerai tous les soirs avec des billes et une serviette, et Inès a promis de "
          "s'inscrire avec moi."),
         '-Orteils levés, Clémence',
         '-Mes chaussettes de lutte peintes à la main sont dans ma boutique Etsy'],
        ['-Partager sur : Facebook · Pinterest · X',
         '-Abonnez-vous par e-mail pour recevoir les nouveaux articles',
         "-Vous aimerez aussi : S'entraîner avec des billes · Mon premier contrôle des pieds"],
        ['-9 réponses',
         "-Inès : Trop fière de toi ! L'an prochain, on va en finale toutes les deux.",
         "-Paulo du Cantal : Septième pour une première, c'est très bien, les billes ça marche vraiment.",
         "-↳ Clémence : Merci Paulo, j'ai commandé un sac entier de billes !",
         "-Sandrine : Il y a une catégorie pour les plus de soixante ans ? C'est pour ma mère."],
        ['-© 2025 Orteil de Fer · Thème : Kadence par Kadence WP · Propulsé par WordPress'],
    ]),
    _page('de', 'de-portal-brikettstedt-kohlentraegerlauf', [
        ['-Brikettstedter Rundschau – Ihre Heimatzeitung seit 1889',
         '+Briefträger Jörg Schüttelkamp gewinnt den 14. Kohlenträgerlauf in Brikettstedt',
         '-Von Sabine Grubenrath · Samstag, 12. April 2025, 16:42 Uhr'],
        ['-Lokales · Sport · Freizeit · Wirtschaft · Meinung · Nachrufe',
         '-Lesezeit: 3 Minuten',
         '-Jörg Schüttelkamp beim Zieleinlauf am Marktkreuz (Foto: Rundschau)',
         ('+Der 41 Jahre alte Briefträger Jörg Schüttelkamp hat am Samstag den 14. Brikettstedter Kohlenträgerlauf '
          'gewonnen: Er trug einen 50-Kilo-Sack Kohle 1012 Meter bergauf in 4:21 Minuten.')],
        [('+Ein Rekordfeld von 47 Trägern startete vor der Gaststätte Zur Zeche, und mehr als 2000 Zuschauer '
          'säumten die Strecke bis zum Marktkreuz, wo der Lauf seit seiner Wiederbelebung 1996 endet.'),
         '-Artikel teilen: Facebook · X · WhatsApp · E-Mail',
         '-Anzeige · Weiterlesen nach der Anzeige',
         '-Sponsored: Mit diesem 9-Euro-Trick sparen Hausbesitzer Heizkosten'],
        [('+„Der Sack wird nicht leichter, man wird nur sturer“, sagte Organisator Uwe Kohlenbrecht, dessen Vater '
          'bis zur Schließung der Zeche Kohle geschleppt hat.'),
         '-Lesen Sie auch: Wirt der Gaststätte Zur Zeche feiert 30 Jahre hinter dem Tresen'],
        ['+Der Renntag im Überblick',
         '-Video: Der Zieleinlauf des Männerlaufs (1:52)',
         '+10.30 Uhr: Kinderlauf mit 10-Kilo-Säcken',
         '+11.30 Uhr: Frauenlauf mit 20-Kilo-Säcken',
         '+12.15 Uhr: Männerlauf mit 50-Kilo-Säcken'],
        [('+Schüttelkamp, der jeden Morgen am selben Berg Briefe austrägt, war neun Sekunden schneller als der '
          'Vorjahressieger, ein Maurer, und hatte nach eigenen Worten in der letzten Kurve Pudding in den Beinen.'),
         '-Jetzt unseren kostenlosen Morgen-Newsletter abonnieren',
         ('+Im nächsten Jahr soll es einen Seniorenlauf für Träger über sechzig geben, und die Kohle aus den '
          'Säcken geht wieder an die Rentner der Stadt für den Winter.')],
        ['-Schlagworte: Kohlenträgerlauf, Brikettstedt, Lokales, Sport',
         '-Folgen Sie der Rundschau auf Facebook und Instagram'],
        ['-12 Kommentare',
         '-Zechenkalle: Toller Tag, Glückwunsch Jörg, der beste Briefträger, den die Stadt je hatte.',
         '-Heidi_B: Schade, dass der Start nicht mehr am alten Förderturm ist, das war viel schöner.',
         '-↳ Zechenkalle: Am Förderturm ist jetzt ein Parkplatz, wo sollen die denn sonst starten?',
         ('-↳ Brikettstedter Rundschau: Der Start wurde 2015 aus Sicherheitsgründen verlegt, sagt das '
          'Organisationsteam.')],
        ['-© 2025 Brikettstedter Rundschau GmbH · AGB · Datenschutz · Cookie-Einstellungen · Kontakt',
         '-Nach oben ↑'],
    ]),
    _page('de', 'de-blog-zehenringerin-erste-zehenring-meisterschaft', [
        ['-Die Zehenringerin – ein Mädchen, zehn Zehen, null Scham',
         '-Start · Über mich · Training · Shop · Kontakt',
         '+Meine erste Zehenring-Meisterschaft (und warum ich wiederkomme)'],
        ['-Veröffentlicht am 3. Mai 2025 von Lotte · 9 Kommentare',
         '-Lesezeit: 4 Min.',
         ('+Letzten Samstag habe ich mich endlich zur Zehenring-Meisterschaft auf dem Sommerfest in Bamberg '
          'angemeldet, acht Monate nachdem meine Freundin Jule mich herausgefordert hatte.'),
         '-Dieser Beitrag enthält Affiliate-Links: Ich bekomme eine kleine Provision, für dich ändert sich nichts.'],
        [('+Zehenringen ist Armdrücken mit den Füßen: Man hakt die großen Zehen ein, hält den Fuß flach und '
          'versucht, den Fuß der Gegnerin drei Sekunden lang auf das Brett zu drücken.'),
         '-Inhalt: 1. Die Vorbereitung 2. Der große Tag 3. Wie es weitergeht',
         ('+Bei der Fußkontrolle sagte die Schiedsrichterin: „Hier schlägt Geduld die Muskeln, und wer kitzelt, '
          'fliegt raus“, und alle lachten außer mir.')],
        ['-Jule und ich vor der Halle vor der Fußkontrolle',
         '+Mein Tag in drei Schritten',
         '+12.00 Uhr: Fuß- und Nagelkontrolle',
         '+13.00 Uhr: erste Runde, 2:1 gewonnen nach dem Fußwechsel',
         '-Die Zehenspreizer, mit denen ich trainiere (Affiliate-Link): bei Amazon',
         '+15.30 Uhr: Viertelfinale, ohne Rundengewinn verloren'],
        [('+Im Viertelfinale schied ich gegen eine Landwirtin aus der Fränkischen Schweiz aus, die schon zweimal '
          'gewonnen hat, und wurde Siebte von 24 mit einem ziemlich wunden großen Zeh.'),
         '-Eingehakte Zehen in meinem ersten Kampf (Foto: Jule)'],
        [('+Nächstes Jahr trainiere ich jeden Abend mit Murmeln und einem Handtuch, und Jule hat versprochen, mit '
          'mir anzutreten.'),
         '-Zehen hoch, eure Lotte',
         '-Meine handbemalten Ringersocken gibt es in meinem Etsy-Shop'],
        ['-Teilen: Facebook · Pinterest · X',
         '-Abonniere den Blog per E-Mail und verpasse keinen Beitrag',
         '-Das könnte dich auch interessieren: Training mit Murmeln · Meine erste Fußkontrolle'],
        ['-9 Antworten',
         '-Jule: Bin so stolz auf dich! Nächstes Jahr stehen wir beide im Finale.',
         '-Horst aus Forchheim: Siebte beim ersten Mal ist richtig gut, die Murmeln helfen wirklich.',
         '-↳ Lotte: Danke Horst, ich habe gleich eine ganze Tüte bestellt!',
         '-Sabine: Gibt es eine Klasse für über Sechzigjährige? Frage für meine Mutter.'],
        ['-© 2025 Die Zehenringerin · Theme: Kadence von Kadence WP · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-fossacarbona-corsa-dei-portatori-di-carbone', [
        ['-La Voce di Fossacarbona – le notizie della valle dal 1908',
         '+Il postino Nando Sacchiveri vince la 14ª corsa dei portatori di carbone di Fossacarbona',
         '-Di Lucia Sacconera · sabato 12 aprile 2025, ore 16:42'],
        ['-Cronaca · Sport · Eventi · Economia · Opinioni · Necrologi',
         '-Lettura: 3 minuti',
         '-Nando Sacchiveri taglia il traguardo alla croce del mercato (Foto: La Voce)',
         ('+Nando Sacchiveri, postino di 41 anni, ha vinto sabato la 14ª corsa dei portatori di carbone di '
          'Fossacarbona, portando un sacco da 50 chili per 1.012 metri in salita in 4 minuti e 21 secondi.')],
        [("+Un record di 47 portatori è partito davanti all'osteria dei Minatori, e più di 2.000 spettatori hanno "
          'seguito la salita fino alla croce del mercato, dove la corsa arriva da quando è rinata nel 1996.'),
         '-Condividi: Facebook · X · WhatsApp · Email',
         "-Pubblicità · L'articolo continua sotto",
         '-Contenuto sponsorizzato: Il trucco da 9 euro che abbassa la bolletta del riscaldamento'],
        [("+«Il sacco non diventa più leggero, sei tu che diventi più testardo», ha detto l'organizzatrice Rosanna "
          'Carbonuzzi, il cui padre portava il carbone della miniera fino alla chiusura.'),
         "-Leggi anche: L'oste dei Minatori festeggia 30 anni dietro il bancone"],
        ['+La giornata in breve',
         "-Video: l'arrivo della corsa degli uomini (1:52)",
         '+Ore 10.30: corsa dei bambini con sacchi da 10 chili',
         '+Ore 11.30: corsa delle donne con sacchi da 20 chili',
         '+Ore 12.15: corsa degli uomini con sacchi da 50 chili'],
        [('+Sacchiveri, che ogni mattina consegna la posta sulla stessa salita, ha battuto di nove secondi il '
          "vincitore dell'anno scorso, un muratore, e ha raccontato di avere avuto le gambe di gelatina all'ultima "
          'curva.'),
         '-Iscriviti alla nostra newsletter gratuita del mattino',
         ("+Il prossimo anno gli organizzatori vogliono aggiungere una corsa per i portatori sopra i sessant'anni, "
          "e il carbone dei sacchi sarà di nuovo donato ai pensionati del paese per l'inverno.")],
        ['-Tag: Corsa del carbone, Fossacarbona, Cronaca, Sport',
         '-Segui La Voce di Fossacarbona su Facebook e Instagram'],
        ['-12 commenti',
         '-Beppe_della_Miniera: Bella giornata, bravo Nando, il miglior postino che il paese abbia mai avuto.',
         '-Carla72: Peccato che la partenza non sia più al vecchio pozzo, non è la stessa cosa.',
         "-↳ Beppe_della_Miniera: Al pozzo adesso c'è un parcheggio, da dove dovrebbero partire?",
         ('-↳ La Voce di Fossacarbona: La partenza è stata spostata nel 2015 per motivi di sicurezza, spiega il '
          'comitato organizzatore.')],
        ['-© 2025 La Voce di Fossacarbona Srl · Termini · Privacy · Preferenze cookie · Contatti',
         '-Torna su ↑'],
    ]),
    _page('it', 'it-blog-alluce-ribelle-primo-campionato-di-lotta-con-gli-alluci', [
        ['-Alluce Ribelle – una ragazza, dieci dita, zero vergogna',
         '-Home · Chi sono · Allenamento · Negozio · Contatti',
         '+Il mio primo campionato di lotta con gli alluci (e perché ci tornerò)'],
        ['-Pubblicato il 3 maggio 2025 da Gaia · 9 commenti',
         '-4 minuti di lettura',
         ("+Sabato scorso mi sono finalmente iscritta al campionato di lotta con gli alluci della festa d'estate di "
          'Clusone, otto mesi dopo la sfida lanciata dalla mia amica Bea.'),
         '-Questo post contiene link di affiliazione: guadagno una piccola commissione senza costi per te.'],
        [('+La lotta con gli alluci è un braccio di ferro con i piedi: si agganciano gli alluci, si tiene il piede '
          "piatto e si prova a schiacciare il piede dell'avversaria per tre secondi."),
         '-Indice: 1. La preparazione 2. Il grande giorno 3. E adesso',
         ("+Al controllo dei piedi l'arbitra ci ha detto: «Qui la pazienza batte i muscoli, e chi fa il solletico "
          'va a casa», e hanno riso tutti tranne me.')],
        ['-Io e Bea davanti alla sala prima del controllo dei piedi',
         '+La mia giornata in tre tappe',
         '+Ore 12.00: controllo di piedi e unghie',
         '+Ore 13.00: primo turno, vinto 2–1 cambiando piede',
         '-I separatori per dita con cui mi alleno (link di affiliazione): su Amazon',
         '+Ore 15.30: quarti di finale, persi senza vincere una manche'],
        [("+Ai quarti sono stata eliminata da un'allevatrice della Val Seriana che ha già vinto due volte, e ho "
          'chiuso settima su 24 con un alluce molto dolorante.'),
         '-Alluci agganciati nel mio primo incontro (foto: Bea)'],
        [("+L'anno prossimo mi allenerò ogni sera con le biglie e un asciugamano, e Bea ha promesso di iscriversi "
          'con me.'),
         '-Alluci in alto, Gaia',
         '-I miei calzini da lotta dipinti a mano sono nel mio negozio Etsy'],
        ['-Condividi su: Facebook · Pinterest · X',
         '-Iscriviti al blog via email per non perdere nessun post',
         '-Potrebbe piacerti anche: Allenarsi con le biglie · Il mio primo controllo dei piedi'],
        ['-9 risposte',
         "-Bea: Orgogliosissima di te! L'anno prossimo andiamo in finale tutte e due.",
         '-Gino da Clusone: Settima alla prima volta è tanta roba, le biglie funzionano davvero.',
         '-↳ Gaia: Grazie Gino, ne ho ordinato un sacchetto intero!',
         "-Silvana: C'è una categoria per le over sessanta? Chiedo per mia madre."],
        ['-© 2025 Alluce Ribelle · Tema: Kadence di Kadence WP · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-weglokopy-bieg-tragarzy-wegla', [
        ['-Gazeta Węglokopska – wiadomości z doliny od 1921 roku',
         '+Listonosz Zdzisław Workonoś wygrał 14. Bieg Tragarzy Węgla w Węglokopach',
         '-Beata Szybikowska · sobota, 12 kwietnia 2025, 16:42'],
        ['-Wiadomości · Sport · Kultura · Biznes · Opinie · Nekrologi',
         '-3 min czytania',
         '-Zdzisław Workonoś na mecie przy krzyżu na rynku (fot. redakcja)',
         ('+Zdzisław Workonoś, 41-letni listonosz, wygrał w sobotę 14. Bieg Tragarzy Węgla w Węglokopach, wnosząc '
          '50-kilogramowy worek węgla na dystansie 1012 metrów pod górę w 4 minuty i 21 sekund.')],
        [('+Rekordowe 47 osób wystartowało sprzed gospody Pod Szybem, a ponad 2000 widzów stało wzdłuż trasy aż do '
          'krzyża na rynku, gdzie bieg kończy się od jego wznowienia w 1996 roku.'),
         '-Udostępnij: Facebook · X · WhatsApp · E-mail',
         '-Reklama · Dalsza część artykułu poniżej',
         '-Artykuł sponsorowany: Ten trik za 9 zł obniża rachunki za ogrzewanie'],
        [('+„Worek nie robi się lżejszy, to ty robisz się bardziej uparty” – powiedziała organizatorka Halina '
          'Hałdowska, której ojciec nosił węgiel w kopalni aż do jej zamknięcia.'),
         '-Przeczytaj też: Gospodarz z Pod Szybem świętuje 30 lat za barem'],
        ['+Dzień zawodów w skrócie',
         '-Wideo: finisz biegu mężczyzn (1:52)',
         '+Godz. 10.30: bieg dzieci z workami po 10 kg',
         '+Godz. 11.30: bieg kobiet z workami po 20 kg',
         '+Godz. 12.15: bieg mężczyzn z workami po 50 kg'],
        [('+Workonoś, który codziennie rano roznosi listy na tym samym wzniesieniu, wyprzedził o dziewięć sekund '
          'zeszłorocznego zwycięzcę, murarza, i przyznał, że na ostatnim zakręcie miał nogi z waty.'),
         '-Zapisz się na nasz bezpłatny poranny newsletter',
         ('+W przyszłym roku organizatorzy chcą dodać bieg dla tragarzy po sześćdziesiątce, a węgiel z worków znów '
          'trafi na zimę do miejscowych emerytów.')],
        ['-Tagi: Bieg Tragarzy Węgla, Węglokopy, Region, Sport',
         '-Obserwuj Gazetę Węglokopską na Facebooku i Instagramie'],
        ['-12 komentarzy',
         '-Kazik_z_Szybu: Piękny dzień, brawo Zdzisiu, najlepszy listonosz, jakiego miało to miasto.',
         '-Grażka: Szkoda, że start nie jest już przy starym szybie, to nie to samo.',
         '-↳ Kazik_z_Szybu: Przy szybie jest teraz parking, to skąd mieliby startować?',
         ('-↳ Gazeta Węglokopska: Start przeniesiono w 2015 roku ze względów bezpieczeństwa, wyjaśnia komitet '
          'organizacyjny.')],
        ['-© 2025 Gazeta Węglokopska sp. z o.o. · Regulamin · Prywatność · Ustawienia cookies · Kontakt',
         '-Do góry ↑'],
    ]),
    _page('pl', 'pl-blog-duzy-palec-duze-serce-pierwsze-mistrzostwa-w-zapasach-palcami-stop', [
        ['-Duży Palec, Duże Serce – jedna dziewczyna, dziesięć palców, zero wstydu',
         '-Start · O mnie · Trening · Sklep · Kontakt',
         '+Moje pierwsze mistrzostwa w zapasach palcami stóp (i dlaczego wrócę)'],
        ['-Opublikowano 3 maja 2025 przez Zuzę · 9 komentarzy',
         '-4 minuty czytania',
         ('+W zeszłą sobotę w końcu zapisałam się na mistrzostwa w zapasach palcami stóp na letnim festynie w '
          'Kazimierzu Dolnym, osiem miesięcy po tym, jak rzuciła mi wyzwanie przyjaciółka Ola.'),
         '-Ten wpis zawiera linki afiliacyjne: dostaję małą prowizję, a ty nic nie dopłacasz.'],
        [('+Zapasy palcami stóp to siłowanie na rękę, tylko stopami: splata się duże palce, trzyma stopę płasko i '
          'próbuje przycisnąć stopę rywalki do deski przez trzy sekundy.'),
         '-Spis treści: 1. Przygotowania 2. Wielki dzień 3. Co dalej',
         ('+Przy kontroli stóp sędzia powiedziała: „Tu cierpliwość wygrywa z mięśniami, a kto łaskocze, ten wraca '
          'do domu”, i wszyscy się śmiali oprócz mnie.')],
        ['-Ja i Ola przed salą przed kontrolą stóp',
         '+Mój dzień w trzech krokach',
         '+Godz. 12.00: kontrola stóp i paznokci',
         '+Godz. 13.00: pierwsza runda, wygrana 2:1 po zmianie stopy',
         '-Separatory do palców, z którymi trenuję (link afiliacyjny): na Allegro',
         '+Godz. 15.30: ćwierćfinał, przegrany bez wygranej rundy'],
        [('+W ćwierćfinale odpadłam z rolniczką spod Puław, która wygrała już dwa razy, i skończyłam na siódmym '
          'miejscu na 24 zawodniczki z mocno obolałym dużym palcem.'),
         '-Splecione palce w mojej pierwszej walce (fot. Ola)'],
        [('+W przyszłym roku będę co wieczór trenować z kulkami i ręcznikiem, a Ola obiecała, że wystartuje razem '
          'ze mną.'),
         '-Palce w górę, Zuza',
         '-Moje ręcznie malowane skarpetki zapaśnicze kupicie w moim sklepie na Etsy'],
        ['-Udostępnij wpis: Facebook · Pinterest · X',
         '-Zapisz się na powiadomienia e-mail o nowych wpisach',
         '-Może cię też zainteresować: Trening z kulkami · Moja pierwsza kontrola stóp'],
        ['-9 odpowiedzi',
         '-Ola: Jestem z ciebie dumna! Za rok obie idziemy do finału.',
         '-Heniek z Puław: Siódme miejsce za pierwszym razem to świetny wynik, kulki naprawdę działają.',
         '-↳ Zuza: Dzięki, Heniek, zamówiłam od razu cały worek!',
         '-Bożena: Czy jest kategoria dla pań po sześćdziesiątce? Pytam dla mamy.'],
        ['-© 2025 Duży Palec, Duże Serce · Motyw: Kadence od Kadence WP · Działa na WordPressie'],
    ]),
    _page('ru', 'ru-portal-shakhtougolsk-zabeg-uglenosov', [
        ['-Шахтоугольский вестник — новости долины с 1931 года',
         '+Почтальон Геннадий Мешконосов выиграл 14-й забег угленосов в Шахтоугольске',
         '-Олег Шахтобаев · суббота, 12 апреля 2025, 16:42'],
        ['-Новости · Спорт · Афиша · Экономика · Мнения · Некрологи',
         '-Время чтения: 3 минуты',
         '-Геннадий Мешконосов на финише у креста на рыночной площади (фото: редакция)',
         ('+41-летний почтальон Геннадий Мешконосов в субботу выиграл 14-й забег угленосов в Шахтоугольске, '
          'пронеся 50-килограммовый мешок угля 1012 метров в гору за 4 минуты 21 секунду.')],
        [('+Рекордные 47 участников стартовали у трактира «Шахтёр», а больше 2000 зрителей стояли вдоль трассы до '
          'креста на рыночной площади, где забег финиширует с момента его возрождения в 1996 году.'),
         '-Поделиться в соцсетях: ВКонтакте · Одноклассники · Telegram',
         '-Реклама · Продолжение статьи ниже',
         '-Партнёрский материал: Этот трюк за 90 рублей снижает счёт за отопление'],
        [('+«Мешок легче не становится, это ты становишься упрямее», — сказала организатор Тамара Мешкотаскина, чей '
          'отец носил уголь на шахте до самого её закрытия.'),
         '-Читайте также: Хозяин трактира «Шахтёр» отметил 30 лет за стойкой'],
        ['+День забега вкратце',
         '-Видео: финиш мужского забега (1:52)',
         '+10:30 — детский забег с мешками по 10 кг',
         '+11:30 — женский забег с мешками по 20 кг',
         '+12:15 — мужской забег с мешками по 50 кг'],
        [('+Мешконосов, который каждое утро разносит письма по той же горе, на девять секунд опередил прошлогоднего '
          'победителя, каменщика, и признался, что на последнем повороте у него были ватные ноги.'),
         '-Подпишитесь на нашу бесплатную утреннюю рассылку',
         ('+В следующем году организаторы хотят добавить забег для угленосов старше шестидесяти лет, а уголь из '
          'мешков снова отдадут на зиму местным пенсионерам.')],
        ['-Теги: забег угленосов, Шахтоугольск, Город, Спорт',
         '-Читайте «Шахтоугольский вестник» во ВКонтакте и Telegram'],
        ['-12 комментариев',
         '-Колян_с_шахты: Отличный день, молодец, Гена, лучший почтальон в истории города.',
         '-Люда71: Жаль, что старт перенесли от старого копра, уже не то.',
         '-↳ Колян_с_шахты: У копра теперь парковка, откуда им ещё стартовать?',
         ('-↳ Шахтоугольский вестник: Старт перенесли в 2015 году по соображениям безопасности, пояснили в '
          'оргкомитете.')],
        ['-© 2025 ООО «Шахтоугольский вестник» · Пользовательское соглашение · Конфиденциальность · Контакты',
         '-Наверх ↑'],
    ]),
    _page('ru', 'ru-blog-paltsem-v-chempionat-pervyi-chempionat-po-borbe-paltsami-nog', [
        ['-Пальцем в чемпионат — одна девушка, десять пальцев, ноль стеснения',
         '-Главная · Обо мне · Тренировки · Магазин · Контакты',
         '+Мой первый чемпионат по борьбе пальцами ног (и почему я вернусь)'],
        ['-Опубликовано 3 мая 2025 автором Варя · 9 комментариев',
         '-4 минуты на чтение',
         ('+В прошлую субботу я наконец записалась на чемпионат по борьбе пальцами ног на летнем фестивале в Твери '
          '— через восемь месяцев после того, как меня подначила подруга Соня.'),
         '-В этом посте есть партнёрские ссылки: я получаю небольшую комиссию, для вас цена не меняется.'],
        [('+Борьба пальцами ног — это армрестлинг ногами: сцепляешь большие пальцы, держишь стопу ровно и пытаешься '
          'прижать стопу соперницы к доске на три секунды.'),
         '-Содержание: 1. Подготовка 2. Большой день 3. Что дальше',
         ('+На осмотре стоп судья сказала: «Здесь терпение побеждает мышцы, а кто щекочет — едет домой», и все '
          'засмеялись, кроме меня.')],
        ['-Мы с Соней у зала перед осмотром стоп',
         '+Мой день в трёх шагах',
         '+12:00 — осмотр стоп и ногтей',
         '+13:00 — первый круг, победа 2:1 после смены ноги',
         '-Разделители для пальцев, с которыми я тренируюсь (партнёрская ссылка): на Ozon',
         '+15:30 — четвертьфинал, проиграла всухую'],
        [('+В четвертьфинале я уступила фермерше из-под Торжка, которая уже дважды выигрывала, и стала седьмой из '
          '24 участниц с очень больным большим пальцем.'),
         '-Сцепленные пальцы в моей первой схватке (фото: Соня)'],
        ['+В следующем году буду каждый вечер тренироваться с шариками и полотенцем, а Соня обещала выступить со мной.',
         '-Пальцы вверх, ваша Варя',
         '-Мои расписные носки для борьбы — в моём магазине на Ярмарке Мастеров'],
        ['-Поделиться постом: ВКонтакте · Telegram · Pinterest',
         '-Подпишитесь на рассылку, чтобы не пропустить новые посты',
         '-Вам также может понравиться: Тренировки с шариками · Мой первый осмотр стоп'],
        ['-9 ответов',
         '-Соня: Горжусь тобой! В следующем году обе идём в финал.',
         '-Михалыч из Торжка: Седьмое место в первый раз — это очень хорошо, шарики правда помогают.',
         '-↳ Варя: Спасибо, Михалыч, уже заказала целый мешок!',
         '-Галина: А есть категория для тех, кому за шестьдесят? Спрашиваю для мамы.'],
        ['-© 2025 Пальцем в чемпионат · Тема: Kadence от Kadence WP · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Put the kettle on: about ten minutes of reading ahead.':
        ('an English blog\'s put-the-kettle-on reading-time line ("Put the kettle on: about ten minutes of reading '
         'ahead.") is left at the head'),
    'Audioboom player: this episode has been archived by the podcaster.':
        ('an English Audioboom player whose episode the podcaster archived ("Audioboom player: this episode has '
         'been archived by the podcaster.") is left in the body'),
    'Nie udało się załadować odtwarzacza Player.pl – odśwież stronę.':
        ('a Polish Player.pl player that failed to load, with a refresh-the-page hint ("Nie udało się załadować '
         'odtwarzacza Player.pl – odśwież stronę.") is left in the body'),
    'Ręcznie dziergane skarpetki na zawody kupicie ode mnie na Allegro Lokalnie.':
        ('a Polish Allegro Lokalnie plug for the author\'s hand-knitted socks ("Ręcznie dziergane skarpetki na '
         'zawody kupicie ode mnie na Allegro Lokalnie.") is left at the foot'),
    'Il commento è stato segnalato ed è in attesa di verifica.':
        ('an Italian comment-reported-and-awaiting-review note ("Il commento è stato segnalato ed è in attesa di '
         'verifica.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-slagglethorpe-coal-race':
        ('the English coal race news report keeps the section menu ("News · Sport · What\'s On · Business · '
         'Opinion · Obituaries") between the byline and the reading time, and the video link ("Video: Watch '
         'the finish of the men\'s race (1:52)") between the subheading and the first row (2 of 20 noise '
         'lines); no article line is lost'),
    'en-blog-tootsie-grapple-diaries-first-toe-wrestling-championship':
        ('the English toe-wrestling blog post keeps the opening photo\'s caption ("Me and Jess outside the pub '
         'before the foot check") opening the list block above the subheading (1 of 20 noise lines); no '
         'article line is lost'),
    'fr-portail-charbonnac-course-des-porteurs-de-charbon':
        ('the French coal race news report keeps the section menu ("Actualité · Sports · Sorties · Économie · '
         'Opinions · Avis de décès") opening the block of the first paragraph (1 of 20 noise lines); no article '
         'line is lost'),
    'fr-blog-orteil-de-fer-premier-championnat-de-lutte-d-orteils':
        ('the French toe-wrestling blog post keeps the opening photo\'s caption ("Inès et moi devant la salle '
         'avant le contrôle des pieds") opening the list block above the subheading (1 of 20 noise lines); no '
         'article line is lost'),
    'de-portal-brikettstedt-kohlentraegerlauf':
        ('the German coal race news report keeps the section menu ("Lokales · Sport · Freizeit · Wirtschaft · '
         'Meinung · Nachrufe") opening the block of the first paragraph (1 of 20 noise lines); no article line is '
         'lost'),
    'de-blog-zehenringerin-erste-zehenring-meisterschaft':
        ('the German toe-wrestling blog post keeps the opening photo\'s caption ("Jule und ich vor der Halle '
         'vor der Fußkontrolle") opening the list block above the subheading (1 of 20 noise lines); no article'
         ' line is lost'),
    'it-portale-fossacarbona-corsa-dei-portatori-di-carbone':
        ('the Italian coal race news report keeps the masthead with its tagline ("La Voce di Fossacarbona – le '
         'notizie della valle dal 1908") above the title at the very top, and the video link ("Video: l\'arrivo '
         'della corsa degli uomini (1:52)") between the subheading and the first row (2 of 20 noise lines); no '
         'article line is lost'),
    'it-blog-alluce-ribelle-primo-campionato-di-lotta-con-gli-alluci':
        ('the Italian toe-wrestling blog post keeps the opening photo\'s caption ("Io e Bea davanti alla sala '
         'prima del controllo dei piedi") opening the list block above the subheading (1 of 20 noise lines); '
         'no article line is lost'),
    'pl-portal-weglokopy-bieg-tragarzy-wegla':
        ('the Polish coal race news report keeps the lead photo\'s caption with its credit ("Zdzisław Workonoś na '
         'mecie przy krzyżu na rynku (fot. redakcja)") above the first paragraph, and the video link ("Wideo: '
         'finisz biegu mężczyzn (1:52)") between the subheading and the first row (2 of 20 noise lines); no article '
         'line is lost'),
    'pl-blog-duzy-palec-duze-serce-pierwsze-mistrzostwa-w-zapasach-palcami-stop':
        ('the Polish toe-wrestling blog post keeps the opening photo\'s caption ("Ja i Ola przed salą przed '
         'kontrolą stóp") opening the list block above the subheading (1 of 20 noise lines); no article line '
         'is lost'),
    'ru-portal-shakhtougolsk-zabeg-uglenosov':
        ('the Russian coal race news report keeps the masthead with its tagline ("Шахтоугольский вестник — '
         'новости долины с 1931 года") at the very top, above the title, the share row ("Поделиться в '
         'соцсетях: ВКонтакте · Одноклассники · Telegram") under the second paragraph, and the video link '
         '("Видео: финиш мужского забега (1:52)") between the subheading and the first row (3 of 20 noise '
         'lines); no article line is lost'),
    'ru-blog-paltsem-v-chempionat-pervyi-chempionat-po-borbe-paltsami-nog':
        ('the Russian toe-wrestling blog post keeps the opening photo\'s caption ("Мы с Соней у зала перед '
         'осмотром стоп") opening the list block above the subheading (1 of 20 noise lines); no article line '
         'is lost'),
}

test_held_out_236_line, test_held_out_236_line_is_kept, test_held_out_236_page = held_out_tests(
    HELD_OUT_236_LINES, HELD_OUT_236_KEEP, HELD_OUT_236_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
