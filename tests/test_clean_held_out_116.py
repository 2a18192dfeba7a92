"""Held-out set 116: written blind, weighted toward the noise the cleaner exists for, in shapes set 114's docstring does
not name (nor the first paragraphs of sets 111, 112 and 113): scraper, embed and ad markers (an English Bluesky embed
failure "Embedded Bluesky post could not be loaded. View it on bsky.app instead.", an English Instagram consent
placeholder "Instagram post by @haddlescombe_history – this content is unavailable until you accept social media
cookies.", an English sponsored-video countdown "Sponsored video will end in 0:12 – the article resumes below.", a
French Instagram placeholder "Contenu Instagram indisponible – vous avez refusé les traceurs de ce réseau.", a German
embedded-Instagram placeholder "Eingebetteter Instagram-Beitrag: Um ihn zu sehen, müssen Sie der Datenübertragung an
Meta zustimmen.", an Italian sponsored-content break "Contenuto sponsorizzato – l'articolo prosegue dopo la pubblicità",
a Polish video-player loading line "Odtwarzacz wideo ładuje się… Jeśli nic się nie dzieje, wyłącz blokowanie reklam."
and a Russian poll-widget failure "Опрос не загрузился. Обновите страницу, чтобы проголосовать."); reading-time headers
in new wordings (the English "Reading time ~ 6 mins" and a blog's "It'll take you about a quarter of an hour to get
through this, photos and all.", the French "5 min à lire", the German "≈ 5 Min. zum Lesen", the Italian "Tempo stimato
di lettura: cinque minuti", the Polish "Czytanie zajmie ci około 5 minut" and the Russian "Время на чтение ~5 мин");
bylines and self-promotion (an English reporting-by byline with additional reporting by the business desk, an English
walling-courses plug, an English Liberapay plug, a French by-our-correspondent byline, a German a-report-by byline with
the local desk, an Italian report-by byline with the correspondent's beat, a Polish prepared-by byline at the foot and a
Russian VK-Video-channel plug); blog and site footers (an English publisher-and-company-number line, a Hugo-and-PaperMod
credit, a CC-BY-NC-text-and-all-rights-reserved-photos line, a French WordPress-and-OVHcloud credit, a German
all-content-copyrighted line, an Italian online-masthead-and-VAT-number line, a Polish cookies-and-privacy-policy line
and a Russian link-required-and-16+ line); reader-comment furniture (an English showing-12-of-47-load-more row, an
English comment-length-and-human-moderation line, an English pinned-by label, a French show-the-8-replies link, a German
comments-checked-before-release line, an Italian show-more-comments link, a Polish log-in-to-comment-or-rate line and a
Russian show-5-more-replies link); share rows (an English Bluesky, Tumblr, Nextdoor and print row, a French Facebook,
Bluesky, LinkedIn and copy-link row and an Italian Telegram, Bluesky, Facebook and print row); and notices (a German
correction note, a Polish also-in-the-print-edition note and a Russian prepared-with-the-town-press-office note); and
toward whole scraped news and hobby-blog pages in layouts set 114's docstring does not describe (one noise line above
the title on two pages, two on eight and three on two; one block of six to ten noise lines under the title on every page
(six on four, seven on two, eight on two, nine on three and ten on one), with a photo caption on all twelve and a safety
line on the six blog pages; a table of contents on nine pages: inside the under-title block on six, in its own block
between the first and second paragraphs on one, between the second paragraph and the paragraph with the quote on one and
between the paragraph with the quote and the subheading on one; noise between the first and second paragraphs on six
pages, between the second paragraph and the paragraph with the quote on five and between the paragraph with the quote
and the subheading on four (an ad label and a newsletter prompt on one and the table of contents on one); nothing
between the subheading and the first list row on any page; noise between two list rows on every page, between the first
and second rows on nine and between the second and third on seven, with both gaps on four and two lines in one gap on
one; noise between the last list row and the last paragraphs on one, between the two last paragraphs on three and
nothing after the list on eight; at the foot six to eight lines in one block on every page, with a comment heading or
count, a comment, a reply and the commenter's answer on every page, replies marked with arrows on three (nested two deep
on one, the answer arrowed on one and a further reply after the answer on one), a second comment on two (with its reply
on one), the reply and answer addressed by name ("en réponse à", "an", "risponde a", "do", "→") on five, and most-read,
back-to-top, copyright, legal-links, Impressum, previous or next-post, share, subscribe, support or theme lines after
the thread on every page), taken from housing and planning and from blogs about drystone walling, stained glass, vintage
motorbikes and tiny houses.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 114 but what is named here), held-out set 115 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 114 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 111, 112 and 113, printed with one ast script (/tmp/s116scratch/read114.py, output
/tmp/s116scratch/out114.txt, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 114's, taken from their nodes, and the line binding the three tests is set 114's with 114 ->
116, both by /tmp/s116scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s116scratch/tables116.py, made by /tmp/s116scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s116, detached at commit
501a79e74b6b425a5610acb06e6c8cb04ecd2f68, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read114.py ran once; its output (373 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 373);
it holds only the allowed text, which names set 114's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to /dev/null;
``ls`` on /tmp/wt-set116 printed only top-level names. ``git status --short`` in /work/main printed nothing and ``git
rev-parse HEAD`` printed 501a79e74b6b425a5610acb06e6c8cb04ecd2f68. (3) The helpers were printed by importing
tests/test_clean.py and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path
(SPINSCOPE_DATA=/work/shared/data; /tmp/s116scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES``
printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. tests/held_out_sets.py and
scripts/clean_held_out_report.py were printed with ``cat`` in one call. (4) gen.py parses set 114's file with ``ast``
and writes only its import nodes and its last statement (the binding line, 114 -> 116); the lists and pages come from my
scratch files (/tmp/s116scratch/body116.py and pages116.py) and the docstring from /tmp/s116scratch/doc116.txt (a
one-line placeholder at the measurement); it prints nothing. The pages are built as ``{case.name: (lang, case) for lang,
case in [_page(...), ...]}``, as in set 114's notes. Set 114's categories per language were read off its Contents
paragraph (marker, reading-time, byline, footer and comments in every language; share in English, French and Italian;
notice in German, Polish and Russian; English three of each but share). (5) Before the measurement
/tmp/s116scratch/check.py executed this file with stand-in held_out_sets and noisy_corpus modules
(/tmp/s116scratch/stand) and counted lines by category and place, keep lines by place, pages by language, 10 article and
20 noise lines a page, repeats, page noise lines inside article lines or inside other noise lines of the page, overlaps
between page lines and held-out noise and keep lines (either inside the other) and between held-out noise and keep lines
and among held-out noise lines (case-insensitively), line length and at-signs (the Instagram handle's excepted). Before
it ran I saw that a keep line drafted for Russian was in Polish and rewrote it in Russian. Its first run found 17
problems and two place counts off: noise lines were body 11 and tail 23 (the Russian press-office note moved to the
tail) and keep lines head 6 and tail 9 (the Polish residents'-comments sentence moved to the head);
en-blog-copestoneledger-drystone and pl-portal-lekowicesmolne-kapielisko had 19 noise lines (a nested reply "↳ Wyn: Then
he taught you well!" and a footer "© Gazeta Łękowicka" were added); table-of-contents entries "The lintel", "Der Motor",
"Ściany" and "Podłoga" were inside article lines (they became "Setting the lintel", "Zylinder und Kolben", "Ocieplenie
ścian" and "Izolacja podłogi"); the category lines "Urbanisme", "Wohnen" and "Cronaca" were inside other noise lines of
their pages (they became "Cadre de vie" in the breadcrumb, "Stadtentwicklung" and "Attualità"); the blog name "Le Plomb
Bavard" was inside the author's reply (the reply became Maud's); the page bylines "Von Renske Wölfersheim-Pahl" and "di
Ilaria Ferrobosco" were inside held-out bylines (they became "Von Tjark Oltmanns-Rehder" and "di Ornella Vescovadi");
"Inhalt", "Anzeige", "Pubblicità" and the Russian "Реклама" (twice) were inside held-out noise or keep lines (they
became "Auf einen Blick", "Werbung", "Spazio pubblicitario", "Реклама · 18+" and "Рекламный блок"). The second run found
"Werbung" inside an article line ("Bewerbungen", it became "Werbeanzeige"); the third run found nothing. Per-language
counts were kept by construction and not counted by check.py. (6) The two measuring commands ran as the brief gave them,
in one shell call after ``date``, with their output sent to scratch files (/tmp/s116scratch/measure.out and report.out)
and then printed; the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s116scratch/problems.py, which imports the copy of this file in /tmp/wt-s116/tests; it ran ``_problems`` over all
45 noise lines and 20 keep lines, printing only the failing ones (18 and 0, as in the measurement), and over the 8
failing pages only. (7) Invented names were checked with the exact-string search over public GitHub files: Haddlescombe,
Haddlescombe Courier, Copestone Ledger, Vaulmérac, Plomb Bavard, Trévenouzic, Ohlenbrügge, Ölfleck und Chrom,
Wölfersheim-Pahl, Oltmanns-Rehder, Castelvarnino, Muretti Sghembi, Ferrobosco, Ornella Vescovadi, Łękowice Smolne,
Gazeta Łękowicka, Domek Dwanaście Metrów, Wrzosowska-Piątek, Ельничегорск, Шкуратова-Лель, Коляска и карбюратор and
Audsley-Crane had no hits. Dropped: Throughstone (hits in code; the blog became The Copestone Ledger), Sassi Storti (a
hit; the blog became Muretti Sghembi) and Trécourt (a real surname and part of place names; the byline became
Trévenouzic). Not checked: Market Row, Mill Lane, the moulin des Aulnes, the rue du Bief, the route de Mézières, the via
delle Fornaci, the via Garibaldi, Smolna Wola, the Ельничное озеро, the first names of the bylines (Ferelith, Maïwenn,
Renske, Tjark, Ilaria, Ornella, Eugenia, Евфросиния), the quoted and minor people (Delphine Okoro-Vance, Idris Pellow,
Armand Lécuyer-Daumas, Jean-Yves Kermabon, Almut Dreesbeck, Heiko Brandtmöller, Settimio Bracaloni, Amerigo Pellaschi,
Bogumił Szczęsnowicz, Zdzisław Olechnowicz, Аркадий Зимогоров, Тимофей Пашутин), the commenters and blog authors (Tamsin
W., Rob, Wyn, Elspeth, Gérald_46, Lucette R., Anne-Sophie, Maud, Klaus-Dieter, Bärbel S., Jörn, Ulrike, Rosalba_62,
Gualtiero, Nando, Beppe, Gość_Mirek, Halinka, Kasia, Marta, Tadek, Ольга, Семён, Гриша, Стас), the Instagram handle and
the names built on checked towns (Courier Community Media, Castelvarnino Oggi, Ельничегорск Сегодня). Numbers are
zero-filled (the company number and the VAT number); there are no e-mail addresses. (8) Real things named, as real pages
do: Bluesky, Instagram, Meta, Liberapay, Hugo, PaperMod, Creative Commons, Tumblr, Nextdoor, WordPress, OVHcloud,
Roubaix, Facebook, LinkedIn, Telegram, VK Video, Pinterest, X, Google News, Patronite, VKontakte, Odnoklassniki, the
Twenty Twenty-Four theme, the Dales, Yorkshire, the Jura, Podlasie, Tiffany, the MZ ES 250, the Ural, the K-301
carburettor and the Isolator spark plug. (9) My first clock reading was 2026-12-05 06:38:43 UTC; the measurement ran at
06:43:02 UTC.

Judgement calls: the keep lines opening with or holding "Share ownership", "Comments made", "Sponsored by", "Read more
slowly", "Subscriptions to", "Print shops", "Follow the signs", "Partager les frais", "Commentant le projet", "Publié en
1887", "Anzeige erstatten", "Kommentare von Anwohnern", "Teilen sich", "Condividere la piazza", "Leggi comunali",
"Pubblicato il bando", "Reklamy na ogrodzeniu", "Komentarze mieszkańców", "Реклама кемпинга" and "Поделиться мнением"
are article sentences. Categories as in set 114; the Russian VK-Video-channel plug is a byline (self-promotion) and the
Polish prepared-by line sits at the foot. On every page the title, the three paragraphs before the subheading (one with
the quote), the subheading, its three list rows and the two last paragraphs are article; everything else (site and blog
names, taglines, menus, breadcrumbs, weather and date lines, log-in rows, bylines, dates, reading times, listen links,
categories, subscriber labels, photo captions and credits, safety lines, advertising and affiliate disclosures, tables
of contents, read-also, see-also, related, more-on-the-subject and you-might-like links, ad labels, gallery links,
newsletter, Google News, Telegram, Pinterest and subscribe prompts, coffee and support prompts, comment headings and
counts, comments and replies, reply links, previous and next-post links, most-read links, share rows, back-to-top links,
theme credits and footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 114's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-haddlescombe-highstreet (a high street's empty shops), en-blog-copestoneledger-drystone (a sheep creep rebuilt
in a field wall), fr-portail-vaulmerac-moulin (a listed mill's conversion into flats), fr-blog-leplombbavard-vitrail (a
1920s front-door stained-glass panel restored), de-portal-ohlenbruegge-sozialwohnungen (new council homes on an old
depot site), de-blog-oelfleckundchrom-motorrad (an old two-stroke motorbike running again),
it-portale-castelvarnino-piazza (a town square repaved in stone), it-blog-murettisghembi-secco (a collapsed drystone
wall in an olive grove rebuilt), pl-portal-lekowicesmolne-kapielisko (a lido's redevelopment plan),
pl-blog-domekdwanasciemetrow-tinyhouse (a tiny house insulated for winter), ru-portal-elnichegorsk-kemping (a lakeside
caravan park's expansion) and ru-blog-kolyaskaikarbyurator-ural (a vintage sidecar motorbike's carburettors overhauled),
each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 501a79e74b6b425a5610acb06e6c8cb04ecd2f68, measured with ``cd /tmp/wt-s116 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s116/src python -m pytest -q tests/test_clean_held_out_116.py -rA -p
no:cacheprovider`` (26 failed, 51 passed) and ``cd /tmp/wt-s116 && PYTHONPATH=/tmp/wt-s116/src python
scripts/clean_held_out_report.py --sets 116``, with the xfail tables empty): noise lines removed 27/45 (marker 2/8,
reading-time 6/7, byline 3/8, footer 6/8, comments 6/8, share 3/3, notice 1/3; the 18 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20 (``_KEEP_XFAIL`` is empty); pages 4/12 clean
(en-portal-haddlescombe-highstreet, fr-portail-vaulmerac-moulin, pl-portal-lekowicesmolne-kapielisko and
ru-portal-elnichegorsk-kemping), 41 of 240 page noise lines left and 0 of 120 article lines lost, as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails.

Still held out after round 87 (developed on sets 113 and 114: one-line comments under a comment heading or count read as
a thread when the same commenter comes back or the row says it replies; a dateless participle clause before a lower-case
main clause kept as the article's; a sentence about advertising at a place in town kept; blogs' no-AI notes; a
correspondent's role after a comma in a photo credit; this set was written against 501a79e, before it; measured once
with ``scripts/clean_held_out_report.py --sets 116`` at 87b4173): noise lines removed 27/45 (unchanged), keep lines
20/20, pages clean 4/12 -> 5/12 (the repaved-square story loses its comment thread and is clean; its xfail entry
removed), page noise lines left 41 -> 29 of 240 (the tiny-house and motorbike blogs lose their comment threads, the
motorbike blog its next-post link too), article lines lost 0 of 120. Two page reasons reworded.

Round 88 (development; this set was read in full from this round on): Fixed for the families, with six-language tests
and near misses in tests/test_clean.py (test_round_88_*): in a blog's head block under its title (the block whose lines
the rules took two or more of, and half, over the first paragraph), a picture's caption with no credit under it, a noun
phrase closed by its full stop joining no two clauses, between lines the rules took (round 85's standfirst with no verb
ends the byline's block and stays) ("The wheels on day twelve, rinds just turning orange.", "Банки на подоконнике, ещё
тёплые."), a safety line under its label ("Safety first: ...", "Attention : ...", "Hinweis: ...", "Attenzione: ...",
"Uwaga: ...", "Внимание: ...") and the blog's tagline in small letters as the block's first line, or above the title
under the blog's name a rule took (page_blocks._mark_head_block_rows, the third kind of caption after round 85's and
round 86's, with _SAFETY_LABEL, _is_tagline and _CLAUSE_JOINER; a standfirst with its verb or a conjunction stays);
unnumbered tables of contents under "On this page" in six languages, under "Indice", "Содержание" or "Contents" above
the article's first paragraph, past a disclosure the rules took in the table's block, or in a block of its own right
under a paragraph (clean._IN_THIS_POST, _mark_tables_of_contents, _unnumbered_toc_end); an embed's placeholder naming
Acast, Mapbox, Komoot, OpenStreetMap or uMap, or saying it is not shown or waits for the reader's consent in its own
words ("once you accept marketing cookies", "ne s'affiche pas :", "wird erst angezeigt, wenn", "der Datenübertragung
zustimmen", "abilita JavaScript", "не отображается."; whole_line_noise._EMBED_PLATFORM and _EMBED_SCREEN_STATE widened,
the state closing its clause: "ne s'affiche pas dans les recherches" stays; round 83's consent placeholders keep their
own words, not merged for lack of time); a correction under its label whose earlier version names no article
("Korrektur: In einer früheren Fassung stand ...", "Sprostowanie: w pierwotnej wersji tekstu ..."; with no label it
stays); a report's byline with the agency's or the town's material or with the writer's desk or beat after a comma ("Ein
Beitrag von ... mit Material von dpa", "Ein Bericht von ..., Lokalredaktion ...", "Servizio di ..., corrispondente dalla
Valle", "Opracowała: ..., na podstawie informacji urzędu gminy"; round 72's compiled-by bylines widened); the blog's
support button ("Unterstütze den Blog mit einem Kaffee", "Поддержать блог") and the pin button to the reader's own
Pinterest board; the call to follow the site's messenger channel with the site named first and the channel last ("Segui
Sciabicola Notizie sul canale WhatsApp", round 68's channel prompts widened). One function was added
(page_blocks._mark_head_block_rows), no class. Across sets 10-114 no article or keep line moved (the report's one lost
pair, fr-portail-montbrezac-chapelle's, is main's too); sets 87, 102, 109 and 110 lose six more noise lines (correction
notes, a Telegram placeholder), sets 92, 98, 100, 102, 110, 113 and 114 gain seven clean pages (their xfail entries
removed; the reasons of their pages still failing were not reworded), page noise lines left over sets 10-116 1143 ->
1062; SemEval: 0 of 3723 files changed. Figures before -> after: noise lines removed 27 -> 34/45 (marker 2 -> 5/8: the
English, French and German Instagram placeholders; byline 3 -> 6/8: the German and Italian report bylines and the Polish
prepared-by byline; notice 1 -> 2/3: the German correction; reading-time 6/7, footer 6/8, comments 6/8, share 3/3
unchanged; seven xfail entries removed), keep lines 20/20, pages clean 5 -> 11/12 (the six blogs: their head blocks,
tables of contents, Pinterest, coffee and support prompts go; their xfail entries removed), page noise lines left 29 ->
1 of 240, article lines lost 0 of 120; pytest on this file 52 passed, 25 xfailed -> 65 passed, 12 xfailed. Left: the
sponsored-video countdown, the Polish video-player line and the Russian poll failure, the quarter-of-an-hour reading
line, the walling-courses and VK-Video plugs, the Hugo-and-PaperMod credit and the Polish cookies footer, the
comment-length and Polish log-in lines, the press-office note, and the council-homes story's more-on-the-subject link.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_116_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "Embedded Bluesky post could not be loaded. View it on bsky.app instead.", "marker"),
    ("body", "Instagram post by @haddlescombe_history – this content is unavailable until you accept social media "
             "cookies.", "marker"),
    ("body", "Sponsored video will end in 0:12 – the article resumes below.", "marker"),
    ("head", "Reading time ~ 6 mins", "reading-time"),
    ("head", "It'll take you about a quarter of an hour to get through this, photos and all.", "reading-time"),
    ("head", "Reporting by Ferelith Audsley-Crane; additional reporting by our business desk", "byline"),
    ("tail", "My walling courses for next spring are now bookable on the Courses page – only six places per "
             "weekend.", "byline"),
    ("tail", "This blog is funded by readers through Liberapay – even a pound a month keeps it ad-free.", "byline"),
    ("tail", "Haddlescombe Courier is published by Courier Community Media Ltd, registered in England No. 00000000.",
     "footer"),
    ("tail", "Built with Hugo and the PaperMod theme; hosted by a small co-op in Yorkshire.", "footer"),
    ("tail", "Text licensed CC BY-NC 4.0 – photographs are all rights reserved.", "footer"),
    ("tail", "Showing 12 of 47 comments · Load more", "comments"),
    ("tail", "Comments are limited to 1,500 characters and are checked by a human before they appear.", "comments"),
    ("tail", "Pinned by Haddlescombe Courier", "comments"),
    ("tail", "Send to Bluesky · Share on Tumblr · Post to Nextdoor · Print", "share"),
    # French
    ("body", "Contenu Instagram indisponible – vous avez refusé les traceurs de ce réseau.", "marker"),
    ("head", "5 min à lire", "reading-time"),
    ("head", "Par notre correspondante à Vaulmérac, Maïwenn Trévenouzic", "byline"),
    ("tail", "Site propulsé par WordPress · Hébergement : OVHcloud, Roubaix", "footer"),
    ("tail", "Afficher les 8 réponses", "comments"),
    ("tail", "Partager : Facebook · Bluesky · LinkedIn · Copier le lien", "share"),
    # German
    ("body", "Eingebetteter Instagram-Beitrag: Um ihn zu sehen, müssen Sie der Datenübertragung an Meta zustimmen.",
     "marker"),
    ("head", "≈ 5 Min. zum Lesen", "reading-time"),
    ("head", "Ein Bericht von Renske Wölfersheim-Pahl, Lokalredaktion Ohlenbrügge", "byline"),
    ("tail", "Alle Inhalte urheberrechtlich geschützt. Vervielfältigung nur mit Genehmigung des Verlags.", "footer"),
    ("tail", "Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet – das kann am Wochenende "
             "dauern.", "comments"),
    ("body", "Korrektur: In einer früheren Fassung stand, es seien 84 Wohnungen. Richtig ist 48.", "notice"),
    # Italian
    ("body", "Contenuto sponsorizzato – l'articolo prosegue dopo la pubblicità", "marker"),
    ("head", "Tempo stimato di lettura: cinque minuti", "reading-time"),
    ("head", "Servizio di Ilaria Ferrobosco, corrispondente dalla Valle", "byline"),
    ("tail", "Testata giornalistica online – P.IVA 00000000000 – Tutti i diritti riservati", "footer"),
    ("tail", "Mostra altri commenti (6)", "comments"),
    ("tail", "Condividi su Telegram · Bluesky · Facebook · Stampa", "share"),
    # Polish
    ("body", "Odtwarzacz wideo ładuje się… Jeśli nic się nie dzieje, wyłącz blokowanie reklam.", "marker"),
    ("head", "Czytanie zajmie ci około 5 minut", "reading-time"),
    ("tail", "Opracowała: Eugenia Wrzosowska-Piątek, na podstawie informacji urzędu gminy", "byline"),
    ("tail", "Strona korzysta z plików cookies zgodnie z Polityką prywatności.", "footer"),
    ("tail", "Zaloguj się, aby dodać komentarz lub ocenić wypowiedź.", "comments"),
    ("tail", "Tekst ukazał się także w papierowym wydaniu tygodnika z 12 czerwca.", "notice"),
    # Russian
    ("body", "Опрос не загрузился. Обновите страницу, чтобы проголосовать.", "marker"),
    ("head", "Время на чтение ~5 мин", "reading-time"),
    ("body", "Все мои видео с поездок — на канале в VK Видео, ссылка в профиле.", "byline"),
    ("tail", "При использовании материалов ссылка на сайт обязательна. 16+", "footer"),
    ("tail", "Показать ещё 5 ответов", "comments"),
    ("tail", "Материал подготовлен при участии пресс-службы администрации города.", "notice"),
]

HELD_OUT_116_KEEP: list[tuple[str, str]] = [
    ("head", "Share ownership of the old bakery passed to a community trust in March."),
    ("head", "Comments made at the planning committee were later withdrawn by the developer."),
    ("body", "Sponsored by the chamber of trade, the pop-up market will run every Saturday in July."),
    ("body", "Read more slowly, the council's report admits that the empty units cost it rent as well."),
    ("tail", "Subscriptions to the shop-local card scheme have doubled since Easter."),
    ("tail", "Print shops were the first to leave the high street, followed by two banks."),
    ("tail", "Follow the signs from the bus station and the new lido entrance is on your left."),
    ("head", "Partager les frais de rénovation entre les copropriétaires a pris deux ans."),
    ("body", "Commentant le projet, l'architecte des Bâtiments de France a demandé des fenêtres en bois."),
    ("tail", "Publié en 1887, le premier plan du moulin montre déjà trois roues."),
    ("head", "Anzeige erstatten wollte der Eigentümer nicht, nachdem Unbekannte die Fenster beschmiert hatten."),
    ("body", "Kommentare von Anwohnern hat der Bauausschuss in seine Vorlage aufgenommen."),
    ("tail", "Teilen sich zwei Familien eine Wohnung, zahlen sie künftig weniger Miete."),
    ("head", "Condividere la piazza con i tavolini dei bar non piace a tutti i residenti."),
    ("tail", "Leggi comunali impongono la pietra locale per la nuova pavimentazione."),
    ("tail", "Pubblicato il bando, le imprese avranno trenta giorni per presentare un'offerta."),
    ("head", "Reklamy na ogrodzeniu kąpieliska znikną, gdy ruszy przebudowa."),
    ("head", "Komentarze mieszkańców zebrane w ankiecie trafią do projektantów."),
    ("body", "Реклама кемпинга на трассе появилась ещё до того, как его расширение одобрили."),
    ("tail", "Поделиться мнением о расширении можно на публичных слушаниях 14 июля."),
]

HELD_OUT_116_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-haddlescombe-highstreet", [
        ["-Home / News / Haddlescombe / Business"],
        ["+Haddlescombe high street: one shop in four now stands empty"],
        ["-Business | High street",
         "-By Ferelith Audsley-Crane, business reporter",
         "-Published 4 June 2026, 07:15 BST · Last updated 11:02",
         "-4 min read",
         "-Listen to this article (5 min)",
         "-Whitewashed windows at the former shoe shop on Market Row. Photo: Courier",
         "-Contents",
         "-What the survey found",
         "-What happens next"],
        ["+A survey by the town's chamber of trade counted 31 empty units along the high street and Market Row, "
         "up from 19 two years ago."],
        ["-Read more: Car park charges to rise in September"],
        ["+Most of the empty shops belong to three landlords, two of whom are based outside the county."],
        ["+\"People still want a high street, they just need a reason to come in,\" said Delphine Okoro-Vance, "
         "who runs the bakery opposite the old bank."],
        ["+What the council is proposing"],
        ["+A grant of up to £5,000 for tenants who take on a unit that has stood empty for more than a year.",
         "-Advertisement",
         "+Business rates relief for the first twelve months.",
         "+A register of landlords who leave shops empty for more than two years."],
        ["+The plan goes before the full council on 18 June."],
        ["+The chamber of trade says it will publish a second survey in the autumn."],
        ["-Comments (3)",
         "-Tamsin W. · 2 hours ago: The shoe shop has been empty since before the pandemic, it's a disgrace.",
         "-↳ Haddlescombe Courier replied: Thanks Tamsin, the landlord has been contacted for comment.",
         "-↳ ↳ Tamsin W.: Good luck getting an answer, I've been trying for months.",
         "-Rob from Mill Lane · 1 hour ago: More parking and people would come back.",
         "-Most read in Business",
         "-Back to top ↑",
         "-© 2026 Haddlescombe Courier"],
    ]),
    _page("en", "en-blog-copestoneledger-drystone", [
        ["-The Copestone Ledger",
         "-mending field walls in the Dales, badly at first",
         "-Home · Walls · Courses · About"],
        ["+Rebuilding a sheep creep in a field wall"],
        ["-Posted on 22 May 2026 by Wyn",
         "-Filed under: Field walls, Repairs",
         "-7 minutes, give or take",
         "-The gap before I started, with the fallen stones sorted by size.",
         "-Safety first: wear steel toe-caps and never lift a stone you can't hold close to your body.",
         "-This post contains affiliate links to tools I actually use."],
        ["+A sheep creep is a small square hole left in a wall so that sheep, but not cattle, can pass from one "
         "field to the next."],
        ["+This one had collapsed after a wet winter, taking about two metres of wall with it."],
        ["-On this page",
         "-Taking it down",
         "-Setting the lintel"],
        ["+\"Always build the creep first and the wall around it,\" the farmer, Idris Pellow, told me when I asked "
         "where to start."],
        ["+What I needed"],
        ["+A long through-stone to act as the lintel over the creep.",
         "+Two upright jamb stones for each side.",
         "-Related: How I sort a pile of stones before building",
         "+Plenty of small hearting stones to pack the middle."],
        ["+It took two Saturdays, and the first sheep walked through it on the Monday."],
        ["-Save this post to your Pinterest walling board"],
        ["+Next time I will write about setting the copes along the top."],
        ["-4 thoughts on “Rebuilding a sheep creep in a field wall”",
         "-Elspeth says: Lovely tidy job. Did you batter the faces in towards the top?",
         "-Wyn says: Yes, about one in six, the frame made it much easier.",
         "-Elspeth says: That's what my grandad used too.",
         "-↳ Wyn: Then he taught you well!",
         "-« Older post: Choosing a walling hammer"],
    ]),
    _page("fr", "fr-portail-vaulmerac-moulin", [
        ["-Accueil > Vaulmérac > Cadre de vie",
         "-Vaulmérac | 14°C, éclaircies"],
        ["+À Vaulmérac, le moulin classé va devenir un immeuble de vingt logements"],
        ["-Urbanisme",
         "-Par Maïwenn Trévenouzic",
         "-Publié le 03/06/2026 à 06h30, mis à jour à 09h12",
         "-Lecture 3 min.",
         "-Le moulin des Aulnes vu depuis la passerelle. Photo Maïwenn Trévenouzic",
         "-Abonnés",
         "-Écouter l'article"],
        ["+Le permis de construire a été accordé lundi pour transformer l'ancien moulin des Aulnes en vingt "
         "appartements."],
        ["+Le bâtiment, inscrit aux monuments historiques depuis 1984, est vide depuis la fermeture de la minoterie "
         "en 2003."],
        ["-À lire aussi : Le pont de la rue du Bief fermé pour travaux"],
        ["+« Nous gardons la roue et les meules, elles seront visibles depuis le hall », explique le promoteur, "
         "Armand Lécuyer-Daumas."],
        ["-Publicité",
         "-Newsletter : recevez chaque matin l'essentiel de l'actualité de Vaulmérac"],
        ["+Ce que prévoit le projet"],
        ["+Vingt logements, dont six à loyer modéré.",
         "+Une microcentrale sur l'ancien bief pour alimenter les parties communes.",
         "-Voir aussi : Les logements sociaux de la route de Mézières livrés en retard",
         "+Un chemin public le long de la rivière."],
        ["+Les travaux doivent commencer à l'automne et durer deux ans."],
        ["+Les premières ventes sont prévues au printemps prochain."],
        ["-2 commentaires",
         "-Gérald_46 : Enfin ! Ce moulin tombait en ruine.",
         "-Répondre",
         "-Lucette R. en réponse à Gérald_46 : Vingt logements, avec quel parking ?",
         "-Gérald_46 en réponse à Lucette R. : Il y a la place de l'ancienne gare.",
         "-Les plus lus",
         "-Mentions légales · Contact"],
    ]),
    _page("fr", "fr-blog-leplombbavard-vitrail", [
        ["-Le Plomb Bavard",
         "-Accueil · Tutoriels · Galerie · Contact"],
        ["+Restaurer un vitrail de porte d'entrée des années 1920"],
        ["-carnet d'une vitrailliste amatrice",
         "-Le 18 mai 2026 · Atelier · 9 commentaires",
         "-Le vitrail démonté, posé sur la table lumineuse.",
         "-Attention : le plomb est toxique, lavez-vous les mains et ne mangez jamais à l'atelier.",
         "-Sommaire",
         "-1. Le démontage",
         "-2. Le sertissage",
         "-3. Le masticage"],
        ["+Ce vitrail de porte m'a été confié par une voisine qui l'avait trouvé au grenier, avec trois verres "
         "cassés."],
        ["-Épingler sur Pinterest"],
        ["+Les verres d'origine sont des cathédrales ambrés, difficiles à retrouver aujourd'hui."],
        ["-Cet article contient des liens affiliés vers mon fournisseur de verre."],
        ["+« Ne jetez jamais les vieux plombs avant d'avoir relevé le gabarit », m'avait dit mon professeur, "
         "Jean-Yves Kermabon."],
        ["+Le matériel"],
        ["+Un couteau à plomb et une pince à gruger.",
         "-Publicité",
         "+Du plomb de 6 mm en H.",
         "-Lire aussi : Couper le verre sans se blesser",
         "+Du mastic à vitrail noir et de la sciure pour le nettoyage."],
        ["+Au total, il m'a fallu une quinzaine d'heures de travail."],
        ["+La porte a retrouvé sa place la semaine dernière, et la voisine m'a offert une tarte."],
        ["-9 réponses à « Restaurer un vitrail de porte d'entrée des années 1920 »",
         "-Anne-Sophie : Superbe ! Où trouvez-vous vos verres cathédrale ?",
         "-Maud (autrice) : Chez un petit verrier du Jura, je mettrai le lien.",
         "-Anne-Sophie : Merci beaucoup !",
         "-Article précédent : Mon premier Tiffany",
         "-Thème Twenty Twenty-Four"],
    ]),
    _page("de", "de-portal-ohlenbruegge-sozialwohnungen", [
        ["-Startseite › Lokales › Ohlenbrügge",
         "-Anmelden | Abo"],
        ["+Ohlenbrügge baut 64 Sozialwohnungen am alten Bauhof"],
        ["-Stadtentwicklung",
         "-Von Tjark Oltmanns-Rehder",
         "-04.06.2026, 05:45 Uhr",
         "-3 Min.",
         "-So sollen die Häuser am Bauhof aussehen. Visualisierung: Stadt Ohlenbrügge",
         "-Artikel anhören",
         "-Auf einen Blick",
         "-Was gebaut wird",
         "-Wer einziehen darf"],
        ["+Der Stadtrat hat am Dienstagabend einstimmig den Bau von 64 geförderten Wohnungen auf dem Gelände des "
         "alten Bauhofs beschlossen."],
        ["-Lesen Sie auch: Mietspiegel 2026 – so stark sind die Mieten gestiegen"],
        ["+Die städtische Wohnungsgesellschaft will im Frühjahr mit dem Bau beginnen."],
        ["+„Wir haben seit zwanzig Jahren keine einzige Sozialwohnung mehr gebaut“, sagte Bürgermeisterin Almut "
         "Dreesbeck."],
        ["+Die wichtigsten Punkte"],
        ["+Die Miete soll bei 6,80 Euro pro Quadratmeter liegen.",
         "-Werbeanzeige",
         "+Ein Drittel der Wohnungen wird barrierefrei.",
         "+Im Erdgeschoss entsteht eine Kita mit drei Gruppen."],
        ["+Die ersten Mieter sollen Ende 2028 einziehen können."],
        ["-Mehr zum Thema Wohnen in Ohlenbrügge"],
        ["+Bewerbungen nimmt die Wohnungsgesellschaft erst nach Baubeginn an."],
        ["-Kommentare (2)",
         "-Klaus-Dieter: Endlich passiert mal was.",
         "-Antwort von Bärbel S.: Abwarten, beim Hallenbad hieß es das auch.",
         "-Klaus-Dieter an Bärbel S.: Da haben Sie leider recht.",
         "-Nach oben",
         "-Impressum | Datenschutz | AGB"],
    ]),
    _page("de", "de-blog-oelfleckundchrom-motorrad", [
        ["-Ölfleck und Chrom",
         "-Schrauben an alten Zweitaktern"],
        ["+Die MZ ES 250 springt wieder an"],
        ["-Veröffentlicht am 12. Mai 2026 von Jörn",
         "-Kategorie: Restauration",
         "-Lesezeit: 8 Minuten",
         "-Die ES nach dem Zerlegen in der Garage.",
         "-Hinweis: Benzin und Bremsflüssigkeit nie im Hausmüll entsorgen.",
         "-Werbung | enthält Affiliate-Links"],
        ["+Drei Winter stand die ES 250 in der Scheune meines Onkels, bevor ich sie nach Hause geholt habe."],
        ["+Der Motor war fest, der Tank innen rostig und die Kabel von Mäusen angefressen."],
        ["+„Bei den alten MZ ist es fast immer die Zündung“, meinte Heiko Brandtmöller von der Oldtimer-Werkstatt im "
         "Nachbarort."],
        ["-Inhaltsverzeichnis",
         "-Zylinder und Kolben",
         "-Die Elektrik",
         "-Die erste Fahrt"],
        ["+Was ich getauscht habe"],
        ["+Kolben und Kolbenringe, erstes Übermaß.",
         "+Den kompletten Kabelbaum.",
         "-Das könnte dich auch interessieren: Vergaser richtig einstellen",
         "-Unterstütze den Blog mit einem Kaffee",
         "+Die Tankbeschichtung, nachdem ich den Rost entfernt hatte."],
        ["+Am Sonntag ist sie zum ersten Mal seit 1998 wieder gefahren."],
        ["+Als Nächstes kommt der Seitenwagen dran."],
        ["-5 Kommentare",
         "-Ulrike: Toll! Welche Zündkerze fährst du?",
         "-Jörn: Eine Isolator M14-260, wie original.",
         "-↳ Ulrike: Danke, dann bestelle ich die auch.",
         "-Teilen: Facebook · X · E-Mail",
         "-Nächster Beitrag: Seitenwagen ausrichten →"],
    ]),
    _page("it", "it-portale-castelvarnino-piazza", [
        ["-Home > Cronaca > Castelvarnino",
         "-Giovedì 4 giugno 2026",
         "-Meteo Castelvarnino: 24°C sereno"],
        ["+Castelvarnino, piazza del Comune di nuovo in pietra dopo otto mesi di cantiere"],
        ["-Attualità",
         "-di Ornella Vescovadi",
         "-04 giugno 2026 | 08:20",
         "-La piazza del Comune con la nuova pavimentazione. Foto Comune di Castelvarnino",
         "-Ascolta l'articolo",
         "-Leggi in 3 minuti"],
        ["+Dopo otto mesi di lavori, la piazza del Comune è stata riaperta ieri sera con una festa e la banda "
         "cittadina."],
        ["-Leggi anche: Nuovi parcheggi in via delle Fornaci"],
        ["+Il vecchio asfalto è stato tolto e sostituito da lastre di pietra serena posate a mano."],
        ["-Spazio pubblicitario"],
        ["+«Abbiamo ritrovato il disegno originale del 1910 e lo abbiamo rispettato», ha detto l'assessore ai lavori "
         "pubblici, Settimio Bracaloni."],
        ["+Le novità della piazza"],
        ["+Dieci nuove panchine in pietra e legno.",
         "-Guarda la fotogallery della festa",
         "+Un impianto di illuminazione a basso consumo.",
         "-Iscriviti alla newsletter di Castelvarnino Oggi",
         "+Un divieto di transito per le auto, tranne i residenti."],
        ["+Il costo totale è stato di 1,2 milioni di euro, in parte finanziati dalla Regione."],
        ["+La prossima estate toccherà a via Garibaldi."],
        ["-Commenti (3)",
         "-Rosalba_62: Bellissima, finalmente!",
         "-Risposta di Gualtiero: Peccato per i parcheggi persi.",
         "-Rosalba_62 risponde a Gualtiero: I parcheggi sono a cento metri.",
         "-Gli articoli più letti",
         "-Torna su",
         "-© Castelvarnino Oggi"],
    ]),
    _page("it", "it-blog-murettisghembi-secco", [
        ["-Muretti Sghembi",
         "-Home · Chi sono · Contatti"],
        ["+Ricostruire un muretto a secco crollato nell'uliveto"],
        ["-appunti di un principiante della pietra a secco",
         "-Pubblicato il 15 maggio 2026 da Nando",
         "-Categoria: Muretti",
         "-Tempo di lettura: 6 minuti",
         "-Il tratto crollato dopo le piogge di marzo.",
         "-Attenzione: indossate sempre guanti e scarpe antinfortunistiche.",
         "-Indice",
         "-Lo smontaggio",
         "-Le fondamenta",
         "-La faccia a vista"],
        ["+Dopo le piogge di marzo, sei metri del muretto che sostiene la seconda fascia dell'uliveto sono "
         "crollati."],
        ["+Ho deciso di ricostruirlo da solo, con le stesse pietre, seguendo un corso fatto l'anno scorso."],
        ["+«La pietra va messa sempre per lungo, mai per costa», ripeteva il maestro del corso, Amerigo "
         "Pellaschi."],
        ["+Gli attrezzi che ho usato"],
        ["+Una mazzetta e uno scalpello.",
         "-Link affiliato: i guanti che uso",
         "+Una corda tesa per tenere la linea.",
         "+Una carriola per portare le pietre piccole."],
        ["+Il lavoro ha richiesto tre fine settimana."],
        ["-Ti è piaciuto? Offrimi un caffè"],
        ["+Ora il muretto regge, e le pietre sono tornate al loro posto."],
        ["-4 commenti",
         "-Beppe: Bel lavoro, hai usato la malta?",
         "-Nando: No, solo pietre, come da tradizione.",
         "-Beppe: Complimenti davvero.",
         "-Articolo precedente: Potare gli ulivi a marzo",
         "-Iscriviti al blog per ricevere i nuovi articoli"],
    ]),
    _page("pl", "pl-portal-lekowicesmolne-kapielisko", [
        ["-Strona główna » Wiadomości » Łękowice Smolne",
         "-Pogoda: 22°C"],
        ["+Kąpielisko w Łękowicach Smolnych do przebudowy. Jest projekt"],
        ["-Wiadomości lokalne",
         "-Autor: Eugenia Wrzosowska-Piątek",
         "-04.06.2026, 07:10",
         "-Tak ma wyglądać nowe kąpielisko. Wizualizacja: Urząd Gminy",
         "-Posłuchaj artykułu",
         "-Czytanie: 3 min",
         "-Udostępnij"],
        ["+Gmina przedstawiła projekt przebudowy kąpieliska nad zalewem, zamkniętego od dwóch sezonów."],
        ["+Stare baseny zostaną rozebrane, a w ich miejscu powstanie jeden basen sportowy i brodzik."],
        ["-Czytaj też: Remont drogi do Smolnej Woli potrwa do sierpnia"],
        ["+„Chcemy, żeby kąpielisko znów było otwarte całe lato”, powiedział wójt gminy Bogumił Szczęsnowicz."],
        ["-Obserwuj nas w Google News"],
        ["+Co się zmieni"],
        ["+Nowa plaża z piaskiem i pomost dla wędkarzy.",
         "-ZOBACZ ZDJĘCIA",
         "+Szatnie i toalety dostosowane dla osób z niepełnosprawnościami.",
         "-Reklama",
         "+Parking na 120 samochodów."],
        ["+Przetarg ma zostać ogłoszony jesienią."],
        ["+Gmina liczy, że kąpielisko otworzy się w 2028 roku."],
        ["-Komentarze (3)",
         "-Gość_Mirek: Zobaczymy, obiecują od lat.",
         "-Odpowiedź: Halinka: Tym razem są pieniądze z Unii.",
         "-Gość_Mirek do Halinka: Oby.",
         "-Najczęściej czytane",
         "-Wróć na górę",
         "-© Gazeta Łękowicka"],
    ]),
    _page("pl", "pl-blog-domekdwanasciemetrow-tinyhouse", [
        ["-Domek Dwanaście Metrów",
         "-blog o życiu w tiny house na Podlasiu"],
        ["+Jak ocieplić tiny house przed pierwszą zimą"],
        ["-Opublikowano 10 maja 2026 · Kasia",
         "-Kategorie: Budowa, Zima",
         "-Domek w listopadzie, jeszcze bez elewacji.",
         "-Uwaga: przy pracy z wełną mineralną noś maskę i okulary.",
         "-Wpis zawiera linki afiliacyjne.",
         "-Spis treści",
         "-Ocieplenie ścian",
         "-Izolacja podłogi"],
        ["+Nasz domek ma dwanaście metrów kwadratowych i stoi na przyczepie, więc każdy centymetr ocieplenia się "
         "liczy."],
        ["+Pierwszej zimy było w nim zimno mimo pieca, bo podłoga nie była ocieplona."],
        ["+„Najwięcej ciepła ucieka dołem, nie przez ściany”, powiedział nam cieśla, pan Zdzisław Olechnowicz."],
        ["+Czego użyliśmy"],
        ["+Wełny drzewnej w ścianach, grubości 10 cm.",
         "-Przypnij na Pintereście",
         "+Płyt z pianki pod podłogą.",
         "+Uszczelek do okien i drzwi."],
        ["-Może cię zainteresować: Piec na drewno w małym domu"],
        ["+Cała robota zajęła nam tydzień i kosztowała około 4000 zł."],
        ["+Tej zimy w domku jest ciepło nawet przy minus piętnastu."],
        ["-6 komentarzy",
         "-Marta: A co z wilgocią? Nie macie problemu z pleśnią?",
         "-Kasia: Mamy wentylator z rekuperacją, działa świetnie.",
         "-Marta: Dzięki, o tym nie pomyślałam.",
         "-Tadek: Ile kosztowała wełna drzewna?",
         "-Kasia: Około 900 zł za całość.",
         "-Poprzedni wpis: Jak wybraliśmy przyczepę",
         "-Wspieraj blog na Patronite"],
    ]),
    _page("ru", "ru-portal-elnichegorsk-kemping", [
        ["-Главная / Новости / Ельничегорск",
         "-Ельничегорск: +19°, облачно"],
        ["+Кемпинг на Ельничном озере расширят вдвое"],
        ["-Общество",
         "-Автор: Евфросиния Шкуратова-Лель",
         "-4 июня 2026, 09:30",
         "-Кемпинг на берегу озера. Фото: пресс-служба администрации",
         "-Слушать новость",
         "-Время чтения: 2 мин.",
         "-Содержание",
         "-Что построят",
         "-Когда откроют"],
        ["+Администрация Ельничегорска согласовала расширение кемпинга на северном берегу Ельничного озера."],
        ["-Читайте также: На набережной начали ремонт лестниц"],
        ["+Сейчас в кемпинге 40 мест для автодомов и палаток, после расширения их станет 85."],
        ["+«Летом мы каждый день отказываем людям, мест просто нет», — рассказал владелец кемпинга Аркадий "
         "Зимогоров."],
        ["+Что появится в кемпинге"],
        ["+Новые площадки с электричеством и водой.",
         "-Реклама · 18+",
         "+Душевые и прачечная.",
         "+Детская площадка у пляжа."],
        ["+Работы начнутся осенью, после окончания сезона."],
        ["+Цены на места, по словам владельца, не изменятся."],
        ["-Комментарии: 3",
         "-Ольга: Давно пора, летом там не протолкнуться.",
         "-Ответ для Ольга — Семён: А дорогу к озеру кто будет чинить?",
         "-Ольга → Семён: Обещали в следующем году.",
         "-Самое читаемое",
         "-Наверх",
         "-© Ельничегорск Сегодня, 2026"],
    ]),
    _page("ru", "ru-blog-kolyaskaikarbyurator-ural", [
        ["-Коляска и карбюратор"],
        ["+Перебираю карбюраторы на «Урале» 1978 года"],
        ["-блог о старых мотоциклах с коляской",
         "-12 мая 2026 · Гриша",
         "-Рубрика: Ремонт",
         "-Время чтения: 5 минут",
         "-Карбюраторы К-301 на верстаке.",
         "-Внимание: работайте с бензином только на улице или в проветриваемом гараже."],
        ["+Мой «Урал» с коляской начал глохнуть на холостых, и я решил перебрать оба карбюратора."],
        ["-Оглавление",
         "-Разборка",
         "-Настройка"],
        ["+Внутри оказалось много грязи, а одна игла была погнута."],
        ["+«На оппозитах главное — синхронизировать карбюраторы», — советовал мне сосед по гаражу Тимофей "
         "Пашутин."],
        ["-Подписывайтесь на канал в Телеграме, там больше фото"],
        ["+Что я поменял"],
        ["+Прокладки поплавковых камер.",
         "-Рекламный блок",
         "+Топливные иглы.",
         "-Поддержать блог",
         "+Жиклёры холостого хода."],
        ["+После синхронизации мотоцикл заводится с пол-оборота."],
        ["+В следующем посте расскажу про тормоза коляски."],
        ["-Комментарии (4)",
         "-Стас: А синхронизировал по вакуумметру?",
         "-Гриша: Да, самодельный, из двух трубок.",
         "-Стас: Круто, сделаю так же.",
         "-Следующий пост: Тормоза коляски →",
         "-Наверх ↑",
         "-Поделиться: ВКонтакте · Одноклассники · Телеграм"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Sponsored video will end in 0:12 – the article resumes below.":
        "an English sponsored-video countdown ('Sponsored video will end in 0:12 – the article resumes below.') is "
        "left in the body",
    "It'll take you about a quarter of an hour to get through this, photos and all.":
        "an English blog's quarter-of-an-hour reading warning ('It'll take you about a quarter of an hour to get "
        "through this, photos and all.') is left at the head",
    "Built with Hugo and the PaperMod theme; hosted by a small co-op in Yorkshire.":
        "an English blog's Hugo-and-PaperMod credit ('Built with Hugo and the PaperMod theme; hosted by a small "
        "co-op in Yorkshire.') is left at the foot",
    "Comments are limited to 1,500 characters and are checked by a human before they appear.":
        "an English comment-length-and-moderation line ('Comments are limited to 1,500 characters and are checked "
        "by a human before they appear.') is left at the foot",
    "Odtwarzacz wideo ładuje się… Jeśli nic się nie dzieje, wyłącz blokowanie reklam.":
        "a Polish video-player loading line ('Odtwarzacz wideo ładuje się… Jeśli nic się nie dzieje, wyłącz "
        "blokowanie reklam.') is left in the body",
    "Strona korzysta z plików cookies zgodnie z Polityką prywatności.":
        "a Polish cookies-and-privacy-policy footer ('Strona korzysta z plików cookies zgodnie z Polityką "
        "prywatności.') is left at the foot",
    "Zaloguj się, aby dodać komentarz lub ocenić wypowiedź.":
        "a Polish log-in-to-comment-or-rate line ('Zaloguj się, aby dodać komentarz lub ocenić wypowiedź.') is left "
        "at the foot",
    "Опрос не загрузился. Обновите страницу, чтобы проголосовать.":
        "a Russian poll-widget failure ('Опрос не загрузился. Обновите страницу, чтобы проголосовать.') is left in "
        "the body",
    "Все мои видео с поездок — на канале в VK Видео, ссылка в профиле.":
        "a Russian blog's VK-Video-channel plug ('Все мои видео с поездок — на канале в VK Видео, ссылка в "
        "профиле.') is left in the body",
    "Материал подготовлен при участии пресс-службы администрации города.":
        "a Russian prepared-with-the-town-press-office note ('Материал подготовлен при участии пресс-службы "
        "администрации города.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_116_line, test_held_out_116_line_is_kept, test_held_out_116_page = held_out_tests(
    HELD_OUT_116_LINES, HELD_OUT_116_KEEP, HELD_OUT_116_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
