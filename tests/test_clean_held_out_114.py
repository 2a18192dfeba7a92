"""Held-out set 114: written blind, weighted toward the noise the cleaner exists for, in shapes set 112's docstring does
not name (nor the first paragraphs of sets 109, 110 and 111): scraper, embed and ad markers (an English Datawrapper
graphic residue "Interactive graphic by Datawrapper – on the app? Open this page in your browser to see it.", an English
Spotify cookie placeholder "This Spotify episode needs functional cookies. Tap “Allow” to listen here.", an English
"Scroll to continue with content" break, a French Ausha podcast placeholder "Podcast hébergé par Ausha : activez les
cookies de mesure d'audience pour l'écouter.", a German recommended-editorial-content placeholder "Empfohlener
redaktioneller Inhalt: An dieser Stelle finden Sie eine Karte von OpenStreetMap.", an Italian Spreaker consent
placeholder "Ascolta la puntata su Spreaker: il player compare dopo aver dato il consenso.", a Polish blocked-X-content
placeholder "Treść zewnętrzna z serwisu X została zablokowana. Włącz ją w ustawieniach prywatności." and a Russian
Yandex map failure "Карта Яндекса не загрузилась — проверьте подключение или отключите блокировщик."); reading-time
headers in new wordings (the English "Est. read: 4 min · updated 08:40" and a blog's "Grab a cuppa, this one's about
3,000 words and most of them are about seaweed.", the French "⏱ 4 min de lecture", the German "4 Min. Lesezeit · 780
Wörter", the Italian "Tempo di lettura: 3'", the Polish "3 min czytania" and the Russian "⏱ 4 минуты на чтение");
bylines and self-promotion (an English words-by byline with agency copy, an English YouTube-channel plug, an English
Ghost paid-membership plug, a French text-and-photos byline, a German author-photos-and-as-of byline, an Italian Threads
plug, a Polish author-and-cooperation byline and a Russian MAX-channel plug); blog and site footers (an English
Independent-Community-News-Network membership line, a Jekyll-on-Codeberg-Pages credit, a no-generative-AI line, a French
SPIP credit row, a German Kirby-on-a-small-server line, an Italian not-a-news-outlet line, a Polish
publisher-KRS-and-NIP line and a Russian Roskomnadzor-registration line); reader-comment furniture (an English sort-by
row, an English hidden-low-rated-replies link, an English be-the-first-to-comment line, a French no-comment-yet line, a
German comments-off-at-night line, an Italian sort-comments row, a Polish removed-by-moderator line and a Russian sort
row); share rows (an English Reddit, Flipboard, Pocket and Email row, a French Pinterest, Reddit, e-mail and print row
and an Italian LinkedIn, Pinterest, Reddit and e-mail row); and notices (a German AI-assisted-translation note, a Polish
updated-live note and a Russian written-before-the-storm-warning note); and toward whole scraped news and hobby-blog
pages in layouts set 112's docstring does not describe (no noise above the title on three pages, one line on three, two
on five and three on one; one block of six to ten noise lines under the title on every page, holding the blog name and
tagline on the three pages that open with their title, a photo caption on all twelve, a safety line on six and a table
of contents on ten; a table of contents in its own block between the paragraph with the quote and the subheading on one;
noise between the first and second paragraphs on five pages, between the second paragraph and the paragraph with the
quote on six and between the paragraph with the quote and the subheading on four; a gallery link between the subheading
and the first list row on one; noise between two list rows on every page, between the first and second rows on nine and
between the second and third on six, with both gaps on three; noise between the last list row and the last paragraphs on
four, between the two last paragraphs on four and nothing after the list on four; at the foot five to eight lines in one
block on every page, with a comment heading or count, a comment, a reply and the commenter's answer on every page, a
further reply or a second comment on seven (a second comment with its reply on two), the reply and answer addressed by
name ("en réponse à") on one, and most-read, all-news, latest-news, previous or next-post, share, Impressum or
back-to-top lines after the thread on every page), taken from environment and weather and from blogs about rock-pooling,
sundials, kite flying and wild camping.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 112 but what is named here), held-out set 113 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 112 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 109, 110 and 111, printed with one ast script (/tmp/s114scratch/read112.py, output
/tmp/s114scratch/r112.txt, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 112's, taken from their nodes, and the line binding the three tests is set 112's with 112 ->
114, both by /tmp/s114scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s114scratch/tables114.py, made by /tmp/s114scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s114, detached at commit
e72f08b42bff921a1bb015a2c8189b0a8f8be7db, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read112.py ran once; its output (357 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 357);
it holds only the allowed text, which names set 112's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to /dev/null;
``ls`` on them printed only top-level names (piped to ``head``, which cut the listing of the second; it was listed again
on its own). ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
e72f08b42bff921a1bb015a2c8189b0a8f8be7db. (3) The helpers were printed by importing tests/test_clean.py and
tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data;
/tmp/s114scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. tests/held_out_sets.py and
scripts/clean_held_out_report.py were printed with ``cat`` in one call. (4) gen.py parses set 112's file with ``ast``
and writes only its import nodes and its last statement (the binding line, 112 -> 114); the lists and pages come from my
scratch files (/tmp/s114scratch/body114.py and pages114.py) and the docstring from /tmp/s114scratch/doc114.txt (a
one-line placeholder at the measurement); it holds a leftover no-op line from a first draft of the table reading; it
prints nothing. The pages are built as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, my own
construction, as in set 112's notes. (5) Before the measurement /tmp/s114scratch/check.py executed this file with
stand-in held_out_sets and noisy_corpus modules (/tmp/s114scratch/stand) and counted lines by category and place, keep
lines by place, pages by language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines,
overlaps between page lines and held-out noise and keep lines (either inside the other) and between held-out noise and
keep lines (case-insensitively), line length and e-mail addresses (any at-sign). Its first run found 9 problems: the
site name "Wrackstow Gazette" was inside a held-out footer line (the footer became "This newspaper is a member of ...");
the page line "Est. read: 4 min" was inside a held-out reading-time line (it became "Est. read: 5 min"); the
table-of-contents entry "The big pool" was inside an article line (it became "Starting out"); "Inhalt" and "Commenti"
were inside held-out lines (they became "Inhaltsübersicht" and "Commenti dei lettori"); pl-portal-wierzbolecko-pszok had
19 noise lines (a share row was added at its foot); and two held-out lines were over 120 columns (split). The second and
third runs found nothing. Per-language counts were kept by construction and not counted by check.py. (6) The two
measuring commands ran as the brief gave them, in one shell call after ``date``, with their output sent to scratch files
(/tmp/s114scratch/measure.out and report.out) and then printed; the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s114scratch/problems.py, which imports the copy of this file in /tmp/wt-s114/tests; it ran
``_problems`` over all 45 noise lines and 20 keep lines, printing only the failing ones (15 and 1, as in the
measurement), and over the 11 failing pages only. (7) Invented names were checked with the exact-string search over
public GitHub files: Wrackstow, Osgood-Pyle, Barnacle Almanac, Pontavrézec, Gnomon Distrait, Kerbriand, Hühnerwedel,
Dorenkötter, Leinenlos und Windig, Sassorbaro, Fornello e Lanterna, Wierzbołęcko, Cień i Godzina, Pstrokowiczówna,
Ключеозёрск and Палатка без адреса had no hits. Dropped: Winkle Ledger (hits; the blog became The Barnacle Almanac),
Pontaverne (a surname in public data; the town became Pontavrézec), Ombre du Gnomon (a common phrase; the blog became Le
Gnomon Distrait), Tenda e Lanterna (a hit; the blog became Fornello e Lanterna), Dorenkamp (a real surname; the byline
became Dorenkötter) and Pstrokońska (a real person; the byline became Pstrokowiczówna). Not checked: Storm Delyth,
Gullet Cove, the Lirette, the quarter and streets (quartier du Moulin, ul. Polna, via dei Pini, Zavodskaya), the first
names of the bylines (Talfryn, Gwenola, Wiebke, Jadwiga), the quoted and minor people (Owain Treloar, Gunnar Behrens,
Ottavio Lanzerini, Zenon Kępa, Tomasz Wróbel, Ирина Саблина, Пётр Ливанов) and the commenters and blog authors (Bryony
Haswell, Hattie, Moira T., Kit, Hervé L., Solène B., Bastien, Odile, Maël, Helmut K., Sigrid P., Jannes, Ocke, Imke,
Gianna, Tullio, Nives, Ettore, Lorena, Ryszard, Ula, Basia, Zenek, Виктор, Наталья, Глеб, Алёна, Денис) and the names
built on checked towns (the papers). Numbers are zero-filled (the helpline, the freephone number, the KRS and NIP and
the registration number); there are no e-mail addresses. (8) Real things named, as real pages do: Datawrapper, Spotify,
Ausha, OpenStreetMap, Spreaker, X, Yandex, YouTube, Ghost, Threads, MAX, the Independent Community News Network, Jekyll,
Codeberg Pages, SPIP, Kirby, Franken, Roskomnadzor, Reddit, Flipboard, Pocket, Pinterest, LinkedIn, Facebook, WhatsApp,
Telegram, VKontakte, Odnoklassniki, Google News (and its French and Polish names), Tipeee, Patronite, Amazon, the Quercy
and the mph, PM2.5 and PM10 units. (9) My first clock reading was 2026-12-05 06:09:52 UTC; the measurement ran at
06:14:47 UTC.

Judgement calls: the keep lines opening with or holding "Comments from residents", "Reading the river gauge",
"Advertisement boards", "Sponsored trees", "Sign in at the gate", "Follow-up readings", "Related works", "Publicité
mensongère", "Commentaires et questions", "Lire l'heure", "Teilen müssen sich", "Werbung für das Pflanzfest", "Mehr zum
Thema Hitze", "Commenti positivi", "Pubblicità gratuita", "Iscriviti entro venerdì", "Udostępnij swój ogród", "Komentarz
burmistrza", "Подписаться на оповещения" and "Реклама на остановках" are article sentences. Categories as in set 112. On
every page the title, the three paragraphs before the subheading (one with the quote), the subheading, its three list
rows and the two last paragraphs are article; everything else (site and blog names, taglines, menus, breadcrumbs,
weather lines, bylines, dates, update lines, reading times, listen links, categories, photo captions and credits, safety
lines, advertising and affiliate disclosures, tables of contents, read-also, see-also, related, live, more-from,
most-read, latest-news and all-news links, ad, sponsored, partner and affiliate lines, gallery links, newsletter,
Telegram, WhatsApp-channel, Google News, Pinterest and save prompts, donation prompts, report-an-error lines, share
rows, comment headings and counts, comments and replies, previous and next-post links, back-to-top links, footers) is
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 112's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-wrackstow-seafront (a storm's damage to a seafront promenade), en-blog-barnaclealmanac-rockpools (a low spring
tide in a rock-pooling cove), fr-portail-pontavrezec-digue (a river's new flood wall inaugurated),
fr-blog-gnomondistrait-cadrans (a vertical sundial restored on a barn), de-portal-huehnerwedel-baumpflanzung (a
tree-planting day in a town forest), de-blog-leinenlosundwindig-drachen (a first two-line stunt kite on a dyke),
it-portale-sassorbaro-siccita (a heatwave's hosepipe ban), it-blog-fornelloelanterna-bivacco (a wild-camping night in
fog on a plateau), pl-portal-wierzbolecko-pszok (a recycling centre's new rules), pl-blog-cienigodzina-zegary (a clay
sundial for an allotment), ru-portal-klyucheozyorsk-datchiki (an air-quality sensor network) and
ru-blog-palatkabezadresa-kemping (a wild-camping night by a lake), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit e72f08b42bff921a1bb015a2c8189b0a8f8be7db, measured with ``cd /tmp/wt-s114 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s114/src python -m pytest -q tests/test_clean_held_out_114.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s114 && PYTHONPATH=/tmp/wt-s114/src python
scripts/clean_held_out_report.py --sets 114``, with the xfail tables empty): noise lines removed 30/45 (marker 2/8,
reading-time 6/7, byline 5/8, footer 6/8, comments 7/8, share 3/3, notice 1/3; the 15 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 19/20 (the Russian bus-stop-advert sentence is lost, as
``_KEEP_XFAIL`` says); pages 1/12 clean (pl-portal-wierzbolecko-pszok), 73 of 240 page noise lines left and 0 of 120
article lines lost, as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Still held out after round 86 (developed on sets 111 and 112: the article's two last paragraphs with the site's prompt
between them, right above the comments, end the body; embed placeholders that name their platform first with the
screen's state in the browser's words; ad-blocker notices, pre-roll countdowns and a partner's-notice break; a short
sentence over the picture's credit among the byline's rows read as the caption; comment moderation lines that say how
long the check takes; this set was written against e72f08b, before it; measured once with
``scripts/clean_held_out_report.py --sets 114`` at 66518cc): unchanged, noise lines removed 30/45, keep lines 19/20,
pages clean 1/12, page noise lines left 73 of 240, article lines lost 0 of 120.

Round 87 (development; this set was read in full from this round on): the Russian keep line on the bus-stop adverts is
kept and the comment threads at the foot go on every page. Fixed for the families, with six-language tests and near
misses in tests/test_clean.py (test_round_87_*): a participle clause with no date before the comma, only where the text
first appeared, is the article's when a main clause in small letters follows ("Publié à l'origine dans la gazette
paroissiale, le règlement du bassin date de 1974.", clean._DATELESS_HEAD in _goes_on_as_sentence, held to round 62's
bare-year minimum; a category list or a date after the comma still goes); a sentence whose subject is the advertising at
a place in town stops the edge models' walk ("Реклама на остановках теперь рассказывает о запрете полива из шланга.",
clean._ADS_AT_A_PLACE in mark_edge_lines; the site's own ad offer naming the site, the paper or a contact still goes);
under a comment heading or count, a comment on one line after its commenter's name and a colon or a dash, with a verb of
saying or replying or a reply's label ("Wacław: ...", "Ronan a dit : ...", "Antwort von Bleisatz & Bütten: ...",
"Lucilla scrive: ...", "Ответ редакции: ...", "Moira T. – ..."), is a thread marker when its commenter comes back
further down or it says it replies (comment_threads._ONE_LINE_COMMENT, _returning_commenters in _looks_like_thread; an
interview's speakers with no thread header stay); a blog's word that no AI wrote it, the negation next to the AI's name
and the blog or its posts named ("No AI was used to write these posts, and they may not be used to train one.", "No
generative AI was used to write or illustrate anything on this blog.", whole_line_noise "site notice", round 70's AI
notes widened); the words and pictures credited to the paper's correspondent with the role after a comma ("Texte et
photos : Gwenola Kervrézan, correspondante locale", clean._CORRESPONDENT_ROLE in _is_credit, "photo credit"). No class
was added. Across sets 10-112 no article or keep line moved and no noise line or clean page changed; set 112 leaves 40
-> 30 page noise lines (the comment threads of the valve-radio and orchid blogs and of the fete story go; three page
reasons reworded); SemEval: 0 of 3723 files changed. Figures before -> after: noise lines removed 30 -> 32/45 (byline 5
-> 6/8: the French text-and-photos byline; footer 6 -> 7/8: the no-generative-AI footer; their xfail entries removed;
marker 2/8, reading-time 6/7, comments 7/8, share 3/3, notice 1/3 unchanged), keep lines 19 -> 20/20, pages clean 1 ->
3/12, page noise lines left 73 -> 38 of 240, article lines lost 0 of 120; pytest of this file 50 passed, 27 xfailed ->
55 passed, 22 xfailed (the keep entry, two line entries and two page entries removed, eight page reasons reworded).
Left: the blogs' names, taglines, captions, safety lines, advertising labels and tables of contents under the title, the
rock-pooling blog's Pinterest prompt, the camping blog's donation prompt, a more-from link and a gallery link between
list rows, and the single lines of ``_LINE_XFAIL``.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_114_LINES: list[tuple[str, str, str]] = [
    # scraper, embed and ad markers (body)
    ("body", "Interactive graphic by Datawrapper – on the app? Open this page in your browser to see it.", "marker"),
    ("body", "This Spotify episode needs functional cookies. Tap “Allow” to listen here.", "marker"),
    ("body", "Scroll to continue with content", "marker"),
    ("body", "Podcast hébergé par Ausha : activez les cookies de mesure d'audience pour l'écouter.", "marker"),
    ("body", "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie eine Karte von OpenStreetMap.", "marker"),
    ("body", "Ascolta la puntata su Spreaker: il player compare dopo aver dato il consenso.", "marker"),
    ("body", "Treść zewnętrzna z serwisu X została zablokowana. Włącz ją w ustawieniach prywatności.", "marker"),
    ("body", "Карта Яндекса не загрузилась — проверьте подключение или отключите блокировщик.", "marker"),
    # reading-time headers (head)
    ("head", "Est. read: 4 min · updated 08:40", "reading-time"),
    ("head", "Grab a cuppa, this one's about 3,000 words and most of them are about seaweed.", "reading-time"),
    ("head", "⏱ 4 min de lecture", "reading-time"),
    ("head", "4 Min. Lesezeit · 780 Wörter", "reading-time"),
    ("head", "Tempo di lettura: 3'", "reading-time"),
    ("head", "3 min czytania", "reading-time"),
    ("head", "⏱ 4 минуты на чтение", "reading-time"),
    # bylines and self-promotion
    ("head", "Words by Talfryn Osgood-Pyle · Environment correspondent · with agency copy", "byline"),
    ("tail", "I film most of my launches – subscribe to the channel on YouTube so you don't miss the next one.",
     "byline"),
    ("tail", "Become a paid member (the blog runs on Ghost) and get my tide-table spreadsheet every month.", "byline"),
    ("head", "Texte et photos : Gwenola Kerbriand, correspondante", "byline"),
    ("head", "Autorin: Wiebke Dorenkötter | Fotos: Gemeinde | Stand: 14.06.2026, 09:12 Uhr", "byline"),
    ("tail", "Seguimi anche su Threads: ogni settimana un bivacco diverso.", "byline"),
    ("head", "Autor: Jadwiga Pstrokowiczówna, współpraca: redakcja miejska", "byline"),
    ("tail", "Подписывайтесь на мой канал в MAX — там фото со всех стоянок.", "byline"),
    # blog and site footers (tail)
    ("tail", "This newspaper is a member of the Independent Community News Network.", "footer"),
    ("tail", "Hand-built with Jekyll and served from Codeberg Pages.", "footer"),
    ("tail", "No generative AI was used to write or illustrate anything on this blog.", "footer"),
    ("tail", "Site propulsé par SPIP · Plan du site · Espace privé", "footer"),
    ("tail", "Dieses Blog läuft mit Kirby auf einem kleinen Server in Franken.", "footer"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna "
     "periodicità.", "footer"),
    ("tail", "Wydawca: Wydawnictwo Wierzbołęcko sp. z o.o., KRS 0000000000, NIP 000-000-00-00", "footer"),
    ("tail", "Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС00-00000.", "footer"),
    # reader-comment furniture (tail)
    ("tail", "Sort by: Best · Newest · Oldest", "comments"),
    ("tail", "2 replies hidden because of low ratings – show them anyway", "comments"),
    ("tail", "Be the first to comment on this story", "comments"),
    ("tail", "Aucun commentaire pour l'instant. Soyez le premier à réagir !", "comments"),
    ("tail", "Die Kommentarfunktion ist nachts zwischen 22 und 6 Uhr deaktiviert.", "comments"),
    ("tail", "Ordina i commenti: più recenti · più votati", "comments"),
    ("tail", "Komentarz został usunięty przez moderatora.", "comments"),
    ("tail", "Сначала новые · Сначала старые · Популярные", "comments"),
    # share rows (tail)
    ("tail", "Share on Reddit · Flipboard · Pocket · Email", "share"),
    ("tail", "Partager : Pinterest · Reddit · E-mail · Imprimer", "share"),
    ("tail", "Condividi: LinkedIn · Pinterest · Reddit · e-mail", "share"),
    # notices
    ("body", "Hinweis: Dieser Text wurde mit Unterstützung einer KI übersetzt und redaktionell geprüft.", "notice"),
    ("body", "Artykuł aktualizowany na bieżąco – odśwież stronę, by zobaczyć najnowsze informacje.", "notice"),
    ("tail", "Эта новость написана до объявления штормового предупреждения и может быть неактуальна.", "notice"),
]

HELD_OUT_114_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from residents at the drop-in session were mostly about the height of the new wall."),
    ("head", "Reading the river gauge each morning has become a habit for the retired lock-keeper."),
    ("body", "Advertisement boards along the promenade were torn from their posts and found two streets inland."),
    ("body", "Sponsored trees will carry a small wooden tag with the donor's chosen name."),
    ("tail", "Sign in at the gate is now required for anyone bringing a trailer to the tip."),
    ("tail", "Follow-up readings from the sensors will be published every quarter by the air-quality officer."),
    ("tail", "Related works on the sea wall are due to start once the summer season ends."),
    ("head", "Publicité mensongère ou simple maladresse, la campagne sur l'eau du robinet a fait réagir."),
    ("body", "Commentaires et questions des riverains seront recueillis lors d'une réunion publique jeudi."),
    ("tail", "Lire l'heure sur un cadran solaire demande de corriger l'équation du temps."),
    ("head", "Teilen müssen sich die Anwohner den neuen Parkplatz künftig mit den Besuchern des Deichs."),
    ("body", "Werbung für das Pflanzfest machten vor allem die Schulkinder mit selbst gemalten Plakaten."),
    ("tail", "Mehr zum Thema Hitze erfuhren die Besucher an einem Stand des Gesundheitsamts."),
    ("head", "Commenti positivi sono arrivati anche dai pescatori del porto."),
    ("body", "Pubblicità gratuita per l'iniziativa è stata offerta dalla radio locale."),
    ("tail", "Iscriviti entro venerdì, ha ricordato l'assessore, se vuoi piantare un albero a nome della tua classe."),
    ("head", "Udostępnij swój ogród – pod takim hasłem miasto zachęca do zbierania deszczówki."),
    ("tail", "Komentarz burmistrza do nowych zasad był krótki: segregujemy albo płacimy więcej."),
    ("head", "Подписаться на оповещения о качестве воздуха жители смогут через городской портал."),
    ("tail", "Реклама на остановках теперь рассказывает о запрете полива из шланга."),
]

HELD_OUT_114_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-wrackstow-seafront", [
        ["-Wrackstow Gazette"],
        ["+Storm Delyth leaves Wrackstow seafront with shelters smashed and railings bent"],
        ["-By Talfryn Osgood-Pyle, coast and environment reporter", "-Friday 14 November 2026, 07:45",
         "-Est. read: 5 min", "-Listen to this article",
         "-The promenade shelter near the lifeboat station after the storm. Photo: Gazette reader",
         "-Warning: the lower promenade remains closed; do not walk on the beach below the cliffs.",
         "-In this story:", "-Damage along the front", "-Reopening dates"],
        ["+High tides and gusts of 80 mph tore up paving slabs along almost a mile of the Wrackstow promenade "
         "overnight on Thursday."],
        ["-Story continues below"],
        ["+Two beach huts were carried off the sand and one was found wedged under the pier, the council said."],
        ["+\"We have never had the sea this far up the slipway in thirty years,\" said harbour master Owain "
         "Treloar."],
        ["-Read more: Flood warnings issued for the whole coast", "-Live: storm updates across the county"],
        ["+What was damaged"],
        ["+The Victorian shelter opposite the bandstand lost its glass roof."],
        ["-Photo: paving slabs piled against the sea wall on Friday morning"],
        ["+Around 300 metres of railings were bent or torn away."],
        ["+The kiosk at the end of the pier was flooded to the counter."],
        ["-Sign up for our coast and weather newsletter"],
        ["+Council workers will start clearing the promenade on Monday, and the lower walk should reopen before "
         "Christmas."],
        ["+Residents can report damage to private property through the council's storm helpline on 0000 000 0000."],
        ["-14 comments",
         "-Bryony Haswell: The shelter was already leaking before this. Will it actually be rebuilt?",
         "-Reply from Wrackstow Gazette: The council says a rebuild is in next year's budget.",
         "-Bryony Haswell: I'll believe it when I see the scaffolding.",
         "-Most read: Pier café owner counts the cost"],
    ]),
    _page("en", "en-blog-barnaclealmanac-rockpools", [
        ["+A low spring tide at Gullet Cove: blennies, a sea hare and one very cross crab"],
        ["-The Barnacle Almanac", "-rock-pooling notes from the north coast, one tide at a time",
         "-Posted on 3 May 2026 by Hattie", "-Filed under: Spring tides, Crabs",
         "-The pools below the lighthouse at dead low water.",
         "-Please put every rock back the way you found it, and check tide times before you go.",
         "-This post contains affiliate links; I may earn a small commission.",
         "-Jump to:", "-Starting out", "-Who we found"],
        ["+The tide went out to 0.3 metres on Saturday, the lowest of the spring, and I had the cove to myself "
         "before nine."],
        ["+I started at the big pool under the ledge, where the water stays clear even when the wind blows "
         "onshore."],
        ["-Pin this post for your next trip to the seaside!"],
        ["+\"If you can see the sea hare, you're doing it right,\" a neighbour told me years ago, and this time I "
         "finally did."],
        ["+Who turned up"],
        ["+Three shannies hiding under the same stone."],
        ["-My favourite rock-pool ID book is linked here (affiliate)."],
        ["+A sea hare, olive-green and the size of a thumb."],
        ["-Related: How to read a tide table without crying"],
        ["+One shore crab that clearly wanted to be left alone."],
        ["+By eleven the tide had turned and the first pool under the ledge was filling again."],
        ["+Next spring tide is in a fortnight and I'm hoping for the snakelocks anemones on the far side."],
        ["-3 comments", "-Moira T. – Lovely post! Do you ever find pipefish there?",
         "-Hattie – Once, years ago, in the weed at the very bottom of the cove.",
         "-Moira T. – Ooh, I'll look there next time.", "-Kit – Same here, two pipefish last August.",
         "-« Older post: Gloves or no gloves?", "-Newer post » Periwinkles, a love letter"],
    ]),
    _page("fr", "fr-portail-pontavrezec-digue", [
        ["-Le Courrier de Pontavrézec", "-Accueil > Pontavrézec > Environnement"],
        ["+Pontavrézec inaugure sa nouvelle digue le long de la Lirette"],
        ["-Par la rédaction | Publié le 12/03/2026 à 18h05", "-Mis à jour le 13/03/2026 à 08h20",
         "-Environnement", "-La nouvelle digue vue depuis le pont de la Lirette. Photo DR", "-Écouter cet article",
         "-Partager sur Facebook · X · WhatsApp", "-Abonnez-vous à notre newsletter locale"],
        ["+Après trois inondations en dix ans, les habitants du quartier du Moulin disposent enfin d'une digue de "
         "800 mètres."],
        ["-Annonce"],
        ["+Le chantier, commencé au printemps dernier, a coûté 2,4 millions d'euros, financés pour moitié par "
         "l'État."],
        ["+« Nous allons enfin pouvoir dormir quand il pleut », a confié une riveraine lors de l'inauguration "
         "samedi."],
        ["-Sommaire", "-1. Les travaux", "-2. Pour les riverains"],
        ["+Ce qui change"],
        ["+Le chemin de halage est rouvert aux piétons et aux vélos."],
        ["-À lire aussi : Crues : la préfecture actualise la carte des zones à risque"],
        ["+Trois portes anti-crue seront fermées dès l'alerte orange."],
        ["+Les jardins familiaux sont déplacés de cinquante mètres."],
        ["+La commune organisera une visite de l'ouvrage le 5 avril."],
        ["-Signaler une erreur"],
        ["+Une exposition sur l'histoire des crues est visible en mairie jusqu'à la fin du mois."],
        ["-Réagir à cet article",
         "-Hervé L. : Et le quartier de la gare, il attendra la prochaine crue ?",
         "-Solène B. en réponse à Hervé L. : La deuxième tranche est prévue en 2028.",
         "-Hervé L. en réponse à Solène B. : Merci, je ne savais pas.",
         "-Toute l'actualité de Pontavrézec"],
    ]),
    _page("fr", "fr-blog-gnomondistrait-cadrans", [
        ["-Le Gnomon Distrait"],
        ["+Restaurer un cadran solaire vertical sur une grange du Quercy"],
        ["-carnet d'un amateur de cadrans solaires", "-Publié le 21 juin 2026 par Bastien",
         "-Catégorie : Restauration", "-Le cadran avant les travaux, presque effacé.", "-Temps de lecture : 6 min",
         "-Avertissement : ne montez jamais seul sur une échelle pour travailler en façade.",
         "-Sommaire", "-Relever l'ancien tracé", "-Les nouvelles lignes horaires"],
        ["+Le propriétaire de la grange m'a contacté en mars : son cadran de 1820 n'était plus qu'une tache ocre "
         "sous l'avant-toit."],
        ["+J'ai d'abord photographié le mur en lumière rasante pour retrouver les traces des anciennes lignes."],
        ["-Cet article contient des liens affiliés."],
        ["+« Un cadran qui ne donne plus l'heure garde sa mémoire dans l'enduit », dit souvent mon maître en "
         "gnomonique."],
        ["+Les étapes"],
        ["+Relevé de l'orientation exacte du mur : 14 degrés vers l'ouest."],
        ["-Épinglez cet article sur Pinterest"],
        ["+Calcul des lignes pour la latitude du village."],
        ["+Peinture à la chaux et au pigment naturel."],
        ["+Le jour du solstice, l'ombre du style est tombée pile sur la ligne de midi."],
        ["-Soutenir le blog sur Tipeee"],
        ["+Le propriétaire veut maintenant ajouter une devise, et nous hésitons encore entre le latin et "
         "l'occitan."],
        ["-5 commentaires", "-Odile : Magnifique travail ! Quelle devise proposez-vous ?",
         "-Bastien : Peut-être « Sine sole sileo », mais rien n'est décidé.", "-Maël : Et l'occitan, alors ?",
         "-Odile : Elle serait parfaite.",
         "-Article précédent : Le cadran de l'église de mon village",
         "-Article suivant : Fabriquer un style en laiton"],
    ]),
    _page("de", "de-portal-huehnerwedel-baumpflanzung", [
        ["-Hühnerwedeler Kreisbote", "-Startseite › Lokales › Hühnerwedel"],
        ["+Pflanztag in Hühnerwedel: 400 junge Bäume für den Stadtwald"],
        ["-Von Wiebke Dorenkötter", "-Samstag, 18.04.2026, 16:30 Uhr", "-Lesezeit: 3 Minuten",
         "-Freiwillige setzen am Waldrand junge Eichen. Foto: Dorenkötter", "-Artikel anhören",
         "-Teilen: Facebook | WhatsApp | E-Mail",
         "-Inhaltsverzeichnis", "-Wer mitgemacht hat", "-Wie es weitergeht"],
        ["+Rund 150 Freiwillige haben am Samstag im Stadtwald von Hühnerwedel 400 junge Bäume gepflanzt."],
        ["+Die Fläche war nach den trockenen Sommern der letzten Jahre fast vollständig abgestorben."],
        ["-Anzeige"],
        ["+„Jeder Baum, den wir heute setzen, ist ein Geschenk an unsere Enkel“, sagte Förster Gunnar Behrens."],
        ["+Die Pflanzaktion im Überblick"],
        ["+Gepflanzt wurden vor allem Eichen, Hainbuchen und Elsbeeren."],
        ["-Lesen Sie auch: Borkenkäfer – so steht es um den Kreisforst"],
        ["+Die Stadtwerke spendeten Wasser und Gießsäcke."],
        ["-Mehr aus Hühnerwedel"],
        ["+Die Grundschule am Markt übernahm die Patenschaft für eine Reihe Elsbeeren."],
        ["+Im Herbst soll ein zweiter Pflanztag folgen."],
        ["-Newsletter: Das Wichtigste aus der Region jeden Morgen"],
        ["+Wer helfen möchte, kann sich im Rathaus melden."],
        ["-Kommentare (3)", "-Helmut K.: Super Aktion, wir waren mit der ganzen Familie da.",
         "-Antwort von Sigrid P.: Wir auch, die Kinder wollen jetzt jede Woche gießen gehen.",
         "-Antwort von Helmut K.: Dann sieht man sich ja am Waldrand!", "-Impressum | Datenschutz | AGB"],
    ]),
    _page("de", "de-blog-leinenlosundwindig-drachen", [
        ["+Mein erster Lenkdrachen am Deich: zwei Leinen, drei Abstürze"],
        ["-Leinenlos und Windig", "-ein Blog übers Drachensteigen an der Küste",
         "-Veröffentlicht am 9. Oktober 2026 von Jannes", "-Kategorie: Lenkdrachen",
         "-Der neue Drachen kurz vor dem Start am Deich.",
         "-Sicherheit: Niemals in der Nähe von Stromleitungen oder bei Gewitter fliegen.",
         "-Werbung, da Markennennung", "-Inhaltsübersicht", "-Der Aufbau", "-Die ersten Flüge"],
        ["+Nach drei Jahren mit Einleinern habe ich mir im Herbst endlich einen Lenkdrachen mit zwei Leinen "
         "gekauft."],
        ["+Der Wind am Deich kam gleichmäßig aus Nordwest, ideal zum Üben."],
        ["+„Zieh nie an beiden Leinen gleichzeitig, wenn er fällt“, riet mir ein älterer Flieger, der mir zusah."],
        ["+Was ich gelernt habe"],
        ["+Die Leinen müssen exakt gleich lang sein."],
        ["-Pinne diesen Beitrag für später"],
        ["+Der Drachen reagiert schneller, als man denkt."],
        ["-Mein Leinenset habe ich hier gekauft (Affiliate-Link)"],
        ["+Man startet am besten am Rand des Windfensters."],
        ["+Beim dritten Absturz brach ein Stab, den ich zum Glück zu Hause ersetzen konnte."],
        ["+Nächsten Monat probiere ich die ersten Loopings."],
        ["-2 Kommentare", "-Ocke: Willkommen im Club! Der erste gebrochene Stab gehört dazu.",
         "-Jannes: Danke, das tröstet!",
         "-Ocke: Nimm Ersatzstäbe in der Tasche mit, dann geht's gleich weiter.",
         "-Imke: Welcher Drachen ist es denn?", "-Jannes: Ein Einsteigermodell, 1,6 m Spannweite.",
         "-Vorheriger Beitrag: Drachenfest in der Marsch", "-Nach oben"],
    ]),
    _page("it", "it-portale-sassorbaro-siccita", [
        ["-La Voce di Sassorbaro", "-Meteo: Sassorbaro 36°", "-Home › Cronaca › Ambiente"],
        ["+Caldo record a Sassorbaro, vietato innaffiare con la canna fino a settembre"],
        ["-di Redazione", "-Pubblicato il 14 luglio 2026 alle 11:20", "-Ultimo aggiornamento 15 luglio 2026",
         "-Un giardino annaffiato al tramonto. Foto d'archivio", "-Ascolta questo articolo",
         "-Segui La Voce di Sassorbaro su Google News"],
        ["+Con le temperature oltre i 38 gradi da dieci giorni, il sindaco di Sassorbaro ha firmato un'ordinanza "
         "che vieta l'uso dell'acqua potabile per innaffiare."],
        ["-Contenuto sponsorizzato"],
        ["+Il divieto vale dalle 6 alle 22 e riguarda orti, giardini, piscine private e lavaggio delle auto."],
        ["+«Le sorgenti sono al minimo storico, serve l'aiuto di tutti», ha detto il sindaco Ottavio Lanzerini."],
        ["-Leggi anche: Siccità, i consigli per risparmiare acqua in casa"],
        ["+Cosa prevede l'ordinanza"],
        ["-Guarda la gallery: le fontane chiuse in centro"],
        ["+Multe da 100 a 500 euro per chi non rispetta il divieto."],
        ["+Restano consentiti gli orti sociali, solo con annaffiatoio."],
        ["-Iscriviti al nostro canale WhatsApp"],
        ["+Controlli della polizia locale anche nelle ore serali."],
        ["+L'ordinanza sarà rivista a fine agosto in base alle piogge."],
        ["+Il comune ha anche aperto un numero verde per segnalare perdite: 800 000 000."],
        ["-Commenti dei lettori", "-Gianna: Giusto, ma chi controlla le ville con la piscina?",
         "-Risponde Tullio: I vigili sono già passati in via dei Pini.", "-Risponde Gianna: Speriamo continuino.",
         "-I più letti", "-Tutte le notizie di Cronaca", "-Torna su"],
    ]),
    _page("it", "it-blog-fornelloelanterna-bivacco", [
        ["-Fornello e Lanterna"],
        ["+Una notte in tenda sull'altopiano, tra nebbia e volpi curiose"],
        ["-diario di campeggio libero e bivacchi", "-Pubblicato da Nives il 2 agosto 2026", "-Categoria: Campeggio",
         "-La tenda montata al tramonto vicino al laghetto.",
         "-Nota: informati sempre sulle regole locali; in molte aree protette il campeggio libero è vietato.",
         "-Questo articolo contiene link di affiliazione.", "-Indice dei contenuti", "-Dove ho dormito",
         "-Cosa mi sono portata"],
        ["+Sono salita a piedi nel pomeriggio, con lo zaino da 11 chili e una previsione di cielo sereno che si è "
         "rivelata sbagliata."],
        ["-Salva questo articolo su Pinterest"],
        ["+Alle sette la nebbia era così fitta che non vedevo più il laghetto a venti metri."],
        ["+«In montagna la nebbia non è pericolosa, lo è chi ha fretta», mi ripeteva mio nonno."],
        ["+Nello zaino"],
        ["+Una tenda monotelo da un chilo e mezzo."],
        ["-Il mio materiale su Amazon (link affiliato)"],
        ["+Un sacco a pelo comfort 5 gradi."],
        ["+Un fornelletto a gas e due pasti liofilizzati."],
        ["-Offrimi un caffè se questo post ti è stato utile"],
        ["+Di notte due volpi hanno girato intorno alla tenda, attirate dall'odore della cena."],
        ["+Al mattino la nebbia si è alzata e ho visto l'alba sopra il laghetto."],
        ["-4 commenti", "-Ettore: Che coraggio da sola! Dove hai lasciato l'auto?",
         "-Nives: Al rifugio più in basso, a un'ora di cammino.", "-Ettore: Grazie, ci provo a settembre.",
         "-Lorena: Le volpi sono furbissime, occhio al cibo!",
         "-Post precedente: Il mio primo bivacco invernale", "-Post successivo: Filtrare l'acqua in montagna"],
    ]),
    _page("pl", "pl-portal-wierzbolecko-pszok", [
        ["-Gazeta Wierzbołęcka", "-Pogoda: 12°C, zachmurzenie"],
        ["+Nowe zasady w PSZOK-u w Wierzbołęcku: limity i obowiązkowa karta mieszkańca"],
        ["-Oprac. Tomasz Wróbel", "-05.03.2026, 14:10", "-Czas czytania: 3 min",
         "-Punkt selektywnej zbiórki przy ul. Polnej. Fot. archiwum", "-Posłuchaj artykułu",
         "-Obserwuj nas w Wiadomościach Google", "-Spis treści", "-Limity odpadów", "-Jak się zapisać"],
        ["+Od 1 kwietnia punkt selektywnej zbiórki odpadów w Wierzbołęcku przyjmie odpady tylko od mieszkańców "
         "z kartą."],
        ["-Reklama"],
        ["+Kartę można odebrać w urzędzie gminy po okazaniu deklaracji śmieciowej."],
        ["+„Chcemy skończyć z przywożeniem odpadów z sąsiednich gmin” – wyjaśnia wójt Zenon Kępa."],
        ["+Co się zmienia"],
        ["+Limit gruzu wynosi 1 tonę na gospodarstwo rocznie."],
        ["-Czytaj także: Podwyżka opłat za śmieci od lipca"],
        ["+Opony przyjmowane są tylko od samochodów osobowych."],
        ["+Punkt będzie czynny także w soboty do 14:00."],
        ["-Zobacz też: Harmonogram wywozu odpadów na 2026 rok"],
        ["+Za brak karty pracownik może odmówić przyjęcia odpadów."],
        ["+Szczegóły znajdą się na stronie internetowej gminy."],
        ["-Komentarze (7)", "-Ryszard: A co z odpadami zielonymi?",
         "-Odpowiedź redakcji: Odpady zielone bez limitu, do końca października.",
         "-Ryszard: Dziękuję za odpowiedź.", "-Udostępnij: Facebook | X | E-mail",
         "-Najnowsze wiadomości"],
    ]),
    _page("pl", "pl-blog-cienigodzina-zegary", [
        ["+Zegar słoneczny z gliny na działkę: zrobiłam go w jeden weekend"],
        ["-Cień i Godzina", "-blog o zegarach słonecznych i mierzeniu czasu", "-Opublikowano 12 maja 2026 przez Ulę",
         "-Kategoria: Zrób to sam", "-Gotowy zegar na grządce z ziołami.", "-Wpis zawiera linki afiliacyjne.",
         "-W tym wpisie:", "-Lepienie tarczy", "-Ustawianie na działce", "-Przypnij na Pintereście"],
        ["+Od dawna chciałam mieć na działce własny zegar słoneczny, a gotowe kosztowały ponad 400 złotych."],
        ["-Czytaj też: Jak działa gnomon"],
        ["+Tarczę ulepiłam z gliny samoutwardzalnej, a wskazówkę wycięłam z kawałka blachy mosiężnej."],
        ["+„Zegar słoneczny nigdy się nie spóźnia, tylko ludzie źle go ustawiają” – śmiał się mój dziadek."],
        ["+Czego potrzebujesz"],
        ["+Kilograma gliny samoutwardzalnej."],
        ["-Glinę kupiłam tutaj (link afiliacyjny)"],
        ["+Kompasu albo aplikacji z kątomierzem."],
        ["+Tabeli równania czasu na dany miesiąc."],
        ["-Wesprzyj blog na Patronite"],
        ["+W południe słoneczne cień padł dokładnie na kreskę dwunastej."],
        ["+Teraz planuję drugi zegar, tym razem poziomy, z kamienia."],
        ["-Komentarze: 3", "-Basia: Cudny! Jak zabezpieczyłaś glinę przed deszczem?",
         "-Ula: Dwiema warstwami lakieru jachtowego.", "-Basia: Dzięki, spróbuję u siebie.",
         "-Zenek: A w zimie też działa?",
         "-Poprzedni wpis: Zegar na ścianie kościoła w mojej wsi", "-Następny wpis: Kalendarz z cienia"],
    ]),
    _page("ru", "ru-portal-klyucheozyorsk-datchiki", [
        ["-Ключеозёрские вести", "-Погода: +3°, ветер 5 м/с"],
        ["+В Ключеозёрске установили 30 датчиков качества воздуха"],
        ["-Автор: Ирина Саблина", "-17 ноября 2026, 10:45", "-Время чтения: 3 минуты",
         "-Датчик на крыше школы № 4. Фото: пресс-служба администрации", "-Слушать новость",
         "-Содержание", "-Где стоят датчики", "-Как смотреть данные"],
        ["+В Ключеозёрске заработала городская сеть из 30 датчиков, которые каждые десять минут измеряют "
         "качество воздуха."],
        ["+Датчики установлены на школах, поликлиниках и остановках во всех районах города."],
        ["-Партнёрский материал"],
        ["+«Теперь любой житель увидит, чем он дышит, в режиме реального времени», — сказал глава города Пётр "
         "Ливанов."],
        ["-Читайте также: Котельную на Заводской переведут на газ"],
        ["+Что измеряют датчики"],
        ["+Мелкодисперсную пыль PM2.5 и PM10."],
        ["+Уровень диоксида азота."],
        ["-Подписывайтесь на наш Telegram-канал"],
        ["+Температуру и влажность воздуха."],
        ["+Данные публикуются на открытой карте на сайте администрации."],
        ["+Если показатели превысят норму, жители получат уведомление."],
        ["-Комментарии (5)", "-Виктор: А у промзоны датчик есть?",
         "-Ответ редакции: Да, два датчика стоят у ТЭЦ.", "-Виктор: Спасибо, посмотрю карту.",
         "-Наталья: А как часто их проверяют?",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram", "-Все новости"],
    ]),
    _page("ru", "ru-blog-palatkabezadresa-kemping", [
        ["-Палатка без адреса", "-блог о диком туризме и ночёвках в палатке"],
        ["+Ночь на берегу озера без кемпинга: что взять и как не оставить следов"],
        ["-Опубликовано 30 июля 2026, автор — Глеб", "-Рубрика: Дикий туризм", "-Стоянка на мысу, вид с утра.",
         "-Важно: разводить костёр можно только там, где это не запрещено.", "-В посте есть партнёрские ссылки.",
         "-Оглавление", "-Выбор места", "-Что взять с собой"],
        ["+В июле я провёл ночь на берегу лесного озера в двух часах езды от города, без кемпинга и соседей."],
        ["+Место выбирал по карте: сухой мыс, ветер с воды, до дороги километр."],
        ["-Сохраните пост, чтобы не потерять"],
        ["+«Оставь место чище, чем было», — написано на табличке у тропы, и это главное правило."],
        ["+Список вещей"],
        ["+Палатка и коврик."],
        ["+Горелка и котелок."],
        ["-Мою горелку можно купить здесь (партнёрская ссылка)"],
        ["+Мешок для мусора."],
        ["+Утром я собрал весь мусор, включая чужой, и увёз его в город."],
        ["-Поддержать блог донатом"],
        ["+В следующий раз хочу попробовать ночёвку зимой."],
        ["-4 комментария", "-Алёна: Круто! Комары не заели?", "-Глеб: Спасался сеткой и ветром с воды.",
         "-Алёна: Возьму на заметку.", "-Денис: А рыба там ловится?", "-Глеб: Окунь, но мелкий.",
         "-← Предыдущий пост: Как я выбирал палатку"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Interactive graphic by Datawrapper – on the app? Open this page in your browser to see it.":
        "an English Datawrapper graphic residue ('Interactive graphic by Datawrapper – on the app? Open this page in "
        "your browser to see it.') is left in the body",
    "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie eine Karte von OpenStreetMap.":
        "a German recommended-editorial-content OpenStreetMap placeholder ('Empfohlener redaktioneller Inhalt: An "
        "dieser Stelle finden Sie eine Karte von OpenStreetMap.') is left in the body",
    "Ascolta la puntata su Spreaker: il player compare dopo aver dato il consenso.":
        "an Italian Spreaker podcast consent placeholder ('Ascolta la puntata su Spreaker: il player compare dopo "
        "aver dato il consenso.') is left in the body",
    "Treść zewnętrzna z serwisu X została zablokowana. Włącz ją w ustawieniach prywatności.":
        "a Polish blocked-X-content placeholder ('Treść zewnętrzna z serwisu X została zablokowana. Włącz ją w "
        "ustawieniach prywatności.') is left in the body",
    "Grab a cuppa, this one's about 3,000 words and most of them are about seaweed.":
        "an English blog's grab-a-cuppa word-count warning ('Grab a cuppa, this one's about 3,000 words and most of "
        "them are about seaweed.') is left at the head",
    "Words by Talfryn Osgood-Pyle · Environment correspondent · with agency copy":
        "an English words-by byline with agency copy ('Words by Talfryn Osgood-Pyle · Environment correspondent · "
        "with agency copy') is left at the head",
    "I film most of my launches – subscribe to the channel on YouTube so you don't miss the next one.":
        "an English blog's YouTube-channel plug ('I film most of my launches – subscribe to the channel on YouTube "
        "so you don't miss the next one.') is left at the foot",
    "Hand-built with Jekyll and served from Codeberg Pages.":
        "an English blog's Jekyll-on-Codeberg-Pages credit ('Hand-built with Jekyll and served from Codeberg "
        "Pages.') is left at the foot",
    "Artykuł aktualizowany na bieżąco – odśwież stronę, by zobaczyć najnowsze informacje.":
        "a Polish updated-live note ('Artykuł aktualizowany na bieżąco – odśwież stronę, by zobaczyć najnowsze "
        "informacje.') is left in the body",
    "Эта новость написана до объявления штормового предупреждения и может быть неактуальна.":
        "a Russian written-before-the-storm-warning note ('Эта новость написана до объявления штормового "
        "предупреждения и может быть неактуальна.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-wrackstow-seafront":
        "the local paper's storm story keeps its safety line ('Warning: the lower promenade remains closed; do not "
        "walk on the beach below the cliffs.') and its table of contents ('In this story:', 'Damage along the front',"
        " 'Reopening dates') under the title (4 of 20 noise lines)",
    "en-blog-barnaclealmanac-rockpools":
        "the rock-pooling blog's spring-tide post keeps its blog name and tagline ('The Barnacle Almanac', "
        "'rock-pooling notes from the north coast, one tide at a time'), its photo caption, safety line and table of "
        "contents ('The pools below the lighthouse at dead low water.', 'Please put every rock back the way you found"
        " it, and check tide times before you go.', 'Jump to:', 'Starting out', 'Who we found') under the title and "
        "its Pinterest prompt ('Pin this post for your next trip to the seaside!') between the second paragraph and "
        "the paragraph with the quote (8 of 20 noise lines)",
    "de-portal-huehnerwedel-baumpflanzung":
        "the local paper's tree-planting story keeps its more-from link ('Mehr aus Hühnerwedel') between the second "
        "and third list rows (1 of 20 noise lines)",
    "de-blog-leinenlosundwindig-drachen":
        ("the kite blog's first-stunt-kite post keeps its blog name, tagline, photo caption, safety line and "
         "advertising label ('Leinenlos und Windig', 'ein Blog übers Drachensteigen an der Küste', 'Der neue Drachen "
         "kurz vor dem Start am Deich.', 'Sicherheit: Niemals in der Nähe von Stromleitungen oder bei Gewitter "
         "fliegen.', 'Werbung, da Markennennung') under the title (5 of 20 noise lines; its table of contents, "
         "'Inhaltsübersicht', 'Der Aufbau', 'Die ersten Flüge', goes since round 135)"),
    "it-portale-sassorbaro-siccita":
        "the local paper's hosepipe-ban story keeps its gallery link ('Guarda la gallery: le fontane chiuse in "
        "centro') between the subheading and the first list row (1 of 20 noise lines)",
    "it-blog-fornelloelanterna-bivacco":
        "the wild-camping blog's night-in-the-fog post keeps its tagline ('diario di campeggio libero e bivacchi'), "
        "photo caption ('La tenda montata al tramonto vicino al laghetto.') and safety line ('Nota: informati sempre "
        "sulle regole locali; in molte aree protette il campeggio libero è vietato.') under the title (3 of 20 noise "
        "lines)",
    "pl-blog-cienigodzina-zegary":
        "the sundial blog's clay-dial post keeps its blog name, tagline, photo caption and table of contents ('Cień i"
        " Godzina', 'blog o zegarach słonecznych i mierzeniu czasu', 'Gotowy zegar na grządce z ziołami.', 'W tym "
        "wpisie:', 'Lepienie tarczy', 'Ustawianie na działce') under the title (6 of 20 noise lines)",
    "ru-blog-palatkabezadresa-kemping":
        "the wild-camping blog's lakeside-night post keeps its tagline ('блог о диком туризме и ночёвках в палатке'),"
        " photo caption ('Стоянка на мысу, вид с утра.') and safety line ('Важно: разводить костёр можно только там, "
        "где это не запрещено.') under the title and its donation prompt ('Поддержать блог донатом') between the two "
        "last paragraphs (4 of 20 noise lines)",
}


test_held_out_114_line, test_held_out_114_line_is_kept, test_held_out_114_page = held_out_tests(
    HELD_OUT_114_LINES, HELD_OUT_114_KEEP, HELD_OUT_114_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
