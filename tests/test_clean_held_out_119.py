"""Held-out set 119: written blind, weighted toward the noise the cleaner exists for, in shapes set 118's docstring does
not name (nor the first paragraphs of sets 115, 116 and 117): scraper, embed and ad markers (an English Knight Lab
timeline failure "Interactive timeline by Knight Lab could not load – open the timeline in full screen.", an English
Spotify podcast consent placeholder "Spotify podcast player hidden: allow Spotify cookies to hear the curator's tour of
the wing.", an English Sketchfab 3D-viewer placeholder "Sketchfab 3D viewer – tap to load the model of the bronze helmet
(needs WebGL).", a French Ausha player failure "Le lecteur Ausha n'a pas pu être chargé. Autorisez les contenus tiers
pour écouter l'épisode.", a German OpenStreetMap consent placeholder "Hier erscheint ein Kartenausschnitt von
OpenStreetMap, sobald Sie externe Medien erlauben.", an Italian Spreaker consent placeholder "Contenuto di Spreaker
bloccato: consenti i cookie di terze parti per ascoltare la puntata.", a Polish TikTok consent placeholder "Materiał z
serwisu TikTok jest niedostępny bez zgody na marketingowe pliki cookies." and a Russian Yandex-map placeholder "Здесь
должна быть Яндекс Карта. Разрешите загрузку сторонних скриптов, чтобы её увидеть."); reading-time headers in new
wordings (the English "Time to read: three minutes, give or take" and a model-railway blog's "Grab a brew – this one
runs to about 1,800 words and far too many photos of tiny buffers.", the French "Temps de lecture estimé à 3 minutes",
the German "Lesezeit: rund drei Minuten", the Italian "Lettura da 3 minuti", the Polish "Przeczytasz w 3 minuty" and the
Russian "Время прочтения: 3 минуты"); bylines and self-promotion (an English reported-and-filmed-by byline with the
pages, an English Folksy starter-kit plug, an English Patreon parish-register plug, a French text-and-interviews-by
byline with the desk, a German a-report-by-our-culture-editor byline, an Italian Twitch-live plug, a Polish
interviewed-and-photographed-by byline and a Russian Pinterest-and-Boosty plug); blog and site footers (an English
regulated-by-IPSO complaints line, a Jekyll-and-GitHub-Pages credit, a photographs-are-the-author's line, a French
publication-director-and-ISSN line, a German a-service-of-the-publisher line, an Italian not-a-newspaper-no-periodicity
line, a Polish publisher-KRS-and-NIP line and a Russian registered-with-Roskomnadzor line); reader-comment furniture (an
English sort-by row, an English comments-close-after-fourteen-days line, an English thread-locked-by-the-moderators
line, a French add-a-comment-with-a-character-limit line, a German comments-are-not-the-editors'-opinion line, an
Italian sorted-by-newest-show-most-voted row, a Polish report-reply-like row and a Russian
comments-closed-leave-a-review line); share rows (an English pass-it-on Facebook, Bluesky, Pinterest, Reddit and Email
row, a French forward-the-article Facebook, Pinterest, Reddit and print row and an Italian forward-this-story WhatsApp,
Pinterest, LinkedIn and copy-link row); and notices (a German transparency note on the author, a Polish
written-in-co-operation-with note and a Russian supported-by-a-grant-fund note); and toward whole scraped news and
hobby-blog pages in layouts set 118's docstring does not describe (one noise line above the title on the six portal
pages, a breadcrumb, and two on the six blog pages, the blog name and a menu; under the title two blocks on every page,
seven lines and a three-line table of contents on the portals (byline, date, reading time, listen link, photo caption,
photo credit and a share row) and five lines and a three-line table of contents on the blogs (date and author, category,
reading time, affiliate or advertising disclosure and photo caption), with no safety line; a read-also link between the
first and second paragraphs on the six portals and a Pinterest, newsletter or bookmark prompt between the second
paragraph and the paragraph with the quote on the six blogs; an ad or partner label between the paragraph with the quote
and the subheading on the six portals; nothing between the subheading and the first list row on any page; a newsletter
prompt between the first and second list rows on the portals and a shop link between the second and third list rows on
the blogs; a you-might-also-like or read-also link between the last list row and the last paragraphs on the six blogs
and a photo-gallery link between the two last paragraphs on the six portals; at the foot one block, five lines on the
portals (a comment count, a comment, an arrowed reply, a reply nested two arrows deep and a copyright, legal-links or
Impressum line) and seven on the blogs (a comment count or heading, a comment, the author's arrowed reply, a reply
nested two arrows deep, a second comment, the author's arrowed reply and a previous or next-post link), with no reply
addressed by name and no reply link), taken from culture and heritage and from blogs about brass bands, calligraphy,
genealogy and model railways.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 118 but what is named here), held-out set 120 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 118 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 115, 116 and 117, printed with one ast script (/tmp/s119scratch/read118.py, output
/tmp/s119scratch/read118.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 118's, taken from their nodes, and the line binding the three tests is set 118's with 118 ->
119, both by /tmp/s119scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s119scratch/tables119.py, made by /tmp/s119scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s119, detached at commit
5114cb6bf7b3dce6eb64608f6dca55f00e537050, the commit the brief names) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) read118.py ran once; its output (422 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 422);
it holds only the allowed text, which names set 118's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. tests/held_out_sets.py was printed with ``cat`` in the same call as the
second page. (2) The worktrees were made with ``git worktree add``, output to /dev/null; ``ls`` on /tmp/wt-s119 and
/tmp/wt-set119 (piped to ``head``) printed only top-level names of /tmp/wt-s119. ``git status --short`` in /work/main
printed nothing and ``git rev-parse HEAD`` there printed b58780416a13497faf7785e9d58c540365e06b97, not the brief's
commit; as the brief says, both worktrees were made at 5114cb6bf7b3dce6eb64608f6dca55f00e537050 (``git rev-parse HEAD``
printed it in both) and nothing more was looked at about the two commits. (3) The helpers were printed by importing
tests/test_clean.py and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path
(SPINSCOPE_DATA=/work/shared/data; /tmp/s119scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES``
printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}.
scripts/clean_held_out_report.py was printed with ``cat`` in the same call. (4) gen.py parses set 118's file with
``ast`` and writes only its import nodes and its last statement (the binding line, 118 -> 119); the lists and pages come
from my scratch files (/tmp/s119scratch/body119.py and pages119.py) and the docstring from /tmp/s119scratch/doc119.txt
(a one-line placeholder at the measurement; wrapped from doc119.src afterwards); it prints nothing. The pages are built
as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, as in set 118's notes. Set 118's categories per
language and places were read off its Contents and Slips paragraphs and its line table (marker, reading-time, byline,
footer and comments in every language; share in English, French and Italian; notice in German, Polish and Russian;
English three of each but reading-time (two) and share (one); head 11, body 10, tail 24) and kept; keep lines head 7,
body 5, tail 8 and en 7, fr 3, de 3, it 3, pl 2, ru 2. (5) Before the measurement /tmp/s119scratch/check.py executed
this file with stand-in held_out_sets and noisy_corpus modules (/tmp/s119scratch/stand) and counted lines by category,
place and language, keep lines by place and language, pages by language, 10 article and 20 noise lines a page, repeats,
page noise lines inside article lines or inside other noise lines of the page, overlaps between page lines and held-out
noise and keep lines (either inside the other) and between held-out noise and keep lines and among held-out noise and
among keep lines (case-insensitively), and at-signs and lines over 120 columns. The first run found 16 problems: the
table-of-contents entries "What is in the new wing", "Was abends angeboten wird" and "Что изменилось" were their pages'
subheadings and "Die erste Probe" and "Первые сеансы" were inside article lines (they became "The mill lace gallery",
"Opening hours and prices", "Das Angebot am Abend", "Der Anfang" and "Бесплатные показы"), the English blog's "In this
post" was inside its Pinterest prompt (it became "Contents"), the Italian blog's "Il passaporto" was inside its photo
caption (it became "La scoperta in soffitta"), the ad label "Anzeige" was inside a German keep line (it became
"Werbung") and the portals' reading times "3 min", "3 minuti" and "3 мин" were inside held-out reading-time lines (they
became "⏱ 3 min", "3 min di lettura" and "3 мин чтения"); the second run found nothing. (6) The two measuring commands
ran as the brief gave them, in one shell call after ``date``, with their output sent to scratch files
(/tmp/s119scratch/measure.out and report.out) and then printed; the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s119scratch/problems.py, which imports the copy of this file in /tmp/wt-s119/tests; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (24, 0 and 12, as in
the measurement). (7) Invented names were checked with the exact-string search over public GitHub files: Cludderby,
Cludderby Courier, Pranwick, Sidings in the Spare Room, Vaumoirac, La Plume Têtue, Cornebrusque, Morvanchet,
Grummelsfeld, Grummelsfelder, Knoopmeyer, Tuba im Keller, Blechgeflüster (not used), Sasselvecchio, Radici a Zonzo,
Brzozolasy, Wietrzychowska, Makieta na Strychu, Камышеград, Пустолесова and Кривое перо had no hits. Dropped: Ashwardle
(hits inside code identifiers; the town became Cludderby), The Loft Junction (a common phrase; the blog became Sidings
in the Spare Room), Tournebride (a real place; the byline became Cornebrusque), Hasselbarth (a real surname; the byline
became Knoopmeyer-Strahl), Rami Storti (a common phrase; the blog became Radici a Zonzo), Gronostajska (a real surname;
the byline became Wietrzychowska), Ferraguzzi (hits; not used), Ulewicz (hits inside other surnames; the Polish footer
lost its editor's name) and Morvilliers (a real commune, dropped unsearched; the publication director became
Morvanchet). Not checked: the first names of the bylines and blog authors (Imelda, Maëlys, Gaëtan, Ulrike, Zofia, Clive,
Hélène, Jonas, Ornella, Piotr, Алла, Вера), the quoted and minor people (Rosalind Quennell, Claire Mazuel, Renate
Fölsch, Franca Bellomi, Ewa Lipnicka, Игорь Лапшин, Evaristo), the commenters, the cinema «Заря», the Riverside Wing and
the names built on checked towns (L'Écho de Vaumoirac, Echo Brzozolasów, Stowarzyszenie Przyjaciół Brzozolasów,
Камышеградский вестник). Numbers are zero-filled (the ISSN, the KRS and NIP numbers, the VAT number and the registration
certificate); there are no e-mail addresses and no at-signs. (8) Real things named, as real pages do: Knight Lab,
Spotify, Sketchfab, WebGL, Folksy, Patreon, IPSO, Jekyll, GitHub Pages, Facebook, Bluesky, Pinterest, Reddit, X, Ausha,
OpenStreetMap, WhatsApp, Spreaker, Twitch, LinkedIn, TikTok, Yandex Maps, Boosty, Roskomnadzor, the Presidential Grants
Fund, VK, Odnoklassniki, Telegram, Ludlow, the Allgäu, Genoa, Buenos Aires and the Italian press law (n. 62 of 7 March
2001). (9) My first clock reading was 2026-12-05 08:54:48 UTC; the measurement ran at 08:57:44 UTC.

Judgement calls: the keep lines opening with or holding "Comments from visitors", "Read slowly", "Sponsored by",
"Subscribers to", "Advertisement hoardings", "Photo credits", "Follow-on funding", "Partager la scène", "Lire à la
lumière", "Abonnés depuis", "Anzeige erstattet", "Teilnehmen können", "Impressionen vom", "Commentando i lavori",
"Sponsor della rassegna", "Tutti i diritti", "Reklamy kinowe", "Polub to miejsce", "Подписаться на абонемент" and
"Поделиться воспоминаниями" are article sentences. Categories as in set 118; the English Folksy and Patreon plugs, the
Italian Twitch plug and the Russian Pinterest-and-Boosty plug are bylines (self-promotion) and sit at the foot; the
German transparency note and the Polish co-operation note are notices in the body and the Russian grant-support line is
a notice at the foot; the English IPSO complaints line is a footer; the English sort-by row and the Polish
report-reply-like row are comment furniture. On every page the title, the three paragraphs before the subheading (one
with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(breadcrumbs, blog names, menus, bylines, dates, reading times, listen links, categories, affiliate and advertising
disclosures, photo captions and credits, share rows, tables of contents, read-also and you-might-also-like links, ad and
partner labels, Pinterest, newsletter and bookmark prompts, shop links, photo-gallery links, comment counts and
headings, comments and replies, previous and next-post links, copyright, legal-links and Impressum lines) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 118's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-cludderby-museum-wing (a museum's new wing), en-blog-sidingsinthespareroom-layout (wiring a model railway's
fiddle yard), fr-portail-vaumoirac-theatre-toiture (a theatre's roof repair), fr-blog-laplumetetue-calligraphie (a first
full uncial alphabet), de-portal-grummelsfeld-stadtbibliothek (a library's late opening), de-blog-tubaimkeller-blasmusik
(a first year in a brass band), it-portale-sasselvecchio-festival-palco (a festival's cancelled lake stage),
it-blog-radiciazonzo-genealogia (tracing an emigrant great-grandfather), pl-portal-brzozolasygorne-pomnik (a war
memorial's restoration), pl-blog-makietanastrychu-kolejki (a bridge for an H0 layout), ru-portal-kamyshegrad-kinoteatr
(a cinema's reopening) and ru-blog-krivoepero-kalligrafiya (learning Russian vyaz lettering), each with a reader comment
thread.

Baseline (2026-12-05, cleaner at commit 5114cb6bf7b3dce6eb64608f6dca55f00e537050, measured with ``cd /tmp/wt-s119 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s119/src python -m pytest -q tests/test_clean_held_out_119.py -rA -p
no:cacheprovider`` (36 failed, 41 passed) and ``cd /tmp/wt-s119 && PYTHONPATH=/tmp/wt-s119/src python
scripts/clean_held_out_report.py --sets 119``, with the xfail tables empty): noise lines removed 21/45 (marker 2/8,
reading-time 4/7, byline 1/8, footer 4/8, comments 5/8, share 3/3, notice 2/3; the 24 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 0/12 clean, 26 of 240 page noise lines left and 0 of
120 article lines lost, as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Still held out after round 89 (developed on sets 117 and 118: a cookie banner opening with the word needs the banner's
words after it; a headline alone at the top of the page stays the title; more-on-the-subject links naming a topic and
photo-gallery labels with a caption; bylines under the labels of a piece and its writer with a desk or page; editor's
notices (archive article, updated after the print deadline, authorised by the interviewees, sent in by an office, photo
from a press office); not-medical-advice disclaimers; this set was written against 5114cb6, before it; measured once
with ``scripts/clean_held_out_report.py --sets 119`` at d60dfc8): noise lines removed 21/45 (unchanged), keep lines
20/20, pages clean 0 -> 3/12 (the festival-stage, war-memorial and cinema stories lose their photo-gallery links between
the two last paragraphs; their xfail entries removed), page noise lines left 26 -> 22 of 240 (the library story's
gallery link too), article lines lost 0 of 120. One page reason reworded.

Round 90 (development; this set was read in full from this round on): Fixed for the families, with six-language tests
and near misses in tests/test_clean.py (test_round_90_*): a pin-it or bookmark prompt the rules take for a share widget
between two rows of the article's list no longer ends the list (page_blocks._is_save_prompt, _SAVE_PROMPT_VERB), and an
English row opened by a verb in -ing over its object ("Reading them at ...") is no widget's row (_GERUND_ROW), so set
120's rain-gauge blog keeps its last row; bookmark prompts ("Сохраните пост в закладки, пригодится весной") and colon
comment counts ("Comments: 4", "Комментариев: 4", under which set 120's compost thread is now read); embed placeholders
naming more services (Knight Lab, Sketchfab, Windy, Airly, a Yandex map in the genitive;
whole_line_noise._EMBED_PLATFORM) and their hidden-until-allowed states (_EMBED_SCREEN_STATE); the comment thread's
state and rules (closing N days after publication, locked, closed, Markdown allowed, the bell, the sort control alone,
no comment yet, logged-in readers only, confirm your phone); the press regulator with a complaints tail, a Presserat
member line and the publisher's company ("Ein Angebot der ... mbH & Co. KG"); reading times estimated at the minutes or
give or take (clean._READING_ESTIMATED, _READING_GIVE_OR_TAKE); interview-and-pictures, research and
reporting-from-the-town bylines with a desk after them; a conflict of interest under a disclosure label
(clean._ADVERTISER, _WRITER_INVOLVED) and a "Публикация" prepared with a fund's support; shop, prints-by-message,
more-on-my-network and live-on-Twitch plugs; no-cookies, hand-coded and Jekyll footers and photos-are-the-author's
credits. No class was added; one function (_is_save_prompt) and named regexes. Across sets 10-120 (held-out report) no
article or keep line lost; sets 89, 111, 112, 113 (two) and 114 remove six more noise lines (their strict xfail entries
removed); sets 10-120: noise lines removed 4676 -> 4728, keep lines 2247 -> 2247, pages clean 829 -> 829, page noise
lines left 1203 -> 1197, paragraphs lost 3 -> 2; SemEval: 0 of 3723 files changed; bench ratio 0.99. Figures before ->
after: noise lines removed 21 -> 44/45 (marker 2 -> 8/8, reading-time 4 -> 6/7, byline 1 -> 8/8, footer 4 -> 8/8,
comments 5 -> 8/8, notice 2 -> 3/3, share 3/3 unchanged), keep lines 20/20, pages clean 3/12 (unchanged), page noise
lines left 22 -> 21 of 240 (the calligraphy blog's bookmark prompt), article lines lost 0 of 120; pytest 44 passed, 33
xfailed -> 67 passed, 10 xfailed. One page reason reworded (ru-blog-krivoepero-kalligrafiya). Still missed: the English
blog's grab-a-brew word count; the photo captions under the titles and between the quote and the subheading, the French
portal's photo credit, the newsletter prompts, the blogs' shop links, the German blog's unpaid-advertising line, the
Polish blog's table of contents and the English portal's photo-gallery label.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_119_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("body", "Interactive timeline by Knight Lab could not load – open the timeline in full screen.", "marker"),
    ("body", "Spotify podcast player hidden: allow Spotify cookies to hear the curator's tour of the wing.", "marker"),
    ("body", "Sketchfab 3D viewer – tap to load the model of the bronze helmet (needs WebGL).", "marker"),
    ("head", "Time to read: three minutes, give or take", "reading-time"),
    ("head", "Grab a brew – this one runs to about 1,800 words and far too many photos of tiny buffers.",
     "reading-time"),
    ("head", "Reported and filmed by Imelda Pranwick for our arts and heritage pages", "byline"),
    ("tail", "My calligraphy starter kits (nibs, ink and practice sheets) are back in stock in my Folksy shop.",
     "byline"),
    ("tail", "If this post helped with your family tree, chip in on Patreon – patrons get the parish register scans "
     "first.", "byline"),
    ("tail", "The Cludderby Courier is regulated by IPSO. To complain about our coverage, see our complaints page.",
     "footer"),
    ("tail", "Built with Jekyll and hosted for free on GitHub Pages; the layout files are on request.", "footer"),
    ("tail", "All photographs are the author's unless credited – please ask before adding them to other family "
     "trees.", "footer"),
    ("tail", "Sort comments by: Newest · Oldest · Most liked", "comments"),
    ("tail", "Comments close fourteen days after an article is published.", "comments"),
    ("tail", "This thread has been locked by the moderators and no new replies can be added.", "comments"),
    ("tail", "Pass it on: Facebook · Bluesky · Pinterest · Reddit · Email", "share"),
    # French (6)
    ("body", "Le lecteur Ausha n'a pas pu être chargé. Autorisez les contenus tiers pour écouter l'épisode.",
     "marker"),
    ("head", "Temps de lecture estimé à 3 minutes", "reading-time"),
    ("head", "Texte et propos recueillis par Maëlys Cornebrusque, pôle culture", "byline"),
    ("tail", "Directeur de la publication : Gaëtan Morvanchet – ISSN 0000-0000", "footer"),
    ("tail", "Ajouter un commentaire (1 000 caractères maximum, sans lien)", "comments"),
    ("tail", "Faire suivre l'article : Facebook, Pinterest, Reddit, imprimer", "share"),
    # German (6)
    ("body", "Hier erscheint ein Kartenausschnitt von OpenStreetMap, sobald Sie externe Medien erlauben.",
     "marker"),
    ("head", "Lesezeit: rund drei Minuten", "reading-time"),
    ("head", "Eine Reportage unserer Kulturredakteurin Ulrike Knoopmeyer-Strahl", "byline"),
    ("tail", "Ein Angebot der Grummelsfelder Verlags- und Mediengesellschaft mbH & Co. KG", "footer"),
    ("tail", "Leserkommentare geben nicht die Meinung der Redaktion wieder.", "comments"),
    ("body", "Transparenzhinweis: Die Autorin singt selbst im Chor des Stadttheaters.", "notice"),
    # Italian (6)
    ("body", "Contenuto di Spreaker bloccato: consenti i cookie di terze parti per ascoltare la puntata.",
     "marker"),
    ("head", "Lettura da 3 minuti", "reading-time"),
    ("tail", "Ogni giovedì sera sono in diretta su Twitch dal mio tavolo da lavoro: vi aspetto!", "byline"),
    ("tail", "Questo blog non è una testata giornalistica: viene aggiornato senza alcuna periodicità (legge n. 62 "
     "del 7.03.2001).", "footer"),
    ("tail", "Commenti ordinati dal più recente · Mostra prima i più votati", "comments"),
    ("tail", "Inoltra questa storia: WhatsApp · Pinterest · LinkedIn · copia il link", "share"),
    # Polish (6)
    ("body", "Materiał z serwisu TikTok jest niedostępny bez zgody na marketingowe pliki cookies.", "marker"),
    ("head", "Przeczytasz w 3 minuty", "reading-time"),
    ("head", "Rozmawiała i fotografowała Zofia Wietrzychowska", "byline"),
    ("tail", "Wydawca: Stowarzyszenie Przyjaciół Brzozolasów, KRS 0000000000, NIP 000-000-00-00", "footer"),
    ("tail", "Zgłoś naruszenie · Odpowiedz · Lubię to (3)", "comments"),
    ("body", "Tekst powstał we współpracy z Gminnym Ośrodkiem Kultury.", "notice"),
    # Russian (6)
    ("body", "Здесь должна быть Яндекс Карта. Разрешите загрузку сторонних скриптов, чтобы её увидеть.", "marker"),
    ("head", "Время прочтения: 3 минуты", "reading-time"),
    ("tail", "Больше фото с выставок — в моём Пинтересте, а черновики прописей — на Бусти для подписчиков.",
     "byline"),
    ("tail", "Сетевое издание «Камышеградский вестник» зарегистрировано Роскомнадзором, свидетельство Эл № ФС "
     "00-00000.", "footer"),
    ("tail", "Комментарии к записи закрыты, но отзыв можно оставить в нашей группе.", "comments"),
    ("tail", "Материал подготовлен при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_119_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from visitors shaped the layout of the museum's new wing, the curator said."),
    ("head", "Read slowly, the memorial's eroded names took the stonemason a full week to record."),
    ("head", "Sponsored by a local brewery until 2019, the brass band now pays for its own uniforms."),
    ("body", "Subscribers to the library's late-opening trial borrowed twice as many books after six."),
    ("body", "Advertisement hoardings that once covered the cinema's facade have been taken down for good."),
    ("tail", "Photo credits in the exhibition catalogue were corrected after two families complained."),
    ("tail", "Follow-on funding for the festival's second stage was refused by the county in March."),
    ("head", "Partager la scène avec des amateurs reste une tradition du festival, rappelle la directrice."),
    ("body", "Lire à la lumière des bougies était autrefois la règle dans cette bibliothèque, raconte l'archiviste."),
    ("tail", "Abonnés depuis trente ans, certains spectateurs ont financé la réfection du toit."),
    ("head", "Anzeige erstattet hat der Verein wegen der beschädigten Gedenktafel bereits im Mai."),
    ("body", "Teilnehmen können alle Chöre der Stadt, unabhängig von ihrer Größe."),
    ("tail", "Impressionen vom Eröffnungsabend zeigt das Kino bis Ende des Monats im Foyer."),
    ("head", "Commentando i lavori, il soprintendente ha parlato di un restauro esemplare."),
    ("tail", "Sponsor della rassegna è da dieci anni una cooperativa di viticoltori della valle."),
    ("tail", "Tutti i diritti sul fondo fotografico sono passati al Comune nel 1987."),
    ("head", "Reklamy kinowe z lat sześćdziesiątych można oglądać w foyer do końca roku."),
    ("tail", "Polub to miejsce, prosili wolontariusze, rozdając ulotki przed kinem."),
    ("body", "Подписаться на абонемент в театр теперь можно и в кассе библиотеки."),
    ("tail", "Поделиться воспоминаниями о кинотеатре жителей просят до конца месяца."),
]

HELD_OUT_119_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-cludderby-museum-wing", [
        ["-Home › What's on › Museums and galleries"],
        ["+Cludderby Museum opens its long-awaited Riverside Wing"],
        ["-By Imelda Pranwick, arts correspondent",
         "-Saturday 14 November 2026, 6.00am",
         "-3 min read",
         "-▶ Listen to this story (4:12)",
         "-The glass link between the Victorian galleries and the new Riverside Wing.",
         "-Photograph: Cludderby Museum Trust",
         "-Share on Facebook · Share on Bluesky · Copy link"],
        ["-On this page",
         "-The mill lace gallery",
         "-Opening hours and prices"],
        ["+The museum's first extension in ninety years opened to the public on Friday after four years of building "
         "work."],
        ["-Read also: Town hall clock to chime again after winter repairs"],
        ["+The wing doubles the space for the town's collection of lace, pottery and Roman coins, most of which has "
         "sat in storage since the 1970s."],
        ["+\"For the first time, people can see the whole story of the valley in one visit,\" said the museum's "
         "director, Rosalind Quennell."],
        ["-Partner content"],
        ["+What is in the new wing",
         "+A gallery of lace from the old mills, with two working looms.",
         "-Get the weekend culture briefing in your inbox every Friday – sign up free",
         "+A learning room for school groups, booked through the museum's website.",
         "+A rooftop café with views over the river and the castle."],
        ["+Entry to the wing is free for residents until the end of January."],
        ["-Photo gallery: the Riverside Wing on its opening night (14 pictures)"],
        ["+The museum is open from Tuesday to Sunday, 10am to 5pm, and until 8pm on Thursdays."],
        ["-6 comments",
         "-Dorrie_K: Took my grandson on Friday and he loved the looms.",
         "-↳ Gerald M.: Same here, the café is lovely too.",
         "-↳ ↳ Dorrie_K: We'll be back for the Thursday late opening!",
         "-© 2026 Cludderby Local News Ltd. All rights reserved."],
    ]),
    _page("en", "en-blog-sidingsinthespareroom-layout", [
        ["-Sidings in the Spare Room",
         "-Home · The layout · Build diary · About me"],
        ["+Finally wiring the fiddle yard"],
        ["-Posted on 3 November 2026 by Clive",
         "-Filed under: Electrics, OO gauge",
         "-About a 6-minute read",
         "-This post contains affiliate links; I may earn a small commission at no cost to you.",
         "-The fiddle yard, half wired, with a tangle of droppers underneath."],
        ["-Contents",
         "-Planning the sections",
         "-What went wrong"],
        ["+After two years of running trains from one end of the loft to the other, I have finally wired the fiddle "
         "yard."],
        ["+The yard has six roads, each split into two sections so that two short trains can wait on one road."],
        ["-Pin this post for your next wiring weekend!"],
        ["+As an old hand at the club put it to me, \"wire it once, wire it properly, and label every dropper.\""],
        ["+What I used",
         "+A roll of red and black bus wire, about twenty metres of each.",
         "+Forty droppers, soldered to the underside of the rail.",
         "-Browse the tools I use in my online shop",
         "+A small control panel with toggle switches from the club's spares box."],
        ["-You might also like: How I built the station throat in a weekend"],
        ["+The whole job took three weekends and one burnt finger.",
         "+Next month I will add the point motors, if the budget allows."],
        ["-4 comments on \"Finally wiring the fiddle yard\"",
         "-Nigel from Ludlow: Label every dropper – wish I had listened to that advice.",
         "-↳ Clive: Ha, it saved me at least twice already!",
         "-↳ ↳ Nigel from Ludlow: I'll start labelling mine this weekend.",
         "-Sandy_Rails: What gauge of wire did you use for the droppers?",
         "-↳ Clive: 16/0.2, nothing fancy.",
         "-« Previous post: A new coat of paint for the goods shed"],
    ]),
    _page("fr", "fr-portail-vaumoirac-theatre-toiture", [
        ["-Accueil › Culture › Spectacles"],
        ["+À Vaumoirac, le toit du théâtre municipal enfin réparé"],
        ["-Par Maëlys C., correspondante locale",
         "-Publié le 12/11/2026 à 07h15",
         "-⏱ 3 min",
         "-Écouter l'article",
         "-Les couvreurs sur le toit du théâtre, début octobre.",
         "-Photo L'Écho / M. C.",
         "-Partager sur Facebook · Partager sur X · Copier le lien"],
        ["-Sommaire",
         "-Des infiltrations depuis 2019",
         "-Une réouverture en décembre"],
        ["+Après sept ans d'infiltrations, le toit du théâtre municipal de Vaumoirac a été entièrement refait."],
        ["-À lire aussi : La médiathèque prolonge ses horaires le samedi"],
        ["+Les travaux ont coûté 480 000 euros, financés pour moitié par la région."],
        ["+« Nous allons enfin pouvoir jouer sans seaux sur le plateau », sourit la directrice, Claire Mazuel."],
        ["-Contenu sponsorisé"],
        ["+Ce qui a été refait",
         "+La charpente, remplacée sur un tiers de la surface.",
         "-Recevez chaque vendredi notre lettre d'information culture",
         "+Les ardoises, toutes changées.",
         "+Les gouttières, désormais en zinc."],
        ["+La saison reprendra le 4 décembre avec une pièce de la troupe locale."],
        ["-Diaporama : le chantier en 12 photos"],
        ["+Les billets sont en vente à l'office de tourisme."],
        ["-3 commentaires",
         "-Josiane_V : Enfin ! On avait froid aux pieds chaque hiver.",
         "-↳ Loïc B. : Et les seaux, on ne les regrettera pas.",
         "-↳ ↳ Josiane_V : Ça c'est sûr !",
         "-© L'Écho de Vaumoirac – Mentions légales – Contact"],
    ]),
    _page("fr", "fr-blog-laplumetetue-calligraphie", [
        ["-La Plume Têtue",
         "-Accueil · Tutoriels · Galerie · À propos"],
        ["+Mon premier alphabet onciale en entier"],
        ["-Le 2 novembre 2026 par Hélène",
         "-Rubrique : Débuter",
         "-Temps de lecture : 5 minutes",
         "-Cet article contient des liens affiliés vers une papeterie en ligne.",
         "-Ma planche d'exercices, avec les ratés bien visibles."],
        ["-Dans cet article",
         "-Le choix de la plume",
         "-Mes erreurs"],
        ["+Il m'a fallu trois mois pour tracer un alphabet onciale complet sans déchirer le papier."],
        ["+J'ai commencé avec une plume de 3 mm et une encre de Chine un peu trop épaisse."],
        ["-Épinglez cet article sur Pinterest"],
        ["+Mon professeur répétait : « La lettre se fait avec le bras, pas avec les doigts. »"],
        ["+Ce dont j'ai eu besoin",
         "+Un pupitre incliné, bricolé avec une planche.",
         "+Un papier de 90 grammes qui ne bave pas.",
         "-Découvrez mes kits pour débutants dans la boutique",
         "+Beaucoup de patience et du thé."],
        ["-Vous aimerez aussi : Choisir son encre sans se ruiner"],
        ["+Le mois prochain, je m'attaque aux capitales romaines.",
         "+Si vous débutez aussi, commencez par de grandes lettres."],
        ["-5 commentaires",
         "-Odette : Superbe progression, bravo !",
         "-↳ Hélène : Merci, j'ai encore du mal avec le g.",
         "-↳ ↳ Odette : Le g, c'est le pire pour tout le monde.",
         "-Raphaël_92 : Quelle marque de plume utilisez-vous ?",
         "-↳ Hélène : Une plume plate tout ce qu'il y a de plus simple.",
         "-Article précédent : Ranger ses plumes »"],
    ]),
    _page("de", "de-portal-grummelsfeld-stadtbibliothek", [
        ["-Startseite › Lokales › Kultur"],
        ["+Stadtbibliothek Grummelsfeld öffnet donnerstags bis 21 Uhr"],
        ["-Von Ulrike K.-S.",
         "-13.11.2026, 08:30 Uhr",
         "-2 Min.",
         "-Artikel anhören",
         "-Der Lesesaal der Stadtbibliothek am Abend.",
         "-Foto: Stadt Grummelsfeld",
         "-Teilen: Facebook · WhatsApp · Link kopieren"],
        ["-Inhaltsverzeichnis",
         "-Warum die späte Öffnung?",
         "-Das Angebot am Abend"],
        ["+Ab Dezember bleibt die Stadtbibliothek Grummelsfeld jeden Donnerstag bis 21 Uhr geöffnet."],
        ["-Lesen Sie auch: Volkshochschule startet neue Sprachkurse"],
        ["+Der Stadtrat hat dafür zwei zusätzliche Teilzeitstellen bewilligt."],
        ["+„Viele Berufstätige kommen nach der Arbeit einfach nicht mehr rechtzeitig“, sagt Bibliotheksleiterin "
         "Renate Fölsch."],
        ["-Werbung"],
        ["+Was abends angeboten wird",
         "+Ausleihe und Rückgabe wie tagsüber.",
         "-Jetzt den kostenlosen Kultur-Newsletter abonnieren",
         "+Eine Lesecafé-Ecke mit Zeitungen.",
         "+Einmal im Monat eine Lesung."],
        ["+Die späte Öffnung wird zunächst für ein Jahr getestet."],
        ["-Bildergalerie: Ein Abend in der Stadtbibliothek"],
        ["+Danach entscheidet der Kulturausschuss über eine Verlängerung."],
        ["-4 Kommentare",
         "-Heike_R.: Endlich! Das habe ich mir lange gewünscht.",
         "-↳ Bernd: Schade nur, dass es nicht auch samstags länger geht.",
         "-↳ ↳ Heike_R.: Eins nach dem anderen.",
         "-Impressum · Datenschutz · AGB"],
    ]),
    _page("de", "de-blog-tubaimkeller-blasmusik", [
        ["-Tuba im Keller",
         "-Start · Über mich · Noten · Kontakt"],
        ["+Mein erstes Jahr im Musikverein"],
        ["-Veröffentlicht am 1. November 2026 von Jonas",
         "-Kategorie: Vereinsleben",
         "-Lesezeit 4 Minuten",
         "-Enthält unbezahlte Werbung durch Markennennung.",
         "-Meine Tuba beim Frühjahrskonzert."],
        ["-Inhalt",
         "-Der Anfang",
         "-Das Frühjahrskonzert"],
        ["+Vor einem Jahr habe ich mich getraut und bin mit meiner alten Tuba in den Musikverein eingetreten."],
        ["+Die erste Probe war ein Schock: Ich hatte seit zwanzig Jahren nicht mehr nach Noten gespielt."],
        ["-Trag dich in meinen Newsletter ein und verpasse keinen Beitrag"],
        ["+Unser Dirigent sagte nur: „Lieber leise richtig als laut falsch.“"],
        ["+Was mir geholfen hat",
         "+Jeden Tag zehn Minuten Lippenübungen.",
         "+Ein Stimmgerät auf dem Notenständer.",
         "-Meine Lieblingsmundstücke findest du im Shop",
         "+Geduld mit mir selbst."],
        ["-Das könnte dich auch interessieren: Wie ich meine Tuba gebraucht gekauft habe"],
        ["+Beim Frühjahrskonzert durfte ich schon die zweite Stimme spielen.",
         "+Im nächsten Jahr will ich beim Bezirksmusikfest mitmarschieren."],
        ["-6 Kommentare",
         "-Marlies: Toll, dass du dich getraut hast!",
         "-↳ Jonas: Danke, war die beste Entscheidung seit Langem.",
         "-↳ ↳ Marlies: Wir sehen uns beim Musikfest!",
         "-Franz aus dem Allgäu: Welche Tuba spielst du?",
         "-↳ Jonas: Eine alte B-Tuba, über fünfzig Jahre alt.",
         "-Nächster Beitrag: Marschmusik für Anfänger →"],
    ]),
    _page("it", "it-portale-sasselvecchio-festival-palco", [
        ["-Home › Cultura › Eventi"],
        ["+Sasselvecchio, il festival rinuncia al palco sul lago"],
        ["-di Tiziana R.",
         "-12 novembre 2026 ore 09:40",
         "-3 min di lettura",
         "-Ascolta l'articolo",
         "-Il palco sul lago durante l'edizione dello scorso anno.",
         "-Foto Comune di Sasselvecchio",
         "-Condividi su Facebook · Condividi su X · Copia link"],
        ["-Indice",
         "-La decisione",
         "-Il nuovo programma"],
        ["+Il festival estivo di Sasselvecchio non avrà più il suo palco galleggiante sul lago."],
        ["-Leggi anche: Riapre la biblioteca civica dopo i lavori"],
        ["+La struttura, costruita nel 2011, non ha superato il controllo di sicurezza di ottobre."],
        ["+«Ci dispiace, ma la sicurezza del pubblico viene prima di tutto», ha detto l'assessora alla cultura, "
         "Franca Bellomi."],
        ["-Contenuto promozionale"],
        ["+Cosa cambia",
         "+I concerti si sposteranno nel chiostro del convento.",
         "-Iscriviti alla newsletter per ricevere il programma completo",
         "+Il numero di posti scende da 800 a 350.",
         "+I biglietti saranno nominativi."],
        ["+Il programma definitivo sarà presentato a marzo."],
        ["-Fotogallery: dieci anni di concerti sul lago"],
        ["+Chi ha già un abbonamento potrà chiedere il rimborso."],
        ["-5 commenti",
         "-Lucio_70: Peccato, era il posto più bello per la musica.",
         "-↳ Anna: Anche il chiostro però ha il suo fascino.",
         "-↳ ↳ Lucio_70: Vero, ma il tramonto sul lago era unico.",
         "-© Riproduzione riservata · P.IVA 00000000000"],
    ]),
    _page("it", "it-blog-radiciazonzo-genealogia", [
        ["-Radici a Zonzo",
         "-Home · Chi sono · Guide · Contatti"],
        ["+Come ho ritrovato il bisnonno partito per l'Argentina"],
        ["-Pubblicato il 30 ottobre 2026 da Ornella",
         "-Categoria: Ricerche d'archivio",
         "-Tempo di lettura: 6 minuti",
         "-Alcuni link sono affiliati: se acquisti, ricevo una piccola percentuale.",
         "-Il passaporto del bisnonno, trovato in soffitta."],
        ["-Sommario",
         "-La scoperta in soffitta",
         "-Gli archivi di Buenos Aires"],
        ["+Per anni in famiglia si è detto che il bisnonno Evaristo era partito per l'Argentina e non era più "
         "tornato."],
        ["+In soffitta ho trovato il suo passaporto, timbrato a Genova nel 1912."],
        ["-Salva questo articolo su Pinterest"],
        ["+Un archivista mi ha detto: «Le liste di sbarco sono la chiave di tutto.»"],
        ["+Le fonti che ho usato",
         "+Le liste di sbarco del porto di Buenos Aires.",
         "+I registri parrocchiali del paese di origine.",
         "-Scarica il mio modulo per l'albero genealogico nello shop",
         "+Le lettere conservate da una prozia."],
        ["-Potrebbe interessarti anche: Leggere la grafia dei parroci dell'Ottocento"],
        ["+Alla fine ho scoperto che Evaristo era tornato, ma in un altro paese della valle.",
         "+Nel prossimo post racconterò come ho trovato i suoi discendenti."],
        ["-7 commenti",
         "-Gabriella: Che storia! Mi sono commossa.",
         "-↳ Ornella: Grazie, anche io quando ho letto le lettere.",
         "-↳ ↳ Gabriella: Dovresti farne un libro.",
         "-Mauro_G: Dove hai trovato le liste di sbarco?",
         "-↳ Ornella: Online, nell'archivio del centro studi migratori.",
         "-« Articolo precedente: I soprannomi di famiglia"],
    ]),
    _page("pl", "pl-portal-brzozolasygorne-pomnik", [
        ["-Strona główna › Region › Kultura"],
        ["+Pomnik poległych w Brzozolasach Górnych odzyskał dawny wygląd"],
        ["-Autor: Z. W.",
         "-13.11.2026, 10:05",
         "-3 min czytania",
         "-Posłuchaj artykułu",
         "-Odnowiony pomnik na placu przed kościołem.",
         "-Fot. Urząd Gminy",
         "-Udostępnij: Facebook · X · Kopiuj link"],
        ["-Spis treści",
         "-Co odnowiono",
         "-Uroczystość 11 listopada"],
        ["+Po roku prac konserwatorskich pomnik poległych na placu przed kościołem odzyskał dawny wygląd."],
        ["-Zobacz także: Nowe godziny otwarcia biblioteki gminnej"],
        ["+Konserwatorzy oczyścili kamień i odtworzyli zatarte nazwiska żołnierzy."],
        ["+„Niektóre litery trzeba było odczytywać z przedwojennych zdjęć” – mówi konserwatorka Ewa Lipnicka."],
        ["-Materiał partnera"],
        ["+Zakres prac",
         "+Oczyszczenie i zabezpieczenie kamienia.",
         "-Zapisz się na nasz newsletter i bądź na bieżąco",
         "+Odtworzenie 64 nazwisk.",
         "+Nowe oświetlenie placu."],
        ["+Odnowiony pomnik odsłonięto 11 listopada."],
        ["-Galeria zdjęć: uroczystość na placu"],
        ["+Prace sfinansowała gmina z pomocą wojewódzkiego konserwatora zabytków."],
        ["-Komentarze (4)",
         "-Krystyna_B: Piękna robota, mój dziadek jest na tej tablicy.",
         "-↳ Tadeusz: Mój też, wzruszyłem się.",
         "-↳ ↳ Krystyna_B: Może się znali.",
         "-© 2026 Echo Brzozolasów. Regulamin · Polityka prywatności"],
    ]),
    _page("pl", "pl-blog-makietanastrychu-kolejki", [
        ["-Makieta na Strychu",
         "-Start · Makieta · Poradniki · O mnie"],
        ["+Nowy most na mojej makiecie w skali H0"],
        ["-Opublikowano 28 października 2026 przez Piotra",
         "-Kategoria: Budowa",
         "-Czas czytania: 4 min",
         "-Wpis zawiera linki afiliacyjne.",
         "-Most jeszcze bez farby, na próbnym montażu."],
        ["-Z tego wpisu dowiesz się",
         "-Jak zaplanowałem most",
         "-Co bym zrobił inaczej"],
        ["+Po dwóch latach budowy mojej makiety w skali H0 przyszedł czas na most nad rzeką."],
        ["+Wzorowałem się na starym moście kratownicowym z linii, przy której dorastałem."],
        ["-Zapisz ten wpis na Pintereście"],
        ["+Kolega z klubu powiedział mi: „Most musi być mocniejszy, niż ci się wydaje.”"],
        ["+Czego użyłem",
         "+Profili z polistyrenu.",
         "+Kleju do plastiku i pilników.",
         "-Moje ulubione narzędzia znajdziesz w sklepie",
         "+Farby w kolorze rdzy."],
        ["-Przeczytaj też: Jak zrobiłem wodę z żywicy"],
        ["+Budowa zajęła mi sześć tygodni wieczorami.",
         "+Teraz czas na pociąg, który po nim przejedzie."],
        ["-5 komentarzy",
         "-Andrzej: Świetnie wyszło, zwłaszcza nity.",
         "-↳ Piotr: Dzięki, nity to była męka.",
         "-↳ ↳ Andrzej: Wiem coś o tym!",
         "-Kolejarz_77: Jakiej grubości profile?",
         "-↳ Piotr: Głównie 1,5 mm.",
         "-Następny wpis: Oświetlenie stacji »"],
    ]),
    _page("ru", "ru-portal-kamyshegrad-kinoteatr", [
        ["-Главная › Город › Культура"],
        ["+В Камышеграде после ремонта открылся кинотеатр «Заря»"],
        ["-Автор: Вера Пустолесова",
         "-13 ноября 2026, 11:20",
         "-3 мин чтения",
         "-Слушать статью",
         "-Обновлённый зал кинотеатра на 240 мест.",
         "-Фото: администрация города",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["-Содержание",
         "-Ремонт за два года",
         "-Бесплатные показы"],
        ["+Кинотеатр «Заря» снова принимает зрителей после двух лет ремонта."],
        ["-Читайте также: В городском парке установят новые скамейки"],
        ["+В здании заменили крышу, кресла и проекционное оборудование."],
        ["+«Мы сохранили старую люстру и мозаику в фойе», — рассказал директор кинотеатра Игорь Лапшин."],
        ["-На правах рекламы"],
        ["+Что изменилось",
         "+Новые кресла с подстаканниками.",
         "-Подпишитесь на нашу рассылку о городских событиях",
         "+Цифровой проектор и звук.",
         "+Пандус для колясок у входа."],
        ["+Первые сеансы будут бесплатными для пенсионеров."],
        ["-Фотогалерея: как выглядел кинотеатр до ремонта"],
        ["+Расписание публикуется на сайте кинотеатра."],
        ["-Комментарии (3)",
         "-Татьяна: Ходила туда ещё школьницей, рада, что открыли.",
         "-↳ Олег: А люстра правда та же самая!",
         "-↳ ↳ Татьяна: Да, я её сразу узнала.",
         "-© 2026 Все права защищены. Политика конфиденциальности"],
    ]),
    _page("ru", "ru-blog-krivoepero-kalligrafiya", [
        ["-Кривое перо",
         "-Главная · Уроки · Галерея · Обо мне"],
        ["+Как я учила русскую вязь"],
        ["-Опубликовано 27 октября 2026, автор: Алла",
         "-Рубрика: Шрифты",
         "-Читается за 5 минут",
         "-В посте есть партнёрские ссылки.",
         "-Мои первые попытки вязи на листе кальки."],
        ["-Оглавление",
         "-С чего я начала",
         "-Мои ошибки"],
        ["+Вязь казалась мне самым красивым и самым непонятным почерком."],
        ["+Я начала с простых слов из четырёх-пяти букв."],
        ["-Сохраните пост в закладки"],
        ["+Моя преподавательница говорила: «Вязь — это ритм, а не отдельные буквы»."],
        ["+Что мне понадобилось",
         "+Плоское перо шириной 2 мм.",
         "+Тушь и калька.",
         "-Наборы для начинающих есть в моём магазине",
         "+Образцы старинных надписей."],
        ["-Вам может понравиться: Как выбрать тушь"],
        ["+Через два месяца я смогла написать целую строку без ошибок.",
         "+Следующая цель — заголовок в стиле старой книги."],
        ["-4 комментария",
         "-Наталья: Очень красиво получилось!",
         "-↳ Алла: Спасибо, до идеала ещё далеко.",
         "-↳ ↳ Наталья: Главное — не бросать.",
         "-Григорий: Где найти образцы надписей?",
         "-↳ Алла: В старых книгах из библиотеки.",
         "-← Предыдущая запись: Перья и их уход"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Grab a brew – this one runs to about 1,800 words and far too many photos of tiny buffers.":
        "an English blog's grab-a-brew word-count warning ('Grab a brew – this one runs to about 1,800 words and far "
        "too many photos of tiny buffers.') is left at the head",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-cludderby-museum-wing":
        "the local paper's museum-wing story keeps its photo-gallery link ('Photo gallery: the Riverside Wing on its "
        "opening night (14 pictures)') between the two last paragraphs (1 of 20 noise lines)",
    "en-blog-sidingsinthespareroom-layout":
        "the model-railway blog's fiddle-yard post keeps its photo caption ('The fiddle yard, half wired, with a "
        "tangle of droppers underneath.') under the title, its Pinterest prompt ('Pin this post for your next wiring "
        "weekend!') between the second paragraph and the paragraph with the quote and its shop link ('Browse the "
        "tools I use in my online shop') between the second and third list rows (3 of 20 noise lines)",
    "fr-blog-laplumetetue-calligraphie":
        "the calligraphy blog's uncial-alphabet post keeps its photo caption ('Ma planche d'exercices, avec les "
        "ratés bien visibles.') under the title and its shop link ('Découvrez mes kits pour débutants dans la "
        "boutique') between the second and third list rows (2 of 20 noise lines)",
    "de-blog-tubaimkeller-blasmusik":
        "the brass-band blog's first-year post keeps its advertising disclosure and photo caption ('Enthält "
        "unbezahlte Werbung durch Markennennung.', 'Meine Tuba beim Frühjahrskonzert.') under the title and its "
        "shop link ('Meine Lieblingsmundstücke findest du im Shop') between the second and third list rows (3 of "
        "20 noise lines; the newsletter prompt between the second paragraph and the quote's goes)",
    "it-blog-radiciazonzo-genealogia":
        "the genealogy blog's emigrant post keeps its photo caption ('Il passaporto del bisnonno, trovato in "
        "soffitta.') under the title and its shop link ('Scarica il mio modulo per l'albero genealogico nello shop') "
        "between the second and third list rows (2 of 20 noise lines)",
    "pl-blog-makietanastrychu-kolejki":
        "the model-railway blog's bridge post keeps its photo caption ('Most jeszcze bez farby, na próbnym "
        "montażu.') under the title, the heading and last entry of its table of contents ('Z tego wpisu dowiesz "
        "się', 'Co bym zrobił inaczej') under the title and its shop link ('Moje ulubione narzędzia znajdziesz w "
        "sklepie') between the second and third list rows (4 of 20 noise lines)",
    "ru-blog-krivoepero-kalligrafiya":
        "the calligraphy blog's vyaz post keeps its photo caption ('Мои первые попытки вязи на листе кальки.') under "
        "the title (1 of 20 noise lines)",
}


test_held_out_119_line, test_held_out_119_line_is_kept, test_held_out_119_page = held_out_tests(
    HELD_OUT_119_LINES, HELD_OUT_119_KEEP, HELD_OUT_119_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
