"""Held-out set 183: written blind, weighted toward the noise the cleaner exists for, in shapes set 182's docstring does
not name (nor the first paragraphs of sets 179, 180 and 181): scraper, embed and ad markers (an English Flourish chart
whose script a browser extension blocked "Flourish chart failed to render – a script it needs was blocked by a browser
extension.", an English Spotify player whose episode plays only in the app "Spotify player unavailable: this episode can
only be played in the Spotify app.", an English Padlet board archived by its owner "Padlet board not loaded – its owner
has archived this padlet.", a French Ausha podcast player stopped by the browser's autoplay block "Le lecteur Ausha n'a
pas pu être chargé : votre navigateur bloque la lecture automatique.", a German OpenStreetMap map that needs JavaScript
"Die OpenStreetMap-Karte kann nicht angezeigt werden, weil JavaScript deaktiviert ist.", an Italian Google Forms survey
that stopped taking answers "Il modulo di Google Moduli non è più disponibile: il proprietario ha smesso di accettare
risposte.", a Polish CDA video player that asks for a page refresh "Odtwarzacz wideo z CDA nie załadował się – odśwież
stronę, aby spróbować ponownie." and a Russian 2GIS map that asks for geolocation or a reload "Карта 2ГИС не
отображается: включите геолокацию или обновите страницу."); reading-time headers in new wordings (the English
mins-reading-time label "5 mins reading time", a blog's settle-in line "Settle in: this is a long one, roughly 18
minutes from start to finish.", the French reading-duration label "Durée de lecture : 5 min", the German barely-five
label "Lesezeit: knapp 5 Minuten", the Italian it-reads-in line "Si legge in 5 minuti", the Polish you-will-read-it-in
line "Artykuł przeczytasz w 5 minut" and the Russian time-of-reading label "Время прочтения — 5 мин."); bylines and
self-promotion (an English by-name-in-place byline "By Hester Quillowby in Ashwendle", a German
reports-from-the-local-desk byline "Aus der Lokalredaktion berichtet Walburga Knöpflinger", an Italian edited-by byline
"A cura di Cesarina Pignattoli" and a Polish compiled-by byline "Oprac. Bożena Kwiatkolska", all at the head, and at the
foot an English Patreon drawings plug with its tiers "Patrons on Patreon get my full measured drawings a week early –
tiers start at £3.", an English Not On The High Street spinning-tops plug with gift wrapping "My spinning tops are for
sale on Not On The High Street, gift-wrapped on request.", a French Un grand marché garden-chimes plug with Colissimo
delivery "Mes carillons de jardin sont en vente sur Un grand marché, livraison en Colissimo." and a Russian
order-through-my-Telegram-channel plug with CDEK delivery "Заказать такой же ящик можно через мой телеграм-канал,
доставка СДЭК по всей России."); blog and site footers (an English part-of-the-group line with a do-not-sell link "Part
of the Sparrowdyke Press group · Do not sell or share my personal information", the English Wix builder banner "This
site was designed with the Wix website builder. Create your website today.", an English Netlify-and-Hugo credit with an
RSS link "Deployed on Netlify · Built with Hugo · RSS feed", a French publication-director line with a joint-commission
number "Directeur de la publication : Aurélien Ferlandeau · Commission paritaire n° 0528 W 91234", a German Jimdo credit
with cookie-policy and log-in links "Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden", the Italian
this-blog-is-not-a-newspaper disclaimer "Questo blog non rappresenta una testata giornalistica in quanto viene
aggiornato senza alcuna periodicità.", a Polish copying-forbidden line "Kopiowanie i rozpowszechnianie materiałów bez
zgody wydawcy zabronione." and a Russian link-required-when-reusing line "При использовании материалов ссылка на сайт
обязательна."); reader-comment furniture (an English replying-to row with a cancel link "Replying to Dot W. · Cancel
reply", an English pinned-by-the-author badge "Pinned by Hannah · Author", an English subscribers-only commenting prompt
"Only subscribers can comment on our articles. Subscribe now", the French comment-form address-not-published note "Votre
adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", a German hide-the-replies link "3
Antworten ausblenden", an Italian edited-by-its-writer stamp "Commento modificato dall'autore 2 ore fa", a Polish
replies-and-collapse row "Odpowiedzi (2) · Zwiń wątek" and a Russian confirm-your-phone prompt "Чтобы оставить
комментарий, подтвердите номер телефона."); share rows (a German share-now row with Flipboard and Xing "Jetzt teilen:
Facebook · Flipboard · Xing", an Italian if-you-liked-it row "Se ti è piaciuto, condividilo: WhatsApp · Facebook ·
Pinterest" and a Russian send-to-a-friend row with Odnoklassniki "Отправить другу: Одноклассники · Телеграм ·
WhatsApp"); and notices (an English editor's note on changed names "Editor's note: the names of some residents have been
changed at their request." and a French updated-with-the-mayor's-reaction note "Cet article a été mis à jour le 14 mars
à 17 h 20 avec la réaction du maire.", both in the body, and a Polish not-commissioned disclosure "Tekst nie powstał na
zlecenie; wszystkie materiały autor kupił za własne pieniądze." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 182's docstring does not describe (on the six portal pages, in nine blocks, a
skip-to-content link, the masthead and a breadcrumb in one block of three at the very top; the title at the top of a
block of four with the date line, the byline and the reading time after it; the first and second paragraphs in one block
of four with the lead photo's caption and its credit between them; a bare ad label at the top of the quote paragraph's
block, right before the paragraph with the quote; the subheading and the three rows with a most-read box (its heading
and one headline) after the third row, inside the list block (a block of six); the two last paragraphs in one block of
three with a tags line between them; a share row and a follow-us prompt alone in a block of two; at the foot two blocks,
four lines of a comment thread (a comment count, a comment, another reader's arrowed reply and the reporter's arrowed
reply) and then a links row and the publisher's copyright line; on the six blog pages, in ten blocks, the blog name and
its menu in one block of two; a breadcrumb above the title and the posted-on-by line and the reading time under it in
one block of four; the first paragraph at the top of a block of two with an affiliate link after it; the second
paragraph and the paragraph with the quote at the top of a block of three with a photo caption after the quote; a
related-post link and a subscribe prompt alone in a block of two between the quote and the subheading; the subheading
and the three rows with an ad label between the subheading and the first row; the two last paragraphs at the top of a
block of four with the author's sign-off and a plug for the author's wares or services after them; a share row alone in
a block of one; at the foot two blocks, five lines of a thread (a comments count, a comment, the author's arrowed reply,
a second comment and the first commenter's arrowed reply to the author) and then the author's copyright line and a
platform-and-theme credit), taken from local news of fresh kinds (a Victorian ice well in a town park cleared and
opened, a hand pump on a market square giving water again, a weighbridge by a former goods station weighing again, a
carved walnut village sign put back at the village entrance, a fire bell rehung on a fire station's turret, a town's old
whipping post kept as a curiosity) and from blogs about a kalimba from a cigar box lid, a garden xylophone, a diabolo
juggling routine, spinning tops turned on a lathe, a terracotta rhubarb forcer and a potting bench from pallets.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 182 but what is named here), held-out set 184 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 182 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 179, 180 and 181, printed with one ast script (/tmp/s183scratch/peek.py,
reading the files of /work/main/tests, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (one ``python -c`` call, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 182's as printed, with 182 -> 183;
/tmp/s183scratch/gen183.py writes this file from scratch files (data183.py with the noise and keep lines, pages183.py
with the pages, doc_*.txt with the docstring paragraphs and, after the measurement, tables183.py with the xfail tables).
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s183, detached at commit f710fd0a2db7c8f506fda15da3118afe2bd07164, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 12:26:44 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
f710fd0a2db7c8f506fda15da3118afe2bd07164 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. The ``inspect.getsource`` call imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 182's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", set 182's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 179, 180 and 181, reading the files in /work/main/tests (main was at
the brief's commit). Its first run printed to the terminal, which the tool cut in the middle (it showed the output's
first 131 lines, from set 182's first paragraph into its notes, and, after the cut, its last lines from inside set 180's
first paragraph to the end of set 181's, all allowed parts); the second run went to /tmp/s183scratch/peek.out (613
lines, all of them allowed parts), of which I paged lines 125 to 300, 300 to 420 and 420 to 500 with ``sed``, so that
every part the brief allows was read; nothing else of any set file was printed. (3) To compare my wordings with the
named ones I grepped peek.out case-insensitively for the services, platforms, hosts and key words of my lines and
layouts (Flourish, Spotify, Padlet, Ausha, OpenStreetMap, "Google Moduli", "Google Forms", CDA, 2ГИС, "mins reading",
"Settle in", "Durée de lecture", Lesezeit, "Si legge", przeczytasz, прочтения, "By Hester", Lokalredaktion, "A cura",
Oprac, Patreon, "High Street", "grand marché", Colissimo, телеграм, СДЭК, "Do not sell", Wix, Netlify, Hugo, "Directeur
de la publication", "Commission paritaire", Jimdo, "testata giornalistica", Kopiowanie, "ссылка на сайт", Replying,
"Cancel reply", Pinned, "Only subscribers", "ne sera pas publiée", ausblenden, modificato, Zwiń, "номер телефона",
"Jetzt teilen", Flipboard, Xing, condividilo, "Отправить другу", Одноклассники, "Editor's note", "mis à jour", zlecenie,
"Most read", "Skip to", "inside the list", "between the last", "tags line", caption): none of the words of the lines
occurs; of the layout words, "inside the list" occurs for set 179's ad label and sponsored headline between the second
and third rows and set 182's read-also link between the first and second rows, "between the last" for set 182's
follow-us prompt between the last paragraphs, "tags line" for set 179's tags line after the second last paragraph, set
180's tags line after it with a share row before it and set 182's tags line and share row alone in a block of two,
"most-read box" for set 180's most-read box after the quote, and "caption" throughout. (4) Near misses with shapes
already named, noted rather than hidden: the markers stand for services not named there (Flourish, Spotify, Padlet,
Ausha, OpenStreetMap, Google Forms, CDA, 2GIS) with reasons not named (a script blocked by an extension, an app-only
episode, an archived board, an autoplay block, switched-off JavaScript, a survey closed to answers, a refresh,
geolocation), though the Spotify app-only line is of the kind of set 180's RaiPlay video that plays only on RaiPlay's
site and set 181's Mixcloud upload heard only on Mixcloud itself, the JavaScript and extension lines of the kind of set
180's WebGL-switched-off Sketchfab viewer, and the archived Padlet and closed Google Forms lines of the kind of set
179's unpublished Datawrapper chart; the reading times are new phrasings, but "5 mins reading time", "Durée de lecture :
5 min", "Lesezeit: knapp 5 Minuten" and "Время прочтения — 5 мин." are plain labels like set 180's "Read time 6 min" and
"Geschätzte Lesedauer", the settle-in line a blog's long-read line like the grab-a-cuppa and long-post-ahead lines of
sets 180 to 182, and the Polish "Artykuł przeczytasz w 5 minut" a you-will-read-it-in line like set 180's Russian
"Прочитаете за 6 минут"; of the bylines the German "Aus der Lokalredaktion berichtet" is of the kind of set 182's "Von
unserem Redaktionsmitglied", while the English by-in-place, the Italian "A cura di" and the Polish "Oprac." are not
named; the plugs use platforms not named (Patreon, Not On The High Street, Un grand marché, a Telegram channel with
CDEK), though the Patreon line asks for support like the Ko-fi lines of sets 181 and 182 and two carry delivery like the
plugs of sets 179 to 182; the footers name builders, hosts and legal lines not named (Wix, Netlify and Hugo, Jimdo, a
do-not-sell link, a French publication director and joint-commission number, the Italian not-a-newspaper disclaimer, a
Polish copying ban, a Russian link-required line), though the Jimdo credit is a builder credit like set 180's WebWave
and Kirby credits, the publication-director line a legal line like set 181's Italian court-registration and
managing-editor line, and the Polish copying ban close to set 181's rights-reserved hosting line; of the comment lines
the subscribers-only prompt is of the kind of the log-in prompts of sets 179 and 180, the confirm-your-phone prompt of
the kind of set 179's Gosuslugi log-in prompt, the hide-replies and collapse rows the reverse of the
show-earlier-replies links of sets 179 and 180, and the edited stamp, the pinned badge, the replying-to row and the
address-not-published note are not named; the share rows use openings not named ("Jetzt teilen", "Se ti è piaciuto,
condividilo", "Отправить другу") and Flipboard, Xing and Odnoklassniki, though the Italian if-you-liked-it row is of the
kind of set 181's "Know someone who'd enjoy this?" row and the Russian send-to-a-friend row of the kind of set 182's
forward-to-your-contacts row; the English editor's note on changed names is not named, the French update note is of the
kind of set 179's timed Italian correction note and set 180's French "Rectificatif", and the Polish not-commissioned
disclosure of the kind of set 182's declaration of interest. On the pages the noise is of common kinds, since the brief
asks for new layouts there; some positions echo earlier layouts (the masthead at the very top, as on sets 179 to 182;
the date line, byline and reading time right after the title, as on sets 179 and 180 in other orders; the blog name with
its menu, as on set 181; the ad label between the subheading and the first row where sets 179 and 180 put an affiliate
link; the sign-off and plug after the last paragraphs, as on set 179; the share row alone in a block of one, as on set
179; the five-line blog thread, as on sets 179 and 181; the reporter's arrowed reply, as on set 182), while what is new
is the arrangement (on the portals the skip link above the masthead, the caption and credit between the first and second
paragraphs, the bare ad label right before the quote paragraph, the most-read box after the third row inside the list
block, the tags line between the last paragraphs and the share row and follow-us prompt alone in their block; on the
blogs the breadcrumb above the title, the affiliate link right after the first paragraph, the photo caption after the
quote, the related-post link and subscribe prompt alone between the quote and the subheading). (5) Before the
measurement /tmp/s183scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any
other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the
lines and blocks. Before its first run I had already kept out of each other: the portals' mastheads and their copyright
lines (the German copyright names "Verlagshaus Quendelfurt GmbH", not the "Quendelfurter Tageblatt"), the blogs' names
and copyright lines (the copyright lines give the author's first name), the ad labels and the links rows (the French
links row says "Annonceurs", the Russian one "Рекламодателям"), the page ad labels and the keep lines (a German keep
line that began "Werbung für das Brunnenfest" became the "Werbetafeln" line, an Italian one that began "Pubblicità sui
giornali" the "Pubblicizzata" line and a Polish one that began "Reklama pompy" the "Reklamowana" line), and the English
blog's comments heading, which does not quote the title. Its first run found three lines inside others: the English
portal's ad label "Advertisement" inside the English blog's "Advertisements" (the blog's label became "Sponsored
content"), the French portal's "Publicité" inside the French blog's "Publicités" (the blog's became "Contenu
sponsorisé") and the Russian portal's byline "Аполлинария Сверчкова" inside the reporter's reply signature (the
signature became "А. Сверчкова"); the second run found nothing. check.py counted 45 noise lines (category, language and
place as in Contents), 20 keep lines by language and place and 12 pages (the portals of nine blocks, the blogs of ten),
with 10 "+" and 20 "-" lines each; "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-"
on everything else. gen183.py reports lines over 120 characters and at-signs in the written file (none), checks that
every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without
importing it), that the file's lists and pages equal the scratch ones. (6) Invented names were checked with the
exact-string search over public GitHub files: Ashwendle (for The Ashwendle Chronicle, its publisher and the English
byline's place), Rosalind Pemmerwick (and Pemmerwick), Hester Quillowby (and Quillowby), Sparrowdyke, Lid and Tine,
Sarnevaux, Courvaison, Éditions du Petit Écho, Lames et Maillets, Ferlandeau, Quendelfurt (for the Quendelfurter
Tageblatt and Verlagshaus Quendelfurt), Fenchelmayr, Knöpflinger, "Zwei Stöcke, eine Spule", Borgofrassin (for the
Gazzetta di Borgofrassino and Editrice Borgofrassinese), Tribolani, Pignattoli, Trottole e Trucioli, Wierzbiszów and
Wierzbiszow (for Głos Wierzbiszowa and Wydawnictwo Wierzbiszowskie), Przepiórecka, Kwiatkolska, Rabarbar i Glina,
Пустоозёрск (for Вестник Пустоозёрска and «Пустоозёрские вести») and its Latin spelling, Аполлинария Сверчкова and
Грядки и поддоны had no hits. Dropped: Brindlecote (names in files; the English town became Ashwendle), Trevanning (a
name in files; the English reporter became Rosalind Pemmerwick), Quarrington (a real place; the English byline became
Hester Quillowby), Fennock (a street in a file; the publisher became Sparrowdyke Press), and Кочерыжкин and Ружевска
(names in files, tried for Russian people and not used). First names alone (Barnaby, Solange, Jannik, Ermanno, Urszula,
Степан, Margery, Gilberte, Irmgard, Teodolinda, Tadeusz and the like), the commenters' first names with or without an
initial (Trevor B., Sue K., Dot W., Helga M., Josiane, Lucia, Krystyna, Галина and the like), generic names (Orchard
Park, Station Road, the place du Marché, the Bahnhofstraße, Brzezina, улица Ленина, Торговая площадь, Николай Петрович)
and real brands, services, platforms, hosts, themes, bodies and places (the embed services, Patreon, Not On The High
Street, Un grand marché, Colissimo, СДЭК, Wix, Netlify, Hugo, Jimdo, Flipboard, Xing, Одноклассники, Amazon, WordPress,
Kadence, Astra, GeneratePress, OceanWP, Twenty Twenty-Three, OSP, Pro Loco, Angers, Подмосковье, "Mr. Blue Sky") were
not checked. (7) ``date`` printed 12:27:02 UTC after the allowed parts were printed, 12:30:04 after the name checks,
12:30:56 after the lines and pages were written and first checked, 12:31:28 while the first docstring paragraph was
written, 12:31:41 after gen183.py first wrote the file, 12:31:47 to 12:32:35 while the other paragraphs were written,
12:32:43 at the measurement, 12:33:30 after the problems were printed and 12:34:05 after the tables were checked (the
clock of this machine moved slowly against the work done; I report what it printed). (8) The measurement was run once,
in one shell call with the brief's two commands (pytest output to /tmp/s183scratch/measure.out: 25 failed, 52 passed;
report to /tmp/s183scratch/report.out); then /tmp/s183scratch/problems.py printed the problems of every case with
``_problems`` (importing the copy in /tmp/wt-s183/tests with /tmp/wt-s183/src on the path) to
/tmp/s183scratch/problems.out: thirteen noise lines kept, all twelve pages with problems (15 page noise lines left, all
of them kept in the text, and no article line lost), no keep line lost, as in the Baseline paragraph. The reasons of the
three tables (tables183.py, written by mktables.py from tables_src.py) were written from that output, and
/tmp/s183scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same result) checked that
the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that
the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output names is quoted in its
page's reason and no other noise line of the page is, that each reason's count matches and that each page reason says no
article line is lost; nothing else was changed: gen183.py wrote the final file from the same data files, checked that
its lists equal them, and the pytest command was run again on it in /tmp/wt-s183.

Judgement calls: the keep lines "Share of the cost fell on the parish council, which paid a third of the bill.", "Posted
to every house in 1911, the notice warned that the pump water was unsafe to drink.", "Printed on the back of the old
sign was the name of the carpenter who carved it in 1953.", "Sponsored walks along the disused railway raised most of
the money for the weighbridge.", "Related to the last bell ringer by marriage, the fire chief insisted the bell be
rehung.", "Comment on the old post was forbidden by the council, which wanted it left as it stood.", "Read more slowly,
the inscription gives the date of the post's last use, 1822.", "Partager l'eau de la pompe entre deux hameaux a
longtemps été une source de disputes.", "Abonnés au journal depuis trente ans, deux voisins ont prêté leurs photos de la
bascule.", "Lire l'inscription du panneau demande de la patience, tant le bois a souffert.", "Folgen hatte der Sturm von
1987 auch für die alte Feuerglocke, die damals vom Dach fiel.", "Werbetafeln aus Emaille hingen früher auch am
Wiegehäuschen, erzählt der Verein.", "Kommentiert hat der Bürgermeister die Rückkehr der Glocke mit einem einzigen Wort:
endlich.", "Pubblicizzata sui giornali dell'epoca come la più moderna della provincia, la pesa costò 800 lire.",
"Iscritti all'associazione da decenni, i volontari hanno ripulito la ghiacciaia del parco.", "Seguito da una piccola
folla, il restauratore ha rimontato il palo nella piazza.", "Obserwując prace, starsi mieszkańcy wspominali, jak ważono
tu buraki.", "Reklamowana w gazecie z 1905 roku odlewnia pomogła ustalić, skąd pochodzi dzwon.", "Комментируя находку,
краевед напомнил, что в парке был и второй ледник." and "Поделились воспоминаниями и старожилы: зимой лёд для ледника
резали на пруду." are article sentences: each reports what a parish council, the senders of an old notice, a sign's
carpenter, sponsored walkers, a fire chief, a council, an inscription, two hamlets, two subscribers to the paper, a
weathered sign, a storm, a society with old enamel signs, a mayor, an old newspaper advertisement, volunteers, a
restorer, old residents, a foundry, a local historian or old residents did, said or showed, with the noise-like word as
an ordinary noun, verb, participle or gerund of the sentence ("Share of the cost" is the council's part of the bill, not
a share row; "Posted to every house" is a notice delivered in 1911, not a posted-on line; "Printed on the back" is a
carpenter's name on a sign, not a print link; "Sponsored walks" are fund-raising walks, not a sponsored label; "Related
to the last bell ringer" is a family tie, not a related-posts box; "Comment on the old post" is remarks the council
forbade, not a comment heading; "Read more slowly" is how to read an inscription, not a read-more link; the French
"Partager", "Abonnés" and "Lire", the German "Folgen", "Werbetafeln" and "Kommentiert", the Italian "Pubblicizzata",
"Iscritti" and "Seguito", the Polish "Obserwując" and "Reklamowana" and the Russian "Комментируя" and "Поделились" are
sharing the pump's water, long-time subscribers lending photos, reading a sign, consequences of a storm, enamel
advertising signs, a mayor's remark, a weighbridge advertised in old papers, members of a society, a restorer followed
by a crowd, residents watching the work, a foundry advertised in 1905, a historian's remark and residents sharing
memories; none of them is share, subscribe, follow, comment, ad, reading-time or print furniture). Categories: the
Flourish, Spotify, Padlet, Ausha, OpenStreetMap, Google Forms, CDA and 2GIS lines are markers (each stands where an
embed of the page did not come through; the blocked script, the app-only episode, the archived board, the autoplay
block, the switched-off JavaScript, the closed survey, the refresh and the geolocation are the embed's failure, not
notices about the article); the English mins-reading-time and settle-in lines and the French, German, Italian, Polish
and Russian lines are reading times (the settle-in line is a blog's friendly warning, but what it gives is the reading
length); the by-in-place, Lokalredaktion, a-cura-di and oprac. lines are bylines at the head (they credit the writer or
compiler of the piece; "A cura di" and "Oprac." are how Italian and Polish papers credit a piece put together from
others' material), and the Patreon, Not On The High Street, Un grand marché and Telegram-channel lines are bylines
(self-promotion) at the foot (the Patreon line asks for money for the author's drawings and the others sell the author's
wares; the gift wrapping and delivery belong to the plug); the group-and-do-not-sell, Wix, Netlify,
publication-director, Jimdo, not-a-newspaper, copying-forbidden and link-required lines are footers (the
publication-director line, the Italian not-a-newspaper disclaimer and the Polish and Russian reuse lines are the legal
lines French, Italian, Polish and Russian sites print at the foot of every page, not notes on the article; the Wix line
is the banner a free Wix site prints at its foot); the replying-to row, the pinned badge, the subscribers-only prompt,
the address-not-published note, the hide-replies link, the edited stamp, the replies-and-collapse row and the
confirm-your-phone prompt are comment furniture (the subscribers-only prompt sits where the comment form would be, so it
is comment furniture rather than a subscribe box, though it ends with "Subscribe now"); the German, Italian and Russian
rows are share rows (the Russian send-to-a-friend row is a share row by its services, though it does not say "share");
the English editor's note and the French update note are notices in the body (both speak of the article they sit in),
and the Polish not-commissioned disclosure is a notice at the foot (it says how the piece came about, not who wrote it).
On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (skip links, mastheads, breadcrumbs, date
lines, bylines, reading times, captions and credits, ad labels, most-read boxes, tags lines, share rows, follow-us
prompts, comment counts, comments and replies, links rows, copyright lines, blog names and menus, posted-on lines,
affiliate links, related-post links, subscribe prompts, sign-offs, plugs and platform credits) is noise. The list rows
(what visitors see at the ice well, what was restored on the pump, the weighbridge, the sign and the bell, what will be
done to the post, and what the kalimba, xylophone, top and potting-bench makers used, the diabolo routine's parts and
the steps of the rhubarb forcer) are short but part of each article, so article; the captions describe photos, so noise,
though they speak of the story's subject; the portals' most-read box names other stories, so noise though it sits in the
list block; the blogs' ad label sits between the subheading and the first row but is an ad slot, so noise; the affiliate
lines name a tool or material the author used but are shop links, so noise; the blogs' plugs ("I make kalimbas to order
– drop me a line through the contact form." and the like) speak in the author's voice but sell, so noise; the sign-offs
("Happy plinking, Barnaby" and the like) close the post in the author's voice but are a signature, so noise; the tags
line sits between the two last paragraphs but is a tags line, so noise; the reporter's and the author's arrowed replies
in the threads are comment furniture written by the paper's or the blog's own people, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in German, Italian and Russian and notice in English, French and Polish; by place head 11 (the
seven reading times and four bylines: English, German, Italian and Polish), body 10 (the eight markers and two notices:
English and French), tail 24 (four plugs: two English, a French and a Russian one, eight footers, eight comment lines,
three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12
pages with 240 noise lines and 120 article lines: en-portal-ashwendle-ice-well (a Victorian brick ice well in a town
park, sealed since the 1960s, cleared by volunteers and opened on Sundays), en-blog-lidandtine-kalimba (a kalimba with a
cedar cigar box lid for soundboard and bicycle spokes for tines), fr-portail-sarnevaux-pompe (a cast-iron hand pump of
1868 on a market square giving water again after fifty years), fr-blog-lamesetmaillets-xylophone (a garden xylophone of
eight robinia bars tuned with a rasp), de-portal-quendelfurt-fuhrwerkswaage (a cart weighbridge at a former goods
station weighing again after two years of a heritage society's work), de-blog-zweistoecke-diabolo (a first three-minute
diabolo routine to music), it-portale-borgofrassino-insegna (a carved walnut village sign of 1923 put back at the
village entrance after a lorry knocked it down in 1989), it-blog-trottoleetrucioli-trottole (spinning tops turned on a
lathe from offcuts of hardwood), pl-portal-wierzbiszow-dzwon (a fire brigade's bell rehung on the fire station's turret
with a new oak yoke), pl-blog-rabarbariglina-klosz (a terracotta rhubarb forcer thrown on a potter's wheel),
ru-portal-pustoozyorsk-stolb (an 18th-century oak whipping post on a market square kept as a curiosity after residents
petitioned) and ru-blog-gryadkiipoddony-stol (a potting bench for seedlings built from three pallets), each with a
reader comment thread.

Baseline (2026-12-06, cleaner at commit f710fd0a2db7c8f506fda15da3118afe2bd07164, measured with ``cd /tmp/wt-s183 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s183/src python -m pytest -q tests/test_clean_held_out_183.py -rA -p
no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s183 && PYTHONPATH=/tmp/wt-s183/src python
scripts/clean_held_out_report.py --sets 183``, with the xfail tables empty, at 12:32:43 UTC by ``date``): noise lines
removed 32/45 (marker 4/8, reading-time 6/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 0/3; the 13 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Padlet, Italian Google
Forms, Polish CDA and Russian 2GIS placeholders), one reading time at the head (the English settle-in line), two bylines
at the head (the English by-name-in-place and the German Lokalredaktion lines), three plugs at the foot (the English Not
On The High Street, French Un grand marché and Russian Telegram-channel lines) and all three notices (the English
editor's note and the French update note in the body, the Polish not-commissioned disclosure at the foot); the English
Flourish and Spotify, French Ausha and German OpenStreetMap markers, the other six reading times, the Italian and Polish
bylines at the head, the Patreon plug, all eight footers, all eight comment lines and every share row went); keep lines
kept 20/20; pages 0/12 clean, 15 of 240 page noise lines left and 0 of 120 article lines lost. Left: on every portal
page the most-read box's headline after the third list row, inside the list block (1 each on the English ice-well,
Italian village-sign, Polish fire-bell and Russian whipping-post pages), with the most-read heading too on the French
town-pump and German weighbridge pages (2 each), and on the French page also the masthead "Le Petit Écho de Sarnevaux"
(3 in all there); on every blog page the photo caption after the paragraph with the quote (1 each on the English
kalimba, French xylophone, German diabolo, Italian spinning-tops, Polish rhubarb-forcer and Russian potting-bench
blogs). No page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s183 gave 52 passed, 25 xfailed, no XPASS.

Measured after round 122 (developed on sets 181 and 182 beside this set's writing from the same base, f710fd0, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 91b776d, the round
with the lead's mend): nothing moved. Round 122 took a breaking-news ticker heading the title's block over a taken
kicker, the writer's conditional offer to write to the writer between the last paragraphs, and the plug under a
sign-off past a subscribe prompt; this set's portals keep a most-read headline inside the list block (and the French and
German ones its heading), its blogs a photo caption, other shapes. Its lines and pages are as measured and none of its
xfail entries is removed. Noise lines 32 of 45, keep 20 of 20, pages clean 0 of 12, page noise lines left 15 of 240,
article lines lost 0 of 120.

Round 123 (development; this set was read in full from this round on): fixed on sets 183 and 184 and read as general
parts. (1) The most-read box closing the article's list block: page_blocks.mark_block_remnants reads a ranking heading
(RAIL_HEADING and _RANKING; "Beliebt bei Lesern" added to both) over one headline with no stop as the block's last two
lines, under the subheading and its short rows, a paragraph above the block and the article going on in the next block,
as "related links" (the heading may be taken already as the page's tail); set 183's six portals, and set 155's English
and Italian portals in the same shape, whose xfail entries are removed. (2) A read-also link that says it is on the blog
("À lire aussi sur le blog : Greffer un vieux poirier", set 184's perry blog): the related-links header of
whole_line_noise takes an optional "on the blog" in six languages before its colon. (3) The masthead between the skip
link and the breadcrumb over the title's block (page_blocks._mark_masthead_under_skip_link: set 183's French "Le Petit
Écho de Sarnevaux"; in the same place it takes set 49's alarm keyword "Stichwort: B3 – Brand Gewerbe" and live-stream
link "Diretta streaming delle sedute" and set 62's "Menu" over the title's block). (4) Round 122's leftovers: a kiss
after the sign-off's name (page_blocks._SIGN_OFF_KISS: set 184's "Happy sowing, Winifred x", which now goes with its
plug "I sell spare heritage seed packets by post – see the Shop page for this year's list."), and the possessive
sign-off with a kin word and no comma (_SIGN_OFF_KIN: set 181's "Ваш дед Евграф", which the trailing labels had taken,
so the sign-off reading now runs and takes the conditional offer over the short last paragraph "Следующим будет
деревянный пенал с выдвижной крышкой.", _is_sentence beside _is_prose there; set 181's abacus reason reworded to its
caption alone). Tried and reverted: a bare contents header ("Indice", "Содержание") over dotted entries between the
first and second paragraphs in one block (set 184's marimba and cajón blogs) broke round 101's near miss, an article's
numbered list whose block runs on into a paragraph ("Contents" / "1. A hammer" / "2. A lens" / "Both fit in the pocket
of my coat, which is all I ask of them."), which has the same shape; the two tables stay missed. Not done this round:
set 182's French cluster and the blog names and taglines over the posted-on line (sets 182 and 178), the small wordings
of the brief's fourth part (bylines, reading times, plugs, notices, comment lines of sets 183 and 184 stay in
_LINE_XFAIL), photo captions with no credit and the embed placeholders (Padlet, Google Moduli, CDA, 2GIS, Flourish,
Komoot, Spreaker), all still missed. Tests: tests/test_clean.py test_round_123_* (the six boxes and two near misses, the
read-also link in six languages and two sentences that stay, the kiss in three forms and a last line with a kiss, the
kin sign-off in eight forms, the abacus page, the masthead and a title in the skip link's block).

All sets' totals before -> after (scripts/clean_held_out_report.py, sets 10 to 184, run before the contents reading was
reverted; the fifteen table-of-contents lines it had taken on sets 149 and 184 are added back from test_clean._problems
of those pages after the revert): noise lines removed 7,188 -> 7,188 of 7,951, article lines kept 3,527 -> 3,527 of
3,527, pages clean 1,211 -> 1,219 of 2,086, page noise lines left 1,808 -> 1,782 of 43,440, paragraphs lost 2 -> 2; no
set's article lines kept dropped and no set's paragraphs lost rose; pages of sets 49, 62, 149, 155, 167, 181, 183 and
184 lose more noise (the reasons of sets 49's fire-brigade and regional-parliament pages, 62's composting page, 149's
birdsong blog, 155's French and German portals, 167's bee-hotel blog and 181's abacus blog are reworded; 155's English
and Italian portals leave the table). SemEval (scripts/semeval_noise_diff.py): 0 changed files of 3,723. Bench
(benchmarks/bench_clean.py against 427d19b): ratio 1.04 (cpu best 4.508 s against 4.325 s over 200 articles, on the
machine shared with other sessions, run before the contents reading was reverted). Cleaning test set: the full gate
command, run on the round's code before the contents reading was reverted, gave 1 failed (round 101's near miss,
test_round_101_an_articles_numbered_list_under_a_paragraph_stays[first_block4-None], which the revert mends), 22,505
passed and 1,660 xfailed, no XPASS, in 19 min 54 s; after the revert test_clean.py's tests of rounds 101, 121, 122 and
123 and of tables of contents (339 passed) and held-out sets 49, 62, 149, 155, 167, 181, 183 and 184 (497 passed, 119
xfailed) pass; the full gate was not rerun for lack of time.

This set before -> after: noise lines 32 -> 32 of 45 (marker 4/8, reading-time 6/7, byline 3/8, footer 8/8, comments
8/8, share 3/3, notice 0/3, unchanged), keep 20 -> 20 of 20, pages clean 0 -> 6 of 12 (the six portals), page noise
lines left 15 -> 6 of 240 (the six blogs' photo captions after the quote paragraph), article lines lost 0 -> 0 of 120.
The entries of the English, German, Italian, Polish and Russian portals and of the French town-pump page leave
_PAGE_XFAIL. Still missed: the thirteen lines of _LINE_XFAIL (the Padlet, Google Forms, CDA and 2GIS placeholders, the
settle-in reading time, the by-name-in-place and Lokalredaktion bylines, the Not On The High Street, Un grand marché and
Telegram-channel plugs and the three notices) and the blogs' uncredited photo captions.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_183_LINES: list[tuple[str, str, str]] = [
    ("body",
     "Flourish chart failed to render – a script it needs was blocked by a browser extension.",
     "marker"),
    ("body",
     "Spotify player unavailable: this episode can only be played in the Spotify app.",
     "marker"),
    ("body",
     "Padlet board not loaded – its owner has archived this padlet.",
     "marker"),
    ("body",
     "Le lecteur Ausha n'a pas pu être chargé : votre navigateur bloque la lecture automatique.",
     "marker"),
    ("body",
     "Die OpenStreetMap-Karte kann nicht angezeigt werden, weil JavaScript deaktiviert ist.",
     "marker"),
    ("body",
     "Il modulo di Google Moduli non è più disponibile: il proprietario ha smesso di accettare risposte.",
     "marker"),
    ("body",
     "Odtwarzacz wideo z CDA nie załadował się – odśwież stronę, aby spróbować ponownie.",
     "marker"),
    ("body",
     "Карта 2ГИС не отображается: включите геолокацию или обновите страницу.",
     "marker"),
    ("head",
     "5 mins reading time",
     "reading-time"),
    ("head",
     "Settle in: this is a long one, roughly 18 minutes from start to finish.",
     "reading-time"),
    ("head",
     "Durée de lecture : 5 min",
     "reading-time"),
    ("head",
     "Lesezeit: knapp 5 Minuten",
     "reading-time"),
    ("head",
     "Si legge in 5 minuti",
     "reading-time"),
    ("head",
     "Artykuł przeczytasz w 5 minut",
     "reading-time"),
    ("head",
     "Время прочтения — 5 мин.",
     "reading-time"),
    ("head",
     "By Hester Quillowby in Ashwendle",
     "byline"),
    ("head",
     "Aus der Lokalredaktion berichtet Walburga Knöpflinger",
     "byline"),
    ("head",
     "A cura di Cesarina Pignattoli",
     "byline"),
    ("head",
     "Oprac. Bożena Kwiatkolska",
     "byline"),
    ("tail",
     "Patrons on Patreon get my full measured drawings a week early – tiers start at £3.",
     "byline"),
    ("tail",
     "My spinning tops are for sale on Not On The High Street, gift-wrapped on request.",
     "byline"),
    ("tail",
     "Mes carillons de jardin sont en vente sur Un grand marché, livraison en Colissimo.",
     "byline"),
    ("tail",
     "Заказать такой же ящик можно через мой телеграм-канал, доставка СДЭК по всей России.",
     "byline"),
    ("tail",
     "Part of the Sparrowdyke Press group · Do not sell or share my personal information",
     "footer"),
    ("tail",
     "This site was designed with the Wix website builder. Create your website today.",
     "footer"),
    ("tail",
     "Deployed on Netlify · Built with Hugo · RSS feed",
     "footer"),
    ("tail",
     "Directeur de la publication : Aurélien Ferlandeau · Commission paritaire n° 0528 W 91234",
     "footer"),
    ("tail",
     "Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden",
     "footer"),
    ("tail",
     "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.",
     "footer"),
    ("tail",
     "Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy zabronione.",
     "footer"),
    ("tail",
     "При использовании материалов ссылка на сайт обязательна.",
     "footer"),
    ("tail",
     "Replying to Dot W. · Cancel reply",
     "comments"),
    ("tail",
     "Pinned by Hannah · Author",
     "comments"),
    ("tail",
     "Only subscribers can comment on our articles. Subscribe now",
     "comments"),
    ("tail",
     "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
     "comments"),
    ("tail",
     "3 Antworten ausblenden",
     "comments"),
    ("tail",
     "Commento modificato dall'autore 2 ore fa",
     "comments"),
    ("tail",
     "Odpowiedzi (2) · Zwiń wątek",
     "comments"),
    ("tail",
     "Чтобы оставить комментарий, подтвердите номер телефона.",
     "comments"),
    ("tail",
     "Jetzt teilen: Facebook · Flipboard · Xing",
     "share"),
    ("tail",
     "Se ti è piaciuto, condividilo: WhatsApp · Facebook · Pinterest",
     "share"),
    ("tail",
     "Отправить другу: Одноклассники · Телеграм · WhatsApp",
     "share"),
    ("body",
     "Editor's note: the names of some residents have been changed at their request.",
     "notice"),
    ("body",
     "Cet article a été mis à jour le 14 mars à 17 h 20 avec la réaction du maire.",
     "notice"),
    ("tail",
     "Tekst nie powstał na zlecenie; wszystkie materiały autor kupił za własne pieniądze.",
     "notice"),
]

HELD_OUT_183_KEEP: list[tuple[str, str]] = [
    ("head",
     "Share of the cost fell on the parish council, which paid a third of the bill."),
    ("head",
     "Posted to every house in 1911, the notice warned that the pump water was unsafe to drink."),
    ("head",
     "Printed on the back of the old sign was the name of the carpenter who carved it in 1953."),
    ("body",
     "Sponsored walks along the disused railway raised most of the money for the weighbridge."),
    ("body",
     "Related to the last bell ringer by marriage, the fire chief insisted the bell be rehung."),
    ("tail",
     "Comment on the old post was forbidden by the council, which wanted it left as it stood."),
    ("tail",
     "Read more slowly, the inscription gives the date of the post's last use, 1822."),
    ("head",
     "Partager l'eau de la pompe entre deux hameaux a longtemps été une source de disputes."),
    ("body",
     "Abonnés au journal depuis trente ans, deux voisins ont prêté leurs photos de la bascule."),
    ("tail",
     "Lire l'inscription du panneau demande de la patience, tant le bois a souffert."),
    ("head",
     "Folgen hatte der Sturm von 1987 auch für die alte Feuerglocke, die damals vom Dach fiel."),
    ("body",
     "Werbetafeln aus Emaille hingen früher auch am Wiegehäuschen, erzählt der Verein."),
    ("tail",
     "Kommentiert hat der Bürgermeister die Rückkehr der Glocke mit einem einzigen Wort: endlich."),
    ("head",
     "Pubblicizzata sui giornali dell'epoca come la più moderna della provincia, la pesa costò 800 lire."),
    ("body",
     "Iscritti all'associazione da decenni, i volontari hanno ripulito la ghiacciaia del parco."),
    ("tail",
     "Seguito da una piccola folla, il restauratore ha rimontato il palo nella piazza."),
    ("head",
     "Obserwując prace, starsi mieszkańcy wspominali, jak ważono tu buraki."),
    ("tail",
     "Reklamowana w gazecie z 1905 roku odlewnia pomogła ustalić, skąd pochodzi dzwon."),
    ("tail",
     "Комментируя находку, краевед напомнил, что в парке был и второй ледник."),
    ("tail",
     "Поделились воспоминаниями и старожилы: зимой лёд для ледника резали на пруду."),
]

HELD_OUT_183_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-ashwendle-ice-well", [
        [
            "-Skip to main content",
            "-The Ashwendle Chronicle",
            "-Home › News › Ashwendle & villages",
        ],
        [
            "+Victorian ice well in Orchard Park opened to visitors after clearance",
            "-Thursday 12 March 2026, 6:40pm",
            "-By Rosalind Pemmerwick, Local Reporter",
            "-3 min read",
        ],
        [
            "+Volunteers have cleared the brick ice well in Orchard Park, which had been sealed with a concrete "
            "slab since the 1960s.",
            "-The ice well's domed chamber, lit for the first time in sixty years.",
            "-Photo: Ashwendle Heritage Group",
            "+The well, about five metres deep, once stored ice cut from the park lake for the kitchens of the old "
            "manor house.",
        ],
        [
            "-Advertisement",
            '+"We found clay pipes, a bottle from 1894 and the drain still working," said Margery, who chairs the '
            "heritage group.",
        ],
        [
            "+What visitors will see",
            "+The domed brick chamber, viewed through a new steel grille",
            "+The original drain that carried meltwater to the lake",
            "+A panel on how ice was cut and packed in straw",
            "-Most read",
            "-Bypass roadworks to close Station Road for a fortnight",
        ],
        [
            "+The well will be open on the second Sunday of each month from April, with guided tours at noon.",
            "-Tags: Orchard Park, heritage, volunteers",
            "+The group hopes next to restore the path from the manor's kitchen garden to the well.",
        ],
        [
            "-Share this article: Facebook · X · Email",
            "-Follow the Chronicle on Instagram for more local stories",
        ],
        [
            "-5 comments",
            "-Walked past that slab for forty years and never knew what was under it. – Trevor B.",
            "-↳ Same here! Brilliant work by the volunteers. – Sue K.",
            "-↳ Thanks Trevor – tours are free, just turn up. – Rosalind Pemmerwick, reporter",
        ],
        [
            "-About us · Contact · Advertise · Privacy",
            "-© 2026 Ashwendle Chronicle Ltd",
        ],
    ]),
    _page("en", "en-blog-lidandtine-kalimba", [
        [
            "-Lid and Tine",
            "-Home · Builds · Tunings · About",
        ],
        [
            "-Home » Builds » Kalimbas",
            "+A kalimba from a cigar box lid",
            "-Posted on 8 February 2026 by Barnaby",
            "-7 minute read",
        ],
        [
            "+The lid of an old cedar cigar box turned out to be the perfect soundboard: thin, dry and ringing when "
            "tapped.",
            "-Spokes I used: 2 mm stainless bicycle spokes on Amazon (affiliate link)",
        ],
        [
            "+I bent eight spokes flat at the tips, filed them smooth and clamped them under a bridge made from a "
            "bolt.",
            '+My daughter\'s verdict after the first tune was "it sounds like rain on a tin roof", which I took as '
            "praise.",
            "-The finished kalimba on the workbench, tines still unpolished.",
        ],
        [
            "-Related: Tuning a thumb piano by ear",
            "-Enjoyed this? Get new builds in your inbox every month.",
        ],
        [
            "+What you need",
            "-Sponsored content",
            "+A cigar box lid of cedar or mahogany",
            "+Eight bicycle spokes and a file",
            "+Two bolts and a strip of hardwood for the bridge",
        ],
        [
            "+Tuning is done by sliding each tine in or out; the longer the tine, the lower the note.",
            "+Mine is in C major and plays most nursery songs without trouble.",
            "-Happy plinking, Barnaby",
            "-I make kalimbas to order – drop me a line through the contact form.",
        ],
        [
            "-Share: Pinterest · Facebook · Email",
        ],
        [
            "-4 comments",
            "-Mine buzzes on two tines – any idea why? (Colin)",
            "-↳ Barnaby: usually the bridge isn't pressing hard enough, try tightening the bolt.",
            "-Lovely project, making one with my nephew this weekend. (Priya)",
            "-↳ Colin: tightened it and the buzz is gone, thanks!",
        ],
        [
            "-© 2026 Barnaby · All photos my own",
            "-Powered by WordPress · Theme: Kadence",
        ],
    ]),
    _page("fr", "fr-portail-sarnevaux-pompe", [
        [
            "-Aller au contenu principal",
            "-Le Petit Écho de Sarnevaux",
            "-Accueil > Actualités > Sarnevaux",
        ],
        [
            "+La pompe à bras de la place du Marché retrouve son eau",
            "-Publié le 12 mars 2026 à 18h05",
            "-Par Mathilde Courvaison",
            "-Lecture : 3 min",
        ],
        [
            "+La pompe en fonte de la place du Marché, muette depuis 1972, donne de nouveau de l'eau grâce au club "
            "des anciens.",
            "-La pompe repeinte en vert, telle qu'à son installation en 1868.",
            "-Photo : Mairie de Sarnevaux",
            "+Les bénévoles ont remplacé le piston de cuir et dégagé le puits, profond de onze mètres.",
        ],
        [
            "-Publicité",
            "+« Mon grand-père y remplissait les seaux de la boulangerie chaque matin », raconte Gilberte, 84 ans.",
        ],
        [
            "+Ce qui a été restauré",
            "+Le balancier, redressé à la forge du lycée",
            "+Le piston et ses joints en cuir neuf",
            "+La margelle de pierre autour du puits",
            "-Les plus lus",
            "-Travaux : la rue de la Gare fermée jusqu'au 30 avril",
        ],
        [
            "+L'eau n'est pas potable, précise la mairie, mais elle servira à arroser les massifs de la place.",
            "-Mots-clés : patrimoine, place du Marché, bénévoles",
            "+Une fête de la pompe est prévue le 21 juin, avec un concours de seaux pour les enfants.",
        ],
        [
            "-Partager : Facebook · X · WhatsApp",
            "-Suivez Le Petit Écho sur Facebook",
        ],
        [
            "-3 commentaires",
            "-Enfin ! Je passais devant tous les jours en me demandant si elle marchait encore. — Josiane",
            "-↳ Elle marche, et l'eau est bien fraîche ! — Bernard",
            "-↳ Merci Josiane, les visites du puits sont prévues cet été. — La rédaction",
        ],
        [
            "-Mentions légales · Contact · Annonceurs",
            "-© 2026 Éditions du Petit Écho",
        ],
    ]),
    _page("fr", "fr-blog-lamesetmaillets-xylophone", [
        [
            "-Lames et Maillets",
            "-Accueil · Projets · À propos · Contact",
        ],
        [
            "-Accueil » Jardin » Musique",
            "+Un xylophone de jardin en chutes de robinier",
            "-Publié le 2 février 2026 par Solange",
            "-6 minutes de lecture",
        ],
        [
            "+Au fond du jardin traînaient des chutes de robinier, un bois dur qui ne craint pas la pluie : parfait "
            "pour des lames.",
            "-J'ai utilisé cette scie japonaise (lien affilié)",
        ],
        [
            "+J'ai coupé huit lames de longueurs décroissantes, puis creusé leur dessous à la râpe pour les "
            "accorder.",
            "+Mon voisin, en entendant les premières notes, m'a lancé : « On dirait des gouttes sur une bassine ! »",
            "-Les lames posées sur deux cordes, avant l'accordage.",
        ],
        [
            "-À lire aussi : Un carillon en bambou pour la terrasse",
            "-Recevez les prochains articles dans votre boîte mail",
        ],
        [
            "+Le matériel",
            "-Contenu sponsorisé",
            "+Huit lames de robinier de 3 cm d'épaisseur",
            "+Deux traverses et de la cordelette de jardin",
            "+Deux maillets à tête de caoutchouc",
        ],
        [
            "+L'accordage se fait en creusant sous la lame : plus on creuse au centre, plus la note descend.",
            "+Les enfants du quartier viennent maintenant jouer « Au clair de la lune » le mercredi.",
            "-À bientôt, Solange",
            "-Je donne des ateliers de lutherie de jardin à Angers, renseignements par le formulaire de contact.",
        ],
        [
            "-Partager : Pinterest · Facebook · E-mail",
        ],
        [
            "-4 commentaires",
            "-Quel son ! Le robinier ne fend pas avec le temps ? — Hervé",
            "-↳ Solange : pas encore, après deux hivers dehors.",
            "-Bravo, je vais en faire un pour l'école. — Maëlle",
            "-↳ Hervé : merci, je m'y mets ce week-end !",
        ],
        [
            "-© 2026 Solange · Tous droits réservés",
            "-Propulsé par WordPress · Thème Astra",
        ],
    ]),
    _page("de", "de-portal-quendelfurt-fuhrwerkswaage", [
        [
            "-Zum Inhalt springen",
            "-Quendelfurter Tageblatt",
            "-Startseite › Lokales › Quendelfurt",
        ],
        [
            "+Alte Fuhrwerkswaage am früheren Bahnhof wiegt wieder",
            "-12.03.2026, 17:45 Uhr",
            "-Von Gisbert Fenchelmayr",
            "-Lesedauer: 3 Minuten",
        ],
        [
            "+Die Fuhrwerkswaage am ehemaligen Güterbahnhof ist nach zwei Jahren Arbeit des Heimatvereins wieder "
            "funktionstüchtig.",
            "-Die Waage mit ihrem neuen Holzhäuschen am alten Ladegleis.",
            "-Foto: Heimatverein Quendelfurt",
            "+Auf der Brücke aus Eichenbohlen wurden bis 1968 Zuckerrüben, Holz und Vieh gewogen, bevor sie "
            "verladen wurden.",
        ],
        [
            "-Anzeige",
            "+„Mein Vater hat hier jeden Herbst die Rüben gewogen, das Klappern höre ich heute noch“, sagt Irmgard, "
            "79.",
        ],
        [
            "+Was restauriert wurde",
            "+Die Wiegebrücke mit neuen Eichenbohlen",
            "+Das Laufgewicht und die Skala im Wiegehäuschen",
            "+Das Häuschen selbst mit seinem Ziegeldach",
            "-Beliebt bei Lesern",
            "-Umleitung: Bahnhofstraße ab Montag gesperrt",
        ],
        [
            "+Beim Bahnhofsfest am 2. Mai dürfen Besucher sich selbst und ihre Fahrräder wiegen lassen.",
            "-Schlagworte: Heimatverein, Bahnhof, Denkmal",
            "+Der Verein sucht noch Fotos aus der Zeit, als die Waage täglich in Betrieb war.",
        ],
        [
            "-Teilen: Facebook · WhatsApp · E-Mail",
            "-Folgen Sie dem Tageblatt auf Instagram",
        ],
        [
            "-3 Kommentare",
            "-Schön, dass die Waage wieder geht! Mein Opa war dort Wiegemeister. – Helga M.",
            "-↳ Dann hat er bestimmt Fotos hinterlassen? – Rudi",
            "-↳ Liebe Helga, der Heimatverein würde sich sehr über Fotos freuen. – Gisbert Fenchelmayr, Redaktion",
        ],
        [
            "-Impressum · Datenschutz · Kontakt",
            "-© 2026 Verlagshaus Quendelfurt GmbH",
        ],
    ]),
    _page("de", "de-blog-zweistoecke-diabolo", [
        [
            "-Zwei Stöcke, eine Spule",
            "-Start · Tricks · Ausrüstung · Über mich",
        ],
        [
            "-Start » Tricks » Routinen",
            "+Meine erste Diabolo-Routine zu Musik",
            "-Veröffentlicht am 3. Februar 2026 von Jannik",
            "-5 Min. Lesezeit",
        ],
        [
            "+Nach einem Jahr Üben im Hinterhof wollte ich endlich drei Minuten am Stück zu einem Lied spielen.",
            "-Mein Diabolo: das Modell, das ich benutze, bei Amazon (Affiliate-Link)",
        ],
        [
            "+Ich habe die Tricks auf Karteikarten geschrieben und so lange umsortiert, bis die Übergänge flüssig "
            "waren.",
            "+Mein Trainer im Zirkusverein sagte nur: „Weniger Tricks, mehr Ruhe – dann sieht es nach etwas aus.“",
            "-Beim Üben im Hof, das Diabolo hoch über dem Garagendach.",
        ],
        [
            "-Auch interessant: Diabolo-Schnüre richtig wechseln",
            "-Neue Beiträge per Newsletter bekommen",
        ],
        [
            "+Der Ablauf",
            "-Werbung",
            "+Anlauf mit zwei Sonnen und einem hohen Wurf",
            "+Fahrstuhl und Kreuzgriff in der Mitte des Lieds",
            "+Zum Schluss ein Wurf über den Rücken mit Fangen",
        ],
        [
            "+Die Routine dauert jetzt knapp drei Minuten, und das Diabolo fällt nur noch selten.",
            "+Im Sommer will ich sie beim Straßenfest in unserem Viertel zeigen.",
            "-Bis bald, Jannik",
            "-Ich gebe Diabolo-Workshops für Schulklassen – Anfragen gern über das Kontaktformular.",
        ],
        [
            "-Teile den Beitrag: Facebook · Pinterest · E-Mail",
        ],
        [
            "-4 Kommentare",
            "-Welches Lied hast du genommen? – Lea",
            "-↳ Jannik: „Mr. Blue Sky“ – das Tempo passt genau.",
            "-Der Wurf über den Rücken klappt bei mir nie. – Tobi",
            "-↳ Lea: Übe ihn erst ohne Fangen, nur den Wurf!",
        ],
        [
            "-© 2026 Jannik · Alle Rechte vorbehalten",
            "-Betrieben mit WordPress · Theme: GeneratePress",
        ],
    ]),
    _page("it", "it-portale-borgofrassino-insegna", [
        [
            "-Vai al contenuto",
            "-Gazzetta di Borgofrassino",
            "-Home › Cronaca › Borgofrassino",
        ],
        [
            "+Torna all'ingresso del paese l'insegna di legno intagliata del 1923",
            "-12 marzo 2026, ore 18:10",
            "-di Fiorenza Tribolani",
            "-Lettura: 3 min",
        ],
        [
            "+L'insegna di noce intagliata che accoglieva i viaggiatori all'ingresso di Borgofrassino è tornata al "
            "suo posto dopo un lungo restauro.",
            "-L'insegna restaurata, con lo stemma del paese e il grappolo d'uva.",
            "-Foto Comune di Borgofrassino",
            "+Era stata tolta nel 1989, quando un camion l'aveva urtata, e da allora era rimasta in un magazzino "
            "comunale.",
        ],
        [
            "-Pubblicità",
            "+«Mio nonno la intagliò in un inverno, la sera, alla luce della lampada», racconta Teodolinda, 88 anni.",
        ],
        [
            "+Com'è stata restaurata",
            "+Il legno di noce consolidato e trattato contro i tarli",
            "+Lo stemma ridipinto con i colori originali",
            "+Un nuovo palo di castagno con tettuccio di rame",
            "-I più letti",
            "-Lavori sulla provinciale, senso unico alternato fino a maggio",
        ],
        [
            "+L'inaugurazione si terrà domenica con la banda e una merenda offerta dalla Pro Loco.",
            "-Tag: restauro, insegna, Pro Loco",
            "+Il Comune ha già chiesto al restauratore un preventivo per il vecchio cartello della fontana.",
        ],
        [
            "-Condividi: Facebook · X · WhatsApp",
            "-Segui la Gazzetta su Facebook",
        ],
        [
            "-3 commenti",
            "-Finalmente! Da bambina la guardavo dal finestrino della corriera. – Lucia",
            "-↳ Anch'io, era il segno che eravamo a casa. – Piero",
            "-↳ Grazie Lucia, all'inaugurazione ci sarà anche il nipote dell'intagliatore. – Fiorenza Tribolani, "
            "redazione",
        ],
        [
            "-Chi siamo · Contatti · Privacy",
            "-© 2026 Editrice Borgofrassinese srl",
        ],
    ]),
    _page("it", "it-blog-trottoleetrucioli-trottole", [
        [
            "-Trottole e Trucioli",
            "-Home · Progetti · Il tornio · Chi sono",
        ],
        [
            "-Home » Tornitura » Giocattoli",
            "+Trottole tornite con gli avanzi di legno",
            "-Pubblicato il 4 febbraio 2026 da Ermanno",
            "-Tempo di lettura: 6 minuti",
        ],
        [
            "+Nel cassone degli avanzi avevo pezzetti di faggio, ciliegio e bosso: troppo piccoli per tutto, tranne "
            "che per le trottole.",
            "-La sgorbia che uso per le punte è questa (link affiliato)",
        ],
        [
            "+Le ho tornite tra le punte, lasciando il corpo largo e basso e la punta corta, perché girino a lungo.",
            "+Mia nipote, alla prima prova, ha esclamato: «Nonno, gira più di quella del negozio!»",
            "-Le trottole appena finite, ancora senza cera.",
        ],
        [
            "-Potrebbe interessarti anche: Un mortaio in olivo al tornio",
            "-Iscriviti per ricevere i nuovi articoli via email",
        ],
        [
            "+Cosa serve",
            "-Annunci pubblicitari",
            "+Avanzi di legno duro di almeno 4 cm di lato",
            "+Una sgorbia da 10 mm e un troncatore",
            "+Cera d'api e un panno per lucidare",
        ],
        [
            "+Il segreto è il baricentro basso: più la massa sta vicino alla punta, più la trottola è stabile.",
            "+Ne ho fatte dodici, e ormai al bar del paese si organizzano sfide la domenica.",
            "-Buona tornitura, Ermanno",
            "-Faccio trottole su ordinazione, anche con il nome inciso: scrivetemi dal modulo contatti.",
        ],
        [
            "-Condividi su: Facebook · Pinterest · Email",
        ],
        [
            "-4 commenti",
            "-Che legno consigli per una trottola da lancio con lo spago? – Marco",
            "-↳ Ermanno: il bosso, è pesante e non si scheggia.",
            "-Bellissime, mio figlio ne vorrebbe una rossa. – Silvia",
            "-↳ Marco: grazie, provo con il bosso!",
        ],
        [
            "-© 2026 Ermanno · Tutti i diritti riservati",
            "-Creato con WordPress · Tema: OceanWP",
        ],
    ]),
    _page("pl", "pl-portal-wierzbiszow-dzwon", [
        [
            "-Przejdź do treści",
            "-Głos Wierzbiszowa",
            "-Strona główna › Wiadomości › Gmina",
        ],
        [
            "+Dzwon strażacki wrócił na remizę w Wierzbiszowie",
            "-12.03.2026, 18:20",
            "-Autor: Halina Przepiórecka",
            "-Czas czytania: 3 min",
        ],
        [
            "+Dzwon, który przez sto lat zwoływał strażaków do pożarów, znów wisi na wieżyczce remizy przy rynku.",
            "-Dzwon po renowacji, przed zawieszeniem na wieżyczce.",
            "-Fot. OSP Wierzbiszów",
            "+Zdjęto go w 1998 roku, gdy pękło jarzmo, i przez lata stał w garażu obok wozu bojowego.",
        ],
        [
            "-Reklama",
            "+„Jako chłopak biegłem na ten dźwięk razem z ojcem”, wspomina 86-letni Tadeusz, najstarszy druh "
            "jednostki.",
        ],
        [
            "+Co zrobiono przy dzwonie",
            "+Wymieniono pęknięte drewniane jarzmo na dębowe",
            "+Oczyszczono i zakonserwowano spiż",
            "+Zamontowano nowy sznur i blokadę przed wiatrem",
            "-Najczęściej czytane",
            "-Remont drogi do Brzeziny: objazd przez las",
        ],
        [
            "+Dzwon zabrzmi po raz pierwszy podczas majowej uroczystości św. Floriana.",
            "-Tagi: OSP, remiza, zabytki",
            "+Strażacy chcą teraz odnowić także stary ręczny wóz gaśniczy.",
        ],
        [
            "-Udostępnij: Facebook · X · E-mail",
            "-Obserwuj nas na Facebooku",
        ],
        [
            "-3 komentarze",
            "-Pięknie, że znów dzwoni! Pamiętam go z dzieciństwa. – Krystyna",
            "-↳ Ja też, zawsze się go bałem jako dziecko. – Marek",
            "-↳ Pani Krystyno, zapraszamy na uroczystość 4 maja. – Halina Przepiórecka, redakcja",
        ],
        [
            "-Regulamin · Polityka prywatności · Kontakt",
            "-© 2026 Wydawnictwo Wierzbiszowskie",
        ],
    ]),
    _page("pl", "pl-blog-rabarbariglina-klosz", [
        [
            "-Rabarbar i Glina",
            "-Start · Ogród · Ceramika · O mnie",
        ],
        [
            "-Start » Ceramika » Do ogrodu",
            "+Gliniany klosz do pędzenia rabarbaru",
            "-Opublikowano 5 lutego 2026 przez Urszulę",
            "-Czas czytania: 6 minut",
        ],
        [
            "+Stare terakotowe klosze do rabarbaru kosztują fortunę, więc postanowiłam ulepić własny na kole "
            "garncarskim.",
            "-Glinę kupiłam tutaj (link afiliacyjny)",
        ],
        [
            "+Klosz ma czterdzieści centymetrów wysokości i pokrywkę, którą można zdjąć, żeby zajrzeć do środka.",
            "+Sąsiad, widząc go w grządce, zapytał: „To pani postawiła w ogrodzie komin?”",
            "-Klosz po wypale, jeszcze bez mchu.",
        ],
        [
            "-Przeczytaj też: Doniczki z gliny bez koła",
            "-Zapisz się na newsletter i dostawaj nowe wpisy",
        ],
        [
            "+Jak go zrobiłam",
            "-Reklamy",
            "+Ulepiłam walec z trzech pierścieni szamotowej gliny",
            "+Wycięłam pokrywkę i dopasowałam ją na mokro",
            "+Wypaliłam całość w piecu u znajomej w 1100 stopniach",
        ],
        [
            "+W lutym przykryłam nim jedną karpę, a po trzech tygodniach miałam jasnoróżowe, słodkie łodygi.",
            "+W przyszłym roku chcę zrobić jeszcze dwa, do pary.",
            "-Pozdrawiam z ogródka, Urszula",
            "-Robię klosze na zamówienie – napisz przez formularz kontaktowy.",
        ],
        [
            "-Udostępnij wpis: Facebook · Pinterest",
        ],
        [
            "-4 komentarze",
            "-Czy klosz nie pęka na mrozie? – Ewa",
            "-↳ Urszula: na razie nie, ale zimą trzymam go w szopie.",
            "-Cudny! Gdzie wypalasz takie duże rzeczy? – Jola",
            "-↳ Ewa: dzięki, też schowam swój na zimę.",
        ],
        [
            "-© 2026 Urszula · Wszystkie prawa zastrzeżone",
            "-Blog na WordPress.com · Motyw: Twenty Twenty-Three",
        ],
    ]),
    _page("ru", "ru-portal-pustoozyorsk-stolb", [
        [
            "-Перейти к содержанию",
            "-Вестник Пустоозёрска",
            "-Главная › Новости › Город",
        ],
        [
            "+Старый позорный столб на Торговой площади оставят как достопримечательность",
            "-12 марта 2026, 18:30",
            "-Аполлинария Сверчкова",
            "-Время чтения: 3 минуты",
        ],
        [
            "+Дубовый столб у бывших торговых рядов, к которому в XVIII веке привязывали провинившихся торговцев, "
            "решено не сносить.",
            "-Столб на Торговой площади, вид со стороны рядов.",
            "-Фото: пресс-служба администрации",
            "+Его собирались убрать при ремонте площади, но жители собрали почти тысячу подписей в его защиту.",
        ],
        [
            "-Реклама",
            "+«Это не гордость, а память: пусть дети знают, как было раньше», — говорит краевед Николай Петрович.",
        ],
        [
            "+Что сделают со столбом",
            "+Пропитают древесину от гнили и трещин",
            "+Поставят рядом табличку с историей наказаний",
            "+Огородят низкой чугунной оградой",
            "-Самое читаемое",
            "-На улице Ленина до апреля перекроют движение",
        ],
        [
            "+Работы должны закончить к Дню города в начале июня.",
            "-Теги: история, Торговая площадь, краеведение",
            "+В музее уже готовят небольшую выставку о торговых рядах и их обычаях.",
        ],
        [
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
            "-Подписывайтесь на наш канал в Telegram",
        ],
        [
            "-3 комментария",
            "-Правильно, что оставили. Это наша история. — Галина",
            "-↳ Согласен, пусть стоит. — Виктор",
            "-↳ Галина, табличку обещают повесить к июню. — А. Сверчкова, редакция",
        ],
        [
            "-О редакции · Рекламодателям · Контакты",
            "-© 2026 ООО «Пустоозёрские вести»",
        ],
    ]),
    _page("ru", "ru-blog-gryadkiipoddony-stol", [
        [
            "-Грядки и поддоны",
            "-Главная · Сад · Своими руками · Обо мне",
        ],
        [
            "-Главная » Своими руками » Мебель для сада",
            "+Стол для рассады из старых поддонов",
            "-Опубликовано 6 февраля 2026, автор: Степан",
            "-Читается за 6 минут",
        ],
        [
            "+Весной на подоконниках не осталось места, и я решил собрать для рассады настоящий стол в теплице.",
            "-Шуруповёрт, которым я работал, — по ссылке (партнёрская ссылка)",
        ],
        [
            "+Три поддона мне отдали в строительном магазине бесплатно, их только пришлось разобрать и ошкурить.",
            "+Жена, увидев результат, сказала: «Теперь и мне есть где пересаживать цветы».",
            "-Стол в теплице, ещё без полки.",
        ],
        [
            "-Читайте также: Компостер из поддонов за один вечер",
            "-Подпишитесь на рассылку, чтобы не пропустить новые записи",
        ],
        [
            "+Из чего собран стол",
            "-Рекламный блок",
            "+Столешница из досок двух поддонов",
            "+Ножки из брусков третьего поддона",
            "+Нижняя полка для горшков и мешков с землёй",
        ],
        [
            "+Доски я пропитал маслом, чтобы они не гнили от постоянного полива.",
            "+Стол простоял уже два сезона и не шатается.",
            "-Всем урожая, Степан",
            "-Собираю такие столы на заказ по Подмосковью — пишите в личные сообщения.",
        ],
        [
            "-Поделиться записью: ВКонтакте · Telegram",
        ],
        [
            "-4 комментария",
            "-А поддоны не обработаны химией? — Ольга",
            "-↳ Степан: смотрите на клеймо, HT значит термообработка, такие безопасны.",
            "-Отличная идея, повторю у себя на даче. — Игорь",
            "-↳ Ольга: спасибо, не знала про клеймо!",
        ],
        [
            "-© 2026 Степан · Все права защищены",
            "-Работает на WordPress · Тема: Astra",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Padlet board not loaded – its owner has archived this padlet.":
        "an English Padlet board placeholder ('Padlet board not loaded – its owner has archived this padlet.') is "
        "left in the body",
    "Il modulo di Google Moduli non è più disponibile: il proprietario ha smesso di accettare risposte.":
        "an Italian Google Forms placeholder ('Il modulo di Google Moduli non è più disponibile: il proprietario ha "
        "smesso di accettare risposte.') is left in the body",
    "Odtwarzacz wideo z CDA nie załadował się – odśwież stronę, aby spróbować ponownie.":
        "a Polish CDA video placeholder ('Odtwarzacz wideo z CDA nie załadował się – odśwież stronę, aby spróbować "
        "ponownie.') is left in the body",
    "Settle in: this is a long one, roughly 18 minutes from start to finish.":
        "an English settle-in reading-time line ('Settle in: this is a long one, roughly 18 minutes from start to "
        "finish.') is left at the head",
    "By Hester Quillowby in Ashwendle":
        "an English by-name-in-place byline ('By Hester Quillowby in Ashwendle') is left at the head",
    "Aus der Lokalredaktion berichtet Walburga Knöpflinger":
        "a German reports-from-the-local-desk byline ('Aus der Lokalredaktion berichtet Walburga Knöpflinger') is "
        "left at the head",
    "My spinning tops are for sale on Not On The High Street, gift-wrapped on request.":
        "an English Not On The High Street plug ('My spinning tops are for sale on Not On The High Street, "
        "gift-wrapped on request.') is left at the foot",
    "Заказать такой же ящик можно через мой телеграм-канал, доставка СДЭК по всей России.":
        "a Russian Telegram-channel plug ('Заказать такой же ящик можно через мой телеграм-канал, доставка СДЭК по "
        "всей России.') is left at the foot",
    "Cet article a été mis à jour le 14 mars à 17 h 20 avec la réaction du maire.":
        "a French update note ('Cet article a été mis à jour le 14 mars à 17 h 20 avec la réaction du maire.') is "
        "left in the body",
    "Tekst nie powstał na zlecenie; wszystkie materiały autor kupił za własne pieniądze.":
        "a Polish not-commissioned disclosure ('Tekst nie powstał na zlecenie; wszystkie materiały autor kupił za "
        "własne pieniądze.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-lidandtine-kalimba":
        "the kalimba blog's post keeps the photo caption ('The finished kalimba on the workbench, tines still "
        "unpolished.') after the paragraph with the quote (1 of 20 noise lines); no article line is lost",
    "fr-blog-lamesetmaillets-xylophone":
        'the garden-xylophone blog\'s post keeps the photo caption ("Les lames posées sur deux cordes, avant '
        'l\'accordage.") after the paragraph with the quote (1 of 20 noise lines); no article line is lost',
    "de-blog-zweistoecke-diabolo":
        "the diabolo blog's post keeps the photo caption ('Beim Üben im Hof, das Diabolo hoch über dem Garagendach.') "
        "after the paragraph with the quote (1 of 20 noise lines); no article line is lost",
    "it-blog-trottoleetrucioli-trottole":
        "the spinning-tops blog's post keeps the photo caption ('Le trottole appena finite, ancora senza cera.') "
        "after the paragraph with the quote (1 of 20 noise lines); no article line is lost",
    "pl-blog-rabarbariglina-klosz":
        "the rhubarb-forcer blog's post keeps the photo caption ('Klosz po wypale, jeszcze bez mchu.') after the "
        "paragraph with the quote (1 of 20 noise lines); no article line is lost",
    "ru-blog-gryadkiipoddony-stol":
        "the potting-bench blog's post keeps the photo caption ('Стол в теплице, ещё без полки.') after the paragraph "
        "with the quote (1 of 20 noise lines); no article line is lost",
}


test_held_out_183_line, test_held_out_183_line_is_kept, test_held_out_183_page = held_out_tests(
    HELD_OUT_183_LINES, HELD_OUT_183_KEEP, HELD_OUT_183_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
