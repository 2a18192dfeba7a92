"""Held-out set 213: written blind, weighted toward the noise the cleaner exists for, in shapes set 212's docstring does
not name (nor the first paragraphs of sets 209, 210 and 211): scraper, embed and ad markers, all in the body (an English
Loom video archived by its owner "The Loom video embedded here has been archived by its owner and can no longer be
played.", an English bracketed Typeform placeholder of a form that has closed "[Typeform survey – this form is no longer
accepting responses]", an English Calendly booking widget that failed to load "The Calendly booking widget failed to
load. Please refresh the page or try again later.", a French uMap map whose tile server does not answer "La carte uMap
intégrée ne peut pas s'afficher : le serveur de tuiles ne répond pas.", a German ARD Audiothek player not available
outside Germany "Der eingebettete Player der ARD Audiothek ist außerhalb Deutschlands nicht verfügbar.", an Italian
OpenStreetMap map blocked with third-party content by the browser "La mappa di OpenStreetMap incorporata non si carica:
il browser ha bloccato i contenuti di terze parti.", a Polish CDA player whose film was removed by its owner "Odtwarzacz
CDA nie może wyświetlić filmu – materiał został usunięty przez właściciela." and a Russian Rutube video held in
moderation "Видео с Rutube недоступно: ролик находится на модерации."); reading-time headers in new wordings, all at the
head (the English time-to-read label "Time to read: 5 minutes", a blog's settle-in line that counts the photos "Settle
in: this post runs to about 9 minutes of reading and 14 photos", the French this-story-reads-in line "Ce sujet se lit en
5 minutes", the German abbreviated reading-time label "Lesezeit: ca. 5 Min.", the Italian it-reads-in line "Si legge in
5 minuti", the Polish reading-time label with "ok." "Czas czytania: ok. 5 min" and the Russian time-for-reading label
"Время на прочтение: 5 минут"); bylines and self-promotion (an English words-and-pictures byline "Words: Rosamund
Tidesquill | Pictures: Dunstan Fallowgrebe", an English name-and-title byline "Ignatius Brackenhurl, Coast Editor", an
Italian edited-by byline "A cura di Ermelinda Sabbiolini" and a Polish report-by byline "Relacja: Bożydar Muszelkowski",
all at the head, and at the foot an English Folksy and market-stall dried-flowers plug "I sell my dried-flower bunches
at the Saturday market and on Folksy – message me for wedding orders.", a French Etsy wreaths plug with Mondial Relay
shipping "Mes couronnes de fleurs séchées sont sur ma boutique Etsy, envoi en Mondial Relay.", a German Shopify-shop
wreaths plug with DPD shipping "Meine Trockenblumenkränze bekommt ihr in meinem Shopify-Laden, Versand mit DPD." and a
Russian Yarmarka Masterov bouquets plug with Russian Post shipping "Мои букеты из сухоцветов можно заказать на Ярмарке
Мастеров, отправляю Почтой России."); blog and site footers, all at the foot (an English Netlify and Hugo credit with
the RSS link "Hosted by Netlify · Built with Hugo · RSS feed", an English IMPRESS regulation line "This publisher is
regulated by IMPRESS, the independent monitor for the press.", an English Kale theme and WordPress.com credit "Blog
theme: Kale by LyraThemes · Powered by WordPress.com", a French legal-notice line with the o2switch host and the cookie
settings "Mentions légales · Hébergeur : o2switch, Clermont-Ferrand · Gestion des cookies", a German Jimdo credit with
the imprint and the privacy link "Gemacht mit Jimdo · Impressum · Datenschutz", an Italian Aruba SiteBuilder credit with
the privacy and cookie policies "Sito realizzato con Aruba SiteBuilder · Privacy policy · Cookie policy", a Polish
WebWave credit with the terms and the cookie policy "Strona stworzona w kreatorze WebWave · Regulamin · Polityka
cookies" and a Russian 1C-Bitrix credit with the site map and the personal-data consent "Сайт работает на 1С-Битрикс ·
Карта сайта · Согласие на обработку персональных данных"); reader-comment furniture, all at the foot (the English
what-do-you-think reactions header "What do you think? 4 Responses", an English load-older-comments link with its count
"Load older comments (9)", an English expand-and-collapse row "Expand all replies · Collapse thread", a French
show-the-replies link "Afficher les 6 réponses", a German join-the-discussion label with its count "Diskutieren Sie mit:
17 Kommentare", an Italian no-comments-yet prompt "Nessun commento ancora. Scrivi tu il primo!", a Polish comment-count
and write-a-comment row "Komentarze (7) · Napisz komentarz" and a Russian subscribers-only commenting note "Оставить
комментарий могут только подписчики."); share rows, all at the foot (a French share-this-article row with Bluesky
"Partager cet article : Bluesky · LinkedIn · Pinterest", an Italian share-this-post row "Condividi questo post:
Pinterest · Facebook · E-mail" and a Polish share row with send-by-e-mail "Podziel się: Facebook · Pinterest · Wyślij
e-mailem"); and notices (an English timed update note "Update, 3pm: this story has been updated with the final results."
and a German transparency note that the author belongs to the organising club "Transparenzhinweis: Die Autorin ist
Mitglied im veranstaltenden Verein.", both in the body, and a Russian special-project note "Материал опубликован в
рамках спецпроекта «Лето у моря»." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 212's
docstring does not describe (on the six portal pages, in nine blocks, the masthead with its tagline, the section menu
and a breadcrumb in a block of three at the very top, the masthead first; the title at the top of a block of five with
the byline with the writer's title, the updated-at date line, the reading time and a share row under it; the first
paragraph at the top of a block of two with the lead photo's caption and its credit (one line) under it; an ad label and
a sponsored headline above the second paragraph, in its block (a block of three, the paragraph last); the paragraph with
the quote at the top of a block of two with a read-also link under it; the subheading and the three rows with a
newsletter prompt between the second and third rows, inside the list block (a block of five); the two last paragraphs at
the two ends of a block of three with a live-coverage promo between them; a thread of five lines alone in a block (a
comment count, a comment, the paper's arrowed reply, a second reader's comment and the first commenter's arrowed reply
to it); and at the foot a follow-us prompt and the publisher's copyright line in a block of two; on the six blog pages,
in nine blocks, the menu and the blog name with its tagline in a block of two at the very top, the menu first; the title
second in a block of five, under a category label and above the posted-on-by line (with the comment count), the reading
time and an affiliate-links disclosure; the first and second paragraphs at the two ends of a block of four with a table
of contents (its heading, and its three entries in one line) between them; the paragraph with the quote in the middle of
a block of three, between the photo caption above it and a pin-it-and-print row below it; the subheading and the three
rows with an affiliate shop link between the subheading and the first row, inside the list block (a block of five); the
two last paragraphs at the top of a block of three with the author's sign-off after them; a you-might-also-like heading
and one related post alone in a block of two; a thread of five lines alone in a block (a comments heading with its count
quoting the post's title, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it);
and at the foot the author's copyright line with the theme and platform credit in one line, alone in a block of one),
taken from local news of the kind the brief names (a sandcastle competition on a town's beach, with the teams, the tide
times, the judging and a lifeguard's warning, in six invented seaside towns) and from a hobby blog on drying flowers and
arranging them (picking, hanging bunches upside down and a dried-flower wreath), in six languages.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 212 but what is named here), held-out set 214 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 212 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 209, 210 and 211, printed with one ast script
(/tmp/s213scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s213scratch/insp.py, with /tmp/wt-s213/src and /tmp/wt-s213/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s213 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 212's as printed, with 212 -> 213; /tmp/s213scratch/gen213.py writes this file
from scratch files (data213.py with the noise and keep lines, pages213.py with the pages, doc_first.txt with the first
paragraph, which make_first.py builds from the lines themselves, doc_rest.txt and doc_baseline.txt with the rest of the
docstring, and, after the measurement, tables213.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s213, detached at commit
e7177a6f9d70d57bcd8072b6619d437a8dd91a2a, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 10:42:53 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 10:42:54 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed e7177a6f9d70d57bcd8072b6619d437a8dd91a2a (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in both printed it), and
/work/main was not touched afterwards. (2) readallowed.py first printed to the terminal, which the tool cut in the
middle (it showed the start, up to inside set 210's first paragraph, and the end, from inside set 212's Slips and notes
paragraph on, all allowed parts); the second run went to /tmp/s213scratch/allowed.txt, of which I paged lines 125 to 365
with ``sed`` in two pieces (they run from inside set 210's first paragraph to inside set 212's Slips and notes
paragraph, which the first run had shown on from there); nothing else of any set file was printed. (3) The default
python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first
run, so nothing was installed. That import loads the cleaner's modules, but nothing was cleaned before the measurement
and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name,
by eye, and kept away from them: the embed services of the held-out markers (Loom, Typeform, Calendly, uMap, ARD
Audiothek, OpenStreetMap, CDA and Rutube) are not named there and the failures are of kinds not named there (archived by
its owner, a form no longer accepting responses, a widget that failed to load, a tile server that does not answer, not
available outside the country, third-party content blocked by the browser, removed by its owner, held in moderation);
the reading times avoid the phrasings named there (a time-to-read label, a settle-in line counting photos, "se lit en",
"Lesezeit: ca.", "Si legge in", "Czas czytania: ok.", "Время на прочтение"); the bylines are of new shapes (words and
pictures, a name with a title, "A cura di", "Relacja:") and the plugs name marketplaces or carriers not named there
(Folksy and a market stall, Etsy with Mondial Relay, a Shopify shop with DPD, Yarmarka Masterov with Russian Post); the
footers use builders, hosts and legal lines not named there (Netlify with Hugo, IMPRESS, the Kale theme with
WordPress.com, o2switch in a legal-notice line, Jimdo, Aruba SiteBuilder, WebWave, 1C-Bitrix with the personal-data
consent); the comment lines (a what-do-you-think reactions header, a load-older-comments link, an expand-and-collapse
row, a show-the-replies link, a join-the-discussion label with its count, a no-comments-yet prompt, a count-and-write
row, a subscribers-only note), share rows (partager cet article with Bluesky, condividi questo post, podziel się with
send-by-e-mail) and notices (a timed update, a transparency note on the author's club membership, a special-project
note) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the
ordinary kinds the brief lists; the layouts differ from those of set 212 and of the first paragraphs of sets 209 to 211
(see the first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public
GitHub files) before use. No hits: Tidesquill, Fallowgrebe, Brackenhurl, Shinglecombe, Sandwarder, Breakwallow,
Coquemarais, Bastichon, Goémonnier, Sandhövelsiel, Krabbelmeier, Dünenkötter, Sabbiarola, Spiaggiotti, Sabbiolini,
Marosciutti, Wydmiszewo, Muszelkowski, Piaskulska, Fałowiecki, Песчаноморск, Прибойцева, Приливкин, "Upside-Down Posy",
"Fleurs pendues d'Honorine", Kopfüberblümchen, "Fiori capovolti di Nives", "Suszarnia Lucyny", "Сухоцветы Дуняши" (and
"Bagnasciuga Rovelli" and Ratownikiewicz, checked but not used). Dropped for hits: Brindlecombe (in several code and
demo files; the English town became Shinglecombe), Wrackley (inside a handle), Pellimore (a name in code and demo
files), Wydmuszek (a Polish word), Ракушкина (a real surname), Scoglietti (a real surname), Mewiński (a real surname),
Muschelsand (a real word) and "Bouquets tête en bas" (in a code comment). Bloggers are given by first name only
(Marigold, Honorine, Friedegund, Nives, Lucyna, Дуняша), commenters as first names with an initial or a place, or as
handles, and were not checked; "Shinglecombe Tideline", "L'Écho de Coquemarais", "Sandhövelsieler Bote", "La Gazzetta di
Sabbiarola", "Sabbiarola Marina", "Kurier Wydmiszewski" and "Песчаноморский вестник" are formed from checked names. Real
services, platforms, shops, carriers and cities (WordPress, Astra, Kadence, Amazon, Allegro, Ozon, Leeds, Lyon and the
like) are named as real pages do. (6) A script (/tmp/s213scratch/check.py) checked case-insensitively that no noise line
(held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats and that no line
holds an at-sign, and counted the lines by category, language and place and the article and noise lines of each page;
while writing I had already changed the German join-the-discussion line's count to 17 (the portal's thread opens with
"23 Kommentare") and the Italian keep line to "I cartelloni pubblicitari ..." (the Italian portal's ad label is
"Pubblicità"); its first run found nothing. gen213.py checks that no line of the file is over 120 columns and that it
holds no at-sign, and verify.py imports the written file back and compares its lists and pages with the scratch data.
(7) The measurement was run once, as the brief gives it, in one shell call at 10:48:23 UTC by ``date``, with the xfail
tables empty and this docstring without its Baseline paragraph and these notes (7) and (8); pytest printed 13 failed, 64
passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s213scratch, importing the
copy in /tmp/wt-s213/tests with /tmp/wt-s213/src on the path) then printed ``_problems`` of each failing case: the seven
lines and the six pages of the tables; every problem is a kept noise line ("kept boilerplate"); no article line of a
page is lost, no keep line is lost and no problem of another kind (no unreported removal, no range or offset problem)
was printed. The cleaned text itself was not printed. The tables were written from that output (make_tables.py writes
tables213.py, which gen213.py writes into this file); verify.py checked that every key of the tables is a line or page
of the set, and each page's reason quotes exactly as many of its noise lines as the report counts left (7, 6, 3, 6, 4
and 4); the final file was checked again with the pytest command in /tmp/wt-s213 (see the Baseline paragraph). (8)
Clock: ``date`` printed 10:42:53 at the start, 10:48:23 at the measurement and 10:48:58 when the failing cases had been
printed; the tables, this paragraph and the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments from the harbour master ...", "Sharing the cost of the lifeguard hut ...", "Following the storm in March
...", "Subscribers to the allotment society ...", "Copyright lawyers for the sculptor ...", "Advertising boards along
the seafront ...", "Reading the minutes aloud ...", "Partagé entre deux communes ...", "Suivre les travaux de la digue
...", "Les abonnements au bus scolaire ...", "Kommentarlos nahm der Bürgermeister ...", "Teilen müssen sich die beiden
Vereine ...", "Lesen konnten die Besucher ...", "Condivisa dal consiglio comunale ...", "Seguire il cantiere del
porticciolo ...", "I cartelloni pubblicitari sui pontili ...", "Udostępnienie boiska szkolnego ...", "Subskrypcja
miejskiego roweru ...", "Комментируя решение совета ..." and "Подписка на городские экскурсии ..."): each is a full
sentence with a subject, a verb and a fact of a local story, so article ("Reading the minutes" opens like a reading time
but is the clerk's reading aloud; "Following the storm" opens like a follow prompt but dates the repair; "Kommentarlos"
is "without comment", said of the mayor; "Lesen konnten" opens like "Lesen Sie auch" but reports on the library;
"Udostępnienie" and "Condivisa" open like share rows but speak of a pitch and a proposal; "Комментируя" opens like
comment furniture but is the district head's statement). Borderline categories: the plugs (Folksy, Etsy, Shopify,
Yarmarka Masterov) are bylines and self-promotion, at the foot, since they sell the author's wares in the author's
voice; the words-and-pictures and name-and-title lines and the Italian edited-by and Polish report-by lines are bylines
at the head; the IMPRESS regulation line and the French legal-notice line are footers (they speak of the publisher, not
of the article); the what-do-you-think reactions header (Disqus's reaction bar), the subscribers-only commenting note
and the no-comments-yet prompt are comment furniture (they sit with the reader comments); the English timed update and
the German transparency note are notices in the body and the Russian special-project note a notice at the foot (all
three speak of the article they sit in). On every page the title, the three paragraphs before the subheading (the third
with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else (mastheads
with taglines, menus, breadcrumbs, bylines, date lines, reading times, share rows, captions with credits, ad labels,
sponsored headlines, read-also links, newsletter prompts, live-coverage promos, comment counts, comments and replies,
follow prompts, copyright lines, blog names, category labels, posted-on lines, affiliate disclosures, tables of
contents, pin-it-and-print rows, affiliate shop links, sign-offs, you-might-also-like headings and related posts, and
copyright-and-credit lines) is noise. The list rows (what the judges scored and who scored it; what the wreath needed:
the willow ring, the dried bunches, the wire and snips) are short but part of each article, so article; the list
headings ("How the judging worked", "What I used for the wreath" and the like) are the articles' subheadings, so
article; the portals' newsletter prompts are noise though they sit between the second and third list rows; the portals'
live-coverage promos are noise though they sit between the two last paragraphs; the blogs' category labels ("Drying
basics" and its translations) are noise though they open the title's block; the blogs' tables of contents are noise
though they sit between the first and second paragraphs; the blogs' affiliate shop links are noise though they sit
between the subheading and the first row; the photo captions are noise though they share a block with a paragraph; the
sign-offs ("Happy drying! Marigold x" and the like) are noise; the comment headings quote the post's title but are
noise; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by place head 11 (the
seven reading times and four bylines: two English, an Italian and a Polish one), body 10 (the eight markers and two
notices: English and German), tail 24 (four plugs: an English, a French, a German and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-shinglecombe-sandcastle-contest
(forty teams at Shinglecombe's twelfth sandcastle competition, low tide at 11.52am, three judging panels, the senior
lifeguard's warning about deep holes, a sea serpent wins), en-blog-the-upside-down-posy-drying-flowers (picking on a dry
morning, hanging small bunches upside down in a dark airy room, a dried-flower wreath on a willow ring),
fr-portail-coquemarais-chateaux-de-sable (the same story on the beach of Coquemarais),
fr-blog-les-fleurs-pendues-d-honorine-fleurs-sechees (the same drying and wreath in French),
de-portal-sandhoevelsiel-sandburgenwettbewerb (a sandcastle competition on the beach of Sandhövelsiel),
de-blog-kopfueberbluemchen-trockenblumen (drying flowers upside down and a wreath),
it-portale-sabbiarola-castelli-di-sabbia (a sandcastle contest at Sabbiarola Marina),
it-blog-fiori-capovolti-di-nives-fiori-secchi (drying flowers and a wreath),
pl-portal-wydmiszewo-konkurs-budowli-z-piasku (a sandcastle contest on the beach of Wydmiszewo),
pl-blog-suszarnia-lucyny-suszone-kwiaty (drying flowers and a wreath), ru-portal-peschanomorsk-peschanye-zamki (a
sandcastle contest on the beach of Peschanomorsk), ru-blog-sukhotsvety-dunyashi-sushka-tsvetov (drying flowers and a
wreath), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit e7177a6f9d70d57bcd8072b6619d437a8dd91a2a, measured with ``cd /tmp/wt-s213 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s213/src python -m pytest -q tests/test_clean_held_out_213.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s213 && PYTHONPATH=/tmp/wt-s213/src python
scripts/clean_held_out_report.py --sets 213``, with the xfail tables empty, at 10:48:23 UTC by ``date``): noise lines
removed 38/45 (marker 8/8, reading-time 6/7, byline 5/8, footer 7/8, comments 7/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one reading time at the head (the French this-story-reads-in
line), two bylines at the head (the English words-and-pictures line and the Polish report-by line), one plug at the foot
(the German Shopify-shop line), one footer at the foot (the English IMPRESS regulation line), one comment line at the
foot (the Russian subscribers-only note) and one notice at the foot (the Russian special-project note); all eight
markers, the other six reading times, the English name-and-title and Italian edited-by bylines, the English Folksy,
French Etsy and Russian Yarmarka Masterov plugs, the other seven footers, the other seven comment lines, every share row
and the English and German notices in the body went); keep lines kept 20/20; pages 6/12 clean, 30 of 240 page noise
lines left and 0 of 120 article lines lost. The six portal pages are clean. Left, on the six blog pages only: on all six
the table of contents (its heading and its entries line) between the first and second paragraphs and the photo caption
above the paragraph with the quote (3 each); on the English, Polish and Russian blogs also the affiliate shop link
between the subheading and the first row, inside the list block; on the English, French and Italian blogs also the menu
and the blog name with its tagline at the very top and the category label above the title (English 7, French 6, German
3, Italian 6, Polish 4, Russian 4 of 20 each). No page and no keep line loses an article line. The failing cases are
strict xfails; with them the pytest command on the final file in /tmp/wt-s213 gave 64 passed, 13 xfailed, no XPASS.

Measured after round 136 (2026-12-07, lead; the writers of this set and of set 214 worked beside round 136 from the same
base, e7177a6; round 136 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets $(seq 10 214)`` and the set's pytest file): nothing moved. noise lines removed
38/45, keep lines kept 20/20, pages 6/12 clean, 30 of 240 page noise lines left, 0 of 120 article lines lost; every
xfail still fails as its reason says. Round 136 (set 210's blog titles under a blog name named by the copyright line, a
most-read box between two paragraphs, a blog menu over its name, jump links with an arrow, embed, footer and byline
wordings) read none of this set's wordings or layouts.

Round 138 (development; this set was read in full from this round on): developed on sets 213 and 214 from 61c463e.
Fixed, each rule general in six languages with near misses in tests/test_clean.py (test_round_138_*): (1) blog pages:
set 214's post-end block of three after the two last paragraphs, the sign-off, a filed-under line and the plug for the
writer's workshops ("Happy printing! Rosamund x" / "Filed under: ..." / "Want to learn in person? My Saturday block
printing workshops have places in January.", "Viel Spaß beim Drucken! Eure Ottilie" / "Kategorie: Stoffdruck,
Küchentextilien, Anleitungen" / "Lust auf einen Kurs? ...", "Udanego drukowania! Bronka" / "Kategorie: ..." / "Chcesz
nauczyć się na żywo? Na sobotnie warsztaty w styczniu są jeszcze miejsca."): round 135's reading stayed because the
filed-under line stood between the sign-off and the plug (page_blocks.mark_writers_sign_off only let a newsletter prompt
stand there) and because the Polish and Russian plugs have no first person; the filed-under line the rules took ("tags",
_BETWEEN_SIGN_OFF_AND_PLUG) or a category row left kept (_CATEGORY_ROW, taken as "tags" only between a sign-off naming
the writer and a plug) may now stand between them, and workshops with places left (_PLACES_LEFT: "są jeszcze miejsca",
"ещё есть места", "have places", "sind noch Plätze frei", ...) are the writer's offer with no first person, still only
under such a sign-off; set 214's French and German share rows between the two last paragraphs ("Ça vous plaît ?
Épinglez-le sur Pinterest · Facebook · E-mail", "Gefällt dir das? Merk es dir auf Pinterest · Facebook · E-Mail"):
whole_line_noise._SHARE_BAR reads a liking question (_LIKED_IT) over a pin prompt naming its network (_PIN_ON) and two
buttons or more; set 213's affiliate shop link between the subheading and the first row ("Shop my favourite florist's
wire on Amazon (affiliate link)", the Polish and Russian alike): the rules took it, but
page_blocks._give_back_first_list_row gave it back as the list's first row; a row carrying an affiliate mark in brackets
at its end (clean._BRACKETED_AFFILIATE) is no longer given back. (2) Lines: the embed reading's state gains a calendar
never made public (_EMBED_STATE_EVENT) and the news frame's "was" spares the placeholder's own cause, a track removed
because the uploader's account was closed; the reading time reads "Ce sujet se lit en" and the long-one warning with its
minutes in brackets and the advice to bookmark it; bylines: "Pictures" among the credit line's roles
(clean._CREDIT_PIECE, the words-and-pictures lines with "|" and "·"), the Polish "Relacja:" with its colon, the writers
each named with a role in brackets ("Von ... (Text) und ... (Fotos)", _ROLE_IN_BRACKETS), a guest post's thank-you
closing on the writer's name; the German Shopify-shop plug (clean._MY_PLATFORM_PAGE reads "in meinem Shopify-Laden",
German and Polish only, _SALE_CUE "bekommt ihr" and "Versand mit"; the first form of the branch also read the English
"in my Etsy shop" and took round 117's letter's close over such a plug, which the full test run caught, so it was
narrowed); the IMPRESS line of "this publisher"; comment rules: commenting open only to accounts older than so many
hours or days, and the Russian subscribers-only "Оставить комментарий могут только подписчики."; the Russian
special-project note with "Материал" and no determiner before "опубликован в рамках" (clean._PAGE_OPENING). (3)
Narrowed: the updated-article note of round 135 keeps a sentence whose clause after the colon closes on a speaker and a
verb of stating (clean._SAYING_CLAUSE gains "stated", "announced", "déclaré", "dichiarato", "oświadczył", "stwierdził",
"сообщил", "заявил" and their forms), so the lead's probe "Статья была обновлена 14 июня: добавлен пункт о штрафах,
сообщил депутат." and its five neighbours stay; round 135's notes and set 214's Russian note still go. No held-out line
moved with it: the report's only changes across sets 10-214 are the gains named below, each from the new wordings, and
no held-out noise line newly failed in the full test run. Other sets' xfails removed (XPASS): lines of sets 87, 101, 102
and 143 (English words-and-pictures credits with "·"), 95 (an English words-and-pictures credit with "|" and a French
"Par ... (texte) et ... (photos)" byline) and 170 (the Russian "Оставить комментарий могут только зарегистрированные
пользователи."). Sets 10-214 totals (scripts/clean_held_out_report.py, before -> after): noise lines removed 8485 ->
8506 of 9301, article lines kept 4127 -> 4127, pages clean 1386 -> 1386 of 2446, page noise lines left 2014 -> 1995,
paragraphs lost 2 -> 2 (set 86's, as before); no set's kept lines dropped and no set's lost paragraphs rose. SemEval
(scripts/semeval_noise_diff.py): 0 changed files of 3723 (975 removals before and after; dumped again after the
narrowing, still 0). The sets 10-214 report ran before the narrowing; the report of the eight changed sets after it
printed the same figures. Bench (benchmarks/bench_clean.py against the frozen 61c463e src): ratios 0.98 and 1.03 in two
runs on the final code beside the full test run (the second 3.027 s against 2.937 s, best CPU), 0.99 before the
narrowing (2.869 s against 2.886 s): within the machine's noise. Full cleaning test set: 25351 passed, 1885 xfailed, no
XPASS, in 12:37 (on the code of this round, commit 10188e8; the six other sets' entries were removed before the run).
This set before -> after (scripts/clean_held_out_report.py --sets 213): noise lines removed 38/45 -> 45/45 (marker 8/8,
reading-time 6 -> 7 of 7, byline 5 -> 8 of 8, footer 7 -> 8 of 8, comments 7 -> 8 of 8, share 3/3, notice 2 -> 3 of 3),
keep lines kept 20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines left 30 -> 27 of 240, article lines lost 0 ->
0. Gone: the French this-story-reads-in line, the English words-and-pictures and Polish report-by bylines, the German
Shopify-shop plug, the IMPRESS line, the Russian subscribers-only note and the Russian special-project note (all xfails
of _LINE_XFAIL removed); on the English, Polish and Russian blogs the affiliate shop link between the subheading and the
first row. Reasons reworded: the English, Polish and Russian blog pages (no longer keeping the affiliate link; 6, 3 and
3 of 20). Still missed: on all six blogs the table of contents (its heading and entries line) in the block of four
between the first and second paragraphs and the photo caption above the paragraph with the quote; on the English, French
and Italian blogs the menu and the blog name with its tagline at the very top and the category label above the title.
The tables were not taken this round: round 135 reverted a table right under the first paragraph in the second
paragraph's block (round 101's near miss), and there was no time to take these and show that near miss stays; the photo
captions are left as the brief says (session 45).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_213_LINES: list[tuple[str, str, str]] = [
    ("body", "The Loom video embedded here has been archived by its owner and can no longer be played.", "marker"),
    ("body", "[Typeform survey – this form is no longer accepting responses]", "marker"),
    ("body", "The Calendly booking widget failed to load. Please refresh the page or try again later.", "marker"),
    ("body", "La carte uMap intégrée ne peut pas s'afficher : le serveur de tuiles ne répond pas.", "marker"),
    ("body", "Der eingebettete Player der ARD Audiothek ist außerhalb Deutschlands nicht verfügbar.", "marker"),
    ("body",
     "La mappa di OpenStreetMap incorporata non si carica: il browser ha bloccato i contenuti di terze parti.",
     "marker"),
    ("body", "Odtwarzacz CDA nie może wyświetlić filmu – materiał został usunięty przez właściciela.", "marker"),
    ("body", "Видео с Rutube недоступно: ролик находится на модерации.", "marker"),
    ("head", "Time to read: 5 minutes", "reading-time"),
    ("head", "Settle in: this post runs to about 9 minutes of reading and 14 photos", "reading-time"),
    ("head", "Ce sujet se lit en 5 minutes", "reading-time"),
    ("head", "Lesezeit: ca. 5 Min.", "reading-time"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("head", "Czas czytania: ok. 5 min", "reading-time"),
    ("head", "Время на прочтение: 5 минут", "reading-time"),
    ("head", "Words: Rosamund Tidesquill | Pictures: Dunstan Fallowgrebe", "byline"),
    ("head", "Ignatius Brackenhurl, Coast Editor", "byline"),
    ("head", "A cura di Ermelinda Sabbiolini", "byline"),
    ("head", "Relacja: Bożydar Muszelkowski", "byline"),
    ("tail",
     "I sell my dried-flower bunches at the Saturday market and on Folksy – message me for wedding orders.",
     "byline"),
    ("tail", "Mes couronnes de fleurs séchées sont sur ma boutique Etsy, envoi en Mondial Relay.", "byline"),
    ("tail", "Meine Trockenblumenkränze bekommt ihr in meinem Shopify-Laden, Versand mit DPD.", "byline"),
    ("tail", "Мои букеты из сухоцветов можно заказать на Ярмарке Мастеров, отправляю Почтой России.", "byline"),
    ("tail", "Hosted by Netlify · Built with Hugo · RSS feed", "footer"),
    ("tail", "This publisher is regulated by IMPRESS, the independent monitor for the press.", "footer"),
    ("tail", "Blog theme: Kale by LyraThemes · Powered by WordPress.com", "footer"),
    ("tail", "Mentions légales · Hébergeur : o2switch, Clermont-Ferrand · Gestion des cookies", "footer"),
    ("tail", "Gemacht mit Jimdo · Impressum · Datenschutz", "footer"),
    ("tail", "Sito realizzato con Aruba SiteBuilder · Privacy policy · Cookie policy", "footer"),
    ("tail", "Strona stworzona w kreatorze WebWave · Regulamin · Polityka cookies", "footer"),
    ("tail", "Сайт работает на 1С-Битрикс · Карта сайта · Согласие на обработку персональных данных", "footer"),
    ("tail", "What do you think? 4 Responses", "comments"),
    ("tail", "Load older comments (9)", "comments"),
    ("tail", "Expand all replies · Collapse thread", "comments"),
    ("tail", "Afficher les 6 réponses", "comments"),
    ("tail", "Diskutieren Sie mit: 17 Kommentare", "comments"),
    ("tail", "Nessun commento ancora. Scrivi tu il primo!", "comments"),
    ("tail", "Komentarze (7) · Napisz komentarz", "comments"),
    ("tail", "Оставить комментарий могут только подписчики.", "comments"),
    ("tail", "Partager cet article : Bluesky · LinkedIn · Pinterest", "share"),
    ("tail", "Condividi questo post: Pinterest · Facebook · E-mail", "share"),
    ("tail", "Podziel się: Facebook · Pinterest · Wyślij e-mailem", "share"),
    ("body", "Update, 3pm: this story has been updated with the final results.", "notice"),
    ("body", "Transparenzhinweis: Die Autorin ist Mitglied im veranstaltenden Verein.", "notice"),
    ("tail", "Материал опубликован в рамках спецпроекта «Лето у моря».", "notice"),
]

HELD_OUT_213_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the harbour master were read out before the vote on the new slipway."),
    ("head", "Sharing the cost of the lifeguard hut with the neighbouring parish was agreed last spring."),
    ("body", "Following the storm in March, the sea wall was patched with sandbags for three weeks."),
    ("tail", "Subscribers to the allotment society will pay two pounds more from January."),
    ("tail", "Copyright lawyers for the sculptor say the statue on the promenade cannot be copied onto mugs."),
    ("tail", "Advertising boards along the seafront were taken down by the council on Thursday."),
    ("head", "Reading the minutes aloud took the clerk almost forty minutes, one councillor complained."),
    ("head", "Partagé entre deux communes, le parking de la plage sera gratuit en juillet."),
    ("body", "Suivre les travaux de la digue coûte à la mairie près de deux mille euros par mois."),
    ("tail", "Les abonnements au bus scolaire baisseront de dix pour cent à la rentrée, a voté le conseil."),
    ("head", "Kommentarlos nahm der Bürgermeister den Protest der Strandkorbvermieter entgegen."),
    ("body", "Teilen müssen sich die beiden Vereine künftig das Bootshaus am Hafen."),
    ("tail", "Lesen konnten die Besucher die alten Ratsprotokolle erstmals in der Bücherei."),
    ("head", "Condivisa dal consiglio comunale, la proposta del nuovo lungomare passa in giunta a maggio."),
    ("body", "Seguire il cantiere del porticciolo costerà al comune altri trentamila euro."),
    ("tail", "I cartelloni pubblicitari sui pontili saranno vietati dall'estate prossima, ha deciso la giunta."),
    ("body", "Udostępnienie boiska szkolnego mieszkańcom radni odłożyli do jesieni."),
    ("tail", "Subskrypcja miejskiego roweru zdrożeje od marca o pięć złotych."),
    ("head", "Комментируя решение совета, глава района пообещал отремонтировать набережную к июлю."),
    ("tail", "Подписка на городские экскурсии на катере подорожает с первого июня."),
]

HELD_OUT_213_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-shinglecombe-sandcastle-contest", [
        [
            "-Shinglecombe Tideline – news from the bay since 1921",
            "-News · Sport · What's On · Beach · Property · Jobs",
            "-Home › What's On › Beach",
        ],
        [
            "+Forty teams build on Shinglecombe beach as the tide races the judges",
            "-By Jocasta Sandwarder, Chief Reporter",
            "-Updated 6.40pm, Saturday 8 August",
            "-4 min read",
            "-Share on Facebook · Share on X · Send by WhatsApp",
        ],
        [
            ("+Forty teams of families, schools and firms dug into the sand at Shinglecombe on Saturday for the "
             "town's twelfth sandcastle competition, the biggest since it began."),
            "-Team Crabpot's turreted castle by the pier. Photo: Shinglecombe Tideline",
        ],
        [
            "-Advertisement",
            "-Sponsored: Why thousands are switching their energy supplier this summer",
            ("+Low tide came at 11.52am, and building ran from ten until two, when the water began to creep back "
             "over the lower beach."),
        ],
        [
            ("+Corwin Breakwallow, the senior lifeguard, kept the teams between the red and yellow flags. “Moats "
             "are fine, but nobody digs a hole deeper than their knees, because the sides fall in,” he said."),
            "-Read also: Harbour car park to charge for evening parking from September",
        ],
        [
            "+How the judging worked",
            "+Height and strength, scored by the harbour engineer",
            "+Detail and finish, scored by two art teachers",
            "-Get the Tideline's free weekly newsletter every Friday – sign up here",
            "+Imagination, scored by a panel of eight children",
        ],
        [
            ("+The winners, a team from the primary school, built a sea serpent forty feet long that curled around "
             "three sandcastle towers."),
            "-Live: follow our summer events coverage as it happens",
            ("+The tide took the last of the castles by half past five, and the organisers say next year's contest "
             "will be on the first Saturday of August."),
        ],
        [
            "-23 comments",
            "-sandy_toes_64: Brilliant day, the kids haven't stopped talking about it.",
            "-↳ Shinglecombe Tideline: Thanks! Photos of every entry are in our gallery.",
            "-Martin from Eastcliff: Shame the car parks were full by nine.",
            "-↳ sandy_toes_64: Get the park and ride next time, it was nearly empty.",
        ],
        [
            "-Follow the Tideline on Facebook and Instagram",
            "-© 2026 Shinglecombe Tideline. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-the-upside-down-posy-drying-flowers", [
        [
            "-Home · About · Drying · Arranging · Shop · Contact",
            "-The Upside-Down Posy – drying, keeping and arranging flowers from a small garden",
        ],
        [
            "-Drying basics",
            "+How I dry flowers by hanging them upside down (and the wreath I made)",
            "-Posted on 14 July 2026 by Marigold · 11 comments",
            "-8 min read",
            "-This post contains affiliate links; I may earn a small commission at no cost to you.",
        ],
        [
            ("+Every summer I dry a few armfuls from the garden, and hanging bunches upside down is still the "
             "easiest way I know."),
            "-Contents",
            "-1. Picking · 2. Hanging the bunches · 3. The wreath",
            ("+Pick on a dry morning once the dew has gone, choosing stems whose flowers are just open, because "
             "they keep opening as they dry."),
        ],
        [
            "-Lavender, statice and strawflowers drying in the spare room.",
            ("+Tie small bunches with a rubber band and hang them in a dark, airy room. My grandmother always "
             "said, “If the sun can see them, the colour will leave them,” and she was right."),
            "-Pin it for later · Print this post",
        ],
        [
            "+What I used for the wreath",
            "-Shop my favourite florist's wire on Amazon (affiliate link)",
            "+A twenty-centimetre willow ring",
            "+Three bunches of dried lavender and statice",
            "+Florist's wire and a pair of snips",
        ],
        [
            "+After two to three weeks the stems snap cleanly, which means they are ready to use.",
            ("+I wired small posies onto the ring, all facing the same way, and the wreath has hung on the kitchen "
             "door since June without dropping a petal."),
            "-Happy drying! Marigold x",
        ],
        [
            "-You might also like",
            "-Pressing pansies in an old phone book: a beginner's guide",
        ],
        [
            "-11 thoughts on “How I dry flowers by hanging them upside down”",
            "-Helen B.: Does this work with hydrangeas?",
            "-↳ Marigold: Yes, but let them half dry on the plant first!",
            "-Pat in Leeds: My lavender went mouldy, what did I do wrong?",
            "-↳ Marigold: It was probably hung too tightly, give the bunches more space.",
        ],
        [
            "-© 2026 The Upside-Down Posy · Theme: Olsen Light by Anders Norén · WordPress",
        ],
    ]),
    _page("fr", "fr-portail-coquemarais-chateaux-de-sable", [
        [
            "-L'Écho de Coquemarais – l'actualité de la côte depuis 1934",
            "-Actualités · Sports · Sorties · Plages · Annonces",
            "-Accueil › Sorties › Plages",
        ],
        [
            "+Quarante équipes bâtissent sur la plage de Coquemarais avant le retour de la marée",
            "-Par Aurélienne Bastichon, rédactrice en chef adjointe",
            "-Mis à jour le samedi 8 août à 18 h 40",
            "-4 min de lecture",
            "-Partager sur Facebook · Partager sur X · Envoyer par WhatsApp",
        ],
        [
            ("+Quarante équipes de familles, d'écoles et d'entreprises ont creusé le sable de Coquemarais samedi "
             "pour le douzième concours de châteaux de sable de la commune, le plus grand depuis sa création."),
            "-Le château à tourelles de l'équipe des Crabes, près de la jetée. Photo : L'Écho de Coquemarais",
        ],
        [
            "-Publicité",
            "-Contenu sponsorisé : pourquoi des milliers de foyers changent de fournisseur d'énergie cet été",
            ("+La basse mer était à 11 h 52, et la construction a duré de dix heures à quatorze heures, quand "
             "l'eau a commencé à remonter sur le bas de la plage."),
        ],
        [
            ("+Yannick Goémonnier, chef des sauveteurs, a gardé les équipes entre les drapeaux. « Les douves, "
             "d'accord, mais personne ne creuse plus profond que ses genoux, parce que les bords s'effondrent », "
             "a-t-il prévenu."),
            "-À lire aussi : le parking du port deviendra payant le soir dès septembre",
        ],
        [
            "+Comment le jury a noté",
            "+La hauteur et la solidité, notées par l'ingénieur du port",
            "+Le détail et la finition, notés par deux professeures d'arts plastiques",
            "-Recevez gratuitement notre lettre d'information chaque vendredi – inscrivez-vous ici",
            "+L'imagination, notée par un jury de huit enfants",
        ],
        [
            ("+Les gagnants, une équipe de l'école primaire, ont bâti un serpent de mer de douze mètres enroulé "
             "autour de trois tours."),
            "-En direct : suivez toutes nos animations de l'été",
            ("+La marée a emporté les derniers châteaux vers 17 h 30, et les organisateurs annoncent l'édition "
             "suivante pour le premier samedi d'août."),
        ],
        [
            "-23 commentaires",
            "-Sable_et_soleil : Superbe journée, les enfants n'arrêtent pas d'en parler.",
            "-↳ L'Écho de Coquemarais : Merci ! Les photos de toutes les équipes sont dans notre galerie.",
            "-Martine de Saint-Aubry : Dommage que les parkings aient été pleins dès neuf heures.",
            "-↳ Sable_et_soleil : Il y avait la navette, elle était presque vide.",
        ],
        [
            "-Suivez L'Écho de Coquemarais sur Facebook et Instagram",
            "-© 2026 L'Écho de Coquemarais. Tous droits réservés.",
        ],
    ]),
    _page("fr", "fr-blog-les-fleurs-pendues-d-honorine-fleurs-sechees", [
        [
            "-Accueil · À propos · Séchage · Compositions · Boutique · Contact",
            "-Les Fleurs Pendues d'Honorine – sécher, garder et composer les fleurs d'un petit jardin",
        ],
        [
            "-Séchage : les bases",
            "+Comment je fais sécher les fleurs tête en bas (et la couronne que j'en ai faite)",
            "-Publié le 14 juillet 2026 par Honorine · 11 commentaires",
            "-8 min de lecture",
            "-Cet article contient des liens affiliés ; je peux toucher une petite commission sans frais pour vous.",
        ],
        [
            ("+Chaque été, je fais sécher quelques brassées du jardin, et suspendre les bouquets tête en bas reste "
             "la méthode la plus simple que je connaisse."),
            "-Sommaire",
            "-1. La cueillette · 2. La suspension · 3. La couronne",
            ("+Cueillez par un matin sec, une fois la rosée partie, des tiges aux fleurs juste ouvertes, car elles "
             "continuent de s'ouvrir en séchant."),
        ],
        [
            "-Lavande, statice et immortelles en train de sécher dans la chambre d'amis.",
            ("+Attachez de petits bouquets avec un élastique et suspendez-les dans une pièce sombre et aérée. Ma "
             "grand-mère disait toujours : « Si le soleil les voit, la couleur les quitte », et elle avait raison."),
            "-Épinglez pour plus tard · Imprimer l'article",
        ],
        [
            "+Ce qu'il m'a fallu pour la couronne",
            "-Mon fil de fleuriste préféré est sur Amazon (lien affilié)",
            "+Un cercle en osier de vingt centimètres",
            "+Trois bouquets de lavande et de statice séchés",
            "+Du fil de fleuriste et un sécateur",
        ],
        [
            "+Au bout de deux à trois semaines, les tiges cassent net : elles sont prêtes.",
            ("+J'ai fixé de petits bouquets sur le cercle, tous dans le même sens, et la couronne est sur la porte "
             "de la cuisine depuis juin sans perdre un pétale."),
            "-Bon séchage ! Honorine",
        ],
        [
            "-Vous aimerez aussi",
            "-Presser des pensées dans un vieil annuaire : le guide du débutant",
        ],
        [
            "-11 réflexions sur « Comment je fais sécher les fleurs tête en bas »",
            "-Hélène B. : Est-ce que ça marche avec les hortensias ?",
            "-↳ Honorine : Oui, mais laissez-les d'abord sécher à moitié sur la plante !",
            "-Pascale de Lyon : Ma lavande a moisi, qu'est-ce que j'ai raté ?",
            "-↳ Honorine : Les bouquets étaient sans doute trop serrés, laissez-leur plus d'air.",
        ],
        [
            "-© 2026 Les Fleurs Pendues d'Honorine · Thème Astra · WordPress",
        ],
    ]),
    _page("de", "de-portal-sandhoevelsiel-sandburgenwettbewerb", [
        [
            "-Sandhövelsieler Bote – Ihre Zeitung an der Küste seit 1949",
            "-Lokales · Sport · Freizeit · Strand · Immobilien · Stellen",
            "-Startseite › Freizeit › Strand",
        ],
        [
            "+Vierzig Teams bauen am Strand von Sandhövelsiel um die Wette mit der Flut",
            "-Von Hildrun Krabbelmeier, Lokalredaktion",
            "-Aktualisiert am Samstag, 8. August, 18.40 Uhr",
            "-4 Min. Lesezeit",
            "-Auf Facebook teilen · Auf X teilen · Per WhatsApp senden",
        ],
        [
            ("+Vierzig Teams aus Familien, Schulen und Firmen gruben am Samstag im Sand von Sandhövelsiel beim "
             "zwölften Sandburgenwettbewerb des Ortes, dem größten seit seinem Beginn."),
            "-Die Turmburg des Teams Krabbenkorb an der Seebrücke. Foto: Sandhövelsieler Bote",
        ],
        [
            "-Anzeige",
            "-Gesponsert: Warum gerade Tausende ihren Stromanbieter wechseln",
            ("+Niedrigwasser war um 11.52 Uhr, gebaut wurde von zehn bis vierzehn Uhr, als das Wasser wieder über "
             "den unteren Strand kroch."),
        ],
        [
            ("+Rettungsschwimmer Ortwin Dünenkötter hielt die Teams zwischen den Flaggen. „Burggräben sind in "
             "Ordnung, aber niemand gräbt tiefer als bis zum Knie, weil die Wände einstürzen“, warnte er."),
            "-Lesen Sie auch: Hafenparkplatz wird ab September auch abends kostenpflichtig",
        ],
        [
            "+So bewertete die Jury",
            "+Höhe und Stabilität, bewertet vom Hafeningenieur",
            "+Details und Ausführung, bewertet von zwei Kunstlehrerinnen",
            "-Jeden Freitag kostenlos: Jetzt den Newsletter des Boten abonnieren",
            "+Fantasie, bewertet von einer Jury aus acht Kindern",
        ],
        [
            ("+Gewonnen hat ein Team der Grundschule mit einer zwölf Meter langen Seeschlange, die sich um drei "
             "Burgtürme windet."),
            "-Live: Alle Sommerveranstaltungen im Ticker verfolgen",
            ("+Um halb sechs hatte die Flut die letzten Burgen geholt; der nächste Wettbewerb ist für den ersten "
             "Samstag im August geplant."),
        ],
        [
            "-23 Kommentare",
            "-Strandkind_64: Toller Tag, die Kinder reden von nichts anderem.",
            "-↳ Sandhövelsieler Bote: Danke! Fotos aller Teams gibt es in unserer Galerie.",
            "-Martin aus Ostdeich: Schade, dass die Parkplätze schon um neun voll waren.",
            "-↳ Strandkind_64: Der Pendelbus war fast leer.",
        ],
        [
            "-Folgen Sie dem Boten auf Facebook und Instagram",
            "-© 2026 Sandhövelsieler Bote. Alle Rechte vorbehalten.",
        ],
    ]),
    _page("de", "de-blog-kopfueberbluemchen-trockenblumen", [
        [
            "-Start · Über mich · Trocknen · Gestalten · Shop · Kontakt",
            "-Kopfüberblümchen – Blumen aus dem kleinen Garten trocknen, aufheben und binden",
        ],
        [
            "-Trocknen: Grundlagen",
            "+So trockne ich Blumen kopfüber (und der Kranz, der daraus wurde)",
            "-Veröffentlicht am 14. Juli 2026 von Friedegund · 11 Kommentare",
            "-8 Minuten Lesezeit",
            ("-Dieser Beitrag enthält Affiliate-Links; ich bekomme eventuell eine kleine Provision, für euch "
             "ändert sich nichts."),
        ],
        [
            ("+Jeden Sommer trockne ich ein paar Armvoll aus dem Garten, und Sträuße kopfüber aufzuhängen ist "
             "immer noch der einfachste Weg, den ich kenne."),
            "-Inhalt",
            "-1. Pflücken · 2. Aufhängen · 3. Der Kranz",
            ("+Pflückt an einem trockenen Morgen, wenn der Tau weg ist, Stiele mit gerade geöffneten Blüten, denn "
             "sie gehen beim Trocknen weiter auf."),
        ],
        [
            "-Lavendel, Strandflieder und Strohblumen beim Trocknen im Gästezimmer.",
            ("+Bindet kleine Sträuße mit einem Gummiband und hängt sie in einen dunklen, luftigen Raum. Meine "
             "Großmutter sagte immer: „Wenn die Sonne sie sieht, verlässt sie die Farbe“, und sie hatte recht."),
            "-Auf Pinterest merken · Beitrag drucken",
        ],
        [
            "+Was ich für den Kranz gebraucht habe",
            "-Meinen Lieblings-Bindedraht gibt es bei Amazon (Affiliate-Link)",
            "+Ein Weidenring mit zwanzig Zentimetern Durchmesser",
            "+Drei Bund getrockneter Lavendel und Strandflieder",
            "+Bindedraht und eine Gartenschere",
        ],
        [
            "+Nach zwei bis drei Wochen brechen die Stiele glatt ab, dann sind sie fertig.",
            ("+Ich habe kleine Sträußchen alle in dieselbe Richtung auf den Ring gebunden, und der Kranz hängt "
             "seit Juni an der Küchentür, ohne ein Blütenblatt zu verlieren."),
            "-Viel Freude beim Trocknen! Eure Friedegund",
        ],
        [
            "-Das könnte dir auch gefallen",
            "-Stiefmütterchen im alten Telefonbuch pressen: eine Anleitung für Anfänger",
        ],
        [
            "-11 Gedanken zu „So trockne ich Blumen kopfüber“",
            "-Helga B.: Klappt das auch mit Hortensien?",
            "-↳ Friedegund: Ja, aber lass sie erst am Strauch halb antrocknen!",
            "-Petra aus Kassel: Mein Lavendel ist geschimmelt, was habe ich falsch gemacht?",
            "-↳ Friedegund: Die Sträuße hingen wohl zu dicht, gib ihnen mehr Luft.",
        ],
        [
            "-© 2026 Kopfüberblümchen · Theme: Kadence · WordPress",
        ],
    ]),
    _page("it", "it-portale-sabbiarola-castelli-di-sabbia", [
        [
            "-La Gazzetta di Sabbiarola – la voce della costa dal 1952",
            "-Cronaca · Sport · Tempo libero · Spiagge · Annunci",
            "-Home › Tempo libero › Spiagge",
        ],
        [
            "+Quaranta squadre sulla spiaggia di Sabbiarola Marina in gara contro la marea",
            "-Di Ermenegilda Spiaggiotti, caporedattrice",
            "-Aggiornato sabato 8 agosto alle 18:40",
            "-Lettura: 4 minuti",
            "-Condividi su Facebook · Condividi su X · Invia su WhatsApp",
        ],
        [
            ("+Quaranta squadre di famiglie, scuole e aziende hanno scavato sabato nella sabbia di Sabbiarola "
             "Marina per il dodicesimo concorso di castelli di sabbia del paese, il più grande dalla prima "
             "edizione."),
            "-Il castello con le torri della squadra Granchi, vicino al molo. Foto: La Gazzetta di Sabbiarola",
        ],
        [
            "-Pubblicità",
            "-Contenuto sponsorizzato: perché migliaia di famiglie cambiano fornitore di luce quest'estate",
            ("+La bassa marea è arrivata alle 11:52 e si è costruito dalle dieci alle quattordici, quando l'acqua "
             "ha cominciato a risalire sulla battigia."),
        ],
        [
            ("+Onofrio Marosciutti, capo dei bagnini, ha tenuto le squadre tra le bandiere. «I fossati vanno bene, "
             "ma nessuno scavi più a fondo delle ginocchia, perché le pareti crollano», ha avvertito."),
            "-Leggi anche: il parcheggio del porto diventa a pagamento anche la sera da settembre",
        ],
        [
            "+Come ha votato la giuria",
            "+Altezza e solidità, giudicate dall'ingegnere del porto",
            "+Dettagli e rifiniture, giudicati da due insegnanti di arte",
            "-Ogni venerdì gratis nella tua casella: iscriviti alla newsletter della Gazzetta",
            "+Fantasia, giudicata da una giuria di otto bambini",
        ],
        [
            ("+Ha vinto una squadra della scuola elementare con un serpente marino lungo dodici metri avvolto "
             "attorno a tre torri."),
            "-Diretta: segui tutti gli eventi dell'estate minuto per minuto",
            ("+Alle cinque e mezza la marea si era presa gli ultimi castelli; la prossima edizione è fissata per "
             "il primo sabato di agosto."),
        ],
        [
            "-23 commenti",
            "-Sabbiolina_64: Giornata splendida, i bambini non parlano d'altro.",
            "-↳ La Gazzetta di Sabbiarola: Grazie! Le foto di tutte le squadre sono nella nostra galleria.",
            "-Marta da Portovecchio: Peccato che i parcheggi fossero pieni già alle nove.",
            "-↳ Sabbiolina_64: C'era la navetta, quasi vuota.",
        ],
        [
            "-Segui la Gazzetta su Facebook e Instagram",
            "-© 2026 La Gazzetta di Sabbiarola. Tutti i diritti riservati.",
        ],
    ]),
    _page("it", "it-blog-fiori-capovolti-di-nives-fiori-secchi", [
        [
            "-Home · Chi sono · Essiccare · Composizioni · Negozio · Contatti",
            "-Fiori capovolti di Nives – essiccare, conservare e comporre i fiori di un piccolo giardino",
        ],
        [
            "-Essiccazione: le basi",
            "+Come essicco i fiori appendendoli a testa in giù (e la ghirlanda che ne è nata)",
            "-Pubblicato il 14 luglio 2026 da Nives · 11 commenti",
            "-Lettura: 8 minuti",
            "-Questo post contiene link di affiliazione: potrei ricevere una piccola commissione senza costi per te.",
        ],
        [
            ("+Ogni estate faccio essiccare qualche bracciata di fiori dell'orto, e appendere i mazzi a testa in "
             "giù resta il metodo più semplice che conosco."),
            "-Indice",
            "-1. La raccolta · 2. Appendere i mazzi · 3. La ghirlanda",
            ("+Raccogliete in una mattina asciutta, quando la rugiada se n'è andata, steli con i fiori appena "
             "aperti, perché continuano ad aprirsi mentre seccano."),
        ],
        [
            "-Lavanda, statice ed elicriso ad asciugare nella stanza degli ospiti.",
            ("+Legate mazzetti piccoli con un elastico e appendeteli in una stanza buia e ariosa. Mia nonna diceva "
             "sempre: «Se il sole li vede, il colore li lascia», e aveva ragione."),
            "-Salva su Pinterest · Stampa l'articolo",
        ],
        [
            "+Cosa mi è servito per la ghirlanda",
            "-Il mio filo da fiorista preferito è su Amazon (link affiliato)",
            "+Un cerchio di vimini da venti centimetri",
            "+Tre mazzi di lavanda e statice essiccati",
            "+Filo da fiorista e un paio di cesoie",
        ],
        [
            "+Dopo due o tre settimane gli steli si spezzano di netto: vuol dire che sono pronti.",
            ("+Ho fissato dei mazzetti sul cerchio, tutti nello stesso verso, e la ghirlanda è appesa alla porta "
             "della cucina da giugno senza perdere un petalo."),
            "-Buona essiccazione! Nives",
        ],
        [
            "-Potrebbe piacerti anche",
            "-Pressare le viole del pensiero in un vecchio elenco telefonico: guida per principianti",
        ],
        [
            "-11 pensieri su “Come essicco i fiori appendendoli a testa in giù”",
            "-Elena B.: Funziona anche con le ortensie?",
            "-↳ Nives: Sì, ma lasciale prima seccare a metà sulla pianta!",
            "-Paola da Brescia: La mia lavanda ha fatto la muffa, dove ho sbagliato?",
            "-↳ Nives: Forse i mazzi erano troppo stretti, lascia più aria tra loro.",
        ],
        [
            "-© 2026 Fiori capovolti di Nives · Tema Astra · WordPress",
        ],
    ]),
    _page("pl", "pl-portal-wydmiszewo-konkurs-budowli-z-piasku", [
        [
            "-Kurier Wydmiszewski – wiadomości z wybrzeża od 1958 roku",
            "-Wiadomości · Sport · Czas wolny · Plaże · Ogłoszenia",
            "-Strona główna › Czas wolny › Plaże",
        ],
        [
            "+Czterdzieści drużyn buduje na plaży w Wydmiszewie, zanim wróci przypływ",
            "-Autorka: Jadwiga Piaskulska, redakcja lokalna",
            "-Aktualizacja: sobota, 8 sierpnia, 18:40",
            "-Przeczytasz w 4 minuty",
            "-Udostępnij na Facebooku · Udostępnij na X · Wyślij przez WhatsApp",
        ],
        [
            ("+Czterdzieści drużyn rodzin, szkół i firm kopało w sobotę w piasku Wydmiszewa podczas dwunastego "
             "konkursu budowli z piasku, największego od jego początków."),
            "-Zamek z wieżyczkami drużyny Kraby przy molo. Fot. Kurier Wydmiszewski",
        ],
        [
            "-Reklama",
            "-Artykuł sponsorowany: dlaczego tysiące rodzin zmienia tego lata dostawcę prądu",
            ("+Odpływ sięgnął najniższego poziomu o 11:52, a budowano od dziesiątej do czternastej, gdy woda "
             "zaczęła wracać na dolną część plaży."),
        ],
        [
            ("+Ratownik Zbyszko Fałowiecki pilnował, by drużyny zostały między flagami. „Fosy tak, ale nikt nie "
             "kopie głębiej niż do kolan, bo ściany się osypują” – ostrzegał."),
            "-Czytaj także: parking przy porcie od września płatny także wieczorem",
        ],
        [
            "+Jak oceniało jury",
            "+Wysokość i wytrzymałość – ocenia inżynier portu",
            "+Detale i wykończenie – oceniają dwie nauczycielki plastyki",
            "-Co piątek za darmo: zapisz się na newsletter Kuriera",
            "+Wyobraźnia – ocenia jury złożone z ośmiorga dzieci",
        ],
        [
            ("+Wygrała drużyna ze szkoły podstawowej, która zbudowała dwunastometrowego węża morskiego owiniętego "
             "wokół trzech wież."),
            "-Na żywo: relacja ze wszystkich wydarzeń lata",
            ("+O wpół do szóstej przypływ zabrał ostatnie zamki, a kolejny konkurs zaplanowano na pierwszą sobotę "
             "sierpnia."),
        ],
        [
            "-23 komentarze",
            "-piaskowa_mama: Wspaniały dzień, dzieci mówią tylko o tym.",
            "-↳ Kurier Wydmiszewski: Dziękujemy! Zdjęcia wszystkich drużyn są w naszej galerii.",
            "-Marek z Rybakowa: Szkoda, że parkingi były pełne już o dziewiątej.",
            "-↳ piaskowa_mama: Był autobus dowozowy, prawie pusty.",
        ],
        [
            "-Obserwuj Kurier Wydmiszewski na Facebooku i Instagramie",
            "-© 2026 Kurier Wydmiszewski. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    _page("pl", "pl-blog-suszarnia-lucyny-suszone-kwiaty", [
        [
            "-Start · O mnie · Suszenie · Kompozycje · Sklep · Kontakt",
            "-Suszarnia Lucyny – suszę, przechowuję i układam kwiaty z małego ogrodu",
        ],
        [
            "-Suszenie: podstawy",
            "+Jak suszę kwiaty główkami w dół (i wianek, który z nich powstał)",
            "-Opublikowano 14 lipca 2026 przez Lucynę · 11 komentarzy",
            "-8 minut czytania",
            "-Ten wpis zawiera linki afiliacyjne; mogę dostać niewielką prowizję bez żadnych kosztów dla Ciebie.",
        ],
        [
            ("+Co lato suszę kilka naręczy kwiatów z ogrodu, a wieszanie bukietów główkami w dół to wciąż "
             "najprostszy sposób, jaki znam."),
            "-Spis treści",
            "-1. Zbieranie · 2. Wieszanie bukietów · 3. Wianek",
            ("+Zbierajcie w suchy poranek, gdy zejdzie rosa, łodygi z kwiatami świeżo rozwiniętymi, bo rozwijają "
             "się dalej podczas suszenia."),
        ],
        [
            "-Lawenda, zatrwian i kocanki schną w pokoju gościnnym.",
            ("+Zwiążcie małe bukiety gumką i powieście je w ciemnym, przewiewnym pokoju. Moja babcia zawsze "
             "mówiła: „Jeśli słońce je widzi, kolor od nich odchodzi”, i miała rację."),
            "-Przypnij na Pintereście · Drukuj wpis",
        ],
        [
            "+Czego użyłam do wianka",
            "-Mój ulubiony drut florystyczny kupicie na Allegro (link afiliacyjny)",
            "+Wiklinowa obręcz o średnicy dwudziestu centymetrów",
            "+Trzy pęczki suszonej lawendy i zatrwianu",
            "+Drut florystyczny i sekator",
        ],
        [
            "+Po dwóch, trzech tygodniach łodygi łamią się czysto, czyli są gotowe.",
            ("+Przymocowałam małe bukieciki do obręczy, wszystkie w tę samą stronę, i wianek wisi na drzwiach "
             "kuchni od czerwca, nie gubiąc ani jednego płatka."),
            "-Udanego suszenia! Lucyna",
        ],
        [
            "-Może Ci się spodobać",
            "-Prasowanie bratków w starej książce telefonicznej: poradnik dla początkujących",
        ],
        [
            "-11 komentarzy do „Jak suszę kwiaty główkami w dół”",
            "-Halina B.: Czy to działa z hortensjami?",
            "-↳ Lucyna: Tak, ale najpierw niech podeschną na krzaku!",
            "-Paulina z Torunia: Moja lawenda spleśniała, co zrobiłam źle?",
            "-↳ Lucyna: Bukiety wisiały pewnie za ciasno, daj im więcej powietrza.",
        ],
        [
            "-© 2026 Suszarnia Lucyny · Motyw Astra · WordPress",
        ],
    ]),
    _page("ru", "ru-portal-peschanomorsk-peschanye-zamki", [
        [
            "-Песчаноморский вестник – новости побережья с 1961 года",
            "-Новости · Спорт · Досуг · Пляжи · Объявления",
            "-Главная › Досуг › Пляжи",
        ],
        [
            "+Сорок команд строят на пляже Песчаноморска, пока не вернулся прилив",
            "-Автор: Агриппина Прибойцева, отдел городских новостей",
            "-Обновлено в субботу, 8 августа, 18:40",
            "-Чтение займёт 4 минуты",
            "-Поделиться во ВКонтакте · в Telegram · в WhatsApp",
        ],
        [
            ("+Сорок команд из семей, школ и компаний в субботу копали песок Песчаноморска на двенадцатом конкурсе "
             "песчаных замков, самом большом за всю его историю."),
            "-Замок с башенками команды «Крабы» у пирса. Фото: Песчаноморский вестник",
        ],
        [
            "-Реклама",
            "-Партнёрский материал: почему тысячи семей этим летом меняют поставщика электроэнергии",
            ("+Малая вода была в 11:52, строили с десяти до четырнадцати часов, пока вода не начала снова заходить "
             "на нижнюю часть пляжа."),
        ],
        [
            ("+Старший спасатель Ефим Приливкин следил, чтобы команды не выходили за флажки. «Рвы копать можно, но "
             "никто не роет глубже колена, потому что стенки осыпаются», – предупредил он."),
            "-Читайте также: парковка у порта с сентября станет платной и вечером",
        ],
        [
            "+Как оценивало жюри",
            "+Высота и прочность – оценивал инженер порта",
            "+Детали и отделка – оценивали две учительницы рисования",
            "-Каждую пятницу бесплатно: подпишитесь на рассылку «Вестника»",
            "+Фантазия – оценивало жюри из восьми детей",
        ],
        [
            "+Победила команда начальной школы: она построила двенадцатиметрового морского змея, обвившего три башни.",
            "-Онлайн: следите за всеми летними событиями в нашей ленте",
            ("+К половине шестого прилив забрал последние замки, а следующий конкурс назначен на первую субботу "
             "августа."),
        ],
        [
            "-23 комментария",
            "-песочница_64: Отличный день, дети только об этом и говорят.",
            "-↳ Песчаноморский вестник: Спасибо! Фотографии всех команд – в нашей галерее.",
            "-Марина из Рыбачьего: Жаль, что парковки были заполнены уже к девяти.",
            "-↳ песочница_64: Ходил автобус-шаттл, почти пустой.",
        ],
        [
            "-Подписывайтесь на «Песчаноморский вестник» во ВКонтакте и Telegram",
            "-© 2026 Песчаноморский вестник. Все права защищены.",
        ],
    ]),
    _page("ru", "ru-blog-sukhotsvety-dunyashi-sushka-tsvetov", [
        [
            "-Главная · Обо мне · Сушка · Композиции · Магазин · Контакты",
            "-Сухоцветы Дуняши – сушу, храню и составляю букеты из цветов маленького сада",
        ],
        [
            "-Сушка: основы",
            "+Как я сушу цветы вниз головками (и венок, который из них получился)",
            "-Опубликовано 14 июля 2026 автором Дуняша · 11 комментариев",
            "-8 минут чтения",
            "-В этом посте есть партнёрские ссылки: я могу получить небольшую комиссию без доплаты с вашей стороны.",
        ],
        [
            ("+Каждое лето я сушу несколько охапок цветов из сада, и подвешивать букеты вниз головками – до сих "
             "пор самый простой способ, который я знаю."),
            "-Содержание",
            "-1. Сбор · 2. Развешиваем букеты · 3. Венок",
            ("+Срезайте цветы сухим утром, когда сойдёт роса, выбирая стебли с только что раскрывшимися цветками: "
             "они продолжают раскрываться, пока сохнут."),
        ],
        [
            "-Лаванда, статица и бессмертник сохнут в гостевой комнате.",
            ("+Свяжите небольшие пучки резинкой и повесьте их в тёмной проветриваемой комнате. Бабушка всегда "
             "говорила: «Если солнце их видит, цвет от них уходит», и она была права."),
            "-Сохранить в Pinterest · Распечатать запись",
        ],
        [
            "+Что понадобилось для венка",
            "-Моя любимая флористическая проволока – на Ozon (партнёрская ссылка)",
            "+Ивовое кольцо диаметром двадцать сантиметров",
            "+Три пучка сушёной лаванды и статицы",
            "+Флористическая проволока и секатор",
        ],
        [
            "+Через две-три недели стебли ломаются с хрустом – значит, готово.",
            ("+Я прикрепила маленькие букетики к кольцу, все в одну сторону, и венок висит на кухонной двери с "
             "июня, не потеряв ни лепестка."),
            "-Удачной сушки! Ваша Дуняша",
        ],
        [
            "-Вам может понравиться",
            "-Сушим анютины глазки в старом телефонном справочнике: руководство для начинающих",
        ],
        [
            "-11 комментариев к записи «Как я сушу цветы вниз головками»",
            "-Елена Б.: А с гортензиями так получится?",
            "-↳ Дуняша: Да, но сначала дайте им подсохнуть прямо на кусте!",
            "-Полина из Твери: У меня лаванда заплесневела, что я сделала не так?",
            "-↳ Дуняша: Наверное, пучки висели слишком тесно, дайте им больше воздуха.",
        ],
        [
            "-© 2026 Сухоцветы Дуняши · Тема Astra · WordPress",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-the-upside-down-posy-drying-flowers":
        ("the dried-flower blog's post keeps the menu ('Home · About · Drying · Arranging · Shop · Contact') and "
         "the blog name with its tagline ('The Upside-Down Posy – drying, keeping and arranging flowers from a "
         "small garden') in their block of two at the very top, the category label ('Drying basics') above the "
         "title in its block of five, the table of contents ('Contents' and '1. Picking · 2. Hanging the bunches · "
         "3. The wreath') between the first and second paragraphs in their block of four, the photo caption "
         "('Lavender, statice and strawflowers drying in the spare room.') above the paragraph with the quote in "
         "their block of three (6 of 20 noise lines); no article line is lost"),
    "fr-blog-les-fleurs-pendues-d-honorine-fleurs-sechees":
        ("the French dried-flower blog's post keeps the menu ('Accueil · À propos · Séchage · Compositions · "
         "Boutique · Contact') and the blog name with its tagline ('Les Fleurs Pendues d'Honorine – sécher, garder "
         "et composer les fleurs d'un petit jardin') in their block of two at the very top, the category label "
         "('Séchage : les bases') above the title in its block of five, the table of contents ('Sommaire' and '1. "
         "La cueillette · 2. La suspension · 3. La couronne') between the first and second paragraphs in their "
         "block of four and the photo caption ('Lavande, statice et immortelles en train de sécher dans la chambre "
         "d'amis.') above the paragraph with the quote in their block of three (6 of 20 noise lines); no article "
         "line is lost"),
    "de-blog-kopfueberbluemchen-trockenblumen":
        ("the German dried-flower blog's post keeps the table of contents ('Inhalt' and '1. Pflücken · 2. "
         "Aufhängen · 3. Der Kranz') between the first and second paragraphs in their block of four and the photo "
         "caption ('Lavendel, Strandflieder und Strohblumen beim Trocknen im Gästezimmer.') above the paragraph "
         "with the quote in their block of three (3 of 20 noise lines); no article line is lost"),
    "it-blog-fiori-capovolti-di-nives-fiori-secchi":
        ("the Italian dried-flower blog's post keeps the menu ('Home · Chi sono · Essiccare · Composizioni · "
         "Negozio · Contatti') and the blog name with its tagline ('Fiori capovolti di Nives – essiccare, "
         "conservare e comporre i fiori di un piccolo giardino') in their block of two at the very top, the "
         "category label ('Essiccazione: le basi') above the title in its block of five, the table of contents "
         "('Indice' and '1. La raccolta · 2. Appendere i mazzi · 3. La ghirlanda') between the first and second "
         "paragraphs in their block of four and the photo caption ('Lavanda, statice ed elicriso ad asciugare "
         "nella stanza degli ospiti.') above the paragraph with the quote in their block of three (6 of 20 noise "
         "lines); no article line is lost"),
    "pl-blog-suszarnia-lucyny-suszone-kwiaty":
        ("the Polish dried-flower blog's post keeps the table of contents ('Spis treści' and '1. Zbieranie · 2. "
         "Wieszanie bukietów · 3. Wianek') between the first and second paragraphs in their block of four and the "
         "photo caption ('Lawenda, zatrwian i kocanki schną w pokoju gościnnym.') above the paragraph with the "
         "quote in their block of three (3 of 20 noise lines); no article line is lost"),
    "ru-blog-sukhotsvety-dunyashi-sushka-tsvetov":
        ("the Russian dried-flower blog's post keeps the table of contents ('Содержание' and '1. Сбор · 2. "
         "Развешиваем букеты · 3. Венок') between the first and second paragraphs in their block of four and the "
         "photo caption ('Лаванда, статица и бессмертник сохнут в гостевой комнате.') above the paragraph with the "
         "quote in their block of three (3 of 20 noise lines); no article line is lost"),
}

test_held_out_213_line, test_held_out_213_line_is_kept, test_held_out_213_page = held_out_tests(
    HELD_OUT_213_LINES, HELD_OUT_213_KEEP, HELD_OUT_213_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
