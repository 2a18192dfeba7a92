"""Held-out set 19: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py)
or the lists and pages of any other held-out set (10 to 18); only the helpers ``_problems``,
``_insert``, ``_fixture``, ``_held_out``, ``FIXTURES`` (tests/test_clean.py), the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), the first 35 lines of the docstring of
held-out set 17 and its three test functions were read (no slip: no list was printed). The lines
and pages are written from memory of how real sites print them, in en/fr/de/it/pl/ru; the page
articles are invented. Pages come from platforms not used by earlier sets (Politico newsletter,
Patch local, LinkedIn article, Le Parisien, franceinfo, Zeit Online, Süddeutsche, Il Sole 24 Ore,
il Giornale with Disqus, TVN24, RBC, Fontanka). Eleven pages hold a list, a subheading, a table-like
block of rows or a pull quote as article text. The set was measured once against the frozen
cleaner at the start of round 19 (commit e9d9cdf); every failing case is a strict xfail whose
reason describes the line or page, not a rule. (The first ten pages were measured before the two
last ones, de-sueddeutsche and it-ilgiornale-disqus, were written; nothing was changed after the
measurement except the xfail marks and this docstring.)

Contents: 46 noise lines (marker 7, reading-time 7, byline 4, footer 5, comments 7, share 7,
notice 6, other 3; en 16, fr 6, de 6, it 6, pl 6, ru 6); 20 keep lines (en 8, fr 3, de 2, it 2,
pl 2, ru 3); 12 pages (en 3, fr 2, de 2, it 2, pl 1, ru 2) with 393 noise lines and 99 article
lines.

Baseline (2026-12-02, frozen cleaner e9d9cdf, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-attF/src python -m pytest -q
tests/test_clean_held_out_19.py -rA`` in the worktree /tmp/wt-attF and a script calling
``_problems``): noise lines removed 43/46 (marker 7/7, reading-time 7/7, byline 4/4, footer 5/5,
comments 7/7, share 7/7, notice 5/6, other 1/3; en 15/16, fr 6/6, de 5/6, it 6/6, pl 5/6, ru 6/6);
keep lines kept 20/20; pages 4/12 clean (en-linkedin-article, it-sole24ore, it-ilgiornale-disqus,
ru-rbc); 28 of 393 page noise lines left ("kept boilerplate" and "not reported" problems):
en-patch-local 15 of 40 (site navigation, section label, "Shared from" line, staff badge, newsletter
box, comment rules), en-politico-playbook 8 of 34 (newsletter form heading, field labels, consent
text, button, two related headlines), fr-leparisien 1 of 26 (date line), fr-franceinfo 1 of 40
(photo caption with credit), de-zeit-online 1 of 33 (player loading label), de-sueddeutsche 1 of 19
(subscription offer), ru-fontanka 1 of 32 (source credit line); paragraphs lost: pl-tvn24 3 of 8
(the intro line and the first two items of a vote-results list; no noise left there), none on any
other page. The eight failing pages and three failing lines are strict xfails.

Still held out after round 18 (session 10; developed on set 18; the lead saw only this docstring and
the xfail reasons, which the writer's report also gives, never its pages or lines):
measured once at 23db631 with ``python scripts/clean_held_out_report.py --sets 19``: lines 43/46,
keep 20/20, pages 5/12 clean (en-politico-playbook newly clean; its strict xfail removed), 20 of 393
page noise lines left, pl-tvn24 still loses three lines of its list.

Round 19 (development, session 11): this set became development data (read, rules written
against its kinds of page). Measured with ``SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 19``: before (HEAD 7f54b67) lines 43/46, keep 20/20, pages
5/12 clean, 20 of 393 page noise lines left, pl-tvn24 losing three list lines; after: lines 46/46,
keep 20/20, pages 12/12 clean, 0 of 393 left, no paragraph lost. Rules added (each with a unit
test in tests/test_clean.py): a results list of "label: number" rows under a short intro; a date
and its update on one line; a source line naming one site by its domain; a caption with a
bracketed photographer/agency credit; a subscription offer with a price and a second offer cue;
a player's loading placeholder; a skip link; "Shared from <place>" as a repost header; newsletter
promises "delivered to your inbox"; a commenting policy's header and the items of its block; a
byline block the rules took half of between the title and the body; a quote of a named index in
mixed case; a report-an-error link. All strict xfails removed. Guards (test_clean, test_clean_pages,
test_site_batches, test_site_lines, test_ingest, held-out sets 10-19): 1900 passed, 39 xfailed
(site batch set 2's en_trap_weekly_column xfail removed: it passes now). SemEval find_noise on all
4,180 files: one new removal, "Источник: vmiresmi.ru" (ru/2424, a link credit, now in
KNOWN_CORPUS_NOISE). CPU time of ``benchmarks/bench_clean.py`` against 7f54b67: 0.97 (200 articles),
1.04-1.08 (1,000 articles, a noisy machine).
"""
from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _held_out, _insert, _problems

# --- 1. single noise lines: (where, line, category) ----------------------------------------------

HELD_OUT_19_LINES = [
    # en
    ("head", "[ad_2]", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("head", "Updated 4:12 PM ET, Tue March 3, 2026", "reading-time"),
    ("head", "5 min read · Mar 3, 2026", "reading-time"),
    ("tail", "Jane Whitfield is a senior political correspondent covering Congress. Follow her on X @jwhitfield.", "byline"),
    ("tail", "Pre-order my new book, The Quiet Majority, wherever books are sold.", "byline"),
    ("tail", "Filed Under: Politics, Elections", "footer"),
    ("tail", "© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "footer"),
    ("tail", "Loading comments...", "comments"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Share full article", "share"),
    ("tail", "Gift this article", "share"),
    ("tail", "You've read 3 of 5 free articles this month. Subscribe for unlimited access.", "notice"),
    ("tail", "Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox.", "notice"),
    ("body", "Watch: Senate leaders react to the vote (02:14)", "other"),
    ("head", "Dow 38,214.55 +0.42%", "other"),
    # fr
    ("body", "PUBLICITÉ", "marker"),
    ("head", "Publié le 03/03/2026 à 14h12, mis à jour à 16h40", "reading-time"),
    ("head", "Par Camille Rousseau", "byline"),
    ("tail", "Réagir à cet article", "comments"),
    ("tail", "Cet article vous est offert par la rédaction. Abonnez-vous pour soutenir un journalisme indépendant.", "notice"),
    ("tail", "Suivez toute l'actualité politique sur notre chaîne WhatsApp", "share"),
    # de
    ("head", "Stand: 03.03.2026, 14:12 Uhr", "reading-time"),
    ("body", "Anzeige", "marker"),
    ("tail", "Mehr zum Thema", "footer"),
    ("tail", "Diskutieren Sie mit: 48 Kommentare", "comments"),
    ("tail", "Artikel verschenken", "share"),
    ("tail", "Dieser Artikel ist Teil unseres Abo-Angebots. Jetzt 4 Wochen für 1 € testen.", "notice"),
    # it
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("body", "Continua a leggere dopo la pubblicità", "marker"),
    ("tail", "Condividi questo articolo", "share"),
    ("tail", "Iscriviti alla newsletter di Politica: ogni mattina le notizie dal Palazzo", "notice"),
    ("tail", "Commenta per primo", "comments"),
    ("tail", "Riproduzione riservata ©", "footer"),
    # pl
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("tail", "Udostępnij artykuł", "share"),
    ("tail", "Komentarze (27)", "comments"),
    ("tail", "Autor: Marek Zieliński, dziennikarz działu Kraj", "byline"),
    ("tail", "Zgłoś błąd w artykule", "other"),
    # ru
    ("head", "Время чтения: 3 мин.", "reading-time"),
    ("tail", "Подписывайтесь на наш канал в Telegram", "notice"),
    ("tail", "Читайте также:", "footer"),
    ("tail", "Комментарии (14)", "comments"),
    ("tail", "Поделиться:", "share"),
    ("tail", "Реклама. ООО «Ромашка», ИНН 7701234567, erid: 2VtzqvXYZ", "marker"),
]

# --- 2. article lines that must be kept: (where, line) --------------------------------------------

HELD_OUT_19_KEEP = [
    ("head", "WASHINGTON, March 3 (Reuters) - The Senate voted 52-48 on Tuesday to confirm the nominee."),
    ("tail", "The council will meet again on March 17."),
    ("tail", "He did not respond to a request for comment"),
    ("tail", "\"We are not done,\" she said."),
    ("tail", "The newsletter, which has 40,000 subscribers, was shut down the next day."),
    ("tail", "Photos of the meeting were later shared by the mayor's office."),
    ("tail", "Advertising by political campaigns will be banned in the last week before the vote."),
    ("body", "What happens next"),
    ("head", "PARIS (AFP) - Le gouvernement a présenté mercredi son projet de loi de finances rectificative."),
    ("tail", "Le vote est prévu jeudi."),
    ("tail", "« Nous ne lâcherons rien », a-t-elle conclu."),
    ("tail", "Die Abstimmung ist für Donnerstag angesetzt."),
    ("tail", "Wer die Partei künftig führt, ist offen"),
    ("tail", "Il voto finale è atteso per giovedì."),
    ("tail", "Chi legge i giornali lo sa bene: la partita è appena cominciata."),
    ("tail", "Głosowanie zaplanowano na czwartek."),
    ("tail", "Komentarze polityków opozycji były jednoznaczne: to za mało."),
    ("tail", "Голосование назначено на четверг."),
    ("tail", "Подписаться под обращением успели более 20 тысяч человек."),
    ("head", "МОСКВА, 3 марта — РИА Новости. Госдума приняла закон о местном самоуправлении."),
]

# --- 3. whole pages ---------------------------------------------------------------------------------

_EN_POLITICO = page_from_blocks("en-politico-playbook", [
    ["-Skip to main content", "-POLITICO", "-Playbook", "-Newsletter"],
    ["+Playbook: The shutdown deal nobody wants to own"],
    ["-By Rachel Lund and Owen Marsh", "-03/03/2026 06:58 AM EST", "-Link Copied", "-Share"],
    ["+Good Tuesday morning. Welcome to Playbook, where the stopgap spending bill is suddenly everyone's orphan."],
    ["+DRIVING THE DAY — Senate negotiators finished the text of a six-week funding patch late Monday, "
     "but neither party's leadership wants its fingerprints on it. Democrats say it shortchanges "
     "disaster aid; conservatives say it spends too much."],
    ["+THE NUMBERS TO WATCH:"],
    ["+— 60: votes needed to break a filibuster on the stopgap.",
     "+— 47: Republicans who have said privately they will back it.",
     "+— 11: days until funding runs out."],
    ["+One senior Senate aide put it bluntly on Monday night: the bill will pass because the alternative "
     "is worse, and everyone will spend the weekend explaining why it wasn't their idea."],
    ["+\"Nobody gets a parade for keeping the lights on.\""],
    ["+The House is expected to take up the measure Thursday, assuming the Senate clears it by Wednesday."],
    ["-Subscribe to Playbook", "-Get the latest scoop delivered to your inbox every morning.",
     "-Your Email", "-Employer", "-Job Title",
     "-By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may "
     "unsubscribe at any time by following the directions at the bottom of the email or by contacting "
     "us here. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
     "-Sign Up"],
    ["-FILED UNDER: Congress, Senate, Budget, Playbook"],
    ["-Related", "-Democrats weigh stopgap strategy as deadline nears", "-Senate GOP leaders split on spending cap"],
    ["-About Us", "-Advertising", "-Breaking News Alerts", "-Careers", "-Digital Edition", "-FAQ",
     "-Feedback", "-Print Subscriptions", "-Request A Correction", "-Write For Us", "-RSS", "-Site Map",
     "-Terms of Service", "-Privacy Policy", "-© 2026 POLITICO LLC"],
])

_EN_PATCH = page_from_blocks("en-patch-local", [
    ["-Skip to main content", "-Patch", "-Montclair, NJ", "-News Feed", "-Neighbor Posts",
     "-Classifieds", "-Calendar"],
    ["-Politics & Government", "-Shared from Bloomfield, NJ"],
    ["+Montclair Council Approves Rent Cap Ordinance In 5-2 Vote"],
    ["+The measure limits yearly increases to 3.5 percent for most apartments. Landlords say they will sue."],
    ["-By Daniel Ortiz, Patch Staff", "-Verified Patch Staff Badge",
     "-Posted Tue, Mar 3, 2026 at 10:14 am ET", "-Updated Tue, Mar 3, 2026 at 1:02 pm ET"],
    ["+MONTCLAIR, NJ — The Township Council approved a long-debated rent control ordinance Tuesday night "
     "after nearly four hours of public comment, with two members voting against it."],
    ["+The ordinance does three things:"],
    ["+Caps annual rent increases at 3.5 percent for buildings with five or more units.",
     "+Requires landlords to register every unit with the township by July 1.",
     "+Creates a five-member rent board to hear tenant complaints."],
    ["+Mayor Sean Keller called the vote \"a promise kept to the renters who make up more than half of "
     "this town.\" Councilwoman Ruth Abrams, who voted no, said the cap would discourage repairs."],
    ["+A landlords' group said it had retained counsel and would file suit within 30 days."],
    ["-Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.",
     "-Sign Up"],
    ["-The rules of replying:",
     "-Be respectful. This is a space for friendly local discussions. No racist, discriminatory, vulgar "
     "or threatening language will be tolerated.",
     "-Be transparent. Use your real name, and back up your claims."],
    ["-Karen Mills", "-Mar 3, 11:02 am ET", "-Finally. My rent went up 12 percent last year.",
     "-Thank", "-Reply"],
    ["-Steve Albanese", "-Mar 3, 12:40 pm ET", "-This will just drive landlords out of town. Watch.",
     "-Thank", "-Reply"],
    ["-Lucia Ferreira", "-Mar 3, 1:15 pm ET", "-Steve, they said the same thing in Jersey City.",
     "-Thank", "-Reply"],
    ["-More from Montclair", "-Montclair Schools Budget Hearing Set For Thursday",
     "-Police: Car Break-Ins Reported On Valley Road"],
    ["-Terms of Use", "-Privacy Policy", "-Community Guidelines", "-© 2026 Patch Media. All Rights Reserved."],
])

_EN_LINKEDIN = page_from_blocks("en-linkedin-article", [
    ["-LinkedIn", "-Skip to main content", "-Articles", "-People", "-Learning", "-Jobs", "-Join now", "-Sign in"],
    ["+Why the county budget fight is really about trust"],
    ["-Maria Delgado", "-Former County Commissioner | Public Finance Advisor | Speaker",
     "-Published Mar 2, 2026", "-+ Follow"],
    ["+Every spring, the county commission argues about the same three things: the sheriff's overtime, "
     "road repairs, and the reserve fund. This year the argument turned nasty, and I think I know why."],
    ["+Residents no longer believe the numbers they are shown. When the commission said last year that "
     "the reserve was \"fully funded\", it was at 61 percent of the target set in our own policy."],
    ["+The numbers nobody mentions"],
    ["+Pension contributions have grown 40 percent in five years. Debt service on the 2019 jail bond takes "
     "another 6 percent of the general fund. Neither appears on the one-page summary handed out at hearings."],
    ["+If commissioners want voters to accept a tax increase, they should start by publishing the full "
     "ledger, line by line, in plain language."],
    ["+Trust is the budget."],
    ["-Like", "-Comment", "-Share", "-128", "-14 Comments"],
    ["-Tom Becker", "-City Manager at Lake County", "-2d",
     "-Spot on, Maria. The reserve fund debate never gets explained to residents.", "-Like", "-Reply",
     "-3 Reactions"],
    ["-Priya Raman", "-Policy Analyst", "-1d",
     "-Would love to see the same analysis for school districts.", "-Like", "-Reply"],
    ["-Dan Whitaker", "-Retired Auditor", "-1d",
     "-Agree with most of this, but the pension numbers are worse than you say.", "-Like", "-Reply",
     "-1 Reaction"],
    ["-See more comments", "-To view or add a comment, sign in"],
    ["-More articles by Maria Delgado", "-Five lessons from my first budget cycle", "-Feb 12, 2026"],
    ["-Explore topics", "-Sales", "-Marketing"],
    ["-© 2026", "-About", "-Accessibility", "-User Agreement", "-Privacy Policy", "-Cookie Policy",
     "-Copyright Policy", "-Brand Policy", "-Guest Controls", "-Community Guidelines", "-Language"],
])

_FR_PARISIEN = page_from_blocks("fr-leparisien", [
    ["-Le Parisien", "-S'abonner", "-Accueil", "-Politique", "-Assemblée nationale"],
    ["+Retraites : le gouvernement prêt à « ouvrir la porte » à un compromis sur l'âge légal"],
    ["+Face à la menace d'une motion de censure, Matignon laisse entendre que le report de l'âge de "
     "départ pourrait être gelé jusqu'en 2027."],
    ["-Par Julien Mercier", "-Le 3 mars 2026 à 18h42, modifié le 3 mars 2026 à 20h05", "-Partager", "-Réagir"],
    ["+C'est un changement de ton que personne n'attendait si tôt. Devant les députés de la majorité, "
     "mardi soir, le Premier ministre a reconnu que la réforme des retraites « n'était pas un totem »."],
    ["+Selon plusieurs participants, il a évoqué un gel temporaire du calendrier de relèvement de l'âge "
     "légal, en échange d'un engagement des socialistes à ne pas voter la censure."],
    ["+« Nous ne gouvernerons pas contre le Parlement »"],
    ["+Au PS, on se montre prudent. « Nous jugerons sur pièces », répond le premier secrétaire, qui "
     "réclame un texte écrit avant l'examen du budget de la Sécurité sociale."],
    ["+Le Rassemblement national, lui, maintient sa menace."],
    ["-La newsletter politique", "-Chaque vendredi, les coulisses du pouvoir dans votre boîte mail.",
     "-Je m'inscris",
     "-En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de "
     "confidentialité."],
    ["-Lire aussi", "-Motion de censure : le RN fixe ses conditions", "-Budget 2027 : Bercy cherche 40 milliards"],
    ["-Réagir à l'article", "-Les commentaires sont réservés aux abonnés."],
    ["-Services", "-Annonces légales", "-Boutique", "-Jeux", "-Mentions légales",
     "-Politique de confidentialité", "-Gestion des cookies", "-© Le Parisien 2026"],
])

_FR_FRANCEINFO = page_from_blocks("fr-franceinfo", [
    ["-franceinfo", "-Direct TV", "-Direct radio", "-Politique", "-Municipales"],
    ["+Municipales 2026 : à Marseille, la gauche part divisée au premier tour"],
    ["-Article rédigé par Sophie Lenoir - franceinfo", "-France Télévisions",
     "-Publié le 03/03/2026 07:12", "-Mis à jour le 03/03/2026 09:30", "-Temps de lecture : 3 min"],
    ["-Le candidat du Printemps marseillais lors d'un meeting, le 1er mars 2026. (NICOLAS TUCAT / AFP)"],
    ["+Les négociations ont échoué dans la nuit de lundi à mardi. Le Printemps marseillais et La France "
     "insoumise présenteront chacun leur liste au premier tour des élections municipales."],
    ["+Un sondage publié lundi place pourtant le Rassemblement national en tête :"],
    ["+Rassemblement national : 27 %", "+Printemps marseillais : 24 %", "+Les Républicains : 21 %",
     "+La France insoumise : 14 %"],
    ["+Un accord encore possible ?"],
    ["+À gauche, certains veulent croire à une fusion des listes entre les deux tours. « Rien n'est "
     "fermé », assure un proche du maire sortant, qui rappelle que la loi le permet jusqu'au mardi "
     "suivant le premier tour."],
    ["+Les insoumis, eux, exigent la tête de liste dans trois secteurs sur huit."],
    ["-Voir les commentaires", "-Partager : l'article sur les réseaux sociaux",
     "-Partagez sur twitter (nouvel onglet) (Nouvelle fenêtre)",
     "-Partagez sur facebook (nouvel onglet) (Nouvelle fenêtre)",
     "-Partagez par email (Nouvelle fenêtre)"],
    ["-Les mots-clés associés à cet article", "-Municipales 2026", "-Marseille", "-Voir plus de sujets politique"],
    ["-Commentaires", "-Connectez-vous à votre compte franceinfo pour participer à la conversation."],
    ["-marseillais13", "-03/03/2026 08:41", "-Encore une fois la gauche va offrir la ville au RN.",
     "-Répondre", "-Signaler"],
    ["-Paulette_V", "-03/03/2026 09:02", "-Il reste trois mois, tout peut changer.", "-Répondre", "-Signaler"],
    ["-citoyen_libre", "-03/03/2026 09:17", "-Et personne ne parle des transports, comme d'habitude.",
     "-Répondre", "-Signaler"],
    ["-Radio France", "-Mentions légales", "-© franceinfo 2026"],
])

_DE_ZEIT = page_from_blocks("de-zeit-online", [
    ["-ZEIT ONLINE", "-Startseite", "-Politik", "-Deutschland"],
    ["+Die Union will die Wahlrechtsreform zurückdrehen"],
    ["+Die Ampel hatte den Bundestag verkleinert. Nun legt die Unionsfraktion einen Gegenentwurf vor – "
     "mit Folgen für die kleinen Parteien."],
    ["-Von Lena Hartmann", "-3. März 2026, 16:08 Uhr", "-Aktualisiert am 3. März 2026, 18:20 Uhr",
     "-44 Kommentare", "-Artikel hören", "-Player wird geladen..."],
    ["+Die Unionsfraktion im Bundestag hat am Dienstag einen Gesetzentwurf vorgestellt, der zentrale "
     "Teile der Wahlrechtsreform von 2023 rückgängig machen soll. Fraktionsvize Thomas Berger sprach "
     "von einer \"Reparatur\"."],
    ["+Was der Entwurf vorsieht"],
    ["+Wahlkreissieger sollen ihr Mandat wieder sicher erhalten.",
     "+Die Grundmandatsklausel wird wieder eingeführt.",
     "+Die Zahl der Sitze wird auf höchstens 680 begrenzt."],
    ["+SPD und Grüne lehnten den Vorschlag umgehend ab. Er bevorzuge die CSU und schwäche alle Parteien, "
     "die knapp an der Fünfprozenthürde scheitern, sagte die Grünen-Abgeordnete Miriam Kögel."],
    ["+Verfassungsrechtler halten beide Modelle für zulässig. Entscheidend sei, dass die Regeln nicht "
     "kurz vor einer Wahl geändert würden."],
    ["+Eine erste Lesung ist für April geplant."],
    ["-Zur Startseite"],
    ["-Kommentare", "-Seitenwind", "-#1  —  3. März 2026, 16:31 Uhr",
     "-Das war doch absehbar. Jede Koalition bastelt sich ihr Wahlrecht.", "-Antworten", "-Melden"],
    ["-hanseat_hh", "-#2  —  3. März 2026, 16:45 Uhr",
     "-Dass die Linke daran scheitern könnte, ist wohl kein Zufall.", "-Antworten", "-Melden"],
    ["-Roter Milan", "-#2.1  —  3. März 2026, 17:02 Uhr",
     "-Antwort auf #2: Die Grundmandatsklausel war ja vorher auch schon umstritten.", "-Antworten", "-Melden"],
    ["-Weitere Kommentare laden"],
    ["-Bundestag: Warum die Verkleinerung so schwierig ist"],
    ["-Impressum", "-Datenschutz", "-Cookies & Tracking", "-© ZEIT ONLINE GmbH"],
])

_IT_SOLE = page_from_blocks("it-sole24ore", [
    ["-Il Sole 24 ORE", "-Abbonati", "-Italia", "-Politica", "-FTSE MIB 34.512,30 +0,61%"],
    ["+Manovra, il governo blinda il taglio del cuneo: fiducia alla Camera"],
    ["-di Marco Ferrante", "-3 marzo 2026", "-Ascolta la versione audio dell'articolo", "-3' di lettura"],
    ["+Il governo ha posto la questione di fiducia sulla legge di bilancio alla Camera, chiudendo di "
     "fatto l'esame degli emendamenti. Il voto è previsto per giovedì pomeriggio."],
    ["+Le misure principali (in miliardi di euro):"],
    ["+Taglio del cuneo fiscale: 10,2", "+Riforma Irpef: 4,3", "+Sanità: 3,0", "+Fondo per la natalità: 1,1"],
    ["+Le opposizioni hanno protestato in aula. «Il Parlamento è ridotto a un passacarte», ha detto il "
     "capogruppo del Pd, mentre il M5S ha annunciato l'ostruzionismo sugli ordini del giorno."],
    ["+Il ministro dell'Economia ha difeso la scelta: i tempi stretti imposti dal calendario europeo "
     "non lasciano margini, ha spiegato."],
    ["+Il testo passerà poi al Senato per la seconda lettura"],
    ["-Argomenti", "-Governo Meloni", "-Camera dei Deputati", "-Giancarlo Giorgetti"],
    ["-Newsletter", "-Notizie e approfondimenti sugli avvenimenti politici, economici e finanziari.",
     "-Iscriviti"],
    ["-Ti potrebbero interessare anche", "-Pensioni, cosa cambia con la nuova quota"],
    ["-Il Sole 24 Ore aderisce a The Trust Project", "-P.I. 00777910159",
     "-© Copyright Il Sole 24 Ore Tutti i diritti riservati"],
])

_PL_TVN24 = page_from_blocks("pl-tvn24", [
    ["-TVN24", "-Na żywo", "-Polska", "-Świat", "-Biznes"],
    ["+Sejm przyjął ustawę o KRS. Opozycja zapowiada skargę do Trybunału"],
    ["-Autor: Anna Wiśniewska", "-Źródło: TVN24, PAP", "-Opublikowano: 3 marca 2026, 15:40",
     "-Aktualizacja: 3 marca 2026, 17:05", "-Udostępnij"],
    ["-Posłowie podczas głosowania w Sejmie", "-Foto: Leszek Szymański / PAP"],
    ["+Sejm przyjął we wtorek nowelizację ustawy o Krajowej Radzie Sądownictwa. Zgodnie z nią sędziowskich "
     "członków Rady będą wybierać sędziowie, a nie posłowie."],
    ["+Wyniki głosowania:"],
    ["+za: 238 posłów,", "+przeciw: 201,", "+wstrzymało się: 12."],
    ["+Minister sprawiedliwości mówił po głosowaniu, że to \"pierwszy krok do przywrócenia praworządności\". "
     "Politycy PiS zapowiedzieli skierowanie ustawy do Trybunału Konstytucyjnego."],
    ["+Teraz ustawą zajmie się Senat. Nie wiadomo, czy podpisze ją prezydent."],
    ["-Czytaj także:", "-Prezydent o ustawie: nie podpiszę jej w tej formie"],
    ["-Tematy", "-Sejm", "-KRS"],
    ["-Autorka/Autor: aw/kab", "-Źródło zdjęcia głównego: PAP"],
    ["-Komentarze", "-Dodaj komentarz"],
    ["-jan_k", "-3 marca 2026, 16:02", "-Nareszcie porządek w sądach.", "-Odpowiedz", "-Zgłoś"],
    ["-Obywatel123", "-3 marca 2026, 16:20", "-To jest dopiero początek sporu, zobaczycie.",
     "-Odpowiedz", "-Zgłoś"],
    ["-Marta z Gdańska", "-3 marca 2026, 16:58", "-A Trybunał i tak wyda wyrok po myśli polityków.",
     "-Odpowiedz", "-Zgłoś"],
    ["-Polityka prywatności", "-Regulamin", "-Copyright © 2026 TVN S.A."],
])

_RU_RBC = page_from_blocks("ru-rbc", [
    ["-РБК", "-Политика", "-Экономика", "-Подписка", "-Политика, 03 мар, 14:12", "-Поделиться"],
    ["+Госдума приняла в первом чтении закон о выборах в муниципалитетах"],
    ["-Фото: Сергей Бобылев / ТАСС"],
    ["+Государственная дума во вторник одобрила в первом чтении законопроект, меняющий порядок избрания "
     "глав муниципальных образований. За документ проголосовали 312 депутатов."],
    ["+Что предусматривает законопроект:"],
    ["+отмену прямых выборов глав городских округов;",
     "+сокращение срока подачи документов кандидатами до 20 дней;",
     "+новые требования к сбору подписей."],
    ["+Против выступили фракции КПРФ и «Новые люди». По словам депутата Алексея Нечаева, поправки "
     "«окончательно отрывают власть от жителей»."],
    ["+Ко второму чтению поправки принимаются в течение 30 дней."],
    ["-Читайте РБК в Telegram"],
    ["-Авторы", "-Иван Соколов, Мария Ефимова"],
    ["-Теги", "-Госдума", "-Выборы", "-Вячеслав Володин"],
    ["-Новости партнеров", "-Реклама на РБК"],
    ["-© АО «РОСБИЗНЕСКОНСАЛТИНГ», 1995–2026",
     "-Сетевое издание «РБК» зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-63851 от 18.12.2015",
     "-18+"],
])

_RU_FONTANKA = page_from_blocks("ru-fontanka", [
    ["-Фонтанка.ру", "-Новости", "-Город", "-Политика"],
    ["+Заксобрание Петербурга отказалось обсуждать отчет губернатора"],
    ["-3 марта 2026, 12:40", "-1 854", "-37", "-Екатерина Смирнова",
     "-Фото: Михаил Огнев / «Фонтанка.ру»"],
    ["+Депутаты Законодательного собрания Петербурга в среду отклонили предложение оппозиции провести "
     "отдельное обсуждение ежегодного отчета губернатора."],
    ["+За постановку вопроса в повестку проголосовали лишь 9 парламентариев из 50. Фракция «Единая "
     "Россия» сочла дискуссию излишней, поскольку отчет уже был заслушан на заседании."],
    ["+«Это не отчет, а рекламный буклет», — заявил депутат фракции «Яблоко»."],
    ["+В Смольном решение прокомментировать отказались."],
    ["-Источник: «Фонтанка.ру»"],
    ["-По теме", "-Смольный назвал сроки ремонта набережной"],
    ["-Самые важные новости Петербурга — в нашем Дзене"],
    ["-Комментарии 37"],
    ["-Алекс_СПб", "-3 мар 2026, 13:05", "-Как обычно, все решили без нас.", "-Ответить", "-Нравится"],
    ["-гость", "-3 мар 2026, 13:22", "-А что там обсуждать, и так все ясно.", "-Ответить", "-Нравится"],
    ["-Нина П.", "-3 мар 2026, 14:10", "-Яблоко хоть что-то говорит, остальные молчат.", "-Ответить",
     "-Нравится"],
    ["-Написать комментарий"],
    ["-Сетевое издание «Фонтанка.ру». 18+", "-Все права защищены © 2026"],
])

_DE_SZ = page_from_blocks("de-sueddeutsche", [
    ["-SZ.de", "-Süddeutsche Zeitung", "-Politik", "-Bayern", "-Landtag"],
    ["+Söder kündigt Kabinettsumbildung an – zwei Ministerinnen müssen gehen"],
    ["-3. März 2026, 17:45 Uhr", "-Lesezeit: 3 Min.", "-Artikel anhören", "-Von Stefan Brandl, München"],
    ["+Ministerpräsident Markus Söder baut sein Kabinett ein gutes Jahr vor der Landtagswahl um. Das gab "
     "er am Dienstag nach einer Sitzung des CSU-Vorstands in der Staatskanzlei bekannt."],
    ["+Neue Gesichter im Kabinett"],
    ["+Betroffen sind das Gesundheits- und das Bauministerium. Beide Ressortchefinnen waren zuletzt wegen "
     "verzögerter Projekte in die Kritik geraten, auch aus der eigenen Fraktion."],
    ["+„Wir brauchen jetzt frische Kraft für die letzten Meter“"],
    ["+Die Freien Wähler, Koalitionspartner der CSU, reagierten verhalten. Man sei „nicht vorab "
     "informiert“ worden, sagte ein Sprecher der Fraktion."],
    ["+Die Opposition sprach von einem Ablenkungsmanöver. Die Vereidigung ist für kommende Woche geplant."],
    ["-Bestens informiert mit SZ Plus – 1 Monat kostenlos. Danach ab 14,99 € monatlich. Jederzeit kündbar."],
    ["-Lesen Sie mehr zum Thema", "-Freie Wähler: Aiwanger warnt vor Alleingängen"],
    ["-SZ Bayern-Newsletter: Alles Wichtige aus Bayern – jeden Werktag in Ihrem Postfach. Kostenlos anmelden."],
    ["-Zur SZ-Startseite"],
    ["-Datenschutz", "-Impressum", "-Kontakt", "-Abo kündigen",
     "-Copyright © Süddeutsche Zeitung Digitale Medien GmbH / Süddeutsche Zeitung GmbH"],
])

_IT_GIORNALE = page_from_blocks("it-ilgiornale-disqus", [
    ["-il Giornale", "-Politica", "-Cronache", "-Abbonati"],
    ["+Autonomia, la Lega accelera. Ma Forza Italia chiede tempo"],
    ["-Giovanni Russo", "-3 Marzo 2026 - 14:20", "-Ascolta ora", "-00:00 / 00:00"],
    ["+La Lega vuole portare in Consiglio dei ministri le prime intese sull'autonomia differenziata "
     "entro aprile. Forza Italia frena e chiede di aspettare la definizione dei fondi."],
    ["+I nodi ancora aperti sono tre:"],
    ["+i livelli essenziali delle prestazioni;", "+il fondo perequativo;",
     "+le materie da trasferire per prime."],
    ["+«Non possiamo fare figli e figliastri tra le regioni», ha ripetuto il vicepremier azzurro in un "
     "colloquio con i cronisti alla Camera."],
    ["+Da via Bellerio la replica è arrivata in serata: il calendario non cambia."],
    ["-Tag", "-Autonomia differenziata", "-Lega", "-Forza Italia"],
    ["-Leggi anche", "-Premierato, il testo torna in commissione"],
    ["-12 commenti", "-Accedi", "-Ordina per i migliori"],
    ["-marco_bg", "-un'ora fa", "-Era ora, il Nord aspetta da vent'anni.", "-Rispondi", "-Condividi ›"],
    ["-Elisa R.", "-2 ore fa", "-Forza Italia fa bene a frenare, il Sud ne pagherebbe il prezzo.",
     "-Rispondi", "-Condividi ›"],
    ["-Pietro1958", "-3 ore fa", "-Tanto alla fine non cambierà nulla.", "-Rispondi", "-Condividi ›"],
    ["-Non vendere i miei dati"],
    ["-© 2026 il Giornale – Società Europea di Edizioni S.p.A. – P.IVA 12345678901"],
])

HELD_OUT_19_PAGES: dict[str, tuple[str, NoisyCase]] = {
    c.name: (lang, c) for lang, c in [
        ("en", _EN_POLITICO), ("en", _EN_PATCH), ("en", _EN_LINKEDIN), ("fr", _FR_PARISIEN),
        ("fr", _FR_FRANCEINFO), ("de", _DE_ZEIT), ("de", _DE_SZ), ("it", _IT_SOLE),
        ("it", _IT_GIORNALE), ("pl", _PL_TVN24),
        ("ru", _RU_RBC), ("ru", _RU_FONTANKA),
    ]
}

# --- strict xfails (baseline misses) ---------------------------------------------------------------

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


def _marks(reason: str | None):
    return [_held_out(reason)] if reason else []


# --- 4. tests ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("where, line, category", [
    pytest.param(w, l, c, id=f"{c}-{l[:40]}", marks=_marks(_LINE_XFAIL.get(l)))
    for w, l, c in HELD_OUT_19_LINES])
def test_held_out_19_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(w, l, id=l[:40], marks=_marks(_KEEP_XFAIL.get(l))) for w, l in HELD_OUT_19_KEEP])
def test_held_out_19_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(n, id=n, marks=_marks(_PAGE_XFAIL.get(n))) for n in HELD_OUT_19_PAGES])
def test_held_out_19_page(name):
    lang, case = HELD_OUT_19_PAGES[name]
    assert _problems(case, lang) == []
