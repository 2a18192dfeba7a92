"""Held-out set 190: written blind, weighted toward the noise the cleaner exists for, in shapes set 188's docstring does
not name (nor the first paragraphs of sets 185, 186 and 187): scraper, embed and ad markers (an English Flourish graphic
blocked by an ad blocker with an allow-this-site hint "The Flourish graphic is blocked by your ad blocker. Allow this
site to see the interactive chart.", an English Typeform survey whose form no longer accepts responses "Typeform survey
could not be shown – this form is no longer accepting responses.", an English Strava activity visible only to the
athlete's followers "Strava activity embed: this activity is only visible to the athlete's followers.", a French uMap
map that timed out "La carte uMap n'a pas pu être chargée (délai de connexion dépassé).", a German Padlet wall visible
only to signed-in members "Der Padlet-Inhalt ist nur für angemeldete Mitglieder dieser Pinnwand sichtbar.", an Italian
Spotify episode that asks for a browser update "Contenuto di Spotify non caricato: aggiorna il browser per ascoltare
l'episodio.", a Polish Facebook video whose post was deleted or hidden "Nie można wyświetlić filmu z Facebooka – post
został usunięty lub ukryty." and a Russian Telegram post that needs JavaScript switched on "Пост из Telegram не
отображается: включите JavaScript в настройках браузера."); reading-time headers in new wordings (the English
minutes-and-word-count label "5 min read · 1,120 words", a blog's book-emoji label with its tuning tables "📖 An
18-minute read, tuning tables included", the French estimated-reading-time label "Temps de lecture : environ 5 minutes",
the German minutes-first label "5 Min. Lesezeit", the Italian reading-of-five-minutes label "Lettura di 5 minuti", the
Polish you-will-read-the-article-in line "Artykuł przeczytasz w 5 minut" and the Russian reading-time label "Время
чтения: 5 минут"); bylines and self-promotion (an English words-and-pictures credit byline "Words: Ottilie Grayfallow |
Pictures: Lenny Sowerthwaite", an English story-and-photographs byline with the reporter's beat "Story and photographs
by Hesketh Quillerby, rural affairs reporter", a French by-our-special-envoy byline "De notre envoyée spéciale à
Montcrouzel, Bérangère Tilloudet" and a Polish text-and-photos byline "Tekst i zdjęcia: Bożena Cieślikowska", all at the
head, and at the foot an English Tindie monochord-bridges plug "I sell laser-cut monochord bridges on Tindie; they ship
from Leeds within a week.", a German jelly plug pointing to a sister's farm shop and WhatsApp orders "Gläser von meinem
Gelee gibt's im Hofladen meiner Schwester – Bestellungen per WhatsApp.", an Italian Subito.it bog-oak carvings plug with
SDA shipping "Le mie sculture in quercia di torbiera sono in vendita su Subito.it, spedizione con SDA." and a Russian
Avito scarecrows plug with free delivery in town "Готовые пугала продаю на Авито — доставка по городу бесплатно."); blog
and site footers (the English Wix.com builder footer "This site was designed with the Wix.com website builder. Create
your website today.", an English Neocities and Eleventy credit with a webring "Hosted by Neocities · Built with Eleventy
· Webring: previous / next", an English membership line of the Independent Community News Network "A member of the
Independent Community News Network (ICNN)", a French Jimdo credit with log-in and privacy links "Site réalisé avec Jimdo
· Se connecter · Politique de confidentialité", a German Uberspace and Hugo credit with the legal links "Gehostet bei
Uberspace · Gebaut mit Hugo · Impressum · Datenschutzerklärung", the Italian this-blog-is-not-a-newspaper disclaimer
"Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.", a Polish
WordPress and Neve theme credit "Strona działa na WordPressie · Motyw: Neve · Polityka prywatności" and a Russian
link-required-when-reusing line with an age rating "При использовании материалов ссылка на «Глухоборский вестник»
обязательна. 12+"); reader-comment furniture (an English notify-me-of-follow-up-comments checkbox "Notify me of
follow-up comments by email.", an English commenting-using-your-Facebook-account row "You are commenting using your
Facebook account. ( Log Out / Change )", an English save-my-name checkbox of the comment form "Save my name, email, and
website in this browser for the next time I comment.", a French you-must-be-logged-in note "Vous devez être connecté
pour publier un commentaire.", a German show-all-comments link "Alle 23 Kommentare ansehen", an Italian leave-a-comment
and cancel-reply heading run together "Lascia un commento Annulla risposta", a Polish
your-e-mail-address-will-not-be-published note "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone
*" and a Russian expand-the-thread link "Развернуть ветку (4 ответа)"); share rows (a French send-copy-share row
"Envoyer par e-mail · Copier le lien · Partager sur WhatsApp", an Italian share-on row with Telegram "Condividi su:
Telegram · WhatsApp · X" and a Russian share-to-Odnoklassniki row "Поделиться в Одноклассниках · Telegram · WhatsApp");
and notices (an English editor's note on children's changed names "Editor's note: the names of the children in this
story have been changed at their parents' request." and a German updated-at note with the town's confirmation
"Aktualisiert um 14.20 Uhr: Die Stadt hat die Öffnungszeiten inzwischen bestätigt.", both in the body, and a Polish
material-sent-by-the-municipal-office note "Materiał nadesłany przez Urząd Gminy; redakcja nie ingeruje w jego treść."
at the foot); and toward whole scraped news and hobby-blog pages in layouts set 188's docstring does not describe (on
the six portal pages, in eight blocks, the masthead with its tagline and the section menu above the title and the byline
and the date line under it in one block of five at the very top, the title third; the reading time, the lead photo's
caption and its credit at the top of the first paragraph's block, right before it (a block of four); the second
paragraph and the paragraph with the quote in one block of four with an ad label and a sponsored headline between them;
a read-also link and a newsletter prompt alone in a block of two between the quote and the subheading; the subheading
and the three rows with a share row between the first and second rows, inside the list block (a block of five); the two
last paragraphs in one block of three with a follow-us prompt between them; at the foot two blocks, five lines of a
comment thread (a comment count, a comment, the reporter's or the desk's arrowed reply to it, a second reader's comment
and a third reader's arrowed reply to the second) and then a links row and the publisher's copyright line; on the six
blog pages, in eight blocks, the blog name and its tagline above the title and the posted-on-by line under it in one
block of four, the title third; an affiliate-links disclosure and the reading time at the top of the first paragraph's
block and a photo caption after the paragraph (a block of four); the second paragraph and the paragraph with the quote
at the top of a block of three with a related-post link after them; the subheading and the three rows with an affiliate
link between the subheading and the first row, inside the list block (a block of five); the two last paragraphs in one
block of four with a share row between them and the author's sign-off after the second; a plug for the author's wares or
workshops, a subscribe prompt and a filed-under line alone in a block of three; a thread of five lines alone in a block
(a comment, the author's arrowed reply, the first commenter's arrowed answer to it, a second comment left unanswered and
an older-comments link); and at the foot the author's copyright line and a platform-and-theme credit), taken from local
news of fresh kinds (a clapper bridge reset after a flood, a wayside cross re-erected, a slipper bath house reopened for
visits, a cast-iron lamp standard by a church lit again, a mortuary chapel's roof renewed in shingle, a gibbet post kept
by a road as a curiosity) and from blogs about a monochord, a glass harmonica of wine glasses, crab apple jelly, a bog
oak carving, a willow whistle and a scarecrow for the allotment.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 188 but what is named here), held-out set 189 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 188 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 185, 186 and 187, printed with one ast script (/tmp/s190scratch/peek.py,
reading the files of /tmp/wt-s190/tests, the worktree at the brief's commit, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s190); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s190scratch/helpers.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 188's as
printed, with 188 -> 190; /tmp/s190scratch/gen190.py writes this file from scratch files (data190.py with the noise and
keep lines, pages190.py with the pages, doc_parts.py with the docstring and, after the measurement, tables190.py with
the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s190, detached at commit c6b01801a6f735a8519859deb68e81eb64c7e951, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 15:34:27 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c6b01801a6f735a8519859deb68e81eb64c7e951 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 188's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", set 188's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 185, 186 and 187. Its first run printed to the terminal, which the
tool cut in the middle (it showed the start of set 188's first paragraph up into its fourth note and the end, from
inside set 186's first paragraph to the end of set 187's, all allowed parts); the second run went to
/tmp/s190scratch/peek.out (509 lines, all of them allowed parts), of which I paged lines 125 to 380 with ``sed`` (the
rest of set 188's notes, its "Judgement calls", "Contents" and "Baseline", its imports and tail, set 185's first
paragraph and the start of set 186's); nothing else of any set file was printed. (3) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service named there
(Infogram, Buzzsprout, Instagram, Genially, Podigee, Google Maps, Vimeo, Yandex Music, Sketchfab, Bandcamp, Datawrapper,
Dailymotion, Issuu, RaiPlay, SoundCloud, Rutube, Canva, ARD Mediathek, Mapbox, Airtable, Arte.tv) is used for a held-out
marker; the footers use hosts and builders not named there (Wix, Neocities, Eleventy, Jimdo, Uberspace, Hugo, Neve) or
legal lines of other kinds; where a first draft came close to a named shape I changed it (an English correction note,
close to set 186's French correction, became the editor's note on changed names; a German first-in-print note, close to
the first-published notes of sets 187 and 188, became the updated-at note; a Polish co-financing note, named in set 187,
became the material-sent-by-the-office note; keep lines on pupils' comments, tourists' comments, subscribers getting a
calendar and old advertising posters found behind a counter, close to set 188's keep lines, were replaced). The page
reading times, ad labels, share rows, links rows and copyright lines are ordinary page furniture, not held-out lines,
and some of their wordings ("Lesezeit: 3 Minuten", "Czas czytania: 4 minuty", "Tempo di lettura: 6 minuti") are of
common kinds. (4) Every invented name was checked with the ``find_string`` tool (exact string, case-insensitive, over
public GitHub files): Quarrowdene, Grayfallow, Sowerthwaite, Quillerby, Thrupwell, One String Shed, Tindlecote,
Montcrouzel, Tilloudet, Carvagnac, Les Verres de Lison, Wannenbrunn, Wannenbrunner Bote, Pfannschmied, Zwickerhain,
Holzapfelküche, Castelvernazzo, Scozzamara, Scarmigliozzi, La Torba di Aurelio, Brentagni, Wrzosowiczki, Kurier
Wrzosowicki, Cieślikowska, Dachówczyk, Wierzbowe Granie, Глухоборье, Глухоборский вестник, Сусловецкая, Столбовщиков,
Пугальня and the handles Moorland Meg, Gerda_1950 and Badgassen-Kalle gave no hit. Dropped for hits: Parrowby (inside
"Sparrowbyte" and "ArrowBy" identifiers), Brackwater (a place in games and fixtures), Drewfallow (inside a user name),
Kesselbrück (a place in a game), Кривоборье (a real village), Oddicombe (a real beach), Marguenat (a real surname),
Ferraguzzi (a surname), Gontarek (a surname), Bassignac (a real village) and the handle Gino_76 (inside "chargino_76X";
it became the plain "Gino P."). Badgasse (the German bath-lane street name) gave hits as a real, common street name and
is used as such, like Trois-Fontaines and San Rocco. Plain first names and initials of commenters and sign-offs (Tom K.,
Jan P., Gareth W., Priya, Mamie Jeanne, Lucien R., Odile M., Claire, Paul, Moni S., Anke, Holger, Zia Carmela, Sandro
B., Marta, Beppe, Halina, Stasiek, Marek W., Ola, Janusz, Старожил, Ирина К., Виктор П., Валентина, Михалыч and the
like) and the authors' first names (Tamsin, Lison, Wiebke, Aurelio, Zbyszek, Тихон) were not looked up. Real services,
companies and places (Flourish, Typeform, Strava, uMap, Padlet, Spotify, Facebook, Telegram, Tindie, Leeds, WhatsApp,
Subito.it, SDA, Avito, Wix, Neocities, Eleventy, the Independent Community News Network, Jimdo, Uberspace, Hugo,
WordPress, Neve, Kadence, Astra, Twenty Twenty-Four, Blogger, Amazon, Pinterest, Instagram, X, Messenger, VK,
Odnoklassniki, the Environment Agency, Brescia) are named as real pages name them. (5) /tmp/s190scratch/check.py checked
the counts (10 article and 20 noise lines on each page; gen-time counts of categories, languages, categories per
language, places and keep lines were printed from data190.py) and, case-insensitively, that no noise line (the 45 lines
and the 240 page noise lines) is inside any article line, keep line or other noise line, that no line repeats and that
no line has an at-sign. Its first run found 2 such cases: the German portal's ad label "Anzeige" inside the German
held-out comment line (then "Alle 23 Kommentare anzeigen", which became "... ansehen") and the Italian portal's byline
"di Filiberta Scozzamara" inside its photo credit (then "Foto di ...", which became "Foto: Filiberta Scozzamara");
before that run I had already kept the mastheads, blog names and ad labels out of the copyright lines, follow prompts
and links rows (the mastheads carry a tagline, the blog copyright lines name the author, the links rows hold no
"Publicité", "Pubblicità" or "Реклама", the German menu says "Trauer" and the Polish ad label is "Ogłoszenie płatne",
since "Reklama" opens a Polish keep line); its second run found none. gen190.py asserts no line of this file is over 120
columns and none has an at-sign, and a round trip (roundtrip.py: ast.literal_eval of the written lists and page blocks)
gave back the scratch data. (6) The file measured was this one with the three xfail tables empty and without the
Baseline paragraph and notes (6) and (7); it was copied to /tmp/wt-s190/tests and the brief's one shell call was run
once, at 15:39:54 UTC by ``date``. Then /tmp/s190scratch/problems.py (importing the copy in /tmp/wt-s190/tests with
/tmp/wt-s190/src on the path) printed ``_problems`` of every failing case, and the 20 failing cases were entered as
strict xfails (tables190.py). After the measurement only the xfail tables and this docstring (the Baseline paragraph and
these notes) changed; gen190.py rewrote the file from the same data190.py and pages190.py, and roundtrip.py checked that
the lists and pages are unchanged. (7) Clock: started 15:34:27 UTC, measured 15:39:54 UTC, the xfail tables and the
Baseline written by about 15:42 UTC, well inside the brief's 50 minutes (the clock of this machine is what ``date``
printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (visitors' comments in a chapel's book keeping it open, share capital raised for a village shop, follow-up
inspections of a weir, subscribers to a bus pass scheme, the copyright in a 1908 survey map, advertising revenue of a
parish magazine buying hymn books, Reading Borough Council lending street signs, sharing a communal oven between
hamlets, following a building site from a bridge, the copyright of photographs of 1924, bathers once sharing a tub,
subscribers of the local paper visiting a bath first, advertising for a bath on a station sign, following works from a
churchyard, signing up for a bell-tower tour, sharing a street lamp with a neighbouring parish, a conservator's comments
delaying a roof, a 1930s beer advertisement found under a roof tile, subscribers of a district paper collecting money
and a local historian's comments dating a post); none of them is share, subscribe, follow, comment, ad, reading-time or
copyright furniture ("Reading" in the English tail keep line is the town of Reading). Categories: the eight embed lines
are markers (each stands where an embed of the page did not come through; the blocked graphic, the closed form, the
followers-only activity, the timed-out map, the members-only wall, the update-your-browser player, the deleted video and
the JavaScript-needing post are the embed's failure, not notices about the article); the word-count label and the
book-emoji label are reading times (each gives the length in minutes); the words-and-pictures line, the
story-and-photographs line, the French special-envoy line and the Polish text-and-photos line are bylines at the head,
and the Tindie, farm-shop, Subito.it and Avito lines are bylines (self-promotion) at the foot (each sells the author's
wares); the Wix, Neocities, Jimdo, Uberspace and WordPress-Neve credits, the ICNN membership line, the Italian
not-a-newspaper disclaimer and the Russian link-required line are footers (printed on every page of a site, not about
the article); the notify and save-my-name checkboxes, the Facebook-account row, the logged-in note, the show-all link,
the leave-a-comment heading, the e-mail-not-published note and the expand-thread link are comment furniture; the French,
Italian and Russian rows are share rows (the French e-mail and copy-link items belong to the row); the English editor's
note and the German updated-at note are notices in the body (both speak of the article they sit in), and the Polish
material-sent note is a notice at the foot (it speaks of the text's source; not a footer, since it is printed under this
article only). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads with taglines,
menus, bylines, date lines, reading times, captions and credits, ad labels, sponsored headlines, read-also links,
newsletter prompts, share rows, follow prompts, comment counts, comments and replies, links rows, copyright lines, blog
names and taglines, posted-on lines, affiliate disclosures and links, related-post links, sign-offs, plugs, subscribe
prompts, filed-under lines, older-comments links and platform credits) is noise. The list rows (what was done to the
bridge, the cross, the bath house, the lamp, the roof and the post, and what went into the monochord, the glass
harmonica, the jelly, the carving, the whistle and the scarecrow) are short but part of each article, so article; the
share rows are noise though they sit between the first and second list rows of the portals; the ad labels and sponsored
headlines are noise though they sit between the second paragraph and the quote; the follow prompts are noise though they
sit between the two last paragraphs of the portals; the affiliate links name a tool the author used but are shop links,
so noise though they sit between the subheading and the first row of the blogs; the blogs' share rows are noise though
they sit between the two last paragraphs; the blogs' photo captions are noise though they sit right after the first
paragraph; the plugs ("Want one? I make monochords to order – see the Commissions page for prices." and the like) speak
in the author's voice but sell, so noise; the sign-offs ("Happy building, Tamsin" and the like) close the post in the
author's voice but are a signature, so noise; the arrowed replies in the threads are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Russian and notice in English, German and Polish; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: English and German), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-quarrowdene-clapper-bridge (a
packhorse clapper bridge's granite slabs reset after a January flood), en-blog-one-string-shed-monochord (a monochord
with a sliding bridge built from a scaffold board), fr-portail-montcrouzel-croix-de-chemin (a granite wayside cross
knocked down by a tractor, mended and set up again on its base), fr-blog-verres-de-lison-harmonica (a glass harmonica of
twenty second-hand wine glasses tuned with water), de-portal-wannenbrunn-wannenbad (a town slipper bath house with
twelve cabins reopened for guided visits), de-blog-holzapfelkueche-gelee (crab apple jelly set without added pectin),
it-portale-castelvernazzo-lampione (a 1911 cast-iron lamp standard by a church recast, restored and lit again),
it-blog-torba-di-aurelio-gufo (an owl carved from three-thousand-year-old bog oak), pl-portal-wrzosowiczki-kaplica (a
cemetery's mortuary chapel reroofed in larch shingle), pl-blog-wierzbowe-granie-piszczalka (a willow whistle made with
the author's son), ru-portal-gluhoborye-stolb (an oak post by an old road, called the gibbet post, kept as a curiosity
when the road is widened) and ru-blog-pugalnya-tikhona-pugalo (a scarecrow for the allotment from an old coat, sacking
and straw), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit c6b01801a6f735a8519859deb68e81eb64c7e951, measured with ``cd /tmp/wt-s190 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s190/src python -m pytest -q tests/test_clean_held_out_190.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s190 && PYTHONPATH=/tmp/wt-s190/src python
scripts/clean_held_out_report.py --sets 190``, with the xfail tables empty, at 15:39:54 UTC by ``date``): noise lines
removed 37/45 (marker 6/8, reading-time 6/7, byline 4/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the German members-only Padlet line
and the Italian update-your-browser Spotify line), one reading time at the head (the English book-emoji label), one
byline at the head (the English story-and-photographs line), three plugs at the foot (the English Tindie, German
farm-shop and Italian Subito.it lines) and one notice in the body (the English editor's note on changed names); the
English Flourish, Typeform and Strava, French uMap, Polish Facebook and Russian Telegram markers, the other six reading
times, the English words-and-pictures, French special-envoy and Polish text-and-photos bylines at the head, the Russian
Avito plug at the foot, all eight footers, all eight comment lines, every share row, the German updated-at note and the
Polish material-sent note went); keep lines kept 20/20; pages 0/12 clean, 37 of 240 page noise lines left and 0 of 120
article lines lost. Left: on all six portal pages the lead photo's caption in the block right before the first paragraph
(1 each), with on the English page the follow prompt between the two last paragraphs, on the French page the photo
credit "Photo DR" and on the Polish page the ad label "Ogłoszenie płatne" between the second paragraph and the quote (2
each on those three); on the six blog pages the photo caption right after the first paragraph (1 each), on the English,
French, Italian, Polish and Russian blogs also the blog name and its tagline above the title (2 each), on the French
glass-harmonica blog also the sign-off and the plug (5 in all), on the Russian scarecrow blog also the related-post link
after the quote (4 in all), and on the German crab-apple-jelly blog the caption, the affiliate link inside the list
block, the share row between the last paragraphs, the sign-off, the subscribe prompt, the filed-under line and four of
the five thread lines (10, in all; its blog name, tagline, plug and older-comments link went); the English, Italian and
Polish blogs keep 3 each. Lost: no page and no keep line loses an article line. The failing cases are strict xfails;
with them the pytest command on the final file in /tmp/wt-s190 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 125 (developed on sets 187 and 188 beside this set's writing from the same base, c6b0180, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 5d713de, the round
with the lead's mend): one line moved. The English portal's follow prompt naming the page ("Follow the Courier on
Facebook for breaking news", between the two last paragraphs) goes by round 125's reading; the page still keeps its
photo caption, so its xfail stays with its reason reworded. Nothing else moved: every page keeps a photo caption, five
blogs a name and tagline over the title, the German jelly blog half its noise. Noise lines 37 of 45, keep 20 of 20,
pages clean 0 of 12, page noise lines left 37 -> 36 of 240, article lines lost 0 of 120.

Round 126 (development; this set was read in full from this round on): five blogs' names and taglines over the title and
the posted-on line in the page's first block go, and the German jelly blog's affiliate link inside the list block goes;
no article line was lost before or after. The round's three readings: (1) page_blocks._mark_blog_head_over_posted_title
reads a first block of three, the menu and the blog's name the page head took over the tagline, over a block of the
posted-on line, the title and rows the rules took whole (_under_posted_line_with_rows; the title under the posted-on
line may have up to _POSTED_TITLE_MAX_WORDS words): the tagline goes as the page head's and the title, no longer alone
among the byline's rows where _mark_head_caption read it as a caption, stays; and _mark_blog_head_in_posted_title_block
reads the blog's name and tagline over the title and a dated posted-on line, the four in the page's first block (name
and tagline with no digit, no full stop, no finite verb; the title a headline's shape, longer than the name; the post's
prose in the next block's first three lines): name and tagline go. (2) whole_line_noise, "site notice": a blogger's item
with its shop link and nothing after it (a short clause, a colon and a marketplace's address: amzn.to, amazon, ozon.ru,
allegro.pl, ebay, etsy, aliexpress, wildberries), or a marketplace named with the paid link's asterisk closing the line
("dieses Modell bei Amazon*"). (3) page_blocks._extend_down: a subheading (the shape _list_block_end reads) over a shop
link the rules took (_is_heading_over_shop_link, _SHOP_LINK_REASONS, _SHOP_LINK) over a sentence of the article counts
as the article's in the gap under the body, not as the page's chrome, so the rows and last paragraphs under it stay. No
tail or head start moves earlier: every change takes a head line above the title or a shop link inside the list block,
or keeps lines. Other sets: set 178's six blogs lose their tagline by reading (1) (their xfail reasons reworded: 1 of 20
noise lines left, 2 on the German one); no xfail entry of any set is removed (every page touched still keeps its photo
caption). Tests: tests/test_clean.py test_round_126_* (27). All sets (clean_held_out_report.py, before at 41548a8 ->
after): noise lines 7410/8221 -> 7410/8221, keep 3647/3647 -> 3647/3647, pages clean 1249/2158 -> 1249/2158, page noise
lines left 1873 -> 1845 of 44880, paragraphs lost 11 -> 2; no set's kept lines drop and no page's lost paragraphs rise.
SemEval: 0 changed files of 3723. Bench (bench_clean.py against 41548a8): ratio 0.98 (3.522 s best vs 3.599 s; two runs
while the test set ran on the other core gave 1.10 and 1.11, and an in-process timing with and without the round's two
page functions showed no difference). Cleaning test set (the gate command, on the final code): 22946 passed, 1750
xfailed, no XPASS, in 864 s. This set before -> after: noise lines 37/45 -> 37/45 (marker 6/8, reading-time 6/7, byline
4/8, footer 8/8, comments 8/8, share 3/3, notice 2/3, unchanged), keep 20/20 -> 20/20, pages clean 0/12 -> 0/12, page
noise lines left 36 -> 25 of 240, article lines lost 0 -> 0 of 120; the six blog pages' reasons are reworded. Still
missed: the eight lines of _LINE_XFAIL (the Padlet and Spotify placeholders are one service's embeds, left on purpose),
every page's photo caption (no credit, no prompt, no label: left on purpose), the French portal's credit "Photo DR" and
the Polish portal's "Ogłoszenie płatne", the French blog's sign-off and plug, the Russian blog's related-post link, and
the German jelly blog's share row between the last paragraphs, sign-off, subscribe prompt, category line and "Anke
sagt:" thread (the page's tail is never found: no line under the last paragraphs is one a rule knows but the plug, so
the round had no time left to find why).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_190_LINES: list[tuple[str, str, str]] = [
    ('body',
     'The Flourish graphic is blocked by your ad blocker. Allow this site to see the interactive chart.',
     'marker'),
    ('body', 'Typeform survey could not be shown – this form is no longer accepting responses.', 'marker'),
    ('body', "Strava activity embed: this activity is only visible to the athlete's followers.", 'marker'),
    ('body', "La carte uMap n'a pas pu être chargée (délai de connexion dépassé).", 'marker'),
    ('body', 'Der Padlet-Inhalt ist nur für angemeldete Mitglieder dieser Pinnwand sichtbar.', 'marker'),
    ('body', "Contenuto di Spotify non caricato: aggiorna il browser per ascoltare l'episodio.", 'marker'),
    ('body', 'Nie można wyświetlić filmu z Facebooka – post został usunięty lub ukryty.', 'marker'),
    ('body', 'Пост из Telegram не отображается: включите JavaScript в настройках браузера.', 'marker'),
    ('head', '5 min read · 1,120 words', 'reading-time'),
    ('head', '📖 An 18-minute read, tuning tables included', 'reading-time'),
    ('head', 'Temps de lecture : environ 5 minutes', 'reading-time'),
    ('head', '5 Min. Lesezeit', 'reading-time'),
    ('head', 'Lettura di 5 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Время чтения: 5 минут', 'reading-time'),
    ('head', 'Words: Ottilie Grayfallow | Pictures: Lenny Sowerthwaite', 'byline'),
    ('head', 'Story and photographs by Hesketh Quillerby, rural affairs reporter', 'byline'),
    ('head', 'De notre envoyée spéciale à Montcrouzel, Bérangère Tilloudet', 'byline'),
    ('head', 'Tekst i zdjęcia: Bożena Cieślikowska', 'byline'),
    ('tail', 'I sell laser-cut monochord bridges on Tindie; they ship from Leeds within a week.', 'byline'),
    ('tail', "Gläser von meinem Gelee gibt's im Hofladen meiner Schwester – Bestellungen per WhatsApp.", 'byline'),
    ('tail', 'Le mie sculture in quercia di torbiera sono in vendita su Subito.it, spedizione con SDA.', 'byline'),
    ('tail', 'Готовые пугала продаю на Авито — доставка по городу бесплатно.', 'byline'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail', 'Hosted by Neocities · Built with Eleventy · Webring: previous / next', 'footer'),
    ('tail', 'A member of the Independent Community News Network (ICNN)', 'footer'),
    ('tail', 'Site réalisé avec Jimdo · Se connecter · Politique de confidentialité', 'footer'),
    ('tail', 'Gehostet bei Uberspace · Gebaut mit Hugo · Impressum · Datenschutzerklärung', 'footer'),
    ('tail',
     'Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.',
     'footer'),
    ('tail', 'Strona działa na WordPressie · Motyw: Neve · Polityka prywatności', 'footer'),
    ('tail', 'При использовании материалов ссылка на «Глухоборский вестник» обязательна. 12+', 'footer'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'You are commenting using your Facebook account. ( Log Out / Change )', 'comments'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Vous devez être connecté pour publier un commentaire.', 'comments'),
    ('tail', 'Alle 23 Kommentare ansehen', 'comments'),
    ('tail', 'Lascia un commento Annulla risposta', 'comments'),
    ('tail', 'Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *', 'comments'),
    ('tail', 'Развернуть ветку (4 ответа)', 'comments'),
    ('tail', 'Envoyer par e-mail · Copier le lien · Partager sur WhatsApp', 'share'),
    ('tail', 'Condividi su: Telegram · WhatsApp · X', 'share'),
    ('tail', 'Поделиться в Одноклассниках · Telegram · WhatsApp', 'share'),
    ('body',
     "Editor's note: the names of the children in this story have been changed at their parents' request.",
     'notice'),
    ('body', 'Aktualisiert um 14.20 Uhr: Die Stadt hat die Öffnungszeiten inzwischen bestätigt.', 'notice'),
    ('tail', 'Materiał nadesłany przez Urząd Gminy; redakcja nie ingeruje w jego treść.', 'notice'),
]
HELD_OUT_190_KEEP: list[tuple[str, str]] = [
    ('head', "Comments left in the visitors' book at the chapel persuaded the trustees to keep it open on Sundays."),
    ('body', 'Share capital for the village shop was raised from eighty households in just under a fortnight.'),
    ('tail', 'Follow-up inspections of the weir will take place every spring until the council is satisfied.'),
    ('head', 'Subscribers to the bus pass scheme can now use the Saturday service to reach the market town.'),
    ('tail', 'Copyright in the 1908 survey map passed to the county archive when the estate was broken up.'),
    ('body', 'Advertising revenue from the parish magazine paid for new hymn books this year.'),
    ('tail', 'Reading Borough Council lent the exhibition three of its Victorian street signs.'),
    ('head', 'Partager le four communal entre trois hameaux était une règle ancienne, rappelle le maire.'),
    ('tail', 'Suivre le chantier depuis le pont est devenu le passe-temps des retraités du village.'),
    ('body', "Les droits d'auteur des photographies de 1924 appartiennent toujours à la famille du photographe."),
    ('head', 'Teilen mussten sich die Badegäste früher eine Wanne mit frisch nachgefülltem Wasser.'),
    ('tail', 'Abonnenten der Lokalzeitung konnten im Januar als Erste das renovierte Bad besichtigen.'),
    ('body', 'Werbung für das Bad machte in den fünfziger Jahren ein Schild am Bahnhof.'),
    ('head', "Seguire i lavori dal sagrato è diventato un'abitudine per gli anziani del paese."),
    ('tail', 'Iscriversi alla visita guidata del campanile è gratuito per i residenti fino a fine mese.'),
    ('tail', 'Condividere il lampione con la parrocchia confinante fu una questione discussa per decenni.'),
    ('head', 'Komentarze konserwatora zabytków opóźniły prace przy dachu kaplicy o dwa miesiące.'),
    ('body', 'Reklama piwa z lat trzydziestych odnalazła się pod starą dachówką kaplicy.'),
    ('head', 'Подписчики районной газеты собрали на ремонт столба больше сорока тысяч рублей.'),
    ('tail', 'Комментарии краеведа помогли установить, что столб стоял у этой дороги с 1760-х годов.'),
]
HELD_OUT_190_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-quarrowdene-clapper-bridge', [
        [
            '-Quarrowdene Courier – serving the upper dale since 1887',
            "-News | Sport | What's On | Farming | Obituaries | Contact",
            '+Clapper bridge over the Quarrow is back in place after the winter flood',
            '-By Ottilie Grayfallow, Community Reporter',
            '-Published 14 March 2026, 7:45am',
        ],
        [
            '-3 min read',
            '-Volunteers lever the last slab onto its piers.',
            '-Photo: Lenny Sowerthwaite',
            ('+The clapper bridge that has carried the old packhorse way over the Quarrow for some six hundred years '
             'is whole again after volunteers reset its granite slabs on Saturday.'),
        ],
        [
            '+Three of its five slabs were swept off their piers when the river rose more than two metres in January.',
            '-Advertisement',
            '-Sponsored: Why more dales homeowners are switching to heat pumps',
            ('+Mason Gideon Thrupwell, who led the work, said: "Each slab weighs about two tonnes, so we moved them '
             'an inch at a time."'),
        ],
        [
            '-Read also: Ford closed to traffic as river levels rise',
            "-Get the Courier's morning briefing in your inbox – sign up free",
        ],
        [
            '+How the slabs were put back',
            '+A hired crane lifted each slab from the riverbed.',
            '-Share: Facebook · X · WhatsApp · Email',
            '+The piers were packed with new stone and lime mortar.',
            '+The slabs were set back in their original order.',
        ],
        [
            '+The Environment Agency had warned that a fallen slab could dam the river and flood the lane.',
            '-Follow the Courier on Facebook for breaking news',
            '+The parish council will pay for an iron marker showing the height of the January flood.',
        ],
        [
            '-4 comments',
            '-Moorland Meg: My grandfather helped reset that bridge after the 1950 flood.',
            "-↳ Ottilie Grayfallow (reporter): Meg, we'd love to hear more – could you call the newsroom?",
            '-Tom K.: Well done to everyone who gave up their Saturday.',
            '-↳ Jan P.: Seconded, it looks better than before.',
        ],
        [
            '-About us · Advertise · Terms · Privacy · Contact',
            '-© 2026 Quarrowdene Courier. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-one-string-shed-monochord', [
        [
            '-One String Shed',
            '-Slow builds, strange instruments and sawdust',
            '+Building a monochord from a scaffold board',
            '-Posted on 9 March 2026 by Tamsin',
        ],
        [
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            '-Reading time: 9 minutes',
            ('+I have wanted a monochord ever since I read about Pythagoras measuring intervals with a single string '
             'and a sliding bridge.'),
            '-The scaffold board after planing, with the bridge positions pencilled in.',
        ],
        [
            '+The body is a hollow box made from an old scaffold board, planed down and glued to a thin spruce top.',
            '+My old music teacher\'s advice was simple: "If the string buzzes, the bridge is wrong, not the string."',
            '-Related: How I made a tuning peg reamer from a drill bit',
        ],
        [
            '+What the monochord needed',
            '-The guitar tuning machine I used is this one on Amazon (affiliate link).',
            '+A steel guitar string and a single tuning machine.',
            '+A hardwood bridge that slides along a scale.',
            '+A printed scale marked with the ratios of the harmonic series.',
        ],
        [
            ('+Halving the string gives the octave exactly, and two thirds of it gives a fifth that sounds perfectly '
             'sweet.'),
            '-Pin it · Share on Facebook · Send to a friend',
            '+Next I want to add a second string so I can hear the intervals against a drone.',
            '-Happy building, Tamsin',
        ],
        [
            '-Want one? I make monochords to order – see the Commissions page for prices.',
            '-Get new posts straight to your inbox – subscribe below.',
            '-Filed under: Instruments, Woodwork, Music theory',
        ],
        [
            '-Gareth W. says: Lovely build. What gauge of string did you use?',
            '-↳ Tamsin replied: A plain steel 0.013, Gareth – anything heavier bent the bridge.',
            '-↳ Gareth W. says: Thanks, ordering one today.',
            '-Priya says: My class would love this for a physics lesson.',
            '-← Older comments',
        ],
        [
            '-© 2026 Tamsin Tindlecote',
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-montcrouzel-croix-de-chemin', [
        [
            "-L'Écho de Montcrouzel – le journal du canton",
            '-Actualités | Communes | Sports | Agenda | Avis de décès',
            '+La croix de chemin des Trois-Fontaines retrouve son socle',
            '-Par Bérangère Tilloudet',
            '-Publié le 14/03/2026 à 08h10',
        ],
        [
            '-2 min de lecture',
            '-La croix en granit, remise debout au carrefour.',
            '-Photo DR',
            ('+Renversée par un tracteur il y a deux ans, la croix de chemin du carrefour des Trois-Fontaines a été '
             'redressée samedi matin.'),
        ],
        [
            '+Le fût de granit, brisé en deux morceaux, a été recollé par un tailleur de pierre de la vallée.',
            '-Publicité',
            "-Contenu sponsorisé : les cuisines équipées à prix d'usine",
            ('+Le maire rappelle : « Cette croix marquait la limite de la paroisse depuis 1783, il fallait la '
             'remettre. »'),
        ],
        [
            '-À lire aussi : Le lavoir du bourg sera restauré cet été',
            "-Recevez chaque matin notre lettre d'information gratuite",
        ],
        [
            '+Les étapes du chantier',
            "+Le socle a été refait avec les pierres d'origine.",
            '-Partager : Facebook · X · WhatsApp',
            '+Les deux morceaux du fût ont été assemblés par un goujon en inox.',
            '+La croix a été bénie par le curé de la paroisse.',
        ],
        [
            "+Une trentaine d'habitants ont assisté à la pose, malgré la pluie.",
            '-Suivez-nous sur Facebook et Instagram',
            "+Un panneau racontant l'histoire de la croix sera installé au printemps.",
        ],
        [
            '-3 commentaires',
            '-Mamie Jeanne : Enfin ! On passait devant tous les dimanches.',
            '-↳ La rédaction : Merci Jeanne, le panneau devrait vous plaire.',
            '-Lucien R. : Et qui paiera si le tracteur recommence ?',
            '-↳ Odile M. : Le propriétaire du tracteur a déjà payé, Lucien.',
        ],
        [
            '-Mentions légales · Contact · Annonceurs · CGU',
            "-© 2026 L'Écho de Montcrouzel – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-verres-de-lison-harmonica', [
        [
            '-Les Verres de Lison',
            '-Musique, verre et bricolage du dimanche',
            '+Mon harmonica de verre, version verres à vin',
            '-Publié le 10 mars 2026 par Lison',
        ],
        [
            '-Cet article contient des liens affiliés.',
            '-Temps de lecture : 8 min',
            ("+Depuis que j'ai entendu un concert de verrillon à la foire, je rêvais de fabriquer mon propre "
             'instrument de verre.'),
            '-Les vingt verres alignés du plus grand au plus petit.',
        ],
        [
            ("+Faute de pouvoir souffler des bols comme Franklin, j'ai récupéré vingt verres à pied dans les "
             'brocantes du coin.'),
            "+Un vieux musicien m'a confié : « Le verre chante seulement si tes doigts sont parfaitement propres. »",
            '-À lire aussi sur le blog : un xylophone en bouteilles',
        ],
        [
            '+Le matériel',
            "-L'accordeur que j'utilise est celui-ci sur Amazon (lien affilié).",
            '+Vingt verres à pied de tailles différentes.',
            '+Une planche de chêne percée de vingt trous.',
            "+De l'eau et un accordeur électronique.",
        ],
        [
            "+Il m'a fallu deux soirées pour accorder chaque verre en ajoutant l'eau à la cuillère.",
            '-Épingler sur Pinterest · Partager sur Facebook',
            "+Je joue déjà Au clair de la lune, et mes voisins n'ont pas encore protesté.",
            '-À bientôt, Lison',
        ],
        [
            "-Je donne des ateliers de verrillon pour les enfants : toutes les dates sont dans l'onglet Ateliers.",
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail.',
            '-Classé dans : Instruments, Récup',
        ],
        [
            "-Claire dit : Magnifique ! Tu mets du vinaigre dans l'eau ?",
            "-↳ Lison a répondu : Non Claire, juste de l'eau du robinet.",
            '-↳ Claire dit : Merci, je vais essayer.',
            '-Paul dit : Le son doit être incroyable dans une église.',
            '-← Commentaires plus anciens',
        ],
        [
            '-© 2026 Lison Carvagnac',
            '-Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-wannenbrunn-wannenbad', [
        [
            '-Wannenbrunner Bote – Heimatzeitung für das obere Tal',
            '-Lokales | Region | Sport | Kultur | Trauer',
            '+Altes Wannenbad an der Badgasse öffnet wieder für Besucher',
            '-Von Hiltrud Pfannschmied',
            '-14.03.2026, 09:30 Uhr',
        ],
        [
            '-Lesezeit: 3 Minuten',
            '-Die restaurierten Badekabinen mit ihren Emaillewannen.',
            '-Foto: Hiltrud Pfannschmied',
            ('+Das städtische Wannenbad an der Badgasse, in dem sich bis 1972 Hunderte Familien ohne eigenes Bad '
             'wuschen, ist nach drei Jahren Sanierung wieder zugänglich.'),
        ],
        [
            '+Zwölf Kabinen mit gusseisernen Wannen und den alten Nummernschildern sind erhalten geblieben.',
            '-Anzeige',
            '-Gesponsert: So sparen Hausbesitzer jetzt bei der Heizung',
            ('+Die frühere Bademeisterin Elfriede Zwickerhain erinnert sich: „Samstags standen die Leute bis auf die '
             'Straße an.“'),
        ],
        [
            '-Lesen Sie auch: Freibad-Saison beginnt eine Woche früher',
            '-Jetzt den kostenlosen Newsletter des Boten abonnieren',
        ],
        [
            '+Was saniert wurde',
            '+Die Kabinenwände aus Holz wurden neu gestrichen.',
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Der Kohleofen für das Badewasser wurde gereinigt.',
            '+Die Fliesen im Flur wurden nach altem Muster ergänzt.',
        ],
        [
            '+Das Bad ist künftig jeden ersten Sonntag im Monat bei Führungen zu sehen.',
            '-Folgen Sie uns auf Instagram und Facebook',
            '+Baden darf man in den alten Wannen allerdings nicht mehr.',
        ],
        [
            '-5 Kommentare',
            '-Gerda_1950: Da war ich als Kind jeden Samstag, mit Kernseife und Handtuch.',
            '-↳ Hiltrud Pfannschmied (Redaktion): Danke, Gerda! Haben Sie noch Fotos von damals?',
            '-Badgassen-Kalle: Schade, dass man nicht mehr baden darf.',
            '-↳ Moni S.: Kalle, das Wasser wäre eh kalt.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Mediadaten',
            '-© 2026 Wannenbrunner Bote GmbH',
        ],
    ]),
    _page('de', 'de-blog-holzapfelkueche-gelee', [
        [
            '-Holzapfelküche',
            '-Einmachen, Einkochen, Wildobst',
            '+Holzapfelgelee aus dem Knick hinterm Haus',
            '-Veröffentlicht am 8. März 2026 von Wiebke',
        ],
        [
            '-Werbung: Dieser Beitrag enthält Affiliate-Links.',
            '-Lesezeit: ca. 7 Min.',
            ('+Am Knick hinter unserem Haus steht ein alter Holzapfelbaum, dessen kleine, harte Äpfel roh kaum jemand '
             'essen mag.'),
            '-Die Holzäpfel im Korb, frisch vom Baum.',
        ],
        [
            '+Gekocht geben sie aber so viel Pektin ab, dass das Gelee ganz ohne Geliermittel fest wird.',
            '+Meine Oma sagte immer: „Der Saft muss durchs Tuch tropfen, nie drücken, sonst wird das Gelee trüb.“',
            '-Passend dazu: Mein Rezept für Schlehenlikör',
        ],
        [
            '+Was du brauchst',
            '-Mein Geleebeutel: dieses Modell bei Amazon*',
            '+Zwei Kilo Holzäpfel, grob geviertelt.',
            '+Ein Liter Wasser und ein sauberes Baumwolltuch.',
            '+Auf jeden Liter Saft 750 Gramm Zucker.',
        ],
        [
            '+Nach einer Nacht im Tuch hatte ich gut einen Liter klaren, rosafarbenen Saft.',
            '-Teile das Rezept: Pinterest · Facebook · WhatsApp',
            '+Acht Gläser sind es geworden, und das Gelee ist fest genug, um es zu schneiden.',
            '-Liebe Grüße, eure Wiebke',
        ],
        [
            '-Meine Etiketten für Einmachgläser gibt es als Download in meinem Shop.',
            '-Keinen Beitrag mehr verpassen? Trag dich für meinen Newsletter ein.',
            '-Kategorie: Einkochen · Wildobst · Rezepte',
        ],
        [
            '-Anke sagt: Wie lange hast du den Saft gekocht?',
            '-↳ Wiebke antwortete: Etwa zwanzig Minuten, bis die Gelierprobe klappte.',
            '-↳ Anke sagt: Danke, dann probiere ich es am Wochenende.',
            '-Holger sagt: Geht das auch mit Zieräpfeln?',
            '-← Ältere Kommentare',
        ],
        [
            '-© 2026 Wiebke – alle Rechte vorbehalten',
            '-Mit Liebe gemacht mit WordPress und Kadence',
        ],
    ]),
    _page('it', 'it-portale-castelvernazzo-lampione', [
        [
            '-La Voce di Castelvernazzo – quotidiano online della valle',
            '-Cronaca | Politica | Sport | Eventi | Necrologi',
            '+Torna a illuminare il sagrato il lampione in ghisa della chiesa di San Rocco',
            '-di Filiberta Scozzamara',
            '-14 marzo 2026 · 08:15',
        ],
        [
            '-Lettura: 2 min',
            '-Il lampione restaurato accanto al portale della chiesa.',
            '-Foto: Filiberta Scozzamara',
            ('+Il lampione in ghisa che dal 1911 rischiarava il sagrato della chiesa di San Rocco è stato rimesso in '
             'piedi e riacceso venerdì sera.'),
        ],
        [
            '+Il palo, corroso alla base, era stato rimosso due anni fa dopo che un furgone lo aveva urtato.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: le offerte di primavera per la tua casa',
            ('+Il sacrestano Ubaldo Scarmigliozzi racconta: «Da bambino accendevo io la fiammella, salendo su una '
             'scala di legno.»'),
        ],
        [
            '-Leggi anche: Il campanile riapre ai visitatori a Pasqua',
            '-Iscriviti alla newsletter della Voce: ogni mattina le notizie del paese',
        ],
        [
            '+Come è stato restaurato',
            '+La base è stata rifusa in una fonderia di Brescia.',
            '-Condividi: Facebook · X · WhatsApp',
            '+La lanterna è stata ripulita e dotata di una lampada a LED.',
            '+Il palo è stato verniciato nel verde scuro originale.',
        ],
        [
            '+La spesa, circa dodicimila euro, è stata divisa tra il comune e la parrocchia.',
            '-Seguici su Facebook e Instagram',
            '+Il parroco ha promesso che il lampione resterà acceso tutte le notti.',
        ],
        [
            '-6 commenti',
            '-Zia Carmela: Finalmente! La piazza era buia senza.',
            '-↳ Filiberta Scozzamara: Grazie Carmela, sabato ci sarà una festa.',
            '-Gino P.: Dodicimila euro per un lampione?',
            '-↳ Sandro B.: Gino, è un pezzo di storia, vale la spesa.',
        ],
        [
            '-Chi siamo · Contatti · Redazione · Privacy',
            '-© 2026 La Voce di Castelvernazzo',
        ],
    ]),
    _page('it', 'it-blog-torba-di-aurelio-gufo', [
        [
            '-La Torba di Aurelio',
            '-Intagli, legni antichi e trucioli',
            '+Intagliare un gufo nella quercia di torbiera',
            '-Pubblicato il 7 marzo 2026 da Aurelio',
        ],
        [
            '-Questo articolo contiene link di affiliazione.',
            '-Tempo di lettura: 6 minuti',
            ('+Un amico che lavora in una cava di torba mi ha regalato un pezzo di quercia rimasto sepolto nel fango '
             'per almeno tremila anni.'),
            '-Il blocco di quercia nera appena tagliato.',
        ],
        [
            "+Il legno è nero come l'ebano e duro come la pietra, ma si spacca facilmente se si asciuga in fretta.",
            ('+Il vecchio intagliatore da cui ho imparato diceva: «Con il legno di torbiera non si ha fretta: decide '
             'lui quando è pronto.»'),
            '-Potrebbe interessarti anche: Come affilare le sgorbie',
        ],
        [
            '+Gli attrezzi che ho usato',
            '-Le sgorbie che uso sono queste su Amazon (link affiliato).',
            '+Una sgorbia a cucchiaio da otto millimetri.',
            '+Un coltello da intaglio con la lama corta.',
            '+Carta abrasiva fino alla grana milleduecento.',
        ],
        [
            '+Ho lasciato asciugare il blocco per un anno intero, avvolto nella carta di giornale.',
            '-Condividi su Facebook · Pinterest · WhatsApp',
            "+Il gufo finito è alto dodici centimetri ed è lucidato solo con cera d'api.",
            '-Buoni intagli, Aurelio',
        ],
        [
            '-Se vuoi un gufo come questo, scrivimi dalla pagina Contatti: lavoro su commissione.',
            '-Iscriviti per ricevere i nuovi articoli via e-mail.',
            '-Archiviato in: Intaglio, Legni antichi',
        ],
        [
            '-Marta scrive: Che meraviglia, quanto tempo ci hai messo?',
            '-↳ Aurelio risponde: Circa quaranta ore, Marta, quasi tutte di finitura.',
            '-↳ Marta scrive: Pazienza infinita, complimenti.',
            '-Beppe scrive: Dove si trova la quercia di torbiera in Italia?',
            '-← Commenti meno recenti',
        ],
        [
            '-© 2026 Aurelio Brentagni',
            '-Creato con Blogger · Tema Filigrana',
        ],
    ]),
    _page('pl', 'pl-portal-wrzosowiczki-kaplica', [
        [
            '-Kurier Wrzosowicki – gazeta gminy od 1994 roku',
            '-Wiadomości | Gmina | Sport | Kultura | Nekrologi',
            '+Kaplica cmentarna we Wrzosowiczkach ma nowy dach',
            '-Autor: Bożena Cieślikowska',
            '-14.03.2026, 07:50',
        ],
        [
            '-2 min czytania',
            '-Dekarze przy pracy na dachu kaplicy.',
            '-Fot. Bożena Cieślikowska',
            ('+Kaplica przedpogrzebowa na cmentarzu parafialnym we Wrzosowiczkach dostała nowy dach z gontu, pierwszy '
             'od lat pięćdziesiątych.'),
        ],
        [
            '+Stare pokrycie przeciekało tak bardzo, że podczas deszczu w środku stawiano wiadra.',
            '-Ogłoszenie płatne',
            '-Artykuł sponsorowany: Jak wybrać okna na zimę',
            ('+Dekarz Ambroży Dachówczyk mówi: „Gont kładliśmy ręcznie, deska po desce, tak jak robili to nasi '
             'dziadkowie.”'),
        ],
        [
            '-Przeczytaj także: Nowe ławki przy kościele parafialnym',
            '-Zapisz się do newslettera Kuriera i bądź na bieżąco',
        ],
        [
            '+Co zrobiono przy kaplicy',
            '+Zdjęto starą papę i przegniłe łaty.',
            '-Udostępnij: Facebook · X · Messenger',
            '+Położono nowy gont modrzewiowy.',
            '+Wymieniono rynny i krzyż na szczycie.',
        ],
        [
            '+Remont kosztował sto dwadzieścia tysięcy złotych i w połowie został opłacony ze zbiórki parafian.',
            '-Obserwuj nas na Facebooku',
            '+Poświęcenie odnowionej kaplicy zaplanowano na Wielkanoc.',
        ],
        [
            '-3 komentarze',
            '-Halina: Piękny dach, wreszcie nie będzie kapać na ludzi w środku.',
            '-↳ Redakcja: Dziękujemy, pani Halino.',
            '-Stasiek: A kiedy ogrodzenie cmentarza?',
            '-↳ Marek W.: Stasiek, podobno w przyszłym roku.',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Kurier Wrzosowicki. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-wierzbowe-granie-piszczalka', [
        [
            '-Wierzbowe Granie',
            '-Fujarki, piszczałki i inne dźwięki z lasu',
            '+Jak zrobiłem z synem wierzbową piszczałkę',
            '-Opublikowano 6 marca 2026 przez Zbyszka',
        ],
        [
            '-Wpis zawiera linki afiliacyjne.',
            '-Czas czytania: 4 minuty',
            '+Wiosną, kiedy w wierzbie rusza sok, kora schodzi z gałązki w całości i można z niej zrobić piszczałkę.',
            '-Gałązka wierzby z naciętą korą.',
        ],
        [
            '+Pierwszą piszczałkę zrobił mi dziadek, kiedy miałem siedem lat, i teraz przyszła kolej na mojego syna.',
            '+Dziadek zawsze mówił: „Stukaj w korę lekko, jakbyś budził kogoś, kto śpi.”',
            '-Zobacz też: Fujarka z czarnego bzu krok po kroku',
        ],
        [
            '+Czego potrzebujesz',
            '-Mój nożyk do rzeźbienia znajdziesz tutaj (link afiliacyjny).',
            '+Prostą gałązkę wierzby grubości kciuka.',
            '+Ostry nożyk i trzonek do stukania.',
            '+Trochę wody, żeby zwilżyć korę.',
        ],
        [
            '+Po kilku minutach stukania kora zsunęła się jak rękaw i piszczałka zagrała za pierwszym razem.',
            '-Udostępnij na Facebooku · Pinterest · Wyślij znajomemu',
            '+Syn przez cały wieczór grał na niej sygnały, aż pies schował się pod stół.',
            '-Do usłyszenia, Zbyszek',
        ],
        [
            '-Zestawy do zrobienia piszczałki sprzedaję na jarmarkach – terminy w zakładce Wydarzenia.',
            '-Zapisz się, a powiadomię cię o nowych wpisach.',
            '-Kategorie: Instrumenty, Z dzieckiem, Wiosna',
        ],
        [
            '-Ola pisze: Pamiętam takie piszczałki z dzieciństwa!',
            '-↳ Zbyszek odpowiada: Ola, spróbuj w kwietniu, wtedy kora najlepiej schodzi.',
            '-↳ Ola pisze: Spróbuję z córką, dzięki.',
            '-Janusz pisze: A czy da się to zrobić latem?',
            '-← Starsze komentarze',
        ],
        [
            '-© 2026 Zbyszek – wszelkie prawa zastrzeżone',
            '-Blog na WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-gluhoborye-stolb', [
        [
            '-Глухоборский вестник — районная газета',
            '-Новости | Район | Спорт | Культура | Объявления',
            '+Старый виселичный столб у тракта оставят как диковинку',
            '-Автор: Агриппина Сусловецкая',
            '-14 марта 2026, 08:30',
        ],
        [
            '-2 мин на чтение',
            '-Столб у старого тракта после расчистки.',
            '-Фото: Агриппина Сусловецкая',
            ('+Дубовый столб у старого тракта, который местные жители издавна называют виселичным, решено сохранить '
             'как историческую диковинку.'),
        ],
        [
            '+Дорожники собирались убрать его при расширении обочины, но за столб вступились жители деревни.',
            '-Реклама',
            '-Партнёрский материал: как выбрать теплицу на дачу',
            ('+Краевед Семён Столбовщиков говорит: «Казней здесь, скорее всего, не было, а вот легенд вокруг столба '
             'хватит на целую книгу.»'),
        ],
        [
            '-Читайте также: В районе отремонтируют старый мост через реку',
            '-Подпишитесь на рассылку «Вестника» — главные новости района по утрам',
        ],
        [
            '+Что сделают со столбом',
            '+Столб обработают составом от гнили.',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '+Вокруг поставят невысокую деревянную ограду.',
            '+Рядом установят табличку с историей места.',
        ],
        [
            '+Дорогу в этом месте сдвинут на полтора метра в сторону поля.',
            '-Подписывайтесь на наш канал в Telegram',
            '+Работы планируют закончить к началу летнего сезона.',
        ],
        [
            '-7 комментариев',
            '-Старожил: Нас в детстве этим столбом пугали.',
            '-↳ Агриппина Сусловецкая: Расскажите подробнее, мы соберём истории для таблички.',
            '-Ирина К.: Странная достопримечательность, но пусть стоит.',
            '-↳ Виктор П.: Ирина, это же наша история.',
        ],
        [
            '-О редакции · Контакты · Правила сайта',
            '-© 2026 Глухоборский вестник',
        ],
    ]),
    _page('ru', 'ru-blog-pugalnya-tikhona-pugalo', [
        [
            '-Пугальня Тихона',
            '-Огород, дача и немного чудачества',
            '+Делаю пугало для огорода из старого пальто',
            '-Опубликовано 5 марта 2026, автор: Тихон',
        ],
        [
            '-В записи есть партнёрские ссылки.',
            '-Время на прочтение: 5 минут',
            ('+Каждую весну скворцы выклёвывают у меня всю рассаду гороха, и в этом году я решил поставить настоящее '
             'пугало.'),
            '-Каркас пугала из двух жердей.',
        ],
        [
            '+Каркас я сколотил из двух берёзовых жердей, а голову сделал из мешковины, набитой соломой.',
            ('+Соседка по участку посоветовала: «Повесь ему на руки старые диски, птицы блеска боятся больше, чем '
             'пальто.»'),
            '-Ещё у меня в блоге: Теплица из старых окон',
        ],
        [
            '+Из чего сделано пугало',
            '-Садовый шпагат я брал вот здесь (партнёрская ссылка).',
            '+Две берёзовые жерди и несколько гвоздей.',
            '+Старое драповое пальто и соломенная шляпа.',
            '+Мешковина, солома и пара старых дисков.',
        ],
        [
            '+Уже неделю скворцы облетают грядки стороной, а горох наконец пошёл в рост.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Соседи уже просят сделать такое же пугало и для их участков.',
            '-До встречи на грядках, Тихон',
        ],
        [
            '-Делаю пугала на заказ — пишите в личные сообщения ВКонтакте.',
            '-Подпишитесь на блог, чтобы не пропустить новые записи.',
            '-Рубрика: Огород · Своими руками',
        ],
        [
            '-Валентина пишет: Какое солидное пугало! А шляпу где взяли?',
            '-↳ Тихон отвечает: Валентина, шляпа от деда осталась.',
            '-↳ Валентина пишет: Тогда это пугало с историей!',
            '-Михалыч пишет: У меня вороны пугал не боятся совсем.',
            '-← Предыдущие комментарии',
        ],
        [
            '-© 2026 Тихон, все права защищены',
            '-Сайт работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    '📖 An 18-minute read, tuning tables included':
        "an English book-emoji reading time ('📖 An 18-minute read, tuning tables included') is left at the head",
    'Story and photographs by Hesketh Quillerby, rural affairs reporter':
        ("an English story-and-photographs byline ('Story and photographs by Hesketh Quillerby, rural affairs "
         "reporter') is left at the head"),
    'I sell laser-cut monochord bridges on Tindie; they ship from Leeds within a week.':
        ("an English Tindie plug ('I sell laser-cut monochord bridges on Tindie; they ship from Leeds within a "
         "week.') is left at the foot"),
    "Gläser von meinem Gelee gibt's im Hofladen meiner Schwester – Bestellungen per WhatsApp.":
        ("a German farm-shop jelly plug ('Gläser von meinem Gelee gibt's im Hofladen meiner Schwester – Bestellungen "
         "per WhatsApp.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-quarrowdene-clapper-bridge':
        ("the clapper-bridge story keeps the photo caption ('Volunteers lever the last slab onto its piers.') in the "
         "block right before the first paragraph (1 of 20 noise lines; the follow prompt 'Follow the Courier on "
         "Facebook for breaking news' between the two last paragraphs goes since round 125); no article line is lost"),
    'en-blog-one-string-shed-monochord':
        ("the monochord blog's post keeps the photo caption ('The scaffold board after planing, with the bridge "
         "positions pencilled in.') right after the first paragraph (1 of 20 noise lines) (since round 126 the "
         'blog name and tagline above the title go); no article line is lost'),
    'fr-portail-montcrouzel-croix-de-chemin':
        ("the wayside-cross story keeps the photo caption ('La croix en granit, remise debout au carrefour.') and its "
         "credit ('Photo DR') in the block right before the first paragraph (2 of 20 noise lines); no article line is "
         'lost'),
    'fr-blog-verres-de-lison-harmonica':
        ("the glass-harmonica blog's post keeps the photo caption ('Les vingt verres alignés du plus grand au plus "
         "petit.') right after the first paragraph (1 of 20 noise lines) (since round 126 the blog name and tagline "
         'above the title go; since round 127 the sign-off and the workshops plug go); no article line is lost'),
    'de-portal-wannenbrunn-wannenbad':
        ("the bath-house story keeps the photo caption ('Die restaurierten Badekabinen mit ihren Emaillewannen.') in "
         'the block right before the first paragraph (1 of 20 noise lines); no article line is lost'),
    'de-blog-holzapfelkueche-gelee':
        ("the crab-apple-jelly blog's post keeps the photo caption ('Die Holzäpfel im Korb, frisch vom Baum.') right "
         'after the first paragraph (1 of 20 noise lines; since round 126 the affiliate link goes, since round 127 the'
         ' share row, the sign-off, the subscribe prompt, the filed-under line and the thread go); no article line is '
         'lost'),
    'it-portale-castelvernazzo-lampione':
        ("the lamp-standard story keeps the photo caption ('Il lampione restaurato accanto al portale della chiesa.') "
         'in the block right before the first paragraph (1 of 20 noise lines); no article line is lost'),
    'it-blog-torba-di-aurelio-gufo':
        ("the bog-oak blog's post keeps the photo caption ('Il blocco di quercia nera appena tagliato.') right "
         'after the first paragraph (1 of 20 noise lines) (since round 126 the blog name and tagline above the '
         'title go); no article line is lost'),
    'pl-portal-wrzosowiczki-kaplica':
        ("the chapel-roof story keeps the photo caption ('Dekarze przy pracy na dachu kaplicy.') in the block right "
         "before the first paragraph and the ad label ('Ogłoszenie płatne') between the second paragraph and the "
         'quote (2 of 20 noise lines); no article line is lost'),
    'pl-blog-wierzbowe-granie-piszczalka':
        ("the willow-whistle blog's post keeps the photo caption ('Gałązka wierzby z naciętą korą.') right after "
         'the first paragraph (1 of 20 noise lines) (since round 126 the blog name and tagline above the title '
         'go); no article line is lost'),
    'ru-portal-gluhoborye-stolb':
        ("the gibbet-post story keeps the photo caption ('Столб у старого тракта после расчистки.') in the block "
         'right before the first paragraph (1 of 20 noise lines); no article line is lost'),
    'ru-blog-pugalnya-tikhona-pugalo':
        ("the scarecrow blog's post keeps the photo caption ('Каркас пугала из двух жердей.') right after the first "
         'paragraph (1 of 20 noise lines) (since round 126 the blog name and tagline above the title go; since round '
         '127 the related-post link after the quote goes); no article line is lost'),
}


test_held_out_190_line, test_held_out_190_line_is_kept, test_held_out_190_page = held_out_tests(
    HELD_OUT_190_LINES, HELD_OUT_190_KEEP, HELD_OUT_190_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
