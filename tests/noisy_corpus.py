"""Realistic noisy articles with cheap gold: a clean article wrapped in a platform's boilerplate.

:func:`wrap` puts an article (title plus paragraphs) inside the clutter of a WordPress blog, a
content farm, a news site or a self-publishing blog, chosen and varied by a seeded RNG. Each case
knows what must survive cleaning (``keep``: every paragraph of the article) and what must go
(``drop``: every boilerplate line and reader comment it added). Boilerplate comes in the article's
language (en, fr, de, it, pl, ru), the way a localised WordPress or news site writes it.

These are the variants the rules in ``spinscope.ingest.clean`` were written against; the
held-out wordings live in ``test_clean.py`` and are tested separately.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PLATFORMS = ("wordpress", "content_farm", "news_site", "self_published")


@dataclass(frozen=True)
class NoisyCase:
    name: str
    raw: str
    keep: tuple[str, ...]  # article paragraphs: each must be a paragraph of the analysed text
    drop: tuple[str, ...]  # boilerplate lines: none may be a paragraph, each must be removed


def page_from_blocks(name: str, blocks: list[list[str]]) -> NoisyCase:
    """A scraped page from blocks of lines; '+' marks article text, '-' noise.

    The lines of a block are joined by one newline, the blocks by a blank line, the way scrapers
    print pages; each line is one paragraph or one noise line of ``_problems``.
    """
    raw = "\n\n".join("\n".join(line[1:] for line in block) for block in blocks) + "\n"
    lines = [line for block in blocks for line in block]
    assert all(line[0] in "+-" for line in lines)
    keep = tuple(line[1:] for line in lines if line[0] == "+")
    drop = tuple(line[1:] for line in lines if line[0] == "-")
    return NoisyCase(name, raw, keep, drop)


# Per language: WordPress widgets and comment form, the way the localised theme prints them.
_WORDPRESS = {
    "en": dict(
        share_header=["Share this:", "Share this:", "Share"],
        buttons=["Twitter", "Facebook", "Email", "Print", "Reddit", "WhatsApp", "Telegram", "More",
                 "Click to share on Twitter (Opens in new window)",
                 "Click to share on Facebook (Opens in new window)",
                 "Click to email a link to a friend (Opens in new window)",
                 "Click to print (Opens in new window)"],
        like=["Like this:", "Like Loading..."],
        related="Related",
        nav=["Post navigation", "← Previous Post", "Next Post →"],
        thread_header=["{n} thoughts on “{title}”", "{n} Comments", "{n} Responses to “{title}”"],
        says="{name} says:",
        reply=["Reply", "Log in to Reply"],
        form=["Leave a Reply Cancel reply", "Enter your comment here...",
              "Fill in your details below or click an icon to log in:",
              "Email (required) (Address never made public)", "Name (required)", "Website",
              "You are commenting using your WordPress.com account. ( Log Out / Change )",
              "Cancel", "Connecting to %s", "Notify me of new comments via email.",
              "Notify me of new posts via email."],
        footer=["Blog at WordPress.com.", "Loading...", "Bloggers like this:",
                "Filed under: Politics, World", "Copyright © 2018 The Daily Ledger"],
    ),
    "fr": dict(
        share_header=["Partager :", "Partager :"],
        buttons=["Twitter", "Facebook", "E-mail", "Imprimer", "WhatsApp", "Telegram"],
        like=["J’aime :", "J’aime chargement…"],
        related="Articles similaires",
        nav=["Navigation des articles", "Article précédent", "Article suivant"],
        thread_header=["{n} réflexions sur « {title} »", "{n} commentaires"],
        says="{name} dit :",
        reply=["Répondre"],
        form=["Laisser un commentaire Annuler la réponse",
              "Votre adresse e-mail ne sera pas publiée.",
              "Les champs obligatoires sont indiqués avec *"],
        footer=["Propulsé par WordPress", "Tous droits réservés © 2022 Le Courrier du Soir"],
    ),
    "de": dict(
        share_header=["Teilen mit:", "Teilen:"],
        buttons=["Twitter", "Facebook", "E-Mail", "Drucken", "WhatsApp", "Telegram"],
        like=["Gefällt mir:", "Gefällt mir Wird geladen …"],
        related="Ähnliche Beiträge",
        nav=["Beitragsnavigation", "Vorheriger Beitrag", "Nächster Beitrag"],
        thread_header=["{n} Gedanken zu „{title}“", "{n} Kommentare"],
        says="{name} sagt:",
        reply=["Antworten"],
        form=["Kommentar hinterlassen Antworten abbrechen",
              "Deine E-Mail-Adresse wird nicht veröffentlicht.",
              "Erforderliche Felder sind mit * markiert"],
        footer=["Alle Rechte vorbehalten © 2022 Der Morgenbote"],
    ),
    "it": dict(
        share_header=["Condividi:", "Condividi:"],
        buttons=["Twitter", "Facebook", "Email", "Stampa", "WhatsApp", "Telegram"],
        like=["Mi piace:", "Mi piace Caricamento..."],
        related="Articoli correlati",
        nav=["Navigazione articoli", "Articolo precedente", "Articolo successivo"],
        thread_header=["{n} pensieri su “{title}”", "{n} commenti"],
        says="{name} ha detto:",
        reply=["Rispondi"],
        form=["Lascia un commento Annulla risposta",
              "Il tuo indirizzo email non sarà pubblicato.",
              "I campi obbligatori sono contrassegnati *"],
        footer=["Tutti i diritti riservati © 2022 Il Quotidiano"],
    ),
    "pl": dict(
        share_header=["Udostępnij:", "Udostępnij:"],
        buttons=["Twitter", "Facebook", "Email", "Drukuj", "WhatsApp", "Telegram"],
        like=["Lubię to:", "Lubię to Wczytywanie…"],
        related="Powiązane",
        nav=["Nawigacja wpisu", "Poprzedni wpis", "Następny wpis"],
        thread_header=["{n} komentarzy", "Komentarze"],
        says="{name} napisał:",
        reply=["Odpowiedz"],
        form=["Zostaw komentarz Anuluj pisanie odpowiedzi",
              "Twój adres e-mail nie zostanie opublikowany.",
              "Wymagane pola są oznaczone *"],
        footer=["Wszelkie prawa zastrzeżone © 2022 Gazeta Poranna"],
    ),
    "ru": dict(
        share_header=["Поделиться:", "Поделиться"],
        buttons=["Twitter", "Facebook", "VK", "Telegram", "Печать"],
        like=["Нравится:", "Нравится Загрузка…"],
        related="Похожие статьи",
        nav=["Навигация по записям", "Предыдущая запись", "Следующая запись"],
        thread_header=["{n} комментариев", "Комментарии"],
        says="{name} пишет:",
        reply=["Ответить"],
        form=["Оставить комментарий Отменить ответ",
              "Ваш адрес email не будет опубликован.",
              "Обязательные поля помечены *"],
        footer=["Все права защищены © 2022 Утренний вестник"],
    ),
}

# Reader comments: prose that uses the words the rules look for ("share", "reply", "comment").
_COMMENTS = {
    "en": ["Great article, thanks for sharing. I will share it with everyone I know.",
           "I have to disagree. The author ignores every fact that does not fit the story, "
           "and the comments here prove it.",
           "Exactly what I have been saying for years. Nobody listens until it is too late.",
           "Who funds this site? Serious question, I would like a reply.",
           "Subscribed. Keep up the good work!"],
    "fr": ["Merci pour cet article, je vais le partager autour de moi.",
           "Je ne suis pas d'accord : l'auteur oublie tous les faits qui dérangent.",
           "Enfin quelqu'un qui ose le dire. Bravo pour ce travail."],
    "de": ["Danke für diesen Artikel, ich werde ihn teilen.",
           "Da muss ich widersprechen: Der Autor lässt alle unbequemen Fakten weg.",
           "Endlich sagt es mal jemand. Weiter so!"],
    "it": ["Grazie per l'articolo, lo condividerò con tutti.",
           "Non sono d'accordo: l'autore ignora tutti i fatti scomodi.",
           "Finalmente qualcuno che lo dice. Complimenti."],
    "pl": ["Dziękuję za artykuł, udostępnię go znajomym.",
           "Nie zgadzam się: autor pomija wszystkie niewygodne fakty.",
           "Wreszcie ktoś to powiedział. Brawo."],
    "ru": ["Спасибо за статью, поделюсь с друзьями.",
           "Не согласен: автор игнорирует все неудобные факты.",
           "Наконец-то кто-то сказал это вслух. Браво."],
}
_NAMES = ["John Smith", "marykate77", "Patriot1776", "Anna K.", "Jean Dupont", "Hans Meier",
          "Giulia R.", "Piotr Nowak", "Иван Петров", "Dave"]
_DATES = ["March 3, 2018 at 4:12 pm", "June 21, 2022 at 9:05 am", "12/09/2022 at 18:40",
          "21.06.2022 um 09:05", "2022-06-21 09:05"]

# News-site clutter per language: ad slots, inline related links, newsletter prompts, footers.
_NEWS = {
    "en": dict(
        header=["0 7 min 9 mths", "5 min read", "2 mins ago", "Reading time: 4 minutes",
                "March 3, 2018 • 6 min read"],
        byline=["By Jane Doe", "By Jane Doe and John Roe | The Ledger", "Posted on March 3, 2018 by admin"],
        ad=["Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement"],
        related=["Related: {other}", "READ MORE: {other}", "See also: {other}"],
        newsletter=["Sign up for our newsletter", "Subscribe to our newsletter for the latest updates.",
                    "Get the latest news delivered to your inbox.", "Subscribe now"],
        tags=["Tags: politics, election, world", "Filed under: Politics"],
        cookie=["We use cookies to ensure that we give you the best experience on our website. "
                "If you continue to use this site we will assume that you are happy with it.",
                "This website uses cookies to improve your experience. Accept"],
        footer=["Copyright © 2024 Example Media. All rights reserved.", "© 2018 The Daily Ledger",
                "All rights reserved."],
        follow=["Follow us on Telegram", "Follow us on Twitter @dailyledger"],
    ),
    "fr": dict(
        header=["3 min de lecture", "Temps de lecture : 4 min", "il y a 2 heures"],
        byline=["Publié le 12 juin 2022 à 14h05"],
        ad=["Publicité", "PUBLICITÉ"],
        related=["Lire aussi : {other}", "À lire aussi : {other}"],
        newsletter=["Abonnez-vous à notre newsletter", "Inscrivez-vous à notre newsletter"],
        tags=["Mots-clés : politique, Europe"],
        cookie=["Ce site utilise des cookies pour améliorer votre expérience. Accepter"],
        footer=["© 2022 Le Courrier du Soir. Tous droits réservés."],
        follow=["Suivez-nous sur Telegram"],
    ),
    "de": dict(
        header=["Lesezeit: 3 Min.", "vor 2 Stunden"],
        byline=["Veröffentlicht am 21.06.2022"],
        ad=["Anzeige", "Werbung"],
        related=["Lesen Sie auch: {other}", "Mehr zum Thema: {other}"],
        newsletter=["Newsletter abonnieren", "Jetzt abonnieren"],
        tags=["Schlagworte: Politik, Europa"],
        cookie=["Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie zu. "
                "Akzeptieren"],
        footer=["© 2022 Der Morgenbote. Alle Rechte vorbehalten."],
        follow=["Folgen Sie uns auf Telegram"],
    ),
    "it": dict(
        header=["Tempo di lettura: 3 minuti", "2 ore fa"],
        byline=["Pubblicato il 21 giugno 2022"],
        ad=["Pubblicità"],
        related=["Leggi anche: {other}", "Articoli correlati: {other}"],
        newsletter=["Iscriviti alla nostra newsletter"],
        tags=["Tag: politica, Europa"],
        cookie=["Questo sito utilizza cookie per migliorare la tua esperienza. Accetta"],
        footer=["© 2022 Il Quotidiano. Tutti i diritti riservati."],
        follow=["Seguici su Telegram"],
    ),
    "pl": dict(
        header=["Czas czytania: 3 min", "2 godziny temu"],
        byline=["Opublikowano 21.06.2022"],
        ad=["Reklama", "REKLAMA"],
        related=["Czytaj także: {other}", "Zobacz też: {other}"],
        newsletter=["Zapisz się do newslettera"],
        tags=["Tagi: polityka, Europa"],
        cookie=["Ta strona używa plików cookie. Korzystając ze strony, wyrażasz zgodę. Akceptuję"],
        footer=["© 2022 Gazeta Poranna. Wszelkie prawa zastrzeżone."],
        follow=["Obserwuj nas na Telegramie"],
    ),
    "ru": dict(
        header=["Время чтения: 3 минуты", "2 часа назад"],
        byline=["Опубликовано 21.06.2022"],
        ad=["Реклама", "РЕКЛАМА"],
        related=["Читайте также: {other}", "По теме: {other}"],
        newsletter=["Подпишитесь на нашу рассылку", "Подписывайтесь на наш канал в Telegram"],
        tags=["Теги: политика, Европа"],
        cookie=["Этот сайт использует cookie для улучшения работы. Принять"],
        footer=["© 2022 Утренний вестник. Все права защищены."],
        follow=["Подписаться"],
    ),
}
# Titles of other articles, for related-post lists and inline "Related:" links.
_OTHER_TITLES = {
    "en": ["Five Things We Learned From the Budget Debate", "Why the Border Deal Collapsed Again",
           "Senate Vote Delayed as Talks Stall", "The Hidden Cost of Cheap Energy"],
    "fr": ["Cinq leçons du débat budgétaire", "Pourquoi l'accord a encore échoué"],
    "de": ["Fünf Lehren aus der Haushaltsdebatte", "Warum der Kompromiss wieder scheiterte"],
    "it": ["Cinque lezioni dal dibattito sul bilancio", "Perché l'accordo è saltato di nuovo"],
    "pl": ["Pięć lekcji z debaty budżetowej", "Dlaczego porozumienie znowu upadło"],
    "ru": ["Пять уроков бюджетных дебатов", "Почему соглашение снова сорвалось"],
}
_CATEGORIES = {"en": "In “Politics”", "fr": "Dans « Politique »", "de": "In „Politik“",
               "it": "In “Politica”", "pl": "W „Polityka”", "ru": "В «Политика»"}

# Self-publishing blogs: the author sells a book, asks for money and a visit to the website.
_SELF_PUBLISHED = {
    "en": ["VISIT MY WEBSITE", "Visit my website at www.janedoe-writes.com",
           "My new book, The Great Deception, is available on Amazon.",
           "My latest book “Silenced” is out now — order your copy on Amazon and Barnes & Noble!",
           "Support me on Patreon", "Please support our work on Patreon: patreon.com/janedoe",
           "Donate", "Follow me on Twitter @janedoe", "Subscribe",
           "Copyright © 2018 Jane Doe"],
    "fr": ["Soutenez-nous sur Patreon", "Abonnez-vous pour ne rien manquer", "Suivez-nous sur Telegram"],
    "de": ["Unterstützen Sie uns auf Patreon", "Jetzt abonnieren", "Folgen Sie uns auf Telegram"],
    "it": ["Sostienici su Patreon", "Iscriviti al canale", "Seguici su Telegram"],
    "pl": ["Wesprzyj nas na Patronite", "Zapisz się do newslettera", "Obserwuj nas na Telegramie"],
    "ru": ["Поддержите нас на Patreon", "Подписывайтесь на наш Telegram", "Подписаться"],
}


def wrap(title: str, paragraphs: list[str], lang: str, platform: str, seed: int | str,
         name: str = "") -> NoisyCase:
    """The article ``title`` + ``paragraphs`` inside ``platform``'s boilerplate in ``lang``."""
    rng = random.Random(f"{seed}:{platform}:{lang}")
    build = {"wordpress": _wordpress, "content_farm": _content_farm, "news_site": _news_site,
             "self_published": _self_published}[platform]
    blocks, drop = build(title, list(paragraphs), lang, rng)
    return NoisyCase(name or f"{platform}-{lang}-{seed}", "\n\n".join(blocks) + "\n",
                     (title, *paragraphs), tuple(dict.fromkeys(drop)))


def _sample(rng: random.Random, items: list[str], low: int, high: int) -> list[str]:
    return rng.sample(items, min(len(items), rng.randint(low, high)))


def _wordpress(title, paragraphs, lang, rng):
    wp = _WORDPRESS[lang]
    widgets = [rng.choice(wp["share_header"]), *_sample(rng, wp["buttons"], 2, 5), *wp["like"]]
    if rng.random() < 0.7:  # related posts: titles, dates and categories under a bare header
        widgets.append(wp["related"])
        for other in _sample(rng, _OTHER_TITLES[lang], 1, 3):
            widgets += [other, rng.choice(["March 3, 2018", "21/06/2022"]), _CATEGORIES[lang]]
    widgets += wp["nav"]
    thread = []
    n = rng.randint(2, 5)
    # a SemEval "title" can be a whole lead paragraph, which no theme would quote in a header
    headers = [h for h in wp["thread_header"] if "{title}" not in h or len(title) <= 200]
    thread.append(rng.choice(headers).format(n=n, title=title))
    for _ in range(n):
        name = rng.choice(_NAMES)
        if rng.random() < 0.5:
            thread.append(wp["says"].format(name=name))
        else:
            thread.append(name)
        thread.append(rng.choice(_DATES))
        thread += _sample(rng, _COMMENTS[lang], 1, 2)
        thread.append(rng.choice(wp["reply"]))
    thread += wp["form"] + _sample(rng, wp["footer"], 1, 3)
    # WordPress prints widgets and the thread one line each, not as blank-separated paragraphs
    tail = "\n".join(widgets) + "\n\n" + "\n".join(thread)
    return [title, *paragraphs, tail], widgets + thread


def _content_farm(title, paragraphs, lang, rng):
    paragraphs = list(paragraphs)
    drop = ["[ad_1]", "[ad_2]", "Source link"]
    if rng.random() < 0.5:  # the markers glued to the first and last paragraph
        body = [f"[ad_1] {paragraphs[0]}", *paragraphs[1:-1]] if len(paragraphs) > 1 else []
        last = f"{paragraphs[-1]} [ad_2]" if len(paragraphs) > 1 else f"[ad_1] {paragraphs[0]} [ad_2]"
        blocks = [title, *body, last, "Source link"]
    else:
        blocks = [title, "[ad_1]", *paragraphs, "[ad_2]", "Source link"]
    return blocks, drop


def _news_site(title, paragraphs, lang, rng):
    news = _NEWS[lang]
    header = [rng.choice(news["header"])]
    byline = [rng.choice(news["byline"])] if rng.random() < 0.6 else []
    body, drop = [], header + byline
    for i, paragraph in enumerate(paragraphs):
        body.append(paragraph)
        if i < len(paragraphs) - 1 and rng.random() < 0.25:
            clutter = rng.choice([rng.choice(news["ad"]),
                                  rng.choice(news["related"]).format(other=rng.choice(_OTHER_TITLES[lang]))])
            body.append(clutter)
            drop.append(clutter)
    footer = [rng.choice(news["newsletter"]), rng.choice(news["follow"]), rng.choice(news["tags"]),
              rng.choice(news["footer"])]
    cookie = [rng.choice(news["cookie"])]
    drop += footer + cookie
    # the cookie banner comes first or last depending on where the scraper met it
    if rng.random() < 0.5:
        return [*cookie, *header, title, *byline, *body, *footer], drop
    return [*header, title, *byline, *body, *footer, *cookie], drop


def _self_published(title, paragraphs, lang, rng):
    plugs = _sample(rng, _SELF_PUBLISHED[lang], 2, 5)
    top = [plugs.pop()] if len(plugs) > 2 and rng.random() < 0.5 else []
    return [*top, title, *paragraphs, *plugs], top + plugs
