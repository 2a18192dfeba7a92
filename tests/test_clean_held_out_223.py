"""Held-out set 223: written blind, weighted toward the noise the cleaner exists for, in shapes set 222's docstring does
not name (nor the first paragraphs of sets 219, 220 and 221): scraper, embed and ad markers (an English Twitch player
whose channel is offline "Twitch: this channel is offline right now. Check back during the next broadcast." (in the
body), an English Relive route video still being rendered "The Relive video of this route is still being rendered –
check back later." (in the body), an English TikTok video whose creator turned off embedding "This TikTok video is
unavailable because the creator has turned off embedding." (in the body), a French Dailymotion video taken down at the
rights holder's request "La vidéo Dailymotion intégrée a été retirée à la demande de l'ayant droit." (in the body), a
German Instagram post not shown because the account was set to private "Der eingebettete Instagram-Beitrag ist nicht
verfügbar, weil das Konto auf privat gestellt wurde." (in the body), an Italian YouTube video gone because its account
was closed "Questo video di YouTube non è più disponibile perché l'account associato è stato chiuso." (in the body), a
Polish Mapy.cz route map that failed to load, asking for a refresh "Nie udało się wczytać mapy trasy z Mapy.cz – spróbuj
odświeżyć stronę." (in the body) and a Russian VK Video clip whose author restricted access "Видео из VK Видео
недоступно: автор ограничил доступ к записи." (in the body)); reading-time headers in new wordings (the English
read-time label "Read time: 6 min" (at the head), a blog's fair-warning line with a minute-read compound "Fair warning:
this race report is a 12-minute read." (at the head), the French estimated-reading-duration label "Durée de lecture
estimée : 6 minutes" (at the head), the German estimated-Lesedauer label "Geschätzte Lesedauer: 6 Minuten" (at the
head), the Italian a-6-minute-read label "Lettura da 6 minuti" (at the head), the Polish minutes-of-reading label "6
minut czytania" (at the head) and the Russian you'll-read-it-in label "Прочтёте за 6 минут" (at the head)); bylines and
self-promotion (an English words-by-pictures-by byline "Words by Perpetua Trillwater, pictures by Ned Huskisford" (at
the head), a French by-our-local-correspondent byline "Par notre correspondante locale, Gaëtane Jodelet" (at the head),
a German a-report-by byline "Ein Bericht von Hilmar Jauchzinger" (at the head), a Polish author-of-the-text byline
"Autorka tekstu: Zenobia Hukałowska" (at the head), an English eBay dog-booties-and-harnesses plug "My handmade dog
booties and harnesses are on eBay – search Fenella's Gangline to find them." (at the foot), an English Airbnb
Experiences sled-dog taster plug "Fancy a ride behind the team? Book a sled-dog taster morning through my Airbnb
Experiences listing." (at the foot), an Italian Vinted hand-sewn-harnesses plug "Le pettorine che cucio a mano le trovi
nel mio negozio su Vinted." (at the foot) and a Russian Avito sled-dog-harnesses plug with delivery across Russia "Мои
шлейки для ездовых собак продаются на Авито, доставка по всей России." (at the foot)); blog and site footers (the
English Wix free-site footer "This site was designed with the Wix.com website builder. Create your website today." (at
the foot), an English WP Engine and Newspack credit with the terms "Hosted by WP Engine · Built on Newspack · Terms of
Service" (at the foot), an English company-registration legal line "Registered in England and Wales, company no.
08472615. Registered office: 3 Cowbell Yard, Hollerwick." (at the foot), a French Wix and OVHcloud credit with the
accessibility-status mention "Site réalisé avec Wix · Hébergé par OVHcloud · Accessibilité : non conforme" (at the
foot), a German Webflow and Strato credit with the terms "Mit Webflow erstellt · Hosting: Strato · AGB" (at the foot),
an Italian WordPress and SiteGround credit with the legal notes "Sito realizzato con WordPress · Hosting SiteGround ·
Note legali" (at the foot), a Polish cyber_Folks hosting line with the terms and the GDPR link "Hosting: cyber_Folks ·
Regulamin serwisu · RODO" (at the foot) and a Russian WordPress and Timeweb credit with the user agreement "Сайт
работает на WordPress · Хостинг Timeweb · Пользовательское соглашение" (at the foot)); reader-comment furniture (the
English Disqus enable-JavaScript line "Please enable JavaScript to view the comments powered by Disqus." (at the foot),
an English showing-N-of-M-comments counter "Showing 12 of 48 comments" (at the foot), an English
log-in-or-register-to-join prompt "Log in or register to join the conversation." (at the foot), a French
react-to-this-article link with its count "Réagir à cet article (23 réactions)" (at the foot), a German
show-all-reader-comments link with its count "Alle 31 Leserkommentare einblenden" (at the foot), an Italian
reply-report-like row under a comment "Rispondi · Segnala · Mi piace (3)" (at the foot), a Polish
comment-as-guest-or-log-in prompt "Dodaj komentarz jako gość lub zaloguj się" (at the foot) and a Russian
comments-count-and-write-a-comment row "Комментарии (14) · Написать комментарий" (at the foot)); share rows (an English
found-this-useful share row with Reddit "Found this useful? Share it: WhatsApp · Reddit · Email" (at the foot), a French
pass-it-on row with Reddit "Faire suivre : Facebook · Reddit · E-mail" (at the foot) and a Polish share-on row with
Messenger "Udostępnij na: Facebooku · Messengerze · X" (at the foot)); and notices (a German translated-with-AI-help
note "Dieser Text wurde mit Unterstützung von KI übersetzt und redaktionell geprüft." (in the body), an Italian
first-appeared-in-print note "Questo articolo è apparso per la prima volta nell'edizione cartacea di sabato." (in the
body) and a Russian the-author's-opinion-may-differ note "Мнение автора может не совпадать с позицией редакции." (at the
foot)); and toward whole scraped news and hobby-blog pages in layouts set 222's docstring does not describe (on the six
portal pages, in eight blocks, the masthead with its tagline alone in a block of one at the very top; the title in the
middle of a block of five, under the section menu and a breadcrumb and above the byline with the date and time (one
line) and a bare reading time; a share row, the lead photo's caption and its credit (a line of its own) above the first
paragraph, in its block (a block of four, the paragraph last); the second paragraph and the paragraph with the quote in
a block of five, the second paragraph first, with an advertisement label and a sponsored headline between them and a
read-also link after the quote, closing the block; a tags line above the subheading, opening the list block (a block of
five, the three rows last); the two last paragraphs at the top of a block of four with the reporter's one-line bio and a
follow-us-on-Instagram (or Telegram) prompt under them; a thread of four lines alone in a block (a comment count, a
reader's comment, the paper's arrowed reply to it and a second reader's comment left unanswered); and at the foot a
newsletter prompt and the publisher's copyright line with its links in one line, in a block of two; on the six blog
pages, in nine blocks, the blog name with its tagline alone in a block of one at the very top; the title third in a
block of four, under a breadcrumb and the posted-on-by line (with the comment count) and above a bare reading time; the
first and second paragraphs at the two ends of a block of four with the opening photo's caption and its credit (a line
of its own) between them; a table of contents (in one line) and an affiliate-links disclosure above the paragraph with
the quote, in its block (a block of three, the paragraph last); the subheading and the three rows with a photo caption
of the finish and an affiliate link to the harnesses (two lines) between the second and third rows, inside the list
block (a block of six); the two last paragraphs in a block of four, the first at the top, with a share row between them
and the author's sign-off after the second; a plug for the author's dog coats made to order (in an Etsy shop, or on
Yarmarka Masterov on the Russian blog) and a subscribe prompt alone in a block of two; a thread of five lines alone in a
block (a comments heading with its count quoting the post's title, a comment, the author's arrowed reply, a second
comment left unanswered and a leave-a-reply prompt); and at the foot the author's copyright line with the theme and
platform credit in one line, alone in a block of one), taken from local news of a town's first yodel contest in forty
years on its market square (thirty-two yodellers from Switzerland, Austria and the region, the town choir's two years of
raising money for a stage, sound and prizes, the chief judge's quote on clean breaks between chest and head voice, a
junior class at 1pm, duets and trios at 3pm, an open final with an alphorn at 5pm, a 19-year-old local student taught by
her grandmother in the Tyrol winning, about 2,000 (2,500 on the English page) onlookers, a yearly contest and a
children's workshop planned) in six invented towns, and from six hobby blogs on a first sled-dog race with four huskies
(two seasons of training in the forest, hardly any snow so a three-wheeled rig instead of a sled, an old musher's quote
at the start about watching the dogs' tails and not the clock, 6.4 kilometres in 21 minutes with a tangle on Saturday
and in 19 minutes on Sunday, eleventh of fifteen teams, a six-dog class hoped for next winter))

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 222 but what is named here), held-out set 224 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 222 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 219, 220 and 221, printed with one ast script (/tmp/s223scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (with /tmp/wt-s223/src and
/tmp/wt-s223/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All
of it was read in the worktree /tmp/wt-s223 (detached at the brief's commit). The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 222's as printed, with 222 -> 223;
/tmp/s223scratch/gen223.py writes this file from scratch files (data223.py with the noise and keep lines and the short
descriptions from which it builds the first paragraph around the lines themselves, pages223.py with the pages, doc_*.txt
with the other paragraphs and, after the measurement, tables223.py with the xfail tables). Nothing else was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s223, detached at
commit ec0aea2a0a9e00505d7784799e32a3b9a4b154d4, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 15:56:54 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 15:56:55 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed ec0aea2a0a9e00505d7784799e32a3b9a4b154d4 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, exit status 0 for both), and /work/main was not touched
afterwards. The set-up call also ran an ``ls`` of the two worktrees' top folders (/tmp/wt-s223 and /tmp/wt-set223, piped
to ``head``), which printed the names README.md, benchmarks, configs, docs, pyproject.toml, scripts, src and tests of
the first and nothing of the second (cut by ``head``); no file was opened by it and the tests/ folder was not listed.
(2) peek.py first printed to the terminal, which the tool cut in the middle (it showed the first paragraphs of sets 219
and 220 up to inside set 220's, then, from inside set 222's Judgement calls paragraph on, the rest of set 222's
docstring up to its Baseline paragraph, its imports and its tail, all allowed parts); the second run went to
/tmp/s223scratch/peek.out, of which I paged lines 125 to 446 with ``sed`` in three pieces; nothing else of any set file
was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import (and gen223.py's import of the written file,
to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no
source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye,
and kept away from them: no embed service used for a held-out marker here is named in them (Twitch, Relive, TikTok,
Dailymotion, Instagram, YouTube, Mapy.cz, VK Video), and the failures are of kinds not named there or not named for that
language (a channel offline, a video still being rendered, embedding turned off by the creator, a takedown at the rights
holder's request, an account set to private, an account closed, a map that asks for a refresh, access restricted by the
author); the reading times avoid the phrasings named there (the new ones are "Read time:", a fair-warning line with a
"12-minute read", "Durée de lecture estimée", "Geschätzte Lesedauer", "Lettura da ... minuti", "... minut czytania" and
"Прочтёте за"); the bylines are of new shapes (words-by-pictures-by, par notre correspondante locale, ein Bericht von,
autorka tekstu) and the plugs name marketplaces not named there (eBay, Airbnb Experiences, Vinted, Avito); the footers
use credits, hosts and legal lines not named there (the Wix free-site footer, WP Engine with Newspack, a
company-registration line, Wix with OVHcloud and the French accessibility status, Webflow with Strato, WordPress with
SiteGround, cyber_Folks with RODO, WordPress with Timeweb); the comment lines (the Disqus enable-JavaScript line, a
showing-N-of-M counter, a log-in-or-register prompt, a react-to-this-article link, a show-all-reader-comments link, a
reply-report-like row, a comment-as-guest prompt, a count-and-write row), share rows (found-this-useful with Reddit,
faire suivre, udostępnij na with Messenger) and notices (an AI-translation note, a first-in-print note, an
author's-opinion note) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the
like) is of the ordinary kinds the brief lists, and some page lines are of kinds the read docstrings name (WordPress
theme credits, an Etsy plug, a Yarmarka Masterov plug on the Russian blog, page reading times such as "Czas czytania: 4
min"): they are page furniture, not held-out lines; the layouts differ from those of sets 219 to 222 (see the first
paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files)
before use. No hits: Hollerwick, "Hollerwick Herald", Yodelwright, Trillwater, Huskisford, "Cowbell Yard", "Fenella's
Gangline", Tyrolieux, "Gaëtane Jodelet", Chantevallée, Jodelbrunn, "Jodelbrunner Tagblatt", Jauchzinger, Kehlbauer,
Trillanza, Gorgheggiani, Falsettoni, Hukałow (covering Hukałowo, Hukałowa, Hukałowie and Hukałowska), Przyśpiewska,
Йодлинск (covering Йодлинский), Переливова, Голосистов, "Traîneaux de Solenne", "Wiebkes Gespannbuch", "muta di
Ermelinda", "Zaprzęg u Bronisławy" and "Упряжка Евдокии". Dropped for hits: Snowhitch (a game world and an app's text),
Warbleton (a web address and a name list), Hollowcombe (a list of place names), Chantepierre (a wine, a user name and a
street), "Tollgate Row" (a street in a story and code) and Frostmuzzle (game names) -- the replacements are the checked
names above. The invented company number 08472615 only occurs in public files inside longer digit strings (a phone
number, hashes, floats), and was kept. Bloggers are given by first name only (Fenella, Solenne, Wiebke, Ermelinda,
Bronisława, Евдокия), as are their dogs, relatives, the commenters and the winners (first names, first names with an
initial, handles or no name), and were not checked. Real services, platforms, shops, brands, themes and places (Twitch,
Relive, TikTok, Dailymotion, Instagram, YouTube, Mapy.cz, VK Видео, eBay, Airbnb, Vinted, Авито, Etsy, Ярмарка Мастеров,
Wix, WP Engine, Newspack, OVHcloud, Webflow, Strato, WordPress, SiteGround, cyber_Folks, Timeweb, Disqus, Reddit,
WhatsApp, Messenger, Facebook, X, Pinterest, Telegram, ВКонтакте, Kadence, Astra, Non-stop Dogwear, Aviemore,
Lans-en-Vercors, Todtmoos, Sappada, Karpacz, Кировск, Innsbruck, the Tyrol, Fife and the like) are named as real pages
do. (6) A script (/tmp/s223scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits
inside an article line, a keep line or another noise line, that no line repeats and that no line holds an at-sign, that
each page has 10 article and 20 noise lines, and the counts by category, language and place; its first run found one
noise line inside another (the German ad label "Anzeige" inside the held-out link "Alle 31 Leserkommentare anzeigen"),
so that link became "Alle 31 Leserkommentare einblenden"; the second run found nothing. While writing I had already kept
the Polish blog's leave-a-reply prompt ("Zostaw odpowiedź") apart from the held-out "Dodaj komentarz jako gość lub
zaloguj się". A first draft of data223.py had a mangled Russian keep line (a string replace gone wrong in the scratch
file), caught by printing it and fixed before any check. gen223.py checks that no line of the file is over 120 columns
and that it holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data.
(7) The measurement was run once, as the brief gives it, in one shell call at 16:02:16 UTC by ``date``, with the xfail
tables empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s223scratch/pre_measure_copy.py); pytest printed 21 failed, 56 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s223scratch, importing the copy in /tmp/wt-s223/tests with /tmp/wt-s223/src on the
path) then printed ``_problems`` of each failing case (kept in problems.json): the eight lines, the one keep line and
the twelve pages of the tables; every problem printed is a kept noise line ("kept boilerplate") or a lost article line
("lost or out of order": the Russian keep line and the German blog's title); no problem of another kind (no unreported
removal, no range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written
from that output by make_tables.py (it writes tables223.py, which gen223.py puts into this file); make_tables.py checked
that every line's only problem is that it is kept (or, for the keep line, lost), that each page's problems are all
accounted for by the noise lines its reason quotes in full and the lost title, and I compared the counts per page with
the report's by eye (they agree); one wording of the reasons was changed before use (the lead photo's caption is placed
"between the share row and the first paragraph", not "above the first paragraph, under the share row", which read
ambiguously before the bio). The lists and pages of the final file were imported back and found equal to the scratch
data, and the final file was checked with the pytest command in /tmp/wt-s223 (see the Baseline paragraph). (9) Clock:
``date`` printed 15:56:54 at the start, 16:02:16 at the measurement and 16:03:03 just before the Baseline paragraph and
these notes were written (after the tables); the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from reports of the yodel contest and the sled-dog race that open
with or hold a noise-like word ("Reading the snow before the start, the head marshal shortened the course by two
kilometres.", "Shared between two kennels, the trophy will spend six months in each.", "Followers of the contest packed
the square long before the first yodeller sang.", "Subscribers to the yodelling club's winter programme were given
front-row seats.", "Copyright on the winning song was registered by the composer's daughter in 1987.", "Comments from
the judges praised the clarity of her falsetto in the high passages.", "Advertising the race on local radio brought in
more than 2,000 spectators.", "Partageant le podium, les deux jodleuses ont chanté ensemble un dernier air.", "Suivie
par plus de mille spectateurs, la course s'est terminée à la nuit tombée.", "Lecture faite du règlement, le jury a
disqualifié un attelage parti trop tôt.", "Kommentiert wurde der Wettbewerb vom Vorsitzenden des Trachtenvereins.",
"Folgen hatte der Sturz für den Musher keine, die Hunde liefen unverletzt ins Ziel.", "Werbung für das Fest machten die
Kinder der Grundschule mit selbst gemalten Plakaten.", "Seguendo la pista tracciata dai gatti delle nevi, le mute hanno
percorso 24 chilometri.", "Leggendo il regolamento ad alta voce, il giudice ha spiegato il sistema di punteggio.",
"Iscriversi alla gara costava 40 euro per ogni muta di cani.", "Udostępniony przez gminę plac przed remizą zamienił się
w scenę.", "Komentarze jurorów dotyczyły głównie czystości przejść między rejestrami.", "Подписаться на участие в гонке
успели сорок два каюра." and "Читая правила вслух, судья напомнил о запрете на кнуты."): each is a full sentence with a
subject, a verb and a fact of the story, so article ("Reading the snow", "Lecture faite", "Leggendo il regolamento" and
"Читая правила" open like reading-time labels but say who read what; "Shared between", "Partageant le podium" and
"Udostępniony przez gminę" open like share rows but are about a trophy, a podium and a square; "Followers of the
contest", "Suivie par", "Folgen hatte" and "Seguendo la pista" open like follow prompts but describe a crowd, a
consequence and a trail; "Subscribers to", "Iscriversi alla gara" and "Подписаться на участие" open like subscribe
prompts but give seats, an entry fee and a count of mushers; "Copyright on the winning song" opens like a copyright line
but says who registered a song; "Comments from the judges", "Kommentiert wurde" and "Komentarze jurorów" open like
comment furniture but report what judges or a commentator said; "Advertising the race" and "Werbung für das Fest" hold
ad words but say how the events were made known). Borderline categories: the four plugs (eBay booties, an Airbnb
Experiences taster, Vinted harnesses, Avito harnesses) are bylines and self-promotion, at the foot, since they sell the
author's work in the author's voice; the Twitch offline line and the Relive still-rendering line are markers (what an
embed leaves in the text when it does not play), though they read as sentences; the company-registration line is a
footer (a legal line of the site, not of the article), as is the French accessibility-status mention; the Disqus
enable-JavaScript line is comment furniture (it stands where the thread would be), though it speaks of JavaScript like a
marker; the Italian reply-report-like row is comment furniture; the German AI-translation note and the Italian
first-in-print note are notices in the body and the Russian author's-opinion note a notice at the foot (all three speak
of the article they sit in). On every page the title, the three paragraphs before the subheading (the third with the
quote), the subheading, its three rows and the two last paragraphs are article; everything else (mastheads and blog
names with taglines, menus, breadcrumbs, bylines with dates, posted-on lines, reading times, share rows, captions and
photo credits, ad labels, sponsored headlines, read-also links, tags lines, tables of contents, affiliate disclosures
and links, reporters' bios, follow prompts, sign-offs, plugs, subscribe and newsletter prompts, comment counts and
headings, comments and arrowed replies, leave-a-reply prompts, copyright lines) is noise. The list rows (the three
afternoon classes on the portals; Saturday, Sunday and the overall place on the blogs) are short but part of each
article, so article, and the list headings ("How the afternoon unfolded", "Our race, stage by stage" and the like) are
the articles' subheadings, so article; the portals' tags lines are noise though they sit in the list block above the
subheading; the portals' reporter bios are noise though they read like a sentence and follow the last paragraph in its
block; the blogs' photo captions of the finish ("Tansy crossing the finish line with her ears flat back.") are noise
though they read like a sentence of the post and sit between the second and third rows; the blogs' opening captions are
noise though they sit between the first and second paragraphs, and the share rows though they sit between the two last
paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, a German and a Polish one), body 10 (the eight markers and
two notices: German and Italian), tail 24 (four plugs: two English, an Italian and a Russian one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hollerwick-yodel-contest (thirty-two
yodellers on Hollerwick's market square, the first contest since 1986, £6,000 raised by the choral society, some 2,500
onlookers), en-blog-fenellas-gangline-diary-first-race (Fenella's four Siberians at the Aviemore rally, eleventh of
fifteen), fr-portail-tyrolieux-concours-de-yodel (the same contest in Tyrolieux, 6 000 euros raised by the chorale),
fr-blog-les-traineaux-de-solenne-premiere-course (Solenne's first race at Lans-en-Vercors),
de-portal-jodelbrunn-jodelwettbewerb (the Jodelwettbewerb on the Marktplatz of Jodelbrunn, 6.000 Euro raised by the
Gesangverein), de-blog-wiebkes-gespannbuch-erstes-rennen (Wiebke's first race at Todtmoos),
it-portale-trillanza-concorso-di-jodel (the contest in the piazza del mercato of Trillanza, 6.000 euro raised by the
corale), it-blog-la-muta-di-ermelinda-prima-gara (Ermelinda's first race at Sappada),
pl-portal-hukalowo-konkurs-jodlowania (the contest on the rynek of Hukałowo, 25 tys. zł raised by the chór),
pl-blog-zaprzeg-u-bronislawy-pierwsze-zawody (Bronisława's first race at Karpacz), ru-portal-yodlinsk-konkurs-yodlya
(the contest on the рыночная площадь of Йодлинск, 600 тысяч рублей raised by the хор),
ru-blog-upryazhka-evdokii-pervaya-gonka (Евдокия's first race at Кировск), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit ec0aea2a0a9e00505d7784799e32a3b9a4b154d4, measured with ``cd /tmp/wt-s223 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s223/src python -m pytest -q tests/test_clean_held_out_223.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s223 && PYTHONPATH=/tmp/wt-s223/src python
scripts/clean_held_out_report.py --sets 223``, with the xfail tables empty, at 16:02:16 UTC by ``date``): noise lines
removed 37/45 (marker 5/8, reading-time 5/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Twitch offline line,
the English Relive still-rendering line and the Polish Mapy.cz refresh line), two reading times at the head (the English
fair-warning 12-minute-read line and the French estimated-reading-duration label), two bylines (the French
local-correspondent byline at the head and the English Airbnb Experiences plug at the foot) and one notice in the body
(the Italian first-in-print note); the TikTok, Dailymotion, Instagram, YouTube and VK Video markers, the other five
reading times, the English, German and Polish bylines, the eBay, Vinted and Avito plugs, all eight footers, all eight
comment lines, every share row and the German and Russian notices went); keep lines kept 19/20 (the Russian sentence on
the mushers who signed up, "Подписаться на участие в гонке успели сорок два каюра.", is lost at the head); pages 0/12
clean, 39 of 240 page noise lines left and 1 of 120 article lines lost. Left: on each of the six portal pages the lead
photo's caption between the share row and the first paragraph (1 on the English page), and on the French, German,
Italian, Polish and Russian portal pages also the reporter's one-line bio under the last paragraph (2 each); on the blog
pages the photo caption of the finish and the affiliate link to the harnesses between the second and third list rows
(all six), the blog name with its tagline at the top (all six), the breadcrumb above the posted-on line (all but the
German), the table of contents above the paragraph with the quote (English, German, Polish and Russian) and, on the
Russian blog, the share row between the two last paragraphs: 5 on the English, 4 on the French, German and Italian, 5 on
the Polish and 6 on the Russian blog. Lost: the German blog page loses its title ("Unser erstes Schlittenhunderennen:
Todtmoos mit vier Huskys"); no other page loses an article line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s223 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 140 (2026-12-07, lead; this set and set 224 were written from ec0aea2, the cleaner of round 140's
base a197dcd, while round 140 worked; round 140 rebased on main with the lead's mend, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 217 218 219 220 221 222 223 224`` and
the set's pytest file): noise lines removed 37/45 (unchanged), keep lines kept 19/20 (the Russian mushers' sentence
still lost), pages 0/12 clean, 36 of 240 page noise lines left (was 39): the English, German and Polish blogs' tables of
contents above the paragraph with the quote now go (round 140's one-line contents), and the three reasons were reworded;
the German blog still loses its title (third in its block under the breadcrumb and the posted-on line). Every other
xfail still fails as its reason says.

Measured after round 141 (2026-12-07, lead; round 141 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 223 224 225 226`` and the set's
pytest file): noise lines removed 37/45 (unchanged), keep lines kept 19/20, pages 0/12 clean, 35 of 240 page noise lines
left (was 36): the Russian blog's share row between the two last paragraphs ("Поделиться постом: ...") now goes (round
141's Russian share row naming the post), and its reason was reworded; the German blog's title and the Russian mushers'
keep sentence are still lost. Every other xfail still fails as its reason says.

Round 142 (development; this set was read in full from this round on): the German blog's title and the Russian keep
sentence come back, and two wordings go. (1) ``page_blocks._head_block_lines``: a line of the head block right under the
posted-on line (reason "byline") whose only widget cue is the writer's "we" or "I" (``_writers_we_only``: SITE_AS_WE or
FIRST_PERSON, no call to act, no network, no followed network or platform, no widget word, no reader) is the post's
title, so the block is not read as the head's ("Unser erstes Schlittenhunderennen: Todtmoos mit vier Huskys": the edge
classifier took the breadcrumb over the posted-on line, the blog's name above read as the title and the real one as a
prompt). (2) ``clean.line_reason``: ``_CALL_THEN_SUBJECT``, a call word in the infinitive opening a sentence whose
finite verb of managing, deciding or being able and its subject come after it in the same clause, is not a call
("Подписаться на участие в гонке успели сорок два каюра."), beside ``_is_reported_call``. (3) ``_READING_LABEL`` takes
"Durée de lecture estimée" and the print-edition notice "è apparso per la prima volta" ("Questo articolo è apparso per
la prima volta nell'edizione cartacea di sabato."). Set 224's fixes (a shop link over the article's subheading, a quoted
name ending a row, a sign-off with a comma between its wishes) moved nothing here. Report (``--sets $(seq 10 220) 223
224``, frozen base copy before, the branch after): sets 10-220, 223, 224 in total noise lines removed 8863 -> 8866 of
9661, article and keep lines kept 4286 -> 4287 of 4287, pages clean 1422 -> 1422 of 2542, page noise lines left 2133 ->
2133 of 52560, paragraphs lost 9 -> 2 (set 86's 2 remain); only sets 223 and 224 changed. This set: noise lines removed
37/45 -> 39/45 (marker 5/8, reading-time 5/7 -> 6/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3 ->
3/3), keep lines kept 19/20 -> 20/20, pages clean 0/12 -> 0/12, page noise lines left 35 -> 35 of 240, article lines
lost 1 -> 0. SemEval: 0 changed files of 3723 (``semeval_noise_diff.py diff``). Bench (``bench_clean.py --baseline-src``
the frozen base): ratio 1.01. The cleaning test set (tests/test_clean.py, the held-out sets but the six blind ones, site
batches, site lines, noise trace, clean pages): 26063 passed, 1945 xfailed, no XPASS, in 16 minutes. Xfails removed: the
keep xfail of the Russian mushers' sentence and the line xfails of "Durée de lecture estimée : 6 minutes" and the
Italian print note; reworded: the German blog (no article line is lost now). Still missed: the Twitch, Relive and
Mapy.cz markers, the fair-warning minute-read line, the French local-correspondent byline, the Airbnb Experiences plug;
on the pages the portals' lead captions and reporters' one-line bios, the blogs' names with taglines, breadcrumbs above
the posted-on line, the captions and affiliate links inside the list block and the Russian table of contents (no rule
was written for these pages' furniture this round).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_223_LINES: list[tuple[str, str, str]] = [
    ('body', 'Twitch: this channel is offline right now. Check back during the next broadcast.', 'marker'),
    ('body', 'The Relive video of this route is still being rendered – check back later.', 'marker'),
    ('body', 'This TikTok video is unavailable because the creator has turned off embedding.', 'marker'),
    ('body', "La vidéo Dailymotion intégrée a été retirée à la demande de l'ayant droit.", 'marker'),
    ('body',
     'Der eingebettete Instagram-Beitrag ist nicht verfügbar, weil das Konto auf privat gestellt wurde.',
     'marker'),
    ('body', "Questo video di YouTube non è più disponibile perché l'account associato è stato chiuso.", 'marker'),
    ('body', 'Nie udało się wczytać mapy trasy z Mapy.cz – spróbuj odświeżyć stronę.', 'marker'),
    ('body', 'Видео из VK Видео недоступно: автор ограничил доступ к записи.', 'marker'),
    ('head', 'Read time: 6 min', 'reading-time'),
    ('head', 'Fair warning: this race report is a 12-minute read.', 'reading-time'),
    ('head', 'Durée de lecture estimée : 6 minutes', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 6 Minuten', 'reading-time'),
    ('head', 'Lettura da 6 minuti', 'reading-time'),
    ('head', '6 minut czytania', 'reading-time'),
    ('head', 'Прочтёте за 6 минут', 'reading-time'),
    ('head', 'Words by Perpetua Trillwater, pictures by Ned Huskisford', 'byline'),
    ('head', 'Par notre correspondante locale, Gaëtane Jodelet', 'byline'),
    ('head', 'Ein Bericht von Hilmar Jauchzinger', 'byline'),
    ('head', 'Autorka tekstu: Zenobia Hukałowska', 'byline'),
    ('tail', "My handmade dog booties and harnesses are on eBay – search Fenella's Gangline to find them.", 'byline'),
    ('tail',
     'Fancy a ride behind the team? Book a sled-dog taster morning through my Airbnb Experiences listing.',
     'byline'),
    ('tail', 'Le pettorine che cucio a mano le trovi nel mio negozio su Vinted.', 'byline'),
    ('tail', 'Мои шлейки для ездовых собак продаются на Авито, доставка по всей России.', 'byline'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail', 'Hosted by WP Engine · Built on Newspack · Terms of Service', 'footer'),
    ('tail',
     'Registered in England and Wales, company no. 08472615. Registered office: 3 Cowbell Yard, Hollerwick.',
     'footer'),
    ('tail', 'Site réalisé avec Wix · Hébergé par OVHcloud · Accessibilité : non conforme', 'footer'),
    ('tail', 'Mit Webflow erstellt · Hosting: Strato · AGB', 'footer'),
    ('tail', 'Sito realizzato con WordPress · Hosting SiteGround · Note legali', 'footer'),
    ('tail', 'Hosting: cyber_Folks · Regulamin serwisu · RODO', 'footer'),
    ('tail', 'Сайт работает на WordPress · Хостинг Timeweb · Пользовательское соглашение', 'footer'),
    ('tail', 'Please enable JavaScript to view the comments powered by Disqus.', 'comments'),
    ('tail', 'Showing 12 of 48 comments', 'comments'),
    ('tail', 'Log in or register to join the conversation.', 'comments'),
    ('tail', 'Réagir à cet article (23 réactions)', 'comments'),
    ('tail', 'Alle 31 Leserkommentare einblenden', 'comments'),
    ('tail', 'Rispondi · Segnala · Mi piace (3)', 'comments'),
    ('tail', 'Dodaj komentarz jako gość lub zaloguj się', 'comments'),
    ('tail', 'Комментарии (14) · Написать комментарий', 'comments'),
    ('tail', 'Found this useful? Share it: WhatsApp · Reddit · Email', 'share'),
    ('tail', 'Faire suivre : Facebook · Reddit · E-mail', 'share'),
    ('tail', 'Udostępnij na: Facebooku · Messengerze · X', 'share'),
    ('body', 'Dieser Text wurde mit Unterstützung von KI übersetzt und redaktionell geprüft.', 'notice'),
    ('body', "Questo articolo è apparso per la prima volta nell'edizione cartacea di sabato.", 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]
HELD_OUT_223_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading the snow before the start, the head marshal shortened the course by two kilometres.'),
    ('head', 'Shared between two kennels, the trophy will spend six months in each.'),
    ('body', 'Followers of the contest packed the square long before the first yodeller sang.'),
    ('body', "Subscribers to the yodelling club's winter programme were given front-row seats."),
    ('tail', "Copyright on the winning song was registered by the composer's daughter in 1987."),
    ('tail', 'Comments from the judges praised the clarity of her falsetto in the high passages.'),
    ('tail', 'Advertising the race on local radio brought in more than 2,000 spectators.'),
    ('head', 'Partageant le podium, les deux jodleuses ont chanté ensemble un dernier air.'),
    ('body', "Suivie par plus de mille spectateurs, la course s'est terminée à la nuit tombée."),
    ('tail', 'Lecture faite du règlement, le jury a disqualifié un attelage parti trop tôt.'),
    ('head', 'Kommentiert wurde der Wettbewerb vom Vorsitzenden des Trachtenvereins.'),
    ('body', 'Folgen hatte der Sturz für den Musher keine, die Hunde liefen unverletzt ins Ziel.'),
    ('tail', 'Werbung für das Fest machten die Kinder der Grundschule mit selbst gemalten Plakaten.'),
    ('head', 'Seguendo la pista tracciata dai gatti delle nevi, le mute hanno percorso 24 chilometri.'),
    ('body', 'Leggendo il regolamento ad alta voce, il giudice ha spiegato il sistema di punteggio.'),
    ('tail', 'Iscriversi alla gara costava 40 euro per ogni muta di cani.'),
    ('head', 'Udostępniony przez gminę plac przed remizą zamienił się w scenę.'),
    ('tail', 'Komentarze jurorów dotyczyły głównie czystości przejść między rejestrami.'),
    ('head', 'Подписаться на участие в гонке успели сорок два каюра.'),
    ('tail', 'Читая правила вслух, судья напомнил о запрете на кнуты.'),
]
HELD_OUT_223_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hollerwick-yodel-contest', [
        [
            '-The Hollerwick Herald — News from the valley since 1878',
        ],
        [
            "-News · Sport · What's On · Property · Jobs · Announcements",
            '-Home > News > Hollerwick',
            '+Yodellers fill Hollerwick market square for first contest in 40 years',
            '-By Perpetua Trillwater | Sunday 8 February 2026, 18:12',
            '-4 min read',
        ],
        [
            '-Share: Facebook · WhatsApp · Email',
            '-Contestants wait their turn on the stage by the old town hall.',
            '-Photo: Hollerwick Herald',
            ("+Thirty-two yodellers from as far away as Austria and Switzerland sang on Hollerwick's market square "
             "on Saturday, in the town's first yodel contest since 1986."),
        ],
        [
            ("+The contest was revived by the town's choral society, which spent two years finding judges and "
             'raising £6,000 for a stage, a sound system and prizes.'),
            '-Advertisement',
            '-Sponsored: Five winter walks you can reach by train',
            ('+"A good yodel is not loud, it is clean – every break between chest and head voice has to land," said '
             'chief judge Ambrosine Yodelwright, who sang in Innsbruck for twenty years.'),
            '-Read more: Choral society appeals for new tenors',
        ],
        [
            '-Tags: Hollerwick, music, choral society, festivals',
            '+How the afternoon unfolded',
            '+1pm: the junior class, with eleven singers under sixteen',
            '+3pm: duets and trios, judged on harmony and timing',
            '+5pm: the open final, with six singers and an alphorn accompaniment',
        ],
        [
            ('+The open final was won by a 19-year-old student from the town, whose grandmother taught her to yodel '
             'on holidays in the Tyrol.'),
            ('+Some 2,500 people watched, and the society plans to make the contest a yearly event, with a '
             "children's workshop in the spring."),
            '-Perpetua Trillwater covers culture and community news for the Herald.',
            '-Follow the Herald on Instagram for photos from the day',
        ],
        [
            '-7 comments',
            '-Marjorie_H: My late father would have loved this. Bravo to the choir.',
            "-↳ Hollerwick Herald: Thanks Marjorie – there's a full photo gallery coming on Monday.",
            '-valleywalker: Could hear it from the top of Cowbell Yard. Magnificent.',
        ],
        [
            "-Sign up to the Herald's free Friday newsletter",
            '-© 2026 Hollerwick Herald Ltd · Privacy · Cookies · Contact us',
        ],
    ]),
    _page('en', 'en-blog-fenellas-gangline-diary-first-race', [
        [
            "-Fenella's Gangline Diary – four huskies, one rig and a lot of mud",
        ],
        [
            '-Home » Race reports » Aviemore 2026',
            '-Posted on 27 January 2026 by Fenella · 9 comments',
            '+Our first sled-dog race: Aviemore with four Siberians',
            '-8 minute read',
        ],
        [
            ('+After two seasons of training runs in the forest behind the house, we finally entered our first '
             'race: the four-dog class at the Aviemore Sled Dog Rally.'),
            '-Loki and Tansy in lead, waiting on the stake-out line.',
            '-Photo: my brother Callum',
            ('+There was barely any snow, so like most teams we ran with a three-wheeled rig on the forest tracks '
             'instead of a sled.'),
        ],
        [
            '-In this post: the night before · the start chute · the second day',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            ('+At the start chute an old musher from Fife leaned over and said: "Don\'t look at the clock, look at '
             'their tails – if the tails are up, you\'re doing fine."'),
        ],
        [
            '+Our race, stage by stage',
            '+Saturday: 6.4 kilometres in 21 minutes, a tangle at the first bend',
            '+Sunday: the same trail in 19 minutes, no tangles',
            '-Tansy crossing the finish line with her ears flat back.',
            '-The harnesses we use are the Non-stop Dogwear Freemotion – here is my affiliate link.',
            '+Overall: eleventh of fifteen teams in the four-dog class',
        ],
        [
            ('+Eleventh is not glamorous, but all four dogs finished both days sound, happy and pulling, which was '
             'all I wanted.'),
            '-Share this post: Facebook · Pinterest · X',
            '+Next winter we hope to try a six-dog class, once young Bracken has learned to run in wheel.',
            '-Paws up, Fenella x',
        ],
        [
            '-I make waterproof dog coats to order – drop me a message through my Etsy shop.',
            '-Subscribe to get new posts delivered to your inbox.',
        ],
        [
            '-9 thoughts on “Our first sled-dog race: Aviemore with four Siberians”',
            '-Moira: Brilliant result for a first race! The tails advice is gold.',
            "-↳ Fenella: Thank you Moira – I'll be repeating it to myself all season.",
            '-Dougie R.: Which rig do you use? Looking for a three-wheeler for our two dogs.',
            '-Leave a Reply',
        ],
        [
            "-© 2026 Fenella's Gangline Diary · Theme: Kadence · Powered by WordPress",
        ],
    ]),
    _page('fr', 'fr-portail-tyrolieux-concours-de-yodel', [
        [
            "-L'Écho de Tyrolieux – Le quotidien de la vallée",
        ],
        [
            '-Actualités · Sports · Culture · Loisirs · Nécrologie',
            '-Accueil > Culture > Tyrolieux',
            '+Tyrolieux : le premier concours de yodel attire 2 000 spectateurs sur la place du marché',
            '-Par Gaëtane Jodelet | dimanche 8 février 2026 à 18h12',
            '-Lecture : 4 min',
        ],
        [
            '-Partager : Facebook · WhatsApp · Courriel',
            "-Les candidats attendent leur tour devant l'ancienne mairie.",
            "-Photo : L'Écho de Tyrolieux",
            ("+Trente-deux yodleurs venus de Suisse, d'Autriche et de toute la région ont chanté samedi sur la "
             'place du marché de Tyrolieux, pour le premier concours de la commune.'),
        ],
        [
            ('+La chorale municipale a mis deux ans à réunir un jury et 6 000 euros pour la scène, la sonorisation '
             'et les prix.'),
            '-Publicité',
            "-Contenu sponsorisé : cinq randonnées d'hiver accessibles en train",
            ("+« Un bon yodel n'est pas fort, il est net : chaque passage de la voix de poitrine à la voix de tête "
             'doit tomber juste », explique la présidente du jury, Odile Chantevallée.'),
            '-À lire aussi : la chorale cherche de nouveaux ténors',
        ],
        [
            '-Mots-clés : Tyrolieux, musique, chorale, fêtes',
            "+Le déroulé de l'après-midi",
            '+13 h : les juniors, onze chanteurs de moins de seize ans',
            "+15 h : duos et trios, jugés sur l'harmonie et la justesse",
            '+17 h : la grande finale, six chanteurs accompagnés au cor des Alpes',
        ],
        [
            ('+La finale a été remportée par une étudiante de 19 ans du village, à qui sa grand-mère avait appris à '
             'yodler pendant les vacances au Tyrol.'),
            ('+Environ 2 000 personnes ont assisté au concours, que la chorale veut organiser chaque année, avec un '
             'atelier pour les enfants au printemps.'),
            "-Gaëtane Jodelet suit la vie culturelle et associative pour L'Écho.",
            "-Suivez L'Écho sur Instagram pour les photos de la journée",
        ],
        [
            '-7 commentaires',
            '-Mireille_T : Mon père aurait adoré. Bravo à la chorale !',
            "-↳ L'Écho de Tyrolieux : Merci Mireille, la galerie photo complète arrive lundi.",
            "-randonneur74 : On l'entendait depuis le haut du village. Magnifique.",
        ],
        [
            "-Recevez gratuitement notre lettre d'information du vendredi",
            "-© 2026 L'Écho de Tyrolieux · Mentions légales · Données personnelles · Contact",
        ],
    ]),
    _page('fr', 'fr-blog-les-traineaux-de-solenne-premiere-course', [
        [
            '-Les traîneaux de Solenne – trois groenlandais, un kart et beaucoup de boue',
        ],
        [
            '-Accueil » Récits de course » Lans-en-Vercors 2026',
            '-Publié le 27 janvier 2026 par Solenne · 9 commentaires',
            '+Notre première course de chiens de traîneau, à Lans-en-Vercors',
            '-Lecture : 8 minutes',
        ],
        [
            ("+Après deux saisons d'entraînement dans la forêt derrière la maison, nous avons enfin pris le départ "
             'de notre première course, en catégorie quatre chiens.'),
            "-Loki et Tanaïs en tête, sur la ligne d'attache.",
            '-Photo : mon frère Corentin',
            ('+Il y avait très peu de neige, alors comme la plupart des attelages nous avons couru avec un kart à '
             'trois roues sur les pistes forestières.'),
        ],
        [
            '-Au sommaire : la veille · le sas de départ · le deuxième jour',
            '-Cet article contient des liens affiliés : je touche une petite commission sans frais pour vous.',
            ("+« Ne regarde pas le chrono, regarde leurs queues : si elles sont en l'air, tout va bien », m'a "
             'glissé un vieux musher jurassien au départ.'),
        ],
        [
            '+Notre course, manche par manche',
            '+Samedi : 6,4 kilomètres en 21 minutes, un emmêlement au premier virage',
            '+Dimanche : la même piste en 19 minutes, sans emmêlement',
            "-Tanaïs passe la ligne d'arrivée, les oreilles en arrière.",
            '-Nos harnais sont des Non-stop Dogwear Freemotion, voici mon lien affilié.',
            '+Au total : onzièmes sur quinze attelages en quatre chiens',
        ],
        [
            ("+Onzièmes, ce n'est pas glorieux, mais les quatre chiens ont fini les deux manches en forme, contents "
             "et en tirant, et c'est tout ce que je voulais."),
            "-Partager l'article : Facebook · Pinterest · X",
            ("+L'hiver prochain, nous aimerions tenter la catégorie six chiens, quand le jeune Bracken aura appris "
             'à courir en position de wheel.'),
            '-Des léchouilles, Solenne',
        ],
        [
            '-Je couds des manteaux imperméables pour chiens sur commande, écrivez-moi via ma boutique Etsy.',
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail.',
        ],
        [
            '-9 réflexions sur « Notre première course de chiens de traîneau, à Lans-en-Vercors »',
            '-Maud : Super résultat pour une première ! Le conseil des queues est génial.',
            '-↳ Solenne : Merci Maud, je vais me le répéter toute la saison.',
            '-Thibault R. : Quel kart utilisez-vous ? Nous en cherchons un pour nos deux chiens.',
            '-Laisser un commentaire',
        ],
        [
            '-© 2026 Les traîneaux de Solenne · Thème : Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-jodelbrunn-jodelwettbewerb', [
        [
            '-Jodelbrunner Tagblatt – Die Zeitung für das Tal',
        ],
        [
            '-Lokales · Sport · Kultur · Freizeit · Service',
            '-Startseite > Lokales > Jodelbrunn',
            '+Erster Jodelwettbewerb seit 40 Jahren: 2.000 Zuschauer auf dem Marktplatz in Jodelbrunn',
            '-Von Hilmar Jauchzinger | Sonntag, 08.02.2026, 18:12 Uhr',
            '-Lesezeit: 4 Min.',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '-Die Teilnehmer warten vor dem alten Rathaus auf ihren Auftritt.',
            '-Foto: Jodelbrunner Tagblatt',
            ('+Zweiunddreißig Jodlerinnen und Jodler aus der Schweiz, aus Österreich und aus der ganzen Region '
             'sangen am Samstag auf dem Marktplatz von Jodelbrunn beim ersten Wettbewerb seit 1986.'),
        ],
        [
            ('+Der Gesangverein hatte zwei Jahre lang eine Jury gesucht und 6.000 Euro für Bühne, Tontechnik und '
             'Preise gesammelt.'),
            '-Anzeige',
            '-Gesponsert: Fünf Winterwanderungen, die Sie mit der Bahn erreichen',
            ('+„Ein guter Jodler ist nicht laut, sondern sauber – jeder Wechsel von der Brust- in die Kopfstimme '
             'muss sitzen“, sagte Juryvorsitzende Walburga Kehlbauer.'),
            '-Lesen Sie auch: Gesangverein sucht neue Tenöre',
        ],
        [
            '-Schlagworte: Jodelbrunn, Musik, Gesangverein, Feste',
            '+So lief der Nachmittag',
            '+13 Uhr: die Jugendklasse mit elf Sängern unter 16 Jahren',
            '+15 Uhr: Duette und Terzette, bewertet nach Harmonie und Takt',
            '+17 Uhr: das offene Finale mit sechs Sängern und Alphornbegleitung',
        ],
        [
            ('+Das Finale gewann eine 19-jährige Studentin aus dem Ort, der ihre Großmutter das Jodeln in den '
             'Ferien in Tirol beigebracht hatte.'),
            ('+Rund 2.000 Menschen sahen zu; der Verein will den Wettbewerb jedes Jahr ausrichten und im Frühjahr '
             'einen Kinderworkshop anbieten.'),
            '-Hilmar Jauchzinger schreibt für das Tagblatt über Kultur und Vereinsleben.',
            '-Folgen Sie dem Tagblatt auf Instagram für alle Fotos des Tages',
        ],
        [
            '-7 Kommentare',
            '-Marlies_H: Mein Vater hätte das geliebt. Bravo an den Verein!',
            '-↳ Jodelbrunner Tagblatt: Danke, Marlies – die Bildergalerie folgt am Montag.',
            '-talwanderer: Man hörte es bis hinauf zur Kirche. Großartig.',
        ],
        [
            '-Jetzt den kostenlosen Freitags-Newsletter abonnieren',
            '-© 2026 Jodelbrunner Tagblatt · Impressum · Datenschutz · Kontakt',
        ],
    ]),
    _page('de', 'de-blog-wiebkes-gespannbuch-erstes-rennen', [
        [
            '-Wiebkes Gespannbuch – vier Huskys, ein Trainingswagen und viel Matsch',
        ],
        [
            '-Start » Rennberichte » Todtmoos 2026',
            '-Veröffentlicht am 27. Januar 2026 von Wiebke · 9 Kommentare',
            '+Unser erstes Schlittenhunderennen: Todtmoos mit vier Huskys',
            '-Lesezeit: 8 Minuten',
        ],
        [
            ('+Nach zwei Trainingssaisons im Wald hinter dem Haus sind wir endlich bei unserem ersten Rennen '
             'gestartet, in der Klasse mit vier Hunden.'),
            '-Loki und Tansy in Führung, am Stake-out.',
            '-Foto: mein Bruder Jannes',
            ('+Es lag kaum Schnee, also liefen wir wie die meisten Gespanne mit einem dreirädrigen Trainingswagen '
             'auf den Forstwegen statt mit dem Schlitten.'),
        ],
        [
            '-In diesem Beitrag: der Abend davor · die Startbox · der zweite Tag',
            '-Dieser Beitrag enthält Affiliate-Links; ich erhalte eine kleine Provision, für dich ändert sich nichts.',
            ('+„Schau nicht auf die Uhr, schau auf ihre Ruten – solange die oben sind, machst du alles richtig“, '
             'sagte mir ein alter Musher aus dem Allgäu in der Startbox.'),
        ],
        [
            '+Unser Rennen, Lauf für Lauf',
            '+Samstag: 6,4 Kilometer in 21 Minuten, ein Knäuel in der ersten Kurve',
            '+Sonntag: dieselbe Strecke in 19 Minuten, ohne Knäuel',
            '-Tansy läuft mit angelegten Ohren über die Ziellinie.',
            '-Unsere Geschirre sind von Non-stop Dogwear – hier mein Affiliate-Link.',
            '+Gesamt: Platz elf von fünfzehn Gespannen in der Vier-Hunde-Klasse',
        ],
        [
            ('+Platz elf ist nicht glamourös, aber alle vier Hunde sind beide Tage gesund, fröhlich und ziehend ins '
             'Ziel gekommen, und mehr wollte ich nicht.'),
            '-Beitrag teilen: Facebook · Pinterest · X',
            ('+Nächsten Winter wollen wir die Sechs-Hunde-Klasse versuchen, sobald der junge Bracken gelernt hat, '
             'im Wheel zu laufen.'),
            '-Pfotengruß, eure Wiebke',
        ],
        [
            '-Wasserdichte Hundemäntel nähe ich auf Bestellung – schreib mir über meinen Etsy-Shop.',
            '-Abonniere den Blog, um neue Beiträge per E-Mail zu erhalten.',
        ],
        [
            '-9 Gedanken zu „Unser erstes Schlittenhunderennen: Todtmoos mit vier Huskys“',
            '-Heike: Tolles Ergebnis fürs erste Rennen! Der Tipp mit den Ruten ist Gold wert.',
            '-↳ Wiebke: Danke, Heike – den sage ich mir jetzt die ganze Saison vor.',
            '-Jörg K.: Welchen Wagen fahrt ihr? Wir suchen einen für unsere zwei Hunde.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-© 2026 Wiebkes Gespannbuch · Theme: Kadence · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-trillanza-concorso-di-jodel', [
        [
            '-La Gazzetta di Trillanza – Il giornale della valle',
        ],
        [
            '-Cronaca · Sport · Cultura · Eventi · Necrologi',
            '-Home > Cultura > Trillanza',
            "+Trillanza, il primo concorso di jodel da quarant'anni richiama 2.000 persone in piazza del mercato",
            '-Di Ottorino Gorgheggiani | domenica 8 febbraio 2026, 18:12',
            '-Tempo di lettura: 4 min',
        ],
        [
            '-Condividi: Facebook · WhatsApp · Email',
            '-I concorrenti aspettano il loro turno davanti al vecchio municipio.',
            '-Foto: La Gazzetta di Trillanza',
            ('+Trentadue cantanti di jodel arrivati da Svizzera, Austria e da tutta la provincia si sono esibiti '
             'sabato in piazza del mercato a Trillanza, nel primo concorso dal 1986.'),
        ],
        [
            ('+La corale cittadina ha impiegato due anni per trovare una giuria e raccogliere 6.000 euro per palco, '
             'impianto audio e premi.'),
            '-Pubblicità',
            '-Contenuto sponsorizzato: cinque escursioni invernali da raggiungere in treno',
            ('+«Un buon jodel non è forte, è pulito: ogni passaggio dalla voce di petto alla voce di testa deve '
             'essere preciso», ha spiegato la presidente della giuria, Ersilia Falsettoni.'),
            '-Leggi anche: la corale cerca nuovi tenori',
        ],
        [
            '-Tag: Trillanza, musica, corale, feste',
            "+Com'è andato il pomeriggio",
            '+Ore 13: la categoria giovani, undici cantanti sotto i sedici anni',
            '+Ore 15: duetti e terzetti, giudicati su armonia e tempo',
            '+Ore 17: la finale aperta, sei cantanti accompagnati dal corno delle Alpi',
        ],
        [
            ('+Ha vinto la finale una studentessa di 19 anni del paese, a cui la nonna aveva insegnato lo jodel '
             'durante le vacanze in Tirolo.'),
            ('+Circa 2.000 persone hanno assistito al concorso, che la corale vuole ripetere ogni anno, con un '
             'laboratorio per bambini in primavera.'),
            '-Ottorino Gorgheggiani scrive di cultura e associazioni per la Gazzetta.',
            '-Segui la Gazzetta su Instagram per le foto della giornata',
        ],
        [
            '-7 commenti',
            '-Marisa_T: Mio padre ne sarebbe stato felice. Brava la corale!',
            '-↳ La Gazzetta di Trillanza: Grazie Marisa, la galleria fotografica completa arriva lunedì.',
            '-escursionista62: Si sentiva fino in cima al paese. Magnifico.',
        ],
        [
            '-Iscriviti gratis alla nostra newsletter del venerdì',
            '-© 2026 La Gazzetta di Trillanza · Note legali · Privacy · Contatti',
        ],
    ]),
    _page('it', 'it-blog-la-muta-di-ermelinda-prima-gara', [
        [
            '-La muta di Ermelinda – quattro husky, un carrello e tanto fango',
        ],
        [
            '-Home » Racconti di gara » Sappada 2026',
            '-Pubblicato il 27 gennaio 2026 da Ermelinda · 9 commenti',
            '+La nostra prima gara di sleddog: Sappada con quattro husky',
            '-Lettura: 8 minuti',
        ],
        [
            ('+Dopo due stagioni di allenamento nel bosco dietro casa, abbiamo finalmente partecipato alla nostra '
             'prima gara, nella categoria a quattro cani.'),
            '-Loki e Tansy in testa, alla linea di picchetto.',
            '-Foto: mio fratello Nicolò',
            ('+La neve era pochissima, così come quasi tutte le mute abbiamo corso con un carrello a tre ruote '
             'sulle strade forestali invece che con la slitta.'),
        ],
        [
            '-In questo articolo: la sera prima · il box di partenza · il secondo giorno',
            '-Questo articolo contiene link di affiliazione: ricevo una piccola commissione senza costi per te.',
            ('+«Non guardare il cronometro, guarda le code: se sono alte, stai andando bene», mi ha detto al via un '
             'vecchio musher del Cadore.'),
        ],
        [
            '+La nostra gara, manche per manche',
            '+Sabato: 6,4 chilometri in 21 minuti, un groviglio alla prima curva',
            '+Domenica: la stessa pista in 19 minuti, senza grovigli',
            "-Tansy taglia il traguardo con le orecchie all'indietro.",
            '-Le nostre pettorine sono Non-stop Dogwear: ecco il mio link di affiliazione.',
            '+In totale: undicesimi su quindici mute nella categoria a quattro cani',
        ],
        [
            ('+Undicesimi non è un risultato da copertina, ma tutti e quattro i cani hanno finito entrambe le '
             'manche sani, felici e tirando, ed era tutto ciò che volevo.'),
            "-Condividi l'articolo: Facebook · Pinterest · X",
            ('+Il prossimo inverno vorremmo provare la categoria a sei cani, quando il giovane Bracken avrà '
             'imparato a correre in posizione di wheel.'),
            '-Una zampata, Ermelinda',
        ],
        [
            '-Cucio cappottini impermeabili per cani su ordinazione: scrivimi sul mio negozio Etsy.',
            '-Iscriviti per ricevere i nuovi articoli via email.',
        ],
        [
            '-9 pensieri su “La nostra prima gara di sleddog: Sappada con quattro husky”',
            '-Lucia: Ottimo risultato per una prima gara! Il consiglio delle code è prezioso.',
            '-↳ Ermelinda: Grazie Lucia, me lo ripeterò per tutta la stagione.',
            '-Davide R.: Che carrello usate? Ne cerchiamo uno per i nostri due cani.',
            '-Lascia un commento',
        ],
        [
            '-© 2026 La muta di Ermelinda · Tema: Astra · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-hukalowo-konkurs-jodlowania', [
        [
            '-Głos Hukałowa – Gazeta doliny od 1991 roku',
        ],
        [
            '-Wiadomości · Sport · Kultura · Rozrywka · Nekrologi',
            '-Strona główna > Kultura > Hukałowo',
            '+Pierwszy od 40 lat konkurs jodłowania przyciągnął na rynek w Hukałowie 2 tysiące osób',
            '-Zenobia Hukałowska | niedziela, 8 lutego 2026, 18:12',
            '-Czas czytania: 4 min',
        ],
        [
            '-Udostępnij: Facebook · WhatsApp · E-mail',
            '-Uczestnicy czekają na swoją kolej przed starym ratuszem.',
            '-Fot. Głos Hukałowa',
            ('+Trzydziestu dwóch jodłujących śpiewaków ze Szwajcarii, Austrii i całego regionu wystąpiło w sobotę '
             'na rynku w Hukałowie, w pierwszym konkursie od 1986 roku.'),
        ],
        [
            '+Miejski chór przez dwa lata szukał jurorów i zbierał 25 tys. zł na scenę, nagłośnienie i nagrody.',
            '-Reklama',
            '-Artykuł sponsorowany: pięć zimowych wędrówek, na które dojedziesz pociągiem',
            ('+„Dobry jodel nie jest głośny, tylko czysty – każde przejście z głosu piersiowego do głowowego musi '
             'być dokładne” – mówiła przewodnicząca jury Bogumiła Przyśpiewska.'),
            '-Przeczytaj też: chór szuka nowych tenorów',
        ],
        [
            '-Tagi: Hukałowo, muzyka, chór, festyny',
            '+Jak minęło popołudnie',
            '+13:00: kategoria młodzieżowa, jedenaścioro śpiewaków poniżej 16 lat',
            '+15:00: duety i tercety oceniane za harmonię i rytm',
            '+17:00: otwarty finał, sześcioro śpiewaków z akompaniamentem rogu alpejskiego',
        ],
        [
            ('+Finał wygrała 19-letnia studentka z miasteczka, której babcia nauczyła ją jodłować podczas wakacji w '
             'Tyrolu.'),
            ('+Konkurs obejrzało około 2 tysięcy osób, a chór chce organizować go co roku i wiosną poprowadzić '
             'warsztaty dla dzieci.'),
            '-Zenobia Hukałowska pisze dla Głosu o kulturze i życiu stowarzyszeń.',
            '-Obserwuj Głos na Instagramie, by zobaczyć zdjęcia z konkursu',
        ],
        [
            '-7 komentarzy',
            '-Marysia_K: Mój tata byłby zachwycony. Brawo dla chóru!',
            '-↳ Głos Hukałowa: Dziękujemy, Marysiu – pełna galeria zdjęć w poniedziałek.',
            '-turysta_beskidy: Było słychać aż pod kościołem. Wspaniale.',
        ],
        [
            '-Zapisz się na nasz bezpłatny piątkowy newsletter',
            '-© 2026 Głos Hukałowa · Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-zaprzeg-u-bronislawy-pierwsze-zawody', [
        [
            '-Zaprzęg u Bronisławy – cztery huski, wózek i mnóstwo błota',
        ],
        [
            '-Start » Relacje z zawodów » Karpacz 2026',
            '-Opublikowano 27 stycznia 2026 przez Bronisławę · 9 komentarzy',
            '+Nasze pierwsze zawody psich zaprzęgów: Karpacz z czterema huskami',
            '-8 minut lektury',
        ],
        [
            ('+Po dwóch sezonach treningów w lesie za domem w końcu wystartowaliśmy w pierwszych zawodach, w klasie '
             'czterech psów.'),
            '-Loki i Tansy na prowadzeniu, przy linii stake-out.',
            '-Fot. mój brat Kuba',
            ('+Śniegu było bardzo mało, więc jak większość zaprzęgów biegliśmy z trójkołowym wózkiem po leśnych '
             'drogach zamiast z saniami.'),
        ],
        [
            '-W tym wpisie: wieczór przed startem · boks startowy · drugi dzień',
            '-Wpis zawiera linki afiliacyjne – dostaję małą prowizję, a Ty nic nie dopłacasz.',
            ('+„Nie patrz na zegarek, patrz na ogony – jak są w górze, wszystko robisz dobrze” – powiedział mi na '
             'starcie stary maszer spod Zakopanego.'),
        ],
        [
            '+Nasze zawody, bieg po biegu',
            '+Sobota: 6,4 kilometra w 21 minut, plątanina na pierwszym zakręcie',
            '+Niedziela: ta sama trasa w 19 minut, bez plątaniny',
            '-Tansy przekracza metę z uszami położonymi do tyłu.',
            '-Nasze szelki to Non-stop Dogwear – tu mój link afiliacyjny.',
            '+Łącznie: jedenaste miejsce na piętnaście zaprzęgów w klasie czterech psów',
        ],
        [
            ('+Jedenaste miejsce to nic spektakularnego, ale wszystkie cztery psy skończyły oba biegi zdrowe, '
             'radosne i ciągnące, a tylko tego chciałam.'),
            '-Udostępnij wpis: Facebook · Pinterest · X',
            ('+Następnej zimy chcemy spróbować klasy sześciu psów, gdy młody Bracken nauczy się biegać na pozycji '
             'wheel.'),
            '-Merdające pozdrowienia, Bronisława',
        ],
        [
            '-Szyję nieprzemakalne płaszczyki dla psów na zamówienie – napisz do mnie przez mój sklep na Etsy.',
            '-Zapisz się, aby otrzymywać nowe wpisy e-mailem.',
        ],
        [
            '-9 komentarzy do „Nasze pierwsze zawody psich zaprzęgów: Karpacz z czterema huskami”',
            '-Ola: Świetny wynik jak na pierwsze zawody! Rada o ogonach bezcenna.',
            '-↳ Bronisława: Dzięki, Olu – będę ją sobie powtarzać cały sezon.',
            '-Tomek W.: Jakiego wózka używacie? Szukamy czegoś dla naszych dwóch psów.',
            '-Zostaw odpowiedź',
        ],
        [
            '-© 2026 Zaprzęg u Bronisławy · Motyw: Kadence · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-yodlinsk-konkurs-yodlya', [
        [
            '-Йодлинский курьер – газета долины с 1991 года',
        ],
        [
            '-Новости · Спорт · Культура · Афиша · Некрологи',
            '-Главная > Культура > Йодлинск',
            '+Первый за 40 лет конкурс йодля собрал на рыночной площади Йодлинска 2 тысячи зрителей',
            '-Аграфена Переливова | воскресенье, 8 февраля 2026, 18:12',
            '-4 мин чтения',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Участники ждут своей очереди у старой ратуши.',
            '-Фото: Йодлинский курьер',
            ('+Тридцать два исполнителя йодля из Швейцарии, Австрии и со всей области выступили в субботу на '
             'рыночной площади Йодлинска на первом с 1986 года конкурсе.'),
        ],
        [
            '+Городской хор два года искал членов жюри и собирал 600 тысяч рублей на сцену, звук и призы.',
            '-Реклама',
            '-Спецпроект: пять зимних маршрутов, до которых можно доехать на электричке',
            ('+«Хороший йодль не громкий, а чистый: каждый переход из грудного голоса в головной должен быть '
             'точным», – пояснил председатель жюри Евлампий Голосистов.'),
            '-Читайте также: хор ищет новых теноров',
        ],
        [
            '-Теги: Йодлинск, музыка, хор, праздники',
            '+Как прошёл день',
            '+13:00 – юношеская категория, одиннадцать исполнителей до 16 лет',
            '+15:00 – дуэты и трио, оценка за гармонию и ритм',
            '+17:00 – открытый финал, шесть исполнителей под альпийский рог',
        ],
        [
            '+Финал выиграла 19-летняя студентка из города, которую йодлю научила бабушка во время каникул в Тироле.',
            ('+Конкурс посмотрели около 2 тысяч человек, и хор хочет проводить его каждый год, а весной устроить '
             'мастер-класс для детей.'),
            '-Аграфена Переливова пишет для «Курьера» о культуре и общественной жизни.',
            '-Подписывайтесь на «Курьер» в Telegram, чтобы увидеть все фото дня',
        ],
        [
            '-7 комментариев',
            '-Марина_К: Папа был бы в восторге. Браво хору!',
            '-↳ Йодлинский курьер: Спасибо, Марина, полная фотогалерея будет в понедельник.',
            '-турист_урал: Было слышно даже у церкви. Великолепно.',
        ],
        [
            '-Подпишитесь на нашу бесплатную пятничную рассылку',
            '-© 2026 Йодлинский курьер · Пользовательское соглашение · Контакты',
        ],
    ]),
    _page('ru', 'ru-blog-upryazhka-evdokii-pervaya-gonka', [
        [
            '-Упряжка Евдокии – четыре хаски, карт и много грязи',
        ],
        [
            '-Главная » Отчёты с гонок » Кировск 2026',
            '-Опубликовано 27 января 2026 автором Евдокия · 9 комментариев',
            '+Наша первая гонка на собачьих упряжках: Кировск с четырьмя хаски',
            '-8 минут чтения',
        ],
        [
            ('+После двух сезонов тренировок в лесу за домом мы наконец вышли на старт первой гонки, в классе '
             'четырёх собак.'),
            '-Локи и Танси в лидерах, на стейк-ауте.',
            '-Фото: мой брат Костя',
            ('+Снега было совсем мало, поэтому, как и большинство упряжек, мы бежали с трёхколёсным картом по '
             'лесным дорогам вместо нарт.'),
        ],
        [
            '-В этом посте: вечер перед стартом · стартовый коридор · второй день',
            '-В посте есть партнёрские ссылки: я получаю небольшую комиссию, для вас цена не меняется.',
            ('+«Не смотри на часы, смотри на хвосты: если хвосты подняты, всё делаешь правильно», – сказал мне на '
             'старте старый каюр из Карелии.'),
        ],
        [
            '+Наша гонка, заезд за заездом',
            '+Суббота: 6,4 километра за 21 минуту, путаница на первом повороте',
            '+Воскресенье: та же трасса за 19 минут, без путаницы',
            '-Танси пересекает финиш, прижав уши.',
            '-Наши шлейки – Non-stop Dogwear, вот моя партнёрская ссылка.',
            '+Итог: одиннадцатое место из пятнадцати упряжек в классе четырёх собак',
        ],
        [
            ('+Одиннадцатое место – не повод для гордости, но все четыре собаки закончили оба заезда здоровыми, '
             'весёлыми и тянущими, а большего я и не хотела.'),
            '-Поделиться постом: ВКонтакте · Telegram · Pinterest',
            '+Следующей зимой хотим попробовать класс шести собак, когда молодой Брэкен научится бегать в коренных.',
            '-Обнимаю, ваша Евдокия',
        ],
        [
            '-Шью непромокаемые попоны для собак на заказ – пишите мне в магазине на Ярмарке Мастеров.',
            '-Подпишитесь, чтобы получать новые посты на почту.',
        ],
        [
            '-9 комментариев к записи «Наша первая гонка на собачьих упряжках: Кировск с четырьмя хаски»',
            '-Оля: Отличный результат для первой гонки! Совет про хвосты – золото.',
            '-↳ Евдокия: Спасибо, Оля, буду повторять его себе весь сезон.',
            '-Тимур В.: Какой у вас карт? Ищем для наших двух собак.',
            '-Оставить комментарий',
        ],
        [
            '-© 2026 Упряжка Евдокии · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    'Twitch: this channel is offline right now. Check back during the next broadcast.':
        ("an English Twitch player whose channel is offline ('Twitch: this channel is offline right now. Check back "
         "during the next broadcast.') is left in the body"),
    'The Relive video of this route is still being rendered – check back later.':
        ("an English Relive route video still being rendered ('The Relive video of this route is still being "
         "rendered – check back later.') is left in the body"),
    'Nie udało się wczytać mapy trasy z Mapy.cz – spróbuj odświeżyć stronę.':
        ("a Polish Mapy.cz route map that failed to load, asking for a refresh ('Nie udało się wczytać mapy trasy z "
         "Mapy.cz – spróbuj odświeżyć stronę.') is left in the body"),
    'Fair warning: this race report is a 12-minute read.':
        ("a blog's fair-warning line with a minute-read compound ('Fair warning: this race report is a 12-minute "
         "read.') is left at the head"),
    'Par notre correspondante locale, Gaëtane Jodelet':
        ("a French by-our-local-correspondent byline ('Par notre correspondante locale, Gaëtane Jodelet') is left "
         'at the head'),
    'Fancy a ride behind the team? Book a sled-dog taster morning through my Airbnb Experiences listing.':
        ("an English Airbnb Experiences sled-dog taster plug ('Fancy a ride behind the team? Book a sled-dog taster "
         "morning through my Airbnb Experiences listing.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-hollerwick-yodel-contest':
        ("the English yodel contest report keeps the lead photo's caption ('Contestants wait their turn on the "
         "stage by the old town hall.') between the share row and the first paragraph (1 of 20 noise lines); no "
         'article line is lost'),
    'en-blog-fenellas-gangline-diary-first-race':
        ("the English first sled-dog race diary keeps the blog name with its tagline ('Fenella's Gangline "
         "Diary – four huskies, one rig and a lot of mud') alone at the very top, the breadcrumb ('Home » Race"
         " reports » Aviemore 2026') above the posted-on line and the title, the photo caption of the finish "
         "('Tansy crossing the finish line with her ears flat back.') between the second and third list rows "
         "and the affiliate link to the harnesses ('The harnesses we use are the Non-stop Dogwear Freemotion –"
         " here is my affiliate link.') under that caption, before the third row (4 of 20 noise lines); no "
         'article line is lost'),
    'fr-portail-tyrolieux-concours-de-yodel':
        ("the French yodel contest report keeps the lead photo's caption ('Les candidats attendent leur tour devant "
         "l'ancienne mairie.') between the share row and the first paragraph and the reporter's one-line bio "
         "('Gaëtane Jodelet suit la vie culturelle et associative pour L'Écho.') under the last paragraph (2 of 20 "
         'noise lines); no article line is lost'),
    'fr-blog-les-traineaux-de-solenne-premiere-course':
        ("the French first sled-dog race diary keeps the blog name with its tagline ('Les traîneaux de Solenne – "
         "trois groenlandais, un kart et beaucoup de boue') alone at the very top, the breadcrumb ('Accueil » "
         "Récits de course » Lans-en-Vercors 2026') above the posted-on line and the title, the photo caption of "
         "the finish ('Tanaïs passe la ligne d'arrivée, les oreilles en arrière.') between the second and third "
         "list rows and the affiliate link to the harnesses ('Nos harnais sont des Non-stop Dogwear Freemotion, "
         "voici mon lien affilié.') under that caption, before the third row (4 of 20 noise lines); no article line "
         'is lost'),
    'de-portal-jodelbrunn-jodelwettbewerb':
        ("the German yodel contest report keeps the lead photo's caption ('Die Teilnehmer warten vor dem alten "
         "Rathaus auf ihren Auftritt.') between the share row and the first paragraph and the reporter's one-line "
         "bio ('Hilmar Jauchzinger schreibt für das Tagblatt über Kultur und Vereinsleben.') under the last "
         'paragraph (2 of 20 noise lines); no article line is lost'),
    'de-blog-wiebkes-gespannbuch-erstes-rennen':
        ("the German first sled-dog race diary keeps the blog name with its tagline ('Wiebkes Gespannbuch – vier "
         "Huskys, ein Trainingswagen und viel Matsch') alone at the very top and the photo caption of the finish "
         "('Tansy läuft mit angelegten Ohren über die Ziellinie.') between the second and third list rows (2 of 20 "
         'noise lines); no article line is lost'),
    'it-portale-trillanza-concorso-di-jodel':
        ("the Italian yodel contest report keeps the lead photo's caption ('I concorrenti aspettano il loro turno "
         "davanti al vecchio municipio.') between the share row and the first paragraph (1 of 20 noise lines); no "
         'article line is lost'),
    'it-blog-la-muta-di-ermelinda-prima-gara':
        ("the Italian first sled-dog race diary keeps the blog name with its tagline ('La muta di Ermelinda – "
         "quattro husky, un carrello e tanto fango') alone at the very top, the breadcrumb ('Home » Racconti di "
         "gara » Sappada 2026') above the posted-on line and the title, the photo caption of the finish ('Tansy "
         "taglia il traguardo con le orecchie all'indietro.') between the second and third list rows and the "
         "affiliate link to the harnesses ('Le nostre pettorine sono Non-stop Dogwear: ecco il mio link di "
         "affiliazione.') under that caption, before the third row (4 of 20 noise lines); no article line is lost"),
    'pl-portal-hukalowo-konkurs-jodlowania':
        ("the Polish yodel contest report keeps the lead photo's caption ('Uczestnicy czekają na swoją kolej przed "
         "starym ratuszem.') between the share row and the first paragraph and the reporter's one-line bio "
         "('Zenobia Hukałowska pisze dla Głosu o kulturze i życiu stowarzyszeń.') under the last paragraph (2 of 20 "
         'noise lines); no article line is lost'),
    'pl-blog-zaprzeg-u-bronislawy-pierwsze-zawody':
        ("the Polish first sled-dog race diary keeps the blog name with its tagline ('Zaprzęg u Bronisławy – cztery "
         "huski, wózek i mnóstwo błota') alone at the very top, the breadcrumb ('Start » Relacje z zawodów » Karpacz "
         "2026') above the posted-on line and the title and the photo caption of the finish ('Tansy przekracza metę z "
         "uszami położonymi do tyłu.') between the second and third list rows (3 of 20 noise lines); no article line "
         'is lost'),
    'ru-portal-yodlinsk-konkurs-yodlya':
        ("the Russian yodel contest report keeps the lead photo's caption ('Участники ждут своей очереди у старой "
         "ратуши.') between the share row and the first paragraph and the reporter's one-line bio ('Аграфена "
         "Переливова пишет для «Курьера» о культуре и общественной жизни.') under the last paragraph (2 of 20 noise "
         'lines); no article line is lost'),
    'ru-blog-upryazhka-evdokii-pervaya-gonka':
        ("the Russian first sled-dog race diary keeps the blog name with its tagline ('Упряжка Евдокии – "
         "четыре хаски, карт и много грязи') alone at the very top, the breadcrumb ('Главная » Отчёты с гонок "
         "» Кировск 2026') above the posted-on line and the title, the photo caption of the finish ('Танси "
         "пересекает финиш, прижав уши.') between the second and third list rows and the affiliate link to the "
         "harnesses ('Наши шлейки – Non-stop Dogwear, вот моя партнёрская ссылка.') under that caption, before "
         "the third row (4 of 20 noise lines); no article line is lost"),
}

test_held_out_223_line, test_held_out_223_line_is_kept, test_held_out_223_page = held_out_tests(
    HELD_OUT_223_LINES, HELD_OUT_223_KEEP, HELD_OUT_223_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
