"""Held-out set 248: written blind, weighted toward the noise the cleaner exists for, in shapes set 246's docstring does
not name (nor the first paragraphs of sets 243, 244 and 245): scraper, embed and ad markers, all in the body (an English
Flourish visualisation that could not be loaded, with a refresh-or-open-in-a-new-tab hint "This Flourish visualisation
could not be loaded. Try refreshing or open it in a new tab.", an English Bandcamp player whose track the artist removed
"Bandcamp player unavailable: this track has been removed by the artist.", an English Twitch clip whose broadcaster
disabled embedding "Twitch clip unavailable – the broadcaster has disabled embedding.", a French Dailymotion video
withdrawn by its author "La vidéo Dailymotion n'est plus disponible : elle a été retirée par son auteur.", a German
TikTok video whose account was made private "TikTok-Video nicht verfügbar: Das Konto wurde auf privat gestellt.", an
Italian Google Forms (Google Moduli) poll that no longer takes answers "Il sondaggio di Google Moduli non accetta più
risposte.", a Polish TVP VOD player that failed to load, with a try-again-later hint "Nie udało się załadować
odtwarzacza TVP VOD. Spróbuj ponownie później." and a Russian Telegram-channel post deleted by its author "Пост из
Telegram-канала недоступен: сообщение удалено автором."); reading-time headers in new wordings, all at the head (the
English hyphenated N-minute-read label "6-minute read", a blog's grab-a-cuppa line "Grab a cuppa: this one is roughly a
ten-minute read.", the French reading-duration (durée de lecture) label "Durée de lecture : 6 minutes", the German
you-need-about-N-minutes-to-read (zum Lesen brauchen Sie) line "Zum Lesen brauchen Sie etwa 6 Minuten", the Italian
estimated-reading-time (tempo di lettura stimato) label "Tempo di lettura stimato: 6 min", the Polish
reading-time-approx. (czas czytania: ok.) label "Czas czytania: ok. 6 min" and the Russian reading-time-about (время
чтения — около) label "Время чтения — около 6 минут"); bylines and self-promotion (an English name-then-desk byline
without "by" "Tamsin Grooveley, Agriculture Reporter", an English guest-post-by byline "Guest post by Barnaby
Clutchwhistle", a French interview-collected-by (propos recueillis par) byline "Propos recueillis par Solène Sillonnet"
and a Polish compiled-by (opracowanie) byline "Opracowanie: Wiesława Pługowska", all at the head; and an English Vinted
plug for the author's old pie-eating bibs "My old pie-eating bibs are on Vinted if you want one – four quid each.", a
German Steady support plug "Wer mich unterstützen mag: Ich bin jetzt auch auf Steady, jeder Beitrag hilft.", an Italian
Wallapop plug for the author's hand-painted aprons "Trovate i miei grembiuli dipinti a mano su Wallapop." and a Russian
Wildberries plug for the author's knitted pie-shaped pot holders "Мои вязаные прихватки-пирожки теперь есть на
Wildberries, ищите по названию блога.", all at the foot); blog and site footers, all at the foot (an English Squarespace
credit with the privacy and terms links "Proudly built on Squarespace · Privacy · Terms", an English
company-registration line with the registered office "Registered in England and Wales, company no. 09876543. Registered
office: 4 Mill Yard, Sproggington.", an English Jekyll, GitHub Pages and Minima credit "Site by Jekyll · Hosted on
GitHub Pages · Theme: Minima", a French publisher line with the share capital and the trade register (SARL au capital
de, RCS) "Ce site est édité par la SARL Sillon Médias au capital de 10 000 euros, RCS Dijon.", a German Jimdo credit
with the imprint and privacy links "Erstellt mit Jimdo · Impressum · Datenschutz", an Italian court-registration line of
the paper (testata registrata presso il Tribunale) "Testata registrata presso il Tribunale di Piacenza, n. 12 del
1998.", a Polish Wix credit with the cookie-policy link "Strona stworzona w WIX.com · Polityka cookies" and a Russian
uCoz credit with the sitemap link "Сайт создан в системе uCoz · Карта сайта"); reader-comment furniture, all at the foot
(the English WordPress leave-a-reply heading run together with its cancel link "Leave a Reply Cancel reply", an English
pinned-by-the-paper label "Pinned by The Sproggington Furrow", an English Disqus credit under the thread "Comments
powered by Disqus", a French react-to-this-article link for subscribers only "Réagir à cet article (réservé aux
abonnés)", a German comments-close-automatically-after-48-hours note "Die Kommentare werden 48 Stunden nach Erscheinen
des Artikels automatisch geschlossen.", an Italian write-a-comment box placeholder with its character limit "Scrivi un
commento… (max 1000 caratteri)", a Polish commenting-rules and forum-terms row (zasady komentowania, regulamin forum)
"Zasady komentowania · Regulamin forum" and a Russian confirm-your-phone-number-to-comment note "Чтобы комментировать,
подтвердите номер телефона."); share rows, all at the foot (an English copy-link row with Threads and Reddit "Copy link
· Share to Threads · Share to Reddit", an Italian share-this-article (condividi questo articolo) row with Pinterest
"Condividi questo articolo: Facebook · WhatsApp · Pinterest" and a Russian copy-link-and-send row (скопировать ссылку,
отправить в) "Скопировать ссылку · Отправить в Telegram · Отправить в WhatsApp"); and notices (a French paywall notice
with the share left to read "Cet article est réservé à nos abonnés. Il vous reste 70 % à lire." and a German editors'
note that the article was translated with AI and checked "Hinweis der Redaktion: Dieser Artikel wurde mithilfe von KI
übersetzt und redaktionell geprüft.", both in the body; and a Polish the-photos-are-illustrative note "Zdjęcia w
artykule mają charakter poglądowy.", at the foot); and twenty keep lines, article sentences that look a little like
noise ("Comments from the weigh-bridge crew suggested the 1952 Fordson was carrying an illegal brick in its toolbox.",
"Shared by three brothers, the Field Marshall tractor has been restored in a barn over eleven winters.", "Following a
dry week, the pulling track was watered twice so that the sledge would not bog down.", "Subscribers to the vintage
club's magazine were allowed to park their tractors beside the arena.", "Copyright on the meet's famous poster of a
smiling Ferguson belongs to a retired art teacher.", "Advertising boards from the 1960s were borrowed from the museum to
line the pulling lane.", "Reading the dial on the dynamometer, the steward declared a new record of 84 metres.",
"Commentaires et applaudissements ont suivi chaque tracteur jusqu'au bout de la piste.", "Partagée entre deux cousins,
la victoire a été fêtée avec une tarte aux pommes géante.", "Abonnée au journal depuis 1961, la doyenne du village a
remis la coupe au vainqueur.", "Kommentiert wurde jeder Zug vom Bürgermeister, der selbst einen Lanz Bulldog fährt.",
"Geteilt haben sich die beiden Sieger den Pokal und eine ganze Schwarzwälder Kirschtorte.", "Werbung für das Treffen
machte der Verein mit alten Traktoren auf dem Marktplatz.", "Commentando la gara, il sindaco ha promesso una pista nuova
per l'anno prossimo.", "Seguito da quasi mille persone, il trattore del 1958 ha trascinato la slitta fino in fondo.",
"Condivisa tra due fratelli, la vittoria è stata festeggiata con una crostata di fichi.", "Komentarze widzów dotyczyły
głównie dymu z komina starego Ursusa.", "Udostępniony przez muzeum rolnictwa ciągnik z 1949 roku otworzył zawody.",
"Комментируя победу, тракторист сказал, что трактор старше его отца." and "Подписчики районной газеты выбрали самый
красивый трактор выставки."); and toward whole scraped news and hobby-blog pages in layouts set 246's docstring does not
describe (on the six portal pages, in eight blocks, the masthead with its tagline and the section menu in a block of two
at the very top; the title third in a block of four, under a breadcrumb and a bare reading time and above the byline
with the date and time (one line); the first paragraph first in a block of two, above the lead photo's caption with its
credit (one line); the second paragraph and the paragraph with the quote at the two ends of a block of three, with a
read-also link between them; the subheading and the three rows in a block of six, opened by a bare advertisement label
(Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама) above the subheading and closed by a sponsored
headline under the third row; the two last paragraphs in the middle of a block of four, under a share row and above a
tags line; a thread of six lines alone in a block (a comment count, a reader's comment, a second reader's arrowed reply
to it, a third and a fourth reader's comments and the paper's arrowed reply to the fourth); and at the foot a newsletter
prompt, a follow-us prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page) and the publisher's
copyright line with its links in one line, in a block of three; on the six blog pages, in nine blocks, the blog name
with its tagline, the menu and the posted-on-by line (with the comment count) in a block of three at the very top; the
title first in a block of three, above a bare reading time and an affiliate-links disclosure; the first paragraph last
in a block of two, under a table of contents (its heading and three numbered entries in one line); the second paragraph
and the paragraph with the quote at the top of a block of three, above the opening photo's caption; the subheading and
the three rows with an affiliate link to the author's stretchy apron (on Amazon, on Allegro on the Polish blog, on Ozon
on the Russian blog) opening the list block above the subheading and an action photo's caption between the second and
third rows (a block of six, the link first and the caption fifth); the two last paragraphs alone in a block of two; a
save-it-for-later share row (Pinterest), a plug for her hand-stitched pie-shaped oven gloves or pot holders (in an Etsy
shop, at Ярмарка Мастеров on the Russian blog) and a subscribe-by-email prompt in a block of three; a thread of six
lines alone in a block (a thoughts-on or comments heading with its count quoting the post's title, the brother's
comment, the author's arrowed reply to him, two readers' comments and the author's arrowed reply to the second of them);
and at the foot a previous-and-next-post line and the author's copyright line with the theme and platform credit in one
line, in a block of two), taken from local news of a town's 31st vintage tractor-pulling meet (a 1956 tractor (a Fordson
Major, a Renault D22, a Lanz Bulldog, a Landini Velite, an Ursus C-45, an МТЗ-2) driven by a 74-year-old retired
dairyman dragging the weighted sledge 86 metres, 34 tractors built before 1970 in front of more than 1,500 spectators on
a farm showground or meadow by a mill, the organiser's quote, who has run the meet since 1995, that old iron does not
like to be hurried: low gear, steady throttle and never look back at the sledge, the weigh-in and safety checks at 9.00,
class pulls from 11.00 and the open final with the prize-giving at 16.00, the winner beating last year's champion, a
retired haulier, by four metres after his tractor stalled in blue smoke halfway down the track, 3,100 pounds, euros or
złoty (31 thousand roubles on the Russian page) raised for the air ambulance, the firemen or the Croce Verde and the
tractor leading the harvest parade in September) in six invented towns, and from six hobby blogs of young women on their
first pie-eating championship (dared by a brother over a Christmas or New Year dinner, at a pub in Wigan (meat and
potato pies), in Pithiviers (pithiviers), at the Zwiebelmarkt in Weimar (onion tart), at a sagra in Lucca (crostata), at
a fair in Kazimierz Dolny (szarlotka) and at a fair in Ryazan (cabbage pie), twenty eaters at a long table with three
minutes on the clock, the head judge's quote at the briefing, a retired baker, to chew less, breathe more and never look
at the clock, registration and the weigh-in at 11.00, heats of five from 12.30 and the final at 14.00 with one glass of
water allowed, two and a half pies for ninth of twenty behind a 60-year-old lorry driver who ate five, 280 pounds, euros
or złoty (28 thousand roubles on the Russian blog) raised for the food bank and the brother promising to train with her
for next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 246 but what is named here), held-out set 247 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 246 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 243, 244 and 245, printed with one ast script
(/tmp/s248scratch/read_allowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s248scratch/insp.py, with /tmp/wt-s248/src and /tmp/wt-s248/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s248 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 246's as printed, with 246 -> 248; /tmp/s248scratch/gen248.py writes this file
from scratch files (data248.py with the noise and keep lines, pages248.py with the pages as fields and the two layouts
that turn them into blocks, doc/*.txt with the docstring paragraphs and, after the measurement, tables248.py with the
xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s248, detached at commit 51ce9c8669c05c648a1081239838fa7ab5dab6e2, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 23:06:23 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 23:06:24 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 0531d0fbd0056a8862723a8c802c86a36cce2c54 (main had moved past the brief's commit, so both worktrees were
made at the brief's commit, as the brief says); both worktrees were made at 51ce9c8669c05c648a1081239838fa7ab5dab6e2
with ``git worktree add``, output to /dev/null, both exit codes 0, and ``git rev-parse HEAD`` in each printed that
commit; /work/main was not touched afterwards. (2) read_allowed.py first printed to the terminal, which the tool cut in
the middle (it showed set 243's first paragraph and the start of 244's, then from inside set 246's Slips and notes on:
the end of its notes, its Judgement calls, Contents and Baseline paragraphs, its imports and its tail); the second run
went to /tmp/s248scratch/allowed.txt (only the allowed parts), which I paged with ``sed -n`` on that output file, never
on a file of the repository; nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import (and gen248.py's import of the written file, to compare it with the scratch data) loads the cleaner's modules,
but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out
marker here is named for a marker in them (Flourish, Bandcamp, Twitch, Dailymotion, TikTok, Google Forms, TVP VOD and
Telegram are new; the failures are worded anew: a visualisation that could not be loaded with a refresh-or-new-tab hint,
a track removed by the artist, a clip whose broadcaster disabled embedding, a video withdrawn by its author, a video of
an account made private, a poll that takes no more answers, a player that failed to load with a try-later hint, a
channel post deleted by its author); the reading times avoid the phrasings named there (the new ones are "N-minute
read", "Grab a cuppa ... read", "Durée de lecture", "Zum Lesen brauchen Sie etwa", "Tempo di lettura stimato", "Czas
czytania: ok." and "Время чтения — около"); the bylines are of new shapes (name with desk and no "by", guest post by,
"Propos recueillis par", "Opracowanie") and the plugs name platforms not named there (Vinted, Steady, Wallapop,
Wildberries); the footers use builders, hosts and legal lines not named there (Squarespace, a company-registration line,
Jekyll with GitHub Pages and Minima, a French share-capital and RCS line, Jimdo, an Italian court-registration line,
Wix, uCoz); the comment lines (a leave-a-reply heading, a pinned-by label, a Disqus credit, a subscribers-only react
link, a 48-hour auto-close note, a comment-box placeholder, a commenting-rules row, a phone-confirmation note), the
share rows (copy link with Threads and Reddit; condividi questo articolo with Pinterest; copy link and send to Telegram
and WhatsApp) and the notices (a French paywall notice and a German AI-translation note in the body, a Polish
photos-are-illustrative note at the foot) are of kinds not named there. Two comment lines of my first draft were
replaced before anything was measured because they came close to named log-in prompts ("You must be logged in to post a
comment." and a Polish add-a-comment-as-a-guest-or-log-in prompt). The company number 09876543 and the
court-registration number were made up and not checked. The page furniture (mastheads, menus, reading times, captions,
ad labels and the like) is of the ordinary kinds the brief lists, and some of it (the page reading times, the "Anzeige"
and "Reklama" labels) is worded like lines of earlier sets; the layouts differ from those of set 246 (see the first
paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files)
before use and had no hits: Sproggington (and so The Sproggington Furrow and Mill Yard, Sproggington), Glaisonville (and
Le Sillon de Glaisonville), Schollenbrück (and the Schollenbrücker Tageblatt), Zolladoro (and La Gazzetta di Zolladoro),
Skibowice and Skibowic (and Głos Skibowic), Пахотинск (and «Пахотинский вестник»), Hester Clodworthy, Firmin
Labouraille, Gerlinde Pflugmacher, Ottavio Zollarini, Bronisław Skibniak, Трофим Бороздин, Puffpastry Polly, Les Joues
de Framboise, Mampfmädchen, La Forchetta Impaziente, Szarlotkowa Zosia, Пирожковая Даша, Tamsin Grooveley, Barnaby
Clutchwhistle, Solène Sillonnet, Wiesława Pługowska, Sillon Médias and "Sillon Médias au capital"; the commenters are
first names with an initial or a relation ("my brother") and the authors first names only, which were not checked; real
towns (Wigan, Pithiviers, Weimar, Lucca, Kazimierz Dolny, Ryazan, Dijon, Piacenza), tractor makes and platforms are
named as real pages do. (6) Before the measurement /tmp/s248scratch/check.py checked the counts (categories, languages,
places; 45 noise and 20 keep lines; each page 10 article and 20 noise lines), that all 425 lines are distinct, that no
noise line occurs inside any other line (article, keep or noise, case-insensitively) and that no line holds an at-sign:
nothing was found; gen248.py checks that no line of this file is over 120 columns and that the lists and pages read back
from it equal the scratch data. (7) The measurement was run once, in one shell call, with the xfail tables empty and
this file final but for them and the Baseline paragraph (``date`` printed 23:12:32 before it); its report is quoted in
the Baseline paragraph. Then /tmp/s248scratch/problems.py (importing the copy in /tmp/wt-s248/tests with
/tmp/wt-s248/src on the path) printed the problems of each failing case with ``_problems``: every problem was a kept
line ("kept boilerplate"), none a lost article line, and no problem of another kind (no unreported removal, no range or
offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s248scratch/mktables.py writes tables248.py from the saved problems.json, which gen248.py puts into this file);
mktables.py checks that every problem is a kept line and matches each printed snippet to exactly one line of its page,
which the reason quotes in full with where it sits and the count the report counts left; the reason of each line quotes
it and says where it was put; the keys of the tables are exactly the failing lines and pages of that output; the lists
and pages of the final file were imported back and found equal to the scratch data, and the final file was checked with
the pytest command in /tmp/wt-s248 (see the Baseline paragraph). (9) Clock: ``date`` printed 23:06:23 at the start,
23:12:32 at the measurement, 23:12:51 just before the problems were printed and 23:12:56 after; the tables, the Baseline
paragraph and these notes followed, and the commit within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the tractor-pulling meet that open with or
hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the story, so article ("Comments
from the weigh-bridge crew", "Commentaires et applaudissements", "Kommentiert wurde jeder Zug", "Commentando la gara",
"Komentarze widzów" and "Комментируя победу" open like comment furniture but tell of a suspected brick in a toolbox,
applause along the track, a mayor who drives a Lanz, a promised new track, smoke from an old Ursus and a driver's joke
about his tractor's age; "Shared by three brothers", "Partagée entre deux cousins", "Geteilt haben sich die beiden
Sieger", "Condivisa tra due fratelli" and "Udostępniony przez muzeum" open like share rows but tell who restored, won or
lent a tractor and what cake was eaten; "Following a dry week" and "Seguito da quasi mille persone" open like follow
prompts but tell of a watered track and a crowd; "Subscribers to the vintage club's magazine", "Abonnée au journal
depuis 1961" and "Подписчики районной газеты" open like subscribe prompts but tell of parking, the oldest subscriber
handing over the cup and a readers' vote; "Copyright on the meet's famous poster" opens like a copyright line but tells
who owns the poster; "Advertising boards from the 1960s" and "Werbung für das Treffen" open like advertisement labels
but tell of museum boards and a parade of old tractors; "Reading the dial on the dynamometer" opens like a reading time
but tells of a record). Borderline categories: the four plugs (Vinted, Steady, Wallapop, Wildberries) are bylines and
self-promotion, at the foot, since each promotes the author's own things or asks for support in the author's voice; the
name-then-desk line has no "by" but is a byline; the eight embed lines are markers (what an embed leaves in the text
when it does not show), though the Italian Google Forms line and the Russian Telegram line read as sentences; the
English company-registration line, the French publisher line with its share capital and the Italian court-registration
line are footers (legal lines of the site or the publisher, not of the article), and so are the Squarespace, Jekyll,
Jimdo, Wix and uCoz credits; the leave-a-reply heading, the pinned-by label, the Disqus credit, the subscribers-only
react link, the 48-hour closing note, the comment-box placeholder, the commenting-rules row and the phone-confirmation
note are comment furniture, since they sit over, in or under the comments and speak only of commenting; the French
paywall notice and the German AI-translation note are notices in the body (both speak of the article they sit in), and
the Polish photos-are-illustrative note is a notice at the foot. On every page the title, the three paragraphs before
the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads and blog names with taglines, menus, breadcrumbs, posted-on lines, bylines, reading times,
affiliate disclosures and links, tables of contents, captions and photo credits, read-also links, advertisement labels,
sponsored headlines, share rows, tags lines, comment counts and comments headings, comments and replies, newsletter,
follow and subscribe prompts, plugs, previous-and-next-post lines and copyright lines) is noise. The list rows
(weigh-in, class pulls and final on the portals; registration, heats and final on the blogs) are short but part of each
article, so article; the list headings ("How the day went", "How my day went" and the like) are the articles'
subheadings, so article; the portals' advertisement label opening the list block and sponsored headline closing it are
noise though they share the block with the list, and the blogs' affiliate link above the subheading and action photo
caption between the second and third rows are noise though they sit in the list block; the arrowed replies, a reader's
and the paper's own on the portals and the author's own on the blogs, are comment furniture, so noise; the blogs'
comments heading quotes the post's title but is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Russian and notice in French, German and Polish; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: French and German), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-sproggington-vintage-tractor-pull (a
1956 Fordson Major winning Sproggington's 31st vintage tractor-pulling meet, in The Sproggington Furrow),
en-blog-puffpastry-polly-first-pie-eating-championship (Polly's first pie-eating championship at a pub in Wigan, ninth
of twenty), fr-portail-glaisonville-traction-de-tracteurs-anciens (a 1956 Renault D22 winning the vintage
tractor-pulling meet of Glaisonville, in Le Sillon de Glaisonville),
fr-blog-les-joues-de-framboise-concours-de-pithiviers (Amélie's first pithiviers-eating contest at Pithiviers),
de-portal-schollenbrueck-oldtimer-traktorziehen (a 1956 Lanz Bulldog winning the Oldtimer-Traktorziehen of
Schollenbrück, in the Schollenbrücker Tageblatt), de-blog-mampfmaedchen-zwiebelkuchen-wettessen (Jana's first onion-tart
eating contest at the Zwiebelmarkt in Weimar), it-portale-zolladoro-tiro-dei-trattori-depoca (a 1956 Landini Velite
winning the vintage tractor pull of Zolladoro, in La Gazzetta di Zolladoro),
it-blog-la-forchetta-impaziente-gara-di-crostata (Chiara's first crostata-eating contest at a sagra in Lucca),
pl-portal-skibowice-zlot-zabytkowych-ciagnikow (a 1956 Ursus C-45 winning the vintage tractor meet of Skibowice, in the
Głos Skibowic), pl-blog-szarlotkowa-zosia-konkurs-jedzenia-szarlotki (Zosia's first szarlotka-eating contest at a fair
in Kazimierz Dolny), ru-portal-pakhotinsk-slet-starinnykh-traktorov (a 1956 МТЗ-2 winning the vintage tractor meet of
Пахотинск, in «Пахотинский вестник»), ru-blog-pirozhkovaya-dasha-konkurs-po-poedaniyu-pirogov (Даша's first pie-eating
contest at a fair in Ryazan), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 51ce9c8669c05c648a1081239838fa7ab5dab6e2, measured with ``cd /tmp/wt-s248 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s248/src python -m pytest -q tests/test_clean_held_out_248.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s248 && PYTHONPATH=/tmp/wt-s248/src python
scripts/clean_held_out_report.py --sets 248``, with the xfail tables empty, at 23:12:32 UTC by ``date``): noise lines
removed 38/45 (marker 5/8, reading-time 7/7, byline 7/8, footer 7/8, comments 6/8, share 3/3, notice 3/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: in the body three markers (the Italian Google Forms poll that
takes no more answers, the Polish TVP VOD player that failed to load and the Russian Telegram-channel post deleted by
its author); and at the foot the Italian Wallapop plug, the French publisher footer with the share capital and the trade
register, the German comments-close-after-48-hours note and the Russian confirm-your-phone-number-to-comment note; every
reading time, byline, share row and notice, the English and the other plugs, markers, footers and comment lines went);
keep lines kept 20/20; pages 6/12 clean (all six portal pages), 10 of 240 page noise lines left and 0 of 120 article
lines lost. Left: on all six blogs the action photo's caption between the second and third rows of the list block (1
each); on the Polish and Russian blogs also the opening photo's caption under the paragraph with the quote (2 each); on
the Italian blog also the save-it-for-later share row and the plug for her hand-stitched pot holders in the block under
the two last paragraphs (3); the six portals keep none. No page and no keep line loses an article line. The failing
cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s248 gave 64 passed, 13 xfailed, no
XPASS.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_248_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Flourish visualisation could not be loaded. Try refreshing or open it in a new tab.', 'marker'),
    ('body', 'Bandcamp player unavailable: this track has been removed by the artist.', 'marker'),
    ('body', 'Twitch clip unavailable – the broadcaster has disabled embedding.', 'marker'),
    ('body', "La vidéo Dailymotion n'est plus disponible : elle a été retirée par son auteur.", 'marker'),
    ('body', 'TikTok-Video nicht verfügbar: Das Konto wurde auf privat gestellt.', 'marker'),
    ('body', 'Il sondaggio di Google Moduli non accetta più risposte.', 'marker'),
    ('body', 'Nie udało się załadować odtwarzacza TVP VOD. Spróbuj ponownie później.', 'marker'),
    ('body', 'Пост из Telegram-канала недоступен: сообщение удалено автором.', 'marker'),
    ('head', '6-minute read', 'reading-time'),
    ('head', 'Grab a cuppa: this one is roughly a ten-minute read.', 'reading-time'),
    ('head', 'Durée de lecture : 6 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 6 Minuten', 'reading-time'),
    ('head', 'Tempo di lettura stimato: 6 min', 'reading-time'),
    ('head', 'Czas czytania: ok. 6 min', 'reading-time'),
    ('head', 'Время чтения — около 6 минут', 'reading-time'),
    ('head', 'Tamsin Grooveley, Agriculture Reporter', 'byline'),
    ('head', 'Guest post by Barnaby Clutchwhistle', 'byline'),
    ('head', 'Propos recueillis par Solène Sillonnet', 'byline'),
    ('head', 'Opracowanie: Wiesława Pługowska', 'byline'),
    ('tail', 'My old pie-eating bibs are on Vinted if you want one – four quid each.', 'byline'),
    ('tail', 'Wer mich unterstützen mag: Ich bin jetzt auch auf Steady, jeder Beitrag hilft.', 'byline'),
    ('tail', 'Trovate i miei grembiuli dipinti a mano su Wallapop.', 'byline'),
    ('tail', 'Мои вязаные прихватки-пирожки теперь есть на Wildberries, ищите по названию блога.', 'byline'),
    ('tail', 'Proudly built on Squarespace · Privacy · Terms', 'footer'),
    ('tail',
     'Registered in England and Wales, company no. 09876543. Registered office: 4 Mill Yard, Sproggington.',
     'footer'),
    ('tail', 'Site by Jekyll · Hosted on GitHub Pages · Theme: Minima', 'footer'),
    ('tail', 'Ce site est édité par la SARL Sillon Médias au capital de 10 000 euros, RCS Dijon.', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Impressum · Datenschutz', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Piacenza, n. 12 del 1998.', 'footer'),
    ('tail', 'Strona stworzona w WIX.com · Polityka cookies', 'footer'),
    ('tail', 'Сайт создан в системе uCoz · Карта сайта', 'footer'),
    ('tail', 'Leave a Reply Cancel reply', 'comments'),
    ('tail', 'Pinned by The Sproggington Furrow', 'comments'),
    ('tail', 'Comments powered by Disqus', 'comments'),
    ('tail', 'Réagir à cet article (réservé aux abonnés)', 'comments'),
    ('tail', 'Die Kommentare werden 48 Stunden nach Erscheinen des Artikels automatisch geschlossen.', 'comments'),
    ('tail', 'Scrivi un commento… (max 1000 caratteri)', 'comments'),
    ('tail', 'Zasady komentowania · Regulamin forum', 'comments'),
    ('tail', 'Чтобы комментировать, подтвердите номер телефона.', 'comments'),
    ('tail', 'Copy link · Share to Threads · Share to Reddit', 'share'),
    ('tail', 'Condividi questo articolo: Facebook · WhatsApp · Pinterest', 'share'),
    ('tail', 'Скопировать ссылку · Отправить в Telegram · Отправить в WhatsApp', 'share'),
    ('body', 'Cet article est réservé à nos abonnés. Il vous reste 70 % à lire.', 'notice'),
    ('body',
     'Hinweis der Redaktion: Dieser Artikel wurde mithilfe von KI übersetzt und redaktionell geprüft.',
     'notice'),
    ('tail', 'Zdjęcia w artykule mają charakter poglądowy.', 'notice'),
]

HELD_OUT_248_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comments from the weigh-bridge crew suggested the 1952 Fordson was carrying an illegal brick in its toolbox.'),
    ('head', 'Shared by three brothers, the Field Marshall tractor has been restored in a barn over eleven winters.'),
    ('body', 'Following a dry week, the pulling track was watered twice so that the sledge would not bog down.'),
    ('tail', "Subscribers to the vintage club's magazine were allowed to park their tractors beside the arena."),
    ('tail', "Copyright on the meet's famous poster of a smiling Ferguson belongs to a retired art teacher."),
    ('tail', 'Advertising boards from the 1960s were borrowed from the museum to line the pulling lane.'),
    ('body', 'Reading the dial on the dynamometer, the steward declared a new record of 84 metres.'),
    ('head', "Commentaires et applaudissements ont suivi chaque tracteur jusqu'au bout de la piste."),
    ('body', 'Partagée entre deux cousins, la victoire a été fêtée avec une tarte aux pommes géante.'),
    ('tail', 'Abonnée au journal depuis 1961, la doyenne du village a remis la coupe au vainqueur.'),
    ('head', 'Kommentiert wurde jeder Zug vom Bürgermeister, der selbst einen Lanz Bulldog fährt.'),
    ('body', 'Geteilt haben sich die beiden Sieger den Pokal und eine ganze Schwarzwälder Kirschtorte.'),
    ('tail', 'Werbung für das Treffen machte der Verein mit alten Traktoren auf dem Marktplatz.'),
    ('head', "Commentando la gara, il sindaco ha promesso una pista nuova per l'anno prossimo."),
    ('tail', 'Seguito da quasi mille persone, il trattore del 1958 ha trascinato la slitta fino in fondo.'),
    ('tail', 'Condivisa tra due fratelli, la vittoria è stata festeggiata con una crostata di fichi.'),
    ('head', 'Komentarze widzów dotyczyły głównie dymu z komina starego Ursusa.'),
    ('tail', 'Udostępniony przez muzeum rolnictwa ciągnik z 1949 roku otworzył zawody.'),
    ('head', 'Комментируя победу, тракторист сказал, что трактор старше его отца.'),
    ('body', 'Подписчики районной газеты выбрали самый красивый трактор выставки.'),
]

HELD_OUT_248_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-sproggington-vintage-tractor-pull', [
        [
            '-The Sproggington Furrow · News for Sproggington and its villages',
            "-News · Sport · Farming · What's On · Property · Jobs",
        ],
        [
            '-Home › News › Farming',
            '-3-minute read',
            "+Retired dairyman's 1956 Fordson wins Sproggington vintage tractor pull",
            '-By Hester Clodworthy | Sunday 14 June 2026, 18:20',
        ],
        [
            ("+A 1956 Fordson Major driven by a 74-year-old retired dairyman won Sproggington's 31st vintage "
             'tractor-pulling meet on Saturday, dragging the weighted sledge 86 metres.'),
            '-The winning Fordson Major on the pulling track at Home Farm. Photo: Hester Clodworthy',
        ],
        [
            ('+Thirty-four tractors built before 1970 took part in front of more than 1,500 spectators on the '
             'showground at Home Farm, each pulling a sledge that grows heavier as it moves.'),
            "-Read also: Young farmers' hay-bale race raises £900 for the village hall",
            ('+"Old iron doesn\'t like to be hurried: low gear, steady throttle and never look back at the '
             'sledge," said the meet\'s organiser, who has run the event since 1995.'),
        ],
        [
            '-Advertisement',
            '+How the day went',
            '+Weigh-in and safety checks of every tractor at 9.00',
            '+Class pulls for the Fordsons, Fergusons and Nuffields from 11.00',
            '+The open final and the prize-giving at 16.00',
            '-Sponsored: Compare vintage tractor insurance quotes in two minutes',
        ],
        [
            '-Share this story: Facebook · WhatsApp · Email',
            ("+The winner beat last year's champion, a retired haulier, by four metres after his Nuffield stalled "
             'in a cloud of blue smoke halfway down the track.'),
            ('+The meet raised £3,100 for the county air ambulance, and the Fordson will lead the harvest parade '
             'through the town in September.'),
            '-Tags: Tractor pulling · Sproggington · Vintage machinery',
        ],
        [
            '-7 comments',
            '-Marjorie B.: My father drove a Fordson just like that one, lovely to see it win.',
            '-↳ Keith W.: Same here, the smell of that exhaust takes me straight back.',
            '-Dennis P.: Shame about the Nuffield, it was flying until the smoke came out.',
            '-Sally H.: Could the meet not start a bit later? The car park was full by nine.',
            '-↳ The Sproggington Furrow: Thanks Sally, we have passed this on to the organisers.',
        ],
        [
            "-Sign up to the Furrow's Saturday farming email – it's free",
            '-Follow the Furrow on Facebook and Instagram',
            '-© 2026 The Sproggington Furrow · Contact us · Advertise with us · Privacy policy',
        ],
    ]),
    _page('en', 'en-blog-puffpastry-polly-first-pie-eating-championship', [
        [
            '-Puffpastry Polly – baking, eating and the occasional bad idea',
            '-Home · Recipes · Adventures · About me · Contact',
            '-Posted on 21 June 2026 by Polly · 6 comments',
        ],
        [
            '+I entered a pie-eating championship and lived to tell the tale',
            '-Reading time: 4 minutes',
            '-This post contains affiliate links: if you buy through them, I may earn a small commission.',
        ],
        [
            '-In this post: 1. The dare 2. The rules 3. The big day',
            ('+Last Saturday I took part in my first pie-eating championship, at a pub in Wigan, after my brother '
             'dared me over Christmas dinner.'),
        ],
        [
            ('+Twenty of us sat at a long trestle table with a meat and potato pie each in front of us and three '
             'minutes on the clock to eat as many as we could.'),
            ('+At the briefing the head judge, a retired baker, told us: "Chew less, breathe more, and never, '
             'ever look at the clock."'),
            '-Me and my brother before the start, still hungry',
        ],
        [
            '-The stretchy apron I wore is on Amazon (affiliate link)',
            '+How my day went',
            '+Registration and the weigh-in at 11.00',
            '+The heats of five eaters from 12.30',
            '-Pie number two, and the gravy is winning',
            '+The final at 14.00, with a pint of water allowed',
        ],
        [
            ('+I managed two and a half pies and finished ninth of twenty, a long way behind a 60-year-old lorry '
             'driver who ate five.'),
            ('+We raised £280 for the local food bank, and my brother has already promised to train with me for '
             'next year.'),
        ],
        [
            '-Pin it for later: Pinterest · Facebook · Email',
            '-My hand-stitched pie-shaped oven gloves are in my Etsy shop',
            '-Never miss a post – subscribe by email',
        ],
        [
            '-6 thoughts on “I entered a pie-eating championship and lived to tell the tale”',
            "-Tom (my brother): Ninth! I'm telling Mum you only ate two.",
            '-↳ Polly: Two and a HALF, thank you very much.',
            '-Jenny R.: The oven gloves are adorable, just ordered a pair.',
            '-Ade K.: I did Wigan in 2019, the gravy is the real enemy.',
            "-↳ Polly: So true, Ade, next year I'm bringing a bib.",
        ],
        [
            '-« Previous post: My first sourdough disaster · Next post: Picnic pies for beginners »',
            '-© 2026 Puffpastry Polly · Theme: GeneratePress · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-glaisonville-traction-de-tracteurs-anciens', [
        [
            "-Le Sillon de Glaisonville · L'actualité du canton depuis 1921",
            '-Actualité · Sports · Agriculture · Loisirs · Annonces',
        ],
        [
            '-Accueil › Actualité › Agriculture',
            '-Lecture : 3 min',
            '+Un Renault de 1956 remporte la course de traction de tracteurs anciens de Glaisonville',
            '-Par Firmin Labouraille · Publié le 14 juin 2026 à 18h20',
        ],
        [
            ('+Un tracteur Renault D22 de 1956, piloté par un éleveur laitier retraité de 74 ans, a remporté '
             'samedi la 31e rencontre de tracteurs anciens de Glaisonville en tirant le traîneau lesté sur 86 '
             'mètres.'),
            '-Le Renault D22 vainqueur sur la piste de traction. Photo : Firmin Labouraille',
        ],
        [
            ('+Trente-quatre tracteurs construits avant 1970 ont concouru devant plus de 1 500 spectateurs sur le '
             "pré de la ferme du Moulin, chacun tirant un traîneau qui s'alourdit à mesure qu'il avance."),
            '-À lire aussi : La course de bottes de paille des Jeunes Agriculteurs rapporte 900 euros',
            ("+« La vieille mécanique n'aime pas qu'on la presse : petite vitesse, gaz réguliers et ne jamais se "
             "retourner vers le traîneau », a expliqué l'organisateur, qui dirige la rencontre depuis 1995."),
        ],
        [
            '-Publicité',
            '+Le déroulement de la journée',
            '+Pesée et contrôle de sécurité de chaque tracteur à 9 h',
            '+Manches par catégorie pour les Renault, Ferguson et Someca à partir de 11 h',
            '+Finale ouverte et remise des prix à 16 h',
            '-Contenu sponsorisé : Assurez votre tracteur de collection en deux minutes',
        ],
        [
            '-Partager : Facebook · WhatsApp · E-mail',
            ("+Le vainqueur a devancé de quatre mètres le champion de l'an dernier, un transporteur retraité, "
             'dont le Someca a calé dans un nuage de fumée bleue à mi-piste.'),
            ("+La rencontre a rapporté 3 100 euros à l'amicale des sapeurs-pompiers, et le Renault ouvrira le "
             'défilé des moissons en septembre.'),
            '-Mots-clés : Tracteurs anciens · Glaisonville · Patrimoine agricole',
        ],
        [
            '-7 commentaires',
            '-Josiane R. : Mon père avait le même Renault, quel plaisir de le voir gagner.',
            "-↳ Gérard M. : Pareil chez nous, l'odeur de l'échappement me ramène cinquante ans en arrière.",
            '-Bernard T. : Dommage pour le Someca, il filait bien avant la fumée.',
            '-Sylvie D. : La rencontre ne pourrait-elle pas commencer plus tard ? Le parking était plein dès 9 h.',
            '-↳ Le Sillon de Glaisonville : Merci Sylvie, nous avons transmis votre remarque aux organisateurs.',
        ],
        [
            '-Recevez chaque samedi notre lettre agricole – inscription gratuite',
            '-Suivez Le Sillon sur Facebook et Instagram',
            '-© 2026 Le Sillon de Glaisonville · Nous contacter · Annoncer chez nous · Confidentialité',
        ],
    ]),
    _page('fr', 'fr-blog-les-joues-de-framboise-concours-de-pithiviers', [
        [
            '-Les Joues de Framboise – pâtisserie, gourmandise et mauvaises idées',
            '-Accueil · Recettes · Aventures · À propos · Contact',
            '-Publié le 21 juin 2026 par Amélie · 6 commentaires',
        ],
        [
            "+J'ai participé à mon premier concours de mangeurs de pithiviers (et j'ai survécu)",
            '-Temps de lecture : 4 minutes',
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
        ],
        [
            '-Sommaire : 1. Le pari 2. Le règlement 3. Le grand jour',
            ("+Samedi dernier, j'ai participé à mon premier concours de mangeurs de pithiviers, à Pithiviers "
             "même, parce que mon frère m'avait lancé le défi au réveillon."),
        ],
        [
            ("+Nous étions vingt autour d'une longue table à tréteaux, un pithiviers chacun devant nous et trois "
             'minutes au chronomètre pour en manger le plus possible.'),
            ('+Au briefing, le juge principal, un boulanger retraité, nous a dit : « Mâchez moins, respirez plus, '
             'et ne regardez jamais la pendule. »'),
            '-Mon frère et moi avant le départ, encore affamés',
        ],
        [
            '-Le tablier extensible que je portais est sur Amazon (lien affilié)',
            '+Ma journée',
            '+Inscription et pesée à 11 h',
            '+Manches de cinq mangeurs à partir de 12 h 30',
            '-Deuxième part, et la frangipane prend le dessus',
            "+Finale à 14 h, avec un verre d'eau autorisé",
        ],
        [
            ("+J'ai englouti deux pithiviers et demi et fini neuvième sur vingt, loin derrière un chauffeur "
             'routier de 60 ans qui en a mangé cinq.'),
            ("+Nous avons récolté 280 euros pour la banque alimentaire, et mon frère m'a déjà promis de "
             "s'entraîner avec moi pour l'an prochain."),
        ],
        [
            '-Épingler pour plus tard : Pinterest · Facebook · E-mail',
            '-Mes maniques en forme de tarte, cousues main, sont dans ma boutique Etsy',
            '-Ne ratez aucun article : abonnez-vous par e-mail',
        ],
        [
            "-6 réflexions sur « J'ai participé à mon premier concours de mangeurs de pithiviers (et j'ai survécu) »",
            "-Lucas (mon frère) : Neuvième ! Je vais dire à maman que tu n'en as mangé que deux.",
            '-↳ Amélie : Deux et DEMI, merci bien.',
            "-Nadia L. : Les maniques sont trop mignonnes, je viens d'en commander.",
            "-Hervé G. : J'ai fait le concours en 2019, la frangipane est la vraie ennemie.",
            "-↳ Amélie : Tellement vrai, Hervé, l'an prochain j'apporte un bavoir.",
        ],
        [
            ('-« Article précédent : Mon premier désastre au levain · Article suivant : Tourtes de pique-nique '
             'pour débutants »'),
            '-© 2026 Les Joues de Framboise · Thème : GeneratePress · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-schollenbrueck-oldtimer-traktorziehen', [
        [
            '-Schollenbrücker Tageblatt · Ihre Heimatzeitung seit 1902',
            '-Lokales · Sport · Landwirtschaft · Freizeit · Immobilien',
        ],
        [
            '-Startseite › Lokales › Landwirtschaft',
            '-Lesezeit: 3 Minuten',
            '+Lanz Bulldog von 1956 gewinnt das Oldtimer-Traktorziehen in Schollenbrück',
            '-Von Gerlinde Pflugmacher · 14.06.2026, 18:20 Uhr',
        ],
        [
            ('+Ein Lanz Bulldog von 1956, gefahren von einem 74-jährigen Milchbauern im Ruhestand, hat am Samstag '
             'das 31. Oldtimer-Traktorziehen in Schollenbrück gewonnen und den beschwerten Bremswagen 86 Meter '
             'weit gezogen.'),
            '-Der siegreiche Lanz Bulldog auf der Zugstrecke. Foto: Gerlinde Pflugmacher',
        ],
        [
            ('+34 Traktoren, alle vor 1970 gebaut, traten vor mehr als 1500 Zuschauern auf der Festwiese am '
             'Mühlenhof an, jeder mit einem Bremswagen, der beim Ziehen immer schwerer wird.'),
            '-Lesen Sie auch: Strohballenrennen der Landjugend bringt 900 Euro für das Dorfgemeinschaftshaus',
            ('+„Altes Eisen mag keine Eile: kleiner Gang, ruhiges Gas und nie nach hinten zum Wagen schauen“, '
             'sagte der Organisator, der das Treffen seit 1995 leitet.'),
        ],
        [
            '-Anzeige',
            '+So lief der Tag',
            '+Wiegen und Sicherheitskontrolle aller Traktoren um 9 Uhr',
            '+Klassenläufe für Lanz, Deutz und Hanomag ab 11 Uhr',
            '+Offenes Finale und Siegerehrung um 16 Uhr',
            '-Gesponsert: Oldtimer-Traktor versichern – jetzt Tarife vergleichen',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            ('+Der Sieger lag vier Meter vor dem Vorjahresmeister, einem pensionierten Spediteur, dessen Hanomag '
             'auf halber Strecke in einer blauen Rauchwolke liegen blieb.'),
            ('+Das Treffen brachte 3100 Euro für die Freiwillige Feuerwehr, und der Bulldog führt im September '
             'den Erntedankumzug durch den Ort an.'),
            '-Schlagworte: Traktorziehen · Schollenbrück · Oldtimer',
        ],
        [
            '-7 Kommentare',
            '-Helga K.: Mein Vater hatte genau so einen Bulldog, schön, dass er gewonnen hat.',
            '-↳ Werner S.: Bei uns genauso, der Geruch vom Auspuff bringt mich fünfzig Jahre zurück.',
            '-Dieter F.: Schade um den Hanomag, der war richtig schnell bis zum Qualm.',
            '-Sabine L.: Könnte das Treffen nicht später anfangen? Der Parkplatz war um neun schon voll.',
            '-↳ Schollenbrücker Tageblatt: Danke, Sabine, wir haben das an die Veranstalter weitergegeben.',
        ],
        [
            '-Jeden Samstag die Agrar-News aus der Region – jetzt kostenlos abonnieren',
            '-Folgen Sie dem Tageblatt auf Facebook und Instagram',
            '-© 2026 Schollenbrücker Tageblatt · Kontakt · Mediadaten · Datenschutz',
        ],
    ]),
    _page('de', 'de-blog-mampfmaedchen-zwiebelkuchen-wettessen', [
        [
            '-Mampfmädchen – Backen, Schlemmen und schlechte Ideen',
            '-Start · Rezepte · Abenteuer · Über mich · Kontakt',
            '-Veröffentlicht am 14. Oktober 2026 von Jana · 6 Kommentare',
        ],
        [
            '+Mein erstes Zwiebelkuchen-Wettessen in Weimar – und ich lebe noch',
            '-Lesezeit: 4 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision.',
        ],
        [
            '-Inhalt: 1. Die Wette 2. Die Regeln 3. Der große Tag',
            ('+Letzten Samstag habe ich auf dem Zwiebelmarkt in Weimar an meinem ersten Zwiebelkuchen-Wettessen '
             'teilgenommen, weil mein Bruder mich an Weihnachten herausgefordert hatte.'),
        ],
        [
            ('+Zwanzig von uns saßen an einer langen Biertischgarnitur, vor jedem ein Blech Zwiebelkuchen und '
             'drei Minuten auf der Uhr, um so viel wie möglich zu essen.'),
            ('+Bei der Einweisung sagte uns der Oberschiedsrichter, ein pensionierter Bäcker: „Weniger kauen, '
             'mehr atmen und niemals auf die Uhr schauen.“'),
            '-Mein Bruder und ich vor dem Start, noch hungrig',
        ],
        [
            '-Die dehnbare Schürze, die ich getragen habe, gibt es bei Amazon (Affiliate-Link)',
            '+So lief mein Tag',
            '+Anmeldung und Wiegen um 11 Uhr',
            '+Vorläufe mit je fünf Essern ab 12.30 Uhr',
            '-Stück Nummer zwei, und der Speck gewinnt',
            '+Finale um 14 Uhr, ein Glas Wasser erlaubt',
        ],
        [
            ('+Ich habe zweieinhalb Stücke geschafft und wurde Neunte von zwanzig, weit hinter einem 60-jährigen '
             'Lkw-Fahrer, der fünf gegessen hat.'),
            ('+Wir haben 280 Euro für die Tafel gesammelt, und mein Bruder hat schon versprochen, nächstes Jahr '
             'mit mir zu trainieren.'),
        ],
        [
            '-Für später merken: Pinterest · Facebook · E-Mail',
            '-Meine handgenähten Topflappen in Kuchenform gibt es in meinem Etsy-Shop',
            '-Keinen Beitrag verpassen – jetzt per E-Mail abonnieren',
        ],
        [
            '-6 Gedanken zu „Mein erstes Zwiebelkuchen-Wettessen in Weimar – und ich lebe noch“',
            '-Max (mein Bruder): Neunte! Ich erzähl Mama, dass du nur zwei geschafft hast.',
            '-↳ Jana: Zweieinhalb, vielen Dank auch.',
            '-Nina R.: Die Topflappen sind so süß, hab gerade welche bestellt.',
            '-Uwe B.: Ich war 2019 dabei, der Speck ist der wahre Gegner.',
            '-↳ Jana: Stimmt genau, Uwe, nächstes Jahr bringe ich ein Lätzchen mit.',
        ],
        [
            '-« Vorheriger Beitrag: Mein erstes Sauerteig-Desaster · Nächster Beitrag: Picknick-Kuchen für Anfänger »',
            '-© 2026 Mampfmädchen · Theme: GeneratePress · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-zolladoro-tiro-dei-trattori-depoca', [
        [
            '-La Gazzetta di Zolladoro · Il quotidiano della bassa dal 1919',
            '-Cronaca · Sport · Agricoltura · Eventi · Annunci',
        ],
        [
            '-Home › Cronaca › Agricoltura',
            '-Lettura: 3 minuti',
            "+Un Landini del 1956 vince la gara di tiro dei trattori d'epoca a Zolladoro",
            '-Di Ottavio Zollarini · 14 giugno 2026, ore 18:20',
        ],
        [
            ('+Un Landini Velite del 1956, guidato da un allevatore in pensione di 74 anni, ha vinto sabato il '
             "31° raduno di tiro dei trattori d'epoca di Zolladoro, trascinando la slitta zavorrata per 86 metri."),
            '-Il Landini vincitore sulla pista di tiro. Foto: Ottavio Zollarini',
        ],
        [
            ('+Trentaquattro trattori costruiti prima del 1970 hanno gareggiato davanti a oltre 1.500 spettatori '
             'sul prato della cascina Mulino, ognuno con una slitta che diventa più pesante man mano che avanza.'),
            '-Leggi anche: La corsa delle balle di fieno dei giovani agricoltori raccoglie 900 euro',
            ('+«Il ferro vecchio non ama la fretta: marcia bassa, gas costante e mai voltarsi a guardare la '
             "slitta», ha detto l'organizzatore, che guida il raduno dal 1995."),
        ],
        [
            '-Pubblicità',
            '+Come è andata la giornata',
            '+Pesatura e controlli di sicurezza di ogni trattore alle 9',
            '+Manche per categoria di Landini, Fiat e Same dalle 11',
            '+Finale aperta e premiazione alle 16',
            "-Contenuto sponsorizzato: Assicura il tuo trattore d'epoca in due minuti",
        ],
        [
            '-Condividi: Facebook · WhatsApp · Email',
            ("+Il vincitore ha battuto di quattro metri il campione dell'anno scorso, un camionista in pensione, "
             'il cui Same si è fermato a metà pista in una nuvola di fumo blu.'),
            ('+Il raduno ha raccolto 3.100 euro per la Croce Verde, e il Landini aprirà a settembre la sfilata '
             'della trebbiatura in paese.'),
            "-Tag: Trattori d'epoca · Zolladoro · Tiro del trattore",
        ],
        [
            '-7 commenti',
            '-Graziella B.: Mio padre aveva un Landini identico, che bello vederlo vincere.',
            "-↳ Franco M.: Anche da noi, l'odore dello scarico mi riporta indietro di cinquant'anni.",
            '-Luigi T.: Peccato per il Same, andava fortissimo prima del fumo.',
            '-Paola R.: Non si potrebbe iniziare più tardi? Il parcheggio era pieno già alle nove.',
            '-↳ La Gazzetta di Zolladoro: Grazie Paola, abbiamo girato la segnalazione agli organizzatori.',
        ],
        [
            '-Ogni sabato le notizie agricole della zona: iscriviti gratis alla newsletter',
            '-Segui la Gazzetta su Facebook e Instagram',
            '-© 2026 La Gazzetta di Zolladoro · Contatti · Redazione · Privacy',
        ],
    ]),
    _page('it', 'it-blog-la-forchetta-impaziente-gara-di-crostata', [
        [
            '-La Forchetta Impaziente – dolci, golosità e pessime idee',
            '-Home · Ricette · Avventure · Chi sono · Contatti',
            '-Pubblicato il 21 giugno 2026 da Chiara · 6 commenti',
        ],
        [
            '+La mia prima gara di mangiatori di crostata (e sono sopravvissuta)',
            '-Tempo di lettura: 4 minuti',
            '-Questo post contiene link affiliati: se acquisti tramite questi link, ricevo una piccola commissione.',
        ],
        [
            '-Indice: 1. La scommessa 2. Le regole 3. Il grande giorno',
            ('+Sabato scorso ho partecipato alla mia prima gara di mangiatori di crostata, alla sagra di Lucca, '
             'perché mio fratello mi aveva sfidata al pranzo di Natale.'),
        ],
        [
            ('+Eravamo in venti attorno a un lungo tavolo da sagra, ognuno con una crostata di fronte e tre '
             'minuti sul cronometro per mangiarne il più possibile.'),
            ('+Al briefing il giudice capo, un fornaio in pensione, ci ha detto: «Masticate meno, respirate di '
             "più e non guardate mai l'orologio.»"),
            '-Io e mio fratello prima della partenza, ancora affamati',
        ],
        [
            '-Il grembiule elastico che indossavo è su Amazon (link affiliato)',
            "+Com'è andata la mia giornata",
            '+Iscrizione e pesatura alle 11',
            '+Batterie da cinque mangiatori dalle 12.30',
            '-Seconda fetta, e la marmellata sta vincendo',
            "+Finale alle 14, con un bicchiere d'acqua consentito",
        ],
        [
            ('+Ho mangiato due crostate e mezza e sono arrivata nona su venti, molto dietro a un camionista di 60 '
             'anni che ne ha mangiate cinque.'),
            ('+Abbiamo raccolto 280 euro per il banco alimentare, e mio fratello ha già promesso di allenarsi con '
             "me per l'anno prossimo."),
        ],
        [
            '-Salva per dopo: Pinterest · Facebook · Email',
            '-Le mie presine a forma di crostata, cucite a mano, sono nel mio negozio Etsy',
            '-Non perderti nessun post: iscriviti via email',
        ],
        [
            '-6 pensieri su “La mia prima gara di mangiatori di crostata (e sono sopravvissuta)”',
            '-Luca (mio fratello): Nona! Dico alla mamma che ne hai mangiate solo due.',
            '-↳ Chiara: Due e MEZZA, grazie tante.',
            '-Silvia P.: Le presine sono adorabili, le ho appena ordinate.',
            '-Gianni T.: Ho fatto la gara nel 2019, la marmellata è il vero nemico.',
            "-↳ Chiara: Verissimo, Gianni, l'anno prossimo porto un bavaglino.",
        ],
        [
            ('-« Post precedente: Il mio primo disastro con il lievito madre · Post successivo: Torte salate da '
             'picnic per principianti »'),
            '-© 2026 La Forchetta Impaziente · Tema: GeneratePress · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-skibowice-zlot-zabytkowych-ciagnikow', [
        [
            '-Głos Skibowic · Gazeta powiatu od 1923 roku',
            '-Wiadomości · Sport · Rolnictwo · Kultura · Ogłoszenia',
        ],
        [
            '-Strona główna › Wiadomości › Rolnictwo',
            '-3 min czytania',
            '+Ursus z 1956 roku wygrywa zawody zabytkowych ciągników w Skibowicach',
            '-Bronisław Skibniak · 14 czerwca 2026, 18:20',
        ],
        [
            ('+Ursus C-45 z 1956 roku, prowadzony przez 74-letniego emerytowanego hodowcę bydła, wygrał w sobotę '
             '31. zlot zabytkowych ciągników w Skibowicach, ciągnąc obciążone sanie na odległość 86 metrów.'),
            '-Zwycięski Ursus na torze. Fot. Bronisław Skibniak',
        ],
        [
            ('+Trzydzieści cztery ciągniki zbudowane przed 1970 rokiem wystartowały przed ponad 1500 widzami na '
             'łące przy starym młynie, każdy z saniami, które stają się coraz cięższe w miarę jazdy.'),
            '-Przeczytaj także: Wyścig bel słomy młodych rolników przyniósł 900 zł na świetlicę',
            ('+– Stare żelazo nie lubi pośpiechu: niski bieg, równy gaz i nigdy nie oglądaj się na sanie – '
             'powiedział organizator, który prowadzi zlot od 1995 roku.'),
        ],
        [
            '-Reklama',
            '+Jak minął dzień',
            '+Ważenie i kontrola bezpieczeństwa każdego ciągnika o 9.00',
            '+Przejazdy w klasach Ursusów, Zetorów i Władimirców od 11.00',
            '+Otwarty finał i wręczenie nagród o 16.00',
            '-Artykuł sponsorowany: Ubezpiecz zabytkowy ciągnik w dwie minuty',
        ],
        [
            '-Udostępnij: Facebook · WhatsApp · E-mail',
            ('+Zwycięzca wyprzedził o cztery metry zeszłorocznego mistrza, emerytowanego kierowcę ciężarówki, '
             'którego Zetor stanął w połowie toru w chmurze niebieskiego dymu.'),
            ('+Zlot przyniósł 3100 zł dla ochotniczej straży pożarnej, a Ursus poprowadzi we wrześniu dożynkowy '
             'korowód przez wieś.'),
            '-Tagi: Zabytkowe ciągniki · Skibowice · Zlot',
        ],
        [
            '-7 komentarzy',
            '-Halina W.: Mój ojciec miał takiego samego Ursusa, pięknie było zobaczyć, jak wygrywa.',
            '-↳ Marek Z.: U nas tak samo, zapach spalin przenosi mnie o pięćdziesiąt lat wstecz.',
            '-Janusz P.: Szkoda Zetora, szedł świetnie aż do tego dymu.',
            '-Ewa K.: Czy zlot nie mógłby zaczynać się później? Parking był pełny już o dziewiątej.',
            '-↳ Głos Skibowic: Dziękujemy, Pani Ewo, przekazaliśmy uwagę organizatorom.',
        ],
        [
            '-Co sobotę wiadomości rolnicze z regionu – zapisz się za darmo',
            '-Obserwuj Głos Skibowic na Facebooku i Instagramie',
            '-© 2026 Głos Skibowic · Kontakt · Redakcja · Polityka prywatności',
        ],
    ]),
    _page('pl', 'pl-blog-szarlotkowa-zosia-konkurs-jedzenia-szarlotki', [
        [
            '-Szarlotkowa Zosia – pieczenie, łakomstwo i głupie pomysły',
            '-Start · Przepisy · Przygody · O mnie · Kontakt',
            '-Opublikowano 21 czerwca 2026 przez Zosię · 6 komentarzy',
        ],
        [
            '+Mój pierwszy konkurs jedzenia szarlotki na czas (i przeżyłam)',
            '-Czas lektury: 4 minuty',
            '-Ten wpis zawiera linki afiliacyjne: jeśli kupisz przez nie, dostanę niewielką prowizję.',
        ],
        [
            '-Spis treści: 1. Zakład 2. Zasady 3. Wielki dzień',
            ('+W zeszłą sobotę wzięłam udział w moim pierwszym konkursie jedzenia szarlotki na czas, na festynie '
             'w Kazimierzu Dolnym, bo brat wyzwał mnie przy wigilijnym stole.'),
        ],
        [
            ('+Siedziało nas dwadzieścioro przy długim stole biesiadnym, każdy z blachą szarlotki przed sobą i '
             'trzema minutami na zegarze, żeby zjeść jak najwięcej.'),
            ('+Na odprawie sędzia główny, emerytowany piekarz, powiedział nam: „Mniej żujcie, więcej oddychajcie '
             'i nigdy nie patrzcie na zegar”.'),
            '-Ja i brat przed startem, jeszcze głodni',
        ],
        [
            '-Rozciągliwy fartuch, który miałam na sobie, kupicie na Allegro (link afiliacyjny)',
            '+Jak minął mój dzień',
            '+Zapisy i ważenie o 11.00',
            '+Eliminacje po pięć osób od 12.30',
            '-Kawałek numer dwa i kruszonka wygrywa',
            '+Finał o 14.00, z jedną szklanką wody',
        ],
        [
            ('+Zjadłam dwa i pół kawałka i byłam dziewiąta na dwadzieścioro, daleko za 60-letnim kierowcą tira, '
             'który zjadł pięć.'),
            '+Zebraliśmy 280 zł dla banku żywności, a brat już obiecał, że w przyszłym roku będzie trenował ze mną.',
        ],
        [
            '-Zapisz na później: Pinterest · Facebook · E-mail',
            '-Moje ręcznie szyte rękawice kuchenne w kształcie szarlotki znajdziecie w moim sklepie na Etsy',
            '-Nie przegap żadnego wpisu – zapisz się przez e-mail',
        ],
        [
            '-6 komentarzy do „Mój pierwszy konkurs jedzenia szarlotki na czas (i przeżyłam)”',
            '-Kuba (mój brat): Dziewiąta! Powiem mamie, że zjadłaś tylko dwa.',
            '-↳ Zosia: Dwa i PÓŁ, bardzo dziękuję.',
            '-Magda S.: Rękawice są przeurocze, właśnie zamówiłam.',
            '-Paweł D.: Startowałem w 2019, kruszonka to prawdziwy wróg.',
            '-↳ Zosia: Święta prawda, Paweł, w przyszłym roku biorę śliniak.',
        ],
        [
            ('-« Poprzedni wpis: Moja pierwsza katastrofa z zakwasem · Następny wpis: Tarty na piknik dla '
             'początkujących »'),
            '-© 2026 Szarlotkowa Zosia · Motyw: GeneratePress · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-pakhotinsk-slet-starinnykh-traktorov', [
        [
            '-Пахотинский вестник · Газета района с 1931 года',
            '-Новости · Спорт · Село · Культура · Объявления',
        ],
        [
            '-Главная › Новости › Село',
            '-3 мин. чтения',
            '+Трактор МТЗ-2 1956 года выиграл слёт старинных тракторов в Пахотинске',
            '-Трофим Бороздин · 14 июня 2026, 18:20',
        ],
        [
            ('+Трактор МТЗ-2 1956 года, которым управлял 74-летний отставной животновод, в субботу выиграл 31-й '
             'слёт старинных тракторов в Пахотинске, протащив гружёные сани на 86 метров.'),
            '-Победивший МТЗ-2 на трассе. Фото: Трофим Бороздин',
        ],
        [
            ('+Тридцать четыре трактора, выпущенных до 1970 года, соревновались на глазах у более чем 1500 '
             'зрителей на лугу у старой мельницы, и каждый тянул сани, которые с каждым метром становятся тяжелее.'),
            '-Читайте также: Гонка тюков сена принесла 9 тысяч рублей на ремонт клуба',
            ('+«Старое железо не любит спешки: низкая передача, ровный газ и никогда не оглядывайся на сани», — '
             'сказал организатор, который проводит слёт с 1995 года.'),
        ],
        [
            '-Реклама',
            '+Как прошёл день',
            '+Взвешивание и проверка безопасности каждого трактора в 9:00',
            '+Заезды по классам для МТЗ, ЮМЗ и «Владимирцев» с 11:00',
            '+Открытый финал и награждение в 16:00',
            '-На правах рекламы: Застрахуйте старинный трактор за две минуты',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            ('+Победитель на четыре метра опередил прошлогоднего чемпиона, отставного дальнобойщика, чей ЮМЗ '
             'заглох на середине трассы в облаке синего дыма.'),
            ('+Слёт собрал 31 тысячу рублей для добровольной пожарной дружины, а МТЗ-2 в сентябре возглавит '
             'праздничное шествие в честь урожая.'),
            '-Теги: Старинные тракторы · Пахотинск · Слёт',
        ],
        [
            '-7 комментариев',
            '-Галина В.: У моего отца был точно такой же трактор, приятно видеть, что он победил.',
            '-↳ Николай С.: У нас так же, запах выхлопа возвращает меня на пятьдесят лет назад.',
            '-Виктор П.: Жаль ЮМЗ, он шёл отлично до этого дыма.',
            '-Ольга Д.: Нельзя ли начинать слёт попозже? Стоянка была забита уже к девяти.',
            '-↳ Пахотинский вестник: Спасибо, Ольга, мы передали ваше замечание организаторам.',
        ],
        [
            '-Сельские новости района каждую субботу — подпишитесь бесплатно',
            '-Читайте «Пахотинский вестник» во ВКонтакте и Telegram',
            '-© 2026 «Пахотинский вестник» · Контакты · Редакция · Политика конфиденциальности',
        ],
    ]),
    _page('ru', 'ru-blog-pirozhkovaya-dasha-konkurs-po-poedaniyu-pirogov', [
        [
            '-Пирожковая Даша — выпечка, обжорство и плохие идеи',
            '-Главная · Рецепты · Приключения · Обо мне · Контакты',
            '-Опубликовано 21 июня 2026 автором Даша · 6 комментариев',
        ],
        [
            '+Мой первый конкурс по поеданию пирогов на скорость (и я выжила)',
            '-Время на прочтение: 4 минуты',
            '-В посте есть партнёрские ссылки: если вы купите по ним, я получу небольшую комиссию.',
        ],
        [
            '-Содержание: 1. Спор 2. Правила 3. Великий день',
            ('+В прошлую субботу я впервые участвовала в конкурсе по поеданию пирогов на скорость, на ярмарке в '
             'Рязани, потому что брат поспорил со мной на Новый год.'),
        ],
        [
            ('+Нас было двадцать человек за длинным столом, перед каждым пирог с капустой и три минуты на часах, '
             'чтобы съесть как можно больше.'),
            ('+На инструктаже главный судья, пекарь на пенсии, сказал нам: «Меньше жуйте, больше дышите и никогда '
             'не смотрите на часы».'),
            '-Мы с братом перед стартом, ещё голодные',
        ],
        [
            '-Растягивающийся фартук, в котором я была, есть на Ozon (партнёрская ссылка)',
            '+Как прошёл мой день',
            '+Регистрация и взвешивание в 11:00',
            '+Отборочные заезды по пять едоков с 12:30',
            '-Пирог номер два, и капуста побеждает',
            '+Финал в 14:00, разрешён один стакан воды',
        ],
        [
            ('+Я осилила два с половиной пирога и стала девятой из двадцати, далеко позади 60-летнего '
             'дальнобойщика, который съел пять.'),
            ('+Мы собрали 28 тысяч рублей для продовольственного банка, а брат уже пообещал тренироваться со мной '
             'к следующему году.'),
        ],
        [
            '-Сохранить на потом: Pinterest · ВКонтакте · Telegram',
            '-Мои прихватки в форме пирожков, сшитые вручную, есть в моём магазине на Ярмарке Мастеров',
            '-Не пропустите новые посты — подпишитесь по e-mail',
        ],
        [
            '-6 комментариев к записи «Мой первый конкурс по поеданию пирогов на скорость (и я выжила)»',
            '-Артём (мой брат): Девятая! Скажу маме, что ты съела только два.',
            '-↳ Даша: Два с ПОЛОВИНОЙ, большое спасибо.',
            '-Лена К.: Прихватки чудесные, только что заказала.',
            '-Игорь М.: Я участвовал в 2019-м, капуста — главный враг.',
            '-↳ Даша: Чистая правда, Игорь, в следующем году беру слюнявчик.',
        ],
        [
            ('-« Предыдущая запись: Моя первая катастрофа с закваской · Следующая запись: Пироги для пикника для '
             'начинающих »'),
            '-© 2026 Пирожковая Даша · Тема: GeneratePress · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Il sondaggio di Google Moduli non accetta più risposte.':
        ('an Italian Google Forms (Google Moduli) marker for a poll that no longer takes answers ("Il sondaggio '
         'di Google Moduli non accetta più risposte.") is left in the body'),
    'Nie udało się załadować odtwarzacza TVP VOD. Spróbuj ponownie później.':
        ('a Polish TVP VOD marker for a player that failed to load, with a try-again-later hint ("Nie udało się '
         'załadować odtwarzacza TVP VOD. Spróbuj ponownie później.") is left in the body'),
    'Пост из Telegram-канала недоступен: сообщение удалено автором.':
        ('a Russian Telegram-channel marker for a post deleted by its author ("Пост из Telegram-канала '
         'недоступен: сообщение удалено автором.") is left in the body'),
    'Trovate i miei grembiuli dipinti a mano su Wallapop.':
        ('an Italian Wallapop plug for the author\'s hand-painted aprons ("Trovate i miei grembiuli dipinti a '
         'mano su Wallapop.") is left at the foot'),
    'Ce site est édité par la SARL Sillon Médias au capital de 10 000 euros, RCS Dijon.':
        ('a French publisher footer with the share capital and the trade register ("Ce site est édité par la SARL '
         'Sillon Médias au capital de 10 000 euros, RCS Dijon.") is left at the foot'),
    'Die Kommentare werden 48 Stunden nach Erscheinen des Artikels automatisch geschlossen.':
        ('a German comments-close-automatically-after-48-hours note ("Die Kommentare werden 48 Stunden nach '
         'Erscheinen des Artikels automatisch geschlossen.") is left at the foot'),
    'Чтобы комментировать, подтвердите номер телефона.':
        ('a Russian confirm-your-phone-number-to-comment note ("Чтобы комментировать, подтвердите номер '
         'телефона.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-puffpastry-polly-first-pie-eating-championship':
        ("the English pie-eating blog post keeps the action photo's caption between the second and third rows of "
         'the list block ("Pie number two, and the gravy is winning") (1 of 20 noise lines); no article line is '
         'lost'),
    'fr-blog-les-joues-de-framboise-concours-de-pithiviers':
        ("the French pie-eating blog post keeps the action photo's caption between the second and third rows of "
         'the list block ("Deuxième part, et la frangipane prend le dessus") (1 of 20 noise lines); no article '
         'line is lost'),
    'de-blog-mampfmaedchen-zwiebelkuchen-wettessen':
        ("the German pie-eating blog post keeps the action photo's caption between the second and third rows of "
         'the list block ("Stück Nummer zwei, und der Speck gewinnt") (1 of 20 noise lines); no article line is '
         'lost'),
    'it-blog-la-forchetta-impaziente-gara-di-crostata':
        ("the Italian pie-eating blog post keeps the action photo's caption between the second and third rows of "
         'the list block ("Seconda fetta, e la marmellata sta vincendo"), the save-it-for-later share row opening '
         'the block under the two last paragraphs ("Salva per dopo: Pinterest · Facebook · Email") and the plug '
         'for her hand-stitched pot holders after it ("Le mie presine a forma di crostata, cucite a mano, sono '
         'nel mio negozio Etsy") (3 of 20 noise lines); no article line is lost'),
    'pl-blog-szarlotkowa-zosia-konkurs-jedzenia-szarlotki':
        ("the Polish pie-eating blog post keeps the opening photo's caption under the paragraph with the quote "
         '("Ja i brat przed startem, jeszcze głodni") and the action photo\'s caption between the second and '
         'third rows of the list block ("Kawałek numer dwa i kruszonka wygrywa") (2 of 20 noise lines); no '
         'article line is lost'),
    'ru-blog-pirozhkovaya-dasha-konkurs-po-poedaniyu-pirogov':
        ("the Russian pie-eating blog post keeps the opening photo's caption under the paragraph with the quote "
         '("Мы с братом перед стартом, ещё голодные") and the action photo\'s caption between the second and '
         'third rows of the list block ("Пирог номер два, и капуста побеждает") (2 of 20 noise lines); no article '
         'line is lost'),
}

test_held_out_248_line, test_held_out_248_line_is_kept, test_held_out_248_page = held_out_tests(
    HELD_OUT_248_LINES, HELD_OUT_248_KEEP, HELD_OUT_248_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
