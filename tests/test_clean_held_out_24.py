"""Held-out set 24: written blind, weighted toward whole scraped pages in layouts sets 22 and 23 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py
and the lists and pages of held-out sets 10 to 23) nor ``git log``; only the helpers ``_problems``,
``_insert``, ``_held_out``, ``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with
``inspect.getsource``), the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py,
the same way), the docstring of held-out set 23, its imports, its ``_page`` helper and its last
lines (``_marks``, the xfail tables and the three test functions, printed from ``def _marks`` on)
and scripts/clean_held_out_report.py were read. Slips: (1) ``ls tests`` listed the names (not the
contents) of the test files; (2) ``ls /tmp/wt-s24/tests | grep -c held_out`` printed a count of
files (15), nothing else; (3) set 23's docstring, which was allowed, names the openings of the
English fixture's sentences and set 23's missed lines, so keep lines opening with those words were
avoided rather than written. ``git worktree add`` was run with its output discarded, so no commit
subject was seen; the English fixture was not printed. Nothing below was copied from any file of
the repository. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles and every person, company, paper, broadcaster, association,
university and parish in them are invented. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s24 at commit 69a153e) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Before the measurement the page table, first built
keyed by language by mistake, was keyed by page name, and ru-dzen-blog was given two more noise
lines (a "you may also like" box) to reach 20; nothing was changed after it but the xfail tables
and this docstring. One judgement call: in it-editoriale-rettifica the editor's disclaimer and the
correction notice printed after the column are counted as noise (editorial notices, not the
columnist's text).

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 272 noise lines (20 to 29 a page) and 129 article lines:
en-podcast-transcript (a podcast episode page: site menu, date-and-duration line, audio player
controls and "Listen on" links, show notes with a bullet list kept as article, a transcript
toggle and an automatic-transcript notice, speaker-labelled transcript turns in capitals kept as
article, a sponsor message between turns, production credits, subscribe plug, share/embed, more
episodes, footer), en-sports-score-table (a football report: section menu, a score widget with
"FT", byline and timestamp, a betting ad, a "Match facts" box with goals/attendance/referee and
league-table rows kept as article, player-ratings/highlights/related links, share bar, app-store
badges), en-tabloid-read-more (a tabloid story with a capitalised headline and lead, inline
"READ MORE:" links between paragraphs, a rules list, an ad label, a tip-line prompt, a newsletter
box with its privacy sentence, a numbered "MOST READ" box, comments prompt, topics line),
fr-ministere-communique (a ministry press release: skip links, state header, breadcrumb lines,
"Publié le", a dash list and a subheading, PDF download link, press contact, share bar, "Haut de
page", government links, legal footer and licence line), fr-ong-petition (an NGO petition page:
donate/act menu, signature counter and goal, a signature form with field labels, consent box and
data-protection sentence between paragraphs, a numbered list of demands, a pull quote, a share
prompt, a tax-deduction line), de-sender-schlagwoerter (a public broadcaster page: channel menu,
"Stand:" line, teaser kept as article, author line, audio player and download, a subheading and
dash list, a photo-gallery link, "Dieses Thema im Programm", keyword tags, more regional news,
footer), de-epaper-textansicht (an e-paper text view: edition/date/page header, article
navigation, text/original view and font-size controls, headline and subtitle, author in
capitals, a dateline in the first paragraph, chronology rows, photo credit, "Fortsetzung auf
Seite 15", article tools, publisher copyright), it-editoriale-rettifica (an opinion column:
opinion menu, kicker, byline/date/reading-time/listen lines, an ad label, a subheading with a
dash list, a "LEGGI ANCHE" box, editor's disclaimer, correction notice, author bio, topics,
newsletter plug, share/comment, company line), it-ateneo-notizie (a university news page:
university header, menu, breadcrumb, publication date and department, a list of team members,
attachments, press office contact, share line, address/tax-code footer and legal links),
pl-wykop-repost (a link-aggregator repost: site menu, vote counter "+412" and button, source
domain, submitter and age, hashtags, the reposted article with salary rows and a dash-quoted
speaker, bury/follow/share buttons, comment sort, one comment with its score, "show all
comments"), ru-dzen-blog (a blog-platform post: platform header, channel name with subscriber
count and subscribe button, date and "read by" line with minutes, a subheading, a "Читайте
также" link, an em-dash list and a quote, a like-and-subscribe plea, reactions and counters,
comment sort, a "you may also like" box, platform footer) and ru-prihod-novosti (a parish news
page: parish header, menu, publication date and view count, a service-schedule widget between
paragraphs, fundraising rows, donate buttons, print version, share bar, previous/next news,
copyright with a reuse notice); every page holds a list, subheading, pull quote or table-like
rows in the article.

Baseline (2026-12-02, cleaner at commit 69a153e, measured with
``cd /tmp/wt-s24 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s24/src python -m pytest
-q tests/test_clean_held_out_24.py -rA -p no:cacheprovider`` (17 failed, 60 passed) and
``cd /tmp/wt-s24 && PYTHONPATH=/tmp/wt-s24/src python scripts/clean_held_out_report.py --sets 24``,
with the xfail tables empty): noise lines removed 41/45 (marker 7/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 4/6, share 5/5, notice 3/5, other 3/3; missed: an English affiliate-link
disclosure, a German "Zu den Kommentaren (23)" link, a Polish "Pokaż komentarze (17)" button and
the Russian foreign-agent label in capitals); keep lines kept 19/20 (lost: a French sentence
opening "Publié en 1998," in the body); pages 0/12 clean, 26 of 272 page noise lines left, 9
paragraphs lost (all on en-sports-score-table): en-podcast-transcript 4 (transcript toggle,
automatic-transcript notice, sponsor message, production credits), en-sports-score-table 1 (the
betting ad) and 9 article lines lost (from the "Match facts" box to the end of the article),
en-tabloid-read-more 2 (tip-line prompt, newsletter privacy sentence), fr-ministere-communique 1
(the PDF download link), fr-ong-petition 8 (five form lines, the data-protection sentence, the
share prompt, the tax-deduction line), de-sender-schlagwoerter 1 (the photo-gallery link),
de-epaper-textansicht 1 (the font-size control), it-editoriale-rettifica 2 (the editor's
disclaimer and the correction), it-ateneo-notizie 1 (the university name as header),
pl-wykop-repost 1 (the hashtag line), ru-dzen-blog 1 (the like-and-subscribe plea),
ru-prihod-novosti 3 (the service-schedule widget). The failing cases are strict xfails.

Still held out after session 12's round 22 (developed on set 23 only; the lead saw only this
docstring and the xfail reasons): measured once at ffda69f with ``python
scripts/clean_held_out_report.py --sets 24`` and ``pytest tests/test_clean_held_out_24.py``: noise
lines 41 -> 42/45 (the English affiliate-link disclosure now removed), keep lines 19 -> 20/20 (the
French "Publié en 1998, ..." sentence now kept), pages 0/12 clean as before, 26 of 272 page noise
lines left as before, 9 article lines of en-sports-score-table still lost. The two strict xfails
that started passing were removed; nothing else changed.

Round 23 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 24`` at d2d4485 (before) and 06d3500 (after): noise lines
42 -> 45/45 (the German and Polish comment links with their counts, the Russian foreign-agent
label), keep lines 20/20 as before, pages 0 -> 4/12 clean (en-sports-score-table,
fr-ministere-communique, de-epaper-textansicht, pl-wykop-repost), page noise left 26 -> 22 of 272,
article lines lost 9 -> 0 (the "Match facts" box and the league-table rows now read as the
article's own list between two paragraphs). Seven strict xfails removed (3 lines, 4 pages); the
8 pages still marked are the left noise named in their reasons.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


# (where the line is inserted into the English fixture, the noise line, its category)
HELD_OUT_24_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "Story continues below advertisement", "marker"),
    ("body", "Advertisement - scroll to continue reading", "marker"),
    ("head", "Listen to this article · 6:12 min", "reading-time"),
    ("head", "Estimated reading time: 7 minutes", "reading-time"),
    ("head", "By Harriet Colefax and Dev Ramanathan, Staff Writers", "byline"),
    ("tail", "Reporting by Tomas Wrenfield; Editing by Alba Kincaid", "byline"),
    ("tail", "© 2026 Northgate Media Group. All rights reserved. Terms of Use | Privacy Policy | Cookie Settings",
     "footer"),
    ("tail", "Contact the newsroom | Advertise with us | Careers | Accessibility", "footer"),
    ("tail", "Join the conversation (87 comments)", "comments"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("head", "Share full article", "share"),
    ("tail", "Share this story: Facebook | LinkedIn | Reddit | Copy link", "share"),
    ("head", "You have 2 free articles remaining this month. Subscribe for unlimited access.", "notice"),
    ("head", "This article contains affiliate links. We may earn a commission on purchases made through them.",
     "notice"),
    ("head", "Home › News › Local › Politics", "other"),
    # French
    ("body", "Suite de l'article après cette publicité", "marker"),
    ("head", "Temps de lecture : 4 min.", "reading-time"),
    ("head", "Par Clémence Vaudrey, envoyée spéciale à Tarbes", "byline"),
    ("tail", "Envoyer par e-mail Imprimer Ajouter à mes favoris", "share"),
    ("tail", "Réagir à cet article (12 réactions)", "comments"),
    ("head", "Article réservé aux abonnés", "notice"),
    # German
    ("body", "Weiterlesen nach der Anzeige", "marker"),
    ("head", "Lesezeit: 3 Min.", "reading-time"),
    ("head", "Von Johanna Brettschneider und Malte Ossenkamp", "byline"),
    ("tail", "Impressum | Datenschutz | Kontakt | Cookie-Einstellungen", "footer"),
    ("tail", "Zu den Kommentaren (23)", "comments"),
    ("head", "Startseite › Region › Nordhessen", "other"),
    # Italian
    ("body", "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Giulia Ferracane", "byline"),
    ("tail", "Condividi l'articolo su Facebook, X o via mail", "share"),
    ("head", "Contenuto riservato agli abbonati", "notice"),
    ("tail", "© RIPRODUZIONE RISERVATA", "footer"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("head", "Opracowanie: Katarzyna Wilczurska", "byline"),
    ("tail", "Pokaż komentarze (17)", "comments"),
    ("head", "Podziel się: Facebook | Messenger | Skopiuj link", "share"),
    ("tail", "Tagi: sejmik, budżet, Rzeszów", "other"),
    # Russian
    ("body", "Продолжение статьи после рекламы", "marker"),
    ("head", "Время чтения: 5 минут", "reading-time"),
    ("head", "Автор: Алевтина Горшенина", "byline"),
    ("tail", "© 2026 ООО «Медиагруппа Северный берег». Все права защищены. 18+", "footer"),
    ("head", "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ "
             "ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА", "notice"),
    ("tail", "Показать все комментарии (34)", "comments"),
]

# (where, an article sentence that looks like noise but must be kept)
HELD_OUT_24_KEEP: list[tuple[str, str]] = [
    ("body", "Read more closely, the contract lets the operator raise fares twice a year without a council "
             "vote."),
    ("body", "Source documents obtained by the Ledger show the pump station failed inspection in 2021 and "
             "again in 2023."),
    ("head", "Updated figures released on Tuesday put the shortfall at $4.2 million, up from $3.1 million in "
             "March."),
    ("body", "Follow-up tests are scheduled for March 3, the health department said."),
    ("tail", "Photo radar cameras near Linden Elementary caught 640 speeding drivers in the first week."),
    ("body", "Nobody answered."),
    ("body", "Sign-up sheets for the volunteer cleanup were posted at the library on Monday, March 9."),
    ("body", "Publié en 1998, le rapport Lestrade recommandait déjà de fermer la maternité le week-end."),
    ("tail", "Lire la suite du rapport, a ironisé le maire, c'est découvrir que personne ne l'a lu."),
    ("body", "Mardi 4 mars, 18 h 30 : la salle du conseil était pleine."),
    ("body", "Mehr zum Thema Lärmschutz wollte die Stadtverwaltung am Dienstag nicht sagen."),
    ("tail", "Foto und Name des Verdächtigen hat die Polizei inzwischen veröffentlicht."),
    ("body", "Anzeige erstattet hat bislang keiner der Anwohner, sagte ein Polizeisprecher."),
    ("body", "Leggi anche più severe non basterebbero, secondo il procuratore Enzo Barilà."),
    ("tail", "Aggiornato il piano dei trasporti, il Comune conta di riaprire la linea 4 entro settembre."),
    ("body", "Fonte di preoccupazione resta la diga di Valscura, chiusa dal 2022."),
    ("body", "Zdjęcia z monitoringu policja przekazała prokuraturze w piątek, 6 marca."),
    ("tail", "Źródłem finansowania ma być kredyt w wysokości 40 mln zł."),
    ("body", "Подробнее о проекте в мэрии рассказать отказались."),
    ("tail", "Фото с места аварии очевидцы выложили в сеть уже через десять минут."),
]

HELD_OUT_24_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-podcast-transcript", [
        ["-Skip to main content", "-Menu", "-Search", "-Podcasts", "-The Waterline"],
        ["+Ep. 112: Why nobody wants to pay for the Fenwick Dam"],
        ["-March 11, 2026 · 32 min"],
        ["-Play episode", "-0:00 / 32:14", "-1x", "-Download", "-Listen on Apple Podcasts",
         "-Listen on Spotify", "-RSS feed"],
        ["+Host Priya Lansdowne talks to hydrologist Owen Marchetti about the 90-year-old dam above "
         "Fenwick, which the state rated unsafe in 2019 and which nobody has legally owned since the mill "
         "company behind it was dissolved.",
         "+In this episode:",
         "+• Why the dam's last owner cannot be billed for repairs",
         "+• What a failure would mean for the 2,300 homes downstream",
         "+• The three funding options now before the county board"],
        ["-Hide transcript"],
        ["-This transcript was generated automatically and may contain errors."],
        ["+PRIYA LANSDOWNE: Owen, start with the basics. Who owns the Fenwick Dam?",
         "+OWEN MARCHETTI: On paper, a company that stopped existing in 1974. The deed was never "
         "transferred, so the state inspects it, writes to an address that is now a car wash, and the "
         "letters come back.",
         "+PRIYA LANSDOWNE: So the county is stuck with it.",
         "+OWEN MARCHETTI: The county is stuck with the consequences. That is not the same as being stuck "
         "with the bill, and that gap is the whole story."],
        ["-[SPONSOR MESSAGE] This episode is brought to you by Harlow & Pike insurance. Visit "
         "harlowpike.com/waterline."],
        ["+PRIYA LANSDOWNE: What does a repair actually cost?",
         "+OWEN MARCHETTI: The engineers' estimate last spring was $6.8 million to rebuild the spillway. "
         "Taking the dam out entirely is closer to $4 million, but then you lose the lake, and the lake "
         "is why half of those houses were built."],
        ["-The Waterline is produced by Nadia Ferrol and edited by Gus Abernathy. Music by Kettle Pond "
         "Sound."],
        ["-Subscribe to The Waterline wherever you get your podcasts."],
        ["-Share this episode", "-Copy link", "-Embed"],
        ["-More episodes", "-Ep. 111: The ferry that ran on promises", "-Ep. 110: Inside the salt barn audit"],
        ["-© 2026 Tidewater Public Media", "-Privacy", "-Terms"],
    ]),
    _page("en", "en-sports-score-table", [
        ["-SCORES", "-FIXTURES", "-TABLES", "-TRANSFERS", "-VIDEO"],
        ["-Harbour City 2 - 1 Kestrel Rovers", "-FT"],
        ["+Late Okafor header sends Harbour City top of the table"],
        ["-By Declan Muir, Football Correspondent", "-Saturday 7 March 2026 17:52, UK"],
        ["+Harbour City moved to the top of the Southern Premier League for the first time this season "
         "after Sam Okafor headed in an 89th-minute winner against Kestrel Rovers at the Quayside Ground.",
         "+Kestrel had led through Nikos Petrakis, who curled a free kick over the wall after 31 minutes, "
         "and defended deep for most of the second half.",
         "+Jordan Shand equalised on 58 minutes with a low shot from the edge of the area, his 14th goal "
         "of the campaign."],
        ["-Bet on Harbour City's next match: 11/4 | 18+ BeGambleAware.org | T&Cs apply"],
        ["+\"We kept believing, and the lads deserved that,\" said City manager Ros Pelham. \"But nobody "
         "in that dressing room thinks we have won anything yet.\""],
        ["+Match facts",
         "+Goals: Petrakis 31 (Kestrel); Shand 58, Okafor 89 (Harbour City)",
         "+Attendance: 4,812",
         "+Referee: Colm Fairweather"],
        ["+How the top of the table looks",
         "+1. Harbour City, played 27, 58 points",
         "+2. Millbrook Athletic, played 27, 57 points",
         "+3. Kestrel Rovers, played 26, 52 points"],
        ["+City travel to Millbrook on Tuesday night in a game that could decide the title race."],
        ["-Player ratings →", "-Watch highlights (2:41)", "-More on this story",
         "-Pelham signs contract extension until 2028"],
        ["-Share", "-Facebook", "-X", "-WhatsApp"],
        ["-Get the latest scores on our app", "-Download on the App Store", "-Get it on Google Play"],
        ["-© Southern Sports Network 2026"],
    ]),
    _page("en", "en-tabloid-read-more", [
        ["-NEWS", "-SHOWBIZ", "-SPORT", "-MONEY", "-TRAVEL", "-Sign in"],
        ["+NAN'S FURY: Gran, 81, banned from bingo hall after 40 years over 'lucky seat' row"],
        ["-By Kerry Ashdown, News Reporter", "-10:14, 12 Mar 2026 | Updated: 11:02, 12 Mar 2026"],
        ["+A GRAN of 81 has been banned from her local bingo hall after a row over the seat she has sat "
         "in for four decades.",
         "+Edna Pilbury, from Castlemere, says staff at the Starlight Rooms told her to move when a new "
         "manager brought in a first-come, first-served rule.",
         "-READ MORE: Pensioners' fury as council shuts last public toilet in town centre",
         "+The great-grandmother refused, and was shown the door in front of 200 players.",
         "+She told us: \"I've sat in that seat since 1986. My husband sat next to me until he died. "
         "They could have asked nicely.\"",
         "-READ MORE: Bingo caller sacked after 'rigged numbers' claim at seaside club"],
        ["+Management at the Starlight Rooms said the ban would last three months and that the house "
         "rules were applied to everyone.",
         "+What the hall's rules say:",
         "+• Seats cannot be reserved",
         "+• Players must arrive 15 minutes before the first game",
         "+• Staff decisions are final"],
        ["-Advertisement"],
        ["+Her daughter Janice, 54, has started a petition to get her mum back in, and it already has "
         "1,200 signatures."],
        ["-Do you have a story for us? Email exclusive@dailyblare.co.uk"],
        ["-Sign up to our free newsletter for the best stories straight to your inbox",
         "-Enter your email", "-Subscribe",
         "-We use your sign-up to provide content in ways you've consented to. Read our Privacy notice."],
        ["-MOST READ", "-1 Soap star's secret wedding on remote Scottish island",
         "-2 Holiday hell as family stranded at airport for 19 hours",
         "-3 Supermarket pulls 'too realistic' Easter egg from shelves"],
        ["-Comments", "-Join the debate"],
        ["-Topics: Bingo, Pensioners, Castlemere"],
    ]),
    _page("fr", "fr-ministere-communique", [
        ["-Aller au contenu", "-Aller au menu", "-Aller à la recherche"],
        ["-République française", "-Ministère de la Transition rurale"],
        ["-Accueil", "-Actualités", "-Presse", "-Communiqués de presse"],
        ["+Plan « Rivières vivantes » : 48 millions d'euros pour restaurer 300 km de cours d'eau"],
        ["-Publié le 12 mars 2026", "-Communiqué de presse"],
        ["+La ministre de la Transition rurale, Hélène Garrigou, a présenté ce jeudi à Aurignac le plan "
         "« Rivières vivantes », doté de 48 millions d'euros sur trois ans.",
         "+Il vise à restaurer 300 kilomètres de cours d'eau dégradés, en priorité dans les bassins "
         "touchés par les sécheresses de 2022 et 2025.",
         "+Le plan prévoit :",
         "+– 22 millions d'euros pour l'effacement de seuils et de petits barrages sans usage ;",
         "+– 15 millions d'euros pour la replantation de haies et de ripisylves ;",
         "+– 11 millions d'euros pour l'accompagnement des agriculteurs riverains.",
         "+« Une rivière qui vit, c'est une commune qui résiste mieux aux crues comme aux étiages », a "
         "déclaré la ministre."],
        ["+Calendrier",
         "+Les premiers appels à projets seront ouverts le 1er avril 2026 et clos le 30 juin.",
         "+Les collectivités et les syndicats de rivière pourront déposer leur dossier auprès des "
         "directions départementales des territoires."],
        ["-Télécharger le communiqué de presse (PDF, 214 Ko)"],
        ["-Contacts presse",
         "-Service de presse du ministère : 01 44 00 12 34 – presse@transition-rurale.gouv.fr"],
        ["-Partager la page", "-Facebook", "-X", "-LinkedIn", "-Copier le lien"],
        ["-Haut de page"],
        ["-info.gouv.fr", "-service-public.fr", "-legifrance.gouv.fr"],
        ["-Plan du site", "-Accessibilité : partiellement conforme", "-Mentions légales",
         "-Données personnelles", "-Gestion des cookies"],
        ["-Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0"],
    ]),
    _page("fr", "fr-ong-petition", [
        ["-Faire un don", "-Agir", "-Nos campagnes", "-Qui sommes-nous ?", "-Espace presse"],
        ["+Sauvons la forêt de Brévannes : non à la carrière"],
        ["-12 482 signatures", "-Objectif : 15 000", "-Signer la pétition"],
        ["+Le préfet doit se prononcer avant le 30 avril sur le projet de carrière de calcaire qui "
         "raserait 94 hectares de la forêt de Brévannes.",
         "+Ce bois abrite l'une des dernières colonies de pics mars du département et alimente les "
         "sources de trois villages."],
        ["-Prénom", "-Nom", "-E-mail", "-Code postal",
         "-J'accepte de recevoir des informations de l'association Terres Vives.",
         "-Je signe",
         "-Vos données sont traitées par Terres Vives conformément à notre politique de confidentialité. "
         "Vous pouvez vous désabonner à tout moment."],
        ["+Ce que nous demandons :",
         "+1. Le refus de l'autorisation environnementale demandée par la société Calcaires du Val ;",
         "+2. La publication de l'étude hydrogéologique complète ;",
         "+3. Le classement de la forêt en zone naturelle protégée."],
        ["+« Ce bois n'est pas une réserve de cailloux, c'est une réserve d'eau », résume Odile Ferrand, "
         "présidente de l'association.",
         "+L'enquête publique, close en février, a recueilli 2 300 contributions, dont neuf sur dix "
         "opposées au projet."],
        ["-Partagez la pétition autour de vous :", "-Facebook", "-WhatsApp", "-E-mail"],
        ["-Terres Vives est une association reconnue d'utilité publique. Vos dons sont déductibles à 66 % "
         "de vos impôts."],
        ["-Mentions légales · Politique de confidentialité · Contact"],
    ]),
    _page("de", "de-sender-schlagwoerter", [
        ["-Nordfunk", "-Startseite", "-Nachrichten", "-Regional", "-Sport", "-Mediathek", "-Live"],
        ["-Stand: 11.03.2026 18:42 Uhr"],
        ["+Kreistag stoppt Klinik-Fusion in Hallerbrück"],
        ["+Der Kreistag hat die geplante Fusion der Kliniken in Hallerbrück und Ostfeld überraschend "
         "gestoppt. Die Entscheidung fiel mit 31 zu 27 Stimmen."],
        ["-Von Jana Hollenstedt, Nordfunk Hallerbrück"],
        ["-Audio: Kreistag stoppt Fusion (2 Min)", "-Audio herunterladen (2 MB | MP3)"],
        ["+Nach mehr als drei Stunden Debatte stimmte am Mittwochabend eine knappe Mehrheit gegen den "
         "Zusammenschluss, den die Landrätin seit zwei Jahren vorbereitet hatte.",
         "+Vor dem Kreishaus hatten rund 400 Menschen für den Erhalt der Geburtsstation in Hallerbrück "
         "demonstriert."],
        ["+Was die Fusion bringen sollte",
         "+Nach den Plänen der Kreisverwaltung sollten:",
         "+- eine gemeinsame Notaufnahme in Ostfeld entstehen,",
         "+- die Geburtsstation in Hallerbrück schließen,",
         "+- jährlich rund 3,5 Millionen Euro eingespart werden."],
        ["-Bildergalerie: Die Klinik in Hallerbrück in Bildern (6 Bilder)"],
        ["+„Wir haben uns nicht gegen die Klinik entschieden, sondern gegen diesen Plan“, sagte der "
         "Kreistagsvorsitzende Henning Waltke.",
         "+Landrätin Birte Osterkamp kündigte an, bis zum Sommer einen neuen Vorschlag vorzulegen."],
        ["-Dieses Thema im Programm:", "-Nordfunk 1 | Regional | 11.03.2026 | 18:00 Uhr"],
        ["-Schlagwörter zu diesem Artikel", "-Krankenhaus", "-Kreistag", "-Gesundheit"],
        ["-Weitere Nachrichten aus der Region", "-Brand in Lagerhalle: Feuerwehr im Großeinsatz",
         "-Ostfeld bekommt neue Grundschule"],
        ["-Impressum", "-Datenschutz", "-Barrierefreiheit", "-Kontakt"],
    ]),
    _page("de", "de-epaper-textansicht", [
        ["-E-Paper", "-Ausgabe Nordkreis", "-Mittwoch, 11. März 2026", "-Seite 14 | Lokales"],
        ["-Artikel 3 von 12", "-‹ Vorheriger Artikel", "-Nächster Artikel ›"],
        ["-Textansicht", "-Originalansicht", "-Schriftgröße: A- A A+", "-Vorlesen"],
        ["+Bäckerei Lindmeier schließt nach 112 Jahren",
         "+Inhaber findet keinen Nachfolger – letzter Verkaufstag ist der 28. März"],
        ["-VON ROLAND KESSENICH"],
        ["+Ostheim. Wenn Franz Lindmeier am 28. März zum letzten Mal die Ladentür am Marktplatz "
         "abschließt, endet die Geschichte der ältesten Bäckerei im Nordkreis.",
         "+Seit vier Jahren sucht der 67-Jährige einen Nachfolger. Zwei Interessenten sprangen ab, als "
         "sie die Kosten für den neuen Ofen sahen.",
         "+„Ich habe um drei Uhr angefangen, mein Vater hat um zwei angefangen“, sagt Lindmeier. „Das "
         "will heute keiner mehr, und ich kann es verstehen.“"],
        ["+Vier Generationen",
         "+1912 Gründung durch Anton Lindmeier in der Mühlgasse",
         "+1958 Umzug an den Marktplatz",
         "+1991 Übernahme durch Franz Lindmeier",
         "+2026 Schließung"],
        ["-Foto: Kessenich"],
        ["+Die sechs Angestellten haben bereits neue Stellen, zwei von ihnen bei einer Bäckerei in "
         "Westerbach.",
         "+Was mit dem Haus am Marktplatz geschieht, ist offen. Die Stadt hat Interesse an den "
         "Räumen angemeldet."],
        ["-Fortsetzung auf Seite 15"],
        ["-Artikel drucken", "-Artikel merken", "-Artikel teilen", "-Zur Ausgabe", "-Hilfe"],
        ["-© Ostheimer Kreisblatt 2026 – Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung "
         "des Verlags."],
    ]),
    _page("it", "it-editoriale-rettifica", [
        ["-Opinioni", "-Editoriali", "-Commenti", "-Lettere al direttore"],
        ["-IL COMMENTO"],
        ["+Il ponte sul Vessa e la politica che non sa dire di no"],
        ["-di Arturo Benedetti Lanza", "-14 marzo 2026", "-Tempo di lettura: 4 min", "-Ascolta l'articolo"],
        ["+Ci sono opere pubbliche che nascono per risolvere un problema e altre che nascono per non "
         "doverne ammettere uno. Il ponte sul Vessa appartiene, temo, alla seconda categoria.",
         "+Da sei anni la Regione ne annuncia l'avvio dei lavori, e da sei anni il cantiere è un prato "
         "recintato a due chilometri da Roccalba."],
        ["-PUBBLICITÀ"],
        ["+I numeri che mancano",
         "+– 212 milioni di euro il costo stimato nel 2019;",
         "+– 340 milioni la stima aggiornata dell'anno scorso;",
         "+– zero le gare d'appalto aggiudicate finora."],
        ["-LEGGI ANCHE", "-Vessa, il cantiere fantasma che costa 40 mila euro al mese"],
        ["+«Un'opera si giudica da quello che costa a chi non la userà mai»: lo ripeteva un vecchio "
         "ingegnere del Genio civile, e vale ancora.",
         "+Nessuno in Regione ha spiegato chi attraverserà quel ponte, né perché la vecchia strada "
         "provinciale, messa in sicurezza con un decimo della spesa, non basterebbe.",
         "+Dire di no a un'opera annunciata costa consenso. Dire di sì a un'opera inutile costa soltanto "
         "denaro pubblico, e per questo è sempre la scelta più comoda."],
        ["-Nota della redazione: le opinioni espresse in questa rubrica sono dell'autore e non riflettono "
         "necessariamente la linea del giornale."],
        ["-Correzione: in una versione precedente di questo articolo il costo stimato nel 2019 era "
         "indicato in 221 milioni anziché 212. Ce ne scusiamo con i lettori."],
        ["-Arturo Benedetti Lanza è editorialista del Corriere di Valmora e insegna economia dei trasporti "
         "all'Università di Valmora."],
        ["-Argomenti: infrastrutture, ponte sul Vessa, Regione"],
        ["-Iscriviti alla newsletter del mattino"],
        ["-Condividi", "-Commenta"],
        ["-Corriere di Valmora S.r.l. – P.IVA 01234567890"],
    ]),
    _page("it", "it-ateneo-notizie", [
        ["-Università degli Studi di Valmora"],
        ["-Ateneo", "-Didattica", "-Ricerca", "-Internazionale", "-Servizi", "-English version"],
        ["-Home / Notizie / Ricerca"],
        ["+Scoperta nelle grotte del Monte Carbo una nuova specie di coleottero cavernicolo"],
        ["-Pubblicato il: 10/03/2026", "-Dipartimento di Scienze della Terra e dell'Ambiente"],
        ["+Un gruppo di ricercatori dell'Università di Valmora ha descritto una nuova specie di "
         "coleottero che vive esclusivamente nelle grotte del Monte Carbo, a oltre 300 metri di "
         "profondità.",
         "+L'insetto, lungo appena 4 millimetri, è cieco e privo di pigmentazione. È stato chiamato "
         "Duvalius carbonensis in onore del massiccio che lo ospita.",
         "+Lo studio è stato pubblicato sulla rivista Subterranean Fauna Letters."],
        ["+Il gruppo di ricerca:",
         "+- Chiara Moltedo, zoologa, coordinatrice dello studio;",
         "+- Pietro Sangalli, speleologo;",
         "+- Irene Vaccà, genetista."],
        ["+«Abbiamo impiegato tre stagioni di esplorazione per raccogliere dodici esemplari», racconta "
         "Moltedo. «Ogni grotta isolata è un piccolo laboratorio di evoluzione.»",
         "+I ricercatori chiedono ora che le grotte del Monte Carbo vengano incluse nella rete delle aree "
         "protette regionali."],
        ["-Allegati", "-Comunicato stampa (PDF 180 KB)"],
        ["-Ufficio Stampa e Comunicazione", "-ufficiostampa@univalmora.it"],
        ["-Condividi: Facebook LinkedIn X"],
        ["-Università degli Studi di Valmora – Piazza dell'Ateneo 1 – 12345 Valmora",
         "-C.F. 80001234567 – P.IVA 01234567891",
         "-Privacy", "-Note legali", "-Amministrazione trasparente", "-Albo ufficiale"],
    ]),
    _page("pl", "pl-wykop-repost", [
        ["-Wykop", "-Główna", "-Wykopalisko", "-Hity", "-Mikroblog", "-Zaloguj się"],
        ["-+412", "-wykop"],
        ["+Radni z Kamienicy Dolnej przyznali sobie podwyżki w nocy. Mieszkańcy zbierają podpisy"],
        ["-źródło: kurierkamienicki.pl"],
        ["-dodany przez: Zbyszek_z_Rynku", "-3 godz. temu"],
        ["-#polska #samorzad #kamienicadolna #podwyzki"],
        ["+Uchwałę o podwyższeniu diet radni przyjęli we wtorek tuż przed północą, jako ostatni punkt "
         "sesji, którego nie było w pierwotnym porządku obrad.",
         "+Za głosowało 12 radnych, przeciw było 3, a dwóch wstrzymało się od głosu.",
         "+Nowe diety radnych:",
         "+przewodniczący rady – 4 200 zł (wcześniej 2 900 zł)",
         "+wiceprzewodniczący – 3 500 zł (wcześniej 2 400 zł)",
         "+radny – 2 700 zł (wcześniej 1 800 zł)",
         "+– Dowiedzieliśmy się o tym z transmisji, którą oglądało może dziesięć osób – mówi Anna "
         "Grzelak ze stowarzyszenia Nasza Kamienica, które zbiera podpisy pod wnioskiem o referendum.",
         "+Przewodniczący rady Tadeusz Mrówka tłumaczy, że diety nie były podnoszone od 2015 roku."],
        ["-Zakop", "-Obserwuj", "-Udostępnij"],
        ["-Komentarze (86)", "-najlepsze", "-najnowsze"],
        ["-Krzysiek_88 · 2 godz. temu", "-A potem się dziwią, że frekwencja 40%.", "-+245 Odpowiedz"],
        ["-Pokaż wszystkie komentarze"],
    ]),
    _page("ru", "ru-dzen-blog", [
        ["-Дзен", "-Войти"],
        ["-Записки районного архитектора", "-12,4 тыс. подписчиков", "-Подписаться"],
        ["+Почему в нашем городе так и не построили новый мост"],
        ["-8 марта", "-5,1 тыс. прочитали · 4 мин"],
        ["+Про новый мост через Сольму у нас говорят уже двадцать лет. Я работал в районной архитектуре, "
         "когда появился первый проект, и видел, как он умирал.",
         "+Как всё начиналось",
         "+В 2006 году старый мост закрыли для грузовиков, и район получил деньги на проектирование. "
         "Проект сделали за год, а потом выяснилось, что берег в этом месте оползневый."],
        ["-Читайте также: Как я проверял проект школы и что из этого вышло"],
        ["+Что предлагали за эти годы:",
         "+— понтонную переправу;",
         "+— капитальный ремонт старого моста;",
         "+— новый мост на три километра ниже по течению.",
         "+«Мост нужен был вчера», — говорил тогда глава района Геннадий Луковников. С тех пор сменилось "
         "четыре главы, а мост так и остался на бумаге.",
         "+Последний проект оценили в 1,9 млрд рублей. Это больше годового бюджета района."],
        ["-Если статья была полезной, поставьте лайк и подпишитесь на канал — так вы не пропустите новые "
         "публикации."],
        ["-Нравится", "-312", "-Поделиться", "-Комментарии 47"],
        ["-Сначала популярные", "-Оставьте комментарий"],
        ["-Вам может понравиться", "-Как мы спасали водонапорную башню и почему проиграли"],
        ["-Дзен — платформа для просмотра и создания контента", "-Правила", "-Помощь"],
    ]),
    _page("ru", "ru-prihod-novosti", [
        ["-Приход храма Покрова Пресвятой Богородицы в селе Малые Броды"],
        ["-Главная", "-О храме", "-Расписание богослужений", "-Новости", "-Воскресная школа",
         "-Пожертвования", "-Контакты"],
        ["+В Малых Бродах освятили восстановленную колокольню"],
        ["-Опубликовано: 9 марта 2026", "-Просмотров: 214"],
        ["+В воскресенье, 8 марта, благочинный Заречного округа протоиерей Виктор Селиванов освятил "
         "восстановленную колокольню Покровского храма.",
         "+Колокольню разобрали в 1938 году, и почти девяносто лет храм стоял без неё. Восстановление "
         "заняло три года и велось по сохранившимся фотографиям."],
        ["-Расписание богослужений на неделю",
         "-Суббота, 14 марта — 17:00 Всенощное бдение",
         "-Воскресенье, 15 марта — 9:00 Божественная литургия"],
        ["+Сбор средств",
         "+прихожане — 1,8 млн рублей;",
         "+районный бюджет — 900 тыс. рублей;",
         "+благотворительный фонд «Отчий край» — 1,2 млн рублей.",
         "+Семь новых колоколов отлили на заводе в Верхнекамске. Самый большой весит 640 килограммов.",
         "+«Когда зазвонили, многие плакали. Люди этого звона никогда не слышали», — рассказал "
         "настоятель храма иерей Алексий Ряполов.",
         "+Следующим этапом станет роспись притвора; работы планируют начать летом."],
        ["-Поддержать храм", "-Пожертвовать онлайн"],
        ["-Версия для печати"],
        ["-Поделиться:", "-ВКонтакте", "-Одноклассники"],
        ["-← Предыдущая новость", "-Следующая новость →"],
        ["-© 2026 Приход храма Покрова Пресвятой Богородицы, с. Малые Броды. При использовании материалов "
         "ссылка на сайт обязательна."],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-podcast-transcript": "a podcast episode page: the 'Hide transcript' toggle, the automatic-transcript "
                             "notice, the sponsor message between transcript turns and the production "
                             "credits line are left",
    "fr-ong-petition": "an NGO petition page: the signature form (first name, name, postcode, consent "
                       "checkbox, sign button, data-protection sentence), the share-the-petition prompt and "
                       "the tax-deductible-donation line are left",
    "de-sender-schlagwoerter": "a broadcaster page: the photo-gallery link with its picture count in the "
                               "middle of the article is left",
    "ru-dzen-blog": "a blog-platform post: the like-and-subscribe plea after the article is left",
    "ru-prihod-novosti": "a parish news page: the weekly service-schedule widget (its heading and two dated "
                         "service lines) between two paragraphs is left",
}


test_held_out_24_line, test_held_out_24_line_is_kept, test_held_out_24_page = held_out_tests(
    HELD_OUT_24_LINES, HELD_OUT_24_KEEP, HELD_OUT_24_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
