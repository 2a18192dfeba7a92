"""Held-out set 228: written blind, weighted toward the noise the cleaner exists for, in shapes set 226's docstring does
not name (nor the first paragraphs of sets 223, 224 and 225): scraper, embed and ad markers, all in the body (an English
Datawrapper chart that failed to load, with a view-in-a-new-tab link "The Datawrapper chart that should appear here
failed to load. View it in a new tab.", an English Streamable video that has expired "This Streamable video has expired
and is no longer available.", an English Flourish visualisation still loading, with an open-the-interactive-version hint
"This Flourish visualisation is still loading. If nothing appears, open the interactive version.", a French Ausha
podcast player that could not be loaded, sending the reader to Apple Podcasts "Le lecteur Ausha n'a pas pu être chargé.
Écoutez l'épisode sur Apple Podcasts.", a German Outdooractive map out of reach during maintenance "Die
Outdooractive-Karte ist wegen Wartungsarbeiten vorübergehend nicht erreichbar.", an Italian Spreaker episode that cannot
be played on this device "L'episodio di Spreaker non è riproducibile su questo dispositivo.", a Polish CDA.pl item
removed for breaking the site's terms "Materiał z CDA.pl został usunięty z powodu naruszenia regulaminu." and a Russian
Yandex Maps widget that could not build the route, with a try-later hint "Виджет Яндекс Карт не смог построить маршрут.
Попробуйте позже."); reading-time headers in new wordings, all at the head (the English estimated-read label with min
"Estimated read: 4 min", a blog's grab-a-cuppa line with its minutes of reading "Grab a cuppa – this one runs to about
11 minutes of reading.", the French reading-time label with moins de "Temps de lecture : moins de 5 min", the German
read-in-minutes line "In 5 Minuten gelesen", the Italian estimated-reading-time label "Tempo stimato di lettura: 5
minuti", the Polish you-will-read-it-in line "Przeczytasz w 5 minut" and the Russian reading-will-take line "Чтение
займёт 5 минут"); bylines and self-promotion (an English filed-by byline with the reporter's beat "Filed by Hortensia
Twigmallow, rural affairs reporter", a French interview-by (propos recueillis par) byline "Propos recueillis par
Clémentine Fontvieillard", a Polish reports (relacjonuje) byline "Relacjonuje Jadwiga Źródlińska" and a Russian
author-of-the-piece byline "Автор материала — Прасковья Лозинцева", all at the head, and at the foot an English Ko-fi
plug for the author's restringing of lacrosse heads "I restring lacrosse heads for £15 – book a slot through my Ko-fi
page.", an English Gumroad plug for the author's wall-ball drills e-book "My wall-ball drills e-book is on Gumroad for
£4, with printable practice sheets.", a German Kleinanzeigen plug for the author's hand-knotted lacrosse stick nets
"Meine handgeknüpften Netze für Lacrosse-Schläger verkaufe ich über Kleinanzeigen." and an Italian Subito.it plug for
the author's hazel dowsing rods "Le mie bacchette da rabdomante in nocciolo le vendo su Subito.it, spedizione in tutta
Italia."); blog and site footers, all at the foot (an English Ghost and DigitalOcean credit with the RSS link "Powered
by Ghost · Hosted on DigitalOcean · RSS", the English Substack footer slogan "Substack is the home for great culture",
an English part-of-a-media-network line with the accessibility and modern slavery statements "Part of the Twigmallow
Media network · Accessibility statement · Modern slavery statement", a French SPIP and Infomaniak credit with the site
map "Propulsé par SPIP · Hébergement : Infomaniak · Plan du site", a German TYPO3 and Hetzner credit with the
accessibility and imprint links "Realisiert mit TYPO3 · Hosting: Hetzner · Barrierefreiheit · Impressum", an Italian
Joomla! credit with the VAT number (P. IVA) and the cookie policy "Powered by Joomla! · P. IVA 02938471650 · Cookie
policy", a Polish Drupal and nazwa.pl credit with the accessibility declaration "Strona działa na Drupalu · Hosting:
nazwa.pl · Deklaracja dostępności" and a Russian made-on-Tilda credit with the privacy policy "Сделано на Tilda ·
Политика конфиденциальности"); reader-comment furniture, all at the foot (an English comment sort row "Sort by: Newest ·
Oldest · Most liked", an English be-kind community-guidelines note over the comments "Be kind: comments that break our
community guidelines will be removed.", the English pinned-by-the-author label of a comment "Pinned by the author", a
French pre-moderation note (published after the newsroom's approval) "Votre commentaire sera publié après validation par
la rédaction.", a German write-a-comment and comments-by-RSS row "Kommentar schreiben · Kommentare per RSS abonnieren",
an Italian must-be-registered-to-comment prompt "Per commentare devi essere registrato: accedi o crea un account
gratuito.", a Polish report-reply-quote row under a comment "Zgłoś do moderacji · Odpowiedz · Cytuj" and a Russian
comment sort row "Сначала новые · Сначала старые · Популярные"); share rows, all at the foot (an English send-this-story
row with Messenger, Bluesky and LinkedIn "Send this story: Messenger · Bluesky · LinkedIn · Copy link", a German
share-now row with Threads and Mastodon "Jetzt teilen: WhatsApp · Threads · Mastodon" and a Polish share-this-text row
"Podziel się tym tekstem: Facebook · WhatsApp · Kopiuj link"); and notices (a French correction (correctif) note about a
wrong date in an earlier version "Correctif : une version précédente de cet article indiquait une date erronée." and an
Italian editor's note that the photos came from the organisers "Nota della redazione: le foto sono state fornite dagli
organizzatori.", both in the body, and a Russian prepared-with-the-support-of-the-district-administration note "Материал
подготовлен при поддержке администрации района." at the foot); and toward whole scraped news and hobby-blog pages in
layouts set 226's docstring does not describe (on the six portal pages, in nine blocks, a date-and-weather line, the
masthead with its tagline and the section menu in a block of three at the very top, the date line first; the title in
the middle of a block of three, between a breadcrumb above it and the byline with the date and time (one line) under it;
a bare reading time and a share row alone in a block of two; the first and second paragraphs at the top of a block of
three with the lead photo's caption and its credit (one line) closing it; an advertisement label and a promoted headline
above the paragraph with the quote and a read-also link under it (a block of four, the quote third); the subheading and
the three rows with a photo-gallery link between the first and second rows, inside the list block (a block of five, the
link third); the two last paragraphs at the top of a block of three with a follow-us-on-Facebook prompt (VKontakte on
the Russian page) closing it; a thread of four lines alone in a block (a comment count, a reader's comment, a second
reader's comment and a third reader's arrowed reply to that); and at the foot a tags line, a newsletter prompt and the
publisher's copyright line with its links in one line, in a block of three; on the six blog pages, in ten blocks, the
menu and the blog name with its tagline in a block of two at the very top, the menu first; the title alone in a block of
one; the posted-on-by line (with the comment count) and a bare reading time alone in a block of two; the first and
second paragraphs at the second and fourth places of a block of four, with an affiliate-links disclosure opening the
block and the opening photo's caption between them; the paragraph with the quote at the top of a block of two with a
pin-it prompt under it; a sponsored label and an affiliate link to the author's stick (on Amazon, on Allegro on the
Polish blog, on Ozon on the Russian blog) above the subheading, opening the list block (a block of six, the three rows
last); the two last paragraphs at the top of a block of four with the author's sign-off and a plug for her hand-painted
stick bags (in an Etsy shop, at Yarmarka Masterov on the Russian blog) under them; a share row and a subscribe-by-email
prompt alone in a block of two; a thread of five lines alone in a block (a comments heading with its count quoting the
post's title, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it); and at the
foot a back-to-top link and the author's copyright line with the theme and platform credit in one line, in a block of
two, the link first), taken from local news of the first regional meeting in thirty years of a town's dowsing society
(more than 200 dowsers, a morning on the fields above the reservoir with hazel twigs, brass rods and pendulums, planting
flags wherever they felt water, the chair's quote that the rods do not find the water, the dowser does, a 10am talk on
the parish's old wells and springs, a 1pm field walk, a 4pm test borehole by the water company's engineers that struck
water at 18 metres where most flags stood, a map of the marked spots in the autumn and a return next June) in six
invented towns, and from six hobby blogs of girls on their under-15 lacrosse team's first tournament (twelve teams on
three pitches at a school near a city, training since September on Wednesday evenings under floodlights, the coach's
quote about catching with soft hands, passing with the eyes and talking all the time, a 2–5 loss to the hosts at 9.30, a
3–3 draw at 11.15, a 6–1 win in the rain at 13.40, seventh of twelve with the author's first tournament goal, ten
minutes of wall ball a day before the next tournament in May))

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 226 but what is named here), held-out set 227 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 226 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 223, 224 and 225, printed with one ast script (/tmp/s228scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s228scratch/insp.py, with
/tmp/wt-s228/src and /tmp/wt-s228/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s228 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 226's as printed, with 226
-> 228; /tmp/s228scratch/gen228.py writes this file from scratch files (data228.py with the noise and keep lines and the
short descriptions from which it builds the first paragraph around the lines themselves, pages228.py with the pages,
doc_layout.txt, doc_protocol.txt, doc_notes.txt, doc_rest.txt and, after the measurement, doc_after.txt,
doc_baseline.txt and tables228.py with the xfail tables). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s228, detached at commit
f08d7b7eaebb93a650aef6776f698d7f0ed7740e, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 17:38:12 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 17:38:14 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed f08d7b7eaebb93a650aef6776f698d7f0ed7740e (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0); /work/main was not touched
afterwards. An ``ls`` of the two new worktrees' top folders, cut by ``head`` (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests of /tmp/wt-s228), was printed to see that they exist; no folder below them was
listed. (2) peek.py first printed to the terminal, which the tool cut in the middle (it showed set 226's docstring up to
inside its note (4), and from inside set 224's first paragraph on to the end, i.e. the rest of set 224's first paragraph
and set 225's, all allowed parts); the second run went to /tmp/s228scratch/allowed.txt (only the allowed parts), of
which I paged lines 125 to 500 with ``sed`` in two pieces (the rest of set 226's docstring up to and including its
Baseline paragraph, its imports and its tail, set 223's first paragraph and the start of set 224's); ``sed`` ran on my
own output file, never on a file of the repository, and nothing else of any set file was printed. (3) The default python
already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so
nothing was installed. That import (and gen228.py's import of the written file, to compare it with the scratch data)
loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4)
Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed
service used for a held-out marker here is named for a marker in them (Datawrapper, Streamable, Flourish, Ausha,
Outdooractive, Spreaker, CDA.pl, Yandex Maps), and the failures are of kinds not named there (a chart that failed to
load with a view-in-a-new-tab link, an expired clip, a visualisation still loading, a podcast player that could not be
loaded sending the reader elsewhere, a map out of reach during maintenance, an episode not playable on this device, an
item removed for breaking the terms, a widget that could not build a route); the reading times avoid the phrasings named
there (the new ones are "Estimated read:", "Grab a cuppa – this one runs to about 11 minutes of reading.", "Temps de
lecture : moins de", "In 5 Minuten gelesen", "Tempo stimato di lettura:", "Przeczytasz w" and "Чтение займёт"); the
bylines are of new shapes (filed by with the reporter's beat, propos recueillis par, relacjonuje, автор материала) and
the plugs name platforms not named there (Ko-fi, Gumroad, Kleinanzeigen, Subito.it); the footers use builders, hosts and
legal lines not named there (Ghost with DigitalOcean, the Substack slogan, a part-of-a-media-network line with the
accessibility and modern slavery statements, SPIP with Infomaniak, TYPO3 with Hetzner, Joomla! with a P. IVA number,
Drupal with nazwa.pl and an accessibility declaration, Tilda); the comment lines (two sort rows, a be-kind guidelines
note, a pinned-by-the-author label, a pre-moderation note, a write-a-comment-and-RSS row, a must-be-registered prompt, a
report-reply-quote row), share rows (send this story with Messenger, Bluesky and LinkedIn; jetzt teilen with Threads and
Mastodon; podziel się tym tekstem) and notices (a French correction note and an Italian editor's note on the photos in
the body, a Russian supported-by-the-district-administration note at the foot) are of kinds not named there. The page
furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts
differ from those of sets 223 to 226 (see the first paragraph). (5) Invented names were checked with ``find_string``
(exact, case-insensitive, over public GitHub files) before use. No hits: Dowsthwaite, Sourcillac, Rutenquell,
Bacchettano, Różdżkowo, Лозоводск, Twigmallow, Fontvieillard, Źródlińska, Лозинцева, Wellspurr, Hazelgrim, Coudrillard,
Quellmeier, Brunnwaldt, Nocciolari, Różdżyński, Wodziczkowska, Лозняков, Родничкина, "Tilly's Crosse Notes", "La crosse
de Maëlle", "Lottas Lacrosse-Tagebuch", "Il lacrosse di Bianca", "Lacrosse u Zuzy" and "Лакросс с Варей". Dropped for
hits: Bramblecote (place and company names in code), Родникова (inside the surname Огородникова and the word
родниковая), Quillfeather (names in code), Marlowgate (a real website), Wychcombe (a world name in code and a farm),
Harrowmead (a place in code), Sorgentini (a real surname), Studniarska (a Polish adjective) and Pendolacci (inside
"pendolaccio"); the replacements are the checked names above. "The Dowsthwaite Courier", "Dowsthwaite Dowsing Society",
"L'Écho de Sourcillac", "Rutenqueller Bote", "Il Corriere di Bacchettano", "Kurier Różdżkowski", "Лозоводская правда"
and the "Twigmallow Media network" are formed from checked names; the first names of the bylines, chairs, bloggers
(Tilly, Maëlle, Lotta, Bianca, Zuza, Варя) and commenters (first names with an initial, or handles) were not checked.
Real services, platforms, shops and products (Datawrapper, Streamable, Flourish, Ausha, Apple Podcasts, Outdooractive,
Spreaker, CDA.pl, Yandex Maps, Ko-fi, Gumroad, Kleinanzeigen, Subito.it, Ghost, DigitalOcean, Substack, SPIP,
Infomaniak, TYPO3, Hetzner, Joomla!, Drupal, nazwa.pl, Tilda, Messenger, Bluesky, LinkedIn, WhatsApp, Threads, Mastodon,
Facebook, X, Pinterest, ВКонтакте, Одноклассники, Telegram, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress
with its Astra theme, the STX Crux 600 stick) are named as real pages do. (6) A script (/tmp/s228scratch/check.py)
checked case-insensitively that no noise line (held-out or page) sits inside an article line, a keep line or another
noise line, that no line repeats and that no line holds an at-sign, and that each page has 10 article and 20 noise
lines; a one-line count printed the counts by category, language and place. The first run of check.py stopped at a
repeated line: the Italian and the Polish portal pages both had the bare reading time "4 min", which also sits inside
the held-out "Estimated read: 4 min"; they became "4 minuti di lettura" and "4 min czytania" (and the Russian "4 мин"
became "4 мин на чтение"), and the second run found nothing wrong. While writing I had already kept noise words out of
other lines: the German portal's ad label is "Werbung" (not "Anzeige", inside the German keep line "Anzeigen im
Gemeindeblatt ..."), the English portal's sponsored headline is "Promoted: ..." (not "Sponsored: ...", which would hold
the English blog's "Sponsored" label) and the other portals' sponsored headlines have no label. gen228.py checks that no
line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds its lists
and pages equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell call at
17:43:31 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and these notes
(7) to (9) (the measured copy is kept as /tmp/s228scratch/pre_measure_copy.py); pytest printed 20 failed, 57 passed and
no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s228scratch, importing the copy in
/tmp/wt-s228/tests with /tmp/wt-s228/src on the path) then printed ``_problems`` of each failing case: the nine lines
and the eleven pages of the tables; every problem of a line is that it is kept ("kept boilerplate"), and so is every
problem of a page (one line each); no keep line and no article line of a page is lost, and no problem of another kind
(no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables
were written from that output (/tmp/s228scratch/mktables.py writes tables228.py from the saved problems.json, which
gen228.py puts into this file); mktables.py checks that every problem is a kept line and matches each printed snippet
(cut at 80 characters) to exactly one noise line of its page (the sponsored headline of the block of the quote on the
portals, the opening caption on the blogs), which the reason quotes in full with where it sits and the count the report
counts left; the reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing
lines and pages of that output; the lists and pages of the final file were imported back and found equal to the scratch
data, and the final file was checked with the pytest command in /tmp/wt-s228 (see the Baseline paragraph). (9) Clock:
``date`` printed 17:38:12 at the start, 17:43:31 at the measurement and 17:44:01 just before the tables, the Baseline
paragraph and these notes were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the dowsers' meeting and the lacrosse
tournament that open with or hold a noise-like word ("Follow-up tests by the water company found the spring exactly
where the dowsers' rods had crossed.", "Subscriptions to the dowsing society have doubled since the borehole on Mill
Lane struck water.", "Copyright in the society's 1932 map of the parish wells still belongs to the farmer who drew it.",
"Sharing one pitch, the twelve lacrosse teams played from eight in the morning until dusk.", "Posters advertising the
meeting went up in every shop window on the high street.", "Related finds from a 1978 survey of the parish wells were
laid out on a table by the door.", "Sign-up sheets for next season's beginners' lacrosse course filled within an hour.",
"Partager un seul terrain entre douze équipes a demandé une organisation millimétrée.", "« Suivez la baguette, pas vos
pieds », a conseillé le président aux débutants.", "Commentaires et questions ont occupé la dernière heure de la réunion
des sourciers.", "Geteilt wurde das Preisgeld unter den drei besten Mannschaften des Turniers.", "Anzeigen im
Gemeindeblatt hatten auf das Treffen der Rutengänger hingewiesen.", "Folgen hatte der Fund der Quelle auch für den
Bauern: Er darf nun einen Brunnen bohren.", "Condividere il campo con undici squadre non ha spaventato le ragazze di
casa.", "Commenti entusiasti sono arrivati dai rabdomanti stranieri presenti all'incontro.", "Iscritti e curiosi hanno
seguito la prova del pendolo nel cortile del municipio.", "Obserwujący pokaz różdżkarzy rolnicy długo dopytywali o
głębokość studni.", "Reklamą turnieju zajęli się sami zawodnicy, rozwieszając plakaty w szkołach.", "Поделиться опытом
на встречу приехали лозоходцы из трёх областей." and "Комментируя итоги турнира, тренер отдельно похвалил вратаря."):
each is a full sentence with a subject, a verb and a fact of the story, so article ("Follow-up tests", "« Suivez la
baguette »", "Folgen hatte" and "Obserwujący" open like follow prompts but report tests, a chair's advice, a consequence
and watching farmers; "Subscriptions" and "Iscritti e curiosi" open like subscribe prompts but are about members;
"Copyright in the society's 1932 map" opens like a copyright line but says who owns a map; "Sharing one pitch",
"Partager un seul terrain", "Geteilt wurde", "Condividere il campo" and "Поделиться опытом" open like share rows but are
about a pitch, prize money and experience; "Posters advertising", "Anzeigen im Gemeindeblatt" and "Reklamą turnieju"
hold ad words but say how the events were made known; "Related finds" opens like a related-articles link; "Sign-up
sheets" opens like a sign-up prompt; "Commentaires et questions", "Commenti entusiasti" and "Комментируя итоги" open
like comment furniture but report a meeting's questions, visitors' praise and a coach). Borderline categories: the four
plugs (Ko-fi restringing, Gumroad e-book, Kleinanzeigen stick nets, Subito.it dowsing rods) are bylines and
self-promotion, at the foot, since they sell the author's work in the author's voice; the Datawrapper, Streamable,
Flourish, Ausha, Outdooractive, Spreaker, CDA.pl and Yandex Maps lines are markers (what an embed leaves in the text
when it does not show), though some read as sentences; the Substack slogan and the part-of-a-media-network line are
footers (lines of the site, not of the article); the be-kind guidelines note, the pinned-by-the-author label, the French
pre-moderation note and the two sort rows are comment furniture, since they sit over or in the comments and speak only
of commenting; the French correction note and the Italian editor's note on the photos are notices in the body and the
Russian supported-by note a notice at the foot (all three speak of the article they sit in). On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (date-and-weather lines, mastheads and blog names with taglines, menus,
breadcrumbs, bylines and posted-on lines, reading times, share rows, captions and photo credits, advertisement and
sponsored labels, promoted headlines, read-also and gallery links, affiliate disclosures and links, pin-it prompts,
follow, newsletter and subscribe prompts, sign-offs and plugs, comment counts and headings, comments and replies, tags
lines, back-to-top links, copyright lines) is noise. The list rows (the times of the talk, the field walk and the
borehole on the portals; the times and scores of the three games on the blogs) are short but part of each article, so
article; the list headings ("How the day went", "Our three games" and the like) are the articles' subheadings, so
article; the portals' gallery links are noise though they sit between the first and second list rows; the portals'
captions are noise though they close the block of the first two paragraphs; the blogs' opening captions are noise though
they sit between the first two paragraphs; the blogs' sponsored labels and affiliate links are noise though they open
the list block; the arrowed replies are comment furniture, so noise.  Contents: 45 noise lines (marker 8, reading-time
7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de 6, it 6, pl 6, ru 6; marker, reading-time, byline,
footer and comments in every language, three of each in English but reading-time (two); share in English, German and
Polish and notice in French, Italian and Russian; by place head 11 (the seven reading times and four bylines: an
English, a French, a Polish and a Russian one), body 10 (the eight markers and two notices: French and Italian), tail 24
(four plugs: two English, a German and an Italian one, eight footers, eight comment lines, three share rows and the
Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise
lines and 120 article lines: en-portal-dowsthwaite-dowsers-regional-meeting (the Dowsthwaite Dowsing Society's meeting,
in the Dowsthwaite Courier), en-blog-tillys-crosse-notes-first-lacrosse-tournament (Tilly's under-15 team seventh of
twelve near Leeds), fr-portail-sourcillac-rencontre-des-sourciers (the sourciers in Sourcillac, in L'Écho de
Sourcillac), fr-blog-la-crosse-de-maelle-premier-tournoi (Maëlle's team near Lyon),
de-portal-rutenquell-treffen-der-rutengaenger (the Rutengänger in Rutenquell, in the Rutenqueller Bote),
de-blog-lottas-lacrosse-tagebuch-erstes-turnier (Lotta's U15 team near Hannover),
it-portale-bacchettano-raduno-dei-rabdomanti (the rabdomanti in Bacchettano, in Il Corriere di Bacchettano),
it-blog-il-lacrosse-di-bianca-primo-torneo (Bianca's under 15 near Milan), pl-portal-rozdzkowo-zjazd-rozdzkarzy (the
różdżkarze in Różdżkowo, in the Kurier Różdżkowski), pl-blog-lacrosse-u-zuzy-pierwszy-turniej (Zuza's team near Kraków),
ru-portal-lozovodsk-slet-lozokhodtsev (the лозоходцы in Лозоводск, in «Лозоводская правда»),
ru-blog-lakross-s-varei-pervyi-turnir (Варя's team near Moscow), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit f08d7b7eaebb93a650aef6776f698d7f0ed7740e, measured with ``cd /tmp/wt-s228 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s228/src python -m pytest -q tests/test_clean_held_out_228.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s228 && PYTHONPATH=/tmp/wt-s228/src python
scripts/clean_held_out_report.py --sets 228``, with the xfail tables empty, at 17:43:31 UTC by ``date``): noise lines
removed 36/45 (reading-time 6/7, byline 6/8, marker 5/8, notice 2/3, footer 8/8, comments 6/8, share 3/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one reading time at the head (the French "Temps de lecture :
moins de 5 min"), two bylines at the head (the English filed-by byline and the Polish relacjonuje byline), three markers
in the body (the German Outdooractive maintenance line, the Polish CDA.pl removed-for-the-terms line and the Russian
Yandex Maps route line), one notice in the body (the Italian editor's note on the photos) and two comment lines at the
foot (the English be-kind guidelines note and the Italian must-be-registered prompt); the Datawrapper, Streamable,
Flourish, Ausha and Spreaker markers, the other six reading times, the French and Russian bylines at the head, all four
plugs, all eight footers, the other six comment lines, every share row, the French correction note and the Russian
supported-by note went); keep lines kept 20/20; pages 1/12 clean (the English portal page), 11 of 240 page noise lines
left and 0 of 120 article lines lost. Left: on each of the five other portal pages the sponsored headline under the
advertisement label, above the paragraph with the quote (1 each; the English page's headline, which opens with
"Promoted:", went); on each of the six blog pages the opening photo's caption between the first and second paragraphs (1
each). Lost: nothing; no page and no keep line loses an article line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s228 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 142 (2026-12-07, lead; round 142 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231
232`` and the set's pytest file): nothing moved: noise lines removed 36/45, keep lines kept 20/20, pages 1/12 clean, 11
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 142 (sets
223/224: a shop link over the article's subheading, a quoted name ending a list row, a sign-off with a comma between its
wishes, a blog's title under the posted-on line with the writer's "we" or "I", a Russian call word opening a sentence
whose subject follows, the French "Durée de lecture estimée" label and an Italian print-edition note) read none of this
set's wordings or layouts.

Round 143 (development; this set was read in full from this round on): set 227's Russian blog gives back its two last
paragraphs, set 227's five portals and set 228's eleven pages come clean, and six wordings go. (1)
``page_blocks._article_among_furniture``: ``_is_writers_we_line_over_sign_off``, a full sentence closed by a full stop
above the writer's sign-off another pass took (``_is_taken_sign_off``: a formula and the name the page gives its
writer), whose only cue is the writer's "we" or "I" (round 142's ``_writers_we_only``), no sale, no self-introduction,
no site prompt, is the article's among the block's furniture (set 227's ru-blog-kherling-vari-pervyi-match:
``mark_trailing_labels`` took "До встречи на поле! Ваша Варя" early, so the block of the two last paragraphs, the
sign-off and the share row was half noise, a widget's after the body, and the writer's "мы" read as the site's cue, so
``mark_block_remnants`` swept both paragraphs; the five other blogs' sign-offs were taken later or not at all, so their
blocks were no widgets). Only lines stay: no tail or head start moves. (2) ``page_blocks._split_name_and_tagline``: a
masthead's name and tagline may be joined by a middle dot, the line's only one (``_NAME_TAGLINE_DOT``), in
``_mark_masthead_in_top_block`` and ``_copyright_names_masthead`` (round 141's masthead over a taken block read the
whole "The Knucklecombe Courier · Your town, your news since 1891" as the name: too long, its words not the copyright
line's). (3) ``whole_line_noise`` "tip-off line" (round 129's call after a question): the call to contact the newsroom
("Contactez la rédaction via notre formulaire") and the messenger after the newsroom ("Schreiben Sie der Redaktion per
WhatsApp"). (4) ``clean._is_talked_about_headline_under_ad_label`` (``_TALKED_ABOUT``): a native ad's headline under the
ad label opening its block, over the article's sentence in the block, its hook the thing everyone talks about (set 228's
five non-English portals). (5) ``clean._FAMILY_CREDIT``: a bracketed picture credit naming the writer's relative,
"(photo: my mum)" (set 228's six blogs). (6) Wordings: ``_READING_HEDGE`` takes "moins de" and the other "less than"s
("Temps de lecture : moins de 5 min"); the English byline takes "Filed" before "by" ("Filed by <name>, rural affairs
reporter"); round 92's Polish byline the present "Relacjonuje <name>"; round 94's names-changed note the request it was
made at ("... modifiés à la demande des parents."); a new editors'-label note that the photos came from the organisers
("Nota della redazione: le foto sono state fornite dagli organizzatori."). Other sets' xfails removed (XPASS): the line
xfails of sets 85, 86 and 121 ("Temps de lecture : moins de ... minutes"), 111, 152 and 181 (filed-by bylines) and 183,
190 and 200 (editor's notes that names were changed). Report (``--sets $(seq 10 224) 227 228``, the frozen base copy
before, the branch after): sets 10-224, 227, 228 in total noise lines removed 9012 -> 9026 of 9841, article and keep
lines kept 4367 -> 4367 of 4367, pages clean 1430 -> 1446 of 2590, page noise lines left 2219 -> 2202 of 53520,
paragraphs lost 4 -> 2 (set 86's 2 remain); only sets 85, 86, 111, 121, 152, 181, 183, 190, 200 (one line each), 227 and
228 changed, and no set's article lines kept dropped. SemEval: 0 changed files of 3723 (``semeval_noise_diff.py diff``).
Bench (``bench_clean.py --baseline-src`` the frozen base): ratio 0.91 (cpu best 3.345 s against 3.673 s). The cleaning
test set (tests/test_clean.py, the held-out sets but the eight blind ones, site batches, site lines, noise trace, clean
pages): run in two parts on the same code: the gate command (with -x) stopped at set 111's first XPASS after 12070
passed and 186 xfailed in 15 minutes (tests/test_clean.py and sets 10 and 100-110 whole); the rest, from set 111 on with
the site batches, site lines, noise trace and clean pages, without -x, gave 14180 passed, 1770 xfailed and the nine
XPASSes named above, whose entries were then removed (the nine set files again: 564 passed, 129 xfailed); no other
failure. This set: noise lines removed 36/45 -> 40/45 (reading-time 6/7 -> 7/7, byline 6/8 -> 8/8, marker 5/8, notice
2/3 -> 3/3, footer 8/8, comments 6/8, share 3/3), keep lines kept 20/20 -> 20/20, pages clean 1/12 -> 12/12, page noise
lines left 11 -> 0 of 240, article lines lost 0 -> 0. Xfails removed: the line xfails of "Temps de lecture : moins de 5
min", the filed-by and relacjonuje bylines and the Italian note on the photos, and all eleven page xfails (the five
sponsored headlines and the six credited captions go). Still missed: the Outdooractive, CDA.pl and Yandex Maps markers,
the English be-kind guidelines note and the Italian must-be-registered prompt.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_228_LINES: list[tuple[str, str, str]] = [
    ('head', 'Estimated read: 4 min', 'reading-time'),
    ('head', 'Grab a cuppa – this one runs to about 11 minutes of reading.', 'reading-time'),
    ('head', 'Temps de lecture : moins de 5 min', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 5 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Чтение займёт 5 минут', 'reading-time'),
    ('head', 'Filed by Hortensia Twigmallow, rural affairs reporter', 'byline'),
    ('head', 'Propos recueillis par Clémentine Fontvieillard', 'byline'),
    ('head', 'Relacjonuje Jadwiga Źródlińska', 'byline'),
    ('head', 'Автор материала — Прасковья Лозинцева', 'byline'),
    ('body', 'The Datawrapper chart that should appear here failed to load. View it in a new tab.', 'marker'),
    ('body', 'This Streamable video has expired and is no longer available.', 'marker'),
    ('body',
     'This Flourish visualisation is still loading. If nothing appears, open the interactive version.',
     'marker'),
    ('body', "Le lecteur Ausha n'a pas pu être chargé. Écoutez l'épisode sur Apple Podcasts.", 'marker'),
    ('body', 'Die Outdooractive-Karte ist wegen Wartungsarbeiten vorübergehend nicht erreichbar.', 'marker'),
    ('body', "L'episodio di Spreaker non è riproducibile su questo dispositivo.", 'marker'),
    ('body', 'Materiał z CDA.pl został usunięty z powodu naruszenia regulaminu.', 'marker'),
    ('body', 'Виджет Яндекс Карт не смог построить маршрут. Попробуйте позже.', 'marker'),
    ('body', 'Correctif : une version précédente de cet article indiquait une date erronée.', 'notice'),
    ('body', 'Nota della redazione: le foto sono state fornite dagli organizzatori.', 'notice'),
    ('tail', 'I restring lacrosse heads for £15 – book a slot through my Ko-fi page.', 'byline'),
    ('tail', 'My wall-ball drills e-book is on Gumroad for £4, with printable practice sheets.', 'byline'),
    ('tail', 'Meine handgeknüpften Netze für Lacrosse-Schläger verkaufe ich über Kleinanzeigen.', 'byline'),
    ('tail', 'Le mie bacchette da rabdomante in nocciolo le vendo su Subito.it, spedizione in tutta Italia.', 'byline'),
    ('tail', 'Powered by Ghost · Hosted on DigitalOcean · RSS', 'footer'),
    ('tail', 'Substack is the home for great culture', 'footer'),
    ('tail', 'Part of the Twigmallow Media network · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'Propulsé par SPIP · Hébergement : Infomaniak · Plan du site', 'footer'),
    ('tail', 'Realisiert mit TYPO3 · Hosting: Hetzner · Barrierefreiheit · Impressum', 'footer'),
    ('tail', 'Powered by Joomla! · P. IVA 02938471650 · Cookie policy', 'footer'),
    ('tail', 'Strona działa na Drupalu · Hosting: nazwa.pl · Deklaracja dostępności', 'footer'),
    ('tail', 'Сделано на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort by: Newest · Oldest · Most liked', 'comments'),
    ('tail', 'Be kind: comments that break our community guidelines will be removed.', 'comments'),
    ('tail', 'Pinned by the author', 'comments'),
    ('tail', 'Votre commentaire sera publié après validation par la rédaction.', 'comments'),
    ('tail', 'Kommentar schreiben · Kommentare per RSS abonnieren', 'comments'),
    ('tail', 'Per commentare devi essere registrato: accedi o crea un account gratuito.', 'comments'),
    ('tail', 'Zgłoś do moderacji · Odpowiedz · Cytuj', 'comments'),
    ('tail', 'Сначала новые · Сначала старые · Популярные', 'comments'),
    ('tail', 'Send this story: Messenger · Bluesky · LinkedIn · Copy link', 'share'),
    ('tail', 'Jetzt teilen: WhatsApp · Threads · Mastodon', 'share'),
    ('tail', 'Podziel się tym tekstem: Facebook · WhatsApp · Kopiuj link', 'share'),
    ('tail', 'Материал подготовлен при поддержке администрации района.', 'notice'),
]

HELD_OUT_228_KEEP: list[tuple[str, str]] = [
    ('head', "Follow-up tests by the water company found the spring exactly where the dowsers' rods had crossed."),
    ('head', 'Subscriptions to the dowsing society have doubled since the borehole on Mill Lane struck water.'),
    ('head', 'Partager un seul terrain entre douze équipes a demandé une organisation millimétrée.'),
    ('head', 'Geteilt wurde das Preisgeld unter den drei besten Mannschaften des Turniers.'),
    ('head', 'Condividere il campo con undici squadre non ha spaventato le ragazze di casa.'),
    ('head', 'Obserwujący pokaz różdżkarzy rolnicy długo dopytywali o głębokość studni.'),
    ('head', 'Поделиться опытом на встречу приехали лозоходцы из трёх областей.'),
    ('body', "Copyright in the society's 1932 map of the parish wells still belongs to the farmer who drew it."),
    ('body', 'Sharing one pitch, the twelve lacrosse teams played from eight in the morning until dusk.'),
    ('body', '« Suivez la baguette, pas vos pieds », a conseillé le président aux débutants.'),
    ('body', 'Anzeigen im Gemeindeblatt hatten auf das Treffen der Rutengänger hingewiesen.'),
    ('body', 'Reklamą turnieju zajęli się sami zawodnicy, rozwieszając plakaty w szkołach.'),
    ('tail', 'Posters advertising the meeting went up in every shop window on the high street.'),
    ('tail', 'Related finds from a 1978 survey of the parish wells were laid out on a table by the door.'),
    ('tail', "Sign-up sheets for next season's beginners' lacrosse course filled within an hour."),
    ('tail', 'Commentaires et questions ont occupé la dernière heure de la réunion des sourciers.'),
    ('tail', 'Folgen hatte der Fund der Quelle auch für den Bauern: Er darf nun einen Brunnen bohren.'),
    ('tail', "Commenti entusiasti sono arrivati dai rabdomanti stranieri presenti all'incontro."),
    ('tail', 'Iscritti e curiosi hanno seguito la prova del pendolo nel cortile del municipio.'),
    ('tail', 'Комментируя итоги турнира, тренер отдельно похвалил вратаря.'),
]

HELD_OUT_228_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-dowsthwaite-dowsers-regional-meeting', [
        ['-Saturday 13 June 2026 · Dowsthwaite 17°C, light showers',
         '-The Dowsthwaite Courier – your town, your news since 1889',
         "-News · Sport · What's On · Farming · Opinion · Obituaries"],
        ['-Home › News › Rural life',
         '+Dowsers from across the north meet in Dowsthwaite for the first time in thirty years',
         '-By Anselm Wellspurr · 13 June 2026, 6.45pm'],
        ['-4 min read',
         '-Share this article: Facebook · X · WhatsApp · Email'],
        ['+More than 200 dowsers from across the north of England met in Dowsthwaite on Saturday for the first '
         'regional gathering of the Dowsthwaite Dowsing Society since 1996.',
         '+In the morning members walked the fields above the reservoir with hazel twigs, brass rods and '
         'pendulums, planting small flags wherever they felt water under the ground.',
         '-Members of the society crossing the top field with their rods. Photo: Dowsthwaite Courier'],
        ['-Advertisement',
         '-Promoted: the garden gadget every homeowner is talking about this summer',
         '+"The rods don\'t find the water, you do – they only tell you when you have found it," said the '
         "society's chair, Ottoline Hazelgrim, who has dowsed for 52 years.",
         '-Read also: Reservoir levels fall to a ten-year low after the dry spring'],
        ['+How the day went',
         '+10am: a talk on the old wells and springs of the parish',
         "-Gallery: 18 photos from the dowsers' field day",
         '+1pm: a field walk above the reservoir with rods and pendulums',
         "+4pm: a test borehole drilled by the water company's engineers"],
        ['+The engineers drilled where most of the flags had been planted and struck water at a depth of 18 '
         'metres, to applause from the dowsers.',
         '+The society will publish a map of the marked spots in the autumn and plans to meet in Dowsthwaite again '
         'next June.',
         '-Follow the Courier on Facebook for the latest local news'],
        ['-Comments (3)',
         '-Gerald T.: My grandfather found our well with a bent coat hanger. Still works.',
         '-sceptic_sue: 18 metres? You would hit water almost anywhere round here at that depth.',
         '-↳ Ottilie P.: Then why did the three holes they dug in 1996 come up dry?'],
        ['-Tags: dowsing, water, Dowsthwaite, rural life',
         "-Get the Courier's morning briefing in your inbox – sign up free",
         '-© 2026 Dowsthwaite Courier · Contact us · Privacy · Terms and conditions'],
    ]),
    _page('en', 'en-blog-tillys-crosse-notes-first-lacrosse-tournament', [
        ['-Home · About me · Gear reviews · Contact',
         "-Tilly's Crosse Notes – lacrosse, mud and a lot of wall ball"],
        ['+Our first lacrosse tournament: three games on one muddy pitch'],
        ['-Posted on 15 March 2026 by Tilly · 4 comments',
         '-6 minute read'],
        ['-This post contains affiliate links. If you buy through them, I earn a small commission.',
         "+Last Saturday our under-15 girls' team played its first proper tournament: twelve teams on three "
         'pitches at a school just outside Leeds.',
         '-Warming up by the goal before our first game (photo: my mum)',
         '+We have only trained together since September, on Wednesday evenings under the floodlights, and two '
         'years ago most of us had never even held a stick.'],
        ['+Before the first game our coach gathered us in a huddle and said: "Catch with soft hands, pass with '
         'your eyes, and talk to each other all the time."',
         '-Pin this post for later!'],
        ['-Sponsored',
         '-The stick I play with: STX Crux 600 on Amazon (affiliate link)',
         '+Our three games',
         '+9.30: lost 2–5 to the hosts',
         '+11.15: drew 3–3 with a team from Sheffield',
         '+13.40: won 6–1 in the pouring rain'],
        ['+We finished seventh out of twelve, and I scored my first ever tournament goal, a low bounce shot in the '
         'last game.',
         '+The next tournament is in May, so our coach wants all of us to do wall ball for ten minutes every day '
         'until then.',
         '-See you on the pitch! Tilly x',
         '-Hand-painted lacrosse stick bags are now in my Etsy shop!'],
        ['-Share this: Facebook · Pinterest · WhatsApp',
         '-Enter your email address to get new posts by email.'],
        ['-4 thoughts on "Our first lacrosse tournament: three games on one muddy pitch"',
         '-Ruth: Seventh in your first tournament is brilliant. Well done, all of you!',
         '-↳ Tilly: Thank you! We were so nervous in the first game.',
         '-Jack B.: Which wall ball drills do you do? My son needs to practise his left hand.',
         '-↳ Tilly: Mostly quick sticks and left-hand-only catches, ten minutes a day.'],
        ['-Back to top ↑',
         "-© 2026 Tilly's Crosse Notes · Theme: Astra · Powered by WordPress"],
    ]),
    _page('fr', 'fr-portail-sourcillac-rencontre-des-sourciers', [
        ['-Samedi 13 juin 2026 · Sourcillac 21 °C, éclaircies',
         "-L'Écho de Sourcillac – l'actualité de votre canton depuis 1902",
         '-Actualité · Sports · Agenda · Agriculture · Nécrologie'],
        ['-Accueil › Actualité › Vie locale',
         '+Les sourciers de toute la région réunis à Sourcillac pour la première fois depuis trente ans',
         '-Par Aurèle Fontvieillard · 13 juin 2026 à 18 h 45'],
        ['-4 min de lecture',
         "-Partager l'article : Facebook · X · WhatsApp · E-mail"],
        ['+Plus de 200 sourciers venus de toute la région se sont retrouvés samedi à Sourcillac pour la première '
         "rencontre régionale de l'association des sourciers depuis 1996.",
         '+Le matin, les participants ont arpenté les prés au-dessus du barrage avec des baguettes de coudrier, '
         "des tiges de laiton et des pendules, en plantant un fanion partout où ils sentaient de l'eau.",
         "-Des membres de l'association traversent le pré du haut, baguette en main. Photo : L'Écho de Sourcillac"],
        ['-Publicité',
         "-À découvrir : l'astuce de jardinier dont tout le monde parle cet été",
         "+« Ce n'est pas la baguette qui trouve l'eau, c'est vous ; elle vous dit seulement quand vous l'avez "
         "trouvée », a expliqué le président de l'association, Hyacinthe Coudrillard, sourcier depuis 52 ans.",
         '-Lire aussi : Le niveau du barrage au plus bas depuis dix ans après un printemps sec'],
        ['+Le déroulé de la journée',
         '+10 h : une conférence sur les anciens puits et sources de la commune',
         '-Diaporama : 18 photos de la journée des sourciers',
         '+13 h : une marche dans les prés au-dessus du barrage',
         "+16 h : un forage d'essai réalisé par les techniciens du syndicat des eaux"],
        ["+Les techniciens ont foré là où la plupart des fanions avaient été plantés et ont trouvé l'eau à 18 "
         'mètres de profondeur, sous les applaudissements des sourciers.',
         "+L'association publiera une carte des points repérés à l'automne et compte revenir à Sourcillac en juin "
         'prochain.',
         "-Suivez L'Écho de Sourcillac sur Facebook pour ne rien manquer"],
        ['-3 réactions',
         '-Gérard T. : Mon grand-père a trouvé notre puits avec un cintre tordu. Il donne toujours.',
         "-sceptique81 : À 18 mètres, on trouve de l'eau presque partout dans le coin.",
         '-↳ Odile P. : Alors pourquoi les trois forages de 1996 sont-ils restés secs ?'],
        ['-Mots-clés : sourciers, eau, Sourcillac, vie locale',
         "-Recevez notre lettre d'information chaque matin – inscription gratuite",
         "-© 2026 L'Écho de Sourcillac · Nous contacter · Confidentialité · CGU"],
    ]),
    _page('fr', 'fr-blog-la-crosse-de-maelle-premier-tournoi', [
        ['-Accueil · Qui suis-je ? · Matériel · Contact',
         '-La crosse de Maëlle – lacrosse, boue et beaucoup de mur'],
        ['+Notre premier tournoi de lacrosse : trois matchs sur un terrain boueux'],
        ['-Publié le 15 mars 2026 par Maëlle · 4 commentaires',
         '-Lecture : 6 minutes'],
        ['-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite commission.',
         '+Samedi dernier, notre équipe des moins de 15 ans a joué son premier vrai tournoi : douze équipes sur '
         'trois terrains, dans un lycée près de Lyon.',
         "-L'échauffement devant le but avant notre premier match (photo : ma mère)",
         '+Nous ne nous entraînons ensemble que depuis septembre, le mercredi soir sous les projecteurs, et il y a '
         "deux ans la plupart d'entre nous n'avaient jamais tenu une crosse."],
        ['+Avant le premier match, notre coach nous a réunies et nous a dit : « Attrapez avec des mains souples, '
         'passez avec les yeux et parlez-vous tout le temps. »',
         '-Épinglez cet article pour plus tard !'],
        ['-Sponsorisé',
         '-La crosse avec laquelle je joue : STX Crux 600 sur Amazon (lien affilié)',
         '+Nos trois matchs',
         "+9 h 30 : défaite 2-5 contre l'équipe qui nous recevait",
         '+11 h 15 : match nul 3-3 contre une équipe de Grenoble',
         '+13 h 40 : victoire 6-1 sous une pluie battante'],
        ["+Nous avons fini septièmes sur douze, et j'ai marqué mon tout premier but en tournoi, un tir rebondi au "
         'ras du sol dans le dernier match.',
         '+Le prochain tournoi a lieu en mai, alors le coach veut que nous fassions dix minutes de mur chaque jour '
         "d'ici là.",
         '-À bientôt sur le terrain ! Maëlle',
         '-Mes housses de crosse peintes à la main sont sur ma boutique Etsy !'],
        ['-Partager : Facebook · Pinterest · WhatsApp',
         '-Saisissez votre adresse pour recevoir les nouveaux articles par e-mail.'],
        ['-4 réflexions sur « Notre premier tournoi de lacrosse : trois matchs sur un terrain boueux »',
         "-Sylvie : Septièmes pour un premier tournoi, c'est génial. Bravo à toutes !",
         '-↳ Maëlle : Merci ! On avait tellement le trac au premier match.',
         '-Julien B. : Quels exercices au mur faites-vous ? Mon fils doit travailler sa main gauche.',
         '-↳ Maëlle : Surtout des passes rapides et des réceptions main gauche, dix minutes par jour.'],
        ['-Retour en haut ↑',
         '-© 2026 La crosse de Maëlle · Thème : Astra · Propulsé par WordPress'],
    ]),
    _page('de', 'de-portal-rutenquell-treffen-der-rutengaenger', [
        ['-Samstag, 13. Juni 2026 · Rutenquell 19 °C, leichter Regen',
         '-Rutenqueller Bote – Nachrichten aus Stadt und Land seit 1897',
         '-Lokales · Sport · Termine · Landwirtschaft · Traueranzeigen'],
        ['-Startseite › Lokales › Aus den Dörfern',
         '+Rutengänger aus dem ganzen Land treffen sich zum ersten Mal seit dreißig Jahren in Rutenquell',
         '-Von Henrike Brunnwaldt · 13.06.2026, 18:45 Uhr'],
        ['-4 Min.',
         '-Artikel teilen: Facebook · X · WhatsApp · E-Mail'],
        ['+Mehr als 200 Rutengänger aus dem ganzen Land sind am Samstag in Rutenquell zum ersten Landestreffen des '
         'Rutengängervereins seit 1996 zusammengekommen.',
         '+Am Vormittag gingen die Teilnehmer mit Haselruten, Messingwinkeln und Pendeln über die Wiesen oberhalb '
         'der Talsperre und steckten überall dort ein Fähnchen, wo sie Wasser spürten.',
         '-Vereinsmitglieder mit ihren Ruten auf der oberen Wiese. Foto: Rutenqueller Bote'],
        ['-Werbung',
         '-Entdecken Sie den Gartenhelfer, über den in diesem Sommer alle sprechen',
         '+„Nicht die Rute findet das Wasser, sondern Sie – die Rute sagt Ihnen nur, wann Sie es gefunden haben“, '
         'sagte der Vereinsvorsitzende Wendelin Quellmeier, der seit 52 Jahren mit der Rute geht.',
         '-Lesen Sie auch: Pegel der Talsperre nach trockenem Frühjahr auf Zehnjahrestief'],
        ['+So lief der Tag',
         '+10 Uhr: ein Vortrag über die alten Brunnen und Quellen der Gemeinde',
         '-Bildergalerie: 18 Fotos vom Treffen der Rutengänger',
         '+13 Uhr: ein Gang über die Wiesen oberhalb der Talsperre',
         '+16 Uhr: eine Probebohrung durch die Techniker der Stadtwerke'],
        ['+Die Techniker bohrten dort, wo die meisten Fähnchen steckten, und stießen in 18 Metern Tiefe auf Wasser '
         '– unter dem Beifall der Rutengänger.',
         '+Der Verein will im Herbst eine Karte der markierten Stellen veröffentlichen und im kommenden Juni '
         'wieder nach Rutenquell kommen.',
         '-Folgen Sie dem Rutenqueller Boten auf Facebook'],
        ['-3 Kommentare',
         '-Gerd T.: Mein Großvater hat unseren Brunnen mit einem verbogenen Kleiderbügel gefunden. Er läuft noch '
         'heute.',
         '-skeptiker_77: In 18 Metern Tiefe findet man hier fast überall Wasser.',
         '-↳ Ottilie P.: Und warum waren die drei Bohrungen von 1996 dann trocken?'],
        ['-Schlagworte: Rutengänger, Wasser, Rutenquell, Lokales',
         '-Der Morgen-Newsletter des Boten – jetzt kostenlos bestellen',
         '-© 2026 Rutenqueller Bote · Kontakt · Datenschutz · AGB'],
    ]),
    _page('de', 'de-blog-lottas-lacrosse-tagebuch-erstes-turnier', [
        ['-Start · Über mich · Ausrüstung · Kontakt',
         '-Lottas Lacrosse-Tagebuch – Schläger, Schlamm und viel Wandball'],
        ['+Unser erstes Lacrosse-Turnier: drei Spiele auf einem matschigen Platz'],
        ['-Veröffentlicht am 15. März 2026 von Lotta · 4 Kommentare',
         '-Lesedauer 6 Minuten'],
        ['-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
         '+Am vergangenen Samstag hat unser U15-Team sein erstes richtiges Turnier gespielt: zwölf Mannschaften '
         'auf drei Plätzen an einer Schule bei Hannover.',
         '-Aufwärmen vor dem Tor vor unserem ersten Spiel (Foto: meine Mama)',
         '+Wir trainieren erst seit September zusammen, mittwochs abends unter Flutlicht, und vor zwei Jahren '
         'hatten die meisten von uns noch nie einen Schläger in der Hand.'],
        ['+Vor dem ersten Spiel holte uns die Trainerin zusammen und sagte: „Fangt mit weichen Händen, passt mit '
         'den Augen und redet die ganze Zeit miteinander.“',
         '-Merk dir diesen Beitrag auf Pinterest!'],
        ['-Gesponsert',
         '-Mein Schläger: STX Crux 600 bei Amazon (Affiliate-Link)',
         '+Unsere drei Spiele',
         '+9.30 Uhr: 2:5 verloren gegen die Gastgeberinnen',
         '+11.15 Uhr: 3:3 gegen ein Team aus Braunschweig',
         '+13.40 Uhr: 6:1 gewonnen im strömenden Regen'],
        ['+Wir sind Siebte von zwölf geworden, und ich habe mein allererstes Turniertor geschossen, einen flachen '
         'Aufsetzer im letzten Spiel.',
         '+Das nächste Turnier ist im Mai, deshalb sollen wir bis dahin jeden Tag zehn Minuten Wandball machen.',
         '-Bis bald auf dem Platz! Eure Lotta',
         '-Meine handbemalten Schlägertaschen gibt es jetzt in meinem Etsy-Shop!'],
        ['-Teile das: Facebook · Pinterest · WhatsApp',
         '-Gib deine Adresse ein, um neue Beiträge per E-Mail zu bekommen.'],
        ['-4 Gedanken zu „Unser erstes Lacrosse-Turnier: drei Spiele auf einem matschigen Platz“',
         '-Sabine: Siebte beim ersten Turnier ist großartig. Glückwunsch an euch alle!',
         '-↳ Lotta: Danke! Wir waren im ersten Spiel so aufgeregt.',
         '-Jens B.: Welche Wandball-Übungen macht ihr? Mein Sohn muss seine linke Hand üben.',
         '-↳ Lotta: Vor allem schnelle Pässe und Fangen nur mit links, zehn Minuten am Tag.'],
        ['-Nach oben ↑',
         '-© 2026 Lottas Lacrosse-Tagebuch · Theme: Astra · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-bacchettano-raduno-dei-rabdomanti', [
        ['-Sabato 13 giugno 2026 · Bacchettano 24 °C, poco nuvoloso',
         '-Il Corriere di Bacchettano – la voce della valle dal 1911',
         '-Cronaca · Sport · Eventi · Agricoltura · Necrologi'],
        ['-Home › Cronaca › Paesi',
         "+Rabdomanti da tutta la regione a Bacchettano per la prima volta in trent'anni",
         '-Di Giuditta Nocciolari · 13 giugno 2026, ore 18:45'],
        ['-4 minuti di lettura',
         "-Condividi l'articolo: Facebook · X · WhatsApp · Email"],
        ['+Più di 200 rabdomanti arrivati da tutta la regione si sono ritrovati sabato a Bacchettano per il primo '
         "raduno regionale dell'associazione dal 1996.",
         '+Al mattino i partecipanti hanno percorso i prati sopra la diga con bacchette di nocciolo, aste di '
         "ottone e pendoli, piantando una bandierina ovunque sentissero l'acqua.",
         "-Soci dell'associazione attraversano il prato alto con le bacchette. Foto: Il Corriere di Bacchettano"],
        ['-Pubblicità',
         "-Scopri l'attrezzo da giardino di cui tutti parlano quest'estate",
         "+«Non è la bacchetta a trovare l'acqua, siete voi: lei vi dice soltanto quando l'avete trovata», ha "
         "detto il presidente dell'associazione, Ottavio Nocciolari, rabdomante da 52 anni.",
         '-Leggi anche: Diga al livello più basso da dieci anni dopo una primavera secca'],
        ['+Il programma della giornata',
         '+Ore 10: un incontro sui vecchi pozzi e sulle sorgenti del comune',
         '-Fotogallery: 18 immagini del raduno dei rabdomanti',
         '+Ore 13: una camminata nei prati sopra la diga',
         "+Ore 16: un pozzo di prova scavato dai tecnici dell'acquedotto"],
        ["+I tecnici hanno trivellato dove erano state piantate più bandierine e hanno trovato l'acqua a 18 metri "
         'di profondità, tra gli applausi dei rabdomanti.',
         "+In autunno l'associazione pubblicherà una mappa dei punti segnati e conta di tornare a Bacchettano il "
         'prossimo giugno.',
         '-Segui il Corriere di Bacchettano su Facebook'],
        ['-3 commenti',
         '-Gerardo T.: Mio nonno ha trovato il nostro pozzo con una gruccia piegata. Funziona ancora.',
         "-scettico_72: A 18 metri qui l'acqua la trovi quasi dappertutto.",
         '-↳ Ornella P.: E allora perché i tre pozzi scavati nel 1996 sono rimasti asciutti?'],
        ['-Tag: rabdomanti, acqua, Bacchettano, paesi',
         '-Ricevi ogni mattina la newsletter del Corriere – iscrizione gratuita',
         '-© 2026 Il Corriere di Bacchettano · Contatti · Privacy · Termini'],
    ]),
    _page('it', 'it-blog-il-lacrosse-di-bianca-primo-torneo', [
        ['-Home · Chi sono · Attrezzatura · Contatti',
         '-Il lacrosse di Bianca – bastoni, fango e tanto muro'],
        ['+Il nostro primo torneo di lacrosse: tre partite su un campo fangoso'],
        ['-Pubblicato il 15 marzo 2026 da Bianca · 4 commenti',
         '-Lettura: 6 minuti'],
        ['-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola commissione.',
         '+Sabato scorso la nostra squadra under 15 ha giocato il suo primo vero torneo: dodici squadre su tre '
         'campi, in una scuola vicino a Milano.',
         '-Riscaldamento davanti alla porta prima della prima partita (foto di mia mamma)',
         '+Ci alleniamo insieme solo da settembre, il mercoledì sera sotto i riflettori, e due anni fa quasi '
         'nessuna di noi aveva mai tenuto in mano un bastone.'],
        ["+Prima della prima partita l'allenatrice ci ha radunate e ci ha detto: «Prendete con le mani morbide, "
         'passate con gli occhi e parlatevi sempre.»',
         '-Salva questo post su Pinterest!'],
        ['-Sponsorizzato',
         '-Il bastone con cui gioco: STX Crux 600 su Amazon (link di affiliazione)',
         '+Le nostre tre partite',
         '+Ore 9.30: perso 2-5 contro le padrone di casa',
         '+Ore 11.15: pareggio 3-3 con una squadra di Bergamo',
         '+Ore 13.40: vinto 6-1 sotto la pioggia battente'],
        ['+Siamo arrivate settime su dodici, e ho segnato il mio primo gol in un torneo, un tiro rasoterra con '
         "rimbalzo nell'ultima partita.",
         "+Il prossimo torneo è a maggio, quindi l'allenatrice vuole che facciamo dieci minuti di muro ogni giorno "
         'fino ad allora.',
         '-Ci vediamo in campo! Bianca',
         '-Le mie sacche per bastoni dipinte a mano sono nel mio negozio Etsy!'],
        ['-Condividi: Facebook · Pinterest · WhatsApp',
         '-Inserisci il tuo indirizzo per ricevere i nuovi articoli via email.'],
        ['-4 pensieri su “Il nostro primo torneo di lacrosse: tre partite su un campo fangoso”',
         '-Silvia: Settime al primo torneo è fantastico. Brave tutte!',
         '-↳ Bianca: Grazie! Eravamo emozionatissime alla prima partita.',
         '-Giulio B.: Che esercizi al muro fate? Mio figlio deve allenare la mano sinistra.',
         '-↳ Bianca: Soprattutto passaggi veloci e prese solo di sinistro, dieci minuti al giorno.'],
        ['-Torna su ↑',
         '-© 2026 Il lacrosse di Bianca · Tema: Astra · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-rozdzkowo-zjazd-rozdzkarzy', [
        ['-Sobota, 13 czerwca 2026 · Różdżkowo 20°C, przelotny deszcz',
         '-Kurier Różdżkowski – wiadomości z gminy od 1990 roku',
         '-Wiadomości · Sport · Kultura · Rolnictwo · Nekrologi'],
        ['-Strona główna › Wiadomości › Z gminy',
         '+Różdżkarze z całego regionu zjechali do Różdżkowa po raz pierwszy od trzydziestu lat',
         '-Halina Wodziczkowska · 13.06.2026, 18:45'],
        ['-4 min czytania',
         '-Udostępnij: Facebook · X · WhatsApp · E-mail'],
        ['+Ponad 200 różdżkarzy z całego regionu spotkało się w sobotę w Różdżkowie na pierwszym od 1996 roku '
         'zjeździe regionalnym stowarzyszenia różdżkarzy.',
         '+Rano uczestnicy chodzili po łąkach nad zaporą z leszczynowymi różdżkami, mosiężnymi prętami i '
         'wahadełkami, wbijając chorągiewkę wszędzie tam, gdzie wyczuwali wodę.',
         '-Członkowie stowarzyszenia z różdżkami na górnej łące. Fot. Kurier Różdżkowski'],
        ['-Reklama',
         '-Poznaj ogrodowy gadżet, o którym tego lata mówią wszyscy',
         '+– To nie różdżka znajduje wodę, tylko wy; ona mówi wam jedynie, kiedy ją znaleźliście – powiedział '
         'prezes stowarzyszenia Zdzisław Różdżyński, który chodzi z różdżką od 52 lat.',
         '-Przeczytaj także: Poziom wody w zaporze najniższy od dziesięciu lat'],
        ['+Jak minął dzień',
         '+Godz. 10: wykład o dawnych studniach i źródłach gminy',
         '-Galeria: 18 zdjęć ze zjazdu różdżkarzy',
         '+Godz. 13: przejście przez łąki nad zaporą',
         '+Godz. 16: odwiert próbny wykonany przez techników wodociągów'],
        ['+Technicy wiercili tam, gdzie stało najwięcej chorągiewek, i na głębokości 18 metrów natrafili na wodę, '
         'przy oklaskach różdżkarzy.',
         '+Jesienią stowarzyszenie opublikuje mapę oznaczonych miejsc, a w czerwcu przyszłego roku chce wrócić do '
         'Różdżkowa.',
         '-Obserwuj Kurier Różdżkowski na Facebooku'],
        ['-Komentarze (3)',
         '-Gerard T.: Mój dziadek znalazł naszą studnię wygiętym wieszakiem. Działa do dziś.',
         '-sceptyk_81: Na 18 metrach wodę znajdziesz tu prawie wszędzie.',
         '-↳ Olga P.: To czemu trzy odwierty z 1996 roku były suche?'],
        ['-Tagi: różdżkarze, woda, Różdżkowo, z gminy',
         '-Poranny newsletter Kuriera – zapisz się za darmo',
         '-© 2026 Kurier Różdżkowski · Kontakt · Polityka prywatności · Regulamin'],
    ]),
    _page('pl', 'pl-blog-lacrosse-u-zuzy-pierwszy-turniej', [
        ['-Start · O mnie · Sprzęt · Kontakt',
         '-Lacrosse u Zuzy – kije, błoto i dużo ściany'],
        ['+Nasz pierwszy turniej lacrosse: trzy mecze na błotnistym boisku'],
        ['-Opublikowano 15 marca 2026 przez Zuzę · 4 komentarze',
         '-Czas lektury: 6 minut'],
        ['-Ten wpis zawiera linki afiliacyjne: jeśli kupisz przez nie, dostanę niewielką prowizję.',
         '+W ostatnią sobotę nasza drużyna do lat 15 zagrała swój pierwszy prawdziwy turniej: dwanaście drużyn na '
         'trzech boiskach przy szkole pod Krakowem.',
         '-Rozgrzewka przed bramką przed pierwszym meczem (fot. moja mama)',
         '+Trenujemy razem dopiero od września, w środowe wieczory przy reflektorach, a dwa lata temu większość z '
         'nas nigdy nie trzymała kija.'],
        ['+Przed pierwszym meczem trenerka zebrała nas w kółku i powiedziała: „Łapcie miękkimi rękami, podawajcie '
         'oczami i cały czas do siebie mówcie”.',
         '-Przypnij ten wpis na Pintereście!'],
        ['-Materiał sponsorowany',
         '-Kij, którym gram: STX Crux 600 na Allegro (link afiliacyjny)',
         '+Nasze trzy mecze',
         '+9.30: porażka 2:5 z gospodyniami',
         '+11.15: remis 3:3 z drużyną z Katowic',
         '+13.40: wygrana 6:1 w ulewnym deszczu'],
        ['+Zajęłyśmy siódme miejsce na dwanaście drużyn, a ja strzeliłam swojego pierwszego gola w turnieju, niski '
         'strzał z odbiciem w ostatnim meczu.',
         '+Następny turniej jest w maju, więc trenerka chce, żebyśmy do tego czasu codziennie ćwiczyły dziesięć '
         'minut pod ścianą.',
         '-Do zobaczenia na boisku! Zuza',
         '-Moje ręcznie malowane pokrowce na kije kupicie w moim sklepie na Etsy!'],
        ['-Udostępnij wpis: Facebook · Pinterest · WhatsApp',
         '-Wpisz swój adres, aby dostawać nowe wpisy mailem.'],
        ['-4 myśli na temat „Nasz pierwszy turniej lacrosse: trzy mecze na błotnistym boisku”',
         '-Sylwia: Siódme miejsce w pierwszym turnieju to świetny wynik. Brawo, dziewczyny!',
         '-↳ Zuza: Dziękuję! Przed pierwszym meczem strasznie się denerwowałyśmy.',
         '-Jacek B.: Jakie ćwiczenia pod ścianą robicie? Mój syn musi poprawić lewą rękę.',
         '-↳ Zuza: Głównie szybkie podania i łapanie tylko lewą ręką, dziesięć minut dziennie.'],
        ['-Do góry ↑',
         '-© 2026 Lacrosse u Zuzy · Motyw: Astra · Napędzane przez WordPress'],
    ]),
    _page('ru', 'ru-portal-lozovodsk-slet-lozokhodtsev', [
        ['-Суббота, 13 июня 2026 · Лозоводск +22 °C, переменная облачность',
         '-Лозоводская правда – новости района с 1931 года',
         '-Новости · Спорт · Афиша · Сельское хозяйство · Некрологи'],
        ['-Главная › Новости › Район',
         '+Лозоходцы со всей области впервые за тридцать лет собрались в Лозоводске',
         '-Вера Родничкина · 13 июня 2026, 18:45'],
        ['-4 мин на чтение',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp'],
        ['+Более 200 лозоходцев со всей области собрались в субботу в Лозоводске на первый с 1996 года областной '
         'слёт общества лозоходцев.',
         '+Утром участники прошли по лугам над водохранилищем с ореховыми рогатинами, латунными рамками и '
         'маятниками, втыкая флажок везде, где чувствовали воду.',
         '-Члены общества идут с рамками по верхнему лугу. Фото: «Лозоводская правда»'],
        ['-Реклама',
         '-Садовое приспособление, о котором этим летом говорят все',
         '+«Воду находит не рамка, а вы: рамка только подсказывает, когда вы её нашли», – сказал председатель '
         'общества Егор Лозняков, который ходит с лозой 52 года.',
         '-Читайте также: Уровень воды в водохранилище упал до минимума за десять лет'],
        ['+Как прошёл день',
         '+10:00 – лекция о старых колодцах и родниках района',
         '-Фоторепортаж: 18 снимков со слёта лозоходцев',
         '+13:00 – обход лугов над водохранилищем',
         '+16:00 – пробная скважина, пробуренная специалистами водоканала'],
        ['+Специалисты бурили там, где стояло больше всего флажков, и на глубине 18 метров нашли воду – под '
         'аплодисменты лозоходцев.',
         '+Осенью общество опубликует карту отмеченных мест, а в июне следующего года снова приедет в Лозоводск.',
         '-Подписывайтесь на «Лозоводскую правду» во ВКонтакте'],
        ['-Комментарии: 3',
         '-Геннадий Т.: Мой дед нашёл наш колодец согнутой вешалкой. Воды хватает до сих пор.',
         '-skeptik_81: На 18 метрах у нас вода почти везде.',
         '-↳ Ольга П.: Тогда почему три скважины 1996 года оказались сухими?'],
        ['-Теги: лозоходцы, вода, Лозоводск, район',
         '-Утренняя рассылка «Лозоводской правды» – подпишитесь бесплатно',
         '-© 2026 «Лозоводская правда» · Контакты · Конфиденциальность · Правила'],
    ]),
    _page('ru', 'ru-blog-lakross-s-varei-pervyi-turnir', [
        ['-Главная · Обо мне · Снаряжение · Контакты',
         '-Лакросс с Варей – клюшки, грязь и много стенки'],
        ['+Наш первый турнир по лакроссу: три матча на грязном поле'],
        ['-Опубликовано 15 марта 2026 автором Варя · 4 комментария',
         '-6 минут чтения'],
        ['-В этом посте есть партнёрские ссылки: если вы купите по ним, я получу небольшую комиссию.',
         '+В прошлую субботу наша команда до 15 лет сыграла свой первый настоящий турнир: двенадцать команд на '
         'трёх полях у школы под Москвой.',
         '-Разминка у ворот перед первым матчем (фото мамы)',
         '+Мы тренируемся вместе только с сентября, по средам вечером под прожекторами, а два года назад '
         'большинство из нас ни разу не держали клюшку.'],
        ['+Перед первым матчем тренер собрала нас в круг и сказала: «Ловите мягкими руками, пасуйте глазами и всё '
         'время говорите друг с другом».',
         '-Сохраните этот пост в Pinterest!'],
        ['-Спонсорский материал',
         '-Моя клюшка: STX Crux 600 на Ozon (партнёрская ссылка)',
         '+Наши три матча',
         '+9:30 – поражение 2:5 от хозяек поля',
         '+11:15 – ничья 3:3 с командой из Твери',
         '+13:40 – победа 6:1 под проливным дождём'],
        ['+Мы заняли седьмое место из двенадцати, а я забила свой первый гол на турнире – низкий бросок с отскоком '
         'в последнем матче.',
         '+Следующий турнир в мае, поэтому тренер хочет, чтобы мы до тех пор каждый день по десять минут работали '
         'у стенки.',
         '-До встречи на поле! Варя',
         '-Мои расписанные вручную чехлы для клюшек – на Ярмарке Мастеров!'],
        ['-Поделиться постом: ВКонтакте · Pinterest · Telegram',
         '-Введите свой адрес, чтобы получать новые посты по почте.'],
        ['-4 комментария к записи «Наш первый турнир по лакроссу: три матча на грязном поле»',
         '-Светлана: Седьмое место на первом турнире – это здорово. Молодцы, девочки!',
         '-↳ Варя: Спасибо! Перед первым матчем мы ужасно волновались.',
         '-Юрий Б.: Какие упражнения у стенки вы делаете? Сыну нужно подтянуть левую руку.',
         '-↳ Варя: В основном быстрые передачи и ловлю только левой, десять минут в день.'],
        ['-Наверх ↑',
         '-© 2026 Лакросс с Варей · Тема: Astra · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Die Outdooractive-Karte ist wegen Wartungsarbeiten vorübergehend nicht erreichbar.':
        ('a German Outdooractive map out of reach during maintenance ("Die Outdooractive-Karte ist wegen '
         'Wartungsarbeiten vorübergehend nicht erreichbar.") is left in the body'),
    'Materiał z CDA.pl został usunięty z powodu naruszenia regulaminu.':
        ('a Polish CDA.pl item removed for breaking the site\'s terms ("Materiał z CDA.pl został usunięty z powodu '
         'naruszenia regulaminu.") is left in the body'),
    'Виджет Яндекс Карт не смог построить маршрут. Попробуйте позже.':
        ('a Russian Yandex Maps widget that could not build the route, with a try-later hint ("Виджет Яндекс Карт '
         'не смог построить маршрут. Попробуйте позже.") is left in the body'),
    'Be kind: comments that break our community guidelines will be removed.':
        ('an English be-kind community-guidelines note over the comments ("Be kind: comments that break our '
         'community guidelines will be removed.") is left at the foot'),
    'Per commentare devi essere registrato: accedi o crea un account gratuito.':
        ('an Italian must-be-registered-to-comment prompt ("Per commentare devi essere registrato: accedi o crea '
         'un account gratuito.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}

test_held_out_228_line, test_held_out_228_line_is_kept, test_held_out_228_page = held_out_tests(
    HELD_OUT_228_LINES, HELD_OUT_228_KEEP, HELD_OUT_228_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
