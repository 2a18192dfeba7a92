"""Held-out set 33: written blind, weighted toward whole scraped pages in layouts sets 22 to 32 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 32) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 32, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function nodes, not the words in
the docstring) and scripts/clean_held_out_report.py (in full) were read. The layouts to avoid were
taken from the brief's list and set 32's docstring; the page dict is built as set 32 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found beyond these
notes. (1) ``git worktree add`` was run with its output discarded; the English fixture was not
printed. (2) Before the measurement the draft of this file was imported twice from a scratch folder
(/tmp) to count its lines and pages (no case was run through the cleaner). (3) The measuring pytest
run (``-rA``) was piped to ``grep`` for its PASSED/FAILED lines and summary, so no tracebacks were
seen; the per-case problems of the six failing pages were read out once afterwards with
``_problems`` in the frozen worktree, to write the xfail reasons. (4) Some noise lines name real
things, as real pages do: Facebook, X, WhatsApp, Instagram, YouTube, Telegram, Twitch, ВКонтакте,
WordPress and its theme Astra, Dota 2, CS2 and the UK emergency number 999; the English phone number is in the 01632 drama range, other numbers (company, charity, P. IVA, C.F.,
NIP, OGRN, postcodes, the Russian phone number) are invented but have real formats and may
coincide with real ones; "Sparkasse Weserstrand", "WebLas", "Northwind" and "Чердак" may coincide
with real names. The Russian foreign-agent notice is the wording Russian law prescribes. Nothing
below was copied from any file of the repository. The lines and pages are written from memory of
how real sites print them, in en/fr/de/it/pl/ru; the page articles and every person, dealer,
brigade, orchestra, composer, scout group, rowing club, regatta, numismatic society, coin find,
dental practice, climbing gym, allotment association, hunting association, e-sports team, player,
coworking space, ceramics studio, company and town in them are invented. The kinds set 32's
docstring names as missed ("Words by ... · Photographs by ...", the affiliate-link notice, "Zobacz
galerię zdjęć") and those it names from earlier sets (newsletter data notice, "Please enable
JavaScript ...", AI-translation notice, outdated-browser warning, "Комментариев пока нет. Будьте
первым!", interview bylines, print-origin notice, app-download line, tip-off line, paywall
percentage notice, "Oprac." byline, partner-material notice, Instagram embed placeholder, German
embed label, "have your say", "story continues below", registration footers, price notices, "the
editors' opinion may differ", gallery counters, "was this page helpful?" widgets, the
"Transparenzhinweis" trip disclosure) were not reused as noise lines. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s33 at commit 3c4f8f1) and every failing case is marked
as a strict xfail whose reason describes the line or page, not a rule. Before the measurement
noise lines were added to every page (to bring each to 20 or 21) and one article line to six
pages; nothing was changed after it but the xfail tables and this docstring.
scripts/clean_held_out_report.py needed no change: it finds a set by its number, so ``--sets 33``
works as it is.

Judgement calls: the keep lines opening with "Share prices", "By the time", "Comments made by",
"Advertisement boards", "Read more carefully", "All rights to the land", "Four minutes later",
"Partager les frais", "Par ailleurs", "Publicité mensongère", "Teilen wollte", "Von der Brücke",
"Kommentare des Trainers", "Condividere la stanza", "Di fronte alla sala", "Leggi e regolamenti",
"Autor projektu", "Reklamy na przystankach", "Поделиться урожаем" and "Подписаться под обращением"
are article sentences; "LIVE UPDATES" is a marker; "This article is more than 3 years old", "Some
quotes have been edited for length and clarity.", the French update time, "Materiał chroniony
prawem autorskim." and the Russian foreign-agent notice are notices; "Back to top ↑", the "Read
more: ..." related link and "Przejdź do treści" are "other". On every page the title, the
subheading, its table-like rows ("label: value" rows, dated rows, lowercase list rows) and the
quote are article; site names, taglines, menus, phone lines, booking/donate/buy buttons,
breadcrumbs, category labels, post dates, bylines (team or bare name), view counts, reading times,
tags, share, print, PDF and comment lines, previous/next links, related or recent posts, addresses,
company, charity and tax-number lines, legal links, copyright, credits ("Crédit photo", "Fotos:",
"Foto: archivio"), social links and cookie banners are noise. In en-used-car-dealer-blog "What to
look at" with four "label: advice" rows is article; in en-fire-brigade-callout "Incident summary"
with four "label: value" rows and the open-evening sentence are article, "Emergency? Always dial
999" and the WordPress comment form noise; in fr-orchestre-saison "Les temps forts" with four
"month : concert" rows and the under-26 price sentence are article, the funding line ("soutenu par
la Région et le Département") noise; in fr-scouts-camp "Le camp en chiffres" with three rows and the
photos-on-request sentence are article, "Association loi 1901" and "Propulsé par WordPress | Thème
Astra" noise; in de-ruderclub-regatta "Die Ergebnisse" with four result rows and the tally sentence
are article, "Unsere Partner" and the sponsor's name noise; in de-muenzverein-notiz "Die Merkmale
im Überblick" with three rows is article, "Mitteilung Nr. 114", "Letzte Änderung: ..." and the
cookie line noise; in it-studio-dentistico-news "I consigli della dottoressa" with three rows and
the free-visit sentence are article, the "Direttore sanitario: ..." registration line noise; in
it-palestra-arrampicata "Come sono divisi" with four colour rows is article, "3 min", "Lavora con
noi" and "Newsletter" noise; in pl-rod-biuletyn "Terminy na listopad" with three dash rows and the
president's dash quote are article, "Ogłoszenia działkowców" (a menu item) noise; in
pl-kolo-lowieckie "Obowiązkowe wyposażenie" with three lowercase rows and the hunt master's dash
quote are article, "Komunikaty" (the category label under the title), the e-mail line and the
hunting-calendar PDF noise; in ru-kibersport-anons "Состав" with four "role: player" rows is
article, the jersey shop link and "Мы на Twitch" noise; in ru-kovorking-istoriya "С чего всё
начиналось" with three rows is article, "5 минут чтения", the ИП/ОГРН line and the address noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 251 noise lines (20 to 21 a page) and 125 article lines
(10 to 11 a page): en-used-car-dealer-blog (a used-car dealer's buying-advice blog post),
en-fire-brigade-callout (a volunteer fire brigade's call-out report), fr-orchestre-saison (an
orchestra's season announcement), fr-scouts-camp (a scout group's summer camp report),
de-ruderclub-regatta (a rowing club's regatta report), de-muenzverein-notiz (a numismatic society's
note on a coin find), it-studio-dentistico-news (a dental practice's patient news),
it-palestra-arrampicata (a climbing gym's route-setting news), pl-rod-biuletyn (an allotment
association's autumn notice), pl-kolo-lowieckie (a hunting association's bulletin),
ru-kibersport-anons (an e-sports team's roster announcement), ru-kovorking-istoriya (a coworking
space's member story); every page holds a subheading with table-like rows and a pull quote in the
article.

Baseline (2026-12-02, cleaner at commit 3c4f8f1, measured with
``cd /tmp/wt-s33 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s33/src python -m pytest
-q tests/test_clean_held_out_33.py -rA -p no:cacheprovider`` (9 failed, 68 passed) and
``cd /tmp/wt-s33 && PYTHONPATH=/tmp/wt-s33/src python scripts/clean_held_out_report.py --sets 33``,
with the xfail tables empty): noise lines removed 42/45 (marker 6/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 6/6, share 5/5, notice 3/5, other 3/3; missed: the English marker "LIVE
UPDATES", the English notice "Some quotes have been edited for length and clarity." and the Polish
notice "Materiał chroniony prawem autorskim."); keep lines kept 20/20; pages 6/12 clean
(en-used-car-dealer-blog, fr-orchestre-saison, de-ruderclub-regatta, de-muenzverein-notiz,
ru-kibersport-anons, ru-kovorking-istoriya), 10 of 251 page noise lines left, 0 article lines
lost: en-fire-brigade-callout 2 left (brigade name, tagline), fr-scouts-camp 1 (group name),
it-studio-dentistico-news 3 (practice name, "Chiama ora: ..." phone line, "Prenota una visita"),
it-palestra-arrampicata 1 (bare byline "da Andrea P."), pl-rod-biuletyn 1 (association name),
pl-kolo-lowieckie 2 (association name, category label "Komunikaty"). The failing cases are strict
xfails.

Still held out after round 31 (developed on set 32; measured once at 7981a79 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 33`` and pytest on
this file): moved a little: pages 6 -> 7/12 clean and page noise left 10 -> 8 of 251
(en-fire-brigade-callout's brigade name and tagline above the headline now go: round 31's header
rules); lines 42/45, keep 20/20 and 0 article lines lost unchanged. Its xfail entry was removed.

Round 32 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 33`` and ``pytest tests/test_clean_held_out_33.py`` at
aae4afc (before) and the round's last commit on branch round32 (after): nothing lost before or after
(keep lines 20/20, article lines lost 0); noise lines 42 -> 45/45 (as classes in six languages: a
live page's label alone, "LIVE UPDATES", "EN DIRECT", "Liveticker", "IN DIRETTA", "Relacja na
żywo", "Прямая трансляция", a single word only in capitals; the note that an interview or its
quotes were edited for length or clarity, "Some quotes have been edited for length and clarity.",
"Das Interview wurde aus Gründen der Lesbarkeit gekürzt", "Wywiad został skrócony i zredagowany";
"protected by copyright" alone on its line, "Materiał chroniony prawem autorskim.", "urheberrechtlich
geschützt", "защищён авторским правом"); pages 7 -> 12/12 clean, page noise left 8 -> 0 of 251, the
header lines by position and by evidence on the page: a menu printed one link a line (four short
labels or more in a row that the head took as the page's) bounds the masthead for round 28's
above-headline rule as a menu row does, so the organisation's name over it goes ("Groupe Scout
Saint-Éloi de Brévannes", "Rodzinny Ogród Działkowy „Pod Lipami” w Wieluszynie"); above the menu a
site's opening hours (a span of clock times, no year: "Lun–Ven 9:00–19:00") are no stamp, and the
post's category under the headline, a short label the breadcrumb or a menu row above holds as a
crumb ("Komunikaty" under "Start / Komunikaty"), is no headline but the page's, so the practice's
and the association's names, "Chiama ora: ..." and "Prenota una visita" over the headline go;
Italian "da" and a name alone on a line is a bare byline as "di" is ("da Andrea P."; lower case
only). Set 31's header lines: a one-word crumb of the page's breadcrumb ("Startseite > Service >
...") counts as a section word of a menu printed as capitalised words with no separators, so with
one more section word the row is the site's menu and the masthead above it goes: set 31 page noise
left 21 -> 11 of 244, pages 3 -> 7/12 clean (its spaced menus with a capitalised function word
inside a label, "Il Teatro", or ending in a lower-case word, "Лунный календарь", "Faire un don", are
still left). Strict xfails removed: 3 lines, 5 pages here (69 -> 77 passed); set 24's
it-ateneo-notizie (a university's name above a menu of one link a line) and set 31's four pages
became clean and lost theirs. Each rule has a unit test of examples and near misses in
tests/test_clean.py (round 32). Guards: the other sets and the development lists pass (4124 passed,
53 xfailed, no XPASS), find_noise on the 3723 SemEval training articles removes exactly what it
removed at aae4afc, and bench_clean.py's CPU ratio is 1.03-1.05. These figures are development
figures: the set no longer measures wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_33_LINES = [
    # marker 7
    ("body", "ADVERTISEMENT", "marker"),
    ("head", "LIVE UPDATES", "marker"),
    ("body", "PUBLICITÉ", "marker"),
    ("body", "Anzeige", "marker"),
    ("tail", "PUBBLICITÀ", "marker"),
    ("body", "REKLAMA", "marker"),
    ("body", "Реклама. 18+", "marker"),
    # reading-time 7
    ("head", "4 min read", "reading-time"),
    ("head", "Estimated reading time: 6 minutes", "reading-time"),
    ("head", "Temps de lecture : 3 min", "reading-time"),
    ("head", "Lesezeit: 4 Minuten", "reading-time"),
    ("head", "Tempo di lettura: 5 minuti", "reading-time"),
    ("head", "Czas czytania: 3 min", "reading-time"),
    ("head", "Время чтения: 4 минуты", "reading-time"),
    # byline 7
    ("head", "By Harriet Colebrook, Transport Correspondent", "byline"),
    ("tail", "Reporting by Dev Malhotra; Editing by Sarah Kitt", "byline"),
    ("head", "Par Élodie Varenne, correspondante à Lyon", "byline"),
    ("head", "Ein Beitrag von Katrin Hollweg", "byline"),
    ("head", "di Marco Ferrante, inviato a Genova", "byline"),
    ("head", "Autor: Tomasz Wierzbicki", "byline"),
    ("head", "Текст: Анна Белозёрова", "byline"),
    # footer 5
    ("tail", "© 2026 Kestrel Valley Media Ltd. All rights reserved. Registered in England No. 08123456.",
     "footer"),
    ("tail", "Mentions légales · Politique de confidentialité · Gestion des cookies", "footer"),
    ("tail", "Impressum | Datenschutz | Barrierefreiheit | Kontakt", "footer"),
    ("tail", "© Riproduzione riservata", "footer"),
    ("tail", "Wszelkie prawa zastrzeżone © 2026 Gazeta Nadwarciańska", "footer"),
    # comments 6
    ("tail", "12 comments", "comments"),
    ("tail", "Join the conversation: sign in to comment", "comments"),
    ("tail", "Réagir à cet article (4)", "comments"),
    ("tail", "Diskutieren Sie mit: 23 Kommentare", "comments"),
    ("tail", "Lascia un commento", "comments"),
    ("tail", "Обсуждение (15)", "comments"),
    # share 5
    ("tail", "Share on Facebook · Share on X · Email", "share"),
    ("head", "Copy link", "share"),
    ("tail", "Artikel teilen", "share"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Поделиться в Telegram", "share"),
    # notice 5
    ("head", "This article is more than 3 years old", "notice"),
    ("tail", "Some quotes have been edited for length and clarity.", "notice"),
    ("head", "Article mis à jour le 12 novembre 2026 à 18h04", "notice"),
    ("tail", "Materiał chroniony prawem autorskim.", "notice"),
    ("head", "Данное сообщение (материал) создано и (или) распространено иностранным средством массовой "
             "информации, выполняющим функции иностранного агента", "notice"),
    # other 3
    ("tail", "Back to top ↑", "other"),
    ("body", "Read more: Council approves new bus lane scheme", "other"),
    ("head", "Przejdź do treści", "other"),
]

HELD_OUT_33_KEEP = [
    ("body", "Share prices at the company fell by a third after the announcement and never fully recovered."),
    ("body", "By the time the fire crews arrived, the barn roof had already collapsed."),
    ("body", "Comments made by the chairman at the meeting were later withdrawn."),
    ("body", "Advertisement boards along the bypass will be removed under the new policy."),
    ("body", "Read more carefully, the contract gives the council the right to end the lease early."),
    ("tail", "All rights to the land passed to the trust in 1962, according to the deed."),
    ("body", "Four minutes later, the second alarm was raised from the school next door."),
    ("body", "Partager les frais de chauffage entre voisins reste la règle dans cet immeuble."),
    ("body", "Par ailleurs, la mairie a promis une réponse avant la fin du mois."),
    ("body", "Publicité mensongère : c'est le reproche que les clients adressent au vendeur."),
    ("body", "Teilen wollte der Verein das Preisgeld nicht, es fließt komplett in neue Boote."),
    ("body", "Von der Brücke aus konnten die Zuschauer das Ziel gut sehen."),
    ("tail", "Kommentare des Trainers gab es nach dem Rennen keine."),
    ("body", "Condividere la stanza con altri tre studenti non è stato facile, racconta Giulia."),
    ("body", "Di fronte alla sala d'attesa è stata aperta una nuova area giochi."),
    ("body", "Leggi e regolamenti cambiano, ma il problema resta lo stesso da vent'anni."),
    ("body", "Autor projektu, architekt z Kalisza, nie chciał komentować decyzji rady."),
    ("body", "Reklamy na przystankach mają zniknąć do końca roku."),
    ("body", "Поделиться урожаем с соседями садоводы решили ещё весной."),
    ("tail", "Подписаться под обращением согласились почти все жители дома."),
]


HELD_OUT_33_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-used-car-dealer-blog", [
        ["-Skip to content", "-Hartwell Motors",
         "-Used Cars | Finance | Part Exchange | Servicing | About Us | Contact",
         "-Call us: 01632 960418", "-Search our stock", "-Open Monday to Saturday, 9am to 6pm"],
        ["-Home › Blog › Buying Advice"],
        ["+Five checks before you buy a used electric car", "-Posted by the Hartwell Motors team",
         "-18 November 2026", "-Buying Advice"],
        ["+More than a third of the cars we took in part exchange this autumn were electric, and most of "
         "our customers now ask about them before they ask about diesel.",
         "+A used electric car can be a bargain, but the checks are not the same as for a petrol car.",
         "+What to look at",
         "+Battery health: ask for a state-of-health report, not just the range shown on the dashboard.",
         "+Charging cables: make sure both the home cable and the Type 2 cable are in the boot.",
         "+Tyres: electric cars are heavy and wear their tyres faster than you might expect.",
         "+Service history: they still need brake fluid, coolant and cabin filter changes.",
         "+Our workshop manager, Colin Meaney, sees the same mistake every month.",
         "+“People fall for the range figure and forget that a battery ages like any other part,” he said.",
         "+If a seller cannot show you a battery report, walk away or ask for one to be done first."],
        ["-Book a test drive", "-Value my car"],
        ["-Share this post:", "-Facebook", "-Email"],
        ["-Previous post: Winter tyres explained", "-Next post: Our new Saturday opening hours"],
        ["-Hartwell Motors Ltd, Unit 4, Mill Lane Trading Estate, Ashcombe AC3 9QT",
         "-Privacy Policy | Cookie Policy | Complaints | Sitemap", "-© 2026 Hartwell Motors Ltd",
         "-We use cookies to improve your experience. Accept all | Manage settings"],
    ]),
    _page("en", "en-fire-brigade-callout", [
        ["-Menu", "-Ashworth Volunteer Fire Brigade", "-Serving Ashworth and district since 1911",
         "-Home | Call-outs | Join Us | Fundraising | Gallery | Contact"],
        ["-Donate now", "-Emergency? Always dial 999"],
        ["+Call-out 47: chimney fire on Kiln Road", "-Call-outs", "-Posted on 22 November 2026 by Station Officer",
         "-0 Comments"],
        ["+Crews were paged at 19:12 on Saturday evening to a chimney fire at a cottage on Kiln Road.",
         "+The owners had already left the building and called 999 before our first appliance arrived.",
         "+Incident summary",
         "+Time of call: 19:12",
         "+Appliances: Pump 1 and the water carrier",
         "+Firefighters: 9",
         "+Duration: 2 hours 20 minutes",
         "+The fire was put out from inside the chimney with chimney rods and a hose reel, and no one was hurt.",
         "+“Please have your chimney swept once a year before you light the first fire of winter,” said "
         "crew commander Lisa Trevane.",
         "+Our next open evening for new volunteers is on 9 December at the station."],
        ["-Tags: chimney fire, Kiln Road, call-outs", "-Share:", "-Tweet"],
        ["-Leave a Reply", "-Your email address will not be published. Required fields are marked *",
         "-Post Comment"],
        ["-Recent call-outs", "-Call-out 46: car fire on the bypass", "-Call-out 45: flooding at the old mill"],
        ["-Registered charity no. 1098765", "-© 2026 Ashworth Volunteer Fire Brigade", "-Follow us on Facebook"],
    ]),
    _page("fr", "fr-orchestre-saison", [
        ["-Aller au contenu principal", "-Orchestre des Pays de Varenne",
         "-La saison | Billetterie | L'orchestre | Jeune public | Soutenir | Presse",
         "-Mon compte", "-Panier (0)"],
        ["-Accueil / Actualités"],
        ["-Actualité", "+La nouvelle saison dévoilée : douze concerts et une création", "-Publié le 3 septembre 2026"],
        ["+L'orchestre a présenté lundi soir sa saison 2026-2027, la première préparée par sa nouvelle cheffe, "
         "Mathilde Arnoux.",
         "+Douze concerts sont prévus à l'auditorium de Varenne, dont quatre en tournée dans les communes du "
         "département.",
         "+Les temps forts",
         "+Octobre : ouverture avec la Cinquième Symphonie de Mahler.",
         "+Janvier : création d'une pièce du compositeur Lucien Dorval.",
         "+Mars : concert participatif avec les chorales scolaires.",
         "+Juin : soirée en plein air sur la place du Marché.",
         "+Les moins de 26 ans paieront un tarif unique de 8 euros pour tous les concerts.",
         "+« Je veux que chacun puisse venir au concert au moins une fois dans l'année », a déclaré la cheffe.",
         "+Les abonnements ouvrent le 15 septembre, les places à l'unité le 1er octobre."],
        ["-Crédit photo : Jean Morel", "-Réserver", "-Télécharger la brochure de saison (PDF, 4 Mo)"],
        ["-Partager sur Facebook", "-Partager par e-mail"],
        ["-Nos partenaires", "-Suivez-nous : Facebook · Instagram · YouTube"],
        ["-L'Orchestre des Pays de Varenne est soutenu par la Région et le Département.",
         "-Inscrivez-vous à notre lettre d'information",
         "-Mentions légales | Accessibilité : partiellement conforme | Plan du site",
         "-© Orchestre des Pays de Varenne 2026",
         "-Ce site utilise des cookies. Accepter | Refuser | Personnaliser"],
    ]),
    _page("fr", "fr-scouts-camp", [
        ["-Groupe Scout Saint-Éloi de Brévannes", "-Accueil", "-Nos unités", "-Inscriptions", "-Nous contacter", "-Rechercher"],
        ["-Faire un don"],
        ["-Vous êtes ici : Accueil » Vie du groupe » Camps"],
        ["+Camp d'été des Éclaireurs : quinze jours dans le Jura", "-Par Chef Antoine",
         "-Le 28 août 2026", "-Catégorie : Camps"],
        ["+Vingt-deux jeunes de la troupe sont partis le 15 juillet pour un camp sous tentes près du lac "
         "de Moiry.",
         "+Au programme, construction des installations, grand jeu, veillées et un raid de deux jours.",
         "+Le camp en chiffres",
         "+Patrouilles : 4",
         "+Nuits sous tente : 14",
         "+Kilomètres parcourus pendant le raid : 38",
         "+« Ils sont partis enfants et revenus un peu plus grands », sourit Claire, la cheffe de troupe.",
         "+Merci aux parents qui ont assuré le transport du matériel.",
         "+Les photos sont disponibles pour les familles sur demande."],
        ["-Étiquettes : camp, éclaireurs, Jura", "-Imprimer", "-3 commentaires"],
        ["-Article précédent", "-Article suivant"],
        ["-Groupe membre des Scouts de Varenne-Sud", "-Association loi 1901",
         "-Mentions légales", "-Propulsé par WordPress | Thème Astra", "-Se connecter"],
    ]),
    _page("de", "de-ruderclub-regatta", [
        ["-Zum Inhalt springen", "-Ruderclub Weserstrand 1889 e.V.",
         "-Verein | Training | Breitensport | Leistungssport | Termine | Kontakt", "-Mitglied werden", "-Suche", "-Trainingszeiten"],
        ["-Startseite > Aktuelles > Regatten"],
        ["+Drei Siege bei der Herbstregatta in Lindenau", "-Veröffentlicht am 12. Oktober 2026",
         "-von Pressewart", "-Kategorie: Regatten"],
        ["+Mit neun Booten war unser Verein bei der Herbstregatta in Lindenau am Start.",
         "+Bei Sonnenschein und leichtem Gegenwind ruderten unsere Mannschaften dreimal als Erste über die Ziellinie.",
         "+Die Ergebnisse",
         "+Junior-Doppelzweier: 1. Platz (Jonas Keller, Mia Brandt)",
         "+Männer-Achter Masters: 1. Platz",
         "+Frauen-Doppelvierer: 1. Platz",
         "+Junior-Einer: 4. Platz (Lukas Ahrens)",
         "+Insgesamt holte der Verein drei Siege, einen zweiten und zwei dritte Plätze.",
         "+„Die Mannschaft hat den ganzen Sommer dafür trainiert“, sagte Trainerin Heike Sommer.",
         "+Die nächste Regatta ist der Nikolauslauf auf dem Ergometer im Dezember."],
        ["-Fotos: RC Weserstrand", "-Zurück zur Übersicht"],
        ["-Teilen auf Facebook", "-Teilen per WhatsApp"],
        ["-Unsere Partner", "-Sparkasse Weserstrand", "-Bootshaus: Uferweg 12, 28999 Weserstrand",
         "-Impressum", "-Datenschutzerklärung", "-© 2026 Ruderclub Weserstrand 1889 e.V.", "-Nach oben"],
    ]),
    _page("de", "de-muenzverein-notiz", [
        ["-Numismatische Gesellschaft Altmark e.V.", "-Über uns | Treffen | Mitteilungsblatt | Links | Kontakt",
         "-Suche", "-Anmelden", "-Mitglied werden"],
        ["-Sie sind hier: Startseite / Mitteilungen"],
        ["+Ein seltener Pfennig aus Gardelegen aufgetaucht", "-Mitteilung Nr. 114", "-von Dr. Rainer Wulff",
         "-2. November 2026", "-Seitenaufrufe: 87"],
        ["+Bei unserem Tauschtreffen im Oktober legte ein Gast einen Pfennig vor, den bislang nur zwei "
         "Sammlungen besitzen.",
         "+Die Münze wurde um 1620 in Gardelegen geprägt und zeigt auf der Rückseite einen Hirsch.",
         "+Die Merkmale im Überblick",
         "+Gewicht: 0,31 Gramm",
         "+Durchmesser: 14 Millimeter",
         "+Erhaltung: sehr schön",
         "+„Solche Stücke findet man einmal im Leben“, sagte unser Vorsitzender.",
         "+Ein ähnliches Stück wurde zuletzt 1998 in Magdeburg versteigert.",
         "+Der Besitzer möchte die Münze dem Kreismuseum als Leihgabe überlassen.",
         "+Unser nächstes Tauschtreffen findet am 7. Dezember im Gasthof Zur Linde statt."],
        ["-Mitteilung als PDF herunterladen", "-Drucken", "-Kontaktformular"],
        ["-Ältere Mitteilungen", "-Mitteilung Nr. 113: Jahreshauptversammlung", "-Mitteilung Nr. 112: Sommerausflug"],
        ["-Diese Seite verwendet nur technisch notwendige Cookies.", "-Impressum · Datenschutz",
         "-Letzte Änderung: 02.11.2026", "-© Numismatische Gesellschaft Altmark e.V.", "-Nach oben"],
    ]),
    _page("it", "it-studio-dentistico-news", [
        ["-Studio Dentistico Dott.ssa Serena Galli", "-Chiama ora: 0371 555 210",
         "-Home | Lo studio | Trattamenti | Team | News | Contatti", "-Prenota una visita", "-Lun–Ven 9:00–19:00, Sab 9:00–13:00"],
        ["-Sei in: Home » News"],
        ["+Denti dei bambini: quando fare la prima visita", "-News", "-10 novembre 2026",
         "-Scritto da Staff Studio Galli"],
        ["+Molti genitori ci chiedono a che età portare i figli dal dentista per la prima volta.",
         "+La risposta è più semplice di quanto si pensi: intorno ai tre anni, anche se non ci sono problemi.",
         "+I consigli della dottoressa",
         "+Spazzolino morbido due volte al giorno, con poco dentifricio al fluoro.",
         "+Niente biberon con latte o succhi prima di dormire.",
         "+Una visita di controllo ogni sei mesi.",
         "+Dopo i sei anni arrivano i primi denti definitivi, che vanno controllati con attenzione.",
         "+«La prima visita deve essere un gioco, non una paura», spiega la dottoressa Galli.",
         "+Per tutto il mese di dicembre la visita pediatrica è gratuita per i figli dei nostri pazienti."],
        ["-Prenota online", "-Condividi:", "-Facebook", "-WhatsApp"],
        ["-Articoli correlati", "-Sbiancamento dentale: cosa sapere", "-Apparecchio invisibile: domande e risposte"],
        ["-Direttore sanitario: Dott.ssa Serena Galli, iscritta all'Albo degli Odontoiatri di Lodi n. 612",
         "-Via Roma 41, 26900 Lodi – P. IVA 09876540151", "-Privacy Policy | Cookie Policy", "-Seguici su Facebook",
         "-Questo sito utilizza cookie tecnici e di terze parti. Accetta | Rifiuta"],
    ]),
    _page("it", "it-palestra-arrampicata", [
        ["-BlocLab Arrampicata Ferrara", "-Orari | Corsi | Tariffe | Eventi | Blog | Contatti",
         "-Area soci", "-Acquista ingressi", "-Oggi aperti: 10:00–23:00"],
        ["-Blog / Tracciature"],
        ["+Nuovi blocchi nella sala grande: 42 problemi da provare", "-Pubblicato il 5 novembre 2026",
         "-da Andrea P.", "-3 min"],
        ["+Questa settimana i nostri tracciatori hanno smontato e rifatto tutta la parete strapiombante "
         "della sala grande.",
         "+Sono 42 blocchi nuovi, per tutti i livelli, dal principiante a chi scala da anni.",
         "+Come sono divisi",
         "+Giallo: 12 blocchi facili",
         "+Verde: 14 blocchi intermedi",
         "+Rosso: 10 blocchi difficili",
         "+Nero: 6 blocchi per esperti",
         "+«Abbiamo puntato sui movimenti dinamici, ma non mancano le placche tecniche», dice Andrea.",
         "+Ricordate di spazzolare le prese dopo l'uso e di non lasciare magnesite sui materassi."],
        ["-Foto: archivio BlocLab", "-Tag: tracciatura, boulder, novità", "-Condividi su Facebook", "-Condividi su Telegram"],
        ["-Lascia un commento", "-Devi essere connesso per inviare un commento."],
        ["-BlocLab ASD – Via delle Mura 8, 44121 Ferrara", "-C.F. 93012340387",
         "-Seguici su Instagram", "-Lavora con noi", "-Newsletter", "-© 2026 BlocLab ASD"],
    ]),
    _page("pl", "pl-rod-biuletyn", [
        ["-Rodzinny Ogród Działkowy „Pod Lipami” w Wieluszynie", "-Strona główna", "-Aktualności",
         "-Regulamin", "-Zarząd", "-Kontakt", "-Ogłoszenia działkowców"],
        ["-Jesteś tutaj: Strona główna » Aktualności"],
        ["+Jesienne porządki i zamknięcie wody w ogrodzie", "-Dodano: 6 listopada 2026",
         "-Autor: Zarząd ROD", "-Wyświetleń: 214"],
        ["+Zarząd przypomina, że woda w ogrodzie zostanie zamknięta w sobotę 15 listopada.",
         "+Prosimy działkowców o opróżnienie zbiorników i zabezpieczenie kranów przed mrozem.",
         "+Terminy na listopad",
         "+15 listopada – zamknięcie wody",
         "+22 listopada – wywóz odpadów zielonych",
         "+29 listopada – dyżur zarządu w świetlicy",
         "+– Kto zostawi wodę w kranie, wiosną kupi nowy – żartuje prezes Halina Nowicka.",
         "+Kontenery na odpady zielone staną przy bramie głównej.",
         "+Opłaty za rok 2027 można wnosić do końca marca."],
        ["-Pobierz regulamin (PDF)", "-Drukuj", "-Udostępnij"],
        ["-Poprzedni wpis", "-Następny wpis"],
        ["-ROD „Pod Lipami”, ul. Polna 3, 98-999 Wieluszyn", "-Polityka prywatności",
         "-Strona korzysta z plików cookies.", "-© 2026 ROD „Pod Lipami”", "-Znajdź nas na Facebooku"],
    ]),
    _page("pl", "pl-kolo-lowieckie", [
        ["-Koło Łowieckie nr 27 „Jeleń” w Brzezinach Małych", "-Aktualności | Obwody | Kalendarz polowań | "
         "Zarząd | Galeria | Kontakt", "-Zaloguj się", "-Szukaj…"],
        ["-Start / Komunikaty"],
        ["+Polowanie zbiorowe i zasady bezpieczeństwa", "-Komunikaty", "-12 listopada 2026",
         "-Opublikował: Łowczy Koła", "-Odsłon: 97"],
        ["+Zarząd koła informuje, że pierwsze polowanie zbiorowe w tym sezonie odbędzie się 29 listopada.",
         "+Zbiórka o godzinie 7.30 przy leśniczówce w Olszynce.",
         "+Obowiązkowe wyposażenie",
         "+kamizelka lub czapka w kolorze pomarańczowym",
         "+aktualne pozwolenie na broń i legitymacja",
         "+ważne ubezpieczenie OC myśliwego",
         "+– Bezpieczeństwo jest ważniejsze niż każdy strzał – podkreśla łowczy Marek Zieliński.",
         "+Po polowaniu zapraszamy wszystkich uczestników na ognisko przy leśniczówce.",
         "+Prosimy mieszkańców o ostrożność w lasach wokół Olszynki w tym dniu."],
        ["-Tagi: polowanie, komunikat", "-Udostępnij na Facebooku", "-e-mail: zarzad@kl27-jelen.pl", "-Kalendarz polowań 2026/2027 (PDF)"],
        ["-Najnowsze wpisy", "-Wyniki strzelań kulowych", "-Zebranie sprawozdawcze koła"],
        ["-Koło Łowieckie nr 27 „Jeleń”, NIP 771-000-12-34", "-Polityka cookies",
         "-Wszystkie prawa zastrzeżone", "-Projekt i wykonanie: WebLas", "-Do góry"],
    ]),
    _page("ru", "ru-kibersport-anons", [
        ["-Перейти к содержанию", "-Northwind Esports", "-Команды | Новости | Матчи | Магазин | Партнёры",
         "-RU | EN", "-Войти"],
        ["-Главная / Новости"],
        ["+Новый состав по Dota 2: двое новичков и возвращение капитана", "-Новости", "-14 ноября 2026",
         "-Пресс-служба Northwind", "-2 мин"],
        ["+Northwind Esports представляет обновлённый состав по Dota 2 на сезон 2027 года.",
         "+В команду вернулся капитан Игорь «Ferro» Соколов, который пропустил прошлый сезон из-за травмы руки.",
         "+Состав",
         "+Керри: Артём «Kite» Лебедев",
         "+Мидер: Денис «Dusk» Орлов",
         "+Оффлейнер: Руслан «Rook» Гаврилов",
         "+Поддержка: Игорь «Ferro» Соколов и Никита «Nox» Фомин",
         "+«Мы собирали состав под одну цель — выход на мейджор», — сказал генеральный менеджер Павел Ким.",
         "+Первый официальный матч команда сыграет 3 декабря."],
        ["-Купить джерси нового сезона", "-Поделиться:", "-ВКонтакте", "-Telegram"],
        ["-Другие новости", "-Итоги сезона по CS2", "-Открыт набор в академию"],
        ["-© 2026 Northwind Esports", "-Политика конфиденциальности", "-Мы используем файлы cookie. Принять", "-Мы на Twitch"],
    ]),
    _page("ru", "ru-kovorking-istoriya", [
        ["-Коворкинг «Чердак»", "-Тарифы | Переговорные | Резиденты | Блог | Контакты",
         "-Забронировать место", "-+7 (900) 000-00-00", "-Войти"],
        ["-Блог / Истории резидентов"],
        ["+Как студия керамики выросла из одного стола в коворкинге", "-Истории резидентов",
         "-Опубликовано 20 ноября 2026", "-Автор: команда «Чердака»", "-5 минут чтения"],
        ["+Два года назад Вера Ланская арендовала у нас один стол у окна и продавала кружки через интернет.",
         "+Сегодня у её студии «Глина и дым» своя мастерская, три сотрудника и очередь заказов до весны.",
         "+С чего всё начиналось",
         "+Первая печь стояла на даче у родителей.",
         "+Заказы Вера принимала в перерывах между звонками на основной работе.",
         "+Первый крупный заказ — 200 чашек для кофейни — пришёл от соседа по коворкингу.",
         "+«Здесь я поняла, что моё хобби может стать делом», — говорит Вера.",
         "+Теперь мастерская занимает бывший склад на первом этаже соседнего дома.",
         "+Сейчас студия проводит мастер-классы и для резидентов «Чердака»."],
        ["-Теги: резиденты, малый бизнес", "-Поделиться", "-Комментарии (2)"],
        ["-Читайте также", "-Пять правил тихой зоны", "-Подписаться на блог"],
        ["-ИП Котов А. В., ОГРН 300000000000000", "-Политика обработки персональных данных",
         "-© «Чердак», 2026", "-Адрес: ул. Мельничная, 5, 3 этаж", "-Мы ВКонтакте"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_33_line, test_held_out_33_line_is_kept, test_held_out_33_page = held_out_tests(
    HELD_OUT_33_LINES, HELD_OUT_33_KEEP, HELD_OUT_33_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
