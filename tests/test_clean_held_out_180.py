"""
Held-out set 180: written blind, weighted toward the noise the cleaner exists for, in shapes set 178's docstring does
not name (nor the first paragraphs of sets 175, 176 and 177): scraper, embed and ad markers (an English Sketchfab viewer
that cannot start with WebGL switched off "Sketchfab viewer could not start: WebGL is switched off in this browser.", an
English Airtable view that needs an invitation from the base owner "Airtable view not shown: you need an invitation from
the base owner to see these records.", an English Genially presentation blocked by a network's content filter "Genially
presentation blocked – your network's content filter does not allow it.", a French Dailymotion video not available in
the reader's country for rights reasons "La vidéo Dailymotion n'est pas disponible dans votre pays pour des raisons de
droits.", a German ARD Audiothek player whose episode is withdrawn for legal reasons "ARD-Audiothek-Player: Diese Folge
ist aus rechtlichen Gründen nicht mehr verfügbar.", an Italian RaiPlay video that cannot be played outside RaiPlay's own
site "Il video di RaiPlay non può essere riprodotto al di fuori del sito RaiPlay.", a Polish SoundCloud recording over
its play limit "Nagranie z SoundClouda jest niedostępne: przekroczono limit odtworzeń." and a Russian RUTUBE video held
in moderation "Видео RUTUBE не воспроизводится: ролик находится на модерации."); reading-time headers in new wordings
(the English read-time label with a word count "Read time 6 min · 1,150 words", a blog's long-post-ahead line that says
which section can be skipped "Long post ahead – about twelve minutes, though the wiring section can be skipped.", the
French this-text-asks-for line "Ce texte demande 6 minutes de lecture.", the German estimated-reading-duration label
"Geschätzte Lesedauer: 6 Min.", the Italian you-need line "Ti servono 6 minuti per leggere questo articolo", the Polish
time-needed-to-read label "Czas potrzebny na przeczytanie: 6 minut" and the Russian you-will-read-it-in line "Прочитаете
за 6 минут"); bylines and self-promotion (an English reporting-by byline with additional reporting "Reporting by Kit
Fenneymore; additional reporting by Agnes Wrenstaple", a French remarks-collected-by byline "Propos recueillis par
Lucienne Gravelotte", an Italian report-by byline with the author's photos "Servizio di Benedetta Sgrovigliati · foto
dell'autrice" and a Russian author-of-the-piece byline with a freelance title "Автор материала — Евлампия Сухорукова,
внештатный корреспондент", all at the head, and at the foot an English eBay valve-radios plug with collection only
"Restored valve radios from my workshop are listed on eBay most Sundays; collection only.", an English Eventbrite
soldering-workshops plug "I run weekend soldering workshops in Leeds – dates and tickets are on Eventbrite.", a German
Amazon Handmade pot-holders plug with Hermes shipping "Meine gewebten Topflappen verkaufe ich über Amazon Handmade,
Versand mit Hermes." and a Polish Allegro Lokalnie wooden-spoons plug with InPost parcel-locker delivery "Moje drewniane
łyżki kupicie na Allegro Lokalnie, wysyłka paczkomatem InPost."); blog and site footers (an English IPSO-regulation row
with complaints and accessibility links "Regulated by IPSO · Complaints procedure · Accessibility statement", an English
Creative Commons licence line "Text licensed under CC BY-SA 4.0 unless stated otherwise · Photos all rights reserved",
an English Ghost and DigitalOcean credit with a sitemap link "Made with Ghost · Hosted by DigitalOcean · Sitemap", a
French WordPress-and-o2switch credit "Site réalisé avec WordPress et hébergé par o2switch, Clermont-Ferrand", a German
Uberspace-and-Kirby credit with a privacy link "Gehostet bei Uberspace · Erstellt mit Kirby CMS · Datenschutzerklärung",
an Italian VAT-number-and-Joomla line "Partita IVA 02741930213 · Sito realizzato con Joomla!", a Polish WebWave
site-builder credit with a sitemap link "Strona stworzona w kreatorze WebWave · Mapa strony" and a Russian 1C-Bitrix
credit with a personal-data-policy link "Сайт работает на 1С-Битрикс · Политика обработки персональных данных");
reader-comment furniture (an English show-more-comments link "Show 23 more comments", an English removed-by-a-moderator
stub "This comment was removed by a moderator for breaking the community guidelines.", an English top-commenter badge
row "Top commenter · Member since 2019 · 412 comments", a French show-earlier-replies link "Afficher les 6 réponses
précédentes", a German must-be-logged-in prompt with a register link "Sie müssen angemeldet sein, um einen Kommentar zu
schreiben. Jetzt registrieren", an Italian load-more-comments link "Carica altri commenti (9)", a Polish
show-all-comments link "Pokaż wszystkie komentarze (31) »" and a Russian sent-for-review message "Ваш комментарий
отправлен на проверку и появится после одобрения модератором."); share rows (an English pass-it-on row with Reddit,
Pinterest and a copy link "Pass it on: Reddit · Pinterest · Copy link", a German recommend-this-article row with
Threema, Signal and e-mail "Artikel weiterempfehlen: Threema · Signal · E-Mail" and a Russian share-on-social-networks
row with VK, Dzen and Viber "Поделиться в соцсетях: ВК · Дзен · Viber"); and notices (a French correction note
"Rectificatif : une première version de cet article donnait une mauvaise date d'inauguration." and an Italian
unverified-council-data caveat "Avvertenza: i dati citati sono stati forniti dal Comune e non sono stati verificati in
modo indipendente.", both in the body, and a Polish also-in-the-print-edition note "Tekst ukazał się również w
papierowym wydaniu tygodnika." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 178's
docstring does not describe (on the six portal pages, in nine blocks, an edition switcher, the masthead and the section
menu in one block of three at the very top, the edition switcher first; the title at the top of a block of three with
the reading time and then the byline-and-date line after it; the lead photo's caption and its credit at the top of the
first paragraph's block, right before the first and second paragraphs; the paragraph with the quote at the top of a
block of four with a most-read box (its heading and two numbered headlines) after it; the subheading and the three rows
with a bare ad label between the second and third rows; the first of the two last paragraphs at the top of a block of
two with a newsletter prompt after it; the second in the middle of a block of three, with a share row before it and a
tags line after it; at the foot two blocks, four lines of a comment thread (a comment count, a comment, another reader's
arrowed reply and a third reader's comment left unanswered) and then a links row and the publisher's copyright line; on
the six blog pages, in nine blocks, the blog name and a breadcrumb in one block of two; the reading time above the title
and the posted-on-date-by-author line under it in one block of three; the first paragraph at the top of a block of four
with a table of contents (its heading and two numbered entries) after it; an affiliate disclosure at the top of the
second paragraph's block, right before the second paragraph; the paragraph with the quote at the top of a block of two
with a photo caption after it; the subheading and the three rows with an affiliate link between the subheading and the
first row; the two last paragraphs in one block of five with a subscribe prompt between them and the author's sign-off
and a plug for the author's services or lessons after the second; at the foot two blocks, a share row and four lines of
a thread (a comments heading with its count, a comment, the author's arrowed reply and a second comment left unanswered)
in one block of five, the share row first, and then the author's copyright line and a platform-and-theme credit), taken
from local news of fresh kinds (a village's Victorian well house reopened, a town's tram shelter given back its glass
canopy, a drovers' road waymarked again, a cast-iron mile post returned to its crossroads, a hand water pump on a green
working again, a village's communal pigeon loft reroofed) and from blogs about restoring a horn gramophone, building an
Appalachian dulcimer, putting up nest boxes for swifts, repairing the bellows of a grandfather's bandoneon, saving a
laundry mangle and building a kick-wheel for pottery.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 178 but what is named here), held-out set 179 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 178 up to (not including) its paragraph "Measured after round 119", its imports and its tail
from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search),
and the first paragraphs of the docstrings of sets 175, 176 and 177, printed with one ast script
(/tmp/s180scratch/peek.py, reading the files of /tmp/wt-set180/tests, the set's worktree at the brief's commit; see
Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set180); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s180scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 178's as printed, with 178 -> 180; /tmp/s180scratch/gen180.py writes this file from scratch files (data180.py with
the noise and keep lines, pages180.py with the pages, doc1.txt to doc5.txt with the first five paragraphs and, after the
measurement, doc6.txt with the Baseline paragraph and tables180.py with the xfail tables). Nothing else was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s180, detached at
commit 885b8a1d484b93edceea2347a22c41c6c7a15b41, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 11:17:21 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
885b8a1d484b93edceea2347a22c41c6c7a15b41 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned and
no source under src/ was printed. (2) peek.py printed set 178's docstring paragraphs (split on blank lines) up to the
one starting "Measured after round 119", set 178's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 175, 176 and 177. Its first run printed to
the terminal, which the tool cut in the middle (it showed the output's first 131 lines, from set 175's first paragraph
to inside set 176's, and, after the cut, its last lines from inside set 178's Judgement calls to the end of the tail,
all allowed parts); the second run went to /tmp/s180scratch/peek.out (608 lines, all of them allowed parts), of which I
paged lines 125 to 300, 300 to 420 and 420 to 470 with ``sed``, so that every part the brief allows was read; nothing
else of any set file was printed. (3) The machine's Python (pyenv 3.11.7) could not import test_clean at first: ``import
joblib`` failed in spinscope/models/model.py (the traceback named the file, nothing of it was read). To read the helpers
I looked at pyproject.toml's dependency list and the first lines of .ci/run (neither is among the files the brief
forbids) and installed the project's runtime dependencies by name with pip (trafilatura==2.3.1, lxml_html_clean,
charset-normalizer, py3langid==0.4.0, scikit-learn==1.9.1, joblib, tqdm, duckdb==2.0.0, pyarrow, datasketch==2.0.0,
matplotlib, fastapi==0.163.2, uvicorn==0.54.0 and python-multipart); no other package was looked up. (4) To compare my
wordings with the named ones I grepped peek.out case-insensitively for the services, platforms, hosts and key words of
my lines and layouts (Sketchfab, Airtable, Genially, Dailymotion, Audiothek, RaiPlay, SoundCloud, RUTUBE, "Read time",
"Long post", demande, Lesedauer, "Ti servono", potrzebny, Прочитаете, "Reporting by", "Propos recueillis", "Servizio
di", "Автор материала", eBay, Eventbrite, Amazon, Hermes, Allegro, InPost, IPSO, "CC BY", "Creative Commons", Ghost,
DigitalOcean, o2switch, Uberspace, Kirby, "Partita IVA", IVA, Joomla, WebWave, Битрикс, "more comments", moderator, "Top
commenter", réponses, angemeldet, "Carica altri", Pokaż, "на проверку", "Pass it on", weiterempfehlen, Threema, Signal,
Дзен, Viber, Rectificatif, Avvertenza, papierowym, edition, "most read", "I più letti", breadcrumb): "Amazon" and
"Allegro" occur only in set 178's list of real brands its pages name, "réponses" only in set 177's Typeform marker
("nombre maximal de réponses"), "Signal" only inside set 175's "Signaler" row and set 177's "signal box" topic, "IVA"
only inside other words, and "breadcrumb" in the page layouts of sets 176 to 178; the other words do not occur. (5) Near
misses with shapes already named, noted rather than hidden: the markers stand for services not named there (Sketchfab,
Airtable, Genially, Dailymotion, ARD Audiothek, RaiPlay, SoundCloud, RUTUBE) with reasons not named (WebGL switched off,
an invitation needed, a content filter, country rights, legal reasons, outside the site, a play limit, moderation),
though the Airtable invitation line is of the kind of set 175's private Padlet board and set 178's workspace-only Loom
recording, and the Dailymotion line of the kind of the region and rights blocks of earlier sets; the reading times are
new phrasings, but the English "Read time 6 min · 1,150 words" is a plain label like set 176's "Time to read: 4 mins"
and set 178's "Estimated read: 6 min", the English blog's long-post-ahead line is a blog's long-read line like set 178's
heads-up, set 176's settle-in and set 175's fair-warning lines, the German "Geschätzte Lesedauer: 6 Min." is close in
sense to set 175's Italian "Tempo stimato di lettura" and set 178's Polish "Szacowany czas czytania", the Italian "Ti
servono 6 minuti" to set 178's French "Il vous faudra 5 minutes", and the Russian "Прочитаете за 6 минут" is the Russian
counterpart of the Polish "Przeczytasz w" lines of sets 175 and 176; of the bylines "Propos recueillis par" is the
French counterpart of the Polish "Rozmawiała" (set 177) and "Notowała" (set 178) interview credits and the Italian
"Servizio di ... foto dell'autrice" is of the kind of the story-and-pictures bylines; the plugs sell on platforms not
named (eBay, Eventbrite, Amazon Handmade, Allegro Lokalnie), though the Eventbrite workshops plug is of the kind of the
Zoom and Skype lessons plugs of sets 176 and 178 and three carry postage or collection like the plugs of sets 175 to
178; the footers name hosts, builders and legal lines not named (IPSO, a Creative Commons licence, Ghost with
DigitalOcean, o2switch, Uberspace with Kirby, an Italian VAT number with Joomla, WebWave, 1C-Bitrix), though the IPSO
row is a press-membership row like set 175's Independent Community News Network row, the licence line a copyright-terms
line like set 178's no-reproduction line, the Ghost, o2switch, Uberspace and WebWave credits host-and-builder credits
like the Netlify, OVHcloud, Jimdo and GitHub Pages lines, and the Partita IVA line a company-number line like set 176's
VAT row; of the comment lines none is named, though the show-more, earlier-replies, load-more and show-all links are of
one kind and of the kind of set 176's collapsed-thread link, the must-be-logged-in prompt is close to the
subscribers-only prompts of sets 175 and 176, the sent-for-review message to set 176's order-of-approval note and the
badge row to set 177's pinned-by-the-editor label; the share rows use openings not named ("Pass it on", "Artikel
weiterempfehlen", "Поделиться в соцсетях"), though the German one is close in sense to set 176's "Mit Freunden teilen";
the French correction is of the kind of the timed update notes of sets 175 and 176, and the Italian caveat and the
Polish also-in-print note are not named. On the pages the noise is of common kinds, since the brief asks for new layouts
there, with two kinds not in the named layouts (an edition switcher and a most-read box); some positions echo earlier
layouts (the masthead and section menu at the very top, as on set 178; the byline after the title, as on sets 177 and
178; the caption and credit at the top of a paragraph's block, as on set 178 before the second paragraph; the newsletter
prompt after the first of the two last paragraphs in a block of two, as on set 177; the share row and tags line round
the second last paragraph, as on set 177, where both follow it; the table of contents of two entries, as on sets 175 and
177; an affiliate disclosure before a paragraph, as on set 176; an affiliate link in the list block, as on sets 170 to
178), while what is new is the arrangement (on the portals the edition switcher first, the reading time between the
title and the byline, the most-read box after the quote, a bare ad label between the second and third rows, the share
row before the last paragraph and a four-line thread; on the blogs the blog name with a breadcrumb, the reading time
above the title, the table of contents after the first paragraph, the affiliate link right under the subheading, the
sign-off and plug after the last paragraph in its block, and the share row at the top of the comment block). (6) Before
the measurement /tmp/s180scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside
any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted
the lines. Before its first run I had already kept out of each other: the blogs' comment headings and the English,
French, German and Russian comment lines (the headings carry a count, "Comments (3)" and the like, since "Comments"
alone sits inside "Show 23 more comments" and "Commentaires" inside a French keep line), the English portal's ad label
and the keep line "Advertisements painted on ..." (the label became "Advertising" and the links row lost an "Advertise"
link), the German portal's ad label "Anzeige" and a menu item "Traueranzeigen" (it became "Leserbriefe"), and the
mastheads and the photo credits and copyright lines (the credits give the photographer's initials, the copyright lines a
publisher's name); its first run found nothing. Lines and data were counted by check.py (45 noise lines: category,
language and place as in Contents; 20 keep lines by language and place; 12 pages of nine blocks each, with 10 "+" and 20
"-" lines each). I read all 360 page lines in pages180.py one by one: "+" stands only on the titles, the paragraphs, the
subheadings and the list rows, "-" on everything else. gen180.py reports lines over 120 characters and at-signs in the
written file, checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing the
file with ``ast`` (without importing it), that the file's lists, pages and tables equal the scratch ones. (7) Invented
names were checked with the exact-string search over public GitHub files: Wadlingham (for The Wadlingham Lantern),
Lantern Newspapers, Harriet Plumbgrove, Gaskerry, Brass Horn Bench, Aspenwold, Vauclergue (for Le Petit Vauclerguois),
Éditions Vauclerguoises, Brûlegrange, Bavoulet, Dulcimer du Grenier, Castelmouche, Hasselbrunn (for the Hasselbrunner
Bote and its publisher), Dollhagen, Quendelborn, Seglerkasten am Giebel, Wiesenhöfer, Borgotorvo (for Il Corriere di
Borgotorvo), Editoriale Torvese, Sbrindolotti, Pennisotti, Mantice in cantina, Mantegazzoli, Pompolinow (for
Pompolinowo, Głos Pompolinowa and its publisher), Piękoszewski, Wierzbołęcka, Magiel po Babci, Maglarczyk, Голубищев
(for Голубищево and Голубищевский вестник), Ковыльцева, Сизокрылов, Ножной круг на даче, Глинохватов, Fenneymore,
Wrenstaple, Lucienne Gravelotte, Sgrovigliati and Евлампия Сухорукова (the full name; the surname alone is a common one)
had no hits. Dropped: Cloverdew (a learning site and a string in files; the reporter became Harriet Plumbgrove),
Brûlemousse (a place in a game's word list; the reporter became Octave Brûlegrange), Val de Clergue (its only hit is
inside "medieval de clergue", but I dropped it; the publisher became Éditions Vauclerguoises), Kuckelsberg (a real
developer's surname; the chair became Marlene Quendelborn), Fumagallo (a surname in files; the reporter became Tiziano
Sbrindolotti), Vendramesco (inside an identifier; the blogger became Ilaria Mantegazzoli), Studziankow (Studziankowska,
a street name in a file; the village became Pompolinowo), Kopydłowska (a real person; the blogger became Marzena
Maglarczyk), Жмыхова (a surname in files; the reporter became Аполлинария Ковыльцева), Крупенников (a real author; the
pigeon keeper became Фёдор Сизокрылов), Tollbright (an identifier in a file; the second reporter became Agnes
Wrenstaple), Scartozzoni (a real person; the reporter became Benedetta Sgrovigliati) and Pellowmarsh (a company name in
files, tried for the same reporter). First names alone (Winifred, Aurélien, Konstanze, Ilaria, Marzena, Всеволод, Kit,
Ingwer, Octave, Hortense, Rowland, Gualtiero, Danuta, Radosław and the like), the commenters' first names with an
initial (Pauline R., Josiane L., Heiner B., Rosanna V., Krystyna K., Ольга С. and the like), generic names (АНО
«Редакция районной газеты», Verlagsgesellschaft Hasselbrunn mbH, Wydawnictwo Pompolinowskie) and real brands, services,
platforms, hosts, themes, bodies and places (the embed services, eBay, Eventbrite, Amazon Handmade, Hermes, Allegro
Lokalnie, InPost, IPSO, Ghost, DigitalOcean, o2switch, Uberspace, Kirby, Joomla, WebWave, 1C-Bitrix, Threema, Signal,
Dzen, Viber, NABU, Alfred Arnold, Ozon, WordPress, Astra, Kadence, GeneratePress, Neve, Blocksy, the Weser, the Morvan,
Castelfidardo, Dijon, Leeds, Clermont-Ferrand, Łowicz and Скопин) were not checked. (8) ``date`` printed 11:17:27 UTC
after the allowed parts were printed, 11:18:18 after the pip install, 11:19:28 before the lines were written, 11:21:34
and 11:22:18 when the lines and the pages were written, 11:22:51 after the name checks and the renames, 11:23:15 after
the grep of peek.out, 11:23:31 and 11:23:54 when the first paragraphs were written, 11:24:49 after gen180.py first wrote
the file, 11:24:54 at the measurement, 11:25:33 after the problems were printed and 11:25:57 after the tables were
checked (the clock of this machine moved slowly against the work done; I report what it printed). (9) The measurement
was run once, in one shell call with the brief's two commands (pytest output to /tmp/s180scratch/measure.out, report to
/tmp/s180scratch/report.out); then /tmp/s180scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s180/tests with /tmp/wt-s180/src on the path) to /tmp/s180scratch/problems.out: seven
noise lines kept, twelve pages with problems (34 page noise lines left, all of them kept in the text, and four article
lines lost or out of order), no keep line lost, as in the Baseline paragraph. The reasons of the three tables
(tables180.py) were written from that output, and /tmp/s180scratch/checktables.py (which calls ``_problems`` again on
the same copy, with the same result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each
reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that
every page noise line the output names is quoted in its page's reason and no other noise line of the page is, that each
reason's count matches, that each lost article line is quoted in its page's reason and that the pages without a loss say
so; nothing else was changed: gen180.py wrote the final file from the same data files, checked that its lists equal
them, and the pytest command was run again on it in /tmp/wt-s180.

Judgement calls: the keep lines "Commenting on the plans, the parish clerk said the well house would stay unlocked in
daylight.", "Followers of the old drovers' road can now walk it from the river to the market cross.", "Shared ownership
of the green means the pump belongs to both parishes equally.", "Subscribing to the heritage fund costs five pounds a
year, the treasurer told the meeting.", "Copyright lawyers were never needed; the family simply gave the photographs to
the museum.", "Advertisements painted on the shelter's back wall in 1932 were uncovered under the plaster.", "Read aloud
at the reopening, the poem by a former pupil took less than three minutes.", "Commentaires et questions des habitants
ont rempli deux heures de réunion publique.", "Abonnée au bulletin municipal depuis quarante ans, une ancienne
institutrice a reconnu la photo.", "Partager l'abri avec les cyclistes n'a posé aucun problème, assure le conducteur du
car.", "Gefolgt sind dem Aufruf des Heimatvereins mehr als vierzig Freiwillige.", "Werbung für den Wandertag machten die
Schüler mit selbst gemalten Plakaten.", "Lesezeit blieb den Kindern genug: Die Bücherei öffnet jetzt auch samstags.",
"Condividere il pozzo con la frazione vicina era, un tempo, la regola.", "Iscriversi all'associazione costa dieci euro,
ha ricordato la presidente.", "Commenti entusiasti sono arrivati anche dai turisti tedeschi di passaggio.", "Obserwując
pompę przez całą zimę, sołtys zauważył, że woda w niej nie zamarza.", "Prenumeratę lokalnego tygodnika wykupiło w tym
roku czterdzieści rodzin.", "Подписавшись под обращением, жители попросили сохранить голубятню." and "Реклама на старом
павильоне висела до самого ремонта, вспоминают старожилы." are article sentences: each reports what a parish clerk,
walkers on a drovers' road, two parishes, a heritage fund's treasurer, a family giving photographs, builders uncovering
painted adverts, a pupil's poem at a reopening, residents at a public meeting, a retired teacher, a coach driver,
volunteers of a local society, pupils making posters, children at a library, a village sharing a well, an association's
president, passing tourists, a village head watching a pump, forty families buying a weekly, villagers signing an appeal
or old residents remembering a pavilion did, said or found, with the noise-like word as an ordinary noun, verb,
participle or adjective of the sentence ("Commenting on the plans" is a clerk speaking at a meeting, not a comment
count; "Followers of the old drovers' road" are walkers, not a follow prompt; "Shared ownership" is a property right,
not a share row; "Subscribing to the heritage fund" is paying a yearly fee, not a subscribe box; "Copyright lawyers"
were not needed for a gift, not a copyright footer; "Advertisements painted on the shelter's back wall" are old wall
paintings, not an ad label; "Read aloud ... less than three minutes" is a poem's length at a ceremony, not a reading
time; the French "Commentaires", "Abonnée" and "Partager", the German "Gefolgt", "Werbung" and "Lesezeit", the Italian
"Condividere", "Iscriversi" and "Commenti", the Polish "Obserwując" and "Prenumeratę" and the Russian "Подписавшись" and
"Реклама" are residents' remarks at a meeting, a teacher who has taken the council bulletin for forty years, a shelter
shared with cyclists, volunteers answering a call, pupils advertising a walking day, children's time for reading, a well
shared with a hamlet, joining an association, tourists' remarks, a village head watching a pump, subscriptions to a
weekly, residents signing an appeal and an old advert on a pavilion; none of them is share, subscribe, follow, comment,
ad, reading-time or copyright furniture). Categories: the Sketchfab, Airtable, Genially, Dailymotion, ARD Audiothek,
RaiPlay, SoundCloud and RUTUBE lines are markers (each stands where an embed of the page did not come through; the
WebGL, invitation, content-filter, country-rights, legal-reasons, outside-the-site, play-limit and moderation reasons
are the embed's failure, not notices about the article); the English read-time label and long-post-ahead line and the
French, German, Italian, Polish and Russian lines are reading times (the long-post-ahead line is a blog's warning about
length, but what it gives is the reading length); the reporting-by, propos-recueillis, servizio-di and автор-материала
lines are bylines at the head ("Propos recueillis par" credits the reporter of an interview), and the eBay, Eventbrite,
Amazon Handmade and Allegro Lokalnie lines are bylines (self-promotion) at the foot (the collection, tickets and
shipping belong to the plug); the IPSO, Creative Commons, Ghost and DigitalOcean, WordPress-and-o2switch,
Uberspace-and-Kirby, Partita-IVA-and-Joomla, WebWave and 1C-Bitrix lines are footers (the IPSO row and the VAT number
are the legal lines sites show, and the licence line is the site's copyright terms, not a note on the article); the
show-more, removed-by-a-moderator, top-commenter, earlier-replies, must-be-logged-in, load-more, show-all and
sent-for-review lines are comment furniture (the removed stub stands in a thread where a comment was, and the
top-commenter row is the badge line above a reader's comment); the English, German and Russian rows are share rows; the
French correction and the Italian unverified-data caveat are notices in the body (both speak of the article they sit
in), and the Polish also-in-print note is a notice at the foot (it says where else the piece appeared; neither a footer
nor a byline). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (edition switchers, mastheads,
section menus, reading times, bylines and date lines, captions and credits, most-read boxes, ad labels, newsletter
prompts, share rows, tags lines, comment counts, comments and replies, links rows, copyright lines, blog names,
breadcrumbs, posted-on lines, tables of contents, affiliate disclosures, photo captions, affiliate links, subscribe
prompts, sign-offs, plugs, comments headings and platform credits) is noise. The list rows (what visitors can see in the
well house, what was done to the tram shelter, what walkers should know about the drovers' road, how the mile post was
restored, what was done to the pump, what was done to the pigeon loft, and what the gramophone, dulcimer, swift-box,
bandoneon, mangle and kick-wheel makers learned) are short but part of each article, so article; the most-read headlines
name other stories of the paper, so noise; the captions describe photos, so noise, though they speak of the story's
subject; the affiliate lines name the material or tool the author used but are shop links, so noise; the blogs' plugs
("I restore soundboxes for other collectors – send me a message through the contact page for a quote." and the like)
speak in the author's voice but sell, so noise; the blogs' sign-offs ("Happy winding, Winifred" and the like) close the
post in the author's voice but are a signature, so noise; the bare ad label between the second and third list rows and
the share row before the last paragraph are noise though they sit in an article block; the comment threads' last lines
("Stan W.: Well done to the volunteers, it looks lovely." and the like) are readers' comments, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines: English, French, Italian and Russian), body 10 (the eight markers and two
notices), tail 24 (four plugs: two English, a German and a Polish one, eight footers, eight comment lines, three share
rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240
noise lines and 120 article lines: en-portal-wadlingham-well-house (a village's well house of 1868 opened again after
volunteers restored it), en-blog-brasshornbench-gramophone (a 1920s horn gramophone from a house clearance brought back
to playing), fr-portail-vauclergue-abri-tramway (a town's cast-iron tram shelter of 1911 given back its glass canopy by
subscription), fr-blog-dulcimerdugrenier-dulcimer (a first Appalachian dulcimer built from a walnut board),
de-portal-hasselbrunn-triftweg (an old drovers' road to the Weser waymarked again with sixty wooden posts by a local
society), de-blog-seglerkastenamgiebel-mauersegler (three nest boxes for swifts under a roof, one taken by a pair in the
first summer), it-portale-borgotorvo-colonnina-miliare (a cast-iron mile post of 1887, lost in a council store for
twenty years, back at its crossroads), it-blog-manticeincantina-bandoneon (the bellows of a grandfather's bandoneon
repaired, up to a first tango), pl-portal-pompolinowo-pompa (a pre-war hand water pump on a village green working
again), pl-blog-magielpobabci-magiel (a grandmother's laundry mangle saved from a cellar),
ru-portal-golubishchevo-golubyatnya (a village's communal pigeon loft of 1958 reroofed by local pigeon keepers) and
ru-blog-nozhnoykrugnadache-gonchar (a kick-wheel for pottery built round a cast concrete flywheel), each with a reader
comment thread.

Baseline (2026-12-06, cleaner at commit 885b8a1d484b93edceea2347a22c41c6c7a15b41, measured with ``cd /tmp/wt-s180 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s180/src python -m pytest -q tests/test_clean_held_out_180.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s180 && PYTHONPATH=/tmp/wt-s180/src python
scripts/clean_held_out_report.py --sets 180``, with the xfail tables empty, at 11:24:54 UTC by ``date``): noise lines
removed 38/45 (marker 6/8, reading-time 5/7, byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English Sketchfab and Airtable
placeholders), two reading times at the head (the French this-text-asks-for line and the Polish time-needed-to-read
label), one byline at the foot (the Polish Allegro Lokalnie wooden-spoons plug), one comment line at the foot (the
Russian sent-for-review message) and one notice in the body (the Italian unverified-council-data caveat); the English
Genially, French Dailymotion, German ARD Audiothek, Italian RaiPlay, Polish SoundCloud and Russian RUTUBE markers, the
other five reading times, all four bylines at the head, the eBay, Eventbrite and Amazon Handmade plugs, all eight
footers, the other seven comment lines, every share row and the French correction and Polish also-in-print notices
went); keep lines kept 20/20; pages 0/12 clean, 34 of 240 page noise lines left and 4 of 120 article lines lost. Left:
on all six portal pages the most-read box after the quote paragraph (its heading and two numbered headlines, 3 each); on
the English gramophone, French dulcimer, Italian bandoneon and Russian kick-wheel blogs the photo caption after the
quote paragraph and the sign-off and the plug after the last paragraph (3 each); on the German swift-box blog the photo
caption after the quote paragraph, the affiliate link between the subheading and the first row and the subscribe prompt
between the two last paragraphs (3); on the Polish mangle blog the photo caption after the quote paragraph (1). Lost: on
the French tram-shelter, German drovers'-road, Polish water-pump and Russian pigeon-loft portal pages the last
paragraph, the one between the share row and the tags line (one each, reported lost or out of order); the English
well-house and Italian mile-post portal pages keep theirs, and no blog page and no keep line loses an article line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s180 gave 58 passed, 19
xfailed, no XPASS.

Measured after round 120 (developed on sets 177 and 178 beside this set's writing from the same base, 885b8a1, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 67e6335, the round
with the lead's mend): one page line moved. Round 120's subscribe prompt between the two last paragraphs above the
writer's sign-off took the German blog's "Abonniere den Blog und verpasse keinen Beitrag" (its page reason is
reworded). Its short last sentence over the share row does not reach the four portals' lost last paragraphs: they stand
under the share row and over the tags line, not heading a block over them. Noise lines 38 of 45, keep 20 of 20, pages
clean 0 of 12, page noise lines left 34 -> 33 of 240, article lines lost 4 of 120.

Round 121 (development; this set was read in full from this round on): the four lost last paragraphs are back, the six
most-read boxes and three blogs' sign-offs with their offers go, and two reading times are read. (1) The last paragraph
between the share row and the tags line, the three alone in their block ("Teilen: Facebook · WhatsApp · E-Mail" / "Im
Frühjahr will der Verein eine geführte Wanderung über die ganze Strecke anbieten." / "Schlagwörter: ..."), went as a
widget's block after the body, since a sentence under a share row read as the page's (set 132's Allegro plug);
page_blocks._is_sentence_between_share_row_and_tags keeps a short article sentence (_is_short_article_sentence, no sale,
no network) with the row over it and the tags line under it, in _article_among_furniture; a plug, a prompt or a related
link in that place still goes. (2) The most-read box under the quote paragraph in its block (its heading RAIL_HEADING
alone on its line, two numbered headlines or more to the block's end with no full stop, the article going on after the
block) goes in page_blocks.mark_block_remnants (step "most-read box under a paragraph", reason "related links"); round
39's rail needed the heading to open its block and unnumbered headlines. (3) The blogs' sign-offs with the writer's
offer: the offers were not read as the writer's (page_blocks._is_writers_offer): _BOOK_OR_QUOTE gains a quote, sign-ups
and enquiries ("for a quote", "zapisy", "renseignements"), _OFFER_CHANNEL the prepositions "from", "sur", "dalla" and
"dal" ("dalla pagina Contatti", "sur la page Stages"), _WRITERS_OFFER_WORD the writer's prices (set 179);. (4) The
reading times "Ce texte demande 6 minutes de lecture." and "Czas potrzebny na przeczytanie: 6 minut"
(clean._READING_SENTENCE, the page's length asked of the reader); and the French portal's newsletter prompt "Recevez
notre lettre d'information gratuite chaque matin", which the edge model took only while the body's end stood above it,
is read by clean._is_scheduled_newsletter_offer (the newsletter itself offered with a recurrence). Tests:
tests/test_clean.py test_round_121_*. Xfail entries removed: the two reading-time lines and the six portal pages; the
three blogs' reasons (English, French and Italian) reworded to their photo caption alone. This set before -> after
(report): noise lines removed 38/45 -> 40/45 (reading-time 5/7 -> 7/7; marker 6/8, byline 7/8, footer 8/8, comments 7/8,
share 3/3, notice 2/3 unchanged), keep 20/20 -> 20/20, pages clean 0/12 -> 6/12, page noise lines left 33 -> 9 of 240,
article lines lost 4 -> 0 of 120. Set 179 moved too (see its paragraph). All sets (clean_held_out_report.py, before ->
after): noise lines removed 7046 -> 7049 of 7771, keep lines 3447 -> 3447 of 3447, pages clean 1186 -> 1200 of 2038,
page noise lines left 1781 -> 1744 of 42480, article lines lost 6 -> 2; no set keeps fewer article lines or loses more.
Other sets moved by the newsletter offer with its recurrence ("Recevez chaque matin notre newsletter ...", the French
portals): page xfails removed on sets 119 (fr-portail-vaumoirac-theatre-toiture), 138
(fr-portail-bourmarnac-halle-solaire), 153 (fr-portail-gervaillac-grainotheque), 159 (fr-portail-saintorgelin-horloge),
165 (fr-portail-saintegrelauve-illuminations), 166 (fr-portail-vaudrignac-kiosque) and 175
(fr-portail-vorlannec-courts-tennis), and set 171's fr-portail-montcabrolles-antenne reworded to its caption alone.
SemEval (semeval_noise_diff.py): 0 changed files of 3723. Bench (bench_clean.py against 9ece020): ratio 0.99. Pytest
(the cleaning test set, -x): a first full run stopped at round 117's letter's-close test (9977 passed, 7 xfailed, 1
failed), so the letter's close read as a sign-off over a plug was taken back (the Russian "С уважением" sign-offs of
sets 179 and 180 stay missed); after that only the round 113 to 121 tests and the changed sets were rerun before the
deadline. Still missed: the English Sketchfab and Airtable placeholders, the Polish Allegro Lokalnie plug, the Russian
sent-for-review comment message and the Italian unverified-data caveat (lines); the six blogs' photo captions under the
quote paragraph (no credit, no prompt, no label) and the German blog's affiliate link "Mein Lockruf-Lautsprecher:
Mauersegler-Klangattrappe bei Amazon" under the subheading, and the Russian blog's sign-off "С уважением, Всеволод" with
its plug "Делаю ножные круги на заказ, пишите через форму обратной связи." (a letter's close, which round 117 keeps over
an offer; pages).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_180_LINES: list[tuple[str, str, str]] = [
    ('body', 'Sketchfab viewer could not start: WebGL is switched off in this browser.', 'marker'),
    ('body', 'Airtable view not shown: you need an invitation from the base owner to see these records.', 'marker'),
    ('body', "Genially presentation blocked – your network's content filter does not allow it.", 'marker'),
    ('body', "La vidéo Dailymotion n'est pas disponible dans votre pays pour des raisons de droits.", 'marker'),
    ('body', 'ARD-Audiothek-Player: Diese Folge ist aus rechtlichen Gründen nicht mehr verfügbar.', 'marker'),
    ('body', 'Il video di RaiPlay non può essere riprodotto al di fuori del sito RaiPlay.', 'marker'),
    ('body', 'Nagranie z SoundClouda jest niedostępne: przekroczono limit odtworzeń.', 'marker'),
    ('body', 'Видео RUTUBE не воспроизводится: ролик находится на модерации.', 'marker'),
    ('head', 'Read time 6 min · 1,150 words', 'reading-time'),
    ('head', 'Long post ahead – about twelve minutes, though the wiring section can be skipped.', 'reading-time'),
    ('head', 'Ce texte demande 6 minutes de lecture.', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 6 Min.', 'reading-time'),
    ('head', 'Ti servono 6 minuti per leggere questo articolo', 'reading-time'),
    ('head', 'Czas potrzebny na przeczytanie: 6 minut', 'reading-time'),
    ('head', 'Прочитаете за 6 минут', 'reading-time'),
    ('head', 'Reporting by Kit Fenneymore; additional reporting by Agnes Wrenstaple', 'byline'),
    ('head', 'Propos recueillis par Lucienne Gravelotte', 'byline'),
    ('head', "Servizio di Benedetta Sgrovigliati · foto dell'autrice", 'byline'),
    ('head', 'Автор материала — Евлампия Сухорукова, внештатный корреспондент', 'byline'),
    ('tail', 'Restored valve radios from my workshop are listed on eBay most Sundays; collection only.', 'byline'),
    ('tail', 'I run weekend soldering workshops in Leeds – dates and tickets are on Eventbrite.', 'byline'),
    ('tail', 'Meine gewebten Topflappen verkaufe ich über Amazon Handmade, Versand mit Hermes.', 'byline'),
    ('tail', 'Moje drewniane łyżki kupicie na Allegro Lokalnie, wysyłka paczkomatem InPost.', 'byline'),
    ('tail', 'Regulated by IPSO · Complaints procedure · Accessibility statement', 'footer'),
    ('tail', 'Text licensed under CC BY-SA 4.0 unless stated otherwise · Photos all rights reserved', 'footer'),
    ('tail', 'Made with Ghost · Hosted by DigitalOcean · Sitemap', 'footer'),
    ('tail', 'Site réalisé avec WordPress et hébergé par o2switch, Clermont-Ferrand', 'footer'),
    ('tail', 'Gehostet bei Uberspace · Erstellt mit Kirby CMS · Datenschutzerklärung', 'footer'),
    ('tail', 'Partita IVA 02741930213 · Sito realizzato con Joomla!', 'footer'),
    ('tail', 'Strona stworzona w kreatorze WebWave · Mapa strony', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Политика обработки персональных данных', 'footer'),
    ('tail', 'Show 23 more comments', 'comments'),
    ('tail', 'This comment was removed by a moderator for breaking the community guidelines.', 'comments'),
    ('tail', 'Top commenter · Member since 2019 · 412 comments', 'comments'),
    ('tail', 'Afficher les 6 réponses précédentes', 'comments'),
    ('tail', 'Sie müssen angemeldet sein, um einen Kommentar zu schreiben. Jetzt registrieren', 'comments'),
    ('tail', 'Carica altri commenti (9)', 'comments'),
    ('tail', 'Pokaż wszystkie komentarze (31) »', 'comments'),
    ('tail', 'Ваш комментарий отправлен на проверку и появится после одобрения модератором.', 'comments'),
    ('tail', 'Pass it on: Reddit · Pinterest · Copy link', 'share'),
    ('tail', 'Artikel weiterempfehlen: Threema · Signal · E-Mail', 'share'),
    ('tail', 'Поделиться в соцсетях: ВК · Дзен · Viber', 'share'),
    ('body', "Rectificatif : une première version de cet article donnait une mauvaise date d'inauguration.", 'notice'),
    ('body',
     'Avvertenza: i dati citati sono stati forniti dal Comune e non sono stati verificati in modo indipendente.',
     'notice'),
    ('tail', 'Tekst ukazał się również w papierowym wydaniu tygodnika.', 'notice'),
]

HELD_OUT_180_KEEP: list[tuple[str, str]] = [
    ('head', 'Commenting on the plans, the parish clerk said the well house would stay unlocked in daylight.'),
    ('head', "Followers of the old drovers' road can now walk it from the river to the market cross."),
    ('body', 'Shared ownership of the green means the pump belongs to both parishes equally.'),
    ('body', 'Subscribing to the heritage fund costs five pounds a year, the treasurer told the meeting.'),
    ('tail', 'Copyright lawyers were never needed; the family simply gave the photographs to the museum.'),
    ('tail', "Advertisements painted on the shelter's back wall in 1932 were uncovered under the plaster."),
    ('tail', 'Read aloud at the reopening, the poem by a former pupil took less than three minutes.'),
    ('head', 'Commentaires et questions des habitants ont rempli deux heures de réunion publique.'),
    ('body', 'Abonnée au bulletin municipal depuis quarante ans, une ancienne institutrice a reconnu la photo.'),
    ('tail', "Partager l'abri avec les cyclistes n'a posé aucun problème, assure le conducteur du car."),
    ('head', 'Gefolgt sind dem Aufruf des Heimatvereins mehr als vierzig Freiwillige.'),
    ('body', 'Werbung für den Wandertag machten die Schüler mit selbst gemalten Plakaten.'),
    ('tail', 'Lesezeit blieb den Kindern genug: Die Bücherei öffnet jetzt auch samstags.'),
    ('head', 'Condividere il pozzo con la frazione vicina era, un tempo, la regola.'),
    ('body', "Iscriversi all'associazione costa dieci euro, ha ricordato la presidente."),
    ('tail', 'Commenti entusiasti sono arrivati anche dai turisti tedeschi di passaggio.'),
    ('head', 'Obserwując pompę przez całą zimę, sołtys zauważył, że woda w niej nie zamarza.'),
    ('tail', 'Prenumeratę lokalnego tygodnika wykupiło w tym roku czterdzieści rodzin.'),
    ('head', 'Подписавшись под обращением, жители попросили сохранить голубятню.'),
    ('tail', 'Реклама на старом павильоне висела до самого ремонта, вспоминают старожилы.'),
]

HELD_OUT_180_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wadlingham-well-house', [
        [
            '-Edition: Town | Villages | Coast',
            '-The Wadlingham Lantern',
            "-News · Sport · What's On · Property · Notices",
        ],
        [
            '+Village well house reopens after ninety years under lock and key',
            '-4 min read',
            '-By Harriet Plumbgrove · Thursday 8 October 2026, 07:40',
        ],
        [
            '-The well house on Church Lane with its new oak door and restored pump handle.',
            '-Picture: Lantern staff photographer',
            '+The little brick well house on Church Lane, built over the village well in 1868, opened its doors '
            'again on Saturday for the first time since the 1930s.',
            '+Volunteers spent two summers clearing ivy from the walls, relaying the tiled floor and fitting a '
            'grille over the shaft so that visitors can look down safely.',
        ],
        [
            '+Parish council chair Rowland Gaskerry said: "Everyone walks past it, and nobody under eighty had '
            'ever seen inside. Now they can."',
            '-Most read',
            '-1. Bin collections change from next month',
            '-2. Roadworks close the bypass overnight',
        ],
        [
            '+What visitors can see',
            '+The original cast-iron winding gear, cleaned and repainted in its old green.',
            '+A glass panel over the shaft, which is nearly forty feet deep.',
            '-Advertising',
            '+Photographs of villagers drawing water, lent by the history society.',
        ],
        [
            '+The well house will be open on Saturday mornings until the end of October and again from Easter.',
            "-Get the Lantern's free morning newsletter in your inbox",
        ],
        [
            '-Share: Facebook · WhatsApp · Email',
            "+The volunteers hope next to restore the stone trough beside it, which once watered the carriers' "
            'horses.',
            '-Tags: Wadlingham, heritage, Church Lane',
        ],
        [
            '-3 comments',
            '-Pauline R.: My grandmother used to talk about queueing here with two buckets.',
            '-↳ Geoff T.: Mine too – she said the handle took two children to turn.',
            '-Stan W.: Well done to the volunteers, it looks lovely.',
        ],
        [
            '-About us · Contact · Terms · Privacy',
            '-© 2026 Lantern Newspapers Ltd',
        ],
    ]),
    _page('en', 'en-blog-brasshornbench-gramophone', [
        [
            '-The Brass Horn Bench',
            '-Home › Projects › Gramophones',
        ],
        [
            '-Reading time: 7 minutes',
            '+Bringing a 1920s horn gramophone back to voice',
            '-Posted on 3 October 2026 by Winifred',
        ],
        [
            '+I bought the gramophone at a house clearance for thirty pounds: a mahogany case, a dented brass horn '
            'and a motor that would not wind.',
            '-In this post',
            '-1. Freeing the motor',
            '-2. Straightening the horn',
        ],
        [
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            '+The mainspring turned out to be fine; decades of hardened grease had simply glued the governor '
            'weights in place.',
        ],
        [
            '+A collector at the local phonograph society put it best: "The soundbox is the voice. Everything else '
            'is just plumbing."',
            '-The soundbox with its new gasket, before it went back on the tone arm.',
        ],
        [
            '+What I learned',
            '-The gasket rubber I used: Soundbox Gasket Kit on Amazon',
            '+Soak old grease with paraffin overnight before touching a spring.',
            '+Dents in a brass horn come out best over a wooden former, not with a hammer alone.',
            '+Replace the soundbox gaskets first; they change the sound more than anything.',
        ],
        [
            '+It now plays a whole side of a 78 on one wind, and the neighbours have asked for dance music on '
            'Friday nights.',
            '-Subscribe to get new posts by email',
            '+Next winter I want to tackle a cabinet gramophone with the horn hidden inside the case.',
            '-Happy winding, Winifred',
            '-I restore soundboxes for other collectors – send me a message through the contact page for a quote.',
        ],
        [
            '-Share this: Facebook · Pinterest · Reddit',
            '-Comments (3)',
            '-Derek M.: What needles do you use? I keep wearing grooves on my records.',
            '-↳ Winifred: Loud steel needles, one per side – never reuse them.',
            '-Colette A.: Lovely job on the horn, it looks brand new.',
        ],
        [
            '-© 2026 Winifred Aspenwold',
            '-Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-vauclergue-abri-tramway', [
        [
            '-Édition : Ville · Canton · Vallée',
            '-Le Petit Vauclerguois',
            '-Actualité · Sports · Agenda · Nécrologie · Petites annonces',
        ],
        [
            "+L'abri de l'ancien tramway retrouve sa marquise place du Marché",
            '-Lecture 3 min',
            '-Par Octave Brûlegrange · Publié le 9 octobre 2026 à 6 h 30',
        ],
        [
            "-L'abri restauré, avec sa marquise en verre et ses bancs d'origine.",
            '-Photo O. B.',
            "+Construit en 1911 pour les voyageurs du tramway qui reliait Vauclergue à la gare, l'abri en fonte de "
            'la place du Marché avait perdu sa marquise en 1962.',
            "+Une souscription lancée l'an dernier a permis de refaire la verrière à l'identique d'après une carte "
            'postale ancienne.',
        ],
        [
            "+« Le tram ne reviendra pas, mais les gens s'assoient de nouveau ici pour attendre le car », sourit "
            'la maire, Hortense Bavoulet.',
            '-Les plus lus',
            '-1. Fermeture de la piscine pour travaux',
            '-2. Le marché de Noël change de place',
        ],
        [
            '+Ce qui a été fait',
            '+La fonte a été décapée puis repeinte en vert wagon.',
            '+Les vitres de la marquise ont été remplacées par du verre feuilleté.',
            '-Publicité',
            '+Une plaque rappelle les horaires du tramway de 1911.',
        ],
        [
            "+L'abri sert désormais d'arrêt au car scolaire, qui passe quatre fois par jour.",
            "-Recevez notre lettre d'information gratuite chaque matin",
        ],
        [
            '-Partager : Facebook · X · WhatsApp',
            "+Les donateurs recevront une reproduction de la carte postale lors de l'inauguration, le 14 novembre.",
            '-Mots-clés : Vauclergue, patrimoine, tramway',
        ],
        [
            '-3 commentaires',
            "-Josiane L. : Mon grand-père conduisait ce tram, quelle émotion de revoir l'abri.",
            '-↳ Marcel D. : Il y a une photo de lui au musée, je crois.',
            "-Bernadette K. : Dommage qu'il n'y ait pas de poubelle à côté.",
        ],
        [
            '-Mentions légales · Contact · CGU',
            '-© 2026 Éditions Vauclerguoises',
        ],
    ]),
    _page('fr', 'fr-blog-dulcimerdugrenier-dulcimer', [
        [
            '-Le Dulcimer du Grenier',
            '-Accueil › Lutherie › Dulcimer',
        ],
        [
            '-Temps de lecture : 8 minutes',
            '+Mon premier dulcimer des Appalaches, de la planche à la première chanson',
            '-Publié le 4 octobre 2026 par Aurélien',
        ],
        [
            "+J'ai commencé ce dulcimer en janvier avec une planche de noyer récupérée chez un menuisier et un "
            'plan acheté dans une revue américaine.',
            '-Sommaire',
            '-1. La caisse en sablier',
            '-2. Les frettes',
        ],
        [
            '-Cet article contient des liens affiliés : je touche une petite commission si vous achetez.',
            "+Le plus long a été de cintrer les éclisses : trois se sont fendues avant que je comprenne qu'il "
            'fallait les chauffer davantage.',
        ],
        [
            "+Un luthier du Morvan m'avait prévenu : « Sur un dulcimer, la touche fait tout. Si elle est fausse, "
            'rien ne sera juste. »',
            '-La touche en érable, frettes posées, avant le vernis.',
        ],
        [
            "+Ce que j'ai appris",
            "-Le fer à cintrer que j'utilise : fer à cintrer électrique sur Amazon",
            "+Il faut humidifier et chauffer les éclisses bien plus longtemps qu'on ne le croit.",
            '+Une scie à frettes guidée évite les fentes de travers.',
            '+Le vernis au tampon demande de la patience, mais il rend le bois superbe.',
        ],
        [
            "+Il sonne doux et un peu nasillard, exactement comme les enregistrements que j'écoutais.",
            '-Abonnez-vous pour recevoir les prochains articles',
            '+Le prochain sera en cerisier, avec une tête sculptée en forme de feuille.',
            '-À bientôt, Aurélien',
            "-Je donne des stages d'initiation au dulcimer dans mon atelier à Dijon, renseignements sur la page "
            'Stages.',
        ],
        [
            '-Partager sur Facebook · Pinterest',
            '-Commentaires (3)',
            '-Maëlle R. : Quelle épaisseur pour la table ?',
            '-↳ Aurélien : 2,5 mm, poncée à la main.',
            "-Yvon P. : Magnifique, on voudrait l'entendre !",
        ],
        [
            '-© 2026 Aurélien Castelmouche',
            '-Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-hasselbrunn-triftweg', [
        [
            '-Ausgabe: Stadt · Land · Kreis',
            '-Hasselbrunner Bote',
            '-Lokales · Sport · Kultur · Termine · Leserbriefe',
        ],
        [
            '+Alter Ochsentriftweg zwischen Hasselbrunn und der Weser wieder ausgeschildert',
            '-Lesezeit 3 Minuten',
            '-Von Ingwer Dollhagen · 10.10.2026, 06:00 Uhr',
        ],
        [
            '-Eine der neuen Wegmarken mit dem Ochsenkopf am Ortsausgang.',
            '-Foto: I. Dollhagen',
            '+Auf dem alten Triftweg trieben Bauern bis ins 19. Jahrhundert ihre Ochsen zu den Märkten an der '
            'Weser.',
            '+Der Heimatverein hat die 18 Kilometer lange Strecke nun mit 60 neuen Holzpfählen markiert, jeder mit '
            'einem eingebrannten Ochsenkopf.',
        ],
        [
            '+„Viele kannten nur das Stück hinter ihrem Dorf, jetzt sieht man, dass es ein einziger Weg war“, sagt '
            'die Vereinsvorsitzende Marlene Quendelborn.',
            '-Meistgelesen',
            '-1. Neue Ampel an der Bahnhofstraße',
            '-2. Schützenfest mit Rekordbesuch',
        ],
        [
            '+Was Wanderer wissen sollten',
            '+Die Strecke ist in drei Etappen von je sechs Kilometern eingeteilt.',
            '+An zwei alten Tränken stehen Infotafeln zur Geschichte des Viehtriebs.',
            '-Anzeige',
            '+Der Weg ist nicht für Fahrräder ausgebaut.',
        ],
        [
            '+Eine Karte zum Mitnehmen liegt im Rathaus und in der Bäckerei am Markt aus.',
            '-Jetzt den kostenlosen Newsletter des Boten abonnieren',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Im Frühjahr will der Verein eine geführte Wanderung über die ganze Strecke anbieten.',
            '-Schlagwörter: Hasselbrunn, Heimatverein, Wandern',
        ],
        [
            '-3 Kommentare',
            '-Heiner B.: Mein Opa hat noch Kälber über den Weg getrieben.',
            '-↳ Sabine W.: Davon sollte der Verein unbedingt Erinnerungen sammeln!',
            '-Jutta F.: Schön gemacht, wir sind die erste Etappe schon gelaufen.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt',
            '-© 2026 Verlagsgesellschaft Hasselbrunn mbH',
        ],
    ]),
    _page('de', 'de-blog-seglerkastenamgiebel-mauersegler', [
        [
            '-Seglerkasten am Giebel',
            '-Start › Vogelschutz › Mauersegler',
        ],
        [
            '-ca. 6 Min. Lesezeit',
            '+Drei Nistkästen für Mauersegler unter unserem Dach',
            '-Veröffentlicht am 5. Oktober 2026 von Konstanze',
        ],
        [
            '+Seit unser Nachbarhaus gedämmt wurde, fehlen den Mauerseglern in unserer Straße die alten Spalten '
            'unter den Dachziegeln.',
            '-Inhalt',
            '-1. Der Bauplan',
            '-2. Die Montage',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links. Für Käufe erhalte ich eine kleine Provision.',
            '+Also habe ich im Winter drei Kästen aus unbehandelter Fichte gebaut, mit einem flachen Einflugloch '
            'von nur 30 mal 65 Millimetern.',
        ],
        [
            '+Die Vogelschützerin vom NABU-Ortsverein meinte: „Mauersegler sind treu. Wenn sie einmal einziehen, '
            'kommen sie jedes Jahr wieder.“',
            '-Die drei fertigen Kästen vor dem Anstrich.',
        ],
        [
            '+Was ich gelernt habe',
            '-Mein Lockruf-Lautsprecher: Mauersegler-Klangattrappe bei Amazon',
            '+Die Kästen müssen mindestens fünf Meter hoch hängen und frei anfliegbar sein.',
            '+Eine Klangattrappe im Mai lockt Kundschafter deutlich schneller an.',
            '+Geduld: Manche Kästen bleiben zwei Jahre leer.',
        ],
        [
            '+Im Juli hat tatsächlich ein Paar im mittleren Kasten gebrütet.',
            '-Abonniere den Blog und verpasse keinen Beitrag',
            '+Nächstes Jahr sollen zwei weitere Kästen am Schuppen dazukommen.',
            '-Herzliche Grüße, Konstanze',
            '-Ich baue Mauersegler-Kästen auf Bestellung, Anfragen gern über das Kontaktformular.',
        ],
        [
            '-Teile diesen Beitrag: Facebook · Pinterest · Mastodon',
            '-Kommentare (3)',
            '-Rüdiger H.: Welche Farbe für den Anstrich?',
            '-↳ Konstanze: Ein heller Grauton, damit es drinnen nicht zu heiß wird.',
            '-Elke S.: Bei uns sind dieses Jahr auch zum ersten Mal welche eingezogen!',
        ],
        [
            '-© 2026 Konstanze Wiesenhöfer',
            '-Betrieben mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-borgotorvo-colonnina-miliare', [
        [
            '-Edizione: Città · Valle · Provincia',
            '-Il Corriere di Borgotorvo',
            '-Cronaca · Sport · Cultura · Eventi · Necrologi',
        ],
        [
            '+Torna al suo posto la colonnina miliare in ghisa della strada per il passo',
            '-Lettura di 3 minuti',
            '-Di Tiziano Sbrindolotti · 11 ottobre 2026, ore 7:10',
        ],
        [
            "-La colonnina restaurata all'incrocio della provinciale.",
            '-Foto T. S.',
            '+La colonnina in ghisa che segnava le miglia sulla vecchia strada per il passo, fusa nel 1887, è '
            "tornata sabato all'incrocio da cui era sparita vent'anni fa.",
            '+Era finita in un deposito comunale dopo un incidente stradale, ed è stata ritrovata per caso durante '
            'uno sgombero.',
        ],
        [
            "+«Pensavamo che fosse stata rottamata, invece era sotto un telo da due decenni», racconta l'assessore "
            'Gualtiero Pennisotti.',
            '-I più letti',
            '-1. Chiude per lavori la piscina comunale',
            '-2. Sagra della castagna, tutti i numeri',
        ],
        [
            "+Com'è stata restaurata",
            '+La ghisa è stata sabbiata e trattata contro la ruggine.',
            '+Le scritte in rilievo sono state ripassate in bianco.',
            '-Pubblicità',
            '+La base è stata fissata su un nuovo plinto di pietra.',
        ],
        [
            '+Accanto alla colonnina sarà posata una targa che ne racconta la storia.',
            '-Iscriviti alla newsletter del Corriere',
        ],
        [
            '-Condividi: Facebook · WhatsApp · X',
            '+Il Comune cerca ora le altre due colonnine della stessa strada, di cui restano solo vecchie '
            'fotografie.',
            '-Tag: Borgotorvo, storia locale, viabilità',
        ],
        [
            '-3 commenti',
            '-Rosanna V.: Da bambini ci sedevamo sopra ad aspettare la corriera.',
            '-↳ Piero M.: Anche noi! Bentornata.',
            "-Lucia G.: Brava la persona che l'ha ritrovata.",
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie',
            '-© 2026 Editoriale Torvese srl',
        ],
    ]),
    _page('it', 'it-blog-manticeincantina-bandoneon', [
        [
            '-Mantice in cantina',
            '-Home › Strumenti › Bandoneon',
        ],
        [
            '-Tempo di lettura: 7 minuti',
            '+Il bandoneon del nonno: riparare il mantice e tornare a suonare',
            '-Pubblicato il 6 ottobre 2026 da Ilaria',
        ],
        [
            '+Il bandoneon di mio nonno, un vecchio strumento tedesco degli anni Trenta, è rimasto chiuso in un '
            "armadio per quasi cinquant'anni.",
            '-Indice',
            '-1. Il mantice',
            '-2. Le ance',
        ],
        [
            '-In questo articolo ci sono link di affiliazione: se acquisti, ricevo una piccola commissione.',
            '+Il mantice perdeva aria da ogni piega, così ho rifatto gli angoli in pelle sottile uno per uno, con '
            'colla a caldo di ossa.',
        ],
        [
            '+Un fisarmonicista di Castelfidardo mi ha detto: «Il bandoneon perdona tutto, tranne un mantice che '
            'respira male.»',
            '-Il mantice con i nuovi angoli in pelle, ancora da chiudere.',
        ],
        [
            '+Cosa ho imparato',
            '-La colla che ho usato: colla di ossa in perle su Amazon',
            '+Le pieghe del mantice vanno numerate prima di smontarle.',
            '+La pelle deve essere sottile come carta, altrimenti il mantice non si chiude.',
            '+Le ance arrugginite si puliscono con pazienza, non con la carta vetrata.',
        ],
        [
            "+Ora suona, un po' calante nelle note basse, ma il primo tango l'ho suonato a Natale per mia nonna.",
            '-Iscriviti per ricevere i nuovi articoli via email',
            "+Il prossimo passo sarà l'accordatura, che affiderò a un professionista.",
            '-Un abbraccio, Ilaria',
            '-Restauro mantici di fisarmoniche e bandoneon: scrivimi dalla pagina Contatti per un preventivo.',
        ],
        [
            '-Condividi su Facebook · Pinterest',
            '-Commenti (3)',
            '-Franco B.: Che marca è? Mio zio ne aveva uno simile.',
            '-↳ Ilaria: Un Alfred Arnold, credo del 1934.',
            '-Marisa T.: Che bella storia, complimenti.',
        ],
        [
            '-© 2026 Ilaria Mantegazzoli',
            '-Creato con WordPress · Tema Neve',
        ],
    ]),
    _page('pl', 'pl-portal-pompolinowo-pompa', [
        [
            '-Wydanie: Gmina · Powiat · Region',
            '-Głos Pompolinowa',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '+Stara pompa na zielonym skwerze znów daje wodę',
            '-Czytanie zajmie 3 minuty',
            '-Autor: Radosław Piękoszewski · 12.10.2026, 7:05',
        ],
        [
            '-Odnowiona pompa na skwerze przy kościele.',
            '-Fot. R. Piękoszewski',
            '+Żeliwna pompa na skwerze przy kościele, postawiona przed wojną, przez trzydzieści lat stała '
            'zardzewiała i bez rączki.',
            '+W tym roku mieszkańcy zebrali pieniądze na jej remont, a kowal z sąsiedniej wsi wykonał nową '
            'dźwignię według starego zdjęcia.',
        ],
        [
            '+– Dzieci myślały, że to rzeźba. Teraz ustawiają się w kolejce, żeby pompować – śmieje się sołtyska '
            'Danuta Wierzbołęcka.',
            '-Najczęściej czytane',
            '-1. Remont drogi do szkoły',
            '-2. Dożynki w liczbach',
        ],
        [
            '+Co zrobiono przy pompie',
            '+Oczyszczono i pomalowano żeliwny korpus.',
            '+Wymieniono uszczelki i tłok.',
            '-Reklama',
            '+Sanepid zbadał wodę, która nadaje się do podlewania, ale nie do picia.',
        ],
        [
            '+Przy pompie stanie tabliczka z informacją, że woda nie jest pitna.',
            '-Zapisz się do naszego newslettera',
        ],
        [
            '-Udostępnij: Facebook · Messenger · WhatsApp',
            '+Latem mieszkańcy chcą posadzić wokół skweru lipy, jak przed wojną.',
            '-Tagi: Pompolinowo, pompa, sołectwo',
        ],
        [
            '-3 komentarze',
            '-Halina: Pamiętam, jak się tu nosiło wodę w wiadrach.',
            '-↳ Zenon: Ja też, woda była lodowata nawet latem.',
            '-Krystyna K.: Brawo dla pani sołtys!',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt',
            '-© 2026 Wydawnictwo Pompolinowskie',
        ],
    ]),
    _page('pl', 'pl-blog-magielpobabci-magiel', [
        [
            '-Magiel po Babci',
            '-Strona główna › Renowacje › Magiel',
        ],
        [
            '-Czas czytania: 7 minut',
            '+Jak uratowałam stary magiel z piwnicy babci',
            '-Opublikowano 7 października 2026 przez Marzenę',
        ],
        [
            '+Magiel stał w piwnicy babci od lat siedemdziesiątych, przykryty workami, a wałki były tak '
            'spuchnięte, że nie chciały się obracać.',
            '-Spis treści',
            '-1. Wałki',
            '-2. Rama i korba',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.',
            '+Najpierw rozebrałam całą ramę i wyszlifowałam rdzę z żeliwnych kół zębatych, co zajęło mi trzy '
            'weekendy.',
        ],
        [
            '+Sąsiad, stolarz z czterdziestoletnim stażem, powiedział mi: „Drewno trzeba suszyć powoli, inaczej '
            'wałek pęknie jak orzech.”',
            '-Wałki z grabu po szlifowaniu, jeszcze przed olejowaniem.',
        ],
        [
            '+Czego się nauczyłam',
            '-Olej, którego użyłam: olej lniany do drewna na Allegro',
            '+Spuchnięte wałki trzeba suszyć tygodniami w chłodnym miejscu.',
            '+Koła zębate najlepiej czyścić szczotką drucianą i naftą.',
            '+Korbę warto zabezpieczyć woskiem, żeby nie brudziła rąk.',
        ],
        [
            '+Magiel działa i naprawdę prasuje obrusy, choć zajmuje pół przedpokoju.',
            '-Zapisz się, aby dostawać nowe wpisy mailem',
            '+Następna będzie ręczna maglownica z lat trzydziestych, którą znalazłam na targu staroci.',
            '-Pozdrawiam, Marzena',
            '-Odnawiam stare magle i tary na zamówienie – napisz przez formularz kontaktowy.',
        ],
        [
            '-Udostępnij wpis: Facebook · Pinterest',
            '-Komentarze (3)',
            '-Ewa J.: Moja mama miała taki sam! Gdzie kupiłaś nowe paski?',
            '-↳ Marzena: Paski uszył mi rymarz z Łowicza.',
            '-Tadeusz R.: Piękna robota, gratuluję cierpliwości.',
        ],
        [
            '-© 2026 Marzena Maglarczyk',
            '-Blog na WordPressie · Motyw Blocksy',
        ],
    ]),
    _page('ru', 'ru-portal-golubishchevo-golubyatnya', [
        [
            '-Выпуск: Город · Район · Область',
            '-Голубищевский вестник',
            '-Новости · Спорт · Культура · Афиша · Объявления',
        ],
        [
            '+В Голубищеве отремонтировали общую голубятню у старой школы',
            '-Время прочтения 3 минуты',
            '-Автор: Аполлинария Ковыльцева · 13 октября 2026, 07:20',
        ],
        [
            '-Голубятня после ремонта, с новой сеткой и крышей.',
            '-Фото: А. Ковыльцева',
            '+Деревянную голубятню у старой школы построили всем селом в 1958 году, и до девяностых за птицами по '
            'очереди ухаживали несколько семей.',
            '+Последние годы она стояла без крыши, а этой осенью местные голубеводы перекрыли её и заменили сетку '
            'на вольере.',
        ],
        [
            '+«Голубей держали почти в каждом дворе, а эта была общая, колхозная. Хотим, чтобы дети снова сюда '
            'приходили», — говорит голубевод Фёдор Сизокрылов.',
            '-Самое читаемое',
            '-1. На трассе ограничат скорость',
            '-2. В школе открыли новый спортзал',
        ],
        [
            '+Что сделано',
            '+Перекрыта крыша и заменены прогнившие доски пола.',
            '+На вольер натянута новая металлическая сетка.',
            '-На правах рекламы',
            '+Внутри сделаны полки для гнёзд на сорок пар.',
        ],
        [
            '+Весной голубеводы обещают провести для школьников первый урок по уходу за птицами.',
            '-Подпишитесь на нашу рассылку',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+В администрации поселения обещали выделить деньги на покраску к следующему лету.',
            '-Теги: Голубищево, голуби, село',
        ],
        [
            '-3 комментария',
            '-Николай: Мой отец тоже держал тут голубей, спасибо ребятам.',
            '-↳ Галина: Помню, как он гонял их шестом с тряпкой!',
            '-Ольга С.: Молодцы, красиво получилось.',
        ],
        [
            '-О редакции · Контакты · Политика конфиденциальности',
            '-© 2026 АНО «Редакция районной газеты»',
        ],
    ]),
    _page('ru', 'ru-blog-nozhnoykrugnadache-gonchar', [
        [
            '-Ножной круг на даче',
            '-Главная › Своими руками › Гончарный круг',
        ],
        [
            '-Читать 8 минут',
            '+Как я собрал ножной гончарный круг из старого маховика',
            '-Опубликовано 8 октября 2026, автор: Всеволод',
        ],
        [
            '+Электрический круг мне был не по карману, поэтому прошлой зимой я решил собрать ножной, как у '
            'деревенских гончаров.',
            '-Содержание',
            '-1. Маховик',
            '-2. Рама и сиденье',
        ],
        [
            '-В статье есть партнёрские ссылки: если вы что-то купите, я получу небольшой процент.',
            '+Маховиком стал бетонный диск весом около сорока килограммов, который я отлил в старом тазу.',
        ],
        [
            '+Знакомая гончарша из Скопина сказала: «Ножной круг честнее электрического: он крутится ровно так, '
            'как ты работаешь».',
            '-Маховик и вал до сборки рамы.',
        ],
        [
            '+Чему я научился',
            '-Подшипники, которые я поставил: комплект подшипников на Ozon',
            '+Вал должен стоять строго вертикально, иначе круг бьёт.',
            '+Тяжёлый маховик держит обороты дольше, но его труднее раскрутить.',
            '+Сиденье лучше делать регулируемым по высоте.',
        ],
        [
            '+Первые миски вышли кривыми, но круг работает, и соседские дети уже просятся попробовать.',
            '-Подпишитесь на блог, чтобы не пропустить новые записи',
            '+Весной хочу поставить над кругом навес и работать прямо в саду.',
            '-С уважением, Всеволод',
            '-Делаю ножные круги на заказ, пишите через форму обратной связи.',
        ],
        [
            '-Поделиться записью: ВКонтакте · Telegram',
            '-Комментарии (3)',
            '-Аркадий: Какой высоты получилась рама?',
            '-↳ Всеволод: Около семидесяти сантиметров до столешницы.',
            '-Марина Л.: Здорово! А глину где берёте?',
        ],
        [
            '-© 2026 Всеволод Глинохватов',
            '-Работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Sketchfab viewer could not start: WebGL is switched off in this browser.':
        "an English Sketchfab viewer placeholder ('Sketchfab viewer could not start: WebGL is switched off in this "
        "browser.') is left in the body",
    'Airtable view not shown: you need an invitation from the base owner to see these records.':
        "an English Airtable view placeholder ('Airtable view not shown: you need an invitation from the base "
        "owner to see these records.') is left in the body",
    'Moje drewniane łyżki kupicie na Allegro Lokalnie, wysyłka paczkomatem InPost.':
        "a Polish Allegro Lokalnie wooden-spoons plug ('Moje drewniane łyżki kupicie na Allegro Lokalnie, wysyłka "
        "paczkomatem InPost.') is left at the foot",
    'Ваш комментарий отправлен на проверку и появится после одобрения модератором.':
        "a Russian sent-for-review comment message ('Ваш комментарий отправлен на проверку и появится после "
        "одобрения модератором.') is left at the foot",
    'Avvertenza: i dati citati sono stati forniti dal Comune e non sono stati verificati in modo indipendente.':
        "an Italian unverified-council-data caveat ('Avvertenza: i dati citati sono stati forniti dal Comune e non "
        "sono stati verificati in modo indipendente.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-brasshornbench-gramophone':
        "the gramophone blog's post keeps the photo caption ('The soundbox with its new gasket, before it went "
        "back on the tone arm.') after the quote paragraph (1 of 20 noise lines; after round 121, which took the sign-off "
        "and the plug after the last paragraph); no article line is lost",
    'fr-blog-dulcimerdugrenier-dulcimer':
        "the dulcimer blog's post keeps the photo caption ('La touche en érable, frettes posées, avant le "
        "vernis.') after the quote paragraph (1 of 20 noise lines; after round 121, which took the sign-off and the plug "
        'after the last paragraph); no article line is lost',
    'de-blog-seglerkastenamgiebel-mauersegler':
        "the swift-box blog's post keeps the photo caption ('Die drei fertigen Kästen vor dem Anstrich.') after "
        "the quote paragraph, the affiliate link ('Mein Lockruf-Lautsprecher: Mauersegler-Klangattrappe bei "
        "Amazon') between the subheading and the first list row (2 of 20 noise lines; after round 120, which took the "
        "subscribe prompt between the two last paragraphs); no article line is lost",
    'it-blog-manticeincantina-bandoneon':
        "the bandoneon blog's post keeps the photo caption ('Il mantice con i nuovi angoli in pelle, ancora da "
        "chiudere.') after the quote paragraph (1 of 20 noise lines; after round 121, which took the sign-off and the "
        'plug after the last paragraph); no article line is lost',
    'pl-blog-magielpobabci-magiel':
        "the mangle blog's post keeps the photo caption ('Wałki z grabu po szlifowaniu, jeszcze przed "
        "olejowaniem.') after the quote paragraph (1 of 20 noise lines); no article line is lost",
    'ru-blog-nozhnoykrugnadache-gonchar':
        "the kick-wheel blog's post keeps the photo caption ('Маховик и вал до сборки рамы.') after the quote "
        "paragraph, and the sign-off ('С уважением, Всеволод') and the plug ('Делаю ножные круги на заказ, пишите "
        "через форму обратной связи.') after the last paragraph (3 of 20 noise lines); no article line is lost",
}


test_held_out_180_line, test_held_out_180_line_is_kept, test_held_out_180_page = held_out_tests(
    HELD_OUT_180_LINES, HELD_OUT_180_KEEP, HELD_OUT_180_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
