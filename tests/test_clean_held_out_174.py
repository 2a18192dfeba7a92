"""Held-out set 174: written blind, weighted toward the noise the cleaner exists for, in shapes set 172's docstring does
not name (nor the first paragraphs of sets 169, 170 and 171): scraper, embed and ad markers (an English Datawrapper
chart that failed to render, with a reload-or-table hint "Datawrapper chart failed to render. Try reloading the page or
view the data as a table.", an English bracketed Calameo flipbook no longer shared publicly "[Embedded Calameo flipbook
– this publication is no longer shared publicly]", an English SoundCloud embed blocked in the reader's country
"SoundCloud embed blocked: this track is not available in your country.", a French uMap map that could not be loaded "La
carte uMap n'a pas pu être chargée. Réessayez dans quelques instants.", a German embedded Genially presentation that is
temporarily unreachable "Eingebettetes Genially: Die Präsentation ist vorübergehend nicht erreichbar.", an Italian
Dailymotion video not available in the reader's region "Il video di Dailymotion non è disponibile nella tua area
geografica.", a Polish Geoportal map whose WMS server does not answer "Mapa z Geoportalu nie wczytała się – serwer WMS
nie odpowiada." and a Russian RUTUBE video hidden by its author's privacy settings "Видео RUTUBE недоступно: ролик скрыт
настройками приватности автора."); reading-time headers in new wordings (the English read-and-word-count row "3 min read
· 612 words", a blog's grab-a-cup-of-tea line with its word count "Grab a cup of tea: this one runs to about 2,400
words, or twelve minutes of reading.", the French minutes-of-reading line "6 minutes de lecture", the German abbreviated
reading-duration line "6 Min. Lesedauer", the Italian read-in line "Leggi in 6 minuti", the Polish minutes-of-reading
line "6 minut czytania" and the Russian imperative read-six-minutes line "Читать 6 минут"); bylines and self-promotion
(an English words-and-photographs byline with a job title "Words and photographs by Ottoline Scrivelthorpe, Chief
Reporter", a French a-report-by byline "Un reportage d'Aurèle Pindeborde", an Italian report-by byline "Servizio di
Tommasina Crivellaro" and a Russian author-of-the-piece byline "Автор материала: Евдокия Пустоцветова", all at the head,
and at the foot an English Gumtree walking-sticks plug "My walking sticks go up on Gumtree whenever I have a few
finished.", an English Shopify card-sets plug with Royal Mail postage "Sets of these cards are on my Shopify store;
orders go out with Royal Mail second class.", a German markt.de footstools plug with Hermes shipping "Fertig bezogene
Fußhocker biete ich auf markt.de an, Abholung oder Versand mit Hermes." and a Polish Allegro pressed-flower-cards plug
with InPost shipping "Gotowe kartki z zasuszonymi kwiatami sprzedaję na Allegro, wysyłka InPostem."); blog and site
footers (an English Krystal hosting row with accessibility and modern-slavery statements "Hosted by Krystal ·
Accessibility statement · Modern slavery statement", an English Ghost credit with its Casper theme and a made-in line
"Published with Ghost · Theme: Casper · Made in Shropshire", an English one-of-the-family-of-titles line with advertise
and jobs links "One of the Mardlecombe Press family of local titles · Advertise with us · Work for us", a French SPIP
credit with legal-notice and contact links "Propulsé par SPIP · Mentions légales · Contact", a German
imprint-and-privacy row with an IONOS hosting credit "Impressum · Datenschutz · Hosting: IONOS SE, Montabaur", an
Italian VAT-number row "Partita IVA 02871450469 · Tutti i diritti riservati · Credits", a Polish Joomla! credit with
privacy and sitemap links "Strona działa na Joomla! · Polityka prywatności · Mapa strony" and a Russian Tilda credit
with a privacy-policy link "Сайт работает на Tilda · Политика конфиденциальности"); reader-comment furniture (an English
removed-by-a-moderator stub "This comment has been removed by a moderator.", the English WordPress awaiting-moderation
note "Your comment is awaiting moderation.", the English WordPress save-my-name checkbox label "Save my name, email, and
website in this browser for the next time I comment.", a French hidden-after-too-many-reports stub "Ce commentaire a été
masqué car il a reçu trop de signalements.", a German comments-are-checked-before-release note "Kommentare werden vor
der Freischaltung von der Redaktion geprüft.", an Italian no-comments-yet prompt "Non ci sono ancora commenti. Scrivi tu
il primo!", a Polish hidden-for-a-low-rating stub with its show link "Komentarz ukryty z powodu niskiej oceny. Pokaż"
and a Russian log-in-with-Gosuslugi-to-comment prompt "Войдите через Госуслуги, чтобы оставить комментарий."); share
rows (an English pass-it-on row with Facebook, X, WhatsApp and copy link "Pass it on – Facebook, X, WhatsApp, copy
link", a German share-now-on row "Jetzt teilen auf WhatsApp, Facebook oder per E-Mail" and an Italian
forward-the-article row with WhatsApp, Telegram, Email and print "Inoltra l'articolo: WhatsApp · Telegram · Email ·
Stampa"); and notices (a French part-of-our-series note "Cet article fait partie de notre série « Patrimoine de nos
villages »." and a Polish also-in-the-print-edition note "Tekst ukazał się także w papierowym wydaniu tygodnika.", both
in the body, and a Russian send-us-your-news note "Есть что рассказать? Присылайте новости в редакцию через форму
обратной связи." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 172's docstring does
not describe (on the six portal pages, in nine blocks, the masthead, a date line and the breadcrumb in one block of
three at the very top, the date in the middle; the reading time, the title and the byline-and-date line in one block of
three, the reading time above the title and the byline under it; the first paragraph at the top of its block with the
lead photo's caption and its credit after it; the second paragraph and the paragraph with the quote in one block with an
ad label and a sponsored headline between them; the subheading and the three rows with a read-also link between the
second and third rows; the two last paragraphs in one block with a share row between them; a newsletter or Telegram
prompt and a follow-us prompt alone in a block of two; at the foot two blocks, five lines of a comment thread (a comment
count, a comment, another reader's arrowed reply, a third reader's comment left unanswered and a load-more-comments link
at the end) and then a links row and the publisher's copyright line; on the six blog pages, in nine blocks, the blog
name, its tagline and the menu in one block of three; the posted-on-date-by-author line and the title in one block of
two, the posted-on line above the title; the reading time and an affiliate-disclosure line at the top of the first
paragraph's block, right before the first paragraph; a photo caption at the top of the block of the second paragraph and
the paragraph with the quote; the subheading and the three rows with an affiliate link between the subheading and the
first row; the two last paragraphs in one block with a you-might-also-like link between them; the author's sign-off, a
plug for the author's wares or services and a share row alone in a block of three; at the foot two blocks, five lines (a
thoughts-on-the-post heading, a comment with the author's arrowed reply and a second comment with another reader's
arrowed reply) and then a subscribe prompt, the author's copyright line and a platform or theme credit), taken from
local news of fresh kinds (a town's swimming baths' mural restored, a library's tool loan shelf opened, a village's
sundial restored, a church's weathervane regilded, a village's lych gate repaired, a canal's lock gates replaced) and
from blogs about making blackberry vinegar, restoring a rocking horse, tatting lace edgings, making pressed-flower
cards, carving a walking stick and re-covering a footstool.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 172 but what is named here), held-out set 173 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 172 up to its paragraph "Measured after round 116", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 169, 170 and 171, printed with one ast
script (/tmp/s174scratch/peek.py, reading the files of /tmp/wt-set174/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set174); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s174scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 172's as printed, with 172 -> 174; /tmp/s174scratch/gen174.py writes this file from scratch files (data174.py with
the noise and keep lines, pages174.py with the pages, doc1.txt with the first paragraph, doc2.txt with the next four
and, after the measurement, doc3.txt with the Baseline paragraph and tables174.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s174,
detached at commit 3c1c2459cbd0454cb6a7d2aaefb636c0dd0a16f7, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 08:19:52 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
3c1c2459cbd0454cb6a7d2aaefb636c0dd0a16f7 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) Slip: peek.py printed set 172's tail from the first occurrence of the string
"_LINE_XFAIL", which is inside set 172's own docstring (its Protocol paragraph names the assignment), not at the
assignment; so its output also held the rest of that docstring (with the paragraph "Measured after round 116") and set
172's lists and pages. The first run printed to the terminal, which the tool cut in the middle (what was shown was set
172's docstring up to inside its Slips and notes and, after the cut, the end of set 170's first paragraph and set 171's
first paragraph, all allowed parts); the second run went to /tmp/s174scratch/peek.out, of which I paged lines 125 to 330
with ``sed`` (set 172's docstring from its Slips and notes to its Baseline paragraph and the start of the Protocol
paragraph again, where the tail section began), then ran ``grep -n`` for lines starting with "_LINE_XFAIL",
"_KEEP_XFAIL", "_PAGE_XFAIL", "test_held_out" or "Measured after round" to find the real assignment; that grep printed
one line, the first line of the paragraph "Measured after round 116" (it says the round was developed on sets 169 and
170 beside set 172's writing from base 0102911; nothing of its figures). I then paged only lines 1292 to 1384 (the
tables and the binding line) and 1385 to 1475 (the first paragraphs of sets 169 and 170); lines 331 to 1291 of peek.out
(the rest of set 172's docstring and its lists and pages) were not read. (3) To compare my wordings with the named ones
I grepped /tmp/s174scratch/allowed.txt, a copy of only the allowed lines of peek.out (1 to 561 and 1292 to the end),
case-insensitively for the services, platforms, hosts and key words of my lines (Datawrapper, Calameo, SoundCloud, uMap,
Genially, Dailymotion, Geoportal, RUTUBE, words, "cup of tea", "minutes de lecture", Lesedauer, "Leggi in", "minut
czytania", Читать, "Words and photographs", reportage, Servizio, "Автор материала", Gumtree, Shopify, markt.de, Allegro,
InPost, Krystal, "Modern slavery", Ghost, Casper, "family of", SPIP, IONOS, "Partita IVA", Joomla, Tilda, moderator,
moderation, "Save my name", masqué, Freischaltung, "ancora commenti", ukryty, Госуслуг, "Pass it on", "Jetzt teilen",
Inoltra, série, papierowym, "Есть что рассказать", Impressum, Credits): "words" occurs only in set 172's own "key words"
note, "moderator" only in set 169's Disqus load-failure line and "Credits" only as the plural noun "credits" of the page
descriptions; the other words do not occur. (4) Near misses with shapes already named, noted rather than hidden: the
markers stand for services not named there (Datawrapper, Calameo, SoundCloud, uMap, Genially, Dailymotion, Geoportal,
RUTUBE) with reasons not named (a chart that failed to render, a flipbook no longer shared, a country block, a map that
could not be loaded, a presentation unreachable for now, a regional block, a WMS server not answering, an author's
privacy settings), though the English Calameo line is bracketed like set 170's Vimeo line, the Russian RUTUBE privacy
line is of the kind of set 169's private Vimeo video and the Italian regional block and English country block are of the
kind of restrictions named there (rights holders, workspaces); the reading times are new phrasings, but the French "6
minutes de lecture" and the Polish "6 minut czytania" are close to set 172's Italian "5 min di lettura", the Italian
"Leggi in 6 minuti" to set 169's "Si legge in 4 minuti" and the English blog's grab-a-cup-of-tea line is a blog's
long-read line like set 172's this-post-will-take-you line (it gives a word count, as does the English "3 min read · 612
words"); the bylines (a words-and-photographs credit with a job title, a French a-report-by, an Italian "Servizio di"
and a Russian author-of-the-piece credit) are not named, though the English one is close to set 171's story-and-pictures
byline; the plugs sell on platforms not named (Gumtree, Shopify, markt.de, Allegro), though the German and Polish ones
carry shipping like the plugs of sets 169 to 172; the footers name hosts, CMSs and legal lines not named (Krystal, Ghost
and Casper, SPIP, IONOS, Joomla!, Tilda, an Italian VAT number, a group-of-titles line), though the English
accessibility statement echoes set 170's German accessibility statement, the German Impressum row is a legal row of the
kind of set 171's media-treaty line and the Russian Tilda credit is a site-builder credit like set 169's Polish WebWave
line; of the comment lines the removed-by-a-moderator, hidden-after-reports and hidden-for-a-low-rating stubs are of the
kind of set 169's Polish edited-by-its-author stub, the two WordPress lines (awaiting moderation, save my name) are form
lines like the notify-me label of sets 169 and 170, the German checked-before-release note is of the kind of set 172's
closing-time notes, the Russian Gosuslugi log-in prompt is of the kind of set 169's confirm-your-phone prompt and set
170's Italian log-in prompt, and the Italian no-comments-yet prompt is not named; the share rows use verbs not named
("Pass it on", "Jetzt teilen auf", "Inoltra l'articolo"); the French series note, the Polish print-edition note and the
Russian send-us-your-news note are not named. On the pages the noise is of common kinds (mastheads, date lines,
breadcrumbs, reading times, bylines with dates, captions and credits, ad labels, sponsored headlines, read-also links,
share rows, newsletter, Telegram and follow prompts, comment threads, load-more links, links rows, copyright lines, blog
names, taglines, menus, posted-on lines, affiliate disclosures and links, photo captions, you-might-also-like links,
sign-offs, plugs, thoughts-on headings, subscribe prompts and platform credits), since the brief asks for new layouts
there; some positions echo earlier layouts (the portals' caption and credit as a pair, as on sets 168, 170 and 172, here
after the first paragraph in its block; the ad label and sponsored headline as a pair, as on sets 169 and 172, here
between the second paragraph and the quote; a read-also link inside the list block, as on set 169's portals between the
first and second rows, here between the second and third; the blogs' affiliate link inside the list block, as on sets
170 to 172, here right after the subheading; the blogs' thread of two comments each with an arrowed reply, as on set
170's blogs; the posted-on line above the title, as set 170's blogs had it in a block of its own, here in the title's
block), while what is new is the rest (on the portals the date line between masthead and breadcrumb, the reading time
above the title in the title's block, the share row between the two last paragraphs, the two prompts alone in a pair, a
thread closed by a load-more link; on the blogs a tagline in the first block, the reading time and affiliate disclosure
at the top of the first paragraph's block, a caption at the top of the second paragraph's block, a you-might-also-like
link between the last paragraphs, the sign-off, plug and share row alone in a block of three, and the subscribe prompt
in the foot block with the copyright and credit). (5) Before the measurement /tmp/s174scratch/check.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and counted the lines; its first run found three: the French ad
label "Publicité" inside my first French keep line ("Publicité lumineuse et enseignes clignotantes seront interdites
dans la rue principale.", which became "Panneaux publicitaires et enseignes clignotantes seront interdits dans la rue
principale."), and the Polish and Russian portals' comment counts "3 komentarze" and "3 комментария" inside the blogs'
thoughts-on headings (the counts became "Komentarze (3)" and "Комментарии (3)"); its second run found nothing. Before
the first run I had already kept the mastheads and blog names out of the credits, prompts and copyright lines and the ad
labels out of the links rows (the Italian links row has "Redazione", not "Pubblicità"). Lines and data were counted by
check.py and a count script (45 noise lines: category, language and place as in Contents; 20 keep lines by language and
place; 12 pages of nine blocks each, with 10 "+" and 20 "-" lines each). /tmp/s174scratch/marks.out printed all 360 page
lines with their block numbers and marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the
subheadings and the list rows, "-" on everything else; no mark was swapped. gen174.py reports lines over 120 characters
and at-signs in the written file, checks that every held-out noise line and keep line is quoted in the docstring and
checks, by parsing the file with ``ast`` (without importing it), that the file's lists, pages and tables equal the
scratch ones. (6) Invented names were checked with the exact-string search over public GitHub files: Cowlingsfold,
Quarrendale, Sprindlecote, Thrupcott, Denise Harbottle, Hedgewhistle, Tansy Merriweather, Vibrenac, Tromplessac,
Vauthelin, L'Écurie de Bois, Chevillonneau, Sonnhäuslingen, Dörrenkötter, Zeigerlein, Brackwedel, Occhi am Küchentisch,
Pratolmo, Brunsacchi, Ersilia Doratini, Petali in Busta, Clelia Paganuzzi, Kwiczołk (for Kwiczołki Górne and Głos
Kwiczołek), Kędzierzawski, Zdzisław Gontarczyk, Laska z Leszczyny, Kozłostrug, Верхнеплотинск, Плотинкин, Ксения
Бережкова, Валина обивка, Обивалова, Scrivelthorpe, Pindeborde, Tommasina Crivellaro, Пустоцветова, Mardlecombe and the
commenters' handles DeepEndDot, Gerry_from_No12, OldBathsFan, brambly_ben, Bricoleur_du_Bocage, Nanou_Vibrenac,
Rémi_du_Foirail, Toto_des_Landes, Dorfkind_62, Uhrmacher_Kurt, Regenmesser_Ulf, Spitzenliesel, Nonna_Ada,
Beppe_Pratolmo, Campanaro63, Marta_dei_Fiori, Sąsiadka_zza_Płotu, Franek_spod_Lasu, Gość_2026, Stefan_z_Gór,
Ola_Wędrowniczka, Рыбак_Семёныч, Лодочник_Юра, Тётя_Зина, Людмила_К and Мастер_Михалыч had no hits. Dropped: Sallowmere
(invented places in several files; the town became Cowlingsfold), Kinsgrove (a name list and identifiers; the reporter
became Bartholomew Quarrendale), Pellinghurst (an invented town in several files; the painter became Walter
Sprindlecote), Brambleworth (company names in files; the blog became The Hedgewhistle Larder), Orlaix (inside Morlaix;
the town became Saint-Vibrenac), Cabassoles (a real place near Vauvenargues; the librarian became Mireille Tromplessac),
Ravonnet (inside identifiers such as extraVOnNet; the blogger became Gaspard Chevillonneau), Quendelbach (a street name;
the village became Sonnhäuslingen), Wasmeyer (inside identifiers; the reporter became Henrike Dörrenkötter), Fiumicelli
(a real surname; the reporter became Ottavia Brunsacchi), Pliszkow (the Polish bird family pliszkowate; the village
became Kwiczołki Górne), Bzdziszewo (a real place), Strugalski and Wiórkiewicz (real surnames; the blogger became Marian
Kozłostrug), Шлюзовск (a real street and adjective; the town became Верхнеплотинск), Затворников (a word in a file; the
engineer became Аркадий Плотинкин), Verrecombe (inside Recombee; the byline became Ottoline Scrivelthorpe), Wyvernside
(inside identifiers; the group became Mardlecombe Press), and the handles SwimmerSue, hedgehopper, Fadenfee (inside
identifiers), Gerald_P, Franek_P and Rémi_B (in name lists or identifiers; replaced by the handles above). First names
alone (Tansy, Maureen T., Gaspard, Josiane, Ilse, Hannelore, Clelia, Rosaria, Marian, Валентина, Валя, Edna, Denise and
the like), the derived forms of checked names (Cowlingsfold Courier, Le Réveil de Vibrenac, Sonnhäuslinger Rundschau, Il
Corriere di Pratolmo, Верхнеплотинский вестник), generic company names (Rundschau Verlag GmbH, Editoriale Pratolmo
S.r.l., Wydawnictwo Głos, Éditions du Réveil), real brands, services, platforms, hosts, themes and bodies (the embed
services, Gumtree, Shopify, Royal Mail, markt.de, Hermes, Allegro, InPost, Krystal, Ghost, Casper, SPIP, IONOS, Joomla!,
Tilda, Госуслуги, WordPress, Blossom Recipe, Astra, OceanWP, Hestia, Sydney, Twenty Twenty-Five, Dzen, Reading Borough
Council) and real saints' and street names (San Biagio, rue Haute) were not checked. (7) ``date`` printed 08:20:05 UTC
after the allowed parts were printed, 08:22:47 before the name checks, 08:23:51 when the noise and keep lines were first
counted, 08:24:40 when the pages were first checked, 08:25:04 after gen174.py first wrote the file and 08:25:25 after
the comparison grep, 08:26:25 at the measurement, 08:26:44 after the problems were printed and 08:27:03 after the tables
were checked. (8) The measurement was run once, in one shell call with the brief's two commands (pytest output to
/tmp/s174scratch/measure.out, report to /tmp/s174scratch/report.out); then /tmp/s174scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s174/tests with /tmp/wt-s174/src on the path)
to /tmp/s174scratch/problems.out: eleven noise lines kept, twelve pages with problems (24 page noise lines left, all of
them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of the
three tables (tables174.py) were written from that output, and /tmp/s174scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise line of
the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed: gen174.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s174.

Judgement calls: the keep lines "Comments made at the planning meeting are to be published in full next week.", "Share
prices at the town's biggest employer fell after the factory announced job cuts.", "Reading Borough Council sent two
officers to advise the parish on the scheme.", "Following the flood, volunteers spent three weekends clearing silt from
the chapel.", "Subscriptions to the allotment society rose to £25 a year at its annual meeting.", "Copyright disputes
over the old photographs delayed the heritage trail by a year.", "Advertising boards along the bypass will be removed by
the end of March.", "Suivre le chantier du pont est devenu une sortie dominicale pour les familles.", "Lectures de
contes et ateliers ont attiré deux cents enfants pendant les vacances.", "Panneaux publicitaires et enseignes
clignotantes seront interdits dans la rue principale.", "Kommentiert hat der Bürgermeister die Entscheidung des
Kreistags bisher nicht.", "Folgen hat der Sturm vor allem für die Obstbauern am Südhang.", "Abonnenten der
Bürgerbus-Karte fahren ab Januar auch am Sonntag kostenlos.", "Condividere l'auto per andare al lavoro è ormai
un'abitudine per trenta famiglie.", "Commenti e proposte dei cittadini saranno raccolti in municipio fino a maggio.",
"Iscritti alla banda musicale, i ragazzi hanno suonato per la prima volta in piazza.", "Udostępnienie boiska szkolnego
mieszkańcom wójt zapowiedział na wiosnę.", "Reklamy na przystankach mają zniknąć po uchwale krajobrazowej.", "Поделиться
урожаем с детским домом решили фермеры из соседнего села." and "Авторские права на фотографии старого вокзала передал
музею внук фотографа." are article sentences: each reports what a planning meeting, a factory's shares, a borough
council, volunteers, an allotment society, a heritage trail, a bypass, families, children, a high street's rules, a
mayor, fruit growers, bus-pass holders, car-sharing families, residents, young band members, a village head, a town's
bus stops, farmers or a photographer's grandson did, said or will do, with the noise-like word as an ordinary noun,
verb, participle or place name of the sentence ("Comments made at the planning meeting" are what residents said at a
meeting, not comment furniture; "Share prices" are a company's shares, not a share row; "Reading" is the town of
Reading, not a reading time; "Following the flood" is a time clause, not a follow prompt; "Subscriptions to the
allotment society" are members' fees, not a newsletter; "Copyright disputes" and "Advertising boards" are the story's
subject, not a copyright footer or an ad label; the French "Suivre", "Lectures" and "publicitaires", the German
"Kommentiert", "Folgen" and "Abonnenten", the Italian "Condividere", "Commenti" and "Iscritti", the Polish
"Udostępnienie" and "Reklamy" and the Russian "Поделиться" and "Авторские права" are families watching a bridge being
built, story readings for children, a ban on lit advertising, a mayor not commenting, what a storm means for growers,
bus-pass holders riding free, car sharing, residents' proposals, band members, a school pitch opened to residents,
posters at bus stops, farmers sharing a harvest and a grandson handing over the rights to photographs; none of them is
comment, share, follow, subscribe, ad, reading-time or copyright furniture). Categories: the Datawrapper, Calameo,
SoundCloud, uMap, Genially, Dailymotion, Geoportal and RUTUBE lines are markers (each stands where an embed of the page
did not come through; the country and region blocks and the WMS server are the embed's failure, not notices about the
article); the read-and-word-count row (the word count belongs to the same header), the grab-a-cup-of-tea line and the
French, German, Italian, Polish and Russian lines are reading times; the words-and-photographs, reportage, Servizio and
Автор материала lines are bylines at the head, and the Gumtree, Shopify, markt.de and Allegro lines are bylines
(self-promotion) at the foot (the postage and shipping belong to the plug); the Krystal, Ghost, family-of-titles, SPIP,
Impressum-and-IONOS, Partita IVA, Joomla! and Tilda lines are footers (the family-of-titles line's advertise and jobs
links are a publisher's standing links, not an ad; the Partita IVA row is the legal line Italian sites must show); the
removed-by-a-moderator stub, the awaiting-moderation note, the save-my-name label, the French hidden stub, the German
checked-before-release note, the Italian no-comments-yet prompt, the Polish low-rating stub and the Russian Gosuslugi
prompt are comment furniture (the save-my-name label mentions email but belongs to the comment form, not to a
newsletter); the English, German and Italian rows are share rows ("Pass it on", "Jetzt teilen auf" and "Inoltra
l'articolo" send the story on, as share rows do); the French series note and the Polish print-edition note are notices
in the body (both speak of the article they sit in), and the Russian send-us-your-news note is a notice at the foot (a
standing call for tips, neither a footer's legal line nor comment furniture). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, date lines, breadcrumbs, reading times, bylines with dates, captions
and credits, ad labels, sponsored headlines, read-also links, share rows, prompts, comment counts, comments and replies,
load-more links, links rows, copyright lines, blog names, taglines, menus, posted-on lines, affiliate disclosures and
links, photo captions, you-might-also-like links, sign-offs, plugs, thoughts-on headings, subscribe prompts and platform
credits) is noise. The list rows (what happens next at the baths, what the vinegar maker learned, how the tool loan
works, what the rocking-horse restorer learned, what changes with the sundial, what the tatter learned, what changes at
the bell tower, what the card maker learned, what changes at the lych gate, what the stick carver learned, what changes
at the lock and what the upholsterer learned) are short but part of each article, so article; the sponsored headlines
under the ad labels are ads, so noise; the captions describe photos, so noise, though they speak of the story's subject;
the affiliate lines name the tool or material the author used but are shop links, so noise; the blogs' plugs after the
sign-off ("Gift bottles of my hedgerow vinegars are in my shop from October." and the like) speak in the author's voice
but sell, so noise; the blogs' taglines ("Jams, cordials and hedgerow jars from a small kitchen" and the like) describe
the blog, not the post, so noise; the portals' title sits between the reading time and the byline in its block and is
article, while the two around it are noise; the blogs' sign-offs ("Happy picking, Tansy" and the like) close the post in
the author's voice but are a signature, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines: English, French, Italian and Russian), body 10 (the eight markers and two
notices), tail 24 (four plugs: two English, a German and a Polish one, eight footers, eight comment lines, three share
rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240
noise lines and 120 article lines: en-portal-cowlingsfold-baths-mural (a town's swimming baths' 1936 dolphin mural freed
from 1970s gloss paint by a conservator), en-blog-hedgewhistle-blackberry-vinegar (towpath blackberries steeped in cider
vinegar and bottled with sugar), fr-portail-vibrenac-outillotheque (a town library's shelf of donated tools that members
can borrow like books), fr-blog-ecuriedebois-cheval-a-bascule (a grandfather's rocking horse found in a farm loft,
glued, stripped and repainted), de-portal-sonnhaeuslingen-sonnenuhr (a village church's sundial with a storm-bent gnomon
realigned and repainted), de-blog-occhiamkuechentisch-spitzenkante (a first tatted lace edging for a handkerchief, made
with two shuttles), it-portale-pratolmo-segnavento (a church's 1887 copper weathervane cockerel regilded with gold leaf
and put back on the bell tower), it-blog-petaliinbusta-biglietti (greeting cards made with violets and forget-me-nots
pressed from a balcony), pl-portal-kwiczolki-brama (a village cemetery's leaning roofed lych gate taken down and rebuilt
with two new oak posts), pl-blog-laskazleszczyny-laska (a first hazel walking stick with a carved badger's head),
ru-portal-verkhneplotinsk-shlyuz (a canal lock's rotten gates replaced with new oak ones) and
ru-blog-valinaobivka-skameechka (a grandmother's footstool re-webbed and re-covered in rose tapestry), each with a
reader comment thread.

Baseline (2026-12-06, cleaner at commit 3c1c2459cbd0454cb6a7d2aaefb636c0dd0a16f7, measured with ``cd /tmp/wt-s174 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s174/src python -m pytest -q tests/test_clean_held_out_174.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s174 && PYTHONPATH=/tmp/wt-s174/src python
scripts/clean_held_out_report.py --sets 174``, with the xfail tables empty, at 08:26:25 UTC by ``date``): noise lines
removed 34/45 (marker 3/8, reading-time 6/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 3/3; the 11 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: five markers in the body (the English Datawrapper and
bracketed Calameo placeholders and the German Genially, Italian Dailymotion and Polish Geoportal placeholders), one
reading time at the head (the English blog's grab-a-cup-of-tea line), two bylines at the head (the French "Un reportage
d'Aurèle Pindeborde" and the Russian "Автор материала: Евдокия Пустоцветова") and three bylines at the foot (the
Gumtree, Shopify and markt.de plugs); the English SoundCloud, French uMap and Russian RUTUBE markers, the other six
reading times, the English words-and-photographs and Italian Servizio bylines, the Polish Allegro plug, all eight
footers, all eight comment lines, every share row and every notice went); keep lines kept 20/20; pages 0/12 clean, 24 of
240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on all six portals the sponsored headline
under its ad label between the second paragraph and the quote (1 each; the labels themselves went); on all six blogs the
photo caption at the top of the second paragraph's block and the author's sign-off and plug in their block after the
last paragraphs (3 each; the share row in that block went). Lost: nothing; no article line of any page and no keep line.
The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s174 gave 54 passed, 23
xfailed, no XPASS.

Measured after round 117 (developed on sets 171 and 172 beside this set's writing from the same base, 3c1c245, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 0dd6200
and after the lead's mend 757010d, the same both times): sixteen page lines moved. Round 117's sponsored headline under
an ad label inside the article's block (clean._is_ad_hook_inside_block, an ad's hook: seniors, pensioners, a trick, a
bonus, money back, "over 50") took all six portals' headlines ("Seven garden tools every gardener over 50 should own",
"Ces retraités ont trouvé l'astuce pour réduire leur facture de chauffage", "Rentner aufgepasst: Diese Regel gilt ab
Januar", "Pensionati, ecco il bonus che in pochi conoscono", "Seniorzy mogą odzyskać pieniądze. Sprawdź jak",
"Пенсионерам напомнили о важной выплате в декабре"): their page entries are removed. Its reading of the writer's offer
under a sign-off (page_blocks._is_writers_offer) took five blogs' pairs ("Happy picking, Tansy" over "Gift bottles of my
hedgerow vinegars are in my shop from October.", "Liebe Grüße, eure Ilse", "Un abbraccio, Clelia", "Do zobaczenia w
lesie, Marian", "До встречи, ваша Валя" over their offers); their reasons are reworded to the caption left. The French
rocking-horse blog's pair ("À bientôt à l'atelier, Gaspard" over "Je restaure aussi vos jouets anciens sur devis, via la
page Contact.": "sur devis" and "la page Contact" are no order, shop or form word of the reading) stays, as do the five
embed placeholders and the eleven lines. Noise lines 34 of 45, keep 20 of 20, pages clean 0 -> 6 of 12, page noise lines
left 24 -> 8 of 240, article lines lost 0 of 120.

Round 118 (development; this set was read in full from this round on): developed on sets 173 and 174 from a146c79.
Fixed, by mechanism: (1) the blog's head, the tagline under the blog's name in the page's first block over a block of
the posted-on line and the title (page_blocks._mark_blog_head_over_posted_title now also reads the title right under the
posted-on line the rules took, _title_under_posted_line: no date, no prose, up to _POSTED_TITLE_MAX_WORDS = 16 words,
longer than the name, a paragraph among the first lines of the next block); all six taglines of set 173 went, the title
and the post's first lines stay. (2) The writer's offer under a sign-off that names the writer, with no pronoun of the
writer's (page_blocks._is_writers_offer: the way to order or book through a form, page or shop after its preposition,
_OFFER_CHANNEL, with an order, a lesson, a booking or a quote, _ORDER_OR_LESSON, _BOOK_OR_QUOTE); the Polish and Russian
pairs of set 173 and the French "sur devis, via la page Contact" pair of set 174 went. (3) The writer's sale or booking
line naming a platform (clean._MY_PLATFORM_PAGE: the English "I sell", "biete" and "делаю" joined round 115's
first-person verbs, "through", "via", "przez", "через" its prepositions, a name with a small letter before its capital
("eBay") or a domain with shipping or collection after it ("markt.de"), collection and Abholung as the seller's offer;
the writer's things with "my" booked, listed, sold or going up on a platform in capitals; clean._IN_MY_PLATFORM_SHOP,
one sentence closing on "are ... in my <Platform> shop"; _SALE_CUE also reads booked, orders, listed, go up, biete, на
заказ): the Facebook Marketplace, Eventbrite, Gumtree, Shopify and markt.de plugs of sets 173 and 174 and set 172's
eBay, Not On The High Street and Avito plugs went. (4) Affiliate marks inside the writer's short sentence
(clean._AFFILIATE_MARK_IN_LINE: the mark in brackets mid-sentence, or a bare label after a dash at its end, with the
writer's first person, one sentence of 16 words at most, no verb of saying); set 173's English, French and Italian links
went, and the affiliate links of sets 167, 171 and 172's English blogs. (5) Small wordings: "Автор материала" (and
статьи, текста, публикации) as a byline's role before a colon or a dash, the French elided "d'" and "Un reportage"
before a name (noise_patterns.ROLE_AND_NAME), and IMPRESS's own description after the comma (whole_line_noise's
press-regulator line). A first version also took "Fancy learning? My beginner's handling booklet is £4 in my Ko-fi
shop." (set 135) and "Bruteier ... verkaufe ich im Frühjahr über markt.de." (set 148), and with them a list row and a
paragraph of their blocks: both were narrowed (one sentence; a domain only with shipping or collection) and nothing is
lost; a third took "Restored tin cars occasionally go up in my Etsy shop." at the line level, and a letter's close over
it with its block (test_round_117_a_letters_close_over_the_offer_stays): the shop line must say the things are in the
shop ("are", "is"), and the close stays. Xfail entries removed: line entries of sets 109 (Gumroad store), 110 and 137
("Автор материала — ..., специальный корреспондент"), 148 ("Автор материала: ..."), 153 ("Автор материала — ...",
Folksy), 158 (Ko-fi shop), 170 (Folksy), 172 (eBay, Not On The High Street, Avito), 173 and 174 (below); page reasons
reworded in sets 167 (en-blog-masonbeemuddle-bee-hotel), 171 (en-blog-tinplateturpentine-toy-car), 172
(en-blog-skilletwick-cast-iron-pan), 173 and 174. All sets' totals before -> after (clean_held_out_report.py, 165 sets):
noise lines removed 6811 -> 6831 of 7501, article lines kept 3327 -> 3327 of 3327, pages clean 1167 -> 1167 of 1966,
page noise lines left 1686 -> 1668 of 41040, paragraphs lost 2 -> 2 (no set's kept lines dropped and no set's lost lines
rose). SemEval: 0 changed files of 3723 (a first version also read "Un article de ..." as a byline and took "Un article
de Conflits", a magazine's credit under two French titles, which test_corpus_articles_lose_only_known_noise[fr] does not
allow: "Un article" was dropped). bench_clean: ratio 1.03 against a146c79 (benchmarks/bench_clean.py --baseline-src, run
while the report ran, on the code before the last narrowing). Tests: the cleaning test set (tests/test_clean.py,
tests/test_clean_held_out_*.py, test_site_batches, test_site_lines, test_noise_trace, test_clean_pages) 21718 passed,
1499 xfailed, no XPASS, and one failure, test_corpus_articles_lose_only_known_noise[fr] ("Un article de Conflits"),
which passes once "Un article" was dropped (rerun with the round 117 and 118 tests and sets 173 and 174). This set
before -> after: noise lines removed 34/45 -> 39/45 (byline 3/8 -> 8/8: the French "Un reportage d'..." and Russian
"Автор материала: ..." head bylines and the Gumtree, Shopify and markt.de plugs; marker 3/8, reading-time 6/7, footer
8/8, comments 8/8, share 3/3, notice 3/3 unchanged), keep 20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines
left 8 -> 6 of 240 (the French rocking-horse blog's sign-off and its "sur devis, via la page Contact" offer went),
article lines lost 0 -> 0. Reason reworded: fr-blog-ecuriedebois-cheval-a-bascule (it keeps its caption only). Still
missed: the five embed placeholders (Datawrapper, Calameo, Genially, Dailymotion, Geoportal; not worked on this round)
and the English grab-a-cup-of-tea reading time with its word count; on the pages the six blogs' photo captions.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_174_LINES: list[tuple[str, str, str]] = [
    ('body', 'Datawrapper chart failed to render. Try reloading the page or view the data as a table.', 'marker'),
    ('body', '[Embedded Calameo flipbook – this publication is no longer shared publicly]', 'marker'),
    ('body', 'SoundCloud embed blocked: this track is not available in your country.', 'marker'),
    ('body', "La carte uMap n'a pas pu être chargée. Réessayez dans quelques instants.", 'marker'),
    ('body', 'Eingebettetes Genially: Die Präsentation ist vorübergehend nicht erreichbar.', 'marker'),
    ('body', 'Il video di Dailymotion non è disponibile nella tua area geografica.', 'marker'),
    ('body', 'Mapa z Geoportalu nie wczytała się – serwer WMS nie odpowiada.', 'marker'),
    ('body', 'Видео RUTUBE недоступно: ролик скрыт настройками приватности автора.', 'marker'),
    ('head', '3 min read · 612 words', 'reading-time'),
    ('head', 'Grab a cup of tea: this one runs to about 2,400 words, or twelve minutes of reading.', 'reading-time'),
    ('head', '6 minutes de lecture', 'reading-time'),
    ('head', '6 Min. Lesedauer', 'reading-time'),
    ('head', 'Leggi in 6 minuti', 'reading-time'),
    ('head', '6 minut czytania', 'reading-time'),
    ('head', 'Читать 6 минут', 'reading-time'),
    ('head', 'Words and photographs by Ottoline Scrivelthorpe, Chief Reporter', 'byline'),
    ('head', "Un reportage d'Aurèle Pindeborde", 'byline'),
    ('head', 'Servizio di Tommasina Crivellaro', 'byline'),
    ('head', 'Автор материала: Евдокия Пустоцветова', 'byline'),
    ('tail', 'My walking sticks go up on Gumtree whenever I have a few finished.', 'byline'),
    ('tail', 'Sets of these cards are on my Shopify store; orders go out with Royal Mail second class.', 'byline'),
    ('tail', 'Fertig bezogene Fußhocker biete ich auf markt.de an, Abholung oder Versand mit Hermes.', 'byline'),
    ('tail', 'Gotowe kartki z zasuszonymi kwiatami sprzedaję na Allegro, wysyłka InPostem.', 'byline'),
    ('tail', 'Hosted by Krystal · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'Published with Ghost · Theme: Casper · Made in Shropshire', 'footer'),
    ('tail', 'One of the Mardlecombe Press family of local titles · Advertise with us · Work for us', 'footer'),
    ('tail', 'Propulsé par SPIP · Mentions légales · Contact', 'footer'),
    ('tail', 'Impressum · Datenschutz · Hosting: IONOS SE, Montabaur', 'footer'),
    ('tail', 'Partita IVA 02871450469 · Tutti i diritti riservati · Credits', 'footer'),
    ('tail', 'Strona działa na Joomla! · Polityka prywatności · Mapa strony', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'This comment has been removed by a moderator.', 'comments'),
    ('tail', 'Your comment is awaiting moderation.', 'comments'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Ce commentaire a été masqué car il a reçu trop de signalements.', 'comments'),
    ('tail', 'Kommentare werden vor der Freischaltung von der Redaktion geprüft.', 'comments'),
    ('tail', 'Non ci sono ancora commenti. Scrivi tu il primo!', 'comments'),
    ('tail', 'Komentarz ukryty z powodu niskiej oceny. Pokaż', 'comments'),
    ('tail', 'Войдите через Госуслуги, чтобы оставить комментарий.', 'comments'),
    ('tail', 'Pass it on – Facebook, X, WhatsApp, copy link', 'share'),
    ('tail', 'Jetzt teilen auf WhatsApp, Facebook oder per E-Mail', 'share'),
    ('tail', "Inoltra l'articolo: WhatsApp · Telegram · Email · Stampa", 'share'),
    ('body', 'Cet article fait partie de notre série « Patrimoine de nos villages ».', 'notice'),
    ('body', 'Tekst ukazał się także w papierowym wydaniu tygodnika.', 'notice'),
    ('tail', 'Есть что рассказать? Присылайте новости в редакцию через форму обратной связи.', 'notice'),
]
HELD_OUT_174_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments made at the planning meeting are to be published in full next week.'),
    ('head', "Share prices at the town's biggest employer fell after the factory announced job cuts."),
    ('head', 'Reading Borough Council sent two officers to advise the parish on the scheme.'),
    ('body', 'Following the flood, volunteers spent three weekends clearing silt from the chapel.'),
    ('body', 'Subscriptions to the allotment society rose to £25 a year at its annual meeting.'),
    ('tail', 'Copyright disputes over the old photographs delayed the heritage trail by a year.'),
    ('tail', 'Advertising boards along the bypass will be removed by the end of March.'),
    ('head', 'Suivre le chantier du pont est devenu une sortie dominicale pour les familles.'),
    ('body', 'Lectures de contes et ateliers ont attiré deux cents enfants pendant les vacances.'),
    ('tail', 'Panneaux publicitaires et enseignes clignotantes seront interdits dans la rue principale.'),
    ('head', 'Kommentiert hat der Bürgermeister die Entscheidung des Kreistags bisher nicht.'),
    ('body', 'Folgen hat der Sturm vor allem für die Obstbauern am Südhang.'),
    ('tail', 'Abonnenten der Bürgerbus-Karte fahren ab Januar auch am Sonntag kostenlos.'),
    ('head', "Condividere l'auto per andare al lavoro è ormai un'abitudine per trenta famiglie."),
    ('tail', 'Commenti e proposte dei cittadini saranno raccolti in municipio fino a maggio.'),
    ('tail', 'Iscritti alla banda musicale, i ragazzi hanno suonato per la prima volta in piazza.'),
    ('head', 'Udostępnienie boiska szkolnego mieszkańcom wójt zapowiedział na wiosnę.'),
    ('tail', 'Reklamy na przystankach mają zniknąć po uchwale krajobrazowej.'),
    ('body', 'Поделиться урожаем с детским домом решили фермеры из соседнего села.'),
    ('tail', 'Авторские права на фотографии старого вокзала передал музею внук фотографа.'),
]
HELD_OUT_174_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-cowlingsfold-baths-mural', [
        [
            '-The Cowlingsfold Courier',
            '-Saturday 5 December 2026',
            '-Home › News › Cowlingsfold',
        ],
        [
            '-2 min read',
            "+Swimming baths' 1930s mural restored after decades under paint",
            '-By Bartholomew Quarrendale · 4 December 2026, 17:05',
        ],
        [
            "+A mural of leaping dolphins that has lined the deep end of Cowlingsfold's swimming baths since 1936 is "
                'on show again after two years of careful work.',
            '-The restored dolphins above the deep end of the pool.',
            '-Photo: Cowlingsfold Town Council',
        ],
        [
            '+The painting was covered with white gloss in the 1970s and only came to light when a leak lifted a '
                'corner of the paint in 2022.',
            '-Advertisement',
            '-Seven garden tools every gardener over 50 should own',
            '+"We peeled back one flake and saw a dolphin\'s eye staring at us," said pool manager Denise Harbottle.',
        ],
        [
            '+What happens next',
            '+The baths close for one day on 14 December so the tiles below the mural can be cleaned.',
            '+Guided tours of the mural will run on the first Sunday of every month.',
            '-Read also: Council confirms lido car park charges',
            '+A plaque naming the 1936 painter, Walter Sprindlecote, will be fixed by the steps.',
        ],
        [
            '+Conservator Edna Thrupcott and two students removed the gloss with scalpels and solvent gels, a few '
                'square inches at a time.',
            '-Share: Facebook · X · WhatsApp · Email',
            '+The £38,000 cost was met by the town council and a lottery heritage grant.',
        ],
        [
            "-Get the Courier's morning briefing in your inbox – sign up free",
            '-Follow us on Facebook for breaking news',
        ],
        [
            '-3 comments',
            '-DeepEndDot: I learned to swim under those dolphins and never knew they were there.',
            '-↳ Gerry_from_No12: Same here, 1958. Lovely to see them back.',
            '-OldBathsFan: Now fix the showers please.',
            '-Load more comments',
        ],
        [
            '-About us · Contact · Advertise · Privacy',
            '-© 2026 Cowlingsfold Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-hedgewhistle-blackberry-vinegar', [
        [
            '-The Hedgewhistle Larder',
            '-Jams, cordials and hedgerow jars from a small kitchen',
            '-Home · Recipes · Preserving · About',
        ],
        [
            '-Posted on 29 September 2026 by Tansy',
            '+Blackberry vinegar, the way my nan made it',
        ],
        [
            '-5 min read',
            '-This post contains affiliate links; I may earn a small commission.',
            '+I picked two pounds of blackberries along the canal towpath last week and, instead of jam, turned them '
                'into a dark, sharp vinegar.',
        ],
        [
            '-The berries soaking in cider vinegar on day two.',
            '+The method is simple: cover the berries with vinegar, leave them for five days, strain, then boil the '
                'liquid with sugar.',
            '+My nan always said, "Never squeeze the bag, or the vinegar goes cloudy," and she was right.',
        ],
        [
            '+What I learned',
            '-I strain mine through these cotton jelly bags (affiliate link).',
            '+Wild berries give a sharper vinegar than the shop ones.',
            '+A pound of sugar to each pint of liquid keeps it for a year.',
            '+Sterilise the bottles in a low oven while the vinegar boils.',
        ],
        [
            '+I poured it into six small bottles, and it is already lovely over pancakes and in hot water for a sore '
                'throat.',
            '-You might also like: Rosehip syrup in one afternoon',
            '+Next year I will try it with a few raspberries mixed in.',
        ],
        [
            '-Happy picking, Tansy',
            '-Gift bottles of my hedgerow vinegars are in my shop from October.',
            '-Share this: Pinterest · Facebook · Email',
        ],
        [
            '-4 thoughts on “Blackberry vinegar”',
            '-Maureen T. says: My gran added a clove or two. Worth a try!',
            '-↳ Tansy says: Ooh, I will in the next batch, thank you.',
            '-brambly_ben says: Does it work with frozen berries?',
            "-↳ Maureen T. says: Yes, I've done it with frozen ones.",
        ],
        [
            '-Subscribe to get new recipes by email',
            '-© Tansy Merriweather 2026',
            '-Theme: Blossom Recipe by Blossom Themes',
        ],
    ]),
    _page('fr', 'fr-portail-vibrenac-outillotheque', [
        [
            '-Le Réveil de Vibrenac',
            '-Samedi 5 décembre 2026',
            '-Accueil › Saint-Vibrenac › Vie locale',
        ],
        [
            '-Temps de lecture : 3 min',
            "+La médiathèque ouvre une étagère d'outils à emprunter",
            '-Par Clémence Vauthelin · le 4 décembre 2026 à 18 h 10',
        ],
        [
            '+Depuis mardi, les abonnés de la médiathèque de Saint-Vibrenac peuvent emprunter une perceuse, une scie '
                'sauteuse ou un escabeau comme ils empruntent un roman.',
            "-L'étagère des outils, au fond de la salle des périodiques.",
            '-Photo C. V.',
        ],
        [
            "+Une quarantaine d'outils, tous donnés par des habitants ou par la quincaillerie de la rue Haute, ont "
                'été vérifiés par un électricien bénévole.',
            '-Publicité',
            "-Ces retraités ont trouvé l'astuce pour réduire leur facture de chauffage",
            '+« On prête bien des livres, pourquoi pas une ponceuse ? », sourit la directrice, Mireille Tromplessac.',
        ],
        [
            '+Comment ça marche',
            '+Le prêt est gratuit pour tous les abonnés, pour une durée de deux semaines.',
            "+Chaque outil est nettoyé et vérifié au retour par l'équipe.",
            "-À lire aussi : Le marché de Noël s'installe place du Foirail",
            "+Les gants et les lunettes de protection sont prêtés avec l'outil.",
        ],
        [
            "+Le projet a coûté 1 800 euros à la commune, surtout pour l'étagère et les étiquettes.",
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "+D'autres médiathèques du canton ont déjà demandé à visiter l'étagère.",
        ],
        [
            "-Recevez chaque matin notre lettre d'information locale, c'est gratuit",
            '-Suivez-nous sur Facebook et Instagram',
        ],
        [
            '-3 commentaires',
            "-Bricoleur_du_Bocage : Super idée, j'ai déjà réservé la ponceuse.",
            "-↳ Nanou_Vibrenac : Moi c'est l'escabeau pour les rideaux !",
            '-Rémi_du_Foirail : Et un taille-haie pour le printemps ?',
            '-Afficher plus de commentaires',
        ],
        [
            '-Mentions légales · Contact · Annonceurs · Cookies',
            '-© 2026 Éditions du Réveil – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-ecuriedebois-cheval-a-bascule', [
        [
            "-L'Écurie de Bois",
            "-Restaurer les jouets d'autrefois, un copeau à la fois",
            '-Accueil · Restaurations · Tutoriels · À propos',
        ],
        [
            '-Publié le 12 octobre 2026 par Gaspard',
            '+Le cheval à bascule de mon grand-père retrouve ses couleurs',
        ],
        [
            '-7 min de lecture',
            '-Certains liens de cet article sont affiliés.',
            '+Ce cheval à bascule dormait depuis quarante ans dans le grenier de la ferme, la crinière mangée par '
                'les souris et une bascule fendue.',
        ],
        [
            '-Le cheval avant restauration, avec sa peinture écaillée.',
            "+J'ai d'abord démonté les bascules, recollé la fente à la colle d'os et remplacé deux chevilles en hêtre.",
            "+Mon grand-père m'avait dit un jour : « Un bon cheval, ça se répare, ça ne se jette pas. »",
        ],
        [
            "+Ce que j'ai appris",
            "-La colle d'os que j'utilise est disponible ici (lien affilié).",
            '+Il faut décaper à la main, jamais au décapeur thermique.',
            "+Une vraie queue de crin tient mieux qu'une queue synthétique.",
            "+Trois couches fines de peinture valent mieux qu'une épaisse.",
        ],
        [
            '+Le cheval a retrouvé sa robe pommelée et une selle de cuir neuve, cousue par une voisine bourrelière.',
            '-À lire aussi : Restaurer une toupie en bois',
            "+Mon petit-fils l'a essayé dimanche et n'a plus voulu en descendre.",
        ],
        [
            "-À bientôt à l'atelier, Gaspard",
            '-Je restaure aussi vos jouets anciens sur devis, via la page Contact.',
            '-Partager sur Pinterest · Facebook · Twitter',
        ],
        [
            '-5 réflexions sur « Le cheval à bascule »',
            "-Josiane : Magnifique travail, il a l'air neuf !",
            "-↳ Gaspard : Merci Josiane, il a surtout l'air content.",
            '-Toto_des_Landes : Quelle peinture avez-vous utilisée ?',
            '-↳ Josiane : Gaspard en parle dans son billet sur les jouets peints.',
        ],
        [
            '-Abonnez-vous pour recevoir les nouveaux billets par e-mail',
            '-© 2026 Gaspard Chevillonneau',
            '-Fièrement propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-sonnhaeuslingen-sonnenuhr', [
        [
            '-Sonnhäuslinger Rundschau',
            '-Samstag, 5. Dezember 2026',
            '-Startseite › Lokales › Sonnhäuslingen',
        ],
        [
            '-Lesezeit: 3 Minuten',
            '+Die Sonnenuhr an der Dorfkirche geht wieder richtig',
            '-Von Henrike Dörrenkötter · 04.12.2026, 16:45 Uhr',
        ],
        [
            '+Nach fast hundert Jahren zeigt die Sonnenuhr an der Südwand der Sonnhäuslinger Dorfkirche wieder die '
                'richtige Zeit an.',
            '-Die restaurierte Sonnenuhr an der Südwand der Kirche.',
            '-Foto: Henrike Dörrenkötter',
        ],
        [
            '+Der eiserne Schattenstab war bei einem Sturm verbogen worden, und das Zifferblatt hatte seine Farbe '
                'fast ganz verloren.',
            '-Anzeige',
            '-Rentner aufgepasst: Diese Regel gilt ab Januar',
            '+„Wir haben den Stab nach dem Breitengrad ausgerichtet, auf ein halbes Grad genau“, sagte Restaurator '
                'Hartwig Zeigerlein.',
        ],
        [
            '+Was sich ändert',
            '+Die Sonnenuhr zeigt nun die wahre Ortszeit, im Sommer eine gute Stunde hinter der Uhr.',
            '+Eine Tafel am Kirchenportal erklärt, wie man sie abliest.',
            '-Lesen Sie auch: Neue Bänke für den Friedhof',
            '+Schulklassen können die Uhr ab dem Frühjahr im Sachunterricht besuchen.',
        ],
        [
            '+Die Arbeiten kosteten 6.500 Euro, die sich der Heimatverein und die Kirchengemeinde teilten.',
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Zur Einweihung am Sonntag kamen rund achtzig Gäste, und die Sonne schien pünktlich.',
        ],
        [
            '-Die wichtigsten Nachrichten aus der Region: Jetzt Newsletter abonnieren',
            '-Folgen Sie uns auf Instagram',
        ],
        [
            '-3 Kommentare',
            '-Dorfkind_62: Endlich! Als Kind habe ich daran die Zeit abgelesen.',
            '-↳ Uhrmacher_Kurt: Sehr saubere Arbeit, Hut ab.',
            '-Regenmesser_Ulf: Und bei Regen?',
            '-Weitere Kommentare laden',
        ],
        [
            '-Impressum · Datenschutz · Mediadaten · Kontakt',
            '-© 2026 Rundschau Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-occhiamkuechentisch-spitzenkante', [
        [
            '-Occhi am Küchentisch',
            '-Schiffchenspitze, Spitzenkanten und andere Fadenspiele',
            '-Start · Anleitungen · Galerie · Über mich',
        ],
        [
            '-Veröffentlicht am 3. November 2026 von Ilse',
            '+Meine erste Spitzenkante in Schiffchenarbeit',
        ],
        [
            '-Lesezeit: etwa 8 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links.',
            '+Seit dem Sommer übe ich Occhi, die alte Schiffchenspitze, und diese Woche ist endlich eine ganze Kante '
                'für ein Taschentuch fertig geworden.',
        ],
        [
            '-Die fertige Kante, noch nicht gespannt.',
            '+Ich habe mit zwei Schiffchen und Häkelgarn der Stärke 40 gearbeitet, Ringe und Bögen immer abwechselnd.',
            '+Meine Lehrerin im Kurs sagte: „Wenn der Ring nicht zugeht, ist der Knoten falsch herum, nicht du.“',
        ],
        [
            '+Was ich gelernt habe',
            '-Meine Schiffchen habe ich hier gekauft (Affiliate-Link).',
            '+Feines Garn verzeiht weniger, sieht aber schöner aus.',
            '+Für gleich große Picots braucht man ein Maßstäbchen.',
            '+Jeden Ring vor dem Schließen zu zählen spart Nerven.',
        ],
        [
            '+Insgesamt stecken etwa zwölf Stunden in den achtzig Zentimetern Spitze.',
            '-Das könnte dich auch interessieren: Häkelblumen für Anfänger',
            '+Als Nächstes nähe ich die Kante an ein Leinentuch für meine Schwester.',
        ],
        [
            '-Liebe Grüße, eure Ilse',
            '-Spitzenkanten fertige ich gern auf Bestellung, Preise auf der Seite „Auftragsarbeiten“.',
            '-Teile diesen Beitrag: Pinterest · Facebook · WhatsApp',
        ],
        [
            '-3 Gedanken zu „Meine erste Spitzenkante“',
            '-Hannelore: Wunderschön! Wie lange hast du geübt?',
            '-↳ Ilse: Danke! Etwa drei Monate, mit vielen Fehlversuchen.',
            '-Spitzenliesel_58: Welches Garn nimmst du?',
            '-↳ Hannelore: Ilse schreibt es im zweiten Absatz.',
        ],
        [
            '-Neue Beiträge per E-Mail erhalten',
            '-© 2026 Ilse Brackwedel',
            '-Mit Stolz präsentiert von WordPress · Theme: OceanWP',
        ],
    ]),
    _page('it', 'it-portale-pratolmo-segnavento', [
        [
            '-Il Corriere di Pratolmo',
            '-Sabato 5 dicembre 2026',
            '-Home › Cronaca › Pratolmo',
        ],
        [
            '-Tempo di lettura: 3 minuti',
            '+Il gallo segnavento del campanile torna a brillare',
            '-di Ottavia Brunsacchi · 4 dicembre 2026, ore 17:20',
        ],
        [
            '+Il gallo segnavento della chiesa di San Biagio è tornato sulla punta del campanile dopo tre mesi di '
                "restauro e una nuova doratura a foglia d'oro.",
            '-Il gallo appena rimontato sulla croce del campanile.',
            '-Foto di Ottavia Brunsacchi',
        ],
        [
            '+Il segnavento, in rame, risale al 1887 e aveva perso quasi tutta la doratura originale, oltre a una '
                'piuma della coda.',
            '-Pubblicità',
            '-Pensionati, ecco il bonus che in pochi conoscono',
            "+«Abbiamo usato oro a ventiquattro carati, come nell'Ottocento», ha spiegato la doratrice Ersilia "
                'Doratini.',
        ],
        [
            '+Cosa cambia',
            '+Il campanile resterà chiuso ai visitatori fino a metà gennaio per smontare il ponteggio.',
            '+Il vecchio perno sarà esposto nella sacrestia.',
            '-Leggi anche: Nuove luci per la piazza del mercato',
            "+Una targa ricorderà le famiglie che hanno pagato l'oro.",
        ],
        [
            '+La spesa, circa 9.000 euro, è stata coperta da una raccolta fondi della parrocchia.',
            '-Condividi: Facebook · X · WhatsApp',
            '+Domenica il parroco benedirà il gallo con una piccola festa sul sagrato.',
        ],
        [
            '-Iscriviti alla newsletter del Corriere',
            '-Seguici su Facebook e Instagram',
        ],
        [
            '-3 commenti',
            '-Nonna_Ada: Finalmente! Lo vedevo spento da anni.',
            "-↳ Beppe_Pratolmo: Di sera, col sole, sembra d'oro vero.",
            '-Campanaro63: E le campane quando?',
            '-Carica altri commenti',
        ],
        [
            '-Chi siamo · Contatti · Redazione · Privacy',
            '-© 2026 Editoriale Pratolmo S.r.l.',
        ],
    ]),
    _page('it', 'it-blog-petaliinbusta-biglietti', [
        [
            '-Petali in Busta',
            '-Fiori pressati, biglietti e piccoli lavori di carta',
            '-Home · Tutorial · Galleria · Chi sono',
        ],
        [
            '-Pubblicato il 20 maggio 2026 da Clelia',
            "+Biglietti d'auguri con i fiori pressati del mio balcone",
        ],
        [
            '-6 minuti per leggere',
            '-Questo articolo contiene link di affiliazione.',
            '+Questa primavera ho pressato le viole e i nontiscordardimé del balcone e ci ho fatto una serie di '
                "biglietti d'auguri.",
        ],
        [
            '-Le viole dopo due settimane nella pressa.',
            '+I fiori vanno raccolti a mezzogiorno, ben asciutti, e lasciati tra carta assorbente e vecchi elenchi '
                'del telefono per due settimane.',
            "+Mia zia diceva sempre: «Il fiore pressato è una lettera che la primavera scrive all'inverno.»",
        ],
        [
            '+Cosa ho imparato',
            '-La pressa che uso è questa (link affiliato).',
            '+I petali sottili si seccano in fretta e non anneriscono.',
            '+La colla va messa con uno stuzzicadenti, a piccoli punti.',
            '+Un foglio di carta velina protegge i fiori nella busta.',
        ],
        [
            "+Alla fine ho preparato diciotto biglietti, tutti diversi, per i compleanni dell'anno.",
            "-Potrebbe interessarti anche: Segnalibri con le foglie d'autunno",
            '+Il prossimo passo sarà provare con le felci del bosco dietro casa.',
        ],
        [
            '-Un abbraccio, Clelia',
            '-I miei biglietti con fiori veri si possono ordinare dalla pagina Negozio del blog.',
            '-Condividi su Pinterest · Facebook · WhatsApp',
        ],
        [
            "-4 pensieri su “Biglietti d'auguri”",
            '-Rosaria: Che delicatezza! Posso usare anche le rose?',
            '-↳ Clelia: Solo i petali singoli, la rosa intera è troppo spessa.',
            '-Marta_dei_Fiori: Bellissimi, li regalerò a Natale.',
            "-↳ Rosaria: Anch'io, ci vediamo al mercatino!",
        ],
        [
            '-Iscriviti per ricevere i nuovi articoli via email',
            '-© 2026 Clelia Paganuzzi',
            '-Creato con WordPress · Tema Hestia',
        ],
    ]),
    _page('pl', 'pl-portal-kwiczolki-brama', [
        [
            '-Głos Kwiczołek',
            '-Sobota, 5 grudnia 2026',
            '-Strona główna › Wiadomości › Kwiczołki Górne',
        ],
        [
            '-Czas czytania: 3 min',
            '+Drewniana brama cmentarna w Kwiczołkach znów stoi prosto',
            '-Autor: Bronisław Kędzierzawski · 4 grudnia 2026, 16:30',
        ],
        [
            '+Kryta brama przy cmentarzu parafialnym w Kwiczołkach Górnych, która od lat przechylała się w stronę '
                'drogi, została rozebrana i złożona na nowo.',
            '-Brama po remoncie, widok od strony drogi.',
            '-Fot. Bronisław Kędzierzawski',
        ],
        [
            '+Cieśle wymienili dwa spróchniałe słupy dębowe i połowę gontów na daszku, zachowując stare kute okucia.',
            '-Reklama',
            '-Seniorzy mogą odzyskać pieniądze. Sprawdź jak',
            '+„Każdą belkę numerowaliśmy kredą, żeby złożyć ją dokładnie tak, jak stała”, powiedział cieśla Zdzisław '
                'Gontarczyk.',
        ],
        [
            '+Co się zmienia',
            '+Brama jest znów otwarta dla pieszych od strony kościoła.',
            '+Kondukty wjeżdżają tymczasowo bocznym wejściem.',
            '-Czytaj także: Nowe lampy na ulicy Kościelnej',
            '+Na wiosnę daszek zostanie zaimpregnowany.',
        ],
        [
            '+Remont kosztował 42 tysiące złotych, z czego połowę dał urząd wojewódzki.',
            '-Udostępnij: Facebook · X · Messenger',
            '+Parafianie podziękowali cieślom podczas niedzielnej mszy.',
        ],
        [
            '-Zapisz się na newsletter i bądź na bieżąco',
            '-Obserwuj nas na Facebooku',
        ],
        [
            '-Komentarze (3)',
            '-Sąsiadka_zza_Płotu: Pięknie wygląda, jak za moich dziadków.',
            '-↳ Franek_spod_Lasu: Szkoda tylko, że tak długo to trwało.',
            '-Gość_2026: A kto zapłacił resztę?',
            '-Pokaż więcej komentarzy',
        ],
        [
            '-O nas · Kontakt · Regulamin · Prywatność',
            '-© 2026 Wydawnictwo Głos Sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-laskazleszczyny-laska', [
        [
            '-Laska z Leszczyny',
            '-Strugam, rzeźbię i chodzę po lesie',
            '-Start · Poradniki · Galeria · O mnie',
        ],
        [
            '-Opublikowano 14 lutego 2026 przez Mariana',
            '+Rzeźbię swoją pierwszą laskę z leszczyny',
        ],
        [
            '-Czas czytania: 7 minut',
            '-Wpis zawiera linki afiliacyjne.',
            '+Prosty kij leszczynowy wyciąłem zimą, za zgodą leśniczego, i przez dwa miesiące suszyłem go w szopie.',
        ],
        [
            '-Kij leszczynowy po zdjęciu kory.',
            '+Korę zdjąłem nożem, zostawiając pierścienie przy sękach, a na główce wyrzeźbiłem głowę borsuka.',
            '+Dziadek mówił: „Dobra laska sama wybiera rękę, ty jej tylko pomagasz.”',
        ],
        [
            '+Czego się nauczyłem',
            '-Mój nóż do rzeźbienia kupiłem tutaj (link afiliacyjny).',
            '+Kij trzeba prostować nad parą, a nie nad ogniem.',
            '+Mosiężna skuwka chroni dół przed pękaniem.',
            '+Olej lniany wciera się cienko, co dwa dni.',
        ],
        [
            '+Laska ma 128 centymetrów i waży niewiele ponad pół kilo.',
            '-Zobacz też: Łyżka z brzozy krok po kroku',
            '+W przyszłym roku spróbuję z tarniny, która ma piękniejsze sęki.',
        ],
        [
            '-Do zobaczenia w lesie, Marian',
            '-Laski na zamówienie robię po wcześniejszym kontakcie przez formularz.',
            '-Udostępnij wpis: Facebook · Pinterest',
        ],
        [
            '-3 komentarze do „Rzeźbię swoją pierwszą laskę”',
            '-Stefan_z_Gór: Borsuk wyszedł świetnie!',
            '-↳ Marian: Dziękuję, trochę się namęczyłem przy uszach.',
            '-Ola_Wędrowniczka: Jak długo schnie taki kij?',
            '-↳ Stefan_z_Gór: U mnie zawsze co najmniej dwa miesiące.',
        ],
        [
            '-Zapisz się, aby dostawać nowe wpisy mailem',
            '-© 2026 Marian Kozłostrug',
            '-Napędzane przez WordPress · Motyw Sydney',
        ],
    ]),
    _page('ru', 'ru-portal-verkhneplotinsk-shlyuz', [
        [
            '-Верхнеплотинский вестник',
            '-Суббота, 5 декабря 2026',
            '-Главная › Новости › Город',
        ],
        [
            '-Время чтения: 3 минуты',
            '+На старом канале заменили ворота шлюза',
            '-Текст: Ксения Бережкова · 4 декабря 2026, 16:10',
        ],
        [
            '+На шлюзе номер три Верхнеплотинского канала установили новые дубовые ворота вместо прогнивших, '
                'простоявших больше полувека.',
            '-Новые ворота шлюза во время испытаний.',
            '-Фото: пресс-служба администрации',
        ],
        [
            '+Старые ворота пропускали воду так сильно, что летом уровень в верхнем бьефе падал почти на полметра.',
            '-Реклама',
            '-Пенсионерам напомнили о важной выплате в декабре',
            '+«Дуб брали из местного леса, сушили два года», — рассказал главный инженер Аркадий Плотинкин.',
        ],
        [
            '+Что изменится',
            '+Прогулочные лодки смогут проходить шлюз с мая.',
            '+Пешеходный мостик над воротами откроют уже весной.',
            '-Читайте также: Набережную осветят новыми фонарями',
            '+Старые ворота передадут краеведческому музею.',
        ],
        [
            '+Работы обошлись областному бюджету в 14 миллионов рублей.',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '+Открытие шлюза для первых лодок назначено на праздник города в июне.',
        ],
        [
            '-Подписывайтесь на наш канал в Telegram',
            '-Читайте нас в Дзене',
        ],
        [
            '-Комментарии (3)',
            '-Рыбак_Семёныч: Наконец-то, а то вода уходила.',
            '-↳ Лодочник_Юра: Летом проверим, как работает.',
            '-Тётя_Зина: А мостик когда откроют?',
            '-Показать ещё комментарии',
        ],
        [
            '-О редакции · Контакты · Рекламодателям · Политика обработки данных',
            '-© 2026 ООО «Вестник Плотинска»',
        ],
    ]),
    _page('ru', 'ru-blog-valinaobivka-skameechka', [
        [
            '-Валина обивка',
            '-Перетягиваю, чиню и рассказываю, как',
            '-Главная · Мастер-классы · Фото · Обо мне',
        ],
        [
            '-Опубликовано 8 марта 2026 автором Валентина',
            '+Перетягиваю бабушкину скамеечку для ног',
        ],
        [
            '-Время на чтение: 7 минут',
            '-В статье есть партнёрские ссылки.',
            '+Низкую скамеечку для ног, на которой бабушка вязала по вечерам, я нашла на даче с продавленным '
                'сиденьем и рваным дерматином.',
        ],
        [
            '-Скамеечка до ремонта, видна старая набивка.',
            '+Я сняла старую обивку, выбросила слежавшийся поролон и натянула новые ремни из джута.',
            '+Бабушка говорила: «Вещь служит столько, сколько её чинят».',
        ],
        [
            '+Что я поняла',
            '-Мебельный степлер, которым я работаю, можно найти тут (партнёрская ссылка).',
            '+Ремни натягивают крест-накрест, а не параллельно.',
            '+Под ткань нужен слой синтепона, иначе видны края поролона.',
            '+Гвоздики с декоративной шляпкой забивают через один.',
        ],
        [
            '+Новая обивка из плотного гобелена с розами обошлась мне меньше чем в две тысячи рублей.',
            '-Читайте также: Как я перетянула старый стул',
            '+Теперь скамеечка стоит у кресла в городской квартире.',
        ],
        [
            '-До встречи, ваша Валя',
            '-Перетяжку небольшой мебели беру на заказ, пишите в личные сообщения.',
            '-Поделиться записью: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-3 комментария к записи «Перетягиваю скамеечку»',
            '-Людмила_К: Какая красота! А ткань где брали?',
            '-↳ Валентина: В магазине тканей на рынке, на развес.',
            '-Мастер_Михалыч: Степлер лучше пневматический.',
            '-↳ Людмила_К: Михалыч, не всем же компрессор покупать.',
        ],
        [
            '-Подпишитесь, чтобы получать новые записи на почту',
            '-© 2026 Валентина Обивалова',
            '-Работает на WordPress · Тема Twenty Twenty-Five',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Datawrapper chart failed to render. Try reloading the page or view the data as a table.':
        "an English Datawrapper chart placeholder ('Datawrapper chart failed to render. Try reloading the page or "
            "view the data as a table.') is left in the body",
    '[Embedded Calameo flipbook – this publication is no longer shared publicly]':
        "an English bracketed Calameo flipbook placeholder ('[Embedded Calameo flipbook – this publication is no "
            "longer shared publicly]') is left in the body",
    'Il video di Dailymotion non è disponibile nella tua area geografica.':
        "an Italian Dailymotion video placeholder ('Il video di Dailymotion non è disponibile nella tua area "
            "geografica.') is left in the body",
    'Mapa z Geoportalu nie wczytała się – serwer WMS nie odpowiada.':
        "a Polish Geoportal map placeholder ('Mapa z Geoportalu nie wczytała się – serwer WMS nie odpowiada.') is "
            'left in the body',
    'Grab a cup of tea: this one runs to about 2,400 words, or twelve minutes of reading.':
        "an English blog's grab-a-cup-of-tea reading-time line ('Grab a cup of tea: this one runs to about 2,400 "
            "words, or twelve minutes of reading.') is left at the head",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-hedgewhistle-blackberry-vinegar':
        "the blackberry-vinegar blog's post keeps the photo caption ('The berries soaking in cider vinegar on day "
        "two.') at the top of the second paragraph's block (1 of 20 noise lines; the sign-off and plug went after round"
        " 117); no article line is lost",
    'fr-blog-ecuriedebois-cheval-a-bascule':
        "the rocking-horse blog's post keeps the photo caption ('Le cheval avant restauration, avec sa "
        "peinture écaillée.') at the top of the second paragraph's block (1 of 20 noise lines; the share row "
        "in the same block went before, the author's sign-off and plug after the last paragraphs after round "
        "118); no article line is lost",
    'de-blog-occhiamkuechentisch-spitzenkante':
        "the tatting blog's post keeps the photo caption ('Die fertige Kante, noch nicht gespannt.') at the top of the "
        "second paragraph's block (1 of 20 noise lines; the sign-off and plug went after round 117); no article line is"
        " lost",
    'it-blog-petaliinbusta-biglietti':
        "the pressed-flower-cards blog's post keeps the photo caption ('Le viole dopo due settimane nella pressa.') at "
        "the top of the second paragraph's block (1 of 20 noise lines; the sign-off and plug went after round 117); no "
        "article line is lost",
    'pl-blog-laskazleszczyny-laska':
        "the walking-stick blog's post keeps the photo caption ('Kij leszczynowy po zdjęciu kory.') at the top of the "
        "second paragraph's block (1 of 20 noise lines; the sign-off and plug went after round 117); no article line is"
        " lost",
    'ru-blog-valinaobivka-skameechka':
        "the footstool blog's post keeps the photo caption ('Скамеечка до ремонта, видна старая набивка.') at the top "
        "of the second paragraph's block (1 of 20 noise lines; the sign-off and plug went after round 117); no article "
        "line is lost",
}


test_held_out_174_line, test_held_out_174_line_is_kept, test_held_out_174_page = held_out_tests(
    HELD_OUT_174_LINES, HELD_OUT_174_KEEP, HELD_OUT_174_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
