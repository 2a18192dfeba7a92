"""Held-out set 127: written blind, weighted toward the noise the cleaner exists for, in shapes set 126's docstring does
not name (nor the first paragraphs of sets 123, 124 and 125): scraper, embed and ad markers (an English Padlet wall
failure "Padlet wall could not be displayed – open it on padlet.com to see the pupils' designs.", an English Vimeo
privacy-settings refusal "Because of its privacy settings, this Vimeo video cannot be played here.", an English Genially
presentation loader with a tracking-protection hint "Genially presentation loading… If nothing appears after a few
seconds, turn off strict tracking protection.", a French Calaméo paper that cannot be shown "Le journal Calaméo ne peut
pas s'afficher : autorisez les contenus externes pour le feuilleter.", a German Mentimeter poll loaded only after
consent "Externer Inhalt von Mentimeter: Die Umfrage wird erst nach Ihrer Zustimmung geladen.", an Italian Issuu
flipbook placeholder "Sfogliabile Issuu non disponibile – accetta i cookie di terze parti per leggere il giornalino.", a
Polish Kahoot! quiz that does not show "Quiz z Kahoot! nie wyświetla się w tej przeglądarce – otwórz go w aplikacji."
and a Russian VK Video clip blocked by the browser "Видео из VK Видео недоступно: оно заблокировано настройками вашего
браузера."); reading-time headers in new wordings (the English "This article is a 5 minute read." and a craft blog's
"Quick one today – you'll be done before the glue dries (two minutes, tops).", the French "Temps de lecture estimé : 5
minutes", the German "5 Min. Lesezeit", the Italian "Tempo di lettura stimato: 5 min", the Polish "Czas czytania: 5 min"
and the Russian "5 минут на чтение"); bylines and self-promotion (an English reporting-by byline with the desk title
"Reporting by Ophelia Carrow-Dunne, Education Editor", an English Teachers Pay Teachers templates plug "My printable
multiplication-wheel templates are in my Teachers Pay Teachers store – link in the menu.", an English Etsy saddles plug
"I sell restored vintage saddles on Etsy – new ones are listed most Fridays.", a French Payhip opening-sheets plug "Mes
fiches d'ouvertures sont disponibles sur ma boutique Payhip, envoi immédiat en PDF.", a German report-by-our-trainee
byline "Ein Bericht unserer Volontärin Merle Haspelkamp", an Italian by-with-the-desk byline "Di Ginevra Stracciabue |
Redazione Scuola", a Polish Vinted bonsai-pots plug "Sprzedaję własnoręcznie lepione donice do bonsai na Vinted – link w
profilu na Instagramie." and a Russian report-by-the-education-correspondent byline "Репортаж Ольги Кедрищевой,
корреспондента отдела образования"); blog and site footers (an English Netlify no-ads-no-cookies line "This site is
hosted by Netlify and has no ads, no analytics and no cookies.", an English company-registration line "Registered in
England and Wales No. 00000000. Registered office: 1 Market Row, Marlcote.", an English Hugo-and-PaperMod credit
"Proudly powered by Hugo and the PaperMod theme · RSS", a French host-and-publication-director line "Hébergeur :
OVHcloud, Roubaix – Directeur de la publication : Firmin Drouvelot", a German responsible-under-the-MStV line
"Verantwortlich im Sinne von § 18 Abs. 2 MStV: Gerlinde Wüstenbrock", an Italian VAT-number-and-registered-seat line
"Partita IVA 00000000000 · Sede legale a Montesalvino · Cookie policy", a Polish runs-on-Blogger line "Blog działa na
platformie Blogger · Szablon: Simple · Polityka prywatności" and a Russian all-rights-reserved-link-required line "Все
права защищены. При цитировании гиперссылка на сайт обязательна."); reader-comment furniture (an English
log-in-or-register prompt "Log in or register to join the discussion.", an English show-more link "Show 7 more
comments", an English thread-locked line "Thread locked by a moderator – no new replies can be added.", a French
log-in-to-react prompt "Connectez-vous pour réagir à cet article.", a German log-in-to-comment prompt "Zum Kommentieren
bitte anmelden oder kostenlos registrieren.", an Italian show-more-replies link "Mostra altre 5 risposte", a Polish
latest-comments row "Najnowsze komentarze (14) · Zobacz wszystkie" and a Russian sign-in-with-Gosuslugi-or-VK-ID line
"Чтобы оставить комментарий, войдите через Госуслуги или VK ID."); share rows (an English pass-it-on Email, Bluesky,
Mastodon and print row "Pass it on: Email · Bluesky · Mastodon · Print", a German share-now Xing, Pinterest and
Flipboard row "Jetzt teilen: Xing, Pinterest, Flipboard" and a Russian repost VKontakte, Telegram and MAX row
"Репостнуть: ВКонтакте · Telegram · МАКС"); and notices (a French correction note "Correctif : une version précédente de
cet article indiquait une ouverture en septembre." and an Italian names-changed editor's note "Nota della redazione: i
nomi dei ragazzi sono stati cambiati per tutelarne la privacy.", both in the body, and a Polish
made-with-the-school-board note "Materiał powstał we współpracy z kuratorium oświaty." at the foot); and toward whole
scraped news and hobby-blog pages in layouts set 126's docstring does not describe (on the six portal pages one block of
two above the title, the masthead and a section menu, and a breadcrumb at the top of the title's own block, right before
the headline; one block of three under the title (byline, date, reading time); nothing between the first and second
paragraphs; a photo caption and photo credit in their own block between the second paragraph and the paragraph with the
quote; a newsletter prompt alone between the paragraph with the quote and the subheading; the subheading and its three
rows in one block with an ad label between the second and third rows; nothing between the last row and the last
paragraphs; a share row and a Google News, Instagram or Dzen follow prompt in one block between the two last paragraphs;
at the foot three blocks, the tags alone, then five lines (a comment count, a comment, an arrowed reply, the first
commenter's answer nested two arrows deep and a second comment left unanswered), then a copyright line and a legal-links
row; on the six blog pages the blog name and its tagline in one block above the title, the title alone, a block of three
under it (date and author, category, reading time) and a four-line table of contents (its heading and three entries) in
its own block after that; a photo caption and photo credit in their own block between the first and second paragraphs;
nothing between the second paragraph and the paragraph with the quote, nor between that paragraph and the subheading,
which stands alone in its block; the three rows in the next block with an affiliate disclosure inside it after the third
row; a Pinterest, save or bookmark prompt alone between the list block and the last paragraphs; nothing between the two
last paragraphs; at the foot a block of six (a shop, book or workshop plug, a comment count, a comment, the author's
arrowed reply addressed by name, a second comment and the author's arrowed reply addressed by name) and a
platform-and-theme credit alone in the last block), taken from education and youth (a primary school's new canteen, a
student hall, a library's night opening, a youth orchestra's trip, a school bus route, a kindergarten's garden) and from
blogs about home-schooling crafts, chess problems, bonsai and restoring old bicycles.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 126 but what is named here), held-out set 128 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 126 up to its paragraph "Still held out after round 92", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 123, 124 and 125, printed with one ast
script (/tmp/s127scratch/peek.py, run once to the terminal, where its long output was cut in the middle, and once more
into /tmp/s127scratch/peek.out, of which lines 130 to 330 were paged with ``sed``); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s127scratch/helpers.py); and ``FIXTURES``, printed as its dict value. The import lines and
the line binding the three tests follow set 126's as printed, with 126 -> 127; /tmp/s127scratch/gen.py writes the file
from scratch files (lines127.py, pages127.py, the doc_*.txt paragraphs and, after the measurement, tables127.py).
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s127, detached at commit 977636e6d044be29f535a74ffb6c6436891588e5, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
20e06cd9d2b93b524057e77e1225f84fc064e9f5, which is not the brief's commit (main had moved or the brief names an earlier
one); as the brief says, both worktrees were made at 977636e6d044be29f535a74ffb6c6436891588e5 with ``git worktree add``
(output to /dev/null, both returned 0), and /work/main was not touched. (2) The machine's python had the project's
dependencies; every run used it. (3) peek.py's first run printed to the terminal, which cut its middle (part of set
125's first paragraph and the start of set 126's docstring); its second run went to peek.out, of which I paged lines 130
to 330 with ``sed`` (the rest of set 125's first paragraph, set 126's first paragraph, Protocol and most of its Slips
and notes); the rest of the allowed part had shown in the first run; nothing outside the allowed parts was printed. (4)
Before the measurement /tmp/s127scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits
inside any other noise, keep or article line, that no page line sits inside a held-out or keep line, that no line
repeats and that no line holds an at-sign, and printed the counts of article and noise lines per page and the categories
per language; gen.py checks that no line of the file is over 120 columns and that the lists and pages read back from the
written file are the ones drafted. The first run of check.py found the page mastheads and blog names inside their own
photo credits, follow prompts and copyright lines (the mastheads became longer lines with a tagline or edition line and
the blogs' credits name only the author), the English blog's table-of-contents heading "In this post" inside its
affiliate disclosure (it became "Jump to:"), the German blog's "Inhalt" inside the German Mentimeter marker (it became
"Inhaltsverzeichnis"), the Italian blog's "Indice" inside a reader's reply (it became "Indice dei contenuti") and the ad
labels "Publicité", "Pubblicità" and "Реклама" inside the keep lines "Publicité mensongère …", "Pubblicità e sponsor …"
and "Реклама на фасаде …" and an Italian legal-links row (they became "Publicité · Votre contenu continue ci-dessous",
"Pubblicità – continua a leggere sotto" and "Реклама 16+"); the second and later runs found nothing. (5) Invented names
were checked with the exact-string search over public GitHub files: Marlcote, Marl valley, Vaulcrozat, Haselbrügge,
Montesalvino, Brzozolesie, Gazeta Brzozoleska, Кедролесск, Кедролесская, Glue Sticks and Long Division, Le Fou du
Dimanche, Schalenzeit, Raggi e Ruggine, Mały Sękaty Ogród, Этюды на кухне, Ophelia Carrow, Haspelkamp and Merle
Haspelkamp, Stracciabue, Кедрищев, Firmin Drouvelot, Wüstenbrock, Rosalind Tenterby, Vaudrimont, Brüggenkötter, Alessio
Brunardi, Pstrągowiecka, Облепихина, Priya Langstaff, Sabine Ortloff, Pietro Valdimonte, Наталья Гороховецкая and Colin
Baynard had no hits. Dropped for hits: Hollowmere (the English town became Marlcote), La Case Piégée (the French chess
blog became Le Fou du Dimanche), Brindleworth, Castelbrando and Haubrichs (never used; the Italian seat is Montesalvino
and the German MStV name Wüstenbrock), Scarpolini, Tomasellini and Pallottieri (the Italian reporter became Ginevra
Stracciabue), Тумаркина (the Russian reporter became Ольга Кедрищева), Aurivelle (Clémence Vaudrimont), Voßkämper
(Jannik Brüggenkötter), Wielgopolan (Katarzyna Pstrągowiecka), Наталья Серебрякова (Наталья Гороховецкая) and
Рябиновская (a street name; never used). Not checked: the papers built on checked towns (Marlcote Gazette, L'Écho de
Vaulcrozat, Haselbrügger Tageblatt, Il Corriere di Montesalvino, Кедролесская правда), the school, hall and kindergarten
names (Marlcote Primary, Marlcote Community School, résidence des Tanneurs, «Рябинка»), the hamlets Dębina, Zagórze and
Lipówki, the quoted Inès and Ewa, the blog authors (Nell, Aurélien, Thorsten, Franco, Michał, Игорь) and the commenters'
first names and handles. Numbers are zero-filled (company and VAT numbers); there are no e-mail addresses and no
at-signs. (6) Real things named, as real pages do: Padlet, Vimeo, Genially, Calaméo, Mentimeter, Issuu, Kahoot!, VK
Video and VK ID, Gosuslugi, Teachers Pay Teachers, Etsy, Payhip, Vinted, Instagram, Netlify, Hugo (PaperMod), OVHcloud
and Roubaix, the MStV, Blogger, Bluesky, Mastodon, Xing, Pinterest, Flipboard, VKontakte, Odnoklassniki, Telegram, MAX,
Dzen, Facebook, X, WhatsApp, Messenger, Google News, Lichess, WordPress and WordPress.com (Kadence, Astra,
GeneratePress, Neve by ThemeZee, Hemingway, Twenty Twenty-Five), the Crous, Bianchi, Legnano, the Novegro market,
Mozart, Vienna and the magazine «Шахматы в СССР». (7) The two measuring commands ran as the brief gave them, in one
shell call after ``date`` (11:58:33 UTC) and the last check, their output sent to /tmp/s127scratch/measure.out and
report.out and the report and the pytest tail printed; the problems were then printed with ``_problems`` in the frozen
worktree by /tmp/s127scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s127/tests; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing
ones (18, 0 and 10, as in the measurement). The xfail tables were written by /tmp/s127scratch/tables127.py from my own
descriptions of those lines and pages. (8) My first clock reading was 2026-12-05 11:54:29 UTC; the measurement ran at
11:58:33 UTC. (9) With the tables filled, the pytest command ran on the final file in /tmp/wt-s127: 49 passed, 28
xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from parents at Tuesday's meeting", "Sharing a single
minibus", "Subscribers to the council's school-meals scheme", "Following the inspection", "Copyright lawyers told the
committee", "Advertising on school buses was ruled out", "Reading scores in the borough", "Abonnement annuel à la
médiathèque", "Suivre les répétitions de l'orchestre des jeunes", "Publicité mensongère", "Kommentare der Eltern",
"Teilen müssen sich die beiden Grundschulen", "Lesen lernen die Kinder", "Pubblicità e sponsor non entreranno",
"Iscriversi all'orchestra giovanile", "Diritti d'autore e licenze", "Udostępnienie sali gimnastycznej", "Obserwując
dzieci w ogródku", "Поделиться опытом с коллегами" and "Реклама на фасаде студенческого общежития" are article
sentences: each reports what a council, a school, a library, an orchestra, a kindergarten or a student council decided,
found or said, with the noise-like word as an ordinary noun or verb of the sentence, never a label, a prompt or a link.
Categories: the Padlet, Vimeo, Genially, Calaméo, Mentimeter, Issuu, Kahoot! and VK Video lines are markers (embed
failures or consent placeholders); the four reporters' bylines sit at the head and the Teachers Pay Teachers, Etsy,
Payhip and Vinted lines are bylines (self-promotion) at the foot; the Netlify, company-registration, Hugo,
host-and-publication-director, MStV-responsible, VAT-number, Blogger and all-rights-reserved lines are footers; the
log-in prompts, the show-more links, the locked-thread line, the latest-comments row and the Gosuslugi or VK ID sign-in
line are comment furniture; the pass-it-on, share-now and repost rows are share rows; the French correction and the
Italian names-changed note are notices in the body and the Polish made-with-the-school-board line is a notice at the
foot (a cooperation disclosure, not a byline). On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads and section menus, blog names and taglines, breadcrumbs, bylines, dates and authors' names, categories,
reading times, tables of contents, photo and diagram captions and credits, newsletter prompts, ad labels, affiliate
disclosures, share rows, follow and save prompts, tags, shop, book and workshop plugs, comment counts, comments and
replies, copyright lines, legal-links rows and platform-and-theme credits) is noise. The photo captions are noise
although they are sentences: each describes the picture, not the story.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-marlcote-canteen (a primary school's new canteen after two years of packed lunches),
en-blog-gluesticks-lighthouse (a home-schooling family builds a lighthouse from a crisp tube and a bicycle light),
fr-portail-vaulcrozat-residence (a 180-room student hall opens near the campus), fr-blog-foududimanche-probleme (a
mate-in-two problem that beat a whole chess club), de-portal-haselbruegge-bibliothek (a town library's reading room
opens until midnight for students), de-blog-schalenzeit-wacholder (a juniper bonsai repotted into a new pot after three
years), it-portale-montesalvino-orchestra (a youth orchestra invited to play in Vienna), it-blog-raggieruggine-bianchi
(a 1958 Bianchi bicycle saved from a cellar and restored), pl-portal-brzozolesie-autobus (a school bus route extended to
two hamlets), pl-blog-malysekatyogrod-klon (a first bonsai from a maple seedling dug up under a block of flats),
ru-portal-kedrolessk-sad (a kindergarten's first vegetable garden and greenhouse) and ru-blog-etyudynakukhne-zadacha (a
mate-in-three problem a ten-year-old solved before his father), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 977636e6d044be29f535a74ffb6c6436891588e5, measured with ``cd /tmp/wt-s127 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s127/src python -m pytest -q tests/test_clean_held_out_127.py -rA -p
no:cacheprovider`` (28 failed, 49 passed) and ``cd /tmp/wt-s127 && PYTHONPATH=/tmp/wt-s127/src python
scripts/clean_held_out_report.py --sets 127``, with the xfail tables empty): noise lines removed 27/45 (marker 0/8,
reading-time 6/7, byline 2/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 18 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: all eight markers (the English Padlet, Vimeo and Genially lines, the French Calaméo,
German Mentimeter, Italian Issuu, Polish Kahoot! and Russian VK Video placeholders), the English craft blog's
before-the-glue-dries reading estimate, six bylines (the English reporting-by and German report-by-our-trainee bylines
and the English Teachers Pay Teachers, English Etsy, French Payhip and Polish Vinted plugs), the English thread-locked
comment line and two notices (the French correction and the Italian names-changed note)); keep lines kept 20/20; pages
2/12 clean (the Italian orchestra portal and the Polish school-bus portal), 29 of 240 page noise lines left and 0 of 120
article lines lost. Left on the pages: the English portal 3 (masthead, photo caption, newsletter prompt), the English
home-schooling blog 8 (blog name, tagline, the four lines of its table of contents, affiliate disclosure, Pinterest
prompt), the French portal 1 (newsletter prompt), the French chess blog 3 (diagram caption and credit, Pinterest
prompt), the German portal 3 (masthead, newsletter prompt, share row), the German bonsai blog 2 (photo caption,
Pinterest prompt), the Italian portal 0, the Italian bicycle blog 2 (photo caption, Pinterest prompt), the Polish portal
0, the Polish bonsai blog 1 (Pinterest prompt), the Russian portal 4 (masthead, photo caption and credit, Dzen follow
prompt) and the Russian chess blog 2 (diagram caption, bookmark prompt), as ``_PAGE_XFAIL`` describes; no page loses an
article line. The failing cases are strict xfails.

Still held out after round 93 (developed on sets 125 and 126: replies quoted by '>' with no name read as a thread's
under its count; a caption over its credit taken also as the first or last two lines of a paragraph's block; embed
placeholders naming no service (a map, video, chart or player unavailable, blocked or to appear here, with cookies,
JavaScript, the browser or privacy settings); the object-first share label; closed-thread,
comments-are-their-authors'-opinions, guest-comment, translated-notice and byline lines and shop plugs; this set was
written against 977636e, before it; measured once with ``scripts/clean_held_out_report.py --sets 127`` at eb0b7d2):
noise lines removed 27 -> 28/45 (marker 0 -> 1/8: the Russian VK Video clip blocked by the browser), keep lines 20/20,
pages clean 2/12 (unchanged), page noise lines left 29 -> 26 of 240 (the library story's share row, the bonsai and
bicycle blogs' photo captions), article lines lost 0 of 120 (unchanged). One line entry removed, three page reasons
reworded.
Round 94 (development; this set was read in full from this round on): Fixed as mechanisms first, with six-language tests
and near misses in tests/test_clean.py (test_round_94_*). A save, pin or bookmark prompt stands alone anywhere in the
body: the round-72 prompt now takes the reader's named board, "nella tua bacheca", the bookmarks as the place and a
short reason to come back after the network (whole_line_noise "social follow"; "Pinterest said ..." and "Save the whey
for the bread" stay), the German label with its object first ("Dieses Bild auf Pinterest merken") and the site read as
"us" on a network ("Читайте нас в Дзене"). Newsletter prompts: the round-92 prompt takes the call after a dash or a
colon closed by a full stop, delivery to the reader's inbox with no verb of signing up, and an e-mail bulletin. Plugs
and disclosures: the round-76/93 shop plug takes a platform before "store" or after "boutique", a platform alone after
"on" (whole_line_noise._SHOP_PLATFORM), the writer selling in the first person with a shop, platform or stall named, the
writer's own course, workshop or e-book sold or booked, and a shop's imperative over the writer's kit; the round-92
affiliate notice takes "Some links in this post are ...", "In questo articolo trovi ..." and a reason after a colon;
"Ogłoszenie" alone is an ad label. The page head: a masthead's name and tagline on one line above the menu
(page_blocks._is_name_and_tagline, _MASTHEAD_SEPARATOR), a "Jump to:" header over dotted entries above the first
paragraph (clean._TOC_HEADER). Captions: a noun phrase and one short sentence over a credit
(page_blocks._is_phrase_and_sentence_caption), a credit naming the paper in guillemets (_QUOTED_CREDIT_NAME), a chess
diagram's credits (_HEAD_CREDIT's made-with, _PICTURE_WORD_LABEL's "Диаграмма"), and a caption with no credit but the
picture's pin or save prompt under it, the two alone in their block (page_blocks._is_pin_prompt; the caption a noun
phrase with no finite verb and no writer's "we" or "I"). A caption alone in its block with neither credit nor prompt
under it is not taken: no rule found for it would keep a short article paragraph with a verb no list names. Single
lines: Padlet, Genially, Calaméo, Mentimeter, Issuu, Kahoot! and declined network names as embed platforms with
cannot-be-played-here, after-consent, not-in-this-browser, cookies-to-read, external-services and failed-to-load states,
a verb of saying now keeping such a line; "Reporting by" bylines with an editor's title and reports by the paper's own
trainee or reporter; "Correctif" corrections and names-changed notes under an editor's label. No class was added. Across
sets 10-128 (held-out report) no article or keep line lost; sets 67, 70, 71 (two), 81, 84, 87 (two), 95, 117, 118, 121
(four), 122 and 123 remove more noise lines or gain a clean page (their strict xfail entries removed) and sets 44, 49,
62, 83, 87, 95, 96, 105, 106, 112, 115 and 120 lose one or two more page lines (reasons reworded); sets 10-128: noise
lines removed 4995 -> 5024 of 5431, keep lines 2407 -> 2407, pages clean 890 -> 916 of 1414, page noise lines left 1264
-> 1196, paragraphs lost 2 -> 2; SemEval: 0 of 3723 files changed; bench ratio 1.07 (1.09 while the test set ran); site
batch 2's fr_trap_depeche_reprise leaves no template line (its known-left entry in tests/test_site_batches.py removed).
Figures before -> after: noise lines removed 28 -> 43/45 (marker 1 -> 8/8, byline 2 -> 8/8, notice 1 -> 3/3;
reading-time 6/7, footer 8/8, comments 7/8 and share 3/3 unchanged), keep lines 20/20, pages clean 2 -> 12/12, page
noise lines left 26 -> 0 of 240, article lines lost 0 of 120 (unchanged); pytest 50 passed, 27 xfailed -> 75 passed, 2
xfailed. No reason of this set reworded (every page entry removed). Still missed: the English craft blog's
before-the-glue-dries reading estimate and the English thread-locked line.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_127_LINES: list[tuple[str, str, str]] = [
    ("body", "Padlet wall could not be displayed – open it on padlet.com to see the pupils' designs.", "marker"),
    ("body", "Because of its privacy settings, this Vimeo video cannot be played here.", "marker"),
    ("body", "Genially presentation loading… If nothing appears after a few seconds, turn off strict "
             "tracking protection.", "marker"),
    ("body", "Le journal Calaméo ne peut pas s'afficher : autorisez les contenus externes pour le "
             "feuilleter.", "marker"),
    ("body", "Externer Inhalt von Mentimeter: Die Umfrage wird erst nach Ihrer Zustimmung geladen.", "marker"),
    ("body", "Sfogliabile Issuu non disponibile – accetta i cookie di terze parti per leggere il "
             "giornalino.", "marker"),
    ("body", "Quiz z Kahoot! nie wyświetla się w tej przeglądarce – otwórz go w aplikacji.", "marker"),
    ("body", "Видео из VK Видео недоступно: оно заблокировано настройками вашего браузера.", "marker"),
    ("head", "This article is a 5 minute read.", "reading-time"),
    ("head", "Quick one today – you'll be done before the glue dries (two minutes, tops).", "reading-time"),
    ("head", "Temps de lecture estimé : 5 minutes", "reading-time"),
    ("head", "5 Min. Lesezeit", "reading-time"),
    ("head", "Tempo di lettura stimato: 5 min", "reading-time"),
    ("head", "Czas czytania: 5 min", "reading-time"),
    ("head", "5 минут на чтение", "reading-time"),
    ("head", "Reporting by Ophelia Carrow-Dunne, Education Editor", "byline"),
    ("head", "Ein Bericht unserer Volontärin Merle Haspelkamp", "byline"),
    ("head", "Di Ginevra Stracciabue | Redazione Scuola", "byline"),
    ("head", "Репортаж Ольги Кедрищевой, корреспондента отдела образования", "byline"),
    ("tail", "My printable multiplication-wheel templates are in my Teachers Pay Teachers store – link in "
             "the menu.", "byline"),
    ("tail", "I sell restored vintage saddles on Etsy – new ones are listed most Fridays.", "byline"),
    ("tail", "Mes fiches d'ouvertures sont disponibles sur ma boutique Payhip, envoi immédiat en PDF.", "byline"),
    ("tail", "Sprzedaję własnoręcznie lepione donice do bonsai na Vinted – link w profilu na Instagramie.", "byline"),
    ("tail", "This site is hosted by Netlify and has no ads, no analytics and no cookies.", "footer"),
    ("tail", "Registered in England and Wales No. 00000000. Registered office: 1 Market Row, Marlcote.", "footer"),
    ("tail", "Proudly powered by Hugo and the PaperMod theme · RSS", "footer"),
    ("tail", "Hébergeur : OVHcloud, Roubaix – Directeur de la publication : Firmin Drouvelot", "footer"),
    ("tail", "Verantwortlich im Sinne von § 18 Abs. 2 MStV: Gerlinde Wüstenbrock", "footer"),
    ("tail", "Partita IVA 00000000000 · Sede legale a Montesalvino · Cookie policy", "footer"),
    ("tail", "Blog działa na platformie Blogger · Szablon: Simple · Polityka prywatności", "footer"),
    ("tail", "Все права защищены. При цитировании гиперссылка на сайт обязательна.", "footer"),
    ("tail", "Log in or register to join the discussion.", "comments"),
    ("tail", "Show 7 more comments", "comments"),
    ("tail", "Thread locked by a moderator – no new replies can be added.", "comments"),
    ("tail", "Connectez-vous pour réagir à cet article.", "comments"),
    ("tail", "Zum Kommentieren bitte anmelden oder kostenlos registrieren.", "comments"),
    ("tail", "Mostra altre 5 risposte", "comments"),
    ("tail", "Najnowsze komentarze (14) · Zobacz wszystkie", "comments"),
    ("tail", "Чтобы оставить комментарий, войдите через Госуслуги или VK ID.", "comments"),
    ("tail", "Pass it on: Email · Bluesky · Mastodon · Print", "share"),
    ("tail", "Jetzt teilen: Xing, Pinterest, Flipboard", "share"),
    ("tail", "Репостнуть: ВКонтакте · Telegram · МАКС", "share"),
    ("body", "Correctif : une version précédente de cet article indiquait une ouverture en septembre.", "notice"),
    ("body", "Nota della redazione: i nomi dei ragazzi sono stati cambiati per tutelarne la privacy.", "notice"),
    ("tail", "Materiał powstał we współpracy z kuratorium oświaty.", "notice"),
]
HELD_OUT_127_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from parents at Tuesday's meeting led the governors to delay the canteen tender by a month."),
    ("head", "Sharing a single minibus, the two village schools will now stagger their start times by twenty minutes."),
    ("head", "Subscribers to the council's school-meals scheme will pay 10p more per lunch from January, the "
             "cabinet agreed."),
    ("body", "Following the inspection, the academy trust promised to replace the leaking roof over the sports hall "
             "before winter."),
    ("tail", "Copyright lawyers told the committee that the library could not lend the scanned textbooks without a "
             "licence."),
    ("tail", "Advertising on school buses was ruled out by councillors, who said pupils should not be a captive "
             "audience."),
    ("tail", "Reading scores in the borough rose for a third year, according to figures published by the education "
             "department."),
    ("head", "Abonnement annuel à la médiathèque : le conseil municipal a voté sa gratuité pour les moins de 26 ans."),
    ("body", "Suivre les répétitions de l'orchestre des jeunes sera possible pour les familles le samedi matin, a "
             "indiqué le chef."),
    ("tail", "Publicité mensongère : c'est ce que reprochent les parents au prestataire qui avait promis des repas "
             "bio."),
    ("head", "Kommentare der Eltern führten dazu, dass der Schulausschuss die neue Buslinie noch einmal prüfen lässt."),
    ("body", "Teilen müssen sich die beiden Grundschulen künftig eine Turnhalle, bis der Neubau 2028 fertig ist."),
    ("tail", "Lesen lernen die Kinder im Kindergarten noch nicht, aber im neuen Garten lernen sie, was eine Möhre "
             "braucht."),
    ("head", "Pubblicità e sponsor non entreranno nella nuova biblioteca, ha promesso l'assessora alla cultura."),
    ("body", "Iscriversi all'orchestra giovanile resta gratuito per i ragazzi sotto i quattordici anni, ha spiegato "
             "il direttore."),
    ("tail", "Diritti d'autore e licenze dei libri digitali costeranno alla biblioteca circa ottomila euro l'anno."),
    ("head", "Udostępnienie sali gimnastycznej mieszkańcom w weekendy zaproponowali radni z osiedla Zachód."),
    ("tail", "Obserwując dzieci w ogródku, przedszkolanki zauważyły, że chętniej jedzą warzywa, które same posadziły."),
    ("body", "Поделиться опытом с коллегами в новую школу приехали учителя из трёх соседних районов."),
    ("tail", "Реклама на фасаде студенческого общежития исчезнет после ремонта, пообещали в студсовете."),
]
HELD_OUT_127_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-marlcote-canteen", [
        [
            "-The Marlcote Gazette · Serving the Marl valley since 1911",
            "-News | Schools | Sport | Council | Property | Jobs",
        ],
        [
            "-Home › News › Education",
            "+Marlcote Primary opens its new canteen after two years of packed lunches in the hall",
        ],
        [
            "-By Rosalind Tenterby, Local Democracy Reporter",
            "-Published 4 December 2026, 07:30",
            "-4 min read",
        ],
        [
            "+Pupils at Marlcote Primary sat down to a hot lunch on Thursday in a canteen of their own for the "
                "first time since a fire closed the old kitchen in the autumn of 2024.",
        ],
        [
            "+The single-storey building behind the playground cost £1.2 million and seats 140 children at once, "
                "so the school can serve lunch in two sittings instead of four.",
        ],
        [
            "-The new canteen on its first day. Headteacher Priya Langstaff serves the first portion of shepherd's "
                "pie.",
            "-Photograph: Marlcote Gazette",
        ],
        [
            '+"For two years our children ate sandwiches on the floor of the hall, and PE was cancelled every '
                'lunchtime," said Ms Langstaff. "Today they had a choice of three hot meals and a proper table."',
        ],
        [
            "-Get the Marlcote schools newsletter every Friday – sign up free.",
        ],
        [
            "+What changes for families",
            "+Free school meals now include a hot pudding on Mondays and Thursdays.",
            "+Parents can pre-order meals through the school app by 9am on the day.",
            "-Advertisement",
            "+The canteen will open to the after-school club for a tea from 3.30pm.",
        ],
        [
            "+The council said a second canteen, at Marlcote Community School, should be built in 2027 if the bid "
                "for government funding succeeds.",
        ],
        [
            "-Share this article: Facebook | X | WhatsApp | Email",
            "-Follow Marlcote Gazette on Google News",
        ],
        [
            "+The old kitchen will be turned into a cookery classroom for the older pupils after Easter.",
        ],
        [
            "-Topics: Education, Marlcote Primary, School meals",
        ],
        [
            "-9 comments",
            "-Jen_M: My two finally stopped asking for crisps in their lunchbox. Well done to the staff.",
            "-↳ RoadrunnerDad: Took long enough, but it looks great.",
            "-↳↳ Jen_M: True, two years is a long time when you're seven.",
            "-Colin Baynard: Who is paying for the running costs though?",
        ],
        [
            "-© 2026 Marlcote Gazette. All rights reserved.",
            "-Privacy notice · Cookie settings · Terms · Advertise with us",
        ],
    ]),
    _page("en", "en-blog-gluesticks-lighthouse", [
        [
            "-Glue Sticks and Long Division",
            "-Home-schooling three kids with a kitchen table and too much card",
        ],
        [
            "+We built a working lighthouse out of a crisp tube and a bicycle light",
        ],
        [
            "-Posted 2 December 2026 by Nell",
            "-Filed under: Crafts, Science, Ages 6–10",
            "-About 6 minutes of reading",
        ],
        [
            "-Jump to:",
            "-1. Why a lighthouse",
            "-2. Shopping list",
            "-3. Our mistakes",
        ],
        [
            "+This week's topic was the coast, and my middle one asked how a lighthouse knows when to switch on, "
                "so we decided to make one.",
        ],
        [
            "-The finished lighthouse on the windowsill, with the bike light flashing.",
            "-Photo © Nell",
        ],
        [
            "+The tower is an empty crisp tube wrapped in white paper with red tape stripes, and the lamp room is "
                "a clear plastic cup turned upside down.",
        ],
        [
            '+My youngest painted the rocks at the bottom and announced, "Now the ships won\'t crash, because the '
                'light goes round and round."',
        ],
        [
            "+What the kids learnt along the way",
        ],
        [
            "+Why lighthouses flash in different patterns, so sailors can tell them apart.",
            "+How a light sensor works, using a cheap night-light switch.",
            "+That PVA glue needs a whole night to dry on plastic.",
            "-Some links in this post are affiliate links: I may earn a few pence if you buy through them.",
        ],
        [
            "-Love this idea? Save it to your crafts board on Pinterest!",
        ],
        [
            "+Next time we will use a stronger tube, because ours bent when the light was pushed in.",
        ],
        [
            "+If you try it, start the painting early in the week so it has time to dry.",
        ],
        [
            "-My printable coastal-topic pack (12 pages) is 3 pounds in the shop tab.",
            "-4 comments",
            "-Ruth: We did this with a kitchen-roll tube and it worked too.",
            "-↳ Nell: Ruth, kitchen roll is genius – much easier to cut.",
            "-Dev: Which night-light switch did you use?",
            "-↳ Nell: Dev, a cheap plug-in one, I took it apart with my husband's help.",
        ],
        [
            "-Theme: Kadence · Powered by WordPress",
        ],
    ]),
    _page("fr", "fr-portail-vaulcrozat-residence", [
        [
            "-L'ÉCHO DE VAULCROZAT · Édition du jeudi",
            "-Actualités · Éducation · Sports · Culture · Annonces",
        ],
        [
            "-Accueil > Vaulcrozat > Étudiants",
            "+Une nouvelle résidence étudiante de 180 chambres ouvre près du campus de Vaulcrozat",
        ],
        [
            "-Par Clémence Vaudrimont",
            "-Publié le 3 décembre 2026 à 18h05",
            "-Lecture 4 min",
        ],
        [
            "+Les premiers étudiants ont reçu lundi les clés de la résidence des Tanneurs, construite en deux ans "
                "sur un ancien parking à cinq minutes de l'université.",
        ],
        [
            "+Les chambres de 18 mètres carrés sont louées 390 euros par mois, charges comprises, soit presque "
                "moitié moins que dans le parc privé du centre-ville.",
        ],
        [
            "-Le bâtiment compte cinq étages et une cuisine partagée à chaque palier.",
            "-Crédit photo : L'Écho de Vaulcrozat",
        ],
        [
            "+« J'habitais chez mes parents à quarante kilomètres, je passais trois heures par jour dans le car », "
                "raconte Inès, étudiante en deuxième année de droit.",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre.",
        ],
        [
            "+Ce que prévoit la résidence",
            "+Une salle de travail ouverte jour et nuit au rez-de-chaussée.",
            "+Un local pour quarante vélos, fermé par badge.",
            "-Publicité · Votre contenu continue ci-dessous",
            "+Trente chambres réservées aux étudiants boursiers.",
        ],
        [
            "+Le Crous annonce déjà plus de 600 demandes pour la rentrée prochaine.",
        ],
        [
            "-Partager : Facebook · X · WhatsApp · Copier le lien",
            "-Suivez L'Écho de Vaulcrozat sur Google Actualités",
        ],
        [
            "+Une deuxième résidence est à l'étude sur le site de l'ancienne caserne.",
        ],
        [
            "-Mots-clés : logement étudiant, université, Crous",
        ],
        [
            "-5 commentaires",
            "-Paulo31 : Enfin ! Ma fille a cherché un studio pendant tout l'été.",
            "-↳ Marine_V : Pareil pour mon fils, 600 euros pour 12 m².",
            "-↳↳ Paulo31 : C'est devenu impossible en ville.",
            "-Gérard : Et le stationnement pour les riverains ?",
        ],
        [
            "-© 2026 L'Écho de Vaulcrozat – Tous droits réservés",
            "-Mentions légales · Données personnelles · Contact",
        ],
    ]),
    _page("fr", "fr-blog-foududimanche-probleme", [
        [
            "-Le Fou du Dimanche",
            "-Problèmes d'échecs, études et mats en deux coups",
        ],
        [
            "+Le mat en deux coups qui a résisté à tout mon club",
        ],
        [
            "-Publié le 1er décembre 2026 par Aurélien",
            "-Rubrique : Problèmes",
            "-Environ 5 min de lecture",
        ],
        [
            "-Sommaire",
            "-1. La position",
            "-2. Les fausses pistes",
            "-3. La solution",
        ],
        [
            "+Ce problème de 1912 m'a été envoyé par un lecteur, et je l'ai posé jeudi au club sans imaginer qu'il "
                "nous occuperait toute la soirée.",
        ],
        [
            "-Le diagramme de départ : les Blancs jouent et font mat en deux coups.",
            "-Diagramme réalisé avec Lichess",
        ],
        [
            "+Les Blancs ont une dame, une tour et trois pions contre un roi noir coincé dans le coin, et tout "
                "semble trop facile.",
        ],
        [
            "+Le doyen du club a fini par lâcher : « Ce qui est beau, c'est que le premier coup ne menace rien du "
                "tout. »",
        ],
        [
            "+Les trois fausses pistes",
        ],
        [
            "+L'échec de la dame en h7, auquel le roi répond en fuyant.",
            "+La prise du pion g7, qui libère une case au roi.",
            "+Le sacrifice de la tour, joli mais qui ne mate pas.",
            "-Les liens vers les livres sont affiliés : je touche une petite commission en cas d'achat.",
        ],
        [
            "-Épinglez ce problème sur Pinterest pour le retrouver plus tard !",
        ],
        [
            "+La clé est un coup de roi blanc, qui place les Noirs en zugzwang.",
        ],
        [
            "+Je vous laisse chercher la suite avant de lire les commentaires.",
        ],
        [
            "-Mon recueil de 50 problèmes commentés est disponible en version papier dans la boutique.",
            "-3 commentaires",
            "-Sylvie : Trouvé en vingt minutes, mais j'avais triché avec le titre.",
            "-↳ Aurélien : Sylvie, le titre est un indice, ce n'est pas tricher !",
            "-Karim : Le coup de roi, je ne l'aurais jamais vu.",
            "-↳ Aurélien : Karim, personne au club ne l'a vu non plus.",
        ],
        [
            "-Propulsé par WordPress · Thème Astra",
        ],
    ]),
    _page("de", "de-portal-haselbruegge-bibliothek", [
        [
            "-Haselbrügger Tageblatt – Ihre Zeitung für Stadt und Land",
            "-Lokales · Schule · Kultur · Sport · Service",
        ],
        [
            "-Startseite › Lokales › Bildung",
            "+Stadtbibliothek Haselbrügge öffnet für Studierende bis Mitternacht",
        ],
        [
            "-Von Jannik Brüggenkötter",
            "-Veröffentlicht am 2. Dezember 2026, 16:45 Uhr",
            "-Lesezeit: 3 Minuten",
        ],
        [
            "+Ab Januar bleibt der Lesesaal der Stadtbibliothek von Montag bis Donnerstag bis 24 Uhr geöffnet, "
                "zunächst für ein Jahr als Versuch.",
        ],
        [
            "+Nach 20 Uhr gibt es keine Ausleihe am Schalter, die Bücher lassen sich aber an zwei Automaten selbst "
                "verbuchen.",
        ],
        [
            "-Der Lesesaal im ersten Stock bietet 90 Arbeitsplätze.",
            "-Foto: Haselbrügger Tageblatt",
        ],
        [
            "+„Unsere Studierenden haben in den Prüfungswochen einfach keinen ruhigen Platz zum Lernen“, sagte "
                "Bibliotheksleiterin Sabine Ortloff.",
        ],
        [
            "-Der Haselbrügger Morgen-Newsletter: jeden Werktag um 6 Uhr kostenlos in Ihrem Postfach.",
        ],
        [
            "+Was sich für Nutzer ändert",
            "+Nach 20 Uhr ist der Eingang nur mit Bibliotheksausweis offen.",
            "+Ein Sicherheitsdienst ist bis Mitternacht im Haus.",
            "-Werbung",
            "+Die Cafeteria im Erdgeschoss schließt weiter um 19 Uhr.",
        ],
        [
            "+Die Kosten von rund 80.000 Euro teilen sich Stadt und Hochschule.",
        ],
        [
            "-Artikel teilen: Facebook, WhatsApp, E-Mail",
            "-Folgen Sie uns auf Instagram",
        ],
        [
            "+Im Herbst soll ausgewertet werden, wie viele Besucher die späten Stunden nutzen.",
        ],
        [
            "-Schlagworte: Stadtbibliothek, Hochschule, Haselbrügge",
        ],
        [
            "-6 Kommentare",
            "-Lernhase: Super, endlich nicht mehr in der Mensa lernen!",
            "-↳ Frank_K: Und wer zahlt den Sicherheitsdienst?",
            "-↳↳ Lernhase: Steht doch im Artikel, Stadt und Hochschule.",
            "-Ingrid B.: Bitte auch am Sonntag öffnen.",
        ],
        [
            "-© 2026 Haselbrügger Tageblatt",
            "-Impressum · Datenschutz · AGB · Kontakt",
        ],
    ]),
    _page("de", "de-blog-schalenzeit-wacholder", [
        [
            "-Schalenzeit",
            "-Ein Bonsai-Tagebuch vom Balkon",
        ],
        [
            "+Mein Wacholder bekommt nach drei Jahren endlich eine neue Schale",
        ],
        [
            "-30. November 2026 · Thorsten",
            "-Kategorie: Umtopfen",
            "-Etwa 7 Minuten Lesedauer",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Der Zustand",
            "-2. Die Schale",
            "-3. Das Umtopfen",
        ],
        [
            "+Der Chinesische Wacholder stand seit 2023 in einer viel zu großen Trainingsschale, und die Wurzeln "
                "waren inzwischen dicht wie Filz.",
        ],
        [
            "-Der Wacholder vor dem Umtopfen, von vorne gesehen.",
            "-Bild: Thorsten, alle Rechte vorbehalten",
        ],
        [
            "+Die neue Schale ist oval, unglasiert und nur fünf Zentimeter tief, gekauft bei einem Töpfer auf dem "
                "Markt.",
        ],
        [
            "+Mein Lehrer im Verein sagte nur: „Schneide nie mehr als ein Drittel der Wurzeln auf einmal.“",
        ],
        [
            "+Was ich dafür brauchte",
        ],
        [
            "+Eine Wurzelkralle und eine scharfe Schere.",
            "+Akadama und Bims im Verhältnis eins zu eins.",
            "+Aluminiumdraht, um den Baum in der Schale zu verankern.",
            "-Dieser Beitrag enthält Affiliate-Links. Für dich ändert sich am Preis nichts.",
        ],
        [
            "-Merk dir den Beitrag auf Pinterest für das nächste Frühjahr!",
        ],
        [
            "+Jetzt steht der Baum zwei Wochen im Schatten, bevor er wieder in die Sonne darf.",
        ],
        [
            "+Im Frühjahr zeige ich, ob er neu austreibt.",
        ],
        [
            "-In meinem Shop gibt es gebrauchte Schalen aus meiner Sammlung.",
            "-5 Kommentare",
            "-Heike: Schöner Baum! Warum nicht im Frühjahr umgetopft?",
            "-↳ Thorsten: Heike, Wacholder verzeihen das im Herbst, wenn man vorsichtig ist.",
            "-Marco: Welche Körnung hat dein Akadama?",
            "-↳ Thorsten: Marco, drei bis sechs Millimeter.",
        ],
        [
            "-Theme: GeneratePress · Mit Liebe gemacht mit WordPress",
        ],
    ]),
    _page("it", "it-portale-montesalvino-orchestra", [
        [
            "-Il Corriere di Montesalvino · Quotidiano online",
            "-Cronaca · Scuola · Cultura · Sport · Necrologie",
        ],
        [
            "-Home > Cultura > Musica",
            "+L'orchestra giovanile di Montesalvino suonerà a Vienna in primavera",
        ],
        [
            "-di Alessio Brunardi",
            "-Pubblicato il 3 dicembre 2026 alle 11:20",
            "-Lettura 3 min",
        ],
        [
            "+I sessanta ragazzi dell'orchestra giovanile, tra i 12 e i 19 anni, sono stati invitati a un festival "
                "di orchestre scolastiche che si terrà a Vienna ad aprile.",
        ],
        [
            "+Per pagare il viaggio il Comune ha stanziato 15mila euro, mentre le famiglie ne raccoglieranno altri "
                "ottomila con tre concerti di beneficenza.",
        ],
        [
            "-I giovani musicisti durante le prove nell'auditorium della scuola media.",
            "-Foto di Il Corriere di Montesalvino",
        ],
        [
            "+«Molti di loro non sono mai saliti su un aereo, e ora suoneranno Mozart nella sua città», ha detto "
                "il direttore, il maestro Pietro Valdimonte.",
        ],
        [
            "-Iscriviti alla newsletter del Corriere: le notizie della città ogni mattina.",
        ],
        [
            "+Il calendario dei concerti",
            "+Il 20 dicembre nella chiesa di San Rocco.",
            "+Il 18 gennaio nel teatro comunale.",
            "-Pubblicità – continua a leggere sotto",
            "+Il 22 febbraio nella palestra del liceo.",
        ],
        [
            "+L'ingresso ai concerti sarà a offerta libera.",
        ],
        [
            "-Condividi: Facebook · WhatsApp · X · Copia link",
            "-Segui Il Corriere di Montesalvino su Google News",
        ],
        [
            "+Le iscrizioni all'orchestra per il prossimo anno apriranno a settembre.",
        ],
        [
            "-Argomenti: orchestra giovanile, scuola, musica",
        ],
        [
            "-4 commenti",
            "-Lucia R.: Mia figlia suona il violino, è emozionatissima!",
            "-↳ Beppe: Bravi ragazzi, meritano tutto.",
            "-↳↳ Lucia R.: Grazie, verremo tutti al concerto di San Rocco.",
            "-Ottavio: Bella notizia per una volta.",
        ],
        [
            "-© 2026 Il Corriere di Montesalvino – Riproduzione riservata",
            "-Privacy · Cookie · Contatti · Pubblicità su questo sito",
        ],
    ]),
    _page("it", "it-blog-raggieruggine-bianchi", [
        [
            "-Raggi e Ruggine",
            "-Restauro di biciclette d'epoca, un bullone alla volta",
        ],
        [
            "+Ho salvato una Bianchi del 1958 trovata in una cantina",
        ],
        [
            "-1 dicembre 2026 · di Franco",
            "-Categoria: Restauri",
            "-Tempo di lettura: circa 8 minuti",
        ],
        [
            "-Indice dei contenuti",
            "-1. Il ritrovamento",
            "-2. Lo smontaggio",
            "-3. La verniciatura",
        ],
        [
            '+Un vicino svuotava la cantina della madre e mi ha chiesto se volevo "quel rottame" prima che finisse '
                "in discarica.",
        ],
        [
            "-La Bianchi com'era il giorno in cui l'ho portata a casa.",
            "-Foto: Franco, tutti i diritti riservati",
        ],
        [
            "+Sotto la ruggine il telaio era sano, e il numero di serie inciso sotto il movimento centrale "
                "confermava l'anno.",
        ],
        [
            "+Il mio meccanico di fiducia, guardandola, ha detto: «Queste non le fanno più, trattala bene.»",
        ],
        [
            "+I lavori più lunghi",
        ],
        [
            "+Sbloccare il movimento centrale con olio e pazienza.",
            "+Raddrizzare il cerchio posteriore a mano.",
            "+Trovare un fanale originale al mercatino di Novegro.",
            "-Alcuni link di questo articolo sono affiliati: se acquisti, ricevo una piccola commissione.",
        ],
        [
            "-Ti è piaciuto? Salvalo nella tua bacheca Pinterest!",
        ],
        [
            "+Dopo tre mesi la bici è tornata su strada, con la vernice celeste originale.",
        ],
        [
            "+La prossima sarà una Legnano da corsa, già in garage.",
        ],
        [
            "-Vendo anche ricambi d'epoca: chiedi nella pagina Contatti.",
            "-3 commenti",
            "-Walter: Che lavoro! Il celeste è perfetto.",
            "-↳ Franco: Walter, ci ho messo tre tentativi per azzeccarlo.",
            "-Gianna: Mio nonno ne aveva una uguale.",
            "-↳ Franco: Gianna, allora sai quanto pesano!",
        ],
        [
            "-Tema: Neve di ThemeZee · Creato con WordPress",
        ],
    ]),
    _page("pl", "pl-portal-brzozolesie-autobus", [
        [
            "-Gazeta Brzozoleska – portal mieszkańców gminy",
            "-Wiadomości · Edukacja · Sport · Ogłoszenia · Pogoda",
        ],
        [
            "-Strona główna » Gmina » Szkoły",
            "+Nowa trasa szkolnego autobusu w Brzozolesiu od stycznia",
        ],
        [
            "-Autor: Katarzyna Pstrągowiecka",
            "-Opublikowano: 2 grudnia 2026, 10:15",
            "-Czytanie zajmie 3 minuty",
        ],
        [
            "+Od 8 stycznia autobus szkolny będzie dojeżdżał także do przysiółków Dębina i Zagórze, które dotąd "
                "musiały dowozić dzieci same.",
        ],
        [
            "+Trasa wydłuży się o dwanaście kilometrów, dlatego pierwszy kurs wyruszy o 6.55 zamiast o 7.10.",
        ],
        [
            "-Autobus szkolny na przystanku przy szkole podstawowej.",
            "-Fot. Gazeta Brzozoleska",
        ],
        [
            "+– Codziennie woziłam trójkę dzieci przed pracą, to dla nas ogromna ulga – mówi Ewa, mama uczniów z "
                "Dębiny.",
        ],
        [
            "-Zapisz się do newslettera i otrzymuj najważniejsze wiadomości z gminy.",
        ],
        [
            "+Co się zmienia",
            "+Nowe przystanki pojawią się w Dębinie i Zagórzu.",
            "+Powrotny kurs po lekcjach odjedzie o 15.20.",
            "-Reklama",
            "+Opiekunka pojedzie w autobusie na całej trasie.",
        ],
        [
            "+Gmina zapłaci za dłuższą trasę około 90 tysięcy złotych rocznie.",
        ],
        [
            "-Udostępnij: Facebook · X · Messenger",
            "-Obserwuj nas w Google News",
        ],
        [
            "+Rozkład jazdy zostanie wywieszony w szkole przed świętami.",
        ],
        [
            "-Tagi: autobus szkolny, gmina, edukacja",
        ],
        [
            "-7 komentarzy",
            "-Mieszkaniec: Wreszcie! Ile lat na to czekaliśmy.",
            "-↳ Ola_z_Zagórza: U nas też, dzieci chodziły poboczem.",
            "-↳↳ Mieszkaniec: Dokładnie, było niebezpiecznie.",
            "-Jan K.: A co z dziećmi z Lipówki?",
        ],
        [
            "-© 2026 Gazeta Brzozoleska. Wszelkie prawa zastrzeżone.",
            "-Regulamin · Polityka prywatności · Kontakt z redakcją",
        ],
    ]),
    _page("pl", "pl-blog-malysekatyogrod-klon", [
        [
            "-Mały Sękaty Ogród",
            "-Bonsai z balkonu w bloku",
        ],
        [
            "+Jak zrobiłem pierwsze drzewko z klonu z osiedlowego trawnika",
        ],
        [
            "-29 listopada 2026 · Michał",
            "-Kategoria: Początki",
            "-Czas lektury: ok. 6 minut",
        ],
        [
            "-Spis treści",
            "-1. Skąd wziąłem klon",
            "-2. Pierwsze cięcie",
            "-3. Doniczka",
        ],
        [
            "+Siewka klonu wyrosła w trawniku pod moim blokiem i pewnie zostałaby skoszona, więc wykopałem ją "
                "wiosną razem z bryłą ziemi.",
        ],
        [
            "-Klon tuż po wykopaniu, w plastikowej doniczce.",
            "-Zdjęcie: Michał",
        ],
        [
            "+Przez pierwsze lato tylko go podlewałem, żeby się ukorzenił, i nie dotykałem nożyc.",
        ],
        [
            "+Pan z klubu bonsai powiedział mi: „Najpierw niech drzewo uwierzy, że chcesz mu dobrze.”",
        ],
        [
            "+Co zrobiłem w tym roku",
        ],
        [
            "+Skróciłem pień o połowę nad dwoma bocznymi pędami.",
            "+Przyciąłem najgrubszy korzeń.",
            "+Przesadziłem klon do płytkiej skrzynki z drewna.",
            "-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.",
        ],
        [
            "-Przypnij ten wpis na Pintereście, żeby do niego wrócić!",
        ],
        [
            "+Zimę klon spędzi na balkonie, osłonięty od wiatru.",
        ],
        [
            "+Wiosną napiszę, czy przeżył cięcie.",
        ],
        [
            "-Prowadzę też warsztaty bonsai dla początkujących – szczegóły w zakładce Warsztaty.",
            "-4 komentarze",
            "-Basia: Świetny pomysł z trawnikiem!",
            "-↳ Michał: Basia, takich siewek jest pełno każdej wiosny.",
            "-Rysiek: Nie za wcześnie na cięcie korzenia?",
            "-↳ Michał: Rysiek, klony to znoszą, ale zobaczymy.",
        ],
        [
            "-Motyw: Hemingway · Blog na WordPress.com",
        ],
    ]),
    _page("ru", "ru-portal-kedrolessk-sad", [
        [
            "-Кедролесская правда — городская газета с 1931 года",
            "-Новости · Образование · Спорт · Культура · Афиша",
        ],
        [
            "-Главная / Город / Образование",
            "+В детском саду «Рябинка» в Кедролесске появился свой огород",
        ],
        [
            "-Автор: Дарья Облепихина",
            "-Опубликовано 1 декабря 2026, 09:40",
            "-Читать 3 минуты",
        ],
        [
            "+Весной родители и воспитатели разбили во дворе детского сада шесть грядок и небольшую теплицу, а "
                "осенью дети собрали первый урожай.",
        ],
        [
            "+Теплицу купили на деньги городского гранта, а доски для грядок привезли с местной лесопилки.",
        ],
        [
            "-Воспитанники старшей группы собирают морковь.",
            "-Фото: «Кедролесская правда»",
        ],
        [
            "+«Дети теперь едят суп, в котором есть их собственная морковка, и просят добавки», — рассказала "
                "заведующая Наталья Гороховецкая.",
        ],
        [
            "-Подпишитесь на нашу рассылку, чтобы узнавать новости города первыми.",
        ],
        [
            "+Что выросло на грядках",
            "+Морковь и свёкла для кухни детского сада.",
            "+Огурцы и помидоры в теплице.",
            "-Реклама 16+",
            "+Тыква весом девять килограммов.",
        ],
        [
            "+Следующей весной к огороду хотят добавить клумбу с лекарственными травами.",
        ],
        [
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
            "-Читайте нас в Дзене",
        ],
        [
            "+Опыт сада уже переняли в двух других детских садах города.",
        ],
        [
            "-Теги: детский сад, огород, образование",
        ],
        [
            "-3 комментария",
            "-Марина: Молодцы! Мой сын теперь дома тоже хочет грядку.",
            "-↳ Сергей П.: Хорошее дело, пусть дети видят, откуда еда.",
            "-↳↳ Марина: Согласна полностью.",
            "-Гость: А кто поливает летом?",
        ],
        [
            "-© 2026 «Кедролесская правда». Все материалы защищены.",
            "-Политика конфиденциальности · Реклама · Контакты",
        ],
    ]),
    _page("ru", "ru-blog-etyudynakukhne-zadacha", [
        [
            "-Этюды на кухне",
            "-Шахматные задачи, которые я решаю по вечерам",
        ],
        [
            "+Задача, которую мой сын решил быстрее меня",
        ],
        [
            "-28 ноября 2026 · Игорь",
            "-Рубрика: Задачи",
            "-Время чтения: 5 минут",
        ],
        [
            "-Содержание",
            "-1. Позиция",
            "-2. Мои ошибки",
            "-3. Решение",
        ],
        [
            "+Эту задачу на мат в три хода я нашёл в старом журнале и повесил на холодильник, как делаю каждую "
                "неделю.",
        ],
        [
            "-Исходная позиция: белые начинают и дают мат в три хода.",
            "-Диаграмма: Игорь",
        ],
        [
            "+Я думал над ней два вечера, перебирая шахи ферзём, и ни один не работал.",
        ],
        [
            "+Сын, ему десять, посмотрел за завтраком и сказал: «Папа, а если сначала пожертвовать ладью?»",
        ],
        [
            "+Что я пробовал",
        ],
        [
            "+Шах ферзём с поля h5.",
            "+Размен ладей на восьмой горизонтали.",
            "+Ход пешкой на f6.",
            "-В статье есть партнёрские ссылки на книги: при покупке я получаю небольшой процент.",
        ],
        [
            "-Сохраните задачу в закладки, чтобы решить её позже!",
        ],
        [
            "+Жертва ладьи действительно оказалась ключом, и через два хода мат неизбежен.",
        ],
        [
            "+Теперь задачи на холодильник выбирает он.",
        ],
        [
            "-Мой сборник из 40 задач для детей можно заказать в разделе «Книги».",
            "-4 комментария",
            "-Антон: Отличный сын растёт!",
            "-↳ Игорь: Антон, спасибо, сам в шоке.",
            "-Вера: А откуда задача, из какого журнала?",
            "-↳ Игорь: Вера, из «Шахмат в СССР» за 1974 год.",
        ],
        [
            "-Сайт работает на WordPress · Тема Twenty Twenty-Five",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Quick one today – you'll be done before the glue dries (two minutes, tops).":
        "an English craft blog's two-minutes-before-the-glue-dries reading estimate ('Quick one today – you'll be "
            "done before the glue dries (two minutes, tops).') is left at the head",
    "Thread locked by a moderator – no new replies can be added.":
        "an English thread-locked comment line ('Thread locked by a moderator – no new replies can be added.') is "
            "left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_127_line, test_held_out_127_line_is_kept, test_held_out_127_page = held_out_tests(
    HELD_OUT_127_LINES, HELD_OUT_127_KEEP, HELD_OUT_127_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
