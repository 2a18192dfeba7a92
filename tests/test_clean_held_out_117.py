"""Held-out set 117: written blind, weighted toward the noise the cleaner exists for, in shapes set 116's docstring does
not name (nor the first paragraphs of sets 113, 114 and 115): scraper, embed and ad markers (an English Flourish chart
failure "Flourish chart failed to load – the same figures are in the table further down.", an English SoundCloud
interview placeholder "SoundCloud audio: press play to hear the full interview (this loads third-party content).", an
English pre-roll advert countdown "AD · 0:15 · Your video will play after this advert", a French Dailymotion consent
placeholder "Contenu Dailymotion bloqué : acceptez les cookies « Vidéos » pour lancer la lecture.", a German Flourish
consent placeholder "Dieser Inhalt von Flourish ist aufgrund Ihrer Cookie-Einstellungen nicht verfügbar.", an Italian
YouTube profiling-cookie placeholder "Video caricato da YouTube: per guardarlo accetta i cookie di profilazione.", a
Polish Google-Maps consent placeholder "Mapa Google nie została załadowana. Zaakceptuj pliki cookies, aby ją zobaczyć."
and a Russian advertiser-and-erid label "Реклама. ООО «Транспортные решения Кривоберёжья», ИНН 0000000000, erid:
0000000000"); reading-time headers in new wordings (the English "This article takes about 4 minutes to read." and a
canal blog's "Long post ahead – roughly 2,400 words, so maybe bookmark it for the next lock queue.", the French "Lecture
: 6 minutes environ", the German "Lesedauer ca. 6 Minuten", the Italian "Si legge in 6 minuti", the Polish "Lektura na
ok. 6 minut" and the Russian "Читать 6 минут"); bylines and self-promotion (an English by-with-agencies byline with the
reporter's beat, an English Big-Cartel map-prints plug, an English Substack-newsletter plug, a French text-and-editing
byline with the desk, a German by-our-editor byline, an Italian article-by byline with the reporter's post, a Polish
YouTube-cruise-films plug and a Russian text-and-author's-photos byline at the foot); blog and site footers (an English
Astro-and-Cloudflare-Pages credit, a text-copyright-and-OpenStreetMap-maps line, an address-phone-and-rights line, a
French published-by-an-association-and-o2switch line, a German private-hobby-project line, an Italian
photos-theme-and-host line, a Polish all-rights-reserved-no-copying line and a Russian WordPress-and-Beget line);
reader-comment furniture (an English collapsed-replies line, an English Coral-and-guidelines line, an English
flag-permalink-reply row, a French moderated-and-published-on-weekdays line, a German report-reply-quote row, an Italian
log-in-with-Facebook-or-Google line, a Polish against-the-rules-removed line and a Russian premoderation line); share
rows (an English WhatsApp, Messenger, SMS and copy-link row, a French Messenger, WhatsApp, SMS and print row and an
Italian e-mail, copy-link, X and print row); and notices (a German archive-article note, a Polish
sent-in-by-the-roads-board note and a Russian photo-from-the-roads-agency note); and toward whole scraped news and
hobby-blog pages in layouts set 116's docstring does not describe (no noise above the title on four pages, one line on
two and two on six; under the title three to ten noise lines (three on one page, four on one, six on three, seven on
one, eight on three, nine on two and ten on one), in two blocks on four pages, with a photo caption on eleven (the canal
blog's sits between the first and second paragraphs) and a safety line on five of the six blog pages; a table of
contents on the six blog pages: inside the under-title block on two, in its own block under the title on two and in its
own block between the first and second paragraphs on two; noise between the first and second paragraphs on seven pages,
between the second paragraph and the paragraph with the quote on five and between the paragraph with the quote and the
subheading on eight; noise between the subheading and the first list row on six (an affiliate disclosure on two, a
WhatsApp prompt on two, a gallery link on one and a story-continues line on one); noise between two list rows on ten
pages, between the first and second rows on six and between the second and third on five, with both gaps on one and two
lines in one gap on one; noise between the last list row and the last paragraphs on four, between the two last
paragraphs on four and nothing after the list on six; at the foot six to eight lines in one block (six on one page,
seven on seven and eight on four), with a comment heading or count, a comment, a reply and the commenter's answer on
every page, the answer nested two deep with arrows on six and a further reply nested two deep after the answer on one, a
second comment on two (with its reply on one), reply and answer addressed by name ("Répondre à", "an", "in risposta a",
"Odpowiedź dla", "do", "Ответ ... от", "→") on seven, report, reply and write-a-comment links on seven, and most-read,
back-to-top, copyright, legal-links, Impressum, VAT-number, previous or next-post and theme lines after the thread on
every page), taken from transport and travel and from blogs about canal boating, train spotting, vintage bicycles and
long-distance walking.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 116 but what is named here), held-out set 118 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 116 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 113, 114 and 115, printed with one ast script (/tmp/s117scratch/read116.py, output
/tmp/s117scratch/read116.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 116's, taken from their nodes, and the line binding the three tests is set 116's with 116 ->
117, both by /tmp/s117scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s117scratch/tables117.py). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s117, detached at commit b58780416a13497faf7785e9d58c540365e06b97, what ``git
rev-parse HEAD`` printed in /work/main) and every failing case is marked as a strict xfail whose reason describes the
line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) read116.py ran once; its output (384 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 384);
it holds only the allowed text, which names set 116's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to /dev/null;
``ls`` on /tmp/wt-s117 and /tmp/wt-set117 printed only top-level names. ``git status --short`` in /work/main printed
nothing and ``git rev-parse HEAD`` printed b58780416a13497faf7785e9d58c540365e06b97. (3) The helpers were printed by
importing tests/test_clean.py and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path
(SPINSCOPE_DATA=/work/shared/data; /tmp/s117scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES``
printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. tests/held_out_sets.py and
scripts/clean_held_out_report.py were printed with ``cat`` in one call. (4) gen.py parses set 116's file with ``ast``
and writes only its import nodes and its last statement (the binding line, 116 -> 117); the lists come from
/tmp/s117scratch/body117.py, the pages from /tmp/s117scratch/pages117.txt (blocks of ``+``/``-`` lines) and the
docstring from /tmp/s117scratch/doc117.txt (a one-line placeholder at the measurement, later wrapped from doc117.src);
it prints nothing. The pages are built as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Set 116's
categories per language were read off its Contents paragraph (marker, reading-time, byline, footer and comments in every
language; share in English, French and Italian; notice in German, Polish and Russian; English three of each but share)
and kept by construction. (5) Before the measurement /tmp/s117scratch/check.py executed this file with stand-in
held_out_sets and noisy_corpus modules (/tmp/s117scratch/stand) and counted lines by category and place, keep lines by
place, pages by language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines or inside
other noise lines of the page, overlaps between page lines and held-out noise and keep lines (either inside the other)
and between held-out noise and keep lines and among held-out noise lines (case-insensitively), line length and at-signs.
Its first run found 18 problems: it-portale-portovenaglio-traghetto had 19 noise lines (a read-also link "Ti potrebbe
interessare: Nuovo molo per i pescherecci" was added between the two last paragraphs); the table-of-contents entries
"Zerlegen", "La salita" and "Na moście" were inside article lines or other noise lines (they became "Erste
Bestandsaufnahme", "1. La salita" (with "2. Il temporale" and "3. L'arrivo") and "Czekanie na pociąg"); the blog and
site names "The Lockweed Log", "Speiche und Muffe", "Scarponi Consumati", "Kurier Grzebienicki" and "Кривоберёжский
вестник" were inside other noise lines of their pages (the copyright lines became "All words and photos © 2026 Hattie
and Sam" and "© 2025 Fabrizio – testi e foto", the support prompt "Unterstütze diesen Blog auf Steady", the mastheads
"Kurier Grzebienicki – najbliżej ciebie" and "Кривоберёжский вестник — городской портал"); the ad label "Anzeige" was
inside "Kessenhuder Anzeiger" (it became "– Anzeige –"), the comment heading "Kommentare" inside the date line (it
became "Diskussion"), "Inhalt" inside the German Flourish placeholder (it became "Auf dieser Seite") and "ADV" inside
the English pre-roll countdown and an English keep line (it became "Pubblicità – continua a leggere sotto"). The second
run found nothing. (6) The two measuring commands ran as the brief gave them, in one shell call after ``date``, with
their output sent to scratch files (/tmp/s117scratch/measure.out and report.out) and then printed; the problems were
then printed with ``_problems`` in the frozen worktree by /tmp/s117scratch/problems.py, which imports the copy of this
file in /tmp/wt-s117/tests; it ran ``_problems`` over all 45 noise lines and 20 keep lines, printing only the failing
ones (16 and 0, as in the measurement), and over the 11 failing pages only. (7) Invented names were checked with the
exact-string search over public GitHub files: Sowerthorpe, Lockweed Log, Saint-Orvenac, Carnet de Quai, Kessenhude,
Speiche und Muffe, Portovenaglio, Isola Scarva, Scarponi Consumati, Grzebienicki, Semafor i Zwrotnica, Кривоберёжск,
Кривоберёжский, Спица и обод, Farrant-Lusk, Brennard-Voss, Osei-Haldane, Carvradec, Quernheim-Saß, Sponholz-Drees,
Lütjens-Ossow, Sbarrotti, Argiolas-Fenù, Kądziołek-Rymsza, Пильникова-Гроте and Ведрищева had no hits; Orvenac, Lockweed
and Vellerac had hits only inside longer words of code ("InferiorVenaCava", "BlockWeed", "travellerAc..."), Grzebienice
one inside "grzebieniCena" and Colle Aspro one in a line of verse ("qual in colle aspro"), all kept. Dropped:
Brackenfold (hits; the town became Sowerthorpe), Tallowmere (hits; the canal arm became the Scrapcombe Arm, which had
none), Ferrandel (hits; the byline became Vellerac-Mazé) and Туркулец (a real surname; the byline became
Ведрищева-Баль). Not checked: Fellgate, Hollins Green, Abbey Road, Corn Exchange Yard, Vaulsenne, the ligne des Causses,
the Bahnhofstraße and Mühlenstraße, Grzebienice Dolne as a whole, the Заречная улица, the first names of the bylines,
the quoted and minor people (Gilles Mourvandin, Henrike Lütjens-Ossow's first name, Rita Melosu, Grzegorz Wilkosz,
Виталий Сушков), the commenters and blog authors, and the names built on checked towns (Sowerthorpe Gazette, Le Courrier
d'Orvenac, Kessenhuder Anzeiger, Portovenaglio Notizie, Транспортные решения Кривоберёжья). Numbers are zero-filled (the
reader-desk phone number, the VAT number, the ИНН and the erid); there are no e-mail addresses. (8) Real things named,
as real pages do: Flourish, SoundCloud, Big Cartel, Substack, Astro, Cloudflare Pages, OpenStreetMap, Coral, WhatsApp,
Messenger, Dailymotion, o2switch, YouTube, Astra, Aruba, Facebook, Google, X, Google Maps, WordPress, Beget, Ko-fi,
Steady, Hemingway and Twenty Twenty-Three themes, Campagnolo, the ADFC, the Weser, Lyon, PKP, Patronite, the Ol49 and BB
67400 locomotive classes, VKontakte, Odnoklassniki, Telegram, Boosty, Dzen, the Турист and Кама bicycles. (9) After the
measurement I noticed that the English pre-roll countdown ("AD · 0:15 · Your video will play after this advert") is near
set 116's sponsored-video countdown in kind, and that the Italian photos-theme-and-host footer (the Astra theme) and the
Russian WordPress-and-Beget footer are close in kind to the theme-and-host credits sets 115 and 116 name in French; they
were kept as measured. (10) My first clock reading was 2026-12-05 08:06:25 UTC; the measurement ran at 08:10:41 UTC.

Judgement calls: the keep lines opening with or holding "Reading the new timetable", "Advertising hoardings", "Comments
from bus drivers", "Share of journeys", "Subscribers to the ferry's season ticket", "Photo evidence", "Follow-up
counts", "Lecture publique", "Partagée entre cyclistes", "Commentaires des usagers", "Werbung für das neue Ticket",
"Kommentiert hat", "Teilen müssen sich", "Pubblicità ingannevole", "Condivisa da molti", "Seguici, dicevano", "Reklamy
na wiatach", "Udostępnione przez miasto", "Реклама на щитах" and "Комментарии жителей" are article sentences. Categories
as in set 116; the English map-prints and Substack plugs and the Polish YouTube-films plug are bylines (self-promotion),
the Russian text-and-photos byline sits at the foot, the Russian advertiser-and-erid label is a marker and the German
archive-article line, the Polish sent-in-by line and the Russian photo-from line are notices. On every page the title,
the three paragraphs before the subheading (one with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (site and blog names, taglines, menus, weather and date lines, bylines, reading
times, listen links, categories, subscription prompts, photo captions, safety lines, affiliate disclosures, tables of
contents, read-also, see-also, related, more-on-the-subject and you-might-like links, ad labels, story-continues lines,
gallery links, newsletter, WhatsApp, Telegram and Dzen prompts, coffee and support prompts, comment headings and counts,
comments and replies, reply, report and leave-a-comment links, previous and next-post links, most-read links, share
rows, back-to-top links, theme credits and footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 116's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-sowerthorpe-busroute (a bus route's evening and Sunday journeys cut), en-blog-lockweedlog-narrowboat (a winter
narrowboat cruise up a flight of locks), fr-portail-saintorvenac-passerelle (a railway station's new footbridge),
fr-blog-carnetdequai-locomotive (a diesel locomotive photographed on a works train), de-portal-kessenhude-radweg (a
pop-up cycle lane's removal), de-blog-speicheundmuffe-rennrad (a 1978 steel racing bicycle restored),
it-portale-portovenaglio-traghetto (an island ferry's winter timetable), it-blog-scarponiconsumati-cammino (a rainy
stage of a long-distance walk), pl-portal-grzebienicedolne-parking (a station car park's new charges),
pl-blog-semaforizwrotnica-parowozy (a steam special photographed from a bridge), ru-portal-krivoberezhsk-obkhod (a town
bypass opened early) and ru-blog-spitsaiobod-turist (a 1979 Soviet touring bicycle restored), each with a reader comment
thread.

Baseline (2026-12-05, cleaner at commit b58780416a13497faf7785e9d58c540365e06b97, measured with ``cd /tmp/wt-s117 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s117/src python -m pytest -q tests/test_clean_held_out_117.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s117 && PYTHONPATH=/tmp/wt-s117/src python
scripts/clean_held_out_report.py --sets 117``, with the xfail tables empty): noise lines removed 29/45 (marker 4/8,
reading-time 6/7, byline 4/8, footer 6/8, comments 6/8, share 3/3, notice 0/3; the 16 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20 (``_KEEP_XFAIL`` is empty); pages 1/12 clean
(pl-portal-grzebienicedolne-parking), 38 of 240 page noise lines left and 1 of 120 article lines lost (the title of
de-portal-kessenhude-radweg), as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Still held out after round 88 (developed on sets 115 and 116: a blog's head block under its title (a caption with no
credit between lines the rules took, a safety line with its label, the blog's tagline), tables of contents without
numbers, embed placeholders naming Acast, Mapbox, Komoot, OpenStreetMap or uMap or waiting for consent, corrections
under their label, bylines with a desk or an agency, support-the-blog and Pinterest-board buttons, follow-the-channel
prompts; this set was written against b587804, before it; measured once with ``scripts/clean_held_out_report.py --sets
117`` at 12e4525): noise lines removed 29 -> 30/45 (marker 4 -> 5/8: the French Dailymotion consent placeholder), keep
lines 20/20, pages clean 1/12 (unchanged), page noise lines left 38 -> 34 of 240 (the bicycle blog's table of contents
goes), article lines lost 1 of 120 (unchanged: the German cycle-lane story's title). One page reason reworded.

Round 89 (development; this set was read in full from this round on): Fixed for the families, with six-language tests
and near misses in tests/test_clean.py (test_round_89_*, and the round-22 cookie and round-88 byline tests extended): a
cookie banner that opens with the word needs the banner's words after it (consent, settings, policy, the site;
whole_line_noise._COOKIE_BANNER_WORDS), so a sentence about biscuits stays ("Cookies baked by ...", "Cookies und Kuchen
..."); a headline at the top of the page in a block of its own, over the masthead, stays when a shorter line under the
stamps is taken for the headline, and a section path of three labels or more under it is no short title
(page_blocks._is_headline_at_top, _n_row_parts); a more-on-the-subject link with the topic named and no colon ("Mehr zum
Thema Verkehr", "Ещё по теме транспорт") and a photo gallery's label with what it shows and no count ("Bildergalerie: So
sah ...", "Galleria fotografica: ..."); bylines under the other labels of a piece and its writer with the desk or page
after a comma, a dash or "für" ("Story and photographs: ...", "Un article signé ..., rubrique ...", "Texte : ... –
édition : service ...", "Aufgeschrieben von ... für die ...seite", "Articolo di ..., inviata ...", "Autorka relacji:
..., dział ..."; _PIECE_AND_WRITER_LABEL, _PIECE_DESK; the words-and-pictures labels stay round 87's photo credits);
editor's notices (an archive article with a hyphen, a text updated after the print edition went to press, authorised by
the interviewees, sent in by an office, a photo provided by a press office; _EDITORS_NOTICE) and the article said to be
no doctor's advice (_NOT_MEDICAL_ADVICE). No class was added; two functions (_is_headline_at_top, _n_row_parts) and
named regexes. Across sets 10-118 (held-out report) no article or keep line lost (the one lost pair left,
fr-portail-montbrezac-chapelle's in set 86, was lost before); sets 70, 85, 93, 95, 105 and 109 remove seven more noise
lines, sets 64, 66 and 116 gain a clean page and set 88 leaves one page line less (their strict xfail entries removed);
sets 10-118: noise lines removed 4615 -> 4634, keep lines 2206 -> 2207, pages clean 822 -> 826, page noise lines left
1152 -> 1145, paragraphs lost 3 -> 2; SemEval: 0 of 3723 files changed. Figures before -> after: noise lines removed 30
-> 35/45 (byline 4 -> 6/8: the French text-and-editing and the Italian article-by bylines; notice 0 -> 3/3: the German
archive article, the Polish sent-in-by note, the Russian photo from the press office; marker 5/8, reading-time 6/7,
footer 6/8, comments 6/8, share 3/3 unchanged), keep lines 20/20, pages clean 1 -> 2/12 (de-portal-kessenhude-radweg:
its title stays, its section path, more-on-the-subject and gallery links go), page noise lines left 34 -> 31 of 240
(also the island paper's gallery link), article lines lost 1 -> 0 of 120; pytest 51 passed, 26 xfailed -> 57 passed, 20
xfailed. One page reason reworded (it-portale-portovenaglio-traghetto), one removed. Still missed: the pre-roll
countdown, the Flourish and Google-Maps placeholders, the long-post warning, the blogs' plugs, the Astro and
photos-theme-and-host footers, collapsed replies and the comments-removed line; the blogs' head blocks (taglines,
captions, safety lines) and the news pages' mastheads.
"""
from __future__ import annotations
from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_117_LINES: list[tuple[str, str, str]] = [
    ("body", "Flourish chart failed to load – the same figures are in the table further down.", "marker"),
    ("body", "SoundCloud audio: press play to hear the full interview (this loads third-party content).", "marker"),
    ("body", "AD · 0:15 · Your video will play after this advert", "marker"),
    ("head", "This article takes about 4 minutes to read.", "reading-time"),
    ("head", "Long post ahead – roughly 2,400 words, so maybe bookmark it for the next lock queue.", "reading-time"),
    ("head", "By Gideon Farrant-Lusk, transport correspondent, with agencies", "byline"),
    ("tail", "Prints of the hand-drawn canal maps on this blog are for sale in my Big Cartel shop.", "byline"),
    ("tail", "I also send these cruise logs out as a free Substack newsletter – sign up via the sidebar.", "byline"),
    ("tail", "Made with Astro and hosted on Cloudflare Pages.", "footer"),
    ("tail", "Text © the author; maps based on OpenStreetMap data (ODbL).", "footer"),
    ("tail", "Sowerthorpe Gazette, 14 Corn Exchange Yard – reader desk 00000 000000 – all rights reserved.", "footer"),
    ("tail", "Replies are collapsed – tap a thread to expand it.", "comments"),
    ("tail", "Comments are powered by Coral. Please read our community guidelines before posting.", "comments"),
    ("tail", "Flag as inappropriate · Permalink · Reply", "comments"),
    ("tail", "Send this story: WhatsApp · Messenger · SMS · Copy link", "share"),
    ("body", "Contenu Dailymotion bloqué : acceptez les cookies « Vidéos » pour lancer la lecture.", "marker"),
    ("head", "Lecture : 6 minutes environ", "reading-time"),
    ("head", "Texte : Solenn Carvradec – édition : service Transports", "byline"),
    ("tail", "Site édité par l'association Carnet de Quai (loi 1901) – hébergé par o2switch.", "footer"),
    ("tail", "Les commentaires sont modérés a priori et publiés du lundi au vendredi.", "comments"),
    ("tail", "Envoyer par Messenger | WhatsApp | SMS | Imprimer", "share"),
    ("body", "Dieser Inhalt von Flourish ist aufgrund Ihrer Cookie-Einstellungen nicht verfügbar.", "marker"),
    ("head", "Lesedauer ca. 6 Minuten", "reading-time"),
    ("head", "Von unserem Redakteur Malte Quernheim-Saß", "byline"),
    ("tail",
     "Dieser Blog ist ein privates Hobbyprojekt ohne Gewinnabsicht – Impressum und Datenschutz siehe unten.",
     "footer"),
    ("tail", "Beitrag melden · Antworten · Zitieren", "comments"),
    ("body", "Archiv-Artikel: Dieser Text ist älter als zwei Jahre und möglicherweise nicht mehr aktuell.", "notice"),
    ("body", "Video caricato da YouTube: per guardarlo accetta i cookie di profilazione.", "marker"),
    ("head", "Si legge in 6 minuti", "reading-time"),
    ("head", "Articolo di Lucilla Sbarrotti, inviata sul molo", "byline"),
    ("tail", "Le foto sono mie salvo dove indicato; il tema è Astra, l'hosting è Aruba.", "footer"),
    ("tail", "Accedi con Facebook o Google per commentare.", "comments"),
    ("tail", "Invia via email · Copia il link · Condividi su X · Stampa", "share"),
    ("body", "Mapa Google nie została załadowana. Zaakceptuj pliki cookies, aby ją zobaczyć.", "marker"),
    ("head", "Lektura na ok. 6 minut", "reading-time"),
    ("tail", "Filmy z całego rejsu wrzucam na mój kanał na YouTube – link znajdziesz w stopce.", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody autora zabronione.", "footer"),
    ("tail", "Komentarze niezgodne z regulaminem będą usuwane bez ostrzeżenia.", "comments"),
    ("body", "Informacja nadesłana przez Zarząd Dróg Powiatowych.", "notice"),
    ("body", "Реклама. ООО «Транспортные решения Кривоберёжья», ИНН 0000000000, erid: 0000000000", "marker"),
    ("head", "Читать 6 минут", "reading-time"),
    ("tail", "Текст: Мирослава Ведрищева-Баль; фото автора", "byline"),
    ("tail", "Сайт работает на WordPress, хостинг — Beget.", "footer"),
    ("tail", "Комментарии проходят премодерацию. Оскорбления удаляются.", "comments"),
    ("tail", "Фото предоставлено пресс-службой ГКУ «Дороги области».", "notice"),
]
HELD_OUT_117_KEEP: list[tuple[str, str]] = [
    ("head", "Reading the new timetable aloud, the clerk admitted the 14 would now run only until six."),
    ("head", "Advertising hoardings along the bypass will come down once the roadside planting has grown in."),
    ("body", "Comments from bus drivers suggest the new turning circle is too tight for a double-decker."),
    ("body", "Share of journeys made by bike fell from nine to six per cent after the lane was taken out."),
    ("tail", "Subscribers to the ferry's season ticket will be refunded for the weeks the boat is laid up."),
    ("tail", "Photo evidence sent in by residents showed cars parked across the footway every evening."),
    ("tail", "Follow-up counts will be made in spring, when the new charges have been in force for six months."),
    ("head", "Lecture publique du rapport d'enquête prévue le 12 mars à la salle des fêtes."),
    ("body", "Partagée entre cyclistes et piétons, la passerelle fera trois mètres de large."),
    ("tail", "Commentaires des usagers : la plupart regrettent surtout l'absence d'ascenseur côté quai B."),
    ("head", "Werbung für das neue Ticket hängt seit Montag an allen Haltestellen der Linie 7."),
    ("body", "Kommentiert hat der Bürgermeister die Entscheidung bislang nicht."),
    ("tail", "Teilen müssen sich Radfahrer die Fahrbahn künftig wieder mit Bussen und Lieferwagen."),
    ("head", "Pubblicità ingannevole, secondo il comitato dei pendolari, quella del nuovo orario invernale."),
    ("body", "Condivisa da molti isolani, la protesta è arrivata fino in consiglio regionale."),
    ("tail", "Seguici, dicevano i volantini del comitato: e in trecento hanno seguito il corteo fino al porto."),
    ("head", "Reklamy na wiatach przystankowych zniknęły razem z kursami linii 12."),
    ("tail", "Udostępnione przez miasto dane pokazują, że parking zapełnia się już przed dziewiątą rano."),
    ("head", "Реклама на щитах вдоль объезда появится не раньше лета, говорят в администрации."),
    ("tail", "Комментарии жителей Заречной улицы на публичных слушаниях были в основном одобрительными."),
]
HELD_OUT_117_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-sowerthorpe-busroute", [
        [
            "-Sowerthorpe Gazette | News · Sport · What's On · Jobs",
            "-Weather: 9°C, showers clearing by noon",
        ],
        [
            "+Number 14 bus to lose its evening and Sunday journeys from April",
        ],
        [
            "-Transport | Published 3 March 2026, 06:00 | Updated 09:12",
            "-By Ottilie Brennard-Voss, transport reporter",
            "-Listen to this article · 5:40",
            "-The 14 at the Abbey Road stop on a weekday evening. Photo: Gazette staff",
            "-Most read: Level crossing closed for a fortnight of repairs",
            "-Advertisement",
        ],
        [
            "+The number 14, which links the estates on the north side of Sowerthorpe with the hospital and the "
            "station, will stop running after seven in the evening and on Sundays from 6 April, the operator confirmed "
            "on Monday.",
        ],
        [
            "+The county council, which pays for the evening journeys, says it can no longer afford the subsidy of "
            "about £210,000 a year now that passenger numbers have not recovered.",
        ],
        [
            "-Related: Parents fight to keep the school bus to Hollins Green",
            "-Sign up for our morning briefing – the day's news in your inbox by 7am",
        ],
        [
            "+\"For people on the Fellgate estate the 14 is the only way to get to a late shift at the hospital,\" "
            "said Marguerite Osei-Haldane, who chairs the residents' association. \"Without it they will be paying for "
            "taxis or giving up the job.\"",
        ],
        [
            "-Read more: Station car park prices set to rise",
        ],
        [
            "+What changes on 6 April",
            "-Story continues below",
            "+Monday to Saturday: the last bus from the station leaves at 18:52 instead of 23:10.",
            "+Sundays and bank holidays: no service at all; the 21 will divert via Fellgate twice a day.",
            "-Pay as you go: see our guide to the £2 fare cap",
            "+Hospital staff: the trust will run a shuttle from the station car park for shift changes until the "
            "summer.",
        ],
        [
            "+Councillors will review the decision in September once the operator has published new passenger figures.",
        ],
        [
            "+Anyone who has bought a monthly ticket valid beyond 6 April can ask for a partial refund at the bus "
            "station.",
        ],
        [
            "-23 comments",
            "-Dale_from_Fellgate: My daughter works nights at the hospital. This is a disaster.",
            "-↳ Reply from Sowerthorpe Gazette: Hi Dale, the trust's shuttle details are in the article above.",
            "-↳↳ Dale_from_Fellgate: Thanks, but that only runs until summer.",
            "-Report this comment",
            "-Back to top",
            "-© 2026 Sowerthorpe Gazette",
        ],
    ]),
    _page("en", "en-blog-lockweedlog-narrowboat", [
        [
            "+Nine locks before breakfast: our first winter cruise on the Scrapcombe Arm",
        ],
        [
            "-The Lockweed Log",
            "-slow travel on a 57ft narrowboat",
            "-Home · The boat · Cruise logs · Maps · About us",
            "-Posted 12 January 2026 by Hattie (and Boris the dog)",
            "-Filed under: Cruise logs, Winter",
        ],
        [
            "-Contents",
            "-1. Setting off",
            "-2. The flight",
            "-3. What we'd change",
        ],
        [
            "+We had been warned that nobody cruises the Scrapcombe Arm in January, and for the first two days we saw "
            "exactly one other boat, a hire boat going the wrong way with its crew in full waterproofs.",
        ],
        [
            "-Frost on the roof at the winding hole, 7.40am.",
        ],
        [
            "+The flight of nine locks starts just past the old wharf, and because the pounds between them are short "
            "we worked them with one of us ahead setting the next lock while the other brought the boat up.",
        ],
        [
            "+\"Leave the bottom gates open behind you in winter, it saves the next crew a job,\" a volunteer "
            "lock-keeper told us at lock four. \"And never trust a frozen balance beam.\"",
        ],
        [
            "+What we'd do differently",
            "-This post contains affiliate links; if you buy through them we may earn a small commission.",
            "+Carry two windlasses: we dropped one in at lock six and spent twenty minutes with a magnet.",
            "+Fill the water tank every chance you get, because two of the taps on the arm are turned off until March.",
            "-We use and love this magnetic fishing kit (affiliate link)",
            "+Buy coal before you set out; the boatyard at the top had sold out by the Friday.",
        ],
        [
            "+By the time we tied up above the flight the light was going and the towpath was already white again.",
        ],
        [
            "+Boris slept for fourteen hours.",
        ],
        [
            "-← Previous: Blacking the hull in the rain | Next: Into the tunnel →",
            "-5 comments",
            "-Pete on nb Marigold: Lock six has eaten three of our windlasses over the years!",
            "-↳ Hattie: Ha! Glad it's not just us.",
            "-↳ ↳ Pete on nb Marigold: Get a wrist strap. Seriously.",
            "-Jen W.: Which pub was the one at the top?",
            "-Leave a comment",
            "-All words and photos © 2026 Hattie and Sam",
        ],
    ]),
    _page("fr", "fr-portail-saintorvenac-passerelle", [
        [
            "-Le Courrier d'Orvenac",
            "-Actualités · Saint-Orvenac · Transports · Sports · Annonces",
        ],
        [
            "+Gare de Saint-Orvenac : la nouvelle passerelle ouvrira fin mai",
        ],
        [
            "-Transports | Publié le 4 mars 2026 à 7 h 15",
            "-Par Anouk Vellerac-Mazé",
            "-Temps de lecture : 3 min",
            "-La passerelle en cours de montage, vue depuis le quai A. (Photo Le Courrier)",
            "-Écouter cet article",
            "-Abonnez-vous à partir de 1 € le premier mois",
        ],
        [
            "+Les usagers de la gare de Saint-Orvenac n'auront bientôt plus à traverser les voies par le passage "
            "souterrain, fermé depuis l'inondation de novembre.",
        ],
        [
            "-À lire aussi : Le parking de la gare bientôt payant ?",
            "-Voir aussi notre diaporama : le chantier en 12 photos",
        ],
        [
            "+La nouvelle passerelle, longue de 42 mètres, relie les deux quais et le parking nord ; elle sera "
            "équipée de deux ascenseurs et d'escaliers couverts.",
        ],
        [
            "+« Nous avions promis une solution avant l'été, nous tiendrons ce délai », a assuré Gilles Mourvandin, "
            "responsable des gares de la région, lors d'une visite du chantier mardi.",
        ],
        [
            "-Publicité",
            "-La suite après cette annonce",
        ],
        [
            "+Ce qui change pour les voyageurs",
            "+Jusqu'à l'ouverture, un passage provisoire reste balisé au bout du quai B.",
            "-Newsletter : recevez chaque matin l'essentiel de l'actualité locale",
            "+Les trains directs pour Lyon partiront désormais du quai A.",
            "+Les vélos pourront être montés par une goulotte le long des escaliers.",
        ],
        [
            "+La mairie demande par ailleurs à la région d'ajouter un abri pour les vélos côté nord.",
        ],
        [
            "+Les travaux se poursuivront de nuit jusqu'à la mi-mai, avec des coupures de circulation ponctuelles.",
        ],
        [
            "-Réagissez à cet article (4)",
            "-Michel_69 : Enfin ! Avec une poussette le souterrain était impossible.",
            "-↳ Répondre à Michel_69 — Claire D. : Et avec une valise aussi, croyez-moi.",
            "-↳ Répondre à Claire D. — Michel_69 : Ça, c'est sûr.",
            "-Les plus lus",
            "-Mentions légales · Données personnelles · Contact",
            "-Haut de page",
        ],
    ]),
    _page("fr", "fr-blog-carnetdequai-locomotive", [
        [
            "-Accueil · Galerie · Contact",
            "-Carnet de Quai — photos de trains et de gares",
        ],
        [
            "+Une BB 67400 sur la ligne des Causses : trois heures d'attente pour vingt secondes",
        ],
        [
            "-Publié le 18 février 2026 par Yannick",
            "-Catégories : Spotting, Diesel",
            "-La BB 67400 en tête du train de travaux, au viaduc. Photo de l'auteur.",
            "-Rappel : restez toujours derrière les clôtures et ne montez jamais sur le ballast.",
            "-Sommaire",
            "-Le repérage",
            "-L'attente",
            "-Le passage",
            "-Le bilan",
        ],
        [
            "+J'avais appris par un forum de passionnés qu'un train de travaux tiré par une BB 67400 devait remonter "
            "la ligne des Causses le samedi matin, sans horaire précis.",
        ],
        [
            "+Je suis arrivé au viaduc vers sept heures, avec un thermos et un pliant, en me disant que trois heures "
            "d'attente n'étaient pas cher payé pour une machine qui ne roule presque plus.",
        ],
        [
            "-Si vous aimez ce blog, offrez-moi un café sur Ko-fi",
        ],
        [
            "+« Elle vient quand elle vient », m'a dit un cheminot retraité venu lui aussi, « mais elle finit "
            "toujours par venir ».",
        ],
        [
            "+Mon matériel ce jour-là",
            "+Un boîtier hybride avec un 70-200 mm, réglé en rafale.",
            "-Les liens vers le matériel sont affiliés.",
            "-(voir ma page « Mon matériel »)",
            "+Un trépied léger, inutile au final car j'ai tout fait à main levée.",
            "+Une application d'horaires en temps réel, qui n'affichait évidemment pas le train de travaux.",
        ],
        [
            "+Elle est arrivée à 10 h 04, au ralenti, avec six wagons de ballast derrière elle.",
        ],
        [
            "+Vingt secondes, et trois cents photos dont une seule nette.",
        ],
        [
            "-Article précédent : La rotonde de Vaulsenne au petit matin",
            "-3 réponses",
            "-Thierry B. : Magnifique ! Elle devrait repasser en avril.",
            "-↳ Yannick : Merci Thierry, je noterai.",
            "-↳ ↳ Thierry B. : Je te tiens au courant sur le forum.",
            "-Propulsé par WordPress | Thème : Twenty Twenty-Three",
        ],
    ]),
    _page("de", "de-portal-kessenhude-radweg", [
        [
            "+Pop-up-Radweg an der Bahnhofstraße wird wieder entfernt",
        ],
        [
            "-Kessenhuder Anzeiger",
            "-Lokales · Kessenhude · Verkehr",
            "-Veröffentlicht am 02.03.2026, 16:45 Uhr",
            "-Von Jannike Sponholz-Drees",
            "-Die gelben Markierungen an der Bahnhofstraße sollen bis Ende April verschwinden. Foto: Anzeiger",
            "-Artikel anhören",
            "-Teilen: Facebook · WhatsApp · E-Mail",
            "-Mehr zum Thema Verkehr",
        ],
        [
            "+Der vor zwei Jahren als Versuch angelegte Radweg auf der Bahnhofstraße wird zurückgebaut: Der "
            "Verkehrsausschuss hat am Dienstag mit sieben zu sechs Stimmen gegen eine dauerhafte Lösung gestimmt.",
        ],
        [
            "-– Anzeige –",
        ],
        [
            "+Die zweite Fahrspur für Autos kehrt damit zurück, die Parkplätze auf der Westseite ebenfalls.",
        ],
        [
            "+„Wir werfen ein funktionierendes Angebot weg, nur weil ein paar Geschäftsleute um ihre Parkplätze "
            "fürchten“, sagte Ratsfrau Henrike Lütjens-Ossow von den Grünen.",
        ],
        [
            "-Lesen Sie auch: Busbahnhof bekommt neue Wartehalle",
        ],
        [
            "+Was sich ändert",
            "-Jetzt unseren WhatsApp-Kanal abonnieren",
            "+Ab 20. April wird die Bahnhofstraße wieder zweispurig.",
            "-Bildergalerie: So sah die Bahnhofstraße früher aus",
            "+Radfahrer sollen über die parallele Mühlenstraße geleitet werden.",
            "+Die Kosten für den Rückbau schätzt die Verwaltung auf rund 45.000 Euro.",
        ],
        [
            "+Der ADFC kündigte an, eine Petition für den Erhalt des Radwegs zu starten.",
        ],
        [
            "-Newsletter: Das Wichtigste aus Kessenhude jeden Morgen",
        ],
        [
            "+Eine Zählung hatte zuletzt etwa 900 Radfahrer pro Tag ergeben.",
        ],
        [
            "-Kommentare (14)",
            "-Kommentar schreiben",
            "-Radler_K: Schade. Ich bin jeden Tag dort gefahren.",
            "-↳ Antwort von Hafenmeister: Die Mühlenstraße ist doch ruhiger.",
            "-↳ ↳ Radler_K: Ruhiger schon, aber voller Schlaglöcher.",
            "-Impressum · Datenschutz · AGB",
            "-Nach oben",
        ],
    ]),
    _page("de", "de-blog-speicheundmuffe-rennrad", [
        [
            "-Speiche und Muffe",
            "-Klassische Rennräder, restauriert in einer Kellerwerkstatt",
        ],
        [
            "+Ein Stahlrenner von 1978: neue Schläuche, alte Seele",
        ],
        [
            "-12. Januar 2026 · von Konrad · 3 Kommentare",
            "-Lesezeit: 5 Minuten",
        ],
        [
            "-Der Rahmen vor dem Zerlegen, noch mit den originalen Aufklebern.",
            "-Sicherheitshinweis: Alte Bremsgummis sind oft verhärtet – vor der ersten Fahrt immer tauschen.",
        ],
        [
            "+Den Rahmen habe ich im Herbst auf einem Flohmarkt gefunden, für 40 Euro, mit platten Reifen und einer "
            "Kette, die sich nicht mehr bewegen ließ.",
        ],
        [
            "-Auf dieser Seite",
            "-Erste Bestandsaufnahme",
            "-Lager und Naben",
            "-Zusammenbau",
        ],
        [
            "+Nach dem Zerlegen war klar, dass der Rahmen selbst gut erhalten war: keine Dellen, kaum Rost an den "
            "Muffen, nur die Lackierung hatte gelitten.",
        ],
        [
            "+„Solche Rahmen wurden für die Ewigkeit gebaut“, sagte mir der Händler, „man muss sie nur ab und zu "
            "fetten.“",
        ],
        [
            "-Unterstütze diesen Blog auf Steady",
        ],
        [
            "+Was ich erneuert habe",
            "+Innenlager und Steuersatz, beide mit neuen Kugeln und frischem Fett.",
            "-Werbung: Ersatzteile für Klassiker bei einem Versandhändler meines Vertrauens*",
            "+Die Bremszüge und Hüllen, in Silber, damit sie zum Rahmen passen.",
            "-* Affiliate-Link",
            "+Die Reifen, jetzt 25 Millimeter breit statt der alten 23.",
        ],
        [
            "+Die erste Ausfahrt ging an der Weser entlang, 60 Kilometer ohne eine einzige Panne.",
        ],
        [
            "+Als Nächstes kommt die Lackierung dran, aber erst im Frühjahr.",
        ],
        [
            "-Diskussion",
            "-Wolfgang R.: Schönes Rad! Welche Übersetzung fährst du?",
            "-↳ Konrad an Wolfgang R.: Vorne 52/42, hinten ein Fünffachkranz.",
            "-↳ Wolfgang R. an Konrad: Klassisch!",
            "-Kommentar verfassen",
            "-Nächster Beitrag: Die Campagnolo-Schaltung zerlegen →",
            "-Theme: Hemingway · Betrieben mit WordPress",
        ],
    ]),
    _page("it", "it-portale-portovenaglio-traghetto", [
        [
            "-Portovenaglio Notizie – il quotidiano online dell'isola",
        ],
        [
            "+Traghetto per Isola Scarva, dal 1° novembre una sola corsa al giorno",
        ],
        [
            "-Cronaca | 28/10/2025 ore 08:30",
            "-di Benedetta Argiolas-Fenù",
            "-Il traghetto all'ormeggio nel porto vecchio. (Foto Redazione)",
            "-Ascolta l'articolo",
            "-Spazio pubblicitario",
            "-Leggi anche: Il porto vecchio avrà nuove luci",
            "-Iscriviti alla newsletter di Portovenaglio Notizie",
        ],
        [
            "+Da sabato 1° novembre il traghetto per Isola Scarva farà una sola corsa di andata e ritorno al giorno, "
            "con partenza alle 7.40 e rientro alle 16.10.",
        ],
        [
            "+La compagnia giustifica il taglio con il calo dei passeggeri nei mesi freddi e con i lavori di "
            "manutenzione al secondo battello.",
        ],
        [
            "-Vedi anche: Orari dei bus per l'aeroporto",
        ],
        [
            "+«Con una corsa sola i ragazzi che studiano a Portovenaglio dovranno dormire in città dal lunedì al "
            "venerdì», ha detto Rita Melosu, portavoce del comitato degli isolani.",
        ],
        [
            "-Pubblicità – continua a leggere sotto",
        ],
        [
            "+Il nuovo orario invernale",
            "-Seguici su WhatsApp",
            "+Partenza da Portovenaglio alle 7.40, arrivo a Isola Scarva alle 8.25.",
            "+Ritorno da Isola Scarva alle 15.20, arrivo alle 16.10.",
            "+Nei giorni di mare forza 5 o superiore la corsa può essere soppressa.",
        ],
        [
            "-Galleria fotografica: il porto in inverno",
        ],
        [
            "+Il Comune ha chiesto alla Regione un contributo per una seconda corsa il sabato.",
        ],
        [
            "-Ti potrebbe interessare: Nuovo molo per i pescherecci",
        ],
        [
            "+La risposta è attesa entro la fine del mese.",
        ],
        [
            "-3 commenti",
            "-Gavino_58: Vergogna, l'isola si svuota.",
            "-Rispondi",
            "-↳ Marisa in risposta a Gavino_58: Hai ragione, ormai d'inverno siamo in venti.",
            "-↳ Gavino_58 in risposta a Marisa: Speriamo nella Regione.",
            "-I più letti",
            "-P. IVA 00000000000 – Tutti i diritti riservati",
        ],
    ]),
    _page("it", "it-blog-scarponiconsumati-cammino", [
        [
            "+Quinta tappa: da Colle Aspro al rifugio, 27 chilometri sotto la pioggia",
        ],
        [
            "-Scarponi Consumati",
            "-diario di un camminatore lento",
            "-Home · Tappe · Attrezzatura · Chi sono",
        ],
        [
            "-Pubblicato il 9 settembre 2025 da Fabrizio",
            "-Il sentiero poco dopo la partenza, con la nebbia ancora bassa.",
            "-Attenzione: controllate sempre il meteo e avvisate qualcuno del vostro itinerario.",
            "-Indice",
            "-1. La salita",
            "-2. Il temporale",
            "-3. L'arrivo",
        ],
        [
            "+Sono partito da Colle Aspro alle sei e mezza, con il cielo grigio e la previsione che dava pioggia solo "
            "dal pomeriggio.",
        ],
        [
            "+La salita verso il passo è lunga ma regolare, e per le prime tre ore ho incontrato soltanto un pastore "
            "e il suo cane.",
        ],
        [
            "-Questo post contiene link di affiliazione",
        ],
        [
            "+«Qui la pioggia arriva sempre prima di quanto dicono», mi ha detto il pastore, indicando le nuvole "
            "sopra la cresta.",
        ],
        [
            "-Se ti piace questo blog, offrimi un caffè",
        ],
        [
            "+Cosa avevo nello zaino",
            "+Una giacca impermeabile vera, non quella leggera che uso d'estate.",
            "+Un telo di ricambio per coprire lo zaino.",
            "-Le mie scarpe sono queste (link affiliato)",
            "+Due borracce da un litro, riempite alla fontana del paese.",
        ],
        [
            "+Sono arrivato al rifugio alle quattro, bagnato fino alle ossa ma contento.",
        ],
        [
            "+Domani, se il tempo tiene, si scende verso il lago.",
        ],
        [
            "-4 commenti",
            "-Lorenza: Che tappa! Anche io l'ho fatta sotto l'acqua.",
            "-↳ Fabrizio: Allora sai di cosa parlo!",
            "-↳ ↳ Lorenza: Eccome. Buon cammino!",
            "-Lascia un commento",
            "-Articolo successivo: Sesta tappa →",
            "-© 2025 Fabrizio – testi e foto",
        ],
    ]),
    _page("pl", "pl-portal-grzebienicedolne-parking", [
        [
            "-Kurier Grzebienicki – najbliżej ciebie",
            "-Wiadomości · Region · Sport · Ogłoszenia",
        ],
        [
            "+Parking przy dworcu w Grzebienicach Dolnych będzie płatny od 1 kwietnia",
        ],
        [
            "-Komunikacja | 3 marca 2026, 10:12",
            "-Autor: Wiesława Kądziołek-Rymsza",
            "-Parking przy dworcu w poniedziałek rano. Fot. Kurier Grzebienicki",
            "-Posłuchaj artykułu",
            "-Udostępnij: Facebook · X · E-mail",
            "-Reklama",
        ],
        [
            "+Od 1 kwietnia za postój na parkingu przy dworcu PKP w Grzebienicach Dolnych trzeba będzie płacić, "
            "zdecydowali radni na wtorkowej sesji.",
        ],
        [
            "-Czytaj także: Nowy rozkład jazdy autobusów podmiejskich",
        ],
        [
            "+Pierwsza godzina będzie kosztować 3 zł, każda kolejna 2 zł, a bilet całodniowy 12 zł.",
        ],
        [
            "+– Dojeżdżam do pracy pociągiem codziennie, to dla mnie 240 zł miesięcznie więcej – mówi Grzegorz "
            "Wilkosz, którego spotkaliśmy na peronie w poniedziałek rano.",
        ],
        [
            "-Zobacz galerię (12 zdjęć)",
        ],
        [
            "+Co się zmieni",
            "+Parkomaty staną przy obu wjazdach na parking.",
            "-Dalsza część artykułu poniżej reklamy",
            "+Mieszkańcy gminy z Kartą Mieszkańca zapłacą połowę stawki.",
            "+Pierwsze 15 minut postoju pozostanie bezpłatne.",
        ],
        [
            "-Zapisz się na newsletter Kuriera",
        ],
        [
            "+Radni opozycji zapowiedzieli skargę do wojewody.",
        ],
        [
            "+Burmistrz odpowiada, że pieniądze z opłat pójdą na remont przejścia podziemnego.",
        ],
        [
            "-Komentarze (31)",
            "-gość_Zbyszek: Skandal, i tak nie ma gdzie stawać.",
            "-↳ Odpowiedź dla gość_Zbyszek – Ania K.: Trzeba było przyjść na sesję.",
            "-↳ Odpowiedź dla Ania K. – gość_Zbyszek: Byłem, nikt nas nie słuchał.",
            "-Najczęściej czytane",
            "-Regulamin · Polityka prywatności · Kontakt",
            "-Wróć na górę",
            "-© Kurier Grzebienicki",
        ],
    ]),
    _page("pl", "pl-blog-semaforizwrotnica-parowozy", [
        [
            "-Semafor i Zwrotnica – blog o kolei",
        ],
        [
            "+Parowóz Ol49 na szlaku: jak fotografowałem poranny pociąg retro",
        ],
        [
            "-Opublikowano 14 lutego 2026 przez Marka",
            "-Kategoria: Parowozy",
            "-Ol49 na moście nad rzeką, kilka sekund przed wjazdem na stację.",
            "-Pamiętaj: fotografuj tylko z miejsc dozwolonych, nigdy z torowiska.",
        ],
        [
            "-Spis treści",
            "-Przygotowania",
            "-Czekanie na pociąg",
            "-Podsumowanie",
        ],
        [
            "+O tym, że w sobotę rano po szlaku pojedzie pociąg retro prowadzony przez parowóz Ol49, dowiedziałem się "
            "z grupy miłośników kolei na dwa dni przed przejazdem.",
        ],
        [
            "+Na most dotarłem rowerem przed szóstą, żeby zająć dobre miejsce, i okazało się, że nie byłem pierwszy.",
        ],
        [
            "-Wesprzyj bloga na Patronite",
        ],
        [
            "+– Parowóz słychać na długo, zanim go widać – powiedział mi starszy pan ze statywem, który przyjeżdża tu "
            "od trzydziestu lat.",
        ],
        [
            "+Czym fotografowałem",
            "-Linki do sprzętu są afiliacyjne",
            "+Aparat z obiektywem 24–105 mm, bo nie wiedziałem, z której strony pojedzie.",
            "+Filtr polaryzacyjny, żeby przyciemnić niebo.",
            "+Zapasowa bateria, która bardzo się przydała przy mrozie.",
        ],
        [
            "-Zobacz też: Jak fotografować pociągi w nocy",
        ],
        [
            "+Pociąg przejechał o 7.12, z pióropuszem pary widocznym z daleka.",
        ],
        [
            "+Wracając, spotkałem go jeszcze raz na stacji, gdzie uzupełniał wodę.",
        ],
        [
            "-Komentarze: 6",
            "-Jurek_ST44: Piękne ujęcie! Ja stałem po drugiej stronie.",
            "-↳ Marek do Jurek_ST44: To może się widzieliśmy!",
            "-↳ Jurek_ST44 do Marka: Na pewno, miałem czerwoną kurtkę.",
            "-Basia: Kiedy następny przejazd?",
            "-↳ Marek do Basi: W maju, dam znać.",
            "-Poprzedni wpis: Stacja we mgle",
            "-Motyw: Astra | WordPress",
        ],
    ]),
    _page("ru", "ru-portal-krivoberezhsk-obkhod", [
        [
            "+Объезд Кривоберёжска открыли на полгода раньше срока",
        ],
        [
            "-Кривоберёжский вестник — городской портал",
            "-Новости · Общество · Транспорт · Происшествия",
            "-Транспорт, 27 ноября 2025, 11:40",
            "-Автор: Ярослава Пильникова-Гроте",
            "-Новый участок объездной дороги у развязки с Заречной улицей. Фото: администрация города",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
            "-Подписывайтесь на наш канал в Telegram",
            "-Реклама 16+",
        ],
        [
            "+В среду открыли движение по объездной дороге Кривоберёжска: 11 километров трассы позволят грузовикам "
            "больше не заезжать в центр города.",
        ],
        [
            "-Читайте также: В городе продлили маршрут автобуса № 4",
        ],
        [
            "+Строительство началось весной 2023 года и должно было завершиться летом 2026-го, но подрядчик успел "
            "раньше.",
        ],
        [
            "+«Теперь фуры не будут стоять в пробке у рынка, а жители центра смогут спокойно спать», — сказал на "
            "открытии глава города Виталий Сушков.",
        ],
        [
            "+Что изменится для водителей",
            "-Смотрите также фотогалерею",
            "+Грузовики массой больше 12 тонн больше не смогут проезжать по улице Ленина.",
            "+На объезде установлены две камеры контроля скорости.",
            "-Реклама на сайте",
            "+Ограничение скорости на трассе — 90 км/ч.",
        ],
        [
            "-Новости партнёров",
        ],
        [
            "+Освещение трассы обещают закончить к весне.",
        ],
        [
            "-Подписаться на рассылку",
        ],
        [
            "+До тех пор ночью там рекомендуют ездить осторожно.",
        ],
        [
            "-Комментарии (9)",
            "-Николай: Наконец-то!",
            "-↳ Ответ Николаю от Светлана_К: Посмотрим, как будет зимой.",
            "-↳ ↳ Николай: Зимой посыпят, обещали.",
            "-Самое читаемое",
            "-© Кривоберёжский вестник, 2025. 16+",
            "-Наверх",
        ],
    ]),
    _page("ru", "ru-blog-spitsaiobod-turist", [
        [
            "-Спица и обод",
            "-блог о старых советских велосипедах",
        ],
        [
            "+Восстанавливаю «Турист» 1979 года: от ржавой рамы до первой поездки",
        ],
        [
            "-Опубликовано 3 февраля 2026 · Автор: Гена",
            "-Рама «Туриста» до начала работ, прямо из сарая.",
            "-Осторожно: старые покрышки могут лопнуть при накачке, не превышайте давление.",
        ],
        [
            "+Этот «Турист» мне отдал сосед по даче: велосипед двадцать лет простоял в сарае, и я был уверен, что "
            "рама сгнила насквозь.",
        ],
        [
            "-Содержание",
            "-Разборка",
            "-Покраска",
            "-Сборка",
        ],
        [
            "+Под слоем грязи рама оказалась крепкой, ржавчина была только на крыльях и на руле.",
        ],
        [
            "+«Такие рамы делали на совесть, её только покрасить», — сказал мастер из веломастерской, куда я отвёз "
            "втулки.",
        ],
        [
            "-Поддержать блог можно через Бусти",
        ],
        [
            "+Что пришлось заменить",
            "+Покрышки и камеры — оригинальных уже не найти, поставил современные.",
            "-Ссылки на запчасти — партнёрские",
            "+Тормозные колодки и тросики.",
            "+Цепь, которая растянулась так, что прыгала по звёздам.",
        ],
        [
            "+Первая поездка была до станции и обратно, восемнадцать километров без единой поломки.",
        ],
        [
            "-Подписывайтесь на мой канал в Дзене",
        ],
        [
            "+Весной займусь родной фарой и динамо.",
        ],
        [
            "-7 комментариев",
            "-Вадим_Урал: Классика! У меня такой же был в детстве.",
            "-↳ Гена → Вадим_Урал: Спасибо, он ещё покатается.",
            "-↳ Вадим_Урал → Гена: Фотку после покраски покажешь?",
            "-↳ ↳ Гена: Обязательно!",
            "-Предыдущая запись: Складной «Кама» за 500 рублей",
            "-Оставить комментарий",
            "-Блог на WordPress",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "AD · 0:15 · Your video will play after this advert":
        "an English pre-roll advert countdown ('AD · 0:15 · Your video will play after this advert') is left in the "
        "body",
    "Long post ahead – roughly 2,400 words, so maybe bookmark it for the next lock queue.":
        "an English canal blog's long-post warning ('Long post ahead – roughly 2,400 words, so maybe bookmark it for "
        "the next lock queue.') is left at the head",
    "Made with Astro and hosted on Cloudflare Pages.":
        "an English blog's Astro-and-Cloudflare-Pages credit ('Made with Astro and hosted on Cloudflare Pages.') is "
        "left at the foot",
    "Replies are collapsed – tap a thread to expand it.":
        "an English collapsed-replies line ('Replies are collapsed – tap a thread to expand it.') is left at the foot",
    "Le foto sono mie salvo dove indicato; il tema è Astra, l'hosting è Aruba.":
        "an Italian blog's photos-theme-and-host footer ('Le foto sono mie salvo dove indicato; il tema è Astra, "
        "l'hosting è Aruba.') is left at the foot",
    "Komentarze niezgodne z regulaminem będą usuwane bez ostrzeżenia.":
        "a Polish comments-against-the-rules-removed line ('Komentarze niezgodne z regulaminem będą usuwane bez "
        "ostrzeżenia.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-sowerthorpe-busroute":
        "the local paper's bus-cut story keeps its fare-cap guide link ('Pay as you go: see our guide to the £2 fare "
        "cap') between the second and third list rows (1 of 20 noise lines)",
    "en-blog-lockweedlog-narrowboat":
        "the canal blog's winter-cruise post keeps its tagline ('slow travel on a 57ft narrowboat') under the title "
        "(1 of 20 noise lines); since round 95 its photo caption between the first and second paragraphs goes",
    "fr-portail-saintorvenac-passerelle":
        "the local paper's footbridge story keeps its comment count and first comment ('Réagissez à cet article (4)', "
        "'Michel_69 : Enfin ! Avec une poussette le souterrain était impossible.') at the foot (2 of 20 noise lines)",
    "fr-blog-carnetdequai-locomotive":
        "the train-spotting blog's locomotive post keeps its menu and blog name ('Accueil · Galerie · Contact', "
        "'Carnet de Quai — photos de trains et de gares') above the title, its photo caption and safety line ('La BB "
        "67400 en tête du train de travaux, au viaduc. Photo de l'auteur.', 'Rappel : restez toujours derrière les "
        "clôtures et ne montez jamais sur le ballast.') under the title and its gear-page pointer ('(voir ma page « "
        "Mon matériel »)') between the first and second list rows (5 of 20 noise lines)",
    "de-blog-speicheundmuffe-rennrad":
        "the bicycle blog's steel-racer post keeps its photo caption and safety line ('Der Rahmen vor dem "
        "Zerlegen, noch mit den originalen Aufklebern.', 'Sicherheitshinweis: Alte Bremsgummis sind oft verhärtet "
        "– vor der ersten Fahrt immer tauschen.') under the title (2 of 20 noise lines)",
    "it-blog-scarponiconsumati-cammino":
        "the walking blog's fifth-stage post keeps its blog name, tagline and menu ('Scarponi Consumati', 'diario di "
        "un camminatore lento', 'Home · Tappe · Attrezzatura · Chi sono') and its photo caption and safety line ('Il "
        "sentiero poco dopo la partenza, con la nebbia ancora bassa.', 'Attenzione: controllate sempre il meteo e "
        "avvisate qualcuno del vostro itinerario.') under the title (5 of 20 noise lines)",
    "pl-blog-semaforizwrotnica-parowozy":
        "the railway blog's steam-engine post keeps its blog name ('Semafor i Zwrotnica – blog o kolei') above the "
        "title and its photo caption and safety line ('Ol49 na moście nad rzeką, kilka sekund przed wjazdem na "
        "stację.', 'Pamiętaj: fotografuj tylko z miejsc dozwolonych, nigdy z torowiska.') under the title (3 of 20 "
        "noise lines)",
    "ru-portal-krivoberezhsk-obkhod":
        "the local paper's bypass story keeps its masthead line ('Кривоберёжский вестник — городской портал') under "
        "the title (1 of 20 noise lines)",
    "ru-blog-spitsaiobod-turist":
        "the bicycle blog's restoration post keeps its blog name and tagline ('Спица и обод', 'блог о старых "
        "советских велосипедах') above the title, its photo caption and safety line ('Рама «Туриста» до начала работ, "
        "прямо из сарая.', 'Осторожно: старые покрышки могут лопнуть при накачке, не превышайте давление.') under the "
        "title, its table of contents ('Содержание', 'Разборка', 'Покраска', 'Сборка') between the first and second "
        "paragraphs and its support prompt ('Поддержать блог можно через Бусти') between the paragraph with the quote "
        "and the subheading (9 of 20 noise lines)",
}


test_held_out_117_line, test_held_out_117_line_is_kept, test_held_out_117_page = held_out_tests(
    HELD_OUT_117_LINES, HELD_OUT_117_KEEP, HELD_OUT_117_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
