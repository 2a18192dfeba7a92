"""Held-out set 37: written blind, weighted toward whole scraped pages in layouts sets 22 to 36 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 36) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 36, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function node, not the words in
the docstring) and scripts/clean_held_out_report.py (in full, with ``cat``) were read. The layouts
to avoid were taken from the brief's list and set 36's docstring; the page dict is built as set 36
builds it, ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found
beyond these notes. (1) ``git worktree add`` was run with its output discarded before anything was
written; the English fixture was not printed. (2) Before the measurement the draft lists were
executed once from a scratch folder (/tmp/s37) with stand-in ``test_clean`` and ``noisy_corpus``
modules that only counted lines (no case was run through the cleaner); nothing was changed after
that count (de-stadtarchiv-archivale was left at 20 noise lines). (3) The measuring pytest run
(``-rA``) was piped to ``grep`` for its PASSED/FAILED lines and summary, so no tracebacks were
seen; the problems of the eight failing lines were read out once afterwards with ``_problems`` in
the frozen worktree (each was "kept boilerplate"), to write the xfail reasons. (4) Some noise lines
name real things, as real pages do: Facebook, X, LinkedIn, WhatsApp, Messenger, Instagram,
Telegram, Mastodon, ВКонтакте, Одноклассники, WordPress / WordPress.com and its Sela theme, phpBB,
the CAI, the Fédération française de canoë-kayak, the youth-hostel network, Lyon, England and
Wales, the Italian 5x1000 and the KRS, NIP, P. IVA, C.F. and ИНН formats. Invented names
(Westmarch Public Media, Kellbrook, Northvale, Northmere, Ashby Fold, Vallon-de-Serre, Vauzelle,
Mérignol, Kehrtal, Lohwiesen, Borgo Alto, Castelvaio, Val Cerviano, Brzozowiec, Sosnowa Wola,
Краснолесье, Заозёрск, Ветлугино, «Сытый хвост» and the like) may coincide with real places or
firms; registration, tax, bank account and phone numbers and postcodes are invented but have real
formats and may coincide with real ones. Nothing below was copied from any file of the repository.
The lines and pages are written from memory of how real sites print them, in en/fr/de/it/pl/ru;
the page articles and every person, club, shop, hostel, hut, archive, choir and place in them are
invented. The kinds set 36's docstring names as missed (sponsored/partner markers, "Send this
article to a friend", the font-size control, the print-edition notice) and those it names from
earlier sets ("Editor's Pick", "Reporter's Notebook | ...", "Il commento del direttore", "Tylko u
nas", "Выбор редакции", newsroom-contact and media-network ownership footers, "© Riproduzione
riservata", "Lascia un commento: ...", correction/update notices, one-word kickers, price lines and
"Add to basket", "Photography: ..." credits, site taglines, alcohol health warnings, "Rédigé par
..." club bylines, breadcrumbs, "a cura dei volontari", AI-assistance, affiliate, funding and
opinion notes) were not reused as noise lines; the markers here are live-blog, gallery and
interactive-map labels; the notices are an article-age note, a support-helpline note, a
translation note, an Italian article-age note and a Russian archive note; the footers are company
registration and publisher lines and a German legal-links row. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s37 at commit 6bf6cdf) and every failing case is marked as a
strict xfail whose reason describes the line, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring. scripts/clean_held_out_report.py needed no
change: it finds a set by its number, so ``--sets 37`` works as it is.

Judgement calls: the keep lines opening with "Comments closed at midnight", "Share prices at the
firm", "Reading time for pupils", "By the end of the consultation", "Print shops on the high
street", "Live music licences", "Updated figures published on Tuesday", "Partager la voirie", "Par
ailleurs", "Lire et écrire", "Kommentarlos verließ", "Von den 42 Haushalten", "Datenschutz war der
Hauptgrund", "Condividere gli spazi", "Tutti i diritti di pesca", "Leggi regionali", "Komentarze
mieszkańców", "Czytaj uważnie umowy", "Поделиться опытом" and "Реклама на фасадах" are article
sentences; "LIVE · Updated 14:32 GMT", "Gallery: 18 photos", "EN IMAGES – 12 photos", "Interaktive
Karte: ...", "Fotogallery (20 foto)", "Relacja na żywo" and "Онлайн-трансляция · обновляется" are
markers; "Story continues below advertisement", "Enable JavaScript to view this interactive
content." and "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter" are "other"; "Copy link to
clipboard" is share; "This article is more than 2 years old" and the helpline line are notices. On
every page the title, the subheadings, their list or table-like rows and the quote are article;
site names, menus, buttons, language switches, section labels, post dates, bylines (the
ombudsman's "By Helen Corrow, Audience Ombudsman", the archive's "Text: ..." and the pet-food
blog's "Автор статьи: ..." after the article included), view, like and rating counts, reading
times, tags, categories, share, print, download and comment lines, comment forms, previous/next
links, related posts, sidebars of coming events or sessions, opening hours, addresses, phone lines,
company and registration lines, bank account and 5x1000 lines, sponsors, partners and patrons,
product rows and "В корзину", legal links, copyright, last-modified lines, webcam and weather
widgets, social links, newsletter and cookie banners and back-to-top links are noise. In
en-ombudsman-column "What the complaints said" with three dash rows and "My finding" are article,
the how-to-complain line noise; in en-repair-cafe-report "What came through the door" with four
"kind: items, fixed" rows is article, the next-sessions line and the safety-rules link noise; in
fr-auberge-jeunesse "Les nouveautés" with four dash rows and the price sentence are article, the
direct-booking line and the review score noise; in fr-club-canoe-riviere "Le parcours" with four
"place : time" rows is article, "Lu 187 fois" and the coming-dates sidebar noise; in
de-modellbahn-forum "Die Daten des Bahnhofs" with four "label: value" rows is article, the forum's
like, reply, who-is-online and phpBB lines noise; in de-stadtarchiv-archivale "Was die Ordnung
festlegte" with three numbered rows is article, "Archivale des Monats", "März 2026" and
"Zuletzt geändert: 03.03.2026" noise; in it-orto-condiviso-raccolto "Il raccolto in cifre" with
four "crop: amount" rows is article; in it-rifugio-apertura "Orari della stagione" with three
rows and the cash-only sentence are article, the half-board price line, the webcam and the weather
line noise; in pl-klub-brydzowy-wyniki "Czołówka turnieju" with three numbered rows and the
sentence naming the tournament director are article, "Autor: Sędzia klubowy", "Odsłon: 96" and
the tournament calendar noise; in pl-jarmark-rekodziela "Co znajdziecie na jarmarku" with four
bullet rows is article, the organiser, media-patron and funding lines noise; in
ru-hor-dnevnik-gastrolej "Программа концерта" with three dash rows is article, "Записала Мария
Лаптева, альт" and "👁 341" noise; in ru-blog-kormov "Схема перехода" with four day rows is
article, the product rows and "Информация на сайте не является публичной офертой." noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 251 noise lines (20 to 21 a page) and 133 article lines
(11 to 12 a page): en-ombudsman-column (a public broadcaster's audience ombudsman column),
en-repair-cafe-report (a repair café's session report), fr-auberge-jeunesse (a youth hostel's
reopening news), fr-club-canoe-riviere (a canoe club's river trip report), de-modellbahn-forum (a
model-railway forum's article on a club layout), de-stadtarchiv-archivale (a town archive's
document of the month), it-orto-condiviso-raccolto (a community garden's harvest news),
it-rifugio-apertura (a mountain hut's season opening), pl-klub-brydzowy-wyniki (a bridge club's
tournament results), pl-jarmark-rekodziela (a craft fair organiser's exhibitor news),
ru-hor-dnevnik-gastrolej (a student choir's tour diary), ru-blog-kormov (a pet food brand's blog);
every page holds a subheading with list or table-like rows and a quote in the article.

Baseline (2026-12-02, cleaner at commit 6bf6cdf, measured with
``cd /tmp/wt-s37 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s37/src python -m pytest
-q tests/test_clean_held_out_37.py -rA -p no:cacheprovider`` (8 failed, 69 passed) and
``cd /tmp/wt-s37 && PYTHONPATH=/tmp/wt-s37/src python scripts/clean_held_out_report.py --sets 37``,
with the xfail tables empty): noise lines removed 37/45 (marker 5/7, reading-time 7/7, byline 7/7,
footer 2/5, comments 6/6, share 5/5, notice 3/5, other 2/3; missed: the French gallery marker
"EN IMAGES – 12 photos", the German marker "Interaktive Karte: Alle Standorte im Überblick", the
French publisher/host footer "Directeur de la publication : Henri Vasseur · Hébergement : Nuage
Rhône SAS, Lyon", the Italian publisher footer "Edizioni Valmora S.r.l. – Sede legale: via
Garibaldi 12, Castelvaio – P. IVA 03918470216", the Polish publisher footer "Wydawca: Echo Regionu
sp. z o.o., KRS 0000481257, NIP 5832018894", the French translation notice "Cet article a été
traduit de l'anglais par la rédaction.", the Russian archive notice "Это архивная публикация:
информация могла устареть." and the Russian typo-report prompt "Нашли опечатку? Выделите текст и
нажмите Ctrl+Enter"; all eight were kept as paragraphs); keep lines kept 20/20; pages 12/12 clean,
0 of 251 page noise lines left, 0 of 133 article lines lost. The failing cases are strict xfails.

Still held out after round 35 (developed on set 36; measured once at bdb43da with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 37`` and pytest on
this file): exactly at its baseline (lines 37/45, keep 20/20, pages 12/12 clean, 0 of 251 page noise
lines left, 0 article lines lost).

Round 36 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 37`` and ``pytest tests/test_clean_held_out_37.py`` at
7ec4652 (before) and the round's last commit on branch round36 (after): noise lines 37 -> 45/45
(marker 5 -> 7/7, footer 2 -> 5/5, notice 3 -> 5/5, other 2 -> 3/3), as classes in six languages: a
story told in pictures with its photo count is a gallery label ("In pictures: 9 photos", "In
Bildern: 14 Fotos"); an interactive map's, chart's or timeline's label with a title and no sentence
is a widget; the page translated from another language joins the page-status notices (its subject a
page noun, nothing reported); the page named as archived, alone or with its facts out of date after
it, is a notice; a keyboard shortcut beside a typo or mistake named is a site prompt anywhere in the
page; after the article, a row of short pieces (no sentence's end, no reported speech) holding a
company form and a tax or registry identifier with its number or the registered seat (P. IVA, NIP,
KRS, REGON, SIRET, VAT No., USt-IdNr., ИНН, ОГРН, "Sede legale", "Siège social") is the publisher's
registration, and a row of two or more legal roles each with its colon and name (publisher, host,
publication director, responsible editor, "Wydawca", "Учредитель") is the legal notice. Keep lines
20/20, pages 12/12 clean, 0 of 251 page noise lines left, 0 article lines lost, before and after.
Strict xfails removed: 8 lines (69 -> 77 passed); no other set moved (the report over all sets
differs in set 37 only). SemEval diff: 0 files; guards 4725 passed, 53 xfailed; bench_clean CPU
ratio 1.01 (twice) against 7ec4652.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_37_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "LIVE · Updated 14:32 GMT", "marker"),
    ("head", "Gallery: 18 photos", "marker"),
    ("head", "Estimated reading time: 7 minutes", "reading-time"),
    ("head", "⏱ 3 min read", "reading-time"),
    ("head", "By Martha Ellery, Transport Correspondent", "byline"),
    ("head", "Words by Tom Okafor | Edited by Priya Nand", "byline"),
    ("tail", "Registered in England and Wales No. 08412775. Registered office: 4 Quayside Row, Northmere NM2 7QT",
     "footer"),
    ("tail", "Join the conversation: 47 comments", "comments"),
    ("tail", "Comments are closed for this article.", "comments"),
    ("tail", "Share this story: Facebook | X | LinkedIn | Email", "share"),
    ("tail", "Copy link to clipboard", "share"),
    ("head", "This article is more than 2 years old", "notice"),
    ("tail", "If you have been affected by the issues in this article, support is available from Northvale "
             "Helpline on 0800 555 0190.", "notice"),
    ("body", "Story continues below advertisement", "other"),
    ("body", "Enable JavaScript to view this interactive content.", "other"),
    # French
    ("head", "EN IMAGES – 12 photos", "marker"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("head", "Par Camille Dufresnel, avec notre correspondant à Vallon-de-Serre", "byline"),
    ("tail", "Directeur de la publication : Henri Vasseur · Hébergement : Nuage Rhône SAS, Lyon", "footer"),
    ("tail", "Réagir à cet article (12)", "comments"),
    ("head", "Cet article a été traduit de l'anglais par la rédaction.", "notice"),
    # German
    ("head", "Interaktive Karte: Alle Standorte im Überblick", "marker"),
    ("head", "Lesedauer: ca. 5 Minuten", "reading-time"),
    ("head", "Von Jana Weidner und Lukas Sternau", "byline"),
    ("tail", "Impressum · Datenschutz · AGB · Barrierefreiheit", "footer"),
    ("tail", "Kommentare (8) – Jetzt mitdiskutieren", "comments"),
    ("tail", "Artikel per WhatsApp teilen", "share"),
    # Italian
    ("head", "Fotogallery (20 foto)", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Giulia Ferranti – Redazione Cronaca", "byline"),
    ("tail", "Edizioni Valmora S.r.l. – Sede legale: via Garibaldi 12, Castelvaio – P. IVA 03918470216", "footer"),
    ("tail", "Condividi su Facebook", "share"),
    ("head", "Questo articolo è stato pubblicato più di un anno fa.", "notice"),
    # Polish
    ("head", "Relacja na żywo", "marker"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("head", "Autor: Tomasz Wierzbicki, dziennikarz działu Region", "byline"),
    ("tail", "Wydawca: Echo Regionu sp. z o.o., KRS 0000481257, NIP 5832018894", "footer"),
    ("tail", "Komentarze (23) · Zobacz wszystkie", "comments"),
    ("tail", "Udostępnij: Facebook, X, Skopiuj link", "share"),
    # Russian
    ("head", "Онлайн-трансляция · обновляется", "marker"),
    ("head", "Время чтения: 5 минут", "reading-time"),
    ("head", "Автор: Ольга Семенихина, корреспондент", "byline"),
    ("tail", "Комментарии (5) · Войдите, чтобы оставить комментарий", "comments"),
    ("head", "Это архивная публикация: информация могла устареть.", "notice"),
    ("body", "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "other"),
]

HELD_OUT_37_KEEP: list[tuple[str, str]] = [
    # English
    ("body", "Comments closed at midnight on Friday, and the council received more than 600 written responses "
             "to the plan."),
    ("body", "Share prices at the firm fell by a third after the contract was cancelled, according to its annual "
             "report."),
    ("head", "Reading time for pupils was cut to twenty minutes a day, the headteacher told parents in a letter."),
    ("head", "By the end of the consultation, only two councillors had spoken in favour of the scheme."),
    ("tail", "Print shops on the high street say the new parking charges have halved their walk-in trade."),
    ("tail", "Live music licences will now cost venues £150 a year instead of £40, the committee agreed."),
    ("body", "Updated figures published on Tuesday show the bypass is running eight months behind schedule."),
    # French
    ("body", "Partager la voirie entre cyclistes et automobilistes reste le principal défi du nouveau plan, selon "
             "l'adjoint aux mobilités."),
    ("head", "Par ailleurs, le conseil municipal a voté une hausse de 3 % des tarifs de la cantine scolaire."),
    ("tail", "Lire et écrire restent des difficultés pour un adulte sur dix dans le département, selon "
             "l'association."),
    # German
    ("body", "Kommentarlos verließ der Bürgermeister nach der Abstimmung den Sitzungssaal."),
    ("head", "Von den 42 Haushalten in der Straße haben sich 30 an der Umfrage beteiligt."),
    ("tail", "Datenschutz war der Hauptgrund, warum der Gemeinderat die Kameras am Bahnhof ablehnte."),
    # Italian
    ("body", "Condividere gli spazi del mercato coperto non è stato facile per i venditori storici, racconta il "
             "presidente."),
    ("tail", "Tutti i diritti di pesca nel lago sono stati sospesi fino a giugno dalla Provincia."),
    ("head", "Leggi regionali più severe sugli affitti brevi entreranno in vigore dal primo luglio."),
    # Polish
    ("body", "Komentarze mieszkańców na sesji rady były jednoznaczne: nikt nie chce parkingu w miejscu skweru."),
    ("tail", "Czytaj uważnie umowy z operatorem, radzi rzecznik konsumentów, bo kary za zerwanie sięgają 900 zł."),
    # Russian
    ("body", "Поделиться опытом с новичками ветераны клуба согласились на встрече в субботу."),
    ("tail", "Реклама на фасадах исторических зданий будет запрещена с 1 сентября, решила городская дума."),
]


HELD_OUT_37_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-ombudsman-column", [
        ["-Westmarch Public Media",
         "-News | Radio | TV Guide | Podcasts | Sign in",
         "-Search",
         "-Audience Ombudsman column"],
        ["+Why we called it a 'riot': the ombudsman replies to listeners"],
        ["-By Helen Corrow, Audience Ombudsman",
         "-Published 14 February 2026, 09:00",
         "-5 min read"],
        ["+More than 140 listeners wrote to me after the evening bulletin of 6 February described the disturbance "
         "outside Kellbrook station as a riot.",
         "+Most of them argued that the word was too strong for a scuffle that lasted twenty minutes and ended "
         "with three arrests."],
        ["+What the complaints said",
         "+- 96 said the word \"riot\" exaggerated the events",
         "+- 31 said the bulletin did not mention that police had used dogs",
         "+- 13 asked why no witness was interviewed"],
        ["+I put these points to the head of news, Daniel Oyelaran, who accepted that the word had been chosen "
         "before reporters reached the station.",
         "+\"We should have waited for our own people on the ground before choosing a word that carries so much "
         "weight,\" he told me.",
         "+My finding",
         "+I uphold the complaint about the word, but not the one about the dogs: the later bulletin at 22:00 did "
         "report them.",
         "+The newsroom has agreed to review its guidance on describing public disorder by the end of March."],
        ["-How to complain: fill in our online form or write to Audience Ombudsman, PO Box 4410, Kellbrook "
         "KB1 9WW",
         "-Read the ombudsman's previous columns",
         "-Share: Facebook · X · Email",
         "-Topics: Ombudsman, Editorial standards",
         "-Comments are not enabled for this column."],
        ["-Related: How we report on protests",
         "-More from Westmarch Public Media",
         "-Rebuilding the Kellbrook lido: a timeline",
         "-Listen live"],
        ["-Newsletter: Get the week's column in your inbox – Sign up",
         "-Cookies help us improve this site. Accept all | Manage preferences",
         "-Accessibility · Terms of use · Privacy · Cookie settings",
         "-© 2026 Westmarch Public Media Trust, a registered charity no. 1184920",
         "-Back to top"],
    ]),
    _page("en", "en-repair-cafe-report", [
        ["-Ashby Fold Repair Café",
         "-Home | Events | Volunteer | Donate | Contact",
         "-Search for:"],
        ["+February session: 38 items in, 27 fixed"],
        ["-Posted on 9 March 2026 by Repair Café team",
         "-Category: Session reports",
         "-3 min read"],
        ["+Our February session at St Aldric's church hall was the busiest since we opened, with people queuing "
         "at the door before ten.",
         "+Volunteers worked through toasters, lamps, a sewing machine from 1962 and one very stubborn coffee "
         "grinder."],
        ["+What came through the door",
         "+Electrical: 19 items, 13 fixed",
         "+Textiles: 8 items, 8 fixed",
         "+Bikes: 6 items, 4 fixed",
         "+Other: 5 items, 2 fixed"],
        ["+\"People are surprised how often it is just a fuse or a loose wire,\" said Colin Marsh, who has led the "
         "electrical table since 2023.",
         "+Items we could not fix were mostly cheap appliances glued shut at the factory, which cannot be opened "
         "without breaking them.",
         "+The next session is on Saturday 11 April, when a visiting clockmaker will join the team."],
        ["-Our next sessions: Sat 11 April, 10am–1pm · Sat 9 May, 10am–1pm",
         "-Please read our safety rules before bringing an item",
         "-Share this: Facebook, WhatsApp, Email",
         "-Like this: Like Loading...",
         "-Tags: electrical, sewing, bikes",
         "-← January session: kettles and coats"],
        ["-Leave a Reply",
         "-Your email address will not be published. Required fields are marked *",
         "-Post Comment"],
        ["-Recent Posts",
         "-Subscribe to our mailing list",
         "-Ashby Fold Repair Café is run by volunteers and supported by Ashby Fold Community Trust",
         "-Find us: St Aldric's Church Hall, Mill Lane, Ashby Fold AF4 2RD",
         "-Follow us on Instagram @ashbyfoldrepairs",
         "-Powered by WordPress | Theme: Sela by WordPress.com"],
    ]),
    _page("fr", "fr-auberge-jeunesse", [
        ["-Auberge de jeunesse Les Trois Cols",
         "-Accueil | Chambres & dortoirs | Groupes | Actualités | Contact",
         "-Réserver un lit",
         "-FR | EN | DE",
         "-Actualités"],
        ["+Réouverture après travaux : ce qui change à l'auberge"],
        ["-Publié le 2 mars 2026",
         "-Par l'équipe de l'auberge"],
        ["+Après quatre mois de fermeture, l'auberge rouvre ses portes le 1er avril avec des dortoirs rénovés et "
         "une cuisine partagée agrandie.",
         "+Les travaux, financés en partie par la région, ont porté sur l'isolation du bâtiment et la mise aux "
         "normes des sanitaires."],
        ["+Les nouveautés",
         "+– des dortoirs de six lits au lieu de dix, chacun avec casiers fermant à clé ;",
         "+– une cuisine équipée de quatre plaques et de deux réfrigérateurs ;",
         "+– un local à vélos fermé de vingt places ;",
         "+– une salle commune accessible aux personnes à mobilité réduite."],
        ["+« Nous voulions garder l'esprit de l'auberge tout en offrant un vrai confort aux randonneurs », "
         "explique la directrice, Maëlle Guérinot.",
         "+Les tarifs restent inchangés pour la saison : 24 euros la nuit en dortoir, petit-déjeuner compris.",
         "+Les groupes scolaires peuvent déjà réserver pour le mois de mai."],
        ["-Réservez directement sur notre site : pas de frais de réservation",
         "-Avis clients : 4,6/5 (312 avis)",
         "-Partager : Facebook · WhatsApp · E-mail",
         "-Articles similaires",
         "-Les sentiers à découvrir depuis l'auberge"],
        ["-Nous trouver : 3 chemin des Bergers, 05340 Vallon-de-Serre · Tél. 04 92 18 44 70",
         "-Horaires de l'accueil : 8 h – 12 h et 17 h – 21 h",
         "-Membre du réseau des auberges de jeunesse",
         "-Suivez-nous sur Instagram",
         "-Inscrivez-vous à notre lettre d'information",
         "-Mentions légales · Politique de confidentialité · CGV",
         "-© 2026 Association Les Trois Cols",
         "-Ce site utilise des cookies. Accepter / Refuser",
         "-Haut de page"],
    ]),
    _page("fr", "fr-club-canoe-riviere", [
        ["-Canoë-Kayak Club de la Vauzelle",
         "-Le club | Sorties | Compétitions | Inscriptions | Boutique",
         "-Espace adhérents",
         "-Comptes rendus de sorties"],
        ["+Descente de la Vauzelle : niveau d'eau idéal et trois nouveaux pagayeurs"],
        ["-Compte rendu publié le 16 mars 2026 par Julien (moniteur)",
         "-Lu 187 fois"],
        ["+Dimanche, quatorze membres du club ont descendu la Vauzelle entre le pont de Mérignol et la base de "
         "loisirs, soit onze kilomètres.",
         "+Après les pluies de la semaine, le niveau d'eau était parfait pour un parcours de classe II sans "
         "portage."],
        ["+Le parcours",
         "+Départ pont de Mérignol : 9 h 30",
         "+Rapide des Moulins : 10 h 15",
         "+Pause au gué de la Cadière : 11 h 40",
         "+Arrivée base de loisirs : 13 h 10"],
        ["+Trois adhérents inscrits à l'automne faisaient leur première descente en rivière et n'ont dessalé "
         "qu'une fois à eux trois.",
         "+« Ils ont lu la rivière comme des anciens », s'amuse Julien Berthomieu, moniteur diplômé, qui "
         "encadrait la sortie.",
         "+Prochaine sortie en rivière le 12 avril, si le niveau le permet."],
        ["-Photos de la sortie : voir l'album",
         "-Catégorie : Sorties rivière",
         "-Étiquettes : Vauzelle, classe II, débutants",
         "-Partager sur Facebook",
         "-Sortie précédente : Initiation en piscine"],
        ["-Laisser un commentaire",
         "-Vous devez être connecté pour publier un commentaire."],
        ["-Prochains rendez-vous",
         "-Sam. 28 mars : entraînement slalom",
         "-Nos partenaires : Sport Vauzelle, Garage Delmas",
         "-Club affilié à la Fédération française de canoë-kayak",
         "-Base nautique, route de l'Étang, 24130 Mérignol · 06 71 42 09 85",
         "-Mentions légales · Plan du site",
         "-Site réalisé par Pagaie Web",
         "-Retour en haut"],
    ]),
    _page("de", "de-modellbahn-forum", [
        ["-Modellbahn-Treff – Das Forum für Spur H0, N und TT",
         "-Forum | Artikel | Bildergalerie | Marktplatz | Hilfe",
         "-Anmelden | Registrieren",
         "-Artikel » Anlagenbau"],
        ["+Unsere Vereinsanlage „Kehrtalbahn“: Der Bahnhof ist fertig"],
        ["-Verfasst von Bernd_H0 am 21.02.2026, 18:42",
         "-Zugriffe: 2.318"],
        ["+Nach zweieinhalb Jahren Bauzeit ist der Bahnhof Kehrtal auf unserer Vereinsanlage betriebsbereit.",
         "+Die Anlage im Maßstab 1:87 misst inzwischen 7,40 mal 3,10 Meter und wird digital gesteuert."],
        ["+Die Daten des Bahnhofs",
         "+Gleislänge: 46 Meter",
         "+Weichen: 23, davon 4 doppelte Kreuzungsweichen",
         "+Signale: 18 Lichtsignale",
         "+Gebäude: 11, alle im Eigenbau"],
        ["+Die größte Herausforderung war das Stellwerk, das wir nach Originalplänen aus den sechziger Jahren "
         "nachgebaut haben.",
         "+„Jede Weiche ist einzeln verkabelt, das hat allein einen Winter gedauert“, sagt Vereinsvorsitzender "
         "Rainer Ostermeier.",
         "+Beim Tag der offenen Tür am 18. April kann die Anlage besichtigt werden."],
        ["-Dieser Beitrag gefällt 34 Mitgliedern",
         "-Antworten | Zitieren | Melden",
         "-Beitrag teilen",
         "-Sie müssen angemeldet sein, um zu antworten."],
        ["-Ähnliche Themen",
         "-Oberleitung selbst bauen – Erfahrungen?",
         "-12 Antworten",
         "-Werbung"],
        ["-Wer ist online: 48 Mitglieder, 212 Gäste",
         "-Newsletter abonnieren",
         "-Forenregeln · Impressum · Datenschutzerklärung",
         "-Cookie-Einstellungen",
         "-Alle Zeiten sind UTC+1",
         "-Powered by phpBB® Forum Software © phpBB Limited",
         "-Nach oben"],
    ]),
    _page("de", "de-stadtarchiv-archivale", [
        ["-Stadtarchiv Lohwiesen",
         "-Startseite | Bestände | Recherche | Benutzung | Archivpädagogik | Kontakt",
         "-Leichte Sprache | Gebärdensprache",
         "-Suche",
         "-Archivale des Monats",
         "-März 2026"],
        ["+Ein Streit um Butterpreise: Die Marktordnung von 1788"],
        ["+Im März zeigen wir eine handschriftliche Marktordnung, die der Rat der Stadt Lohwiesen im Sommer 1788 "
         "erlassen hat.",
         "+Sie regelte, wer an welchen Tagen auf dem Marktplatz verkaufen durfte, und setzte Höchstpreise für "
         "Butter, Eier und Brot fest."],
        ["+Was die Ordnung festlegte",
         "+1. Markttage waren Dienstag und Samstag.",
         "+2. Auswärtige Händler durften erst ab zehn Uhr verkaufen.",
         "+3. Wer Butter mit Wasser streckte, zahlte zwei Gulden Strafe."],
        ["+Anlass war offenbar ein Streit zwischen Bauern aus dem Umland und städtischen Händlern, der in den "
         "Ratsprotokollen mehrfach erwähnt wird.",
         "+„Die Ordnung zeigt, wie sehr die Stadt von ihrem Markt lebte“, sagt Archivleiterin Dr. Sabine "
         "Kreutzmann.",
         "+Die Transkription hat eine Ehrenamtliche des Geschichtsvereins angefertigt.",
         "+Das Original liegt bis Ende März im Lesesaal aus und kann zu den Öffnungszeiten eingesehen werden."],
        ["-Text: Dr. Sabine Kreutzmann",
         "-Download: Transkription (PDF, 312 KB)",
         "-Alle Archivalien des Monats",
         "-Drucken",
         "-Seite teilen"],
        ["-Öffnungszeiten Lesesaal: Di–Do 9–16 Uhr, Fr 9–12 Uhr",
         "-Stadtarchiv Lohwiesen, Am Zeughaus 4, 79412 Lohwiesen",
         "-Telefon 07634 912-310 · stadtarchiv@lohwiesen.de",
         "-Ein Angebot der Stadt Lohwiesen",
         "-Folgen Sie uns auf Mastodon",
         "-Impressum | Datenschutz | Barrierefreiheitserklärung",
         "-Zuletzt geändert: 03.03.2026",
         "-Diese Website verwendet nur technisch notwendige Cookies.",
         "-Zum Seitenanfang"],
    ]),
    _page("it", "it-orto-condiviso-raccolto", [
        ["-Orto Condiviso Borgo Alto",
         "-Chi siamo | L'orto | Laboratori | Diventa socio | Contatti",
         "-Cerca nel sito",
         "-Notizie dall'orto"],
        ["+Il raccolto 2025: numeri e ringraziamenti"],
        ["-10 ottobre 2025",
         "-Scritto da Chiara (coordinamento)",
         "-2 minuti di lettura"],
        ["+Si è chiusa con la festa di domenica scorsa la stagione dell'orto condiviso di via delle Mura, la "
         "quarta dalla nascita del progetto.",
         "+Quest'anno le parcelle coltivate erano 32, affidate a famiglie, due classi della scuola media e un "
         "gruppo di pensionati."],
        ["+Il raccolto in cifre",
         "+Pomodori: 410 kg",
         "+Zucchine: 180 kg",
         "+Fagioli: 65 kg",
         "+Erbe aromatiche: 40 mazzi a settimana"],
        ["+Circa un quinto del raccolto è stato donato all'emporio solidale del quartiere.",
         "+«Qui si impara che la terra non ha fretta», ha detto durante la festa Ernesto Paladini, 81 anni, il "
         "socio più anziano.",
         "+Le iscrizioni per la stagione 2026 apriranno a gennaio."],
        ["-Condividi: Facebook | WhatsApp | Telegram",
         "-Tag: raccolto, volontariato, quartiere",
         "-Articoli correlati",
         "-Laboratorio di semina per bambini"],
        ["-3 commenti",
         "-Scrivi un commento"],
        ["-Sostieni l'orto con il 5x1000: C.F. 91048760153",
         "-Orto Condiviso Borgo Alto APS – via delle Mura 22, Borgo Alto",
         "-Seguici su Instagram e Facebook",
         "-Iscriviti alla newsletter",
         "-Privacy policy | Cookie policy",
         "-Credits",
         "-Questo sito utilizza cookie tecnici. OK",
         "-Torna su"],
    ]),
    _page("it", "it-rifugio-apertura", [
        ["-Rifugio Pian delle Marmotte – 2.214 m",
         "-Il rifugio | Camere | Menù | Escursioni | Prenota | Meteo",
         "-IT | EN | DE",
         "-Prenota ora",
         "-News",
         "-Pubblicato il 20 maggio 2026"],
        ["+Si riapre il 14 giugno: la stagione 2026 al rifugio"],
        ["+Dopo un inverno con molta neve, il rifugio Pian delle Marmotte riaprirà sabato 14 giugno e resterà "
         "aperto fino al 20 settembre.",
         "+Il sentiero 312 dalla malga Cerviano è già percorribile, mentre sul tratto finale restano alcuni nevai "
         "da attraversare con attenzione."],
        ["+Orari della stagione",
         "+Giugno: solo fine settimana",
         "+Dal 1° luglio al 10 settembre: tutti i giorni",
         "+Cucina: 11.30 – 15.00 e 18.30 – 20.30"],
        ["+Quest'anno il rifugio ha installato nuovi pannelli solari che coprono quasi tutto il fabbisogno di "
         "energia.",
         "+«Chiediamo agli escursionisti di riportare a valle i propri rifiuti», dice il gestore, Davide "
         "Zanettin.",
         "+I posti letto sono 28, in camerate da quattro a otto persone.",
         "+Al rifugio non si può pagare con la carta: si consiglia di portare contanti."],
        ["-Tariffe mezza pensione: soci CAI 58 €, non soci 68 €",
         "-Prenotazione obbligatoria per il pernottamento",
         "-Condividi su WhatsApp",
         "-Leggi anche: Le escursioni ad anello dal rifugio",
         "-Valutazione degli ospiti: 4,7/5 (268 recensioni)"],
        ["-Webcam live dal rifugio",
         "-Meteo: 12 °C, parzialmente nuvoloso"],
        ["-Rifugio Pian delle Marmotte – Loc. Pian delle Marmotte, 38080 Val Cerviano (TN)",
         "-Tel. +39 0465 501 218 · Cell. 347 882 1094",
         "-P. IVA 02291840227",
         "-Seguici su Facebook",
         "-Newsletter",
         "-Privacy · Cookie · Note legali",
         "-Accetta tutti i cookie",
         "-Torna all'inizio"],
    ]),
    _page("pl", "pl-klub-brydzowy-wyniki", [
        ["-Klub Brydża Sportowego „Atut” Brzozowiec",
         "-Strona główna | Turnieje | Wyniki | Szkółka | Kontakt",
         "-Aktualności"],
        ["+Turniej par o Puchar Wiosny: wyniki"],
        ["-Dodano: 4 marca 2026, 21:15",
         "-Autor: Sędzia klubowy",
         "-Odsłon: 96"],
        ["+We wtorek w sali klubowej przy ul. Lipowej rozegrano pierwszy z trzech turniejów par o Puchar Wiosny.",
         "+Przy stołach zasiadło czternaście par, rozdano 27 rozdań."],
        ["+Czołówka turnieju",
         "+1. Anna Kowalczyk – Piotr Rybarczyk: 62,4%",
         "+2. Jerzy Mazurek – Zofia Mazurek: 58,1%",
         "+3. Tomasz Bielecki – Karol Ostrowski: 55,7%"],
        ["+Najciekawsze było rozdanie nr 17, w którym tylko dwie pary wylicytowały i wygrały szlemika pik.",
         "+„Wistowaliśmy spokojnie i czekaliśmy na błąd rywali” – mówiła po turnieju zwyciężczyni, Anna "
         "Kowalczyk.",
         "+Turniej sędziował Marek Dąbrowski, który liczył wyniki na bieżąco w programie klubowym.",
         "+Kolejny turniej cyklu odbędzie się 17 marca o godz. 18:00."],
        ["-Pełne wyniki (PDF)",
         "-Protokół rozdań do pobrania",
         "-Udostępnij na Facebooku",
         "-Komentarze (0)",
         "-Dodaj komentarz",
         "-Poprzedni wpis: Szkółka brydżowa dla juniorów"],
        ["-Kalendarz turniejów",
         "-17.03 – Puchar Wiosny, turniej II",
         "-31.03 – Puchar Wiosny, turniej III"],
        ["-Klub działa dzięki wsparciu Urzędu Miasta Brzozowiec",
         "-Klub Brydża Sportowego „Atut”, ul. Lipowa 8, 62-410 Brzozowiec",
         "-Konto: 12 1020 4027 0000 1802 0947 3366",
         "-Polityka prywatności",
         "-Strona używa plików cookie. Zamknij",
         "-Do góry"],
    ]),
    _page("pl", "pl-jarmark-rekodziela", [
        ["-Jarmark Rękodzieła w Sosnowej Woli",
         "-O jarmarku | Dla wystawców | Program | Galeria | Kontakt",
         "-Zgłoś stoisko",
         "-PL | EN",
         "-Szukaj",
         "-Aktualności"],
        ["+Letni jarmark 2026: znamy listę wystawców"],
        ["-12 kwietnia 2026",
         "-Czas czytania: 3 min"],
        ["+Na tegoroczny letni jarmark, który odbędzie się 6–7 czerwca na rynku w Sosnowej Woli, przyjęliśmy 84 "
         "wystawców z całego kraju.",
         "+Zgłoszeń było niemal dwa razy więcej, dlatego po raz pierwszy komisja wybierała stoiska według nowych "
         "kryteriów."],
        ["+Co znajdziecie na jarmarku",
         "+• ceramikę i szkło artystyczne – 18 stoisk",
         "+• biżuterię i wyroby ze srebra – 14 stoisk",
         "+• tkaniny, hafty i koronki – 21 stoisk",
         "+• wyroby z drewna i wikliny – 12 stoisk"],
        ["+„Stawiamy na rzeczy robione ręcznie od początku do końca, a nie na produkty z hurtowni” – mówi "
         "organizatorka, Beata Sokolnicka.",
         "+W sobotę wieczorem na scenie przy ratuszu wystąpi kapela ludowa, a dla dzieci przygotowano warsztaty "
         "lepienia z gliny.",
         "+Wstęp na jarmark jest bezpłatny."],
        ["-Udostępnij: Facebook · Messenger · Kopiuj link",
         "-Zobacz także: Galeria z jarmarku świątecznego 2025",
         "-Regulamin jarmarku"],
        ["-Organizator: Fundacja Sosnowe Rzemiosło, KRS 0000712846",
         "-Patronat medialny: Radio Sosnowa",
         "-Dofinansowano ze środków Gminy Sosnowa Wola",
         "-Kontakt: jarmark@sosnowewola.pl · tel. 601 284 930",
         "-Obserwuj nas na Instagramie",
         "-Zapisz się do newslettera",
         "-Polityka prywatności · Deklaracja dostępności",
         "-Wszystkie prawa zastrzeżone © 2026",
         "-Używamy plików cookies. Akceptuję",
         "-Wróć na górę"],
    ]),
    _page("ru", "ru-hor-dnevnik-gastrolej", [
        ["-Студенческий хор «Вешние голоса»",
         "-Главная | О хоре | Концерты | Дневник гастролей | Набор | Контакты",
         "-Поддержать хор",
         "-Дневник гастролей"],
        ["+День четвёртый: Краснолесье и концерт в бывшем купеческом клубе"],
        ["-18 апреля 2026",
         "-Записала Мария Лаптева, альт",
         "-👁 341"],
        ["+Утром мы выехали из Заозёрска и к обеду добрались до Краснолесья, где нас встретили хористы местного "
         "колледжа.",
         "+Репетиция началась сразу после обеда: акустика зала оказалась неожиданно гулкой, и дирижёру пришлось "
         "перестраивать расстановку."],
        ["+Программа концерта",
         "+— Народные песни в обработке для хора",
         "+— Хоровой цикл «Времена года» нашего выпускника Ильи Горшенина",
         "+— Совместное исполнение с хором колледжа"],
        ["+Зал на триста мест был заполнен, а после концерта слушатели ещё полчаса не отпускали нас со сцены.",
         "+«Так нас не принимали даже дома», — призналась после выступления хормейстер Елена Борисовна "
         "Стрельцова.",
         "+Вечером для нас устроили чаепитие с пирогами, и мы разучили с хозяевами две их песни.",
         "+Завтра нас ждёт переезд в Ветлугино и последний концерт тура."],
        ["-Поделиться: ВКонтакте · Telegram · Одноклассники",
         "-Предыдущая запись: День третий",
         "-Следующая запись: День пятый"],
        ["-Комментарии (4)",
         "-Оставить комментарий",
         "-Ваш e-mail не будет опубликован."],
        ["-Ближайшие концерты",
         "-25 апреля, 19:00 — Большой зал университета",
         "-Купить билет",
         "-Подписаться на новости хора",
         "-© 2026 Студенческий хор «Вешние голоса»",
         "-Политика конфиденциальности",
         "-Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
         "-Наверх"],
    ]),
    _page("ru", "ru-blog-kormov", [
        ["-«Сытый хвост» — корма для кошек и собак",
         "-Каталог | Где купить | Блог | О компании | Контакты",
         "-Корзина (0)",
         "-Войти",
         "-Советы ветеринара"],
        ["+Как перевести кошку на новый корм без стресса"],
        ["-5 февраля 2026",
         "-Время чтения: 6 минут"],
        ["+Резкая смена корма — одна из частых причин расстройства пищеварения у кошек, поэтому переход лучше "
         "растянуть на неделю.",
         "+Это касается и перехода с сухого корма на влажный, и смены марки."],
        ["+Схема перехода",
         "+1–2-й день: 25% нового корма, 75% старого",
         "+3–4-й день: 50% нового и 50% старого",
         "+5–6-й день: 75% нового корма",
         "+7-й день: только новый корм"],
        ["+Если кошка отказывается есть больше суток, переход стоит остановить и показать животное ветеринару.",
         "+«Кошки консервативны в еде, и торопить их не нужно», — советует ветеринарный врач Анна Гречишникова.",
         "+Воду при смене рациона нужно менять чаще обычного, особенно если кошка переходит на сухой корм."],
        ["-Автор статьи: Анна Гречишникова, ветеринарный врач",
         "-Оцените статью: ★★★★★ (27 оценок)",
         "-Поделиться",
         "-Товары из статьи",
         "-Корм для взрослых кошек с индейкой, 1,5 кг — 890 ₽",
         "-В корзину",
         "-Читайте также: Сколько воды нужно собаке"],
        ["-Подпишитесь и получите скидку 10% на первый заказ",
         "-ООО «Сытый хвост», ИНН 7719483260",
         "-Горячая линия: 8 800 555-18-47 (бесплатно по России)",
         "-Политика обработки персональных данных",
         "-Информация на сайте не является публичной офертой.",
         "-© 2026 «Сытый хвост»",
         "-Наверх"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_37_line, test_held_out_37_line_is_kept, test_held_out_37_page = held_out_tests(
    HELD_OUT_37_LINES, HELD_OUT_37_KEEP, HELD_OUT_37_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
