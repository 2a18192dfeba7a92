"""Held-out set 13: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, the lists of
tests/test_clean.py and of held-out sets 10, 11 and 12); only the helpers ``_insert``,
``_problems``, ``_held_out``, ``_fixture``, the ``NoisyCase`` dataclass, the docstring of held-out
set 12 and its three test functions were read. The lines and pages are written from memory of how
real sites print them, in en/fr/de/it/pl/ru; the page articles are invented. The set was measured
once against the frozen cleaner at the start of round 14 (commit 237fc7d) and every failing case
is marked as a strict xfail whose reason describes the line or page, not a rule.

Baseline (2026-12-01, frozen cleaner 237fc7d, measured with
``SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-c14/src python -m pytest -q
tests/test_clean_held_out_13.py -rA`` in the worktree /tmp/wt-c14 and a script calling
``_problems``): noise lines removed 35/44 (marker 3/4, reading-time 6/6, byline 5/7, footer 5/6,
comments 5/6, share 5/5, notice 5/8, other 1/2); keep lines kept 21/21; pages 6/12, 16 of 476
page noise lines left ("kept boilerplate" and "not reported" problems; a drop string printed
twice on a page counts twice): fr-liberation 6 of 46, en-wordpress-sidebar 2 of 55,
en-localtv-ap 2 of 32, en-medium 2 of 61, ru-telegram 2 of 27, de-phpbb 2 of 29; de-faz,
it-ilfatto, pl-interia, ru-kommersant, fr-blogger, it-ansa-aggregator clean. One paragraph lost:
the closing "Associated Press writer ... contributed to this report." line of en-localtv-ap.

After round 13 (rules developed on held-out set 12 and the earlier development sets; this file was
not opened by the developer), measured once on 2026-12-01 at commit 94f370a with
``python scripts/clean_held_out_report.py --tests <worktree>/tests --sets 13`` in a worktree of
that commit: noise lines removed 39/44 (byline 6/7, notice 7/8, other 2/2: the book plug, the
paywall offer, the affiliate disclosure and the ticker now go); keep lines kept 21/21; pages 5/12,
17 of 476 page noise lines left (fr-liberation 7, en-localtv-ap 2, en-medium 2, ru-telegram 2,
de-phpbb 2, en-wordpress-sidebar 1, ru-kommersant 1: its "Текст: <name>" byline, removed at the
baseline, is now kept, a regression); the same AP contributor line lost. The round's line rules
carried to some new lines; its page rules did not carry to new pages. Measured and read:
development data for the next round.

Development since round 14 (rules written on this set's misses, by structure; the set was read):
noise lines removed 39 -> 44/44, keep lines 21/21, pages 5 -> 12/12 clean, page noise left
17 -> 0 of 476, no paragraph lost (the AP contributor line, "... contributed to this report.", is
the article's again: a wire article's closing credit in a sentence). ru-kommersant's regression
came from ae32d91 (round 13 (4): the line right above the body kept as a title whatever stood
above it), bisected over a322fa9..94f370a with this page; that rule now applies only under a short
label with a colon (Die Zeit's series name). These counts are in-sample and say nothing about new
pages: tests/test_clean_held_out_14.py measures that.
"""

from __future__ import annotations

import pytest

from noisy_corpus import page_from_blocks as _page  # '+' article lines, '-' noise, blocks of lines
from test_clean import _held_out, _insert, _problems


# (where, line, category)
HELD_OUT_13_LINES = [
    # en
    ("body", "ADVERTISEMENT - CONTINUE READING BELOW", "marker"),
    ("tail", "This article was originally published on The Conversation. Read the original article.", "marker"),
    ("head", "Updated 4:17 PM EDT, October 8, 2024", "reading-time"),
    ("head", "By MARK SHERMAN and LISA MASCARO Associated Press", "byline"),
    ("tail", "Jane Porter covers Congress for the Herald. Reach her at jporter@herald.com or on X @janeporter.", "byline"),
    ("tail", "Pre-order my new book, The Quiet Coup, out this fall from Penguin Random House.", "byline"),
    ("tail", "Proudly powered by WordPress | Theme: Astra by Brainstorm Force.", "footer"),
    ("tail", "More Stories From Politics", "footer"),
    ("tail", "Join the conversation (47 comments)", "comments"),
    ("tail", "Click to share on Reddit (Opens in new window)", "share"),
    ("tail", "Subscribe now for unlimited access to award-winning journalism. Just $1 for 6 months.", "notice"),
    ("tail", "Some links on this page are affiliate links, and we may earn a small commission at no cost to you.", "notice"),
    ("head", "DOW 42,116.37 ▲ 0.4% | S&P 500 5,812.10 ▼ 0.1% | NASDAQ 18,291.62 ▲ 0.2%", "other"),
    ("tail", "Listen to this article · 5 min", "other"),
    # fr
    ("head", "Article réservé aux abonnés", "notice"),
    ("head", "Publié le 14 mars 2025 à 07h12, modifié le 14 mars 2025 à 09h40", "reading-time"),
    ("head", "Par Cécile Dumont (Bruxelles, envoyée spéciale)", "byline"),
    ("tail", "Sur les mêmes sujets : Assemblée nationale, Retraites, Gouvernement Bayrou", "footer"),
    ("tail", "Réagir à cet article", "comments"),
    ("tail", "Vous avez aimé cet article ? Soutenez notre rédaction indépendante : faites un don défiscalisé.", "notice"),
    # de
    ("head", "Aktualisiert am 12.03.2025 – 18:45 Uhr", "reading-time"),
    ("head", "Von Katharina Berger, Berlin", "byline"),
    ("tail", "Mehr zum Thema", "footer"),
    ("tail", "Alle Leserkommentare anzeigen", "comments"),
    ("tail", "Artikel teilen per:", "share"),
    ("tail", "Dieser Artikel ist nur mit F+ lesbar. Jetzt 30 Tage kostenlos testen.", "notice"),
    # it
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("head", "di Marco Santarelli", "byline"),
    ("tail", "Iscriviti alla newsletter Il Punto per ricevere ogni mattina le notizie principali", "notice"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Riproduzione riservata © Copyright ANSA", "footer"),
    ("tail", "Lascia un commento", "comments"),
    # pl
    ("head", "Czas czytania: ok. 4 min", "reading-time"),
    ("tail", "Dodaj komentarz", "comments"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("tail", "Zostań Patronem i wspieraj niezależne dziennikarstwo", "notice"),
    ("body", "REKLAMA", "marker"),
    ("tail", "Polecane artykuły", "footer"),
    # ru
    ("head", "12 марта 2025, 14:37 · 5 812 просмотров", "reading-time"),
    ("head", "Автор: Ирина Соколова", "byline"),
    ("tail", "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главном", "notice"),
    ("tail", "Комментарии (14)", "comments"),
    ("tail", "Поделиться ВКонтакте", "share"),
    ("body", "Реклама. ООО «Медиа Плюс», ИНН 7701234567. erid: LjN8KXdYz", "marker"),
]

# (where, line): article text at the article's start or end, must be kept
HELD_OUT_13_KEEP = [
    ("head", "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to confirm the nominee."),
    ("tail", "The council will vote again in May"),
    ("tail", "“We are not done yet,” she said."),
    ("tail", "The newspaper said subscribers would be told of the correction by letter."),
    ("tail", "Comments on the draft rule can be submitted until June 30."),
    ("tail", "The publisher holds the copyright to the diaries, the court ruled."),
    ("head", "What the bill would change"),
    ("tail", "Le vote solennel est prévu mardi."),
    ("head", "PARIS, 12 mars (Reuters) - Le gouvernement a présenté mercredi son projet de loi de finances rectificative."),
    ("tail", "« Nous ne lâcherons rien », a-t-il conclu"),
    ("tail", "Die Abstimmung im Bundesrat folgt im Juni."),
    ("tail", "Mehr als 40.000 Menschen haben die Petition bereits unterschrieben."),
    ("head", "Berlin (dpa) - Die Koalition hat sich nach stundenlangen Verhandlungen auf einen Kompromiss geeinigt."),
    ("tail", "Il voto finale è atteso per giovedì"),
    ("tail", "Il quotidiano ha annunciato che da lunedì la sua newsletter politica sarà gratuita per tutti."),
    ("head", "ROMA - Il Consiglio dei ministri ha approvato ieri sera il decreto sulle concessioni."),
    ("tail", "Sejm zajmie się projektem w przyszłym tygodniu."),
    ("tail", "Nagranie z protestu udostępniono w sieci ponad 200 tys. razy."),
    ("tail", "Голосование назначено на четверг."),
    ("tail", "«Мы будем добиваться отмены закона», — подчеркнул он"),
    ("tail", "Реклама политических партий на телевидении будет запрещена с 1 июня."),
]


HELD_OUT_13_PAGES = {
    "en-wordpress-sidebar": ("en", _page("en-wordpress-sidebar", [
        ["-Skip to content", "-Home", "-About", "-Archives", "-Contact", "-Support This Blog"],
        ["-The Prairie Ledger", "-Independent commentary on Kansas politics since 2011"],
        ["-Home » Opinion » State House"],
        ["+The Legislature Just Gave Itself a Raise. Nobody Noticed."],
        ["-Posted on March 3, 2025 by Dale Whitford", "-— 6 Comments ↓"],
        ["+Late on a Thursday, with most reporters already gone for the weekend, the Kansas House "
         "approved a pay commission report that will raise legislators' daily compensation by "
         "nearly 40 percent.",
         "+There was no floor debate. The report took effect automatically because neither chamber "
         "voted to reject it, a mechanism lawmakers created three years ago precisely so that nobody "
         "would have to cast a recorded vote for their own raise.",
         "+Supporters argue that the old pay, roughly $7,000 a year for a part-time job that is not "
         "really part-time, kept anyone without a pension or a family business out of the statehouse. "
         "That argument deserves a hearing.",
         "+But it should have been heard in public. A raise that no one has to own is exactly the kind "
         "of arrangement that erodes what little trust voters still have in Topeka.",
         "+If lawmakers believe the raise is justified, they can say so on the record next session"],
        ["-Share this:", "-Twitter", "-Facebook", "-Email", "-Print", "-Like this:", "-Like Loading...",
         "-Related"],
        ["-Categories: Opinion, State House", "-Tags: compensation, Kansas Legislature, transparency"],
        ["-← Previous Post: Why the school finance fight is back", "-Next Post: A quiet win for open records →"],
        ["-6 thoughts on “The Legislature Just Gave Itself a Raise. Nobody Noticed.”"],
        ["-Marcy H. says:", "-March 3, 2025 at 9:14 pm",
         "-They did the same thing in 2022 and nobody wrote about it then either.", "-Reply"],
        ["-Tom Reinert says:", "-March 4, 2025 at 7:02 am",
         "-Honestly they're underpaid. Doesn't excuse the sneaky process though.", "-Reply"],
        ["-Dale Whitford says:", "-March 4, 2025 at 8:30 am", "-Fair point, Tom. That's really my whole argument.",
         "-Reply"],
        ["-Leave a Reply Cancel reply", "-Your email address will not be published. Required fields are marked *",
         "-Comment *", "-Name *", "-Email *", "-Website",
         "-Save my name, email, and website in this browser for the next time I comment.", "-Post Comment"],
        ["-Search for:", "-Recent Posts", "-Why the school finance fight is back",
         "-A quiet win for open records", "-Archives", "-March 2025", "-February 2025",
         "-Subscribe via Email", "-Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
         "-Join 1,204 other subscribers"],
        ["-© 2025 The Prairie Ledger · Built with GeneratePress"],
    ])),
    "en-localtv-ap": ("en", _page("en-localtv-ap", [
        ["-WATCH LIVE", "-News", "-Weather", "-Sports", "-Traffic", "-Contests", "-Closings & Delays"],
        ["-Breaking News: Water main break closes part of Route 9 in both directions"],
        ["-61° Partly Cloudy", "-Sponsored by Tri-County Heating & Air"],
        ["+House passes stopgap bill to avert shutdown, sending it to the Senate"],
        ["-by LISA MASCARO and KEVIN FREKING, Associated Press",
         "-Wed, September 24th 2025 at 6:12 PM", "-Updated Wed, September 24th 2025 at 7:48 PM"],
        ["-Facebook Share", "-Twitter Share", "-Email Share", "-Copy Link"],
        ["+WASHINGTON (AP) — The House narrowly passed a short-term funding bill Wednesday that would "
         "keep the federal government open through mid-November, sending the measure to a Senate "
         "where its fate remained uncertain.",
         "+The 217-212 vote came after Speaker Mike Johnson spent much of the day persuading a handful "
         "of conservative holdouts, who had demanded deeper spending cuts, to drop their objections.",
         "+Democrats largely opposed the bill, arguing it did nothing to extend health care subsidies "
         "that expire at the end of the year.",
         "+“This is not the end of the fight,” Johnson told reporters after the vote. “It's the "
         "beginning of a real budget process.”",
         "+Senate Majority Leader John Thune said he hoped to bring the bill to the floor by Friday.",
         "+Associated Press writer Mary Clare Jalonick contributed to this report."],
        ["-Copyright 2025 The Associated Press. All rights reserved. This material may not be "
         "published, broadcast, rewritten or redistributed."],
        ["-Loading ...", "-Trending Stories", "-Police identify driver in fatal crash on I-84",
         "-Local bakery wins national award for its apple cider donuts",
         "-Get the WTNH app to stay up to date with breaking news alerts"],
        ["-Sign up for our daily newsletter", "-Email address", "-Sign Up"],
        ["-© 2025 Sinclair, Inc.", "-Terms of Use", "-Privacy Policy", "-EEO Report", "-FCC Public File",
         "-Do Not Sell or Share My Personal Information"],
    ])),
    "en-medium": ("en", _page("en-medium", [
        ["-Open in app", "-Sign up", "-Sign in", "-Write"],
        ["-Member-only story"],
        ["+The Filibuster Was Never About Deliberation"],
        ["+Its defenders tell a story about cooling saucers. The record tells another."],
        ["-Ruth Okafor", "-Follow", "-Published in The Civic Review", "-7 min read", "-Feb 11, 2025",
         "-1.2K", "-38"],
        ["-Listen", "-Share"],
        ["+Every few years, when one party controls Washington and the Senate stalls, someone reaches "
         "for the same anecdote: George Washington telling Thomas Jefferson that the Senate exists to "
         "cool House legislation the way a saucer cools tea.",
         "+The anecdote is almost certainly invented. But the bigger problem is what it is used to "
         "defend. The filibuster was not designed by the framers; it emerged by accident after the "
         "Senate dropped a procedural rule in 1806.",
         "+For most of the twentieth century its most dedicated users were senators blocking civil "
         "rights legislation, not statesmen seeking deliberation.",
         "+None of this settles whether the rule should go. There are honest arguments for protecting "
         "a minority's voice. But those arguments should be made on their merits, without the saucer.",
         "+Next week: what happened the last time the Senate changed its rules mid-session."],
        ["-1.2K", "-38", "-Politics", "-Senate", "-History", "-Democracy", "-US Politics"],
        ["-Published in The Civic Review", "-4.8K Followers", "-Last published 2 days ago",
         "-Essays on how American institutions actually work.", "-Follow"],
        ["-Written by Ruth Okafor", "-2.3K Followers", "-Former Senate staffer. Writing about Congress, "
         "procedure, and power.", "-Follow"],
        ["-Responses (38)", "-What are your thoughts?", "-Respond"],
        ["-J. Patel", "-Feb 12, 2025", "-Great piece. The 1806 detail is something I didn't know.",
         "-42", "-Reply"],
        ["-Hal Brennan", "-Feb 12, 2025", "-You skip over the Byrd era entirely, which weakens the argument.",
         "-11", "-1 reply", "-Reply"],
        ["-Sofia M.", "-Feb 13, 2025", "-Sharing this with my civics class.", "-5", "-Reply"],
        ["-See all responses"],
        ["-More from Ruth Okafor and The Civic Review", "-Recommended from Medium",
         "-Help", "-Status", "-About", "-Careers", "-Press", "-Blog", "-Privacy", "-Terms", "-Text to speech"],
    ])),
    "fr-liberation": ("fr", _page("fr-liberation", [
        ["-Libération", "-Menu", "-Se connecter", "-S'abonner"],
        ["-Politique", "-Assemblée nationale"],
        ["+Budget : à l'Assemblée, la gauche et le RN font tomber l'article sur les retraites"],
        ["+Lors d'une séance houleuse, les députés ont rejeté l'article 7 du projet de loi de "
         "financement de la Sécurité sociale, un revers pour le gouvernement."],
        ["-Article réservé aux abonnés"],
        ["-par Julie Lemaire et Thomas Girardot", "-publié le 6 novembre 2025 à 23h41",
         "-mis à jour le 7 novembre 2025 à 08h15"],
        ["-Lecture en 4 min."],
        ["-Offrir l'article", "-Partager", "-Ajouter aux favoris"],
        ["+Il était un peu plus de 22 heures quand le tableau d'affichage de l'hémicycle a rendu son "
         "verdict : 289 voix contre, 251 pour. L'article 7, qui prévoyait le gel des pensions de "
         "retraite en 2026, a été supprimé.",
         "+Les députés insoumis, socialistes et écologistes ont voté avec ceux du Rassemblement "
         "national, chacun dénonçant une mesure « injuste » pour les retraités modestes.",
         "+Au banc du gouvernement, la ministre des Comptes publics a regretté « un vote de "
         "posture » qui creuse, selon elle, le déficit de près de 3 milliards d'euros.",
         "+Le texte doit désormais poursuivre son examen jusqu'à mardi, avant un vote solennel dont "
         "l'issue reste incertaine.",
         "+La majorité espère rétablir la mesure au Sénat"],
        ["-Dans la même rubrique", "-Réforme de l'audiovisuel public : le Sénat adopte le texte en commande",
         "-Municipales 2026 : à Marseille, la gauche cherche encore son candidat"],
        ["-Pour aller plus loin :", "-Déficit : ce que contient le budget 2026, ligne par ligne"],
        ["-La newsletter Politique", "-Chaque soir, l'essentiel de l'actualité politique décryptée par "
         "notre service.", "-Votre adresse e-mail", "-S'inscrire"],
        ["-Commentaires (12)", "-Rejoignez la discussion"],
        ["-Bertrand_75", "-il y a 8 heures", "-Enfin un peu de cohérence sur les petites retraites.",
         "-Répondre", "-Signaler"],
        ["-Oceane.R", "-il y a 6 heures", "-Et on finance comment ? Personne ne répond jamais à ça.",
         "-Répondre", "-Signaler"],
        ["-LeVieuxLibé", "-il y a 3 heures", "-Alliance de circonstance, rien de plus.", "-Répondre",
         "-Signaler"],
        ["-Afficher plus de commentaires"],
        ["-© Libération", "-Mentions légales", "-CGU", "-Gestion des cookies", "-Charte de modération"],
    ])),
    "de-faz": ("de", _page("de-faz", [
        ["-Frankfurter Allgemeine", "-Zeitung für Deutschland", "-Abonnieren", "-Anmelden"],
        ["-Politik", "-Inland"],
        ["-Schuldenbremse:"],
        ["+Länder fordern mehr Spielraum bei Investitionen"],
        ["+Die Ministerpräsidenten drängen den Bund, die neuen Kreditregeln großzügiger auszulegen. "
         "Der Finanzminister bleibt vorerst hart."],
        ["-Von Matthias Krüger, Berlin", "-Aktualisiert am 19.09.2025 - 16:32", "-Lesezeit: 3 Min."],
        ["-Merken", "-Teilen", "-Drucken", "-Zur App"],
        ["-F+ Artikel"],
        ["+Nach ihrer Konferenz in Berlin haben die Regierungschefs der Länder am Donnerstag einen "
         "gemeinsamen Beschluss vorgelegt: Sie wollen ihre Investitionen in Schulen, Brücken und "
         "Krankenhäuser stärker über Kredite finanzieren dürfen.",
         "+„Wir reden hier nicht über Konsum, sondern über die Substanz des Landes“, sagte der "
         "Vorsitzende der Ministerpräsidentenkonferenz nach dem Treffen.",
         "+Im Bundesfinanzministerium stößt der Vorstoß auf Skepsis. Man werde die Vorschläge prüfen, "
         "hieß es dort, eine Änderung der Verwaltungsvorschriften sei jedoch nicht geplant.",
         "+Ökonomen sind uneins. Während einige eine höhere Verschuldung für Investitionen für "
         "vertretbar halten, warnen andere vor einem Aufweichen der Regeln.",
         "+Eine Entscheidung soll im Dezember fallen."],
        ["-Quelle: F.A.Z.", "-Veröffentlicht: 19.09.2025 14:05 Uhr"],
        ["-Weitere Themen", "-Bundestag streitet über Wehrdienst",
         "-Wie die Ampel-Zeit den Haushalt noch belastet"],
        ["-Hier können Sie die Rechte an diesem Artikel erwerben"],
        ["-Themen zu diesem Artikel:", "-Schuldenbremse", "-Bundesrat", "-Länderfinanzen"],
        ["-Lesermeinungen (3)", "-Kommentar schreiben"],
        ["-Georg Wendler (gwendler)", "-19.09.2025 - 17:10",
         "-Jedes Jahr dasselbe Spiel zwischen Bund und Ländern.", "-Antworten (1)", "-Empfehlen (24)"],
        ["-Elke Dressler (edress)", "-19.09.2025 - 18:02",
         "-Investitionen in Schulen sind doch keine Verschwendung.", "-Antworten", "-Empfehlen (12)"],
        ["-Peter Lohmann (plohmann)", "-19.09.2025 - 19:45", "-Die Länder sollen erst mal sparen.",
         "-Antworten", "-Empfehlen (5)"],
        ["-Alle Lesermeinungen anzeigen"],
        ["-© Frankfurter Allgemeine Zeitung GmbH 2025", "-Alle Rechte vorbehalten.", "-Impressum",
         "-Datenschutz", "-Cookie-Einstellungen"],
    ])),
    "it-ilfatto": ("it", _page("it-ilfatto", [
        ["-Il Fatto Quotidiano", "-Abbonati", "-Accedi", "-Menu"],
        ["-Politica"],
        ["+Autonomia differenziata, la Lega insiste: “Entro l'estate le prime intese”. Ma Forza Italia frena"],
        ["-di Giulia Ferretti | 14 Maggio 2025"],
        ["-Commenti", "-Condividi su Facebook", "-Condividi su X", "-Condividi su WhatsApp"],
        ["+Il ministro per gli Affari regionali ha ribadito ieri che le prime intese con Veneto e "
         "Lombardia potrebbero essere firmate prima della pausa estiva.",
         "+Una tabella di marcia che non convince gli alleati. Fonti di Forza Italia fanno sapere "
         "che senza i livelli essenziali delle prestazioni “non si va da nessuna parte”.",
         "+Dall'opposizione, il Partito democratico e il Movimento 5 Stelle annunciano battaglia in "
         "aula e valutano un nuovo ricorso alla Corte costituzionale.",
         "+Il dossier sarà al centro del vertice di maggioranza previsto per martedì a Palazzo Chigi.",
         "+Nel frattempo le Regioni del Sud chiedono di essere ascoltate"],
        ["-Sostieni ilfattoquotidiano.it: se pensi che la nostra indipendenza abbia un valore, "
         "sostienici con un contributo.", "-Grazie, Peter Gomez"],
        ["-Articolo Precedente", "-Premierato, slitta ancora il voto alla Camera",
         "-Articolo Successivo", "-Sondaggi, FdI stabile: il Pd recupera un punto"],
        ["-Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9, i commenti per "
         "ogni articolo saranno chiusi dopo 72 ore."],
        ["-Commenti (3)"],
        ["-mario_b", "-14 Maggio 2025 alle 10:12", "-Vogliono spaccare il Paese.", "-Rispondi"],
        ["-lucia.t", "-14 Maggio 2025 alle 11:40", "-Il Nord paga per tutti da decenni.", "-Rispondi"],
        ["-GiorgioNapoli", "-14 Maggio 2025 alle 12:05", "-Prima i LEP, poi il resto.", "-Rispondi"],
        ["-Ti potrebbero interessare", "-Contenuti sponsorizzati"],
        ["-Editoriale Il Fatto S.p.A. - P.IVA 10460121006", "-Privacy", "-Cookie policy"],
    ])),
    "pl-interia": ("pl", _page("pl-interia", [
        ["-INTERIA.PL", "-Wydarzenia", "-Polska", "-Świat", "-Raporty"],
        ["-Wydarzenia › Polska"],
        ["+Spór o ustawę o KRS. Marszałek: Głosowanie jeszcze w tym miesiącu"],
        ["-Anna Wiśniewska", "-Dziś, 14:22 (aktualizacja 16:05)"],
        ["-Udostępnij", "-Skomentuj"],
        ["+Marszałek Sejmu zapowiedział we wtorek, że projekt nowelizacji ustawy o Krajowej Radzie "
         "Sądownictwa trafi pod głosowanie jeszcze przed końcem miesiąca.",
         "+Projekt zakłada, że sędziowskich członków Rady będą wybierać sami sędziowie, a nie Sejm. "
         "Opozycja zapowiada, że zaskarży ustawę do Trybunału Konstytucyjnego.",
         "+- To jest powrót do standardów konstytucyjnych - mówił na konferencji prasowej minister "
         "sprawiedliwości.",
         "+Kancelaria Prezydenta nie odpowiedziała na pytanie, czy prezydent podpisze ustawę.",
         "+Eksperci wskazują, że bez podpisu prezydenta spór może potrwać wiele miesięcy"],
        ["-Zobacz również:", "-Sondaż: Koalicja Obywatelska wciąż na prowadzeniu",
         "-Wybory prezydenckie. Znamy kolejnych kandydatów"],
        ["-Masz ciekawy temat? Napisz do nas: redakcja@interia.pl"],
        ["-Bądź na bieżąco i zostań jednym z ponad 200 tys. obserwujących nasz fanpage - polub "
         "Wydarzenia Interia na Facebooku i komentuj bieżące wydarzenia"],
        ["-Komentarze (3)", "-Zaloguj się, aby dodać komentarz"],
        ["-gość_Marek", "-2 godz. temu", "-Wreszcie ktoś to porządkuje.", "-Odpowiedz", "-Zgłoś"],
        ["-obywatel77", "-1 godz. temu", "-A Trybunał i tak to zablokuje.", "-Odpowiedz", "-Zgłoś"],
        ["-Kasia_W", "-45 min. temu", "-Zobaczymy, co zrobi prezydent.", "-Odpowiedz", "-Zgłoś"],
        ["-Polecamy", "-Najnowsze", "-Najczęściej czytane"],
        ["-© 2025 Grupa Interia.pl Sp. z o.o. sp.k.", "-Polityka prywatności", "-Regulamin"],
    ])),
    "ru-telegram": ("ru", _page("ru-telegram", [
        ["-Политика без фильтров", "-48.3K subscribers", "-View in Telegram",
         "-If you have Telegram, you can view and join Политика без фильтров right away."],
        ["-Forwarded from ДумаLeaks"],
        ["+Госдума приняла в первом чтении законопроект о запрете иностранных агентов баллотироваться "
         "на выборах"],
        ["+За документ проголосовали 385 депутатов, против — 12. Законопроект распространяется на "
         "выборы всех уровней, включая муниципальные.",
         "+Авторы инициативы утверждают, что она защищает избирательный процесс от внешнего "
         "вмешательства. В КПРФ потребовали уточнить критерии.",
         "+Второе чтение запланировано на май",
         "+Наше мнение: под формулировку может попасть кто угодно."],
        ["-#выборы #госдума #иноагенты"],
        ["-@politika_bez_filtrov — подписаться", "-Прислать новость: @pbf_feedback_bot"],
        ["-👍 412", "-😡 96", "-🔥 38", "-12.7K views", "-edited 14:52"],
        ["-Comments", "-Алексей К.", "-14:58", "-Ожидаемо.", "-Марина", "-15:03",
         "-А кто определяет, кто иноагент?", "-Sergey_77", "-15:10", "-Скоро и за лайки начнут.",
         "-Leave a comment"],
        ["-Реклама", "-Курс «Инвестиции с нуля» — скидка 50% по промокоду TG50"],
        ["-Load more"],
    ])),
    "ru-kommersant": ("ru", _page("ru-kommersant", [
        ["-Коммерсантъ", "-Войти", "-Подписка", "-Все рубрики"],
        ["-Политика", "-Газета «Коммерсантъ» №48 от 19.03.2025, стр. 2"],
        ["+Губернаторов попросили сократить расходы"],
        ["+Минфин направил регионам рекомендации по оптимизации бюджетов"],
        ["-19.03.2025, 06:00", "-3 мин.", "-Обсудить", "-Поделиться"],
        ["-Текст: Андрей Винокуров"],
        ["+Министерство финансов разослало главам регионов письмо с рекомендациями сократить "
         "непервоочередные расходы на 10–15%. Документ есть в распоряжении “Ъ”.",
         "+В письме, в частности, предлагается отложить начало новых строительных проектов и "
         "пересмотреть программы субсидирования местного бизнеса.",
         "+Источник “Ъ” в одном из регионов назвал рекомендации «фактически обязательными».",
         "+В Минфине подтвердили, что письмо было направлено, но подчеркнули, что речь идет о "
         "«методической помощи»."],
        ["-Андрей Винокуров", "-Подписывайтесь на “Ъ” в Telegram"],
        ["-Еще по теме", "-Регионы нарастили долг на 8%", "-Силуанов выступил против новых льгот"],
        ["-Комментарии", "-Иван Петров", "-19.03.2025 08:14", "-Опять на людях экономить будут.",
         "-Ответить", "-ОльгаС", "-19.03.2025 09:02", "-Деньги кончились, вот и все.", "-Ответить",
         "-Nikolai1970", "-19.03.2025 10:30", "-Давно пора навести порядок.", "-Ответить"],
        ["-Для добавления комментария необходимо войти"],
        ["-© АО «Коммерсантъ». Все права защищены.", "-Использование материалов возможно только с "
         "письменного разрешения правообладателя.", "-18+"],
    ])),
    "de-phpbb": ("de", _page("de-phpbb", [
        ["-Politikforum.de", "-Schnellzugriff", "-FAQ", "-Registrieren", "-Anmelden"],
        ["-Foren-Übersicht ‹ Innenpolitik ‹ Bundestag"],
        ["-Antwort erstellen", "-12 Beiträge", "-Seite 1 von 1"],
        ["-Beitrag von Bürger_Hansen » Mo 10. Mär 2025, 21:14"],
        ["+Kommentar: Warum das Wahlrecht erneut nach Karlsruhe gehört",
         "+Die Koalition will die Wahlrechtsreform noch vor der Sommerpause nachbessern. Das ist "
         "überfällig, denn die Zahl der Wahlkreise ohne direkt gewählten Abgeordneten war am "
         "Wahlabend höher, als selbst Kritiker befürchtet hatten.",
         "+Das Bundesverfassungsgericht hat die Zweitstimmendeckung zwar gebilligt, aber es hat nicht "
         "gesagt, dass ein Wahlkreis ohne Vertretung politisch klug ist.",
         "+Ein neuer Gang nach Karlsruhe wäre deshalb kein Missbrauch, sondern ein legitimes Mittel, "
         "die Grenzen des Gesetzes zu klären.",
         "+Wer das Vertrauen in Wahlen stärken will, sollte die Debatte nicht scheuen"],
        ["-Zuletzt geändert von Bürger_Hansen am Mo 10. Mär 2025, 21:20, insgesamt 1-mal geändert.",
         "-Wer die Freiheit aufgibt, um Sicherheit zu gewinnen, wird am Ende beides verlieren."],
        ["-Nach oben"],
        ["-Re: Kommentar: Warum das Wahlrecht erneut nach Karlsruhe gehört",
         "-Beitrag von Lotte_K » Mo 10. Mär 2025, 21:40", "-Sehe ich ähnlich, aber die Klage hätte "
         "kaum Aussicht auf Erfolg.", "-Nach oben"],
        ["-Beitrag von RheinPfälzer » Di 11. Mär 2025, 07:05",
         "-Das Problem ist die Größe des Bundestags, nicht die Wahlkreise.", "-Nach oben"],
        ["-Beitrag von Kalle1960 » Di 11. Mär 2025, 09:31", "-Bitte nicht schon wieder Karlsruhe.",
         "-Nach oben"],
        ["-Zurück zu „Bundestag“", "-Gehe zu", "-Wer ist online?",
         "-Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste"],
        ["-Powered by phpBB® Forum Software © phpBB Limited", "-Datenschutz | Nutzungsbedingungen"],
    ])),
    "fr-blogger": ("fr", _page("fr-blogger", [
        ["-Les Carnets d'un citoyen", "-Réflexions sur la vie politique locale et nationale"],
        ["-Accueil", "-À propos", "-Me contacter"],
        ["-samedi 8 février 2025"],
        ["+Municipales : pourquoi j'ai signé la pétition sur le budget participatif"],
        ["+Depuis trois ans, la ville consacre deux pour cent de son budget d'investissement à des "
         "projets proposés par les habitants. Le conseil municipal envisage de réduire cette part de "
         "moitié.",
         "+Je comprends l'argument financier. Les dotations de l'État baissent et les taux d'intérêt "
         "ont augmenté. Mais le budget participatif est l'un des rares dispositifs qui font venir aux "
         "réunions des gens qui ne votaient plus.",
         "+C'est pourquoi j'ai signé la pétition lancée par le collectif des quartiers nord, qui a "
         "déjà recueilli plus de 1 800 signatures.",
         "+Le conseil municipal doit se prononcer le 20 février"],
        ["-Publié par Jean-Marc Duval à 18:32", "-4 commentaires :",
         "-Envoyer par e-mail", "-BlogThis!", "-Partager sur X", "-Partager sur Facebook",
         "-Partager sur Pinterest", "-Libellés : budget participatif, municipales, pétition"],
        ["-Annie L.8 février 2025 à 20:05", "-Signé aussi, merci pour l'article.", "-Répondre"],
        ["-Anonyme9 février 2025 à 09:12", "-Le budget participatif, c'est de la com'.", "-Répondre"],
        ["-Jean-Marc Duval9 février 2025 à 10:40", "-@Anonyme : venez à la prochaine réunion, vous verrez.",
         "-Répondre"],
        ["-Ajouter un commentaire", "-Charger plus..."],
        ["-Article plus récent", "-Article plus ancien", "-Accueil",
         "-Inscription à : Publier les commentaires (Atom)"],
        ["-Qui suis-je ?", "-Jean-Marc Duval", "-Retraité de l'enseignement, conseiller de quartier.",
         "-Afficher mon profil complet", "-Archives du blog", "-► 2024 (23)", "-▼ 2025 (4)"],
        ["-Thème Simple. Fourni par Blogger."],
    ])),
    "it-ansa-aggregator": ("it", _page("it-ansa-aggregator", [
        ["-Notizie", "-Per te", "-Seguiti", "-Italia", "-Mondo", "-Economia"],
        ["-Copertura completa", "-Questa notizia è stata selezionata automaticamente"],
        ["-ANSA", "-3 ore fa"],
        ["+Legge elettorale, il centrodestra deposita il testo: premio di maggioranza al 55%"],
        ["+(ANSA) - ROMA, 22 OTT - I capigruppo del centrodestra hanno depositato oggi alla Camera la "
         "proposta di riforma della legge elettorale.",
         "+Il testo prevede un premio di maggioranza che assegna il 55% dei seggi alla coalizione che "
         "supera il 40% dei voti, e l'abolizione dei collegi uninominali.",
         "+Le opposizioni parlano di \"forzatura\" e chiedono un confronto in commissione.",
         "+L'esame in aula potrebbe iniziare a dicembre."],
        ["-RIPRODUZIONE RISERVATA © Copyright ANSA"],
        ["-Altre notizie su questo argomento", "-la Repubblica · 2 ore fa",
         "-Legge elettorale, cosa cambia con il premio di maggioranza",
         "-Corriere della Sera · 5 ore fa", "-Il Pd: \"Una riforma contro gli elettori\"",
         "-Il Giornale · 1 ora fa", "-Tajani: \"Garantiamo la governabilità\""],
        ["-Visualizza copertura completa"],
        ["-Commenti dei lettori (3)", "-Carlo M. · 2 ore fa", "-Sempre la stessa storia.", "-Mi piace",
         "-Anna_R · 1 ora fa", "-Finalmente stabilità.", "-Mi piace",
         "-Federico · 40 min fa", "-Il 40% non è la maggioranza degli italiani.", "-Mi piace"],
        ["-Segui", "-Nascondi tutte le notizie di ANSA", "-Invia feedback"],
        ["-Informativa sulla privacy", "-Termini", "-Informazioni"],
    ])),
}


# Strict xfails from the baseline measurement: the reason describes the line or page.
LINE_XFAILS: dict[str, str] = {}

PAGE_XFAILS: dict[str, str] = {}


def _line_params():
    for where, line, category in HELD_OUT_13_LINES:
        marks = [_held_out(LINE_XFAILS[line])] if line in LINE_XFAILS else []
        yield pytest.param(where, line, category, id=f"{category}-{line[:40]}", marks=marks)


@pytest.mark.parametrize("where, line, category", list(_line_params()))
def test_held_out_13_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [pytest.param(w, l, id=l[:40]) for w, l in HELD_OUT_13_KEEP])
def test_held_out_13_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[_held_out(PAGE_XFAILS[n])] if n in PAGE_XFAILS else []) for n in HELD_OUT_13_PAGES
])
def test_held_out_13_page(name):
    lang, case = HELD_OUT_13_PAGES[name]
    assert _problems(case, lang) == []
