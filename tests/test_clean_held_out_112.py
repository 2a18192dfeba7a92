"""Held-out set 112: written blind, weighted toward the noise the cleaner exists for, in shapes set 110's docstring does
not name (nor the first paragraphs of sets 107, 108 and 109): scraper, embed and ad markers (an English SoundCloud
loading line "Loading the SoundCloud player… If nothing appears, your browser may be blocking third-party content.", an
English click-to-load YouTube placeholder "Embedded YouTube video – click once to load it from youtube-nocookie.com", an
English ad-blocker notice "Your ad blocker is hiding part of this page. Allow ads on our site to see the full layout.",
a French Dailymotion consent placeholder "Vidéo : le lecteur Dailymotion ne peut pas se charger tant que vous n'avez pas
accepté les traceurs.", a German Podigee audio placeholder "Audioinhalt von Podigee: Zum Abspielen bitte auf „Laden“
klicken.", an Italian YouTube consent placeholder "Il video di YouTube è disattivato: consenti i cookie di profilazione
per guardarlo.", a Polish pre-roll countdown "Materiał wideo wyświetli się po reklamie. Pozostało 5 s" and a Russian
Rutube embed failure "Видео с Rutube не загрузилось. Обновите страницу или откройте ролик по ссылке."); reading-time
headers in new wordings (the English "Time to read: a little under five minutes" and a blog's "This post runs long
(roughly 2,400 words), so skip to the photos if you're in a hurry.", the French "Lecture : environ 4 minutes", the
German "Lesedauer ca. 3 Minuten", the Italian "Si legge in 4 minuti", the Polish "Czas lektury: ok. 4 min" and the
Russian "Время прочтения: 3 мин."); bylines and self-promotion (an English story-by byline with desk and picture credit,
an English Society6 prints plug, an English Substack-newsletter plug, a French signed-article byline, a German
from-our-contributor byline, an Italian edited-by byline with the author's photos, a Polish buycoffee.to plug and a
Russian Dzen-channel plug); blog and site footers (an English IPSO-membership line, an Eleventy-on-a-Raspberry-Pi
credit, a words-and-photographs reuse line, a French legal-links row, a German Impressum row, an Italian
court-registration line, a Polish no-copying line and a Russian Tilda-and-rights line); reader-comment furniture (an
English comment-guidelines line, an English jump-to-newest link, an English reply-like-report row, a French
report-reply-like row, a German netiquette line, an Italian report-reply-like row, a Polish rules-and-report row and a
Russian moderated-within-a-day line); share rows (an English Messenger, Threads, Mastodon and copy-link row, a French
Messenger, Threads, Mastodon and SMS row and an Italian Messenger, Threads, SMS and copy-link row); and notices (a
German in-our-own-cause outage note, a Polish archive-text note and a Russian reader's-letter note); and toward whole
scraped news and hobby-blog pages in layouts set 110's docstring does not describe (two noise lines above the title on
every page; five to nine noise lines under the title on every page, in one block on ten pages, in two blocks on one and
in three on one, with a photo caption on all twelve, a safety line on four and a weather link on one; a table of
contents on ten pages: a jump row inside the byline block on one, inside the byline block on four, in its own block
under the title on two, between the first and second paragraphs on two and between the subheading and the first list row
on one; noise between the subheading and the first list row on six pages; noise between two list rows on eight pages,
between the first and second rows on three and between the second and third on six, with both gaps on one; noise between
the last list row and the last paragraphs on three; noise between the two last paragraphs on every page, in two blocks
on one; at the foot six or seven lines in one block on every page, with a comment, a reply and the commenter's answer on
every page, a further reply on five and a second comment with its reply on two, and tags, previous or next-post links,
all-news or most-read links, share rows, a write-a-comment link, a back-to-top link or site footers after the thread on
eleven), taken from culture and leisure and from blogs about vintage radios, mountain huts, calligraphy and orchids.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 110 but what is named here), held-out set 111 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 110 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 107, 108 and 109, printed with one ast script (/tmp/s112scratch/read110.py, output
/tmp/s112scratch/out110.txt, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 110's, taken from their nodes, and the line binding the three tests is set 110's with 110 ->
112, both by /tmp/s112scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s112scratch/tables112.py, made by /tmp/s112scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s112, detached at commit
556cda61c52ba62515128c35353807700da90e89, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read110.py ran once; its output (363 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 363);
it holds only the allowed text, which names set 110's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to /dev/null;
``ls`` on them printed only top-level names. ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 556cda61c52ba62515128c35353807700da90e89. (3) The helpers were printed by importing tests/test_clean.py
and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data;
/tmp/s112scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. scripts/clean_held_out_report.py was printed
with ``cat`` piped to ``head -80``, which showed the whole file. (4) gen.py parses set 110's file with ``ast`` and
writes only its import nodes and its last statement (the binding line, 110 -> 112); it also computes the line of the
``_LINE_XFAIL`` assignment but does not use it, since the tables come from tables112.py; it prints nothing. The pages
are built as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, my own construction, as in set 110's
notes (a first draft keyed the comprehension on an undefined ``name`` and failed to import in check.py; fixed before any
count). (5) Before the measurement /tmp/s112scratch/check.py executed this file with stand-in held_out_sets and
noisy_corpus modules (/tmp/s112scratch/stand) and counted lines by category and place, keep lines by place, pages by
language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines, overlaps between page
lines and held-out noise and keep lines (either inside the other) and between held-out noise and keep lines
(case-insensitively), line length and e-mail addresses. Its first run found 27 problems: eleven pages had 15 to 18 noise
lines; short page lines ("Publicité", "Anzeige", "Pubblicità", "Reklama" twice, "Реклама" twice, "Kommentare",
"Komentarze", "Комментарии", "Inhalt") and the site name "Threnbury Courier" were inside held-out keep or noise lines;
four table-of-contents entries ("La montée", "Kondensatory", "Лужайка", "Ночь") were inside article lines; and two page
lines were over 120 columns. /tmp/s112scratch/fix1.py added noise lines and reworded those lines; the later runs found
one page with 21 noise lines (a line dropped) and over-long lines (wrapped by hand in four short edits); the sixth run
found nothing. After a name check (7) one byline name was changed and check.py ran again with nothing found. (6) The two
measuring commands ran as the brief gave them, in one shell call after ``date``, with their output sent to scratch files
(/tmp/s112scratch/measure.out and report.out) and then printed; the problems of the failing pages and lines were then
printed with ``_problems`` in the frozen worktree by /tmp/s112scratch/problems.py, which imports the copy of this file
in /tmp/wt-s112/tests (its first run stopped on a KeyError from a trailing newline in parsing measure.out, before any
case ran; it was fixed and run again). (7) Invented names were checked with the exact-string search over public GitHub
files: Threnbury, Kerdoulanec, Quellingsroda, Roccafiorana, Brzozołęka, Верхнеключанск, Dial Glow Diary, Le Carnet des
Refuges (as "Carnet des Refuges"), Federkielstube, Orchidee sul Davanzale, Lampa i Skala, Хижина и тропа, Wilhelmina
Crabtoft (as "Crabtoft"), Trégarvoux, Wenzelbeck, Sbaccanotti, Oswin Tallack, Le Goarnic, Habelsträter, Costanza
Pelagatti, Kornacka-Pyzik and Прасковья Лопухина had no hits. Dropped: "Valve and Dial" (hits in unrelated text; the
blog became Dial Glow Diary), Sprattling (hits; the byline became Crabtoft), Звонарёва and Стрекопытова (hits; never
used) and Habelschwerdt (the German name of a real town; the German portal's byline became Jorinde Habelsträter). Not
checked: the commenters' and minor people's names (Delphine Ormsby, Gwen Harlowe, Ruth Okonedo, Fenn, Armelle Quéméner,
Yvonnick P., Maïwenn R., Clémence, Almut Feuchtenberger, Gerlinde S., Helmtraud, Amedeo Casalvieri, Rosalba, Teresa,
Halina Wróblewska, Zbyszek, Marek, Савелий Кручинин, Тамара, Андрей, Олег and others), the buildings and streets (Lyceum
Theatre, Chapel Row, Corn Exchange, Market Street, the refuge des Clapes, San Rocco) and the names built on checked
towns (the papers). Numbers are zero-filled; there are no e-mail addresses. (8) Real things named, as real pages do:
SoundCloud, YouTube and youtube-nocookie.com, Society6, Substack, Eleventy, Raspberry Pi, IPSO and its Editors' Code,
Messenger, Threads, Mastodon, Dailymotion, Podigee, buycoffee.to, Dzen, Rutube, Tilda, Facebook, X, WhatsApp, Ko-fi,
Pinterest, Google News, Telegram, VKontakte, Odnoklassniki, the Pyrenees, the Light Programme and the Pionier radio. (9)
My first clock reading was 2026-12-05 05:36:17 UTC; the measurement ran at 05:41:01 UTC.

Judgement calls: the keep lines opening with or holding "Advertised as a one-night gala", "Reading Room volunteers",
"Comment cards", "Sponsored by the parish council", "Follow the painted arrows", "Posted notices", "Share certificates",
"Publicité ou non", "Lire la partition", "Partagée entre deux communes", "Anzeige erstattete", "Lesen konnten",
"Kommentare des Architekten", "Pubblicità a parte", "Leggi e regolamenti", "Condividere la sala prove", "Reklama
festynu", "Komentarze starszych członków", "Реклама концерта" and "Поделиться воспоминаниями" are article sentences.
Categories as in set 110. On every page the title, the three paragraphs before the subheading (one with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (site and blog names, taglines,
menus, breadcrumbs, weather links, bylines, dates, reading times, listen links, categories, tags, photo captions and
credits, safety lines, advertising and affiliate disclosures, tables of contents and jump rows, read-also, more-on-this,
most-read and all-news links, ad, sponsored, affiliate and partner lines, video and gallery links, newsletter, Telegram,
Google News, Pinterest and save prompts, tip and donation prompts, report-an-error lines, share rows, comment headings
and counts, comments and replies, write-a-comment links, previous and next-post links, back-to-top links, footers) is
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 110's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-threnbury-theatreroof (a theatre's slate roof repaired after three wet winters), en-blog-dialglowdiary-radio
(a 1951 walnut valve radio recapped), fr-portail-kerdoulanec-fete (a village fete cancelled by rain),
fr-blog-carnetdesrefuges-refuge (a night at a mountain hut before its winter closing),
de-portal-quellingsroda-musikpavillon (a cast-iron bandstand restored), de-blog-federkielstube-kalligrafie (first weeks
with a broad nib in Fraktur), it-portale-roccafiorana-coro (a choir's fiftieth-anniversary concert),
it-blog-orchideesuldavanzale-orchidee (a Phalaenopsis flowering again after two years), pl-portal-brzozoleka-rzezby (a
riverside sculpture trail opening), pl-blog-lampaiskala-radio (a 1956 Pionier radio restored),
ru-portal-verkhneklyuchansk-bouling (a bowls club's new green) and ru-blog-khizhinaitropa-priyut (a night in a mountain
hut under a pass), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 556cda61c52ba62515128c35353807700da90e89, measured with ``cd /tmp/wt-s112 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s112/src python -m pytest -q tests/test_clean_held_out_112.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s112 && PYTHONPATH=/tmp/wt-s112/src python
scripts/clean_held_out_report.py --sets 112``, with the xfail tables empty): noise lines removed 27/45 (marker 0/8,
reading-time 5/7, byline 5/8, footer 6/8, comments 7/8, share 3/3, notice 1/3; the 18 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 3/12 clean, 39 of 240 page noise lines left and 8 of
120 article lines lost (4 on it-portale-roccafiorana-coro, 4 on ru-portal-verkhneklyuchansk-bouling), as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails.

Still held out after round 85 (developed on sets 107 and 108: a photo caption under the title when a photo credit is
printed under it in the byline's or date's block, or alone under a table of contents as a short noun phrase with a
clause of place; archive photo credits; affiliate and partner-link labels in the singular; a recommendation label over
the writer's pick at a shop; unlabelled discount codes; liked-it prompts with no object; calls to support the blog by
its link or button; reading-time labels with seconds and Russian hedges; this set was written against 556cda6, before
it; measured once with ``scripts/clean_held_out_report.py --sets 112`` at f3cd0f0): noise lines removed 27/45
(unchanged), keep lines 20/20, pages clean 3/12 (unchanged), page noise lines left 39 -> 37 of 240 (the valve-radio and
mountain-hut blogs lose their partner links), article lines lost 8 of 120 (unchanged). The two page reasons that changed
are reworded.

Round 86 (development; this set was read in full from this round on): the choir and bowls-club stories lose no article
line any more, the choir story is clean, the eight marker lines go and so does the Russian comment pre-moderation line.
Fixed for the families, with six-language tests and near misses: an embed's placeholder that names its platform first, a
player's host, Google Maps or a chart service, with the state of the reader's screen in the browser's words, loading,
not loaded or displayed, blocked, switched off until consent, or waiting for a click, a tap or a refresh
(whole_line_noise._EMBED_PLATFORM and _EMBED_SCREEN_STATE in "video embed"; round 83's placeholders named the cookies or
the host after the player), the reader's ad-blocker notice with a call to allow the ads, a pre-roll's countdown and the
break after a partner's notice ("video embed", "advertisement"); the article's two last paragraphs with the site's
prompt between them right above the comments end the body (page_blocks._split_closing_pair in _mark_tail, after round
84's closing sentence); a short sentence with its verb over the picture's credit among the byline's rows is the
picture's caption (page_blocks._is_credited_caption_sentence, _PHOTO_CREDIT_LABEL in round 85's _mark_head_caption);
comments checked before they appear, with how long it takes ("comment form": "Комментарии проходят проверку модератором
в течение суток.", "... within 24 hours", "..., so they may take a while to appear"). Across sets 10-110 no line moved
(no article or keep line lost, no noise line, clean page or left page line changed). No class was added. Figures before
-> after: noise lines removed 27 -> 36/45 (marker 0 -> 8/8, comments 7 -> 8/8; reading-time 5/7, byline 5/8, footer 6/8,
share 3/3, notice 1/3 unchanged), keep lines 20/20, pages clean 3 -> 4/12, page noise lines left 37 -> 40 of 240 (the
bowls-club story now keeps its three-line table of contents between the subheading and the first list row, which the
tail took with the article's lines before), article lines lost 8 -> 0 of 120; pytest of this file 50 passed, 27 xfailed
-> 60 passed, 17 xfailed (nine line entries and one page entry removed, one page reason reworded). Left: the blogs'
names, taglines, safety lines and captions with no credit under the title, save and donation prompts between list rows
and paragraphs, the comment threads at the foot of the calligraphy, orchid and valve-radio blogs, a table of contents
under a subheading ("Содержание" may head a part of the article), and the single lines of ``_LINE_XFAIL``.

Round 87 (developed on sets 113 and 114: comments on one line after the commenter's name under a comment heading or
count, the commenter coming back or a reply): page noise lines left 40 -> 30 of 240 (the comment threads of the
valve-radio and orchid blogs and the comment, reply and answer at the foot of the fete story go; their three page
reasons reworded); noise lines 36/45, keep lines 20/20, pages clean 4/12, article lines lost 0 of 120 and pytest of this
file (60 passed, 17 xfailed) unchanged.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_112_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "Loading the SoundCloud player… If nothing appears, your browser may be blocking third-party content.",
     "marker"),
    ("body", "Embedded YouTube video – click once to load it from youtube-nocookie.com", "marker"),
    ("body", "Your ad blocker is hiding part of this page. Allow ads on our site to see the full layout.", "marker"),
    ("head", "Time to read: a little under five minutes", "reading-time"),
    ("head", "This post runs long (roughly 2,400 words), so skip to the photos if you're in a hurry.", "reading-time"),
    ("head", "Story by Wilhelmina Crabtoft | Culture desk | Pictures courtesy of the theatre trust", "byline"),
    ("tail", "Prints of the radio photographs on this blog are for sale in my Society6 shop.", "byline"),
    ("tail", "These posts also go out as a Substack newsletter – subscribe there if you'd rather read them by e-mail.",
     "byline"),
    ("tail", "The Threnbury Courier is a member of IPSO and abides by the Editors' Code of Practice.", "footer"),
    ("tail", "Built with Eleventy and hosted on a Raspberry Pi in my airing cupboard.", "footer"),
    ("tail", "Words © the author; photographs may be reused with a link back to this page.", "footer"),
    ("tail", "Comment guidelines: keep it civil and on topic; we remove personal attacks.", "comments"),
    ("tail", "Jump to the newest comment ↓", "comments"),
    ("tail", "Reply · Like · Report · 2h", "comments"),
    ("tail", "Send this story: Messenger · Threads · Mastodon · Copy link", "share"),
    # French
    ("body", "Vidéo : le lecteur Dailymotion ne peut pas se charger tant que vous n'avez pas accepté les traceurs.",
     "marker"),
    ("head", "Lecture : environ 4 minutes", "reading-time"),
    ("head", "Un article signé Maëlys Trégarvoux, avec la rédaction locale", "byline"),
    ("tail", "Mentions légales · Politique de confidentialité · Gérer les cookies · Plan du site", "footer"),
    ("tail", "Signaler un abus · Répondre · J'aime (4)", "comments"),
    ("tail", "Envoyer par Messenger, Threads, Mastodon ou SMS", "share"),
    # German
    ("body", "Audioinhalt von Podigee: Zum Abspielen bitte auf „Laden“ klicken.", "marker"),
    ("head", "Lesedauer ca. 3 Minuten", "reading-time"),
    ("head", "Von unserer Mitarbeiterin Hiltrud Wenzelbeck", "byline"),
    ("tail", "Impressum · Datenschutz · Barrierefreiheit · Kontakt", "footer"),
    ("tail", "Netiquette: Beiträge ohne Bezug zum Artikel werden ohne Rückfrage gelöscht.", "comments"),
    ("body", "In eigener Sache: Wegen eines technischen Fehlers war dieser Artikel zeitweise nicht erreichbar.",
     "notice"),
    # Italian
    ("body", "Il video di YouTube è disattivato: consenti i cookie di profilazione per guardarlo.", "marker"),
    ("head", "Si legge in 4 minuti", "reading-time"),
    ("head", "A cura di Ginevra Sbaccanotti · foto dell'autrice", "byline"),
    ("tail", "Testata registrata presso il Tribunale di Roccafiorana n. 00/2026", "footer"),
    ("tail", "Segnala commento · Rispondi · Mi piace 3", "comments"),
    ("tail", "Invia con Messenger · Threads · SMS · Copia il link", "share"),
    # Polish
    ("body", "Materiał wideo wyświetli się po reklamie. Pozostało 5 s", "marker"),
    ("head", "Czas lektury: ok. 4 min", "reading-time"),
    ("tail", "Wspierasz bloga? Postaw mi kawę na buycoffee.to – każda złotówka idzie na nowe lampy.", "byline"),
    ("tail", "Kopiowanie tekstów i zdjęć bez zgody autorki jest zabronione.", "footer"),
    ("tail", "Regulamin komentowania · Zgłoś nadużycie", "comments"),
    ("body", "Tekst archiwalny: opublikowany pierwotnie w 2019 roku.", "notice"),
    # Russian
    ("body", "Видео с Rutube не загрузилось. Обновите страницу или откройте ролик по ссылке.", "marker"),
    ("head", "Время прочтения: 3 мин.", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене — там выходят короткие заметки о горных приютах.", "byline"),
    ("tail", "Сайт работает на Tilda. Все права защищены, 2019–2026", "footer"),
    ("tail", "Комментарии проходят проверку модератором в течение суток.", "comments"),
    ("tail", "Внимание! Материал содержит мнение читателя и публикуется в рубрике «Письма».", "notice"),
]

HELD_OUT_112_KEEP: list[tuple[str, str]] = [
    ("head", "Advertised as a one-night gala, the anniversary concert sold out within a week of the posters going up."),
    ("head", "Reading Room volunteers will run the tea tent beside the new bowling green all summer."),
    ("body", "Comment cards left at the theatre box office asked mostly about when the roof would be finished."),
    ("body", "Sponsored by the parish council, the sculpture trail runs for two miles along the river bank."),
    ("tail", "Follow the painted arrows from the car park to reach the first of the eleven sculptures."),
    ("tail", "Posted notices at the church gate told stallholders by seven in the morning that the fete was off."),
    ("tail", "Share certificates of the old bandstand company were found in a biscuit tin in the vestry."),
    ("head", "Publicité ou non, la chorale a refusé de vendre les droits de son concert anniversaire."),
    ("body", "Lire la partition à vue reste l'épreuve la plus redoutée des nouveaux choristes."),
    ("tail", "Partagée entre deux communes, la restauration du kiosque a été payée à parts égales."),
    ("head", "Anzeige erstattete der Verein nicht, obwohl Unbekannte das frisch gesäte Grün betreten hatten."),
    ("body", "Lesen konnten die Besucher die Inschriften der Skulpturen auch in Brailleschrift."),
    ("tail", "Kommentare des Architekten zum Theaterdach füllen inzwischen einen ganzen Ordner."),
    ("head", "Pubblicità a parte, la sagra vive soprattutto del passaparola tra le frazioni."),
    ("body", "Leggi e regolamenti comunali non prevedevano il rinvio della festa per pioggia."),
    ("tail", "Condividere la sala prove con la banda è stata la scelta più difficile per il coro."),
    ("head", "Reklama festynu wisiała na płocie szkoły jeszcze tydzień po jego odwołaniu."),
    ("tail", "Komentarze starszych członków klubu dotyczyły głównie nowej murawy i jej podlewania."),
    ("tail", "Реклама концерта появилась на всех остановках за месяц до юбилея хора."),
    ("head", "Поделиться воспоминаниями о старом оркестре пришли больше сорока горожан."),
]

HELD_OUT_112_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-threnbury-theatreroof", [
        ["-Threnbury Courier Online", "-News | Arts | Sport | Property | Jobs"],
        ["+Lyceum roof repair finally under way after three wet winters"],
        ["-By Oswin Tallack, Arts Reporter", "-Published 14:05, 3 December 2026 · Updated 16:40",
         "-Scaffolding wraps the Lyceum's north gable. Photo: Threnbury Courier",
         "-Listen to this article · 4 min", "-In this story: The money | What happens to the pantomime",
         "-Share on Facebook · Share on X · Email"],
        ["+Work to replace the leaking slate roof of the Lyceum Theatre on Chapel Row began on Monday, six months "
         "later than planned."],
        ["-Advertisement"],
        ["+The repair, costing £410,000, is paid for by a heritage grant, a district council loan and two years of "
         "bucket collections in the foyer."],
        ["-Read more: Threnbury's cinema gets its balcony back", "-Most read: Bypass consultation extended to March"],
        ["+Trust chair Delphine Ormsby said: \"Every time it rained we put out twenty buckets in the circle. This "
         "winter we will not need a single one.\""],
        ["+Where the pantomime goes"],
        ["+Performances move to the Corn Exchange until the end of January."],
        ["-Sponsored: Winter breaks in the Lakes from £89"],
        ["+Tickets already bought for the Lyceum stay valid at the new venue."],
        ["+The box office moves to the library on Market Street."],
        ["+Scaffolders expect to strip the old slates by Christmas, weather permitting."],
        ["-Sign up for our weekly What's On newsletter"],
        ["+The trust hopes to reopen the theatre with a spring season in April."],
        ["-Comments (3)", "-Gwen Harlowe: About time – my seat in row F has been damp since 2023.",
         "-Courier Arts Desk replied: Gwen, the trust says row F gets new upholstery too.",
         "-Gwen Harlowe replied: Good news, thank you!", "-Tags: Lyceum Theatre, heritage, Chapel Row",
         "-Copyright © 2026 Threnbury Courier. All rights reserved.", "-Back to top ↑"],
    ]),
    _page("en", "en-blog-dialglowdiary-radio", [
        ["-Dial Glow Diary", "-restoring valve radios one capacitor at a time"],
        ["+Bringing a 1951 walnut valve radio back from silence"],
        ["-Posted on 22 November 2026 by Fenn", "-Filed under: Restorations, Valve sets",
         "-The radio as it arrived, dial glass cracked.", "-Safety first: the chassis carries lethal voltages even "
         "when unplugged.", "-This post contains affiliate links; I may earn a small commission."],
        ["-Contents", "-1. First look", "-2. Recapping", "-3. Alignment"],
        ["+The set came from a house clearance for twelve pounds, its dial glass cracked and its speaker cloth "
         "chewed by mice."],
        ["+Before switching anything on, I replaced every paper capacitor and checked the mains transformer with a "
         "meter."],
        ["+My neighbour, who repaired radios in the fifties, told me: \"Never trust a wax capacitor, however clean it "
         "looks.\""],
        ["+What I replaced"],
        ["-Pin it for later"],
        ["+Eleven wax-paper capacitors and both smoothing electrolytics."],
        ["+The perished mains cable and a brittle rubber grommet."],
        ["+One cracked valve holder under the output stage."],
        ["+After an evening of alignment the radio pulled in the Light Programme's old frequency, now a talk station."],
        ["-Enjoying the blog? Leave a tip in the jar on Ko-fi"],
        ["+Next month I will tackle the speaker cloth, which will need a patient match."],
        ["-3 comments", "-Ruth Okonedo: Lovely set! Did you keep the old capacitors as a record?",
         "-Fenn: I did, Ruth, they're taped inside the back cover.", "-Ruth Okonedo: That's the proper way to do it.",
         "-Fenn replied: I'll post photos of them next time.", "-Tags: valve radio, recapping, walnut cabinet",
         "-← Previous post: A crystal set for a rainy afternoon"],
    ]),
    _page("fr", "fr-portail-kerdoulanec-fete", [
        ["-Le Courrier de Kerdoulanec", "-Accueil > Loisirs > Fêtes et animations"],
        ["+La fête du bourg annulée sous des trombes d'eau"],
        ["-Par Soizic Le Goarnic", "-Publié le 16/08/2026 à 18h12", "-Le champ de la fête transformé en bourbier. "
         "Photo Le Courrier", "-Écouter l'article", "-Partager : Facebook · X · WhatsApp",
         "-Météo de Kerdoulanec : alerte orange aux pluies",
         "-Lecture : 2 min"],
        ["+Le comité des fêtes a renoncé samedi à midi à la fête du bourg, prévue depuis un an."],
        ["+Le champ prêté par un agriculteur était déjà impraticable, et les stands de crêpes n'ont pas pu être "
         "montés."],
        ["-Espace publicitaire"],
        ["+« Nous avons attendu jusqu'au dernier moment, mais la sécurité passe avant tout », a expliqué la "
         "présidente du comité, Armelle Quéméner."],
        ["-À lire aussi : Le pardon de la chapelle attire un millier de fidèles"],
        ["+Ce qui est reporté"],
        ["+Le fest-noz aura lieu le 29 août à la salle polyvalente."],
        ["+La course de brouettes est reportée au printemps."],
        ["-Annonce : salons de jardin à moitié prix"],
        ["+Les billets de tombola restent valables pour le tirage de septembre."],
        ["+Les bénévoles ont distribué les crêpes déjà faites à la maison de retraite."],
        ["-Abonnez-vous à notre lettre du week-end"],
        ["-Vidéo : les images du champ inondé (1:12)"],
        ["+Le comité réfléchit à louer un chapiteau pour les prochaines éditions."],
        ["-2 commentaires", "-Yvonnick P. : Dommage, mais c'était la bonne décision.",
         "-Réponse de Maïwenn R. : D'accord, le champ était une piscine !", "-Yvonnick P. : On se revoit au fest-noz.",
         "-Toutes les actualités de Kerdoulanec",
         "-Mentions légales · Contact · Annonceurs"],
    ]),
    _page("fr", "fr-blog-carnetdesrefuges-refuge", [
        ["-Le Carnet des Refuges", "-Randonnées, refuges et cabanes des Pyrénées"],
        ["+Une nuit au refuge des Clapes avant sa fermeture d'hiver"],
        ["-Publié le 12 octobre 2026", "-Catégories : Refuges, Pyrénées", "-Le refuge au coucher du soleil, vu du "
         "col.", "-Attention : en montagne, renseignez-vous toujours sur l'état du sentier et l'ouverture du refuge.",
         "-Sommaire", "-1. La montée depuis le lac", "-2. La soirée", "-3. Le retour"],
        ["+J'ai pris le sentier depuis le parking du lac vers quinze heures, sous un ciel encore dégagé."],
        ["-Annonce"],
        ["+La montée prend trois heures, avec un passage de pierriers assez raide juste avant le col."],
        ["+Le gardien, qui tient le refuge depuis dix-huit saisons, m'a dit en servant la soupe : « Ici, la "
         "montagne décide des horaires. »"],
        ["+Ce qu'il faut emporter"],
        ["+Un sac de couchage léger, les couvertures ne suffisent plus en octobre."],
        ["-Lien affilié : ma frontale préférée"],
        ["+De l'argent liquide, le refuge n'a pas de terminal de paiement."],
        ["-Épinglez cet article sur Pinterest"],
        ["+Une frontale et des piles de rechange."],
        ["+Le lendemain matin, le brouillard couvrait toute la vallée et je suis redescendu à tâtons."],
        ["-Vous aimez ce blog ? Offrez-moi un café"],
        ["+Le refuge rouvrira en juin, et je compte bien y retourner avec des amis."],
        ["-Laisser un commentaire", "-Clémence : Merci pour ce récit, j'y vais l'été prochain !",
         "-L'auteur : Avec plaisir, Clémence, réservez tôt.", "-Clémence : C'est noté, merci !",
         "-Article précédent : Trois cabanes de berger à visiter en automne", "-Étiquettes : refuge, bivouac, automne"],
    ]),
    _page("de", "de-portal-quellingsroda-musikpavillon", [
        ["-Quellingsrodaer Anzeiger", "-Lokales · Kultur · Sport · Service"],
        ["+Musikpavillon im Kurpark erstrahlt wieder in altem Glanz"],
        ["-Von Jorinde Habelsträter", "-04.09.2026, 11:30 Uhr", "-Der restaurierte Pavillon am Sonntagmorgen. "
         "Foto: Anzeiger"],
        ["-Inhalt dieses Artikels", "-1. Die Kosten", "-2. Das Eröffnungskonzert"],
        ["-Artikel vorlesen lassen", "-Teilen: Facebook · WhatsApp · E-Mail", "-Lesezeit: 2 Minuten"],
        ["+Nach zwei Jahren Arbeit ist der gusseiserne Musikpavillon im Kurpark am Wochenende wiedereröffnet "
         "worden."],
        ["+Die Restaurierung kostete 280.000 Euro, die Hälfte trug der Förderverein aus Spenden."],
        ["+Bürgermeisterin Almut Feuchtenberger sagte bei der Eröffnung: „Ohne die Spender stünde hier heute nur "
         "ein Bauzaun.“"],
        ["-Werbeanzeige"],
        ["+Was restauriert wurde"],
        ["+Das Kupferdach wurde vollständig erneuert."],
        ["+Die gusseisernen Säulen wurden entrostet und neu gestrichen."],
        ["-Auch interessant: Freibad schließt eine Woche früher"],
        ["+Der Holzboden wurde aus Lärchenholz nachgebaut."],
        ["+Das erste Konzert gab die Stadtkapelle vor rund 400 Zuhörern."],
        ["-Mehr zum Thema: Stadtkapelle sucht Nachwuchs"],
        ["+Bis Oktober spielen nun jeden Sonntag Blaskapellen aus dem Landkreis."],
        ["-Kommentare (2)", "-Gerlinde S.: Wunderschön geworden!", "-Antwort von Holger W.: Finde ich auch, "
         "endlich wieder Musik im Park.", "-Gerlinde S.: Sehen wir uns am Sonntag?", "-Kommentar schreiben",
         "-Weitere Nachrichten aus Quellingsroda"],
    ]),
    _page("de", "de-blog-federkielstube-kalligrafie", [
        ["-Federkielstube", "-Ein Blog über Kalligrafie und Handschrift"],
        ["+Meine ersten Versuche mit der Breitfeder in Fraktur"],
        ["-Veröffentlicht am 2. Februar 2026", "-Kategorie: Schriften", "-Meine ersten Übungsbögen auf dem "
         "Schreibtisch.", "-Werbung: Dieser Beitrag enthält Affiliate-Links.",
         "-Lesezeit: 4 Minuten"],
        ["+Seit Weihnachten übe ich jeden Abend eine halbe Stunde mit einer 3,8-Millimeter-Breitfeder."],
        ["-Inhaltsverzeichnis", "-Material", "-Übungen"],
        ["+Am schwierigsten ist der gleichmäßige Federwinkel von etwa vierzig Grad."],
        ["+Meine Lehrerin aus dem Volkshochschulkurs sagt immer: „Erst der Rhythmus, dann die Buchstaben.“"],
        ["+Was ich verwende"],
        ["-Diesen Beitrag auf Pinterest merken"],
        ["+Eine Breitfeder mit Tintenreservoir."],
        ["+Eisengallustinte aus einer kleinen Manufaktur."],
        ["+Ungestrichenes Papier mit 120 Gramm."],
        ["-Affiliate-Link: mein Federhalter"],
        ["+Nach sechs Wochen sehen die Kleinbuchstaben endlich einigermaßen gleichmäßig aus."],
        ["-Werbung"],
        ["+Als Nächstes wage ich mich an die Versalien."],
        ["-Kommentare zu diesem Beitrag", "-Helmtraud: Sehr schön, weiter so!", "-Federkielstube: Danke, Helmtraud!",
         "-Helmtraud: Zeigst du bald die Versalien?", "-Federkielstube: Ja, im März!",
         "-Schlagwörter: Fraktur, Breitfeder, Übung", "-Nächster Beitrag: Tinte selbst anrühren →"],
    ]),
    _page("it", "it-portale-roccafiorana-coro", [
        ["-Roccafiorana Oggi", "-Cronaca | Cultura | Sport | Necrologi"],
        ["+Il coro Voci della Rocca festeggia cinquant'anni con un concerto"],
        ["-di Costanza Pelagatti", "-5 dicembre 2026 alle 09:15", "-Il coro durante le prove in chiesa. Foto "
         "Roccafiorana Oggi", "-Ascolta l'articolo", "-Condividi su Facebook · WhatsApp · X",
         "-Tempo di lettura: 2 minuti"],
        ["+Il coro Voci della Rocca, fondato nel 1976 dal parroco, compie cinquant'anni."],
        ["-Spazio pubblicitario"],
        ["+Per l'occasione terrà un concerto sabato sera nella chiesa di San Rocco, con ingresso libero."],
        ["+Il direttore Amedeo Casalvieri ha detto: «Abbiamo cantato a matrimoni, funerali e sagre. Stavolta "
         "cantiamo per noi.»"],
        ["-Leggi anche: La biblioteca apre anche la domenica"],
        ["+Il programma"],
        ["-Guarda la gallery del concerto"],
        ["+Canti popolari della valle, arrangiati per quattro voci."],
        ["+Un Magnificat composto dal fondatore."],
        ["-Contenuto sponsorizzato: Vacanze in montagna a prezzi speciali"],
        ["+Un brano nuovo scritto per l'anniversario."],
        ["+Dopo il concerto il comune offrirà un rinfresco in piazza."],
        ["-Iscriviti alla newsletter di Roccafiorana Oggi"],
        ["+Il coro cerca nuovi tenori e bassi per la prossima stagione."],
        ["-Commenti (2)", "-Rosalba: Mia madre cantava nel coro negli anni Ottanta!",
         "-Redazione: Che bel ricordo, Rosalba.", "-Rosalba: Sabato ci saremo entrambe.",
         "-Redazione: Vi aspettiamo in chiesa!", "-Tag: coro, anniversario, San Rocco",
         "-Le notizie più lette"],
    ]),
    _page("it", "it-blog-orchideesuldavanzale-orchidee", [
        ["-Orchidee sul Davanzale", "-un blog di orchidee coltivate in appartamento"],
        ["+La mia Phalaenopsis rifiorita dopo due anni"],
        ["-Pubblicato il 3 marzo 2026", "-Categoria: Phalaenopsis", "-Lo stelo nuovo con i primi boccioli.",
         "-Questo articolo contiene link di affiliazione.", "-Indice", "-Il rinvaso", "-La luce", "-L'acqua"],
        ["+Per due anni la mia Phalaenopsis bianca ha fatto solo foglie, senza un solo stelo."],
        ["+In autunno l'ho spostata su un davanzale esposto a est, più fresco di notte."],
        ["+Un vivaista mi aveva detto: «Le orchidee fioriscono quando sentono la differenza tra giorno e notte.»"],
        ["+Cosa ho cambiato"],
        ["-Salva su Pinterest"],
        ["+Ho rinvasato in corteccia nuova, senza sfagno."],
        ["+Annaffio per immersione ogni dieci giorni."],
        ["-Link affiliato: il vaso trasparente che uso"],
        ["+Concimo a metà dose solo in primavera."],
        ["+A febbraio è spuntato uno stelo, e oggi ha sette fiori aperti."],
        ["-Ti è piaciuto? Offrimi un caffè"],
        ["+Il prossimo obiettivo è far rifiorire la mia piccola Oncidium."],
        ["-Lascia un commento", "-Teresa: Che bella! Anche la mia non fiorisce da un anno.",
         "-Autrice: Prova con le notti più fresche, Teresa.", "-Teresa: Grazie, ci provo subito.",
         "-Autrice: Fammi sapere come va!", "-Articolo precedente: Le radici aeree vanno tagliate?",
         "-Categorie: Phalaenopsis, Fioritura"],
    ]),
    _page("pl", "pl-portal-brzozoleka-rzezby", [
        ["-Gazeta Brzozołęcka", "-Wiadomości · Kultura · Sport · Ogłoszenia"],
        ["+Szlak rzeźb nad rzeką otwarty dla spacerowiczów"],
        ["-Autor: Wiesława Kornacka-Pyzik", "-Opublikowano: 12.06.2026, 10:20", "-Rzeźba „Czapla” przy kładce. "
         "Fot. Gazeta Brzozołęcka", "-Posłuchaj tego tekstu", "-Spis treści", "-Trasa", "-Dojazd",
         "-Czas czytania: 2 min"],
        ["+W sobotę otwarto trzykilometrowy szlak rzeźb wzdłuż rzeki, od młyna do starego mostu."],
        ["-REKLAMA ▼"],
        ["+Jedenaście drewnianych rzeźb wykonali artyści z plenerów organizowanych przez dom kultury."],
        ["+„Chcieliśmy, żeby ludzie znów chodzili nad rzekę, a nie tylko przez nią przejeżdżali” – powiedziała "
         "dyrektorka domu kultury Halina Wróblewska."],
        ["-Zgłoś błąd w tekście"],
        ["+Co warto wiedzieć"],
        ["-Czytaj także: Nowe godziny otwarcia biblioteki"],
        ["+Szlak jest dostępny dla wózków na całej długości."],
        ["+Przy każdej rzeźbie stoi tablica z kodem QR."],
        ["+Parking znajduje się przy młynie."],
        ["+W lipcu odbędą się spacery z przewodnikiem w każdą niedzielę."],
        ["-Obserwuj nas w Google News"],
        ["+Dom kultury planuje dodać kolejne rzeźby w przyszłym roku."],
        ["-Komentarze (2)", "-Zbyszek: Byłem wczoraj, pięknie zrobione.", "-Odpowiedź od Ani: Zgadzam się, "
         "czapla najlepsza!", "-Zbyszek: Jeszcze ryba przy moście.", "-Udostępnij: Facebook · X",
         "-Zobacz wszystkie wiadomości"],
    ]),
    _page("pl", "pl-blog-lampaiskala-radio", [
        ["-Lampa i Skala", "-blog o starych radiach lampowych"],
        ["+Odnowiłem radio Pionier z 1956 roku"],
        ["-Dodano: 8 stycznia 2026", "-Kategoria: Renowacje", "-Radio przed renowacją.",
         "-Uwaga: wewnątrz radia lampowego występuje niebezpieczne napięcie.",
         "-Czas czytania: 3 minuty"],
        ["+Radio kupiłem na pchlim targu za czterdzieści złotych, bez tylnej ścianki."],
        ["-Spis treści", "-1. Wymiana kondensatorów", "-2. Obudowa i gałki"],
        ["+Wymieniłem wszystkie kondensatory papierowe i sprawdziłem transformator."],
        ["+Dziadek, który naprawiał radia w latach pięćdziesiątych, mówił: „Najpierw nos, potem miernik”."],
        ["+Co wymieniłem"],
        ["+Osiem kondensatorów papierowych."],
        ["-Link partnerski: lutownica, której używam"],
        ["+Przewód zasilający i wtyczkę."],
        ["+Pękniętą gałkę strojenia."],
        ["-Materiał reklamowy"],
        ["+Po wymianie radio odebrało kilka stacji na falach średnich."],
        ["-Zapisz ten wpis na Pintereście"],
        ["+Następnym razem zajmę się obudową z bakelitu."],
        ["-Komentarze czytelników (3)", "-Marek: Świetna robota!", "-Autor: Dzięki, Marek.",
         "-Marek: Czekam na bakelit.",
         "-Autor: Już wkrótce, obiecuję.",
         "-Tagi: Pionier, lampy, renowacja", "-Poprzedni wpis: Lampy elektronowe – co warto mieć w szufladzie"],
    ]),
    _page("ru", "ru-portal-verkhneklyuchansk-bouling", [
        ["-Верхнеключанские вести", "-Новости · Культура · Спорт · Афиша"],
        ["+У клуба любителей боулза появилась новая лужайка"],
        ["-Автор: Прасковья Лопухина", "-15 июня 2026, 12:40", "-Новая лужайка клуба в парке. Фото: "
         "Верхнеключанские вести", "-Слушать статью", "-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Время чтения: 2 минуты"],
        ["+Клуб любителей боулза в городском парке открыл сезон на новой лужайке."],
        ["+Старая площадка пришла в негодность после прошлогоднего паводка."],
        ["-Рекламный блок"],
        ["+Председатель клуба Савелий Кручинин сказал: «Теперь шары катятся ровно, как в Англии»."],
        ["-Читайте также: В парке откроют летнюю эстраду"],
        ["+Что изменилось"],
        ["-Содержание", "-1. Новая лужайка", "-2. Расписание занятий"],
        ["+Газон уложен на дренажную подушку."],
        ["+Вокруг лужайки поставили новые скамейки."],
        ["+Клуб получил восемь комплектов шаров."],
        ["+Занятия для новичков проходят по субботам."],
        ["-Подпишитесь на наш Telegram-канал"],
        ["+Вступить в клуб может любой желающий старше десяти лет."],
        ["-Комментарии (2)", "-Тамара: Внук ходит уже месяц, очень доволен.",
         "-Ответ редакции: Спасибо, Тамара!", "-Тамара: Приходите посмотреть.",
         "-Андрей: А взрослых принимают?", 
         "-Ответ редакции: Конечно, приходите в субботу."],
    ]),
    _page("ru", "ru-blog-khizhinaitropa-priyut", [
        ["-Хижина и тропа", "-заметки о горных приютах и тропах"],
        ["+Ночь в горном приюте под перевалом"],
        ["-Опубликовано 20 сентября 2026", "-Рубрика: Приюты", "-Приют на рассвете.",
         "-Внимание: в горах всегда сообщайте о маршруте спасателям.", "-Содержание", "-1. Подъём", "-2. Ночь в приюте",
         "-3. Спуск", "-Партнёрская ссылка: мой спальник"],
        ["+Мы вышли от последней деревни в полдень и поднимались пять часов."],
        ["+Приют стоит на площадке под самым перевалом, у ручья."],
        ["+Смотритель сказал нам: «Здесь гостям рады всегда, даже если мест нет»."],
        ["+Что взять с собой"],
        ["+Тёплый спальник."],
        ["+Запас газа."],
        ["-Сохраните пост"],
        ["+Наличные деньги."],
        ["-Рекламное место"],
        ["+Утром мы спустились по другой тропе, через озеро."],
        ["-Поддержать блог донатом"],
        ["+В следующем году хотим дойти до второго приюта."],
        ["-Комментарии (3)", "-Олег: Отличный маршрут!", "-Автор: Спасибо, Олег.",
         "-Олег: А вода там есть?",
         "-Автор: Да, ручей рядом с приютом.", "-Предыдущая запись: Перевал в тумане"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Time to read: a little under five minutes":
        "an English reading-time header ('Time to read: a little under five minutes') is left at the head",
    "This post runs long (roughly 2,400 words), so skip to the photos if you're in a hurry.":
        "an English blog's word-count warning ('This post runs long (roughly 2,400 words), so skip to the photos if "
        "you're in a hurry.') is left at the head",
    "Story by Wilhelmina Crabtoft | Culture desk | Pictures courtesy of the theatre trust":
        "an English story-by byline with desk and picture credit ('Story by Wilhelmina Crabtoft | Culture desk | "
        "Pictures courtesy of the theatre trust') is left at the head",
    "Built with Eleventy and hosted on a Raspberry Pi in my airing cupboard.":
        "an English blog's Eleventy-on-a-Raspberry-Pi credit ('Built with Eleventy and hosted on a Raspberry Pi in "
        "my airing cupboard.') is left at the foot",
    "Un article signé Maëlys Trégarvoux, avec la rédaction locale":
        "a French signed-article byline ('Un article signé Maëlys Trégarvoux, avec la rédaction locale') is left at "
        "the head",
    "In eigener Sache: Wegen eines technischen Fehlers war dieser Artikel zeitweise nicht erreichbar.":
        "a German in-our-own-cause outage note ('In eigener Sache: Wegen eines technischen Fehlers war dieser "
        "Artikel zeitweise nicht erreichbar.') is left in the body",
    "Kopiowanie tekstów i zdjęć bez zgody autorki jest zabronione.":
        "a Polish blog's no-copying footer ('Kopiowanie tekstów i zdjęć bez zgody autorki jest zabronione.') is left "
        "at the foot",
    "Tekst archiwalny: opublikowany pierwotnie w 2019 roku.":
        "a Polish archive-text note ('Tekst archiwalny: opublikowany pierwotnie w 2019 roku.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-dialglowdiary-radio":
        "the valve-radio blog's walnut-set post keeps its blog name and tagline ('Dial Glow Diary', 'restoring valve "
        "radios one capacitor at a time') above the title, its photo caption and safety line ('The radio as it "
        "arrived, dial glass cracked.', 'Safety first: the chassis carries lethal voltages even when unplugged.') "
        "under the title (4 of 20 noise lines; its comment thread at the foot, Ruth Okonedo's two comments and the "
        "author's two replies, goes since round 87)",
    "fr-portail-kerdoulanec-fete":
        "the regional portal's rained-off fete story keeps its ad ('Annonce : salons de jardin à moitié prix') "
        "between the second and third list rows (1 of 20 noise lines; the comment, the reply and the commenter's "
        "answer at the foot go since round 87)",
    "fr-blog-carnetdesrefuges-refuge":
        "the mountain-hut blog's night-at-the-hut post keeps its blog name and tagline ('Le Carnet des Refuges', "
        "'Randonnées, refuges et cabanes des Pyrénées') above the title and its photo caption and safety line ('Le "
        "refuge au coucher du soleil, vu du col.', 'Attention : en montagne, renseignez-vous toujours sur l'état du "
        "sentier et l'ouverture du refuge.') under the title (4 of 20 noise lines)",
    "de-blog-federkielstube-kalligrafie":
        "the calligraphy blog's broad-nib post keeps, at the foot, the comment heading ('Kommentare zu diesem "
        "Beitrag') and the four comments and replies (5 of 20 noise lines; its tagline above the title, its photo "
        "caption under it and its Pinterest save prompt between the subheading and the first list row go, the prompt "
        "since round 94)",
    "it-blog-orchideesuldavanzale-orchidee":
        "the orchid blog's reflowering post keeps its tagline ('un blog di orchidee coltivate in appartamento') "
        "above the title and its photo caption ('Lo stelo nuovo con i primi boccioli.') under the title (2 of 20 "
        "noise lines; Teresa's two comments and the author's first reply at the foot go since round 87)",
    "pl-blog-lampaiskala-radio":
        "the valve-radio blog's Pionier post keeps its tagline ('blog o starych radiach lampowych') above the "
        "title and its photo caption and safety line ('Radio przed renowacją.', 'Uwaga: wewnątrz radia lampowego "
        "występuje niebezpieczne napięcie.') under the title (3 of 20 noise lines; its partner link between the "
        "first and second list rows goes since round 85)",
    "ru-portal-verkhneklyuchansk-bouling":
        "the regional portal's bowling-green story keeps its table of contents ('Содержание', '1. Новая лужайка', "
        "'2. Расписание занятий') between the subheading and the first list row (3 of 20 noise lines; it lost its "
        "subheading, first and third list rows and last paragraph to the page's tail before round 86)",
    "ru-blog-khizhinaitropa-priyut":
        "the mountain-hut blog's night-under-the-pass post keeps its tagline ('заметки о горных приютах и тропах') "
        "above the title, its photo caption and safety line ('Приют на рассвете.', 'Внимание: в горах всегда "
        "сообщайте о маршруте спасателям.') under the title, its save prompt ('Сохраните пост') between the second "
        "and third list rows and its donation prompt ('Поддержать блог донатом') between the two last paragraphs "
        "(5 of 20 noise lines; its partner link under the title goes since round 85)",
}


test_held_out_112_line, test_held_out_112_line_is_kept, test_held_out_112_page = held_out_tests(
    HELD_OUT_112_LINES, HELD_OUT_112_KEEP, HELD_OUT_112_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
