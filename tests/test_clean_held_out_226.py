"""Held-out set 226: written blind, weighted toward the noise the cleaner exists for, in shapes set 224's docstring does
not name (nor the first paragraphs of sets 221, 222 and 223): scraper, embed and ad markers, all in the body (an English
Mixcloud upload blocked in the reader's country for licensing reasons "Mixcloud: this upload is not available in your
country due to licensing restrictions.", an English Bluesky post that could not be loaded, perhaps deleted "The Bluesky
post embedded here could not be loaded. It may have been deleted.", an English Typeform survey that is closed to
responses "This Typeform survey is closed and no longer accepting responses.", a French Arte.tv video whose catch-up
(replay) window has ended "Cette vidéo d'Arte.tv n'est plus disponible en replay.", a German Komoot tour deleted by the
person who made it "Die eingebettete Komoot-Tour wurde vom Ersteller gelöscht.", an Italian RaiPlay item gone because
its publishing rights ran out "Il contenuto di RaiPlay non è più disponibile: i diritti di pubblicazione sono scaduti.",
a Polish Player.pl video for Premium subscribers only "Materiał wideo z Player.pl jest dostępny wyłącznie dla abonentów
pakietu Premium." and a Russian Rutube video waiting for moderation "Видео Rutube будет доступно после окончания
модерации."); reading-time headers in new wordings, all at the head (the English time-to-read label "Time to read: 5
minutes", a blog's settle-in line saying how long the write-up will take "Settle in – this contest write-up will take
you about 9 minutes.", the French this-article-reads-in line "Cet article se lit en 5 minutes.", the German reading-time
label with knapp "Lesezeit: knapp 5 Minuten", the Italian read-in-minutes label "Leggi in 5 minuti", the Polish
reading-time label with ok. and min "Czas czytania: ok. 5 min" and the Russian reading-time label with a dash and
примерно "Время чтения — примерно 5 минут"); bylines and self-promotion (an English reporting-and-photography byline
"Reporting and photography: Gideon Cablethwaite", a German from-our-contributor byline "Von unserem Mitarbeiter Ruprecht
Tauwinder", an Italian edited-by (a cura di) byline "A cura di Settimia Trefolani" and a Polish compiled-by
(opracowanie) byline "Opracowanie: Wiesława Splotkowska", all at the head, and at the foot an English Folksy plug for
the author's tartan bagpipe covers with free UK postage "My hand-stitched bagpipe covers in any tartan are on Folksy –
postage is free in the UK.", an English Patreon plug for practice-chanter lessons over Zoom "Beginners' practice chanter
lessons over Zoom – my Patreon members get the first slot each month.", a French Un grand marché plug for the author's
hemp skipping ropes "Je fabrique des cordes à sauter en chanvre, en vente sur ma boutique Un grand marché." and a
Russian Wildberries plug for the author's braided swing ropes "Мои плетёные канаты для качелей продаются на
Wildberries."); blog and site footers, all at the foot (an English Hugo, Netlify and Codeberg credit "Built with Hugo ·
Hosted on Netlify · Source on Codeberg", an English press-regulator (IPSO) membership line "This website is a member of
IPSO and abides by the Editors' Code of Practice.", an English Jimdo credit with the privacy and log-in links "Made on
Jimdo · Privacy policy · Log in", a French o2switch hosting line with the legal notice and the cookie settings "Site
hébergé par o2switch · Mentions légales · Gestion des cookies", a German Contao and all-inkl.com credit with the imprint
and the privacy links "Powered by Contao · Hosting: all-inkl.com · Impressum · Datenschutz", an Italian Aruba
SiteBuilder credit with the privacy and terms links "Realizzato con Aruba SiteBuilder · Privacy · Termini d'uso", a
Polish WebWave site-made-by credit with the cookie policy "Wykonanie strony: WebWave · Polityka cookies" and a Russian
uKit site-builder credit with the site map "Сайт создан на конструкторе uKit · Карта сайта"); reader-comment furniture,
all at the foot (an English no-comments-yet prompt "No comments yet. Start the conversation.", an English row of comment
tabs with the count "Reader picks · Featured comments · All comments (23)", the English notify-me-of-new-comments
checkbox line "Notify me of new comments via email.", a French subscribers-only-may-comment note "Vous devez être abonné
pour réagir à cet article.", a German no-comments-written-yet note "Zu diesem Artikel wurden noch keine Kommentare
verfasst.", an Italian show-five-more-replies link "Mostra altre 5 risposte", a Polish readers'-opinions link with its
count "Opinie czytelników (9) – zobacz wszystkie" and a Russian reply-and-report-comment row "Ответить · Пожаловаться на
комментарий"); share rows, all at the foot (a French share-with-your-family row with SMS "Partagez cet article avec vos
proches : WhatsApp · SMS · Copier le lien", an Italian did-you-like-it share row with Threads "Ti è piaciuto?
Condividilo: WhatsApp · Threads · E-mail" and a Russian tell-your-friends row "Расскажите друзьям: ВКонтакте ·
Одноклассники · Telegram"); and notices (a German transparency note that the paper came at the club's invitation
"Transparenzhinweis: Die Redaktion war auf Einladung des Vereins vor Ort." and a Polish update note with its time
"Aktualizacja, godz. 18.40: dodaliśmy wypowiedź burmistrza.", both in the body, and an English this-article-was-amended
note "This article was amended on 16 June 2026 to correct the name of the winning band's pipe major." at the foot); and
toward whole scraped news and hobby-blog pages in layouts set 224's docstring does not describe (on the six portal
pages, in nine blocks, the masthead with its tagline and the section menu alone in a block of two at the very top; the
title last in a block of two, under a breadcrumb; the byline with the date and time (one line), a bare reading time and
a table of contents (its heading and three entries in one line) alone in a block of three; the first and second
paragraphs at the first and third places of a block of four, with the lead photo's caption and its credit (in one line)
between them and a read-also link closing the block; the paragraph with the quote at the top of a block of three, with a
partner-content label and a sponsored headline under it; the subheading and the three rows with an advertisement label
between the first and second rows, inside the list block (a block of five, the label third); the two last paragraphs at
the first and third places of a block of four, with a newsletter prompt between them and a share row closing the block;
a thread of five lines alone in a block (a comment count, a reader's comment, the paper's arrowed reply to it, a second
reader's comment and a third reader's arrowed reply to that); and at the foot a tags line and the publisher's copyright
line with its links in one line, in a block of two, the tags line first; on the six blog pages, in ten blocks, the blog
name with its tagline and a follow-me prompt (Instagram, a Telegram channel on the Russian blog) in a block of two at
the very top; the title in the middle of a block of three, between the posted-on-by line (with the comment count) above
it and a filed-under category line under it; a bare reading time and an affiliate-links disclosure alone in a block of
two; the first and second paragraphs at the two ends of a block of three with the opening photo's caption between them;
the paragraph with the quote in the middle of a block of three, between a pin-it prompt above it and an affiliate link
to a moisture control system for the bag (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) under
it; the subheading and the three rows with a caption of the drummers warming up after the third row, closing the list
block (a block of five, the caption last); the two last paragraphs at the first and third places of a block of four,
with a sponsored label between them and the author's sign-off closing the block; a share row, a plug for the author's
tartan bag covers made to order (in an Etsy shop, at Yarmarka Masterov on the Russian blog) and a subscribe-by-email
prompt alone in a block of three; a thread of four lines alone in a block (a comments heading with its count quoting the
post's title, a comment, the author's arrowed reply and a second comment left unanswered); and at the foot the author's
copyright line with the theme and platform credit in one line, alone in a block of one), taken from local news of the
first open day in forty years at a town's restored ropewalk (a 300-metre shed closed to the public since the works
stopped in 1986, more than 1,200 visitors (1,500 on the English page), six years of volunteer repairs to the roof, the
floor and the hand-cranked machines, the chair's quote that a rope is only as good as the twist it is given, spinning
hemp yarn in the morning, laying a 50-metre mooring rope the length of the shed in the afternoon, a tug of war on the
quay in the evening won by the lifeboat crew, the day's donations for new windows in the south wall, a second open day
in September) in six invented towns, and from six hobby blogs on a young piper's band's first pipe-band contest in Grade
4 (a winter of Thursday practices in a church or parish hall, nine bands in the grade, drawn to play fourth after last
year's winners, the pipe major's quote about tuning the drones to the chanter and never the other way round as the rain
started, tuning in the car park at 10.40, the march, strathspey and reel at 11.25, the medley with a new slow air at
14.10, third of nine with the best drumming mark of the grade for the bass section, singing all the way home in the
minibus, the next contest in August))

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 224 but what is named here), held-out set 225 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 224 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 221, 222 and 223, printed with one ast script
(/tmp/s226scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s226scratch/insp.py, with /tmp/wt-s226/src and /tmp/wt-s226/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s226 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 224's as printed, with 224 -> 226; /tmp/s226scratch/gen226.py writes this file
from scratch files (data226.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages226.py with the pages, doc_layout.txt, doc_rest.txt and, after the
measurement, doc_baseline.txt and tables226.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s226, detached at commit
29694a72db3f53e7141269842f84a778c052d8ad, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 16:30:45 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 16:30:46 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 32052128c8eb503895c704879a4d3d899bbcb8d3 (main had moved past the brief's commit, as the brief allows);
both worktrees were made at the brief's commit 29694a72db3f53e7141269842f84a778c052d8ad with ``git worktree add``
(output to /dev/null), and ``git rev-parse HEAD`` in each printed that commit; /work/main was not touched afterwards. An
``ls`` of the two new worktrees' top folders, cut by ``head`` after the first (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests), was printed to see that they exist; no folder below them was listed. (2)
readallowed.py first printed to the terminal, which the tool cut in the middle (it showed set 224's docstring up to
inside its note (4), and from inside set 222's first paragraph on to the end, i.e. the rest of set 222's first paragraph
and set 223's, all allowed parts); the second run went to /tmp/s226scratch/allowed.txt (only the allowed parts), in
which I found the offsets of the sections with ``grep -n`` and paged lines 125 to 527 with ``sed`` in three pieces (the
rest of set 224's docstring up to its Baseline paragraph, its imports and its tail, set 221's first paragraph and the
start of set 222's); nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import (and gen226.py's import of the written file, to compare it with the scratch data) loads the cleaner's modules,
but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out
marker here is named for a marker in them (Mixcloud, Bluesky, Typeform, Arte.tv, Komoot, RaiPlay, Player.pl, Rutube),
and the failures are of kinds not named there (a country block for licensing, a post that may have been deleted, a
closed survey, an ended replay window, a tour deleted by its maker, expired publishing rights, a Premium-only video, a
video waiting for moderation); the reading times avoid the phrasings named there (the new ones are "Time to read:",
"Settle in – ... will take you about 9 minutes", "Cet article se lit en", "Lesezeit: knapp", "Leggi in", "Czas czytania:
ok." and "Время чтения — примерно"; set 221 names the minutes-first "6 Minuten Lesezeit", not a Lesezeit label); the
bylines are of new shapes (reporting and photography, von unserem Mitarbeiter, a cura di, opracowanie) and the plugs
name platforms not named there (Folksy, Patreon with Zoom lessons, Un grand marché, Wildberries); the footers use
builders, hosts and legal lines not named there (Hugo with Netlify and Codeberg, an IPSO membership line, Jimdo,
o2switch, Contao with all-inkl.com, Aruba SiteBuilder, WebWave, uKit); the comment lines (a no-comments-yet prompt, a
row of comment tabs, the notify-me checkbox line, a subscribers-only note, a no-comments-yet note, a show-more-replies
link, a readers'-opinions link, a reply-and-report row), share rows (partagez avec vos proches with SMS; ti è piaciuto?
condividilo with Threads; расскажите друзьям) and notices (an amended-on note at the foot, a German transparency note, a
Polish update note with its time) are of kinds not named there. The page furniture (mastheads, menus, captions, ad
labels and the like) is of the ordinary kinds the brief lists; the layouts differ from those of sets 221 to 224 (see the
first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub
files) before use. No hits: Hawserby, Hawserley, Tauwinder, Cordemeuse, Tauwerder, Powrozowo, Cablethwaite, Trefolani,
Splotkowska, Corderiano, Верёвкинск, Drumlarrick, "Isla's Reed Diary", "carnet de cornemuse d'Anouk", "Jorinde spielt
Dudelsack", "La cornamusa di Liliana", "Dudy Jagody", "Волынка Ульяны", Chanvrelot, Torsadier, Hanfwickel, Drallmeyer,
Trecciarelli, Skrętkowska, Cumowski, Свивалова, Свивальщиков, "Głos Powrozowa", Ropergill and Gomenarelli. Dropped for
hits: Laidstrand (inside a code constant and a function name), Canapari (a real surname), Powrózek (a real surname and a
Polish word), Canapiglia (an Italian duck's name and a street), Канатово (a village and a window title), Saltmarrow (a
place in games), Strandling (a code identifier and a German plant-community word), Torcigliani (a real surname),
Пеньковцев (a real surname), Hempstall (inside a code identifier) and Gomenini (inside code identifiers) -- the
replacements are the checked names above. Bloggers are given by first name only (Isla, Anouk, Jorinde, Liliana, Jagoda,
Ульяна), as are the commenters (first names, first names with an initial, or handles), and were not checked; "The
Hawserby Gazette", "Hawserby Ropewalk Trust", "Le Courrier de Cordemeuse", "Tauwerder Kurier", "La Gazzetta di
Corderiano", "Верёвкинский вестник", "Drumlarrick Pipe Band" and the Etsy shop "Isla's Pipe Bags" are formed from
checked names, and the first names of the bylines and organisers (Tamsin, Gideon, Ruprecht, Settimia, Wiesława, Marjory,
Gaëlle, Gaspard, Jannik, Ottilie, Nadia, Remo, Marta, Zdzisław, Дарья, Пантелеймон) were not checked on their own. Real
services, platforms, shops and bodies (Mixcloud, Bluesky, Typeform, Arte.tv, Komoot, RaiPlay, Player.pl, Rutube, Folksy,
Patreon, Zoom, Un grand marché, Wildberries, Hugo, Netlify, Codeberg, IPSO, Jimdo, o2switch, Contao, all-inkl.com,
Aruba, WebWave, uKit, WhatsApp, Threads, ВКонтакте, Одноклассники, Telegram, Facebook, X, Instagram, Pinterest,
Messenger, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress and its themes) are named as real pages do. (6) A
script (/tmp/s226scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an
article line, a keep line or another noise line, that no line repeats and that no line holds an at-sign, and that each
page has 10 article and 20 noise lines; a one-line count printed the counts by category, language and place. Both found
nothing wrong on their first run. While writing I had already kept noise words out of other lines: the Italian portal's
ad label is "Spazio pubblicitario" (not "Pubblicità", which opens the Italian keep line "Pubblicità a parte, ..."), the
German labels are "Anzeige", "Partnerinhalt" and "Gesponsert" (not "Werbung", which opens a German keep line), the
German paper is the "Kurier" (not an "Anzeiger", which would hold "Anzeige"), the portals' partner labels ("Partner
content", "Contenu partenaire", "Partnerinhalt", "Offerto dai nostri partner") do not hold the blogs' sponsored labels
("Sponsored", "Sponsorisé", "Gesponsert", "Sponsorizzato"), the French blog's label is "Sponsorisé" (not "Annonce",
inside the portal menu's "Petites annonces") and the Polish blog's "Materiał sponsorowany" (not the portal's "Reklama");
the portals' comment counts say 6 and the blogs' 5, so that neither is inside the other page's posted-on line. gen226.py
checks that no line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and
finds its lists and pages equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one
shell call at 16:36:51 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph
and these notes (7) to (9) (the measured copy is kept as /tmp/s226scratch/pre_measure_copy.py); pytest printed 19
failed, 58 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s226scratch,
importing the copy in /tmp/wt-s226/tests with /tmp/wt-s226/src on the path) then printed ``_problems`` of each failing
case: the seven lines and the twelve pages of the tables; every problem of a line is that it is kept ("kept
boilerplate"), and so is every problem of a page; no keep line and no article line of a page is lost, and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed.
(8) The tables were written from that output (/tmp/s226scratch/mktables.py writes tables226.py from the saved
problems.json, which gen226.py puts into this file); mktables.py checks that every page problem is a kept line and
matches each printed snippet (cut at 80 characters) to exactly one noise line of its page, which the reason quotes in
full with where it sits and the count the report counts left; the reason of each line quotes it and says where it was
put; the keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the final
file were imported back and found equal to the scratch data, and the final file was checked with the pytest command in
/tmp/wt-s226 (see the Baseline paragraph). (9) Clock: ``date`` printed 16:30:45 at the start, 16:36:51 at the
measurement and 16:37:44 just before the Baseline paragraph and these notes were written (after the tables); the commit
followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the ropewalk open day and the pipe-band
contest that open with or hold a noise-like word ("Reading the lay of a rope by eye takes years, said the ropemaker who
led the first tour.", "Sponsors from the harbour trust paid for the new hemp and the hire of the marquee.", "Shared
between four bands, the practice field behind the rugby club was soaked by noon.", "Print shops in the town sold out of
the contest programme before the first band played.", "Replies to the council's survey on the ropewalk's future are due
by the end of the month.", "Advertising the open day only on the church noticeboard, the trust still drew 600
visitors.", "Posted at the gate all afternoon, two pipers played for every coach that arrived.", "Commentant la
démonstration, le cordier a rappelé qu'une corde de chanvre peut durer un siècle.", "Abonnements, cotisations et dons
ont suffi à restaurer la corderie en trois ans.", "Suivre le rythme du tambour-major n'est pas simple sous la pluie,
reconnaît le jeune sonneur.", "Teilen mussten sich die Kapellen einen einzigen Stimmplatz hinter dem Festzelt.",
"Kommentiert wurde der Wettbewerb vom ehemaligen Pipe Major der Stadtkapelle.", "Werbung für den Tag der offenen Tür
machte vor allem der Heimatverein mit Plakaten.", "Iscriversi al corso di cordaio costa venti euro, materiali
compresi.", "Seguire il passo della banda lungo il lungomare è stato il momento più applaudito.", "Pubblicità a parte, a
riempire la corderia è stato il passaparola tra i vecchi pescatori.", "Udostępniając halę, gmina zastrzegła, że liny
muszą być skręcane ręcznie.", "Komentarze sędziów zespoły dostały dopiero po ogłoszeniu wyników.", "Подписаться на
мастер-класс по плетению каната успели почти сто человек." and "Читая старые судовые журналы, смотритель нашёл заказ на
канаты 1903 года."): each is a full sentence with a subject, a verb and a fact of the story, so article ("Reading the
lay" and "Читая старые судовые журналы" open like reading labels but are about judging a rope and old logbooks;
"Sponsors from", "Advertising the open day", "Werbung für den Tag" and "Pubblicità a parte" hold ad words but say who
paid and how the day was made known; "Shared between", "Teilen mussten sich" and "Udostępniając halę" open like share
rows but are about a field, a tuning place and a hall; "Print shops" opens like a print link; "Replies to",
"Commentant", "Kommentiert wurde" and "Komentarze sędziów" open like comment furniture but report a survey, a
demonstration, a commentator and the judges' notes; "Posted at the gate" opens like a posted-on line; "Abonnements",
"Iscriversi al corso" and "Подписаться на мастер-класс" open like subscribe prompts but are about money, a course fee
and a workshop; "Suivre le rythme" and "Seguire il passo" open like follow prompts but are about marching in step).
Borderline categories: the four plugs (Folksy bag covers, Patreon chanter lessons, Un grand marché skipping ropes,
Wildberries swing ropes) are bylines and self-promotion, at the foot, since they sell the author's work in the author's
voice; the Bluesky and Typeform lines are markers (what an embed leaves in the text when it does not show), though they
read as sentences; the IPSO membership line is a footer (a legal line of the site, not of the article); the notify-me
checkbox line, the comment tabs, the Italian show-more-replies link, the Polish readers'-opinions link and the German
no-comments-yet note are comment furniture, since they sit over or under the comments and speak only of commenting; the
English amended-on note is a notice at the foot and the German transparency note and the Polish update note are notices
in the body (all three speak of the article they sit in). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads and blog names with taglines, menus, breadcrumbs, bylines, date and posted-on lines, reading
times, tables of contents, category lines, follow prompts, captions and photo credits, affiliate disclosures and links,
pin-it prompts, partner and sponsored labels and headlines, advertisement labels, read-also links, newsletter and
subscribe prompts, share rows, sign-offs and plugs, comment counts and headings, comments and replies, tags lines,
copyright lines) is noise. The list rows (morning, afternoon and evening on the portals; the times of the tuning, the
march, strathspey and reel and the medley on the blogs) are short but part of each article, so article; the list
headings ("How the day unfolded", "How the day went" and the like) are the articles' subheadings, so article; the
portals' advertisement labels are noise though they sit between the first and second list rows; the portals' captions
are noise though they sit between the first two paragraphs; the blogs' drummers' captions are noise though they close
the list block; the blogs' opening captions ("The band lined up behind the beer tent before the march past.") are noise
though they read like a sentence of the post and sit between the first two paragraphs; the blogs' sponsored labels are
noise though they sit between the two last paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); notice in English, German and Polish and share in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a German, an Italian and a Polish one), body 10 (the eight markers and
two notices: German and Polish), tail 24 (four plugs: two English, a French and a Russian one, eight footers, eight
comment lines, three share rows and the English notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hawserby-ropewalk-open-day (more than
1,500 visitors in Hawserby's 300-metre Victorian ropewalk, £2,340 in donations),
en-blog-islas-reed-diary-first-pipe-band-contest (Isla's Drumlarrick Pipe Band third of nine in Grade 4),
fr-portail-cordemeuse-portes-ouvertes-de-la-corderie (the corderie of Cordemeuse, 2 300 euros),
fr-blog-le-carnet-de-cornemuse-d-anouk-premier-concours (Anouk's pipe band in the quatrième catégorie),
de-portal-tauwerder-tag-der-offenen-reeperbahn (the Reeperbahn of Tauwerder, 2300 Euro),
de-blog-jorinde-spielt-dudelsack-erster-wettbewerb (Jorinde's band in Grade 4),
it-portale-corderiano-porte-aperte-alla-corderia (the corderia of Corderiano, 2.300 euro),
it-blog-la-cornamusa-di-liliana-primo-concorso (Liliana's band in Grade 4), pl-portal-powrozowo-dzien-otwarty-powrozni
(the powroźnia of Powrozowo, 9,8 tys. zł), pl-blog-dudy-jagody-pierwszy-konkurs-pipe-bandow (Jagoda's band in Grade 4),
ru-portal-verevkinsk-den-otkrytykh-dverei-kanatnoi-fabriki (the канатная фабрика of Верёвкинск, 190 тысяч рублей),
ru-blog-volynka-ulyany-pervyi-konkurs-paip-bendov (Ульяна's оркестр in the четвёртый класс), each with a reader comment
thread.

Baseline (2026-12-07, cleaner at commit 29694a72db3f53e7141269842f84a778c052d8ad, measured with ``cd /tmp/wt-s226 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s226/src python -m pytest -q tests/test_clean_held_out_226.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s226 && PYTHONPATH=/tmp/wt-s226/src python
scripts/clean_held_out_report.py --sets 226``, with the xfail tables empty, at 16:36:51 UTC by ``date``): noise lines
removed 38/45 (marker 5/8, reading-time 6/7, byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the French Arte.tv
no-longer-in-replay line, the Polish Player.pl Premium-only line and the Russian Rutube awaiting-moderation line), one
reading time at the head (the English blog's settle-in line), one byline at the head (the English
reporting-and-photography byline), one comment line at the foot (the German no-comments-written-yet note) and one notice
in the body (the German transparency note); the Mixcloud, Bluesky, Typeform, Komoot and RaiPlay markers, the other six
reading times, the German, Italian and Polish bylines at the head, all four plugs, all eight footers, the other seven
comment lines, every share row, the English amended-on note and the Polish update note went); keep lines kept 20/20;
pages 0/12 clean, 25 of 240 page noise lines left and 0 of 120 article lines lost. Left: on each of the six portal pages
the sponsored headline under the partner-content label below the paragraph with the quote (1 each), and on the Italian
portal page also the masthead with its tagline at the top of the first block and the partner-content label itself
("Offerto dai nostri partner") (3 in all there); on each of the six blog pages the opening photo's caption between the
first and second paragraphs and the caption of the drummers warming up closing the list block, and on the English,
French, Italian and Polish blog pages also the author's sign-off closing the block of the two last paragraphs, on the
Russian blog page the sponsored label ("Спонсорский пост") between the two last paragraphs (3 each; 2 on the German blog
page, whose sign-off went). Lost: nothing; no page and no keep line loses an article line. The failing cases are strict
xfails; with them the pytest command on the final file in /tmp/wt-s226 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 141 (2026-12-07, lead; the writers of this set and of set 225 worked beside round 141 from its
base, 29694a7; round 141 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 221 222 223 224 225 226`` and the set's pytest file): noise lines removed 38/45
(unchanged), keep lines kept 20/20, pages 0/12 clean, 24 of 240 page noise lines left (was 25), 0 of 120 article lines
lost: the Italian portal's masthead with its tagline ("... dal 1888") now goes (round 141's masthead whose tagline ends
in its founding year), and its reason was reworded (2 of 20 left). Every other xfail still fails as its reason says.

Measured after round 142 (2026-12-07, lead; round 142 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231
232`` and the set's pytest file): noise lines removed 38/45 (unchanged), keep lines kept 20/20, pages 0/12 clean, 20 of
240 page noise lines left (was 24), 0 of 120 article lines lost. The English, French, Italian and Polish blogs'
sign-offs with a comma inside their wishes ("Until next time, keep blowing! Isla x" and its three twins) now go (round
142's sign-off with a comma between its wishes, read on set 224), and the four pages' reasons were reworded (2 of 20
left each). Every other xfail still fails as its reason says.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): noise lines removed 38/45 (unchanged), keep lines kept 20/20, pages 0/12 clean, 14 of
240 page noise lines left (was 20), 0 of 120 article lines lost. Every blog's caption of the drummers warming up with
its family credit ("Our drum corps warming up on the practice pad (photo by my dad)." and its five twins) now go (round
143's caption closed by a bracketed family credit, read on set 228's blogs); the six pages' reasons were reworded. Every
other xfail still fails as its reason says.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): nothing moved: noise lines removed 38/45, keep lines kept 20/20,
pages 0/12 clean, 14 of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason
says. Round 144 (sets 221/222: a sign-off and the writer's shop across a share row, jump links and numbered tables of
contents in the head block, affiliate links after a dash, follow-the-paper prompts, promoted-content labels, time-first
timeline rows that are no comment thread, embed, reading-time, byline, comment-box and editor's-note wordings) read none
of this set's wordings or layouts.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): nothing moved: noise lines removed 38/45, keep lines kept
20/20, pages 0/12 clean, 14 of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its
reason says. Round 145 (sets 240/242: list rows closed by a time of day that are the article's timetable, not
commenters' headers; a dated news sentence is no head caption; captions with a bracketed short credit; arrowed replies
naming a town; Russian contents headers; a German shop link) read none of this set's wordings or layouts.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_226_LINES: list[tuple[str, str, str]] = [
    ('body', 'Mixcloud: this upload is not available in your country due to licensing restrictions.', 'marker'),
    ('body', 'The Bluesky post embedded here could not be loaded. It may have been deleted.', 'marker'),
    ('body', 'This Typeform survey is closed and no longer accepting responses.', 'marker'),
    ('body', "Cette vidéo d'Arte.tv n'est plus disponible en replay.", 'marker'),
    ('body', 'Die eingebettete Komoot-Tour wurde vom Ersteller gelöscht.', 'marker'),
    ('body', 'Il contenuto di RaiPlay non è più disponibile: i diritti di pubblicazione sono scaduti.', 'marker'),
    ('body', 'Materiał wideo z Player.pl jest dostępny wyłącznie dla abonentów pakietu Premium.', 'marker'),
    ('body', 'Видео Rutube будет доступно после окончания модерации.', 'marker'),
    ('head', 'Time to read: 5 minutes', 'reading-time'),
    ('head', 'Settle in – this contest write-up will take you about 9 minutes.', 'reading-time'),
    ('head', 'Cet article se lit en 5 minutes.', 'reading-time'),
    ('head', 'Lesezeit: knapp 5 Minuten', 'reading-time'),
    ('head', 'Leggi in 5 minuti', 'reading-time'),
    ('head', 'Czas czytania: ok. 5 min', 'reading-time'),
    ('head', 'Время чтения — примерно 5 минут', 'reading-time'),
    ('head', 'Reporting and photography: Gideon Cablethwaite', 'byline'),
    ('head', 'Von unserem Mitarbeiter Ruprecht Tauwinder', 'byline'),
    ('head', 'A cura di Settimia Trefolani', 'byline'),
    ('head', 'Opracowanie: Wiesława Splotkowska', 'byline'),
    ('tail', 'My hand-stitched bagpipe covers in any tartan are on Folksy – postage is free in the UK.', 'byline'),
    ('tail',
     "Beginners' practice chanter lessons over Zoom – my Patreon members get the first slot each month.",
     'byline'),
    ('tail', 'Je fabrique des cordes à sauter en chanvre, en vente sur ma boutique Un grand marché.', 'byline'),
    ('tail', 'Мои плетёные канаты для качелей продаются на Wildberries.', 'byline'),
    ('tail', 'Built with Hugo · Hosted on Netlify · Source on Codeberg', 'footer'),
    ('tail', "This website is a member of IPSO and abides by the Editors' Code of Practice.", 'footer'),
    ('tail', 'Made on Jimdo · Privacy policy · Log in', 'footer'),
    ('tail', 'Site hébergé par o2switch · Mentions légales · Gestion des cookies', 'footer'),
    ('tail', 'Powered by Contao · Hosting: all-inkl.com · Impressum · Datenschutz', 'footer'),
    ('tail', "Realizzato con Aruba SiteBuilder · Privacy · Termini d'uso", 'footer'),
    ('tail', 'Wykonanie strony: WebWave · Polityka cookies', 'footer'),
    ('tail', 'Сайт создан на конструкторе uKit · Карта сайта', 'footer'),
    ('tail', 'No comments yet. Start the conversation.', 'comments'),
    ('tail', 'Reader picks · Featured comments · All comments (23)', 'comments'),
    ('tail', 'Notify me of new comments via email.', 'comments'),
    ('tail', 'Vous devez être abonné pour réagir à cet article.', 'comments'),
    ('tail', 'Zu diesem Artikel wurden noch keine Kommentare verfasst.', 'comments'),
    ('tail', 'Mostra altre 5 risposte', 'comments'),
    ('tail', 'Opinie czytelników (9) – zobacz wszystkie', 'comments'),
    ('tail', 'Ответить · Пожаловаться на комментарий', 'comments'),
    ('tail', 'Partagez cet article avec vos proches : WhatsApp · SMS · Copier le lien', 'share'),
    ('tail', 'Ti è piaciuto? Condividilo: WhatsApp · Threads · E-mail', 'share'),
    ('tail', 'Расскажите друзьям: ВКонтакте · Одноклассники · Telegram', 'share'),
    ('tail',
     "This article was amended on 16 June 2026 to correct the name of the winning band's pipe major.",
     'notice'),
    ('body', 'Transparenzhinweis: Die Redaktion war auf Einladung des Vereins vor Ort.', 'notice'),
    ('body', 'Aktualizacja, godz. 18.40: dodaliśmy wypowiedź burmistrza.', 'notice'),
]

HELD_OUT_226_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading the lay of a rope by eye takes years, said the ropemaker who led the first tour.'),
    ('head', 'Sponsors from the harbour trust paid for the new hemp and the hire of the marquee.'),
    ('body', 'Shared between four bands, the practice field behind the rugby club was soaked by noon.'),
    ('body', 'Print shops in the town sold out of the contest programme before the first band played.'),
    ('tail', "Replies to the council's survey on the ropewalk's future are due by the end of the month."),
    ('tail', 'Advertising the open day only on the church noticeboard, the trust still drew 600 visitors.'),
    ('tail', 'Posted at the gate all afternoon, two pipers played for every coach that arrived.'),
    ('head', "Commentant la démonstration, le cordier a rappelé qu'une corde de chanvre peut durer un siècle."),
    ('body', 'Abonnements, cotisations et dons ont suffi à restaurer la corderie en trois ans.'),
    ('tail', "Suivre le rythme du tambour-major n'est pas simple sous la pluie, reconnaît le jeune sonneur."),
    ('head', 'Teilen mussten sich die Kapellen einen einzigen Stimmplatz hinter dem Festzelt.'),
    ('body', 'Kommentiert wurde der Wettbewerb vom ehemaligen Pipe Major der Stadtkapelle.'),
    ('tail', 'Werbung für den Tag der offenen Tür machte vor allem der Heimatverein mit Plakaten.'),
    ('head', 'Iscriversi al corso di cordaio costa venti euro, materiali compresi.'),
    ('tail', 'Seguire il passo della banda lungo il lungomare è stato il momento più applaudito.'),
    ('tail', 'Pubblicità a parte, a riempire la corderia è stato il passaparola tra i vecchi pescatori.'),
    ('head', 'Udostępniając halę, gmina zastrzegła, że liny muszą być skręcane ręcznie.'),
    ('tail', 'Komentarze sędziów zespoły dostały dopiero po ogłoszeniu wyników.'),
    ('head', 'Подписаться на мастер-класс по плетению каната успели почти сто человек.'),
    ('body', 'Читая старые судовые журналы, смотритель нашёл заказ на канаты 1903 года.'),
]

HELD_OUT_226_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hawserby-ropewalk-open-day', [
        ['-The Hawserby Gazette – Serving the harbour and the hill since 1871',
         "-News · Sport · What's On · Business · Opinion · Jobs"],
        ['-Home › News › Hawserby › Heritage',
         "+Hundreds turn out as Hawserby's old ropewalk opens its doors for the first time in forty years"],
        ['-By Tamsin Hawserley, Heritage Reporter · Sunday 14 June 2026, 6.15pm',
         '-4 min read',
         '-In this article: The open day · How the day unfolded · What happens next'],
        [('+More than 1,500 people walked the length of the 300-metre ropewalk on Saturday, the first time the '
          'Victorian shed has been open to the public since the works closed in 1986.'),
         '-Visitors watch a three-strand rope being laid by hand. Photo: Hawserby Ropewalk Trust',
         ('+Volunteers of the Hawserby Ropewalk Trust have spent six years repairing the roof, the tarred floor and '
          'the old hand-cranked machines that twist hemp yarn into rope.'),
         '-Read more: Harbour wall repairs to start in August'],
        [('+"A rope is only as good as the twist you give it, and today a thousand people learned that with their own '
          'hands," said Marjory Ropergill, the trust\'s chair and its last working ropemaker.'),
         '-Partner content',
         '-Five walks along the Hawserby coast you have to try this summer'],
        ['+How the day unfolded',
         '+Morning: spinning yarn from raw hemp on the wheels at the top of the walk',
         '-Advertisement',
         '+Afternoon: laying a 50-metre mooring rope along the full length of the shed',
         '+Evening: a tug of war on the quay with the new rope, won by the lifeboat crew'],
        ['+Donations on the day came to £2,340, which the trust will put towards new windows along the south wall.',
         "-Get the Gazette's morning briefing free in your inbox every day – sign up now",
         ('+A second open day is planned for the heritage weekend in September, when the trust hopes to sell its '
          'first rope.'),
         '-Share this article: Facebook · WhatsApp · X · Email'],
        ['-6 comments',
         '-Bryony_H: My grandad worked there until it closed. Lovely to see it full of people again.',
         '-↳ Hawserby Gazette: Thanks Bryony – do send us his photos if you have any.',
         '-Old Salt 54: Queue for the skipping ropes was an hour long, worth it though.',
         "-↳ Kittiwake: Same here, my two haven't put theirs down since."],
        ['-Tags: Ropewalk · Heritage · Harbour · Open days',
         '-© 2026 Hawserby Gazette Ltd · Privacy notice · Cookie settings · Contact us'],
    ]),
    _page('en', 'en-blog-islas-reed-diary-first-pipe-band-contest', [
        ["-Isla's Reed Diary – bagpipes, bad weather and the odd biscuit",
         '-Follow along on Instagram for practice clips'],
        ['-Posted on 21 June 2026 by Isla · 5 comments',
         '+Our first contest: Drumlarrick Pipe Band takes on Grade 4',
         '-Filed under: Contests, Band life'],
        ['-Reading time: 6 minutes',
         '-This post contains affiliate links; I may earn a small commission at no cost to you.'],
        [('+After a winter of Thursday practices in the church hall, our little band finally stood in a contest '
          'circle on Saturday, in the Grade 4 competition at the Highland games.'),
         '-The band lined up behind the beer tent before the march past.',
         ('+There were nine bands in our grade, and we were drawn to play fourth, straight after the band that won it '
          'last year.')],
        ['-Pin this post for later!',
         ('+"Tune the drones to the chanter, never the chanter to the drones," our pipe major reminded us for the '
          'hundredth time as the rain started.'),
         '-The moisture control system I use is on Amazon here (affiliate link).'],
        ['+How the day went',
         '+10.40: tuning up in the car park, drones first, then the chanters together',
         '+11.25: our march, strathspey and reel in the circle in front of the judges',
         '+14.10: the medley, with the new slow air in the middle',
         '-Our drum corps warming up on the practice pad (photo by my dad).'],
        ['+We came third of nine, and the judges gave our bass section the best drumming mark of the grade.',
         '-Sponsored',
         ('+We sang all the way home in the minibus, and the next contest is in August, so practice starts again on '
          'Thursday.'),
         '-Until next time, keep blowing! Isla x'],
        ['-Share: Facebook · Pinterest · WhatsApp',
         "-I make tartan bag covers to order – see my Etsy shop, Isla's Pipe Bags.",
         '-Never miss a post: subscribe by email'],
        ['-5 thoughts on “Our first contest: Drumlarrick Pipe Band takes on Grade 4”',
         '-Morag: Third in your first contest! Well played all of you.',
         "-↳ Isla: Thank you Morag, we couldn't believe it either.",
         '-Piper Pete: That medley sounded great from the beer tent.'],
        ["-© 2026 Isla's Reed Diary · Theme: Twenty Twenty-Four · Powered by WordPress"],
    ]),
    _page('fr', 'fr-portail-cordemeuse-portes-ouvertes-de-la-corderie', [
        ["-Le Courrier de Cordemeuse – L'actualité du port et du canton depuis 1884",
         '-Actualités · Sports · Loisirs · Économie · Petites annonces'],
        ['-Accueil › Actualités › Cordemeuse › Patrimoine',
         '+La vieille corderie de Cordemeuse rouvre ses portes et attire plus de mille visiteurs'],
        ['-Par Gaëlle Torsadier · Publié le 14/06/2026 à 18h15',
         '-Lecture 4 min',
         '-Sommaire : La journée · Le programme · La suite'],
        [('+Plus de 1 200 personnes ont parcouru samedi les 300 mètres de la corderie, fermée au public depuis '
          "l'arrêt de l'activité en 1986."),
         '-Un cordage à trois torons commis à la main. Photo : Les Amis de la corderie',
         ("+Les bénévoles de l'association Les Amis de la corderie ont passé six ans à refaire la toiture, le sol et "
          'les vieilles machines à manivelle.'),
         '-Lire aussi : Les travaux de la digue commenceront en août'],
        [("+« Une corde ne vaut que par la torsion qu'on lui donne, et aujourd'hui mille personnes l'ont appris avec "
          "leurs mains », a souligné Gaspard Chanvrelot, président de l'association."),
         '-Contenu partenaire',
         '-Cinq balades sur le littoral à faire absolument cet été'],
        ['+Le programme de la journée',
         '+Le matin : filage du chanvre brut sur les rouets en haut de la corderie',
         '-Publicité',
         "+L'après-midi : commettage d'une aussière de 50 mètres sur toute la longueur du bâtiment",
         "+Le soir : un tir à la corde sur le quai, remporté par l'équipage du canot de sauvetage"],
        ['+Les dons de la journée ont atteint 2 300 euros, qui serviront à remplacer les fenêtres du mur sud.',
         "-Recevez gratuitement notre newsletter chaque matin – je m'inscris",
         '+Une seconde journée portes ouvertes est prévue lors des Journées du patrimoine, en septembre.',
         '-Partager : Facebook · X · WhatsApp · E-mail'],
        ['-6 commentaires',
         "-Yvette44 : Mon grand-père y a travaillé jusqu'à la fermeture. Quel plaisir de la revoir pleine de monde.",
         "-↳ Le Courrier de Cordemeuse : Merci Yvette, n'hésitez pas à nous envoyer ses photos.",
         '-Loïc B. : Une heure de queue pour les cordes à sauter, mais ça valait le coup.',
         '-↳ Mouette : Pareil, mes enfants ne les lâchent plus.'],
        ['-Mots-clés : Corderie · Patrimoine · Port',
         '-© 2026 Le Courrier de Cordemeuse · Mentions légales · Confidentialité · Contact'],
    ]),
    _page('fr', 'fr-blog-le-carnet-de-cornemuse-d-anouk-premier-concours', [
        ["-Le carnet de cornemuse d'Anouk – anches, bourdons et crêpes",
         '-Suivez-moi sur Instagram pour les vidéos de répétition'],
        ['-Publié le 21 juin 2026 par Anouk · 5 commentaires',
         '+Notre premier concours de pipe band en quatrième catégorie',
         '-Classé dans : Concours, Vie du groupe'],
        ['-Temps de lecture : 6 minutes',
         '-Cet article contient des liens affiliés : je touche une petite commission sans frais pour vous.'],
        [('+Après un hiver de répétitions le jeudi dans la salle paroissiale, notre petit pipe band a enfin joué '
          'samedi dans un cercle de concours.'),
         '-Le groupe aligné derrière la buvette avant le défilé.',
         ('+Neuf formations concouraient dans notre catégorie, et le tirage nous a placés quatrièmes, juste après les '
          "vainqueurs de l'an dernier.")],
        ['-Épinglez cet article pour plus tard !',
         ("+« On accorde les bourdons sur le chalumeau, jamais l'inverse », nous a répété notre pipe major pour la "
          'centième fois quand la pluie a commencé.'),
         "-Le système anti-humidité que j'utilise est ici sur Amazon (lien affilié)."],
        ['+Le déroulé de la journée',
         "+10 h 40 : accord sur le parking, les bourdons d'abord, puis les chalumeaux ensemble",
         '+11 h 25 : marche, strathspey et reel dans le cercle devant les juges',
         '+14 h 10 : le medley, avec le nouvel air lent au milieu',
         "-Nos batteurs qui s'échauffent sur le pad (photo de mon père)."],
        [('+Nous avons fini troisièmes sur neuf, et les juges ont donné à nos basses la meilleure note de batterie de '
          'la catégorie.'),
         '-Sponsorisé',
         ('+On a chanté tout le trajet du retour dans le minibus, et le prochain concours est en août, donc on '
          'reprend jeudi.'),
         '-À bientôt, et soufflez bien ! Anouk'],
        ['-Partager : Facebook · Pinterest · WhatsApp',
         '-Je couds des housses de sac en tartan sur commande – rendez-vous dans ma boutique Etsy.',
         '-Ne ratez aucun article : abonnez-vous par e-mail'],
        ['-5 réflexions sur « Notre premier concours de pipe band en quatrième catégorie »',
         '-Maëlle : Troisièmes pour un premier concours, bravo à vous tous !',
         "-↳ Anouk : Merci Maëlle, on n'y croyait pas nous-mêmes.",
         '-Erwan le sonneur : Le medley sonnait très bien depuis la buvette.'],
        ["-© 2026 Le carnet de cornemuse d'Anouk · Thème : Astra · Propulsé par WordPress"],
    ]),
    _page('de', 'de-portal-tauwerder-tag-der-offenen-reeperbahn', [
        ['-Tauwerder Kurier – Die Zeitung für Hafen und Land seit 1879',
         '-Lokales · Sport · Kultur · Wirtschaft · Service'],
        ['-Startseite › Lokales › Tauwerder › Geschichte',
         '+Hunderte besuchen die alte Reeperbahn von Tauwerder zum ersten Mal seit vierzig Jahren'],
        ['-Von Jannik Drallmeyer · 14.06.2026, 18:15 Uhr',
         '-Lesezeit 4 Minuten',
         '-Inhalt: Der Tag · Das Programm · Wie es weitergeht'],
        [('+Mehr als 1200 Menschen gingen am Samstag die 300 Meter lange Reeperbahn ab, die seit der Stilllegung 1986 '
          'nicht mehr öffentlich zugänglich war.'),
         '-Ein dreischäftiges Tau wird von Hand geschlagen. Foto: Förderverein Reeperbahn',
         ('+Die Ehrenamtlichen des Fördervereins haben sechs Jahre lang das Dach, den Boden und die alten '
          'handbetriebenen Maschinen instand gesetzt.'),
         '-Lesen Sie auch: Sanierung der Hafenmole beginnt im August'],
        [('+„Ein Tau ist nur so gut wie der Drall, den man ihm gibt, und heute haben das tausend Menschen mit eigenen '
          'Händen gelernt“, sagte Ottilie Hanfwickel, die Vorsitzende des Vereins.'),
         '-Partnerinhalt',
         '-Fünf Küstenwanderungen, die Sie diesen Sommer machen sollten'],
        ['+So lief der Tag',
         '+Vormittags: Hanf wird an den Spinnrädern am oberen Ende der Bahn zu Garn gesponnen',
         '-Anzeige',
         '+Nachmittags: Ein 50 Meter langes Festmachertau wird über die ganze Länge der Halle geschlagen',
         '+Abends: Tauziehen am Kai mit dem neuen Tau, gewonnen von der Crew des Seenotrettungsboots'],
        ['+Die Spenden des Tages beliefen sich auf 2300 Euro, die in neue Fenster an der Südwand fließen sollen.',
         '-Jeden Morgen kostenlos: Jetzt den Kurier-Newsletter abonnieren',
         '+Ein zweiter Tag der offenen Tür ist zum Tag des offenen Denkmals im September geplant.',
         '-Teilen: Facebook · WhatsApp · X · E-Mail'],
        ['-6 Kommentare',
         '-Hinnerk_T: Mein Opa hat dort bis zur Schließung gearbeitet. Schön, sie wieder voller Leute zu sehen.',
         '-↳ Tauwerder Kurier: Danke, Hinnerk – schicken Sie uns gern seine Fotos.',
         '-Möwe77: Eine Stunde Schlange für die Springseile, aber es hat sich gelohnt.',
         '-↳ Kapitänin K.: Bei uns genauso, die Kinder legen sie gar nicht mehr weg.'],
        ['-Schlagworte: Reeperbahn · Geschichte · Hafen',
         '-© 2026 Tauwerder Kurier GmbH · Impressum · Datenschutz · Kontakt'],
    ]),
    _page('de', 'de-blog-jorinde-spielt-dudelsack-erster-wettbewerb', [
        ['-Jorinde spielt Dudelsack – Rohrblätter, Regen und Rosinenbrötchen',
         '-Folgt mir auf Instagram für Übungsvideos'],
        ['-Veröffentlicht am 21. Juni 2026 von Jorinde · 5 Kommentare',
         '+Unser erster Pipe-Band-Wettbewerb in Grade 4',
         '-Kategorie: Wettbewerbe, Bandleben'],
        ['-Lesezeit: 6 Minuten',
         '-Dieser Beitrag enthält Affiliate-Links; kauft ihr darüber, bekomme ich eine kleine Provision.'],
        [('+Nach einem Winter mit Donnerstagsproben im Gemeindehaus stand unsere kleine Band am Samstag endlich in '
          'einem Wettbewerbskreis.'),
         '-Die Band in Reihe hinter dem Bierzelt vor dem Aufmarsch.',
         ('+In unserer Klasse traten neun Bands an, und wir wurden als vierte gelost, direkt nach den '
          'Vorjahressiegern.')],
        ['-Merk dir diesen Beitrag auf Pinterest!',
         ('+„Die Bordune stimmt man auf die Spielpfeife, nie die Spielpfeife auf die Bordune“, erinnerte uns unser '
          'Pipe Major zum hundertsten Mal, als der Regen einsetzte.'),
         '-Das Feuchtigkeitssystem, das ich benutze, gibt es hier bei Amazon (Affiliate-Link).'],
        ['+Der Ablauf des Tages',
         '+10.40 Uhr: Stimmen auf dem Parkplatz, erst die Bordune, dann alle Spielpfeifen zusammen',
         '+11.25 Uhr: Marsch, Strathspey und Reel im Kreis vor den Juroren',
         '+14.10 Uhr: das Medley, mit der neuen langsamen Melodie in der Mitte',
         '-Unsere Trommler beim Einspielen auf dem Übungspad (Foto: mein Vater).'],
        ['+Wir wurden Dritte von neun, und unsere Bass-Sektion bekam die beste Trommelwertung der Klasse.',
         '-Gesponsert',
         ('+Auf der Heimfahrt im Kleinbus haben wir durchgesungen, und der nächste Wettbewerb ist im August, also '
          'wird ab Donnerstag wieder geprobt.'),
         '-Bis bald und gut Luft! Eure Jorinde'],
        ['-Teilen: Facebook · Pinterest · WhatsApp',
         '-Taschenbezüge im Tartan eurer Wahl nähe ich auf Bestellung – schaut in meinen Etsy-Shop.',
         '-Keinen Beitrag verpassen: per E-Mail abonnieren'],
        ['-5 Gedanken zu „Unser erster Pipe-Band-Wettbewerb in Grade 4“',
         '-Swantje: Dritte beim ersten Wettbewerb, Glückwunsch an euch alle!',
         '-↳ Jorinde: Danke Swantje, wir konnten es selbst kaum glauben.',
         '-Trommel-Tobi: Das Medley klang vom Bierzelt aus richtig gut.'],
        ['-© 2026 Jorinde spielt Dudelsack · Theme: Kadence · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-corderiano-porte-aperte-alla-corderia', [
        ['-La Gazzetta di Corderiano – Il quotidiano del porto e della valle dal 1888',
         '-Cronaca · Sport · Cultura · Economia · Eventi'],
        ['-Home › Cronaca › Corderiano › Tradizioni',
         ('+Centinaia di visitatori alla vecchia corderia di Corderiano, aperta al pubblico per la prima volta in '
          "quarant'anni")],
        ['-Di Nadia Trecciarelli · 14 giugno 2026, ore 18:15',
         '-Lettura: 4 minuti',
         '-Indice: La giornata · Il programma · I prossimi passi'],
        [('+Oltre 1.200 persone hanno percorso sabato i 300 metri della corderia, chiusa al pubblico da quando '
          "l'attività si è fermata nel 1986."),
         '-Una cima a tre legnoli commessa a mano. Foto: Amici della corderia',
         ("+I volontari dell'associazione Amici della corderia hanno impiegato sei anni per rifare il tetto, il "
          'pavimento e le vecchie macchine a manovella.'),
         '-Leggi anche: I lavori al molo partiranno ad agosto'],
        [('+«Una corda vale quanto la torsione che le dai, e oggi mille persone lo hanno imparato con le proprie '
          "mani», ha detto Remo Gomenarelli, presidente dell'associazione."),
         '-Offerto dai nostri partner',
         "-Cinque passeggiate sulla costa da non perdere quest'estate"],
        ['+Il programma della giornata',
         '+Mattina: filatura della canapa grezza sui filatoi in cima alla corderia',
         '-Spazio pubblicitario',
         '+Pomeriggio: commettitura di una cima da ormeggio di 50 metri lungo tutto il capannone',
         "+Sera: tiro alla fune sulla banchina con la nuova corda, vinto dall'equipaggio della motovedetta"],
        ['+Le offerte della giornata hanno raggiunto 2.300 euro, che serviranno per le nuove finestre sul lato sud.',
         '-Ricevi ogni mattina la nostra newsletter gratuita: iscriviti ora',
         '+Una seconda giornata di porte aperte è in programma per le Giornate europee del patrimonio, a settembre.',
         '-Condividi: Facebook · WhatsApp · X · Email'],
        ['-6 commenti',
         '-Nonna_Lina: Mio nonno ci ha lavorato fino alla chiusura. Che bello rivederla piena di gente.',
         '-↳ La Gazzetta di Corderiano: Grazie Lina, se ha delle sue foto ce le mandi.',
         "-Marco F.: Un'ora di fila per le corde per saltare, ma ne valeva la pena.",
         '-↳ Gabbiano: Anche i miei figli non le mollano più.'],
        ['-Tag: Corderia · Tradizioni · Porto',
         '-© 2026 La Gazzetta di Corderiano Srl · Privacy · Cookie · Contatti'],
    ]),
    _page('it', 'it-blog-la-cornamusa-di-liliana-primo-concorso', [
        ['-La cornamusa di Liliana – ance, bordoni e biscotti',
         '-Seguimi su Instagram per i video delle prove'],
        ['-Pubblicato il 21 giugno 2026 da Liliana · 5 commenti',
         '+Il nostro primo concorso di pipe band in Grade 4',
         '-Categoria: Concorsi, Vita di banda'],
        ['-Tempo di lettura: 6 minuti',
         '-Questo post contiene link di affiliazione: se acquisti, ricevo una piccola commissione.'],
        [('+Dopo un inverno di prove il giovedì nel salone della parrocchia, sabato la nostra piccola banda è '
          'finalmente entrata in un cerchio di gara.'),
         '-La banda in fila dietro lo stand della birra prima della sfilata.',
         ("+Nella nostra categoria c'erano nove bande, e il sorteggio ci ha messi quarti, subito dopo i vincitori "
          "dell'anno scorso.")],
        ['-Salva questo post su Pinterest!',
         ('+«I bordoni si accordano sul chanter, mai il chanter sui bordoni», ci ha ripetuto il nostro pipe major per '
          'la centesima volta quando ha cominciato a piovere.'),
         '-Il sistema antiumidità che uso lo trovi qui su Amazon (link affiliato).'],
        ["+Com'è andata la giornata",
         '+10.40: accordatura nel parcheggio, prima i bordoni, poi tutti i chanter insieme',
         '+11.25: marcia, strathspey e reel nel cerchio davanti ai giudici',
         '+14.10: il medley, con la nuova aria lenta nel mezzo',
         '-I nostri tamburi che si scaldano sul pad (foto di mio padre).'],
        [('+Siamo arrivati terzi su nove, e i giudici hanno dato alla nostra sezione bassi il miglior punteggio di '
          'percussioni della categoria.'),
         '-Sponsorizzato',
         ('+Abbiamo cantato per tutto il viaggio di ritorno in pulmino, e il prossimo concorso è ad agosto, quindi '
          'giovedì si ricomincia.'),
         '-Alla prossima, e fiato alle canne! Liliana'],
        ['-Condividi: Facebook · Pinterest · WhatsApp',
         '-Cucio su ordinazione fodere per sacche in tartan: le trovi nel mio negozio Etsy.',
         '-Non perderti nessun post: iscriviti via email'],
        ['-5 pensieri su “Il nostro primo concorso di pipe band in Grade 4”',
         '-Ornella: Terzi al primo concorso, complimenti a tutti!',
         '-↳ Liliana: Grazie Ornella, non ci credevamo nemmeno noi.',
         '-Tamburino_Gigi: Il medley si sentiva benissimo dallo stand della birra.'],
        ['-© 2026 La cornamusa di Liliana · Tema: GeneratePress · Con tecnologia WordPress'],
    ]),
    _page('pl', 'pl-portal-powrozowo-dzien-otwarty-powrozni', [
        ['-Głos Powrozowa – Gazeta portu i okolic od 1891 roku',
         '-Wiadomości · Sport · Kultura · Biznes · Ogłoszenia'],
        ['-Strona główna › Wiadomości › Powrozowo › Historia',
         '+Setki osób w starej powroźni w Powrozowie, otwartej dla zwiedzających pierwszy raz od czterdziestu lat'],
        ['-Autor: Marta Skrętkowska · 14.06.2026, 18:15',
         '-4 min czytania',
         '-Spis treści: Dzień otwarty · Program · Co dalej'],
        [('+Ponad 1200 osób przeszło w sobotę 300 metrów powroźni, zamkniętej dla zwiedzających od zakończenia '
          'produkcji w 1986 roku.'),
         '-Lina trzyskrętna skręcana ręcznie. Fot. Towarzystwo Przyjaciół Powroźni',
         ('+Wolontariusze Towarzystwa Przyjaciół Powroźni przez sześć lat remontowali dach, podłogę i stare maszyny '
          'na korbę.'),
         '-Czytaj także: Remont falochronu ruszy w sierpniu'],
        [('+– Lina jest tyle warta, ile skrętu jej nadasz, a dziś tysiąc osób nauczyło się tego własnymi rękami – '
          'powiedział Zdzisław Cumowski, prezes towarzystwa.'),
         '-Treść partnera',
         '-Pięć nadmorskich spacerów, które trzeba zrobić tego lata'],
        ['+Program dnia',
         '+Rano: przędzenie surowych włókien konopnych na kołowrotkach na początku powroźni',
         '-Reklama',
         '+Po południu: skręcanie 50-metrowej liny cumowniczej wzdłuż całej hali',
         '+Wieczorem: przeciąganie liny na nabrzeżu, wygrane przez załogę łodzi ratowniczej'],
        [('+Datki zebrane w czasie dnia otwartego wyniosły 9,8 tys. zł i zostaną przeznaczone na nowe okna w '
          'południowej ścianie.'),
         '-Zapisz się na nasz bezpłatny newsletter – codziennie rano w Twojej skrzynce',
         '+Drugi dzień otwarty zaplanowano na wrzesień, podczas Europejskich Dni Dziedzictwa.',
         '-Udostępnij: Facebook · WhatsApp · X · E-mail'],
        ['-6 komentarzy',
         '-Halina_z_portu: Mój dziadek pracował tam do zamknięcia. Pięknie było zobaczyć ją znów pełną ludzi.',
         '-↳ Głos Powrozowa: Dziękujemy, Pani Halino – prosimy o przesłanie jego zdjęć.',
         '-Kuba M.: Godzina w kolejce po skakanki, ale było warto.',
         '-↳ Mewa: U nas tak samo, dzieci się z nimi nie rozstają.'],
        ['-Tagi: Powroźnia · Historia · Port',
         '-© 2026 Głos Powrozowa · Polityka prywatności · Regulamin · Kontakt'],
    ]),
    _page('pl', 'pl-blog-dudy-jagody-pierwszy-konkurs-pipe-bandow', [
        ['-Dudy Jagody – stroiki, deszcz i drożdżówki',
         '-Obserwuj mnie na Instagramie, tam wrzucam nagrania z prób'],
        ['-Opublikowano 21 czerwca 2026 przez Jagodę · 5 komentarzy',
         '+Nasz pierwszy konkurs pipe bandów w Grade 4',
         '-Kategoria: Konkursy, Życie zespołu'],
        ['-Czas czytania: 6 minut',
         '-Ten wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.'],
        [('+Po zimie czwartkowych prób w salce parafialnej nasz mały zespół w sobotę wreszcie stanął w kręgu '
          'konkursowym.'),
         '-Zespół ustawiony za namiotem z piwem przed przemarszem.',
         ('+W naszej kategorii grało dziewięć zespołów, a w losowaniu wypadło nam czwarte miejsce, zaraz po '
          'zeszłorocznych zwycięzcach.')],
        ['-Przypnij ten wpis na Pintereście!',
         ('+– Burdony stroi się do przebierki, nigdy odwrotnie – przypomniał nam po raz setny nasz pipe major, kiedy '
          'zaczęło padać.'),
         '-System przeciw wilgoci, którego używam, kupisz tutaj na Allegro (link afiliacyjny).'],
        ['+Jak minął dzień',
         '+10.40: strojenie na parkingu, najpierw burdony, potem wszystkie przebierki razem',
         '+11.25: marsz, strathspey i reel w kręgu przed sędziami',
         '+14.10: medley z nową wolną melodią w środku',
         '-Nasi bębniarze rozgrzewają się na padzie (fot. mój tata).'],
        [('+Zajęliśmy trzecie miejsce na dziewięć, a sędziowie dali naszej sekcji basowej najlepszą ocenę za bębny w '
          'kategorii.'),
         '-Materiał sponsorowany',
         '+Całą drogę powrotną śpiewaliśmy w busie, a następny konkurs jest w sierpniu, więc od czwartku znów próby.',
         '-Do następnego razu, dmuchajcie równo! Jagoda'],
        ['-Udostępnij: Facebook · Pinterest · Messenger',
         '-Szyję na zamówienie pokrowce na worek w wybranym tartanie – zajrzyj do mojego sklepu na Etsy.',
         '-Nie przegap nowych wpisów: zapisz się przez e-mail'],
        ['-5 komentarzy do „Nasz pierwszy konkurs pipe bandów w Grade 4”',
         '-Ola: Trzecie miejsce na pierwszym konkursie, gratulacje dla wszystkich!',
         '-↳ Jagoda: Dzięki, Olu, sami nie mogliśmy uwierzyć.',
         '-Bębniarz Bartek: Medley świetnie brzmiał spod namiotu z piwem.'],
        ['-© 2026 Dudy Jagody · Motyw: Neve · Blog na WordPressie'],
    ]),
    _page('ru', 'ru-portal-verevkinsk-den-otkrytykh-dverei-kanatnoi-fabriki', [
        ['-Верёвкинский вестник – газета порта и округи с 1893 года',
         '-Новости · Спорт · Культура · Экономика · Объявления'],
        ['-Главная › Новости › Верёвкинск › История',
         '+Сотни горожан пришли на старую канатную фабрику Верёвкинска, впервые за сорок лет открытую для посетителей'],
        ['-Автор: Дарья Свивалова · 14.06.2026, 18:15',
         '-4 мин чтения',
         '-Содержание: День открытых дверей · Программа · Что дальше'],
        [('+Более 1200 человек прошли в субботу по 300-метровому цеху канатной фабрики, закрытой для публики с '
          'остановки производства в 1986 году.'),
         '-Трёхпрядный канат свивают вручную. Фото: Общество друзей канатной фабрики',
         '+Волонтёры общества шесть лет восстанавливали крышу, пол и старые станки с ручным приводом.',
         '-Читайте также: Ремонт мола начнётся в августе'],
        [('+«Канат хорош ровно настолько, насколько хорошо его свили, и сегодня тысяча человек узнала это своими '
          'руками», – сказал председатель общества Пантелеймон Свивальщиков.'),
         '-Партнёрский материал',
         '-Пять прогулок по побережью, которые стоит совершить этим летом'],
        ['+Программа дня',
         '+Утро: прядение сырой пеньки на прялках в начале цеха',
         '-Реклама',
         '+День: свивка 50-метрового швартовного каната по всей длине цеха',
         '+Вечер: перетягивание каната на причале, победила команда спасательного катера'],
        ['+Пожертвования за день составили 190 тысяч рублей, их потратят на новые окна в южной стене.',
         '-Подпишитесь на нашу бесплатную рассылку – свежие новости каждое утро',
         '+Второй день открытых дверей запланирован на сентябрь, на Дни исторического и культурного наследия.',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['-6 комментариев',
         '-Галина_С: Мой дед работал там до закрытия. Приятно снова видеть её полной людей.',
         '-↳ Верёвкинский вестник: Спасибо, Галина! Пришлите нам его фотографии.',
         '-Костя М.: Час в очереди за скакалками, но оно того стоило.',
         '-↳ Чайка: У нас так же, дети с ними не расстаются.'],
        ['-Теги: Канатная фабрика · История · Порт',
         '-© 2026 Верёвкинский вестник · Политика конфиденциальности · Контакты'],
    ]),
    _page('ru', 'ru-blog-volynka-ulyany-pervyi-konkurs-paip-bendov', [
        ['-Волынка Ульяны – трости, бурдоны и пирожки',
         '-Подписывайтесь на мой Telegram-канал с видео репетиций'],
        ['-Опубликовано 21 июня 2026 автором Ульяна · 5 комментариев',
         '+Наш первый конкурс пайп-бендов в четвёртом классе',
         '-Рубрика: Конкурсы, Жизнь оркестра'],
        ['-Время чтения: 6 минут',
         '-В этом посте есть партнёрские ссылки: покупая по ним, вы поддерживаете блог.'],
        [('+После зимы репетиций по четвергам в приходском зале наш маленький оркестр в субботу наконец вышел в '
          'конкурсный круг.'),
         '-Оркестр выстроился за пивной палаткой перед проходом.',
         ('+В нашем классе выступали девять оркестров, и по жребию мы играли четвёртыми, сразу после прошлогодних '
          'победителей.')],
        ['-Сохраните этот пост в Pinterest!',
         ('+«Бурдоны строят по чантеру, а не чантер по бурдонам», – в сотый раз напомнил нам пайп-мейджор, когда '
          'начался дождь.'),
         '-Систему от влаги, которой я пользуюсь, можно купить на Ozon (партнёрская ссылка).'],
        ['+Как прошёл день',
         '+10:40 – настройка на парковке, сначала бурдоны, потом все чантеры вместе',
         '+11:25 – марш, стратспей и рил в кругу перед судьями',
         '+14:10 – попурри с новой медленной мелодией в середине',
         '-Наши барабанщики разогреваются на пэде (фото папы).'],
        [('+Мы заняли третье место из девяти, а судьи поставили нашей басовой секции лучшую оценку за барабаны в '
          'классе.'),
         '-Спонсорский пост',
         ('+Всю дорогу домой мы пели в микроавтобусе, а следующий конкурс в августе, так что с четверга снова '
          'репетиции.'),
         '-До новых встреч, дуйте ровно! Ульяна'],
        ['-Поделиться: ВКонтакте · Telegram · WhatsApp',
         '-Шью на заказ чехлы для мешка из тартана – заходите в мой магазин на Ярмарке Мастеров.',
         '-Не пропустите новые записи: подписка по e-mail'],
        ['-5 комментариев к записи «Наш первый конкурс пайп-бендов в четвёртом классе»',
         '-Вера: Третье место на первом конкурсе – поздравляю всех!',
         '-↳ Ульяна: Спасибо, Вера, мы сами не поверили.',
         '-Барабанщик Гоша: Попурри отлично звучало от пивной палатки.'],
        ['-© 2026 Волынка Ульяны · Тема: Blocksy · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Cette vidéo d'Arte.tv n'est plus disponible en replay.":
        ('a French Arte.tv video whose catch-up (replay) window has ended ("Cette vidéo d\'Arte.tv n\'est plus '
         'disponible en replay.") is left in the body'),
    'Materiał wideo z Player.pl jest dostępny wyłącznie dla abonentów pakietu Premium.':
        ("a Polish Player.pl video for Premium subscribers only ('Materiał wideo z Player.pl jest dostępny wyłącznie "
         "dla abonentów pakietu Premium.') is left in the body"),
    'Видео Rutube будет доступно после окончания модерации.':
        ("a Russian Rutube video waiting for moderation ('Видео Rutube будет доступно после окончания модерации.') is "
         'left in the body'),
    'Settle in – this contest write-up will take you about 9 minutes.':
        ("a blog's settle-in line saying how long the write-up will take ('Settle in – this contest write-up will "
         "take you about 9 minutes.') is left at the head"),
    'Reporting and photography: Gideon Cablethwaite':
        ("an English reporting-and-photography byline ('Reporting and photography: Gideon Cablethwaite') is left at "
         'the head'),
    'Zu diesem Artikel wurden noch keine Kommentare verfasst.':
        ("a German no-comments-written-yet note ('Zu diesem Artikel wurden noch keine Kommentare verfasst.') is left "
         'at the foot'),
    'Transparenzhinweis: Die Redaktion war auf Einladung des Vereins vor Ort.':
        ("a German transparency note that the paper came at the club's invitation ('Transparenzhinweis: Die Redaktion "
         "war auf Einladung des Vereins vor Ort.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-hawserby-ropewalk-open-day':
        ("the English ropewalk open-day report keeps the sponsored headline ('Five walks along the Hawserby coast you "
         "have to try this summer') under the partner-content label, below the paragraph with the quote (1 of 20 "
         'noise lines); no article line is lost'),
    'en-blog-islas-reed-diary-first-pipe-band-contest':
        ("the English pipe-band contest blog post keeps the opening photo's caption ('The band lined up behind"
         " the beer tent before the march past.') between the first and second paragraphs (1 of 20 noise "
         'lines); no article line is lost'),
    'fr-portail-cordemeuse-portes-ouvertes-de-la-corderie':
        ("the French ropewalk open-day report keeps the sponsored headline ('Cinq balades sur le littoral à faire "
         "absolument cet été') under the partner-content label, below the paragraph with the quote (1 of 20 noise "
         'lines); no article line is lost'),
    'fr-blog-le-carnet-de-cornemuse-d-anouk-premier-concours':
        ("the French pipe-band contest blog post keeps the opening photo's caption ('Le groupe aligné derrière"
         " la buvette avant le défilé.') between the first and second paragraphs (1 of 20 noise lines); no "
         'article line is lost'),
    'de-portal-tauwerder-tag-der-offenen-reeperbahn':
        ("the German ropewalk open-day report keeps the sponsored headline ('Fünf Küstenwanderungen, die Sie diesen "
         "Sommer machen sollten') under the partner-content label, below the paragraph with the quote (1 of 20 noise "
         'lines); no article line is lost'),
    'de-blog-jorinde-spielt-dudelsack-erster-wettbewerb':
        ("the German pipe-band contest blog post keeps the opening photo's caption ('Die Band in Reihe hinter "
         "dem Bierzelt vor dem Aufmarsch.') between the first and second paragraphs (1 of 20 noise lines); no "
         'article line is lost'),
    'it-portale-corderiano-porte-aperte-alla-corderia':
        ("the Italian ropewalk open-day report keeps the partner-content label ('Offerto dai nostri partner') "
         'under the paragraph with the quote and the sponsored headline ("Cinque passeggiate sulla costa da '
         'non perdere quest\'estate") under the partner-content label, below the paragraph with the quote (2 of'
         ' 20 noise lines); no article line is lost'),
    'it-blog-la-cornamusa-di-liliana-primo-concorso':
        ("the Italian pipe-band contest blog post keeps the opening photo's caption ('La banda in fila dietro "
         "lo stand della birra prima della sfilata.') between the first and second paragraphs (1 of 20 noise "
         'lines); no article line is lost'),
    'pl-portal-powrozowo-dzien-otwarty-powrozni':
        ("the Polish ropewalk open-day report keeps the sponsored headline ('Pięć nadmorskich spacerów, które trzeba "
         "zrobić tego lata') under the partner-content label, below the paragraph with the quote (1 of 20 noise "
         'lines); no article line is lost'),
    'pl-blog-dudy-jagody-pierwszy-konkurs-pipe-bandow':
        ("the Polish pipe-band contest blog post keeps the opening photo's caption ('Zespół ustawiony za "
         "namiotem z piwem przed przemarszem.') between the first and second paragraphs (1 of 20 noise lines);"
         ' no article line is lost'),
    'ru-portal-verevkinsk-den-otkrytykh-dverei-kanatnoi-fabriki':
        ("the Russian ropewalk open-day report keeps the sponsored headline ('Пять прогулок по побережью, которые "
         "стоит совершить этим летом') under the partner-content label, below the paragraph with the quote (1 of 20 "
         'noise lines); no article line is lost'),
    'ru-blog-volynka-ulyany-pervyi-konkurs-paip-bendov':
        ("the Russian pipe-band contest blog post keeps the opening photo's caption ('Оркестр выстроился за "
         "пивной палаткой перед проходом.') between the first and second paragraphs; and the sponsored label "
         "('Спонсорский пост') between the two last paragraphs (2 of 20 noise lines); no article line is lost"),
}

test_held_out_226_line, test_held_out_226_line_is_kept, test_held_out_226_page = held_out_tests(
    HELD_OUT_226_LINES, HELD_OUT_226_KEEP, HELD_OUT_226_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
