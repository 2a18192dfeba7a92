"""Held-out set 22: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py
and the lists and pages of held-out sets 10 to 21); only the helpers ``_problems``, ``_insert``,
``_held_out``, ``_fixture``, ``FIXTURES`` (tests/test_clean.py), the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), the docstring of held-out set 20, its ``_page``
helper and its last lines (``_marks``, the xfail tables and the three test functions) and
scripts/clean_held_out_report.py were read. Slips: (1) a ``grep`` for ``^def`` in
tests/test_clean.py listed the names of its test functions, which name behaviours of the cleaner,
and the names (not the contents) of its lists; (2) printing ``_held_out`` and ``_insert`` with
``sed`` also showed the comment above ``HELD_OUT_LINES`` and its first seven lines, and the
comment above ``HELD_OUT_2_LINES`` and its first four lines (share prompts, a Patreon appeal, a
"Posted by admin" line, an "Updated ..." timestamp, a book link); (3) ``git log --oneline -3``
showed the round-19 commit message, which lists the line rules added then (among them a
report-an-error link and a source line naming one domain). None of the lines below was copied from
these; the Russian "Если вы заметили ошибку ... Ctrl+Enter" line was written knowing that a
report-an-error link had been handled, and a "Источник: <domain>" line was avoided for the same
reason. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles and every name in them are invented. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s22 at commit 654b181) and every failing case is marked
as a strict xfail whose reason describes the line or page, not a rule. Before the measurement three
pages were trimmed to at most 30 noise lines and one paragraph was added to it-ilfatto-politica;
nothing was changed after it.

Contents: 47 noise lines (marker 5, reading-time 7, byline 7, footer 4, comments 7, share 7,
notice 7, other 3; by language en 17, fr 6, de 6, it 6, pl 6, ru 6), 21 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 3), 12 pages (en-fox-liveblog, en-medium-longread, fr-liberation,
fr-mediapart-club, de-bild-ratgeber, de-presseportal-ots, it-fanpage-prezzi, it-ilfatto-politica,
pl-interia-wydarzenia, pl-rzeczpospolita-ekonomia, ru-agregator-istochnik, ru-pikabu-repost) with
324 noise lines (24 to 30 a page); layouts: a live blog with timestamped entries, a long read with
numbered subheadings and a list, a press-release repost with a contact block, a content farm with
bare "source" link lines and a comment form, a comment-heavy blog and a forum repost; every page
holds a list, subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit 654b181, measured with
``cd /tmp/wt-s22 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s22/src python -m pytest
-q tests/test_clean_held_out_22.py -rA -p no:cacheprovider`` and ``cd /tmp/wt-s22 &&
PYTHONPATH=/tmp/wt-s22/src python scripts/clean_held_out_report.py --sets 22``, with the xfail
tables empty): noise lines removed 44/47 (marker 5/5, reading-time 6/7, byline 7/7, footer 4/4,
comments 6/7, share 6/7, notice 7/7, other 3/3; missed: a "Copy link Link copied!" button, a Polish
date with the time in brackets, a Polish "show more comments (27)" button); keep lines kept 19/21
(lost: an English sentence opening "Updated figures published on Tuesday" and a French one opening
"Publié mardi,", both in the body); pages 5/12 clean, 15 of 324 page noise lines left:
en-fox-liveblog 0 left but 8 paragraphs lost (the second and third live-blog entries: a
subheading, a list intro and its three items, a union statement and its quote, after an app promo
and "Posted by"/"Share" lines), en-medium-longread 2 (the writer's follow box in the middle),
fr-liberation 3 (a "Dans la même rubrique" box with two headlines), fr-mediapart-club 1 (the blog
platform's disclaimer above the comments), it-fanpage-prezzi 2 ("A cura di" byline and the bare
date and time), it-ilfatto-politica 4 (a "Tv" menu item, a reader-support appeal and its sign-off,
the comments-suspended-hours notice), pl-interia-wydarzenia 3 (the date with the time in brackets,
the "Opracowanie:" byline, a photo credit). The failing cases are strict xfails.

Still held out after session 11's round 20 (developed on set 21 only; the lead saw only this
docstring and the xfail reasons): measured once at c23537b with ``python
scripts/clean_held_out_report.py --sets 22``: exactly as the baseline (lines 44/47, keep 19/21, pages
5/12 clean, 15 of 324 page noise lines left, 8 paragraphs lost on en-fox-liveblog); no strict xfail
started passing.

Round 21 (development): from this round the set is development data, read in full and fixed by
the general shape of its noise, with invented unit tests in tests/test_clean.py (round 21). Measured
with ``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 22``: before
(a9a6b14) noise lines 44/47, keep lines 19/21, pages 5/12 clean, 15 of 324 page noise lines left, 8
paragraphs lost on en-fox-liveblog; after, noise lines 47/47, keep lines 21/21, pages 11/12 clean,
3 of 324 page noise lines left, no paragraph lost. The three left are en-fox-liveblog's entry times
("2:41 PM EDT", ...), which the cleaner keeps as the body's, as the development live blogs of
tests/test_clean_pages.py (de-live, de liveblog) mark theirs; that page stays a strict xfail. Every
other strict xfail of the set was removed.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_22_LINES = [
    # en
    ("head", "Member-only story", "notice"),
    ("head", "Listen to this article · 5 min", "reading-time"),
    ("head", "By Dana Whitfield , Tom Okafor Fox News", "byline"),
    ("head", "Published March 14, 2025 6:02am EDT", "reading-time"),
    ("body", "Story continues below advertisement", "marker"),
    ("body", "CLICK HERE TO GET THE FOX NEWS APP", "other"),
    ("body", "SKIP ADVERTISEMENT", "marker"),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. "
             "Read the original article.", "marker"),
    ("tail", "You've successfully subscribed to The Harbour Ledger", "notice"),
    ("tail", "Dana Whitfield is a reporter for Fox News Digital covering local government. "
             "Story tips can be sent to dana.whitfield@fox.com.", "byline"),
    ("tail", "Oldest Newest Most Voted", "comments"),
    ("tail", "This discussion is now closed.", "comments"),
    ("tail", "Gift this article", "share"),
    ("tail", "Copy link Link copied!", "share"),
    ("tail", "©2025 FOX News Network, LLC. All rights reserved. This material may not be published, "
             "broadcast, rewritten, or redistributed. All market data delayed 20 minutes.", "footer"),
    ("tail", "Coastline Dispatch © 2025. Powered by Ghost", "footer"),
    ("tail", "Filed Under: Local News Tagged With: budget, city council, harbour", "other"),
    # fr
    ("head", "Publié le 14/03/2025 à 06:02, mis à jour le 14/03/2025 à 09:15", "reading-time"),
    ("head", "Par Claire Moreau, envoyée spéciale à Brest", "byline"),
    ("tail", "Il vous reste 68.21% de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    ("tail", "Voir les 37 commentaires", "comments"),
    ("tail", "Envoyer par e-mail Copier le lien", "share"),
    ("tail", "© Ouest-France – Toute reproduction interdite", "footer"),
    # de
    ("head", "Veröffentlicht am 14.03.2025 | Lesedauer: 4 Minuten", "reading-time"),
    ("head", "Von: JANA KELLER und TOBIAS BRANDT", "byline"),
    ("body", "Artikel wird nach der Anzeige fortgesetzt", "marker"),
    ("tail", "Jetzt weiterlesen mit BILDplus – 1 Monat für 0,99 €", "notice"),
    ("tail", "Beitrag per E-Mail versenden", "share"),
    ("tail", "42 Kommentare – Jetzt mitdiskutieren", "comments"),
    # it
    ("head", "14 MARZO 2025 ALLE 06:02 2 MINUTI DI LETTURA", "reading-time"),
    ("head", "di Giulia Ferri e Marco Bellini", "byline"),
    ("tail", "Sostieni ilFattoQuotidiano.it: mai come in questo momento abbiamo bisogno di te.", "notice"),
    ("tail", "Mostra altri commenti", "comments"),
    ("tail", "Copia link", "share"),
    ("tail", "© Riproduzione riservata", "footer"),
    # pl
    ("head", "Piątek, 14 marca 2025 (06:02)", "reading-time"),
    ("head", "Opracowanie: Anna Nowak", "byline"),
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("tail", "Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.", "notice"),
    ("tail", "Pokaż więcej komentarzy (27)", "comments"),
    ("tail", "Udostępnij artykuł", "share"),
    # ru
    ("head", "06:02, 14 марта 2025 • Россия", "reading-time"),
    ("head", "Текст: Анна Соколова", "byline"),
    ("tail", "Следите за новостями в нашем Telegram-канале", "notice"),
    ("tail", "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter", "other"),
    ("tail", "Чтобы оставить комментарий, войдите или зарегистрируйтесь", "comments"),
    ("tail", "Поделиться: ВКонтакте Одноклассники Telegram", "share"),
]

HELD_OUT_22_KEEP = [
    # en
    ("head", "BRIGHTWATER, March 14 (Coastline Dispatch) — The harbour vote was pushed back again on Friday."),
    ("body", "More than 2,000 residents signed up to comment on the plan before the deadline, the clerk said."),
    ("body", "\"I'd share the blame with the whole committee,\" Councillor Ruth Abebe said in an interview."),
    ("body", "Updated figures published on Tuesday show the dredging would cost $4.2 million, not $3.1 million."),
    ("tail", "Readers who want to weigh in can still share their views at Thursday's public hearing, "
             "which starts at 6 p.m."),
    ("tail", "The newspaper's subscriber count fell by a third after it put its archive behind a paywall in 2021."),
    ("tail", "The full report is available on the city's website."),
    # fr
    ("body", "Publié mardi, le rapport de la chambre régionale des comptes pointe un dérapage de 12 % des coûts."),
    ("body", "« Partagez-vous l'inquiétude des pêcheurs ? » a demandé un élu de l'opposition au maire."),
    ("tail", "Les commentaires des habitants, recueillis lors de la consultation, seront annexés au dossier."),
    # de
    ("body", "Nach Angaben der Stadtverwaltung haben sich bis Freitag 1.200 Bürger für die Anhörung angemeldet."),
    ("body", "Veröffentlicht wurde das Gutachten erst, nachdem der Landesrechnungshof Druck gemacht hatte."),
    ("tail", "Die Kommentare der Anwohner sollen in die Abwägung einfließen, teilte die Stadt mit."),
    # it
    ("head", "ROMA — Il voto sul bilancio del porto slitta ancora, il terzo rinvio in due mesi."),
    ("body", "Secondo i dati pubblicati lunedì, gli abbonamenti al trasporto locale sono cresciuti del 9 per cento."),
    ("tail", "Il sindaco ha condiviso sui social una lettera ai residenti, poi rimossa dopo poche ore."),
    # pl
    ("body", "Jak poinformował rzecznik ratusza, w konsultacjach wzięło udział 3 tys. mieszkańców, "
             "a ich komentarze trafią do raportu."),
    ("tail", "Redakcja zwróciła się do ministerstwa z prośbą o komentarz, ale do czasu publikacji "
             "nie otrzymała odpowiedzi."),
    # ru
    ("head", "МОСКВА, 14 марта — Голосование по бюджету порта вновь перенесено."),
    ("body", "Как сообщили в пресс-службе мэрии, подписаться на уведомления о слушаниях можно "
             "на портале госуслуг."),
    ("tail", "Видео с заседания, опубликованное в Telegram-канале депутата, набрало более 50 тысяч просмотров."),
]


HELD_OUT_22_PAGES = dict([
    ("en-fox-liveblog", _page("en", "en-fox-liveblog", [
        ["-Fox News", "-U.S.", "-Politics", "-Media", "-Opinion", "-Watch TV"],
        ["-LIVE UPDATES"],
        ["+Senate budget standoff: live updates as the shutdown deadline nears"],
        ["-Published March 14, 2025 6:02am EDT | Updated March 14, 2025 2:47pm EDT",
         "-By Dana Whitfield , Tom Okafor Fox News"],
        ["-2:41 PM EDT"],
        ["+Senate leaders schedule a 5 p.m. procedural vote"],
        ["+Majority Leader Thomas Reyes told reporters the chamber would hold a procedural vote at 5 p.m. "
         "on the stopgap bill, which would keep the government funded through April 30."],
        ["+Reyes said he expected \"at least a handful\" of members from the other side to vote with him, "
         "but declined to name them."],
        ["-Posted by Dana Whitfield", "-Share"],
        ["-1:58 PM EDT"],
        ["+What is in the stopgap bill"],
        ["+The 40-page measure would extend current spending levels with three exceptions:",
         "+$2.1 billion in disaster relief for flood-hit counties in the Midwest",
         "+a six-week extension of the federal flood insurance program",
         "+funding to keep air traffic control training centers open"],
        ["-CLICK HERE TO GET THE FOX NEWS APP"],
        ["-Posted by Tom Okafor", "-Share"],
        ["-12:20 PM EDT"],
        ["+Federal workers' unions warn of missed paychecks"],
        ["+Two of the largest federal employee unions said in a joint statement that more than 800,000 "
         "workers could go without pay if funding lapses at midnight on Friday."],
        ["+\"Our members should not be bargaining chips,\" the statement said."],
        ["-Posted by Dana Whitfield", "-Share"],
        ["-Load more updates"],
        ["-Fox News' Lena Ortiz contributed to this report."],
        ["-Related Topics", "-Congress", "-Senate", "-Budget"],
        ["-©2025 FOX News Network, LLC. All rights reserved. This material may not be published, broadcast, "
         "rewritten, or redistributed. All market data delayed 20 minutes."],
    ])),
    ("en-medium-longread", _page("en", "en-medium-longread", [
        ["-Sign up", "-Sign in"],
        ["-Member-only story"],
        ["+What Three Years of Water Board Meetings Taught Me About Local News"],
        ["+The boring meetings are where the money is decided. Here is what I learned sitting through 140 of them."],
        ["-Priya Natarajan", "-Follow", "-Published in The Civic Quarterly", "-11 min read", "-Mar 14, 2025"],
        ["-312", "-Listen", "-Share"],
        ["+In the spring of 2022 I started attending every public meeting of the Lower Valley Water Board. "
         "Nobody asked me to. The local paper had stopped sending a reporter two years earlier, and the "
         "minutes were posted weeks late, if at all."],
        ["+Three years later I have notes from 140 meetings, a spreadsheet of every contract the board "
         "approved, and a few lessons that apply well beyond water."],
        ["+1. The agenda is the story"],
        ["+Most decisions are not debated; they are placed on the consent agenda and approved in a single "
         "vote. Over three years, 71 percent of the money the board spent was approved that way."],
        ["+Things worth checking on any consent agenda:",
         "+contract amendments that raise a price after the original bid",
         "+emergency purchases that were never followed by a regular bid",
         "+items moved from the regular agenda at the last minute"],
        ["-Get Priya Natarajan's stories in your inbox",
         "-Join Medium for free to get updates from this writer.",
         "-Subscribe"],
        ["+2. Public comment is not where minds change"],
        ["+In 140 meetings I saw the board change a vote after public comment exactly twice. Both times, "
         "the speaker had brought a document the board members had not read."],
        ["+3. Ask for the attachments"],
        ["+The minutes say what was approved. The attachments say why, and for how much. A records request "
         "for the attachments of a single meeting cost me $4.80 and an afternoon."],
        ["+None of this requires a newsroom. It requires showing up, and writing down what you see."],
        ["-312"],
        ["-Local News", "-Journalism", "-Government", "-Water"],
        ["-Written by Priya Natarajan", "-1.4K Followers", "-Writer for The Civic Quarterly",
         "-I cover the meetings nobody else covers. Newsletter: lowervalleynotes.substack.com"],
        ["-More from Priya Natarajan and The Civic Quarterly"],
        ["-Recommended from Medium"],
        ["-Help", "-Status", "-About", "-Privacy", "-Terms"],
    ])),
    ("fr-liberation", _page("fr", "fr-liberation", [
        ["-Libération", "-S'abonner", "-Se connecter", "-Politique", "-International", "-Economie",
         "-Culture", "-Idées et Débats"],
        ["-Logement", "-Article réservé aux abonnés"],
        ["+A Lyon, l'encadrement des loyers contesté devant le tribunal administratif"],
        ["+Une fédération de propriétaires demande l'annulation du dispositif, en vigueur depuis 2021. "
         "La métropole défend un outil qui aurait limité les hausses dans les quartiers les plus demandés."],
        ["-par Camille Arnaud, correspondante à Lyon", "-publié le 14 mars 2025 à 6h02"],
        ["-Offrir cet article", "-Lien copié"],
        ["+L'audience a duré un peu plus de trois heures, jeudi, devant le tribunal administratif de Lyon. "
         "D'un côté, une fédération de propriétaires bailleurs, qui estime que l'encadrement des loyers "
         "porte une atteinte disproportionnée au droit de propriété. De l'autre, la métropole, qui le "
         "présente comme l'un des rares leviers dont elle dispose face à la hausse des prix."],
        ["+Selon les chiffres présentés par la collectivité, les loyers de relocation ont progressé de "
         "1,9 % par an en moyenne depuis l'entrée en vigueur du dispositif, contre 3,4 % les trois années "
         "précédentes."],
        ["-Dans la même rubrique",
         "-A Grenoble, la ville rachète 300 logements vacants",
         "-Airbnb : Paris durcit encore les règles pour les meublés de tourisme"],
        ["+«Des propriétaires qui ne s'y retrouvent plus»"],
        ["+Pour l'avocat de la fédération, le plafond fixé par quartier ne tient pas compte de l'état des "
         "logements ni des travaux réalisés. «On demande à des petits propriétaires de financer une "
         "politique publique», a-t-il plaidé."],
        ["+« Sans encadrement, un studio à la Croix-Rousse se relouerait 15 % plus cher du jour au lendemain »"],
        ["+La rapporteure publique a proposé de rejeter la requête, estimant que la métropole avait "
         "suffisamment justifié le découpage des zones. Le tribunal rendra sa décision dans un mois."],
        ["-Libé Lyon, la newsletter de la rédaction lyonnaise",
         "-Chaque vendredi, l'essentiel de l'actualité locale dans votre boîte mail.",
         "-Je m'inscris"],
        ["-Mots-clés", "-Logement", "-Lyon", "-Justice"],
        ["-Vous souhaitez réagir ? Les commentaires sont réservés aux abonnés."],
        ["-Mentions légales", "-Charte de confidentialité", "-Gérer mes cookies", "-© Libération"],
    ])),
    ("fr-mediapart-club", _page("fr", "fr-mediapart-club", [
        ["-Le Club de Mediapart", "-Accueil", "-Fil d'actualité", "-Blogs", "-Éditions", "-S'abonner"],
        ["-Blog : Le blog de Jean-Luc Perrin", "-Abonné·e de Mediapart"],
        ["+Fermeture de la maternité de Pontarlier : ce que le rapport de l'ARS ne dit pas"],
        ["-Jean-Luc Perrin", "-Médecin retraité, élu municipal d'opposition",
         "-Publié le 14 mars 2025", "-Lecture 5 min"],
        ["+L'agence régionale de santé a publié la semaine dernière le rapport qui doit justifier la "
         "fermeture définitive des accouchements à la maternité de Pontarlier. J'ai lu les 86 pages. "
         "Voici ce qui m'a frappé."],
        ["+D'abord, le rapport ne mentionne jamais le temps de trajet réel des patientes en hiver. Il "
         "retient une moyenne annuelle de 42 minutes jusqu'à Besançon, alors que les relevés de la "
         "préfecture dépassent l'heure dès que la route est enneigée."],
        ["+Ensuite, trois chiffres sont absents du document :",
         "+le nombre de postes de sages-femmes vacants depuis 2022 ;",
         "+le coût des transferts en ambulance déjà réalisés ;",
         "+le nombre de naissances survenues pendant un transport."],
        ["+Enfin, la concertation annoncée s'est résumée à deux réunions publiques, organisées un mardi "
         "après-midi. Les conclusions étaient rédigées avant la seconde."],
        ["+Je ne conteste pas qu'un service qui réalise moins de 300 accouchements par an pose des "
         "questions de sécurité. Mais une décision de cette portée mérite un débat fondé sur des données "
         "complètes."],
        ["-Le Club est l'espace de libre expression des abonnés de Mediapart. "
         "Ses contenus n'engagent pas la rédaction."],
        ["-Commentaires (6)", "-Trier par : les plus récents"],
        ["-Sylvie M.", "-14/03/2025 08:12",
         "-Merci pour ce travail. Même situation à Saint-Claude il y a dix ans, mêmes arguments.",
         "-Répondre"],
        ["-Abonné·e de Mediapart",
         "-Bernard_25", "-14/03/2025 09:40",
         "-La route de Besançon en janvier, il faut l'avoir faite de nuit pour comprendre.",
         "-Répondre", "-Recommander (4)"],
        ["-Voir plus de commentaires"],
        ["-Mediapart, journal en ligne indépendant", "-Mentions légales", "-Qui sommes-nous ?"],
    ])),
    ("de-bild-ratgeber", _page("de", "de-bild-ratgeber", [
        ["-BILD", "-News", "-Politik", "-Regional", "-Sport", "-BILDplus"],
        ["-Home", "-News", "-Ratgeber", "-Auto"],
        ["+Das ändert sich im April für Autofahrer"],
        ["+Neue Bußgelder, neue Plaketten, neue Pflichten: Diese fünf Regeln gelten ab dem 1. April"],
        ["-Von: LENA HARTMANN", "-14.03.2025 - 06:02 Uhr"],
        ["-Foto: Patrick Seeger/dpa"],
        ["+Wer im Frühling mit dem Auto unterwegs ist, muss sich auf einige Neuerungen einstellen. "
         "Mehrere Änderungen treten zum 1. April in Kraft, andere gelten schon jetzt in einzelnen "
         "Bundesländern."],
        ["+BILD erklärt, was sich ändert:"],
        ["+1. Höhere Bußgelder in Baustellen: Wer dort mehr als 20 km/h zu schnell fährt, zahlt künftig "
         "mindestens 150 Euro.",
         "+2. Neue Prüfplakette: Die HU-Plakette für 2025 ist pink.",
         "+3. Rettungsgasse: Wer sie blockiert, muss mit einem Monat Fahrverbot rechnen.",
         "+4. Parken an Ladesäulen: Verbrenner dürfen dort nur noch zum Be- und Entladen halten.",
         "+5. Winterreifen: Die Übergangsfrist für Reifen ohne Alpine-Symbol ist abgelaufen."],
        ["-ANZEIGE"],
        ["-Lesen Sie auch", "-Spritpreise: So tanken Sie am Wochenende am günstigsten",
         "-Blitzer-Marathon: Hier wird nächste Woche kontrolliert"],
        ["+Ein Sprecher des ADAC sagte zu BILD, viele Fahrer kennten die Regeln zur Rettungsgasse noch "
         "immer nicht. „Es geht hier um Minuten, die über Leben entscheiden“, sagte er."],
        ["+Die Bußgelder werden von den Ländern kassiert. Einige Länder haben angekündigt, die "
         "Kontrollen in Baustellen zu verstärken."],
        ["-Teilen", "-Facebook", "-WhatsApp", "-E-Mail"],
        ["-Mehr zum Thema", "-Auto", "-Verkehr", "-Bußgeld"],
        ["-BILD Digital GmbH & Co. KG", "-Impressum", "-Datenschutz", "-AGB"],
    ])),
    ("de-presseportal-ots", _page("de", "de-presseportal-ots", [
        ["-presseportal", "-Startseite", "-Blaulicht", "-Wirtschaft", "-Politik", "-Meldungen abonnieren"],
        ["-Stadtwerke Lindenau GmbH", "-14.03.2025 – 10:30"],
        ["+Stadtwerke Lindenau legen Jahresbilanz vor: Investitionen in Wärmenetz verdoppelt"],
        ["+Lindenau (ots) - Die Stadtwerke Lindenau haben im Geschäftsjahr 2024 so viel investiert wie "
         "nie zuvor. Der Schwerpunkt lag auf dem Ausbau des Fernwärmenetzes im Norden der Stadt, wie "
         "das Unternehmen am Freitag mitteilte."],
        ["+„Wir haben 2024 die Grundlage für die Wärmewende in Lindenau gelegt“, sagte Geschäftsführerin "
         "Dr. Katrin Vogt. Bis 2030 sollen 12.000 weitere Haushalte an das Netz angeschlossen werden."],
        ["+Kennzahlen 2024 im Überblick:"],
        ["+Umsatz: 412 Mio. Euro (Vorjahr: 388 Mio. Euro)",
         "+Investitionen: 96 Mio. Euro (Vorjahr: 47 Mio. Euro)",
         "+Jahresüberschuss: 18,3 Mio. Euro (Vorjahr: 15,9 Mio. Euro)",
         "+Beschäftigte: 1.140 (Vorjahr: 1.085)"],
        ["+Die Strompreise für Privatkunden bleiben nach Angaben des Unternehmens bis mindestens Ende "
         "2025 stabil. Der Gaspreis sinkt zum 1. Mai um 0,8 Cent pro Kilowattstunde."],
        ["+Über die Stadtwerke Lindenau"],
        ["+Die Stadtwerke Lindenau GmbH versorgt rund 95.000 Kunden mit Strom, Gas, Wärme und Wasser. "
         "Das Unternehmen ist zu 100 Prozent im Besitz der Stadt Lindenau."],
        ["-Pressekontakt:", "-Stadtwerke Lindenau GmbH", "-Unternehmenskommunikation", "-Sabine Roth",
         "-Telefon: +49 (0)3641 555 1234", "-E-Mail: presse@stadtwerke-lindenau.de"],
        ["-Original-Content von: Stadtwerke Lindenau GmbH, übermittelt durch news aktuell"],
        ["-Weitere Meldungen: Stadtwerke Lindenau GmbH", "-Alle Meldungen", "-Pressemappe",
         "-Meldung drucken", "-Als PDF herunterladen"],
        ["-Impressum", "-Datenschutz", "-Nutzungsbedingungen", "-© 2025 news aktuell GmbH"],
    ])),
    ("it-fanpage-prezzi", _page("it", "it-fanpage-prezzi", [
        ["-Fanpage.it", "-Napoli", "-Roma", "-Milano", "-Politica", "-Cronaca", "-Economia", "-Video"],
        ["-Economia"],
        ["+Prezzi della benzina oggi, la verde torna sopra 1,80 euro: le medie regione per regione"],
        ["+Nuovo rialzo dei carburanti alla pompa. Il self service supera 1,80 euro al litro in sette "
         "regioni, il gasolio resta poco sotto quota 1,70."],
        ["-A cura di Luca Esposito", "-14 Marzo 2025 06:02"],
        ["-Immagine di repertorio"],
        ["+I prezzi medi della benzina in modalità self service sono saliti per il quarto giorno "
         "consecutivo, secondo i dati comunicati dai gestori all'osservatorio del ministero delle "
         "Imprese. La media nazionale si attesta a 1,792 euro al litro."],
        ["+Queste le medie della benzina self in alcune regioni:"],
        ["+Lombardia: 1,798 euro/litro", "+Lazio: 1,801 euro/litro", "+Campania: 1,806 euro/litro",
         "+Sicilia: 1,824 euro/litro", "+Trentino-Alto Adige: 1,831 euro/litro"],
        ["-Pubblicità"],
        ["-Leggi anche", "-Bonus carburante 2025, a chi spetta e come richiederlo"],
        ["+Sulle autostrade i prezzi sono più alti: la benzina self costa in media 1,874 euro al "
         "litro, il gasolio 1,781."],
        ["+Secondo le associazioni dei consumatori, un pieno da 50 litri costa oggi circa 4 euro in "
         "più rispetto a inizio febbraio."],
        ["-Video thumbnail", "-Caro carburanti, le code ai distributori"],
        ["-Seguici su Google News"],
        ["-Ti potrebbe interessare", "-Sponsorizzato da Taboola"],
        ["-Fanpage.it è una testata giornalistica registrata presso il Tribunale di Napoli",
         "-© 2025 Ciaopeople Srl – P.IVA 06978161212", "-Privacy Policy", "-Preferenze cookie"],
    ])),
    ("it-ilfatto-politica", _page("it", "it-ilfatto-politica", [
        ["-il Fatto Quotidiano", "-Abbonati", "-Accedi", "-Politica", "-Giustizia", "-Mondo",
         "-Economia", "-Blog", "-Tv"],
        ["-Politica | di F. Q. | 14 Marzo 2025"],
        ["+Autonomia differenziata, le Regioni chiedono un rinvio: «Mancano i fondi per i servizi essenziali»"],
        ["+La conferenza dei presidenti delle Regioni ha approvato all'unanimità un documento che chiede "
         "al governo di rinviare di un anno l'attuazione delle prime intese. Il nodo resta il "
         "finanziamento dei livelli essenziali delle prestazioni."],
        ["+Nel documento, inviato ieri sera al ministro degli Affari regionali, i presidenti scrivono che "
         "«senza una copertura certa» le Regioni del Sud rischiano di non poter garantire gli stessi "
         "servizi di quelle del Nord."],
        ["-Leggi Anche", "-Autonomia, la Consulta boccia sette punti della legge"],
        ["+Il nodo dei Lep"],
        ["+Secondo le stime della commissione tecnica, servirebbero tra gli 80 e i 100 miliardi di euro "
         "per portare tutte le Regioni agli stessi livelli di spesa in sanità, istruzione e trasporti. "
         "Nella legge di bilancio non è previsto alcuno stanziamento."],
        ["+Fonti del ministero fanno sapere che il testo sarà esaminato «con la massima attenzione» e "
         "che un incontro con i presidenti è in calendario per la prossima settimana."],
        ["+Tra i firmatari anche i presidenti di due Regioni governate dalla maggioranza, che nelle "
         "scorse settimane avevano già chiesto di modificare il calendario delle intese."],
        ["-Sostieni ilFattoQuotidiano.it",
         "-Ogni giorno raccontiamo quello che altri non raccontano. Per farlo abbiamo bisogno di te.",
         "-Sostienici ora", "-Grazie, la redazione"],
        ["-Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9, i commenti per "
         "ogni articolo saranno chiusi dopo 72 ore."],
        ["-12 commenti", "-Ordina per: Più recenti"],
        ["-marco_bo", "-3 ore fa", "-Era tutto prevedibile, bastava leggere i numeri.", "-Rispondi"],
        ["-Luisa66", "-2 ore fa", "-E intanto al Sud si aspetta ancora.", "-Rispondi"],
        ["-Mostra altri commenti"],
        ["-© 2009 - 2025 SEIF S.p.A. - C.F. e P.IVA 10460121006"],
    ])),
    ("pl-interia-wydarzenia", _page("pl", "pl-interia-wydarzenia", [
        ["-INTERIA", "-Fakty", "-Polska", "-Świat", "-Sport", "-Biznes", "-Pogoda", "-Poczta"],
        ["-Wydarzenia", "-Polska"],
        ["+Od kwietnia wyższe opłaty za wywóz śmieci. Sprawdź, ile zapłacisz w swoim mieście"],
        ["+W wielu miastach od 1 kwietnia wzrosną stawki za odbiór odpadów. Samorządy tłumaczą podwyżki "
         "rosnącymi kosztami przetwarzania i wyższą opłatą środowiskową."],
        ["-Piątek, 14 marca 2025 (06:02)", "-Opracowanie: Marta Zielińska"],
        ["-Zdjęcie ilustracyjne /Piotr Kamionka /Reporter"],
        ["+Rady miast w Krakowie, Poznaniu i Lublinie przyjęły w ostatnich tygodniach uchwały "
         "podnoszące opłatę za gospodarowanie odpadami. W większości przypadków wzrost wynosi od 8 do "
         "15 proc."],
        ["-Reklama"],
        ["+Dlaczego drożeje?"],
        ["+Samorządowcy wskazują na trzy przyczyny: wyższe ceny energii w sortowniach, rosnące płace "
         "kierowców i wyższą tzw. opłatę marszałkowską za składowanie odpadów."],
        ["-Dalsza część artykułu pod materiałem wideo"],
        ["-Zobacz również:",
         "-Nowe zasady segregacji. Za błędy grożą wyższe kary",
         "-Kaucja za butelki. Sklepy wciąż nie są gotowe"],
        ["+Ile zapłacą mieszkańcy?"],
        ["+W Krakowie stawka dla mieszkańców domów jednorodzinnych wzrośnie z 99 do 112 zł miesięcznie. "
         "W Poznaniu opłata od osoby w bloku wyniesie 36 zł zamiast 33 zł."],
        ["+Część gmin zapowiada ulgi dla rodzin wielodzietnych i osób kompostujących bioodpady."],
        ["-Źródło: Interia/PAP"],
        ["-Bądź na bieżąco i zostań jednym z ponad 200 tys. obserwujących nasz fanpage – "
         "polub Wydarzenia na Facebooku i komentuj treści"],
        ["-Udostępnij", "-Polecane"],
        ["-Strona główna INTERIA.PL", "-Polityka prywatności", "-© 1999-2025 Grupa Interia.pl Sp. z o.o. sp.k."],
    ])),
    ("pl-rzeczpospolita-ekonomia", _page("pl", "pl-rzeczpospolita-ekonomia", [
        ["-Rzeczpospolita", "-Ekonomia", "-Finanse", "-Nieruchomości", "-Podatki", "-Zaloguj się",
         "-Subskrybuj"],
        ["+Inflacja w lutym. GUS podał nowe dane, ceny żywności znów w górę"],
        ["-Publikacja: 14.03.2025 10:05", "-Aktualizacja: 14.03.2025 11:20"],
        ["-Foto: Adobe Stock"],
        ["-Anna Wiśniewska"],
        ["+Inflacja konsumencka w lutym wyniosła 4,9 proc. rok do roku – podał w piątek Główny Urząd "
         "Statystyczny w szacunku flash. Ekonomiści spodziewali się odczytu na poziomie 4,7 proc."],
        ["+Najmocniej drożały w ujęciu rocznym:"],
        ["+Nośniki energii: +12,8 proc.", "+Żywność i napoje bezalkoholowe: +5,6 proc.",
         "+Usługi: +6,3 proc.", "+Paliwa do prywatnych środków transportu: -1,2 proc."],
        ["-Czytaj więcej", "-Stopy procentowe. RPP zdecydowała, kredytobiorcy czekają dalej"],
        ["+Inflacja bazowa, bez cen żywności i energii, według szacunków ekonomistów utrzymała się w "
         "okolicach 3,6 proc."],
        ["+– Luty pokazał, że efekt odmrożenia cen energii jest silniejszy, niż zakładano – ocenia "
         "główny ekonomista jednego z banków. Jego zdaniem Rada Polityki Pieniężnej nie obniży stóp "
         "przed końcem roku."],
        ["-Artykuł dostępny tylko dla subskrybentów", "-Sprawdź ofertę", "-Masz już subskrypcję? Zaloguj się"],
        ["-Czytaj więcej", "-Ceny masła i jaj. Sklepy podnoszą ceny przed świętami"],
        ["-Źródło: rp.pl"],
        ["-Powiązane tematy:", "-Inflacja", "-GUS", "-Ceny"],
        ["-© Licencja na publikację", "-© ℗ Wszystkie prawa zastrzeżone"],
    ])),
    ("ru-agregator-istochnik", _page("ru", "ru-agregator-istochnik", [
        ["-НовостиДня24", "-Главная", "-Политика", "-Экономика", "-Общество", "-Происшествия", "-Контакты"],
        ["+В регионах изменят правила выдачи льготных лекарств"],
        ["-14.03.2025 06:02", "-Просмотров: 1 284", "-Автор: admin", "-Рубрика: Общество"],
        ["+Минздрав подготовил поправки к порядку обеспечения льготников лекарствами. Документ "
         "опубликован на федеральном портале проектов нормативных актов."],
        ["+Согласно проекту, изменения затронут несколько этапов:",
         "+1. Рецепт можно будет получить в электронном виде через портал госуслуг.",
         "+2. Аптеки обяжут сообщать пациенту о поступлении препарата в течение двух дней.",
         "+3. Срок отсроченного обслуживания сократят с 15 до 10 рабочих дней."],
        ["-Читайте также: Пенсии в апреле: кому повысят выплаты"],
        ["+В ведомстве пояснили, что поправки должны сократить очереди в аптеках и число жалоб на "
         "отсутствие препаратов."],
        ["+Общественное обсуждение проекта продлится до 28 марта. Новые правила могут вступить в силу "
         "с 1 сентября."],
        ["-Источник"],
        ["-Ссылка на источник"],
        ["-Похожие новости", "-Больничный по уходу за ребенком: что изменится",
         "-Продукты подорожали за неделю на 0,3%"],
        ["-Добавить комментарий", "-Ваш адрес email не будет опубликован. Обязательные поля помечены *",
         "-Комментарий *", "-Имя *", "-Email *", "-Отправить комментарий"],
        ["-© 2025 НовостиДня24. Все права защищены. При копировании ссылка на сайт обязательна."],
    ])),
    ("ru-pikabu-repost", _page("ru", "ru-pikabu-repost", [
        ["-Пикабу", "-Горячее", "-Лучшее", "-Свежее"],
        ["+В Москве продлили работу ночных автобусов до конца года"],
        ["-Bogdan.K", "-2 часа назад"],
        ["+Дептранс сообщил, что пилотный проект ночных автобусных маршрутов продлен до 31 декабря. "
         "Изначально он должен был завершиться в конце марта."],
        ["+Сейчас по ночам работают 14 маршрутов, интервал движения составляет от 15 до 30 минут. "
         "За три месяца ими воспользовались около 600 тысяч пассажиров."],
        ["+Самые загруженные маршруты:",
         "+Н1 — от Шереметьево до центра",
         "+Н8 — от метро «Выхино» до Жулебино",
         "+Н12 — по Садовому кольцу"],
        ["+В департаменте добавили, что по итогам проекта часть маршрутов может стать постоянной."],
        ["-Новости", "-Москва", "-Транспорт", "-Автобус"],
        ["-+412", "-32 комментария", "-Поделиться"],
        ["-Лучшие", "-Актуальные", "-Новые"],
        ["-Dizelist_77", "-1 час назад", "-+87",
         "-Наконец-то, а то на такси после смены половина зарплаты уходила.",
         "-Ответить", "-раскрыть ветку (5)"],
        ["-SergeyNsk", "-45 минут назад", "-+21",
         "-У нас в Новосибирске про такое только мечтают.", "-Ответить"],
        ["-Показать все комментарии"],
        ["-Пикабу в приложении", "-© 2009–2025 Пикабу"],
    ])),
])


_LINE_XFAIL: dict[str, str] = {}  # the three missed lines go since round 21
_KEEP_XFAIL: dict[str, str] = {}  # both lost keep lines are kept since round 21
_PAGE_XFAIL: dict[str, str] = {
    "en-fox-liveblog": "a live blog: the times over the three entries (2:41 PM, 1:58 PM, 12:20 PM "
                       "EDT) are kept as the article's (since round 21 no entry is lost)",
}


test_held_out_22_line, test_held_out_22_line_is_kept, test_held_out_22_page = held_out_tests(
    HELD_OUT_22_LINES, HELD_OUT_22_KEEP, HELD_OUT_22_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
