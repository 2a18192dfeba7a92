"""Held-out set 15: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, the lists of
tests/test_clean.py and of held-out sets 10 to 14); only the helpers ``_insert``, ``_problems``,
``_held_out``, ``_fixture``, ``FIXTURES``, the ``NoisyCase`` dataclass and ``page_from_blocks``
of tests/noisy_corpus.py, the docstring of held-out set 14 and its test functions were read. One
slip, reported by the writer: printing ``_held_out`` with a few lines after it showed the comment
above ``HELD_OUT_LINES`` in tests/test_clean.py and its first two lines (a WhatsApp share button
in capitals and a Patreon "Liked it? Take a second to support ..." prompt); neither family is
used here. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles are invented. The set was measured once against the frozen
cleaner at the start of round 15 (commit 1659644) and every failing case is marked as a strict
xfail whose reason describes the line or page, not a rule.

Contents: 44 noise lines (marker 5, reading-time 7, byline 6, footer 4, comments 6, share 4,
notice 8, other 4; by language en 12, fr 7, de 7, it 6, pl 6, ru 6), 24 keep lines (en 8, fr 3,
de 3, it 3, pl 3, ru 4), 10 whole pages (59 article lines, 234 noise lines): en-us-local-tv,
en-substack-paywall, en-blogger-blog, fr-marianne, de-ntv, de-nachdenkseiten, it-open,
pl-rzeczpospolita, ru-gazeta, ru-vk-repost.

Baseline (2026-12-01, frozen cleaner 1659644, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-c16/src python -m pytest -q
tests/test_clean_held_out_15.py -rA`` in the worktree /tmp/wt-c16 and a script calling
``_problems``): noise lines removed 39/44 (marker 5/5, reading-time 7/7, byline 6/6, footer 3/4,
comments 5/6, share 4/4, notice 6/8, other 3/4; by language en 10/12, fr 7/7, de 5/7, it 5/6,
pl 6/6, ru 6/6); keep lines kept 24/24; pages 5/10 clean (en-substack-paywall, en-blogger-blog,
it-open, ru-gazeta, ru-vk-repost), 8 of 234 page noise lines left ("kept boilerplate" and "not
reported" problems): fr-marianne 2 of 28, de-nachdenkseiten 2 of 17, pl-rzeczpospolita 2 of 24,
en-us-local-tv 1 of 21, de-ntv 1 of 16; no paragraph lost. Every noise line left in a page sits
in the head, above the first paragraph. Open question for the reader: the
Substack subtitle and the lead paragraphs (chapô) of fr-marianne, it-open and pl-rzeczpospolita
are labelled article text here.

With the edge classifier retrained with sets 10-14 (078a4fc), measured once on 2026-12-01 with
``python scripts/clean_held_out_report.py --sets 15``: noise lines removed 40/44 (the video player
label under the title now goes; its xfail mark removed), keep 24/24, pages 5/10 clean, 7 of 234
page noise lines left, no paragraph lost.

Development since round 16 (this set was development data; rules by family, not by page): lines
44/44 (the donation prompt with an amount, the German comments-closed notice and affiliate
disclosure, the Italian "Potrebbe interessarti anche" header now go), keep 24/24, pages 10/10
clean, 0 of 234 page noise lines left, no paragraph lost: a media player's label over a caption
("Video above: ..."), share and page-action buttons generated from one verb x object x network
table ("Partager l'article sur X", "Imprimer l'article", "Copier le lien"), a player's note under
the title ("Dieser Audioinhalt wird mithilfe künstlicher Intelligenz erzeugt."), an arrowed
breadcrumb above the title, a bare name beside a photo credit.
"""

from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _held_out, _insert, _problems

# --- noise lines: (where, line, category) -------------------------------------------------------

HELD_OUT_15_LINES = [
    # en
    ("body", "ADVERTISEMENT - CONTINUE READING BELOW", "marker"),
    ("head", "Updated 4:12 PM EST, Tue February 11, 2025", "reading-time"),
    ("head", "By Marcus Hill | mhill@dailyherald.com | Daily Herald", "byline"),
    ("tail", "Marcus Hill covers state politics for the Herald. Follow him on X @mhill_dh.", "byline"),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. Read the original article.", "notice"),
    ("tail", "Our journalism is funded by readers like you. Chip in $5 today.", "notice"),
    ("tail", "Filed Under: Politics, State Legislature", "footer"),
    ("tail", "© 2025 Advance Local Media LLC. All rights reserved (About Us).", "footer"),
    ("tail", "Oldest Newest Most Voted", "comments"),
    ("tail", "Facebook Twitter LinkedIn Email Print", "share"),
    ("head", "Watch: Governor signs budget bill (01:42)", "other"),
    ("tail", "BTC $97,412 ▲1.2%  ETH $3,388 ▼0.4%  S&P 500 5,861 ▲0.3%", "other"),
    # fr
    ("body", "PUBLICITÉ", "marker"),
    ("head", "Publié le 14/03/2025 à 07h45 - Mis à jour le 14/03/2025 à 09h12", "reading-time"),
    ("head", "Par Claire Dubois, avec AFP", "byline"),
    ("tail", "Il vous reste 72.45% de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    ("tail", "Sur le même sujet", "footer"),
    ("tail", "Connectez-vous pour réagir", "comments"),
    ("head", "Météo Paris 12°C Nuageux", "other"),
    # de
    ("body", "Anzeige", "marker"),
    ("head", "Stand: 12.03.2025 18:04 Uhr", "reading-time"),
    ("head", "Von Jan Petersen, Berlin", "byline"),
    ("tail", "Die Kommentarfunktion für diesen Artikel ist geschlossen.", "comments"),
    ("tail", "*Bei den mit Sternchen gekennzeichneten Links handelt es sich um Affiliate-Links.", "notice"),
    ("tail", "Artikel verschenken", "share"),
    ("tail", "Umfrage: Sollte die Schuldenbremse reformiert werden? Ja | Nein | Weiß nicht", "other"),
    # it
    ("head", "Ultimo aggiornamento: 12 marzo 2025, 14:32", "reading-time"),
    ("head", "di Francesca Neri", "byline"),
    ("tail", "© Riproduzione riservata", "notice"),
    ("tail", "Iscriviti alle newsletter del Corriere della Sera", "notice"),
    ("tail", "Potrebbe interessarti anche", "footer"),
    ("tail", "Accedi o registrati per commentare", "comments"),
    # pl
    ("head", "Data utworzenia: 12 marca 2025, 14:20", "reading-time"),
    ("head", "Czas czytania: ok. 4 min.", "reading-time"),
    ("tail", "Źródło: PAP", "marker"),
    ("tail", "Obserwuj nas w Google News", "share"),
    ("tail", "Wesprzyj niezależne dziennikarstwo – wpłać darowiznę", "notice"),
    ("tail", "Komentarze (14) Zobacz wszystkie", "comments"),
    # ru
    ("body", "Реклама. ООО «Медиа Плюс». ИНН 7701234567. erid: 2VtzqwH7a1B", "marker"),
    ("head", "12 марта 2025, 14:05 · 4 тыс. просмотров", "reading-time"),
    ("head", "Автор: Ирина Соколова", "byline"),
    ("tail", "При полном или частичном использовании материалов ссылка на РИА Новости обязательна", "notice"),
    ("tail", "Поделиться: ВКонтакте Одноклассники Telegram", "share"),
    ("tail", "Чтобы оставить комментарий, войдите или зарегистрируйтесь", "comments"),
]

_LINE_XFAIL: dict[str, str] = {
}


def _line_params():
    for where, line, category in HELD_OUT_15_LINES:
        marks = [_held_out(_LINE_XFAIL[line])] if line in _LINE_XFAIL else []
        yield pytest.param(where, line, category, id=f"{category}-{line[:40]}", marks=marks)


# --- legitimate article lines at the edges: (where, line) ---------------------------------------

HELD_OUT_15_KEEP = [
    # en
    ("head", "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee."),
    ("head", "A vote that few expected, and fewer can explain"),
    ("tail", "The council meets again on Thursday."),
    ("tail", "“We are not going anywhere,” she said."),
    ("tail", "Whether voters agree will be known in November"),
    ("tail", "The mayor’s office did not respond to a request for comment."),
    ("tail", "The union said it would share its own figures with reporters next week."),
    ("tail", "Campaign advertising spending has already passed $40 million, according to filings."),
    # fr
    ("head", "PARIS, 12 mars (Reuters) - Le gouvernement a présenté mercredi un nouveau projet de loi."),
    ("tail", "Le texte sera examiné au Sénat à partir du 2 avril."),
    ("tail", "« Nous irons jusqu'au bout », a-t-il promis."),
    # de
    ("head", "Berlin (dpa) - Die Koalition hat sich nach langen Verhandlungen auf einen Haushalt geeinigt."),
    ("tail", "Die Abstimmung im Bundestag ist für Freitag geplant."),
    ("tail", "Wer das Foto gemacht hat, ist bis heute nicht bekannt."),
    # it
    ("head", "(ANSA) - ROMA, 12 MAR - Il Consiglio dei ministri ha approvato il decreto."),
    ("tail", "La partita, insomma, è ancora aperta"),
    ("tail", "Il sindaco ha annunciato che seguirà personalmente il dossier."),
    # pl
    ("head", "Warszawa (PAP) - Sejm przyjął w piątek ustawę o ochronie ludności."),
    ("tail", "Prezydent ma 21 dni na podpisanie ustawy."),
    ("tail", "Newsletter ministerstwa, rozsyłany do samorządów, nie wspominał o zmianie ani słowem."),
    # ru
    ("head", "МОСКВА, 12 мар — РИА Новости. Госдума приняла в первом чтении законопроект о выборах."),
    ("tail", "Следующее заседание назначено на 20 марта."),
    ("tail", "«Мы будем добиваться отмены решения», — заявил он."),
    ("tail", "Подписи под обращением собрали более 30 тысяч человек."),
]

_KEEP_XFAIL: dict[str, str] = {
}


# --- whole pages: name -> (lang, NoisyCase); '+' article text, '-' noise ------------------------

_PAGES_SRC: dict[str, tuple[str, list[list[str]]]] = {
    "en-us-local-tv": ("en", [
        ["-Skip to content", "-WLKT News 4", "-Live Now", "-News / Politics / State Capitol"],
        ["+House panel advances bill to cap county property tax increases"],
        ["-by: Dana Whitfield", "-Posted: Mar 11, 2025 / 05:47 PM CDT",
         "-Updated: Mar 11, 2025 / 07:02 PM CDT", "-SHARE"],
        ["-Video above: Lawmakers trade barbs over the tax cap in committee"],
        ["+NASHVILLE, Tenn. (WLKT) — A bill that would limit how much counties can raise property "
         "taxes without a public vote cleared its first House committee Tuesday, despite objections "
         "from several county mayors who said it would tie their hands."],
        ["+The measure, sponsored by Rep. Carla Dunn, R-Franklin, would require a referendum for any "
         "increase above 3% in a single year. It passed the House Local Government Subcommittee on a "
         "6-3 vote, with one Republican joining the panel's two Democrats in opposition."],
        ["+“Families are being priced out of homes they have owned for decades,” Dunn told the "
         "committee. “This bill gives them a say before the bill arrives in the mail.”"],
        ["+Davidson County officials warned the cap could force cuts to schools and emergency "
         "services. Mayor Luis Ortega's office said the county would lose an estimated $48 million "
         "over five years."],
        ["+The bill now heads to the full Finance, Ways and Means Committee. A Senate version has "
         "not yet been scheduled for a hearing."],
        ["-Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be "
         "published, broadcast, rewritten, or redistributed.",
         "-For the latest news, weather, sports, and streaming video, head to WLKT News 4."],
        ["-Trending Stories", "-Titans fan group sues over stadium parking fees",
         "-Police: 2 hurt in overnight shooting on Dickerson Pike",
         "-Weather Alert Day: Strong storms possible Thursday evening"],
        ["-Get the WLKT Daily Headlines newsletter", "-Enter your email", "-Subscribe",
         "-By signing up, you agree to our Terms of Use and Privacy Policy."],
        ["-Contact Us | EEO Report | FCC Public File | Terms of Use | Privacy Policy",
         "-© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved."],
    ]),
    "en-substack-paywall": ("en", [
        ["-The Ledger Line", "-Subscribe", "-Sign in"],
        ["+The filibuster fight is about 2028, not 2025"],
        ["+Why the Senate's procedural war is really a preview of the next primary"],
        ["-Rachel Okafor", "-Mar 12, 2025", "-∙ Paid", "-142", "-37", "-Share"],
        ["+Every few years the Senate rediscovers the filibuster, and every few years both parties "
         "swap their arguments about it. This week's version is no different, except for one "
         "detail that most coverage has missed."],
        ["+The senators loudest about ending the rule are, almost to a person, people who have been "
         "to Iowa or New Hampshire in the last six months. That is not a coincidence."],
        ["+A rules change is a cheap way to show primary voters that you will fight. It costs "
         "nothing if it fails, and failing is the likeliest outcome."],
        ["+So the question to ask is not whether the filibuster survives. It is who gets to be "
         "seen trying to kill it."],
        ["-Keep reading with a 7-day free trial",
         "-Subscribe to The Ledger Line to keep reading this post and get 7 days of free access to "
         "the full post archives.",
         "-Start trial", "-Already a paid subscriber? Sign in"],
        ["-Previous", "-Next"],
        ["-Discussion about this post", "-Comments", "-Restacks"],
        ["-Tom Brennan", "-Mar 12", "-This is the clearest explanation of the procedural fight I've "
         "read anywhere, thank you.", "-Like (14)", "-Reply"],
        ["-Priya S.", "-Mar 13", "-Sharp as always, but I think you underrate how much the "
         "governors matter in all this.", "-Like (3)", "-Reply"],
        ["-dmw", "-Mar 13", "-Subscribed after this one.", "-Like", "-Reply"],
        ["-© 2025 Rachel Okafor", "-Privacy ∙ Terms ∙ Collection notice", "-Start Writing",
         "-Get the app", "-Substack is the home for great culture"],
    ]),
    "en-blogger-blog": ("en", [
        ["-Prairie Dispatch", "-Notes on Kansas politics from a retired county clerk",
         "-Home | About Me | Archive"],
        ["-Tuesday, March 11, 2025"],
        ["+The commission keeps voting in the dark"],
        ["+For the third time this year, our county commission approved a major contract at a "
         "meeting that was posted on the courthouse door less than a day before it started."],
        ["+Kansas law only asks for reasonable notice, and the commissioners will tell you they "
         "met it. Maybe so. But a road contract worth $2.3 million deserves more than a sheet of "
         "paper taped up at four in the afternoon."],
        ["+I spent forty years running elections in this county. I know how little it takes to "
         "keep people informed: a line in the paper, a post on the county website, an email to the "
         "people who asked to be told."],
        ["+None of that happened here. Only two residents were in the room, and one of them was me."],
        ["+If the commission wants our trust, it can start by publishing its agendas a week ahead. "
         "That costs nothing"],
        ["-Posted by Harold Jennings at 9:14 PM", "-Email This", "-BlogThis!", "-Share to X",
         "-Share to Facebook", "-Share to Pinterest"],
        ["-Labels: county commission, Kansas legislature, open meetings"],
        ["-3 comments:"],
        ["-Anonymous said...", "-Spot on, Harold. They have been doing this since 2019.",
         "-March 12, 2025 at 7:02 AM"],
        ["-Linda K. said...",
         "-I was at that meeting and you left out the part where the chair cut off public comment.",
         "-March 12, 2025 at 10:45 AM"],
        ["-Harold Jennings said...", "-Linda, fair point. I'll add it in a follow-up post.",
         "-March 12, 2025 at 1:18 PM"],
        ["-Post a Comment"],
        ["-Newer Post Older Post Home", "-Subscribe to: Post Comments (Atom)"],
        ["-About Me", "-Harold Jennings",
         "-Retired Reno County clerk. Forty years of counting ballots and minding budgets.",
         "-View my complete profile"],
        ["-Blog Archive", "-► 2025 (14)", "-► 2024 (52)", "-Simple theme. Powered by Blogger."],
    ]),
    "fr-marianne": ("fr", [
        ["-Accueil > Politique > Gouvernement", "-Abonnez-vous"],
        ["+Budget : le gouvernement dégaine un nouveau 49.3 et s'expose à la censure"],
        ["+Faute de majorité, Matignon a de nouveau engagé sa responsabilité mardi. La gauche a "
         "aussitôt annoncé une motion de censure."],
        ["-Par Antoine Mercier", "-Publié le 11/03/2025 à 18:30", "-Imprimer l'article",
         "-Partager l'article sur Facebook", "-Partager l'article sur X", "-Copier le lien"],
        ["+C'est devenu un rituel. À peine le débat sur la partie recettes entamé, la Première "
         "ministre est montée à la tribune pour annoncer le recours à l'article 49, alinéa 3, de "
         "la Constitution."],
        ["+« Nous ne pouvons pas laisser le pays sans budget », a-t-elle justifié devant des bancs "
         "clairsemés, sous les huées d'une partie de l'hémicycle."],
        ["+Les socialistes, qui négociaient encore la veille sur la fiscalité des hauts revenus, "
         "disent avoir été pris de court. Leur premier secrétaire dénonce « un passage en force de "
         "trop »."],
        ["+La motion de censure sera examinée jeudi. Pour être adoptée, elle devra recueillir 289 "
         "voix, un seuil que l'opposition n'est pas certaine d'atteindre."],
        ["-Thèmes : Assemblée nationale · Budget · 49.3"],
        ["-Lire aussi", "-Réforme des retraites : le conclave patine déjà",
         "-« Le Parlement n'est plus qu'une chambre d'enregistrement » : la charge d'un député centriste"],
        ["-Newsletter Marianne", "-Recevez chaque matin l'essentiel de l'actualité", "-Je m'inscris"],
        ["-Commentaires (3)"],
        ["-Jean-Paul_44 · il y a 2 heures",
         "-Encore un 49.3, on ne compte plus. Où est passée la démocratie parlementaire ?",
         "-Répondre"],
        ["-Sylvie R. · il y a 1 heure", "-Article très juste. Ce gouvernement gouverne par défaut.",
         "-Répondre"],
        ["-Citoyen lambda · il y a 45 minutes", "-Et l'opposition, elle propose quoi exactement ?",
         "-Répondre"],
        ["-Vous devez être abonné pour commenter."],
        ["-Mentions légales · CGU · Politique de confidentialité · Gérer les cookies",
         "-© Marianne 2025"],
    ]),
    "de-ntv": ("de", [
        ["-Startseite > Politik", "-Dienstag, 11. März 2025"],
        ["+Union und SPD streiten über Ausnahmen von der Schuldenbremse"],
        ["-Artikel anhören", "-00:00 / 03:41",
         "-Dieser Audioinhalt wird mithilfe künstlicher Intelligenz erzeugt."],
        ["+Die Verhandlungen über einen gemeinsamen Haushalt stocken. Während die SPD höhere "
         "Investitionen über neue Kredite finanzieren will, lehnt die Union eine Lockerung der "
         "Schuldenbremse vorerst ab."],
        ["+Unionsfraktionschef Merz sagte am Dienstag in Berlin, man werde \"keine Blankoschecks "
         "ausstellen\". Zunächst müsse im bestehenden Haushalt gespart werden."],
        ["+SPD-Generalsekretär Miersch hielt dagegen, marode Brücken und Schulen ließen sich nicht "
         "mit Kürzungen an anderer Stelle sanieren. Ohne eine Reform drohe ein Investitionsstau."],
        ["+Ökonomen sind gespalten. Das Institut der deutschen Wirtschaft plädiert für ein "
         "Sondervermögen, der Sachverständigenrat schlägt eine moderate Reform der Regel vor."],
        ["+Eine Einigung vor Ostern gilt in beiden Lagern als unwahrscheinlich."],
        ["-Quelle: ntv.de, mli/dpa/AFP"],
        ["-Themen", "-Friedrich Merz", "-Schuldenbremse", "-Bundestag", "-SPD"],
        ["-Das könnte Sie auch interessieren",
         "-Grüne werfen Koalition Blockade bei Klimageld vor",
         "-Umfrage: AfD legt im Osten weiter zu"],
        ["-Impressum | Datenschutz | Cookie-Einstellungen | Barrierefreiheit",
         "-© n-tv Nachrichtenfernsehen GmbH"],
    ]),
    "de-nachdenkseiten": ("de", [
        ["-Startseite", "-Podcast", "-Hinweise des Tages", "-Spenden"],
        ["+Warum die Aufrüstungsdebatte an den Kommunen vorbeigeht"],
        ["-Ein Artikel von: Martin Keller", "-12. März 2025 um 9:00",
         "-Dieser Beitrag ist auch als Audio-Podcast verfügbar."],
        ["+Im Bundestag wird über hunderte Milliarden für die Bundeswehr verhandelt. In den Rathäusern "
         "dagegen wird gerechnet, welche Schwimmbäder im nächsten Jahr noch öffnen können."],
        ["+Der Städtetag beziffert den Investitionsrückstand der Kommunen inzwischen auf mehr als "
         "180 Milliarden Euro. Von einem eigenen Sondervermögen für Schulen und Straßen ist in "
         "Berlin jedoch kaum die Rede."],
        ["+Dabei hätte die Politik die Mittel, wenn sie wollte. Die Frage ist, wofür sie sie "
         "ausgeben will, und wer darüber in der Öffentlichkeit noch streiten darf."],
        ["+Eine Demokratie, die für das eine Ausnahmen von jeder Regel findet und für das andere auf "
         "die Regel pocht, sollte sich nicht über Politikverdrossenheit wundern."],
        ["-Titelbild: Shutterstock / Max Muster"],
        ["-Rubriken: Aufrüstung, Bundesregierung, Kommunen"],
        ["-Schlagwörter: Haushalt, Schuldenbremse, Sondervermögen"],
        ["-Teilen mit: E-Mail Telegram Mastodon Facebook"],
        ["-« Vorheriger Artikel", "-Nächster Artikel »"],
        ["-Die NachDenkSeiten sind werbefrei und unabhängig. Wenn Ihnen unsere Arbeit gefällt, "
         "unterstützen Sie uns bitte mit einer Spende.",
         "-Jetzt unterstützen"],
        ["-Leserbriefe zu diesem Beitrag senden Sie bitte an leserbriefe@nachdenkseiten.de"],
        ["-Impressum | Datenschutz | Kontakt"],
    ]),
    "it-open": ("it", [
        ["-POLITICA"],
        ["+Premierato, la riforma torna in aula tra le proteste delle opposizioni"],
        ["+Il testo sull'elezione diretta del presidente del Consiglio riprende il suo iter alla "
         "Camera. Pd e M5s annunciano ostruzionismo."],
        ["-Giulia Ferraro", "-12 Marzo 2025 - 16:40",
         "-Facebook X WhatsApp Telegram Email"],
        ["+Dopo mesi di stallo, la riforma costituzionale sul premierato è tornata in commissione "
         "Affari costituzionali con un calendario serrato: la maggioranza vuole il primo voto "
         "dell'aula entro la fine di aprile."],
        ["+La ministra per le Riforme ha difeso il testo parlando di «una scelta di stabilità che i "
         "cittadini chiedono da trent'anni»."],
        ["+Le opposizioni hanno depositato oltre duemila emendamenti. Per il capogruppo dem in "
         "commissione si tratta di «un colpo alla figura del presidente della Repubblica»."],
        ["+Non è escluso che il governo ricorra al contingentamento dei tempi. In quel caso, "
         "avvertono dal Movimento, la protesta si sposterà nelle piazze."],
        ["+Se la riforma passerà senza la maggioranza dei due terzi, sarà comunque necessario il "
         "referendum confermativo"],
        ["-Foto copertina: ANSA/Fabio Frustaci"],
        ["-Leggi anche:", "-Autonomia differenziata, cosa resta della legge dopo la Consulta",
         "-Legge elettorale, il centrodestra studia il premio di maggioranza"],
        ["-Ricevi ogni mattina le notizie di Open nella tua casella di posta", "-Iscriviti"],
        ["-12 commenti", "-Ordina per: Migliori"],
        ["-Luca_M • 2 ore fa", "-Ennesima riforma calata dall'alto, vedremo al referendum.",
         "-Rispondi"],
        ["-paola.rossi • 1 ora fa",
         "-Almeno sapremo chi governa la sera stessa delle elezioni. Non mi sembra poco.",
         "-Rispondi"],
        ["-Giovanni • 40 minuti fa", "-Duemila emendamenti sono solo teatro.", "-Rispondi"],
        ["-Partecipa alla discussione..."],
        ["-OPEN Testata giornalistica registrata presso il Tribunale di Roma",
         "-© 2025 Open | P.IVA 15164781008"],
    ]),
    "pl-rzeczpospolita": ("pl", [
        ["-Rzeczpospolita > Polityka > Sejm"],
        ["-Publikacja: 11.03.2025 18:22", "-Aktualizacja: 11.03.2025 19:05"],
        ["+Sejm odrzucił wniosek o wotum nieufności wobec ministra sprawiedliwości"],
        ["+Za odwołaniem ministra głosowało 198 posłów, przeciw 240. Opozycja zapowiada kolejne "
         "wnioski."],
        ["-Foto: PAP/Paweł Supernak", "-Michał Kolanko"],
        ["+Debata nad wnioskiem trwała ponad cztery godziny. Posłowie Prawa i Sprawiedliwości "
         "zarzucali ministrowi łamanie konstytucji przy zmianach w prokuraturze."],
        ["+Minister odpierał zarzuty, przekonując, że „przywraca praworządność, a nie ją "
         "narusza”. Koalicja rządząca głosowała jednolicie."],
        ["+To już trzeci wniosek o wotum nieufności wobec członka rządu w tej kadencji. Żaden nie "
         "uzyskał wymaganej większości."],
        ["+Politolodzy zwracają uwagę, że dla opozycji głosowanie było przede wszystkim okazją do "
         "mobilizacji przed wyborami prezydenckimi."],
        ["-Tagi: Sejm, PiS, Koalicja Obywatelska, wotum nieufności"],
        ["-Zyskaj dostęp do wszystkich treści rp.pl", "-Kup subskrypcję"],
        ["-Czytaj więcej", "-Sondaż: rośnie poparcie dla Konfederacji",
         "-Prezydent zawetował ustawę o Trybunale Konstytucyjnym"],
        ["-Komentarze", "-Zaloguj się, aby dodać komentarz"],
        ["-Obywatel_RP 11.03.2025 19:40", "-Kolejny teatr w Sejmie, a ustawy leżą.", "-Odpowiedz"],
        ["-Anna z Krakowa 11.03.2025 20:12",
         "-Dobrze, że chociaż koalicja potrafi się zjednoczyć w głosowaniu.", "-Odpowiedz"],
        ["-Krzysztof 11.03.2025 21:03", "-Opozycja sama nie wierzyła w ten wniosek.", "-Odpowiedz"],
        ["-Regulamin | Polityka prywatności | Kontakt", "-Copyright © Gremi Media SA"],
    ]),
    "ru-gazeta": ("ru", [
        ["-Газета.Ru > Политика"],
        ["+В Госдуме предложили перенести единый день голосования на октябрь"],
        ["-11.03.2025 | 14:22", "-Обновлено: 11.03.2025 | 15:03", "-Текст: Анна Кравцова",
         "-Фото: Александр Казаков/РИА Новости"],
        ["+Группа депутатов внесла в Госдуму законопроект о переносе единого дня голосования со "
         "второго воскресенья сентября на первое воскресенье октября."],
        ["+Авторы инициативы объясняют ее тем, что в сентябре значительная часть избирателей "
         "еще находится в отпусках, а агитационная кампания приходится на лето."],
        ["+В Центризбиркоме отнеслись к предложению сдержанно. Там напомнили, что перенос потребует "
         "изменения сроков полномочий сотен региональных и муниципальных депутатов."],
        ["+Политолог Дмитрий Орлов в беседе с «Газетой.Ru» назвал идею «технически сложной, но "
         "небезосновательной»."],
        ["+Рассмотрение законопроекта в первом чтении может состояться уже в апреле."],
        ["-Подписывайтесь на «Газету.Ru» в Дзен и Telegram.",
         "-Сообщить об опечатке: выделите текст и нажмите Ctrl+Enter"],
        ["-Оцените материал", "-Интересно", "-Скучно", "-Возмутительно"],
        ["-Новости и материалы", "-Матвиенко высказалась о сроках весенней сессии",
         "-В ЦИК назвали число кандидатов на выборах губернаторов"],
        ["-© 1999–2025 АО «Газета.Ру». 18+"],
    ]),
    "ru-vk-repost": ("ru", [
        ["-Урал Сегодня", "-вчера в 18:40"],
        ["+Гордума Екатеринбурга отменила прямые выборы глав районов"],
        ["+Депутаты городской думы на внеочередном заседании проголосовали за поправки в устав "
         "города. Главы районных администраций теперь будут назначаться мэром."],
        ["+За изменения высказались 28 депутатов, против — 6. Представители оппозиции назвали "
         "решение «последним шагом к полной централизации власти»."],
        ["+В мэрии утверждают, что новая схема сделает управление районами эффективнее и сократит "
         "расходы на проведение выборов."],
        ["+Общественники уже объявили о сборе подписей за проведение городского референдума."],
        ["-#политика #выборы #Екатеринбург"],
        ["-Источник: uraltoday.ru"],
        ["-Нравится 214", "-Поделиться 31", "-Комментарии 47", "-12K"],
        ["-Показать предыдущие комментарии"],
        ["-Сергей Пахомов", "-Опять решили без нас.", "-вчера в 19:02 Ответить"],
        ["-Марина Волкова", "-А где обсуждение с жителями?", "-вчера в 19:15 Ответить"],
        ["-Андрей Лаптев", "-Правильно сделали, давно пора.", "-вчера в 20:01 Ответить"],
        ["-Написать комментарий..."],
    ]),
}

HELD_OUT_15_PAGES: dict[str, tuple[str, NoisyCase]] = {
    name: (lang, page_from_blocks(name, blocks)) for name, (lang, blocks) in _PAGES_SRC.items()
}

_PAGE_XFAIL: dict[str, str] = {
}


@pytest.mark.parametrize("where, line, category", list(_line_params()))
def test_held_out_15_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(w, l, id=l[:40], marks=[_held_out(_KEEP_XFAIL[l])] if l in _KEEP_XFAIL else [])
    for w, l in HELD_OUT_15_KEEP
])
def test_held_out_15_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[_held_out(_PAGE_XFAIL[n])] if n in _PAGE_XFAIL else [])
    for n in HELD_OUT_15_PAGES
])
def test_held_out_15_page(name):
    lang, case = HELD_OUT_15_PAGES[name]
    assert _problems(case, lang) == []
