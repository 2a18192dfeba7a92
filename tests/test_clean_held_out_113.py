"""Held-out set 113: written blind, weighted toward the noise the cleaner exists for, in shapes set 112's docstring does
not name (nor the first paragraphs of sets 109, 110 and 111): scraper, embed and ad markers (an English Spotify episode
placeholder "Spotify episode embed – press play to load it from open.spotify.com (this sets cookies).", an English
Datawrapper table placeholder "A Datawrapper table should appear here. Reload the page if it stays blank.", an English
TikTok consent placeholder "TikTok video hidden: allow functional cookies to watch this clip from the club's account.",
a French X (ex-Twitter) consent placeholder "Contenu X (ex-Twitter) masqué : cliquez sur « Afficher » pour accepter les
cookies de ce service.", a German OpenStreetMap consent placeholder "Externer Inhalt: Hier kann eine Karte von
OpenStreetMap geladen werden. Dabei wird Ihre IP-Adresse übermittelt.", an Italian Spreaker podcast placeholder
"Contenuto di Spreaker non disponibile: accetta i cookie per ascoltare il podcast.", a Polish Strava route-map
placeholder "Tu powinna wyświetlić się mapa trasy ze Stravy. Jeśli jej nie widzisz, odśwież stronę." and a Russian
Yandex Music podcast failure "Яндекс Музыка: подкаст не воспроизводится в вашем браузере. Слушайте выпуск в
приложении."); reading-time headers in new wordings (the English "A three-minute read" and a blog's "Grab a cup of tea –
this one's about a twelve-minute read, diagrams included.", the French "À lire en 3 minutes", the German "4 Minuten
Lesezeit", the Italian "4 minuti di lettura", the Polish "Przeczytasz w 4 minuty" and the Russian "4 минуты на чтение");
bylines and self-promotion (an English words-and-pictures byline with desk, an English Lichess-study plug, an English
Patreon plug, a French text-and-photos byline, a German by-with-photo-credit byline, an Italian text-by-photos-by
byline, a Polish Zrzutka.pl plug and a Russian VKontakte-group plug); blog and site footers (an English
IMPRESS-regulation line, a Ghost-and-Casper credit, a no-AI line, a French publication-director-and-legal-deposit line,
a German ad-free-no-cookies line, an Italian photo-reuse line, a Polish Jekyll-and-no-statistics line and a Russian
media-registration line); reader-comment furniture (an English sort-by row, an English commenting-closes-after-48-hours
line, an English Disqus line, a French be-the-first line, a German comments-closed line, an Italian sort-comments row, a
Polish comments-close-after-14-days line and a Russian Gosuslugi-login line); share rows (an English Reddit, Pinterest,
Tumblr and Email row, a French Pinterest, Reddit and e-mail row and an Italian WhatsApp, Pinterest, LinkedIn and print
row); and notices (a German transparency note, a Polish changed-headline note and a Russian grant-support note); and
toward whole scraped news and hobby-blog pages in layouts set 112's docstring does not describe (one to three noise
lines above the title: one on one page, two on three and three on eight, with a weather line on four; three to ten noise
lines in one block under the title on every page (three on one, four on two, five on two, six on one, eight on two, nine
on one and ten on three), with a photo or diagram caption on eleven and a safety line on three; a table of contents on
every page: inside the under-title block on six, in its own block between the first and second paragraphs on two, as a
one-line index there on one and in its own block between the paragraph with the quote and the subheading on three; noise
between the first and second paragraphs on six pages, between the second paragraph and the paragraph with the quote on
three, between the paragraph with the quote and the subheading on five and between the subheading and the first list row
on three; noise between two list rows on eleven pages, between the first and second rows on four and between the second
and third on seven; noise between the last list row and the last paragraphs on four and between the two last paragraphs
on three; at the foot five to eight lines in one block (five on three pages, six on three, seven on three and eight on
three), with a comment heading or count and three to five comments and replies on every page, replies marked with arrows
and nested by indentation on one, a reply to a reply on every page, and back-to-top links, previous or next-post links
or blog footers after the thread on seven), taken from local sport and from blogs about chess problems, dinghy sailing,
growing mushrooms at home and letterpress printing.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 112 but what is named here), held-out set 114 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 112 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 109, 110 and 111, printed with one ast script (/tmp/s113scratch/read112.py, output
/tmp/s113scratch/read112.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 112's, taken from their nodes, and the line binding the three tests is set 112's with 112 ->
113, both by /tmp/s113scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s113scratch/tables113.py, made by /tmp/s113scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s113, detached at commit
e72f08b42bff921a1bb015a2c8189b0a8f8be7db, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read112.py ran once; its output (358 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 358);
it holds only the allowed text, which names set 112's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to /dev/null;
``ls`` on them printed only top-level names (cut by ``head``). ``git status --short`` in /work/main printed nothing and
``git rev-parse HEAD`` printed e72f08b42bff921a1bb015a2c8189b0a8f8be7db. (3) The helpers were printed by importing
tests/test_clean.py and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path
(SPINSCOPE_DATA=/work/shared/data; /tmp/s113scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES``
printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. tests/held_out_sets.py and
scripts/clean_held_out_report.py were printed with ``cat`` in one call. (4) gen.py parses set 112's file with ``ast``
and writes only its import nodes and its last statement (the binding line, 112 -> 113) around my docstring
(/tmp/s113scratch/doc113.txt), lines and keep lines (body113.py) and pages (pages113.py); it prints nothing. The pages
are built as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, my own construction, as in set 112's
notes. (5) Before the measurement /tmp/s113scratch/check.py executed this file with stand-in held_out_sets and
noisy_corpus modules (/tmp/s113scratch/stand) and counted lines by category, language and place, keep lines by place,
pages by language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines of their page,
overlaps between page lines and held-out noise and keep lines (either inside the other) and between held-out noise and
keep lines (case-insensitively), line length and e-mail addresses. Its first run found 18 problems: eleven pages had 16
to 19 noise lines and one (the English chess blog) 9 article lines; three table-of-contents entries ("Druck", "Fehler",
"Le iscrizioni") were inside article lines; and the page lines "Inhalt" and "Commenti" were inside held-out lines. A
first edit script stopped on an assertion (two anchors were wrong) before writing anything, so check.py ran a second
time on the same file with the same 18 problems; /tmp/s113scratch/fix1.py then added noise lines and an article line and
reworded those lines, and the third run found nothing. (6) The two measuring commands ran as the brief gave them, in one
shell call after ``date``, with their output sent to scratch files (/tmp/s113scratch/measure.out and report.out) and
then printed. /tmp/s113scratch/problems.py, which imports the copy of this file in /tmp/wt-s113/tests, then ran
``_problems`` in the frozen worktree on every line, keep line and page (not only the failing ones, a slip of the brief)
and printed the problems of the failing cases only; these matched the measured failures. (7) Invented names were checked
with the exact-string search over public GitHub files: Quenbrook, Zugzwang Shed, Penvénic, Clapot du Dimanche,
Hollerbrink, Bleisatz und Bütten and Bleisatz & Bütten, Montefalcetto, Micelio sul Balcone, Wierzbogród, Matowanie po
Godzinach, Камышеборск, Шверт и ветер, Hattie Quarmby, Gerold Nüßlein, Ilario Spadafora, Kervrézan, Kerzéhennec,
Sgarbozzi, Kerdrévoux, Wrzosowiecka, Осокорева and Ebbelwinkel had no hits; Ouldwick, Wasserkamp and Capovani were found
only inside other words (and one web domain) and were kept. Dropped: Funghi in Cantina (a hit in game text; the blog
became Micelio sul Balcone), Oldacre, Penhouët, Ropartz, Scorzelli, Scarpinelli (checked as a replacement, never used),
Kerbiriou, Szczepańczyk and Тростникова (real surnames) and Brelingen (a real place; the visiting team became TuS
Ebbelwinkel). Not checked: the commenters' and minor people's names (Colin Abberley, Derek Mallinson, Priya Chaudry,
Ambrose, Hendrik Vos, Hervé Le Duff, Nolwenn B., Goulven, Ronan, Maëlle, Jens Mahlstedt, Heike_K, Ulf R., Wolfhart,
Loredana Fumagalli, Gianfranco T., Marisa, Redazione, Lucilla, Ermenegildo, Zenon Wolański, ~kuba_wzg, ~Irena, Wacław,
Halszka, Аркадий Пескарёв, Татьяна, Степан, Глеб and others), the grounds and streets (Mill Meadow, Orchard Lane,
Mühlenkamp, piazza del Mercato), the club «Волна» and the papers named after checked towns. Numbers are zero-filled;
there are no e-mail addresses. (8) Real things named, as real pages do: Spotify and open.spotify.com, Datawrapper,
TikTok, Lichess, Patreon, IMPRESS, Ghost and its Casper theme, Disqus, Reddit, Pinterest, Tumblr, X (ex-Twitter),
OpenStreetMap, Spreaker, WhatsApp, LinkedIn, Strava, Zrzutka.pl, Jekyll, Yandex Music, VKontakte, Gosuslugi, the
Presidential Grants Fund, Google News, Dzen, WordPress, the Laser and Optimist dinghies and the Boston platen press. (9)
My first clock reading was 2026-12-05 06:09:52 UTC; the measurement ran at 06:14:56 UTC.

Judgement calls: the keep lines opening with or holding "Sort-of good news", "Share prices", "Comments from the umpires'
association", "Reading the flood maps", "Advertising boards", "Photos taken by members", "Follow-on training", "Publié à
l'origine", "Partager les lignes d'eau", "Commentaires et suggestions", "Werbung für die neue Tribüne", "Teilen müssen
sich", "Kommentiert hat", "Leggi regionali", "Condividere la strada", "Commenti entusiasti", "Reklamy sponsorów",
"Czytelnicy lokalnej gazety", "Поделиться дорожкой" and "Комментируя итоги" are article sentences. Categories as in set
112. On every page the title, the three paragraphs before the subheading (one with the quote), the subheading, its three
list rows and the two last paragraphs are article, including the blogs' closing next-post promises ("Next week I'll post
a three-mover ...", "Im nächsten Beitrag zeige ich ...", "В следующем посте расскажу ...") and the portal's call for
volunteers; everything else (site and blog names, taglines, menus, account rows, breadcrumbs, weather lines, bylines,
dates, reading times, listen links, categories, tags, photo and diagram captions, safety lines, advertising and
affiliate disclosures, tables of contents and jump rows, tips and diagram notes, read-also, related and more-on-this
links, ad and partner lines, newsletter, Google News, Dzen, Pinterest and save prompts, coffee and donation prompts,
share prompts, comment headings and counts, comments and replies, previous and next-post links, back-to-top links,
footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 112's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-quenbrook-cricket (a cricket square flooded by the river), en-blog-zugzwangshed-chess (a two-move chess
problem from a 1950s book), fr-portail-penvenic-piscine (a swimming pool reopening after repairs to a leak),
fr-blog-leclapotdudimanche-deriveur (a first capsize in a Laser dinghy), de-portal-hollerbrink-tribuene (a football
club's new covered stand), de-blog-bleisatzundbuetten-buchdruck (a first business card set by hand and printed on a
platen press), it-portale-montefalcetto-mezzamaratona (a half-marathon's route change), it-blog-miceliosulbalcone-funghi
(oyster mushrooms grown in a bucket), pl-portal-wierzbogrod-skatepark (a skate park extended with a bowl),
pl-blog-matowaniepogodzinach-zadania (a three-move chess problem), ru-portal-kamyshebork-regata (a rowing regatta on a
reservoir) and ru-blog-shvertiveter-shvertbot (a capsize in an Optimist dinghy), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit e72f08b42bff921a1bb015a2c8189b0a8f8be7db, measured with ``cd /tmp/wt-s113 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s113/src python -m pytest -q tests/test_clean_held_out_113.py -rA -p
no:cacheprovider`` (35 failed, 42 passed) and ``cd /tmp/wt-s113 && PYTHONPATH=/tmp/wt-s113/src python
scripts/clean_held_out_report.py --sets 113``, with the xfail tables empty): noise lines removed 22/45 (marker 0/8,
reading-time 6/7, byline 4/8, footer 2/8, comments 7/8, share 3/3, notice 0/3; the 23 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 19/20 (the French keep line "Publié à l'origine dans la gazette
paroissiale, le règlement du bassin date de 1974." is lost, as ``_KEEP_XFAIL`` describes); pages 1/12 clean
(en-portal-quenbrook-cricket), 73 of 240 page noise lines left and 0 of 120 article lines lost, as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails.

Still held out after round 86 (developed on sets 111 and 112: the article's two last paragraphs with the site's prompt
between them, right above the comments, end the body; embed placeholders that name their platform first with the
screen's state in the browser's words; ad-blocker notices, pre-roll countdowns and a partner's-notice break; a short
sentence over the picture's credit among the byline's rows read as the caption; comment moderation lines that say how
long the check takes; this set was written against e72f08b, before it; measured once with
``scripts/clean_held_out_report.py --sets 113`` at 66518cc): noise lines removed 22 -> 24/45 (marker 0 -> 2/8: the
Datawrapper table placeholder and the Italian Spreaker consent placeholder; their xfail entries removed), keep lines
19/20, pages clean 1/12, page noise lines left 73 of 240, article lines lost 0 of 120 (all unchanged).

Round 87 (development; this set was read in full from this round on): the French keep line on the pool rules is kept and
the comment threads at the foot go on every page. Fixed for the families, with six-language tests and near misses in
tests/test_clean.py (test_round_87_*): a participle clause with no date before the comma, only where the text first
appeared, is the article's when a main clause in small letters follows ("Publié à l'origine dans la gazette paroissiale,
le règlement du bassin date de 1974.", clean._DATELESS_HEAD in _goes_on_as_sentence, held to round 62's bare-year
minimum; a category list or a date after the comma still goes); a sentence whose subject is the advertising at a place
in town stops the edge models' walk ("Реклама на остановках теперь рассказывает о запрете полива из шланга.",
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
reasons reworded); SemEval: 0 of 3723 files changed. Figures before -> after: noise lines removed 24 -> 26/45 (byline 4
-> 5/8: the French text-and-photos byline; footer 2 -> 3/8: the no-AI footer; their xfail entries removed; marker 2/8,
reading-time 6/7, comments 7/8, share 3/3, notice 0/3 unchanged), keep lines 19 -> 20/20, pages clean 1 -> 6/12, page
noise lines left 73 -> 32 of 240, article lines lost 0 of 120; pytest of this file 44 passed, 33 xfailed -> 52 passed,
25 xfailed (the keep entry, two line entries and five page entries removed, five page reasons reworded). Left: the
blogs' taglines, captions, safety lines and tables of contents under the title or between paragraphs, the chess blog's
solving tip and diagram note, and the single lines of ``_LINE_XFAIL``.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_113_LINES: list[tuple[str, str, str]] = [
    # English: markers
    ("body", "Spotify episode embed – press play to load it from open.spotify.com (this sets cookies).", "marker"),
    ("body", "A Datawrapper table should appear here. Reload the page if it stays blank.", "marker"),
    ("body", "TikTok video hidden: allow functional cookies to watch this clip from the club's account.", "marker"),
    # English: reading time
    ("head", "A three-minute read", "reading-time"),
    ("head", "Grab a cup of tea – this one's about a twelve-minute read, diagrams included.", "reading-time"),
    # English: bylines and self-promotion
    ("head", "Words: Hattie Quarmby · Pictures: club archive · Sport desk", "byline"),
    ("tail", "Every position in this post is in a Lichess study you can clone – the link is in my profile.", "byline"),
    ("tail", "Patrons get the PDF problem sheets a week early: join from £3 a month on Patreon.", "byline"),
    # English: footers
    ("tail", "Regulated by IMPRESS, the independent press monitor. See our complaints procedure.", "footer"),
    ("tail", "Published with Ghost · theme adapted from Casper · no analytics", "footer"),
    ("tail", "No AI was used to write these posts, and they may not be used to train one.", "footer"),
    # English: comments
    ("tail", "Sort by: Oldest · Newest · Most liked", "comments"),
    ("tail", "Commenting on this story closes 48 hours after publication.", "comments"),
    ("tail", "Comments are loaded from Disqus – by posting you agree to its privacy policy.", "comments"),
    # English: share
    ("tail", "Share on Reddit · Pinterest · Tumblr · Email", "share"),
    # French
    ("body", "Contenu X (ex-Twitter) masqué : cliquez sur « Afficher » pour accepter les cookies de ce service.",
     "marker"),
    ("head", "À lire en 3 minutes", "reading-time"),
    ("head", "Texte et photos : Gwenola Kervrézan, correspondante locale", "byline"),
    ("tail", "Directeur de la publication : Yann Kerzéhennec. Dépôt légal à parution.", "footer"),
    ("tail", "Soyez le premier à réagir à cet article !", "comments"),
    ("tail", "Partager sur Pinterest, Reddit ou par courriel", "share"),
    # German
    ("body", "Externer Inhalt: Hier kann eine Karte von OpenStreetMap geladen werden. Dabei wird Ihre IP-Adresse "
     "übermittelt.", "marker"),
    ("head", "4 Minuten Lesezeit", "reading-time"),
    ("head", "Von Kunigunde Wasserkamp | Fotos: Vereinsarchiv", "byline"),
    ("tail", "Dieser Blog ist werbefrei und setzt keine Cookies, nicht einmal für Statistiken.", "footer"),
    ("tail", "Die Kommentarfunktion ist für diesen Artikel geschlossen.", "comments"),
    ("body", "Transparenzhinweis: Der Autor ist selbst Mitglied des Vereins.", "notice"),
    # Italian
    ("body", "Contenuto di Spreaker non disponibile: accetta i cookie per ascoltare il podcast.", "marker"),
    ("head", "4 minuti di lettura", "reading-time"),
    ("head", "Testo di Ottavina Sgarbozzi, foto di Brunello Capovani", "byline"),
    ("tail", "Le foto sono dell'autore salvo dove indicato; per usarle scrivete tramite il modulo contatti.",
     "footer"),
    ("tail", "Ordina i commenti: più recenti | più votati", "comments"),
    ("tail", "Invia su WhatsApp · Pinterest · LinkedIn · Stampa", "share"),
    # Polish
    ("body", "Tu powinna wyświetlić się mapa trasy ze Stravy. Jeśli jej nie widzisz, odśwież stronę.", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("tail", "Jeśli lubisz te zadania, wesprzyj bloga na Zrzutka.pl – każda złotówka idzie na nowe książki.",
     "byline"),
    ("tail", "Blog działa na Jekyllu i nie zbiera żadnych statystyk odwiedzin.", "footer"),
    ("tail", "Komentarze są zamykane po 14 dniach od publikacji.", "comments"),
    ("body", "Od redakcji: tytuł artykułu został zmieniony po publikacji.", "notice"),
    # Russian
    ("body", "Яндекс Музыка: подкаст не воспроизводится в вашем браузере. Слушайте выпуск в приложении.", "marker"),
    ("head", "4 минуты на чтение", "reading-time"),
    ("tail", "Фото с каждой гонки выкладываю в группе ВКонтакте — вступайте, там и видео.", "byline"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 00-00000 от 00.00.0000.", "footer"),
    ("tail", "Войдите через Госуслуги, чтобы оставить комментарий.", "comments"),
    ("tail", "Проект реализован при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_113_KEEP: list[tuple[str, str]] = [
    ("head", "Sort-of good news came on Tuesday, when the groundsman found the drains under the square still working."),
    ("head", "Share prices of the club's community bond fell after the flood, the treasurer admitted."),
    ("head", "Comments from the umpires' association suggest the first two fixtures will be played away."),
    ("body", "Reading the flood maps again, the council found the pavilion sits below the 1968 high-water mark."),
    ("body", "Advertising boards around the ground were the first things the river carried off."),
    ("tail", "Photos taken by members show the sightscreen lying on its side in a metre of water."),
    ("tail", "Follow-on training will restart once the nets are dry, the coach said."),
    ("head", "Publié à l'origine dans la gazette paroissiale, le règlement du bassin date de 1974."),
    ("body", "Partager les lignes d'eau entre clubs reste le principal casse-tête de la direction."),
    ("tail", "Commentaires et suggestions des nageurs seront recueillis jusqu'à la fin du mois à l'accueil."),
    ("head", "Werbung für die neue Tribüne machte der Verein vor allem auf den Rängen selbst."),
    ("body", "Teilen müssen sich die beiden Vereine den Kunstrasen noch bis zum Herbst."),
    ("tail", "Kommentiert hat der Bürgermeister den Bau bisher nur knapp."),
    ("head", "Leggi regionali più severe hanno costretto gli organizzatori a spostare il traguardo."),
    ("tail", "Condividere la strada con gli autobus non era più possibile, spiega il comitato."),
    ("tail", "Commenti entusiasti sono arrivati soprattutto dai podisti più anziani."),
    ("head", "Reklamy sponsorów zawisną na nowym ogrodzeniu skateparku dopiero wiosną."),
    ("body", "Czytelnicy lokalnej gazety wybrali w głosowaniu nazwę dla nowej rampy."),
    ("tail", "Поделиться дорожкой с байдарочниками гребцам пришлось впервые."),
    ("tail", "Комментируя итоги, главный судья похвалил молодые экипажи."),
]

HELD_OUT_113_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-quenbrook-cricket", [
        ["-The Quenbrook Mercury"],
        ["+Floodwater leaves Quenbrook's cricket square under a layer of river silt"],
        ["-Sport › Cricket › Village clubs",
         "-By Tamsin Ouldwick, sports reporter",
         "-Wednesday 14 May 2025, 6:40pm",
         "-2 min read",
         "-The square at Mill Meadow on Sunday morning, seen from the pavilion steps. Photo: Quenbrook CC",
         "-Jump to:",
         "-The night the river rose",
         "-Insurance and the pavilion",
         "-Volunteer days",
         "-Listen to this article"],
        ["+Mill Meadow, home of Quenbrook Cricket Club since 1891, was under water for most of Saturday after "
         "heavy rain upstream."],
        ["-Advertisement"],
        ["+By Sunday the water had gone, but it left a grey crust of silt across the square and both practice "
         "strips."],
        ["+\"We have lost the first month of the season, but not the club,\" said the chairman, Colin Abberley, "
         "standing on the boundary in waders."],
        ["+What happens next"],
        ["+The silt will be scraped off by hand so that the rolled surface underneath is not torn."],
        ["-Related: Town bridge closed for inspection after Saturday's storm"],
        ["+The square will then be spiked, top-dressed and reseeded in early June."],
        ["+Home matches in May move to the grammar school's ground on Orchard Lane."],
        ["+The club says it hopes to host its first game on the meadow by the middle of July."],
        ["+Members who can lend a wheelbarrow are asked to come to the pavilion on Saturday at nine."],
        ["-4 comments",
         "-Derek Mallinson · 2 days ago: Forty years I've played on that square and never seen it this bad.",
         "-↳ Quenbrook CC replied: Thanks Derek, we'll need your wheelbarrow too!",
         "-  ↳ Derek Mallinson: It's already in the car.",
         "-Priya Chaudry · 1 day ago: Could the juniors train at the school as well?",
         "-↳ Quenbrook CC replied: Yes, Tuesday and Thursday evenings from next week.",
         "-Back to the top ↑"],
    ]),
    _page("en", "en-blog-zugzwangshed-chess", [
        ["-The Zugzwang Shed",
         "-mate-in-two problems, solved badly, explained slowly",
         "-Home  Problems  Solving tips  About me"],
        ["+The problem that took me three weeks and a bus journey to solve"],
        ["-Posted on 3 March 2025 by Ambrose",
         "-Filed under: Two-movers, Classic problems",
         "-Tags: two-movers, zugzwang, second-hand books"],
        ["+I found this two-mover in a second-hand book of newspaper problems from the 1950s, with no solution "
         "printed anywhere."],
        ["-Contents",
         "-1. The position",
         "-2. The tries that fail",
         "-3. The key move",
         "-4. Why it works"],
        ["+White has a queen, a rook and two knights against a black king boxed in by his own pawns."],
        ["+Every obvious check fails, and as a friend at the club put it, \"the obvious move in a problem is "
         "there to waste your evening.\""],
        ["+Three tries worth knowing"],
        ["-Tip: set the position up on a real board; screens make the knights harder to see."],
        ["+Queen to the long diagonal fails because the black bishop interposes."],
        ["+The rook sacrifice fails because it frees the black king's escape square."],
        ["-(The diagram for this try is in the PDF version of the post.)"],
        ["+The quiet knight retreat, which threatens nothing, turns out to be the key."],
        ["-Buy me a coffee if this saved you a bus journey"],
        ["+It puts Black in zugzwang: every reply opens a line for one of White's pieces to mate."],
        ["+Next week I'll post a three-mover from the same book, with the solution hidden at the end."],
        ["-3 thoughts on \"The problem that took me three weeks and a bus journey to solve\"",
         "-Hendrik Vos said: The knight retreat is lovely. I fell for the rook sacrifice too.",
         "-Ambrose said: Everyone does! That's what makes it a good try.",
         "-Hendrik Vos said: Do you know who composed it?",
         "-← Older post: Five books for new solvers",
         "-© 2025 The Zugzwang Shed"],
    ]),
    _page("fr", "fr-portail-penvenic-piscine", [
        ["-Le Courrier de Penvénic",
         "-Mon compte · S'abonner",
         "-Accueil > Sports > Natation"],
        ["+La piscine de Penvénic rouvre ses portes après huit mois de travaux"],
        ["-Publié le 2 septembre 2025 à 07h15",
         "-Par Armelle Kerdrévoux",
         "-Lecture 3 min.",
         "-Le grand bassin rénové, lundi matin, avant l'arrivée des premiers nageurs. Photo Le Courrier",
         "-Écouter cet article",
         "-Abonnez-vous à notre lettre sportive",
         "-Sommaire",
         "-Les travaux en chiffres",
         "-Les nouveaux horaires"],
        ["+Fermée depuis janvier à cause d'une fuite sous le grand bassin, la piscine municipale a rouvert "
         "lundi matin."],
        ["+La dalle a été refaite, le carrelage remplacé et la chaudière changée pour une pompe à chaleur."],
        ["-Publicité"],
        ["+« Nous avons enfin une piscine qui ne perd plus son eau », a résumé le maire, Hervé Le Duff, en "
         "coupant le ruban."],
        ["+Ce qui change pour les usagers"],
        ["+Le petit bassin est désormais chauffé à 30 degrés pour les bébés nageurs."],
        ["+Les vestiaires sont accessibles aux personnes en fauteuil."],
        ["-Les nouveaux vestiaires. Photo Le Courrier"],
        ["+Une ligne d'eau reste réservée aux clubs le mardi et le jeudi soir."],
        ["-À lire aussi : Le club de water-polo cherche des joueurs"],
        ["+Le coût total des travaux atteint 1,2 million d'euros, dont un tiers payé par la région."],
        ["+Les tarifs restent inchangés jusqu'à la fin de l'année."],
        ["-Réagir à l'article",
         "-Nolwenn B. : Enfin ! Mes enfants attendaient ça depuis l'hiver.",
         "-Goulven : Et les horaires du samedi, ils changent ?",
         "-Le Courrier de Penvénic : Bonjour, le samedi la piscine ouvre de 9 h à 18 h.",
         "-Goulven : Merci, c'est noté."],
    ]),
    _page("fr", "fr-blog-leclapotdudimanche-deriveur", [
        ["-Le Clapot du Dimanche",
         "-Accueil | Mes sorties | Matériel | À propos"],
        ["+Mon premier dessalage en Laser, raconté sans fierté"],
        ["-Le Clapot du Dimanche — carnet d'un dériveur du dimanche",
         "-Catégorie : Navigation",
         "-Billet du 22 juin 2025",
         "-Le bateau couché sur l'eau, photographié par mon frère depuis le ponton.",
         "-Rappel : portez toujours un gilet, même par petit temps.",
         "-Ce billet contient des liens affiliés."],
        ["+Il soufflait à peine dix nœuds quand je suis sorti du port, et j'ai cru la journée gagnée d'avance."],
        ["+Une risée plus forte est arrivée derrière la digue, et je n'ai pas choqué l'écoute à temps."],
        ["+Mon moniteur m'avait pourtant prévenu : « Sur un Laser, c'est l'écoute qui te sauve, pas le "
         "safran. »"],
        ["-Sommaire du billet",
         "-Le dessalage",
         "-Redresser le bateau"],
        ["+Ce que j'ai appris"],
        ["+Monter tout de suite sur la dérive, avant que le bateau ne se retourne complètement."],
        ["+Garder une main sur la coque pour ne pas être séparé du bateau."],
        ["-Publicité — gilets de sauvetage en promotion chez notre partenaire"],
        ["+Laisser la voile s'orienter face au vent avant de redresser."],
        ["+Je suis rentré trempé, mais j'ai dessalé deux fois de plus exprès pour m'entraîner."],
        ["+Dimanche prochain, je sortirai avec un ris, juste au cas où."],
        ["-2 commentaires",
         "-Ronan a dit : Le premier dessalage, on ne l'oublie jamais. Bravo pour les deux suivants !",
         "-L'auteur a répondu : Merci Ronan, le troisième était presque élégant.",
         "-Ronan a dit : Presque, c'est déjà beaucoup.",
         "-Maëlle a dit : Moi aussi, j'ai dessalé au premier coup de vent !",
         "-L'auteur a répondu : Bienvenue au club, Maëlle.",
         "-Billet précédent : Choisir sa première combinaison",
         "-Fièrement propulsé par WordPress"],
    ]),
    _page("de", "de-portal-hollerbrink-tribuene", [
        ["-Hollerbrinker Anzeiger",
         "-Sport | Lokalsport | Fußball",
         "-Wetter: 14 °C, leicht bewölkt"],
        ["+Neue Tribüne für den SV Hollerbrink: 600 Sitzplätze und ein Dach"],
        ["-Von Gerold Nüßlein",
         "-Aktualisiert am 11.08.2025, 16:20 Uhr",
         "-Lesezeit: 3 Minuten",
         "-Die neue Tribüne am Sportplatz Mühlenkamp kurz vor der Eröffnung. Foto: Verein",
         "-Artikel anhören",
         "-Inhaltsverzeichnis",
         "-Bau und Kosten",
         "-Was Fans wissen müssen"],
        ["+Nach zwei Jahren Bauzeit hat der SV Hollerbrink am Sonntag seine neue Tribüne eingeweiht."],
        ["-Anzeige"],
        ["+Sie bietet 600 Sitzplätze unter einem Stahldach, wo bisher eine Stehtraverse aus Bahnschwellen "
         "stand."],
        ["+„Endlich werden unsere Zuschauer nicht mehr nass“, sagte der Vorsitzende Jens Mahlstedt bei der "
         "Eröffnung."],
        ["-Mehr zum Thema: Kreisliga startet mit Derby"],
        ["+Das Wichtigste im Überblick"],
        ["+Die Tribüne hat zwölf Rollstuhlplätze mit Begleitsitz."],
        ["+Unter den Rängen liegen neue Kabinen für die Jugendteams."],
        ["-Newsletter: Lokalsport jeden Freitag ins Postfach"],
        ["+Der Kiosk zieht vom Parkplatz in die Tribüne um."],
        ["+Die Gemeinde trägt knapp die Hälfte der Kosten von 1,4 Millionen Euro."],
        ["+Das erste Heimspiel unter dem neuen Dach ist am Samstag gegen den TuS Ebbelwinkel."],
        ["-Kommentare (3)",
         "-Heike_K: Schön geworden! Gibt es noch Dauerkarten?",
         "-SV Hollerbrink: Ja, in der Geschäftsstelle bis Ende August.",
         "-Ulf R.: Und die Stehplätze hinter dem Tor bleiben?",
         "-SV Hollerbrink: Ja, die Stehplätze bleiben erhalten.",
         "-Ulf R.: Sehr gut, danke!"],
    ]),
    _page("de", "de-blog-bleisatzundbuetten-buchdruck", [
        ["-Bleisatz & Bütten",
         "-Start · Werkstatt · Schriften · Über mich",
         "-Notizen aus einer kleinen Handpresse-Werkstatt"],
        ["+Meine erste Visitenkarte aus dem Winkelhaken"],
        ["-Veröffentlicht am 9. Februar 2025",
         "-Kategorie: Handsatz",
         "-Der fertige Satz im Schließrahmen, noch mit Farbresten.",
         "-Dieser Beitrag enthält unbezahlte Werbung durch Markennennung."],
        ["+Vor einem Jahr habe ich einen alten Tiegel gekauft, und erst jetzt traue ich mich an eine "
         "Visitenkarte."],
        ["-Auf dieser Seite",
         "-Setzen",
         "-Drucken",
         "-Was schiefging"],
        ["+Die Schrift ist eine Grotesk in acht Punkt, die ich zusammen mit dem Setzkasten geerbt habe."],
        ["+Mein Lehrer im Museum sagte immer: „Wer setzt, liest spiegelverkehrt und denkt vorwärts.“"],
        ["+Drei Fehler, die ich gemacht habe"],
        ["+Ich habe das p und das q vertauscht, zweimal."],
        ["-Gefällt dir der Beitrag? Dann teile ihn gern."],
        ["+Der Durchschuss war zu knapp, die Zeilen klebten aneinander."],
        ["+Ich habe viel zu viel Farbe auf die Walzen gegeben."],
        ["+Nach dem vierten Andruck stimmte endlich alles, und hundert Karten lagen zum Trocknen aus."],
        ["-Merk dir den Beitrag auf Pinterest"],
        ["+Im nächsten Beitrag zeige ich, wie ich den Tiegel gereinigt habe."],
        ["-5 Kommentare",
         "-Wolfhart schreibt: Das p und q – herrlich, das passiert jedem!",
         "-Antwort von Bleisatz & Bütten: Zum Glück nur auf dem Probeabzug.",
         "-Wolfhart schreibt: Welcher Tiegel ist es denn?",
         "-Antwort von Bleisatz & Bütten: Ein Boston-Tiegel, Baujahr unbekannt.",
         "-Impressum · Datenschutz",
         "-Zurück nach oben"],
    ]),
    _page("it", "it-portale-montefalcetto-mezzamaratona", [
        ["-Il Corriere di Montefalcetto",
         "-Meteo: sereno, 21°",
         "-Sport / Atletica"],
        ["+Mezza maratona di Montefalcetto, cambia il percorso: niente più salita del castello"],
        ["-di Ilario Spadafora",
         "-15 settembre 2025",
         "-Tempo di lettura: 3 minuti",
         "-Il passaggio dei podisti sul lungofiume nell'edizione dello scorso anno. Foto archivio",
         "-Ascolta l'articolo",
         "-Segui Il Corriere su Google News",
         "-Indice",
         "-Il nuovo tracciato",
         "-Le strade chiuse",
         "-Come iscriversi"],
        ["+La mezza maratona di ottobre avrà un percorso nuovo, tutto in pianura lungo il fiume."],
        ["+La salita del castello, che negli anni scorsi aveva fatto ritirare decine di corridori, è stata "
         "eliminata."],
        ["+«Vogliamo una gara veloce, dove anche chi corre la prima volta possa arrivare sorridendo», ha detto "
         "la presidente del comitato, Loredana Fumagalli."],
        ["-Pubblicità"],
        ["+Cosa cambia per chi corre"],
        ["+Partenza e arrivo restano in piazza del Mercato."],
        ["+I ristori passano da tre a cinque."],
        ["-Leggi anche: Corsa dei bambini, aperte le iscrizioni"],
        ["+Il tempo massimo sale a tre ore."],
        ["+Le iscrizioni chiudono il 5 ottobre o al raggiungimento di 1.500 partecipanti."],
        ["+Durante la gara il centro storico sarà chiuso al traffico dalle 8 alle 12."],
        ["-Commenti (3)",
         "-Gianfranco T.: Peccato per il castello, era la parte più bella!",
         "-Marisa: Per te forse, io lì camminavo sempre 😅",
         "-Gianfranco T.: Va bene, la farò da solo la domenica dopo.",
         "-Redazione: Il percorso completo è nella mappa allegata al regolamento."],
    ]),
    _page("it", "it-blog-miceliosulbalcone-funghi", [
        ["-Micelio sul Balcone",
         "-funghi coltivati in casa, con pazienza",
         "-Home | Ricette | Coltivazione | Contatti"],
        ["+Pleurotus in un secchio: il mio primo raccolto in appartamento"],
        ["-Pubblicato il 4 novembre 2025",
         "-Tempo di lettura: 5 minuti",
         "-Categoria: Coltivazione",
         "-I primi cespi di pleurotus sul bordo del secchio.",
         "-Attenzione: non consumate mai funghi che non sapete riconoscere con certezza."],
        ["+Ho usato un secchio da dieci litri, paglia pastorizzata e un sacchetto di micelio comprato online."],
        ["-Indice: Materiale · Incubazione · Raccolto"],
        ["+Per tre settimane il secchio è rimasto al buio in cantina, coperto da un telo."],
        ["-In questo post trovi link affiliati: se acquisti, ricevo una piccola commissione."],
        ["+Mia nonna, quando gliel'ho mostrato, ha detto: «Una volta i funghi si andavano a cercare, non si "
         "aspettavano»."],
        ["+Cosa ha funzionato"],
        ["-Salva questo post su Pinterest"],
        ["+Spruzzare acqua due volte al giorno, mai direttamente sui funghi."],
        ["+Tenere il secchio vicino alla finestra, ma senza sole diretto."],
        ["+Raccogliere i cespi interi, girandoli alla base."],
        ["-Iscriviti alla newsletter per ricevere i nuovi post"],
        ["+Il primo raccolto pesava poco più di seicento grammi."],
        ["+Il secondo, due settimane dopo, è stato più piccolo ma più saporito."],
        ["-4 commenti",
         "-Lucilla scrive: Che soddisfazione! Che paglia hai usato?",
         "-Micelio sul Balcone risponde: Paglia di grano, pastorizzata in acqua calda.",
         "-Lucilla scrive: Grazie, ci provo questo inverno.",
         "-Ermenegildo scrive: E la cantina deve essere fresca?",
         "-Micelio sul Balcone risponde: Tra 15 e 20 gradi va benissimo.",
         "-Articolo precedente: Shiitake su tronchetto, un anno dopo",
         "-Torna su"],
    ]),
    _page("pl", "pl-portal-wierzbogrod-skatepark", [
        ["-Gazeta Wierzbogrodzka",
         "-Wierzbogród: +19 °C, pogodnie"],
        ["+Skatepark nad zalewem większy o połowę. Są nowe rampy i bowl"],
        ["-Sport › Wierzbogród",
         "-Autor: Bogumiła Wrzosowiecka",
         "-12.06.2025, 10:05",
         "-Czas czytania: 2 min",
         "-Nowy bowl w skateparku tuż po otwarciu. Fot. UM Wierzbogród",
         "-Posłuchaj artykułu",
         "-Spis treści",
         "-Co zbudowano",
         "-Godziny otwarcia",
         "-Obserwuj nas w Google News"],
        ["+Skatepark nad zalewem po rozbudowie jest o połowę większy i ma pierwszy w powiecie betonowy bowl."],
        ["+Prace trwały od marca i kosztowały 850 tysięcy złotych."],
        ["-Reklama"],
        ["+„To miejsce zaprojektowali sami skaterzy, my tylko zapłaciliśmy”, powiedział burmistrz Zenon "
         "Wolański."],
        ["+Co nowego w skateparku"],
        ["+Bowl o głębokości do dwóch metrów."],
        ["-Zobacz także: Nowa ścieżka rowerowa wokół zalewu"],
        ["+Nowe poręcze i murki do nauki trików."],
        ["+Oświetlenie, dzięki któremu można jeździć do 22."],
        ["+Kaski są zalecane, a dla dzieci do lat dwunastu obowiązkowe."],
        ["-Czytaj także: Kąpielisko nad zalewem otwarte od lipca"],
        ["+W sobotę odbędą się pierwsze zawody dla młodzieży."],
        ["-Komentarze (2)",
         "-~kuba_wzg: W końcu! Stary skatepark był za mały od lat.",
         "-~Irena: A ławki dla rodziców będą?",
         "-~kuba_wzg: @Irena są, od strony parkingu.",
         "-~Irena: Dziękuję, to świetnie."],
    ]),
    _page("pl", "pl-blog-matowaniepogodzinach-zadania", [
        ["-Matowanie po Godzinach",
         "-blog o szachowych zadaniach i kompozycji"],
        ["+Mat w trzech ruchach, który rozwiązałem w tramwaju"],
        ["-Opublikowano 18 stycznia 2025",
         "-Kategoria: Zadania",
         "-Diagram zadania z gazety z 1962 roku.",
         "-Wpis zawiera linki afiliacyjne do księgarni."],
        ["+To zadanie znalazłem w starym roczniku gazety szachowej, kupionym za pięć złotych na targu."],
        ["+Białe mają tylko wieżę, gońca i pionka, a mimo to matują w trzech ruchach."],
        ["+Mój trener mawiał: „W zadaniu nie ma przypadkowych figur”."],
        ["-Spis treści",
         "-Pozycja",
         "-Fałszywe tropy",
         "-Rozwiązanie"],
        ["+Jak dojść do rozwiązania"],
        ["+Najpierw sprawdź, dokąd czarny król może uciec."],
        ["+Potem zapytaj, po co stoi tam biały pionek."],
        ["-Postaw mi kawę, jeśli lubisz te zadania"],
        ["+Na koniec szukaj cichego ruchu, a nie szachu."],
        ["+Kluczem jest ruch gońca na pole, które wygląda na zupełnie bezużyteczne."],
        ["-Zapisz się na newsletter"],
        ["+Za tydzień opublikuję zadanie od jednego z czytelników."],
        ["-3 komentarze",
         "-Wacław: Szukałem szachu przez pół godziny!",
         "-Autor: Jak wszyscy, na tym polega urok tego zadania.",
         "-Wacław: Teraz już wiem, dziękuję.",
         "-Halszka: Ja znalazłam od razu, ale tylko dlatego, że znałam podobne zadanie.",
         "-Autor: Tym bardziej brawo!",
         "-Poprzedni wpis: Moje ulubione zbiory zadań",
         "-Następny wpis: Zadanie od czytelnika"],
    ]),
    _page("ru", "ru-portal-kamyshebork-regata", [
        ["-Камышеборские вести",
         "-Главная / Спорт / Гребля",
         "-Погода: +17 °C"],
        ["+На Камышеборском водохранилище прошла первая за десять лет регата"],
        ["-Автор: Евлампия Осокорева",
         "-25 августа 2025, 18:30",
         "-Время чтения: 2 минуты",
         "-Экипажи на старте дистанции 1000 метров. Фото: пресс-служба федерации",
         "-Слушать статью",
         "-Содержание",
         "-Итоги гонок",
         "-Что дальше"],
        ["+В субботу на водохранилище впервые с 2015 года прошла открытая регата по академической гребле."],
        ["-Реклама"],
        ["+В гонках участвовали 24 экипажа из шести городов области."],
        ["+«Вода здесь спокойная, как в бассейне, лучше места для регаты не найти», — сказал главный судья "
         "Аркадий Пескарёв."],
        ["+Главное о регате"],
        ["-Читайте также: Гребная база получит новые лодки"],
        ["+Победу в восьмёрках одержал местный клуб «Волна»."],
        ["+Юниоры соревновались в двойках и четвёрках."],
        ["-Подписывайтесь на наш канал в Дзене"],
        ["+Дистанцию разметили буями, взятыми в аренду у соседей."],
        ["+Организаторы хотят сделать регату ежегодной."],
        ["+Следующие соревнования пройдут в сентябре."],
        ["-Комментарии (3)",
         "-Татьяна: Молодцы ребята! Смотрели с берега всей семьёй.",
         "-Редакция: Спасибо, Татьяна! Фотогалерея будет завтра.",
         "-Татьяна: Ждём!",
         "-Степан: А когда следующая регата?",
         "-Редакция: Степан, в сентябре, подробности в конце статьи."],
    ]),
    _page("ru", "ru-blog-shvertiveter-shvertbot", [
        ["-Шверт и ветер",
         "-Главная · Мои лодки · Гонки · Обо мне",
         "-блог о парусных швертботах"],
        ["+Как я перевернулся на «Оптимисте» и чему это меня научило"],
        ["-Опубликовано: 7 июля 2025",
         "-Читать 5 минут",
         "-Рубрика: Хождение под парусом",
         "-Моя лодка у причала перед выходом.",
         "-Внимание: выходите на воду только в спасательном жилете."],
        ["+Я взрослый человек, но учиться ходить под парусом начал на детской лодке — другой в клубе не "
         "нашлось."],
        ["+Ветер был слабый, и я решил, что ничего не случится."],
        ["+Инструктор кричал с берега: «Трави шкот, а не держись за него!»"],
        ["-Оглавление",
         "-Переворот",
         "-Как поставить лодку"],
        ["+Что я теперь делаю иначе"],
        ["+Всегда держу шкот в руке, а не на утке."],
        ["-Поддержите блог — ссылка на донат в меню"],
        ["+Сажусь на борт раньше, чем налетит порыв."],
        ["+Проверяю пробки в корпусе до выхода."],
        ["-Сохраните пост, чтобы не потерять"],
        ["+Через неделю я вышел снова и не перевернулся ни разу."],
        ["+В следующем посте расскажу про первую гонку."],
        ["-2 комментария",
         "-Глеб: Все переворачиваются, главное — не бросать!",
         "-Автор: Спасибо, не брошу.",
         "-Глеб: А какой у вас клуб?",
         "-Автор: Напишу в личку.",
         "-Предыдущая запись: Как выбрать гидрокостюм",
         "-Следующая запись: Первая гонка"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Spotify episode embed – press play to load it from open.spotify.com (this sets cookies).":
        "an English Spotify episode placeholder ('Spotify episode embed – press play to load it from open.spotify.com "
        "(this sets cookies).') is left in the body",
    "Grab a cup of tea – this one's about a twelve-minute read, diagrams included.":
        "an English blog's cup-of-tea reading-time line ('Grab a cup of tea – this one's about a twelve-minute read, "
        "diagrams included.') is left at the head",
    "Words: Hattie Quarmby · Pictures: club archive · Sport desk":
        "an English words-and-pictures byline with desk ('Words: Hattie Quarmby · Pictures: club archive · Sport "
        "desk') is left at the head",
    "Regulated by IMPRESS, the independent press monitor. See our complaints procedure.":
        "an English IMPRESS-regulation footer ('Regulated by IMPRESS, the independent press monitor. See our "
        "complaints procedure.') is left at the foot",
    "Contenu X (ex-Twitter) masqué : cliquez sur « Afficher » pour accepter les cookies de ce service.":
        "a French X (ex-Twitter) consent placeholder ('Contenu X (ex-Twitter) masqué : cliquez sur « Afficher » pour "
        "accepter les cookies de ce service.') is left in the body",
    "Directeur de la publication : Yann Kerzéhennec. Dépôt légal à parution.":
        "a French publication-director and legal-deposit footer ('Directeur de la publication : Yann Kerzéhennec. "
        "Dépôt légal à parution.') is left at the foot",
    "Externer Inhalt: Hier kann eine Karte von OpenStreetMap geladen werden. Dabei wird Ihre IP-Adresse übermittelt.":
        "a German OpenStreetMap consent placeholder ('Externer Inhalt: Hier kann eine Karte von OpenStreetMap geladen "
        "werden. Dabei wird Ihre IP-Adresse übermittelt.') is left in the body",
    "Dieser Blog ist werbefrei und setzt keine Cookies, nicht einmal für Statistiken.":
        "a German blog's ad-free, no-cookies footer ('Dieser Blog ist werbefrei und setzt keine Cookies, nicht einmal "
        "für Statistiken.') is left at the foot",
    "Le foto sono dell'autore salvo dove indicato; per usarle scrivete tramite il modulo contatti.":
        "an Italian blog's photo-reuse footer ('Le foto sono dell'autore salvo dove indicato; per usarle scrivete "
        "tramite il modulo contatti.') is left at the foot",
    "Tu powinna wyświetlić się mapa trasy ze Stravy. Jeśli jej nie widzisz, odśwież stronę.":
        "a Polish Strava route-map placeholder ('Tu powinna wyświetlić się mapa trasy ze Stravy. Jeśli jej nie "
        "widzisz, odśwież stronę.') is left in the body",
    "Jeśli lubisz te zadania, wesprzyj bloga na Zrzutka.pl – każda złotówka idzie na nowe książki.":
        "a Polish blog's Zrzutka.pl support plug ('Jeśli lubisz te zadania, wesprzyj bloga na Zrzutka.pl – każda "
        "złotówka idzie na nowe książki.') is left at the foot",
    "Blog działa na Jekyllu i nie zbiera żadnych statystyk odwiedzin.":
        "a Polish blog's Jekyll-and-no-statistics footer ('Blog działa na Jekyllu i nie zbiera żadnych statystyk "
        "odwiedzin.') is left at the foot",
    "Komentarze są zamykane po 14 dniach od publikacji.":
        "a Polish comments-close-after-14-days line ('Komentarze są zamykane po 14 dniach od publikacji.') is left at "
        "the foot",
    "Od redakcji: tytuł artykułu został zmieniony po publikacji.":
        "a Polish changed-headline editors' note ('Od redakcji: tytuł artykułu został zmieniony po publikacji.') is "
        "left in the body",
    "Яндекс Музыка: подкаст не воспроизводится в вашем браузере. Слушайте выпуск в приложении.":
        "a Russian Yandex Music podcast failure ('Яндекс Музыка: подкаст не воспроизводится в вашем браузере. "
        "Слушайте выпуск в приложении.') is left in the body",
    "Фото с каждой гонки выкладываю в группе ВКонтакте — вступайте, там и видео.":
        "a Russian blog's VKontakte-group plug ('Фото с каждой гонки выкладываю в группе ВКонтакте — вступайте, там и "
        "видео.') is left at the foot",
    "Проект реализован при поддержке Фонда президентских грантов.":
        "a Russian presidential-grants-fund support note ('Проект реализован при поддержке Фонда президентских "
        "грантов.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-zugzwangshed-chess":
        "the chess-problem blog's two-mover post keeps its solving tip ('Tip: set the position up on a real board; "
        "screens make the knights harder to see.') between the subheading and the first list row and its diagram note"
        " ('(The diagram for this try is in the PDF version of the post.)') between the second and third list rows (2"
        " of 20 noise lines); since round 95 its table of contents between the first and second paragraphs goes",
    "fr-blog-leclapotdudimanche-deriveur":
        "the dinghy blog's capsize post keeps its tagline ('Le Clapot du Dimanche — carnet d'un dériveur du "
        "dimanche'), photo caption ('Le bateau couché sur l'eau, photographié par mon frère depuis le ponton.') and "
        "safety line ('Rappel : portez toujours un gilet, même par petit temps.') under the title and its table of "
        "contents ('Sommaire du billet', 'Le dessalage', 'Redresser le bateau') between the paragraph with the quote "
        "and the subheading (6 of 20 noise lines)",
    "de-blog-bleisatzundbuetten-buchdruck":
        "the letterpress blog's business-card post keeps its tagline ('Notizen aus einer kleinen "
        "Handpresse-Werkstatt') above the title, its photo caption ('Der fertige Satz im Schließrahmen, noch mit "
        "Farbresten.') under the title and three lines of its table of contents ('Auf dieser Seite', 'Setzen', 'Was "
        "schiefging') between the first and second paragraphs (5 of 20 noise lines)",
    "pl-blog-matowaniepogodzinach-zadania":
        "the chess-problem blog's three-mover post keeps its tagline ('blog o szachowych zadaniach i kompozycji') "
        "above the title, its diagram caption ('Diagram zadania z gazety z 1962 roku.') under the title and its table"
        " of contents ('Spis treści', 'Pozycja', 'Fałszywe tropy', 'Rozwiązanie') between the paragraph with the "
        "quote and the subheading (6 of 20 noise lines)",
    "ru-blog-shvertiveter-shvertbot":
        "the dinghy blog's capsize post keeps its tagline ('блог о парусных швертботах') above the title, its photo "
        "caption and safety line ('Моя лодка у причала перед выходом.', 'Внимание: выходите на воду только в "
        "спасательном жилете.') under the title and its table of contents ('Оглавление', 'Переворот', 'Как поставить "
        "лодку') between the paragraph with the quote and the subheading (6 of 20 noise lines)",
}


test_held_out_113_line, test_held_out_113_line_is_kept, test_held_out_113_page = held_out_tests(
    HELD_OUT_113_LINES, HELD_OUT_113_KEEP, HELD_OUT_113_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
