"""Held-out set 106: written blind, weighted toward the noise the cleaner exists for, in shapes set 104's docstring does
not name (nor the first paragraphs of sets 101, 102 and 103): scraper, embed and ad markers (the NYT-style "Scroll to
continue with content", the HTML audio fallback "Your browser does not support the audio element.", a Flourish embed
residue "A Flourish chart", a French audio-player failure "Le lecteur audio n'a pas pu être chargé. Écouter l'épisode
sur Ausha", a German Podigee consent placeholder "Dieser Podcast wird von Podigee bereitgestellt. Zum Abspielen ist Ihre
Zustimmung erforderlich.", an Italian ad-controls residue "Annuncio · Chiudi questo annuncio · Perché vedo questo
annuncio?", a Polish ad countdown "Reklamę możesz zamknąć za 5 sekund" and a Russian VK Video failure "Не удалось
загрузить плеер VK Видео. Обновите страницу."); reading-time headers in new wordings (the English "Estimated time on
page: 6 minutes" and a blog's "Settle in: by my count this post takes about eleven minutes, longer if you watch the
clips.", the French "Comptez cinq bonnes minutes pour lire ce billet jusqu'au bout.", the German "4 Minuten Lesezeit · 3
Minuten Hörzeit", the Italian "Minuti di lettura: 6", the Polish "Przeczytasz w 5 minut" and the Russian "⏳ 6 минут на
прочтение"); bylines and self-promotion (an English Local Democracy Reporting credit "Prudence Welkinshaw | Local
Democracy Reporting Service", an English Big Cartel plug, an English Substack plug, a French Tipeee plug, a German "Von
unserem Redaktionsmitglied" byline, an Italian Telegram-channel plug, a Polish author-and-desk byline and a Russian
Avito plug); blog and site footers (an English IPSO line, an Eleventy-on-a-Raspberry-Pi credit, a page-generation-time
line, a French CPPAP/ISSN line, a German MStV responsibility line, an Italian VAT-number line, a Polish data-controller
line and a Russian founder-and-editor line); reader-comment furniture (an English awaiting-moderation preview, an
English vote-and-flag row, an English subscribers-only line, a French hidden-after-reports line, a German
moderation-release line, an Italian awaiting-approval line, a Polish moderation-and-opinions line and a Russian
Gosuslugi login line); share rows (an English Tumblr, Mastodon, LINE and copy-URL row, a French Facebook, SMS, copy-link
and print row and an Italian LinkedIn, Messenger and copy-link row); and notices (a German disclosure note, a Polish
co-operation note and a Russian information-support note); and toward whole scraped news and hobby-blog pages in layouts
set 104's docstring does not describe (noise between the two last paragraphs on four pages, a table of contents between
the paragraph with the quote and the subheading on two, a caption in the block of the byline on one, a donation line
under the table of contents on one, two gaps between list rows on one, a tagline block between the site name and the
title on two and replies three deep on one), taken from housing and planning and from blogs about woodturning, home
roasting coffee, vintage synthesizers and long-distance walking.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 104 but what is named here), held-out set 105 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 104 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 101, 102 and 103, printed with one ast script (/tmp/s106scratch/read104.py); tests/held_out_sets.py
(in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``,
printed as its dict value. The imports are set 104's, taken from their nodes, and the line binding the three tests is
set 104's with 104 -> 106, both by /tmp/s106scratch/gen.py, which writes the xfail tables (empty at the measurement,
then from /tmp/s106scratch/tables106.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s106, detached at commit 8a612eec6e0d6cbf6787d9772b75ae469fef312f, what
``git rev-parse HEAD`` printed in /work/main) and every failing case is marked as a strict xfail whose reason describes
the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) read104.py was run twice: its first version looked for ``_LINE_XFAIL`` as a plain assignment and
printed no tail (it is an annotated assignment); I changed that test in the same script and ran it again (output
/tmp/s106scratch/read104b.out), of which I printed only the tail part (first 80 and last 8 lines, with ``awk``, ``head``
and ``tail``). The first output (/tmp/s106scratch/read104.out, 518 lines) was printed once with ``cat`` (the tool cut
its middle) and then with ``sed`` (lines 130 to 260 and 260 to 390), not paged with ``sed`` alone as the brief asked; it
holds only the allowed text. That text names set 104's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. (2) scripts/clean_held_out_report.py was run as the brief gave it but not
read. (3) The worktrees were made with ``git worktree add``, output to /dev/null; ``ls`` on them printed only top-level
names. ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
8a612eec6e0d6cbf6787d9772b75ae469fef312f. (4) The helpers were printed by importing tests/test_clean.py and
tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data); nothing
was run through the cleaner then. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}. (5) Before the measurement /tmp/s106scratch/check.py executed this file with stand-in held_out_sets
and noisy_corpus modules (/tmp/s106scratch/stand) and counted lines by category and place, pages by language, 10 article
and 20 noise lines a page, repeats, noise lines inside article lines and overlaps with held-out noise and keep lines
(case-sensitively and case-insensitively), line length and e-mail addresses. Its first run found 10 problems (the
paper's name inside the English IPSO line, "Inhalt", "Commenti" and "Komentarze" inside held-out lines, the Polish
byline repeated on a page, "Reklama" inside the Polish keep line, a table-of-contents entry "Mechanizm" inside a list
row); the lines were reworded and the second run found nothing. (6) Invented names were checked with the exact-string
search over public GitHub files: Welkinshaw, Gouge and Gossip, Saint-Orvelin, Quenivrec, Le Grain Bavard, Quellbruck,
Oszillatorkeller, Käsebrecht, Wiepelkamp, Scarponi e Taccuino, Olszynowo, Wiór i Dłuto, Синеборов, Обжарка на кухне,
Wydawnictwo Modrzewiowe, Tessingbury, Sanvetrano, Липнежск, Casalvetri, Ruth Cadwaller, Sprottweiler and Gesa Fennholt
had no hits; Sallowfield (only inside "disallowFields") and Chrobotnik (only inside Polish code words) were kept.
Dropped: Brackenholt and Ольхогорск (in name lists), Valmezzana (a real street), Kwiatuszewski, Dornquast and Tammling
(real surnames). Not checked: the commenters' and minor people's names, the rivers Orvelle and Vetra, street names and
the paper names built on checked towns. Numbers are zero-filled; there are no e-mail addresses. (7) Real things named,
as real pages do: Flourish, Ausha, Podigee, Big Cartel, Substack, Eleventy, Raspberry Pi, IPSO, Tipeee, Steady,
Telegram, Instagram, Amazon, Pinterest, VK Video, Avito, Boosty, Gosuslugi, Tumblr, Mastodon, LINE, LinkedIn, Messenger,
Bologna. (8) My first clock reading was 2026-12-05 02:23:42 UTC; the measurement ran at 02:28:24 UTC.

Judgement calls: the keep lines opening with or holding "Scroll back", "Printed plans", "Share of the new homes",
"Subscribe-and-save", "Comments from the planning inspector", "Page after page", "Log in to the council's planning
portal", "Partager le quartier", "Lire le rapport", "Commentaires des habitants", "Anzeigen gegen", "Teilen müssen",
"Kommentar des Bürgermeisters", "Pubblicato il bando", "Condividi la strada", "Commenti positivi", "Reklamy na
rusztowaniu", "Komentarz prezesa", "Подписаться под петицией" and "Читать заключение" are article sentences. Categories
as in set 104. On every page the title, the three paragraphs before the subheading (one with the quote), the subheading,
its three list rows and the two last paragraphs are article; everything else (site and blog names, taglines, menus,
breadcrumbs, weather, bylines, dates, reading times, categories, captions, tables of contents, read-also, most-read and
more links, ad, sponsored, affiliate and partner lines, disclosure, newsletter, Pinterest, Instagram, Telegram, donation
and bookmark prompts, audio-sample and gallery links, share rows, comment headings, commenter rows, comments and
replies, previous and next-post links, footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 104's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-tessingbury-sallowfield (an estate's regeneration), en-blog-gougeandgossip-bowl (a first green-wood bowl),
fr-portail-saintorvelin-recours (a developer's planning appeal), fr-blog-legrainbavard-torrefaction (roasting coffee in
a popcorn machine), de-portal-quellbruck-busdepot (a new bus depot), de-blog-oszillatorkeller-synthesizer (recapping a
1978 monosynth), it-portale-sanvetrano-argine (a flood-defence wall), it-blog-scarponietaccuino-cammino (a twelve-day
walk), pl-portal-olszynowo-kamienica (a listed tenement's sale), pl-blog-wioridluto-toczenie (a turned pepper mill),
ru-portal-lipnezhsk-obshchezhitie (a student housing block) and ru-blog-obzharkanakukhne-kofe (pan-roasting coffee),
each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 8a612eec6e0d6cbf6787d9772b75ae469fef312f, measured with ``cd /tmp/wt-s106 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s106/src python -m pytest -q tests/test_clean_held_out_106.py -rA -p
no:cacheprovider`` (29 failed, 48 passed) and ``cd /tmp/wt-s106 && PYTHONPATH=/tmp/wt-s106/src python
scripts/clean_held_out_report.py --sets 106``, with the xfail tables empty): noise lines removed 26/45 (marker 3/8,
reading-time 4/7, byline 5/8, footer 5/8, comments 5/8, share 3/3, notice 1/3; the 19 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 2/12 clean (fr-blog-legrainbavard-torrefaction,
pl-portal-olszynowo-kamienica), 20 of 240 page noise lines left and 7 of 120 article lines lost (six on
en-blog-gougeandgossip-bowl, one on ru-portal-lipnezhsk-obshchezhitie), as ``_PAGE_XFAIL`` describes. The failing cases
are strict xfails.

Slip recorded by the lead after the commit: the writer then ran ``git log -1 --format=%s`` in its own worktree to check
the commit message; it printed only this set's own commit subject.

Still held out after round 82 (developed on sets 103 and 104: an offer's price rows inside the article's own table given
back, two clauses joined by a comma and a conjunction read as the article's sentence rather than a caption, one-line
nested replies as comment-thread markers, readers'-comments headings, reading-time sentences in new wordings, replies
under deleted comments, no-offer notes, builder credits with their host; this set was written against 8a612ee, before
it; measured once with ``scripts/clean_held_out_report.py --sets 106`` at bccadcb): unchanged, noise lines removed
26/45, keep lines 20/20, pages clean 2/12, page noise lines left 20 of 240, article lines lost 7 of 120. Then after
session 31's retrained second opinion (sets 1-104, measured once at 6811a9c): unchanged.

Round 83 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_106.py`` at branch round82's bccadcb (before)
and the round's last commit on branch round83 (after): noise lines 26 -> 35 of 45 (marker 3 -> 8/8, reading-time 4 ->
6/7, byline 5/8, footer 5/8, comments 5 -> 7/8, share 3/3, notice 1/3), keep lines 20 -> 20 of 20, pages clean 2 -> 3 of
12, page noise lines left 20 -> 20 of 240, article lines lost 7 -> 0 of 120; pytest 48 passed, 29 xfailed -> 58 passed,
19 xfailed. The woodturning post keeps its subheading 'What I used', its three rows and its two last paragraphs under
the Pinterest prompt, and the student-housing story its third row. Fixed, by mechanism: two full paragraphs in a row
under the body, above the comments, are the article's, whatever a block test made of what stands between
(page_blocks._mark_tail; the mechanism that took a subheading, its rows and the last paragraphs on sets 87, 88, 103 and
106 under a prompt that ends pages; set 86's photography post keeps its last two paragraphs by it); a proper fraction
before a word in a row ('A 3/8 inch bowl gouge') is a measure, not a link's slash (page_blocks._FRACTION); the button
naming the writer's own pick ('Get the bowl gouge I use on Amazon') is a shop's button (clean._OWN_PICK_BUTTON), so the
rows go on across it; a reading room ('Читальный зал', 'Czytelnia', 'Reading room') is no widget's word
(noise_patterns.WIDGET_WORD). Line families added with set 105's (see its round 83): the time-on-page row and the French
allow-the-minutes sentence ('Comptez cinq bonnes minutes pour lire ce billet jusqu'au bout.'; clean._ALLOW_MINUTES), the
Ausha and VK Video player failures, the Podigee consent placeholder, the hidden-comment and awaiting-the-staff lines,
the Italian ad controls and the Polish ad countdown. Left: the four photo or visualisation captions under the titles,
the two tables of contents, the tagline, the eight audio-sample, Instagram, recommended-product, partner, Boosty,
grinder and bookmark lines the page reasons name, and ten single lines (the blog's eleven-minute reading-time sentence,
the Big Cartel, Telegram and Avito plugs, the Eleventy, page-generation and VAT footers, the subscribers-only comment
line, the German disclosure and the Russian information-support note): the round's time went to the lost lines. One page
reason is reworded and one removed (the seven losses are gone); nine lines are removed from the line table.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_106_LINES: list[tuple[str, str, str]] = [
    # English
    ("head",
     "Scroll to continue with content", "marker"),
    ("body",
     "Your browser does not support the audio element.", "marker"),
    ("body",
     "A Flourish chart", "marker"),
    ("head",
     "Estimated time on page: 6 minutes", "reading-time"),
    ("head",
     "Settle in: by my count this post takes about eleven minutes, longer if you watch the clips.", "reading-time"),
    ("head",
     "Prudence Welkinshaw | Local Democracy Reporting Service", "byline"),
    ("tail",
     "Turned bowls from this post are in the shop on Big Cartel – one-offs only, posted on Mondays.", "byline"),
    ("tail",
     "This blog also goes out as a free Substack letter on Sunday mornings; hit subscribe there and it "
     "lands in your inbox.", "byline"),
    ("tail",
     "This newspaper is regulated by the Independent Press Standards Organisation (IPSO).", "footer"),
    ("tail",
     "Made with Eleventy, served from a Raspberry Pi under the stairs.", "footer"),
    ("tail",
     "Page generated in 0.412 seconds with 38 database queries.", "footer"),
    ("tail",
     "Your comment is awaiting moderation. This is a preview; your comment will be visible after it "
     "has been approved.", "comments"),
    ("tail",
     "Upvote 14 · Downvote · Flag as inappropriate", "comments"),
    ("tail",
     "Commenting is for subscribers only. Already subscribed? Log in to join the conversation.", "comments"),
    ("tail",
     "Share via: Tumblr | Mastodon | LINE | Copy URL", "share"),
    # French
    ("body",
     "Le lecteur audio n'a pas pu être chargé. Écouter l'épisode sur Ausha", "marker"),
    ("head",
     "Comptez cinq bonnes minutes pour lire ce billet jusqu'au bout.", "reading-time"),
    ("tail",
     "Mes fiches de torréfaction sont disponibles sur Tipeee, à partir de 2 € par mois.", "byline"),
    ("tail",
     "Commission paritaire n° 0000 C 00000 · ISSN 0000-0000", "footer"),
    ("tail",
     "Ce commentaire a été masqué car il a reçu trop de signalements.", "comments"),
    ("tail",
     "Partager sur Facebook · Envoyer par SMS · Copier le lien · Imprimer", "share"),
    # German
    ("body",
     "Dieser Podcast wird von Podigee bereitgestellt. Zum Abspielen ist Ihre Zustimmung erforderlich.", "marker"),
    ("head",
     "4 Minuten Lesezeit · 3 Minuten Hörzeit", "reading-time"),
    ("head",
     "Von unserem Redaktionsmitglied Ortwin Käsebrecht", "byline"),
    ("tail",
     "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Ortrun Wiepelkamp, Anschrift wie oben", "footer"),
    ("tail",
     "Ihr Kommentar wird nach Prüfung durch die Moderation freigeschaltet.", "comments"),
    ("body",
     "Offenlegung: Der Autor ist Mitglied im örtlichen Mieterverein.", "notice"),
    # Italian
    ("body",
     "Annuncio · Chiudi questo annuncio · Perché vedo questo annuncio?", "marker"),
    ("head",
     "Minuti di lettura: 6", "reading-time"),
    ("tail",
     "Le mie tostature del mese le trovi sul canale Telegram del blog, con le note di assaggio.", "byline"),
    ("tail",
     "Partita IVA 00000000000 – Capitale sociale 10.000 € i.v.", "footer"),
    ("tail",
     "Il tuo commento è in attesa di approvazione da parte dello staff.", "comments"),
    ("tail",
     "Condividi su LinkedIn · Invia con Messenger · Copia link", "share"),
    # Polish
    ("body",
     "Reklamę możesz zamknąć za 5 sekund", "marker"),
    ("head",
     "Przeczytasz w 5 minut", "reading-time"),
    ("head",
     "Autor: Bożydar Chrobotnik, dziennikarz działu miejskiego", "byline"),
    ("tail",
     "Administratorem Twoich danych osobowych jest Wydawnictwo Modrzewiowe sp. z o.o.", "footer"),
    ("tail",
     "Komentarze są publikowane po akceptacji moderatora. Opinie należą do ich autorów.", "comments"),
    ("body",
     "Artykuł powstał we współpracy z miejskim zakładem gospodarki mieszkaniowej.", "notice"),
    # Russian
    ("body",
     "Не удалось загрузить плеер VK Видео. Обновите страницу.", "marker"),
    ("head",
     "⏳ 6 минут на прочтение", "reading-time"),
    ("tail",
     "Свои кофейные смеси я продаю через Авито — ищите по названию блога.", "byline"),
    ("tail",
     "Учредитель и главный редактор: Трофим Синеборов", "footer"),
    ("tail",
     "Войдите через Госуслуги, чтобы комментировать", "comments"),
    ("body",
     "Материал подготовлен при информационной поддержке администрации района.", "notice"),
]

HELD_OUT_106_KEEP: list[tuple[str, str]] = [
    # English
    ("head",
     "Scroll back to 1974 and the estate was the pride of the council's housing department."),
    ("head",
     "Printed plans on show in the library put the wall at 1.2 metres along the riverside path."),
    ("body",
     "Share of the new homes set aside for social rent has fallen from 40 to 25 per cent."),
    ("body",
     "Subscribe-and-save deals on bus passes will follow once the depot opens, the operator said."),
    ("tail",
     "Comments from the planning inspector were blunt: the scheme was too tall and too close to the river."),
    ("tail",
     "Page after page of the appeal file deals with traffic at a single junction."),
    ("tail",
     "Log in to the council's planning portal and the objections run to 312 letters."),
    # French
    ("head",
     "Partager le quartier avec les étudiants ne fait pas peur aux riverains, assure le maire."),
    ("body",
     "Lire le rapport d'enquête publique demande de la patience : il compte 214 pages."),
    ("tail",
     "Commentaires des habitants et avis de l'architecte des bâtiments de France figurent au dossier."),
    # German
    ("head",
     "Anzeigen gegen den Bauherrn hat es bislang keine gegeben, sagt die Polizei."),
    ("body",
     "Teilen müssen sich die Studierenden Küche und Bad auf jedem Flur."),
    ("tail",
     "Kommentar des Bürgermeisters: „Die Mauer schützt 600 Häuser.“"),
    # Italian
    ("head",
     "Pubblicato il bando, le offerte per il palazzo storico vanno presentate entro marzo."),
    ("body",
     "Condividi la strada con gli autobus: è la richiesta dei residenti di via dei Tigli."),
    ("tail",
     "Commenti positivi anche dalla Soprintendenza, che ha approvato il restauro."),
    # Polish
    ("head",
     "Reklamy na rusztowaniu mają sfinansować część remontu, zapowiada spółdzielnia."),
    ("tail",
     "Komentarz prezesa spółdzielni był krótki: remont ruszy wiosną."),
    # Russian
    ("head",
     "Подписаться под петицией против сноса успели более двух тысяч жителей."),
    ("tail",
     "Читать заключение экспертизы жители могут в библиотеке до конца месяца."),
]

HELD_OUT_106_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-tessingbury-sallowfield": _page("en", "en-portal-tessingbury-sallowfield", [
        [
            "-Tessingbury Echo",
            "-News · Housing · Planning · Transport · Sport",
        ],
        [
            "-Home › News › Housing",
        ],
        [
            "+Sallowfield estate regeneration: first 120 households to move out this spring",
        ],
        [
            "-By Prudence Welkinshaw, Housing Reporter",
            "-Wednesday 2 December 2026, 18:05",
            "-The three tower blocks of the Sallowfield estate, seen from the canal towpath.",
        ],
        [
            "-Contents",
            "-1. The timetable",
            "-2. Who moves first",
            "-3. What tenants say",
        ],
        [
            "+The first 120 households on the Sallowfield estate will move into new flats on the former gasworks "
            "site in April, the council confirmed on Wednesday.",
            "+Their old homes in Kestrel House will then be emptied and taken down, the first of three towers to "
            "go over the next eight years.",
        ],
        [
            "-Most read: Parking charges return to the town centre car parks",
        ],
        [
            '+"We promised nobody would have to leave the estate to get a better home, and we are keeping that '
            'promise," said Councillor Ruth Cadwaller, cabinet member for housing.',
        ],
        [
            "+What the regeneration plan includes",
            "+640 new homes, 260 of them for social rent",
        ],
        [
            "-Advertisement",
        ],
        [
            "+A health centre and a nursery on the ground floor of the central block",
            "+A new park where Kestrel House now stands",
        ],
        [
            "+Tenants' groups welcomed the timetable but said many older residents still did not know which phase "
            "they were in.",
        ],
        [
            "-Sign up to the Echo's weekly housing briefing",
        ],
        [
            "+The council will hold a drop-in session at the community centre on Saturday morning.",
        ],
        [
            "-14 comments",
            "-Marjorie_K · 3 hours ago",
            "-My mum has lived on the seventh floor since 1971 and nobody has told her which phase she is in.",
            "-↳ Tessingbury Echo · 2 hours ago",
            "-Hi Marjorie, the housing office says letters for phase two go out in January.",
            "-↳↳ Marjorie_K · 1 hour ago",
            "-Thank you, I'll keep an eye out for it.",
        ],
    ]),
    "en-blog-gougeandgossip-bowl": _page("en", "en-blog-gougeandgossip-bowl", [
        [
            "-Gouge and Gossip",
            "-Home · Bowls · Spindles · About · Shop",
        ],
        [
            "-A woodturner's notebook from a shed at the bottom of the garden",
        ],
        [
            "+Turning my first green-wood bowl from a fallen ash",
        ],
        [
            "-Posted on 28 November 2026 by Hal",
            "-Filed under: Bowls, Green wood",
            "-Jump to the tool list ↓",
            "-About a 5-minute read",
        ],
        [
            "-Disclosure: links to tools below are affiliate links; I may earn a small commission.",
        ],
        [
            "+When the storm brought down the ash tree at the end of our lane, the farmer let me take a couple of "
            "logs before the chainsaws got to it.",
            "+Green wood cuts like cheese compared with the seasoned blanks I had been buying, and the shavings "
            "fly off in long ribbons.",
            '+My old club teacher always said "rough it, bag it and forget it for three months", and for once I '
            "listened.",
        ],
        [
            "-Pin it for later",
        ],
        [
            "+What I used",
            "+A 3/8 inch bowl gouge with a long grind",
            "+A faceplate for the first side and a chuck for the second",
        ],
        [
            "-Get the bowl gouge I use on Amazon",
        ],
        [
            "+A paper bag and a cool corner of the shed",
        ],
        [
            "+The roughed bowl lost almost a quarter of its weight in the first month, which is exactly what you "
            "want.",
            "+Next time I will show you how it moved as it dried, and how I turned it true again.",
        ],
        [
            "-Like this post? Share it: Facebook · X · Pinterest",
        ],
        [
            '-3 thoughts on "Turning my first green-wood bowl from a fallen ash"',
        ],
        [
            "-Dan in Derbyshire says:",
            "-Did you rough it out and leave it to dry, or turn it to finish in one go?",
            "-↳ Hal says:",
            "-Roughed it to about an inch thick and it's in a paper bag in the shed till spring.",
            "-↳↳ Dan in Derbyshire says:",
            "-Same here, the paper bag trick has never failed me.",
        ],
        [
            "-Leave a Reply · Cancel reply",
        ],
        [
            "-Older post: Sharpening a bowl gouge on a slow grinder",
        ],
    ]),
    "fr-portail-saintorvelin-recours": _page("fr", "fr-portail-saintorvelin-recours", [
        [
            "-L'Écho d'Orvelin",
            "-Actualités · Urbanisme · Sports · Agenda",
        ],
        [
            "+Saint-Orvelin : le promoteur fait appel du refus de permis pour la résidence des Tanneurs",
        ],
        [
            "-Par Anatole Quenivrec",
            "-Publié le 3 décembre 2026 à 7h12",
            "-Mis à jour le 3 décembre 2026 à 9h40",
            "-Lecture 4 min",
            "-Abonnés",
            "-Urbanisme",
        ],
        [
            "-Le terrain des anciennes tanneries, vu depuis le quai.",
        ],
        [
            "+Le promoteur de la résidence des Tanneurs a déposé un recours contre le refus du permis de "
            "construire signé par le maire en septembre.",
        ],
        [
            "-À lire aussi : Le marché de Noël revient place de la Halle aux grains",
        ],
        [
            "+Le projet prévoyait 84 logements sur six étages, à la place des anciennes tanneries du bord de "
            "l'Orvelle.",
            "+« Nous avons revu la hauteur deux fois, nous ne pouvons pas faire moins sans renoncer au projet », "
            "explique son directeur régional.",
        ],
        [
            "-Newsletter : recevez chaque matin l'essentiel de Saint-Orvelin",
        ],
        [
            "+Les points contestés",
            "+La hauteur des bâtiments, jugée excessive par la mairie",
            "+Le nombre de places de stationnement",
            "+La protection des vues sur l'église depuis le quai",
        ],
        [
            "-Publicité",
        ],
        [
            "+Le tribunal administratif devrait examiner le dossier au printemps.",
            "+En attendant, le terrain reste clôturé et les riverains continuent de s'y opposer.",
        ],
        [
            "-Partager : Facebook · X · WhatsApp",
        ],
        [
            "-Réagir à cet article",
            "-2 commentaires",
            "-Gilberte_des_Quais",
            "-Trois étages de plus, c'est toute la rue à l'ombre l'après-midi.",
            "-↳ L'Écho d'Orvelin",
            "-Le tribunal doit se prononcer au printemps, nous suivrons le dossier.",
        ],
        [
            "-Mentions légales · Contact · Annonceurs · © L'Écho d'Orvelin 2026",
        ],
    ]),
    "fr-blog-legrainbavard-torrefaction": _page("fr", "fr-blog-legrainbavard-torrefaction", [
        [
            "-Le Grain Bavard",
            "-Accueil · Recettes · Matériel · À propos",
        ],
        [
            "+Torréfier son café à la maison avec une vieille machine à pop-corn",
        ],
        [
            "-Publié par Maëlle le 30 novembre 2026",
            "-Catégories : Torréfaction, Matériel",
            "-Temps de lecture : 6 minutes",
        ],
        [
            "-Sommaire",
            "-Pourquoi une machine à pop-corn",
            "-Les réglages",
            "-Le goût après trois jours",
        ],
        [
            "+J'ai trouvé la machine dans une brocante pour trois euros, encore dans sa boîte d'origine.",
            "+L'air chaud fait tourner les grains tout seuls, ce qui donne une torréfaction bien plus régulière "
            "qu'à la poêle.",
        ],
        [
            "-Ce billet contient des liens affiliés.",
        ],
        [
            "+Mon voisin, torréfacteur à la retraite, m'a prévenue : « Écoute le premier crac, c'est lui qui te "
            "dit tout. »",
        ],
        [
            "+Mes trois premières fournées",
            "+Un Brésil arrêté juste après le premier crac, doux mais un peu plat",
        ],
        [
            "-Le thermomètre que j'utilise est en lien ici (lien affilié)",
        ],
        [
            "+Un Éthiopie poussé une minute de plus, le meilleur des trois",
            "+Un Colombie trop foncé, presque brûlé",
        ],
        [
            "+Le café torréfié doit reposer deux ou trois jours avant d'être moulu.",
            "+La prochaine fois, je vous parle du refroidissement, l'étape que tout le monde oublie.",
        ],
        [
            "-Vous aimez ce blog ? Offrez-moi un café (en grains, de préférence).",
        ],
        [
            "-4 commentaires",
            "-Théo_torréfie",
            "-Tu ne crains pas pour le moteur au bout de dix minutes ?",
            "-↳ Maëlle",
            "-Je laisse refroidir entre deux fournées, pour l'instant elle tient bon.",
            "-↳↳ Théo_torréfie",
            "-Bonne idée, je vais essayer avec la mienne.",
        ],
        [
            "-Article précédent : Moudre à la main, vraiment ?",
        ],
    ]),
    "de-portal-quellbruck-busdepot": _page("de", "de-portal-quellbruck-busdepot", [
        [
            "-Quellbrucker Rundschau",
            "-Lokales · Wirtschaft · Sport · Kultur",
            "-Startseite › Quellbruck › Verkehr",
        ],
        [
            "-Wetter: 4 °C, bedeckt",
        ],
        [
            "+Quellbruck bekommt einen neuen Busbetriebshof im Gewerbegebiet Süd",
        ],
        [
            "-Von Hilke Sprottweiler",
            "-03.12.2026, 16:20 Uhr",
            "-Lesezeit 3 Minuten",
            "-Artikel anhören",
            "-Merken",
        ],
        [
            "-So soll der Betriebshof aussehen: Entwurf mit Photovoltaik auf dem Hallendach. Visualisierung: "
            "Stadtwerke Quellbruck",
        ],
        [
            "+Der Stadtrat hat am Mittwochabend den Bau eines neuen Betriebshofs für die Stadtbusse beschlossen.",
        ],
        [
            "+Bisher parken die 42 Busse der Stadtwerke nachts auf einem beengten Hof am Rand der Altstadt.",
        ],
        [
            "-Auch interessant: Neue Radwege an der Bahnhofstraße",
        ],
        [
            "+„Mit dem neuen Hof können wir endlich auf Elektrobusse umstellen“, sagte Stadtwerke-Chefin Gesa "
            "Fennholt.",
        ],
        [
            "+Das Projekt in Zahlen",
            "+Kosten: rund 31 Millionen Euro",
            "+Platz für 60 Busse mit Ladestationen",
        ],
        [
            "-Werbung",
        ],
        [
            "+Baubeginn im Frühjahr 2027, Fertigstellung Ende 2028",
        ],
        [
            "+Anwohner im Gewerbegebiet Süd befürchten mehr Verkehr am frühen Morgen.",
        ],
        [
            "-Mehr zum Thema: Nahverkehrsplan des Kreises",
        ],
        [
            "+Die Stadtwerke wollen die Zufahrt deshalb über die Umgehungsstraße führen.",
        ],
        [
            "-Kommentare (2)",
            "-Pendler_aus_Nord",
            "-Endlich! Die Busse stehen bisher nachts mitten in der Altstadt.",
            "-↳ Redaktion",
            "-Laut Stadtwerken sollen alle Busse ab 2028 im neuen Hof übernachten.",
        ],
        [
            "-Impressum · Datenschutz · AGB",
            "-© Quellbrucker Rundschau 2026",
        ],
    ]),
    "de-blog-oszillatorkeller-synthesizer": _page("de", "de-blog-oszillatorkeller-synthesizer", [
        [
            "-Oszillatorkeller",
            "-Alte Synthesizer, neue Töne",
        ],
        [
            "+Ein Monosynth von 1978 bekommt neue Kondensatoren",
        ],
        [
            "-Veröffentlicht am 29. November 2026",
            "-von Jens",
            "-Kategorie: Restaurierung",
            "-9 Kommentare",
            "-Lesezeit: ca. 7 Minuten",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Der Zustand",
            "-2. Die Bauteile",
            "-3. Der erste Ton",
        ],
        [
            "+Das Gerät stand dreißig Jahre auf einem Dachboden und brummte beim Einschalten wie ein Kühlschrank.",
            "+Schuld waren, wie so oft, die ausgetrockneten Elektrolytkondensatoren im Netzteil.",
            "+Ein Freund aus dem Synthesizer-Stammtisch meinte nur: „Tausch alle, nicht nur die kaputten.“",
        ],
        [
            "-Hörbeispiel: Vorher und nachher (MP3, 2,1 MB)",
        ],
        [
            "+Was ich getauscht habe",
            "+Alle 23 Elektrolytkondensatoren",
            "+Die beiden Spannungsregler im Netzteil",
            "+Einen wackeligen Schieberegler am Filter",
        ],
        [
            "+Nach dem Tausch war das Brummen weg und der Oszillator blieb eine Stunde lang stimmstabil.",
            "+Im nächsten Beitrag geht es um die Kalibrierung der Tastatur.",
        ],
        [
            "-Dir gefällt der Keller? Unterstütze mich auf Steady.",
        ],
        [
            "-Kommentare",
            "-Modular_Moni",
            "-Hast du die Stimmung danach neu kalibriert?",
            "-↳ Jens",
            "-Ja, mit einem Stimmgerät und viel Geduld.",
            "-↳↳ Modular_Moni",
            "-Danke, dann wage ich mich auch an meinen.",
        ],
    ]),
    "it-portale-sanvetrano-argine": _page("it", "it-portale-sanvetrano-argine", [
        [
            "-Il Corriere di Sanvetrano",
        ],
        [
            "-Cronaca · Politica · Economia · Sport",
        ],
        [
            "+Sanvetrano, al via il muro contro le piene lungo il torrente",
        ],
        [
            "-di Redazione",
            "-3 dicembre 2026",
            "-Tempo di lettura: 3 minuti",
            "-Ascolta l'articolo",
        ],
        [
            "-Il tratto di argine dove sorgerà il nuovo muro, vicino al ponte vecchio.",
        ],
        [
            "-Sponsorizzato",
        ],
        [
            "+Sono partiti lunedì i lavori per il muro di difesa dalle piene lungo il torrente Vetra, nel tratto "
            "che attraversa il centro.",
            "+Dopo l'alluvione del 2023 i residenti di via del Mulino chiedevano un intervento da anni.",
        ],
        [
            "-Leggi anche: Lavori sulla provinciale, senso unico fino a gennaio",
            "-Leggi anche: Raccolta differenziata, cambia il calendario",
        ],
        [
            "+«Questo muro protegge trecento famiglie, non potevamo aspettare oltre», ha detto il sindaco Piero "
            "Casalvetri.",
        ],
        [
            "+I numeri dell'opera",
            "+Lunghezza: 780 metri",
        ],
        [
            "-Pubblicità",
        ],
        [
            "+Altezza massima: 1,6 metri sopra il piano stradale",
            "+Costo: 4,2 milioni di euro, in gran parte fondi regionali",
        ],
        [
            "+Durante i lavori la passeggiata lungo il torrente resterà chiusa.",
            "+La fine del cantiere è prevista per l'autunno del prossimo anno.",
        ],
        [
            "-Iscriviti alla newsletter del Corriere",
        ],
        [
            "-Commenti dei lettori",
            "-Mario_del_ponte",
            "-Speriamo che lo finiscano prima della prossima alluvione.",
            "-↳ Luisa B.",
            "-Il cantiere dovrebbe chiudersi in autunno, lo dice il comune.",
            "-↳↳ Mario_del_ponte",
            "-Lo dicevano anche l'anno scorso.",
        ],
        [
            "-© Il Corriere di Sanvetrano – Riproduzione riservata",
        ],
    ]),
    "it-blog-scarponietaccuino-cammino": _page("it", "it-blog-scarponietaccuino-cammino", [
        [
            "-Scarponi e Taccuino",
        ],
        [
            "+Dodici giorni a piedi da Bologna al mare",
        ],
        [
            "-Pubblicato il 27 novembre 2026 da Chiara",
            "-Categoria: Cammini",
        ],
        [
            "+Sono partita da piazza Maggiore con uno zaino da otto chili e nessuna prenotazione oltre la prima "
            "notte.",
        ],
        [
            "-Segui il blog su Instagram per le foto di ogni tappa",
        ],
        [
            "+Le prime tappe tra i colli sono state le più dure, poi le gambe si sono abituate.",
            "+Una signora a un bivio mi ha detto: «Chi cammina piano arriva lontano», e l'ho scritto sul taccuino.",
        ],
        [
            "-Indice",
            "-1. Lo zaino",
            "-2. Le tappe",
            "-3. I costi",
        ],
        [
            "+Cosa avevo nello zaino",
            "+Due magliette tecniche e un pile leggero",
        ],
        [
            "-Link affiliato: lo zaino da 38 litri che uso",
        ],
        [
            "+Un sacco lenzuolo per gli ostelli",
        ],
        [
            "-Consigliato: la borraccia filtrante che porto sempre",
        ],
        [
            "+Un kit di cerotti per le vesciche",
        ],
        [
            "+In tutto ho speso poco più di cinquecento euro, dormendo quasi sempre in ostelli e parrocchie.",
            "+Nel prossimo post racconto le tappe una per una, con le distanze.",
        ],
        [
            "-Ti è piaciuto? Offrimi un caffè",
        ],
        [
            "-Lascia un commento",
            "-Giorgio_cammina",
            "-Dove hai dormito la terza notte?",
            "-↳ Chiara",
            "-In un ostello parrocchiale, prenotato due giorni prima.",
            "-↳↳ Giorgio_cammina",
            "-Grazie, lo segno.",
            "-↳↳↳ Chiara",
            "-Di niente, buon cammino!",
        ],
    ]),
    "pl-portal-olszynowo-kamienica": _page("pl", "pl-portal-olszynowo-kamienica", [
        [
            "-Gazeta Olszynowska",
            "-Wiadomości · Region · Sport · Kultura",
            "-Olszynowo, czwartek 3 grudnia",
        ],
        [
            "+Miasto sprzedaje zabytkową kamienicę przy Rynku",
        ],
        [
            "-Tekst i zdjęcia: Marianna Pstrąg",
            "-Opublikowano: 2 grudnia 2026, 11:15",
            "-Czas czytania: 3 min",
            "-Udostępnij: Facebook · X",
        ],
        [
            "-Kamienica pod numerem 7 od strony podwórza. Fot. Gazeta Olszynowska",
        ],
        [
            "-Reklama",
        ],
        [
            "+Rada miasta zgodziła się na sprzedaż kamienicy pod numerem 7, wpisanej do rejestru zabytków.",
            "+Budynek od dziesięciu lat stoi pusty, a jego remont przekracza możliwości miejskiego budżetu.",
        ],
        [
            "-Czytaj także: Remont ulicy Kolejowej potrwa do maja",
        ],
        [
            "+– Wolimy sprzedać ją komuś, kto ją uratuje, niż patrzeć, jak się sypie – mówi burmistrz Halina "
            "Wróbel.",
        ],
        [
            "+Warunki przetargu",
            "+Cena wywoławcza: 1,8 mln zł",
            "+Obowiązek remontu elewacji w ciągu pięciu lat",
            "+Zgoda konserwatora na każdą zmianę układu wnętrz",
        ],
        [
            "+Przetarg odbędzie się w lutym.",
        ],
        [
            "-Zobacz galerię zdjęć (14)",
        ],
        [
            "+Jeśli nie zgłosi się żaden chętny, miasto obniży cenę o dziesięć procent.",
        ],
        [
            "-Najczęściej czytane: Nowy rozkład autobusów",
        ],
        [
            "-Komentarze (3)",
            "-~Janek",
            "-Szkoda, że miasto nie wyremontuje jej samo.",
            "-↳ ~Ela",
            "-Miasto nie ma pieniędzy nawet na chodniki.",
            "-~Gość",
            "-Byle nie zrobili tam kolejnego sklepu z alkoholem.",
        ],
        [
            "-Regulamin · Polityka prywatności · Kontakt",
        ],
    ]),
    "pl-blog-wioridluto-toczenie": _page("pl", "pl-blog-wioridluto-toczenie", [
        [
            "-Wiór i Dłuto",
        ],
        [
            "-Blog o toczeniu w drewnie",
            "-Start · Projekty · Narzędzia · O mnie",
        ],
        [
            "+Mój pierwszy młynek do pieprzu z dębu",
        ],
        [
            "-28 listopada 2026",
            "-Autor: Staszek",
            "-Kategoria: Projekty",
            "-5 komentarzy",
        ],
        [
            "+Kawałek dębu leżał w warsztacie od trzech lat i w końcu znalazłem dla niego zastosowanie.",
            "+Najtrudniejsze okazało się wiercenie na wylot, bo wiertło chciało uciekać w bok.",
        ],
        [
            "-Wpis powstał we współpracy ze sklepem z narzędziami.",
        ],
        [
            "+Sąsiad, stary stolarz, powiedział mi: „Wierć z obu stron, spotkasz się w połowie”.",
        ],
        [
            "-Spis treści",
            "-1. Drewno",
            "-2. Mechanizm",
            "-3. Wykończenie",
        ],
        [
            "+Czego użyłem",
            "+Klocka dębowego 6 na 6 na 25 cm",
            "+Wiertła Forstnera 25 mm",
        ],
        [
            "-Link partnerski: mechanizm do młynka w sklepie partnera",
        ],
        [
            "+Mechanizmu ceramicznego do młynka",
        ],
        [
            "+Młynek stoi już na stole i miele równo, choć kształt wyszedł trochę pękaty.",
            "+W następnym wpisie pokażę, jak zrobiłem do niego solniczkę do pary.",
        ],
        [
            "-Udostępnij wpis",
        ],
        [
            "-Komentarze (2)",
            "-Wojtek_z_warsztatu",
            "-Jakim olejem wykończyłeś?",
            "-↳ Staszek",
            "-Zwykłym olejem lnianym, trzy warstwy.",
        ],
        [
            "-Poprzedni wpis: Ostrzenie dłuta na kamieniu wodnym",
        ],
    ]),
    "ru-portal-lipnezhsk-obshchezhitie": _page("ru", "ru-portal-lipnezhsk-obshchezhitie", [
        [
            "-Липнежская правда",
            "-Новости · Город · Общество · Спорт",
        ],
        [
            "+В Липнежске достроили общежитие на 600 студентов",
        ],
        [
            "-Текст: Трофим Синеборов",
            "-3 декабря 2026, 10:05",
            "-Просмотров: 2 418",
            "-Время чтения: 3 минуты",
        ],
        [
            "-Новое общежитие на улице Строителей. Фото: пресс-служба университета",
        ],
        [
            "+Девятиэтажное общежитие педагогического университета на улице Строителей приняла государственная "
            "комиссия.",
        ],
        [
            "-Читайте также: В городе открыли новую поликлинику",
        ],
        [
            "+Первые студенты заселятся в него уже после зимней сессии.",
            "+«Впервые за двадцать лет мы можем дать место каждому иногороднему первокурснику», — сказал ректор "
            "Аркадий Пчельников.",
        ],
        [
            "+Что есть в новом корпусе",
            "+Комнаты на двоих с душем и туалетом",
        ],
        [
            "-Реклама",
        ],
        [
            "+Кухня и прачечная на каждом этаже",
            "+Читальный зал и спортзал на первом этаже",
        ],
        [
            "+Строительство обошлось в 1,4 миллиарда рублей и заняло три года.",
            "+Старое общежитие на улице Мира закроют на капитальный ремонт.",
        ],
        [
            "-Подписывайтесь на наш канал в Telegram",
        ],
        [
            "-Комментарии (3)",
            "-Студент_Вова",
            "-А плата за место какая будет?",
            "-↳ Липнежская правда",
            "-По данным университета — 1 200 рублей в месяц.",
            "-↳↳ Студент_Вова",
            "-Спасибо, нормально.",
            "-Маргарита П.",
            "-Хорошо бы ещё столовую рядом.",
        ],
        [
            "-© Липнежская правда, 2026. 16+",
        ],
    ]),
    "ru-blog-obzharkanakukhne-kofe": _page("ru", "ru-blog-obzharkanakukhne-kofe", [
        [
            "-Обжарка на кухне",
        ],
        [
            "+Обжариваю кофе на чугунной сковороде: третья попытка",
        ],
        [
            "-Опубликовано 1 декабря 2026",
            "-Автор: Гоша",
            "-Рубрика: Обжарка",
        ],
        [
            "-Содержание",
            "-1. Зёрна",
            "-2. Сковорода",
            "-3. Результат",
        ],
        [
            "-Поддержать блог можно через «Бусти»",
        ],
        [
            "+Первые две попытки закончились горьким углём, поэтому в этот раз я взял меньше зёрен.",
            "+Двести граммов зелёной Колумбии легли на сковороду в один слой.",
        ],
        [
            "-Фото: зёрна после второго крэка",
        ],
        [
            "+Знакомый бариста сказал мне: «Главное — не переставай мешать ни на секунду».",
        ],
        [
            "+Как шла обжарка",
            "+Первые пять минут зёрна желтели и пахли сеном",
        ],
        [
            "+На девятой минуте начался первый крэк",
        ],
        [
            "-Рекомендую: ручная кофемолка в магазине партнёра",
        ],
        [
            "+На двенадцатой я снял сковороду и высыпал зёрна в дуршлаг",
        ],
        [
            "+Через два дня кофе получился ровным и сладковатым, без горечи.",
        ],
        [
            "-Сохраните рецепт в закладки",
        ],
        [
            "+В следующий раз попробую обжарить эфиопские зёрна чуть светлее.",
        ],
        [
            "-Комментарии",
            "-Лена_кофеман",
            "-А дым на кухне не мешает?",
            "-↳ Гоша",
            "-Мешает, открываю окно и включаю вытяжку на полную.",
            "-↳↳ Лена_кофеман",
            "-Понятно, попробую на балконе.",
        ],
        [
            "-Следующая запись: Кофе в турке без пенки",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Settle in: by my count this post takes about eleven minutes, longer if you watch the clips.":
        "an English blog's reading-time sentence ('Settle in: by my count this post takes about eleven minutes, "
        "longer if you watch the clips.') is left at the head",
    "Turned bowls from this post are in the shop on Big Cartel – one-offs only, posted on Mondays.":
        "an English blog's Big Cartel shop plug ('Turned bowls from this post are in the shop on Big Cartel – "
        "one-offs only, posted on Mondays.') is left at the foot",
    "Made with Eleventy, served from a Raspberry Pi under the stairs.":
        "an English blog's Eleventy credit ('Made with Eleventy, served from a Raspberry Pi under the stairs.') "
        "is left at the foot",
    "Page generated in 0.412 seconds with 38 database queries.":
        "an English page-generation-time footer ('Page generated in 0.412 seconds with 38 database queries.') is "
        "left at the foot",
    "Commenting is for subscribers only. Already subscribed? Log in to join the conversation.":
        "an English subscribers-only comment line ('Commenting is for subscribers only. Already subscribed? Log "
        "in to join the conversation.') is left at the foot",
    "Le mie tostature del mese le trovi sul canale Telegram del blog, con le note di assaggio.":
        "an Italian blog's Telegram plug ('Le mie tostature del mese le trovi sul canale Telegram del blog, con "
        "le note di assaggio.') is left at the foot",
    "Partita IVA 00000000000 – Capitale sociale 10.000 € i.v.":
        "an Italian VAT-number footer ('Partita IVA 00000000000 – Capitale sociale 10.000 € i.v.') is left at the "
        "foot",
    "Материал подготовлен при информационной поддержке администрации района.":
        "a Russian information-support note ('Материал подготовлен при информационной поддержке администрации "
        "района.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-tessingbury-sallowfield":
        "the regional portal's estate-regeneration story keeps its photo caption ('The three tower blocks of the "
        "Sallowfield estate, seen from the canal towpath.') in the block of the byline and its table of contents "
        "('Contents', '1. The timetable', '2. Who moves first', '3. What tenants say') under the title (5 of 20 "
        "noise lines)",
    "en-blog-gougeandgossip-bowl":
        "the woodturning blog's green-wood bowl post keeps its tagline ('A woodturner's notebook from a shed at "
        "the bottom of the garden') above the title (1 of 20 noise lines)",
    "fr-portail-saintorvelin-recours":
        "the regional portal's planning-appeal story keeps its photo caption ('Le terrain des anciennes "
        "tanneries, vu depuis le quai.') under the title (1 of 20 noise lines)",
    "de-portal-quellbruck-busdepot":
        "the regional portal's bus-depot story keeps its visualisation caption ('So soll der Betriebshof "
        "aussehen: Entwurf mit Photovoltaik auf dem Hallendach. Visualisierung: Stadtwerke Quellbruck') under the "
        "title (1 of 20 noise lines)",
    "de-blog-oszillatorkeller-synthesizer":
        "the synthesizer blog's restoration post keeps its audio-sample link ('Hörbeispiel: Vorher und nachher "
        "(MP3, 2,1 MB)') between the paragraph with the quote and the subheading (1 of 20 noise lines)",
    "it-portale-sanvetrano-argine":
        "the regional portal's flood-wall story keeps its photo caption ('Il tratto di argine dove sorgerà il "
        "nuovo muro, vicino al ponte vecchio.') under the title (1 of 20 noise lines)",
    "it-blog-scarponietaccuino-cammino":
        "the walking blog's twelve-day walk post keeps its Instagram prompt ('Segui il blog su Instagram per le "
        "foto di ogni tappa') between the first and second paragraphs, its table of contents ('Indice', '1. Lo "
        "zaino', '2. Le tappe', '3. I costi') between the paragraph with the quote and the subheading and its "
        "recommended-product line ('Consigliato: la borraccia filtrante che porto sempre') between the second and "
        "third list rows (6 of 20 noise lines)",
    "ru-blog-obzharkanakukhne-kofe":
        "the coffee-roasting blog's frying-pan post keeps its Boosty donation line ('Поддержать блог можно через "
        "«Бусти»') under the title and its grinder recommendation ('Рекомендую: ручная кофемолка в магазине партнёра') "
        "between the second and third list rows (2 of 20 noise lines; its bookmark prompt between the two last "
        "paragraphs goes since round 94)",
}


test_held_out_106_line, test_held_out_106_line_is_kept, test_held_out_106_page = held_out_tests(
    HELD_OUT_106_LINES, HELD_OUT_106_KEEP, HELD_OUT_106_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
