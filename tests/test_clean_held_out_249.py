"""Held-out set 249: written blind, weighted toward the noise the cleaner exists for, in shapes set 248's docstring does
not name (nor the first paragraphs of sets 245, 246 and 247): scraper, embed and ad markers, all in the body (an English
Infogram chart still loading, with a switch-off-your-content-blocker hint "Infogram chart is still loading… If nothing
appears, switch off your content blocker.", an English Strava activity the athlete only shares with followers "Strava
activity hidden: the athlete only shares this route with followers.", an English Padlet board its owner archived "Padlet
board unavailable – the owner has archived this padlet.", a French Spotify player that cannot show because the reader
refused the audience-measurement cookies "Le lecteur Spotify ne peut pas s'afficher car vous avez refusé les cookies de
mesure d'audience.", a German ZDFmediathek video that may only be played between 22 and 6 o'clock for the protection of
minors "ZDFmediathek: Das Video ist aus Jugendschutzgründen nur zwischen 22 und 6 Uhr abrufbar.", an Italian
OpenStreetMap map that cannot be shown, with a turn-on-JavaScript hint "Mappa di OpenStreetMap non visualizzabile:
attiva JavaScript nel browser.", a Polish YouTube live stream that starts at 19:00, with a set-a-reminder hint
"Transmisja na żywo z YouTube rozpocznie się o 19:00 – ustaw przypomnienie." and a Russian RUTUBE video still being
processed "RUTUBE: видео ещё обрабатывается и скоро станет доступно."); reading-time headers in new wordings, all at the
head (the English time-to-read label with "mins" "Time to read: 5 mins", a blog's long-post-alert line "Long post alert:
roughly 8 minutes of reading ahead.", the French bare reading (lecture) label "Lecture : 5 min", the German
minutes-first reading-time (Min. Lesezeit) label "5 Min. Lesezeit", the Italian read-in (leggi in) label "Leggi in 5
minuti", the Polish minutes-of-reading (min czytania) label "5 min czytania" and the Russian minutes-for-reading (минут
на чтение) label "5 минут на чтение"); bylines and self-promotion (an English words-and-pictures byline "Words and
pictures: Mabel Spoonhollow", an English written-by and fact-checked-by byline "Written by Hector Gandlethorpe ·
Fact-checked by our news desk", a French text-and-photos (texte et photos) byline "Texte et photos : Odile Biquetteau"
and an Italian text-by, photos-by (testo di, foto di) byline "Testo di Gualtiero Saltacapre, foto di Ilaria Caprinelli",
all at the head; and an English Folksy plug for the author's wooden racing spoons "My hand-turned wooden racing spoons
are on Folksy, ten pounds each.", a German eBay plug for the author's crocheted egg cosies "Meine gehäkelten Eierwärmer
versteigere ich ab und zu auf eBay – einfach nach dem Blognamen suchen.", a Polish Patronite support plug "Jeśli lubisz
tego bloga, wesprzyj mnie na Patronite – już od 5 zł miesięcznie." and a Russian Avito plug for the author's painted
wooden spoons "Мои расписные деревянные ложки можно купить на Авито — ищите по названию блога.", all at the foot); blog
and site footers, all at the foot (an English Hugo and Netlify credit "Built with Hugo · Deployed on Netlify", an
English Newspack credit with the terms and accessibility-statement links "Powered by Newspack · Terms of Service ·
Accessibility statement", an English all-content-copyright line with a no-reproduction-without-permission clause "All
content © Kidderlode Bleat Ltd unless otherwise stated. Reproduction without permission is prohibited.", a French host
(hébergeur) line with the host's address, as French legal notices give it "Hébergeur : OVHcloud, 2 rue Kellermann, 59100
Roubaix, France", a German GeneratePress theme credit with a made-with-love line "Theme: GeneratePress · Mit Liebe
gemacht in Thüringen", an Italian web-agency credit with the credits and cookie-policy links "Sito realizzato da Studio
Belacapra · Credits · Cookie policy", a Polish all-rights-reserved line forbidding copying without the editors' consent
"Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione." and a Russian
a-link-is-required-when-using-materials line with its age rating "При использовании материалов ссылка на сайт
обязательна. 16+"); reader-comment furniture, all at the foot (an English comment meta row (edited, age, likes) "Edited
· 2 hours ago · 3 likes", an English hide-replies button with its count "Hide replies (6)", an English have-your-say
prompt "What do you think? Have your say below.", the French WordPress your-e-mail-will-not-be-published note "Votre
adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", a German
comment-deleted-by-its-writer stub "Dieser Kommentar wurde vom Verfasser gelöscht.", an Italian no-comments-yet,
be-the-first prompt "Nessun commento ancora: scrivi tu il primo!", a Polish comment-hidden-for-too-many-negative-ratings
stub "Komentarz został ukryty, ponieważ otrzymał zbyt wiele negatywnych ocen." and a Russian thread-collapsed note with
its count "Ветка обсуждения свёрнута: 8 ответов"); share rows, all at the foot (an English Messenger, text and copy-URL
row "Share on Messenger · Send by text · Copy URL", a French share-with-your-family-and-friends (partagez cet article
avec vos proches) row with SMS "Partagez cet article avec vos proches : Messenger · WhatsApp · SMS" and a Polish
share-the-article (podziel się artykułem) row "Podziel się artykułem: Messenger · WhatsApp · Skopiuj link"); and notices
(a German transparency note (Transparenzhinweis) that the organiser paid the reporter's journey "Transparenzhinweis: Die
Anreise unserer Reporterin wurde vom Veranstalter bezahlt." and an Italian affiliate-links notice "Questo articolo
contiene link di affiliazione: se acquisti tramite questi link riceviamo una commissione.", both in the body; and a
Russian published-as-the-author-wrote-it note "Текст публикуется в авторской редакции.", at the foot); and twenty keep
lines, article sentences that look a little like noise ("Comments shouted from the riverbank seemed to spur the little
goat on over the last twenty metres.", "Sharing the lead for most of the race, the two nannies crossed the line almost
nose to nose.", "Followed by a crowd of children, the winning goat was led back to her pen with a garland of
dandelions.", "Subscribing to an old superstition, the handler kept a raw carrot in his left boot all evening.",
"Copyright in the race's goat-head logo still belongs to the butcher who drew it in 1987.", "Advertising the evening in
chalk on the bridge, the scouts promised hot cider and a tombola.", "Reading the egg rather than the track is the
secret, said the woman who won the veterans' heat.", "Commentée par le boulanger au micro, la course des chèvres a fait
rire tout le village.", "Partagée entre deux éleveurs, la prime du vainqueur servira à réparer la bergerie.", "Suivie
par huit cents spectateurs, la finale s'est courue à la lumière des lampions.", "Kommentiert wurde jeder Lauf von einem
Schäfer, der selbst zwölf Ziegen hält.", "Geteilt haben sich die Siegerinnen des Eierlaufs einen Korb frischer Eier vom
Hof.", "Folgen wollte der Ziege am Ende niemand mehr, als sie mitten in den Bach sprang.", "Commentata dal parroco al
microfono, la corsa delle capre è durata meno di un minuto.", "Condivisa tra due pastori, la coppa resterà sei mesi in
ciascuna stalla.", "Seguita da oltre mille persone, la finale si è corsa sotto le luci della piazza.", "Komentarze
kibiców słychać było aż po drugiej stronie rzeki.", "Udostępniona przez sołtysa łąka nad stawem zamieniła się wieczorem
w tor wyścigowy.", "Комментируя забег, пастух признался, что его коза никогда раньше не бегала по прямой." and
"Подписчики районной газеты сами выбрали самую нарядную козу вечера."); and toward whole scraped news and hobby-blog
pages in layouts set 248's docstring does not describe (on the six portal pages, in nine blocks, the masthead with its
tagline, the section menu and a breadcrumb in a block of three at the very top; the title in the middle of a block of
three, between a bare reading time above it and the byline with the date and time (one line) under it; the first and
second paragraphs at the end of a block of three, under the lead photo's caption with its credit (one line); the
paragraph with the quote in the middle of a block of three, between a read-also link above it and a bare advertisement
label (Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама) under it; the subheading and the three rows in a
block of five closed by a share row under the third row; the two last paragraphs at the two ends of a block of three,
with a sponsored headline between them; a thread of six lines alone in a block (a comment count, a reader's comment, a
second reader's arrowed reply to it, a third reader's comment, the paper's arrowed reply to him and the first reader's
arrowed reply after it); a tags line, a newsletter prompt and a follow-us prompt (Facebook and Instagram; VKontakte and
Telegram on the Russian page) in a block of three; and at the foot the publisher's copyright line with its links in one
line, alone in a block of one; on the six blog pages, in eleven blocks, the blog name with its tagline and the menu in a
block of two at the very top; the title last in a block of two, under a category label; the posted-on-by line (with the
comment count), a bare reading time and an affiliate-links disclosure alone in a block of three under the title; the
first and second paragraphs at the first and third places of a block of four, with a table of contents (its heading and
three numbered entries in one line) between them and the opening photo's caption closing the block; the paragraph with
the quote first in a block of two, above a pin-it-for-later share row (Pinterest); the subheading and the three rows
with an affiliate link to the wooden spoons she practised with (on Amazon, on Allegro on the Polish blog, on Ozon on the
Russian blog) between the first and second rows (a block of five, the link third); an action photo's caption alone in a
block of one under the list; the two last paragraphs first in a block of three, above the author's sign-off; a plug for
her hand-painted egg cups (in an Etsy shop, at Ярмарка Мастеров on the Russian blog) and a subscribe-by-email prompt in
a block of two; a thread of five lines alone in a block (a thoughts-on or comments heading with its count quoting the
post's title, the flatmate's comment, the author's arrowed reply to her, the comment of the winner's daughter and the
author's arrowed reply to her); and at the foot the author's copyright line with the theme and platform credit in one
line, alone in a block of one), taken from local news of a town's 20th goat-racing evening (a four-year-old nanny goat
led by a 68-year-old retired shepherd winning on a 250-metre course along the river, sixteen goats from the farms around
in front of more than 1,400 spectators on the river meadow, the organiser's quote, who has run the evening since 2006,
that a goat only runs when she has decided to: keep the lead loose, the oats in your pocket and never look surprised,
the vet's check of the goats and their hooves at 17.00, heats of four from 18.30 and the final under the lanterns with
the prize-giving at 21.00, the winner beating last year's champion, a billy goat named Captain (Capitaine, Kapitän,
Capitano, Kapitan, Капитан), by a head after he stopped ten metres from the line to eat a spectator's straw hat, 2,600
pounds, euros or złoty (26 thousand roubles on the Russian page) raised for the mountain rescue and the winner on the
town's Christmas card) in six invented towns, and from six hobby blogs of young women on their first egg-and-spoon race
for adults (begged for three years by a flatmate, at a summer fête or fair in Whitstable, Honfleur, Bamberg,
Montepulciano, Sandomierz and Kostroma (Кострома), forty adults with a raw egg on a wooden spoon over eighty metres of
grass and a chicane of hay bales, the starter's quote at the briefing, a retired PE teacher: look at the egg, not at the
line, soft elbow, small steps and never try to win in the first ten metres, registration and the egg handout at 13.00,
heats of eight from 14.00 and the final at 15.30 with no second eggs, the egg dropped once in the heat but unbroken,
sixth of eight in the final behind a 71-year-old grandmother who never looked down, 180 pounds, euros or złoty (18
thousand roubles on the Russian blog) raised for a new playground and the flatmate promising Sunday training with
hard-boiled eggs).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 248 but what is named here), held-out set 250 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 248 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 245, 246 and 247, printed with one ast script
(/tmp/s249scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s249scratch/insp.py, with /tmp/wt-s249/src and /tmp/wt-s249/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s249 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 248's as printed, with 248 -> 249; /tmp/s249scratch/gen249.py writes this file
from scratch files (data249.py with the noise and keep lines, pages249.py with the pages as fields and the two layouts
that turn them into blocks, doc/*.txt with the docstring paragraphs and, after the measurement, tables249.py with the
xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s249, detached at commit a6a432db3a833c73ada228b8719f1a780bc1bad8, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 23:25:00 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 23:25:02 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed a6a432db3a833c73ada228b8719f1a780bc1bad8 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add``, output to /dev/null, both exit codes 0; /work/main was not touched afterwards.
(2) readallowed.py first printed to the terminal, which the tool cut in the middle (it showed set 248's first paragraph,
its Protocol and the start of its Slips and notes, then from near the end of set 246's first paragraph on); the second
run went to /tmp/s249scratch/allowed.txt (only the allowed parts), which I paged with ``sed -n`` and ``awk`` on that
output file, never on a file of the repository; nothing else of any set file was printed. (3) The default python already
had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing
was installed. That import loads the cleaner's modules, but nothing was cleaned before the measurement and no source
under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and
kept away from them: no embed service used for a held-out marker here is named for a marker there (Infogram, Strava,
Padlet, Spotify, ZDFmediathek, OpenStreetMap, YouTube live and RUTUBE are new; the failures are worded anew: a chart
still loading with a content-blocker hint, an activity shared only with followers, an archived board, a player blocked
by refused audience cookies, a video playable only at night for the protection of minors, a map that needs JavaScript, a
live stream not yet started with a reminder hint, a video still being processed); the reading times avoid the phrasings
named there (the new ones are "Time to read: N mins", "Long post alert ... of reading ahead", "Lecture : N min", "N Min.
Lesezeit", "Leggi in N minuti", "N min czytania" and "N минут на чтение"); the bylines are of new shapes (words and
pictures, written by with fact-checked by, "Texte et photos", "Testo di ..., foto di") and the plugs name platforms not
named there (Folksy, eBay, Patronite, Avito); the footers use builders, hosts and legal lines not named there (Hugo with
Netlify, Newspack, an all-content-copyright line, the French hébergeur line, GeneratePress, a web-agency credit, a
Polish all-rights-reserved line, the Russian link-required line with 16+); the comment lines (a meta row, a hide-replies
button, a have-your-say prompt, the French e-mail-not-published note, a deleted-by-writer stub, a be-the-first prompt, a
hidden-for-negative-ratings stub, a collapsed-thread note), the share rows (Messenger, text and copy URL; partagez cet
article avec vos proches with SMS; podziel się artykułem) and the notices (a German transparency note and an Italian
affiliate-links notice in the body, a Russian author's-edition note at the foot) are of kinds not named there. One plug
of my first draft ("... über Kleinanzeigen ...") was replaced before anything was measured because it held the German
advertisement label "Anzeige" of the portal pages (found by the check of note 6). The OVHcloud address is the host's
published address, as French legal notices give it. The page furniture (mastheads, menus, reading times, captions, ad
labels and the like) is of the ordinary kinds the brief lists, and some of it (the ad labels, the "Impressum ·
Datenschutz" links, the save-for-later share rows) is worded like lines of earlier sets; the layouts differ from those
of set 248 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive,
over public GitHub files) before use and had no hits: Kidderlode (and Kidderlode Bleat), Chevrignac, Meckerbrunn,
Caprafonda, Kozibrody, Kozibrodów, Kozibrodach, Kozibrodzki, Козлодольск, Hoofcastle, Cabrissac, Zickenbauer, Caprolino,
Козобородова, Spoonhollow (and Mabel Spoonhollow), Gandlethorpe (and Hector Gandlethorpe), Biquetteau, Saltacapre (and
Gualtiero Saltacapre), Caprinelli, Belacapra, Wobbly Spoon Days, Cuillère Tremblante, Eierlaufliese, Cucchiaio
Traballante, Jajeczna Hania and Яичная Маша; names dropped for hits were Caprallegra (a venue's web address), Tupperwick
and Onslade (inside longer identifiers), Belacchi, Hornblass, Meckerle and Рогатова (real surnames), Pixelnove and Bleat
Media (inside identifiers and text), Spoonacre, Quillfeather and Nettlecombe; the stem "kozibrod" alone has hits (a user
name "kozibrodka"), the forms used here have none. The commenters are first names with an initial or a relation ("the
flatmate") and the blog authors first names only, which were not checked; real towns (Whitstable, Honfleur, Bamberg,
Montepulciano, Sandomierz, Kostroma, Roubaix) and platforms are named as real pages do. (6) Before the measurement
/tmp/s249scratch/check.py checked the counts (categories, languages, places, one marker, reading time, byline, footer
and comments line and one share row or notice in each language but English; 45 noise and 20 keep lines; each page 10
article and 20 noise lines), that all 425 lines are distinct, that no noise line occurs inside any other line (article,
keep or noise, case-insensitively) and that no line holds an at-sign: after the fix of note 4 nothing was found;
gen249.py checks that no line of this file is over 120 columns and that the lists and pages read back from it equal the
scratch data, and every noise and keep line is quoted in the first paragraph (checked with a script). (7) The
measurement was run once, in one shell call, with the xfail tables empty and this file final but for them and the
Baseline paragraph (``date`` printed 23:31:23 before it); its report is quoted in the Baseline paragraph. Then
/tmp/s249scratch/problems.py (importing the copy in /tmp/wt-s249/tests with /tmp/wt-s249/src on the path) printed the
problems of each failing case with ``_problems``: every problem was a kept line ("kept boilerplate"), none a lost
article line, and no problem of another kind (no unreported removal, no range or offset problem) was printed. The
cleaned text itself was not printed. (8) The tables were written from that output (/tmp/s249scratch/mktables.py writes
tables249.py from the saved problems.json, which gen249.py puts into this file); mktables.py checks that every problem
is a kept line and matches each printed snippet to exactly one line of its page, which the reason quotes in full with
where it sits and the count the report counts left; the reason of each line quotes it and says where it was put; the
keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the final file were
read back and found equal to the scratch data, and the final file was checked with the pytest command in /tmp/wt-s249
(see the Baseline paragraph). (9) Clock: ``date`` printed 23:25:00 at the start, 23:31:23 at the measurement, 23:31:42
just before the problems were printed and 23:31:48 after; the tables, the Baseline paragraph and these notes followed,
and the commit within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the goat-racing evening and the
egg-and-spoon race that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact
of the story, so article ("Comments shouted from the riverbank", "Commentée par le boulanger", "Kommentiert wurde jeder
Lauf", "Commentata dal parroco", "Komentarze kibiców" and "Комментируя забег" open like comment furniture but tell of
cheering, a baker at the microphone, a shepherd commentating, a priest, fans heard across the river and a shepherd's
admission about his goat; "Sharing the lead", "Partagée entre deux éleveurs", "Geteilt haben sich die Siegerinnen",
"Condivisa tra due pastori" and "Udostępniona przez sołtysa" open like share rows but tell of a close finish, prize
money, a basket of eggs, a cup and a meadow lent for the race; "Followed by a crowd of children", "Suivie par huit cents
spectateurs", "Folgen wollte der Ziege" and "Seguita da oltre mille persone" open like follow prompts but tell of the
crowd and a goat in a brook; "Subscribing to an old superstition" and "Подписчики районной газеты" open like subscribe
prompts but tell of a carrot in a boot and a readers' vote; "Copyright in the race's goat-head logo" opens like a
copyright line but tells who owns the logo; "Advertising the evening in chalk" opens like an advertisement label but
tells how the scouts announced it; "Reading the egg rather than the track" opens like a reading time but tells a
winner's secret). Borderline categories: the four plugs (Folksy, eBay, Patronite, Avito) are bylines and self-promotion,
at the foot, since each promotes the author's own things or asks for support in the author's voice; the
words-and-pictures and text-and-photos lines have no "by" but are bylines; the eight embed lines are markers (what an
embed leaves in the text when it does not show), though the Polish live-stream line and the Russian RUTUBE line read as
sentences; the English all-content-copyright line, the French hébergeur line, the Polish all-rights-reserved line and
the Russian link-required line are footers (legal lines of the site, not of the article), and so are the Hugo and
Netlify, Newspack, GeneratePress and web-agency credits; the meta row, the hide-replies button, the have-your-say
prompt, the e-mail-not-published note, the two stubs, the be-the-first prompt and the collapsed-thread note are comment
furniture, since they sit over, in or under the comments and speak only of commenting; the German transparency note and
the Italian affiliate-links notice are notices in the body (both speak of the article they sit in), and the Russian
author's-edition note is a notice at the foot. On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads and blog names with taglines, menus, breadcrumbs, category labels, posted-on lines, bylines, reading times,
affiliate disclosures and links, tables of contents, captions and photo credits, read-also links, advertisement labels,
sponsored headlines, share rows, tags lines, comment counts and comments headings, comments and replies, newsletter,
follow and subscribe prompts, plugs, sign-offs and copyright lines) is noise. The list rows (vet check, heats and final
on the portals; registration, heats and final on the blogs) are short but part of each article, so article; the list
headings ("How the evening went", "How my race day went" and the like) are the articles' subheadings, so article; the
portals' share row closing the list block and the blogs' affiliate link between the first and second rows are noise
though they share the block with the list; the arrowed replies, readers' and the paper's own on the portals and the
author's own on the blogs, are comment furniture, so noise; the blogs' comments heading quotes the post's title but is
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and an Italian one), body 10 (the eight markers and two
notices: German and Italian), tail 24 (four plugs: an English, a German, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-kidderlode-goat-racing-evening
(Bramble winning Kidderlode's 20th goat-racing evening, in The Kidderlode Bleat),
en-blog-wobbly-spoon-days-adult-egg-and-spoon-race (Hattie's first adult egg-and-spoon race at the summer fête in
Whitstable, sixth of eight in the final), fr-portail-chevrignac-soiree-courses-de-chevres (Noisette winning the
goat-racing evening of Chevrignac, in L'Écho de Chevrignac), fr-blog-la-cuillere-tremblante-course-oeuf-cuillere
(Margaux's first egg-and-spoon race at Honfleur), de-portal-meckerbrunn-ziegenrennen-abend (Flocke winning the
Ziegenrenn-Abend of Meckerbrunn, in the Meckerbrunner Rundschau), de-blog-eierlaufliese-eierlauf-fuer-erwachsene (Lisa's
first Eierlauf at a summer fair in Bamberg), it-portale-caprafonda-serata-corse-di-capre (Nuvola winning the goat-racing
evening of Caprafonda, in La Voce di Caprafonda), it-blog-il-cucchiaio-traballante-corsa-uovo-cucchiaio (Giulia's first
egg-and-spoon race at Montepulciano), pl-portal-kozibrody-wieczor-wyscigow-koz (Kropka winning the goat-racing evening
of Kozibrody, in the Echo Kozibrodów), pl-blog-jajeczna-hania-wyscig-z-jajkiem (Hania's first egg-and-spoon race at a
fair in Sandomierz), ru-portal-kozlodolsk-vecher-kozikh-begov (Снежинка winning the goat-racing evening of Козлодольск,
in «Козлодольская неделя»), ru-blog-yaichnaya-masha-zabeg-s-yaytsom (Маша's first egg-and-spoon race at a fair in
Kostroma), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit a6a432db3a833c73ada228b8719f1a780bc1bad8, measured with ``cd /tmp/wt-s249 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s249/src python -m pytest -q tests/test_clean_held_out_249.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s249 && PYTHONPATH=/tmp/wt-s249/src python
scripts/clean_held_out_report.py --sets 249``, with the xfail tables empty, at 23:31:23 UTC by ``date``): noise lines
removed 38/45 (marker 4/8, reading-time 7/7, byline 8/8, footer 7/8, comments 7/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: in the body four markers (the English Strava activity shared
only with followers, the German ZDFmediathek video playable only at night, the Polish YouTube live stream that starts at
19:00 and the Russian RUTUBE video still being processed); and at the foot the German GeneratePress theme credit with
its made-with-love line, the English have-your-say prompt and the Russian author's-edition notice; every reading time,
byline, plug and share row, the other markers, footers and comment lines and the German and Italian notices went); keep
lines kept 20/20; pages 4/12 clean (the French, German, Italian and Polish portal pages), 20 of 240 page noise lines
left and 0 of 120 article lines lost. Left: on the English and Russian portals the sponsored headline between the two
last paragraphs (1 each); on all six blogs both photo captions, the opening photo's caption closing the block of the
first and second paragraphs and the action photo's caption alone in its block under the list (2 each); on the French,
Italian, Polish and Russian blogs also the category label above the title (3 each, the Italian 4 with the next); on the
Italian blog also the affiliate-links disclosure under the posted-on-by line and the reading time; on the German blog
also the pin-it-for-later share row under the paragraph with the quote (3); the French, German, Italian and Polish
portals keep none. No page and no keep line loses an article line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s249 gave 62 passed, 15 xfailed, no XPASS.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_249_LINES: list[tuple[str, str, str]] = [
    ('body', 'Infogram chart is still loading… If nothing appears, switch off your content blocker.', 'marker'),
    ('body', 'Strava activity hidden: the athlete only shares this route with followers.', 'marker'),
    ('body', 'Padlet board unavailable – the owner has archived this padlet.', 'marker'),
    ('body',
     "Le lecteur Spotify ne peut pas s'afficher car vous avez refusé les cookies de mesure d'audience.",
     'marker'),
    ('body', 'ZDFmediathek: Das Video ist aus Jugendschutzgründen nur zwischen 22 und 6 Uhr abrufbar.', 'marker'),
    ('body', 'Mappa di OpenStreetMap non visualizzabile: attiva JavaScript nel browser.', 'marker'),
    ('body', 'Transmisja na żywo z YouTube rozpocznie się o 19:00 – ustaw przypomnienie.', 'marker'),
    ('body', 'RUTUBE: видео ещё обрабатывается и скоро станет доступно.', 'marker'),
    ('head', 'Time to read: 5 mins', 'reading-time'),
    ('head', 'Long post alert: roughly 8 minutes of reading ahead.', 'reading-time'),
    ('head', 'Lecture : 5 min', 'reading-time'),
    ('head', '5 Min. Lesezeit', 'reading-time'),
    ('head', 'Leggi in 5 minuti', 'reading-time'),
    ('head', '5 min czytania', 'reading-time'),
    ('head', '5 минут на чтение', 'reading-time'),
    ('head', 'Words and pictures: Mabel Spoonhollow', 'byline'),
    ('head', 'Written by Hector Gandlethorpe · Fact-checked by our news desk', 'byline'),
    ('head', 'Texte et photos : Odile Biquetteau', 'byline'),
    ('head', 'Testo di Gualtiero Saltacapre, foto di Ilaria Caprinelli', 'byline'),
    ('tail', 'My hand-turned wooden racing spoons are on Folksy, ten pounds each.', 'byline'),
    ('tail',
     'Meine gehäkelten Eierwärmer versteigere ich ab und zu auf eBay – einfach nach dem Blognamen suchen.',
     'byline'),
    ('tail', 'Jeśli lubisz tego bloga, wesprzyj mnie na Patronite – już od 5 zł miesięcznie.', 'byline'),
    ('tail', 'Мои расписные деревянные ложки можно купить на Авито — ищите по названию блога.', 'byline'),
    ('tail', 'Built with Hugo · Deployed on Netlify', 'footer'),
    ('tail', 'Powered by Newspack · Terms of Service · Accessibility statement', 'footer'),
    ('tail',
     'All content © Kidderlode Bleat Ltd unless otherwise stated. Reproduction without permission is prohibited.',
     'footer'),
    ('tail', 'Hébergeur : OVHcloud, 2 rue Kellermann, 59100 Roubaix, France', 'footer'),
    ('tail', 'Theme: GeneratePress · Mit Liebe gemacht in Thüringen', 'footer'),
    ('tail', 'Sito realizzato da Studio Belacapra · Credits · Cookie policy', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione.', 'footer'),
    ('tail', 'При использовании материалов ссылка на сайт обязательна. 16+', 'footer'),
    ('tail', 'Edited · 2 hours ago · 3 likes', 'comments'),
    ('tail', 'Hide replies (6)', 'comments'),
    ('tail', 'What do you think? Have your say below.', 'comments'),
    ('tail', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'comments'),
    ('tail', 'Dieser Kommentar wurde vom Verfasser gelöscht.', 'comments'),
    ('tail', 'Nessun commento ancora: scrivi tu il primo!', 'comments'),
    ('tail', 'Komentarz został ukryty, ponieważ otrzymał zbyt wiele negatywnych ocen.', 'comments'),
    ('tail', 'Ветка обсуждения свёрнута: 8 ответов', 'comments'),
    ('tail', 'Share on Messenger · Send by text · Copy URL', 'share'),
    ('tail', 'Partagez cet article avec vos proches : Messenger · WhatsApp · SMS', 'share'),
    ('tail', 'Podziel się artykułem: Messenger · WhatsApp · Skopiuj link', 'share'),
    ('body', 'Transparenzhinweis: Die Anreise unserer Reporterin wurde vom Veranstalter bezahlt.', 'notice'),
    ('body',
     'Questo articolo contiene link di affiliazione: se acquisti tramite questi link riceviamo una commissione.',
     'notice'),
    ('tail', 'Текст публикуется в авторской редакции.', 'notice'),
]

HELD_OUT_249_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments shouted from the riverbank seemed to spur the little goat on over the last twenty metres.'),
    ('head', 'Sharing the lead for most of the race, the two nannies crossed the line almost nose to nose.'),
    ('head', 'Followed by a crowd of children, the winning goat was led back to her pen with a garland of dandelions.'),
    ('body', 'Subscribing to an old superstition, the handler kept a raw carrot in his left boot all evening.'),
    ('body', "Copyright in the race's goat-head logo still belongs to the butcher who drew it in 1987."),
    ('tail', 'Advertising the evening in chalk on the bridge, the scouts promised hot cider and a tombola.'),
    ('tail', "Reading the egg rather than the track is the secret, said the woman who won the veterans' heat."),
    ('head', 'Commentée par le boulanger au micro, la course des chèvres a fait rire tout le village.'),
    ('body', 'Partagée entre deux éleveurs, la prime du vainqueur servira à réparer la bergerie.'),
    ('tail', "Suivie par huit cents spectateurs, la finale s'est courue à la lumière des lampions."),
    ('head', 'Kommentiert wurde jeder Lauf von einem Schäfer, der selbst zwölf Ziegen hält.'),
    ('body', 'Geteilt haben sich die Siegerinnen des Eierlaufs einen Korb frischer Eier vom Hof.'),
    ('tail', 'Folgen wollte der Ziege am Ende niemand mehr, als sie mitten in den Bach sprang.'),
    ('head', 'Commentata dal parroco al microfono, la corsa delle capre è durata meno di un minuto.'),
    ('body', 'Condivisa tra due pastori, la coppa resterà sei mesi in ciascuna stalla.'),
    ('tail', 'Seguita da oltre mille persone, la finale si è corsa sotto le luci della piazza.'),
    ('head', 'Komentarze kibiców słychać było aż po drugiej stronie rzeki.'),
    ('tail', 'Udostępniona przez sołtysa łąka nad stawem zamieniła się wieczorem w tor wyścigowy.'),
    ('tail', 'Комментируя забег, пастух признался, что его коза никогда раньше не бегала по прямой.'),
    ('tail', 'Подписчики районной газеты сами выбрали самую нарядную козу вечера.'),
]

HELD_OUT_249_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-kidderlode-goat-racing-evening', [
        [
            '-The Kidderlode Bleat – Your town, your news since 1894',
            "-News · Sport · Farming · What's On · Letters · Obituaries",
            '-Home › News › Kidderlode',
        ],
        [
            '-4 min read',
            "+Four-year-old nanny Bramble wins Kidderlode's 20th goat-racing evening",
            '-By Winifred Hoofcastle | Saturday 12 July 2026, 22:15',
        ],
        [
            '-Bramble and her handler crossing the finishing line on the river meadow. Photo: Winifred Hoofcastle',
            ('+A four-year-old nanny goat called Bramble, led by a 68-year-old retired shepherd, won the 20th '
             'Kidderlode goat-racing evening on Friday, reaching the finishing straw bales first on a 250-metre '
             'course along the river.'),
            ('+Sixteen goats from farms around the town raced in front of more than 1,400 spectators, who packed '
             'the river meadow from the early evening with picnic rugs and folding chairs.'),
        ],
        [
            '-Read also: Kidderlode show cancelled for a second year as cattle shed roof fails',
            ('+"A goat only runs when she has decided to run," said the organiser, who has run the evening since '
             '2006. "Keep the lead loose, keep the oats in your pocket and never look surprised."'),
            '-Advertisement',
        ],
        [
            '+How the evening went',
            '+17.00: the vet checks every goat and its hooves',
            '+18.30: heats of four goats along the river',
            '+21.00: the final under the lanterns, then the prize-giving',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            ("+Bramble beat last year's champion, a billy goat named Captain, by a head after he stopped ten metres "
             "from the line to eat a spectator's straw hat."),
            '-Sponsored: The cosy cottage holidays everyone in the Wolds is booking this autumn',
            ("+The evening raised £2,600 for the mountain rescue team, and Bramble will be the star of the town's "
             'Christmas card.'),
        ],
        [
            '-14 comments',
            '-Sandra P.: Best night of the year, my kids still talk about Captain and the hat.',
            '-↳ Dave R.: Captain was robbed, that hat was in his lane!',
            '-Mike T.: Any chance of more toilets next year? The queue was longer than the race.',
            "-↳ The Kidderlode Bleat: Thanks Mike, we've passed that on to the organisers.",
            '-↳ Sandra P.: Bring back the cheese stall too please.',
        ],
        [
            '-Tags: goat racing, Kidderlode, charity, summer events',
            "-Sign up to our free morning newsletter for the day's top stories.",
            '-Follow the Bleat on Facebook and Instagram',
        ],
        [
            '-© 2026 The Kidderlode Bleat · Contact us · Privacy policy · Cookie settings',
        ],
    ]),
    _page('en', 'en-blog-wobbly-spoon-days-adult-egg-and-spoon-race', [
        [
            '-Wobbly Spoon Days – small adventures of a very clumsy runner',
            '-Home · About me · Races · Recipes · Contact',
        ],
        [
            '-Races & Silly Challenges',
            "+My first adult egg-and-spoon race (and why I'll be back next summer)",
        ],
        [
            '-Posted on 14 July 2026 by Hattie · 5 comments',
            '-6 min read',
            '-This post contains affiliate links. If you buy through them, I may earn a small commission.',
        ],
        [
            ("+For three years my flatmate has begged me to enter the adults' egg-and-spoon race at the summer fête "
             'in Whitstable, and this July I finally said yes over a plate of scrambled eggs.'),
            '-Contents: 1. Signing up 2. The race 3. What I learned',
            ('+Forty grown-ups lined up on the cricket field with a raw egg on a wooden spoon each, facing eighty '
             'metres of grass and a chicane of hay bales.'),
            '-Me and my flatmate before the start, both far too confident',
        ],
        [
            ('+The starter, a retired PE teacher, gave us one piece of advice at the briefing: "Look at the egg, '
             'not at the line. Soft elbow, small steps, and never try to win it in the first ten metres."'),
            '-Pin it for later! Pinterest · Facebook',
        ],
        [
            '+How my race day went',
            '+13.00: registration and the egg handout',
            '-The wooden spoons I practised with are on Amazon (affiliate link)',
            '+14.00: heats of eight runners each',
            '+15.30: the final, eight runners and no second eggs',
        ],
        [
            '-Halfway down the field, egg still on board',
        ],
        [
            ('+I dropped my egg once in the heat, caught it on the grass unbroken and still scraped into the final, '
             'where I finished sixth of eight behind a 71-year-old grandmother who never once looked down.'),
            ('+The race raised £180 for the new village playground, and my flatmate has promised to train with me '
             'in the park every Sunday with hard-boiled eggs.'),
            '-Love, Hattie x',
        ],
        [
            '-My hand-painted egg cups are in my Etsy shop if you fancy one!',
            '-Subscribe by email to get new posts straight to your inbox.',
        ],
        [
            "-5 thoughts on “My first adult egg-and-spoon race (and why I'll be back next summer)”",
            "-Jess (the flatmate): Told you you'd love it. Sunday training starts at nine sharp!",
            '-↳ Hattie: Nine is not sharp, nine is the middle of the night.',
            '-Pauline K.: That grandmother is my mum and she has been practising since Easter.',
            '-↳ Hattie: Please tell her she is my hero!',
        ],
        [
            '-© 2026 Wobbly Spoon Days · Theme: Twenty Twenty-Four · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-chevrignac-soiree-courses-de-chevres', [
        [
            "-L'Écho de Chevrignac – le quotidien de la vallée depuis 1902",
            '-Actualités · Sports · Agriculture · Sorties · Avis de décès',
            '-Accueil › Actualités › Chevrignac',
        ],
        [
            '-4 min de lecture',
            '+Noisette, chèvre de quatre ans, remporte la 20e soirée de courses de chèvres de Chevrignac',
            '-Par Aurélien Cabrissac | Publié le samedi 12 juillet 2026 à 22h15',
        ],
        [
            ("-Noisette et son éleveur franchissent la ligne d'arrivée au bord de la rivière. Photo : Aurélien "
             'Cabrissac'),
            ('+Une chèvre de quatre ans baptisée Noisette, menée par un berger retraité de 68 ans, a remporté '
             'vendredi soir la 20e soirée de courses de chèvres de Chevrignac, sur un parcours de 250 mètres le '
             'long de la rivière.'),
            ('+Seize chèvres venues des fermes des environs ont couru devant plus de 1 400 spectateurs, installés '
             "dès la fin d'après-midi sur la prairie avec nappes et chaises pliantes."),
        ],
        [
            '-À lire aussi : la fête de la transhumance reportée faute de bénévoles',
            ("+« Une chèvre ne court que lorsqu'elle l'a décidé », a expliqué l'organisateur, qui s'occupe de la "
             "soirée depuis 2006. « Laissez la longe lâche, gardez l'avoine dans la poche et n'ayez jamais l'air "
             'surpris. »'),
            '-Publicité',
        ],
        [
            '+Le programme de la soirée',
            '+17 h : contrôle vétérinaire des chèvres et de leurs sabots',
            '+18 h 30 : séries de quatre chèvres le long de la rivière',
            '+21 h : finale à la lueur des lampions, puis remise des prix',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            ("+Noisette a devancé d'une tête le champion de l'an dernier, un bouc nommé Capitaine, qui s'est arrêté "
             "à dix mètres de la ligne pour manger le chapeau de paille d'un spectateur."),
            '-Contenu sponsorisé : ces gîtes de charme que tout le monde réserve cet automne',
            ('+La soirée a permis de récolter 2 600 euros pour le secours en montagne, et Noisette figurera sur la '
             'carte de vœux de la commune.'),
        ],
        [
            '-14 commentaires',
            "-Sandrine P. : La plus belle soirée de l'année, mes enfants parlent encore du chapeau.",
            '-↳ David R. : Capitaine a été volé, ce chapeau était sur sa ligne !',
            "-Michel T. : Et plus de toilettes l'an prochain ? La file était plus longue que la course.",
            "-↳ L'Écho de Chevrignac : Merci Michel, nous avons transmis aux organisateurs.",
            "-↳ Sandrine P. : Et qu'on ramène le stand de fromages aussi.",
        ],
        [
            '-Mots-clés : courses de chèvres, Chevrignac, solidarité, été',
            "-Inscrivez-vous à notre newsletter gratuite pour recevoir l'essentiel chaque matin.",
            "-Suivez L'Écho sur Facebook et Instagram",
        ],
        [
            "-© 2026 L'Écho de Chevrignac · Contact · Mentions légales · Gestion des cookies",
        ],
    ]),
    _page('fr', 'fr-blog-la-cuillere-tremblante-course-oeuf-cuillere', [
        [
            "-La Cuillère Tremblante – petites aventures d'une coureuse maladroite",
            '-Accueil · À propos · Courses · Recettes · Contact',
        ],
        [
            '-Courses et défis rigolos',
            "+Ma première course à l'œuf et à la cuillère pour adultes (et pourquoi j'y retournerai)",
        ],
        [
            '-Publié le 14 juillet 2026 par Margaux · 5 commentaires',
            '-6 minutes de lecture',
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
        ],
        [
            ("+Depuis trois ans, ma colocataire me supplie de m'inscrire à la course à l'œuf et à la cuillère des "
             "adultes de la fête d'été de Honfleur, et en juillet j'ai enfin dit oui devant une assiette d'œufs "
             'brouillés.'),
            "-Sommaire : 1. L'inscription 2. La course 3. Ce que j'ai appris",
            ('+Quarante adultes se sont alignés sur le terrain de foot, chacun avec un œuf cru sur une cuillère en '
             "bois, face à quatre-vingts mètres d'herbe et une chicane de bottes de paille."),
            '-Ma colocataire et moi avant le départ, bien trop sûres de nous',
        ],
        [
            ("+Le starter, un ancien prof de sport, nous a donné un seul conseil au briefing : « Regardez l'œuf, "
             "pas la ligne. Le coude souple, les petits pas, et n'essayez jamais de gagner dans les dix premiers "
             'mètres. »'),
            '-Épinglez-le pour plus tard ! Pinterest · Facebook',
        ],
        [
            '+Le déroulé de ma journée',
            '+13 h : inscription et distribution des œufs',
            '-Les cuillères en bois avec lesquelles je me suis entraînée sont sur Amazon (lien affilié)',
            '+14 h : séries de huit coureurs',
            "+15 h 30 : la finale, huit coureurs et pas d'œuf de rechange",
        ],
        [
            "-À mi-parcours, l'œuf toujours à bord",
        ],
        [
            ("+J'ai fait tomber mon œuf une fois en série, il a atterri intact dans l'herbe et je me suis quand "
             "même qualifiée pour la finale, où j'ai terminé sixième sur huit derrière une grand-mère de 71 ans qui "
             "n'a jamais baissé les yeux."),
            ('+La course a rapporté 180 euros pour la nouvelle aire de jeux du quartier, et ma colocataire a promis '
             "de s'entraîner avec moi au parc tous les dimanches avec des œufs durs."),
            '-Bisous, Margaux',
        ],
        [
            '-Mes coquetiers peints à la main sont dans ma boutique Etsy si le cœur vous en dit !',
            '-Abonnez-vous par e-mail pour recevoir les nouveaux articles.',
        ],
        [
            ("-5 réflexions sur « Ma première course à l'œuf et à la cuillère pour adultes (et pourquoi j'y "
             'retournerai) »'),
            "-Chloé (la coloc) : Je te l'avais dit ! Entraînement dimanche à neuf heures pile.",
            "-↳ Margaux : Neuf heures, c'est le milieu de la nuit.",
            "-Pauline K. : Cette grand-mère, c'est ma mère, elle s'entraîne depuis Pâques.",
            "-↳ Margaux : Dites-lui qu'elle est mon héroïne !",
        ],
        [
            '-© 2026 La Cuillère Tremblante · Thème : Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-meckerbrunn-ziegenrennen-abend', [
        [
            '-Meckerbrunner Rundschau – Die Heimatzeitung seit 1898',
            '-Lokales · Sport · Landwirtschaft · Freizeit · Kultur',
            '-Startseite › Lokales › Meckerbrunn',
        ],
        [
            '-Lesezeit 4 Minuten',
            '+Ziege Flocke gewinnt den 20. Ziegenrenn-Abend in Meckerbrunn',
            '-Von Gisela Zickenbauer | Samstag, 12. Juli 2026, 22:15 Uhr',
        ],
        [
            '-Flocke und ihr Halter beim Zieleinlauf auf der Flusswiese. Foto: Gisela Zickenbauer',
            ('+Eine vierjährige Ziege namens Flocke, geführt von einem 68-jährigen Schäfer im Ruhestand, hat am '
             'Freitagabend den 20. Ziegenrenn-Abend in Meckerbrunn gewonnen, auf einer 250 Meter langen Strecke am '
             'Fluss entlang.'),
            ('+Sechzehn Ziegen aus den Höfen der Umgebung liefen vor mehr als 1.400 Zuschauern, die schon am frühen '
             'Abend mit Picknickdecken und Klappstühlen auf die Flusswiese gekommen waren.'),
        ],
        [
            '-Lesen Sie auch: Almabtrieb fällt mangels Helfern aus',
            ('+„Eine Ziege läuft nur, wenn sie sich dazu entschieden hat“, sagte der Organisator, der den Abend '
             'seit 2006 ausrichtet. „Lasst den Strick locker, behaltet den Hafer in der Tasche und schaut nie '
             'überrascht.“'),
            '-Anzeige',
        ],
        [
            '+So lief der Abend',
            '+17 Uhr: Tierarztkontrolle der Ziegen und ihrer Klauen',
            '+18.30 Uhr: Vorläufe mit je vier Ziegen am Fluss',
            '+21 Uhr: Finale im Laternenlicht, danach die Siegerehrung',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            ('+Flocke schlug den Vorjahressieger, einen Bock namens Kapitän, um eine Kopflänge, nachdem dieser zehn '
             'Meter vor dem Ziel stehen geblieben war, um den Strohhut eines Zuschauers zu fressen.'),
            '-Gesponsert: Diese Ferienhäuser im Schwarzwald bucht gerade jeder',
            ('+Der Abend brachte 2.600 Euro für die Bergwacht ein, und Flocke wird das Motiv der Weihnachtskarte '
             'der Gemeinde.'),
        ],
        [
            '-14 Kommentare',
            '-Sandra P.: Schönster Abend des Jahres, meine Kinder reden immer noch vom Hut.',
            '-↳ Dieter R.: Kapitän wurde beraubt, der Hut lag auf seiner Bahn!',
            '-Michael T.: Nächstes Jahr bitte mehr Toiletten, die Schlange war länger als das Rennen.',
            '-↳ Meckerbrunner Rundschau: Danke, Michael, wir haben das an die Veranstalter weitergegeben.',
            '-↳ Sandra P.: Und bitte den Käsestand wieder mitbringen.',
        ],
        [
            '-Schlagworte: Ziegenrennen, Meckerbrunn, Spenden, Sommer',
            '-Melden Sie sich für unseren kostenlosen Morgen-Newsletter an.',
            '-Folgen Sie der Rundschau auf Facebook und Instagram',
        ],
        [
            '-© 2026 Meckerbrunner Rundschau · Impressum · Datenschutz · Cookie-Einstellungen',
        ],
    ]),
    _page('de', 'de-blog-eierlaufliese-eierlauf-fuer-erwachsene', [
        [
            '-Eierlaufliese – kleine Abenteuer einer sehr tollpatschigen Läuferin',
            '-Start · Über mich · Rennen · Rezepte · Kontakt',
        ],
        [
            '-Rennen & verrückte Challenges',
            '+Mein erster Eierlauf für Erwachsene (und warum ich nächsten Sommer wieder mitmache)',
        ],
        [
            '-Veröffentlicht am 14. Juli 2026 von Lisa · 5 Kommentare',
            '-6 Minuten Lesezeit',
            '-Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
        ],
        [
            ('+Seit drei Jahren bettelt meine Mitbewohnerin, dass ich beim Eierlauf für Erwachsene auf dem '
             'Sommerfest in Bamberg mitmache, und diesen Juli habe ich über einem Teller Rührei endlich Ja gesagt.'),
            '-Inhalt: 1. Die Anmeldung 2. Das Rennen 3. Was ich gelernt habe',
            ('+Vierzig Erwachsene standen auf dem Sportplatz an der Startlinie, jeder mit einem rohen Ei auf einem '
             'Holzlöffel, vor sich achtzig Meter Rasen und eine Schikane aus Strohballen.'),
            '-Meine Mitbewohnerin und ich vor dem Start, viel zu selbstsicher',
        ],
        [
            ('+Der Starter, ein pensionierter Sportlehrer, gab uns bei der Besprechung nur einen Rat: „Schaut auf '
             'das Ei, nicht auf die Ziellinie. Lockerer Ellbogen, kleine Schritte, und versucht nie, das Rennen auf '
             'den ersten zehn Metern zu gewinnen.“'),
            '-Für später merken! Pinterest · Facebook',
        ],
        [
            '+So lief mein Renntag',
            '+13 Uhr: Anmeldung und Ausgabe der Eier',
            '-Die Holzlöffel, mit denen ich geübt habe, gibt es bei Amazon (Affiliate-Link)',
            '+14 Uhr: Vorläufe mit je acht Läufern',
            '+15.30 Uhr: das Finale, acht Läufer und kein Ersatzei',
        ],
        [
            '-Auf halber Strecke, das Ei noch an Bord',
        ],
        [
            ('+Im Vorlauf ist mir das Ei einmal heruntergefallen, es landete heil im Gras, und ich kam trotzdem ins '
             'Finale, wo ich Sechste von acht wurde, hinter einer 71-jährigen Großmutter, die kein einziges Mal '
             'nach unten geschaut hat.'),
            ('+Das Rennen brachte 180 Euro für den neuen Spielplatz im Viertel, und meine Mitbewohnerin hat '
             'versprochen, jeden Sonntag mit hart gekochten Eiern im Park mit mir zu trainieren.'),
            '-Liebe Grüße, eure Lisa',
        ],
        [
            '-Meine handbemalten Eierbecher findet ihr in meinem Etsy-Shop!',
            '-Abonniere den Blog per E-Mail, um keinen Beitrag zu verpassen.',
        ],
        [
            '-5 Gedanken zu „Mein erster Eierlauf für Erwachsene (und warum ich nächsten Sommer wieder mitmache)“',
            '-Jana (die Mitbewohnerin): Hab ich doch gesagt! Training am Sonntag um neun Uhr pünktlich.',
            '-↳ Lisa: Neun Uhr ist mitten in der Nacht.',
            '-Paula K.: Die Großmutter ist meine Mutter, sie übt seit Ostern.',
            '-↳ Lisa: Sag ihr bitte, sie ist meine Heldin!',
        ],
        [
            '-© 2026 Eierlaufliese · Theme: Kadence · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-caprafonda-serata-corse-di-capre', [
        [
            '-La Voce di Caprafonda – il quotidiano della valle dal 1902',
            '-Cronaca · Sport · Agricoltura · Eventi · Necrologi',
            '-Home › Cronaca › Caprafonda',
        ],
        [
            '-4 minuti di lettura',
            '+La capra Nuvola vince la 20ª serata delle corse di capre di Caprafonda',
            '-di Tiziana Caprolino | sabato 12 luglio 2026, ore 22:15',
        ],
        [
            '-Nuvola e il suo pastore tagliano il traguardo sul prato lungo il fiume. Foto: Tiziana Caprolino',
            ('+Una capra di quattro anni di nome Nuvola, condotta da un pastore in pensione di 68 anni, ha vinto '
             'venerdì sera la 20ª serata delle corse di capre di Caprafonda, su un percorso di 250 metri lungo il '
             'fiume.'),
            ('+Sedici capre delle fattorie dei dintorni hanno corso davanti a più di 1.400 spettatori, arrivati sul '
             'prato fin dal tardo pomeriggio con coperte da picnic e sedie pieghevoli.'),
        ],
        [
            '-Leggi anche: rinviata la festa della transumanza per mancanza di volontari',
            ("+«Una capra corre solo quando ha deciso di correre», ha detto l'organizzatore, che cura la serata dal "
             "2006. «Tenete la corda lenta, l'avena in tasca e non mostratevi mai sorpresi.»"),
            '-Pubblicità',
        ],
        [
            '+Il programma della serata',
            '+Ore 17: controllo veterinario delle capre e degli zoccoli',
            '+Ore 18.30: batterie di quattro capre lungo il fiume',
            '+Ore 21: finale alla luce delle lanterne, poi la premiazione',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            ("+Nuvola ha battuto di una testa il campione dell'anno scorso, un caprone di nome Capitano, che si è "
             'fermato a dieci metri dal traguardo per mangiare il cappello di paglia di uno spettatore.'),
            "-Contenuto sponsorizzato: gli agriturismi che tutti stanno prenotando per l'autunno",
            ('+La serata ha raccolto 2.600 euro per il soccorso alpino, e Nuvola sarà la protagonista del biglietto '
             'di Natale del comune.'),
        ],
        [
            '-14 commenti',
            "-Sandra P.: La serata più bella dell'anno, i miei figli parlano ancora del cappello.",
            '-↳ Davide R.: Capitano è stato derubato, quel cappello era sulla sua corsia!',
            "-Michele T.: L'anno prossimo più bagni per favore, la fila era più lunga della corsa.",
            '-↳ La Voce di Caprafonda: Grazie Michele, lo abbiamo segnalato agli organizzatori.',
            '-↳ Sandra P.: E riportate anche la bancarella dei formaggi.',
        ],
        [
            '-Tag: corse di capre, Caprafonda, beneficenza, estate',
            '-Iscriviti alla nostra newsletter gratuita per ricevere le notizie ogni mattina.',
            '-Segui La Voce su Facebook e Instagram',
        ],
        [
            '-© 2026 La Voce di Caprafonda · Contatti · Privacy · Impostazioni cookie',
        ],
    ]),
    _page('it', 'it-blog-il-cucchiaio-traballante-corsa-uovo-cucchiaio', [
        [
            '-Il Cucchiaio Traballante – piccole avventure di una corritrice molto maldestra',
            '-Home · Chi sono · Gare · Ricette · Contatti',
        ],
        [
            '-Gare e sfide buffe',
            "+La mia prima corsa con l'uovo nel cucchiaio per adulti (e perché ci tornerò)",
        ],
        [
            '-Pubblicato il 14 luglio 2026 da Giulia · 5 commenti',
            '-6 minuti di lettura',
            '-Nel post trovi link affiliati: per ogni acquisto ricevo una piccola commissione.',
        ],
        [
            ("+Da tre anni la mia coinquilina mi implora di iscrivermi alla corsa con l'uovo nel cucchiaio per "
             "adulti della festa d'estate di Montepulciano, e a luglio ho finalmente detto sì davanti a un piatto "
             'di uova strapazzate.'),
            "-Indice: 1. L'iscrizione 2. La corsa 3. Cosa ho imparato",
            ('+Quaranta adulti si sono schierati sul campo sportivo, ognuno con un uovo crudo su un cucchiaio di '
             'legno, davanti a ottanta metri di prato e una chicane di balle di fieno.'),
            '-Io e la mia coinquilina prima della partenza, fin troppo sicure di noi',
        ],
        [
            ('+Lo starter, un ex professore di educazione fisica, ci ha dato un solo consiglio al briefing: '
             "«Guardate l'uovo, non il traguardo. Gomito morbido, passi piccoli, e non provate mai a vincere nei "
             'primi dieci metri.»'),
            '-Salvalo su Pinterest per dopo!',
        ],
        [
            "+Com'è andata la mia giornata",
            '+Ore 13: iscrizioni e consegna delle uova',
            '-I cucchiai di legno con cui mi sono allenata sono su Amazon (link affiliato)',
            '+Ore 14: batterie da otto corridori',
            '+Ore 15.30: la finale, otto corridori e nessun uovo di riserva',
        ],
        [
            "-A metà percorso, l'uovo ancora a bordo",
        ],
        [
            ("+Nella batteria mi è caduto l'uovo una volta, è atterrato intatto sull'erba e sono comunque arrivata "
             'in finale, dove mi sono piazzata sesta su otto dietro una nonna di 71 anni che non ha mai abbassato '
             'lo sguardo.'),
            ('+La corsa ha raccolto 180 euro per il nuovo parco giochi del quartiere, e la mia coinquilina ha '
             'promesso di allenarsi con me al parco ogni domenica con le uova sode.'),
            '-Un abbraccio, Giulia',
        ],
        [
            '-I miei portauova dipinti a mano sono nel mio negozio Etsy, se vi va!',
            '-Iscriviti via email per ricevere i nuovi articoli.',
        ],
        [
            "-5 commenti su “La mia prima corsa con l'uovo nel cucchiaio per adulti (e perché ci tornerò)”",
            "-Marta (la coinquilina): Te l'avevo detto! Allenamento domenica alle nove in punto.",
            '-↳ Giulia: Le nove sono notte fonda.',
            '-Paola K.: Quella nonna è mia madre, si allena da Pasqua.',
            '-↳ Giulia: Ditele che è la mia eroina!',
        ],
        [
            '-© 2026 Il Cucchiaio Traballante · Tema: OceanWP · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-kozibrody-wieczor-wyscigow-koz', [
        [
            '-Echo Kozibrodów – gazeta powiatu od 1991 roku',
            '-Wiadomości · Sport · Rolnictwo · Imprezy · Nekrologi',
            '-Strona główna › Wiadomości › Kozibrody',
        ],
        [
            '-Czas czytania 4 min',
            '+Koza Kropka wygrała 20. wieczór wyścigów kóz w Kozibrodach',
            '-Zdzisław Kozibrodzki | sobota, 12 lipca 2026, 22:15',
        ],
        [
            '-Kropka i jej opiekun na mecie na łące nad rzeką. Fot. Zdzisław Kozibrodzki',
            ('+Czteroletnia koza o imieniu Kropka, prowadzona przez 68-letniego emerytowanego pasterza, wygrała w '
             'piątek wieczorem 20. wieczór wyścigów kóz w Kozibrodach na trasie 250 metrów wzdłuż rzeki.'),
            ('+Szesnaście kóz z okolicznych gospodarstw pobiegło przed ponad 1400 widzami, którzy od wczesnego '
             'wieczoru rozkładali na łące koce i składane krzesła.'),
        ],
        [
            '-Przeczytaj też: Dożynki przełożone z powodu braku wolontariuszy',
            ('+– Koza biegnie tylko wtedy, kiedy sama tak postanowi – powiedział organizator, który prowadzi '
             'wieczór od 2006 roku. – Trzymajcie sznurek luźno, owies w kieszeni i nigdy nie okazujcie zdziwienia.'),
            '-Reklama',
        ],
        [
            '+Program wieczoru',
            '+17:00 – kontrola weterynaryjna kóz i ich racic',
            '+18:30 – biegi eliminacyjne po cztery kozy wzdłuż rzeki',
            '+21:00 – finał przy lampionach, potem wręczenie nagród',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Kropka o głowę pokonała zeszłorocznego mistrza, kozła o imieniu Kapitan, który dziesięć metrów przed '
             'metą zatrzymał się, żeby zjeść słomkowy kapelusz jednego z widzów.'),
            '-Artykuł sponsorowany: Te agroturystyki wszyscy rezerwują na jesień',
            '+Wieczór przyniósł 2600 zł na rzecz GOPR, a Kropka trafi na świąteczną kartkę gminy.',
        ],
        [
            '-14 komentarzy',
            '-Sandra P.: Najlepszy wieczór roku, dzieci wciąż mówią o kapeluszu.',
            '-↳ Dawid R.: Kapitana okradziono, ten kapelusz leżał na jego torze!',
            '-Michał T.: W przyszłym roku więcej toalet, kolejka była dłuższa niż wyścig.',
            '-↳ Echo Kozibrodów: Dziękujemy, przekazaliśmy to organizatorom.',
            '-↳ Sandra P.: I niech wróci stoisko z serami.',
        ],
        [
            '-Tagi: wyścigi kóz, Kozibrody, akcja charytatywna, lato',
            '-Zapisz się na nasz bezpłatny poranny newsletter.',
            '-Obserwuj Echo na Facebooku i Instagramie',
        ],
        [
            '-© 2026 Echo Kozibrodów · Kontakt · Polityka prywatności · Ustawienia cookies',
        ],
    ]),
    _page('pl', 'pl-blog-jajeczna-hania-wyscig-z-jajkiem', [
        [
            '-Jajeczna Hania – małe przygody bardzo niezdarnej biegaczki',
            '-Start · O mnie · Biegi · Przepisy · Kontakt',
        ],
        [
            '-Biegi i zabawne wyzwania',
            '+Mój pierwszy wyścig z jajkiem na łyżce dla dorosłych (i dlaczego tam wrócę)',
        ],
        [
            '-Opublikowano 14 lipca 2026 przez Hanię · 5 komentarzy',
            '-6 minut czytania',
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę małą prowizję.',
        ],
        [
            ('+Od trzech lat współlokatorka błagała mnie, żebym zapisała się na wyścig z jajkiem na łyżce dla '
             'dorosłych na letnim festynie w Sandomierzu, i w lipcu nad talerzem jajecznicy w końcu się zgodziłam.'),
            '-Spis treści: 1. Zapisy 2. Wyścig 3. Czego się nauczyłam',
            ('+Czterdzieścioro dorosłych stanęło na boisku, każdy z surowym jajkiem na drewnianej łyżce, a przed '
             'nami osiemdziesiąt metrów trawy i szykana z bel siana.'),
            '-Ja i współlokatorka przed startem, zdecydowanie zbyt pewne siebie',
        ],
        [
            ('+Starter, emerytowany nauczyciel WF-u, dał nam na odprawie jedną radę: „Patrzcie na jajko, nie na '
             'metę. Luźny łokieć, małe kroki i nigdy nie próbujcie wygrać na pierwszych dziesięciu metrach”.'),
            '-Zapisz na później! Pinterest · Facebook',
        ],
        [
            '+Jak minął mój dzień wyścigu',
            '+13:00 – zapisy i rozdawanie jajek',
            '-Drewniane łyżki, na których trenowałam, kupisz na Allegro (link afiliacyjny)',
            '+14:00 – biegi eliminacyjne po ośmioro zawodników',
            '+15:30 – finał, ośmioro zawodników i żadnych zapasowych jajek',
        ],
        [
            '-W połowie trasy, jajko wciąż na pokładzie',
        ],
        [
            ('+W eliminacjach raz upuściłam jajko, wylądowało całe w trawie, a ja i tak weszłam do finału, gdzie '
             'byłam szósta na osiem, za 71-letnią babcią, która ani razu nie spojrzała w dół.'),
            ('+Wyścig przyniósł 180 zł na nowy plac zabaw na osiedlu, a współlokatorka obiecała trenować ze mną w '
             'parku w każdą niedzielę na jajkach na twardo.'),
            '-Buziaki, Hania',
        ],
        [
            '-Moje ręcznie malowane kieliszki do jajek znajdziecie w moim sklepie na Etsy!',
            '-Zapisz się, aby dostawać nowe wpisy mailem.',
        ],
        [
            '-5 komentarzy do „Mój pierwszy wyścig z jajkiem na łyżce dla dorosłych (i dlaczego tam wrócę)”',
            '-Ola (współlokatorka): Mówiłam! Trening w niedzielę punkt dziewiąta.',
            '-↳ Hania: Dziewiąta to środek nocy.',
            '-Paulina K.: Ta babcia to moja mama, ćwiczy od Wielkanocy.',
            '-↳ Hania: Przekaż jej, że jest moją bohaterką!',
        ],
        [
            '-© 2026 Jajeczna Hania · Motyw: Astra · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-kozlodolsk-vecher-kozikh-begov', [
        [
            '-Козлодольская неделя — городская газета с 1931 года',
            '-Новости · Спорт · Село · Афиша · Происшествия',
            '-Главная › Новости › Козлодольск',
        ],
        [
            '-Время на чтение: 4 минуты',
            '+Коза Снежинка выиграла 20-й вечер козьих бегов в Козлодольске',
            '-Аглая Козобородова | суббота, 12 июля 2026, 22:15',
        ],
        [
            '-Снежинка и её хозяин на финише на лугу у реки. Фото: Аглая Козобородова',
            ('+Четырёхлетняя коза по кличке Снежинка, которую вёл 68-летний пастух на пенсии, в пятницу вечером '
             'выиграла 20-й вечер козьих бегов в Козлодольске на дистанции 250 метров вдоль реки.'),
            ('+Шестнадцать коз из окрестных хозяйств бежали перед более чем 1400 зрителями, которые с раннего '
             'вечера расположились на лугу с пледами и складными стульями.'),
        ],
        [
            '-Читайте также: Праздник урожая перенесли из-за нехватки волонтёров',
            ('+«Коза бежит, только когда сама так решила, — сказал организатор, который проводит вечер с 2006 года. '
             '— Держите верёвку свободно, овёс в кармане и никогда не показывайте удивления».'),
            '-Реклама',
        ],
        [
            '+Программа вечера',
            '+17:00 — ветеринарный осмотр коз и их копыт',
            '+18:30 — забеги по четыре козы вдоль реки',
            '+21:00 — финал при фонарях, затем награждение',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            ('+Снежинка на голову опередила прошлогоднего чемпиона, козла по кличке Капитан, который за десять '
             'метров до финиша остановился, чтобы съесть соломенную шляпу одного из зрителей.'),
            '-На правах рекламы: эти турбазы все бронируют на осень',
            ('+Вечер принёс 26 тысяч рублей для поисково-спасательного отряда, а Снежинка появится на новогодней '
             'открытке города.'),
        ],
        [
            '-14 комментариев',
            '-Светлана П.: Лучший вечер года, дети до сих пор вспоминают шляпу.',
            '-↳ Денис Р.: Капитана обокрали, шляпа лежала на его дорожке!',
            '-Михаил Т.: В следующем году побольше туалетов, очередь была длиннее забега.',
            '-↳ Козлодольская неделя: Спасибо, передали организаторам.',
            '-↳ Светлана П.: И верните сырную лавку.',
        ],
        [
            '-Теги: козьи бега, Козлодольск, благотворительность, лето',
            '-Подпишитесь на нашу бесплатную утреннюю рассылку.',
            '-Читайте нас во ВКонтакте и Telegram',
        ],
        [
            '-© 2026 Козлодольская неделя · Контакты · Политика конфиденциальности',
        ],
    ]),
    _page('ru', 'ru-blog-yaichnaya-masha-zabeg-s-yaytsom', [
        [
            '-Яичная Маша — маленькие приключения очень неуклюжей бегуньи',
            '-Главная · Обо мне · Забеги · Рецепты · Контакты',
        ],
        [
            '-Забеги и смешные челленджи',
            '+Мой первый забег с яйцом в ложке для взрослых (и почему я туда вернусь)',
        ],
        [
            '-Опубликовано 14 июля 2026 автором Маша · 5 комментариев',
            '-6 минут чтения',
            '-В этом посте есть партнёрские ссылки: если вы что-то купите по ним, я получу небольшую комиссию.',
        ],
        [
            ('+Три года соседка по квартире уговаривала меня записаться на забег с яйцом в ложке для взрослых на '
             'летнем празднике в Костроме, и в июле за тарелкой яичницы я наконец согласилась.'),
            '-Содержание: 1. Регистрация 2. Забег 3. Чему я научилась',
            ('+Сорок взрослых выстроились на футбольном поле, у каждого сырое яйцо на деревянной ложке, а впереди '
             'восемьдесят метров травы и шикана из тюков сена.'),
            '-Мы с соседкой перед стартом, слишком уверенные в себе',
        ],
        [
            ('+Стартёр, бывший учитель физкультуры, дал нам на брифинге один совет: «Смотрите на яйцо, а не на '
             'финиш. Мягкий локоть, маленькие шаги и никогда не пытайтесь выиграть на первых десяти метрах».'),
            '-Сохраните на потом! Pinterest · ВКонтакте',
        ],
        [
            '+Как прошёл мой день',
            '+13:00 — регистрация и раздача яиц',
            '-Деревянные ложки, на которых я тренировалась, есть на Ozon (партнёрская ссылка)',
            '+14:00 — забеги по восемь участников',
            '+15:30 — финал, восемь участников и никаких запасных яиц',
        ],
        [
            '-На полпути, яйцо всё ещё на месте',
        ],
        [
            ('+В забеге я один раз уронила яйцо, оно целым упало в траву, и я всё равно прошла в финал, где стала '
             'шестой из восьми после 71-летней бабушки, которая ни разу не посмотрела вниз.'),
            ('+Забег принёс 18 тысяч рублей на новую детскую площадку, а соседка пообещала тренироваться со мной в '
             'парке каждое воскресенье на варёных яйцах.'),
            '-Обнимаю, ваша Маша',
        ],
        [
            '-Мои расписные подставки для яиц можно заказать на Ярмарке Мастеров!',
            '-Подпишитесь на блог по почте, чтобы не пропускать новые посты.',
        ],
        [
            '-5 комментариев к записи «Мой первый забег с яйцом в ложке для взрослых (и почему я туда вернусь)»',
            '-Оля (соседка): Я же говорила! Тренировка в воскресенье ровно в девять.',
            '-↳ Маша: Девять утра — это глубокая ночь.',
            '-Полина К.: Эта бабушка — моя мама, она тренируется с Пасхи.',
            '-↳ Маша: Передайте ей, что она моя героиня!',
        ],
        [
            '-© 2026 Яичная Маша · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Strava activity hidden: the athlete only shares this route with followers.':
        ('an English Strava marker for an activity the athlete only shares with followers ("Strava activity hidden: '
         'the athlete only shares this route with followers.") is left in the body'),
    'ZDFmediathek: Das Video ist aus Jugendschutzgründen nur zwischen 22 und 6 Uhr abrufbar.':
        ("a German ZDFmediathek marker for a video that may only be played between 22 and 6 o'clock for the "
         'protection of minors ("ZDFmediathek: Das Video ist aus Jugendschutzgründen nur zwischen 22 und 6 Uhr '
         'abrufbar.") is left in the body'),
    'Transmisja na żywo z YouTube rozpocznie się o 19:00 – ustaw przypomnienie.':
        ('a Polish YouTube live-stream marker for a stream that starts at 19:00, with a set-a-reminder hint '
         '("Transmisja na żywo z YouTube rozpocznie się o 19:00 – ustaw przypomnienie.") is left in the body'),
    'RUTUBE: видео ещё обрабатывается и скоро станет доступно.':
        ('a Russian RUTUBE marker for a video still being processed ("RUTUBE: видео ещё обрабатывается и скоро '
         'станет доступно.") is left in the body'),
    'Theme: GeneratePress · Mit Liebe gemacht in Thüringen':
        ('a German GeneratePress theme credit with a made-with-love-in-Thuringia line ("Theme: GeneratePress · Mit '
         'Liebe gemacht in Thüringen") is left at the foot'),
    'What do you think? Have your say below.':
        'an English have-your-say comment prompt ("What do you think? Have your say below.") is left at the foot',
    'Текст публикуется в авторской редакции.':
        ('a Russian published-in-the-author\'s-edition notice ("Текст публикуется в авторской редакции.") is left '
         'at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-kidderlode-goat-racing-evening':
        ('the English goat-racing news page keeps the sponsored headline between the two last paragraphs '
         '("Sponsored: The cosy cottage holidays everyone in the Wolds is booking this autumn") (1 of 20 noise '
         'lines); no article line is lost'),
    'en-blog-wobbly-spoon-days-adult-egg-and-spoon-race':
        ("the English egg-and-spoon blog post keeps the opening photo's caption closing the block of the first and "
         'second paragraphs ("Me and my flatmate before the start, both far too confident") and the action photo\'s '
         'caption alone in its block under the list ("Halfway down the field, egg still on board") (2 of 20 noise '
         'lines); no article line is lost'),
    'fr-blog-la-cuillere-tremblante-course-oeuf-cuillere':
        ('the French egg-and-spoon blog post keeps the category label above the title ("Courses et défis rigolos"), '
         'the opening photo\'s caption closing the block of the first and second paragraphs ("Ma colocataire et moi '
         'avant le départ, bien trop sûres de nous") and the action photo\'s caption alone in its block under the '
         'list ("À mi-parcours, l\'œuf toujours à bord") (3 of 20 noise lines); no article line is lost'),
    'de-blog-eierlaufliese-eierlauf-fuer-erwachsene':
        ("the German egg-and-spoon blog post keeps the opening photo's caption closing the block of the first and "
         'second paragraphs ("Meine Mitbewohnerin und ich vor dem Start, viel zu selbstsicher"), the '
         'pin-it-for-later share row under the paragraph with the quote ("Für später merken! Pinterest · Facebook") '
         'and the action photo\'s caption alone in its block under the list ("Auf halber Strecke, das Ei noch an '
         'Bord") (3 of 20 noise lines); no article line is lost'),
    'it-blog-il-cucchiaio-traballante-corsa-uovo-cucchiaio':
        ('the Italian egg-and-spoon blog post keeps the category label above the title ("Gare e sfide buffe"), the '
         'affiliate-links disclosure under the posted-on-by line and the reading time ("Nel post trovi link '
         'affiliati: per ogni acquisto ricevo una piccola commissione."), the opening photo\'s caption closing the '
         'block of the first and second paragraphs ("Io e la mia coinquilina prima della partenza, fin troppo '
         'sicure di noi") and the action photo\'s caption alone in its block under the list ("A metà percorso, '
         'l\'uovo ancora a bordo") (4 of 20 noise lines); no article line is lost'),
    'pl-blog-jajeczna-hania-wyscig-z-jajkiem':
        ('the Polish egg-and-spoon blog post keeps the category label above the title ("Biegi i zabawne wyzwania"), '
         'the opening photo\'s caption closing the block of the first and second paragraphs ("Ja i współlokatorka '
         'przed startem, zdecydowanie zbyt pewne siebie") and the action photo\'s caption alone in its block under '
         'the list ("W połowie trasy, jajko wciąż na pokładzie") (3 of 20 noise lines); no article line is lost'),
    'ru-portal-kozlodolsk-vecher-kozikh-begov':
        ('the Russian goat-racing news page keeps the sponsored headline between the two last paragraphs ("На '
         'правах рекламы: эти турбазы все бронируют на осень") (1 of 20 noise lines); no article line is lost'),
    'ru-blog-yaichnaya-masha-zabeg-s-yaytsom':
        ('the Russian egg-and-spoon blog post keeps the category label above the title ("Забеги и смешные '
         'челленджи"), the opening photo\'s caption closing the block of the first and second paragraphs ("Мы с '
         'соседкой перед стартом, слишком уверенные в себе") and the action photo\'s caption alone in its block '
         'under the list ("На полпути, яйцо всё ещё на месте") (3 of 20 noise lines); no article line is lost'),
}

test_held_out_249_line, test_held_out_249_line_is_kept, test_held_out_249_page = held_out_tests(
    HELD_OUT_249_LINES, HELD_OUT_249_KEEP, HELD_OUT_249_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
