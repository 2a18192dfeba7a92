"""Held-out set 232: written blind, weighted toward the noise the cleaner exists for, in shapes set 230's docstring does
not name (nor the first paragraphs of sets 227, 228 and 229): scraper, embed and ad markers, all in the body (an English
Strava activity embed hidden because the athlete shares with followers only "Strava activity embed hidden – the athlete
shares activities with followers only.", an English Twitch clip deleted by the broadcaster "Twitch clip unavailable: the
broadcaster has deleted this clip.", an English bracketed Typeform survey placeholder with a
tap-here-if-it-does-not-appear hint "[Embedded Typeform survey – tap here if the form does not appear]", a French Acast
player episode for Premium subscribers only "Lecteur Acast : cet épisode est réservé aux abonnés Premium.", a German
Komoot tour whose embedded map its creator deleted "Komoot-Tour: Die eingebettete Karte wurde vom Ersteller gelöscht.",
an Italian embedded Google Forms (Google Moduli) form that no longer accepts answers "Il modulo Google Moduli
incorporato non accetta più risposte.", a Polish YouTube premiere placeholder with the date and hour the stream starts
"Premiera na YouTube: transmisja rozpocznie się 14 czerwca o 18:00.", a Russian 2GIS map that does not show, asking to
update the browser "Карта 2ГИС не отображается: обновите браузер до последней версии."); reading-time headers in new
wordings, all at the head (the English bare mins-to-read label "5 mins to read", a blog's settle-in line with the
minutes the recap takes to get through "Settle in: this recap takes about 9 minutes to get through.", the French
approximate-reading-time (temps de lecture approximatif) label "Temps de lecture approximatif : 5 minutes", the German
estimated-reading-time (geschätzte Lesezeit) label with rund "Geschätzte Lesezeit: rund 5 Minuten", the Italian
it-reads-in (si legge in) line "Si legge in 5 minuti", the Polish estimated-reading-time (szacowany czas czytania) label
"Szacowany czas czytania: 5 min", the Russian minutes-of-reading (минут чтения) label "5 минут чтения"); bylines and
self-promotion (an English name-first reports-from-the-finish-line byline "Ellery Thwaitefold reports from the finish
line", a French special-correspondent (envoyée spéciale) byline "Par notre envoyée spéciale, Solène Brancardeau", a
Polish compiled-by (opracowanie) byline "Opracowanie: Wiesława Dźwigalska", a Russian report-of-our-correspondent byline
"Репортаж нашего корреспондента Ульяны Натужновой", all at the head; and an English Redbubble plug for the author's
signed bout photo prints "Signed prints of my bout photos are on Redbubble – link in the sidebar.", an English Linktree
plug for booking the author as a sparring partner "Need a sparring partner who also plays the Sicilian? Book me through
my Linktree.", a German Digistore24 plug for the author's chess-boxing training plans "Meine Trainingspläne für
Schachboxer gibt es als PDF bei Digistore24.", an Italian Depop plug for the author's T-shirts "Le mie magliette «Scacco
al primo round» sono in vendita su Depop.", all at the foot); blog and site footers, all at the foot (an English Hugo
and Netlify credit with the source-on-GitHub link "Proudly powered by Hugo · Hosted on Netlify · Source on GitHub", an
English publisher line with the IPSO membership and the complaints procedure "Published by Brackwhistle Media Ltd, a
member of IPSO · Complaints procedure", the English Blogger Simple-theme footer with its theme-images credit "Simple
theme. Theme images by Michael Elkan. Powered by Blogger.", a French legal-notice line with the o2switch host and the
cookie management link "Mentions légales · Hébergeur : o2switch · Gestion des cookies", a German Webflow and
All-Inkl.com credit "Website erstellt mit Webflow · Gehostet bei All-Inkl.com", an Italian Aruba SiteBuilder credit with
the privacy and cookie-settings links "Sito realizzato con Aruba SiteBuilder · Privacy policy · Impostazioni cookie", a
Polish WebWave and home.pl credit "Strona stworzona w WebWave · Hosting: home.pl", a Russian uKit site-builder and
Timeweb hosting credit "Сайт создан на конструкторе uKit · Хостинг: Timeweb"); reader-comment furniture, all at the foot
(an English subscribers-only commenting prompt with its sign-in link "Commenting is open to subscribers only. Already a
subscriber? Sign in", an English edited-by-its-author note on a comment "This comment has been edited by its author.",
an English thread-view switch row "Threaded view · Flat view · Collapse all", a French reply, report-abuse and permalink
row under a comment "Répondre · Signaler un abus · Lien permanent", a German report-a-comment note with the moderator's
24-hour check "Kommentar melden – ein Moderator prüft Ihre Meldung innerhalb von 24 Stunden.", an Italian
you-can-edit-your-comment-within-10-minutes note "Puoi modificare il tuo commento entro 10 minuti dalla pubblicazione.",
a Polish comment-signature-already-taken-by-a-registered-user note "Ten podpis jest już zajęty przez zarejestrowanego
użytkownika.", a Russian you-cannot-vote-for-your-own-comment note "Вы не можете голосовать за собственный
комментарий."); share rows, all at the foot (an English know-someone-who'd-enjoy-this row with Bluesky and Signal "Know
someone who'd enjoy this? Share it: Bluesky · Signal · Email", a French send-by (envoyer par) row with Signal "Envoyer
par : Signal · Messenger · SMS · Courriel", a German forward-the-article (weiterleiten) row with Signal and Bluesky
"Artikel weiterleiten: Signal · Telegram · Bluesky · Link kopieren"); and notices (an Italian 18.40 update note
(official times added) "Aggiornamento delle 18.40: aggiunti i tempi ufficiali della gara.", a Polish
our-reporter-travelled-at-the-organisers'-invitation disclosure "Nasz reporter podróżował na zaproszenie organizatorów
zawodów.", both in the body; and the Russian the-editors'-opinion-may-differ-from-the-author's disclaimer "Мнение
редакции может не совпадать с мнением автора." at the foot); and toward whole scraped news and hobby-blog pages in
layouts set 230's docstring does not describe (on the six portal pages, in nine blocks, the masthead with its tagline
alone in a block of one at the very top; the title last in a block of three, under a breadcrumb and the lead photo's
caption with its credit (one line), so the photo's caption sits above the headline; the first paragraph last in a block
of four, under the byline with the date and time (one line), a bare reading time and a share row; the second paragraph
and the paragraph with the quote at the two ends of a block of four, with an advertisement label (Advertisement,
Publicité, Anzeige, Pubblicità, Reklama, Реклама) and a sponsored headline between them; a read-also link opening the
list block above the subheading and the three rows, with a video link (its length in brackets) between the second and
third rows (a block of six, the read-also link first and the video link fifth); the two last paragraphs at the first and
third places of a block of four, with a newsletter prompt between them and a tags line closing the block; a thread of
five lines alone in a block (a comment count, a reader's comment, a second reader's arrowed reply to it, a third
reader's comment and the first reader's arrowed reply to that); a follow-us prompt (Facebook and Instagram; VKontakte
and Telegram on the Russian page) and a most-read line with two headlines in a block of two, the prompt first; and at
the foot the publisher's copyright line with its links in one line, alone in a block of one; on the six blog pages, in
nine blocks, the blog name with its tagline and the menu in a block of two at the very top, the name first; the title in
the middle of a block of three, between a filed-under category label above it and the posted-on-by line (with the
comment count) under it; the first and second paragraphs at the end of a block of four, under a bare reading time and an
affiliate-links disclosure; the paragraph with the quote in the middle of a block of three, between a table of contents
(its heading and three numbered entries in one line) above it and the opening photo's caption under it; the subheading
and the three rows with an affiliate link to the author's gloves (on Amazon, on Allegro on the Polish blog, on Ozon on
the Russian blog) between the first and second rows, inside the list block (a block of five, the link third); the two
last paragraphs in the middle of a block of four, between a sponsored-post label (Werbung on the German blog) above them
and the author's sign-off under them; a plug for the author's mouse mats printed with her favourite openings (in an Etsy
shop, at Yarmarka Masterov on the Russian blog), a share row and a subscribe-by-email prompt in a block of three; a
thread of five lines alone in a block (a replies heading with its count, a comment, the author's arrowed reply, a second
comment and a leave-a-reply prompt); and at the foot the author's copyright line with the theme and platform credit in
one line, alone in a block of one), taken from local news of a town's twelfth wife-carrying race (a record field of 42
couples before more than 1,500 spectators on the village green, fairground or meadow, a 253-metre course with two
straw-bale hurdles and a knee-deep water pit, the carried partner upside down in the Estonian hold, the organiser's
quote that not the strongest husband but the best team wins and that the one carried must trust the runner completely,
twelve heats at 10.00, the final at 13.00 won in 1 min 9 s, prize-giving at 15.00 with the wife's weight in beer, the
winners' Sunday training on a beach or by a lake since March, next year's race on 5 June with a hoped-for category for
couples over sixty) in six invented towns, and from six hobby blogs of young women on their first amateur chess-boxing
bout (a club night in a gym above a tyre shop in Leeds, Lyon, Cologne, Turin, Łódź or Kazan, four-minute blitz rounds
alternating with three-minute boxing rounds, the coach's corner quote about breathing before touching a piece because
the gloves come off but the adrenaline stays, a quiet Italian Game and a few jabs taken in rounds 1 to 3, a knight won
but the second boxing round lost on points in rounds 4 and 5, mate with rook and queen 40 seconds before the end of
round 7, a rematch asked for in the autumn and a club tournament in September).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 230 but what is named here), held-out set 231 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 230 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 227, 228 and 229, printed with one ast script
(/tmp/s232scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s232scratch/insp.py, with /tmp/wt-s232/src and /tmp/wt-s232/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s232 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 230's as printed, with 230 -> 232; /tmp/s232scratch/gen232.py writes this file
from scratch files (data232.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages232.py with the pages, doc_layout.txt, doc_story.txt, doc_protocol.txt,
doc_notes.txt, doc_judgement.txt and, after the measurement, doc_baseline.txt and tables232.py with the xfail tables).
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s232, detached at commit 2b95b09e7c626dd6e3e24e45db218f9173fcfeee, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 18:41:42 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 18:41:44 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 2b95b09e7c626dd6e3e24e45db218f9173fcfeee (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null) and ``git rev-parse HEAD`` in each printed that commit;
/work/main was not touched afterwards. An ``ls`` of the two new worktrees' top folders (README.md, benchmarks, configs,
docs, pyproject.toml, scripts, src, tests), cut by ``head``, was printed to see that they exist; no folder below them
was listed. (2) readallowed.py first printed to the terminal, which the tool cut in the middle (it showed set 230's
docstring up to inside its note (4), then from inside set 228's first paragraph on to the end: the rest of set 228's
first paragraph and all of set 229's, allowed parts); the second run went to /tmp/s232scratch/allowed.txt (only the
allowed parts), of which I paged lines 125 to 520 with ``sed`` in four pieces (the rest of set 230's docstring up to and
including its Baseline paragraph, its imports and its tail, set 227's first paragraph and the start of set 228's);
``sed`` ran on my own output file, never on a file of the repository, and nothing else of any set file was printed. (3)
The default python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on
its first run, so nothing was installed. That import (and gen232.py's import of the written file, to compare it with the
scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was
printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from
them: no embed service used for a held-out marker here is named for a marker in them (Strava, Twitch, Typeform, Acast,
Komoot, Google Forms, a YouTube premiere, 2GIS), and the failures are of kinds not named there (followers-only sharing,
a clip deleted by its broadcaster, a bracketed tap-here placeholder, a Premium-only episode, a map deleted by its
creator, a form closed to answers, a premiere not yet started, an out-of-date browser); the reading times avoid the
phrasings named there (the new ones are "5 mins to read", "Settle in: this recap takes about 9 minutes to get through.",
"Temps de lecture approximatif :", "Geschätzte Lesezeit: rund", "Si legge in", "Szacowany czas czytania:" and "минут
чтения"); the bylines are of new shapes (a name-first reports-from line, an envoyée spéciale line, an opracowanie label,
a репортаж нашего корреспондента line) and the plugs name platforms not named there (Redbubble, Linktree, Digistore24,
Depop); the footers use builders, hosts and legal lines not named there (Hugo with Netlify, an IPSO membership line, the
Blogger Simple-theme credit, o2switch with the mentions légales, Webflow with All-Inkl.com, Aruba SiteBuilder, WebWave
with home.pl, uKit with Timeweb); the comment lines (subscribers-only commenting, an edited-by-its-author note, a
thread-view switch, a reply, report-abuse and permalink row, a report-a-comment note with the moderator's 24 hours, an
edit-within-10-minutes note, a signature taken by a registered user, a no-voting-for-your-own-comment note), the share
rows (know someone who'd enjoy this with Bluesky and Signal; envoyer par with Signal; Artikel weiterleiten with Signal
and Bluesky) and the notices (an Italian update note with the hour and a Polish travelled-at-the-organisers'-invitation
disclosure in the body, the Russian editors'-opinion disclaimer at the foot) are of kinds not named there. The page
furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts
differ from those of set 230 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use. No hits: Brackwhistle, Portemoulins, Huckelbrunn, Spallavalle,
Dźwigałów, Тащилово, Thwaitefold, Hoddlecombe, Hurstcarrow, Wedderbarrow, Vignalbert, Portebrasse, Dossabrille,
Brancardeau, Buckelmeier, Kniebeißer, Schulterbrink, Ghirlandoni, Caricamogli, Sgobbarini, Ceberkowska, Przytaszek,
Nośkiewicz, Dźwigalska, Кряжистова, Ношенкова, Взвалишин, Натужнов, "Gambit in Gloves", "Échec et Gants", "Läufer &
Leberhaken", "Alfiere e Montante", "Goniec i Sierpowy" and "Ферзь и апперкот". Dropped for hits: Носилово (a real
village in Belarus), Parrowby (inside Sparrowbyte and ArrowBy... names in code), Quillhampton (an invented city in other
projects' test data), Lugwardine (a real village in Herefordshire), Pellecourt (inside aEpelleCourt), Ferrandou (a real
surname and a street), Chargemaille (inside specieChargeMailleListe), Mösenbacher (a real surname), Kiepenhauer (a
publisher's name in a data file), Cantagallina (a real surname), Portapesi (a real Italian word), Тащилин (a real
surname), Несунов (a real word form) and Плечистов (a surname in test data); the replacements are the checked names
above. "The Brackwhistle Courier", "Brackwhistle Media Ltd", "L'Écho de Portemoulins", "Huckelbrunner Bote", "La Voce di
Spallavalle", "Kurier Dźwigałowski" and «Тащиловский вестник» are formed from checked names; the first names of the
reporters, organisers, winners, bloggers (Tamsin, Maëlle, Lotta, Bianca, Zuza, Вера) and commenters (first names with an
initial, or handles) were not checked. Real services, platforms, shops and products (Strava, Twitch, Typeform, Acast,
Komoot, Google Forms, YouTube, 2GIS, Redbubble, Linktree, Digistore24, Depop, Hugo, Netlify, GitHub, IPSO, Blogger with
its Simple theme and the credit to its theme images' author, o2switch, Webflow, All-Inkl.com, Aruba SiteBuilder,
WebWave, home.pl, uKit, Timeweb, Bluesky, Signal, Messenger, Telegram, Facebook, X, WhatsApp, Instagram, Pinterest,
ВКонтакте, Одноклассники, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress with its Kadence theme) and real
cities (Leeds, Lyon, Köln, Torino, Łódź, Kazan) are named as real pages do. (6) A script (/tmp/s232scratch/check.py)
checked case-insensitively that no noise line (held-out or page) sits inside an article line, a keep line or another
noise line, that no line repeats, that no line holds an at-sign, and that each page has 10 article and 20 noise lines,
and printed the counts by category, language and place. Its first run found one clash: the bare reading time "4 min" of
the French and Italian portals was the same line twice and sat inside the English "4 min read", the German "4 Min." and
the Polish "4 min czytania"; I changed the French one to "4 minutes de lecture" and the Italian one to "Lettura: 4
minuti", and its second run found nothing wrong. While writing I had already kept the blogs' sponsored labels out of the
portals' sponsored headlines ("Sponsored post", "Article sponsorisé", "Post sponsorizzato", "Wpis sponsorowany" and
"Спонсорский пост" rather than a bare "Sponsored" or "Sponsorisé", which the portals' "Sponsored:" and "Contenu
sponsorisé :" lines would hold), the blogs' replies headings out of their posted-on lines ("9 Responses", "9 réactions"
and the like next to "· 9 comments"), and the German masthead's name from the ad label ("Huckelbrunner Bote", not a
paper called Anzeiger, which would hold "Anzeige"). gen232.py checks that no line of the file is over 120 columns and
that it holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data. (7)
The measurement was run once, as the brief gives it, in one shell call at 18:48:57 UTC by ``date``, with the xfail
tables empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s232scratch/pre_measure_copy.py); pytest printed 25 failed, 52 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s232scratch, importing the copy in /tmp/wt-s232/tests with /tmp/wt-s232/src on the
path) then printed ``_problems`` of each failing case: the fourteen lines and the eleven pages of the tables; every
problem of a line is that it is kept ("kept boilerplate"), and so is every problem of a page (one to three lines each);
no keep line and no article line of a page is lost, and no problem of another kind (no unreported removal, no range or
offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s232scratch/mktables.py writes tables232.py from the saved problems.json, which gen232.py puts into this file);
mktables.py checks that every problem is a kept line and matches each printed snippet (cut at 80 characters) to exactly
one noise line of its page (on the French, German, Italian, Polish and Russian portals the masthead with its tagline; on
the blogs the table of contents and the opening photo's caption around the paragraph with the quote, and on the Russian
blog also the sponsored-post label), which the reason quotes in full with where it sits and the count the report counts
left; the reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines
and pages of that output; the lists and pages of the final file were imported back and found equal to the scratch data,
and the final file was checked with the pytest command in /tmp/wt-s232 (see the Baseline paragraph). (9) Clock: ``date``
printed 18:41:42 at the start, 18:48:57 at the measurement and 18:49:39 just before the tables, the Baseline paragraph
and these notes were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the wife-carrying race and the chess-boxing
bout that open with or hold a noise-like word ("Comments from the marshals suggested the mud in the water pit had never
been deeper.", "Reading the board between rounds, she saw her rook was hanging on the open file.", "Following a false
start, the starter called all twelve couples back to the line.", "Commentaires et encouragements ont fusé des tribunes
pendant toute la course.", "Kommentiert wurde das Rennen vom Bürgermeister persönlich über den Stadionlautsprecher.",
"Commenti entusiasti dal pubblico hanno accompagnato ogni coppia fino al traguardo.", "Komentarze kibiców przy mecie
były głośniejsze niż wystrzał startera.", "Shared between the first three couples, the beer was weighed out on the
finish-line scales.", "Subscribed members of the chess club were given front-row seats for the fourth round.",
"Partageant le même entraîneur, les deux boxeuses se connaissent depuis l'enfance.", "Teilen mussten sich die Sieger den
Preis: ihr Gewicht in Bier.", "Condividendo la stessa palestra, le due sfidanti si allenavano alla stessa ora.",
"Copyright disputes over the race's logo were settled out of court last winter.", "Advertising boards around the pond
were taken down before the final to keep the course clear.", "Abonné au club depuis dix ans, l'arbitre a dirigé son
premier combat de chess-boxing.", "Folgen hatte der Sturz im Wassergraben keine, beide standen sofort wieder auf.",
"Seguito da oltre 500 persone, il combattimento è durato sei round.", "Udostępnione przez gminę boisko zamieniło się po
deszczu w błotnisty tor.", "Подписав протест, команда соперницы потребовала переиграть шахматный раунд.", "Поделиться
пивом с соперниками победители решили прямо на финише."): each is a full sentence with a subject, a verb and a fact of
the story, so article ("Comments from the marshals", "Commentaires et encouragements", "Kommentiert wurde das Rennen",
"Commenti entusiasti" and "Komentarze kibiców" open like comment furniture but report what marshals, crowds and the
mayor said; "Reading the board between rounds" opens like a reading-time or read-more line but tells of reading the
chessboard; "Following a false start", "Folgen hatte der Sturz" and "Seguito da oltre 500 persone" open like follow
prompts but tell of a restart, a fall without consequences and the crowd; "Shared between the first three couples",
"Partageant le même entraîneur", "Teilen mussten sich die Sieger", "Condividendo la stessa palestra", "Udostępnione
przez gminę" and "Поделиться пивом" open like share rows but are about beer, a coach, a prize, a gym, a pitch and the
winners' beer; "Subscribed members of the chess club", "Abonné au club depuis dix ans" and "Подписав протест" open like
subscribe prompts but are about members, a referee and a signed protest; "Copyright disputes over the race's logo" opens
like a copyright line but reports a settled dispute; "Advertising boards around the pond" holds an ad word but says how
the course was cleared). Borderline categories: the four plugs (the Redbubble prints, the Linktree sparring bookings,
the Digistore24 training plans, the Depop T-shirts) are bylines and self-promotion, at the foot, since they sell the
author's work in the author's voice; the Strava, Twitch, Typeform, Acast, Komoot, Google Forms, YouTube premiere and
2GIS lines are markers (what an embed leaves in the text when it does not show), though some read as sentences; the IPSO
publisher line and the Blogger Simple-theme credit are footers (lines of the site or the publisher, not of the article);
the subscribers-only prompt, the edited-by-its-author note, the thread-view switch, the French reply and report row, the
German report-a-comment note, the Italian edit-within-10-minutes note, the Polish signature-taken note and the Russian
own-comment vote note are comment furniture, since they sit over, in or under the comments and speak only of commenting;
the Italian update note and the Polish travelled-at-the-invitation disclosure are notices in the body, and the Russian
editors'-opinion disclaimer a notice at the foot (all three speak of the article they sit in). On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (mastheads and blog names with taglines, menus, breadcrumbs, filed-under
labels, bylines and posted-on lines, reading times, captions and photo credits, share rows, read-also links,
advertisement and sponsored labels, sponsored headlines, video links, tags lines, tables of contents, affiliate
disclosures and links, newsletter, subscribe and follow prompts, sign-offs and plugs, comment counts and replies
headings, comments and replies, leave-a-reply prompts, most-read lines, copyright lines) is noise. The list rows (the
times of the heats, the final and the prize-giving on the portals; the rounds of the bout on the blogs) are short but
part of each article, so article; the list headings ("How the day went", "Round by round" and the like) are the
articles' subheadings, so article; the portals' read-also links and video links are noise though they sit inside the
list block; the blogs' glove affiliate links are noise though they sit between the first and second rows; the portals'
photo captions are noise though they sit right above the title; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and German and notice in Italian, Polish and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, a Polish and a Russian one), body 10 (the eight markers and
two notices: Italian and Polish), tail 24 (four plugs: two English, a German and an Italian one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-brackwhistle-wife-carrying-race (the
twelfth Brackwhistle wife-carrying race, in the Brackwhistle Courier), en-blog-gambit-in-gloves-first-chess-boxing-bout
(Tamsin's first amateur chess-boxing bout, won by checkmate in round seven in Leeds),
fr-portail-portemoulins-course-de-porte-d-epouse (the twelfth wife-carrying race in Portemoulins, in L'Écho de
Portemoulins), fr-blog-echec-et-gants-premier-combat-de-chess-boxing (Maëlle's first amateur chess-boxing bout, won by
checkmate in round seven in Lyon), de-portal-huckelbrunn-frauentragen (the twelfth Huckelbrunn wife-carrying race, in
the Huckelbrunner Bote), de-blog-laeufer-und-leberhaken-erster-schachbox-kampf (Lotta's first amateur chess-boxing bout,
won by checkmate in round seven in Cologne), it-portale-spallavalle-corsa-con-la-moglie-in-spalla (the twelfth
wife-carrying race in Spallavalle, in La Voce di Spallavalle), it-blog-alfiere-e-montante-primo-incontro-di-chess-boxing
(Bianca's first amateur chess-boxing bout, won by checkmate in round seven in Turin),
pl-portal-dzwigalow-bieg-z-zona-na-plecach (the twelfth wife-carrying race in Dźwigałów, in the Kurier Dźwigałowski),
pl-blog-goniec-i-sierpowy-pierwsza-walka-w-szachoboksie (Zuza's first amateur chess-boxing bout, won by checkmate in
round seven in Łódź), ru-portal-tashchilovo-beg-s-zhenoi-na-plechakh (the twelfth wife-carrying race in Тащилово, in
«Тащиловский вестник»), ru-blog-ferz-i-apperkot-pervyi-boi-po-shakhboksu (Вера's first amateur chess-boxing bout, won by
checkmate in round seven in Kazan), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 2b95b09e7c626dd6e3e24e45db218f9173fcfeee, measured with ``cd /tmp/wt-s232 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s232/src python -m pytest -q tests/test_clean_held_out_232.py -rA -p
no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s232 && PYTHONPATH=/tmp/wt-s232/src python
scripts/clean_held_out_report.py --sets 232``, with the xfail tables empty, at 18:48:57 UTC by ``date``): noise lines
removed 31/45 (marker 5/8, reading-time 6/7, byline 4/8, footer 8/8, comments 3/8, share 3/3, notice 2/3; the 14 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Strava followers-only
line, the English bracketed Typeform placeholder and the Polish YouTube premiere line), one reading time at the head
(the English settle-in recap line), four bylines (the English reports-from-the-finish-line byline at the head and, at
the foot, the English Linktree, German Digistore24 and Italian Depop plugs), five comment lines at the foot (the English
edited-by-its-author note, the German report-a-comment note, the Italian edit-within-10-minutes note, the Polish
signature-taken note and the Russian own-comment vote note) and one notice in the body (the Polish
travelled-at-the-organisers'-invitation disclosure); the Twitch, Acast, Komoot, Google Moduli and 2GIS markers, the
other six reading times, the French, Polish and Russian bylines at the head, the Redbubble plug, all eight footers, the
English subscribers-only prompt and thread-view row and the French reply row, every share row, the Italian update note
and the Russian disclaimer went); keep lines kept 20/20; pages 1/12 clean (the English portal page), 18 of 240 page
noise lines left and 0 of 120 article lines lost. Left: on the French, German, Italian, Polish and Russian portal pages
the masthead with its tagline alone at the very top (1 each; the English portal's masthead went); on each of the six
blog pages the table of contents above the paragraph with the quote and the opening photo's caption under it, and on the
Russian blog also the sponsored-post label ("Спонсорский пост") above the two last paragraphs (2 on the English, French,
German, Italian and Polish blogs, 3 on the Russian one). Lost: nothing; no page and no keep line loses an article line.
The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s232 gave 52 passed, 25
xfailed, no XPASS.

Measured after round 142 (2026-12-07, lead; the writers of this set and of set 231 worked beside round 142 from a
cleaner identical to its base, 95113f9; round 142 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231 232`` and the set's pytest file):
nothing moved: noise lines removed 31/45, keep lines kept 20/20, pages 1/12 clean, 18 of 240 page noise lines left, 0 of
120 article lines lost; every xfail still fails as its reason says. Round 142 (sets 223/224: a shop link over the
article's subheading, a quoted name ending a list row, a sign-off with a comma between its wishes, a blog's title under
the posted-on line with the writer's "we" or "I", a Russian call word opening a sentence whose subject follows, the
French "Durée de lecture estimée" label and an Italian print-edition note) read none of this set's wordings or layouts.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): noise lines removed 31/45 (unchanged), keep lines kept 20/20, pages 1/12 clean, 13 of
240 page noise lines left (was 18), 0 of 120 article lines lost. The five non-Russian blogs' opening captions with a
family credit ("Me in the red corner before round one (photo: my brother)" and its four twins) now go (round 143's
caption closed by a bracketed family credit, read on set 228's blogs); the five pages' reasons were reworded. Every
other xfail still fails as its reason says.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 31/45 (unchanged), keep lines kept 20/20,
pages 6/12 clean (was 1), 8 of 240 page noise lines left (was 13), 0 of 120 article lines lost. The five blogs whose
only kept line was the numbered table of contents ("In this post: 1. Fight week 2. The bout 3. What I learned" and its
four twins) now come clean; their five page xfails were removed (round 144's numbered tables of contents, read on sets
221/222). Every other xfail still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 31/45 (unchanged), keep lines kept
20/20, pages 6/12 clean, 6 of 240 page noise lines left (was 8), 0 of 120 article lines lost (the Russian blog's "В этом
посте: 1. ..." contents and its caption credited to a brother go). The pages' reasons were reworded to what they still
keep or lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_232_LINES: list[tuple[str, str, str]] = [
    ('body', 'Strava activity embed hidden – the athlete shares activities with followers only.', 'marker'),
    ('body', 'Twitch clip unavailable: the broadcaster has deleted this clip.', 'marker'),
    ('body', '[Embedded Typeform survey – tap here if the form does not appear]', 'marker'),
    ('body', 'Lecteur Acast : cet épisode est réservé aux abonnés Premium.', 'marker'),
    ('body', 'Komoot-Tour: Die eingebettete Karte wurde vom Ersteller gelöscht.', 'marker'),
    ('body', 'Il modulo Google Moduli incorporato non accetta più risposte.', 'marker'),
    ('body', 'Premiera na YouTube: transmisja rozpocznie się 14 czerwca o 18:00.', 'marker'),
    ('body', 'Карта 2ГИС не отображается: обновите браузер до последней версии.', 'marker'),
    ('head', '5 mins to read', 'reading-time'),
    ('head', 'Settle in: this recap takes about 9 minutes to get through.', 'reading-time'),
    ('head', 'Temps de lecture approximatif : 5 minutes', 'reading-time'),
    ('head', 'Geschätzte Lesezeit: rund 5 Minuten', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Szacowany czas czytania: 5 min', 'reading-time'),
    ('head', '5 минут чтения', 'reading-time'),
    ('head', 'Ellery Thwaitefold reports from the finish line', 'byline'),
    ('head', 'Par notre envoyée spéciale, Solène Brancardeau', 'byline'),
    ('head', 'Opracowanie: Wiesława Dźwigalska', 'byline'),
    ('head', 'Репортаж нашего корреспондента Ульяны Натужновой', 'byline'),
    ('tail', 'Signed prints of my bout photos are on Redbubble – link in the sidebar.', 'byline'),
    ('tail', 'Need a sparring partner who also plays the Sicilian? Book me through my Linktree.', 'byline'),
    ('tail', 'Meine Trainingspläne für Schachboxer gibt es als PDF bei Digistore24.', 'byline'),
    ('tail', 'Le mie magliette «Scacco al primo round» sono in vendita su Depop.', 'byline'),
    ('tail', 'Proudly powered by Hugo · Hosted on Netlify · Source on GitHub', 'footer'),
    ('tail', 'Published by Brackwhistle Media Ltd, a member of IPSO · Complaints procedure', 'footer'),
    ('tail', 'Simple theme. Theme images by Michael Elkan. Powered by Blogger.', 'footer'),
    ('tail', 'Mentions légales · Hébergeur : o2switch · Gestion des cookies', 'footer'),
    ('tail', 'Website erstellt mit Webflow · Gehostet bei All-Inkl.com', 'footer'),
    ('tail', 'Sito realizzato con Aruba SiteBuilder · Privacy policy · Impostazioni cookie', 'footer'),
    ('tail', 'Strona stworzona w WebWave · Hosting: home.pl', 'footer'),
    ('tail', 'Сайт создан на конструкторе uKit · Хостинг: Timeweb', 'footer'),
    ('tail', 'Commenting is open to subscribers only. Already a subscriber? Sign in', 'comments'),
    ('tail', 'This comment has been edited by its author.', 'comments'),
    ('tail', 'Threaded view · Flat view · Collapse all', 'comments'),
    ('tail', 'Répondre · Signaler un abus · Lien permanent', 'comments'),
    ('tail', 'Kommentar melden – ein Moderator prüft Ihre Meldung innerhalb von 24 Stunden.', 'comments'),
    ('tail', 'Puoi modificare il tuo commento entro 10 minuti dalla pubblicazione.', 'comments'),
    ('tail', 'Ten podpis jest już zajęty przez zarejestrowanego użytkownika.', 'comments'),
    ('tail', 'Вы не можете голосовать за собственный комментарий.', 'comments'),
    ('tail', "Know someone who'd enjoy this? Share it: Bluesky · Signal · Email", 'share'),
    ('tail', 'Envoyer par : Signal · Messenger · SMS · Courriel', 'share'),
    ('tail', 'Artikel weiterleiten: Signal · Telegram · Bluesky · Link kopieren', 'share'),
    ('body', 'Aggiornamento delle 18.40: aggiunti i tempi ufficiali della gara.', 'notice'),
    ('body', 'Nasz reporter podróżował na zaproszenie organizatorów zawodów.', 'notice'),
    ('tail', 'Мнение редакции может не совпадать с мнением автора.', 'notice'),
]

HELD_OUT_232_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the marshals suggested the mud in the water pit had never been deeper.'),
    ('head', 'Reading the board between rounds, she saw her rook was hanging on the open file.'),
    ('head', 'Following a false start, the starter called all twelve couples back to the line.'),
    ('head', 'Commentaires et encouragements ont fusé des tribunes pendant toute la course.'),
    ('head', 'Kommentiert wurde das Rennen vom Bürgermeister persönlich über den Stadionlautsprecher.'),
    ('head', 'Commenti entusiasti dal pubblico hanno accompagnato ogni coppia fino al traguardo.'),
    ('head', 'Komentarze kibiców przy mecie były głośniejsze niż wystrzał startera.'),
    ('body', 'Shared between the first three couples, the beer was weighed out on the finish-line scales.'),
    ('body', 'Subscribed members of the chess club were given front-row seats for the fourth round.'),
    ('body', "Partageant le même entraîneur, les deux boxeuses se connaissent depuis l'enfance."),
    ('body', 'Teilen mussten sich die Sieger den Preis: ihr Gewicht in Bier.'),
    ('body', 'Condividendo la stessa palestra, le due sfidanti si allenavano alla stessa ora.'),
    ('tail', "Copyright disputes over the race's logo were settled out of court last winter."),
    ('tail', 'Advertising boards around the pond were taken down before the final to keep the course clear.'),
    ('tail', "Abonné au club depuis dix ans, l'arbitre a dirigé son premier combat de chess-boxing."),
    ('tail', 'Folgen hatte der Sturz im Wassergraben keine, beide standen sofort wieder auf.'),
    ('tail', 'Seguito da oltre 500 persone, il combattimento è durato sei round.'),
    ('tail', 'Udostępnione przez gminę boisko zamieniło się po deszczu w błotnisty tor.'),
    ('tail', 'Подписав протест, команда соперницы потребовала переиграть шахматный раунд.'),
    ('tail', 'Поделиться пивом с соперниками победители решили прямо на финише.'),
]

HELD_OUT_232_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-brackwhistle-wife-carrying-race', [
        [
            '-The Brackwhistle Courier · Your town, your news',
        ],
        [
            '-Home › Sport › Local sport',
            '-Lead photo: Couples splash through the water pit on the first lap. Photo: Courier staff',
            '+Brackwhistle wife-carrying race draws record field of 42 couples',
        ],
        [
            '-By Priscilla Hoddlecombe · Saturday 6 June 2026, 17:42',
            '-4 min read',
            '-Share: Facebook · X · WhatsApp · Email',
            ('+More than 1,500 spectators lined the village green on Saturday as 42 couples took part in the '
             'twelfth Brackwhistle wife-carrying race, the biggest field since it began.'),
        ],
        [
            ('+The 253-metre course took runners over two straw-bale hurdles and through a knee-deep water pit, '
             "with the carried partner hanging upside down on the runner's back in the Estonian hold."),
            '-Advertisement',
            '-Sponsored: Five stretches physios say every runner should do',
            ('+"It is not the strongest husband who wins, it is the best team," said organiser Gwendolyn '
             'Hurstcarrow. "The one being carried has to trust the one running completely."'),
        ],
        [
            '-Read also: Brackwhistle fun run raises £4,000 for the village hall',
            '+How the day went',
            '+10.00: twelve heats of three or four couples, the fastest ten through',
            '+13.00: the final, won by Owen and Carys Wedderbarrow in 1 min 9 s',
            '-Video: watch the final in full (2:14)',
            "+15.00: prize-giving, with the winners handed Carys's weight in beer",
        ],
        [
            '+The winners said they had trained on the beach at low tide every Sunday since March.',
            "-Get the Courier's sport newsletter every Friday – sign up free",
            "+Next year's race is on 5 June, and the committee hopes to add a category for couples over sixty.",
            '-Tags: wife carrying, village green, Brackwhistle',
        ],
        [
            '-14 comments',
            '-MudLarkMike: Best afternoon on the green all year, well done everyone.',
            '-↳ PondSide_Pat: Agreed, though the water pit was colder than last year!',
            '-GranitePeg: Why is there no category for husbands being carried?',
            '-↳ MudLarkMike: Give it time, Peg, the committee reads these.',
        ],
        [
            '-Follow the Courier on Facebook and Instagram',
            '-Most read: New car park opens by the station · Bin collections change in July',
        ],
        [
            '-© 2026 Brackwhistle Courier Ltd · About us · Contact · Privacy · Cookies',
        ],
    ]),
    _page('en', 'en-blog-gambit-in-gloves-first-chess-boxing-bout', [
        [
            "-Gambit in Gloves · Tamsin's chess-boxing diary",
            '-Home · Bouts · Training · Kit · About me',
        ],
        [
            '-Filed under: Bouts',
            '+My first chess-boxing bout: checkmate in round seven',
            '-Posted on 14 June 2026 by Tamsin · 9 comments',
        ],
        [
            '-6 minute read',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            ('+On Saturday I finally had my first amateur chess-boxing bout, at a club night in a gym above a tyre '
             'shop in Leeds.'),
            ('+Chess boxing alternates rounds of four minutes of blitz chess with three minutes of boxing, and you '
             'win by knockout, by checkmate or on the chess clock.'),
        ],
        [
            '-In this post: 1. Fight week 2. The bout 3. What I learned',
            ('+My coach\'s only advice in the corner was: "Breathe before you touch a piece. The gloves come off, '
             'the adrenaline doesn\'t."'),
            '-Me in the red corner before round one (photo: my brother)',
        ],
        [
            '+Round by round',
            '+Rounds 1 to 3: a quiet Italian Game on the board, and I ate a few jabs in the ring',
            '-The 12oz gloves I fight in are on Amazon (affiliate link)',
            '+Rounds 4 and 5: I won a knight on the board but lost the second boxing round on points',
            '+Rounds 6 and 7: I kept my guard up, then found mate with rook and queen with 40 seconds left',
        ],
        [
            '-Sponsored post',
            '+My hands were still shaking when I shook hers, and she laughed and asked for a rematch in the autumn.',
            '+Next up: a club tournament in September, and a lot more endgame practice between skipping sessions.',
            '-Thanks for reading, Tamsin x',
        ],
        [
            "-I print my favourite openings on mouse mats – they're in my Etsy shop, Gambit in Gloves Prints.",
            '-Share this post: Facebook · Pinterest · WhatsApp',
            '-Get new posts by email: subscribe below',
        ],
        [
            '-9 Responses',
            '-Kasia R.: That mate with rook and queen was gorgeous, congrats!',
            '-↳ Tamsin: Thank you! I nearly missed it, my hands were shaking.',
            "-Dev M.: Which club is this? I've wanted to try chess boxing for ages.",
            '-Leave a Reply',
        ],
        [
            '-© 2026 Gambit in Gloves · Theme: Kadence · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-portemoulins-course-de-porte-d-epouse', [
        [
            "-L'Écho de Portemoulins – l'actualité de votre ville",
        ],
        [
            '-Accueil › Sports › Sports locaux',
            "-Photo d'ouverture : les couples traversent la fosse d'eau au premier tour. Photo : L'Écho",
            "+Course de porté d'épouse : record de participation à Portemoulins avec 42 couples",
        ],
        [
            '-Par Aurore Vignalbert · samedi 6 juin 2026, 17 h 42',
            '-4 minutes de lecture',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            ('+Plus de 1 500 spectateurs ont entouré le champ de foire samedi pour la douzième course de porté '
             "d'épouse de Portemoulins, qui réunissait 42 couples, un record."),
        ],
        [
            ("+Le parcours de 253 mètres comptait deux haies de bottes de paille et une fosse d'eau où l'on avait "
             "de l'eau jusqu'aux genoux, la personne portée tenue tête en bas sur le dos du coureur, à "
             "l'estonienne."),
            '-Publicité',
            '-Contenu sponsorisé : cinq étirements que les kinés recommandent aux coureurs',
            ("+« Ce n'est pas le mari le plus fort qui gagne, c'est la meilleure équipe, a déclaré l'organisatrice "
             'Josiane Portebrasse. Celle qui est portée doit faire entièrement confiance à celui qui court. »'),
        ],
        [
            '-À lire aussi : la course des familles rapporte 4 000 euros à la salle des fêtes',
            '+Le déroulé de la journée',
            '+10 h : douze séries de trois ou quatre couples, les dix plus rapides qualifiés',
            '+13 h : la finale, remportée par Julien et Manon Dossabrille en 1 min 9 s',
            '-Vidéo : revoir la finale en intégralité (2:14)',
            '+15 h : remise des prix, les vainqueurs repartant avec le poids de Manon en bière',
        ],
        [
            "+Les vainqueurs ont raconté s'être entraînés sur la plage à marée basse chaque dimanche depuis mars.",
            "-Recevez chaque vendredi la newsletter sport de L'Écho – inscription gratuite",
            ('+La prochaine course aura lieu le 5 juin, et le comité espère créer une catégorie pour les couples '
             'de plus de soixante ans.'),
            "-Mots-clés : porté d'épouse, champ de foire, Portemoulins",
        ],
        [
            '-14 commentaires',
            "-Gadoue_Gégé : Meilleur après-midi de l'année au champ de foire, bravo à tous.",
            "-↳ Riverain_Pat : D'accord, mais la fosse était plus froide que l'an dernier !",
            "-MamieGranit : Pourquoi pas de catégorie où ce sont les maris qu'on porte ?",
            '-↳ Gadoue_Gégé : Patience, le comité lit les commentaires.',
        ],
        [
            "-Suivez L'Écho sur Facebook et Instagram",
            '-Les plus lus : un nouveau parking près de la gare · La collecte des déchets change en juillet',
        ],
        [
            "-© 2026 L'Écho de Portemoulins · Qui sommes-nous · Contact · Confidentialité · Cookies",
        ],
    ]),
    _page('fr', 'fr-blog-echec-et-gants-premier-combat-de-chess-boxing', [
        [
            '-Échec et Gants · le carnet de chess-boxing de Maëlle',
            '-Accueil · Combats · Entraînement · Matériel · À propos',
        ],
        [
            '-Classé dans : Combats',
            '+Mon premier combat de chess-boxing : échec et mat au septième round',
            '-Publié le 14 juin 2026 par Maëlle · 9 commentaires',
        ],
        [
            '-Lecture de 6 minutes',
            '-Cet article contient des liens affiliés ; je peux toucher une petite commission sans frais pour vous.',
            ("+Samedi, j'ai enfin disputé mon premier combat amateur de chess-boxing, lors d'une soirée de club "
             "dans une salle au-dessus d'un garage à Lyon."),
            ("+Le chess-boxing alterne des rounds de quatre minutes d'échecs en blitz et de trois minutes de boxe, "
             "et l'on gagne par K.-O., par échec et mat ou au temps."),
        ],
        [
            "-Dans cet article : 1. La semaine du combat 2. Le combat 3. Ce que j'en retiens",
            ("+Dans le coin, mon entraîneur ne m'a donné qu'un conseil : « Respire avant de toucher une pièce. Les "
             "gants s'enlèvent, l'adrénaline reste. »"),
            '-Moi dans le coin rouge avant le premier round (photo : mon frère)',
        ],
        [
            '+Round par round',
            "+Rounds 1 à 3 : une partie italienne tranquille sur l'échiquier, et quelques jabs encaissés sur le ring",
            '-Les gants de 12 oz avec lesquels je combats sont sur Amazon (lien affilié)',
            "+Rounds 4 et 5 : j'ai gagné un cavalier sur l'échiquier mais perdu le deuxième round de boxe aux points",
            "+Rounds 6 et 7 : j'ai gardé ma garde haute, puis trouvé le mat avec tour et dame à 40 secondes de la fin",
        ],
        [
            '-Article sponsorisé',
            ("+Mes mains tremblaient encore quand j'ai serré la sienne, et elle a ri en me demandant une revanche "
             "à l'automne."),
            ('+Prochaine étape : un tournoi de club en septembre, et beaucoup plus de finales entre deux séances '
             'de corde à sauter.'),
            "-Merci de m'avoir lue, Maëlle",
        ],
        [
            "-J'imprime mes ouvertures préférées sur des tapis de souris : ils sont dans ma boutique Etsy.",
            '-Partager cet article : Facebook · Pinterest · WhatsApp',
            '-Recevez les nouveaux articles par e-mail : abonnez-vous ci-dessous',
        ],
        [
            '-9 réactions',
            '-Clémence B. : Ce mat avec tour et dame, magnifique, bravo !',
            "-↳ Maëlle : Merci ! J'ai failli le rater, j'avais les mains qui tremblaient.",
            "-Yanis L. : C'est quel club ? Ça fait des années que je veux essayer.",
            '-Laisser un commentaire',
        ],
        [
            '-© 2026 Échec et Gants · Thème : Kadence · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-huckelbrunn-frauentragen', [
        [
            '-Huckelbrunner Bote – Nachrichten aus Huckelbrunn und Umgebung',
        ],
        [
            '-Startseite › Sport › Lokalsport',
            '-Aufmacherfoto: Die Paare durchqueren in der ersten Runde den Wassergraben. Foto: Bote',
            '+Frauentragen in Huckelbrunn: Rekordfeld mit 42 Paaren',
        ],
        [
            '-Von Gerlinde Buckelmeier · Samstag, 6. Juni 2026, 17:42 Uhr',
            '-4 Min.',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            ('+Mehr als 1500 Zuschauer säumten am Samstag die Festwiese, als 42 Paare beim zwölften Huckelbrunner '
             'Frauentragen an den Start gingen, so viele wie nie zuvor.'),
        ],
        [
            ('+Die 253 Meter lange Strecke führte über zwei Strohballenhürden und durch einen knietiefen '
             'Wassergraben, die getragene Person kopfüber auf dem Rücken des Läufers im estnischen Griff.'),
            '-Anzeige',
            '-Gesponsert: Fünf Dehnübungen, die Physiotherapeuten Läufern empfehlen',
            ('+„Es gewinnt nicht der stärkste Ehemann, sondern das beste Team“, sagte Organisatorin Waltraud '
             'Kniebeißer. „Wer getragen wird, muss dem Läufer voll vertrauen.“'),
        ],
        [
            '-Lesen Sie auch: Spendenlauf bringt 4000 Euro für das Dorfgemeinschaftshaus',
            '+So lief der Tag',
            '+10 Uhr: zwölf Vorläufe mit drei oder vier Paaren, die zehn schnellsten kommen weiter',
            '+13 Uhr: das Finale, gewonnen von Jonas und Lea Schulterbrink in 1:09 Minuten',
            '-Video: Das ganze Finale im Video (2:14)',
            '+15 Uhr: Siegerehrung, die Sieger bekommen Leas Gewicht in Bier',
        ],
        [
            '+Die Sieger erzählten, sie hätten seit März jeden Sonntag am Baggersee trainiert.',
            '-Jeden Freitag den Sport-Newsletter des Boten erhalten – jetzt kostenlos anmelden',
            '+Das nächste Rennen ist am 5. Juni, und der Verein will eine Wertung für Paare über sechzig einführen.',
            '-Schlagwörter: Frauentragen, Festwiese, Huckelbrunn',
        ],
        [
            '-14 Kommentare',
            '-Matschmaxe: Bester Nachmittag des Jahres auf der Festwiese, Glückwunsch an alle.',
            '-↳ Uferpeter: Stimmt, aber der Graben war kälter als letztes Jahr!',
            '-OmaGranit: Warum gibt es keine Wertung, bei der die Männer getragen werden?',
            '-↳ Matschmaxe: Abwarten, der Verein liest hier mit.',
        ],
        [
            '-Folgen Sie dem Boten auf Facebook und Instagram',
            '-Meistgelesen: Neuer Parkplatz am Bahnhof · Müllabfuhr ändert sich im Juli',
        ],
        [
            '-© 2026 Huckelbrunner Bote · Über uns · Kontakt · Datenschutz · Cookies',
        ],
    ]),
    _page('de', 'de-blog-laeufer-und-leberhaken-erster-schachbox-kampf', [
        [
            '-Läufer & Leberhaken · Lottas Schachbox-Tagebuch',
            '-Start · Kämpfe · Training · Ausrüstung · Über mich',
        ],
        [
            '-Kategorie: Kämpfe',
            '+Mein erster Schachbox-Kampf: Matt in der siebten Runde',
            '-Veröffentlicht am 14. Juni 2026 von Lotta · 9 Kommentare',
        ],
        [
            '-Lesezeit: 6 Minuten',
            ('-Dieser Beitrag enthält Affiliate-Links; ich bekomme eventuell eine kleine Provision, für euch '
             'ändert sich nichts.'),
            ('+Am Samstag hatte ich endlich meinen ersten Amateurkampf im Schachboxen, bei einem Vereinsabend in '
             'einer Halle über einer Reifenwerkstatt in Köln.'),
            ('+Beim Schachboxen wechseln sich Runden mit vier Minuten Blitzschach und drei Minuten Boxen ab, und '
             'man gewinnt durch K. o., durch Schachmatt oder auf der Uhr.'),
        ],
        [
            '-In diesem Beitrag: 1. Die Kampfwoche 2. Der Kampf 3. Was ich gelernt habe',
            ('+Mein Trainer gab mir in der Ecke nur einen Rat: „Atme, bevor du eine Figur anfasst. Die Handschuhe '
             'kommen runter, das Adrenalin bleibt.“'),
            '-Ich in der roten Ecke vor der ersten Runde (Foto: mein Bruder)',
        ],
        [
            '+Runde für Runde',
            '+Runden 1 bis 3: eine ruhige Italienische Partie auf dem Brett, im Ring habe ich ein paar Jabs kassiert',
            '-Die 12-Unzen-Handschuhe, mit denen ich kämpfe, gibt es bei Amazon (Affiliate-Link)',
            ('+Runden 4 und 5: Auf dem Brett habe ich einen Springer gewonnen, die zweite Boxrunde aber nach '
             'Punkten verloren'),
            ('+Runden 6 und 7: Ich habe die Deckung oben gehalten und 40 Sekunden vor Schluss Matt mit Turm und '
             'Dame gefunden'),
        ],
        [
            '-Werbung',
            '+Meine Hände zitterten noch, als ich ihr die Hand gab, und sie lachte und wollte im Herbst eine Revanche.',
            ('+Als Nächstes: ein Vereinsturnier im September und viel mehr Endspieltraining zwischen den '
             'Seilspring-Einheiten.'),
            '-Danke fürs Lesen, eure Lotta',
        ],
        [
            '-Meine Lieblingseröffnungen drucke ich auf Mauspads – ihr findet sie in meinem Etsy-Shop.',
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
            '-Neue Beiträge per E-Mail bekommen: unten abonnieren',
        ],
        [
            '-9 Antworten',
            '-Jana K.: Das Matt mit Turm und Dame war wunderschön, herzlichen Glückwunsch!',
            '-↳ Lotta: Danke! Ich hätte es fast übersehen, meine Hände haben gezittert.',
            '-Malte S.: Welcher Verein ist das? Ich will Schachboxen schon ewig ausprobieren.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-© 2026 Läufer & Leberhaken · Theme: Kadence · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-spallavalle-corsa-con-la-moglie-in-spalla', [
        [
            '-La Voce di Spallavalle – notizie dalla città e dalla valle',
        ],
        [
            '-Home › Sport › Sport locale',
            "-Foto d'apertura: le coppie attraversano la vasca d'acqua al primo giro. Foto: La Voce",
            '+Corsa con la moglie in spalla: record a Spallavalle con 42 coppie',
        ],
        [
            '-Di Ornella Ghirlandoni · sabato 6 giugno 2026, 17:42',
            '-Lettura: 4 minuti',
            '-Condividi: Facebook · X · WhatsApp · Email',
            ('+Oltre 1.500 spettatori hanno circondato il prato della fiera sabato per la dodicesima corsa con la '
             'moglie in spalla di Spallavalle, con 42 coppie al via, un record.'),
        ],
        [
            ("+Il percorso di 253 metri prevedeva due ostacoli di balle di paglia e una vasca d'acqua alta fino "
             'alle ginocchia, con la persona portata a testa in giù sulla schiena del corridore, alla maniera '
             'estone.'),
            '-Pubblicità',
            '-Contenuto sponsorizzato: cinque esercizi di stretching consigliati dai fisioterapisti',
            ("+«Non vince il marito più forte, vince la squadra migliore», ha detto l'organizzatrice Rosalba "
             'Caricamogli. «Chi viene portato deve fidarsi completamente di chi corre.»'),
        ],
        [
            '-Leggi anche: la corsa delle famiglie raccoglie 4.000 euro per il centro civico',
            "+Com'è andata la giornata",
            '+Ore 10: dodici batterie da tre o quattro coppie, passano le dieci più veloci',
            '+Ore 13: la finale, vinta da Matteo e Giulia Sgobbarini in 1 minuto e 9 secondi',
            '-Video: rivedi la finale completa (2:14)',
            '+Ore 15: premiazione, con i vincitori premiati con il peso di Giulia in birra',
        ],
        [
            ('+I vincitori hanno raccontato di essersi allenati sulla spiaggia con la bassa marea ogni domenica da '
             'marzo.'),
            '-Ricevi ogni venerdì la newsletter sportiva della Voce: iscriviti gratis',
            ('+La prossima corsa si terrà il 5 giugno e il comitato spera di aggiungere una categoria per le '
             'coppie over sessanta.'),
            '-Tag: moglie in spalla, prato della fiera, Spallavalle',
        ],
        [
            '-14 commenti',
            "-FangoFranco: Il pomeriggio più bello dell'anno al prato, bravi tutti.",
            "-↳ Rivierasca_Pia: D'accordo, ma la vasca era più fredda dell'anno scorso!",
            "-NonnaGranito: Perché non c'è una categoria con i mariti portati in spalla?",
            '-↳ FangoFranco: Pazienza, il comitato legge i commenti.',
        ],
        [
            '-Segui La Voce su Facebook e Instagram',
            '-I più letti: nuovo parcheggio vicino alla stazione · Cambia la raccolta rifiuti a luglio',
        ],
        [
            '-© 2026 La Voce di Spallavalle · Chi siamo · Contatti · Privacy · Cookie',
        ],
    ]),
    _page('it', 'it-blog-alfiere-e-montante-primo-incontro-di-chess-boxing', [
        [
            '-Alfiere e Montante · il diario di chess boxing di Bianca',
            '-Home · Incontri · Allenamento · Attrezzatura · Chi sono',
        ],
        [
            '-Categoria: Incontri',
            '+Il mio primo incontro di chess boxing: scacco matto al settimo round',
            '-Pubblicato il 14 giugno 2026 da Bianca · 9 commenti',
        ],
        [
            '-Tempo di lettura: 6 minuti',
            '-Questo post contiene link di affiliazione: potrei ricevere una piccola commissione senza costi per te.',
            ('+Sabato ho finalmente disputato il mio primo incontro amatoriale di chess boxing, a una serata di '
             'club in una palestra sopra un gommista a Torino.'),
            ('+Il chess boxing alterna round di quattro minuti di scacchi blitz e tre minuti di pugilato, e si '
             "vince per KO, per scacco matto o per il tempo sull'orologio."),
        ],
        [
            "-In questo post: 1. La settimana dell'incontro 2. L'incontro 3. Cosa ho imparato",
            ("+All'angolo il mio allenatore mi ha dato un solo consiglio: «Respira prima di toccare un pezzo. I "
             "guantoni si tolgono, l'adrenalina resta.»"),
            "-Io all'angolo rosso prima del primo round (foto: mio fratello)",
        ],
        [
            '+Round per round',
            '+Round da 1 a 3: una tranquilla Partita Italiana sulla scacchiera, e qualche jab incassato sul ring',
            '-I guantoni da 12 once con cui combatto sono su Amazon (link di affiliazione)',
            '+Round 4 e 5: ho vinto un cavallo sulla scacchiera ma perso ai punti il secondo round di pugilato',
            ('+Round 6 e 7: ho tenuto alta la guardia, poi ho trovato il matto con torre e donna a 40 secondi '
             'dalla fine'),
        ],
        [
            '-Post sponsorizzato',
            '+Mi tremavano ancora le mani quando ho stretto la sua, e lei ha riso chiedendomi la rivincita in autunno.',
            ('+Prossima tappa: un torneo di club a settembre, e molti più finali da studiare tra una sessione di '
             "corda e l'altra."),
            '-Grazie per aver letto, Bianca',
        ],
        [
            '-Stampo le mie aperture preferite sui tappetini per mouse: li trovate nel mio negozio Etsy.',
            '-Condividi questo post: Facebook · Pinterest · WhatsApp',
            '-Ricevi i nuovi post via email: iscriviti qui sotto',
        ],
        [
            '-9 risposte',
            '-Chiara M.: Quel matto con torre e donna era bellissimo, complimenti!',
            '-↳ Bianca: Grazie! Per poco non lo vedevo, mi tremavano le mani.',
            '-Luca P.: Che club è? È da anni che voglio provare il chess boxing.',
            '-Lascia un commento',
        ],
        [
            '-© 2026 Alfiere e Montante · Tema: Kadence · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-dzwigalow-bieg-z-zona-na-plecach', [
        [
            '-Kurier Dźwigałowski – wiadomości z miasta i okolic',
        ],
        [
            '-Strona główna › Sport › Sport lokalny',
            '-Zdjęcie otwierające: pary pokonują dół z wodą na pierwszym okrążeniu. Fot. Kurier',
            '+Noszenie żon w Dźwigałowie: rekordowe 42 pary na starcie',
        ],
        [
            '-Halina Ceberkowska · sobota, 6 czerwca 2026, 17:42',
            '-4 min czytania',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            ('+Ponad 1500 widzów otoczyło w sobotę błonia, gdy 42 pary stanęły na starcie dwunastego Biegu z Żoną '
             'na Plecach w Dźwigałowie, najliczniejszego w historii.'),
        ],
        [
            ('+Trasa o długości 253 metrów prowadziła przez dwie przeszkody ze słomianych bel i dół z wodą po '
             'kolana, a noszona osoba wisiała głową w dół na plecach biegacza, w chwycie estońskim.'),
            '-Reklama',
            '-Artykuł sponsorowany: pięć ćwiczeń rozciągających polecanych przez fizjoterapeutów',
            ('+– Nie wygrywa najsilniejszy mąż, tylko najlepsza drużyna – powiedziała organizatorka Danuta '
             'Przytaszek. – Osoba noszona musi całkowicie ufać temu, kto biegnie.'),
        ],
        [
            '-Czytaj także: bieg rodzinny zebrał 4000 zł na świetlicę wiejską',
            '+Jak przebiegał dzień',
            '+Godz. 10: dwanaście biegów eliminacyjnych po trzy lub cztery pary, dalej dziesięć najszybszych',
            '+Godz. 13: finał, który wygrali Kamil i Ewa Nośkiewiczowie z czasem 1 min 9 s',
            '-Wideo: zobacz cały finał (2:14)',
            '+Godz. 15: dekoracja, zwycięzcy dostali tyle piwa, ile waży Ewa',
        ],
        [
            '+Zwycięzcy opowiadali, że od marca co niedzielę trenowali na piasku nad zalewem.',
            '-Zapisz się na piątkowy newsletter sportowy Kuriera – za darmo',
            '+Kolejny bieg odbędzie się 5 czerwca, a komitet chce dodać kategorię dla par po sześćdziesiątce.',
            '-Tagi: noszenie żon, błonia, Dźwigałów',
        ],
        [
            '-14 komentarzy',
            '-BłotnyMarek: Najlepsze popołudnie roku na błoniach, brawo wszyscy.',
            '-↳ ZNadZalewu_Ania: Zgoda, ale dół z wodą był zimniejszy niż w zeszłym roku!',
            '-BabciaGranit: Czemu nie ma kategorii, w której to mężów się nosi?',
            '-↳ BłotnyMarek: Cierpliwości, komitet czyta komentarze.',
        ],
        [
            '-Obserwuj Kurier na Facebooku i Instagramie',
            '-Najczęściej czytane: nowy parking przy dworcu · Od lipca zmiana wywozu śmieci',
        ],
        [
            '-© 2026 Kurier Dźwigałowski · O nas · Kontakt · Prywatność · Cookies',
        ],
    ]),
    _page('pl', 'pl-blog-goniec-i-sierpowy-pierwsza-walka-w-szachoboksie', [
        [
            '-Goniec i Sierpowy · szachoboksowy pamiętnik Zuzy',
            '-Start · Walki · Trening · Sprzęt · O mnie',
        ],
        [
            '-Kategoria: Walki',
            '+Moja pierwsza walka w szachoboksie: mat w siódmej rundzie',
            '-Opublikowano 14 czerwca 2026 przez Zuzę · 9 komentarzy',
        ],
        [
            '-Czas czytania: 6 minut',
            '-Ten wpis zawiera linki afiliacyjne – mogę dostać niewielką prowizję, a ty nic nie dopłacasz.',
            ('+W sobotę stoczyłam wreszcie swoją pierwszą amatorską walkę w szachoboksie, na klubowym wieczorze w '
             'sali nad warsztatem wulkanizacyjnym w Łodzi.'),
            ('+W szachoboksie czterominutowe rundy szachów błyskawicznych przeplatają się z trzyminutowymi rundami '
             'boksu, a wygrywa się przez nokaut, mata albo na czas.'),
        ],
        [
            '-W tym wpisie: 1. Tydzień przed walką 2. Walka 3. Czego się nauczyłam',
            ('+Trener dał mi w narożniku tylko jedną radę: „Oddychaj, zanim dotkniesz figury. Rękawice się '
             'zdejmuje, adrenalina zostaje”.'),
            '-Ja w czerwonym narożniku przed pierwszą rundą (fot. brat)',
        ],
        [
            '+Runda po rundzie',
            '+Rundy 1–3: spokojna partia włoska na szachownicy, a na ringu kilka przyjętych prostych',
            '-Rękawice 12 oz, w których walczę, kupicie na Allegro (link afiliacyjny)',
            '+Rundy 4 i 5: na szachownicy wygrałam skoczka, ale drugą rundę bokserską przegrałam na punkty',
            '+Rundy 6 i 7: trzymałam gardę wysoko, a potem znalazłam mata wieżą i hetmanem 40 sekund przed końcem',
        ],
        [
            '-Wpis sponsorowany',
            '+Ręce jeszcze mi drżały, kiedy podawałam jej dłoń, a ona się roześmiała i poprosiła o rewanż jesienią.',
            '+Następny krok: turniej klubowy we wrześniu i dużo więcej ćwiczenia końcówek między sesjami skakanki.',
            '-Dzięki za przeczytanie, Zuza',
        ],
        [
            '-Swoje ulubione debiuty drukuję na podkładkach pod mysz – znajdziecie je w moim sklepie na Etsy.',
            '-Udostępnij wpis: Facebook · Pinterest · WhatsApp',
            '-Nowe wpisy na e-mail: zapisz się poniżej',
        ],
        [
            '-9 odpowiedzi',
            '-Marta W.: Ten mat wieżą i hetmanem był piękny, gratulacje!',
            '-↳ Zuza: Dziękuję! Prawie go przegapiłam, ręce mi się trzęsły.',
            '-Kuba N.: Co to za klub? Od lat chcę spróbować szachoboksu.',
            '-Dodaj komentarz',
        ],
        [
            '-© 2026 Goniec i Sierpowy · Motyw: Kadence · WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-tashchilovo-beg-s-zhenoi-na-plechakh', [
        [
            '-«Тащиловский вестник» – новости города и района',
        ],
        [
            '-Главная › Спорт › Местный спорт',
            '-Фото на открытии: пары преодолевают водяную яму на первом круге. Фото: «Вестник»',
            '+Бег с женой на плечах: рекордные 42 пары в Тащилово',
        ],
        [
            '-Автор: Зинаида Кряжистова · суббота, 6 июня 2026, 17:42',
            '-4 мин',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
            ('+Больше 1500 зрителей собрались в субботу на ярмарочном лугу, где на старт двенадцатого тащиловского '
             'забега с жёнами вышли 42 пары – больше, чем когда-либо.'),
        ],
        [
            ('+Трасса длиной 253 метра включала два барьера из тюков соломы и яму с водой по колено, а несомую '
             'держали вниз головой на спине бегуна – по-эстонски.'),
            '-Реклама',
            '-Партнёрский материал: пять упражнений на растяжку, которые советуют физиотерапевты',
            ('+«Побеждает не самый сильный муж, а лучшая команда, – сказала организатор Галина Ношенкова. – Та, '
             'кого несут, должна полностью доверять тому, кто бежит».'),
        ],
        [
            '-Читайте также: семейный забег собрал 400 тысяч рублей на дом культуры',
            '+Как прошёл день',
            '+10:00 – двенадцать забегов по три-четыре пары, дальше проходят десять самых быстрых',
            '+13:00 – финал, победили Артём и Дарья Взвалишины с временем 1 мин 9 с',
            '-Видео: финал целиком (2:14)',
            '+15:00 – награждение, победителям вручили столько пива, сколько весит Дарья',
        ],
        [
            '+Победители рассказали, что с марта каждое воскресенье тренировались на песке у водохранилища.',
            '-Подпишитесь на спортивную рассылку «Вестника» – она выходит по пятницам',
            '+Следующий забег пройдёт 5 июня, а оргкомитет хочет добавить категорию для пар старше шестидесяти.',
            '-Теги: бег с жёнами, ярмарочный луг, Тащилово',
        ],
        [
            '-14 комментариев',
            '-ГрязныйВаля: Лучший день года на лугу, молодцы все.',
            '-↳ Прибрежная_Оля: Согласна, но яма была холоднее, чем в прошлом году!',
            '-БабушкаГранит: А почему нет категории, где несут мужей?',
            '-↳ ГрязныйВаля: Терпение, оргкомитет читает комментарии.',
        ],
        [
            '-Подписывайтесь на «Вестник» во ВКонтакте и Telegram',
            '-Самое читаемое: новая парковка у вокзала · С июля меняется вывоз мусора',
        ],
        [
            '-© 2026 «Тащиловский вестник» · О редакции · Контакты · Конфиденциальность · Cookies',
        ],
    ]),
    _page('ru', 'ru-blog-ferz-i-apperkot-pervyi-boi-po-shakhboksu', [
        [
            '-Ферзь и апперкот · дневник шахбокса Веры',
            '-Главная · Бои · Тренировки · Экипировка · Обо мне',
        ],
        [
            '-Рубрика: Бои',
            '+Мой первый бой по шахбоксу: мат в седьмом раунде',
            '-Опубликовано 14 июня 2026 · Вера · 9 комментариев',
        ],
        [
            '-Время чтения: 6 минут',
            '-В посте есть партнёрские ссылки: я могу получить небольшую комиссию, для вас цена не меняется.',
            ('+В субботу я наконец провела свой первый любительский бой по шахбоксу – на клубном вечере в зале над '
             'шиномонтажом в Казани.'),
            ('+В шахбоксе чередуются раунды по четыре минуты блица и по три минуты бокса, а победить можно '
             'нокаутом, матом или по времени.'),
        ],
        [
            '-В этом посте: 1. Неделя перед боем 2. Бой 3. Что я поняла',
            ('+В углу тренер дал мне только один совет: «Дыши, прежде чем тронуть фигуру. Перчатки снимаются, '
             'адреналин остаётся».'),
            '-Я в красном углу перед первым раундом (фото: брат)',
        ],
        [
            '+Раунд за раундом',
            '+Раунды 1–3: спокойная итальянская партия на доске и пара пропущенных джебов на ринге',
            '-Перчатки на 12 унций, в которых я дерусь, есть на Ozon (партнёрская ссылка)',
            '+Раунды 4 и 5: на доске я выиграла коня, но второй раунд бокса проиграла по очкам',
            '+Раунды 6 и 7: я держала руки высоко, а потом нашла мат ладьёй и ферзём за 40 секунд до конца',
        ],
        [
            '-Спонсорский пост',
            '+Руки ещё дрожали, когда я пожимала ей руку, а она засмеялась и попросила реванш осенью.',
            '+Дальше – клубный турнир в сентябре и гораздо больше эндшпилей между тренировками со скакалкой.',
            '-Спасибо, что дочитали, Вера',
        ],
        [
            '-Любимые дебюты печатаю на коврики для мыши – они в моём магазине на Ярмарке Мастеров.',
            '-Поделиться постом: ВКонтакте · Telegram · WhatsApp',
            '-Новые посты на почту: подпишитесь ниже',
        ],
        [
            '-9 ответов',
            '-Ксения Д.: Мат ладьёй и ферзём был прекрасен, поздравляю!',
            '-↳ Вера: Спасибо! Чуть не пропустила его, руки тряслись.',
            '-Глеб С.: Что это за клуб? Давно хочу попробовать шахбокс.',
            '-Оставить комментарий',
        ],
        [
            '-© 2026 Ферзь и апперкот · Тема: Kadence · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Strava activity embed hidden – the athlete shares activities with followers only.':
        ('an English Strava activity embed hidden because the athlete shares with followers only ("Strava activity '
         'embed hidden – the athlete shares activities with followers only.") is left in the body'),
    '[Embedded Typeform survey – tap here if the form does not appear]':
        ('an English bracketed Typeform survey placeholder with a tap-here-if-it-does-not-appear hint ("[Embedded '
         'Typeform survey – tap here if the form does not appear]") is left in the body'),
    'Premiera na YouTube: transmisja rozpocznie się 14 czerwca o 18:00.':
        ('a Polish YouTube premiere placeholder with the date and hour the stream starts ("Premiera na YouTube: '
         'transmisja rozpocznie się 14 czerwca o 18:00.") is left in the body'),
    'Settle in: this recap takes about 9 minutes to get through.':
        ('a blog\'s settle-in line with the minutes the recap takes to get through ("Settle in: this recap takes '
         'about 9 minutes to get through.") is left at the head'),
    'Ellery Thwaitefold reports from the finish line':
        ('an English name-first reports-from-the-finish-line byline ("Ellery Thwaitefold reports from the finish '
         'line") is left at the head'),
    'Need a sparring partner who also plays the Sicilian? Book me through my Linktree.':
        ('an English Linktree plug for booking the author as a sparring partner ("Need a sparring partner who also '
         'plays the Sicilian? Book me through my Linktree.") is left at the foot'),
    'Meine Trainingspläne für Schachboxer gibt es als PDF bei Digistore24.':
        ('a German Digistore24 plug for the author\'s chess-boxing training plans ("Meine Trainingspläne für '
         'Schachboxer gibt es als PDF bei Digistore24.") is left at the foot'),
    'Le mie magliette «Scacco al primo round» sono in vendita su Depop.':
        ('an Italian Depop plug for the author\'s T-shirts ("Le mie magliette «Scacco al primo round» sono in '
         'vendita su Depop.") is left at the foot'),
    'This comment has been edited by its author.':
        ('an English edited-by-its-author note on a comment ("This comment has been edited by its author.") is left '
         'at the foot'),
    'Kommentar melden – ein Moderator prüft Ihre Meldung innerhalb von 24 Stunden.':
        ('a German report-a-comment note with the moderator\'s 24-hour check ("Kommentar melden – ein Moderator '
         'prüft Ihre Meldung innerhalb von 24 Stunden.") is left at the foot'),
    'Puoi modificare il tuo commento entro 10 minuti dalla pubblicazione.':
        ('an Italian you-can-edit-your-comment-within-10-minutes note ("Puoi modificare il tuo commento entro 10 '
         'minuti dalla pubblicazione.") is left at the foot'),
    'Ten podpis jest już zajęty przez zarejestrowanego użytkownika.':
        ('a Polish comment-signature-already-taken-by-a-registered-user note ("Ten podpis jest już zajęty przez '
         'zarejestrowanego użytkownika.") is left at the foot'),
    'Вы не можете голосовать за собственный комментарий.':
        ('a Russian you-cannot-vote-for-your-own-comment note ("Вы не можете голосовать за собственный '
         'комментарий.") is left at the foot'),
    'Nasz reporter podróżował na zaproszenie organizatorów zawodów.':
        ('a Polish our-reporter-travelled-at-the-organisers\'-invitation disclosure ("Nasz reporter podróżował na '
         'zaproszenie organizatorów zawodów.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'fr-portail-portemoulins-course-de-porte-d-epouse':
        ('the French wife-carrying race report keeps the masthead with its tagline ("L\'Écho de Portemoulins – '
         'l\'actualité de votre ville") alone in a block at the very top (1 of 20 noise lines); no article line is '
         'lost'),
    'de-portal-huckelbrunn-frauentragen':
        ('the German wife-carrying race report keeps the masthead with its tagline ("Huckelbrunner Bote – '
         'Nachrichten aus Huckelbrunn und Umgebung") alone in a block at the very top (1 of 20 noise lines); no '
         'article line is lost'),
    'it-portale-spallavalle-corsa-con-la-moglie-in-spalla':
        ('the Italian wife-carrying race report keeps the masthead with its tagline ("La Voce di Spallavalle – '
         'notizie dalla città e dalla valle") alone in a block at the very top (1 of 20 noise lines); no article '
         'line is lost'),
    'pl-portal-dzwigalow-bieg-z-zona-na-plecach':
        ('the Polish wife-carrying race report keeps the masthead with its tagline ("Kurier Dźwigałowski – '
         'wiadomości z miasta i okolic") alone in a block at the very top (1 of 20 noise lines); no article line is '
         'lost'),
    'ru-portal-tashchilovo-beg-s-zhenoi-na-plechakh':
        ('the Russian wife-carrying race report keeps the masthead with its tagline ("«Тащиловский вестник» – '
         'новости города и района") alone in a block at the very top (1 of 20 noise lines); no article line is lost'),
    'ru-blog-ferz-i-apperkot-pervyi-boi-po-shakhboksu':
        ('the Russian chess-boxing bout blog post keeps the sponsored-post label ("Спонсорский пост") above '
         'the two last paragraphs (1 of 20 noise lines); no article line is lost'),
}

test_held_out_232_line, test_held_out_232_line_is_kept, test_held_out_232_page = held_out_tests(
    HELD_OUT_232_LINES, HELD_OUT_232_KEEP, HELD_OUT_232_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
