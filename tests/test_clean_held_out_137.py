"""Held-out set 137: written blind, weighted toward the noise the cleaner exists for, in shapes set 136's docstring does
not name (nor the first paragraphs of sets 133, 134 and 135): scraper, embed and ad markers (an English Datawrapper
chart that failed to load "Datawrapper chart failed to load. View the underlying data as a table instead.", an English
TikTok video gone or restricted by its owner "This TikTok video is unavailable. It may have been removed or its owner
changed who can see it.", an English Spotify episode embed blocked by region "Spotify embed: preview not available in
your region – open the episode in the Spotify app.", a French Ausha podcast player that could not load "Le lecteur Ausha
n'a pas pu charger ce podcast. Écoutez l'épisode directement sur Ausha.", a German Datawrapper consent placeholder for
external content "Externer Inhalt von Datawrapper: Um diese Grafik zu sehen, stimmen Sie bitte der Datenübertragung
zu.", an Italian RaiPlay video geo-blocked outside Italy "Video non disponibile: il contenuto RaiPlay non può essere
riprodotto al di fuori del territorio italiano.", a Polish OpenStreetMap map that did not load "Nie udało się załadować
mapy OpenStreetMap. Odśwież stronę lub otwórz mapę w nowym oknie." and a Russian Yandex map that did not load "Карта
Яндекса не загрузилась. Включите JavaScript или откройте карту на сайте Яндекс Карт."); reading-time headers in new
wordings (the English minutes-and-seconds header "Reading time: 3 minutes 40 seconds" and a blog's grab-a-cuppa warning
"Grab a cuppa – this one takes about twelve minutes to get through, longer if you stop for the photos.", the French
"Article à lire en 3 minutes", the German "Lesedauer ca. 3 Minuten", the Italian "3 minuti di lettura", the Polish "3
min czytania" and the Russian "3 минуты на прочтение"); bylines and self-promotion (an English words-and-pictures byline
with the reporter's role "Words and pictures: Ottoline Fernscrabble, community reporter", an Italian text-and-photos-by
byline "Testo e foto di Ludovica Granfiorini", a Polish text-and-photos byline "Tekst i zdjęcia: Bożydar Klonowiecki"
and a Russian author-of-the-piece byline with the reporter's title "Автор материала — Серафима Мшарова, специальный
корреспондент", all at the head, and at the foot an English suncatchers-at-the-craft-fair plug "I sell small suncatchers
made from offcuts at the Saturday craft fair in the church hall – come and say hello.", an English Patreon
fly-tying-videos plug "Patreon supporters get my monthly tying videos a week early and a say in which patterns come
next.", a French family geocaching-walks plug "Je propose des balades d'initiation au géocaching pour les familles :
infos et tarifs sur la page Animations." and a German bonsai-stock-at-the-plant-flea-market plug "Bonsai-Rohlinge aus
meiner Anzucht verkaufe ich im Frühjahr auf dem Pflanzenflohmarkt im Stadtpark – sprecht mich einfach an."); blog and
site footers (an English Squarespace credit with cookie and privacy links "Site built with Squarespace · Cookie
Preferences · Privacy Policy", an English Public Interest News Foundation and IMPRESS line "The Gazette is a member of
the Public Interest News Foundation and is regulated by IMPRESS.", an English GitHub Pages, Jekyll and Minima credit
"Hosted on GitHub Pages · Built with Jekyll and the Minima theme · Atom feed", a French
publication-director-and-Infomaniak line "Directeur de la publication : le président de l'association · Hébergement :
Infomaniak · Plan du site", a German publisher-offer row with terms, accessibility statement and cookie settings "Ein
Angebot der Heimatzeitung Medien GmbH · AGB · Barrierefreiheitserklärung · Cookie-Einstellungen", an Italian WordPress,
GeneratePress and Aruba credit "Realizzato con WordPress e il tema GeneratePress · Ospitato su Aruba.it · Cookie
policy", a Polish publisher-and-accessibility-statement row "Wydawca: Stowarzyszenie Mediów Lokalnych · Regulamin
serwisu · Deklaracja dostępności" and a Russian Nethouse credit with a personal-data consent link "Сайт создан на
конструкторе Nethouse · Карта сайта · Согласие на обработку персональных данных"); reader-comment furniture (an English
empty-thread prompt "No comments yet. Start the conversation.", an English comment action row with a like count "Reply ·
Report · Share · 14 likes", an English commenting-as-a-guest note "You are commenting as a guest. Your name will be
shown next to your comment.", a French comment action row "Répondre · Signaler un abus · J'aime (3)", a German
write-a-comment-mind-the-netiquette prompt "Kommentar schreiben – bitte beachten Sie unsere Netiquette.", an Italian
follow-the-discussion prompt "Segui la discussione: ricevi una notifica per ogni nuova risposta.", a Polish comment
action row "Zgłoś naruszenie · Odpowiedz · Lubię to (7)" and a Russian comment action row "Ответить · Пожаловаться ·
Ссылка на комментарий"); share rows (an English Reddit, LinkedIn and Nextdoor row "Share this story on Reddit · LinkedIn
· Nextdoor · Copy link", a French LinkedIn, SMS and print row "Partager sur LinkedIn · Envoyer par SMS · Imprimer
l'article" and an Italian Telegram and Threads forward row "Inoltra su Telegram · Condividi su Threads · Copia
l'indirizzo"); and notices (a German transparency note on a supported reporting trip "Transparenzhinweis: Die
Recherchereise wurde vom Tourismusverband der Region unterstützt." and a Polish illustrative-photo note "Zdjęcie
ilustracyjne – nie przedstawia opisywanego miejsca.", both in the body, and a Russian story-will-be-updated note
"Новость будет дополняться по мере поступления информации." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 136's docstring does not describe (on the six portal pages a breadcrumb alone in the first block
and the masthead and a section menu in one block of two under it, above the title; a section label at the top of the
title's own block, right before the title; under it one block of three, the byline, the date-and-time line and the
reading time; a share row at the end of the first paragraph's block, right after it; a photo caption and its credit in
their own block; the second paragraph and the paragraph with the quote in one block with nothing between them; a
read-also link alone before the subheading; the subheading and the three rows in one block with a one-word ad label
between the subheading and the first row; the first last paragraph alone; a newsletter or Telegram prompt and a tags or
topics line in one block of two; the second last paragraph alone; at the foot two blocks, four lines (a comment count, a
comment, an arrowed reply by a second reader and a second comment left unanswered) and then a copyright line and a
legal-links row; on the six blog pages the blog name, its tagline and the menu in one block of three above the title;
the title alone; under it a block of two, the posted-date-and-author line and the reading time; a photo caption at the
end of the first paragraph's block, right after it; a three-line table of contents (its heading and two numbered
entries) alone between the first and second paragraphs; the second paragraph alone; a sponsored or affiliate label at
the top of the quote paragraph's block, right before it; the subheading alone and its three rows alone in the next
block; a shop plug alone after the list; the two last paragraphs in one block with nothing between them; at the foot
four blocks, a share row and a subscribe prompt together, previous-and-next links, four lines (a comments heading that
quotes the title, a comment, the author's arrowed reply and a second comment left unanswered) and a platform credit
alone), taken from local news (a cable footbridge reopening after eighteen months, a wastewater plant upgrade, a village
shop saved by a cooperative, a youth orchestra's first tour abroad, a parish archive digitised, a wolf seen at the edge
of a village) and from blogs about stained glass, geocaching, bonsai, fly tying, chess problems and amateur radio
contests.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 136 but what is named here), held-out set 138 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 136 up to its paragraph "Measured after rounds 97 and 98", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 133, 134 and 135, printed with one ast
script (/tmp/s137scratch/peek.py, reading /tmp/wt-s137/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s137); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s137scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data; see Slips and notes (2)); and ``FIXTURES``, printed as its dict value. The import
lines and the line binding the three tests follow set 136's as printed, with 136 -> 137; /tmp/s137scratch/gen.py writes
this file from scratch files (data137.py, pages137.py, doc137.txt and, after the measurement, tables137.py). Nothing
else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s137, detached at commit 5a96f8bcd10432fd41f43389002e3e06c814523a, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
d0eaefb5dec1f5f3b2e31a9b616ad3b6b9a67d76, not the brief's commit (main had moved, as the brief allowed for); both
worktrees were made at the brief's commit 5a96f8bcd10432fd41f43389002e3e06c814523a with ``git worktree add`` (output to
/dev/null; /tmp/wt-set137 on the new branch set137), and /work/main was not touched afterwards. peek.py's first run
printed to the terminal, whose output the tool cut in the middle (from the middle of set 136's Slips and notes (4) to
the middle of set 134's first paragraph: set 136's Judgement calls, Contents, Baseline, imports and tail and the whole
of set 133's first paragraph were among the lines cut); its second run went to /tmp/s137scratch/peek.out, of which I
paged lines 125 to 430 with ``sed`` (the rest of those allowed parts); nothing outside the allowed parts was printed.
(2) helpers.py imported test_clean and noisy_corpus from /work/main (at d0eaefb5dec1f5f3b2e31a9b616ad3b6b9a67d76, not
the frozen commit), as the brief says; importing test_clean loads the cleaner's modules but nothing was cleaned and no
source under src/ was printed; the sources printed are those the brief allows, and the measurement ran in the frozen
worktree. The machine's python had the project's dependencies; every run used it. (3) Before the measurement
/tmp/s137scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and printed each page's
counts of article and noise lines and blocks; a one-line script counted the held-out lines by category, place and
language; gen.py reports lines over 120 columns; roundtrip.py executed this file from /tmp/s137scratch with stand-in
modules for held_out_sets and noisy_corpus (no cleaner imported) only to compare its lists and pages with the scratch
data and check that every held-out line is quoted in this docstring; it ran no cleaning. The first run of check.py found
one case: the German portal's ad label "Anzeige" sat inside the German held-out plug, which then sold bonsai stock "auf
Kleinanzeigen"; the plug was rewritten to the plant flea market. While drafting, before any check, I kept every masthead
out of its own copyright, credit and newsletter lines (the copyright lines name "Courier Newspapers (Marrowdeane) Ltd",
"Société des Éditions du Val", "Bote Medienhaus GmbH", "Editoriale Valnuvolo Srl", "Wydawnictwo Lokalne sp. z o.o." and
"МУП «Районная редакция»"; the French newsletter prompt says "l'actualité locale"; the English and French photo credits
are "Picture: Courier staff" and "Photo : archives de la rédaction"), kept the German portal's menu free of "Anzeigen",
the Polish legal row free of "Reklama" and the Russian section label free of "Происшествия" (the breadcrumb's last
item), and after drafting moved the portals' ad labels from between the first and second list rows to right after the
subheading. (4) Invented names were checked with the exact-string search over public GitHub files: Marrowdeane,
Pelsworthy, Hoddlestrop, Peregrine Hoddlestrop, Dilys Pennock, Fernscrabble, Ottoline Fernscrabble, Came & Cullet,
Vaudrelune, Merlevoisin, Chabrelot, Au bout de la coordonnée, Kleinhaselried, Riedtaler Bote, Sperlbauer, Kümmelpracht,
Schalenwald, Castelnuvolo, Valnuvolo, Scarpinotti, Trombicelli, Granfiorini, Piuma e Seta, Jarzębnik, Gazeta
Jarzębnicka, Żurawiejski, Trzcinkowska, Klonowiecki, Szachownica na parapecie, Глухоборск, Ковыльченко, Мшарова,
Тетеревятин and Антенна над сараем had no hits. Dropped: Eastholme (a place name in several generated lists and a real
York street; the village became Pelsworthy), Vellacourt (a name in several test data sets; the reporter became Peregrine
Hoddlestrop), Cottisford (a real Oxfordshire village and surname; not used), Brackwater (a card game's creature and game
data; the held-out reporter became Ottoline Fernscrabble), Quendler (a real surname; the cooperative's chair became
Roswitha Kümmelpracht), Haselrieder (a real surname; the paper became the Riedtaler Bote), Moosweiler (a fantasy name
list; tried for the German town, not used), Wendside and Wendmouth (inside code identifiers and a fictional harbour;
tried for the English publisher, not used), Deanevale (inside code identifiers; not used), Fasciotti, Ciarmatori and
Pagliarone (real surnames and places; the Italian reporter, conductor and held-out photographer became Scarpinotti,
Trombicelli and Granfiorini), Pniewicz (inside real surnames; the Polish reporter became Radosław Żurawiejski),
Кривоборск (inside a real surname; the Russian town became Глухоборск), Хвойницкая, Пихтовникова, Дуплянская and
Дуплетова (real surnames; the reporter became Мирослава Ковыльченко and the held-out correspondent Серафима Мшарова) and
Ельничков and Валежников (inside real words; the game warden became Аркадий Тетеревятин). Bożydar was searched and found
as an ordinary first name, kept as the first names are. Not checked: the first names of reporters, blog authors and
commenters and their handles (Peregrine, Dilys, Ottoline, Marigold, WendWalker, Cycling_Sue, Harold_E, Beryl_in_Bath,
GlassNovice22, Gaspard, Hortense, Solène, Riverain_du_quai, PecheurDuDimanche, Mamie_Josette, Géo_Arnaud, Cachotière56,
Hildegunde, Roswitha, Volkmar, Dorfkind_63, Heinz_W, Stadtflucht2020, Kiefernfreund, Gärtnerin_Ute, Ermenegildo, Ubaldo,
Ludovica, Gianfranco, Mamma_di_Giulia, Violino_Piero, Luciano58, Trota_Fario, Pescatore_Lino, Radosław, Wiesława,
Zdzisław, Genealog_Ania, Marek_z_Chicago, Stary_mieszkaniec, Goniec_z_Torunia, Problemista_K, Мирослава, Аркадий,
Серафима, Евграф, Лесник_Петрович, Дачница_Вера, Охотник_77, Радист_Саныч, Коротковолновик), the names built on checked
towns and names (The Marrowdeane Courier, Courier Newspapers (Marrowdeane) Ltd, L'Écho de Vaudrelune, Il Corriere di
Castelnuvolo, Editoriale Valnuvolo, Глухоборские вести) and generic or ordinary names and place words (the river Wend,
the quai des Saules, the Kirchgasse, Bote Medienhaus, Heimatzeitung Medien, Société des Éditions du Val, Wydawnictwo
Lokalne, Stowarzyszenie Mediów Lokalnych, МУП «Районная редакция», деревня Дубки, "The Gazette"). There are no e-mail
addresses and no at-signs. (5) Real things named, as real pages do: Datawrapper, TikTok, Spotify, Ausha, RaiPlay,
OpenStreetMap, Yandex Maps, Patreon, Squarespace, the Public Interest News Foundation, IMPRESS, GitHub Pages, Jekyll and
its Minima theme, Infomaniak, GeneratePress, Aruba.it, Nethouse, Reddit, LinkedIn, Nextdoor, Telegram, Threads,
Facebook, X, WhatsApp, Pinterest, Mastodon, VKontakte, Odnoklassniki, Etsy, Canalblog, Jimdo, Blogger, WordPress and its
Twenty Twenty-Four, Neve and Kadence themes, Tokoname pots, akadama, the Westerwald, the Sesia and Ticino rivers,
Salzburg, Linz, Graz, Mozart and Richard Réti. (6) The two measuring commands ran as the brief gave them, in one shell
call after ``date`` and the last check, their output sent to /tmp/s137scratch/measure.out and report.out and the report
and the pytest tail printed (20 failed, 57 passed); the problems were then printed with ``_problems`` in the frozen
worktree by /tmp/s137scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s137/tests with /tmp/wt-s137/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12
pages, printing only the failing ones (14, 0 and 6, as in the measurement). The xfail tables were written in
/tmp/s137scratch/tables137.py by hand from my own descriptions of those lines and pages, and tcheck.py checked that the
failing lines are exactly the keys of ``_LINE_XFAIL`` and the failing pages exactly those of ``_PAGE_XFAIL``, that every
page noise line left is quoted in its page's reason, that each reason gives its count of noise lines left and that no
page lost an article line. (7) My first clock reading was 2026-12-05 16:45:23 UTC; the measurement ran at 16:49:39 UTC
by the machine's clock. (8) With the tables filled, the pytest command ran on the final file in /tmp/wt-s137: 57 passed,
20 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from the harbour master", "Sharing a single
ambulance", "Following the vote", "Subscribing households", "Copyright lawyers for the museum", "Advertising space on
the new bus shelters", "Reading the minutes of the 1962 meeting", "Commenter les travaux", "Partageant le même local",
"Abonnée au journal depuis 1971", "Teilen wollen die beiden Gemeinden", "Folgen hat der lange Winter", "Werbeflächen am
neuen Sportplatz", "Commentare la decisione", "Seguendo il tracciato dei vecchi binari", "Abbonamenti scontati per gli
studenti", "Komentując wyniki przetargu", "Subskrypcje miejskiej biblioteki cyfrowej", "Комментируя решение суда" and
"Подписка на районную газету" are article sentences: each reports what was said, decided, shared, paid, found or sold
about a harbour, an ambulance, a council, a flood plan, a museum, bus shelters, a bridge, building works, two
associations, a village's oldest reader, a depot, orchards, a sports ground, a school, a cycle path, a library or a bus,
with the noise-like word as an ordinary noun, verb or participle of the sentence. Categories: the Datawrapper, TikTok,
Spotify, Ausha, RaiPlay, OpenStreetMap and Yandex lines are markers (embed failures, consent placeholders, geo-blocked
or removed media), the German Datawrapper consent line a marker rather than a notice because it stands in for the chart;
the minutes-and-seconds header and the grab-a-cuppa warning are reading times (the second gives twelve minutes in a
sentence); the words-and-pictures, text-and-photos and author-of-the-piece lines are bylines at the head, and the
suncatchers, Patreon, geocaching-walks and bonsai-stock lines are bylines (self-promotion) at the foot; the Squarespace,
IPNF-and-IMPRESS, GitHub Pages, publication-director, publisher-offer, WordPress-GeneratePress,
publisher-and-accessibility and Nethouse lines are footers (the IMPRESS line is a newspaper site's regulator line, not a
notice on one article); the empty-thread prompt, the four action rows, the guest note, the netiquette prompt and the
follow-the-discussion prompt are comment furniture; the English, French and Italian rows are share rows (the French one
includes a print link as share rows do); the German transparency note and the Polish illustrative-photo note are notices
in the body and the Russian will-be-updated note a notice at the foot. On every page the title, the three paragraphs
before the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are
article; everything else (breadcrumbs, mastheads, section menus and labels, blog names, taglines and menus, bylines,
dates and authors' lines, reading times, photo captions and credits, the chess blog's diagram caption, tables of
contents, ad, sponsored and affiliate labels, read-also links, newsletter, Telegram and subscribe prompts, shop plugs,
tags and topics lines, share rows, previous-and-next links, comment counts and headings, comments and replies, copyright
lines, legal-links rows and platform credits) is noise. The list rows (what changes for people crossing, for residents
and for customers, the tour programme, what goes online, the hunters' advice, the blogs' materials and lessons) are
short but part of each article, so article; the portals' one-word ad labels ("Advertisement", "Publicité", "Anzeige",
"Pubblicità", "Reklama", "Реклама"), the blogs' sponsored and affiliate labels and the tables of contents' headings ("In
this post", "Sommaire", "Inhaltsverzeichnis", "Indice dei contenuti", "Spis treści", "Содержание") are noise. Some
single placements (a share row right after the first paragraph, a caption and credit in their own block, a table of
contents alone between the first two paragraphs) occur in earlier sets' layouts; the layouts as a whole, and the ad
label between the subheading and the first row, the section label right before the title and the four-block blog foot,
are not those set 136's docstring describes.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-marrowdeane-cable-bridge (the cable-stayed footbridge over the Wend reopens after eighteen months of repairs),
en-blog-cameandcullet-leaded-wren (leading a first stained-glass panel, a wren for the landing window),
fr-portail-vaudrelune-station-epuration (the wastewater plant upgraded with phosphorus treatment and double capacity),
fr-blog-auboutdelacoordonnee-cache-mystere (a family's first mystery geocache, solved in three Sundays),
de-portal-kleinhaselried-dorfladen (214 villagers found a cooperative and take over the last village shop),
de-blog-schalenwald-waldkiefer (a Scots pine bonsai potted into its first bonsai pot after eight years),
it-portale-castelnuvolo-orchestra-giovanile (the youth orchestra's first tour, five concerts in Austria),
it-blog-piumaeseta-ninfa-ottone (tying a first brass-bead nymph for mountain streams), pl-portal-jarzebnik-archiwum (the
parish registers scanned by volunteers and put online), pl-blog-szachownicanaparapecie-zadanie (a first mate-in-three
problem accepted by a chess monthly), ru-portal-glukhoborsk-volk (a wolf filmed walking past the vegetable plots of a
village) and ru-blog-antennanadsaraem-sorevnovaniya (a first twenty-four hours in a shortwave contest), each with a
reader comment thread.

Baseline (2026-12-05, cleaner at commit 5a96f8bcd10432fd41f43389002e3e06c814523a, measured with ``cd /tmp/wt-s137 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s137/src python -m pytest -q tests/test_clean_held_out_137.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s137 && PYTHONPATH=/tmp/wt-s137/src python
scripts/clean_held_out_report.py --sets 137``, with the xfail tables empty): noise lines removed 31/45 (marker 6/8,
reading-time 6/7, byline 3/8, footer 8/8, comments 4/8, share 3/3, notice 1/3; the 14 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: two markers (the French Ausha player failure and the German Datawrapper consent
placeholder), one reading time (the English blog's grab-a-cuppa warning), five bylines (the Russian author-of-the-piece
byline at the head and all four plugs at the foot: the English suncatchers and Patreon plugs, the French
geocaching-walks plug and the German bonsai-stock plug), four comment lines (the English empty-thread prompt and guest
note, the German netiquette prompt and the Italian follow-the-discussion prompt) and two notices (the Polish
illustrative-photo note in the body and the Russian will-be-updated note at the foot)); keep lines kept 20/20; pages
6/12 clean, 9 of 240 page noise lines left and 0 of 120 article lines lost. The six portal pages are clean. Left on the
pages: every blog keeps the photo caption at the end of its first paragraph's block (the Polish one a diagram caption),
and the German bonsai, Italian fly-tying and Polish chess-problem blogs also keep the shop plug alone between the list
and the last paragraphs: 1 on the English stained-glass blog, 1 on the French geocaching blog, 2 on the German bonsai
blog, 2 on the Italian fly-tying blog, 2 on the Polish chess-problem blog and 1 on the Russian amateur-radio blog, as
``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Measured after round 99 (developed on sets 135 and 136 beside this set's writing from the same base, 5a96f8b, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 137` and the
problems of every case before and after): nothing moved: lines 31 of 45, 20 of 20 kept, pages 6 of 12 clean, 9 of 240
page noise lines left, none of 120 article lines lost (round 99 gave back article lines among page furniture and widened
no noise rule).

Round 100 (development; this set was read in full from this round on): fixed, on sets 137 and 138: (1) The lost last
paragraph of set 138's Russian sea-glass blog, the first line of the block with the Avito plug and the share row:
page_blocks._article_among_furniture (round 99) now also counts a blog's plug its own rule took ("self-promotion", the
new _PLUG_REASONS) among the block's furniture, when every line the rules left stands above the plug in the block; a
line under the plug (its own second sentence) and a line under a share row (set 132's Allegro plug, round 99's check)
still go with the block. (2) Comment threads written one comment per line, the commenter's name, a date with its time of
day (or a relative time, "il y a 2 h") and the comment joined by middle dots, replies opening with an arrow (set 138's
English and French blogs, French portal and Polish blog: 14 lines): comment_threads._stamped_comment reads such a line;
an arrowed one is a thread's marker (_is_thread_marker), and one with an arrowed one right under it opens a thread with
no header (_is_headerless_thread); the count over it ("3 réactions") now goes with the rest. An article's list rows with
a middle dot and a date but no time of day ("Mairie · 3 octobre 2026 · Le conseil a voté ...") stay. (3) Noise both sets
kept, by widening existing rules: clean.is_reading_time takes the reader told to fetch a drink, then how long this one
takes to get through (clean._DRINK_FIRST, up to 160 characters: "Grab a cuppa – this one takes about twelve/twenty
minutes to get through, longer if ..."; the drink or the minutes alone stay); the "video embed" screen states of
whole_line_noise._EMBED_SCREEN_STATE take a state adverb ("is currently unavailable"), a player that could not load its
podcast ("n'a pas pu charger ce podcast"), "bitte" in the consent to the data transfer, a Spotify episode not played
with the state closing its sentence ("konnte nicht abgespielt werden."), playback on other sites switched off ("la
lecture sur d'autres sites a été désactivée") and a track not to be heard on this site ("недоступен для прослушивания на
этом сайте."), each with a platform named and no verb of saying (a cause after the state, "..., weil der Strom
ausfiel.", stays). Tests test_round_100_* in tests/test_clean.py (six languages each, near misses included). Not done
this round (left for the next): the tables of contents ("Au programme" / "1. ..." / "2. ..."), the subscribe, follow and
RSS prompts ("Neue Artikel per RSS-Feed abonnieren", "Obserwuj bloga, aby nie przegapić nowych wpisów", "Recevez chaque
matin notre newsletter ..."), the blog plugs standing alone after the list or beside the last paragraph (craft-market
stalls, "Versand ab", "scrivimi dalla pagina Contatti", "w zakładce Sklep", the commissions, Patreon, Ozon and
antiques-market plugs), the notices and comment prompts of the line lists; photo captions with no credit were left by
design. Other sets: set 133's xfail of the Russian VK Video not-playable-here placeholder removed ("Ролик VK Видео
недоступен для просмотра на этом сайте.", now a "video embed"); no other set moved. Sets 10-138 (129 sets,
scripts/clean_held_out_report.py before and after): noise lines removed 5393 -> 5402 of 5881, article lines kept
2607/2607 -> 2607/2607, pages clean 971 -> 971 of 1534, page noise lines left 1311 -> 1296 of 32400, paragraphs lost 3
-> 2 (the two left are set 86's fr-portail-montbrezac-chapelle). SemEval: 0 changed files of 3,723. Bench ratio: 1.04
(cpu best 1.936 s against 1.867 s at 3d2b0a3). Test set: 18376 passed, 1072 xfailed, no XPASS, no failure. This set:
noise lines removed 31/45 -> 34/45 (marker 6/8 -> 8/8: the Ausha and Datawrapper placeholders; reading-time 6/7 -> 7/7:
the grab-a-cuppa warning; byline 3/8, footer 8/8, comments 4/8, share 3/3, notice 1/3 unchanged), keep lines 20/20 ->
20/20, pages clean 6/12 -> 6/12, page noise lines left 9 -> 9 of 240, article lines lost 0 -> 0 of 120. Xfails removed:
the three lines above; no page reason reworded. Still missed: the Russian head byline, the four foot plugs (craft fair,
Patreon, geocaching walks, plant flea market), the empty-thread, guest-commenting, netiquette and follow-the-discussion
prompts, the Polish illustrative-photo and Russian will-be-updated notices, and on the blogs the photo captions (left by
design) and the German, Italian and Polish shop plugs alone between the list and the last paragraphs ("Versand ab
April", "scrivimi dalla pagina Contatti", "w zakładce Sklep").
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_137_LINES: list[tuple[str, str, str]] = [
    ("body", "Datawrapper chart failed to load. View the underlying data as a table instead.", "marker"),
    ("body",
     "This TikTok video is unavailable. It may have been removed or its owner changed who can see it.",
     "marker"),
    ("body", "Spotify embed: preview not available in your region – open the episode in the Spotify app.", "marker"),
    ("body", "Le lecteur Ausha n'a pas pu charger ce podcast. Écoutez l'épisode directement sur Ausha.", "marker"),
    ("body",
     "Externer Inhalt von Datawrapper: Um diese Grafik zu sehen, stimmen Sie bitte der Datenübertragung zu.",
     "marker"),
    ("body",
     "Video non disponibile: il contenuto RaiPlay non può essere riprodotto al di fuori del territorio italiano.",
     "marker"),
    ("body", "Nie udało się załadować mapy OpenStreetMap. Odśwież stronę lub otwórz mapę w nowym oknie.", "marker"),
    ("body", "Карта Яндекса не загрузилась. Включите JavaScript или откройте карту на сайте Яндекс Карт.", "marker"),
    ("head", "Reading time: 3 minutes 40 seconds", "reading-time"),
    ("head",
     "Grab a cuppa – this one takes about twelve minutes to get through, longer if you stop for the photos.",
     "reading-time"),
    ("head", "Article à lire en 3 minutes", "reading-time"),
    ("head", "Lesedauer ca. 3 Minuten", "reading-time"),
    ("head", "3 minuti di lettura", "reading-time"),
    ("head", "3 min czytania", "reading-time"),
    ("head", "3 минуты на прочтение", "reading-time"),
    ("head", "Words and pictures: Ottoline Fernscrabble, community reporter", "byline"),
    ("head", "Testo e foto di Ludovica Granfiorini", "byline"),
    ("head", "Tekst i zdjęcia: Bożydar Klonowiecki", "byline"),
    ("head", "Автор материала — Серафима Мшарова, специальный корреспондент", "byline"),
    ("tail",
     "I sell small suncatchers made from offcuts at the Saturday craft fair in the church hall – come and say hello.",
     "byline"),
    ("tail",
     "Patreon supporters get my monthly tying videos a week early and a say in which patterns come next.",
     "byline"),
    ("tail",
     "Je propose des balades d'initiation au géocaching pour les familles : infos et tarifs sur la page Animations.",
     "byline"),
    ("tail",
     "Bonsai-Rohlinge aus meiner Anzucht verkaufe ich im Frühjahr auf dem Pflanzenflohmarkt im Stadtpark – sprecht"
     " mich einfach an.",
     "byline"),
    ("tail", "Site built with Squarespace · Cookie Preferences · Privacy Policy", "footer"),
    ("tail", "The Gazette is a member of the Public Interest News Foundation and is regulated by IMPRESS.", "footer"),
    ("tail", "Hosted on GitHub Pages · Built with Jekyll and the Minima theme · Atom feed", "footer"),
    ("tail",
     "Directeur de la publication : le président de l'association · Hébergement : Infomaniak · Plan du site",
     "footer"),
    ("tail",
     "Ein Angebot der Heimatzeitung Medien GmbH · AGB · Barrierefreiheitserklärung · Cookie-Einstellungen",
     "footer"),
    ("tail", "Realizzato con WordPress e il tema GeneratePress · Ospitato su Aruba.it · Cookie policy", "footer"),
    ("tail", "Wydawca: Stowarzyszenie Mediów Lokalnych · Regulamin serwisu · Deklaracja dostępności", "footer"),
    ("tail",
     "Сайт создан на конструкторе Nethouse · Карта сайта · Согласие на обработку персональных данных",
     "footer"),
    ("tail", "No comments yet. Start the conversation.", "comments"),
    ("tail", "Reply · Report · Share · 14 likes", "comments"),
    ("tail", "You are commenting as a guest. Your name will be shown next to your comment.", "comments"),
    ("tail", "Répondre · Signaler un abus · J'aime (3)", "comments"),
    ("tail", "Kommentar schreiben – bitte beachten Sie unsere Netiquette.", "comments"),
    ("tail", "Segui la discussione: ricevi una notifica per ogni nuova risposta.", "comments"),
    ("tail", "Zgłoś naruszenie · Odpowiedz · Lubię to (7)", "comments"),
    ("tail", "Ответить · Пожаловаться · Ссылка на комментарий", "comments"),
    ("tail", "Share this story on Reddit · LinkedIn · Nextdoor · Copy link", "share"),
    ("tail", "Partager sur LinkedIn · Envoyer par SMS · Imprimer l'article", "share"),
    ("tail", "Inoltra su Telegram · Condividi su Threads · Copia l'indirizzo", "share"),
    ("body", "Transparenzhinweis: Die Recherchereise wurde vom Tourismusverband der Region unterstützt.", "notice"),
    ("body", "Zdjęcie ilustracyjne – nie przedstawia opisywanego miejsca.", "notice"),
    ("tail", "Новость будет дополняться по мере поступления информации.", "notice"),
]

HELD_OUT_137_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the harbour master about the tides were read aloud at the start of the meeting."),
    ("head", "Sharing a single ambulance between three valleys has worried residents since the spring."),
    ("head", "Following the vote, the committee agreed to publish the full accounts by the end of the month."),
    ("body", "Subscribing households will receive a paper copy of the flood plan along with a fridge magnet."),
    ("body", "Copyright lawyers for the museum said the photographs could be shown for free in local schools."),
    ("tail", "Advertising space on the new bus shelters will bring the parish roughly £4,000 a year."),
    ("tail", "Reading the minutes of the 1962 meeting, the councillors found the bridge had been promised twice."),
    ("head", "Commenter les travaux n'a pas été facile pour le maire, qui avait promis une fin de chantier en mai."),
    ("body", "Partageant le même local depuis dix ans, les deux associations ont enfin obtenu chacune une salle."),
    ("tail", "Abonnée au journal depuis 1971, la doyenne du village a reçu un bouquet des mains du rédacteur en chef."),
    ("head", "Teilen wollen die beiden Gemeinden künftig auch den Bauhof und die Kehrmaschine."),
    ("body", "Folgen hat der lange Winter vor allem für die Obstbauern am Südhang."),
    ("tail", "Werbeflächen am neuen Sportplatz sollen künftig die Trikots der Jugendmannschaft finanzieren."),
    ("head", "Commentare la decisione non è servito: la giunta ha confermato la chiusura della scuola."),
    ("body", "Seguendo il tracciato dei vecchi binari, la pista ciclabile arriverà fino al lago entro l'estate."),
    ("tail", "Abbonamenti scontati per gli studenti saranno in vendita dal primo settembre in biblioteca."),
    ("head", "Komentując wyniki przetargu, wójt zapowiedział odwołanie do Krajowej Izby Odwoławczej."),
    ("tail", "Subskrypcje miejskiej biblioteki cyfrowej wykupiło w tym roku ponad trzysta rodzin."),
    ("tail", "Комментируя решение суда, глава поселения пообещал вернуть автобус до конца года."),
    ("tail", "Подписка на районную газету в этом году подешевела для пенсионеров на треть."),
]

HELD_OUT_137_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-marrowdeane-cable-bridge", [
        [
            "-Home › News › Marrowdeane › Transport",
        ],
        [
            "-The Marrowdeane Courier",
            "-News · Sport · What's On · Property · Jobs · Announcements",
        ],
        [
            "-Transport | Local news",
            "+Cable bridge over the Wend reopens after eighteen months of repairs",
        ],
        [
            "-By Peregrine Hoddlestrop, Chief Reporter",
            "-Published 14 March 2026, 07:30 GMT",
            "-3 min read",
        ],
        [
            "+The cable-stayed footbridge linking Marrowdeane with the village of Pelsworthy reopened on Friday"
            " morning, ending a detour of almost four miles for walkers and cyclists.",
            "-Share on Facebook · Share on X · Share by email",
        ],
        [
            "-The bridge deck lit up at dusk on the eve of the reopening.",
            "-Picture: Courier staff",
        ],
        [
            "+Engineers replaced all twenty-four steel cables after an inspection in 2024 found corrosion where they"
            " meet the deck.",
            "+\"We stood at the water's edge every morning waiting for this,\" said Dilys Pennock, who crosses twice a"
            " day to her job at the Pelsworthy surgery.",
        ],
        [
            "-Read more: Pelsworthy surgery to open on Saturdays from April",
        ],
        [
            "+What changes for people crossing",
            "-Advertisement",
            "+The bridge is open from 6am to 11pm every day.",
            "+Cyclists are asked to dismount on the central span.",
            "+A new lift at the Pelsworthy end serves wheelchair users and prams.",
        ],
        [
            "+The county council said the repairs cost £2.1 million, shared with the rail company whose line runs"
            " beneath the Pelsworthy end.",
        ],
        [
            "-Get the Courier's morning briefing in your inbox – sign up free",
            "-Topics: Marrowdeane, Pelsworthy, River Wend, Transport",
        ],
        [
            "+A ceremony with the school brass band is planned for the first weekend of April.",
        ],
        [
            "-7 comments",
            "-WendWalker: Best news this year. My knees thank the engineers.",
            "-↳ Cycling_Sue: Agreed, though the lift could be bigger.",
            "-Harold_E: Eighteen months for new cables seems a long time to me.",
        ],
        [
            "-© 2026 Courier Newspapers (Marrowdeane) Ltd. All rights reserved.",
            "-Privacy · Cookies · Terms · Contact us · Advertise with us",
        ],
    ]),
    _page("en", "en-blog-cameandcullet-leaded-wren", [
        [
            "-Came & Cullet",
            "-Stained glass at the kitchen table",
            "-Home · Projects · Tools · Suppliers · About",
        ],
        [
            "+Leading my first panel: a blue wren for the landing window",
        ],
        [
            "-Posted on 9 February 2026 by Marigold",
            "-7 minute read",
        ],
        [
            "+After a winter of copper-foil suncatchers I finally tried lead came, and chose a small wren for the"
            " landing window.",
            "-The cut pieces laid out on the cartoon, ready for leading.",
        ],
        [
            "-In this post",
            "-1. Cutting to the cartoon",
            "-2. Soldering the joints",
        ],
        [
            "+I cut every piece on the paper cartoon, leaving the width of the heart of the came between them.",
        ],
        [
            "-This post contains affiliate links.",
            "+\"Glass is patient, solder is not,\" my teacher used to say, and the first joint I made proved her"
            " right.",
        ],
        [
            "+What I used",
        ],
        [
            "+Quarter-inch H-section lead came",
            "+A 100-watt iron with a chisel tip",
            "+Black patina and whiting for the finish",
        ],
        [
            "-Lead came, patina and cutters are in my Etsy shop – kits ship on Mondays.",
        ],
        [
            "+Cementing took a whole afternoon and most of the whiting in the house.",
            "+The wren now catches the morning light on the stairs, and the next panel will be a kingfisher.",
        ],
        [
            "-Share: Pinterest · Facebook · Email",
            "-Enjoyed this? Subscribe by email and never miss a new panel.",
        ],
        [
            "-← Previous: Grinding copper-foil edges",
            "-Next: Choosing glass for a kingfisher →",
        ],
        [
            "-3 thoughts on “Leading my first panel”",
            "-Beryl_in_Bath: The wren is lovely! What glass for the breast?",
            "-↳ Marigold: Thank you Beryl – it's a streaky amber from an old offcut.",
            "-GlassNovice22: Did you stretch the came first?",
        ],
        [
            "-Powered by WordPress · Theme: Twenty Twenty-Four",
        ],
    ]),
    _page("fr", "fr-portail-vaudrelune-station-epuration", [
        [
            "-Accueil > Vaudrelune > Environnement",
        ],
        [
            "-L'Écho de Vaudrelune",
            "-Actualités · Sports · Loisirs · Nécrologie · Annonces légales",
        ],
        [
            "-Environnement | Vie locale",
            "+La station d'épuration de Vaudrelune modernisée pour traiter les eaux de 12 000 habitants",
        ],
        [
            "-Par Gaspard Merlevoisin",
            "-Publié le 3 mars 2026 à 6 h 45",
            "-Lecture 3 min",
        ],
        [
            "+Après deux ans de travaux, la station d'épuration du quai des Saules a été inaugurée samedi en présence"
            " du préfet.",
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "-Les nouveaux bassins de traitement biologique, vus depuis la passerelle.",
            "-Photo : archives de la rédaction",
        ],
        [
            "+Le chantier de 9 millions d'euros a permis d'ajouter un traitement du phosphore et de doubler la"
            " capacité des bassins.",
            "+« Les pêcheurs verront la différence dès cet été dans la rivière », assure Hortense Chabrelot,"
            " présidente du syndicat des eaux.",
        ],
        [
            "-À lire aussi : La baignade interdite au plan d'eau jusqu'à nouvel ordre",
        ],
        [
            "+Ce qui change pour les habitants",
            "-Publicité",
            "+La facture d'eau augmente de 12 centimes par mètre cube.",
            "+Les boues séchées serviront d'engrais aux agriculteurs voisins.",
            "+Les odeurs seront captées sous une couverture étanche.",
        ],
        [
            "+Le syndicat des eaux rappelle que les lingettes jetées dans les toilettes restent la première cause de"
            " panne des pompes.",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
            "-Mots-clés : eau, environnement, travaux, Vaudrelune",
        ],
        [
            "+Des visites de la station seront proposées aux écoles à partir de la rentrée.",
        ],
        [
            "-5 commentaires",
            "-Riverain_du_quai : Enfin ! L'été dernier l'odeur était insupportable.",
            "-↳ PecheurDuDimanche : On verra bien pour les truites.",
            "-Mamie_Josette : 12 centimes, ce n'est pas rien pour les retraités.",
        ],
        [
            "-© 2026 Société des Éditions du Val – Tous droits réservés",
            "-Mentions légales · Politique de confidentialité · Gestion des cookies · Contact",
        ],
    ]),
    _page("fr", "fr-blog-auboutdelacoordonnee-cache-mystere", [
        [
            "-Au bout de la coordonnée",
            "-Carnets de géocacheuse en famille",
            "-Accueil · Mes caches · Matériel · Sorties · À propos",
        ],
        [
            "+Notre première cache mystère, résolue en trois dimanches",
        ],
        [
            "-Publié le 22 février 2026 par Solène",
            "-⏱ 6 min de lecture",
        ],
        [
            "+Depuis l'automne, une cache mystère nous narguait sur la carte, à deux kilomètres de la maison.",
            "-Le GPS posé sur la souche, au moment où tout s'est éclairé.",
        ],
        [
            "-Sommaire",
            "-1. L'énigme de départ",
            "-2. La boîte sous la souche",
        ],
        [
            "+Pour obtenir les coordonnées, il fallait décoder une suite de notes de musique cachée dans la"
            " description.",
        ],
        [
            "-Article sponsorisé",
            "+« Regarde, il y a un logbook ! », a crié mon fils en soulevant la mousse.",
        ],
        [
            "+Ce qu'on emporte maintenant",
        ],
        [
            "+Un stylo qui écrit sous la pluie",
            "+Des petits objets à échanger",
            "+Une batterie de secours pour le téléphone",
        ],
        [
            "-Mes kits de départ pour géocacheurs débutants sont en vente dans ma boutique Etsy.",
        ],
        [
            "+Nous avons laissé un petit dinosaure en plastique et signé le carnet au nom de toute la famille.",
            "+La prochaine sortie nous mènera vers une multi-cache le long du canal.",
        ],
        [
            "-Partager : Facebook · Pinterest · WhatsApp",
            "-Abonnez-vous pour recevoir les nouveaux articles par courriel.",
        ],
        [
            "-« Article précédent : Notre première cache de nuit",
            "-Article suivant : Choisir un GPS de randonnée »",
        ],
        [
            "-2 réponses à « Notre première cache mystère »",
            "-Géo_Arnaud : Bravo ! Celle-là m'avait pris un mois.",
            "-↳ Solène : Merci Arnaud, on a failli abandonner !",
            "-Cachotière56 : La souche est toujours là ?",
        ],
        [
            "-Blog propulsé par Canalblog",
        ],
    ]),
    _page("de", "de-portal-kleinhaselried-dorfladen", [
        [
            "-Startseite › Lokales › Kleinhaselried",
        ],
        [
            "-Riedtaler Bote",
            "-Lokales · Sport · Kultur · Freizeit · Service",
        ],
        [
            "-Dorfleben | Wirtschaft",
            "+Genossenschaft rettet den letzten Dorfladen in Kleinhaselried",
        ],
        [
            "-Von Hildegunde Sperlbauer",
            "-12.03.2026, 18:05 Uhr",
            "-Lesezeit 3 Minuten",
        ],
        [
            "+Der Dorfladen an der Kirchgasse bleibt offen: 214 Bürgerinnen und Bürger haben eine Genossenschaft"
            " gegründet und das Geschäft übernommen.",
            "-Teilen: Facebook · WhatsApp · E-Mail",
        ],
        [
            "-Die neuen Vorstandsmitglieder vor dem Laden an der Kirchgasse.",
            "-Foto: privat",
        ],
        [
            "+Jeder Anteil kostet 250 Euro, zusammen kamen mehr als 80 000 Euro für Kühltheke und Kasse zusammen.",
            "+„Ohne Laden stirbt ein Dorf, das wussten hier alle“, sagt die Vorstandsvorsitzende Roswitha"
            " Kümmelpracht.",
        ],
        [
            "-Lesen Sie auch: Bäckerei in der Nachbargemeinde sucht Nachfolger",
        ],
        [
            "+Was sich für die Kundschaft ändert",
            "-Anzeige",
            "+Der Laden öffnet montags bis samstags schon um 7 Uhr.",
            "+Brot und Eier kommen von Höfen aus dem Ort.",
            "+Ehrenamtliche übernehmen die Samstagsschicht.",
        ],
        [
            "+Die bisherige Inhaberin bleibt als Angestellte und kümmert sich um den Einkauf.",
        ],
        [
            "-Der Bote als Newsletter: jeden Morgen die Nachrichten aus dem Landkreis",
            "-Schlagwörter: Kleinhaselried, Dorfladen, Genossenschaft",
        ],
        [
            "+Zur Eröffnung unter neuer Führung lädt die Genossenschaft am Sonntag zu Kaffee und Kuchen ein.",
        ],
        [
            "-6 Kommentare",
            "-Dorfkind_63: Endlich eine gute Nachricht vom Land!",
            "-↳ Heinz_W: Habe gleich zwei Anteile gezeichnet.",
            "-Stadtflucht2020: Hoffentlich gibt es auch Bio-Milch.",
        ],
        [
            "-© 2026 Bote Medienhaus GmbH",
            "-Impressum · Datenschutz · AGB · Kontakt",
        ],
    ]),
    _page("de", "de-blog-schalenwald-waldkiefer", [
        [
            "-Schalenwald",
            "-Bonsai vom Balkon",
            "-Start · Meine Bäume · Pflege · Werkzeug · Über mich",
        ],
        [
            "+Meine Waldkiefer bekommt nach acht Jahren ihre erste Schale",
        ],
        [
            "-Veröffentlicht am 1. März 2026 von Volkmar",
            "-Lesezeit: 6 Min.",
        ],
        [
            "+Acht Jahre stand die Kiefer im Anzuchtkasten, jetzt war der Wurzelballen endlich flach genug für eine"
            " Schale.",
            "-Die Kiefer vor dem Umtopfen, noch im Holzkasten.",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Der richtige Zeitpunkt",
            "-2. Wurzeln schneiden",
        ],
        [
            "+Ich habe im zeitigen Frühjahr umgetopft, kurz bevor die Knospen zu schieben begannen.",
        ],
        [
            "-Werbehinweis: Dieser Beitrag enthält Affiliate-Links",
            "+„Eine Kiefer verzeiht fast alles, nur keine nassen Füße“, sagte mir mein Lehrer im Bonsaiclub.",
        ],
        [
            "+Was ich verwendet habe",
        ],
        [
            "+Eine ovale Schale aus Tokoname",
            "+Akadama und Lava zu gleichen Teilen",
            "+Aluminiumdraht zum Fixieren",
        ],
        [
            "-Handgetöpferte Bonsaischalen aus meiner Werkstatt gibt es im Shop – Versand ab April.",
        ],
        [
            "+Die ersten drei Wochen steht der Baum im Halbschatten und wird nur besprüht.",
            "+Im Herbst kommt dann der erste Drahtschnitt an die Reihe.",
        ],
        [
            "-Teilen auf: Pinterest · Facebook · Mastodon",
            "-Neue Beiträge per E-Mail abonnieren",
        ],
        [
            "-« Vorheriger Beitrag: Akadama selbst sieben",
            "-Nächster Beitrag: Ahorn im Frühjahr »",
        ],
        [
            "-2 Antworten auf „Meine Waldkiefer bekommt ihre erste Schale“",
            "-Kiefernfreund: Tolle Schale! Woher stammt sie?",
            "-↳ Volkmar: Danke! Sie ist von einem Töpfer aus dem Westerwald.",
            "-Gärtnerin_Ute: Wie tief hast du die Wurzeln geschnitten?",
        ],
        [
            "-Erstellt mit Jimdo · Impressum · Datenschutz",
        ],
    ]),
    _page("it", "it-portale-castelnuvolo-orchestra-giovanile", [
        [
            "-Home › Cultura › Castelnuvolo",
        ],
        [
            "-Il Corriere di Castelnuvolo",
            "-Cronaca · Politica · Sport · Cultura · Necrologi",
        ],
        [
            "-Cultura | Musica",
            "+L'orchestra giovanile di Castelnuvolo parte per la sua prima tournée in Austria",
        ],
        [
            "-di Ermenegildo Scarpinotti",
            "-12 marzo 2026 ore 9:15",
            "-Tempo di lettura 3 min",
        ],
        [
            "+Quarantadue ragazzi tra i 12 e i 19 anni partiranno lunedì per cinque concerti tra Salisburgo, Linz e"
            " Graz.",
            "-Condividi: Facebook · X · WhatsApp",
        ],
        [
            "-Le prove generali nell'auditorium della scuola media.",
            "-Foto: ufficio stampa dell'orchestra",
        ],
        [
            "+Il viaggio è stato pagato in parte con i concerti di Natale e in parte da una fondazione bancaria"
            " locale.",
            "+«Per molti di loro è la prima volta fuori dall'Italia», racconta il direttore Ubaldo Trombicelli.",
        ],
        [
            "-Leggi anche: Riapre la scuola di musica nell'ex convento",
        ],
        [
            "+Il programma della tournée",
            "-Pubblicità",
            "+La Sinfonia n. 40 di Mozart a Salisburgo",
            "+Un concerto insieme a un'orchestra di Linz",
            "+Brani di compositori del territorio a Graz",
        ],
        [
            "+Le famiglie ospiteranno a loro volta i musicisti austriaci in autunno.",
        ],
        [
            "-Iscriviti alla newsletter del Corriere: le notizie del territorio ogni mattina",
            "-Tag: orchestra, giovani, musica, Castelnuvolo",
        ],
        [
            "+Il concerto di saluto si terrà domenica alle 18 in piazza del Municipio.",
        ],
        [
            "-4 commenti",
            "-Mamma_di_Giulia: Orgogliosi di tutti voi, buon viaggio!",
            "-↳ Violino_Piero: Grazie, ci sentiamo da Salisburgo.",
            "-Luciano58: Speriamo che il comune li aiuti anche l'anno prossimo.",
        ],
        [
            "-© 2026 Editoriale Valnuvolo Srl – Riproduzione riservata",
            "-Privacy · Note legali · Contatti",
        ],
    ]),
    _page("it", "it-blog-piumaeseta-ninfa-ottone", [
        [
            "-Piuma e Seta",
            "-Appunti di un costruttore di mosche",
            "-Home · Dressaggi · Materiali · Uscite · Chi sono",
        ],
        [
            "+La mia prima ninfa con la testina in ottone per i torrenti di montagna",
        ],
        [
            "-Pubblicato il 5 marzo 2026 da Gianfranco",
            "-Lettura: 6 minuti",
        ],
        [
            "+Dopo un inverno passato a legare mosche secche, ho provato una ninfa appesantita per le buche profonde.",
            "-La ninfa finita, ancora stretta nella morsa.",
        ],
        [
            "-Indice dei contenuti",
            "-1. Il corpo in filo di rame",
            "-2. La testina in ottone",
        ],
        [
            "+Ho infilato la testina in ottone sull'amo prima di fissare il filo di montaggio.",
        ],
        [
            "-Contenuto sponsorizzato",
            "+«Una ninfa brutta prende più trote di una bella», diceva mio nonno sul Sesia.",
        ],
        [
            "+Cosa mi è servito",
        ],
        [
            "+Ami del numero 14",
            "+Fibre di coda di fagiano",
            "+Filo di rame sottile",
        ],
        [
            "-Vendo le mie ninfe in kit da dieci pezzi: scrivimi dalla pagina Contatti.",
        ],
        [
            "+Alla prima uscita sul torrente la ninfa ha preso tre fario in un'ora.",
            "+Il prossimo passo sarà una versione con la testina in tungsteno.",
        ],
        [
            "-Condividi su: Facebook · Pinterest · Telegram",
            "-Iscriviti per ricevere i nuovi articoli via email",
        ],
        [
            "-← Articolo precedente: Legare una secca di maggio",
            "-Articolo successivo: Scegliere le piume di gallo →",
        ],
        [
            "-3 commenti su “La mia prima ninfa con la testina in ottone”",
            "-Trota_Fario: Bellissima, che filo usi?",
            "-↳ Gianfranco: Grazie! Un 8/0 color oliva.",
            "-Pescatore_Lino: La proverò sul Ticino.",
        ],
        [
            "-Creato con Blogger · Tema Semplice",
        ],
    ]),
    _page("pl", "pl-portal-jarzebnik-archiwum", [
        [
            "-Strona główna › Wiadomości › Jarzębnik",
        ],
        [
            "-Gazeta Jarzębnicka",
            "-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi",
        ],
        [
            "-Kultura | Historia regionu",
            "+Archiwum parafialne z Jarzębnika trafi do internetu",
        ],
        [
            "-Autor: Radosław Żurawiejski",
            "-13 marca 2026, 10:20",
            "-Przeczytasz w 3 minuty",
        ],
        [
            "+Ponad cztery tysiące stron ksiąg metrykalnych z XVIII i XIX wieku zostanie zeskanowanych do końca roku.",
            "-Udostępnij: Facebook · X · E-mail",
        ],
        [
            "-Księga chrztów z 1784 roku na stole skanera.",
            "-Fot. Urząd Gminy",
        ],
        [
            "+Skanowanie prowadzą wolontariusze z miejscowego towarzystwa miłośników historii w sali przy bibliotece.",
            "+„Co tydzień ktoś pyta nas o pradziadka z Ameryki”, mówi Wiesława Trzcinkowska, prezeska towarzystwa.",
        ],
        [
            "-Czytaj także: Nowa wystawa starych fotografii w domu kultury",
        ],
        [
            "+Co znajdzie się w sieci",
            "-Reklama",
            "+Księgi chrztów, ślubów i zgonów",
            "+Mapy katastralne wsi",
            "+Kronika szkoły z lat międzywojennych",
        ],
        [
            "+Skany będą dostępne bezpłatnie na stronie gminy i w serwisie genealogicznym.",
        ],
        [
            "-Zapisz się do naszego newslettera i bądź na bieżąco",
            "-Tagi: archiwum, historia, genealogia, Jarzębnik",
        ],
        [
            "+Towarzystwo szuka jeszcze osób, które pomogą przepisywać trudne do odczytania wpisy.",
        ],
        [
            "-Komentarze (4)",
            "-Genealog_Ania: Czekam na to od lat!",
            "-↳ Marek_z_Chicago: Mój prapradziadek był tu chrzczony.",
            "-Stary_mieszkaniec: Szkoda, że tak późno.",
        ],
        [
            "-© 2026 Wydawnictwo Lokalne sp. z o.o.",
            "-Regulamin · Polityka prywatności · Kontakt",
        ],
    ]),
    _page("pl", "pl-blog-szachownicanaparapecie-zadanie", [
        [
            "-Szachownica na parapecie",
            "-Blog o kompozycji szachowej",
            "-Start · Zadania · Rozwiązania · Książki · O mnie",
        ],
        [
            "+Moje pierwsze zadanie z matem w trzech posunięciach trafiło do druku",
        ],
        [
            "-Opublikowano 4 marca 2026 przez Zdzisława",
            "-Czas czytania: 5 min",
        ],
        [
            "+Po trzech latach prób redakcja miesięcznika szachowego przyjęła moje zadanie do działu kompozycji.",
            "-Diagram zadania: białe zaczynają i dają mata w trzech posunięciach.",
        ],
        [
            "-Spis treści",
            "-1. Pomysł na temat",
            "-2. Sprawdzanie komputerem",
        ],
        [
            "+Pomysł wziął się z partii klubowej, w której przeoczyłem cichy ruch wieżą.",
        ],
        [
            "-Wpis sponsorowany",
            "+„Zadanie musi mieć jedno rozwiązanie i ani jednego więcej”, powtarzał mój pierwszy trener.",
        ],
        [
            "+Czego się nauczyłem",
        ],
        [
            "+Każdą pozycję sprawdzam programem",
            "+Usuwam zbędne bierki",
            "+Szukam cichego pierwszego ruchu",
        ],
        [
            "-Mój zbiór stu zadań dla początkujących kupisz w formie PDF w zakładce Sklep.",
        ],
        [
            "+Rozwiązanie opublikowano w kolejnym numerze razem z nazwiskami czytelników, którzy je nadesłali.",
            "+Teraz pracuję nad zadaniem z matem w czterech posunięciach.",
        ],
        [
            "-Udostępnij: Facebook · X · Pinterest",
            "-Zapisz się, aby dostawać nowe zadania e-mailem",
        ],
        [
            "-« Poprzedni wpis: Klasyczne studia Rétiego",
            "-Następny wpis: Jak wysłać zadanie do redakcji »",
        ],
        [
            "-2 komentarze do „Moje pierwsze zadanie w druku”",
            "-Goniec_z_Torunia: Gratulacje! Pierwszy ruch naprawdę cichy.",
            "-↳ Zdzisław: Dziękuję, długo go szukałem.",
            "-Problemista_K: Czy sprawdzałeś duale?",
        ],
        [
            "-Napędzane przez WordPress · Motyw: Neve",
        ],
    ]),
    _page("ru", "ru-portal-glukhoborsk-volk", [
        [
            "-Главная › Новости › Происшествия",
        ],
        [
            "-Глухоборские вести",
            "-Новости · Общество · Спорт · Культура · Объявления",
        ],
        [
            "-Природа и экология",
            "+Волка заметили у околицы деревни под Глухоборском",
        ],
        [
            "-Автор: Мирослава Ковыльченко",
            "-14 марта 2026, 08:40",
            "-Время прочтения: 3 минуты",
        ],
        [
            "+Жители деревни Дубки в четверг утром сняли на телефон волка, который прошёл вдоль огородов к лесу.",
            "-Поделиться: ВКонтакте · Одноклассники · Телеграм",
        ],
        [
            "-Кадр из видео, снятого жительницей деревни.",
            "-Фото: соцсети",
        ],
        [
            "+Охотоведы осмотрели следы и считают, что молодой волк отбился от стаи зимой.",
            "+«Бояться не нужно, но собак на ночь лучше запирать», сказал районный охотовед Аркадий Тетеревятин.",
        ],
        [
            "-Читайте также: В районе открыли сезон весенней охоты",
        ],
        [
            "+Что советуют охотоведы",
            "-Реклама",
            "+Не оставлять скотину без присмотра",
            "+Не ходить в лес поодиночке в сумерках",
            "+Сообщать о следах в охотнадзор",
        ],
        [
            "+По данным охотнадзора, в районе живут около двадцати волков.",
        ],
        [
            "-Подписывайтесь на наш канал в Телеграме, чтобы первыми узнавать новости района",
            "-Теги: волк, природа, Дубки",
        ],
        [
            "+Администрация района обещает отправить в деревню егерей на выходных.",
        ],
        [
            "-Комментарии (6)",
            "-Лесник_Петрович: Волк весной голодный, поэтому и вышел к людям.",
            "-↳ Дачница_Вера: У нас в прошлом году тоже видели.",
            "-Охотник_77: Пусть сначала проверят, не собака ли это.",
        ],
        [
            "-© 2026 МУП «Районная редакция». Все права защищены.",
            "-Политика конфиденциальности · Пользовательское соглашение · Контакты",
        ],
    ]),
    _page("ru", "ru-blog-antennanadsaraem-sorevnovaniya", [
        [
            "-Антенна над сараем",
            "-Заметки радиолюбителя из деревни",
            "-Главная · Соревнования · Антенны · Аппаратура · Обо мне",
        ],
        [
            "+Мои первые сутки в соревнованиях на коротких волнах",
        ],
        [
            "-Опубликовано 2 марта 2026, автор: Евграф",
            "-Читать 6 минут",
        ],
        [
            "+В выходные я впервые отработал полные сутки в международных соревнованиях телеграфом.",
            "-Рабочее место: трансивер, ключ и журнал на ноутбуке.",
        ],
        [
            "-Содержание",
            "-1. Подготовка антенны",
            "-2. Ночная смена",
        ],
        [
            "+За неделю до старта я натянул новый диполь между сараем и старой берёзой.",
        ],
        [
            "-Партнёрский материал",
            "+«В соревнованиях главное — не скорость, а терпение», говорил мне начальник нашей коллективной станции.",
        ],
        [
            "+Что я понял за эти сутки",
        ],
        [
            "+Ночью лучше работать на нижних диапазонах",
            "+Нужен удобный стул",
            "+Термос важнее нового трансивера",
        ],
        [
            "-Собираю антенны на заказ для начинающих — пишите через форму обратной связи.",
        ],
        [
            "+Итог скромный: двести сорок связей и сорок стран.",
            "+В следующем году хочу поставить вертикальную антенну на сорокаметровый диапазон.",
        ],
        [
            "-Поделиться: ВКонтакте · Телеграм · WhatsApp",
            "-Подпишитесь на рассылку, чтобы не пропустить новые записи",
        ],
        [
            "-← Предыдущая запись: Как я делал диполь",
            "-Следующая запись: Ремонт старого ключа →",
        ],
        [
            "-2 комментария к записи «Мои первые сутки в соревнованиях»",
            "-Радист_Саныч: Для первого раза отличный результат!",
            "-↳ Евграф: Спасибо, в следующий раз будет больше.",
            "-Коротковолновик: Какой у вас позывной?",
        ],
        [
            "-Сайт работает на WordPress · Тема: Kadence",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "I sell small suncatchers made from offcuts at the Saturday craft fair in the church hall – come and say hello.":
        "an English stained-glass blog's suncatchers-at-the-craft-fair plug ('I sell small suncatchers made from"
        " offcuts at the Saturday craft fair in the church hall – come and say hello.') is left at the foot",
    "Je propose des balades d'initiation au géocaching pour les familles : infos et tarifs sur la page Animations.":
        "a French geocaching blog's family-walks plug ('Je propose des balades d'initiation au géocaching pour les"
        " familles : infos et tarifs sur la page Animations.') is left at the foot",
    "Bonsai-Rohlinge aus meiner Anzucht verkaufe ich im Frühjahr auf dem Pflanzenflohmarkt im Stadtpark – sprecht mich"
    " einfach an.":
        "a German bonsai blog's plant-flea-market plug ('Bonsai-Rohlinge aus meiner Anzucht verkaufe ich im Frühjahr"
        " auf dem Pflanzenflohmarkt im Stadtpark – sprecht mich einfach an.') is left at the foot",
    "You are commenting as a guest. Your name will be shown next to your comment.":
        "an English commenting-as-a-guest note of a comment form ('You are commenting as a guest. Your name will be"
        " shown next to your comment.') is left at the foot",
    "Kommentar schreiben – bitte beachten Sie unsere Netiquette.":
        "a German write-a-comment prompt with a netiquette reminder ('Kommentar schreiben – bitte beachten Sie unsere"
        " Netiquette.') is left at the foot",
    "Segui la discussione: ricevi una notifica per ogni nuova risposta.":
        "an Italian follow-the-discussion prompt ('Segui la discussione: ricevi una notifica per ogni nuova"
        " risposta.') is left at the foot",
    "Zdjęcie ilustracyjne – nie przedstawia opisywanego miejsca.":
        "a Polish illustrative-photo notice ('Zdjęcie ilustracyjne – nie przedstawia opisywanego miejsca.') is left in"
        " the body",
    "Новость будет дополняться по мере поступления информации.":
        "a Russian story-will-be-updated notice ('Новость будет дополняться по мере поступления информации.') is left"
        " at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-cameandcullet-leaded-wren":
        "the stained-glass blog's wren post keeps its photo caption ('The cut pieces laid out on the cartoon, ready"
        " for leading.') at the end of the first paragraph's block, right after it (1 of 20 noise lines); no article"
        " line is lost",
    "fr-blog-auboutdelacoordonnee-cache-mystere":
        "the geocaching blog's mystery-cache post keeps its photo caption ('Le GPS posé sur la souche, au moment où"
        " tout s'est éclairé.') at the end of the first paragraph's block, right after it (1 of 20 noise lines); no"
        " article line is lost",
    "de-blog-schalenwald-waldkiefer":
        "the bonsai blog's pine post keeps its photo caption ('Die Kiefer vor dem Umtopfen, noch im Holzkasten.') at"
        " the end of the first paragraph's block, right after it, and its shop plug ('Handgetöpferte Bonsaischalen aus"
        " meiner Werkstatt gibt es im Shop – Versand ab April.') alone between the list and the last paragraphs (2 of"
        " 20 noise lines); no article line is lost",
    "it-blog-piumaeseta-ninfa-ottone":
        "the fly-tying blog's nymph post keeps its photo caption ('La ninfa finita, ancora stretta nella morsa.') at"
        " the end of the first paragraph's block, right after it, and its shop plug ('Vendo le mie ninfe in kit da"
        " dieci pezzi: scrivimi dalla pagina Contatti.') alone between the list and the last paragraphs (2 of 20 noise"
        " lines); no article line is lost",
    "pl-blog-szachownicanaparapecie-zadanie":
        "the chess-problem blog's post keeps its diagram caption ('Diagram zadania: białe zaczynają i dają mata w"
        " trzech posunięciach.') at the end of the first paragraph's block, right after it, and its shop plug ('Mój"
        " zbiór stu zadań dla początkujących kupisz w formie PDF w zakładce Sklep.') alone between the list and the"
        " last paragraphs (2 of 20 noise lines); no article line is lost",
    "ru-blog-antennanadsaraem-sorevnovaniya":
        "the amateur-radio blog's contest post keeps its photo caption ('Рабочее место: трансивер, ключ и журнал на"
        " ноутбуке.') at the end of the first paragraph's block, right after it (1 of 20 noise lines); no article line"
        " is lost",
}


test_held_out_137_line, test_held_out_137_line_is_kept, test_held_out_137_page = held_out_tests(
    HELD_OUT_137_LINES, HELD_OUT_137_KEEP, HELD_OUT_137_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
