"""Held-out set 204: written blind, weighted toward the noise the cleaner exists for, in shapes set 202's docstring does
not name (nor the first paragraphs of sets 199, 200 and 201): scraper, embed and ad markers (an English Strava
activity map shared with followers only "Strava activity map unavailable: this athlete only shares activities with
followers.", an English Padlet wall set to secret "Padlet wall could not be shown – the owner has set this padlet to
secret.", an English Canva design no longer shared "This Canva design is no longer shared publicly and cannot be
displayed here.", a French Ausha podcast player of an unpublished show "Lecteur Ausha indisponible : ce podcast a été
dépublié par son créateur.", a German Datawrapper chart hidden because JavaScript is off "Die Datawrapper-Grafik wird
nicht angezeigt, weil JavaScript in Ihrem Browser deaktiviert ist.", an Italian Spreaker podcast episode that was
removed "Il podcast di Spreaker incorporato non è più disponibile: la puntata è stata rimossa.", a Polish Player.pl
item unavailable abroad "Materiał z Player.pl jest niedostępny poza granicami Polski." and a Russian 2GIS map over its
API request limit "Карта 2ГИС не загрузилась: превышен лимит запросов к API."); reading-time headers in new wordings
(the English minute-read label with a word count "6-minute read · 1,240 words", a blog's takes-about line with a
skip-to-the-recipe aside "This post takes about 8 minutes to read, or 3 if you skip straight to the recipe", the
French reading-duration label "Durée de lecture : 6 minutes", the German read-in line "In 6 Minuten gelesen", the
Italian minutes-of-reading label "6 minuti di lettura", the Polish a-read-for label "Lektura na 6 minut" and the
Russian reading-time label with a tilde "Время чтения: ~6 мин."); bylines and self-promotion (an English reporting-by
byline naming the paper "Reporting by Cressida Wolvenhurst for the Quillenbrook Courier", an English
village-correspondent byline "From our village correspondent, Ptolemy Wimberfold", an Italian report-by byline
"Servizio di Gualtiero Tarallucchini" and a Russian author-of-the-piece byline "Автор материала: Зинаида Крупеникова",
all at the head, and at the foot an English notonthehighstreet granola-scoops plug "My hand-carved beech granola
scoops are on notonthehighstreet – posted first class within three days.", a French Etsy clafoutis-dishes plug with
Colissimo shipping "Mes moules à clafoutis en grès sont en vente sur Etsy, envoi en Colissimo partout en France.", a
German Hood.de spaetzle-boards plug with Hermes shipping "Meine handgemachten Spätzlebretter verkaufe ich bei Hood.de,
Versand mit Hermes oder Abholung in Tübingen." and a Polish Vinted tea-towels plug with Orlen Paczka shipping
"Własnoręcznie szyte ściereczki kuchenne sprzedaję na Vinted – wysyłka Orlen Paczką."); blog and site footers (an
English 34SP.com and Craft CMS credit "Hosted by 34SP.com · Built on Craft CMS", an English IPSO regulation row
"Regulated by IPSO · Editors' Code of Practice · Complaints", an English Ghost, Casper and DigitalOcean credit
"Powered by Ghost & Casper · Hosted on DigitalOcean", a French SPIP and Gandi credit with the site map "Site propulsé
par SPIP · Hébergé par Gandi · Plan du site", a German TYPO3 and Hetzner credit with the accessibility statement
"Diese Seite läuft mit TYPO3 · gehostet von Hetzner · Barrierefreiheitserklärung", an Italian VAT-number and Joomla
line "P.IVA 03127840964 · Sito realizzato con Joomla! · Note legali", a Polish Drupal credit with the accessibility
declaration and GDPR link "Serwis działa na Drupalu · Deklaracja dostępności · RODO" and a Russian Tilda credit with
the personal-data policy "Сайт сделан на Tilda · Политика обработки персональных данных"); reader-comment furniture
(an English sort-by row "Sort by: Oldest · Newest · Most liked", an English thread-locked-for-age notice "This thread
has been locked because it is more than 30 days old.", an English replying-to line with a cancel link "Replying to
Gwen P. – cancel", a French sort-the-comments row "Trier les commentaires : les plus récents · les plus appréciés", a
German reader-opinions count with a join-in prompt "14 Lesermeinungen – jetzt mitreden", an Italian load-more-comments
link "Carica altri commenti (9)", a Polish reply-report-age row "Odpowiedz · Zgłoś naruszenie · 3 godz. temu" and a
Russian collapsed-thread line "Ветка комментариев скрыта — развернуть 5 ответов"); share rows (an English
send-this-to-a-neighbour row "Send this to a neighbour: WhatsApp · Messenger · Email", a French pass-it-on row with
Threads "Faites suivre : WhatsApp · Threads · E-mail" and a Polish share-with-friends row with Wykop "Udostępnij
znajomym: Facebook · Wykop · X"); and notices (a German correction of a date "Korrektur: In einer früheren Fassung
stand ein falsches Datum für das Fest." and an Italian part-of-a-funded-project note "Questo articolo fa parte del
progetto Scuola e Territorio, sostenuto dalla Fondazione Cariplo.", both in the body, and the Russian
the-author's-view-may-differ disclaimer "Мнение автора может не совпадать с позицией редакции." at the foot); and
toward whole scraped news and hobby-blog pages in layouts set 202's docstring does not describe (on the six portal
pages, in nine blocks, the masthead with its tagline and the section menu in a block of two at the very top; a
breadcrumb above the title and the byline and the date line under it in one block of four, the title second; the
reading time and a share row alone in a block of two; the first and second paragraphs in one block of three with a
read-also link between them; the lead photo's caption and its credit above the paragraph with the quote, in its block
(a block of three, the paragraph last); the subheading and the three rows with an ad label and a sponsored headline
between the second and third rows, inside the list block (a block of six); a newsletter prompt above the two last
paragraphs and a tags line after them in one block of four; a thread of four lines alone in a block (a comment count,
a comment, the reporter's or the desk's arrowed reply and a second reader's comment left unanswered); and at the foot
a links row and the publisher's copyright line in a block of two; on the six blog pages, in nine blocks, the menu and
the blog name with its tagline in a block of two at the very top, the menu first; the title at the top of a block of
three with the posted-on-by line and the reading time under it; an affiliate-links disclosure between the first and
second paragraphs, inside their block (a block of three); a table of contents (its heading and two numbered entries)
alone in a block of three after the second paragraph; the paragraph with the quote at the top of a block of three with
a pin-it share row and then the photo caption after it; the subheading and the three rows with an affiliate link
between the first and second rows, inside the list block (a block of five); the two last paragraphs in a block of four
with a subscribe prompt between them and the author's sign-off after the second; a thread of four lines alone in a
block (a comments heading with its count quoting the post's title, a comment, the author's arrowed reply and a second
comment left unanswered); and at the foot a plug for the author's wares, classes, workshops or orders, the author's
copyright line and a platform-and-theme credit in a block of three), taken from local news of the kinds the brief
names (snail racing at the school fete, a welly wanging contest, the bog snorkelling race, an apple day at the
community orchard, samphire picking on the salt marsh, a nettle soup lunch for the church roof) and from blogs about
bibimbap at home, shakshuka for a crowd, spaetzle pressed by hand, taralli from Puglia, homemade granola and a cherry
clafoutis.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 202 but what is named here), held-out set 203 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git
branch`` output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read
were: the docstring of held-out set 202 up to and including its paragraph "Baseline", its imports and its tail from
the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search),
and the first paragraphs of the docstrings of sets 199, 200 and 201, printed with one ast script
(/tmp/s204scratch/peek.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (one ``python -c`` call, with SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of these were read from the frozen worktree /tmp/wt-s204 (detached at the commit named below). The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 202's as
printed, with 202 -> 204; /tmp/s204scratch/gen204.py writes this file from scratch files (data204.py with the noise
and keep lines, pages204.py with the pages, doc_src.txt with the docstring and, after the measurement, tables204.py
with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s204, detached at commit d69bae06f461d83c4126c419dca0a990ffd4ecf7, the commit the
brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the
notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 01:45:44 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed two untracked paths, ``??
docs/held_out_briefs/round_131_draft.md`` and ``?? docs/held_out_briefs/round_132_draft.md`` (their names only were
seen; they were not opened), and ``git rev-parse HEAD`` printed 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e, not the
brief's commit; as the brief says, both worktrees were made at d69bae06f461d83c4126c419dca0a990ffd4ecf7 with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. To see that the worktrees were made I
ran ``ls /tmp/wt-s204 /tmp/wt-set204`` and ``git rev-parse HEAD`` in each; the ``ls`` listed top-level names only
(README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests), not the files of the tests/ folder. (2)
peek.py printed set 202's docstring paragraphs up to and including the one starting "Baseline", set 202's import
lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs
of sets 199, 200 and 201. Its first run printed to the terminal, which the tool cut in the middle (it showed the
start, up to inside set 202's "Slips and notes" paragraph, and the end, from inside set 200's first paragraph on, all
allowed parts); the second run went to /tmp/s204scratch/peek.out (524 lines, all of them allowed parts), of which I
paged lines 130 to 400 with ``sed`` (in two pieces); nothing else of any set file was printed. The ``inspect`` call
imports test_clean, which loads the cleaner's modules, but nothing was cleaned before the measurement and no source
under src/ was printed; nothing was installed. (3) Before writing I compared my wordings with the ones the read
docstrings name, by eye, and kept away from them: no embed service named there is used for a held-out marker (Strava,
Padlet, Canva, Ausha, Datawrapper, Spreaker, Player.pl and 2GIS are not named there), and the failures are of kinds
not named there (followers-only sharing, a secret wall, a design no longer shared, a show unpublished by its creator,
JavaScript switched off, an episode removed, a block outside Poland, an API request limit); the reading times avoid
the phrasings named there; the bylines are of new shapes (reporting by ... for a paper, from our village
correspondent, servizio di, автор материала) and the plugs name marketplaces not named there (notonthehighstreet,
Etsy, Hood.de, Vinted); the footers use hosts, builders and legal lines not named there (34SP.com and Craft CMS, IPSO,
Ghost with Casper and DigitalOcean, SPIP and Gandi, TYPO3 and Hetzner, a VAT number with Joomla, Drupal with the
accessibility declaration and RODO, Tilda with the personal-data policy); the comment lines, share rows and notices
are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the
ordinary kinds the brief lists; the layouts differ from set 202's (see the first paragraph). (4) Invented names were
checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Wissendale,
Cobbleditch, Garrabouille, Torfbüttel, Moosgraber, Melacorta, Ciaramellini, "Żabiewo Solne", Szczawiełło, Щавелёва,
Owsianikowa, Wolvenhurst, Крупеникова, Vaucrouzac, Крапивищи, Quillenbrook, Tarallucchini, Spätzlewerkstatt,
Hobelkrieger, Wimberfold, "Gochujang Drawer", "La Poêle de Maëlys", "Taralli e Tramonti", "Płatki u Uli" and "Вишня на
подоконнике" (also Moorwiesel and "Snailsworth Green", checked but not used). Dropped for real hits: Hembrough,
Brézillac (inside "Rozo--Brézillac"), Лопухово (inside "лопуховое"), Черешнева, Haskerville (inside "bhaskerville"),
Pescarolli, Käsbohrer, Pottingale (inside "SpottingAlert") and Вишнепольская. Bloggers are given by first name only
(Posy, Maëlys, Gudrun, Nunzia, Олеся; the Polish blogger as Ula Owsianikowa), commenters as first names with an
initial or a place, or as handles, and were not checked; "Torfbütteler Rundschau", "Voce di Melacorta", "Gazeta
Żabiewska" and "Крапивищинский вестник" are formed from checked names. Real services, platforms, shops and cities are
named as real pages do. (5) A script (/tmp/s204scratch/check.py) checked case-insensitively that no noise line
(held-out or page) sits inside an article line, a keep line or another noise line; its first run found three: the
German portal's ad label "Anzeige" inside the German plug's "Kleinanzeigen" and inside a German keep line ("Anzeigen
wegen Ruhestörung ..."), and the Italian portal's ad label "Pubblicità" inside an Italian keep line ("Pubblicità
gratuita per le botteghe ..."); the plug was changed to Hood.de and the two keep lines were replaced ("Abonnenten der
Dorfzeitung ...", "Iscritti al gruppo di cammino ...") before the measurement, and the second run found none, no
duplicate line and no at-sign. gen204.py checked that no line of the file is over 120 columns; the counts by category,
language and place, and the 10 article and 20 noise lines of each page, were checked with small scripts, and the lists
and pages of the written file were imported back and found equal to the scratch data. (6) Before the measurement the
placeholder name "Dorling" in an English keep line (an invented family name, not checked) was replaced by "the last
miller's family" so that no unchecked invented surname is left; first names in article, keep and comment text (Yossi,
Marcel, Jean, Freddie, Gwen P. and the like) and the snail "Turbo" were not checked, and "The Wissendale Pennant" is
formed from a checked name. The measurement was run once, as the brief gives it, in one shell call at 01:50:54 UTC by
``date``, with the xfail tables empty and this docstring without its Baseline paragraph and these notes (6) and (7);
pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s204scratch, importing the copy in /tmp/wt-s204/tests with /tmp/wt-s204/src on the path) then printed
``_problems`` of each failing case: the seven lines and the eight pages of the three tables; every problem of the
seven lines and of six pages is a kept noise line, and the Polish and Russian portal pages each lose their two last
paragraphs and keep no noise line; no problem of another kind (no range or offset problem). The tables were written
from that output (tables204.py, written into this file by gen204.py); the final file was checked again with the pytest
command in /tmp/wt-s204 (see the Baseline paragraph). (7) Clock: ``date`` printed 01:45:44 at the start, 01:50:54 at
the measurement and 01:52:00 when the tables were written; the commit followed within minutes, well inside the brief's
50 minutes.

Judgement calls: the keep lines are article sentences from village and parish reports that open with or hold a
noise-like word ("Subscriptions to the village minibus scheme ...", "Copyright of the old mill photographs ...",
"Advertising the fete on the school railings ...", "Following the storm, volunteers ...", "Share prices had nothing to
do with it ...", "Read more slowly, the 1911 minutes show ...", "Posted to every house in the parish ...", "Abonnés
depuis trente ans au club de pétanque ...", "Partager le local avec la chorale ...", "Commentant les résultats ...",
"Kommentarlos verließ der Bürgermeister ...", "Geteilt wird der Erlös ...", "Abonnenten der Dorfzeitung ...",
"Condividere la cucina della parrocchia ...", "Seguito da decine di bambini ...", "Iscritti al gruppo di cammino ...",
"Komentując wyniki, sołtys ...", "Obserwowany przez całą wieś ...", "Подписи под обращением ..." and "Комментируя
итоги ..."): each is a full sentence with a subject, a verb and a fact of a local story, so article ("Share prices had
nothing to do with it:" opens with a clause that a share row never has, and the rest is a sentence). Borderline
categories: the plugs (notonthehighstreet, Etsy, Hood.de, Vinted) are bylines and self-promotion, at the foot, since
they sell the author's wares in the author's voice; the village-correspondent line is a byline (it names the writer,
not a place line); the IPSO row and the VAT-number line are footers (they speak of the publisher, not of the article);
the sort-by rows, the locked-thread notice, the replying-to line, the reader-opinions count, the load-more link, the
reply-report row and the collapsed-thread line are comment furniture; the English, French and Polish rows are share
rows; the German correction and the Italian funded-project note are notices in the body (both speak of the article
they sit in), and the Russian disclaimer is a notice at the foot (it is printed under opinion pieces; not a footer,
since it speaks of this piece's author). On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads with taglines, menus, breadcrumbs, bylines, date lines, reading times, share rows, read-also links,
captions and credits, ad labels, sponsored headlines, newsletter prompts, tags lines, comment counts, comments and
replies, links rows, copyright lines, blog names, posted-on lines, affiliate disclosures and links, tables of
contents, pin-it rows, subscribe prompts, sign-offs, plugs and platform credits) is noise. The list rows (the snail
heats, the boot-throwing rules, the bog course, the apple day's programme, the samphire rules, the nettle lunch, and
what goes into the bibimbap, the shakshuka, the spaetzle dough, the taralli, the granola and the clafoutis) are short
but part of each article, so article; the portals' bare bylines ("Genowefa Szczawiełło", "Василиса Щавелёва") and date
lines ("So., 09.08.2026, 17:20 Uhr", "17 мая 2026, 18:20") are noise though they are short and sit under the title in
its block; the portals' breadcrumbs sit right above the title in its block but are page furniture; the portals'
read-also links are noise though they sit between the first and second paragraphs in one block; the portals' caption
and credit are noise though they sit right above the quote in its block; the portals' ad label and sponsored headline
are noise though they sit between the second and third list rows; the portals' newsletter prompts sit right above the
last paragraphs in their block but are noise; the blogs' affiliate disclosures are noise though they sit between the
first and second paragraphs; the table-of-contents headings ("Jump to:", "Sommaire", "Inhaltsverzeichnis", "Indice dei
contenuti", "Spis treści", "Содержание") and their numbered entries are noise; the blogs' photo captions sit after the
pin-it row under the quote and are noise; the blogs' affiliate links name a tool the author used but are shop links,
so noise though they sit between the first and second rows; the subscribe prompts between the last paragraphs and the
sign-offs ("Enjoy, and tell me how yours turned out! – Posy" and the like) are noise; the plugs ("I sell my homemade
gochujang in small jars at Kirkgate Market every Saturday – come and say hello." and the like) speak in the author's
voice but advertise, so noise; the arrowed replies in the threads are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11
(the seven reading times and four bylines: two English, an Italian and a Russian one), body 10 (the eight markers and
two notices: German and Italian), tail 24 (four plugs: an English, a French, a German and a Polish one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2;
head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wissendale-snail-racing (snail
racing back at the primary school fete after six years), en-blog-gochujang-drawer-bibimbap (bibimbap with a crispy
rice crust in a cast-iron pan), fr-portail-vaucrouzac-lancer-de-bottes (the village's first welly wanging contest),
fr-blog-poele-de-maelys-shakshuka (shakshuka for twelve in two pans), de-portal-torfbuettel-moorschnorcheln (a bog
snorkelling race in the old peat ditch), de-blog-spaetzlewerkstatt-spaetzle (spaetzle pressed through a grandmother's
press), it-portale-melacorta-festa-mele (an apple day at the community orchard), it-blog-taralli-e-tramonti-taralli
(fennel taralli from Puglia, boiled and baked), pl-portal-zabiewo-solne-solirod (samphire picking on the salt
meadows), pl-blog-platki-u-uli-granola (homemade granola with honey and hazelnuts),
ru-portal-krapivishchi-krapivnyj-sup (a nettle soup lunch for the church roof) and
ru-blog-vishnya-na-podokonnike-klafuti (a cherry clafoutis with the stones in), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit d69bae06f461d83c4126c419dca0a990ffd4ecf7, measured with ``cd /tmp/wt-s204 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s204/src python -m pytest -q tests/test_clean_held_out_204.py -rA
-p no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s204 && PYTHONPATH=/tmp/wt-s204/src python
scripts/clean_held_out_report.py --sets 204``, with the xfail tables empty, at 01:50:54 UTC by ``date``): noise lines
removed 38/45 (marker 6/8, reading-time 7/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English Canva and Polish
Player.pl lines), two bylines at the head (the English reporting-by and village-correspondent lines), one plug at the
foot (the English notonthehighstreet line), one comment line at the foot (the English thread-locked notice) and one
notice in the body (the Italian funded-project note); the English Strava and Padlet, French Ausha, German Datawrapper,
Italian Spreaker and Russian 2GIS markers, all seven reading times, the Italian and Russian head bylines and the
French, German and Polish plugs, all eight footers, the other seven comment lines, every share row and the German
correction and Russian disclaimer went); keep lines kept 20/20; pages 4/12 clean (the English, French, German and
Italian portal pages), 9 of 240 page noise lines left and 4 of 120 article lines lost. Left on the blog pages: the
photo caption after the pin-it row under the quote on all six, and besides on the English bibimbap blog the pin-it row
itself (2), on the Polish granola blog the subscribe prompt between the two last paragraphs (2) and on the Russian
clafoutis blog the affiliate-links disclosure between the first and second paragraphs (2); the French shakshuka,
German spaetzle and Italian taralli blogs keep just the caption (1 each). Lost: the Polish samphire and Russian
nettle-soup portal pages each lose their two last paragraphs (the ones between the newsletter or Telegram prompt and
the tags line) and keep no noise line; no other page and no keep line loses an article line. The failing cases are
strict xfails; with them the pytest command on the final file in /tmp/wt-s204 gave 62 passed, 15 xfailed, no XPASS.

Measured after round 132 (developed on sets 201 and 202 from e8ad847, round 131 with the lead's three mends and a
behaviour-neutral tidy, and integrated with the lead's mend 63f3fce; measured on it blind by the lead with
test_clean._problems of every case before and after, against this set's baseline at d69bae0): nothing moved. The
Polish samphire and Russian nettle-soup portal pages still lose their two last paragraphs between the newsletter or
Telegram prompt and the tags line (round 132's reading keeps paragraphs under the tags around an ad slot; here the
prompt stands above the paragraphs, and the tags close them from below); the blogs keep their photo captions, the
English pin-it row, the Polish subscribe prompt and the Russian affiliate-links disclosure. Noise lines 38 of 45, keep
20 of 20, pages clean 4 of 12, page noise lines left 9 of 240, article lines lost 4 of 120; the set's pytest file 62
passed, 15 xfailed, no XPASS.

Round 133 (development; this set was read in full from this round on): developed on sets 203 and 204 from 8e91bce.
Fixed: (1) set 204's Polish and Russian portals' two last paragraphs between the newsletter or Telegram prompt and the
tags line (the block read as a widget after the body and went with the prompt): the Polish preposition "we" before "w"
and a consonant ("we wrześniu", "we wtorek") is no longer the site's "we" (noise_patterns.SITE_AS_WE; English "we
wrote", "we who" still are), and a short sentence under a full paragraph of the article's, the tags line under it, is
the article's last paragraph (page_blocks._is_short_sentence_under_paragraph_over_tags, read by
_article_among_furniture); (2) the writer's offer of classes through the site's page between the two last paragraphs
(round 104's _is_plug_between_last_paragraphs now also takes round 131's _is_writers_offer_at_end, its quoted page name
no one's words; _FIRST_PERSON_VERB_OPENING gains "tengo/organizzo/insegno", _NAMED_PAGE the Polish "stronie"; the
writer's sign-off no rule took yet, over a block the rules took whole, counts as the furniture under the plug:
_is_sign_off_over_taken_block); (3) whole lines: the local correspondent's byline ("From our parish/village
correspondent, ..."), "Reporting by ... for the <Paper>", IMPRESS as "the independent monitor for the press", the
comment's minimum length ("Twój komentarz musi mieć co najmniej 10 znaków."), the thread locked for its age, the
save-it-for-later pin row and the French "Épinglez-moi sur Pinterest" button, an embed removed for breaking the terms of
use (_EMBED_DELETED) and a player that does not support the browser. Other sets: set 85's French leaf-mould blog page is
now clean, set 136's Italian bobbin-lace courses plug, set 146's IMPRESS monitor line and set 193's
village-correspondent byline go (their xfails removed), and set 50's Polish waste notice loses its fee-deadline reminder
(reason reworded). Gates: all sets' totals before -> after (report of sets 10 to 204): noise lines removed 8001 -> 8012,
article lines kept 3927 -> 3927, pages clean 1326 -> 1329, page noise lines left 1915 -> 1905, paragraphs lost 6 -> 2
(no set lost a kept line); SemEval against 8e91bce: 0 changed files of 3723; bench ratio 1.02; the cleaning test set on
504f634: 24285 passed, 1866 xfailed, no XPASS, no failure (11:42). This set's figures before -> after: noise lines 38 ->
41 of 45 (byline 5 -> 7: the reporting-for-the-paper and village-correspondent bylines; comments 7 -> 8: the thread
locked for its age; marker 6/8, reading-time 7/7, footer 8/8, share 3/3, notice 2/3 unchanged), keep 20 of 20, pages
clean 4 -> 6 of 12 (the Polish samphire and Russian nettle-soup portals), page noise lines left 9 -> 8 of 240 (the
English pin-it row), article lines lost 4 -> 0 of 120. Line xfails removed: the two English bylines and the
thread-locked notice; page xfails removed: the Polish and Russian portals. Reason reworded: the English bibimbap blog
(its caption only). Still missed: the Canva and Player.pl markers, the notonthehighstreet plug, the Italian
funded-project notice; the Polish subscribe prompt between the two last paragraphs ("Chcesz więcej przepisów? Zapisz się
do newslettera!": the question before the prompt), the Russian affiliate-links disclosure between the first and second
paragraphs, and every blog's photo caption (item 5: not attempted).

Lead's integration (session 49): the lead's probes (near-miss lines through whole_line_noise and near-miss pages through
test_clean._problems) found two readings of the round too wide: the byline "Reporting by ... for the <Paper>" took
sentences that name a report's author and the body it was written for, with a short predicate after ("A report by
Amnesty International for the United Nations found ten cases.", "A piece by Jan Nowak for the Guardian won the prize."),
and the locked-thread notice took a bare "The thread was locked." or "Der Thread wurde gesperrt.". The mend (97c75ce)
asks the paper to close the byline's line and the notice to say "this" or give the thread's age, with tests
(test_lead_mend_133_*) that fail without it; this set's lines still go. The round's page readings kept every probe's
article lines (a quoted speaker's offer of classes, a past workshop, the village hall's workshops, an Italian "Tengo" in
quotes, the Polish "we wrześniu" under a newsletter prompt). After the mend: held-out report over sets 10-206 8,083 of
8,941 lines, 3,967 of 3,967 kept, 1,338 of 2,350 pages clean, 1,933 page lines left, 4 lost (set 86's 2 and blind set
205's 2), every set as the round's own report for sets 10-204; SemEval 0 changed files of 3,723 against 8e91bce's dump;
a fresh clone at bb03d4a passed the demo (46 s with the install, no torch or nvidia package) and the test command
(25,647 passed, 1,902 xfailed, 22 minutes).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_204_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Strava activity map unavailable: this athlete only shares activities with followers.',
     'marker'),
    ('body',
     'Padlet wall could not be shown – the owner has set this padlet to secret.',
     'marker'),
    ('body',
     'This Canva design is no longer shared publicly and cannot be displayed here.',
     'marker'),
    ('body',
     'Lecteur Ausha indisponible : ce podcast a été dépublié par son créateur.',
     'marker'),
    ('body',
     'Die Datawrapper-Grafik wird nicht angezeigt, weil JavaScript in Ihrem Browser deaktiviert ist.',
     'marker'),
    ('body',
     'Il podcast di Spreaker incorporato non è più disponibile: la puntata è stata rimossa.',
     'marker'),
    ('body',
     'Materiał z Player.pl jest niedostępny poza granicami Polski.',
     'marker'),
    ('body',
     'Карта 2ГИС не загрузилась: превышен лимит запросов к API.',
     'marker'),
    ('head',
     '6-minute read · 1,240 words',
     'reading-time'),
    ('head',
     'This post takes about 8 minutes to read, or 3 if you skip straight to the recipe',
     'reading-time'),
    ('head',
     'Durée de lecture : 6 minutes',
     'reading-time'),
    ('head',
     'In 6 Minuten gelesen',
     'reading-time'),
    ('head',
     '6 minuti di lettura',
     'reading-time'),
    ('head',
     'Lektura na 6 minut',
     'reading-time'),
    ('head',
     'Время чтения: ~6 мин.',
     'reading-time'),
    ('head',
     'Reporting by Cressida Wolvenhurst for the Quillenbrook Courier',
     'byline'),
    ('head',
     'From our village correspondent, Ptolemy Wimberfold',
     'byline'),
    ('head',
     'Servizio di Gualtiero Tarallucchini',
     'byline'),
    ('head',
     'Автор материала: Зинаида Крупеникова',
     'byline'),
    ('tail',
     'My hand-carved beech granola scoops are on notonthehighstreet – posted first class within three days.',
     'byline'),
    ('tail',
     'Mes moules à clafoutis en grès sont en vente sur Etsy, envoi en Colissimo partout en France.',
     'byline'),
    ('tail',
     'Meine handgemachten Spätzlebretter verkaufe ich bei Hood.de, Versand mit Hermes oder Abholung in Tübingen.',
     'byline'),
    ('tail',
     'Własnoręcznie szyte ściereczki kuchenne sprzedaję na Vinted – wysyłka Orlen Paczką.',
     'byline'),
    ('tail',
     'Hosted by 34SP.com · Built on Craft CMS',
     'footer'),
    ('tail',
     "Regulated by IPSO · Editors' Code of Practice · Complaints",
     'footer'),
    ('tail',
     'Powered by Ghost & Casper · Hosted on DigitalOcean',
     'footer'),
    ('tail',
     'Site propulsé par SPIP · Hébergé par Gandi · Plan du site',
     'footer'),
    ('tail',
     'Diese Seite läuft mit TYPO3 · gehostet von Hetzner · Barrierefreiheitserklärung',
     'footer'),
    ('tail',
     'P.IVA 03127840964 · Sito realizzato con Joomla! · Note legali',
     'footer'),
    ('tail',
     'Serwis działa na Drupalu · Deklaracja dostępności · RODO',
     'footer'),
    ('tail',
     'Сайт сделан на Tilda · Политика обработки персональных данных',
     'footer'),
    ('tail',
     'Sort by: Oldest · Newest · Most liked',
     'comments'),
    ('tail',
     'This thread has been locked because it is more than 30 days old.',
     'comments'),
    ('tail',
     'Replying to Gwen P. – cancel',
     'comments'),
    ('tail',
     'Trier les commentaires : les plus récents · les plus appréciés',
     'comments'),
    ('tail',
     '14 Lesermeinungen – jetzt mitreden',
     'comments'),
    ('tail',
     'Carica altri commenti (9)',
     'comments'),
    ('tail',
     'Odpowiedz · Zgłoś naruszenie · 3 godz. temu',
     'comments'),
    ('tail',
     'Ветка комментариев скрыта — развернуть 5 ответов',
     'comments'),
    ('tail',
     'Send this to a neighbour: WhatsApp · Messenger · Email',
     'share'),
    ('tail',
     'Faites suivre : WhatsApp · Threads · E-mail',
     'share'),
    ('tail',
     'Udostępnij znajomym: Facebook · Wykop · X',
     'share'),
    ('body',
     'Korrektur: In einer früheren Fassung stand ein falsches Datum für das Fest.',
     'notice'),
    ('body',
     'Questo articolo fa parte del progetto Scuola e Territorio, sostenuto dalla Fondazione Cariplo.',
     'notice'),
    ('tail',
     'Мнение автора может не совпадать с позицией редакции.',
     'notice'),
]

HELD_OUT_204_KEEP: list[tuple[str, str]] = [
    ('head',
     'Subscriptions to the village minibus scheme doubled after the post office closed in March.'),
    ('head',
     "Copyright of the old mill photographs passed to the parish when the last miller's family sold the house."),
    ('head',
     'Advertising the fete on the school railings brought in more visitors than any leaflet drop, the head said.'),
    ('head',
     'Abonnés depuis trente ans au club de pétanque, les frères Marcel et Jean ont été honorés samedi.'),
    ('head',
     'Kommentarlos verließ der Bürgermeister nach der Abstimmung den Saal.'),
    ('head',
     "Condividere la cucina della parrocchia è stata l'idea del parroco, che ha trovato subito volontari."),
    ('head',
     'Подписи под обращением собрали за два дня почти все жители деревни.'),
    ('body',
     'Following the storm, volunteers cleared the footpath from the church to the river in a single weekend.'),
    ('body',
     'Share prices had nothing to do with it: the shop closed because the lease ran out, said its owner.'),
    ('body',
     "Partager le local avec la chorale ne pose aucun problème, assure la présidente de l'association."),
    ('body',
     'Geteilt wird der Erlös zwischen dem Kindergarten und der Feuerwehr.'),
    ('body',
     'Komentując wyniki, sołtys podziękował wszystkim mieszkańcom za pomoc przy zbiórce.'),
    ('tail',
     'Read more slowly, the 1911 minutes show the pond was dug for the brewery, not for the geese.'),
    ('tail',
     'Posted to every house in the parish, the survey asked whether the bus shelter should move.'),
    ('tail',
     'Commentant les résultats, le maire a salué la participation record des familles.'),
    ('tail',
     'Abonnenten der Dorfzeitung erhielten den Festplan als Beilage zur Samstagsausgabe.'),
    ('tail',
     'Seguito da decine di bambini, il trattore ha aperto la sfilata lungo il corso.'),
    ('tail',
     'Iscritti al gruppo di cammino, quaranta pensionati hanno percorso il sentiero fino alla cappella.'),
    ('tail',
     'Obserwowany przez całą wieś, wyścig zakończył się dopiero po zmroku.'),
    ('tail',
     'Комментируя итоги, глава поселения пообещал повторить праздник в следующем году.'),
]

HELD_OUT_204_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wissendale-snail-racing', [
        ['-The Wissendale Pennant – news from the village and the valley since 1952',
         "-Home | News | Schools | Sport | What's On | Letters"],
        ['-Home › News › Schools',
         '+Snail racing returns to Wissendale school fete after a six-year break',
         '-By Araminta Cobbleditch, Schools reporter',
         '-Saturday 20 June 2026, 5:48pm'],
        ['-3 min read',
         '-Share: Facebook · WhatsApp · Email'],
        ['+Forty-one garden snails lined up on a damp tea towel on Saturday as snail racing returned to the summer '
         'fete at Wissendale Primary School.',
         '-Read also: Wissendale Primary named Eco-School of the year',
         '+The race was last held in 2020, before the fete was cancelled twice and then shrunk to a cake stall on '
         'the playground.'],
        ['-Pupils cheer on their snails on the racing cloth beside the school pond.',
         '-Photo: Wissendale Pennant',
         '+The Year 4 teacher, who marked out the 13-inch course in chalk, said: “The children looked after them '
         'for a week, so nobody was allowed to prod.”'],
        ['+How the race was run',
         '+Each heat had eight snails, each with a number painted on its shell in water-based paint.',
         '+The first to cross the outer ring of the chalk circle went through to the final.',
         '-Advertisement',
         '-Sponsored: Compare family car insurance quotes in minutes',
         '+The winner, a snail called Turbo, finished in two minutes and forty seconds.'],
        ["-Get the Pennant's free weekly newsletter in your inbox every Friday – sign up here",
         '+The fete raised £2,316 for new playground benches, the Parent Teacher Association said.',
         '+All the snails were returned to the school garden on Saturday evening.',
         '-Tags: Wissendale Primary, fete, snail racing, fundraising'],
        ['-4 comments',
         "-Gill R.: Our Freddie's snail came last but he's still talking about it. Lovely afternoon.",
         "-↳ Araminta Cobbleditch (Pennant): Thanks Gill – Freddie's snail got a mention in the print edition too.",
         '-Tony from Mill Lane: Brings back memories. We raced them on the same field in 1979.'],
        ['-About us · Contact · Advertise · Privacy notice · Cookie settings',
         '-© 2026 Wissendale Pennant Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-gochujang-drawer-bibimbap', [
        ['-Home · Recipes · Korean Basics · About Posy',
         '-The Gochujang Drawer – Korean home cooking from a tiny flat in Leeds'],
        ['+Bibimbap at home, with a crispy rice crust and no stone bowl',
         '-Posted on 14 March 2026 by Posy',
         '-Reading time: 7 minutes'],
        ['+For years I thought bibimbap without a dolsot was not worth making, and I was wrong.',
         '-This post contains affiliate links: if you buy through them I may earn a small commission at no cost to '
         'you.',
         '+A heavy cast-iron pan gives you the same crackling crust, as long as you leave it alone for ten minutes.'],
        ['-Jump to:',
         '-1. The vegetables',
         '-2. The crispy rice'],
        ["+My friend's grandmother, who taught me, always says: “Bibimbap is a fridge-clearing dish, so never buy "
         'anything special for it.”',
         '-Save it for later: Pinterest · Facebook · Email',
         '-The finished bowl, with the egg yolk still runny.'],
        ['+What goes on the rice',
         '+Spinach blanched for thirty seconds and dressed with sesame oil and garlic.',
         '-I use this carbon-steel pan (affiliate link) for the crust.',
         '+Carrots and courgette cut into matchsticks and fried separately.',
         '+Beef mince fried with soy sauce and a spoonful of sugar, or tofu if you prefer.'],
        ['+Put the rice in the hot oiled pan, arrange everything on top and do not stir until you hear it crackle.',
         '-Never miss a recipe – subscribe and get new posts by email.',
         '+Add a fried egg and a spoonful of gochujang loosened with sesame oil, then mix at the table.',
         '-Enjoy, and tell me how yours turned out! – Posy'],
        ['-5 responses to “Bibimbap at home, with a crispy rice crust and no stone bowl”',
         '-Harriet W.: Made this tonight in my old frying pan and the crust was perfect.',
         '-↳ Posy: So glad it worked, Harriet! The waiting is the hardest part.',
         '-kimchi_kev: Do you rinse the rice first? Mine stuck a bit.'],
        ['-I sell my homemade gochujang in small jars at Kirkgate Market every Saturday – come and say hello.',
         '-© 2026 The Gochujang Drawer. Please do not copy recipes without a link back.',
         '-Powered by WordPress · Theme: Kadence'],
    ]),
    _page('fr', 'fr-portail-vaucrouzac-lancer-de-bottes', [
        ["-Le Réveil de Vaucrouzac – l'actualité du canton, chaque jour",
         '-Accueil | Actualités | Sports | Agenda | Annonces légales | Nécrologie'],
        ['-Accueil > Actualités > Vaucrouzac',
         '+Vaucrouzac : le premier concours de lancer de bottes attire cent vingt participants',
         '-Par Solène Garrabouille',
         '-Publié le 12/07/2026 à 18h05'],
        ['-Lecture 3 min',
         '-Partager : Facebook · X · WhatsApp · E-mail'],
        ['+Dimanche, le pré communal de Vaucrouzac a accueilli le premier concours de lancer de bottes en '
         'caoutchouc du village.',
         '-À lire aussi : La fête de la Saint-Jean maintenue malgré la sécheresse',
         "+L'idée vient d'un couple de retraités qui avait découvert ce jeu lors d'un voyage au pays de Galles."],
        ["-Une concurrente s'élance sur la ligne de lancer.",
         '-Crédit photo : Le Réveil de Vaucrouzac',
         '+« On voulait quelque chose de simple, où les enfants et les grands-parents jouent ensemble », explique '
         'le président du comité des fêtes.'],
        ['+Les règles du concours',
         '+Chaque concurrent dispose de trois lancers avec une botte de taille 42 fournie par le comité.',
         "+La botte doit retomber à l'intérieur du couloir tracé à la chaux.",
         '-Publicité',
         '-Contenu sponsorisé : Isolez vos combles pour 1 euro, vérifiez votre éligibilité',
         '+Le meilleur lancer des trois est mesuré au mètre ruban par deux bénévoles.'],
        ['-Recevez chaque matin notre newsletter locale : inscrivez-vous gratuitement',
         '+Le record de la journée, 38,40 mètres, a été établi par un agriculteur de la commune voisine.',
         '+Les bénéfices de la buvette financeront la réfection du lavoir.',
         '-Mots-clés : Vaucrouzac, fête de village, lancer de bottes'],
        ['-3 réactions',
         "-Mireille_31 : Super ambiance, on reviendra l'an prochain avec toute la famille !",
         '-↳ La rédaction : Merci Mireille, rendez-vous en juillet 2027.',
         "-Pascal V. : Il faudrait prévoir plus d'ombre pour les spectateurs."],
        ['-Mentions légales · Contact · Annonceurs · Charte de confidentialité',
         '-© Le Réveil de Vaucrouzac 2026 – Tous droits réservés'],
    ]),
    _page('fr', 'fr-blog-poele-de-maelys-shakshuka', [
        ['-Accueil · Recettes · Brunch · À propos',
         '-La Poêle de Maëlys – cuisine du monde pour grandes tablées'],
        ['+Une shakshuka pour douze, dans deux grandes poêles',
         '-Publié le 3 mai 2026 par Maëlys',
         '-Temps de lecture : 6 minutes'],
        ['+Quand toute la famille débarque pour le brunch, la shakshuka est mon plat de secours.',
         '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission.',
         "+Pour douze personnes, il faut deux grandes poêles et un peu d'organisation, rien de plus."],
        ['-Sommaire',
         '-1. La sauce tomate',
         '-2. La cuisson des œufs'],
        ["+Mon voisin Yossi, qui m'a appris la recette, répète toujours : « La sauce doit être épaisse avant d'y "
         'casser le moindre œuf. »',
         '-Enregistrer sur Pinterest · Partager sur Facebook',
         '-Les deux poêles sur la table, prêtes à être servies.'],
        ["+Ce qu'il vous faut",
         '+Deux kilos de tomates concassées, quatre poivrons rouges et six oignons.',
         '-Ma poêle en fonte de 32 cm (lien affilié)',
         '+Du cumin, du paprika fumé et un peu de harissa.',
         '+Dix-huit œufs, de la coriandre fraîche et de la feta.'],
        ['+Faites réduire la sauce vingt minutes, creusez des petits puits et cassez-y les œufs.',
         '-Vous aimez mes recettes ? Abonnez-vous pour recevoir les prochaines par e-mail.',
         '+Couvrez et servez dès que les blancs sont pris, avec beaucoup de pain.',
         '-Bon appétit ! Maëlys'],
        ['-4 commentaires sur « Une shakshuka pour douze, dans deux grandes poêles »',
         '-Clémence : Testée dimanche pour dix, un vrai succès.',
         '-↳ Maëlys : Merci Clémence, ravie que ça ait plu !',
         '-Hugo B. : On peut préparer la sauce la veille ?'],
        ['-Je donne des ateliers de cuisine pour groupes à Nantes : toutes les dates sont sur la page Ateliers.',
         '-© 2026 La Poêle de Maëlys – reproduction interdite',
         '-Propulsé par WordPress · Thème Astra'],
    ]),
    _page('de', 'de-portal-torfbuettel-moorschnorcheln', [
        ['-Torfbütteler Rundschau – Ihre Heimatzeitung im Moorland',
         '-Startseite | Lokales | Sport | Vereine | Termine | Gedenken'],
        ['-Startseite › Lokales › Torfbüttel',
         '+Moorschnorcheln in Torfbüttel: 34 Teilnehmer kraulen durch den Graben',
         '-Von Hiltrud Moosgraber',
         '-So., 09.08.2026, 17:20 Uhr'],
        ['-Lesezeit: 3 Minuten',
         '-Teilen: Facebook · WhatsApp · E-Mail'],
        ['+Zum ersten Mal hat der Heimatverein Torfbüttel am Sonntag ein Moorschnorcheln im alten Torfstichgraben '
         'ausgerichtet.',
         '-Lesen Sie auch: Neuer Bohlenweg durchs Moor eröffnet',
         '+Die Idee stammt aus Wales, wo solche Wettkämpfe seit den Achtzigerjahren ausgetragen werden.'],
        ['-Ein Teilnehmer mit Schnorchel und Flossen im Torfgraben.',
         '-Foto: Torfbütteler Rundschau',
         '+„Das Wasser ist braun wie Tee, man sieht die Hand vor Augen nicht“, sagte der Vorsitzende des '
         'Heimatvereins nach seinem eigenen Lauf.'],
        ['+So lief der Wettkampf',
         '+Die Strecke war zweimal 55 Meter lang, mit einer Wende an einer Boje.',
         '+Geschwommen werden durfte nur mit Flossen, Armzüge waren verboten.',
         '-Anzeige',
         '-Gesponsert: Jetzt Photovoltaik fürs Eigenheim berechnen',
         '+Die Zeiten wurden von zwei Kampfrichtern mit Stoppuhren genommen.'],
        ['-Der Newsletter der Rundschau: Lokales aus Torfbüttel jeden Morgen ins Postfach',
         '+Schnellster war ein Student aus Bremen mit einer Zeit von 1:48 Minuten.',
         '+Der Erlös aus dem Startgeld geht an die Renaturierung des Moores.',
         '-Schlagworte: Torfbüttel, Heimatverein, Moorschnorcheln'],
        ['-3 Kommentare',
         '-Moorhexe: Tolle Aktion, nächstes Jahr bin ich dabei!',
         '-↳ Redaktion: Die Anmeldung soll ab Mai möglich sein.',
         '-Jens K.: Hoffentlich hat keiner Wasser geschluckt.'],
        ['-Impressum · Datenschutz · Mediadaten · Kontakt',
         '-© 2026 Torfbütteler Rundschau GmbH'],
    ]),
    _page('de', 'de-blog-spaetzlewerkstatt-spaetzle', [
        ['-Start · Rezepte · Schwäbisch · Über mich',
         '-Die Spätzlewerkstatt – schwäbisch kochen in einer Berliner Küche'],
        ['+Spätzle von Hand gepresst, wie bei meiner Oma',
         '-Veröffentlicht am 21. Februar 2026 von Gudrun',
         '-Lesezeit: 5 Minuten'],
        ['+Meine Oma hat ihre Spätzle nie geschabt, sondern immer durch eine alte Presse gedrückt.',
         '-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision.',
         '+Diese Presse habe ich geerbt, und heute zeige ich euch, wie es damit klappt.'],
        ['-Inhaltsverzeichnis',
         '-1. Der Teig',
         '-2. Das Pressen'],
        ['+Oma sagte immer: „Der Teig muss Blasen werfen, sonst werden die Spätzle zäh.“',
         '-Auf Pinterest merken · Per WhatsApp teilen',
         '-Frisch gepresste Spätzle im Sieb.'],
        ['+Was ihr braucht',
         '+500 Gramm Spätzlemehl oder Weizenmehl Type 405.',
         '-Meine Spätzlepresse aus Edelstahl (Affiliate-Link)',
         '+Fünf Eier, ein Teelöffel Salz und etwas Mineralwasser.',
         '+Einen großen Topf mit kochendem Salzwasser.'],
        ['+Den Teig portionsweise ins Wasser drücken und die Spätzle abschöpfen, sobald sie oben schwimmen.',
         '-Keinen Beitrag mehr verpassen: Abonniere meinen Newsletter!',
         '+Mit geschmelzten Zwiebeln oder als Käsespätzle mit Bergkäse servieren.',
         '-Lasst es euch schmecken, eure Gudrun'],
        ['-4 Kommentare zu „Spätzle von Hand gepresst, wie bei meiner Oma“',
         '-Hobelkrieger: Ich schwöre ja aufs Brett, aber die Presse ist schneller.',
         '-↳ Gudrun: Beides hat seinen Charme!',
         '-Sabine aus Ulm: Genau so macht es meine Mutter auch.'],
        ['-Meine Spätzle-Kochkurse in Kreuzberg findet ihr unter „Kurse“ – nächste Termine im März.',
         '-© 2026 Die Spätzlewerkstatt',
         '-Erstellt mit WordPress · Theme: GeneratePress'],
    ]),
    _page('it', 'it-portale-melacorta-festa-mele', [
        ['-Voce di Melacorta – il quotidiano online della valle',
         '-Home | Cronaca | Comuni | Sport | Eventi | Necrologi'],
        ['-Home › Comuni › Melacorta',
         '+Melacorta, festa delle mele nel frutteto di comunità: raccolte trenta varietà antiche',
         '-di Ermenegilda Ciaramellini',
         '-18 ottobre 2026 ore 19:10'],
        ['-Lettura 3 min',
         '-Condividi: Facebook · WhatsApp · Telegram'],
        ['+Domenica il frutteto di comunità di Melacorta ha ospitato la prima festa delle mele, con centinaia di '
         'visitatori.',
         '-Leggi anche: Nuovo orto condiviso dietro la scuola elementare',
         '+Il frutteto è stato piantato dieci anni fa su un terreno donato da una famiglia del paese.'],
        ['-I bambini raccolgono le mele sotto gli alberi del frutteto.',
         '-Foto Voce di Melacorta',
         "+«Qui ci sono varietà che nei supermercati non troverete mai», ha detto la presidente dell'associazione "
         'che cura il frutteto.'],
        ['+Il programma della giornata',
         '+In mattinata la raccolta guidata, con un agronomo che spiegava ogni varietà.',
         '+A mezzogiorno il pranzo con torta di mele e strudel preparati dalle volontarie.',
         '-Pubblicità',
         '-Contenuto sponsorizzato: Scopri le offerte luce e gas della tua zona',
         '+Nel pomeriggio la spremitura del succo con un vecchio torchio di legno.'],
        ['-Iscriviti alla newsletter di Voce di Melacorta: le notizie del paese ogni mattina',
         '+Sono state raccolte e assaggiate trenta varietà, tra cui la rara mela rosa dei monti.',
         '+Il ricavato servirà a comprare nuovi alberi da piantare in primavera.',
         '-Argomenti: Melacorta, frutteto, feste di paese'],
        ['-3 commenti',
         '-Rosanna_62: Bellissima giornata, il succo era buonissimo.',
         '-↳ Redazione: Grazie Rosanna, la festa tornerà il prossimo ottobre.',
         '-Giorgio T.: Peccato per il parcheggio, troppo pochi posti.'],
        ['-Chi siamo · Contatti · Inserzionisti · Privacy',
         '-© 2026 Voce di Melacorta – riproduzione riservata'],
    ]),
    _page('it', 'it-blog-taralli-e-tramonti-taralli', [
        ['-Home · Ricette · Lievitati · Chi sono',
         '-Taralli e Tramonti – ricette pugliesi da una cucina di Bergamo'],
        ['+Taralli pugliesi al finocchietto, bolliti e poi infornati',
         '-Pubblicato il 9 aprile 2026 da Nunzia',
         '-Tempo di lettura: 6 minuti'],
        ["+I taralli di mia nonna di Bitonto erano l'unica cosa che non mancava mai sulla tavola.",
         '-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola commissione.',
         '+Ci ho messo tre tentativi per ottenere la stessa friabilità, e oggi vi spiego tutto.'],
        ['-Indice dei contenuti',
         "-1. L'impasto",
         '-2. La bollitura'],
        ['+La nonna ripeteva sempre: «Il tarallo va bollito finché non sale a galla, né un secondo di più.»',
         '-Salva su Pinterest · Condividi su Facebook',
         '-I taralli appena sfornati sulla teglia.'],
        ['+Gli ingredienti',
         '+Cinquecento grammi di farina di grano tenero e un bicchiere di vino bianco.',
         '-La mia spianatoia in legno (link affiliato)',
         "+Centoventi grammi di olio extravergine d'oliva pugliese.",
         '+Semi di finocchio e un cucchiaino di sale.'],
        ['+Formate dei bastoncini, chiudeteli ad anello e bolliteli pochi alla volta.',
         '-Iscriviti alla newsletter per ricevere le nuove ricette!',
         "+Asciugateli su un canovaccio e infornateli a 190 gradi per mezz'ora.",
         '-Alla prossima ricetta, Nunzia'],
        ['-5 commenti a “Taralli pugliesi al finocchietto, bolliti e poi infornati”',
         '-Carmela: Finalmente una ricetta come quella di casa!',
         '-↳ Nunzia: Grazie Carmela, un abbraccio da Bergamo.',
         '-Luca P.: Si possono fare anche con il peperoncino?'],
        ['-Faccio corsi di taralli e orecchiette a domicilio a Bergamo: scrivimi dalla pagina Contatti.',
         '-© 2026 Taralli e Tramonti – tutti i diritti riservati',
         '-Realizzato con WordPress · Tema Neve'],
    ]),
    _page('pl', 'pl-portal-zabiewo-solne-solirod', [
        ['-Gazeta Żabiewska – wiadomości z gminy i okolic',
         '-Strona główna | Wiadomości | Gmina | Sport | Kultura | Ogłoszenia'],
        ['-Strona główna › Wiadomości › Żabiewo Solne',
         '+Żabiewo Solne: mieszkańcy zbierali soliród na słonych łąkach',
         '-Genowefa Szczawiełło',
         '-14 sierpnia 2026, 16:35'],
        ['-Czas czytania: 3 min',
         '-Udostępnij: Facebook · Messenger · E-mail'],
        ['+W sobotę kilkudziesięciu mieszkańców Żabiewa Solnego wybrało się na słone łąki nad zatoką, by zbierać '
         'soliród.',
         '-Przeczytaj także: Nowa ścieżka rowerowa wzdłuż wału',
         '+Spacer zorganizowało koło gospodyń wiejskich razem z przyrodnikiem z parku krajobrazowego.'],
        ['-Zbieracze solirodu na łące podczas odpływu.',
         '-Fot. Gazeta Żabiewska',
         '+„Soliród trzeba ciąć nożyczkami, nigdy nie wyrywać z korzeniami”, tłumaczył przyrodnik uczestnikom '
         'spaceru.'],
        ['+Zasady zbierania',
         '+Każdy mógł zebrać najwyżej jedną torbę roślin.',
         '+Zbierano tylko młode pędy, ścinane kilka centymetrów nad ziemią.',
         '-Reklama',
         '-Artykuł sponsorowany: Sprawdź, ile zaoszczędzisz na fotowoltaice',
         '+Na część łąki, gdzie gniazdują ptaki, nie wolno było wchodzić.'],
        ['-Zapisz się na newsletter Gazety Żabiewskiej i otrzymuj wiadomości codziennie rano',
         '+Zebrany soliród koło gospodyń podało potem z masłem do ryby z grilla.',
         '+Podobny spacer ma się odbyć we wrześniu.',
         '-Tagi: Żabiewo Solne, soliród, koło gospodyń'],
        ['-4 komentarze',
         '-Bożenka: Pyszne to było, nie wiedziałam, że to się je.',
         '-↳ Redakcja: Przepis koła gospodyń opublikujemy w przyszłym tygodniu.',
         '-Marek z Pucka: A pozwolenie parku było?'],
        ['-O nas · Kontakt · Dla reklamodawców · Polityka prywatności',
         '-© 2026 Gazeta Żabiewska. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-platki-u-uli-granola', [
        ['-Start · Przepisy · Śniadania · O mnie',
         '-Płatki u Uli – zdrowe śniadania bez spiny'],
        ['+Domowa granola z miodem i orzechami laskowymi',
         '-Opublikowano 2 lutego 2026 przez Ulę Owsianikową',
         '-Czas czytania: 4 minuty'],
        ['+Granoli ze sklepu przestałam kupować, kiedy przeczytałam, ile jest w niej cukru.',
         '-Ten wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.',
         '+Domowa jest tańsza, a do tego mogę dodać dokładnie to, co lubię.'],
        ['-Spis treści',
         '-1. Składniki',
         '-2. Pieczenie'],
        ['+Babcia mawiała: „Owsianka rano to połowa zdrowia”, więc granola to chyba druga połowa.',
         '-Zapisz na Pintereście · Udostępnij na Facebooku',
         '-Granola stygnie na blasze.'],
        ['+Czego potrzebujesz',
         '+Trzy szklanki płatków owsianych górskich.',
         '-Moja ulubiona blacha do pieczenia (link afiliacyjny)',
         '+Szklanka orzechów laskowych i garść pestek dyni.',
         '+Trzy łyżki miodu i dwie łyżki oleju rzepakowego.'],
        ['+Wymieszaj wszystko i piecz w 160 stopniach przez 25 minut, mieszając co dziesięć minut.',
         '-Chcesz więcej przepisów? Zapisz się do newslettera!',
         '+Po wystudzeniu przesyp granolę do słoika, wytrzyma dwa tygodnie.',
         '-Smacznego! Ula'],
        ['-3 komentarze do „Domowa granola z miodem i orzechami laskowymi”',
         '-Kasia: Zrobiłam z syropem klonowym, wyszło super.',
         '-↳ Ula: Dzięki, Kasiu, muszę spróbować!',
         '-Tomek W.: Ile to wychodzi porcji?'],
        ['-Prowadzę warsztaty śniadaniowe w Gdańsku – zapisy przez zakładkę Warsztaty.',
         '-© 2026 Płatki u Uli',
         '-Blog na WordPressie · Motyw: Kadence'],
    ]),
    _page('ru', 'ru-portal-krapivishchi-krapivnyj-sup', [
        ['-Крапивищинский вестник — новости села и района',
         '-Главная | Новости | Общество | Культура | Спорт | Объявления'],
        ['-Главная › Новости › Общество',
         '+В Крапивищах сварили крапивный суп на обед в пользу ремонта крыши храма',
         '-Василиса Щавелёва',
         '-17 мая 2026, 18:20'],
        ['-Время чтения: 3 мин',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['+В воскресенье в сельском клубе Крапивищ прошёл благотворительный обед, главным блюдом которого стал суп '
         'из молодой крапивы.',
         '-Читайте также: В селе открылась новая библиотека',
         '+Все собранные деньги пойдут на ремонт крыши Никольской церкви, которая протекает уже третий год.'],
        ['-Волонтёры разливают суп гостям обеда.',
         '-Фото: Крапивищинский вестник',
         '+«Крапиву собирали всем селом, в перчатках, а варили в трёх больших кастрюлях», — рассказала староста '
         'прихода.'],
        ['+Как прошёл обед',
         '+Суп подавали со сметаной и варёным яйцом.',
         '+К чаю были пироги, которые испекли прихожанки.',
         '-Реклама',
         '-Партнёрский материал: Выгодная ипотека на загородный дом',
         '+Вместо платы за обед гости опускали пожертвования в ящик.'],
        ['-Подпишитесь на наш канал в Telegram, чтобы не пропускать новости села',
         '+За день собрали 84 тысячи рублей — почти половину нужной суммы.',
         '+Следующий обед назначен на июнь.',
         '-Теги: Крапивищи, церковь, благотворительность'],
        ['-3 комментария',
         '-Нина Петровна: Суп был очень вкусный, спасибо хозяйкам!',
         '-↳ Редакция: Спасибо, Нина Петровна, передадим.',
         '-Сергей: А можно перевести деньги на карту?'],
        ['-О редакции · Контакты · Рекламодателям · Политика конфиденциальности',
         '-© 2026 Крапивищинский вестник. Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-vishnya-na-podokonnike-klafuti', [
        ['-Главная · Рецепты · Выпечка · Обо мне',
         '-Вишня на подоконнике — домашняя выпечка без лишних хлопот'],
        ['+Вишнёвый клафути из летней вишни с косточками',
         '-Опубликовано 5 июля 2026, автор: Олеся',
         '-Время чтения: 5 минут'],
        ['+Клафути — самый простой французский десерт, который я знаю.',
         '-В этом посте есть партнёрские ссылки: если вы купите по ним, я получу небольшой процент.',
         '+Вишню в него по традиции кладут с косточками, и я тоже так делаю.'],
        ['-Содержание',
         '-1. Тесто',
         '-2. Выпекание'],
        ['+Моя подруга из Лиона говорит: «Без косточек это уже не клафути, а просто пирог с вишней».',
         '-Сохранить в Pinterest · Поделиться ВКонтакте',
         '-Клафути только что из духовки.'],
        ['+Что понадобится',
         '+Пятьсот граммов спелой вишни.',
         '-Моя керамическая форма для запекания (партнёрская ссылка)',
         '+Три яйца, стакан молока и сто граммов сахара.',
         '+Восемьдесят граммов муки и щепотка соли.'],
        ['+Залейте вишню тестом и выпекайте 40 минут при 180 градусах.',
         '-Подпишитесь на рассылку, чтобы первыми получать новые рецепты!',
         '+Подавайте тёплым, посыпав сахарной пудрой.',
         '-Приятного аппетита! Олеся'],
        ['-4 комментария к записи «Вишнёвый клафути из летней вишни с косточками»',
         '-Марина: Испекла вчера, очень нежно получилось!',
         '-↳ Олеся: Марина, спасибо, рада!',
         '-Дмитрий К.: А с замороженной вишней можно?'],
        ['-Пеку клафути и пироги на заказ в Твери — пишите через страницу «Заказы».',
         '-© 2026 Вишня на подоконнике',
         '-Сайт работает на WordPress · Тема Blocksy'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'My hand-carved beech granola scoops are on notonthehighstreet – posted first class within three days.':
        ("an English notonthehighstreet plug for the author's granola scoops ('My hand-carved beech granola scoops "
         "are on notonthehighstreet – posted first class within three days.') is left at the foot"),
    'Questo articolo fa parte del progetto Scuola e Territorio, sostenuto dalla Fondazione Cariplo.':
        ("an Italian funded-project notice ('Questo articolo fa parte del progetto Scuola e Territorio, sostenuto "
         "dalla Fondazione Cariplo.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-gochujang-drawer-bibimbap':
        ("the bibimbap blog's post keeps the photo caption ('The finished bowl, with the egg yolk still runny.') in "
         'the block after the paragraph with the quote (1 of 20 noise lines); no article line is lost'),
    'fr-blog-poele-de-maelys-shakshuka':
        ("the shakshuka blog's post keeps the photo caption ('Les deux poêles sur la table, prêtes à être "
         "servies.') after the pin-it row in the block of the paragraph with the quote (1 of 20 noise lines); no "
         'article line is lost'),
    'de-blog-spaetzlewerkstatt-spaetzle':
        ("the spaetzle blog's post keeps the photo caption ('Frisch gepresste Spätzle im Sieb.') after the pin-it "
         'row in the block of the paragraph with the quote (1 of 20 noise lines); no article line is lost'),
    'it-blog-taralli-e-tramonti-taralli':
        ("the taralli blog's post keeps the photo caption ('I taralli appena sfornati sulla teglia.') after the "
         'pin-it row in the block of the paragraph with the quote (1 of 20 noise lines); no article line is lost'),
    'pl-blog-platki-u-uli-granola':
        ("the granola blog's post keeps the photo caption ('Granola stygnie na blasze.') after the pin-it row in "
         "the block of the paragraph with the quote and the subscribe prompt ('Chcesz więcej przepisów? Zapisz się "
         "do newslettera!') between the two last paragraphs (2 of 20 noise lines); no article line is lost"),
    'ru-blog-vishnya-na-podokonnike-klafuti':
        ("the clafoutis blog's post keeps the photo caption ('Клафути только что из духовки.') after the pin-it "
         'row in the block of the paragraph with the quote (1 of 20 noise lines); no article line is lost'),
}

test_held_out_204_line, test_held_out_204_line_is_kept, test_held_out_204_page = held_out_tests(
    HELD_OUT_204_LINES, HELD_OUT_204_KEEP, HELD_OUT_204_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
