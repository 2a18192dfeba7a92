"""Held-out set 168: written blind, weighted toward the noise the cleaner exists for, in shapes set 166's docstring does
not name (nor the first paragraphs of sets 163, 164 and 165): scraper, embed and ad markers (an English bracketed
Mixcloud show whose audio the text-only version of the page leaves out "[Embedded Mixcloud show – audio is not included
in the text-only version of this page]", an English Genially presentation too large for small screens, with a
tap-to-open pointer "This Genially presentation is too large to show on small screens. Tap to open it full size.", an
English Apple Podcasts preview held back for subscribers "Apple Podcasts preview unavailable: this episode is for
subscribers only.", a French Datawrapper chart that could not be loaded "Le graphique Datawrapper n'a pas pu être
chargé. Actualisez la page pour l'afficher.", a German Calameo document whose preview its publisher switched off
"Calameo-Dokument: Die Vorschau wurde vom Herausgeber deaktiviert.", an Italian OpenStreetMap route map that needs
JavaScript "Mappa di OpenStreetMap: attiva JavaScript per visualizzare il percorso.", a Polish Audioteka player that
does not work in the browser's private mode "Odtwarzacz Audioteki nie działa w trybie prywatnym przeglądarki." and a
Russian RUTUBE video blocked in the reader's region "Видео с RUTUBE недоступно для просмотра в вашем регионе.");
reading-time headers in new wordings (the English word-count-and-minutes line "612 words · about 3 minutes", a blog's
heads-up-this-is-a-chunky-one line of twelve minutes with a cuppa "Heads up – this is a chunky one: roughly 2,400 words,
or twelve minutes with a cuppa.", the French duration-of-reading line "Durée de lecture : 3 minutes", the German
Lesedauer line with an abbreviated circa "Lesedauer ca. 3 Min.", the Italian three-minutes-to-read-this-article line "3
minuti per leggere questo articolo", the Polish reading-it-will-take-you line "Przeczytanie zajmie ci 3 minuty" and the
Russian it-reads-in line "Читается за 3 минуты"); bylines and self-promotion (an English from-staff-reports byline with
additional reporting "From staff reports, with additional reporting by Cordelia Vantreffen", a French investigation-by
byline shared with the newsroom "Enquête de Solange Pivardière, avec la rédaction", a German by-our-contributor byline
"Von unserer Mitarbeiterin Rosmarie Knöpfelspiel" and a Russian material-prepared-by byline "Материал подготовила
Евлампия Подпечкина", all at the head, and at the foot an English Redbubble prints plug "Prints of my restored lamps are
in my Redbubble shop if you fancy one for your wall.", an English Eventbrite brass-polishing-workshops plug "I run
one-day brass-polishing workshops in Leeds – dates are on my Eventbrite page.", an Italian Depop amigurumi plug "Vendo i
miei amigurumi su Depop, con spedizione in tutta Italia." and a Polish Pakamera bookmarks plug with registered-letter
shipping "Zakładki z moimi rysunkami ptaków sprzedaję na Pakamerze – wysyłka listem poleconym."); blog and site footers
(an English Ghost credit with its theme and a sign-in link "Published with Ghost · Theme: Casper · Sign in", an English
IPSO regulation line with a complaints-policy pointer "This newspaper is regulated by IPSO. Read our complaints
policy.", an English SiteGround-and-Divi credit with a back-to-top link "Hosted by SiteGround · Built with Divi · Back
to top ↑", a French publication-director line with the legal-notices link "Directeur de la publication : Anselme
Corbiquet · Mentions légales", a German Jimdo credit with imprint and log-in links "Erstellt mit Jimdo · Impressum ·
Anmelden", an Italian VAT-number-and-share-capital line "P.IVA 04128830371 · Capitale sociale 10.000 euro i.v.", a
Polish all-rights-reserved-no-copying line "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione."
and a Russian Tilda credit with a privacy-policy link "Сайт работает на Tilda · Политика конфиденциальности");
reader-comment furniture (an English removed-by-a-moderator stub "This comment was removed by a moderator for breaking
our house rules.", an English no-comments-yet prompt "No comments yet. Start the conversation.", an English
comment-moderation-is-enabled note "Comment moderation is enabled. Your comment may take some time to appear.", a French
comment-reported-awaiting-moderation stub "Commentaire signalé, en attente de modération.", a German comment-box label
with a character counter "Ihr Kommentar (noch 1500 Zeichen)", an Italian most-voted-comment label "Commento più votato
dai lettori", a Polish hide-replies link with a count "Ukryj odpowiedzi (3)" and a Russian thread-collapsed-expand row
"Ветка комментариев свёрнута. Развернуть"); share rows (an English send-this-story row with WhatsApp, Telegram, SMS and
copy URL "Send this story: WhatsApp · Telegram · SMS · Copy URL", a German pass-it-on row with WhatsApp, Facebook,
Threads and a link "Weitersagen: WhatsApp · Facebook · Threads · Link" and an Italian share-the-article row with
WhatsApp, Telegram, LinkedIn and copy link "Condividi l'articolo: WhatsApp · Telegram · LinkedIn · Copia link"); and
notices (a French update note with its time and what was added "Mise à jour le 4 mai à 18 h : ajout de la réaction du
maire." and a Polish reprinted-from-the-archive note "Tekst pochodzi z archiwum; ukazał się w wydaniu papierowym z 12
marca.", both in the body, and the Russian the-author's-opinion-may-differ disclaimer "Мнение автора может не совпадать
с позицией редакции." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 166's docstring
does not describe (on the six portal pages, in eleven blocks, an ad label, the masthead and the section menu in one
block of three at the very top, the ad label first; the title alone in its block; the byline-and-date line, the reading
time and a share row in one block of three under it; the first and second paragraphs in one block with the lead photo's
caption and its credit between them; the paragraph with the quote at the top of its block with a read-also link after
it; the subheading and the three rows with a newsletter or Telegram prompt between the subheading and the first row; the
first last paragraph alone; a sponsored label and a sponsored headline alone in a block of two between the two last
paragraphs; the second last paragraph at the top of its block with a follow-us prompt after it; at the foot two blocks,
five lines of a comment thread (a comment count, a comment, a second reader's arrowed reply, a third reader's comment
and then the first commenter's arrowed answer to the reply, after the third comment) and then a links row and the
publisher's copyright line; on the six blog pages, in ten blocks, the blog name, its tagline and the menu in one block
of three; the title at the top of its block with the reading time after it; the posted-on-date-by-author line alone (on
the English blog with a comment count); the first paragraph alone; the second paragraph and the paragraph with the quote
in one block with a subscribe prompt at its end; the subheading and the three rows with an affiliate link at the end of
the list block, after the third row; the two last paragraphs in one block with a share row and a previous-post link
after them; a related-posts box (its heading and two post links) alone in a block of three; at the foot two blocks, six
lines (a comments count, three readers' comments, the author's one arrowed reply answering two of them and the
leave-a-comment heading) and then the author's copyright line and a platform credit), taken from local news of fresh
kinds (a town's public library's roof garden opened, a village's post office moved into its café, a railway level
crossing's keeper retired, a school's solar panels switched on, a village green's maypole replaced, a lake's rowing
boats hired out again) and from blogs about restoring a brass lamp, making hot sauce, building a trellis, learning
crochet, keeping a nature journal and repairing old books' spines.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 166 but what is named here), held-out set 167 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 166 up to its paragraph "Measured after round 113", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 163, 164 and 165, printed with one ast
script (/tmp/s168scratch/peek.py, reading the files of /tmp/wt-set168/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set168); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s168scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 166's as printed, with 166 -> 168; /tmp/s168scratch/gen168.py writes this file from scratch files (data168.py with
the noise and keep lines, pages168.py with the pages, doc168.py with the first paragraph, doc2.txt with the next four
and, after the measurement, doc3.txt with the Baseline paragraph and tables168.py with the xfail tables). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s168,
detached at commit bb9e925ef787e5d1eda8d5c3159c3e727517f2e4, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 04:20:06 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
bb9e925ef787e5d1eda8d5c3159c3e727517f2e4 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 166's Slips and notes (3) to inside set 164's first paragraph); its second run went to
/tmp/s168scratch/peek.out, of which I paged lines 125 to 300, 300 to 420 and 420 to 539 with ``sed``, in three calls
(the first run had shown the lines before and after the cut); nothing outside the allowed parts was printed, since the
script stops set 166's docstring before the paragraph "Measured after round 113" (so its Baseline paragraph, which comes
before that one, was read) and prints only the first paragraphs of the other three. No file of the tests/ folder was
listed, grepped or opened otherwise; to compare my wordings with the named ones I grepped my own scratch copy peek.out
for the service names and key words of my lines (none of the embed services, platforms, hosts or the words "Durée",
"Lesedauer", "Читается", "Enquête", "Mitarbeiterin", "IPSO", "Ghost", "Jimdo", "Tilda", "Weitersagen" or "Мнение" occurs
there). (3) Near misses with shapes already named, noted rather than hidden: the eight markers are placeholders for
services not named there (Mixcloud, Genially, Apple Podcasts, Datawrapper, Calameo, OpenStreetMap, Audioteka, RUTUBE),
with reasons not named (audio left out of a text-only version, too large for small screens, subscribers only, a preview
switched off by its publisher, JavaScript needed, private browsing, a region block); still, the French Datawrapper line
is a could-not-load placeholder of the kind of set 164's Bluesky and Threads lines, the German Calameo line is close to
set 163's Issuu cannot-be-shown line, and the English Apple Podcasts line shares "subscribers only" with set 166's
Italian subscribers-only preview notice (a notice there, a marker here, since it stands for an embedded player); the
reading times are new phrasings of the same minutes-to-read idea, but the Polish line shares the noun "przeczytanie"
with set 165's Polish you-need-five-minutes line, the Russian line the "за 3 минуты" shape with set 165's Russian
you-will-read-it-in line, and the English chunky-one line is a blog's long-read warning like set 163's grab-a-biscuit,
set 164's long-post alert, set 165's fair-warning and set 166's settle-in lines (it adds a word count); the English
word-count line is new in giving the words; the Russian material-prepared-by byline opens with the words "Материал
подготовил…" as set 163's Russian grant-fund notice ("Материал подготовлен при поддержке…"), a notice there and a byline
here; the English Eventbrite workshops plug is of the kind of set 163's Italian Airbnb Experiences courses plug (courses
booked on a platform); the other plugs sell on platforms not named (Redbubble, Depop, Pakamera); the footers are
credits, legal lines and rights lines with hosts, builders, regulators and wordings not named (Ghost and Casper, IPSO,
SiteGround and Divi, a publication director, Jimdo, an Italian VAT number and share capital, a Polish no-copying line,
Tilda), though the Jimdo line is a free-site builder's credit like set 166's Wix banner; the English
removed-by-a-moderator stub is close in kind to set 163's German shortened-by-the-newsroom stub, the English
moderation-is-enabled note to set 161's Russian comments-are-moderated note (named in set 166's notes) and set 164's
commenting-paused note, the Polish hide-replies link is the reverse of the show-more links (set 166's Italian
show-earlier-comments link, set 165's Italian show-seven-more link); the German character-counter label, the Italian
most-voted label, the Russian collapsed-thread row, the French reported-awaiting-moderation stub and the English
no-comments-yet prompt are not named; the share rows use verbs not named ("Send this story", "Weitersagen", "Condividi
l'articolo") and SMS; the French update note is close in kind to set 163's French correction note (both say the story
changed after publication), while the Polish reprinted-from-the-archive note and the Russian opinion disclaimer are not
named. On the pages the noise is of common kinds (ad labels, mastheads, menus, bylines with dates, reading times, share
rows, captions and credits, read-also links, newsletter and Telegram prompts, sponsored labels and headlines, follow
prompts, comment threads, links rows, copyright lines, blog names, taglines, posted-on lines, subscribe prompts,
affiliate links, previous-post links, related-posts boxes, leave-a-comment headings and platform credits), since the
brief asks for new layouts there; some positions echo earlier layouts (the portals' title alone, as no earlier portal
named here had it, but the byline lines in one block under it as in set 165's portals; the quote paragraph at the top of
its block with one noise line after it, as in set 164's portals with an ad label; a prompt between the subheading and
the first row, where set 164's blogs had a photo caption; the blogs' name, tagline and menu in one block of three, as
set 163's blogs had menu, name and tagline; the blogs' affiliate link after the third row, where set 166's portals had
an ad label; the comment count, comments and replies in one block, as on every page of the earlier sets), while what is
new is where the rest sits (on the portals the ad label above the masthead, the caption and credit between the first and
second paragraphs, the read-also link after the quote, the newsletter prompt right under the subheading, the sponsored
pair alone between the two last paragraphs, the follow prompt after the last paragraph, a thread whose reply comes after
a later comment; on the blogs the reading time right under the title in the title's block, the posted-on line alone, the
first paragraph alone, the subscribe prompt after the quote, the share row and previous-post link after the last
paragraphs, a related-posts box alone, a thread of three comments answered by one reply and closed by the
leave-a-comment heading, the copyright line with the platform credit). (4) Before the measurement
/tmp/s168scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
while writing I had kept the mastheads out of the copyright lines and follow prompts ("© 2026 Mallowthwaite Newspapers
Ltd", "Suivez-nous sur Facebook et Instagram"), the ad labels out of the links rows (the French row says "Annonceurs"
and the Polish row has no "Reklama"), and the word "Reklama" and "Publicité" out of the Polish and French keep lines (a
first Polish keep line began "Reklama nowej piekarni", a first French one "Publicité mensongère", an Italian one
"Pubblicità del festival"; all were changed before any check ran); the first run of check.py found one thing, the German
portal's ad label "Anzeige" inside its menu's last item "Traueranzeigen" (now "Trauer"); its second run found nothing.
Lines and data were counted by check.py (45 noise lines: category, language and place as in Contents; 20 keep lines by
language and place; 12 pages, the portals of eleven blocks and the blogs of ten, with 10 "+" and 20 "-" lines each).
/tmp/s168scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen168.py reports lines over 120 characters and at-signs in the written file, checks that every held-out noise
line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without importing it), that
the file's lists and pages equal the scratch ones. (5) Invented names were checked with the exact-string search over
public GitHub files: GardenGateGwen, TobyTrainspotter, HartleyRoadHarry, Mallowthwaite (and Mallowthwaite Courier),
Gurneybrook, Snelvering, Tarnish Diaries, Thrimblecote, Lampwright Lou, Sérigniac, Haut-Varmont, Crouzillac, Malfouret,
Café de la Bascule, Mamie_Rosette, Lulu_du_Moulin, PhilouVarmontais, Piment Bavard, Ferrouillac, Dédé_des_Cévennes,
Piment_Fou_34, Marinette_des_Bocaux, Kressengrund (and Kressengrund_Kalle), Lindenhüll, Strebelmann, Gräbenschütz,
Dorfanger_Dörte, Feuerwehr_Franz, Spalierwerkstatt, Hälmleitner, Gärtner_Gunnar, Hobbyschrauber_Timo,
Kletterrosen_Karin, Valpiovasca, Roccapestia, Scorzolini, Capitozzi, Nonna_Elvira, Papà_di_Matteo, Geometra_Ugo,
Uncinetto Ribelle (and Gomitolo Ribelle, not used), Sbirighetti, Zia_Pinuccia_72, Lanaiola_Bea, Filomena_Uncinetta,
Turkotów (and Turkotow, Turkotowsk, Wydawnictwo Turkot), Pomrocznik, Kołodrzyk, Maria_z_Torowej, Kolejarz_Benek,
Sceptyk_z_Turkotowa, Zeszyt z Łąki, Kwietniówk (and Kwietniówka), Ewa_spod_lasu, Marek_Obserwator, Dorota_z_Ogrodu,
Кривоозёрск, Пескозубов, Уключинцев, Рыбачка_Зоя, Дядя_Тимофей, Озёрный_Гена, Клей и корешок, Крупеничкин,
Книголюб_Арсений, Бабушка_Лида, Антиквар_Сева, Vantreffen, Pivardière, Knöpfelspiel, Подпечкин, Corbiquet and
Fumo_e_Lana (not used) had no hits. Dropped: Brindlewick (a town of games and fiction; the town became Mallowthwaite),
Gethwaite (inside GethWaiter; the reporter became Tobias Gurneybrook), Ouselea (inside mouseleave; the publisher became
Mallowthwaite Newspapers Ltd), Brackwater and Pettigrove (names in games and real people; the librarian became Orla
Snelvering), Tenterfold (inside testEnterFolder and the like), Anger_Anni (inside DANGER_ANNIHILATION; the handle became
Dorfanger_Dörte), Valmerla (inside Valmerlara; the valley became Valpiovasca), Сорокопудов (real people; the reporter
became Ульяна Пескозубова), Ласкутин and Веслоухов (real surnames; the boat hirer became Тимофей Уключинцев), Quelchbury
(inside Squelchbury; the blogger became Edwina Thrimblecote), Marinette_B (inside identifiers; the handle became
Marinette_des_Bocaux), Filomena_R (inside other names; the handle became Filomena_Uncinetta), Trzmielewsk (real people;
the blogger became Halina Kwietniówka), Béquillard (a French word and a real name; the byline became Solange
Pivardière), Kleefuchs (a user name and a word list; the byline became Rosmarie Knöpfelspiel), Сундуков (inside
"сундуков"; the byline became Евлампия Подпечкина), Zia_Pina (an identifier in game code; the handle became
Zia_Pinuccia_72), Rosenliebe (a word list and a product name; the handle became Kletterrosen_Karin), Книжный_червь (a
translation key; the handle became Книголюб_Арсений) and Café des Platanes (a place list; the café became the Café de la
Bascule); Przyłęk and Wetzelsdorf, which I first meant to use, are real places and were replaced without a search by
Turkotów and Hälmleitner, and the Whinmoor and Fennimore of my first draft (a real place and a real surname) by the
names above. First names alone (Edwina, Fabienne, Loredana, Zdzisław and the like), initialled names and handles built
from real places (F. C., M. S., У. Пескозубова, Baptistin F., Bertie B., Pip from Penrith), real brands, services,
platforms, hosts, themes and regulators (Brasso, Amazon, Allegro, Ozon, WordPress, Blocksy, Blogger, the embed services,
Redbubble, Eventbrite, Depop, Pakamera, Ghost, Casper, IPSO, SiteGround, Divi, Jimdo, Tilda) and real places (Leeds,
Penrith, Guadeloupe, the Cévennes) were not checked. (6) The measurement was run once, at 04:27:09 UTC by ``date``, in
one shell call with the brief's two commands (pytest output to /tmp/s168scratch/measure.out, report to
/tmp/s168scratch/report.out); then /tmp/s168scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s168/tests with /tmp/wt-s168/src on the path) to /tmp/s168scratch/problems.out: fourteen
noise lines kept, five pages with problems (5 page noise lines left, all of them kept in the text), no keep line lost
and no article line lost, as in the Baseline paragraph. The reasons of the three tables (tables168.py, written by
mktables.py from tables_src.py) were written from that output, and /tmp/s168scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise line of
the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed: gen168.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s168. (7) ``date`` printed 04:23:23 UTC before the first name checks, 04:25:27 when the marks were
printed, 04:27:09 at the measurement and 04:27:54 after the tables were checked; the times quoted here are those
``date`` printed. The whole set was written, measured and committed within the brief's 50 minutes, from 04:20:06 UTC
(the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Comments from shoppers helped the market traders choose a new Saturday layout.", "Share
prices at the brewery fell after the planning inquiry was adjourned.", "Follow-up inspections at the swimming pool found
no further leaks, the council said.", "Advertising hoardings along the bypass will be removed by the end of the year.",
"Reading the minutes aloud took the parish clerk almost an hour on Tuesday.", "Copyright in the mural remains with the
artist, who painted it in 1987.", "Subscribers to the allotment society's seed scheme will receive their packets in
March.", "Abonnés depuis des années au bulletin municipal, les anciens ont découvert le projet en première page.",
"Partager la salle des fêtes avec le club de judo ne pose aucun problème, assure le maire.", "Commentaires et questions
des habitants seront recueillis lors de la réunion publique du 3 juin.", "Teilen müssen sich die beiden Vereine künftig
den Sportplatz am Deich.", "Werbung für das Sommerfest machten die Schüler mit selbst gemalten Plakaten.", "Lesen lernen
die Erstklässler jetzt auch in der neuen Bücherecke im Rathaus.", "Abbonamenti al trasporto scolastico costeranno meno
dal prossimo settembre.", "Seguire i lavori del nuovo ponte è diventato il passatempo dei pensionati.", "Iscrizioni al
corso di nuoto per anziani si chiudono venerdì, avverte il comune.", "Komentarze mieszkańców zebrane na zebraniu
wiejskim trafiły do wójta.", "Reklamy nowej piekarni zawisły na płocie szkoły bez zgody dyrektora.", "Комментируя
решение, глава поселения пообещал отремонтировать мост до осени." and "Подписка на районную газету подорожала с января,
жалуются пенсионеры." are article sentences: each reports what shoppers and traders, a brewery's shares, a council's
inspectors, a bypass's hoardings, a parish clerk, a mural's artist, an allotment society, old residents, a mayor,
townspeople at a meeting, two clubs, pupils, first-formers, school-bus riders, pensioners, a municipality, a village
head, a bakery's posters, a settlement head or pensioners did, said, decided or will do, with the noise-like word as an
ordinary noun, verb or participle of the sentence ("Comments from shoppers" are what traders heard, not a comment count;
"Share prices" are a stock's price, not a share row; "Follow-up inspections" are a pool's checks, not a follow prompt;
"Advertising hoardings" are billboards to be removed, not an ad label; "Reading the minutes" is a clerk's task, not a
reading time; "Copyright in the mural" is who owns a painting, not a copyright footer; "Subscribers to the allotment
society's seed scheme" get seeds, not a newsletter; the French "Abonnés", "Partager" and "Commentaires", the German
"Teilen", "Werbung" and "Lesen", the Italian "Abbonamenti", "Seguire" and "Iscrizioni", the Polish "Komentarze" and
"Reklamy" and the Russian "Комментируя" and "Подписка" are old residents who read a bulletin, a hall shared with a judo
club, residents' comments gathered at a meeting, two clubs sharing a pitch, pupils advertising a fête, first-formers
learning to read, school-bus passes, pensioners following a bridge's works, sign-ups for a swimming course, villagers'
comments passed to a village head, bakery posters on a school fence, a settlement head commenting on a decision and a
newspaper subscription that went up; none of them is comment, share, follow, subscribe, ad, reading-time or copyright
furniture; the Italian "Iscrizioni" is close to set 166's Italian keep word "Iscriversi", in another sentence).
Categories: the Mixcloud, Genially, Apple Podcasts, Datawrapper, Calameo, OpenStreetMap, Audioteka and RUTUBE lines are
markers (each stands where an embed of the page did not come through; the Apple Podcasts line names subscribers, but it
is a player's placeholder, not a paywall notice about the article, and the Genially line's tap is on the embed, not a
share or app prompt); the word-count line, the chunky-one warning (its twelve minutes are a reading time, though phrased
as a heads-up with its word count) and the French, German, Italian, Polish and Russian lines are reading times; the
from-staff-reports, enquête-de, von-unserer-Mitarbeiterin and материал-подготовила lines are bylines at the head (the
French line's "avec la rédaction" and the English line's additional reporting are part of the byline), and the
Redbubble, Eventbrite, Depop and Pakamera lines are bylines (self-promotion) at the foot (the Eventbrite line sells the
author's workshops, a plug, not an events listing of the site; the Pakamera line's shipping belongs to the plug); the
Ghost, IPSO, SiteGround-and-Divi, publication-director, Jimdo, P.IVA, no-copying and Tilda lines are footers (the IPSO
line is a paper's standing regulatory line, not a notice about one story; the Ghost line's sign-in link and the Jimdo
line's log-in link belong to the footer, not to a comment log-in prompt; the back-to-top arrow belongs to the credit
row); the removed-by-a-moderator stub, no-comments-yet prompt, moderation-is-enabled note, French
reported-awaiting-moderation stub, German character-counter label, Italian most-voted label, Polish hide-replies link
and Russian collapsed-thread row are comment furniture (the German line is the label of the comment box, not a form of a
newsletter; the Italian label heads a reader's comment, not an article ranking); the English, German and Italian rows
are share rows (SMS and a bare "Link" are share targets); the French update note and the Polish
reprinted-from-the-archive note are notices in the body (both speak of the article they sit in), and the Russian opinion
disclaimer is a notice at the foot (a standing line under opinion pieces, neither a byline nor a footer's legal line).
On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (ad labels, mastheads, menus, bylines with
dates, reading times, share rows, captions and credits, read-also links, newsletter and Telegram prompts, sponsored
labels and headlines, follow prompts, comment counts, comments and replies, links rows, copyright lines, blog names,
taglines, posted-on lines, subscribe prompts, affiliate links, previous-post links, related-posts boxes, leave-a-comment
headings and platform credits) is noise. The list rows (what the garden offers, what the lamp restorer learned, what the
postal relay offers, what the sauce maker kept in mind, what hangs on the maypole, what the trellis builder learned,
what changes for the school, what the crochet learner learned, what changes at the crossing, what the journal keeper
learned, what holiday makers need to know and what the book mender understood) are short but part of each article, so
article; the blogs' related-posts links ("How I clean brass without harsh chemicals" and the like) read like headlines
but are links to other posts, so noise; the sponsored headlines on the portals are ads, so noise; the captions describe
photos, so noise, though they speak of the story's subject; the affiliate lines name the tool or material the author
used but are shop links, so noise; the taglines under the blog names ("Old metal, patience and too much Brasso" and the
like) are the blog's masthead, so noise; the portals' title stands alone in its block and is article, while the block
under it (byline, reading time, share row) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24 (four plugs, eight footers,
eight comment lines, three share rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-mallowthwaite-roof-garden (a town library's
flat roof, closed since the 1970s, opened as a reading garden), en-blog-tarnishdiaries-brass-lamp (a 1930s brass desk
lamp from a car boot sale stripped, polished and rewired), fr-portail-serigniac-relais-postal (a village's post office
closed and its counter moved into the village café), fr-blog-lepimentbavard-sauce (a first fermented hot sauce from
balcony-grown cayenne peppers), de-portal-lindenhuell-maibaum (a village green's maypole, broken in a storm, replaced by
the fire brigade), de-blog-spalierwerkstatt-rankgitter (a larch trellis built for climbing roses),
it-portale-roccapestia-pannelli (a middle school's rooftop solar panels switched on), it-blog-uncinettoribelle-centrino
(learning crochet at fifty and making a first doily), pl-portal-turkotow-droznik (a level crossing's keeper retired
after 38 years as the crossing turns automatic), pl-blog-zeszytzlaki-dziennik (a year of keeping a nature journal of a
meadow), ru-portal-krivoozyorsk-lodki (a lake's rowing-boat hire reopened after three years) and
ru-blog-kleyikoreshok-koreshki (the cracked spines of a grandfather's Jules Verne set repaired), each with a reader
comment thread. The brief's village post office "moved into a pub" is, on the French page, moved into the village café,
France's nearest kind of house.

Baseline (2026-12-06, cleaner at commit bb9e925ef787e5d1eda8d5c3159c3e727517f2e4, measured with ``cd /tmp/wt-s168 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s168/src python -m pytest -q tests/test_clean_held_out_168.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s168 && PYTHONPATH=/tmp/wt-s168/src python
scripts/clean_held_out_report.py --sets 168``, with the xfail tables empty): noise lines removed 31/45 (marker 4/8,
reading-time 5/7, byline 5/8, footer 8/8, comments 5/8, share 3/3, notice 1/3; the 14 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers in the body (the English Mixcloud and Genially placeholders, the German
Calameo placeholder and the Polish Audioteka placeholder), two reading times at the head (the English blog's heads-up
warning and the Polish reading-will-take-you line), three bylines (the English from-staff-reports and French enquête-de
bylines at the head and the Italian Depop plug at the foot), three comment lines at the foot (the English
no-comments-yet prompt and moderation-is-enabled note and the German character-counter label) and two notices in the
body (the French update note and the Polish reprinted-from-the-archive note); the English Apple Podcasts, French
Datawrapper, Italian OpenStreetMap and Russian RUTUBE markers, the other five reading times, the German and Russian head
bylines, the Redbubble, Eventbrite and Pakamera plugs, all eight footers, the other five comment lines, every share row
and the Russian opinion disclaimer went); keep lines kept 20/20; pages 7/12 clean (the six portals but the German one,
and the German and Russian blogs), 5 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on
the English, French, Italian and Polish blogs the subscribe prompt at the end of the second-and-quote paragraphs' block,
after the quote paragraph (1 each; the German and Russian blogs' prompts in the same place went); on the German portal
the sponsored headline under its label in the block between the two last paragraphs (1; the label itself went). Lost:
nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the pytest command
on the final file in /tmp/wt-s168 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 114 (developed on sets 165 and 166 beside this set's writing from the same base, bb9e925, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 651b7b1
and merged with the lead's mend after round 113): nothing moved. Round 114's reading of a blog's head as a whole (name
and tagline over the title over the posted-on line) and of the writer's possessive sign-off took none of the lines this
set still keeps, and no page line, keep line or article line changed; the xfail tables stand as measured.

Round 115 (development; this set was read in full from this round on): developed on sets 167 and 168 from cda2194.
Fixed, by mechanism: (1) an embed placeholder read by its shape, one more alternative of whole_line_noise's "video
embed" patterns: a platform named (_EMBED_NAMED: _EMBED_PLATFORM, or a name in capitals beside an embedded-object noun
of _EMBED_OBJECT, "Buzzsprout episode player", "Prezentacja Canva", "Odtwarzacz Audioteki", "Calameo-Dokument") and the
reader's screen's state (_EMBED_PLACEHOLDER_STATE: needs WebGL or a newer browser, switched off in the browser or its
private mode, kept from the reader's country, removed from its host or set private by its uploader, too large for small
screens, left out of the text-only version, the service overloaded), no verb of saying; the five older wording lists
(_EMBED_THING_STATE, _EMBED_SCREEN_STATE, _EMBED_GONE, _EMBED_DELETED, _EMBED_KIND_FAILS) were not yet folded into it
(not done in the round's time; they still take what they took). (2) The subscribe prompt after a question about liking
the blog or the post ("newsletter prompt"). (3) The writer's sign-off with the writer's plug right under it read as one
post-end block (page_blocks.mark_writers_sign_off, _is_writers_plug, _WRITERS_FIRST_PERSON, _PLUG_ON_PLATFORM). (4) The
German portal's sponsored headline: explain_noise showed "Gesponserter Inhalt" taken as an advertisement by line_reason
but not read as an ad slot's label by clean._mark_boxed_lines (AD_WORD's "sponsor" only at a word's start), so the
headline under it stayed; clean._AD_SLOT_LABEL now has "Gesponsert(er Inhalt/Beitrag)" and "Спонсорский материал".
(5) The comment form's notes (no comments yet and start the conversation, commenting as a guest, moderation enabled,
the characters left in the box) in the comment patterns, and the writer selling or listing in the first person on a
platform named in capitals (clean._MY_PLATFORM_PAGE, _SALE_CUE: "verkaufe ich über Palundu", "wystawiam na Allegro
Lokalnie", "Vendo i miei amigurumi su Depop"). Other sets' xfails removed (XPASS): set 133 (Delcampe plug), 135
(Flourish map that needs a newer browser), 137 (no comments yet), 146 (Kleinanzeigen plug), 154 (Vinted plug). All
sets' totals (scripts/clean_held_out_report.py) before -> after: noise lines removed 6521 -> 6543 of 7231, article lines
kept 3207 -> 3207 of 3207, pages clean 1134 -> 1139 of 1894, page noise lines left 1631 -> 1619, paragraphs lost 2 -> 2
(no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed files of 3723. Bench ratio:
1.06 (benchmarks/bench_clean.py against cda2194; cpu best 2.576 s vs 2.424 s).
This set before -> after: noise lines removed 31/45 -> 39/45 (marker 4/8 -> 8/8, reading-time 5/7
-> 5/7, byline 5/8 -> 6/8, footer 8/8, comments 5/8 -> 8/8, share 3/3, notice 1/3), keep lines 20/20 -> 20/20, pages
clean 7/12 -> 12/12, page noise lines left 5 -> 0 of 240, paragraphs lost 0 -> 0 (the four blogs' subscribe prompts
and the German portal's sponsored headline go; _PAGE_XFAIL is empty). Still missed: the English and Polish reading
times, the English and French agency and reporting bylines, the French update note, the Polish archive note.
Cleaning test set (tests/test_clean.py, test_clean_held_out_*, test_site_batches, test_site_lines, test_noise_trace,
test_clean_pages): 21107 passed, 1473 xfailed, 27 failed, the 27 the strict xfails removed here (XPASS), then the seven
set files again 438 passed, 101 xfailed: 21134 passed, 1473 xfailed in all.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_168_LINES: list[tuple[str, str, str]] = [
    ('body', '[Embedded Mixcloud show – audio is not included in the text-only version of this page]', 'marker'),
    ('body', 'This Genially presentation is too large to show on small screens. Tap to open it full size.', 'marker'),
    ('body', 'Apple Podcasts preview unavailable: this episode is for subscribers only.', 'marker'),
    ('body', "Le graphique Datawrapper n'a pas pu être chargé. Actualisez la page pour l'afficher.", 'marker'),
    ('body', 'Calameo-Dokument: Die Vorschau wurde vom Herausgeber deaktiviert.', 'marker'),
    ('body', 'Mappa di OpenStreetMap: attiva JavaScript per visualizzare il percorso.', 'marker'),
    ('body', 'Odtwarzacz Audioteki nie działa w trybie prywatnym przeglądarki.', 'marker'),
    ('body', 'Видео с RUTUBE недоступно для просмотра в вашем регионе.', 'marker'),
    ('head', '612 words · about 3 minutes', 'reading-time'),
    ('head', 'Heads up – this is a chunky one: roughly 2,400 words, or twelve minutes with a cuppa.', 'reading-time'),
    ('head', 'Durée de lecture : 3 minutes', 'reading-time'),
    ('head', 'Lesedauer ca. 3 Min.', 'reading-time'),
    ('head', '3 minuti per leggere questo articolo', 'reading-time'),
    ('head', 'Przeczytanie zajmie ci 3 minuty', 'reading-time'),
    ('head', 'Читается за 3 минуты', 'reading-time'),
    ('head', 'From staff reports, with additional reporting by Cordelia Vantreffen', 'byline'),
    ('head', 'Enquête de Solange Pivardière, avec la rédaction', 'byline'),
    ('head', 'Von unserer Mitarbeiterin Rosmarie Knöpfelspiel', 'byline'),
    ('head', 'Материал подготовила Евлампия Подпечкина', 'byline'),
    ('tail', 'Prints of my restored lamps are in my Redbubble shop if you fancy one for your wall.', 'byline'),
    ('tail', 'I run one-day brass-polishing workshops in Leeds – dates are on my Eventbrite page.', 'byline'),
    ('tail', 'Vendo i miei amigurumi su Depop, con spedizione in tutta Italia.', 'byline'),
    ('tail', 'Zakładki z moimi rysunkami ptaków sprzedaję na Pakamerze – wysyłka listem poleconym.', 'byline'),
    ('tail', 'Published with Ghost · Theme: Casper · Sign in', 'footer'),
    ('tail', 'This newspaper is regulated by IPSO. Read our complaints policy.', 'footer'),
    ('tail', 'Hosted by SiteGround · Built with Divi · Back to top ↑', 'footer'),
    ('tail', 'Directeur de la publication : Anselme Corbiquet · Mentions légales', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Impressum · Anmelden', 'footer'),
    ('tail', 'P.IVA 04128830371 · Capitale sociale 10.000 euro i.v.', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione.', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'This comment was removed by a moderator for breaking our house rules.', 'comments'),
    ('tail', 'No comments yet. Start the conversation.', 'comments'),
    ('tail', 'Comment moderation is enabled. Your comment may take some time to appear.', 'comments'),
    ('tail', 'Commentaire signalé, en attente de modération.', 'comments'),
    ('tail', 'Ihr Kommentar (noch 1500 Zeichen)', 'comments'),
    ('tail', 'Commento più votato dai lettori', 'comments'),
    ('tail', 'Ukryj odpowiedzi (3)', 'comments'),
    ('tail', 'Ветка комментариев свёрнута. Развернуть', 'comments'),
    ('tail', 'Send this story: WhatsApp · Telegram · SMS · Copy URL', 'share'),
    ('tail', 'Weitersagen: WhatsApp · Facebook · Threads · Link', 'share'),
    ('tail', "Condividi l'articolo: WhatsApp · Telegram · LinkedIn · Copia link", 'share'),
    ('body', 'Mise à jour le 4 mai à 18 h : ajout de la réaction du maire.', 'notice'),
    ('body', 'Tekst pochodzi z archiwum; ukazał się w wydaniu papierowym z 12 marca.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]

HELD_OUT_168_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from shoppers helped the market traders choose a new Saturday layout.'),
    ('head', 'Share prices at the brewery fell after the planning inquiry was adjourned.'),
    ('head', 'Follow-up inspections at the swimming pool found no further leaks, the council said.'),
    ('head', 'Abonnés depuis des années au bulletin municipal, les anciens ont découvert le projet en première page.'),
    ('head', 'Teilen müssen sich die beiden Vereine künftig den Sportplatz am Deich.'),
    ('head', 'Abbonamenti al trasporto scolastico costeranno meno dal prossimo settembre.'),
    ('head', 'Komentarze mieszkańców zebrane na zebraniu wiejskim trafiły do wójta.'),
    ('body', 'Advertising hoardings along the bypass will be removed by the end of the year.'),
    ('body', 'Reading the minutes aloud took the parish clerk almost an hour on Tuesday.'),
    ('body', 'Partager la salle des fêtes avec le club de judo ne pose aucun problème, assure le maire.'),
    ('body', 'Werbung für das Sommerfest machten die Schüler mit selbst gemalten Plakaten.'),
    ('body', 'Комментируя решение, глава поселения пообещал отремонтировать мост до осени.'),
    ('tail', 'Copyright in the mural remains with the artist, who painted it in 1987.'),
    ('tail', "Subscribers to the allotment society's seed scheme will receive their packets in March."),
    ('tail', 'Commentaires et questions des habitants seront recueillis lors de la réunion publique du 3 juin.'),
    ('tail', 'Lesen lernen die Erstklässler jetzt auch in der neuen Bücherecke im Rathaus.'),
    ('tail', 'Seguire i lavori del nuovo ponte è diventato il passatempo dei pensionati.'),
    ('tail', 'Iscrizioni al corso di nuoto per anziani si chiudono venerdì, avverte il comune.'),
    ('tail', 'Reklamy nowej piekarni zawisły na płocie szkoły bez zgody dyrektora.'),
    ('tail', 'Подписка на районную газету подорожала с января, жалуются пенсионеры.'),
]

HELD_OUT_168_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-mallowthwaite-roof-garden', [
        [
            '-Advertisement',
            '-The Mallowthwaite Courier',
            "-News · Sport · What's On · Property · Jobs · Obituaries",
        ],
        [
            '+Library roof garden opens to readers after two years of work',
        ],
        [
            '-By Tobias Gurneybrook, Local Reporter | Thursday 14 May 2026, 4:12pm',
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            "+Readers at Mallowthwaite Central Library can now take their books up to a new garden on the building's "
            'flat roof, which opened on Wednesday after two years of fundraising and repairs.',
            "-Volunteers planting lavender along the roof's parapet.",
            '-Photo: Courier staff',
            '+The roof had been closed since the 1970s, when water began leaking into the reference room below; it '
            'was resealed last spring with money from a heritage grant.',
        ],
        [
            '+Head librarian Orla Snelvering said: “People kept asking what was behind the locked door at the top of '
            'the stairs. Now they can sit up there with a novel and look across the whole town.”',
            '-Read also: Late-night opening returns to the library on Thursdays',
        ],
        [
            '+What the garden offers',
            "-Get the Courier's morning briefing in your inbox – sign up free",
            '+Twelve raised beds planted by the Friends of the Library',
            '+Benches and a shaded reading corner for up to forty people',
            '+A lift so that wheelchair users can reach the roof',
        ],
        [
            '+The garden will be open during library hours from April to October, and staff plan poetry readings '
            'there on summer evenings.',
        ],
        [
            '-Sponsored',
            '-Five garden rooms you can build in a weekend',
        ],
        [
            '+The Friends of the Library are still looking for volunteers to water the beds in August, when many of '
            'their members are away.',
            '-Follow us on Facebook for more stories from around the town',
        ],
        [
            '-8 comments',
            '-GardenGateGwen: What a lovely idea. My mum used that library every week for fifty years.',
            '-↳ TobyTrainspotter: Does the lift actually work yet? It was out of order last month.',
            '-HartleyRoadHarry: Good use of the grant for once.',
            '-↳ GardenGateGwen: It was working fine when I went up yesterday.',
        ],
        [
            '-Contact us · Advertise · Privacy notice · Cookie settings',
            '-© 2026 Mallowthwaite Newspapers Ltd',
        ],
    ]),
    _page('en', 'en-blog-tarnishdiaries-brass-lamp', [
        [
            '-The Tarnish Diaries',
            '-Old metal, patience and too much Brasso',
            '-Home · Projects · Tools · About · Contact',
        ],
        [
            '+Bringing a 1930s brass desk lamp back to life',
            '-7 min read',
        ],
        [
            '-Posted on 3 May 2026 by Edwina Thrimblecote · 4 Comments',
        ],
        [
            '+I found this lamp at a car boot sale for four pounds, black with age, its switch seized and its flex '
            'crumbling.',
        ],
        [
            '+Taking it apart was the easy bit: three screws, a knurled ring and a very stubborn bulb holder that '
            'needed a night in penetrating oil.',
            '+My neighbour, who spent forty years as an electrician, looked at the old flex and said: “That would '
            'have set your desk on fire within a week.”',
            '-Enjoying this? Pop your address in the box on the right and get new posts as they go up.',
        ],
        [
            '+What I learned',
            '+Strip the old lacquer before polishing, or the polish just sits on top',
            '+Fine wire wool and soapy water do more than any paste',
            '+Always have the rewiring checked by someone qualified',
            '-The lacquer stripper I used is this one on Amazon (affiliate link).',
        ],
        [
            '+The lamp now sits on my desk with a new cloth-covered flex and a switch that clicks like it did ninety '
            'years ago.',
            '+Next up is a pair of brass candlesticks that my aunt has been threatening to throw away.',
            '-Share this: Facebook · Pinterest · Email',
            '-← Previous post: Saving a rusty paraffin heater',
        ],
        [
            '-You might also like',
            '-How I clean brass without harsh chemicals',
            '-Ten car boot finds under a fiver',
        ],
        [
            '-4 thoughts on this post',
            '-Pip from Penrith: Gorgeous result. Did you keep the original switch?',
            '-Lampwright Lou: Wire wool on brass? Brave woman!',
            '-Bertie B.: My grandad had one exactly like this on his workbench.',
            '-↳ Edwina Thrimblecote: Lou, the finest grade only – and lots of water!',
            '-Leave a comment',
        ],
        [
            '-© 2026 Edwina Thrimblecote. All rights reserved.',
            '-Proudly powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-serigniac-relais-postal', [
        [
            '-Publicité',
            '-La Gazette du Haut-Varmont',
            '-Actualités · Faits divers · Sports · Agenda · Nécrologie',
        ],
        [
            "+À Sérigniac, la poste s'installe au comptoir du café",
        ],
        [
            '-Par Fabienne Crouzillac · Publié le 12/05/2026 à 07h45',
            '-2 minutes de lecture',
            '-Partager : Facebook · WhatsApp · Messenger · E-mail',
        ],
        [
            '+Depuis lundi, les habitants de Sérigniac retirent leurs colis et achètent leurs timbres au Café de la '
            'Bascule, où la commune a ouvert un relais postal.',
            '-Le comptoir du relais postal au Café de la Bascule.',
            '-Photo : F. C.',
            '+Le bureau de poste du village, ouvert seulement deux matinées par semaine, a fermé définitivement fin '
            'avril après quarante ans de service.',
        ],
        [
            '+Le patron du café, Jean-Eudes Malfouret, se dit ravi : « Les gens viennent chercher un recommandé et '
            'restent prendre un café. Le village revit un peu. »',
            '-À lire aussi : La boulangerie de Sérigniac rouvre après six mois de travaux',
        ],
        [
            '+Ce que propose le relais',
            "-Recevez chaque soir l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
            '+Retrait et envoi de colis et de lettres recommandées',
            "+Vente de timbres et d'enveloppes prêtes à poster",
            "+Retrait d'espèces jusqu'à 150 euros par semaine",
        ],
        [
            '+Le relais est ouvert du mardi au dimanche, de 7 heures à 20 heures, soit bien plus longtemps que '
            "l'ancien bureau.",
        ],
        [
            '-Contenu sponsorisé',
            '-Mutuelle senior : comparez les offres de votre région',
        ],
        [
            "+La mairie envisage d'y installer aussi une borne pour les démarches administratives en ligne d'ici la "
            "fin de l'année.",
            '-Suivez-nous sur Facebook et Instagram',
        ],
        [
            '-5 commentaires',
            "-Mamie_Rosette: Enfin ! Plus besoin d'aller à Varmont pour un colis.",
            "-↳ Lulu_du_Moulin: Et le dimanche en plus, c'est parfait.",
            "-PhilouVarmontais: J'espère que ça durera plus longtemps que l'épicerie…",
            "-↳ Mamie_Rosette: Le café est là depuis 1952, il n'est pas près de fermer.",
        ],
        [
            '-Mentions légales · Nous contacter · Annonceurs · Gestion des cookies',
            '-© 2026 Éditions Varmontaises SARL',
        ],
    ]),
    _page('fr', 'fr-blog-lepimentbavard-sauce', [
        [
            '-Le Piment Bavard',
            "-Carnet de cuisine d'un amateur de sensations fortes",
            '-Accueil · Recettes · Conserves · À propos',
        ],
        [
            '+Ma première sauce piquante fermentée, de la graine au flacon',
            '-Temps de lecture : 6 min',
        ],
        [
            '-Publié le 27 avril 2026 par Baptistin Ferrouillac',
        ],
        [
            "+Tout a commencé l'été dernier avec six pieds de piment de Cayenne sur mon balcon et beaucoup trop de "
            'récolte.',
        ],
        [
            "+J'ai mis les piments à fermenter trois semaines dans une saumure à 3 %, avec de l'ail et une carotte "
            'pour adoucir.',
            "+Ma voisine, qui vient de Guadeloupe, a goûté la sauce et m'a dit : « C'est bon, mais la prochaine "
            'fois, mets du citron vert. »',
            '-Vous aimez ce blog ? Abonnez-vous pour recevoir les nouveaux articles.',
        ],
        [
            "+Ce que j'ai retenu",
            '+Porter des gants pour couper les piments, toujours',
            '+Peser le sel au gramme près pour la saumure',
            '+Filtrer la sauce deux fois pour un flacon bien lisse',
            "-Les bocaux de fermentation que j'utilise sont sur Amazon (lien affilié).",
        ],
        [
            "+Il me reste une dizaine de flacons, que j'ai offerts à la famille pour Noël avec une étiquette faite "
            'main.',
            "+Cet été, j'essaierai une sauce verte au jalapeño et au citron vert, comme conseillé.",
            '-Partager : Facebook · Pinterest · WhatsApp',
            '-Article précédent : Mes cornichons à la russe',
        ],
        [
            '-Vous aimerez aussi',
            '-Confiture de piments : la recette de ma grand-mère',
            '-Cultiver des piments sur un balcon orienté nord',
        ],
        [
            '-3 commentaires',
            '-Dédé_des_Cévennes: Le citron vert, ta voisine a raison !',
            '-Piment_Fou_34: Tu as mesuré le pH ?',
            '-Marinette_des_Bocaux: Superbe étiquette, tu la partages ?',
            '-↳ Baptistin Ferrouillac: Merci ! Non, pas de pH, mais trois semaines suffisent largement.',
            '-Laisser un commentaire',
        ],
        [
            '-© 2026 Baptistin F. – Tous droits réservés',
            '-Fièrement propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-lindenhuell-maibaum', [
        [
            '-Anzeige',
            '-Kressengrund-Bote',
            '-Lokales · Vereine · Sport · Kultur · Trauer',
        ],
        [
            '+Neuer Maibaum steht auf dem Dorfanger von Lindenhüll',
        ],
        [
            '-Von Henrike Strebelmann · 02.05.2026, 18:30 Uhr',
            '-Lesezeit 2 Minuten',
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
        ],
        [
            '+Mit vereinten Kräften haben die Mitglieder der Freiwilligen Feuerwehr am Freitagabend den neuen '
            'Maibaum auf dem Dorfanger von Lindenhüll aufgestellt.',
            '-Zwölf Männer stemmen den Baum mit Schwalben in die Höhe.',
            '-Foto: Henrike Strebelmann',
            '+Der alte Baum war im Winter bei einem Sturm umgeknickt; die 28 Meter hohe Fichte für den Ersatz '
            'stiftete ein Waldbesitzer aus dem Nachbarort.',
        ],
        [
            '+„Das war Handarbeit wie vor hundert Jahren, ganz ohne Kran“, sagte Ortsvorsteher Wendelin Gräbenschütz '
            'nach dem Aufstellen.',
            '-Lesen Sie auch: Dorfladen in Lindenhüll sucht neue Betreiber',
        ],
        [
            '+Was am Baum hängt',
            '-Der Newsletter für den Kressengrund: jeden Morgen kostenlos ins Postfach',
            '+Die Wappen der zwölf Vereine des Dorfes',
            '+Ein geschnitzter Kranz aus Eichenholz',
            '+Ein Schild mit dem Jahr der Aufstellung',
        ],
        [
            '+Bis zum 1. Mai hatten die jungen Leute des Ortes den Baum drei Nächte lang bewacht, damit ihn niemand '
            'aus den Nachbardörfern stehlen konnte.',
        ],
        [
            '-Gesponserter Inhalt',
            '-Ferienwohnung an der Ostsee jetzt günstig buchen',
        ],
        [
            '+Der Maibaum soll nun fünf Jahre stehen bleiben, bevor die Feuerwehr wieder einen neuen fällt.',
            '-Folgen Sie uns auf Instagram und Facebook',
        ],
        [
            '-6 Kommentare',
            '-Dorfanger_Dörte: Schön, dass die Tradition weiterlebt!',
            '-↳ Feuerwehr_Franz: Danke an alle Helfer, war ein toller Abend.',
            '-Kressengrund_Kalle: Wer hat eigentlich die Fichte gestiftet?',
            '-↳ Dorfanger_Dörte: Steht doch im Artikel, einer aus dem Nachbarort.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Mediadaten',
            '-© 2026 Kressengrund Verlag GmbH & Co. KG',
        ],
    ]),
    _page('de', 'de-blog-spalierwerkstatt-rankgitter', [
        [
            '-Spalierwerkstatt',
            '-Holz, Garten und zwei linke Hände',
            '-Start · Projekte · Werkzeug · Über mich',
        ],
        [
            '+Ein Rankgitter aus Lärchenholz für die Kletterrosen',
            '-5 Min. Lesezeit',
        ],
        [
            '-Veröffentlicht am 25. April 2026 von Korbinian Hälmleitner',
        ],
        [
            '+Seit drei Jahren kriechen meine Kletterrosen an einer kahlen Hauswand entlang, weil das alte Spalier '
            'aus dem Baumarkt längst zusammengebrochen ist.',
        ],
        [
            '+Diesmal habe ich Latten aus sibirischer Lärche gekauft, weil sie ohne Anstrich viele Jahre hält.',
            '+Mein Schwiegervater, ein gelernter Zimmermann, sah die Pläne und meinte: „Mach die Abstände enger, '
            'sonst hält das keine Rose aus.“',
            '-Kein Beitrag mehr verpassen: Jetzt den Newsletter abonnieren!',
        ],
        [
            '+Was ich gelernt habe',
            '+Jede Kreuzung mit Edelstahlschrauben verbinden',
            '+Das Gitter mit Abstandhaltern fünf Zentimeter vor der Wand montieren',
            '+Vorher ein Muster auf dem Boden auslegen',
            '-Die Akku-Bohrmaschine, die ich benutze, findet ihr hier bei Amazon (Affiliate-Link).',
        ],
        [
            '+Das Gitter hängt jetzt seit zwei Wochen, und die ersten Triebe haben sich schon um die unteren Latten '
            'gewickelt.',
            '+Im Herbst baue ich ein zweites für die Clematis am Gartenhaus.',
            '-Teilen: Facebook · Pinterest · WhatsApp',
            '-Vorheriger Beitrag: Ein Hochbeet aus Paletten',
        ],
        [
            '-Das könnte dich auch interessieren',
            '-Gartenbank aus alten Dielen',
            '-Welches Holz für draußen?',
        ],
        [
            '-4 Kommentare',
            '-Gärtner_Gunnar: Sieht super aus! Welche Lattenstärke?',
            '-Kletterrosen_Karin: Lärche ist die richtige Wahl.',
            '-Hobbyschrauber_Timo: Hast du die Latten vorgebohrt?',
            '-↳ Korbinian Hälmleitner: Gunnar, 24 mal 44 Millimeter. Timo, ja, sonst reißt die Lärche.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-© 2026 Korbinian Hälmleitner',
            '-Erstellt mit WordPress · Theme: Blocksy',
        ],
    ]),
    _page('it', 'it-portale-roccapestia-pannelli', [
        [
            '-Pubblicità',
            '-Il Corriere della Valpiovasca',
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
        ],
        [
            '+Accesi i pannelli solari sul tetto della scuola media di Roccapestia',
        ],
        [
            '-di Marcella Scorzolini · 9 maggio 2026, ore 11:20',
            '-2 minuti di lettura',
            '-Condividi: Facebook · WhatsApp · X · Email',
        ],
        [
            "+Da lunedì la scuola media Giovanni Pascoli di Roccapestia produce da sola buona parte dell'elettricità "
            'che consuma, grazie a 120 pannelli solari installati sul tetto.',
            '-Gli alunni della 3ª B davanti al quadro elettrico del nuovo impianto.',
            '-Foto di M. S.',
            "+L'impianto, costato 180 mila euro, è stato finanziato con fondi regionali per l'efficienza energetica "
            'degli edifici scolastici.',
        ],
        [
            '+«I ragazzi hanno seguito i lavori passo per passo e ora controllano i consumi su un monitor '
            "nell'atrio», racconta la preside Loredana Capitozzi.",
            '-Leggi anche: Mensa scolastica, da settembre menù a chilometro zero',
        ],
        [
            '+Cosa cambia per la scuola',
            '-Iscriviti alla nostra newsletter: le notizie del giorno alle 7',
            '+La bolletta elettrica dovrebbe scendere di circa il 60 per cento',
            "+L'energia in eccesso andrà alla palestra comunale accanto",
            "+Un'ora di scienze al mese sarà dedicata all'impianto",
        ],
        [
            '+Il comune conta di usare i risparmi per rifare gli infissi della scuola entro il prossimo anno.',
        ],
        [
            '-Contenuto sponsorizzato',
            '-Caldaia nuova con lo sconto in fattura: ecco come fare',
        ],
        [
            '+A giugno, per la festa di fine anno, i genitori potranno visitare il tetto accompagnati dai tecnici.',
            '-Seguici su Facebook e Instagram per restare aggiornato',
        ],
        [
            '-7 commenti',
            '-Nonna_Elvira: Finalmente una buona notizia per i nostri ragazzi.',
            "-↳ Papà_di_Matteo: Mio figlio non parla d'altro da una settimana!",
            '-Geometra_Ugo: Bel lavoro, ma il tetto andava rifatto prima.',
            "-↳ Nonna_Elvira: Il tetto l'hanno rifatto due anni fa, Ugo.",
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie policy',
            '-© 2026 Edizioni Valpiovasca Srl',
        ],
    ]),
    _page('it', 'it-blog-uncinettoribelle-centrino', [
        [
            '-Uncinetto Ribelle',
            '-Lana, cotone e tanta pazienza',
            '-Home · Schemi · Filati · Chi sono',
        ],
        [
            "+Ho imparato l'uncinetto a cinquant'anni: il mio primo centrino",
            '-Tempo di lettura: 6 minuti',
        ],
        [
            '-Pubblicato il 21 aprile 2026 da Ornella Sbirighetti',
        ],
        [
            "+Per anni ho guardato mia madre lavorare all'uncinetto senza mai chiederle di insegnarmi; quest'inverno "
            'ho finalmente deciso di provare.',
        ],
        [
            '+Le prime catenelle erano storte e troppo strette, e ho disfatto il primo giro almeno dieci volte.',
            '+Mia madre, che ha ottantadue anni, ha guardato il centrino finito e ha detto: «Brava, ma adesso ne fai '
            'altri cento.»',
            '-Ti piace il blog? Iscriviti per ricevere i nuovi post via email.',
        ],
        [
            '+Cosa ho imparato',
            '+Usare un filo di cotone chiaro per vedere bene i punti',
            "+Contare i punti a ogni giro, senza fidarsi dell'occhio",
            '+Bloccare il lavoro finito con acqua e spilli',
            "-L'uncinetto ergonomico che uso lo trovate su Amazon (link affiliato).",
        ],
        [
            '+Il centrino ora sta sotto il vaso di gerani in cucina, e mia madre lo mostra a tutte le vicine.',
            '+Il prossimo progetto è una presina a granny square, il classico quadrato della nonna.',
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-Post precedente: Il mio primo gomitolo di lana filata a mano',
        ],
        [
            '-Potrebbe interessarti anche',
            '-Cinque filati di cotone per principianti',
            "-Come leggere uno schema all'uncinetto",
        ],
        [
            '-4 commenti',
            '-Zia_Pinuccia_72: Che bello! Tua madre ha ragione, ora cento!',
            '-Lanaiola_Bea: Il primo centrino non si scorda mai.',
            '-Filomena_Uncinetta: Che numero di uncinetto hai usato?',
            '-↳ Ornella Sbirighetti: Filomena, un 1,75 con cotone numero 8.',
            '-Lascia un commento',
        ],
        [
            '-© 2026 Ornella Sbirighetti',
            '-Tecnologia Blogger',
        ],
    ]),
    _page('pl', 'pl-portal-turkotow-droznik', [
        [
            '-Reklama',
            '-Tygodnik Turkotowski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '+Pan Zdzisław po 38 latach zamyka szlaban po raz ostatni',
        ],
        [
            '-Autor: Jadwiga Pomrocznik · 30.04.2026, 15:10',
            '-Czas czytania: 2 min',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Zdzisław Kołodrzyk, dróżnik przejazdowy na przejeździe kolejowym w Turkotowie, w piątek przeszedł na '
            'emeryturę po 38 latach pracy.',
            '-Zdzisław Kołodrzyk przy korbie szlabanu w swojej budce.',
            '-Fot. Jadwiga Pomrocznik',
            '+Przejazd był jednym z ostatnich w regionie, gdzie rogatki opuszczano ręcznie; od poniedziałku działa '
            'tam automatyczna sygnalizacja.',
        ],
        [
            '+– Znałem każdy pociąg po dźwięku. Ludzie machali mi z okien przez te wszystkie lata – mówi pan '
            'Zdzisław.',
            '-Przeczytaj też: Remont wiaduktu na Kolejowej potrwa do jesieni',
        ],
        [
            '+Co zmienia się na przejeździe',
            '-Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z regionu',
            '+Rogatki opuszczają się automatycznie na 40 sekund przed pociągiem',
            '+Budka dróżnika zostanie przeniesiona do skansenu kolejowego',
            '+Kierowcy muszą uważać na nowe sygnały świetlne',
        ],
        [
            '+Sąsiedzi przygotowali dla emerytowanego dróżnika tort w kształcie lokomotywy i dyplom od mieszkańców '
            'ulicy Torowej.',
        ],
        [
            '-Artykuł sponsorowany',
            '-Fotowoltaika dla domu: sprawdź, ile możesz zaoszczędzić',
        ],
        [
            '+Pan Zdzisław zapowiada, że emeryturę spędzi na działce, skąd nadal będzie widział przejeżdżające '
            'pociągi.',
            '-Obserwuj nas na Facebooku i Instagramie',
        ],
        [
            '-9 komentarzy',
            '-Maria_z_Torowej: Dziękujemy, panie Zdzisławie! Zawsze machał dzieciom.',
            '-↳ Kolejarz_Benek: Prawdziwy fachowiec, takich już nie ma.',
            '-Sceptyk_z_Turkotowa: Szkoda, że automat nie powie dzień dobry.',
            '-↳ Maria_z_Torowej: Oj tak, to już nie to samo.',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt z redakcją',
            '-© 2026 Wydawnictwo Turkot sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-zeszytzlaki-dziennik', [
        [
            '-Zeszyt z Łąki',
            '-Rysuję, notuję, obserwuję',
            '-Start · Wpisy · Galeria · O mnie',
        ],
        [
            '+Jak prowadzę dziennik przyrodniczy: rok z jednym zeszytem',
            '-Czas czytania: 6 min',
        ],
        [
            '-Opublikowano 19 kwietnia 2026 przez Halinę Kwietniówkę',
        ],
        [
            '+Rok temu kupiłam gruby zeszyt w kratkę i postanowiłam codziennie zapisać choć jedną rzecz, którą '
            'zobaczę na łące za domem.',
        ],
        [
            '+Na początku notowałam tylko ptaki, ale szybko doszły rośliny, owady, pogoda i szkice akwarelami.',
            '+Moja nauczycielka biologii z liceum, której pokazałam zeszyt, powiedziała: „To jest prawdziwa nauka, '
            'tylko ładniej opisana.”',
            '-Podoba ci się blog? Zapisz się, a nowe wpisy trafią prosto do twojej skrzynki.',
        ],
        [
            '+Czego się nauczyłam',
            '+Zapisywać datę, godzinę i pogodę przy każdej notatce',
            '+Rysować szybko, nawet jeśli szkic wychodzi krzywo',
            '+Wracać w to samo miejsce o różnych porach roku',
            '-Akwarele, których używam, kupisz tutaj na Allegro (link afiliacyjny).',
        ],
        [
            '+Po roku zeszyt jest pełny, a ja wiem, kiedy na łąkę przylatują szpaki i kiedy kwitnie pierwsza '
            'firletka.',
            '+Zaczęłam już drugi tom, tym razem z kieszonką na zasuszone liście.',
            '-Udostępnij: Facebook · Pinterest · E-mail',
            '-Poprzedni wpis: Karmnik dla sikorek z tykwy',
        ],
        [
            '-Może cię też zainteresować',
            '-Jakie akwarele na początek?',
            '-Ptaki łąki w maju',
        ],
        [
            '-4 komentarze',
            '-Ewa_spod_lasu: Piękne szkice, zwłaszcza szpak!',
            '-Marek_Obserwator: Też tak zaczynałem, polecam lornetkę.',
            '-Dorota_z_Ogrodu: Jaki to zeszyt? Papier nie faluje od akwareli?',
            '-↳ Halina Kwietniówka: Doroto, to zwykły zeszyt, ale z grubym papierem 120 g.',
            '-Dodaj komentarz',
        ],
        [
            '-© 2026 Halina Kwietniówka',
            '-Blog na platformie WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-krivoozyorsk-lodki', [
        [
            '-Реклама',
            '-Кривоозёрская правда',
            '-Новости · Общество · Спорт · Афиша · Объявления',
        ],
        [
            '+На Кривом озере снова дают напрокат вёсельные лодки',
        ],
        [
            '-Автор: Ульяна Пескозубова · 16 мая 2026, 12:05',
            '-Время чтения: 2 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
        ],
        [
            '+После трёхлетнего перерыва на Кривом озере вновь открылась лодочная станция: с субботы здесь можно '
            'взять напрокат одну из двенадцати вёсельных лодок.',
            '-Отремонтированные лодки у нового причала.',
            '-Фото: У. Пескозубова',
            '+Станция закрылась в 2023 году, когда прежний арендатор отказался от неё, а деревянный причал начал '
            'разрушаться.',
        ],
        [
            '+«Лодки мы перекрасили сами, всей семьёй, а причал строили с соседями», — рассказывает новый арендатор '
            'станции Тимофей Уключинцев.',
            '-Читайте также: В Кривоозёрске откроют новый пляж',
        ],
        [
            '+Что нужно знать отдыхающим',
            '-Подпишитесь на наш канал в Telegram, чтобы не пропустить новости района',
            '+Час проката стоит 300 рублей, детям до 12 лет — бесплатно',
            '+Спасательные жилеты выдают вместе с лодкой',
            '+Станция работает с 9 до 21 часа без выходных',
        ],
        [
            '+В прошлые выходные лодки разобрали уже к полудню, и многим пришлось ждать своей очереди на берегу.',
        ],
        [
            '-На правах рекламы',
            '-Окна ПВХ от производителя со скидкой до 30%',
        ],
        [
            '+Летом арендатор хочет добавить к лодкам два катамарана и открыть у причала небольшое кафе.',
            '-Следите за новостями в нашей группе ВКонтакте',
        ],
        [
            '-Комментарии (6)',
            '-Рыбачка_Зоя: Наконец-то! Раньше каждое лето катались всей семьёй.',
            '-↳ Дядя_Тимофей: Приходите, Зоя Петровна, лодка для вас найдётся.',
            '-Озёрный_Гена: А рыбачить с лодки разрешают?',
            '-↳ Рыбачка_Зоя: Разрешают, я уже узнавала.',
        ],
        [
            '-О газете · Контакты · Политика конфиденциальности',
            '-© 2026 АНО «Редакция Кривоозёрской правды»',
        ],
    ]),
    _page('ru', 'ru-blog-kleyikoreshok-koreshki', [
        [
            '-Клей и корешок',
            '-Заметки о ремонте старых книг',
            '-Главная · Мастерская · Материалы · Обо мне',
        ],
        [
            '+Как я чиню корешки старых книг: дедушкин Жюль Верн',
            '-Время чтения: 6 минут',
        ],
        [
            '-Опубликовано 18 апреля 2026, автор: Вениамин Крупеничкин',
        ],
        [
            '+У дедушкиного шеститомника Жюля Верна почти у всех томов треснули корешки, а два тома держались '
            'буквально на нитках.',
        ],
        [
            '+Сначала я аккуратно снял старый корешок, размочил засохший костный клей и зачистил блок.',
            '+Переплётчик из городской библиотеки, у которого я учился, посмотрел на мою работу и сказал: «Главное — '
            'не торопиться с клеем».',
            '-Понравилась статья? Подпишитесь на блог, чтобы не пропустить новые записи.',
        ],
        [
            '+Что я понял',
            '+Для корешка нужна тонкая мягкая ткань, а не бумага',
            '+Клей ПВА лучше разбавлять и наносить в два слоя',
            '+Книгу надо сушить под прессом не меньше суток',
            '-Переплётный клей, которым я пользуюсь, можно купить на Ozon (партнёрская ссылка).',
        ],
        [
            '+Теперь все шесть томов снова стоят на полке, и их можно читать, не боясь, что страницы выпадут.',
            '+Следующим будет старый школьный атлас, у которого корешка нет совсем.',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Предыдущая запись: Реставрация кожаного переплёта',
        ],
        [
            '-Похожие записи',
            '-Как сделать пресс для книг из досок',
            '-Чем заменить переплётную ткань',
        ],
        [
            '-4 комментария',
            '-Книголюб_Арсений: Отличная работа! Жюль Верн как новый.',
            '-Бабушка_Лида: У меня такой же шеститомник, тоже разваливается.',
            '-Антиквар_Сева: Костный клей лучше не выбрасывать, он обратим.',
            '-↳ Вениамин Крупеничкин: Лидия, приносите, покажу, как подклеить.',
            '-Оставить комментарий',
        ],
        [
            '-© 2026 Вениамин Крупеничкин',
            '-Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Heads up – this is a chunky one: roughly 2,400 words, or twelve minutes with a cuppa.':
        "an English blog's heads-up reading-time warning ('Heads up – this is a chunky one: roughly 2,400 words, or "
        "twelve minutes with a cuppa.') is left at the head",
    'From staff reports, with additional reporting by Cordelia Vantreffen':
        "an English from-staff-reports byline ('From staff reports, with additional reporting by Cordelia "
        "Vantreffen') is left at the head",
    'Enquête de Solange Pivardière, avec la rédaction':
        "a French investigation-by byline ('Enquête de Solange Pivardière, avec la rédaction') is left at the head",
    'Mise à jour le 4 mai à 18 h : ajout de la réaction du maire.':
        "a French update notice ('Mise à jour le 4 mai à 18 h : ajout de la réaction du maire.') is left in the body",
    'Tekst pochodzi z archiwum; ukazał się w wydaniu papierowym z 12 marca.':
        "a Polish reprinted-from-the-archive notice ('Tekst pochodzi z archiwum; ukazał się w wydaniu papierowym z "
        "12 marca.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_168_line, test_held_out_168_line_is_kept, test_held_out_168_page = held_out_tests(
    HELD_OUT_168_LINES, HELD_OUT_168_KEEP, HELD_OUT_168_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
