"""Held-out set 29: written blind, weighted toward whole scraped pages in layouts sets 22 to 28 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists of held-out sets 10 to 28) nor ``git log``, ``git show`` or
``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``, ``_fixture``,
``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES`` printed as its
dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 28, its imports, its ``_page``
helper and its last lines (``_marks``, the xfail tables and the three test functions, printed with
an ast script) and scripts/clean_held_out_report.py (in full) were meant to be read. The layouts to
avoid were taken from the brief's list and set 28's docstring. Slips: (1) the ast script that was
to print set 28 from ``def _marks`` on looked the string up with ``src.index("def _marks")``, which
first matched the words "``def _marks``" inside set 28's own docstring, so it printed from there to
the end of the file; the tool cut the middle of that output, but its visible end showed the last
lines of set 28's it-festival-lineup page and the whole of its pages it-blog-studio-legale,
pl-aktualnosci-szpitala, pl-newsy-gry, ru-wiki-statya and ru-rassylka-arhiv (article and noise
lines), then ``_marks``, the xfail tables and the test functions. Set 28's line and keep lists and
its other six pages were in the cut part and were not seen. This set's pages were planned and
written after that; no line was copied from it, but a few generic noise lines are the same words as
lines seen there (the Polish skip link "Przejdź do treści" and the bare "Udostępnij" share line),
and some kinds recur (a "was this page helpful?" widget, which set 28's docstring also names, cookie
banners, share/print lines, copyright lines). (2) The measuring pytest run (``-rA``) was piped to
``tail -60``, so it showed only the summary lines, no tracebacks. ``git worktree add`` was run with
its output discarded; the English fixture was not printed. Nothing below was copied from any file
of the repository. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles and every person, company, bank, zoo, library, magazine,
publisher, newspaper, university, foundation, radio station, aggregator, town, village, river and
district in them are invented (only noise lines name real platforms and services, as real pages do:
LinkedIn, Facebook, X, Instagram, WhatsApp, Telegram, TikTok, YouTube, Mastodon, Google News,
Przelewy24, Yandex Music, VKontakte, and the German card-blocking number 116 116). The kinds set
28's docstring names as missed (the "got a story? email us" tip-off line, the French "réservé aux
abonnés ... il vous reste 72 %" paywall notice, the Polish "Oprac." byline and the Polish
partner-material notice) and those it names from set 27 and 26 (Instagram embed placeholder, German
embed label, "have your say", "story continues below", registration footers, price notices, "the
editors' opinion may differ", gallery counters) were not reused. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s29 at commit 83bc03c) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Before the measurement one
article line was added to en-zoo-news (the outdoor-enclosure sentence), to bring it to ten article
lines; nothing was changed after it but the xfail tables and this docstring. The per-case problems
were read out once with ``_problems`` in the frozen worktree, to write the xfail reasons.
scripts/clean_held_out_report.py needed no change: it finds a set by its number, so ``--sets 29``
works as it is.

Judgement calls: the keep line "Tous droits réservés : la formule figure sur chaque page du
contrat, ..." is article text (a sentence quoting a contract formula) although it opens with a
footer phrase, as "Mehr zum Thema Wohnungsbau will der Stadtrat ..." opens with a marker phrase; the
French "Cet article est issu du Courrier des Vallons daté du ..." print-origin line is counted a
notice, not article; "Propos recueillis par" and "Беседовала" are interview bylines. In
en-linkedin-article the author card (name, headline, date, follow, "view full profile"), the
reaction count "312", the comment count and the sign-in walls are noise, and the bullets under
"Here is what changed, in numbers:", the "What did not work" subheading and the driver's quote are
article; in en-zoo-news the posting date, label and photo credit under the title, the adoption
offer and the "Opening times  Prices  Annual passes" footer row are noise, the "Meet the twins"
rows and the keeper's quote article; in fr-critique-litteraire the title, standfirst, the quoted
sentence from the novel, the "Une langue au cordeau" subheading and the "Le livre en bref" rows
(publisher, pages, price, rating) are article, and "Acheter chez votre libraire", the keywords and
the newsletter form noise; in fr-mediatheque-actualite the dash list under "Ce qui change" and the
opening-hours rows under "Les nouveaux horaires" are article, the "Horaires et accès" header link,
the update stamp, the "Actualité" label and the "Portail propulsé par" vendor line noise; in
de-marktkommentar-bank the "Unsere Einschätzung im Überblick" rows, the economist's quote and "Was
die Woche bringt" are article, and the date/author/reading-time lines, the investment disclaimer,
PDF/print/share/subscribe/appointment lines, the BIC and card-blocking line noise; in
de-verbraucherwarnung the bullets, the lawyer's quote and "Das sollten Sie jetzt tun" are article,
the "Stand" stamp, the "Warnung" label, the helpfulness widget, the complaint-form plea and the
funding line noise; in it-ufficio-turistico the date rows and the entry-price row under "Orari e
biglietti" and the Pro Loco president's quote are article, the booking button, the office phone
line, the brochure download and the association's tax-code line noise; in it-lotteria-estrazione
the prize rows under "I numeri estratti", the "elenco completo" sentence and the quote are article,
the "PUBBLICITÀ" label between paragraphs, "© RIPRODUZIONE RISERVATA", the Google News line and the
editor-in-chief line noise; in pl-gazeta-studencka the numbered list of three options, the
vice-rector's quote and "Studenci mają wątpliwości" are article, the author, photo-credit, date and
section lines, the recruitment plea and the print-issue line noise; in pl-zbiorka-aktualizacja the
update's title "Aktualizacja nr 4: ...", the cost rows under "Na co poszły pieniądze", the
manager's quote and the closing thank-you are article, and the campaign box (breadcrumb, amount
raised, "81%", supporters count, "Wspieram", tabs), the "Dodano" stamp, the organiser line and the
recent-donations list noise; in ru-radio-programma the guest list, "Главное из эфира" and the quote
are article, the "now on air" line, episode date, host, play/duration and MP3 lines, the call-in
line and the podcast line noise; in ru-agregator-syuzhet the summary sentences (with their sources
named inside the sentence), the fare rows under "Цены на проездные" and the quote are article, and
the "assembled from 14 sources" stamp, the source rows with times, "show 11 more sources" and the
aggregator's liability notice noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 250 noise lines (20 to 21 a page) and 128 article lines
(10 to 12 a page): en-linkedin-article (an article reposted on a professional network: skip link,
network name, menu, join/sign-in, title, author card of five lines, a bullet list, a subheading, a
quote, reactions and counts, report link, more-articles with a headline, others-also-viewed,
community insights, explore topics, sign-in walls, footer line), en-zoo-news (a zoo's animal news:
tickets, membership, online offer, zoo name, menu, opening hours, breadcrumb, date, label, photo
credit, "Meet the twins" rows, keeper's quote, adoption offer, share, back link, related news with a
headline, newsletter, visitor links, opening-times row, legal links, copyright),
fr-critique-litteraire (a literary magazine's book review: name, tagline, menu, newsletter, search,
subscribe/log-in, breadcrumb, byline, date, reading time, share, a quoted sentence, a subheading,
"Le livre en bref" rows, bookseller button, keywords, read-also with a headline, newsletter form of
three lines, about/legal links, cookie link, copyright), fr-mediatheque-actualite (a public library
network's news item: skip link, network name, reader account, catalogue search, menu, hours link,
breadcrumb, dates, label, a dash list, opening-hours rows, print/share, back link, related news with
a headline, footer links, council line, social line, vendor line, cookie banner),
de-marktkommentar-bank (a cooperative bank's weekly market commentary: bank name, menu, search,
service phone, online banking, branch finder, breadcrumb, date, author, reading time, allocation
rows, a quote, a subheading, disclaimer, PDF/print/share, subscribe, appointment, more commentaries
with a headline, legal links, BIC/card-blocking line, copyright), de-verbraucherwarnung (a consumer
advice office's scam warning: name, menu, search, newsletter, booking, accessibility switches,
breadcrumb, stamp, label, bullets, a quote, a subheading, helpfulness widget, print, e-mail share,
complaint plea, more warnings, related with a headline, funding line, social line, legal links,
cookie settings, copyright), it-ufficio-turistico (a tourism association's news: name, language
switch, menu, search, booking button, office phone, breadcrumb, date, categories, two subheadings,
date and price rows, a quote, share, brochure download, back link, related with a headline,
newsletter, social line, address/tax code, legal links, funding line, cookie banner),
it-lotteria-estrazione (a local paper's charity-lottery results: paper name, e-edition, menu,
subscribe/log-in, search, breadcrumb, byline, date, reading time, prize rows, an ad label between
paragraphs, a quote, share, reserved-rights line, Google News line, comment count, read-also with a
headline, most-read, app line, editor line, legal links, cookie consent), pl-gazeta-studencka (a
student monthly's article: skip link, name and description, menu, social line, search, contact,
author, photo credit, date, section, a numbered list, a quote, two subheadings, share, tags,
previous/next, comment link, read-also with a headline, recruitment plea, print-issue line, legal
links, copyright, cookie banner), pl-zbiorka-aktualizacja (a crowdfunding campaign's update: site
name, start-a-campaign, menu, log-in, campaign breadcrumb, amount raised, percentage, supporters,
support button, tabs, date, cost rows, a quote, share, copy link, report abuse, organiser, recent
donations, legal links, payment-provider line, copyright), ru-radio-programma (a radio station's
programme page: station name and frequency, listen live, log-in, menu, now on air, breadcrumb,
episode date, host, play with duration, MP3 download, guest list, a subheading, a quote, call-in
line, share, comment count, all episodes, previous episode, podcast line, footer links, advertising
contact, copyright, cookie line), ru-agregator-syuzhet (a news aggregator's story page: name, menu,
search, log-in, region, sources stamp, fare rows under a subheading, a quote, source rows with
times, more sources, follow story, share, report error, similar stories with a headline, regional
news link, liability notice, footer links, copyright); every page holds a list, subheading, pull
quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit 83bc03c, measured with
``cd /tmp/wt-s29 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s29/src python -m pytest
-q tests/test_clean_held_out_29.py -rA -p no:cacheprovider`` (15 failed, 62 passed) and
``cd /tmp/wt-s29 && PYTHONPATH=/tmp/wt-s29/src python scripts/clean_held_out_report.py --sets 29``,
with the xfail tables empty): noise lines removed 41/45 (marker 7/7, reading-time 7/7, byline 5/7,
footer 5/5, comments 6/6, share 5/5, notice 4/5, other 2/3; missed: the French interview byline
"Propos recueillis par Julien Morvan", the Russian interview byline "Беседовала Ольга Мартынова",
the French print-origin notice "Cet article est issu du Courrier des Vallons daté du 28 novembre
2026." and the English "Download the app for breaking news alerts"); keep lines kept 19/20 (lost:
the French sentence opening with "Tous droits réservés :"); pages 2/12 clean (en-linkedin-article,
it-lotteria-estrazione), 25 of 250 page noise lines left, 5 article lines lost (4 on
fr-critique-litteraire, 1 on pl-zbiorka-aktualizacja): en-zoo-news 3 (online offer, menu,
breadcrumb), fr-critique-litteraire 2 (tagline, menu) and the four "Le livre en bref" rows lost,
fr-mediatheque-actualite 7 (network name, reader account, catalogue search, menu, hours link,
breadcrumb, "Actualité" label), de-marktkommentar-bank 1 (menu), de-verbraucherwarnung 1 (menu),
it-ufficio-turistico 3 (menu, booking button, office phone), pl-gazeta-studencka 2 (name and
description, menu), pl-zbiorka-aktualizacja 3 (menu, campaign breadcrumb, amount raised) and the
update's title lost, ru-radio-programma 2 (station name, now on air), ru-agregator-syuzhet 1
(menu). The failing cases are strict xfails.

Still held out after session 14's round 27 (developed on set 28 only; the lead saw only this
docstring and the xfail reasons): measured once at bf2ec7f with ``python
scripts/clean_held_out_report.py --sets 29`` and ``pytest tests/test_clean_held_out_29.py``: lines
41/45 and keep 19/20 as the baseline (the same lines missed and lost), pages 4/12 clean (+
de-verbraucherwarnung and ru-agregator-syuzhet, whose menu lines now go: their two strict xfails
passed and were removed), 12 of 250 page noise lines left (25 before), 5 article lines lost as
before (the four "Le livre en bref" rows and the update's title): en-zoo-news 1,
fr-critique-litteraire 0, fr-mediatheque-actualite 3, de-marktkommentar-bank 1, it-ufficio-turistico
2, pl-gazeta-studencka 1, pl-zbiorka-aktualizacja 2, ru-radio-programma 2. Unlike sets 25 to 28,
which the round before them left exactly at their baselines, this set moved: round 27's menu-line and
header rules (six languages) carried over to it. The remaining page xfail reasons describe the
baseline; the per-page counts above are the state after round 27.

Round 28 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 29`` and ``pytest tests/test_clean_held_out_29.py`` at
87f5f00 (before; the cleaner as at bf2ec7f) and f2dde25 (after): article lines lost 5 -> 0 and keep
lines 19 -> 20/20 (first, as classes: a numbered update's title, the stamp's word then a number after
"nr", "n°", "#" and a colon, is no update stamp; a sentence that opens with the rights phrase and a
colon and names who says it, with no year and no ©, is no footer; a review's facts box may stand
under a short header of its own, "Le livre en bref", and the editors' score, "Notre note : ★★★★☆",
is one of its rows, while a readers' rating stays the rules' widget), noise lines 41 -> 45/45 (an
interview's byline, "Propos recueillis par" / "Беседовала" and their kin in six languages; the page's
dated print issue, "Cet article est issu du ... daté du ..." with a year; an app plea with what it is
for, alerts or news), pages 4 -> 12/12 clean, page noise left 12 -> 0 of 250 (the head above the
headline, anchored by position: once a menu row marked the head, the headline is the line right over
the first stamp under the menu, a writer's name or a "By" line skipped, and with three lines of the
head's noise above it, every line above it that no full sentence closes goes: the network's name,
the reader-account and catalogue links, the breadcrumb, the booking button, the phone line, the
progress line, the station's name with its frequency, "now on air"; the lines right over the
headline with no noise between go only as a breadcrumb, two separators or a "you are here" label, as
they may be the headline's first line or a series' name; a line above that is longer than the
headline with no separator or digit means the line taken for the headline is the byline, and the
head is left as it was). All 13 strict xfails removed (64 -> 77 passed). Each rule has a unit
test of examples and near misses in tests/test_clean.py (round 28). Guards: the other sets and the
development lists pass unchanged (3574 passed, 50 xfailed), find_noise on the 3723 SemEval training
articles removes exactly what it removed at 87f5f00, and bench_clean.py's CPU ratio is 1.02-1.03.
These figures are development figures: the set no longer measures wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_29_LINES: list[tuple[str, str, str]] = [
    # marker
    ("body", "Skip Advertisement", "marker"),
    ("body", "Video Ad Feedback", "marker"),
    ("body", "Contenus sponsorisés", "marker"),
    ("body", "Mehr zum Thema", "marker"),
    ("body", "LEGGI ANCHE", "marker"),
    ("body", "Czytaj też:", "marker"),
    ("body", "Реклама 16+", "marker"),
    # reading-time
    ("head", "Listen to this article · 6:41 min Learn more", "reading-time"),
    ("head", "Estimated reading time: 7 minutes", "reading-time"),
    ("head", "Lecture 4 min.", "reading-time"),
    ("head", "Lesedauer: 5 Minuten", "reading-time"),
    ("head", "Tempo di lettura: 3 min", "reading-time"),
    ("head", "Czas czytania: ok. 4 min.", "reading-time"),
    ("head", "Время чтения: 4 мин.", "reading-time"),
    # byline
    ("head", "By Harriet Okonkwo-Bell, Senior Correspondent", "byline"),
    ("head", "Words by Tom Reyes | Photography by Aisha Kamau", "byline"),
    ("head", "Propos recueillis par Julien Morvan", "byline"),
    ("head", "Ein Gastbeitrag von Dr. Miriam Vogelsang", "byline"),
    ("head", "dal nostro inviato Marco Tedaldi", "byline"),
    ("head", "Tekst: Anna Wróbel, zdjęcia: Piotr Kamiński", "byline"),
    ("head", "Беседовала Ольга Мартынова", "byline"),
    # footer
    ("tail", "Terms of Use | Privacy Policy | Cookie Settings | Accessibility | Sitemap", "footer"),
    ("tail", "Copyright © 2026 Meadowlark Publishing LLC. All Rights Reserved.", "footer"),
    ("tail", "Mentions légales · CGU · Politique de confidentialité · Gérer les cookies · Plan du site", "footer"),
    ("tail", "Copyright © 2026 Grupa Medialna Wierzbowo sp. z o.o. Wszelkie prawa zastrzeżone.", "footer"),
    ("tail", "© 2026 ООО «Медиахолдинг Северный берег». Все права защищены. 18+", "footer"),
    # comments
    ("tail", "View 38 comments", "comments"),
    ("tail", "Comments are closed.", "comments"),
    ("tail", "Voir les 24 commentaires", "comments"),
    ("tail", "Mostra commenti (7)", "comments"),
    ("tail", "Pokaż komentarze (23)", "comments"),
    ("tail", "Показать комментарии (15)", "comments"),
    # share
    ("head", "Share full article", "share"),
    ("tail", "Share via Email · Copy Link · Print", "share"),
    ("tail", "Artikel teilen: Facebook · WhatsApp · E-Mail", "share"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Udostępnij na Facebooku", "share"),
    # notice
    ("head", "This article is more than 5 years old", "notice"),
    ("head", "We may earn a commission when you buy through links on this page.", "notice"),
    ("tail", "Cet article est issu du Courrier des Vallons daté du 28 novembre 2026.", "notice"),
    ("head", "Hinweis: Dieser Artikel enthält Affiliate-Links.", "notice"),
    ("tail", "Мы используем cookies. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "notice"),
    # other
    ("tail", "Most Read", "other"),
    ("tail", "Download the app for breaking news alerts", "other"),
    ("tail", "Iscriviti al canale WhatsApp della Gazzetta di Valsenna", "other"),
]

HELD_OUT_29_KEEP: list[tuple[str, str]] = [
    ("body", "The council's advertisement for the post drew 41 applicants, officials said."),
    ("body", "Reading the report takes about an hour, but its conclusions fit on a single page."),
    ("body", "Comments from residents were collected over six weeks and published in full on Tuesday."),
    ("head", "By the end of the meeting, only two members had voted against the plan."),
    ("body", "She shared the letter with the committee and asked for a written reply within 14 days."),
    ("tail", "All rights to the land were transferred to the trust in 1998, according to the deeds."),
    ("tail", "Subscribers to the town's water service will see the new charge on their March bills."),
    ("body", "Par ailleurs, la mairie a publié sur son site l'ensemble des commentaires des habitants."),
    ("body", "Le temps de lecture quotidien des collégiens a baissé de 12 minutes en cinq ans, selon "
             "l'enquête."),
    ("tail", "Tous droits réservés : la formule figure sur chaque page du contrat, rappelle l'avocat de la "
             "commune."),
    ("head", "Von den 312 Befragten gaben 41 Prozent an, die Linie täglich zu nutzen."),
    ("body", "Mehr zum Thema Wohnungsbau will der Stadtrat erst im Januar beraten."),
    ("body", "Die Lesezeit der Vorlage schätzt die Verwaltung auf zwei Stunden, die Debatte dauerte vier."),
    ("tail", "Di tutto questo si discuterà giovedì in consiglio comunale, alle 18."),
    ("body", "Il questionario, distribuito in tutte le scuole, chiede alle famiglie di condividere la propria "
             "esperienza con il servizio mensa."),
    ("body", "Secondo i commenti raccolti dall'associazione, il 60 per cento dei residenti è contrario."),
    ("head", "Autor projektu, architekt Jan Wrzosek, zapowiada, że prace ruszą wiosną."),
    ("body", "Komentarze mieszkańców zebrane w konsultacjach trafią do radnych przed sesją 18 grudnia."),
    ("body", "Автор проекта, архитектор Сергей Ильин, считает, что здание ещё можно спасти."),
    ("tail", "Реклама на фасадах исторических зданий будет запрещена с 1 марта, сообщили в мэрии."),
]


HELD_OUT_29_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-linkedin-article": _page("en", "en-linkedin-article", [
        ["-Skip to main content",
         "-LinkedIn",
         "-Articles  People  Learning  Jobs  Games",
         "-Join now  Sign in"],
        ["+What three years of four-day weeks taught our warehouse team"],
        ["-Priya Nandakumar",
         "-Head of Operations at Brightwell Logistics | Lean practitioner | Speaker",
         "-Published Nov 28, 2026",
         "-+ Follow",
         "-Sign in to view Priya’s full profile"],
        ["+In October 2023 we moved our Harlowfield warehouse to a four-day week. Nobody was sure it would "
         "last the winter peak. Three years later, it is simply how we work.",
         "+Here is what changed, in numbers:",
         "+• Staff turnover fell from 31% to 12% a year.",
         "+• Sick days per person dropped from 9.4 to 5.1.",
         "+• Orders picked per hour rose by 7%, once the new shift pattern settled.",
         "+What did not work",
         "+Our first rota gave everyone Fridays off. Within a month, Monday mornings were chaos. We now "
         "stagger the day off across the week, and each team plans its own cover.",
         "+“I stopped dreading Sundays,” one of our forklift drivers told me at the three-year review. I hear "
         "versions of that every month.",
         "+If you are thinking of trying it, start with one site and measure everything for a full year "
         "before you decide."],
        ["-Like  Comment  Share",
         "-312",
         "-27 Comments",
         "-Report this article",
         "-More articles by Priya Nandakumar",
         "-Why we stopped using weekly KPIs on the warehouse floor",
         "-Others also viewed",
         "-Insights from the community",
         "-Explore topics",
         "-Sign in to view more content",
         "-Create your free account or sign in to continue your search",
         "-© 2026  About  Accessibility  User Agreement  Privacy Policy  Cookie Policy  Copyright Policy  "
         "Brand Policy  Guest Controls  Community Guidelines  Language"],
    ]),
    "en-zoo-news": _page("en", "en-zoo-news", [
        ["-Buy tickets",
         "-Become a member",
         "-Book online and save 10%",
         "-Hollins Vale Zoo",
         "-Visit  Animals  Conservation  Education  Support us  News",
         "-Open today 9:30am – 4pm (last entry 3pm)",
         "-Home > News > Animal news"],
        ["+Twin red panda cubs make their first public appearance",
         "-Posted 1 December 2026",
         "-Animal news",
         "+Keepers at Hollins Vale Zoo are celebrating after twin red panda cubs, born in June, ventured out "
         "of their nest box and into their outdoor enclosure for the first time this week.",
         "-Photo: Hollins Vale Zoo"],
        ["+The cubs, a male and a female, have not been named yet. Visitors can vote on a shortlist chosen by "
         "the keeping team until 15 December.",
         "+Meet the twins",
         "+Weight at birth: 110g and 118g",
         "+Weight today: 2.1kg and 2.4kg",
         "+Favourite food: bamboo leaves and, lately, apple",
         "+“They are still shy, so the best chance to see them is first thing in the morning, when they are "
         "most active,” said head keeper Dan Okafor.",
         "+Red pandas are listed as endangered. Our pair, Ember and Taro, take part in a European breeding "
         "programme, and these are their second litter.",
         "+The outdoor enclosure is open to visitors daily from 10am, weather permitting, but the cubs may "
         "retreat indoors at any time."],
        ["-Adopt a red panda from £40 and support our conservation work",
         "-Share this story",
         "-Facebook  X  Email",
         "-Back to news",
         "-Related news",
         "-Winter opening times: what changes from 1 November",
         "-Sign up to our e-newsletter for animal news and offers",
         "-Plan your visit  Getting here  Accessibility  FAQs  Contact us",
         "-Opening times  Prices  Annual passes",
         "-Privacy  Cookies  Terms and conditions",
         "-© Hollins Vale Zoo 2026"],
    ]),
    "fr-critique-litteraire": _page("fr", "fr-critique-litteraire", [
        ["-La Page Tournée",
         "-Le magazine des livres",
         "-Romans  Essais  Polars  Jeunesse  BD  Entretiens  Agenda",
         "-Newsletter",
         "-Rechercher",
         "-S'abonner  Se connecter",
         "-Accueil › Critiques › Romans français"],
        ["+« Les Eaux basses », d'Hélène Marcoux : l'été où la rivière s'est tue",
         "+Dans son troisième roman, la romancière raconte la sécheresse d'un village du Sud à travers les "
         "yeux d'une adolescente. Un livre bref et tendu.",
         "-Par Antoine Lemerle",
         "-Publié le 27 novembre 2026 à 08h00",
         "-Lecture 3 min.",
         "-Partager"],
        ["+On avait laissé Hélène Marcoux avec un roman choral foisonnant. La voici qui revient avec 160 pages "
         "sèches comme la terre qu'elles décrivent.",
         "+Nour a quinze ans l'été où la rivière de Vauclarge cesse de couler. Son père vend ses bêtes une à "
         "une, sa mère ne dit rien, et le village attend la pluie en faisant semblant de rien.",
         "+« Personne ne parlait de l'eau. On parlait du prix du fourrage, de la chaleur, du match. »",
         "+Une langue au cordeau",
         "+Marcoux écrit à hauteur d'enfant sans jamais minauder. Les phrases sont courtes, les dialogues "
         "rares, et chaque scène tient en deux pages.",
         "+Le livre en bref",
         "+Éditeur : Éditions du Gué",
         "+Pages : 160",
         "+Prix : 18 €",
         "+Notre note : ★★★★☆"],
        ["-Acheter chez votre libraire",
         "-Mots-clés : roman, rentrée littéraire, sécheresse",
         "-À lire aussi",
         "-Prix des lectrices : la sélection de décembre dévoilée",
         "-Recevez chaque jeudi nos coups de cœur dans votre boîte mail",
         "-Votre adresse e-mail",
         "-Je m'inscris",
         "-Qui sommes-nous  Contact  Publicité  Mentions légales  CGV",
         "-Gérer mes cookies",
         "-© La Page Tournée 2026 – Tous droits réservés"],
    ]),
    "fr-mediatheque-actualite": _page("fr", "fr-mediatheque-actualite", [
        ["-Aller au contenu principal",
         "-Réseau des médiathèques de Val-Corbière",
         "-Mon compte lecteur",
         "-Rechercher dans le catalogue",
         "-Accueil  Infos pratiques  Agenda  Ressources numériques  Nos médiathèques",
         "-Horaires et accès",
         "-Vous êtes ici : Accueil > Actualités"],
        ["+La médiathèque Louise-Arnaud rouvre le 6 janvier après huit mois de travaux",
         "-Publié le 02/12/2026",
         "-Mis à jour le 02/12/2026",
         "-Actualité"],
        ["+Fermée depuis avril, la médiathèque du centre-ville rouvrira ses portes le mardi 6 janvier à "
         "10 heures, avec des espaces entièrement repensés.",
         "+Ce qui change",
         "+– un espace jeux vidéo et un atelier numérique au rez-de-chaussée ;",
         "+– une salle d'étude de 40 places, ouverte jusqu'à 20 heures en semaine ;",
         "+– des automates de prêt et de retour accessibles 24 heures sur 24.",
         "+Les nouveaux horaires",
         "+Mardi, jeudi, vendredi : 10 h – 19 h",
         "+Mercredi et samedi : 10 h – 18 h",
         "+Pendant la fermeture, les documents empruntés peuvent être rendus dans les autres médiathèques du "
         "réseau, sans pénalité de retard.",
         "+Une inauguration publique aura lieu le samedi 10 janvier à 11 heures, en présence des auteurs "
         "jeunesse de la résidence d'hiver."],
        ["-Imprimer",
         "-Partager sur Facebook",
         "-Partager par e-mail",
         "-Retour à la liste des actualités",
         "-Ces actualités peuvent vous intéresser",
         "-Nuit de la lecture : le programme du 18 janvier"],
        ["-Contact  Plan du site  Accessibilité : partiellement conforme  Mentions légales  Données personnelles",
         "-Communauté de communes de Val-Corbière",
         "-Suivez-nous sur Facebook et Instagram",
         "-Portail propulsé par Bibliomatik",
         "-Ce site utilise des cookies pour mesurer son audience. Tout accepter  Tout refuser  Personnaliser"],
    ]),
    "de-marktkommentar-bank": _page("de", "de-marktkommentar-bank", [
        ["-Kreisbank Lindtal eG",
         "-Privatkunden  Firmenkunden  Private Banking  Über uns",
         "-Suche",
         "-Kontakt & Service: 07341 555-0",
         "-Online-Banking Login",
         "-Filiale finden",
         "-Startseite > Privatkunden > Geldanlage > Marktkommentar"],
        ["+Wochenausblick: Zinssenkung im Dezember gilt als ausgemacht",
         "-Marktkommentar vom 1. Dezember 2026",
         "-Autor: Dr. Felix Aumann, Chefvolkswirt",
         "-Lesedauer: 3 Minuten"],
        ["+Die Märkte haben sich festgelegt: Für die Notenbanksitzung am 11. Dezember wird eine Senkung des "
         "Leitzinses um 0,25 Prozentpunkte fast vollständig eingepreist.",
         "+Unsere Einschätzung im Überblick",
         "+Aktien: neutral",
         "+Anleihen: leicht übergewichten",
         "+Gold: neutral",
         "+Liquidität: untergewichten",
         "+„Wer jetzt noch in Tagesgeld parkt, sollte sich auf sinkende Zinsen einstellen“, sagt Chefvolkswirt "
         "Felix Aumann.",
         "+Für Sparer heißt das: Festgeldangebote mit längerer Laufzeit dürften in den kommenden Wochen weiter "
         "sinken.",
         "+Was die Woche bringt",
         "+Am Mittwoch folgen die Inflationsdaten für November, am Freitag der Arbeitsmarktbericht. Beide "
         "dürften die Erwartungen eher bestätigen als verändern."],
        ["-Wichtige Hinweise: Diese Information stellt keine Anlageberatung dar. Wertentwicklungen der "
         "Vergangenheit sind kein verlässlicher Indikator für künftige Ergebnisse.",
         "-Als PDF herunterladen",
         "-Seite drucken",
         "-Seite teilen",
         "-Marktkommentar per E-Mail abonnieren",
         "-Termin vereinbaren",
         "-Weitere Marktkommentare",
         "-Rückblick: Warum der Goldpreis im November zulegte"],
        ["-Impressum  Datenschutz  Preise und Leistungen  Barrierefreiheit  Cookie-Einstellungen",
         "-BIC: GENODEF1LDT  Sperr-Notruf 116 116",
         "-© 2026 Kreisbank Lindtal eG"],
    ]),
    "de-verbraucherwarnung": _page("de", "de-verbraucherwarnung", [
        ["-Verbraucherbüro Nordmark",
         "-Beratung  Themen  Musterbriefe  Warnungen  Termine  Presse",
         "-Suche",
         "-Newsletter abonnieren",
         "-Beratungstermin buchen",
         "-Schriftgröße  Leichte Sprache  Gebärdensprache",
         "-Startseite › Warnungen › Internet & Telefon"],
        ["+Warnung: Gefälschte Paket-SMS fordern „Zollgebühr“ von 1,99 Euro",
         "-Stand: 28.11.2026",
         "-Warnung"],
        ["+Derzeit erhalten viele Menschen SMS, die angeblich von einem Paketdienst stammen. Darin heißt es, "
         "eine Sendung liege beim Zoll und werde erst nach Zahlung einer kleinen Gebühr zugestellt.",
         "+Bekannt sind bisher Nachrichten mit den Absendern „Paketinfo“ und „Zustell-Service“, aber auch von "
         "unbekannten Handynummern.",
         "+So erkennen Sie die Betrugs-SMS",
         "+• Der Link führt nicht auf die offizielle Seite des Paketdienstes.",
         "+• Sie werden aufgefordert, Kreditkartendaten einzugeben.",
         "+• Die Nachricht erzeugt Zeitdruck („heute noch zahlen“).",
         "+„Die 1,99 Euro sind nur der Köder. Die Betrüger wollen die Kartendaten“, sagt Juristin Sabine "
         "Hollerbach.",
         "+Das sollten Sie jetzt tun",
         "+Klicken Sie nicht auf den Link und löschen Sie die Nachricht. Wenn Sie bereits Daten eingegeben "
         "haben, lassen Sie Ihre Karte sofort sperren und erstatten Sie Anzeige bei der Polizei.",
         "+Seriöse Paketdienste verlangen Zollgebühren nie per SMS-Link, sondern bei der Zustellung oder über "
         "ihr Kundenkonto."],
        ["-War diese Seite hilfreich?  Ja  Nein",
         "-Seite drucken",
         "-Teilen per E-Mail",
         "-Ihnen ist Ähnliches passiert? Melden Sie uns den Fall über unser Beschwerdeformular.",
         "-Mehr Warnungen",
         "-Das könnte Sie auch interessieren",
         "-Abo-Falle bei Fitness-Apps: So kündigen Sie richtig"],
        ["-Gefördert durch das Ministerium für Verbraucherschutz des Landes",
         "-Folgen Sie uns: Instagram · Mastodon · YouTube",
         "-Impressum  Datenschutz  Barrierefreiheitserklärung  Kontakt",
         "-Cookie-Einstellungen",
         "-© Verbraucherbüro Nordmark e.V. 2026"],
    ]),
    "it-ufficio-turistico": _page("it", "it-ufficio-turistico", [
        ["-Pro Loco Roccafosca",
         "-IT  EN  DE",
         "-Scopri  Dormire  Mangiare  Eventi  Itinerari  Info utili",
         "-Cerca",
         "-Prenota il tuo soggiorno",
         "-Ufficio informazioni: 0575 555 210",
         "-Home » News"],
        ["+Torna il presepe vivente nel borgo: 140 figuranti per tre sere",
         "-1 dicembre 2026",
         "-Eventi, Natale"],
        ["+Dopo due anni di pausa, il presepe vivente di Roccafosca torna a riempire i vicoli del centro "
         "storico il 26, 27 e 28 dicembre.",
         "+Il percorso",
         "+Si parte da Porta San Rocco e si sale fino alla chiesa di Santa Lucia, attraversando 22 scene "
         "allestite nelle cantine e nelle botteghe del borgo.",
         "+Orari e biglietti",
         "+26 dicembre: dalle 17 alle 21",
         "+27 dicembre: dalle 17 alle 21",
         "+28 dicembre: dalle 16 alle 20",
         "+Ingresso: 8 euro, gratuito fino a 12 anni",
         "+«Tutto il paese partecipa: c'è chi cuce i costumi da settembre», racconta Franca Meloni, "
         "presidente della Pro Loco.",
         "+Si consiglia di arrivare con le navette gratuite dal parcheggio di via Vecchia, perché il centro è "
         "chiuso al traffico."],
        ["-Condividi su Facebook",
         "-Condividi su WhatsApp",
         "-Scarica la brochure (PDF, 2,4 MB)",
         "-Torna alle news",
         "-Potrebbe interessarti anche",
         "-Mercatini di Natale in Valdorsa: le date 2026"],
        ["-Iscriviti alla newsletter per ricevere gli eventi del mese",
         "-Seguici su Instagram",
         "-Pro Loco Roccafosca APS – Piazza del Comune 1 – C.F. 92011240513",
         "-Privacy policy  Cookie policy  Credits",
         "-Sito realizzato con il contributo della Regione",
         "-Questo sito utilizza cookie tecnici e di terze parti. Accetta  Rifiuta  Personalizza"],
    ]),
    "it-lotteria-estrazione": _page("it", "it-lotteria-estrazione", [
        ["-Il Corriere di Valsenna",
         "-Edizione digitale",
         "-Cronaca  Politica  Sport  Cultura  Economia  Necrologie",
         "-Abbonati  Accedi",
         "-Cerca",
         "-Home / Cronaca / Castel Brugiano"],
        ["+Lotteria di Sant'Andrea, ecco tutti i biglietti vincenti",
         "+Estratti domenica sera in piazza i venti premi della lotteria organizzata dalla Croce Verde: il "
         "primo, un'utilitaria, è andato a un biglietto venduto in farmacia.",
         "-di Redazione",
         "-30 novembre 2026 – 09:12",
         "-Tempo di lettura: 2 min"],
        ["+Sono stati oltre 9.000 i biglietti venduti quest'anno, un record per la lotteria che finanzia "
         "l'acquisto di una nuova ambulanza.",
         "+I numeri estratti",
         "+1° premio, utilitaria: serie B n. 04127",
         "+2° premio, bicicletta elettrica: serie A n. 11890",
         "+3° premio, televisore 55 pollici: serie C n. 00736",
         "+4° premio, buono spesa da 300 euro: serie A n. 07512",
         "+L'elenco completo dei venti numeri è esposto nella bacheca della Croce Verde e nelle tabaccherie "
         "del paese.",
         "-PUBBLICITÀ",
         "+I vincitori hanno tempo fino al 31 gennaio per ritirare i premi nella sede di via dei Tigli, "
         "presentando il biglietto originale.",
         "+«Grazie a tutti: con questi soldi l'ambulanza è praticamente pagata», ha detto il presidente della "
         "Croce Verde, Luigi Perna."],
        ["-Condividi  Facebook  X  WhatsApp  Email",
         "-© RIPRODUZIONE RISERVATA",
         "-Segui Il Corriere di Valsenna su Google News",
         "-Mostra commenti (3)",
         "-Leggi anche",
         "-Castel Brugiano, chiude per lavori il ponte sul torrente",
         "-I più letti",
         "-Scarica l'app del Corriere di Valsenna"],
        ["-Direttore responsabile: Sergio Bellandi",
         "-Chi siamo  Pubblicità  Privacy  Cookie policy  Contatti",
         "-Gestisci consenso cookie"],
    ]),
    "pl-gazeta-studencka": _page("pl", "pl-gazeta-studencka", [
        ["-Przejdź do treści",
         "-Kampus – niezależny miesięcznik studentów Akademii Grodzkiej w Lipowcu",
         "-Uczelnia  Miasto  Kultura  Sport  Felietony  Archiwum numerów",
         "-Facebook  Instagram  TikTok",
         "-Szukaj…",
         "-Napisz do nas"],
        ["+Akademik przy Parkowej do remontu. Gdzie zamieszkają studenci?",
         "-Zuzanna Maj",
         "-fot. Kacper Wołek",
         "-30 listopada 2026",
         "-Uczelnia"],
        ["+Od lutego dom studencki „Jaskółka” przy ulicy Parkowej będzie zamknięty. Remont ma potrwać półtora "
         "roku, a 212 mieszkańców musi znaleźć nowe miejsca.",
         "+Co proponuje uczelnia",
         "+Prorektor ds. studenckich przedstawił trzy rozwiązania:",
         "+1. miejsca w dwóch pozostałych akademikach, ale w pokojach trzyosobowych;",
         "+2. dopłatę 400 zł miesięcznie do wynajmu prywatnego mieszkania;",
         "+3. pokoje w hotelu asystenckim dla doktorantów.",
         "+„Nikt nie zostanie bez dachu nad głową, ale wiemy, że to będzie trudny rok” – zapewnia prorektor "
         "dr hab. Michał Sadowy.",
         "+Studenci mają wątpliwości",
         "+Samorząd studencki zebrał w tydzień ponad 600 podpisów pod apelem o przesunięcie remontu na "
         "wakacje. Odpowiedź władz uczelni ma przyjść do połowy grudnia."],
        ["-Udostępnij",
         "-Tagi: akademik, remont, samorząd studencki",
         "-Poprzedni artykuł  Następny artykuł",
         "-Dodaj komentarz",
         "-Przeczytaj również",
         "-Juwenalia 2027 bez koncertu na stadionie?",
         "-Szukamy dziennikarzy, fotografów i grafików! Dołącz do redakcji",
         "-Nowy numer „Kampusu” do wzięcia w każdym budynku uczelni"],
        ["-Kontakt  Redakcja  Ogłoszenia  Polityka prywatności",
         "-© 2026 Kampus. Wszelkie prawa zastrzeżone.",
         "-Strona korzysta z plików cookie. OK"],
    ]),
    "pl-zbiorka-aktualizacja": _page("pl", "pl-zbiorka-aktualizacja", [
        ["-Zbiórkownia.pl",
         "-Załóż zbiórkę",
         "-Przeglądaj zbiórki  Jak to działa  Cennik  Pomoc",
         "-Zaloguj się"],
        ["-Zbiórki › Zwierzęta › Nowy dach dla schroniska „Ciepła Buda”",
         "-Zebrano 48 350 zł z 60 000 zł",
         "-81%",
         "-1 204 wspierających",
         "-Wspieram",
         "-Aktualizacje (4)  Opis  Wspierający"],
        ["+Aktualizacja nr 4: dach nad psiarnią gotowy!",
         "-Dodano 29 listopada 2026",
         "+Kochani, mamy to! W czwartek dekarze położyli ostatnie arkusze blachy nad psiarnią. Pierwszy raz "
         "od trzech lat psy przetrwają zimę bez przeciekających boksów.",
         "+Na co poszły pieniądze",
         "+Blacha i obróbki: 21 400 zł",
         "+Więźba i łaty: 12 900 zł",
         "+Robocizna: 9 800 zł",
         "+Rynny i odprowadzenie wody: 3 100 zł",
         "+„Pierwszej nocy po deszczu chodziłam po boksach z latarką i nie mogłam uwierzyć, że jest sucho” – "
         "pisze kierowniczka schroniska, Beata Krawiec.",
         "+Zostało nam jeszcze 11 650 zł do zebrania na ocieplenie kociarni. Każda wpłata przybliża nas do "
         "celu.",
         "+Zdjęcia z budowy wrzucimy w przyszłym tygodniu. Dziękujemy, że jesteście z nami!"],
        ["-Udostępnij zbiórkę",
         "-Skopiuj link",
         "-Zgłoś nadużycie",
         "-Organizator: Fundacja Ciepła Buda · Zweryfikowano",
         "-Ostatnie wpłaty",
         "-Anonimowy wspierający – 50 zł",
         "-Marta – 100 zł"],
        ["-Regulamin  Polityka prywatności  Bezpieczeństwo płatności  Kontakt",
         "-Płatności obsługuje Przelewy24",
         "-© 2026 Zbiórkownia.pl"],
    ]),
    "ru-radio-programma": _page("ru", "ru-radio-programma", [
        ["-Радио «Волна Заречинска» 101,4 FM",
         "-Слушать онлайн",
         "-Вход",
         "-Эфир  Программы  Ведущие  Подкасты  Новости  Реклама на радио",
         "-Сейчас в эфире: «Вечерний чай» с Анной Дроздовой",
         "-Главная / Программы / «Городской час»"],
        ["+«Городской час»: куда пропали зимние автобусы до дачных посёлков",
         "-Выпуск от 1 декабря 2026",
         "-Ведущий: Константин Берёзкин",
         "-Слушать выпуск  52:14",
         "-Скачать MP3"],
        ["+С 1 декабря в Заречинске отменили шесть пригородных автобусных маршрутов, которые зимой возили "
         "жителей в садовые товарищества. В студии «Городского часа» разбирались, почему это произошло и что "
         "делать тем, кто живёт за городом круглый год.",
         "+Гости программы:",
         "+Ирина Шмелёва, заместитель начальника управления транспорта;",
         "+Виктор Лаптев, председатель СНТ «Рябинка»;",
         "+Олеся Корнеева, жительница посёлка Сосновый.",
         "+Главное из эфира",
         "+По словам Ирины Шмелёвой, маршруты отменили из-за того, что зимой ими пользовались в среднем "
         "восемь человек в день.",
         "+«Нас здесь круглый год живёт больше двухсот семей, просто зимой мы ездим рано утром, когда никто не "
         "считает», — возразил Виктор Лаптев.",
         "+Мэрия пообещала до 20 декабря провести новый подсчёт пассажиров и вернуться к вопросу в январе.",
         "+Пока жителям посёлков советуют пользоваться маршрутом № 112, который останавливается на трассе в "
         "трёх километрах от Соснового."],
        ["-Задать вопрос в эфир: +7 (8452) 55-01-01, WhatsApp и Telegram",
         "-Поделиться",
         "-Комментарии (4)",
         "-Все выпуски программы",
         "-Предыдущий выпуск: «Городской час» от 24 ноября",
         "-Подписывайтесь на наш подкаст в Яндекс Музыке и ВКонтакте"],
        ["-Сетка вещания  Частоты в районах  Контакты  Вакансии  Политика конфиденциальности",
         "-Реклама на радио: reklama@volna-zarechinsk.ru",
         "-© 2026 Радио «Волна Заречинска». 16+",
         "-Сайт использует файлы cookie"],
    ]),
    "ru-agregator-syuzhet": _page("ru", "ru-agregator-syuzhet", [
        ["-НовоСбор",
         "-Главное  Политика  Экономика  Общество  Спорт  Технологии  Мой регион",
         "-Найти новости",
         "-Войти",
         "-Регион: Северогорск"],
        ["+В Северогорске с 1 января подорожает проезд в общественном транспорте",
         "-Сюжет собран из 14 источников · обновлено 12:40"],
        ["+Стоимость разовой поездки в автобусах и трамваях Северогорска с 1 января вырастет с 46 до 52 "
         "рублей, сообщает «Северогорская правда».",
         "+По данным мэрии, тариф по транспортной карте составит 44 рубля вместо 40.",
         "+Цены на проездные",
         "+Месячный проездной на все виды транспорта: 2 400 рублей (было 2 150)",
         "+Студенческий: 900 рублей (без изменений)",
         "+Школьный: 600 рублей (без изменений)",
         "+«Повышение связано с ростом цен на топливо и запчасти», — пояснил «Городским вестям» вице-мэр "
         "Андрей Чурилов.",
         "+Льготы для пенсионеров сохранятся, уточнили в департаменте транспорта.",
         "+В Заречном районе при этом продолжат ходить бесплатные школьные автобусы."],
        ["-Источники:",
         "-Северогорская правда · 11:58",
         "-Городские вести · 12:15",
         "-ТВ-7 Северогорск · 12:31",
         "-Показать ещё 11 источников"],
        ["-Подписаться на сюжет",
         "-Поделиться",
         "-Сообщить об ошибке",
         "-Похожие сюжеты",
         "-В Северогорске выросли тарифы на такси",
         "-Все новости региона",
         "-Сервис агрегирует материалы СМИ; ответственность за их содержание несут источники.",
         "-О сервисе  Для СМИ  Пользовательское соглашение  Конфиденциальность",
         "-© 2026 НовоСбор"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_29_line, test_held_out_29_line_is_kept, test_held_out_29_page = held_out_tests(
    HELD_OUT_29_LINES, HELD_OUT_29_KEEP, HELD_OUT_29_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
