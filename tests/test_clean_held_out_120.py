"""Held-out set 120: written blind, weighted toward the noise the cleaner exists for, in shapes set 118's docstring does
not name (nor the first paragraphs of sets 115, 116 and 117): scraper, embed and ad markers (an English Datawrapper
graphic placeholder "Interactive graphic by Datawrapper. If it doesn't appear, tap here to open it in a new window.", an
English blocked Windy.com widget "Windy.com forecast widget blocked by your browser settings – allow scripts to see the
wind map.", an English hidden TikTok clip "Watch on TikTok: this clip is hidden because third-party embeds are switched
off.", a French uMap placeholder "Carte uMap indisponible : autorisez les contenus tiers pour afficher le tracé de la
digue.", a German Spotify consent placeholder "Hier steht ein Spotify-Podcast. Mit einem Klick auf „Laden“ stimmen Sie
der Übermittlung an Spotify zu.", an Italian TikTok cookie placeholder "Contenuto di TikTok non visualizzato: modifica
le preferenze sui cookie per vederlo.", a Polish Airly air-quality map placeholder "Tu powinna pojawić się interaktywna
mapa jakości powietrza z serwisu Airly. Odśwież stronę." and a Russian Yandex map failure "Карта Яндекса не загрузилась
— разрешите сторонние cookie или откройте её в приложении."); reading-time headers in new wordings (the English "5 min
read · 7 min listen" and a blog's "This post is on the long side (around twelve minutes), so the quick answer is in the
box at the bottom.", the French "⏱ 3 min de lecture", the German "In 3 Minuten gelesen", the Italian "Lettura da 3
minuti", the Polish "Przeczytasz w 3 minuty" and the Russian "На прочтение уйдёт 3 минуты"); bylines and self-promotion
(an English words-and-pictures byline with the reporter's beat, an English Redbubble night-sky-prints plug, an English
book plug, a French interview-collected-by byline, a German a-research-by byline with two authors, an Italian
Twitch-live plug, a Polish reporting-from-the-town byline and a Russian prints-for-sale-via-VK plug); blog and site
footers (an English regulated-by-IPSO line, a hand-coded-on-Neocities credit, a no-cookies-no-ads line, a French
publication-director-and-CPPAP line, a German press-council-member line, an Italian not-a-registered-newspaper line with
the 2001 law, a Polish publisher-association-KRS-and-NIP line and a Russian Roskomnadzor-registration line);
reader-comment furniture (an English comments-close-on-Friday line, an English Markdown-allowed-links-held line, an
English tap-the-bell-to-follow line, a French sort-by-newest control, a German discussion-closed line, an Italian
no-comments-yet line, a Polish comments-for-logged-in-readers line and a Russian confirm-your-phone-to-comment line);
share rows (an English Reddit, Pinterest, Flipboard and Email row, a French Facebook, Pinterest, Reddit and
copy-the-address row and an Italian Reddit, Pinterest, LinkedIn and print row); and notices (a German transparency note
on an advertising client, a Polish co-funded-by-the-commune note and a Russian prepared-with-the-support-of-a-fund
notice); and toward whole scraped news and hobby-blog pages in layouts set 118's docstring does not describe (three
noise lines above the title on the six portal pages, a skip-to-content link, a masthead with its tagline and a
breadcrumb, and two on the six blog pages, the blog name and a menu; one block under the title on every page, six lines
on the portals (byline or author's name, date, listen link, reading time or updated line, photo caption and photo
credit) and four on the blogs (date and author, reading time, category or tags, and an affiliate, sponsorship or
advertising disclosure); a four-line table of contents on the six blogs only, in its own block between the first and
second paragraphs, and an embed, chart or map placeholder in that gap on the six portals; nothing between the second
paragraph and the paragraph with the quote on any page; between the paragraph with the quote and the subheading a
read-also link and an ad label on the portals and the photo caption on the blogs; nothing between the subheading and the
first list row on any page; a newsletter prompt between the first and second list rows on the six portals (inside the
rows' block on three, in its own block on three) and a Pinterest, save or bookmark prompt between the second and third
rows on the six blogs (inside the rows' block on two, in its own block on four); nothing between the last list row and
the last paragraphs on any page; a you-might-also-like link between the two last paragraphs on the six blogs and nothing
there on the portals; at the foot seven lines in one block on every page: on the portals a comment count or heading, a
comment, an arrowed reply, the first commenter's answer nested two arrows deep, a second comment, a guidelines or report
link and a copyright, legal-links or Impressum line; on the blogs a plug, a comment count, a comment, the author's
arrowed reply, the commenter's answer nested two arrows deep, a comment-form note and a platform, theme or photo credit;
no reply addressed by name on any page), taken from weather and the environment and from blogs about rain gauges,
composting, mushroom foraging and night-sky photography.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 118 but what is named here), held-out set 119 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 118 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 115, 116 and 117, printed with one ast script (/tmp/s120scratch/read118.py, output
/tmp/s120scratch/read118.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 118's, taken from their nodes, and the line binding the three tests is set 118's with 118 ->
120, both by /tmp/s120scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s120scratch/tables120.py, made by /tmp/s120scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s120, detached at commit
5114cb6bf7b3dce6eb64608f6dca55f00e537050, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) read118.py ran once; its output (422 lines) was paged with ``sed`` (lines 1 to 200 in the call that
ran it, and 200 to 422); it holds only the allowed text, which names set 118's scratch paths, its frozen commit, its
missed lines and its left page lines; I saw these only as that text. tests/held_out_sets.py was printed with ``cat`` in
the same call as the second page. (2) The worktrees were made with ``git worktree add``, output to /dev/null; ``ls`` on
/tmp/wt-s120 and /tmp/wt-set120 printed only top-level names. ``git status --short`` in /work/main printed nothing and
``git rev-parse HEAD`` printed b58780416a13497faf7785e9d58c540365e06b97, not the brief's commit: main had moved, and as
the brief says both worktrees were made at 5114cb6bf7b3dce6eb64608f6dca55f00e537050. (3) The helpers were printed by
importing tests/test_clean.py and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path
(SPINSCOPE_DATA=/work/shared/data; /tmp/s120scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES``
printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}.
scripts/clean_held_out_report.py was printed with ``cat`` in the same call. (4) gen.py parses set 118's file with
``ast`` and writes only its import nodes and its last statement (the binding line, 118 -> 120); the lists and pages come
from my scratch files (/tmp/s120scratch/body120.py and pages120.py) and the docstring from /tmp/s120scratch/doc120.txt
(a one-line placeholder at the measurement; wrapped from doc120.src afterwards); it prints nothing. The pages are built
as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, as in set 118's notes. Set 118's categories per
language and places were kept as its Contents and Protocol paragraphs give them (marker, reading-time, byline, footer
and comments in every language; share in English, French and Italian; notice in German, Polish and Russian; English
three of each but reading-time (two) and share (one); head 11, body 10, tail 24; keep lines head 7, body 5, tail 8). (5)
Before the measurement /tmp/s120scratch/check.py executed this file with stand-in held_out_sets and noisy_corpus modules
(/tmp/s120scratch/stand) and counted lines by category and place, keep lines by place, pages by language, 10 article and
20 noise lines a page, repeats, page noise lines inside article lines or inside other noise lines of the page, overlaps
between page lines and held-out noise and keep lines (either inside the other) and between held-out noise and keep lines
and among held-out noise lines (case-insensitively), at-signs and lines over 120 columns; the languages of the held-out
lines were counted by hand from the listing order (the tuples carry no language). While drafting, before any check, I
changed the ad labels "Advertisement", "Anzeige" and "Reklama" on the English, German and Polish portals, since keep
lines open with those words (they became "Sponsored content", "Werbung" and "Ogłoszenie płatne"). A first length check
with ``awk`` counted bytes, not characters, and was set aside. The first run of check.py found 7 lines over 120 columns
and nothing else (they were split); the second run found nothing. (6) The two measuring commands ran as the brief gave
them, in one shell call after ``date``, with their output sent to scratch files (/tmp/s120scratch/measure.out and
report.out) and then printed; the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s120scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s120/tests; it ran
``_problems`` over all 45 noise lines and 20 keep lines, printing only the failing ones (25 and 0, as in the
measurement), and over the 12 pages, all failing. (7) Invented names were checked with the exact-string search over
public GitHub files: Skelderwick, Skelderwick Courier, Soggy Funnel, Pelleworth, Mauvrelle, Mon Tas Tiède, Quéronnec,
Bröckelhagen, Nachtkladde, Hesselgrub, Fennwalder, Valdorsena, Lamelle Storte, Mewin Nadmorski, Pluwiograf z Balkonu,
Zdrojkowiak, Stowarzyszenie Czysty Brzeg, Сосновоярск (and Sosnovoyarsk), Компостер Кузьмича and The Patient Compost
Heap had no hits. Dropped: Quarrendon (a real place; the byline became Pelleworth), Fensby (a surname and code
identifiers; the photographer became "staff photographer"), Hasselbrink (a real surname; it became Hesselgrub),
Kreuzacker (street names; it became Fennwalder), Zdrojewska (a real surname; it became Zdrojkowiak), Gorzyce Małe (a
real village; the byline reports from Mewin Nadmorski), Brindlecombe and Marrowgate (hits in lists of invented names;
not used), Drizzle Ledger (a code term; the blog became The Soggy Funnel), Aurevanne (hits in a game's names; the town
became Sainte-Mauvrelle), Le Tas Qui Fume (a hit in prose; the blog became Mon Tas Tiède), Cappello e Lamelle (a hit in
mushroom data; the blog became Lamelle Storte) and Galgenholz (hits in a list of names; the German wind farm is placed
"bei Bröckelhagen"). Kept with hits: Lunnow (the river; its only hits are inside code identifiers such as "Alunno"),
Mewin24 (only inside identifiers such as "TimeWin24") and Czysty Brzeg (only as ordinary words, as in "przezroczysty
brzeg"). Not checked: Riverside Walk, Tanner's Row, the Quayside, via dei Tigli, the Заводская улица, the bylines and
quoted people (Harriet Moss, Maureen Athey, Jérôme Tastavin, Hélène Vasseur, Maëlys Corbinage, Martina Ewers, Klaus
Dörrmann, Jorinde, Timo, Elspeth, Federica Marangoni, Renato Ceccarelli, Joanna Brzezińska, Marta Kwiecień, Weronika,
Armel, Ольга Лаптева, Андрей Соболев), the blog authors and commenters (Declan, Odette, Jannik, Beppe, Tomek, Кузьмич,
RiversideRob, Lunnow_Lass, Gillian K., Patricia W., Gégé_du_moulin, Sylvie R., Annie74, Roselyne, Heide_W, Gerd1961,
Lutz B., Sternguckerin, Marco_V, Lucia T., Gino54, Silvana, Bałtyk_fan, Zbyszek, Ewa K., Agnieszka, Марина, Игорь С.,
Виктор, Нина Петровна) and the names built on checked towns (L'Écho de Sainte-Mauvrelle, Bröckelhagener Bote, Il
Corriere di Valdorsena, Сосновоярский вестник). Numbers are zero-filled (the CPPAP number, the KRS and NIP numbers and
the Roskomnadzor registration); there are no e-mail addresses and no at-signs. (8) Real things named, as real pages do:
Datawrapper, Windy.com, TikTok, uMap, Spotify, Airly, Yandex, Redbubble, Twitch, VKontakte, IPSO, Neocities, the
Deutscher Presserat and its Pressekodex, Roskomnadzor, Reddit, Pinterest, Flipboard, Facebook, LinkedIn, the Environment
Agency, the Met Office, WordPress (Twenty Twenty-Four), Dotclear, OpenStreetMap, Ghost, Instagram, Blogger, Telegram and
the Italian law no. 62 of 7 March 2001. (9) My first clock reading was 2026-12-05 08:54:48 UTC; the measurement ran at
08:59:09 UTC.

Judgement calls: the keep lines opening with or holding "Share prices", "Comments from residents", "Sponsored walks",
"Reading the rain gauge", "Subscribers to the council's flood alerts", "Photo by photo", "Advertisements for", "Partager
l'eau", "Lire le pluviomètre", "Abonnés au service d'alerte", "Anzeige erstattet", "Kommentare der Anwohner",
"Newsletter und Aushänge", "Seguire le previsioni", "Commentando i dati", "Iscritti all'associazione", "Reklamacje
mieszkańców", "Udostępnione przez sanepid", "Подписчики городского паблика" and "Поделиться водой" are article
sentences. Categories as in set 118; the English Redbubble-prints and book plugs, the Italian Twitch-live plug and the
Russian prints-for-sale plug are bylines (self-promotion) and sit at the foot; the English no-cookies-no-ads line is a
footer; the French sort-by-newest control and the English tap-the-bell line are comment furniture; the German
transparency note and the Polish co-funded note are notices in the body and the Russian fund-support notice is a notice
at the foot. On every page the title, the three paragraphs before the subheading (one with the quote), the subheading,
its three list rows and the two last paragraphs are article; everything else (skip links, mastheads and blog names,
taglines, menus, breadcrumbs, bylines and authors' names, dates, updated lines, reading times, listen links, categories,
affiliate, sponsorship and advertising disclosures, photo captions and credits, tables of contents, embed, chart and map
placeholders, read-also and you-might-also-like links, ad labels, newsletter prompts, Pinterest, save and bookmark
prompts, plugs, comment counts and headings, comments and replies, guidelines and report links, comment-form notes,
copyright, legal-links, Impressum and platform or theme credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 118's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-skelderwick-flooddefences (a river's new flood wall and the gap left open), en-blog-soggyfunnel-raingauge (two
rain gauges that never agree), fr-portail-saintemauvrelle-canicule (a heatwave's water restrictions),
fr-blog-montastiede-compost (a compost heap that would not heat), de-portal-broeckelhagen-windpark (a wind farm's public
consultation), de-blog-nachtkladde-sternenhimmel (a first night of tracked Milky Way photography),
it-portale-valdorsena-tempesta (a storm's fallen trees), it-blog-lamellestorte-funghi (the first porcini of October),
pl-portal-mewinnadmorski-plaza (a beach clean-up), pl-blog-pluwiografzbalkonu-deszczomierz (a rain gauge on a
block-of-flats balcony), ru-portal-sosnovoyarsk-vozdukh (a town's first air-quality monitor) and
ru-blog-komposterkuzmicha-kompost (a warm compost heap with sawdust), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 5114cb6bf7b3dce6eb64608f6dca55f00e537050, measured with ``cd /tmp/wt-s120 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s120/src python -m pytest -q tests/test_clean_held_out_120.py -rA -p
no:cacheprovider`` (37 failed, 40 passed) and ``cd /tmp/wt-s120 && PYTHONPATH=/tmp/wt-s120/src python
scripts/clean_held_out_report.py --sets 120``, with the xfail tables empty): noise lines removed 20/45 (marker 2/8,
reading-time 6/7, byline 3/8, footer 4/8, comments 1/8, share 3/3, notice 1/3; the 25 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 0/12 clean, 36 of 240 page noise lines left and 1 of
120 article lines lost (the rain-gauge blog's last list row, after its Pinterest prompt), as ``_PAGE_XFAIL`` describes.
The failing cases are strict xfails.

Still held out after round 89 (developed on sets 117 and 118: a cookie banner opening with the word needs the banner's
words after it; a headline alone at the top of the page stays the title; more-on-the-subject links naming a topic and
photo-gallery labels with a caption; bylines under the labels of a piece and its writer with a desk or page; editor's
notices (archive article, updated after the print deadline, authorised by the interviewees, sent in by an office, photo
from a press office); not-medical-advice disclaimers; this set was written against 5114cb6, before it; measured once
with ``scripts/clean_held_out_report.py --sets 120`` at d60dfc8): noise lines removed 20 -> 21/45 (byline 3 -> 4/8: the
English words-and-pictures byline with the reporter's beat), keep lines 20/20, pages clean 0/12 (unchanged), page noise
lines left 36 -> 36 of 240, article lines lost 1 of 120 (unchanged: the rain-gauge blog's last list row after its pin-it
prompt).

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
after: noise lines removed 21 -> 44/45 (marker 2 -> 8/8, byline 4 -> 8/8, footer 4 -> 8/8, comments 1 -> 8/8, notice 1
-> 3/3, reading-time 6/7 and share 3/3 unchanged), keep lines 20/20, pages clean 0/12 (unchanged), page noise lines left
36 -> 31 of 240 (the compost blog's bookmark prompt and its thread: plug, count, comment and reply), article lines lost
1 -> 0 of 120 (the rain-gauge blog's last list row); pytest 41 passed, 36 xfailed -> 64 passed, 13 xfailed. Two page
reasons reworded (en-blog-soggyfunnel-raingauge, ru-blog-komposterkuzmicha-kompost). Still missed: the English blog's
long-post reading estimate; the portals' mastheads, photo captions and credits under the title, the French chart, German
map and Russian map placeholders without a service named, the newsletter prompts between list rows, the Polish portal's
author, date and paid-notice label, the blogs' photo captions, no-sponsorship and no-advertising lines and the English
and French blogs' plugs at the foot.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_120_LINES: list[tuple[str, str, str]] = [
    # scraper, embed and ad markers
    ("body", "Interactive graphic by Datawrapper. If it doesn't appear, tap here to open it in a new window.",
     "marker"),
    ("body", "Windy.com forecast widget blocked by your browser settings – allow scripts to see the wind map.",
     "marker"),
    ("body", "Watch on TikTok: this clip is hidden because third-party embeds are switched off.", "marker"),
    ("body", "Carte uMap indisponible : autorisez les contenus tiers pour afficher le tracé de la digue.", "marker"),
    ("body", "Hier steht ein Spotify-Podcast. Mit einem Klick auf „Laden“ stimmen Sie der Übermittlung an Spotify zu.",
     "marker"),
    ("body", "Contenuto di TikTok non visualizzato: modifica le preferenze sui cookie per vederlo.", "marker"),
    ("body", "Tu powinna pojawić się interaktywna mapa jakości powietrza z serwisu Airly. Odśwież stronę.", "marker"),
    ("body", "Карта Яндекса не загрузилась — разрешите сторонние cookie или откройте её в приложении.", "marker"),
    # reading-time headers
    ("head", "5 min read · 7 min listen", "reading-time"),
    ("head", "This post is on the long side (around twelve minutes), so the quick answer is in the box at the bottom.",
     "reading-time"),
    ("head", "⏱ 3 min de lecture", "reading-time"),
    ("head", "In 3 Minuten gelesen", "reading-time"),
    ("head", "Lettura da 3 minuti", "reading-time"),
    ("head", "Przeczytasz w 3 minuty", "reading-time"),
    ("head", "На прочтение уйдёт 3 минуты", "reading-time"),
    # bylines and self-promotion
    ("head", "Words: Elspeth Pelleworth, environment correspondent · Pictures: staff photographer", "byline"),
    ("tail", "Prints of these night-sky shots are available through my Redbubble shop.", "byline"),
    ("tail", "My book, The Patient Compost Heap, is out now from all good bookshops.", "byline"),
    ("head", "Propos recueillis par Maëlys Corbinage", "byline"),
    ("head", "Eine Recherche von Jorinde Hesselgrub und Timo Fennwalder", "byline"),
    ("tail", "Ogni giovedì sera sono in diretta su Twitch a parlare di funghi: passate a trovarmi!", "byline"),
    ("head", "Z Mewina Nadmorskiego relacjonuje Weronika Zdrojkowiak", "byline"),
    ("tail", "Мои снимки звёздного неба продаются в виде принтов — пишите в личку ВКонтакте.", "byline"),
    # blog and site footers
    ("tail", "This newspaper is regulated by IPSO. To complain, see the editorial code page.", "footer"),
    ("tail", "Hand-coded in plain HTML, hosted on Neocities.", "footer"),
    ("tail", "No cookies, no trackers, no ads – just one person writing about compost.", "footer"),
    ("tail", "Directeur de la publication : Armel Quéronnec – CPPAP 0000 W 00000", "footer"),
    ("tail", "Mitglied im Deutschen Presserat – wir halten uns an den Pressekodex.", "footer"),
    ("tail", "Questo blog non rappresenta una testata giornalistica: viene aggiornato senza alcuna periodicità "
     "(legge n. 62 del 7.03.2001).", "footer"),
    ("tail", "Wydawca: Stowarzyszenie Czysty Brzeg, KRS 0000000000, NIP 0000000000", "footer"),
    ("tail", "Сетевое издание зарегистрировано Роскомнадзором, Эл № ФС00-00000 от 01.01.2020.", "footer"),
    # reader-comment furniture
    ("tail", "Comments on this story will close at midnight on Friday.", "comments"),
    ("tail", "Markdown is allowed in comments; links are held for review.", "comments"),
    ("tail", "Tap the bell to follow this discussion.", "comments"),
    ("tail", "Trier par : les plus récents ▾", "comments"),
    ("tail", "Diskussion geschlossen – vielen Dank für Ihre Beiträge.", "comments"),
    ("tail", "Nessun commento ancora. Rompi il ghiaccio!", "comments"),
    ("tail", "Komentarze są widoczne tylko dla zalogowanych czytelników.", "comments"),
    ("tail", "Чтобы оставить комментарий, подтвердите номер телефона.", "comments"),
    # share rows
    ("tail", "Share via: Reddit · Pinterest · Flipboard · Email", "share"),
    ("tail", "Faites circuler : Facebook – Pinterest – Reddit – Copier l'adresse", "share"),
    ("tail", "Condividi su Reddit, Pinterest, LinkedIn oppure stampa la pagina", "share"),
    # notices
    ("body", "Transparenzhinweis: Die Stadtwerke sind Anzeigenkunde unseres Verlags.", "notice"),
    ("body", "Tekst powstał w ramach projektu dofinansowanego ze środków gminy.", "notice"),
    ("tail", "Публикация подготовлена при поддержке регионального фонда охраны природы.", "notice"),
]

HELD_OUT_120_KEEP: list[tuple[str, str]] = [
    ("head", "Share prices of the water company fell after the hosepipe ban was announced."),
    ("head", "Comments from residents filled three pages of the wind farm's consultation report."),
    ("head", "Sponsored walks along the flood bank raised £4,000 for the lifeboat station."),
    ("body", "Reading the rain gauge at nine every morning became a habit for the whole street."),
    ("tail", "Subscribers to the council's flood alerts got a text message at four in the morning."),
    ("tail", "Photo by photo, the volunteers logged every fallen tree on the common."),
    ("tail", "Advertisements for the beach clean-up were painted on driftwood by the primary school."),
    ("head", "Partager l'eau entre agriculteurs et communes reste le point le plus délicat, selon la préfecture."),
    ("body", "Lire le pluviomètre chaque matin, c'est ce que fait Denise depuis quarante ans."),
    ("tail", "Abonnés au service d'alerte, les riverains ont été prévenus deux heures avant la crue."),
    ("head", "Anzeige erstattet hat die Gemeinde wegen der illegal gefällten Eichen am Uferweg."),
    ("body", "Kommentare der Anwohner zum Windpark füllen inzwischen zwei Aktenordner."),
    ("tail", "Newsletter und Aushänge der Gemeinde hatten zur Müllsammelaktion am Strand aufgerufen."),
    ("head", "Seguire le previsioni non è bastato: gli alberi caduti hanno bloccato la provinciale per due giorni."),
    ("body", "Commentando i dati della centralina, l'assessore ha parlato di un inverno eccezionale."),
    ("tail", "Iscritti all'associazione micologica, i due cercatori avevano il tesserino regolare."),
    ("head", "Reklamacje mieszkańców dotyczyły głównie hałasu z planowanych turbin."),
    ("tail", "Udostępnione przez sanepid wyniki pomiarów pokazują poprawę jakości powietrza."),
    ("body", "Подписчики городского паблика первыми сообщили о поваленных деревьях."),
    ("tail", "Поделиться водой с соседями жители посёлка решили сами, без указаний администрации."),
]

HELD_OUT_120_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-skelderwick-flooddefences", [
        ["-Skip to main content", "-Skelderwick Courier – the paper for the Lunnow valley",
         "-Home › News › Environment"],
        ["+Lunnow flood wall finished two months early, but the Quayside gap stays open"],
        ["-By Harriet Moss, local democracy reporter", "-Tuesday 3 November 2026, 06:00 GMT",
         "-Listen to this article · 4 min",
         "-Updated 2 hours ago", "-The new wall along Riverside Walk, photographed on Monday afternoon.",
         "-Photograph: Skelderwick Courier"],
        ["+The £6.2m flood wall along the River Lunnow was handed over to the council on Monday, two months ahead of "
         "schedule."],
        ["-Graphic: Lunnow river levels since 2000 (interactive – requires JavaScript)"],
        ["+The Environment Agency says the wall protects 340 homes and 60 businesses from a flood of the size seen in "
         "February 2020."],
        ["+\"We can finally sleep when it rains,\" said Maureen Athey, whose cellar flooded three times in ten years."],
        ["-Read more: Sandbag store moves to the fire station", "-Sponsored content"],
        ["+What is still to be done"],
        ["+Demountable barriers for the Quayside gap, due next autumn",
         "-Get the Courier's morning briefing in your inbox – sign up free",
         "+A new pumping station behind the rugby club", "+Flood doors for 28 cottages on Tanner's Row"],
        ["+The Quayside gap was left open because traders feared a permanent wall would cut the market off from the "
         "river."],
        ["+The council will hold a drop-in session on the barriers at the library on 14 November."],
        ["-14 comments", "-RiversideRob: Well done to the crews who worked through the summer.",
         "-↳ Lunnow_Lass: Shame about the Quayside, we're still exposed down there.",
         "-↳ ↳ RiversideRob: The barriers should fix that, fingers crossed.",
         "-Gillian K.: Who pays for the flood doors on Tanner's Row?",
         "-Read our community guidelines before posting", "-© 2026 Skelderwick Courier Ltd. All rights reserved."],
    ]),
    _page("en", "en-blog-soggyfunnel-raingauge", [
        ["-The Soggy Funnel", "-Home · Readings · Kit · About"],
        ["+Why my two rain gauges never agree"],
        ["-Posted 11 October 2026 by Declan", "-About a 6 minute read", "-Filed under: Measuring, Kit",
         "-Some links below are affiliate links; I earn a little if you buy through them."],
        ["+For a whole year I ran a cheap plastic gauge and a proper copper one side by side on the back lawn."],
        ["-In this post", "-The setup", "-What the numbers said", "-What I changed"],
        ["+The plastic one read low almost every week, sometimes by as much as a fifth."],
        ["+A retired Met Office observer at the club put it simply: \"Wind is the enemy of every rain gauge.\""],
        ["-The two gauges on the lawn, a metre apart, in March."],
        ["+Three things that made the difference"],
        ["+Setting the rim exactly 30 cm above the grass", "+Moving both gauges away from the fence"],
        ["-Pin this for later!"],
        ["+Reading them at the same time every morning"],
        ["+After the move, the two gauges agreed within a millimetre on most days."],
        ["-You might also like: Building a wind shield from garden netting"],
        ["+I'll keep both running through the winter and post the totals in January."],
        ["-I send the monthly totals out as a short newsletter – the sign-up box is in the sidebar.", "-6 responses",
         "-Patricia W.: Mine reads high, not low – I think the neighbour's roof splashes into it.",
         "-↳ Declan (author): Could well be, try moving it two metres out.",
         "-↳ ↳ Patricia W.: Moved it, and now it matches the village station.",
         "-Leave a reply (your name is required, everything else optional)",
         "-Proudly powered by WordPress | Theme: Twenty Twenty-Four"],
    ]),
    _page("fr", "fr-portail-saintemauvrelle-canicule", [
        ["-Aller au contenu principal", "-L'Écho de Sainte-Mauvrelle – l'info de la vallée",
         "-Accueil > Actualités > Environnement"],
        ["+Canicule : arrosage interdit et piscines privées à sec jusqu'à nouvel ordre"],
        ["-Par Jérôme Tastavin", "-Publié le 12/08/2026 à 07h15, mis à jour à 11h40", "-Écouter l'article",
         "-Temps de lecture : 2 min", "-Le lit de la rivière, presque à sec, près du moulin.", "-Photo L'Écho / J. T."],
        ["+La préfecture a placé la commune en alerte renforcée sécheresse mercredi, après trois semaines sans pluie."],
        ["-Graphique interactif : le débit de la rivière depuis juin. Activez JavaScript pour l'afficher."],
        ["+L'arrosage des jardins, le lavage des voitures et le remplissage des piscines sont interdits jusqu'à nouvel "
         "ordre."],
        ["+« Nous pompons déjà au plus bas de la nappe », explique Hélène Vasseur, adjointe chargée de l'eau."],
        ["-À lire aussi : Les fontaines coupées dans le centre-ville", "-Annonce"],
        ["+Ce qui reste autorisé"],
        ["+L'arrosage des potagers entre 20 h et 8 h"],
        ["-Recevez chaque matin notre lettre d'information gratuite"],
        ["+Le remplissage des abreuvoirs pour les animaux",
         "+Le lavage en station professionnelle équipée d'un recyclage"],
        ["+Les contrevenants s'exposent à une amende pouvant aller jusqu'à 1 500 euros."],
        ["+Un point sur la situation sera fait lundi en mairie avec les agriculteurs."],
        ["-Réactions (11)", "-Gégé_du_moulin : Et les golfs, ils arrosent toujours ?",
         "-↳ Sylvie R. : Le golf est aussi concerné, c'est dans l'arrêté.",
         "-↳ ↳ Gégé_du_moulin : Merci, je n'avais pas lu jusqu'au bout.", "-Annie74 : Enfin une décision claire.",
         "-Signaler un contenu illicite", "-© L'Écho de Sainte-Mauvrelle 2026 – Mentions légales – Cookies"],
    ]),
    _page("fr", "fr-blog-montastiede-compost", [
        ["-Mon Tas Tiède", "-Accueil | Le blog | Qui suis-je ?"],
        ["+Mon compost ne chauffait pas : ce que j'ai changé cet été"],
        ["-Le 2 septembre 2026, par Odette", "-Article à lire en 5 minutes", "-Rubrique : Compostage",
         "-Cet article n'est pas sponsorisé."],
        ["+Pendant deux ans, mon bac à compost est resté froid et humide, même en plein mois de juillet."],
        ["-Sommaire", "-Le problème", "-Les changements", "-Le résultat"],
        ["+J'y mettais surtout des épluchures et des tontes, presque jamais de matière sèche."],
        ["+Un maître composteur de la commune m'a dit : « Il faut autant de brun que de vert, sinon ça pourrit. »"],
        ["-Mon bac en bois, derrière le cabanon, en août."],
        ["+Les trois changements"],
        ["+Ajouter du carton brun à chaque apport", "+Retourner le tas tous les quinze jours",
         "-Enregistrez cette astuce sur Pinterest", "+Couvrir le bac pendant les grosses pluies"],
        ["+Début août, le thermomètre planté au cœur du tas indiquait 55 degrés."],
        ["-Vous aimerez aussi : Le lombricomposteur sur le balcon"],
        ["+Le compost sera prêt pour les semis de printemps, si tout va bien."],
        ["-Mon petit guide du compost en bac est disponible en PDF dans la boutique du blog.", "-4 commentaires",
         "-Roselyne : Merci, je mettais beaucoup trop de tontes moi aussi !",
         "-↳ Odette : Ça arrive à tout le monde, ajoutez du carton.",
         "-↳ ↳ Roselyne : C'est fait, on verra dans un mois.",
         "-Votre adresse de messagerie ne sera pas publiée.", "-Blog propulsé par Dotclear"],
    ]),
    _page("de", "de-portal-broeckelhagen-windpark", [
        ["-Zum Inhalt springen", "-Bröckelhagener Bote – Nachrichten aus Stadt und Land",
         "-Startseite > Lokales > Umwelt"],
        ["+Windpark bei Bröckelhagen: Bürger dürfen bis Ende Januar Einwände einreichen"],
        ["-Von Martina Ewers", "-03.12.2026, 18:32 Uhr", "-Artikel anhören", "-Lesezeit: 3 Minuten",
         "-Vier der sechs Anlagen sollen auf der Ackerfläche hinter dem Sportplatz stehen.",
         "-Foto: Bröckelhagener Bote / Archiv"],
        ["+Die Pläne für sechs Windräder zwischen Bröckelhagen und dem Nachbarort liegen seit Montag im Rathaus aus."],
        ["-Externer Inhalt: Hier finden Sie eine Karte von OpenStreetMap. Zum Anzeigen bitte aktivieren."],
        ["+Jeder Bürger kann bis zum 31. Januar schriftlich Einwände gegen das Vorhaben erheben."],
        ["+„Wir wollen, dass die Leute mitreden, bevor die Bagger kommen“, sagte Bürgermeister Klaus Dörrmann."],
        ["-Lesen Sie auch: Solarpark auf der alten Deponie genehmigt", "-Werbung"],
        ["+So läuft das Verfahren"],
        ["+Einsicht in die Pläne im Rathaus, Zimmer 12"],
        ["-Jetzt kostenlos den Bote-Newsletter abonnieren"],
        ["+Einwände schriftlich oder zur Niederschrift", "+Erörterungstermin voraussichtlich im März"],
        ["+Der Betreiber rechnet mit einem Baubeginn frühestens im Herbst 2027."],
        ["+Eine Bürgerinitiative hat bereits 400 Unterschriften gegen den Standort gesammelt."],
        ["-Kommentare (9)", "-Heide_W: Endlich wird hier auch mal was für die Energiewende getan.",
         "-↳ Gerd1961: Aber bitte nicht 600 Meter von den Häusern entfernt.",
         "-↳ ↳ Heide_W: Der Abstand ist laut Plan 900 Meter.", "-Lutz B.: Wo kann man die Pläne online einsehen?",
         "-Kommentar melden", "-Impressum | Datenschutz | AGB"],
    ]),
    _page("de", "de-blog-nachtkladde-sternenhimmel", [
        ["-Nachtkladde", "-Start · Fotos · Ausrüstung · Über mich"],
        ["+Die Milchstraße über dem Moor: meine erste Nacht mit Nachführung"],
        ["-14. September 2026 · Jannik", "-Etwa 7 Minuten Lesezeit", "-Kategorie: Astrofotografie",
         "-Enthält Affiliate-Links (*)"],
        ["+Seit Jahren fotografiere ich den Nachthimmel, aber immer nur mit Stativ und kurzen Belichtungen."],
        ["-Inhaltsverzeichnis", "-Die Ausrüstung", "-Die Nacht im Moor", "-Die Bearbeitung"],
        ["+Im August habe ich mir endlich eine kleine Nachführung gekauft und sie im Moor ausprobiert."],
        ["+Ein Bekannter aus der Sternwarte sagte mir: „Das Einnorden dauert beim ersten Mal länger als die ganze "
         "Aufnahme.“"],
        ["-Die Milchstraße über dem Moor, 40 Aufnahmen zu je 60 Sekunden."],
        ["+Was ich beim nächsten Mal anders mache"],
        ["+Den Polsucher schon zu Hause justieren", "+Eine zweite Akku-Ladung einpacken"],
        ["-Merk dir diesen Beitrag auf Pinterest"],
        ["+Die Heizmanschette gegen Tau nicht vergessen"],
        ["+Trotz aller Pannen sind zwei Bilder entstanden, mit denen ich wirklich zufrieden bin."],
        ["-Das könnte dich auch interessieren: Lichtverschmutzung messen mit dem Handy"],
        ["+Im Oktober will ich es mit dem Andromedanebel versuchen."],
        ["-Meine Bilder gibt es auch als Kalender 2027 – Infos im Shop.", "-3 Kommentare",
         "-Sternguckerin: Wahnsinn, wie klar der Himmel da war!",
         "-↳ Jannik: Danke! Das Moor ist wirklich einer der dunkelsten Orte hier.",
         "-↳ ↳ Sternguckerin: Dann komme ich im Oktober mit.",
         "-Mit dem Absenden akzeptierst du die Datenschutzerklärung.", "-Ein privater Blog – betrieben mit Ghost"],
    ]),
    _page("it", "it-portale-valdorsena-tempesta", [
        ["-Vai al contenuto", "-Il Corriere di Valdorsena – notizie dalla valle", "-Home » Cronaca » Maltempo"],
        ["+Tempesta di vento nella notte: cento alberi caduti, chiusa la provinciale"],
        ["-di Federica Marangoni", "-4 novembre 2026 – 08:20", "-Ascolta l'articolo", "-Tempo di lettura: 3 minuti",
         "-I vigili del fuoco al lavoro sulla strada provinciale all'alba.", "-Foto: Corriere di Valdorsena"],
        ["+Raffiche fino a 110 chilometri orari hanno abbattuto nella notte più di cento alberi tra Valdorsena e le "
         "frazioni."],
        ["-Il video non è disponibile. Accetta i cookie di terze parti per riprodurlo."],
        ["+La strada provinciale è rimasta chiusa fino a metà mattina per rimuovere i tronchi."],
        ["+«Non vedevo un vento così dal 1987», ha detto il sindaco Renato Ceccarelli."],
        ["-Leggi anche: Allerta arancione prorogata fino a giovedì", "-Pubblicità"],
        ["+I danni principali"],
        ["+Il tetto della palestra comunale scoperchiato",
         "-Iscriviti alla newsletter del Corriere: ogni mattina le notizie della valle",
         "+Due auto danneggiate in via dei Tigli", "+Blackout per 600 famiglie fino alle 13"],
        ["+Il Comune ha chiesto alla Regione lo stato di calamità."],
        ["+Le scuole resteranno chiuse anche domani per i controlli sugli alberi dei cortili."],
        ["-8 commenti", "-Marco_V: Da noi in frazione il vento ha portato via mezza serra.",
         "-↳ Lucia T.: Anche da noi, una notte terribile.", "-↳ ↳ Marco_V: Speriamo arrivino i rimborsi.",
         "-Gino54: Gli alberi lungo la provinciale andavano potati da anni.", "-Segnala abuso",
         "-© 2026 Il Corriere di Valdorsena – Tutti i diritti riservati"],
    ]),
    _page("it", "it-blog-lamellestorte-funghi", [
        ["-Lamelle Storte", "-Home | Uscite | Schede | Chi sono"],
        ["+Primi porcini d'ottobre: una mattina nel bosco dopo la pioggia"],
        ["-Pubblicato il 9 ottobre 2026 da Beppe", "-Tempo di lettura: circa 5 minuti", "-Categoria: Uscite nel bosco",
         "-Nessun contenuto sponsorizzato in questo articolo."],
        ["+Dopo tre giorni di pioggia sono salito nel bosco di castagni prima dell'alba."],
        ["-Indice dei contenuti", "-Il bosco", "-La raccolta", "-La pulizia"],
        ["+In due ore ho trovato undici porcini, quasi tutti sotto i castagni al margine del sentiero."],
        ["+Il micologo dell'associazione ripete sempre: «Nel dubbio, il fungo resta nel bosco.»"],
        ["-Il cestino a fine mattina, con i porcini più grandi in alto."],
        ["+Cosa portare con sé"],
        ["+Un cestino di vimini, mai sacchetti di plastica", "+Un coltellino e una spazzola",
         "-Salva questo post su Pinterest", "+Il tesserino e il regolamento regionale"],
        ["+A casa li ho puliti con la spazzola, senza mai lavarli sotto l'acqua."],
        ["-Potrebbe interessarti anche: Come essiccare i funghi in forno"],
        ["+Sabato prossimo proverò la faggeta sopra il lago."],
        ["-Il mio quaderno delle schede sui funghi è in vendita nel negozio del blog.", "-5 commenti",
         "-Silvana: Che bottino! Da noi ancora niente.", "-↳ Beppe: Aspetta la prossima pioggia, usciranno.",
         "-↳ ↳ Silvana: Speriamo, il cestino è pronto.", "-Il tuo indirizzo email non sarà pubblicato.",
         "-Tutti i testi e le foto sono dell'autore"],
    ]),
    _page("pl", "pl-portal-mewinnadmorski-plaza", [
        ["-Przejdź do treści", "-Mewin24 – wiadomości z gminy i wybrzeża", "-Strona główna / Wiadomości / Ekologia"],
        ["+Trzystu wolontariuszy posprzątało plażę. Zebrali ponad tonę śmieci"],
        ["-Joanna Brzezińska", "-Data publikacji: 20.09.2026, 19:05", "-Posłuchaj artykułu", "-Czas czytania: 3 min",
         "-Wolontariusze z workami na plaży przy zejściu nr 14.", "-Fot. Mewin24"],
        ["+W sobotę rano na plaży w Mewinie Nadmorskim pojawiło się blisko trzystu wolontariuszy."],
        ["-Materiał wideo jest niedostępny. Włącz obsługę plików cookies, aby go odtworzyć."],
        ["+W ciągu czterech godzin zebrali ponad tonę odpadów, głównie plastiku i niedopałków."],
        ["+„Najwięcej było kapsli i niedopałków, zwłaszcza przy wejściach na plażę” – mówi organizatorka akcji, "
         "Marta Kwiecień."],
        ["-Czytaj także: Nowe kosze na segregację przy promenadzie", "-Ogłoszenie płatne"],
        ["+Co znaleziono na plaży"],
        ["+Ponad 4 tysiące niedopałków"],
        ["-Zapisz się do newslettera Mewin24"],
        ["+Fragmenty sieci rybackich", "+Dwie opony i stary leżak"],
        ["+Gmina zapowiada, że przy zejściach na plażę staną nowe popielniczki."],
        ["+Kolejne sprzątanie zaplanowano na koniec kwietnia."],
        ["-Komentarze (6)", "-Bałtyk_fan: Brawo dla wszystkich, byłam z córką!",
         "-↳ Zbyszek: Szkoda, że latem znowu będzie to samo.", "-↳ ↳ Bałtyk_fan: Dlatego trzeba sprzątać co roku.",
         "-Ewa K.: Kiedy następna akcja?", "-Zgłoś naruszenie", "-© 2026 Mewin24. Wszelkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-pluwiografzbalkonu-deszczomierz", [
        ["-Pluwiograf z Balkonu", "-Start • Pomiary • Sprzęt • O mnie"],
        ["+Deszczomierz na balkonie w bloku – czy to ma sens?"],
        ["-Opublikowano 5 października 2026 przez Tomka", "-Czas lektury: ok. 4 minut", "-Kategoria: Pomiary",
         "-Wpis nie jest sponsorowany."],
        ["+Mieszkam na czwartym piętrze i przez długi czas myślałem, że pomiar opadów nie jest dla mnie."],
        ["-Spis treści", "-Gdzie powiesić deszczomierz", "-Wyniki z lata", "-Wnioski"],
        ["+W maju przykręciłem prosty deszczomierz do barierki, jak najdalej od ściany."],
        ["+Kolega z grupy meteo ostrzegał: „Na balkonie zawsze złapiesz mniej, bo budynek osłania przed deszczem.”"],
        ["-Mój deszczomierz przykręcony do barierki balkonu."],
        ["+Co zauważyłem po trzech miesiącach"],
        ["+Przy wietrze z zachodu pomiar jest zaniżony", "+Burze dają wyniki zbliżone do stacji"],
        ["-Zapisz na Pintereście"],
        ["+Zimą pomiar śniegu nie ma sensu"],
        ["+Latem moje sumy różniły się od pobliskiej stacji o mniej niż dziesięć procent."],
        ["-Może Cię zainteresować: Domowa klatka meteorologiczna za 50 złotych"],
        ["+Zimą deszczomierz zdejmę i wrócę do pomiarów wiosną."],
        ["-Wyniki pomiarów wrzucam na bieżąco na moim profilu na Instagramie.", "-5 komentarzy",
         "-Agnieszka: Ja mam deszczomierz na parapecie, ten sam problem!",
         "-↳ Tomek: Spróbuj wysunąć go dalej na wysięgniku.", "-↳ ↳ Agnieszka: Dobry pomysł, dzięki.",
         "-Komentarz zostanie opublikowany po akceptacji.", "-Szablon: Simple, obsługiwane przez Blogger"],
    ]),
    _page("ru", "ru-portal-sosnovoyarsk-vozdukh", [
        ["-Перейти к содержимому", "-Сосновоярский вестник — новости города", "-Главная / Новости / Экология"],
        ["+На Заводской улице установили датчик качества воздуха"],
        ["-Автор: Ольга Лаптева", "-15 ноября 2026, 09:10", "-Слушать статью", "-Время чтения: 2 минуты",
         "-Датчик закреплён на фонарном столбе у остановки.", "-Фото: «Сосновоярский вестник»"],
        ["+Первый в городе датчик качества воздуха заработал на Заводской улице в пятницу."],
        ["-Интерактивная карта загрязнения не отображается в вашем браузере."],
        ["+Он каждые десять минут передаёт данные о мелкой пыли и диоксиде азота."],
        ["+«Жители давно жаловались на запах по вечерам, теперь у нас будут цифры», — сказал эколог Андрей Соболев."],
        ["-Читайте также: Как проверить воду из колодца", "-Реклама"],
        ["+Что измеряет датчик"],
        ["+Мелкие частицы PM2,5 и PM10", "-Подпишитесь на нашу рассылку", "+Диоксид азота",
         "+Температуру и влажность воздуха"],
        ["+Данные будут публиковаться на сайте администрации раз в сутки."],
        ["+Если эксперимент удастся, к весне появятся ещё три датчика."],
        ["-Комментарии: 7", "-Марина: Наконец-то! Вечером у остановки дышать нечем.",
         "-↳ Игорь С.: А кто будет проверять сам датчик?", "-↳ ↳ Марина: Говорят, раз в квартал приезжают из области.",
         "-Виктор: Поставьте такой же у школы.", "-Пожаловаться на комментарий",
         "-© 2026 «Сосновоярский вестник». Все права защищены."],
    ]),
    _page("ru", "ru-blog-komposterkuzmicha-kompost", [
        ["-Компостер Кузьмича", "-Главная · Дача · Компост · Обо мне"],
        ["+Тёплый компост за одно лето: мой опыт с опилками"],
        ["-20 августа 2026 · Кузьмич", "-Читается за 5 минут", "-Рубрика: Компост",
         "-Реклама в этом посте отсутствует."],
        ["+Три года мой компост на даче лежал мёртвой кучей и не грелся даже в жару."],
        ["-Содержание", "-Что было не так", "-Опилки и навоз", "-Итог"],
        ["+Этим летом я начал перекладывать слои травы опилками и навозом от соседа."],
        ["+Сосед сказал мне просто: «Куча должна дышать, а не киснуть»."],
        ["-Компостный ящик за баней, конец июля."],
        ["+Что я делал каждую неделю"],
        ["+Перелопачивал кучу вилами", "+Поливал её в сухую погоду"],
        ["-Сохраните пост в закладки, пригодится весной"],
        ["+Накрывал старым ковром от дождя"],
        ["+К августу внутри кучи было горячо, а от неё шёл пар по утрам."],
        ["-Вам может понравиться: Грядка-лазанья за выходные"],
        ["+Весной этот компост пойдёт под огурцы."],
        ["-Про дачу я ещё пишу в свой Телеграм-канал — ссылка в шапке блога.", "-Комментариев: 4",
         "-Нина Петровна: А опилки не закисляют почву?", "-↳ Кузьмич: Немного, поэтому добавляю золу.",
         "-↳ ↳ Нина Петровна: Спасибо, попробую.", "-Комментарий появится после проверки модератором.",
         "-Блог работает на Blogger, фото автора"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "This post is on the long side (around twelve minutes), so the quick answer is in the box at the bottom.":
        "an English blog's long-post reading estimate ('This post is on the long side (around twelve minutes), so the "
        "quick answer is in the box at the bottom.') is left at the head",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-soggyfunnel-raingauge":
        "the rain-gauge blog's two-gauges post keeps its photo caption ('The two gauges on the lawn, a metre apart, in "
        "March.') between the paragraph with the quote and the subheading and its newsletter plug ('I send the monthly "
        "totals out as a short newsletter – the sign-up box is in the sidebar.') at the foot (2 of 20 noise lines)",
    'fr-portail-saintemauvrelle-canicule':
        ("the local paper's heatwave story keeps its masthead ('L'Écho de Sainte-Mauvrelle – l'info de la vallée') "
         "above the title, its photo caption and credit ('Le lit de la rivière, presque à sec, près du moulin.', "
         "'Photo L'Écho / J. T.') under the title and its interactive-chart placeholder ('Graphique interactif : le "
         "débit de la rivière depuis juin. Activez JavaScript pour l'afficher.') between the first and second "
         'paragraphs (4 of 20 noise lines); since round 128 "L\'Écho de Sainte-Mauvrelle – l\'info de la vallée", '
         '\'Le lit de la rivière, presque à sec, près du moulin.\', "Photo L\'Écho / J. T." go, 1 of 20 noise lines '
         'left'),
    "fr-blog-montastiede-compost":
        "the compost blog's warm-heap post keeps its photo caption ('Mon bac en bois, derrière le cabanon, en août.') "
        "between the paragraph with the quote and the subheading and its PDF-guide plug ('Mon petit guide du compost "
        "en bac est disponible en PDF dans la boutique du blog.') at the foot (2 of 20 noise lines)",
    "de-portal-broeckelhagen-windpark":
        "the local paper's wind-farm story keeps its masthead ('Bröckelhagener Bote – Nachrichten aus Stadt und "
        "Land') above the title, its photo caption ('Vier der sechs Anlagen sollen auf der Ackerfläche hinter dem "
        "Sportplatz stehen.') under the title and its OpenStreetMap placeholder ('Externer Inhalt: Hier finden Sie "
        "eine Karte von OpenStreetMap. Zum Anzeigen bitte aktivieren.') between the first and second paragraphs (3 "
        "of 20 noise lines)",
    "de-blog-nachtkladde-sternenhimmel":
        "the night-sky blog's Milky Way post keeps its photo caption ('Die Milchstraße über dem Moor, 40 Aufnahmen zu "
        "je 60 Sekunden.') between the paragraph with the quote and the subheading (1 of 20 noise lines)",
    "it-blog-lamellestorte-funghi":
        "the mushroom blog's porcini post keeps its no-sponsorship line ('Nessun contenuto sponsorizzato in questo "
        "articolo.') under the title and its photo caption ('Il cestino a fine mattina, con i porcini più grandi in "
        "alto.') between the paragraph with the quote and the subheading (2 of 20 noise lines)",
    "pl-portal-mewinnadmorski-plaza":
        "the local portal's beach clean-up story keeps its masthead ('Mewin24 – wiadomości z gminy i wybrzeża') above "
        "the title, its author's name, publication date and photo caption ('Joanna Brzezińska', 'Data publikacji: "
        "20.09.2026, 19:05', 'Wolontariusze z workami na plaży przy zejściu nr 14.') under the title and its "
        "paid-notice label ('Ogłoszenie płatne') between the paragraph with the quote and the subheading (5 of 20 "
        "noise lines)",
    "pl-blog-pluwiografzbalkonu-deszczomierz":
        "the rain-gauge blog's balcony post keeps its photo caption ('Mój deszczomierz przykręcony do barierki "
        "balkonu.') between the paragraph with the quote and the subheading (1 of 20 noise lines)",
    "ru-portal-sosnovoyarsk-vozdukh":
        "the local paper's air-quality story keeps its pollution-map placeholder ('Интерактивная карта загрязнения не "
        "отображается в вашем браузере.') between the first and second paragraphs (1 of 20 noise lines; its photo "
        "caption and credit under the title go since round 94)",
    "ru-blog-komposterkuzmicha-kompost":
        "the compost blog's sawdust post keeps its no-advertising line ('Реклама в этом посте отсутствует.') under "
        "the title and its photo caption ('Компостный ящик за баней, конец июля.') between the paragraph with the "
        "quote and the subheading (2 of 20 noise lines)",
}


test_held_out_120_line, test_held_out_120_line_is_kept, test_held_out_120_page = held_out_tests(
    HELD_OUT_120_LINES, HELD_OUT_120_KEEP, HELD_OUT_120_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
