"""Held-out set 39: written blind, weighted toward whole scraped pages in layouts sets 22 to 38 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 38) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 38, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function node, not the words in
the docstring) and scripts/clean_held_out_report.py (in full, with ``cat``) were read. The layouts
were picked from the brief's list of ideas; the page dict is built as set 38 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips and notes: (1) ``git
worktree add`` was run with its output discarded before anything was written; the English fixture
was not printed. (2) Before the measurement the draft lists and pages were executed from a scratch
folder (/tmp/s39) with a stand-in ``page_from_blocks`` that only counted lines (no case was run
through the cleaner); after that count, 3 to 7 noise lines were added as a last block at the foot
of eleven pages (still before the measurement) to bring every page to 20 or 21 noise lines. (3) The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen; the problems of the five failing lines and two failing pages were then read
out once with ``_problems`` in the frozen worktree, to write the xfail reasons. (4) The brief asked
that every person, company, site and place in the articles be invented, but several place names
chosen as invented exist: Glenmore, Kirkton and Carn Dubh (Scotland), Ashford and Millbrook
(England), Virelles (Belgium), Mareuil and Les Aubiers (France), Brzeziny (Poland, whose real
postcode 95-060 was used in the footer) and Jodłowa (Poland); the surf-school article names the
Baltic, the translators' article Armenian and Georgian, the astronomy article Saturn, the Orion
Nebula and the Pleiades, and the storm marker "Storm Elsa" is a name real storms have had; this was
only noticed after the measurement, so it was left as measured. (5) Some noise lines name real
things, as real pages do: Facebook, X, Instagram, Pinterest, WhatsApp, Messenger, YouTube, Telegram,
ВКонтакте, WordPress, PayPal, DHL, the Scottish charity-number, SIRET, P.IVA, 5x1000, ОГРНИП and
ИНН formats and a Kaliningrad phone code; numbers are invented but have real formats and may
coincide with real ones. Other names (Dunmore Media, Harwick, Wettach, Encre Noire, Saint-Orvain,
Kaltenfeld, Hoher Bühl, Auental, Valmora, Castelvaro, Marina di Selvanera, Светломорск, «Мост» and
the like) may coincide with real places or firms. Nothing below was copied from any file of the
repository. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru. The kinds set 38's docstring names as missed (podcast, video and infographic
media labels, the series note, the subscribers-only note, the YouTube consent notice) and those it
names from earlier sets (gallery counts, interactive-map labels, legal footers with registry
numbers, translation, archive and correction/update notes, typo-report prompts, sponsored/partner
markers, "Send this article to a friend", font-size controls, print-edition notices, "Editor's
Pick", newsroom-contact and ownership footers, "© Riproduzione riservata", "Lascia un commento",
one-word kickers, price lines, photo credits, taglines, alcohol warnings, club bylines,
breadcrumbs, AI-assistance, affiliate, funding and opinion notes) were not reused as noise lines;
the markers here are live-coverage labels ("LIVE UPDATES |", "EN DIRECT –", "Liveblog:", "DIRETTA
|", "RELACJA NA ŻYWO:", "ОНЛАЙН |") and an audio-player label; the notices are a metered-paywall
note, two JavaScript/browser notices, a log-in-to-continue note and an outdated-browser notice; the
footers are legal-links rows and copyright lines. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s39 at commit 8a97462) and every failing case is marked as a strict
xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring. scripts/clean_held_out_report.py needed no
change: it finds a set by its number, so ``--sets 39`` works as it is.

Judgement calls: the keep lines opening with "Listen to the residents first", "Share prices at the
harbour company", "By the end of the meeting", "Comments made by the chairman", "Live music will
return", "Read more than a hundred objections", "Copyright in the mural", "En direct de la salle",
"Partager les frais", "Lire les 400 pages", "Kommentarlos verließ", "Live übertragen wurde", "Von den
42 Einwendungen", "Condividere i costi", "Di Marco, capogruppo", "Leggi regionali", "Czas na
decyzję", "Komentarze mieszkańców", "Поделиться опытом" and "Читайте внимательно" are article
sentences; "Audio: listen to this article (5:12)" is a marker; "Story by ..." and "di Marco
Tessitore" are bylines; "Sign in to join the conversation" and "Обсудить в комментариях" are
comments; "Copy link" and "Udostępnij" are share; the paywall, JavaScript, log-in and
outdated-browser lines are notices; "Skip to main content", "Das könnte Sie auch interessieren" and
"Czytaj dalej pod reklamą" are "other". On every page the title, the subheading, its list or
table-like rows, the quote and the sentences around them are article; site names, menus, buttons,
section labels ("News", "Actus", "Aktuelles", "Novità", "Aktualności", "Блог", "Новости"), post
dates, bylines, view counts, reading times, tags, categories, share, print and comment lines,
comment forms, previous/next and related links, sidebars of coming dates, opening hours, addresses,
phone and e-mail lines, company, charity, VAT and registry lines, product and price rows, payment
and delivery lines, donation buttons, trail-weather widgets, ticket prices, page-feedback prompts,
legal and accessibility links, copyright, social links, newsletter and cookie lines and back-to-top
links are noise. In en-ski-club-dryland "Weekly plan" with three "day: session" rows is article; in
en-library-reading-challenge "Challenge in numbers" with four "label: value" rows is article; in
fr-salon-tatouage-actus "Comment réserver" with three rows is article; in fr-accordeur-piano-blog
"Les saisons et la table d'harmonie" with three rows is article; in de-astroshop-blog "Worauf es
ankommt" with three "label: text" rows is article, the product and price row noise; in
de-drohnenclub-regeln "Die wichtigsten Änderungen" with four rows is article; in
it-cooperativa-forno-novita "Le novità dell'autunno" with four rows is article; in
it-salvamento-stagione "I numeri della stagione" with four "label: value" rows is article; in
pl-gielda-filatelistyczna "Program giełdy" with four "time – event" rows is article; in
pl-trasy-biegowe-raport "Stan tras" with four "loop: state" rows is article, the weather widget
and ticket price noise; in ru-serf-shkola-blog "Что у нас было этим летом" with four ";" rows is
article; in ru-volontery-perevodchiki "Чего мы ждём от волонтёров" with four ";" rows is article.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 243 noise lines (20 or 21 a page) and 128 article lines
(10 or 11 a page): en-ski-club-dryland (a Nordic ski club's training news),
en-library-reading-challenge (a county library's reading-challenge results),
fr-salon-tatouage-actus (a tattoo studio's news), fr-accordeur-piano-blog (a piano tuner's blog),
de-astroshop-blog (an amateur astronomy shop's blog), de-drohnenclub-regeln (a drone club's rules
update), it-cooperativa-forno-novita (a bakery cooperative's news), it-salvamento-stagione (a beach
lifeguard service's season report), pl-gielda-filatelistyczna (a stamp collectors' fair),
pl-trasy-biegowe-raport (a cross-country ski trail report), ru-serf-shkola-blog (a surf school's
blog), ru-volontery-perevodchiki (a volunteer translators' network); every page holds a subheading
with list or table-like rows and a quote in the article.

Baseline (2026-12-02, cleaner at commit 8a97462, measured with
``cd /tmp/wt-s39 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s39/src python -m pytest
-q tests/test_clean_held_out_39.py -rA -p no:cacheprovider`` (7 failed, 70 passed) and
``cd /tmp/wt-s39 && PYTHONPATH=/tmp/wt-s39/src python scripts/clean_held_out_report.py --sets 39``,
with the xfail tables empty): noise lines removed 40/45 (marker 6/7, reading-time 7/7, byline 6/7,
footer 5/5, comments 6/6, share 5/5, notice 2/5, other 3/3; missed: the English byline "Story by
Priya Nandakumar and Owen Hale", the Italian live marker "DIRETTA | Consiglio comunale, il voto sul
bilancio", the English metered-paywall notice "You have reached your limit of free articles this
month. ...", the Italian log-in notice "Per continuare a leggere accedi o registrati gratuitamente."
and the Russian outdated-browser notice "Вы используете устаревший браузер. ..."; all five were kept
as paragraphs); keep lines kept 20/20; pages 10/12 clean, 5 of 243 page noise lines left
(de-drohnenclub-regeln 3 of 20: the club name, the "Aktuelles" label and "Aufrufe: 312";
pl-gielda-filatelistyczna 2 of 20: the society's name and the "Aktualności" label, and its title
lost or out of order), 1 of 128 article lines lost. The failing cases are strict xfails.

Still held out after round 37 (developed on set 38; measured once at b3bb82e with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 39`` and pytest on
this file): exactly at its baseline (lines 40/45, keep 20/20, pages 10/12 clean, 5 of 243 page noise
lines left, 1 article line lost).

Round 38 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 39`` and ``pytest tests/test_clean_held_out_39.py`` at
d6d43c1 (before) and the round's last commit on branch round38 (after): noise lines 40 -> 45/45
(marker 6 -> 7/7, byline 6 -> 7/7, notice 2 -> 5/5), pages 10 -> 12/12 clean, page noise lines left
5 -> 0 of 243, as classes in six languages: a headline naming a coming day in words with no year and
no time ("Jesienna giełda filatelistyczna – zapraszamy 8 listopada", "Neue Platzordnung ab 1.
November") right over the page's full stamp was read as a stamp in words, so the society's name
above the menu was taken for the title and the headline lost (or, on the German page, too little
chrome was left to mark the head); such a line is now the title, and the existing head rules take
the site's name, the section label and the view count; a writer's role under the title
("Story by", "Texte de", "Tekst:", "Autorzy:") takes a second writer after "and"; a live label
joined to its title by a bar ("DIRETTA | ...") is a live link as with a dash or a colon; a metered
paywall's limit reached and a call to log in or register to read on are paywall notices; the
reader's outdated browser said of the reader ("Вы используете устаревший браузер") is the browser
notice it was as "Ваш браузер устарел"; a view counter alone on its line ("Aufrufe: 312") is
noise wherever it stands; and the degree sign as an Italian ordinal before a month ("dal 1°
novembre") is no temperature. Keep lines 20/20 before and after; article lines lost 1 -> 0 of 128.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_39_LINES = [
    # en
    ("head", "LIVE UPDATES | Storm Elsa: coastal road closures across the district", "marker"),
    ("body", "Audio: listen to this article (5:12)", "marker"),
    ("head", "4 min read", "reading-time"),
    ("body", "Estimated reading time: 6 minutes", "reading-time"),
    ("head", "By Hannah Ridley, Transport Correspondent", "byline"),
    ("head", "Story by Priya Nandakumar and Owen Hale", "byline"),
    ("tail", "Privacy Policy · Terms of Service · Accessibility Statement · Sitemap", "footer"),
    ("tail", "Copyright © 2026 Dunmore Media Ltd. All rights reserved.", "footer"),
    ("tail", "View 48 comments", "comments"),
    ("tail", "Sign in to join the conversation", "comments"),
    ("tail", "Share this story", "share"),
    ("body", "Copy link", "share"),
    ("body", "You have reached your limit of free articles this month. Subscribe for unlimited access.", "notice"),
    ("body", "Please enable JavaScript to view this content.", "notice"),
    ("head", "Skip to main content", "other"),
    # fr
    ("head", "EN DIRECT – Conseil municipal : suivez le vote du budget", "marker"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("head", "Par Claire Vautrin, avec Julien Morel", "byline"),
    ("tail", "Mentions légales – CGU – Données personnelles – Nous contacter", "footer"),
    ("tail", "Voir les 14 commentaires", "comments"),
    ("tail", "Partager sur Facebook", "share"),
    # de
    ("head", "Liveblog: Hochwasser an der Wettach – alle Entwicklungen", "marker"),
    ("head", "Lesedauer: 5 Minuten", "reading-time"),
    ("head", "Von Lukas Brenner und Jana Kiesel", "byline"),
    ("tail", "Kommentare (23)", "comments"),
    ("body", "Bitte aktivieren Sie JavaScript, um diesen Inhalt anzuzeigen.", "notice"),
    ("tail", "Das könnte Sie auch interessieren", "other"),
    # it
    ("head", "DIRETTA | Consiglio comunale, il voto sul bilancio", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Marco Tessitore", "byline"),
    ("tail", "Privacy Policy | Cookie Policy | Note legali | Contatti", "footer"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("body", "Per continuare a leggere accedi o registrati gratuitamente.", "notice"),
    # pl
    ("head", "RELACJA NA ŻYWO: Sesja rady miasta w sprawie budżetu", "marker"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("head", "Autor: Katarzyna Wolska", "byline"),
    ("tail", "Komentarze (8)", "comments"),
    ("tail", "Udostępnij", "share"),
    ("body", "Czytaj dalej pod reklamą", "other"),
    # ru
    ("head", "ОНЛАЙН | Заседание городской думы: главное", "marker"),
    ("head", "Время чтения: 5 минут", "reading-time"),
    ("head", "Текст: Анна Беляева", "byline"),
    ("tail", "© 2026 «Вечерний Заречный». Все права защищены. При цитировании ссылка обязательна.", "footer"),
    ("tail", "Обсудить в комментариях", "comments"),
    ("body", "Вы используете устаревший браузер. Обновите его для корректной работы сайта.", "notice"),
]

HELD_OUT_39_KEEP = [
    ("body", "Listen to the residents first, the inspector told the council, before the bypass route is fixed."),
    ("body", "Share prices at the harbour company fell by a fifth after the vote was announced."),
    ("head", "By the end of the meeting, only three councillors still backed the original plan."),
    ("body", "Comments made by the chairman at the earlier hearing were read into the record."),
    ("tail", "Live music will return to the bandstand in June after the council approved the licence."),
    ("body", "Read more than a hundred objections, the planning officer said, and you see the same three worries."),
    ("tail", "Copyright in the mural, the artist's family argued, should stay with the town."),
    ("body", "En direct de la salle du conseil, plusieurs habitants ont filmé le vote à main levée."),
    ("body", "Partager les frais de cantine entre les deux communes reste la piste privilégiée."),
    ("head", "Lire les 400 pages du rapport a pris trois semaines aux élus de l'opposition."),
    ("body", "Kommentarlos verließ der Bürgermeister nach der Abstimmung den Saal."),
    ("body", "Live übertragen wurde die Sitzung erstmals auf einem Bildschirm im Foyer des Rathauses."),
    ("head", "Von den 42 Einwendungen betrafen allein 30 die geplante Zufahrt."),
    ("body", "Condividere i costi della mensa con il comune vicino è l'ipotesi più probabile."),
    ("head", "Di Marco, capogruppo dell'opposizione, ha chiesto un rinvio di due settimane."),
    ("tail", "Leggi regionali e norme comunali, ha spiegato il segretario, non sono in contrasto su questo punto."),
    ("body", "Czas na decyzję radni mają do końca marca, kiedy wygasa obecna umowa."),
    ("tail", "Komentarze mieszkańców zebrane w ankiecie trafią do projektanta przebudowy."),
    ("body", "Поделиться опытом с коллегами из соседнего района пообещал глава управления."),
    ("tail", "Читайте внимательно условия договора, посоветовал жителям юрист управляющей компании."),
]


HELD_OUT_39_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-ski-club-dryland", [
        ["-Glenmore Nordic Ski Club", "-Home  Training  Races  Membership  Shop  Contact", "-Log in", "-Join the club"],
        ["+Dryland training starts 6 October: what to expect this autumn",
         "-Posted by Coach Fiona Baird", "-28 September 2026", "-3 min read"],
        ["+Our autumn dryland block begins on Tuesday 6 October and runs for ten weeks, ahead of the first snow camp in December.",
         "+Sessions are open to all members aged twelve and over; juniors under sixteen need a signed consent form before the first evening."],
        ["+Weekly plan",
         "+Tuesday: roller-ski technique on the Kirkton loop, 18:30 to 20:00",
         "+Thursday: hill bounding and pole walking at Carn Dubh, 18:30 to 19:45",
         "+Saturday: long endurance session, meeting at the clubhouse at 09:00"],
        ["+“Dryland is where the season is won,” said head coach Fiona Baird. “The athletes who turn up in October are the ones smiling in February.”",
         "+Roller skis can be borrowed from the club store for a small deposit, and helmets are compulsory on every roller-ski session.",
         "+Anyone unsure about their fitness should speak to a coach before joining the hill sessions."],
        ["-Categories: Club news, Training", "-Tags: dryland, juniors, roller skiing", "-Share: Facebook | X | Email",
         "-← AGM minutes 2026", "-Snow camp booking now open →", "-Comments are closed."],
        ["-Upcoming events", "-10 Oct – Club roller-ski time trial", "-24 Oct – Wax clinic at the clubhouse"],
        ["-Glenmore Nordic Ski Club is a Scottish charitable incorporated organisation, SC051873",
         "-© 2026 Glenmore Nordic Ski Club · Privacy · Safeguarding policy", "-Follow us on Instagram", "-Back to top"],
    ]),
    _page("en", "en-library-reading-challenge", [
        ["-Ashford County Libraries", "-Catalogue | My Account | eBooks & eAudio | Events | Branches | Help",
         "-Search the catalogue", "-News"],
        ["+Summer Reading Challenge 2026: the results are in", "-Published 2 September 2026 by Library Services",
         "-Last reviewed: 2 September 2026"],
        ["+More than 3,400 children signed up for this year's Summer Reading Challenge across our eleven branches, the highest number since the scheme began.",
         "+Each child who read six books collected a medal and a certificate at a celebration event in their local library."],
        ["+Challenge in numbers",
         "+Children taking part: 3,412",
         "+Children finishing all six books: 2,087",
         "+Books borrowed over the summer: 21,950",
         "+Busiest branch: Millbrook, with 512 young readers"],
        ["+“We saw families who had never held a library card come back every week,” said branch manager Denise Okafor.",
         "+Volunteers aged thirteen to seventeen helped run the sessions and many of them will receive a volunteering award in the autumn.",
         "+The Challenge returns next July, and schools can already book a class visit to any branch."],
        ["-Share this page", "-Was this page helpful? Yes / No", "-Report a problem with this page"],
        ["-Related pages", "-Join the library", "-Opening hours and branch addresses", "-Rhymetime and Storytime sessions"],
        ["-Ashford County Council, County Hall, Market Street, Ashford AC1 2PQ", "-Tel: 01632 960 418",
         "-Accessibility | Cookies | Privacy notice | Freedom of information", "-© Ashford County Council 2026",
         "-Sign up for our e-newsletter"],
        ["-Follow us: Facebook | Instagram | YouTube", "-Cookie settings", "-Back to top"],
    ]),
    _page("fr", "fr-salon-tatouage-actus", [
        ["-ENCRE NOIRE TATTOO", "-Accueil / Artistes / Galerie / Soins / Actus / Contact", "-Prendre rendez-vous"],
        ["-Actus", "+Nouvelle artiste invitée au salon en novembre", "-Publié le 14 octobre 2026 par Léa",
         "-Lecture : 2 min"],
        ["+Du 3 au 21 novembre, le salon accueille Maëlle Quintin, tatoueuse spécialisée dans le fine line et les motifs botaniques.",
         "+Elle travaillera du mardi au samedi, uniquement sur rendez-vous, dans la cabine du fond."],
        ["+Comment réserver",
         "+Envoyez votre idée, l'emplacement et la taille souhaitée par le formulaire de contact.",
         "+Un acompte de 50 € est demandé pour bloquer la date.",
         "+Les projets de plus de quatre heures seront répartis sur deux séances."],
        ["+« Je cherche des pièces qui vieillissent bien, avec des lignes assez aérées », explique Maëlle Quintin.",
         "+Comme toujours, aucun tatouage n'est réalisé sur une personne mineure, même avec l'accord des parents.",
         "+Pensez à bien vous hydrater et à éviter l'alcool la veille de la séance."],
        ["-Partager : Facebook · Instagram · Pinterest", "-Article précédent : Nos horaires pour les vacances",
         "-Article suivant : Les soins après tatouage"],
        ["-Laisser une réponse", "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
         "-Publier le commentaire"],
        ["-Horaires : mardi – samedi, 11 h – 19 h", "-12 rue des Tanneurs, 49000 Virelles",
         "-SIRET 842 517 336 00019", "-Mentions légales | Politique de confidentialité",
         "-© 2026 Encre Noire Tattoo – Site réalisé avec WordPress"],
        ["-Paiement : CB et espèces, pas de chèques", "-Accès : tram ligne 2, arrêt Tanneurs", "-Suivez-nous sur Instagram", "-Retour en haut"],
    ]),
    _page("fr", "fr-accordeur-piano-blog", [
        ["-Thomas Garnier – Accordeur de pianos", "-Accueil | Services | Tarifs | Blog | Contact", "-06 12 34 56 78",
         "-Blog"],
        ["+Pourquoi accorder son piano deux fois par an ?", "-Par Thomas Garnier", "-Le 9 octobre 2026",
         "-Catégorie : Conseils"],
        ["+On me pose souvent la question : un piano peu joué a-t-il vraiment besoin d'être accordé ?",
         "+La réponse est oui, car ce ne sont pas les doigts qui désaccordent l'instrument, mais le chauffage et l'humidité."],
        ["+Les saisons et la table d'harmonie",
         "+En hiver, l'air sec fait baisser la tension des cordes et le piano sonne plus bas.",
         "+Au printemps, la table d'harmonie reprend de l'humidité et le diapason remonte.",
         "+Deux accords par an, en octobre et en avril, suivent ce rythme naturel."],
        ["+« Un piano accordé régulièrement reste stable, et chaque accord prend moins de temps », rappelle Thomas Garnier.",
         "+Placez aussi l'instrument loin des radiateurs et des fenêtres, et visez une humidité autour de 50 %.",
         "+Pour un piano resté plusieurs années sans accord, une remise au diapason en deux passages peut être nécessaire."],
        ["-Partager cet article", "-Facebook", "-E-mail", "-Étiquettes : accord, humidité, entretien"],
        ["-Vous aimerez aussi", "-Piano numérique ou acoustique : comment choisir ?", "-Déménager un piano sans l'abîmer"],
        ["-Intervention à domicile dans un rayon de 40 km autour de Saint-Orvain", "-Devis gratuit",
         "-Mentions légales · Plan du site · Cookies", "-© Thomas Garnier 2026"],
        ["-Zone d'intervention : Saint-Orvain, Mareuil, Les Aubiers", "-Suivez-moi sur Facebook", "-Haut de page"],
    ]),
    _page("de", "de-astroshop-blog", [
        ["-Sternwarte-Shop Kaltenfeld", "-Teleskope  Okulare  Montierungen  Zubehör  Gebraucht  Blog",
         "-Kostenloser Versand ab 50 €", "-Mein Konto", "-Warenkorb (0)"],
        ["+Einsteigerteleskop gesucht? Unsere Tipps für den Winter", "-12. Oktober 2026", "-von Rainer Sommerfeld",
         "-Lesezeit: 4 Minuten"],
        ["+Die langen Winternächte sind die beste Zeit, um mit der Himmelsbeobachtung anzufangen.",
         "+Viele Kundinnen und Kunden fragen uns, welches Gerät sich für den Start eignet, ohne gleich ein Vermögen auszugeben."],
        ["+Worauf es ankommt",
         "+Öffnung: lieber 130 mm auf einer einfachen Montierung als 70 mm auf einer wackeligen",
         "+Montierung: eine Dobson-Rockerbox ist stabil und in Sekunden aufgebaut",
         "+Okulare: zwei gute Okulare bringen mehr als ein Koffer voller Zubehör"],
        ["+„Das beste Teleskop ist das, mit dem man auch wirklich rausgeht“, sagt Rainer Sommerfeld, der den Laden seit 2009 führt.",
         "+Wer unsicher ist, kann an jedem ersten Freitag im Monat zu unserem Beobachtungsabend auf dem Hohen Bühl kommen.",
         "+Dort stehen mehrere Geräte bereit, und bei klarem Himmel zeigen wir Saturn, den Orionnebel und die Plejaden."],
        ["-Artikel teilen", "-Schlagwörter: Einsteiger, Dobson, Winterhimmel",
         "-Passende Produkte", "-Dobson 130/650 Basic – 249,00 € – In den Warenkorb"],
        ["-Newsletter abonnieren und 5 € Gutschein sichern", "-Zahlungsarten: PayPal, Rechnung, Vorkasse",
         "-Impressum | AGB | Widerrufsrecht | Datenschutz", "-© 2026 Sternwarte-Shop Kaltenfeld GmbH"],
        ["-Hotline: 07351 889 120 (Mo–Fr 10–17 Uhr)", "-Alle Preise inkl. MwSt., zzgl. Versandkosten", "-Versand mit DHL", "-Cookie-Einstellungen"],
    ]),
    _page("de", "de-drohnenclub-regeln", [
        ["-Modellflug- und Drohnenclub Auental e.V.", "-Start | Verein | Fluggelände | Termine | Mitglied werden | Kontakt",
         "-Aktuelles"],
        ["+Neue Platzordnung ab 1. November", "-Veröffentlicht am 15.10.2026", "-Autor: Vorstand", "-Aufrufe: 312"],
        ["+Nach der Mitgliederversammlung im September tritt zum 1. November eine überarbeitete Platzordnung für unser Fluggelände in Kraft.",
         "+Anlass waren mehrere Beschwerden aus der Nachbarschaft über Flüge am frühen Sonntagmorgen."],
        ["+Die wichtigsten Änderungen",
         "+Flugzeiten: werktags 9 bis 19 Uhr, sonn- und feiertags 10 bis 12 und 15 bis 18 Uhr",
         "+Drohnen über 250 g nur mit gültigem Kompetenznachweis und Versicherung",
         "+Höchstens vier Piloten gleichzeitig in der Luft",
         "+Jeder Flug wird im Flugbuch an der Hütte eingetragen"],
        ["+„Wir wollen das Gelände behalten, und das geht nur mit guten Nachbarn“, sagte der Vorsitzende Stefan Oberle.",
         "+Die vollständige Platzordnung hängt im Schaukasten an der Hütte aus.",
         "+Verstöße werden zuerst mündlich angesprochen, im Wiederholungsfall kann der Vorstand ein Flugverbot aussprechen."],
        ["-Zurück zur Übersicht", "-Drucken", "-Kategorie: Vereinsnachrichten"],
        ["-Nächste Termine", "-24.10. Arbeitseinsatz am Platz", "-07.11. Stammtisch im Gasthaus Linde"],
        ["-Vereinsregister: VR 4417, Amtsgericht Auental", "-Impressum · Datenschutz · Satzung",
         "-© 2026 MDC Auental e.V.", "-Nach oben"],
        ["-Kommentare sind geschlossen.", "-Kontakt: vorstand@mdc-auental.de", "-Folgen Sie uns auf Instagram", "-Barrierefreiheit"],
    ]),
    _page("it", "it-cooperativa-forno-novita", [
        ["-Forno Comune – Cooperativa di panificatori", "-Home  Chi siamo  I nostri pani  Punti vendita  Novità  Contatti",
         "-Ordina online"],
        ["-Novità", "+Torna il pane di segale del giovedì", "-Pubblicato il 7 ottobre 2026", "-da Redazione Forno Comune"],
        ["+Da giovedì 15 ottobre torna nei nostri tre punti vendita il pane di segale a lievitazione naturale.",
         "+Lo prepariamo con farina macinata a pietra dal mulino di Valmora, a pochi chilometri dalla cooperativa."],
        ["+Le novità dell'autunno",
         "+Il pane di segale, solo il giovedì",
         "+La focaccia alle castagne, nei fine settimana",
         "+I grissini al rosmarino, in confezioni da 250 grammi",
         "+Il panettone artigianale, su prenotazione da novembre"],
        ["+«Il segale ha bisogno di tempo, e per noi è un modo di ricordare come si faceva il pane una volta», racconta la socia fornaia Giulia Arrighi.",
         "+La cooperativa conta oggi ventidue soci, tra fornai, commessi e due agricoltori che coltivano i cereali.",
         "+Chi vuole visitare il laboratorio può farlo il primo sabato del mese, prenotando in negozio."],
        ["-Condividi: Facebook | WhatsApp | Email", "-Tag: segale, autunno, lievito madre", "-Articoli correlati",
         "-La nostra farina: da dove viene"],
        ["-Orari: lun–sab 7.00–13.00 e 16.30–19.30", "-Forno Comune Soc. Coop. – Via dei Mulini 8, Castelvaro",
         "-P.IVA 03918270461", "-Privacy | Cookie policy | Note legali", "-Iscriviti alla newsletter"],
        ["-Tel. 0577 221 430", "-Seguici su Facebook e Instagram", "-© 2026 Forno Comune Soc. Coop.", "-Sito realizzato da Studio Pixel", "-Torna su"],
    ]),
    _page("it", "it-salvamento-stagione", [
        ["-Società Salvamento Litorale Sud", "-Home / Chi siamo / Servizio spiagge / Corsi / News / Contatti",
         "-Diventa assistente bagnanti"],
        ["+Stagione balneare 2026: il bilancio dei nostri assistenti", "-News", "-30 settembre 2026",
         "-Tempo di lettura: 3 min"],
        ["+Con la chiusura delle ultime postazioni domenica scorsa si è conclusa la stagione del servizio di salvataggio sulle spiagge libere del litorale.",
         "+Da giugno a settembre i nostri assistenti hanno presidiato dodici postazioni lungo sei chilometri di costa."],
        ["+I numeri della stagione",
         "+Interventi in acqua: 148",
         "+Bambini smarriti riaffidati ai genitori: 63",
         "+Primi soccorsi in spiaggia: 412",
         "+Giornate con bandiera rossa: 11"],
        ["+«Il dato che ci rende più orgogliosi è che nessun intervento ha avuto conseguenze gravi», ha detto il coordinatore Luca Ferrandi.",
         "+Ricordiamo che la balneazione senza sorveglianza resta sconsigliata anche fuori stagione.",
         "+I corsi per ottenere il brevetto di assistente bagnanti ripartono a febbraio in piscina."],
        ["-Condividi", "-Facebook", "-Instagram", "-Torna alle news"],
        ["-Sostienici con il tuo 5x1000: C.F. 91027340523", "-Sede: Lungomare Nord 14, Marina di Selvanera",
         "-Tel. 0564 123 987", "-Privacy policy | Cookie policy", "-© 2026 Società Salvamento Litorale Sud ODV",
         "-Seguici su Instagram"],
        ["-Tag: stagione 2026, spiagge, bilancio", "-Articolo precedente: Aperte le iscrizioni ai corsi", "-Dona ora", "-Torna su"],
    ]),
    _page("pl", "pl-gielda-filatelistyczna", [
        ["-Koło Filatelistów nr 12 w Brzezinach", "-Strona główna | O kole | Giełdy | Wystawy | Galeria | Kontakt",
         "-Aktualności"],
        ["+Jesienna giełda filatelistyczna – zapraszamy 8 listopada", "-Dodano: 16.10.2026", "-Autor: Zarząd Koła",
         "-Wyświetleń: 187"],
        ["+W niedzielę 8 listopada w sali Domu Kultury przy ulicy Lipowej odbędzie się jesienna giełda filatelistyczna.",
         "+Wstęp jest bezpłatny, a stoły dla wystawców można rezerwować do końca października."],
        ["+Program giełdy",
         "+9:00 – otwarcie sali dla wystawców",
         "+10:00 – otwarcie giełdy dla zwiedzających",
         "+12:00 – wycena zbiorów przez rzeczoznawcę",
         "+14:00 – zakończenie"],
        ["+„Coraz więcej osób przychodzi z klaserami po dziadkach i pyta, czy mają coś cennego” – mówi prezes koła Tadeusz Wrona.",
         "+Podczas giełdy będzie można kupić okolicznościową kopertę z datownikiem przygotowanym na nasz jubileusz.",
         "+Młodzież do lat 16 otrzyma w prezencie startowy klaser i paczkę znaczków."],
        ["-Udostępnij: Facebook | Messenger | E-mail", "-Drukuj", "-« Poprzedni wpis", "-Następny wpis »"],
        ["-Kalendarz", "-Spotkania koła: każdy drugi czwartek miesiąca, godz. 17:00"],
        ["-Koło Filatelistów nr 12, ul. Lipowa 3, 95-060 Brzeziny", "-Polityka prywatności | Deklaracja dostępności",
         "-Copyright © 2026 Koło Filatelistów nr 12"],
        ["-Tagi: giełda, filatelistyka, Brzeziny", "-Kategoria: Aktualności", "-Brak komentarzy", "-Znajdź nas na Facebooku", "-Do góry"],
    ]),
    _page("pl", "pl-trasy-biegowe-raport", [
        ["-Trasy Biegowe Jodłowa Polana", "-Start  Trasy  Warunki  Wypożyczalnia  Cennik  Kontakt",
         "-Kamera online"],
        ["+Raport z tras: sobota, 12 grudnia", "-Aktualizacja: 12.12.2026, godz. 7:15", "-Opublikował: Michał"],
        ["+Po nocnych opadach na trasach leży około 35 centymetrów świeżego śniegu.",
         "+Ratrak wyjechał o piątej rano i przygotował wszystkie pętle do stylu klasycznego i łyżwowego."],
        ["+Stan tras",
         "+Pętla Leśna, 5 km: otwarta, tor klasyczny i łyżwa",
         "+Pętla Pod Jodłami, 10 km: otwarta, tor klasyczny",
         "+Trasa Grzbietowa, 18 km: otwarta od godz. 10:00",
         "+Pętla oświetlona, 2,5 km: otwarta do 21:00"],
        ["+„Takich warunków na początku grudnia nie mieliśmy od kilku lat” – mówi kierownik tras Michał Zawada.",
         "+Temperatura rano wynosi minus osiem stopni, więc polecamy smar twardy, niebieski.",
         "+Przypominamy, że na torach klasycznych nie wolno chodzić pieszo ani z psami."],
        ["-Temperatura: -8°C | Wiatr: 5 km/h | Śnieg: 35 cm", "-Udostępnij raport"],
        ["-Wypożyczalnia czynna 8:00–16:00", "-Bilet dzienny na trasy: 25 zł", "-Parking płatny przy schronisku",
         "-Polityka cookies", "-© 2026 Jodłowa Polana", "-Znajdź nas na Facebooku"],
        ["-Tagi: raport, warunki", "-Poprzedni raport", "-Kontakt: tel. 600 123 456", "-ul. Leśna 40, 34-480 Jodłowa", "-Regulamin tras", "-Strona korzysta z plików cookies.", "-Do góry"],
    ]),
    _page("ru", "ru-serf-shkola-blog", [
        ["-Серф-школа «Северный берег»", "-Главная  Курсы  Цены  Прокат  Блог  Контакты", "-Записаться на урок"],
        ["-Блог", "+Итоги сезона: как прошло наше первое лето в Светломорске", "-3 октября 2026",
         "-Автор: Дмитрий Ларин", "-Просмотров: 642"],
        ["+Сезон в серф-школе закрыт: последние уроки прошли в конце сентября, когда вода остыла до пятнадцати градусов.",
         "+За лето на нашем пляже на доску впервые встали больше трёхсот человек."],
        ["+Что у нас было этим летом",
         "+групповые уроки для начинающих каждое утро;",
         "+детский лагерь на три смены;",
         "+вечерние тренировки по сапбордингу;",
         "+два серф-кэмпа в выходные."],
        ["+«Балтика — непростое место для серфинга, но именно здесь хорошо учиться читать волну», — говорит инструктор Дмитрий Ларин.",
         "+На следующий год мы планируем добавить занятия для взрослых по вечерам и расширить прокат гидрокостюмов.",
         "+Сертификаты на уроки можно купить уже сейчас, они действуют до конца сезона 2027 года."],
        ["-Поделиться:", "-ВКонтакте", "-Telegram", "-Метки: итоги, сезон, обучение"],
        ["-Комментарии (4)", "-Оставьте комментарий"],
        ["-ИП Ларин Д. С., ОГРНИП 324390000012345", "-Политика конфиденциальности", "-© 2026 «Северный берег»"],
        ["-Телефон: +7 (4012) 55-12-34", "-Мы в Telegram", "-Сайт использует файлы cookie.", "-Наверх"],
    ]),
    _page("ru", "ru-volontery-perevodchiki", [
        ["-Сеть волонтёров-переводчиков «Мост»", "-О нас | Проекты | Стать волонтёром | Новости | Контакты",
         "-Поддержать проект", "-Новости"],
        ["+Мы ищем переводчиков с армянского и грузинского", "-18.10.2026", "-Время чтения: 3 минуты"],
        ["+Сеть «Мост» помогает переселенцам и их семьям с переводом документов, писем из школ и медицинских справок.",
         "+Этой осенью заявок стало вдвое больше, и нам особенно не хватает людей, знающих армянский и грузинский языки."],
        ["+Чего мы ждём от волонтёров",
         "+свободное владение русским и одним из языков;",
         "+два-три часа в неделю;",
         "+аккуратность при работе с личными данными;",
         "+готовность пройти короткое обучение онлайн."],
        ["+«Иногда один переведённый лист решает, попадёт ли ребёнок в школу в сентябре», — рассказывает координатор сети Ольга Мартиросова.",
         "+Все переводы проверяет второй волонтёр, а сложные юридические тексты мы передаём профессиональным переводчикам-партнёрам.",
         "+Заявку можно оставить через форму на сайте, мы отвечаем в течение недели."],
        ["-Поделиться в соцсетях", "-Распечатать", "-← Назад к новостям"],
        ["-Читайте также", "-Как мы работаем с персональными данными", "-Отчёт о работе за первое полугодие"],
        ["-АНО «Мост», ИНН 7700123456", "-Пользовательское соглашение", "-© 2026 Сеть «Мост»",
         "-Мы в Telegram"],
        ["-Пожертвовать", "-Email: info@most-set.ru", "-Сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "-Наверх"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_39_line, test_held_out_39_line_is_kept, test_held_out_39_page = held_out_tests(
    HELD_OUT_39_LINES, HELD_OUT_39_KEEP, HELD_OUT_39_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
