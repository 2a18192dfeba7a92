"""Held-out set 107: written blind, weighted toward the noise the cleaner exists for, in shapes set 106's docstring does
not name (nor the first paragraphs of sets 103, 104 and 105): scraper, embed and ad markers (an English video-player
residue "Tap to unmute", an English interactive-graphic failure "The interactive graphic could not be loaded. View it on
the original page.", a PowerPress podcast row "Podcast: Play in new window | Download | Embed", a French interactive-map
fallback "Cette carte interactive ne s'affiche pas ? Cliquez ici pour l'ouvrir dans un nouvel onglet.", a German
Datawrapper consent placeholder "Um diesen Inhalt von Datawrapper zu sehen, müssen Sie externe Inhalte aktivieren.", an
Italian Spreaker loading line "Caricamento del lettore Spreaker in corso…", a Polish Spotify consent placeholder
"Odtwarzacz Spotify jest niedostępny. Zaakceptuj pliki cookies, aby posłuchać odcinka." and a Russian erid ad label
"Реклама. ООО «Пример», ИНН 0000000000, erid: 0000000000"); reading-time headers in new wordings (the English word-count
row "This article is approximately 1,100 words long." and a blog's "Pour yourself something warm; I reckon this post is
a twelve-minute job.", the French "Durée de lecture : 4 min 30 s", the German "Geschätzte Lesezeit für diesen Artikel: 5
Min.", the Italian "Questo articolo si legge in meno di cinque minuti", the Polish "Czytanie zajmie ci około 6 minut"
and the Russian "Время на чтение — около восьми минут"); bylines and self-promotion (an English words-and-pictures
credit "Words and pictures: Marigold Threapwick, Arts Reporter", an English Etsy kit plug, an English Patreon plug, a
French interview credit "Propos recueillis par Armelle Trévidigou", a German Redbubble calendar plug, an Italian
correspondent byline "di Ottavio Brancalupi, inviato a Roccavelina", a Polish YouTube-channel plug and a Russian
text-and-photo credit "Текст: Милослава Журавейкина, фото: пресс-служба музея"); blog and site footers (an English Ghost
credit, an English all-content-copyright line, an English media-group line "Part of the Wendlemark Media family of local
titles", a French publication-director and legal-deposit line, a German publisher-and-register line, the Italian
not-a-newspaper blog disclaimer, a Polish all-rights-reserved line and a Russian Roskomnadzor registration line);
reader-comment furniture (an English sort row "Sort by: Newest | Oldest | Most liked", an English comments-closed line,
an English sign-in-to-reply line, a French sort line, a German night-closure line "Die Kommentarfunktion ist zwischen 22
und 7 Uhr deaktiviert.", an Italian log-in-to-like line, a Polish comment-rating row with thumbs and a Russian collapsed
thread line "Ветка комментариев свёрнута. Развернуть"); share rows (an English Reddit, Flipboard, Pocket and Email row,
a French X, Flipboard, Reddit and e-mail row and an Italian Reddit, Flipboard, Email and print row); and notices (a
German transparency note on free tickets, a Polish co-funding note and a Russian author's-opinion note); and toward
whole scraped news and hobby-blog pages in layouts set 106's docstring does not describe (a table of contents of a
heading and three entries under the title on six pages, in its own block on two and in the block of the date on four; a
caption in the block of the date or byline on six; one noise line between two list rows on ten pages, between the first
and second rows on two; noise between the two last paragraphs on five; noise between the second paragraph and the
paragraph with the quote on one and between the first and second paragraphs on one; a most-read box between the last
list row and the last paragraphs on one; replies to replies at the foot on three; a more-links, most-read or
previous-post line after the thread on seven), taken from culture and heritage and from blogs about bookbinding,
aquarium plants, amateur astronomy and trail running (a regional portal's story on a museum reopening after a refit,
with a comment and the paper's reply, a bookbinding blog's post on a first coptic-stitch notebook, with a comment, the
author's reply and the commenter's reply to that, a regional portal's story on a library's opening hours cut, with a
comment and the paper's reply, an aquarium blog's post on a giant vallisneria that stopped melting, with a comment and
the author's reply, a regional portal's story on a brass band's centenary, with a comment and the paper's reply, an
astronomy blog's post on photographing the Orion nebula with a Dobsonian, with a comment, the author's reply and the
commenter's reply to that, a regional portal's story on a 1932 cinema's restoration, with a comment and another reader's
comment, a trail-running blog's post on a first 30-kilometre race, with a comment and the author's reply, a regional
portal's story on a folk festival refused an alcohol licence, with a comment and another reader's reply, a bookbinding
blog's post on rebinding a grandmother's prayer book in half leather, with a comment and the author's reply, a regional
portal's story on a town archive putting 20,000 documents online, with two comments, the second answering the first, and
an astronomy blog's post on Saturn from a ninth-floor balcony, with a comment, the author's reply and the commenter's
reply to that).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 106 but what is named here), held-out set 108 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 106 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 103, 104 and 105, printed with one ast script (/tmp/s107scratch/read106.py, output
/tmp/s107scratch/out106.txt); tests/held_out_sets.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out``
and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; and ``FIXTURES``, printed as its dict value. The imports are set 106's, taken from their nodes,
and the line binding the three tests is set 106's with 106 -> 107, both by /tmp/s107scratch/gen.py, which writes the
xfail tables (empty at the measurement, then from /tmp/s107scratch/tables107.py). Nothing else was copied from any file
of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s107, detached at commit
082c900fe471ec16418c518a2bba995ade07f0fa, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read106.py was run once; its output (399 lines) was printed once whole with ``cat`` (the tool cut
its middle) and then lines 150 to 275 with ``sed``, not paged with ``sed`` alone as the brief asked; it holds only the
allowed text. That text names set 106's scratch paths, its frozen commit, its missed lines and its left page lines; I
saw these only as that text. (2) scripts/clean_held_out_report.py was run as the brief gave it but not read. (3) The
worktrees were made with ``git worktree add``, output to /dev/null; a stray ``ls`` of the new worktree's tests/ folder
was piped to ``head -0`` and printed nothing. ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 082c900fe471ec16418c518a2bba995ade07f0fa. (4) The helpers were printed by importing tests/test_clean.py
and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data);
nothing was run through the cleaner then. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt',
'de': 'de_haushalt.txt'}. (5) Before the measurement /tmp/s107scratch/check.py executed this file with stand-in
held_out_sets and noisy_corpus modules (/tmp/s107scratch/stand) and counted lines by category and place, keep lines by
place, pages by language, 10 article and 20 noise lines a page, repeats on a page, page noise lines inside article lines
and overlaps of page lines with held-out noise and keep lines (case-insensitively), line length and e-mail addresses;
the per-language counts of the lines were set by hand, not counted. Its first run stopped at once (the pages dict was
built wrongly, keyed by language) and its second found every page short of noise lines, repeats on three pages
("Okularnacht", "Fango e Fiatone", "Андрей"), table-of-contents entries inside article lines ("La salita", "Okładka")
and page lines inside held-out lines (the site names inside two footer lines, "Comments", "Anzeige", "Pubblicità",
"Commenti", "REKLAMA", "Szycie", "Автор"); lines were added and reworded, the third run found "Kultur", "Condividi",
"Udostępnij", a repeat and long lines, and the fourth run found nothing. (6) Invented names were checked with the
exact-string search over public GitHub files: Threapwick, Skelwardine, Paste and Mull, Sainte-Ormille, Trévidigou,
Morvilleux, Bac à Vallisnérie, Krähmühlen, Okularnacht, Roccavelina, Brancalupi, Fango e Fiatone, Jarzębiniec, Grzbiet i
Kapitałka, Клюквоборск, Журавейкин, Окуляр на балконе and Wendlemark had no hits. Dropped: Brindlemoor, Thrushcombe,
Hollowmarch and Quintrec (ten hits each), Foxed and Folded (three) and Le Bocal Vert (one). Not checked: the commenters'
and minor people's names (Hilda Corran, Odile Ferrandier, Reinhold Ebersbach, Benedikt Sauerlach, Livia Sarmenti,
Bronisław Kędzierak, Зинаида Полынцева), the publisher Mühlenbote Medien, the placeholder court Musterstadt, street
names and the paper names built on checked towns. Numbers are zero-filled; there are no e-mail addresses. (7) Real
things named, as real pages do: PowerPress-style podcast rows, Datawrapper, Spreaker, Spotify, Etsy, Patreon, Redbubble,
YouTube, Ghost, Roskomnadzor, Narodowe Centrum Kultury, Reddit, Flipboard, Pocket, X, Google, Apple, Amazon, Pinterest,
Ko-fi, Steady, Astroshop, WhatsApp, Facebook, Telegram, ВКонтакте, Одноклассники, Podhale and Kurpie. (8) My first clock
reading was 2026-12-05 02:58:10 UTC; the measurement ran at 03:02:13 UTC.

Judgement calls: the keep lines opening with or holding "Advertisement hoardings", "Reading room hours", "Share prices",
"Powered by volunteers", "Comments made at the licensing hearing", "Subscribers to the archive's old microfilm service",
"Follow-up inspections", "Publicité mensongère", "Partagez-vous la salle de lecture", "Commentaires et suggestions des
lecteurs", "Werbung für das Jubiläumskonzert", "Lesezeit hatte der Dirigent nicht viel", "Kommentare des Publikums",
"Pubblicità d'epoca", "Condivisa da tutti i gruppi consiliari", "Iscriviti entro venerdì", "Reklamacje dotyczące
hałasu", "Udostępnij nam swoje zdjęcia", "Подписка на рассылку новых поступлений" and "Комментарий директора архива" are
article sentences. Categories as in set 106. On every page the title, the three paragraphs before the subheading (one
with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else (site and
blog names, taglines, menus, breadcrumbs, bylines, dates, update times, view counts, reading times, listen links,
categories, tags, captions and photo credits, tables of contents, skip links, read-also, more-on and most-read links,
ad, sponsored, affiliate, partner and discount lines, newsletter, Pinterest, Telegram, WhatsApp, donation and like
prompts, gallery links, share rows, comment headings and counts, commenter rows, comments and replies, reply and
write-a-comment links, previous and next-post links, copyright footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 106's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-skelwardine-museum (a museum's reopening), en-blog-pasteandmull-bookbinding (a coptic-stitch notebook),
fr-portail-sainteormille-bibliotheque (a library's opening hours cut), fr-blog-bacavallisnerie-aquarium (a giant
vallisneria), de-portal-kraehmuehlen-blaskapelle (a brass band's centenary), de-blog-okularnacht-astronomie (the Orion
nebula through a Dobsonian), it-portale-roccavelina-cinema (a cinema's restoration), it-blog-fangoefiatone-trail (a
first trail race), pl-portal-jarzebiniec-festiwal (a folk festival's licence),
pl-blog-grzbietikapitalka-introligatorstwo (a prayer book rebound), ru-portal-klyukvoborsk-arkhiv (a town archive going
online) and ru-blog-okulyarnabalkone-astronomiya (Saturn from a balcony), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 082c900fe471ec16418c518a2bba995ade07f0fa, measured with ``cd /tmp/wt-s107 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s107/src python -m pytest -q tests/test_clean_held_out_107.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s107 && PYTHONPATH=/tmp/wt-s107/src python
scripts/clean_held_out_report.py --sets 107``, with the xfail tables empty): noise lines removed 31/45 (marker 2/8,
reading-time 3/7, byline 5/8, footer 7/8, comments 8/8, share 3/3, notice 3/3; the 14 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 9/12 clean, 8 of 240 page noise lines left and 5 of
120 article lines lost (all on en-portal-skelwardine-museum), as ``_PAGE_XFAIL`` describes. The failing cases are strict
xfails.

Still held out after round 82 (developed on sets 103 and 104: an offer's price rows inside the article's own table given
back, two clauses joined by a comma and a conjunction read as the article's sentence rather than a caption, one-line
nested replies as comment-thread markers, readers'-comments headings, reading-time sentences in new wordings, replies
under deleted comments, no-offer notes, builder credits with their host; this set was written against 082c900, before
it; measured once with ``scripts/clean_held_out_report.py --sets 107`` at bccadcb): unchanged, noise lines removed
31/45, keep lines 20/20, pages clean 9/12, page noise lines left 8 of 240, article lines lost 5 of 120.

Still held out after session 31's retrained second opinion (the edge-line classifier's second model trained on sets
1-104, on top of round 82; measured once with ``scripts/clean_held_out_report.py --sets 107`` at 6811a9c): noise lines
removed 31 -> 33/45 (it takes the Etsy kit plug and the Ghost credit at the foot), keep lines 20/20, pages clean 9/12,
page noise lines left 8 of 240, article lines lost 5 of 120.

Still held out after round 83 (developed on sets 105 and 106: the article's run under a page-ending prompt given back,
two full paragraphs in a row below the body counting as the article's; fractions in list rows read as measures;
first-person subheadings over the article's rows; shop buttons among the rows; the writer speaking to the reader under a
previous-post link; embed and consent placeholders, failed players, chart credits and gallery links, ad controls and
countdowns, comment states, reading-time labels in words; this set was written against 082c900, before it; measured once
with ``scripts/clean_held_out_report.py --sets 107`` on round 83 rebased onto 5e0a872): noise lines removed 33/45
(unchanged), keep lines 20/20, pages clean 9/12, page noise lines left 8 -> 14 of 240, article lines lost 5 -> 0 of 120:
the museum story keeps its subheading, three rows and last paragraphs, and with them its most-read box and the first
comment with the paper's reply.

Still held out after round 84 (developed on sets 109 and 110: a short closing sentence, the last line no rule took above
the comments, completing round 83's pair of paragraphs under the body; reading-time labels and sentences in new
wordings; measured once with ``scripts/clean_held_out_report.py --sets 107`` on round 84 rebased onto c8c4d30):
unchanged, noise lines removed 33/45, keep lines 20/20, pages clean 9/12, page noise lines left 14 of 240, article lines
lost 0 of 120.

Round 85 (development; this set was read in full from this round on): the museum story's caption in the byline's block
and the library story's caption and archive credit in the date's block go, and so does the trail post's discount-code
line between its rows; its French and Russian reading-time rows go. Fixed for the families, with six-language tests and
near misses: a picture's caption under the title (page_blocks._mark_head_caption: among the byline's or the date's rows
over the picture's credit, or alone in its block under a block the rules took whole, a table of contents, naming a place
with a clause of place, _CAPTION_RELATIVE; a standfirst or a first paragraph in the same places has no credit under it
or says who did what), the archive's photo credit (clean._CREDIT: "Photo d'archives L'Écho", "Foto d'archivio ...",
"Archivfoto: ...", "Фото из архива ..."), affiliate and partner-link labels in the singular or the bare word over the
link's own words (clean._AFFILIATE_LABEL: "Affiliate:", "Partnerlink:", "Lien partenaire :", "Link partnerski:",
"Партнёрская ссылка:"), a recommendation's label over the writer's pick at a shop (clean._RECOMMENDED_PICK, sharing
_MY_PICK with round 83's button), a discount with its code in capitals and no label (clean._DISCOUNT_OFFER), a liked-it
question with no object over a call to share (clean._LIKED_IT_PROMPT, "Ti è piaciuto? Condividilo ..."), a call to
support the blog by its link or button (whole_line_noise's self-promotion, "Поддержать блог переводом можно по ссылке в
профиле"), reading-time labels "Durée de lecture" with the seconds after the minutes and "Время на чтение" with the
genitive after a hedge (clean._READING_LABEL, _READING_ROW, _MINUTES_NUMBER); WIDGET_WORD no longer reads the Italian
adjective "leggera" as reading (the trail post's last row went with the discount line above it). Across sets 10-110 no
article or keep line is lost; sets 101, 106 and 110 gain a clean page each and pages of 70, 95 and 105 keep fewer lines.
No class was added. Figures before -> after: noise lines removed 33 -> 35/45 (reading-time 3 -> 5/7; marker 2/8, byline
6/8, footer 8/8, comments 8/8, share 3/3, notice 3/3; the other single lines of ``_LINE_XFAIL`` are left for a later
round), keep lines 20/20, pages clean 9 -> 10/12, page noise lines left 14 -> 10 of 240, article lines lost 0 of 120;
pytest of this file 62 passed, 15 xfailed -> 65 passed, 12 xfailed. Left: the museum story's most-read box between its
last paragraphs and the comments with the paper's reply at the foot of the museum and trail pages (round 84's near miss
in page_blocks._mark_tail was not taken up).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_107_LINES: list[tuple[str, str, str]] = [
    # marker
    ("body", "Tap to unmute", "marker"),
    ("body", "The interactive graphic could not be loaded. View it on the original page.", "marker"),
    ("body", "Podcast: Play in new window | Download | Embed", "marker"),
    ("body", "Cette carte interactive ne s'affiche pas ? Cliquez ici pour l'ouvrir dans un nouvel onglet.", "marker"),
    ("body", "Um diesen Inhalt von Datawrapper zu sehen, müssen Sie externe Inhalte aktivieren.", "marker"),
    ("body", "Caricamento del lettore Spreaker in corso…", "marker"),
    ("body", "Odtwarzacz Spotify jest niedostępny. Zaakceptuj pliki cookies, aby posłuchać odcinka.", "marker"),
    ("body", "Реклама. ООО «Пример», ИНН 0000000000, erid: 0000000000", "marker"),
    # reading-time
    ("head", "This article is approximately 1,100 words long.", "reading-time"),
    ("head", "Pour yourself something warm; I reckon this post is a twelve-minute job.", "reading-time"),
    ("head", "Durée de lecture : 4 min 30 s", "reading-time"),
    ("head", "Geschätzte Lesezeit für diesen Artikel: 5 Min.", "reading-time"),
    ("head", "Questo articolo si legge in meno di cinque minuti", "reading-time"),
    ("head", "Czytanie zajmie ci około 6 minut", "reading-time"),
    ("head", "Время на чтение — около восьми минут", "reading-time"),
    # byline
    ("head", "Words and pictures: Marigold Threapwick, Arts Reporter", "byline"),
    ("tail", "My binding kits are on Etsy – each one comes with the thread and needles used in this post.", "byline"),
    ("tail", "Join my Patreon for the monthly bindery livestream and early access to templates.", "byline"),
    ("head", "Propos recueillis par Armelle Trévidigou", "byline"),
    ("tail", "Meine Aufnahmen gibt es auch als Kalender – bestellbar über meinen Shop bei Redbubble.", "byline"),
    ("head", "di Ottavio Brancalupi, inviato a Roccavelina", "byline"),
    ("tail", "Zapraszam na mój kanał na YouTube, gdzie pokazuję krok po kroku szycie bloków.", "byline"),
    ("head", "Текст: Милослава Журавейкина, фото: пресс-служба музея", "byline"),
    # footer
    ("tail", "This blog runs on Ghost and is backed up every night to a shoebox-sized server.", "footer"),
    ("tail", "All content © Wendlemark Newspapers Ltd 2026. Reproduction without permission prohibited.",
     "footer"),
    ("tail", "Part of the Wendlemark Media family of local titles", "footer"),
    ("tail", "Directeur de la publication : Gaëtan Morvilleux · Dépôt légal à parution", "footer"),
    ("tail", "Verlag: Mühlenbote Medien GmbH & Co. KG, Amtsgericht Musterstadt HRA 00000", "footer"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna "
     "periodicità.", "footer"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione.", "footer"),
    ("tail", "Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС00-00000 от 01.01.2020",
     "footer"),
    # comments
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Comments are closed for this article after 7 days.", "comments"),
    ("tail", "Sign in with Google or Apple to reply.", "comments"),
    ("tail", "Trier les commentaires : les plus récents d'abord", "comments"),
    ("tail", "Die Kommentarfunktion ist zwischen 22 und 7 Uhr deaktiviert.", "comments"),
    ("tail", "Accedi con il tuo account per mettere \"Mi piace\" ai commenti", "comments"),
    ("tail", "Zaloguj się, by ocenić ten komentarz: 👍 12 👎 3", "comments"),
    ("tail", "Ветка комментариев свёрнута. Развернуть", "comments"),
    # share
    ("tail", "Send to: Reddit | Flipboard | Pocket | Email", "share"),
    ("tail", "Partager sur : X · Flipboard · Reddit · Envoyer par e-mail", "share"),
    ("tail", "Condividi su Reddit | Flipboard | Email | Stampa", "share"),
    # notice
    ("body", "Transparenzhinweis: Die Eintrittskarten wurden dem Autor vom Veranstalter zur Verfügung gestellt.",
     "notice"),
    ("body", "Tekst powstał w ramach projektu dofinansowanego ze środków Narodowego Centrum Kultury.", "notice"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_107_KEEP: list[tuple[str, str]] = [
    ("head", "Advertisement hoardings along the museum's scaffolding were taken down on Friday, three weeks ahead "
     "of the reopening."),
    ("head", "Reading room hours will be cut from 52 to 38 a week under the council's budget, the library service "
     "confirmed."),
    ("body", "Share prices had nothing to do with it, the band's treasurer said: the hall was sold because the roof "
     "leaked."),
    ("body", "Powered by volunteers, the cinema's restored projector ran its first reel in front of 140 people on "
     "Saturday."),
    ("tail", "Comments made at the licensing hearing will be published in full with the committee's decision next "
     "month."),
    ("tail", "Subscribers to the archive's old microfilm service will be moved to the online catalogue free of "
     "charge."),
    ("tail", "Follow-up inspections of the museum's roof are planned for the spring, the trust said."),
    ("head", "Publicité mensongère : c'est ce que reprochent les usagers à la mairie, qui promettait des horaires "
     "élargis."),
    ("body", "Partagez-vous la salle de lecture avec des collégiens ? Le mercredi, la bibliothèque accueille "
     "désormais trois classes."),
    ("tail", "Commentaires et suggestions des lecteurs seront recueillis dans un cahier à l'accueil jusqu'au 30 "
     "juin."),
    ("head", "Werbung für das Jubiläumskonzert macht der Verein vor allem mit Plakaten in den Bäckereien der "
     "Stadt."),
    ("body", "Lesezeit hatte der Dirigent nicht viel: Die Noten des Festmarschs kamen erst drei Tage vor der "
     "Probe."),
    ("tail", "Kommentare des Publikums sammelt die Kapelle diesmal auf Postkarten, die am Ausgang ausliegen."),
    ("head", "Pubblicità d'epoca e vecchie locandine saranno esposte nel foyer del cinema restaurato fino a "
     "dicembre."),
    ("body", "Condivisa da tutti i gruppi consiliari, la delibera sul restauro è passata senza voti contrari."),
    ("tail", "Iscriviti entro venerdì: la cineteca cerca volontari per catalogare le pellicole, ha detto il "
     "direttore."),
    ("head", "Reklamacje dotyczące hałasu z ubiegłorocznego festiwalu rozpatrzyła komisja rady gminy."),
    ("tail", "Udostępnij nam swoje zdjęcia z dawnych festynów – apeluje do mieszkańców dom kultury, który "
     "przygotowuje wystawę."),
    ("head", "Подписка на рассылку новых поступлений архива появится в следующем году, сообщили в администрации."),
    ("tail", "Комментарий директора архива был коротким: «Оцифровали всё, что смогли»."),
]

HELD_OUT_107_PAGES: dict[str, tuple[str, NoisyCase]] = {p[1]: _page(*p) for p in [
    ("en", "en-portal-skelwardine-museum", [
        ["-Skelwardine Gazette", "-News | What's On | Heritage | Letters", "-Home › Heritage › Museums"],
        ["+Skelwardine Museum reopens after a two-year, £4m refit of its Victorian galleries"],
        ["-Heritage correspondent · Saturday 14 March 2026, 9:05am", "-Updated 11:40am",
         "-Listen to this article (4 min)",
         "-The new entrance hall, with the museum's whale skeleton hung from the restored glass roof.",
         "-Photo: Skelwardine Gazette"],
        ["-Jump to:", "-The new galleries", "-Opening hours", "-Tickets"],
        ["+The doors of Skelwardine Museum opened to the public again on Saturday morning, two years after "
         "the building closed for a refit of its roof, wiring and galleries."],
        ["+More than 900 visitors came through in the first three hours, according to the trust that runs "
         "the museum, many of them queuing from before eight o'clock."],
        ["+\"We were worried nobody would remember us,\" said the museum's director, Hilda Corran. \"Instead "
         "we had to open the side door to let the queue in.\""],
        ["+What has changed"],
        ["+The whale skeleton now hangs in the entrance hall instead of the basement"],
        ["-Gallery: 24 photos from the reopening day"],
        ["+Two galleries of local pottery have been joined into one long room"],
        ["+A lift reaches every floor for the first time since the building opened in 1884"],
        ["-Most read", "-Bin collections move to fortnightly from April"],
        ["+The refit was paid for mostly by a heritage grant, with the rest raised by the museum's friends "
         "over six years of fairs and sponsored walks."],
        ["+Entry stays free, although the trust asks visitors for a donation of three pounds."],
        ["-2 comments", "-Dot_Haverley", "-Took the grandchildren, they loved the whale. Café was rammed though.",
         "-Skelwardine Gazette replied", "-Thanks Dot – the trust says a second café counter opens next month."],
    ]),
    ("en", "en-blog-pasteandmull-bookbinding", [
        ["-Paste and Mull", "-Small books, big mess: a home bindery blog", "-Home · Tutorials · Kits · About"],
        ["+Sewing my first coptic-stitch notebook with a curved needle"],
        ["-Posted on 9 February 2026 by Ellery", "-Filed under: Tutorials, Coptic", "-7 comments",
         "-Skip to the tutorial"],
        ["-This post contains affiliate links; I may earn a small commission if you buy through them."],
        ["+Coptic binding had scared me off for years, mostly because every photo of it shows a spine of "
         "perfect little chains and mine always came out lumpy."],
        ["+This weekend I finally sat down with a curved needle, six signatures of cartridge paper and two "
         "boards cut from an old cereal box."],
        ["+My teacher's advice still rings in my ears: \"Pull the thread along the spine, never away from it, "
         "or the chains will sag.\""],
        ["-Pin this tutorial for later!"],
        ["+What you need"],
        ["+A curved needle and about two metres of waxed linen thread"],
        ["+Six signatures of four folded sheets each"],
        ["-Shop my favourite waxed thread on Amazon"],
        ["+Two boards with four holes punched along one edge"],
        ["+The first and last stations are the fiddly part, so go slowly there and keep the tension even "
         "all the way along."],
        ["+The finished notebook lies completely flat, which is the whole point of the stitch."],
        ["-← Previous post: Making a paste from wheat starch", "-Next post: A box for my bone folders →"],
        ["-2 thoughts on “Sewing my first coptic-stitch notebook”", "-Juniper B.", "-9 February 2026 at 21:14",
         "-Lovely chains! Did you wax the thread yourself?", "-Ellery (author)",
         "-Bought it pre-waxed, I'm lazy.", "-Juniper B. replied",
         "-Ha, same – next time try a block of beeswax."],
    ]),
    ("fr", "fr-portail-sainteormille-bibliotheque", [
        ["-L'Écho de Sainte-Ormille", "-Accueil > Culture > Sainte-Ormille"],
        ["+La bibliothèque de Sainte-Ormille fermera désormais le lundi et le samedi après-midi"],
        ["-Publié le 3 mars 2026 à 17h12", "-Mis à jour le 4 mars 2026 à 8h30", "-Par la rédaction",
         "-Écouter cet article · 3 min", "-Abonnés",
         "-La salle de lecture du premier étage, rénovée en 2019.", "-Photo d'archives L'Écho"],
        ["+Faute de personnel, la bibliothèque municipale réduit ses horaires d'ouverture de 31 à 24 heures "
         "par semaine à partir du 1er avril."],
        ["-À lire aussi : Le conservatoire cherche un nouveau directeur"],
        ["+Deux postes d'agents n'ont pas été remplacés après des départs à la retraite, a expliqué l'adjointe "
         "à la culture lors du conseil municipal."],
        ["+« Nous préférons ouvrir moins mais ouvrir bien », a déclaré Odile Ferrandier, la directrice de "
         "l'établissement."],
        ["-Newsletter : recevez chaque vendredi l'agenda culturel de la vallée", "-Je m'inscris"],
        ["+Les nouveaux horaires"],
        ["+Mardi et jeudi : de 13 h à 18 h"],
        ["+Mercredi et vendredi : de 10 h à 18 h"],
        ["-Contenu sponsorisé"],
        ["+Samedi : de 9 h à 12 h"],
        ["+Une pétition lancée par des usagers a recueilli 640 signatures en une semaine."],
        ["+La mairie promet de revoir la question à l'automne, une fois le budget voté."],
        ["-Réagir à cet article", "-Lucienne_77", "-Il y a 2 heures",
         "-Le samedi après-midi, c'était le seul créneau pour les familles. Dommage.",
         "-L'Écho de Sainte-Ormille a répondu", "-Les horaires seront réexaminés en septembre, selon la mairie.",
         "-Voir plus d'articles"],
    ]),
    ("fr", "fr-blog-bacavallisnerie-aquarium", [
        ["-Bac à Vallisnérie", "-Le carnet d'un aquariophile qui préfère les plantes aux poissons"],
        ["+Ma vallisnérie géante a enfin arrêté de fondre"],
        ["-Par Théo", "-12 janvier 2026", "-Catégorie : Plantes", "-Lecture : 5 min", "-Partager l'article"],
        ["-Sommaire", "-1. Le problème", "-2. Ce que j'ai changé", "-3. Le résultat"],
        ["+Pendant trois mois, chaque nouvelle feuille de ma vallisnérie géante jaunissait puis se décomposait "
         "avant d'atteindre la surface."],
        ["+J'ai d'abord accusé l'éclairage, puis le CO2, puis les escargots, avant de mesurer enfin la dureté "
         "de l'eau du robinet."],
        ["+Un vendeur de mon club m'avait pourtant prévenu : « La vallisnérie aime l'eau dure, ne l'installe "
         "pas dans un bac à crevettes. »"],
        ["+Ce que j'ai changé"],
        ["+J'ai arrêté l'eau osmosée pour les changements d'eau"],
        ["-Lien affilié : le test de dureté que j'utilise"],
        ["+J'ai ajouté une pastille d'engrais au pied de chaque plant"],
        ["+J'ai baissé la photopériode de dix à huit heures"],
        ["+Six semaines plus tard, les nouvelles feuilles dépassent cinquante centimètres et couvrent tout le "
         "fond du bac."],
        ["-Cet article vous a aidé ? Offrez-moi un café sur Ko-fi."],
        ["+Il a fallu beaucoup de patience, mais la plante s'est adaptée toute seule."],
        ["-3 commentaires", "-Margaux R.", "-Pareil chez moi avec l'eau osmosée, merci pour l'astuce !",
         "-Théo", "-Avec plaisir, tiens-moi au courant.",
         "-Laisser un commentaire", "-Article précédent : Mon premier tapis de Monte Carlo"],
    ]),
    ("de", "de-portal-kraehmuehlen-blaskapelle", [
        ["-Krähmühlener Anzeiger", "-Lokales · Kultur · Vereine", "-Startseite › Kultur › Vereine"],
        ["+Hundert Jahre Blaskapelle Krähmühlen: Festkonzert mit 60 Musikern"],
        ["-Von Lokalredakteur Benedikt Sauerlach", "-Veröffentlicht: 21.06.2026, 07:45 Uhr", "-Lesezeit 3 Min.",
         "-Ressort: Kultur", "-Artikel vorlesen lassen",
         "-Die Blaskapelle bei der Probe im Pfarrsaal. Foto: Verein"],
        ["+Mit einem Festkonzert auf dem Marktplatz hat die Blaskapelle Krähmühlen am Samstagabend ihren "
         "hundertsten Geburtstag gefeiert."],
        ["+Rund 1.500 Zuhörer kamen, obwohl es bis kurz vor Beginn geregnet hatte."],
        ["-Anzeige"],
        ["+„Mein Großvater hat 1926 die erste Tuba gespielt, heute spielt sie mein Sohn“, sagte der "
         "Vorsitzende Reinhold Ebersbach."],
        ["+Das Programm des Abends"],
        ["+Ein eigens komponierter Jubiläumsmarsch"],
        ["+Eine Polka-Runde mit der Jugendkapelle"],
        ["-Mehr zum Thema: Musikschule sucht Räume"],
        ["+Zum Schluss das Steigerlied mit dem ganzen Platz"],
        ["+Der Erlös des Abends geht an die Jugendarbeit des Vereins."],
        ["-Auch interessant: Stadtfest 2026 – das Programm"],
        ["+Im Herbst erscheint eine Chronik der hundert Jahre."],
        ["-Artikel teilen: Facebook · WhatsApp · E-Mail", "-Kommentare (2)", "-Hubert K.",
         "-Gänsehaut beim Steigerlied. Danke an alle Musiker!", "-Redaktion",
         "-Danke, Hubert – Fotos folgen in der Galerie.",
         "-Kommentar schreiben", "-Weitere Artikel aus Krähmühlen"],
    ]),
    ("de", "de-blog-okularnacht-astronomie", [
        ["-Okularnacht", "-Ein Hobby-Astronom im Vorgarten"],
        ["+Den Orionnebel mit einem 15-Zentimeter-Dobson fotografiert"],
        ["-Geschrieben am 2. Februar 2026", "-Kategorie: Deep Sky", "-Lesezeit: ca. 4 Minuten",
         "-Inhaltsverzeichnis", "-1. Ausrüstung", "-2. Aufnahme", "-3. Bearbeitung"],
        ["+Eigentlich ist ein Dobson kein Teleskop für Fotos, weil er der Erddrehung nicht folgt."],
        ["+Mit kurzen Belichtungen von zwei Sekunden und viel Geduld klappt es trotzdem."],
        ["+Ein Vereinskollege meinte nur: „Nimm hundert schlechte Bilder, dann wird eins gut.“"],
        ["-Werbung: Mein Handy-Adapter bei Astroshop (Affiliate-Link)"],
        ["+Meine Ausrüstung"],
        ["+Ein 15-Zentimeter-Dobson auf einer Rockerbox"],
        ["+Ein Smartphone mit Adapter am Okularauszug"],
        ["+Eine kostenlose Software zum Stacken"],
        ["-Hat dir der Beitrag gefallen? Unterstütze Okularnacht auf Steady."],
        ["+Aus 240 Einzelbildern ist am Ende ein Bild entstanden, auf dem die Trapezsterne klar getrennt sind."],
        ["+Beim nächsten klaren Abend versuche ich es mit dem Pferdekopfnebel."],
        ["-Schlagwörter: Orion, Dobson, Smartphone", "-Ein Kommentar", "-Ingo S.",
         "-Respekt, mit dem Dobson hätte ich das nie versucht.", "-Okularnacht (Autor)",
         "-Einfach ausprobieren, klappt besser als gedacht!", "-Ingo S. antwortete", "-Mach ich am Wochenende.",
         "-Vorheriger Beitrag: Jupitermonde mit dem Fernglas"],
    ]),
    ("it", "it-portale-roccavelina-cinema", [
        ["-Corriere di Roccavelina", "-Cronaca | Cultura | Sport | Necrologi", "-Home > Cultura"],
        ["+Riapre il cinema Aurora di Roccavelina dopo il restauro della sala del 1932"],
        ["-Redazione", "-15 maggio 2026", "-La sala restaurata con le poltrone originali. Foto: Comune",
         "-Ascolta l'articolo", "-Tempo di lettura: 3 minuti", "-Condividi l'articolo"],
        ["+Dopo tre anni di lavori, il cinema Aurora riapre sabato con la proiezione di un film muto "
         "accompagnato dal vivo al pianoforte."],
        ["+Il restauro ha riportato alla luce gli stucchi del soffitto e il sipario rosso originale."],
        ["+«Volevamo che la sala tornasse com'era la sera della prima», ha spiegato l'architetta Livia "
         "Sarmenti."],
        ["-Leggi anche: Biblioteca, nuovi orari estivi", "-Leggi anche: Torna la sagra del fungo"],
        ["+Cosa cambia"],
        ["+Le poltrone originali sono state rifoderate a mano"],
        ["+È stato installato un proiettore digitale accanto a quello a pellicola"],
        ["-Contenuto sponsorizzato"],
        ["+L'ingresso ora è accessibile anche in carrozzina"],
        ["+La programmazione alternerà film recenti e classici restaurati."],
        ["+Il primo mese i biglietti costeranno quattro euro."],
        ["-1 commento", "-Gianna M.", "-Ci andavo da bambina, che emozione.", "-Rispondi", "-Marco T.",
         "-Anche io! Il sipario era già rosso allora?",
         "-Il Corriere di Roccavelina è su WhatsApp: iscriviti al canale", "-Riproduzione riservata"],
    ]),
    ("it", "it-blog-fangoefiatone-trail", [
        ["-Fango e Fiatone", "-Diario di un corridore lento in montagna", "-Home | Gare | Allenamento | Chi sono"],
        ["+La mia prima gara di trail da 30 chilometri"],
        ["-Pubblicato il 20 aprile 2026", "-Tag: gare, trail, principianti",
         "-Indice dei contenuti", "-1. Partenza all'alba",
         "-2. Il muro del decimo chilometro", "-3. Arrivo e pasta party", "-Condividi su WhatsApp",
         "-Tempo di lettura: 6 min"],
        ["+Alle sette del mattino eravamo in duecento in piazza, e io ero l'unico con le scarpe da strada."],
        ["+Il primo errore l'ho fatto al decimo chilometro: sono partito troppo forte sulla salita."],
        ["+Un signore di settant'anni mi ha superato dicendo: «In salita si cammina, ragazzo.»"],
        ["+Cosa porterò la prossima volta"],
        ["+Scarpe da trail con la suola tassellata"],
        ["+Due borracce morbide invece di una"],
        ["-Sconto del 10% sui bastoncini con il codice FANGO10"],
        ["+Una giacca antivento leggera"],
        ["+Sono arrivato in cinque ore e dodici minuti, penultimo della mia categoria."],
        ["-Ti è piaciuto il post? Iscriviti alla newsletter del blog"],
        ["+Ma la prossima gara è già segnata in calendario."],
        ["-2 commenti", "-Marta", "-Bravo! La salita è sempre la parte peggiore.", "-Fango e Fiatone (autore)",
         "-Grazie Marta, ci vediamo al prossimo trail.", "-Lascia un commento",
         "-Post precedente: Scarpe da trail sotto i 100 euro"],
    ]),
    ("pl", "pl-portal-jarzebiniec-festiwal", [
        ["-Gazeta Jarzębiniecka", "-Wiadomości · Kultura · Sport · Ogłoszenia", "-Strona główna » Kultura"],
        ["+Festiwal folkowy w Jarzębińcu bez zgody na sprzedaż alkoholu"],
        ["-Autor: Redakcja", "-Opublikowano: 8 czerwca 2026, 14:20", "-Czas czytania: 3 min", "-Posłuchaj artykułu",
         "-Scena festiwalu na błoniach w ubiegłym roku. Fot. archiwum"],
        ["+Rada gminy nie wydała organizatorom festiwalu zezwolenia na sprzedaż piwa podczas lipcowej edycji."],
        ["-Czytaj także: Dom kultury szuka instruktora tańca"],
        ["+Radni powołali się na skargi mieszkańców po ubiegłorocznej imprezie."],
        ["+„Festiwal obroni się muzyką, a nie piwem” – powiedział dyrektor festiwalu Bronisław Kędzierak."],
        ["+Program festiwalu"],
        ["+Piątek: kapele z Podhala i Kurpiów"],
        ["+Sobota: warsztaty tańca i jarmark rękodzieła"],
        ["-Materiał sponsorowany"],
        ["+Niedziela: koncert finałowy na błoniach"],
        ["+Organizatorzy zapowiadają, że odwołają się od decyzji do wojewody."],
        ["-Zobacz też galerię zdjęć z ubiegłego roku"],
        ["+Wstęp na festiwal pozostaje bezpłatny."],
        ["-Udostępnij: Facebook | X | WhatsApp", "-Komentarze (3)", "-gość_Halina", "-Nareszcie cisza w nocy.",
         "-~jan_k", "-@gość_Halina festiwal kończy się o 22.", "-Dodaj komentarz", "-Najczęściej czytane",
         "-Nowe rondo na Kolejowej otwarte"],
    ]),
    ("pl", "pl-blog-grzbietikapitalka-introligatorstwo", [
        ["-Grzbiet i Kapitałka", "-Blog o ręcznym introligatorstwie", "-Start / Poradniki / Sklep / O mnie"],
        ["+Jak oprawiłam stary modlitewnik babci w półskórek"],
        ["-14 marca 2026", "-Kategoria: Renowacja", "-Spis treści", "-1. Rozbiórka bloku", "-2. Nowe zszycie",
         "-3. Okładka i tłoczenie", "-Udostępnij wpis"],
        ["+Modlitewnik babci rozpadał się na kartki, a okładka trzymała się na jednym pasku płótna."],
        ["+Najpierw rozebrałam blok i skleiłam naderwane składki japońską bibułką."],
        ["+Pani z pracowni konserwatorskiej powiedziała mi: „Im mniej kleju, tym lepiej dla papieru”."],
        ["+Czego potrzebowałam"],
        ["+Skóry koziej na grzbiet i narożniki"],
        ["+Lnianej nici i igły introligatorskiej"],
        ["-Wpis zawiera linki afiliacyjne"],
        ["+Kleju skrobiowego i tektury introligatorskiej"],
        ["+Praca zajęła mi trzy wieczory, z czego jeden poświęciłam na samą kapitałkę."],
        ["-Zapisz się na newsletter i odbierz darmowy szablon"],
        ["+Babcia rozpoznała swoją książkę od razu i rozpłakała się."],
        ["-Poprzedni wpis: Prasa z dwóch desek", "-Komentarze", "-Ola", "-Piękna robota!", "-Autorka",
         "-Dziękuję, Olu!", "-Zostaw komentarz", "-Następny wpis: Pudełko na nici"],
    ]),
    ("ru", "ru-portal-klyukvoborsk-arkhiv", [
        ["-Клюквоборский вестник", "-Новости · Культура · Общество", "-Главная / Культура", "-Культура",
         "-Слушать новость"],
        ["+Городской архив Клюквоборска выложил в сеть первые 20 тысяч документов"],
        ["-Вчера, 16:40", "-Просмотров: 1 204", "-Читальный зал городского архива. Фото: администрация",
         "-Содержание", "-Что оцифровали", "-Как искать"],
        ["+С понедельника жители могут искать метрические книги и старые газеты на сайте городского архива."],
        ["+Оцифровка заняла два года и шла на средства областного гранта."],
        ["+«Раньше за справкой ехали к нам из других городов, теперь её можно найти из дома», — сказала "
         "директор архива Зинаида Полынцева."],
        ["-Подписывайтесь на наш канал в Telegram"],
        ["+Что уже доступно"],
        ["+Метрические книги городских церквей"],
        ["+Подшивки местной газеты с 1913 года"],
        ["+Планы города и фотографии улиц"],
        ["-Читайте также: В библиотеке открылся кружок краеведов"],
        ["+До конца года архив обещает добавить ещё 30 тысяч документов."],
        ["+Доступ к каталогу бесплатный."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram", "-Ещё по теме: в музее открылась выставка открыток",
         "-Комментарии (2)", "-Галина", "-Нашла прадеда в метрической книге, спасибо!", "-Виктор",
         "-Галина, а как искали, по фамилии?"],
    ]),
    ("ru", "ru-blog-okulyarnabalkone-astronomiya", [
        ["-Окуляр на балконе", "-Любительская астрономия в городе"],
        ["+Сатурн с балкона девятого этажа"],
        ["-Опубликовано 5 октября 2026", "-Рубрика: Планеты", "-Время чтения: 4 минуты", "-Поделиться",
         "-Метки: Сатурн, рефлектор",
         "-Поддержать блог можно по кнопке внизу страницы"],
        ["+Многие считают, что в городе смотреть на небо бесполезно, но планетам засветка почти не мешает."],
        ["+В прошлую пятницу Сатурн висел прямо над соседней крышей, и я вынес телескоп на балкон."],
        ["+Знакомый из клуба любителей астрономии всегда говорит: «Дай телескопу остыть полчаса, потом "
         "смотри»."],
        ["+Что я использовал"],
        ["+Рефлектор 114 миллиметров на экваториальной монтировке"],
        ["+Окуляр 10 миллиметров и линзу Барлоу"],
        ["-Партнёрская ссылка: такой же окуляр в магазине"],
        ["+Раскладной стул и термос с чаем"],
        ["+Кольца были видны сразу, а щель Кассини проявлялась в моменты спокойной атмосферы."],
        ["+В следующий раз попробую снять Сатурн на камеру."],
        ["-Понравилось? Поставьте лайк", "-Предыдущая запись: Луна в бинокль", "-Комментарии", "-Андрей",
         "-А балкон не трясётся?", "-Хозяин балкона (автор блога)", "-Трясётся, если соседи ходят.",
         "-Андрей ответил", "-Ха, знакомо.", "-Ответить", "-Оставить комментарий"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
    "Tap to unmute":
        "an English video-player residue ('Tap to unmute') is left in the body",
    "The interactive graphic could not be loaded. View it on the original page.":
        "an English interactive-graphic failure residue ('The interactive graphic could not be loaded. View it on "
        "the original page.') is left in the body",
    "Cette carte interactive ne s'affiche pas ? Cliquez ici pour l'ouvrir dans un nouvel onglet.":
        "a French interactive-map fallback ('Cette carte interactive ne s'affiche pas ? Cliquez ici pour l'ouvrir "
        "dans un nouvel onglet.') is left in the body",
    "Um diesen Inhalt von Datawrapper zu sehen, müssen Sie externe Inhalte aktivieren.":
        "a German Datawrapper consent placeholder ('Um diesen Inhalt von Datawrapper zu sehen, müssen Sie externe "
        "Inhalte aktivieren.') is left in the body",
    "Caricamento del lettore Spreaker in corso…":
        "an Italian Spreaker player-loading line ('Caricamento del lettore Spreaker in corso…') is left in the body",
    "This article is approximately 1,100 words long.":
        "an English word-count row ('This article is approximately 1,100 words long.') is left at the head",
    "Pour yourself something warm; I reckon this post is a twelve-minute job.":
        "an English blog's reading-time sentence ('Pour yourself something warm; I reckon this post is a "
        "twelve-minute job.') is left at the head",
    "Zapraszam na mój kanał na YouTube, gdzie pokazuję krok po kroku szycie bloków.":
        "a Polish blog's YouTube-channel plug ('Zapraszam na mój kanał na YouTube, gdzie pokazuję krok po kroku "
        "szycie bloków.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-skelwardine-museum":
        "the regional portal's museum-reopening story keeps its most-read box ('Most read', 'Bin collections move "
        "to fortnightly from April') between its two last paragraphs and, at the foot, the first comment "
        "('Dot_Haverley', 'Took the grandchildren, they loved the whale. Café was rammed though.') with the "
        "paper's reply ('Skelwardine Gazette replied', 'Thanks Dot – the trust says a second café counter opens "
        "next month.') (6 of 20 noise lines); since round 85 its photo caption in the block of the byline goes",
    "it-blog-fangoefiatone-trail":
        "the trail-running blog's first-race post keeps, at the foot, its first comment ('Marta', 'Bravo! La "
        "salita è sempre la parte peggiore.') and the author's reply ('Fango e Fiatone (autore)', 'Grazie Marta, "
        "ci vediamo al prossimo trail.') (4 of 20 noise lines); since round 85 its discount-code line between the "
        "second and third list rows goes",
}


test_held_out_107_line, test_held_out_107_line_is_kept, test_held_out_107_page = held_out_tests(
    HELD_OUT_107_LINES, HELD_OUT_107_KEEP, HELD_OUT_107_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
