"""Held-out set 224: written blind, weighted toward the noise the cleaner exists for, in shapes set 222's docstring does
not name (nor the first paragraphs of sets 219, 220 and 221): scraper, embed and ad markers, all in the body (an English
SoundCloud track set to private, for holders of the secret link only "SoundCloud: this track is private. Only people
with the secret link can listen.", an English Issuu publication that could not be displayed, sending the reader to
issuu.com "The Issuu publication could not be displayed. Open it on issuu.com instead.", an English Sketchfab 3D model
that needs WebGL the browser lacks "This Sketchfab model needs WebGL, which your browser does not support.", a French
Dailymotion item withdrawn at its owner's request "Ce contenu Dailymotion a été retiré à la demande de son
propriétaire.", a German Flickr album visible to the photographer's friends only "Dieses Flickr-Album ist nur für
Freunde des Fotografen sichtbar.", an Italian TikTok video whose author restricted who may watch it "Il video di TikTok
non è disponibile: l'autore ne ha limitato la visualizzazione.", a Polish YouTube film that failed to load, with a
reload-or-try-later hint "Nie udało się wczytać filmu z YouTube'a. Odśwież stronę lub spróbuj ponownie później." and a
Russian VK Video live stream that has ended, its recording not yet available "Трансляция VK Видео завершена, запись пока
недоступна."); reading-time headers in new wordings, all at the head (the English minute-read label with a word count in
brackets "A 4-minute read (870 words)", a blog's roughly-a-minute-read line that adds time for the videos "This post is
roughly an 8-minute read, longer if you watch the videos.", the French estimated-reading-duration label "Durée de
lecture estimée : 4 minutes", the German reading-duration label with ca. and Min. "Lesedauer: ca. 4 Min.", the Italian
reading-duration label "Durata di lettura: circa 4 minuti", the Polish estimated-time-of-reading label with lektura
"Szacowany czas lektury: 4 minuty" and the Russian it-will-take-about-minutes-to-read line "На прочтение уйдёт около 4
минут"); bylines and self-promotion (an English words-and-pictures byline "Words and pictures: Ambrose Pendleglobe", a
French text-and-photos byline "Texte et photos : Honorine Graveurelle", an Italian from-our-correspondent byline "Dal
nostro inviato Arnaldo Sferolandi" and a Russian text-and-photo byline "Текст и фото: Аглая Гравюркина", all at the
head, and at the foot an English book-our-quartet plug through Encore Musicians "Need a quartet for a wedding or a
garden party? Book us through Encore Musicians.", an English pay-what-you-like Bandcamp plug for learning tracks
"Learning tracks for all four parts of this arrangement are on my Bandcamp page, pay what you like.", a German Steady
membership plug for the quartet evenings "Wer unsere Quartettabende unterstützen möchte: Mitgliedschaft über Steady, ab
3 Euro im Monat." and a Polish Allegro plug for four-part sheet music sent as PDF "Nuty naszych aranżacji na cztery
głosy sprzedaję na Allegro – wysyłka w PDF."); blog and site footers, all at the foot (the English Wix.com
website-builder credit with its create-your-website call "This site was designed with the Wix.com website builder.
Create your website today.", an English company-registration line with the registered office "Registered in England and
Wales No. 04817273 · Registered office: 12 Wharf Street, Hachurby", an English Pantheon hosting line with the cookie
preferences and the do-not-sell link "Site hosted by Pantheon · Cookie preferences · Do not sell or share my personal
information", a French Kanalblog credit with the report-abuse link and the RSS feed "Propulsé par Kanalblog · Signaler
un abus · Flux RSS", a German a-service-of-the-media-group line with the terms and the imprint "Ein Angebot der
Globushagener Mediengruppe GmbH & Co. KG · AGB · Impressum", an Italian newspaper-registered-at-the-court line "Testata
registrata presso il Tribunale di Portolanza, n. 14 del 2009", a Polish WordPress and cyber_Folks credit with the terms
"Strona zbudowana na WordPressie · Hosting: cyber_Folks · Regulamin" and a Russian mass-media registration certificate
line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором"); reader-comment furniture, all at the
foot (an English Disqus join-the-discussion log-in prompt "Join the discussion… Log in with Disqus, Facebook or
Google.", the English Blogger removed-by-an-administrator note "This comment has been removed by a blog administrator.",
an English comment action row with a like count "Reply · Flag as inappropriate · 4 people liked this", a French comment
action row with its see-the-replies link "Répondre · Signaler un abus · Voir les 2 réponses", a German
log-in-with-your-reader-account-to-comment prompt "Zum Kommentieren melden Sie sich bitte mit Ihrem Leserkonto an.", an
Italian discussion-count prompt to join in "Questa discussione ha 8 commenti e 3 risposte – partecipa anche tu!", a
Polish comment-as-a-guest-or-log-in prompt "Dodaj komentarz jako gość lub zaloguj się przez Facebooka." and a Russian
log-in-to-reply prompt with VK and Yandex ID "Чтобы ответить, войдите через ВКонтакте или Яндекс ID."); share rows, all
at the foot (an English pass-it-on row with Threads, Reddit and Pocket "Pass it on: Threads · Reddit · Pocket · Copy
URL", a German recommend-the-article row with Xing "Beitrag weiterempfehlen: Xing · LinkedIn · E-Mail" and a Polish
send-to-a-friend row "Wyślij znajomemu: Messenger · Telegram · Kopiuj adres"); and notices (a French
first-published-in-our-print-edition note "Cet article a été initialement publié dans notre édition papier du 12 mars."
and an Italian also-available-as-audio-in-the-app note "Questo articolo è disponibile anche in versione audio nell'app
del giornale.", both in the body, and the Russian author's-opinion-may-differ-from-the-editors' disclaimer "Мнение
автора может не совпадать с позицией редакции." at the foot); and toward whole scraped news and hobby-blog pages in
layouts set 222's docstring does not describe (on the six portal pages, in eight blocks, the masthead with its tagline,
the section menu and a breadcrumb above the title, in one block of four, the title last; the byline, the
published-and-updated date line, a bare reading time and a share row alone in a block of four; the first and second
paragraphs at the top of a block of four with the lead photo's caption and its credit (in one line) and an advertisement
label under them, the label closing the block; the paragraph with the quote at the top of a block of two with a
read-also link under it; the subheading and the three rows with a newsletter prompt between the second and third rows,
inside the list block (a block of five, the prompt fourth); the two last paragraphs at the top of a block of four with a
tags line and a more-from-the-section link under them; a thread of six lines alone in a block (a comment count, a
reader's comment, a second reader's arrowed reply to it, the paper's arrowed reply, a third reader's comment left
unanswered and a show-more-comments link); and at the foot the publisher's copyright line with its links in one line,
alone in a block of one; on the six blog pages, in nine blocks, the blog name with its tagline alone in a block of one
at the very top; the title first in a block of four, above the posted-on-by line (with the comment count), the reading
time and a filed-under category line; a skip-to-the-videos link and the opening photo's caption above the first
paragraph, in its block (a block of three, the paragraph last); the second paragraph and the paragraph with the quote at
the first and third places of a block of four, with an affiliate-links disclosure between them and a pin-it prompt
closing the block; a report-this-ad label alone in a block of one; the subheading and the three rows with an affiliate
link to the author's pitch pipe above the subheading, opening the list block (a block of five, the link first); the two
last paragraphs at the first and third places of a block of five, with a share row between them and the author's
sign-off and a plug for the quartet's Christmas card with a carol recording (in the author's Etsy shop, on Yarmarka
Masterov on the Russian blog) after them; a thread of five lines alone in a block (a comments heading with its count
quoting the post's title, a comment, the author's arrowed reply, a second comment left unanswered and a leave-a-reply
prompt); and at the foot a get-new-posts-by-email prompt and the author's copyright line with the theme and platform
credit in one line, in a block of two, the prompt first), taken from local news of a town's first antique map fair (more
than sixty dealers from nine countries in the town's old corn or market hall, some 2,000 visitors with family maps under
their arms, a 1570 Ortelius sheet as the oldest on show, the organiser's quote about opening the side doors by eleven, a
morning talk on the county or regional maps of an old mapmaker (John Speed, Cassini, Merian, Magini, Perthées, the
General Survey), an afternoon valuation desk and an evening auction of forty lots, the top lot sold to a local
collector, the takings for the library's restoration fund, a return in spring) in six invented towns, and from six hobby
blogs on a new barbershop quartet's first evening in front of an audience (a village or parish hall, a benefit for its
new roof, rehearsals every Tuesday since March in the author's kitchen with the pitch pipe on the bread bin, an old
chorus director's quote about locking the chord first, a warm-up, four songs from Sweet Adeline to a Beatles medley, the
audience singing the final tag, about eighty people, the collection, an invitation to the Christmas fair))

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 222 but what is named here), held-out set 223 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 222 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 219, 220 and 221, printed with one ast script
(/tmp/s224scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s224scratch/insp.py, with /tmp/wt-s224/src and /tmp/wt-s224/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s224 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 222's as printed, with 222 -> 224; /tmp/s224scratch/gen224.py writes this file
from scratch files (data224.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages224.py with the pages, doc_layout.txt, doc_rest.txt and, after the
measurement, doc_baseline.txt and tables224.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s224, detached at commit
ec0aea2a0a9e00505d7784799e32a3b9a4b154d4, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 15:56:54 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 15:56:56 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed ec0aea2a0a9e00505d7784799e32a3b9a4b154d4 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, exit status 0 for both), and /work/main was not touched
afterwards. An ``ls`` of the two new worktrees' top folders (README.md, benchmarks, configs, docs, pyproject.toml,
scripts, src, tests) was printed to see that they exist; no folder below them was listed. (2) readallowed.py first
printed to the terminal, which the tool cut in the middle (it showed set 222's docstring up to inside its note (5), and
from inside set 220's first paragraph on to the end, i.e. the rest of set 220's first paragraph and set 221's, all
allowed parts); the second run went to /tmp/s224scratch/allowed.txt, of which I paged lines 125 to 475 with ``sed`` in
two pieces (the rest of set 222's docstring up to its Baseline paragraph, its imports and its tail, set 219's first
paragraph and the start of set 220's); nothing else of any set file was printed. (3) The default python already had the
project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was
installed. That import (and gen224.py's import of the written file, to compare it with the scratch data) loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before
writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service
used for a held-out marker here is named in them (SoundCloud, Issuu, Sketchfab, Dailymotion, Flickr, TikTok, YouTube, VK
Video), and the failures are of kinds not named there or not named for that language (a private track with a secret
link, a publication that cannot be displayed, a missing WebGL, a withdrawal at the owner's request, a friends-only
album, a restriction by the author, a load failure with a reload hint, an ended live stream); the reading times avoid
the phrasings named there (the new ones are "A 4-minute read (870 words)", "roughly an 8-minute read, longer if you
watch the videos", "Durée de lecture estimée", "Lesedauer: ca. ... Min.", "Durata di lettura", "Szacowany czas lektury"
and "На прочтение уйдёт около"); the bylines are of new shapes (words-and-pictures, texte et photos, dal nostro inviato,
текст и фото) and the plugs name platforms not named there (Encore Musicians, Bandcamp, Steady, Allegro); the footers
use credits, hosts and legal lines not named there (Wix.com, a company-registration line, Pantheon with a do-not-sell
link, Kanalblog, a German media-group line, an Italian court registration, WordPress with cyber_Folks, a Russian media
registration certificate); the comment lines (a Disqus prompt, Blogger's removed-by-an-administrator note, two action
rows, a log-in-with-your-reader-account prompt, a discussion-count prompt, a comment-as-a-guest prompt, a
log-in-to-reply prompt), share rows (pass it on with Threads, Reddit and Pocket; Beitrag weiterempfehlen with Xing;
wyślij znajomemu) and notices (first published in print, an audio version in the app, the Russian author's-opinion
disclaimer) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of
the ordinary kinds the brief lists; the layouts differ from those of sets 219 to 222 (see the first paragraph). On the
German blog I wrote "Lesezeit etwa 6 Min." rather than a minutes-first label, since set 221's first paragraph quotes "6
Minuten Lesezeit" as a held-out line. (5) Invented names were checked with ``find_string`` (exact, case-insensitive,
over public GitHub files) before use. No hits: Vellumières, Globushagen, Globewright, Широтин, Portulanet, Hachurby,
Portolanza, Sferolandi, Mapnikowo, Атласово-Верхнее, Stichbrinck, Cartofiletti, Globusiak (checked, not used),
Гравюркина, Rosawinda (checked, not used), Kartuszyńska, Rosenquintett (checked, not used), "Ефросиньин камертон",
Pendleglobe, "carnet d'accords de Solène", "Wendelins Quartettbuch", "Il leggio di Ginevra", "Cztery głosy Bożenki",
"Atlasowa Jesień" (checked, not used), Graveurelle and "Gwen's Pitch Pipe Diary". Dropped for hits: Plotterby (inside
code identifiers), Cartografano (an Italian verb form), Mapowice (inside a village name and a font file name), Картоград
(a town in test data), Vellumby (a list of invented names), Cartabelle (a code identifier), Cartigiani (inside words and
a firm's name), Картузова (real people), Meridianski (inside identifiers), Mappamondi (an Italian word), Południkowa (a
Polish word), Hachurefield (a code identifier), Graticulet (inside identifiers), "Tags and Swipes" (an image caption)
and Cartouchard (a list of names) -- the replacements are the checked names above. Bloggers are given by first name only
(Gwen, Solène, Wendelin, Ginevra, Bożenka, Ефросинья), as are the commenters (first names, first names with an initial,
or handles), and were not checked; "The Hachurby Courier", "L'Écho de Vellumières", "Globushagener Bote", "Il Corriere
di Portolanza", "Głos Mapnikowa" and "Атласовский вестник" are formed from checked names, and the first names of the
organisers (Hilda, Anselme, Egon, Ubaldo, Jadwiga, Евграф) and of the bylines (Ambrose, Honorine, Arnaldo, Аглая) were
not checked. Real services, platforms, shops, bodies and mapmakers (SoundCloud, Issuu, Sketchfab, Dailymotion, Flickr,
TikTok, YouTube, VK Видео, Encore Musicians, Bandcamp, Steady, Allegro, Wix.com, Pantheon, Kanalblog, WordPress and its
themes, cyber_Folks, Роскомнадзор, Disqus, Blogger, Facebook, Google, ВКонтакте, Яндекс ID, Threads, Reddit, Pocket,
Xing, LinkedIn, Messenger, Telegram, WhatsApp, X, Pinterest, Одноклассники, Amazon, Ozon, Etsy, Ярмарка Мастеров,
Ortelius, John Speed, Cassini, Merian, Magini, Perthées, Mercator, the Compagnie des Indes and the like) are named as
real pages do; the registration numbers are made up. (6) A script (/tmp/s224scratch/check.py) checked case-insensitively
that no noise line (held-out or page) sits inside an article line, a keep line or another noise line, that no line
repeats and that no line holds an at-sign, that each page has 10 article and 20 noise lines, and the counts by category,
language and place; its first run found nothing. While writing I had already kept noise words out of other lines: the
English blog's ad label is "Report this ad" (the WordPress.com "Advertisements" would sit inside the keep line opening
"Advertisements cut"), the French blog's is "Signaler cette annonce" (not "publicité", which would hold the portal's
"Publicité"), the Italian portal's copyright line says "Inserzioni" (not "pubblicità"), the French and Italian keep
lines say "Affiche publicitaire" and "Annunci pubblicitari" (not the ad labels "Publicité" and "Pubblicità"), the German
portal's menu has no "Traueranzeigen" and its ad label is "Werbung" (so that it is not inside the blog's "Anzeige
melden"), and the Polish blog's reply prompt is "Zostaw komentarz" (not "Dodaj komentarz", which would sit inside the
Polish held-out comment-as-a-guest prompt). gen224.py checks that no line of the file is over 120 columns and that it
holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 16:02:33 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s224scratch/pre_measure_copy.py); pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s224scratch, importing the copy in /tmp/wt-s224/tests with /tmp/wt-s224/src on the
path) then printed ``_problems`` of each failing case: the eight lines and the seven pages of the tables; every problem
of a line is that it is kept ("kept boilerplate"); on the pages the problems are kept noise lines and, on each of the
six blog pages, one "lost or out of order" article line (the last paragraph); no keep line is lost and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed,
so whether each blog's last paragraph is dropped or only moved is not known; the reasons say "loses (or puts out of
order)". (8) The tables were written from that output (tables224.py, which gen224.py puts into this file);
check_tables.py checked that the keys of the tables are exactly the failing lines and pages of that output, that each
line's only problem is that it is kept and its reason quotes it, and that each page's reason quotes in full every line
the output names for it, gives the count the report counts left and names a lost line exactly when the output has one;
the lists and pages of the final file were imported back and found equal to the scratch data, and the final file was
checked with the pytest command in /tmp/wt-s224 (see the Baseline paragraph). (9) Clock: ``date`` printed 15:56:54 at
the start, 16:02:33 at the measurement and 16:03 just before the Baseline paragraph and these notes were written (after
the tables); the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the map fair and the quartet evening that
open with or hold a noise-like word ("Subscribers to the map society's journal were let in an hour early to see the
rarest sheets.", "Sharing a single pitch pipe, the four singers found their key in under a second.", "Read aloud by the
auctioneer, the description of the 1611 Speed map drew gasps from the hall.", "Comments from visitors in the fair's
guest book praised the lighting and the magnifying lamps.", "Advertisements cut from Victorian newspapers were sold
alongside the maps for a few pounds each.", "Copyright on the engraved plates had long expired, so the museum printed
new copies from them.", "Follow-up lessons for the beginners' quartet class will be held in the church hall every
Tuesday.", "Abonné à la revue depuis quarante ans, le collectionneur a cédé sa plus belle carte de Cassini.", "Partager
la scène avec trois amis, c'est tout le plaisir du barbershop, explique le baryton.", "Affiche publicitaire d'époque,
une réclame de la Compagnie des Indes a trouvé preneur à 400 euros.", "Lesezeichen aus Kartenresten verkaufte ein
Schüler am Eingang für einen Euro.", "Kommentare der Jury gab es erst nach dem letzten Lied des Abends.", "Folgen hatte
der Andrang auch für die Parkplätze rund um die Stadthalle.", "Condividere un accordo perfetto, dice il tenore, è come
trovare la strada su una vecchia mappa.", "Iscritti al circolo da vent'anni, i quattro cantanti si sono esibiti in gilet
a righe.", "Annunci pubblicitari d'epoca e atlanti scolastici occupavano i banchi del portico.", "Udostępnione przez
muzeum mapy Mercatora oglądano wyłącznie w białych rękawiczkach.", "Obserwując publiczność, bas kwartetu dawał znak do
ostatniego akordu.", "Подписчики краеведческого журнала получили скидку на входные билеты." and "Поделиться находкой
коллекционер решил с городским музеем."): each is a full sentence with a subject, a verb and a fact of the story, so
article ("Subscribers to", "Abonné à la revue", "Iscritti al circolo" and "Подписчики" open like subscribe prompts but
say who got in early, who sold a map, who sang and who got a discount; "Sharing a single pitch pipe", "Partager la
scène", "Condividere un accordo", "Udostępnione przez muzeum" and "Поделиться находкой" open like share rows but are
about a pitch pipe, a stage, a chord, museum maps and a find; "Read aloud" and "Lesezeichen" open like reading labels
but tell of an auctioneer and bookmarks; "Comments from visitors" and "Kommentare der Jury" open like comment furniture
but report a guest book and a jury; "Advertisements cut from", "Affiche publicitaire" and "Annunci pubblicitari" hold ad
words but are wares of the fair; "Copyright on the engraved plates" opens like a copyright line but says why the museum
could print; "Follow-up lessons", "Folgen hatte" and "Obserwując publiczność" open like follow prompts but give a class,
a consequence and a singer's cue). Borderline categories: the four plugs (Encore Musicians, Bandcamp learning tracks,
Steady memberships, Allegro sheet music) are bylines and self-promotion, at the foot, since they sell the author's
quartet or work in the author's voice; the SoundCloud, Issuu and Sketchfab lines are markers (what an embed leaves in
the text when it does not play or draw), though they read as sentences; the company-registration line, the Italian
court-registration line and the Russian media-registration line are footers (legal lines of the site, not of the
article); the Disqus prompt, the two action rows, the Italian discussion-count prompt and the log-in prompts are comment
furniture, since they sit over or under comments and speak only of commenting; the French first-published-in-print note
and the Italian audio-version note are notices in the body and the Russian author's-opinion disclaimer a notice at the
foot (all three speak of the article they sit in). On every page the title, the three paragraphs before the subheading
(the third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads and blog names with taglines, menus, breadcrumbs, bylines, date lines, posted-on lines, reading times,
category lines, skip links, captions and photo credits, ad labels and report-this-ad labels, read-also links,
affiliate-links disclosures and affiliate links, pin-it prompts, newsletter and get-new-posts prompts, share rows, tags
lines, more-from-the-section links, sign-offs and plugs, comment counts and headings, comments and replies,
show-more-comments links, leave-a-reply prompts, copyright lines) is noise. The list rows (morning, afternoon and
evening on the portals; the times of the warm-up, the songs and the final tag on the blogs) are short but part of each
article, so article; the list headings ("How the day unfolded", "How the evening went" and the like) are the articles'
subheadings, so article; the portals' newsletter prompts are noise though they sit between the second and third list
rows; the portals' captions and ad labels are noise though they share the block of the first two paragraphs; the blogs'
affiliate links to the pitch pipe are noise though they open the list block; the blogs' opening captions ("The four of
us tuning up behind the village hall stage.") are noise though they read like a sentence of the post and sit in the
block of the first paragraph; the blogs' share rows are noise though they sit between the two last paragraphs; the
arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, an Italian and a Russian one), body 10 (the eight markers
and two notices: French and Italian), tail 24 (four plugs: two English, a German and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hachurby-antique-map-fair (more than
sixty dealers in Hachurby's Corn Exchange, some 2,000 visitors, a talk on John Speed's county maps, a 1611 Speed map
sold for £2,400, £3,100 for the library's restoration fund), en-blog-gwens-pitch-pipe-diary-first-quartet-evening
(Gwen's quartet's first evening at the village hall, about eighty people, £412 for the roof),
fr-portail-vellumieres-salon-des-cartes-anciennes (the same fair in the halle aux grains of Vellumières, a Cassini map
for 2 400 euros), fr-blog-le-carnet-d-accords-de-solene-premiere-soiree-en-quatuor (Solène's quartet at the salle des
fêtes), de-portal-globushagen-landkartenmesse (the Landkartenmesse in the Kornhalle of Globushagen, a Merian view for
2400 Euro), de-blog-wendelins-quartettbuch-erster-quartettabend (Wendelin's quartet in the Gemeindesaal),
it-portale-portolanza-mostra-mercato-carte-antiche (the mostra mercato in the mercato coperto of Portolanza, a Magini
map for 2.400 euro), it-blog-il-leggio-di-ginevra-prima-serata-in-quartetto (Ginevra's quartet in the salone
parrocchiale), pl-portal-mapnikowo-targi-starych-map (the targi in the hala targowa of Mapnikowo, a Perthées map for 9,5
tys. zł), pl-blog-cztery-glosy-bozenki-pierwszy-wieczor-kwartetu (Bożenka's quartet in the świetlica),
ru-portal-atlasovo-verkhnee-yarmarka-starinnykh-kart (the ярмарка in the торговые ряды of Атласово-Верхнее, a межевой
план for 180 тысяч рублей), ru-blog-efrosininy-kamerton-pervyi-vecher-kvarteta (Ефросинья's quartet in the сельский
клуб), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit ec0aea2a0a9e00505d7784799e32a3b9a4b154d4, measured with ``cd /tmp/wt-s224 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s224/src python -m pytest -q tests/test_clean_held_out_224.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s224 && PYTHONPATH=/tmp/wt-s224/src python
scripts/clean_held_out_report.py --sets 224``, with the xfail tables empty, at 16:02:33 UTC by ``date``): noise lines
removed 37/45 (marker 5/8, reading-time 6/7, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English SoundCloud
private-track line, the French Dailymotion withdrawn-at-the-owner's-request line and the German Flickr friends-only
album), one reading time at the head (the French estimated-reading-duration label), two plugs at the foot (the English
Encore Musicians book-our-quartet plug and the English Bandcamp learning-tracks plug), one comment line at the foot (the
German log-in-with-your-reader-account prompt) and one notice in the body (the Italian audio-version note); the Issuu,
Sketchfab, TikTok, YouTube and VK Video markers, the other six reading times, the four bylines at the head, the German
Steady and Polish Allegro plugs, all eight footers, the other seven comment lines, every share row and the French and
Russian notices went); keep lines kept 20/20; pages 5/12 clean, 19 of 240 page noise lines left and 6 of 120 article
lines lost. Clean: the English, German, Italian, Polish and Russian portal pages. Left: on the French portal page the
masthead with its tagline at the top of the first block (1); on each of the six blog pages the blog name with its
tagline alone in the first block, the skip-to-the-videos link and the opening photo's caption above the first paragraph
(3 each). Lost: on each of the six blog pages the last paragraph (the asked-back-for-the-Christmas-fair line, under the
share row in the block of the two last paragraphs) is reported "lost or out of order"; no portal page and no keep line
loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s224 gave 62 passed, 15 xfailed, no XPASS.

Measured after round 140 (2026-12-07, lead; this set and set 223 were written from ec0aea2, the cleaner of round 140's
base a197dcd, while round 140 worked; round 140 rebased on main with the lead's mend, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 217 218 219 220 221 222 223 224`` and
the set's pytest file): nothing moved. noise lines removed 37/45, keep lines kept 20/20, pages 5/12 clean, 19 of 240
page noise lines left, 6 of 120 article lines lost (every blog's last paragraph, under the share row in the block of the
two last paragraphs); every xfail still fails as its reason says. Round 140 (sets 217/218: titles under a prompt kept in
the menu's block, follow prompts, one-line tables of contents, sign-offs with commissions plugs "on the page", a ticker
over the masthead, embed, reading-time, byline, plug, comment and notice wordings) read none of this set's wordings or
layouts.

Measured after round 141 (2026-12-07, lead; round 141 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 223 224 225 226`` and the set's
pytest file): nothing moved. noise lines removed 37/45, keep lines kept 20/20, pages 5/12 clean, 19 of 240 page noise
lines left, 6 of 120 article lines lost (every blog's last paragraph under the share row); every xfail still fails as
its reason says. Round 141 (sets 219/220: a follow prompt naming two networks, a masthead whose tagline ends in its
founding year over a breadcrumb block, a photo credit naming its holder in quotation marks, a Russian share row naming
the post, embed, comment-form, byline and update-note wordings) read none of this set's wordings or layouts.

Round 142 (development; this set was read in full from this round on): the six blogs' last paragraphs come back. Why the
tail started there: the body ended at the quote paragraph, for the pin-it prompt, the report-this-ad label and the
affiliate link to the pitch pipe made a gap of three lines with two of chrome over the list block, so
``page_blocks._extend_down`` stopped; ``_mark_tail`` took everything under it, the subheading-rows give-back
(``subheading_rows``) returned the subheading, its rows and the paragraph above the share row, and the last paragraph
under the share row stayed the tail's ("a sentence below a widget that only ends a page"). Fixed by three general parts:
(1) ``_is_shop_link_over_block``: the writer's shop or affiliate link a rule took right over the subheading of the
article's own rows (``_list_block_end``) counts as the article's in the gap, as round 126's link under the subheading
does, so the body runs over the list block, its paragraph, the share row and the last paragraph; (2)
``_QUOTED_NAME_END`` in ``_is_block_row``: a row ending on a name of up to four words in quotation marks ("... попурри
из «Битлз»") is a row, not a quoted sentence (the Russian block was not found without it); (3) ``_SIGN_OFF_WITH_NAME``
allows a comma between the formula's wishes ("Until next time, keep singing! Gwen"), so ``mark_writers_sign_off`` still
takes the English sign-off that the tail no longer reaches (the other five sign-offs went that way already). The tail
start moved only later. Also ``_READING_LABEL`` takes "Durée de lecture estimée". Report (``--sets $(seq 10 220) 223
224``, frozen base copy before, the branch after): sets 10-220, 223, 224 in total noise lines removed 8863 -> 8866 of
9661, article and keep lines kept 4286 -> 4287 of 4287, pages clean 1422 -> 1422 of 2542, page noise lines left 2133 ->
2133 of 52560, paragraphs lost 9 -> 2 (set 86's 2 remain); only sets 223 and 224 changed. This set: noise lines removed
37/45 -> 38/45 (marker 5/8, reading-time 6/7 -> 7/7, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 2/3), keep
lines kept 20/20 -> 20/20, pages clean 5/12 -> 5/12, page noise lines left 19 -> 19 of 240, article lines lost 6 -> 0.
SemEval: 0 changed files of 3723 (``semeval_noise_diff.py diff``). Bench (``bench_clean.py --baseline-src`` the frozen
base): ratio 1.01. The cleaning test set (tests/test_clean.py, the held-out sets but the six blind ones, site batches,
site lines, noise trace, clean pages): 26063 passed, 1945 xfailed, no XPASS, in 16 minutes. Xfails removed: the line
xfail of "Durée de lecture estimée : 4 minutes"; reworded: the six blog pages (they keep the same three noise lines and
lose no article line now). Still missed: the SoundCloud, Dailymotion and Flickr markers, the Encore Musicians and
Bandcamp plugs, the German reader-account log-in prompt, the Italian audio-version note; on the pages the blogs' names
with taglines, the skip-to-the-videos links and the opening photos' captions (left alone: a caption with no credit,
prompt or label is not taken, session 45), and the French portal's masthead.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_224_LINES: list[tuple[str, str, str]] = [
    ('body',
     'SoundCloud: this track is private. Only people with the secret link can listen.',
     'marker'),
    ('body',
     'The Issuu publication could not be displayed. Open it on issuu.com instead.',
     'marker'),
    ('body',
     'This Sketchfab model needs WebGL, which your browser does not support.',
     'marker'),
    ('body',
     'Ce contenu Dailymotion a été retiré à la demande de son propriétaire.',
     'marker'),
    ('body',
     'Dieses Flickr-Album ist nur für Freunde des Fotografen sichtbar.',
     'marker'),
    ('body',
     "Il video di TikTok non è disponibile: l'autore ne ha limitato la visualizzazione.",
     'marker'),
    ('body',
     "Nie udało się wczytać filmu z YouTube'a. Odśwież stronę lub spróbuj ponownie później.",
     'marker'),
    ('body',
     'Трансляция VK Видео завершена, запись пока недоступна.',
     'marker'),
    ('head',
     'A 4-minute read (870 words)',
     'reading-time'),
    ('head',
     'This post is roughly an 8-minute read, longer if you watch the videos.',
     'reading-time'),
    ('head',
     'Durée de lecture estimée : 4 minutes',
     'reading-time'),
    ('head',
     'Lesedauer: ca. 4 Min.',
     'reading-time'),
    ('head',
     'Durata di lettura: circa 4 minuti',
     'reading-time'),
    ('head',
     'Szacowany czas lektury: 4 minuty',
     'reading-time'),
    ('head',
     'На прочтение уйдёт около 4 минут',
     'reading-time'),
    ('head',
     'Words and pictures: Ambrose Pendleglobe',
     'byline'),
    ('tail',
     'Need a quartet for a wedding or a garden party? Book us through Encore Musicians.',
     'byline'),
    ('tail',
     'Learning tracks for all four parts of this arrangement are on my Bandcamp page, pay what you like.',
     'byline'),
    ('head',
     'Texte et photos : Honorine Graveurelle',
     'byline'),
    ('tail',
     'Wer unsere Quartettabende unterstützen möchte: Mitgliedschaft über Steady, ab 3 Euro im Monat.',
     'byline'),
    ('head',
     'Dal nostro inviato Arnaldo Sferolandi',
     'byline'),
    ('tail',
     'Nuty naszych aranżacji na cztery głosy sprzedaję na Allegro – wysyłka w PDF.',
     'byline'),
    ('head',
     'Текст и фото: Аглая Гравюркина',
     'byline'),
    ('tail',
     'This site was designed with the Wix.com website builder. Create your website today.',
     'footer'),
    ('tail',
     'Registered in England and Wales No. 04817273 · Registered office: 12 Wharf Street, Hachurby',
     'footer'),
    ('tail',
     'Site hosted by Pantheon · Cookie preferences · Do not sell or share my personal information',
     'footer'),
    ('tail',
     'Propulsé par Kanalblog · Signaler un abus · Flux RSS',
     'footer'),
    ('tail',
     'Ein Angebot der Globushagener Mediengruppe GmbH & Co. KG · AGB · Impressum',
     'footer'),
    ('tail',
     'Testata registrata presso il Tribunale di Portolanza, n. 14 del 2009',
     'footer'),
    ('tail',
     'Strona zbudowana na WordPressie · Hosting: cyber_Folks · Regulamin',
     'footer'),
    ('tail',
     'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором',
     'footer'),
    ('tail',
     'Join the discussion… Log in with Disqus, Facebook or Google.',
     'comments'),
    ('tail',
     'This comment has been removed by a blog administrator.',
     'comments'),
    ('tail',
     'Reply · Flag as inappropriate · 4 people liked this',
     'comments'),
    ('tail',
     'Répondre · Signaler un abus · Voir les 2 réponses',
     'comments'),
    ('tail',
     'Zum Kommentieren melden Sie sich bitte mit Ihrem Leserkonto an.',
     'comments'),
    ('tail',
     'Questa discussione ha 8 commenti e 3 risposte – partecipa anche tu!',
     'comments'),
    ('tail',
     'Dodaj komentarz jako gość lub zaloguj się przez Facebooka.',
     'comments'),
    ('tail',
     'Чтобы ответить, войдите через ВКонтакте или Яндекс ID.',
     'comments'),
    ('tail',
     'Pass it on: Threads · Reddit · Pocket · Copy URL',
     'share'),
    ('tail',
     'Beitrag weiterempfehlen: Xing · LinkedIn · E-Mail',
     'share'),
    ('tail',
     'Wyślij znajomemu: Messenger · Telegram · Kopiuj adres',
     'share'),
    ('body',
     'Cet article a été initialement publié dans notre édition papier du 12 mars.',
     'notice'),
    ('body',
     "Questo articolo è disponibile anche in versione audio nell'app del giornale.",
     'notice'),
    ('tail',
     'Мнение автора может не совпадать с позицией редакции.',
     'notice'),
]
HELD_OUT_224_KEEP: list[tuple[str, str]] = [
    ('head',
     "Subscribers to the map society's journal were let in an hour early to see the rarest sheets."),
    ('head',
     'Sharing a single pitch pipe, the four singers found their key in under a second.'),
    ('head',
     'Read aloud by the auctioneer, the description of the 1611 Speed map drew gasps from the hall.'),
    ('head',
     'Abonné à la revue depuis quarante ans, le collectionneur a cédé sa plus belle carte de Cassini.'),
    ('head',
     'Lesezeichen aus Kartenresten verkaufte ein Schüler am Eingang für einen Euro.'),
    ('head',
     'Condividere un accordo perfetto, dice il tenore, è come trovare la strada su una vecchia mappa.'),
    ('head',
     'Подписчики краеведческого журнала получили скидку на входные билеты.'),
    ('body',
     "Comments from visitors in the fair's guest book praised the lighting and the magnifying lamps."),
    ('body',
     'Advertisements cut from Victorian newspapers were sold alongside the maps for a few pounds each.'),
    ('body',
     "Partager la scène avec trois amis, c'est tout le plaisir du barbershop, explique le baryton."),
    ('body',
     'Udostępnione przez muzeum mapy Mercatora oglądano wyłącznie w białych rękawiczkach.'),
    ('body',
     "Iscritti al circolo da vent'anni, i quattro cantanti si sono esibiti in gilet a righe."),
    ('tail',
     'Copyright on the engraved plates had long expired, so the museum printed new copies from them.'),
    ('tail',
     "Follow-up lessons for the beginners' quartet class will be held in the church hall every Tuesday."),
    ('tail',
     "Affiche publicitaire d'époque, une réclame de la Compagnie des Indes a trouvé preneur à 400 euros."),
    ('tail',
     'Kommentare der Jury gab es erst nach dem letzten Lied des Abends.'),
    ('tail',
     'Folgen hatte der Andrang auch für die Parkplätze rund um die Stadthalle.'),
    ('tail',
     "Annunci pubblicitari d'epoca e atlanti scolastici occupavano i banchi del portico."),
    ('tail',
     'Obserwując publiczność, bas kwartetu dawał znak do ostatniego akordu.'),
    ('tail',
     'Поделиться находкой коллекционер решил с городским музеем.'),
]
HELD_OUT_224_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hachurby-antique-map-fair', [
        [
            '-The Hachurby Courier – News for Hachurby and the Wold since 1881',
            "-News · Sport · What's On · Business · Property · Obituaries",
            "-Home › What's On › Arts and Heritage",
            "+Hundreds pore over old maps at Hachurby's first antique map fair",
        ],
        [
            '-By Courier Reporter',
            '-Published Sunday 14 September 2025, 6:00 pm · Updated 8:15 pm',
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            ("+More than sixty dealers from nine countries filled the Corn Exchange on Saturday for the town's first "
             'antique map fair.'),
            ('+Some 2,000 visitors came through the doors, many of them carrying old maps of their own to be looked '
             'at.'),
            '-The oldest sheet on show, a 1570 Ortelius map of the British Isles. Photo: Courier staff',
            '-Advertising',
        ],
        [
            ('+"We hoped for a few hundred people and had to open the side doors by eleven," said the organiser, '
             'Hilda Globewright.'),
            '-Read also: Library appeal reaches half its target',
        ],
        [
            '+How the day unfolded',
            '+Morning: a talk on the county maps of John Speed',
            '+Afternoon: a free valuation desk for family maps',
            '-Get the best of the Courier in your inbox every Friday – sign up to our newsletter',
            '+Evening: an auction of forty lots in the main hall',
        ],
        [
            '+A 1611 Speed map of the county was the top lot, sold to a local collector for £2,400.',
            "+The fair raised £3,100 for the library's restoration fund and will return next spring.",
            '-Tags: Maps · Antiques · Corn Exchange · Hachurby Library',
            "-More from What's On",
        ],
        [
            '-5 comments',
            '-Wold_walker: Bought a tithe map of our parish for £40, made my year.',
            '-↳ JennyP replied: Same here, the valuation desk was brilliant.',
            '-↳ Hachurby Courier replied: Thanks for the kind words, see you in the spring.',
            '-OldSurveyor61: Shame about the queue for the car park though.',
            '-Show more comments',
        ],
        [
            '-© 2025 Hachurby Courier Ltd · Contact us · Advertise with us · Privacy · Terms',
        ],
    ]),
    _page('en', 'en-blog-gwens-pitch-pipe-diary-first-quartet-evening', [
        [
            "-Gwen's Pitch Pipe Diary – four voices, one chord, a lot of tea",
        ],
        [
            "+Our quartet's first evening in front of an audience",
            '-Posted on 21 September 2025 by Gwen · 7 Comments',
            '-About a 6-minute read',
            '-Filed under: Barbershop, Quartet life',
        ],
        [
            '-Skip to the videos',
            '-The four of us tuning up behind the village hall stage.',
            ('+On Friday night our little quartet sang in public for the first time, at the village hall in aid of '
             'its new roof.'),
        ],
        [
            '+We had rehearsed every Tuesday since March, mostly in my kitchen with the pitch pipe on the bread bin.',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            ('+"Lock the chord first and worry about the words later," our old chorus director told us before we '
             'went on.'),
            '-Pin this post for later!',
        ],
        [
            '-Report this ad',
        ],
        [
            '-The pitch pipe I use is this chromatic one from Amazon (affiliate link).',
            '+How the evening went',
            '+Half past seven: warm-up in the kitchen behind the hall',
            "+Eight o'clock: four songs, from Sweet Adeline to a Beatles medley",
            '+Quarter to nine: the audience joined us for the final tag',
        ],
        [
            '+About eighty people came, and the collection for the roof came to £412.',
            '-Share this: Facebook · WhatsApp · Pinterest',
            '+We have already been asked back for the Christmas fair, so the learning starts again tomorrow.',
            '-Until next time, keep singing! Gwen',
            "-Our quartet's Christmas card with a recording of Silent Night is available in my Etsy shop.",
        ],
        [
            "-7 thoughts on “Our quartet's first evening in front of an audience”",
            "-Maureen T. says: What a lovely night, you sounded like you'd been singing together for years.",
            '-↳ Gwen says: Thank you Maureen, the nerves were real though!',
            '-Derek from the Saturday chorus says: That final tag gave me goosebumps.',
            '-Leave a Reply',
        ],
        [
            '-Get new posts by email – enter your address and press Follow.',
            "-© 2025 Gwen's Pitch Pipe Diary · Theme: Hemingway by Anders Norén · Powered by WordPress",
        ],
    ]),
    _page('fr', 'fr-portail-vellumieres-salon-des-cartes-anciennes', [
        [
            "-L'Écho de Vellumières – Le quotidien de Vellumières et de sa vallée depuis 1902",
            '-Actualité · Sports · Culture · Économie · Nécrologie',
            '-Accueil › Culture › Patrimoine',
            '+Le premier salon des cartes anciennes attire la foule à Vellumières',
        ],
        [
            '-Par la rédaction',
            '-Publié le 14/09/2025 à 18h00, mis à jour à 20h15',
            '-Lecture : 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Plus de soixante marchands venus de neuf pays ont investi la halle aux grains samedi pour le premier '
             'salon des cartes anciennes.'),
            ('+Quelque 2 000 visiteurs se sont pressés dans les allées, beaucoup avec une vieille carte de famille '
             'sous le bras.'),
            "-La plus ancienne feuille du salon, une carte d'Ortelius de 1570. Photo : L'Écho / DR",
            '-Publicité',
        ],
        [
            ('+« Nous espérions quelques centaines de personnes et il a fallu ouvrir les portes latérales dès onze '
             "heures », raconte l'organisateur, Anselme Portulanet."),
            '-À lire aussi : La bibliothèque lance un appel aux dons',
        ],
        [
            '+Le déroulé de la journée',
            '+Le matin : une conférence sur les cartes de Cassini',
            "+L'après-midi : un stand d'estimation gratuit",
            "-Recevez chaque vendredi le meilleur de L'Écho : inscrivez-vous à notre newsletter",
            '+Le soir : une vente aux enchères de quarante lots',
        ],
        [
            '+Une carte de Cassini de la région, le lot phare, a été adjugée 2 400 euros à un collectionneur local.',
            '+Le salon a rapporté 3 100 euros au fonds de restauration de la bibliothèque et reviendra au printemps.',
            '-Mots-clés : Cartes · Antiquités · Halle aux grains · Bibliothèque',
            "-Plus d'articles Culture",
        ],
        [
            '-4 commentaires',
            "-Marcheur_du_val : J'ai trouvé le cadastre de notre village pour 40 euros, ravi !",
            "-↳ Réponse de Jeanine B. : Pareil, le stand d'estimation était formidable.",
            "-↳ Réponse de L'Écho de Vellumières : Merci pour vos messages, rendez-vous au printemps.",
            "-VieuxGéomètre : Dommage pour la file d'attente au parking.",
            '-Voir plus de commentaires',
        ],
        [
            "-© 2025 L'Écho de Vellumières · Nous contacter · Annonceurs · Confidentialité · CGU",
        ],
    ]),
    _page('fr', 'fr-blog-le-carnet-d-accords-de-solene-premiere-soiree-en-quatuor', [
        [
            "-Le carnet d'accords de Solène – quatre voix, un accord et beaucoup de tisane",
        ],
        [
            '+La première soirée de notre quatuor devant un public',
            '-Publié le 21 septembre 2025 par Solène · 6 commentaires',
            '-Environ 6 minutes de lecture',
            '-Catégories : Barbershop, Vie de quatuor',
        ],
        [
            '-Aller directement aux vidéos',
            '-Nous quatre en train de nous accorder derrière la scène de la salle des fêtes.',
            ('+Vendredi soir, notre petit quatuor a chanté en public pour la première fois, à la salle des fêtes, au '
             'profit de son nouveau toit.'),
        ],
        [
            ('+Nous répétions tous les mardis depuis mars, surtout dans ma cuisine, le diapason posé sur la boîte à '
             'pain.'),
            '-Cet article contient des liens affiliés : je touche une petite commission sans frais pour vous.',
            ("+« Verrouillez d'abord l'accord, les paroles viendront après », nous a dit notre ancienne cheffe de "
             "chœur avant d'entrer en scène."),
            '-Épinglez cet article pour plus tard !',
        ],
        [
            '-Signaler cette annonce',
        ],
        [
            "-Le diapason que j'utilise est ce modèle chromatique sur Amazon (lien affilié).",
            '+Le déroulé de la soirée',
            '+19 h 30 : échauffement dans la cuisine derrière la salle',
            '+20 h : quatre chansons, de Sweet Adeline à un pot-pourri des Beatles',
            '+20 h 45 : le public a chanté le tag final avec nous',
        ],
        [
            '+Environ quatre-vingts personnes sont venues et la quête pour le toit a rapporté 412 euros.',
            '-Partager : Facebook · WhatsApp · Pinterest',
            '+On nous a déjà réinvités pour le marché de Noël, alors on se remet au travail dès demain.',
            '-À bientôt et continuez de chanter ! Solène',
            ("-La carte de Noël de notre quatuor, avec l'enregistrement de Douce nuit, est en vente dans ma boutique "
             'Etsy.'),
        ],
        [
            '-6 réflexions sur « La première soirée de notre quatuor devant un public »',
            '-Martine dit : Quelle belle soirée, on aurait dit que vous chantiez ensemble depuis des années.',
            '-↳ Solène dit : Merci Martine, le trac était bien réel pourtant !',
            "-Gérard, de la chorale du samedi, dit : Ce tag final m'a donné des frissons.",
            '-Laisser un commentaire',
        ],
        [
            "-Recevez les nouveaux articles par e-mail : saisissez votre adresse et cliquez sur S'abonner.",
            "-© 2025 Le carnet d'accords de Solène · Thème : Astra · Propulsé par WordPress",
        ],
    ]),
    _page('de', 'de-portal-globushagen-landkartenmesse', [
        [
            '-Globushagener Bote – Die Heimatzeitung seit 1898',
            '-Lokales · Sport · Kultur · Wirtschaft · Service',
            '-Startseite › Kultur › Heimat',
            '+Großer Andrang bei der ersten Messe für alte Landkarten in Globushagen',
        ],
        [
            '-Von unserer Lokalredaktion',
            '-Veröffentlicht am 14.09.2025, 18:00 Uhr · Aktualisiert 20:15 Uhr',
            '-Lesezeit: 3 Minuten',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            ('+Mehr als sechzig Händler aus neun Ländern füllten am Samstag die alte Kornhalle bei der ersten '
             'Landkartenmesse der Stadt.'),
            '+Rund 2000 Besucher drängten sich durch die Gänge, viele mit einer alten Familienkarte unter dem Arm.',
            '-Das älteste Blatt der Messe, eine Karte von Ortelius aus dem Jahr 1570. Foto: Bote / privat',
            '-Werbung',
        ],
        [
            ('+„Wir hatten auf ein paar hundert Leute gehofft und mussten um elf Uhr die Seitentüren öffnen“, sagte '
             'der Organisator Egon Stichbrinck.'),
            '-Lesen Sie auch: Spendenaufruf der Stadtbibliothek',
        ],
        [
            '+So lief der Tag',
            '+Vormittags: ein Vortrag über die Karten von Merian',
            '+Nachmittags: eine kostenlose Schätzstelle für Familienkarten',
            '-Das Beste aus dem Boten jeden Freitag in Ihrem Postfach – jetzt zum Newsletter anmelden',
            '+Abends: eine Versteigerung von vierzig Losen',
        ],
        [
            '+Eine Merian-Ansicht der Stadt war das Spitzenlos und ging für 2400 Euro an einen Sammler aus dem Ort.',
            '+Die Messe brachte 3100 Euro für den Restaurierungsfonds der Bibliothek und kehrt im Frühjahr zurück.',
            '-Schlagworte: Landkarten · Antiquitäten · Kornhalle · Stadtbibliothek',
            '-Mehr aus dem Ressort Kultur',
        ],
        [
            '-4 Kommentare',
            '-Wandersmann_58: Habe die Flurkarte unseres Dorfes für 40 Euro gefunden, großartig!',
            '-↳ Antwort von Heike R.: Ging mir genauso, die Schätzstelle war toll.',
            '-↳ Antwort vom Globushagener Boten: Danke für die netten Worte, bis zum Frühjahr!',
            '-AlterVermesser: Schade nur um die Schlange am Parkplatz.',
            '-Weitere Kommentare anzeigen',
        ],
        [
            '-© 2025 Globushagener Bote GmbH · Kontakt · Mediadaten · Datenschutz · Impressum',
        ],
    ]),
    _page('de', 'de-blog-wendelins-quartettbuch-erster-quartettabend', [
        [
            '-Wendelins Quartettbuch – vier Stimmen, ein Akkord und viel Kräutertee',
        ],
        [
            '+Der erste Abend unseres Quartetts vor Publikum',
            '-Veröffentlicht am 21. September 2025 von Wendelin · 6 Kommentare',
            '-Lesezeit etwa 6 Min.',
            '-Kategorie: Barbershop, Quartettleben',
        ],
        [
            '-Direkt zu den Videos springen',
            '-Wir vier beim Einstimmen hinter der Bühne im Gemeindesaal.',
            ('+Am Freitagabend hat unser kleines Quartett zum ersten Mal öffentlich gesungen, im Gemeindesaal '
             'zugunsten des neuen Dachs.'),
        ],
        [
            ('+Seit März haben wir jeden Dienstag geprobt, meistens in meiner Küche, die Stimmpfeife auf dem '
             'Brotkasten.'),
            ('-Dieser Beitrag enthält Affiliate-Links; ich erhalte eine kleine Provision, für dich ändert sich '
             'nichts.'),
            ('+„Erst den Akkord einrasten lassen, der Text kommt danach“, sagte unsere alte Chorleiterin, bevor wir '
             'auf die Bühne gingen.'),
            '-Merk dir diesen Beitrag auf Pinterest!',
        ],
        [
            '-Anzeige melden',
        ],
        [
            '-Meine chromatische Stimmpfeife ist diese hier bei Amazon (Affiliate-Link).',
            '+So lief der Abend',
            '+19.30 Uhr: Einsingen in der Küche hinter dem Saal',
            '+20 Uhr: vier Lieder, von Sweet Adeline bis zu einem Beatles-Medley',
            '+20.45 Uhr: das Publikum sang den Schluss-Tag mit uns',
        ],
        [
            '+Etwa achtzig Leute kamen, und die Kollekte für das Dach brachte 412 Euro.',
            '-Teilen: Facebook · WhatsApp · Pinterest',
            '+Für den Weihnachtsmarkt sind wir schon wieder eingeladen, also wird ab morgen weiter geprobt.',
            '-Bis bald und singt weiter! Euer Wendelin',
            '-Die Weihnachtskarte unseres Quartetts mit einer Aufnahme von Stille Nacht gibt es in meinem Etsy-Shop.',
        ],
        [
            '-6 Gedanken zu „Der erste Abend unseres Quartetts vor Publikum“',
            '-Renate sagt: Was für ein schöner Abend, ihr klingt, als würdet ihr seit Jahren zusammen singen.',
            '-↳ Wendelin sagt: Danke Renate, das Lampenfieber war aber echt!',
            '-Klaus vom Samstagschor sagt: Bei dem Schluss-Tag hatte ich Gänsehaut.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-Neue Beiträge per E-Mail erhalten: Adresse eingeben und auf Folgen klicken.',
            '-© 2025 Wendelins Quartettbuch · Theme: GeneratePress · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-portolanza-mostra-mercato-carte-antiche', [
        [
            '-Il Corriere di Portolanza – Il quotidiano della valle dal 1905',
            '-Cronaca · Sport · Cultura · Economia · Necrologi',
            '-Home › Cultura › Eventi',
            '+Folla alla prima mostra mercato delle carte antiche di Portolanza',
        ],
        [
            '-Di Redazione',
            '-Pubblicato il 14/09/2025 alle 18:00 · Aggiornato alle 20:15',
            '-Tempo di lettura: 3 minuti',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            ('+Più di sessanta espositori arrivati da nove Paesi hanno riempito sabato il vecchio mercato coperto '
             'per la prima mostra delle carte antiche.'),
            ('+Circa 2.000 visitatori si sono fatti strada tra i banchi, molti con una vecchia mappa di famiglia '
             'sotto il braccio.'),
            '-Il foglio più antico della mostra, una carta di Ortelio del 1570. Foto: Corriere / archivio',
            '-Pubblicità',
        ],
        [
            ('+«Speravamo in qualche centinaio di persone e alle undici abbiamo dovuto aprire le porte laterali», ha '
             "raccontato l'organizzatore Ubaldo Cartofiletti."),
            '-Leggi anche: La biblioteca lancia una raccolta fondi',
        ],
        [
            '+Il programma della giornata',
            '+Al mattino: una conferenza sulle carte del Magini',
            '+Nel pomeriggio: uno sportello di stima gratuito',
            '-Ricevi ogni venerdì il meglio del Corriere: iscriviti alla nostra newsletter',
            "+La sera: un'asta di quaranta lotti",
        ],
        [
            ('+Una carta del Magini della provincia, il lotto di punta, è stata aggiudicata per 2.400 euro a un '
             'collezionista della zona.'),
            '+La mostra ha raccolto 3.100 euro per il fondo di restauro della biblioteca e tornerà in primavera.',
            '-Tag: Carte antiche · Antiquariato · Mercato coperto · Biblioteca',
            '-Altri articoli di Cultura',
        ],
        [
            '-4 commenti',
            '-Camminatore_72: Ho trovato il catasto del mio paese per 40 euro, felicissimo!',
            '-↳ Risposta di Lucia M.: Anche io, lo sportello di stima era fantastico.',
            '-↳ Risposta del Corriere di Portolanza: Grazie per le belle parole, ci vediamo in primavera.',
            '-VecchioGeometra: Peccato per la coda al parcheggio.',
            '-Carica altri commenti',
        ],
        [
            '-© 2025 Il Corriere di Portolanza · Contatti · Inserzioni · Privacy · Termini',
        ],
    ]),
    _page('it', 'it-blog-il-leggio-di-ginevra-prima-serata-in-quartetto', [
        [
            '-Il leggio di Ginevra – quattro voci, un accordo e tanta tisana',
        ],
        [
            '+La prima serata del nostro quartetto davanti al pubblico',
            '-Pubblicato il 21 settembre 2025 da Ginevra · 6 commenti',
            '-Circa 6 minuti di lettura',
            '-Categorie: Barbershop, Vita da quartetto',
        ],
        [
            '-Vai subito ai video',
            '-Noi quattro mentre ci accordiamo dietro il palco del salone parrocchiale.',
            ('+Venerdì sera il nostro piccolo quartetto ha cantato in pubblico per la prima volta, nel salone '
             'parrocchiale, a favore del nuovo tetto.'),
        ],
        [
            '+Provavamo ogni martedì da marzo, quasi sempre nella mia cucina, con il diapason a fiato sul portapane.',
            '-Questo articolo contiene link affiliati: guadagno una piccola commissione senza costi per te.',
            ("+«Prima bloccate l'accordo, alle parole penserete dopo», ci ha detto la nostra vecchia direttrice del "
             'coro prima di salire sul palco.'),
            '-Salva questo articolo su Pinterest!',
        ],
        [
            '-Segnala questo annuncio',
        ],
        [
            '-Il diapason a fiato che uso è questo modello cromatico su Amazon (link affiliato).',
            "+Com'è andata la serata",
            '+Alle 19:30: riscaldamento nella cucina dietro il salone',
            '+Alle 20: quattro canzoni, da Sweet Adeline a un medley dei Beatles',
            '+Alle 20:45: il pubblico ha cantato con noi il tag finale',
        ],
        [
            '+Sono venute circa ottanta persone e la colletta per il tetto ha raccolto 412 euro.',
            '-Condividi: Facebook · WhatsApp · Pinterest',
            '+Ci hanno già richiamati per il mercatino di Natale, quindi da domani si ricomincia a provare.',
            '-Alla prossima e continuate a cantare! Ginevra',
            ('-Il biglietto di Natale del nostro quartetto con la registrazione di Astro del ciel è nel mio negozio '
             'Etsy.'),
        ],
        [
            '-6 pensieri su “La prima serata del nostro quartetto davanti al pubblico”',
            '-Rita dice: Che bella serata, sembrava che cantaste insieme da anni.',
            "-↳ Ginevra dice: Grazie Rita, ma l'emozione era tanta!",
            "-Franco del coro del sabato dice: Quel tag finale mi ha fatto venire la pelle d'oca.",
            '-Lascia un commento',
        ],
        [
            '-Ricevi i nuovi articoli via email: inserisci il tuo indirizzo e clicca su Segui.',
            '-© 2025 Il leggio di Ginevra · Tema: Kadence · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-mapnikowo-targi-starych-map', [
        [
            '-Głos Mapnikowa – Gazeta ziemi mapnikowskiej od 1926 roku',
            '-Wiadomości · Sport · Kultura · Gospodarka · Nekrologi',
            '-Strona główna › Kultura › Wydarzenia',
            '+Tłumy na pierwszych targach starych map w Mapnikowie',
        ],
        [
            '-Autor: Redakcja',
            '-Opublikowano 14.09.2025, 18:00 · Aktualizacja 20:15',
            '-Czas czytania: 3 minuty',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Ponad sześćdziesięciu wystawców z dziewięciu krajów wypełniło w sobotę dawną halę targową podczas '
             'pierwszych targów starych map.'),
            '+Około 2 tys. zwiedzających przeciskało się między stoiskami, wielu z rodzinną mapą pod pachą.',
            '-Najstarszy arkusz targów, mapa Orteliusa z 1570 roku. Fot. Głos Mapnikowa / archiwum',
            '-Reklama',
        ],
        [
            ('+– Liczyliśmy na kilkaset osób, a o jedenastej musieliśmy otworzyć boczne drzwi – mówi organizatorka '
             'Jadwiga Kartuszyńska.'),
            '-Czytaj także: Biblioteka zbiera na renowację',
        ],
        [
            '+Jak minął dzień',
            '+Rano: wykład o mapach Perthéesa',
            '+Po południu: bezpłatna wycena rodzinnych map',
            '-Najlepsze teksty Głosu co piątek w Twojej skrzynce – zapisz się na newsletter',
            '+Wieczorem: aukcja czterdziestu obiektów',
        ],
        [
            ('+Mapa województwa Perthéesa, najcenniejszy obiekt aukcji, trafiła do miejscowego kolekcjonera za 9,5 '
             'tys. zł.'),
            '+Targi przyniosły 12 tys. zł na fundusz renowacji biblioteki i wrócą wiosną.',
            '-Tagi: Stare mapy · Antyki · Hala targowa · Biblioteka',
            '-Więcej z działu Kultura',
        ],
        [
            '-4 komentarze',
            '-Wędrowiec_66: Znalazłem mapę katastralną naszej wsi za 150 zł, super!',
            '-↳ Odpowiedź: Basia K.: Ja też, wycena była świetna.',
            '-↳ Odpowiedź: Głos Mapnikowa: Dziękujemy za miłe słowa, do zobaczenia wiosną.',
            '-StaryGeodeta: Szkoda tylko kolejki na parking.',
            '-Pokaż więcej komentarzy',
        ],
        [
            '-© 2025 Głos Mapnikowa · Kontakt · Cennik ogłoszeń · Polityka prywatności · Regulamin',
        ],
    ]),
    _page('pl', 'pl-blog-cztery-glosy-bozenki-pierwszy-wieczor-kwartetu', [
        [
            '-Cztery głosy Bożenki – jeden akord i dużo herbaty',
        ],
        [
            '+Pierwszy wieczór naszego kwartetu przed publicznością',
            '-Opublikowano 21 września 2025 przez Bożenkę · 6 komentarzy',
            '-Około 6 minut czytania',
            '-Kategorie: Barbershop, Życie kwartetu',
        ],
        [
            '-Przejdź od razu do filmów',
            '-Nasza czwórka stroi się za sceną w świetlicy.',
            ('+W piątek wieczorem nasz mały kwartet po raz pierwszy zaśpiewał publicznie, w wiejskiej świetlicy, na '
             'rzecz nowego dachu.'),
        ],
        [
            ('+Od marca próbowaliśmy w każdy wtorek, najczęściej w mojej kuchni, z piszczałką do strojenia na '
             'chlebaku.'),
            '-Ten wpis zawiera linki afiliacyjne – dostaję niewielką prowizję, a Ty nic nie dopłacasz.',
            ('+– Najpierw zablokujcie akord, o słowach pomyślicie potem – powiedziała nam przed wyjściem na scenę '
             'nasza dawna dyrygentka chóru.'),
            '-Przypnij ten wpis na Pintereście!',
        ],
        [
            '-Zgłoś tę reklamę',
        ],
        [
            '-Moja chromatyczna piszczałka do strojenia to ten model z Allegro (link afiliacyjny).',
            '+Jak minął wieczór',
            '+19:30: rozśpiewanie w kuchni za salą',
            '+20:00: cztery piosenki, od Sweet Adeline po składankę Beatlesów',
            '+20:45: publiczność zaśpiewała z nami końcowy tag',
        ],
        [
            '+Przyszło około osiemdziesięciu osób, a zbiórka na dach dała 1900 zł.',
            '-Udostępnij: Facebook · WhatsApp · Pinterest',
            '+Już zaproszono nas na jarmark bożonarodzeniowy, więc od jutra znów próby.',
            '-Do następnego razu i śpiewajcie dalej! Bożenka',
            '-Świąteczną kartkę naszego kwartetu z nagraniem Cichej nocy kupicie w moim sklepie na Etsy.',
        ],
        [
            '-6 odpowiedzi na „Pierwszy wieczór naszego kwartetu przed publicznością”',
            '-Halina pisze: Jaki piękny wieczór, brzmieliście, jakbyście śpiewali razem od lat.',
            '-↳ Bożenka pisze: Dziękuję, Halinko, ale trema była prawdziwa!',
            '-Zbyszek z sobotniego chóru pisze: Przy tym końcowym tagu miałem ciarki.',
            '-Zostaw komentarz',
        ],
        [
            '-Otrzymuj nowe wpisy e-mailem: wpisz adres i kliknij Obserwuj.',
            '-© 2025 Cztery głosy Bożenki · Motyw: Neve · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-atlasovo-verkhnee-yarmarka-starinnykh-kart', [
        [
            '-Атласовский вестник – газета Атласово-Верхнего с 1931 года',
            '-Новости · Спорт · Культура · Экономика · Некрологи',
            '-Главная › Культура › События',
            '+Первая ярмарка старинных карт собрала толпы в Атласово-Верхнем',
        ],
        [
            '-Автор: редакция',
            '-Опубликовано 14.09.2025 в 18:00 · Обновлено в 20:15',
            '-Время прочтения: 3 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
        ],
        [
            ('+Более шестидесяти продавцов из девяти стран заполнили в субботу старые торговые ряды на первой '
             'ярмарке старинных карт.'),
            ('+Около двух тысяч посетителей протискивались между прилавками, многие со старой семейной картой под '
             'мышкой.'),
            '-Самый старый лист ярмарки – карта Ортелия 1570 года. Фото: «Атласовский вестник» / архив',
            '-Реклама',
        ],
        [
            ('+«Мы рассчитывали на несколько сотен человек, а к одиннадцати пришлось открыть боковые двери», – '
             'рассказал организатор Евграф Широтин.'),
            '-Читайте также: Библиотека собирает деньги на реставрацию',
        ],
        [
            '+Как прошёл день',
            '+Утром: лекция о картах Генерального межевания',
            '+Днём: бесплатная оценка семейных карт',
            '-Лучшие материалы «Вестника» каждую пятницу – подпишитесь на рассылку',
            '+Вечером: аукцион из сорока лотов',
        ],
        [
            '+Межевой план уезда, главный лот аукциона, ушёл к местному коллекционеру за 180 тысяч рублей.',
            '+Ярмарка собрала 240 тысяч рублей в фонд реставрации библиотеки и вернётся весной.',
            '-Теги: Старинные карты · Антиквариат · Торговые ряды · Библиотека',
            '-Ещё из рубрики «Культура»',
        ],
        [
            '-4 комментария',
            '-Путник_59: Нашёл межевой план нашей деревни за 3000 рублей, счастлив!',
            '-↳ Галина П. отвечает: Я тоже, оценка была отличная.',
            '-↳ «Атласовский вестник» отвечает: Спасибо за тёплые слова, до встречи весной.',
            '-СтарыйГеодезист: Жаль только очередь на парковку.',
            '-Показать ещё комментарии',
        ],
        [
            '-© 2025 «Атласовский вестник» · Контакты · Рекламодателям · Политика конфиденциальности',
        ],
    ]),
    _page('ru', 'ru-blog-efrosininy-kamerton-pervyi-vecher-kvarteta', [
        [
            '-Ефросиньин камертон – четыре голоса, один аккорд и много чая',
        ],
        [
            '+Первый вечер нашего квартета перед публикой',
            '-Опубликовано 21 сентября 2025 автором Ефросинья · 6 комментариев',
            '-Примерно 6 минут на прочтение',
            '-Рубрики: Барбершоп, Жизнь квартета',
        ],
        [
            '-Перейти сразу к видео',
            '-Мы вчетвером настраиваемся за сценой сельского клуба.',
            ('+В пятницу вечером наш маленький квартет впервые спел на публике, в сельском клубе, в пользу сбора на '
             'новую крышу.'),
        ],
        [
            '+С марта мы репетировали каждый вторник, в основном у меня на кухне, с камертоном-дудочкой на хлебнице.',
            '-В этом посте есть партнёрские ссылки: я получаю небольшую комиссию, для вас цена не меняется.',
            ('+«Сначала зафиксируйте аккорд, о словах подумаете потом», – сказала нам перед выходом на сцену наша '
             'бывшая руководительница хора.'),
            '-Сохраните этот пост в Pinterest!',
        ],
        [
            '-Пожаловаться на рекламу',
        ],
        [
            '-Мой хроматический камертон-дудочка – вот эта модель на Ozon (партнёрская ссылка).',
            '+Как прошёл вечер',
            '+19:30: распевка на кухне за залом',
            '+20:00: четыре песни, от Sweet Adeline до попурри из «Битлз»',
            '+20:45: зал спел с нами финальный тэг',
        ],
        [
            '+Пришло около восьмидесяти человек, и сбор на крышу составил 27 тысяч рублей.',
            '-Поделиться: ВКонтакте · Telegram · Pinterest',
            '+Нас уже позвали на рождественскую ярмарку, так что с завтрашнего дня снова репетиции.',
            '-До новых встреч и пойте! Ваша Ефросинья',
            ('-Рождественскую открытку нашего квартета с записью «Тихой ночи» можно купить в моём магазине на '
             'Ярмарке Мастеров.'),
        ],
        [
            '-6 комментариев к записи «Первый вечер нашего квартета перед публикой»',
            '-Валентина пишет: Какой чудесный вечер, будто вы поёте вместе много лет.',
            '-↳ Ефросинья пишет: Спасибо, Валя, но волнение было настоящее!',
            '-Михаил из субботнего хора пишет: От финального тэга у меня мурашки.',
            '-Оставить комментарий',
        ],
        [
            '-Получайте новые записи на почту: введите адрес и нажмите «Подписаться».',
            '-© 2025 Ефросиньин камертон · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'SoundCloud: this track is private. Only people with the secret link can listen.':
        ("an English SoundCloud track set to private, for holders of the secret link only ('SoundCloud: this track "
         "is private. Only people with the secret link can listen.') is left in the body"),
    'Ce contenu Dailymotion a été retiré à la demande de son propriétaire.':
        ("a French Dailymotion item withdrawn at its owner's request ('Ce contenu Dailymotion a été retiré à la "
         "demande de son propriétaire.') is left in the body"),
    'Dieses Flickr-Album ist nur für Freunde des Fotografen sichtbar.':
        ("a German Flickr album visible to the photographer's friends only ('Dieses Flickr-Album ist nur für Freunde "
         "des Fotografen sichtbar.') is left in the body"),
    'Need a quartet for a wedding or a garden party? Book us through Encore Musicians.':
        ("an English book-our-quartet plug through Encore Musicians ('Need a quartet for a wedding or a garden "
         "party? Book us through Encore Musicians.') is left at the foot"),
    'Learning tracks for all four parts of this arrangement are on my Bandcamp page, pay what you like.':
        ("an English pay-what-you-like Bandcamp plug for learning tracks ('Learning tracks for all four parts of "
         "this arrangement are on my Bandcamp page, pay what you like.') is left at the foot"),
    'Zum Kommentieren melden Sie sich bitte mit Ihrem Leserkonto an.':
        ("a German log-in-with-your-reader-account-to-comment prompt ('Zum Kommentieren melden Sie sich bitte mit "
         "Ihrem Leserkonto an.') is left at the foot"),
    "Questo articolo è disponibile anche in versione audio nell'app del giornale.":
        ("an Italian also-available-as-audio-in-the-app note ('Questo articolo è disponibile anche in versione audio "
         "nell'app del giornale.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-gwens-pitch-pipe-diary-first-quartet-evening':
        ("the English quartet-evening blog post keeps the blog name with its tagline ('Gwen's Pitch Pipe Diary – "
         "four voices, one chord, a lot of tea') alone in the first block, the skip-to-the-videos link ('Skip to the "
         "videos') and the opening photo's caption ('The four of us tuning up behind the village hall stage.') above "
         "the first paragraph (3 of 20 noise lines); no article line is lost"),
    'fr-portail-vellumieres-salon-des-cartes-anciennes':
        ("the French map fair report keeps the masthead with its tagline ('L'Écho de Vellumières – Le quotidien de "
         "Vellumières et de sa vallée depuis 1902') at the top of the first block, above the menu, the breadcrumb "
         'and the title (1 of 20 noise lines); no article line is lost'),
    'fr-blog-le-carnet-d-accords-de-solene-premiere-soiree-en-quatuor':
        ("the French quartet-evening blog post keeps the blog name with its tagline ('Le carnet d'accords de Solène "
         "– quatre voix, un accord et beaucoup de tisane') alone in the first block, the skip-to-the-videos link "
         "('Aller directement aux vidéos') and the opening photo's caption ('Nous quatre en train de nous accorder "
         "derrière la scène de la salle des fêtes.') above the first paragraph (3 of 20 noise lines); no article "
         "line is lost"),
    'de-blog-wendelins-quartettbuch-erster-quartettabend':
        ("the German quartet-evening blog post keeps the blog name with its tagline ('Wendelins Quartettbuch – vier "
         "Stimmen, ein Akkord und viel Kräutertee') alone in the first block, the skip-to-the-videos link ('Direkt "
         "zu den Videos springen') and the opening photo's caption ('Wir vier beim Einstimmen hinter der Bühne im "
         "Gemeindesaal.') above the first paragraph (3 of 20 noise lines); no article line is lost"),
    'it-blog-il-leggio-di-ginevra-prima-serata-in-quartetto':
        ("the Italian quartet-evening blog post keeps the blog name with its tagline ('Il leggio di Ginevra – "
         "quattro voci, un accordo e tanta tisana') alone in the first block, the skip-to-the-videos link ('Vai "
         "subito ai video') and the opening photo's caption ('Noi quattro mentre ci accordiamo dietro il palco del "
         "salone parrocchiale.') above the first paragraph (3 of 20 noise lines); no article line is lost"),
    'pl-blog-cztery-glosy-bozenki-pierwszy-wieczor-kwartetu':
        ("the Polish quartet-evening blog post keeps the blog name with its tagline ('Cztery głosy Bożenki – jeden "
         "akord i dużo herbaty') alone in the first block, the skip-to-the-videos link ('Przejdź od razu do filmów') "
         "and the opening photo's caption ('Nasza czwórka stroi się za sceną w świetlicy.') above the first "
         "paragraph (3 of 20 noise lines); no article line is lost"),
    'ru-blog-efrosininy-kamerton-pervyi-vecher-kvarteta':
        ("the Russian quartet-evening blog post keeps the blog name with its tagline ('Ефросиньин камертон – четыре "
         "голоса, один аккорд и много чая') alone in the first block, the skip-to-the-videos link ('Перейти сразу к "
         "видео') and the opening photo's caption ('Мы вчетвером настраиваемся за сценой сельского клуба.') above "
         "the first paragraph (3 of 20 noise lines); no article line is lost"),
}

test_held_out_224_line, test_held_out_224_line_is_kept, test_held_out_224_page = held_out_tests(
    HELD_OUT_224_LINES, HELD_OUT_224_KEEP, HELD_OUT_224_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
