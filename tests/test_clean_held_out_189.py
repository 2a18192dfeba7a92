"""Held-out set 189: written blind, weighted toward the noise the cleaner exists for, in shapes set 188's docstring does
not name (nor the first paragraphs of sets 185, 186 and 187): scraper, embed and ad markers (an English Flourish
visualisation whose drawing script the browser blocked "Flourish visualisation could not be shown – your browser blocked
the script that draws it.", an English Twitch clip perhaps deleted by its streamer "This Twitch clip is no longer
available. The streamer may have deleted it.", an English Spotify episode player that timed out with a refresh hint "The
Spotify episode player has timed out. Refresh the page to try again.", a French Calaméo document archived by its
publisher "Le document Calaméo ne s'affiche pas : son éditeur l'a archivé.", a German Opinary poll hidden by an ad
blocker "Die Umfrage von Opinary kann nicht angezeigt werden – bitte deaktivieren Sie Ihren Werbeblocker.", an Italian
Typeform survey that is closed "Il sondaggio di Typeform è chiuso e non accetta più risposte.", a Polish YouTube
broadcast for channel members only "Nie udało się wczytać transmisji z YouTube – nagranie jest dostępne tylko dla
członków kanału." and a Russian VK video for the community's subscribers only "Видео ВКонтакте доступно только
подписчикам сообщества."); reading-time headers in new wordings (the English approximate read with a word count "Approx.
5 min read · 1,040 words", a blog's estimated reading time with a joke about the photos "Estimated reading time: 18
minutes (or 6 if you only look at the photos)", the French reading-duration label "Durée de lecture : 5 min", the German
estimated-reading-time label "Geschätzte Lesezeit: 5 Minuten", the Italian a-five-minute-read label "Lettura da 5
minuti", the Polish you-will-read-the-article-in line "Artykuł przeczytasz w 5 minut" and the Russian time-of-reading
label with a dash "Время прочтения — 5 минут"); bylines and self-promotion (an English words-and-pictures byline "Words
and pictures: Rosalind Thwaitegill", a French press-correspondent byline with the village "Firmin Cabrolade,
correspondant de presse à Sarbouillac", a German by-our-editor byline "Von unserer Redakteurin Hiltrud Quenzelmeier" and
a Russian text-and-photo byline "Текст: Агриппина Щукодворова, фото: Лаврентий Плотвичкин", all at the head, and at the
foot an English Gumroad lyre-plans plug "The full-size plans for this lyre are £8 on Gumroad, with a cutting list and
string gauges.", an English Not On The High Street boomerangs plug "Signed boomerangs, each one test-flown, are in my
Not On The High Street shop.", an Italian Subito.it pan-pipes plug "Vendo i miei flauti di Pan su Subito.it: scrivimi lì
per la tonalità che preferisci." and a Polish OLX boomerangs plug with InPost lockers "Gotowe bumerangi sprzedaję na OLX
– wysyłka paczkomatem InPost."); blog and site footers (the English Wix free-site banner "This site was designed with
the Wix.com website builder. Create your website today.", an English printer's imprint line "Printed and published by
Swalecote Press Ltd, Unit 4, Fellside Trading Estate", an English Hugo and Netlify credit "Built with Hugo · Hosted on
Netlify · RSS", a French joint-commission and ISSN line "Commission paritaire n° 0327 C 85614 · ISSN 2102-4437", a
German Jimdo blog credit "Ein Blog bei Jimdo · Datenschutz · Cookie-Richtlinie", an Italian ROC-registration and
publisher line "Iscrizione al ROC n. 28714 · Editore: Editrice Vallorsina s.r.l.", a Polish home.pl hosting row
"Hosting: home.pl · Regulamin · Polityka prywatności" and a Russian link-required-on-reuse line "При полном или
частичном использовании материалов гиперссылка на «Заболотские вести» обязательна."); reader-comment furniture (the
English notify-me-of-follow-up-comments checkbox "Notify me of follow-up comments by email.", an English
showing-10-of-37 counter "Showing 10 of 37 comments", the English leave-a-reply-to heading with its cancel link "Leave a
Reply to Dot Cancel reply", a French subscribers-only discussion note "Cet espace de discussion est réservé aux
abonnés.", a German shortened-by-the-editors stub "Dieser Kommentar wurde von der Redaktion gekürzt.", the Italian
e-mail-will-not-be-published form note "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono
contrassegnati *", a Polish moderated-comments note "Komentarze są moderowane. Treści obraźliwe będą usuwane." and a
Russian confirm-your-phone prompt "Чтобы оставить комментарий, подтвердите номер телефона."); share rows (a French
send-by row "Envoyer par WhatsApp · Envoyer par e-mail · Copier le lien", an Italian send-to-a-friend row with print and
Telegram "Invia a un amico · Stampa · WhatsApp · Telegram" and a Polish share row with X, Threads and Wykop "Udostępnij
na: X · Threads · Wykop"); and notices (an English part-of-our-series note "This article is part of our Village Heritage
series, written with readers' help." and a German editors' note on who supplied the photos "Hinweis der Redaktion: Die
Fotos wurden uns von der Kirchengemeinde zur Verfügung gestellt.", both in the body, and a Russian
photos-supplied-by-the-press-office note "Фото предоставлены пресс-службой администрации района." at the foot); and
toward whole scraped news and hobby-blog pages in layouts set 188's docstring does not describe (on the six portal
pages, in eight blocks, a skip-to-content link, the masthead, the section menu and a log-in-and-subscribe row in one
block of four at the very top, the skip link first; the title at the top of a block of four with the byline, the
published-and-updated line and the reading time after it; the first and second paragraphs in one block of four with the
lead photo's caption and its credit between them; the paragraph with the quote in a block of four between a read-also
link above it and an ad label and a sponsored headline below it; the subheading and the three rows with a newsletter
prompt after the third row, inside the list block (a block of five); the two last paragraphs at the top of a block of
three with a share row after them; a thread of four lines alone in a block (a comment count, a comment, a second
reader's comment and the first reader's arrowed reply to it); and at the foot a links row and the publisher's copyright
line; on the six blog pages, in nine blocks, the menu, the blog name and its tagline in one block of three, the menu
first; the posted-on-by line above the title and the reading time and an affiliate-links disclosure under it in one
block of four, the title second; the first and second paragraphs at the top of a block of three with the photo caption
after them; a table of contents (its heading and two numbered entries) alone in a block of three between the second
paragraph and the quote; the paragraph with the quote at the top of a block of two with a share row (Pinterest first)
after it; the subheading and the three rows with an affiliate link between the subheading and the first row (a block of
five); the two last paragraphs at the top of a block of four with the author's sign-off and a plug for the author's
wares or courses after them; a thread of four lines alone in a block (a comments heading with its count, a comment,
another reader's arrowed reply and the author's arrowed reply to both); and at the foot the author's copyright line and
a platform-and-theme credit), taken from local news of fresh kinds (a wishing well on a village green repaired, a horse
ferry's landing stage rebuilt, a chapel's bellcote put back, a sheepfold on the fell rebuilt, a packhorse bridge
repointed, a cab shelter reopened as a café) and from blogs about a lyre, a bowed psaltery, a nyckelharpa, pan pipes, a
boomerang and mustard.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 188 but what is named here), held-out set 190 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 188 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 185, 186 and 187, printed with one ast script (/tmp/s189scratch/peek.py,
reading the files of /tmp/wt-s189/tests, the worktree at the brief's commit, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s189); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s189scratch/helpers.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 188's as
printed, with 188 -> 189; /tmp/s189scratch/gen189.py writes this file from scratch files (data189.py with the noise and
keep lines, pages189.py with the pages, doc_parts.py with the docstring and, after the measurement, tables189.py with
the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s189, detached at commit c6b01801a6f735a8519859deb68e81eb64c7e951, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 15:34:27 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c6b01801a6f735a8519859deb68e81eb64c7e951 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 188's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", set 188's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 185, 186 and 187. Its first run printed to the terminal, which the
tool cut in the middle (it showed the first 132 lines, from set 185's first paragraph into set 186's, and the last
lines, from the last words of set 188's "Slips and notes" paragraph to the end of its tail, all allowed parts); the
second run went to /tmp/s189scratch/peek.out (515 lines, all of them allowed parts), of which I paged lines 125 to 360
with ``sed`` (the rest of set 186's and all of set 187's first paragraphs, and set 188's first paragraph, Protocol,
"Slips and notes" and the start of "Judgement calls"); nothing else of any set file was printed. (3) Before writing I
compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no Bandcamp, Datawrapper,
Vimeo, Instagram, Google Maps, RaiPlay, Rutube or Yandex markers, no cookie-consent or region-block wordings, no
reading-time phrasing of those paragraphs (the French reading label is "Durée de lecture", not "Lecture"; the Russian
one "Время прочтения", not "Читается за" or "На чтение уйдёт"), no Local Democracy Reporting Service,
correspondent-of-the-village or contributed-by bylines, no Etsy, Folksy, Ko-fi, Leboncoin, eBay, Allegro or VK plugs
among the held-out lines, no IPSO, Ghost, Carrd, Squarespace, Blogger, GitHub Pages, OVH, court-registration, KRS or
media-certificate footers, and no load-more, awaiting-moderation, closed, Disqus, netiquette, guest or action-row
comment lines; the page layout differs from set 188's at every block (no block of five at the top, no read-more link
between the first two paragraphs, the sponsored headline outside the list block, the newsletter prompt after the third
row, a table of contents after the second paragraph instead of before the first, the share rows right after the quote on
the blogs and right after the last paragraphs, in their block, on the portals). The page reading times, links rows and
copyright lines are ordinary page furniture, not held-out lines. (4) Every invented name was checked with the
``find_string`` tool (exact string, case-insensitive, over public GitHub files): Hobthwaite, Hobthwaite Courier,
Fellgarthwick, Ottilie Fellgarthwick, Pendlemire, Pete_on_the_fell, Brivézac, Brassemouille, Cabassolle, Quendelsbach,
Quendelsbacher Bote, Schrammhuber, Holzapfler, Gretl_aus_dem_Tal, Valcornara, Voce di Valcornara, Pascolotti,
Pietrabrusca, Montanaro62, Przełęczyc, Echo Przełęczyc, Fugowska, Wapniarczyk, Кривоколенск, Пролёткина, Чаепитова,
Lyrebodger, Archet & Tilleul, Schlüsselfiedelei, Canneto di Rosalba, Wracający Patyk, Горчичная кладовка,
Krzysiek_z_Łodzi, Ольга_Пермь, Thwaitegill, Cabrolade, Sarbouillac, Quenzelmeier, Щукодворова, Плотвичкин, Swalecote,
Fellside Trading Estate, Vallorsina and Заболотские вести gave no hit (Фёкла Чаепитова and the Кривоколенский of the
paper's name are forms of checked names). Dropped for hits: Bramblecote (a name in many lists), Marouflet (inside
"marouflette"), Fressinel (inside a code identifier), Pecorelli and Mulattieri (surnames), Pouzargue (a surname),
Ovinacci (inside "giovinaccio" and a user name), Kamieniarczyk (a surname), Жмыхова and Самоварова (surnames), Стожарова
(a surname), Окунцов (inside "Окунцова"), Полынцева and Сычугов (surnames) and Valmorena (a club's name in code). Plain
first names and initials of commenters and authors (Tamsin, Gwenola, Jorinde, Rosalba, Bogumił, Евстолия, Dot, Marjorie
H., Rowan G., Fenwick, Mimi47, Jean-Louis B., Maëlle R., Didier de Nantes, Bauer Sepp, Holger aus Kiel, Frieda_S,
Giuseppina_V, Marco_B, Lucia T., Halina z młyna, Kuba_P, Ola M., Старожил, Надежда П., Тамара Ивановна) were not looked
up. Real services, companies and places (Flourish, Twitch, Spotify, Calaméo, Opinary, Typeform, YouTube, VK, Gumroad,
Not On The High Street, Subito.it, OLX, InPost, Wix, Hugo, Netlify, Jimdo, home.pl, WhatsApp, Telegram, X, Threads,
Wykop, WordPress, Kadence, Neve, Blocksy, GeneratePress, Hestia, Amazon, Etsy, Ko-fi, Allegro, Ozon, Pinterest, Ярмарка
Мастеров, Ludlow, Kiel, Nantes, Łódź, Perm) are named as real pages name them. (5) /tmp/s189scratch/check.py checked the
counts (categories, languages and the categories per language, places, keep lines, 10 article and 20 noise lines on each
page) and, case-insensitively, that no noise line (the 45 lines and the 240 page noise lines) is inside any article
line, keep line or other noise line, that no line repeats and that no line has an at-sign. Its first run found 13 such
cases: the mastheads or blog names of eleven pages inside their own copyright lines (the copyright lines were reworded,
the blogs' to the author's first name, and four mastheads took an article or a word: "Der Quendelsbacher Bote",
"Tygodnik Echo Przełęczyc", "Газета «Кривоколенский вестник»"; the Italian and French copyright lines dropped the "La"),
the German table-of-contents heading "Inhalt" inside the skip link "Zum Inhalt springen" (it became
"Inhaltsverzeichnis") and the Italian byline "di Ilaria Pascolotti" inside the photo credit "Foto di Ilaria Pascolotti"
(the credit became "Foto: Ilaria Pascolotti"); before that run I had avoided ad labels inside the links rows (the
French, Italian, Polish and Russian links rows name "Annonceurs", "Inserzioni", "Cennik ogłoszeń" and "Размещение
объявлений" rather than "Publicité", "Pubblicità", "Reklama" and "Реклама"), and the Russian keep line speaks of
"Рекламные щиты" so that the label "Реклама" is not inside it; its second run found none. gen189.py asserts no line of
this file is over 120 columns, and a round trip (roundtrip.py: import of the written module, comparing its lists and the
pages' raw text, keep and drop with the scratch data) gave back the scratch data. (6) The file measured was this one
with the three xfail tables empty and without the Baseline paragraph and notes (6) and (7); it was copied to
/tmp/wt-s189/tests and the brief's one shell call was run once, at 15:40:47 UTC by ``date``. Then
/tmp/s189scratch/problems.py (importing the copy in /tmp/wt-s189/tests with /tmp/wt-s189/src on the path) printed
``_problems`` of every failing case, and the 12 failing cases were entered as strict xfails (tables189.py). After the
measurement only the xfail tables and this docstring (the Baseline paragraph and these notes) changed; gen189.py rewrote
the file from the same data189.py and pages189.py, and roundtrip.py checked that the lists and pages are unchanged. The
reasons say "loses" for the article lines that ``_problems`` reports as "lost or out of order"; which of the two it is
was not looked into, since the cleaner's output was not printed. (7) Clock: started 15:34:27 UTC, measured 15:40:47 UTC,
the xfail tables and the Baseline written by about 15:43 UTC, committed at about 15:44 UTC, well inside the brief's 50
minutes (the clock of this machine is what ``date`` printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (directions along a footpath to the well, advertising for a contractor bringing two bids, sharing the ferry with
a riding school, the consequences of a storm for a bellcote, sharing a sheepfold with shepherds of the next valley,
villagers' comments at a meeting about the cost of repointing, residents asked to share memories of the cab shelter,
sharing the cost with a water company ruled out, comments in a visitors' book asking for a lid, residents' comments
gathered in a book at the town hall, the heritage club advertising a festival with posters, following a ridge path as
the only way up, subscriptions from forty households paying for winding gear, print runs of a booklet selling out,
related repairs to a horse trough, long-standing subscribers of the ferry paying by the year, comments on the bellcote's
new colour, signing up for a volunteer day at the tourist office, opening the bridge to walkers in July and advertising
hoardings taken away by the council); none of them is share, subscribe, follow, comment, ad, print, related or reading
furniture, though each opens with or holds such a word. Categories: the eight embed lines are markers (each stands where
an embed of the page did not come through; the blocked script, the deleted clip, the timed-out player, the archived
document, the ad-blocked poll, the closed survey and the members-only and subscribers-only videos are the embed's
failure, not notices about the article); the approximate read with its word count and the estimated reading time with
its joke are reading times (each gives the length in minutes); the words-and-pictures, press-correspondent,
by-our-editor and text-and-photo lines are bylines at the head, and the Gumroad, Not On The High Street, Subito.it and
OLX lines are bylines (self-promotion) at the foot (each sells the author's plans or wares); the Wix banner, the
printer's imprint, the Hugo and Netlify credit, the joint-commission and ISSN line, the Jimdo credit, the ROC line, the
home.pl row and the Russian link-required line are footers (legal or platform lines printed on every page, not bylines
of the article; the link-required line is the Russian sites' standing reprint rule, not a note about this article); the
notify-me checkbox, the showing-10-of-37 counter, the leave-a-reply-to heading, the subscribers-only note, the shortened
stub, the e-mail-not-published form note, the moderation note and the confirm-your-phone prompt are comment furniture;
the French send-by row, the Italian send-to-a-friend row (the print link belongs to the row) and the Polish row are
share rows; the English series note and the German photo note are notices in the body (both speak of the article they
sit in), and the Russian photos-supplied note is a notice at the foot (it speaks of this article's photos; not a footer,
since it is printed under this article only, nor a byline, since it names no author). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (skip links, mastheads, menus, account rows, bylines, date lines, reading times,
captions and credits, read-also links, ad labels, sponsored headlines, newsletter prompts, share rows, comment counts,
comments and replies, links rows, copyright lines, blog names and taglines, posted-on lines, affiliate disclosures,
tables of contents, share rows, affiliate links, sign-offs, plugs and platform credits) is noise. The list rows (what
was done to the well, the landing stage, the bellcote, the sheepfold, the bridge and the shelter, and what went into the
lyre, the psaltery, the nyckelharpa, the pan pipes, the boomerang and the mustard) are short but part of each article,
so article; the subheadings ("What was done", "Le matériel" and the like) are short but head the list, so article; the
photo captions are noise though they sit between the first and second paragraphs of the portals and right after the
second paragraph of the blogs; the read-also links, ad labels and sponsored headlines are noise though they sit right
above and below the paragraph with the quote; the newsletter prompts are noise though they sit inside the list block
after the third row; the share rows are noise though they close the block of the last paragraphs on the portals and sit
in the block of the quote on the blogs; the affiliate links name a tool the author used but are shop links, so noise
though they sit between the subheading and the first row; the tables of contents (a heading and two numbered entries)
are navigation, so noise though they sit between the second paragraph and the quote; the blogs' plugs ("Pre-cut lyre
kits are in my Etsy shop, posted from Ludlow." and the like) speak in the author's voice but sell, so noise; the
sign-offs ("Happy building, Tamsin" and the like) close the post in the author's voice but are a signature, so noise;
the arrowed replies in the threads are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, a German and a Russian one), body 10 (the eight markers and
two notices: English and German), tail 24 (four plugs: two English, an Italian and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hobthwaite-wishing-well (a wishing well
on a village green, fenced off since 1986, rebuilt by a stonemason), en-blog-lyrebodger-lyre (a seven-string lyre
hollowed from a board of sycamore), fr-portail-saint-brivezac-bac (the landing stage of a horse ferry rebuilt in oak),
fr-blog-archet-et-tilleul-psalterion (a bowed psaltery of lime and spruce with twenty-five strings),
de-portal-quendelsbach-dachreiter (a chapel's wooden bellcote put back on the roof after a storm),
de-blog-schluesselfiedelei-nyckelharpa (a first nyckelharpa, a year in the workshop), it-portale-valcornara-ovile (a
dry-stone sheepfold on the mountain pasture rebuilt by volunteers), it-blog-canneto-di-rosalba-flauto (pan pipes of
ditch reeds), pl-portal-przeleczyce-most (a packhorse bridge of the salt road repointed with lime mortar),
pl-blog-wracajacy-patyk-bumerang (a boomerang of birch plywood), ru-portal-krivokolensk-pavilion (a cab drivers' shelter
of 1912 restored and reopened as a café) and ru-blog-gorchichnaya-kladovka-gorchitsa (mustard of whole seeds soaked in
pickle brine), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit c6b01801a6f735a8519859deb68e81eb64c7e951, measured with ``cd /tmp/wt-s189 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s189/src python -m pytest -q tests/test_clean_held_out_189.py -rA -p
no:cacheprovider`` (12 failed, 65 passed) and ``cd /tmp/wt-s189 && PYTHONPATH=/tmp/wt-s189/src python
scripts/clean_held_out_report.py --sets 189``, with the xfail tables empty, at 15:40:47 UTC by ``date``): noise lines
removed 39/45 (marker 7/8, reading-time 6/7, byline 6/8, footer 7/8, comments 8/8, share 3/3, notice 2/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one marker in the body (the Russian VK subscribers-only
video), one reading time at the head (the English estimated reading time with the joke about the photos), one byline at
the head (the French press-correspondent line), one plug at the foot (the English Gumroad lyre plans), one footer at the
foot (the Russian link-required-on-reuse line) and one notice in the body (the German editors' photo note); the English
Flourish, Twitch and Spotify, French Calaméo, German Opinary, Italian Typeform and Polish YouTube markers, the other six
reading times, the English words-and-pictures, German by-our-editor and Russian text-and-photo bylines at the head, the
English Not On The High Street, Italian Subito.it and Polish OLX plugs at the foot, the other seven footers, all eight
comment lines, every share row, the English series note and the Russian photos-supplied note went); keep lines kept
20/20; pages 6/12 clean (all six portal pages), 22 of 240 page noise lines left and 9 of 120 article lines lost. Left:
on all six blog pages the tagline under the blog name and the photo caption after the second paragraph (2 each); on all
but the Russian one also the affiliate link between the subheading and the first row, so 3 on the English lyre, German
nyckelharpa and Italian pan-pipes blogs; on the French psaltery blog also the sign-off and the plug after the last
paragraph (5); on the Polish boomerang blog also the share row after the quote, the sign-off and the plug (6); on the
Russian mustard blog the tagline and the caption only (2). Lost: the French psaltery, German nyckelharpa and Polish
boomerang blogs lose their title (between the posted-on line and the reading time, 1 each); the Russian mustard blog
loses six article lines, everything from the subheading on (the subheading and its three rows, which follow the Ozon
affiliate link in their block, and the two last paragraphs); no portal page and no keep line loses an article line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s189 gave 65 passed, 12
xfailed, no XPASS.

Measured after round 125 (developed on sets 187 and 188 beside this set's writing from the same base, c6b0180, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 5d713de, the round
with the lead's mend): nothing moved. Round 125's readings (a taken sign-off read as the post's furniture, a widget
block's paragraph kept when the article goes on below, a follow prompt naming the page) do not reach this set's three
lost blog titles or the Russian blog's subheading, list rows and last paragraphs, nor the blogs' taglines, captions and
affiliate links. Its lines and pages are as measured and none of its xfail entries is removed. Noise lines 39 of 45,
keep 20 of 20, pages clean 6 of 12, page noise lines left 22 of 240, article lines lost 9 of 120.

Round 126 (development; this set was read in full from this round on): the round gave back this set's nine lost article
lines. The French, German and Polish blogs' titles were read as photo captions among the byline's rows
(mark_block_remnants/head caption), because the tagline above them was kept; the Russian mustard blog's subheading,
three rows and two last paragraphs went with the page's tail (mark_page/_mark_tail), because the share row above, the
subheading read as a short label and the Ozon link taken as self-promotion made a gap of three lines of chrome under the
body. The round's three readings: (1) page_blocks._mark_blog_head_over_posted_title reads a first block of three, the
menu and the blog's name the page head took over the tagline, over a block of the posted-on line, the title and rows the
rules took whole (_under_posted_line_with_rows; the title under the posted-on line may have up to
_POSTED_TITLE_MAX_WORDS words): the tagline goes as the page head's and the title, no longer alone among the byline's
rows where _mark_head_caption read it as a caption, stays; and _mark_blog_head_in_posted_title_block reads the blog's
name and tagline over the title and a dated posted-on line, the four in the page's first block (name and tagline with no
digit, no full stop, no finite verb; the title a headline's shape, longer than the name; the post's prose in the next
block's first three lines): name and tagline go. (2) whole_line_noise, "site notice": a blogger's item with its shop
link and nothing after it (a short clause, a colon and a marketplace's address: amzn.to, amazon, ozon.ru, allegro.pl,
ebay, etsy, aliexpress, wildberries), or a marketplace named with the paid link's asterisk closing the line ("dieses
Modell bei Amazon*"). (3) page_blocks._extend_down: a subheading (the shape _list_block_end reads) over a shop link the
rules took (_is_heading_over_shop_link, _SHOP_LINK_REASONS, _SHOP_LINK) over a sentence of the article counts as the
article's in the gap under the body, not as the page's chrome, so the rows and last paragraphs under it stay. No tail or
head start moves earlier: every change takes a head line above the title or a shop link inside the list block, or keeps
lines. Other sets: set 178's six blogs lose their tagline by reading (1) (their xfail reasons reworded: 1 of 20 noise
lines left, 2 on the German one); no xfail entry of any set is removed (every page touched still keeps its photo
caption). Tests: tests/test_clean.py test_round_126_* (27). All sets (clean_held_out_report.py, before at 41548a8 ->
after): noise lines 7410/8221 -> 7410/8221, keep 3647/3647 -> 3647/3647, pages clean 1249/2158 -> 1249/2158, page noise
lines left 1873 -> 1845 of 44880, paragraphs lost 11 -> 2; no set's kept lines drop and no page's lost paragraphs rise.
SemEval: 0 changed files of 3723. Bench (bench_clean.py against 41548a8): ratio 0.98 (3.522 s best vs 3.599 s; two runs
while the test set ran on the other core gave 1.10 and 1.11, and an in-process timing with and without the round's two
page functions showed no difference). Cleaning test set (the gate command, on the final code): 22946 passed, 1750
xfailed, no XPASS, in 864 s. This set before -> after: noise lines 39/45 -> 39/45 (marker 7/8, reading-time 6/7, byline
6/8, footer 7/8, comments 8/8, share 3/3, notice 2/3, unchanged), keep 20/20 -> 20/20, pages clean 6/12 -> 6/12, page
noise lines left 22 -> 11 of 240, article lines lost 9 -> 0 of 120; the six blog pages' reasons are reworded (taglines
and affiliate links go, the titles and the Russian list block stay). Still missed: the six lines of _LINE_XFAIL (the VK
subscribers-only video is one service's embed, left on purpose), every blog's photo caption after the second paragraph
(no credit, no prompt, no label: left on purpose), the French and Polish blogs' sign-off and plug after the last
paragraph and the Polish blog's share row after the quote.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_189_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish visualisation could not be shown – your browser blocked the script that draws it.', 'marker'),
    ('body', 'This Twitch clip is no longer available. The streamer may have deleted it.', 'marker'),
    ('body', 'The Spotify episode player has timed out. Refresh the page to try again.', 'marker'),
    ('body', "Le document Calaméo ne s'affiche pas : son éditeur l'a archivé.", 'marker'),
    ('body',
     'Die Umfrage von Opinary kann nicht angezeigt werden – bitte deaktivieren Sie Ihren Werbeblocker.',
     'marker'),
    ('body', 'Il sondaggio di Typeform è chiuso e non accetta più risposte.', 'marker'),
    ('body',
     'Nie udało się wczytać transmisji z YouTube – nagranie jest dostępne tylko dla członków kanału.',
     'marker'),
    ('body', 'Видео ВКонтакте доступно только подписчикам сообщества.', 'marker'),
    ('head', 'Approx. 5 min read · 1,040 words', 'reading-time'),
    ('head', 'Estimated reading time: 18 minutes (or 6 if you only look at the photos)', 'reading-time'),
    ('head', 'Durée de lecture : 5 min', 'reading-time'),
    ('head', 'Geschätzte Lesezeit: 5 Minuten', 'reading-time'),
    ('head', 'Lettura da 5 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Время прочтения — 5 минут', 'reading-time'),
    ('head', 'Words and pictures: Rosalind Thwaitegill', 'byline'),
    ('head', 'Firmin Cabrolade, correspondant de presse à Sarbouillac', 'byline'),
    ('head', 'Von unserer Redakteurin Hiltrud Quenzelmeier', 'byline'),
    ('head', 'Текст: Агриппина Щукодворова, фото: Лаврентий Плотвичкин', 'byline'),
    ('tail', 'The full-size plans for this lyre are £8 on Gumroad, with a cutting list and string gauges.', 'byline'),
    ('tail', 'Signed boomerangs, each one test-flown, are in my Not On The High Street shop.', 'byline'),
    ('tail', 'Vendo i miei flauti di Pan su Subito.it: scrivimi lì per la tonalità che preferisci.', 'byline'),
    ('tail', 'Gotowe bumerangi sprzedaję na OLX – wysyłka paczkomatem InPost.', 'byline'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail', 'Printed and published by Swalecote Press Ltd, Unit 4, Fellside Trading Estate', 'footer'),
    ('tail', 'Built with Hugo · Hosted on Netlify · RSS', 'footer'),
    ('tail', 'Commission paritaire n° 0327 C 85614 · ISSN 2102-4437', 'footer'),
    ('tail', 'Ein Blog bei Jimdo · Datenschutz · Cookie-Richtlinie', 'footer'),
    ('tail', 'Iscrizione al ROC n. 28714 · Editore: Editrice Vallorsina s.r.l.', 'footer'),
    ('tail', 'Hosting: home.pl · Regulamin · Polityka prywatności', 'footer'),
    ('tail',
     'При полном или частичном использовании материалов гиперссылка на «Заболотские вести» обязательна.',
     'footer'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Showing 10 of 37 comments', 'comments'),
    ('tail', 'Leave a Reply to Dot Cancel reply', 'comments'),
    ('tail', 'Cet espace de discussion est réservé aux abonnés.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Redaktion gekürzt.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Komentarze są moderowane. Treści obraźliwe będą usuwane.', 'comments'),
    ('tail', 'Чтобы оставить комментарий, подтвердите номер телефона.', 'comments'),
    ('tail', 'Envoyer par WhatsApp · Envoyer par e-mail · Copier le lien', 'share'),
    ('tail', 'Invia a un amico · Stampa · WhatsApp · Telegram', 'share'),
    ('tail', 'Udostępnij na: X · Threads · Wykop', 'share'),
    ('body', "This article is part of our Village Heritage series, written with readers' help.", 'notice'),
    ('body', 'Hinweis der Redaktion: Die Fotos wurden uns von der Kirchengemeinde zur Verfügung gestellt.', 'notice'),
    ('tail', 'Фото предоставлены пресс-службой администрации района.', 'notice'),
]

HELD_OUT_189_KEEP: list[tuple[str, str]] = [
    ('head', 'Follow the footpath from the church and the well is on the left, behind a new oak rail.'),
    ('head', 'Advertising for a contractor brought only two bids, both from firms in the next valley.'),
    ('head', "Partager le bac avec les cavaliers du centre équestre, c'est l'usage depuis 1950, rappelle le passeur."),
    ('head', 'Folgen hatte der Sturm von 2019 vor allem für das Glockentürmchen der Kapelle.'),
    ('head', "Condividere l'ovile con i pastori della valle vicina era la regola fino agli anni Sessanta."),
    ('head', 'Komentarze mieszkańców na zebraniu wiejskim dotyczyły głównie kosztów fugowania.'),
    ('head', 'Поделиться воспоминаниями о павильоне жителей попросили ещё весной, и откликнулись двенадцать человек.'),
    ('body', 'Sharing the cost with the water company was ruled out in May, the clerk said.'),
    ('body', "Comments left in the visitors' book at the chapel asked for the well to be given a lid."),
    ('body', 'Les commentaires des riverains ont été rassemblés dans un cahier déposé à la mairie.'),
    ('body', 'Werbung für das Fest zum Abschluss der Arbeiten macht der Heimatverein mit Plakaten im Dorfladen.'),
    ('body', "Seguire il sentiero del crinale è l'unico modo per raggiungere l'ovile a piedi."),
    ('tail', 'Subscriptions from forty households paid for the new winding gear and its chain.'),
    ('tail', 'Print runs of the village booklet about the well sold out within a week.'),
    ('tail', 'Related repairs to the horse trough by the green will follow next spring.'),
    ('tail', "Abonnés de longue date du bac, les éleveurs paient toujours leur passage à l'année."),
    ('tail', 'Kommentare zur neuen Farbe des Türmchens gab es im Gemeinderat kaum.'),
    ('tail', 'Iscriversi alla giornata di lavoro volontario è ancora possibile presso la pro loco.'),
    ('tail', 'Udostępnienie mostu dla ruchu pieszego zaplanowano na początek lipca.'),
    ('tail', 'Рекламные щиты у павильона, стоявшие тут с девяностых, по решению думы убрали.'),
]

HELD_OUT_189_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hobthwaite-wishing-well', [
        [
            '-Skip to main content',
            '-The Hobthwaite Courier',
            "-News · Sport · What's On · Farming · Letters · Notices",
            '-Log in · Subscribe',
        ],
        [
            '+Wishing well on Hobthwaite green repaired after forty years behind railings',
            '-By Ottilie Fellgarthwick, Community Reporter',
            '-Published 14 March 2026, 07:30 · Updated 09:12',
            '-3 min read',
        ],
        [
            ('+The wishing well on Hobthwaite green, fenced off since a wall collapsed in 1986, has been rebuilt and '
             'opened to visitors again.'),
            '-The rebuilt well head with its new oak roof.',
            '-Photo: Hobthwaite Courier',
            ('+Stonemason Jethro Pendlemire took the old wall down to the water line and relaid every stone in lime '
             'mortar over six weeks.'),
        ],
        [
            '-Read also: Lambing-time road closures on the fell lane',
            ('+Pendlemire said: “The stones were all there, just in the wrong order, so it was a jigsaw with a '
             'bucket at the bottom.”'),
            '-Advertisement',
            '-Sponsored: Five Dales cottages with hot tubs for spring breaks',
        ],
        [
            '+What was done',
            '+The collapsed wall rebuilt with the original stones.',
            '+A new oak roof and winding gear fitted.',
            '+The iron railings taken away and the paving relaid.',
            "-Get the Courier's morning newsletter – sign up free",
        ],
        [
            '+Coins thrown into the well will be collected each year and given to the village school.',
            '+The parish council will hold a small opening on the green on Saturday at noon.',
            '-Share this story: Facebook · X · WhatsApp · Email',
        ],
        [
            '-3 comments',
            '-Marjorie H.: Lovely to see it open again, my gran was married from the cottage opposite.',
            '-Pete_on_the_fell: Hope they keep the coins safe from the kids with fishing magnets!',
            "-↳ Marjorie H.: They've put a grille under the water, Pete, I asked.",
        ],
        [
            '-About us · Contact · Advertise · Terms · Privacy',
            '-© 2026 Hobthwaite Courier Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-lyrebodger-lyre', [
        [
            '-Home · Builds · Tunings · Shop · About',
            '-Lyrebodger',
            '-Notes from a shed full of half-strung instruments',
        ],
        [
            '-Posted on 14 March 2026 by Tamsin',
            '+Building a seven-string lyre from a single board of sycamore',
            '-12 min read',
            '-This post contains affiliate links; I may earn a small commission.',
        ],
        [
            ('+I had a board of sycamore left over from a kitchen table, just long enough for a small lyre of the '
             'Anglo-Saxon kind.'),
            '+The body is hollowed from the back with gouges, then closed with a thin lid of the same board.',
            '-The hollowed body drying on the bench.',
        ],
        [
            '-Contents',
            '-1. Hollowing the body',
            '-2. Pegs and strings',
        ],
        [
            ('+My neighbour, who plays the harp, looked at it and said: “It will sound like a harp that has been to '
             'the pub, and that is a compliment.”'),
            '-Share: Pinterest · Facebook · Email',
        ],
        [
            '+What you need',
            '-The gouges I used are on Amazon: https://amzn.to/3kLyre7',
            '+A board of sycamore about 70 cm long.',
            '+Seven bone pegs and a bridge of maple.',
            '+Gut or nylon strings in a pentatonic set.',
        ],
        [
            '+It took nine evenings in all, most of them spent on the hollowing.',
            '+Tuned to a pentatonic scale it rings for a long time, and my cat only sometimes leaves the room.',
            '-Happy building, Tamsin',
            '-Pre-cut lyre kits are in my Etsy shop, posted from Ludlow.',
        ],
        [
            '-Comments (3)',
            '-Rowan G.: Sycamore is such a good choice, did you seal the inside?',
            '-↳ Fenwick: Asking the same thing, Rowan – mine cracked after a winter.',
            '-↳ Tamsin: Just a thin coat of shellac, both of you, and keep it away from the radiator.',
        ],
        [
            '-© Tamsin 2026 – please ask before using my photos.',
            '-Powered by WordPress · Theme by Kadence WP',
        ],
    ]),
    _page('fr', 'fr-portail-saint-brivezac-bac', [
        [
            '-Aller au contenu principal',
            '-La Gazette de Saint-Brivézac',
            '-Actualité · Sports · Agenda · Nécrologie · Annonces',
            "-Se connecter · S'abonner",
        ],
        [
            "+À Saint-Brivézac, l'embarcadère du bac à chevaux remis à neuf",
            '-Par Clotilde Brassemouille',
            '-Publié le 14/03/2026 à 07h30, mis à jour à 09h12',
            '-3 min de lecture',
        ],
        [
            ("+L'embarcadère du bac qui relie Saint-Brivézac à l'autre rive de la rivière a rouvert samedi après "
             'quatre mois de travaux.'),
            '-Le nouveau plan incliné, vu depuis la rive gauche.',
            '-Photo : Clotilde Brassemouille',
            ('+Les charpentiers ont remplacé en chêne du pays les madriers pourris de la rampe où les chevaux '
             'montent à bord.'),
        ],
        [
            '-Lire aussi : La foire aux poulains revient en avril',
            ('+Le passeur, Honorat Cabassolle, se réjouit : « Les chevaux hésitaient sur les vieilles planches, '
             "maintenant ils montent sans qu'on les tire. »"),
            '-Publicité',
            "-Contenu sponsorisé : Trois gîtes au bord de l'eau pour vos vacances",
        ],
        [
            '+Ce qui a été fait',
            "+La rampe d'accès refaite en chêne.",
            "+Les anneaux d'amarrage scellés à neuf.",
            '+Un garde-corps posé le long du quai.',
            '-Recevez notre newsletter du matin : inscription gratuite',
        ],
        [
            '+Le bac reprend ses traversées tous les jours de 8 heures à 19 heures.',
            '+La commune organise une fête sur le quai le dimanche 22 mars.',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-Réactions (3)',
            '-Mimi47 : Enfin ! Mon cheval refusait de monter depuis deux ans.',
            '-Jean-Louis B. : Et le parking des vans, il est prévu quand ?',
            "-↳ Mimi47 : Derrière la salle des fêtes, Jean-Louis, c'est affiché en mairie.",
        ],
        [
            '-Mentions légales · CGV · Contact · Annonceurs',
            '-© 2026 Gazette de Saint-Brivézac SARL',
        ],
    ]),
    _page('fr', 'fr-blog-archet-et-tilleul-psalterion', [
        [
            '-Accueil · Projets · Tutos · Boutique · Contact',
            '-Archet & Tilleul',
            "-Carnet d'une luthière du dimanche",
        ],
        [
            '-Publié le 14 mars 2026 par Gwenola',
            '+Mon psaltérion à archet en tilleul, de la planche au premier son',
            '-Temps de lecture : 10 minutes',
            '-Cet article contient des liens affiliés.',
        ],
        [
            ("+Le psaltérion à archet est un triangle de bois sur lequel on tend des cordes qu'on frotte avec un "
             'petit archet.'),
            ("+J'ai collé la caisse en tilleul et la table en épicéa, avec des barres en dessous pour qu'elle ne "
             "s'affaisse pas."),
            '-La caisse collée, encore sous les serre-joints.',
        ],
        [
            '-Sommaire',
            '-1. La caisse et la table',
            '-2. Les chevilles et les cordes',
        ],
        [
            ("+Mon professeur de violon l'a essayé et m'a dit : « C'est le seul instrument où l'on peut jouer faux "
             'sur vingt-cinq cordes à la fois. »'),
            '-Partager sur Pinterest · Facebook · E-mail',
        ],
        [
            '+Le matériel',
            "-Les chevilles que j'utilise sont sur Amazon : https://amzn.to/3pSalt9",
            '+Une planche de tilleul de 2 cm.',
            "+Une table d'épicéa de 3 mm.",
            '+Vingt-cinq chevilles de harpe et autant de cordes.',
        ],
        [
            "+Il m'a fallu trois semaines de soirées, surtout pour percer et ajuster les chevilles.",
            '+Accordé en sol majeur, il sonne doucement et tient la note longtemps.',
            "-À bientôt à l'atelier, Gwenola",
            "-Je propose des stages d'un week-end pour fabriquer son psaltérion : dates sur la page Stages.",
        ],
        [
            '-3 réponses',
            '-Maëlle R. : Superbe ! Quel archet utilises-tu ?',
            '-↳ Didier de Nantes : Pareil, je cherche un archet pas trop cher.',
            '-↳ Gwenola : Un archet de contrebasse recoupé, Maëlle et Didier, tout simplement.',
        ],
        [
            '-© Gwenola 2026 – tous droits réservés',
            '-Propulsé par WordPress · Thème Neve',
        ],
    ]),
    _page('de', 'de-portal-quendelsbach-dachreiter', [
        [
            '-Zum Inhalt springen',
            '-Der Quendelsbacher Bote',
            '-Lokales · Sport · Kultur · Vereine · Trauer',
            '-Anmelden · Jetzt abonnieren',
        ],
        [
            '+Kapelle in Quendelsbach hat ihren Dachreiter wieder',
            '-Von Wendelin Schrammhuber',
            '-14.03.2026, 07:30 Uhr · aktualisiert 09:12 Uhr',
            '-Lesezeit: 3 Minuten',
        ],
        [
            ('+Der hölzerne Dachreiter der Marienkapelle, der seit dem Sturm im Winter 2019 auf dem Bauhof lag, '
             'sitzt seit Freitag wieder auf dem First.'),
            '-Der Kran hebt den Dachreiter auf die Kapelle.',
            '-Foto: Wendelin Schrammhuber',
            ('+Zimmermeister Korbinian Holzapfler hat die morschen Eichenbalken ersetzt und das Türmchen mit '
             'Lärchenschindeln neu gedeckt.'),
        ],
        [
            '-Lesen Sie auch: Dorfladen sucht neue Pächter',
            '+Holzapfler sagt: „Das Glöckchen hat keinen Kratzer, nur das Holz um es herum war am Ende.“',
            '-Anzeige',
            '-Gesponsert: Jetzt Photovoltaik für Ihr Dach berechnen',
        ],
        [
            '+Was gemacht wurde',
            '+Die Eichenbalken des Glockenstuhls erneuert.',
            '+Das Türmchen mit Lärchenschindeln gedeckt.',
            '+Das Glöckchen neu aufgehängt.',
            '-Unser Newsletter am Morgen – jetzt kostenlos anmelden',
        ],
        [
            '+Am Sonntag läutet das Glöckchen zum ersten Mal seit sieben Jahren zur Abendandacht.',
            '+Die Kosten von 38.000 Euro tragen Gemeinde, Kirchenstiftung und Heimatverein gemeinsam.',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '-Kommentare (3)',
            '-Gretl_aus_dem_Tal: Endlich! Wir haben das Läuten so vermisst.',
            '-Bauer Sepp: Und wer bezahlt den Kran?',
            '-↳ Gretl_aus_dem_Tal: Steht doch im Artikel, Sepp, die drei zusammen.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Mediadaten',
            '-© 2026 Quendelsbacher Bote Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-schluesselfiedelei-nyckelharpa', [
        [
            '-Start · Projekte · Anleitungen · Shop · Über mich',
            '-Schlüsselfiedelei',
            '-Ein Werkstattblog über alte Streichinstrumente',
        ],
        [
            '-Veröffentlicht am 14. März 2026 von Jorinde',
            '+Meine erste Nyckelharpa: ein Jahr in der Werkstatt',
            '-Lesezeit: 14 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links.',
        ],
        [
            ('+Die Nyckelharpa ist eine schwedische Schlüsselfidel, bei der man die Saiten mit Tasten verkürzt, '
             'statt sie mit den Fingern zu greifen.'),
            '+Korpus und Hals habe ich aus einem Stück Ahorn gehöhlt, die Decke ist aus Fichte mit engen Jahresringen.',
            '-Der ausgehöhlte Korpus auf der Hobelbank.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Korpus und Decke',
            '-2. Tasten und Saiten',
        ],
        [
            '+Mein Lehrer im Spielkreis meinte: „Die klingt, als hätte sie schon hundert Mittsommer gesehen.“',
            '-Teilen auf Pinterest · Facebook · E-Mail',
        ],
        [
            '+Das Material',
            '-Die Stimmwirbel habe ich hier bestellt: https://amzn.to/3nYcK4h',
            '+Ein Ahornbrett von 90 cm Länge.',
            '+37 Tasten aus Birnbaum.',
            '+Drei Spielsaiten und zwölf Resonanzsaiten.',
        ],
        [
            '+Insgesamt hat der Bau fast ein Jahr gedauert, die meiste Zeit ging für die Tasten drauf.',
            '+Die Resonanzsaiten schwingen bei jedem Ton mit, das gibt den typischen hallenden Klang.',
            '-Bis bald in der Werkstatt, Jorinde',
            '-Baupläne für diese Nyckelharpa gibt es als PDF in meinem Shop auf Ko-fi.',
        ],
        [
            '-3 Kommentare',
            '-Holger aus Kiel: Wahnsinn, ein Jahr! Wie hast du die Tasten eingepasst?',
            '-↳ Frieda_S: Das würde mich auch interessieren.',
            '-↳ Jorinde: Mit viel Schleifpapier und Geduld, Holger und Frieda.',
        ],
        [
            '-© Jorinde 2026 · Alle Rechte vorbehalten',
            '-Betrieben mit WordPress · Theme: Blocksy',
        ],
    ]),
    _page('it', 'it-portale-valcornara-ovile', [
        [
            '-Vai al contenuto',
            '-La Voce di Valcornara',
            '-Cronaca · Sport · Eventi · Necrologi · Lettere',
            '-Accedi · Abbonati',
        ],
        [
            "+Ricostruito l'ovile di pietra sul monte sopra Valcornara",
            '-di Ilaria Pascolotti',
            '-14 marzo 2026, ore 7:30 · aggiornato alle 9:12',
            '-Lettura: 3 min',
        ],
        [
            ("+L'antico ovile in pietra a secco sull'alpeggio sopra Valcornara, crollato con le nevicate del 2012, è "
             'stato ricostruito dai volontari del paese.'),
            "-I muri dell'ovile dopo la ricostruzione.",
            '-Foto: Ilaria Pascolotti',
            ('+Per tre estati i volontari hanno portato a mano le pietre cadute e le hanno rimesse in opera senza '
             'malta, come si faceva un tempo.'),
        ],
        [
            '-Leggi anche: Chiude per lavori la strada della cava',
            ('+Il pastore Arcangelo Pietrabrusca racconta: «Mio nonno ci teneva duecento pecore, adesso ci '
             'torneranno le mie.»'),
            '-Pubblicità',
            '-Contenuto sponsorizzato: Le migliori offerte per la settimana bianca',
        ],
        [
            '+Cosa è stato fatto',
            '+I muri a secco rialzati fino alla gronda.',
            '+Il tetto rifatto in lose di pietra.',
            '+Il recinto esterno richiuso con un cancello di larice.',
            '-Ricevi la newsletter del mattino: iscriviti gratis',
        ],
        [
            "+L'ovile sarà usato dal pastore da giugno a settembre e resterà aperto agli escursionisti come riparo.",
            "+La festa per la fine dei lavori si terrà domenica 22 marzo all'alpeggio.",
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            '-3 commenti',
            '-Giuseppina_V: Che bello, da bambina ci salivo con mio padre.',
            '-Montanaro62: Speriamo che sistemino anche il sentiero.',
            '-↳ Giuseppina_V: Il comune ha detto in estate, Montanaro.',
        ],
        [
            '-Chi siamo · Contatti · Inserzioni · Privacy',
            '-© 2026 Voce di Valcornara srl. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-canneto-di-rosalba-flauto', [
        [
            '-Home · Progetti · Tutorial · Negozio · Chi sono',
            '-Il Canneto di Rosalba',
            '-Strumenti fatti a mano, con pazienza',
        ],
        [
            '-Pubblicato il 14 marzo 2026 da Rosalba',
            '+Come ho costruito un flauto di Pan con le canne del fosso',
            '-Tempo di lettura: 9 minuti',
            '-Questo articolo contiene link di affiliazione.',
        ],
        [
            '+Le canne le ho tagliate a gennaio lungo il fosso dietro casa, quando sono secche e dure.',
            '+Ogni canna va tagliata poco sotto un nodo, così il nodo fa da tappo e non serve altro.',
            '-Le canne messe a seccare in soffitta.',
        ],
        [
            '-Indice',
            '-1. Tagliare e accordare le canne',
            '-2. Legare la zattera',
        ],
        [
            ("+Mio zio, che suona la fisarmonica, l'ha provato e ha detto: «Fischia come il vento sul lago, ma "
             'intonato.»'),
            '-Condividi su Pinterest · Facebook · Email',
        ],
        [
            '+Cosa serve',
            "-L'accordatore che uso è questo: https://amzn.to/3iTpAn8",
            '+Dodici canne di diametro simile.',
            '+Un listello di bambù per la legatura.',
            "+Spago cerato e un po' di cera d'api.",
        ],
        [
            "+Per accordarle ho accorciato le canne un millimetro alla volta, con la lima e l'accordatore.",
            '+Il flauto copre una scala di sol maggiore e sta in una mano.',
            '-Alla prossima, Rosalba',
            '-Se vuoi un flauto già accordato, lo trovi nel mio negozio su Etsy.',
        ],
        [
            '-Commenti (3)',
            '-Marco_B: Che bella idea, le canne del fosso le ho anche io!',
            "-↳ Lucia T.: Anch'io, Marco, proviamo?",
            "-↳ Rosalba: Provate, e tagliatele d'inverno mi raccomando!",
        ],
        [
            '-© Rosalba 2026, vietata la riproduzione delle foto',
            '-Sito realizzato con WordPress · Tema GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-przeleczyce-most', [
        [
            '-Przejdź do treści',
            '-Tygodnik Echo Przełęczyc',
            '-Wiadomości · Sport · Kultura · Nekrologi · Ogłoszenia',
            '-Zaloguj się · Zamów prenumeratę',
        ],
        [
            '+Kamienny most juczny w Przełęczycach znów w dobrym stanie',
            '-Tekst: Zdzisława Fugowska',
            '-14.03.2026, 7:30 · aktualizacja 9:12',
            '-Czas czytania: 3 min',
        ],
        [
            ('+Wąski kamienny most na potoku, którym dawniej przechodziły konie juczne z solą, został odnowiony po '
             'raz pierwszy od stu lat.'),
            '-Most po zakończeniu prac, widok od strony młyna.',
            '-Fot. Zdzisława Fugowska',
            ('+Kamieniarze wybrali z fug wypłukaną zaprawę i wypełnili je na nowo zaprawą wapienną, tak jak robili '
             'to dawni budowniczowie.'),
        ],
        [
            '-Czytaj także: Remont drogi do leśniczówki opóźniony',
            '+Kamieniarz Bonifacy Wapniarczyk mówi: „Cement by ten most zabił, kamień musi oddychać razem z wapnem.”',
            '-Reklama',
            '-Artykuł sponsorowany: Fotowoltaika dla domu – sprawdź ceny',
        ],
        [
            '+Co zrobiono',
            '+Fugi oczyszczone i wypełnione zaprawą wapienną.',
            '+Luźne kamienie attyki osadzone na nowo.',
            '+Nurt pod mostem oczyszczony z gałęzi.',
            '-Zapisz się na poranny newsletter – za darmo',
        ],
        [
            '+Most będzie otwarty dla pieszych od połowy kwietnia.',
            '+Gmina planuje postawić przy nim tablicę z historią szlaku solnego.',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-Komentarze (3)',
            '-Halina z młyna: Pamiętam, jak dziadek przeprowadzał tędy krowy.',
            '-Kuba_P: A kto zapłacił za remont?',
            '-↳ Halina z młyna: Gmina i powiat, Kuba, było na zebraniu.',
        ],
        [
            '-O nas · Kontakt · Cennik ogłoszeń · Regulamin',
            '-© 2026 Echo Przełęczyc sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-wracajacy-patyk-bumerang', [
        [
            '-Start · Projekty · Porady · Sklep · O mnie',
            '-Wracający Patyk',
            '-Blog o rzeczach, które latają i wracają',
        ],
        [
            '-Opublikowano 14 marca 2026 przez Bogumiła',
            '+Mój pierwszy bumerang ze sklejki brzozowej',
            '-Czas czytania: 8 min',
            '-Wpis zawiera linki afiliacyjne.',
        ],
        [
            ('+Bumerang wyciąłem z arkusza sklejki brzozowej o grubości sześciu milimetrów, według szablonu '
             'narysowanego na kartonie.'),
            '+Ramiona trzeba wyprofilować jak skrzydło samolotu: przód zaokrąglony, tył ścięty na cienko.',
            '-Wycięty bumerang przed szlifowaniem.',
        ],
        [
            '-Spis treści',
            '-1. Wycinanie i profilowanie',
            '-2. Pierwsze rzuty',
        ],
        [
            ('+Sąsiad, który był pilotem szybowcowym, popatrzył i powiedział: „Skrzydło jak trzeba, tylko nie rzucaj '
             'pod wiatr.”'),
            '-Udostępnij na Pintereście · Facebooku · E-mailem',
        ],
        [
            '+Czego potrzebujesz',
            '-Tarnik, którego używam, kupisz tutaj: https://amzn.to/3bMrAng',
            '+Arkusz sklejki brzozowej 6 mm.',
            '+Tarnik, pilnik i papier ścierny.',
            '+Lakier bezbarwny na koniec.',
        ],
        [
            '+Pierwszy rzut skończył się w krzakach, ale szósty wrócił prawie pod moje nogi.',
            '+Najlepiej lata przy lekkim wietrze, rzucany prawie pionowo.',
            '-Do zobaczenia na łące, Bogumił',
            '-Zestawy do samodzielnego zrobienia bumerangu wysyłam w tubach – zamówienia przez Allegro.',
        ],
        [
            '-3 komentarze',
            '-Krzysiek_z_Łodzi: Super! Jaki kąt między ramionami?',
            '-↳ Ola M.: Też chciałam zapytać.',
            '-↳ Bogumił: Około 105 stopni, Krzysiek i Ola.',
        ],
        [
            '-© Bogumił 2026, kopiowanie zdjęć tylko za zgodą',
            '-Strona stworzona na WordPressie · Motyw: Hestia',
        ],
    ]),
    _page('ru', 'ru-portal-krivokolensk-pavilion', [
        [
            '-Перейти к содержимому',
            '-Газета «Кривоколенский вестник»',
            '-Новости · Спорт · Культура · Объявления · Некрологи',
            '-Войти · Подписаться',
        ],
        [
            '+В Кривоколенске павильон для извозчиков открылся как кафе',
            '-Аполлинария Пролёткина, корреспондент',
            '-14.03.2026, 07:30 · обновлено 09:12',
            '-Время чтения: 3 мин',
        ],
        [
            ('+Деревянный павильон для извозчиков на Торговой площади, построенный в 1912 году, после реставрации '
             'открылся как небольшое кафе.'),
            '-Павильон после реставрации, вид с площади.',
            '-Фото: Аполлинария Пролёткина',
            '+Плотники заменили сгнившие нижние венцы, а резьбу на карнизе восстановили по старой фотографии.',
        ],
        [
            '-Читайте также: На улице Ямской начали менять трубы',
            ('+Хозяйка кафе Фёкла Чаепитова говорит: «Извозчики здесь грелись чаем, вот и мы будем поить чаем всех, '
             'кто зайдёт».'),
            '-Реклама',
            '-Спецпроект: Лучшие санатории области весной',
        ],
        [
            '+Что сделано',
            '+Заменены нижние венцы сруба.',
            '+Восстановлена резьба карниза.',
            '+Печь переложена по старым чертежам.',
            '-Подпишитесь на утреннюю рассылку – это бесплатно',
        ],
        [
            '+Кафе работает ежедневно с восьми утра до восьми вечера.',
            '+В мае у павильона пройдёт праздник с катанием на пролётке.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-Комментарии (3)',
            '-Старожил_Кривоколенска: Помню, тут был газетный киоск.',
            '-Надежда П.: Обязательно зайдём с внуками!',
            '-↳ Старожил_Кривоколенска: Надежда, пироги там тоже пекут.',
        ],
        [
            '-О нас · Контакты · Размещение объявлений · Правила',
            '-© 2026 ООО «Кривоколенский вестник». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-gorchichnaya-kladovka-gorchitsa', [
        [
            '-Главная · Рецепты · Заготовки · Магазин · Обо мне',
            '-Горчичная кладовка',
            '-Домашние заготовки без спешки',
        ],
        [
            '-Опубликовано 14 марта 2026, автор: Евстолия',
            '+Домашняя горчица из цельных зёрен на рассоле',
            '-Время чтения: 7 минут',
            '-В статье есть партнёрские ссылки.',
        ],
        [
            '+Горчичные зёрна я беру двух видов: жёлтые для мягкости и коричневые для остроты.',
            '+Зёрна нужно замочить на ночь в огуречном рассоле, чтобы они набухли и стали мягкими.',
            '-Зёрна после замачивания в банке.',
        ],
        [
            '-Содержание',
            '-1. Замачиваем зёрна',
            '-2. Перетираем и настаиваем',
        ],
        [
            '+Бабушка, попробовав первую банку, сказала: «Вот это горчица, от неё слеза сама идёт».',
            '-Поделиться в Pinterest · ВКонтакте · Telegram',
        ],
        [
            '+Что понадобится',
            '-Ступку, которой я пользуюсь, можно купить на Ozon: https://ozon.ru/t/7Gorch1',
            '+Сто граммов жёлтых и коричневых зёрен.',
            '+Стакан огуречного рассола.',
            '+Ложка мёда и щепотка соли.',
        ],
        [
            '+Перетёртую смесь я оставляю в банке на три дня, и каждый день острота становится сильнее.',
            '+Храню горчицу в холодильнике до двух месяцев.',
            '-Приятного аппетита, Евстолия',
            '-Наборы зёрен для домашней горчицы продаю на Ярмарке Мастеров.',
        ],
        [
            '-3 комментария',
            '-Ольга_Пермь: А мёд обязательно?',
            '-↳ Тамара Ивановна: Я кладу сахар, тоже хорошо.',
            '-↳ Евстолия: Можно и без мёда, Ольга, будет острее.',
        ],
        [
            '-© Евстолия, 2026',
            '-Сайт работает на WordPress · Тема Kadence',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Estimated reading time: 18 minutes (or 6 if you only look at the photos)':
        ("an English estimated reading time with a joke about the photos ('Estimated reading time: 18 minutes (or 6 "
         "if you only look at the photos)') is left at the head"),
    'Firmin Cabrolade, correspondant de presse à Sarbouillac':
        ("a French press-correspondent byline ('Firmin Cabrolade, correspondant de presse à Sarbouillac') is left at "
         'the head'),
    'The full-size plans for this lyre are £8 on Gumroad, with a cutting list and string gauges.':
        ("an English Gumroad lyre-plans plug ('The full-size plans for this lyre are £8 on Gumroad, with a cutting "
         "list and string gauges.') is left at the foot"),
    'При полном или частичном использовании материалов гиперссылка на «Заболотские вести» обязательна.':
        ("a Russian link-required-on-reuse footer ('При полном или частичном использовании материалов гиперссылка на "
         "«Заболотские вести» обязательна.') is left at the foot"),
    'Hinweis der Redaktion: Die Fotos wurden uns von der Kirchengemeinde zur Verfügung gestellt.':
        ("a German editors' note on who supplied the photos ('Hinweis der Redaktion: Die Fotos wurden uns von der "
         "Kirchengemeinde zur Verfügung gestellt.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-lyrebodger-lyre':
        ("the lyre blog's post keeps the photo caption ('The hollowed body drying on the bench.') after the second "
         'paragraph (1 of 20 noise lines; since round 126 the tagline and the affiliate link go); no article line '
         'is lost'),
    'fr-blog-archet-et-tilleul-psalterion':
        ("the psaltery blog's post keeps the photo caption ('La caisse collée, encore sous les serre-joints.') after "
         'the second paragraph (1 of 20 noise lines) (since round 126 its title stays, the tagline goes and the '
         'affiliate link between the subheading and the first row goes; since round 127 the sign-off and the workshops'
         ' plug after the last paragraph go); no article line is lost'),
    'de-blog-schluesselfiedelei-nyckelharpa':
        ("the nyckelharpa blog's post keeps the photo caption ('Der ausgehöhlte Korpus auf der Hobelbank.') after "
         'the second paragraph (1 of 20 noise lines) (since round 126 its title stays, the tagline goes and the '
         'affiliate link between the subheading and the first row goes); no article line is lost'),
    'it-blog-canneto-di-rosalba-flauto':
        ("the pan-pipes blog's post keeps the photo caption ('Le canne messe a seccare in soffitta.') after the "
         'second paragraph (1 of 20 noise lines; since round 126 the tagline and the affiliate link go); no '
         'article line is lost'),
    'pl-blog-wracajacy-patyk-bumerang':
        ("the boomerang blog's post keeps the photo caption ('Wycięty bumerang przed szlifowaniem.') after the second "
         'paragraph (1 of 20 noise lines) (since round 126 its title stays, the tagline goes and the affiliate link '
         'between the subheading and the first row goes; since round 127 the share row after the quote and the '
         'sign-off and plug after the last paragraph go); no article line is lost'),
    'ru-blog-gorchichnaya-kladovka-gorchitsa':
        ("the mustard blog's post keeps the photo caption ('Зёрна после замачивания в банке.') after the second "
         'paragraph (1 of 20 noise lines; since round 126 the subheading, its three rows and the two last '
         'paragraphs stay past the Ozon link, which goes, and the tagline goes); no article line is lost'),
}


test_held_out_189_line, test_held_out_189_line_is_kept, test_held_out_189_page = held_out_tests(
    HELD_OUT_189_LINES, HELD_OUT_189_KEEP, HELD_OUT_189_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
