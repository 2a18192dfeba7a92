"""Held-out set 222: written blind, weighted toward the noise the cleaner exists for, in shapes set 220's docstring does
not name (nor the first paragraphs of sets 217, 218 and 219): scraper, embed and ad markers, all in the body (an English
Datawrapper chart that cannot be drawn because JavaScript is off "The Datawrapper chart embedded here could not be
displayed because JavaScript is turned off in your browser.", an English Spotify preview-only line asking the reader to
log in for the full episode "Spotify preview only: log in to Spotify to play the full episode.", an English
password-protected Vimeo video "This Vimeo video is password protected. Please enter the password to watch it.", a
French Ausha podcast player whose audio format the browser does not support "Le lecteur Ausha n'a pas pu charger cet
épisode : format audio non pris en charge par votre navigateur.", a German ARD Mediathek item locked for youth
protection until 10 pm "Dieser Beitrag aus der ARD Mediathek ist wegen einer Jugendschutzsperre erst ab 22 Uhr
verfügbar.", an Italian Spreaker podcast that cannot be reached for now "Il podcast di Spreaker incorporato non è al
momento raggiungibile: riprova più tardi.", a Polish CDA player that does not support the reader's browser "Odtwarzacz
CDA nie obsługuje Twojej przeglądarki – zaktualizuj ją, aby obejrzeć film." and a Russian Yandex Music recording not
available in the reader's region "Аудиозапись из Яндекс Музыки недоступна для прослушивания в вашем регионе.");
reading-time headers in new wordings, all at the head (the English approximate minutes-to-read label "Approx. 4 minutes
to read", a blog's grab-a-cuppa line with the minutes of reading "Grab a cuppa – this loft diary runs to about 10
minutes of reading.", the French you-will-need-minutes-to-read line "Il vous faudra 4 minutes pour lire cet article.",
the German you-need-about-minutes-to-read line "Zum Lesen brauchen Sie etwa 4 Minuten.", the Italian
time-needed-for-reading label "Tempo necessario per la lettura: 4 minuti", the Polish you-will-read-it-in line "Artykuł
przeczytasz w 4 minuty" and the Russian bare read-minutes label "Читать 4 минуты"); bylines and self-promotion (an
English story-and-photographs-by byline "Story and photographs by Ambrose Pidgemore", a German written-down-by byline
"Aufgeschrieben von Hedwig Trappelmann", an Italian report-of byline "Servizio di Ermete Piccionardi" and a Russian
recorded-by byline "Записала Глафира Голубенцева", all at the head, and at the foot an English PIPA auctions plug for
the author's young birds with a sales list "Youngsters from my loft go up on PIPA's online auctions now and then – join
my sales list to hear first.", an English pigeon-portrait commissions plug with an Etsy shop "I also paint portraits of
racing pigeons from your photos – commissions open on my Etsy shop.", a French Leboncoin squeakers plug, hand-over only
"Je vends mes pigeonneaux sur Leboncoin, remise en main propre uniquement." and a Polish OLX ringed-youngsters plug with
pick-up only "Obrączkowane młode z mojego gołębnika można kupić na OLX – tylko odbiór osobisty."); blog and site
footers, all at the foot (the English Ghost credit with the privacy and terms links "Powered by Ghost · Privacy ·
Terms", the English Squarespace credit "Made with Squarespace", an English no-reproduction-without-permission line
"Reproduction of any part of this website without written permission is prohibited.", a French SPIP and Infomaniak
credit with the site map "Site propulsé par SPIP · Hébergé par Infomaniak · Plan du site", a German TYPO3 and Hetzner
credit with the accessibility link "Erstellt mit TYPO3 · Gehostet bei Hetzner · Barrierefreiheit", an Italian VAT-number
line with a Joomla! credit and the cookie policy "Partita IVA 02847160356 · Realizzato con Joomla! · Cookie policy", a
Polish Drupal and nazwa.pl credit with the accessibility statement "Strona oparta na Drupalu · Hosting: nazwa.pl ·
Deklaracja dostępności" and a Russian Tilda credit with the privacy policy and all-rights-reserved "Сайт сделан на Tilda
· Политика конфиденциальности · Все права защищены"); reader-comment furniture, all at the foot (an English
thread-closed note "This comment thread is now closed to new comments.", an English sort-comments row "Sort comments by:
Newest · Oldest · Most liked", an English keep-it-civil prompt with the community guidelines "Please keep comments civil
– read our community guidelines before posting.", a French show-earlier-comments link with its count "Afficher les
commentaires précédents (12)", a German comments-off-at-night note "Die Kommentarfunktion ist nachts zwischen 22 und 7
Uhr deaktiviert.", the Italian WordPress your-address-will-not-be-published line "Il tuo indirizzo email non sarà
pubblicato. I campi obbligatori sono contrassegnati *", a Polish read-the-forum-rules-before-commenting prompt "Zanim
dodasz komentarz, zapoznaj się z regulaminem forum." and a Russian comments-are-premoderated note "Комментарии проходят
премодерацию и появляются не сразу."); share rows, all at the foot (an English spread-the-word row with Bluesky,
Mastodon and LinkedIn "Spread the word: Bluesky · Mastodon · LinkedIn · Copy link", a German send-the-article row with
Signal "Artikel versenden: Signal · Telegram · Link kopieren" and an Italian pass-the-article-round row "Fai girare
l'articolo: Facebook · Telegram · Copia link"); and notices (a French correction note about an earlier version's wrong
release date "Rectificatif : une version précédente de cet article indiquait par erreur la date du lâcher des pigeons."
and a Polish made-in-cooperation-with note naming the pigeon fanciers' union "Materiał powstał we współpracy z Polskim
Związkiem Hodowców Gołębi Pocztowych.", both in the body, and a Russian found-a-typo-press-Ctrl+Enter note "Если вы
заметили ошибку в тексте, выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 220's docstring does not describe (on the six portal pages, in nine blocks, the date of the day,
the masthead with its tagline and the section menu in a block of three at the very top, the date first; the title alone
in a block of one; the reading time, the byline and the date line alone in a block of three, the reading time first; the
first and second paragraphs at the two ends of a block of three with an advertisement label between them; the paragraph
with the quote in the middle of a block of three, between the lead photo's caption with its credit (in one line) above
it and a read-also link under it; the subheading and the three rows with a follow-us-on-Facebook (or VKontakte) prompt
between the subheading and the first row, inside the list block (a block of five, the prompt second); the two last
paragraphs at the two ends of a block of four with a share row and a newsletter prompt between them; a thread of six
lines alone in a block (a comment count, a sort-by line, a reader's comment, the paper's arrowed reply to it, a second
reader's comment and a third reader's arrowed reply to it); and at the foot the publisher's copyright line with its
links in one line and a back-to-top link, in a block of two; on the six blog pages, in ten blocks, a skip-to-content
link, the blog name with its tagline and the menu in a block of three at the very top, the skip link first; the title
last in a block of two, under a filed-under category line; the posted-on-by line (with the comment count), the reading
time and a table of contents (its heading and three numbered entries in one line) alone in a block of three; the first
and second paragraphs in the middle of a block of four, between the opening photo's caption above them and a pin-it
prompt under them; the paragraph with the quote at the top of a block of two with an affiliate link to the feed mix
under it; the subheading and the three rows with the caption of the first bird home between the first and second rows,
inside the list block (a block of five, the caption third); a share row above the two last paragraphs, in their block (a
block of three, the share row first); the author's sign-off and a plug for the author's garden lofts or wicker baskets
alone in a block of two; a thread of five lines alone in a block (a comments heading with its count quoting the post's
title, a comment, the author's arrowed reply, a second comment left unanswered and a leave-a-reply prompt); and at the
foot the author's copyright line with the theme and platform credit in one line, alone in a block of one), taken from
local news of a first clog-dance festival on a town's market square (more than 400 dancers from 26 teams, oak boards
laid over the cobbles so that every step is heard, some 3,000 onlookers, the organiser's quote, a morning procession
from the station, an afternoon step competition and an evening ceilidh or folk dance, the home team winning by two
points, the collections for the town band, a return next June) in six invented towns, and from six hobby blogs on a
beginner's first young-bird pigeon race (fourteen youngsters basketed at the club on Friday, liberated at half past
seven on Saturday some 150 kilometres (94 miles on the English blog) away, an old neighbour's quote about putting the
kettle on or making coffee, the first hen home after about two hours, eleven of fourteen home by evening, three still
missing, ninth in the club result).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 220 but what is named here), held-out set 221 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep the tests/ folder's files (for one narrow listing see
note (2)). Read were: the docstring of held-out set 220 up to and including its paragraph starting "Baseline", its
imports and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not
by a string search), and the first paragraphs of the docstrings of sets 217, 218 and 219, printed with one ast script
(/tmp/s222scratch/read_allowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s222scratch/insp.py, with /tmp/wt-s222/src and /tmp/wt-s222/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s222 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 220's as printed, with 220 -> 222; /tmp/s222scratch/gen222.py writes this file
from scratch files (data222.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages222.py with the pages, doc_layout.txt, doc_rest.txt and, after the
measurement, doc_baseline.txt and tables222.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s222, detached at commit
a197dcd22726b18a37f2a8f34fe10bbcb50ceb51, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 15:48:07 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 15:48:09 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed a197dcd22726b18a37f2a8f34fe10bbcb50ceb51 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, exit status 0 for both), and /work/main was not touched
afterwards. (2) In the set-up call an ``ls`` of /tmp/wt-s222/tests/test_clean_held_out_22*.py and
/tmp/wt-s222/tests/test_clean_held_out_21[789].py was run to see that the files to be read exist; it printed the names
of sets 217, 218, 219, 22 and 220 (the glob 22* also matched set 22's file), nothing else and no content. This is a
narrow listing of files in the tests/ folder, which the brief forbids, so it is recorded here; nothing of set 22 was
opened. (3) read_allowed.py first printed to the terminal, which the tool cut in the middle (it showed the first
paragraph of set 217 and the start of set 218's, then, from inside set 220's Judgement calls paragraph on, the rest of
set 220's docstring up to its Baseline paragraph, its imports and its tail, all allowed parts); the second run went to
/tmp/s222scratch/allowed.txt, of which I paged lines 125 to 430 with ``sed`` in two pieces; nothing else of any set file
was printed. (4) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import (and gen222.py's import of the written file,
to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no
source under src/ was printed. (5) Before writing I compared my wordings with the ones the read docstrings name, by eye,
and kept away from them: no embed service used for a held-out marker here is named in them (Datawrapper, Spotify, Vimeo,
Ausha, ARD Mediathek, Spreaker, CDA, Yandex Music), and the failures are of kinds not named there or not named for that
language (JavaScript turned off, a preview for logged-out readers, a password, an audio format the browser cannot play,
a youth-protection lock until 10 pm, a podcast host out of reach, a browser the player does not support, a region lock);
the reading times avoid the phrasings named there (the new ones are "Approx. ... minutes to read", a grab-a-cuppa line
with "minutes of reading", "Il vous faudra ... pour lire", "Zum Lesen brauchen Sie etwa", "Tempo necessario per la
lettura", "przeczytasz w" and a bare "Читать ... минуты"); the bylines are of new shapes (story-and-photographs-by,
aufgeschrieben von, servizio di, записала) and the plugs name marketplaces not named there (PIPA auctions with a sales
list, Etsy commissions for pigeon portraits, Leboncoin, OLX); the footers use credits, hosts and legal lines not named
there (Ghost, Squarespace, a no-reproduction line, SPIP with Infomaniak, TYPO3 with Hetzner, an Italian VAT number with
Joomla!, Drupal with nazwa.pl, Tilda); the comment lines (a thread-closed note, a sort-comments row, a keep-it-civil
prompt, a show-earlier-comments link, a comments-off-at-night note, the Italian WordPress address-not-published line, a
read-the-forum-rules prompt, a premoderation note), share rows (spread the word with Bluesky, Mastodon and LinkedIn;
Artikel versenden with Signal; fai girare l'articolo) and notices (a correction, a made-in-cooperation note, a
found-a-typo Ctrl+Enter note) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels
and the like) is of the ordinary kinds the brief lists; the layouts differ from those of sets 217 to 220 (see the first
paragraph). (6) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files)
before use. No hits: Clogthwaite, Clattersall, Claquesabot, Claquetoux, Klapperhusen, Klapperhusener, Klompenbrink,
Trappelmann, Zoccolaia, Zoccolazzi, Piccionardi, Drewniakowo, Drewniakowa, Stukalska, Деревяшинск, Стукотнёва,
Голубенцева, Pidgemore, Loftwhistle, "Pigeonnier d'Eudoxie", "Ottilies Schlagbuch", "colombaio di Brunilde", "Gołębnik u
Halszki" and "Голубятня Прасковьи" (Ziegenstrick was also checked, no hits, and not used). Dropped for hits: Stompworth
(a list of invented names), Claquebois (the French word for xylophone), Talonneau (a person in a genealogy table),
Holzschuhmacher (a trade name), Zoccolanti (a street), Стукаловск (inside a conference's name), Каблукова (real people
and streets), Holzklapper (a word in game notes), Battitacchi (a car part), Quillstrand (a place in game data),
Fallowmere (game places and code), Zoccolotti (a real researcher) and Colombrini (a cited author) -- the replacements
are the checked names above. Bloggers are given by first name only (Gideon, Eudoxie, Ottilie, Brunilde, Halszka,
Прасковья), as are the neighbours and the commenters (first names, first names with an initial, or handles), and were
not checked; "The Clogthwaite Tattler", "Le Réveil de Claquesabot", "Klapperhusener Rundschau", "La Voce di Zoccolaia",
"Echo Drewniakowa" and "Деревяшинский вестник" are formed from checked names. Real services, platforms, shops, bodies
and places (Datawrapper, Spotify, Vimeo, Ausha, ARD Mediathek, Spreaker, CDA, Яндекс Музыка, PIPA, Etsy, Leboncoin, OLX,
Ghost, Squarespace, SPIP, Infomaniak, TYPO3, Hetzner, Joomla!, Drupal, nazwa.pl, Tilda, Bluesky, Mastodon, LinkedIn,
Signal, Telegram, WhatsApp, Facebook, X, Pinterest, ВКонтакте, Одноклассники, Amazon, Ozon, Versele-Laga, WordPress and
its themes, the Polski Związek Hodowców Gołębi Pocztowych, Cheltenham, Châteauroux, Limburg, Bologna, Poznań, Tver and
the like) are named as real pages do. (7) A script (/tmp/s222scratch/check.py) checked case-insensitively that no noise
line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats and that no
line holds an at-sign, that each page has 10 article and 20 noise lines, and the counts by category, language and place;
its first run found no noise line inside another line but one repeated article line (the subheading "How the day went"
on both English pages), so the blog's subheading became "The day, hour by hour"; the second run found nothing. While
writing I had already kept noise words out of other lines: the Italian and French keep lines say "Pubblicizzata" and
"Publicitaire" (not the ad labels "Pubblicità" and "Publicité"), the German portal's menu has no "Traueranzeigen", the
Italian and Polish portals' copyright lines say "Inserzionisti" and "Cennik ogłoszeń" (not the ad labels), the French
held-out show-earlier-comments link puts its count in brackets (so that the portal's count line is not inside it), and
the Russian blog's share row is not the one set 220's tail quotes. After that check the blogs' first paragraph block was
reordered (the caption above the two paragraphs, not between them, to keep away from a layout of set 217); check.py was
run again and found nothing. gen222.py checks that no line of the file is over 120 columns and that it holds no at-sign,
and imports the written file back and finds its lists and pages equal to the scratch data. (8) The measurement was run
once, as the brief gives it, in one shell call at 15:54:43 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (8) to (10) (the measured copy is kept as
/tmp/s222scratch/pre_measure_copy.py); pytest printed 18 failed, 59 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s222scratch, importing the copy in /tmp/wt-s222/tests with /tmp/wt-s222/src on the
path) then printed ``_problems`` of each failing case: the eight lines and the ten pages of the tables; every problem
printed is a kept noise line ("kept boilerplate"); no keep line is lost, no page loses an article line and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed.
(9) The tables were written from that output by make_tables.py (it writes tables222.py, which gen222.py puts into this
file); make_tables.py checked that every key of the tables is a failing line or page of that output, that each line's
only problem is that it is kept, and that each page's reason quotes in full every noise line the output names for it and
gives the count the report counts left; the lists and pages of the final file were imported back and found equal to the
scratch data, and the final file was checked with the pytest command in /tmp/wt-s222 (see the Baseline paragraph). (10)
Clock: ``date`` printed 15:48:07 at the start, 15:54:43 at the measurement and 15:55:34 just before the Baseline
paragraph and these notes were written (after the tables); the commit followed within minutes, well inside the brief's
50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the race and the festival that open with or
hold a noise-like word ("Reading the weather on the morning of the race, the convoy driver held the birds back for two
hours.", "Shares in the club's new transport trailer were sold to members at £25 each.", "Followed by a brass band, the
clog dancers led the parade down Market Street.", "Subscribing members of the federation paid a reduced entry fee of £1
per bird.", "Advertising boards along the procession route were painted by pupils of the primary school.", "Copyright in
the festival's clog emblem was handed to the town council last year.", "Commenting on the result, the winner said his
hen had been sitting on eggs for ten days.", "Partagée entre trois villages, la fête des sabots a réuni près de 900
danseurs.", "Suivre les pigeons sur l'écran du club est devenu un rituel pour les anciens.", "Publicitaire de métier, le
président du club a dessiné lui-même l'affiche.", "Lesen konnte man die Startzeiten nur an der Tafel vor dem
Vereinsheim.", "Geteilt wurde der Sieg am Ende zwischen zwei Züchtern aus demselben Dorf.", "Anzeigen gegen Lärm gab es
trotz der klappernden Holzschuhe keine einzige.", "Seguito da centinaia di curiosi, il lancio dei colombi è avvenuto
alle sette in punto.", "Condivisa da tre generazioni, la passione per gli zoccoli resiste in paese.", "Pubblicizzata
solo con il passaparola, la festa ha superato ogni previsione.", "Komentując wynik, zwycięzca przyznał, że jego samica
wróciła tuż przed burzą.", "Obserwuj niebo, mówił dzieciom stary hodowca, a zobaczysz pierwsze gołębie.", "Поделились
опытом с новичками трое старейших голубеводов района." and "Читать прогноз ветра голубеводы начали ещё за неделю до
выпуска птиц."): each is a full sentence with a subject, a verb and a fact of the story, so article ("Reading the
weather" and "Lesen konnte man" open like reading-time labels but say who read what; "Shares in", "Geteilt wurde",
"Condivisa da", "Partagée entre" and "Поделились опытом" open like share rows but are about a trailer, a victory, a
passion, a festival and experience; "Followed by", "Suivre les pigeons" and "Seguito da" open like follow prompts but
describe a parade, a ritual and a crowd; "Subscribing members" opens like a subscribe prompt but gives an entry fee;
"Advertising boards", "Publicitaire de métier", "Pubblicizzata" and "Anzeigen gegen Lärm" hold ad words but say who
painted boards, who drew the poster, how the festival was made known and that no noise complaints were filed; "Copyright
in the festival's clog emblem" opens like a copyright line but says who owns the emblem; "Commenting on the result" and
"Komentując wynik" open like comment furniture but report what a winner said; "Obserwuj niebo" is an old fancier's words
to children, not a follow prompt; "Читать прогноз ветра" opens like the Russian read-minutes label but says the fanciers
read the wind forecast). Borderline categories: the four plugs (PIPA auctions, Etsy portrait commissions, Leboncoin,
OLX) are bylines and self-promotion, at the foot, since they sell the author's birds or work in the author's voice; the
Spotify preview-only line and the Datawrapper JavaScript line are markers (what an embed leaves in the text when it does
not play or draw), though they read as sentences; the no-reproduction line and the Italian VAT-number line are footers
(legal lines of the site, not of the article); the keep-it-civil prompt, the Italian address-not-published line and the
Polish forum-rules prompt are comment furniture, since they sit over the comment form and speak only of commenting; the
French correction note and the Polish made-in-cooperation note are notices in the body and the Russian Ctrl+Enter note a
notice at the foot (all three speak of the article they sit in). On every page the title, the three paragraphs before
the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (dates of the day, mastheads with taglines, menus, skip links, category lines, bylines, date lines,
posted-on lines, reading times, tables of contents, ad labels, captions and photo credits, pin-it prompts, read-also
links, affiliate links, follow prompts, share rows, newsletter prompts, sign-offs and plugs, comment counts, sort-by
lines, comments and replies, leave-a-reply prompts, copyright lines, back-to-top links) is noise. The list rows
(morning, afternoon and evening on the portals; the times of the liberation, the first hen and the eleventh bird on the
blogs) are short but part of each article, so article; the list headings ("How the day went", "The day, hour by hour"
and the like) are the articles' subheadings, so article; the portals' advertisement labels are noise though they sit
between the first and second paragraphs; the portals' follow prompts are noise though they sit between the subheading
and the first row; the portals' share rows and newsletter prompts are noise though they sit between the two last
paragraphs; the blogs' captions of the first bird home ("The first bird home, a blue chequer hen.") are noise though
they read like a sentence of the post and sit between the first and second list rows; the blogs' opening captions are
noise though they open the block of the first two paragraphs, and the share rows though they open the block of the two
last paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines: an English, a German, an Italian and a Russian one), body 10 (the eight markers
and two notices: French and Polish), tail 24 (four plugs: two English, a French and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-clogthwaite-clog-festival (more than 400
dancers from 26 teams on oak boards over the cobbles of Clogthwaite's market square, some 3,000 onlookers, a ceilidh in
the market hall, the home team winning by two points over a team from Cumbria, £3,400 for the town band),
en-blog-notes-from-the-loftwhistle-first-young-bird-race (Gideon's fourteen youngsters liberated at Cheltenham, 94 miles
away, eleven home, a blue chequer hen ninth in the club), fr-portail-claquesabot-festival-de-sabots (the same festival
in Claquesabot, a bal folk under the halle, 3 800 euros for the fanfare),
fr-blog-le-pigeonnier-d-eudoxie-premier-concours (the same race in French, liberated at Châteauroux),
de-portal-klapperhusen-holzschuhfest (the Holzschuhfest on the Marktplatz of Klapperhusen, 3.600 Euro for the
Spielmannszug), de-blog-ottilies-schlagbuch-erster-jungtaubenflug (Ottilie's Jungtaubenflug from Limburg),
it-portale-zoccolaia-festa-degli-zoccoli (the festival in the piazza del mercato of Zoccolaia, 3.500 euro for the
banda), it-blog-il-colombaio-di-brunilde-prima-gara (Brunilde's first race from Bologna),
pl-portal-drewniakowo-festiwal-drewniakow (the festival on the rynek of Drewniakowo, 14 tys. zł for the orkiestra dęta),
pl-blog-golebnik-u-halszki-pierwszy-lot (Halszka's first flight from near Poznań),
ru-portal-dereviashinsk-festival-bashmakov (the festival on the рыночная площадь of Деревяшинск, 290 тысяч рублей for
the духовой оркестр), ru-blog-golubyatnya-praskovi-pervye-sorevnovaniya (Прасковья's first race from near Тверь), each
with a reader comment thread.

Baseline (2026-12-07, cleaner at commit a197dcd22726b18a37f2a8f34fe10bbcb50ceb51, measured with ``cd /tmp/wt-s222 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s222/src python -m pytest -q tests/test_clean_held_out_222.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s222 && PYTHONPATH=/tmp/wt-s222/src python
scripts/clean_held_out_report.py --sets 222``, with the xfail tables empty, at 15:54:43 UTC by ``date``): noise lines
removed 37/45 (marker 5/8, notice 3/3, reading-time 5/7, byline 7/8, footer 8/8, comments 6/8, share 3/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Spotify preview-only
line, the French Ausha unsupported-format line and the German ARD Mediathek youth-protection lock), two reading times at
the head (the English grab-a-cuppa line and the Italian time-needed-for-reading label), one byline at the head (the
German written-down-by byline) and two comment lines at the foot (the German comments-off-at-night note and the Polish
read-the-forum-rules prompt); the Datawrapper, Vimeo, Spreaker, CDA and Yandex Music markers, the other five reading
times, the English, Italian and Russian bylines, all four plugs, all eight footers, the other six comment lines, every
share row and all three notices went); keep lines kept 20/20; pages 2/12 clean, 27 of 240 page noise lines left and 0 of
120 article lines lost. Clean: the English and Russian portal pages. Left: on the French, German, Italian and Polish
portal pages the follow-us-on-Facebook prompt between the subheading and the first list row (1 each); on the English
blog page the table of contents, the opening photo's caption and the caption of the first bird home between the first
and second list rows (3); on the French, German, Italian, Polish and Russian blog pages these three and the affiliate
link under the paragraph with the quote (4 each). Lost: no page and no keep line loses an article line. The failing
cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s222 gave 59 passed, 18 xfailed, no
XPASS.

Measured after round 140 (2026-12-07, lead; the writers of this set and of set 221 worked beside round 140 from its
base, a197dcd; round 140 rebased on main with the lead's mend, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 217 218 219 220 221 222 223 224`` and the set's pytest file): nothing
moved. noise lines removed 37/45, keep lines kept 20/20, pages 2/12 clean, 27 of 240 page noise lines left, 0 of 120
article lines lost; every xfail still fails as its reason says. Round 140 (sets 217/218: titles under a prompt kept in
the menu's block, follow prompts, one-line tables of contents, sign-offs with commissions plugs "on the page", a ticker
over the masthead, embed, reading-time, byline, plug, comment and notice wordings) read none of this set's wordings or
layouts.

Measured after round 141 (2026-12-07, lead; round 141 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 223 224 225 226`` and the set's
pytest file): nothing moved. noise lines removed 37/45, keep lines kept 20/20, pages 2/12 clean, 27 of 240 page noise
lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 141 (sets 219/220: a follow
prompt naming two networks, a masthead whose tagline ends in its founding year over a breadcrumb block, a photo credit
naming its holder in quotation marks, a Russian share row naming the post, embed, comment-form, byline and update-note
wordings) read none of this set's wordings or layouts.

Measured after round 142 (2026-12-07, lead; round 142 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231
232`` and the set's pytest file): nothing moved: noise lines removed 37/45, keep lines kept 20/20, pages 2/12 clean, 27
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 142 (sets
223/224: a shop link over the article's subheading, a quoted name ending a list row, a sign-off with a comma between its
wishes, a blog's title under the posted-on line with the writer's "we" or "I", a Russian call word opening a sentence
whose subject follows, the French "Durée de lecture estimée" label and an Italian print-edition note) read none of this
set's wordings or layouts.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): nothing moved: noise lines removed 37/45, keep lines kept 20/20, pages 2/12 clean, 27
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 143 (sets
227/228: the writer's "we" over a taken sign-off, mastheads joined to their tagline by a middle dot, news-tip prompts,
talked-about sponsored headlines under an ad label, captions closed by a bracketed family credit such as "(photo: my
mum)", reading-time, byline and editor's-note wordings) read none of this set's wordings or layouts.

Round 144 (development; this set was read in full from this round on): sets 221's and 222's pages keep only their photo
captions with no credit (out of scope: no credit, prompt or label), all fifteen line xfails of the two sets go, and no
line is lost. (1) ``page_blocks._BETWEEN_SIGN_OFF_AND_PLUG`` takes "share widget": the blog's sign-off closing the last
paragraphs' block, the share row the rules took under it and the writer's shop plug alone in the next block ("Happy
felting! Philippa" / "Share: ..." / "If you'd like a felted bowl of your own, I have a few left in my Etsy shop.", set
221's English, French, German, Italian and Polish blogs) read as round 115's post-end cluster; the comma in the wishes
was not the cause (``_blog_sign_off`` read "Happy felting! Philippa" already), the share row between the two was. (2)
``page_blocks._head_block_lines``: the head block's last line, a jump link (round 108's ``_JUMP_LINK``) under the
posted-on line and the reading time ("Aller directement au matériel", "Vai subito ai materiali", "Przejdź od razu do
listy materiałów"). (3) ``clean._PAGE_TOOLS`` "table of contents": entries numbered in order from 1 after the header
("Contents: 1. Basketing 2. The liberation 3. Clocking in", set 222's six blogs; "Indice dei contenuti" joins the
headers). (4) ``clean._AFFILIATE_MARK_IN_LINE`` (round 118): the label after the dash pointed to, the writer's own and
the shop named ("– lien affilié Amazon ici", "– hier mein Amazon-Partnerlink", "– вот моя партнёрская ссылка на Ozon";
``_AFFILIATE_POINTER``, ``_AFFILIATE_OWN``, ``_AFFILIATE_SHOP_NAMED``). Taking the German one ended the body's run at
the quote, and the list rows "7:30 Uhr: Auflass bei Sonnenschein" and "9:41 Uhr: ..." read as two commenters, so the
tail took the German blog's subheading, rows and two last paragraphs; (5) ``page_blocks._is_timeline_row``
(``_TIMELINE_ROW``, in ``_is_time_in_article_row``): a row opening on its time, a colon or dash and three words, with
another such row within three lines, is the article's, no commenter's header; and taking the Russian affiliate link left
its "Отправить друзьям: ВКонтакте · Pinterest · Telegram" kept, so the Russian share table's objects take
"друзьям"/"другу". (6) ``whole_line_noise`` "social follow": round 125's follow-the-paper prompt in French, German,
Italian, Polish and Russian, the name in capitals or quotes, the network and what the follower gets ("Suivez Le Réveil
sur Facebook pour toutes les photos du festival", set 222's four portals). (7) ``clean._AD_SLOT_LABEL``: promoted and
partner-content labels ("Promoted stories", "Партнёрский материал", set 221's English and Russian portals), read with
round 117's ad hook inside a block. (8) Wordings: embed placeholders (round 116's ``_EMBED_NOUN`` takes ticket widgets
and previews, ``_EMBED_NAMED_ANY`` an article after the preposition, ``_EMBED_STATE_ANY`` the active "n'a pas pu
charger", "konnte ... nicht laden", "non è riuscito a caricare" and a youth-protection lock; Google's
can't-load-Google-Maps-correctly error; the Polish post that cannot be shown "z <network>:"), ``_DRINK_FIRST`` "this
<kind of post>" ("this loft diary"), ``_NEEDED_FOR_READING`` ("Tempo necessario per la lettura"), the bare
"Aufgeschrieben von <Name>" byline, ``_SHOP_PLATFORM`` Palundu, three comment-box shapes (the house rules named after
"before you comment", the house rules' label over a plea to keep comments civil, "no username yet"), "nachts" before
round 72's night closure hours, and round 94's names note "known to the newsroom". Other sets' xfails removed (XPASS):
sets 73 and 90 (a teaser and an ad under "Promoted stories" and "Партнёрский материал"), 205 (a sponsored headline under
the partner label), 101 and 114 ("Die Kommentarfunktion ist nachts ..."), 146 and 227 ("Le lecteur Ausha n'a pas pu
charger cet épisode de podcast."), 166 ("Aufgeschrieben von <Name>"), 178 ("Il player di Spreaker non è riuscito a
caricare la puntata ..."); page reasons reworded in sets 186 (the rainstick blog's sign-off and plug go), 223 (two
blogs' affiliate links after a dash; the Italian portal's bio goes once the follow prompt under it is the rules') and
227 (two blogs' sign-off and plug across the share row). Report (``--sets $(seq 10 224) 227 228``, the frozen base copy
before, the branch after): sets 10-224, 227, 228 in total noise lines removed 9026 -> 9047 of 9841, article and keep
lines kept 4367 -> 4367 of 4367, pages clean 1446 -> 1455 of 2590, page noise lines left 2202 -> 2160 of 53520,
paragraphs lost 2 -> 2 (set 86's); only sets 73, 90, 101, 114, 146, 166, 178, 186, 205, 221, 222, 223 and 227 changed,
and no set's article lines kept dropped. SemEval: 0 changed files of 3723 (``semeval_noise_diff.py diff``). Bench
(``bench_clean.py --baseline-src`` the frozen base, run beside the cleaning test set): ratio 1.03 (cpu best 3.516 s
against 3.401 s). Pytest (the brief's cleaning test set on the branch, with -x): 26470 passed, 1959 xfailed, no XPASS,
no failure (16 min 29 s). This set's figures (report, before -> after): noise lines removed 37/45 -> 45/45 (marker 5/8
-> 8/8, notice 3/3, reading-time 5/7 -> 7/7, byline 7/8 -> 8/8, footer 8/8, comments 6/8 -> 8/8, share 3/3), keep lines
kept 20/20 -> 20/20, pages clean 2/12 -> 6/12 (the French, German, Italian and Polish portals come clean), page noise
lines left 27 -> 12 of 240, 0 of 120 article lines lost; the set's pytest file: 71 passed, 6 xfailed (was 59 passed, 18
xfailed). Reasons reworded: the six blogs (each now 2 of 20: the opening photo's caption and the caption of the first
bird home; the table of contents and the affiliate link went). Still missed: those two photo captions with no credit on
each of the six blogs (out of scope, see the brief's item 5).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_222_LINES: list[tuple[str, str, str]] = [
    (
        'body',
        'The Datawrapper chart embedded here could not be displayed because JavaScript is turned off in your browser.',
        'marker',
    ),
    ('body', 'Spotify preview only: log in to Spotify to play the full episode.', 'marker'),
    ('body', 'This Vimeo video is password protected. Please enter the password to watch it.', 'marker'),
    (
        'body',
        "Le lecteur Ausha n'a pas pu charger cet épisode : format audio non pris en charge par votre navigateur.",
        'marker',
    ),
    (
        'body',
        'Dieser Beitrag aus der ARD Mediathek ist wegen einer Jugendschutzsperre erst ab 22 Uhr verfügbar.',
        'marker',
    ),
    ('body', 'Il podcast di Spreaker incorporato non è al momento raggiungibile: riprova più tardi.', 'marker'),
    ('body', 'Odtwarzacz CDA nie obsługuje Twojej przeglądarki – zaktualizuj ją, aby obejrzeć film.', 'marker'),
    ('body', 'Аудиозапись из Яндекс Музыки недоступна для прослушивания в вашем регионе.', 'marker'),
    (
        'body',
        'Rectificatif : une version précédente de cet article indiquait par erreur la date du lâcher des pigeons.',
        'notice',
    ),
    ('body', 'Materiał powstał we współpracy z Polskim Związkiem Hodowców Gołębi Pocztowych.', 'notice'),
    ('head', 'Approx. 4 minutes to read', 'reading-time'),
    ('head', 'Grab a cuppa – this loft diary runs to about 10 minutes of reading.', 'reading-time'),
    ('head', 'Il vous faudra 4 minutes pour lire cet article.', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten.', 'reading-time'),
    ('head', 'Tempo necessario per la lettura: 4 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Читать 4 минуты', 'reading-time'),
    ('head', 'Story and photographs by Ambrose Pidgemore', 'byline'),
    ('head', 'Aufgeschrieben von Hedwig Trappelmann', 'byline'),
    ('head', 'Servizio di Ermete Piccionardi', 'byline'),
    ('head', 'Записала Глафира Голубенцева', 'byline'),
    (
        'tail',
        "Youngsters from my loft go up on PIPA's online auctions now and then – join my sales list to hear first.",
        'byline',
    ),
    ('tail', 'I also paint portraits of racing pigeons from your photos – commissions open on my Etsy shop.', 'byline'),
    ('tail', 'Je vends mes pigeonneaux sur Leboncoin, remise en main propre uniquement.', 'byline'),
    ('tail', 'Obrączkowane młode z mojego gołębnika można kupić na OLX – tylko odbiór osobisty.', 'byline'),
    ('tail', 'Powered by Ghost · Privacy · Terms', 'footer'),
    ('tail', 'Made with Squarespace', 'footer'),
    ('tail', 'Reproduction of any part of this website without written permission is prohibited.', 'footer'),
    ('tail', 'Site propulsé par SPIP · Hébergé par Infomaniak · Plan du site', 'footer'),
    ('tail', 'Erstellt mit TYPO3 · Gehostet bei Hetzner · Barrierefreiheit', 'footer'),
    ('tail', 'Partita IVA 02847160356 · Realizzato con Joomla! · Cookie policy', 'footer'),
    ('tail', 'Strona oparta na Drupalu · Hosting: nazwa.pl · Deklaracja dostępności', 'footer'),
    ('tail', 'Сайт сделан на Tilda · Политика конфиденциальности · Все права защищены', 'footer'),
    ('tail', 'This comment thread is now closed to new comments.', 'comments'),
    ('tail', 'Sort comments by: Newest · Oldest · Most liked', 'comments'),
    ('tail', 'Please keep comments civil – read our community guidelines before posting.', 'comments'),
    ('tail', 'Afficher les commentaires précédents (12)', 'comments'),
    ('tail', 'Die Kommentarfunktion ist nachts zwischen 22 und 7 Uhr deaktiviert.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Zanim dodasz komentarz, zapoznaj się z regulaminem forum.', 'comments'),
    ('tail', 'Комментарии проходят премодерацию и появляются не сразу.', 'comments'),
    ('tail', 'Spread the word: Bluesky · Mastodon · LinkedIn · Copy link', 'share'),
    ('tail', 'Artikel versenden: Signal · Telegram · Link kopieren', 'share'),
    ('tail', "Fai girare l'articolo: Facebook · Telegram · Copia link", 'share'),
    ('tail', 'Если вы заметили ошибку в тексте, выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_222_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading the weather on the morning of the race, the convoy driver held the birds back for two hours.'),
    ('head', "Shares in the club's new transport trailer were sold to members at £25 each."),
    ('head', 'Followed by a brass band, the clog dancers led the parade down Market Street.'),
    ('head', 'Partagée entre trois villages, la fête des sabots a réuni près de 900 danseurs.'),
    ('head', 'Lesen konnte man die Startzeiten nur an der Tafel vor dem Vereinsheim.'),
    ('head', 'Seguito da centinaia di curiosi, il lancio dei colombi è avvenuto alle sette in punto.'),
    ('head', 'Поделились опытом с новичками трое старейших голубеводов района.'),
    ('body', 'Subscribing members of the federation paid a reduced entry fee of £1 per bird.'),
    ('body', 'Advertising boards along the procession route were painted by pupils of the primary school.'),
    ('body', 'Geteilt wurde der Sieg am Ende zwischen zwei Züchtern aus demselben Dorf.'),
    ('body', 'Condivisa da tre generazioni, la passione per gli zoccoli resiste in paese.'),
    ('body', 'Komentując wynik, zwycięzca przyznał, że jego samica wróciła tuż przed burzą.'),
    ('tail', "Copyright in the festival's clog emblem was handed to the town council last year."),
    ('tail', 'Commenting on the result, the winner said his hen had been sitting on eggs for ten days.'),
    ('tail', "Suivre les pigeons sur l'écran du club est devenu un rituel pour les anciens."),
    ('tail', "Publicitaire de métier, le président du club a dessiné lui-même l'affiche."),
    ('tail', 'Anzeigen gegen Lärm gab es trotz der klappernden Holzschuhe keine einzige.'),
    ('tail', 'Pubblicizzata solo con il passaparola, la festa ha superato ogni previsione.'),
    ('tail', 'Obserwuj niebo, mówił dzieciom stary hodowca, a zobaczysz pierwsze gołębie.'),
    ('tail', 'Читать прогноз ветра голубеводы начали ещё за неделю до выпуска птиц.'),
]

HELD_OUT_222_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-clogthwaite-clog-festival', [
        [
            '-Saturday 14 June 2025',
            '-The Clogthwaite Tattler – Your town, your paper since 1889',
            "-News · Sport · What's On · Community · Obituaries",
        ],
        [
            '+Hundreds of dancers fill Clogthwaite market square for first clog festival',
        ],
        [
            '-4 min read',
            '-By Winifred Clattersall, Community Reporter',
            '-Published 15 June 2025, 9:12am',
        ],
        [
            ("+More than 400 dancers from 26 teams clattered across the market square on Saturday at Clogthwaite's "
             'first clog dance festival.'),
            '-Advertisement',
            ('+Oak boards were laid over the cobbles so that every step could be heard, and some 3,000 people came '
             'to watch.'),
        ],
        [
            '-A team from Northumberland on the oak boards. Photo: Winifred Clattersall',
            ("+The festival's organiser said: “We hoped for two hundred dancers and got twice that, so we simply "
             'laid more boards.”'),
            '-Read also: Town band marks 130 years with a concert in the park',
        ],
        [
            '+How the day went',
            '-Follow the Tattler on Facebook for all the festival photos',
            '+Morning: a procession of all 26 teams from the station',
            '+Afternoon: the step competition on the boards',
            '+Evening: a ceilidh in the market hall',
        ],
        [
            '+The home team won the step competition by two points ahead of a visiting team from Cumbria.',
            '-Share: Facebook · X · WhatsApp · Email',
            "-Get the Tattler's morning briefing in your inbox – sign up free",
            '+Collections raised £3,400 for the town band, and the festival will return next June.',
        ],
        [
            '-12 comments',
            '-Sort by: Newest',
            '-CloggerJan: Brilliant day, the noise on those boards was something else!',
            '-↳ Clogthwaite Tattler: Thanks Jan – more photos are in our gallery.',
            '-MillLaneMick: Shame the parking was such a mess.',
            '-↳ BarbaraT: Park at the cricket club next time, it was free.',
        ],
        [
            '-© 2025 The Clogthwaite Tattler · About us · Contact · Advertise with us',
            '-Back to top ↑',
        ],
    ]),
    _page('en', 'en-blog-notes-from-the-loftwhistle-first-young-bird-race', [
        [
            '-Skip to content',
            '-Notes from the Loftwhistle – a small loft, big hopes',
            '-Home · The Loft · Race Results · About Me',
        ],
        [
            '-Filed under: Young Birds, Race Reports',
            '+First young bird race: eleven of fourteen home',
        ],
        [
            '-Posted on 9 August 2025 by Gideon · 5 Comments',
            '-6 minute read',
            '-Contents: 1. Basketing 2. The liberation 3. Clocking in',
        ],
        [
            '-The youngsters on the landing board on Friday morning.',
            ('+On Friday evening I basketed fourteen youngsters at the club for our first young bird race of the '
             'season.'),
            '+The convoy liberated them at Cheltenham at half past seven on Saturday, some 94 miles from my loft.',
            '-Pin this post for later!',
        ],
        [
            ("+My neighbour Arthur, who has raced birds for fifty years, told me: “Don't stand staring at the sky, "
             "put the kettle on and they'll come.”"),
            '-I feed Versele-Laga young bird mix – buy it through my Amazon link (affiliate).',
        ],
        [
            '+The day, hour by hour',
            '+7:30 – the birds were liberated in sunshine',
            '-The first bird home, a blue chequer hen.',
            '+9:36 – the first hen dropped onto the loft',
            '+6:10pm – the eleventh bird came in',
        ],
        [
            '-Share this post: Facebook · Pinterest · Email',
            '+Three birds are still missing, but youngsters often turn up a day or two later.',
            '+The hen was ninth in the club result, which is more than I dared to hope for in a first race.',
        ],
        [
            '-Till next Saturday, Gideon',
            '-I build small garden lofts to order – see the Lofts page for prices and photos.',
        ],
        [
            '-5 thoughts on “First young bird race: eleven of fourteen home”',
            '-Harold P: Ninth in your first race, well done lad.',
            '-↳ Gideon: Thanks Harold, it was pure luck!',
            '-LoftLady: Mine came in from the same point at 9:50, what a day.',
            '-Leave a Reply',
        ],
        [
            '-© 2025 Notes from the Loftwhistle · Theme: Twenty Twenty-Four · Proudly powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-claquesabot-festival-de-sabots', [
        [
            '-Samedi 14 juin 2025',
            "-Le Réveil de Claquesabot – L'actualité de votre canton depuis 1902",
            '-Actualités · Sports · Sorties · Vie locale · Avis de décès',
        ],
        [
            '+Plus de 400 danseurs en sabots sur la place du marché de Claquesabot',
        ],
        [
            '-Temps de lecture : 4 min',
            '-Par Firmin Claquetoux, correspondant',
            '-Publié le 15 juin 2025 à 9h12',
        ],
        [
            ('+Plus de 400 danseurs venus de 26 groupes ont fait claquer leurs sabots samedi lors du premier '
             'festival de Claquesabot.'),
            '-Publicité',
            ('+Des planches de chêne avaient été posées sur les pavés pour que chaque pas résonne, devant quelque '
             '3 000 spectateurs.'),
        ],
        [
            '-Un groupe venu de Bretagne sur les planches de chêne. Photo : F. Claquetoux',
            ("+« Nous espérions deux cents danseurs et il en est venu le double, alors nous avons posé d'autres "
             "planches », a expliqué l'organisatrice du festival."),
            '-À lire aussi : La fanfare municipale fête ses 120 ans au kiosque',
        ],
        [
            '+Le programme de la journée',
            '-Suivez Le Réveil sur Facebook pour toutes les photos du festival',
            '+Le matin : défilé des 26 groupes depuis la gare',
            "+L'après-midi : concours de pas sur les planches",
            '+Le soir : bal folk sous la halle',
        ],
        [
            "+L'équipe locale a remporté le concours de pas avec deux points d'avance sur un groupe venu du Nord.",
            '-Partager : Facebook · X · WhatsApp · E-mail',
            '-Recevez la lettre du matin du Réveil : inscription gratuite',
            '+Les quêtes ont rapporté 3 800 euros à la fanfare, et le festival reviendra en juin prochain.',
        ],
        [
            '-Commentaires (12)',
            '-Trier par : les plus récents',
            '-Jeannot59 : Superbe journée, quel bruit sur ces planches !',
            "-↳ Le Réveil de Claquesabot : Merci Jeannot, d'autres photos sont dans notre galerie.",
            "-MarieDuMoulin : Dommage pour le stationnement, c'était la pagaille.",
            "-↳ Bernard_C : Garez-vous au stade la prochaine fois, c'était gratuit.",
        ],
        [
            '-© 2025 Le Réveil de Claquesabot · Qui sommes-nous · Contact · Annonceurs',
            '-Retour en haut ↑',
        ],
    ]),
    _page('fr', 'fr-blog-le-pigeonnier-d-eudoxie-premier-concours', [
        [
            '-Aller au contenu',
            "-Le Pigeonnier d'Eudoxie – carnet d'une colombophile débutante",
            '-Accueil · Mon colombier · Résultats · À propos',
        ],
        [
            '-Classé dans : Jeunes, Concours',
            '+Premier concours des jeunes : onze pigeons sur quatorze rentrés',
        ],
        [
            '-Publié le 9 août 2025 par Eudoxie · 5 commentaires',
            '-Lecture : 6 min',
            "-Sommaire : 1. L'enlogement 2. Le lâcher 3. Le constatage",
        ],
        [
            "-Les jeunes sur la planche d'envol vendredi matin.",
            "+Vendredi soir, j'ai enlogé quatorze jeunes au club pour notre premier concours de la saison.",
            ('+Le convoyeur les a lâchés à Châteauroux samedi à sept heures et demie, à quelque 150 kilomètres de '
             'mon colombier.'),
            '-Épinglez cet article sur Pinterest !',
        ],
        [
            ("+Mon voisin Marcel, colombophile depuis cinquante ans, m'a dit : « Ne reste pas à fixer le ciel, "
             'fais du café et ils arriveront. »'),
            "-J'utilise le mélange Versele-Laga pour jeunes – lien affilié Amazon ici.",
        ],
        [
            '+Le déroulé de la journée',
            '+7 h 30 : lâcher des pigeons sous le soleil',
            '-Le premier rentré, une femelle bleu écaillé.',
            '+9 h 41 : la première femelle se pose sur le colombier',
            '+18 h 10 : le onzième pigeon rentre',
        ],
        [
            '-Partager cet article : Facebook · Pinterest · E-mail',
            '+Trois pigeons manquent encore, mais les jeunes reviennent souvent un jour ou deux plus tard.',
            "+La femelle s'est classée neuvième au club, bien mieux que je n'osais l'espérer pour un premier concours.",
        ],
        [
            '-À samedi prochain, Eudoxie',
            '-Je fabrique des paniers de transport en osier sur commande – voir la page Boutique.',
        ],
        [
            '-5 réponses à « Premier concours des jeunes : onze pigeons sur quatorze rentrés »',
            '-Robert du 62 : Neuvième pour un premier concours, bravo !',
            '-↳ Eudoxie : Merci Robert, beaucoup de chance !',
            '-Colombine : Les miens sont rentrés du même lâcher à 9 h 55, quelle journée.',
            '-Laisser un commentaire',
        ],
        [
            "-© 2025 Le Pigeonnier d'Eudoxie · Thème Astra · Propulsé par WordPress",
        ],
    ]),
    _page('de', 'de-portal-klapperhusen-holzschuhfest', [
        [
            '-Samstag, 14. Juni 2025',
            '-Klapperhusener Rundschau – Ihre Heimatzeitung seit 1898',
            '-Lokales · Sport · Freizeit · Vereine · Service',
        ],
        [
            '+Über 400 Tänzer in Holzschuhen auf dem Marktplatz von Klapperhusen',
        ],
        [
            '-Lesezeit: 4 Min.',
            '-Von Liesel Klompenbrink',
            '-Veröffentlicht am 15.06.2025, 09:12 Uhr',
        ],
        [
            ('+Mehr als 400 Tänzerinnen und Tänzer aus 26 Gruppen klapperten am Samstag beim ersten Holzschuhfest '
             'von Klapperhusen über den Marktplatz.'),
            '-Werbung',
            ('+Über das Pflaster waren Eichenbohlen gelegt worden, damit jeder Schritt zu hören war; rund 3000 '
             'Menschen schauten zu.'),
        ],
        [
            '-Eine Gruppe aus Ostfriesland auf den Eichenbohlen. Foto: L. Klompenbrink',
            ('+„Wir hatten mit zweihundert Tänzern gerechnet und es kamen doppelt so viele, also haben wir einfach '
             'mehr Bohlen gelegt“, sagte die Organisatorin des Festes.'),
            '-Lesen Sie auch: Spielmannszug feiert 125 Jahre mit Konzert im Park',
        ],
        [
            '+So lief der Tag',
            '-Folgen Sie der Rundschau auf Facebook für alle Fotos vom Fest',
            '+Vormittags: Umzug aller 26 Gruppen vom Bahnhof',
            '+Nachmittags: Schrittwettbewerb auf den Bohlen',
            '+Abends: Tanz in der Markthalle',
        ],
        [
            ('+Die Gruppe aus dem Ort gewann den Schrittwettbewerb mit zwei Punkten Vorsprung vor Gästen aus dem '
             'Emsland.'),
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            '-Der Rundschau-Newsletter am Morgen: jetzt kostenlos abonnieren',
            ('+Die Sammlung brachte 3.600 Euro für den Spielmannszug, und im nächsten Juni soll es wieder ein Fest '
             'geben.'),
        ],
        [
            '-Kommentare (12)',
            '-Sortieren nach: Neueste zuerst',
            '-Klompenfan: Toller Tag, was für ein Geklapper auf den Bohlen!',
            '-↳ Klapperhusener Rundschau: Danke! Weitere Fotos gibt es in unserer Galerie.',
            '-Marktfrau_Inge: Schade, dass das Parken so chaotisch war.',
            '-↳ Heinz_K: Nächstes Mal am Sportplatz parken, da war es kostenlos.',
        ],
        [
            '-© 2025 Klapperhusener Rundschau · Über uns · Kontakt · Mediadaten',
            '-Nach oben ↑',
        ],
    ]),
    _page('de', 'de-blog-ottilies-schlagbuch-erster-jungtaubenflug', [
        [
            '-Zum Inhalt springen',
            '-Ottilies Schlagbuch – Notizen aus einem kleinen Taubenschlag',
            '-Start · Mein Schlag · Preislisten · Über mich',
        ],
        [
            '-Kategorie: Jungtauben, Flugberichte',
            '+Erster Jungtaubenflug: elf von vierzehn zu Hause',
        ],
        [
            '-Veröffentlicht am 9. August 2025 von Ottilie · 5 Kommentare',
            '-Lesezeit: 6 Minuten',
            '-Inhaltsverzeichnis: 1. Einsetzen 2. Auflass 3. Konstatieren',
        ],
        [
            '-Die Jungen auf dem Anflugbrett am Freitagmorgen.',
            ('+Am Freitagabend habe ich vierzehn Jungtauben im Verein für unseren ersten Jungtaubenflug der Saison '
             'eingesetzt.'),
            ('+Der Kabinenexpress hat sie am Samstag um halb acht in Limburg aufgelassen, rund 150 Kilometer von '
             'meinem Schlag entfernt.'),
            '-Diesen Beitrag auf Pinterest merken!',
        ],
        [
            ('+Mein Nachbar Erwin, der seit fünfzig Jahren Tauben fliegt, sagte: „Steh nicht da und starr in den '
             'Himmel, koch Kaffee, dann kommen sie schon.“'),
            '-Ich füttere die Jungtaubenmischung von Versele-Laga – hier mein Amazon-Partnerlink.',
        ],
        [
            '+Der Tag im Überblick',
            '+7:30 Uhr: Auflass bei Sonnenschein',
            '-Die erste Taube zu Hause, eine blaugehämmerte Täubin.',
            '+9:41 Uhr: Die erste Täubin landet auf dem Schlag',
            '+18:10 Uhr: Die elfte Taube kommt an',
        ],
        [
            '-Beitrag teilen: Facebook · Pinterest · E-Mail',
            '+Drei Tauben fehlen noch, aber Jungtauben kommen oft erst ein, zwei Tage später.',
            '+Die Täubin wurde Neunte in der Vereinswertung, mehr als ich mir für den ersten Flug erhofft hatte.',
        ],
        [
            '-Bis nächsten Samstag, eure Ottilie',
            '-Ich baue kleine Gartenschläge auf Bestellung – Preise auf der Seite Schlagbau.',
        ],
        [
            '-5 Gedanken zu „Erster Jungtaubenflug: elf von vierzehn zu Hause“',
            '-Horst W.: Neunte beim ersten Flug, Glückwunsch!',
            '-↳ Ottilie: Danke Horst, viel Glück war dabei!',
            '-Taubenmarie: Meine kamen vom selben Auflass um 9:55, was für ein Tag.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-© 2025 Ottilies Schlagbuch · Theme: Kadence · Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-zoccolaia-festa-degli-zoccoli', [
        [
            '-Sabato 14 giugno 2025',
            '-La Voce di Zoccolaia – Il quotidiano della tua valle dal 1911',
            '-Cronaca · Sport · Eventi · Comunità · Necrologi',
        ],
        [
            '+Oltre 400 ballerini con gli zoccoli in piazza del mercato a Zoccolaia',
        ],
        [
            '-Tempo di lettura: 4 minuti',
            '-di Fiorenzo Zoccolazzi',
            '-Pubblicato il 15/06/2025 alle 09:12',
        ],
        [
            ('+Più di 400 ballerini di 26 gruppi hanno fatto risuonare gli zoccoli sabato al primo festival di '
             'Zoccolaia.'),
            '-Pubblicità',
            ('+Sul selciato erano state posate tavole di rovere perché ogni passo si sentisse, davanti a circa '
             '3.000 spettatori.'),
        ],
        [
            '-Un gruppo della Carnia sulle tavole di rovere. Foto F. Zoccolazzi',
            ('+«Speravamo in duecento ballerini e ne sono arrivati il doppio, così abbiamo semplicemente posato '
             "altre tavole», ha detto l'organizzatrice del festival."),
            '-Leggi anche: La banda cittadina festeggia 110 anni con un concerto al parco',
        ],
        [
            '+Come è andata la giornata',
            '-Segui La Voce su Facebook per tutte le foto del festival',
            '+Mattina: sfilata dei 26 gruppi dalla stazione',
            '+Pomeriggio: gara di passi sulle tavole',
            '+Sera: ballo popolare sotto il mercato coperto',
        ],
        [
            ('+Il gruppo di casa ha vinto la gara di passi con due punti di vantaggio su una squadra arrivata dal '
             'Trentino.'),
            '-Condividi: Facebook · X · WhatsApp · Email',
            '-Ricevi ogni mattina la newsletter della Voce: iscriviti gratis',
            '+Le offerte hanno raccolto 3.500 euro per la banda, e il festival tornerà il prossimo giugno.',
        ],
        [
            '-Commenti (12)',
            '-Ordina per: più recenti',
            '-Gianni_Z: Giornata splendida, che rumore su quelle tavole!',
            '-↳ La Voce di Zoccolaia: Grazie Gianni, altre foto nella nostra galleria.',
            '-Rosetta62: Peccato per i parcheggi, un vero caos.',
            '-↳ Beppe_M: La prossima volta parcheggia al campo sportivo, era gratis.',
        ],
        [
            '-© 2025 La Voce di Zoccolaia · Chi siamo · Contatti · Inserzionisti',
            '-Torna su ↑',
        ],
    ]),
    _page('it', 'it-blog-il-colombaio-di-brunilde-prima-gara', [
        [
            '-Vai al contenuto',
            '-Il colombaio di Brunilde – diario di una colombofila alle prime armi',
            '-Home · Il mio colombaio · Risultati · Chi sono',
        ],
        [
            '-Archiviato in: Giovani, Gare',
            '+Prima gara dei giovani: undici colombi su quattordici a casa',
        ],
        [
            '-Pubblicato il 9 agosto 2025 da Brunilde · 5 commenti',
            '-Lettura: 6 minuti',
            "-Indice dei contenuti: 1. L'ingabbio 2. Il lancio 3. La constatazione",
        ],
        [
            '-I giovani sulla predella venerdì mattina.',
            '+Venerdì sera ho ingabbiato quattordici giovani al gruppo per la nostra prima gara della stagione.',
            ('+Il convoglio li ha lanciati a Bologna sabato alle sette e mezza, a circa 150 chilometri dal mio '
             'colombaio.'),
            '-Salva questo articolo su Pinterest!',
        ],
        [
            ("+Il mio vicino Aldo, colombofilo da cinquant'anni, mi ha detto: «Non stare lì a fissare il cielo, "
             'fai il caffè e arriveranno.»'),
            '-Uso il misto per giovani di Versele-Laga – ecco il mio link affiliato Amazon.',
        ],
        [
            "+Com'è andata la giornata",
            '+7:30: lancio dei colombi con il sole',
            '-Il primo arrivato, una femmina blu scagliata.',
            '+9:41: la prima femmina atterra sul colombaio',
            "+18:10: arriva l'undicesimo colombo",
        ],
        [
            "-Condividi l'articolo: Facebook · Pinterest · Email",
            '+Mancano ancora tre colombi, ma i giovani spesso rientrano uno o due giorni dopo.',
            '+La femmina si è classificata nona al gruppo, più di quanto osassi sperare per una prima gara.',
        ],
        [
            '-Al prossimo sabato, Brunilde',
            '-Costruisco piccole colombaie da giardino su ordinazione – prezzi nella pagina Colombaie.',
        ],
        [
            '-5 pensieri su “Prima gara dei giovani: undici colombi su quattordici a casa”',
            '-Franco B.: Nona alla prima gara, complimenti!',
            '-↳ Brunilde: Grazie Franco, tanta fortuna!',
            '-Colomba_Rosa: I miei sono arrivati dallo stesso lancio alle 9:55, che giornata.',
            '-Lascia un commento',
        ],
        [
            '-© 2025 Il colombaio di Brunilde · Tema Astra · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-drewniakowo-festiwal-drewniakow', [
        [
            '-Sobota, 14 czerwca 2025',
            '-Echo Drewniakowa – Gazeta Twojej gminy od 1991 roku',
            '-Wiadomości · Sport · Kultura · Z gminy · Nekrologi',
        ],
        [
            '+Ponad 400 tancerzy w drewniakach na rynku w Drewniakowie',
        ],
        [
            '-Czas czytania: 4 min',
            '-Autorka: Teofila Stukalska',
            '-Opublikowano 15.06.2025, 09:12',
        ],
        [
            ('+Ponad 400 tancerzy z 26 zespołów stukało w sobotę drewniakami na rynku podczas pierwszego festiwalu '
             'w Drewniakowie.'),
            '-Reklama',
            '+Na bruku ułożono dębowe deski, żeby słychać było każdy krok; patrzyło około 3000 osób.',
        ],
        [
            '-Zespół z Podhala na dębowych deskach. Fot. T. Stukalska',
            ('+– Liczyliśmy na dwustu tancerzy, przyjechało dwa razy więcej, więc po prostu dołożyliśmy desek – '
             'powiedziała organizatorka festiwalu.'),
            '-Czytaj także: Orkiestra dęta świętuje 100-lecie koncertem w parku',
        ],
        [
            '+Jak minął dzień',
            '-Obserwuj Echo na Facebooku, by zobaczyć wszystkie zdjęcia z festiwalu',
            '+Rano: przemarsz 26 zespołów spod dworca',
            '+Po południu: konkurs kroków na deskach',
            '+Wieczorem: zabawa ludowa w hali targowej',
        ],
        [
            '+Miejscowy zespół wygrał konkurs kroków z przewagą dwóch punktów nad gośćmi z Kaszub.',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '-Poranny newsletter Echa – zapisz się za darmo',
            '+Zbiórka przyniosła 14 tys. zł dla orkiestry, a festiwal wróci w przyszłym roku w czerwcu.',
        ],
        [
            '-Komentarze (12)',
            '-Sortuj: najnowsze',
            '-Jurek_D: Super dzień, ale było słychać te deski!',
            '-↳ Echo Drewniakowa: Dzięki, więcej zdjęć w naszej galerii.',
            '-Halina77: Szkoda, że z parkowaniem był taki bałagan.',
            '-↳ Staszek_W: Następnym razem parkuj przy stadionie, było za darmo.',
        ],
        [
            '-© 2025 Echo Drewniakowa · O nas · Kontakt · Cennik ogłoszeń',
            '-Do góry ↑',
        ],
    ]),
    _page('pl', 'pl-blog-golebnik-u-halszki-pierwszy-lot', [
        [
            '-Przejdź do treści',
            '-Gołębnik u Halszki – zapiski początkującej hodowczyni',
            '-Start · Mój gołębnik · Wyniki · O mnie',
        ],
        [
            '-Kategoria: Młode, Loty',
            '+Pierwszy lot młodych: jedenaście z czternastu w domu',
        ],
        [
            '-Opublikowano 9 sierpnia 2025 przez Halszkę · 5 komentarzy',
            '-Czas czytania: 6 minut',
            '-Spis treści: 1. Koszowanie 2. Wypuszczenie 3. Zegarowanie',
        ],
        [
            '-Młode na wylotce w piątek rano.',
            '+W piątek wieczorem zakoszowałam w oddziale czternaście młodych na nasz pierwszy lot w sezonie.',
            '+Konwój wypuścił je w sobotę o wpół do ósmej pod Poznaniem, jakieś 150 kilometrów od mojego gołębnika.',
            '-Zapisz ten wpis na Pintereście!',
        ],
        [
            ('+Mój sąsiad Zdzisław, hodowca od pięćdziesięciu lat, powiedział: „Nie gap się w niebo, zrób kawę, to '
             'przylecą”.'),
            '-Karmię mieszanką dla młodych Versele-Laga – tu mój link afiliacyjny do sklepu.',
        ],
        [
            '+Przebieg dnia',
            '+7:30 – wypuszczenie gołębi w słońcu',
            '-Pierwsza w domu, niebieska nakrapiana samica.',
            '+9:41 – pierwsza samica ląduje na gołębniku',
            '+18:10 – przylatuje jedenasty gołąb',
        ],
        [
            '-Udostępnij wpis: Facebook · Pinterest · E-mail',
            '+Trzech gołębi wciąż brakuje, ale młode często wracają dzień lub dwa później.',
            '+Samica zajęła dziewiąte miejsce w oddziale, więcej, niż śmiałam marzyć przy pierwszym locie.',
        ],
        [
            '-Do następnej soboty, Halszka',
            '-Buduję na zamówienie małe ogrodowe gołębniki – ceny na stronie Gołębniki.',
        ],
        [
            '-5 komentarzy do „Pierwszy lot młodych: jedenaście z czternastu w domu”',
            '-Marek_G: Dziewiąte przy pierwszym locie, gratulacje!',
            '-↳ Halszka: Dzięki Marek, dużo szczęścia!',
            '-Gołębiarka: Moje przyleciały z tego samego wypuszczenia o 9:55, co za dzień.',
            '-Dodaj komentarz',
        ],
        [
            '-© 2025 Gołębnik u Halszki · Motyw: Astra · Dumnie wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-dereviashinsk-festival-bashmakov', [
        [
            '-Суббота, 14 июня 2025',
            '-Деревяшинский вестник – газета нашего района с 1931 года',
            '-Новости · Спорт · Культура · Общество · Некрологи',
        ],
        [
            '+Более 400 танцоров в деревянных башмаках вышли на рыночную площадь Деревяшинска',
        ],
        [
            '-Время чтения: 4 мин',
            '-Автор: Агриппина Стукотнёва',
            '-Опубликовано 15.06.2025 в 09:12',
        ],
        [
            ('+Более 400 танцоров из 26 коллективов в субботу выстукивали дробь на рыночной площади на первом '
             'фестивале в Деревяшинске.'),
            '-Реклама',
            ('+Поверх брусчатки уложили дубовые доски, чтобы был слышен каждый шаг; посмотреть пришли около 3000 '
             'человек.'),
        ],
        [
            '-Коллектив из Вологды на дубовом настиле. Фото: А. Стукотнёва',
            ('+«Мы надеялись на двести танцоров, а приехало вдвое больше, так что мы просто доложили досок», – '
             'рассказала организатор фестиваля.'),
            '-Читайте также: Духовой оркестр отметил 90-летие концертом в парке',
        ],
        [
            '+Как прошёл день',
            '-Подписывайтесь на «Вестник» во ВКонтакте, чтобы увидеть все фото с фестиваля',
            '+Утро: шествие 26 коллективов от вокзала',
            '+День: конкурс дроби на настиле',
            '+Вечер: танцы под крышей крытого рынка',
        ],
        [
            '+Местный коллектив выиграл конкурс дроби с отрывом в два балла от гостей из Архангельска.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '-Утренняя рассылка «Вестника» – подпишитесь бесплатно',
            '+Пожертвования принесли оркестру 290 тысяч рублей, а фестиваль вернётся в следующем июне.',
        ],
        [
            '-Комментарии (12)',
            '-Сортировать: сначала новые',
            '-Николай_П: Отличный день, как гремели доски!',
            '-↳ Деревяшинский вестник: Спасибо, больше фото в нашей галерее.',
            '-Галина_С: Жаль, что с парковкой был хаос.',
            '-↳ Виктор77: В следующий раз паркуйтесь у стадиона, там было бесплатно.',
        ],
        [
            '-© 2025 Деревяшинский вестник · О редакции · Контакты · Рекламодателям',
            '-Наверх ↑',
        ],
    ]),
    _page('ru', 'ru-blog-golubyatnya-praskovi-pervye-sorevnovaniya', [
        [
            '-Перейти к содержимому',
            '-Голубятня Прасковьи – записки начинающей голубеводки',
            '-Главная · Моя голубятня · Результаты · Обо мне',
        ],
        [
            '-Рубрика: Молодняк, Соревнования',
            '+Первые соревнования молодняка: одиннадцать из четырнадцати дома',
        ],
        [
            '-Опубликовано 9 августа 2025 автором Прасковья · 5 комментариев',
            '-Время на прочтение: 6 минут',
            '-Содержание: 1. Посадка в корзины 2. Выпуск 3. Отметка прилёта',
        ],
        [
            '-Молодые на прилётной доске в пятницу утром.',
            '+В пятницу вечером я сдала в клуб четырнадцать молодых голубей на первые соревнования сезона.',
            '+Их выпустили в субботу в половине восьмого под Тверью, примерно в 150 километрах от моей голубятни.',
            '-Сохраните эту запись в Pinterest!',
        ],
        [
            ('+Мой сосед Степан, голубевод с пятидесятилетним стажем, сказал: «Не стой, не смотри в небо, ставь '
             'чайник – и они прилетят».'),
            '-Кормлю смесью для молодняка Versele-Laga – вот моя партнёрская ссылка на Ozon.',
        ],
        [
            '+Хронология дня',
            '+7:30 – выпуск голубей при солнце',
            '-Первая дома – сизая чеканная голубка.',
            '+9:41 – первая голубка садится на голубятню',
            '+18:10 – прилетает одиннадцатый голубь',
        ],
        [
            '-Отправить друзьям: ВКонтакте · Pinterest · Telegram',
            '+Трёх голубей ещё нет, но молодые часто возвращаются через день-два.',
            '+Голубка заняла девятое место в клубе – больше, чем я смела надеяться на первых соревнованиях.',
        ],
        [
            '-До следующей субботы, ваша Прасковья',
            '-Строю небольшие садовые голубятни на заказ – цены на странице «Голубятни».',
        ],
        [
            '-5 комментариев к записи «Первые соревнования молодняка: одиннадцать из четырнадцати дома»',
            '-Пётр_И: Девятое место на первых соревнованиях, поздравляю!',
            '-↳ Прасковья: Спасибо, Пётр, повезло!',
            '-Голубка_Н: Мои прилетели с того же выпуска в 9:55, вот это день.',
            '-Оставить комментарий',
        ],
        [
            '-© 2025 Голубятня Прасковьи · Тема Astra · WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-notes-from-the-loftwhistle-first-young-bird-race':
        ("the English young-bird race diary keeps the opening photo's caption ('The youngsters on the landing board on"
         " Friday morning.') above the first paragraph and the caption of the first bird home ('The first bird home, a"
         " blue chequer hen.') between the first and second list rows (2 of 20 noise lines); no article line is lost"),
    'fr-blog-le-pigeonnier-d-eudoxie-premier-concours':
        ("the French young-bird race diary keeps the opening photo's caption ('Les jeunes sur la planche d'envol "
         "vendredi matin.') above the first paragraph and the caption of the first bird home ('Le premier rentré, une "
         "femelle bleu écaillé.') between the first and second list rows (2 of 20 noise lines); no article line is "
         'lost'),
    'de-blog-ottilies-schlagbuch-erster-jungtaubenflug':
        ("the German young-bird race diary keeps the opening photo's caption ('Die Jungen auf dem Anflugbrett am "
         "Freitagmorgen.') above the first paragraph and the caption of the first bird home ('Die erste Taube zu "
         "Hause, eine blaugehämmerte Täubin.') between the first and second list rows (2 of 20 noise lines); no "
         'article line is lost'),
    'it-blog-il-colombaio-di-brunilde-prima-gara':
        ("the Italian young-bird race diary keeps the opening photo's caption ('I giovani sulla predella venerdì "
         "mattina.') above the first paragraph and the caption of the first bird home ('Il primo arrivato, una femmina"
         " blu scagliata.') between the first and second list rows (2 of 20 noise lines); no article line is lost"),
    'pl-blog-golebnik-u-halszki-pierwszy-lot':
        ("the Polish young-bird race diary keeps the opening photo's caption ('Młode na wylotce w piątek rano.') above"
         " the first paragraph and the caption of the first bird home ('Pierwsza w domu, niebieska nakrapiana "
         "samica.') between the first and second list rows (2 of 20 noise lines); no article line is lost"),
    'ru-blog-golubyatnya-praskovi-pervye-sorevnovaniya':
        ("the Russian young-bird race diary keeps the opening photo's caption ('Молодые на прилётной доске в пятницу "
         "утром.') above the first paragraph and the caption of the first bird home ('Первая дома – сизая чеканная "
         "голубка.') between the first and second list rows (2 of 20 noise lines); no article line is lost"),
}

test_held_out_222_line, test_held_out_222_line_is_kept, test_held_out_222_page = held_out_tests(
    HELD_OUT_222_LINES, HELD_OUT_222_KEEP, HELD_OUT_222_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
