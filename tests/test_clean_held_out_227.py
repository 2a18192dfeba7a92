"""Held-out set 227: written blind, weighted toward the noise the cleaner exists for, in shapes set 226's docstring does
not name (nor the first paragraphs of sets 223, 224 and 225): scraper, embed and ad markers, all in the body (an English
Flourish chart held back until the targeting cookies are enabled "Flourish graphic: enable targeting cookies in your
privacy settings to view this chart.", an English Scribd document removed by its uploader "This Scribd document has been
removed by the uploader and is no longer available.", an English GAAGO clip that needs a match pass "This GAAGO clip can
only be played with an active match pass.", a French Ausha podcast player that could not load the episode "Le lecteur
Ausha n'a pas pu charger cet épisode de podcast.", a German Podigee player that could not play the episode just now "Der
Podigee-Player konnte diese Folge gerade nicht abspielen.", an Italian Google My Maps map that could not be loaded, with
a try-later hint "Impossibile caricare la mappa di Google My Maps: riprova più tardi.", a Polish CDA video removed for
breaking the terms of service "Wideo z CDA zostało usunięte z powodu naruszenia regulaminu." and a Russian Dzen post
hidden by its author "Пост из Дзена недоступен: публикация скрыта автором."); reading-time headers in new wordings, all
at the head (the English abbreviated estimated-reading-time label "Est. reading time: 6 mins", a blog's long-post-alert
line with the minutes of reading ahead "Long post alert – roughly 11 minutes of reading ahead!", the French bare reading
(Lecture) label "Lecture : 6 min", the German minutes-first Lesedauer label with Min. "6 Min. Lesedauer", the Italian
estimated-reading-time label "Tempo stimato di lettura: 6 minuti", the Polish you-will-read-it-in line "Przeczytasz w 6
minut" and the Russian reads-in line "Читается за 6 минут"); bylines and self-promotion (an English name-first byline
with the reporter's beat and no By "Dorcas Knollabery, sports reporter", a French interview byline (propos recueillis
par) "Propos recueillis par Aurélien Agathonnet", an Italian report-by (servizio di) byline "Servizio di Ottavia
Bigliardelli" and a Russian prepared-by (подготовила) byline "Подготовила Варвара Стеклошарова", all at the head, and at
the foot an English Ko-fi buy-me-a-coffee plug "If these match diaries make you smile, you can buy me a coffee on
Ko-fi.", an English Not On The High Street plug for the author's hurley racks "Hand-turned ash hurley racks for your
hallway, made to order – see my shop on Not On The High Street.", a German Kleinanzeigen plug for the author's wrapped
stick grips "Meine selbst gewickelten Schlägergriffe findet ihr auf Kleinanzeigen unter „Friedas Griffe“." and a Polish
OLX plug for the author's sewn stick covers "Szyte przeze mnie pokrowce na kije do hurlingu znajdziecie na OLX."); blog
and site footers, all at the foot (an English Ghost and DigitalOcean credit with the RSS link "Published with Ghost ·
Hosted on DigitalOcean · Subscribe via RSS", an English Squarespace credit with the cookie policy and the accessibility
statement "Website by Squarespace · Cookie policy · Accessibility statement", an English all-content-copyright line
forbidding reproduction "All content © the publisher unless otherwise stated. Reproduction without written permission is
prohibited.", a French Over-blog credit with the terms and the report-content link "Blog propulsé par Over-blog · CGU ·
Signaler un contenu", a German IONOS MyWebsite credit with the imprint and the accessibility link "Erstellt mit IONOS
MyWebsite · Impressum · Barrierefreiheit", an Italian VAT-number (P.IVA) line with all-rights-reserved and the cookie
policy "P.IVA 01234567890 · Tutti i diritti riservati · Cookie policy", a Polish nazwa.pl hosting line with
all-rights-reserved and the site map "Hosting: nazwa.pl · Wszelkie prawa zastrzeżone · Mapa strony" and a Russian Tilda
credit with the privacy policy "Сайт работает на Tilda · Политика конфиденциальности"); reader-comment furniture, all at
the foot (an English load-more-comments button with its number "Load 20 more comments", the English
your-comment-is-awaiting-moderation note "Your comment is awaiting moderation.", an English comment-guidelines line
"Comment guidelines: be kind, stay on topic and no personal attacks.", a French comments-are-closed note "Les
commentaires sont fermés pour cet article.", a German write-a-comment prompt with its character limit "Kommentar
schreiben (max. 1500 Zeichen)", an Italian leave-a-comment prompt saying the e-mail address will not be published
"Lascia un commento: il tuo indirizzo email non sarà pubblicato.", a Polish show-older-comments link with its count
"Pokaż starsze komentarze (12)" and a Russian sort-the-comments row "Сортировать комментарии: лучшие · новые · старые");
share rows, all at the foot (a German share-now row with Threema "Jetzt teilen: Facebook · WhatsApp · Threema · E-Mail",
an Italian share-on row with LinkedIn "Condividi su: Facebook · Telegram · LinkedIn · Copia link" and a Polish
share-the-article row "Podziel się artykułem: Facebook · WhatsApp · Kopiuj link"); and notices (an English correction
note giving the winner's right age "Correction: an earlier version of this story gave the winner's age as 13. She is
12." and a French editor's note that the children's first names were changed at the parents' request "Note de la
rédaction : les prénoms des enfants ont été modifiés à la demande des parents.", both in the body, and the Russian
found-a-mistake-press-Ctrl+Enter note "Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter." at the foot); and toward
whole scraped news and hobby-blog pages in layouts set 226's docstring does not describe (on the six portal pages, in
nine blocks, a date-and-weather bar and the masthead with its tagline in a block of two at the very top, the bar first;
the title third in a block of four, under a breadcrumb and a section kicker in capitals and above the byline with the
date, the time and a reading time (one line; a desk byline on the English page); the lead photo's caption with its
credit (one line) alone in a block of one; the first and second paragraphs at the top of a block of three with a
read-also link closing the block; the paragraph with the quote third in a block of four, under an advertisement label
and a sponsored headline and above a share row; the subheading and the three rows with a watch-the-final video link
between the second and third rows, inside the list block (a block of five, the link fourth); the two last paragraphs at
the top of a block of three with a got-a-story tip prompt to the newsroom (by WhatsApp, by Telegram on the Russian page,
by a contact form on the French page) closing the block; a thread of six lines alone in a block (a comment count, a
reader's comment, the paper's arrowed reply to it, a second reader's comment, a third reader's arrowed reply to that and
a sign-in-to-comment prompt); and at the foot a most-read line with two headlines and the publisher's copyright line
with its links in one line, in a block of two, the most-read line first; on the six blog pages, in ten blocks, the blog
name with its tagline and the menu in a block of two at the very top, the name first; the title alone in a block of one;
the posted-on-by line (with the comment count), a bare reading time and an affiliate-links disclosure alone in a block
of three; the first and second paragraphs at the top of a block of three with the opening photo's caption of the warm-up
closing the block; the paragraph with the quote at the top of a block of three with an advertisements label and a
report-this-ad link under it; the subheading and the three rows with an affiliate link to the author's helmet (on
Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) between the first and second rows, inside the list
block (a block of five, the link third); the two last paragraphs at the top of a block of four with the author's
sign-off and a share row under them; a plug for the author's grip-tape key rings in the club colours (in an Etsy shop,
at Yarmarka Masterov on the Russian blog) and a follow-the-club's-season prompt (on Instagram, in a Telegram channel on
the Russian blog) alone in a block of two; a thread of five lines alone in a block (a comments heading with its count
quoting the opening words of the post's title, a comment, the author's arrowed reply, a second comment from a player of
the visiting club and the author's arrowed reply to it); and at the foot the previous-and-next-post navigation line and
the author's copyright line with the theme and platform credit in one line, in a block of two, the navigation first),
taken from local news of a town's first marbles championship since 1976 (a 12-year-old primary-school pupil winning,
knocking seven marbles out of the ring in the final, forty-eight players from nine schools and two pubs or cafés in a
sand ring two metres (six feet) across laid on the green or the market square the night before, the organiser's quote
that marbles is the one game where a grandmother and her grandson play on equal terms, group games in the morning,
quarter-finals and semi-finals in the afternoon, the final and a team game for the pubs or cafés in the evening, the
winner beating a 71-year-old retired postman 7-6 with the last marble, the entry fees (£860, 860 euros, 3600 zł, 86
thousand roubles) for a permanent ring by the bandstand, a return next June) in six invented towns, and from six hobby
blogs on a new hurling club's first ever match (founded last autumn in a pub back room by twelve people who had only
seen hurling on YouTube, fifteen a side against a touring club from Galway, Cork, Kilkenny, Limerick, Waterford or
Dublin on a rugby pitch, the visiting captain's quote at the throw-in about keeping an eye on the sliotar and the hurley
low, 2-09 to 0-03 at half-time, the club's first goal by the goalkeeper's brother, 3-15 to 1-06 at the final whistle
with a standing ovation, pride at lasting seventy minutes, a return match in October with the ferry to save for))

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 226 but what is named here), held-out set 228 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 226 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 223, 224 and 225, printed with one ast script
(/tmp/s227scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s227scratch/insp.py, with /tmp/wt-s227/src and /tmp/wt-s227/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s227 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 226's as printed, with 226 -> 227; /tmp/s227scratch/gen227.py writes this file
from scratch files (data227.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages227.py with the pages, doc_layout.txt, doc_protocol.txt, doc_slips.txt,
doc_judgement.txt, doc_contents.txt and, after the measurement, doc_baseline.txt and tables227.json with the xfail
tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s227, detached at commit f08d7b7eaebb93a650aef6776f698d7f0ed7740e, the commit the brief named) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 17:38:12 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 17:38:14 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed f08d7b7eaebb93a650aef6776f698d7f0ed7740e (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null), and ``git rev-parse HEAD`` in each printed it;
/work/main was not touched afterwards. (2) readallowed.py first printed to the terminal, which the tool cut in the
middle (it showed set 226's docstring up to inside its note (4), and from inside set 224's first paragraph on to the
end, i.e. the rest of set 224's first paragraph and set 225's, all allowed parts); the second run went to
/tmp/s227scratch/allowed.txt (only the allowed parts), in which I found the offsets of the sections with ``grep -n`` on
that scratch file and paged lines 128 to 540 with ``sed`` in two pieces (the rest of set 226's docstring up to its
Baseline paragraph, its imports and its tail, set 223's first paragraph and set 224's); nothing else of any set file was
printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import (and gen227.py's import of the written file,
to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no
source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye,
and kept away from them: no embed service used for a held-out marker here is named for a marker in them (Flourish,
Scribd, GAAGO, Ausha, Podigee, Google My Maps, CDA, Dzen; Dzen is named there only in a share row), and the failures are
of kinds not named there (cookies needed for a chart, a document removed by its uploader, a clip behind a match pass, a
podcast episode that would not load, an episode that cannot be played just now, a map that could not be loaded, a video
removed for breaking the terms, a post hidden by its author); the reading times avoid the phrasings named there (the new
ones are "Est. reading time:", "Long post alert – roughly ... of reading ahead", "Lecture :", the minutes-first "6 Min.
Lesedauer" (set 221, not read, is said to name "6 Minuten Lesezeit"; the Lesedauer labels named there are label-first),
"Tempo stimato di lettura:", "Przeczytasz w" and "Читается за"); the bylines are of new shapes (a name-first byline with
the beat, propos recueillis par, servizio di, подготовила) and the plugs name platforms not named there (Ko-fi, Not On
The High Street, Kleinanzeigen, OLX); the footers use builders, hosts and legal lines not named there (Ghost with
DigitalOcean, Squarespace with an accessibility statement, an all-content-copyright line, Over-blog, IONOS MyWebsite, an
Italian P.IVA line, nazwa.pl, Tilda); the comment lines (a load-more button, the awaiting-moderation note, comment
guidelines, a comments-closed note, a write-a-comment prompt with a character limit, the leave-a-comment prompt with the
e-mail note, a show-older link, a sort row), share rows (jetzt teilen with Threema; condividi su with LinkedIn; podziel
się artykułem) and notices (a correction note, an editor's note on changed names, the Ctrl+Enter note) are of kinds not
named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief
lists; the layouts differ from those set 226's docstring describes (see the first paragraph). The blogs' top block (the
blog name with its tagline and the menu in a block of two, the name first) is the same as the top block of the blog
pages of set 225's first paragraph (which the brief does not rule out; the rest of the blog layout differs from it). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Knucklecombe, Calotière, Klickerbrunn, Biglierolo, Kulkowiec, Шарикогорск, Knollabery, Agathonnet, Bigliardelli,
Стеклошарова, Agatholle, Schussermann, Pallinardi, Kulkiewska, Стеклокатова, Ringlethorpe, Billotrain, Kullerbach,
Bigliotti, Toczykulski, Катайшаров, Sedgemarrow, Kerbrennec, Schlägerwiesen, Valdipalla, "Kijanowo Dolne", Клюшкоград,
"Orla's Sliotar Notes", "carnet de hurling de Maëlle", "Friedas Hurling-Tagebuch", "diario di hurling di Ginevra",
"Hurling według Oli", "Хёрлинг Вари" and Sliotarski (checked, then not used). Dropped for hits: Quillaby (in a list of
names in code), Billodeau (a real surname), Fenmarsh (style names, code identifiers and an address domain), Wiesenhall
(a folder name in code and inside hall names), Valsorda (a real surname), Brzozowiec (real places and a surname),
Tawline (inside code identifiers), Calotard (inside a code identifier), Toczyłowska (a real surname), Ringwhistle
(inside code identifiers), Billebaude (a French word and a title) and Shooterby (inside code identifiers) -- the
replacements are the checked names above. Bloggers are given by first name only (Orla, Maëlle, Frieda, Ginevra, Ola,
Варя), as are the winners (Poppy, Louna, Lotte, Greta, Zosia, Соня) and the commenters (first names, first names with an
initial, or handles), and were not checked; the papers ("The Knucklecombe Courier", "L'Écho de Calotière",
"Klickerbrunner Bote", "Il Corriere di Biglierolo", "Głos Kulkowca", "Шарикогорский вестник"), the clubs and the shops
"Orla's Grips" and "Friedas Griffe" are formed from checked names or first names, and the first names of the bylines and
organisers (Dorcas, Aurélien, Ottavia, Варвара, Sidonie, Kuno, Fosca, Bożena, Агафья, Albert, Gérard, Ortrud, Ercole,
Zenon, Степан) were not checked on their own. Real services, platforms, shops, brands and places (Flourish, Scribd,
GAAGO, Ausha, Podigee, Google My Maps, CDA, Дзен, Ko-fi, Not On The High Street, Kleinanzeigen, OLX, Ghost,
DigitalOcean, Squarespace, Over-blog, IONOS MyWebsite, nazwa.pl, Tilda, Threema, LinkedIn, Telegram, WhatsApp, Facebook,
X, Pinterest, Instagram, ВКонтакте, Одноклассники, YouTube, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress and
its themes, the Mycro helmet, Galway, Cork, Kilkenny, Limerick, Waterford and Dublin) are named as real pages do. (6) A
script (/tmp/s227scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an
article line, a keep line or another noise line, that no line repeats, that no line holds an at-sign and that each page
has 10 article and 20 noise lines. Its first run found that each portal's section kicker sat inside its breadcrumb
("COMMUNITY SPORT" in "Home › Sport › Community sport", and alike on the five other portals, the French kicker also
inside the Italian ones); the kickers were changed to words not in any other line ("VILLAGE GAMES", "JEUX D'ANTAN",
"KINDERSPIELE", "GIOCHI DI STRADA", "Z PODWÓRKA", "ДВОРОВЫЕ ИГРЫ") and the second run found nothing. While writing I had
already kept noise words out of other lines: the English portal's ad label is "Story continues below advertisement" (not
"Advertisement", inside the blog's "Advertisements", nor "Advertising", which opens an English keep line), the French
portal's is "Espace publicitaire" (not "Publicité", which opens a French keep line) and the French blog's "Annonces",
the German portal's "Werbung" (not "Anzeige", inside the blog's "Diese Anzeige melden"), the Italian blog's "Annunci
pubblicitari" (not "Annunci", inside "Segnala questo annuncio"), the Polish blog's "Ogłoszenie" (not "Reklamy", which
opens a Polish keep line) and the Russian blog's "Рекламный блок" (not the portal's "Реклама"); the French blog's
reading time is "6 minutes de lecture" (the held-out "Lecture : 6 min" would sit inside "Lecture : 6 minutes"); the
portals' comment counts say 4 and the blogs' 3. gen227.py checks that no line of the file is over 120 columns and that
it holds no at-sign, and imports the written file back and finds its lists, pages and tables equal to the scratch data.
A count printed 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr
6, de 6, it 6, pl 6, ru 6; head 11, body 10, tail 24) and 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8). (7) The measurement was run once, as the brief gives it, in one shell call at 17:44:48 UTC by ``date``,
with the xfail tables empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured
copy is kept as /tmp/s227scratch/pre_measure_copy.py); pytest printed 21 failed, 56 passed and no XPASS, and the report
is copied in the Baseline paragraph. problems.py (/tmp/s227scratch, importing the copy in /tmp/wt-s227/tests with
/tmp/wt-s227/src on the path) then printed ``_problems`` of each failing case: the ten lines and the eleven pages of the
tables; every problem of a line is that it is kept ("kept boilerplate"), and so is every problem of a page but two on
the Russian blog page, whose two last paragraphs are reported "lost or out of order"; no keep line fails, and no problem
of another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not
printed, so whether the two Russian paragraphs are gone or only moved was not looked at. (8) The tables were written
from that output (/tmp/s227scratch/mktables.py writes tables227.json from the saved problems.json, which gen227.py puts
into this file); mktables.py matches each printed snippet (cut at 80 characters) to exactly one line of its page, which
the reason quotes in full with where it sits and the count the report counts left (or lost); the reason of each line
quotes it and says where it was put; the keys of the tables are exactly the failing lines and pages of that output; the
lists and pages of the final file were imported back and found equal to the scratch data, and the final file was checked
with the pytest command in /tmp/wt-s227 (see the Baseline paragraph). (9) Clock: ``date`` printed 17:38:12 at the start,
17:44:48 at the measurement and 17:45:24 just before the Baseline paragraph and these notes were written (after the
tables); the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the marbles championship and the hurling
match that open with or hold a noise-like word ("Following the final from the churchyard wall, about 300 people cheered
every shot.", "Subscribers to the club's old newsletter still remember the 1987 championship on the same green.",
"Copyright on the club's crest, a marble inside a horseshoe, belongs to the parish council.", "Sharing a single ring
between twelve teams meant the games ran on until dusk.", "Advertising boards along the pitch were lent by the garage
and the bakery.", "Reading the slope of the ring, the 12-year-old champion knuckled down and took the last three
marbles.", "Comments from the referee after the final were short: the better team had won on the day.", "Partager le
terrain avec le club de football n'a pas empêché les joueurs de s'entraîner deux fois par semaine.", "Suivre la petite
balle en cuir à cette vitesse demande des années, sourit l'entraîneur.", "Publicité ou pas, la finale a attiré plus de
monde que le marché du samedi.", "Kommentare der Schiedsrichterin gab es nach dem Finale keine, sie applaudierte nur.",
"Folgen wollen dem Beispiel im nächsten Jahr auch zwei Schulen aus dem Nachbarort.", "Lesen konnte man die Spannung an
den Gesichtern der Eltern am Rand des Kreises.", "Condividere il campo con la squadra di calcio non è stato facile,
ammette l'allenatore.", "Commenti a parte, la finale è stata decisa dall'ultimo tiro della giornata.", "Iscritti al
torneo di biglie erano quarantadue ragazzi di sei scuole.", "Reklamy na bandach wokół koła zapewnili piekarz i
właściciel warsztatu.", "Obserwując finał z murku przy kościele, kibice dopingowali każdego zawodnika.", "Поделиться
опытом с новичками приехали ветераны турнира из трёх соседних городов." and "Комментируя финал, судья сказал, что
победила точность, а не сила."): each is a full sentence with a subject, a verb and a fact of the story, so article
("Following the final", "Folgen wollen", "Suivre la petite balle" and "Obserwując finał" open like follow prompts but
are about watching a game and following an example; "Subscribers to" and "Iscritti al torneo" open like subscribe
prompts but are about old newsletter readers and the entrants; "Copyright on the club's crest" opens like a copyright
line but says who owns a crest; "Sharing a single ring", "Partager le terrain", "Condividere il campo" and "Поделиться
опытом" open like share rows but are about a ring, a pitch and experience; "Advertising boards", "Publicité ou pas" and
"Reklamy na bandach" hold ad words but say who lent the boards and how big the crowd was; "Reading the slope" and "Lesen
konnte man" open like reading-time labels but are about reading a ring and faces; "Comments from the referee",
"Kommentare der Schiedsrichterin", "Commenti a parte" and "Комментируя финал" open like comment furniture but report
what a referee or judge said). Borderline categories: the four plugs (Ko-fi, the hurley racks on Not On The High Street,
the grips on Kleinanzeigen, the stick covers on OLX) are bylines and self-promotion, at the foot, since they sell the
author's work in the author's voice; the English name-first byline without "By" is a byline though it reads like a
caption; the Flourish, Scribd and GAAGO lines are markers (what an embed leaves in the text when it does not show),
though they read as sentences; the all-content-copyright line and the Italian P.IVA line are footers (legal lines of the
site, not of the article); the load-more button, the awaiting-moderation note, the comment guidelines and the Russian
sort row are comment furniture, since they sit over or under the comments and speak only of commenting; the English
correction note and the French editor's note on changed names are notices in the body (both speak of the article they
sit in) and the Russian found-a-mistake-press-Ctrl+Enter note is a notice at the foot. On every page the title, the
three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (date-and-weather bars, mastheads and blog names with taglines, menus,
breadcrumbs, section kickers, bylines, posted-on lines, reading times, affiliate disclosures and links, captions and
photo credits, read-also links, advertisement labels, report-this-ad links, sponsored headlines, share rows, video
links, tip prompts, sign-offs, plugs, follow prompts, comment counts and headings, comments and replies, sign-in
prompts, most-read lines, post navigation, copyright lines) is noise. The list rows (morning, afternoon and evening on
the portals; first half, second half and final whistle on the blogs) are short but part of each article, so article; the
list headings ("How the day was played", "How the match went" and the like) are the articles' subheadings, so article;
the portals' watch-the-final video links are noise though they sit between the second and third list rows; the portals'
section kickers ("VILLAGE GAMES" and the like) are noise though they sit right above the title; the blogs' helmet
affiliate links are noise though they sit between the first and second list rows; the blogs' warm-up captions ("Warming
up before the throw-in, with borrowed helmets all round." and the like) are noise though they read like a sentence of
the post and close the block of the first two paragraphs; the blogs' sign-offs ("Up the Marrow! Orla x" and the like)
are noise though they sit right after the last paragraph; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); notice in English, French and Russian and share in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines: an English, a French, an Italian and a Russian one), body 10 (the eight markers
and two notices: English and French), tail 24 (four plugs: two English, a German and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-knucklecombe-marbles-championship
(Knucklecombe's first marbles championship since 1976 on the village green, won by Poppy, 12, £860 in entry fees),
en-blog-orlas-sliotar-notes-first-hurling-match (Orla's Sedgemarrow Hurling Club against a touring club from Galway),
fr-portail-calotiere-championnat-de-billes (Calotière's championnat de billes on the place du marché, won by Louna, 860
euros), fr-blog-le-carnet-de-hurling-de-maelle-premier-match (Maëlle's Kerbrennec Hurling against a club from Cork),
de-portal-klickerbrunn-murmelmeisterschaft (the Klickerbrunner Murmelmeisterschaft on the Marktplatz, won by Lotte, 860
Euro), de-blog-friedas-hurling-tagebuch-erstes-spiel (Frieda's HC Schlägerwiesen against a club from Kilkenny),
it-portale-biglierolo-campionato-di-biglie (Biglierolo's campionato di biglie in piazza del mercato, won by Greta, 860
euro), it-blog-il-diario-di-hurling-di-ginevra-prima-partita (Ginevra's Hurling Valdipalla against a club from
Limerick), pl-portal-kulkowiec-mistrzostwa-w-kulki (Kulkowiec's mistrzostwa w kulki on the rynek, won by Zosia, 3600
zł), pl-blog-hurling-wedlug-oli-pierwszy-mecz (Ola's Hurling Club Kijanowo Dolne against a club from Waterford),
ru-portal-sharikogorsk-chempionat-po-igre-v-shariki (the чемпионат Шарикогорска по игре в шарики on the рыночная
площадь, won by Соня, 86 тысяч рублей), ru-blog-kherling-vari-pervyi-match (Варя's «Клюшкоград» against a club from
Дублин), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit f08d7b7eaebb93a650aef6776f698d7f0ed7740e, measured with ``cd /tmp/wt-s227 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s227/src python -m pytest -q tests/test_clean_held_out_227.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s227 && PYTHONPATH=/tmp/wt-s227/src python
scripts/clean_held_out_report.py --sets 227``, with the xfail tables empty, at 17:44:48 UTC by ``date``): noise lines
removed 35/45 (marker 2/8, reading-time 7/7, byline 7/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 10 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: six markers in the body (the English Flourish cookies-needed
line, the English GAAGO match-pass line, the French Ausha could-not-load line, the German Podigee cannot-play line, the
Polish CDA removed-for-the-terms line and the Russian Dzen hidden-by-its-author line), one plug at the foot (the English
Not On The High Street hurley-racks plug), two comment lines at the foot (the English comment guidelines and the German
write-a-comment prompt with its character limit) and one notice in the body (the French editor's note on the changed
first names); the Scribd and Google My Maps markers, all seven reading times, all four bylines at the head, the Ko-fi,
Kleinanzeigen and OLX plugs, all eight footers, the other six comment lines, every share row, the English correction
note and the Russian Ctrl+Enter note went); keep lines kept 20/20; pages 1/12 clean (the Russian portal page), 22 of 240
page noise lines left and 2 of 120 article lines lost. Left: the masthead with its tagline under the date-and-weather
bar at the top of the English, French, Italian and Polish portal pages (1 each), and on the French and German portal
pages the got-a-story tip prompt closing the block of the two last paragraphs (so 2 on the French, 1 on the German
portal page); the opening photo's caption of the warm-up closing the block of the first two paragraphs on all six blog
pages, the author's sign-off under the two last paragraphs on the English, German, Italian and Polish blog pages, the
plug for the grip-tape key rings on the English and Polish blog pages, and the blog name with its tagline and the menu
at the very top on the French and Italian blog pages (3 on the English, 3 on the French, 2 on the German, 4 on the
Italian, 3 on the Polish and 1 on the Russian blog page). Lost: on the Russian blog page both last paragraphs ("Счёт
никого не волновал: мы просто гордились тем, что выдержали семьдесят минут." and "Ответный матч запланирован на октябрь
в Дублине, и мы уже копим на паром."), which sit at the top of the block above the sign-off and the share row, are
reported lost or out of order; no other page and no keep line loses an article line. The failing cases are strict
xfails; with them the pytest command on the final file in /tmp/wt-s227 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 142 (2026-12-07, lead; round 142 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231
232`` and the set's pytest file): noise lines removed 35/45 (unchanged), keep lines kept 20/20, pages 1/12 clean, 21 of
240 page noise lines left (was 22), 2 of 120 article lines lost (unchanged: the Russian blog's two last paragraphs). The
Italian blog's sign-off ("Alla prossima, e forza Valdipalla! Ginevra") now goes (round 142's sign-off with a comma
between its wishes) and its reason was reworded (3 of 20 left). Every other xfail still fails as its reason says; the
Russian blog's loss is untouched by the round.

Round 143 (development; this set was read in full from this round on): set 227's Russian blog gives back its two last
paragraphs, set 227's five portals and set 228's eleven pages come clean, and six wordings go. (1)
``page_blocks._article_among_furniture``: ``_is_writers_we_line_over_sign_off``, a full sentence closed by a full stop
above the writer's sign-off another pass took (``_is_taken_sign_off``: a formula and the name the page gives its
writer), whose only cue is the writer's "we" or "I" (round 142's ``_writers_we_only``), no sale, no self-introduction,
no site prompt, is the article's among the block's furniture (set 227's ru-blog-kherling-vari-pervyi-match:
``mark_trailing_labels`` took "До встречи на поле! Ваша Варя" early, so the block of the two last paragraphs, the
sign-off and the share row was half noise, a widget's after the body, and the writer's "мы" read as the site's cue, so
``mark_block_remnants`` swept both paragraphs; the five other blogs' sign-offs were taken later or not at all, so their
blocks were no widgets). Only lines stay: no tail or head start moves. (2) ``page_blocks._split_name_and_tagline``: a
masthead's name and tagline may be joined by a middle dot, the line's only one (``_NAME_TAGLINE_DOT``), in
``_mark_masthead_in_top_block`` and ``_copyright_names_masthead`` (round 141's masthead over a taken block read the
whole "The Knucklecombe Courier · Your town, your news since 1891" as the name: too long, its words not the copyright
line's). (3) ``whole_line_noise`` "tip-off line" (round 129's call after a question): the call to contact the newsroom
("Contactez la rédaction via notre formulaire") and the messenger after the newsroom ("Schreiben Sie der Redaktion per
WhatsApp"). (4) ``clean._is_talked_about_headline_under_ad_label`` (``_TALKED_ABOUT``): a native ad's headline under the
ad label opening its block, over the article's sentence in the block, its hook the thing everyone talks about (set 228's
five non-English portals). (5) ``clean._FAMILY_CREDIT``: a bracketed picture credit naming the writer's relative,
"(photo: my mum)" (set 228's six blogs). (6) Wordings: ``_READING_HEDGE`` takes "moins de" and the other "less than"s
("Temps de lecture : moins de 5 min"); the English byline takes "Filed" before "by" ("Filed by <name>, rural affairs
reporter"); round 92's Polish byline the present "Relacjonuje <name>"; round 94's names-changed note the request it was
made at ("... modifiés à la demande des parents."); a new editors'-label note that the photos came from the organisers
("Nota della redazione: le foto sono state fornite dagli organizzatori."). Other sets' xfails removed (XPASS): the line
xfails of sets 85, 86 and 121 ("Temps de lecture : moins de ... minutes"), 111, 152 and 181 (filed-by bylines) and 183,
190 and 200 (editor's notes that names were changed). Report (``--sets $(seq 10 224) 227 228``, the frozen base copy
before, the branch after): sets 10-224, 227, 228 in total noise lines removed 9012 -> 9026 of 9841, article and keep
lines kept 4367 -> 4367 of 4367, pages clean 1430 -> 1446 of 2590, page noise lines left 2219 -> 2202 of 53520,
paragraphs lost 4 -> 2 (set 86's 2 remain); only sets 85, 86, 111, 121, 152, 181, 183, 190, 200 (one line each), 227 and
228 changed, and no set's article lines kept dropped. SemEval: 0 changed files of 3723 (``semeval_noise_diff.py diff``).
Bench (``bench_clean.py --baseline-src`` the frozen base): ratio 0.91 (cpu best 3.345 s against 3.673 s). The cleaning
test set (tests/test_clean.py, the held-out sets but the eight blind ones, site batches, site lines, noise trace, clean
pages): run in two parts on the same code: the gate command (with -x) stopped at set 111's first XPASS after 12070
passed and 186 xfailed in 15 minutes (tests/test_clean.py and sets 10 and 100-110 whole); the rest, from set 111 on with
the site batches, site lines, noise trace and clean pages, without -x, gave 14180 passed, 1770 xfailed and the nine
XPASSes named above, whose entries were then removed (the nine set files again: 564 passed, 129 xfailed); no other
failure. This set: noise lines removed 35/45 -> 36/45 (marker 2/8, reading-time 7/7, byline 7/8, footer 8/8, comments
6/8, share 3/3, notice 2/3 -> 3/3), keep lines kept 20/20 -> 20/20, pages clean 1/12 -> 6/12, page noise lines left 21
-> 15 of 240, article lines lost 2 -> 0. Xfails removed: the line xfail of the French editor's note on the changed first
names and the page xfails of the five other portals (English, French, Italian and Polish: the masthead with its tagline
goes; French and German: the tip prompt goes); reworded: the Russian blog (it keeps the warm-up caption and loses no
article line now). Still missed: the Flourish, GAAGO, Ausha, Podigee, CDA and Dzen markers, the Not On The High Street
plug, the English comment guidelines and the German write-a-comment prompt; on the pages the blogs' warm-up captions (no
credit, no label: left alone, session 45), the English, German, Italian and Polish sign-offs, the English and Polish
key-ring plugs and the French and Italian blog names with their menus.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_227_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish graphic: enable targeting cookies in your privacy settings to view this chart.', 'marker'),
    ('body', 'This Scribd document has been removed by the uploader and is no longer available.', 'marker'),
    ('body', 'This GAAGO clip can only be played with an active match pass.', 'marker'),
    ('body', "Le lecteur Ausha n'a pas pu charger cet épisode de podcast.", 'marker'),
    ('body', 'Der Podigee-Player konnte diese Folge gerade nicht abspielen.', 'marker'),
    ('body', 'Impossibile caricare la mappa di Google My Maps: riprova più tardi.', 'marker'),
    ('body', 'Wideo z CDA zostało usunięte z powodu naruszenia regulaminu.', 'marker'),
    ('body', 'Пост из Дзена недоступен: публикация скрыта автором.', 'marker'),
    ('head', 'Est. reading time: 6 mins', 'reading-time'),
    ('head', 'Long post alert – roughly 11 minutes of reading ahead!', 'reading-time'),
    ('head', 'Lecture : 6 min', 'reading-time'),
    ('head', '6 Min. Lesedauer', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 6 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 6 minut', 'reading-time'),
    ('head', 'Читается за 6 минут', 'reading-time'),
    ('head', 'Dorcas Knollabery, sports reporter', 'byline'),
    ('head', 'Propos recueillis par Aurélien Agathonnet', 'byline'),
    ('head', 'Servizio di Ottavia Bigliardelli', 'byline'),
    ('head', 'Подготовила Варвара Стеклошарова', 'byline'),
    ('tail', 'If these match diaries make you smile, you can buy me a coffee on Ko-fi.', 'byline'),
    ('tail',
     'Hand-turned ash hurley racks for your hallway, made to order – see my shop on Not On The High Street.',
     'byline'),
    ('tail', 'Meine selbst gewickelten Schlägergriffe findet ihr auf Kleinanzeigen unter „Friedas Griffe“.', 'byline'),
    ('tail', 'Szyte przeze mnie pokrowce na kije do hurlingu znajdziecie na OLX.', 'byline'),
    ('tail', 'Published with Ghost · Hosted on DigitalOcean · Subscribe via RSS', 'footer'),
    ('tail', 'Website by Squarespace · Cookie policy · Accessibility statement', 'footer'),
    ('tail',
     'All content © the publisher unless otherwise stated. Reproduction without written permission is prohibited.',
     'footer'),
    ('tail', 'Blog propulsé par Over-blog · CGU · Signaler un contenu', 'footer'),
    ('tail', 'Erstellt mit IONOS MyWebsite · Impressum · Barrierefreiheit', 'footer'),
    ('tail', 'P.IVA 01234567890 · Tutti i diritti riservati · Cookie policy', 'footer'),
    ('tail', 'Hosting: nazwa.pl · Wszelkie prawa zastrzeżone · Mapa strony', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Load 20 more comments', 'comments'),
    ('tail', 'Your comment is awaiting moderation.', 'comments'),
    ('tail', 'Comment guidelines: be kind, stay on topic and no personal attacks.', 'comments'),
    ('tail', 'Les commentaires sont fermés pour cet article.', 'comments'),
    ('tail', 'Kommentar schreiben (max. 1500 Zeichen)', 'comments'),
    ('tail', 'Lascia un commento: il tuo indirizzo email non sarà pubblicato.', 'comments'),
    ('tail', 'Pokaż starsze komentarze (12)', 'comments'),
    ('tail', 'Сортировать комментарии: лучшие · новые · старые', 'comments'),
    ('tail', 'Jetzt teilen: Facebook · WhatsApp · Threema · E-Mail', 'share'),
    ('tail', 'Condividi su: Facebook · Telegram · LinkedIn · Copia link', 'share'),
    ('tail', 'Podziel się artykułem: Facebook · WhatsApp · Kopiuj link', 'share'),
    ('body', "Correction: an earlier version of this story gave the winner's age as 13. She is 12.", 'notice'),
    ('body', 'Note de la rédaction : les prénoms des enfants ont été modifiés à la demande des parents.', 'notice'),
    ('tail', 'Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_227_KEEP: list[tuple[str, str]] = [
    ('head', 'Following the final from the churchyard wall, about 300 people cheered every shot.'),
    ('head', "Subscribers to the club's old newsletter still remember the 1987 championship on the same green."),
    ('head', "Copyright on the club's crest, a marble inside a horseshoe, belongs to the parish council."),
    ('body', 'Sharing a single ring between twelve teams meant the games ran on until dusk.'),
    ('body', 'Advertising boards along the pitch were lent by the garage and the bakery.'),
    ('tail', 'Reading the slope of the ring, the 12-year-old champion knuckled down and took the last three marbles.'),
    ('tail', 'Comments from the referee after the final were short: the better team had won on the day.'),
    ('head',
     "Partager le terrain avec le club de football n'a pas empêché les joueurs de s'entraîner deux fois par semaine."),
    ('body', "Suivre la petite balle en cuir à cette vitesse demande des années, sourit l'entraîneur."),
    ('tail', 'Publicité ou pas, la finale a attiré plus de monde que le marché du samedi.'),
    ('head', 'Kommentare der Schiedsrichterin gab es nach dem Finale keine, sie applaudierte nur.'),
    ('body', 'Folgen wollen dem Beispiel im nächsten Jahr auch zwei Schulen aus dem Nachbarort.'),
    ('tail', 'Lesen konnte man die Spannung an den Gesichtern der Eltern am Rand des Kreises.'),
    ('head', "Condividere il campo con la squadra di calcio non è stato facile, ammette l'allenatore."),
    ('tail', "Commenti a parte, la finale è stata decisa dall'ultimo tiro della giornata."),
    ('tail', 'Iscritti al torneo di biglie erano quarantadue ragazzi di sei scuole.'),
    ('body', 'Reklamy na bandach wokół koła zapewnili piekarz i właściciel warsztatu.'),
    ('tail', 'Obserwując finał z murku przy kościele, kibice dopingowali każdego zawodnika.'),
    ('head', 'Поделиться опытом с новичками приехали ветераны турнира из трёх соседних городов.'),
    ('tail', 'Комментируя финал, судья сказал, что победила точность, а не сила.'),
]

HELD_OUT_227_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-knucklecombe-marbles-championship', [
        [
            '-Saturday 14 June 2026 · 17°C, sunny spells',
            '-The Knucklecombe Courier · Your town, your news since 1891',
        ],
        [
            '-Home › Sport › Community sport',
            '-VILLAGE GAMES',
            "+Twelve-year-old wins Knucklecombe's first marbles championship in half a century",
            '-By the Courier sports desk · 14 June 2026, 18:20 · 4 min read',
        ],
        [
            '-The two finalists shake hands before the last game. Photo: Knucklecombe Courier',
        ],
        [
            ('+A 12-year-old pupil from the primary school won the first Knucklecombe Marbles Championship since '
             '1976 on Saturday, knocking seven marbles out of the ring in the final.'),
            ('+Forty-eight players from nine schools and two pub teams entered the contest on the village green, '
             'where a sand ring six feet across had been laid the night before.'),
            '-Read also: Bowls club opens its new pavilion after two years of fundraising',
        ],
        [
            '-Story continues below advertisement',
            '-Sponsored: Five seaside cottages that book out every summer',
            ('+"Marbles is the one game where a grandmother and her grandson play on equal terms," said the '
             'organiser, Albert Ringlethorpe, who has campaigned for the revival since 2019.'),
            '-Share this story: Facebook · X · WhatsApp · Email',
        ],
        [
            '+How the day was played',
            '+Morning: group games in the sand ring, two players to a ring.',
            '+Afternoon: the quarter-finals and semi-finals, shooter against shooter.',
            '-Watch: the final in 90 seconds (video)',
            '+Evening: the final and a team game for the pub sides.',
        ],
        [
            '+The winner, Poppy, beat a 71-year-old retired postman 7–6 in a final that went to the last marble.',
            ('+The entry fees, £860 in all, will pay for a permanent ring by the bandstand, and the championship '
             'will return next June.'),
            '-Got a story? Message the newsroom on WhatsApp.',
        ],
        [
            '-4 comments',
            '-Gwen T: Lovely to see the green full of children again.',
            '-↳ Knucklecombe Courier: Thanks Gwen, photos from the day are in our gallery.',
            '-marblemad62: My grandad played on that green in the fifties.',
            '-↳ Peter W: So did mine, with clay marbles from the old pottery.',
            '-Sign in to comment',
        ],
        [
            '-Most read: 1. Bypass works delayed again · 2. New bakery opens on Church Street',
            '-© 2026 Knucklecombe Courier Ltd · Terms · Privacy · Contact us',
        ],
    ]),
    _page('en', 'en-blog-orlas-sliotar-notes-first-hurling-match', [
        [
            "-Orla's Sliotar Notes — a beginner's year with a hurley",
            '-Home · About me · Match diaries · Kit · Contact',
        ],
        [
            '+Our first ever match: how Sedgemarrow Hurling Club took on a team from Galway',
        ],
        [
            '-Posted on 8 June 2026 by Orla · 3 comments',
            '-6 minute read',
            '-This post contains affiliate links: if you buy through them I may earn a small commission.',
        ],
        [
            ('+We founded the club in a pub back room last autumn, twelve of us who had only ever seen hurling on '
             'YouTube.'),
            ('+On Saturday we finally played a full match, fifteen a side, against a touring club from Galway on '
             'the rugby pitch behind the leisure centre.'),
            '-Warming up before the throw-in, with borrowed helmets all round.',
        ],
        [
            ('+Their captain shook my hand at the throw-in and said: "Keep your eye on the sliotar and your hurley '
             'low, and you\'ll be grand."'),
            '-Advertisements',
            '-Report this ad',
        ],
        [
            '+How the match went',
            '+First half: Galway led 2-09 to 0-03 at the break.',
            '-The helmet I wear: Mycro junior helmet on Amazon (affiliate link)',
            "+Second half: we scored our first ever goal, a ground stroke by our goalkeeper's brother.",
            '+Final whistle: Galway 3-15, Sedgemarrow 1-06, and a standing ovation from both benches.',
        ],
        [
            '+Nobody minded the score; we were just proud to have lasted seventy minutes.',
            '+The return match is planned for Galway in October, and we are already saving for the ferry.',
            '-Up the Marrow! Orla x',
            '-Share this: Facebook · WhatsApp · Pinterest',
        ],
        [
            "-I make hurley grip-tape key rings in the club colours – find them in my Etsy shop, Orla's Grips.",
            "-Follow the club's season on Instagram!",
        ],
        [
            '-3 thoughts on “Our first ever match”',
            "-Declan M: Brilliant write-up, the goalkeeper's brother deserves a medal.",
            "-↳ Orla: He's been unbearable since, Declan!",
            '-Síle from Galway: You were great hosts – see you in October.',
            "-↳ Orla: Can't wait, Síle. We'll bring the cake.",
        ],
        [
            '-« Previous post: Learning to solo the ball · Next post: Kit list for beginners »',
            "-© 2026 Orla's Sliotar Notes · Theme: Twenty Twenty-Four · Powered by WordPress",
        ],
    ]),
    _page('fr', 'fr-portail-calotiere-championnat-de-billes', [
        [
            '-Samedi 14 juin 2026 · 19 °C, éclaircies',
            "-L'Écho de Calotière · L'info de votre canton depuis 1903",
        ],
        [
            '-Accueil › Sports › Sport local',
            "-JEUX D'ANTAN",
            '+Une écolière de 12 ans remporte le premier championnat de billes de Calotière depuis 1976',
            '-Par Sidonie Agatholle · 14 juin 2026 à 18 h 20 · 4 min',
        ],
        [
            "-Les deux finalistes se serrent la main avant la dernière partie. Photo : L'Écho de Calotière",
        ],
        [
            ("+Une élève de 12 ans de l'école primaire a remporté samedi le premier championnat de billes de "
             'Calotière depuis 1976, en sortant sept billes du cercle en finale.'),
            ('+Quarante-huit joueurs venus de neuf écoles et de deux cafés se sont inscrits sur la place du '
             'marché, où un cercle de sable de deux mètres avait été tracé la veille.'),
            '-À lire aussi : Le club de pétanque inaugure son nouveau boulodrome couvert',
        ],
        [
            '-Espace publicitaire',
            "-Contenu sponsorisé : Cinq gîtes en bord de mer qui affichent complet tout l'été",
            ("+« Les billes, c'est le seul jeu où une grand-mère et son petit-fils jouent à armes égales », "
             "explique l'organisateur, Gérard Billotrain, qui milite pour ce retour depuis 2019."),
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Le déroulé de la journée',
            '+Le matin : les poules dans le cercle de sable, deux joueurs par cercle.',
            "+L'après-midi : les quarts et les demi-finales, tireur contre tireur.",
            '-Vidéo : la finale en 90 secondes',
            '+Le soir : la finale et une partie par équipes pour les cafés.',
        ],
        [
            ('+La gagnante, Louna, a battu un facteur retraité de 71 ans sur le score de 7 à 6, à la toute '
             'dernière bille.'),
            ("+Les droits d'inscription, 860 euros au total, financeront un cercle permanent près du kiosque, et "
             'le championnat reviendra en juin prochain.'),
            '-Un témoignage, une info ? Contactez la rédaction via notre formulaire.',
        ],
        [
            '-4 commentaires',
            '-Mireille B. : Quel plaisir de revoir des enfants sur la place !',
            "-↳ L'Écho de Calotière : Merci Mireille, les photos de la journée sont dans notre galerie.",
            '-billes_et_calots : Mon grand-père jouait déjà là dans les années cinquante.',
            "-↳ Pierrot : Le mien aussi, avec des billes en terre de l'ancienne poterie.",
            '-Connectez-vous pour commenter',
        ],
        [
            "-Les plus lus : 1. Travaux de la rocade : nouveau retard · 2. Une boulangerie ouvre rue de l'Église",
            "-© 2026 L'Écho de Calotière · CGU · Confidentialité · Contact",
        ],
    ]),
    _page('fr', 'fr-blog-le-carnet-de-hurling-de-maelle-premier-match', [
        [
            '-Le carnet de hurling de Maëlle — une année de débutante, crosse en main',
            '-Accueil · À propos · Carnets de match · Matériel · Contact',
        ],
        [
            '+Notre tout premier match : Kerbrennec Hurling face à une équipe venue de Cork',
        ],
        [
            '-Publié le 8 juin 2026 par Maëlle · 3 commentaires',
            '-6 minutes de lecture',
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
        ],
        [
            ("+Nous avons fondé le club l'automne dernier dans l'arrière-salle d'un bar, à douze, sans jamais "
             'avoir vu un match de hurling ailleurs que sur YouTube.'),
            ('+Samedi, nous avons enfin joué un vrai match à quinze contre quinze, face à un club de Cork en '
             'tournée, sur le terrain de rugby derrière la piscine.'),
            "-L'échauffement avant le lancer, avec des casques prêtés pour tout le monde.",
        ],
        [
            ("+Leur capitaine m'a serré la main au lancer et m'a dit : « Garde l'œil sur la sliotar et la crosse "
             'basse, et tout ira bien. »'),
            '-Annonces',
            '-Signaler cette annonce',
        ],
        [
            '+Le match en trois temps',
            '+Première mi-temps : Cork menait 2-09 à 0-03 à la pause.',
            '-Mon casque : casque junior Mycro sur Amazon (lien affilié)',
            '+Seconde mi-temps : notre tout premier but, un tir au ras du sol du frère de notre gardien.',
            '+Coup de sifflet final : Cork 3-15, Kerbrennec 1-06, et une ovation des deux bancs.',
        ],
        [
            "+Personne ne s'est soucié du score : nous étions juste fiers d'avoir tenu soixante-dix minutes.",
            '+Le match retour est prévu à Cork en octobre, et nous économisons déjà pour le ferry.',
            '-Kenavo et à bientôt ! Maëlle',
            '-Partager : Facebook · WhatsApp · Pinterest',
        ],
        [
            '-Je fabrique des porte-clés en grip de crosse aux couleurs du club, en vente dans ma boutique Etsy.',
            '-Suivez la saison du club sur Instagram !',
        ],
        [
            '-3 réflexions sur « Notre tout premier match »',
            '-Yannick L. : Superbe récit, le frère du gardien mérite une médaille.',
            '-↳ Maëlle : Il est insupportable depuis, Yannick !',
            '-Siobhán de Cork : Vous avez été des hôtes formidables, à octobre !',
            '-↳ Maëlle : Vivement, Siobhán. On apporte le kouign-amann.',
        ],
        [
            '-« Article précédent : Apprendre le solo · Article suivant : La liste du matériel »',
            '-© 2026 Le carnet de hurling de Maëlle · Thème : Kadence · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-klickerbrunn-murmelmeisterschaft', [
        [
            '-Samstag, 14. Juni 2026 · 19 °C, heiter',
            '-Klickerbrunner Bote · Ihre Heimatzeitung seit 1898',
        ],
        [
            '-Startseite › Sport › Lokalsport',
            '-KINDERSPIELE',
            '+Zwölfjährige gewinnt die erste Klickerbrunner Murmelmeisterschaft seit 1976',
            '-Von Kuno Schussermann · 14.06.2026, 18:20 Uhr · 4 Min.',
        ],
        [
            '-Die beiden Finalisten reichen sich vor dem letzten Spiel die Hand. Foto: Klickerbrunner Bote',
        ],
        [
            ('+Eine zwölfjährige Grundschülerin hat am Samstag die erste Klickerbrunner Murmelmeisterschaft seit '
             '1976 gewonnen und im Finale sieben Murmeln aus dem Kreis geschossen.'),
            ('+48 Spielerinnen und Spieler aus neun Schulen und zwei Gaststätten traten auf dem Marktplatz an, wo '
             'am Vorabend ein Sandkreis von zwei Metern angelegt worden war.'),
            '-Lesen Sie auch: Boule-Verein weiht seine neue überdachte Bahn ein',
        ],
        [
            '-Werbung',
            '-Gesponsert: Fünf Ferienhäuser am Meer, die jeden Sommer ausgebucht sind',
            ('+„Murmeln ist das einzige Spiel, bei dem eine Großmutter und ihr Enkel auf Augenhöhe spielen“, sagt '
             'die Organisatorin Ortrud Kullerbach, die sich seit 2019 für die Wiederbelebung einsetzt.'),
            '-Artikel teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '+So lief der Tag',
            '+Vormittag: Gruppenspiele im Sandkreis, je zwei Spieler pro Kreis.',
            '+Nachmittag: Viertel- und Halbfinale, Schütze gegen Schütze.',
            '-Video: Das Finale in 90 Sekunden',
            '+Abend: das Finale und ein Mannschaftsspiel der Gaststätten.',
        ],
        [
            ('+Die Siegerin, Lotte, schlug einen 71-jährigen Postboten im Ruhestand mit 7:6 – entschieden mit der '
             'letzten Murmel.'),
            ('+Die Startgelder, insgesamt 860 Euro, finanzieren einen festen Spielkreis am Musikpavillon; die '
             'Meisterschaft soll im nächsten Juni wiederkommen.'),
            '-Sie haben ein Thema für uns? Schreiben Sie der Redaktion per WhatsApp.',
        ],
        [
            '-4 Kommentare',
            '-Gisela T.: Schön, den Marktplatz wieder voller Kinder zu sehen.',
            '-↳ Klickerbrunner Bote: Danke, Gisela! Die Bildergalerie vom Turnier ist online.',
            '-murmelfan62: Mein Opa hat dort schon in den Fünfzigern gespielt.',
            '-↳ Peter W.: Meiner auch, mit Tonmurmeln aus der alten Ziegelei.',
            '-Zum Kommentieren bitte anmelden',
        ],
        [
            '-Meistgelesen: 1. Umgehungsstraße: neue Verzögerung · 2. Neue Bäckerei in der Kirchgasse',
            '-© 2026 Klickerbrunner Bote · AGB · Datenschutz · Impressum · Kontakt',
        ],
    ]),
    _page('de', 'de-blog-friedas-hurling-tagebuch-erstes-spiel', [
        [
            '-Friedas Hurling-Tagebuch – ein Anfängerjahr mit dem Hurley',
            '-Start · Über mich · Spielberichte · Ausrüstung · Kontakt',
        ],
        [
            '+Unser allererstes Spiel: der HC Schlägerwiesen gegen ein Team aus Kilkenny',
        ],
        [
            '-Veröffentlicht am 8. Juni 2026 von Frieda · 3 Kommentare',
            '-Lesezeit 6 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links: Wenn ihr darüber kauft, bekomme ich eine kleine Provision.',
        ],
        [
            ('+Gegründet haben wir den Verein im letzten Herbst im Hinterzimmer einer Kneipe, zu zwölft, und '
             'Hurling kannten wir nur von YouTube.'),
            ('+Am Samstag haben wir endlich ein richtiges Spiel bestritten, fünfzehn gegen fünfzehn, gegen einen '
             'Gastverein aus Kilkenny auf dem Rugbyplatz hinter dem Hallenbad.'),
            '-Aufwärmen vor dem Throw-in, alle mit geliehenen Helmen.',
        ],
        [
            ('+Ihr Kapitän gab mir beim Throw-in die Hand und sagte: „Behalte den Sliotar im Auge und den Schläger '
             'unten, dann wird das schon.“'),
            '-Werbeanzeigen',
            '-Diese Anzeige melden',
        ],
        [
            '+So lief das Spiel',
            '+Erste Halbzeit: Kilkenny führte zur Pause 2-09 zu 0-03.',
            '-Mein Helm: Mycro-Juniorhelm bei Amazon (Affiliate-Link)',
            '+Zweite Halbzeit: unser allererstes Tor, ein Flachschuss vom Bruder unseres Torwarts.',
            '+Schlusspfiff: Kilkenny 3-15, Schlägerwiesen 1-06, und stehender Applaus von beiden Bänken.',
        ],
        [
            '+Das Ergebnis war allen egal: Wir waren einfach stolz, siebzig Minuten durchgehalten zu haben.',
            '+Das Rückspiel ist für Oktober in Kilkenny geplant, und wir sparen schon für die Fähre.',
            '-Bis bald und immer den Sliotar im Blick! Eure Frieda',
            '-Teilen: Facebook · WhatsApp · Pinterest',
        ],
        [
            '-Ich mache Schlüsselanhänger aus Hurley-Griffband in Vereinsfarben – zu finden in meinem Etsy-Shop.',
            '-Folgt der Saison des Vereins auf Instagram!',
        ],
        [
            '-3 Gedanken zu „Unser allererstes Spiel“',
            '-Jonas M.: Toller Bericht, der Bruder des Torwarts verdient eine Medaille.',
            '-↳ Frieda: Seitdem ist er unerträglich, Jonas!',
            '-Aoife aus Kilkenny: Ihr wart großartige Gastgeber – bis Oktober!',
            '-↳ Frieda: Wir freuen uns, Aoife. Wir bringen Kuchen mit.',
        ],
        [
            '-« Vorheriger Beitrag: Solo laufen lernen · Nächster Beitrag: Ausrüstung für Anfänger »',
            '-© 2026 Friedas Hurling-Tagebuch · Theme: Kadence · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-biglierolo-campionato-di-biglie', [
        [
            '-Sabato 14 giugno 2026 · 22 °C, poco nuvoloso',
            '-Il Corriere di Biglierolo · Le notizie della tua valle dal 1907',
        ],
        [
            '-Home › Sport › Sport locale',
            '-GIOCHI DI STRADA',
            '+Una dodicenne vince il primo campionato di biglie di Biglierolo dal 1976',
            '-di Fosca Pallinardi · 14 giugno 2026, ore 18:20 · 4 min',
        ],
        [
            "-I due finalisti si stringono la mano prima dell'ultima partita. Foto: Corriere di Biglierolo",
        ],
        [
            ("+Un'alunna di 12 anni della scuola primaria ha vinto sabato il primo campionato di biglie di "
             'Biglierolo dal 1976, facendo uscire sette biglie dal cerchio in finale.'),
            ('+Quarantotto giocatori di nove scuole e due bar si sono iscritti in piazza del mercato, dove la sera '
             'prima era stato tracciato un cerchio di sabbia di due metri.'),
            '-Leggi anche: La bocciofila inaugura il nuovo campo coperto',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: Cinque case al mare che ogni estate vanno a ruba',
            ("+«Le biglie sono l'unico gioco in cui una nonna e il nipote giocano alla pari», dice "
             "l'organizzatore, Ercole Bigliotti, che si batte per la rinascita del torneo dal 2019."),
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            '+Come è andata la giornata',
            '+Mattina: gironi nel cerchio di sabbia, due giocatori per cerchio.',
            '+Pomeriggio: quarti e semifinali, tiratore contro tiratore.',
            '-Video: la finale in 90 secondi',
            '+Sera: la finale e una partita a squadre per i bar.',
        ],
        [
            "+La vincitrice, Greta, ha battuto 7 a 6 un postino in pensione di 71 anni, all'ultima biglia.",
            ("+Le quote d'iscrizione, 860 euro in tutto, pagheranno un cerchio fisso vicino al chiosco della "
             'musica, e il campionato tornerà a giugno.'),
            '-Hai una segnalazione? Scrivi alla redazione su WhatsApp.',
        ],
        [
            '-4 commenti',
            '-Rosanna T.: Che bello rivedere la piazza piena di bambini.',
            '-↳ Corriere di Biglierolo: Grazie Rosanna, le foto della giornata sono nella nostra galleria.',
            '-biglie_1962: Mio nonno giocava lì già negli anni Cinquanta.',
            '-↳ Pietro: Anche il mio, con le biglie di terracotta della vecchia fornace.',
            '-Accedi per commentare',
        ],
        [
            '-I più letti: 1. Tangenziale, nuovo ritardo · 2. Apre un forno in via della Chiesa',
            '-© 2026 Il Corriere di Biglierolo · Termini · Privacy · Contatti',
        ],
    ]),
    _page('it', 'it-blog-il-diario-di-hurling-di-ginevra-prima-partita', [
        [
            "-Il diario di hurling di Ginevra – un anno da principiante con l'hurley in mano",
            '-Home · Chi sono · Diari delle partite · Attrezzatura · Contatti',
        ],
        [
            "+La nostra prima partita in assoluto: l'Hurling Valdipalla contro una squadra di Limerick",
        ],
        [
            "-Pubblicato l'8 giugno 2026 da Ginevra · 3 commenti",
            '-6 minuti di lettura',
            '-Questo post contiene link affiliati: se acquisti tramite questi link ricevo una piccola commissione.',
        ],
        [
            ("+Abbiamo fondato la squadra lo scorso autunno nel retro di un pub, in dodici, e l'hurling l'avevamo "
             'visto solo su YouTube.'),
            ('+Sabato abbiamo finalmente giocato una vera partita, quindici contro quindici, contro un club di '
             'Limerick in tournée, sul campo da rugby dietro la piscina.'),
            '-Il riscaldamento prima del lancio, tutti con caschi in prestito.',
        ],
        [
            ("+Il loro capitano mi ha stretto la mano al lancio e mi ha detto: «Tieni d'occhio lo sliotar e il "
             'bastone basso, e andrà tutto bene.»'),
            '-Annunci pubblicitari',
            '-Segnala questo annuncio',
        ],
        [
            "+Com'è andata la partita",
            "+Primo tempo: Limerick conduceva 2-09 a 0-03 all'intervallo.",
            '-Il mio casco: casco junior Mycro su Amazon (link affiliato)',
            '+Secondo tempo: il nostro primo gol di sempre, un tiro rasoterra del fratello del nostro portiere.',
            '+Fischio finale: Limerick 3-15, Valdipalla 1-06, e applausi in piedi da entrambe le panchine.',
        ],
        [
            '+Del risultato non importava a nessuno: eravamo solo fieri di aver resistito settanta minuti.',
            '+La partita di ritorno è prevista a Limerick in ottobre, e stiamo già risparmiando per il traghetto.',
            '-Alla prossima, e forza Valdipalla! Ginevra',
            '-Condividi: Facebook · WhatsApp · Pinterest',
        ],
        [
            '-Realizzo portachiavi con il nastro per manici nei colori della squadra: li trovi nel mio negozio Etsy.',
            '-Segui la stagione della squadra su Instagram!',
        ],
        [
            '-3 pensieri su “La nostra prima partita in assoluto”',
            '-Matteo R.: Bellissimo racconto, il fratello del portiere merita una medaglia.',
            '-↳ Ginevra: Da allora è insopportabile, Matteo!',
            '-Niamh da Limerick: Siete stati padroni di casa fantastici, a ottobre!',
            "-↳ Ginevra: Non vediamo l'ora, Niamh. Portiamo la crostata.",
        ],
        [
            "-« Articolo precedente: Imparare il solo · Articolo successivo: L'attrezzatura per chi inizia »",
            '-© 2026 Il diario di hurling di Ginevra · Tema: Kadence · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-kulkowiec-mistrzostwa-w-kulki', [
        [
            '-Sobota, 14 czerwca 2026 · 19°C, przejaśnienia',
            '-Głos Kulkowca · Wiadomości z powiatu od 1919 roku',
        ],
        [
            '-Strona główna › Sport › Sport lokalny',
            '-Z PODWÓRKA',
            '+Dwunastolatka wygrywa pierwsze od 1976 roku mistrzostwa Kulkowca w kulki',
            '-Bożena Kulkiewska · 14.06.2026, 18:20 · 4 min',
        ],
        [
            '-Finaliści podają sobie ręce przed ostatnią partią. Fot. Głos Kulkowca',
        ],
        [
            ('+Dwunastoletnia uczennica szkoły podstawowej wygrała w sobotę pierwsze od 1976 roku mistrzostwa '
             'Kulkowca w kulki, wybijając w finale siedem kulek z koła.'),
            ('+Do zawodów na rynku zgłosiło się 48 graczy z dziewięciu szkół i dwóch kawiarni; dzień wcześniej '
             'usypano tam piaskowe koło o średnicy dwóch metrów.'),
            '-Przeczytaj również: Klub petanki otwiera nową krytą halę',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Pięć domków nad morzem, które co lato są zarezerwowane',
            ('+– Kulki to jedyna gra, w której babcia i wnuk grają jak równy z równym – mówi organizator Zenon '
             'Toczykulski, który od 2019 roku zabiegał o powrót turnieju.'),
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Jak przebiegał dzień',
            '+Rano: gry grupowe w piaskowym kole, po dwóch graczy.',
            '+Po południu: ćwierćfinały i półfinały, strzelec przeciw strzelcowi.',
            '-Wideo: finał w 90 sekund',
            '+Wieczorem: finał i mecz drużynowy kawiarni.',
        ],
        [
            ('+Zwyciężczyni, Zosia, pokonała 71-letniego emerytowanego listonosza 7:6, rozstrzygając finał '
             'ostatnią kulką.'),
            ('+Wpisowe, w sumie 3600 zł, pokryje koszt stałego koła przy muszli koncertowej, a mistrzostwa wrócą w '
             'przyszłym czerwcu.'),
            '-Masz temat? Napisz do redakcji na WhatsAppie.',
        ],
        [
            '-4 komentarze',
            '-Grażyna T.: Jak miło znów zobaczyć rynek pełen dzieci.',
            '-↳ Głos Kulkowca: Dziękujemy, zdjęcia z turnieju są w naszej galerii.',
            '-kulkarz62: Mój dziadek grał tam już w latach pięćdziesiątych.',
            '-↳ Piotrek: Mój też, glinianymi kulkami ze starej cegielni.',
            '-Zaloguj się, aby skomentować',
        ],
        [
            '-Najczęściej czytane: 1. Obwodnica znowu opóźniona · 2. Nowa piekarnia przy Kościelnej',
            '-© 2026 Głos Kulkowca · Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-hurling-wedlug-oli-pierwszy-mecz', [
        [
            '-Hurling według Oli – rok początkującej z kijem w ręku',
            '-Start · O mnie · Relacje z meczów · Sprzęt · Kontakt',
        ],
        [
            '+Nasz pierwszy mecz w historii: Hurling Club Kijanowo Dolne kontra drużyna z Waterford',
        ],
        [
            '-Opublikowano 8 czerwca 2026 przez Olę · 3 komentarze',
            '-6 minut lektury',
            '-Ten wpis zawiera linki afiliacyjne: jeśli kupisz coś przez nie, dostanę niewielką prowizję.',
        ],
        [
            ('+Klub założyliśmy zeszłej jesieni na zapleczu pubu, w dwanaście osób, a hurling znaliśmy tylko z '
             "YouTube'a."),
            ('+W sobotę wreszcie zagraliśmy prawdziwy mecz, piętnastu na piętnastu, z klubem z Waterford, który '
             'przyjechał do nas w trasę, na boisku do rugby za basenem.'),
            '-Rozgrzewka przed wrzutem, wszyscy w pożyczonych kaskach.',
        ],
        [
            ('+Ich kapitan uścisnął mi dłoń przy wrzucie i powiedział: „Patrz na sliotar, trzymaj kij nisko, a '
             'będzie dobrze”.'),
            '-Ogłoszenie',
            '-Zgłoś tę reklamę',
        ],
        [
            '+Jak poszedł mecz',
            '+Pierwsza połowa: Waterford prowadził do przerwy 2-09 do 0-03.',
            '-Mój kask: juniorski Mycro na Allegro (link afiliacyjny)',
            '+Druga połowa: nasz pierwszy gol w historii, strzał po ziemi brata naszego bramkarza.',
            '+Końcowy gwizdek: Waterford 3-15, Kijanowo Dolne 1-06 i owacja na stojąco z obu ławek.',
        ],
        [
            '+Wynik nikogo nie obchodził: byliśmy po prostu dumni, że wytrzymaliśmy siedemdziesiąt minut.',
            '+Rewanż planujemy w październiku w Waterford i już odkładamy na prom.',
            '-Do następnego! Ola',
            '-Udostępnij: Facebook · WhatsApp · Pinterest',
        ],
        [
            '-Robię breloczki z owijki do kija w barwach klubu – znajdziecie je w moim sklepie na Etsy.',
            '-Śledźcie sezon klubu na Instagramie!',
        ],
        [
            '-3 odpowiedzi na „Nasz pierwszy mecz w historii”',
            '-Kuba M.: Świetna relacja, brat bramkarza zasługuje na medal.',
            '-↳ Ola: Od tamtej pory jest nie do zniesienia, Kuba!',
            '-Aisling z Waterford: Byliście wspaniałymi gospodarzami, do października!',
            '-↳ Ola: Nie możemy się doczekać, Aisling. Przywieziemy sernik.',
        ],
        [
            '-« Poprzedni wpis: Nauka solo · Następny wpis: Sprzęt dla początkujących »',
            '-© 2026 Hurling według Oli · Motyw: Kadence · Napędzane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-sharikogorsk-chempionat-po-igre-v-shariki', [
        [
            '-Суббота, 14 июня 2026 · +19 °C, переменная облачность',
            '-Шарикогорский вестник · Новости района с 1924 года',
        ],
        [
            '-Главная › Спорт › Местный спорт',
            '-ДВОРОВЫЕ ИГРЫ',
            '+Двенадцатилетняя школьница выиграла первый с 1976 года чемпионат Шарикогорска по игре в шарики',
            '-Агафья Стеклокатова · 14.06.2026, 18:20 · 4 мин',
        ],
        [
            '-Финалисты пожимают друг другу руки перед последней партией. Фото: «Шарикогорский вестник»',
        ],
        [
            ('+В субботу двенадцатилетняя ученица начальной школы выиграла первый с 1976 года чемпионат '
             'Шарикогорска по игре в шарики, выбив в финале семь шариков из круга.'),
            ('+На рыночной площади, где накануне вечером насыпали песчаный круг диаметром два метра, выступили 48 '
             'игроков из девяти школ и двух кафе.'),
            '-Читайте также: Клуб петанка открыл новую крытую площадку',
        ],
        [
            '-Реклама',
            '-Спецпроект: Пять домиков у моря, которые каждое лето бронируют заранее',
            ('+«Шарики — единственная игра, где бабушка и внук играют на равных», — говорит организатор Степан '
             'Катайшаров, который добивался возрождения турнира с 2019 года.'),
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Как прошёл день',
            '+Утро: групповые игры в песчаном круге, по два игрока.',
            '+День: четвертьфиналы и полуфиналы, стрелок против стрелка.',
            '-Видео: финал за 90 секунд',
            '+Вечер: финал и командная игра кафе.',
        ],
        [
            '+Победительница Соня обыграла 71-летнего почтальона на пенсии со счётом 7:6 — всё решил последний шарик.',
            ('+Взносы участников, всего 86 тысяч рублей, пойдут на постоянный круг у летней эстрады, а чемпионат '
             'вернётся в июне следующего года.'),
            '-Есть новость? Напишите в редакцию в Telegram.',
        ],
        [
            '-4 комментария',
            '-Галина Т.: Как приятно снова видеть площадь, полную детей.',
            '-↳ «Шарикогорский вестник»: Спасибо, Галина! Фотографии с турнира в нашей галерее.',
            '-шарик62: Мой дед играл там ещё в пятидесятые.',
            '-↳ Пётр: Мой тоже, глиняными шариками со старого кирпичного завода.',
            '-Войдите, чтобы оставить комментарий',
        ],
        [
            '-Самое читаемое: 1. Объездную снова не достроили · 2. На Церковной открылась пекарня',
            '-© 2026 «Шарикогорский вестник» · 12+ · Политика конфиденциальности · Контакты',
        ],
    ]),
    _page('ru', 'ru-blog-kherling-vari-pervyi-match', [
        [
            '-Хёрлинг Вари — год новичка с клюшкой в руках',
            '-Главная · Обо мне · Дневники матчей · Экипировка · Контакты',
        ],
        [
            '+Наш самый первый матч: хёрлинг-клуб «Клюшкоград» против команды из Дублина',
        ],
        [
            '-Опубликовано 8 июня 2026 автором Варя · 3 комментария',
            '-6 минут чтения',
            '-В этом посте есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшую комиссию.',
        ],
        [
            ('+Клуб мы основали прошлой осенью в подсобке паба, вдвенадцатером, а хёрлинг до этого видели только '
             'на YouTube.'),
            ('+В субботу мы наконец сыграли настоящий матч, пятнадцать на пятнадцать, с клубом из Дублина, который '
             'приехал к нам в турне, на регбийном поле за бассейном.'),
            '-Разминка перед вбрасыванием, все в одолженных шлемах.',
        ],
        [
            ('+Их капитан пожал мне руку при вбрасывании и сказал: «Следи за слиотаром, держи клюшку ниже — и всё '
             'будет отлично».'),
            '-Рекламный блок',
            '-Пожаловаться на рекламу',
        ],
        [
            '+Как прошёл матч',
            '+Первый тайм: Дублин вёл к перерыву 2-09 против 0-03.',
            '-Мой шлем: юниорский Mycro на Ozon (партнёрская ссылка)',
            '+Второй тайм: наш первый гол в истории — удар по земле от брата нашего вратаря.',
            '+Финальный свисток: Дублин 3-15, «Клюшкоград» 1-06, и овация стоя от обеих скамеек.',
        ],
        [
            '+Счёт никого не волновал: мы просто гордились тем, что выдержали семьдесят минут.',
            '+Ответный матч запланирован на октябрь в Дублине, и мы уже копим на паром.',
            '-До встречи на поле! Ваша Варя',
            '-Поделиться: ВКонтакте · Telegram · Pinterest',
        ],
        [
            '-Я делаю брелоки из обмотки для клюшек в цветах клуба — они есть в моём магазине на Ярмарке Мастеров.',
            '-Следите за сезоном клуба в нашем Telegram-канале!',
        ],
        [
            '-3 комментария к записи «Наш самый первый матч»',
            '-Максим Л.: Отличный рассказ, брат вратаря заслужил медаль.',
            '-↳ Варя: С тех пор он невыносим, Максим!',
            '-Шивон из Дублина: Вы были прекрасными хозяевами, до октября!',
            '-↳ Варя: Ждём с нетерпением, Шивон. Привезём пирог.',
        ],
        [
            '-« Предыдущая запись: Учимся соло · Следующая запись: Экипировка для новичков »',
            '-© 2026 Хёрлинг Вари · Тема: Kadence · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Flourish graphic: enable targeting cookies in your privacy settings to view this chart.':
        ("an English Flourish chart held back until the targeting cookies are enabled ('Flourish graphic: enable "
         "targeting cookies in your privacy settings to view this chart.') is left in the body"),
    'This GAAGO clip can only be played with an active match pass.':
        ("an English GAAGO clip that needs a match pass ('This GAAGO clip can only be played with an active match "
         "pass.') is left in the body"),
    'Der Podigee-Player konnte diese Folge gerade nicht abspielen.':
        ("a German Podigee player that could not play the episode just now ('Der Podigee-Player konnte diese Folge "
         "gerade nicht abspielen.') is left in the body"),
    'Wideo z CDA zostało usunięte z powodu naruszenia regulaminu.':
        ("a Polish CDA video removed for breaking the terms of service ('Wideo z CDA zostało usunięte z powodu "
         "naruszenia regulaminu.') is left in the body"),
    'Пост из Дзена недоступен: публикация скрыта автором.':
        ("a Russian Dzen post hidden by its author ('Пост из Дзена недоступен: публикация скрыта автором.') is "
         'left in the body'),
    'Hand-turned ash hurley racks for your hallway, made to order – see my shop on Not On The High Street.':
        ("an English Not On The High Street plug for the author's hurley racks ('Hand-turned ash hurley racks for "
         "your hallway, made to order – see my shop on Not On The High Street.') is left at the foot"),
    'Comment guidelines: be kind, stay on topic and no personal attacks.':
        ("an English comment-guidelines line ('Comment guidelines: be kind, stay on topic and no personal "
         "attacks.') is left at the foot"),
    'Kommentar schreiben (max. 1500 Zeichen)':
        ("a German write-a-comment prompt with its character limit ('Kommentar schreiben (max. 1500 Zeichen)') is "
         'left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-orlas-sliotar-notes-first-hurling-match':
        ("the English first-hurling-match blog post keeps the opening photo's caption of the warm-up closing the block"
         " of the first two paragraphs ('Warming up before the throw-in, with borrowed helmets all round.') (1 of 20 "
         'noise lines); no article line is lost'),
    'fr-blog-le-carnet-de-hurling-de-maelle-premier-match':
        ('the French first-hurling-match blog post keeps the blog name with its tagline, first in the block at the '
         "very top ('Le carnet de hurling de Maëlle — une année de débutante, crosse en main'); the menu under it "
         "('Accueil · À propos · Carnets de match · Matériel · Contact'); and the opening photo's caption of the "
         'warm-up closing the block of the first two paragraphs ("L\'échauffement avant le lancer, avec des '
         'casques prêtés pour tout le monde.") (3 of 20 noise lines); no article line is lost'),
    'de-blog-friedas-hurling-tagebuch-erstes-spiel':
        ("the German first-hurling-match blog post keeps the opening photo's caption of the warm-up closing the "
         "block of the first two paragraphs ('Aufwärmen vor dem Throw-in, alle mit geliehenen Helmen.') and the "
         "author's sign-off under the two last paragraphs ('Bis bald und immer den Sliotar im Blick! Eure Frieda') "
         '(2 of 20 noise lines); no article line is lost'),
    'it-blog-il-diario-di-hurling-di-ginevra-prima-partita':
        ('the Italian first-hurling-match blog post keeps the blog name with its tagline, first in the block '
         'at the very top ("Il diario di hurling di Ginevra – un anno da principiante con l\'hurley in mano"); '
         "the menu under it ('Home · Chi sono · Diari delle partite · Attrezzatura · Contatti'); and the "
         "opening photo's caption of the warm-up closing the block of the first two paragraphs ('Il "
         "riscaldamento prima del lancio, tutti con caschi in prestito.') (3 of 20 noise lines); no article "
         'line is lost'),
    'pl-blog-hurling-wedlug-oli-pierwszy-mecz':
        ("the Polish first-hurling-match blog post keeps the opening photo's caption of the warm-up closing the block "
         "of the first two paragraphs ('Rozgrzewka przed wrzutem, wszyscy w pożyczonych kaskach.') (1 of 20 noise "
         'lines); no article line is lost'),
    'ru-blog-kherling-vari-pervyi-match':
        ("the Russian first-hurling-match blog post keeps the opening photo's caption of the warm-up closing the "
         "block of the first two paragraphs ('Разминка перед вбрасыванием, все в одолженных шлемах.') (1 of 20 "
         'noise lines); no article line is lost'),
}

test_held_out_227_line, test_held_out_227_line_is_kept, test_held_out_227_page = held_out_tests(
    HELD_OUT_227_LINES, HELD_OUT_227_KEEP, HELD_OUT_227_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
