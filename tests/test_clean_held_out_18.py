"""Held-out set 18: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, the line lists of tests/test_clean.py) nor the lists and pages of
held-out sets 10 to 17; only the helpers ``_problems``, ``_fixture``, ``FIXTURES``, ``_held_out``,
``_insert`` of tests/test_clean.py, the ``NoisyCase`` dataclass and ``page_from_blocks`` of
tests/noisy_corpus.py, the first 35 lines of the docstring of held-out set 17 and its three test
functions were read. Slip: printing the lines after ``_held_out`` in tests/test_clean.py showed the
first two entries of its oldest line list ``HELD_OUT_LINES`` (a WhatsApp share label and a Patreon
prompt); nothing here was written from them. The lines and pages are written from memory of how
real sites print them, in en/fr/de/it/pl/ru; the page articles are invented. The set has 47 noise
lines (marker 6, reading-time 7, byline 4, footer 6, comments 7, share 6, notice 8, other 3; en 17,
fr/de/it/pl/ru 6 each), 21 keep lines (en 6, fr/de/it/pl/ru 3 each) and 12 whole pages (en-cable-news,
en-canadian-paper, en-drupal-press-release, fr-lefigaro, fr-boulevard-voltaire, de-focus, de-bild,
it-repubblica, it-byoblu, pl-wp, ru-ria, ru-gazeta-ru; 372 page noise lines counting repeats, 81
article paragraphs; a bulleted list in en-canadian-paper and de-focus, a table in it-repubblica,
subheadings in en-drupal-press-release, fr-lefigaro, pl-wp, ru-ria, de-bild, pull quotes in
fr-boulevard-voltaire and it-byoblu). It was measured once against the frozen cleaner (commit
e9d9cdf, worktree /tmp/wt-attF) and every failing case is marked as a strict xfail whose reason
describes the line or page, not a rule. One change after the first run, before any result was
looked at: the list-1 footer line "(c) 2025 Cable News Network ..." was also a line of the
en-cable-news page, so it was replaced by a Hearst copyright line (measured: removed).

Baseline (2026-12-02, frozen cleaner e9d9cdf, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-attF/src python -m pytest -q
tests/test_clean_held_out_18.py -rA`` in /tmp/wt-attF and a script calling ``_problems``):
noise lines removed 46/47 (marker 6/6, reading-time 7/7, byline 4/4, footer 6/6, comments 7/7,
share 5/6, notice 8/8, other 3/3; en 16/17, fr/de/it/pl/ru 6/6 each; missed: the share prompt
"Enjoyed this piece? Forward it to a friend."); keep lines kept 21/21; pages 2/12 clean
(en-canadian-paper, en-drupal-press-release); 28 of 372 page noise lines left ("kept boilerplate"
and "not reported" problems, repeated lines counted per occurrence) and 3 of 81 paragraphs lost:
fr-boulevard-voltaire 8 of 39 (print prompt; moderation note, author name twice, author bio,
newsletter prompt and e-mail field, donation prompt), en-cable-news 5 of 28 ("Link Copied!",
three video-player lines between paragraphs, contributor line), ru-ria 3 of 32 (subscribe link in
the head, related header and headline between paragraphs), de-focus 2 of 39 and 3 of 8 paragraphs
lost (the three items of a bulleted list; video teaser and credit between paragraphs kept),
pl-wp 2 of 36 (article-rating prompt), ru-gazeta-ru 2 of 30 (reader poll and button), de-bild 2
of 21 ("Von:" byline, related headline), it-byoblu 2 of 28 (donation appeal), fr-lefigaro 1 of 40
("À lire aussi" headline), it-repubblica 1 of 23 ("dalla nostra inviata" byline). No other problem
(offsets and removed ranges match the raw text). The ten failing pages and the one failing line
are strict xfails.

Development data since round 18 (session 10): measured once at e9d9cdf as above, then its errors were
read and worked on. After round 18 (23db631, ``python scripts/clean_held_out_report.py --sets 18``):
lines 46/47, keep 21/21, pages 8/12 clean, 11 of 372 page noise lines left, no article line lost
or joined; then a poll's question above its vote button (ru-gazeta-ru): 9/12 clean, 9 of 372 left.
What is left is listed as strict xfails.
"""
from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _held_out, _insert, _problems

# --- single noise lines: (where, line, category) ----------------------------------------------

HELD_OUT_18_LINES = [
    # en
    ("head", "ADVERTISEMENT - CONTINUE READING BELOW", "marker"),
    ("tail", "This article was originally published on The Conversation. Read the original article.", "marker"),
    ("head", "Updated 6:42 PM EST, Tue March 4, 2025", "reading-time"),
    ("head", "Reading Time: 3 minutes", "reading-time"),
    ("tail", "Jake Morrow is a senior political correspondent covering Congress. Follow him on X @jmorrow.", "byline"),
    ("tail", "My new book, The Quiet Majority, is out now wherever books are sold.", "byline"),
    ("tail", "Copyright © 2025 Hearst Magazine Media, Inc. All Rights Reserved.", "footer"),
    ("tail", "Filed Under: Politics, Elections, Featured", "footer"),
    ("tail", "More from Politics", "footer"),
    ("tail", "View 142 comments", "comments"),
    ("tail", "You must be logged in to post a comment.", "comments"),
    ("tail", "Share this story: Facebook Twitter Email", "share"),
    ("tail", "Enjoyed this piece? Forward it to a friend.", "share"),
    ("tail", "Get our free daily briefing in your inbox — sign up here.", "notice"),
    ("tail", "We may earn a commission when you buy through links on our site.", "notice"),
    ("head", "DOW 38,904.04 +0.42% | S&P 500 5,123.41 +0.31% | NASDAQ 16,274.94 -0.12%", "other"),
    ("tail", "POLL: Do you approve of the council's decision? Yes / No / Not sure", "other"),
    # fr
    ("head", "Par Claire Dubois, le 12 mars 2025 à 07h15", "byline"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 68% à découvrir.", "notice"),
    ("tail", "Partager sur Facebook Partager sur X Copier le lien", "share"),
    ("tail", "Réagir à cet article (23 commentaires)", "comments"),
    ("tail", "Mots-clés : Assemblée nationale, budget, gouvernement", "footer"),
    # de
    ("head", "Anzeige", "marker"),
    ("head", "Stand: 14.03.2025 18:32 Uhr", "reading-time"),
    ("tail", "Diskutieren Sie mit: 57 Kommentare", "comments"),
    ("tail", "Artikel teilen", "share"),
    ("tail", "Sie wollen keine Nachricht verpassen? Abonnieren Sie unseren Newsletter.", "notice"),
    ("tail", "Wetter in Berlin: 12°C, leicht bewölkt", "other"),
    # it
    ("head", "PUBBLICITÀ", "marker"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("tail", "Riproduzione riservata © Copyright ANSA", "footer"),
    ("tail", "Iscriviti alla newsletter di Repubblica", "notice"),
    ("tail", "Lascia un commento Annulla risposta", "comments"),
    ("tail", "Condividi su WhatsApp", "share"),
    # pl
    ("head", "REKLAMA", "marker"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("tail", "Autor: Jan Kowalski, dziennikarz działu krajowego", "byline"),
    ("tail", "Zobacz także", "footer"),
    ("tail", "Komentarze (48) Dodaj komentarz", "comments"),
    ("tail", "Wesprzyj niezależne dziennikarstwo – wpłać darowiznę", "notice"),
    # ru
    ("head", "14 марта 2025, 18:42 · 3 мин. чтения", "reading-time"),
    ("tail", "Подписывайтесь на наш канал в Telegram", "notice"),
    ("tail", "Поделиться: ВКонтакте Одноклассники Telegram", "share"),
    ("tail", "Комментарии (12) Написать комментарий", "comments"),
    ("tail", "При полном или частичном использовании материалов ссылка на РИА Новости обязательна", "notice"),
    ("tail", "Источник: ТАСС", "marker"),
]

# --- article lines at an article's start or end that must be kept: (where, line) ---------------

HELD_OUT_18_KEEP = [
    # en
    ("tail", "The council will vote again in June."),
    ("tail", "\"We are not going anywhere,\" she said."),
    ("head", "WASHINGTON (AP) — The Senate passed the measure late Tuesday after a night of negotiations."),
    ("tail", "Residents who want to follow the hearings can watch them live on the council's website."),
    ("tail", "The paper's advertising revenue fell by a third last year, the audit found"),
    ("head", "What the ordinance changes"),
    # fr
    ("tail", "Le vote est prévu le 3 avril."),
    ("tail", "« Nous ne lâcherons rien », a-t-il conclu"),
    ("head", "PARIS (AFP) - Le gouvernement a présenté mercredi son projet de loi de finances rectificative."),
    # de
    ("tail", "Die Abstimmung ist für Donnerstag angesetzt."),
    ("tail", "Mehr als 40.000 Menschen haben die Petition unterschrieben und in sozialen Netzwerken geteilt."),
    ("head", "Berlin (dpa) - Die Koalition hat sich in der Nacht auf einen Kompromiss beim Haushalt geeinigt."),
    # it
    ("tail", "Il voto è atteso per giovedì."),
    ("tail", "Gli iscritti alla newsletter del partito sono raddoppiati in un mese, secondo i dati interni."),
    ("head", "ROMA (ANSA) - Il Consiglio dei ministri ha approvato nella notte il decreto sulle bollette."),
    # pl
    ("tail", "Głosowanie odbędzie się w piątek."),
    ("tail", "„To dopiero początek” – zapowiedział poseł"),
    ("tail", "Wszystkie komentarze pod wpisem ministra zostały później usunięte."),
    # ru
    ("tail", "Голосование назначено на пятницу."),
    ("tail", "«Мы будем добиваться отмены закона», — заявил депутат"),
    ("tail", "Фотографии с места событий опубликовали несколько телеграм-каналов."),
]

# --- whole pages: name -> (lang, case) ---------------------------------------------------------

HELD_OUT_18_PAGES: dict[str, tuple[str, NoisyCase]] = {}


def _page(name: str, lang: str, blocks: list[list[str]]) -> None:
    HELD_OUT_18_PAGES[name] = (lang, page_from_blocks(name, blocks))


_page("en-cable-news", "en", [
    ["-Politics", "-Congress", "-Facts First", "-Audio", "-Live TV"],
    ["+House Republicans unveil stopgap bill as shutdown deadline looms"],
    ["-By Dana Whitfield and Marcus Lee, CNN", "-Updated 9:14 PM EDT, Wed September 24, 2025",
     "-Source: CNN"],
    ["-Link Copied!"],
    ["+House Republican leaders on Wednesday released a bill that would keep the government funded "
     "through mid-November, setting up a tense week of votes with only days left before the deadline."],
    ["+The measure extends current spending levels and adds money for wildfire recovery, but it leaves "
     "out the disaster aid package Democrats had demanded, according to a copy reviewed by reporters."],
    ["-Video Ad Feedback", "-Hear what lawmakers said as they left the Capitol 02:31",
     "-Now playing"],
    ["+\"We are not going to be held hostage by a wish list,\" the speaker told reporters outside his office."],
    ["+Democratic leaders said they would oppose the bill in its current form. Several moderate "
     "Republicans also signaled they were undecided, leaving the speaker with almost no room for "
     "defections."],
    ["+A procedural vote is expected Thursday."],
    ["-CNN's Annie Grayer contributed to this report."],
    ["-Search", "-Log In", "-Watch", "-Listen", "-Subscribe"],
    ["-Most read", "-Judge blocks state's new voting map", "-Senator announces retirement after 24 years",
     "-Here's what a shutdown would mean for travelers"],
    ["-Terms of Use", "-Privacy Policy", "-Ad Choices", "-Accessibility & CC",
     "-© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
     "-CNN Sans ™ & © 2016 Cable News Network."],
])

_page("en-canadian-paper", "en", [
    ["-Skip to content", "-Canada", "-Politics"],
    ["-Subscribe now for $1.99 a week"],
    ["+Ottawa to cap temporary residents as premiers push back"],
    ["-Marie-Claude Tremblay", "-Ottawa Bureau Chief", "-Published March 11, 2025",
     "-Updated March 12, 2025", "-For Subscribers", "-Gift this article", "-Listen to this article",
     "-Estimated reading time 6 minutes"],
    ["+The federal government will lower the number of temporary residents admitted next year by "
     "nearly a fifth, the Immigration Minister announced on Tuesday, a move that drew immediate "
     "criticism from three provincial premiers."],
    ["+Under the plan, the cap will apply to study permits and some work permits. Officials said the "
     "change would be phased in over two years:"],
    ["+Study permits: 360,000 in 2025, down from 485,000",
     "+Low-wage work permits: limited to 10 per cent of an employer's staff",
     "+Spousal open work permits: restricted to graduate students"],
    ["-Story continues below advertisement"],
    ["+Premiers in Ontario and Nova Scotia said the cap would hurt colleges that rely on "
     "international tuition. \"Ottawa made this decision without a single phone call,\" one premier "
     "said."],
    ["+The minister said provinces would be consulted on how the permits are shared out before "
     "the rules take effect in the fall."],
    ["-Report an editorial error", "-Report a technical issue", "-Editorial code of conduct"],
    ["-Sign up for the Morning Update newsletter", "-Start your day with the news you need to know, "
     "delivered to your inbox every weekday.", "-Sign up"],
    ["-Comments", "-Be the first to comment on this story. Comments are open to subscribers only.",
     "-Show comments"],
    ["-Follow related authors and topics", "-Marie-Claude Tremblay", "-Immigration",
     "-Authors and topics you follow will be added to your personal news feed in Following."],
    ["-© Copyright 2025 The Globe and Mail Inc. All rights reserved.",
     "-351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1"],
])

_page("en-drupal-press-release", "en", [
    ["-An official website of the United States government", "-Here's how you know"],
    ["-Home", "-News", "-Press Releases"],
    ["-FOR IMMEDIATE RELEASE", "-March 18, 2025"],
    ["+Governor Signs Bill Expanding Early Voting Hours Statewide"],
    ["+SPRINGFIELD – The Governor on Tuesday signed legislation that extends early voting hours at "
     "every county election office and adds polling sites on public university campuses."],
    ["+Key provisions"],
    ["+The law takes effect on July 1. Among its main changes, it requires election offices to stay "
     "open until 7 p.m. on weekdays during early voting, allows voters to update their registration "
     "at any early voting site, and funds two additional staff members per county."],
    ["+\"Voting should fit around people's lives, not the other way around,\" the Governor said at "
     "the signing ceremony."],
    ["+County clerks will receive guidance from the State Board of Elections within 60 days."],
    ["-###"],
    ["-Media Contact", "-Office of Communications", "-press@gov.example.gov", "-(217) 555-0144"],
    ["-Share this page", "-Facebook", "-X", "-LinkedIn", "-Email"],
    ["-Was this page helpful?", "-Yes", "-No"],
    ["-Related News", "-Governor Announces $40 Million for Rural Broadband",
     "-Statement on Supreme Court Ruling"],
    ["-Accessibility", "-FOIA", "-Privacy Notice", "-Site Map",
     "-Copyright © 2025 State of Illinois"],
])

_page("fr-lefigaro", "fr", [
    ["-Accueil", "-Politique", "-Le Figaro Premium"],
    ["+Retraites : le conclave s'achève sans accord, le gouvernement reprend la main"],
    ["-Par Jean-Baptiste Garat", "-Publié le 24 juin 2025 à 18:45, mis à jour hier à 07:02",
     "-Écouter cet article", "-00:00/04:12"],
    ["-Copier le lien", "-Lien copié"],
    ["+Après quatre mois de discussions, les partenaires sociaux réunis autour de la réforme des "
     "retraites se sont séparés mardi soir sans parvenir à un compromis sur l'âge de départ."],
    ["+Le premier ministre a aussitôt annoncé qu'il présenterait ses propres arbitrages « d'ici la "
     "fin de la semaine », sans exclure un recours au 49.3."],
    ["-À lire aussi", "-Retraites : ce que contient la dernière proposition du patronat"],
    ["+Les points de blocage"],
    ["+Syndicats et patronat s'opposaient principalement sur le financement de la pénibilité et sur "
     "le maintien de l'âge légal à 64 ans. La CFDT réclamait une baisse à 63 ans pour les carrières "
     "longues."],
    ["+« Nous avons fait notre part du travail, au gouvernement désormais de prendre ses "
     "responsabilités », a déclaré la secrétaire générale de la CFDT à la sortie de la réunion."],
    ["+Le texte pourrait être examiné à l'Assemblée dès la rentrée"],
    ["-La rédaction vous conseille", "-Retraites : la gauche menace de censurer le gouvernement",
     "-« Le conclave était voué à l'échec » : la tribune de trois économistes"],
    ["-Sujets", "-Retraites", "-Gouvernement", "-Syndicats"],
    ["-Commentaires (214)", "-Jacques_M", "-le 24/06/2025 à 19:02",
     "-Quatre mois pour rien. Comme d'habitude.", "-Répondre",
     "-Sophie75", "-le 24/06/2025 à 19:20",
     "-Il fallait s'y attendre, personne ne voulait céder.", "-Répondre",
     "-Lecteur anonyme", "-le 24/06/2025 à 20:11",
     "-Et maintenant le 49.3, on connaît la chanson.", "-Répondre",
     "-Voir plus de commentaires"],
    ["-Le Figaro", "-Newsletter Politique", "-Tous les soirs, l'essentiel de l'actualité politique.",
     "-S'inscrire"],
    ["-Mentions légales", "-Conditions générales d'utilisation", "-Gestion des cookies",
     "-© Le Figaro 2025"],
])

_page("fr-boulevard-voltaire", "fr", [
    ["-BV", "-Boulevard Voltaire", "-La liberté guide nos pas"],
    ["-Politique", "-Société", "-International", "-Vidéos"],
    ["+Immigration : le rapport de la Cour des comptes que le gouvernement voulait oublier"],
    ["-Tribune", "-Marc Lefranc", "-16 janvier 2025", "-4 minutes de lecture", "-36 commentaires"],
    ["-Imprimer, enregistrer en PDF ou envoyer cet article"],
    ["+Publié discrètement un vendredi soir, le rapport de la Cour des comptes sur la politique "
     "d'éloignement des étrangers en situation irrégulière dresse un constat sévère."],
    ["+Selon les magistrats financiers, moins d'une obligation de quitter le territoire sur dix "
     "est effectivement exécutée. Le chiffre n'est pas nouveau, mais il est désormais officiel."],
    ["+« L'État prononce des décisions qu'il sait ne pas pouvoir appliquer »"],
    ["+Le rapport pointe aussi le manque de places en centres de rétention et la faible "
     "coopération de plusieurs pays d'origine. Le ministère de l'Intérieur, sollicité, n'a pas "
     "souhaité réagir."],
    ["+Reste à savoir si ce document nourrira enfin le débat parlementaire ou s'il rejoindra la "
     "longue liste des rapports restés lettre morte."],
    ["-Vos avis et commentaires sont les bienvenus, dans le respect de la charte de modération.",
     "-Marc Lefranc", "-Juriste, chroniqueur à BV"],
    ["-Pour ne rien manquer de l'actualité, abonnez-vous gratuitement à la lettre de BV.",
     "-Votre adresse e-mail", "-Je m'inscris"],
    ["-Soutenez Boulevard Voltaire, faites un don défiscalisé !"],
    ["-36 commentaires",
     "-Patriote56", "-16 janvier 2025 à 19h48",
     "-Merci pour cet article, tout est dit.", "-Répondre",
     "-Hélène D.", "-16 janvier 2025 à 20h05",
     "-Et les médias n'en parlent pas, évidemment.", "-Répondre",
     "-Gaulois", "-17 janvier 2025 à 08h12",
     "-Un rapport de plus qui finira au fond d'un tiroir.", "-Répondre"],
    ["-Laisser un commentaire", "-Vous devez être connecté pour publier un commentaire."],
    ["-Qui sommes-nous ?", "-Nous contacter", "-Mentions légales", "-© 2025 Boulevard Voltaire"],
])

_page("de-focus", "de", [
    ["-FOCUS online", "-Politik", "-Deutschland"],
    ["-Montag, 03.02.2025, 14:27", "-Von FOCUS-online-Redakteur Thomas Berger",
     "-Lesezeit 4 Min."],
    ["-Teilen", "-Facebook", "-X", "-WhatsApp", "-E-Mail", "-Kommentare"],
    ["+Schuldenbremse: Länder fordern Reform noch vor der Wahl"],
    ["+Mehrere Ministerpräsidenten drängen darauf, die Schuldenbremse noch in dieser "
     "Legislaturperiode zu lockern. Das geht aus einem Beschlusspapier hervor, das am Montag in "
     "Berlin vorgestellt wurde."],
    ["-Im Video: Merz erteilt Lockerung eine Absage", "-FOCUS online/Wochit"],
    ["+Die Länder verlangen unter anderem:"],
    ["+eine Ausnahme für Investitionen in Schulen und Brücken",
     "+einen größeren Spielraum bei Konjunkturkrisen",
     "+eine gemeinsame Kommission von Bund und Ländern"],
    ["+Die Union lehnt eine schnelle Änderung ab. „Eine Grundgesetzänderung im Wahlkampf wäre "
     "unseriös“, sagte ein Fraktionssprecher."],
    ["+Für eine Reform wäre im Bundestag eine Zweidrittelmehrheit nötig."],
    ["-Mehr zum Thema", "-Haushaltsloch: Wo der Bund jetzt sparen will",
     "-Ökonomen uneins über Schuldenbremse"],
    ["-Kommentare", "-Lesen Sie hier die Kommentare unserer Leserinnen und Leser.",
     "-Bernd K.", "-03.02.2025, 15:02", "-Erst Schulden machen, dann jammern.",
     "-Antworten", "-Melden",
     "-Anja_S", "-03.02.2025, 15:30", "-Die Brücken fallen trotzdem zusammen.",
     "-Antworten", "-Melden",
     "-Realist1960", "-03.02.2025, 16:11", "-Wahlkampfgetöse, sonst nichts.",
     "-Antworten", "-Melden"],
    ["-Verwendete Quellen: dpa, Reuters"],
    ["-Impressum", "-Datenschutz", "-Nutzungsbedingungen", "-© FOCUS Online 1996-2025"],
])

_page("it-repubblica", "it", [
    ["-Politica", "-Rep:", "-Abbonati"],
    ["+Autonomia differenziata, scontro in Senato sulle materie delegate"],
    ["-dalla nostra inviata Giulia Ferri", "-12 Febbraio 2025 alle 19:03", "-2 minuti di lettura"],
    ["-Ascolta l'articolo"],
    ["+Il Senato ha rinviato a martedì il voto sul primo pacchetto di intese con le regioni, dopo "
     "una giornata di tensione tra maggioranza e opposizione."],
    ["+Le materie in discussione sono tre:"],
    ["+Materia | Regioni richiedenti | Stato",
     "+Protezione civile | Veneto, Lombardia | in esame",
     "+Professioni | Veneto, Piemonte | in esame",
     "+Previdenza complementare | Lombardia | rinviata"],
    ["+Le opposizioni accusano il governo di voler approvare le intese senza un confronto in aula. "
     "\"Si sta spaccando il Paese a colpi di decreti\", ha detto la capogruppo del Pd."],
    ["+Il ministro per gli Affari regionali ha replicato che i testi sono stati trasmessi alle "
     "commissioni da settimane."],
    ["-Leggi anche", "-Autonomia, cosa cambia per la sanità", "-Il referendum e la Consulta"],
    ["-Argomenti", "-autonomia differenziata", "-Senato", "-regioni"],
    ["-Newsletter", "-Il Punto: le notizie da non perdere ogni sera", "-Iscriviti"],
    ["-© Riproduzione riservata"],
    ["-GEDI News Network S.p.A.", "-P.IVA 01578251009", "-Privacy", "-Cookie policy",
     "-Redazione Scriveteci"],
])

_page("pl-wp", "pl", [
    ["-Wiadomości", "-Polska", "-Polityka"],
    ["-Paweł Nowicki", "-Dziennikarz Wirtualnej Polski", "-wtorek, 4 marca 2025 12:41"],
    ["-Oceń jakość naszego artykułu:", "-Twoja opinia pozwala nam tworzyć lepsze treści."],
    ["+Sejm przyjął ustawę o asystencji osobistej. Opozycja wstrzymała się od głosu"],
    ["+Sejm uchwalił we wtorek ustawę wprowadzającą asystencję osobistą dla osób z "
     "niepełnosprawnościami. Za głosowało 245 posłów, przeciw było 12, a 190 wstrzymało się."],
    ["-Dalsza część artykułu pod materiałem wideo"],
    ["+Co zakłada ustawa?"],
    ["+Asystent ma przysługiwać osobom, które uzyskały od 70 do 100 punktów w nowej skali oceny "
     "potrzeb. Wymiar wsparcia wyniesie od 20 do 240 godzin miesięcznie."],
    ["+Posłowie PiS krytykowali projekt za zbyt wąski krąg uprawnionych. „Tysiące rodzin "
     "zostanie z niczym” – mówiła w debacie posłanka opozycji."],
    ["+Ustawa trafi teraz do Senatu"],
    ["-Zobacz również:", "-Premier o budżecie: „Nie będzie cięć w ochronie zdrowia”",
     "-Nowy sondaż. Zmiana na prowadzeniu"],
    ["-Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.wp.pl"],
    ["-Źródło: PAP, WP Wiadomości"],
    ["-Udostępnij na:", "-Facebook", "-Twitter", "-Skopiuj link"],
    ["-Komentarze (37)",
     "-~Marek", "-4 mar 2025, 13:05", "-Nareszcie, czekaliśmy na to latami.",
     "-Odpowiedz",
     "-~obywatel", "-4 mar 2025, 13:22", "-A skąd pieniądze?",
     "-Odpowiedz",
     "-~Ania K.", "-4 mar 2025, 14:10", "-Mój brat w końcu dostanie pomoc.",
     "-Odpowiedz",
     "-Pokaż więcej komentarzy"],
    ["-Wirtualna Polska", "-Regulamin", "-Polityka prywatności", "-© 1995-2025 Wirtualna Polska"],
])

_page("ru-ria", "ru", [
    ["-Политика", "-В мире", "-Экономика", "-Общество"],
    ["+Госдума приняла в первом чтении законопроект о маркетплейсах"],
    ["-15:48 21.01.2025 (обновлено: 17:05 21.01.2025)", "-2341", "-Читать ria.ru в"],
    ["-Подписаться на «РИА Новости»"],
    ["+МОСКВА, 21 янв — РИА Новости. Государственная дума приняла в первом чтении законопроект "
     "о платформенной экономике, который впервые закрепляет правила работы маркетплейсов."],
    ["+Документ обязывает площадки согласовывать с продавцами изменения условий договора и "
     "запрещает штрафы без объяснения причин."],
    ["-Материалы по теме", "-Путин поручил навести порядок на рынке маркетплейсов"],
    ["+Что изменится для покупателей"],
    ["+Маркетплейсам запретят менять цену товара в корзине после оформления заказа, а возврат "
     "денег за отменённый заказ должен будет проходить не дольше десяти дней."],
    ["+«Закон защищает и продавцов, и покупателей», — заявил председатель комитета по "
     "экономической политике."],
    ["+Второе чтение запланировано на весеннюю сессию."],
    ["-Добавьте РИА Новости в избранные источники", "-Подписаться"],
    ["-Госдума", "-Маркетплейсы", "-Экономика"],
    ["-Обсуждение", "-Вы можете оставить комментарий после регистрации."],
    ["-Иван_С", "-21.01.2025 16:02", "-Давно пора было.", "-Ответить",
     "-Ольга М.", "-21.01.2025 16:30", "-Посмотрим, как будет работать на деле.", "-Ответить",
     "-kostya88", "-21.01.2025 17:41", "-Цены опять вырастут, вот увидите.", "-Ответить"],
    ["-© 2025 МИА «Россия сегодня»", "-Сетевое издание РИА Новости зарегистрировано Федеральной "
     "службой по надзору в сфере связи, информационных технологий и массовых коммуникаций "
     "(Роскомнадзор) 08 апреля 2014 года.", "-18+"],
])

_page("ru-gazeta-ru", "ru", [
    ["-Газета.Ru", "-Политика", "-Новости"],
    ["-Реклама"],
    ["+В Совфеде предложили ограничить использование иностранных слов в рекламе"],
    ["-Мария Соколова", "-03 марта 2025, 11:20", "-Фото: Алексей Майшев/РИА Новости"],
    ["+Сенаторы подготовили поправки, которые ограничат использование иностранных слов на "
     "вывесках и в наружной рекламе. Об этом сообщил один из авторов инициативы."],
    ["+По его словам, надписи на иностранном языке будут допустимы только в виде "
     "зарегистрированных товарных знаков."],
    ["+«Русский язык не должен превращаться в набор заимствований», — подчеркнул сенатор."],
    ["+Ранее аналогичный закон уже был принят для сферы торговли. Бизнес-объединения "
     "предупреждают, что замена вывесок обойдётся предпринимателям в миллиарды рублей."],
    ["+Поправки могут рассмотреть до конца весенней сессии"],
    ["-Что думаешь?", "-Проголосовать"],
    ["-Новости и материалы по теме", "-В Госдуме ответили на идею запретить англицизмы",
     "-Володин назвал сроки принятия закона о языке"],
    ["-Если вы хотите сообщить новость, пишите нам на почту или в телеграм",
     "-Подписывайтесь на «Газету.Ru» в Дзен и Telegram."],
    ["-Комментарии",
     "-Сергей П.", "-03.03.2025 12:05", "-Наконец-то вспомнили про язык.", "-Ответить",
     "-Наталья", "-03.03.2025 12:40", "-А платить за новые вывески кто будет?", "-Ответить",
     "-alexx", "-03.03.2025 13:18", "-Лучше бы дороги сделали.", "-Ответить"],
    ["-© 2025 АО «Газета.Ру»", "-Все права защищены.", "-Правила применения рекомендательных технологий"],
])

_page("de-bild", "de", [
    ["-BILD", "-Politik", "-Inland"],
    ["-BILDplus Inhalt"],
    ["+Bürgergeld-Streit: Ampel-Aus für die Reform?"],
    ["-Von: Hanna Roth und Felix Bauer", "-13.11.2024 - 16:05 Uhr"],
    ["-Foto: Michael Kappeler/dpa"],
    ["+Die geplante Verschärfung beim Bürgergeld droht zu scheitern. Nach BILD-Informationen "
     "haben sich SPD und Grüne in der Nacht nicht auf die Sanktionen für Totalverweigerer "
     "einigen können."],
    ["+Der Arbeitsminister hatte vorgeschlagen, die Leistungen bei wiederholter Ablehnung einer "
     "zumutbaren Arbeit für zwei Monate vollständig zu streichen."],
    ["-Lesen Sie auch", "-Jobcenter-Chef packt aus: So tricksen Bürgergeld-Empfänger"],
    ["+Was jetzt passiert"],
    ["+Die Fraktionen wollen sich am Freitag erneut treffen. Ohne Einigung kann das Gesetz nicht "
     "mehr vor Weihnachten verabschiedet werden."],
    ["+„Wer arbeiten kann, muss arbeiten“, sagte ein FDP-Politiker zu BILD."],
    ["-Mehr Politik-News", "-Kanzler lädt zum Krisengipfel", "-Umfrage: Union baut Vorsprung aus"],
    ["-Teilen", "-Kommentieren"],
    ["-Sie haben einen Hinweis für uns?", "-Schreiben Sie an leserreporter@bild.de"],
    ["-Impressum", "-Datenschutz", "-Privatsphäre", "-Kündigung BILDplus",
     "-Alle Rechte vorbehalten © 2024 BILD GmbH"],
])

_page("it-byoblu", "it", [
    ["-Byoblu", "-La TV dei cittadini", "-Canale 262 del digitale terrestre"],
    ["-Home", "-Politica", "-Attualità"],
    ["+Sanità, il nuovo piano sulle liste d'attesa resta sulla carta"],
    ["-Redazione", "-5 Marzo 2025", "-0 commenti"],
    ["+A otto mesi dall'approvazione del decreto sulle liste d'attesa, i dati delle regioni "
     "raccontano un'altra storia: i tempi per una visita specialistica non si sono ridotti."],
    ["+Secondo un monitoraggio delle associazioni dei pazienti, in metà delle regioni una "
     "risonanza magnetica richiede ancora più di 120 giorni."],
    ["+\"Abbiamo scritto le regole, ma mancano i medici per applicarle\""],
    ["+Il ministero della Salute sostiene che la piattaforma nazionale di monitoraggio entrerà "
     "in funzione entro l'estate e che solo allora si potranno valutare i risultati."],
    ["+Intanto cresce il ricorso alla sanità privata"],
    ["-Sostieni Byoblu", "-Byoblu vive grazie alle donazioni dei suoi spettatori. Dona ora.",
     "-Dona"],
    ["-Condividi", "-Facebook", "-Telegram", "-WhatsApp"],
    ["-Articoli correlati", "-Farmaci introvabili, le farmacie lanciano l'allarme",
     "-Medici di base, la riforma divide le regioni"],
    ["-Lascia un commento", "-Il tuo indirizzo email non sarà pubblicato. I campi obbligatori "
     "sono contrassegnati *", "-Commento *", "-Nome *", "-Email *",
     "-Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.",
     "-Pubblica il commento"],
    ["-Byoblu S.r.l. - P.IVA 12345670963", "-Tutti i diritti riservati"],
])


# --- strict xfails from the baseline measurement (reasons describe the line or page) -----------

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-cable-news": "a video's title with its duration between paragraphs, a contributor line after the "
                     "last paragraph",
    "fr-boulevard-voltaire": "the moderation note in the tail (the author's name and bio go since session 29's "
                             "second-opinion bar)",
    "pl-wp": "article-rating prompt in the head",
}


def _marks(reason: str | None):
    return [_held_out(reason)] if reason else []


@pytest.mark.parametrize("where, line, category", [
    pytest.param(w, l, c, id=f"{c}-{l[:40]}", marks=_marks(_LINE_XFAIL.get(l)))
    for w, l, c in HELD_OUT_18_LINES])
def test_held_out_18_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(w, l, id=l[:40], marks=_marks(_KEEP_XFAIL.get(l))) for w, l in HELD_OUT_18_KEEP])
def test_held_out_18_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(n, id=n, marks=_marks(_PAGE_XFAIL.get(n))) for n in HELD_OUT_18_PAGES])
def test_held_out_18_page(name):
    lang, case = HELD_OUT_18_PAGES[name]
    assert _problems(case, lang) == []
