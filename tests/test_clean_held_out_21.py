"""Held-out set 21: written blind, weighted toward whole scraped pages.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py
and the lists and pages of held-out sets 10 to 20); only the helpers ``_article``, ``_paragraphs``,
``_problems``, ``_insert``, ``_held_out``, ``_fixture``, ``FIXTURES`` (tests/test_clean.py), the
``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), the docstring, ``_page``
helper and ``_marks``-to-end of held-out set 20, and scripts/clean_held_out_report.py were read.
Slips: printing ``_held_out`` with ``sed`` also showed the comment above ``HELD_OUT_LINES`` and its
first eight lines in tests/test_clean.py (a WhatsApp share button, two Patreon appeals, a "Posted by
admin" byline, an "Updated ... EST" time, "Add Comment", a buy-my-book link, a Russian follow-us
line); printing set 20's docstring ran 14 lines past its end and showed its imports and the first
four lines of ``HELD_OUT_20_LINES`` (two "continues below the ad" markers, a syndication line, an
"Updated ... EST" time); a ``grep`` for function names listed the test names of tests/test_clean.py.
None of the lines below was copied from them, but two are of the same kind with other wording (an
"Article continues after this ad" marker, a "Last Modified: ... ET" time). The lines and pages are
written from memory of how real sites print them, in en/fr/de/it/pl/ru; the page articles are
invented. Before the measurement, outright mistakes of the set were fixed (a share box and a forum
thread title repeating the article title word for word, a broken string, the page dict's shape) and
noise lines and paragraphs added to pages below the brief's minimums; nothing was changed after it.
The set was measured once and every failing case is marked as a strict xfail whose reason
describes the line or page, not a rule.

Contents: 47 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 8, share 5,
notice 6, other 2; by language en 17, fr 6, de 6, it 6, pl 6, ru 6), 21 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 3), 12 pages (en-substack-post, en-dailymail-politics, fr-ouest-france,
fr-overblog-chroniques, de-t-online, de-blogspot-heimatverein, it-corriere-cronaca,
it-forum-repost, pl-onet-wiadomosci, pl-farma-tresci, ru-tass, ru-telegram-repost) with 237 noise
lines; nine of the pages hold a list, subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit ebd167b, measured with
``SPINSCOPE_DATA=/work/shared/data python -m pytest -q tests/test_clean_held_out_21.py -rA
-p no:cacheprovider``, ``python scripts/clean_held_out_report.py --sets 21`` and a script printing
``_problems`` per page): noise lines removed 42/47 (marker 5/7, reading-time 6/7, byline 7/7,
notice 5/6, footer 5/5, comments 7/8, share 5/5, other 2/2; missed: a Taboola sponsored-links
header, a German "article continues below the ad" marker, an Italian last-updated time joined to a
reading time, a metered-paywall "free articles remaining" counter, a French "3 réponses à « ... »"
comment-count heading); keep lines kept 21/21; pages 1/12 clean (only ru-telegram-repost), 36 of
237 page noise lines left and 11 paragraphs lost on 2 pages: en-substack-post 2 of 25 (the nav
row, the reader-supported subscribe box mid-article), en-dailymail-politics 11 of 26 (two
section-nav rows, the related-articles carousel with Previous/1/Next and two headlines, the
comment-section header and its moderation and house-rules notices), fr-ouest-france 2 of 18 (the
nav row, the newspaper-and-author byline), fr-overblog-chroniques 4 of 22 (the blog name, tagline
and menu, the date-author-category line), de-t-online 3 of 22 (the nav row, the reading time, the
"continues below the ad" marker), de-blogspot-heimatverein 3 of 15 (the blog name and menu, the
date header above the title), it-corriere-cronaca 2 of 20 (the nav row, a read-also headline
mid-article), it-forum-repost 5 of 20 (forum name, login links, thread title, poster line and the
poster's intro above the copied article), pl-onet-wiadomosci 1 of 20 (the nav row) and 6
paragraphs lost (the subheading, three dash-list items and two paragraphs after the mid-article
video/ad/see-also box), pl-farma-tresci 2 of 18 (the nav row, a like-us-on-Facebook line
mid-article), ru-tass 1 of 15 (the rubric-nav row) and 5 paragraphs lost (the subheading, two
date rows, a quote and the last paragraph after the read-also/ad box). The failing cases are
strict xfails.

Measured once more, still held out, after session 11's round 19 (developed on set 19 only; the lead
saw only this docstring and the xfail reasons), at e0b2d0c with ``python
scripts/clean_held_out_report.py --sets 21``: exactly as the baseline (lines 42/47, keep 21/21,
pages 1/12 clean, 36 of 237 page noise lines left, 11 paragraphs lost on pl-onet-wiadomosci and
ru-tass). Set 20, measured at the same commit, was also unchanged (11/12, 9 of 244 left). After
this measurement set 21 became development data (round 20).

Round 20 (development, session 11): this set became development data (read, rules written
against its kinds of page). Measured with ``SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 21``: before (HEAD 654b181) lines 42/47, keep 21/21, pages
1/12 clean, 36 of 237 page noise lines left, 11 paragraphs lost (pl-onet-wiadomosci 6, ru-tass 5);
after: lines 47/47, keep 21/21, pages 12/12 clean, 0 of 237 left, no paragraph lost. Rules added
(each with a unit test in tests/test_clean.py): first the lost paragraphs, a marker saying the
article goes on under its ad or video slot keeps the next prose (and the subheading, list and
rows before it) in the body; a see-also box sharing its block with an ad slot, and a carousel's
Previous/1/Next controls, make a teaser box; an inline see-also link ("CZYTAJ TEŻ: ...") is no
tail chrome between paragraphs; then the noise: a menu of section names on one line anywhere in
the head, and the site's name and tagline above it; a commenter's handle with underscores is a
name; a comment section's notices opening the thread's block; a reading time ending in "Min."
scores as chrome; a surname in capitals under the title ("Marion LE GALL") is a byline; a forum
post copying an article (poster's stamp, intro with a colon, copied headline); a subscribe box's
prompt beside its button between paragraphs; line rules for a sponsored-links header naming its
network, reply counts quoting the title in five languages, a metered paywall's counter, update
stamps in five more languages, a like/join-us-on-a-network line, "unterhalb"/"au-dessous de" in
continuation markers. All strict xfails removed. Guards (test_clean, test_clean_pages,
test_site_batches, test_site_lines, test_ingest, held-out sets 10-19 and 21): 2007 passed, 39
xfailed; dev sets 10-19 unchanged. SemEval find_noise on all 4,180 files: the same ranges, one
reason changed ("par Taboola", fr/2370, the three subtask copies: byline -> advertisement). CPU
time of ``benchmarks/bench_clean.py`` against 654b181: 1.04-1.11 (1,000 articles, three runs);
0.74-1.37 on 200 articles (a loaded machine; the profile's call count grew 3%).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

# (where, line, category): each line is noise and must be removed wherever it is inserted.
HELD_OUT_21_LINES = [
    # en
    ("body", "Article continues after this ad", "marker"),
    ("body", "Promoted Links by Taboola", "marker"),
    ("head", "6 min read · Jan 14, 2025", "reading-time"),
    ("head", "Last Modified: February 9, 2025 at 4:17 pm ET", "reading-time"),
    ("head", "By Rachel Whitmore, Senior Political Correspondent | Fox News", "byline"),
    ("tail", "Daniel Okafor is a freelance writer based in Columbus. Follow him on Bluesky "
             "@dokafor.bsky.social.", "byline"),
    ("tail", "Thanks for reading The Marginal Ledger! Subscribe for free to receive new posts and "
             "support my work.", "notice"),
    ("head", "You have 2 free articles remaining this month. Subscribe now for unlimited access.",
     "notice"),
    ("tail", "The Weekly Dispatch © 2025 · Powered by Ghost", "footer"),
    ("tail", "Proudly powered by WordPress | Theme: Astra by Brainstorm Force.", "footer"),
    ("tail", "Load more comments (148)", "comments"),
    ("tail", "Like · Reply · 3h", "comments"),
    ("tail", "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
     "comments"),
    ("tail", "Share or comment on this article:", "share"),
    ("tail", "Copy link | Email | Facebook | X", "share"),
    ("tail", "Gift this article", "share"),
    ("tail", "Filed Under: Politics, Elections Tagged With: budget, city council", "other"),
    # fr
    ("body", "Passer la publicité", "marker"),
    ("head", "Publié le 12/02/2025 à 18h45, mis à jour le 13/02/2025 à 07h10", "reading-time"),
    ("head", "Par Ouest-France avec AFP", "byline"),
    ("tail", "Cet article est réservé aux abonnés. Il vous reste 78% à découvrir.", "notice"),
    ("tail", "3 réponses à « Réforme des retraites : ce qui change »", "comments"),
    ("tail", "© Ouest-France 2025 – Tous droits réservés – Mentions légales – Données personnelles",
     "footer"),
    # de
    ("body", "Artikel wird unterhalb der Anzeige fortgesetzt", "marker"),
    ("head", "Aktualisiert am 14.02.2025, 09:32 Uhr · Lesedauer: 3 Min.", "reading-time"),
    ("head", "Von Jana Köhler und Tobias Brandt", "byline"),
    ("tail", "Jetzt den WhatsApp-Kanal von t-online abonnieren", "notice"),
    ("tail", "Zur Diskussion (217 Beiträge)", "comments"),
    ("tail", "Artikel teilen: Facebook · X · E-Mail · Link kopieren", "share"),
    # it
    ("body", "Continua a leggere dopo la pubblicità", "marker"),
    ("head", "Ultimo aggiornamento: 14 febbraio 2025, 10:25 · Tempo di lettura: 4 minuti",
     "reading-time"),
    ("head", "di Marco Ferraresi, inviato a Bruxelles", "byline"),
    ("tail", "Riproduzione riservata © Copyright ANSA", "footer"),
    ("tail", "Iscriviti alla newsletter del Corriere: le notizie più importanti ogni mattina nella "
             "tua casella.", "notice"),
    ("tail", "Lascia un commento Annulla risposta", "comments"),
    # pl
    ("body", "Dalszy ciąg artykułu pod materiałem wideo", "marker"),
    ("head", "Opublikowano: 14 lutego 2025, 08:12 · Czas czytania: 3 min", "reading-time"),
    ("head", "Autor: Katarzyna Wrona, dziennikarka Interii", "byline"),
    ("tail", "Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.wp.pl", "other"),
    ("tail", "Komentarze (57) Zobacz wszystkie", "comments"),
    ("tail", "Udostępnij: Facebook X Skopiuj link", "share"),
    # ru
    ("body", "Продолжение материала после рекламы", "marker"),
    ("head", "14 февраля 2025, 09:40 · Обновлено 14 февраля 2025, 11:05", "reading-time"),
    ("head", "Автор: Ольга Смирнова, корреспондент РИА Новости", "byline"),
    ("tail", "Больше новостей в Telegram-канале ТАСС", "notice"),
    ("tail", "Все права защищены. При полном или частичном использовании материалов ссылка на сайт "
             "обязательна.", "footer"),
    ("tail", "Ответить · Пожаловаться · 2 ч назад", "comments"),
]

# (where, line): article text that reads a little like noise; it must stay.
HELD_OUT_21_KEEP = [
    # en
    ("tail", "More than 4,000 residents have subscribed to the county's emergency text alerts since "
             "the flooding, officials said."),
    ("body", "In the comments section of the city's online notice, several residents asked why the "
             "hearing had been moved to a Tuesday morning."),
    ("head", "WASHINGTON, Feb. 14, 2025 — Senate negotiators reached a tentative deal late Thursday "
             "on a stopgap spending bill."),
    ("tail", "\"We share the concern, but the numbers simply do not add up,\" the treasurer told "
             "reporters."),
    ("tail", "The newspaper said it would lift its paywall on all coverage of the storm until power "
             "is restored."),
    ("body", "Read the full ruling and you find the judge spent only two pages on the question of "
             "standing."),
    ("tail", "Updates to the bridge schedule will be posted weekly, the transportation department "
             "said."),
    # fr
    ("body", "Selon l'Insee, 1,2 million de foyers se sont abonnés à une offre de fibre optique en "
             "2024."),
    ("tail", "« Partagez vos idées, nous les lirons toutes », a promis la maire lors de la réunion "
             "publique."),
    ("head", "PARIS, 14 février 2025 (AFP) - Le gouvernement a présenté mercredi son plan pour les "
             "urgences hospitalières."),
    # de
    ("body", "Auf Facebook teilten Hunderte Nutzer das Video, bevor die Polizei den Tatverdächtigen "
             "festnahm."),
    ("tail", "Die Kommentare des Ministers im Ausschuss sorgten bei der Opposition für scharfe "
             "Kritik."),
    ("head", "Berlin (dpa) - Die Bundesregierung will die Netzentgelte für Strom im kommenden Jahr "
             "deckeln."),
    # it
    ("tail", "Il sindaco ha chiesto ai cittadini di iscriversi al servizio di allerta via SMS del "
             "Comune."),
    ("body", "Secondo l'Istat, a gennaio i prezzi al consumo sono aumentati dello 0,6 per cento su "
             "base mensile."),
    ("head", "ROMA, 14 febbraio 2025 - Il Consiglio dei ministri ha approvato nella notte il decreto "
             "sulle bollette."),
    # pl
    ("tail", "Według ministerstwa z nowej aplikacji skorzystało już ponad 300 tys. osób, które "
             "udostępniły swoje dane."),
    ("body", "W komentarzu dla PAP rzecznik rządu zapowiedział, że projekt trafi do Sejmu jeszcze w "
             "marcu."),
    # ru
    ("head", "МОСКВА, 14 февраля. /ТАСС/. Правительство утвердило новые правила субсидирования "
             "региональных авиаперевозок."),
    ("tail", "По данным ведомства, на рассылку уведомлений подписались более 200 тысяч жителей "
             "области."),
    ("body", "«Мы готовы поделиться опытом с соседними регионами», — заявил губернатор на "
             "пресс-конференции."),
]


HELD_OUT_21_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-substack-post", [
        ["-The Marginal Ledger", "-Home Notes Archive About", "-Subscribe", "-Sign in"],
        ["+What the Port Authority Audit Actually Says",
         "-Hannah Price", "-Feb 14, 2025", "-48", "-12", "-Share"],
        ["+The state comptroller released its long-awaited audit of the Port Authority on Tuesday, "
         "and most of the coverage focused on a single number: $310 million in contracts awarded "
         "without competitive bidding between 2019 and 2023.",
         "+That figure is real, but it is not the most important finding in the 212-page report. "
         "I spent the last two days reading it, and the more consequential problems sit in the "
         "appendices.",
         "+What the auditors found",
         "+The report lists three categories of weakness, in the auditors' own order:",
         "+1. Change orders that raised the value of existing contracts by more than 40 percent "
         "without a new board vote.",
         "+2. A maintenance backlog that the agency's own engineers valued at $1.1 billion, nearly "
         "double the figure given to legislators.",
         "+3. Missing records for 17 of the 60 sampled procurement files."],
        ["-The Marginal Ledger is a reader-supported publication. To receive new posts and support "
         "my work, consider becoming a free or paid subscriber.",
         "-Subscribe"],
        ["+The agency's response, printed at the end of the report, accepts the first and third "
         "findings and disputes the second, arguing that the engineers' estimate included projects "
         "that had not been approved.",
         "+Legislators from both parties have called for hearings. The chair of the transportation "
         "committee said on Wednesday that she expected to schedule one before the end of March.",
         "+None of this means the bidding numbers do not matter. It means they are the easiest "
         "part of the story to explain, and therefore the part most likely to be fixed first."],
        ["-48 Likes ∙ 3 Restacks",
         "-Discussion about this post",
         "-Comments", "-Restacks",
         "-Gary Lindqvist", "-Feb 14",
         "-The backlog number is the real scandal. Thanks for digging into the appendices.",
         "-Reply", "-Share",
         "-© 2025 Hannah Price",
         "-Privacy ∙ Terms ∙ Collection notice",
         "-Start writing", "-Get the app",
         "-Substack is the home for great culture"],
    ]),
    _page("en", "en-dailymail-politics", [
        ["-Home U.K. News Sports U.S. Showbiz Femail Health Science Money",
         "-Latest Headlines Politics Royals World News Defence"],
        ["+Councils told to publish every contract worth more than £5,000 under new transparency "
         "rules",
         "+Ministers will require councils in England to publish spending details online within 30 "
         "days",
         "+Local authorities that miss the deadline could face an independent review",
         "-By JAMES HARTLEY, POLITICAL EDITOR FOR THE DAILY MAIL",
         "-Published: 09:14 GMT, 14 February 2025 | Updated: 11:02 GMT, 14 February 2025",
         "-View comments"],
        ["+Councils across England will have to publish details of every contract worth more than "
         "£5,000 under plans set out by ministers yesterday.",
         "+The local government secretary said residents had a right to know how their council tax "
         "was being spent, and that the current threshold of £25,000 allowed too much to go "
         "unreported.",
         "+Town halls will be given 30 days from the signing of a contract to put the details "
         "online, including the supplier's name and the value of the deal."],
        ["-Advertisement"],
        ["-RELATED ARTICLES", "-Previous", "-1", "-Next",
         "-Council tax bills set to rise by up to five per cent in April",
         "-Mayor faces questions over £2m consultancy contract",
         "-Share this article", "-Share"],
        ["+The Local Government Association said it supported greater openness but warned that "
         "smaller district councils had lost much of their back-office staff in recent years.",
         "+'Transparency is welcome, but it has to be paid for,' a spokesman said.",
         "+Opposition MPs said the measures did not go far enough and called for councils to "
         "publish the full text of large contracts.",
         "+The new rules are expected to come into force in the autumn after a six-week "
         "consultation."],
        ["-Share what you think",
         "-The comments below have not been moderated.",
         "-The views expressed in the contents above are those of our users and do not necessarily "
         "reflect the views of MailOnline.",
         "-By posting your comment you agree to our house rules.",
         "-Comments 143",
         "-Newest Oldest Best rated Worst rated",
         "-PeteInPortsmouth, Southsea, United Kingdom, 2 hours ago",
         "-About time they showed us where the money goes.",
         "-Click to rate", "-Rating 54",
         "-Published by Associated Newspapers Ltd",
         "-Part of the Daily Mail, The Mail on Sunday & Metro Media Group"],
    ]),
    _page("fr", "fr-ouest-france", [
        ["-Ouest-France", "-Actualité Bretagne Normandie Pays de la Loire Sport Loisirs",
         "-Se connecter", "-S'abonner"],
        ["-Accueil > Bretagne > Rennes",
         "+Rennes : la ligne b du métro fermée trois week-ends pour des travaux de maintenance",
         "-Ouest-France Marion LE GALL.",
         "-Publié le 14/02/2025 à 17h30",
         "-Lecture : 2 min."],
        ["+La ligne b du métro rennais sera fermée les samedis et dimanches 1er-2, 8-9 et 15-16 "
         "mars, a annoncé vendredi le réseau STAR.",
         "+Ces fermetures doivent permettre de remplacer des équipements de signalisation installés "
         "lors de la mise en service de la ligne, en septembre 2022.",
         "+Des bus de substitution circuleront toutes les cinq minutes entre les stations "
         "Saint-Jacques - Gaîté et Cesson - Viasilva."],
        ["-Lire aussi : Rennes. Le réseau STAR annonce une hausse des tarifs au 1er juillet",
         "-Passer la publicité"],
        ["+Les horaires de remplacement",
         "+Samedi : de 5 h 20 à 1 h 30",
         "+Dimanche : de 7 h 00 à minuit",
         "+La ligne a continuera de fonctionner normalement pendant les trois week-ends.",
         "+« Nous avons choisi la période la moins fréquentée de l'année », explique la direction "
         "du réseau, qui rappelle que la fréquentation baisse d'environ 20 % en mars."],
        ["-Ouest-France Rennes Abonnez-vous à notre newsletter Rennes et recevez l'essentiel de "
         "l'actualité chaque matin.",
         "-Je m'inscris"],
        ["-Partager cet article",
         "-Ouest-France.fr",
         "-Transports Rennes Métro",
         "-Ouest-France vous recommande",
         "-Rennes. Un nouveau parking-relais ouvrira au printemps",
         "-© Ouest-France 2025 – Tous droits réservés – Mentions légales – Données personnelles – "
         "Gestion des cookies"],
    ]),
    _page("fr", "fr-overblog-chroniques", [
        ["-Chroniques du Val de Loire", "-Le blog d'un retraité curieux",
         "-Accueil Contact Archives"],
        ["+Le marché couvert de Saumur rouvre enfin ses portes",
         "-15 Février 2025 , Rédigé par Jean-Pierre M. Publié dans #Saumur, #Vie locale"],
        ["+Après dix-huit mois de travaux, le marché couvert de la place Saint-Pierre a rouvert "
         "samedi matin, sous une pluie fine qui n'a pas découragé les habitués.",
         "+La municipalité a consacré 2,4 millions d'euros à la rénovation de la charpente et à la "
         "mise aux normes des installations électriques.",
         "+Vingt-deux commerçants occupent désormais les étals, contre seize avant la fermeture. "
         "Parmi les nouveaux venus, un fromager de Chinon et une jeune maraîchère installée à "
         "Varrains."],
        ["-Publicité", "-Signaler cette publicité"],
        ["+J'y suis passé vers dix heures. L'éclairage est plus clair, les allées plus larges, et "
         "l'on a enfin installé des bancs près de l'entrée.",
         "+Le marché sera ouvert du mardi au dimanche, de 8 heures à 13 heures, et le vendredi "
         "jusqu'à 19 heures."],
        ["-Partager cet article",
         "-Repost 0",
         "-Pour être informé des derniers articles, inscrivez vous :",
         "-S'inscrire",
         "-Vous aimerez aussi :",
         "-La crue de la Loire vue depuis le pont Cessart",
         "-Commenter cet article",
         "-Mireille 15/02/2025 18:42",
         "-Merci pour ce compte rendu, j'irai samedi prochain !",
         "-Répondre",
         "-Jean-Pierre M. 15/02/2025 20:05",
         "-Avec plaisir Mireille, le fromager vaut le détour.",
         "-Répondre",
         "-Archives",
         "-Créer un blog gratuit sur Overblog",
         "-Top articles Contact Signaler un abus"],
    ]),
    _page("de", "de-t-online", [
        ["-t-online", "-Nachrichten Unterhaltung Sport Finanzen Gesundheit Digital Heim & Garten",
         "-Login", "-Suche"],
        ["-Startseite > Regionales > Hamburg",
         "+Hamburg: Elbtunnel wird ab März nachts gesperrt",
         "-Von Tobias Brandt",
         "-14.02.2025 - 10:21 Uhr",
         "-Lesedauer: 2 Min."],
        ["+Autofahrer in Hamburg müssen sich auf nächtliche Sperrungen im Elbtunnel einstellen. "
         "Ab dem 3. März wird jeweils eine Röhre zwischen 22 und 5 Uhr gesperrt, teilte die "
         "Autobahn GmbH am Freitag mit.",
         "+Grund sind Arbeiten an der Beleuchtung und an den Notrufsäulen, die bis Ende Mai "
         "dauern sollen.",
         "+In der Zeit der Sperrungen steht in jeder Richtung nur ein Fahrstreifen zur Verfügung."],
        ["-Anzeige",
         "-Artikel wird unterhalb der Anzeige fortgesetzt",
         "-Auch interessant: Hamburger Hafen: Containerumschlag bricht ein"],
        ["+Welche Röhren wann betroffen sind",
         "+Röhre 1 bis 2: 3. März bis 4. April",
         "+Röhre 3 bis 4: 7. April bis 30. Mai",
         "+Die Autobahn GmbH empfiehlt, den Tunnel nachts weiträumig über die Köhlbrandbrücke zu "
         "umfahren.",
         "+„Wir haben die Arbeiten bewusst in die Nachtstunden gelegt, um den Berufsverkehr zu "
         "schonen“, sagte eine Sprecherin."],
        ["-Verwendete Quellen",
         "-Nachrichtenagentur dpa",
         "-Pressemitteilung der Autobahn GmbH",
         "-Artikel teilen: Facebook · X · E-Mail · Link kopieren",
         "-Jetzt den WhatsApp-Kanal von t-online abonnieren",
         "-Mehr zum Thema", "-Hamburg", "-Verkehr", "-Autobahn",
         "-Ströer Digital Publishing GmbH",
         "-Impressum Datenschutz Jugendschutz Kontakt Werben auf t-online"],
    ]),
    _page("de", "de-blogspot-heimatverein", [
        ["-Heimatverein Oberkirchen e.V.",
         "-Startseite Termine Vorstand Chronik Impressum"],
        ["-Sonntag, 16. Februar 2025",
         "+Jahreshauptversammlung: Vorstand im Amt bestätigt",
         "+Zur Jahreshauptversammlung des Heimatvereins kamen am Freitagabend 64 Mitglieder in "
         "den Saal der Gaststätte Zur Linde.",
         "+Der Vorsitzende blickte auf ein ereignisreiches Jahr zurück: Das Backhaus wurde neu "
         "eingedeckt, der Dorfkalender erschien zum zwanzigsten Mal und die Sammlung alter "
         "Fotografien wurde digitalisiert.",
         "+Die Wahlen ergaben folgendes Ergebnis:",
         "+Vorsitzender: Werner Hüsing",
         "+Stellvertreterin: Anke Schulte",
         "+Kassierer: Bernd Padberg",
         "+Für 2025 plant der Verein unter anderem eine Ausstellung zur Geschichte der Dorfschule "
         "und eine Wanderung entlang der alten Bahntrasse.",
         "+Die nächste Versammlung findet im Februar 2026 statt."],
        ["-Eingestellt von Heimatverein Oberkirchen um 19:12",
         "-Diesen Post per E-Mail versendenBlogThis!Auf X teilenIn Facebook freigebenAuf Pinterest "
         "teilen",
         "-Labels: Vereinsleben, Versammlung",
         "-Keine Kommentare:",
         "-Kommentar veröffentlichen",
         "-Neuerer Post Älterer Post Startseite",
         "-Abonnieren Kommentare zum Post (Atom)",
         "-Blog-Archiv",
         "-► 2024 (23)",
         "-▼ 2025 (4)",
         "-Beliebte Posts",
         "-Design \"Einfach\". Powered by Blogger."],
    ]),
    _page("it", "it-corriere-cronaca", [
        ["-Corriere della Sera", "-Abbonati", "-Accedi",
         "-Politica Cronache Esteri Economia Sport Cultura Spettacoli Salute"],
        ["+Milano, la metropolitana M4 arriva a San Cristoforo: apertura il 20 marzo",
         "-di Giulia Rinaldi",
         "-14 febbraio 2025 (modifica il 14 febbraio 2025 | 12:18)",
         "-© RIPRODUZIONE RISERVATA"],
        ["+La linea blu della metropolitana milanese sarà completata il 20 marzo, con l'apertura "
         "delle ultime sette stazioni tra San Babila e San Cristoforo.",
         "+Lo ha annunciato venerdì l'assessora alla Mobilità, spiegando che i collaudi si sono "
         "conclusi con due settimane di anticipo rispetto al calendario.",
         "+Con la tratta completa, la M4 collegherà l'aeroporto di Linate alla periferia "
         "sud-ovest in circa trenta minuti."],
        ["-Pubblicità",
         "-Continua a leggere dopo la pubblicità",
         "-LEGGI ANCHE",
         "-Milano, nuove regole per l'Area B: cosa cambia da ottobre"],
        ["+Le nuove stazioni",
         "+Le fermate che entreranno in servizio sono Sant'Ambrogio, De Amicis, Vetra, Coni Zugna, "
         "California, Bolivar e Tolstoj, oltre al capolinea di San Cristoforo.",
         "+«È l'opera pubblica più importante della città da vent'anni», ha detto il sindaco.",
         "+Nei primi giorni il servizio sarà attivo dalle 6 alle 22, per poi passare all'orario "
         "pieno dal 1° aprile."],
        ["-Iscriviti alla newsletter \"I sette giorni di Milano\". Ogni settimana nella tua "
         "casella di posta.",
         "-Iscriviti",
         "-Condividi", "-Facebook", "-WhatsApp", "-X", "-Email",
         "-Corriere della Sera © 2025 | RCS MediaGroup S.p.a. | P.IVA 12086540155",
         "-Privacy Cookie policy Preferenze sui cookie"],
    ]),
    _page("it", "it-forum-repost", [
        ["-ForumItalia.net", "-Forum > Attualità e politica > Notizie dal territorio",
         "-Registrati Login"],
        ["-Ponte sul Lato chiuso (SP 22), qualcuno sa qualcosa?",
         "-Messaggio da marcorossi77 » 14/02/2025, 9:47",
         "-Copio l'articolo dalla Gazzetta, fonte in fondo:"],
        ["+Bari, chiuso il ponte sul Lato per verifiche strutturali",
         "+La Provincia ha disposto giovedì la chiusura del ponte sul torrente Lato, lungo la "
         "strada provinciale 22, dopo che un sopralluogo ha rilevato fessure su due piloni.",
         "+Il traffico viene deviato sulla statale 100, con un allungamento del percorso di circa "
         "otto chilometri per i mezzi diretti a Castellaneta.",
         "+I tecnici eseguiranno prove di carico nei prossimi dieci giorni; solo dopo si deciderà "
         "se il ponte potrà essere riaperto ai mezzi leggeri.",
         "+Secondo la Provincia, il ponte era stato ispezionato l'ultima volta nel 2021 e non "
         "presentava criticità.",
         "+Il sindaco di Castellaneta ha chiesto un servizio di navetta per gli studenti che ogni "
         "mattina attraversano il ponte per raggiungere le scuole superiori."],
        ["-Fonte: lagazzettadelmezzogiorno.it",
         "-Ultima modifica di marcorossi77 il 14/02/2025, 9:52, modificato 1 volta in totale.",
         "-Top",
         "-Messaggio da pugliese_doc » 14/02/2025, 10:15",
         "-Ci passo tutti i giorni, speriamo lo riaprano presto.",
         "-Top",
         "-Messaggio da anna.b » 14/02/2025, 11:02",
         "-Anche mio padre diceva che quel ponte aveva bisogno di lavori da anni.",
         "-Top",
         "-Rispondi Nuovo argomento",
         "-Torna a “Notizie dal territorio”",
         "-Chi c’è connesso",
         "-Visitano il forum: Nessuno e 4 ospiti",
         "-Powered by phpBB® Forum Software © phpBB Limited"],
    ]),
    _page("pl", "pl-onet-wiadomosci", [
        ["-Onet", "-Wiadomości Sport Biznes Kultura Zdrowie Pogoda Premium",
         "-Zaloguj się"],
        ["-Wiadomości > Kraj",
         "+Nowe zasady dla kierowców. Od marca wyższe mandaty za parkowanie na chodniku",
         "-Katarzyna Wrona",
         "-Dziś 14:05",
         "-Czas czytania: 3 min"],
        ["+Od 1 marca kierowcy, którzy zaparkują na chodniku, pozostawiając pieszym mniej niż "
         "1,5 metra, zapłacą 300 zł mandatu zamiast dotychczasowych 100 zł.",
         "+Nowelizację rozporządzenia opublikowano w piątek w Dzienniku Ustaw. Ministerstwo "
         "Infrastruktury tłumaczy, że zmiana ma poprawić bezpieczeństwo pieszych, zwłaszcza osób "
         "z wózkami."],
        ["-Dalszy ciąg artykułu pod materiałem wideo",
         "-REKLAMA",
         "-Zobacz także: Wielkie zmiany na drogach. Tego kierowcy nie wiedzą"],
        ["+Co się zmienia",
         "+- parkowanie na chodniku przy szerokości mniejszej niż 1,5 m: 300 zł i 2 punkty karne,",
         "+- parkowanie na przejściu dla pieszych: 500 zł i 4 punkty karne,",
         "+- parkowanie na miejscu dla osób z niepełnosprawnościami: 800 zł.",
         "+Straż miejska w Warszawie zapowiedziała wzmożone kontrole w pierwszych tygodniach po "
         "wejściu przepisów w życie.",
         "+„Nie chodzi o to, by karać, tylko by chodniki były dla pieszych” — powiedział rzecznik "
         "straży."],
        ["-Źródło: Onet, PAP",
         "-Udostępnij: Facebook X Skopiuj link",
         "-Masz ciekawy temat? Napisz do nas: listy@onet.pl",
         "-Komentarze (57) Zobacz wszystkie",
         "-Najnowsze",
         "-kierowca_z_mokotowa 2 godz. temu",
         "-W końcu ktoś się za to wziął.",
         "-Odpowiedz", "-Zgłoś",
         "-Copyright 1996-2025 Ringier Axel Springer Polska sp. z o.o."],
    ]),
    _page("pl", "pl-farma-tresci", [
        ["-NewsyDnia24.pl", "-Strona główna Polska Świat Ciekawostki Zdrowie Horoskop"],
        ["+ZUS wypłaci wyższe emerytury od marca. Sprawdź, ile dostaniesz",
         "-Redakcja NewsyDnia24",
         "-14.02.2025",
         "-0 komentarzy"],
        ["+Od 1 marca emerytury i renty wzrosną w wyniku corocznej waloryzacji. Wskaźnik wyniesie "
         "w tym roku 5,5 proc., poinformował rząd.",
         "+Najniższa emerytura wzrośnie z 1780,96 zł do 1878,91 zł brutto.",
         "+Podwyżka zostanie wypłacona automatycznie, bez konieczności składania wniosku."],
        ["-CZYTAJ TEŻ: Ten błąd popełnia wielu seniorów. ZUS ostrzega",
         "-Reklama",
         "-Polub nas na Facebooku, aby być na bieżąco!"],
        ["+Przykładowe kwoty po waloryzacji:",
         "+2000 zł brutto – 2110 zł brutto",
         "+3000 zł brutto – 3165 zł brutto",
         "+4000 zł brutto – 4220 zł brutto",
         "+Świadczenia trafią do emerytów w zwykłych terminach wypłat."],
        ["-Tagi: ZUS, emerytury, waloryzacja, seniorzy",
         "-Udostępnij",
         "-Poprzedni artykuł",
         "-Pogoda na weekend. Synoptycy ostrzegają przed gołoledzią",
         "-Następny artykuł",
         "-Horoskop na sobotę 15 lutego",
         "-Zostaw komentarz",
         "-Zapisz moje imię, e-mail i stronę w przeglądarce na potrzeby przyszłych komentarzy.",
         "-Opublikuj komentarz",
         "-© 2025 NewsyDnia24.pl - Wszelkie prawa zastrzeżone."],
    ]),
    _page("ru", "ru-tass", [
        ["-ТАСС", "-Политика В мире Экономика Общество Происшествия Армия Наука Спорт",
         "-Все новости"],
        ["+В Петербурге до конца года откроют три новые станции метро",
         "-14 февраля, 10:32",
         "-обновлено 14 февраля, 12:05"],
        ["+САНКТ-ПЕТЕРБУРГ, 14 февраля. /ТАСС/. Три новые станции метрополитена откроются в "
         "Санкт-Петербурге до конца 2025 года. Об этом сообщили в пятницу в комитете по развитию "
         "транспортной инфраструктуры города.",
         "+Речь идет о станциях «Театральная», «Путиловская» и «Юго-Западная».",
         "+По словам представителя комитета, строительные работы на всех трех объектах "
         "выполнены более чем на 80%."],
        ["-Читайте также",
         "-В Москве продлили работу электробусов на новых маршрутах",
         "-Продолжение материала после рекламы"],
        ["+Сроки открытия",
         "+«Театральная» — II квартал",
         "+«Путиловская» и «Юго-Западная» — IV квартал",
         "+«Мы рассчитываем, что новые станции разгрузят наземный транспорт в юго-западной части "
         "города», — отметили в комитете.",
         "+Ранее власти города сообщали, что до 2030 года планируется открыть еще 12 станций."],
        ["-Теги", "-Санкт-Петербург", "-Метро",
         "-Больше новостей в Telegram-канале ТАСС",
         "-Подписаться",
         "-© 2025 ТАСС",
         "-Сетевое издание ТАСС зарегистрировано в Федеральной службе по надзору в сфере связи, "
         "информационных технологий и массовых коммуникаций (Роскомнадзор)."],
    ]),
    _page("ru", "ru-telegram-repost", [
        ["-НовостиКанал", "-Главная Лента Каналы Поиск"],
        ["-Уральский вестник",
         "-@ural_vestnik · 12,4K подписчиков",
         "-14 февраля в 09:15"],
        ["+В Екатеринбурге с 1 марта подорожает проезд в общественном транспорте",
         "+Стоимость поездки по транспортной карте вырастет с 40 до 44 рублей, при оплате "
         "банковской картой — с 43 до 47 рублей.",
         "+В мэрии объяснили повышение ростом расходов перевозчиков на топливо и ремонт "
         "подвижного состава.",
         "+Цена месячного проездного для студентов и пенсионеров не изменится.",
         "+Прошлое повышение тарифов в городе было в январе 2024 года.",
         "+Новые тарифы еще должна утвердить региональная энергетическая комиссия, заседание "
         "которой назначено на 20 февраля."],
        ["-👍 312 😢 87 🔥 14",
         "-👁 18,7K",
         "-Поделиться",
         "-Подпишись на «Уральский вестник», чтобы не пропустить главное",
         "-Комментарии 24",
         "-Андрей К. · 14 февраля в 09:40",
         "-Зарплаты бы так повышали.",
         "-Ответить",
         "-Смотрите также",
         "-Ещё посты канала",
         "-© 2025 НовостиКанал. Агрегатор публичных каналов"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_21_line, test_held_out_21_line_is_kept, test_held_out_21_page = held_out_tests(
    HELD_OUT_21_LINES, HELD_OUT_21_KEEP, HELD_OUT_21_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
