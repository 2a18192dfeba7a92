"""Held-out set 149: written blind, weighted toward the noise the cleaner exists for, in shapes set 148's docstring does
not name (nor the first paragraphs of sets 145, 146 and 147): scraper, embed and ad markers (an English Datawrapper
chart that did not load "This Datawrapper chart did not load. Open the interactive version in a new window.", an English
Mixcloud show no longer available "The Mixcloud show embedded here is no longer available on Mixcloud.", an English Loom
video still processing "This Loom video is still processing. Check back in a few minutes.", a French Dailymotion player
blocked because the cookies were refused "Le contenu Dailymotion ne peut pas s'afficher car vous avez refusé les
cookies.", a German embedded Mastodon post that could not be loaded "Der eingebettete Mastodon-Beitrag konnte nicht
geladen werden.", an Italian RaiPlay video not available outside Italy "Il video di RaiPlay non è disponibile fuori
dall'Italia.", a Polish Spotify player that failed to load "Odtwarzacz Spotify nie mógł się załadować. Posłuchaj odcinka
w aplikacji." and a Russian VK Video stream that has ended, its recording not yet available "Трансляция на VK Видео
завершена, запись пока недоступна."); reading-time headers in new wordings (the English abbreviated est.-read-time
header "Est. read time: 3 min", a blog's grab-a-cuppa warning of twelve minutes "Grab a cuppa – this write-up runs to
about twelve minutes.", the French about-three-minutes line "Environ 3 min de lecture", the German Lesedauer-ca. header
"Lesedauer ca. 3 Min.", the Italian estimated-time-for-reading header "Tempo stimato per la lettura: 3 min", the Polish
minutes-of-reading line "3 minuty czytania" and the Russian read-three-minutes line "Читать 3 минуты"); bylines and
self-promotion (an English words-and-pictures byline "Words and pictures by Tamsin Grubbleworth", an English Local
Democracy Reporting Service byline "By Hector Plumbrake, Local Democracy Reporting Service", a French interview-by
byline "Propos recueillis par Aurélien Pichevaude", a Polish text-and-photos byline "Tekst i zdjęcia: Bożydar
Kluskowiak", an English Big Cartel prints plug "Prints from this series are in my Big Cartel shop – postage is free over
twenty pounds.", a German Steady support plug "Wer mag, kann mich über Steady mit einem kleinen Monatsbeitrag
unterstützen.", an Italian Satispay support plug "Se ti va di sostenere il blog, trovi il mio link Satispay nella barra
laterale." and a Russian Boosty support plug "Поддержать блог можно через Boosty — там же ролики выходят раньше."); blog
and site footers (an English Squarespace credit with cookie-policy and accessibility-statement links "Site by
Squarespace · Cookie policy · Accessibility statement", an English Micro.blog credit with archive and RSS links "Powered
by Micro.blog · Archive · Subscribe via RSS", an English media-group line with terms and modern-slavery-statement links
"Part of Wendleforth Media Group · Terms of use · Modern slavery statement", a French publication-director-and-host
legal line "Directeur de la publication : Anselme Griffoulat · Hébergeur : OVHcloud", a German Webflow credit with
accessibility-statement and imprint links "Erstellt mit Webflow · Barrierefreiheitserklärung · Impressum", an Italian
Aruba.it hosting line with cookie-policy and legal-notes links "Sito ospitato da Aruba.it · Cookie policy · Note
legali", a Polish all-rights-reserved-and-no-copying line "Wszelkie prawa zastrzeżone. Kopiowanie bez zgody redakcji
zabronione." and a Russian mass-media registration line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано
Роскомнадзором."); reader-comment furniture (an English showing-12-of-31 count "Showing 12 of 31 comments", an English
community-guidelines prompt "Read our community guidelines before posting a comment.", the English WordPress
notify-me-of-follow-up-comments checkbox "Notify me of follow-up comments by email", a French show-three-replies link
"Afficher les 3 réponses", a German comment-removed-by-the-newsroom placeholder "Dieser Kommentar wurde von der
Redaktion entfernt.", the Italian WordPress awaiting-moderation note "Il tuo commento è in attesa di moderazione.", a
Polish show-more-replies link "Pokaż więcej odpowiedzi (4)" and a Russian discussion-closed note "Обсуждение закрыто:
срок комментирования истёк."); share rows (an English send-this-story row with WhatsApp, Bluesky, e-mail and copy link
"Send this story: WhatsApp · Bluesky · Email · Copy link", a German share-the-post row with Bluesky, Mastodon and
WhatsApp "Beitrag teilen via Bluesky · Mastodon · WhatsApp" and a Polish recommend-the-article row with X, Bluesky and
copy link "Poleć artykuł: X · Bluesky · Skopiuj link"); and notices (a French update note on the time of a public
meeting "Mise à jour à 18 h 40 : la mairie a confirmé l'horaire de la réunion publique.", an Italian errata corrige on a
misspelt councillor's surname "Errata corrige: nella prima versione il cognome dell'assessore era scritto in modo
errato." and a Russian material-updated note on an added comment by the managing company "Материал обновлён: добавлен
комментарий управляющей компании."); and toward whole scraped news and hobby-blog pages in layouts set 148's docstring
does not describe (on the six portal pages, in twelve blocks, the masthead alone at the very top; the section menu and a
breadcrumb in one block of two; an edition-date-and-weather line at the top of the title's block, right before the
title; the byline, the date-and-time line and the reading time at the top of the first paragraph's block, right before
the first paragraph; a photo caption and its credit at the top of the second paragraph's block, right before it; a
read-also link alone; the paragraph with the quote at the top of its block with a share row after it; the subheading and
the three rows in one block with an ad label between the first and second rows; a tags or topics line at the top of the
first last paragraph's block, right before it; the second last paragraph at the top of its block with a newsletter or
Telegram prompt after it; at the foot a block of five (a comment count, a comment, the newsroom's arrowed reply, a
second comment and an arrowed reply to it by a third reader) and then a copyright line alone; on the six blog pages, in
ten blocks, the blog name, its tagline and the menu in one block of three; the title in the middle of a block of four, a
category breadcrumb before it and the posted-date-and-author line and the reading time after it; the first and second
paragraphs in one block with a three-line table of contents (its heading and two numbered entries) between them; a photo
caption and a Pinterest or save-the-photo prompt in one block of two; the paragraph with the quote at the top of its
block with a related-post link after it; the subheading and the three rows in one block with a shop, sales or services
plug at its end, right after the third row; the two last paragraphs in one block with nothing between them; a subscribe
prompt and a share row in one block of two; at the foot four lines with no count or heading (a comment, the author's
arrowed reply, a second comment and the author's arrowed reply to it) and then a platform credit alone), taken from
local news of fresh kinds (a harbour's new tide gauge, a bowling green turned into a community garden, a level
crossing's barriers upgraded, a town clock restarted after ten years, a village hall's solar panels, a night bus route
extended to the hospital) and from blogs about lino printing, fly tying for trout, restoring a rocking horse, growing
chillies on a balcony, building a kit harpsichord and birdsong recording.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 148 but what is named here), held-out set 150 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 148 up to its paragraph "Measured after round 104", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 145, 146 and 147, printed with one ast
script (/tmp/s149scratch/peek.py, reading the files of /tmp/wt-set149/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set149); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s149scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 148's as printed, with 148 -> 149; /tmp/s149scratch/gen149.py writes this file from scratch files (data149.py,
pages149.py, desc149.py, doc_intro.txt, doc_protocol.txt, doc_slips.txt, doc_judgement.txt, doc_contents.txt,
doc_baseline.txt and, after the measurement, tables149.py). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s149, detached at commit
02be578d26eaaabee578cbfadbef10ef4f0ed00e, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
02be578d26eaaabee578cbfadbef10ef4f0ed00e (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both then existed and ``git rev-parse HEAD`` in each printed the brief's commit),
and /work/main was not touched afterwards; helpers.py imported from /work/main/tests and /work/main/src as the brief
allows. (2) peek.py's first run printed to the terminal, whose output the tool cut in the middle (from the end of set
146's first paragraph into set 148's Judgement calls); its second run went to /tmp/s149scratch/peek.out, of which I
paged lines 125 to 400 with ``sed``, in two calls (the rest of those allowed parts); nothing outside the allowed parts
was printed, since the script stops set 148's docstring before the paragraph "Measured after round 104" and prints only
the first paragraphs of the other three. (3) helpers.py imported test_clean from /work/main/tests, which loads the
cleaner's modules, but nothing was cleaned and no source under src/ was printed; the helpers printed are only the checks
this file calls. The machine's python had the project's dependencies; every run used it. (4) The portal and blog topics
are the twelve the brief names; none is named in the parts I read. The French portal's "bowling green" became the town's
disused boulodrome (a pétanque ground), the French kind of bowling green. (5) Before the measurement
/tmp/s149scratch/check149.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign; its first run found one:
the Italian portal's ad label "Pubblicità" inside the Italian keep line "Pubblicità e cartelloni resteranno vietati
...", so that keep line became "Pubblicitari e negozianti potranno usare le nuove bacheche solo con il permesso del
Comune." (advertisers, not an ad label); its second and last runs found nothing. While drafting I kept lines apart
before the first check: the Italian held-out reading time "Lettura: 3 min" would have sat inside the Italian portal's
"Tempo di lettura: 3 minuti", so the held-out line became "Tempo stimato per la lettura: 3 min" and the portal's "Tempo
di lettura: 4 minuti"; the newsroom replies are signed "Tidings newsroom", "La rédaction", "Redaktion", "Redazione",
"Redakcja" and "Редакция", not with the mastheads; the copyright lines name publishers ("Skerrowby Newspapers Ltd",
"Éditions Brouvellaises", "Rundschau Verlag GmbH", "Edizioni Castelbruschesi srl", "Wydawnictwo Gazety Słonecznikowej",
"ООО «Глинские медиа»"), not the mastheads, and the German portal's photo credit names a photographer, not the paper.
Lines and data were counted by the same script (45 noise lines: category, language and place as in Contents, and one
each of marker, reading-time, byline, footer, comments and share or notice in every non-English language; 20 keep lines
by language and place; 12 pages with 10 "+" and 20 "-" lines each, 12 blocks on the portals and 10 on the blogs).
/tmp/s149scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen149.py reports lines over 120 characters and at-signs in the written file (none) and checks, by parsing the
written file with ``ast`` (no import), that its noise and keep lists equal the scratch lists; verify_pages.py checks the
same for the pages. (6) Invented names were checked with the exact-string search over public GitHub files: Skerrowby,
Tillyfeather, Winchbarrow, Gouge & Brayer, Sainte-Brouvelle, Galtebrousse, parc Vauclair, Potagnac, Brouvellaises, La
Mouche Têtue, Kranichsfelde, Schienbeuger, Kiebitzgrund, Kesselfink, Holzmähne, Castelbrusco, Castelbruschesi,
Lancettari, Meridianetti, Ingranaggioli, Balcone Piccante, Wólka Słonecznikowa, Gazeta Słonecznikowa, Cebulkiewicz,
Dziewannowa, Klawesyn z pudełka, Верхнеглинск, Глинский вестник, Глинские медиа, Поручнев, Компостерова, Птичий
микрофон, Grubbleworth, Plumbrake, Pichevaude, Kluskowiak, Griffoulat and Wendleforth had no hits. Dropped: Quillhaven
(a church, a city and company names in several repositories), Saltwick Bay (a real bay) and Brinemouth (a place in game
maps), three tries for the English harbour town before Skerrowby; Sprockett (inside "Sprocket..." identifiers; the
harbour master became Coralie Winchbarrow); Ferrandou (a real surname and street name; the garden's president became
Lucienne Potagnac); Rabenschnabel (a weapon in game data; the German reporter became Gottlieb Schienbeuger); Wiesenkamp
(a street and a surname; the photographer became Lothar Kiebitzgrund); Lucernari (a common Italian word; the Italian
reporter became Ottavio Lancettari); Pendolini (inside the surname "Spendolini"; the photographer became first
Quadrantini and then Quadrantelli, both with hits inside identifiers, and then Sergio Meridianetti); Scapparoni (a
surname in test data; the clockmaker became Evandro Ingranaggioli); Kminkowski (a real name in a README; the Polish
reporter became Radosław Cebulkiewicz); Пуговкин (an actor's surname; the Russian reporter became first Шпингалетов, a
common word form with hits, and then Всеволод Поручнев); Подорожникова (a plant's name and a name in test data; the
nurse became Лариса Компостерова); Wimbrell (inside "Swimbrella"; the reporter became Hector Plumbrake); and Tidings
Media (real company names; the copyright line names Skerrowby Newspapers Ltd). "Słonecznikow" alone has hits as an
ordinary word (the sunflower adjective), but the full names "Wólka Słonecznikowa" and "Gazeta Słonecznikowa" had none
and were kept. Not checked: first names and commenters' handles (Ambrose, Coralie, Wren, Honorine, Lucienne, Bastien,
Gottlieb, Lothar, Margarete, Henrike, Ottavio, Sergio, Evandro, Marta, Radosław, Halina, Tomasz, Всеволод, Лариса, Глеб,
Tamsin, Hector, Aurélien, Bożydar, Anselme, Old_Salt_Derek, MaryOnTheQuay, PierPete, Mudlark_Jo, InkyFingers,
Pétanqueur_retraité, Mamie_Josette, Jardinier_du_parc, Pêcheur_du_Lot, Moucheuse_Claire, Pendler_Jens,
Anwohnerin_Gisela, Bahnfan_Otto, Spielzeugmacher_Rolf, Oma_Hildegard, Nonno_Renzo, Barista_Lia, Orologiaio_Evandro,
Orto_di_Gianni, Piccante_Sara, Sąsiad_zza_płotu, Sceptyk_Zenon, Elektryk_Marian, Organista_Jurek, Basia_gra,
Ночная_смена, Водитель_Саня, Житель_Заводской, Натуралист_Петя, Лесная_Аня), names built on checked names (The Skerrowby
Tidings, Skerrowby Harbour Trust, Skerrowby Newspapers Ltd, L'Écho de Sainte-Brouvelle, Éditions Brouvellaises,
Kranichsfelder Rundschau, Rundschau Verlag GmbH, La Gazzetta di Castelbrusco, Wydawnictwo Gazety Słonecznikowej, Wólce
Słonecznikowej) and ordinary words, places and streets (Mühlenstraße, Feldstraße, piazza del Comune, viale, Заводская,
Садовая улица, Больничный проезд, the Lot, the Dordogne). There are no e-mail addresses and no at-signs. (7) Real things
named, as real pages do: Datawrapper, Mixcloud, Loom, Dailymotion, Mastodon, RaiPlay, Spotify, VK Video, Big Cartel,
Steady, Satispay, Boosty, Squarespace, Micro.blog, OVHcloud, Webflow, Aruba.it, Roskomnadzor, WhatsApp, Bluesky, X,
Facebook, Pinterest, Reddit, Telegram, VKontakte, Odnoklassniki, WordPress and WordPress.com, the Hemingway, Astra,
Kadence, Semplice and Twenty Twenty-Four themes, Blogger, Allegro, the Local Democracy Reporting Service, the Met
Office, Deutsche Bahn and the Zoom H5 recorder. (8) My first clock reading was 2026-12-05 22:08:03 UTC. The two
measuring commands ran as the brief gave them, in one shell call after ``date`` (22:15:17 UTC by the machine's clock;
the measured file held placeholders where the Baseline paragraph and the end of this note and of note (9) now stand, and
empty xfail tables), their output sent to /tmp/s149scratch/measure.out and report.out and the report and the pytest tail
printed (21 failed, 56 passed); the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s149scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s149/tests with
/tmp/wt-s149/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only
the failing ones (9, 0 and 12, as in the measurement; every line problem was a kept line, and the page problems were 63
kept noise lines and no lost article line). The xfail tables were written in /tmp/s149scratch/tables149.py from my own
descriptions of those lines and pages, and verify149.py checked that the failing lines, keep lines and pages are exactly
the keys of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that every page noise line left is quoted in its
page's reason and that each reason gives its count of noise lines left. (9) With the tables filled, the pytest command
ran on the final file in /tmp/wt-s149: see the last note of the Baseline paragraph. The final file was copied to
/tmp/wt-set149/tests and committed there, on branch set149; both worktrees were left in place.

Judgement calls: the keep lines opening with or holding "Comments from residents", "Share prices", "Following the vote",
"Subscribers to the allotment scheme", "Copyright lawyers", "Advertising for the new caretaker's post", "Reading the
minutes aloud", "Commentaires et questions", "Suivre le chantier", "Partagée entre deux communes", "Teilen wollen die
beiden Vereine", "Kommentiert hat der Bürgermeister", "Abonnenten der Stadtbibliothek", "Seguire i lavori", "Condivisa
da tutti i gruppi consiliari", "Pubblicitari e negozianti", "Komentarze mieszkańców", "Udostępnienie sali", "Подписка на
городскую газету" and "Читатели районной библиотеки" are article sentences: each reports what residents, a bus company's
shareholders, a council chair, an allotment scheme, lawyers, a parish clerk, a public meeting, pensioners, two
bus-sharing communes, two clubs, a mayor, a library, a camera on a bell tower, council groups, advertisers and
shopkeepers, villagers, a parish, a town's pensioners or a library's readers said, did, decided or saw, with the
noise-like word as an ordinary noun, verb, participle or gerund of the sentence ("Share prices" are a company's shares,
not a share row; "Following the vote" is a time phrase, not a follow prompt; "Subscribers to the allotment scheme" are
members of a scheme, not a subscribe prompt; "Copyright lawyers" advise on rights, not a copyright line; "Advertising
for the new caretaker's post" is a job notice to come, not an ad label; "Reading the minutes aloud ... twenty minutes"
is a clerk reading, not a reading time; the Italian "Pubblicitari" are advertisers, not the ad label "Pubblicità"; the
Russian "Подписка" is a newspaper subscription offered to pensioners, not a subscribe prompt; the Polish "Udostępnienie
sali" is the lending of a hall, not a share row; the German "Teilen" is two clubs sharing a mower, not a share row).
Categories: the Datawrapper, Mixcloud, Loom, Dailymotion, Mastodon, RaiPlay, Spotify and VK Video lines are markers
(embeds that did not load, are gone, are still processing, are blocked by refused cookies, are geo-blocked or have
ended); the est.-read-time header, the grab-a-cuppa warning and the French, German, Italian, Polish and Russian lines
are reading times; the words-and-pictures, Local Democracy Reporting Service, interview-by and text-and-photos lines are
bylines at the head, and the Big Cartel, Steady, Satispay and Boosty lines are bylines (self-promotion) at the foot; the
Squarespace, Micro.blog, media-group, publication-director, Webflow, Aruba.it, all-rights-reserved and
media-registration lines are footers (the French publication-director line and the Russian registration line are legal
lines of a whole site, not notices about one story); the count, the guidelines prompt, the notify-me checkbox, the
show-replies links, the removed-comment placeholder, the awaiting-moderation note and the discussion-closed note are
comment furniture; the English, German and Polish rows are share rows; the French update note and the Italian errata
corrige are notices in the body (both speak of the story they sit in), and the Russian material-updated note is a notice
at the foot (it tells that the story was changed, so it is neither a footer of the whole site nor a byline). On every
page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list
rows and the two last paragraphs are article; everything else (mastheads, blog names and taglines, menus, breadcrumbs
and category lines, edition-date-and-weather lines, bylines, dates and posted-by lines, reading times, tables of
contents, photo captions and credits, Pinterest and save prompts, ad labels, share rows, read-also and related-post
links, tags and topics lines, newsletter, Telegram and subscribe prompts, shop, sales and services plugs, comment
counts, comments and replies, copyright lines and platform credits) is noise. The French portal's subheading "Comment
participer" ("how to take part") is article although it opens with "Comment"; the list rows (what the gauge shows, the
garden's plots and tools, what changes for pedestrians, what was rebuilt on the clock, what the savings pay for, what
changed on the night route, and the blogs' kit lists) are short, some without a verb, but part of each article, so
article; the blogs' taglines ("Relief printing at the kitchen table" and its French, German, Italian, Polish and Russian
twins) and category lines ("Printmaking / Linocut" and its twins) are site furniture around the title, so noise; the
portals' edition-date lines with the weather are mastheads' furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-skerrowby-tidegauge (Skerrowby harbour switches on an electronic tide gauge in place of a painted board),
en-blog-gougeandbrayer-heron (a first two-colour reduction linocut of a heron), fr-portail-saintebrouvelle-jardin (the
disused bowling green of the parc Vauclair turned into a community garden), fr-blog-lamouchetetue-sedge (tying deer-hair
sedges for late-season trout), de-portal-kranichsfelde-bahnuebergang (a level crossing's half barriers replaced by full
barriers), de-blog-holzmaehne-schaukelpferd (a 1950s rocking horse stripped, painted and given a new horsehair mane),
it-portale-castelbrusco-orologio (the civic tower's clock running again after ten years),
it-blog-balconepiccante-habanero (a first year of Habanero chillies on a south-facing balcony),
pl-portal-wolkaslonecznikowa-fotowoltaika (solar panels on a village hall's roof), pl-blog-klawesynzpudelka-korpus
(building a Flemish harpsichord from a kit), ru-portal-verkhneglinsk-nochnoyavtobus (a night bus route extended to the
town hospital) and ru-blog-ptichiymikrofon-solovey (recording a nightingale at dawn), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 02be578d26eaaabee578cbfadbef10ef4f0ed00e, measured with ``cd /tmp/wt-s149 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s149/src python -m pytest -q tests/test_clean_held_out_149.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s149 && PYTHONPATH=/tmp/wt-s149/src python
scripts/clean_held_out_report.py --sets 149``, with the xfail tables empty): noise lines removed 36/45 (marker 3/8,
reading-time 6/7, byline 8/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 9 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: five markers in the body (the English Datawrapper, Mixcloud and Loom placeholders, the
Polish Spotify player and the Russian ended VK Video stream), one reading time at the head (the blog's grab-a-cuppa
warning of twelve minutes), one comment line at the foot (the Russian discussion-closed note) and two notices in the
body (the French update note and the Italian errata corrige); the French Dailymotion, German Mastodon and Italian
RaiPlay markers, the English est.-read-time header and the French, German, Italian, Polish and Russian reading times,
every byline and plug, every footer, the other seven comment lines, every share row and the Russian material-updated
notice at the foot went); keep lines kept 20/20; pages 0/12 clean, 63 of 240 page noise lines left and 0 of 120 article
lines lost. Left on the pages: on the English, French, Polish and Russian portals the four lines of the comment thread
after its count (4 each); on the German portal the topics line before the first last paragraph, the newsletter prompt
after the second last paragraph and the four lines of the thread after its count (6); on the Italian portal the comment,
the newsroom's reply and the second comment of the thread (3); on the English lino blog the subscribe prompt and the
four thread lines (5); on the French fly-tying blog the related-post link after the quote paragraph and the four thread
lines (5); on the German rocking-horse blog the three-line table of contents between the first and second paragraphs,
the sales plug after the third list row and the four thread lines (8); on the Italian chilli blog the table of contents
and the comment, the author's reply and the second comment (6); on the Polish harpsichord blog the comment, the author's
reply and the second comment (3); on the Russian birdsong blog the table of contents, the photo caption and the
Pinterest prompt, the related-post link, the services plug and the four thread lines (11). Lost: nothing on any page, as
``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s149 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 105 (developed on sets 147 and 148 beside this set's writing from the same base, 02be578, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 149` and the
problems of every case before and after): nothing moved (lines 36 of 45, 20 of 20 kept, pages clean 0 of 12, page noise
lines 63 of 240, none of 120 article lines lost). With the lead's mend after round 105 (a thread with "→" replies under
its count, developed on sets 146-148 before this set was read), measured blind in its first form: pages clean 0 -> 5 of
12, page noise lines left 63 -> 40 of 240, but en-portal-skerrowby-tidegauge lost its paragraph under the topics line
("The gauge cost £18,000, shared between the harbour trust and the fishermen's association.": with its thread found, the
block of the topics line and that paragraph was read as the page's furniture, and "shared" as a widget's word). Not
blind from here on for that page: the lead read it and mended the word (noise_patterns.WIDGET_WORD: "shared between",
"among" or "equally" is no share widget's), after which nothing is lost: lines 36 of 45, 20 of 20 kept, pages clean 5 of
12, 40 of 240 page noise lines left, none of 120 article lines lost. Xfails removed: en-portal-skerrowby-tidegauge,
fr-portail-saintebrouvelle-jardin, it-portale-castelbrusco-orologio, pl-portal-wolkaslonecznikowa-fotowoltaika,
ru-portal-verkhneglinsk-nochnoyavtobus; reason reworded: de-portal-kranichsfelde-bahnuebergang (its comment thread now
goes).

Round 106 (development; this set was read in full from this round on): nothing on this set was changed; the round's one
fix was set 150's lost row ("more" in a comparison is no share button, noise_patterns.NETWORK_WORD, see set 150's
docstring) and it moves nothing here: lines 36 -> 36 of 45, keep 20 -> 20 of 20, pages clean 5 -> 5 of 12, page noise
lines left 40 -> 40 of 240, article lines lost 0 -> 0 of 120. All sets (141 sets in the report) noise lines removed 5881
-> 5881 of 6421, article lines kept 2847 -> 2847 of 2847, pages clean 1043 -> 1043 of 1678, page noise lines left 1426
-> 1426 of 35280, paragraphs lost 3 -> 2; SemEval 0 of 3723 files changed; bench ratio 1.00 (benchmarks/bench_clean.py
against 3db9658); pytest 19565 passed, 1205 xfailed, no XPASS. No reason reworded. Still missed, left for the next
round: the tables of contents kept on the German, Italian and Russian blogs, parts of the comment threads, the plugs and
prompts at the foot and between the last paragraphs, and the lines of ``_LINE_XFAIL``.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_149_LINES: list[tuple[str, str, str]] = [
    ("body", "This Datawrapper chart did not load. Open the interactive version in a new window.", "marker"),
    ("body", "The Mixcloud show embedded here is no longer available on Mixcloud.", "marker"),
    ("body", "This Loom video is still processing. Check back in a few minutes.", "marker"),
    ("body", "Le contenu Dailymotion ne peut pas s'afficher car vous avez refusé les cookies.", "marker"),
    ("body", "Der eingebettete Mastodon-Beitrag konnte nicht geladen werden.", "marker"),
    ("body", "Il video di RaiPlay non è disponibile fuori dall'Italia.", "marker"),
    ("body", "Odtwarzacz Spotify nie mógł się załadować. Posłuchaj odcinka w aplikacji.", "marker"),
    ("body", "Трансляция на VK Видео завершена, запись пока недоступна.", "marker"),
    ("head", "Est. read time: 3 min", "reading-time"),
    ("head", "Grab a cuppa – this write-up runs to about twelve minutes.", "reading-time"),
    ("head", "Environ 3 min de lecture", "reading-time"),
    ("head", "Lesedauer ca. 3 Min.", "reading-time"),
    ("head", "Tempo stimato per la lettura: 3 min", "reading-time"),
    ("head", "3 minuty czytania", "reading-time"),
    ("head", "Читать 3 минуты", "reading-time"),
    ("head", "Words and pictures by Tamsin Grubbleworth", "byline"),
    ("head", "By Hector Plumbrake, Local Democracy Reporting Service", "byline"),
    ("head", "Propos recueillis par Aurélien Pichevaude", "byline"),
    ("head", "Tekst i zdjęcia: Bożydar Kluskowiak", "byline"),
    ("tail", "Prints from this series are in my Big Cartel shop – postage is free over twenty pounds.", "byline"),
    ("tail", "Wer mag, kann mich über Steady mit einem kleinen Monatsbeitrag unterstützen.", "byline"),
    ("tail", "Se ti va di sostenere il blog, trovi il mio link Satispay nella barra laterale.", "byline"),
    ("tail", "Поддержать блог можно через Boosty — там же ролики выходят раньше.", "byline"),
    ("tail", "Site by Squarespace · Cookie policy · Accessibility statement", "footer"),
    ("tail", "Powered by Micro.blog · Archive · Subscribe via RSS", "footer"),
    ("tail", "Part of Wendleforth Media Group · Terms of use · Modern slavery statement", "footer"),
    ("tail", "Directeur de la publication : Anselme Griffoulat · Hébergeur : OVHcloud", "footer"),
    ("tail", "Erstellt mit Webflow · Barrierefreiheitserklärung · Impressum", "footer"),
    ("tail", "Sito ospitato da Aruba.it · Cookie policy · Note legali", "footer"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie bez zgody redakcji zabronione.", "footer"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором.", "footer"),
    ("tail", "Showing 12 of 31 comments", "comments"),
    ("tail", "Read our community guidelines before posting a comment.", "comments"),
    ("tail", "Notify me of follow-up comments by email", "comments"),
    ("tail", "Afficher les 3 réponses", "comments"),
    ("tail", "Dieser Kommentar wurde von der Redaktion entfernt.", "comments"),
    ("tail", "Il tuo commento è in attesa di moderazione.", "comments"),
    ("tail", "Pokaż więcej odpowiedzi (4)", "comments"),
    ("tail", "Обсуждение закрыто: срок комментирования истёк.", "comments"),
    ("tail", "Send this story: WhatsApp · Bluesky · Email · Copy link", "share"),
    ("tail", "Beitrag teilen via Bluesky · Mastodon · WhatsApp", "share"),
    ("tail", "Poleć artykuł: X · Bluesky · Skopiuj link", "share"),
    ("body", "Mise à jour à 18 h 40 : la mairie a confirmé l'horaire de la réunion publique.", "notice"),
    ("body", "Errata corrige: nella prima versione il cognome dell'assessore era scritto in modo errato.", "notice"),
    ("tail", "Материал обновлён: добавлен комментарий управляющей компании.", "notice"),
]

HELD_OUT_149_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from residents filled three pages of the planning officer's report."),
    ("head", "Share prices at the bus company rose after the council confirmed the contract."),
    ("body", "Following the vote, the chair thanked the residents who had written in."),
    ("body", "Subscribers to the allotment scheme will be offered a plot by the end of March."),
    ("tail", "Copyright lawyers told the parish that the old photographs could be reprinted."),
    ("tail", "Advertising for the new caretaker's post will begin next month, the clerk said."),
    ("tail", "Reading the minutes aloud took the clerk nearly twenty minutes."),
    ("head", "Commentaires et questions ont occupé la seconde moitié de la réunion publique, mardi soir."),
    ("body", "Suivre le chantier semaine après semaine est devenu un passe-temps pour les retraités du quartier."),
    ("tail", "Partagée entre deux communes, la ligne de bus sera financée à parts égales."),
    ("head", "Teilen wollen die beiden Vereine künftig auch den Rasenmäher und das Vereinsheim."),
    ("head", "Kommentiert hat der Bürgermeister die Entscheidung am Mittwoch nur knapp."),
    ("tail", "Abonnenten der Stadtbibliothek können die Ausstellung kostenlos besuchen."),
    ("head", "Seguire i lavori è stato possibile grazie a una telecamera installata sul campanile."),
    ("body", "Condivisa da tutti i gruppi consiliari, la mozione è passata all'unanimità."),
    ("tail", "Pubblicitari e negozianti potranno usare le nuove bacheche solo con il permesso del Comune."),
    ("head", "Komentarze mieszkańców zebrano podczas dwóch spotkań w remizie."),
    ("tail", "Udostępnienie sali przez parafię pozwoliło zorganizować zebranie jeszcze w grudniu."),
    ("body", "Подписка на городскую газету для пенсионеров станет бесплатной с января."),
    ("tail", "Читатели районной библиотеки выбрали название для новой аллеи."),
]

HELD_OUT_149_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-skerrowby-tidegauge", [
        [
            "-The Skerrowby Tidings",
        ],
        [
            "-News | Sport | Harbour | What's On | Property",
            "-Home › News › Harbour",
        ],
        [
            "-Friday 4 December 2026 · Light rain, 9°C",
            "+Harbour's new tide gauge goes live after forty years of chalk marks",
        ],
        [
            "-By Ambrose Tillyfeather, Coastal Affairs Reporter",
            "-Published 4 December 2026, 07:15 GMT",
            "-3 min read",
            "+Skerrowby harbour has switched on its first electronic tide gauge, replacing the painted board on the "
            "east pier that skippers have read by eye since the 1980s.",
        ],
        [
            "-The new gauge sits in a steel housing at the end of the east pier.",
            "-Photo: Skerrowby Harbour Trust",
            "+The radar sensor measures the water level every minute and sends the readings to a screen outside the "
            "harbour office and to a public web page.",
        ],
        [
            "-Read more: Lifeboat crew's new boathouse opens to visitors",
        ],
        [
            '+Harbour master Coralie Winchbarrow said: "For the first time, a skipper can check the water over the '
            'sill from the sofa before driving down."',
            "-Share: Facebook · X · WhatsApp · Email",
        ],
        [
            "+What the gauge will show",
            "+Live water level over the harbour sill, in metres",
            "-Advertisement",
            "+Predicted high and low water for the next three days",
            "+Storm surge warnings passed on from the Met Office",
        ],
        [
            "-Topics: Harbour, Fishing, Skerrowby",
            "+The gauge cost £18,000, shared between the harbour trust and the fishermen's association.",
        ],
        [
            "+The old painted board will stay on the pier as a memento, the trust said.",
            "-Sign up to the Tidings morning briefing – the day's local news in your inbox at 7am.",
        ],
        [
            "-9 comments",
            "-Old_Salt_Derek: About time. I've run aground twice reading that board in the dark.",
            "-→ Tidings newsroom: Thanks, Derek – the screen is lit at night too.",
            "-MaryOnTheQuay: Will the web page work on older phones?",
            "-→ PierPete: Works fine on mine, Mary, and it's a ten-year-old phone.",
        ],
        [
            "-© 2026 Skerrowby Newspapers Ltd. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-gougeandbrayer-heron", [
        [
            "-Gouge & Brayer",
            "-Relief printing at the kitchen table",
            "-Home · Prints · Tutorials · About · Shop",
        ],
        [
            "-Printmaking / Linocut",
            "+Printing my first two-colour linocut: a heron on the mudflats",
            "-Posted on 29 November 2026 by Wren",
            "-About a 6 minute read",
        ],
        [
            "+I have been carving lino for a year, but always in one colour, so this autumn I finally tried a "
            "reduction print with two.",
            "-In this post",
            "-1. Carving the first layer",
            "-2. Registration with a pin jig",
            "+The idea is simple: you carve, print the light colour on every sheet, then carve away more of the same "
            "block and print the dark colour on top.",
        ],
        [
            "-The heron block after the second round of carving.",
            "-Pin this for later!",
        ],
        [
            '+The printmaker who taught my evening class put it bluntly: "With a reduction print there is no going '
            'back, so print more sheets than you think you need."',
            "-You might also like: Sharpening lino gouges without a strop",
        ],
        [
            "+What I used",
            "+A 20 by 15 cm block of soft-cut lino",
            "+Water-based inks in grey-blue and black",
            "+A wooden spoon instead of a press",
            "-My heron prints are for sale in the shop, signed and numbered, in an edition of twenty.",
        ],
        [
            "+Out of twenty-four sheets, seventeen came out well enough to keep; the rest went into my scrap box.",
            "+Next I want to try three colours, maybe a kingfisher, with a proper registration board.",
        ],
        [
            "-Never miss a post – subscribe by email and get new tutorials every other Sunday.",
            "-Share this: Pinterest · Facebook · Reddit",
        ],
        [
            "-Mudlark_Jo: Love the grey-blue! Which brand of ink is it?",
            "-→ Wren: Thanks, Jo – it's a school water-based ink, nothing fancy.",
            "-InkyFingers: Did the lino crack when you carved it a second time?",
            "-→ Wren: No, I warmed it on the radiator first, which helps a lot.",
        ],
        [
            "-Powered by WordPress.com · Theme: Hemingway",
        ],
    ]),
    _page("fr", "fr-portail-saintebrouvelle-jardin", [
        [
            "-L'Écho de Sainte-Brouvelle",
        ],
        [
            "-Actualités · Vie locale · Sports · Agenda · Annonces",
            "-Accueil > Vie locale > Sainte-Brouvelle",
        ],
        [
            "-Samedi 5 décembre 2026 · Éclaircies, 7 °C",
            "+L'ancien boulodrome du parc Vauclair devient un jardin partagé",
        ],
        [
            "-Par Honorine Galtebrousse",
            "-Publié le 05/12/2026 à 08h30",
            "-Lecture 3 min",
            "+Le terrain de boules du parc Vauclair, inutilisé depuis la dissolution du club en 2023, a été "
            "transformé en jardin partagé par une vingtaine d'habitants.",
        ],
        [
            "-Les premiers bacs de culture installés sur l'ancien terrain.",
            "-Photo : mairie de Sainte-Brouvelle",
            "+La commune a fourni la terre, le compost et un récupérateur d'eau de pluie ; les jardiniers bénévoles "
            "ont construit les bacs avec du bois de palette.",
        ],
        [
            "-À lire aussi : Le marché de Noël déménage place de l'Église",
        ],
        [
            "+« Ici, on jouait aux boules le dimanche, maintenant on y plantera des tomates, et tout le monde pourra "
            "venir », explique Lucienne Potagnac, présidente de l'association du jardin.",
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "+Comment participer",
            "+Une parcelle de deux mètres carrés par foyer, gratuite",
            "-Publicité",
            "+Des outils prêtés dans l'abri, ouvert le samedi matin",
            "+Un atelier de semis chaque premier mercredi du mois",
        ],
        [
            "-Mots-clés : jardin partagé, parc Vauclair, vie associative",
            "+Les premières plantations sont prévues pour le mois de mars, une fois les gelées passées.",
        ],
        [
            "+Les anciens joueurs de boules ont obtenu qu'un petit terrain soit conservé au bout du jardin.",
            "-Recevez notre newsletter locale chaque matin : inscrivez-vous gratuitement.",
        ],
        [
            "-6 commentaires",
            "-Pétanqueur_retraité: Dommage pour les boules, mais c'est mieux qu'un terrain vide.",
            "-→ La rédaction: Un petit terrain reste au fond du jardin, comme indiqué dans l'article.",
            "-Mamie_Josette: Est-ce qu'il reste des parcelles ?",
            "-→ Jardinier_du_parc: Oui, quatre, il faut s'inscrire à la mairie.",
        ],
        [
            "-© 2026 Éditions Brouvellaises – Tous droits réservés",
        ],
    ]),
    _page("fr", "fr-blog-lamouchetetue-sedge", [
        [
            "-La Mouche Têtue",
            "-Montage de mouches et pêche en rivière",
            "-Accueil · Montages · Rivières · Matériel · Contact",
        ],
        [
            "-Montage / Mouches sèches",
            "+Monter une sedge en poils de chevreuil pour la truite de fin de saison",
            "-Publié le 28 novembre 2026 par Bastien",
            "-Temps de lecture : 7 minutes",
        ],
        [
            "+Cette année, j'ai voulu monter moi-même les sedges que j'utilise sur la rivière en fin de saison, "
            "plutôt que de les acheter chez le détaillant.",
            "-Sommaire",
            "-1. Choisir les poils",
            "-2. Tailler l'aile",
            "+Le principe est d'attacher sur l'hameçon une touffe de poils de chevreuil, qui flottent très bien, "
            "puis de la tailler en forme d'aile en toit.",
        ],
        [
            "-Trois sedges terminées, prêtes pour la boîte.",
            "-Épinglez cette photo sur Pinterest",
        ],
        [
            "+Mon grand-père, qui pêchait déjà sur la même rivière, me répétait : « Une mouche qui flotte mal ne "
            "prendra jamais une truite méfiante. »",
            "-Article lié : Choisir son fil de montage",
        ],
        [
            "+Ce qu'il faut pour une douzaine de mouches",
            "+Des hameçons droits numéro 14",
            "+Du poil de chevreuil naturel",
            "+Un fil de montage marron en 8/0",
            "-Les kits de montage que j'utilise sont en vente dans la boutique du blog.",
        ],
        [
            "+Sur mes douze premières mouches, neuf ont tenu une journée entière de pêche sans se défaire.",
            "+Le mois prochain, j'essaierai des nymphes lestées pour l'hiver.",
        ],
        [
            "-Abonnez-vous pour recevoir chaque nouveau montage par e-mail.",
            "-Partager : Facebook · Pinterest · WhatsApp",
        ],
        [
            "-Pêcheur_du_Lot: Superbe montage ! Tu traites les poils avant ?",
            "-→ Bastien: Merci ! Non, juste un peu de graisse silicone au bord de l'eau.",
            "-Moucheuse_Claire: Quelle taille d'hameçon pour la Dordogne ?",
            "-→ Bastien: Du 14 ou du 16, Claire, selon l'eau.",
        ],
        [
            "-Propulsé par WordPress · Thème : Astra",
        ],
    ]),
    _page("de", "de-portal-kranichsfelde-bahnuebergang", [
        [
            "-Kranichsfelder Rundschau",
        ],
        [
            "-Lokales · Region · Sport · Kultur · Service",
            "-Startseite › Lokales › Kranichsfelde",
        ],
        [
            "-Samstag, 5. Dezember 2026 · Nebel, 3 °C",
            "+Bahnübergang an der Mühlenstraße bekommt neue Vollschranken",
        ],
        [
            "-Von Gottlieb Schienbeuger",
            "-05.12.2026, 09:12 Uhr",
            "-Lesezeit 3 Minuten",
            "+Am Bahnübergang Mühlenstraße ersetzen seit Montag vier Vollschranken die alten Halbschranken, die nur "
            "die Fahrbahn in eine Richtung sperrten.",
        ],
        [
            "-Die neuen Schranken sperren beide Fahrbahnseiten und den Gehweg.",
            "-Foto: Lothar Kiebitzgrund",
            "+Die Deutsche Bahn hat dafür rund 420.000 Euro investiert; die Stadt hat die Gehwege an beiden Seiten "
            "verbreitert.",
        ],
        [
            "-Lesen Sie auch: Neuer Radweg am Kanal freigegeben",
        ],
        [
            "+„Früher sind Schüler unter der halben Schranke durchgeschlüpft, das geht jetzt nicht mehr“, sagt "
            "Ortsvorsteherin Margarete Kesselfink.",
            "-Artikel teilen: Facebook · X · WhatsApp · E-Mail",
        ],
        [
            "+Was sich für Fußgänger ändert",
            "+Beide Gehwege werden jetzt ganz abgesperrt",
            "-Anzeige",
            "+Ein Signalton warnt, bevor sich die Schranken senken",
            "+Die Wartezeit bleibt bei rund zwei Minuten pro Zug",
        ],
        [
            "-Themen: Verkehr, Deutsche Bahn, Kranichsfelde",
            "+Die Bauarbeiten hatten den Übergang im November an drei Wochenenden gesperrt.",
        ],
        [
            "+Als Nächstes soll der Übergang an der Feldstraße umgebaut werden, frühestens 2028.",
            "-Der Rundschau-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Stadt.",
        ],
        [
            "-5 Kommentare",
            "-Pendler_Jens: Endlich! Die Halbschranken waren gefährlich.",
            "-→ Redaktion: Danke, Jens, wir bleiben an der Feldstraße dran.",
            "-Anwohnerin_Gisela: Der Signalton ist nachts aber sehr laut.",
            "-→ Bahnfan_Otto: Der ist vorgeschrieben, Gisela, leiser geht es leider nicht.",
        ],
        [
            "-© 2026 Rundschau Verlag GmbH",
        ],
    ]),
    _page("de", "de-blog-holzmaehne-schaukelpferd", [
        [
            "-Holzmähne",
            "-Alte Spielzeuge, neu aufgearbeitet",
            "-Start · Projekte · Werkstatt · Über mich",
        ],
        [
            "-Projekte / Schaukelpferde",
            "+Ein Schaukelpferd aus den Fünfzigern bekommt seine Mähne zurück",
            "-Veröffentlicht am 27. November 2026 von Henrike",
            "-Lesezeit: etwa 8 Minuten",
        ],
        [
            "+Das Schaukelpferd stand dreißig Jahre auf dem Dachboden meiner Tante, mit abgeblätterter Farbe und "
            "ohne Mähne.",
            "-Inhalt",
            "-1. Alte Farbe abnehmen",
            "-2. Die neue Mähne",
            "+Zuerst habe ich die alte Farbe mit einem Heißluftföhn und einer Ziehklinge vorsichtig entfernt, ohne "
            "das Holz zu beschädigen.",
        ],
        [
            "-Das Pferd nach dem Abschleifen, noch ohne Mähne.",
            "-Dieses Foto auf Pinterest merken",
        ],
        [
            "+Ein alter Sattler aus dem Nachbardorf gab mir den Rat: „Rosshaar nimmt man nie zu knapp, nach dem "
            "Kleben schrumpft es immer ein wenig.“",
            "-Passend dazu: Holzspielzeug richtig ölen",
        ],
        [
            "+Was ich gebraucht habe",
            "+Echtes Rosshaar, rund 300 Gramm",
            "+Kaseinfarbe in Apfelschimmelgrau",
            "+Knochenleim und eine Leimzwinge",
            "-Aufgearbeitete Schaukelpferde verkaufe ich auf Anfrage über meine Werkstattseite.",
        ],
        [
            "+Nach sechs Wochen steht das Pferd wieder im Wohnzimmer, und meine Nichte hat es schon getestet.",
            "+Als Nächstes wartet ein Puppenwagen aus Korbgeflecht auf mich.",
        ],
        [
            "-Neue Beiträge per E-Mail abonnieren – kostenlos und jederzeit kündbar.",
            "-Teilen: Facebook · Pinterest · WhatsApp",
        ],
        [
            "-Spielzeugmacher_Rolf: Tolle Arbeit! Wie hast du das Rosshaar befestigt?",
            "-→ Henrike: Danke, Rolf, mit Knochenleim in einer gefrästen Nut.",
            "-Oma_Hildegard: So eins hatte ich als Kind auch!",
            "-→ Henrike: Dann weißt du, wie viel Liebe darin steckt, Hildegard.",
        ],
        [
            "-Erstellt mit WordPress · Theme: Kadence · Datenschutz",
        ],
    ]),
    _page("it", "it-portale-castelbrusco-orologio", [
        [
            "-La Gazzetta di Castelbrusco",
        ],
        [
            "-Cronaca · Politica · Sport · Cultura · Eventi",
            "-Home › Cronaca › Castelbrusco",
        ],
        [
            "-Sabato 5 dicembre 2026 · Sereno, 8 °C",
            "+L'orologio della torre civica torna a segnare l'ora dopo dieci anni",
        ],
        [
            "-di Ottavio Lancettari",
            "-05/12/2026 ore 10:05",
            "-Tempo di lettura: 4 minuti",
            "+Da giovedì l'orologio della torre civica di Castelbrusco funziona di nuovo: era fermo dal 2016, quando "
            "un fulmine aveva bruciato il motore.",
        ],
        [
            "-Il quadrante restaurato visto da piazza del Comune.",
            "-Foto di Sergio Meridianetti",
            "+Il restauro, costato 36.000 euro, è stato pagato per metà da una raccolta fondi tra i commercianti del "
            "centro.",
        ],
        [
            "-Leggi anche: Piazza del Comune, tornano le panchine",
        ],
        [
            "+«Per dieci anni abbiamo guardato quelle lancette ferme alle quattro e venti», racconta l'orologiaio "
            "Evandro Ingranaggioli, che ha curato il restauro.",
            "-Condividi: Facebook · X · WhatsApp · Email",
        ],
        [
            "+Cosa è stato rifatto",
            "+Il motore elettrico e il meccanismo delle lancette",
            "-Pubblicità",
            "+Le quattro vetrate del quadrante",
            "+La campana delle ore, che suonerà dalle 8 alle 20",
        ],
        [
            "-Argomenti: torre civica, restauro, centro storico",
            "+Il Comune ha affidato la manutenzione all'orologiaio per i prossimi cinque anni.",
        ],
        [
            "+A Capodanno la campana suonerà anche a mezzanotte, per la prima volta dal 2015.",
            "-Iscriviti alla newsletter della Gazzetta: le notizie della città ogni mattina.",
        ],
        [
            "-4 commenti",
            "-Nonno_Renzo: Finalmente! Mi mancava sentire la campana.",
            "-→ Redazione: Grazie, Renzo, la campana suona dalle 8 alle 20.",
            "-Barista_Lia: Ma è giusta l'ora? Oggi era avanti di due minuti.",
            "-→ Orologiaio_Evandro: La stiamo ancora regolando, Lia, pochi giorni di pazienza.",
        ],
        [
            "-© 2026 Edizioni Castelbruschesi srl",
        ],
    ]),
    _page("it", "it-blog-balconepiccante-habanero", [
        [
            "-Balcone Piccante",
            "-Peperoncini in vaso, dalla semina al raccolto",
            "-Home · Coltivazione · Varietà · Ricette · Chi sono",
        ],
        [
            "-Coltivazione / Vasi",
            "+Il mio primo anno di peperoncini Habanero sul balcone",
            "-Pubblicato il 26 novembre 2026 da Marta",
            "-Tempo di lettura: 6 minuti",
        ],
        [
            "+A febbraio ho seminato dodici semi di Habanero in vasetti di torba sul davanzale della cucina, senza "
            "sapere bene cosa aspettarmi.",
            "-Indice",
            "-1. La semina",
            "-2. Il trapianto",
            "+Ad aprile le otto piantine sopravvissute sono passate in vasi da dieci litri sul balcone esposto a sud.",
        ],
        [
            "-Le prime bacche arancioni ad agosto.",
            "-Salva questa foto su Pinterest",
        ],
        [
            "+Il vivaista sotto casa mi aveva avvisata: «L'Habanero è lento, non perdere la pazienza prima di agosto.»",
            "-Potrebbe interessarti: Come essiccare i peperoncini in forno",
        ],
        [
            "+Cosa mi è servito",
            "+Vasi da dieci litri con sottovaso",
            "+Terriccio per orto con un po' di perlite",
            "+Un concime ricco di potassio per la fioritura",
            "-I semi delle mie piante sono disponibili nel mio negozio online, con spedizione in busta.",
        ],
        [
            "+A ottobre ho raccolto quasi trecento bacche, tante da regalarne metà ai vicini.",
            "+L'anno prossimo proverò a svernare due piante in casa, vicino alla finestra.",
        ],
        [
            "-Iscriviti alla newsletter per ricevere i nuovi articoli.",
            "-Condividi: Facebook · Pinterest · WhatsApp",
        ],
        [
            "-Orto_di_Gianni: Che invidia! Io ne ho raccolti solo venti.",
            "-→ Marta: Forse è il sole, Gianni: il mio balcone ne prende otto ore.",
            "-Piccante_Sara: Le hai impollinate a mano?",
            "-→ Marta: Sì, Sara, con un pennellino, soprattutto a giugno.",
        ],
        [
            "-Blog creato con Blogger · Tema: Semplice",
        ],
    ]),
    _page("pl", "pl-portal-wolkaslonecznikowa-fotowoltaika", [
        [
            "-Gazeta Słonecznikowa",
        ],
        [
            "-Wiadomości · Gmina · Sport · Kultura · Ogłoszenia",
            "-Strona główna › Gmina › Wólka Słonecznikowa",
        ],
        [
            "-Sobota, 5 grudnia 2026 · Pochmurno, 2°C",
            "+Świetlica w Wólce Słonecznikowej ma własną elektrownię na dachu",
        ],
        [
            "-Autor: Radosław Cebulkiewicz",
            "-05.12.2026, 11:20",
            "-Czas czytania: 3 min",
            "+Na dachu świetlicy wiejskiej w Wólce Słonecznikowej zamontowano 24 panele fotowoltaiczne o łącznej "
            "mocy 10 kilowatów.",
        ],
        [
            "-Montaż paneli trwał trzy dni.",
            "-Fot. Urząd Gminy",
            "+Instalacja kosztowała 58 tysięcy złotych, z czego większość pokryła dotacja z funduszu sołeckiego i "
            "programu wojewódzkiego.",
        ],
        [
            "-Czytaj także: Nowy chodnik do szkoły w Wólce gotowy",
        ],
        [
            "+„Rachunek za prąd w świetlicy spadł z 900 do niespełna 150 złotych miesięcznie”, mówi sołtyska Halina "
            "Dziewannowa.",
            "-Udostępnij: Facebook · X · WhatsApp",
        ],
        [
            "+Na co pójdą oszczędności",
            "+Nowe krzesła i stoły do sali",
            "-Reklama",
            "+Zajęcia dla seniorów dwa razy w tygodniu",
            "+Ogrzewanie świetlicy zimą bez ograniczeń",
        ],
        [
            "-Tagi: fotowoltaika, świetlica, sołectwo",
            "+Nadwyżki energii latem trafiają do sieci, a zimą świetlica je odbiera.",
        ],
        [
            "+Sołectwo planuje w przyszłym roku dołożyć magazyn energii.",
            "-Zapisz się do newslettera i otrzymuj wiadomości z gminy prosto na skrzynkę.",
        ],
        [
            "-Komentarze (4)",
            "-Sąsiad_zza_płotu: Brawo, tak trzeba gospodarować!",
            "-→ Redakcja: Dziękujemy, przekażemy pani sołtys.",
            "-Sceptyk_Zenon: A ile te panele wytrzymają?",
            "-→ Elektryk_Marian: Producent daje 25 lat gwarancji, panie Zenonie.",
        ],
        [
            "-© 2026 Wydawnictwo Gazety Słonecznikowej",
        ],
    ]),
    _page("pl", "pl-blog-klawesynzpudelka-korpus", [
        [
            "-Klawesyn z pudełka",
            "-Dziennik budowy instrumentu z zestawu",
            "-Start · Budowa · Strojenie · O mnie",
        ],
        [
            "-Budowa / Korpus",
            "+Składam klawesyn z zestawu: pierwsze miesiące pracy",
            "-Opublikowano 25 listopada 2026 przez Tomasza",
            "-Czas czytania: 9 minut",
        ],
        [
            "+Zestaw do budowy flamandzkiego klawesynu przyszedł w trzech skrzyniach, z instrukcją liczącą ponad sto "
            "stron.",
            "-Spis treści",
            "-1. Sklejanie korpusu",
            "-2. Płyta rezonansowa",
            "+Najpierw skleiłem korpus i wzmocnienia, co zajęło mi wieczory przez sześć tygodni.",
        ],
        [
            "-Korpus po sklejeniu, jeszcze bez płyty rezonansowej.",
            "-Zapisz zdjęcie na Pintereście",
        ],
        [
            "+Stroiciel, który obejrzał moją pracę, powiedział: „Płyta rezonansowa wybaczy wiele, ale nie pośpiech "
            "przy klejeniu.”",
            "-Zobacz też: Jak naostrzyć dłuto do żeberek",
        ],
        [
            "+Co było w zestawie",
            "+Wycięte elementy korpusu ze sklejki lipowej",
            "+Płyta rezonansowa ze świerku",
            "+Sześćdziesiąt jeden klawiszy i skoczków",
            "-Części zapasowe do klawesynów sprzedaję na Allegro, link w stopce.",
        ],
        [
            "+Dziś klawesyn ma już struny i po raz pierwszy zagrałem na nim prosty menuet.",
            "+W styczniu zajmę się malowaniem płyty rezonansowej w kwiaty, jak na starych instrumentach.",
        ],
        [
            "-Zapisz się na newsletter, a nie przegapisz kolejnego wpisu.",
            "-Udostępnij: Facebook · Pinterest · WhatsApp",
        ],
        [
            "-Organista_Jurek: Pięknie! Ile czasu zajęło strojenie?",
            "-→ Tomasz: Dzięki, Jurek, pierwsze strojenie trwało około trzech godzin.",
            "-Basia_gra: Jaki to strój, 415 czy 440?",
            "-→ Tomasz: 415, Basiu, jak w barokowych nagraniach.",
        ],
        [
            "-Blog na WordPress.com · Motyw: Twenty Twenty-Four",
        ],
    ]),
    _page("ru", "ru-portal-verkhneglinsk-nochnoyavtobus", [
        [
            "-Глинский вестник",
        ],
        [
            "-Новости · Город · Спорт · Культура · Афиша",
            "-Главная › Город › Транспорт",
        ],
        [
            "-Суббота, 5 декабря 2026 · Снег, −6 °C",
            "+Ночной автобус № 7Н теперь доезжает до городской больницы",
        ],
        [
            "-Текст: Всеволод Поручнев",
            "-05.12.2026, 12:40",
            "-Время чтения: 3 мин",
            "+С понедельника ночной маршрут № 7Н в Верхнеглинске продлён на четыре остановки — до главного входа "
            "городской больницы.",
        ],
        [
            "-Ночной автобус на новой конечной у больницы.",
            "-Фото: пресс-служба администрации",
            "+Раньше медсёстрам и врачам ночной смены приходилось идти от кольца на Заводской почти два километра.",
        ],
        [
            "-Читайте также: На Садовой улице появится новый светофор",
        ],
        [
            "+«Зимой в три часа ночи идти пешком по тёмной дороге было страшно, теперь автобус привозит прямо к "
            "крыльцу», — говорит медсестра Лариса Компостерова.",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "+Что изменилось",
            "+Четыре новые остановки по Больничному проезду",
            "-Реклама",
            "+Интервал ночью — 40 минут",
            "+Последний рейс от больницы в 4:50",
        ],
        [
            "-Теги: транспорт, больница, ночной автобус",
            "+Продление маршрута обойдётся городу в 3,2 миллиона рублей в год.",
        ],
        [
            "+Если пассажиров будет достаточно, с весны маршрут пустят и по выходным.",
            "-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города.",
        ],
        [
            "-Комментарии: 5",
            "-Ночная_смена: Спасибо, наконец-то услышали!",
            "-→ Редакция: Рады, что новость полезна.",
            "-Водитель_Саня: Только бы не отменили через месяц.",
            "-→ Житель_Заводской: Не отменят, это уже заложено в городской бюджет.",
        ],
        [
            "-© 2026 ООО «Глинские медиа». Все права защищены.",
        ],
    ]),
    _page("ru", "ru-blog-ptichiymikrofon-solovey", [
        [
            "-Птичий микрофон",
            "-Записи голосов птиц в средней полосе",
            "-Главная · Записи · Техника · Об авторе",
        ],
        [
            "-Записи / Весна",
            "+Как я записывал соловья на рассвете в пойме реки",
            "-Опубликовано 24 ноября 2026, автор — Глеб",
            "-Время чтения: 5 минут",
        ],
        [
            "+В мае я три утра подряд приходил в пойму к четырём часам, чтобы записать соловья до того, как "
            "проснётся трасса.",
            "-Содержание",
            "-1. Техника",
            "-2. Место и время",
            "+Рекордер я ставил на штатив в десяти метрах от куста и уходил, чтобы не шуметь.",
        ],
        [
            "-Спектрограмма соловьиной песни.",
            "-Сохранить фото в Pinterest",
        ],
        [
            "+Старый орнитолог из клуба сказал мне: «Соловей не любит спешки: дай ему привыкнуть к микрофону, и он "
            "споёт».",
            "-Читайте также в блоге: Записываем дроздов в городском парке",
        ],
        [
            "+Что я брал с собой",
            "+Портативный рекордер с двумя микрофонами",
            "+Ветрозащиту из искусственного меха",
            "+Термос и складной стул",
            "-Мои записи птиц можно купить для фильмов и подкастов — пишите в личные сообщения.",
        ],
        [
            "+Лучшая запись длится девять минут, и на ней слышно, как соловью отвечает второй.",
            "+Следующей весной хочу записать выпь, хотя её слышно только по ночам.",
        ],
        [
            "-Подпишитесь на блог, чтобы не пропустить новые записи.",
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
        ],
        [
            "-Натуралист_Петя: Потрясающе! Какой рекордер?",
            "-→ Глеб: Спасибо, Петя, обычный Zoom H5.",
            "-Лесная_Аня: А комары не мешали?",
            "-→ Глеб: Мешали, Аня, но на записи их почти не слышно.",
        ],
        [
            "-Сайт работает на WordPress · Тема: Astra",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Odtwarzacz Spotify nie mógł się załadować. Posłuchaj odcinka w aplikacji.":
        "a Polish Spotify player placeholder ('Odtwarzacz Spotify nie mógł się załadować. Posłuchaj odcinka w "
        "aplikacji.') is left in the body",
    "Grab a cuppa – this write-up runs to about twelve minutes.":
        "a blog's grab-a-cuppa reading-time warning of twelve minutes ('Grab a cuppa – this write-up runs to about "
        "twelve minutes.') is left at the head",
    "Обсуждение закрыто: срок комментирования истёк.":
        "a Russian discussion-closed note ('Обсуждение закрыто: срок комментирования истёк.') is left at the foot",
    "Mise à jour à 18 h 40 : la mairie a confirmé l'horaire de la réunion publique.":
        "a French update note on the public meeting's time (\"Mise à jour à 18 h 40 : la mairie a confirmé l'horaire "
        'de la réunion publique.") is left in the body',
    "Errata corrige: nella prima versione il cognome dell'assessore era scritto in modo errato.":
        "an Italian errata corrige on the councillor's surname (\"Errata corrige: nella prima versione il cognome "
        "dell'assessore era scritto in modo errato.\") is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-gougeandbrayer-heron":
        ("the lino blog's heron post keeps, at the foot, all four lines of the comment thread, the comment "
         "('Mudlark_Jo: Love the grey-blue! Which brand of ink is it?'), the author's arrowed reply (\"→ Wren: "
         "Thanks, Jo – it's a school water-based ink, nothing fancy.\"), the second comment ('InkyFingers: Did the "
         "lino crack when you carved it a second time?') and the author's arrowed reply to it ('→ Wren: No, I warmed "
         "it on the radiator first, which helps a lot.') (4 of 20 noise lines; since round 130 its subscribe prompt "
         "('Never miss a post – subscribe by email ...') goes); no article line is lost"),
    "fr-blog-lamouchetetue-sedge":
        "the fly-tying blog's sedge post keeps its related-post link ('Article lié : Choisir son fil de montage') "
        "right after the quote paragraph; and, at the foot, all four lines of the comment thread, the comment "
        "('Pêcheur_du_Lot: Superbe montage ! Tu traites les poils avant ?'), the author's arrowed reply (\"→ "
        "Bastien: Merci ! Non, juste un peu de graisse silicone au bord de l'eau.\"), the second comment "
        "(\"Moucheuse_Claire: Quelle taille d'hameçon pour la Dordogne ?\") and the author's arrowed reply to it "
        "(\"→ Bastien: Du 14 ou du 16, Claire, selon l'eau.\") (5 of 20 noise lines); no article line is lost",
    "de-portal-kranichsfelde-bahnuebergang":
        "the Rundschau's level-crossing story keeps its topics line ('Themen: Verkehr, Deutsche Bahn, Kranichsfelde') "
        "at the top of the first last paragraph's block, right before it, and its newsletter prompt ('Der "
        "Rundschau-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Stadt.') right after the second last "
        "paragraph, while the whole comment thread goes (2 of 20 noise lines); no article line is lost",
    "de-blog-holzmaehne-schaukelpferd":
        "the rocking-horse blog's mane post keeps its three-line table of contents ('Inhalt', '1. Alte Farbe "
        "abnehmen', '2. Die neue Mähne') between the first and second paragraphs; and (its sales plug at the end "
        'of the list block goes since round 112), at the foot, all four lines of the comment thread, the comment '
        "('Spielzeugmacher_Rolf: Tolle Arbeit! Wie hast du das Rosshaar befestigt?'), the author's arrowed reply "
        "('→ Henrike: Danke, Rolf, mit Knochenleim in einer gefrästen Nut.'), the second comment ('Oma_Hildegard: "
        "So eins hatte ich als Kind auch!') and the author's arrowed reply to it ('→ Henrike: Dann weißt du, wie "
        "viel Liebe darin steckt, Hildegard.') (7 of 20 noise lines); no article line is lost",
    "it-blog-balconepiccante-habanero":
        "the chilli blog's Habanero post keeps its three-line table of contents ('Indice', '1. La semina', '2. Il "
        "trapianto') between the first and second paragraphs; and, at the foot, three lines of the comment thread, "
        "the comment ('Orto_di_Gianni: Che invidia! Io ne ho raccolti solo venti.'), the author's arrowed reply ('→ "
        "Marta: Forse è il sole, Gianni: il mio balcone ne prende otto ore.') and the second comment "
        "('Piccante_Sara: Le hai impollinate a mano?'), while the author's second reply ('→ Marta: Sì, Sara, con un "
        "pennellino, soprattutto a giugno.') goes (6 of 20 noise lines); no article line is lost",
    "pl-blog-klawesynzpudelka-korpus":
        "the harpsichord blog's kit post keeps, at the foot, three lines of the comment thread, the comment "
        "('Organista_Jurek: Pięknie! Ile czasu zajęło strojenie?'), the author's arrowed reply ('→ Tomasz: Dzięki, "
        "Jurek, pierwsze strojenie trwało około trzech godzin.') and the second comment ('Basia_gra: Jaki to strój, "
        "415 czy 440?'), while the author's second reply ('→ Tomasz: 415, Basiu, jak w barokowych nagraniach.') goes "
        "(3 of 20 noise lines); no article line is lost",
    "ru-blog-ptichiymikrofon-solovey":
        "the birdsong blog's nightingale post keeps its three-line table of contents ('Содержание', '1. Техника', '2. Место"
        " и время') between the first and second paragraphs; the photo caption and the Pinterest prompt ('Спектрограмма "
        "соловьиной песни.', 'Сохранить фото в Pinterest'), the block of two between the second paragraph and the quote "
        "paragraph; the services plug ('Мои записи птиц можно купить для фильмов и подкастов — пишите в личные сообщения.')"
        ' at the end of the list block, right after the third row; and, at the foot, all four lines of the comment thread, '
        "the comment ('Натуралист_Петя: Потрясающе! Какой рекордер?'), the author's arrowed reply ('→ Глеб: Спасибо, Петя, "
        "обычный Zoom H5.'), the second comment ('Лесная_Аня: А комары не мешали?') and the author's arrowed reply to it "
        "('→ Глеб: Мешали, Аня, но на записи их почти не слышно.') (10 of 20 noise lines; its related-post link on the blog"
        ' after the quote paragraph goes since round 123); no article line is lost',
}


test_held_out_149_line, test_held_out_149_line_is_kept, test_held_out_149_page = held_out_tests(
    HELD_OUT_149_LINES, HELD_OUT_149_KEEP, HELD_OUT_149_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
