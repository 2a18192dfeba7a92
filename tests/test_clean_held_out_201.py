"""Held-out set 201: written blind, weighted toward the noise the cleaner exists for, in shapes set 200's docstring does
not name (nor the first paragraphs of sets 197, 198 and 199): scraper, embed and ad markers (an English SoundCloud track
made private by its uploader "SoundCloud track unavailable: the uploader has made this track private.", an English
Calendly booking widget blocked by cookie settings "The Calendly booking widget could not load. Allow third-party
cookies and refresh the page to book a slot.", an English ArcGIS StoryMap not shared publicly "ArcGIS StoryMap could not
be displayed – the map owner has not shared this story publicly.", a French Deezer podcast episode withdrawn by its
publisher "Podcast Deezer indisponible : cet épisode a été retiré par son éditeur.", a German ARD Audiothek episode gone
for legal reasons "ARD Audiothek: Diese Folge ist aus rechtlichen Gründen nicht mehr verfügbar.", an Italian RaiPlay
programme no longer in the catalogue "Contenuto RaiPlay non disponibile: il programma non è più presente in catalogo.",
a Polish CDA video deleted by its user "Wideo z serwisu CDA zostało usunięte przez użytkownika i nie może zostać
odtworzone." and a Russian RUTUBE video whose author forbade embedding "Видео с RUTUBE недоступно: автор запретил
встраивание на сторонних сайтах."); reading-time headers in new wordings (the English estimated-read label with a middle
dot "Estimated read · 5 min", a blog's it'll-take-you line with the recipe included "It'll take you around 11 minutes to
get through this post, recipe included", the French estimated-reading-time label "Temps de lecture estimé : 5 min", the
German reading-duration label with an about-abbreviation "Lesedauer ca. 5 Min.", the Italian it-reads-in line "Si legge
in 5 minuti", the Polish time-needed-to-read label "Czas potrzebny na przeczytanie: 5 minut" and the Russian
time-for-reading label with a dash "Время на прочтение — 5 минут"); bylines and self-promotion (an English
words-and-pictures byline "Words: Ambrose Tuttlebury | Pictures: Ros Tuttlebury", an English community-contributor
byline with the writer's role "Community contributor: Ottoline Fidgeworth, Lumbersey parish clerk", a German
text-and-photos byline "Text und Fotos: Almut Hinnerkopf" and an Italian article-edited-by byline "Articolo a cura di
Benvenuta Rastrellini", all at the head, and at the foot an English Folksy waffle-irons plug "My seasoned cast-iron
waffle irons are for sale in my Folksy shop – UK delivery only.", a French Leboncoin piping-bags plug "Je vends mes
poches à douille en lin sur Leboncoin, remise en main propre à Angers.", a Polish OLX aprons plug with InPost shipping
"Ręcznie szyte fartuchy kuchenne sprzedaję na OLX – wysyłka InPostem albo odbiór w Sandomierzu." and a Russian Yarmarka
Masterov rolling-pins plug with Russian Post shipping "Деревянные скалки для хвороста можно заказать у меня на Ярмарке
Мастеров, отправляю Почтой России."); blog and site footers (an English Hugo, PaperMod and Netlify credit "Powered by
Hugo · Theme: PaperMod · Hosted on Netlify", an English publisher line with membership of the Independent Community News
Network "Published by Lumbersey News Ltd, a member of the Independent Community News Network.", the English Blogger
Simple-theme footer "Simple theme. Powered by Blogger.", a French legal-notice and Jimdo row "Mentions légales · Gestion
des cookies · Site réalisé avec Jimdo", a German club-register line "Heimatverein Kümmelsried e.V. · Eingetragen im
Vereinsregister des Amtsgerichts Celle, VR 2871", an Italian Altervista credit "Blog creato con Altervista · Privacy e
cookie", a Polish WebWave credit "Strona stworzona w kreatorze WebWave · Polityka cookies" and a Russian 1C-Bitrix
credit with sitemap and feedback links "Сайт работает на 1С-Битрикс · Карта сайта · Обратная связь"); reader-comment
furniture (an English deleted-by-its-author stub "This comment was deleted by its author.", an English jump-to-newest
link "Jump to the newest comment ↓", an English thread-started-by summary "Thread started by Mavis D. · 6 replies · last
reply 3 hours ago", a French be-the-first-to-react prompt "Soyez le premier à réagir à cet article.", a German
removed-for-breaking-the-netiquette stub "Dieser Kommentar wurde von der Moderation entfernt, da er gegen unsere
Netiquette verstößt.", an Italian comment-box placeholder with a character limit "Scrivi il tuo commento (massimo 1500
caratteri)", a Polish hidden-for-negative-ratings stub "Ten komentarz został ukryty, ponieważ otrzymał zbyt wiele
negatywnych ocen. Pokaż" and a Russian log-in-with-VK-or-Yandex-ID prompt "Чтобы оставить комментарий, войдите через
ВКонтакте или Яндекс ID."); share rows (an English pass-it-on row with Nextdoor "Pass it on: Nextdoor · Facebook · Copy
link", a German forward-the-article row with Signal "Artikel weiterleiten: WhatsApp · Signal · Link kopieren" and a
Russian send-to-friends row with Odnoklassniki "Отправить друзьям: ВКонтакте · Одноклассники · Скопировать ссылку"); and
notices (a French part-of-our-series note "Cet article fait partie de notre dossier « Fêtes de village », à retrouver en
intégralité sur notre site." and an Italian made-in-partnership note "Questo contenuto è stato realizzato in
collaborazione con la Pro Loco di Tarvesino.", both in the body, and a Polish machine-translation note "Tekst został
przetłumaczony automatycznie i sprawdzony przez redakcję." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 200's docstring does not describe (on the six portal pages, in nine blocks, the masthead with its
tagline, the section menu and an ad label in one block of three at the very top, the ad label last; the title at the top
of a block of three with the byline with its date and the reading time under it; the lead photo's caption and its credit
above the first paragraph, in its block (a block of three, the paragraph last); the second paragraph at the top of a
block of two with a read-also link after it; the paragraph with the quote in the middle of a block of three, between a
share row above it and a newsletter prompt below it; the subheading and the three rows at the top of the list block with
a tags line after the third row (a block of five); a sponsored label and a sponsored headline between the two last
paragraphs, inside their block (a block of four); a thread of five lines alone in a block (a comment count, a comment, a
reader's arrowed reply, a second reader's comment and the reporter's or the desk's arrowed reply to it); and at the foot
a links row and the publisher's copyright line; on the six blog pages, in nine blocks, the blog name with its tagline in
one line, the menu and a search-this-blog label in one block of three at the very top; a category line above the title
and the posted-on-by line and a comment-count link under it in a block of four, the title second; the reading time and
an affiliate-links disclosure above the first paragraph, in its block (a block of three, the paragraph last); the second
paragraph at the top of a block of two with a jump-to-recipe and print-recipe row after it; the paragraph with the quote
at the top of a block of three with the photo caption and a Pinterest-first share row after it; the subheading with an
affiliate link right under it, above the three rows, inside the list block (a block of five); the two last paragraphs at
the top of a block of four with a plug for the author's wares, orders or classes and a subscribe prompt after them; a
thread of four lines alone in a block (a comments heading with its count quoting the post's title, a comment, the
author's arrowed reply and a second comment left unanswered); and at the foot the author's copyright line and a
platform-and-theme credit in a block of two), taken from local news of the kinds the brief names (an Easter egg rolling
race down the hill, the horse fair returning to the common, a giant vegetable show, a raft race on the river, a bat walk
along the canal, a dawn chorus walk in the woods) and from blogs about piccalilli from the allotment, meringues that
would not stiffen, yeast doughnuts (Krapfen), cannoli shells fried at home, pleated gyoza and waffles on an old Soviet
iron.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 200 but what is named here), held-out set 202 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 200 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 197, 198 and 199, printed with one ast script (/tmp/s201scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s201scratch/helpers.py, with
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of these were read from the frozen
worktree /tmp/wt-s201 (detached at the commit named below). The English fixture file itself was not opened. The import
lines and the line binding the three tests follow set 200's as printed, with 200 -> 201; /tmp/s201scratch/gen201.py
writes this file from scratch files (data201.py with the noise and keep lines, pages201.py with the pages, doc.txt with
the docstring and, after the measurement, tables201.py with the xfail tables and baseline.txt with the Baseline
paragraph). Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s201, detached at commit 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e, the commit the brief named) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 00:59:33 UTC 2026 at the start (the brief's 50 minutes count from
there). In /work/main ``git status --short`` printed one untracked file (docs/held_out_briefs/round_131_draft.md, not
opened) and ``git rev-parse HEAD`` printed 28383f50d1d18338958cdda53b2b7e5e76985df7, not the brief's commit (main had
moved, as the brief allows); both worktrees were made at the brief's commit 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e
with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in each printed that commit), and /work/main was
not touched afterwards. To see that the worktrees were made I ran ``ls /tmp/wt-s201 /tmp/wt-set201 | head``, which
listed top-level names of the frozen worktree only (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src,
tests), not the files of the tests/ folder; nothing of them was opened. (2) peek.py printed set 200's docstring
paragraphs (split on blank lines) up to and including the one starting "Baseline", set 200's import lines, its tail from
the line of the module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 197, 198 and
199. Its first run printed to the terminal, which the tool cut in the middle (it showed set 200's first paragraph, its
"Protocol" paragraph and the start of its "Slips and notes", then from inside set 198's first paragraph to the end, all
allowed parts); the second run went to /tmp/s201scratch/peek.out (541 lines, all of them allowed parts), of which I
paged lines 130 to 470 with ``sed`` (in three pieces); nothing else of any set file was printed. helpers.py imports
test_clean, which loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/
was printed; nothing was installed. (3) Before writing I compared my wordings with the ones the read docstrings name, by
eye, and kept away from them: no embed service named there (Typeform, Loom, Komoot, France.tv, ZDFmediathek, Mediaset
Infinity, Polskie Radio, Kinopoisk, Mixcloud, Arte.tv, Mastodon, Bluesky, Telegram, Flourish, Buzzsprout, Strava,
Twitch, Padlet, Canva, Player.pl, Yandex Music, Spotify, Google Forms, VK Video, nor those set 200's notes list) is used
for a held-out marker (SoundCloud, Calendly, ArcGIS StoryMaps, Deezer, ARD Audiothek, RaiPlay, CDA and RUTUBE are), and
the failures are of other kinds (a private track, blocked third-party cookies, a map not shared, an episode withdrawn,
legal reasons, out of the catalogue, deleted by the user, embedding forbidden); the reading times avoid the phrasings
named there; the bylines are of new shapes (words and pictures, a community contributor with a role, Text und Fotos, a
cura di); the plugs name Folksy, Leboncoin, OLX with InPost and Yarmarka Masterov with Russian Post, none named there;
the footers use hosts, builders and legal lines not named there (Hugo with PaperMod and Netlify, an ICNN membership
line, Blogger's Simple theme, Jimdo with mentions légales, a German club-register line, Altervista, WebWave, 1C-Bitrix);
the comment lines are a deleted-by-author stub, a jump-to-newest link, a thread summary, a be-the-first prompt, a
netiquette removal stub, a comment-box placeholder, a hidden-for-ratings stub and a VK-or-Yandex-ID log-in prompt; the
share rows name Nextdoor, Signal and Odnoklassniki in new wordings; the notices are a series note, a partnership note
and a machine-translation note. Page furniture (reading times such as "3 min read", "Lesedauer: 5 Minuten" and "6 минут
чтения", ad labels, share rows, links rows, copyright lines, the Amazon, Allegro and Ozon affiliate links) is ordinary,
not held-out, and some of it is of common kinds; for the page credits I avoided the themes named in set 200's notes and
first paragraph (Sydney, Hestia, Zakra, ColorMag, Hello Elementor and Twenty Twenty-Five are used). (4) Every invented
name was checked with the ``find_string`` tool (exact string, case-insensitive, over public GitHub files). Names with
hits were dropped and replaced: Cobbledown (a code identifier and an invented road) before Eggleborne; Brambleworth
(invented company names elsewhere) before the blog author's bare first name Ysolde; Wimbleshaw (in a list of invented
names) and Grubbage (a game quest) before Tuttlebury and Fidgeworth; Sallowmere (invented places elsewhere) before
Lumbersey; Pellemarque (inside other words) before Vautrinquet; Stoppelkamp (a surname) before Kappesnagel; Snoddingham
(inside a joke place name) and Parsnipwell (in a list of invented names) were tried and dropped; Olszankowo (no hit, but
its genitive Olszankowa is a real street name), Nietoperzyce (its stem inside another word) and Gackowo (no hit, but its
stem inside a surname) before Przykanałowo. No hits for: Eggleborne, Eggleborne Clarion, Wethercroft, Marigold
Wethercroft, Tuttlebury, Fidgeworth, Lumbersey, Plot 14 and the Pickling Shed, Vaumerlac, Écho de Vaumerlac,
Vautrinquet, Les Meringues de Maëlys, Kümmelsried, Kümmelsrieder, Kappesnagel, Hinnerkopf, Teigschwester, Tarvesino,
Voce di Tarvesino, Scandellotti, Cannolo Ribelle, Rastrellini, Przykanałow (the stem of Przykanałowo and Przykanałowa),
Kminkiewicz, Pierożki spod Lasu, Пересвистово, Пересвистовск (the stem of the paper's name), Зарянкина and Вафельный
чердак. Bare first names and common names and handles of commenters and authors (Ysolde, Maëlys, Friederike, Nunzia,
Jadwiga, Тамара, Mavis D., Dot_H, Bill from Upper Lane, Kerry M., Gail R., Tom_on_plot3, Gérard_V, Annick L., Lulu71,
Hélène_P, Bruno G., Gartenfreund_58, Ingrid S., Uwe K., Sabine_K, Jörg M., Marisa_T, Franco B., Gigi64, Carmela_R, Paolo
V., Ania_z_Młyna, Marek W., Halina65, Kasia_gotuje, Tomek R., Нина_Петровна, Виктор С., Лёша_72, Ольга_В, Сергей_Н, and
Ros, Ambrose, Ottoline, Almut, Benvenuta, Reinhild, Sidonie, Ilario, Bożena, Агриппина as first names) were not checked,
and real places (Beacon Hill, Angers, Celle, Sandomierz, Osaka, Oberau) and services are named as real pages do. (5)
Checks run with small scripts before the measurement (/tmp/s201scratch/check.py and checks on the written file): the
counts by category, language and place of the lines and keep lines, 10 article and 20 noise lines on every page, the
block shapes, no duplicate line, no at-sign, no line of the file over 120 columns, the file read back (its lists equal
the scratch data), and no noise line inside another line of any page or inside any held-out or keep line
(case-insensitive). It found none on its first run; while drafting I had changed two lines that would have hit: the
Polish portal's links row (first with "Reklama w portalu", which holds the page's ad label "Reklama"; now "Współpraca"),
the Russian blog's comment-count link (first "5 комментариев", which the thread's heading "5 комментариев к записи ..."
holds; now "Комментарии: 5"); and the first word of the Russian plug, typed with two Latin letters, was retyped in
Cyrillic before the check. (6) The measurement: ``date`` printed Mon Dec 7 01:05:36 UTC 2026 right before the one run of
the two commands of the Baseline paragraph, on the file final but for the empty xfail tables, this note and the Baseline
paragraph; the problems of each failing case were then printed with ``_problems`` (/tmp/s201scratch/probs.py, with
/tmp/wt-s201/src and /tmp/wt-s201/tests on the path, output in probs.out), and the 20 failing cases (8 noise lines and
all 12 pages) were written into the three tables (/tmp/s201scratch/tables201.py; a first wording of five page reasons,
"the block they share with ...", was reworded to say only where the lost paragraphs sit); the final file was checked
again with the pytest command in /tmp/wt-s201 (see the Baseline paragraph). The work took about nine minutes by ``date``
from the start to the commit (01:08 UTC), well inside the brief's 50 minutes. (7) A slip: after committing (and amending
the commit to correct the clock in note 6) I ran ``git -C /tmp/wt-set201 log -1 --format=%s`` to see the commit's
subject, which the brief's ban on ``git log`` forbids; it printed only the subject of this set's own commit, nothing of
any other commit, and this note was then added with one more amend.

Judgement calls: the keep lines are article sentences from village and parish reports that open with or hold a
noise-like word ("Comments made at the parish meeting ...", "Share prices had nothing to do with it ...", "Following a
complaint about parking ...", "Subscribers to the village minibus scheme ...", "Copyright in the old photographs of the
mill ...", "Advertising boards along the high street ...", "Reading the names of the war dead aloud ...", "Partager le
terrain de boules ...", "Abonnée depuis trente ans au bulletin municipal ...", "Commentaires des habitants et plans du
futur lavoir ...", "Teilen mussten sich die beiden Vereine ...", "Folgen hatte der Sturm ...", "Werbung für das Dorffest
...", "Condividere la piazza ...", "Seguendo il vecchio tracciato del mulino ...", "Commenti entusiasti ...",
"Udostępnianie remizy ...", "Komentarze mieszkańców zebrane ...", "Поделиться урожаем с соседями ..." and "Подписка на
районную газету ..."): each is a full sentence with a subject, a verb and a fact of a local story, so article.
Borderline categories: the plugs (Folksy, Leboncoin, OLX, Yarmarka Masterov) are bylines and self-promotion, at the
foot, since they sell the author's wares in the author's voice; the words-and-pictures, community-contributor,
Text-und-Fotos and a-cura-di lines are bylines; the Hugo, ICNN, Blogger, Jimdo, Vereinsregister, Altervista, WebWave and
1C-Bitrix lines are footers (they speak of the site or the publisher, not of the article; the ICNN line names the
publisher and the German line the club that runs the site, as their legal details); the deleted stub, the jump-to-newest
link, the thread summary, the be-the-first prompt, the netiquette stub, the comment-box placeholder, the
hidden-for-ratings stub and the log-in prompt are comment furniture (the thread summary names a commenter, but as the
thread's label, not as an author of the article); the English, German and Russian rows are share rows; the French series
note and the Italian partnership note are notices in the body (both speak of the article they sit in), and the Polish
machine-translation note is a notice at the foot (it speaks of this text; not a footer, since it is printed under this
article only). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads with taglines,
menus, ad labels, bylines with dates, reading times, captions and credits, read-also links, share rows, newsletter
prompts, tags lines, sponsored labels and headlines, comment counts, comments and replies, links rows, copyright lines,
blog names, search labels, category lines, posted-on lines, comment-count links, affiliate disclosures and links,
jump-to-recipe rows, plugs, subscribe prompts and platform credits) is noise. The list rows (how the egg race works, the
horse fair's programme, the vegetable show's three winners, the raft race's rules, what the bat walkers learnt, which
birds the dawn walkers heard, and what goes into the piccalilli, what saved the meringues, what matters for the Krapfen,
what the cannoli shells taught, how the gyoza pleats are made and what got the waffles off the iron) are short but part
of each article, so article; the short German winner rows ("Längste Zucchini: 1,38 Meter.") and the Russian rows
("Смазывать пластины перед каждой вафлей.") are article though they look like data rows; the portals' captions and
credits are noise though they sit above the first paragraph in its block; the portals' share rows and newsletter prompts
are noise though they sit right above and below the quote; the portals' sponsored label and headline are noise though
they sit between the two last paragraphs; the blogs' affiliate links name a tool the author used but are shop links, so
noise though they sit between the subheading and the first row; the blogs' reading times and affiliate disclosures are
noise though they sit above the first paragraph in its block; the plugs on the pages ("I sell spare jars and labels at
the allotment open day – details on my Events page." and the like) speak in the author's voice but advertise, so noise;
the arrowed replies in the threads, the reporter's and the desk's among them, are comment furniture, so noise; the bare
bylines "Bożena Kminkiewicz · 22 sierpnia 2026, 21:10" and "Агриппина Зарянкина · 17 мая 2026, 12:20" and the posted-on
lines are page furniture; the sponsored headlines ("Five garden jobs to do before the first frost-free weekend" and the
like) are full sentences of another story, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, a German and an Italian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-eggleborne-egg-rolling (the Easter
Monday egg rolling race down Beacon Hill), en-blog-plot-14-piccalilli (piccalilli from the last of the allotment glut),
fr-portail-vaumerlac-foire-aux-chevaux (the horse fair back on the common after twelve years),
fr-blog-meringues-de-maelys (meringues that would not stiffen, and what fixed them),
de-portal-kuemmelsried-riesengemuese (a giant vegetable show won by a 412-kilo pumpkin), de-blog-teigschwester-krapfen
(yeast doughnuts filled with apricot jam), it-portale-tarvesino-gara-zattere (a home-made raft race on the river),
it-blog-cannolo-ribelle-cannoli (cannoli shells fried at home), pl-portal-przykanalowo-nietoperze (a bat walk along the
canal with bat detectors), pl-blog-pierozki-spod-lasu-gyoza (pleated gyoza), ru-portal-peresvistovo-ptichiy-hor (a dawn
chorus walk in the birch wood) and ru-blog-vafelnyy-cherdak-vafli (waffles on an old Soviet waffle iron), each with a
reader comment thread.

Baseline (2026-12-07, cleaner at commit 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e, measured with ``cd /tmp/wt-s201 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s201/src python -m pytest -q tests/test_clean_held_out_201.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s201 && PYTHONPATH=/tmp/wt-s201/src python
scripts/clean_held_out_report.py --sets 201``, with the xfail tables empty, at 01:05:36 UTC by ``date``): noise lines
removed 37/45 (marker 5/8, reading-time 7/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Calendly, German ARD
Audiothek and Polish CDA lines), one byline at the head (the English community-contributor line) and one plug at the
foot (the Russian Yarmarka Masterov plug), two comment lines at the foot (the French be-the-first prompt and the Polish
hidden-comment stub) and one notice in the body (the Italian partnership note); the English SoundCloud and ArcGIS,
French Deezer, Italian RaiPlay and Russian RUTUBE markers, all seven reading times, the words-and-pictures,
Text-und-Fotos and a-cura-di bylines at the head and the Folksy, Leboncoin and OLX plugs at the foot, all eight footers,
the other six comment lines, every share row and the French series and Polish machine-translation notices went); keep
lines kept 20/20; pages 0/12 clean, 19 of 240 page noise lines left and 10 of 120 article lines lost. Lost, on five of
the six portal pages (egg rolling, horse fair, vegetable show, raft race, dawn chorus): the two last paragraphs, which
sit in one block with the sponsored label and headline between them (2 each, 10 in all; those five pages keep no noise
line). Left: on the Polish bat-walk portal the sponsored headline between the two last paragraphs (1; its last
paragraphs are kept); on the English piccalilli blog the photo caption under the quote (1); on the French meringue blog
the search label, the category line above the title, the photo caption and the plug for the author's meringue boxes (4);
on the German Krapfen blog the photo caption and the share row under the quote, the plug for the author's baking classes
and the subscribe prompt (4); on the Italian cannoli blog the category line, the photo caption and the plug for the
author's cannoli trays (3); on the Polish gyoza blog the category line, the photo caption and the plug for the author's
frozen pierogi (3); on the Russian waffle blog the category line, the photo caption and the note that the author sells
restored waffle irons (3). No blog page loses an article line and no keep line is lost. The failing cases are strict
xfails; with them the pytest command on the final file in /tmp/wt-s201 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 131 (developed on sets 199 and 200 from 6d4595d, the same cleaner this set was written against,
integrated by the lead with the mends 6237792 and e7fa7e8, the second moving nothing here; measured on it blind by the
lead with test_clean._problems of every case before and after): two pages and one line moved, none cleaned. The Russian
Yarmarka Masterov plug at the foot goes (round 131's page_blocks._mark_writers_offer_at_end: the page's last line left,
the writer's first person, a marketplace and an offer's word) and its line xfail is removed; so does the French meringue
blog's plug for its boxes ("voir la page Commandes"); the German Krapfen blog's "Pinnen" share row goes (round 131's
_PIN_FIRST before a row of buttons); the two reasons are reworded. The German blog's plug stays ("Backkurse ... gebe
ich": the first person is the verb's, after its object). Five portals still lose their two last paragraphs: the reasons
the cleaner gives (scripts/explain_noise.py) show the tags line closing the list block, then the page tail taking the
paragraph over the sponsored label and its headline, and the paragraph under them with the headline; the Polish portal,
whose sponsored headline is kept, loses nothing. Noise lines 37 -> 38 of 45, keep 20 of 20, pages clean 0 of 12, page
noise lines left 19 -> 17 of 240, article lines lost 10 of 120.

Round 132 (development; this set was read in full from this round on): developed on sets 201 and 202 from e8ad847.
Fixed: (1) the article's two last paragraphs around a sponsored slot under the topic tags, the tags closing the list
block: under the tags, a full paragraph, an ad slot the rules took (the label and its headline, two lines at most) and a
second full paragraph go on as the article (page_blocks._paragraphs_round_ad_slot, read by _paragraphs_go_on for a tags
line in _extend_down; the tags still close the article over teasers, a share row or two paragraphs with no ad slot
between), and the headline under a label of sponsored content inside the block, a paragraph above the label and one
under the headline, goes (clean._is_sponsored_headline_in_block, beside round 117's hooked headline in
_mark_boxed_lines; the label words are page_blocks._SPONSORED_LABEL_WORDS, shared with round 113's _SPONSORED_LABEL as
SPONSORED_LABEL_ALONE; a bare "Advertisement" over the article's subheading stays); (2) whole lines: the pin button with
its object or place over networks (whole_line_noise._PIN_LABEL in _SHARE_BAR: "Épinglez cette recette : Pinterest ·
Facebook", "Jetzt auf Pinterest merken · Facebook · WhatsApp"), the to-discover related link ("À découvrir aussi :
..."), the German "Trag dich in den Newsletter ein, dann ..." prompt, the French "Rechercher sur ce blog" search label,
the be-the-first prompt with "à cet article" ("Soyez le premier à réagir à cet article."), the daily comment limit ("Hai
raggiunto il limite di commenti per oggi: riprova domani."), the Polish partner links notice ("linki partnerskie"), the
contributor byline with the writer's role after a comma ("..., Lumbersey parish clerk"), Calendly as an embed platform
and an embed withdrawn for legal reasons (_EMBED_DELETED: "aus rechtlichen Gründen"). The SemEval French article 2370's
"À Découvrir Aussi" (the heading of its sponsored box, under "Contenus Sponsorisés", no annotator's label) now goes and
was added to KNOWN_CORPUS_NOISE. Gates: all sets' totals before -> after (report of sets 10 to 202): noise lines removed
7922 -> 7929, article lines kept 3887 -> 3887, pages clean 1313 -> 1319, page noise lines left 1893 -> 1886, paragraphs
lost 12 -> 2 (no set lost a kept line; set 146 gains its ZDFmediathek withdrawn-for-legal-reasons marker and its line
xfail is removed); SemEval against e8ad847: 3 changed files of 3723 (the three copies of the French article 2370, its 'À Découvrir Aussi' heading); bench ratio 0.95; the cleaning test set on 83c2202 failed on round 117's near miss ("What swimmers need to know" under "Sponsored", mended in the next commit) after 9985 passed; the run on the mend was still going when the round closed (see the round's report). This set's figures before -> after: noise
lines 38 -> 42 of 45 (marker 5 -> 7 of 8: Calendly and ARD Audiothek; byline 7 -> 8; comments 6 -> 7: the be-the-first
prompt; reading-time 7/7, footer 8/8, share 3/3, notice 2/3 unchanged), keep 20 of 20, pages clean 0 -> 6 of 12 (the six
portals), page noise lines left 17 -> 13 of 240, article lines lost 10 -> 0 of 120. Line xfails removed: the Calendly
and ARD Audiothek markers, the community-contributor byline, the French be-the-first prompt; page xfails removed: the
six portals. Reasons reworded: the French meringue blog (its category line and caption only) and the German Krapfen blog
(its caption only). Still missed: the CDA marker (a video deleted by its user), the Polish hidden-comment stub, the
Italian partnership notice; the blogs' category lines above the title (French, Italian, Polish, Russian), every blog's
photo caption (item 5: not attempted) and the Italian, Polish and Russian plugs after the last paragraph (the writer's
first person is not the opening's, or the offer is a sale in a named section).

Lead's integration (session 48): the lead's probes (near-miss lines in a portal's body, test_clean._problems) found a
guide's own sentences after the new to-discover words lost ("À découvrir aussi : la chapelle Saint-Jean, ouverte tous
les dimanches de mai.", "Odkryj też: stary młyn nad rzeką, otwarty dla zwiedzających w weekendy."); the mend 63f3fce
asks those words for a post's title after the colon, no sentence's end, with tests that fail without it. Set 202's "À
découvrir aussi : Ma brioche feuilletée du dimanche" still goes; the bare heading "À Découvrir Aussi" of the SemEval
article 2370 is kept again (SemEval 0 changed files of 3,723 against e8ad847; its KNOWN_CORPUS_NOISE entry stays, an
allowance only). The held-out report at 63f3fce equals the round's after figures (sets 10-202: 7,929 lines, 1,319
pages clean, 1,886 page lines left, 2 lost). The cleaning test set at 63f3fce: 24,112 passed, 1,845 xfailed.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_201_LINES: list[tuple[str, str, str]] = [
    ('body', 'SoundCloud track unavailable: the uploader has made this track private.', 'marker'),
    ('body',
     'The Calendly booking widget could not load. Allow third-party cookies and refresh the page to book a slot.',
     'marker'),
    ('body', 'ArcGIS StoryMap could not be displayed – the map owner has not shared this story publicly.', 'marker'),
    ('body', 'Podcast Deezer indisponible : cet épisode a été retiré par son éditeur.', 'marker'),
    ('body', 'ARD Audiothek: Diese Folge ist aus rechtlichen Gründen nicht mehr verfügbar.', 'marker'),
    ('body', 'Contenuto RaiPlay non disponibile: il programma non è più presente in catalogo.', 'marker'),
    ('body', 'Wideo z serwisu CDA zostało usunięte przez użytkownika i nie może zostać odtworzone.', 'marker'),
    ('body', 'Видео с RUTUBE недоступно: автор запретил встраивание на сторонних сайтах.', 'marker'),
    ('head', 'Estimated read · 5 min', 'reading-time'),
    ('head', "It'll take you around 11 minutes to get through this post, recipe included", 'reading-time'),
    ('head', 'Temps de lecture estimé : 5 min', 'reading-time'),
    ('head', 'Lesedauer ca. 5 Min.', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Czas potrzebny na przeczytanie: 5 minut', 'reading-time'),
    ('head', 'Время на прочтение — 5 минут', 'reading-time'),
    ('head', 'Words: Ambrose Tuttlebury | Pictures: Ros Tuttlebury', 'byline'),
    ('head', 'Community contributor: Ottoline Fidgeworth, Lumbersey parish clerk', 'byline'),
    ('head', 'Text und Fotos: Almut Hinnerkopf', 'byline'),
    ('head', 'Articolo a cura di Benvenuta Rastrellini', 'byline'),
    ('tail', 'My seasoned cast-iron waffle irons are for sale in my Folksy shop – UK delivery only.', 'byline'),
    ('tail', 'Je vends mes poches à douille en lin sur Leboncoin, remise en main propre à Angers.', 'byline'),
    ('tail',
     'Ręcznie szyte fartuchy kuchenne sprzedaję na OLX – wysyłka InPostem albo odbiór w Sandomierzu.',
     'byline'),
    ('tail',
     'Деревянные скалки для хвороста можно заказать у меня на Ярмарке Мастеров, отправляю Почтой России.',
     'byline'),
    ('tail', 'Powered by Hugo · Theme: PaperMod · Hosted on Netlify', 'footer'),
    ('tail', 'Published by Lumbersey News Ltd, a member of the Independent Community News Network.', 'footer'),
    ('tail', 'Simple theme. Powered by Blogger.', 'footer'),
    ('tail', 'Mentions légales · Gestion des cookies · Site réalisé avec Jimdo', 'footer'),
    ('tail',
     'Heimatverein Kümmelsried e.V. · Eingetragen im Vereinsregister des Amtsgerichts Celle, VR 2871',
     'footer'),
    ('tail', 'Blog creato con Altervista · Privacy e cookie', 'footer'),
    ('tail', 'Strona stworzona w kreatorze WebWave · Polityka cookies', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Карта сайта · Обратная связь', 'footer'),
    ('tail', 'This comment was deleted by its author.', 'comments'),
    ('tail', 'Jump to the newest comment ↓', 'comments'),
    ('tail', 'Thread started by Mavis D. · 6 replies · last reply 3 hours ago', 'comments'),
    ('tail', 'Soyez le premier à réagir à cet article.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Moderation entfernt, da er gegen unsere Netiquette verstößt.', 'comments'),
    ('tail', 'Scrivi il tuo commento (massimo 1500 caratteri)', 'comments'),
    ('tail', 'Ten komentarz został ukryty, ponieważ otrzymał zbyt wiele negatywnych ocen. Pokaż', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.', 'comments'),
    ('tail', 'Pass it on: Nextdoor · Facebook · Copy link', 'share'),
    ('tail', 'Artikel weiterleiten: WhatsApp · Signal · Link kopieren', 'share'),
    ('tail', 'Отправить друзьям: ВКонтакте · Одноклассники · Скопировать ссылку', 'share'),
    ('body',
     'Cet article fait partie de notre dossier « Fêtes de village », à retrouver en intégralité sur notre site.',
     'notice'),
    ('body', 'Questo contenuto è stato realizzato in collaborazione con la Pro Loco di Tarvesino.', 'notice'),
    ('tail', 'Tekst został przetłumaczony automatycznie i sprawdzony przez redakcję.', 'notice'),
]

HELD_OUT_201_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments made at the parish meeting were read out again before the vote on the new footbridge.'),
    ('head',
     'Share prices had nothing to do with it, said the chair of the allotment society, who blamed the wet spring.'),
    ('head', 'Following a complaint about parking, the fête committee has moved the car park to the cricket field.'),
    ('body', 'Subscribers to the village minibus scheme will be offered a free trip to the coast in August.'),
    ('tail',
     'Copyright in the old photographs of the mill passed to the history society when its founder died in 2019.'),
    ('tail', 'Advertising boards along the high street will be taken down before the carnival procession on Saturday.'),
    ('tail', 'Reading the names of the war dead aloud took the vicar and two pupils almost twenty minutes.'),
    ('head', "Partager le terrain de boules avec le marché du jeudi n'a jamais posé de problème, assure le maire."),
    ('body', "Abonnée depuis trente ans au bulletin municipal, une habitante a prêté ses archives à l'exposition."),
    ('tail', "Commentaires des habitants et plans du futur lavoir sont exposés à la mairie jusqu'au 30 juin."),
    ('head', 'Teilen mussten sich die beiden Vereine den Festplatz schon im vergangenen Jahr.'),
    ('body', 'Folgen hatte der Sturm vor allem für die Obstbäume am Kirchweg, von denen drei gefällt wurden.'),
    ('tail', 'Werbung für das Dorffest machten die Kinder der Grundschule mit selbst gemalten Plakaten.'),
    ('head',
     'Condividere la piazza con il mercato del sabato non è stato facile, ammette il presidente della Pro Loco.'),
    ('body', 'Seguendo il vecchio tracciato del mulino, i volontari hanno ritrovato tre pietre di confine.'),
    ('tail', 'Commenti entusiasti sono arrivati anche dai paesi vicini, dove la sagra è ormai conosciuta.'),
    ('head', 'Udostępnianie remizy na próby chóru rada sołecka zatwierdziła jednogłośnie we wtorek.'),
    ('tail', 'Komentarze mieszkańców zebrane podczas spotkania trafią do urzędu gminy do końca miesiąca.'),
    ('body', 'Поделиться урожаем с соседями дачники решили ещё весной, когда посадили лишние грядки.'),
    ('tail', 'Подписка на районную газету выросла после публикации о ремонте моста.'),
]

HELD_OUT_201_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-eggleborne-egg-rolling', [
        ['-The Eggleborne Clarion — news from the Vale since 1921',
         "-Home · News · Sport · What's On · Property · Obituaries",
         '-Advertisement'],
        ['+Painted eggs race down Beacon Hill as Easter egg rolling returns',
         '-By Marigold Wethercroft · Monday 6 April 2026, 16:05',
         '-3 min read'],
        ['-Competitors send their eggs down the slope at the start of the under-tens race.',
         '-Photo: Eggleborne Clarion',
         "+More than two hundred people climbed Beacon Hill on Easter Monday for the village's first egg rolling "
         'race since the pandemic.'],
        ['+Children and adults rolled hard-boiled eggs, painted at home the week before, down the steep grass '
         'slope towards a rope at the bottom.',
         '-Read also: Parish council approves new benches for the recreation ground'],
        ['-Share: Facebook · WhatsApp · Email',
         '+"We nearly lost the tradition, so seeing the hill this full is wonderful," said the race organiser, a '
         'retired teacher who has run it for eleven years.',
         "-Get the Clarion's morning newsletter – sign up free"],
        ['+How the race works',
         '+Every egg must be hard-boiled and decorated by hand.',
         '+Eggs are rolled, never thrown, from the line by the old thorn tree.',
         '+The egg that travels furthest without cracking wins.',
         '-Topics: Easter, Beacon Hill, Community'],
        ['+The under-tens race was won by a seven-year-old whose egg, painted as a ladybird, rolled right past '
         'the rope.',
         '-Sponsored',
         '-Five garden jobs to do before the first frost-free weekend',
         '+Money raised from the entry fees will go to the village hall roof fund, and the race will be held '
         'again next Easter Monday.'],
        ['-4 comments',
         '-Dot_H: Our grandchildren talked about nothing else all the way home.',
         "-↳ Bill from Upper Lane: Best turnout I've seen in thirty years.",
         '-Kerry M.: Any chance of a race for dogs next year?',
         "-↳ Marigold Wethercroft (reporter): Kerry, the organisers say they'll think about it!"],
        ['-Contact us · Advertise · Privacy · Terms · Cookie settings',
         '-© 2026 Eggleborne Clarion. All rights reserved.'],
    ]),
    _page('en', 'en-blog-plot-14-piccalilli', [
        ['-Plot 14 and the Pickling Shed – jams, jars and muddy boots',
         '-Home · Recipes · The Allotment · About Me',
         '-Search this blog'],
        ['-Filed under: Preserves, From the plot',
         '+Piccalilli from the last of the allotment glut',
         '-Posted on 19 September 2026 by Ysolde',
         '-7 comments'],
        ['-Reading time: 6 minutes',
         '-This post contains affiliate links; if you buy through them I may earn a small commission.',
         '+Every September the allotment throws cauliflowers, beans and courgettes at me faster than we can eat '
         'them, so this year I finally made piccalilli.'],
        ['+I salted the chopped vegetables overnight, which draws out the water and keeps them crunchy in the jar.',
         '-Jump to recipe · Print recipe'],
        ['+My neighbour on plot 15 tasted the first jar and said, "That\'s the mustard kick my mother\'s used to '
         'have."',
         '-Six jars of piccalilli cooling on the shed windowsill.',
         '-Pin it · Share on Facebook · Email this post'],
        ['+What goes into the jar',
         '-I use this enamel preserving pan from Amazon: https://amzn.to/3xPk9Qe',
         '+Cauliflower, green beans, courgette and shallots, cut small.',
         '+English mustard powder, turmeric and a little cornflour for the sauce.',
         '+Cider vinegar and sugar, boiled together before the vegetables go in.'],
        ['+Leave the jars for at least a month before opening, because the vinegar is harsh at first.',
         "+Next year I'll grow more beans just for this, since they were the best part.",
         '-I sell spare jars and labels at the allotment open day – details on my Events page.',
         '-Subscribe and get each new recipe from the plot in your inbox.'],
        ['-7 thoughts on “Piccalilli from the last of the allotment glut”',
         '-Gail R. says: Made this with marrow instead of courgette and it worked a treat.',
         '-↳ Ysolde says: Brilliant, marrow is perfect for it!',
         '-Tom_on_plot3 says: How long do the jars keep once opened?'],
        ['-© 2026 Plot 14 and the Pickling Shed',
         '-Proudly powered by WordPress · Theme: Sydney'],
    ]),
    _page('fr', 'fr-portail-vaumerlac-foire-aux-chevaux', [
        ["-L'Écho de Vaumerlac – l'actualité du canton",
         '-Accueil · Actualité · Sports · Agenda · Annonces',
         '-Publicité'],
        ['+La foire aux chevaux revient sur le communal de Vaumerlac',
         '-Par Sidonie Vautrinquet · Publié le 3 mai 2026 à 17 h 40',
         '-Lecture 3 min'],
        ['-Un percheron présenté devant le jury, dimanche matin.',
         "-Photo : L'Écho de Vaumerlac",
         "+Après douze ans d'absence, la foire aux chevaux s'est de nouveau tenue dimanche sur le grand "
         "communal, au bord de la route de l'étang."],
        ["+Une soixantaine d'éleveurs venus de tout le département ont présenté des percherons, des ânes et "
         'quelques poneys de trait.',
         "-À lire aussi : Le marché de nuit déplacé place de l'Église cet été"],
        ['-Partager : Facebook · WhatsApp · Courriel',
         "+« Mon grand-père vendait ses juments ici, j'avais envie que mes enfants voient ça », confie un éleveur "
         'du village voisin.',
         "-Recevez chaque matin notre lettre d'information gratuite"],
        ['+Au programme de la journée',
         '+Le concours des poulinières à dix heures, devant la tribune.',
         '+La présentation des ânes et des attelages en fin de matinée.',
         "+Le défilé de tous les chevaux dans la grand-rue l'après-midi.",
         '-Mots-clés : foire, chevaux, élevage'],
        ['+Le comité des fêtes estime à plus de deux mille le nombre de visiteurs, venus souvent en famille.',
         '-Contenu sponsorisé',
         '-Ces cinq villages où il fait bon prendre sa retraite',
         '+La commune espère faire de la foire un rendez-vous annuel et réfléchit déjà à une buvette plus grande.'],
        ['-4 commentaires',
         "-Gérard_V : Enfin ! Mon père m'y emmenait quand j'étais petit.",
         '-↳ Annick L. : Pareil, quelle émotion de revoir les percherons.',
         "-Lulu71 : Dommage qu'il n'y ait pas eu de navette depuis la gare.",
         "-↳ L'Écho de Vaumerlac : Merci, nous transmettons au comité des fêtes."],
        ['-Mentions légales · Contact · Cookies · Nous rejoindre',
         "-© 2026 L'Écho de Vaumerlac – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-meringues-de-maelys', [
        ['-Les Meringues de Maëlys – pâtisserie maison sans prise de tête',
         '-Accueil · Recettes · Ratés et réussites · À propos',
         '-Rechercher sur ce blog'],
        ['-Catégorie : Desserts, Ratés de cuisine',
         '+Mes meringues qui refusaient de monter',
         '-Publié le 8 février 2026 par Maëlys',
         '-5 commentaires'],
        ['-Temps de lecture : 5 minutes',
         '-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite commission.',
         "+Trois fois de suite, mes blancs d'œufs sont restés liquides au fond du bol, même après dix minutes de "
         'batteur.'],
        ["+J'ai fini par comprendre qu'une trace de jaune et un bol mal dégraissé suffisaient à tout gâcher.",
         '-Aller à la recette · Imprimer la recette'],
        ['+Ma grand-mère, au téléphone, a ri : « Un bol en cuivre et une pincée de sel, voilà tout le secret. »',
         '-Les meringues enfin fermes, posées sur la plaque.',
         '-Épingler · Partager sur Facebook · Envoyer par e-mail'],
        ['+Ce qui a tout changé',
         '-Mon batteur électrique, trouvé sur Amazon : https://amzn.to/4bQm2Lr',
         '+Des blancs à température ambiante, séparés la veille.',
         '+Un bol essuyé au vinaigre, sans la moindre trace de gras.',
         '+Le sucre ajouté cuillère par cuillère, seulement quand les blancs moussent.'],
        ['+La quatrième fournée a enfin tenu des pics bien fermes, et les meringues ont séché deux heures au four '
         'à cent degrés.',
         "+Je referai la recette pour la fête de l'école, cette fois sans la moindre panique.",
         '-Mes coffrets de meringues se commandent pour les mariages et les baptêmes – voir la page Commandes.',
         '-Abonnez-vous pour recevoir les nouvelles recettes par e-mail.'],
        ['-5 réponses à « Mes meringues qui refusaient de monter »',
         "-Hélène_P dit : Le coup du vinaigre m'a sauvée aussi !",
         "-↳ Maëlys dit : Ah, ravie que ça serve à quelqu'un !",
         "-Bruno G. dit : Et avec de l'aquafaba, ça marche pareil ?"],
        ['-© 2026 Les Meringues de Maëlys',
         '-Fièrement propulsé par WordPress · Thème : Hestia'],
    ]),
    _page('de', 'de-portal-kuemmelsried-riesengemuese', [
        ['-Kümmelsrieder Bote – Heimatzeitung für das obere Tal',
         '-Startseite · Lokales · Sport · Vereine · Termine',
         '-Anzeige'],
        ['+Riesenkürbis mit 412 Kilo gewinnt die Gemüseschau in Kümmelsried',
         '-Von Reinhild Kappesnagel · 28.09.2026, 18:15 Uhr',
         '-3 Min. Lesezeit'],
        ['-Der Siegerkürbis wird mit dem Gabelstapler auf die Waage gehoben.',
         '-Foto: Kümmelsrieder Bote',
         '+Die Gemüseschau des Gartenbauvereins hat am Sonntag so viele Besucher wie nie zuvor in die alte '
         'Zehntscheune gelockt.'],
        ['+Ausgestellt waren neben Kürbissen auch meterlange Zucchini, Rettiche, Kohlköpfe und eine Sonnenblume '
         'von über vier Metern.',
         '-Lesen Sie auch: Neuer Radweg nach Oberau wird im Herbst freigegeben'],
        ['-Teilen: Facebook · WhatsApp · E-Mail',
         '+„Ich habe den Kürbis jeden Abend gegossen und ihm gut zugeredet“, sagte der Gewinner, ein '
         'pensionierter Landwirt aus dem Ort.',
         '-Den Newsletter des Kümmelsrieder Boten kostenlos abonnieren'],
        ['+Die Sieger in drei Klassen',
         '+Schwerster Kürbis: 412 Kilogramm.',
         '+Längste Zucchini: 1,38 Meter.',
         '+Größter Kohlkopf: 31 Kilogramm.',
         '-Schlagworte: Gartenbauverein, Gemüseschau, Ehrenamt'],
        ['+Der Erlös aus Kaffee und Kuchen geht an den Schulgarten der Grundschule.',
         '-Gesponsert',
         '-Diese fünf Fehler machen fast alle beim Rasenmähen',
         '+Im nächsten Jahr will der Verein die Schau um eine Klasse für Kinder erweitern.'],
        ['-4 Kommentare',
         '-Gartenfreund_58: Glückwunsch, da steckt viel Arbeit drin!',
         '-↳ Ingrid S.: Das ganze Dorf hat mitgefiebert.',
         '-Uwe K.: Wo kann man so große Kürbissamen bekommen?',
         '-↳ Redaktion: Lieber Uwe, der Verein verteilt im Frühjahr Samen an Mitglieder.'],
        ['-Impressum · Datenschutz · Kontakt · Mediadaten',
         '-© 2026 Kümmelsrieder Bote'],
    ]),
    _page('de', 'de-blog-teigschwester-krapfen', [
        ['-Teigschwester – Hefeteig und andere Leidenschaften',
         '-Start · Rezepte · Backschule · Über mich',
         '-Blog durchsuchen'],
        ['-Kategorie: Hefeteig, Fasching',
         '+Krapfen mit Aprikosenmarmelade wie vom Bäcker',
         '-Veröffentlicht am 14. Februar 2026 von Friederike',
         '-6 Kommentare'],
        ['-Lesedauer: 5 Minuten',
         '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber ein, bekomme ich eine kleine Provision.',
         '+Jedes Jahr zu Fasching habe ich mir vorgenommen, Krapfen selbst zu backen, und jedes Jahr kamen sie '
         'flach und fettig aus dem Topf.'],
        ['+Diesmal habe ich den Teig über Nacht im Kühlschrank gehen lassen, und das hat alles verändert.',
         '-Zum Rezept springen · Rezept drucken'],
        ['+Meine Nachbarin, die früher in einer Konditorei gearbeitet hat, meinte nur: „Der helle Ring in der '
         'Mitte ist das Zeichen, dass sie gelungen sind.“',
         '-Die Krapfen mit dem hellen Ring, frisch aus dem Fett.',
         '-Pinnen · Auf Facebook teilen · Per E-Mail senden'],
        ['+Worauf es ankommt',
         '-Mein Frittierthermometer gibt es hier bei Amazon: https://amzn.to/3Vt8KdW',
         '+Ein weicher Teig mit Butter, Eigelb und wenig Hefe.',
         '+Fett mit genau 170 Grad, mit dem Thermometer geprüft.',
         '+Die Krapfen zuerst mit der Oberseite nach unten ins Fett legen.'],
        ['+Gefüllt habe ich sie mit Aprikosenmarmelade aus einer Spritztüte, solange sie noch warm waren.',
         '+Zwölf Stück waren am Abend weg, und die Familie wünscht sich schon die nächste Runde.',
         '-Backkurse für Hefeteig gebe ich einmal im Monat in meiner Küche – Anmeldung über die Seite Kurse.',
         '-Trag dich in den Newsletter ein, dann kommt jedes neue Rezept direkt zu dir.'],
        ['-6 Gedanken zu „Krapfen mit Aprikosenmarmelade wie vom Bäcker“',
         '-Sabine_K sagt: Über Nacht gehen lassen – probiere ich am Wochenende!',
         '-↳ Friederike sagt: Unbedingt, du wirst es nicht bereuen.',
         '-Jörg M. sagt: Geht das auch mit Dinkelmehl?'],
        ['-© 2026 Teigschwester',
         '-Stolz präsentiert von WordPress · Theme: Zakra'],
    ]),
    _page('it', 'it-portale-tarvesino-gara-zattere', [
        ['-La Voce di Tarvesino – il giornale della valle',
         '-Home · Cronaca · Sport · Eventi · Necrologi',
         '-Pubblicità'],
        ['+Zattere fatte in casa sul fiume: a Tarvesino torna la gara',
         '-di Ilario Scandellotti · 21 giugno 2026, ore 19:30',
         '-Lettura: 3 minuti'],
        ['-Una delle zattere supera il ponte vecchio tra gli applausi.',
         '-Foto: La Voce di Tarvesino',
         "+Sabato pomeriggio ventidue zattere costruite con bidoni, pallet e camere d'aria hanno disceso il "
         'fiume dal mulino fino al ponte vecchio.'],
        ['+La gara, sospesa per sei anni dopo la piena del 2020, è stata organizzata dalla Pro Loco con i vigili '
         'del fuoco volontari.',
         '-Leggi anche: Nuovi orari per la biblioteca comunale da luglio'],
        ['-Condividi: Facebook · WhatsApp · Email',
         '+«Abbiamo lavorato tre settimane in garage e siamo affondati dopo cento metri, ma ne è valsa la pena», '
         'ha raccontato il capitano di un equipaggio di ragazzi.',
         '-Iscriviti alla newsletter della Voce, è gratis'],
        ['+Le regole della gara',
         '+Ogni zattera deve portare almeno tre persone con il giubbotto di salvataggio.',
         '+Sono vietati motori e vele, si va solo a remi.',
         "+Vince chi arriva primo al ponte vecchio con l'equipaggio al completo.",
         '-Tag: Pro Loco, fiume, estate'],
        ['+Ha vinto la zattera dei boscaioli della frazione alta, costruita con tronchi di castagno.',
         '-Contenuto sponsorizzato',
         "-Le cinque spiagge di lago più belle da scoprire quest'estate",
         '+La Pro Loco conferma che la gara tornerà anche il prossimo anno, sempre a fine giugno.'],
        ['-4 commenti',
         '-Marisa_T: Che spettacolo, i bambini si sono divertiti tantissimo.',
         '-↳ Franco B.: Il prossimo anno ci iscriviamo anche noi!',
         '-Gigi64: Peccato per il parcheggio, mancava qualsiasi indicazione.',
         '-↳ La Voce di Tarvesino: Grazie, lo segnaliamo alla Pro Loco.'],
        ['-Chi siamo · Contatti · Privacy · Cookie',
         '-© 2026 La Voce di Tarvesino – Riproduzione riservata'],
    ]),
    _page('it', 'it-blog-cannolo-ribelle-cannoli', [
        ['-Cannolo Ribelle – dolci siciliani fatti in casa',
         '-Home · Ricette · Fritti · Chi sono',
         '-Cerca nel blog'],
        ['-Categoria: Dolci siciliani, Fritti',
         '+Le scorze dei cannoli fritte in casa',
         '-Pubblicato il 12 marzo 2026 da Nunzia',
         '-5 commenti'],
        ['-Tempo di lettura: 6 minuti',
         '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
         'commissione.',
         "+Per anni ho comprato le scorze già pronte, poi quest'inverno ho deciso di friggerle io, con i tubi di "
         'metallo ereditati da mia zia.'],
        ["+L'impasto con il Marsala e un cucchiaio di cacao va steso sottilissimo, quasi trasparente.",
         '-Vai alla ricetta · Stampa la ricetta'],
        ['+Mia zia ripeteva sempre: «Se la scorza non fa le bolle, non è un cannolo.»',
         '-Le scorze appena fritte, ancora sui tubi.',
         '-Salva su Pinterest · Condividi su Facebook · Invia per email'],
        ['+Tre cose che ho imparato',
         '-I tubi per cannoli che uso sono questi su Amazon: https://amzn.to/3Kp7WsN',
         "+L'olio deve restare sui centottanta gradi, né più né meno.",
         "+Il bordo va sigillato con un po' di albume, altrimenti si apre.",
         '+Le scorze si sfilano dai tubi solo quando sono tiepide.'],
        ["+Ho riempito i cannoli con la ricotta di pecora solo all'ultimo momento, perché la scorza deve restare "
         'croccante.',
         '+La prossima volta proverò la versione mignon, per i compleanni dei nipoti.',
         '-Su ordinazione preparo vassoi di cannoli per feste e battesimi – scrivimi dalla pagina Ordini.',
         '-Iscriviti alla newsletter per ricevere le nuove ricette ogni domenica.'],
        ['-5 risposte a “Le scorze dei cannoli fritte in casa”',
         '-Carmela_R dice: Le bolle! Finalmente ho capito perché le mie erano lisce.',
         "-↳ Nunzia dice: Esatto, tutto sta nello spessore dell'impasto.",
         '-Paolo V. dice: Si possono friggere il giorno prima?'],
        ['-© 2026 Cannolo Ribelle',
         '-Realizzato con WordPress · Tema: ColorMag'],
    ]),
    _page('pl', 'pl-portal-przykanalowo-nietoperze', [
        ['-Wieści z Przykanałowa – portal gminy nad kanałem',
         '-Strona główna · Wiadomości · Sport · Kultura · Ogłoszenia',
         '-Reklama'],
        ['+Nocny spacer z nietoperzami wzdłuż kanału przyciągnął tłumy',
         '-Bożena Kminkiewicz · 22 sierpnia 2026, 21:10',
         '-Czas czytania: 3 min'],
        ['-Uczestnicy spaceru nasłuchują nietoperzy przy starej śluzie.',
         '-Fot. Wieści z Przykanałowa',
         '+W piątek wieczorem ponad osiemdziesiąt osób wybrało się na spacer z przyrodnikami wzdłuż kanału, od '
         'starej śluzy aż do młyna.'],
        ['+Każda grupa dostała detektor, który zamienia ultradźwięki nietoperzy na słyszalne trzaski i piski.',
         '-Przeczytaj także: Remont mostku na ulicy Wodnej potrwa do października'],
        ['-Udostępnij: Facebook · WhatsApp · E-mail',
         '+„Nad wodą naliczyliśmy co najmniej trzy gatunki, w tym nocki rude polujące tuż nad taflą”, mówi '
         'prowadząca spacer przyrodniczka.',
         '-Zapisz się do newslettera i otrzymuj wiadomości z gminy co rano'],
        ['+Czego dowiedzieli się uczestnicy',
         '+Nietoperz może zjeść w ciągu nocy kilka tysięcy komarów.',
         '+Nocki rude polują nisko nad wodą kanału.',
         '+Stare drzewa i strychy są dla nich najważniejszymi kryjówkami.',
         '-Tagi: przyroda, kanał, nietoperze'],
        ['+Organizatorzy rozdali też budki dla nietoperzy, które mieszkańcy mogą powiesić na swoich domach.',
         '-Artykuł sponsorowany',
         '-Jak obniżyć rachunki za prąd jeszcze przed zimą?',
         '+Kolejny spacer zaplanowano na połowę września, a zapisy ruszą w bibliotece gminnej.'],
        ['-4 komentarze',
         '-Ania_z_Młyna: Dzieci były zachwycone, dziękujemy!',
         '-↳ Marek W.: Widzieliśmy chyba z dziesięć nietoperzy przy śluzie.',
         '-Halina65: Szkoda, że nie było więcej detektorów.',
         '-↳ Redakcja: Organizatorzy obiecują więcej detektorów we wrześniu.'],
        ['-Kontakt · Regulamin · Polityka prywatności · Współpraca',
         '-© 2026 Wieści z Przykanałowa. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-pierozki-spod-lasu-gyoza', [
        ['-Pierożki spod Lasu – kuchnia pełna klusek i pierogów',
         '-Start · Przepisy · Azja w domu · O mnie',
         '-Szukaj na blogu'],
        ['-Kategoria: Kuchnia azjatycka, Pierogi',
         '+Gyoza z zakładkami, czyli japońskie pierożki po mojemu',
         '-Opublikowano 9 listopada 2026 przez Jadwigę',
         '-6 komentarzy'],
        ['-6 minut czytania',
         '-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga bez dodatkowych kosztów.',
         '+Lepię pierogi od dziecka, ale zakładki na gyoza długo mi nie wychodziły i pierożki wyglądały jak '
         'zgniecione.'],
        ['+Pomogło dopiero ćwiczenie na kilkudziesięciu krążkach i ciasto cieńsze niż na zwykłe pierogi.',
         '-Przejdź do przepisu · Drukuj przepis'],
        ['+Znajoma z Osaki, która uczyła mnie lepienia, powtarzała: „Zakładki zawsze tylko na jednej stronie, '
         'druga zostaje gładka.”',
         '-Gyoza z brązowym spodem prosto z patelni.',
         '-Przypnij · Udostępnij na Facebooku · Wyślij e-mailem'],
        ['+Mój sposób na zakładki',
         '-Patelnię, na której smażę gyoza, kupiłam na Allegro: https://allegro.pl/oferta/patelnia-zeliwna-28-cm',
         '+Na środek krążka kładę łyżeczkę farszu z wieprzowiny i kapusty.',
         '+Zaginam brzeg tylko od przedniej strony, robiąc pięć lub sześć zakładek.',
         '+Gotowe pierożki smażę, a potem podlewam wodą i przykrywam pokrywką.'],
        ['+Po trzech minutach pod pokrywką spód jest chrupiący, a wierzch miękki i szklisty.',
         '+Następnym razem spróbuję wersji wegetariańskiej z grzybami shiitake.',
         '-Mrożone pierożki na zamówienie przygotowuję przed świętami – szczegóły w zakładce Zamówienia.',
         '-Zapisz się na newsletter, a nowe przepisy trafią prosto do Twojej skrzynki.'],
        ['-6 odpowiedzi na „Gyoza z zakładkami, czyli japońskie pierożki po mojemu”',
         '-Kasia_gotuje pisze: Zakładki tylko z jednej strony – to było to, czego mi brakowało!',
         '-↳ Jadwiga pisze: Cieszę się, powodzenia przy lepieniu!',
         '-Tomek R. pisze: Czy można je zamrozić przed smażeniem?'],
        ['-© 2026 Pierożki spod Lasu',
         '-Blog na WordPressie · Motyw: Hello Elementor'],
    ]),
    _page('ru', 'ru-portal-peresvistovo-ptichiy-hor', [
        ['-Пересвистовские вести — новости села и округи',
         '-Главная · Новости · Спорт · Афиша · Объявления',
         '-Реклама'],
        ['+На рассвете в лесу: сельчане послушали птичий хор',
         '-Агриппина Зарянкина · 17 мая 2026, 12:20',
         '-3 мин чтения'],
        ['-Участники прогулки слушают зарянку на опушке.',
         '-Фото: «Пересвистовские вести»',
         '+В воскресенье в четыре утра около сорока жителей села отправились в берёзовый лес у старой гати '
         'слушать рассветный птичий хор.'],
        ['+Прогулку провела учительница биологии местной школы, которая уже двадцать лет ведёт наблюдения за птицами.',
         '-Читайте также: В селе отремонтируют дорогу к кладбищу'],
        ['-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '+«Первой всегда поёт зарянка, потом вступают дрозды, а соловей — когда уже светло», — объяснила она '
         'участникам.',
         '-Подпишитесь на нашу рассылку, чтобы не пропускать новости села'],
        ['+Кого услышали участники',
         '+Зарянку и певчего дрозда ещё в полной темноте.',
         '+Зяблика и пеночку-весничку на рассвете.',
         '+Соловья у ручья, когда взошло солнце.',
         '-Теги: природа, птицы, лес'],
        ['+После прогулки всех ждал чай из самовара у лесного кордона.',
         '-На правах рекламы',
         '-Пять способов утеплить дом до первых морозов',
         '+Следующую прогулку обещают провести в начале июня, записаться можно в сельской библиотеке.'],
        ['-4 комментария',
         '-Нина_Петровна: Спасибо организаторам, встали рано, но не пожалели!',
         '-↳ Виктор С.: Соловей в этом году особенно громкий.',
         '-Лёша_72: А с детьми можно было прийти?',
         '-↳ Редакция: Да, дети были, в следующий раз тоже приходите.'],
        ['-О редакции · Контакты · Политика конфиденциальности',
         '-© 2026 «Пересвистовские вести». Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-vafelnyy-cherdak-vafli', [
        ['-Вафельный чердак — бабушкины рецепты и старая посуда',
         '-Главная · Рецепты · Старая техника · Обо мне',
         '-Поиск по блогу'],
        ['-Рубрика: Выпечка, Советская кухня',
         '+Вафли на старой советской вафельнице',
         '-Опубликовано 3 января 2026 автором Тамара',
         '-Комментарии: 5'],
        ['-6 минут чтения',
         '-В статье есть партнёрские ссылки: если вы покупаете по ним, я получаю небольшой процент.',
         '+На антресолях у мамы нашлась электровафельница, которую ей подарили на свадьбу в семьдесят восьмом году.'],
        ['+Первую партию вафель пришлось выбросить: они намертво прилипли к чугунным пластинам.',
         '-Перейти к рецепту · Распечатать рецепт'],
        ['+Мама, посмотрев на это, сказала: «Её сначала надо прокалить с маслом, как сковородку.»',
         '-Тонкие вафли ещё горячими сворачиваю в трубочки.',
         '-Сохранить в Pinterest · Поделиться ВКонтакте · Отправить другу'],
        ['+Что помогло',
         '-Силиконовую кисточку для смазки я брала на Ozon: https://ozon.ru/t/8Fq2mVc',
         '+Прокалить пустую вафельницу с маслом минут десять.',
         '+Смазывать пластины перед каждой вафлей.',
         '+Класть не больше столовой ложки теста.'],
        ['+Следующие вафли отходили от пластин сами, тонкие и хрустящие, как в детстве.',
         '+Начинку сделала из варёной сгущёнки, и трубочки закончились за один вечер.',
         '-Отреставрированные вафельницы иногда продаю — список в разделе «Барахолка».',
         '-Подпишитесь на рассылку, чтобы получать новые рецепты раз в неделю.'],
        ['-5 комментариев к записи «Вафли на старой советской вафельнице»',
         '-Ольга_В: У меня такая же, теперь знаю, что с ней делать!',
         '-↳ Тамара: Главное — не жалейте масла на первый раз.',
         '-Сергей_Н: А для венских вафель такая подойдёт?'],
        ['-© 2026 Вафельный чердак',
         '-Работает на WordPress · Тема: Twenty Twenty-Five'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Wideo z serwisu CDA zostało usunięte przez użytkownika i nie może zostać odtworzone.':
        ("a Polish CDA marker of a video deleted by its user ('Wideo z serwisu CDA zostało usunięte przez "
         "użytkownika i nie może zostać odtworzone.') is left in the body"),
    'Questo contenuto è stato realizzato in collaborazione con la Pro Loco di Tarvesino.':
        ("an Italian made-in-partnership notice ('Questo contenuto è stato realizzato in collaborazione con la Pro "
         "Loco di Tarvesino.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-plot-14-piccalilli':
        ("the piccalilli post keeps the photo caption ('Six jars of piccalilli cooling on the shed windowsill.') "
         'under the paragraph with the quote (1 of 20 noise lines); no article line is lost'),
    'fr-blog-meringues-de-maelys':
        ("the meringue post keeps the category line ('Catégorie : Desserts, Ratés de cuisine') above the title and "
         "the photo caption ('Les meringues enfin fermes, posées sur la plaque.') under the quote (2 of 20 noise "
         "lines; the search label at the top goes since round 132, the plug for the author's meringue boxes after "
         "the last paragraph since round 131); no article line is lost"),
    'de-blog-teigschwester-krapfen':
        ("the Krapfen post keeps the photo caption ('Die Krapfen mit dem hellen Ring, frisch aus dem Fett.') under "
         "the quote (1 of 20 noise lines; the plug for the author's baking classes and the subscribe prompt after "
         "the last paragraph go since round 132, the share row under the quote since round 131); no article line "
         "is lost"),
    'it-blog-cannolo-ribelle-cannoli':
        ("the cannoli post keeps the category line ('Categoria: Dolci siciliani, Fritti') above the title, the "
         "photo caption ('Le scorze appena fritte, ancora sui tubi.') under the quote and the plug for the "
         "author's cannoli trays ('Su ordinazione preparo vassoi di cannoli per feste e battesimi – scrivimi dalla "
         "pagina Ordini.') after the last paragraph (3 of 20 noise lines); no article line is lost"),
    'pl-blog-pierozki-spod-lasu-gyoza':
        ("the gyoza post keeps the category line ('Kategoria: Kuchnia azjatycka, Pierogi') above the title, the "
         "photo caption ('Gyoza z brązowym spodem prosto z patelni.') under the quote and the plug for the "
         "author's frozen pierogi to order ('Mrożone pierożki na zamówienie przygotowuję przed świętami – "
         "szczegóły w zakładce Zamówienia.') after the last paragraph (3 of 20 noise lines); no article line is "
         'lost'),
    'ru-blog-vafelnyy-cherdak-vafli':
        ("the waffle post keeps the category line ('Рубрика: Выпечка, Советская кухня') above the title, the photo "
         "caption ('Тонкие вафли ещё горячими сворачиваю в трубочки.') under the quote and the note that the "
         "author sells restored waffle irons ('Отреставрированные вафельницы иногда продаю — список в разделе "
         "«Барахолка».') after the last paragraph (3 of 20 noise lines); no article line is lost"),
}

test_held_out_201_line, test_held_out_201_line_is_kept, test_held_out_201_page = held_out_tests(
    HELD_OUT_201_LINES, HELD_OUT_201_KEEP, HELD_OUT_201_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
