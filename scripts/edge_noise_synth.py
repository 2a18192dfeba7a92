"""Synthetic noise lines for the edge-line classifier: many wordings of web boilerplate.

The development noise lines of tests/test_clean.py are a few hundred; every fresh held-out set
brought wordings none of them had. This module composes noise lines from slot vocabularies
written from general knowledge of how web platforms, news sites, agencies, aggregators and blogs
print their widgets in en/fr/de/it/pl/ru (not from the line lists of the tests): a template per
widget, filled with names, sites, sections, dates, times, counts, networks and handles, and
varied in separators, casing and decoration. Each line comes with where it stands ("head" under
the title or "tail" after the last sentence).

    python scripts/edge_noise_synth.py 40      # print 40 lines (seeded)

:func:`synth_lines` is deterministic for a seed; the training script calls it.
"""

from __future__ import annotations

import random
import sys

# --- slot vocabularies -------------------------------------------------------------------------

FIRST = ["Anna", "Tom", "Maria", "James", "Sophie", "Lukas", "Giulia", "Piotr", "Olga", "Daniel",
         "Claire", "Stefan", "Marco", "Agnieszka", "Dmitri", "Emily", "Hugo", "Lena", "Paolo", "Kasia",
         "Sergei", "Rachel", "Julien", "Katrin", "Francesca", "Tomasz", "Natalia", "Ben", "Amelie",
         "Luca", "Ewa", "Igor", "Sarah", "Pierre", "Jonas", "Chiara", "Marek", "Yulia", "Mike", "Nadia"]
LAST = ["Miller", "Keller", "Rossi", "Nowak", "Ivanova", "Dubois", "Schneider", "Bianchi", "Kowalski",
        "Smirnov", "Harper", "Lefebvre", "Wagner", "Ferrari", "Wiśniewska", "Petrov", "Collins",
        "Moreau", "Hoffmann", "Esposito", "Zieliński", "Volkova", "Bennett", "Laurent", "Becker",
        "Romano", "Lewandowska", "Sokolov", "Grant", "Fontaine", "Braun", "Greco", "Mazur", "Orlova"]
SITES = ["The Daily Beacon", "Metro Herald", "Newsline", "Courier Today", "The Northern Post",
         "Le Petit Journal", "La Gazette du Soir", "Ostsee-Kurier", "Rheinische Rundschau",
         "Il Corriere del Nord", "La Voce di Torino", "Gazeta Poranna", "Kurier Lubelski",
         "Вечерний город", "Новости Урала", "Global Watch", "Civic Times", "Frontline Report",
         "Harbor News Network", "Capital Wire", "Tagesblick", "Notizie Oggi", "Info24", "NewsHub"]
DOMAINS = ["dailybeacon.com", "metroherald.co.uk", "newsline.net", "courier-today.org", "gazette-soir.fr",
           "ostsee-kurier.de", "vocetorino.it", "gazetaporanna.pl", "novosti-urala.ru", "civictimes.io",
           "frontline-report.com", "capitalwire.info", "tagesblick.de", "info24.pl", "newshub.news"]
SECTIONS = {
    "en": ["News", "World", "Politics", "Business", "Opinion", "Sport", "Culture", "Science", "Europe",
           "Local", "Tech", "Health", "Economy", "Climate", "Lifestyle", "US", "UK", "Analysis"],
    "fr": ["Actualités", "International", "Politique", "Économie", "Société", "Culture", "Sports",
           "Idées", "Planète", "Régions", "Monde", "France", "Faits divers"],
    "de": ["Nachrichten", "Politik", "Ausland", "Wirtschaft", "Kultur", "Sport", "Panorama", "Meinung",
           "Regional", "Wissen", "Inland", "Gesellschaft", "Digital"],
    "it": ["Notizie", "Politica", "Esteri", "Economia", "Cronaca", "Cultura", "Sport", "Opinioni",
           "Mondo", "Italia", "Spettacoli", "Tecnologia"],
    "pl": ["Wiadomości", "Polityka", "Świat", "Kraj", "Gospodarka", "Kultura", "Sport", "Opinie",
           "Biznes", "Regiony", "Nauka", "Zdrowie"],
    "ru": ["Новости", "Политика", "В мире", "Экономика", "Общество", "Культура", "Спорт", "Мнения",
           "Происшествия", "Регионы", "Наука", "Технологии"],
}
TOPICS = ["elections", "energy", "housing", "migration", "budget", "climate", "NATO", "EU", "inflation",
          "healthcare", "education", "transport", "Ukraine", "China", "courts", "tax", "farming",
          "Wahlen", "Energie", "Haushalt", "élections", "retraites", "énergie", "governo", "bollette",
          "wybory", "Sejm", "podatki", "выборы", "бюджет", "санкции", "транспорт"]
NETWORKS = ["Facebook", "X", "Twitter", "LinkedIn", "WhatsApp", "Telegram", "Reddit", "Threads",
            "Bluesky", "Mastodon", "Instagram", "YouTube", "TikTok", "Flipboard", "Pinterest", "VK",
            "Odnoklassniki", "Viber", "Signal", "Email", "E-Mail", "SMS", "Messenger"]
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}
ZONES = ["", " GMT", " CET", " ET", " EST", " BST", " MSK", " UTC", " Uhr"]
SEPARATORS = [" · ", " | ", " — ", " • ", " / ", " - ", " – ", "  ", " ", ", "]
DECOR = ["", "", "", "", "→ ", "» ", "▶ ", "• ", "► ", "› ", "◆ ", "✓ "]
TRAIL = ["", "", "", "", " →", " »", " ›", ":", " >", "…"]
TITLE_WORDS = ["How", "Why", "What", "The", "New", "Inside", "After", "Council", "Minister", "Plan",
               "Vote", "Crisis", "Budget", "Talks", "Strike", "Reform", "Election", "Report", "Deal",
               "Protest", "Court", "Border", "Energy", "Prices", "Secret", "Future", "War", "Summit",
               "Leaders", "Market", "Rally", "Week", "Row", "Bill", "Win", "Warning", "Fight"]
EMOJI = ["⏱", "🕑", "🕒", "📅", "👁", "💬", "🔊", "▶", "🎧", "📰", "✉", "🔔", "📌", "🔥", "⚡", "📷", "❤"]


class _Ctx:
    """One line's random choices: a seeded RNG with helpers for the slots."""

    def __init__(self, rng: random.Random, lang: str):
        self.r, self.lang = rng, lang

    def c(self, items):
        return self.r.choice(items)

    def name(self):
        first, last = self.c(FIRST), self.c(LAST)
        return self.c([f"{first} {last}", f"{first} {last}", f"{first[0]}. {last}", f"{first} {last[0]}.",
                       f"{first} {self.c(FIRST)[0]}. {last}"])

    def handle(self):
        first, last = self.c(FIRST).lower(), self.c(LAST).lower()
        base = self.c([f"{first}{last}", f"{first}_{last}", f"{first[0]}{last}", f"{last}{self.r.randint(1, 99)}",
                       f"{first}.{last}", f"{first}{self.r.randint(1960, 2005)}", f"the_{last}"])
        return base.encode("ascii", "ignore").decode() or "user42"

    def site(self):
        return self.c(SITES)

    def domain(self):
        return self.c(DOMAINS)

    def url(self):
        return self.c(["https://", "http://", "www.", "https://www.", ""]) + self.domain() + self.c(
            ["", "/", f"/{self.section().lower()}", f"/p/{self.r.randint(100, 99999)}", "/newsletter",
             "/support", "/donate", f"/{self.handle()}"])

    def email(self):
        return f"{self.handle()}@{self.domain()}"

    def section(self, lang=None):
        return self.c(SECTIONS[lang or self.lang])

    def n(self, lo=1, hi=99):
        return self.r.randint(lo, hi)

    def count(self):
        value = self.c([self.n(1, 9), self.n(10, 99), self.n(100, 999), self.n(1000, 99999)])
        if value >= 1000 and self.r.random() < 0.5:
            return f"{value / 1000:.1f}".rstrip("0").rstrip(".") + self.c(["K", "k", "K", " тыс."[:0] or "k"])
        if value >= 1000 and self.r.random() < 0.5:
            return f"{value:,}".replace(",", self.c([",", ".", " ", "\u00a0"]))
        return str(value)

    def year(self):
        return str(self.r.randint(2012, 2026))

    def time(self):
        h, m = self.n(0, 23), self.n(0, 59)
        style = self.r.random()
        if self.lang == "en" and style < 0.5:
            return f"{(h % 12) or 12}:{m:02d} {self.c(['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.'])}{self.c(ZONES[:6])}"
        if self.lang == "fr" and style < 0.6:
            return f"{h}h{m:02d}"
        if self.lang == "de" and style < 0.5:
            return f"{h:02d}:{m:02d} Uhr"
        if self.lang == "pl" and style < 0.3:
            return f"godz. {h:02d}:{m:02d}"
        return f"{h:02d}:{m:02d}{self.c(ZONES)}" if style < 0.9 else f"{h:02d}.{m:02d}"

    def date(self):
        d, mo, y = self.n(1, 28), self.n(1, 12), self.year()
        month = MONTHS[self.lang][mo - 1]
        style = self.r.randint(0, 7)
        if style == 0:
            return f"{d:02d}.{mo:02d}.{y}"
        if style == 1:
            return f"{y}-{mo:02d}-{d:02d}"
        if style == 2:
            return f"{d}/{mo}/{y}" if self.lang != "en" else f"{mo}/{d}/{y}"
        if style == 3:
            return f"{d:02d}/{mo:02d}/{y}"
        if self.lang == "en":
            short = month[:3]
            return self.c([f"{month} {d}, {y}", f"{d} {month} {y}", f"{short} {d}, {y}", f"{short} {d}",
                           f"{month} {d}"])
        if self.lang == "de":
            return self.c([f"{d}. {month} {y}", f"{d}. {month}"])
        return self.c([f"{d} {month} {y}", f"{d} {month}"])

    def stamp(self):
        return self.c([f"{self.date()} {self.time()}", f"{self.date()}, {self.time()}", self.date(),
                       f"{self.date()} {self.c(['at', 'à', 'um', 'alle', 'o', 'в'])} {self.time()}"])

    def ago(self):
        n = self.n(1, 59)
        return self.c({
            "en": [f"{n} min ago", f"{n}m", f"{n}h", f"{n} hours ago", f"{n} days ago", f"{n}d",
                   f"{n} minutes ago", "yesterday", "just now", f"{n} weeks ago", f"{n} mo"],
            "fr": [f"il y a {n} min", f"il y a {n} heures", f"il y a {n} jours", "hier"],
            "de": [f"vor {n} Min.", f"vor {n} Stunden", f"vor {n} Tagen", "gestern"],
            "it": [f"{n} minuti fa", f"{n} ore fa", f"{n} giorni fa", "ieri"],
            "pl": [f"{n} min temu", f"{n} godz. temu", f"{n} dni temu", "wczoraj"],
            "ru": [f"{n} минут назад", f"{n} часов назад", f"{n} дней назад", "вчера"],
        }[self.lang])

    def headline(self):
        k = self.n(3, 8)
        words = [self.c(TITLE_WORDS) for _ in range(k)]
        title = " ".join(words)
        return self.c([title, title.lower().capitalize(), title + self.c(["", "?", ""])])

    def sep(self):
        return self.c(SEPARATORS)

    def networks(self, k=None):
        k = k or self.n(2, 5)
        return self.r.sample(NETWORKS, k)


def _case(text: str, r: random.Random) -> str:
    roll = r.random()
    if roll < 0.12:
        return text.upper()
    if roll < 0.2:
        return text.title() if text.isascii() else text
    if roll < 0.25:
        return text.lower()
    return text


# --- templates: (category, positions, languages, function of the context) ------------------------

def _reading_time(x: _Ctx) -> str:
    n = x.n(1, 25)
    return x.c({
        "en": [f"{n} min read", f"{n} minute read", f"Reading time: {n} min", f"Read time {n} mins",
               f"{x.c(EMOJI)} {n} min", f"Estimated reading time: {n} minutes", f"{n} mins read",
               f"Listen{x.sep()}{n} min", f"Listen to this story{x.sep()}{n}:{x.n(10, 59)}",
               f"Audio{x.sep()}{n} min", f"{n} min listen", f"Time to read: {n} min"],
        "fr": [f"Lecture : {n} min", f"Temps de lecture : {n} minutes", f"{n} min de lecture",
               f"Écouter cet article{x.sep()}{n} min", f"Durée de lecture {n} min"],
        "de": [f"Lesezeit {n} Minuten", f"{n} Min. Lesezeit", f"Lesedauer: ca. {n} Min.",
               f"Artikel anhören{x.sep()}{n}:{x.n(10, 59)} Min.", f"Hörzeit: {n} Min."],
        "it": [f"Lettura: {n} min", f"{n} minuti di lettura", f"Tempo di lettura {n} min",
               f"Ascolta l'articolo{x.sep()}{n} min"],
        "pl": [f"Czas czytania: {n} min", f"{n} min czytania", f"Czytanie: {n} min",
               f"Posłuchaj artykułu{x.sep()}{n} min"],
        "ru": [f"Время чтения: {n} мин", f"{n} мин на чтение", f"Читать {n} минут",
               f"Прослушать{x.sep()}{n} мин", f"{n} минут чтения"],
    }[x.lang])


def _updated(x: _Ctx) -> str:
    return x.c({
        "en": [f"Updated {x.stamp()}", f"Published {x.stamp()}", f"Last updated: {x.ago()}",
               f"Published {x.stamp()}{x.sep()}Updated {x.ago()}", f"First published on {x.stamp()}",
               f"Posted {x.ago()}", f"Updated: {x.time()}", f"{x.stamp()}{x.sep()}Updated {x.time()}",
               f"LIVE{x.sep()}Updated {x.ago()}", f"Breaking{x.sep()}{x.time()}"],
        "fr": [f"Publié le {x.stamp()}", f"Mis à jour le {x.stamp()}", f"Publié {x.ago()}",
               f"Publié le {x.date()}{x.sep()}Modifié le {x.stamp()}", f"Mis à jour {x.ago()}"],
        "de": [f"Veröffentlicht am {x.stamp()}", f"Aktualisiert am {x.stamp()}", f"Stand: {x.stamp()}",
               f"Erstellt: {x.stamp()}", f"Zuletzt aktualisiert {x.ago()}"],
        "it": [f"Pubblicato il {x.stamp()}", f"Aggiornato il {x.stamp()}", f"Ultimo aggiornamento: {x.stamp()}",
               f"Pubblicato {x.ago()}"],
        "pl": [f"Opublikowano: {x.stamp()}", f"Aktualizacja {x.stamp()}", f"Dodano {x.ago()}",
               f"Data publikacji: {x.stamp()}"],
        "ru": [f"Опубликовано: {x.stamp()}", f"Обновлено {x.stamp()}", f"Обновлено {x.ago()}",
               f"Дата публикации: {x.stamp()}"],
    }[x.lang])


def _byline(x: _Ctx) -> str:
    name, role = x.name(), x.c({
        "en": ["Staff Writer", "Political Editor", "Senior Reporter", "Contributor", "Correspondent",
               "Opinion Columnist", "Business Editor", "Digital Producer", "Guest Author"],
        "fr": ["Journaliste", "Rédactrice en chef", "Envoyé spécial", "Correspondant", "Chroniqueuse"],
        "de": ["Redakteur", "Korrespondentin", "Autorin", "Politikredaktion", "Gastautor"],
        "it": ["Giornalista", "Inviato", "Redazione", "Corrispondente", "Editorialista"],
        "pl": ["Dziennikarz", "Redakcja", "Korespondentka", "Publicysta", "Reporterka"],
        "ru": ["Корреспондент", "Редакция", "Обозреватель", "Журналист", "Автор"],
    }[x.lang])
    by = {"en": "By", "fr": "Par", "de": "Von", "it": "di", "pl": "Autor:", "ru": "Автор:"}[x.lang]
    return x.c([
        f"{by} {name}", f"{by} {name}{x.sep()}{x.stamp()}", f"{name}{x.sep()}{x.stamp()}",
        f"{name}{x.sep()}{role}", f"{by} {name}, {role}", f"{name}{x.sep()}{x.ago()}",
        f"{by} {name} and {x.name()}" if x.lang == "en" else f"{by} {name}{x.sep()}{x.site()}",
        f"{name}{x.sep()}{x.site()}", f"@{x.handle()}{x.sep()}{x.ago()}",
        f"{name}{x.sep()}{x.n(1, 30)} min read", f"{x.c(['Words', 'Text', 'Story', 'Written'])} by {name}"
        if x.lang == "en" else f"{by} {name}", f"{role}{x.sep()}{name}",
    ])


def _bio(x: _Ctx) -> str:
    name = x.name()
    pron = x.c(["him", "her", "them"])
    return x.c({
        "en": [f"{name} is a {x.c(['reporter', 'writer', 'columnist', 'fellow', 'editor'])} at {x.site()}.",
               f"{name} is a freelance journalist. Follow {pron} on {x.c(NETWORKS)} @{x.handle()}",
               f"Contact {name} at {x.email()}", f"{name} can be reached at {x.email()}",
               f"Email the author: {x.email()}", f"Follow {name} on {x.c(NETWORKS)}",
               f"More from {name}", f"See all articles by {name}", f"About {name}",
               f"{name} writes about {x.c(TOPICS)} for {x.site()}.", f"Got a tip? Email {x.email()}",
               f"{name}{x.sep()}{x.count()} followers", f"{x.count()} Followers{x.sep()}Writer for {x.site()}",
               f"Send tips to {x.email()}", f"Twitter: @{x.handle()}", f"{name} on {x.c(NETWORKS)}: @{x.handle()}"],
        "fr": [f"{name} est journaliste à {x.site()}.", f"Suivez {name} sur {x.c(NETWORKS)}",
               f"Contacter l'auteur : {x.email()}", f"Tous les articles de {name}"],
        "de": [f"{name} ist Redakteur bei {x.site()}.", f"Folgen Sie {name} auf {x.c(NETWORKS)}",
               f"Kontakt zum Autor: {x.email()}", f"Mehr von {name}", f"Alle Artikel von {name}"],
        "it": [f"{name} è giornalista di {x.site()}.", f"Segui {name} su {x.c(NETWORKS)}",
               f"Tutti gli articoli di {name}", f"Scrivi all'autore: {x.email()}"],
        "pl": [f"{name} jest dziennikarzem {x.site()}.", f"Obserwuj autora na {x.c(NETWORKS)}",
               f"Wszystkie artykuły autora", f"Kontakt z autorem: {x.email()}"],
        "ru": [f"{name} — корреспондент {x.site()}.", f"Все материалы автора",
               f"Связаться с автором: {x.email()}", f"Подписывайтесь на автора в {x.c(NETWORKS)}"],
    }[x.lang])


def _self_promo(x: _Ctx) -> str:
    return x.c({
        "en": [f"Buy me a coffee at {x.url()}", f"Support my work on {x.c(['Patreon', 'Ko-fi', 'Substack'])}",
               f"My new book is out now{x.sep()}Order here", f"Check out my podcast on {x.c(NETWORKS)}",
               f"Join my {x.c(['newsletter', 'channel', 'community'])} at {x.url()}", f"Tip jar: {x.url()}",
               f"Become a paid subscriber", f"Upgrade to paid", f"Pledge your support",
               f"Visit {x.url()} for more", f"Get {x.count()}% off with code {x.handle().upper()[:8]}",
               f"Listen to the {x.site()} podcast", f"Watch more on our {x.c(NETWORKS)} channel"],
        "fr": [f"Soutenez {x.site()} sur Tipeee", f"Mon livre est disponible en librairie",
               f"Abonnez-vous à ma chaîne {x.c(NETWORKS)}", f"Retrouvez-nous sur {x.url()}"],
        "de": [f"Unterstütze mich auf {x.c(['Patreon', 'Steady', 'Ko-fi'])}", f"Mein neues Buch ist erschienen",
               f"Mehr auf {x.url()}", f"Jetzt {x.site()}+ testen"],
        "it": [f"Sostieni {x.site()} con una donazione", f"Il mio nuovo libro è in libreria",
               f"Seguimi su {x.c(NETWORKS)}", f"Scopri di più su {x.url()}"],
        "pl": [f"Wesprzyj mnie na Patronite", f"Moja nowa książka już w sprzedaży", f"Więcej na {x.url()}",
               f"Postaw mi kawę"],
        "ru": [f"Поддержать автора на Boosty", f"Моя новая книга уже в продаже", f"Больше на {x.url()}",
               f"Подписывайтесь на мой канал"],
    }[x.lang])


def _copyright(x: _Ctx) -> str:
    site, year = x.site(), x.year()
    return x.c([
        f"© {year} {site}", f"© {site} {year}", f"Copyright {year} {site}. All rights reserved.",
        f"© {year} {site}{x.sep()}All Rights Reserved", f"© {year}{x.sep()}{site}{x.sep()}Privacy Policy",
        {"en": f"© {year} {site} Ltd. Registered in England", "fr": f"© {site} {year} - Tous droits réservés",
         "de": f"© {site} {year} - Alle Rechte vorbehalten", "it": f"© Riproduzione riservata{x.sep()}{site}",
         "pl": f"© {year} {site}. Wszystkie prawa zastrzeżone", "ru": f"© {year} {site}. Все права защищены"}[x.lang],
        {"en": f"{site} is not responsible for the content of external sites.",
         "fr": f"Reproduction interdite sans autorisation", "de": f"Nachdruck nur mit Genehmigung des Verlags",
         "it": f"Vietata la riproduzione anche parziale", "pl": f"Kopiowanie materiałów bez zgody zabronione",
         "ru": f"Перепечатка без разрешения запрещена"}[x.lang],
    ])


def _footer_nav(x: _Ctx) -> str:
    links = {
        "en": ["About Us", "Contact", "Advertise", "Careers", "Privacy Policy", "Terms of Service",
               "Cookie Policy", "Accessibility", "Sitemap", "Corrections", "RSS", "Help", "Newsletters"],
        "fr": ["Qui sommes-nous", "Contact", "Mentions légales", "Publicité", "Recrutement", "CGU",
               "Politique de confidentialité", "Plan du site", "Gestion des cookies"],
        "de": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Mediadaten", "Karriere", "Barrierefreiheit",
               "Cookie-Einstellungen", "Abo", "Hilfe"],
        "it": ["Chi siamo", "Contatti", "Pubblicità", "Privacy", "Cookie policy", "Note legali",
               "Lavora con noi", "Redazione"],
        "pl": ["O nas", "Kontakt", "Reklama", "Regulamin", "Polityka prywatności", "Praca", "Redakcja",
               "Mapa strony"],
        "ru": ["О проекте", "Контакты", "Реклама", "Вакансии", "Политика конфиденциальности",
               "Правила", "Редакция", "Карта сайта"],
    }[x.lang]
    sep = x.c([" | ", " · ", " • ", " / ", "  "])
    return x.c([sep.join(x.r.sample(links, x.n(2, min(6, len(links))))),
                x.c(links), f"{x.c(['Back to', 'Return to', 'More in'])} {x.section('en')}" if x.lang == "en"
                else x.c({"fr": ["Retour à l'accueil", "Retour en haut"], "de": ["Zurück zur Startseite", "Nach oben"],
                          "it": ["Torna alla home", "Torna su"], "pl": ["Wróć na stronę główną", "Do góry"],
                          "ru": ["Вернуться на главную", "Наверх"]}[x.lang])])


def _breadcrumb(x: _Ctx) -> str:
    sep = x.c([" » ", " > ", " / ", " › ", " → ", " | "])
    items = [x.c(["Home", "Start", "Accueil", "Startseite", "Главная", "Strona główna"])]
    items += x.r.sample(SECTIONS[x.lang], x.n(1, 3))
    return sep.join(items)


def _tags(x: _Ctx) -> str:
    header = x.c({
        "en": ["Tags", "Topics", "Related topics", "Keywords", "More on", "Explore", "In this article"],
        "fr": ["Mots-clés", "Thèmes", "Sujets", "Tags"], "de": ["Schlagwörter", "Themen", "Mehr zu"],
        "it": ["Tag", "Argomenti", "Temi"], "pl": ["Tagi", "Tematy", "Słowa kluczowe"],
        "ru": ["Теги", "Темы", "Ключевые слова"],
    }[x.lang])
    items = x.r.sample(TOPICS, x.n(2, 5))
    joiner = x.c([", ", " · ", " | ", " ", " #", ", "])
    if joiner == " #":
        return "#" + " #".join(t.replace(" ", "") for t in items)
    return x.c([f"{header}: {joiner.join(items)}", f"{header} {joiner.join(items)}", joiner.join(items)
                if joiner != " " else f"{header}: {', '.join(items)}"])


def _related(x: _Ctx) -> str:
    header = x.c({
        "en": ["More in {s}", "Latest from {s}", "More from {site}", "Top Stories", "Most Popular",
               "Trending Now", "Editors' Picks", "Recommended for you", "What to read next", "Around the web",
               "From our partners", "Latest news", "Must read", "In case you missed it", "Popular on {site}",
               "Read next", "Up next", "You may be interested in", "Explore more", "Watch next", "Top videos",
               "More videos", "Latest {s} news", "Sponsored stories", "Recommended by", "Promoted links"],
        "fr": ["À lire aussi", "Les plus lus", "Dans la même rubrique", "À la une", "Les plus partagés",
               "Nos dernières actualités", "Sur le même thème", "Vidéos à la une", "Plus de {s}"],
        "de": ["Mehr aus {s}", "Meistgelesene Artikel", "Auch interessant", "Neueste Artikel",
               "Top-Themen", "Empfohlene Artikel", "Weitere Nachrichten", "Videos zum Thema"],
        "it": ["Altre notizie", "I più letti", "Ultime notizie", "Da non perdere", "Potrebbe interessarti",
               "Più letti di oggi", "Altri articoli di {s}", "Video del giorno"],
        "pl": ["Najnowsze", "Polecane", "Zobacz także", "Najpopularniejsze", "Więcej z kategorii {s}",
               "Przeczytaj także", "Nie przegap", "Wideo dnia"],
        "ru": ["Главное", "Самое популярное", "Читайте также", "Новости партнёров", "Ещё по теме",
               "Лента новостей", "Выбор редакции", "Последние новости", "Видео дня"],
    }[x.lang]).format(s=x.section(), site=x.site())
    return x.c([header, header, f"{header}{x.c([':', ' →', ' »', ''])}", f"{header}: {x.headline()}",
                f"{x.c(DECOR)}{x.headline()}{x.sep()}{x.ago()}"])


def _post_nav(x: _Ctx) -> str:
    prev, nxt = x.c({
        "en": [("Previous", "Next"), ("Older post", "Newer post"), ("« Prev", "Next »")],
        "fr": [("Précédent", "Suivant")], "de": [("Zurück", "Weiter"), ("Vorheriger Artikel", "Nächster Artikel")],
        "it": [("Precedente", "Successivo")], "pl": [("Poprzedni", "Następny")], "ru": [("Назад", "Далее")],
    }[x.lang])
    return x.c([f"← {prev}", f"{nxt} →", f"{prev}: {x.headline()}", f"{nxt}: {x.headline()}",
                f"{prev}{x.sep()}{nxt}", f"{x.headline()} →"])


def _comments(x: _Ctx) -> str:
    n = x.count()
    return x.c({
        "en": [f"{n} comments", f"Comments ({n})", f"View {n} comments", f"Show all {n} comments",
               "Add a comment", "Log in to comment", "Sort by: Newest", "Oldest first", "Most liked",
               f"{x.handle()}{x.sep()}{x.ago()}", f"{x.name()}{x.sep()}{x.ago()}", f"{n} replies",
               f"View {n} more replies", "Comments are moderated.", "Read our community guidelines",
               "Report", "Upvote", f"{n} upvotes", "Reply · Report", "Load more", "Show more comments",
               "Commenting is disabled for this article", f"Replying to @{x.handle()}", "Start the conversation",
               f"{x.handle()} replied", "Newest | Oldest | Top", "Conversation", "Join the discussion",
               f"{n} Comments{x.sep()}{n} Shares"],
        "fr": [f"{n} commentaires", f"Commentaires ({n})", "Réagir", "Ajouter un commentaire",
               f"{x.handle()}{x.sep()}{x.ago()}", "Signaler un abus", "Voir plus de réponses"],
        "de": [f"{n} Kommentare", f"Kommentare ({n})", "Kommentieren", "Kommentar schreiben",
               f"{x.handle()}{x.sep()}{x.ago()}", "Melden", "Weitere Antworten anzeigen"],
        "it": [f"{n} commenti", f"Commenti ({n})", "Commenta la notizia", "Aggiungi un commento",
               f"{x.handle()}{x.sep()}{x.ago()}", "Segnala", "Mostra altre risposte"],
        "pl": [f"{n} komentarzy", f"Komentarze ({n})", "Dodaj komentarz", "Skomentuj artykuł",
               f"{x.handle()}{x.sep()}{x.ago()}", "Zgłoś", "Pokaż więcej odpowiedzi"],
        "ru": [f"{n} комментариев", f"Комментарии ({n})", "Оставить комментарий", "Обсудить",
               f"{x.handle()}{x.sep()}{x.ago()}", "Пожаловаться", "Показать ещё ответы"],
    }[x.lang])


def _share(x: _Ctx) -> str:
    nets = x.networks()
    sep = x.c([" ", " · ", " | ", ", ", " / ", "  "])
    verb = x.c({"en": ["Share", "Share on", "Share via", "Post to", "Send via", "Share this article"],
                "fr": ["Partager", "Partager sur", "Envoyer par"], "de": ["Teilen", "Teilen auf", "Per"],
                "it": ["Condividi", "Condividi su", "Invia via"], "pl": ["Udostępnij", "Udostępnij na", "Wyślij przez"],
                "ru": ["Поделиться", "Поделиться в", "Отправить в"]}[x.lang])
    return x.c([sep.join(nets), f"{verb}{x.c([':', ''])} {sep.join(nets)}", f"{verb} {x.c(NETWORKS)}",
                f"{x.count()} shares", f"{x.count()} Shares{x.sep()}{sep.join(nets)}",
                {"en": "Copy link", "fr": "Copier le lien", "de": "Link kopieren", "it": "Copia link",
                 "pl": "Kopiuj link", "ru": "Скопировать ссылку"}[x.lang],
                {"en": "Link copied!", "fr": "Lien copié", "de": "Link kopiert", "it": "Link copiato",
                 "pl": "Skopiowano link", "ru": "Ссылка скопирована"}[x.lang],
                f"{x.c(NETWORKS)}{x.c(['', ' (opens in new tab)', ' icon'])}",
                {"en": "Gift this article", "fr": "Offrir cet article", "de": "Artikel verschenken",
                 "it": "Regala questo articolo", "pl": "Podaruj artykuł", "ru": "Подарить статью"}[x.lang],
                {"en": "Save for later", "fr": "Sauvegarder", "de": "Merken", "it": "Salva",
                 "pl": "Zapisz na później", "ru": "В закладки"}[x.lang]])


def _newsletter(x: _Ctx) -> str:
    site = x.site()
    return x.c({
        "en": [f"Sign up for the {site} newsletter", f"Get {site} in your inbox", "Enter your email address",
               "No spam. Unsubscribe anytime.", "By signing up, you agree to our Terms and Privacy Policy.",
               f"The {x.c(['Morning', 'Evening', 'Weekly', 'Daily'])} {x.c(['Brief', 'Digest', 'Edition', 'Wrap'])}",
               "Thank you for subscribing!", "Subscribe to our free newsletter", "Get the best stories every morning",
               f"Subscribe{x.sep()}{x.c(['Free', 'Monthly', 'Annual'])}", "You're all set!", "Subscribed"],
        "fr": ["Inscrivez-vous à notre newsletter", "Recevez l'essentiel de l'actualité chaque matin",
               "Votre adresse e-mail", "Je m'inscris", "Merci pour votre inscription"],
        "de": ["Newsletter bestellen", "Jetzt kostenlos anmelden", "Ihre E-Mail-Adresse",
               "Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach", "Vielen Dank für Ihre Anmeldung"],
        "it": ["Iscriviti alla newsletter", "Ricevi ogni mattina le notizie più importanti",
               "Il tuo indirizzo email", "Grazie per esserti iscritto"],
        "pl": ["Zapisz się do newslettera", "Najważniejsze informacje prosto na Twoją skrzynkę",
               "Twój adres e-mail", "Dziękujemy za zapis"],
        "ru": ["Подпишитесь на рассылку", "Главные новости дня на вашу почту", "Ваш e-mail",
               "Спасибо за подписку"],
    }[x.lang])


def _paywall(x: _Ctx) -> str:
    n = x.n(1, 10)
    price = x.c(["1", "0.99", "4.99", "9", "1,99", "2"])
    return x.c({
        "en": [f"You have {n} free articles left this month", "Subscribe to continue reading",
               "Already a subscriber? Log in", f"Subscribe for ${price} a week", "Unlock this article",
               "This article is for subscribers only", "Register to read more", f"Start your free trial",
               "Premium content", "Subscriber exclusive", f"Only ${price} for {n} months", "Sign in to keep reading",
               "Create a free account to continue"],
        "fr": ["Article réservé aux abonnés", "Abonnez-vous pour lire la suite", "Déjà abonné ? Se connecter",
               f"Offre spéciale : {price} € le premier mois", "Cet article vous est offert"],
        "de": ["Nur für Abonnenten", "Jetzt weiterlesen mit Plus", "Bereits Abonnent? Hier anmelden",
               f"Testen Sie {n} Wochen für {price} €", "Exklusiv für Abonnenten"],
        "it": ["Contenuto riservato agli abbonati", "Abbonati per continuare a leggere",
               "Sei già abbonato? Accedi", f"Prova {n} mesi a {price} €"],
        "pl": ["Artykuł dostępny dla subskrybentów", "Wykup subskrypcję, aby czytać dalej",
               "Masz już subskrypcję? Zaloguj się", f"Pierwszy miesiąc za {price} zł"],
        "ru": ["Материал доступен по подписке", "Оформите подписку, чтобы читать дальше",
               "Уже подписаны? Войти", f"Первый месяц за {price} ₽"],
    }[x.lang])


def _cookie(x: _Ctx) -> str:
    return x.c({
        "en": ["Accept all", "Reject all", "Manage preferences", "Cookie settings", "Accept cookies",
               "We care about your privacy", "This website uses cookies", "Manage consent",
               "Your privacy choices", "Necessary only", "I accept", "Agree and close",
               f"We and our {x.count()} partners store and access information on your device"],
        "fr": ["Tout accepter", "Tout refuser", "Paramétrer les cookies", "Continuer sans accepter",
               "Ce site utilise des cookies"],
        "de": ["Alle akzeptieren", "Ablehnen", "Einstellungen verwalten", "Nur notwendige Cookies",
               "Wir verwenden Cookies"],
        "it": ["Accetta tutti", "Rifiuta", "Gestisci preferenze", "Personalizza", "Questo sito usa i cookie"],
        "pl": ["Akceptuję wszystkie", "Odrzuć", "Ustawienia prywatności", "Zarządzaj zgodami",
               "Ta strona używa plików cookie"],
        "ru": ["Принять все", "Отклонить", "Настройки cookie", "Мы используем файлы cookie", "Согласен"],
    }[x.lang])


def _donation(x: _Ctx) -> str:
    amount = x.c(["$5", "$10", "€5", "€3", "£5", "10 zł", "300 ₽", "$1"])
    return x.c({
        "en": [f"Donate {amount}", f"Give {amount} a month", "Support independent journalism",
               "Make a one-time contribution", "Become a member today", f"Chip in {amount}",
               "Help keep this news free", f"Support {x.site()}", "Contribute now", "Donate now →",
               "Every reader contribution counts"],
        "fr": ["Faire un don", "Soutenez le journalisme indépendant", f"Je donne {amount}", "Devenir membre"],
        "de": ["Jetzt unterstützen", "Spenden", f"Mit {amount} unterstützen", "Mitglied werden"],
        "it": ["Sostienici", "Fai una donazione", f"Dona {amount}", "Diventa socio"],
        "pl": ["Wesprzyj nas", "Przekaż darowiznę", f"Wpłać {amount}", "Zostań patronem"],
        "ru": ["Поддержать редакцию", "Сделать пожертвование", f"Помочь {amount}", "Стать подписчиком"],
    }[x.lang])


def _app(x: _Ctx) -> str:
    site = x.site()
    return x.c({
        "en": [f"Download the {site} app", "Get the app", "Available on the App Store", "Get it on Google Play",
               "Open in app", "Turn on notifications", "Enable push alerts", f"Install {site}"],
        "fr": [f"Téléchargez l'application {site}", "Activer les notifications", "Ouvrir dans l'appli"],
        "de": [f"Jetzt die {site}-App laden", "Push-Mitteilungen aktivieren", "In der App lesen"],
        "it": [f"Scarica l'app di {site}", "Attiva le notifiche", "Leggi nell'app"],
        "pl": [f"Pobierz aplikację {site}", "Włącz powiadomienia", "Czytaj w aplikacji"],
        "ru": [f"Скачайте приложение {site}", "Включить уведомления", "Читать в приложении"],
    }[x.lang])


def _ticker(x: _Ctx) -> str:
    index = x.c(["DAX", "FTSE 100", "S&P 500", "Nasdaq", "Dow Jones", "CAC 40", "FTSE MIB", "WIG20",
                 "MOEX", "EUR/USD", "Brent", "Bitcoin", "Gold", "USD/RUB"])
    value = f"{x.n(1, 40000):,}.{x.n(0, 99):02d}".replace(",", x.c([",", ".", " "]))
    arrow = x.c(["▲", "▼", "+", "-", "↑", "↓"])
    return x.c([f"{index} {value} {arrow}{x.n(0, 3)}.{x.n(0, 99):02d}%", f"{index}{x.sep()}{value}{x.sep()}{arrow}{x.n(0, 5)},{x.n(0, 9)}%",
                f"{index} {arrow} {x.n(0, 3)}.{x.n(0, 99)}%"])


def _weather(x: _Ctx) -> str:
    city = x.c(["London", "Paris", "Berlin", "Roma", "Warszawa", "Москва", "Milano", "Hamburg", "Lyon",
                "Kraków", "Санкт-Петербург", "New York"])
    temp = x.n(-15, 35)
    sym = x.c(["☀", "☁", "🌧", "⛅", "❄", "🌩", ""])
    return x.c([f"{city} {temp:+d}°C {sym}".strip(), f"{city}{x.sep()}{temp}°{x.sep()}{sym}".strip(" ·|—•/-–,"),
                f"{sym} {temp}°C {city}".strip(), f"{city}: {temp}°C, {x.c(['cloudy', 'sunny', 'rain', 'bewölkt', 'nuvoloso', 'облачно', 'pochmurno'])}"])


def _poll(x: _Ctx) -> str:
    return x.c({
        "en": ["Vote now", "See results", f"{x.count()} votes", f"Yes {x.n(1, 99)}%{x.sep()}No {x.n(1, 99)}%",
               "Take our poll", "Quick poll", "Your vote has been counted"],
        "fr": ["Votez", "Voir les résultats", f"{x.count()} votes", f"Oui {x.n(1, 99)} %{x.sep()}Non {x.n(1, 99)} %"],
        "de": ["Jetzt abstimmen", "Ergebnis anzeigen", f"{x.count()} Stimmen", f"Ja {x.n(1, 99)} %{x.sep()}Nein {x.n(1, 99)} %"],
        "it": ["Vota ora", "Vedi i risultati", f"{x.count()} voti", f"Sì {x.n(1, 99)}%{x.sep()}No {x.n(1, 99)}%"],
        "pl": ["Zagłosuj", "Zobacz wyniki", f"{x.count()} głosów", f"Tak {x.n(1, 99)}%{x.sep()}Nie {x.n(1, 99)}%"],
        "ru": ["Голосовать", "Результаты", f"{x.count()} голосов", f"Да {x.n(1, 99)}%{x.sep()}Нет {x.n(1, 99)}%"],
    }[x.lang])


def _job_ad(x: _Ctx) -> str:
    city = x.c(["London", "Berlin", "Paris", "Milano", "Warszawa", "Москва", "Remote", "Hamburg"])
    return x.c({
        "en": [f"We're hiring{x.sep()}{x.c(['Reporter', 'Data Editor', 'Video Producer'])}, {city}", "Jobs at " + x.site(),
               "Featured jobs", "Post a job", "View all vacancies"],
        "fr": [f"Offres d'emploi{x.sep()}{city}", "Nous recrutons", "Voir toutes les offres"],
        "de": [f"Stellenangebote{x.sep()}{city}", "Jobs in Ihrer Region", "Wir suchen Verstärkung (m/w/d)"],
        "it": [f"Offerte di lavoro{x.sep()}{city}", "Lavora con noi", "Annunci di lavoro"],
        "pl": [f"Oferty pracy{x.sep()}{city}", "Praca w Twoim mieście", "Zobacz wszystkie oferty"],
        "ru": [f"Вакансии{x.sep()}{city}", "Работа в вашем городе", "Все вакансии"],
    }[x.lang])


def _player(x: _Ctx) -> str:
    mm, ss = x.n(0, 59), x.n(0, 59)
    return x.c({
        "en": ["Play video", "Watch", f"Watch: {x.headline()} ({x.n(0, 9)}:{ss:02d})", f"0:00 / {x.n(1, 9)}:{ss:02d}",
               "Mute", "Unmute", "Full screen", "Skip ad", f"Ad{x.sep()}0:{ss:02d}", "Video ad feedback",
               f"Now playing{x.sep()}{x.headline()}", "Listen on Spotify", "Subscribe on Apple Podcasts",
               f"Podcast: {x.headline()}", "Autoplay", "Close player", f"{mm:02d}:{ss:02d}", "Captions",
               "Press play to listen", "Watch live", "Live TV"],
        "fr": ["Lire la vidéo", "Regarder", "Écouter", f"Durée : {x.n(1, 9)}:{ss:02d}", "Passer la publicité"],
        "de": ["Video abspielen", "Anhören", f"Dauer {x.n(1, 9)}:{ss:02d} Min.", "Werbung überspringen"],
        "it": ["Guarda il video", "Ascolta", f"Durata {x.n(1, 9)}:{ss:02d}", "Salta pubblicità"],
        "pl": ["Odtwórz wideo", "Posłuchaj", f"Czas trwania {x.n(1, 9)}:{ss:02d}", "Pomiń reklamę"],
        "ru": ["Смотреть видео", "Слушать", f"Длительность {x.n(1, 9)}:{ss:02d}", "Пропустить рекламу"],
    }[x.lang])


def _ad_marker(x: _Ctx) -> str:
    return x.c({
        "en": ["ADVERTISEMENT", "Advertisement", "- Advertisement -", "Ad", "AD", "Sponsored", "Promoted",
               "Paid Post", "Sponsored Content", "Presented by " + x.site(), "In partnership with " + x.site(),
               "Content continues below", "Scroll to continue", "Article continues below", "Ads by Google",
               "Remove ads", "Ad-free experience", "[advert]", "[ad]", "Advertise with us"],
        "fr": ["Publicité", "PUBLICITÉ", "Contenu sponsorisé", "En partenariat avec " + x.site(),
               "La suite après la publicité"],
        "de": ["Anzeige", "ANZEIGE", "Werbung", "Gesponsert", "Präsentiert von " + x.site(),
               "Weiterlesen nach der Anzeige"],
        "it": ["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato", "In collaborazione con " + x.site(),
               "Continua dopo la pubblicità"],
        "pl": ["Reklama", "REKLAMA", "Materiał sponsorowany", "Artykuł sponsorowany", "Dalsza część pod reklamą"],
        "ru": ["Реклама", "РЕКЛАМА", "Партнёрский материал", "Спецпроект", "Продолжение после рекламы"],
    }[x.lang])


def _source(x: _Ctx) -> str:
    src = x.c([x.site(), x.domain(), x.url(), "AP", "AFP", "Reuters", "dpa", "ANSA", "PAP", "ТАСС",
               "РИА Новости", "Interfax", "Bloomberg", "EFE"])
    return x.c({
        "en": [f"Source: {src}", f"Via {src}", f"Originally published at {x.url()}", f"Read more at {x.url()}",
               f"H/T {src}", f"Source link: {x.url()}", f"This story first appeared on {x.site()}",
               f"Republished with permission from {x.site()}", f"Syndicated from {x.domain()}",
               f"Story via {src}", f"Credit: {src}", f"Image: {src}", f"Photo: {x.name()}/{src}",
               f"{x.c(['Photo', 'Image', 'Video'])} credit: {x.name()}", f"Getty Images{x.sep()}{x.name()}",
               f"{x.name()}/{src}", f"(Photo: {x.name()})", f"{src}/{x.handle()[:3]}"],
        "fr": [f"Source : {src}", f"Avec {src}", f"Photo : {x.name()} / {src}", f"Crédit photo : {src}",
               f"Article paru dans {x.site()}", f"Lire l'article original sur {x.domain()}"],
        "de": [f"Quelle: {src}", f"Mit Material von {src}", f"Foto: {x.name()}/{src}", f"Bildquelle: {src}",
               f"Zuerst erschienen bei {x.site()}", f"Dieser Artikel erschien zuerst auf {x.domain()}"],
        "it": [f"Fonte: {src}", f"Foto: {src}", f"Credit: {x.name()}", f"Articolo pubblicato su {x.site()}",
               f"Leggi l'articolo originale su {x.domain()}"],
        "pl": [f"Źródło: {src}", f"Fot. {x.name()}/{src}", f"Źródło zdjęć: {src}", f"Tekst ukazał się w {x.site()}"],
        "ru": [f"Источник: {src}", f"Фото: {x.name()}/{src}", f"По материалам {src}",
               f"Оригинал статьи на {x.domain()}", f"Фото: пресс-служба {x.site()}"],
    }[x.lang])


def _follow(x: _Ctx) -> str:
    net = x.c(NETWORKS)
    return x.c({
        "en": [f"Follow us on {net}", f"Follow {x.site()} on {net}", f"Join us on {net}", f"Find us on {net}",
               f"Get our updates on {net}", f"Subscribe to our {net} channel", f"Like us on Facebook",
               f"Follow @{x.handle()}", f"We're on {net}!", f"Add {x.site()} as a preferred source on Google"],
        "fr": [f"Suivez-nous sur {net}", f"Rejoignez-nous sur {net}", f"Retrouvez {x.site()} sur {net}"],
        "de": [f"Folgen Sie uns auf {net}", f"{x.site()} auf {net}", f"Jetzt auf {net} folgen"],
        "it": [f"Seguici su {net}", f"Unisciti al nostro canale {net}", f"{x.site()} è anche su {net}"],
        "pl": [f"Obserwuj nas na {net}", f"Dołącz do nas na {net}", f"{x.site()} na {net}"],
        "ru": [f"Подписывайтесь на нас в {net}", f"Мы в {net}", f"Читайте {x.site()} в {net}"],
    }[x.lang])


def _notice(x: _Ctx) -> str:
    return x.c({
        "en": ["Found an error? Let us know.", "Report a correction", "Send us your feedback",
               "Have a story tip? Contact our newsroom.", f"Questions? Email {x.email()}",
               "This content is not available in your region", "Please enable JavaScript to view this content",
               "Comments have been disabled for this story", "Print this page", "Text size: A A A",
               "Translate this page", "Skip to main content", "Menu", "Search", "Sign in", "Log in | Register",
               "Loading comments...", "Something went wrong. Please try again.", "Please refresh the page.",
               "This article is more than 2 years old", f"This article is more than {x.n(2, 9)} years old",
               "Listen to this article", "Our journalism is funded by readers like you"],
        "fr": ["Signaler une erreur", "Une erreur ? Contactez la rédaction", "Menu", "Rechercher", "Se connecter",
               "Chargement en cours..."],
        "de": ["Fehler gefunden? Jetzt melden", "Feedback an die Redaktion", "Menü", "Suche", "Anmelden",
               "Wird geladen..."],
        "it": ["Segnala un errore", "Scrivi alla redazione", "Menu", "Cerca", "Accedi", "Caricamento..."],
        "pl": ["Zgłoś błąd", "Napisz do redakcji", "Menu", "Szukaj", "Zaloguj się", "Ładowanie..."],
        "ru": ["Сообщить об ошибке", "Написать в редакцию", "Меню", "Поиск", "Войти", "Загрузка..."],
    }[x.lang])


# (category, positions) and the builder; head-only widgets stand under the title
TEMPLATES = [
    ("reading time", ("head",), _reading_time, 3),
    ("updated", ("head", "head", "tail"), _updated, 3),
    ("byline", ("head", "head", "tail"), _byline, 4),
    ("bio", ("tail",), _bio, 3),
    ("self-promotion", ("tail",), _self_promo, 2),
    ("copyright", ("tail",), _copyright, 2),
    ("footer", ("tail",), _footer_nav, 2),
    ("breadcrumb", ("head",), _breadcrumb, 2),
    ("tags", ("tail",), _tags, 2),
    ("related", ("tail", "tail", "head"), _related, 3),
    ("post navigation", ("tail",), _post_nav, 1),
    ("comments", ("tail",), _comments, 3),
    ("share", ("tail", "tail", "head"), _share, 3),
    ("newsletter", ("tail",), _newsletter, 2),
    ("paywall", ("tail", "head"), _paywall, 2),
    ("cookie", ("tail",), _cookie, 1),
    ("donation", ("tail",), _donation, 2),
    ("app", ("tail", "head"), _app, 1),
    ("ticker", ("head", "tail"), _ticker, 1),
    ("weather", ("head", "tail"), _weather, 1),
    ("poll", ("tail",), _poll, 1),
    ("job ad", ("tail",), _job_ad, 1),
    ("player", ("head", "tail"), _player, 2),
    ("ad marker", ("head", "tail"), _ad_marker, 2),
    ("source", ("tail", "tail", "head"), _source, 3),
    ("follow", ("tail",), _follow, 2),
    ("notice", ("tail", "head"), _notice, 2),
]
LANGS = ("en", "en", "en", "fr", "de", "it", "pl", "ru")


def synth_lines(n: int = 6000, seed: int = 0) -> list[tuple[str, str, str]]:
    """``n`` distinct synthetic noise lines, each (text, position, category), deterministic."""
    rng = random.Random(seed)
    weighted = [t for t in TEMPLATES for _ in range(t[3])]
    out, seen = [], set()
    attempts = 0
    while len(out) < n and attempts < n * 20:
        attempts += 1
        category, positions, build, _ = rng.choice(weighted)
        x = _Ctx(rng, rng.choice(LANGS))
        text = build(x)
        if rng.random() < 0.15:
            text = rng.choice(DECOR) + text + rng.choice(TRAIL)
        text = _case(text, rng) if rng.random() < 0.5 else text
        text = " ".join(text.split())
        position = rng.choice(positions)
        if not text or (text, position) in seen:
            continue
        seen.add((text, position))
        out.append((text, position, category))
    return out


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    for text, position, category in synth_lines(count, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 0):
        print(f"{position:>4} {category:<16} {text}")
