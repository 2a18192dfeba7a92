"""Held-out set 11: noise lines, keep lines and ten whole scraped pages, written blind.

Protocol: written in round 11 without reading the cleaner (src/spinscope/ingest/), the noise
lists of tests/noisy_corpus.py, tests/test_clean_pages.py or any earlier held-out list; the lines
are written from memory of how real sites print them (WordPress, Blogger, Substack, Medium, Ghost,
Disqus, Telegram/VK, agencies, news sites, aggregators), in en/fr/de/it/pl/ru, and the pages are
invented political articles with a realistic head and tail on ten different platform styles.
Measured once against the frozen cleaner of commit 86997f4 (the start of round 11); every case
that failed there is a strict xfail, so a rule that makes it pass shows as XPASS(strict).
Baseline, measured 2026-12-01 against the frozen cleaner (worktree at commit 86997f4):
    SPINSCOPE_DATA=/work/shared/data PYTHONPATH=src python -m pytest -q tests/test_clean_held_out_11.py -rA
- noise lines removed 48 of 55: marker 8/9, reading-time 7/7, byline 7/8, footer 8/8, comments 7/7,
  share 6/6, notice 5/6, other 0/4 (the issue's named categories: 48 of 51);
- keep lines kept 20 of 20;
- whole pages passed 4 of 10 (de-agency, fr-regional, pl-portal, ru-telegram), with 24 of 405 page
  noise lines left in and no paragraph lost: en-msn 11 of 52, fr-blogger 5 of 33, it-contentfarm
  4 of 36, de-ghost 2 of 35, en-medium 1 of 54, it-wordpresscom 1 of 39.

After round 11 (rules developed on HELD_OUT_10 and tests/test_clean_pages.py; this file was not
opened by the developer), measured once on 2026-12-01 at commit e9fd5db:
- noise lines removed 48 of 55, unchanged (the seven misses: a sponsor label above the title, a
  French one-sentence author bio and paywall notice after the last paragraph, a currency ticker, a
  weather widget, a reader poll, a video-player label);
- keep lines kept 20 of 20;
- whole pages passed 5 of 10 (it-wordpresscom now too), with 19 of 405 page noise lines left in
  (fr-blogger 5 -> 1, it-wordpresscom 1 -> 0) and no paragraph lost.
This set has been measured after its round and its misses read: it is development data for the
next round, which needs a new held-out set for its figure.

Development since round 12 (rules written against this file's misses; no longer a held-out figure):
- pages: 5 -> 10 of 10 pass (de-ghost, fr-blogger, it-contentfarm, en-medium, en-msn now plain
  cases), page noise lines left 19 -> 0 of 405, no paragraph lost;
  rules: after the article's last paragraph, a block (lines without a blank line between them) of
  short lines that is half or more the page's noise is a widget, its other short lines go too; a
  colon header over two or more headlines with noise under it is a related list; under the title
  and above the body, a short non-sentence between two noise lines of such a block goes; a
  headline alone in its block right above the body is the title, and blocks of two or more short
  labels above it go once a line of the head is noise (MSN's menu, source name and "Story by");
- lines: 48 -> 51 of 55 (the currency ticker, the weather widget and the reader poll now plain
  cases; rules on data widgets, not wordings: a temperature in a short line that ends no sentence;
  a price change with an arrow or sign and a percent in a short line without a lower-case word; a
  question followed by a row of answers split by "/"), then 51 -> 53 (the sponsor label: a
  qualifier before "partner content"; the video-player label: a player's label with a colon, six
  languages); keep lines 20 of 20. Left: the French one-sentence author bio and paywall notice
  (a bare "<Name> est journaliste ..." or "Cet article est réservé ..." also reads as the
  article's own last sentence).

Development since round 13: lines 53 -> 55 of 55 (both now plain cases), keep lines 20 of 20,
pages 10 of 10. Rules: after the article's last sentence, a one-sentence bio that opens with a
name, a copula and within four words a writer's role (a closed class of role nouns, six
languages) is an author bio; a line of one or two short sentences with a subscriber word and the
page named or a call to action is the site's notice.
"""
from __future__ import annotations

import pytest

from noisy_corpus import page_from_blocks as _page
from test_clean import _held_out, _insert, _problems


HELD_OUT_11_LINES = [
    # marker
    ("head", "[ad_2]", "marker"),
    ("tail", "Original source: Reuters", "marker"),
    ("body", "ADVERTISEMENT - SCROLL TO CONTINUE", "marker"),
    ("head", "Paid Partner Content", "marker"),
    ("body", "PUBLICITÉ", "marker"),
    ("body", "Anzeige", "marker"),
    ("tail", "Fonte: ANSA", "marker"),
    ("body", "REKLAMA", "marker"),
    ("tail", "Источник: ТАСС", "marker"),
    # reading-time
    ("head", "4 min read · Mar 3, 2024", "reading-time"),
    ("head", "Updated 2 hours ago", "reading-time"),
    ("head", "Publié le 12/03/2024 à 18h45, mis à jour à 19h02", "reading-time"),
    ("head", "Lesezeit: 3 Min.", "reading-time"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("head", "Czas czytania: ok. 5 min.", "reading-time"),
    ("head", "14:32, 5 марта 2024 · 1 245 просмотров", "reading-time"),
    # byline
    ("head", "By Sarah Whitcombe, Political Correspondent", "byline"),
    ("tail", "My new book, The Quiet Majority, is out now from all good booksellers.", "byline"),
    ("head", "Par Jean-Baptiste Morel (avec AFP)", "byline"),
    ("tail", "Hélène Durand est journaliste indépendante, spécialiste des questions européennes.", "byline"),
    ("head", "Von Katrin Hoffmann, Berlin", "byline"),
    ("head", "di Marco Bellini", "byline"),
    ("head", "Autor: Tomasz Wiśniewski", "byline"),
    ("head", "Автор: Игорь Соколов", "byline"),
    # footer
    ("tail", "Filed Under: Politics, Elections", "footer"),
    ("tail", "© 2024 The Daily Ledger. All rights reserved.", "footer"),
    ("tail", "Proudly powered by WordPress | Theme: Astra", "footer"),
    ("tail", "À lire aussi", "footer"),
    ("tail", "Mehr zum Thema", "footer"),
    ("tail", "Articoli correlati", "footer"),
    ("tail", "Czytaj także:", "footer"),
    ("tail", "Читайте также:", "footer"),
    # comments
    ("tail", "12 Responses to “Budget vote”", "comments"),
    ("tail", "Commentaires (4)", "comments"),
    ("tail", "Kommentar verfassen Antworten abbrechen", "comments"),
    ("tail", "Lascia un commento", "comments"),
    ("tail", "Dodaj komentarz", "comments"),
    ("tail", "Комментарии (7)", "comments"),
    ("tail", "Log in to Reply", "comments"),
    # share
    ("tail", "Share this article", "share"),
    ("tail", "Partager sur Facebook", "share"),
    ("tail", "Auf Facebook teilen", "share"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("tail", "Поделиться в ВКонтакте", "share"),
    # notice
    ("tail", "Sign up for our free politics newsletter, delivered every weekday morning.", "notice"),
    ("tail", "Cet article est réservé aux abonnés.", "notice"),
    ("tail", "Unterstützen Sie unabhängigen Journalismus – jetzt spenden!", "notice"),
    ("tail", "Iscriviti alla newsletter", "notice"),
    ("tail", "Pobierz aplikację Onet i czytaj wiadomości na bieżąco", "notice"),
    ("tail", "Подписывайтесь на наш канал в Telegram", "notice"),
    # other
    ("head", "EUR/USD 1.0842 ▲0.12%", "other"),
    ("head", "Weather: London 14°C, light rain", "other"),
    ("body", "Poll: Should the council approve the plan? Yes / No", "other"),
    ("body", "Now playing: Prime Minister's Questions highlights", "other"),
]

HELD_OUT_11_KEEP = [
    ("tail", "The minister did not respond to a request for comment."),
    ("tail", "The count continues"),
    ("tail", "“We will not back down,” she said."),
    ("head", "LONDON (Reuters) -"),
    ("tail", "The party plans to share its manifesto with members next week."),
    ("tail", "The newsletter that first reported the leak has since been shut down."),
    ("head", "PARIS, 12 mars (AFP) -"),
    ("tail", "Le gouvernement n'a pas souhaité faire de commentaire."),
    ("tail", "« Nous irons jusqu'au bout », a-t-il conclu."),
    ("tail", "Die Abstimmung ist für Donnerstag angesetzt."),
    ("body", "Streit um die Schuldenbremse"),
    ("tail", "Il voto è atteso per la prossima settimana"),
    ("tail", "«Non ci sono alternative», ha detto il premier."),
    ("head", "ROMA, 5 marzo -"),
    ("tail", "Sprawą zajmie się prokuratura."),
    ("tail", "– Nie ustąpimy – zapowiedział poseł."),
    ("tail", "Решение вступит в силу с 1 апреля."),
    ("tail", "«Мы продолжим работу», — заявил депутат."),
    ("tail", "Critics say the advertising ban will follow next year."),
    ("tail", "Readers can follow the hearing live on the parliament's website."),
]


HELD_OUT_11_PAGES = {
    "en-medium": ("en", _page("en-medium", [
        ["-Open in app", "-Sign up", "-Sign in", "-Write"],
        ["+The Opposition Has Forgotten How to Oppose"],
        ["+A former staffer on why Westminster's second party keeps losing the argument"],
        ["-Daniel Okafor", "-Follow", "-Published in Political Animal", "-6 min read", "-Feb 19, 2024",
         "-1.2K", "-23"],
        ["+For the third time in a year, the opposition front bench abstained on a vote it had "
         "spent weeks denouncing in the press."],
        ["+I worked for two shadow ministers between 2019 and 2022, and I watched the same pattern "
         "repeat: a bold statement on Monday, a cautious briefing on Wednesday and silence by the "
         "time the division bell rang."],
        ["+The official explanation is always tactical. Voters, we are told, punish parties that "
         "look divided, and an abstention keeps the backbenches quiet."],
        ["+But the polling the party commissioned itself last autumn told a different story: "
         "people who had stopped voting for it said they no longer knew what it stood for."],
        ["+Opposition is not a waiting room for government. It is a job, and right now nobody is "
         "doing it."],
        ["-Politics", "-UK Politics", "-Parliament", "-Opinion"],
        ["-1.2K", "-23", "-Written by Daniel Okafor", "-840 Followers",
         "-Former parliamentary researcher. Writing about power, policy and the people who "
         "pretend to understand both.", "-Follow"],
        ["-More from Daniel Okafor and Political Animal",
         "-Why Local Elections Still Matter More Than You Think",
         "-The Lobby Rules Nobody Talks About", "-See all from Daniel Okafor"],
        ["-Responses (23)", "-What are your thoughts?",
         "-Margaret Lyle", "-Feb 20, 2024",
         "-Spot on. I left the party in 2021 for exactly this reason.", "-45", "-Reply",
         "-T. Brennan", "-Feb 20, 2024",
         "-Easy to say from outside. Try holding a coalition of voters together.", "-12",
         "-1 reply", "-Reply",
         "-Priya S.", "-Feb 21, 2024", "-Great read, sharing with my whole team.", "-3", "-Reply",
         "-See all responses"],
        ["-Help", "-Status", "-About", "-Careers", "-Press", "-Blog", "-Privacy", "-Terms",
         "-Text to speech", "-Teams"],
    ])),
    "en-msn": ("en", _page("en-msn", [
        ["-Skip to main content", "-MSN", "-Search the web", "-News", "-Politics", "-US"],
        ["-The Hill", "-Story by Rachel Kim", "-• 3h • 2 min read"],
        ["+Senate panel advances border funding bill after late-night deal"],
        ["+A Senate committee voted 15-12 early Thursday to send a $14 billion border security "
         "package to the full chamber, after negotiators agreed to drop a provision on asylum "
         "processing."],
        ["+The deal came after nearly nine hours of talks between committee leaders, who said the "
         "remaining disputes could be settled on the floor."],
        ["+“This is not the bill either side wanted, but it is a bill that can pass,” the "
         "committee chair told reporters outside the hearing room."],
        ["+Several senators from both parties said they would seek amendments, and the majority "
         "leader has not said when the package will be brought to a vote."],
        ["-Continue reading", "-Show full articles without \"Continue Reading\" button for 0 hours."],
        ["-Related video: Senators react to border deal (NBC News)", "-Video Player is loading.",
         "-Play Video", "-Duration 2:14", "-Loaded: 0%"],
        ["-Like", "-Dislike", "-142", "-Comments", "-Share"],
        ["-Sponsored Content", "-Doctors Stunned: This Simple Trick Lowers Blood Sugar (Try Tonight)",
         "-Health Insider", "-Ad"],
        ["-Conversation (38)", "-Join the conversation", "-Sort by: Best",
         "-JimR_1958", "-2h", "-Another bill nobody read.", "-Reply", "-12",
         "-Sandra Lopez", "-3h", "-At least they agreed on something for once.", "-Reply", "-7",
         "-Kevin M", "-3h", "-Wait until the House gets it.", "-Reply", "-4",
         "-Show more comments"],
        ["-More for You", "-Feedback", "-© 2024 Microsoft", "-Privacy & Cookies",
         "-Your Privacy Choices", "-Consumer Health Privacy", "-Terms of use", "-Advertise"],
    ])),
    "fr-regional": ("fr", _page("fr-regional", [
        ["-Accueil", "-Bretagne", "-Rennes", "-Politique"],
        ["-Abonnez-vous à partir de 1 € le premier mois"],
        ["+Rennes : la majorité municipale se divise sur le budget des transports"],
        ["-Ouest Radar", "-Par Lucie Gallo", "-Publié le 14/03/2024 à 06h30",
         "-Écouter cet article", "-Offrir cet article"],
        ["+Le conseil municipal de Rennes a adopté lundi soir son budget 2024, mais une partie de "
         "la majorité a voté contre la hausse des tarifs du métro."],
        ["+Six élus écologistes ont rompu avec la consigne de vote, estimant que la hausse de 8 % "
         "pèserait d'abord sur les ménages modestes."],
        ["+« Nous ne sommes pas là pour faire de la figuration », a lancé leur président de groupe "
         "pendant la séance, qui a duré plus de cinq heures."],
        ["+La maire a minimisé l'incident et rappelé que le budget avait été adopté à une large "
         "majorité grâce aux voix du centre."],
        ["+L'opposition de droite a annoncé qu'elle déposerait un recours devant le tribunal "
         "administratif."],
        ["-Rennes", "-Conseil municipal", "-Transports en commun"],
        ["-Facebook", "-Twitter", "-Linkedin", "-Envoyer par mail", "-Copier le lien"],
        ["-Vous souhaitez réagir à cet article ?",
         "-Recevez chaque matin l'essentiel de l'actualité de votre département",
         "-Je m'inscris"],
        ["-Les commentaires sont modérés avant publication.", "-Réactions (5)",
         "-Breizh35", "-le 14/03/2024 à 08h12",
         "-Toujours les mêmes qui paient.", "-Répondre", "-Signaler",
         "-Anne-Marie L.", "-le 14/03/2024 à 09h40",
         "-Il faudrait surtout plus de bus le soir.", "-Répondre", "-Signaler",
         "-citoyen_rennais", "-le 14/03/2024 à 11h05",
         "-Bravo aux six élus qui ont eu du courage.", "-Répondre", "-Signaler"],
        ["-Dans la même rubrique", "-Brest : le maire candidat à sa succession",
         "-Lorient : la piscine fermée jusqu'en juin"],
        ["-Mentions légales", "-Gestion des cookies", "-Conditions générales de vente",
         "-© Ouest Radar 2024"],
    ])),
    "fr-blogger": ("fr", _page("fr-blogger", [
        ["-Le Carnet d'un Citoyen", "-Réflexions sur la vie publique, sans langue de bois",
         "-Accueil", "-Qui suis-je ?", "-Contact"],
        ["-mardi 5 mars 2024"],
        ["+Retraites : le débat qu'on ne veut pas avoir"],
        ["+Encore une fois, la réforme des retraites revient sur la table, et encore une fois, le "
         "débat se résume à un chiffre : l'âge de départ."],
        ["+Personne ne parle des carrières hachées, des femmes qui ont élevé des enfants, ni des "
         "métiers qui usent le corps bien avant soixante ans."],
        ["+Le gouvernement promet une concertation. Les syndicats promettent la rue. On connaît la "
         "suite."],
        ["+Et si, pour une fois, on commençait par demander aux gens ce qu'ils attendent de leur "
         "retraite ?"],
        ["-Publié par Gérard L.", "-à 21:14", "-3 commentaires"],
        ["-Envoyer par e-mail", "-BlogThis!", "-Partager sur X", "-Partager sur Pinterest"],
        ["-Libellés : politique, retraites, société"],
        ["-3 commentaires :",
         "-Martine B. 6 mars 2024 à 08:22",
         "-Entièrement d'accord, surtout sur les carrières des femmes.", "-Répondre",
         "-Anonyme 6 mars 2024 à 10:47", "-Facile à dire quand on est déjà retraité...",
         "-Répondre",
         "-Paul Vidal 7 mars 2024 à 19:03", "-Merci Gérard, toujours aussi juste.", "-Répondre"],
        ["-Ajouter un commentaire", "-Article plus récent", "-Article plus ancien", "-Accueil",
         "-Inscription à : Publier les commentaires (Atom)"],
        ["-Archives du blog", "-► 2024 (12)", "-► 2023 (41)",
         "-Thème Simple. Fourni par Blogger."],
    ])),
    "de-ghost": ("de", _page("de-ghost", [
        ["-Politik vor Ort", "-Start", "-Über uns", "-Archiv", "-Abonnieren"],
        ["-Landespolitik"],
        ["+Warum die Grundsteuer-Reform die Kommunen spaltet"],
        ["-Jonas Berger", "-12. März 2024", "-— 5 Min. Lesezeit"],
        ["+Ab Januar gilt die neue Grundsteuer, und in vielen Rathäusern wird derzeit hektisch "
         "gerechnet."],
        ["+Die Länder hatten versprochen, dass die Reform aufkommensneutral bleibt. Doch ob das "
         "gelingt, hängt an den Hebesätzen, die jede Gemeinde selbst festlegt."],
        ["+In Städten mit vielen Altbauten drohen deutliche Mehrbelastungen, während Eigentümer in "
         "Neubaugebieten teils entlastet werden."],
        ["+Der Städtetag fordert deshalb eine Übergangsregelung, das Finanzministerium lehnt das "
         "bislang ab."],
        ["+Für die Bürgermeister ist das ein politisches Risiko: Jede Erhöhung wird ihnen "
         "zugerechnet, nicht dem Gesetzgeber."],
        ["-Melde dich für den Newsletter an", "-Jeden Freitag die wichtigsten Entscheidungen aus "
         "dem Landtag in dein Postfach.", "-E-Mail-Adresse", "-Abonnieren",
         "-Check your inbox to confirm your subscription"],
        ["-Jonas Berger",
         "-Jonas Berger schreibt seit 2015 über Landes- und Kommunalpolitik.",
         "-Alle Beiträge anzeigen"],
        ["-Kommentare", "-Mitglied werden, um zu kommentieren",
         "-Sabine K.", "-13. März 2024",
         "-Bei uns soll der Hebesatz um 40 Prozent steigen. Unfassbar.",
         "-Thomas W.", "-13. März 2024", "-Danke für die klare Einordnung!",
         "-Ralf Meier", "-14. März 2024",
         "-Aufkommensneutral war von Anfang an ein leeres Versprechen."],
        ["-Weiterlesen", "-Kreistag stimmt für Klinikfusion",
         "-Wer zahlt für den Nahverkehr auf dem Land?"],
        ["-Politik vor Ort © 2024", "-Impressum", "-Datenschutz", "-Powered by Ghost"],
    ])),
    "de-agency": ("de", _page("de-agency", [
        ["-Startseite", "-Nachrichten", "-Politik", "-Deutschland"],
        ["-dpa-AFX", "-Aktualisiert am 07.03.2024, 15:48 Uhr"],
        ["+Ampel einigt sich auf Eckpunkte für Rentenpaket"],
        ["+BERLIN (dpa) - Die Spitzen der Koalition haben sich nach monatelangem Streit auf "
         "Eckpunkte für ein neues Rentenpaket verständigt."],
        ["+Das Rentenniveau soll bis 2039 bei 48 Prozent gehalten werden, finanziert unter anderem "
         "durch einen kapitalgedeckten Fonds."],
        ["+Die Opposition kritisierte die Pläne als unbezahlbar. Die Union kündigte an, im "
         "Bundesrat Widerstand zu leisten."],
        ["+Der Gesetzentwurf soll noch vor der Sommerpause vom Kabinett beschlossen werden."],
        ["-© dpa-infocom, dpa:240307-99-123456/3"],
        ["-Weitere Nachrichten", "-Scholz verteidigt Haushaltsplan im Bundestag",
         "-Grüne fordern schnellere Wärmewende", "-Mehr Nachrichten aus Politik"],
        ["-Teilen", "-Per E-Mail versenden", "-Link kopieren"],
        ["-Kommentare (4)", "-Netiquette",
         "-Wolfgang_H", "-07.03.2024 16:02", "-Und wer soll das bezahlen? Die Jungen.",
         "-Antworten", "-Melden",
         "-Lena83", "-07.03.2024 16:30", "-Endlich mal eine Einigung.", "-Antworten", "-Melden",
         "-Peter Krause", "-07.03.2024 17:11", "-48 Prozent reichen hinten und vorne nicht.",
         "-Antworten", "-Melden",
         "-Ihr Kommentar", "-Kommentar absenden"],
        ["-Wir verwenden Cookies und ähnliche Technologien.", "-Einstellungen", "-Akzeptieren"],
        ["-Impressum", "-Datenschutz", "-AGB", "-Kontakt", "-Mediadaten"],
    ])),
    "it-wordpresscom": ("it", _page("it-wordpresscom", [
        ["-Vai al contenuto", "-Il Taccuino Politico", "-Appunti sulla politica italiana",
         "-Home", "-Chi sono", "-Contatti"],
        ["+Autonomia differenziata, il Sud chiede garanzie"],
        ["-Pubblicato il 8 marzo 2024 da Giulia Ferraro", "-3 commenti"],
        ["+Il disegno di legge sull'autonomia differenziata è tornato alla Camera tra le proteste "
         "delle regioni meridionali."],
        ["+I presidenti di Campania e Puglia chiedono che i livelli essenziali delle prestazioni "
         "siano finanziati prima di qualsiasi trasferimento di competenze."],
        ["+Il governo sostiene che il testo contenga già tutte le garanzie necessarie e che i "
         "tempi siano maturi per il voto finale."],
        ["+Le opposizioni hanno annunciato centinaia di emendamenti e non escludono un referendum "
         "abrogativo."],
        ["-Condividi:", "-Facebook", "-X", "-WhatsApp", "-Telegram", "-E-mail"],
        ["-Mi piace:", "-Mi piace Caricamento..."],
        ["-Categorie: Politica", "-Tag: autonomia, regioni, Camera"],
        ["-Navigazione articoli", "-← Il premierato alla prova del Senato",
         "-Elezioni europee: le liste →"],
        ["-3 pensieri su “Autonomia differenziata, il Sud chiede garanzie”",
         "-Antonio R. ha detto:", "-9 marzo 2024 alle 10:15",
         "-Finalmente qualcuno che ne parla con equilibrio.", "-Rispondi",
         "-Francesca M. ha detto:", "-9 marzo 2024 alle 12:40",
         "-Il referendum sarebbe l'unica strada.", "-Rispondi",
         "-Luca ha detto:", "-10 marzo 2024 alle 18:02", "-Ottimo articolo, grazie.",
         "-Rispondi"],
        ["-Lascia un commento Annulla risposta",
         "-Il tuo indirizzo email non sarà pubblicato.",
         "-Sito realizzato con WordPress.com.", "-Segui", "-Iscriviti"],
    ])),
    "it-contentfarm": ("it", _page("it-contentfarm", [
        ["-NotizieOggi24", "-Ultim'ora", "-Politica", "-Cronaca", "-Gossip", "-Sport"],
        ["-Home » Politica » Governo"],
        ["+Manovra, scontro nella maggioranza sul taglio del cuneo fiscale"],
        ["-Redazione", "-11 Marzo 2024", "-0 commenti", "-Visualizzazioni: 3.412"],
        ["+Nuove tensioni nella maggioranza sulla manovra: Lega e Forza Italia non trovano "
         "l'accordo sulla proroga del taglio del cuneo fiscale."],
        ["+Il ministro dell'Economia ha ribadito che le risorse sono limitate e che ogni misura "
         "dovrà essere coperta."],
        ["+Secondo fonti parlamentari, un vertice di maggioranza è previsto per giovedì a Palazzo "
         "Chigi."],
        ["+Dall'opposizione, il Partito democratico parla di «caos totale» e chiede che il "
         "governo riferisca in aula."],
        ["-Ti potrebbe interessare anche:", "-Bonus 2024, ecco chi può richiederlo",
         "-Pensioni, le novità di aprile"],
        ["-Seguici su Google News", "-Unisciti al nostro canale WhatsApp"],
        ["-Commenti", "-Marisa61", "-11 Marzo 2024 alle 14:20", "-Sempre le solite liti.",
         "-Giorgio P.", "-11 Marzo 2024 alle 15:03", "-E intanto i prezzi salgono.",
         "-Daniele", "-12 Marzo 2024 alle 09:17", "-Articolo scritto male.",
         "-Scrivi un commento", "-Nome *", "-Email *", "-Pubblica il commento"],
        ["-Contenuti sponsorizzati da Taboola",
         "-Il trucco giapponese per dimagrire che sta facendo impazzire l'Italia"],
        ["-NotizieOggi24 è una testata non registrata. P.IVA 01234567890",
         "-Privacy Policy", "-Cookie Policy", "-Chi siamo"],
    ])),
    "pl-portal": ("pl", _page("pl-portal", [
        ["-Wiadomości", "-Kraj", "-Polityka"],
        ["+Sejm przyjął ustawę o mediach publicznych. Opozycja zapowiada skargę"],
        ["-Anna Zielińska", "-Dziennikarka Onetu", "-12 marca 2024, 19:20", "-Ten tekst "
         "przeczytasz w 3 minuty"],
        ["-Udostępnij", "-Skomentuj"],
        ["+Sejm przyjął w środę ustawę o mediach publicznych. Za głosowało 240 posłów, przeciw "
         "było 198, a 5 wstrzymało się od głosu."],
        ["+Ustawa przewiduje nowy sposób wyboru władz publicznego nadawcy i likwidację Rady "
         "Mediów Narodowych."],
        ["+Posłowie opozycji zapowiedzieli skierowanie ustawy do Trybunału Konstytucyjnego. – To "
         "zamach na niezależność mediów – mówił jeden z nich z mównicy."],
        ["+Minister kultury odpowiadał, że nowe przepisy przywracają zgodność z orzecznictwem "
         "europejskim."],
        ["+Ustawą zajmie się teraz Senat."],
        ["-Źródło: Onet, PAP"],
        ["-Tematy:", "-Sejm", "-media publiczne", "-ustawa"],
        ["-Masz ciekawy temat? Napisz do nas: listy@onet.pl"],
        ["-Komentarze (214)", "-Zaloguj się, aby skomentować",
         "-jan_kowalski", "-12.03.2024 19:45", "-Nareszcie!", "-Odpowiedz", "-12", "-3",
         "-Bogdan77", "-12.03.2024 20:01", "-Trybunał i tak to zablokuje.", "-Odpowiedz",
         "-Ewa_z_Krakowa", "-12.03.2024 20:15", "-Zobaczymy, co zrobi prezydent.",
         "-Odpowiedz", "-Pokaż więcej komentarzy"],
        ["-Najnowsze", "-Premier o budżecie: nie będzie podwyżek podatków",
         "-Wybory samorządowe. Ostatni dzień kampanii"],
        ["-© 2024 Ringier Axel Springer Polska sp. z o.o.", "-Regulamin", "-Polityka prywatności",
         "-Ustawienia prywatności"],
    ])),
    "ru-telegram": ("ru", _page("ru-telegram", [
        ["-Политика без прикрас", "-@politika_bez_prikras", "-84.2K subscribers",
         "-View in Telegram"],
        ["+Госдума приняла закон о выборах в первом чтении"],
        ["+Госдума в среду приняла в первом чтении поправки в закон о выборах, которые отменяют "
         "голосование по открепительным удостоверениям."],
        ["+За законопроект проголосовали 312 депутатов, против — 52."],
        ["+В оппозиции заявляют, что поправки затруднят голосование для студентов и тех, кто "
         "работает вахтовым методом."],
        ["+Второе чтение запланировано на апрель."],
        ["-👍 1.4K", "-🔥 230", "-👎 95", "-18.6K views", "-edited 14:05"],
        ["-#выборы #госдума"],
        ["-Подписаться на канал", "-Предложить новость: @pbp_feedback_bot"],
        ["-Комментарии", "-Андрей П.", "-5 мар в 14:12", "-Опять всё решили без нас.",
         "-Ответить", "-Ольга Смирнова", "-5 мар в 14:30", "-А что со вторым чтением?",
         "-Ответить", "-Dmitry_77", "-5 мар в 15:02", "-Ожидаемо.", "-Ответить"],
        ["-Preview channel", "-Join", "-If you have Telegram, you can view and join Политика без "
         "прикрас right away.", "-Download Telegram"],
        ["-Telegram", "-a new era of messaging"],
    ])),
}


# Cases that failed at the baseline (frozen cleaner of commit 86997f4): strict xfails.
_LINE_MISSES: dict[str, str] = {}  # every line passes since round 13

_PAGE_MISSES: dict[str, str] = {}  # every page passes since round 12


def _line_params():
    for where, line, category in HELD_OUT_11_LINES:
        marks = [_held_out(_LINE_MISSES[line])] if line in _LINE_MISSES else []
        yield pytest.param(where, line, category, marks=marks)


@pytest.mark.parametrize("where, line, category", list(_line_params()))
def test_held_out_11_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", HELD_OUT_11_KEEP)
def test_held_out_11_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[_held_out(_PAGE_MISSES[name])] if name in _PAGE_MISSES else [])
    for name in sorted(HELD_OUT_11_PAGES)])
def test_held_out_11_page(name):
    lang, case = HELD_OUT_11_PAGES[name]
    assert _problems(case, lang) == []
