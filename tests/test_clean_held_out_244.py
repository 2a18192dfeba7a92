"""Held-out set 244: written blind, weighted toward the noise the cleaner exists for, in shapes set 242's docstring does
not name (nor the first paragraphs of sets 239, 240 and 241): scraper, embed and ad markers, all in the body (the
English Google Maps cannot-load-correctly error "This page can't load Google Maps correctly.", an English Strava
activity embed that is private "Strava embed: this activity is private and only visible to the athlete.", an English
SoundCloud player that could not be loaded, with an open-on-soundcloud.com hint "SoundCloud player could not be loaded –
open the track on soundcloud.com.", a French uMap map that could not be loaded "La carte uMap intégrée n'a pas pu être
chargée.", a German SWR audio item taken offline after its retention period (Verweildauer, depubliziert) "Dieser
Audiobeitrag des SWR wurde nach Ablauf der Verweildauer depubliziert.", an Italian RaiPlay video still loading, with a
please-wait "Caricamento del video di RaiPlay in corso, attendere…", a Polish Facebook video that does not show, with a
switch-off-the-ad-blocker hint "Wideo z Facebooka nie wyświetla się? Wyłącz blokowanie reklam i odśwież stronę." and a
Russian Rutube live stream that has not started yet "Трансляция на Rutube ещё не началась. Начало в 12:00.");
reading-time headers in new wordings, all at the head (the English time-to-read label "Time to read: 5 minutes", a
blog's settle-in line "Settle in – this one runs to about 11 minutes of reading.", the French quick-read (lecture
rapide) label "Lecture rapide · 5 min", the German minutes-first reading-time (Min. Lesezeit) label "5 Min. Lesezeit",
the Italian reads-in (si legge in) line "Si legge in 5 minuti", the Polish a-read-of (lektura na) label "Lektura na 5
minut" and the Russian minutes-for-reading (минут на чтение) label "5 минут на чтение"); bylines and self-promotion (an
English words-and-pictures byline "Words and pictures: Orla Thrumpington", an English contributed-by-a-club byline
"Contributed by Balingcombe Young Farmers' Club", a French text-and-photos (texte et photos) byline "Texte et photos :
Maëlle Bottelroule" and a Russian photo-and-text (фото и текст) byline "Фото и текст — Агриппина Соломотюкова", all at
the head; and an English Gumroad pay-what-you-like plug for the author's zine "My haggis-hurling zine is on Gumroad –
pay what you like.", a German Patreon plug for the author's throwing tutorials "Meine Wurf-Tutorials gibt es auf Patreon
– schon ab 3 Euro im Monat.", an Italian Subito.it plug for the author's handmade haggis pins "Le mie spille a forma di
haggis fatte a mano sono in vendita su Subito.it." and a Polish Patronite support plug with a sticker reward "Wesprzyj
bloga na Patronite – za 10 zł miesięcznie dostaniesz naklejkę z haggisem.", all at the foot); blog and site footers, all
at the foot (an English Hugo and Netlify credit "Built with Hugo · Deployed on Netlify", an English Independent
Community News Network membership line "The Balingcombe Herald is a member of the Independent Community News Network.",
an English Astra theme and Krystal hosting credit "Astra theme by Brainstorm Force · Hosted by Krystal", a French
hosting-provider legal line (hébergeur) with the host's address "Hébergeur : o2switch, Chemin des Pardiaux, 63000
Clermont-Ferrand", a German publishers'-association (BDZV) membership line "Mitglied im Bundesverband Digitalpublisher
und Zeitungsverleger (BDZV)", an Italian Aruba SiteBuilder credit with the cookie-policy link "Sito realizzato con Aruba
SiteBuilder · Cookie policy", a Polish publisher line with the company-register (KRS) number "Wydawca: Belusławice Media
sp. z o.o., KRS 0000123456" and a Russian Beget hosting credit with the personal-data-processing-policy link "Хостинг от
Beget · Политика обработки персональных данных"); reader-comment furniture, all at the foot (the English
removed-by-a-moderator stub "This comment has been removed by a moderator.", the English notify-me-of-follow-up-comments
checkbox label "Notify me of follow-up comments by email.", an English comments-now-closed note "Comments on this story
are now closed.", a French be-the-first-to-react prompt "Soyez le premier à réagir à cet article !", a German
netiquette-acceptance line under the form "Mit dem Absenden Ihres Kommentars akzeptieren Sie unsere Netiquette.", the
Italian your-email-will-not-be-published form note "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono
contrassegnati *", a Polish comment-hidden-for-too-many-downvotes stub "Komentarz ukryty z powodu zbyt wielu minusów.
Kliknij, aby pokazać." and a Russian collapsed-thread row "Ветка комментариев свёрнута · Развернуть 7 ответов"); share
rows, all at the foot (an English send-this-to-a-friend row with Messenger and SMS "Send this to a friend: WhatsApp ·
Messenger · SMS", a Polish share-with-others (podziel się z innymi) row with Wykop "Podziel się z innymi: Facebook ·
Messenger · Wykop" and a Russian tell-your-friends (рассказать друзьям) row "Рассказать друзьям: ВКонтакте ·
Одноклассники · Telegram"); and notices (a French first-published-in-our-print-edition note "Cet article a été
initialement publié dans notre édition papier du 3 juillet." and a German transparency note that the author is a member
of the organising club "Transparenzhinweis: Die Autorin ist selbst Mitglied im veranstaltenden Verein.", both in the
body; and an Italian updated-with-the-full-results note "Questo articolo è stato aggiornato alle 18:40 con la classifica
completa.", at the foot); and twenty keep lines, article sentences that look a little like noise ("Comments shouted from
the hay wagon kept the youngest rollers going up the final slope.", "Sponsored by the feed merchant, the junior race
gave every child a bag of sweets and a rosette.", "Shared out between six teams, the leftover straw bedded the ponies at
the riding school.", "Following tradition, the losing team carried the winners' bale back to the farmyard.", "Printed on
the back of the entry form, the haggis-hurling rules fit into four short sentences.", "Copyright on the race's straw-man
logo belongs to a pupil who drew it in 1996.", "Posted at each corner of the course, marshals waved hay forks to warn
the crowd.", "Commentaires et rires ont accompagné chaque botte jusqu'au bas de la colline.", "Publicitaire de métier,
le speaker a commenté chaque virage comme un match de rugby.", "Lecture faite du règlement, les juges ont disqualifié
l'équipe qui poussait avec un tracteur.", "Folgen Sie einfach dem Strohgeruch, sagte der Bürgermeister den verirrten
Besuchern.", "Werbeplakate für das Rennen hatten Schulkinder gemalt und im ganzen Ort aufgehängt.", "Kommentarlos nahm
der Sieger den Pokal entgegen und rollte seinen Ballen gleich weiter.", "Commenti entusiasti sono arrivati anche dai
turisti tedeschi in vacanza al lago.", "Un pubblicitario in vacanza ha filmato la finale e l'ha regalata al comune.",
"Iscriversi alla gara costa cinque euro, e il ricavato va alla banda musicale.", "Komentarze kibiców niosły się po całej
dolinie aż do kościoła.", "Reklamą dla wsi okazało się nagranie z finału, które obejrzało pół województwa.",
"Комментарии зрителей были слышны даже на другом берегу реки." and "Подписчики местной газеты выбрали название для
нового приза."); and toward whole scraped news and hobby-blog pages in layouts set 242's docstring does not describe (on
the six portal pages, in nine blocks, the masthead with its tagline, the section menu and a breadcrumb in a block of
three at the very top; the title first in a block of three, above the byline with the date and time (one line) and a
bare reading time; the first paragraph last in a block of two, under the lead photo's caption with its credit; the
second paragraph and the paragraph with the quote at the two ends of a block of three, with a share row between them; a
bare advertisement label (Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама) and a newsletter prompt alone
in a block of two between the paragraphs and the list; the subheading and the three rows with a read-also link between
the second and third rows, inside the list block (a block of five, the link fourth); the two last paragraphs at the
first and third places of a block of four, with a sponsored headline between them and a tags line closing the block; a
thread of five lines alone in a block (a comment count, a reader's comment, a second reader's comment, the first
reader's arrowed reply to the second and a third reader's comment); and at the foot a follow-us prompt (Facebook and
Instagram; VKontakte and Telegram on the Russian page), the publisher's copyright line with its links in one line and a
bare cookie-settings link, in a block of three; on the six blog pages, in nine blocks, the blog name with its tagline,
the menu and the title in a block of three at the very top, the title last; the posted-on-by line (with the comment
count), a bare reading time and an affiliate-links disclosure alone in a block of three under it; the first and second
paragraphs at the two ends of a block of three, with an in-this-post table of contents (its heading and three numbered
entries in one line) between them; the paragraph with the quote in the middle of a block of three, between the opening
photo's caption and a share row; the subheading and the three rows with an action photo's caption closing the list block
(a block of five, the caption last); the two last paragraphs in the middle of a block of four, under an affiliate link
to the author's grippy trainers (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) and above the
author's sign-off; a plug for her hand-knitted haggis cosies (in an Etsy shop, at Yarmarka Masterov on the Russian blog)
and a subscribe-by-email prompt alone in a block of two; a thread of five lines alone in a block (a thoughts-on or
comments heading with its count quoting the post's title, the cousin's comment, the author's arrowed reply to it, a
second reader's comment and an aunt's comment); and at the foot a previous-and-next-post line and the author's copyright
line with the theme and platform credit in one line, in a block of two), taken from local news of a village's 23rd
straw-bale rolling race (two farming sisters aged 17 and 19 pushing a 250-kilo straw bale round the village in 3 minutes
52 seconds, eighteen teams of two and more than 800 spectators along a 600-metre course from the pub or café car park
round the church and down a mill lane, the founder's quote, who has started every race since 2003, that a bale has no
brakes: push low, keep it straight and let the hill do the work, a bale weigh-in at 10.00, a junior race with small
bales at 11.30 and the main race with the prize-giving at 14.00, the sisters beating last year's winners, two tractor
mechanics, by eight seconds after their bale toppled into a hedge at the church corner, 2,400 pounds, euros or złoty (24
thousand roubles on the Russian page) raised for the village playground and the bales given to a horse sanctuary) in six
invented villages, and from six hobby blogs of young women on their first haggis-hurling contest (after three summers of
watching from the beer tent, talked into it by a cousin in April, at Highland games or Scottish festivals in Pitlochry,
Lorient, Husum, Bormio, Olsztyn and Tver, standing on a whisky barrel and throwing a 500-gram haggis that must land
unburst, the head judge's quote at the briefing to throw it like a baby you love, not a stone you hate: soft hands, a
high arc and never a look down at the barrel, a haggis weigh-in at 10.30, practice throws at 12.00 and three competition
throws from 13.30, a best throw of 31 metres for ninth of twenty-two behind a 68-year-old retired shepherd whose haggis
flew 52 metres, 300 pounds or euros (300 złoty, 30 thousand roubles) raised for a mountain or sea rescue team or a dog
shelter, the cousin entering next year with the kilt already bought).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 242 but what is named here), held-out set 243 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 242 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 239, 240 and 241, printed with one ast script (/tmp/s244scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s244scratch/insp.py, with
/tmp/wt-s244/src and /tmp/wt-s244/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s244 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 242's as printed, with 242
-> 244; /tmp/s244scratch/gen244.py writes this file from scratch files (data244.py with the noise and keep lines,
pages244.py with the pages as fields and the two layouts that turn them into blocks, doc_*.txt with the docstring
paragraphs and, after the measurement, tables244.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s244, detached at commit
faa32f0dd1f30f8490c7935fdb3d2d10f0556e28, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 22:17:55 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 22:17:57 at the set-up; ``git status --short`` in /work/main printed one untracked file
(docs/held_out_briefs/round_145_draft.md; only its name was seen, it was not opened) and ``git rev-parse HEAD`` printed
efaf936d9fc17fc874da240dd5f98ccad5a9d6ec (main had moved past the brief's commit, so, as the brief says, both worktrees
were made at faa32f0dd1f30f8490c7935fdb3d2d10f0556e28 with ``git worktree add``, output to /dev/null, both exit codes 0,
and ``git rev-parse HEAD`` in each printed that commit); /work/main was not touched afterwards. (2) peek.py first
printed to the terminal, which the tool cut in the middle (it showed set 242's first paragraph, its Protocol and the
start of its notes, then from inside set 240's first paragraph on, set 240's rest and set 241's first paragraph); the
second run went to /tmp/s244scratch/peek.out (only the allowed parts), which I paged with ``sed -n`` on that output
file, never on a file of the repository; nothing else of any set file was printed. (3) The default python already had
the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was
installed. That import (and gen244.py's import of the written file, to compare it with the scratch data) loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before
writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service
used for a held-out marker here is named for a marker in them (Google Maps, Strava, SoundCloud, uMap, SWR, RaiPlay,
Facebook video and Rutube are new; the failures are worded anew: a map that cannot load correctly, a private activity, a
player that could not be loaded with an open-on-the-site hint, a map that could not be loaded, an item taken offline
after its retention period, a video still loading, a video hidden by an ad blocker, a live stream not yet started); the
reading times avoid the phrasings named there (the new ones are "Time to read", "Settle in – this one runs to about ...
of reading", "Lecture rapide", "Min. Lesezeit", "Si legge in", "Lektura na" and "минут на чтение"); the bylines are of
new shapes (words and pictures, contributed by a club, "Texte et photos", "Фото и текст") and the plugs name platforms
not named there (Gumroad, Patreon, Subito.it, Patronite); the footers use builders, hosts and legal lines not named
there (Hugo with Netlify, an Independent Community News Network membership, the Astra theme with Krystal, a French
hosting-provider legal line with o2switch's address, a BDZV membership, Aruba SiteBuilder, a Polish publisher line with
a KRS number, Beget); the comment lines (a removed-by-a-moderator stub, the notify-me checkbox label, a comments-closed
note, a be-the-first-to-react prompt, a netiquette line, the email-will-not-be-published form note, a
hidden-for-downvotes stub, a collapsed-thread row), the share rows (send this to a friend with Messenger and SMS;
podziel się z innymi with Wykop; рассказать друзьям) and the notices (a French first-published-in-print note and a
German transparency note in the body, an Italian updated-with-results note at the foot) are of kinds not named there.
The KRS number 0000123456 was made up and not checked; o2switch's address is the host's public one. The page furniture
(mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from
those of set 242 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use. No hits: Balingcombe, Thrumpington, Sheafwright, "Hurl Like
Hattie", Rouleboisse, Bottelroule, "La Panse Volante", Strohwalzingen, Strohwalzinger, Ballenbrink, Haggis-Hanna,
Rotoballeto, Balloncelli, "La Lanciatrice di Haggis", Belusławice, "Gazeta Belusławicka", Snopołaj, "Rzucam Haggisem",
Тюкоделово, Тюкоделовский, Соломотюкова, Стогокатов and "Хаггис в полёте". Dropped for hits: Paillardon (a real surname
in code headers and race data), Snopkiewicz (a real surname of several developers) and Рулонов (a common word, the
genitive plural of "roll", in calculator code). "The Balingcombe Herald", "L'Écho de Rouleboisse", "Strohwalzinger
Rundschau", "La Gazzetta di Rotoballeto", "Belusławice Media" and «Тюкоделовский вестник» are formed from checked names;
the first names of the bloggers (Hattie, Solène, Hanna, Chiara, Kasia, Даша), their cousins and aunts and the commenters
(first names with an initial) were not checked. Real services, platforms, shops and institutions (Google Maps, Strava,
SoundCloud, uMap, SWR, RaiPlay, Facebook, Rutube, Gumroad, Patreon, Subito.it, Patronite, Hugo, Netlify, the Independent
Community News Network, Astra, Brainstorm Force, Krystal, o2switch, the BDZV, Aruba, Beget, WhatsApp, Messenger, Wykop,
ВКонтакте, Одноклассники, Telegram, X, Instagram, Pinterest, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress
and Twenty Twenty-Four) and real towns (Pitlochry, Lorient, Husum, Bormio, Olsztyn, Tver) are named as real pages do.
(6) A script (/tmp/s244scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an
article line, a keep line or another noise line, that no line repeats, and that no line holds an at-sign or stray white
space; it also printed the counts by category, language and place, and the pages' counts of article and noise lines (10
and 20 each). Before its first run I had already changed, while writing, three keep lines that would have held a page's
bare advertisement label ("Publicité ou pas, ...", "Anzeigen gegen den Veranstalter ...", "Pubblicità gratuita ...") and
the German portal's menu entry "Traueranzeigen" to "Trauer"; the first run then found nothing wrong, and the counts
match the Contents paragraph. gen244.py checks that no line of the file is over 120 columns and that it holds no
at-sign, and imports the written file back and finds its lists, pages and tables equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 22:24:13 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s244scratch/pre_measure_copy.py); pytest printed 16 failed, 61 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s244scratch, importing the copy in /tmp/wt-s244/tests with /tmp/wt-s244/src on the
path) then printed ``_problems`` of each failing case: the seven lines and the nine pages of the tables; every problem
of a line is that it is kept ("kept boilerplate"), and the problems of the pages are 16 kept noise lines and 19 lost (or
out of order) article lines; no keep line is lost, and no problem of another kind (no unreported removal, no range or
offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s244scratch/mktables.py writes tables244.py from the saved problems.json, which gen244.py puts into this file);
mktables.py checks that every problem is a kept line or a lost article line and matches each printed snippet to exactly
one line of its page, which the reason quotes in full with where it sits and the count the report counts left; the
reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines and pages
of that output; gen244.py's first run after the measurement stopped at its own comparison of the tables, since it
imported the older copy in /tmp/wt-s244/tests (first on its path) instead of the new file; I put /tmp/s244scratch first
on its path and the next run passed; the lists and pages of the final file were imported back and found equal to the
scratch data, and the final file was checked with the pytest command in /tmp/wt-s244 (see the Baseline paragraph). (9)
Clock: ``date`` printed 22:17:55 at the start, 22:24:13 at the measurement, 22:24:57 just before the problems were
printed and 22:25:10 after; the tables, the Baseline paragraph and these notes followed, and the commit within minutes,
well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the bale-rolling race and the haggis-hurling
contest that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the
story, so article ("Comments shouted from the hay wagon", "Commentaires et rires", "Kommentarlos nahm der Sieger",
"Commenti entusiasti", "Komentarze kibiców" and "Комментарии зрителей" open like comment furniture but tell of shouting
spectators, laughter, a silent winner, tourists, fans heard down the valley and spectators heard across the river;
"Shared out between six teams" opens like a share row but tells where the leftover straw went; "Following tradition" and
"Folgen Sie einfach dem Strohgeruch" open like follow prompts but tell of a losing team's duty and quote a mayor;
"Sponsored by the feed merchant" opens like a sponsored label but tells what the junior race gave the children; "Printed
on the back of the entry form" and "Posted at each corner of the course" open like print links and posted-on lines but
tell of the rules and the marshals; "Copyright on the race's straw-man logo" opens like a copyright line but tells who
owns the logo; "Publicitaire de métier", "Werbeplakate für das Rennen", "Un pubblicitario in vacanza" and "Reklamą dla
wsi" hold advertising words but tell of a speaker's trade, posters painted by children, a film of the final and a video
that brought the village fame; "Lecture faite du règlement" opens like a reading time but tells of a disqualification;
"Iscriversi alla gara" and "Подписчики местной газеты" open like subscribe prompts but tell of the entry fee and of
readers who named a prize). Borderline categories: the four plugs (Gumroad, Patreon, Subito.it, Patronite) are bylines
and self-promotion, at the foot, since each promotes the author's own work or shop in the author's voice; the
words-and-pictures and contributed-by lines are bylines though one names a club, not a person; the eight embed lines are
markers (what an embed leaves in the text when it does not show), though the Polish and Russian ones read as sentences;
the ICNN membership line, the French hosting-provider line, the BDZV membership line and the Polish publisher line are
footers (legal or membership lines of the site or the publisher, not of the article), and so are the Hugo, Astra, Aruba
and Beget credits; the moderator stub, the notify-me label, the comments-closed note, the be-the-first prompt, the
netiquette line, the email-not-published note, the hidden-comment stub and the collapsed-thread row are comment
furniture, since they sit over, in or under the comments and speak only of commenting; the French
first-published-in-print note and the German transparency note are notices in the body (both speak of the article they
sit in), and the Italian updated-with-results note is a notice at the foot. On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads and blog names with taglines, menus, breadcrumbs, bylines and
posted-on lines, reading times, captions and photo credits, share rows, read-also links, advertisement labels,
newsletter and subscribe prompts, sponsored headlines, tags lines, follow prompts, tables of contents, affiliate
disclosures and links, sign-offs and plugs, comment counts and comments headings, comments and replies,
previous-and-next-post lines, copyright lines and cookie-settings links) is noise. The list rows (the weigh-in, the
junior race and the main race on the portals; the weigh-in, the practice throws and the competition throws on the blogs)
are short but part of each article, so article; the list headings ("How the day ran", "My contest day" and the like) are
the articles' subheadings, so article; the portals' read-also links are noise though they sit between the second and
third rows, and the blogs' action photo captions are noise though they close the list block; the arrowed replies, the
reader's own on the portals and the author's own on the blogs, are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Polish and Russian and notice in French, German and Italian; by place head 11 (the
seven reading times and four bylines: two English, a French and a Russian one), body 10 (the eight markers and two
notices: French and German), tail 24 (four plugs: an English, a German, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Italian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-balingcombe-bale-rolling-race (the
23rd Balingcombe bale-rolling race, won by two farming sisters, in The Balingcombe Herald),
en-blog-hurl-like-hattie-first-haggis-hurling (Hattie's first haggis-hurling contest at the Pitlochry Highland games,
ninth of twenty-two), fr-portail-rouleboisse-course-de-bottes-de-paille (the 23rd Rouleboisse straw-bale race, won by
two farming sisters, in L'Écho de Rouleboisse), fr-blog-la-panse-volante-premier-lancer-de-haggis (Solène's first
haggis-hurling contest at the Festival interceltique de Lorient, ninth of twenty-two),
de-portal-strohwalzingen-strohballenrollen (the 23rd Strohwalzingen straw-bale rolling (Strohballenrollen), won by two
farmers' daughters, in the Strohwalzinger Rundschau), de-blog-haggis-hanna-erster-haggis-weitwurf (Hanna's first haggis
throw (Haggis-Weitwurf) at Highland games in Husum, ninth of twenty-two),
it-portale-rotoballeto-corsa-delle-balle-di-paglia (the 23rd Rotoballeto straw-bale race, won by two farming sisters, in
La Gazzetta di Rotoballeto), it-blog-la-lanciatrice-di-haggis-prima-gara (Chiara's first haggis-hurling contest at
Scottish games in Bormio, ninth of twenty-two), pl-portal-beluslawice-wyscig-z-belami-slomy (the 23rd Belusławice
straw-bale race, won by two farming sisters, in the Gazeta Belusławicka), pl-blog-rzucam-haggisem-pierwsze-zawody
(Kasia's first haggis-hurling contest at a Scottish festival in Olsztyn, ninth of twenty-two),
ru-portal-tyukodelovo-gonka-s-tyukami-solomy (the 23rd Тюкоделово straw-bale race, won by two farming sisters, in
«Тюкоделовский вестник»), ru-blog-haggis-v-polyote-pervye-sorevnovaniya (Даша's first haggis-hurling contest at a
Scottish festival in Tver, ninth of twenty-two), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit faa32f0dd1f30f8490c7935fdb3d2d10f0556e28, measured with ``cd /tmp/wt-s244 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s244/src python -m pytest -q tests/test_clean_held_out_244.py -rA -p
no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s244 && PYTHONPATH=/tmp/wt-s244/src python
scripts/clean_held_out_report.py --sets 244``, with the xfail tables empty, at 22:24:13 UTC by ``date``): noise lines
removed 38/45 (reading-time 6/7, byline 6/8, marker 5/8, notice 3/3, footer 8/8, comments 7/8, share 3/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: at the head the English blog's settle-in reading-time line,
the English contributed-by-a-club byline and the Russian photo-and-text byline; in the body three markers (the German
SWR item taken offline after its retention period, the Italian RaiPlay video still loading and the Russian Rutube live
stream not yet started); and at the foot the Polish comment-hidden-for-too-many-downvotes stub; every plug, footer,
share row and notice, the other reading times, bylines and markers and the other comment lines went); keep lines kept
20/20; pages 3/12 clean (the French, German and Italian portal pages), 16 of 240 page noise lines left and 19 of 120
article lines lost. Left: on the English, French, German, Italian and Polish blogs the opening photo's caption above the
paragraph with the quote and the action photo's caption closing the list block (2 each); on the Russian blog those two
and the table of contents between the first and second paragraphs (3); on the English portal the lead photo's caption
with its credit above the first paragraph and the sponsored headline between the two last paragraphs (2); on the Russian
portal the lead photo's caption (1); the Polish portal keeps none. Lost (or out of order): on the Polish and Russian
portals the subheading, the three rows and the two last paragraphs, every article line after the paragraph with the
quote (6 each); on the Polish and Russian blogs the two last paragraphs (2 each); on the English, French and German
blogs the subheading of the list block (1 each); the Italian blog and no other page and no keep line loses an article
line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s244 gave 61
passed, 16 xfailed, no XPASS.

Measured after round 145 (2026-12-07, lead; the writers of sets 243 and 244 worked beside round 145 from its base,
faa32f0; round 145 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 241 243 244 245 246`` and
the set's pytest file): noise lines removed 38/45 (unchanged), keep lines kept 20/20, pages 5/12 clean (was 3), 13 of
240 page noise lines left (was 16), 3 of 120 article lines lost (was 19). The Polish and Russian pages keep their rows
and last paragraphs again (the two portals come clean; their xfails were removed); the English, French and German blogs
still lose their subheading. The pages' reasons were reworded to what they still keep or lose. Every other xfail still
fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_244_LINES: list[tuple[str, str, str]] = [
    ('head', 'Time to read: 5 minutes', 'reading-time'),
    ('head', 'Settle in – this one runs to about 11 minutes of reading.', 'reading-time'),
    ('head', 'Lecture rapide · 5 min', 'reading-time'),
    ('head', '5 Min. Lesezeit', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Lektura na 5 minut', 'reading-time'),
    ('head', '5 минут на чтение', 'reading-time'),
    ('head', 'Words and pictures: Orla Thrumpington', 'byline'),
    ('head', "Contributed by Balingcombe Young Farmers' Club", 'byline'),
    ('head', 'Texte et photos : Maëlle Bottelroule', 'byline'),
    ('head', 'Фото и текст — Агриппина Соломотюкова', 'byline'),
    ('body', "This page can't load Google Maps correctly.", 'marker'),
    ('body', 'Strava embed: this activity is private and only visible to the athlete.', 'marker'),
    ('body', 'SoundCloud player could not be loaded – open the track on soundcloud.com.', 'marker'),
    ('body', "La carte uMap intégrée n'a pas pu être chargée.", 'marker'),
    ('body', 'Dieser Audiobeitrag des SWR wurde nach Ablauf der Verweildauer depubliziert.', 'marker'),
    ('body', 'Caricamento del video di RaiPlay in corso, attendere…', 'marker'),
    ('body', 'Wideo z Facebooka nie wyświetla się? Wyłącz blokowanie reklam i odśwież stronę.', 'marker'),
    ('body', 'Трансляция на Rutube ещё не началась. Начало в 12:00.', 'marker'),
    ('body', 'Cet article a été initialement publié dans notre édition papier du 3 juillet.', 'notice'),
    ('body', 'Transparenzhinweis: Die Autorin ist selbst Mitglied im veranstaltenden Verein.', 'notice'),
    ('tail', 'My haggis-hurling zine is on Gumroad – pay what you like.', 'byline'),
    ('tail', 'Meine Wurf-Tutorials gibt es auf Patreon – schon ab 3 Euro im Monat.', 'byline'),
    ('tail', 'Le mie spille a forma di haggis fatte a mano sono in vendita su Subito.it.', 'byline'),
    ('tail', 'Wesprzyj bloga na Patronite – za 10 zł miesięcznie dostaniesz naklejkę z haggisem.', 'byline'),
    ('tail', 'Built with Hugo · Deployed on Netlify', 'footer'),
    ('tail', 'The Balingcombe Herald is a member of the Independent Community News Network.', 'footer'),
    ('tail', 'Astra theme by Brainstorm Force · Hosted by Krystal', 'footer'),
    ('tail', 'Hébergeur : o2switch, Chemin des Pardiaux, 63000 Clermont-Ferrand', 'footer'),
    ('tail', 'Mitglied im Bundesverband Digitalpublisher und Zeitungsverleger (BDZV)', 'footer'),
    ('tail', 'Sito realizzato con Aruba SiteBuilder · Cookie policy', 'footer'),
    ('tail', 'Wydawca: Belusławice Media sp. z o.o., KRS 0000123456', 'footer'),
    ('tail', 'Хостинг от Beget · Политика обработки персональных данных', 'footer'),
    ('tail', 'This comment has been removed by a moderator.', 'comments'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Comments on this story are now closed.', 'comments'),
    ('tail', 'Soyez le premier à réagir à cet article !', 'comments'),
    ('tail', 'Mit dem Absenden Ihres Kommentars akzeptieren Sie unsere Netiquette.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Komentarz ukryty z powodu zbyt wielu minusów. Kliknij, aby pokazać.', 'comments'),
    ('tail', 'Ветка комментариев свёрнута · Развернуть 7 ответов', 'comments'),
    ('tail', 'Send this to a friend: WhatsApp · Messenger · SMS', 'share'),
    ('tail', 'Podziel się z innymi: Facebook · Messenger · Wykop', 'share'),
    ('tail', 'Рассказать друзьям: ВКонтакте · Одноклассники · Telegram', 'share'),
    ('tail', 'Questo articolo è stato aggiornato alle 18:40 con la classifica completa.', 'notice'),
]
HELD_OUT_244_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments shouted from the hay wagon kept the youngest rollers going up the final slope.'),
    ('head', 'Sponsored by the feed merchant, the junior race gave every child a bag of sweets and a rosette.'),
    ('body', 'Shared out between six teams, the leftover straw bedded the ponies at the riding school.'),
    ('body', "Following tradition, the losing team carried the winners' bale back to the farmyard."),
    ('tail', 'Printed on the back of the entry form, the haggis-hurling rules fit into four short sentences.'),
    ('tail', "Copyright on the race's straw-man logo belongs to a pupil who drew it in 1996."),
    ('tail', 'Posted at each corner of the course, marshals waved hay forks to warn the crowd.'),
    ('head', "Commentaires et rires ont accompagné chaque botte jusqu'au bas de la colline."),
    ('body', 'Publicitaire de métier, le speaker a commenté chaque virage comme un match de rugby.'),
    ('tail', "Lecture faite du règlement, les juges ont disqualifié l'équipe qui poussait avec un tracteur."),
    ('head', 'Folgen Sie einfach dem Strohgeruch, sagte der Bürgermeister den verirrten Besuchern.'),
    ('body', 'Werbeplakate für das Rennen hatten Schulkinder gemalt und im ganzen Ort aufgehängt.'),
    ('tail', 'Kommentarlos nahm der Sieger den Pokal entgegen und rollte seinen Ballen gleich weiter.'),
    ('head', 'Commenti entusiasti sono arrivati anche dai turisti tedeschi in vacanza al lago.'),
    ('body', "Un pubblicitario in vacanza ha filmato la finale e l'ha regalata al comune."),
    ('tail', 'Iscriversi alla gara costa cinque euro, e il ricavato va alla banda musicale.'),
    ('head', 'Komentarze kibiców niosły się po całej dolinie aż do kościoła.'),
    ('tail', 'Reklamą dla wsi okazało się nagranie z finału, które obejrzało pół województwa.'),
    ('head', 'Комментарии зрителей были слышны даже на другом берегу реки.'),
    ('tail', 'Подписчики местной газеты выбрали название для нового приза.'),
]
HELD_OUT_244_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-balingcombe-bale-rolling-race', [
        [
            '-The Balingcombe Herald – news from the Vale since 1888',
            "-News · Sport · Farming · What's On · Obituaries · Jobs",
            '-Home › News › Village life',
        ],
        [
            "+Farming sisters roll to victory in Balingcombe's 23rd bale race",
            '-By Herald staff | Sunday 12 July 2026, 08:15',
            '-3 min read',
        ],
        [
            '-The winning sisters on the church corner (Photo: Herald staff)',
            ('+Two sisters from Hollow Farm, aged 17 and 19, won the 23rd Balingcombe bale-rolling race on '
             'Saturday, pushing a 250-kilo straw bale round the village in 3 minutes 52 seconds.'),
        ],
        [
            ('+Eighteen teams of two took part, and more than 800 spectators lined the 600-metre course from the '
             'pub car park, round the church and back down Mill Lane.'),
            '-Share: Facebook · X · WhatsApp · Email',
            ('+Race founder Walter Sheafwright, who has fired the starting pistol every year since 2003, said: "A '
             'bale has no brakes. Push low, keep it straight and let the hill do the work."'),
        ],
        [
            '-Advertisement',
            "-Get the Herald's village news in your inbox every Friday – sign up free",
        ],
        [
            '+How the day ran',
            '+Bale weigh-in at 10.00',
            '+Junior race with small bales at 11.30',
            '-Read also: Mill Lane to close for resurfacing in August',
            '+Main race and prize-giving at 14.00',
        ],
        [
            ("+The sisters beat last year's winners, two tractor mechanics, by eight seconds after their bale "
             'toppled into a hedge at the church corner.'),
            '-Sponsored: Five ways to keep your garden green this summer',
            ('+The race raised 2,400 pounds for the village playground, and the bales went to a horse sanctuary the '
             'next morning.'),
            '-Tags: bale rolling, Balingcombe, charity',
        ],
        [
            '-6 comments',
            '-Jenny K. — Brilliant day, well done girls!',
            '-Tom W. — That church corner gets someone every year.',
            '-↳ Jenny K. replied: Every single year, Tom!',
            "-Alan P. — Bring back the veterans' race.",
        ],
        [
            '-Follow the Herald on Facebook and Instagram',
            '-© 2026 Balingcombe Herald Ltd · About us · Contact · Privacy',
            '-Cookie settings',
        ],
    ]),
    _page('en', 'en-blog-hurl-like-hattie-first-haggis-hurling', [
        [
            "-Hurl Like Hattie – a Highland games beginner's diary",
            '-Home · About me · Games diary · Kit list · Contact',
            '+My first haggis-hurling contest (and why I smelled of oatmeal all weekend)',
        ],
        [
            '-Posted on 3 August 2026 by Hattie · 5 comments',
            '-6 min read',
            '-This post contains affiliate links; I may earn a small commission.',
        ],
        [
            ('+After three summers of watching from the beer tent, I finally entered the haggis-hurling contest at '
             'the Pitlochry Highland games, talked into it by my cousin Morag in April.'),
            '-In this post: 1. Signing up 2. Contest day 3. Next year',
            ('+The rules are simple: stand on a whisky barrel, throw a 500-gram haggis as far as you can, and it '
             'has to land unburst or the throw does not count.'),
        ],
        [
            '-Morag and me at the beer tent, the night before the games',
            ('+At the briefing the head judge told us: "Throw it like a baby you love, not a stone you hate. Soft '
             'hands, high arc, and never look down at the barrel."'),
            '-Share this: Facebook · Pinterest · WhatsApp',
        ],
        [
            '+My contest day',
            '+Haggis weigh-in at 10.30',
            '+Practice throws at 12.00',
            '+Three competition throws from 13.30',
            '-Mid-throw on the whisky barrel, tongue out as always',
        ],
        [
            '-The grippy trainers I wore are on Amazon here (affiliate link)',
            ('+My best throw went 31 metres, ninth of twenty-two, behind a 68-year-old retired shepherd whose '
             'haggis flew 52 metres.'),
            ('+I raised 300 pounds for the mountain rescue team, and next year Morag is entering too; she has '
             'already bought the kilt.'),
            '-Slàinte, Hattie x',
        ],
        [
            '-My hand-knitted haggis cosies are in my Etsy shop – each one made to order.',
            '-Subscribe by email to get new posts in your inbox.',
        ],
        [
            '-5 thoughts on "My first haggis-hurling contest"',
            '-Morag — You were robbed, that third throw was 35 metres easy!',
            '-↳ Hattie: Ha, tell that to the judge with the tape measure.',
            "-Fiona D. — Loved this, I'm signing up for next year too.",
            '-Auntie Jean — So proud of you, love. Your grandad would have laughed.',
        ],
        [
            '-← Previous post: Kilt shopping on a budget · Next post: What I ate at the games →',
            '-© 2026 Hurl Like Hattie · Theme: Twenty Twenty-Four · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-rouleboisse-course-de-bottes-de-paille', [
        [
            "-L'Écho de Rouleboisse – l'actualité du canton depuis 1921",
            '-Actualités · Sports · Agriculture · Sorties · Nécrologie · Annonces',
            '-Accueil › Actualités › Vie locale',
        ],
        [
            '+Deux sœurs agricultrices remportent la 23e course de bottes de paille de Rouleboisse',
            '-Par la rédaction | dimanche 12 juillet 2026 à 08h15',
            '-3 min de lecture',
        ],
        [
            "-Les deux sœurs dans le virage de l'église (Photo : L'Écho)",
            ('+Deux sœurs de la ferme du Creux, âgées de 17 et 19 ans, ont remporté samedi la 23e course de bottes '
             'de paille de Rouleboisse, en poussant une botte de 250 kilos autour du village en 3 minutes 52 '
             'secondes.'),
        ],
        [
            ("+Dix-huit équipes de deux ont pris le départ, et plus de 800 spectateurs s'étaient massés le long des "
             "600 mètres du parcours, du parking du café à l'église puis par la rue du Moulin."),
            '-Partager : Facebook · X · WhatsApp · E-mail',
            ('+Le fondateur de la course, un céréalier qui donne le départ chaque année depuis 2003, a prévenu : « '
             "Une botte n'a pas de freins. Poussez bas, gardez-la droite et laissez la pente travailler. »"),
        ],
        [
            '-Publicité',
            "-Recevez l'actualité du canton chaque vendredi – inscription gratuite à notre lettre",
        ],
        [
            '+Le déroulé de la journée',
            '+Pesée des bottes à 10 h',
            '+Course des enfants avec de petites bottes à 11 h 30',
            '-À lire aussi : la rue du Moulin fermée pour travaux en août',
            '+Grande course et remise des prix à 14 h',
        ],
        [
            ("+Les sœurs ont devancé de huit secondes les vainqueurs de l'an dernier, deux mécaniciens agricoles, "
             "dont la botte a fini dans une haie au virage de l'église."),
            "-Contenu sponsorisé : cinq astuces pour un jardin vert tout l'été",
            ("+La course a rapporté 2 400 euros pour l'aire de jeux du village, et les bottes sont parties le "
             'lendemain matin pour un refuge de chevaux.'),
            '-Mots-clés : course de bottes, Rouleboisse, solidarité',
        ],
        [
            '-6 commentaires',
            '-Jeannine K. — Superbe journée, bravo les filles !',
            "-Thierry V. — Ce virage de l'église fait une victime chaque année.",
            '-↳ Jeannine K. a répondu : Chaque année, Thierry !',
            '-Alain P. — Remettez la course des anciens !',
        ],
        [
            "-Suivez L'Écho sur Facebook et Instagram",
            "-© 2026 L'Écho de Rouleboisse · Qui sommes-nous · Contact · Confidentialité",
            '-Paramètres des cookies',
        ],
    ]),
    _page('fr', 'fr-blog-la-panse-volante-premier-lancer-de-haggis', [
        [
            "-La Panse Volante – carnet d'une débutante des jeux écossais",
            '-Accueil · À propos · Carnet des jeux · Mon matériel · Contact',
            "+Mon premier concours de lancer de haggis (et pourquoi j'ai senti l'avoine tout le week-end)",
        ],
        [
            '-Publié le 3 août 2026 par Solène · 5 commentaires',
            '-6 min de lecture',
            '-Cet article contient des liens affiliés ; je peux toucher une petite commission.',
        ],
        [
            ('+Après trois étés à regarder depuis la buvette, je me suis enfin inscrite au concours de lancer de '
             'haggis du Festival interceltique de Lorient, poussée par ma cousine Maud en avril.'),
            "-Au sommaire : 1. L'inscription 2. Le jour J 3. L'an prochain",
            ('+Les règles sont simples : debout sur un tonneau de whisky, on lance un haggis de 500 grammes le plus '
             'loin possible, et il doit atterrir sans éclater, sinon le lancer ne compte pas.'),
        ],
        [
            '-Maud et moi à la buvette, la veille du concours',
            ('+Au briefing, le juge principal nous a dit : « Lancez-le comme un bébé que vous aimez, pas comme une '
             'pierre que vous détestez. Mains douces, belle courbe, et ne regardez jamais le tonneau. »'),
            '-Partager : Facebook · Pinterest · WhatsApp',
        ],
        [
            '+Ma journée de concours',
            '+Pesée des haggis à 10 h 30',
            "+Lancers d'essai à 12 h",
            '+Trois lancers de concours à partir de 13 h 30',
            '-En plein lancer sur le tonneau, la langue tirée comme toujours',
        ],
        [
            '-Les baskets qui accrochent bien que je portais sont ici sur Amazon (lien affilié)',
            ('+Mon meilleur lancer a atteint 31 mètres, neuvième sur vingt-deux, derrière un berger retraité de 68 '
             'ans dont le haggis a volé à 52 mètres.'),
            ("+J'ai récolté 300 euros pour les secours en mer, et l'an prochain Maud s'inscrit aussi ; elle a déjà "
             'acheté le kilt.'),
            '-Slàinte, Solène x',
        ],
        [
            '-Mes housses à haggis tricotées main sont dans ma boutique Etsy, faites sur commande.',
            '-Abonnez-vous par e-mail pour recevoir les nouveaux articles.',
        ],
        [
            '-5 réflexions sur « Mon premier concours de lancer de haggis »',
            "-Maud — On t'a volée, ton troisième lancer faisait 35 mètres facile !",
            '-↳ Solène : Ha, va le dire au juge avec son mètre ruban.',
            "-Fanny D. — J'ai adoré, je m'inscris aussi l'an prochain.",
            '-Tatie Jeanne — Tellement fière de toi, ma chérie. Ton grand-père aurait bien ri.',
        ],
        [
            "-← Article précédent : Un kilt pas cher · Article suivant : Ce que j'ai mangé au festival →",
            '-© 2026 La Panse Volante · Thème : Twenty Twenty-Four · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-strohwalzingen-strohballenrollen', [
        [
            '-Strohwalzinger Rundschau – Nachrichten aus dem Landkreis seit 1904',
            '-Lokales · Sport · Landwirtschaft · Freizeit · Trauer · Stellen',
            '-Startseite › Lokales › Dorfleben',
        ],
        [
            '+Bauerntöchter gewinnen das 23. Strohballenrollen von Strohwalzingen',
            '-Von der Lokalredaktion | Sonntag, 12. Juli 2026, 08:15 Uhr',
            '-Lesezeit 3 Minuten',
        ],
        [
            '-Die Schwestern in der Kirchkurve (Foto: Rundschau)',
            ('+Zwei Schwestern vom Hof im Grund, 17 und 19 Jahre alt, haben am Samstag das 23. Strohballenrollen '
             'von Strohwalzingen gewonnen: Sie rollten einen 250 Kilo schweren Ballen in 3 Minuten 52 Sekunden '
             'durchs Dorf.'),
        ],
        [
            ('+Achtzehn Zweierteams gingen an den Start, und mehr als 800 Zuschauer säumten die 600 Meter lange '
             'Strecke vom Gasthof-Parkplatz um die Kirche und die Mühlgasse hinunter.'),
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            ('+Gründer Hinnerk Ballenbrink, der seit 2003 jedes Jahr den Startschuss gibt, sagte: „Ein Ballen hat '
             'keine Bremse. Tief schieben, gerade halten und den Hang arbeiten lassen.“'),
        ],
        [
            '-Anzeige',
            '-Die Dorfnachrichten jeden Freitag im Postfach – jetzt kostenlos den Newsletter abonnieren',
        ],
        [
            '+So lief der Tag',
            '+Wiegen der Ballen um 10 Uhr',
            '+Kinderrennen mit kleinen Ballen um 11.30 Uhr',
            '-Lesen Sie auch: Mühlgasse wird im August gesperrt',
            '+Hauptrennen und Siegerehrung um 14 Uhr',
        ],
        [
            ('+Die Schwestern schlugen die Vorjahressieger, zwei Landmaschinenmechaniker, um acht Sekunden, nachdem '
             'deren Ballen in der Kirchkurve in eine Hecke gekippt war.'),
            '-Gesponsert: Fünf Tipps für einen grünen Garten im Sommer',
            ('+Das Rennen brachte 2400 Euro für den Dorfspielplatz, die Ballen gingen am nächsten Morgen an einen '
             'Gnadenhof für Pferde.'),
            '-Schlagwörter: Strohballenrollen, Strohwalzingen, Spenden',
        ],
        [
            '-6 Kommentare',
            '-Jutta K. — Toller Tag, gut gemacht, Mädels!',
            '-Thorsten W. — Die Kirchkurve erwischt jedes Jahr jemanden.',
            '-↳ Jutta K. antwortet: Jedes Jahr, Thorsten!',
            '-Arno P. — Bringt das Seniorenrennen zurück!',
        ],
        [
            '-Folgen Sie der Rundschau auf Facebook und Instagram',
            '-© 2026 Strohwalzinger Rundschau · Impressum · Kontakt · Datenschutz',
            '-Cookie-Einstellungen',
        ],
    ]),
    _page('de', 'de-blog-haggis-hanna-erster-haggis-weitwurf', [
        [
            '-Haggis-Hanna – Tagebuch einer Highland-Games-Anfängerin',
            '-Start · Über mich · Games-Tagebuch · Ausrüstung · Kontakt',
            '+Mein erster Haggis-Weitwurf (und warum ich das ganze Wochenende nach Hafer roch)',
        ],
        [
            '-Veröffentlicht am 3. August 2026 von Hanna · 5 Kommentare',
            '-6 Minuten Lesezeit',
            '-Dieser Beitrag enthält Affiliate-Links; ich erhalte eventuell eine kleine Provision.',
        ],
        [
            ('+Nach drei Sommern als Zuschauerin am Bierstand habe ich mich endlich zum Haggis-Weitwurf bei den '
             'Highland Games in Husum angemeldet, überredet von meiner Cousine Frieda im April.'),
            '-Inhalt: 1. Die Anmeldung 2. Der Wettkampftag 3. Nächstes Jahr',
            ('+Die Regeln sind einfach: Man steht auf einem Whiskyfass, wirft einen 500 Gramm schweren Haggis so '
             'weit wie möglich, und er muss heil landen, sonst zählt der Wurf nicht.'),
        ],
        [
            '-Frieda und ich am Bierstand, am Abend vor den Spielen',
            ('+Bei der Einweisung sagte uns der Oberschiedsrichter: „Werft ihn wie ein Baby, das ihr liebt, nicht '
             'wie einen Stein, den ihr hasst. Weiche Hände, hoher Bogen, und nie nach unten aufs Fass schauen.“'),
            '-Teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '+Mein Wettkampftag',
            '+Wiegen der Haggis um 10.30 Uhr',
            '+Probewürfe um 12 Uhr',
            '+Drei Wertungswürfe ab 13.30 Uhr',
            '-Mitten im Wurf auf dem Fass, wie immer mit rausgestreckter Zunge',
        ],
        [
            '-Die griffigen Turnschuhe, die ich trug, gibt es hier bei Amazon (Affiliate-Link)',
            ('+Mein bester Wurf ging 31 Meter weit, Platz neun von zweiundzwanzig, hinter einem 68-jährigen Schäfer '
             'im Ruhestand, dessen Haggis 52 Meter flog.'),
            ('+Ich habe 300 Euro für die Seenotretter gesammelt, und nächstes Jahr tritt Frieda auch an; den Kilt '
             'hat sie schon gekauft.'),
            '-Slàinte, eure Hanna',
        ],
        [
            '-Meine handgestrickten Haggis-Wärmer gibt es in meinem Etsy-Shop, jeder auf Bestellung gemacht.',
            '-Abonniere den Blog per E-Mail, um neue Beiträge zu erhalten.',
        ],
        [
            '-5 Gedanken zu „Mein erster Haggis-Weitwurf“',
            '-Frieda — Du wurdest beraubt, dein dritter Wurf war locker 35 Meter!',
            '-↳ Hanna: Ha, sag das mal dem Schiedsrichter mit dem Maßband.',
            '-Franzi D. — Toll geschrieben, ich melde mich nächstes Jahr auch an.',
            '-Tante Gisela — So stolz auf dich, Schatz. Opa hätte sich kaputtgelacht.',
        ],
        [
            ('-← Vorheriger Beitrag: Kilt-Kauf mit kleinem Budget · Nächster Beitrag: Was ich auf den Games '
             'gegessen habe →'),
            '-© 2026 Haggis-Hanna · Theme: Twenty Twenty-Four · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-rotoballeto-corsa-delle-balle-di-paglia', [
        [
            '-La Gazzetta di Rotoballeto – notizie dalla valle dal 1911',
            '-Cronaca · Sport · Agricoltura · Eventi · Necrologi · Annunci',
            '-Home › Cronaca › Vita di paese',
        ],
        [
            '+Due sorelle contadine vincono la 23ª corsa delle balle di paglia di Rotoballeto',
            '-Di Redazione | domenica 12 luglio 2026, ore 08:15',
            '-3 minuti di lettura',
        ],
        [
            '-Le due sorelle alla curva della chiesa (Foto: Gazzetta)',
            ('+Due sorelle della cascina del Fosso, di 17 e 19 anni, hanno vinto sabato la 23ª corsa delle balle di '
             'paglia di Rotoballeto, spingendo una balla da 250 chili intorno al paese in 3 minuti e 52 secondi.'),
        ],
        [
            ('+Hanno partecipato diciotto squadre di due, e oltre 800 spettatori erano lungo i 600 metri del '
             'percorso, dal parcheggio del bar intorno alla chiesa e giù per via del Mulino.'),
            '-Condividi: Facebook · X · WhatsApp · Email',
            ('+Il fondatore Ettore Balloncelli, che dà il via ogni anno dal 2003, ha detto: «Una balla non ha '
             'freni. Spingete bassi, tenetela dritta e lasciate lavorare la discesa.»'),
        ],
        [
            '-Pubblicità',
            '-Ricevi le notizie della valle ogni venerdì: iscriviti gratis alla newsletter',
        ],
        [
            '+Come è andata la giornata',
            '+Pesatura delle balle alle 10',
            '+Corsa dei bambini con balle piccole alle 11.30',
            '-Leggi anche: via del Mulino chiusa per lavori ad agosto',
            '+Gara principale e premiazione alle 14',
        ],
        [
            ("+Le sorelle hanno battuto di otto secondi i vincitori dell'anno scorso, due meccanici di trattori, la "
             'cui balla è finita in una siepe alla curva della chiesa.'),
            "-Contenuto sponsorizzato: cinque consigli per un giardino verde tutta l'estate",
            ('+La corsa ha raccolto 2.400 euro per il parco giochi del paese, e le balle sono andate il mattino '
             'dopo a un rifugio per cavalli.'),
            '-Tag: corsa delle balle, Rotoballeto, beneficenza',
        ],
        [
            '-6 commenti',
            '-Giovanna K. — Giornata splendida, brave ragazze!',
            '-Tommaso V. — Quella curva della chiesa fa una vittima ogni anno.',
            '-↳ Giovanna K. ha risposto: Ogni anno, Tommaso!',
            '-Aldo P. — Rimettete la corsa degli anziani!',
        ],
        [
            '-Segui la Gazzetta su Facebook e Instagram',
            '-© 2026 La Gazzetta di Rotoballeto · Chi siamo · Contatti · Privacy',
            '-Impostazioni cookie',
        ],
    ]),
    _page('it', 'it-blog-la-lanciatrice-di-haggis-prima-gara', [
        [
            '-La Lanciatrice di Haggis – diario di una principiante dei giochi scozzesi',
            '-Home · Chi sono · Diario dei giochi · Attrezzatura · Contatti',
            "+La mia prima gara di lancio dell'haggis (e perché ho profumato d'avena tutto il weekend)",
        ],
        [
            '-Pubblicato il 3 agosto 2026 da Chiara · 5 commenti',
            '-6 minuti di lettura',
            '-Questo articolo contiene link di affiliazione: potrei ricevere una piccola commissione.',
        ],
        [
            ('+Dopo tre estati a guardare dal chiosco della birra, mi sono finalmente iscritta alla gara di lancio '
             "dell'haggis dei giochi scozzesi di Bormio, convinta da mia cugina Bea ad aprile."),
            "-In questo articolo: 1. L'iscrizione 2. Il giorno della gara 3. L'anno prossimo",
            ('+Le regole sono semplici: in piedi su una botte di whisky, si lancia un haggis da 500 grammi il più '
             'lontano possibile, e deve atterrare intero, altrimenti il lancio non vale.'),
        ],
        [
            '-Io e Bea al chiosco della birra, la sera prima dei giochi',
            ('+Al briefing il giudice capo ci ha detto: «Lanciatelo come un bambino che amate, non come un sasso '
             'che odiate. Mani morbide, arco alto, e non guardate mai giù verso la botte.»'),
            '-Condividi: Facebook · Pinterest · WhatsApp',
        ],
        [
            '+La mia giornata di gara',
            '+Pesatura degli haggis alle 10.30',
            '+Lanci di prova alle 12',
            '+Tre lanci di gara dalle 13.30',
            '-In pieno lancio sulla botte, con la lingua fuori come sempre',
        ],
        [
            '-Le scarpe da ginnastica antiscivolo che indossavo sono qui su Amazon (link affiliato)',
            ('+Il mio lancio migliore è arrivato a 31 metri, nona su ventidue, dietro a un pastore in pensione di '
             '68 anni il cui haggis è volato a 52 metri.'),
            ("+Ho raccolto 300 euro per il soccorso alpino, e l'anno prossimo si iscrive anche Bea; il kilt l'ha "
             'già comprato.'),
            '-Slàinte, Chiara',
        ],
        [
            '-I miei copri-haggis fatti a maglia sono nel mio negozio Etsy, ognuno su ordinazione.',
            '-Iscriviti via email per ricevere i nuovi articoli.',
        ],
        [
            "-5 pensieri su “La mia prima gara di lancio dell'haggis”",
            '-Bea — Ti hanno derubata, il terzo lancio era di 35 metri almeno!',
            '-↳ Chiara: Ah, dillo al giudice col metro a nastro.',
            "-Federica D. — Bellissimo, mi iscrivo anch'io l'anno prossimo.",
            '-Zia Giuliana — Sono fierissima di te, tesoro. Il nonno avrebbe riso tanto.',
        ],
        [
            ('-← Articolo precedente: Comprare un kilt spendendo poco · Articolo successivo: Cosa ho mangiato ai '
             'giochi →'),
            '-© 2026 La Lanciatrice di Haggis · Tema: Twenty Twenty-Four · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-beluslawice-wyscig-z-belami-slomy', [
        [
            '-Gazeta Belusławicka – wiadomości z gminy od 1990 roku',
            '-Wiadomości · Sport · Rolnictwo · Imprezy · Nekrologi · Ogłoszenia',
            '-Strona główna › Wiadomości › Z życia wsi',
        ],
        [
            '+Siostry z gospodarstwa wygrały 23. wyścig z belami słomy w Belusławicach',
            '-Redakcja | niedziela, 12 lipca 2026, 08:15',
            '-3 min czytania',
        ],
        [
            '-Siostry na zakręcie przy kościele (fot. Gazeta)',
            ('+Dwie siostry z gospodarstwa pod Jarem, w wieku 17 i 19 lat, wygrały w sobotę 23. wyścig z belami '
             'słomy w Belusławicach, tocząc 250-kilogramową belę wokół wsi w 3 minuty i 52 sekundy.'),
        ],
        [
            ('+Wystartowało osiemnaście dwuosobowych drużyn, a ponad 800 widzów stało wzdłuż 600-metrowej trasy od '
             'parkingu przy barze, wokół kościoła i w dół ulicy Młyńskiej.'),
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            ('+Założyciel wyścigu Zenon Snopołaj, który od 2003 roku co roku daje sygnał do startu, powiedział: '
             '„Bela nie ma hamulców. Pchajcie nisko, trzymajcie prosto i niech górka robi swoje.”'),
        ],
        [
            '-Reklama',
            '-Wiadomości z gminy w każdy piątek na Twojej skrzynce – zapisz się za darmo do newslettera',
        ],
        [
            '+Jak przebiegły zawody',
            '+Ważenie bel o 10:00',
            '+Wyścig dzieci z małymi belami o 11:30',
            '-Czytaj także: ulica Młyńska zamknięta w sierpniu z powodu remontu',
            '+Wyścig główny i wręczenie nagród o 14:00',
        ],
        [
            ('+Siostry o osiem sekund pokonały zeszłorocznych zwycięzców, dwóch mechaników od ciągników, których '
             'bela wpadła w żywopłot na zakręcie przy kościele.'),
            '-Artykuł sponsorowany: pięć sposobów na zielony ogród przez całe lato',
            '+Wyścig przyniósł 2400 zł na wiejski plac zabaw, a bele następnego ranka trafiły do schroniska dla koni.',
            '-Tagi: wyścig z belami, Belusławice, akcja charytatywna',
        ],
        [
            '-6 komentarzy',
            '-Jolanta K. — Wspaniały dzień, brawo dziewczyny!',
            '-Tomasz W. — Ten zakręt przy kościele co roku kogoś łapie.',
            '-↳ Jolanta K. odpowiada: Co roku, Tomku!',
            '-Adam P. — Przywróćcie wyścig seniorów!',
        ],
        [
            '-Obserwuj Gazetę na Facebooku i Instagramie',
            '-© 2026 Gazeta Belusławicka · O nas · Kontakt · Polityka prywatności',
            '-Ustawienia plików cookie',
        ],
    ]),
    _page('pl', 'pl-blog-rzucam-haggisem-pierwsze-zawody', [
        [
            '-Rzucam Haggisem – pamiętnik debiutantki gier szkockich',
            '-Start · O mnie · Dziennik zawodów · Sprzęt · Kontakt',
            '+Moje pierwsze zawody w rzucie haggisem (i dlaczego cały weekend pachniałam owsem)',
        ],
        [
            '-Opublikowano 3 sierpnia 2026 przez Kasię · 5 komentarzy',
            '-6 min czytania',
            '-Ten wpis zawiera linki afiliacyjne; mogę otrzymać niewielką prowizję.',
        ],
        [
            ('+Po trzech latach kibicowania spod namiotu z piwem w końcu zapisałam się na zawody w rzucie haggisem '
             'podczas festiwalu szkockiego w Olsztynie, namówiona w kwietniu przez kuzynkę Zosię.'),
            '-W tym wpisie: 1. Zapisy 2. Dzień zawodów 3. Za rok',
            ('+Zasady są proste: stajesz na beczce po whisky, rzucasz 500-gramowym haggisem jak najdalej, a on musi '
             'wylądować w całości, inaczej rzut się nie liczy.'),
        ],
        [
            '-Zosia i ja pod namiotem z piwem, wieczór przed zawodami',
            ('+Na odprawie sędzia główny powiedział nam: „Rzucajcie nim jak dzieckiem, które kochacie, nie jak '
             'kamieniem, którego nienawidzicie. Miękkie ręce, wysoki łuk i nigdy nie patrzcie w dół na beczkę.”'),
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
        ],
        [
            '+Mój dzień zawodów',
            '+Ważenie haggisów o 10:30',
            '+Rzuty próbne o 12:00',
            '+Trzy rzuty konkursowe od 13:30',
            '-W trakcie rzutu na beczce, jak zawsze z wystawionym językiem',
        ],
        [
            '-Przyczepne buty, w których rzucałam, kupisz tutaj na Allegro (link afiliacyjny)',
            ('+Mój najlepszy rzut poleciał na 31 metrów, co dało dziewiąte miejsce na dwadzieścia dwie osoby, za '
             '68-letnim emerytowanym pasterzem, którego haggis poleciał na 52 metry.'),
            '+Zebrałam 300 zł dla schroniska dla psów, a za rok startuje też Zosia; kilt już kupiła.',
            '-Slàinte, Kasia',
        ],
        [
            '-Moje ręcznie robione pokrowce na haggisa znajdziesz w moim sklepie na Etsy, każdy na zamówienie.',
            '-Zapisz się, aby otrzymywać nowe wpisy e-mailem.',
        ],
        [
            '-5 komentarzy do „Moje pierwsze zawody w rzucie haggisem”',
            '-Zosia — Okradli cię, trzeci rzut miał spokojnie 35 metrów!',
            '-↳ Kasia: Ha, powiedz to sędziemu z taśmą mierniczą.',
            '-Ewa D. — Super wpis, za rok też się zapisuję.',
            '-Ciocia Grażyna — Jestem z ciebie dumna, kochanie. Dziadek by się uśmiał.',
        ],
        [
            '-← Poprzedni wpis: Kilt za małe pieniądze · Następny wpis: Co jadłam na zawodach →',
            '-© 2026 Rzucam Haggisem · Motyw: Twenty Twenty-Four · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-tyukodelovo-gonka-s-tyukami-solomy', [
        [
            '-«Тюкоделовский вестник» — новости района с 1931 года',
            '-Новости · Спорт · Сельское хозяйство · Афиша · Некрологи · Объявления',
            '-Главная › Новости › Жизнь села',
        ],
        [
            '+Сёстры-фермерши выиграли 23-ю гонку с тюками соломы в Тюкоделове',
            '-Редакция | воскресенье, 12 июля 2026, 08:15',
            '-Читается за 3 минуты',
        ],
        [
            '-Сёстры на повороте у церкви (фото: «Вестник»)',
            ('+Две сестры с фермы у Оврага, 17 и 19 лет, в субботу выиграли 23-ю гонку с тюками соломы в '
             'Тюкоделове, прокатив 250-килограммовый тюк вокруг села за 3 минуты 52 секунды.'),
        ],
        [
            ('+На старт вышли восемнадцать команд по два человека, а больше 800 зрителей стояли вдоль 600-метровой '
             'трассы от стоянки у кафе вокруг церкви и вниз по Мельничной улице.'),
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            ('+Основатель гонки Прохор Стогокатов, который с 2003 года каждый год даёт старт, сказал: «У тюка нет '
             'тормозов. Толкайте низко, держите прямо, и пусть работает горка».'),
        ],
        [
            '-Реклама',
            '-Новости района каждую пятницу на вашей почте — подпишитесь на рассылку бесплатно',
        ],
        [
            '+Как прошёл день',
            '+Взвешивание тюков в 10:00',
            '+Детский забег с маленькими тюками в 11:30',
            '-Читайте также: Мельничную улицу закроют на ремонт в августе',
            '+Главная гонка и награждение в 14:00',
        ],
        [
            ('+Сёстры на восемь секунд опередили прошлогодних победителей, двух механиков по тракторам, чей тюк '
             'улетел в живую изгородь на повороте у церкви.'),
            '-Партнёрский материал: пять способов сохранить сад зелёным всё лето',
            ('+Гонка принесла 24 тысячи рублей на детскую площадку села, а тюки на следующее утро отвезли в приют '
             'для лошадей.'),
            '-Теги: гонка с тюками, Тюкоделово, благотворительность',
        ],
        [
            '-6 комментариев',
            '-Юлия К. — Отличный день, молодцы, девчонки!',
            '-Тимур В. — Этот поворот у церкви каждый год кого-нибудь ловит.',
            '-↳ Юлия К. отвечает: Каждый год, Тимур!',
            '-Андрей П. — Верните забег ветеранов!',
        ],
        [
            '-Подписывайтесь на «Вестник» во ВКонтакте и Telegram',
            '-© 2026 «Тюкоделовский вестник» · О редакции · Контакты · Политика конфиденциальности',
            '-Настройки cookie',
        ],
    ]),
    _page('ru', 'ru-blog-haggis-v-polyote-pervye-sorevnovaniya', [
        [
            '-Хаггис в полёте — дневник новичка шотландских игр',
            '-Главная · Обо мне · Дневник игр · Снаряжение · Контакты',
            '+Мои первые соревнования по метанию хаггиса (и почему я все выходные пахла овсянкой)',
        ],
        [
            '-Опубликовано 3 августа 2026 автором Даша · 5 комментариев',
            '-Время на чтение: 6 минут',
            '-В посте есть партнёрские ссылки: я могу получить небольшую комиссию.',
        ],
        [
            ('+Три года я болела за других из пивной палатки, а в апреле двоюродная сестра Лиза уговорила меня '
             'записаться на соревнования по метанию хаггиса на шотландском фестивале в Твери.'),
            '-В этом посте: 1. Запись 2. День соревнований 3. В следующем году',
            ('+Правила простые: стоишь на бочке из-под виски, бросаешь хаггис весом 500 граммов как можно дальше, и '
             'он должен приземлиться целым, иначе бросок не засчитывают.'),
        ],
        [
            '-Мы с Лизой у пивной палатки накануне игр',
            ('+На инструктаже главный судья сказал нам: «Бросайте его как ребёнка, которого любите, а не как '
             'камень, который ненавидите. Мягкие руки, высокая дуга, и никогда не смотрите вниз на бочку».'),
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+Мой день соревнований',
            '+Взвешивание хаггисов в 10:30',
            '+Пробные броски в 12:00',
            '+Три зачётных броска с 13:30',
            '-В момент броска на бочке, как всегда с высунутым языком',
        ],
        [
            '-Кроссовки с цепкой подошвой, в которых я бросала, — вот здесь на Ozon (партнёрская ссылка)',
            ('+Мой лучший бросок улетел на 31 метр — девятое место из двадцати двух, после 68-летнего пастуха на '
             'пенсии, чей хаггис пролетел 52 метра.'),
            ('+Я собрала 30 тысяч рублей для приюта для собак, а в следующем году Лиза тоже участвует; килт она уже '
             'купила.'),
            '-Slàinte, ваша Даша',
        ],
        [
            '-Мои вязаные чехлы для хаггиса — в моём магазине на Ярмарке Мастеров, каждый на заказ.',
            '-Подпишитесь по e-mail, чтобы получать новые посты.',
        ],
        [
            '-5 комментариев к записи «Мои первые соревнования по метанию хаггиса»',
            '-Лиза — Тебя засудили, третий бросок был метров 35, не меньше!',
            '-↳ Даша: Ха, скажи это судье с рулеткой.',
            '-Ева Д. — Классный пост, в следующем году тоже запишусь.',
            '-Тётя Галя — Горжусь тобой, солнышко. Дедушка бы посмеялся.',
        ],
        [
            '-← Предыдущая запись: Килт на небольшой бюджет · Следующая запись: Что я ела на играх →',
            '-© 2026 Хаггис в полёте · Тема: Twenty Twenty-Four · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Settle in – this one runs to about 11 minutes of reading.':
        ('an English blog\'s settle-in reading-time line ("Settle in – this one runs to about 11 minutes of '
         'reading.") is left at the head'),
    "Contributed by Balingcombe Young Farmers' Club":
        ('an English contributed-by-a-club byline ("Contributed by Balingcombe Young Farmers\' Club") is left at '
         'the head'),
    'Фото и текст — Агриппина Соломотюкова':
        'a Russian photo-and-text (фото и текст) byline ("Фото и текст — Агриппина Соломотюкова") is left at the head',
    'Dieser Audiobeitrag des SWR wurde nach Ablauf der Verweildauer depubliziert.':
        ('a German SWR marker for an audio item taken offline after its retention period ("Dieser Audiobeitrag des '
         'SWR wurde nach Ablauf der Verweildauer depubliziert.") is left in the body'),
    'Caricamento del video di RaiPlay in corso, attendere…':
        ('an Italian RaiPlay marker for a video still loading ("Caricamento del video di RaiPlay in corso, '
         'attendere…") is left in the body'),
    'Трансляция на Rutube ещё не началась. Начало в 12:00.':
        ('a Russian Rutube marker for a live stream that has not started yet ("Трансляция на Rutube ещё не '
         'началась. Начало в 12:00.") is left in the body'),
    'Komentarz ukryty z powodu zbyt wielu minusów. Kliknij, aby pokazać.':
        ('the Polish comment-hidden-for-too-many-downvotes stub ("Komentarz ukryty z powodu zbyt wielu minusów. '
         'Kliknij, aby pokazać.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-balingcombe-bale-rolling-race':
        ('the English bale-rolling news report keeps the sponsored headline between the two last paragraphs '
         '("Sponsored: Five ways to keep your garden green this summer") (1 of 20 noise lines); no article '
         'line is lost'),
    'en-blog-hurl-like-hattie-first-haggis-hurling':
        ("the English haggis-hurling blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Morag and me at the beer tent, the night before the games") and the action photo\'s caption closing the '
         'list block ("Mid-throw on the whisky barrel, tongue out as always") (2 of 20 noise lines); it loses (or '
         'puts out of order) the subheading at the top of the list block ("My contest day")'),
    'fr-blog-la-panse-volante-premier-lancer-de-haggis':
        ("the French haggis-hurling blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Maud et moi à la buvette, la veille du concours") and the action photo\'s caption closing the list '
         'block ("En plein lancer sur le tonneau, la langue tirée comme toujours") (2 of 20 noise lines); it loses '
         '(or puts out of order) the subheading at the top of the list block ("Ma journée de concours")'),
    'de-blog-haggis-hanna-erster-haggis-weitwurf':
        ("the German haggis-hurling blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Frieda und ich am Bierstand, am Abend vor den Spielen") and the action photo\'s caption closing the '
         'list block ("Mitten im Wurf auf dem Fass, wie immer mit rausgestreckter Zunge") (2 of 20 noise lines); it '
         'loses (or puts out of order) the subheading at the top of the list block ("Mein Wettkampftag")'),
    'it-blog-la-lanciatrice-di-haggis-prima-gara':
        ("the Italian haggis-hurling blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Io e Bea al chiosco della birra, la sera prima dei giochi") and the action photo\'s caption closing the '
         'list block ("In pieno lancio sulla botte, con la lingua fuori come sempre") (2 of 20 noise lines); no '
         'article line is lost'),
    'pl-blog-rzucam-haggisem-pierwsze-zawody':
        ("the Polish haggis-hurling blog post keeps the opening photo's caption above the paragraph with the "
         'quote ("Zosia i ja pod namiotem z piwem, wieczór przed zawodami") and the action photo\'s caption '
         'closing the list block ("W trakcie rzutu na beczce, jak zawsze z wystawionym językiem") (2 of 20 '
         'noise lines); no article line is lost'),
    'ru-blog-haggis-v-polyote-pervye-sorevnovaniya':
        ("the Russian haggis-hurling blog post keeps the opening photo's caption above the paragraph with the "
         'quote ("Мы с Лизой у пивной палатки накануне игр") and the action photo\'s caption closing the list '
         'block ("В момент броска на бочке, как всегда с высунутым языком") (2 of 20 noise lines); no article '
         'line is lost'),
}

test_held_out_244_line, test_held_out_244_line_is_kept, test_held_out_244_page = held_out_tests(
    HELD_OUT_244_LINES, HELD_OUT_244_KEEP, HELD_OUT_244_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
