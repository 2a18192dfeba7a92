"""Held-out set 12: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, the lists of
tests/test_clean.py and of held-out sets 10 and 11); only the helpers ``_insert``,
``_problems``, ``_held_out`` and the ``NoisyCase`` dataclass were read. The lines and pages are
written from memory of how real sites print them, in en/fr/de/it/pl/ru. The set was measured
once against the frozen cleaner at the start of round 13 (commit 80bc4d1) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule.

Baseline (2026-12-01, frozen cleaner 80bc4d1, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-c13/src python -m pytest -q
tests/test_clean_held_out_12.py -rA`` in the worktree /tmp/wt-c13 and a script calling
``_problems``): noise lines removed 48/56 (marker 7/7, reading-time 8/8, byline 5/7, footer 8/8,
comments 7/8, share 6/6, notice 7/10, other 0/2); keep lines kept 21/21; pages 5/10, 22 of 246
page noise lines left (de-spiegel 11 of 26, en-substack 5 of 38, pl-onet 3 of 28, en-yahoo 2 of
15, fr-disqus 1 of 28; de-blogspot, fr-20minutes, it-fanpage, ru-lenta, ru-livejournal clean),
no paragraph lost on any page.

After round 12 (rules developed on HELD_OUT_11 and the earlier development sets; this file was
not opened by the developer), measured once on 2026-12-01 at commit c7dbec7: noise lines removed
49/56 (the video-player label now goes: the round added "Now playing:"-style player labels from a
development line of the same shape, so this gain says little about new wordings); keep lines kept
21/21; pages 5/10, 19 of 246 page noise lines left (de-spiegel 10, en-substack 3, pl-onet 3,
en-yahoo 2, fr-disqus 1), no paragraph lost. Measured and read: development data for the next
round.

Development since round 13 (rules written against this file's misses; no longer a held-out figure):
noise lines removed 49 -> 56 of 56 (byline 7/7, comments 8/8, notice 10/10, other 2/2); keep lines
21 of 21; pages 5 -> 10 of 10, page noise lines left 19 -> 0 of 246, no paragraph lost. Rules,
by structure where they could be: de-spiegel (a run of four or more short labels after the body
is tag or menu chrome: the tail's evidence); en-substack (a site prompt right under
the body is no prose the body grows over; a widget's block above the title loses its other
non-sentence lines); en-yahoo (the site's copyright with a year and a rights word closes the
article like its tags: what the page prints under it is the page's); fr-disqus and the German
trial offer (an offer: a price and a period, with a call to action or no sentence); the Polish
paywall notice (a subscriber word with the page named or a call to action); the German comment
header (a widget joined by a dash to short labels or exclamations); the stock ticker (two or more
price changes with at most one lower-case word); the author bio ("<Name> is ... <writer's role>",
a closed class of role nouns, no reported speech); the affiliate disclosure (the site, "I" or "we"
earning a commission or "from qualifying purchases", six languages); the book plug (a verb of
buying and "my/our (new) book" in one short sentence); pl-onet (its video label: a short line
saying the article goes on, ending in a position word and a video's or an ad's word; its
reader-tip appeal: a short question before a call to send the site a tip is a prompt, and with it
gone the rules' walk up from the page's end reaches the source line, a label list). Left: none.
"""
from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase
from test_clean import _held_out, _insert, _problems

# (where, line, category)
HELD_OUT_12_LINES = [
    # --- en ---
    ("head", "Advertisement - Scroll to continue", "marker"),
    ("tail", "This article originally appeared on The Conversation. Read the original article.", "marker"),
    ("head", "Story continues below this ad", "marker"),
    ("head", "5 min read · Mar 14, 2024", "reading-time"),
    ("head", "Last updated: 2 hours ago | 1,204 views", "reading-time"),
    ("tail", "Jane Holloway is a senior fellow at the Atlantic Policy Forum and the author of \"The Quiet Coup\" (Penguin, 2023).", "byline"),
    ("tail", "Pre-order my new book, The Long Recount, wherever books are sold!", "byline"),
    ("tail", "Powered by WordPress | Theme: Astra by Brainstorm Force", "footer"),
    ("tail", "Filed Under: Politics, Elections, Congress", "footer"),
    ("tail", "42 thoughts on \u201cThe Senate Deal Nobody Wanted\u201d", "comments"),
    ("tail", "Notify me of follow-up comments by email.", "comments"),
    ("tail", "Reply \u00b7 Like \u00b7 3y", "comments"),
    ("tail", "Share this post: Facebook Twitter LinkedIn Email", "share"),
    ("tail", "Thanks for reading Capitol Notes! Subscribe for free to receive new posts and support my work.", "notice"),
    ("tail", "We use cookies to improve your experience. By continuing, you agree to our Cookie Policy.", "notice"),
    ("tail", "As an Amazon Associate I earn from qualifying purchases.", "notice"),
    ("head", "Markets: DOW 38,790.43 +0.23% | S&P 500 5,117.09 -0.11%", "other"),
    ("tail", "Now Playing: Senate votes on border bill", "other"),
    # --- fr ---
    ("head", "Article r\u00e9serv\u00e9 aux abonn\u00e9s", "notice"),
    ("tail", "Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s. Il vous reste 68% \u00e0 d\u00e9couvrir.", "notice"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("head", "Publi\u00e9 le 12/03/2024 \u00e0 18h42, mis \u00e0 jour le 13/03/2024 \u00e0 07h15", "reading-time"),
    ("head", "Par Claire Dumont avec AFP", "byline"),
    ("tail", "Partager sur Facebook Partager sur X Envoyer par e-mail", "share"),
    ("tail", "Vous avez aim\u00e9 cet article ? Abonnez-vous \u00e0 notre newsletter quotidienne.", "notice"),
    ("tail", "R\u00e9agir \u00e0 cet article (14 commentaires)", "comments"),
    ("tail", "Sur le m\u00eame sujet", "footer"),
    # --- de ---
    ("head", "Anzeige", "marker"),
    ("head", "Lesezeit: 3 Min.", "reading-time"),
    ("head", "Von Thomas Berger, Berlin", "byline"),
    ("tail", "\u00a9 dpa-infocom, dpa:240312-99-123456/3", "footer"),
    ("tail", "Mehr zum Thema", "footer"),
    ("tail", "Artikel teilen per: Facebook Twitter WhatsApp E-Mail", "share"),
    ("tail", "Jetzt SPIEGEL+ testen \u2013 einen Monat f\u00fcr 1 Euro", "notice"),
    ("tail", "Kommentare (27) \u2013 Diskutieren Sie mit!", "comments"),
    # --- it ---
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "di Marco Bellini \u2014 12 marzo 2024", "byline"),
    ("tail", "Riproduzione riservata \u00a9 Copyright ANSA", "footer"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Iscriviti alla newsletter di Open per ricevere ogni giorno le notizie pi\u00f9 importanti", "notice"),
    ("tail", "Lascia un commento Annulla risposta", "comments"),
    ("head", "PUBBLICIT\u00c0", "marker"),
    # --- pl ---
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("head", "Autor: Anna Wi\u015bniewska, PAP", "byline"),
    ("tail", "Tre\u015b\u0107 dost\u0119pna w ramach subskrypcji. Wykup dost\u0119p, aby czyta\u0107 dalej.", "notice"),
    ("tail", "Udost\u0119pnij na Facebooku", "share"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    ("tail", "Polecane artyku\u0142y", "footer"),
    ("head", "REKLAMA", "marker"),
    # --- ru ---
    ("head", "\u0412\u0440\u0435\u043c\u044f \u0447\u0442\u0435\u043d\u0438\u044f: 5 \u043c\u0438\u043d\u0443\u0442", "reading-time"),
    ("head", "\u0410\u0432\u0442\u043e\u0440: \u0418\u0433\u043e\u0440\u044c \u0421\u043c\u0438\u0440\u043d\u043e\u0432", "byline"),
    ("tail", "\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430 \u043d\u0430\u0448 \u0422\u0435\u043b\u0435\u0433\u0440\u0430\u043c-\u043a\u0430\u043d\u0430\u043b", "notice"),
    ("tail", "\u041f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f \u0432 \u0412\u041a\u043e\u043d\u0442\u0430\u043a\u0442\u0435", "share"),
    ("tail", "\u041a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438 (12)", "comments"),
    ("tail", "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435:", "footer"),
    ("head", "\u0420\u0435\u043a\u043b\u0430\u043c\u0430 16+", "marker"),
]

# (where, line): article lines at the start or end that must be kept
HELD_OUT_12_KEEP = [
    ("head", "WASHINGTON (AP) \u2014 The House passed a stopgap funding bill late Thursday."),
    ("tail", "The vote is expected next week"),
    ("tail", "\u201cWe will not back down,\u201d she said."),
    ("tail", "The party plans to share its draft with voters before the summer."),
    ("tail", "Readers of the newsletter had flagged the discrepancy weeks earlier, the paper said."),
    ("tail", "Copyright disputes over the campaign song were settled out of court in 2021."),
    ("tail", "Advertising spending by both campaigns doubled in the final month."),
    ("tail", "Comments made by the minister on Sunday drew sharp criticism."),
    ("tail", "More than 300 people were detained, police said."),
    ("head", "PARIS (AFP) - Le gouvernement a survécu mardi à une motion de censure."),
    ("tail", "La photo a été largement partagée sur les réseaux sociaux."),
    ("tail", "Le texte doit être examiné au Sénat en avril"),
    ("head", "BERLIN (dpa) - Die Koalition hat sich auf einen Haushalt geeinigt."),
    ("tail", "„Wir bleiben dabei“, sagte Scholz."),
    ("tail", "Die Abstimmung im Bundesrat folgt im Mai."),
    ("tail", "Il voto finale è atteso per giovedì"),
    ("tail", "«Non faremo passi indietro», ha concluso il premier."),
    ("tail", "Decyzja ma zapaść do końca miesiąca."),
    ("tail", "Subskrypcje rządowych raportów wzrosły o połowę, podał GUS."),
    ("tail", "Голосование назначено на следующую неделю."),
    ("tail", "«Мы продолжим работу», — заявил он"),
]


def _page(name: str, head: list[list[str]], title: str, paragraphs: list[str],
          tail: list[list[str]]) -> NoisyCase:
    """A scraped page: noise blocks (lines joined by newlines) around the title and paragraphs."""
    blocks = ["\n".join(b) for b in head] + [title, *paragraphs] + ["\n".join(b) for b in tail]
    drop = tuple(line for b in [*head, *tail] for line in b)
    return NoisyCase(name, "\n\n".join(blocks) + "\n", (title, *paragraphs), drop)


HELD_OUT_12_PAGES = {
    "en-yahoo": ("en", _page(
        "en-yahoo",
        [["Yahoo News", "Home", "Politics", "World", "Sign in"],
         ["The Hill"],
         ["Mike Lillis", "Updated Tue, March 12, 2024 at 4:18 PM", "3 min read"]],
        "House Republicans split over Ukraine aid as deadline nears",
        ["House Republicans are divided over whether to bring a standalone Ukraine aid package to the floor, with a government funding deadline less than two weeks away.",
         "Speaker Mike Johnson told reporters on Tuesday that he had not ruled out a vote, but several conservative members warned they would oppose any bill that did not include border provisions.",
         "Democrats have urged the leadership to allow a discharge petition to proceed, arguing that a majority of the chamber supports the aid.",
         "The White House said the president would sign the Senate-passed bill immediately if it reached his desk.",
         "A spokesperson for the speaker declined to comment on the timing of any vote."],
        [["Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."],
         ["For the latest news, weather, sports, and streaming video, head to The Hill."],
         ["View comments (1,284)"],
         ["Terms and Privacy Policy", "Privacy Dashboard", "About Our Ads"]])),
    "en-substack": ("en", _page(
        "en-substack",
        [["Share", "Discover more from The Ballot Box", "Weekly analysis of elections and the people who run them", "Over 41,000 subscribers", "Continue reading", "Sign in"],
         ["Ruth Calloway", "Mar 9, 2024", "\u2665 212", "\u2610 38", "Share"]],
        "Why the primary calendar keeps breaking",
        ["Every four years the parties promise to fix the primary calendar, and every four years the states ignore them.",
         "This cycle the pressure came from an unexpected direction: secretaries of state who simply could not print ballots in time.",
         "The result was a calendar nobody designed, with three states voting on the same Tuesday and two more holding caucuses no one could find.",
         "If the parties want a calendar that holds, they will have to pay for it."],
        [["Thanks for reading The Ballot Box! This post is public so feel free to share it."],
         ["Share"],
         ["212 Likes", "\u00b7", "14 Restacks"],
         ["38 Comments"],
         ["Tom Reyes", "Mar 9", "Great piece. The Iowa section alone is worth the subscription.", "Reply", "Share"],
         ["Linda K.", "Mar 10", "Liked by Ruth Calloway", "Reply", "Share", "2 replies"],
         ["GeorgiaVoter", "Mar 11", "You missed the whole mail-in problem.", "Reply", "Share"],
         ["\u00a9 2024 Ruth Calloway", "Privacy \u2219 Terms \u2219 Collection notice", "Start Writing", "Get the app", "Substack is the home for great culture"]])),
    "fr-20minutes": ("fr", _page(
        "fr-20minutes",
        [["Accueil", "Politique", "Assembl\u00e9e nationale"],
         ["Publi\u00e9 le 12/03/24 \u00e0 14h05 \u2014 Mis \u00e0 jour le 12/03/24 \u00e0 16h30"],
         ["Par Julien Moreau", "Lecture 3 min."],
         ["Partager", "Facebook", "Twitter", "Whatsapp", "Copier le lien"]],
        "Budget : le gouvernement d\u00e9gaine un nouveau 49.3",
        ["La Premi\u00e8re ministre a engag\u00e9 mardi la responsabilit\u00e9 du gouvernement sur le projet de budget, pour la cinqui\u00e8me fois depuis l'automne.",
         "Les d\u00e9put\u00e9s de l'opposition ont aussit\u00f4t annonc\u00e9 le d\u00e9p\u00f4t d'une motion de censure, qui devrait \u00eatre examin\u00e9e jeudi.",
         "\u00ab Ce passage en force est un aveu de faiblesse \u00bb, a d\u00e9nonc\u00e9 un responsable de la gauche dans les couloirs de l'Assembl\u00e9e.",
         "Au sein de la majorit\u00e9, on estime que la motion n'a aucune chance d'aboutir faute d'accord entre les oppositions."],
        [["Politique", "Assembl\u00e9e nationale", "Budget", "49.3"],
         ["Newsletter Politique", "Chaque soir, l'essentiel de l'actu politique dans votre bo\u00eete mail.", "Je m'inscris"],
         ["Nos articles les plus lus"],
         ["20 Minutes \u00a9 2024", "Mentions l\u00e9gales", "Charte de protection des donn\u00e9es", "Param\u00e9trer les cookies"]])),
    "de-spiegel": ("de", _page(
        "de-spiegel",
        [["Startseite", "Politik", "Deutschland"],
         ["Ampel-Koalition"],
         ["Ein Artikel von Katharina Vogt", "12.03.2024, 17.42 Uhr", "\u2022 aus DER SPIEGEL 11/2024"],
         ["Zur Merkliste hinzuf\u00fcgen", "Link kopieren", "X.com", "Facebook", "E-Mail"]],
        "Streit um Schuldenbremse spitzt sich zu",
        ["Im Streit um die Schuldenbremse hat der Finanzminister seinen Koalitionspartnern ein Ultimatum gestellt.",
         "Bis Ende der Woche m\u00fcssten konkrete Einsparvorschl\u00e4ge auf dem Tisch liegen, hie\u00df es aus seinem Umfeld.",
         "Die Gr\u00fcnen wiesen die Forderung zur\u00fcck und sprachen von einem \u00bbdurchsichtigen Man\u00f6ver\u00ab.",
         "Der Kanzler will am Mittwoch mit den Fraktionschefs beraten."],
        [["Mehr lesen \u00fcber", "Ampel-Koalition", "Schuldenbremse", "Bundeshaushalt"],
         ["Verwandte Artikel"],
         ["Diskutieren Sie mit", "Die Wiedergabe wurde unterbrochen.", "Merkliste", "Speichern Sie Ihre Lieblingsartikel in der pers\u00f6nlichen Merkliste, um sie sp\u00e4ter zu lesen."],
         ["Impressum", "Datenschutz", "Nutzungsbedingungen", "Cookies & Tracking", "Hilfe"]])),
    "it-fanpage": ("it", _page(
        "it-fanpage",
        [["Home", "Politica"],
         ["Pubblicato il 12 marzo 2024", "di Giulia Ferri"],
         ["Condividi", "Facebook", "WhatsApp", "Telegram"]],
        "Premierato, la riforma torna in aula tra le proteste",
        ["La riforma del premierato torna oggi in aula al Senato, dopo settimane di trattative dentro la maggioranza.",
         "Le opposizioni hanno annunciato un presidio davanti a Palazzo Madama e parlano di una \u201cdeformazione della Costituzione\u201d.",
         "Il governo ha ribadito che il testo non sar\u00e0 modificato nei punti essenziali.",
         "Il voto finale \u00e8 previsto entro la fine del mese."],
        [["Continua a leggere su Fanpage.it"],
         ["Leggi anche", "Elezioni europee, i sondaggi di oggi"],
         ["Commenti", "Marco_72", "12 marzo 2024 alle 15:32", "Finalmente una riforma seria.", "Rispondi", "luisa.b", "12 marzo 2024 alle 16:10", "Vergogna.", "Rispondi", "Paolo R.", "13 marzo 2024 alle 09:01", "Vedremo al referendum.", "Rispondi"],
         ["Fanpage.it \u00e8 una testata giornalistica registrata", "P.IVA 06841941213", "Privacy Policy", "Gestisci consenso cookie"]])),
    "pl-onet": ("pl", _page(
        "pl-onet",
        [["Onet Wiadomo\u015bci", "Kraj", "Polityka"],
         ["Oprac.: Pawe\u0142 Nowicki", "Dzisiaj 12:40", "Aktualizacja: Dzisiaj 14:02"],
         ["Udost\u0119pnij", "Facebook", "X", "Skopiuj link"]],
        "Sejm odrzuci\u0142 wniosek o wotum nieufno\u015bci wobec ministra",
        ["Sejm odrzuci\u0142 we wtorek wniosek opozycji o wotum nieufno\u015bci wobec ministra sprawiedliwo\u015bci.",
         "Za wnioskiem g\u0142osowa\u0142o 198 pos\u0142\u00f3w, przeciw by\u0142o 239, a pi\u0119ciu wstrzyma\u0142o si\u0119 od g\u0142osu.",
         "Minister podzi\u0119kowa\u0142 koalicji za poparcie i zapowiedzia\u0142 dalsze zmiany w prokuraturze.",
         "Opozycja zapowiada kolejne wnioski w najbli\u017cszych tygodniach."],
        [["\u0179r\u00f3d\u0142o: PAP, Onet"],
         ["Dalszy ci\u0105g materia\u0142u pod wideo"],
         ["Masz news, zdj\u0119cie lub filmik? Prze\u015blij nam przez dziejesie.onet.pl"],
         ["Zobacz te\u017c", "Najnowsze wiadomo\u015bci"],
         ["Komentarze (312)", "jan_k", "wczoraj 13:15", "Odpowiedz", "marta88", "wczoraj 13:40", "Odpowiedz", "obywatel_z_krakowa", "wczoraj 14:02", "Odpowiedz"],
         ["\u00a9 Ringier Axel Springer Polska sp. z o.o.", "Polityka prywatno\u015bci", "Regulamin"]])),
    "ru-lenta": ("ru", _page(
        "ru-lenta",
        [["\u0413\u043b\u0430\u0432\u043d\u043e\u0435", "\u0420\u043e\u0441\u0441\u0438\u044f", "\u041f\u043e\u043b\u0438\u0442\u0438\u043a\u0430"],
         ["14:22, 12 \u043c\u0430\u0440\u0442\u0430 2024", "\u0418\u0441\u0442\u043e\u0447\u043d\u0438\u043a: \u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438"],
         ["\u0424\u043e\u0442\u043e: \u0421\u0435\u0440\u0433\u0435\u0439 \u0418\u0432\u0430\u043d\u043e\u0432 / \u0422\u0410\u0421\u0421"]],
        "\u0412 \u0413\u043e\u0441\u0434\u0443\u043c\u0435 \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0438\u043b\u0438 \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u043e\u0440\u044f\u0434\u043e\u043a \u0432\u044b\u0431\u043e\u0440\u043e\u0432 \u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440\u043e\u0432",
        ["\u0413\u0440\u0443\u043f\u043f\u0430 \u0434\u0435\u043f\u0443\u0442\u0430\u0442\u043e\u0432 \u0432\u043d\u0435\u0441\u043b\u0430 \u0432 \u0413\u043e\u0441\u0434\u0443\u043c\u0443 \u0437\u0430\u043a\u043e\u043d\u043e\u043f\u0440\u043e\u0435\u043a\u0442 \u043e\u0431 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u0438 \u043f\u043e\u0440\u044f\u0434\u043a\u0430 \u0432\u044b\u0431\u043e\u0440\u043e\u0432 \u0433\u043b\u0430\u0432 \u0440\u0435\u0433\u0438\u043e\u043d\u043e\u0432.",
         "\u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c \u0430\u0432\u0442\u043e\u0440\u043e\u0432, \u043d\u043e\u0432\u044b\u0439 \u043f\u043e\u0440\u044f\u0434\u043e\u043a \u043f\u043e\u0437\u0432\u043e\u043b\u0438\u0442 \u0441\u043e\u043a\u0440\u0430\u0442\u0438\u0442\u044c \u0440\u0430\u0441\u0445\u043e\u0434\u044b \u043d\u0430 \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435 \u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043d\u0438\u044f.",
         "\u0412 \u043e\u043f\u043f\u043e\u0437\u0438\u0446\u0438\u0438 \u0437\u0430\u044f\u0432\u0438\u043b\u0438, \u0447\u0442\u043e \u043f\u0440\u043e\u0435\u043a\u0442 \u043e\u0433\u0440\u0430\u043d\u0438\u0447\u0438\u0442 \u043f\u0440\u0430\u0432\u0430 \u0438\u0437\u0431\u0438\u0440\u0430\u0442\u0435\u043b\u0435\u0439.",
         "\u041f\u0435\u0440\u0432\u043e\u0435 \u0447\u0442\u0435\u043d\u0438\u0435 \u043c\u043e\u0436\u0435\u0442 \u0441\u043e\u0441\u0442\u043e\u044f\u0442\u044c\u0441\u044f \u0443\u0436\u0435 \u0432 \u0430\u043f\u0440\u0435\u043b\u0435."],
        [["\u0421\u043e\u043e\u0431\u0449\u0438\u0442\u044c \u043e\u0431 \u043e\u043f\u0435\u0447\u0430\u0442\u043a\u0435"],
         ["\u0412\u0441\u0435 \u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u043f\u043e \u0442\u0435\u043c\u0435 \u00ab\u0412\u044b\u0431\u043e\u0440\u044b\u00bb"],
         ["\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430 \u00ab\u041b\u0435\u043d\u0442\u0443.\u0440\u0443\u00bb \u0432 \u0414\u0437\u0435\u043d\u0435"],
         ["\u041f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0435 \u043d\u043e\u0432\u043e\u0441\u0442\u0438"],
         ["\u00a9 1999\u20132024 \u041e\u041e\u041e \u00ab\u041b\u0435\u043d\u0442\u0430.\u0440\u0443\u00bb", "\u0412\u0441\u0435 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043d\u044b. 18+"]])),
    "ru-livejournal": ("ru", _page(
        "ru-livejournal",
        [["ivan_petrov_blog", "\u0416\u0443\u0440\u043d\u0430\u043b", "\u0414\u0440\u0443\u0437\u044c\u044f", "\u041f\u0440\u043e\u0444\u0438\u043b\u044c"],
         ["ivan_petrov_blog (ivan_petrov_blog) wrote,", "2024-03-12 18:05:00"]],
        "\u041e \u043c\u0435\u0441\u0442\u043d\u044b\u0445 \u0432\u044b\u0431\u043e\u0440\u0430\u0445 \u0438 \u044f\u0432\u043a\u0435",
        ["\u041d\u0430 \u043f\u0440\u043e\u0448\u043b\u043e\u0439 \u043d\u0435\u0434\u0435\u043b\u0435 \u0432 \u043d\u0430\u0448\u0435\u043c \u0433\u043e\u0440\u043e\u0434\u0435 \u043f\u0440\u043e\u0448\u043b\u0438 \u0432\u044b\u0431\u043e\u0440\u044b \u0432 \u0434\u0443\u043c\u0443, \u0438 \u044f\u0432\u043a\u0430 \u043e\u043a\u0430\u0437\u0430\u043b\u0430\u0441\u044c \u0441\u0430\u043c\u043e\u0439 \u043d\u0438\u0437\u043a\u043e\u0439 \u0437\u0430 \u0434\u0435\u0441\u044f\u0442\u044c \u043b\u0435\u0442.",
         "\u041c\u043d\u0435 \u043a\u0430\u0436\u0435\u0442\u0441\u044f, \u043b\u044e\u0434\u0438 \u043f\u0440\u043e\u0441\u0442\u043e \u043d\u0435 \u0432\u0435\u0440\u044f\u0442, \u0447\u0442\u043e \u0438\u0445 \u0433\u043e\u043b\u043e\u0441 \u0447\u0442\u043e-\u0442\u043e \u043c\u0435\u043d\u044f\u0435\u0442.",
         "\u041a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u044b \u043f\u043e\u0447\u0442\u0438 \u043d\u0435 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u043b\u0438\u0441\u044c \u0441 \u0438\u0437\u0431\u0438\u0440\u0430\u0442\u0435\u043b\u044f\u043c\u0438, \u0430 \u0434\u0435\u0431\u0430\u0442\u043e\u0432 \u043d\u0435 \u0431\u044b\u043b\u043e \u0432\u043e\u0432\u0441\u0435.",
         "\u0411\u0443\u0434\u0443 \u0440\u0430\u0434 \u0443\u0441\u043b\u044b\u0448\u0430\u0442\u044c, \u043a\u0430\u043a \u044d\u0442\u043e \u0431\u044b\u043b\u043e \u0443 \u0432\u0430\u0441"],
        [["\u041c\u0435\u0442\u043a\u0438: \u0432\u044b\u0431\u043e\u0440\u044b, \u043f\u043e\u043b\u0438\u0442\u0438\u043a\u0430"],
         ["15 comments"],
         ["Post a new comment"],
         ["sergey_m", "March 12 2024, 19:11:02", "\u0423 \u043d\u0430\u0441 \u0442\u043e \u0436\u0435 \u0441\u0430\u043c\u043e\u0435.", "Reply", "Thread", "Link"],
         ["olga_k", "March 12 2024, 20:45:17", "Reply", "Thread", "Link"],
         ["anonymous", "March 13 2024, 08:02:40", "Reply", "Thread", "Link"],
         ["Powered by LiveJournal.com"]])),
    "de-blogspot": ("de", _page(
        "de-blogspot",
        [["Politikblog Nord", "Gedanken zur Landespolitik aus Schleswig-Holstein"],
         ["Seiten", "Startseite", "\u00dcber mich", "Impressum"],
         ["Dienstag, 12. M\u00e4rz 2024"]],
        "Warum die Kommunalreform scheitern wird",
        ["Die Landesregierung will die Zahl der Gemeinden bis 2030 halbieren, und das ohne die B\u00fcrger zu fragen.",
         "Schon die letzte Reform hat gezeigt, dass Zusammenlegungen kaum Geld sparen, aber viel Vertrauen kosten.",
         "In meinem Dorf hat der Gemeinderat einstimmig gegen die Pl\u00e4ne gestimmt, auch die Mitglieder der Regierungspartei.",
         "Ich bin gespannt, wie die Abgeordneten im Mai abstimmen werden"],
        [["Eingestellt von Hauke Jensen um 18:20", "Keine Kommentare:"],
         ["Diesen Post per E-Mail versenden", "BlogThis!", "In X teilen", "In Facebook freigeben", "Auf Pinterest teilen"],
         ["Labels: Kommunalpolitik, Landtag"],
         ["Kommentar ver\u00f6ffentlichen"],
         ["Neuerer Post", "\u00c4lterer Post", "Startseite"],
         ["Abonnieren", "Kommentare zum Post (Atom)"],
         ["Design \u201eEinfach\u201c. Powered by Blogger."]])),
    "fr-disqus": ("fr", _page(
        "fr-disqus",
        [["Le Courrier du Centre", "R\u00e9gion", "Politique", "Faits divers", "Se connecter"],
         ["Par la r\u00e9daction", "Le 12 mars 2024 \u00e0 19:05"],
         ["\u00c9coutez cet article", "00:00 / 03:12"]],
        "Municipales : la maire sortante de Bourges annonce sa candidature",
        ["La maire sortante a annonc\u00e9 mardi soir qu'elle briguerait un troisi\u00e8me mandat aux prochaines municipales.",
         "Devant une centaine de militants, elle a d\u00e9fendu son bilan sur les transports et le logement.",
         "L'opposition municipale lui reproche une gestion \u00ab opaque \u00bb des finances de la ville.",
         "Deux autres listes ont d\u00e9j\u00e0 \u00e9t\u00e9 annonc\u00e9es."],
        [["Soutenez une information locale et ind\u00e9pendante : abonnez-vous d\u00e8s 1 \u20ac le premier mois."],
         ["Vous pourriez aussi aimer"],
         ["7 commentaires", "Trier par : Meilleurs", "Rejoindre la discussion\u2026"],
         ["Berrichon18", "il y a 2 heures", "Encore elle ? Il est temps de changer.", "R\u00e9pondre"],
         ["Marie-Claude D.", "il y a 3 heures", "Bon bilan sur les bus, il faut le reconna\u00eetre.", "R\u00e9pondre"],
         ["jean_pierre_b", "il y a 5 heures", "R\u00e9pondre"],
         ["Propuls\u00e9 par Disqus", "Politique de confidentialit\u00e9 de Disqus"],
         ["\u00a9 Le Courrier du Centre 2024 \u2013 Tous droits r\u00e9serv\u00e9s"]])),
}

# Baseline misses against the frozen cleaner (commit 80bc4d1): strict xfails, reasons describe
# the line or page.
_LINE_MISSES: dict[str, str] = {
}
_KEEP_MISSES: dict[str, str] = {}
_PAGE_MISSES: dict[str, str] = {
}


def _line_params():
    for where, line, category in HELD_OUT_12_LINES:
        marks = [_held_out(_LINE_MISSES[line])] if line in _LINE_MISSES else []
        yield pytest.param(where, line, category, marks=marks)


@pytest.mark.parametrize("where, line, category", list(_line_params()))
def test_held_out_12_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(where, line, marks=[_held_out(_KEEP_MISSES[line])] if line in _KEEP_MISSES else [])
    for where, line in HELD_OUT_12_KEEP])
def test_held_out_12_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[_held_out(_PAGE_MISSES[name])] if name in _PAGE_MISSES else [])
    for name in sorted(HELD_OUT_12_PAGES)])
def test_held_out_12_page(name):
    lang, case = HELD_OUT_12_PAGES[name]
    assert _problems(case, lang) == []
