"""Held-out set 73: written blind, weighted toward the noise the cleaner exists for, in shapes set 72's docstring does
not name: scraper, ad and republication markers (a scraped AdSense push snippet "(adsbygoogle = window.adsbygoogle ||
[]).push({});", an English republished-from-The-Conversation line with its read-the-original link, the English ad break
"Story continues below advertisement", the French "La suite après cette publicité", the German WordPress feed-footer
"Der Beitrag „...“ erschien zuerst auf ...", the Italian "L'articolo continua dopo la pubblicità", the Polish "Dalsza
część artykułu pod reklamą" and the Russian "Продолжение — после рекламы"); reading-time headers in new shapes (a
reading-time plugin's "Read Time:3 Minute, 12 Second", an English listen-and-read row "Listen · 7:41 | 4 min read", the
French "Lecture 3 min. · Publié le ...", the German "⏱ 4 Min. Lesedauer", the Italian "⌚ 3 minuti di lettura", the
Polish "Przeczytasz w 4 minuty" and the Russian "Время чтения: 4 минуты"); bylines and self-promotion (Blogger's English
"Posted by ... at 9:14 PM", an English buy-me-a-coffee-on-Ko-fi plug, an English become-a-paid-subscriber newsletter
plug, a French find-me-on-my-podcast plug, a German support-me-on-Steady plug, an Italian support-this-blog-on-Patreon
plug, a Polish buycoffee.to plug and a Russian subscribe-to-my-Boosty plug); blog and site-builder footers (Wix's "©
2026 by ... Proudly created with Wix.com", Substack's "Substack is the home for great culture", a Tumblr "Powered by
Tumblr · Theme by Pixel Union" row, the French "Hébergé par Overblog", Jimdo's German "Diese Website wurde mit Jimdo
erstellt.", the Italian "Creato con Webnode", the Polish "Strona stworzona w kreatorze WebWave" and the Russian "Сделано
на Tilda"); reader-comment furniture (a Disqus-style "Join the discussion… · Sort by Best" row, an English "View all 37
comments" link, an English comments-are-moderated note, the French comment-count heading "Vos réactions (4)", the German
"Ältere Kommentare anzeigen (9)", the Italian "Commenti (3) · Ordina per: più recenti", the Polish "Pokaż więcej
odpowiedzi (5)" and the Russian "Показать ещё 5 комментариев"); share rows (an English Threads, Mastodon, LinkedIn and
copy-link row, an Italian Telegram, LinkedIn, print and e-mail row and a Russian VK, Odnoklassniki, Telegram and
WhatsApp row); and notices (a French subscribers-only note, a German translated-with-AI-help note and a Polish
written-in-cooperation-with-a-firm note); and toward whole scraped news and opinion pages in layouts sets 58 to 72 did
not use (a regional portal's story on a pump fitted in a flooding railway underpass, with a comment, a paper's column on
a farm-gate honesty box stolen, with a comment, a home-cosmetics blog's essay on a first batch of cold-process soap with
a comment, a regional portal's story on a municipal campsite reopened by new managers, with a comment, a paper's column
on deposit-bottle rings fitted to litter bins, with a comment, a geocaching blog's essay on a first multi-cache, with a
comment, a regional portal's story on a new drinking-water kiosk in a square, with a comment, a paper's column on the
town band running short of players, with a comment, a car blog's essay on restoring a grandfather's small Fiat, with a
comment, a regional portal's story on a brine graduation tower built in a town park, with a comment, a regional portal's
story on a town's first dog-walking park, with a comment, and a restoration blog's essay on bringing an old samovar back
to use, with a comment).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 72), docs/ or README.md, nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 72 up to its first round paragraph, its imports,
its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three
test functions), printed with one ast script (/tmp/s73scratch/read72.py: ``ast.get_docstring`` split into paragraphs at
blank lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and
the ``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
72's, taken by a script (/tmp/s73scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 72 -> 73, then refilled after the measurement. Nothing below
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s73,
detached at commit 22f0e959c13dd0f51018dfc83591899cb474ff6c, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me: set 72's file was only printed through the ast
script above (its docstring cut held; the printed text ended with its Baseline paragraph), and the build script, which
read set 72's file to take its tail, printed nothing but the tail it wrote. At my first step, though, ``git status
--short | head`` in /work/main printed nothing (a clean working tree) and ``ls tests | grep held_out | tail -3`` listed
the names (not the contents) of the last three held-out files (sets 70 to 72). (2) The frozen worktree was made with
``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the
frozen commit is. The branch set73 was made from main; there this file (with the xfail tables filled) gives only passed
and xfailed tests, which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path,
which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s73scratch/stand) with stand-ins (a copy of
``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems``
only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category
and by language (from the ``# English`` ... comments), the keep lines by language and the pages by language, printed
each page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of
its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_73_LINES``. Its first run found one
overlap: the Italian water-kiosk page's comment heading "Commenti" is contained in the Italian comments line "Commenti
(3) · Ordina per: più recenti"; the heading became "I vostri commenti" and the second run found nothing. Set 72's own
construction of its pages table stands above ``def _marks`` and was not read: mine is a dict keyed by each case's name,
built from the ``_page`` pairs, and the test function unpacks it the way set 72's does. (5) At the measurement this
docstring was a placeholder; it was written afterwards, with the xfail tables. The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once
with ``_problems`` in the frozen worktree by a script (/tmp/s73scratch/problems.py) that ran it on every line, keep line
and page of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Montgueyrac, Castelvergone, Roccafossa,
Wrzosławice, Синеборск and Ellingcote had no hits; Ockenbury occurs only inside the surname Hockenbury, Fennock only
inside "Topfennockerl" and in a made-up street address, Chaudrac only inside "VorschauDrache", Calvisani only inside
"CalvisAnimation", Lindenmoor only as a coined name in code (lists of invented towns, invented firms, a fictional
apartment complex; to my memory there is no German town of that name), Kerdavel as an invented firm name in code (here a
surname), and Daalmann and Fabbriani are real surnames (a user name, test data, a list of Italian surnames, a brand),
used for invented people. Not checked, generic or invented at sight: Ockenbury Today, Ockenbury Media Ltd, the Westfield
estate, Station Road, The Fennock Courier, Fennock Courier Ltd, Mill Yard, L'Atelier de Lise, Montgueyrac Actu, SAS
Causse Numérique, the camping des Saulaies, Lindenmoorer Rundschau, Ferienhaus Dünenblick, Logbuch & Lupe, Gartenglück
am Hang, Vergone Notizie, Valle Comunicazione srl, piazza Martiri, Pian dei Salici, La Gazzetta di Roccafossa, Cantine
Belvedere, Ottica Bellandi, via del Borgo, Garaż pod Orzechem, Wrzosławice24.pl, Media Lokalne sp. z o.o., ulica
Ogrodowa, ul. Polna, Ogrody Lipka, Синеборск.Онлайн, Речная и Садовая улицы, микрорайон Заводской, Чердак и мастерская,
The Hedge Diaries and the podcast « Les Mains dans la terre »; "Westfield", "Station Road", "Belvedere", "Ogrodowa",
"Polna", "Садовая" and "Заводской" are common enough that real estates, streets, firms or districts carry them. The
people's names (Dan Merriweather, Priya Shevlin, Ben Corrigall, WestfieldWalker, Rosalind Keeble, the Pardoe family,
Margaret Pardoe, Hedgerow_Harry, Ruth Ellingcote, Lise, Odile, Nadège, Gaëlle and Yann Kerdavel, Alain Chaudrac, Martine
B., Henrike Daalmann, Klaus, B. Ostrowski, Malte, Fuchsbau42, Waldläuferin_Jo, Chiara Montebelli, Gianna R., Ettore
Calvisani, Renzo Fabbriani, Mirella, Tomek, pan Zdzisław, Marek_K, Halina Wiśniak, Дарья Ковалёва, Анна Горбунова,
Пётр_С, Гриша, Фёдор Ильич, Людмила) are invented, though ordinary names real people may bear; none is meant as a real
person. Phone, company, registry and registration numbers are zero-filled; the e-mail addresses use the reserved
.example domain. (7) Some lines name real things, as real pages do: Google AdSense's ``adsbygoogle`` snippet, The
Conversation and Creative Commons, Blogger's post-footer shape, Ko-fi, Substack, Wix.com, Tumblr and Pixel Union,
Disqus's sort row, Threads, Mastodon, LinkedIn, Overblog, Steady, Jimdo, Patreon, Webnode, buycoffee.to, WebWave,
Boosty, Tilda, VK (ВКонтакте), Odnoklassniki (Одноклассники), Telegram, WhatsApp, Instagram, Pinterest, the Fiat 126p
("Maluch") and the Syrena ("Syrenka"), geocaching's multi-caches, owners and GPX files, Brittany (Bretagne), Ferragosto,
Easter, the French RCS, the German Amtsgericht/HRA registry and Impressum, the Italian Tribunale registration and P.IVA,
the Polish KRS, budżet obywatelski and name-day line, the Russian media registration mark (ЭЛ № ФС), the 18+ age mark
and the Ctrl+Enter typo prompt. No real person is named. (8) Set 72's docstring names its own shapes and the earlier
sets' page layouts only, so some lines may repeat shapes of sets before 72 that I could not check; in particular "Story
continues below advertisement", the republished-from-The-Conversation line, the Disqus row, "View all ... comments" and
the Wix and Substack footers are common enough that an earlier set or a development list may hold them. Close to shapes
set 72 named: the German feed footer is the WordPress feed footer set 72 had in French, Italian and Polish, here in
German; the Ko-fi, paid-subscriber, podcast, Steady, Patreon, buycoffee.to and Boosty plugs are self-promotion like its
book, guide, workshop and course plugs, on other platforms; the footers are site-builder and platform rows like its
WordPress and Blogger rows, on other builders; the reading-time rows are reading-time rows in other words; the share
rows are share rows on other platforms; the comment lines are comment furniture other than its headers and closed lines.
Some page chrome repeats kinds of line set 72's docstring names among its left lines (affiliate notes, a
WhatsApp-channel prompt, a share prompt, ad labels between paragraphs), as real pages carry them. (9) My first step's
clock reading was 2026-12-04 05:20:25 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own
commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source of the funding", "Comments from the bus drivers", "Visit
any market town", "Share of households", "Posted by hand", "Powered by volunteers", "Advertising the vacancy", "Publié
en 1923", "Suivez le balisage", "Réagir vite", "Teilen wollten", "Anzeige gegen Unbekannt", "Mehr zum Thema Hochwasser",
"Leggi anche il verbale", "Condividere l'auto", "Iscriviti entro venerdì, chiede il Comune", "Udostępnienie boiska",
"Zobacz też, jak wyglądał rynek", "Источник воды" and "Читайте также протокол заседания, советует депутат" are article
sentences. The AdSense snippet, the republication line, the continue-after-the-ad lines and the German feed footer are
counted as markers; the reading-time and listen-and-read rows as reading-time lines; the Blogger post line and the
Ko-fi, paid-subscriber, podcast, Steady, Patreon, buycoffee.to and Boosty plugs as bylines; platform, theme and
site-builder rows as footers; the discussion row, comment links, the moderation note, the comment-count heading and the
sort row as comments; the share rows as share; the subscribers-only, AI-translation and cooperation notes as notices. On
every page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows and the last
paragraphs are article (10 lines a page: four rows and two last paragraphs, or three rows and three last paragraphs) and
everything else is noise (20 lines a page: six lines above the title, two under it, two between the first paragraph and
the paragraph with the quote, two between the list rows and the last paragraphs, eight at the foot); in particular site
names and taglines, menus, search boxes, sign-in, subscription and e-paper lines, date, weather, traffic, name-day and
breaking-news lines, breadcrumbs, section, column and category names, sponsor lines, shop offers, bylines, dates, update
and view-count lines, photo captions and credits, comment counts, gift-this-article, listen, bookmark, save and pin-it
buttons, map-download links, affiliate and commission notes, ad labels and ads, promoted stories, read-also, see-also
and previous-post links, newsletter, e-mail, WhatsApp, Telegram, Instagram and tip-off prompts, share prompts, tags,
most-read lists, commenter rows, comment texts, reply, report and like lines, author notes and opinion disclaimers,
letters addresses, typo prompts, age marks, publisher, registry, legal, privacy, cookie and copyright lines are noise.
The rows: en-portal-ockenbury-underpass "What the council has done", en-column-honesty-box "What an honesty stall gave
the lane" (three rows), fr-blog-savon "Ce que j'ai changé pour la troisième fournée", fr-portail-camping "Ce qui change
cet été", de-kolumne-pfandring "Was die Stadt ausprobiert" (three rows), de-blog-geocaching "Was ich beim nächsten Multi
mitnehme", it-portale-casa-acqua "Come funziona", it-rubrica-banda "Cosa servirebbe alla banda" (three rows),
pl-blog-maluch "Co trzeba było zrobić", pl-portal-teznia "Najważniejsze informacje" (three rows), ru-portal-vygul "Что
есть на площадке" and ru-blog-samovar "Что понадобилось", the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1)), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-portal-ockenbury-underpass (a regional news portal's story on an automatic pump, warning lights and a grille fitted
in a railway underpass that flooded three times in a winter, with a comment), en-column-honesty-box (a paper's opinion
column on a farm-gate honesty stall closed after its cash tin was stolen a third time, with a comment), fr-blog-savon (a
home-cosmetics blog's essay on two failed batches and one good batch of cold-process soap and a neighbour's advice, with
a comment), fr-portail-camping (a regional news portal's story on a municipal campsite reopened after two seasons under
a couple of new managers, with a comment), de-kolumne-pfandring (a paper's opinion column on deposit-bottle rings fitted
to town-centre litter bins, with a comment), de-blog-geocaching (a geocaching blog's essay on a first multi-cache lost
to a misread date on a boundary stone, with a comment), it-portale-casa-acqua (a regional news portal's story on a new
drinking-water kiosk in a village square, with a comment), it-rubrica-banda (a paper's opinion column on the town band
short of clarinets and pupils, with a comment), pl-blog-maluch (a car blog's essay on restoring a grandfather's Fiat
126p left in a barn since 1998, with a comment), pl-portal-teznia (a regional news portal's story on a brine graduation
tower built in a town park from the citizens' budget, with a comment), ru-portal-vygul (a regional news portal's story
on a town's first fenced dog-walking park, with a comment) and ru-blog-samovar (a restoration blog's essay on cleaning
and straightening a 1911 samovar found in a dacha attic, with a comment); every page holds a title, a subheading with
list rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 22f0e959c13dd0f51018dfc83591899cb474ff6c, measured with ``cd /tmp/wt-s73 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s73/src python -m pytest -q tests/test_clean_held_out_73.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s73 && PYTHONPATH=/tmp/wt-s73/src python
scripts/clean_held_out_report.py --sets 73`` (noise lines removed 43/45, article lines kept 18/20, pages clean 2/12,
page noise lines left 11 of 240), with the xfail tables empty): noise lines removed 43/45 (marker 8/8, reading-time 7/7,
byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 3/3; missed, both kept as paragraphs: the French "Retrouvez-moi
aussi dans mon podcast « Les Mains dans la terre », chaque jeudi sur toutes les plateformes d'écoute." and the French
"Vos réactions (4)"); keep lines kept 18/20 (lost: the English "Posted by hand to every house on the estate, the letter
asked residents to count the lorries for a week.", put at the foot of the article, and the Italian "Iscriviti entro
venerdì, chiede il Comune a chi vuole un posto nel nuovo orto collettivo.", put under the title); pages 2/12 clean
(pl-portal-teznia and ru-portal-vygul), 11 of 240 page noise lines left and 0 of 120 article lines lost:
en-portal-ockenbury-underpass 1 left ("Got a story? Message our newsroom on WhatsApp"); en-column-honesty-box 1 left
("These 7 garden tools are flying off the shelves this spring"); fr-blog-savon 1 left ("Enregistrer la recette ♡");
fr-portail-camping 1 left ("Photo : Les 42 emplacements ont été débroussaillés cet hiver. © Montgueyrac Actu");
de-kolumne-pfandring 1 left ("Merken ☆"); de-blog-geocaching 2 left ("Affiliate-Hinweis: Links zu Ausrüstung sind
Partnerlinks." and "Karte zur Tour öffnen (GPX, 48 KB)"); it-portale-casa-acqua 1 left ("Ricevi le notizie della valle
su WhatsApp: iscriviti al nostro canale"); it-rubrica-banda 1 left ("Regala questo articolo"); pl-blog-maluch 1 left
("Wpis zawiera linki afiliacyjne."); ru-blog-samovar 1 left ("Сохранить в закладки"). Of the left page lines none stands
above the title, under it or at the foot; nine stand between the first paragraph and the paragraph with the quote (the
underpass story's tip-off prompt, whose photo caption goes, the soap blog's save button, whose affiliate note goes, the
campsite story's photo caption, whose ad label "Publicité" goes, the bottle-ring column's bookmark button, whose listen
button goes, both lines of the geocaching blog, the band column's gift-this-article link, whose listen link goes, the
Fiat blog's affiliate note, whose pin-it prompt goes, and the samovar blog's bookmark button, whose e-mail subscription
prompt goes) and two between the list rows and the last paragraphs (the honesty-box column's promoted-story teaser,
whose "Promoted stories" label goes, and the water-kiosk story's WhatsApp-channel prompt, whose read-also link goes); no
article line of a page is lost. The failing cases are strict xfails.

Still held out after round 67 (development on sets 70 and 71; measured once with ``scripts/clean_held_out_report.py
--sets 73``): noise lines removed 43/45 and keep lines 18/20 (unchanged), pages clean 2 -> 3/12, page noise lines left
11 -> 10 of 240 (the car-restoration blog's affiliate note "Wpis zawiera linki afiliacyjne." now goes: set 71, read
in round 67, holds the same stock Polish sentence, and the round's class for affiliate notes naming the post as a
bare noun took it), article lines lost 0 of 120. Its strict xfail removed; the other failures are unchanged.

Still held out after round 68 (development on sets 72 and 71; measured once with ``scripts/clean_held_out_report.py
--sets 73``): noise lines removed 43/45 (unchanged), keep lines 18 -> 19/20 (the English "Posted by hand to every
house on the estate, ..." now stays at the article's foot: round 68's class for a stamp's word followed by how a text
was written or made public, read on set 72's "Written by hand in 1911, ..."), pages clean 3 -> 4/12, page noise lines
left 10 -> 9 of 240 (the water-kiosk story's WhatsApp-channel prompt now goes, taken by the round's class for a site
named on a messenger with the call to its channel after the colon), article lines lost 0 of 120. Their two strict
xfails removed; the Italian sentence under the title is still lost and the other failures are unchanged.

Round 69 (development, with set 74; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 73`` and ``pytest tests/test_clean_held_out_73.py`` at 11bce10 (before) and the
round's last commit on branch round69 (after): noise lines removed 43 -> 45/45 (byline 7 -> 8/8, comments 7 -> 8/8; the
French podcast plug "Retrouvez-moi aussi dans mon podcast « ... », chaque jeudi sur toutes les plateformes d'écoute."
and the comment-count heading "Vos réactions (4)" now go), keep lines 19 -> 20/20 (the lost keep line first: "Iscriviti
entro venerdì, chiede il Comune a chi vuole un posto nel nuovo orto collettivo." stays, a verb of asking now counting as
one of saying after a call to sign up), pages clean 4/12 and page noise lines left 9 of 240 unchanged, article lines
lost 0 of 120; pytest 66 passed, 11 xfailed -> 69 passed, 8 xfailed. Classes (six languages, near misses,
tests/test_clean.py test_round_69_*): see set 74's round 69 paragraph. Left: the 8 page lines of the xfail table (the
tip-off prompt, the promoted-story teaser, the save and bookmark buttons, the photo caption with credit, the affiliate
note and GPX map link, the gift-this-article link), not reached this round.

Round 71: fr-portail-camping clean (pages clean 4/12 -> 5/12, page noise lines left 9 -> 8 of 240): its labelled photo
caption with its © credit ('Photo : ... © Montgueyrac Actu') goes with the round's credited-caption rule.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_73_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "(adsbygoogle = window.adsbygoogle || []).push({});", "marker"),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. Read the original article.", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("head", "Read Time:3 Minute, 12 Second", "reading-time"),
    ("head", "Listen · 7:41 | 4 min read", "reading-time"),
    ("tail", "Posted by Ruth Ellingcote at 9:14 PM", "byline"),
    ("tail", "Enjoyed this? You can buy me a coffee at ko-fi.com/ruthwrites – every cup keeps the blog ad-free.", "byline"),
    ("tail", "If you value this newsletter, consider becoming a paid subscriber. It's £5 a month and keeps every post free for everyone.", "byline"),
    ("tail", "© 2026 by The Hedge Diaries. Proudly created with Wix.com", "footer"),
    ("tail", "Substack is the home for great culture", "footer"),
    ("tail", "Powered by Tumblr · Theme by Pixel Union", "footer"),
    ("tail", "Join the discussion… · Sort by Best", "comments"),
    ("tail", "View all 37 comments", "comments"),
    ("tail", "Comments are moderated and will appear after approval. Please be kind.", "comments"),
    ("tail", "Share this: Threads · Mastodon · LinkedIn · Copy link", "share"),
    # French
    ("body", "La suite après cette publicité", "marker"),
    ("head", "Lecture 3 min. · Publié le 12 mars 2026 à 07h15", "reading-time"),
    ("tail", "Retrouvez-moi aussi dans mon podcast « Les Mains dans la terre », chaque jeudi sur toutes les plateformes d'écoute.", "byline"),
    ("tail", "Hébergé par Overblog", "footer"),
    ("tail", "Vos réactions (4)", "comments"),
    ("head", "Article réservé aux abonnés", "notice"),
    # German
    ("tail", "Der Beitrag „Frühlingsputz im Hochbeet“ erschien zuerst auf Gartenglück am Hang.", "marker"),
    ("head", "⏱ 4 Min. Lesedauer", "reading-time"),
    ("tail", "Unterstütze meinen Blog auf Steady – schon ab 3 Euro im Monat bekommst du jeden Beitrag früher.", "byline"),
    ("tail", "Diese Website wurde mit Jimdo erstellt.", "footer"),
    ("tail", "Ältere Kommentare anzeigen (9)", "comments"),
    ("head", "Hinweis: Dieser Text wurde mit Unterstützung einer KI übersetzt und von der Redaktion geprüft.", "notice"),
    # Italian
    ("body", "L'articolo continua dopo la pubblicità", "marker"),
    ("head", "⌚ 3 minuti di lettura", "reading-time"),
    ("tail", "Sostieni questo blog su Patreon: con 2 euro al mese ricevi in anteprima le schede stampabili delle ricette.", "byline"),
    ("tail", "Creato con Webnode", "footer"),
    ("tail", "Commenti (3) · Ordina per: più recenti", "comments"),
    ("tail", "Condividi su: Telegram · LinkedIn · Stampa · E-mail", "share"),
    # Polish
    ("body", "Dalsza część artykułu pod reklamą", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("tail", "Jeśli lubisz moje teksty, postaw mi kawę na buycoffee.to/ogrodnik – dzięki temu blog nie ma reklam.", "byline"),
    ("tail", "Strona stworzona w kreatorze WebWave", "footer"),
    ("tail", "Pokaż więcej odpowiedzi (5)", "comments"),
    ("head", "Artykuł powstał we współpracy z firmą Ogrody Lipka.", "notice"),
    # Russian
    ("body", "Продолжение — после рекламы", "marker"),
    ("head", "Время чтения: 4 минуты", "reading-time"),
    ("tail", "Подписывайтесь на мой Boosty — там выходят полные версии разборов и видео из мастерской.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Показать ещё 5 комментариев", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp", "share"),
]

HELD_OUT_73_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Source of the funding, the county says, is a grant that runs out in 2028."),
    ("body", "Comments from the bus drivers were blunter: the lane is simply too narrow for two vehicles."),
    ("tail", "Visit any market town on a Thursday and you will find the same queue outside the mobile bank van."),
    ("body", "Share of households without a car has risen to one in five, according to the latest survey."),
    ("tail", "Posted by hand to every house on the estate, the letter asked residents to count the lorries for a week."),
    ("head", "Powered by volunteers and a single diesel generator, the village hall stayed open through the storm."),
    ("tail", "Advertising the vacancy cost the council more than the post pays in a month, the clerk admitted."),
    # French
    ("head", "Publié en 1923, le premier plan du quartier montrait déjà la fontaine et le lavoir."),
    ("body", "Suivez le balisage jaune pendant deux kilomètres et vous arriverez au moulin, expliquent les bénévoles."),
    ("tail", "Réagir vite était indispensable, estime la directrice de l'école, car l'eau montait d'heure en heure."),
    # German
    ("body", "Teilen wollten die beiden Vereine den Platz nie, sagt der Vorsitzende des Sportvereins."),
    ("tail", "Anzeige gegen Unbekannt hat die Gemeinde bereits erstattet, die Polizei ermittelt."),
    ("head", "Mehr zum Thema Hochwasser erfährt man im Heimatmuseum, das sonntags von 14 bis 17 Uhr öffnet."),
    # Italian
    ("tail", "Leggi anche il verbale del 1958, suggerisce lo storico, e capirai perché la strada non fu mai finita."),
    ("body", "Condividere l'auto è diventata la regola per chi lavora in fondovalle e non ha una corriera comoda."),
    ("head", "Iscriviti entro venerdì, chiede il Comune a chi vuole un posto nel nuovo orto collettivo."),
    # Polish
    ("body", "Udostępnienie boiska szkołom było warunkiem dotacji, przypomina dyrektor ośrodka sportu."),
    ("tail", "Zobacz też, jak wyglądał rynek przed wojną – mówi przewodnik, pokazując mieszkańcom stare zdjęcia."),
    # Russian
    ("head", "Источник воды для посёлка — две скважины, пробуренные ещё в семидесятых годах."),
    ("tail", "Читайте также протокол заседания, советует депутат: там всё написано чёрным по белому."),
]

HELD_OUT_73_PAGES: dict[str, tuple[str, NoisyCase]] = dict(
    (case.name, (lang, case)) for lang, case in [
    _page("en", "en-portal-ockenbury-underpass", [
        ["-Ockenbury Today",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Sign in · Register for free",
         "-Traffic: westbound queues near the retail park roundabout",
         "-Home › News › Ockenbury",
         "-Sponsored: Compare boiler quotes from local installers"],
        ["+Pump fitted at Station Road underpass after third flood closure this winter"],
        ["-By Dan Merriweather, local democracy reporter",
         "-Published 09:12, 11 February 2026 · Updated 14:40"],
        ["+The pedestrian underpass beneath the railway at Station Road will stay open in heavy rain from this week, after the county council installed an automatic pump in a sump at its lowest point."],
        ["-Image: The underpass flooded to knee height in January (reader photo)",
         "-Got a story? Message our newsroom on WhatsApp"],
        ["+Residents had complained that the tunnel, the only step-free route from the Westfield estate to the station, filled with water three times since November. \"My mum uses a walker, and for a week she simply couldn't get to the doctor,\" said Priya Shevlin, who started a petition signed by 640 people."],
        ["+What the council has done"],
        ["+A submersible pump with a float switch and a backup battery",
         "+A grille cleared of silt and leaves every month",
         "+Two warning lights at each entrance that flash if the water rises",
         "+A phone number on the wall for reporting blockages"],
        ["-Advertisement",
         "-READ MORE: Ockenbury market traders told to expect roadworks until April"],
        ["+The pump cost £38,000 and was paid for from the council's drainage budget. The rail company that owns the bridge above said the drain beneath the tracks had been checked and found clear."],
        ["+Councillor Ben Corrigall said the lights would be tested weekly through the spring and that a second pump could be added if the first did not cope."],
        ["-Do you use the underpass? Tell us in the comments below",
         "-Comments (3)",
         "-WestfieldWalker · 2h ago",
         "-About time. I've been going the long way round by the level crossing since Christmas.",
         "-Reply · Report",
         "-Most Read: 1. Schools shut by snow 2. Bypass plans revealed 3. Pub reopens",
         "-Ockenbury Today is published by Ockenbury Media Ltd, registered in England no. 00000000",
         "-© 2026 Ockenbury Media. All rights reserved. Cookie settings"],
    ]),
    _page("en", "en-column-honesty-box", [
        ["-The Fennock Courier",
         "-Subscribe from £1 a week | Log in",
         "-Home  Opinion  Columns  Letters  Obituaries  Puzzles",
         "-Today's paper: read the e-edition",
         "-OPINION",
         "-Country Matters, with Rosalind Keeble"],
        ["+A cash tin on a farm gate is a small test of a whole village"],
        ["-Rosalind Keeble",
         "-Saturday 7 March 2026, 6:00 am"],
        ["+For eleven years the Pardoe family has left eggs, honey and whatever is in season on a trestle table at the end of their lane, with a biscuit tin for the money. Last month the tin was taken for the third time since Christmas, and this week a laminated sign went up saying the stall is closed until further notice."],
        ["-Gift this article",
         "-Listen to this column · 5:12"],
        ["+I rang Margaret Pardoe, who has run the stall since her husband's knee gave out. \"It was never about the money,\" she told me. \"It was about people stopping for a chat and trusting each other. I'm not putting a camera on a table of eggs.\""],
        ["+What an honesty stall gave the lane"],
        ["+Eggs at £2 a half-dozen, cheaper than the shop in town",
         "+A place where walkers asked the way and dog owners swapped news",
         "+A reason for children to count change and leave a note"],
        ["-Promoted stories",
         "-These 7 garden tools are flying off the shelves this spring"],
        ["+It is tempting to write this off as modern life. I don't think it is. A village that can keep a tin of coins safe on a gate is a village where people notice each other, and that noticing is the thing worth protecting."],
        ["+So here is a modest suggestion: stop at the Pardoes' table when it reopens, as I hope it will, and pay a little over the price. A full tin tells the thief nothing; an empty one tells the family everything."],
        ["+Margaret says she will decide after Easter."],
        ["-Rosalind Keeble writes every Saturday. Her views are her own.",
         "-Have your say: letters@fennockcourier.example",
         "-1 comment",
         "-Hedgerow_Harry",
         "-We lost our plant stall the same way. Put a padlocked box in, problem solved.",
         "-Like · Reply · 3 days",
         "-Fennock Courier Ltd, Mill Yard, Fennock, registered in England and Wales no. 00000000",
         "-Privacy Notice | Terms | Manage cookies | Contact us"],
    ]),
    _page("fr", "fr-blog-savon", [
        ["-L'Atelier de Lise",
         "-Cosmétique maison, zéro déchet et petites expériences",
         "-Accueil · Recettes · Savons · Boutique · Contact",
         "-Rechercher…",
         "-🛒 Kits débutant en stock – livraison offerte dès 40 €",
         "-Savons"],
        ["+Mon premier savon à froid : deux ratés et une fournée réussie"],
        ["-Publié par Lise le 2 février 2026",
         "-12 commentaires"],
        ["+Cela faisait deux ans que je repoussais le moment. La soude me faisait peur, les balances de cuisine me semblaient trop imprécises, et je lisais partout qu'il fallait attendre quatre semaines avant de se servir du savon. Cet hiver, je me suis enfin lancée."],
        ["-Cet article contient des liens affiliés.",
         "-Enregistrer la recette ♡"],
        ["+La première fournée a tourné en une pâte granuleuse, la deuxième a pris en masse dans la casserole. C'est ma voisine Odile, ancienne préparatrice en pharmacie, qui m'a sauvée : « Tu mélanges trop chaud, et ta balance ment au gramme près. Achète une balance de précision et attends que tout soit à 35 degrés. »"],
        ["+Ce que j'ai changé pour la troisième fournée"],
        ["+Une balance au dixième de gramme",
         "+Huile et solution de soude à la même température",
         "+Un mixeur plongeant par impulsions courtes",
         "+Un moule en bois garni de papier cuisson"],
        ["-Vous aimez cet article ? Abonnez-vous à la lettre de l'Atelier",
         "-À lire aussi : Ma lessive au lierre, six mois après"],
        ["+Après un mois de cure sur une étagère du cellier, les pains sont durs, doux et moussent bien. J'en ai offert quatre à Noël, et on m'en redemande déjà."],
        ["+Je ne cherche plus le savon parfait : je note chaque fournée dans un carnet, et c'est ce carnet qui me fait progresser."],
        ["-12 réflexions sur « Mon premier savon à froid »",
         "-Nadège",
         "-8 février 2026 à 21 h 04",
         "-Merci pour les températures, c'est exactement ce qui me manquait !",
         "-Répondre",
         "-Les produits présentés sont vendus par des partenaires ; l'Atelier peut percevoir une commission.",
         "-© 2026 L'Atelier de Lise – Mentions légales – Politique de confidentialité",
         "-Ce site utilise des cookies. Accepter | Paramétrer"],
    ]),
    _page("fr", "fr-portail-camping", [
        ["-Montgueyrac Actu",
         "-Actualités · Sports · Agenda · Annonces · Nécrologie",
         "-Mardi 17 mars 2026 – Météo : 14 °C, averses",
         "-Se connecter | S'abonner",
         "-Flash info : déviation sur la route du col jusqu'à vendredi",
         "-Montgueyrac > Vie locale"],
        ["+Le camping municipal rouvre avec un couple de gérants venu de Bretagne"],
        ["-Par la rédaction",
         "-Le 17/03/2026 à 06h30 – Mis à jour à 10h05"],
        ["+Fermé depuis deux saisons faute de repreneur, le camping municipal des Saulaies, au bord de la rivière, accueillera de nouveau des vacanciers à partir du 1er mai. La commune a signé une délégation de six ans avec Gaëlle et Yann Kerdavel, qui tenaient jusqu'ici un gîte en Bretagne."],
        ["-Photo : Les 42 emplacements ont été débroussaillés cet hiver. © Montgueyrac Actu",
         "-Publicité"],
        ["+Le maire, Alain Chaudrac, ne cache pas son soulagement : « Un village sans camping, c'est un village que les familles traversent sans s'arrêter. Les commerçants nous l'ont dit tout l'hiver. »"],
        ["+Ce qui change cet été"],
        ["+42 emplacements, dont 8 pour camping-cars",
         "+Un bloc sanitaire entièrement refait",
         "+Une épicerie de dépannage ouverte le matin",
         "+Des vélos à louer à la journée"],
        ["-Recevez l'essentiel de l'actu locale chaque matin : inscrivez-vous à notre newsletter",
         "-Lire aussi : La piscine intercommunale fermée pour travaux"],
        ["+Les travaux, 180 000 euros au total, ont été financés pour moitié par la région. Les réservations sont ouvertes en mairie et, d'ici quelques jours, sur un site internet."],
        ["+Le couple prévoit aussi une soirée d'ouverture le 2 mai, avec un concert sur la plage de galets."],
        ["-Tags : camping, tourisme, Montgueyrac",
         "-1 commentaire",
         "-Martine B.",
         "-Enfin ! Mes petits-enfants campaient là tous les étés.",
         "-Signaler un contenu abusif",
         "-Montgueyrac Actu – SAS Causse Numérique, RCS 000 000 000",
         "-Tous droits réservés – Reproduction interdite",
         "-Gérer mes cookies"],
    ]),
    _page("de", "de-kolumne-pfandring", [
        ["-Lindenmoorer Rundschau",
         "-Lokales | Region | Sport | Kultur | Meinung | Service",
         "-E-Paper lesen",
         "-Abo ab 9,99 € im Monat – jetzt testen",
         "-Meinung",
         "-Kolumne „Zwischenruf“"],
        ["+Ein Ring am Mülleimer ist keine Sozialpolitik, aber ein Anfang"],
        ["-Von Henrike Daalmann",
         "-14.03.2026, 07:00 Uhr"],
        ["+Seit Montag hängen an zwanzig Mülleimern in der Innenstadt graue Metallringe. Wer eine Pfandflasche nicht zurückbringen will, stellt sie dort ab, statt sie in den Müll zu werfen. Wer die Flaschen braucht, muss nicht mehr mit bloßen Händen im Abfall wühlen."],
        ["-Artikel anhören",
         "-Merken ☆"],
        ["+Ich habe am Dienstag eine Stunde am Marktplatz gestanden. Ein älterer Herr, der sich als Klaus vorstellte, sammelt seit drei Jahren Flaschen. „Früher habe ich mich geschämt, in die Tonnen zu greifen“, sagte er. „Jetzt nehme ich mir, was da steht, und keiner guckt komisch.“"],
        ["+Was die Stadt ausprobiert"],
        ["+20 Ringe in der Fußgängerzone und am Bahnhof",
         "+Eine Testphase bis Ende September",
         "+Eine Zählung der abgestellten Flaschen jeden Freitag"],
        ["-Anzeige",
         "-Ferienhaus Dünenblick – jetzt Frühbucherrabatt sichern"],
        ["+Natürlich lösen zwanzig Ringe keine Altersarmut. Wer auf Pfandgeld angewiesen ist, braucht eine bessere Rente, nicht eine bequemere Mülltonne. Aber die Ringe ändern etwas an der Würde, mit der Menschen durch die Stadt gehen."],
        ["+Die Kosten, rund 1.800 Euro, sind lächerlich gering. Die Stadt sollte die Testphase nicht abwarten, sondern die Ringe an allen Mülleimern anbringen."],
        ["+Und wir anderen? Wir könnten die Flasche einfach hineinstellen, statt sie zu zerdrücken."],
        ["-Henrike Daalmann ist Redakteurin im Lokalressort. Kolumnen geben die Meinung der Autorin wieder.",
         "-Kommentare (1)",
         "-B. Ostrowski schrieb am 14.03.2026 um 09:31",
         "-Gute Idee, in meiner alten Stadt gab es das schon vor zehn Jahren.",
         "-Antworten | Melden",
         "-Lindenmoorer Rundschau GmbH & Co. KG, Amtsgericht Lindenmoor HRA 0000",
         "-Impressum · Datenschutz · AGB · Kontakt",
         "-Cookie-Einstellungen"],
    ]),
    _page("de", "de-blog-geocaching", [
        ["-Logbuch & Lupe",
         "-Geocaching im Mittelgebirge – Touren, Tipps und Dosen",
         "-Start | Touren | Ausrüstung | Über mich",
         "-Suche …",
         "-Neu im Shop: wasserfeste Logbücher im 5er-Set",
         "-Kategorie: Erfahrungsberichte"],
        ["+Mein erster Multi-Cache: sieben Stationen und eine falsche Jahreszahl"],
        ["-geschrieben von Malte · 22. Februar 2026",
         "-3 Kommentare"],
        ["+Traditionelle Caches kannte ich, also Dosen, deren Koordinaten man einfach eingibt. Ein Multi-Cache ist anders: An jeder Station findet man eine Zahl, aus der sich die nächste Koordinate ergibt. Am Ende steht eine Formel, und wer sich unterwegs verrechnet, sucht im falschen Wald."],
        ["-Affiliate-Hinweis: Links zu Ausrüstung sind Partnerlinks.",
         "-Karte zur Tour öffnen (GPX, 48 KB)"],
        ["+Genau das ist mir passiert. An der dritten Station, einem Grenzstein, las ich 1786 statt 1736. Zwei Stunden später schrieb mir der Owner, ein Mann mit dem Nick Fuchsbau42: „Der Stein ist verwittert, fast alle lesen die 8. Schau ihn dir noch mal mit der Taschenlampe von der Seite an.“"],
        ["+Was ich beim nächsten Multi mitnehme"],
        ["+Eine Taschenlampe, auch am Tag",
         "+Ein Notizbuch statt der Handy-App",
         "+Eine Powerbank",
         "+Viel mehr Zeit als angegeben"],
        ["-Hat dir der Bericht gefallen? Folge Logbuch & Lupe auf Instagram!",
         "-Werbung"],
        ["+Beim zweiten Versuch, eine Woche später, stimmte die Rechnung. Die Dose lag unter einer Wurzel am Waldrand, ein alter Munitionskasten mit einem Logbuch voller Namen aus zehn Jahren."],
        ["+Mit dem Stift aus dem Kasten habe ich mich eingetragen und darunter geschrieben: Danke für den Hinweis mit der Lampe."],
        ["-3 Gedanken zu „Mein erster Multi-Cache“",
         "-Waldläuferin_Jo",
         "-23. Februar 2026 um 18:12 Uhr",
         "-Die falsche Jahreszahl kenne ich, da hab ich auch zweimal gesucht!",
         "-Antworten",
         "-Vorheriger Beitrag: Nachtcache im Schnee",
         "-© 2026 Logbuch & Lupe · Impressum · Datenschutz",
         "-Diese Seite verwendet Cookies. OK"],
    ]),
    _page("it", "it-portale-casa-acqua", [
        ["-Vergone Notizie",
         "-Il quotidiano online della valle",
         "-Cronaca · Politica · Sport · Eventi · Necrologi",
         "-Accedi | Abbonati",
         "-Meteo: sereno, 16°",
         "-Home > Cronaca > Castelvergone"],
        ["+Apre la casa dell'acqua in piazza: acqua liscia e gassata a cinque centesimi al litro"],
        ["-di Redazione",
         "-18 marzo 2026 ore 08:15"],
        ["+Da lunedì i residenti di Castelvergone possono riempire bottiglie e borracce alla nuova casa dell'acqua, installata accanto alla fermata delle corriere in piazza Martiri. L'impianto filtra l'acqua dell'acquedotto e la eroga refrigerata, liscia o gassata."],
        ["-Foto di Vergone Notizie",
         "-PUBBLICITÀ"],
        ["+L'assessora all'ambiente, Chiara Montebelli, spiega il senso dell'iniziativa: «Ogni famiglia che usa la casa dell'acqua butta via circa seicento bottiglie di plastica in meno all'anno. E le corriere, per chi viene dalle frazioni, si fermano proprio qui.»"],
        ["+Come funziona"],
        ["+Si paga con monete o con la tessera ricaricabile",
         "+Un litro costa cinque centesimi",
         "+È aperta tutti i giorni dalle 6 alle 23",
         "+I filtri vengono controllati ogni settimana"],
        ["-Ricevi le notizie della valle su WhatsApp: iscriviti al nostro canale",
         "-Leggi anche: Nuovi orari per l'ufficio anagrafe"],
        ["+L'impianto è costato 32 mila euro, coperti in parte da un contributo regionale. Le tessere si ritirano in municipio con un documento d'identità."],
        ["+Se l'esperimento funzionerà, il Comune ne installerà una seconda nella frazione di Pian dei Salici entro l'autunno."],
        ["-Tag: acqua, ambiente, Castelvergone",
         "-I vostri commenti",
         "-Gianna R.",
         "-Finalmente, l'acqua del rubinetto qui sa di cloro.",
         "-Rispondi",
         "-Vergone Notizie – testata registrata presso il Tribunale, aut. n. 00/2026",
         "-Editore: Valle Comunicazione srl – P.IVA 00000000000",
         "-Informativa privacy · Cookie policy"],
    ]),
    _page("it", "it-rubrica-banda", [
        ["-La Gazzetta di Roccafossa",
         "-Edizione digitale · Abbonati",
         "-Cronaca | Opinioni | Cultura | Sport | Lettere",
         "-Le opinioni",
         "-La rubrica del sabato",
         "-Con il sostegno di Cantine Belvedere"],
        ["+Se la banda resta senza clarinetti, il paese perde la sua voce"],
        ["-di Ettore Calvisani",
         "-sabato 21 marzo 2026"],
        ["+Alla prova di martedì, nella sala sopra l'ex asilo, eravamo in quattordici. Dieci anni fa la banda musicale di Roccafossa contava quarantadue elementi e sfilava per la festa patronale con due file di clarinetti. Oggi i clarinetti sono due, e uno dei due ha settantanove anni."],
        ["-Ascolta l'articolo",
         "-Regala questo articolo"],
        ["+Il maestro, Renzo Fabbriani, non è tipo da lamentele, ma qualcosa mi ha detto: «I ragazzi vengono a imparare, poi vanno all'università e non tornano. Non posso dar loro torto. Ma se non troviamo almeno cinque allievi quest'anno, a Ferragosto suoneremo in otto.»"],
        ["+Cosa servirebbe alla banda"],
        ["+Cinque allievi per il corso gratuito del giovedì",
         "+Una sala riscaldata d'inverno",
         "+Due flauti e un bombardino da riparare"],
        ["-Pubblicità",
         "-Occhiali da sole -30%: solo da Ottica Bellandi, via del Borgo"],
        ["+Mi si dirà che è nostalgia. Forse. Ma la banda è l'unica istituzione del paese in cui un ragazzo di dodici anni e un pensionato siedono uno accanto all'altro e devono andare a tempo."],
        ["+Il corso non costa nulla, gli strumenti li presta l'associazione. Manca solo che qualcuno salga quelle scale il giovedì alle sei."],
        ["+Io, per quel che vale, ho ripreso in mano il mio vecchio flicorno."],
        ["-Ettore Calvisani è stato per vent'anni insegnante di musica. Le opinioni espresse sono personali.",
         "-Scrivi alla redazione: lettere@gazzettaroccafossa.example",
         "-2 commenti",
         "-Mirella",
         "-Mio figlio ha cominciato lì, a otto anni. Lo iscrivo di nuovo!",
         "-Rispondi · Segnala",
         "-© 2026 La Gazzetta di Roccafossa – Tutti i diritti riservati",
         "-Privacy · Cookie · Note legali"],
    ]),
    _page("pl", "pl-blog-maluch", [
        ["-Garaż pod Orzechem",
         "-Blog o ratowaniu starych aut – bez budżetu, za to z cierpliwością",
         "-Strona główna | Projekty | Poradniki | O mnie | Kontakt",
         "-Szukaj…",
         "-Sklep: naklejki i kubki z logo bloga",
         "-Kategoria: Renowacja"],
        ["+Maluch po dziadku, czyli jak po czterech latach odpalił za pierwszym razem"],
        ["-Autor: Tomek · 9 marca 2026",
         "-5 komentarzy"],
        ["+Fiat 126p stał w stodole dziadka od 1998 roku. Kiedy wypchnęliśmy go na podwórko, w bagażniku z przodu było gniazdo myszy, a w zbiorniku coś, co kiedyś było benzyną. Obiecałem babci, że pojedzie nim jeszcze do kościoła."],
        ["-Wpis zawiera linki afiliacyjne.",
         "-Przypnij na Pintereście"],
        ["+Najwięcej nauczył mnie pan Zdzisław, emerytowany mechanik z sąsiedniej wsi. „Nie kupuj wszystkiego nowego” – powiedział, kiedy zobaczył moją listę części. – „Ten silnik jest prostszy od kosiarki. Wyczyść, wyreguluj, a dopiero potem wymieniaj.”"],
        ["+Co trzeba było zrobić"],
        ["+Wyczyścić gaźnik i zbiornik paliwa",
         "+Wymienić przewody hamulcowe",
         "+Załatać podłogę pod fotelem kierowcy",
         "+Zregenerować prądnicę"],
        ["-Czytaj także: Jak odrdzewić śruby bez szlifierki",
         "-Reklama"],
        ["+W sumie wydałem niecałe cztery tysiące złotych, z czego połowę u blacharza. Najtańsza okazała się prądnica: pan Zdzisław przewinął ją za skrzynkę jabłek."],
        ["+W Wielkanoc babcia pojechała do kościoła. Mówi, że siedzenie jest twardsze, niż pamiętała."],
        ["-5 komentarzy do „Maluch po dziadku”",
         "-Marek_K",
         "-10 marca 2026 o 20:41",
         "-Piękna historia! Mój stoi w garażu od 15 lat, może to znak.",
         "-Odpowiedz",
         "-Poprzedni wpis: Syrenka na części – czy warto?",
         "-© 2026 Garaż pod Orzechem. Wszelkie prawa zastrzeżone.",
         "-Ta strona korzysta z ciasteczek. Polityka prywatności"],
    ]),
    _page("pl", "pl-portal-teznia", [
        ["-Wrzosławice24.pl",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Praca",
         "-Środa, 18 marca 2026 · Imieniny: Edwarda, Cyryla",
         "-Zaloguj się",
         "-PILNE: Utrudnienia na przejeździe kolejowym przy ul. Polnej",
         "-Wiadomości › Wrzosławice"],
        ["+W parku miejskim stanęła tężnia solankowa. Wstęp jest bezpłatny"],
        ["-Redakcja Wrzosławice24",
         "-18.03.2026, 11:20"],
        ["+Drewniana tężnia solankowa o wysokości dziewięciu metrów stanęła w parku przy ulicy Ogrodowej. Solanka spływa po ścianach z tarniny, a w powietrzu wokół konstrukcji unosi się mgiełka, którą spacerowicze mogą wdychać na ławkach dookoła."],
        ["-Fot. UM Wrzosławice",
         "-REKLAMA"],
        ["+Pomysł zgłosili mieszkańcy w budżecie obywatelskim. „Głosowało na nas ponad dwa tysiące osób, głównie seniorzy i rodzice małych dzieci” – mówi Halina Wiśniak, autorka wniosku. – „Do najbliższego uzdrowiska mamy ponad sto kilometrów, a tu wystarczy przejść przez park.”"],
        ["+Najważniejsze informacje"],
        ["+Tężnia działa od kwietnia do października",
         "+Otwarta codziennie od 8 do 20",
         "+Wokół stoi 20 ławek i stojak na rowery"],
        ["-Masz temat? Napisz do nas: redakcja@wrzoslawice24.example",
         "-Zobacz również: Nowe przejście dla pieszych przy szkole"],
        ["+Budowa kosztowała 640 tysięcy złotych. Miasto zapowiada, że w sezonie tężnię będzie obsługiwał pracownik, który co godzinę sprawdzi pompę i poziom solanki."],
        ["+Lekarze przypominają, że inhalacje przy tężni nie zastąpią leczenia, ale mogą pomóc przy przewlekłym katarze."],
        ["+Oficjalne otwarcie zaplanowano na 1 kwietnia."],
        ["-Tagi: tężnia, park, budżet obywatelski",
         "-Komentarze (2)",
         "-~Seniorka",
         "-Wreszcie coś dla nas, a nie tylko place zabaw.",
         "-Odpowiedz | Zgłoś",
         "-Wrzosławice24.pl – wydawca: Media Lokalne sp. z o.o., KRS 0000000000",
         "-Regulamin · Polityka prywatności · Kontakt",
         "-Korzystamy z plików cookies."],
    ]),
    _page("ru", "ru-portal-vygul", [
        ["-Синеборск.Онлайн",
         "-Новости · Происшествия · Общество · Спорт · Афиша",
         "-18 марта 2026, среда · +4 °C",
         "-Войти",
         "-Главное: на улице Садовой отключат воду в четверг",
         "-Главная / Новости / Общество"],
        ["+В Синеборске открыли первую площадку для выгула собак"],
        ["-Текст: Дарья Ковалёва",
         "-18.03.2026 09:40 · 1 254 просмотра"],
        ["+Огороженная площадка для выгула собак появилась в сквере у Речной улицы. Её построили на месте пустыря, где владельцы собак и раньше гуляли с питомцами, но без забора и освещения."],
        ["-Фото: пресс-служба администрации",
         "-Реклама"],
        ["+Инициатором стала местная жительница Анна Горбунова. «Мы три года писали обращения, собирали подписи, — рассказала она. — Теперь собаки бегают без поводка, и никто не ругается, что они пугают детей на площадке рядом»."],
        ["+Что есть на площадке"],
        ["+Забор высотой полтора метра",
         "+Снаряды для дрессировки",
         "+Урны и пакеты для уборки",
         "+Фонари, которые горят до полуночи"],
        ["-Подписывайтесь на наш канал в Telegram",
         "-Читайте также: Когда в городе начнут ремонт дорог"],
        ["+Площадка обошлась бюджету в 1,2 миллиона рублей. В администрации говорят, что в следующем году похожую построят в микрорайоне Заводском."],
        ["+Правила посещения вывешены у входа: собак крупных пород просят выгуливать в наморднике."],
        ["-Комментарии (2)",
         "-Пётр_С",
         "-Молодцы, давно пора.",
         "-Ответить",
         "-Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
         "-Сетевое издание «Синеборск.Онлайн». Свидетельство о регистрации ЭЛ № ФС 00-00000",
         "-18+",
         "-© 2026 Синеборск.Онлайн. При цитировании ссылка обязательна."],
    ]),
    _page("ru", "ru-blog-samovar", [
        ["-Чердак и мастерская",
         "-Блог о старых вещах и новой жизни для них",
         "-Главная | Реставрация | Находки | Обо мне",
         "-Поиск по блогу",
         "-Мастер-классы по лужению — запись открыта",
         "-Рубрика: Реставрация"],
        ["+Как я вернул к жизни дедушкин самовар"],
        ["-Опубликовано 3 марта 2026 автором Гриша",
         "-8 комментариев"],
        ["+Самовар достался мне вместе с дачей: он стоял на чердаке, почерневший, с помятым боком и без крана. Соседи советовали сдать его в металлолом, но на клейме я разглядел год — 1911-й — и решил попробовать."],
        ["-Сохранить в закладки",
         "-Подписаться на обновления по e-mail"],
        ["+Помог мне Фёдор Ильич, бывший медник с завода. Он посмотрел на вмятину и сказал: «Не стучи молотком снаружи, как все. Насыпь внутрь песка, прогрей и выправляй деревяшкой изнутри — тогда металл не порвётся»."],
        ["+Что понадобилось"],
        ["+Лимонная кислота для чистки",
         "+Новый кран от мастера",
         "+Оловянный припой",
         "+Много терпения"],
        ["-Понравилась статья? Поделитесь с друзьями!",
         "-Реклама"],
        ["+Через два месяца самовар заблестел, кран перестал подтекать, а вмятина осталась едва заметной волной на боку. Я её специально не стал убирать до конца: пусть будет видно, что у вещи была жизнь."],
        ["+В первое воскресенье лета мы поставили его на дачной веранде и пили чай с соседями, теми самыми, что советовали металлолом."],
        ["-8 комментариев к записи «Как я вернул к жизни дедушкин самовар»",
         "-Людмила",
         "-04.03.2026 в 12:15",
         "-А шишки для растопки вы где брали? У нас только щепа.",
         "-Ответить",
         "-← Предыдущая запись: Утюг на углях",
         "-© 2026 Чердак и мастерская. Копирование — с активной ссылкой.",
         "-Мы используем cookie. Продолжая пользоваться сайтом, вы соглашаетесь."],
    ]),
    ])


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "fr-blog-savon":
        "the soap-making blog's post keeps its save-the-recipe button ('Enregistrer la recette ♡') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "de-kolumne-pfandring":
        "the paper's bottle-ring column keeps its bookmark button ('Merken ☆') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "de-blog-geocaching":
        "the geocaching blog's post keeps its affiliate note ('Affiliate-Hinweis: Links zu Ausrüstung sind "
        "Partnerlinks.') between the first paragraph and the paragraph with the quote (1 of 20 noise lines; its "
        "map-download link goes since round 80)",
    "it-rubrica-banda":
        "the paper's town-band column keeps its gift-this-article link ('Regala questo articolo') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "ru-blog-samovar":
        "the samovar blog's post keeps its bookmark button ('Сохранить в закладки') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
}


test_held_out_73_line, test_held_out_73_line_is_kept, test_held_out_73_page = held_out_tests(
    HELD_OUT_73_LINES, HELD_OUT_73_KEEP, HELD_OUT_73_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
