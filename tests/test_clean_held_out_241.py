"""Held-out set 241: written blind, weighted toward the noise the cleaner exists for, in shapes set 240's docstring does
not name (nor the first paragraphs of sets 237, 238 and 239): scraper, embed and ad markers, all in the body (an English
Flourish visualisation whose interactive content the app does not support "Flourish visualisation: interactive content
is not supported in this app.", an English Threads post gone because the account is now private "This Threads post is
unavailable because the account is now private.", an English Twitch clip its broadcaster deleted "Twitch clip
unavailable: the broadcaster has deleted this clip.", a French Ausha podcast embed no longer online "Le podcast Ausha
intégré ici n'est plus en ligne.", a German Riddle quiz that loads only once the reader allows external content "Das
Riddle-Quiz wird geladen, sobald Sie externe Inhalte erlauben.", an Italian Komoot route that cannot be shown because
JavaScript is switched off "Il percorso su Komoot non può essere visualizzato: JavaScript è disattivato nel browser.", a
Polish Spreaker player that does not support the reader's browser, with an update-it hint "Odtwarzacz Spreakera nie
obsługuje Twojej przeglądarki. Zaktualizuj ją, aby posłuchać.", and a Russian post from a Telegram channel hidden
because the channel went private "Пост из Telegram-канала скрыт: канал стал приватным."); reading-time headers in new
wordings, all at the head (the English minutes-to-read label with a word count "4 minutes to read · 720 words", a blog's
grab-a-coffee long-read line "Grab a coffee, this one's a long read (about 12 minutes).", the French
estimated-reading-time-under (temps de lecture estimé : moins de) label "Temps de lecture estimé : moins de 5 minutes",
the German read-in (in ... gelesen) label "In 4 Minuten gelesen", the Italian estimated-reading-time (tempo stimato di
lettura) label "Tempo stimato di lettura: 4 min", the Polish estimated-reading-time (szacowany czas lektury) label
"Szacowany czas lektury: 4 minuty" and the Russian reading-will-take-about (чтение займёт около) line "Чтение займёт
около 4 минут"); bylines and self-promotion (an English reporting-by and edited-by-the-desk byline "Reporting by Ferris
Cobbleditch · Edited by the sports desk", an English nameless filed-from-the-finish-line byline "Filed from the finish
line by Gazette sports staff", a German a-report-by-our-local-newsroom (ein Bericht unserer Lokalredaktion) byline "Ein
Bericht unserer Lokalredaktion" and a Polish compiled-by (opracowała) byline "Opracowała: Jadwiga Kółkowiec", all at the
head; and an English Linktree plug for the author's shucking classes "Fancy a shucking lesson? I run small classes in my
kitchen – book through my Linktree.", a French Vinted plug for the author's hand-sewn shucker's aprons "Mes tabliers
d'écailleuse cousus main sont sur Vinted, envoi en point relais.", an Italian Satispay donation plug "Sostieni il blog
con una donazione su Satispay: basta un caffè al mese." and a Russian CloudTips donation plug "Поддержать блог можно
через CloudTips — ссылка в описании канала.", all at the foot); blog and site footers, all at the foot (an English Wix
credit with the accessibility-statement and cookie-settings links "Site by Wix · Accessibility statement · Cookie
settings", an English Eleventy, Cloudflare Pages and Codeberg credit "Built with Eleventy · Hosted on Cloudflare Pages ·
Source on Codeberg", an English company-registration line with the registered office "Registered in England and Wales.
Company number 11047392. Registered office: 3 Bell Hill, Trundlecombe.", a French SPIP and OVHcloud credit with the
site-map link "Site réalisé avec SPIP · Hébergement : OVHcloud · Plan du site", a German Jimdo credit with the privacy
and imprint links "Erstellt mit Jimdo · Datenschutzerklärung · Impressum", an Italian court-registration line of the
paper (testata registrata presso il Tribunale) "Testata registrata presso il Tribunale di Rovigo, n. 7 del 12 marzo
1998.", a Polish WebWave credit with the terms and accessibility-declaration links "Strona stworzona w WebWave ·
Regulamin · Deklaracja dostępności" and a Russian media-registration certificate line (свидетельство о регистрации СМИ)
"Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором."); reader-comment furniture, all at the foot
(an English load-more-replies button "Load 23 more replies", an English commenters'-views-are-their-own line with a
flag-it hint "Commenters' views are their own. Flag anything that breaks our house rules.", an English
commenting-as-a-guest note "You're commenting as a guest. Your name will appear next to your comment.", a French
show-the-replies-to-this-comment button "Afficher les 8 réponses à ce commentaire", a German characters-left counter of
a comment form "Noch 1500 Zeichen verfügbar", an Italian like-reply-age row "Mi piace · Rispondi · 2 h", a Polish
have-an-account-log-in prompt "Masz konto? Zaloguj się, a Twój komentarz pojawi się od razu." and a Russian
reply-like-dislike row "Ответить · Нравится 12 · Не нравится 2"); share rows, all at the foot (an English
spread-the-word row with Threads "Spread the word: WhatsApp · Threads · Copy link", a French pass-it-on (faire suivre)
row with Bluesky "Faire suivre : Bluesky · WhatsApp · Copier le lien" and an Italian pass-it-round (fai girare) row with
Threads "Fai girare: WhatsApp · Threads · Copia il link"); and notices (a German editors' note that the start times
changed after the deadline "Hinweis der Redaktion: Die Startzeiten wurden nach Redaktionsschluss geändert." and a Polish
written-in-cooperation-with-the-organiser note "Artykuł powstał we współpracy z organizatorem wyścigu.", both in the
body; and a Russian for-information-only-and-not-advertising disclaimer "Материал носит информационный характер и не
является рекламой.", at the foot); and twenty keep lines, article sentences that look a little like noise ("Commenting
from the butcher's doorway, the mayor timed every barrow with a kitchen clock.", "Sharing one barrow between a father
and his two sons cost the family a place on the podium.", "Commentant la finale, l'écailleur champion a salué la sûreté
du geste de la jeune femme.", "Kommentare der Zuschauer übertönten den Startschuss am Marktplatz.", "Commentando la
gara, il sindaco ha promesso una carriola d'oro per il prossimo anno.", "Komentując wynik, zwyciężczyni podziękowała
bratu, który siedział w taczce.", "Комментируя победу, бригадир признался, что тренировался с мешками картошки.",
"Followed by a brass band, the last barrow rolled into the square well after dark.", "Subscribers to the oyster farm's
winter box helped pay for the new shucking tables.", "Partagées entre les bénévoles, les huîtres restantes ont fini en
gratin le soir même.", "Geteilt haben sich zwei Teams den dritten Platz, beide nach 4:12 Minuten im Ziel.", "Condivise
con il pubblico, le ostriche avanzate sono finite in un grande risotto.", "Copyright for the race's barrow-shaped trophy
was registered by the blacksmith who forged it.", "Advertising boards on the route were draped with hay bales to soften
the corners.", "Reading the cobbles better than anyone, the winner kept her wheel in the gutter groove.", "Abonnés aux
premières places, les frères Roulemoyeu ont fini troisièmes cette année.", "Werbung für das Rennen machten Schüler mit
bemalten Schubkarren vor dem Rathaus.", "Seguita da centinaia di persone, la corsa ha attraversato tutto il centro
storico.", "Udostępniona przez gminę ulica była zamknięta dla aut przez całe popołudnie." and "Поделившись тачкой с
соседом, пенсионер всё равно пришёл к финишу вторым."); and toward whole scraped news and hobby-blog pages in layouts
set 240's docstring does not describe (on the six portal pages, in eight blocks, a bare advertisement label
(Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама), the masthead with its tagline and the section menu in
a block of three at the very top, the label first; the title last in a block of two, under a breadcrumb; the first
paragraph last in a block of four, under the byline with the date and time (one line), a bare reading time and a share
row; the second paragraph and the paragraph with the quote at the second and fourth places of a block of four, with the
lead photo's caption and its credit (one line) opening the block and a read-also link between them; the subheading and
the three rows with a newsletter prompt between the subheading and the first row, inside the list block (a block of
five, the prompt second); the two last paragraphs at the two ends of a block of four, with a sponsored headline and a
tags line between them; a thread of five lines alone in a block (a comment count, a reader's comment, a second reader's
arrowed reply to it, a third reader's comment and the paper's arrowed reply to the third); and at the foot a follow-us
prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page), the publisher's copyright line with its
links in one line and a back-to-top link, in a block of three; on the six blog pages, in nine blocks, the menu and the
blog name with its tagline in a block of two at the very top, the menu first; the title under the posted-on-by line
(with the comment count), in a block of two; the first paragraph in the middle of a block of three, between a bare
reading time and an affiliate-links disclosure; the second paragraph and the paragraph with the quote at the second and
fourth places of a block of four, with a table of contents (its heading and three numbered entries in one line) opening
the block and the opening photo's caption between them; the subheading and the three rows with an action photo's caption
between the first and second rows and an affiliate link to the author's cut-proof glove (on Amazon, on Allegro on the
Polish blog, on Ozon on the Russian blog) between the second and third rows, inside the list block (a block of six, the
caption third and the link fifth); the two last paragraphs at the first and third places of a block of five, with a
you-might-also-like line with two post titles between them and the author's sign-off and a plug for her hand-printed
oyster tea towels (in an Etsy shop, at Yarmarka Masterov on the Russian blog) closing the block; a share row and a
subscribe-by-email prompt alone in a block of two; a thread of five lines alone in a block (a comments heading with its
count, the flatmate's comment, a relative's comment, the author's arrowed reply to the relative and the flatmate's
arrowed answer to the author); and at the foot the author's copyright line with the theme and platform credit in one
line, alone in a block of one), taken from local news of a town's 19th wheelbarrow race through the town (a 29-year-old
nurse pushing her younger brother in a garden wheelbarrow to win in front of more than 3,000 people on the main street,
46 teams of two, one pushing and one riding, on a 1.6-kilometre course from the market square up a church hill to the
war memorial, the organiser's quote, who has started every race since 2007, that the barrow decides, not the legs: keep
it balanced, keep it low and never look back at your passenger, a children's race with toy barrows at 11.00, a
fancy-dress race at 13.00 and the main race at 15.00, 6 minutes 41 seconds, eleven seconds ahead of last year's winners,
two scaffolders who lost a wheel on the cobbles, 4,200 pounds, euros or złoty (42 thousand roubles on the Russian page)
for a hospice, a night race with lanterns on the barrows planned) in six invented towns, and from six hobby blogs of
young women on their first oyster-shucking contest (after two summers of watching, talked into it by a flatmate, at the
Whitstable Oyster Festival, the oyster festival of Cancale, a harbour festival at List on Sylt, a sea festival at
Chioggia and seafood festivals in Gdynia and Vladivostok, twenty shuckers each with thirty oysters, a towel and a knife,
timed and then judged for grit, cuts and broken edges, the head judge's quote at the briefing to let the knife find the
hinge, not to force it and to stop pushing when the shell pops, a knife and glove check at 10.00, heats of five at 11.30
and the final at 15.00, seventh of twenty in 4 minutes 12 seconds with two penalties for grit and a plaster on the
thumb, behind a retired fishmonger who opened all thirty in under three minutes, a shorter knife and a proper apron next
year with the flatmate already signed up).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 240 but what is named here), held-out set 242 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 240 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 237, 238 and 239, printed with one ast script
(/tmp/s241scratch/read_allowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s241scratch/insp.py, with /tmp/wt-s241/src and /tmp/wt-s241/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s241 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 240's as printed, with 240 -> 241; /tmp/s241scratch/gen241.py writes this file
from scratch files (data241.py with the noise and keep lines, pages241.py with the pages as fields and the two layouts
that turn them into blocks, docs241.py with the docstring paragraphs and, after the measurement, tables241.py with the
xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s241, detached at commit c456b63081d1efdc370c9942cf6ddb6f76b27137, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 21:42:55 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 21:42:57 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed c456b63081d1efdc370c9942cf6ddb6f76b27137 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0, both checked with ``git rev-parse
HEAD`` in the worktree); /work/main was not touched afterwards. (2) read_allowed.py first printed to the terminal, which
the tool cut in the middle (it showed set 237's first paragraph and set 238's up to its Russian byline, then from inside
set 240's Judgement calls paragraph on: the rest of that paragraph, its Contents and Baseline paragraphs, its imports
and its tail); the second run went to /tmp/s241scratch/allowed.txt (only the allowed parts), which I paged with ``sed
-n`` on that output file, never on a file of the repository; nothing else of any set file was printed. (3) The default
python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first
run, so nothing was installed. That import (and gen241.py's import of the written file, to compare it with the scratch
data) loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed.
(4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no
embed service used for a held-out marker here is named for a marker in them (Flourish, Threads, Twitch, Ausha, Riddle,
Komoot, Spreaker and a Telegram channel are new; the failures are worded anew: interactive content not supported in an
app, an account gone private, a clip deleted by its broadcaster, a podcast no longer online, a quiz waiting for consent
to external content, JavaScript switched off, a browser not supported, a channel gone private); the reading times avoid
the phrasings named there (the new ones are "minutes to read" with a word count, a grab-a-coffee long read, "Temps de
lecture estimé : moins de", "In ... gelesen", "Tempo stimato di lettura", "Szacowany czas lektury" and "Чтение займёт
около"); the bylines are of new shapes (reporting by with edited by the desk, a nameless filed-from-the-finish-line
line, "Ein Bericht unserer Lokalredaktion", "Opracowała:") and the plugs name platforms not named there (Linktree,
Vinted, Satispay, CloudTips); the footers use builders, hosts and legal lines not named there (Wix, Eleventy with
Cloudflare Pages and Codeberg, a company registration line, SPIP with OVHcloud, Jimdo, an Italian court registration,
WebWave, a Russian media registration certificate); the comment lines (a load-more-replies button, a views-are-their-own
line, a guest note, a show-replies button, a characters-left counter, like-reply and reply-like-dislike rows, a
have-an-account prompt), the share rows (spread the word with Threads; faire suivre with Bluesky; fai girare with
Threads) and the notices (a German editors' note and a Polish cooperation note in the body, a Russian not-advertising
disclaimer at the foot) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the
like) is of the ordinary kinds the brief lists; the layouts differ from those of set 240 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Trundlecombe, Axlebury, Cobbleditch, Kerbshaw, Brouettanges, Moyeutier, Brouettard, Roulemoyeu, Rumpelfingen,
Schubkarrner, Carriolengo, Carriolani, Ruotabella, Taczkowice, Taczkowicka, Taczkówna, Kółkowiec, "Jadwiga Kółkowiec",
Тачкинск, Тачкинский, Тачкорукова, Колесоватов, "Shuck It Sadie", "L'Huître Hardie", Austern-Annika, "Ostrica Ribelle",
"Ostrygowa Ola" and "Устричная Вера". Dropped for hits: Spokesworth (inside a spokesWorthDrawing code name), Quillbarrow
(a password in test data and a list of handles), Tumbrell (inside getUmbrella and other umbrella code names), Hubcastle
(inside hubCastles code names), Wobblegate (a robot class name and lists of invented names), Barrowick (a host name in
security write-ups and lists of invented places), Roulebois (a list of invented names), Carrettieri (a real Italian
word, carters), Taczyńska (a name in an app's data), Тачкина (a real surname), Radnagel (a real German word in game
code) and Rumpelfinger (inside Schrumpelfinger, a real German word), so the German paper is the Heimatbote Rumpelfingen.
"The Trundlecombe Gazette", "Le Réveil de Brouettanges", "Heimatbote Rumpelfingen", "La Voce di Carriolengo", "Gazeta
Taczkowicka" and «Тачкинский курьер» are formed from checked names; the first names of the winners' brothers, of the
bloggers (Sadie, Inès, Annika, Giulia, Ola, Вера) and their flatmates and relatives, and the commenters (first names,
some with an initial) were not checked. Real services, platforms, shops and institutions (Flourish, Threads, Twitch,
Ausha, Riddle, Komoot, Spreaker, Telegram, Linktree, Vinted, Satispay, CloudTips, Wix, Eleventy, Cloudflare Pages,
Codeberg, SPIP, OVHcloud, Jimdo, WebWave, Роскомнадзор, WhatsApp, Bluesky, Facebook, X, Instagram, Pinterest, ВКонтакте,
Одноклассники, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, Twenty Twenty-Four, Astra, Kadence, GeneratePress and
WordPress) and real places (Whitstable, Cancale, List auf Sylt, Chioggia, Gdynia, Владивосток, Rovigo) are named as real
pages do. (6) A script (/tmp/s241scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits
inside an article line, a keep line or another noise line (over the whole set, not only within a page), that no line
repeats, that no line holds an at-sign, a doubled space or stray white space, and that each page has 10 article and 20
noise lines; its only run before the German rename found nothing wrong (I had already avoided a "Kleinanzeigen" menu
item and an "Anzeiger" paper name, which hold the bare label "Anzeige"), and it found nothing after the rename either.
It also printed the counts by category, language and place, which match the Contents paragraph. gen241.py checks that no
line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds its
lists, pages and tables equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell
call at 21:50:09 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and
these notes (7) to (9) (the measured copy is kept as /tmp/s241scratch/pre_measure_copy.py); pytest printed 25 failed, 52
passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s241scratch, importing the
copy in /tmp/wt-s241/tests with /tmp/wt-s241/src on the path) then printed ``_problems`` of each failing case: the
thirteen lines and the twelve pages of the tables; every problem of a line is that it is kept ("kept boilerplate"), and
so is every problem of a page but twenty-three: the English portal page loses (or puts out of order) its third row, the
English blog page its subheading, its first row and its last paragraph, the Polish and Russian portal pages their
subheading, their three rows and their two last paragraphs, the Polish blog page its first paragraph, its third row and
its two last paragraphs and the Russian blog page its third row and its two last paragraphs ("lost or out of order"); no
keep line is lost, and no problem of another kind (no unreported removal, no range or offset problem) was printed. The
cleaned text itself was not printed. (8) The tables were written from that output (/tmp/s241scratch/mktables.py writes
tables241.py from the saved problems.json, which gen241.py puts into this file); mktables.py checks that every problem
is a kept line or a lost article line and matches each printed snippet to exactly one line of its page, which the reason
quotes in full with where it sits and the count the report counts left; the reason of each line quotes it and says where
it was put; the keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the
final file were imported back and found equal to the scratch data, and the final file was checked with the pytest
command in /tmp/wt-s241 (see the Baseline paragraph). (9) Clock: ``date`` printed 21:42:55 at the start, 21:50:09 at the
measurement, 21:50:27 just before the problems were printed and 21:50:32 after; the tables, the Baseline paragraph and
these notes followed, and the commit within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the wheelbarrow race and the oyster-shucking
contest that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the
story, so article ("Commenting from the butcher's doorway", "Commentant la finale", "Kommentare der Zuschauer",
"Commentando la gara", "Komentując wynik" and "Комментируя победу" open like comment furniture but tell what a mayor, a
champion shucker, the crowd, a mayor, the winner and a foreman did or said; "Sharing one barrow", "Partagées entre les
bénévoles", "Geteilt haben sich zwei Teams", "Condivise con il pubblico", "Udostępniona przez gminę" and "Поделившись
тачкой" open like share rows but tell of a barrow shared in a family, oysters shared out, a shared third place, oysters
given to the crowd, a street lent by the council and a barrow shared with a neighbour; "Followed by a brass band" and
"Seguita da centinaia di persone" open like follow prompts but tell of a band and a crowd; "Subscribers to the oyster
farm's winter box" and "Abonnés aux premières places" open like subscribe prompts but tell of customers who paid for
tables and brothers always near the podium; "Copyright for the race's barrow-shaped trophy" opens like a copyright line
but tells who registered the trophy; "Advertising boards on the route" and "Werbung für das Rennen" open like ad labels
but tell of boards padded with hay and pupils who advertised the race; "Reading the cobbles" opens like a reading time
but tells how the winner ran). Borderline categories: the four plugs (Linktree, Vinted, Satispay, CloudTips) are bylines
and self-promotion, at the foot, since they sell the author's classes and aprons or ask for money in the author's voice;
the nameless filed-from-the-finish-line line, the German local-newsroom line and the Polish compiled-by line are
bylines; the Flourish, Threads, Twitch, Ausha, Riddle, Komoot, Spreaker and Telegram lines are markers (what an embed
leaves in the text when it does not show), though some read as sentences; the English company-registration line, the
Italian court-registration line and the Russian media-registration line are footers (legal lines of the site or
publisher, not of the article), and so are the Wix, Eleventy, SPIP, Jimdo and WebWave credits; the load-more button, the
views-are-their-own line, the guest note, the show-replies button, the characters-left counter, the like and reply rows
and the have-an-account prompt are comment furniture, since they sit over, in or under the comments and speak only of
commenting; the German editors' note on the start times and the Polish cooperation note are notices in the body (both
speak of the article they sit in), and the Russian not-advertising disclaimer is a notice at the foot. On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (advertisement labels, mastheads and blog names with taglines,
menus, breadcrumbs, bylines and posted-on lines, reading times, captions and photo credits, share rows, read-also and
you-might-also-like links, sponsored headlines, tags lines, follow prompts, tables of contents, affiliate disclosures
and links, newsletter and subscribe prompts, sign-offs and plugs, comment counts and headings, comments and replies,
copyright lines, back-to-top links) is noise. The list rows (the times of the three races on the portals; the check, the
heats and the final on the blogs) are short but part of each article, so article; the list headings ("How the day ran",
"My contest day" and the like) are the articles' subheadings, so article; the portals' newsletter prompts are noise
though they sit inside the list block, and the blogs' action photo captions and affiliate links are noise though they
sit between the rows; the portals' sponsored headlines and tags lines are noise though they sit between the two last
paragraphs, and so are the blogs' you-might-also-like lines; the arrowed replies, including the paper's and the author's
own, are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Polish one), body 10 (the eight markers and two
notices: German and Polish), tail 24 (four plugs: an English, a French, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-trundlecombe-wheelbarrow-race (the
19th Trundlecombe wheelbarrow race, won by the nurse Bryony Kerbshaw pushing her brother Toby, in The Trundlecombe
Gazette), en-blog-shuck-it-sadie-first-oyster-shucking-contest (Sadie's first oyster-shucking contest at the Whitstable
Oyster Festival, seventh of twenty), fr-portail-brouettanges-course-de-brouettes (the 19th Brouettanges wheelbarrow
race, won by Margaux Roulemoyeu pushing her brother Théo, in Le Réveil de Brouettanges),
fr-blog-huitre-hardie-premier-concours-d-ecaillage (Inès's first oyster-shucking (écaillage) contest at Cancale, seventh
of twenty), de-portal-rumpelfingen-schubkarrenrennen (the 19th Rumpelfingen wheelbarrow race (Schubkarrenrennen), won by
Helga Schubkarrner pushing her brother Timo, in the Heimatbote Rumpelfingen),
de-blog-austern-annika-erster-austernoeffner-wettbewerb (Annika's first oyster-opening contest at List on Sylt, seventh
of twenty), it-portale-carriolengo-corsa-delle-carriole (the 19th Carriolengo wheelbarrow race, won by Ilaria Carriolani
pushing her brother Tommaso, in La Voce di Carriolengo), it-blog-ostrica-ribelle-prima-gara-di-apertura-delle-ostriche
(Giulia's first oyster-opening contest at Chioggia, seventh of twenty), pl-portal-taczkowice-wyscig-taczek (the 19th
Taczkowice wheelbarrow race, won by Bogumiła Taczkówna pushing her brother Tomek, in the Gazeta Taczkowicka),
pl-blog-ostrygowa-ola-pierwszy-konkurs-otwierania-ostryg (Ola's first oyster-opening contest in Gdynia, seventh of
twenty), ru-portal-tachkinsk-gonka-na-tachkakh (the 19th Тачкинск wheelbarrow race, won by Прасковья Тачкорукова pushing
her brother Тимофей, in «Тачкинский курьер»), ru-blog-ustrichnaya-vera-pervyi-konkurs-po-vskrytiyu-ustrits (Вера's first
oyster-opening contest in Vladivostok, seventh of twenty), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit c456b63081d1efdc370c9942cf6ddb6f76b27137, measured with ``cd /tmp/wt-s241 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s241/src python -m pytest -q tests/test_clean_held_out_241.py -rA -p
no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s241 && PYTHONPATH=/tmp/wt-s241/src python
scripts/clean_held_out_report.py --sets 241``, with the xfail tables empty, at 21:50:09 UTC by ``date``): noise lines
removed 32/45 (marker 4/8, reading-time 6/7, byline 5/8, footer 8/8, comments 4/8, share 3/3, notice 2/3; the 13 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Flourish, the French
Ausha, the German Riddle and the Russian Telegram-channel lines) and the German editors' note on the start times, in the
body; the English blog's grab-a-coffee reading time and two bylines (the English filed-from-the-finish-line and the
German local-newsroom line), at the head; and at the foot the English Linktree plug and four comment lines (the English
views-are-their-own line and guest note, the German characters-left counter and the Polish have-an-account prompt);
every footer and share row, the other reading times, bylines, plugs, markers, comment lines and the Polish and Russian
notices went); keep lines kept 20/20; pages 0/12 clean, 29 of 240 page noise lines left and 23 of 120 article lines
lost. Left: on the English, French, German and Italian blogs the table of contents above the second paragraph, the
opening photo's caption under it, the action photo's caption between the first and second rows and the affiliate link to
the glove between the second and third rows (4 each), on the Polish and Russian blogs the same but the affiliate link (3
each); on the English, French, Italian, Polish and Russian portals the lead photo's caption with its credit (1 each), on
the English portal also the sponsored headline between the two last paragraphs (2 there); on the German portal the
newsletter prompt inside the list block (1). Lost (or out of order): on the English portal the third row (1); on the
English blog the subheading, the first row and the last paragraph (3); on the Polish and Russian portals the subheading,
the three rows and the two last paragraphs, every article line after the paragraph with the quote (6 each); on the
Polish blog the first paragraph, the third row and the two last paragraphs (4); on the Russian blog the third row and
the two last paragraphs (3); no other page and no keep line loses an article line. The failing cases are strict xfails;
with them the pytest command on the final file in /tmp/wt-s241 gave 52 passed, 25 xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; the writers of sets 241 and 242 worked beside round 144 from c456b63, main
with sets 239/240 and the same cleaner; round 144 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 240 241 242`` and the
set's pytest file): noise lines removed 32/45 (unchanged), keep lines kept 20/20, pages 0/12 clean, 23 of 240 page noise
lines left (was 29), 23 of 120 article lines lost (unchanged). The six blogs' numbered tables of contents ("Contents: 1.
Practising in the kitchen 2. Contest day 3. Next year" and its five twins) now go (round 144's numbered tables of
contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every other xfail still fails
as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 32/45 (unchanged), keep lines kept
20/20, pages 1/12 clean (was 0), 22 of 240 page noise lines left (was 23), 4 of 120 article lines lost (was 23). The
Polish and Russian portals' subheadings, timetable rows ("Wyścig przebierańców o 13:00", ...) and last paragraphs are
kept again, and the English portal's and Russian blog's lost lines too; the English blog still loses three lines and the
Polish blog one; the French portal comes clean (its xfail was removed); the Russian portal's sponsored headline, which
went with its lost tail, is now kept. The pages' reasons were reworded to what they still keep or lose. Every other
xfail still fails as its reason says.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_241_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish visualisation: interactive content is not supported in this app.', 'marker'),
    ('body', 'This Threads post is unavailable because the account is now private.', 'marker'),
    ('body', 'Twitch clip unavailable: the broadcaster has deleted this clip.', 'marker'),
    ('body', "Le podcast Ausha intégré ici n'est plus en ligne.", 'marker'),
    ('body', 'Das Riddle-Quiz wird geladen, sobald Sie externe Inhalte erlauben.', 'marker'),
    ('body', 'Il percorso su Komoot non può essere visualizzato: JavaScript è disattivato nel browser.', 'marker'),
    ('body', 'Odtwarzacz Spreakera nie obsługuje Twojej przeglądarki. Zaktualizuj ją, aby posłuchać.', 'marker'),
    ('body', 'Пост из Telegram-канала скрыт: канал стал приватным.', 'marker'),
    ('head', '4 minutes to read · 720 words', 'reading-time'),
    ('head', "Grab a coffee, this one's a long read (about 12 minutes).", 'reading-time'),
    ('head', 'Temps de lecture estimé : moins de 5 minutes', 'reading-time'),
    ('head', 'In 4 Minuten gelesen', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 min', 'reading-time'),
    ('head', 'Szacowany czas lektury: 4 minuty', 'reading-time'),
    ('head', 'Чтение займёт около 4 минут', 'reading-time'),
    ('head', 'Reporting by Ferris Cobbleditch · Edited by the sports desk', 'byline'),
    ('head', 'Filed from the finish line by Gazette sports staff', 'byline'),
    ('head', 'Ein Bericht unserer Lokalredaktion', 'byline'),
    ('head', 'Opracowała: Jadwiga Kółkowiec', 'byline'),
    ('tail', 'Fancy a shucking lesson? I run small classes in my kitchen – book through my Linktree.', 'byline'),
    ('tail', "Mes tabliers d'écailleuse cousus main sont sur Vinted, envoi en point relais.", 'byline'),
    ('tail', 'Sostieni il blog con una donazione su Satispay: basta un caffè al mese.', 'byline'),
    ('tail', 'Поддержать блог можно через CloudTips — ссылка в описании канала.', 'byline'),
    ('tail', 'Site by Wix · Accessibility statement · Cookie settings', 'footer'),
    ('tail', 'Built with Eleventy · Hosted on Cloudflare Pages · Source on Codeberg', 'footer'),
    (
        'tail',
        'Registered in England and Wales. Company number 11047392. Registered office: 3 Bell Hill, Trundlecombe.',
        'footer',
    ),
    ('tail', 'Site réalisé avec SPIP · Hébergement : OVHcloud · Plan du site', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Datenschutzerklärung · Impressum', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Rovigo, n. 7 del 12 marzo 1998.', 'footer'),
    ('tail', 'Strona stworzona w WebWave · Regulamin · Deklaracja dostępności', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором.', 'footer'),
    ('tail', 'Load 23 more replies', 'comments'),
    ('tail', "Commenters' views are their own. Flag anything that breaks our house rules.", 'comments'),
    ('tail', "You're commenting as a guest. Your name will appear next to your comment.", 'comments'),
    ('tail', 'Afficher les 8 réponses à ce commentaire', 'comments'),
    ('tail', 'Noch 1500 Zeichen verfügbar', 'comments'),
    ('tail', 'Mi piace · Rispondi · 2 h', 'comments'),
    ('tail', 'Masz konto? Zaloguj się, a Twój komentarz pojawi się od razu.', 'comments'),
    ('tail', 'Ответить · Нравится 12 · Не нравится 2', 'comments'),
    ('tail', 'Spread the word: WhatsApp · Threads · Copy link', 'share'),
    ('tail', 'Faire suivre : Bluesky · WhatsApp · Copier le lien', 'share'),
    ('tail', 'Fai girare: WhatsApp · Threads · Copia il link', 'share'),
    ('body', 'Hinweis der Redaktion: Die Startzeiten wurden nach Redaktionsschluss geändert.', 'notice'),
    ('body', 'Artykuł powstał we współpracy z organizatorem wyścigu.', 'notice'),
    ('tail', 'Материал носит информационный характер и не является рекламой.', 'notice'),
]
HELD_OUT_241_KEEP: list[tuple[str, str]] = [
    ('head', "Commenting from the butcher's doorway, the mayor timed every barrow with a kitchen clock."),
    ('head', 'Sharing one barrow between a father and his two sons cost the family a place on the podium.'),
    ('head', "Commentant la finale, l'écailleur champion a salué la sûreté du geste de la jeune femme."),
    ('head', 'Kommentare der Zuschauer übertönten den Startschuss am Marktplatz.'),
    ('head', "Commentando la gara, il sindaco ha promesso una carriola d'oro per il prossimo anno."),
    ('head', 'Komentując wynik, zwyciężczyni podziękowała bratu, który siedział w taczce.'),
    ('head', 'Комментируя победу, бригадир признался, что тренировался с мешками картошки.'),
    ('body', 'Followed by a brass band, the last barrow rolled into the square well after dark.'),
    ('body', "Subscribers to the oyster farm's winter box helped pay for the new shucking tables."),
    ('body', 'Partagées entre les bénévoles, les huîtres restantes ont fini en gratin le soir même.'),
    ('body', 'Geteilt haben sich zwei Teams den dritten Platz, beide nach 4:12 Minuten im Ziel.'),
    ('body', 'Condivise con il pubblico, le ostriche avanzate sono finite in un grande risotto.'),
    ('tail', "Copyright for the race's barrow-shaped trophy was registered by the blacksmith who forged it."),
    ('tail', 'Advertising boards on the route were draped with hay bales to soften the corners.'),
    ('tail', 'Reading the cobbles better than anyone, the winner kept her wheel in the gutter groove.'),
    ('tail', 'Abonnés aux premières places, les frères Roulemoyeu ont fini troisièmes cette année.'),
    ('tail', 'Werbung für das Rennen machten Schüler mit bemalten Schubkarren vor dem Rathaus.'),
    ('tail', 'Seguita da centinaia di persone, la corsa ha attraversato tutto il centro storico.'),
    ('tail', 'Udostępniona przez gminę ulica była zamknięta dla aut przez całe popołudnie.'),
    ('tail', 'Поделившись тачкой с соседом, пенсионер всё равно пришёл к финишу вторым.'),
]
HELD_OUT_241_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-trundlecombe-wheelbarrow-race', [
        [
            '-Advertisement',
            '-The Trundlecombe Gazette – Your town, your news, since 1887',
            "-Home | News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            '-Home › News › Trundlecombe › Community',
            "+Nurse pushes her brother to victory in Trundlecombe's 19th wheelbarrow race",
        ],
        [
            '-By Ferris Cobbleditch | Sunday 14 June 2026, 5:12pm',
            '-3 min read',
            '-Share this story: Facebook · X · WhatsApp · Email',
            ("+A 29-year-old nurse pushing her younger brother in a garden wheelbarrow won Trundlecombe's 19th "
             'wheelbarrow race on Saturday, cheered on by more than 3,000 people lining the High Street.'),
        ],
        [
            '-Bryony Kerbshaw and her brother round the Corn Exchange corner (Photo: Gazette reader)',
            ('+Forty-six teams of two, one pushing and one riding, set off from the Market Cross on a 1.6-kilometre '
             'course that climbs Bell Hill and finishes beside the war memorial.'),
            '-Read also: Bell Hill to close for resurfacing in August',
            ('+"The barrow decides, not the legs," said the organiser Clement Axlebury, who has started every race '
             'since 2007. "Keep it balanced, keep it low, and never look back at your passenger."'),
        ],
        [
            '+How the day ran',
            "-Sign up to our free Trundlecombe Today newsletter for the day's top stories",
            "+Children's race with toy barrows at 11.00",
            '+Fancy-dress race at 13.00',
            '+Main race at 15.00',
        ],
        [
            ('+Bryony Kerbshaw and her brother Toby finished in 6 minutes 41 seconds, eleven seconds ahead of last '
             "year's winners, two scaffolders who lost a wheel on the cobbles of Bell Hill."),
            '-Sponsored: Five garden jobs to do before midsummer',
            '-Tags: Trundlecombe, wheelbarrow race, charity, High Street',
            ('+The race raised £4,200 for the Trundlecombe hospice, and the committee hopes to add a night race with '
             'lanterns on the barrows next year.'),
        ],
        [
            '-7 comments',
            "-Gordon P.: Brilliant afternoon, the scaffolders' wheel bouncing down Bell Hill had us in stitches.",
            '-↳ Linda W.: It rolled right past our front door, the kids chased it to the bottom.',
            "-Sue L.: Can the fancy-dress race start earlier next year? Too hot for the little ones at one o'clock.",
            "-↳ Trundlecombe Gazette: Thanks Sue, we've passed your question on to the race committee.",
        ],
        [
            '-Follow the Gazette on Facebook and Instagram',
            '-© 2026 Trundlecombe Gazette · Contact us · Privacy · Terms and conditions',
            '-Back to top ↑',
        ],
    ]),
    _page('en', 'en-blog-shuck-it-sadie-first-oyster-shucking-contest', [
        [
            '-Home · About · Recipes · Shucking diary · Contact',
            '-Shuck It Sadie – one girl, one knife, a lot of oysters',
        ],
        [
            '-Posted on 16 June 2026 by Sadie · 4 comments',
            '+My first oyster-shucking contest at the Whitstable Oyster Festival',
        ],
        [
            '-5 min read',
            ('+After two summers of watching from the harbour wall, I finally entered the amateur shucking contest '
             'at the Whitstable Oyster Festival, talked into it by my flatmate Priya.'),
            '-This post contains affiliate links: if you buy through them, I earn a small commission.',
        ],
        [
            '-Contents: 1. Practising in the kitchen 2. Contest day 3. Next year',
            ('+Twenty of us stood at trestle tables on the beach, each with thirty rock oysters, a towel and a '
             'knife, and the judges timed us and then checked every shell for grit, cuts and broken edges.'),
            '-My station before the start, thirty oysters and a very clean towel',
            ('+At the briefing the head judge told us: "Let the knife find the hinge, don\'t force it, and when the '
             'shell pops, stop pushing."'),
        ],
        [
            '+My contest day',
            '+Knife and glove check at 10.00',
            '-Priya filming me with my tongue out in concentration',
            '+Heats of five at 11.30',
            '-The cut-proof glove I wore is on Amazon – link here',
            '+Final at 15.00',
        ],
        [
            ('+I finished seventh of twenty in 4 minutes 12 seconds, with two penalties for grit and a plaster on my '
             'thumb, behind a retired fishmonger who did all thirty in under three minutes.'),
            '-You might also like: How I learned to open a coconut · My first crab-catching weekend',
            '+Next summer I want a shorter knife and a proper apron, and Priya has already signed us both up.',
            '-Thanks for reading, Sadie x',
            '-My hand-printed oyster tea towels are in my Etsy shop',
        ],
        [
            '-Share this: Facebook · Pinterest · WhatsApp',
            '-Enter your email address to follow this blog and receive notifications of new posts.',
        ],
        [
            '-4 comments on this post',
            "-Priya: You were amazing, and I'm still finding oyster grit in my camera bag.",
            '-Auntie Jo: So proud of you, love. Save me a dozen next year!',
            '-↳ Sadie: Thanks Jo! A dozen is yours if you bring the lemons.',
            "-↳ Priya: Don't promise her anything, she eats them faster than you shuck.",
        ],
        [
            '-© 2026 Shuck It Sadie · Theme: Twenty Twenty-Four · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-brouettanges-course-de-brouettes', [
        [
            '-Publicité',
            "-Le Réveil de Brouettanges – L'actualité du canton depuis 1924",
            '-Accueil | Actualités | Sports | Loisirs | Agenda | Petites annonces',
        ],
        [
            '-Accueil › Actualités › Brouettanges › Vie locale',
            "+Une infirmière pousse son frère jusqu'à la victoire de la 19e course de brouettes de Brouettanges",
        ],
        [
            '-Par Odile Brouettard | Publié le 14 juin 2026 à 17 h 12',
            '-Lecture 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            ('+Une infirmière de 29 ans poussant son petit frère dans une brouette de jardin a remporté samedi la '
             '19e course de brouettes de Brouettanges, devant plus de 3 000 spectateurs massés dans la Grand-Rue.'),
        ],
        [
            '-Margaux Roulemoyeu et son frère dans le virage de la halle (photo : lecteur du Réveil)',
            ("+Quarante-six équipes de deux, l'un qui pousse et l'autre assis dans la brouette, se sont élancées de "
             "la place du Marché pour un parcours de 1,6 kilomètre qui grimpe la côte de l'Église et finit devant le "
             'monument aux morts.'),
            "-À lire aussi : la côte de l'Église fermée pour travaux en août",
            ("+« C'est la brouette qui décide, pas les jambes », a expliqué l'organisateur Gérard Moyeutier, qui "
             'donne le départ de chaque course depuis 2007. « Gardez-la équilibrée, gardez-la basse, et ne regardez '
             'jamais votre passager. »'),
        ],
        [
            '+Le déroulé de la journée',
            "-Inscrivez-vous à notre newsletter gratuite pour recevoir l'essentiel de Brouettanges chaque matin",
            '+Course des enfants avec des brouettes jouets à 11 h',
            '+Course déguisée à 13 h',
            '+Grande course à 15 h',
        ],
        [
            ('+Margaux Roulemoyeu et son frère Théo ont bouclé le parcours en 6 minutes 41 secondes, onze secondes '
             "devant les vainqueurs de l'an dernier, deux échafaudeurs qui ont perdu une roue sur les pavés de la "
             'côte.'),
            "-Contenu sponsorisé : cinq travaux de jardin à faire avant l'été",
            '-Mots-clés : Brouettanges, course de brouettes, solidarité, Grand-Rue',
            ("+La course a rapporté 4 200 euros à l'association de soins palliatifs, et le comité espère ajouter "
             "l'an prochain une course nocturne avec des lampions sur les brouettes."),
        ],
        [
            '-7 commentaires',
            '-Gilles B. : Meilleure édition, la roue des échafaudeurs qui dévale la côte valait le déplacement.',
            "-↳ Nadine R. : Elle est passée devant chez nous, les enfants l'ont poursuivie jusqu'en bas.",
            "-Sylvie L. : Peut-on avancer la course déguisée l'an prochain ? Trop chaud pour les petits à 13 h.",
            '-↳ Le Réveil de Brouettanges : Merci Sylvie, nous avons transmis votre question au comité.',
        ],
        [
            '-Suivez Le Réveil sur Facebook et Instagram',
            '-© 2026 Le Réveil de Brouettanges · Nous contacter · Confidentialité · CGU',
            '-Retour en haut ↑',
        ],
    ]),
    _page('fr', 'fr-blog-huitre-hardie-premier-concours-d-ecaillage', [
        [
            "-Accueil · À propos · Recettes · Carnet d'écaillage · Contact",
            "-L'Huître Hardie – une fille, un couteau et beaucoup d'huîtres",
        ],
        [
            '-Publié le 16 juin 2026 par Inès · 4 commentaires',
            "+Mon premier concours d'écaillage d'huîtres à Cancale",
        ],
        [
            '-Temps de lecture : 5 min',
            ("+Après deux étés à regarder depuis la digue, je me suis enfin inscrite au concours amateur d'écaillage "
             "de la fête de l'huître de Cancale, poussée par ma colocataire Chloé."),
            ('-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite '
             'commission.'),
        ],
        [
            "-Sommaire : 1. L'entraînement dans la cuisine 2. Le jour du concours 3. L'an prochain",
            ('+Nous étions vingt debout devant des tréteaux sur le port, chacun avec trente huîtres creuses, un '
             'torchon et un couteau, et le jury nous a chronométrés avant de vérifier chaque coquille : sable, '
             'entailles, bords cassés.'),
            '-Mon poste avant le départ, trente huîtres et un torchon tout propre',
            ('+Au briefing, la présidente du jury nous a dit : « Laissez le couteau trouver la charnière, ne forcez '
             'pas, et quand la coquille cède, arrêtez de pousser. »'),
        ],
        [
            '+Ma journée de concours',
            '+Contrôle des couteaux et des gants à 10 h',
            '-Chloé me filme, la langue tirée de concentration',
            '+Séries de cinq à 11 h 30',
            '-Le gant anti-coupure que je portais est sur Amazon – le lien ici',
            '+Finale à 15 h',
        ],
        [
            ("+J'ai fini septième sur vingt en 4 minutes 12 secondes, avec deux pénalités pour du sable et un "
             'pansement au pouce, derrière une poissonnière retraitée qui a ouvert les trente en moins de trois '
             'minutes.'),
            ("-Vous aimerez aussi : Comment j'ai appris à ouvrir une noix de coco · Mon premier week-end de pêche à "
             'pied'),
            ("+L'été prochain, je veux un couteau plus court et un vrai tablier, et Chloé nous a déjà inscrites "
             'toutes les deux.'),
            "-Merci de m'avoir lue, bises, Inès",
            '-Mes torchons imprimés huîtres sont dans ma boutique Etsy',
        ],
        [
            '-Partager : Facebook · Pinterest · WhatsApp',
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail',
        ],
        [
            '-4 commentaires sur cet article',
            '-Chloé : Tu as été géniale, et je retrouve encore du sable dans mon sac photo.',
            "-Tata Martine : Tellement fière de toi, ma chérie. Garde-moi une douzaine l'an prochain !",
            '-↳ Inès : Merci Tata ! Une douzaine pour toi si tu apportes les citrons.',
            '-↳ Chloé : Ne lui promets rien, elle les gobe plus vite que tu ne les ouvres.',
        ],
        [
            "-© 2026 L'Huître Hardie · Thème : Astra · Propulsé par WordPress",
        ],
    ]),
    _page('de', 'de-portal-rumpelfingen-schubkarrenrennen', [
        [
            '-Anzeige',
            '-Heimatbote Rumpelfingen – Ihre Zeitung seit 1911',
            '-Startseite | Lokales | Sport | Kultur | Termine | Service',
        ],
        [
            '-Startseite › Lokales › Rumpelfingen › Vereine',
            '+Krankenpflegerin schiebt ihren Bruder zum Sieg beim 19. Schubkarrenrennen in Rumpelfingen',
        ],
        [
            '-Text: Lokalredaktion | 14.06.2026, 17:12 Uhr',
            '-Lesezeit 3 Min.',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            ('+Eine 29-jährige Krankenpflegerin hat am Samstag mit ihrem jüngeren Bruder in einer Gartenschubkarre '
             'das 19. Schubkarrenrennen von Rumpelfingen gewonnen, angefeuert von mehr als 3000 Menschen in der '
             'Hauptstraße.'),
        ],
        [
            '-Helga Schubkarrner und ihr Bruder in der Kurve am Rathaus (Foto: Leserfoto)',
            ('+46 Zweierteams, einer schiebt und einer sitzt, starteten am Marktbrunnen auf eine 1,6 Kilometer lange '
             'Strecke, die den Kirchberg hinaufführt und am Kriegerdenkmal endet.'),
            '-Lesen Sie auch: Kirchberg ab August wegen Bauarbeiten gesperrt',
            ('+„Die Karre entscheidet, nicht die Beine“, sagte der Vorsitzende des Heimatvereins, der seit 2007 '
             'jedes Rennen startet. „Haltet sie im Gleichgewicht, haltet sie tief und schaut nie nach hinten zum '
             'Beifahrer.“'),
        ],
        [
            '+So lief der Tag',
            ('-Melden Sie sich für unseren kostenlosen Newsletter an und erhalten Sie jeden Morgen die Nachrichten '
             'aus Rumpelfingen'),
            '+Kinderrennen mit Spielzeugkarren um 11 Uhr',
            '+Kostümrennen um 13 Uhr',
            '+Hauptrennen um 15 Uhr',
        ],
        [
            ('+Helga Schubkarrner und ihr Bruder Timo brauchten 6 Minuten und 41 Sekunden, elf Sekunden weniger als '
             'die Vorjahressieger, zwei Gerüstbauer, die auf dem Kopfsteinpflaster des Kirchbergs ein Rad verloren.'),
            '-Gesponsert: Fünf Gartenarbeiten, die vor dem Sommer erledigt sein sollten',
            '-Schlagworte: Rumpelfingen, Schubkarrenrennen, Spenden, Hauptstraße',
            ('+Das Rennen brachte 4200 Euro für den Hospizverein, und im nächsten Jahr soll es ein Nachtrennen mit '
             'Laternen auf den Karren geben.'),
        ],
        [
            '-7 Kommentare',
            ('-Gerd K.: Bestes Rennen bisher, das Rad der Gerüstbauer, das den Kirchberg runterhüpfte, war den '
             'Ausflug wert.'),
            '-↳ Renate S.: Es ist direkt an unserer Haustür vorbeigerollt, die Kinder sind hinterhergerannt.',
            ('-Susanne M.: Kann das Kostümrennen nächstes Jahr früher starten? Um 13 Uhr war es für die Kleinen zu '
             'heiß.'),
            '-↳ Heimatbote Rumpelfingen: Danke, Susanne, wir haben Ihre Frage an den Heimatverein weitergegeben.',
        ],
        [
            '-Folgen Sie dem Heimatboten auf Facebook und Instagram',
            '-© 2026 Heimatbote Rumpelfingen · Impressum · Datenschutz · AGB',
            '-Nach oben ↑',
        ],
    ]),
    _page('de', 'de-blog-austern-annika-erster-austernoeffner-wettbewerb', [
        [
            '-Start · Über mich · Rezepte · Austern-Tagebuch · Kontakt',
            '-Austern-Annika – ein Mädchen, ein Messer, viele Austern',
        ],
        [
            '-Veröffentlicht am 16. Juni 2026 von Annika · 4 Kommentare',
            '+Mein erster Austernöffner-Wettbewerb in List auf Sylt',
        ],
        [
            '-Lesezeit: 5 Minuten',
            ('+Nach zwei Sommern als Zuschauerin an der Hafenmole habe ich mich endlich beim Amateur-Wettbewerb im '
             'Austernöffnen beim Hafenfest in List angemeldet, überredet von meiner Mitbewohnerin Jana.'),
            '-Dieser Beitrag enthält Affiliate-Links: Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
        ],
        [
            '-Inhalt: 1. Üben in der Küche 2. Der Wettbewerbstag 3. Nächstes Jahr',
            ('+Wir standen zu zwanzigst an Biertischen am Hafen, jede und jeder mit dreißig Sylter Austern, einem '
             'Handtuch und einem Messer, und die Jury stoppte die Zeit und prüfte danach jede Schale auf Sand, '
             'Schnitte und Bruchkanten.'),
            '-Mein Platz vor dem Start, dreißig Austern und ein blitzsauberes Handtuch',
            ('+Beim Briefing sagte uns die Oberschiedsrichterin: „Lasst das Messer das Scharnier finden, nicht '
             'drücken, und wenn die Schale aufspringt, hört auf zu schieben.“'),
        ],
        [
            '+Mein Wettbewerbstag',
            '+Messer- und Handschuhkontrolle um 10 Uhr',
            '-Jana filmt mich, wie ich vor Konzentration die Zunge rausstrecke',
            '+Vorläufe zu fünft um 11:30 Uhr',
            '-Den schnittfesten Handschuh, den ich getragen habe, gibt es bei Amazon – hier der Link',
            '+Finale um 15 Uhr',
        ],
        [
            ('+Ich wurde Siebte von zwanzig in 4 Minuten und 12 Sekunden, mit zwei Strafpunkten für Sand und einem '
             'Pflaster am Daumen, hinter einer pensionierten Fischhändlerin, die alle dreißig in unter drei Minuten '
             'schaffte.'),
            ('-Das könnte dich auch interessieren: Wie ich lernte, eine Kokosnuss zu öffnen · Mein erstes '
             'Krabbenpul-Wochenende'),
            ('+Nächsten Sommer will ich ein kürzeres Messer und eine richtige Schürze, und Jana hat uns schon beide '
             'angemeldet.'),
            '-Danke fürs Lesen, eure Annika',
            '-Meine handbedruckten Austern-Geschirrtücher gibt es in meinem Etsy-Shop',
        ],
        [
            '-Teilen: Facebook · Pinterest · WhatsApp',
            '-Abonniere den Blog und erhalte neue Beiträge per E-Mail',
        ],
        [
            '-4 Kommentare zu diesem Beitrag',
            '-Jana: Du warst großartig, und ich finde immer noch Sand in meiner Kameratasche.',
            '-Tante Heike: So stolz auf dich, Liebes. Heb mir nächstes Jahr ein Dutzend auf!',
            '-↳ Annika: Danke, Tante Heike! Ein Dutzend gehört dir, wenn du die Zitronen mitbringst.',
            '-↳ Jana: Versprich ihr nichts, sie schlürft sie schneller, als du sie öffnest.',
        ],
        [
            '-© 2026 Austern-Annika · Theme: Kadence · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-carriolengo-corsa-delle-carriole', [
        [
            '-Pubblicità',
            '-La Voce di Carriolengo – Il giornale della valle dal 1952',
            '-Home | Cronaca | Sport | Cultura | Eventi | Necrologie',
        ],
        [
            '-Home › Cronaca › Carriolengo › Comunità',
            '+Infermiera spinge il fratello alla vittoria nella 19ª corsa delle carriole di Carriolengo',
        ],
        [
            '-di Redazione | 14 giugno 2026, ore 17:12',
            '-Tempo di lettura: 3 minuti',
            '-Condividi: Facebook · X · WhatsApp · Email',
            ("+Un'infermiera di 29 anni che spingeva il fratello minore in una carriola da giardino ha vinto sabato "
             'la 19ª corsa delle carriole di Carriolengo, davanti a più di 3.000 persone lungo il corso principale.'),
        ],
        [
            '-Ilaria Carriolani e il fratello alla curva del municipio (foto di un lettore)',
            ('+Quarantasei squadre di due, uno che spinge e uno seduto nella carriola, sono partite da piazza del '
             'Mercato per un percorso di 1,6 chilometri che sale la salita della Chiesa e finisce davanti al '
             'monumento ai caduti.'),
            '-Leggi anche: la salita della Chiesa chiusa per lavori ad agosto',
            ("+«Decide la carriola, non le gambe», ha detto l'organizzatrice Pierina Ruotabella, che dà il via a "
             'ogni corsa dal 2007. «Tenetela in equilibrio, tenetela bassa e non guardate mai indietro il '
             'passeggero.»'),
        ],
        [
            "+Com'è andata la giornata",
            '-Iscriviti alla nostra newsletter gratuita per ricevere ogni mattina le notizie di Carriolengo',
            '+Corsa dei bambini con carriole giocattolo alle 11',
            '+Corsa in maschera alle 13',
            '+Gara principale alle 15',
        ],
        [
            ('+Ilaria Carriolani e il fratello Tommaso hanno chiuso in 6 minuti e 41 secondi, undici secondi davanti '
             "ai vincitori dell'anno scorso, due ponteggiatori che hanno perso una ruota sul selciato della salita."),
            "-Contenuto sponsorizzato: cinque lavori in giardino da fare prima dell'estate",
            '-Tag: Carriolengo, corsa delle carriole, beneficenza, corso principale',
            ("+La corsa ha raccolto 4.200 euro per l'hospice della valle, e il comitato spera di aggiungere il "
             'prossimo anno una corsa notturna con le lanterne sulle carriole.'),
        ],
        [
            '-7 commenti',
            ('-Franco B.: Edizione migliore di sempre, la ruota dei ponteggiatori che rotolava giù valeva da sola la '
             'giornata.'),
            "-↳ Lucia R.: È passata davanti a casa nostra, i bambini l'hanno inseguita fino in fondo.",
            ("-Silvia M.: Si può anticipare la corsa in maschera l'anno prossimo? Alle 13 faceva troppo caldo per i "
             'piccoli.'),
            '-↳ La Voce di Carriolengo: Grazie Silvia, abbiamo girato la domanda al comitato.',
        ],
        [
            '-Segui La Voce su Facebook e Instagram',
            "-© 2026 La Voce di Carriolengo · Contatti · Privacy · Termini d'uso",
            '-Torna su ↑',
        ],
    ]),
    _page('it', 'it-blog-ostrica-ribelle-prima-gara-di-apertura-delle-ostriche', [
        [
            '-Home · Chi sono · Ricette · Diario delle ostriche · Contatti',
            '-Ostrica Ribelle – una ragazza, un coltello e tante ostriche',
        ],
        [
            '-Pubblicato il 16 giugno 2026 da Giulia · 4 commenti',
            '+La mia prima gara di apertura delle ostriche a Chioggia',
        ],
        [
            '-5 minuti di lettura',
            ('+Dopo due estati passate a guardare dal molo, mi sono finalmente iscritta alla gara amatoriale di '
             'apertura delle ostriche alla festa del mare di Chioggia, convinta dalla mia coinquilina Marta.'),
            ('-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
             'commissione.'),
        ],
        [
            "-Indice: 1. Allenamento in cucina 2. Il giorno della gara 3. L'anno prossimo",
            ('+Eravamo in venti ai tavoloni sul porto, ognuno con trenta ostriche concave, uno strofinaccio e un '
             'coltello, e la giuria ci ha cronometrati e poi ha controllato ogni guscio: sabbia, tagli e bordi rotti.'),
            '-La mia postazione prima della partenza, trenta ostriche e uno strofinaccio pulitissimo',
            ('+Al briefing la presidente di giuria ci ha detto: «Lasciate che il coltello trovi la cerniera, non '
             'forzate, e quando il guscio si apre smettete di spingere.»'),
        ],
        [
            '+La mia giornata di gara',
            '+Controllo di coltelli e guanti alle 10',
            '-Marta mi riprende con la lingua fuori per la concentrazione',
            '+Batterie da cinque alle 11.30',
            '-Il guanto antitaglio che ho usato è su Amazon – ecco il link',
            '+Finale alle 15',
        ],
        [
            ('+Sono arrivata settima su venti in 4 minuti e 12 secondi, con due penalità per la sabbia e un cerotto '
             'sul pollice, dietro una pescivendola in pensione che le ha aperte tutte e trenta in meno di tre minuti.'),
            ('-Potrebbe interessarti anche: Come ho imparato ad aprire una noce di cocco · Il mio primo weekend a '
             'pesca di granchi'),
            ('+La prossima estate voglio un coltello più corto e un vero grembiule, e Marta ci ha già iscritte tutte '
             'e due.'),
            '-Grazie per aver letto, un abbraccio, Giulia',
            '-I miei strofinacci stampati a mano con le ostriche sono nel mio negozio Etsy',
        ],
        [
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-Iscriviti per ricevere i nuovi articoli via email',
        ],
        [
            '-4 commenti a questo articolo',
            '-Marta: Sei stata bravissima, e trovo ancora sabbia nella borsa della macchina fotografica.',
            "-Zia Rosa: Che orgoglio, tesoro. Tienimene una dozzina l'anno prossimo!",
            '-↳ Giulia: Grazie zia! Una dozzina è tua se porti i limoni.',
            '-↳ Marta: Non prometterle niente, le mangia più in fretta di quanto tu le apra.',
        ],
        [
            '-© 2026 Ostrica Ribelle · Tema: GeneratePress · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-taczkowice-wyscig-taczek', [
        [
            '-Reklama',
            '-Gazeta Taczkowicka – Wiadomości z gminy od 1990 roku',
            '-Strona główna | Wiadomości | Sport | Kultura | Wydarzenia | Ogłoszenia',
        ],
        [
            '-Strona główna › Wiadomości › Taczkowice › Z życia gminy',
            '+Pielęgniarka wepchnęła brata do zwycięstwa w 19. wyścigu taczek w Taczkowicach',
        ],
        [
            '-Autor: Redakcja | 14 czerwca 2026, 17:12',
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            ('+Dwudziestodziewięcioletnia pielęgniarka, pchająca młodszego brata w ogrodowej taczce, wygrała w '
             'sobotę 19. wyścig taczek w Taczkowicach, dopingowana przez ponad 3000 osób stojących wzdłuż ulicy '
             'Głównej.'),
        ],
        [
            '-Bogumiła Taczkówna z bratem na zakręcie przy urzędzie gminy (fot. czytelnik)',
            ('+Czterdzieści sześć dwuosobowych drużyn, w których jedna osoba pcha, a druga siedzi w taczce, '
             'wystartowało z rynku na trasę długości 1,6 kilometra, która wspina się pod Kościelną Górkę i kończy '
             'przy pomniku.'),
            '-Czytaj też: Kościelna Górka zamknięta w sierpniu z powodu remontu',
            ('+– Decyduje taczka, nie nogi – powiedział organizator Zenon Kółkowiec, który od 2007 roku daje sygnał '
             'do startu każdego wyścigu. – Trzymajcie ją w równowadze, nisko i nigdy nie oglądajcie się na pasażera.'),
        ],
        [
            '+Jak przebiegał dzień',
            '-Zapisz się na nasz bezpłatny newsletter i codziennie rano otrzymuj wiadomości z Taczkowic',
            '+Wyścig dzieci z zabawkowymi taczkami o 11:00',
            '+Wyścig przebierańców o 13:00',
            '+Wyścig główny o 15:00',
        ],
        [
            ('+Bogumiła Taczkówna i jej brat Tomek pokonali trasę w 6 minut i 41 sekund, jedenaście sekund szybciej '
             'niż zeszłoroczni zwycięzcy, dwaj monterzy rusztowań, którzy zgubili koło na bruku Kościelnej Górki.'),
            '-Artykuł sponsorowany: pięć prac w ogrodzie, które trzeba zrobić przed latem',
            '-Tagi: Taczkowice, wyścig taczek, zbiórka, ulica Główna',
            ('+Wyścig przyniósł 4200 zł dla miejscowego hospicjum, a komitet chce w przyszłym roku dodać nocny '
             'wyścig z lampionami na taczkach.'),
        ],
        [
            '-7 komentarzy',
            '-Grzegorz: Najlepsza edycja, koło monterów toczące się z górki było warte całego dnia.',
            '-↳ Halina: Przetoczyło się pod naszym domem, dzieci goniły je aż na dół.',
            '-Ewa: Czy wyścig przebierańców może być w przyszłym roku wcześniej? O 13:00 było za gorąco dla maluchów.',
            '-↳ Gazeta Taczkowicka: Dziękujemy, pani Ewo, przekazaliśmy pytanie komitetowi.',
        ],
        [
            '-Obserwuj Gazetę Taczkowicką na Facebooku i Instagramie',
            '-© 2026 Gazeta Taczkowicka · Kontakt · Polityka prywatności · Regulamin',
            '-Do góry ↑',
        ],
    ]),
    _page('pl', 'pl-blog-ostrygowa-ola-pierwszy-konkurs-otwierania-ostryg', [
        [
            '-Start · O mnie · Przepisy · Dziennik ostryg · Kontakt',
            '-Ostrygowa Ola – jedna dziewczyna, jeden nóż i mnóstwo ostryg',
        ],
        [
            '-Opublikowano 16 czerwca 2026 przez Olę · 4 komentarze',
            '+Mój pierwszy konkurs otwierania ostryg w Gdyni',
        ],
        [
            '-Czas czytania: 5 minut',
            ('+Po dwóch latach kibicowania z nabrzeża w końcu zapisałam się na amatorski konkurs otwierania ostryg '
             'na festiwalu owoców morza w Gdyni, namówiona przez współlokatorkę Zuzę.'),
            '-Ten wpis zawiera linki afiliacyjne: jeśli kupisz coś przez nie, dostanę niewielką prowizję.',
        ],
        [
            '-Spis treści: 1. Trening w kuchni 2. Dzień konkursu 3. Za rok',
            ('+Stało nas dwadzieścioro przy stołach na nabrzeżu, każde z trzydziestoma ostrygami, ściereczką i '
             'nożem, a jury mierzyło czas i potem sprawdzało każdą muszlę: piasek, nacięcia, wyszczerbione brzegi.'),
            '-Moje stanowisko przed startem, trzydzieści ostryg i czyściutka ściereczka',
            ('+Na odprawie przewodnicząca jury powiedziała nam: „Niech nóż sam znajdzie zawias, nie siłujcie się, a '
             'kiedy muszla puści, przestańcie pchać”.'),
        ],
        [
            '+Mój dzień konkursu',
            '+Kontrola noży i rękawic o 10:00',
            '-Zuza nagrywa mnie z językiem na brodzie z koncentracji',
            '+Eliminacje w piątkach o 11:30',
            '-Rękawicę antyprzecięciową, której używałam, kupicie na Allegro – link tutaj',
            '+Finał o 15:00',
        ],
        [
            ('+Zajęłam siódme miejsce na dwadzieścia z czasem 4 minuty i 12 sekund, z dwiema karami za piasek i '
             'plastrem na kciuku, za emerytowaną sprzedawczynią ryb, która otworzyła wszystkie trzydzieści w niecałe '
             'trzy minuty.'),
            '-Może Cię też zainteresować: Jak nauczyłam się otwierać kokosa · Mój pierwszy weekend łowienia krabów',
            '+Następnego lata chcę krótszy nóż i porządny fartuch, a Zuza już zapisała nas obie.',
            '-Dzięki za przeczytanie, buziaki, Ola',
            '-Moje ręcznie drukowane ściereczki w ostrygi znajdziecie w moim sklepie na Etsy',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
            '-Zapisz się, aby dostawać nowe wpisy e-mailem',
        ],
        [
            '-4 komentarze do wpisu',
            '-Zuza: Byłaś super, a ja wciąż znajduję piasek w torbie na aparat.',
            '-Ciocia Basia: Jestem z Ciebie dumna, kochanie. Odłóż mi tuzin na przyszły rok!',
            '-↳ Ola: Dzięki, ciociu! Tuzin jest Twój, jeśli przywieziesz cytryny.',
            '-↳ Zuza: Nic jej nie obiecuj, ona je połyka szybciej, niż ty otwierasz.',
        ],
        [
            '-© 2026 Ostrygowa Ola · Motyw: Astra · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-tachkinsk-gonka-na-tachkakh', [
        [
            '-Реклама',
            '-«Тачкинский курьер» — газета города с 1936 года',
            '-Главная | Новости | Спорт | Культура | Афиша | Объявления',
        ],
        [
            '-Главная › Новости › Тачкинск › Город',
            '+Медсестра довезла брата до победы в 19-й гонке на тачках в Тачкинске',
        ],
        [
            '-Автор: редакция | 14 июня 2026, 17:12',
            '-Время чтения: 3 мин',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            ('+Двадцатидевятилетняя медсестра, толкавшая младшего брата в садовой тачке, в субботу выиграла 19-ю '
             'гонку на тачках в Тачкинске на глазах у более чем 3000 зрителей на Центральной улице.'),
        ],
        [
            '-Прасковья Тачкорукова с братом на повороте у администрации (фото читателя)',
            ('+Сорок шесть команд по два человека — один толкает, другой сидит в тачке — стартовали с Рыночной '
             'площади на трассу длиной 1,6 километра, которая поднимается на Церковную горку и заканчивается у '
             'мемориала.'),
            '-Читайте также: Церковную горку закроют на ремонт в августе',
            ('+«Решает тачка, а не ноги, — сказал организатор Ефим Колесоватов, который с 2007 года даёт старт '
             'каждой гонке. — Держите её ровно, держите низко и никогда не оглядывайтесь на пассажира».'),
        ],
        [
            '+Как прошёл день',
            '-Подпишитесь на нашу бесплатную рассылку, чтобы каждое утро получать новости Тачкинска',
            '+Детский заезд с игрушечными тачками в 11:00',
            '+Костюмированный заезд в 13:00',
            '+Главная гонка в 15:00',
        ],
        [
            ('+Прасковья Тачкорукова и её брат Тимофей прошли трассу за 6 минут 41 секунду, на одиннадцать секунд '
             'быстрее прошлогодних победителей — двух монтажников, потерявших колесо на брусчатке Церковной горки.'),
            '-На правах рекламы: пять дел в саду, которые нужно успеть до лета',
            '-Теги: Тачкинск, гонка на тачках, благотворительность, Центральная улица',
            ('+Гонка собрала 42 тысячи рублей для городского хосписа, а оргкомитет надеется в следующем году '
             'добавить ночной заезд с фонариками на тачках.'),
        ],
        [
            '-7 комментариев',
            '-Геннадий: Лучшая гонка за все годы, колесо монтажников, скачущее с горки, стоило всего дня.',
            '-↳ Людмила: Оно прокатилось прямо мимо нашего подъезда, дети бежали за ним до самого низа.',
            '-Светлана: Можно ли в следующем году начать костюмированный заезд пораньше? В 13:00 малышам было жарко.',
            '-↳ «Тачкинский курьер»: Спасибо, Светлана, мы передали ваш вопрос оргкомитету.',
        ],
        [
            '-Подписывайтесь на «Тачкинский курьер» во ВКонтакте и Telegram',
            '-© 2026 «Тачкинский курьер» · Контакты · Политика конфиденциальности',
            '-Наверх ↑',
        ],
    ]),
    _page('ru', 'ru-blog-ustrichnaya-vera-pervyi-konkurs-po-vskrytiyu-ustrits', [
        [
            '-Главная · Обо мне · Рецепты · Устричный дневник · Контакты',
            '-Устричная Вера — одна девушка, один нож и очень много устриц',
        ],
        [
            '-Опубликовано 16 июня 2026 автором Вера · 4 комментария',
            '+Мой первый конкурс по вскрытию устриц во Владивостоке',
        ],
        [
            '-Время чтения: 5 минут',
            ('+Два лета я смотрела на конкурс с причала, а в этом году наконец записалась в любительский конкурс по '
             'вскрытию устриц на фестивале морепродуктов во Владивостоке — уговорила соседка по квартире Лиза.'),
            '-В этом посте есть партнёрские ссылки: если вы купите по ним, я получу небольшую комиссию.',
        ],
        [
            '-Содержание: 1. Тренировки на кухне 2. День конкурса 3. В следующем году',
            ('+Нас было двадцать человек за столами на набережной, у каждого тридцать устриц, полотенце и нож, а '
             'жюри засекало время и потом проверяло каждую раковину: песок, порезы, сколы.'),
            '-Моё место перед стартом: тридцать устриц и идеально чистое полотенце',
            ('+На инструктаже председатель жюри сказала нам: «Пусть нож сам найдёт замок, не давите, а когда '
             'раковина щёлкнет, перестаньте нажимать».'),
        ],
        [
            '+Мой день конкурса',
            '+Проверка ножей и перчаток в 10:00',
            '-Лиза снимает меня, высунувшую язык от старания',
            '+Забеги по пять человек в 11:30',
            '-Перчатку от порезов, в которой я была, можно купить на Ozon — ссылка здесь',
            '+Финал в 15:00',
        ],
        [
            ('+Я стала седьмой из двадцати с результатом 4 минуты 12 секунд, с двумя штрафами за песок и пластырем '
             'на большом пальце, уступив пенсионерке, бывшей продавщице рыбы, которая вскрыла все тридцать меньше '
             'чем за три минуты.'),
            '-Вам также может понравиться: Как я научилась открывать кокос · Мои первые выходные на ловле крабов',
            '+Следующим летом хочу нож покороче и настоящий фартук, а Лиза уже записала нас обеих.',
            '-Спасибо, что дочитали, ваша Вера',
            '-Мои полотенца с устрицами ручной печати — в моём магазине на Ярмарке Мастеров',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Подпишитесь, чтобы получать новые посты на почту',
        ],
        [
            '-4 комментария к записи',
            '-Лиза: Ты была великолепна, а я до сих пор вытряхиваю песок из сумки с камерой.',
            '-Тётя Галя: Так тобой горжусь, солнышко. Оставь мне дюжину на следующий год!',
            '-↳ Вера: Спасибо, тётя Галя! Дюжина твоя, если привезёшь лимоны.',
            '-↳ Лиза: Ничего ей не обещай, она их глотает быстрее, чем ты открываешь.',
        ],
        [
            '-© 2026 Устричная Вера · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Flourish visualisation: interactive content is not supported in this app.':
        ('an English Flourish marker for interactive content the app does not support ("Flourish visualisation: '
         'interactive content is not supported in this app.") is left in the body'),
    "Le podcast Ausha intégré ici n'est plus en ligne.":
        ('a French Ausha marker for an embedded podcast no longer online ("Le podcast Ausha intégré ici n\'est plus '
         'en ligne.") is left in the body'),
    'Das Riddle-Quiz wird geladen, sobald Sie externe Inhalte erlauben.':
        ('a German Riddle marker for a quiz that loads only once external content is allowed ("Das Riddle-Quiz wird '
         'geladen, sobald Sie externe Inhalte erlauben.") is left in the body'),
    'Пост из Telegram-канала скрыт: канал стал приватным.':
        ('a Russian marker for a post from a Telegram channel hidden because the channel went private ("Пост из '
         'Telegram-канала скрыт: канал стал приватным.") is left in the body'),
    "Grab a coffee, this one's a long read (about 12 minutes).":
        ('an English blog\'s grab-a-coffee long-read reading-time line ("Grab a coffee, this one\'s a long read '
         '(about 12 minutes).") is left at the head'),
    'Filed from the finish line by Gazette sports staff':
        ('an English nameless filed-from-the-finish-line byline ("Filed from the finish line by Gazette sports '
         'staff") is left at the head'),
    'Ein Bericht unserer Lokalredaktion':
        'a German a-report-by-our-local-newsroom byline ("Ein Bericht unserer Lokalredaktion") is left at the head',
    'Fancy a shucking lesson? I run small classes in my kitchen – book through my Linktree.':
        ('an English blogger\'s Linktree plug for her shucking classes ("Fancy a shucking lesson? I run small '
         'classes in my kitchen – book through my Linktree.") is left at the foot'),
    "Commenters' views are their own. Flag anything that breaks our house rules.":
        ('an English commenters\'-views-are-their-own line with a flag-it hint ("Commenters\' views are their own. '
         'Flag anything that breaks our house rules.") is left at the foot'),
    "You're commenting as a guest. Your name will appear next to your comment.":
        ('the English commenting-as-a-guest note ("You\'re commenting as a guest. Your name will appear next to your '
         'comment.") is left at the foot'),
    'Noch 1500 Zeichen verfügbar':
        'a German characters-left counter of a comment form ("Noch 1500 Zeichen verfügbar") is left at the foot',
    'Masz konto? Zaloguj się, a Twój komentarz pojawi się od razu.':
        ('a Polish have-an-account-log-in comment prompt ("Masz konto? Zaloguj się, a Twój komentarz pojawi się od '
         'razu.") is left at the foot'),
    'Hinweis der Redaktion: Die Startzeiten wurden nach Redaktionsschluss geändert.':
        ('a German editors\' note that the start times changed after the deadline ("Hinweis der Redaktion: Die '
         'Startzeiten wurden nach Redaktionsschluss geändert.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-trundlecombe-wheelbarrow-race':
        ('the English wheelbarrow-race news report keeps the sponsored headline between the two last '
         'paragraphs ("Sponsored: Five garden jobs to do before midsummer") (1 of 20 noise lines); no article '
         'line is lost'),
    'en-blog-shuck-it-sadie-first-oyster-shucking-contest':
        ("the English oyster-shucking blog post keeps the opening photo's caption between the second paragraph"
         ' and the paragraph with the quote ("My station before the start, thirty oysters and a very clean '
         'towel"), the action photo\'s caption between the first and second rows ("Priya filming me with my '
         'tongue out in concentration") and the affiliate link to the author\'s glove between the second and '
         'third rows ("The cut-proof glove I wore is on Amazon – link here") (3 of 20 noise lines); it loses '
         '(or puts out of order) the subheading at the top of the list block ("My contest day"), the first row'
         ' ("Knife and glove check at 10.00") and the last paragraph ("Next summer I want a shorter knife and '
         'a proper apron, and Priya has already signed us both up.")'),
    'fr-blog-huitre-hardie-premier-concours-d-ecaillage':
        ("the French oyster-shucking blog post keeps the opening photo's caption between the second paragraph "
         'and the paragraph with the quote ("Mon poste avant le départ, trente huîtres et un torchon tout '
         'propre"), the action photo\'s caption between the first and second rows ("Chloé me filme, la langue '
         'tirée de concentration") and the affiliate link to the author\'s glove between the second and third '
         'rows ("Le gant anti-coupure que je portais est sur Amazon – le lien ici") (3 of 20 noise lines); no '
         'article line is lost'),
    'de-portal-rumpelfingen-schubkarrenrennen':
        ('the German wheelbarrow-race news report keeps the newsletter prompt between the subheading and the first '
         'row ("Melden Sie sich für unseren kostenlosen Newsletter an und erhalten Sie jeden Morgen die Nachrichten '
         'aus Rumpelfingen") (1 of 20 noise lines); no article line is lost'),
    'de-blog-austern-annika-erster-austernoeffner-wettbewerb':
        ("the German oyster-shucking blog post keeps the opening photo's caption between the second paragraph "
         'and the paragraph with the quote ("Mein Platz vor dem Start, dreißig Austern und ein blitzsauberes '
         'Handtuch"), the action photo\'s caption between the first and second rows ("Jana filmt mich, wie ich '
         'vor Konzentration die Zunge rausstrecke") and the affiliate link to the author\'s glove between the '
         'second and third rows ("Den schnittfesten Handschuh, den ich getragen habe, gibt es bei Amazon – '
         'hier der Link") (3 of 20 noise lines); no article line is lost'),
    'it-portale-carriolengo-corsa-delle-carriole':
        ("the Italian wheelbarrow-race news report keeps the lead photo's caption with its credit opening the block "
         'of the second paragraph ("Ilaria Carriolani e il fratello alla curva del municipio (foto di un lettore)") '
         '(1 of 20 noise lines); no article line is lost'),
    'it-blog-ostrica-ribelle-prima-gara-di-apertura-delle-ostriche':
        ("the Italian oyster-shucking blog post keeps the opening photo's caption between the second paragraph"
         ' and the paragraph with the quote ("La mia postazione prima della partenza, trenta ostriche e uno '
         'strofinaccio pulitissimo"), the action photo\'s caption between the first and second rows ("Marta mi '
         'riprende con la lingua fuori per la concentrazione") and the affiliate link to the author\'s glove '
         'between the second and third rows ("Il guanto antitaglio che ho usato è su Amazon – ecco il link") '
         '(3 of 20 noise lines); no article line is lost'),
    'pl-portal-taczkowice-wyscig-taczek':
        ("the Polish wheelbarrow-race news report keeps the lead photo's caption with its credit opening the "
         'block of the second paragraph ("Bogumiła Taczkówna z bratem na zakręcie przy urzędzie gminy (fot. '
         'czytelnik)") (1 of 20 noise lines); no article line is lost'),
    'pl-blog-ostrygowa-ola-pierwszy-konkurs-otwierania-ostryg':
        ("the Polish oyster-shucking blog post keeps the opening photo's caption between the second paragraph "
         'and the paragraph with the quote ("Moje stanowisko przed startem, trzydzieści ostryg i czyściutka '
         'ściereczka") and the action photo\'s caption between the first and second rows ("Zuza nagrywa mnie z '
         'językiem na brodzie z koncentracji") (2 of 20 noise lines); it loses (or puts out of order) the '
         'first paragraph ("Po dwóch latach kibicowania z nabrzeża w końcu zapisałam się na amatorski konkurs '
         'otwierania ostryg na festiwalu owoców morza w Gdyni, namówiona przez współlokatorkę Zuzę.")'),
    'ru-portal-tachkinsk-gonka-na-tachkakh':
        ("the Russian wheelbarrow-race news report keeps the lead photo's caption with its credit opening the "
         'block of the second paragraph ("Прасковья Тачкорукова с братом на повороте у администрации (фото '
         'читателя)") and the sponsored headline between the two last paragraphs ("На правах рекламы: пять дел'
         ' в саду, которые нужно успеть до лета") (2 of 20 noise lines); no article line is lost'),
    'ru-blog-ustrichnaya-vera-pervyi-konkurs-po-vskrytiyu-ustrits':
        ("the Russian oyster-shucking blog post keeps the opening photo's caption between the second paragraph"
         ' and the paragraph with the quote ("Моё место перед стартом: тридцать устриц и идеально чистое '
         'полотенце") and the action photo\'s caption between the first and second rows ("Лиза снимает меня, '
         'высунувшую язык от старания") (2 of 20 noise lines); no article line is lost'),
}

test_held_out_241_line, test_held_out_241_line_is_kept, test_held_out_241_page = held_out_tests(
    HELD_OUT_241_LINES, HELD_OUT_241_KEEP, HELD_OUT_241_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
