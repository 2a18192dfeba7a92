"""Held-out set 65: written blind, weighted toward the noise the cleaner exists for, in shapes set 64's
docstring does not name: scraper, ad and credit markers (a WPBakery page-builder shortcode leftover
"[vc_row][vc_column][vc_column_text]", a Google Publisher Tag script leftover "googletag.cmd.push(function()
{ googletag.display('div-gpt-ad-...'); });", an English "Originally published at medium.com on ..."
cross-post credit, a French "Publicité – La suite après cette publicité" ad break, a German
first-appeared-in-our-newsletter credit, an Italian "Fonte immagine: Pixabay" image-source credit, a
Polish first-appeared-on-the-author's-blog credit and a Russian "Фото: из открытых источников" photo
credit); reading-time headers in new shapes (an English "⏱ 6 min read · Updated 2 hours ago" row, an
English date with "5-minute read", the French "Temps de lecture estimé : 6 minutes", the German "Lesedauer:
ca. 4 Minuten", the Italian "Tempo di lettura: 4 minuti", the Polish "Przeczytasz w 4 minuty" and the
Russian "4 минуты на прочтение"); bylines and self-promotion (an English Patreon plug, an English
about-the-author bio with a Bluesky handle, an English speaking-engagement plug, a French Tipeee tip
plug, a German follow-the-author-on-Mastodon-and-Instagram line, an Italian subscribe-to-my-YouTube-
channel plug, a Polish visit-my-Instagram plug and a Russian subscribe-to-my-Dzen-channel plug); blog
footers (the WordPress "Proudly powered by WordPress | Theme: ..." row, "Powered by Squarespace", the
French Wix banner "Ce site a été conçu avec Wix. ...", a German "Betrieben mit WordPress · Impressum ·
Datenschutzerklärung" row, the Italian "Crea il tuo sito gratis su Altervista", the Polish "Strona
stworzona w kreatorze WebWave" and the Russian "Сайт создан на конструкторе uKit"); reader-comment
furniture (the WordPress "Notify me of follow-up comments by email.", a Disqus count-sort-login row, the
wpDiscuz "Inline Feedbacks View all comments", a French sort-comments row, the German WordPress
"Antworten abbrechen", an Italian log-in-to-comment line, a Polish comment-count with comment-as-guest
row and a Russian log-in-with-VK-or-Yandex-ID-to-comment line); share rows (an English share-count row
with Flipboard, a German "Artikel teilen: ..." row with copy-link, a Polish "Udostępnij: ..." row with
Wykop and a Russian "Поделиться: ВКонтакте · Одноклассники · ..." row); and notices (an English
sponsored-post disclosure, a French no-reproduction-without-permission line and an Italian
opinions-are-the-author's disclaimer); and toward whole scraped news and opinion pages in layouts sets
58 to 64 did not use (a town paper's columnist on the closed public toilets, a regional portal's story
on a cut school bus route, a regional portal's story on fibre broadband reaching the hamlets, a sewing
blog's essay on darning socks, a regional portal's story on a complaint about church bells, a local
paper's column on taking in the neighbours' parcels, a regional portal's story on a village school
closing, a walking blog's account of following a transhumance, a regional portal's story on a new
roundabout, a weekly's column on e-scooters left on the pavement, a regional portal's story on
rehousing the tenants of a condemned house and a village blog's essay on rebuilding a Russian stove).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under
src/), the development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py,
tests/site_batches*.py, tests/site_template_reviewed.py, tests/test_site_batches.py,
tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of held-out sets
10 to 64), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output. Read were: the
docstring of held-out set 64 up to its first round paragraph, its imports, its ``_page`` helper and its
tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring`` cut at the first paragraph starting "Still
held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments, and the
file from the ``_marks`` line to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 64's with 64 -> 65. Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s65, detached at commit 25423d145d0e6efb5ac8ce6091b2bd18161893f8, main's HEAD at my
first step; see slip 3) and every failing case is marked as a strict xfail whose reason describes the
line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this
docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
lists were executed from a scratch folder (/tmp/s65scratch) with stand-ins (a copy of ``NoisyCase`` and
``page_from_blocks``, and a stand-in ``test_clean`` whose ``_insert`` and ``_problems`` only raise; no
case was run through the cleaner) that counted the lines by language, category and place, checked each
page's layout (six noise lines, title, two noise lines, first paragraph, two noise lines, quote
paragraph, subheading and rows, two noise lines, last paragraphs, eight noise lines) and checked that no
page noise line repeats on its page, is a substring of an article line of its page or overlaps (equals,
contains or is contained in) a line of ``HELD_OUT_65_LINES``. Its first runs flagged the French pages'
ad label "Publicité" (on both French pages) as a part of the French line "Publicité – La suite après
cette publicité" (reworded "Espace publicitaire" on the portal and "Annonce" on the blog) and the Polish
column's comment heading "Komentarze" as a part of the Polish line "Komentarze (7) · Dodaj komentarz
jako gość" (reworded "Komentarze czytelników"), before the measurement. Left as they are, which the
check allows: site names that stand alone and again inside other noise lines of their page (the
portals' and blogs' names in their app, WhatsApp, newsletter, publisher and copyright lines); the short
ad labels "Anzeige", "Werbung", "Pubblicità", "Reklama" and "Реклама" inside ad lines of their pages;
"23 comments" inside the column's date row; "Education" inside the reporter's byline; "Racconti" and
"Felietony" inside their pages' menus; "12 commenti" inside the Italian blog's comment heading; and the
darning post's comment heading "8 réflexions sur « Pourquoi je reprise encore mes chaussettes »", a noise
line that contains the post's title (the title is not a substring of a noise line the other way round
and is kept at the baseline). "Ответить" stands on both Russian pages, "Odpowiedz" and "Tagi: ..." rows
on both Polish pages, once on each. The list of these within-page overlaps was printed after the measurement,
from the scratch folder with the stand-ins (its first try failed because the stand-in ``_held_out``
returned None instead of a mark once the xfail tables were filled; fixed in the stand-in only). (3) At my first step main's HEAD read
25423d145d0e6efb5ac8ce6091b2bd18161893f8 (``git rev-parse HEAD``; the same step listed the file names of
tests/ matching held_out, not their contents, and printed scripts/clean_held_out_report.py). The measuring step also counted (``grep -c``) the
held-out file names in the worktree's tests/. Just before
the measurement, in the same command that made the worktree, ``git rev-parse HEAD`` printed
2d9f84d9cffb3af08867c131aed273d5617e4f5c (main had moved on), but the worktree command had been written
with the hash noted at my first step, so the frozen cleaner is 25423d14..., not main's HEAD at the
measurement; I noticed only after the measurement and did not measure again. ``git worktree add``'s
output (which names the commit's subject) was sent to /dev/null, for this worktree and for my branch's,
so no commit subject was seen. The branch set65 was made from main at
2d9f84d9cffb3af08867c131aed273d5617e4f5c; there this file (with the xfail tables filled) gives the same
result as at the baseline (63 passed, 14 xfailed, no strict xfail broken), which is a check of the
tables, not a second measurement; the report script was also run once there, its output cut after
three lines by ``head`` (the same noise-line and keep-line figures as at the baseline). (4) At the measurement this docstring was a placeholder; it was written
afterwards, with the xfail tables. (5) The measuring pytest run (``-rA``) was piped to ``grep`` for its
FAILED lines and summary, so no tracebacks were seen; the problems were then read out once with
``_problems`` in the frozen worktree by a script (/tmp/s65scratch/problems.py) that ran it on every line,
keep line and page of this set and printed the problems of the failing ones, to write the xfail
reasons. (6) Invented names were checked, before the measurement, against the helper's exact-string
search over public GitHub files and my own memory; no gazetteer was available, so this is not a proof
that they do not exist: Saint-Vaurice, Brémontel, Zwiesenau, Hollbrach, Krahnfeld, Castelbrina,
Valbrusca, Pievelunga, Roccafosca, Wrzosnów, Ольховецк and Малые Тюфяки had no hits; Pellerby and
Stannow occur only inside identifiers (impellerBy..., StanNowak..., stanNowy); Cradwick only as a
surname (Cradwick et al., on imogolite); Nadolsk only inside the surnames Nadolski and Nadolskyy;
Dunhallow, Brindlecombe, Kettlewick and Marrowgate only in lists of invented names, fantasy settings and
test data (and street names in test data). Dropped before use: Valemoor (a fantasy setting and a US
street in an address list), Hollbach (a sports club and a surname, possibly a real place), the river
Светлянка (a game's localisation; the Russian related link names a street instead) and Hartleigh (not
checked; replaced by Brindlecombe). Not checked, derived, generic or invented at sight: Vaurois,
Saint-Vaurice's hamlets Les Granges, La Combe-Vieille, Le Moulin-Bas and Chantemerle (generic names real
hamlets also carry), Bridge Street, Mill Lane, Cradwick Farm, Stannow Cross, Stannow Academy, Costa
Lunga, piazza Garibaldi, ul. Kolejowa, ul. Lipowa, ul. Rynek, улицы Заречная, Лесная and Садовая (generic
names real places also carry) and the K 14 road; the papers, portals, blogs, firms and people (The
Pellerby Gazette, Marrowgate Media, Harbour Bathrooms & Tiles, Castle Mobility, Dunhallow Live,
Brindlecombe Media, Le Réveil du Vaurois, Cuisines Vallat, Le Dé en fer-blanc, Zwiesenauer Nachrichten,
Autohaus Gerling, Fensterbau Rieder, Krahnfelder Anzeiger, Elektro Dorsch, Valbrusca Oggi, Ottica
Ferrandi, Serravalli, Passi lenti, Wrzosnów24, Salon meblowy Dąbek, Szkoła jazdy Omega, Echo Nadolska,
Apteka Rodzinna, «Вести Ольховецка», «Теплосвет», «Кирпичный двор», Деревенский дневник, Kettlewick Farm
Supply) are invented; "Omega", "Apteka Rodzinna", «Теплосвет» and «Кирпичный двор» are common enough
that real businesses carry them, and the people's names (Ruth Amberley, Priya Natt, Kerry Osgood, Hélène
Ricard, Didier Fauchon, Adèle Marchois, Tobias Wendl, Gisela Haubner, Sabine Kroll, Marta Gualtieri,
Lucia Benvenuti, Elio Carpinelli, Kamil Szewc, Andrzej Bielak, Ирина Соколова, Нина Ласточкина, Marcus
Fell, ...) are ordinary names real people may bear; none is meant as a real person. (7) Some lines name
real things, as real pages do: WPBakery's shortcodes, Google Publisher Tag (googletag, div-gpt-ad),
Medium, Patreon, Bluesky, WordPress and the Hemingway Rewritten theme by Anders Norén, Squarespace,
Disqus, wpDiscuz's wording, Flipboard, Tipeee, Wix, Mastodon, Instagram, Pixabay, YouTube, Altervista,
WebWave, Twitter, Wykop, Дзен, uKit, ВКонтакте, Яндекс ID, Одноклассники, Telegram, WhatsApp, Facebook,
Etsy, the Kadence and Blossom Travel themes, IPSO, Google News, the Polish KRS, the Italian P.IVA and
court registration, the French RCS and the Russian media registration mark (ЭЛ № ФС); registry,
registration, phone and street numbers are zero-filled. No real person is named. (8) Set 64's docstring
names its own shapes and the earlier sets' page layouts only, so some lines may repeat shapes of sets
before 64 that I could not check; in particular the WordPress "Notify me of follow-up comments by email."
and "Proudly powered by WordPress" rows, "Antworten abbrechen" and the French Wix banner are common
enough that an earlier set may have used them. Close to shapes set 64 named: the Italian image-source
credit and the Russian photo credit are credits like its Polish photo and Italian cover-photo credits,
in other words; the French ad break is an ad marker like its AdSense leftover, in words; the English
Patreon and French Tipeee plugs are support-me plugs like its Ko-fi, Steady and Boosty lines, on other
platforms; the French no-reproduction line is a legal notice like its Russian link-to-the-source line;
the English, German, Polish and Russian share rows are share rows like its copy-link and "Partager sur"
rows, with other platforms; the German WordPress footer row is a platform footer like its Ghost row. (9)
My first step's clock reading was 2026-12-03 16:57:34 UTC. (10) After committing, ``git rev-parse
HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with "Sources close to the planning committee", "Comments from
residents", "Visit numbers", "Share prices", "Sponsored by three local firms", "Notify the school",
"Subscribers to the heating co-operative", "Source de conflits", "Partager la route", "Commentaires et
critiques", "Quelle der Verunreinigung", "Teilen müssen sich", "Kommentare dieser Art", "Fonte di
preoccupazione", "Commenti positivi", "Iscritti all'albo", "Źródło problemu", "Udostępnienie boiska",
"Источник финансирования" and "Поделиться опытом" are article sentences. The shortcode, script,
cross-post, ad-break, first-appeared and credit lines are counted as markers; the reading-time rows
(alone or with a date or an update time) as reading-time lines; the Patreon, bio, speaking, Tipeee,
follow-the-author, YouTube, Instagram and Dzen plugs as bylines; platform, theme and site-builder rows as
footers; the follow-up, Disqus, wpDiscuz, sort, cancel-reply, log-in-to-comment and comment-as-guest
lines as comments; the share rows as share; the sponsored-post, no-reproduction and author's-opinion
lines as notices. On every page the title, the first paragraph, the paragraph with the quote, the
subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last
paragraphs, or three rows and three last paragraphs) and everything else is noise (20 lines a page: six
lines above the title, two under it, two between the first paragraph and the paragraph with the quote,
two between the list rows and the last paragraphs, eight at the foot); in particular site names and
taglines, menus, sign-in, subscribe, account and e-paper lines, weather, date and issue lines,
breaking-news and app prompts, breadcrumbs and categories, ad labels, ads and sponsor lines, author,
date, update, comment-count and view-count lines, read-more, related, most-read, more-on-this-story and
more-columns links, newsletter, Facebook, Telegram, WhatsApp, Instagram and Google News prompts, polls,
videos, podcast prompts, photo notes, shop and print-sale lines, tags, comment headings, commenter rows,
comment texts, reply, report and write-a-comment links, letters and tip-off lines, print links,
opinion disclaimers, publisher, registry, address, legal, privacy, theme, platform, copyright and cookie
lines and back-to-top links are noise. The rows: en-column-public-toilets "What a town needs to stay
open to everyone" (three rows), en-portal-school-bus-route "What changes in September",
fr-portail-fibre-optique "Les hameaux raccordés", fr-blog-raccommodage "Mon petit matériel" (three
rows), de-portal-kirchenglocken "Die Läutzeiten im Überblick", de-kolumne-paketboten "Was ich mir
wünsche" (three rows), it-portale-pluriclasse "Dove andranno i bambini" (three rows),
it-blog-transumanza "Il cammino in cifre", pl-portal-rondo "Co się zmieniło", pl-felieton-hulajnogi "Co
zrobiły inne miasta" (three rows), ru-portal-rasselenie "Как пройдёт переселение" and ru-blog-pech "Что
понадобилось", the others with four rows; all of them are article. The darning post's comment heading,
which repeats the title inside it, is noise; its title is article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 4, notice 3; by
language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, share 1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1) and ru 6 (marker
1, reading-time 1, byline 1, footer 1, comments 1, share 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl
2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-column-public-toilets (a town paper's opinion column on the closed public toilets, with a comment),
en-portal-school-bus-route (a regional news portal's story on a cut school bus route),
fr-portail-fibre-optique (a regional news portal's story on fibre broadband reaching the hamlets),
fr-blog-raccommodage (a sewing blog's essay on darning socks, with a comment), de-portal-kirchenglocken
(a regional news portal's story on a complaint about early church bells), de-kolumne-paketboten (a
local paper's opinion column on taking in the neighbours' parcels, with a comment),
it-portale-pluriclasse (a regional news portal's story on a village primary school closing),
it-blog-transumanza (a walking blog's account of three days following a transhumance, with a comment),
pl-portal-rondo (a regional news portal's story on a new roundabout, with a comment),
pl-felieton-hulajnogi (a weekly's opinion column on e-scooters left on the pavement, with a comment),
ru-portal-rasselenie (a regional news portal's story on rehousing the tenants of a condemned house, with
a comment) and ru-blog-pech (a village blog's essay on rebuilding a Russian stove, with a comment); every
page holds a title, a subheading with list rows, a quote in the article and noise above the title,
between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 25423d145d0e6efb5ac8ce6091b2bd18161893f8, measured with ``cd
/tmp/wt-s65 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s65/src python -m pytest -q
tests/test_clean_held_out_65.py -rA -p no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s65 &&
PYTHONPATH=/tmp/wt-s65/src python scripts/clean_held_out_report.py --sets 65`` (noise lines removed
40/45, article lines kept 20/20, pages clean 3/12, page noise lines left 16 of 240), with the xfail
tables empty): noise lines removed 40/45 (marker 7/8, reading-time 7/7, byline 5/8, footer 7/7, comments
7/8, share 4/4, notice 3/3; missed, all kept as paragraphs: the English "Want me to speak at your event
or on your podcast? See my Speaking page for rates and availability.", the German "Folgen Sie der Autorin
auf Mastodon und Instagram, dort gibt es jeden Tag neue Bilder aus dem Garten.", the Italian "Fonte
immagine: Pixabay", the Polish "Zapraszam na mój profil na Instagramie, gdzie codziennie wrzucam zdjęcia
z ogrodu!" and the Russian "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID"); keep
lines kept 20/20; pages 3/12 clean (en-portal-school-bus-route, fr-portail-fibre-optique and
ru-portal-rasselenie), 16 of 240 page noise lines left and 0 of 120 article lines lost:
en-column-public-toilets 3 left ("Sponsored: Mobility scooters from £9 a week – Castle Mobility,
Pellerby", "Most read: Bypass roadworks to last until October" and "Have your say: Should the council
reopen the Bridge Street toilets? Vote now"); fr-blog-raccommodage 3 left ("Tutoriel vidéo : le
reprisage en 3 minutes (YouTube)", "Cliquez sur les photos pour les agrandir" and "Le kit complet est
disponible dans ma boutique Etsy"); de-portal-kirchenglocken 1 left ("Die wichtigsten Nachrichten aus der
Region direkt aufs Handy: jetzt unseren Telegram-Kanal abonnieren"); de-kolumne-paketboten 2 left
("Podcast: „Krahnfeld hört zu“ – neue Folge jeden Dienstag" and "Mehr Kolumnen von Sabine Kroll");
it-portale-pluriclasse 1 left ("Guarda il video: l'ultima campanella della scuola");
it-blog-transumanza 2 left ("Le foto di questo viaggio sono in vendita come stampe nel mio shop" and "Ti
è piaciuto questo racconto? Seguimi su Instagram"); pl-portal-rondo 1 left ("Reklama: Szkoła jazdy Omega
– kurs kat. B od 2900 zł"); pl-felieton-hulajnogi 1 left ("Przeczytaj także inne felietony autora");
ru-blog-pech 2 left ("Фото кликабельны" and "Материал подготовлен при поддержке магазина «Кирпичный
двор»"). Of the left page lines none stands above the title or under it, seven stand between the first
paragraph and the paragraph with the quote, nine between the list rows and the last paragraphs and none
at the foot. The failing cases are strict xfails.

Still held out after round 62 (development on set 64; measured once with ``python
scripts/clean_held_out_report.py --sets 65`` and ``pytest tests/test_clean_held_out_65.py`` on this set
rebased onto main with round 62, 2026-12-03): identical to the baseline (40/45, 20/20, 3/12 clean, 16 of
240 page noise lines left, none of 120 article lines lost). No case changed.

Round 63 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 65`` and ``pytest tests/test_clean_held_out_65.py`` at 7493790
(before) and the round's last commit on branch round63 (after): noise lines 40 -> 45/45 (marker 7 -> 8/8,
reading-time 7/7, byline 5 -> 8/8, footer 7/7, comments 7 -> 8/8, share 4/4, notice 3/3), keep lines 20/20, pages
3 -> 12/12 clean, page noise lines left 16 -> 0 of 240, article lines lost 0 -> 0 of 120; pytest 63 passed, 14
xfailed -> 77 passed. Every left page line stood between the paragraphs or after the list rows, where the
page-structure passes keep short lines on purpose, so they were taken as line classes that hold wherever the
line stands, in six languages with near misses in tests/test_clean.py: a credit with the source word first
("Fonte immagine:", "Source de l'image :", "Bildquelle:", "Źródło zdjęcia:", "Источник фото:"); the
log-in-to-comment prompt with the accounts to log in with ("..., войдите через ВКонтакте или Яндекс ID",
"..., log in with Facebook or Google"); the pictures' enlarge prompt with its pronoun ("... pour les agrandir")
and the clickable-photos note ("Фото кликабельны", "Les photos sont cliquables"); a most-read label with its
first headline (no full stop); a columnist's other columns, the writer named or not ("Mehr Kolumnen von ...",
"Przeczytaj także inne felietony autora"); a watch-the-video label with its object or a genre before the medium
("Guarda il video: ...", "Tutoriel vidéo : ... (YouTube)") and a podcast's label over its show in quotes with
its new-episode cadence; a poll's label, question and vote button on one line (gated by the vote words); an
ad's label over a priced offer and its advertiser after a dash, no full stop ("Sponsored: ... from £9 a week –
...", "Reklama: ... – ... od 2900 zł"); the page made with a sponsor's support, said of itself first, the made
verb right after the page's noun, one sentence ("Материал подготовлен при поддержке магазина «...»"; the trailing
notice did not allow the sponsor's name in quotes either); the site's messenger channel with the call to
subscribe after a teaser and its colon; the writer's shop selling what the page shows, the shop last (gated);
and the five missed lines' classes: the writer's follow plug with one or two networks, a short question before
it and a clause after it at most, and the invitation to the writer's own profile on a network ("Folgen Sie der
Autorin auf Mastodon und Instagram, dort ...", "Zapraszam na mój profil na Instagramie, gdzie ...", "Ti è
piaciuto questo racconto? Seguimi su Instagram"), and the writer offering to speak at the reader's event, with a
second sentence pointing to a page, a contact or the rates at most. The mechanism: set 45's
it-newsletter-consigliere lost its last two paragraphs once "Seguimi su Instagram" was taken, because the
in-article strip (three short lines between two parts of the article) refused a line whose reason ends a page
(a follow plug), a line of more than eight words (a ten-word support line) and a first sentence with the
writer's "I" (here the Italian article "I"); a follow plug now ends no page inside the strip, its lines may
have ten words, and the first sentence is refused for the page's own cues only (tests/test_clean_pages.py,
round 63). Elsewhere: set 45 en-web-archive-snapshot 8 -> 6 left (its two most-read links) and
it-newsletter-consigliere 11 -> 10 left (its Instagram line), set 63 en-columnist-evening-buses 2 -> 1 left (its
most-read link) and it-rubrica-parcheggi-centro 1 -> 0 (clean; its poll line; xfail removed), set 64
de-kolumne-laubblaeser 2 -> 1 left (its poll line); reasons reworded; no article line lost on any set from 10 to
65; SemEval noise diff 0 changed files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_65_LINES = [
    # English (15)
    ("head", "[vc_row][vc_column][vc_column_text]", "marker"),
    ("body", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-0000000000000-0'); });", "marker"),
    ("tail", "Originally published at medium.com on March 3, 2026.", "marker"),
    ("head", "⏱ 6 min read · Updated 2 hours ago", "reading-time"),
    ("head", "March 3, 2026 | 5-minute read", "reading-time"),
    ("tail", "Hi, I'm Dana! I write about small-town life and slow living. Become a patron on Patreon for bonus posts and monthly voice notes.", "byline"),
    ("tail", "About the author: Marcus Fell is a retired surveyor and the author of three walking guides. Follow him on Bluesky @marcusfell.", "byline"),
    ("tail", "Want me to speak at your event or on your podcast? See my Speaking page for rates and availability.", "byline"),
    ("tail", "Proudly powered by WordPress | Theme: Hemingway Rewritten by Anders Norén.", "footer"),
    ("tail", "Powered by Squarespace", "footer"),
    ("tail", "Notify me of follow-up comments by email.", "comments"),
    ("tail", "12 Comments · Sort by Best · Log in with Disqus", "comments"),
    ("tail", "Inline Feedbacks View all comments", "comments"),
    ("tail", "0 Shares Flip Share Tweet Email", "share"),
    ("head", "This post is sponsored by Kettlewick Farm Supply. All opinions are my own.", "notice"),
    # French (6)
    ("body", "Publicité – La suite après cette publicité", "marker"),
    ("head", "Temps de lecture estimé : 6 minutes", "reading-time"),
    ("tail", "Si ce blog vous plaît, soutenez-le sur Tipeee : chaque contribution m'aide à continuer !", "byline"),
    ("tail", "Ce site a été conçu avec Wix. Créez votre site dès aujourd'hui.", "footer"),
    ("tail", "Trier par : les plus récents | les plus anciens | les plus appréciés", "comments"),
    ("tail", "Reproduction interdite sans autorisation écrite de la rédaction.", "notice"),
    # German (6)
    ("tail", "Dieser Text erschien zuerst im Newsletter „Stadtnotizen“.", "marker"),
    ("head", "Lesedauer: ca. 4 Minuten", "reading-time"),
    ("tail", "Folgen Sie der Autorin auf Mastodon und Instagram, dort gibt es jeden Tag neue Bilder aus dem Garten.", "byline"),
    ("tail", "Betrieben mit WordPress · Impressum · Datenschutzerklärung", "footer"),
    ("tail", "Antworten abbrechen", "comments"),
    ("tail", "Artikel teilen: Facebook · WhatsApp · E-Mail · Link kopieren", "share"),
    # Italian (6)
    ("tail", "Fonte immagine: Pixabay", "marker"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Iscriviti al mio canale YouTube per vedere tutte le ricette in video!", "byline"),
    ("tail", "Crea il tuo sito gratis su Altervista", "footer"),
    ("tail", "Per commentare devi effettuare l'accesso.", "comments"),
    ("tail", "Le opinioni espresse in questo articolo sono dell'autore e non riflettono necessariamente quelle della redazione.", "notice"),
    # Polish (6)
    ("tail", "Tekst ukazał się pierwotnie na blogu autora.", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("tail", "Zapraszam na mój profil na Instagramie, gdzie codziennie wrzucam zdjęcia z ogrodu!", "byline"),
    ("tail", "Strona stworzona w kreatorze WebWave", "footer"),
    ("tail", "Komentarze (7) · Dodaj komentarz jako gość", "comments"),
    ("tail", "Udostępnij: Facebook | Twitter | Wykop | E-mail", "share"),
    # Russian (6)
    ("tail", "Фото: из открытых источников", "marker"),
    ("head", "4 минуты на прочтение", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене, там выходят новые статьи про огород.", "byline"),
    ("tail", "Сайт создан на конструкторе uKit", "footer"),
    ("tail", "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp", "share"),
]

HELD_OUT_65_KEEP = [
    # English (7)
    ("body", "Sources close to the planning committee say the vote will be delayed until spring."),
    ("body", "Comments from residents at Tuesday's meeting were overwhelmingly in favour of the new crossing."),
    ("tail", "Visit numbers at the museum rose by a third after the free Sunday scheme began."),
    ("body", "Share prices of the water company fell 4% on the morning the fine was announced."),
    ("head", "Sponsored by three local firms, the prize for young engineers is now in its tenth year."),
    ("tail", "Notify the school by Friday if your child needs a place on the minibus, the head teacher said."),
    ("body", "Subscribers to the heating co-operative will see their bills fall by 8% in January."),
    # French (3)
    ("body", "Source de conflits depuis des années, le parking de la gare sera enfin agrandi."),
    ("tail", "Partager la route avec les tracteurs reste un défi pour les cyclistes du canton."),
    ("body", "Commentaires et critiques n'ont pas manqué lors de la réunion publique de jeudi."),
    # German (3)
    ("body", "Quelle der Verunreinigung war nach Angaben des Landratsamts ein defekter Schieber."),
    ("tail", "Teilen müssen sich die beiden Vereine die Halle noch bis zum Sommer."),
    ("body", "Kommentare dieser Art hört der Bürgermeister nach eigenen Worten jede Woche."),
    # Italian (3)
    ("body", "Fonte di preoccupazione per i residenti resta il traffico dei camion sulla provinciale."),
    ("tail", "Commenti positivi sono arrivati anche dai commercianti del centro storico."),
    ("body", "Iscritti all'albo dei volontari sono ormai 214 residenti, il doppio di due anni fa."),
    # Polish (2)
    ("body", "Źródło problemu leży według inżynierów w zbyt płytko położonych rurach."),
    ("tail", "Udostępnienie boiska mieszkańcom w weekendy zaproponował sołtys."),
    # Russian (2)
    ("body", "Источник финансирования ремонта пока не определён, признали в администрации."),
    ("tail", "Поделиться опытом с коллегами приехали фельдшеры из трёх соседних районов."),
]

HELD_OUT_65_PAGES = {
    "en-column-public-toilets": _page("en", "en-column-public-toilets", [
        ["-The Pellerby Gazette",
         "-News | Sport | Opinion | Property | Jobs | Notices",
         "-Sign in | Subscribe from £1 a week",
         "-Opinion › Columnists"],
        ["-Advertisement",
         "-Harbour Bathrooms & Tiles – 20% off fitted suites this month"],
        ["+Spare a thought for the town that has nowhere left to go"],
        ["-Ruth Amberley's column appears every Thursday",
         "-4 March 2026 · 23 comments"],
        ["+When the council locked the public toilets on Bridge Street last month, it saved £31,000 a year and lost something it will not easily buy back: the confidence of older people to come into town at all."],
        ["-Read more: Market traders say footfall down after car park charges rise",
         "-Sponsored: Mobility scooters from £9 a week – Castle Mobility, Pellerby"],
        ["+\"I plan my shopping around my bladder now,\" a retired postman told me outside the bakery. \"Two hours, and then I have to get the bus home. That is my town now.\""],
        ["+What a town needs to stay open to everyone",
         "+Toilets open during shop hours, not just in the summer",
         "+A community toilet scheme that pays cafés to let anyone in",
         "+Clear signs saying where the nearest one is"],
        ["-Most read: Bypass roadworks to last until October",
         "-Have your say: Should the council reopen the Bridge Street toilets? Vote now"],
        ["+None of this is expensive. The café scheme in neighbouring towns costs a few hundred pounds a business each year."],
        ["+The council says the decision will be reviewed in the autumn. I hope someone on the committee tries spending a morning in town without a car first."],
        ["+Until then, the rest of us will be checking our watches."],
        ["-Topics: Pellerby, Town council, Opinion",
         "-23 comments",
         "-Jean W. · 2 days ago",
         "-Spot on. My mother has stopped coming to the Thursday market because of this.",
         "-Reply · Report"],
        ["-Write a letter to the editor: letters@pellerbygazette.example",
         "-© 2026 Pellerby Gazette Ltd, a Marrowgate Media company. Registered in England No. 00000000.",
         "-Cookie settings | Privacy | Terms"],
    ]),
    "en-portal-school-bus-route": _page("en", "en-portal-school-bus-route", [
        ["-Dunhallow Live",
         "-Home News Traffic Schools Weather What's On",
         "-Breaking: A-road closed after lorry fire near Stannow Cross",
         "-Get the Dunhallow Live app – news alerts straight to your phone",
         "-Education",
         "-ADVERTISEMENT"],
        ["+Cradwick parents fight cut to school bus route"],
        ["-By Priya Natt, Education Reporter",
         "-Updated 11:42, 5 March 2026"],
        ["+Forty children in Cradwick will lose their free bus to Stannow Academy from September after the county council redrew the route to save £62,000 a year."],
        ["-Join our Dunhallow Schools Facebook group for the latest updates",
         "-Related: New head teacher for Stannow Academy"],
        ["+\"The walk they are suggesting is two and a half miles along a road with no pavement,\" said parent Kerry Osgood. \"Nobody on that committee would let their own child do it.\""],
        ["+What changes in September",
         "+Morning pick-up: 7.48am from the village green only",
         "+Afternoon return: one bus at 3.35pm, none after clubs",
         "+Stops removed: Mill Lane and Cradwick Farm",
         "+Pupils affected: 40, aged 11 to 16"],
        ["-Sign up to our free daily newsletter",
         "-Advertisement: Summer camps in Dunhallow – book by 31 March for 10% off"],
        ["+The council said families living more than three miles away would keep free transport and the rest could buy a seat for £480 a year."],
        ["+A petition signed by 1,200 people will be handed in at the cabinet meeting on 19 March."],
        ["-More on this story",
         "-Council defends school transport savings",
         "-Stannow Academy results among best in county"],
        ["-Do you have a story for us? Email newsdesk@dunhallowlive.example or WhatsApp 00000 000000",
         "-Dunhallow Live is part of Brindlecombe Media. Regulated by IPSO.",
         "-About us · Contact · Advertise · Corrections",
         "-© 2026 Brindlecombe Media",
         "-Back to top ↑"],
    ]),
    "fr-portail-fibre-optique": _page("fr", "fr-portail-fibre-optique", [
        ["-Le Réveil du Vaurois",
         "-Actualités | Faits divers | Sports | Agenda | Annonces légales",
         "-Se connecter · S'abonner",
         "-Mercredi 4 mars 2026 · Saint-Vaurice 7 °C",
         "-Accueil > Vaurois > Saint-Vaurice",
         "-Espace publicitaire"],
        ["+Saint-Vaurice : la fibre optique arrive enfin dans les hameaux"],
        ["-Par Hélène Ricard",
         "-Publié le 04/03/2026 à 06h30"],
        ["+Après quatre ans d'attente, les 312 foyers des hameaux de Saint-Vaurice pourront souscrire un abonnement à la fibre optique à partir du 15 mars, annonce le syndicat départemental du numérique."],
        ["-À lire aussi : Le marché de Brémontel déménage sur la place de l'église",
         "-Publicité – Cuisines Vallat, showroom ouvert le dimanche"],
        ["+« On a longtemps cru qu'on serait oubliés, reconnaît le maire, Didier Fauchon. Ici, des enfants faisaient leurs devoirs sur le téléphone des parents. »"],
        ["+Les hameaux raccordés",
         "+Les Granges : 96 prises",
         "+La Combe-Vieille : 88 prises",
         "+Le Moulin-Bas : 74 prises",
         "+Chantemerle : 54 prises"],
        ["-Abonnez-vous à notre newsletter « L'essentiel du Vaurois »",
         "-Suivez-nous sur Facebook"],
        ["+Une réunion d'information est prévue le 12 mars à 18 h à la salle des fêtes, en présence des opérateurs."],
        ["+Les habitants dont la maison n'apparaît pas sur la carte de raccordement sont invités à se signaler en mairie."],
        ["-Mots-clés : Saint-Vaurice, Numérique, Fibre",
         "-Les plus lus",
         "-Brémontel : un incendie détruit un hangar agricole",
         "-Vaurois : la route de la Combe fermée pour travaux",
         "-Services : Avis de décès · Annonces immobilières · Offres d'emploi",
         "-Le Réveil du Vaurois – SAS au capital de 10 000 € – RCS 000 000 000",
         "-Gérer mes cookies | Mentions légales | CGU",
         "-© Le Réveil du Vaurois 2026 – Tous droits réservés"],
    ]),
    "fr-blog-raccommodage": _page("fr", "fr-blog-raccommodage", [
        ["-Le Dé en fer-blanc",
         "-Carnet de couture lente et de réparations",
         "-Accueil · Tutoriels · Boutique · À propos · Contact",
         "-Livraison offerte dès 40 € sur les kits de reprisage",
         "-Catégorie : Réparer",
         "-Article mis à jour le 2 mars 2026"],
        ["+Pourquoi je reprise encore mes chaussettes"],
        ["-Écrit par Adèle Marchois",
         "-8 commentaires"],
        ["+Chaque hiver, la même pile m'attend sur la chaise de l'atelier : des chaussettes trouées, un pull mangé aux coudes, un jean qui lâche à l'entrejambe. Et chaque hiver, je les répare au lieu de les jeter."],
        ["-Tutoriel vidéo : le reprisage en 3 minutes (YouTube)",
         "-Cliquez sur les photos pour les agrandir"],
        ["+Ma grand-mère disait : « Un trou, c'est une porte ouverte ; on la ferme avant l'hiver. » Elle reprisait le soir, à la lampe, un œuf en bois glissé dans la chaussette."],
        ["+Mon petit matériel",
         "+Un œuf à repriser en hêtre",
         "+De la laine à chaussettes en petits écheveaux",
         "+Une aiguille à laine à bout rond"],
        ["-Le kit complet est disponible dans ma boutique Etsy",
         "-Annonce"],
        ["+Repriser prend du temps, c'est vrai. Une chaussette me demande une vingtaine de minutes devant la radio."],
        ["+Mais le reprisage se voit, et j'ai fini par aimer ces carrés de laine d'une autre couleur, comme des cicatrices qu'on montre."],
        ["+Cet hiver, j'ai compté : quatorze paires sauvées."],
        ["-8 réflexions sur « Pourquoi je reprise encore mes chaussettes »",
         "-Martine L. le 3 mars 2026 à 9 h 14 min",
         "-Merci pour ce billet, je vais ressortir l'œuf de ma mère !",
         "-Répondre",
         "-Laisser un commentaire"],
        ["-Thème : Kadence",
         "-Retrouvez-moi sur Instagram @ledeenferblanc",
         "-© 2026 Le Dé en fer-blanc · Mentions légales · Politique de confidentialité"],
    ]),
    "de-portal-kirchenglocken": _page("de", "de-portal-kirchenglocken", [
        ["-Zwiesenauer Nachrichten",
         "-Startseite | Region | Polizei | Sport | Kultur | Service",
         "-Anmelden | Abo",
         "-Sie sind hier: Startseite › Region › Hollbrach",
         "-Anzeige",
         "-Autohaus Gerling – Frühjahrs-Check für 49 Euro"],
        ["+Streit um Kirchenglocken: Hollbrach läutet weiter"],
        ["-Von Tobias Wendl",
         "-05.03.2026, 08:15 Uhr"],
        ["+Die Glocken der Hollbracher Pfarrkirche dürfen auch künftig um 6 Uhr morgens läuten. Das hat der Kirchenvorstand nach einer Beschwerde zweier zugezogener Anwohner entschieden."],
        ["-Auch interessant: Neuer Dorfladen in Hollbrach öffnet im April",
         "-Anzeige: Jetzt Fenster tauschen und Heizkosten sparen – Fensterbau Rieder"],
        ["+„Die Glocke läutet hier seit 1821, und sie hat noch niemandem geschadet“, sagt Ortsvorsteherin Gisela Haubner. „Wer aufs Land zieht, zieht eben auch neben die Kirche.“"],
        ["+Die Läutzeiten im Überblick",
         "+Morgenläuten: 6 Uhr, werktags und sonntags",
         "+Mittagsläuten: 12 Uhr",
         "+Abendläuten: 18 Uhr, im Winter 17 Uhr",
         "+Viertelstundenschlag: nachts von 22 bis 6 Uhr abgeschaltet"],
        ["-Die wichtigsten Nachrichten aus der Region direkt aufs Handy: jetzt unseren Telegram-Kanal abonnieren",
         "-Video: So klingt das Geläut von Hollbrach"],
        ["+Die beiden Anwohner prüfen nach eigenen Angaben noch, ob sie rechtliche Schritte einleiten."],
        ["+Ähnliche Fälle sind im Landkreis bislang immer zugunsten der Kirchengemeinden ausgegangen."],
        ["-Schlagworte: Hollbrach, Kirche, Lärm",
         "-Meistgelesen",
         "-K 14: Unfall mit drei Verletzten bei Zwiesenau",
         "-Leserbrief schreiben",
         "-Artikel drucken"],
        ["-Zwiesenauer Nachrichten GmbH & Co. KG · Amtsgericht Zwiesenau HRA 0000",
         "-Impressum | Datenschutz | AGB | Cookie-Einstellungen",
         "-© Zwiesenauer Nachrichten 2026"],
    ]),
    "de-kolumne-paketboten": _page("de", "de-kolumne-paketboten", [
        ["-Krahnfelder Anzeiger",
         "-Lokales · Meinung · Freizeit · Anzeigen · E-Paper",
         "-E-Paper lesen",
         "-Mein Konto",
         "-Meinung / Kolumne „Nebenan“",
         "-Werbung"],
        ["+Das Paket, der Nachbar und ich"],
        ["-Eine Kolumne von Sabine Kroll",
         "-Lesen Sie jeden Samstag „Nebenan“ im Krahnfelder Anzeiger"],
        ["+Ich bin seit zwei Jahren die inoffizielle Paketstation meines Hauses. An guten Tagen nehme ich drei Sendungen an, an schlechten neun, und an manchen Abenden klingelt es bis halb zehn."],
        ["-Lesen Sie auch: Neue Packstation am Bahnhof Krahnfeld",
         "-Werbung: Kaffeevollautomaten bei Elektro Dorsch – bis zu 30 % reduziert"],
        ["+Neulich stand ein Zusteller mit einem Karton vor mir, der mehr wog als ich. „Ich hab noch 140 Stopps“, sagte er, „Sie sind meine Rettung.“ Wie soll man da Nein sagen?"],
        ["+Was ich mir wünsche",
         "+Abholstationen in jedem Viertel, nicht nur am Stadtrand",
         "+Zustellzeiten, die man vorher erfährt",
         "+Ein Dankeschön von den Nachbarn, ab und zu"],
        ["-Podcast: „Krahnfeld hört zu“ – neue Folge jeden Dienstag",
         "-Mehr Kolumnen von Sabine Kroll"],
        ["+Ich habe nichts gegen Pakete. Ich habe etwas dagegen, dass ein ganzes Haus davon ausgeht, dass ich immer da bin."],
        ["+Seit letzter Woche hängt an meiner Tür ein Zettel mit meinen Annahmezeiten."],
        ["+Der Zusteller hat ihn fotografiert und gelacht. Immerhin."],
        ["-Kommentare (5)",
         "-Herbert M. · vor 3 Stunden",
         "-Bei uns im Haus ist es genau umgekehrt, keiner macht auf.",
         "-Antworten | Melden",
         "-Kommentar schreiben"],
        ["-Die Kolumne gibt die Meinung der Autorin wieder.",
         "-Krahnfelder Verlagsgesellschaft mbH · Impressum · Datenschutz",
         "-© 2026 Krahnfelder Anzeiger"],
    ]),
    "it-portale-pluriclasse": _page("it", "it-portale-pluriclasse", [
        ["-Valbrusca Oggi",
         "-Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Accedi | Abbonati",
         "-Home > Cronaca > Castelbrina",
         "-Pubblicità",
         "-Ottica Ferrandi – secondo paio di occhiali in omaggio"],
        ["+Castelbrina, la scuola elementare chiude per mancanza di alunni"],
        ["-di Marta Gualtieri",
         "-5 marzo 2026 alle 10:20"],
        ["+Dal prossimo settembre la scuola primaria di Castelbrina, aperta dal 1911, non riaprirà: le iscrizioni per il nuovo anno sono appena sei, troppo poche per mantenere anche una pluriclasse."],
        ["-Leggi anche: A Castelbrina torna la festa della castagna",
         "-Pubblicità – Assicurazione auto Serravalli, preventivo in 2 minuti"],
        ["+«È un colpo al cuore del paese», dice la sindaca Lucia Benvenuti. «Quando chiude la scuola, le famiglie giovani smettono di venire a vivere qui.»"],
        ["+Dove andranno i bambini",
         "+Quattro alunni alla primaria di Valbrusca, a 11 chilometri",
         "+Due alunni alla scuola di Pievelunga",
         "+Scuolabus gratuito garantito dal Comune"],
        ["-Iscriviti al canale WhatsApp di Valbrusca Oggi",
         "-Guarda il video: l'ultima campanella della scuola"],
        ["+L'edificio resterà di proprietà comunale e potrebbe ospitare una biblioteca e un ambulatorio."],
        ["+I genitori hanno chiesto un incontro con l'ufficio scolastico regionale."],
        ["+La decisione definitiva è attesa entro la fine di marzo."],
        ["-Tag: Castelbrina, scuola, spopolamento",
         "-I più letti",
         "-Valbrusca, nuovo parcheggio in piazza Garibaldi",
         "-Pievelunga, furto nella notte alla tabaccheria"],
        ["-Valbrusca Oggi – testata registrata al Tribunale n. 00/2026 – P.IVA 00000000000",
         "-Privacy policy | Cookie policy | Contatti",
         "-Gestisci consenso cookie",
         "-© 2026 Valbrusca Oggi – Tutti i diritti riservati"],
    ]),
    "it-blog-transumanza": _page("it", "it-blog-transumanza", [
        ["-Passi lenti",
         "-Diario di cammini e pastori",
         "-Home · Cammini · Racconti · Chi sono · Contatti",
         "-Cerca nel blog…",
         "-Racconti",
         "-Pubblicato il 1 marzo 2026 da Giulia"],
        ["+Tre giorni dietro al gregge, dalla pianura al pascolo alto"],
        ["-12 commenti",
         "-Categorie: Cammini, Montagna"],
        ["+Lo scorso giugno ho seguito la transumanza di Elio Carpinelli, l'ultimo pastore di Roccafosca che porta ancora le pecore a piedi fino ai pascoli della Costa Lunga."],
        ["-Le foto di questo viaggio sono in vendita come stampe nel mio shop",
         "-Annuncio"],
        ["+«Le pecore conoscono la strada meglio di me», mi ha detto Elio la prima mattina. «Io cammino dietro solo per far vedere che comando.»"],
        ["+Il cammino in cifre",
         "+Pecore: circa 600",
         "+Chilometri: 48 in tre giorni",
         "+Dislivello: 1.300 metri",
         "+Cani da pastore: 4"],
        ["-Ti è piaciuto questo racconto? Seguimi su Instagram",
         "-Potrebbe interessarti anche: In cammino sulla vecchia mulattiera dei carbonai"],
        ["+L'ultima sera abbiamo dormito in un rifugio di pietra, con le pecore tutt'intorno e il suono dei campanacci fino all'alba."],
        ["+Elio ha settant'anni e nessuno che prenda il suo posto. Non so quante transumanze restino ancora da raccontare."],
        ["-12 commenti su “Tre giorni dietro al gregge”",
         "-Franca il 2 marzo 2026 alle 18:40",
         "-Che racconto meraviglioso, mi sembrava di sentire i campanacci.",
         "-Rispondi",
         "-Lascia un commento"],
        ["-Iscriviti alla newsletter di Passi lenti",
         "-Tema: Blossom Travel",
         "-© 2026 Passi lenti · Privacy · Cookie"],
    ]),
    "pl-portal-rondo": _page("pl", "pl-portal-rondo", [
        ["-Wrzosnów24 – portal mieszkańców",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Praca",
         "-Zaloguj się",
         "-Reklama",
         "-Salon meblowy Dąbek – wyprzedaż do -40%",
         "-Wiadomości › Drogi"],
        ["+Nowe rondo na Kolejowej otwarte. Koniec korków przy dworcu?"],
        ["-Autor: Kamil Szewc",
         "-Data publikacji: 05.03.2026, 12:04"],
        ["+Od czwartku kierowcy mogą już jeździć przez nowe rondo u zbiegu ulic Kolejowej i Lipowej we Wrzosnowie. Budowa trwała dziesięć miesięcy i kosztowała 6,8 mln zł."],
        ["-Czytaj także: Autobusy linii 3 pojadą objazdem do końca miesiąca",
         "-Reklama: Szkoła jazdy Omega – kurs kat. B od 2900 zł"],
        ["+– Przez lata staliśmy tu w korku po dwadzieścia minut. Zobaczymy, jak będzie w godzinach szczytu – mówi pan Zdzisław, taksówkarz, który czeka na klientów przy dworcu."],
        ["+Co się zmieniło",
         "+Cztery wloty zamiast sygnalizacji świetlnej",
         "+Nowe przejścia dla pieszych z azylem",
         "+Ścieżka rowerowa wokół ronda",
         "+Przystanek autobusowy przeniesiony o 50 metrów"],
        ["-Masz temat? Napisz do nas: redakcja@wrzosnow24.example",
         "-Obserwuj nas w Google News"],
        ["+Rondo otrzyma imię patrona – radni zaproponowali, by nazwać je na cześć kolejarzy."],
        ["+Drogowcy zapowiadają, że do końca marca uporządkują jeszcze zieleń wokół skrzyżowania."],
        ["-Tagi: rondo, drogi, Wrzosnów",
         "-Komentarze (14)",
         "-~kierowca · 5 marca 2026",
         "-Wreszcie! Ale oznakowanie przy Lipowej jest mylące.",
         "-Odpowiedz"],
        ["-Wydawca: Media Wrzosnów sp. z o.o., KRS 0000000000",
         "-Polityka prywatności | Regulamin | Ustawienia cookies",
         "-© 2026 Wrzosnów24. Wszelkie prawa zastrzeżone."],
    ]),
    "pl-felieton-hulajnogi": _page("pl", "pl-felieton-hulajnogi", [
        ["-Echo Nadolska",
         "-Aktualności · Felietony · Sport · Kultura · Ogłoszenia",
         "-Prenumerata | E-wydanie",
         "-Felietony",
         "-Pogoda: Nadolsk 6°C, zachmurzenie",
         "-Wydanie nr 10/2026"],
        ["+Hulajnogi na chodniku, czyli wolna amerykanka"],
        ["-Felieton Andrzeja Bielaka",
         "-Opublikowano: 6 marca 2026"],
        ["+Od kiedy w Nadolsku pojawiły się hulajnogi na minuty, spacer po rynku przypomina slalom. Leżą przy ławkach, w bramach, raz nawet widziałem jedną w fontannie."],
        ["-Reklama",
         "-Apteka Rodzinna przy Rynku – dyżur w każdą niedzielę"],
        ["+Zapytałem w urzędzie, kto za to odpowiada. – Operator, nie miasto – usłyszałem. Operator z kolei odesłał mnie do regulaminu, w którym stoi, że użytkownik „powinien pozostawić pojazd w miejscu niezagrażającym”."],
        ["+Co zrobiły inne miasta",
         "+Wyznaczone strefy parkowania przy przystankach",
         "+Kary dla operatorów za porzucone pojazdy",
         "+Zakaz jazdy po deptaku"],
        ["-Przeczytaj także inne felietony autora",
         "-Zapisz się na newsletter Echa Nadolska"],
        ["+Nie chcę zakazywać hulajnóg. Sam czasem z nich korzystam, kiedy spóźniam się na pociąg."],
        ["+Chcę tylko, żeby miasto przestało udawać, że to nie jego sprawa."],
        ["+Do rady miejskiej trafił już projekt uchwały. Zobaczymy, czy ktoś go przeczyta."],
        ["-Tagi: hulajnogi, rynek, felieton",
         "-Komentarze czytelników",
         "-Ewa_K 6 marca 2026 o 14:22",
         "-W zeszłym tygodniu potknęłam się o taką przy poczcie.",
         "-Odpowiedz"],
        ["-Redakcja nie odpowiada za treść felietonów.",
         "-Echo Nadolska · ul. Rynek 0, 00-000 Nadolsk",
         "-© 2026 Echo Nadolska. Wszelkie prawa zastrzeżone."],
    ]),
    "ru-portal-rasselenie": _page("ru", "ru-portal-rasselenie", [
        ["-Вести Ольховецка",
         "-Новости | Происшествия | Общество | Спорт | Афиша",
         "-Войти",
         "-Ольховецк, +2 °C",
         "-Главная / Общество",
         "-Реклама"],
        ["+Жильцов аварийного дома на Заречной переселят до конца года"],
        ["-Автор: Ирина Соколова",
         "-05.03.2026, 09:30 · 1 245 просмотров"],
        ["+Восемнадцать семей из двухэтажного дома № 14 на улице Заречной получат новые квартиры в строящемся доме на Лесной. Здание признано аварийным ещё в 2019 году."],
        ["-Читайте также: В Ольховецке отремонтируют мост на Садовой",
         "-Реклама. Окна «Теплосвет» — замер бесплатно"],
        ["+«Зимой у нас в углах иней, а потолок на кухне подпёрт брусом. Мы уже не верили, что дождёмся», — рассказала жительница дома Нина Ласточкина."],
        ["+Как пройдёт переселение",
         "+Квартир: 18, от 28 до 54 кв. м",
         "+Срок сдачи нового дома: ноябрь 2026 года",
         "+Переезд: за счёт администрации",
         "+Старый дом снесут весной 2027 года"],
        ["-Подписывайтесь на наш канал в Telegram",
         "-Видео: так выглядит дом на Заречной изнутри"],
        ["+Жильцы, которые не согласны с предложенными квартирами, могут получить денежную компенсацию, уточнили в администрации."],
        ["+В городе остаются ещё три аварийных дома, их расселение запланировано на 2027–2028 годы."],
        ["-Теги: Ольховецк, жильё, аварийный дом",
         "-Комментарии (6)",
         "-Сергей · 5 марта в 11:02",
         "-Хорошо, если правда успеют к зиме.",
         "-Ответить"],
        ["-Сетевое издание «Вести Ольховецка». Свидетельство о регистрации ЭЛ № ФС 00-00000",
         "-Политика конфиденциальности · Пользовательское соглашение",
         "-© 2026 «Вести Ольховецка». 16+"],
    ]),
    "ru-blog-pech": _page("ru", "ru-blog-pech", [
        ["-Деревенский дневник",
         "-Записки о жизни в старом доме",
         "-Главная · О себе · Дом · Огород · Контакты",
         "-Рубрика: Дом",
         "-1 марта 2026",
         "-Реклама"],
        ["+Как мы перекладывали русскую печь"],
        ["-Автор: Ольга",
         "-17 комментариев"],
        ["+Дом в Малых Тюфяках мы купили три года назад вместе с печью, которая дымила из всех щелей. Этой осенью мы наконец решились её переложить."],
        ["-Фото кликабельны",
         "-Материал подготовлен при поддержке магазина «Кирпичный двор»"],
        ["+Печника нашли по совету соседки. «Печь — она как человек, — сказал он, постучав по своду. — Если её не любить, она и греть не будет»."],
        ["+Что понадобилось",
         "+Кирпич: 1 200 штук, из них 300 старых",
         "+Глина: шесть мешков",
         "+Чугунная плита и дверцы",
         "+Работа печника: три недели"],
        ["-Понравилась статья? Поставьте лайк и подпишитесь!",
         "-Читайте также: Утепляем пол в старом доме"],
        ["+Первую неделю печь сушили маленькими охапками, и по дому стоял запах сырой глины."],
        ["+Теперь она держит тепло почти сутки, а на лежанке спит кот."],
        ["-Комментарии",
         "-Валентина 2 марта 2026 в 19:15",
         "-Какая красота! А печника можете посоветовать?",
         "-Ответить",
         "-Оставить комментарий"],
        ["-Подписаться на обновления блога по e-mail",
         "-Работает на WordPress",
         "-© 2026 Деревенский дневник"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_65_line, test_held_out_65_line_is_kept, test_held_out_65_page = held_out_tests(
    HELD_OUT_65_LINES, HELD_OUT_65_KEEP, HELD_OUT_65_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
