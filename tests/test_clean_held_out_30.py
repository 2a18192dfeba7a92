"""Held-out set 30: written blind, weighted toward whole scraped pages in layouts sets 22 to 29 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 29) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 29, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables and the three test
functions, printed with an ast script that found the function node, not the words in the
docstring) and scripts/clean_held_out_report.py (in full) were read. The layouts to avoid were
taken from the brief's list and set 29's docstring. Slips: none found beyond these notes. (1) How
set 29 builds its page dict was not seen (it lies among its lists); it was inferred from ``_page``
(which returns ``(lang, case)``) and from the page test (``lang, case = HELD_OUT_29_PAGES[name]``):
a first draft built ``dict([...])`` of the pairs, which a counting script showed to be wrong before
any measurement, and it was rewritten as ``{case.name: (lang, case) for lang, case in [...]}``. (2)
The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen; the per-case problems were read out once afterwards with ``_problems`` in the
frozen worktree, to write the xfail reasons. (3) ``git worktree add`` was run with its output
discarded; the English fixture was not printed. (4) The article of en-astronomy-society names one
real body, the International Meteor Organization (the counts "have been sent" to it), and the
Russian school page's related headline names the real school sports programme "Президентские
состязания"; both were noticed only after the measurement and left as they are. Nothing below was
copied from any file of the repository. The lines and pages are written from memory of how real
sites print them, in en/fr/de/it/pl/ru; apart from (4) the page articles and every person, club,
society, school, estate, embassy, country (Estavie), university, chamber, port authority, clinic,
developer, bank, sponsor, town, village, lake, river and district in them are invented (only noise
lines name real platforms and services, as real pages do: Mastodon, Facebook, X, Instagram,
LinkedIn, WhatsApp, Telegram, Messenger, YouTube, Strava, Lichess, WordPress, ВКонтакте,
Одноклассники, Госуслуги, наш.дом.рф, AFP in a byline and the Russian children's helpline
8-800-2000-122). The kinds set 29's docstring names as missed (the interview bylines "Propos
recueillis par" and "Беседовала", the print-origin notice "Cet article est issu du ...", the "Download
the app for breaking news alerts" line) and those it names from earlier sets (tip-off line, "il vous
reste 72 %" paywall notice, "Oprac." byline, partner-material notice, Instagram embed placeholder,
German embed label, "have your say", "story continues below", registration footers, price notices,
"the editors' opinion may differ", gallery counters, "was this page helpful?" widgets) were not
reused. The set was measured once against a frozen cleaner (worktree /tmp/wt-s30 at commit
87f5f00) and every failing case is marked as a strict xfail whose reason describes the line or
page, not a rule. Before the measurement one noise line was added to pl-weterynarz-blog (the
newsletter sign-up line), to bring it to twenty noise lines; nothing was changed after it but the
xfail tables and this docstring. scripts/clean_held_out_report.py needed no change: it finds a set
by its number, so ``--sets 30`` works as it is.

Judgement calls: the keep line "Publicité mensongère : c'est le reproche ..." is article text (false
advertising, a complaint) although it opens with an ad label, as "Anzeige erstattet hat ..." opens
with the German one and "Kommentare des Landrats ..." with a comment-count word; "Transparenzhinweis:
Die Reise wurde vom Veranstalter unterstützt." and "Artykuł zawiera linki afiliacyjne." are notices,
"Sponsored", "RELATED COVERAGE", "Editor's picks", "Читайте также:" markers, "Sign up to our free
morning briefing", "Segui il nostro canale WhatsApp" and the Ctrl+Enter typo line "other". In
en-mastodon-thread the thread's posts are the article (its first line taken as the title, the
per-season rows and the cycling officer's quote kept), and the instance name, log-in/sign-up lines,
the "boosted" line, the author's display name, handle and follow button, the post's timestamp, the
boost/favourite counts and action row, "Load more replies", the log-in wall, the trending sidebar
and the instance footer noise; in en-astronomy-society the "Conditions" subheading and its three
rows and the coordinator's quote are article, the charity line, members' login, posting line,
category, "Click image to enlarge", print/subscribe/tags/previous/next, the comment form lines, the
upcoming-meetings sidebar and the web-designer line noise; in fr-domaine-vendanges the "Le
millésime en chiffres" rows, the quote and the thank-you are article, the age gate, the shop and
cart lines, the newsletter form, free-delivery line and the legal health warning on alcohol noise;
in fr-ambassade-actualite the dash list, the ambassador's quote and the "Pour mémoire" subheading
with its sentence are article, the consular-services box (links, opening hours, travel advice), the
appointment button, the language switch and the ministry's copyright line noise; in
de-imkerverein-rundbrief the bulletin is a letter, so the salutation "Liebe Imkerinnen und Imker,",
the bullet dates, the chairman's quote, the closing "Mit herzlichen Grüßen ..." and the signature
"Euer Vorstand" are article, the association's name, its membership line, posting line, category,
PDF/print lines, older bulletins, honey-sales, bank-account, Instagram and funding lines noise; in
de-hafen-bekanntmachung the title "Nautische Mitteilung Nr. 47/2026: ..." , the numbered rules, the
"Hintergrund" subheading and the harbour master's quote are article, the "Bekanntmachung vom" stamp,
the contact line, the PDF link, the water-level and wind widget and the authority's address noise;
in it-circolo-scacchi the five ranking rows and the winner's quote are article, the club's founding
line, the membership button, the call for entries PDF, the gallery link, the tags,
previous/next/comment links, the events sidebar, the tax-code line and "Realizzato con WordPress"
noise; in it-camera-commercio the dash list of sectors, the president's quote and the voucher
subheading are article, the publication/update dates, the attachments block, topics, press-office
e-mail, newsletter, address/PEC, VAT number and cookie banner noise; in pl-weterynarz-blog the dash
list of symptoms, the "Co robić po spacerze" subheading and the vet's quote are article although the
same vet is named in the "Autor: lek. wet. ..." line, which is noise; in pl-klub-kolarski-relacja
the four result rows and the rider's quote are article, the date, category, gallery count, photo
credit, share, comment count, sponsors, next-race and KRS lines noise; in ru-shkola-novosti the
dash list of prize-winners, the "Что было на олимпиаде" subheading and the pupil's quote are article,
the school's full name, the low-vision switch, the "Сведения об образовательной организации" menu
item, the e-diary link, publication date, view count, helpline, Gosuslugi line and platform line
noise; in ru-zastroyshchik-press the "Корпус 4/5/6" rows, the technical director's quote and the
"Инфраструктура" subheading are article, the call-back button, flat-picker, photo credit, mortgage
teaser, project-declaration notice and "not a public offer" line noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 243 noise lines (20 to 22 a page) and 125 article lines
(10 to 12 a page): en-mastodon-thread (a Mastodon thread mirrored on an instance's web view:
instance name, log-in, create account, menu, "boosted" line, display name, handle, follow, a thread
with per-season rows and a quote, timestamp, counts, action row, load more replies, log-in wall,
trending sidebar, instance footer of five lines), en-astronomy-society (an amateur astronomy
society's observing report: skip link, name, charity line, menu, members' login, breadcrumb,
posting line, category, image link, a "Conditions" subheading with rows, a quote, print, subscribe,
tags, previous/next, comment form, upcoming meetings, Facebook, copyright, web designer),
fr-domaine-vendanges (a wine estate's harvest news: age gate, estate name, tagline, menu, shop,
cart, language switch, breadcrumb, date, figure rows under a subheading, a quote, share, back link,
"Découvrez aussi" with a headline, newsletter form, delivery offer, alcohol health warning, legal
links, copyright), fr-ambassade-actualite (an embassy's news item: skip link, embassy name, "Site
officiel", menu, appointment, languages, breadcrumb, dates, a dash list, a quote, a subheading,
print, share, latest news with a headline, consular services box, social line, footer links,
ministry copyright, cookie banner), de-imkerverein-rundbrief (a beekeepers' association bulletin:
name, membership line, menu, search, members' area, breadcrumb, posting line, category, letter with
a subheading, bullets and a quote, PDF, print, older bulletins with a headline, honey sales, bank
account, Instagram, funding line, legal links, copyright, back-to-top, cookie line),
de-hafen-bekanntmachung (a port authority's nautical notice: name, menu, live traffic, search,
language switch, breadcrumb, stamp, numbered rules, a subheading, a quote, contact, PDF, all
notices, more news with a headline, water level, wind, address, legal links, LinkedIn, copyright,
cookie settings, back-to-top), it-circolo-scacchi (a chess club's tournament report: name, founding
line, menu, join button, breadcrumb, posting line, category, ranking rows under a subheading, a
quote, PDF, gallery, share, tags, previous/next, comment link, events sidebar, Lichess, tax code,
privacy links, WordPress line), it-camera-commercio (a chamber of commerce's press release: skip
link, name, menu, reserved area, search, breadcrumb, dates, a dash list, a quote, a subheading,
attachments, topics, press office, share, back link, latest releases with a headline, newsletter,
address/PEC, VAT number, legal links, social line, cookie banner), pl-weterynarz-blog (a veterinary
clinic's blog post: clinic name, emergency phone, menu, booking, breadcrumb, date, author, a dash
list, a subheading, a quote, share, tags, previous/next, "Zobacz też" with a headline, newsletter,
opening hours, address, legal links, copyright, web designer, cookie line),
pl-klub-kolarski-relacja (a cycling club's race report: club name, tagline, menu, join,
breadcrumb, date, category, result rows, a quote, gallery count, photo credit, share, comment
count, sponsors, next races, Strava/Instagram, KRS line, privacy, copyright, cookie line),
ru-shkola-novosti (a state school's news page: skip link, low-vision switch, school name, the
statutory information item, menu, e-diary, breadcrumb, date, view count, a dash list, a subheading,
a quote, gallery, share, all news, other news with a headline, helpline, Gosuslugi line, address,
copyright, platform line, cookie line), ru-zastroyshchik-press (a housing developer's press page:
group name, menu, phone, call-back, flat picker, breadcrumb, date, rubric, photo credit, building
rows, a quote, a subheading, share, all news, related with a headline, mortgage teaser, Telegram,
project declaration, offer disclaimer, privacy, copyright, cookie line); every page holds a list,
subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit 87f5f00, measured with
``cd /tmp/wt-s30 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s30/src python -m pytest
-q tests/test_clean_held_out_30.py -rA -p no:cacheprovider`` (9 failed, 68 passed) and
``cd /tmp/wt-s30 && PYTHONPATH=/tmp/wt-s30/src python scripts/clean_held_out_report.py --sets 30``,
with the xfail tables empty): noise lines removed 44/45 (marker 7/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 6/6, share 5/5, notice 4/5, other 3/3; missed: the German
"Transparenzhinweis: Die Reise wurde vom Veranstalter unterstützt."); keep lines kept 19/20 (lost:
the French sentence opening with "Publicité mensongère :"); pages 5/12 clean (en-mastodon-thread,
fr-domaine-vendanges, fr-ambassade-actualite, it-circolo-scacchi, ru-zastroyshchik-press), 10 of
243 page noise lines left, 4 article lines lost (2 on en-astronomy-society, 1 on
de-imkerverein-rundbrief, 1 on de-hafen-bekanntmachung): en-astronomy-society 0 left and the
"Conditions" subheading and the "Temperature at midnight: -2 °C" row lost, de-imkerverein-rundbrief
3 (association name, membership line, posting line) and the signature "Euer Vorstand" lost,
de-hafen-bekanntmachung 1 (breadcrumb) and the notice's title lost, it-camera-commercio 2 (chamber
name, publication date), pl-weterynarz-blog 1 (author line), pl-klub-kolarski-relacja 1 (category
line), ru-shkola-novosti 2 (school name, the statutory information menu item). The failing cases
are strict xfails.

Still held out after session 14's round 28 (developed on set 29 only; the lead saw only this
docstring and the xfail reasons): measured once at 8a00afd with ``python
scripts/clean_held_out_report.py --sets 30`` and ``pytest tests/test_clean_held_out_30.py``: lines
44/45 and keep 19/20 as the baseline (the same line missed and lost), pages 7/12 clean (+
de-hafen-bekanntmachung, whose title now stays and breadcrumb goes, and ru-shkola-novosti, whose
header lines now go: their two strict xfails passed and were removed), 7 of 243 page noise lines left
(10 before), 3 article lines lost (4 before): en-astronomy-society 0 and 2 lost,
de-imkerverein-rundbrief 3 and 1 lost, it-camera-commercio 2, pl-weterynarz-blog 1,
pl-klub-kolarski-relacja 1. Like set 29 after round 27, this set moved: round 28's numbered-title
and page-head rules carried over. The remaining page xfail reasons describe the baseline.

Round 29 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 30`` and ``pytest tests/test_clean_held_out_30.py`` at
616e133 (before) and 3247a7a (after): article lines lost 3 -> 0 and keep lines 19 -> 20/20 (first, as
classes: a sentence that opens with a phrase and a colon and takes it up in a cleft, a pointing word,
a copula and a relative pronoun, "Publicité mensongère : c'est le reproche que ...", is the
article's, which the edge-line classifier no longer takes; a temperature reading stays when it is
one row of three or more rows of a label, a colon and a number that every other rule kept, with a
sentence of the article beside the run or over its subheading, so "Conditions" and "Temperature at
midnight: -2 °C" stay; a letter's sign-off, "Mit herzlichen Grüßen ...", and the signature of up to
four words right under it, "Euer Vorstand", close the article for the tail, trailing-label and
edge-line walks), noise lines 44 -> 45/45 (a sponsored-trip disclosure after the article, a trip
word and a word of paying, inviting or hosting, with a disclosure label, the writer or the organiser
or tourist board as payer, six languages; a trip paid for by those the news is about stays), pages
7 -> 12/12 clean, page noise left 7 -> 0 of 243 (anchored by position: a body's name above the
menu row of up to ten words, each capitalised or a short joining word, and an abbreviation's full
stop after a space, "e. V.", as the masthead; between the title and the first paragraph, beside a
stamp a rule took, the post's metadata lines, a label of its date, author, category, section or
topic and a short value, "Data di pubblicazione: 26/11/2026", "Autor: lek. wet. ...", "Kategoria:
...", or a posting word, a date and its writer, "Veröffentlicht am ... von ..."). All 7 strict
xfails removed (70 -> 77 passed). Each rule has a unit test of examples and near misses in
tests/test_clean.py (round 29). Guards: the other sets and the development lists pass unchanged
(3691 passed, 50 xfailed, no XPASS), find_noise on the 3723 SemEval training articles removes
exactly what it removed at 616e133, and bench_clean.py's CPU ratio is 1.02-1.03. These figures are
development figures: the set no longer measures wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_30_LINES: list[tuple[str, str, str]] = [
    # marker (7)
    ("body", "Sponsored", "marker"),
    ("body", "RELATED COVERAGE", "marker"),
    ("tail", "Editor's picks", "marker"),
    ("body", "Sur le même sujet", "marker"),
    ("body", "Das könnte Sie auch interessieren", "marker"),
    ("tail", "Articoli correlati", "marker"),
    ("body", "Читайте также:", "marker"),
    # reading-time (7)
    ("head", "5 min read", "reading-time"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "Temps de lecture : 3 min", "reading-time"),
    ("head", "Lesezeit: 6 Min.", "reading-time"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("head", "Czas czytania: 5 min", "reading-time"),
    ("head", "Время чтения: 7 минут", "reading-time"),
    # byline (7)
    ("head", "By Harriet Colebrook, Transport Correspondent", "byline"),
    ("head", "Words by Tom Ashdown | Photography by Mei Lin Harper", "byline"),
    ("head", "Par Aurélien Dufresne, avec AFP", "byline"),
    ("head", "Von Katrin Oberländer und Jonas Weidlich", "byline"),
    ("head", "di Marcello Santangelo", "byline"),
    ("head", "Autor: Tomasz Wierzbicki", "byline"),
    ("head", "Автор: Дмитрий Соколовский", "byline"),
    # footer (5)
    ("tail", "© 2026 Harbour Gazette Media Ltd. All rights reserved.", "footer"),
    ("tail", "Registered in England and Wales No. 04417823. Registered office: 12 Quay Street, Dunmere.",
     "footer"),
    ("tail", "Impressum | Datenschutz | AGB | Kontakt", "footer"),
    ("tail", "P.IVA 03458920127 - Tutti i diritti riservati", "footer"),
    ("tail", "© Copyright 2026 Kurier Nadrzecza. Wszelkie prawa zastrzeżone.", "footer"),
    # comments (6)
    ("tail", "Comments are closed.", "comments"),
    ("tail", "View 23 comments", "comments"),
    ("tail", "Réagir à cet article", "comments"),
    ("tail", "Kommentare (8)", "comments"),
    ("tail", "Dodaj komentarz", "comments"),
    ("tail", "Комментарии (12)", "comments"),
    # share (5)
    ("tail", "Share this article", "share"),
    ("head", "Share on Facebook Share on X Share via Email", "share"),
    ("tail", "Partager sur Facebook", "share"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Udostępnij na Facebooku", "share"),
    # notice (5)
    ("tail", "This article was amended on 3 December 2026 to correct the spelling of a councillor's name.",
     "notice"),
    ("head", "Cet article a été mis à jour le 2 décembre 2026 à 18h40.", "notice"),
    ("tail", "Transparenzhinweis: Die Reise wurde vom Veranstalter unterstützt.", "notice"),
    ("head", "Artykuł zawiera linki afiliacyjne.", "notice"),
    ("tail", "Материал подготовлен при поддержке Фонда развития региональной прессы.", "notice"),
    # other (3)
    ("tail", "Sign up to our free morning briefing", "other"),
    ("tail", "Segui il nostro canale WhatsApp", "other"),
    ("tail", "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "other"),
]

HELD_OUT_30_KEEP: list[tuple[str, str]] = [
    ("body", "Share prices at the bus operator fell by a fifth after the council vote, according to market "
             "data."),
    ("body", "Comments from residents, collected over six weeks, filled three binders on the clerk's desk."),
    ("tail", "By the time the meeting ended, just after midnight, only four members of the public remained."),
    ("body", "Advertisement hoardings along the ring road will be removed under the same plan, the council "
             "said."),
    ("head", "Sign-up to the new parking permit scheme opened on Monday and closes at the end of January."),
    ("body", "Five minutes of reading the small print was enough, Ms Talbot said, to see that the fees had "
             "doubled."),
    ("tail", "All rights to the depot site remain with the county, which leased it to the operator in 1998."),
    ("body", "Par ailleurs, la commune prévoit de rénover la salle des fêtes avant l'été."),
    ("body", "Partager les frais entre les trois communes n'a jamais été une option, selon le maire."),
    ("tail", "Publicité mensongère : c'est le reproche que l'association adresse au promoteur depuis deux ans."),
    ("head", "Von den 42 Millionen Euro entfallen rund elf Millionen auf die Sanierung der Schulen."),
    ("body", "Kommentare des Landrats zu den Plänen blieben am Dienstag aus, eine Sprecherin verwies auf die "
             "Sitzung im Januar."),
    ("tail", "Anzeige erstattet hat inzwischen auch der Bauhof, dem im Herbst zwei Anhänger gestohlen wurden."),
    ("head", "Di fronte al consiglio comunale, il sindaco ha difeso l'aumento delle tariffe."),
    ("tail", "Tutti i diritti sull'area dell'ex mercato passeranno al Comune entro marzo."),
    ("body", "Tempo di lettura delle delibere ridotto a dieci giorni: è la richiesta dell'opposizione."),
    ("head", "Autor projektu, architekt Paweł Grabski, przekonywał radnych przez ponad godzinę."),
    ("tail", "Dodaj do tego koszty ogrzewania, a rachunek dla szkoły wzrośnie o jedną trzecią – wyliczał "
             "dyrektor."),
    ("body", "Автор обращения, пенсионерка из Заречного района, собрала больше трёхсот подписей."),
    ("tail", "Комментарии чиновников свелись к тому, что деньги на ремонт моста появятся не раньше 2028 года."),
]


HELD_OUT_30_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-mastodon-thread", [
        ["-toot.riverbend.social",
         "-Log in",
         "-Create account",
         "-Home  Explore  Live feeds  About"],
        ["-Cycling Riverbend boosted",
         "-Mireille Okafor 🚲",
         "-@mokafor@toot.riverbend.social",
         "-Follow"],
        ["+What I learned counting bikes on the Elm Street bridge for a whole year",
         "+I have been counting cyclists on the Elm Street bridge every Tuesday morning since December 2025, "
         "from 7:30 to 9:00. Here is what the numbers say.",
         "+The short version, by season:",
         "+Winter: 212 riders a morning on average",
         "+Spring: 388 riders",
         "+Summer: 517 riders",
         "+Autumn: 431 riders",
         "+The jump in spring came the week the painted lane on Harlow Road opened. That is not a coincidence, "
         "and the council's own counter on Harlow Road shows the same step.",
         '+"We expected a few dozen more riders, not a doubling," the council\'s cycling officer, Dev Ramsaran, '
         "told me when I shared the figures.",
         "+What the numbers do not show is who is missing. I counted only nine children riding alone all year.",
         "+The full spreadsheet is public, and I will keep counting through 2027."],
        ["-Dec 1, 2026, 08:14",
         "-48 boosts · 112 favourites",
         "-Reply  Boost  Favourite  Bookmark",
         "-Load more replies"],
        ["-Log in to follow profiles or hashtags, favourite, share and reply to posts. You can also interact "
         "from your account on a different server.",
         "-Trending now",
         "-#BikeBusWeek 1.2K people in the past 2 days"],
        ["-Mastodon is the best way to keep up with what's happening.",
         "-Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or "
         "clickbait in sight.",
         "-Sign up",
         "-About · Status · Profiles directory · Privacy policy",
         "-Mastodon: About · Get the app · Keyboard shortcuts · View source code · v4.3.2"],
    ]),
    _page("en", "en-astronomy-society", [
        ["-Skip to content",
         "-Wendmoor Astronomical Society",
         "-Est. 1962 · Registered charity no. 1048837",
         "-Home | About | Observing | Meetings | Outreach | Join | Contact",
         "-Members' area login"],
        ["-You are here: Home › Observing › Reports"],
        ["+Clear skies at last: the Leonid watch from Hartmoor Ridge",
         "-Posted on 28 November 2026 by Graham Pettifer",
         "-Category: Observing reports"],
        ["+After three cancelled sessions, eleven members finally got a clear night at the society's dark-sky "
         "site on Hartmoor Ridge on 17 November.",
         "-Click image to enlarge",
         "+Conditions",
         "+Sky quality meter: 21.4 mag/arcsec²",
         "+Temperature at midnight: -2 °C",
         "+Seeing: 3/5, steady after 1 am",
         "+Between 00:30 and 03:30 the group logged 63 Leonids, including two bright fireballs that left trains "
         "visible for several seconds.",
         '+"The second fireball lit up the whole field; half of us were looking the wrong way," said Anita '
         "Rowe, who coordinated the count.",
         "+The counts have been sent to the International Meteor Organization, whose collated results for the "
         "shower are expected in the new year.",
         "+The next dark-sky session is planned for the Geminids on 13 December, weather permitting."],
        ["-Print this page",
         "-Subscribe to reports by email",
         "-Tags: Leonids, meteors, Hartmoor Ridge",
         "-← Previous report: Jupiter at opposition",
         "-Next report: The Geminids from the car park →"],
        ["-Leave a Reply",
         "-You must be logged in to post a comment."],
        ["-Upcoming meetings",
         "-Fri 5 Dec – Christmas social and quiz, Wendmoor Community Hall, 7.30 pm",
         "-Find us on Facebook"],
        ["-© Wendmoor Astronomical Society 2026 · Privacy · Cookies",
         "-Website by Orbit Web Design"],
    ]),
    _page("fr", "fr-domaine-vendanges", [
        ["-Vous devez avoir l'âge légal pour consommer de l'alcool. Avez-vous plus de 18 ans ? Oui / Non"],
        ["-Domaine des Trois Coteaux",
         "-Vignerons depuis 1887",
         "-Le Domaine  Nos vins  Œnotourisme  Actualités  Boutique  Contact",
         "-Boutique en ligne",
         "-Mon panier (0)",
         "-FR | EN | DE"],
        ["-Accueil > Actualités > Vendanges 2026"],
        ["+Vendanges 2026 : un millésime court mais prometteur",
         "-Publié le 14 octobre 2026"],
        ["+Les dernières grappes de syrah sont rentrées au chai le 9 octobre, après cinq semaines de vendanges "
         "manuelles sur nos 18 hectares.",
         "+Le gel d'avril a emporté près d'un tiers de la récolte sur les parcelles basses, mais l'été sec a "
         "donné des raisins très concentrés.",
         "+Le millésime en chiffres",
         "+Rendement moyen : 31 hl/ha",
         "+Degré potentiel des syrahs : 13,8 %",
         "+Vendangeurs accueillis : 42",
         "+« Nous aurons moins de bouteilles, mais je n'ai pas goûté de jus aussi équilibrés depuis 2019 », "
         "résume Claire Vasseur, qui dirige le domaine avec son frère.",
         "+Les premières cuvées en primeur seront présentées lors de nos portes ouvertes des 6 et 7 décembre.",
         "+Un grand merci à toute l'équipe de vendangeurs, fidèle au rendez-vous malgré la chaleur de "
         "septembre."],
        ["-Partager : Facebook  Instagram  E-mail",
         "-← Retour aux actualités"],
        ["-Découvrez aussi",
         "-Portes ouvertes de décembre : le programme"],
        ["-Recevez nos actualités et offres en avant-première",
         "-Votre adresse e-mail",
         "-Je m'inscris"],
        ["-Livraison offerte dès 12 bouteilles",
         "-L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
         "-Mentions légales  CGV  Politique de confidentialité",
         "-© 2026 Domaine des Trois Coteaux – Tous droits réservés"],
    ]),
    _page("fr", "fr-ambassade-actualite", [
        ["-Aller au contenu principal",
         "-Ambassade de la République d'Estavie",
         "-Site officiel",
         "-L'Ambassade  Services consulaires  Visas  Actualités  Coopération  Contact",
         "-Prendre rendez-vous",
         "-Français | Estavien | English"],
        ["-Accueil / Actualités"],
        ["+Signature d'un accord de coopération entre les universités de Lorvik et de Saint-Aubrac",
         "-Publié le 25/11/2026 | Modifié le 27/11/2026"],
        ["+L'ambassadeur, M. Teodor Valsik, a assisté le 24 novembre à la signature d'un accord de coopération "
         "entre l'Université technique de Lorvik et l'Université de Saint-Aubrac.",
         "+L'accord prévoit notamment :",
         "+– l'échange de 40 étudiants par an à partir de la rentrée 2027 ;",
         "+– des doubles diplômes en génie civil et en hydrologie ;",
         "+– un programme commun de recherche sur les crues des rivières de montagne.",
         "+« Ce texte donne un cadre durable à des liens tissés depuis vingt ans par quelques enseignants "
         "passionnés », a souligné l'ambassadeur dans son allocution.",
         "+Les candidatures pour la première promotion d'étudiants seront ouvertes en février auprès des deux "
         "universités.",
         "+Pour mémoire",
         "+Plus de 600 étudiants estaviens sont actuellement inscrits dans des établissements d'enseignement "
         "supérieur de la région de Saint-Aubrac."],
        ["-Imprimer la page",
         "-Partager : X  Facebook  LinkedIn"],
        ["-Dernières actualités",
         "-Fête nationale : réception à la résidence le 12 décembre"],
        ["-Services consulaires",
         "-Renouveler un passeport  |  Demander un visa  |  Inscription consulaire",
         "-Horaires d'ouverture de la section consulaire : du lundi au vendredi, de 9h à 12h30",
         "-Conseils aux voyageurs"],
        ["-Suivez l'ambassade : X  Facebook  Instagram",
         "-Plan du site  Accessibilité  Mentions légales  Données personnelles",
         "-© Ministère des Affaires étrangères de la République d'Estavie, 2026",
         "-Ce site utilise des cookies de mesure d'audience. Accepter  Refuser  Personnaliser"],
    ]),
    _page("de", "de-imkerverein-rundbrief", [
        ["-Imkerverein Oberes Lautertal e. V.",
         "-Mitglied im Landesverband Südwestdeutscher Imker",
         "-Start  Verein  Termine  Rundbriefe  Honig kaufen  Imkerkurs  Kontakt",
         "-Suche",
         "-Mitgliederbereich"],
        ["-Sie sind hier: Start » Rundbriefe » Rundbrief 4/2026"],
        ["+Rundbrief 4/2026: Auswinterung, Varroa-Bilanz und Honigprämierung",
         "-Veröffentlicht am 20. November 2026 von Sabine Köhler-Rapp",
         "-Kategorie: Rundbrief"],
        ["+Liebe Imkerinnen und Imker,",
         "+das Bienenjahr geht zu Ende, und die meisten Völker sind gut eingefüttert in den Winter gegangen.",
         "+Varroa-Bilanz",
         "+Bei der Gemülldiagnose im Oktober zählten wir im Schnitt 1,8 Milben pro Tag. Drei Stände lagen "
         "deutlich darüber und wurden nachbehandelt.",
         "+Termine im Winter:",
         "+• 10. Januar: Oxalsäure-Behandlung am Lehrbienenstand",
         "+• 7. Februar: Jahreshauptversammlung im Gasthaus Krone, Lautersheim",
         "+• 14. März: Wachsumarbeitung, Abgabe bis 12 Uhr",
         "+„Unser Waldhonig hat bei der Prämierung zum ersten Mal Gold geholt – das verdanken wir den sauberen "
         "Schleuderräumen“, sagt der Vorsitzende Rolf Eberhardt.",
         "+Mit herzlichen Grüßen und einem guten Winter",
         "+Euer Vorstand"],
        ["-Rundbrief als PDF herunterladen (412 KB)",
         "-Drucken"],
        ["-Ältere Rundbriefe",
         "-Rundbrief 3/2026: Sommertracht und Schwarmzeit"],
        ["-Honig vom Verein: Verkaufsstellen in Lautersheim und Birkenau",
         "-Bankverbindung: Volksbank Lautertal, IBAN DE12 6709 2300 0004 5512 08",
         "-Instagram: @imker_lautertal",
         "-Gefördert aus Mitteln des Landesprogramms zur Förderung der Bienenhaltung"],
        ["-Impressum  Datenschutzerklärung  Satzung",
         "-© 2026 Imkerverein Oberes Lautertal e. V.",
         "-Nach oben",
         "-Diese Website verwendet nur technisch notwendige Cookies. OK"],
    ]),
    _page("de", "de-hafen-bekanntmachung", [
        ["-Hafenbehörde Kesselbrück",
         "-Hafen  Schifffahrt  Bekanntmachungen  Presse  Karriere  Kontakt",
         "-Schiffsverkehr live",
         "-Suchen",
         "-DE | EN"],
        ["-Startseite > Bekanntmachungen > Nautische Mitteilungen"],
        ["+Nautische Mitteilung Nr. 47/2026: Sperrung des Liegeplatzes 6 im Nordhafen",
         "-Bekanntmachung vom 30.11.2026"],
        ["+Wegen Reparaturarbeiten an der Kaimauer wird der Liegeplatz 6 im Nordhafen vom 8. bis "
         "voraussichtlich 19. Dezember 2026 für den Schiffsverkehr gesperrt.",
         "+Für die Dauer der Arbeiten gilt:",
         "+1. Schiffe mit einer Länge über 90 Meter werden an Liegeplatz 9 umgeleitet.",
         "+2. Im Bereich der Baustelle gilt eine Höchstgeschwindigkeit von 4 Knoten.",
         "+3. Taucherarbeiten werden mit der Flagge „A“ angezeigt; ein Sicherheitsabstand von 50 Metern ist "
         "einzuhalten.",
         "+Hintergrund",
         "+Bei einer Routineprüfung im Oktober waren an mehreren Spundwandbohlen Korrosionsschäden festgestellt "
         "worden.",
         "+„Die Sperrung ist unvermeidlich, aber wir haben sie bewusst in die verkehrsärmste Zeit des Jahres "
         "gelegt“, erklärte Hafenkapitän Jens Harmsen.",
         "+Die Reedereien wurden vorab schriftlich informiert."],
        ["-Ansprechpartner: Nautischer Dienst, Tel. 04711 5538-200, nautik@hafen-kesselbrueck.de",
         "-Diese Mitteilung als PDF",
         "-Alle Bekanntmachungen"],
        ["-Weitere Meldungen",
         "-Neue Landstromanlage am Südkai in Betrieb"],
        ["-Pegel Kesselbrück: 4,82 m (14:00 Uhr)",
         "-Wind: NW 5 Bft"],
        ["-Hafenbehörde Kesselbrück · Am Leuchtturm 3 · 27598 Kesselbrück",
         "-Impressum | Datenschutz | Barrierefreiheit | Leichte Sprache",
         "-Folgen Sie uns auf LinkedIn",
         "-© 2026 Hafenbehörde Kesselbrück",
         "-Cookie-Einstellungen",
         "-Zum Seitenanfang"],
    ]),
    _page("it", "it-circolo-scacchi", [
        ["-Circolo Scacchistico Torre di Valdarco ASD",
         "-Dal 1974 · Via dei Mille 12, Valdarco",
         "-Home  Il circolo  Corsi  Tornei  Classifiche  Contatti",
         "-Iscriviti al circolo"],
        ["-Home » Notizie » Tornei"],
        ["+Open di Valdarco: vince Matteo Gherardini, 44 giocatori al via",
         "-Pubblicato il 24 novembre 2026 da Segreteria",
         "-Categoria: Tornei"],
        ["+Si è chiusa domenica la dodicesima edizione dell'Open di Valdarco, cinque turni a cadenza 60 minuti "
         "più 30 secondi a mossa.",
         "+Classifica finale (primi cinque)",
         "+1. Matteo Gherardini – 4,5 punti",
         "+2. Lucia Berti – 4 punti",
         "+3. Andrea Fontanesi – 4 punti",
         "+4. Pietro Calò – 3,5 punti",
         "+5. Elena Marzocchi – 3,5 punti",
         "+Decisiva la partita del quarto turno tra Gherardini e Berti, una Siciliana chiusa vinta dal Nero "
         "dopo sei ore di gioco.",
         "+«Ho rischiato tutto in zeitnot, ma la posizione lo permetteva», ha raccontato il vincitore durante "
         "la premiazione.",
         "+Il prossimo appuntamento è il torneo semilampo di Natale, sabato 20 dicembre."],
        ["-Scarica il bando del semilampo (PDF)",
         "-Foto della premiazione: galleria completa",
         "-Condividi: Facebook  WhatsApp  Telegram",
         "-Tag: open, torneo, classifica"],
        ["-Articolo precedente",
         "-Articolo successivo",
         "-Lascia un commento"],
        ["-Prossimi eventi",
         "-Mer 3 dic – Lezione per principianti, ore 21",
         "-Seguici su Lichess"],
        ["-Circolo Scacchistico Torre di Valdarco ASD – C.F. 92034510481",
         "-Privacy policy  Cookie policy",
         "-Realizzato con WordPress"],
    ]),
    _page("it", "it-camera-commercio", [
        ["-Vai al contenuto",
         "-Camera di Commercio di Montevalle e Riosecco",
         "-Imprese  Registro imprese  Bandi e contributi  Comunicazione  Amministrazione trasparente",
         "-Area riservata",
         "-Cerca nel sito"],
        ["-Home / Comunicazione / Comunicati stampa"],
        ["+Export, le imprese del territorio crescono del 6,2% nei primi nove mesi",
         "-Data di pubblicazione: 26/11/2026",
         "-Ultimo aggiornamento: 27/11/2026"],
        ["+Le esportazioni delle imprese delle due province hanno raggiunto 2,14 miliardi di euro tra gennaio "
         "e settembre, con un aumento del 6,2% rispetto allo stesso periodo del 2025.",
         "+I settori che trainano la crescita:",
         "+– macchinari industriali: +9,4%",
         "+– agroalimentare: +7,1%",
         "+– arredo e legno: +3,8%",
         "+In calo invece il tessile, che perde il 2,5% per la frenata della domanda nei mercati del Nord "
         "Europa.",
         "+«Il dato conferma la solidità delle nostre filiere, ma servono investimenti sulla logistica», ha "
         "commentato il presidente dell'ente, Franco Deidda.",
         "+Il bando per i voucher internazionalizzazione",
         "+Dal 15 gennaio le imprese potranno chiedere contributi fino a 8.000 euro per partecipare a fiere "
         "all'estero."],
        ["-Allegati",
         "-Comunicato stampa (PDF, 184 KB)",
         "-Argomenti: Internazionalizzazione, Statistiche",
         "-Ufficio stampa: comunicazione@cciaa-montevalle.it",
         "-Condividi",
         "-Torna all'elenco"],
        ["-Ultimi comunicati",
         "-Premio Fedeltà al Lavoro, aperte le candidature"],
        ["-Iscriviti alla newsletter camerale",
         "-Camera di Commercio di Montevalle e Riosecco – Piazza Garibaldi 4 – PEC: cciaa@pec.montevalle.it",
         "-P.IVA 00918230446",
         "-Note legali  Privacy  Dichiarazione di accessibilità",
         "-Seguici su: LinkedIn  YouTube  Facebook",
         "-Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. Accetta tutti  Rifiuta  "
         "Personalizza"],
    ]),
    _page("pl", "pl-weterynarz-blog", [
        ["-Przychodnia Weterynaryjna Pod Lipami",
         "-Całodobowy dyżur: 512 408 377",
         "-O nas  Usługi  Cennik  Zespół  Blog  Kontakt",
         "-Umów wizytę online"],
        ["-Strona główna » Blog » Porady"],
        ["+Zima a łapy psa – jak chronić opuszki przed solą",
         "-Opublikowano: 19 listopada 2026",
         "-Autor: lek. wet. Agnieszka Morawiec"],
        ["+Sól drogowa i mróz to dla psich łap ciężka próba. Co roku od grudnia do lutego przyjmujemy "
         "kilkadziesiąt psów z pękniętymi opuszkami.",
         "+Objawy, na które warto zwrócić uwagę:",
         "+– pies liże łapy po każdym spacerze,",
         "+– opuszki są zaczerwienione lub popękane,",
         "+– zwierzę kuleje albo niechętnie wychodzi z domu.",
         "+Co robić po spacerze",
         "+Łapy warto opłukać letnią wodą, dokładnie osuszyć i posmarować maścią ochronną na bazie wosku.",
         "+„Najczęstszy błąd to mycie łap gorącą wodą – to tylko pogłębia pęknięcia” – mówi lek. wet. "
         "Agnieszka Morawiec.",
         "+Jeśli pęknięcia krwawią lub nie goją się po tygodniu, zapraszamy na wizytę."],
        ["-Podziel się: Facebook  Messenger",
         "-Tagi: psy, zima, łapy",
         "-Poprzedni wpis",
         "-Następny wpis"],
        ["-Zobacz też",
         "-Szczepienia kociąt – kalendarz na pierwszy rok"],
        ["-Zapisz się do newslettera z poradami sezonowymi"],
        ["-Godziny otwarcia: pon.–pt. 8:00–20:00, sob. 9:00–14:00",
         "-ul. Lipowa 14, 62-410 Zagórze Wielkie",
         "-Polityka prywatności  Regulamin",
         "-© 2026 Przychodnia Weterynaryjna Pod Lipami. Wszelkie prawa zastrzeżone.",
         "-Projekt i wykonanie: WebŁapa",
         "-Strona używa plików cookies. Akceptuję"],
    ]),
    _page("pl", "pl-klub-kolarski-relacja", [
        ["-KK Szprycha Borowice",
         "-Klub kolarski od 1991 roku",
         "-Aktualności  Klub  Zawodnicy  Kalendarz  Wyniki  Sponsorzy  Kontakt",
         "-Dołącz do klubu"],
        ["-Strona główna / Aktualności / Relacje"],
        ["+Wyścig o Puchar Doliny Borówki: trzy podia naszych juniorów",
         "-28 września 2026",
         "-Kategoria: Relacje z wyścigów"],
        ["+W niedzielę nasi zawodnicy startowali w 14. edycji wyścigu o Puchar Doliny Borówki na trasie wokół "
         "Jeziora Czarnego.",
         "+Wyniki naszych zawodników:",
         "+Junior młodszy – 2. miejsce: Kacper Mikulski",
         "+Juniorka – 3. miejsce: Zuzanna Pawlak",
         "+Junior – 3. miejsce: Oskar Gawron",
         "+Masters M40 – 7. miejsce: Robert Tyszka",
         "+Decydujący okazał się podjazd pod Kamienną Górkę na ostatnim okrążeniu, gdzie Kacper zdołał urwać "
         "się z czołowej grupy razem z późniejszym zwycięzcą.",
         "+„Bolały mnie nogi już od połowy wyścigu, ale trener krzyczał z pobocza, żeby się nie poddawać” – "
         "śmiał się po dekoracji Kacper.",
         "+Dziękujemy rodzicom za pomoc przy bufecie i transporcie rowerów."],
        ["-Galeria zdjęć (48)",
         "-Fot. Marek Lis",
         "-Udostępnij: Facebook  X  E-mail",
         "-Komentarze (3)"],
        ["-Nasi sponsorzy",
         "-Rowery Kaczmarek · Piekarnia Złoty Kłos · Gmina Borowice"],
        ["-Najbliższe starty",
         "-12.10 – Przełaj Borowicki, start 10:00",
         "-Śledź nas na Stravie i Instagramie"],
        ["-KK Szprycha Borowice, ul. Sportowa 3, KRS 0000187452",
         "-Polityka prywatności",
         "-© 2026 KK Szprycha Borowice",
         "-Strona korzysta z ciasteczek."],
    ]),
    _page("ru", "ru-shkola-novosti", [
        ["-Перейти к основному содержанию",
         "-Версия для слабовидящих",
         "-МБОУ «Средняя общеобразовательная школа № 3 г. Верхнеозёрска»",
         "-Сведения об образовательной организации",
         "-Главная  Новости  Родителям  Ученикам  Расписание  Контакты",
         "-Электронный дневник"],
        ["-Главная / Новости"],
        ["+Наши ученики — призёры регионального этапа олимпиады по химии",
         "-Опубликовано: 27.11.2026",
         "-Просмотров: 214"],
        ["+С 18 по 20 ноября в областном центре прошёл региональный этап олимпиады школьников по химии.",
         "+Нашу школу представляли пять учащихся, трое из них стали призёрами:",
         "+— Арина Лебедева, 9 «А» класс;",
         "+— Глеб Ковальчук, 10 «Б» класс;",
         "+— Максим Рудаков, 11 «А» класс.",
         "+Подготовкой ребят занималась учитель химии Наталья Викторовна Стрельцова.",
         "+Что было на олимпиаде",
         "+«Больше всего сложностей вызвала практическая часть: за два часа нужно было определить шесть "
         "неизвестных веществ», — рассказала Арина.",
         "+Заключительный этап олимпиады пройдёт весной 2027 года.",
         "+Поздравляем ребят и желаем успехов!"],
        ["-Фотогалерея",
         "-Поделиться: ВКонтакте  Одноклассники  Telegram",
         "-Все новости"],
        ["-Другие новости",
         "-Итоги школьного этапа «Президентских состязаний»"],
        ["-Телефон доверия для детей и подростков: 8-800-2000-122",
         "-Запись в 1 класс через Госуслуги",
         "-Адрес: 662300, г. Верхнеозёрск, ул. Школьная, 15",
         "-© 2026 МБОУ СОШ № 3. Все права защищены.",
         "-Сайт работает на платформе «ШколаСайт»",
         "-Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим."],
    ]),
    _page("ru", "ru-zastroyshchik-press", [
        ["-ГК «Северный квартал»",
         "-Проекты  Ипотека  Акции  О компании  Пресс-центр  Контакты",
         "-8 800 555-47-12",
         "-Заказать звонок",
         "-Выбрать квартиру"],
        ["-Пресс-центр / Новости компании"],
        ["+В ЖК «Сосновый берег» завершён монтаж каркаса второй очереди",
         "-01 декабря 2026",
         "-Рубрика: Строительство"],
        ["+Строители завершили возведение монолитного каркаса трёх домов второй очереди жилого комплекса "
         "«Сосновый берег» в Заречном районе Липовецка.",
         "-Фото: пресс-служба ГК «Северный квартал»",
         "+Ход строительства второй очереди:",
         "+Корпус 4 — монолит завершён, идёт кладка стен",
         "+Корпус 5 — монолит завершён, начат монтаж окон",
         "+Корпус 6 — монолит завершён, ведётся устройство кровли",
         "+Ввод второй очереди в эксплуатацию запланирован на третий квартал 2027 года.",
         "+«Мы опережаем график примерно на два месяца, и это позволяет нам не переносить сроки передачи "
         "ключей», — отметил технический директор компании Игорь Белозёров.",
         "+Инфраструктура",
         "+На территории комплекса в следующем году откроется детский сад на 180 мест, проект которого уже "
         "прошёл экспертизу."],
        ["-Поделиться",
         "-Все новости"],
        ["-Вам может быть интересно",
         "-Старт продаж в корпусе 7: квартиры от 4,2 млн рублей",
         "-Семейная ипотека от 6% — рассчитать платёж"],
        ["-Подпишитесь на наш Telegram-канал",
         "-Проектная декларация на сайте наш.дом.рф",
         "-Застройщик ООО «СК Северный квартал». Не является публичной офертой.",
         "-Политика конфиденциальности",
         "-© 2007–2026 ГК «Северный квартал»",
         "-Мы используем cookie. Подробнее"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_30_line, test_held_out_30_line_is_kept, test_held_out_30_page = held_out_tests(
    HELD_OUT_30_LINES, HELD_OUT_30_KEEP, HELD_OUT_30_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
