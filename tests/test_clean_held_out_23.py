"""Held-out set 23: written blind, weighted toward whole scraped pages in layouts set 22 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py
and the lists and pages of held-out sets 10 to 22) nor ``git log``; only the helpers ``_problems``,
``_insert``, ``_held_out``, ``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with
``inspect.getsource``), the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py,
the same way), the docstring of held-out set 22, its imports, its ``_page`` helper and its last
lines (``_marks``, the xfail tables and the three test functions, printed from ``def _marks`` on
with ``ast``) and scripts/clean_held_out_report.py were read. Slips: (1) ``git worktree add``
printed the subject of commit a9a6b14 (a README change describing "the battery of invented
constructions ... its failing sentences are the unit tests"); (2) ``ls tests`` listed the names
(not the contents) of the test files; (3) the English fixture that ``_insert`` wraps
(``_fixture(FIXTURES["en"])``) was printed, to avoid repeating its paragraphs: it holds article
sentences opening "Comments from", "Share prices", "By the way", "Related to this", "Print and",
so three first-draft keep lines with those openings were replaced before the measurement by lines
opening "Advertising on", "Posted signs" and "The vote was". Nothing below was copied from any of
these. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles and every name in them are invented (the agency names ANSA
and PAP appear only in wire slug lines, datelines and credits, as such wires print them). The set
was measured once against a frozen cleaner (worktree /tmp/wt-s23 at commit a9a6b14) and every
failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Before the measurement the page table was given its names as keys, and six pages
(de-lokal-wetter-verkehr, it-ansa-wire, it-photo-gallery, pl-pap-wire, ru-telegram-repost,
ru-livejournal-repost) were given more noise lines to reach 20 a page; nothing was changed after
it but the xfail tables and this docstring.

Contents: 46 noise lines (marker 7, reading-time 7, byline 7, footer 4, comments 6, share 6,
notice 6, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 7), 21 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 3), 12 pages with 265 noise lines (20 to 25 a page) and 126 article lines:
en-substack-newsletter (a newsletter with like/comment counters printed as bare numbers and
subscribe/share/comment boxes in the middle of the text), en-factcheck-rating (a fact-check page
with a claim/rating box kept as article text, a rating-scale link, a donation appeal, related fact
checks), fr-regional-paywall (a regional paper: breadcrumb, a combined byline/date/reading-time
line, a photo caption, the paywall cut with its subscribe box, a most-read box, newsletter and
footer), fr-interview-qa (a Q&A interview with "Propos recueillis par", an "À lire aussi" box and
an ad label between answers, a list), de-wordpress-blog (a WordPress blog: skip link, "Veröffentlicht
am ... von", share bar with "Gefällt mir Wird geladen …", categories and tags, author bio, tag
cloud, a comment with its date and reply link, "Stolz präsentiert von WordPress"),
de-lokal-wetter-verkehr (a local news site with weather and traffic widgets above the article,
speed-camera and pollen boxes inside it, vote results as rows), it-ansa-wire (an agency wire on a
portal: teleprinter slug lines ZCZC/NNNN, the dateline inside the first paragraph, the initials
and timestamp lines, the agency copyright), it-photo-gallery (a news story with a gallery block of
numbered captions with photo credits and previous/next arrows), pl-amp-mobile (an AMP page:
hamburger menu, cookie banner, "Wróć na górę", full-version link, bottom navigation),
pl-pap-wire (an agency wire on a business portal: "Dodano/Aktualizacja" lines, photo credit,
"autor:" and initials slug line, "Źródło: PAP", topics line), ru-telegram-repost (a Telegram
channel post in the web preview: channel header and description, "Forwarded from", hashtags, a
subscribe plug, reactions and view counter, "VIEW IN TELEGRAM") and ru-livejournal-repost (a
LiveJournal entry with the "user (user) wrote," line, tags and mood, the entry's action links,
entry navigation, comment count and platform footer); every page holds a list, subheading, pull
quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit a9a6b14, measured with
``cd /tmp/wt-s23 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s23/src python -m pytest
-q tests/test_clean_held_out_23.py -rA -p no:cacheprovider`` (21 failed, 58 passed) and
``cd /tmp/wt-s23 && PYTHONPATH=/tmp/wt-s23/src python scripts/clean_held_out_report.py --sets 23``,
with the xfail tables empty): noise lines removed 34/46 (marker 7/7, reading-time 7/7, byline 6/7,
footer 4/4, comments 5/6, share 0/6, notice 2/6, other 3/3; missed: all six share bars and
prompts (English "Share on ... Share via Email" and "Forward it to a friend", French, Italian,
Polish and Russian bars listing networks), four notices (English and Italian article-age banners,
a French "article offered to you" banner, a German machine-translation notice), a Russian
"Текст: ..., фото: ..." credit line and a Polish comment counter with a log-in prompt); keep lines
kept 18/21 (lost: English sentences opening "Updated rules take effect" in the body and "Posted
signs at the marina" at the end, a French one opening "Mis à jour en 2019," in the body); pages
6/12 clean, 14 of 265 page noise lines left, no paragraph lost: en-substack-newsletter 1 (the
"Share The Harbour Ledger" button), en-factcheck-rating 2 (the rating-scale link and the donation
appeal), fr-regional-paywall 1 (the photo caption with its credit), de-lokal-wetter-verkehr 2 (the
speed-camera and pollen boxes), it-photo-gallery 7 (the gallery opener, four numbered captions and
the two arrows), pl-amp-mobile 1 (the cookie banner's text). The failing cases are strict xfails.

Still held out after session 12's round 21 (developed on set 22 only; the lead saw only this
docstring and the xfail reasons): measured once at 4850400 with ``python
scripts/clean_held_out_report.py --sets 23`` and ``pytest tests/test_clean_held_out_23.py``: exactly
as the baseline (lines 34/46, keep 18/21, pages 6/12 clean, 14 of 265 page noise lines left, none
lost); no strict xfail started passing (58 passed, 21 xfailed).

Round 22 (development): from this round the set is development data, read in full and fixed by
the shapes it shows (rules written for their construction in six languages, each with invented
unit tests in tests/test_clean.py, "round 22"). Measured with ``SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 23``, before (cleaner at 69a153e, via
``PYTHONPATH=<worktree>/src``) and after (4395ea0): noise lines 34/46 -> 46/46 (share 0/6 -> 6/6,
notice 2/6 -> 6/6, byline 6/7 -> 7/7, comments 5/6 -> 6/6), keep lines 18/21 -> 21/21, pages 6/12 ->
12/12 clean, page noise lines left 14 -> 0 of 265, no paragraph lost; every strict xfail removed
(79 passed).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


# (where, line, category): scraper and site noise, one line each, as sites print it
HELD_OUT_23_LINES: list[tuple[str, str, str]] = [
    # en
    ("body", "Story continues below advertisement", "marker"),
    ("body", "— ADVERTISEMENT —", "marker"),
    ("head", "Listen to this article · 6 min", "reading-time"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "By HARRIET OKAFOR | hokafor@tricountyledger.com", "byline"),
    ("head", "Dana Whitcombe | Published 7:42 a.m. ET March 11, 2025 | Updated 9:15 a.m. ET March 11, 2025",
     "byline"),
    ("tail", "© 2025 The Tri-County Ledger. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed.", "footer"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Be the first to comment", "comments"),
    ("body", "Share on Facebook Share on X Share via Email", "share"),
    ("tail", "Found this useful? Forward it to a friend.", "share"),
    ("head", "This article is more than 3 years old", "notice"),
    ("body", "We use cookies to improve your experience. By continuing to browse you agree to our use of "
             "cookies. Accept", "notice"),
    ("tail", "Tags: council, budget, zoning, Elm Street", "other"),
    ("body", "Sign up for our Morning Briefing newsletter — delivered free to your inbox every weekday.",
     "other"),
    # fr
    ("body", "La suite après cette publicité", "marker"),
    ("head", "Temps de lecture : 3 min", "reading-time"),
    ("head", "Par Margaux Delestre, correspondante à Lyon", "byline"),
    ("tail", "Voir les 23 commentaires", "comments"),
    ("body", "Partager l'article : Facebook · X · WhatsApp · Copier le lien", "share"),
    ("head", "Cet article vous est offert. Pour lire gratuitement nos articles, connectez-vous.", "notice"),
    # de
    ("body", "Weiter nach der Anzeige", "marker"),
    ("head", "Lesezeit: 4 Min.", "reading-time"),
    ("head", "Von Jörg Pfannschmidt und Hanne Ostrowski", "byline"),
    ("tail", "© dpa-infocom, dpa:250311-99-412907/3", "footer"),
    ("tail", "Diskutieren Sie mit: 31 Kommentare", "comments"),
    ("head", "Dieser Artikel wurde maschinell aus dem Englischen übersetzt.", "notice"),
    # it
    ("body", "Il contenuto continua dopo la pubblicità", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Lorenza Pettinari", "byline"),
    ("tail", "P.IVA 01234560789 - © 2025 Gazzetta del Lario Srl - Tutti i diritti riservati", "footer"),
    ("body", "Condividi: Facebook Twitter WhatsApp Telegram", "share"),
    ("head", "Questo articolo è stato pubblicato più di un anno fa", "notice"),
    # pl
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "Czas czytania: ok. 4 min", "reading-time"),
    ("head", "Autor: Bartosz Wierzchowski", "byline"),
    ("tail", "Komentarze (42) Zaloguj się, aby dodać komentarz", "comments"),
    ("body", "Udostępnij: Facebook X E-mail", "share"),
    ("tail", "Zobacz także: Wielkie zmiany w podatkach od 2026 roku. Sprawdź, kogo dotyczą", "other"),
    # ru
    ("body", "Реклама · 18+", "marker"),
    ("head", "Время на чтение: 5 минут", "reading-time"),
    ("head", "Текст: Ксения Будрина, фото: Олег Ланской", "byline"),
    ("tail", "© 2025 ООО «Медиагруппа Север». Все права защищены.", "footer"),
    ("tail", "Показать все комментарии — 12", "comments"),
    ("body", "Поделиться: ВКонтакте Одноклассники Telegram", "share"),
    ("head", "Материал опубликован более года назад", "notice"),
]

# (where, line): article sentences that look like noise but are prose; each must stay a paragraph
HELD_OUT_23_KEEP: list[tuple[str, str]] = [
    # en
    ("body", "Source of the contamination, the report says, was a cracked pipe under the Maple Avenue depot."),
    ("body", "Read more than a few pages of the 140-page audit and a pattern emerges: contracts were split "
             "to stay under the $50,000 bidding threshold."),
    ("body", "Updated rules take effect on July 1, and landlords who miss the registration deadline face "
             "fines of up to $500 a month."),
    ("head", "March 11, 2025, was the first time in a decade the council met outside City Hall."),
    ("body", "The vote was 4 to 3."),
    ("body", "Advertising on city buses brought in $310,000 last year, a third less than forecast."),
    ("tail", "Posted signs at the marina warn that the east dock will close on June 1."),
    # fr
    ("body", "Mis à jour en 2019, le plan local d'urbanisme prévoyait déjà la fermeture de la voie sur berge."),
    ("body", "Lire la suite du rapport, c'est découvrir que la commune n'a jamais consulté les riverains."),
    ("tail", "La publicité de la campagne, jugée trompeuse par l'association Consommateurs du Rhône, a été "
             "retirée jeudi."),
    # de
    ("body", "Anzeige erstattet hat nach Angaben der Polizei der Vermieter selbst."),
    ("body", "Von den 212 Stellen sind derzeit nur 140 besetzt."),
    ("tail", "Stand 31. Dezember 2024 lebten in der Gemeinde 8.412 Menschen."),
    # it
    ("body", "Fonte di preoccupazione, per i sindaci della valle, è soprattutto il costo del trasporto "
             "scolastico."),
    ("body", "Aggiornato il piano, i lavori riprenderanno a settembre e dureranno diciotto mesi."),
    ("head", "12 marzo 2025: è questa la data indicata dal prefetto per lo sgombero."),
    # pl
    ("body", "Udostępnione przez ministerstwo dane pokazują, że w 2024 r. zamknięto 37 szkół wiejskich."),
    ("tail", "Komentarz rzecznika urzędu ograniczył się do jednego zdania: „Sprawa jest wyjaśniana”."),
    # ru
    ("body", "Читайте договор внимательно, советует юрист: пункт о штрафах часто набран мелким шрифтом."),
    ("body", "Источник в мэрии подтвердил, что тендер отменят до конца месяца."),
    ("head", "12 марта 2025 года суд вынес решение по делу о застройке набережной."),
]

# whole scraped pages: '+' article text, '-' noise; every name in the articles is invented
HELD_OUT_23_PAGES: dict[str, tuple[str, NoisyCase]] = {
    # a Substack-like newsletter: masthead, like/comment counters, subscribe boxes in the middle
    "en-substack-newsletter": _page("en", "en-substack-newsletter", [
        ["-The Harbour Ledger", "-Subscribe", "-Sign in"],
        ["+Why the ferry contract keeps getting more expensive",
         "+Three bids, one bidder, and a clause nobody on the board read"],
        ["-Marisol Fenwick", "-Mar 6, 2025"],
        ["-42", "-11", "-Share"],
        ["+When the Coldwater Island ferry contract was renewed in 2021, the port board told residents it "
         "had received three bids and picked the cheapest. Four years later the annual cost has risen from "
         "$3.8 million to $6.1 million, and the two losing bids turn out never to have existed.",
         "+I spent the last month reading the 212-page contract, the board minutes and the letters the "
         "operator, Gullwing Marine, sent to the board. Here is what I found."],
        ["-Thanks for reading The Harbour Ledger! Subscribe for free to receive new posts and support my "
         "work.", "-Type your email...", "-Subscribe"],
        ["+What the contract says",
         "+Three clauses explain most of the increase:",
         "+The operator is paid per sailing, not per passenger, so empty winter crossings cost the same as "
         "full summer ones.",
         "+Fuel is passed through at cost plus 9 percent, with no cap.",
         "+Any timetable change requested by the board is billed as a new sailing."],
        ["-Leave a comment"],
        ["+“We were told there was no other bidder worth talking to. Then we were told there were three. "
         "Both can't be true,” said Ruth Abernathy, who sat on the board until 2023.",
         "+Gullwing Marine did not answer my questions by email. The port board's chair, Dennis Okafor-Hale, "
         "said the procurement had been reviewed by outside counsel and that he stood by it."],
        ["-Share The Harbour Ledger"],
        ["+The board meets again on March 20. The contract's renewal option has to be exercised, or "
         "declined, by the end of June."],
        ["-Thanks for reading The Harbour Ledger! This post is public so feel free to share it.",
         "-Share"],
        ["-42 Likes ∙ 3 Restacks"],
        ["-Discussion about this post", "-Comments", "-Restacks"],
        ["-© 2025 Marisol Fenwick", "-Privacy ∙ Terms ∙ Collection notice", "-Start writing",
         "-Get the app"],
        ["-Substack is the home for great culture"],
    ]),
    # a fact-check page: rating box, methodology links, a donation appeal, related fact checks
    "en-factcheck-rating": _page("en", "en-factcheck-rating", [
        ["-Home » Fact Checks » Local Government", "-FACT CHECK"],
        ["+Fact check: Did Brandt County cut its school nurse budget in half?"],
        ["-By Owen Castellano", "-Published March 12, 2025", "-Updated March 13, 2025, 10:04 a.m."],
        ["+Claim: Brandt County cut the money it spends on school nurses by 50 percent this year.",
         "+Our rating: Mostly False"],
        ["-Learn more about our rating scale"],
        ["+A post shared more than 9,000 times on Facebook since March 3 says the Brandt County school "
         "board “slashed school nurses in half” to pay for a new football stadium. The board did cut "
         "nursing, but by far less than half, and the stadium is paid for from a separate bond.",
         "+What the budget shows",
         "+We compared the nursing lines in the last three adopted budgets and the proposal for next year:",
         "+2023-24: 14 nurses, $1.12 million",
         "+2024-25: 12 nurses, $1.01 million",
         "+2025-26 (proposed): 11 nurses, $0.97 million",
         "+That is a cut of about 13 percent over two years. Superintendent Carla Ingersoll told us two "
         "of the positions were left vacant after nurses retired and could not be filled."],
        ["-Support independent fact-checking. Donate today."],
        ["+The post's author, who lists himself as Rick Dunmore, did not reply to a message asking where "
         "the 50 percent figure came from.",
         "+Our ruling",
         "+The county did reduce school nursing, and parents are right that fewer nurses now cover the same "
         "number of schools. But the budget was not cut in half, and the stadium claim is wrong. We rate "
         "the claim Mostly False."],
        ["-Share this fact check", "-Facebook", "-X", "-Email"],
        ["-Have a claim you want us to check? Email it to tips@brandtfactdesk.org"],
        ["-Related fact checks",
         "-No, the governor did not sign a ban on backyard chickens",
         "-Viral photo of flooded highway is from 2019, not this week"],
        ["-About us", "-Methodology", "-Corrections policy", "-Contact"],
        ["-We are a verified signatory of the IFCN Code of Principles."],
    ]),
    # a regional paper: breadcrumb, combined byline line, paywall cut, most-read box, newsletter, footer
    "fr-regional-paywall": _page("fr", "fr-regional-paywall", [
        ["-Accueil", "-Isère", "-Vienne"],
        ["+Vienne : la fermeture de la maternité de l'hôpital Lucien-Berthier repoussée à l'automne"],
        ["-Par Claire Mauduit - 11 mars 2025 à 17:45 - Temps de lecture : 3 min"],
        ["-La maternité de l'hôpital Lucien-Berthier. Photo Le Réveil Rhodanien /Agnès Perret"],
        ["+L'agence régionale de santé a finalement accordé un sursis de six mois à la maternité, dont la "
         "fermeture était prévue le 1er avril. Les accouchements pourront s'y dérouler au moins jusqu'au "
         "30 septembre.",
         "+La décision a été annoncée mardi soir aux élus du territoire, réunis en préfecture. Elle ne "
         "règle rien sur le fond : l'établissement manque toujours de quatre anesthésistes sur les six "
         "nécessaires pour assurer les gardes.",
         "+Une pétition de 11 000 signatures",
         "+Depuis janvier, le collectif Naître à Vienne a recueilli plus de 11 000 signatures et organisé "
         "trois rassemblements devant l'hôpital. Sa porte-parole, Nadège Fourcroy, parle d'une « victoire "
         "d'étape ».",
         "+« On nous a promis des réponses en janvier, puis en février. Nous sommes en mars et on nous "
         "donne six mois. Six mois pour recruter des médecins que personne n'a trouvés en deux ans », "
         "résume une sage-femme du service."],
        ["-Cet article est réservé aux abonnés. Il vous reste 68% à découvrir.",
         "-Vous voulez lire la suite ?", "-Abonnez-vous à partir de 1€ le premier mois", "-Je m'abonne",
         "-Déjà abonné ? Se connecter"],
        ["-Les plus lus",
         "-1 Bourgoin-Jallieu : un incendie ravage un entrepôt de la zone des Sayettes",
         "-2 A7 : un poids lourd se renverse, la circulation coupée dans le sens nord-sud",
         "-3 Météo : gelées attendues ce week-end dans le Nord-Isère"],
        ["-Newsletter", "-Recevez chaque matin l'essentiel de l'actualité de votre département"],
        ["-Mentions légales", "-Données personnelles", "-Gérer mes cookies", "-© Le Réveil Rhodanien 2025"],
    ]),
    # a Q&A interview: "Propos recueillis par", publication line, related box and ad label mid-text
    "fr-interview-qa": _page("fr", "fr-interview-qa", [
        ["-Culture", "-Livres", "-Entretien"],
        ["+« Les bibliothèques sont devenues les derniers lieux chauffés gratuits » : entretien avec Odile "
         "Ravanel"],
        ["-Propos recueillis par Thibault Sarrazin",
         "-Publié le 09/03/2025 à 07h00 , mis à jour le 09/03/2025 à 11h32"],
        ["+Directrice du réseau des bibliothèques de Saint-Aubin-des-Prés depuis 2016, Odile Ravanel a vu "
         "la fréquentation de ses huit établissements bondir cet hiver. Elle publie un rapport sur ces "
         "nouveaux usagers, qui ne viennent pas toujours pour lire."],
        ["+Combien de personnes fréquentent vos bibliothèques chaque jour ?",
         "+Environ 2 300 en semaine, contre 1 600 il y a trois ans. Le samedi, nous dépassons les 4 000. "
         "La hausse est surtout sensible le matin, à l'ouverture, et entre 17 heures et la fermeture."],
        ["-À lire aussi",
         "-Fermeture des piscines municipales : la ville de Saint-Aubin-des-Prés tranche"],
        ["+Qui sont ces nouveaux usagers ?",
         "+Beaucoup de retraités, des étudiants qui n'ont pas de bureau chez eux, et des personnes qui "
         "n'ont pas les moyens de chauffer leur logement toute la journée. Certains restent de l'ouverture "
         "à la fermeture. Nous ne leur demandons rien.",
         "+Est-ce que cela change le métier de bibliothécaire ?",
         "+Oui. Nos agents font de l'orientation sociale sans y avoir été formés. Nous avons signé une "
         "convention avec le centre communal d'action sociale pour qu'une assistante sociale tienne une "
         "permanence deux après-midi par semaine."],
        ["-Publicité"],
        ["+Que demandez-vous à la mairie ?",
         "+Trois choses, qui figurent dans le rapport :",
         "+ouvrir le dimanche les deux plus grands établissements ;",
         "+recruter six agents supplémentaires ;",
         "+garder les salles de lecture chauffées à 19 degrés, et non 17 comme prévu au budget."],
        ["-Partager", "-Facebook", "-Twitter", "-E-mail", "-Copier le lien"],
        ["-Sur le même sujet",
         "-Le prix du livre neuf augmente de 4 % : les libraires inquiets",
         "-Rentrée littéraire d'hiver : nos dix coups de cœur"],
        ["-Vos réactions (4)", "-Connectez-vous pour réagir"],
        ["-Qui sommes-nous ?", "-Charte de déontologie", "-Nous contacter"],
    ]),
    # a WordPress blog: skip link, "Veröffentlicht am ... von", share bar with "Gefällt mir Wird
    # geladen …", categories and tags, author bio, tag cloud, comment with date and reply link
    "de-wordpress-blog": _page("de", "de-wordpress-blog", [
        ["-Springe zum Inhalt", "-Gartenblog Lindenhof", "-Startseite", "-Über mich"],
        ["+Warum unser Kleingartenverein jetzt Regenwasser sammelt"],
        ["-Veröffentlicht am 8. März 2025 von Ute Kranichfeld", "-3 Kommentare"],
        ["+Drei trockene Sommer hintereinander haben gereicht. Auf der Jahreshauptversammlung im Februar "
         "hat der Kleingartenverein Lindenhof mit 41 zu 6 Stimmen beschlossen, das Regenwasser von allen "
         "Vereinsdächern aufzufangen.",
         "+Bisher haben wir fast alles mit Leitungswasser gegossen. Im August 2024 waren das nach dem "
         "Zählerstand 1.900 Kubikmeter, so viel wie nie zuvor. Die Stadtwerke haben den Preis zum Januar "
         "außerdem um 11 Prozent erhöht.",
         "+Was wir gebaut haben",
         "+Die Arbeitsgruppe um Kurt Bellmann hat an einem Wochenende im März Folgendes aufgestellt:",
         "+14 Regentonnen zu je 300 Litern an den Lauben am Hauptweg",
         "+eine unterirdische Zisterne mit 6.000 Litern neben dem Vereinsheim",
         "+zwei Handpumpen, die alle Mitglieder benutzen dürfen"],
        ["+Was es gekostet hat",
         "+Regentonnen und Fallrohrklappen: 1.260 Euro",
         "+Zisterne mit Einbau: 3.940 Euro",
         "+Handpumpen: 410 Euro",
         "+Ein Drittel davon übernimmt der Bezirksverband aus seinem Klimafonds. „Wenn jeder Verein das "
         "macht, sparen wir im Bezirk mehr Trinkwasser, als ein ganzes Dorf verbraucht“, sagt der "
         "Vorsitzende Reinhold Schaper.",
         "+Ob es reicht, wird der Sommer zeigen. Ich berichte im August wieder."],
        ["-Teilen mit:", "-Facebook", "-WhatsApp", "-Drucken", "-Gefällt mir Wird geladen …"],
        ["-Kategorien: Garten, Vereinsleben", "-Schlagwörter: Dürre, Regenwasser, Kleingarten, Zisterne"],
        ["-Über die Autorin",
         "-Ute Kranichfeld gärtnert seit 1998 in der Anlage Lindenhof und schreibt hier über alles, was "
         "wächst – und was nicht.",
         "-Alle Beiträge von Ute Kranichfeld anzeigen"],
        ["-Schlagwortwolke", "-Beete Dürre Kompost Obstbäume Regenwasser Saatgut Vereinsleben Winterschnitt"],
        ["-3 Gedanken zu „Warum unser Kleingartenverein jetzt Regenwasser sammelt“",
         "-Herbert W. sagt:", "-9. März 2025 um 19:12 Uhr",
         "-Super Idee, machen wir in der Anlage Sonnenhang seit zwei Jahren so.", "-Antworten"],
        ["-Schreibe einen Kommentar Antworten abbrechen", "-Stolz präsentiert von WordPress"],
    ]),
    # a local news site: weather and traffic widgets above the article, speed-camera and pollen boxes
    # inside it, a "more from the town" box, a newsletter prompt and the footer links
    "de-lokal-wetter-verkehr": _page("de", "de-lokal-wetter-verkehr", [
        ["-Haselbruch 7 °C leichter Regen", "-Heute 9° / 2°", "-Morgen 11° / 4°",
         "-B 187 zwischen Altwiesen und Lauterbrück: Baustelle, einspurig"],
        ["-Anmelden", "-Abo", "-Lokales", "-Haselbruch"],
        ["+Haselbruch: Gemeinderat stoppt Neubaugebiet am Mühlgraben"],
        ["-Von Sven Tiedemann", "-11.03.2025, 18:30 Uhr", "-Lesezeit: 3 Minuten"],
        ["+Das geplante Baugebiet mit 64 Einfamilienhäusern am Mühlgraben kommt vorerst nicht. Der "
         "Gemeinderat hat den Aufstellungsbeschluss für den Bebauungsplan am Dienstagabend nach mehr als "
         "drei Stunden Debatte abgelehnt.",
         "+Bürgermeisterin Renate Kolbeck hatte bis zuletzt für das Projekt geworben. Ohne neue Bauplätze "
         "würden junge Familien in die Nachbarorte abwandern, sagte sie. Der Kindergarten am Lindenweg "
         "habe schon jetzt freie Plätze.",
         "+So hat der Gemeinderat abgestimmt:",
         "+Ja-Stimmen: 9",
         "+Nein-Stimmen: 12",
         "+Enthaltungen: 2"],
        ["-Anzeige"],
        ["-Blitzer heute im Landkreis: Lauterbrück, Hauptstraße (50 km/h)", "-Pollenflug: Hasel mittel, "
         "Erle schwach"],
        ["+Das sagen die Anwohner",
         "+Gegen das Baugebiet hatte sich eine Bürgerinitiative gebildet, die 1.150 Unterschriften "
         "sammelte. Ihr Sprecher Malte Greiwe verwies auf die Hochwasser von 2013 und 2021, bei denen der "
         "Mühlgraben über die Ufer getreten war.",
         "+„Wer dort baut, baut in die Überschwemmungsfläche von morgen“, sagte Greiwe nach der Sitzung.",
         "+Der Investor, die Lauterbrücker Wohnbau GmbH, kündigte an, das Ergebnis prüfen zu lassen. Eine "
         "neue Abstimmung ist frühestens nach der Sommerpause möglich."],
        ["-Artikel teilen"],
        ["-Mehr aus Haselbruch",
         "-Feuerwehr bekommt neues Löschfahrzeug – Übergabe am Samstag",
         "-Freibad öffnet dieses Jahr erst im Juni"],
        ["-Jetzt kostenlos registrieren und den Newsletter „Haselbruch kompakt“ erhalten"],
        ["-Impressum", "-Datenschutz", "-Cookie-Einstellungen", "-AGB"],
    ]),
    # an agency wire reposted by a portal: teleprinter slug lines, the dateline inside the first
    # paragraph, the agency's initials and timestamp line, its copyright, portal boxes
    "it-ansa-wire": _page("it", "it-ansa-wire", [
        ["-Home", "-Politica", "-Cronaca", "-Economia", "-Ultima ora", "-Tutte le notizie"],
        ["-ZCZC4417/SXB", "-XPP25070081233_SXB_QBXB", "-R POL S0B QBXB"],
        ["+Sanità: 40 milioni per le liste d'attesa, protestano i medici di base"],
        ["+(ANSA) - BARI, 11 MAR - La giunta regionale ha approvato oggi un piano da 40 milioni di euro per "
         "ridurre le liste d'attesa di visite ed esami entro la fine dell'anno. Le risorse saranno "
         "distribuite tra le aziende sanitarie in base al numero di prestazioni arretrate.",
         "+La ripartizione prevista dalla delibera:",
         "+Asl Bari: 12,4 milioni",
         "+Asl Lecce: 8,1 milioni",
         "+Asl Taranto: 6,7 milioni",
         "+altre aziende e policlinici: 12,8 milioni",
         "+L'assessore alla sanità Corrado Melillo ha spiegato che i fondi serviranno soprattutto ad "
         "aprire gli ambulatori anche il sabato e la sera, pagando ore aggiuntive al personale.",
         "+Critici i medici di famiglia. «Sono soldi che finiscono tutti agli ospedali, mentre noi "
         "continuiamo a non poter prenotare nulla per i nostri pazienti», ha detto Teresa Lomuscio, "
         "segretaria regionale del sindacato dei medici di base. (ANSA)."],
        ["-LO/", "-S0B QBXB", "-11-MAR-25 16:42 NNNN"],
        ["-Ultimo aggiornamento: 11/03/2025 16:45"],
        ["-RIPRODUZIONE RISERVATA © Copyright ANSA"],
        ["-Condividi", "-Stampa"],
        ["-Ti potrebbe interessare",
         "-Maltempo, allerta arancione su Gargano e Tavoliere",
         "-Calcio, il derby finisce 1-1 tra le polemiche"],
        ["-Redazione", "-Pubblicità", "-Privacy Policy", "-Cookie Policy"],
    ]),
    # a news story with a photo gallery block: gallery opener, numbered captions with credits,
    # navigation arrows, then the rest of the article
    "it-photo-gallery": _page("it", "it-photo-gallery", [
        ["-Home", "-Cerca", "-Abbonati", "-Cronaca", "-Valle Verzana"],
        ["+Piena del Verzana, evacuate 140 famiglie a Borgo Verzano"],
        ["-di Mattia Cerri", "-12 marzo 2025 ore 08:15", "-Tempo di lettura: 2 minuti"],
        ["+La piena del torrente Verzana ha costretto nella notte all'evacuazione di 140 famiglie nel "
         "centro di Borgo Verzano. L'acqua ha superato gli argini poco dopo le due, invadendo la piazza "
         "del municipio e le cantine di via Roma.",
         "+Non ci sono feriti. Gli sfollati hanno passato la notte nella palestra delle scuole medie e "
         "nell'oratorio, dove la Protezione civile ha allestito duecento brande."],
        ["-Apri la gallery (8 foto)",
         "-1 di 8 – La piazza del municipio invasa dal fango (foto Mattia Cerri)",
         "-2 di 8 – Il ponte sul Verzana chiuso al traffico (foto Mattia Cerri)",
         "-3 di 8 – I volontari al lavoro in via Roma (foto Ilaria Botti)",
         "-4 di 8 – Le idrovore in azione davanti al municipio (foto Mattia Cerri)",
         "-‹ Precedente", "-Successiva ›"],
        ["+Il sindaco Alberto Zanardi ha firmato un'ordinanza che chiude le scuole fino a venerdì. «La "
         "priorità ora è liberare le strade e verificare la tenuta del ponte», ha detto.",
         "+Gli interventi in corso",
         "+Secondo il bollettino diffuso alle 7 dal Comune:",
         "+sei idrovore sono in funzione tra la piazza e via Roma;",
         "+la strada provinciale 44 è chiusa tra Borgo Verzano e Castelmorano;",
         "+l'acquedotto funziona, ma l'acqua non è potabile fino a nuovo avviso.",
         "+«Nel 2014 avevamo chiesto il rialzo degli argini. Il progetto è ancora in un cassetto della "
         "Regione», accusa Franca Derossi, presidente del comitato di quartiere."],
        ["-Condividi", "-WhatsApp", "-Facebook", "-Copia link"],
        ["-Leggi anche", "-Maltempo, un'altra settimana di pioggia sul Nord"],
        ["-Iscriviti alla newsletter di Valle Verzana Oggi", "-Seguici su Facebook e Instagram"],
        ["-© Riproduzione riservata"],
    ]),
    # an AMP/mobile page: hamburger menu, cookie banner, full-version link, "back to top", bottom nav
    "pl-amp-mobile": _page("pl", "pl-amp-mobile", [
        ["-☰ Menu", "-Szukaj"],
        ["-Ta strona korzysta z plików cookie. Korzystając ze strony, wyrażasz zgodę na ich używanie "
         "zgodnie z ustawieniami przeglądarki.", "-Akceptuję", "-Ustawienia"],
        ["-Wiadomości › Kraj"],
        ["+Pociągi wrócą na linię do Zalesia Górnego. Pierwszy kurs w grudniu"],
        ["-Marta Rogalska", "-12 marca 2025, 09:41", "-Aktualizacja: 12 marca 2025, 11:03"],
        ["+Po 24 latach przerwy pasażerskie pociągi znów pojadą z Brzozowa do Zalesia Górnego. Umowę na "
         "remont 31-kilometrowego odcinka podpisano we wtorek w urzędzie marszałkowskim.",
         "+Prace mają kosztować 186 mln zł, z czego 85 proc. pokryją fundusze unijne. Wykonawcą będzie "
         "konsorcjum firm Torbud i Kolmex."],
        ["-REKLAMA"],
        ["+Co obejmie remont",
         "+wymianę torów i podkładów na całej długości linii;",
         "+budowę czterech nowych przystanków, w tym w Lipniku i Dębowej Woli;",
         "+przebudowę dwóch wiaduktów nad drogą wojewódzką.",
         "+Według harmonogramu pociągi mają ruszyć w grudniu 2026 r. Na początek przewidziano osiem par "
         "kursów dziennie."],
        ["+– To dla nas być albo nie być. Dziś autobus do Brzozowa jedzie godzinę, pociąg będzie jechał "
         "26 minut – mówi wójt gminy Zalesie Górne Henryk Sobieraj.",
         "+Nie wszyscy są zadowoleni. Mieszkańcy ulicy Kolejowej w Lipniku obawiają się hałasu i domagają "
         "się ekranów akustycznych, których projekt nie przewiduje."],
        ["-Czytaj także: Nowy rozkład jazdy od niedzieli. Te pociągi znikną"],
        ["-Udostępnij", "-Skomentuj"],
        ["-Wróć na górę", "-Przejdź do pełnej wersji serwisu"],
        ["-Strona główna", "-Wiadomości", "-Sport", "-Pogoda", "-Regulamin", "-Polityka prywatności"],
    ]),
    # a press agency wire on a business portal: "Dodano/Aktualizacja" lines, photo credit, the
    # agency's initials slug line and source line after the text, portal boxes
    "pl-pap-wire": _page("pl", "pl-pap-wire", [
        ["-Zaloguj się", "-Biznes", "-Gospodarka", "-Notowania", "-Waluty"],
        ["+Rząd chce wyższych kar za zatory płatnicze. Projekt trafi do konsultacji"],
        ["-Dodano: 11.03.2025 12:05", "-Aktualizacja: 11.03.2025 14:22", "-Czas czytania: 2 min"],
        ["-fot. PAP/Marek Zawilski"],
        ["+Firmy, które płacą kontrahentom z opóźnieniem, zapłacą wyższe rekompensaty – wynika z projektu "
         "nowelizacji, który w poniedziałek opublikowało Ministerstwo Rozwoju. Konsultacje potrwają 21 "
         "dni.",
         "+Według resortu w 2024 r. przeterminowane należności małych i średnich firm przekroczyły 41 mld "
         "zł, o 9 proc. więcej niż rok wcześniej.",
         "+Wśród proponowanych zmian są:"],
        ["-Reklama"],
        ["+podwyższenie rekompensaty za koszty odzyskiwania należności z 40 do 100 euro;",
         "+skrócenie maksymalnego terminu płatności w transakcjach z dużymi firmami do 45 dni;",
         "+obowiązek raportowania opóźnień przez spółki zatrudniające ponad 250 osób.",
         "+„Zatory płatnicze to dla wielu małych przedsiębiorców sprawa przetrwania” – powiedział PAP "
         "wiceminister rozwoju Tomasz Radwański.",
         "+Organizacje pracodawców przyjęły projekt ostrożnie. Ich zdaniem obowiązek raportowania oznacza "
         "nowe koszty dla firm. (PAP)"],
        ["-autor: Joanna Kędzior", "-jk/ mhr/"],
        ["-Źródło: PAP"],
        ["-Tematy: płatności, przedsiębiorcy, ministerstwo rozwoju"],
        ["-Udostępnij", "-Skomentuj"],
        ["-Czytaj więcej:", "-Inflacja w lutym. GUS podał najnowsze dane",
         "-Kurs złotego. Euro tanieje trzeci dzień z rzędu"],
        ["-Polub nas na Facebooku", "-Obserwuj nas w Google News"],
        ["-Copyright © 2025 Portal Biznesowy Sp. z o.o. Wszelkie prawa zastrzeżone."],
    ]),
    # a Telegram channel post as the web preview prints it: channel header, forwarded line, view
    # counter, hashtags, a subscribe plug and the "open in Telegram" buttons
    "ru-telegram-repost": _page("ru", "ru-telegram-repost", [
        ["-Telegram", "-Download Telegram"],
        ["-Северный вестник", "-@severvestnik", "-18.4K subscribers",
         "-Новости Заречья и всего Севера. Предложить новость: @sever_bot",
         "-Реклама и сотрудничество: @sever_ads"],
        ["-Forwarded from Заречье онлайн"],
        ["+⚡️ В Заречье закрывают последнюю городскую баню"],
        ["+Городская баня на улице Кирова закроется 1 апреля. Об этом сегодня сообщил директор "
         "муниципального предприятия «Коммунальщик» Игорь Ванюшин.",
         "+По его словам, здание 1961 года постройки признано аварийным, а на ремонт нужно 48 млн "
         "рублей. Таких денег в бюджете города нет.",
         "+Что известно:",
         "+▪️ баню в среднем посещают 600 человек в неделю;",
         "+▪️ в 140 домах частного сектора до сих пор нет горячей воды;",
         "+▪️ ближайшая баня — в Сосновке, в 22 км от города.",
         "+«Для многих пенсионеров это единственное место, где можно нормально помыться», — говорит "
         "депутат горсовета Валентина Крюкова. Она предлагает сдать здание в концессию.",
         "+В мэрии обещают до конца марта найти временное решение. Какое — пока не говорят."],
        ["-#Заречье #новости #ЖКХ"],
        ["-👉 Подписывайтесь на @severvestnik — главное о Севере без воды"],
        ["-👍 214 😢 96 🔥 37"],
        ["-👁 12.3K", "-edited 14:32"],
        ["-Please open Telegram to view this post", "-VIEW IN TELEGRAM"],
        ["-Context", "-Comments 37", "-Share"],
        ["-If you have Telegram, you can view and join Северный вестник right away.", "-Join"],
    ]),
    # a LiveJournal entry reposted with the journal chrome: userpic and author line, entry
    # navigation, tags and mood, the entry's action links, comment count, platform footer
    "ru-livejournal-repost": _page("ru", "ru-livejournal-repost", [
        ["-Войти", "-Создать блог", "-Главная", "-Лента друзей", "-Профиль", "-Подписаться"],
        ["-stariy_gorod (stariy_gorod) wrote,", "-2025-03-10 21:14:00"],
        ["+Как у нас отменили трамвай"],
        ["+Последний трамвай в Верхнекамске прошёл по маршруту № 3 в ночь на 1 марта. Я проехал на нём "
         "от депо до кольца на Заводской и обратно — вместе с двумя десятками таких же чудаков.",
         "+Формально линию «законсервировали». Но рельсы на Советской уже начали снимать, а депо, по "
         "словам водителей, пообещали отдать под склад.",
         "+Немного цифр из отчёта мэрии, которые я переписал на публичных слушаниях:",
         "+2015 год — 9 вагонов, 4,1 млн поездок;",
         "+2020 год — 6 вагонов, 2,3 млн поездок;",
         "+2024 год — 3 вагона, 0,9 млн поездок.",
         "+Вместо трамвая пустили автобус № 33. Он идёт по тому же маршруту, но на 15 минут дольше, "
         "потому что стоит в пробке на мосту.",
         "+«Мы не закрываем трамвай, мы его модернизируем», — говорил на слушаниях вице-мэр Аркадий "
         "Лыков. Модернизации, как видите, хватило ровно на отмену.",
         "+Фотографии последнего рейса выложу отдельным постом."],
        ["-Метки: верхнекамск, трамвай, транспорт", "-Настроение: грустное"],
        ["-Ссылка", "-Оставить комментарий", "-Добавить в память", "-Поделиться"],
        ["-‹ Предыдущая запись", "-Следующая запись ›"],
        ["-14 комментариев"],
        ["-Реклама"],
        ["-Свежие записи", "-Популярные записи", "-Лучшее в блогах"],
        ["-Powered by LiveJournal.com"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_23_line, test_held_out_23_line_is_kept, test_held_out_23_page = held_out_tests(
    HELD_OUT_23_LINES, HELD_OUT_23_KEEP, HELD_OUT_23_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
