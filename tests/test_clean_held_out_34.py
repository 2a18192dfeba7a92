"""Held-out set 34: written blind, weighted toward whole scraped pages in layouts sets 22 to 33 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 33) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 33, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function node, not the words in
the docstring) and scripts/clean_held_out_report.py (in full) were read. The layouts to avoid were
taken from the brief's list and set 33's docstring; the page dict is built as set 33 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found beyond these
notes. (1) ``git worktree add`` was run with its output discarded; the English fixture was not
printed. (2) Before the measurement the draft of this file was imported three times from a scratch
folder (/tmp/s34) to count its lines and pages (no case was run through the cleaner); the first
import failed on a missing comma between added page blocks, which was fixed before the
measurement. (3) The measuring pytest run (``-rA``) was piped to ``grep`` for its PASSED/FAILED
lines and summary, so no tracebacks were seen; the per-case problems of the eight failing lines
and seven failing pages were read out once afterwards with ``_problems`` in the frozen worktree,
to write the xfail reasons. (4) Some lines name real things, as real pages do: Facebook, X,
WhatsApp, Instagram, Pinterest, LinkedIn, Telegram, ВКонтакте, Одноклассники, the French sailing
federation FFV and the bank brand Crédit Maritime (in the sailing club's partner line, noise), the
towns Lyon, Vonnas, Mâcon (noise lines), and, against the brief's "every place invented", three
real places inside page articles: the Weddell Sea (en-alumni-magazine), the town of Lonigo
(it-gattile-adozioni) and the river Warta (pl-fotoklub-konkurs; also in its title); they were
noticed only after the measurement and were left as they are. The French alcohol health warning
is the wording French law prescribes. Company, charity, tax, KRS, ИНН, Siret, C.F. and P. IVA
numbers, phone numbers and postcodes are invented but have real formats and may coincide with
real ones; "Larkspur & Wren", "Harbourline Media", "Mittelland-Kurier", "Optik Sommerfeld",
"Fahrschule Brandtner", "Игрушкин двор" and the like may coincide with real names. Nothing below
was copied from any file of the repository. The lines and pages are written from memory of how
real sites print them, in en/fr/de/it/pl/ru; the page articles and every person, publisher,
novel, university, magazine, brewery, beer, sailing club, boat, driving school, optician, cat
shelter, cat, history society, bridge, kindergarten, photo club, toy shop, race and organiser in
them are invented (save the three places named in (4)). The kinds set 33's docstring names as
missed ("LIVE UPDATES", "Some quotes have been edited for length and clarity.", "Materiał chroniony
prawem autorskim.") and those it names from earlier sets (the "Words by ... · Photographs by ..."
credit line, affiliate-link notice, "Zobacz galerię zdjęć", newsletter data notice, "Please enable
JavaScript ...", AI-translation notice, outdated-browser warning, "Комментариев пока нет. Будьте
первым!", interview bylines, print-origin notice, app-download line, tip-off line, paywall
percentage notice, "Oprac." byline, partner-material notice, Instagram embed placeholder, German
embed label, "have your say", "story continues below", registration footers, price notices, "the
editors' opinion may differ", gallery counters, "was this page helpful?" widgets, the
"Transparenzhinweis" trip disclosure) were not reused as noise lines; the alumni page's
"Words: ... / Photography: ..." pair is the nearest kind and is a two-line credit, not the
one-line "Words by ... · Photographs by ...". The set was measured once against a frozen cleaner
(worktree /tmp/wt-s34 at commit aae4afc) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Before the measurement noise lines were added to
every page (to bring each to 20 to 22); nothing was changed after it but the xfail tables and this
docstring. scripts/clean_held_out_report.py needed no change: it finds a set by its number, so
``--sets 34`` works as it is.

Judgement calls: the keep lines opening with "Comments from residents", "Share of the vote", "By
2028", "Updated figures", "All rights of way", "Sign-up rates", "Reading the full report",
"Partagée entre", "Lire le rapport", "Commentaires et critiques", "Mehr zum Thema", "Kommentieren
wollte", "Anzeige erstattet", "Leggi anche la delibera", "Commenti ironici", "Tutti i diritti di
passaggio", "Udostępnienie boiska", "Czytając uchwałę", "Читать отчёт" and "Комментируя решение"
are article sentences; "EXCLUSIVE", "OPINION", "ÉDITO", "EILMELDUNG", "ULTIM'ORA", "PILNE" and
"МОЛНИЯ" are markers (kickers or section labels above a headline); the amendment and update lines
("This article was amended ...", "This story has been updated ...", "Dieser Artikel wurde am ...
aktualisiert.", "Articolo aggiornato alle ore 18:42", "Материал обновлён ...") are notices; "Skip to
main content", the "Czytaj także: ..." related link and the Russian breadcrumb are "other"; the
English company-registration line is a footer. On every page the title, the subheadings, their
table-like rows ("label: value" rows, ranked rows, time rows, lowercase list rows), the interview
questions and the quote are article; site names, taglines, menus, buttons (buy, book, donate,
register, basket), breadcrumbs, category labels, post dates, bylines (team, role or bare name),
view counts, reading times, tags, share, print and comment lines, previous/next links, related or
recent posts, opening hours, addresses, company, charity and registration lines, legal links,
copyright, photo credits, partner lines, social links, age gates, health warnings and cookie
banners are noise. In en-publisher-author-interview the three questions ("Where did the book
begin?", "What is on your desk right now?", "What are you writing next?"), their answers and the
three lowercase desk rows are article, the price line and "Add to basket" noise; in
en-alumni-magazine "Life on the station" with three rows and the booking sentence are article,
"Words: Hannah Voss", "Photography: ...", "Winter 2026 issue" and "Book your place ..." noise; in
fr-brasserie-blog "Ce qui change" with three rows is article, the tagline, the age gate and the
alcohol health warning noise; in fr-club-voile "Le classement" with three ranked rows is article,
"Rédigé par le bureau du club", the partner line and the Siret line noise; in de-fahrschule-news
"Die Änderungen auf einen Blick" with three rows is article, the lesson and office hours noise; in
de-optiker-blog "Unsere drei Tipps" with three rows and the employer sentence are article, the
breadcrumb, "Ausgezeichnet von Kunden: 4,9 von 5 Sternen" and "Kommentare sind geschlossen." noise;
in it-gattile-adozioni "Chi è andato a casa" with three rows is article, "a cura dei volontari",
the visiting hours and the 5x1000 line noise; in it-storia-locale "Le tappe della ricostruzione"
with three dated rows is article, the photo credit and the membership-fee line noise; in
pl-przedszkole-rodzice "Harmonogram występów" with three time rows and the teacher's dash quote
are article, "BIP", "Wyświetleń: 214", the menu PDF and "Rejestr zmian" noise; in
pl-fotoklub-konkurs "Laureaci" with three prize rows and "Wstęp jest wolny." are article, the
contest rules PDF and the main-photo credit noise; in ru-magazin-igrushek-blog "На что смотреть
при покупке" with three rows is article, the free-phone line, "Корзина (0)" and "Товары из статьи"
noise; in ru-marafon-info "Что нужно взять с собой" with three rows is article, "Пресс-служба
забега", the view count, the race-rules PDF and the organiser line noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 245 noise lines (20 to 22 a page) and 122 article lines
(10 to 12 a page): en-publisher-author-interview (a book publisher's author interview),
en-alumni-magazine (a university alumni magazine feature), fr-brasserie-blog (a craft brewery's
blog post), fr-club-voile (a sailing club's regatta news), de-fahrschule-news (a driving school's
news on a new test rule), de-optiker-blog (an optician's blog post), it-gattile-adozioni (a cat
rescue shelter's adoption news), it-storia-locale (a local history society's article),
pl-przedszkole-rodzice (a kindergarten's parents page), pl-fotoklub-konkurs (a photography club's
contest results), ru-magazin-igrushek-blog (a toy shop's blog post), ru-marafon-info (a race
organiser's runner information); every page holds a subheading with table-like or list rows and a
pull quote in the article.

Baseline (2026-12-02, cleaner at commit aae4afc, measured with
``cd /tmp/wt-s34 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s34/src python -m pytest
-q tests/test_clean_held_out_34.py -rA -p no:cacheprovider`` (15 failed, 62 passed) and
``cd /tmp/wt-s34 && PYTHONPATH=/tmp/wt-s34/src python scripts/clean_held_out_report.py --sets 34``,
with the xfail tables empty): noise lines removed 37/45 (marker 0/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 6/6, share 5/5, notice 4/5, other 3/3; missed: all seven markers "EXCLUSIVE",
"OPINION", "ÉDITO", "EILMELDUNG", "ULTIM'ORA", "PILNE", "МОЛНИЯ" and the German notice "Dieser
Artikel wurde am 14.02.2026 aktualisiert."); keep lines kept 20/20; pages 5/12 clean
(de-fahrschule-news, it-storia-locale, pl-fotoklub-konkurs, ru-magazin-igrushek-blog,
ru-marafon-info), 10 of 245 page noise lines left, 8 of 122 article lines lost:
en-publisher-author-interview 2 left (price line, "Add to basket"), en-alumni-magazine 1 (photo
credit "Photography: ..."), fr-brasserie-blog 2 (tagline, alcohol health warning), fr-club-voile 3
(club name, tagline, byline "Rédigé par le bureau du club"), de-optiker-blog 1 left (breadcrumb
"Blog > Rund ums Sehen") and 1 lost (the headline), it-gattile-adozioni 1 (byline "a cura dei
volontari"), pl-przedszkole-rodzice 0 left and 7 lost (the subheading "Harmonogram występów", its
three time rows, the dash quote and the two closing sentences). The failing cases are strict
xfails.

Still held out after round 32 (developed on set 33; measured once at 8b2fe2a with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 34`` and pytest on
this file): exactly at its baseline (lines 37/45 with every marker missed, keep 20/20, pages 5/12
clean, 10 of 245 page noise lines left, 8 article lines lost); round 32's live-label rule does not
reach this set's one-word kickers ("EXCLUSIVE", "OPINION", "ÉDITO", ...).

Round 33 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 34`` and ``pytest tests/test_clean_held_out_34.py`` at
e246d13 (before) and the round's last commit on branch round33 (after): article lines lost 8 -> 0
(keep lines 20/20 before and after), by narrowing the rules that decided wrongly: a timetable's row
with its time last ("Biedronki – 10:00") is a fact row of the article's box, and a row of the
article's own box or list opens no comment thread, so pl-przedszkole-rodzice keeps its subheading,
time rows, dash quote and closing sentences; a breadcrumb joined by a spaced ">" is a row of labels,
so "Blog > Rund ums Sehen" is no longer taken for the title and de-optiker-blog keeps its headline.
Noise lines 37 -> 45/45 (as classes in six languages: a section's or an urgency's label alone at the
top of the article, above the headline or between it and the first paragraph, "EXCLUSIVE", "OPINION",
"ÉDITO", "EILMELDUNG", "ULTIM'ORA", "PILNE", "МОЛНИЯ", the same word lower down staying a subheading;
the page saying when it was updated inside the verb's phrase, "Dieser Artikel wurde am 14.02.2026
aktualisiert."); pages 5 -> 12/12 clean, page noise left 10 -> 0 of 245: a shop's basket button and
price row ("Add to basket", "Buy ...: Hardback £16.99 | Ebook £7.99"), a picture credit in the
courtesy formula and "Photography:", a drinks site's health warning, a body of the site as the writer
("Rédigé par le bureau du club", "a cura dei volontari"), and a menu row of four links or more joined
by pipes bounding the masthead above it whether or not a rule took it (the club's and the brewery's
names and taglines). Strict xfails removed: 8 lines, 7 pages here (62 -> 77 passed); set 31's
fr-ecole-langues-blog (its "Blog > ..." breadcrumb), set 31 page noise left 11 -> 9 of 244, pages 7
-> 8/12 (fr-diocese-actualite 4 -> 3 left); no other set moved. SemEval diff: 3 files (one Italian
article in the three subtasks' folders loses its unlabelled section label "EDITORIALE" under the
title, added to KNOWN_CORPUS_NOISE); guards 4287 passed, 52 xfailed; bench_clean CPU ratio 1.06 and
1.03 against e246d13.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_34_LINES = [
    # en 15
    ("head", "EXCLUSIVE", "marker"),
    ("head", "OPINION", "marker"),
    ("head", "6 min read", "reading-time"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "By Harriet Connolly, Senior Political Correspondent", "byline"),
    ("head", "Written by Tom Ashdown | Edited by Priya Raman", "byline"),
    ("tail", "© 2026 Harbourline Media Ltd. All rights reserved.", "footer"),
    ("tail", "Harbourline Media Ltd is registered in England and Wales, company no. 08812345.", "footer"),
    ("tail", "Comments are closed for this article.", "comments"),
    ("tail", "Join the conversation (27 comments)", "comments"),
    ("tail", "Share this article: Facebook | X | Email", "share"),
    ("body", "Copy link", "share"),
    ("tail", "This article was amended on 3 March 2026 to correct the spelling of a councillor's name.", "notice"),
    ("head", "This story has been updated with a statement from the council.", "notice"),
    ("head", "Skip to main content", "other"),
    # fr 6
    ("head", "ÉDITO", "marker"),
    ("head", "Lecture 4 min.", "reading-time"),
    ("head", "Par Claire Dumoulin, correspondante à Lyon", "byline"),
    ("tail", "© Le Courrier du Val 2026 – Tous droits réservés", "footer"),
    ("tail", "Réagir à cet article (12)", "comments"),
    ("tail", "Partager sur Facebook Partager sur X Envoyer par e-mail", "share"),
    # de 6
    ("head", "EILMELDUNG", "marker"),
    ("head", "Lesedauer: 3 Minuten", "reading-time"),
    ("head", "Von Jan-Philipp Kessler", "byline"),
    ("tail", "© Mittelland-Kurier GmbH & Co. KG 2026", "footer"),
    ("tail", "Kommentare (8) – Jetzt mitdiskutieren", "comments"),
    ("head", "Dieser Artikel wurde am 14.02.2026 aktualisiert.", "notice"),
    # it 6
    ("head", "ULTIM'ORA", "marker"),
    ("head", "Tempo di lettura: 5 minuti", "reading-time"),
    ("head", "di Francesca Lattanzi", "byline"),
    ("tail", "Gazzetta del Brenta S.r.l. – P. IVA 03456780241 – Tutti i diritti riservati", "footer"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("head", "Articolo aggiornato alle ore 18:42", "notice"),
    # pl 6
    ("head", "PILNE", "marker"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("head", "Autor: Katarzyna Wróblewska", "byline"),
    ("tail", "Dodaj komentarz (5)", "comments"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("body", "Czytaj także: Nowe rondo na Dębowej już otwarte", "other"),
    # ru 6
    ("head", "МОЛНИЯ", "marker"),
    ("head", "Время чтения: 6 минут", "reading-time"),
    ("head", "Автор: Ольга Северина", "byline"),
    ("tail", "Обсудить в комментариях (14)", "comments"),
    ("head", "Материал обновлён 12 марта 2026 года в 15:20", "notice"),
    ("head", "Главная » Новости » Общество", "other"),
]

HELD_OUT_34_KEEP = [
    # en 7
    ("body", "Comments from residents at the meeting were overwhelmingly against the plan."),
    ("body", "Share of the vote for the Green group rose to 18 per cent at the last election."),
    ("body", "By 2028 the council expects the bypass to carry 12,000 vehicles a day."),
    ("body", "Updated figures released on Tuesday show the overspend has narrowed to £1.2m."),
    ("tail", "All rights of way across the common will remain open while the works go on."),
    ("body", "Sign-up rates for the new garden waste service have beaten the council's forecasts."),
    ("body", "Reading the full report took councillors most of the weekend, one of them admitted."),
    # fr 3
    ("body", "Partagée entre deux communes, la salle des fêtes sera rénovée en 2027."),
    ("body", "Lire le rapport complet a pris trois semaines aux élus de l'opposition."),
    ("body", "Commentaires et critiques ont fusé lors du conseil municipal de lundi soir."),
    # de 3
    ("body", "Mehr zum Thema Lärmschutz wollen die Anwohner bei einer Versammlung im Frühjahr erfahren."),
    ("body", "Kommentieren wollte der Bürgermeister die Vorwürfe am Montag nicht."),
    ("body", "Anzeige erstattet hat inzwischen auch der Bauhof, dem Werkzeuge gestohlen wurden."),
    # it 3
    ("body", "Leggi anche la delibera, ha detto il consigliere, e capirete perché votiamo contro."),
    ("body", "Commenti ironici sono arrivati dai banchi dell'opposizione dopo il voto."),
    ("tail", "Tutti i diritti di passaggio sul sentiero resteranno garantiti durante i lavori."),
    # pl 2
    ("body", "Udostępnienie boiska szkolnego mieszkańcom ma ruszyć w maju."),
    ("body", "Czytając uchwałę, radni opozycji znaleźli w niej trzy błędy."),
    # ru 2
    ("body", "Читать отчёт целиком депутаты отказались, сославшись на нехватку времени."),
    ("body", "Комментируя решение, глава района назвал его вынужденным."),
]


HELD_OUT_34_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-publisher-author-interview", [
        ["-Skip to content", "-Larkspur & Wren Books", "-Books | Authors | Events | Blog | Shop",
         "-Home / Blog / Author interviews"],
        ["+Five questions for Mara Penhallow, author of The Salt Ledger",
         "-Posted 14 November 2026 by the Larkspur & Wren team", "-4 min read"],
        ["+Mara Penhallow spent six years in the county archives before she wrote a word of her first novel.",
         "+We asked her about shipwreck records, stubborn characters and the desk she refuses to tidy."],
        ["+Where did the book begin?",
         "+With a single line in a harbour master's ledger from 1847: a cargo of salt, declared lost, "
         "that turned up in another port three months later."],
        ["+“I wanted to know who had lied, and why nobody had asked.”"],
        ["+What is on your desk right now?",
         "+a tide table for 1847",
         "+two broken pencils and a good one",
         "+a photocopy of the ledger page, much folded"],
        ["+What are you writing next?",
         "+A second novel set in the same harbour, forty years later, which she hopes to finish next winter."],
        ["-Buy The Salt Ledger: Hardback £16.99 | Ebook £7.99", "-Add to basket"],
        ["-Share: Facebook · X · Pinterest · Email"],
        ["-Tags: interviews, historical fiction, debut novels"],
        ["-You might also like", "-Ten debut novels to read this winter",
         "-Behind the cover: designing The Salt Ledger"],
        ["-Search", "-My account"],
        ["-Previous post: Our autumn reading list", "-Next post: Meet our new fiction editor"],
        ["-Follow us on Instagram"],
        ["-Sign up to our newsletter for new releases and events",
         "-© 2026 Larkspur & Wren Books Ltd · Privacy · Terms · Accessibility"],
    ]),
    _page("en", "en-alumni-magazine", [
        ["-Northmere University Alumni", "-The Quadrangle Magazine", "-Winter 2026 issue",
         "-News | Features | Class Notes | Events | Give"],
        ["-Features"],
        ["+From the rowing lake to the Antarctic: Dr Ife Adaralegbe (Geography, 2004)",
         "-Words: Hannah Voss", "-Photography: courtesy of the British Polar Survey Trust"],
        ["+Ife Adaralegbe arrived at Northmere expecting to study law and left with a first in geography "
         "and a place on the university's second eight.",
         "+Twenty years later she leads a team measuring how fast the ice shelves of the Weddell Sea are thinning."],
        ["+Life on the station",
         "+crew: 14 over the winter, 60 in summer",
         "+nearest neighbour: 900 kilometres away",
         "+longest night: 61 days"],
        ["+“The lake taught me to keep pulling when you cannot see the finish,” she says."],
        ["+She returns to campus in March to give the annual Halvorsen Lecture, which is open to all alumni.",
         "+Booking is free but places in the Great Hall are limited."],
        ["-Book your place for the Halvorsen Lecture"],
        ["-Share this story", "-Facebook", "-LinkedIn", "-Email"],
        ["-Update your details | Give to Northmere | Contact the Alumni Office"],
        ["-Reading time: 5 minutes"],
        ["-Class Notes: tell us your news"],
        ["-Back to the Winter 2026 issue"],
        ["-Follow Northmere Alumni on LinkedIn"],
        ["-Northmere University is a registered charity, no. 1139021.",
         "-© Northmere University 2026", "-Privacy notice · Cookie settings"],
    ]),
    _page("fr", "fr-brasserie-blog", [
        ["-Brasserie du Vieux Pressoir", "-Bières artisanales brassées à Saint-Aurèle depuis 2014",
         "-Accueil | Nos bières | Boutique | Visites | Blog | Contact",
         "-L'abus d'alcool est dangereux pour la santé, à consommer avec modération."],
        ["-Blog › Coulisses du brassage"],
        ["+Notre bière de Noël 2026 est en cuve",
         "-Publié le 2 novembre 2026 par Mathilde", "-Temps de lecture : 3 min"],
        ["+Depuis lundi, 2 400 litres de notre ambrée de Noël fermentent dans la cuve numéro trois.",
         "+Cette année, nous avons changé la recette après vos retours de l'hiver dernier."],
        ["+Ce qui change",
         "+malt : un peu plus de malt caramel pour la rondeur",
         "+épices : cannelle et écorce d'orange, sans badiane",
         "+degré : 6,8 % au lieu de 7,5 %"],
        ["+« On voulait une bière qu'on puisse boire deux fois dans la soirée », résume Thomas Aubrac, "
         "notre maître brasseur."],
        ["+Les premières bouteilles seront en vente à la brasserie le samedi 5 décembre.",
         "+Les fûts partiront ensuite chez nos bars partenaires de la vallée."],
        ["-Commander en ligne", "-Retrait à la brasserie ou livraison sous 48 h"],
        ["-Partager : Facebook | Instagram | Pinterest"],
        ["-Laisser un commentaire", "-Votre adresse e-mail ne sera pas publiée."],
        ["-Articles récents", "-Visite de la malterie de Vonnas", "-Notre stand au salon de Mâcon"],
        ["-Étiquettes : bière de Noël, ambrée, brassage"],
        ["-Suivez-nous sur Instagram"],
        ["-Vous devez avoir 18 ans pour accéder à ce site."],
        ["-SARL Brasserie du Vieux Pressoir – 4 chemin des Vignes, 71960 Saint-Aurèle",
         "-Mentions légales | CGV | Cookies"],
    ]),
    _page("fr", "fr-club-voile", [
        ["-Cercle Nautique de l'Anse Bleue", "-École de voile FFV – Club affilié",
         "-Le club | Stages | Régates | Location | Actualités | Contact", "-Accueil > Actualités"],
        ["+Régate de la Toussaint : vingt-deux bateaux sur l'eau malgré le vent",
         "-31 octobre 2026", "-Rédigé par le bureau du club"],
        ["+Le vent a soufflé à 25 nœuds dès le matin, mais le comité de course a maintenu les trois manches prévues.",
         "+Vingt-deux équipages, dont sept venus de clubs voisins, ont pris le départ devant la digue."],
        ["+Le classement",
         "+1. Tramontane (J/80) – Élise et Paul Kervella",
         "+2. Goéland III (First 25) – équipage Le Bihan",
         "+3. P'tit Mousse (Laser) – Noé Garnier, 15 ans"],
        ["+« Noé a tenu tête à des bateaux deux fois plus longs », souligne son entraîneur, Yann Le Goff."],
        ["+La prochaine régate du club aura lieu le 14 novembre, si la météo le permet.",
         "+Les inscriptions se font à la capitainerie jusqu'à la veille au soir."],
        ["-Photos : CNAB", "-Voir l'album photo"],
        ["-Partager sur Facebook", "-Partager par e-mail"],
        ["-Lecture : 2 min"],
        ["-Étiquettes : régates, résultats"],
        ["-← Article précédent : Assemblée générale 2026", "-Article suivant : Stages de Noël →"],
        ["-Nos partenaires : Crédit Maritime, Voilerie Le Dantec"],
        ["-Suivez le club sur Facebook"],
        ["-Horaires du secrétariat : du mardi au samedi, 9 h – 12 h",
         "-Tél. 02 97 55 14 80",
         "-Association loi 1901 – Siret 412 345 678 00019",
         "-© 2026 Cercle Nautique de l'Anse Bleue – Mentions légales – Plan du site"],
    ]),
    _page("de", "de-fahrschule-news", [
        ["-Fahrschule Brandtner", "-Klasse B, BE, A1, A2, A und Mofa",
         "-Start | Führerscheinklassen | Preise | Theorie | Team | News | Kontakt",
         "-Jetzt anmelden"],
        ["-News"],
        ["+Neue Prüfungsrichtlinie: Was sich für Fahrschüler ab Januar ändert",
         "-veröffentlicht am 12.11.2026", "-von Markus Brandtner"],
        ["+Ab dem 1. Januar 2027 dauert die praktische Prüfung für die Klasse B fünf Minuten länger.",
         "+Der Prüfer soll mehr Zeit für das Fahren auf Landstraßen und das selbstständige Navigieren haben."],
        ["+Die Änderungen auf einen Blick",
         "+Prüfungsdauer: 60 statt 55 Minuten",
         "+Navigation: mindestens zehn Minuten nach Beschilderung oder Navi",
         "+Nachbesprechung: schriftlich und mündlich"],
        ["+„Wer bei uns schon angemeldet ist, muss sich keine Sorgen machen“, sagt Fahrlehrerin Selin Aydın."],
        ["+Für unsere Fahrschüler bieten wir im Dezember zwei zusätzliche Übungsfahrten zur Navigation an.",
         "+Die Termine werden in der Theoriestunde bekanntgegeben."],
        ["-Theorieunterricht: Mo und Mi 18:30 – 20:00 Uhr",
         "-Büro: Di und Do 16:00 – 18:00 Uhr"],
        ["-Teilen: WhatsApp | Facebook | E-Mail"],
        ["-Lesezeit: 2 Minuten"],
        ["-Schlagwörter: Prüfung, Klasse B, Neuerungen"],
        ["-Vorheriger Beitrag: Motorradsaison 2026 beendet", "-Nächster Beitrag: Ferienkurs im Februar"],
        ["-Folgt uns auf Instagram"],
        ["-Drucken"],
        ["-Zurück nach oben"],
        ["-Fahrschule Brandtner · Lindenstraße 12 · 74821 Wellheim · Tel. 06261 55 40 20",
         "-Impressum | Datenschutz | AGB",
         "-Wir verwenden Cookies, um unsere Website zu verbessern. Alle akzeptieren | Einstellungen"],
    ]),
    _page("de", "de-optiker-blog", [
        ["-Optik Sommerfeld", "-Ihr Augenoptiker in Bad Kellingen seit 1962",
         "-Brillen | Kontaktlinsen | Sehtest | Hörakustik | Blog",
         "-Termin online buchen"],
        ["-Blog > Rund ums Sehen"],
        ["+Bildschirmarbeit: So schonen Sie Ihre Augen im Büro",
         "-5. Oktober 2026 · Lesezeit 4 Min.", "-Autorin: Dagmar Sommerfeld, Augenoptikermeisterin"],
        ["+Wer acht Stunden am Tag auf einen Monitor schaut, blinzelt bis zu zwei Drittel seltener als sonst.",
         "+Trockene, brennende Augen sind die Folge, und viele halten das für normal."],
        ["+Unsere drei Tipps",
         "+die 20-20-20-Regel: alle 20 Minuten 20 Sekunden in 6 Meter Entfernung schauen",
         "+den Monitor eine Armlänge entfernt und leicht unter Augenhöhe aufstellen",
         "+die Raumluft regelmäßig lüften"],
        ["+„Eine gute Arbeitsplatzbrille ersetzt keine Pause, aber sie hilft enorm“, sagt Dagmar Sommerfeld."],
        ["+Viele Arbeitgeber beteiligen sich an den Kosten einer Bildschirmarbeitsplatzbrille.",
         "+Fragen Sie in Ihrer Personalabteilung nach."],
        ["-Das könnte Sie auch interessieren:", "-Gleitsichtbrille: die ersten zwei Wochen",
         "-Kontaktlinsen im Winter"],
        ["-Beitrag teilen", "-Facebook", "-Pinterest"],
        ["-Kategorien: Gesundheit, Arbeitsplatz"],
        ["-Kommentare sind geschlossen."],
        ["-Ausgezeichnet von Kunden: 4,9 von 5 Sternen"],
        ["-Newsletter abonnieren"],
        ["-Optik Sommerfeld GmbH · Marktplatz 3 · 57412 Bad Kellingen",
         "-Öffnungszeiten: Mo–Fr 9–18 Uhr, Sa 9–13 Uhr",
         "-Impressum · Datenschutz · Barrierefreiheit"],
    ]),
    _page("it", "it-gattile-adozioni", [
        ["-Gattile Le Code Felici ODV", "-Salviamo un gatto alla volta",
         "-Chi siamo | Adotta | Stallo | Dona | Notizie | Contatti",
         "-Dona ora"],
        ["-Notizie › Adozioni"],
        ["+Ottobre da record: diciannove gatti hanno trovato casa",
         "-Pubblicato il 3 novembre 2026", "-a cura dei volontari"],
        ["+Mai così tante adozioni in un solo mese da quando il gattile ha aperto, nel 2011.",
         "+Tra i gatti adottati ci sono anche tre anziani che aspettavano da più di un anno."],
        ["+Chi è andato a casa",
         "+Briciola, 12 anni: adottata da una coppia di pensionati di Lonigo",
         "+Tigre e Zucca, fratelli di 4 mesi: adottati insieme",
         "+Nerone, 9 anni, FIV positivo: adottato da una famiglia con giardino"],
        ["+«Ogni gatto anziano che esce è una piccola festa», racconta la presidente, Lucia Benedetti."],
        ["+Nel gattile restano ancora quarantadue ospiti in attesa di una famiglia.",
         "+Le visite si fanno solo su appuntamento, il sabato mattina."],
        ["-Vuoi adottare? Compila il modulo di preadozione"],
        ["-Condividi su Facebook", "-Condividi su WhatsApp"],
        ["-Dona il tuo 5x1000: C.F. 95123450248"],
        ["-Tempo di lettura: 2 minuti"],
        ["-Tag: adozioni, gatti anziani, FIV"],
        ["-Seguici su Instagram"],
        ["-Articolo precedente: La festa di primavera", "-Articolo successivo: Cerchiamo volontari per lo stallo"],
        ["-Orari di visita: sabato 9:30 – 12:30"],
        ["-Questo sito utilizza cookie tecnici e di terze parti. Accetta | Rifiuta"],
        ["-Gattile Le Code Felici ODV – Via dei Mulini 18, 36045 Alonte (VI)",
         "-Privacy policy | Cookie policy", "-© 2026 Tutti i diritti riservati"],
    ]),
    _page("it", "it-storia-locale", [
        ["-Società Storica della Valcerina", "-Fondata nel 1978",
         "-Home | La Società | Pubblicazioni | Articoli | Eventi | Iscriviti"],
        ["-Articoli › Storia del Novecento"],
        ["+Il ponte di Sant'Eusebio e l'alluvione del 1951",
         "-di Giorgio Tavernari", "-18 settembre 2026", "-Lettura: 6 minuti"],
        ["+Nella notte tra il 13 e il 14 novembre 1951 la Cerina salì di quattro metri in sei ore.",
         "+Il vecchio ponte in pietra di Sant'Eusebio resse, ma la strada che vi portava fu spazzata via."],
        ["+Le tappe della ricostruzione",
         "+1952: passerella provvisoria in legno",
         "+1954: nuova carreggiata sull'argine rialzato",
         "+1957: inaugurazione alla presenza del prefetto"],
        ["+«Passavamo con le barche dove prima c'erano i campi di granturco», ricordava nel 1991 Ida Moretto."],
        ["+Le fotografie originali sono conservate nell'archivio parrocchiale di Sant'Eusebio.",
         "+La Società sta raccogliendo altre testimonianze per un volume previsto nel 2027."],
        ["-Foto: archivio parrocchiale di Sant'Eusebio"],
        ["-Stampa l'articolo", "-Condividi"],
        ["-Iscriviti alla Società: quota annuale 25 euro"],
        ["-Categorie: Storia del Novecento, Alluvioni"],
        ["-Articoli correlati", "-Le filande della Valcerina", "-I mulini del Seicento"],
        ["-Lascia un commento"],
        ["-Torna su"],
        ["-Seguici su Facebook"],
        ["-Società Storica della Valcerina APS – C.F. 91004560167",
         "-Note legali · Privacy · Cookie"],
    ]),
    _page("pl", "pl-przedszkole-rodzice", [
        ["-Przedszkole Samorządowe nr 4 „Słoneczko” w Olszynach", "-BIP",
         "-O nas | Grupy | Rekrutacja | Jadłospis | Dla rodziców | Galeria | Kontakt",
         "-Strona główna › Dla rodziców › Aktualności"],
        ["+Jasełka i kiermasz świąteczny – informacje dla rodziców",
         "-Dodano: 20.11.2026", "-Autor: dyrekcja przedszkola", "-Wyświetleń: 214"],
        ["+W tym roku jasełka odbędą się w sali gimnastycznej Szkoły Podstawowej nr 2.",
         "+Każda grupa przygotowuje krótki występ, a po nim zapraszamy na kiermasz."],
        ["+Harmonogram występów",
         "+Biedronki – 10:00",
         "+Pszczółki – 10:30",
         "+Motylki i Żabki – 11:00"],
        ["+– Dzieci ćwiczą od października i już nie mogą się doczekać – mówi wychowawczyni Pszczółek, "
         "Agnieszka Zaremba."],
        ["+Dochód z kiermaszu przeznaczymy na nowe zabawki do ogrodu przedszkolnego.",
         "+Prosimy o przyniesienie ciasta lub ozdób do 9 grudnia."],
        ["-Jadłospis na bieżący tydzień (PDF)"],
        ["-Drukuj", "-Udostępnij"],
        ["-Czas czytania: 1 min"],
        ["-Zobacz także: Zebranie z rodzicami 27 listopada"],
        ["-Galeria zdjęć (12)"],
        ["-« Poprzedni wpis | Następny wpis »"],
        ["-Rejestr zmian"],
        ["-Przejdź do góry"],
        ["-Ta strona używa plików cookie. Akceptuję"],
        ["-Deklaracja dostępności",
         "-Przedszkole Samorządowe nr 4 „Słoneczko”, ul. Polna 7, 62-410 Olszyny, tel. 62 741 22 35",
         "-Polityka prywatności", "-Copyright © 2026 PS nr 4 w Olszynach"],
    ]),
    _page("pl", "pl-fotoklub-konkurs", [
        ["-Fotoklub „Kadr” Zduńska Góra", "-Fotografujemy od 1986 roku",
         "-Aktualności | Konkursy | Galerie | Warsztaty | Członkowie | Kontakt"],
        ["-Konkursy"],
        ["+Wyniki konkursu „Jesień nad Wartą” 2026",
         "-opublikowano 8 listopada 2026", "-Tekst: Zarząd Fotoklubu", "-Czas czytania: 2 min"],
        ["+Na tegoroczny konkurs wpłynęło 312 zdjęć od 87 autorów z całego województwa.",
         "+Jury obradowało dwa wieczory i przyznało trzy nagrody oraz dwa wyróżnienia."],
        ["+Laureaci",
         "+I miejsce: Marta Siedlecka, „Mgła nad starorzeczem”",
         "+II miejsce: Zbigniew Olech, „Ostatni prom”",
         "+III miejsce: Igor Pawlak, „Czaple”"],
        ["+– Zwycięskie zdjęcie broni się prostotą i światłem – ocenił przewodniczący jury Henryk Mazur."],
        ["+Wystawa pokonkursowa potrwa od 20 listopada do 15 grudnia w Miejskim Domu Kultury.",
         "+Wstęp jest wolny."],
        ["-Zobacz wszystkie nagrodzone prace", "-Regulamin konkursu (PDF)"],
        ["-Udostępnij: Facebook | X"],
        ["-Komentarze (3)", "-Dodaj komentarz"],
        ["-Tagi: konkurs, Warta, jesień, wyniki"],
        ["-Czytaj również: Warsztaty portretowe w grudniu"],
        ["-Dołącz do nas na Instagramie"],
        ["-Zdjęcie główne: Marta Siedlecka"],
        ["-Wróć do listy konkursów"],
        ["-Polityka prywatności | Cookies"],
        ["-Fotoklub „Kadr” – stowarzyszenie, KRS 0000123456",
         "-© 2026 Fotoklub Kadr. Wszelkie prawa zastrzeżone."],
    ]),
    _page("ru", "ru-magazin-igrushek-blog", [
        ["-Игрушкин двор", "-Магазин развивающих игрушек",
         "-Каталог | Акции | Доставка и оплата | Блог | Контакты",
         "-Корзина (0)", "-8 800 555-37-12 — звонок бесплатный"],
        ["-Блог / Советы родителям"],
        ["+Как выбрать настольную игру для ребёнка пяти лет",
         "-15 ноября 2026", "-Автор: Дарья Куприянова, педагог", "-Время чтения: 4 мин"],
        ["+В пять лет дети уже умеют ждать своего хода, но ещё плохо переносят проигрыш.",
         "+Поэтому первые игры лучше выбирать короткие и кооперативные."],
        ["+На что смотреть при покупке",
         "+длительность партии: не больше 15 минут",
         "+правила: объясняются за пару минут",
         "+детали: крупные, без мелких фишек"],
        ["+«Если ребёнок расплакался после проигрыша, это не повод бросать игру», — говорит Дарья Куприянова."],
        ["+Начните с игр, где все играют против общего соперника, например против ветра или времени.",
         "+Соревновательные игры можно добавлять ближе к шести годам."],
        ["-Товары из статьи", "-Добавить в корзину"],
        ["-Поделиться: ВКонтакте | Telegram | Одноклассники"],
        ["-Теги: настольные игры, 5 лет, советы"],
        ["-Читайте также: Игрушки для поездки в машине"],
        ["-Подпишитесь на рассылку и получите скидку 10 %"],
        ["-Комментарии (2)", "-Оставить комментарий"],
        ["-Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим."],
        ["-ООО «Игрушкин двор», ИНН 7712345678",
         "-Политика конфиденциальности | Публичная оферта",
         "-© 2026 Игрушкин двор"],
    ]),
    _page("ru", "ru-marafon-info", [
        ["-Забег «Белые ночи Приладожья»", "-Полумарафон · 10 км · 3 км",
         "-О забеге | Дистанции | Регистрация | Результаты | Партнёрам | Контакты",
         "-Зарегистрироваться"],
        ["-Новости забега"],
        ["+Стартовые пакеты можно будет получить за два дня до старта",
         "-2 апреля 2027", "-Пресс-служба забега", "-Просмотров: 1 208"],
        ["+Выдача стартовых пакетов пройдёт в спортивном комплексе «Ладога» 4 и 5 июня.",
         "+В день старта пакеты выдаваться не будут, напоминают организаторы."],
        ["+Что нужно взять с собой",
         "+паспорт или его копию",
         "+медицинскую справку с допуском к забегу",
         "+подписанную расписку об ответственности"],
        ["+«В прошлом году мы выдали почти три тысячи пакетов без единой очереди», — говорит директор забега "
         "Антон Вересов."],
        ["+Если вы не можете прийти сами, пакет может получить друг по доверенности.",
         "+Образец доверенности есть в положении о забеге."],
        ["-Положение о забеге (PDF)"],
        ["-Поделиться", "-ВКонтакте", "-Telegram"],
        ["-Время чтения: 2 минуты"],
        ["-Фото: Илья Громов"],
        ["-Другие новости", "-Открыта регистрация волонтёров", "-Изменение трассы 10 км"],
        ["-Наши партнёры"],
        ["-Наверх"],
        ["-Организатор: АНО «Беговое движение Приладожья»",
         "-Пользовательское соглашение | Политика обработки персональных данных",
         "-© 2027 Белые ночи Приладожья. Все права защищены."],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_34_line, test_held_out_34_line_is_kept, test_held_out_34_page = held_out_tests(
    HELD_OUT_34_LINES, HELD_OUT_34_KEEP, HELD_OUT_34_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
