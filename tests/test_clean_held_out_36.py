"""Held-out set 36: written blind, weighted toward whole scraped pages in layouts sets 22 to 35 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 35) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 35, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function node, not the words in
the docstring) and scripts/clean_held_out_report.py (in full) were read. The layouts to avoid were
taken from the brief's list and set 35's docstring; the page dict is built as set 35 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found beyond these
notes. (1) ``git worktree add`` was run with its output discarded before anything was written; the
English fixture was not printed. (2) Before the measurement the draft lists were executed twice
from a scratch folder (/tmp/s36) with stand-in ``pytest``, ``test_clean`` and ``page_from_blocks``
modules that only counted lines (no case was run through the cleaner); after the first count,
noise lines were added to every page (to bring each to 21) and one article paragraph to three
pages. (3) The measuring pytest run (``-rA``) was piped to ``grep`` for its PASSED/FAILED lines
and summary, so no tracebacks were seen; the problems of the six failing lines and three failing
pages were read out once afterwards with ``_problems`` in the frozen worktree, to write the xfail
reasons. (4) Some noise lines name real things, as real pages do: Facebook, X, WhatsApp,
Messenger, Instagram, Pinterest, Mastodon / the Fediverse, Telegram, ВКонтакте, Одноклассники,
WordPress.com, Ko-fi, Роскомнадзор and its "Эл № ФС77" registration format, the Polish BIP and
RODO links and the IBAN format; one article names the Perseids and Saturn and another the
Ascension holiday. Invented names (Harrow Valley, Northvale, Saint-Ormel-sur-Lène, Haute-Vauze,
Lohrbach, Kehrtal, Orvalle, Castelvaio, Brzozowiec, Краснолесье, "Заречье FM", "Колесо времени"
and the like) may coincide with real places or firms; company, registration, NIP, P. IVA, C.F.,
ИНН, IBAN and phone numbers and postcodes are invented but have real formats and may coincide
with real ones. Nothing below was copied from any file of the repository. The lines and pages are
written from memory of how real sites print them, in en/fr/de/it/pl/ru; the page articles and
every person, club, shop, operator, station, museum, car model, festival and place in them are
invented. The kinds set 35's docstring names as missed ("Editor's Pick", "Reporter's Notebook |
City Hall", "Il commento del direttore", "Tylko u nas", "Выбор редакции", the newsroom-contact
and media-network ownership footers, "© Riproduzione riservata", "Lascia un commento: la tua email
non sarà pubblicata." and the German and Polish correction/update notices) and those it names from
earlier sets (one-word kickers, "Dieser Artikel wurde am ... aktualisiert.", price lines and "Add
to basket", "Photography: ..." credits, site taglines, alcohol health warnings, "Rédigé par ..."
club bylines, breadcrumbs, "a cura dei volontari") were not reused as noise lines; the markers
here are sponsored/partner labels ("Paid post · Presented by ...", "Contenu proposé par notre
partenaire ...", "Contenuto in collaborazione con ...", "Materiał partnera", "Партнёрский
материал") and video labels ("Watch | 2:34", "Mit Video · 3:12 Min."); the notices are an
AI-assistance note, an affiliate-links disclosure, a funding note, an opinion disclaimer and a
print-edition note, none of them a correction or update notice. The set was measured once against
a frozen cleaner (worktree /tmp/wt-s36 at commit 9d930a9) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring. scripts/clean_held_out_report.py needed no
change: it finds a set by its number, so ``--sets 36`` works as it is.

Judgement calls: the keep lines opening with "Sponsored by three local firms", "Skip hire
companies", "Listen to residents", "Comments from the inspector", "Terms of the new lease",
"Copyright in the photographs", "Follow-up inspections", "Lire le rapport en entier", "Abonnés
depuis vingt ans", "Publié en 1954", "Mehr zum Thema Lärmschutz", "Anzeigen wegen Ruhestörung",
"Teilen müssen sich", "Leggete il regolamento", "Iscriversi entro venerdì", "Pubblicità
ingannevole", "Zobaczcie, jak zmieniło się centrum", "Reklamacje w sprawie rachunków",
"Подписаться под обращением" and "Читайте внимательно договор" are article sentences; the
sponsored/partner and video labels are markers; "Skip to main content", "Schriftgröße: A– A+" and
"Czytaj także: ..." are "other"; the terms/privacy link row, the all-rights-reserved line, the
French legal-links row, the Italian court registration line and the Russian media registration
line are footers; "Send this article to a friend" is share. On every page the title, the
subheadings, their list or table-like rows (rating rows, "label: value" rows, time and date rows,
numbered steps, dash rows, programme rows, timestamp rows) and the quote are article; site names,
menus, buttons (book, buy a ticket, sign in, subscribe, call), section labels, post dates, bylines
(name, role or team; the radio host line "Ведущая: ..." and the museum's "Текст подготовил ..."
line included), view and listen counts, reviews, reading times, tags, categories, share, print,
download and comment lines, comment forms, previous/next links, related posts, sidebars of coming
events, opening hours, addresses, phone lines, company and registration lines, donation/IBAN
lines, sponsors and partners, legal links, copyright, age marks, social links, newsletter and
cookie banners, search and back-to-top links are noise. In en-football-fan-blog "Player ratings"
with four "name – score" rows is article, "Posted on ... by Gaz", "4 min read" and the WordPress
share/like/reply lines noise; in en-blood-donation-appeal "Stocks at a glance" with four "group:
days" rows is article, "Published 3 March 2026", the page-feedback lines and the session finder
noise; in fr-hotel-blog-evenements "Notre sélection" with four "day hour – event" rows is article,
"Meilleur prix garanti en réservant sur notre site", "Le blog de l'hôtel" and the category line
noise; in fr-marche-producteurs "Les nouveaux venus" with three dash rows is article, the comment
form's five lines noise; in de-makerspace-workshop "Was wir gebaut haben" with four numbered rows
is article, the next-dates sidebar and the IBAN line noise; in de-wanderverein-tourbericht "Die
Tour in Zahlen" with four "label: value" rows is article, the member login lines and the partner
line noise; in it-tour-cantine "Le tappe del tour" with four numbered rows is article, the review
score line and the newsletter-discount line noise; in it-sagra-comitato "Il programma" with four
"day – hour: event" rows is article, "Letto 412 volte", the flyer download and the sponsor rows
noise; in pl-szkola-psow "Nasze zasady" with five numbered rows is article; in
pl-obserwatorium-niebo "Kalendarz zjawisk" with three "date – event" rows is article, "Opracował:
dr Marek Zieliński", "Wyświetleń: 1 204" and the opening hours noise; in ru-radio-peredacha "В
выпуске" with four timestamp rows is article, the host line, the listen count and "16+" noise; in
ru-muzej-avtomobilej "Новые экспонаты" with three dash rows is article, the date line, the view
count and the opening hours noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 252 noise lines (21 a page) and 121 article lines (10 to 11
a page): en-football-fan-blog (a local football fan blog's match report), en-blood-donation-appeal
(a blood service's donor appeal), fr-hotel-blog-evenements (a hotel's local-events blog),
fr-marche-producteurs (a farmers' market association update), de-makerspace-workshop (a
makerspace's workshop report), de-wanderverein-tourbericht (a hiking club's trail report),
it-tour-cantine (a vineyard tour operator's blog), it-sagra-comitato (a village festival
committee's programme), pl-szkola-psow (a rescue-dog training school's blog),
pl-obserwatorium-niebo (a city observatory's night-sky guide), ru-radio-peredacha (a community
radio's show page), ru-muzej-avtomobilej (a vintage car museum's acquisitions news); every page
holds a subheading with list or table-like rows and a quote in the article.

Baseline (2026-12-02, cleaner at commit 9d930a9, measured with
``cd /tmp/wt-s36 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s36/src python -m pytest
-q tests/test_clean_held_out_36.py -rA -p no:cacheprovider`` (9 failed, 68 passed) and
``cd /tmp/wt-s36 && PYTHONPATH=/tmp/wt-s36/src python scripts/clean_held_out_report.py --sets 36``,
with the xfail tables empty): noise lines removed 39/45 (marker 4/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 6/6, share 4/5, notice 4/5, other 2/3; missed: the markers "Paid post ·
Presented by Harrow Valley Energy", "Contenu proposé par notre partenaire Crédit des Rives" and
"Contenuto in collaborazione con Banca del Lario Orientale", the share line "Send this article to
a friend", the German font-size control "Schriftgröße: A– A+" and the Russian print-edition notice
"Этот материал был опубликован в печатной версии газеты № 14 от 3 апреля."); keep lines kept
20/20; pages 9/12 clean (all but en-blood-donation-appeal, fr-hotel-blog-evenements and
de-wanderverein-tourbericht), 4 of 252 page noise lines left, 1 of 121 article lines lost:
en-blood-donation-appeal 0 left and 1 lost (the stock row "A negative: 4.0 days"),
fr-hotel-blog-evenements 3 left ("Meilleur prix garanti en réservant sur notre site", "Le blog de
l'hôtel", "Catégories : Événements, Que faire à Saint-Ormel"), de-wanderverein-tourbericht 1 left
("Passwort vergessen?"). The failing cases are strict xfails.

Still held out after round 34 (developed on set 35; measured once at d8e2182 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 36`` and pytest on
this file): exactly at its baseline (lines 39/45, keep 20/20, pages 9/12 clean, 4 of 252 page noise
lines left, 1 article line lost).

Round 35 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 36`` and ``pytest tests/test_clean_held_out_36.py`` at
9d4064b (before) and the round's last commit on branch round35 (after): article lines lost 1 -> 0
(keep lines 20/20 before and after), by narrowing the rule that decided against the stock row: a
reading time with one unknown word needs a marker word, and a lone particle of a reading-time phrase
("a" of "il y a", "de" of "temps de lecture", "di", "il", "na") is none, so "A negative: 4.0 days",
a figures box's "label: value" row, stays with its neighbours. Noise lines 39 -> 45/45 (as classes in
six languages: a sponsor's label with the sponsor named after it, the label a content noun or a paid
label, the name opening with a capital and holding no sentence's end; the page sent to a friend as a
share line; a text-size control whose minus is an en dash; the page naming the print issue it was
published in, with an auxiliary and a demonstrative, "№ N от ..."). Pages 9 -> 12/12 clean, page
noise left 4 -> 0 of 252: a booking site's best-price promise naming the booking ("Meilleur prix
garanti en réservant sur notre site") is a page tool; the site's blog named alone beside the headline
("Le blog de l'hôtel") is a section label, and a headline opening the run, a question too, over the
byline the rules took, is the title under the menu that bounds the masthead (the hotel's name), so
the "Catégories : ..." stamp under it goes as before; a password link ("Passwort vergessen?") joins
the log-in line beside it that the rules took. Strict xfails removed: 6 lines, 3 pages here (68 ->
77 passed); no other set moved (the report over all sets differs in set 36 only). SemEval diff: 0
files; guards 4605 passed, 53 xfailed; bench_clean CPU ratio 1.00 to 1.01 against 9d4064b.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_36_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("head", "Paid post · Presented by Harrow Valley Energy", "marker"),
    ("head", "Watch | 2:34", "marker"),
    ("head", "⏱ 7-minute read", "reading-time"),
    ("head", "Reading time: 3 min · 612 words", "reading-time"),
    ("head", "By Harriet Oduya, Transport Correspondent · @hoduya", "byline"),
    ("tail", "Reporting by Callum Freer; editing by Dana Whitlow", "byline"),
    ("tail", "Terms of Use | Privacy Policy | Cookie Settings | Accessibility", "footer"),
    ("tail", "All rights reserved. No part of this site may be reproduced without our written permission.", "footer"),
    ("tail", "Join the conversation: 27 comments", "comments"),
    ("tail", "Comments are closed for this article.", "comments"),
    ("tail", "Share on Facebook  Share on X  Copy link", "share"),
    ("body", "Send this article to a friend", "share"),
    ("tail", "This story was produced with support from the Halvern Local Journalism Fund.", "notice"),
    ("head", "This article contains affiliate links; we may earn a commission if you buy through them.", "notice"),
    ("head", "Skip to main content", "other"),
    # French (6)
    ("head", "Contenu proposé par notre partenaire Crédit des Rives", "marker"),
    ("head", "Lecture : 5 min", "reading-time"),
    ("head", "Par Claire Montvallon, envoyée spéciale à Saint-Ormel", "byline"),
    ("tail", "Mentions légales · Politique de confidentialité · Gérer les cookies · Plan du site", "footer"),
    ("tail", "Réagissez à cet article (12 réactions)", "comments"),
    ("tail", "Cet article a été rédigé avec l'aide d'une intelligence artificielle et relu par la rédaction.", "notice"),
    # German (6)
    ("head", "Mit Video · 3:12 Min.", "marker"),
    ("head", "Lesedauer: ca. 4 Minuten", "reading-time"),
    ("head", "Von Jonas Weidacher und Lea Brunnhofer", "byline"),
    ("tail", "Kommentare (8) – Jetzt mitdiskutieren", "comments"),
    ("tail", "Artikel teilen: WhatsApp · E-Mail · Link kopieren", "share"),
    ("head", "Schriftgröße: A– A+", "other"),
    # Italian (6)
    ("head", "Contenuto in collaborazione con Banca del Lario Orientale", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Marta Celleri e Paolo Ruggenti", "byline"),
    ("tail", "Testata registrata presso il Tribunale di Orvalle, n. 12/2004 – Direttore responsabile: Luca Ferrandi",
     "footer"),
    ("tail", "Condividi su Facebook | Condividi su WhatsApp | Invia per email", "share"),
    ("tail", "Le opinioni espresse sono dell'autore e non riflettono necessariamente la linea della testata.",
     "notice"),
    # Polish (6)
    ("head", "Materiał partnera", "marker"),
    ("head", "Czas czytania: ok. 5 min", "reading-time"),
    ("head", "Autor: Tomasz Wierzbicki, dziennikarz działu Kraj", "byline"),
    ("tail", "Komentarze (14) · Pokaż wszystkie", "comments"),
    ("tail", "Udostępnij: Facebook · X · Skopiuj link", "share"),
    ("body", "Czytaj także: Remont wiaduktu na Polnej potrwa do jesieni", "other"),
    # Russian (6)
    ("head", "Партнёрский материал", "marker"),
    ("head", "Время прочтения — 4 минуты", "reading-time"),
    ("head", "Автор: Анна Сорокина, корреспондент отдела экономики", "byline"),
    ("tail", "Сетевое издание «Вести Заречья» зарегистрировано Роскомнадзором, Эл № ФС77-81234 от 12.05.2021",
     "footer"),
    ("tail", "Обсуждение (3) — войдите, чтобы оставить комментарий", "comments"),
    ("tail", "Этот материал был опубликован в печатной версии газеты № 14 от 3 апреля.", "notice"),
]

HELD_OUT_36_KEEP: list[tuple[str, str]] = [
    # English (7)
    ("body", "Sponsored by three local firms, the fireworks display cost the council nothing this year."),
    ("body", "Skip hire companies say demand has doubled since the tip began charging for rubble."),
    ("body", "Listen to residents on Marsh Lane and the same complaint comes up: the buses simply do not turn up."),
    ("body", "Comments from the inspector, published on Tuesday, described the school's leadership as "
             "'steady but stretched'."),
    ("tail", "Terms of the new lease were not disclosed, but the club says its ground is secure for at least a decade."),
    ("body", "Copyright in the photographs belongs to the family, who agreed to lend them to the exhibition for free."),
    ("tail", "Follow-up inspections are planned for every bridge on the route by the end of March."),
    # French (3)
    ("body", "Lire le rapport en entier prend du temps : il compte plus de 300 pages et autant d'annexes."),
    ("body", "Abonnés depuis vingt ans au même fournisseur, les habitants découvrent une hausse de 18 %."),
    ("tail", "Publié en 1954, le premier plan d'urbanisme prévoyait déjà un pont à cet endroit."),
    # German (3)
    ("tail", "Mehr zum Thema Lärmschutz will der Bauausschuss im Mai beraten."),
    ("body", "Anzeigen wegen Ruhestörung haben sich im Viertel seit dem Frühjahr verdoppelt."),
    ("body", "Teilen müssen sich die beiden Schulen die Turnhalle noch mindestens bis 2028."),
    # Italian (3)
    ("body", "Leggete il regolamento, ha detto il sindaco ai consiglieri: la risposta è già scritta lì."),
    ("body", "Iscriversi entro venerdì è obbligatorio, ricordano gli organizzatori, perché i posti sono quaranta."),
    ("tail", "Pubblicità ingannevole, secondo l'associazione dei consumatori, quella delle bollette a prezzo bloccato."),
    # Polish (2)
    ("body", "Zobaczcie, jak zmieniło się centrum – mówi burmistrz, pokazując zdjęcia sprzed dwudziestu lat."),
    ("tail", "Reklamacje w sprawie rachunków za wodę rozpatrzy specjalna komisja do końca maja."),
    # Russian (2)
    ("body", "Подписаться под обращением к губернатору успели уже более двух тысяч жителей района."),
    ("tail", "Читайте внимательно договор, советует юрист, особенно пункт о досрочном расторжении."),
]


HELD_OUT_36_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-football-fan-blog", [
        ["-The Tannery End",
         "-Home  Match Reports  Podcast  Shop  About",
         "-Search the blog"],
        ["-Match Reports",
         "+Rovers 2-1 Pelham Town: ten men and a lot of nerve",
         "-Posted on 14 September 2026 by Gaz",
         "-4 min read"],
        ["+Nobody on the coach home from Pelham could quite explain how Ashcombe Rovers held on, but nobody was "
         "complaining either.",
         "+Kallum Dunmore's red card after 38 minutes should have been the end of it. Instead the back four dropped "
         "ten yards, Tiernan Bale ran himself into the ground, and Pelham managed one shot on target all half.",
         "+Player ratings",
         "+Hesketh (GK) – 8",
         "+Dunmore – 3",
         "+Bale – 9",
         "+Oyelaran – 7",
         "+“We were ready to walk home from Pelham singing, and half of us nearly did,” said one supporter as the "
         "coach waited for a driver who had gone to find chips.",
         "+Next up is Harbury at home on Saturday. Bale will not be fresh, and with Dunmore suspended the manager "
         "has some thinking to do."],
        ["-Share this:",
         "-Facebook  X  WhatsApp  Email",
         "-Like this: Like Loading...",
         "-Tags: Ashcombe Rovers, away days, Pelham Town",
         "-Previous post: Pre-season friendlies confirmed",
         "-Next post: Fanzine issue 41 is out now",
         "-7 thoughts on “Rovers 2-1 Pelham Town: ten men and a lot of nerve”",
         "-Leave a Reply Cancel reply",
         "-Follow The Tannery End on Instagram",
         "-Support the blog: buy us a pint on Ko-fi",
         "-Filed under: Away Days",
         "-Listen to the latest Tannery End podcast",
         "-Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
         "-Blog at WordPress.com.",
         "-Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use."],
    ]),
    _page("en", "en-blood-donation-appeal", [
        ["-Northvale Blood & Transplant Service",
         "-Skip to content",
         "-Donate blood  Who can give  Find a session  News  Contact",
         "-Book an appointment",
         "-Sign in to your donor account",
         "-Search"],
        ["+Urgent appeal: O negative donors needed this week",
         "-Published 3 March 2026",
         "+Blood stocks have fallen to their lowest level since the winter of 2022, and the service is asking donors "
         "with O negative blood to book an appointment in the next seven days.",
         "+A run of cancelled sessions during the February storms and a rise in hospital demand have left the "
         "regional stock well below its six-day target.",
         "+Stocks at a glance",
         "+O negative: 1.8 days",
         "+O positive: 3.1 days",
         "+A negative: 4.0 days",
         "+B negative: 2.6 days",
         "+“O negative is the type our hospitals reach for in an emergency, before they know a patient's group,” said "
         "Dr Imogen Ashby, the service's lead for blood supply.",
         "+New donors aged 17 to 65 are welcome, and extra sessions have been added at the Carrick Road centre in "
         "Northvale on Tuesday and Thursday evenings."],
        ["-Share this page",
         "-Is this page useful? Yes  No",
         "-Report a problem with this page",
         "-Find a session near you: enter your postcode",
         "-Back to news",
         "-Download the Give Blood app",
         "-Related pages",
         "-Who can give blood",
         "-Eligibility checker",
         "-Part of the Northvale Health Partnership",
         "-Accessibility statement  Privacy notice  Cookies",
         "-© Northvale Blood & Transplant Service 2026",
         "-We use essential cookies to make this site work. Accept additional cookies  Reject additional cookies",
         "-Follow us on Facebook, X and Instagram"],
    ]),
    _page("fr", "fr-hotel-blog-evenements", [
        ["-Hôtel Les Tilleuls ★★★ – Saint-Ormel-sur-Lène",
         "-Chambres  Restaurant  Séminaires  Blog  Accès",
         "-FR | EN | DE",
         "-Réserver",
         "-Meilleur prix garanti en réservant sur notre site"],
        ["-Le blog de l'hôtel",
         "+Que faire à Saint-Ormel ce week-end de mai ?",
         "-Publié le 2 mai 2026 par l'équipe de la réception",
         "-Catégories : Événements, Que faire à Saint-Ormel"],
        ["+Le long week-end de l'Ascension s'annonce chargé à Saint-Ormel-sur-Lène : la ville fête les cent ans de "
         "ses halles et les quais accueillent le retour du marché aux fleurs.",
         "+Nous avons réuni pour nos clients les rendez-vous qui valent le détour, tous accessibles à pied depuis "
         "l'hôtel.",
         "+Notre sélection",
         "+Samedi 10 h – Marché aux fleurs sur les quais de la Lène",
         "+Samedi 15 h – Visite guidée des halles centenaires",
         "+Samedi 21 h 30 – Concert de la fanfare municipale, place du Marché",
         "+Dimanche 9 h – Randonnée des moulins, départ de l'office de tourisme",
         "+« Les halles n'ont jamais été aussi belles, on les a repeintes pour l'occasion », sourit Mireille "
         "Dantec, présidente du comité des fêtes.",
         "+En cas de pluie, le concert du samedi se tiendra sous les halles. Pensez à réserver votre table au "
         "restaurant, le dimanche midi affiche déjà presque complet."],
        ["-Partager : Facebook · Pinterest · E-mail",
         "-Article précédent : Nos adresses pour un brunch au bord de l'eau",
         "-Article suivant : La fête de la musique 2026 à Saint-Ormel",
         "-Vous aimerez aussi",
         "-Hôtel Les Tilleuls – 8 place du Marché, 35999 Saint-Ormel-sur-Lène",
         "-Aucun commentaire",
         "-Tél. +33 2 99 00 12 34",
         "-Appelez-nous",
         "-Inscrivez-vous à notre newsletter",
         "-Votre adresse e-mail",
         "-Mentions légales | CGV | Politique de cookies",
         "-© 2026 Hôtel Les Tilleuls – Site réalisé par l'agence Pixelune",
         "-Nous utilisons des cookies pour améliorer votre expérience. Accepter / Personnaliser"],
    ]),
    _page("fr", "fr-marche-producteurs", [
        ["-Marché paysan de la Haute-Vauze",
         "-Accueil  Le marché  Les producteurs  Actus  Nous trouver",
         "-Recherche",
         "-Actualités"],
        ["+Le marché passe à l'horaire d'été",
         "-Mis en ligne le 18/06/2026",
         "-Par Sophie, pour l'association",
         "+À partir du vendredi 3 juillet, le marché paysan de la Haute-Vauze se tiendra de 17 h à 21 h au lieu de "
         "16 h à 19 h, pour laisser aux visiteurs le temps de venir après le travail.",
         "+Le changement a été voté à la dernière assemblée générale, après un été 2025 où plusieurs producteurs "
         "avaient remballé sous une chaleur écrasante.",
         "+Les nouveaux venus",
         "+– La Ferme du Pradal : fromages de chèvre et yaourts",
         "+– Les Ruchers de Combelongue : miel de châtaignier",
         "+– Le Fournil d'Aubrac-Vauze : pains au levain cuits au bois",
         "+« Le soir, les gens prennent le temps de discuter, c'est tout l'esprit d'un marché de producteurs », "
         "explique Bastien Roumégoux, maraîcher et trésorier de l'association.",
         "+Une buvette tenue par les bénévoles restera ouverte jusqu'à la fermeture, et un concert est prévu le "
         "premier vendredi de chaque mois.",
         "+Le marché reste installé sur le parking de la salle des fêtes ; on pourra désormais se garer le long du "
         "stade."],
        ["-Partager sur Facebook",
         "-Imprimer la page",
         "-Mots-clés : producteurs, été, animations",
         "-0 commentaire",
         "-Laisser un commentaire",
         "-Votre commentaire",
         "-Nom *",
         "-E-mail *",
         "-Publier le commentaire",
         "-Articles récents",
         "-Retour aux actualités",
         "-Association Marché paysan de la Haute-Vauze – loi 1901",
         "-Avec le soutien de la Région et du Département",
         "-Nous suivre sur Instagram",
         "-Plan du site | Contact | Mentions légales"],
    ]),
    _page("de", "de-makerspace-workshop", [
        ["-Werkraum Lohrbach e.V.",
         "-Start  Über uns  Werkstätten  Kurse  Blog  Mitglied werden",
         "-Mitglied werden"],
        ["-Blog",
         "+Löten für Einsteiger: zwölf blinkende Tannenbäume später",
         "-Veröffentlicht am 22. Februar 2026 von Niklas (Vorstand)",
         "-Kategorie: Workshops",
         "-Lesezeit: 3 Minuten"],
        ["+Zwölf Leute, zwölf Lötkolben und ein Samstagnachmittag: Unser erster Lötworkshop für Einsteiger war "
         "nach zwei Tagen ausgebucht, und am Ende blinkte auf jedem Tisch ein kleiner Tannenbaum.",
         "+Die meisten hatten noch nie einen Lötkolben in der Hand. Deshalb haben wir mit Übungsplatinen "
         "angefangen, bevor es an den eigentlichen Bausatz ging.",
         "+Was wir gebaut haben",
         "+1. Übungsplatine: zehn Lötpunkte, bis sie glänzen",
         "+2. Widerstände und LEDs auf den Tannenbaum setzen",
         "+3. Batteriehalter anlöten und Polung prüfen",
         "+4. Schalter einbauen, einschalten, freuen",
         "+„Ich dachte, Löten ist etwas für Leute mit ruhigen Händen. Stimmt nicht, man braucht nur Geduld“, "
         "sagte Teilnehmerin Heike Ostermann.",
         "+Der nächste Einsteigerkurs ist für April geplant. Wer helfen möchte, kann sich bei der offenen Werkstatt "
         "am Donnerstag melden."],
        ["-Teilen: Mastodon · E-Mail · Link kopieren",
         "-Schlagwörter: Löten, Elektronik, Einsteiger",
         "-Vorheriger Beitrag: Neue Einweisung für den Lasercutter",
         "-Nächster Beitrag: Repair-Café im April",
         "-Kommentare sind für diesen Beitrag geschlossen.",
         "-Unterstütze uns mit einer Spende",
         "-IBAN: DE12 3456 7890 1234 5678 90",
         "-Folge uns im Fediverse: @werkraum@lohrbach.social",
         "-Werkraum Lohrbach e.V. · Amtsgericht Lohrbach VR 4821",
         "-Impressum · Datenschutz · Hausordnung",
         "-Nächste Termine",
         "-Sa, 14.03. – Offene Werkstatt, 14–18 Uhr",
         "-Suche",
         "-Diese Website verwendet nur technisch notwendige Cookies. OK"],
    ]),
    _page("de", "de-wanderverein-tourbericht", [
        ["-Wanderverein Hohe Kehre 1897 e.V.",
         "-Verein  Touren  Wegepflege  Termine  Kontakt",
         "-Login für Mitglieder",
         "-Passwort vergessen?"],
        ["-Tourenberichte",
         "+Über den Grenzkamm: 18 Kilometer im Nebel",
         "-Eingestellt von Brigitte Ahlers · 9. Oktober 2026",
         "-Aufrufe: 241"],
        ["+Wer am Sonntag um acht Uhr am Bahnhof Kehrtal stand, ahnte schon, dass es mit der Fernsicht nichts "
         "werden würde. Trotzdem machten sich 23 Wanderinnen und Wanderer auf den Weg über den Grenzkamm.",
         "+Oben lag der Nebel so dicht, dass Wegewart Udo Friemel an jeder Kreuzung anhielt und durchzählte.",
         "+Die Tour in Zahlen",
         "+Strecke: 18,4 km",
         "+Höhenmeter: 640 hoch, 655 runter",
         "+Gehzeit: 6 Stunden mit Pausen",
         "+Einkehr: Berghütte am Sattelstein",
         "+„Bei Nebel sieht man die Markierungen erst, wenn man davorsteht. Umso wichtiger ist es, dass wir sie "
         "pflegen“, sagte Friemel an der Hütte.",
         "+Gegen 15 Uhr lichtete sich der Nebel doch noch, gerade rechtzeitig für den Abstieg ins Tal."],
        ["-Bilder zur Tour (23) ansehen",
         "-Drucken",
         "-Weitersagen: WhatsApp | Facebook | E-Mail",
         "-Kommentar schreiben",
         "-Noch keine Kommentare vorhanden.",
         "-Zurück zur Übersicht",
         "-Unsere Partner: Sporthaus Kessler · Brauerei Feldmark",
         "-Termine 2026 als PDF",
         "-Mitglied im Landeswanderbund Kehrtal",
         "-Wanderverein Hohe Kehre 1897 e.V. · Vereinsregister VR 1132",
         "-Impressum | Datenschutzerklärung",
         "-© 2026 Wanderverein Hohe Kehre",
         "-Suche",
         "-Nach oben"],
    ]),
    _page("it", "it-tour-cantine", [
        ["-Vigne in Cammino",
         "-Home  Tour  Calendario  Blog  Chi siamo  Contatti",
         "-IT | EN",
         "-Prenota il tuo tour",
         "-Chiama ora: +39 0523 123456"],
        ["-Blog",
         "+Vendemmia 2026: cosa vedrete in cantina questo mese",
         "-Pubblicato il 12 settembre 2026 da Giulia – guida",
         "-Categoria: Vendemmia"],
        ["+Settembre è il mese in cui le colline di Orvalle cambiano ritmo: i filari si riempiono di cassette e "
         "nelle cantine si sente l'odore del mosto fin dal cortile.",
         "+Per tutto il mese il nostro tour del sabato segue da vicino il lavoro della vendemmia, con una tappa in "
         "più rispetto al solito.",
         "+Le tappe del tour",
         "+1. Passeggiata tra i filari del Podere Casalvento",
         "+2. Pigiatura e prime fermentazioni nella cantina Sarcedo",
         "+3. Visita alla barricaia scavata nel tufo",
         "+4. Degustazione di tre vini con prodotti del territorio",
         "+«La vendemmia non si può raccontare, bisogna vederla: le mani, le cassette, la fretta prima della "
         "pioggia», dice Ettore Sarcedo, che guida la cantina di famiglia.",
         "+Il tour dura circa quattro ore e si svolge anche in caso di pioggia leggera; consigliamo scarpe chiuse."],
        ["-Condividi: Facebook · WhatsApp · Pinterest",
         "-Commenti (2)",
         "-Potrebbe interessarti anche",
         "-Tour al tramonto con degustazione",
         "-Torna al blog",
         "-Cerca",
         "-Scrivici su WhatsApp",
         "-Recensioni: 4,9 su 5 (312 recensioni)",
         "-Iscriviti alla newsletter e ricevi uno sconto del 10% sul primo tour",
         "-Seguici su Instagram @vigneincammino",
         "-Vigne in Cammino di Giulia Sarti – P. IVA 09876543210",
         "-Privacy Policy | Cookie Policy | Termini e condizioni",
         "-Utilizziamo i cookie per offrirti la migliore esperienza. Accetta | Rifiuta"],
    ]),
    _page("it", "it-sagra-comitato", [
        ["-Comitato Festeggiamenti San Rocco – Castelvaio",
         "-Home  Programma  Stand gastronomici  Volontari  Contatti",
         "-News"],
        ["+Sagra di San Rocco 2026: il programma completo",
         "-Inserito da Admin il 28 luglio 2026",
         "-Letto 412 volte",
         "+Quattro serate di musica, cucina e giochi in piazza: dal 14 al 17 agosto torna a Castelvaio la sagra di "
         "San Rocco, giunta quest'anno alla cinquantesima edizione.",
         "+Per l'anniversario il comitato ha raddoppiato gli stand e allungato il percorso della processione fino "
         "alla cappella dei Bianchini.",
         "+Il programma",
         "+Venerdì 14 agosto – ore 19: apertura degli stand gastronomici",
         "+Sabato 15 agosto – ore 21: tombola in piazza della Chiesa",
         "+Domenica 16 agosto – ore 10: processione di San Rocco",
         "+Lunedì 17 agosto – ore 22: fuochi d'artificio sul lago",
         "+«Cinquant'anni fa eravamo in dodici con un pentolone di polenta; oggi i volontari sono più di cento», "
         "ricorda Annunziata Bondi, tra le fondatrici del comitato.",
         "+Il ricavato della sagra andrà al restauro del campanile e alla scuola materna del paese."],
        ["-Condividi su WhatsApp",
         "-Stampa",
         "-Scarica il volantino (PDF, 1,2 MB)",
         "-Ultime notizie",
         "-Archivio news",
         "-Cerca nel sito",
         "-Tombola di Ferragosto: i numeri vincenti",
         "-I nostri sponsor",
         "-Macelleria Fratelli Bondi – Ferramenta Casalini – Bar Sport Castelvaio",
         "-Realizzato con il contributo del Comune di Castelvaio",
         "-Diventa volontario: scrivici!",
         "-Seguici su Facebook",
         "-Comitato Festeggiamenti San Rocco – C.F. 91012345678",
         "-Sede: piazza della Chiesa 3, Castelvaio",
         "-Privacy | Cookie",
         "-Torna su"],
    ]),
    _page("pl", "pl-szkola-psow", [
        ["-Psia Akademia Ogonek",
         "-Start  Kursy  Cennik  Blog  Kontakt",
         "-Zapisz się na kurs"],
        ["-Blog",
         "+Pierwsze tygodnie z psem ze schroniska: pięć zasad",
         "-Opublikowano 5 maja 2026 · autor: Karolina, behawiorystka",
         "-Kategoria: Porady",
         "-Czas czytania: 4 min"],
        ["+Adopcja psa ze schroniska to wielka radość, ale pierwsze tygodnie bywają trudne – dla psa i dla "
         "opiekunów. Na naszych kursach co miesiąc spotykamy rodziny, które nie wiedzą, od czego zacząć.",
         "+Zebraliśmy zasady, które powtarzamy najczęściej.",
         "+Nasze zasady",
         "+1. Dajcie psu czas – pierwsze dni to odpoczynek, nie zwiedzanie",
         "+2. Stały rytm dnia: spacery i posiłki o tych samych porach",
         "+3. Jedno miejsce tylko dla psa, do którego nikt go nie woła",
         "+4. Krótkie spacery po spokojnej okolicy",
         "+5. Nagradzajcie spokój, nie tylko komendy",
         "+– Pies ze schroniska często przez pierwszy miesiąc tylko obserwuje. To nie jest upór, to ostrożność – "
         "mówi Karolina Sęk, która prowadzi szkołę od sześciu lat.",
         "+Jeśli pies nie je przez kilka dni albo bardzo się boi, warto skontaktować się z weterynarzem."],
        ["-Udostępnij: Facebook · Messenger · Skopiuj link",
         "-Komentarze (6)",
         "-Dodaj komentarz",
         "-Zaloguj się, aby skomentować",
         "-Polecane wpisy",
         "-Szukaj",
         "-Jak przygotować dom na psa ze schroniska?",
         "-Zapisz się do newslettera i odbierz darmowy poradnik",
         "-Obserwuj nas na Instagramie",
         "-Psia Akademia Ogonek Karolina Sęk, NIP 123-456-78-90",
         "-ul. Polna 12, 99-999 Brzozowiec",
         "-Regulamin · Polityka prywatności · Cookies",
         "-© 2026 Psia Akademia Ogonek. Wszelkie prawa zastrzeżone.",
         "-Ta strona używa plików cookie. Akceptuję"],
    ]),
    _page("pl", "pl-obserwatorium-niebo", [
        ["-Obserwatorium Miejskie w Brzozowcu",
         "-Wersja dla słabowidzących",
         "-BIP",
         "-O nas  Pokazy nieba  Planetarium  Edukacja  Aktualności  Kontakt",
         "-Kup bilet"],
        ["-Aktualności",
         "+Niebo w sierpniu: Perseidy i Saturn nad horyzontem",
         "-Dodano: 31.07.2026, 09:15",
         "-Opracował: dr Marek Zieliński",
         "-Wyświetleń: 1 204"],
        ["+Sierpień to najlepszy miesiąc dla obserwatorów nieba: noce są ciepłe, a na niebie pojawia się jeden z "
         "najbardziej widowiskowych rojów meteorów.",
         "+W tym roku maksimum Perseid przypada na noc bez Księżyca, więc nawet poza miastem warunki powinny być "
         "bardzo dobre.",
         "+Kalendarz zjawisk",
         "+12/13 sierpnia – maksimum Perseid, do 90 meteorów na godzinę",
         "+20 sierpnia – Saturn najlepiej widoczny przez całą noc",
         "+23 sierpnia – nów, najciemniejsze niebo miesiąca",
         "+– Wystarczy leżak, ciepły koc i dwadzieścia minut, żeby oczy przyzwyczaiły się do ciemności – radzi "
         "Ewa Kasprzak, która prowadzi pokazy nieba w obserwatorium.",
         "+W noc maksimum Perseid obserwatorium będzie otwarte do trzeciej nad ranem, a na dachu staną cztery "
         "teleskopy.",
         "+Pokazy na dachu są bezpłatne, ale liczba miejsc jest ograniczona do stu osób na godzinę."],
        ["-Drukuj",
         "-Udostępnij na Facebooku",
         "-Zobacz również",
         "-Szukaj",
         "-Pogoda dla obserwatorów: sprawdź zachmurzenie",
         "-Powrót do listy aktualności",
         "-Pokazy w sierpniu",
         "-Czynne: wt–nd 18:00–23:00",
         "-Partner: Fundacja Niebo dla Wszystkich",
         "-Obserwatorium Miejskie – jednostka budżetowa Miasta Brzozowiec",
         "-ul. Gwiaździsta 7, 99-998 Brzozowiec",
         "-Deklaracja dostępności | RODO | Mapa strony"],
    ]),
    _page("ru", "ru-radio-peredacha", [
        ["-Радио «Заречье FM» 101,4",
         "-Эфир  Программы  Подкасты  Ведущие  Контакты",
         "-Слушать онлайн",
         "-Программы"],
        ["+«Соседи»: как жильцы дома на Луговой спасли старый двор",
         "-Выпуск от 16 октября 2026",
         "-Ведущая: Ольга Берестова",
         "-Прослушиваний: 389",
         "+В новом выпуске программы «Соседи» — история двора на Луговой улице, который три года назад собирались "
         "отдать под парковку.",
         "+Жильцы собрали подписи, нашли архитектора и сами посадили сорок деревьев. Теперь двор ставят в пример "
         "на заседаниях городской думы.",
         "+В выпуске",
         "+00:00 — вступление",
         "+03:15 — как всё началось: письмо в управу",
         "+12:40 — разговор с архитектором Ниной Вельяминовой",
         "+27:05 — что дальше: фонтан и детская площадка",
         "+«Мы не активисты, мы просто хотели, чтобы дети играли во дворе, а не на проезжей части», — говорит "
         "старшая по дому Галина Тетерина.",
         "+Следующий выпуск программы выйдет в пятницу в 19:00."],
        ["-Скачать MP3 (42 МБ)",
         "-Поделиться: ВКонтакте · Telegram · Одноклассники",
         "-Комментарии (4)",
         "-Чтобы оставить комментарий, войдите через ВКонтакте",
         "-Другие выпуски",
         "-Все выпуски программы «Соседи»",
         "-Поиск",
         "-Выпуск от 9 октября: «Как сохранить старый сад»",
         "-Реклама на радио: +7 (900) 123-45-67",
         "-Свидетельство о регистрации СМИ ЭЛ № ФС 77-81111",
         "-16+",
         "-© 2026 «Заречье FM». Все права защищены.",
         "-Мы используем cookies. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
         "-Наверх"],
    ]),
    _page("ru", "ru-muzej-avtomobilej", [
        ["-Музей ретроавтомобилей «Колесо времени»",
         "-Версия для слабовидящих",
         "-О музее  Экспозиция  Новости  Экскурсии  Билеты  Контакты",
         "-Купить билет"],
        ["-Новости",
         "+В коллекцию музея поступили три автомобиля 1950-х годов",
         "-12.03.2026",
         "-Просмотров: 517",
         "+В марте коллекция музея «Колесо времени» пополнилась сразу тремя машинами середины прошлого века. Две "
         "из них переданы частными владельцами, третью музей выкупил на собственные средства.",
         "+Все три автомобиля уже прошли первичный осмотр, а один из них выставлен в главном зале.",
         "+Новые экспонаты",
         "+— седан «Заря-12», 1956 год: передан семьёй Гущиных",
         "+— фургон «Полёт-Т», 1958 год: требует реставрации кузова",
         "+— кабриолет «Ладога-спорт», 1954 год: выкуплен у коллекционера из Краснолесья",
         "+«Фургон простоял в сарае почти сорок лет, но мотор провернулся с первого раза», — рассказывает "
         "реставратор музея Сергей Малинин.",
         "+Реставрация фургона займёт около года; за ходом работ можно будет следить на экскурсиях по мастерской.",
         "+Музей благодарит семью Гущиных и всех, кто помог с перевозкой машин."],
        ["-Текст подготовил научный сотрудник музея Павел Орехов",
         "-Теги: пополнение коллекции, реставрация",
         "-Поделиться",
         "-Подпишитесь на наш Telegram-канал",
         "-Другие новости",
         "-Ночь музеев 2026: программа",
         "-Режим работы: ср–вс 10:00–18:00, касса до 17:30",
         "-Адрес: г. Краснолесье, ул. Моторная, 4",
         "-АНО «Музей ретроавтомобилей „Колесо времени“», ИНН 7701234567",
         "-Политика конфиденциальности",
         "-Карта сайта",
         "-Обратная связь",
         "-Поиск по сайту",
         "-© 2026 Музей «Колесо времени»"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_36_line, test_held_out_36_line_is_kept, test_held_out_36_page = held_out_tests(
    HELD_OUT_36_LINES, HELD_OUT_36_KEEP, HELD_OUT_36_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
