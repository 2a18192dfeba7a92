"""Whole scraped pages: the article between a multi-line head and a long tail.

Development pages for the page-level rules (:mod:`spinscope.ingest.page_blocks`): twelve invented
political articles, two per language (en, fr, de, it, pl, ru), each printed the way a different
platform prints a page (Substack, Medium, a localised WordPress theme, a news portal with Disqus,
a German news portal, Ghost, Blogger, MSN syndication, a Polish news portal, a Polish WordPress
blog, a Russian news portal, a Telegram/VK repost on an aggregator). Each page keeps its title and
paragraphs (``+`` lines) and loses every line of its head and tail (``-`` lines). Hard keep cases
sit inside them: a dateline on a line of its own or opening the first paragraph, subheadings, a
short last sentence, a last sentence without a full stop, a last paragraph that is a quote.

Baseline, measured before any page-level rule against the cleaner of this branch's base
(67b1ff2): 0 of 12 pages clean; 225 of 432 noise lines left; no paragraph lost. With
:mod:`spinscope.ingest.page_blocks`: 12 of 12 pages clean; 0 of 432 noise lines left; no
paragraph lost.

A second development set (``PAGES_2``, 21 pages) was written after the first rules to probe how
general they are; its baseline and result are noted above it.
"""

from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _problems


def _page(name: str, text: str) -> NoisyCase:
    """A page written as lines: "+ " the article's (the first one its title), "- " noise, "" blank."""
    raw, keep, drop = [], [], []
    for line in text.strip("\n").split("\n"):
        mark, body = line[:2], line[2:]
        if mark.strip() == "+":
            keep.append(body.strip())
        elif mark.strip() == "-":
            drop.append(body.strip())
        elif line.strip():
            raise ValueError(f"unmarked line in {name}: {line!r}")
        raw.append(body)
    return NoisyCase(name, "\n".join(raw) + "\n", tuple(keep), tuple(drop))


PAGES = {
    # --- English ---------------------------------------------------------------------------
    ("en", "substack"): """
- The Statehouse Ledger
- Subscribe
- Sign in

+ The budget deal nobody wanted to sign
+ Why the governor's compromise is really a bet on November
- Margaret Hale
- Mar 12, 2024
- 48
- 12
- Share

+ Late on Monday night, after three days of closed-door talks, the governor and the two legislative leaders announced a budget agreement that none of them seemed eager to defend.
+ The deal raises school funding by four percent, freezes the gas tax for another year and quietly shelves the pension reform that the governor had called "non-negotiable" only a month ago.

+ What changed
+ Two things moved the governor. The first was the revenue forecast, which came in lower than expected in February. The second was a poll showing her approval among suburban voters falling below forty percent for the first time.
+ Legislators in both parties say the pension reform will return after the election, but few of them believe it. One senior Democrat told me the plan was "dead until somebody braver comes along".
+ The vote is expected on Thursday.

- Thanks for reading The Statehouse Ledger! Subscribe for free to receive new posts and support my work.
- Subscribe
- 48 Likes
- ∙
- 6 Restacks
- Share
- Discussion about this post
- Comments
- Restacks
- Dan Whitfield
- Mar 12
- Great piece. The pension fund is the story nobody in the capitol wants to touch.
- Reply
- Share
- 2 replies
- Laura Chen
- Mar 12
- I'm not sure the poll was the reason. The unions had been lobbying against the reform for months.
- Reply
- Share
- Peter Osei
- Mar 13
- Thursday's vote will tell us more than the press conference did.
- Reply
- Share
- 4 more comments...
- Top
- Latest
- Discussion
- No posts
- Ready for more?
- © 2024 Margaret Hale
- Privacy ∙ Terms ∙ Collection notice
- Start Writing
- Get the app
- Substack is the home for great culture
""",
    ("en", "medium"): """
- Open in app
- Sign up
- Sign in
- Write
+ Why the Senate filibuster fight is not over
+ Reformers lost the vote in January, but the rules committee has kept the idea alive.
- Tom Becker
- Follow
- Published in
- The Civic Review
- 6 min read
- ·
- Mar 3, 2024
- 214
- 5
- Listen
- Share
+ WASHINGTON — When the Senate voted down the proposal to weaken the filibuster in January, most observers treated the question as settled for this Congress.
+ It was not. The rules committee has quietly scheduled two hearings on "talking filibuster" reforms, and at least four senators who voted no have told aides they could support a narrower version.
+ A narrower path
+ The narrower version would leave the sixty-vote threshold in place for most bills but exempt legislation on voting rights and the debt limit. Its backers argue that both are about the functioning of government itself.
+ Opponents are unconvinced. Senator Collins said last week that any carve-out would become "the first of many", and several Republicans have promised procedural retaliation.
+ “We are not going to change the rules of the Senate to pass one bill, and everyone here knows it,” said the Republican leader.
- Politics
- Senate
- Filibuster
- Democracy
- 214
- 5
- Written by Tom Becker
- 1.2K Followers
- ·Writer for The Civic Review
- Political reporter covering Congress and state legislatures. Former statehouse correspondent in Albany.
- Follow
- Responses (5)
- What are your thoughts?
- Respond
- Lisa Moreno
- Mar 4, 2024
- This is the clearest explanation of the carve-out debate I have read so far. Thank you.
- 12
- 1 reply
- Reply
- Graham Pike
- Mar 5, 2024
- The talking filibuster idea has been around since Mr. Smith Goes to Washington and it never passes.
- 3
- Reply
- Ruth A.
- Mar 6, 2024
- Excellent reporting as always.
- Reply
- See all responses
- More from Tom Becker and The Civic Review
- The quiet collapse of the bipartisan border bill
- How redistricting lawsuits could decide the House
- Recommended from Medium
- What the 2024 primaries told us about turnout
- Lists
- Staff Picks
- Help
- Status
- About
- Careers
- Press
- Blog
- Privacy
- Terms
- Text to speech
- Teams
""",
    # --- French ----------------------------------------------------------------------------
    ("fr", "wordpress"): """
- Le Regard Citoyen
- Blog d'actualité politique et sociale
- Menu
- Accueil
- Politique
- Économie
- Contact
- Accueil » Politique » Assemblée nationale
+ Retraites : le gouvernement tente un nouveau passage en force
- Publié le 12 mars 2024 par Claire Dubois
- Temps de lecture : 4 min
+ PARIS, 12 mars 2024 — Le gouvernement a annoncé mardi qu'il engagerait sa responsabilité sur le projet de loi de financement de la Sécurité sociale, une semaine après l'échec des négociations avec les groupes d'opposition.
+ La Première ministre a justifié ce choix par « l'urgence budgétaire », tandis que la gauche dénonce un nouveau contournement du Parlement.
+ Une motion de censure probable
+ Les députés de la Nupes ont immédiatement annoncé le dépôt d'une motion de censure. Pour qu'elle soit adoptée, il leur faudrait le soutien de la quasi-totalité des élus Les Républicains, ce qui paraît peu probable.
+ Plusieurs élus de la majorité ont pourtant exprimé leur malaise en privé. L'un d'eux reconnaît que « la méthode finit par abîmer le fond ».
+ Le vote aura lieu jeudi.
- Partager :
- Facebook
- X
- WhatsApp
- E-mail
- J’aime chargement…
- Sur le même sujet
- Budget 2024 : ce que contient vraiment le texte
- Assemblée : les coulisses d'une semaine agitée
- À propos de l’auteur
- Claire Dubois
- Journaliste politique, ancienne correspondante à Bruxelles, elle suit l'Assemblée nationale depuis 2017.
- 3 réflexions sur « Retraites : le gouvernement tente un nouveau passage en force »
- Jean-Marc R.
- 12 mars 2024 à 18 h 42 min
- Encore un 49.3, on finit par ne plus compter.
- Répondre
- Sylvie
- 12 mars 2024 à 19 h 05 min
- La motion ne passera pas, tout le monde le sait.
- Répondre
- Karim B.
- 13 mars 2024 à 8 h 11 min
- Merci pour cet article clair et bien documenté.
- Répondre
- Laisser un commentaire Annuler la réponse
- Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
- Commentaire *
- Nom *
- E-mail *
- Site web
- Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
- Laisser un commentaire
- ← Article précédent
- Article suivant →
- Archives
- mars 2024
- février 2024
- janvier 2024
- © 2024 Le Regard Citoyen – Thème par ThemeGrill
""",
    ("fr", "portal_disqus"): """
- Le Courrier du Centre
- Accueil / Politique / Gouvernement
- ANALYSE
+ Municipales : la majorité cherche encore ses candidats dans les grandes villes
+ À un an du scrutin, le parti présidentiel n'a désigné de tête de liste ni à Lyon ni à Marseille, et les alliances locales restent incertaines.
- Par Marc Lenoir
- Publié le 03/04/2024 à 07h15, mis à jour à 09h30
- Lecture 5 min.
- Réagir
- Partager
+ À Lyon, le nom de l'ancien préfet circule depuis l'automne, mais il n'a jamais confirmé son intérêt. À Marseille, deux adjoints se disputent l'investiture et la direction du parti refuse de trancher avant l'été.
+ Cette prudence inquiète les élus locaux, qui rappellent qu'en 2020 la majorité avait perdu presque toutes les grandes villes faute d'avoir choisi ses candidats à temps.
+ Des alliances au cas par cas
+ La direction nationale assure vouloir « construire des coalitions au cas par cas » avec la droite modérée. Dans plusieurs villes moyennes, des accords ont déjà été signés avec des maires sortants.
+ Un cadre du parti résume la situation sans détour : « Nous avons des sondages, pas des candidats »
- Sur le même thème
- Sondage : la majorité en recul chez les moins de 35 ans
- Paris : la bataille de la succession est lancée
- 12 commentaires
- Trier par Meilleurs
- Pierre Martin • il y a 2 jours
- La même histoire qu'en 2020, rien n'a été appris.
- Répondre • Partager ›
- Sophie_L → Pierre Martin • il y a 2 jours
- Sauf qu'en 2020 il y avait le Covid, soyons honnêtes.
- Répondre • Partager ›
- Bernard D. • il y a 3 jours
- Des sondages et pas de candidats, tout est dit.
- Répondre • Partager ›
- Charger plus de commentaires
- Propulsé par Disqus
- Mentions légales | Contact | Publicité | Gestion des cookies
""",
    # --- German ----------------------------------------------------------------------------
    ("de", "portal"): """
- Startseite
- Politik
- Deutschland
- Haushaltsstreit
+ Ampel ringt um Milliardenloch im Verteidigungsetat
+ Finanzminister und Verteidigungsminister streiten über neue Schulden. Die Grünen wollen das Sondervermögen aufstocken, die FDP lehnt das ab.
- Von Klaus Becker, Berlin
- 12.03.2024, 14.05 Uhr
- Lesezeit: 4 Min.
- Artikel teilen
+ Berlin, 12. März 2024
+ Im Streit um den Verteidigungshaushalt für das kommende Jahr ist keine Einigung in Sicht. Nach Angaben aus Regierungskreisen fehlen mindestens acht Milliarden Euro, um die Zusagen an die Nato einzuhalten.
+ Der Finanzminister besteht darauf, die Lücke durch Einsparungen in anderen Ressorts zu schließen. Der Verteidigungsminister hält das für unrealistisch und verweist auf steigende Kosten für Munition und Personal.
+ Druck aus der Union
+ Die Opposition nutzt den Streit für scharfe Angriffe. Der Fraktionschef der Union warf der Regierung vor, die Bundeswehr „auf Verschleiß zu fahren“.
+ Eine Entscheidung soll nach Angaben eines Regierungssprechers bis Ende April fallen
- Mehr zum Thema
- Schuldenbremse: Was die Reform für den Haushalt bedeutet
- Nato-Gipfel: Deutschland verfehlt das Zwei-Prozent-Ziel erneut
- Themen
- Bundestag
- Haushalt
- Bundeswehr
- Kommentare (23)
- Hans Meier
- vor 3 Stunden
- Jedes Jahr dasselbe Theater, und am Ende zahlt der Steuerzahler.
- Antworten
- 12
- Melden
- Giulia R.
- vor 5 Stunden
- Ohne neue Schulden wird es nicht gehen, das weiß auch der Finanzminister.
- Antworten
- 4
- Melden
- Frank_B
- vor 6 Stunden
- Sehr guter Überblick, danke.
- Antworten
- Alle Kommentare anzeigen
- Impressum
- Datenschutz
- Kontakt
- © Berliner Tagesblatt 2024
""",
    ("de", "ghost"): """
- Der Hauptstadtbrief
- Startseite
- Archiv
- Über uns
- Abonnieren
+ Warum die Wahlrechtsreform vor Gericht scheitern könnte
- Anna Vogt
- 12. März 2024
- — 5 Min. Lesezeit
+ Das Bundesverfassungsgericht verhandelt im Mai über die Klage gegen das neue Wahlrecht. Im Kern geht es um die Frage, ob Parteien ihre Direktmandate verlieren dürfen, obwohl sie den Wahlkreis gewonnen haben.
+ Die Koalition hält die Reform für verfassungsfest. Der Bundestag sei zu groß geworden, und die Abschaffung der Überhangmandate sei der einzige Weg, ihn dauerhaft zu verkleinern.
+ Die Kläger sehen das anders. Sie argumentieren, dass die Reform vor allem kleinere Regionalparteien trifft und damit die Chancengleichheit verletzt.
+ Ein früherer Verfassungsrichter sagte mir dazu nur einen Satz: „Das Gericht hat schon kleinere Reformen kassiert.“
- Erhalte neue Beiträge per E-Mail
- Abonniere den Hauptstadtbrief, um keinen Beitrag zu verpassen.
- E-Mail-Adresse
- Abonnieren
- Weitere Beiträge
- Sperrklausel: Was die Fünf-Prozent-Hürde noch leisten kann
- 5. März 2024
- Der Bundesrat und die Länder: eine Machtprobe
- 27. Feb. 2024
- Der Hauptstadtbrief © 2024
- Powered by Ghost
""",
    # --- Italian ---------------------------------------------------------------------------
    ("it", "blogger"): """
- Il Taccuino Politico
- Appunti sulla politica italiana
- Home
- Chi sono
- Contatti
- martedì 12 marzo 2024
+ Premierato, la riforma divide anche la maggioranza
+ La riforma costituzionale sul premierato arriva in aula al Senato con un clima molto diverso da quello di qualche mese fa. Nella maggioranza crescono i dubbi sul ruolo del presidente della Repubblica.
+ Forza Italia chiede di rafforzare i poteri del Quirinale nella nomina dei ministri, mentre la Lega vorrebbe legare la riforma all'autonomia differenziata.
+ Il nodo del referendum
+ Se la riforma non otterrà i due terzi dei voti, sarà necessario un referendum confermativo. Nel governo c'è chi lo considera un rischio e chi invece un'occasione per rilanciare la premier.
+ Staremo a vedere.
- Pubblicato da Luca Ferri alle 09:14
- Invia tramite email
- Postalo sul blog
- Condividi su X
- Condividi su Facebook
- Etichette: premierato, riforme, Senato
- 3 commenti:
- Anonimo 12 marzo 2024 alle ore 10:22
- Il referendum sarà la vera partita, altro che voto in Senato.
- Rispondi
- Elimina
- Risposte
- Marco B. 12 marzo 2024 alle ore 11:05
- D'accordo, ma prima devono trovare i numeri.
- Elimina
- Anonimo 13 marzo 2024 alle ore 08:40
- Ottima analisi, come sempre.
- Rispondi
- Elimina
- Aggiungi commento
- Carica altro...
- Post più recente
- Post più vecchio
- Home page
- Iscriviti a: Commenti sul post (Atom)
- Archivio blog
- ▼ 2024 (14)
- ▼ marzo (4)
- Legge elettorale, il Pd prepara la sua proposta
- ► febbraio (5)
- ► 2023 (38)
- Tema Semplice. Powered by Blogger.
""",
    ("it", "msn"): """
- MSN
- Notizie
- Italia
- Mondo
+ Autonomia differenziata, le Regioni del Sud pronte al ricorso
- Storia di Giulia Rinaldi
- • 2 giorni fa
- 3 minuti di lettura
+ ROMA — Le Regioni del Mezzogiorno preparano un ricorso comune alla Corte costituzionale contro la legge sull'autonomia differenziata, approvata definitivamente dalla Camera la settimana scorsa.
+ I presidenti di Campania, Puglia e Basilicata sostengono che la legge cristallizzi le disuguaglianze tra Nord e Sud, perché i livelli essenziali delle prestazioni non sono ancora stati finanziati.
+ Il governo respinge le critiche. Il ministro per gli Affari regionali ha ricordato che nessuna materia potrà essere trasferita prima della definizione dei livelli essenziali.
+ Le opposizioni intanto raccolgono le firme per un referendum abrogativo, e sostengono di averne già superate trecentomila.
+ «Non è una riforma, è una secessione dei ricchi», ha detto il presidente della Campania.
- Continua a leggere su Il Quotidiano del Sud
- Contenuto correlato
- Meloni: «Sull'autonomia nessun passo indietro»
- Il Quotidiano del Sud
- Referendum, la Cgil lancia la raccolta firme
- Il Fatto Nazionale
- Altro da Il Quotidiano del Sud
- Commenti
- Invia feedback a Microsoft
- Privacy e cookie
- Condizioni per l'utilizzo
- © Microsoft 2024
""",
    # --- Polish ----------------------------------------------------------------------------
    ("pl", "portal"): """
- Wiadomości
- Kraj
- Polityka
- Świat
- Wiadomości › Kraj › Polityka
+ Sejm przyjął ustawę o Trybunale. Prezydent zapowiada weto
+ Posłowie koalicji rządzącej przegłosowali nowelizację ustawy o Trybunale Konstytucyjnym. Opozycja zapowiada skargę, a Pałac Prezydencki sygnalizuje weto.
- Autor: Jan Nowak
- 12 marca 2024, 14:05
- Czas czytania: 4 min
- 127 komentarzy
+ Warszawa, 12 marca (PAP) - Sejm przyjął we wtorek nowelizację ustawy o Trybunale Konstytucyjnym. Za głosowało 240 posłów, przeciw było 206, a trzech wstrzymało się od głosu.
+ Nowelizacja przewiduje między innymi wygaszenie kadencji sędziów wybranych w 2015 roku oraz nowe zasady wyboru prezesa Trybunału.
+ Weto niemal pewne
+ Szef Kancelarii Prezydenta powiedział dziennikarzom, że prezydent „nie podpisze ustawy, która łamie konstytucję”. Koalicja nie ma większości potrzebnej do odrzucenia weta.
+ Minister sprawiedliwości przekonuje jednak, że ustawa trafi do Trybunału dopiero po wyborach prezydenckich. Do tego czasu rząd chce ograniczyć się do uchwał Sejmu.
+ Na razie nic się nie zmieni.
- Źródło: PAP
- Tematy: Sejm, Trybunał Konstytucyjny, weto
- Zobacz także
- Kto zostanie nowym prezesem Trybunału? Są trzy nazwiska
- Sondaż: Polacy podzieleni w sprawie weta
- Komentarze (127)
- Zaloguj się, aby dodać komentarz
- Anonim
- 2 godziny temu
- Znowu to samo, a sprawy ludzi stoją w miejscu.
- Odpowiedz
- 34
- 5
- obywatel_77
- 3 godziny temu
- Weto było do przewidzenia od samego początku.
- Odpowiedz
- 12
- 2
- Marta K.
- 3 godziny temu
- Dobrze, że ktoś w końcu zajął się Trybunałem.
- Odpowiedz
- Pokaż więcej komentarzy
- Regulamin
- Polityka prywatności
- Kontakt
- Reklama
- © 2024 Portal Informacyjny sp. z o.o.
""",
    ("pl", "wordpress"): """
- Blog Obywatelski
- Strona główna
- O mnie
- Kontakt
+ Dlaczego samorządy boją się reformy finansów
- Opublikowano 12 marca 2024 przez Marek Wiśniewski
- 3 komentarze
+ Rząd przedstawił w poniedziałek założenia reformy finansów samorządów. Gminy mają dostawać większy udział w podatku dochodowym, ale stracą część dotacji celowych.
+ Burmistrzowie małych miast obawiają się, że na zmianie zyskają tylko duże miasta. Związek Gmin Wiejskich zapowiedział już własne wyliczenia.
+ Co z subwencją?
+ Najwięcej emocji budzi przyszłość subwencji wyrównawczej. Ministerstwo twierdzi, że zostanie zachowana, ale projekt nie podaje jej wysokości.
+ Samorządowcy chcą rozmawiać. Rząd na razie nie odpowiada
- Udostępnij:
- Facebook
- X
- Drukuj
- Lubię to:
- Lubię to Wczytywanie…
- Podobne wpisy
- Janosikowe po nowemu: kto zapłaci więcej?
- Budżety gmin w 2024 roku
- 3 komentarze do “Dlaczego samorządy boją się reformy finansów”
- Kasia
- 12 marca 2024 o 18:30
- U nas w gminie już liczą, ile stracą na dotacjach.
- Odpowiedz
- Tomasz
- 12 marca 2024 o 20:12
- Bez subwencji małe gminy nie przetrwają.
- Odpowiedz
- Ewa P.
- 13 marca 2024 o 07:45
- Dziękuję za rzetelny tekst.
- Odpowiedz
- Dodaj komentarz Anuluj pisanie odpowiedzi
- Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *
- Komentarz *
- Nazwa *
- Email *
- Opublikuj komentarz
- Poprzedni wpis
- Następny wpis
- Motyw: Blogberg. Dumnie wspierane przez WordPress
""",
    # --- Russian ---------------------------------------------------------------------------
    ("ru", "portal"): """
- Главная
- Новости
- Политика
- В мире
- Экономика
+ Госдума приняла закон о новых правилах выборов в регионах
- 12 марта 2024, 14:05
- Обновлено 12 марта 2024, 15:30
- Иван Петров
- Время чтения: 3 мин
- 1245
+ МОСКВА, 12 мар — Государственная дума приняла во втором и третьем чтениях закон, меняющий порядок выборов в региональные парламенты. За документ проголосовали 320 депутатов.
+ Закон сокращает долю депутатов, избираемых по партийным спискам, и вводит новые требования к сбору подписей для независимых кандидатов.
+ Позиция оппозиции
+ Представители КПРФ и «Справедливой России» голосовали против. По их словам, новые правила сделают участие малых партий в выборах практически невозможным.
+ Авторы закона утверждают, что изменения «упорядочат избирательный процесс». Закон вступит в силу с 1 сентября.
+ «Это шаг назад для региональной демократии», — заявил один из депутатов оппозиции.
- Теги
- Госдума
- Выборы
- Регионы
- Читайте также
- Совет Федерации одобрил поправки в бюджет
- ЦИК утвердил дату выборов в Мосгордуму
- Комментарии (12)
- Александр
- 3 часа назад
- Опять поменяли правила перед выборами.
- Ответить
- Нравится 5
- Ольга_М
- 4 часа назад
- Малые партии и так никуда не проходили.
- Ответить
- Нравится 2
- Виктор С.
- 5 часов назад
- Посмотрим, что скажет Конституционный суд.
- Ответить
- Показать ещё комментарии
- © 2024 Вестник Дня. Все права защищены.
- 18+
""",
    ("ru", "telegram_vk"): """
- Агрегатор новостей
- Каналы
- Политика
- Политический обозреватель
- 45 200 подписчиков
- Подписаться
+ Почему губернаторов снова меняют перед выборами
- 12.03.2024 14:05
- 👁 12 345
+ За последнюю неделю Кремль сменил сразу трёх губернаторов. Во всех трёх регионах осенью пройдут выборы, и новым главам дают полгода, чтобы стать узнаваемыми.
+ Источники в администрации президента объясняют отставки «плановой ротацией». Однако двое из трёх бывших губернаторов ещё в январе говорили, что собираются идти на новый срок.
+ Политологи видят в этом старую схему: назначенный врио получает время, ресурсы и поддержку федеральных СМИ, а конкуренты — почти ничего.
+ Посмотрим, кто будет следующим.
- Источник: t.me/polit_obozrevatel
- Подписаться на канал
- Нравится 120
- Поделиться 14
- Комментарии 8
- Сергей Иванов
- сегодня в 15:20
- Схема работает уже двадцать лет.
- Ответить
- Наталья Кузнецова
- сегодня в 15:42
- Интересно, кого назначат в нашем регионе.
- Ответить
- Дмитрий
- сегодня в 16:03
- Всё решено заранее.
- Ответить
- Показать следующие комментарии
- Похожие публикации
- Выборы губернаторов: кто получит поддержку
""",
}

# Second development set, written after the first page rules to probe how general they are
# (other platforms and the hard cases: a short title, a live blog's times, numbers in the body,
# a list, a Title Case title under a menu row, Substack in French, Medium in Italian, a Polish and
# a Russian portal with widgets inside the body). Baseline against the cleaner of the base: 0 of
# 21 pages clean, 216 of 427 noise lines left; with the page rules: 12 of 21, 11 left; none lost.
PAGES_2 = {
    ('en', 'yahoo'): """
- Yahoo News
- Home
- US
- World
- Politics

+ House passes stopgap bill hours before shutdown deadline

- Jane Roe
- Updated Sat, March 2, 2024 at 11:42 PM
- ·3 min read
- 1.4k

+ WASHINGTON (Reuters) - The House of Representatives on Saturday passed a stopgap spending bill that would keep the federal government funded until mid-April, sending the measure to the Senate hours before a shutdown deadline.

+ The bill passed 320 to 99, with more Democrats than Republicans voting in favour, a sign of the speaker's continued dependence on the minority party.

+ Conservatives angry

+ Several hardline Republicans said they would consider a motion to remove the speaker, though none filed one on Saturday.

+ "We did our job."

- (Reporting by Jane Roe; Editing by Mark Porter)
- Terms and Privacy Policy
- Your Privacy Choices
- Recommended Stories
- Trump allies plan new push on tariffs
- Reuters
- 2h ago
- Senate Democrats weigh new border deal
- The Hill
- 5h ago
""",
    ('de', 'forum'): """
+ Bürgergeld: Koalition streitet über Sanktionen

- Politik-Forum › Innenpolitik › Sozialpolitik
- Thema eröffnet von Redaktion · 12.03.2024

+ Die Koalition ist über die geplanten Verschärfungen beim Bürgergeld zerstritten. Die FDP will Leistungen für Arbeitsverweigerer vollständig streichen, die SPD lehnt das ab.

+ Arbeitsminister Heil hatte zuletzt einen Kompromiss vorgeschlagen, nach dem Kürzungen auf zwei Monate begrenzt werden sollen. Die Grünen wollen zunächst die Zahlen der Jobcenter abwarten.

+ Wie geht es weiter?

+ Der Bundestag soll im April über den Entwurf beraten. Bis dahin will das Ministerium neue Zahlen vorlegen.

+ Wir werden sehen

- 14 Antworten
- Hans M. schrieb am 12.03.2024 um 14:05:
- Die Debatte geht an der Wirklichkeit in den Jobcentern vorbei.
- Zitieren
- Melden
- kaffeetrinker schrieb am 12.03.2024 um 15:17:
- Zwei Monate sind ein fauler Kompromiss, aber besser als nichts.
- Zitieren
- Melden
- Antwort schreiben
- Seite 1 von 2
- Weiter »
""",
    ('fr', 'lemonde'): """
- Politique
+ Assurance-chômage : le gouvernement durcit encore les règles
- Le Monde avec AFP
- Publié aujourd’hui à 14h05, modifié à 15h30
- Lecture 2 min.
- Article réservé aux abonnés
- Offrir l’article
- Ajouter à vos sélections
- Partager
+ Le premier ministre a annoncé mardi une nouvelle réforme de l’assurance-chômage, la troisième en cinq ans, qui réduira la durée d’indemnisation des demandeurs d’emploi de plus de 55 ans.
+ Les syndicats ont dénoncé une mesure « injuste et inefficace », alors que le taux de chômage remonte légèrement depuis le début de l’année.
+ « Un choix politique »
+ Pour l’économiste interrogé par l’AFP, la réforme répond moins à une urgence financière qu’à « un choix politique assumé ». Le décret doit être publié avant l’été.
+ Les partenaires sociaux seront reçus à Matignon jeudi.
- Le Monde avec AFP
- Contribuer
- Réutiliser ce contenu
- Lecture du Monde en cours sur un autre appareil.
- Vous pouvez lire Le Monde sur un seul appareil à la fois
- Services Le Monde
- Newsletters
- Mentions légales
""",
    ('it', 'corriere'): """
- Corriere della Sera
- Politica
- di Marco Galluzzo
+ Legge di bilancio, la Lega chiede la flat tax per i dipendenti
- 12 marzo 2024 (modifica il 12 marzo 2024 | 15:30)
- shadow
- Ascolta l'articolo
- 3 min
+ ROMA – La Lega torna a chiedere l'estensione della flat tax ai lavoratori dipendenti con redditi fino a 50 mila euro. La proposta sarà presentata al vertice di maggioranza di giovedì.
+ Forza Italia frena: per il partito di Tajani la priorità resta il taglio del cuneo fiscale, mentre Fratelli d'Italia non si sbilancia.
+ Il nodo delle coperture
+ Secondo le stime del ministero dell'Economia, la misura costerebbe almeno cinque miliardi l'anno.
+ «Non ci sono i soldi»
- 12 marzo 2024 (modifica il 12 marzo 2024 | 15:30)
- © RIPRODUZIONE RISERVATA
- Leggi anche
- Pensioni, quota 103 verso la proroga
- Manovra, il governo cerca dieci miliardi
- Ultime notizie
- Newsletter
""",
    ('ru', 'vk'): """
- ВКонтакте
- Новости регионов
- 12 мар в 14:05
+ Мэрия отказалась согласовать митинг против застройки парка
+ Городская администрация отказала инициативной группе в согласовании митинга против застройки парка на набережной. В качестве причины чиновники назвали ремонт дорог.
+ Организаторы намерены обжаловать отказ в суде и подать новое уведомление на другую дату.
+ Ранее депутаты городской думы дважды откладывали рассмотрение проекта застройки.
+ Жители собрали больше пяти тысяч подписей
- Нравится 245
- Комментировать 38
- Поделиться 51
- 12 тыс. просмотров
- Показать все комментарии
- Андрей Смирнов
- Опять всё решили без жителей.
- 12 мар в 14:40
- Ответить
- Елена Волкова
- Надо идти в суд.
- 12 мар в 15:02
- Ответить
""",
    ('pl', 'telegram'): """
- Polityka na kanałach
- Kanał: Sejm Flash
- 32 tys. subskrybentów
- Przesłane z: Sejm Flash
+ Marszałek Sejmu zapowiedział przyspieszenie prac nad ustawą o związkach partnerskich. Pierwsze czytanie ma się odbyć jeszcze w marcu.
+ Projekt przygotował resort ds. równości, ale w koalicji wciąż nie ma zgody co do zakresu praw dla par.
+ PSL zapowiada własne poprawki, a prezydent nie wyklucza weta.
+ Czy to się uda?
- 👍 412
- 👎 57
- 🔥 23
- 4,5 tys. wyświetleń
- 14:05
- Dołącz do kanału
""",
    ('en', 'ghost'): """
- The Policy Desk
- Home
- About
- Sign in
- Subscribe
+ Congress quietly extends the surveillance program again
- Opinion
- Rachel Kim
- Apr 20, 2024
- 4 min read
+ For the third time in five years, Congress has extended Section 702 of the Foreign Intelligence Surveillance Act without the warrant requirement that civil liberties groups had demanded.
+ The extension passed the Senate shortly after midnight on Saturday, minutes after the program had technically lapsed. Several amendments that would have required warrants for searches of Americans' communications failed by narrow margins.
+ Why it matters
+ Supporters argue that the program is essential to counter-terrorism work. Critics point out that the FBI has misused it repeatedly, including to search for information on protesters and political donors.
+ The fight will return in two years
- Share
- Copy link
- Member discussion
- 3 comments
- Sign in or become a member to join the conversation.
- Tom Reyes
- 2 hours ago
- Two years from now we will be having exactly the same debate.
- Reply
- Like
- Alicia Moore
- 3 hours ago
- The warrant amendment lost by one vote. One.
- Reply
- Like
- Read more
- The Senate's budget math does not add up
- Apr 12, 2024
- What the new FEC rules mean for small donors
- Apr 5, 2024
- The Policy Desk © 2024
- Powered by Ghost
""",
    ('de', 'blogger'): """
- Politik am Rand
- Ein Blog über Landespolitik
- Dienstag, 12. März 2024
+ Landtag streitet über Schulgesetz
+ Der Landtag hat am Dienstag in erster Lesung über das neue Schulgesetz beraten. Die Regierung will die Grundschulempfehlung wieder verbindlich machen, die Opposition spricht von einem Rückschritt.
+ Die Kultusministerin verteidigte den Entwurf mit Hinweis auf die Ergebnisse der letzten Vergleichsstudien. Viele Kinder seien auf weiterführenden Schulen überfordert.
+ Die Elternverbände kündigten Widerstand an. Eine Petition gegen die Pläne hat bereits mehr als zwanzigtausend Unterschriften.
+ „Wir lassen uns das nicht gefallen“
- Eingestellt von Peter Hoffmann um 10:14
- Diesen Post per E-Mail versenden
- BlogThis!
- Auf X teilen
- In Facebook freigeben
- Labels: Bildung, Landtag, Schulgesetz
- 2 Kommentare:
- Anonym 12. März 2024 um 11:02
- Endlich mal wieder Leistung statt Gleichmacherei.
- Antworten
- Sabine K. 12. März 2024 um 13:40
- Die Petition habe ich auch unterschrieben.
- Antworten
- Kommentar veröffentlichen
- Neuerer Post
- Älterer Post
- Startseite
- Abonnieren
- Kommentare zum Post (Atom)
- Blog-Archiv
- ► 2024 (9)
- ► 2023 (31)
- Design „Einfach“. Powered by Blogger.
""",
    ('it', 'portal'): """
- Il Giornale del Nord
- Cronaca
- Politica
- Economia
- Sport
- Politica › Governo
+ Manovra, scontro sulle pensioni tra Lega e Forza Italia
- di Paolo Bianchi
- 12 marzo 2024 - 14:05
- Tempo di lettura: 3 minuti
- 14 commenti
+ ROMA, 12 marzo 2024 – Nuovo scontro nella maggioranza sulla riforma delle pensioni. La Lega insiste sulla proroga di Quota 103, mentre Forza Italia chiede di aumentare le pensioni minime.
+ Il ministro dell'Economia ha ricordato che le risorse disponibili sono limitate e che ogni misura dovrà essere compensata da tagli di spesa.
+ Le opposizioni attaccano
+ Il Partito democratico accusa il governo di aver abbandonato le promesse elettorali. Il Movimento 5 Stelle annuncia una mozione in Parlamento.
+ Il vertice di maggioranza è previsto per giovedì.
- Argomenti
- Pensioni
- Manovra
- Governo Meloni
- Commenti (14)
- Accedi per commentare
- marco75 · 3 ore fa
- Sempre le stesse promesse, mai mantenute.
- Rispondi
- Mi piace 4
- Lucia_R · 4 ore fa
- Quota 103 costa troppo, lo sanno tutti.
- Rispondi
- Mi piace 2
- Carica altri commenti
- Il Giornale del Nord S.r.l. - P.IVA 01234567890
- Privacy | Cookie policy | Contatti
""",
    ('pl', 'blogspot'): """
- Notatnik Polityczny
- poniedziałek, 11 marca 2024
+ Koalicja pod presją rolników
+ Protesty rolników wróciły na ulice Warszawy. Organizatorzy domagają się wypowiedzenia umowy handlowej z Ukrainą i wycofania się z części założeń Zielonego Ładu.
+ Rząd zapowiada rozmowy, ale na razie nie przedstawił konkretnych propozycji. Minister rolnictwa spotkał się z przedstawicielami związków, lecz po spotkaniu nie padły żadne deklaracje.
+ Opozycja wspiera protestujących i oskarża rząd o bierność.
+ Kolejny protest zaplanowano na przyszły tydzień.
- Opublikowane przez Adam Zieliński o 21:37
- Wyślij pocztą e-mail
- Wrzuć na bloga
- Udostępnij w usłudze X
- Etykiety: rolnicy, rząd, protesty
- 3 komentarze:
- Anonimowy 11 marca 2024 22:05
- Rolnicy mają rację, import zabija nasze gospodarstwa.
- Odpowiedz
- Krzysztof 12 marca 2024 07:40
- A kto zapłaci za te dopłaty?
- Odpowiedz
- Anonimowy 12 marca 2024 09:12
- Dobrze napisane.
- Odpowiedz
- Dodaj komentarz
- Nowszy post
- Starszy post
- Strona główna
- Subskrybuj:
- Komentarze do posta (Atom)
""",
    ('ru', 'tgstat'): """
- TGStat
- Каналы
- Публикации
- Политика сегодня
- @politika_today
- 12 мар, 14:05
+ В Госдуме предложили снизить возраст для участия в выборах в муниципальные советы до 18 лет. Законопроект внесли депутаты от ЛДПР.
+ Авторы инициативы считают, что это привлечет молодежь к местному самоуправлению. В правительстве к идее относятся сдержанно и ждут отзыва Минюста.
+ Ранее похожий законопроект уже отклоняли в 2021 году.
+ Шансы на принятие невелики.
- 👁 15.3K
- 🔁 124
- 💬 18
- Открыть в Telegram
- Похожие публикации
- ЛДПР внесла законопроект о налоге на роскошь
- 11 мар, 18:20
- Комментарии
- Иван
- 12 мар в 14:30
- Давно пора.
- Ответить
- Марина С.
- 12 мар в 15:10
- В 18 лет в советы? Смешно.
- Ответить
""",
    ('en', 'msn'): """
- MSN
- News
- Politics
+ Supreme Court to hear case on state social media laws
- Story by Daniel Ortiz
- • 1h
- • 3 min read
+ The Supreme Court agreed on Monday to hear a challenge to laws in Texas and Florida that restrict how large social media platforms moderate content, setting up a major First Amendment case for next term.
+ The laws, passed in 2021, bar platforms from removing posts based on a user's political views. Industry groups argue that the laws violate the companies' own free speech rights.
+ A divided lower court
+ Two federal appeals courts reached opposite conclusions on the laws, making Supreme Court review all but certain.
+ Arguments are expected in the fall.
- © The Hill
- Continue Reading
- Show full articles without "Continue Reading" button for {0} hours.
- Related video: Justices weigh online speech (CBS News)
- Duration 2:14
- View on Watch
- More for You
- Senators clash over border funding
- The Hill
- 2h
- Feedback
""",
    ('en', 'short_title'): """
- The Daily Ledger
- Home
- Politics
- World
+ Brexit, again
- By Sarah Collins
- March 3, 2024
- 5 min read
+ WASHINGTON —
+ The British government will hold a new round of talks with Brussels next month, officials said on Tuesday, in an attempt to settle the remaining disputes over trade in Northern Ireland.
+ The list of open issues is short:
+ - veterinary checks
+ - state aid rules
+ - the role of the European court
+ Officials on both sides say a deal is possible before the summer, but warn that domestic politics could get in the way.
+ What comes next?
- Share
- 12 comments
- Jim B.
- 2 hours ago
- Here we go again.
- Reply
- Anna T.
- 3 hours ago
- Not another round of this.
- Reply
""",
    ('de', 'liveblog'): """
- Nachrichten
- Politik
- Liveblog
+ Bundestag debattiert über Rentenpaket – der Tag im Überblick
- 12.03.2024, 08:00 Uhr
- Aktualisiert: 12.03.2024, 16:30 Uhr
+ 16:30 Uhr
+ Die Abstimmung über das Rentenpaket ist auf Donnerstag verschoben worden. Die Koalition braucht nach Angaben aus Fraktionskreisen mehr Zeit für Gespräche mit Abweichlern.
+ 14:05 Uhr
+ Der Arbeitsminister verteidigt im Plenum die Finanzierung über das Generationenkapital. Die Union spricht von einem „Rentenpaket auf Pump“.
+ 11:20 Uhr
+ Vor dem Reichstag demonstrieren mehrere hundert Menschen gegen die geplante Anhebung der Beiträge. Die Polizei spricht von einer friedlichen Kundgebung.
- Mehr zum Thema
- Rente mit 63: Was sich ändern soll
- Kommentare
- Anmelden zum Kommentieren
- Hans W.
- vor 2 Stunden
- Die Jungen zahlen wieder die Zeche.
- Antworten
- Petra S.
- vor 3 Stunden
- Gut, dass endlich etwas passiert.
- Antworten
""",
    ('pl', 'numbers'): """
+ Budżet 2024: rząd przyjął projekt
- Autor: Anna Kowalska
- 12.03.2024 14:05
- 1245 odsłon
- Udostępnij
+ Rada Ministrów przyjęła we wtorek projekt budżetu na 2024 rok. Deficyt ma wynieść 164 mld zł, a dochody państwa wzrosną o ponad 10 procent.
+ Najważniejsze liczby
+ Dochody: 682 mld zł
+ Wydatki: 846 mld zł
+ Deficyt: 164 mld zł
+ Minister finansów zapowiedział, że projekt trafi do Sejmu jeszcze w tym tygodniu. Opozycja krytykuje wysokość deficytu i zapowiada poprawki.
+ Sejm zajmie się projektem 20 marca.
- Tagi: budżet, deficyt, Sejm
- Komentarze (3)
- jan_k
- 2 godz. temu
- Kolejny rekordowy deficyt.
- Odpowiedz
- Marek
- 3 godz. temu
- Trzeba było ciąć wydatki.
- Odpowiedz
""",
    ('it', 'quote_end'): """
- Notizie Oggi
- Home
- Politica
- Esteri
+ Il Senato approva il decreto sull'energia
- Redazione
- 12 Marzo 2024
- 3 min di lettura
+ Il Senato ha approvato con 98 voti favorevoli il decreto sull'energia, che ora passa alla Camera per il voto finale entro la fine del mese.
+ Il provvedimento prevede nuovi aiuti per le famiglie a basso reddito e un taglio degli oneri di sistema per le piccole imprese.
+ Il ministro ha parlato di «un passo importante».
+ «Ora tocca alla Camera»
- Tag
- energia
- Senato
- decreto
- 4 commenti
- Franco
- 12 Marzo 2024 alle 15:20
- Finalmente qualcosa per le famiglie.
- Rispondi
- Giulia
- 12 Marzo 2024 alle 16:02
- Aiuti troppo piccoli.
- Rispondi
""",
    ('en', 'menu_row'): """
- Home News Politics World Business Opinion
- Politics › Congress
+ Senate Passes Budget Deal
- By Jane Doe
- March 3, 2024 at 9:14 pm
- 4 min read
+ The Senate passed a two-year budget agreement late on Thursday, ending months of negotiations and averting a government shutdown that had seemed likely only a week ago.
+ The deal raises spending caps for defence and domestic programs and suspends the debt limit until 2026.
+ Fazit
+ The House votes next.
- Share this article
- Related
- House Republicans split over spending caps
- 2 days ago
- Democrats claim win on domestic programs
- 3 days ago
""",
    ('fr', 'substack'): """
- La Lettre de l'Hémicycle
- S'abonner
- Se connecter
+ Pourquoi le budget sera adopté sans vote
+ Le gouvernement n'a pas de majorité, mais il a un calendrier.
- Julien Marchand
- 14 oct. 2024
- 23
- 4
- Partager
+ Le projet de loi de finances arrive cette semaine dans l'hémicycle, et tout le monde connaît déjà la fin de l'histoire : faute de majorité, le gouvernement utilisera le 49.3.
+ Les oppositions préparent leurs motions de censure, mais aucune ne semble en mesure de réunir 289 voix.
+ Le vrai rendez-vous
+ Le vrai test viendra au printemps, lors de l'examen du budget de la Sécurité sociale, quand plusieurs députés de la majorité menacent de voter contre.
+ Rien n'est joué.
- Merci de lire La Lettre de l'Hémicycle ! Abonnez-vous gratuitement pour recevoir les nouveaux articles.
- S'abonner
- 23 J'aime
- 4 commentaires
- Partager
- Discussion à propos de ce post
- Commentaires
- Claire D.
- 14 oct.
- Très clair, merci.
- Répondre
- Partager
- Paul M.
- 15 oct.
- Le 49.3 devient la norme.
- Répondre
- Partager
- © 2024 Julien Marchand
- Confidentialité ∙ Conditions ∙ Avis de collecte
- Lancez votre Substack
- Obtenir l'application
""",
    ('ru', 'portal2'): """
- Новости
- Политика
- Общество
- Экономика
+ В Думе обсудили законопроект о платформенной занятости
+ Депутаты рассмотрели в первом чтении законопроект, который впервые определит права курьеров и водителей такси, работающих через онлайн-платформы.
- 14 октября 2024, 12:30
- Анна Соколова
- Фото: пресс-служба Госдумы
+ Законопроект обязывает платформы страховать исполнителей и раскрывать правила расчета вознаграждения.
- Читайте также: Курьеры вышли на забастовку в трех городах
+ По словам авторов документа, он коснется более трех миллионов человек. Профсоюзы считают, что закон не решает главной проблемы — отсутствия минимальной оплаты.
+ Что дальше
+ Второе чтение запланировано на ноябрь.
- Теги:
- Госдума
- Платформы
- Комментарии 5
- Сергей
- 2 часа назад
- Давно пора навести порядок.
- Ответить
- Ирина
- 3 часа назад
- Опять всё за счет курьеров.
- Ответить
""",
    ('pl', 'onet'): """
- Onet Wiadomości
- Kraj
- Świat
- Polityka
+ Rząd chce zmian w Kodeksie wyborczym. Opozycja: to skok na wybory
- Piotr Nowicki
- Dziennikarz działu Kraj
- 14 października 2024, 09:15
- Ten tekst przeczytasz w 3 minuty
+ Ministerstwo Spraw Wewnętrznych przedstawiło projekt nowelizacji Kodeksu wyborczego. Zakłada on między innymi likwidację części obwodowych komisji wyborczych w małych gminach.
- Zobacz także: Kto zyska na nowej ordynacji?
+ Według resortu zmiany mają obniżyć koszty organizacji wyborów. Opozycja twierdzi, że utrudnią one głosowanie mieszkańcom wsi.
+ Czy projekt przejdzie przez Sejm?
- Źródło: Onet
- Data utworzenia: 14 października 2024, 09:15
- Tematy:
- Sejm
- Wybory
- Komentarze (214)
- Zaloguj się, aby skomentować
- Anonim
- 1 godz. temu
- Kolejna zmiana pod siebie.
- Odpowiedz
- 45
- 3
- ewa_z_gdanska
- 2 godz. temu
- A może po prostu chodzi o pieniądze?
- Odpowiedz
- 12
- 1
""",
    ('it', 'medium'): """
- Apri nell'app
- Iscriviti
- Accedi
+ Perché la riforma della giustizia divide il governo
+ Separazione delle carriere, Csm sorteggiato e nuova Alta Corte: cosa cambia davvero.
- Luca Moretti
- Segui
- 5 min di lettura
- ·
- 14 ott 2024
- 87
- 3
- Ascolta
- Condividi
+ La riforma costituzionale della giustizia torna in aula alla Camera. Il governo vuole approvarla entro l'anno, ma nella maggioranza non tutti sono convinti.
+ Il nodo principale riguarda il sorteggio dei membri del Consiglio superiore della magistratura, che l'Associazione nazionale magistrati considera incostituzionale.
+ «Non è una riforma, è una punizione», ha detto il presidente dell'Anm.
- Politica
- Giustizia
- 87
- 3
- Scritto da Luca Moretti
- 320 follower
- Giornalista parlamentare. Scrivo di istituzioni e riforme.
- Segui
- Risposte (3)
- Marta Ricci
- 15 ott 2024
- Articolo chiaro e utile.
- Rispondi
- Giorgio B.
- 15 ott 2024
- Il sorteggio è una follia.
- Rispondi
- Altro da Luca Moretti
- Autonomia, la partita delle Regioni
- Consigliati da Medium
- Aiuto
- Stato
- Informazioni
- Privacy
""",
}

CASES = {key: _page(f"page-{key[0]}-{key[1]}", text) for key, text in PAGES.items()}
CASES_2 = {key: _page(f"page-2-{key[0]}-{key[1]}", text) for key, text in PAGES_2.items()}


# Misses, kept visible as strict xfails: noise the page rules leave, never a paragraph lost.
MISSES: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("key", [
    pytest.param(key, id="-".join(key),
                 marks=[pytest.mark.xfail(reason=MISSES[key], strict=True)] if key in MISSES else [])
    for key in sorted(CASES)])
def test_whole_page(key):
    assert _problems(CASES[key], key[0]) == []


@pytest.mark.parametrize("key", [pytest.param(key, id="-".join(key)) for key in sorted(CASES)])
def test_whole_page_loses_no_paragraph(key):
    assert [p for p in _problems(CASES[key], key[0]) if p.startswith("lost")] == []


def test_twelve_pages_two_per_language():
    langs = [lang for lang, _ in CASES]
    assert len(CASES) >= 12 and all(langs.count(lang) == 2 for lang in set(langs))


MISSES_2: dict[tuple[str, str], str] = {}  # all nine misses of round 10 fixed in round 11


@pytest.mark.parametrize("key", [
    pytest.param(key, id="-".join(key),
                 marks=[pytest.mark.xfail(reason=MISSES_2[key], strict=True)] if key in MISSES_2 else [])
    for key in CASES_2])
def test_whole_page_2(key):
    assert _problems(CASES_2[key], key[0]) == []


@pytest.mark.parametrize("key", [pytest.param(key, id="-".join(key)) for key in CASES_2])
def test_whole_page_2_loses_no_paragraph(key):
    assert [p for p in _problems(CASES_2[key], key[0]) if p.startswith("lost")] == []


# A third development set, written in round 13 after its rules, from memory of six more sites
# (the Guardian, Le Monde, Die Zeit, Corriere della Sera, Wyborcza, RIA Novosti): first measured
# with the round's page rules: 3 of 6 clean, 3 of 105 noise lines left, and one title lost (Die
# Zeit's, three words under a kicker, a series name and the date, taken for a label until the
# line right above the body became the title whatever the test of the first long line says). A
# seventh page (a live blog) lost its three-word title above "Stand: 12.03.2024 22:15 Uhr" until
# a date or time under a one- or two-word label (or with one in brackets after it) became a stamp
# of the head; that rule also took RIA's "14:22 12.03.2024 (обновлено: 15:05 12.03.2024)". Now 4
# of 7 clean, 4 of 116 noise lines left, no paragraph lost. An eighth page (a question for a
# title, a standfirst, then the author's name and the date) kept its menu, name and date: the
# body's run opened at the title and ran over them; now, when the run opens with at most a title
# and one paragraph over two or more lines of the head's chrome with a stamp among them (none
# shaped like a line of the body below), the head ends under that chrome. 5 of 8 clean, 4 of 125
# noise lines left, no paragraph lost. A ninth page (Medium: the title over the author's name, a
# follow button and "Published in <publication>") lost its title: the title was taken for a
# site's tagline and the "Published in" line for the title over the byline; a line that opens
# with a verb of publishing is no title now. 6 of 9 clean, 4 of 149 noise lines left, no
# paragraph lost. A tenth page (a French blog: its four-word name over its menu, the title, the
# rules' byline) kept its name and menu: the name was the first long line, so the title; the
# headline alone in its block above the body is the title now also with blocks the rules took
# whole (the byline) between it and the body. 7 of 10 clean, 4 of 159 noise lines left, no
# paragraph lost. Round 14 (rules written on held-out set 13's pages): the live blog's broadcast
# note (a short header with a colon over one line, the page's noise under it) goes as a list of
# related headlines: 8 of 10 clean, 2 of 159 noise lines left, no paragraph lost. Round 15: an
# eleventh page (a German news portal: the last paragraph under the topic tags and the share row,
# above "Meistgelesen" and the comments) lost that paragraph with the round-14 rules; a paragraph
# parted from the body only by tags and a share row is the body's now: 9 of 11 clean, 2 of 190
# noise lines left, no paragraph lost.
PAGES_3 = {
    'en-guardian': ('en', page_from_blocks('en-guardian', [
        ['-Skip to main content', '-Support the Guardian', '-Fund independent journalism with £5 per month', '-Support us'],
        ['-News', '-Opinion', '-Sport', '-Culture', '-Lifestyle'],
        ['-Politics'],
        ['-Peter Walker Political correspondent', '-Tue 12 Mar 2024 18.05 GMT'],
        ['-Share'],
        ['+Tory MPs urge chancellor to cut taxes before election'],
        ['+Dozens of Conservative MPs have written to the chancellor urging him to cut income tax in the spring budget.'],
        ['+The letter, seen by the Guardian, argues that the party cannot win the election without a clear offer to voters.'],
        ['+Treasury officials are said to be sceptical, warning that the public finances remain under strain.'],
        ['+A government spokesperson said the chancellor would set out his plans in due course.'],
        ['-Explore more on these topics', '-Conservatives', '-Tax and spending', '-Budget', '-news'],
        ['-Share', '-Reuse this content'],
        ['-Most viewed'],
        ["-I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Guardian's journalism."],
        ['-© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.'],
    ])),
    'fr-lemonde': ('fr', page_from_blocks('fr-lemonde', [
        ['-Le Monde', "-S'abonner", '-Se connecter'],
        ['-Politique'],
        ['-Par Claire Gatinois', '-Publié aujourd’hui à 10h12, modifié à 11h40'],
        ['-Lecture 3 min.', '-Offrir l’article', '-Lire plus tard', '-Partager'],
        ['+Le Sénat adopte le projet de loi sur l’immigration'],
        ['+Le Sénat a adopté mardi le projet de loi sur l’immigration, après deux semaines de débats tendus.'],
        ['+Le texte, durci par la majorité sénatoriale, doit désormais être examiné par l’Assemblée nationale.'],
        ['+« Nous avons fait notre travail », a déclaré le président de la commission des lois.'],
        ['+La gauche dénonce un texte « indigne » et promet de le combattre à l’Assemblée.'],
        ['-Contribuer', '-Réutiliser ce contenu'],
        ['-Lire aussi | Immigration : ce que contient le texte adopté'],
        ['-Cet article est réservé aux abonnés. Vous pouvez le lire en vous abonnant.'],
        ['-Les plus lus'],
    ])),
    'de-zeit': ('de', page_from_blocks('de-zeit', [
        ['-ZEIT ONLINE', '-Politik', '-Deutschland'],
        ['-Bundestag:'],
        ['-Aus der Serie: Hauptstadtnotizen'],
        ['-12. März 2024, 14:22 Uhr', '-Quelle: DIE ZEIT, dpa, AFP, ces', '-142 Kommentare'],
        ['+Bundestag beschließt Cannabis-Gesetz'],
        ['+Der Bundestag hat am Freitag die Teillegalisierung von Cannabis beschlossen.'],
        ['+Für das Gesetz stimmten 407 Abgeordnete, dagegen 226, vier enthielten sich.'],
        ['+Die Union kündigte an, das Gesetz nach einem Regierungswechsel wieder rückgängig zu machen.'],
        ['+Der Bundesrat muss sich noch mit dem Gesetz befassen.'],
        ['-Zur Startseite'],
        ['-Kommentare', '-Sortierung: Neueste zuerst', '-Melden Sie sich an, um mitzudiskutieren.'],
        ['-Beate_K', '-vor 2 Stunden', '-Endlich!', '-Antworten'],
        ['-Nordlicht1980', '-vor 3 Stunden', '-Das wird nicht gut gehen.', '-Antworten'],
        ['-Impressum', '-Datenschutz', '-Cookies & Tracking'],
    ])),
    'it-corriere': ('it', page_from_blocks('it-corriere', [
        ['-Corriere della Sera', '-Abbonati', '-Accedi'],
        ['-Politica'],
        ['-di Marco Galluzzo', '-12 marzo 2024 (modifica il 12 marzo 2024 | 19:40)'],
        ['-shadow', "-Ascolta l'articolo", '-3 min'],
        ['+Il governo approva il decreto sulle bollette'],
        ['+Il Consiglio dei ministri ha approvato il decreto che proroga gli aiuti per le bollette fino a giugno.'],
        ['+La misura costerà circa due miliardi di euro e sarà finanziata con i risparmi degli anni precedenti.'],
        ['+Le opposizioni parlano di un intervento insufficiente e chiedono un taglio strutturale delle accise.'],
        ['+Il decreto dovrà essere convertito in legge entro sessanta giorni.'],
        ['-© RIPRODUZIONE RISERVATA'],
        ['-Iscriviti alle newsletter di Corriere della Sera'],
        ['-Leggi anche', '-Bollette, cosa cambia da aprile', '-Caro energia, il piano del governo'],
        ['-Corriere della Sera - Tutti i diritti sono riservati', '-Per la pubblicità: CAIRORCS MEDIA S.p.A.'],
    ])),
    'pl-wyborcza': ('pl', page_from_blocks('pl-wyborcza', [
        ['-Wyborcza.pl', '-Kraj', '-Świat', '-Opinie'],
        ['-Jan Nowak', '-12 marca 2024 | 14:05'],
        ['-Ten artykuł czytasz w ramach płatnej subskrypcji'],
        ['+Rząd przyjął projekt ustawy o związkach partnerskich'],
        ['+Rada Ministrów przyjęła we wtorek projekt ustawy o związkach partnerskich.'],
        ['+Projekt trafi teraz do Sejmu, gdzie jego los zależy od głosów koalicjantów.'],
        ['+Część posłów PSL zapowiedziała już, że nie poprze ustawy w obecnym kształcie.'],
        ['+Pierwsze czytanie ma się odbyć jeszcze w tym miesiącu.'],
        ['-Dołącz do dyskusji', '-Zgłoś naruszenie'],
        ['-Więcej artykułów o polityce'],
        ['-Masz pytanie lub temat? Napisz do nas'],
        ['-Copyright © Wyborcza sp. z o.o.'],
    ])),
    'ru-ria': ('ru', page_from_blocks('ru-ria', [
        ['-РИА Новости', '-Политика', '-В мире'],
        ['-14:22 12.03.2024 (обновлено: 15:05 12.03.2024)'],
        ['-1203', '-Читать ria.ru в', '-Дзен', '-Telegram'],
        ['+В Госдуме оценили новые санкции ЕС'],
        ['+Председатель комитета Госдумы по международным делам прокомментировал новый пакет санкций Евросоюза.'],
        ['+По его словам, ограничения ударят прежде всего по самим европейским странам.'],
        ['+Ранее Еврокомиссия представила проект тринадцатого пакета санкций.'],
        ['+Окончательное решение должны принять страны ЕС на следующей неделе.'],
        ['-Евросоюз', '-Санкции', '-Госдума'],
        ['-Добавить в избранное'],
        ['-Все комментарии', '-Новые первыми', '-Чтобы участвовать в дискуссии, авторизуйтесь или зарегистрируйтесь'],
        ['-© 2024 МИА «Россия сегодня»'],
    ])),
    'de-live': ('de', page_from_blocks('de-live', [
        ['-tagesschau.de', '-Inland', '-Liveblog'],
        ['+Liveblog zur Landtagswahl'],
        ['-Stand: 12.03.2024 22:15 Uhr'],
        ['+Die Wahllokale sind geschlossen, die ersten Hochrechnungen liegen vor.'],
        ['+22:10 Uhr'],
        ['+Die CDU liegt nach der ersten Hochrechnung bei 31 Prozent, die SPD bei 24 Prozent.'],
        ['+21:45 Uhr'],
        ['+Die Wahlbeteiligung lag nach Angaben des Landeswahlleiters bei 64 Prozent.'],
        ['+Wir halten Sie hier weiter auf dem Laufenden.'],
        ['-Dieses Thema im Programm:', '-Das Erste, Tagesschau, 12. März 2024, 20:00 Uhr'],
        ['-Mehr zum Thema', '-Landtagswahl: Die Ergebnisse im Überblick'],
        ['-Startseite', '-Impressum', '-Datenschutz'],
    ])),
    'en-standfirst': ('en', page_from_blocks('en-standfirst', [
        ['-THE NATION', '-Politics', '-World', '-Donate'],
        ['+Who Really Runs the Senate?'],
        ['+A new study finds that committee staff write most of the bills that reach the floor.'],
        ['-Alex Rivera', '-Mar 12, 2024'],
        ['+Ask a senator who writes the laws and you will get a civics-class answer.'],
        ['+Ask their staff and you will hear something else.'],
        ['+The study counted every bill introduced since 2015 and traced its first draft.'],
        ['+So who runs the Senate? The answer may surprise you.'],
        ['+P.S. The full study is available on the institute\'s website.'],
        ['-Alex Rivera is a contributing writer at The Nation.'],
        ['-Donate', '-Independent journalism needs your support. Give $10 a month today.'],
    ])),
    'en-medium-2': ('en', page_from_blocks('en-medium-2', [
        ['-Open in app', '-Sign up', '-Sign in'],
        ['+We Need to Talk About Turnout'],
        ['-Jamie Cole', '-Follow', '-Published in Civic Notes', '-5 min read', '-Mar 12, 2024'],
        ['+Turnout in local elections has fallen for a decade, and nobody in power seems worried.'],
        ['+In my city, fewer than one in five voters chose the mayor.'],
        ['+That is not a mandate. It is an accident.'],
        ['+So here is my ask: vote in May, and bring a friend.'],
        ['-Thanks for reading'],
        ['-Politics', '-Elections', '-Democracy'],
        ['-12', '-1'],
        ['-Written by Jamie Cole', '-240 Followers', '-Writer for Civic Notes'],
        ['-Help', '-Status', '-About', '-Careers', '-Blog', '-Privacy', '-Terms'],
    ])),
    'fr-blog-2': ('fr', page_from_blocks('fr-blog-2', [
        ['-Le blog de Pierre', '-Accueil', '-Contact'],
        ['+Pourquoi je voterai dimanche'],
        ['-Publié le 10 juin 2024 par Pierre'],
        ['+Beaucoup de mes amis me disent qu’ils n’iront pas voter dimanche.'],
        ['+Je les comprends, mais je crois qu’ils ont tort.'],
        ['+Voter, c’est peu de chose, mais c’est ce qui nous reste quand tout le reste a échoué.'],
        ['+Alors, dimanche, allez voter. Pour qui vous voulez, mais allez-y.'],
        ['+Et vous, qu’en pensez-vous ?'],
        ['-Partager :', '-Twitter', '-Facebook'],
        ['-J’aime ça :', '-J’aime chargement…'],
        ['-Laisser un commentaire'],
    ])),
    'de-news-tags': ('de', page_from_blocks('de-news-tags', [
        ['-Zum Inhalt springen', '-Startseite', '-Politik', '-Wirtschaft', '-Kultur', '-Sport'],
        ['-Inland'],
        ['+Bundestag beschließt Reform der Schuldenbremse'],
        ['+Die Koalition setzt sich nach wochenlangem Streit durch, die Opposition kündigt eine Klage an'],
        ['-Von Anna Berger, Berlin', '-12.03.2024, 18:40 Uhr'],
        ['+Der Bundestag hat am Dienstagabend mit knapper Mehrheit eine Reform der Schuldenbremse beschlossen, die den Ländern mehr Spielraum für Investitionen in Schulen und Straßen geben soll.'],
        ['+Nach dem Entwurf dürfen die Länder künftig Kredite bis zu einer Höhe von 0,35 Prozent ihrer Wirtschaftsleistung aufnehmen. Bisher war ihnen jede strukturelle Neuverschuldung untersagt.'],
        ['+Die Union kritisierte das Vorhaben scharf. "Das ist ein Freibrief für neue Schulden", sagte ihr haushaltspolitischer Sprecher im Plenum.'],
        ['-Themen in diesem Artikel', '-Schuldenbremse', '-Bundestag', '-Haushalt', '-Bundesländer'],
        ['-Teilen', '-Artikel verschicken'],
        ['+Ob die Reform vor dem Bundesverfassungsgericht Bestand haben wird, ist offen; mehrere unionsgeführte Länder wollen nach Angaben aus Fraktionskreisen noch vor der Sommerpause eine Normenkontrollklage einreichen.'],
        ['-Meistgelesen'],
        ['-Kommentare (58)', '-Sortieren nach: Neueste'],
        ['-klaus_m', '-12.03.2024 19:02', '-Endlich bewegt sich etwas.', '-Antworten'],
        ['-Buergerin_HH', '-12.03.2024 19:15', '-Schulden bleiben Schulden, egal wie man sie nennt.', '-Antworten'],
        ['-Impressum', '-Datenschutz', '-Kontakt', '-© 2024 Beispielverlag GmbH. Alle Rechte vorbehalten.'],
    ])),
}

MISSES_3: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.xfail(reason=MISSES_3[name], strict=True)] if name in MISSES_3 else [])
    for name in PAGES_3])
def test_whole_page_3(name):
    lang, case = PAGES_3[name]
    assert _problems(case, lang) == []


@pytest.mark.parametrize("name", list(PAGES_3))
def test_whole_page_3_loses_no_paragraph(name):
    lang, case = PAGES_3[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


# Round 39 (development on held-out set 40): a block of the page's tools inside the article (a
# download, share and print row, a members' offer with a save row and a photo credit, a subscribe
# box with its e-mail field) ended the article, and the rest of it went as the page's tail. The
# article now goes on under such a block when a paragraph of its own follows (quoted speech's "we"
# and "I" are the speaker's), or a subheading over its rows and such a paragraph. The pages of each
# language hold that shape; the near misses ("...-tail") hold a tools block under the last
# paragraph with the page's own author box, related headlines or comments under it, which still go.
PAGES_4 = {
    'en-tools-inside': ('en', page_from_blocks('en-tools-inside', [
        ['-Orlbury Borough Council', '-Home · News · Planning · Contact', '-Press release', '-14 November 2026'],
        ['+Council buys the old tannery yard for a riverside park',
         '+Orlbury Borough Council has agreed to buy the old tannery yard on the river for £310,000 and turn it into a small public park.',
         '+The site has stood empty since the tannery closed in 2009, and a housing scheme for it was refused twice.',
         '+Cabinet members approved the purchase unanimously on Wednesday evening.'],
        ['-Download this press release (PDF, 140 KB)', '-Share this page', '-Print'],
        ['+"We have waited fifteen years for a use of that yard that the whole town can enjoy," said the council leader, Margery Quint.',
         '+What the park will have',
         '+Play area: for children up to twelve',
         '+Landing stage: for canoes and rowing boats',
         '+Planting: wildflower meadow along the bank',
         '+Work is expected to begin next summer once the soil has been cleaned.'],
        ['-Media enquiries: press@orlbury.example', '-Tags: parks, river, planning', '-© Orlbury Borough Council 2026'],
    ])),
    'fr-tools-inside': ('fr', page_from_blocks('fr-tools-inside', [
        ['-Ville de Sautreville', '-Accueil › Actualités › Communiqués', '-Communiqué de presse'],
        ['+La médiathèque ouvrira le dimanche à partir de janvier',
         '+La médiathèque municipale de Sautreville ouvrira ses portes le dimanche après-midi à partir du 4 janvier, une première depuis son inauguration.',
         '+Le conseil municipal a voté lundi la création de deux postes à temps partiel pour assurer ces nouvelles permanences.',
         '+Les horaires de semaine ne changent pas, précise la mairie dans son communiqué.'],
        ['-Télécharger le communiqué (PDF, 96 Ko)', '-Partager cette page', '-Imprimer'],
        ["+« Nous voulions que les familles qui travaillent toute la semaine puissent enfin venir avec leurs enfants », explique l'adjointe à la culture, Maëlle Courtaud.",
         '+Les nouveaux horaires',
         '+Mardi et jeudi : 10 h – 18 h',
         '+Mercredi et samedi : 9 h – 19 h',
         '+Dimanche : 14 h – 18 h',
         "+Un bilan de l'expérience sera présenté au conseil municipal au mois de juin."],
        ['-Contact presse : communication@sautreville.example', '-Mots-clés : culture, médiathèque', '-© Ville de Sautreville 2026'],
    ])),
    'de-tools-inside': ('de', page_from_blocks('de-tools-inside', [
        ['-Stadt Kellbrunn', '-Startseite › Rathaus › Pressemitteilungen', '-Pressemitteilung'],
        ['+Kellbrunn baut einen zweiten Radweg zum Bahnhof',
         '+Die Stadt Kellbrunn baut im kommenden Jahr einen zweiten Radweg zum Bahnhof, der die nördlichen Wohngebiete direkt anbindet.',
         '+Der Stadtrat hat die Planung am Dienstag mit großer Mehrheit beschlossen und 1,4 Millionen Euro bereitgestellt.',
         '+Das Land übernimmt nach Angaben der Verwaltung rund die Hälfte der Kosten.'],
        ['-Foto: Stadt Kellbrunn', '-Pressemitteilung drucken', '-Teilen: Facebook · WhatsApp · E-Mail'],
        ['+„Wir wollen, dass niemand mehr mit dem Auto zum Zug fahren muss“, sagte Oberbürgermeisterin Helga Brandstätter.',
         '+Der Zeitplan',
         '+Frühjahr: Ausschreibung der Bauarbeiten',
         '+Sommer: Bau des ersten Abschnitts',
         '+Herbst: Freigabe der gesamten Strecke',
         '+Während der Bauarbeiten bleibt der bestehende Radweg an der Lindenallee geöffnet.'],
        ['-Pressekontakt: presse@kellbrunn.example', '-Schlagwörter: Verkehr, Radweg', '-© Stadt Kellbrunn 2026'],
    ])),
    'it-tools-inside': ('it', page_from_blocks('it-tools-inside', [
        ['-Comune di Valdorsa', '-Home · Notizie · Comunicati', '-Comunicato stampa'],
        ['+Valdorsa, al via i lavori per la nuova piazza del mercato',
         '+Partono lunedì i lavori per la nuova piazza del mercato di Valdorsa, chiusa al traffico dalla prossima settimana fino a primavera.',
         '+Il progetto costa 820 mila euro ed è finanziato in gran parte con fondi regionali per i centri storici.',
         '+Il mercato del giovedì si sposterà nel frattempo nel parcheggio della stazione.'],
        ['-Scarica il comunicato (PDF, 120 KB)', '-Condividi su Facebook · WhatsApp', '-Stampa'],
        ['+«Abbiamo scelto i mesi invernali per dare meno fastidio possibile ai commercianti», ha spiegato il sindaco, Ettore Balestrieri.',
         '+Le fasi del cantiere',
         '+Dicembre: rimozione della vecchia pavimentazione',
         '+Febbraio: posa delle nuove lastre in pietra',
         '+Marzo: illuminazione e panchine',
         '+Il mercato tornerà in piazza, salvo imprevisti, entro la fine di aprile.'],
        ['-Ufficio stampa: stampa@valdorsa.example', '-Tag: lavori, mercato', '-© Comune di Valdorsa 2026'],
    ])),
    'pl-tools-inside': ('pl', page_from_blocks('pl-tools-inside', [
        ['-Notatki z Borowej', '-Archiwum', '-Subskrybuj', '-12 lis 2026'],
        ['+Basen w Borowej zostanie otwarty po remoncie w lutym',
         '+Kryty basen w Borowej, zamknięty od wiosny z powodu awarii dachu, zostanie ponownie otwarty na początku lutego.',
         '+Remont dachu i wymiana wentylacji kosztowały gminę ponad dwa miliony złotych.',
         '+Dyrekcja ośrodka zapowiada, że ceny biletów pozostaną bez zmian do końca roku.'],
        ['-Dziękuję, że czytasz Notatki z Borowej! Subskrybuj za darmo, aby otrzymywać nowe wpisy.', '-Wpisz swój e-mail…'],
        ['+Godziny otwarcia basenu',
         '+Poniedziałek i środa: 6–21',
         '+Wtorek, czwartek i piątek: 7–22',
         '+Sobota i niedziela: 9–20',
         '+„Dzieci z naszej szkoły przez cały rok jeździły na basen aż do powiatu”, mówi dyrektorka podstawówki, Agnieszka Wróblik.',
         '+Nauka pływania dla uczniów klas pierwszych ruszy zaraz po otwarciu obiektu.'],
        ['-Udostępnij', '-Komentarze (4)', '-Zostaw komentarz', '-© 2026 Notatki z Borowej'],
    ])),
    'ru-tools-inside': ('ru', page_from_blocks('ru-tools-inside', [
        ['-Администрация города Белоречья', '-Главная › Пресс-центр › Новости', '-Пресс-релиз'],
        ['+В Белоречье отремонтируют набережную',
         '+Летом следующего года в Белоречье начнётся ремонт набережной от моста до городского пляжа.',
         '+На работы из областного бюджета выделено 48 миллионов рублей, подрядчика выберут на аукционе.',
         '+Проект прошёл общественное обсуждение в сентябре.'],
        ['-Фото: пресс-служба администрации', '-Версия для печати', '-Поделиться: ВКонтакте · Telegram'],
        ['+«Мы сохраним старые липы и добавим освещение, которого жители просили много лет», — сказал глава города Олег Саврасов.',
         '+Что появится на набережной',
         '+Велодорожка — вдоль всей реки;',
         '+Детская площадка — у пляжа;',
         '+Причал — у моста.',
         '+Работы планируют завершить до конца сентября.'],
        ['-Теги: благоустройство, набережная', '-Все новости', '-© Администрация города Белоречья, 2026'],
    ])),
    # near misses: the tools block under the last paragraph, the page's own lines under it
    'en-tools-tail': ('en', page_from_blocks('en-tools-tail', [
        ['-The Orlbury Courier', '-News · Sport · Opinion · Contact', '-12 November 2026'],
        ['+Bus fares in Orlbury to rise by ten pence in January',
         '+Single bus fares across Orlbury will rise by ten pence from the first week of January, the operator announced on Tuesday.',
         '+The company blamed higher fuel and wage costs and said weekly tickets would not change.',
         '+Passenger groups said the rise would hit older residents who travel into town every day.'],
        ['-Photo: Orlbury Courier', '-Share this article', '-Print'],
        ['-Margaret Holloway is the Courier\'s transport reporter and has covered the town since 2015.',
         '-More from Margaret Holloway',
         '-Most read',
         '-Ferry timetable changes for the winter',
         '-New bakery opens on Tolley Street'],
        ['-Comments (3)', '-© 2026 The Orlbury Courier. All rights reserved.'],
    ])),
    'fr-tools-tail': ('fr', page_from_blocks('fr-tools-tail', [
        ['-Le Courrier de Sautreville', '-Actualités · Sports · Culture · Contact', '-12 novembre 2026'],
        ['+Le marché de Noël de Sautreville s\'installe place de la Halle',
         '+Le marché de Noël de Sautreville ouvrira le 29 novembre place de la Halle avec une quarantaine de chalets.',
         '+La municipalité a prolongé cette année les horaires du vendredi soir jusqu\'à vingt-deux heures.',
         '+Les commerçants du centre-ville espèrent que la fréquentation dépassera celle de l\'an dernier.'],
        ['-Partager cet article', '-Imprimer', '-Télécharger le programme (PDF, 1,2 Mo)'],
        ['-Commentaires (6)', '-Martine_S · il y a 2 heures',
         '-Enfin des horaires le vendredi soir, les familles qui travaillent vont pouvoir venir.',
         '-Répondre', '-Jean-Luc · il y a 3 heures', '-Toujours les mêmes chalets, rien de nouveau cette année.', '-Répondre'],
        ['-© Le Courrier de Sautreville 2026 – Tous droits réservés'],
    ])),
    'ru-tools-tail': ('ru', page_from_blocks('ru-tools-tail', [
        ['-Белореченские вести', '-Новости · Общество · Спорт · Контакты', '-12 ноября 2026'],
        ['+В Белоречье продлили работу катка до марта',
         '+Городской каток на стадионе «Труд» в этом сезоне будет работать до середины марта, сообщили в администрации.',
         '+Прокат коньков подорожал на пятьдесят рублей, а вход для школьников остался бесплатным.',
         '+В выходные каток будет открыт с десяти утра до десяти вечера.'],
        ['-Фото: Белореченские вести', '-Поделиться: ВКонтакте · Telegram', '-Версия для печати'],
        ['-Читайте также:', '-В городе открыли новую библиотеку', '-Автобус № 5 изменит маршрут', '-Где купить ёлку к Новому году'],
        ['-© Белореченские вести, 2026. Все права защищены.'],
    ])),
    # a party's or an organisation's statement: its name over its menu row, the section's label and
    # the date, then the headline (a quotation closing it) opening the run; donate and petition
    # buttons between the paragraphs
    'en-party-statement': ('en', page_from_blocks('en-party-statement', [
        ['-OCA · Orlbury Civic Alliance', '-Home · About us · Policies · Events · Support us', '-Press releases',
         '-12 November 2026'],
        ['+School buses: "the council must restore the hill route"',
         '+The Orlbury Civic Alliance has called on the council to restore the school bus to the hill villages, '
         'cut in September for lack of drivers.',
         '+For two months about forty children have been driven to school along a road with no pavement.',
         '+Families spend on average ninety pounds a month on fuel, the alliance says.'],
        ['-Donate now to support our campaigns', '-Share on Facebook · WhatsApp', '-Sign the petition online'],
        ['+"We cannot save money on the safety of the youngest children," said the group leader, Martha Sealey.',
         '+The motion will be debated at the council meeting on 27 November.'],
        ['-Join us · Members area', '-© 2026 Orlbury Civic Alliance'],
    ])),
    'de-party-statement': ('de', page_from_blocks('de-party-statement', [
        ['-BLK · Bürgerliste Kellbrunn', '-Start · Über uns · Programm · Termine · Mitmachen', '-Pressemitteilungen',
         '-12. November 2026'],
        ['+Schulbus: „Die Stadt muss die Bergroute wieder einrichten“',
         '+Die Bürgerliste Kellbrunn fordert die Stadt auf, den Schulbus in die Bergdörfer wieder einzusetzen, '
         'der im September mangels Fahrern gestrichen wurde.',
         '+Seit zwei Monaten fahren rund vierzig Kinder mit dem Auto der Eltern zur Schule.',
         '+Die Familien zahlen dafür im Schnitt neunzig Euro im Monat für Benzin, rechnet die Liste vor.'],
        ['-Jetzt spenden', '-Teilen: Facebook · WhatsApp', '-Petition unterschreiben'],
        ['+„Bei der Sicherheit der Kleinsten darf nicht gespart werden“, sagte Fraktionschefin Marta Seeger.',
         '+Der Antrag wird in der Ratssitzung am 27. November beraten.'],
        ['-Mitglied werden · Mitgliederbereich', '-© 2026 Bürgerliste Kellbrunn'],
    ])),
    'pl-party-statement': ('pl', page_from_blocks('pl-party-statement', [
        ['-RPB · Ruch Obywatelski Borowa', '-Start · O nas · Program · Wydarzenia · Wesprzyj', '-Komunikaty prasowe',
         '-12 listopada 2026'],
        ['+Autobus szkolny: „gmina musi przywrócić kurs do przysiółków”',
         '+Ruch Obywatelski Borowa wzywa wójta do przywrócenia autobusu szkolnego do przysiółków, '
         'zawieszonego we wrześniu z braku kierowców.',
         '+Od dwóch miesięcy około czterdzieściorga dzieci dowożą do szkoły rodzice.',
         '+Rodziny wydają na paliwo średnio dziewięćdziesiąt złotych miesięcznie, wylicza ruch.'],
        ['-Przekaż darowiznę na naszą kampanię', '-Udostępnij: Facebook · WhatsApp', '-Podpisz petycję online'],
        ['+„Na bezpieczeństwie najmłodszych nie wolno oszczędzać”, powiedziała przewodnicząca klubu Marta Sowa.',
         '+Wniosek trafi pod obrady rady gminy 27 listopada.'],
        ['-Dołącz do nas · Strefa członka', '-© 2026 Ruch Obywatelski Borowa'],
    ])),

    # an aggregator's rail of headlines under its heading between two paragraphs (round 39); the
    # article's own subheading over a short list stays
    'en-aggregator-rail': ('en', page_from_blocks('en-aggregator-rail', [
        ['-NewsHub', '-For you · Top stories · UK · World · Sport'],
        ['+Orlbury cable car reopens after three years of works', '+After three years of works and an investment of nine million pounds, the cable car that links Orlbury to the summit reopens to the public on Saturday morning.', '+The new cabins carry ten people each and halve the time of the climb to seven minutes.'],
        ['-Top stories', '-Storm warning for the north as heavy rain moves in', '-Transfer window latest as deadline nears', '-Fuel prices fall for a third week'],
        ['+"We wanted a cable car that runs in strong wind too," said the operator\'s director, Ralph Benning.', '+Evening rides on Fridays will be free for residents in the first two weeks.'],
        ['-Send feedback', '-About · Privacy · Terms'],
    ])),
    'fr-aggregator-rail': ('fr', page_from_blocks('fr-aggregator-rail', [
        ['-InfoFil', '-Pour vous · À la une · France · Monde · Sport'],
        ['+Sautreville : le téléphérique rouvre après trois ans de travaux', "+Après trois ans de travaux et un investissement de neuf millions d'euros, le téléphérique qui relie Sautreville au sommet rouvre samedi matin.", '+Les nouvelles cabines transportent dix personnes et divisent par deux la durée de la montée.'],
        ['-À la une', '-Tempête dans le nord, vigilance orange dans trois départements', '-Mercato, les dernières rumeurs du jour', '-Carburants, les prix baissent pour la troisième semaine'],
        ['+« Nous voulions un téléphérique qui fonctionne aussi par vent fort », explique le directeur, Rémi Bassin.', '+Les trajets du vendredi soir seront gratuits pour les habitants pendant deux semaines.'],
        ['-Envoyer un commentaire', '-À propos · Confidentialité · Conditions'],
    ])),
    'de-aggregator-rail': ('de', page_from_blocks('de-aggregator-rail', [
        ['-NachrichtenPlus', '-Für dich · Schlagzeilen · Deutschland · Welt · Sport'],
        ['+Kellbrunn: Seilbahn fährt nach drei Jahren Bauzeit wieder', '+Nach drei Jahren Bauzeit und einer Investition von neun Millionen Euro fährt die Seilbahn von Kellbrunn auf den Gipfel ab Samstag wieder.', '+Die neuen Kabinen fassen zehn Personen und halbieren die Fahrzeit auf sieben Minuten.'],
        ['-Meistgelesen', '-Unwetterwarnung für den Norden, Starkregen erwartet', '-Transfermarkt, die neuesten Gerüchte des Tages', '-Spritpreise sinken die dritte Woche in Folge'],
        ['+„Wir wollten eine Seilbahn, die auch bei starkem Wind fährt“, sagte Betriebsleiter Ralf Benning.', '+In den ersten zwei Wochen sind die Abendfahrten am Freitag für Einheimische kostenlos.'],
        ['-Feedback senden', '-Impressum · Datenschutz · Nutzungsbedingungen'],
    ])),
    'pl-aggregator-rail': ('pl', page_from_blocks('pl-aggregator-rail', [
        ['-WiadomościTeraz', '-Dla ciebie · Najważniejsze · Polska · Świat · Sport'],
        ['+Borowa: kolejka linowa znów kursuje po trzech latach remontu', '+Po trzech latach remontu i inwestycji za dziewięć milionów złotych kolejka linowa z Borowej na szczyt znów kursuje od soboty.', '+Nowe wagoniki mieszczą po dziesięć osób i skracają wjazd o połowę, do siedmiu minut.'],
        ['-Najważniejsze', '-Ostrzeżenie przed burzami na północy kraju', '-Okno transferowe, najnowsze plotki dnia', '-Ceny paliw spadają trzeci tydzień z rzędu'],
        ['+„Chcieliśmy kolejki, która jeździ także przy silnym wietrze”, mówi kierownik, Rafał Bednarz.', '+Przez pierwsze dwa tygodnie piątkowe kursy wieczorne będą dla mieszkańców bezpłatne.'],
        ['-Wyślij opinię', '-Informacje · Prywatność · Warunki'],
    ])),
    'ru-aggregator-rail': ('ru', page_from_blocks('ru-aggregator-rail', [
        ['-НовостиТут', '-Для вас · Главное · Россия · Мир · Спорт'],
        ['+В Белоречье после трёх лет ремонта открылась канатная дорога', '+После трёх лет ремонта и вложений в девятьсот миллионов рублей канатная дорога из Белоречья на вершину снова открыта с субботы.', '+Новые кабины вмещают по десять человек, а подъём стал вдвое короче.'],
        ['-Главное', '-Штормовое предупреждение объявлено на севере области', '-Трансферное окно, последние слухи дня', '-Цены на бензин снижаются третью неделю подряд'],
        ['+«Мы хотели канатную дорогу, которая работает и при сильном ветре», — сказал директор Роман Беляев.', '+В первые две недели вечерние поездки по пятницам будут бесплатными для жителей.'],
        ['-Отправить отзыв', '-О сервисе · Конфиденциальность · Условия'],
    ])),
    'en-subheading-list-stays': ('en', page_from_blocks('en-subheading-list-stays', [
        ['-The Orlbury Courier', '-News · Sport · Opinion · Contact'],
        ['+Council sets out its plan for the old tannery yard', '+Orlbury Borough Council has set out what it wants to build on the old tannery yard by the river, after buying the site in the spring.', '+The plan goes to a public consultation that opens on Monday and runs for six weeks.'],
        ['+What the plan includes', '+A small park along the riverbank', '+Twelve homes for older residents', '+A landing stage for rowing boats'],
        ['+"We want the yard to be used by the whole town again," said the council leader, Margery Quint.', '+The consultation documents are available at the library on Farrier Lane.'],
        ['-Tags: planning, river', '-© 2026 The Orlbury Courier'],
    ])),
    # a Substack-like post: the newsletter's name of four words, its menu, the author's name, the date
    # and a row of counts over the headline (round 39)
    'en-newsletter-post-head': ('en', page_from_blocks('en-newsletter-post-head', [
        ['-Notes from Fenby Vale', '-Archive', '-Subscribe', '-Sign in', '-Leonora Sowerby', '-10 Nov 2026',
         '-♥ 87 · 💬 12 · ↻ 4'],
        ['+The library in Fenby Vale will open on Saturdays',
         '+From December the village library in Fenby Vale will also open on Saturdays, from ten until two, for the '
         'first time in fifteen years.',
         '+Councillors approved a budget change on Wednesday that gives the library another half-time post.',
         '+The librarian says Saturday mornings will also bring reading sessions for children.'],
        ['-Share', '-Comments (12)', '-© 2026 Leonora Sowerby'],
    ])),
    'ru-newsletter-post-head': ('ru', page_from_blocks('ru-newsletter-post-head', [
        ['-Заметки из Белоречья', '-Архив', '-Подписаться', '-Войти', '-Людмила Соболева', '-10 ноября 2026',
         '-♥ 87 · 💬 12 · ↻ 4'],
        ['+Библиотека в Белоречье будет работать по субботам',
         '+С декабря районная библиотека в Белоречье будет открыта и по субботам, с десяти до четырнадцати часов, '
         'впервые за пятнадцать лет.',
         '+Депутаты в среду утвердили поправку к бюджету, которая добавляет библиотеке полставки.',
         '+Заведующая обещает, что по субботам будут проходить и занятия для детей.'],
        ['-Поделиться', '-Комментарии (12)', '-© 2026 Людмила Соболева'],
    ])),
    # a Telegram channel's web preview: the channel's header and preview note, an earlier post over its
    # views and time, then the post the page shows (round 39); the near miss prints the headline in a
    # block of its own over its views and time, and keeps it
    'en-telegram-preview': ('en', page_from_blocks('en-telegram-preview', [
        ['-Fenby Live', '-12,480 subscribers', '-Pinned message', '-Open in Telegram',
         '-If you have Telegram, you can view and join Fenby Live right away.'],
        ['-Yesterday residents of River Street complained about rubbish again, photos in the comments 👇',
         '-👁 6.1K · 21:14'],
        ['+Fenby opens a second recycling point',
         '+From 1 December a second recycling point will open in Fenby, in the yard of the old bakery on Mill Street.',
         '+The first point, at the market, has been overwhelmed since the summer, with queues of half an hour at weekends.'],
        ['-🔥 54 · 👍 31', '-👁 8.3K · edited 14:32', '-Comments (17)', '-Open channel'],
    ])),
    'pl-telegram-headline-stays': ('pl', page_from_blocks('pl-telegram-headline-stays', [
        ['-Kanał Borowa Info', '-12 480 obserwujących'],
        ['+Basen w Borowej zostanie otwarty w lutym', '-👁 6,1K · 21:14'],
        ['+Kryty basen w Borowej, zamknięty od wiosny z powodu awarii dachu, zostanie ponownie otwarty na początku '
         'lutego.',
         '+Remont dachu i wymiana wentylacji kosztowały gminę ponad dwa miliony złotych.'],
        ['-Komentarze (4)', '-Udostępnij'],
    ])),
    # a press release's place and date above its headline, under the office's name, breadcrumb and
    # label, are the page's (round 39); the near miss prints the dateline under the headline, where
    # it opens the article and stays
    'de-press-release-dateline-above': ('de', page_from_blocks('de-press-release-dateline-above', [
        ['-Stadt Kellbrunn', '-Startseite › Rathaus › Presse › Mitteilungen', '-Pressemitteilung',
         '-Kellbrunn, 12. November 2026'],
        ['+Die Stadt saniert die Lindenbrücke und sperrt sie sechs Wochen lang',
         '+Die Stadt Kellbrunn beginnt am 24. November mit der Sanierung der Lindenbrücke, deren Geländer nicht mehr '
         'den Vorschriften entsprechen.',
         '+Die Arbeiten kosten 412.000 Euro, die Hälfte davon trägt der Landkreis.',
         '+Eine Umleitung führt über die Mühlenstraße und die Bahnhofstraße.'],
        ['-Pressekontakt: presse@kellbrunn.example', '-© Stadt Kellbrunn 2026'],
    ])),
    'it-press-release-dateline-under-title-stays': ('it', page_from_blocks('it-press-release-dateline-under-title-stays', [
        ['-Comune di Valdorsa', '-Home › Notizie › Comunicati', '-Comunicato stampa'],
        ['+Il Comune rifà il ponte del Lavatoio e chiude la strada per sei settimane',
         '+Valdorsa, 12 novembre 2026',
         '+Il Comune di Valdorsa avvia il 24 novembre il rifacimento del ponte del Lavatoio, i cui parapetti non '
         'rispettano più le norme di sicurezza.',
         '+I lavori costano 412 mila euro, per metà a carico della Provincia.'],
        ['-Ufficio stampa: stampa@valdorsa.example', '-© Comune di Valdorsa 2026'],
    ])),
}

MISSES_4: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.xfail(reason=MISSES_4[name], strict=True)] if name in MISSES_4 else [])
    for name in PAGES_4])
def test_whole_page_4(name):
    lang, case = PAGES_4[name]
    assert _problems(case, lang) == []


# A bare picture caption between the article's paragraphs is a caption, not a credit that helps end the
# article: with a membership plug and a document link above it, the quote, the subheading with its rows
# and the call after it stay (round 50 labelled such captions as credits, and a blind tenants' statement
# of set 52 lost its second half). Only losses are asserted: the membership plug is still left.
CAPTION_GAP_PAGES = {
    'fr-bare-caption-inside-statement': ('fr', page_from_blocks('fr-bare-caption-inside-statement', [
        ['-Accueil | Nos combats | Adhérer | Contact'],
        ['+Les riverains refusent la hausse des charges de stationnement',
         "+L'association a reçu lundi le nouveau barème du parking souterrain, en hausse de 38 % sur un an.",
         "+Le syndic justifie la hausse par des travaux d'étanchéité jamais présentés en assemblée.",
         '-Adhérez : 20 € par an et par foyer',
         '-Modèle de courrier au syndic à télécharger (PDF)',
         '-Photo : l\'entrée du parking des Remparts, niveau -1',
         "+« Nous payons des travaux dont personne n'a vu le devis », affirme le président, Aurèle Passedat.",
         '+Ce que nous demandons',
         '+le devis détaillé des travaux',
         '+un vote en assemblée générale',
         '+le gel du barème en attendant',
         "+L'association invite les riverains à une réunion le 12 avril à la salle des fêtes."],
        ['-© Association des riverains du Vieux-Port – tous droits réservés'],
    ])),
    'en-bare-caption-inside-statement': ('en', page_from_blocks('en-bare-caption-inside-statement', [
        ['-Home | Campaigns | Join us | Contact'],
        ['+Residents reject the rise in parking charges',
         '+The association received the new tariff for the underground car park on Monday, 38% higher than last year.',
         '+The managing agent blames waterproofing work that was never put to a residents\' meeting.',
         '-Join us: £20 a year per household',
         '-Template letter to the managing agent (PDF)',
         '-Photo: the entrance to the Ramparts car park, level -1',
         '+"We are paying for work nobody has seen a quote for," said the chairman, Aurel Pasfield.',
         '+What we are asking for',
         '+the detailed quote for the work',
         '+a vote at a general meeting',
         '+a freeze of the tariff until then',
         '+The association invites residents to a meeting on 12 April in the village hall.'],
        ['-© Brackenfold Residents\' Association'],
    ])),
}


@pytest.mark.parametrize("name", list(CAPTION_GAP_PAGES))
def test_bare_caption_in_a_gap_does_not_end_the_article(name):
    lang, case = CAPTION_GAP_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


# Round 51: two mechanisms that ended a newsletter's or a club's report too early. A subheading's rows
# that name a run of years ("Taufen von 1648 bis 1875") are the article's rows, not counts of the page's
# chrome; and a last paragraph that names a time of day ("... on Saturday at 10:00 in the hut by the
# school.") is a sentence of the article, not a commenter's header that opens the thread. Only losses
# are asserted (a page's event notice or plug may still be left).
ROUND_51_LOSS_PAGES = {
    'de-year-run-rows': ('de', page_from_blocks('de-year-run-rows', [
        ['-Heimatverein Kellbrunn e.V.', '-Startseite | Archiv | Mitgliedschaft'],
        ['+Gemeindechronik von Kellbrunn ist digitalisiert',
         '-Veröffentlicht am 04.02.2026 von Redaktion'],
        ['+Nach drei Jahren ehrenamtlicher Arbeit sind alle Bände der Gemeindechronik von Kellbrunn eingescannt.'],
        ['+Insgesamt 6 200 Seiten stehen Mitgliedern ab sofort im Archiv des Vereins zur Verfügung.'],
        ['-Mitgliedsbeitrag 2026: bitte bis 31. März überweisen'],
        ['+„Manche Bände waren so brüchig, dass wir sie nur mit Handschuhen öffnen durften“, sagt Archivar Udo Pelzner.'],
        ['-Stammtisch am 12. März im Vereinsheim'],
        ['+Was das Archiv enthält',
         '+Ratsprotokolle von 1712 bis 1899',
         '+Schulchroniken von 1820 bis 1945',
         '+Fotografien mit Ortsangaben ab 1890'],
        ['+Die Scans wurden zweimal geprüft; Fehler können über ein Formular gemeldet werden.'],
        ['+Als Nächstes will der Verein die Kirchenrechnungen von Kellbrunn erfassen.'],
        ['-Druckversion', '-Kommentare (0)'],
        ['-Impressum · Datenschutz', '-© 2026 Heimatverein Kellbrunn e.V.'],
    ])),
    'en-year-run-rows': ('en', page_from_blocks('en-year-run-rows', [
        ['-Brackley Local History Society', '-Home | Archive | Membership'],
        ['+Parish registers of Brackley now fully transcribed',
         '-Posted on 4 February 2026 by the editor'],
        ['+After three years of volunteer work, every baptism, marriage and burial entry of the parish has been transcribed.'],
        ['+In all, 9,400 entries are now open to members in the society\'s online database.'],
        ['-Membership 2026: please renew by 31 March'],
        ['+"Some pages were so faded that we could only read them under ultraviolet light," said project lead Ann Corley.'],
        ['-Members\' evening on 12 March at the parish hall'],
        ['+What the database holds',
         '+Baptisms from 1650 to 1875',
         '+Marriages from 1652 to 1875',
         '+Burials with ages from 1701'],
        ['+Every transcript was checked twice; errors can be reported through a form.'],
        ['+Next the group will turn to the registers of the neighbouring parish.'],
        ['-Print this page', '-Comments (0)'],
        ['-Privacy policy', '-© 2026 Brackley Local History Society'],
    ])),
    'pl-time-in-last-paragraph': ('pl', page_from_blocks('pl-time-in-last-paragraph', [
        ['-Klub Turystyczny „Szlak”', '-O nas | Wycieczki | Galeria | Kontakt'],
        ['+Rajd po Górach Sowich: mgła, błoto i dobre humory',
         '-Dodano: 2 marca 2026 | Autor: Ola | Odsłony: 188'],
        ['+Trzydziestu dwóch uczestników przeszło w sobotę ponad dwadzieścia kilometrów mimo gęstej mgły.',
         '+Trasa prowadziła przez Wielką Sowę, a nocleg zapewniło schronisko pod samym szczytem.',
         '-Zdjęcie: uczestnicy rajdu na szczycie',
         '-Wesprzyj klub – przekaż 1,5% podatku',
         '+„Najtrudniejsze było zejście po błocie, ale nikt się nie poddał” – mówi przewodnik Paweł Sowa.',
         '-Koszulki i naszywki – sklepik klubu',
         '+Co udało się zrobić',
         '+wszyscy zdobyli odznakę rajdową',
         '+każda grupa przeszła całą trasę',
         '+zebraliśmy 30 kg śmieci przy szlaku',
         '+Dziękujemy wszystkim za wspólne wędrowanie i pomoc przy organizacji noclegu.',
         '+Kolejna wycieczka rusza w niedzielę o 9:30 spod kościoła na rynku.'],
        ['-Udostępnij: Facebook | Messenger', '-Wszystkie relacje', '-Komentarze (1)',
         '-Tomek: Super było, do zobaczenia! Odpowiedz', '-Dodaj komentarz'],
        ['-© 2026 Klub Turystyczny „Szlak” | Polityka prywatności'],
    ])),
    'en-time-in-last-paragraph': ('en', page_from_blocks('en-time-in-last-paragraph', [
        ['-Harwell Walking Club', '-About | Walks | Gallery | Contact'],
        ['+Fog, mud and good spirits on the Ridgeway walk',
         '-Posted: 2 March 2026 | Author: Ola | Views: 188'],
        ['+Thirty-two walkers covered more than twenty kilometres on Saturday despite thick fog.',
         '+The route ran along the ridge, and the youth hostel below the summit put everyone up.',
         '-Photo: walkers on the summit',
         '-Support the club – donate today',
         '+"The descent through the mud was the hardest part, but nobody gave up," said leader Paul Avery.',
         '-T-shirts and badges – club shop',
         '+What we managed',
         '+every walker earned the walk badge',
         '+each group finished the whole route',
         '+every walker carried two bags of litter down',
         '+Thanks to everyone for walking with us and for helping with the night\'s stay.',
         '+The next walk starts on Sunday at 9:30 from the church car park.'],
        ['-Share: Facebook | Messenger', '-All reports', '-Comments (1)',
         '-Tom: Great day, see you next time! Reply', '-Leave a comment'],
        ['-© 2026 Harwell Walking Club | Privacy policy'],
    ])),
}


@pytest.mark.parametrize("name", list(ROUND_51_LOSS_PAGES))
def test_round_51_year_rows_and_timed_last_paragraph_stay(name):
    lang, case = ROUND_51_LOSS_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


# Round 55: a subheading's rows that name a thing and its year after a comma ("Brauvertrag mit Siegel,
# 1784") are the article's rows, not counts of the page's chrome: the block, and the paragraph under the
# page's print link below it, stay. Only losses are asserted.
def _dated_rows_page(name, lang, head, rows, tools):
    return lang, page_from_blocks(name, [
        ['-Stadt Kelmsried', '-Bürgerservice | Rathaus | Kultur', '-Suche'],
        ['+Find of the month: a brewing contract of 1784 turns up in the town hall cellar'],
        ['+Clearing a cellar room in the town hall in January, staff of the works depot found a tin box with twelve deeds from the eighteenth century.'],
        ['+The oldest piece is a contract of 1784 in which the council grants a brewer the right to serve beer on the market square.'],
        ['+"Chance finds like this have become rare, almost everything was catalogued long ago," said the head archivist.'],
        ['+' + head, *('+' + r for r in rows)],
        ['-' + t for t in tools],
        ['+The deeds are now being cleaned in a workshop and will be open to readers in the reading room from May.'],
        ['+Anyone who finds old papers in an attic or a cellar can bring them to the archive to be looked at.'],
        ['-Impressum | Datenschutz | Barrierefreiheit', '-Cookie-Einstellungen', '-Nach oben'],
    ])


ROUND_55_LOSS_PAGES = {
    'de-dated-rows': _dated_rows_page('de-dated-rows', 'de', 'Was in der Kassette lag',
                                      ['Brauvertrag mit Siegel, 1784', 'Zwei Kaufbriefe über Wiesen, 1791 und 1802',
                                       'Eine Liste der Feuereimer, um 1810'],
                                      ['Auch interessant: Fund des Monats Februar – Das Schützenbuch',
                                       'Diese Seite drucken']),
    'en-dated-rows': _dated_rows_page('en-dated-rows', 'en', 'What the box held',
                                      ['Brewing contract with seal, 1784', 'Two deeds for meadows, 1791 and 1802',
                                       'Letter to the town council, 1921'],
                                      ['Print this page']),
    'it-dated-rows': _dated_rows_page('it-dated-rows', 'it', 'Cosa conteneva la cassetta',
                                      ['Registro dei battesimi, 1702', 'Contratto di affitto del mulino, 1788',
                                       'Lettera al podestà, 1921'],
                                      ['Stampa questa pagina']),
}


@pytest.mark.parametrize("name", list(ROUND_55_LOSS_PAGES))
def test_round_55_rows_with_a_year_after_a_comma_stay(name):
    lang, case = ROUND_55_LOSS_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


# Round 57: a row of labels the rules took for its words ("Join us on Discord · Matrix · IRC", a
# self-promotion row) at a page's foot is evidence of the foot as much as a row no rule knew: the
# foot under it goes with it (the page-tail pass once counted only lines no rule took). A clean
# article whose foot is a share row and the rules' widgets keeps its short last lines.
def _channel_foot_page(name, lang, join, foot):
    return lang, page_from_blocks(name, [
        ['-Brackenford Makerspace', '-Home · Wiki · Projects · Calendar', '-Log in'],
        ['+Brackenford makers finish a community loom for the textile museum'],
        ['+Six members spent four months of Tuesday evenings building a full-size floor loom from oak donated by a sawmill in the valley.'],
        ['+The museum will use it for weekend demonstrations from March, when its new weaving room opens.'],
        ['+"Nobody in the group had woven anything before we started, so the first warp took us a whole weekend," said the project lead, Ada Merrow.'],
        ['+The plans are published on the wiki so that other spaces can build their own loom.'],
        ['-Discuss this post on the forum (6 replies)', '-' + join, *('-' + t for t in foot)],
    ])


ROUND_57_CHANNEL_FOOT_PAGES = {
    'en-channel-foot': _channel_foot_page(
        'en-channel-foot', 'en', 'Join us on Discord · Matrix · IRC #brackenford',
        ['← Previous: Open evening photos', 'Next: Lathe induction dates →',
         'Brackenford Makerspace Ltd, company no. 00000000', 'Report a problem with this page',
         'Privacy · House rules']),
    'de-channel-foot': _channel_foot_page(
        'de-channel-foot', 'de', 'Tritt unserem Discord bei · Matrix · IRC',
        ['← Vorheriger Beitrag: Fotos vom offenen Abend', 'Nächster Beitrag: Drechselkurs →',
         'Brackenford Makerspace e. V., VR 0000', 'Fehler auf dieser Seite melden',
         'Impressum · Datenschutz']),
}


@pytest.mark.parametrize("name", list(ROUND_57_CHANNEL_FOOT_PAGES))
def test_round_57_rule_taken_label_row_is_foot_evidence(name):
    lang, case = ROUND_57_CHANNEL_FOOT_PAGES[name]
    assert _problems(case, lang) == []


def test_round_57_clean_article_under_a_share_row_keeps_its_last_lines():
    # a share row and a comment form (the rules' widgets that end a page) are no evidence of a foot
    case = page_from_blocks('en-clean-share-foot', [
        ['+Brackenford makers finish a community loom for the textile museum'],
        ['+Six members spent four months of Tuesday evenings building a full-size floor loom from oak donated by a sawmill in the valley.'],
        ['+The museum will use it for weekend demonstrations from March, when its new weaving room opens.'],
        ['+"Nobody in the group had woven anything before we started," said the project lead, Ada Merrow.'],
        ['+Plans on the wiki'],
        ['-Share this: Email · Facebook · X', '-Leave a Reply'],
    ])
    assert [p for p in _problems(case, 'en') if p.startswith("lost")] == []


# --- round 58 -------------------------------------------------------------------------------

def _head_row_page(name: str, site: str, share: str, login: str, title: str, paragraphs: list[str],
                   site_goes: bool = False) -> NoisyCase:
    # the site's name, a share row a rule takes and a row of labels no rule knows, right over the title, no blank line
    # (the site's name is judged on its own: the English one stays, the German one goes as the page's masthead)
    raw = "\n".join([site, share, login, title, paragraphs[0]]) + "\n\n" + "\n\n".join(paragraphs[1:]) + "\n"
    if site_goes:
        return NoisyCase(name, raw, (title, *paragraphs), (site, share, login))
    return NoisyCase(name, raw, (site, title, *paragraphs), (share, login))


ROUND_58_HEAD_ROW_PAGES = {
    'en-head-share-row': ('en', _head_row_page(
        'en-head-share-row', 'Coldharrow Tramway Heritage Society', 'Share: Facebook | X | WhatsApp',
        'Log in | Register | Cart (0)', 'Car No. 14 runs again after six years in the workshop',
        ["The society's volunteers finished the restoration of the 1926 tramcar on Saturday, after six years of work in the depot.",
         'The car needed a new roof, rewired controllers and two rebuilt trucks, and the volunteers made most of the parts themselves.',
         "It will carry passengers on the heritage line every Sunday from May, the society's chair said at the relaunch."])),
    'de-head-share-row': ('de', _head_row_page(
        'de-head-share-row', 'Glasbläserei Falkenruh', 'Teilen: Facebook | X | WhatsApp',
        'Anmelden | Registrieren | Warenkorb (0)', 'Tag der offenen Tür lockt 800 Besucher in die Hütte',
        ['Am Sonntag konnten Besucherinnen und Besucher den Glasbläsern in der alten Hütte am Hüttenweg über die Schulter schauen.',
         'Wer wollte, durfte selbst eine kleine Kugel blasen; die Warteschlange reichte am Nachmittag bis auf die Straße.',
         'Die Werkstatt will den Tag im nächsten Jahr wiederholen, sagte die Inhaberin am Abend zufrieden.'],
        site_goes=True)),
}


@pytest.mark.parametrize("name", list(ROUND_58_HEAD_ROW_PAGES))
def test_round_58_rule_taken_label_row_is_head_evidence(name):
    """Round 58: a row of labels a rule took in the head (a share row) counts as the head's chrome, as under the body
    (round 57): the login row no rule knows goes with it."""
    lang, case = ROUND_58_HEAD_ROW_PAGES[name]
    assert _problems(case, lang) == []


# --- round 63 -------------------------------------------------------------------------------

ROUND_63_STRIP_PAGES = {
    # a strip of three short lines (ten words at most) between the article's paragraphs, a support line, a date line and the
    # writer's follow plug a rule takes, over the article's last two paragraphs (one opening with Italian "I"): the
    # strip is the page's, the two paragraphs stay the article's (set 45's it-newsletter-consigliere lost them once
    # the follow plug was taken: a follow plug ended the page, and the ten-word line and "I" read as a widget's)
    'it-strip-follow-plug': ('it', page_from_blocks('it-strip-follow-plug', [
        ['+Il ponte sul torrente riapre dopo sei mesi di lavori'],
        ["+Il ponte di via del Mulino è stato riaperto sabato mattina, dopo sei mesi di lavori di consolidamento dei piloni."],
        ["+La ditta ha rifatto anche i parapetti e l'illuminazione, con una spesa di circa 400 mila euro."],
        ["+«Finalmente i ragazzi possono tornare a scuola a piedi», ha detto la sindaca durante l'inaugurazione."],
        ['+I costi sono stati coperti in gran parte da un contributo della Regione.'],
        ['-Sostieni la mia attività di consigliere: dona al gruppo civico',
         '-Prossimo appuntamento: consiglio comunale giovedì 12 alle 21',
         '-Seguimi su Instagram'],
        ["+I residenti hanno chiesto un semaforo pedonale all'uscita del ponte."],
        ['+Il comune ha promesso di valutare la richiesta entro l\'estate.'],
    ])),
    'en-strip-follow-plug': ('en', page_from_blocks('en-strip-follow-plug', [
        ['+Footbridge over the brook reopens after six months'],
        ['+The Mill Lane footbridge reopened on Saturday morning after six months of work to strengthen its piers.'],
        ['+The contractor also replaced the railings and the lighting, at a cost of about 400,000 pounds.'],
        ['+"At last the children can walk to school again," the mayor said at the reopening ceremony.'],
        ['+Most of the cost was covered by a grant from the county council.'],
        ['-Support my council work: give to the residents group',
         '-Next meeting: full council on Thursday at 7pm',
         '-Follow me on Instagram'],
        ['+Residents have asked for a pedestrian crossing at the end of the bridge.'],
        ['+The council has promised to look at the request before the summer.'],
    ])),
}


@pytest.mark.parametrize("name", list(ROUND_63_STRIP_PAGES))
def test_round_63_follow_plug_in_a_strip_keeps_the_last_paragraphs(name):
    lang, case = ROUND_63_STRIP_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def _round_65_post(lang, title, paragraphs, rows, action_row, last, count, commenters):
    """A neighbourhood post: its paragraphs, a subheading with its rows, its own action row, two more paragraphs,
    then the replies."""
    blocks = ([["+" + title]] + [["+" + p] for p in paragraphs] + [["+" + rows[0]], ["+" + r for r in rows[1:]]]
              + [["-" + action_row]] + [["+" + p] for p in last])
    blocks.append(["-" + count] + ["-" + c for c in commenters])
    return lang, page_from_blocks("post-" + lang, blocks)


ROUND_65_POST_PAGES = {
    # the post's own reply row over its last two paragraphs, then a reply count and the replies (set 47's
    # en-neighbourhood-app lost the paragraphs: the reply row was taken for the thread's start)
    'en': _round_65_post('en', "Residents lose fight to keep the village post office", [
        "The last post office counter in the village will close at the end of the month, the operator confirmed.",
        "“For half the people on my street this is the only place they can get cash,” one resident said.",
        "The parish council wrote to the operator twice but did not receive an answer to either letter."],
        ["What residents are asked to do", "Write to the operator before 15 April",
         "Attend the drop-in session at the library on 8 April", "Report missing cash machines to the council"],
        "Reply · Share · Save",
        ["The operator said a mobile van would visit twice a week, but did not say for how long.",
         "The council has asked for the closure to be paused while its own survey runs."],
        "38 replies", ["Marlon G. · 2 hours ago", "Disgraceful. My mum relies on that counter.",
                       "Sasha P. · 1 hour ago", "Is the van going to take parcels too?"]),
    'fr': _round_65_post('fr', "Les habitants perdent la bataille du bureau de poste", [
        "Le dernier guichet de poste du village fermera à la fin du mois, a confirmé l'opérateur mardi.",
        "« Pour la moitié des gens de ma rue, c'est le seul endroit où retirer de l'argent », dit une habitante.",
        "Le conseil municipal a écrit deux fois à l'opérateur sans recevoir la moindre réponse à ses lettres."],
        ["Ce que les habitants peuvent faire", "Écrire à l'opérateur avant le 15 avril",
         "Venir à la permanence de la médiathèque le 8 avril", "Signaler les distributeurs manquants à la mairie"],
        "Répondre · Partager · Enregistrer",
        ["L'opérateur a promis un camion deux fois par semaine, sans dire pour combien de temps.",
         "La mairie demande que la fermeture soit suspendue le temps de sa propre enquête."],
        "38 réponses", ["Marc G. · il y a 2 heures", "Honteux. Ma mère dépend de ce guichet.",
                        "Sacha P. · il y a 1 heure", "Le camion prendra-t-il aussi les colis ?"]),
    'de': _round_65_post('de', "Anwohner verlieren Kampf um die Postfiliale im Dorf", [
        "Der letzte Postschalter im Dorf schließt Ende des Monats, das hat der Betreiber am Dienstag bestätigt.",
        "„Für die Hälfte meiner Straße ist das der einzige Ort, an dem sie Bargeld bekommen“, sagte eine Anwohnerin.",
        "Der Gemeinderat hat dem Betreiber zweimal geschrieben, aber auf keinen der Briefe eine Antwort bekommen."],
        ["Was Anwohner tun können", "Dem Betreiber bis zum 15. April schreiben",
         "Zur Sprechstunde in der Bücherei am 8. April kommen", "Fehlende Geldautomaten der Gemeinde melden"],
        "Antworten · Teilen · Speichern",
        ["Der Betreiber kündigte einen Wagen an, der zweimal pro Woche kommt, aber nicht, wie lange.",
         "Die Gemeinde will, dass die Schließung ausgesetzt wird, bis ihre eigene Umfrage fertig ist."],
        "38 Antworten", ["Markus G. · vor 2 Stunden", "Eine Schande. Meine Mutter braucht den Schalter.",
                         "Sascha P. · vor 1 Stunde", "Nimmt der Wagen auch Pakete an?"]),
}


@pytest.mark.parametrize("name", list(ROUND_65_POST_PAGES))
def test_round_65_posts_own_reply_row_keeps_the_last_paragraphs(name):
    lang, case = ROUND_65_POST_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def _round_67_post(lang, head, title, paragraphs, rows, prompts, last, foot):
    """A blog post or a column: the page's head, the title, two paragraphs, a subheading over rows of one or two words
    (a third row may be longer), two prompts of the site, short last paragraphs, then the foot."""
    blocks = ([["-" + h for h in head], ["+" + title]] + [["+" + p] for p in paragraphs]
              + [["+" + rows[0]] + ["+" + r for r in rows[1:]], ["-" + p for p in prompts], ["+" + p for p in last],
                 ["-" + f for f in foot]])
    return lang, page_from_blocks("rows-" + lang, blocks)


ROUND_67_SHORT_ROW_PAGES = {
    # a subheading worded as a clause over rows of one or two words, the page's prompts under the rows and short last
    # paragraphs under them (set 71's pl-blog-ziola and ru-kolonka-shlagbaum lost everything from the subheading on:
    # the rows were too short for the block, and the tail walk took them with the paragraphs)
    'en': _round_67_post('en', ["Windowsill Garden", "Home About Recipes Contact"], "How I store apples over winter", [
        "Every October the tree behind the shed gives us more apples than we can possibly eat before Christmas.",
        "My neighbour told me: “Wrap them one by one in newspaper and never let two of them touch.” She was right."],
        ["What keeps the longest", "Bramley", "Russet", "Cox", "Late Braeburn"],
        ["Subscribe to our newsletter", "Follow Windowsill Garden on Instagram"],
        ["I check the boxes once a week.", "Anything soft goes into a crumble the same day."],
        ["2 comments", "Leave a Reply", "© 2026 Windowsill Garden"]),
    'fr': _round_67_post('fr', ["Le Jardin du balcon", "Accueil Recettes Contact"], "Comment je garde mes pommes l'hiver", [
        "Chaque octobre, l'arbre derrière la remise nous donne plus de pommes que nous ne pouvons en manger.",
        "Ma voisine m'a dit : « Emballez-les une par une dans du papier journal, sans qu'elles se touchent. » Elle avait raison."],
        ["Ce qui se garde le mieux", "Reinette grise", "Boskoop", "Belle de Boskoop tardive", "Calville"],
        ["Abonnez-vous à la newsletter", "Suivez Le Jardin du balcon sur Instagram"],
        ["Je vérifie les cagettes chaque semaine.", "Ce qui s'abîme finit en compote le jour même."],
        ["2 commentaires", "Laisser un commentaire", "© 2026 Le Jardin du balcon"]),
    'de': _round_67_post('de', ["Balkongarten", "Start Rezepte Kontakt"], "Wie ich Äpfel über den Winter lagere", [
        "Jeden Oktober schenkt uns der Baum hinter dem Schuppen mehr Äpfel, als wir bis Weihnachten essen können.",
        "Meine Nachbarin sagte: „Wickle sie einzeln in Zeitungspapier und lass nie zwei sich berühren.“ Sie hatte recht."],
        ["Was am längsten hält", "Boskoop", "Roter Boskoop", "Ontario", "Winterrambur"],
        ["Abonniere unseren Newsletter", "Folge Balkongarten auf Instagram"],
        ["Ich sehe die Kisten einmal pro Woche durch.", "Was weich wird, kommt am selben Tag in den Kuchen."],
        ["2 Kommentare", "Schreibe einen Kommentar", "© 2026 Balkongarten"]),
    'it': _round_67_post('it', ["Orto sul balcone", "Home Ricette Contatti"], "Come conservo le mele per l'inverno", [
        "Ogni ottobre l'albero dietro la rimessa ci regala più mele di quante riusciamo a mangiarne prima di Natale.",
        "La mia vicina mi ha detto: «Avvolgetele una per una nella carta di giornale e non fatele mai toccare.» Aveva ragione."],
        ["Quelle che durano di più", "Renetta", "Annurca", "Stark", "Golden tardiva"],
        ["Iscriviti alla newsletter", "Segui Orto sul balcone su Instagram"],
        ["Controllo le cassette una volta a settimana.", "Quello che si ammorbidisce finisce in torta il giorno stesso."],
        ["2 commenti", "Lascia un commento", "© 2026 Orto sul balcone"]),
    'pl': _round_67_post('pl', ["Ogródek na balkonie", "Start Przepisy Kontakt"], "Jak przechowuję jabłka przez zimę", [
        "Co roku w październiku drzewo za szopą daje nam więcej jabłek, niż jesteśmy w stanie zjeść do świąt.",
        "Sąsiadka powiedziała mi: „Zawijaj każde w gazetę i nie pozwól, żeby dwa się stykały.” Miała rację."],
        ["Co leży najdłużej", "Szara reneta", "Antonówka", "Boskoop", "Idared"],
        ["Zapisz się do newslettera", "Polub Ogródek na balkonie na Facebooku"],
        ["Skrzynki przeglądam raz w tygodniu.", "Co mięknie, trafia tego samego dnia do szarlotki."],
        ["2 komentarze", "Dodaj komentarz", "© 2026 Ogródek na balkonie"]),
    'ru': _round_67_post('ru', ["Дача на балконе", "Главная Рецепты Контакты"], "Как я храню яблоки зимой", [
        "Каждый октябрь яблоня за сараем даёт нам больше яблок, чем мы успеваем съесть до Нового года.",
        "Соседка сказала мне: «Заворачивайте каждое в газету и не давайте им касаться друг друга». Она была права."],
        ["Что лежит дольше всего", "Антоновка", "Семеренко", "Зимний банан", "Поздний пепин шафранный"],
        ["Подпишитесь на рассылку", "Следите за «Дачей на балконе» в Telegram"],
        ["Я перебираю ящики раз в неделю.", "Что размякло, в тот же день идёт в шарлотку."],
        ["2 комментария", "Написать комментарий", "© 2026 Дача на балконе"]),
}


@pytest.mark.parametrize("name", list(ROUND_67_SHORT_ROW_PAGES))
def test_round_67_short_rows_under_a_worded_subheading_stay(name):
    lang, case = ROUND_67_SHORT_ROW_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def _round_67_widget(lang, head, title, paragraphs, widget, bio, foot):
    blocks = ([["-" + h for h in head], ["+" + title]] + [["+" + p] for p in paragraphs]
              + [["-" + w for w in widget], ["-" + bio], ["-" + f for f in foot]])
    return lang, page_from_blocks("widget-" + lang, blocks)


ROUND_67_WIDGET_PAGES = {
    # near misses: under the last paragraph, a widget's heading (an imperative or a noun phrase, no question word)
    # over one-word links and the writer's one-line bio are the page's, not a subheading with its rows
    'en': _round_67_widget('en', ["Windowsill Garden", "Home About Recipes Contact"], "How I store apples over winter", [
        "Every October the tree behind the shed gives us more apples than we can possibly eat before Christmas.",
        "My neighbour told me to wrap them one by one in newspaper and never let two of them touch. She was right.",
        "I check the boxes once a week, and anything soft goes into a crumble the same day."],
        ["Browse the blog by topic", "Garden", "Kitchen", "Travel", "Books"],
        "I write about the small garden behind our house since 2015.",
        ["2 comments", "Leave a Reply", "© 2026 Windowsill Garden"]),
    'fr': _round_67_widget('fr', ["Le Jardin du balcon", "Accueil Recettes Contact"], "Comment je garde mes pommes l'hiver", [
        "Chaque octobre, l'arbre derrière la remise nous donne plus de pommes que nous ne pouvons en manger.",
        "Ma voisine m'a conseillé de les emballer une par une dans du papier journal. Elle avait raison.",
        "Je vérifie les cagettes chaque semaine, et ce qui s'abîme finit en compote le jour même."],
        ["Parcourir le blog par thème", "Jardin", "Cuisine", "Voyages", "Livres"],
        "J'écris sur le petit jardin derrière notre maison depuis 2015.",
        ["2 commentaires", "Laisser un commentaire", "© 2026 Le Jardin du balcon"]),
    'de': _round_67_widget('de', ["Balkongarten", "Start Rezepte Kontakt"], "Wie ich Äpfel über den Winter lagere", [
        "Jeden Oktober schenkt uns der Baum hinter dem Schuppen mehr Äpfel, als wir bis Weihnachten essen können.",
        "Meine Nachbarin riet mir, sie einzeln in Zeitungspapier zu wickeln. Sie hatte recht.",
        "Ich sehe die Kisten einmal pro Woche durch, und was weich wird, kommt am selben Tag in den Kuchen."],
        ["Den Blog nach Themen durchstöbern", "Garten", "Küche", "Reisen", "Bücher"],
        "Ich schreibe seit 2015 über den kleinen Garten hinter unserem Haus.",
        ["2 Kommentare", "Schreibe einen Kommentar", "© 2026 Balkongarten"]),
    'it': _round_67_widget('it', ["Orto sul balcone", "Home Ricette Contatti"], "Come conservo le mele per l'inverno", [
        "Ogni ottobre l'albero dietro la rimessa ci regala più mele di quante riusciamo a mangiarne prima di Natale.",
        "La mia vicina mi ha consigliato di avvolgerle una per una nella carta di giornale. Aveva ragione.",
        "Controllo le cassette una volta a settimana, e quello che si ammorbidisce finisce in torta."],
        ["Sfoglia il blog per argomento", "Orto", "Cucina", "Viaggi", "Libri"],
        "Scrivo del piccolo orto dietro casa nostra dal 2015.",
        ["2 commenti", "Lascia un commento", "© 2026 Orto sul balcone"]),
    'pl': _round_67_widget('pl', ["Ogródek na balkonie", "Start Przepisy Kontakt"], "Jak przechowuję jabłka przez zimę", [
        "Co roku w październiku drzewo za szopą daje nam więcej jabłek, niż jesteśmy w stanie zjeść do świąt.",
        "Sąsiadka powiedziała mi, żeby zawijać każde w gazetę i nie pozwolić, żeby dwa się stykały. Miała rację.",
        "Skrzynki przeglądam raz w tygodniu, a co mięknie, trafia tego samego dnia do szarlotki."],
        ["Przeglądaj bloga według tematów", "Ogród", "Kuchnia", "Podróże", "Książki"],
        "Piszę o małym ogrodzie za naszym domem od 2015 roku.",
        ["2 komentarze", "Dodaj komentarz", "© 2026 Ogródek na balkonie"]),
    'ru': _round_67_widget('ru', ["Дача на балконе", "Главная Рецепты Контакты"], "Как я храню яблоки зимой", [
        "Каждый октябрь яблоня за сараем даёт нам больше яблок, чем мы успеваем съесть до Нового года.",
        "Соседка посоветовала мне заворачивать каждое яблоко в газету. Она была права.",
        "Я перебираю ящики раз в неделю, а что размякло, в тот же день идёт в шарлотку."],
        ["Смотрите записи блога по темам", "Сад", "Кухня", "Путешествия", "Книги"],
        "Я пишу о маленьком саде за нашим домом с 2015 года.",
        ["2 комментария", "Написать комментарий", "© 2026 Дача на балконе"]),
}


@pytest.mark.parametrize("name", list(ROUND_67_WIDGET_PAGES))
def test_round_67_widget_heading_over_short_links_is_no_subheading(name):
    lang, case = ROUND_67_WIDGET_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("kept")] == []


def _round_67_advice(lang, title, paragraphs, nav, last, foot):
    blocks = ([["+" + title]] + [["+" + p] for p in paragraphs] + [["-" + n for n in nav]] + [["+" + p] for p in last]
              + [["-" + f for f in foot]])
    return lang, page_from_blocks("advice-" + lang, blocks)


ROUND_67_ADVICE_PAGES = {
    # a blog's previous-post link between two parts of the post, and the last paragraph the writer's advice to the
    # reader opened by a condition (set 70's fr-blog-cidre lost its two last paragraphs: the advice was read as a teaser)
    'en': _round_67_advice('en', "A day of pressing with the neighbours", [
        "On Saturday five families from the hamlet brought their apples to the barn where the old press stands.",
        "“We didn't know if the wood would hold, so we tightened it slowly,” said the farmer who owns the press.",
        "By the evening we had filled nine demijohns and eaten far more tart than anyone will admit."],
        ["Previous post: Grafting an old apple tree"],
        ["The juice is now fermenting in everyone's cellar, and we will compare the ciders in March.",
         "If you have a press asleep in a shed, get it out: two neighbours and a clean tarpaulin are enough."],
        ["12 comments", "Leave a Reply", "© 2026 The Orchard Notebook"]),
    'fr': _round_67_advice('fr', "Une journée de pressage entre voisins", [
        "Samedi, cinq familles du hameau ont apporté leurs pommes dans la grange où se trouve le vieux pressoir.",
        "« On ne savait pas si le bois tiendrait, alors on a serré doucement », raconte l'agriculteur qui le possède.",
        "Le soir, nous avions rempli neuf bonbonnes et mangé bien plus de tarte que personne ne l'avouera."],
        ["Article précédent : Greffer un vieux pommier"],
        ["Le jus fermente maintenant dans la cave de chacun, et nous comparerons les cidres en mars.",
         "Si vous avez un pressoir qui dort, sortez-le : il suffit de deux voisins et d'une bâche propre."],
        ["12 commentaires", "Laisser un commentaire", "© 2026 Le Carnet du verger"]),
    'de': _round_67_advice('de', "Ein Tag Mosten mit den Nachbarn", [
        "Am Samstag brachten fünf Familien aus dem Weiler ihre Äpfel in die Scheune, in der die alte Presse steht.",
        "„Wir wussten nicht, ob das Holz hält, also haben wir langsam gedreht“, sagt der Bauer, dem die Presse gehört.",
        "Am Abend hatten wir neun Ballonflaschen gefüllt und viel mehr Kuchen gegessen, als jemand zugeben wird."],
        ["Vorheriger Beitrag: Einen alten Apfelbaum veredeln"],
        ["Der Saft gärt jetzt in allen Kellern, und im März vergleichen wir die Moste miteinander.",
         "Wenn Sie eine Presse in der Scheune stehen haben, holen Sie sie heraus: zwei Nachbarn und eine Plane genügen."],
        ["12 Kommentare", "Schreibe einen Kommentar", "© 2026 Obstgartenheft"]),
    'it': _round_67_advice('it', "Una giornata di spremitura tra vicini", [
        "Sabato cinque famiglie della frazione hanno portato le loro mele nel fienile dove si trova il vecchio torchio.",
        "«Non sapevamo se il legno avrebbe tenuto, così abbiamo stretto piano», racconta il contadino che lo possiede.",
        "A sera avevamo riempito nove damigiane e mangiato molta più torta di quanto chiunque ammetterà."],
        ["Articolo precedente: Innestare un vecchio melo"],
        ["Il succo ora fermenta nella cantina di ognuno, e a marzo confronteremo i sidri.",
         "Se avete un torchio che dorme in cantina, tiratelo fuori: bastano due vicini e un telo pulito."],
        ["12 commenti", "Lascia un commento", "© 2026 Il quaderno del frutteto"]),
    'pl': _round_67_advice('pl', "Dzień tłoczenia z sąsiadami", [
        "W sobotę pięć rodzin z przysiółka przywiozło swoje jabłka do stodoły, w której stoi stara prasa.",
        "„Nie wiedzieliśmy, czy drewno wytrzyma, więc dokręcaliśmy powoli” – mówi rolnik, do którego należy prasa.",
        "Wieczorem mieliśmy napełnione dziewięć gąsiorów i zjedzone dużo więcej ciasta, niż ktokolwiek przyzna."],
        ["Poprzedni wpis: Szczepienie starej jabłoni"],
        ["Sok fermentuje teraz w piwnicy każdego z nas, a w marcu porównamy cydry.",
         "Jeśli macie prasę, która śpi w szopie, wyciągnijcie ją: wystarczy dwóch sąsiadów i czysta plandeka."],
        ["12 komentarzy", "Dodaj komentarz", "© 2026 Zeszyt sadownika"]),
    'ru': _round_67_advice('ru', "День отжима с соседями", [
        "В субботу пять семей из деревни привезли свои яблоки в сарай, где стоит старый пресс.",
        "«Мы не знали, выдержит ли дерево, поэтому закручивали медленно», — говорит фермер, которому принадлежит пресс.",
        "К вечеру мы наполнили девять бутылей и съели гораздо больше пирога, чем кто-либо признает."],
        ["Предыдущая запись: Прививка старой яблони"],
        ["Сок теперь бродит в погребе у каждого, а в марте мы сравним сидры.",
         "Если у вас есть пресс, который пылится в сарае, достаньте его: хватит двух соседей и чистого брезента."],
        ["12 комментариев", "Написать комментарий", "© 2026 Тетрадь садовода"]),
}


@pytest.mark.parametrize("name", list(ROUND_67_ADVICE_PAGES))
def test_round_67_readers_advice_under_a_post_link_stays(name):
    lang, case = ROUND_67_ADVICE_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []


def _round_67_blog_head(lang, head, stamp, title, meta, paragraphs, foot):
    blocks = ([["-" + h for h in head] + ["-" + stamp], ["+" + title], ["-" + m for m in meta]]
              + [["+" + p] for p in paragraphs] + [["-" + f for f in foot]])
    return lang, page_from_blocks("blog-head-" + lang, blocks)


ROUND_67_POST_META_PAGES = {
    # a blog's name, tagline, menu and byline above the title, the comment count and a category line between the
    # title and the first paragraph (set 71's de-blog-roehrenradio lost its title and kept its tagline and menu: the
    # title was not seen right above the body)
    'en': _round_67_blog_head('en', ["Valve Glow", "A tinkering blog about old radios", "Home Projects Workshop About me Contact",
                                     "Search", "Projects"], "Published on 22 February 2026 by Tom",
                              "Grandad's valve radio plays again", ["3 Comments", "Category: Restoration"], [
        "For almost two years my grandfather's radio stood in our cellar, until I finally took the back panel off.",
        "An old gentleman from the radio club told me on the phone: “Before you switch it on, change the capacitors.”",
        "It took me three weekends, a new rectifier valve and a lot of patience, but now it plays every evening."],
        ["© 2026 Valve Glow"]),
    'fr': _round_67_blog_head('fr', ["Lampes chaudes", "Un blog de bricolage sur les vieilles radios",
                                     "Accueil Projets Atelier À propos Contact", "Rechercher", "Projets"],
                              "Publié le 22 février 2026 par Luc", "La radio à lampes de mon grand-père rejoue",
                              ["3 commentaires", "Catégorie : Restauration"], [
        "Pendant presque deux ans, la radio de mon grand-père est restée à la cave, jusqu'au jour où j'ai ouvert le dos.",
        "Un monsieur du club radio m'a dit au téléphone : « Avant de l'allumer, changez les condensateurs. »",
        "Il m'a fallu trois week-ends, une nouvelle valve et beaucoup de patience, mais elle joue tous les soirs."],
        ["© 2026 Lampes chaudes"]),
    'de': _round_67_blog_head('de', ["Röhrenglut", "Ein Bastelblog über alte Radios", "Start Projekte Werkstatt Über mich Kontakt",
                                     "Suchen", "Projekte"], "Veröffentlicht am 22. Februar 2026 von Tom",
                              "Opas Röhrenradio spielt wieder", ["3 Kommentare", "Kategorie: Restaurierung"], [
        "Fast zwei Jahre stand das Radio meines Großvaters bei uns im Keller, bis ich endlich die Rückwand abschraubte.",
        "Ein älterer Herr aus dem Funkverein sagte mir am Telefon: „Bevor Sie es einschalten, tauschen Sie die Kondensatoren.“",
        "Es hat drei Wochenenden, eine neue Gleichrichterröhre und viel Geduld gekostet, aber jetzt spielt es jeden Abend."],
        ["© 2026 Röhrenglut"]),
    'it': _round_67_blog_head('it', ["Valvole calde", "Un blog di fai da te sulle vecchie radio", "Home Progetti Laboratorio Chi sono Contatti",
                                     "Cerca", "Progetti"], "Pubblicato il 22 febbraio 2026 da Luca",
                              "La radio a valvole del nonno suona di nuovo", ["3 commenti", "Categoria: Restauro"], [
        "Per quasi due anni la radio di mio nonno è rimasta in cantina, finché non ho finalmente svitato il pannello.",
        "Un signore del club radio mi ha detto al telefono: «Prima di accenderla, cambi i condensatori.»",
        "Ci sono voluti tre fine settimana, una valvola nuova e molta pazienza, ma ora suona ogni sera."],
        ["© 2026 Valvole calde"]),
    'pl': _round_67_blog_head('pl', ["Ciepłe lampy", "Blog majsterkowicza o starych radiach", "Start Projekty Warsztat O mnie Kontakt",
                                     "Szukaj", "Projekty"], "Opublikowano 22 lutego 2026 przez Tomka",
                              "Lampowe radio dziadka znowu gra", ["3 komentarze", "Kategoria: Renowacja"], [
        "Przez prawie dwa lata radio mojego dziadka stało u nas w piwnicy, aż w końcu odkręciłem tylną ściankę.",
        "Starszy pan z klubu krótkofalowców powiedział mi przez telefon: „Zanim pan je włączy, proszę wymienić kondensatory.”",
        "Zajęło mi to trzy weekendy, nową lampę prostowniczą i sporo cierpliwości, ale teraz gra co wieczór."],
        ["© 2026 Ciepłe lampy"]),
    'ru': _round_67_blog_head('ru', ["Тёплые лампы", "Блог о старых радиоприёмниках", "Главная Проекты Мастерская Обо мне Контакты",
                                     "Поиск", "Проекты"], "Опубликовано 22 февраля 2026 автором Тимур",
                              "Ламповый приёмник деда снова играет", ["3 комментария", "Рубрика: Реставрация"], [
        "Почти два года приёмник моего деда стоял у нас в подвале, пока я наконец не снял заднюю стенку.",
        "Пожилой радиолюбитель сказал мне по телефону: «Прежде чем включать, замените конденсаторы».",
        "Ушло три выходных, новая выпрямительная лампа и много терпения, но теперь он играет каждый вечер."],
        ["© 2026 Тёплые лампы"]),
}


@pytest.mark.parametrize("name", list(ROUND_67_POST_META_PAGES))
def test_round_67_title_over_comment_count_and_category_stays(name):
    lang, case = ROUND_67_POST_META_PAGES[name]
    assert [p for p in _problems(case, lang) if p.startswith("lost")] == []
