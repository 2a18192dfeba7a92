"""Held-out set 220: written blind, weighted toward the noise the cleaner exists for, in shapes set 218's docstring does
not name (nor the first paragraphs of sets 215, 216 and 217): scraper, embed and ad markers, all in the body (an English
Strava activity kept private by its athlete "This Strava activity is private, so it can't be shown on this page.", an
English Canva design its owner unpublished "The Canva design embedded here has been unpublished by its owner.", an
English Mixcloud show removed by its uploader "This Mixcloud show has been removed by the uploader and can no longer be
played.", a French Arte.tv replay whose broadcasting rights have run out "La vidéo Arte.tv intégrée n'est plus
disponible en replay : ses droits de diffusion ont expiré.", a German OpenStreetMap map that timed out while loading
"Die eingebettete OpenStreetMap-Karte konnte wegen einer Zeitüberschreitung nicht geladen werden.", an Italian Threads
post whose profile was deactivated "Il post di Threads incorporato non può essere mostrato perché il profilo è stato
disattivato.", a Polish embedded Google form that takes no more answers "Osadzony formularz Google nie przyjmuje już
odpowiedzi." and a Russian Rutube widget that did not load because the server timed out "Виджет Rutube не загрузился:
превышено время ожидания ответа сервера."); reading-time headers in new wordings, all at the head (the English
time-to-read label with the short plural mins "Time to read: 5 mins", a blog's takes-about-minutes-to-get-through line
that asks the reader to settle in "This post takes about 9 minutes to get through, so settle in.", the French to-read-in
label "À lire en 5 minutes", the German reading-time-of-around label "Lesezeit rund 5 Minuten", the Italian readable-in
label "Leggibile in 5 minuti", the Polish reading-about label "Czytanie: ok. 5 minut" and the Russian
minutes-for-reading label "5 минут на чтение"); bylines and self-promotion (an English filed-by byline with the time of
filing "Filed by Tobias Grasslethwaite at 16:40", a French report-by byline "Reportage : Maxence Gazonnier", a German
by-our-staff-member byline "Von unserem Redaktionsmitglied Gerlinde Halmsteiger" and a Polish report-prepared-by byline
"Relację przygotował Bożydar Trawnikowski", all at the head, and at the foot an English Facebook Marketplace
decoupaged-pieces plug with collection only "My decoupaged pieces are listed on Facebook Marketplace – collection only,
from the Ludlow area.", an English Folksy papers plug with a discount code "The botanical papers I used are from my own
Folksy shop – code DRAWERS10 takes 10% off.", an Italian made-to-order decoupage plug asking for WhatsApp messages for a
quote "Faccio decoupage su commissione: scrivimi su WhatsApp per un preventivo." and a Russian Saturday
decoupage-classes plug with sign-up through a VK group "Мастер-классы по декупажу провожу по субботам, запись через мою
группу ВКонтакте."); blog and site footers, all at the foot (the English Blogger footer with the Simple theme "Simple
theme. Powered by Blogger.", an English Hugo and Netlify credit with the RSS feed "Built with Hugo · Hosted on Netlify ·
RSS feed", an English Atex credit with the accessibility and sitemap links "Powered by Atex · Accessibility · Sitemap",
a French legal-notice line with o2switch hosting and the cookie settings "Mentions légales · Hébergé par o2switch ·
Gestion des cookies", a German Jimdo credit with the privacy and cookie-policy links "Erstellt mit Jimdo · Datenschutz ·
Cookie-Richtlinie", an Italian Aruba.it hosting line with the privacy notice and cookie preferences "Sito ospitato da
Aruba.it · Informativa sulla privacy · Preferenze cookie", a Polish home.pl hosting line with the cookie policy and the
site map "Hosting: home.pl · Polityka cookies · Mapa serwisu" and a Russian must-link-when-quoting line with the 18+ age
mark "При цитировании материалов ссылка на сайт обязательна. 18+"); reader-comment furniture, all at the foot (an
English view-more-replies link "View 3 more replies", the English WordPress save-my-name checkbox label "Save my name,
email, and website in this browser for the next time I comment.", an English characters-remaining counter of the comment
box "Characters remaining: 1000", the French WordPress click-here-to-cancel-the-reply link "Cliquez ici pour annuler la
réponse.", a German notify-me-of-new-comments-by-e-mail checkbox label "Über neue Kommentare zu diesem Artikel per
E-Mail benachrichtigen", an Italian show-5-more-replies link "Mostra altre 5 risposte", a Polish
comments-are-readers'-private-opinion disclaimer "Komentarze są prywatną opinią czytelników portalu." and a Russian
be-the-first-to-comment prompt "Будьте первым, кто оставит комментарий!"); share rows, all at the foot (the English
Jetpack share-this row with its opens-in-new-window labels "Share this: Click to share on X (Opens in new window) ·
Click to share on Facebook (Opens in new window)", a German share-now row with Flipboard "Jetzt teilen: Facebook ·
WhatsApp · Flipboard" and a Polish share row with Wykop "Podziel się: Facebook · X · Wykop"); and notices (a French
updated-at note adding the final's results "Mise à jour le 14 juin à 18h20 : ajout des résultats de la finale." and an
Italian part-of-a-special-series note "Questo articolo fa parte dello speciale «Estate nei borghi».", both in the body,
and a Russian prepared-with-the-support-of-a-grant-fund note "Материал подготовлен при поддержке Фонда президентских
грантов." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 218's docstring does not
describe (on the six portal pages, in eight blocks, the masthead with its tagline, the section menu and a breadcrumb in
a block of three at the very top, the masthead first; the title at the top of a block of four with the byline with the
date and time in one line, a bare reading time and a share row under it; the lead photo's caption and its credit (a line
of its own) above the first paragraph, in its block (a block of three, the paragraph last); the second paragraph and the
paragraph with the quote at the two ends of a block of three with a read-also link between them; the subheading and the
three rows with an advertisement label and a sponsored headline (two lines) between the subheading and the first row,
inside the list block (a block of six); the two last paragraphs at the two ends of a block of four with a tags line and
a follow-us prompt between them; a thread of five lines alone in a block (a comment count, a reader's comment, a second
reader's arrowed reply to it, the paper's arrowed reply, and a third reader's comment left unanswered); and at the foot
a newsletter prompt and the publisher's copyright line with its links in one line, in a block of two; on the six blog
pages, in eight blocks, the menu and the blog name with its tagline in a block of two at the very top, the menu first;
the title second in a block of four, under the posted-on-by line (with the comment count) and above the reading time and
an affiliate-links disclosure; a table of contents (its heading and its three numbered entries in one line) above the
first and second paragraphs, in their block (a block of four, the paragraphs last); the paragraph with the quote in the
middle of a block of three, between the caption of the before photo above it and an affiliate link to the napkins under
it; the subheading and the three rows with a close-up photo caption after the third row, closing the list block (a block
of five, the caption last); the two last paragraphs in a block of five, the first at the top, with a share-and-print row
between them and the author's sign-off and a plug for her furniture commissions after them; a thread of five lines alone
in a block (a count of responses, a comment, the author's arrowed reply, a second comment and a third reader's arrowed
reply to it); and at the foot an older-and-newer-post row and the author's copyright line with the theme and platform
credit in one line, in a block of two), taken from local news of a first twelve-hour lawnmower race on a village green
(thirty ride-on mowers with their blades removed, teams of three, a 600-metre circuit marked with straw bales, some
1,500 onlookers, the organiser's quote, a Le Mans-style start, a noon pit stop, the chequered flag, the young farmers
winning by four laps over the firefighters, the money raised for the air ambulance, a second race booked with a class
for old mowers) in six invented villages, and from six hobby blogs on decoupaging a grandmother's old pine chest of
drawers (sanding, chalk paint, the printed top ply of botanical paper napkins glued on, varnish, the torn napkin around
the knobs, beeswax on the runners).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 218 but what is named here), held-out set 219 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 218 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 215, 216 and 217, printed with one ast script (/tmp/s220scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s220scratch/insp.py, with
/tmp/wt-s220/src and /tmp/wt-s220/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s220 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 218's as printed, with 218
-> 220; /tmp/s220scratch/gen220.py writes this file from scratch files (data220.py with the noise and keep lines,
pages220.py with the pages, desc220.py and doc_layout.txt from which it builds the first paragraph around the lines
themselves, doc_rest.txt and, after the measurement, doc_measure.txt, doc_baseline.txt and tables220.py with the xfail
tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s220, detached at commit da6ef2ba24ddde1d31fd7668865f6e0237877efd, the commit the brief named) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 14:18:23 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 14:18:25 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed da6ef2ba24ddde1d31fd7668865f6e0237877efd (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, exit status 0 for both), and /work/main was not touched
afterwards. A plain ``ls`` of the two new worktrees' top folders (piped to ``head``) was run to see that they exist; it
listed README.md, benchmarks, configs, docs, pyproject.toml, scripts, src and tests of the first by name only, nothing
was opened. (2) peek.py first printed to the terminal, which the tool cut in the middle (it showed set 215's first
paragraph and the start of set 216's, then, from inside set 218's Slips and notes paragraph on, the rest of set 218's
docstring up to its Baseline paragraph, its imports and its tail, all allowed parts); the second run went to
/tmp/s220scratch/peek.out, of which I paged lines 125 to 400 with ``sed`` in two pieces; nothing else of any set file
was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import loads the cleaner's modules, but nothing was
cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the
ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out marker here is
named in them (Strava, Canva, Mixcloud, Arte.tv, OpenStreetMap, Threads as an embed, Google Forms, Rutube), and the
failures are of kinds not named there (a private activity, an unpublished design, a show removed by the uploader,
expired replay rights, a load time-out, a deactivated profile, a form closed to answers, a server time-out); the reading
times avoid the phrasings named there (no "Average read", "Long read", "Durée de lecture", "Lecture :", "Temps de
lecture estimé", "Min. Lesezeit", "Min. Lesedauer", "Geschätzte Lesezeit" or "Lesedauer", "Lettura da", "minuti di
lettura", "Tempo di lettura stimato" or "Tempo stimato di lettura", "minut czytania", "Lektura na", "Szacowany czas
lektury", "Przeczytanie zajmie ci", "Прочитаете за", "Читается за", "На чтение уйдёт" or "Чтение займёт"; the new ones
are "Time to read" with "mins", a takes-about-minutes-to-get-through line, "À lire en", "Lesezeit rund", "Leggibile in",
"Czytanie: ok." and "минут на чтение"); the bylines are of new shapes (filed-by with a time, a French report-by,
by-our-staff-member, report-prepared-by) and the plugs name marketplaces and channels not named there (Facebook
Marketplace, a Folksy shop with a discount code, WhatsApp for quotes, classes booked through a VK group); the footers
use credits, hosts and legal lines not named there (Blogger's Simple theme, Hugo with Netlify, Atex, o2switch, Jimdo,
Aruba.it, home.pl, a must-link-when-quoting line with an age mark); the comment lines (view-more-replies and
show-more-replies links, the WordPress save-my-name and cancel-reply lines, a characters-remaining counter, a notify-me
checkbox, a private-opinion disclaimer, a be-the-first prompt), share rows (the Jetpack share-this row, jetzt teilen
with Flipboard, podziel się with Wykop) and notices (an update note, a special-series note, a grant-support note) are of
kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds
the brief lists; the layouts differ from those of sets 215 to 218 (see the first paragraph). (5) Invented names were
checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Sniddlecombe,
Grasslethwaite, "Mowle valley", Brindlemow, Tussockby, "Napkin and Lowboy", Herbouvillers, Gazonnier, Fauchardet,
"Tiroir de Mélisande", Mähwiesbach, "Mähwiesbacher Bote", Halmsteiger, Mähnlein, Kommodenzauber, Tosaprato, "Corriere di
Tosaprato", Tosaerbini, Prativecchi, "Cassettone di Ornella", Kosiarzewo, "Głos Kosiarzewa", Trawnikowski, "Komoda u
Bogny", Косилинск, Косилинская, Луговейкин and "Комод у Ефросиньи". Dropped for hits: "Gilded Drawer Pull" (in a
gallery's text), Quillfern (fictional companies and code), Травокосов (a logo's alt text and a street), Loamridge
(inside Gloamridge), Tondelier (a French politician), Kosiarska and Kosiarczyk (real people), Лужайкин (real people and
a brand), Brackenlight (code identifiers), Sedgecombe (a street and code), Косогоров (real people) and Покосов (a word)
-- the replacements are the checked names above, or a role instead of a name (the Polish sołtys, the Russian head of the
settlement), or a real platform (the Atex credit instead of an invented web agency). Bloggers are given by first name
only (Rosalind, Mélisande, Hannelore, Ornella, Bogna, Ефросинья), as are the neighbours, the drivers in the captions and
the commenters (first names, first names with an initial, or handles), and were not checked; "The Sniddlecombe Clarion",
"L'Écho d'Herbouvillers", "Herbouvillers-le-Pré" and "Le Tiroir de Mélisande" are formed from checked names. Real
services, platforms, shops and places (Strava, Canva, Mixcloud, Arte.tv, OpenStreetMap, Threads, Google, Rutube,
Facebook Marketplace, Folksy, WhatsApp, ВКонтакте, Blogger, Hugo, Netlify, Atex, o2switch, Jimdo, Aruba.it, home.pl,
Jetpack's wording, Flipboard, Wykop, Amazon, Allegro, Ozon, WordPress and its themes, Ludlow, Devon, Sussex and the
like) are named as real pages do. (6) A script (/tmp/s220scratch/check.py) checked case-insensitively that no noise line
(held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats and that no line
holds an at-sign, that each page has 10 article and 20 noise lines, and gen220.py the counts by category, language and
place; its first run found three page noise lines inside others (the French, German and Italian portals' comment counts
"4 commentaires", "4 Kommentare" and "4 commenti" sat inside their blogs' posted-on lines with "14 ..."), so those
counts became "Commentaires (4)", "Kommentare (4)" and "Commenti (4)"; the second run found nothing. While writing I had
already avoided "Inhalt" (it sits inside German words) for "Inhaltsverzeichnis" and "Indice" for "Indice dei contenuti",
and kept the German paper's name off "Anzeiger" (the ad label "Anzeige" would sit inside it). After that check the
portals' top blocks were reordered (masthead first, then the menu) to keep away from a layout of set 216; check.py was
run again and found nothing. gen220.py checks that no line of the file is over 120 columns and that it holds no at-sign,
and the lists and pages of the written file were imported back and found equal to the scratch data. (7) The measurement
was run once, as the brief gives it, in one shell call at 14:25:04 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (7) and (8) (the measured copy is kept as
/tmp/s220scratch/pre_measure_copy.py); pytest printed 18 failed, 59 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s220scratch, importing the copy in /tmp/wt-s220/tests with /tmp/wt-s220/src on the
path) then printed ``_problems`` of each failing case: the ten lines and the eight pages of the tables; every problem of
a line and of seven pages is a kept noise line ("kept boilerplate"); the English portal page keeps no noise line but its
last paragraph is reported "lost or out of order"; no keep line is lost and no problem of another kind (no unreported
removal, no range or offset problem) was printed. The cleaned text itself was not printed. The tables were written from
that output (make_tables.py writes tables220.py, which gen220.py puts into this file); make_tables.py checked that every
key of the tables is a failing line or page of that output, that each page's reason quotes in full every noise line the
output names for it and gives the count the report counts left, and that the lost line it quotes is the English portal's
last paragraph; the lists and pages of the final file were imported back and found equal to the scratch data, and the
final file was checked with the pytest command in /tmp/wt-s220 (see the Baseline paragraph). (8) Clock: ``date`` printed
14:18:23 at the start, 14:25:04 at the measurement and 14:26:10 just before the Baseline paragraph and these notes were
written (after the tables); the commit followed within minutes, well inside the brief's 50 minutes. (9) After the final
file was checked, the report script was run once more on it in /tmp/wt-s220 (piped to ``head``, which broke its pipe):
it printed the same first lines as at the measurement; this was not in the brief.

Judgement calls: the keep lines are article sentences from local reports of the race that open with or hold a noise-like
word ("Comments from the marshals suggested the ride-on class had been the closest in years.", "Sharing a single mower
between three drivers, the Young Farmers still finished fourth.", "Followers of the sport travelled from as far as Devon
to watch the twelve-hour relay.", "Subscribers to the parish newsletter were the first to hear that the race would move
to Sunday.", "Copyright on the race's cartoon logo belongs to a retired signwriter who drew it in 1987.", "Advertising
for the event was left to hand-painted boards on the lanes into the village.", "Reading the grass before the start, the
winner chose to raise his cutting deck by a notch.", "Partager le circuit avec les moutons du voisin n'a pas semblé
gêner les pilotes.", "Abonné au club depuis vingt ans, le doyen des pilotes a encore pris le départ à 81 ans.",
"Commentaires des spectateurs et klaxons ont accompagné le dernier tour jusqu'à la nuit.", "Teilen wollte keiner seinen
Rasentraktor, also startete jedes Team mit eigenem Gerät.", "Folgen hatte der Regen vom Vormittag kaum: Die Strecke war
um zwei Uhr wieder trocken.", "Werbung machte der Verein vor allem mit Plakaten in den Bäckereien der Umgebung.",
"Condividere la pista con le oche del laghetto è stata la sfida più curiosa della giornata.", "Seguire la gara dal bordo
del prato costava due euro, devoluti alla banda del paese.", "Commenti entusiasti anche dal sindaco, che ha promesso una
seconda edizione a settembre.", "Udostępnić swoją kosiarkę zgodził się w końcu sam sołtys.", "Obserwując wyścig z
przyczepy, dzieci liczyły okrążenia na głos.", "Поделиться газонокосилкой с соседями согласился только один экипаж." and
"Подписчики сельской группы первыми узнали о переносе старта на час."): each is a full sentence with a subject, a verb
and a fact of the story, so article ("Reading the grass" opens like a reading-time label but says how the winner set his
mower; "Copyright on the race's cartoon logo" opens like a copyright line but says who drew the logo; "Folgen hatte der
Regen" opens like a follow prompt but means consequences; "Werbung machte der Verein" opens like the German ad label but
says how the club advertised; "Commenti entusiasti" and "Commentaires des spectateurs" open like comment counts but
report what was said; "Udostępnić", "Поделиться" and "Partager" open like share rows but say who shared a mower or the
circuit; "Obserwując" and "Подписчики" open like follow and subscribe prompts but are children on a trailer and readers
of a village group). Borderline categories: the four plugs (Facebook Marketplace, Folksy with a discount code, WhatsApp
quotes, VK-group classes) are bylines and self-promotion, at the foot, since they sell the author's pieces, papers or
classes in the author's voice; the filed-by line with its time is a byline, not a date line, since it names the
reporter; the Russian must-link-when-quoting line with its 18+ mark is a footer (a legal line of the site, not of the
article); the Polish private-opinion disclaimer is comment furniture, since it sits over a portal's reader comments and
speaks only of them; the Jetpack share-this row is a share row though it holds the words of link titles; the French
update note and the Italian special-series note are notices in the body and the Russian grant-support note a notice at
the foot (all three speak of the article they sit in); the Canva and Mixcloud lines are markers (what an embed leaves
when the content is gone) though they read as sentences, and so is the Polish Google form line. On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (mastheads with taglines, menus, breadcrumbs, bylines with dates, reading
times, share rows, captions and photo credits, read-also links, ad labels, sponsored headlines, tags lines, follow
prompts, comment counts and headings, comments and replies, newsletter prompts, copyright lines, blog names, posted-on
lines, affiliate disclosures and links, tables of contents, sign-offs and commission plugs) is noise. The list rows (the
start, the pit stop and the chequered flag on the portals; the napkins, the glue and brush and the varnish on the blogs)
are short but part of each article, so article; the list headings ("How the day ran", "What I used" and the like) are
the articles' subheadings, so article; the portals' ad labels and sponsored headlines are noise though they sit between
the subheading and the first row; the portals' captions and credits are noise though they open the block of the first
paragraph; the portals' read-also links are noise though they sit between the second paragraph and the paragraph with
the quote; the portals' tags lines and follow prompts are noise though they sit between the two last paragraphs; the
blogs' table-of-contents entries are noise though they share the block of the first two paragraphs; the blogs'
before-photo captions ("The chest before: orange varnish and sticky drawers.") are noise though they read like a
sentence of the post and open the block of the paragraph with the quote; the blogs' close-up captions are noise though
they close the list block; the blogs' share rows are noise though they sit between the two last paragraphs, and the
sign-offs and commission plugs are noise though they close that block; the arrowed replies are comment furniture, so
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, a German and a Polish one), body 10 (the eight markers and
two notices: French and Italian), tail 24 (four plugs: two English, an Italian and a Russian one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-sniddlecombe-lawnmower-race (thirty
ride-on mowers in Sniddlecombe's first twelve-hour race on the village green, £6,200 for the air ambulance, a 600-metre
circuit of straw bales, some 1,500 onlookers, the Young Farmers winning with 412 laps, four ahead of the fire station
crew), en-blog-the-napkin-and-lowboy-decoupage-chest (Granny's pine chest of drawers sanded, painted with chalk paint
and decoupaged with botanical napkins, beeswax on the runners), fr-portail-herbouvillers-course-de-tondeuses (the same
race in Herbouvillers-le-Pré, 7 100 euros for the medical helicopter), fr-blog-le-tiroir-de-melisande-commode-decoupage
(the same chest in French), de-portal-maehwiesbach-rasenmaeherrennen (the race on the Dorfanger of Mähwiesbach, 6.800
Euro for the Luftrettung), de-blog-kommodenzauber-servietten-kommode (Omas Kommode in Serviettentechnik),
it-portale-tosaprato-gara-di-tosaerba (the race on the prato comunale of Tosaprato, 6.900 euro for the elisoccorso),
it-blog-il-cassettone-di-ornella-decoupage (the nonna's cassettone with tovaglioli),
pl-portal-kosiarzewo-wyscig-kosiarek (the race on the błonia of Kosiarzewo, 28 tys. zł for the air ambulance),
pl-blog-komoda-u-bogny-decoupage (the babcia's komoda with serwetki), ru-portal-kosilinsk-gonka-gazonokosilok (the race
on the луг of Косилинск, 310 тысяч рублей for санавиация), ru-blog-komod-u-efrosini-dekupazh (the бабушкин комод with
салфетки), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit da6ef2ba24ddde1d31fd7668865f6e0237877efd, measured with ``cd /tmp/wt-s220 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s220/src python -m pytest -q tests/test_clean_held_out_220.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s220 && PYTHONPATH=/tmp/wt-s220/src python
scripts/clean_held_out_report.py --sets 220``, with the xfail tables empty, at 14:25:04 UTC by ``date``): noise lines
removed 35/45 (marker 5/8, reading-time 7/7, byline 6/8, footer 8/8, comments 4/8, share 3/3, notice 2/3; the 10 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English private Strava
activity, the German OpenStreetMap time-out and the Italian deactivated Threads profile), two bylines (the Polish
report-prepared-by byline at the head and the Russian VK-group decoupage-classes plug at the foot), four comment lines
at the foot (the English characters-remaining counter, the French cancel-reply link, the Polish private-opinion
disclaimer and the Russian be-the-first prompt) and one notice in the body (the French update note); the Canva and
Mixcloud markers, the French Arte.tv, Polish Google form and Russian Rutube markers, all seven reading times, the
English, French and German bylines, the Facebook Marketplace, Folksy and WhatsApp plugs, all eight footers, the other
four comment lines, every share row and the Italian special-series and Russian grant-support notices went); keep lines
kept 20/20; pages 4/12 clean, 20 of 240 page noise lines left and 1 of 120 article lines lost. Clean: the French,
German, Italian and Polish portal pages. Left: on the Russian portal page the sponsored headline under the ad label in
the list block (1); on each of the six blog pages the before-photo caption above the paragraph with the quote and the
close-up caption after the third list row (2 each on the French, German and Italian blog pages), on the English and
Polish blog pages also the sign-off and the commission plug after the last paragraph (4 each), and on the Russian blog
page these four and the share row between the two last paragraphs (5). Lost: the English portal page keeps none of its
20 noise lines but loses its last paragraph (the parish council's booking of the green for a second race), reported
"lost or out of order"; no other page and no keep line loses an article line. The failing cases are strict xfails; with
them the pytest command on the final file in /tmp/wt-s220 gave 59 passed, 18 xfailed, no XPASS.

Measured after round 139 (2026-12-07, lead; the writers of this set and of set 219 worked beside round 139 from the same
base, da6ef2b; round 139 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 217 218 219 220`` and the set's pytest file): nothing moved. noise lines removed
35/45, keep lines kept 20/20, pages 4/12 clean, 20 of 240 page noise lines left, 1 of 120 article lines lost (the
English portal's last paragraph, under the tags and the follow prompt in the block of the two last paragraphs); every
xfail still fails as its reason says. Round 139 (set 215's sponsored label and headline in one line, embed states, a
long-post alert, plugs, comment rules, an archive notice) read none of this set's wordings or layouts.

Measured after round 140 (2026-12-07, lead; round 140 rebased on main with the lead's mend, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 217 218 219 220 221 222 223 224`` and
the set's pytest file): noise lines removed 35/45 (unchanged), keep lines kept 20/20, pages 4/12 clean, 14 of 240 page
noise lines left (was 20): the English and Polish blogs' sign-off and commission plug after the last paragraph and the
Russian blog's now go (round 140's commissions plugs "on the page" under a sign-off), and the three reasons were
reworded; 1 of 120 article lines still lost (the English portal's last paragraph, under the tags and the follow prompt
in the block of the two last paragraphs). Every other xfail still fails as its reason says.

Round 141 (development; this set was read in full from this round on): sets 219 and 220 developed together. Set 220's
lost portal paragraph came first: the English portal's follow prompt ("Follow the Clarion on Facebook and Instagram for
the latest from the villages") named two networks, so no rule took it; standing between the tags line and the last
paragraph, it kept _mark_tail's closing pair from being seen (the prompt is a site prompt), and the tail started at it
and took the paragraph. The "follow the <Name> on <network>" wording of the "social follow" rule in whole_line_noise.py
now reads a second network joined by "and", "or", "&" or a comma; the prompt is the rules', and the paragraph under it
stays as an article sentence under the rules' noise (no tail start moved). Then, in whole_line_noise.py: an embed noun
for the activity a fitness network embeds ("This Strava activity is private, ...", two wordings), a subscribers' package
as an embed state ("Materiał z Player.pl jest dostępny tylko dla abonentów pakietu Premium."), a time-out as an embed
event ("... wegen einer Zeitüberschreitung nicht geladen werden."), "non può essere mostrato" among the Italian
cannot-be-shown states; the be-the-first call naming the comment and closing on its full stop or exclamation mark ("Be
the first to comment.", "Будьте первым, кто оставит комментарий!"; the bare label stays mark_trailing_labels'), the
comment box's counter alone ("Characters remaining: 1000") and WordPress's click-here cancel-reply link ("Cliquez ici
pour annuler la réponse.") in the comment-form notes, the Polish singular and "wyrazem opinii" comment disclaimers with
the editors disowned after a comma; "relację/relacja przygotował" in the prepared-by byline; the timed update note with
a day before the time ("Mise à jour le 14 juin à 18h20 : ajout ...") or the page amended to include something ("Update,
4.15pm: this article has been amended to include ..."); "записью", "постом", "публикацией" as the Russian share verb's
object ("Поделиться записью: ВКонтакте · Pinterest · Telegram"). In page_blocks.py, _mark_masthead_in_top_block reads
the title under up to two blocks the rules took whole (a crumb block) and a tagline closing on the founding year ("...
since 1887", _SINCE_YEAR): set 219's six portal mastheads go (the Italian one was taken by the blog-name pass once the
menu went). In clean.py, _is_credit reads a holder quoted at the end of the names (_QUOTED_HOLDER: "Фото: архив
«Шляповальского листка»", set 216's review item: the quote marks made the credit read as a quoted caption). Other sets'
xfails removed: set 17 (ru-mk page), 135 (Polish prepared-by byline), 136 (ru-portal-gradoboysk-strakhovka page), 187
(Italian Instagram placeholder), 195 (Italian Spreaker subscribers marker), 203 (Strava followers-only marker), 216
(en-portal-nabbleford-felt-hat-market and ru-portal-shlyapovalsk-yarmarka-shlyap pages); set 176's
ru-blog-flotvbutylke-brigantina reason reworded (5 -> 2 noise lines left). Sets 10-220 by
``scripts/clean_held_out_report.py``: noise lines removed 8771 -> 8789 of 9571, article lines kept 4247/4247
(unchanged), paragraphs lost 3 -> 2 (set 86's two), pages clean 1407 -> 1417 of 2518, page noise lines left 2095 -> 2079
of 52080; no set keeps fewer article lines or loses more paragraphs. SemEval (``scripts/semeval_noise_diff.py``): 0 of
3723 files changed. Bench (``benchmarks/bench_clean.py --baseline-src`` on the base's frozen src): ratio 1.05 (1.06 in a
first run beside the test run). Cleaning test set (the brief's pytest command, on this src): 25926 passed, 1913 xfailed,
no XPASS, rc 0 (13 min 42 s). This set: noise lines removed 35/45 -> 44/45 (marker 5/8 -> 8/8, reading-time 7/7, byline
6/8 -> 7/8, footer 8/8, comments 4/8 -> 8/8, share 3/3, notice 2/3 -> 3/3), keep lines 20/20, pages clean 4/12 -> 5/12,
page noise lines left 14 -> 13 of 240, article lines lost 1 -> 0 of 120. Reason reworded: the Russian blog now keeps
only its two captions. Still missed: the Russian VK-group decoupage-classes plug, the six blogs' before-photo and
close-up captions (no label, item 5), the Russian portal's sponsored headline under the ad label in the list block.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_220_LINES: list[tuple[str, str, str]] = [
    ('body', "This Strava activity is private, so it can't be shown on this page.", 'marker'),
    ('body', 'The Canva design embedded here has been unpublished by its owner.', 'marker'),
    ('body', 'This Mixcloud show has been removed by the uploader and can no longer be played.', 'marker'),
    ('body',
     "La vidéo Arte.tv intégrée n'est plus disponible en replay : ses droits de diffusion ont expiré.",
     'marker'),
    ('body',
     'Die eingebettete OpenStreetMap-Karte konnte wegen einer Zeitüberschreitung nicht geladen werden.',
     'marker'),
    ('body', 'Il post di Threads incorporato non può essere mostrato perché il profilo è stato disattivato.', 'marker'),
    ('body', 'Osadzony formularz Google nie przyjmuje już odpowiedzi.', 'marker'),
    ('body', 'Виджет Rutube не загрузился: превышено время ожидания ответа сервера.', 'marker'),
    ('head', 'Time to read: 5 mins', 'reading-time'),
    ('head', 'This post takes about 9 minutes to get through, so settle in.', 'reading-time'),
    ('head', 'À lire en 5 minutes', 'reading-time'),
    ('head', 'Lesezeit rund 5 Minuten', 'reading-time'),
    ('head', 'Leggibile in 5 minuti', 'reading-time'),
    ('head', 'Czytanie: ok. 5 minut', 'reading-time'),
    ('head', '5 минут на чтение', 'reading-time'),
    ('head', 'Filed by Tobias Grasslethwaite at 16:40', 'byline'),
    ('head', 'Reportage : Maxence Gazonnier', 'byline'),
    ('head', 'Von unserem Redaktionsmitglied Gerlinde Halmsteiger', 'byline'),
    ('head', 'Relację przygotował Bożydar Trawnikowski', 'byline'),
    ('tail',
     'My decoupaged pieces are listed on Facebook Marketplace – collection only, from the Ludlow area.',
     'byline'),
    ('tail', 'The botanical papers I used are from my own Folksy shop – code DRAWERS10 takes 10% off.', 'byline'),
    ('tail', 'Faccio decoupage su commissione: scrivimi su WhatsApp per un preventivo.', 'byline'),
    ('tail', 'Мастер-классы по декупажу провожу по субботам, запись через мою группу ВКонтакте.', 'byline'),
    ('tail', 'Simple theme. Powered by Blogger.', 'footer'),
    ('tail', 'Built with Hugo · Hosted on Netlify · RSS feed', 'footer'),
    ('tail', 'Powered by Atex · Accessibility · Sitemap', 'footer'),
    ('tail', 'Mentions légales · Hébergé par o2switch · Gestion des cookies', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Datenschutz · Cookie-Richtlinie', 'footer'),
    ('tail', 'Sito ospitato da Aruba.it · Informativa sulla privacy · Preferenze cookie', 'footer'),
    ('tail', 'Hosting: home.pl · Polityka cookies · Mapa serwisu', 'footer'),
    ('tail', 'При цитировании материалов ссылка на сайт обязательна. 18+', 'footer'),
    ('tail', 'View 3 more replies', 'comments'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Characters remaining: 1000', 'comments'),
    ('tail', 'Cliquez ici pour annuler la réponse.', 'comments'),
    ('tail', 'Über neue Kommentare zu diesem Artikel per E-Mail benachrichtigen', 'comments'),
    ('tail', 'Mostra altre 5 risposte', 'comments'),
    ('tail', 'Komentarze są prywatną opinią czytelników portalu.', 'comments'),
    ('tail', 'Будьте первым, кто оставит комментарий!', 'comments'),
    ('tail',
     'Share this: Click to share on X (Opens in new window) · Click to share on Facebook (Opens in new window)',
     'share'),
    ('tail', 'Jetzt teilen: Facebook · WhatsApp · Flipboard', 'share'),
    ('tail', 'Podziel się: Facebook · X · Wykop', 'share'),
    ('body', 'Mise à jour le 14 juin à 18h20 : ajout des résultats de la finale.', 'notice'),
    ('body', 'Questo articolo fa parte dello speciale «Estate nei borghi».', 'notice'),
    ('tail', 'Материал подготовлен при поддержке Фонда президентских грантов.', 'notice'),
]

HELD_OUT_220_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the marshals suggested the ride-on class had been the closest in years.'),
    ('head', 'Sharing a single mower between three drivers, the Young Farmers still finished fourth.'),
    ('body', 'Followers of the sport travelled from as far as Devon to watch the twelve-hour relay.'),
    ('body', 'Subscribers to the parish newsletter were the first to hear that the race would move to Sunday.'),
    ('tail', "Copyright on the race's cartoon logo belongs to a retired signwriter who drew it in 1987."),
    ('tail', 'Advertising for the event was left to hand-painted boards on the lanes into the village.'),
    ('tail', 'Reading the grass before the start, the winner chose to raise his cutting deck by a notch.'),
    ('head', "Partager le circuit avec les moutons du voisin n'a pas semblé gêner les pilotes."),
    ('body', 'Abonné au club depuis vingt ans, le doyen des pilotes a encore pris le départ à 81 ans.'),
    ('tail', "Commentaires des spectateurs et klaxons ont accompagné le dernier tour jusqu'à la nuit."),
    ('head', 'Teilen wollte keiner seinen Rasentraktor, also startete jedes Team mit eigenem Gerät.'),
    ('body', 'Folgen hatte der Regen vom Vormittag kaum: Die Strecke war um zwei Uhr wieder trocken.'),
    ('tail', 'Werbung machte der Verein vor allem mit Plakaten in den Bäckereien der Umgebung.'),
    ('head', 'Condividere la pista con le oche del laghetto è stata la sfida più curiosa della giornata.'),
    ('body', 'Seguire la gara dal bordo del prato costava due euro, devoluti alla banda del paese.'),
    ('tail', 'Commenti entusiasti anche dal sindaco, che ha promesso una seconda edizione a settembre.'),
    ('head', 'Udostępnić swoją kosiarkę zgodził się w końcu sam sołtys.'),
    ('tail', 'Obserwując wyścig z przyczepy, dzieci liczyły okrążenia na głos.'),
    ('head', 'Поделиться газонокосилкой с соседями согласился только один экипаж.'),
    ('tail', 'Подписчики сельской группы первыми узнали о переносе старта на час.'),
]

HELD_OUT_220_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-sniddlecombe-lawnmower-race', [
        ['-The Sniddlecombe Clarion – Your paper for the villages of the Mowle valley',
         "-News · Sport · Farming · What's On · Property · Jobs",
         '-Home › News › Village life'],
        ["+Thirty mowers roar round Sniddlecombe green in the village's first twelve-hour race",
         '-By Tobias Grasslethwaite · Sunday 14 June 2026, 19:05',
         '-4 min read',
         '-Share: Facebook · X · WhatsApp · Email'],
        ['-Driver Fen Tussockby takes the bend by the duck pond on her ride-on mower.',
         '-Photo: Sniddlecombe Clarion',
         "+Thirty ride-on mowers with their blades removed raced round Sniddlecombe's village green on Saturday in "
         "the village's first twelve-hour lawnmower race, raising £6,200 for the air ambulance."],
        ['+Teams of three took turns at the wheel from 8am to 8pm on a 600-metre circuit marked out with straw '
         'bales, and some 1,500 people watched from the pub garden and the churchyard wall.',
         '-Read also: Church fête raises record sum for new bell ropes',
         '+"It\'s noisy, it\'s slow and it\'s the best day the green has had in living memory," said organiser Hal '
         'Brindlemow, who first saw a mower race on holiday in Sussex.'],
        ['+How the day ran',
         '-Advertisement',
         '-Sponsored: Fix your fence for good with this one simple bracket',
         '+8am: a Le Mans-style start, drivers sprinting across the grass to their mowers',
         '+Noon: a pit stop for fuel, tea and a change of spark plugs',
         '+8pm: the chequered flag, waved by the oldest resident of the village'],
        ["+The Young Farmers' team won with 412 laps, four ahead of the fire station crew, whose mower lost a belt "
         'just after dusk.',
         '-Topics: Sniddlecombe · Village green · Motorsport · Charity',
         '-Follow the Clarion on Facebook and Instagram for the latest from the villages',
         '+The parish council has already booked the green for a second race next June, with a class for mowers '
         'built before 1980.'],
        ['-Comments (4)',
         '-Martha_B: Lovely day, the kids have talked of nothing else.',
         "-↳ Dunnock42: Same here, we'll enter a team next year!",
         '-↳ Clarion Newsdesk: Thanks both, entry forms go out in March.',
         "-GreenKeeperGeoff: Who's paying to reseed the green, then?"],
        ['-Sign up to our Village Bulletin newsletter – every Friday, free.',
         '-© 2026 Sniddlecombe Clarion Ltd · Privacy · Terms · Contact us'],
    ]),
    _page('en', 'en-blog-the-napkin-and-lowboy-decoupage-chest', [
        ['-Home · Furniture makeovers · Tutorials · About me · Shop',
         '-The Napkin and Lowboy – Old furniture, new stories'],
        ['-Posted on 3 May 2026 by Rosalind · 14 comments',
         "+Decoupaging Granny's old chest of drawers with botanical napkins",
         '-Reading time: 7 minutes',
         '-This post contains affiliate links; I may earn a small commission at no cost to you.'],
        ['-Contents',
         '-1. Prepping the chest · 2. Gluing the napkins · 3. Sealing and waxing',
         "+The chest of drawers came from my grandmother's spare room: solid pine, four drawers, a century of rings "
         'from teacups and one drawer that never quite shut.',
         '+I sanded it back to bare wood, filled the worst dents and gave it two coats of chalk paint in a warm '
         'off-white, letting each coat dry overnight.'],
        ['-The chest before: orange varnish and sticky drawers.',
         '+For the decoupage I peeled the printed top layer off botanical paper napkins and laid it on a coat of '
         'glue; as my neighbour Wyn puts it, "napkins are the cheapest wallpaper in the world."',
         '-The napkins I used: Botanical Garden napkin set on Amazon (affiliate link)'],
        ['+What I used',
         '+Paper napkins with ferns and foxgloves, the top ply only',
         '+Matt decoupage glue and a soft flat brush',
         '+Three coats of water-based varnish, sanded lightly between coats',
         '-Close-up of a fern laid over a drawer front.'],
        ['+The tricky part was the drawer fronts around the knobs, where the napkin tore twice before I learned to '
         'cut it into small pieces and overlap them.',
         '-Share this post: Pinterest · Facebook · Print',
         '+After a week of drying the chest went back into the spare room, and the drawer that never shut now '
         'glides, thanks to a rub of beeswax on the runners.',
         '-Happy crafting, Rosalind x',
         '-Fancy one of your own? I take a few furniture commissions each season – see the Commissions page.'],
        ['-14 Responses',
         '-Penny W. says: Gorgeous! Did you seal the inside of the drawers too?',
         '-↳ Rosalind says: Thanks Penny, just the outsides, the insides are lined with paper.',
         '-Tomasz says: Which chalk paint did you use?',
         '-↳ Greta says: I used a DIY-store one for mine and it covered well.'],
        ['-« Older post: Upcycling a tea trolley · Newer post: Stencilling the stair risers »',
         '-© 2026 The Napkin and Lowboy · Theme: Kadence · Powered by WordPress'],
    ]),
    _page('fr', 'fr-portail-herbouvillers-course-de-tondeuses', [
        ["-L'Écho d'Herbouvillers – Le journal des villages de la vallée",
         '-Actualité · Sports · Agriculture · Sorties · Annonces',
         '-Accueil › Actualité › Vie locale'],
        ["+Trente tondeuses autoportées font la course sur le pré communal d'Herbouvillers-le-Pré",
         '-Par Maxence Gazonnier · dimanche 14 juin 2026 à 19h05',
         '-Lecture 4 min',
         '-Partager : Facebook · X · WhatsApp · E-mail'],
        ['-Margot négocie le virage de la mare sur sa tondeuse autoportée.',
         "-Photo : L'Écho d'Herbouvillers",
         '+Trente tondeuses autoportées, lames démontées, ont tourné samedi sur le pré communal '
         "d'Herbouvillers-le-Pré pour la première course de douze heures du village, au profit de l'hélicoptère "
         'sanitaire : 7 100 euros récoltés.'],
        ['+Des équipes de trois pilotes se sont relayées de 8 heures à 20 heures sur un circuit de 600 mètres bordé '
         'de bottes de paille, devant quelque 1 500 spectateurs.',
         '-À lire aussi : La fête paroissiale finance de nouvelles cordes pour les cloches',
         "+« C'est bruyant, c'est lent, et c'est la plus belle journée qu'ait connue le pré », sourit "
         "l'organisatrice Lucienne Fauchardet, qui a découvert ce sport en Angleterre."],
        ['+Le déroulé de la journée',
         '-Publicité',
         '-Contenu sponsorisé : Cette astuce de jardinier fait fureur dans la région',
         '+8 heures : départ type Le Mans, les pilotes courent vers leurs machines',
         '+Midi : arrêt au stand pour le carburant, le café et les bougies',
         '+20 heures : drapeau à damier agité par la doyenne du village'],
        ["+Les Jeunes Agriculteurs l'emportent avec 412 tours, quatre de plus que les pompiers, dont la tondeuse a "
         'perdu sa courroie à la tombée de la nuit.',
         '-Mots-clés : Herbouvillers-le-Pré · Course de tondeuses · Solidarité',
         "-Suivez L'Écho sur Facebook et Instagram",
         '+La mairie a déjà réservé le pré pour une deuxième édition en juin prochain, avec une catégorie pour les '
         "tondeuses d'avant 1980."],
        ['-Commentaires (4)',
         '-Sylvie_M : Superbe journée, les enfants en parlent encore.',
         "-↳ Bernard21 : Pareil, on monte une équipe l'an prochain !",
         '-↳ La rédaction : Merci à vous, les inscriptions ouvriront en mars.',
         '-Jardinier_du_71 : Et qui va payer pour ressemer le pré ?'],
        ["-Recevez notre lettre d'information « Vie des villages » chaque vendredi.",
         "-© 2026 L'Écho d'Herbouvillers · Mentions légales · Données personnelles · Contact"],
    ]),
    _page('fr', 'fr-blog-le-tiroir-de-melisande-commode-decoupage', [
        ['-Accueil · Relooking de meubles · Tutos · À propos · Boutique',
         '-Le Tiroir de Mélisande – Vieux meubles, nouvelles histoires'],
        ['-Publié le 3 mai 2026 par Mélisande · 14 commentaires',
         "+J'ai relooké la vieille commode de ma grand-mère avec des serviettes botaniques",
         '-Temps de lecture : 7 minutes',
         '-Cet article contient des liens affiliés : je touche une petite commission, sans frais pour vous.'],
        ['-Sommaire',
         '-1. Préparer la commode · 2. Coller les serviettes · 3. Vernir et cirer',
         "+La commode vient de la chambre d'amis de ma grand-mère : pin massif, quatre tiroirs, un siècle de ronds "
         'de tasses et un tiroir qui ne fermait jamais tout à fait.',
         "+Je l'ai poncée jusqu'au bois nu, j'ai rebouché les plus gros chocs et passé deux couches de peinture à la "
         'craie blanc cassé, en laissant sécher chaque couche une nuit.'],
        ['-La commode avant : vernis orange et tiroirs qui collent.',
         "+Pour le découpage, j'ai décollé la couche imprimée de serviettes en papier à motifs botaniques ; comme "
         "dit ma voisine Odile, « les serviettes, c'est le papier peint le moins cher du monde ».",
         '-Mes serviettes : lot « Jardin botanique » sur Amazon (lien affilié)'],
        ['+Le matériel',
         '+Des serviettes en papier à fougères et digitales, seulement la couche du dessus',
         '+De la colle à serviettage mate et un pinceau plat bien souple',
         "+Trois couches de vernis à l'eau, poncées légèrement entre chaque couche",
         "-Gros plan sur une fougère posée sur la façade d'un tiroir."],
        ["+Le plus délicat, ce sont les façades autour des boutons : la serviette s'est déchirée deux fois avant que "
         "j'apprenne à la découper en petits morceaux qui se chevauchent.",
         '-Partagez cet article : Pinterest · Facebook · Imprimer',
         "+Après une semaine de séchage, la commode a retrouvé la chambre d'amis, et le tiroir récalcitrant glisse "
         "enfin grâce à un peu de cire d'abeille sur les coulisses.",
         '-À bientôt pour un nouveau relooking, Mélisande',
         "-Envie d'un meuble relooké ? Je prends quelques commandes chaque saison, voir la page Commandes."],
        ['-14 réponses',
         "-Claire B. dit : Magnifique ! Tu as aussi verni l'intérieur des tiroirs ?",
         "-↳ Mélisande dit : Merci Claire, seulement l'extérieur, l'intérieur est tapissé de papier.",
         '-Hugo dit : Quelle peinture à la craie as-tu utilisée ?',
         "-↳ Anaïs dit : J'ai pris celle du magasin de bricolage pour la mienne, elle couvre très bien."],
        ['-« Article précédent : Relooker une desserte · Article suivant : Un pochoir sur les contremarches »',
         '-© 2026 Le Tiroir de Mélisande · Thème : Astra · Propulsé par WordPress'],
    ]),
    _page('de', 'de-portal-maehwiesbach-rasenmaeherrennen', [
        ['-Mähwiesbacher Bote – Die Zeitung für das obere Wiesbachtal',
         '-Lokales · Sport · Landwirtschaft · Freizeit · Immobilien',
         '-Startseite › Lokales › Dorfleben'],
        ['+Dreißig Aufsitzmäher jagen beim ersten Zwölf-Stunden-Rennen über den Dorfanger von Mähwiesbach',
         '-Von Gerlinde Halmsteiger · Sonntag, 14. Juni 2026, 19.05 Uhr',
         '-4 Min.',
         '-Teilen: Facebook · X · WhatsApp · E-Mail'],
        ['-Jana nimmt auf ihrem Aufsitzmäher die Kurve am Dorfteich.',
         '-Foto: Mähwiesbacher Bote',
         '+Dreißig Aufsitzmäher mit abmontierten Messern sind am Samstag beim ersten Zwölf-Stunden-Rasenmäherrennen '
         'über den Dorfanger von Mähwiesbach gefahren und haben 6.800 Euro für die Luftrettung eingebracht.'],
        ['+Teams aus drei Fahrern wechselten sich von 8 bis 20 Uhr auf einem 600 Meter langen, mit Strohballen '
         'abgesteckten Rundkurs ab, rund 1.500 Zuschauer sahen zu.',
         '-Lesen Sie auch: Kirchweih bringt Rekordsumme für neue Glockenseile',
         '+„Es ist laut, es ist langsam, und es ist der schönste Tag, den der Anger seit Jahrzehnten erlebt hat“, '
         'sagte Organisator Ansgar Mähnlein, der die Idee aus England mitgebracht hat.'],
        ['+So lief der Renntag',
         '-Anzeige',
         '-Gesponsert: Mit diesem Trick wird Ihr Rasen wie neu',
         '+8 Uhr: Le-Mans-Start, die Fahrer sprinten zu ihren Mähern',
         '+12 Uhr: Boxenstopp für Benzin, Kaffee und neue Zündkerzen',
         '+20 Uhr: Zielflagge, geschwenkt von der ältesten Einwohnerin des Dorfes'],
        ['+Es gewann die Landjugend mit 412 Runden, vier vor der Freiwilligen Feuerwehr, deren Mäher bei Einbruch '
         'der Dunkelheit einen Keilriemen verlor.',
         '-Schlagworte: Mähwiesbach · Rasenmäherrennen · Benefiz',
         '-Folgen Sie dem Boten auf Facebook und Instagram',
         '+Der Gemeinderat hat den Anger schon für ein zweites Rennen im kommenden Juni reserviert, dann auch mit '
         'einer Klasse für Mäher von vor 1980.'],
        ['-Kommentare (4)',
         '-Heike_K: Toller Tag, die Kinder reden von nichts anderem.',
         '-↳ Mähfan: Wir melden nächstes Jahr auch ein Team an!',
         '-↳ Redaktion: Danke euch, die Anmeldung öffnet im März.',
         '-Gartenzwerg58: Und wer bezahlt die neue Rasensaat?'],
        ['-Abonnieren Sie unseren Newsletter „Dorfpost“ – jeden Freitag kostenlos.',
         '-© 2026 Mähwiesbacher Bote · Impressum · Datenschutz · Kontakt'],
    ]),
    _page('de', 'de-blog-kommodenzauber-servietten-kommode', [
        ['-Start · Möbel-Makeover · Anleitungen · Über mich · Shop',
         '-Kommodenzauber – Alte Möbel, neue Geschichten'],
        ['-Veröffentlicht am 3. Mai 2026 von Hannelore · 14 Kommentare',
         '+Omas alte Kommode mit botanischen Servietten beklebt',
         '-Lesezeit: 7 Minuten',
         '-Dieser Beitrag enthält Affiliate-Links; für dich entstehen keine Mehrkosten.'],
        ['-Inhaltsverzeichnis',
         '-1. Kommode vorbereiten · 2. Servietten kleben · 3. Lackieren und wachsen',
         '+Die Kommode stammt aus dem Gästezimmer meiner Oma: massive Kiefer, vier Schubladen, hundert Jahre '
         'Tassenränder und eine Schublade, die nie ganz zuging.',
         '+Ich habe sie bis aufs rohe Holz abgeschliffen, die schlimmsten Dellen gespachtelt und zwei Schichten '
         'Kreidefarbe in warmem Altweiß aufgetragen, jede über Nacht getrocknet.'],
        ['-Die Kommode vorher: orangefarbener Lack und klemmende Schubladen.',
         '+Für die Serviettentechnik habe ich die bedruckte oberste Lage von botanischen Papierservietten abgezogen; '
         'wie meine Nachbarin Elfriede sagt: „Servietten sind die billigste Tapete der Welt.“',
         '-Meine Servietten: Set „Botanischer Garten“ bei Amazon (Affiliate-Link)'],
        ['+Das habe ich verwendet',
         '+Papierservietten mit Farnen und Fingerhut, nur die oberste Lage',
         '+Matten Serviettenkleber und einen weichen Flachpinsel',
         '+Drei Schichten Klarlack auf Wasserbasis, dazwischen leicht angeschliffen',
         '-Nahaufnahme: ein Farn auf der Schubladenfront.'],
        ['+Knifflig waren die Schubladenfronten rund um die Knöpfe: Die Serviette riss zweimal, bis ich gelernt '
         'hatte, sie in kleine, überlappende Stücke zu schneiden.',
         '-Beitrag teilen: Pinterest · Facebook · Drucken',
         '+Nach einer Woche Trocknen steht die Kommode wieder im Gästezimmer, und die widerspenstige Schublade '
         'gleitet dank etwas Bienenwachs auf den Laufleisten.',
         '-Bis bald und viel Spaß beim Basteln, eure Hannelore',
         '-Lust auf ein eigenes Stück? Ich nehme jede Saison ein paar Möbelaufträge an – mehr auf der Seite Aufträge.'],
        ['-14 Antworten',
         '-Birgit schreibt: Wunderschön! Hast du die Schubladen auch innen lackiert?',
         '-↳ Hannelore schreibt: Danke, Birgit, nur außen, innen sind sie mit Papier ausgeschlagen.',
         '-Jonas schreibt: Welche Kreidefarbe hast du genommen?',
         '-↳ Petra schreibt: Ich hatte die aus dem Baumarkt, die deckt gut.'],
        ['-« Älterer Beitrag: Ein Teewagen im Upcycling · Neuerer Beitrag: Treppenstufen mit Schablone »',
         '-© 2026 Kommodenzauber · Theme: GeneratePress · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-tosaprato-gara-di-tosaerba', [
        ['-Corriere di Tosaprato – Il giornale dei paesi della valle',
         '-Cronaca · Sport · Agricoltura · Eventi · Annunci',
         '-Home › Cronaca › Vita di paese'],
        ['+Trenta trattorini tosaerba sfrecciano sul prato del paese nella prima gara di dodici ore',
         '-Di Ermenegildo Tosaerbini · domenica 14 giugno 2026, 19:05',
         '-Lettura: 4 min',
         '-Condividi: Facebook · X · WhatsApp · Email'],
        ['-Giulia affronta la curva dello stagno sul suo trattorino.',
         '-Foto: Corriere di Tosaprato',
         '+Trenta trattorini tosaerba senza lame hanno corso sabato sul prato comunale di Tosaprato nella prima gara '
         "di dodici ore del paese, raccogliendo 6.900 euro per l'elisoccorso."],
        ['+Squadre di tre piloti si sono date il cambio dalle 8 alle 20 su un circuito di 600 metri delimitato da '
         'balle di paglia, davanti a circa 1.500 spettatori.',
         '-Leggi anche: La festa della parrocchia raccoglie fondi per le nuove corde delle campane',
         "+«È rumorosa, è lenta ed è la giornata più bella che il prato abbia mai visto», ha detto l'organizzatore "
         'Tarcisio Prativecchi, che ha scoperto questo sport in Inghilterra.'],
        ['+Come è andata la giornata',
         '-Pubblicità',
         '-Contenuto sponsorizzato: Il trucco dei giardinieri per un prato perfetto',
         '+Ore 8: partenza stile Le Mans, con i piloti di corsa verso i trattorini',
         '+Mezzogiorno: sosta ai box per benzina, caffè e candele nuove',
         '+Ore 20: bandiera a scacchi, sventolata dalla più anziana del paese'],
        ['+Hanno vinto i Giovani Agricoltori con 412 giri, quattro in più dei vigili del fuoco, il cui trattorino ha '
         'perso la cinghia al calar del buio.',
         '-Tag: Tosaprato · Gara di tosaerba · Beneficenza',
         '-Segui il Corriere su Facebook e Instagram',
         '+Il Comune ha già prenotato il prato per una seconda edizione a giugno, con una categoria per i tosaerba '
         'costruiti prima del 1980.'],
        ['-Commenti (4)',
         "-Lucia_P: Giornata bellissima, i bambini non parlano d'altro.",
         "-↳ Marco77: Anche noi, l'anno prossimo iscriviamo una squadra!",
         '-↳ Redazione: Grazie a tutti, le iscrizioni aprono a marzo.',
         '-Pollice_verde: E chi paga per riseminare il prato?'],
        ['-Iscriviti alla newsletter «Vita di paese»: ogni venerdì, gratis.',
         '-© 2026 Corriere di Tosaprato · Privacy · Note legali · Contatti'],
    ]),
    _page('it', 'it-blog-il-cassettone-di-ornella-decoupage', [
        ['-Home · Mobili rinnovati · Tutorial · Chi sono · Negozio',
         '-Il Cassettone di Ornella – Mobili vecchi, storie nuove'],
        ['-Pubblicato il 3 maggio 2026 da Ornella · 14 commenti',
         '+Il vecchio cassettone della nonna rinnovato con il decoupage di tovaglioli botanici',
         '-Tempo di lettura: 7 minuti',
         '-Questo articolo contiene link di affiliazione: a te non costa nulla in più.'],
        ['-Indice dei contenuti',
         '-1. Preparare il cassettone · 2. Incollare i tovaglioli · 3. Verniciare e cerare',
         '+Il cassettone viene dalla camera degli ospiti di mia nonna: pino massiccio, quattro cassetti, un secolo '
         'di aloni di tazzine e un cassetto che non si chiudeva mai del tutto.',
         "+L'ho carteggiato fino al legno nudo, ho stuccato le ammaccature peggiori e ho dato due mani di pittura a "
         'gesso color bianco caldo, lasciando asciugare ogni mano una notte.'],
        ['-Il cassettone prima: vernice arancione e cassetti che si incastravano.',
         '+Per il decoupage ho staccato lo strato stampato di tovaglioli di carta a motivi botanici; come dice la '
         'mia vicina Rosetta, «i tovaglioli sono la carta da parati più economica del mondo».',
         '-I miei tovaglioli: set «Giardino botanico» su Amazon (link affiliato)'],
        ['+Cosa ho usato',
         '+Tovaglioli di carta con felci e digitali, solo lo strato superiore',
         '+Colla da decoupage opaca e un pennello piatto morbido',
         "+Tre mani di vernice all'acqua, carteggiate leggermente tra una mano e l'altra",
         '-Primo piano di una felce sul frontale di un cassetto.'],
        ['+La parte difficile sono stati i frontali intorno ai pomelli, dove il tovagliolo si è strappato due volte '
         'prima che imparassi a tagliarlo in pezzetti sovrapposti.',
         '-Condividi il post: Pinterest · Facebook · Stampa',
         '+Dopo una settimana di asciugatura il cassettone è tornato nella camera degli ospiti, e il cassetto '
         "ribelle ora scorre grazie a un po' di cera d'api sulle guide.",
         '-Alla prossima e buon decoupage, Ornella',
         '-Ti piacerebbe un mobile rinnovato? Accetto qualche lavoro ogni stagione, trovi tutto nella pagina Ordini.'],
        ['-14 risposte',
         "-Francesca scrive: Stupendo! Hai verniciato anche l'interno dei cassetti?",
         "-↳ Ornella scrive: Grazie Francesca, solo l'esterno, dentro sono foderati di carta.",
         '-Davide scrive: Che pittura a gesso hai usato?',
         '-↳ Silvia scrive: Io ho preso quella del brico sotto casa, copre benissimo.'],
        ['-« Articolo precedente: Un carrello da tè rinnovato · Articolo successivo: Stencil sulle alzate delle '
         'scale »',
         '-© 2026 Il Cassettone di Ornella · Tema: OceanWP · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-kosiarzewo-wyscig-kosiarek', [
        ['-Głos Kosiarzewa – Gazeta gmin doliny Trawnej',
         '-Wiadomości · Sport · Rolnictwo · Imprezy · Ogłoszenia',
         '-Strona główna › Wiadomości › Z życia wsi'],
        ['+Trzydzieści traktorków ogrodowych ścigało się przez dwanaście godzin na błoniach w Kosiarzewie',
         '-Autor: Bożydar Trawnikowski · 14.06.2026, 19:05',
         '-Czas czytania: 4 min',
         '-Udostępnij: Facebook · X · WhatsApp · E-mail'],
        ['-Kasia pokonuje zakręt przy stawie na swoim traktorku.',
         '-Fot. Głos Kosiarzewa',
         '+Trzydzieści traktorków ogrodowych z wymontowanymi nożami ścigało się w sobotę na błoniach w Kosiarzewie w '
         'pierwszym dwunastogodzinnym wyścigu kosiarek, zbierając 28 tys. zł na lotnicze pogotowie.'],
        ['+Trzyosobowe drużyny zmieniały się za kierownicą od 8 do 20 na 600-metrowej pętli wyznaczonej balotami '
         'słomy, a wyścig oglądało około 1500 osób.',
         '-Przeczytaj także: Festyn parafialny zebrał rekordową kwotę na nowe liny do dzwonów',
         '+– Jest głośno, jest wolno i to najpiękniejszy dzień, jaki widziały te błonia – mówi sołtys Kosiarzewa, '
         'który podpatrzył ten sport w Anglii.'],
        ['+Jak przebiegał dzień',
         '-Reklama',
         '-Artykuł sponsorowany: Ten ogrodniczy trik podbija internet',
         '+8:00 – start w stylu Le Mans, kierowcy biegną do swoich kosiarek',
         '+12:00 – pit stop: paliwo, kawa i nowe świece zapłonowe',
         '+20:00 – flaga w szachownicę, którą machała najstarsza mieszkanka wsi'],
        ['+Wygrała drużyna młodych rolników z wynikiem 412 okrążeń, cztery przed strażakami z OSP, których kosiarce '
         'o zmroku spadł pasek klinowy.',
         '-Tagi: Kosiarzewo · wyścig kosiarek · cele charytatywne',
         '-Obserwuj Głos Kosiarzewa na Facebooku i Instagramie',
         '+Gmina już zarezerwowała błonia na drugą edycję w przyszłym czerwcu, z osobną klasą dla kosiarek sprzed '
         '1980 roku.'],
        ['-Komentarze (4)',
         '-Basia_K: Super dzień, dzieci mówią tylko o tym.',
         '-↳ Zbyszek: U nas tak samo, za rok wystawiamy drużynę!',
         '-↳ Redakcja: Dziękujemy, zapisy ruszą w marcu.',
         '-ogrodnik_z_Kosiarzewa: A kto zapłaci za nowy trawnik?'],
        ['-Zapisz się na nasz newsletter „Wieści z gminy” – co piątek, za darmo.',
         '-© 2026 Głos Kosiarzewa · Polityka prywatności · Regulamin · Kontakt'],
    ]),
    _page('pl', 'pl-blog-komoda-u-bogny-decoupage', [
        ['-Start · Metamorfozy mebli · Poradniki · O mnie · Sklep',
         '-Komoda u Bogny – Stare meble, nowe historie'],
        ['-Opublikowano 3 maja 2026 przez Bognę · 14 komentarzy',
         '+Stara komoda babci odmieniona techniką decoupage z serwetek w rośliny',
         '-Czas czytania: 7 minut',
         '-Ten wpis zawiera linki afiliacyjne – nie płacisz przez nie ani grosza więcej.'],
        ['-Spis treści',
         '-1. Przygotowanie komody · 2. Klejenie serwetek · 3. Lakierowanie i woskowanie',
         '+Komoda stała od lat w pokoju gościnnym mojej babci: lita sosna, cztery szuflady, sto lat śladów po '
         'filiżankach i jedna szuflada, która nigdy się do końca nie domykała.',
         '+Zeszlifowałam ją do gołego drewna, zaszpachlowałam największe wgniecenia i położyłam dwie warstwy farby '
         'kredowej w ciepłej złamanej bieli, każdą suszoną przez noc.'],
        ['-Komoda przed: pomarańczowy lakier i zacinające się szuflady.',
         '+Do decoupage zdjęłam zadrukowaną wierzchnią warstwę z papierowych serwetek w botaniczne wzory; jak mówi '
         'moja sąsiadka Halinka, „serwetki to najtańsza tapeta świata”.',
         '-Moje serwetki: zestaw „Ogród botaniczny” na Allegro (link afiliacyjny)'],
        ['+Czego użyłam',
         '+Papierowe serwetki z paprociami i naparstnicami, tylko wierzchnia warstwa',
         '+Matowy klej do decoupage i miękki płaski pędzel',
         '+Trzy warstwy lakieru wodnego, lekko przeszlifowane między warstwami',
         '-Zbliżenie: paproć na froncie szuflady.'],
        ['+Najtrudniejsze były fronty szuflad wokół gałek, gdzie serwetka dwa razy się podarła, zanim nauczyłam się '
         'ciąć ją na małe kawałki i kłaść na zakładkę.',
         '-Udostępnij wpis: Pinterest · Facebook · Drukuj',
         '+Po tygodniu schnięcia komoda wróciła do pokoju gościnnego, a uparta szuflada w końcu jeździ gładko dzięki '
         'odrobinie wosku pszczelego na prowadnicach.',
         '-Do następnego razu, Bogna',
         '-Marzysz o odnowionym meblu? W każdym sezonie przyjmuję kilka zamówień – szczegóły na stronie Zamówienia.'],
        ['-14 odpowiedzi',
         '-Ewa napisała: Przepiękna! Szuflady w środku też lakierowałaś?',
         '-↳ Bogna napisała: Dzięki, Ewo, tylko z zewnątrz, w środku są wyklejone papierem.',
         '-Marek napisał: Jakiej farby kredowej użyłaś?',
         '-↳ Ola napisała: Ja brałam z marketu budowlanego, dobrze kryje.'],
        ['-« Poprzedni wpis: Metamorfoza wózka na herbatę · Następny wpis: Szablony na stopniach schodów »',
         '-© 2026 Komoda u Bogny · Motyw: Blocksy · Wspierane przez WordPress'],
    ]),
    _page('ru', 'ru-portal-kosilinsk-gonka-gazonokosilok', [
        ['-Косилинская правда – Газета сёл Лугового района',
         '-Новости · Спорт · Сельское хозяйство · Афиша · Объявления',
         '-Главная › Новости › Жизнь села'],
        ['+Тридцать садовых тракторов двенадцать часов гоняли по сельскому лугу в Косилинске',
         '-Евстигней Луговейкин · 14 июня 2026, 19:05',
         '-Время чтения: 4 мин',
         '-Поделиться: ВКонтакте · Telegram · WhatsApp · Одноклассники'],
        ['-Даша проходит поворот у пруда на своём садовом тракторе.',
         '-Фото: «Косилинская правда»',
         '+Тридцать садовых тракторов со снятыми ножами в субботу соревновались на лугу в Косилинске в первой '
         'двенадцатичасовой гонке газонокосилок и собрали 310 тысяч рублей для санавиации.'],
        ['+Экипажи из трёх пилотов сменяли друг друга за рулём с 8 до 20 часов на 600-метровом круге, размеченном '
         'тюками соломы, а за гонкой наблюдали около 1500 зрителей.',
         '-Читайте также: Церковная ярмарка собрала рекордную сумму на новые колокольные верёвки',
         '+«Шумно, медленно, и это самый лучший день, который видел наш луг», – рассказал глава поселения, '
         'подсмотревший этот спорт в Англии.'],
        ['+Как прошёл день',
         '-Реклама',
         '-Спецпроект партнёра: Этот садовый лайфхак покорил весь район',
         '+8:00 – старт в стиле Ле-Мана, пилоты бегут к своим машинам',
         '+12:00 – пит-стоп: бензин, чай и новые свечи зажигания',
         '+20:00 – клетчатый флаг, которым взмахнула старейшая жительница села'],
        ['+Победила команда сельской молодёжи – 412 кругов, на четыре больше, чем у пожарных, у чьей косилки в '
         'сумерках слетел ремень.',
         '-Теги: Косилинск · гонка газонокосилок · благотворительность',
         '-Подписывайтесь на «Косилинскую правду» в Telegram и ВКонтакте',
         '+Администрация уже забронировала луг на вторую гонку в июне следующего года, с отдельным зачётом для '
         'косилок, выпущенных до 1980 года.'],
        ['-Комментарии (4)',
         '-Наталья_К: Отличный день, дети только об этом и говорят.',
         '-↳ Серёга: У нас так же, на следующий год выставим команду!',
         '-↳ Редакция: Спасибо, запись откроется в марте.',
         '-дачник_из_Косилинска: А кто заплатит за новый газон?'],
        ['-Подпишитесь на рассылку «Вести района» – каждую пятницу, бесплатно.',
         '-© 2026 «Косилинская правда» · Политика конфиденциальности · Контакты'],
    ]),
    _page('ru', 'ru-blog-komod-u-efrosini-dekupazh', [
        ['-Главная · Переделка мебели · Мастер-классы · Обо мне · Магазин',
         '-Комод у Ефросиньи – Старая мебель, новые истории'],
        ['-Опубликовано 3 мая 2026 автором Ефросинья · 14 комментариев',
         '+Бабушкин старый комод в технике декупаж с ботаническими салфетками',
         '-Время чтения: 7 минут',
         '-В записи есть партнёрские ссылки: вы ничего не переплачиваете.'],
        ['-Содержание',
         '-1. Подготовка комода · 2. Наклеиваем салфетки · 3. Лак и воск',
         '+Комод стоял в гостевой комнате моей бабушки: массив сосны, четыре ящика, сто лет следов от чашек и один '
         'ящик, который никогда до конца не закрывался.',
         '+Я отшлифовала его до голого дерева, зашпаклевала самые глубокие вмятины и нанесла два слоя меловой краски '
         'тёплого молочного цвета, каждый сох ночь.'],
        ['-Комод до: оранжевый лак и заедающие ящики.',
         '+Для декупажа я сняла верхний слой с бумажных салфеток с ботаническим рисунком; как говорит моя соседка '
         'Зинаида, «салфетки – самые дешёвые обои на свете».',
         '-Мои салфетки: набор «Ботанический сад» на Ozon (партнёрская ссылка)'],
        ['+Что я использовала',
         '+Бумажные салфетки с папоротниками и наперстянкой, только верхний слой',
         '+Матовый клей для декупажа и мягкая плоская кисть',
         '+Три слоя лака на водной основе с лёгкой шлифовкой между слоями',
         '-Крупный план: папоротник на фасаде ящика.'],
        ['+Труднее всего было с фасадами вокруг ручек: салфетка дважды порвалась, пока я не научилась резать её на '
         'маленькие кусочки и клеить внахлёст.',
         '-Поделиться записью: ВКонтакте · Pinterest · Telegram',
         '+Неделю комод сох, а потом вернулся в гостевую комнату, и упрямый ящик теперь ездит легко благодаря '
         'пчелиному воску на направляющих.',
         '-До новых встреч, ваша Ефросинья',
         '-Хотите такой же комод? Каждый сезон беру несколько заказов – подробности на странице «Заказы».'],
        ['-14 ответов',
         '-Ольга пишет: Красота! Ящики внутри тоже лакировали?',
         '-↳ Ефросинья пишет: Спасибо, Ольга, только снаружи, внутри они оклеены бумагой.',
         '-Андрей пишет: Какой меловой краской пользовались?',
         '-↳ Марина пишет: Я брала в строительном магазине, кроет отлично.'],
        ['-« Предыдущая запись: Переделка сервировочного столика · Следующая запись: Трафарет на ступенях »',
         '-© 2026 Комод у Ефросиньи · Тема: Astra · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Мастер-классы по декупажу провожу по субботам, запись через мою группу ВКонтакте.':
        ("a Russian Saturday decoupage-classes plug with sign-up through a VK group ('Мастер-классы по декупажу "
         "провожу по субботам, запись через мою группу ВКонтакте.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-the-napkin-and-lowboy-decoupage-chest':
        ("the English decoupage chest post keeps the before-photo caption ('The chest before: orange varnish and "
         "sticky drawers.') above the paragraph with the quote and the close-up caption ('Close-up of a fern laid "
         "over a drawer front.') after the third list row (2 of 20 noise lines); no article line is lost"),
    'fr-blog-le-tiroir-de-melisande-commode-decoupage':
        ("the French decoupage chest post keeps the before-photo caption ('La commode avant : vernis orange et "
         "tiroirs qui collent.') above the paragraph with the quote and the close-up caption ('Gros plan sur une "
         "fougère posée sur la façade d'un tiroir.') after the third list row (2 of 20 noise lines); no article line "
         'is lost'),
    'de-blog-kommodenzauber-servietten-kommode':
        ("the German decoupage chest post keeps the before-photo caption ('Die Kommode vorher: orangefarbener Lack "
         "und klemmende Schubladen.') above the paragraph with the quote and the close-up caption ('Nahaufnahme: ein "
         "Farn auf der Schubladenfront.') after the third list row (2 of 20 noise lines); no article line is lost"),
    'it-blog-il-cassettone-di-ornella-decoupage':
        ("the Italian decoupage chest post keeps the before-photo caption ('Il cassettone prima: vernice arancione e "
         "cassetti che si incastravano.') above the paragraph with the quote and the close-up caption ('Primo piano "
         "di una felce sul frontale di un cassetto.') after the third list row (2 of 20 noise lines); no article "
         'line is lost'),
    'pl-blog-komoda-u-bogny-decoupage':
        ("the Polish decoupage chest post keeps the before-photo caption ('Komoda przed: pomarańczowy lakier i "
         "zacinające się szuflady.') above the paragraph with the quote and the close-up caption ('Zbliżenie: paproć "
         "na froncie szuflady.') after the third list row (2 of 20 noise lines); no article line is lost"),
    'ru-blog-komod-u-efrosini-dekupazh':
        ("the Russian decoupage chest post keeps the before-photo caption ('Комод до: оранжевый лак и заедающие "
         "ящики.') above the paragraph with the quote and the close-up caption ('Крупный план: папоротник на фасаде "
         "ящика.') after the third list row (2 of 20 noise lines); no article line is lost"),
    'ru-portal-kosilinsk-gonka-gazonokosilok':
        ("the Russian lawnmower race report keeps the sponsored headline ('Спецпроект партнёра: Этот садовый лайфхак "
         "покорил весь район') under the ad label, between the subheading and the first list row, in the list block "
         '(1 of 20 noise lines); no article line is lost'),
}

test_held_out_220_line, test_held_out_220_line_is_kept, test_held_out_220_page = held_out_tests(
    HELD_OUT_220_LINES, HELD_OUT_220_KEEP, HELD_OUT_220_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
