"""Held-out set 111: written blind, weighted toward the noise the cleaner exists for, in shapes set 110's docstring does
not name (nor the first paragraphs of sets 107, 108 and 109): scraper, embed and ad markers (an English Vimeo embed
failure "This story contains an embedded Vimeo clip that your browser could not display.", an English paid-partnership
break "— Story continues after the paid partnership notice —", an English Flourish chart residue "Chart by Flourish. If
it does not load, tap here to see the figures as a table.", a French Dailymotion player placeholder "Le lecteur
Dailymotion est bloqué par votre navigateur. Activez les contenus tiers pour regarder la vidéo.", a German Podigee
podcast placeholder "Zum Abspielen dieser Podcast-Folge von Podigee bitte auf „Inhalt laden“ tippen.", an Italian
YouTube consent placeholder "Questo video di YouTube è visibile solo dopo aver accettato i cookie di profilazione.", a
Polish Google Maps failure "Mapa Google nie wczytała się. Kliknij, aby otworzyć lokalizację w nowej karcie." and a
Russian Rutube failure "Видео с Rutube временно недоступно. Обновите страницу или посмотрите ролик на сайте площадки.");
reading-time headers in new wordings (the English "Read time — 6 min (1,340 words)" and a blog's "This post takes about
eighteen minutes to read, less if you skip my detours.", the French "Temps de lecture estimé à sept minutes", the German
"Sie brauchen rund sieben Minuten für diesen Beitrag.", the Italian "Lettura da 6 minuti", the Polish "Lektura na około
siedem minut" and the Russian "Читать около шести минут"); bylines and self-promotion (an English filed-by byline, an
English Vinted shop plug, an English Buy Me a Coffee plug, a French an-article-by byline with the local desk, a German
by-our-editor byline, an Italian "A cura di" byline, a Polish text-prepared-by byline at the foot and a Russian Boosty
plug); blog and site footers (an English IPSO-membership line, an Eleventy-on-GitHub-Pages credit, a
no-copying-without-asking line, a French Dotclear credit, a German Impressum-under-§ 5 DDG row, an Italian
court-registration line, a Polish no-advertising-cookies line and a Russian editor-in-chief-and-phone line);
reader-comment furniture (an English people-talking count, an English flag-this-comment link, an English comment-policy
line, a French see-the-rest-of-the-discussion link, a German jump-to-newest-comment link, an Italian reply-with-quote
link, a Polish guest-comment-and-IP line and a Russian comments-are-moderated line); share rows (an English
send-to-a-friend, copy-link, Threads and Mastodon row, a French SMS, Threads and copy-link row and an Italian SMS,
Threads and copy-link row); and notices (a German added-statement note, a Polish commercial-partner note and a Russian
not-medical-advice note); and toward whole scraped news and hobby-blog pages in layouts set 110's docstring does not
describe (two or three noise lines above the title on every page, with a weather line on three, a menu row on seven and
a breadcrumb on one; four to eight noise lines in one block under the title on every page, with a photo caption on ten
and a safety line on three, and a table of contents inside that block on four pages, after the date and category lines,
and between the second paragraph and the paragraph with the quote on two; a jump-to row between the subheading and the
first list row on one and an ad label there on one; noise between the first and second paragraphs on five pages, between
the second paragraph and the paragraph with the quote on five and between the paragraph with the quote and the
subheading on six, with a photo caption there on one; noise between two list rows on ten pages, between the second and
third rows on seven and between the first and second on three, and none on two; a newsletter, Pinterest, sponsored,
report-an-error, donation or Telegram line between the two last paragraphs on eight; at the foot seven to nine lines in
one block, with tags, a share row or prompt, a support prompt or a save prompt before the thread on seven, a comment and
a reply (the paper's, the author's or another reader's) on eleven pages and two separate comments on one, and most-read,
all-news, same-subject, previous or next-post, RSS, tags, share or footer lines after it), taken from health and care
and from blogs about fountain pens, open-water swimming, woodturning and birdwatching.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 110 but what is named here), held-out set 112 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 110 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 107, 108 and 109, printed with one ast script (/tmp/s111scratch/read110.py, output
/tmp/s111scratch/out110.txt, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 110's, taken from their nodes, and the line binding the three tests is set 110's with 110 ->
111, both by /tmp/s111scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s111scratch/tables111.py, made by /tmp/s111scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s111, detached at commit
556cda61c52ba62515128c35353807700da90e89, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read110.py ran once; its output (363 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 363);
it holds only the allowed text, which names set 110's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to /dev/null;
``ls`` on them printed only top-level names. ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 556cda61c52ba62515128c35353807700da90e89. (3) The helpers were printed by importing tests/test_clean.py
and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data;
/tmp/s111scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. (4) gen.py parses set 110's file with ``ast``
and writes only its import nodes and its last statement (the binding line, 110 -> 111), around my own lines, pages,
tables and docstring (/tmp/s111scratch/data111.py, pages111.py, tables111.py, doc111.txt); it prints nothing. The pages
are built as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, my own construction, as in set 110's
notes. (5) Before the measurement /tmp/s111scratch/check.py executed this file with stand-in held_out_sets and
noisy_corpus modules (/tmp/s111scratch/stand) and counted lines by category and place, keep lines by place, pages by
language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines, overlaps between page
lines and held-out noise and keep lines (either inside the other) and between held-out noise and keep lines
(case-insensitively), line length and e-mail addresses. Its first run found 22 problems: eleven pages had 17 to 19 noise
lines, three page lines were repeated on their page (a table-of-contents entry "Co zabrać" that was also the subheading,
and the portal or blog name used again as a reply's author on the two Russian pages), two table-of-contents entries
("Cosa portare", "Co zabrać") were inside article lines, five page lines ("Inhalt", "di Benedetta Scarvolini",
"Pubblicità", "Teodora Wąchlińska", "Reklama") overlapped held-out lines and one line was over 120 columns;
/tmp/s111scratch/fix1.py added noise lines, renamed the entries, authors and ad labels and wrapped the line. The second
and third runs each found one page line over 120 columns (the first wrap hit the wrong line); the fourth found nothing.
After a name check (7) two names were changed and check.py ran again with nothing found. (6) The two measuring commands
ran as the brief gave them, in one shell call (after a ``date`` written to a scratch file), with their output sent to
scratch files (/tmp/s111scratch/measure.out and report.out) and then printed; the problems were then printed with
``_problems`` in the frozen worktree by /tmp/s111scratch/problems.py, which imports the copy of this file in
/tmp/wt-s111/tests; it computed ``_problems`` for every line and page but printed only the failing ones (the passing
ones have no problems, so nothing more was seen). (7) Invented names were checked with the exact-string search over
public GitHub files: Brackenstowe, The Sac and Lever, Lanvérec, Hollerbrunnstedt, Späne & Spindel, Roccaforvina, Ali sul
Canneto, Jarzębinowo, Jarzębinowski, Lornetka i Notes, Синеборск, Буёк и термос, Varnbrook, Kervadoc, Pfolzinger,
Scarvolini, Wąchlińska, Varvellina, Cottingworth and Tornavacchi had no hits. Dropped: Żurawiniec (a real nature reserve
in Poznań; the Polish portal's town became Jarzębinowo), Trambusti (a real surname; the Italian portal's byline became
Marisa Tornavacchi) and Lanchester (a car brand, not searched; the English portal's doctor became Priya Cottingworth).
Kept with hits: Зорянкина (one hit, a surname in a code sample) and Le Bonnet Jaune (the words "bonnet jaune" are
common; no blog or brand of that name among the hits). Not checked: the commenters' and minor people's names (Gwen
Attercliffe, Fen, Morwenna, Solenn Le Guérinel, Yvonnick P., Gwenaël, Gaëlle, Thibault, Gernot Ollendieck, Hannelore K.,
Aribert, Ortwin, Rosalba Mencaroni, Graziella T., Ermanno, Nives, Anita Koziełło, Jadwiga Stróżyk, Zdzisław, Halina,
Алевтина Сушкова, Людмила, Святополк, Вера and others), street and place names (Ashcombe Road, Quarry Hill, place du
Marché, rue des Tilleuls, Lindenstraße, Marktgasse, piazza del Municipio, Заречная улица) and the names built on checked
towns (the papers). Vannes is a real town, named as where the pharmacy's customers work. Numbers are zero-filled; there
are no e-mail addresses. (8) Real things named, as real pages do: Vimeo, Flourish, Dailymotion, Podigee, YouTube, Google
Maps, Rutube, Vinted, Buy Me a Coffee, Boosty, the Independent Press Standards Organisation, Eleventy, GitHub Pages,
Vim, Dotclear, the DDG, Threads, Mastodon, the NHS, Facebook, Pinterest, WhatsApp, Telegram, Google News, Dzen and the
Parker 51. (9) My first clock reading was 2026-12-05 05:36:17 UTC; the measurement ran at 05:40:11 UTC.

Judgement calls: the keep lines opening with or holding "Filed complaints", "Reading the new rota", "Comments left in
the waiting-room box", "Share of appointments", "Listen to the paramedics", "Sponsored walks", "Posted notices",
"Partagée entre deux cabinets", "Lire l'ordonnance", "Abonnés au service de portage", "Lesen konnten die Bewohner",
"Werbung für die Blutspende", "Kommentare der Anwohner", "Condividere gli ambulatori", "Pubblicità e volantini",
"Iscriversi alla lista dei donatori", "Komentując przeniesienie apteki", "Reklamacje dotyczące opłat", "Поделиться
кровью" and "Читайте инструкцию" are article sentences. Categories as in set 110; the Polish text-prepared-by line is a
byline though it sits at the foot. On every page the title, the three paragraphs before the subheading (one with the
quote), the subheading, its three list rows and the two last paragraphs are article; everything else (site and blog
names, taglines, weather lines, menus, breadcrumbs, bylines, dates, update times, reading times, listen links,
categories, tags, photo captions and credits, safety lines, affiliate disclosures, tables of contents and jump-to rows,
read-also, same-subject, most-read and all-news links, ad, sponsored, affiliate and partner lines, newsletter, WhatsApp,
Telegram, Dzen, Google News, Pinterest, RSS and save prompts, reader-survey and donation prompts, report-an-error lines,
share rows and prompts, comment headings and counts, comments and replies, reply links, previous and next-post links,
footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 110's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-brackenstowe-surgery (two GP surgeries merging under one roof), en-blog-thesacandlever-pens (a new sac for a
1950s lever-filler fountain pen), fr-portail-lanverec-pharmacie (a pharmacy open until 8 pm), fr-blog-bonnetjaune-nage
(a lake crossing at 14 degrees in October), de-portal-hollerbrunnstedt-rettungswache (an ambulance station moving to the
bypass), de-blog-spaeneundspindel-drechseln (a first bowl turned from wet cherry wood),
it-portale-roccaforvina-donazione (a blood-donation day in the town square), it-blog-alisulcanneto-birdwatching (a
bittern heard again in the reed bed), pl-portal-jarzebinowo-parking (a hospital car park's new charges),
pl-blog-lornetkainotes-ptaki (the autumn crane passage over fish ponds), ru-portal-sineborsk-sad (a care home's sensory
garden) and ru-blog-bujokitermos-zaplyv (the season's last open-water swim, in fog), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 556cda61c52ba62515128c35353807700da90e89, measured with ``cd /tmp/wt-s111 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s111/src python -m pytest -q tests/test_clean_held_out_111.py -rA -p
no:cacheprovider`` (32 failed, 45 passed) and ``cd /tmp/wt-s111 && PYTHONPATH=/tmp/wt-s111/src python
scripts/clean_held_out_report.py --sets 111``, with the xfail tables empty): noise lines removed 24/45 (marker 0/8,
reading-time 4/7, byline 4/8, footer 5/8, comments 7/8, share 2/3, notice 2/3; the 21 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 1/12 clean (en-blog-thesacandlever-pens), 23 of 240
page noise lines left and 0 of 120 article lines lost, as ``_PAGE_XFAIL`` describes. The failing cases are strict
xfails.

Still held out after round 85 (developed on sets 107 and 108: a photo caption under the title when a photo credit is
printed under it in the byline's or date's block, or alone under a table of contents as a short noun phrase with a
clause of place; archive photo credits; affiliate and partner-link labels in the singular; a recommendation label over
the writer's pick at a shop; unlabelled discount codes; liked-it prompts with no object; calls to support the blog by
its link or button; reading-time labels with seconds and Russian hedges; this set was written against 556cda6, before
it; measured once with ``scripts/clean_held_out_report.py --sets 111`` at f3cd0f0): noise lines removed 24/45
(unchanged), keep lines 20/20, pages clean 1/12 -> 3/12 (the blood-donation and hospital car-park stories lose their
photo captions under the title), page noise lines left 23 -> 19 of 240 (also the pharmacy story's caption and the
swimming blog's partner link), article lines lost 0 of 120. The xfail entries of the two clean pages are removed and the
two other page reasons reworded.

Round 86 (development; this set was read in full from this round on): the eight marker lines go, and the surgery-merger,
ambulance-station and sensory-garden stories lose their photo captions under the title. Fixed for the families, with
six-language tests and near misses: an embed's placeholder that names its platform first, a player's host, Google Maps
or a chart service, with the state of the reader's screen in the browser's words, loading, not loaded or displayed,
blocked, switched off until consent, or waiting for a click, a tap or a refresh (whole_line_noise._EMBED_PLATFORM and
_EMBED_SCREEN_STATE in "video embed"; round 83's placeholders named the cookies or the host after the player), the
reader's ad-blocker notice with a call to allow the ads, a pre-roll's countdown and the break after a partner's notice
("video embed", "advertisement"); the article's two last paragraphs with the site's prompt between them right above the
comments end the body (page_blocks._split_closing_pair in _mark_tail, after round 84's closing sentence); a short
sentence with its verb over the picture's credit among the byline's rows is the picture's caption
(page_blocks._is_credited_caption_sentence, _PHOTO_CREDIT_LABEL in round 85's _mark_head_caption). Across sets 10-110 no
line moved (no article or keep line lost, no noise line, clean page or left page line changed). No class was added.
Figures before -> after: noise lines removed 24 -> 32/45 (marker 0 -> 8/8; reading-time 4/7, byline 4/8, footer 5/8,
comments 7/8, share 2/3, notice 2/3 unchanged), keep lines 20/20, pages clean 3 -> 5/12, page noise lines left 19 -> 16
of 240, article lines lost 0 of 120; pytest of this file 47 passed, 30 xfailed -> 57 passed, 20 xfailed (eight line and
two page entries removed, one page reason reworded). Left: the blogs' taglines, safety lines ('Sécurité : ...',
'Sicherheit: ...', 'Внимание: ...') and captions with no credit under the title, the prompts between list rows (reader
survey, WhatsApp, save to bookmarks), the birdwatching post's affiliate disclosure and caption in the body, and the
single lines of ``_LINE_XFAIL`` (reading-time sentences, bylines and plugs, blog footers, a guest-comment line, a share
row, a German added-statement note).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_111_LINES: list[tuple[str, str, str]] = [
    # marker
    ("body", "This story contains an embedded Vimeo clip that your browser could not display.", "marker"),
    ("body", "— Story continues after the paid partnership notice —", "marker"),
    ("body", "Chart by Flourish. If it does not load, tap here to see the figures as a table.", "marker"),
    ("body", "Le lecteur Dailymotion est bloqué par votre navigateur. Activez les contenus tiers pour regarder"
             " la vidéo.", "marker"),
    ("body", "Zum Abspielen dieser Podcast-Folge von Podigee bitte auf „Inhalt laden“ tippen.", "marker"),
    ("body", "Questo video di YouTube è visibile solo dopo aver accettato i cookie di profilazione.", "marker"),
    ("body", "Mapa Google nie wczytała się. Kliknij, aby otworzyć lokalizację w nowej karcie.", "marker"),
    ("body", "Видео с Rutube временно недоступно. Обновите страницу или посмотрите ролик на сайте площадки.",
     "marker"),
    # reading-time
    ("head", "Read time — 6 min (1,340 words)", "reading-time"),
    ("head", "This post takes about eighteen minutes to read, less if you skip my detours.", "reading-time"),
    ("head", "Temps de lecture estimé à sept minutes", "reading-time"),
    ("head", "Sie brauchen rund sieben Minuten für diesen Beitrag.", "reading-time"),
    ("head", "Lettura da 6 minuti", "reading-time"),
    ("head", "Lektura na około siedem minut", "reading-time"),
    ("head", "Читать около шести минут", "reading-time"),
    # byline
    ("head", "Filed by Hesketh Varnbrook, our health and social care reporter", "byline"),
    ("tail", "Pens I have restored are listed in my Vinted shop – the link is in the sidebar.", "byline"),
    ("tail", "Like what I write? You can support the blog on Buy Me a Coffee.", "byline"),
    ("head", "Un article de Maëlys Kervadoc, avec la rédaction locale", "byline"),
    ("head", "Von unserer Redakteurin Irmtraud Pfolzinger", "byline"),
    ("head", "A cura di Benedetta Scarvolini, redazione salute", "byline"),
    ("tail", "Tekst przygotowała Teodora Wąchlińska, dziennikarka działu zdrowie", "byline"),
    ("tail", "Поддержать автора блога можно через Boosty — ссылка в профиле.", "byline"),
    # footer
    ("tail", "We are a member of the Independent Press Standards Organisation – see our complaints policy.", "footer"),
    ("tail", "Powered by Eleventy, hosted on GitHub Pages, written in Vim.", "footer"),
    ("tail", "Text and photos on this blog may not be copied without asking me first.", "footer"),
    ("tail", "Blog propulsé par Dotclear depuis 2011.", "footer"),
    ("tail", "Impressum gemäß § 5 DDG · Datenschutzerklärung", "footer"),
    ("tail", "Testata registrata presso il Tribunale di Varvellina, n. 00/2019", "footer"),
    ("tail", "Strona nie korzysta z plików cookie w celach reklamowych.", "footer"),
    ("tail", "Главный редактор сетевого издания — Клавдия Зорянкина. Телефон редакции: 0 (000) 000-00-00", "footer"),
    # comments
    ("tail", "3 people are talking about this — add your voice", "comments"),
    ("tail", "Flag this comment as inappropriate", "comments"),
    ("tail", "Comment policy: keep it civil, keep it on topic, no links.", "comments"),
    ("tail", "Voir la suite de la discussion (4 réponses)", "comments"),
    ("tail", "Zum neuesten Kommentar springen", "comments"),
    ("tail", "Rispondi citando", "comments"),
    ("tail", "Dodaj komentarz jako gość – Twój adres IP zostanie zapisany.", "comments"),
    ("tail", "Комментарии проходят модерацию, поэтому появляются не сразу.", "comments"),
    # share
    ("body", "Send to a friend · Copy link · Share on Threads · Share on Mastodon", "share"),
    ("tail", "Envoyer par SMS · Partager sur Threads · Copier le lien", "share"),
    ("tail", "Condividi via SMS · Condividi su Threads · Copia il link", "share"),
    # notice
    ("body", "Hinweis: Die Redaktion hat diesen Beitrag am Nachmittag um eine Stellungnahme der Klinik ergänzt.",
     "notice"),
    ("tail", "Artykuł powstał we współpracy z partnerem komercyjnym.", "notice"),
    ("tail", "Материал носит информационный характер и не является медицинской рекомендацией.", "notice"),
]

HELD_OUT_111_KEEP: list[tuple[str, str]] = [
    ("head", "Filed complaints about the surgery's phone line fell by a third after the merger, the practice manager"
             " said."),
    ("head", "Reading the new rota, patients will notice two evening clinics a week instead of one."),
    ("body", "Comments left in the waiting-room box asked mainly for a second wheelchair ramp."),
    ("body", "Share of appointments booked online has risen to almost half since the spring."),
    ("tail", "Listen to the paramedics, the station manager told councillors, and keep the crews near the bypass."),
    ("tail", "Sponsored walks raised £4,000 for the sensory garden, the home's activities coordinator said."),
    ("tail", "Posted notices at the car park entrance will explain the new charges from next month."),
    ("head", "Partagée entre deux cabinets, la patientèle du docteur sera regroupée rue des Tilleuls."),
    ("body", "Lire l'ordonnance à voix haute aide les patients âgés, rappelle la pharmacienne."),
    ("tail", "Abonnés au service de portage, les résidents reçoivent leurs médicaments le mardi."),
    ("head", "Lesen konnten die Bewohner die Pflanzenschilder erst, als sie in Großdruck kamen."),
    ("body", "Werbung für die Blutspende machte diesmal der Fußballverein."),
    ("tail", "Kommentare der Anwohner zur neuen Rettungswache waren überwiegend freundlich."),
    ("head", "Condividere gli ambulatori permetterà ai due medici di coprire anche il sabato."),
    ("body", "Pubblicità e volantini non sono serviti: i donatori sono arrivati col passaparola."),
    ("tail", "Iscriversi alla lista dei donatori richiede dieci minuti e un documento, spiegano i volontari."),
    ("head", "Komentując przeniesienie apteki, burmistrz mówił o dłuższych godzinach otwarcia."),
    ("tail", "Reklamacje dotyczące opłat za parking szpital rozpatruje w ciągu 14 dni."),
    ("head", "Поделиться кровью пришли больше ста человек, рассказали в центре переливания."),
    ("tail", "Читайте инструкцию к новым паркоматам: оплата теперь только по номеру машины, говорят в больнице."),
]

HELD_OUT_111_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-brackenstowe-surgery", [
        ["-Brackenstowe Courier", "-News · Health · Sport · What's On · Jobs"],
        ["+Two Brackenstowe GP surgeries to merge under one roof by next spring"],
        ["-By Hesketh Varnbrook, Health Reporter", "-Tuesday 4 November 2025, 07:15",
         "-Updated 2 hours ago", "-The Ashcombe Road surgery, which will close when the merger goes ahead.",
         "-Photo: Brackenstowe Courier", "-Listen to this story"],
        ["+The Ashcombe Road and Quarry Hill surgeries will become a single practice with about 14,000 patients.",
         "+Both buildings are leased, and the Ashcombe Road lease ends in March, the partners said."],
        ["-Advertisement", "-Read more: Walk-in centre hours cut over the winter"],
        ["+\"One bigger team means fewer cancelled clinics when someone is off sick,\" said Dr Priya Cottingworth,"
         " a partner at Quarry Hill."],
        ["+What patients need to know"],
        ["-Jump to: Appointments | Prescriptions | Parking"],
        ["+Your NHS number and records move across automatically.",
         "-Sponsored: Hearing tests at home from £29"],
        ["+Repeat prescriptions will be sent to the pharmacy you already use.",
         "+The Quarry Hill car park will gain twelve spaces."],
        ["+A public meeting on the plans is set for 20 November at the community centre."],
        ["-Sign up for our free health newsletter"],
        ["+Patients can also send questions to the practice through its website."],
        ["-Comments (3)", "-Gwen Attercliffe · 5 hours ago",
         "-Quarry Hill is two buses away from my street. Will there be a shuttle?",
         "-Reply from Brackenstowe Courier", "-We have asked the practice and will update the story.",
         "-Most read: Bypass roadworks to start in January",
         "-© 2025 Brackenstowe Courier Ltd. All rights reserved."],
    ]),
    _page("en", "en-blog-thesacandlever-pens", [
        ["-The Sac and Lever", "-notes from a fountain pen tinkerer", "-Home · Restorations · Inks · About"],
        ["+Replacing the sac in a 1950s lever-filler, step by step"],
        ["-Posted on 9 October 2025 by Fen", "-Filed under: Restorations, Lever-fillers",
         "-Contents", "-1. Tools", "-2. Taking out the old sac", "-3. Fitting the new one"],
        ["+The pen came in a job lot from a house clearance, with a sac that had turned to dust."],
        ["+I used shellac and a size 16 silicone sac, which suits most British lever-fillers of the period."],
        ["-This post contains affiliate links; I earn a small commission if you buy through them."],
        ["+\"Never pull a section out cold,\" my first pen mentor told me, \"warm it and wait.\""],
        ["+What you need"],
        ["+A section pliers or a rubber grip, and a hairdryer on its lowest setting.",
         "+Pure shellac flakes dissolved in alcohol.",
         "-Pin it for later",
         "+A replacement sac of the right size and some talc."],
        ["+Let the shellac cure overnight before you put the section back."],
        ["+Then fill it with a gentle ink and write a page to check that nothing leaks."],
        ["-Tags: lever-filler, sac replacement, shellac", "-← Previous post: A Parker 51 with a stuck hood",
         "-4 comments", "-Morwenna says:", "-Did you have to sand the barrel inside?", "-Fen says:",
         "-No, a cotton bud with a drop of water did the job.", "-Leave a comment", "-Subscribe via RSS"],
    ]),
    _page("fr", "fr-portail-lanverec-pharmacie", [
        ["-L'Écho de Lanvérec", "-Accueil › Actualités › Santé"],
        ["+La pharmacie de la place du Marché ouvrira désormais jusqu'à 20 heures"],
        ["-Par Maëlys Kervadoc", "-Publié le 3 novembre 2025 à 11 h 40", "-Lecture : 3 min",
         "-La devanture de la pharmacie, rénovée cet été.", "-Photo : L'Écho de Lanvérec"],
        ["+À partir du 1er décembre, la pharmacie de la place du Marché restera ouverte jusqu'à 20 heures en semaine."],
        ["-À lire aussi : Le cabinet médical cherche toujours un généraliste"],
        ["+Elle ouvrira aussi le samedi après-midi, une première depuis son installation en 1987."],
        ["+« Beaucoup de nos clients travaillent à Vannes et rentrent après 19 heures », explique la titulaire,"
         " Solenn Le Guérinel."],
        ["-Publicité"],
        ["+Les nouveaux horaires"],
        ["+Du lundi au vendredi : de 8 h 30 à 20 heures.",
         "+Le samedi : de 9 heures à 18 heures.",
         "-Votre avis nous intéresse : répondez à notre questionnaire",
         "+Le dimanche et les jours fériés : fermé, sauf garde."],
        ["+Deux préparatrices ont été recrutées pour assurer les soirées."],
        ["-Abonnez-vous à notre lettre d'information"],
        ["+La pharmacie de garde reste consultable sur le site de l'agence régionale de santé."],
        ["-Partager sur Facebook · Partager par e-mail", "-2 commentaires", "-Yvonnick P.",
         "-Enfin ! Je devais prendre ma pause déjeuner pour y aller.", "-Répondre",
         "-Réponse de Gwenaël", "-Pareil, et le samedi c'est un vrai plus.",
         "-Sur le même sujet", "-Mentions légales · Contact"],
    ]),
    _page("fr", "fr-blog-bonnetjaune-nage", [
        ["-Le Bonnet Jaune", "-carnet de nage en eau libre"],
        ["+Ma première traversée du lac en octobre, à 14 degrés"],
        ["-Publié le 12 octobre 2025", "-Catégorie : Eau froide", "-Lecture : 5 min",
         "-Sécurité : ne nagez jamais seul en eau froide et portez une bouée de signalisation.",
         "-L'arrivée sur la plage de l'autre rive, juste avant midi."],
        ["+Je nage dans ce lac depuis trois étés, mais jamais aussi tard dans la saison."],
        ["+Nous étions quatre, avec un kayak d'accompagnement et un thermos de thé sur la rive."],
        ["-Sommaire", "-Avant la traversée", "-Pendant", "-Après"],
        ["+« Les dix premières minutes sont les pires, ensuite le corps comprend », m'avait prévenu Gaëlle."],
        ["+Ce que j'ai emporté"],
        ["-Lien affilié : la bouée que j'utilise"],
        ["+Une combinaison sans manches de 3 millimètres.",
         "+Des chaussons et des gants en néoprène.",
         "+Un bonnet en silicone, et un deuxième par-dessus."],
        ["+Je suis sortie de l'eau au bout de 28 minutes, les mains engourdies mais ravie."],
        ["-Épingler sur Pinterest"],
        ["+La prochaine fois, je tenterai la boucle nord, plus abritée du vent."],
        ["-Vous aimez ce blog ? Offrez-moi un café", "-3 réactions", "-Thibault",
         "-Bravo ! Tu as mis combien de temps à te réchauffer ?", "-Réponse de l'autrice",
         "-Une bonne heure, avec la soupe.", "-Article suivant : Nager sous la pluie »"],
    ]),
    _page("de", "de-portal-hollerbrunnstedt-rettungswache", [
        ["-Wetter: 9 °C, bewölkt", "-Hollerbrunnstedter Anzeiger", "-Startseite · Lokales · Gesundheit · Sport"],
        ["+Rettungswache zieht an die Umgehungsstraße"],
        ["-Von Irmtraud Pfolzinger", "-05.11.2025, 09:30 Uhr", "-Lesezeit: 3 Minuten",
         "-Die alte Wache in der Lindenstraße ist zu eng geworden.", "-Foto: Hollerbrunnstedter Anzeiger",
         "-Artikel anhören"],
        ["+Die Rettungswache in der Lindenstraße wird bis Herbst 2026 an die Umgehungsstraße verlegt.",
         "+Der Neubau bietet Platz für vier Rettungswagen und ein Notarzteinsatzfahrzeug."],
        ["+„Von dort erreichen wir die Dörfer im Osten vier Minuten schneller“, sagt Wachenleiter"
         " Gernot Ollendieck."],
        ["-Auch interessant: Neuer Hausarzt in der Marktgasse", "-Anzeige"],
        ["+Was sich ändert"],
        ["+Die Hilfsfrist im Osten des Kreises soll künftig eingehalten werden.",
         "+Die alte Wache wird an die Feuerwehr übergeben.",
         "-Jetzt den Anzeiger auf WhatsApp abonnieren",
         "+Anwohner der Umgehungsstraße werden zu einer Infoveranstaltung eingeladen."],
        ["+Die Baukosten liegen bei 4,2 Millionen Euro, die der Kreis übernimmt."],
        ["+Der erste Spatenstich ist für Januar geplant."],
        ["-Schlagworte: Rettungsdienst, Umgehungsstraße", "-Kommentare (2)", "-Hannelore K.",
         "-Hoffentlich wird auch an eine Ampel an der Ausfahrt gedacht.", "-Antwort von Bernd_63",
         "-Die ist laut Plan schon vorgesehen.", "-Antworten", "-Alle Nachrichten aus dem Kreis"],
    ]),
    _page("de", "de-blog-spaeneundspindel-drechseln", [
        ["-Späne & Spindel", "-ein Drechselblog aus der Garage"],
        ["+Meine erste Schale aus nassem Kirschholz"],
        ["-Veröffentlicht am 21. September 2025", "-Kategorie: Schalen",
         "-Sicherheit: Beim Drechseln immer Gesichtsschutz tragen.", "-Die Schale nach dem ersten Ölen."],
        ["+Der Kirschbaum im Garten der Nachbarn musste im Frühjahr gefällt werden."],
        ["-Werbung: Drechselbänke im Angebot"],
        ["+Ich habe ein Stück vom Stamm bekommen und es noch grün auf die Bank gespannt."],
        ["-Inhaltsverzeichnis", "-1. Das Holz", "-2. Das Aufspannen", "-3. Das Trocknen"],
        ["+„Nasses Holz schneidet sich wie Butter, aber es verzeiht nichts“, sagt mein Drechsellehrer Aribert."],
        ["+Was ich gelernt habe"],
        ["+Die Wandstärke überall gleich halten, etwa zwei Zentimeter.",
         "-Affiliate-Link: das Schalenröhr, das ich benutze",
         "+Die Schale danach in einer Papiertüte trocknen lassen.",
         "+Erst nach drei Monaten fertig drehen."],
        ["+Die Schale hat sich beim Trocknen leicht oval verzogen."],
        ["+Mir gefällt sie gerade deshalb."],
        ["-Teilen:", "-3 Kommentare", "-Ortwin schreibt:", "-Hast du die Rinde dran gelassen?",
         "-Späne & Spindel antwortet:", "-Nein, die ist beim Schruppen abgeflogen.",
         "-Nächster Beitrag: Ein Kreisel für die Nichte »",
         "-Schlagworte: Kirsche, Nassholz, Schale"],
    ]),
    _page("it", "it-portale-roccaforvina-donazione", [
        ["-Roccaforvina Oggi", "-Home · Cronaca · Salute · Sport"],
        ["+Giornata della donazione di sangue in piazza, cento iscritti in un giorno"],
        ["-di Marisa Tornavacchi", "-Ascolta l'articolo", "-8 novembre 2025, ore 18:20", "-Lettura: 3 minuti",
         "-L'autoemoteca davanti al municipio.", "-Foto: Roccaforvina Oggi"],
        ["+Sabato l'autoemoteca è rimasta in piazza del Municipio dalle otto del mattino alle due del pomeriggio.",
         "+Si sono presentati 112 donatori, di cui 37 alla prima donazione."],
        ["-Leggi anche: Il pronto soccorso cambia ingresso", "-Spazio pubblicitario"],
        ["+«Non vedevamo una fila così dal 2019», dice la responsabile del centro trasfusionale, Rosalba Mencaroni."],
        ["+Come donare"],
        ["+Avere tra i 18 e i 65 anni e pesare almeno 50 chili.",
         "+Presentarsi a digiuno o dopo una colazione leggera.",
         "-Iscriviti al nostro canale Telegram",
         "+Portare un documento e la tessera sanitaria."],
        ["+La prossima giornata è fissata per febbraio."],
        ["-Contenuto sponsorizzato: le offerte della settimana"],
        ["+Nel frattempo si può donare ogni mattina all'ospedale."],
        ["-Commenti (2)", "-Graziella T.", "-Io c'ero, organizzazione perfetta!", "-Ottavio R.",
         "-Peccato solo per il caldo in coda.", "-Le notizie più lette",
         "-Tag: donazione, sangue", "-Tutte le notizie di salute"],
    ]),
    _page("it", "it-blog-alisulcanneto-birdwatching", [
        ["-Ali sul Canneto", "-diario di birdwatching in palude",
         "-Home · Avvistamenti · Attrezzatura · Chi sono"],
        ["+Il tarabuso è tornato nel canneto grande"],
        ["-Pubblicato il 2 marzo 2025", "-Categoria: Avvistamenti", "-Tempo di lettura: 4 minuti",
         "-Indice", "-L'appostamento", "-Il richiamo", "-L'attrezzatura",
         "-Il canneto grande all'alba, visto dal capanno."],
        ["+Era dal 2021 che non sentivo il tarabuso in questa palude."],
        ["+L'ho sentito alle sei e un quarto, un muggito basso che arrivava dal fondo del canneto."],
        ["+«Chi lo sente una volta non lo dimentica più», mi disse anni fa Ermanno, il guardiano dell'oasi."],
        ["-Link affiliato: il binocolo che uso"],
        ["+Cosa portare al capanno"],
        ["+Un binocolo 8x42 e un taccuino.",
         "+Vestiti scuri e un cuscino per la panca.",
         "+Un thermos, perché a marzo all'alba fa freddo."],
        ["+Sono rimasto fino alle nove, ma non è mai uscito allo scoperto."],
        ["+Tornerò la settimana prossima con la macchina fotografica."],
        ["-Salva il post", "-2 commenti", "-Nives", "-Che emozione! In che zona del canneto?",
         "-Ali sul Canneto ha risposto:", "-Lato nord, vicino alla chiusa.", "-Condividi su Facebook",
         "-Articolo precedente: Le gru sulla piana"],
    ]),
    _page("pl", "pl-portal-jarzebinowo-parking", [
        ["-Pogoda: 7°C, pochmurno", "-Kurier Jarzębinowski", "-Wiadomości · Zdrowie · Sport · Ogłoszenia"],
        ["+Szpital wprowadza opłaty za parking. Pierwsze 20 minut za darmo"],
        ["-Jadwiga Stróżyk", "-6 listopada 2025, 08:05", "-Czas czytania: 3 min",
         "-Szlaban przy wjeździe na parking szpitalny.", "-Fot. Kurier Jarzębinowski"],
        ["+Od 1 grudnia za postój na parkingu przy szpitalu trzeba będzie płacić."],
        ["-Przeczytaj też: Nowa poradnia kardiologiczna otwarta"],
        ["+Pierwsze 20 minut będzie bezpłatne, każda kolejna godzina kosztuje 3 złote."],
        ["+– Kierowcy zostawiali tu auta na cały dzień i jechali pociągiem do pracy – mówi rzeczniczka szpitala"
         " Anita Koziełło."],
        ["+Kto nie zapłaci"],
        ["-Materiał reklamowy"],
        ["+Pacjenci dializowani, z kartą wydaną przez oddział.",
         "+Rodzice dzieci leżących na pediatrii.",
         "-Obserwuj nas w Google News",
         "+Osoby z kartą parkingową dla niepełnosprawnych."],
        ["+Wpływy mają pokryć remont nawierzchni."],
        ["-Zgłoś błąd w artykule"],
        ["+Szpital zapowiada też nowy postój taksówek przy izbie przyjęć."],
        ["-Komentarze (3)", "-gość_Marek", "-A pracownicy też będą płacić?", "-Odpowiedz",
         "-Redakcja", "-Pytaliśmy, pracownicy dostaną karty.", "-Udostępnij", "-Wszystkie wiadomości"],
    ]),
    _page("pl", "pl-blog-lornetkainotes-ptaki", [
        ["-Lornetka i Notes", "-blog o obserwowaniu ptaków"],
        ["+Jesienny przelot żurawi nad stawami"],
        ["-Opublikowano 14 października 2025", "-Kategoria: Obserwacje",
         "-Spis treści", "-Gdzie stanąć", "-Kiedy przyjechać", "-Ekwipunek"],
        ["+Co roku w październiku nad stawami rybnymi zatrzymują się tysiące żurawi."],
        ["-Materiał zawiera linki afiliacyjne"],
        ["+W tym roku naliczyłem ich ponad cztery tysiące jednego wieczoru."],
        ["+– Najlepiej przyjść godzinę przed zachodem i po prostu słuchać – radzi mój sąsiad Zdzisław."],
        ["-Klucz żurawi nad groblą, zdjęcie autora."],
        ["+Co zabrać"],
        ["+Lornetkę 10x42 i ciepłą czapkę.",
         "-Zapisz się na newsletter bloga",
         "+Składany stołek.",
         "+Latarkę na powrót groblą."],
        ["+Ptaki zlatują na noclegowisko mniej więcej pół godziny po zachodzie słońca."],
        ["-Postaw mi kawę"],
        ["+Nie podchodźcie bliżej niż do końca grobli, żeby ich nie spłoszyć."],
        ["-Tagi: żurawie, przelot", "-2 komentarze", "-Halina", "-Byłam w sobotę, niesamowity dźwięk!",
         "-Autor", "-Cieszę się, że się udało!", "-Udostępnij na Facebooku",
         "-Poprzedni wpis: Zimorodek przy młynie"],
    ]),
    _page("ru", "ru-portal-sineborsk-sad", [
        ["-Погода: +4, облачно", "-Синеборские вести", "-Новости · Здоровье · Общество · Спорт"],
        ["+В доме престарелых на Заречной открылся сенсорный сад"],
        ["-Автор: Клавдия Зорянкина", "-7 ноября 2025, 10:12", "-Время чтения: 3 минуты",
         "-Дорожки сада выложены разными материалами.", "-Фото: Синеборские вести"],
        ["+В саду при доме престарелых на Заречной улице высадили душистые травы и проложили дорожки"
         " из гальки, коры и дерева."],
        ["-Реклама"],
        ["+Сад строили полгода на деньги областного гранта и пожертвования жителей."],
        ["+«Многие наши жильцы плохо видят, а здесь можно трогать, нюхать и слушать», — говорит директор"
         " Алевтина Сушкова."],
        ["-Читайте также: Поликлиника меняет расписание"],
        ["+Что есть в саду"],
        ["+Грядки на высоте стола, чтобы до них доставали из коляски.",
         "+Колокольчики, которые звенят на ветру.",
         "-Подписывайтесь на наш канал в Дзене",
         "+Скамейки с подлокотниками в тени."],
        ["+Весной здесь посадят ещё и смородину."],
        ["-Сообщить об ошибке"],
        ["+Родственники могут гулять в саду вместе с жильцами в часы посещений."],
        ["-Комментарии (2)", "-Людмила", "-Моя мама там живёт, ей очень нравится!", "-Ответить",
         "-Редакция", "-Спасибо, передадим сотрудникам.", "-Поделиться:", "-Все новости города"],
    ]),
    _page("ru", "ru-blog-bujokitermos-zaplyv", [
        ["-Буёк и термос", "-блог о плавании на открытой воде"],
        ["+Последний заплыв сезона: 11 градусов и туман"],
        ["-Опубликовано 19 октября 2025", "-Рубрика: Холодная вода",
         "-Внимание: не плавайте в холодной воде без сопровождения.",
         "-Туман над озером в семь утра.", "-Содержание", "-Вход в воду", "-Сам заплыв"],
        ["+Вода в озере к середине октября остыла до одиннадцати градусов."],
        ["+Мы пошли втроём, с лодкой сопровождения и яркими буями."],
        ["+«Главное — выйти до того, как начнёт трясти», — напомнил наш тренер Святополк."],
        ["-Партнёрская ссылка: мой гидрокостюм"],
        ["+Что помогло"],
        ["+Неопреновая шапочка под силиконовой.",
         "+Тёплый чай в термосе прямо у воды.",
         "-Сохранить в закладки",
         "+Сухая одежда, разложенная заранее по порядку."],
        ["+Проплыли восемьсот метров за двадцать минут."],
        ["-Подписывайтесь на мой телеграм-канал"],
        ["+До весны буду плавать в бассейне."],
        ["-4 комментария", "-Вера", "-Завидую! Я уже закончила сезон.", "-Автор блога",
         "-Ещё успеешь весной!", "-Ответить", "-Метки: открытая вода, осень",
         "-Следующая запись: Зимнее плавание в проруби →"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Like what I write? You can support the blog on Buy Me a Coffee.":
        "an English blog's Buy Me a Coffee plug ('Like what I write? You can support the blog on Buy Me a Coffee.')"
        " is left at the foot",
    "Un article de Maëlys Kervadoc, avec la rédaction locale":
        "a French an-article-by byline ('Un article de Maëlys Kervadoc, avec la rédaction locale') is left at the"
        " head",
    "Powered by Eleventy, hosted on GitHub Pages, written in Vim.":
        "an English blog's Eleventy-and-GitHub-Pages credit ('Powered by Eleventy, hosted on GitHub Pages, written in"
        " Vim.') is left at the foot",
    "Text and photos on this blog may not be copied without asking me first.":
        "an English blog's no-copying footer ('Text and photos on this blog may not be copied without asking me"
        " first.') is left at the foot",
    "Blog propulsé par Dotclear depuis 2011.":
        "a French blog's Dotclear credit ('Blog propulsé par Dotclear depuis 2011.') is left at the foot",
    "Send to a friend · Copy link · Share on Threads · Share on Mastodon":
        "an English send, copy-link, Threads and Mastodon share row ('Send to a friend · Copy link · Share on Threads"
        " · Share on Mastodon') is left in the body",
    "Hinweis: Die Redaktion hat diesen Beitrag am Nachmittag um eine Stellungnahme der Klinik ergänzt.":
        "a German added-statement note ('Hinweis: Die Redaktion hat diesen Beitrag am Nachmittag um eine"
        " Stellungnahme der Klinik ergänzt.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "fr-portail-lanverec-pharmacie":
        "the regional portal's pharmacy-hours story keeps its reader-survey prompt ('Votre avis nous intéresse : "
        "répondez à notre questionnaire') between the second and third list rows (1 of 20 noise lines; its photo "
        "caption under the title goes since round 85)",
    "fr-blog-bonnetjaune-nage":
        "the open-water swimming blog's lake-crossing post keeps its tagline ('carnet de nage en eau libre') above"
        " the title and its safety line and photo caption ('Sécurité : ne nagez jamais seul en eau froide et portez"
        " une bouée de signalisation.', \"L'arrivée sur la plage de l'autre rive, juste avant midi.\") under the title"
        " (3 of 20 noise lines)",
    "de-portal-hollerbrunnstedt-rettungswache":
        "the regional portal's ambulance-station story keeps its WhatsApp prompt ('Jetzt den Anzeiger auf WhatsApp"
        " abonnieren') between the second and third list rows (1 of 20 noise lines; its photo caption under the title"
        " goes since round 86)",
    "de-blog-spaeneundspindel-drechseln":
        "the woodturning blog's cherry-bowl post keeps its tagline ('ein Drechselblog aus der Garage') above the"
        " title and its safety line and photo caption ('Sicherheit: Beim Drechseln immer Gesichtsschutz tragen.',"
        " 'Die Schale nach dem ersten Ölen.') under the title (3 of 20 noise lines)",
    "it-blog-alisulcanneto-birdwatching":
        "the birdwatching blog's bittern post keeps its photo caption (\"Il canneto grande all'alba, visto dal"
        ' capanno.") under the title, after the table of contents (1 of 20 noise lines)',
    "pl-blog-lornetkainotes-ptaki":
        "the birdwatching blog's crane post keeps its affiliate disclosure ('Materiał zawiera linki afiliacyjne')"
        " between the first and second paragraphs and its photo caption ('Klucz żurawi nad groblą, zdjęcie autora.')"
        " between the paragraph with the quote and the subheading (2 of 20 noise lines)",
    "ru-blog-bujokitermos-zaplyv":
        "the open-water swimming blog's last-swim post keeps its tagline ('блог о плавании на открытой воде') "
        "above the title, its safety line, photo caption and last table-of-contents entry ('Внимание: не плавайте "
        "в холодной воде без сопровождения.', 'Туман над озером в семь утра.', 'Сам заплыв') under the title and "
        "its save prompt ('Сохранить в закладки') between the second and third list rows (5 of 20 noise lines; its "
        "partner link goes since round 85)",
}


test_held_out_111_line, test_held_out_111_line_is_kept, test_held_out_111_page = held_out_tests(
    HELD_OUT_111_LINES, HELD_OUT_111_KEEP, HELD_OUT_111_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
