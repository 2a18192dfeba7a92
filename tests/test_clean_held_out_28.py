"""Held-out set 28: written blind, weighted toward whole scraped pages in layouts sets 22 to 27 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 27) nor ``git log``,
``git show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``), the
``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py, the same way), the
docstring of held-out set 27, its imports, its ``_page`` helper and its last lines (``_marks``, the
xfail tables and the three test functions, printed from ``def _marks`` on with an ast script that
printed nothing of its lists) and scripts/clean_held_out_report.py (in full) were read. The layouts
to avoid were taken from the brief's list and set 27's docstring. Slips: (1) ``git status --short |
head`` was run in /work/main at the start, to see whether the tree was clean; it printed nothing;
(2) a ``grep`` for pytest settings in pyproject.toml/pytest.ini/setup.cfg printed the one line
``testpaths = ["tests"]``; (3) ``ls /work/main/tests/fixtures`` was run by mistake inside a command
with its output discarded (``| head -0``), so it printed nothing; (4) ``git -C /work/main log -1
--format=%h`` was run by mistake with its output discarded (``| head -0``), so it printed nothing;
(5) the measuring pytest run (``-rA``) printed the tracebacks of the failing cases, which show only
this file's test functions and the ``_problems`` messages. ``git worktree add`` was run with its
output discarded; the English fixture was not printed. Nothing below was copied from any file of
the repository. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles and every person, company, union, magazine, site, festival,
band, studio, game, law firm, hospital, wiki, newsletter, town, village and river in them are
invented (only noise lines name real platforms and services, as real pages do: Google Play, App
Store, LinkedIn, Instagram, YouTube, TikTok, Spotify, TicketOne, Wykop, Telegram, Creative Commons,
Unisender, and a European Union funding line; the line list also names AFP, WhatsApp, VKontakte and
Odnoklassniki). The kinds set 27's docstring names as missed (the Instagram embed placeholder, the
German embed label, a "have your say" comment invitation, and set 26's "story continues below"
markers, registration footers, price notices, "the editors' opinion may differ" notices and gallery
counters) were not reused. The set was measured once against a frozen cleaner (worktree /tmp/wt-s28
at commit 2597616) and every failing case is marked as a strict xfail whose reason describes the
line or page, not a rule. Before the measurement the pages mapping was corrected to the
``{name: _page(...)}`` form, and a few real names in page articles and page noise (a Portuguese
town, a country, a British city, a British union, and French, Italian and Polish cities and a
Polish river) were replaced by invented ones; no page was completed or changed otherwise, and
nothing was changed after it but the xfail tables and this docstring. The per-case problems were
read out once with ``_problems`` in the frozen worktree, to write the xfail reasons.
scripts/clean_held_out_report.py needed no change: it finds a set by its number, so ``--sets 28``
works as it is.

Judgement calls: in en-paywall-teaser the standfirst, the "Key points" heading and its three
bullets and the teaser paragraphs above the paywall are article, and the byline with the
correspondent's title, the update stamp, "Gift this article", the whole paywall box (offer, price,
sign-in, subscriptions) and the topics/reuse/related/promoted lines are noise; in
en-transit-service-update the stop rows, the "Allow up to 20 extra minutes" sentence, the
"Accessibility" part with the assistance phone number and the engineer's quote are article (the
notice's content), and the live-status line, "Last updated" stamp, print/share, helpfulness widget,
alerts sign-up, app-store badges and "Other planned works" with its entry are noise; in
fr-critique-theatre the credits rows (text and direction, cast, set design) and "Notre avis : 4/5"
are article, and "Réserver vos places", the reading time and the photo credit are noise; in
fr-blog-startup the author card (name, role, date, reading time) and the demo/careers/newsletter
calls to action are noise, the numbered steps, the quote and the "Prochaine étape" sentence article;
in de-autotest the spec rows under "Technische Daten" and the "Fazit" part are article, the
price-comparison link and its affiliate footnote noise; in de-agrarmagazin the cost rows and the
farmer's quote are article, the market-price row in the header, "Artikel merken" and the photo
credit noise; in it-festival-lineup the day rows, the director's quote and the ticket-price sentence
are article, the "Acquista i biglietti su TicketOne" button noise; in it-blog-studio-legale the
numbered conditions and both subheadings are article, and the "not legal advice" disclaimer, the
consultation plea, the office list and the firm's VAT line are noise; in pl-aktualnosci-szpitala
the bullets, the head of department's quote and the registration and funding sentences are article,
the EU co-funding line, view count and the registration phone line in the footer noise; in
pl-newsy-gry the rows under "Co wiemy o grze" are article, the comment count, follow button,
pre-order price box and comment-sort line noise; in ru-wiki-statya the infobox rows (district,
population, first mention), the section headings and the sights list are article, and the "from
Kraeved-Wiki" line, the disambiguation hatnote, the stub notice, the table of contents, the
categories and the tools/print/PDF links are noise; in ru-rassylka-arhiv the issue's title, lead,
"Главное" with three numbered items, "Цитата недели" with its quote and "Куда сходить" with two
event rows are article, and the issue number/date line, the sponsor line, the reader-feedback,
reply and news-bot lines and the mail footer are noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 249 noise lines (20 to 21 a page) and 133 article lines:
en-paywall-teaser (a business daily's paywalled story: masthead, subscribe offer, sign-in, menu,
section, title and standfirst, byline, update stamp, gift link, "Key points" with three bullets,
four teaser paragraphs with a quote, the paywall box of six lines, topics, reuse, more-on-this-topic
with a headline, promoted content, legal links, copyright), en-transit-service-update (a transport
operator's planned-works notice: operator name, menu, log-in, live status, breadcrumb, label, update
stamp, "What this means for your journey" with four stop rows, "Accessibility" with a quote,
print/share, helpfulness widget, alerts sign-up, app and store badges, other planned works, follow
line, footer links, operator line, copyright), fr-critique-theatre (a performing-arts magazine's
review: magazine name, menu, subscribe/log-in, breadcrumb, label, title and lead, byline, date,
reading time, photo credit, a pull quote, "Une distribution sans faiblesse" subheading, credits rows
and rating, booking button, share, keywords, related headline, newsletter form of three lines,
publisher line, legal links, copyright), fr-blog-startup (a logistics start-up's engineering blog:
product name, menu, log-in, free-trial button, breadcrumb, category, author card of four lines,
"Le point de départ" and "Les résultats" subheadings, a numbered list, a quote, demo and careers
calls, share, similar articles, newsletter, product links, company line, legal links, copyright,
cookie banner), de-autotest (a car magazine's test drive: magazine name, menu, subscription and
log-in, breadcrumb, label, byline, date, reading time, photo credit, an ad label between paragraphs,
"Technische Daten" rows, "Fazit", price comparison with affiliate footnote, share, comment count,
more tests with a headline, newsletter, legal links, copyright), de-agrarmagazin (a farming
magazine's article: magazine name, menu, search, trial offer, subscriber log-in, market-price row,
breadcrumb, author, date, bookmark, photo credit, a farmer's quote, an ad label, "Was der Umbau
gekostet hat" with four cost rows, related headline, share, print, subscription plea, social line,
legal links, publisher line, cookie settings), it-festival-lineup (a music site's festival news:
site name, menu, search, log-in, breadcrumb, label, byline, date, reading time, an ad label, "Il
programma giorno per giorno" with three day rows, a quote, ticket prices, ticket button, share,
tags, related headline, newsletter, social line, press-registration line, VAT/privacy line, cookie
preferences, copyright), it-blog-studio-legale (a law firm's blog post: firm name, menu,
consultation button, phone, blog search, breadcrumb, author, date, categories, reading time, two
subheadings, a numbered list of three conditions, disclaimer, consultation plea, share, back link,
related article, newsletter, offices, VAT line, legal links, copyright), pl-aktualnosci-szpitala (a
county hospital's news item: skip link, BIP/accessibility-statement links, contrast and font-size
switch, hospital name, menu, breadcrumb, date, author, view count, a bullet list under a subheading,
a doctor's quote, EU co-funding line, print, share, back link, see-also with a headline,
registration phone, address, legal links, copyright, cookie banner), pl-newsy-gry (a video-game news
site: site name, menu, search, log-in, platform tabs, breadcrumb, author, date, comment count,
follow button, a quote, an ad label, "Co wiemy o grze" rows, tags, share, pre-order box, read-also
with a headline, comments heading, log-in-to-comment, comment sort, legal links, copyright),
ru-wiki-statya (a wiki-style encyclopedia page on a village: skip-to-navigation line, main menu,
search, log-in, article/talk and read/edit/history tabs, title, "from Kraeved-Wiki" line,
disambiguation hatnote, stub notice, lead, three infobox rows, table of contents, three section
headings, a bullet list, categories, retrieved-from line, tools, print/PDF links, last-edited line,
licence line, footer links), ru-rassylka-arhiv (a local newsletter's issue in its web archive:
view-in-browser, archive, subscribe, previous/next issue, newsletter name, issue number and date,
title, lead, "Главное" with three numbered items, an ad label and sponsor line, "Цитата недели"
with a quote, "Куда сходить" with two event rows, donation plea, feedback widget, reply invitation,
news-bot line, forward-to-a-friend, advertising contact, add-to-contacts, why-you-got-this,
unsubscribe, postal address, copyright, sent-via line); every page holds a list, subheading, pull
quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit 2597616, measured with
``cd /tmp/wt-s28 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s28/src python -m pytest
-q tests/test_clean_held_out_28.py -rA -p no:cacheprovider`` (11 failed, 66 passed) and
``cd /tmp/wt-s28 && PYTHONPATH=/tmp/wt-s28/src python scripts/clean_held_out_report.py --sets 28``,
with the xfail tables empty): noise lines removed 41/45 (marker 7/7, reading-time 7/7, byline 6/7,
footer 5/5, comments 6/6, share 5/5, notice 3/5, other 2/3; missed: the English tip-off line "Got a
story? Email ... or call ...", the French paywall notice "Cet article est réservé aux abonnés. Il
vous reste 72 % à découvrir.", the Polish byline "Oprac. Katarzyna Wilczek" and the Polish
partner-material notice "Artykuł jest materiałem promocyjnym partnera."); keep lines kept 20/20;
pages 5/12 clean (en-transit-service-update, fr-blog-startup, de-autotest, pl-aktualnosci-szpitala,
pl-newsy-gry), 28 of 249 page noise lines left, 16 article lines lost (1 on en-paywall-teaser, 4 on
fr-critique-theatre, 11 on ru-wiki-statya): en-paywall-teaser 1 (subscribe offer) and the "Key
points" heading lost, fr-critique-theatre 1 (menu) and the three credits rows and the rating lost,
de-agrarmagazin 2 (menu, market-price row), it-festival-lineup 1 (menu), it-blog-studio-legale 3
(firm name, menu, author line), ru-wiki-statya 9 (the whole header of six lines, the "from
Kraeved-Wiki" line, the hatnote and the stub notice) and everything after the lead sentence lost
(three infobox rows, three headings, two paragraphs, three bullets), ru-rassylka-arhiv 11 (the
sponsor line and the ten lines of the mail footer from the donation plea to "sent via Unisender",
except the advertising contact and the copyright). The failing cases are strict xfails.

Still held out after session 14's round 26 (developed on set 27 only; the lead saw only this
docstring and the xfail reasons): measured once at 50d223b with ``python
scripts/clean_held_out_report.py --sets 28`` and ``pytest tests/test_clean_held_out_28.py``: exactly
as the baseline (lines 41/45, keep 20/20, pages 5/12 clean, 28 of 249 page noise lines left, 16
article lines lost); no strict xfail started passing (66 passed, 11 xfailed).

Round 27 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 28`` and ``pytest tests/test_clean_held_out_28.py`` at
83bc03c (before; the cleaner as at 50d223b) and b288dec (after): article lines lost 16 -> 0 (first,
as a class: the wiki page's body was cut after its lead because the body's densest run of prose
ended there and the walk down stopped at its infobox rows, table of contents and section headings;
a wiki's frame in six languages is now its noise, a table of contents (a header over entries
numbered from 1, one a line or all on one line) is noise, the infobox rows under the lead are the
article's card once the contents are gone, and a list that is one sentence cut into items, ";" ...
".", is the article's under any header; then a summary list's header under the title, "Key points",
stays with its items, and a review's credits and verdict rows under its last paragraph, two credits
of a making or a score, are the article's, which the second pass of the trailing-label and edge
walks no longer takes), noise lines 41 -> 45/45 (a tip-off line with the newsroom's contact, a
paywall's share left to read, an abbreviated role and name under the title, the page naming itself
an advertiser's material), keep lines 20/20, pages 5 -> 12/12 clean, page noise left 28 -> 0 of
249. All 11 strict xfails removed (66 -> 77 passed). The rules were written by kind of line in six
languages, each with a unit test of examples and near misses in tests/test_clean.py (round 27): a
wiki's frame (jump links, "from X, the free encyclopedia", the disambiguation hatnote, the stub
notice, the article/talk and read/edit/history tabs, the main menu, the search box naming the wiki,
the account links, the last-edited, retrieved-from and licence lines), a newsletter's mail footer
(why you got it, add us to contacts, unsubscribe and preferences, the postal address, the mailing
service, reply, forward to a friend) and its sponsor line, a priced subscribe button, a support plea
naming the site in quotes, a row of prices with trend arrows, and a menu printed with wide gaps in
the page's head. These figures are development figures: the set no longer measures wordings no rule
saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_28_LINES = [
    # English (15)
    ("body", "SKIP ADVERTISEMENT", "marker"),
    ("body", "READ MORE: Residents vent fury over new fortnightly bin collections", "marker"),
    ("head", "Estimated reading time: 5 minutes", "reading-time"),
    ("head", "3 minute read", "reading-time"),
    ("head", "By Harriet Colebrook, Local Democracy Reporting Service", "byline"),
    ("head", "Words by Tom Ashdown | Photography by Leila Marsh", "byline"),
    ("tail", "© 2026 Northgate Media Group Ltd. All rights reserved. Registered in England and Wales No. 04811236.",
     "footer"),
    ("tail", "Comments are closed for this article.", "comments"),
    ("tail", "Show comments (128)", "comments"),
    ("tail", "Share this article: Facebook · X · WhatsApp · Email", "share"),
    ("tail", "Share full article", "share"),
    ("head", "This article is more than 3 years old", "notice"),
    ("head", "We may earn a commission when you buy through links on our site.", "notice"),
    ("tail", "Got a story? Email newsdesk@northgateherald.co.uk or call 0161 496 0732", "other"),
    ("tail", "Topics: Local politics · Council tax · Planning", "other"),
    # French (6)
    ("body", "Publicité", "marker"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("head", "Par Camille Verdier (avec AFP)", "byline"),
    ("tail", "Mentions légales | Politique de confidentialité | Gestion des cookies | CGU", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("body", "Cet article est réservé aux abonnés. Il vous reste 72 % à découvrir.", "notice"),
    # German (6)
    ("body", "Lesen Sie auch: Was die neue Grundsteuer für Mieter bedeutet", "marker"),
    ("head", "Lesezeit: 3 Min.", "reading-time"),
    ("head", "Von Jonas Reinhold und Miriam Ostertag", "byline"),
    ("tail", "Impressum · Datenschutz · Cookie-Einstellungen · Barrierefreiheit", "footer"),
    ("tail", "Die Kommentarfunktion wurde für diesen Artikel deaktiviert.", "comments"),
    ("tail", "Diesen Artikel teilen", "share"),
    # Italian (6)
    ("body", "Leggi anche: Bonus casa, cosa cambia dal prossimo anno per le famiglie", "marker"),
    ("head", "Lettura: 4 min", "reading-time"),
    ("head", "di Giulia Ferrandi e Marco Tessitore", "byline"),
    ("tail", "Editoriale Lagunare S.r.l. – P.IVA 03581240278 – Tutti i diritti riservati", "footer"),
    ("tail", "Condividi su Facebook · Condividi su WhatsApp · Invia per email", "share"),
    ("head", "Questo sito utilizza cookie, anche di terze parti, per offrirti una migliore esperienza di navigazione.",
     "notice"),
    # Polish (6)
    ("body", "REKLAMA", "marker"),
    ("head", "Czas czytania: 5 min", "reading-time"),
    ("head", "Oprac. Katarzyna Wilczek", "byline"),
    ("tail", "Copyright © 2026 Grupa Medialna Przystań Sp. z o.o. Wszelkie prawa zastrzeżone.", "footer"),
    ("tail", "Pokaż komentarze (47)", "comments"),
    ("head", "Artykuł jest materiałem promocyjnym partnera.", "notice"),
    # Russian (6)
    ("body", "Читайте также: Власти объяснили рост тарифов ЖКХ с 1 июля", "marker"),
    ("head", "Время прочтения: 4 минуты", "reading-time"),
    ("head", "Текст: Елена Сорокина, фото: Илья Гранин", "byline"),
    ("tail", "Комментарии (15)", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · Telegram", "share"),
    ("tail", "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости", "other"),
]

HELD_OUT_28_KEEP = [
    # English (7)
    ("body", "The council's share of the average bill will rise by 4.99 per cent, the most it can add without "
             "calling a referendum."),
    ("body", "Comments from residents, gathered at three public meetings in the spring, ran to more than 400 pages."),
    ("body", "Read more than a thousand objections, the planning officer told the committee, and the same five "
             "worries keep coming back."),
    ("body", "The advertisement for the new chief executive's post closed on Friday with 38 applicants."),
    ("head", "By the time the vote was called, shortly after 11pm, only nine councillors were left in the chamber."),
    ("tail", "All rights to the riverside land will pass to the community trust when the current lease expires "
             "in 2031."),
    ("body", "Sign-ups for the food waste scheme, which opened in January, have already passed 2,300 households."),
    # French (3)
    ("body", "Publicité mensongère : c'est l'accusation que portent désormais trois associations de consommateurs "
             "contre l'opérateur."),
    ("body", "Partager les coûts entre l'État et les régions reste la principale pierre d'achoppement des "
             "négociations."),
    ("head", "Par 312 voix contre 198, les députés ont adopté le texte en première lecture mardi soir."),
    # German (3)
    ("body", "Von den 84 Millionen Euro entfallen allein 31 Millionen auf die Sanierung der Schulen."),
    ("body", "Anzeige erstattet hat inzwischen auch der Bund der Steuerzahler, wie ein Sprecher bestätigte."),
    ("tail", "Kommentare aus der Opposition fielen entsprechend scharf aus: Von einem „Haushalt auf Pump“ war "
             "die Rede."),
    # Italian (3)
    ("body", "Condividere i costi con la Regione era l'obiettivo dichiarato della giunta fin dall'inizio del "
             "mandato."),
    ("tail", "Tutti i diritti di prelazione sugli immobili restano al Comune fino al 2030, ha ricordato "
             "l'assessore."),
    ("body", "Di fronte alle 1.200 firme raccolte in due settimane, la giunta ha deciso di rinviare il voto."),
    # Polish (2)
    ("body", "Reklama na przystankach kosztowała miasto 180 tys. zł, choć kampania trwała zaledwie trzy tygodnie."),
    ("body", "Komentarze radnych opozycji były jednoznaczne: to budżet, który odkłada problemy na później."),
    # Russian (2)
    ("body", "Читайте сами, предложил депутат коллегам и раздал распечатки постановления прямо в зале."),
    ("body", "Комментарии в мэрии давать отказались, сославшись на продолжающуюся проверку."),
]


HELD_OUT_28_PAGES = {
    "en-paywall-teaser": _page("en", "en-paywall-teaser", [
        ["-The Calder Ledger",
         "-Subscribe for £1 a week",
         "-Sign in",
         "-Companies  Markets  Economy  Opinion  Work & Careers  Life & Arts",
         "-Companies / Manufacturing"],
        ["+Tessend Ceramics to shut Hallowmere kiln works as energy costs bite",
         "+The 140-year-old tableware maker will move production to its newer plant overseas, putting 310 jobs "
         "at risk"],
        ["-Rosalind Pemberton, Industry Correspondent",
         "-Updated 3 hours ago",
         "-Gift this article"],
        ["+Key points",
         "+• Kiln works to close by the end of September 2027",
         "+• Gas bill for the site has tripled since 2023",
         "+• Union says it was given no warning of the decision"],
        ["+Tessend Ceramics will close its kiln works in Hallowmere, ending more than a century of pottery "
         "making in the town, after its gas bill for the site tripled in three years.",
         "+The group told staff on Tuesday that firing and glazing would move to its factory overseas by the "
         "end of September next year. Design, sales and the factory shop will stay in Hallowmere, keeping about "
         "40 of the 350 jobs there.",
         "+“We have run out of ways to make a kiln pay in this country,” said chief executive Martin Oyelaran, "
         "who joined from a packaging group in 2024.",
         "+Dean Ellacott, regional officer for the Ceramic and Allied Workers' Union, said members had learnt of "
         "the closure “from a slide in the canteen” and called on the company to open its books."],
        ["-Subscribe to unlock this article",
         "-Try unlimited access",
         "-Only £1 for 4 weeks",
         "-Then £69 per month. Complete digital access to quality journalism on any device. Cancel anytime "
         "during your trial.",
         "-Already a subscriber? Sign in",
         "-Explore our full range of subscriptions"],
        ["-Follow the topics in this article: Manufacturing · Energy · UK jobs",
         "-Reuse this content",
         "-More on this topic",
         "-Energy-intensive industries warn of closures without price cap",
         "-Promoted Content",
         "-Help  Contact us  Accessibility  Cookies  Manage cookies  Terms & Conditions",
         "-© The Calder Ledger Ltd 2026. All rights reserved."],
    ]),
    "en-transit-service-update": _page("en", "en-transit-service-update", [
        ["-Kelvale Transport",
         "-Plan a journey  Live departures  Tickets & fares  Service updates  Help",
         "-Log in | My account",
         "-Live status: Good service on all other lines",
         "-Home > Service updates > Planned works",
         "-Planned engineering works",
         "-Last updated: 1 December 2026, 16:05"],
        ["+Tram line 2 closed between Ferrow Street and Mossbank Interchange, 12–15 December",
         "+Trams will not run between Ferrow Street and Mossbank Interchange from the first tram on Saturday "
         "12 December until the end of service on Tuesday 15 December while we replace worn track at the "
         "Tillery Road junction."],
        ["+What this means for your journey",
         "+Replacement buses will run every 8 minutes, stopping at:",
         "+Ferrow Street – stop F on Canal Place",
         "+Halden Park – outside the library",
         "+St Brannock's – stop SB2 on Union Row",
         "+Mossbank Interchange – bus station, stand 14",
         "+Allow up to 20 extra minutes for your journey. Tickets and passes are valid on replacement buses."],
        ["+Accessibility",
         "+All replacement buses are low-floor and can carry one wheelchair user. If you need help, speak to "
         "our staff at Ferrow Street or call our assistance line on 0300 555 0174.",
         "+“This track has carried trams for 22 years and the junction is now the most worn on the network,” "
         "said Priya Venkataraman, Kelvale Transport's head of infrastructure."],
        ["-Print this page",
         "-Share: Facebook  X  Email",
         "-Was this information helpful? Yes  No",
         "-Get service alerts by text or email",
         "-Sign up for alerts",
         "-Download the Kelvale Go app",
         "-Get it on Google Play",
         "-Download on the App Store"],
        ["-Other planned works",
         "-Line 4: weekend closures at Brack Hill, 9–10 January",
         "-Follow @KelvaleTransport for live updates",
         "-About us · Careers · Lost property · Accessibility · Privacy · Cookie settings",
         "-Kelvale Transport is operated by Kelvale Combined Authority.",
         "-© Kelvale Transport 2026"],
    ]),
    "fr-critique-theatre": _page("fr", "fr-critique-theatre", [
        ["-Le Souffleur",
         "-Scènes  Danse  Cirque  Opéra  Festivals  Agenda",
         "-S'abonner",
         "-Se connecter",
         "-Accueil › Scènes › Critiques",
         "-Critique"],
        ["+« Les Heures creuses » : une nuit blanche au bord de la rupture",
         "+Au Théâtre de la Balustrade, Ninon Adjovi met en scène trois veilleurs de nuit d'un hôtel de "
         "province. Un huis clos drôle et cruel."],
        ["-Par Sidonie Marchetti",
         "-Publié le 28 novembre 2026 à 09h15",
         "-Lecture : 4 min",
         "-© Lucien Faroux"],
        ["+Il est deux heures du matin à l'Hôtel du Commerce, et plus personne n'arrive. Derrière le comptoir, "
         "Odile, Firmin et le jeune Kevin tuent le temps en rejouant les disputes des clients de la veille.",
         "+Peu à peu, le jeu dérape : on apprend que l'hôtel sera vendu au printemps, et que l'un des trois a "
         "déjà signé ailleurs. La pièce bascule alors dans un règlement de comptes d'une précision redoutable.",
         "+« On ne ferme jamais vraiment un hôtel, on le laisse dormir. »"],
        ["+Une distribution sans faiblesse",
         "+Inès Caradec compose une Odile impériale, tout en silences, face à un Basile Montreuil qui fait de "
         "Firmin un clown fatigué. On regrettera seulement une dernière scène trop appuyée.",
         "+Texte et mise en scène : Ninon Adjovi",
         "+Avec : Inès Caradec, Basile Montreuil, Théo Rambert",
         "+Scénographie : Maud Lherbier",
         "+Notre avis : 4/5"],
        ["-Réserver vos places",
         "-Partager : Facebook · X · LinkedIn · E-mail",
         "-Mots-clés : théâtre, création, huis clos"],
        ["-À lire aussi",
         "-« Mademoiselle Ostende » : un seul-en-scène qui déborde",
         "-Recevez chaque jeudi notre sélection de spectacles",
         "-Votre adresse e-mail",
         "-Je m'inscris",
         "-Le Souffleur est édité par l'association Les Amis du Souffleur.",
         "-Mentions légales · Contact · Publicité · CGV",
         "-© Le Souffleur 2026 – Tous droits réservés"],
    ]),
    "fr-blog-startup": _page("fr", "fr-blog-startup", [
        ["-Cordeline",
         "-Produit  Tarifs  Clients  Ressources  Blog",
         "-Se connecter",
         "-Essai gratuit",
         "-Blog › Coulisses",
         "-Tech & produit"],
        ["+Comment nous avons divisé par trois le temps de calcul des tournées"],
        ["-Margaux Delaunay",
         "-Lead back-end chez Cordeline",
         "-18 novembre 2026",
         "-7 min de lecture"],
        ["+Chaque matin, nos clients lancent le calcul des tournées de leurs livreurs. Au printemps, pour les "
         "plus gros d'entre eux, ce calcul dépassait vingt minutes : les camions partaient avant que le "
         "planning ne soit prêt.",
         "+Le point de départ",
         "+Notre algorithme recalculait l'ensemble des tournées à chaque modification, même quand un seul "
         "colis changeait d'adresse. Nous avons procédé en trois étapes :",
         "+1. Mesurer avant de toucher au code, client par client.",
         "+2. Remplacer le calcul global par des calculs par zone de livraison.",
         "+3. Mettre en cache les distances entre dépôts et points de livraison fréquents.",
         "+« Le plus dur n'a pas été d'écrire le nouvel algorithme, mais de convaincre tout le monde de "
         "supprimer l'ancien. »"],
        ["+Les résultats",
         "+En production depuis septembre, le nouveau moteur calcule les tournées d'un client de 400 livreurs "
         "en six minutes et demie, contre dix-neuf auparavant.",
         "+Prochaine étape : recalculer en cours de journée, quand un livreur signale un retard."],
        ["-Vous aussi, optimisez vos tournées avec Cordeline.",
         "-Demander une démo",
         "-Partager sur LinkedIn",
         "-Articles similaires",
         "-Nous recrutons ! Découvrez nos offres",
         "-Abonnez-vous à notre newsletter produit"],
        ["-Produit · Intégrations · Sécurité · Statut du service · Carrières · Presse",
         "-Cordeline SAS – 14 rue des Tisserands – RCS 912 345 678",
         "-CGU · Confidentialité · Cookies",
         "-© 2026 Cordeline",
         "-Nous utilisons des cookies pour mesurer l'audience de ce site. Accepter / Refuser / Personnaliser"],
    ]),
    "de-autotest": _page("de", "de-autotest", [
        ["-MOTORBLICK",
         "-News  Tests  Elektro  Ratgeber  Gebrauchtwagen  Videos",
         "-Abo",
         "-Anmelden",
         "-Startseite › Tests › Fahrberichte",
         "-Fahrbericht"],
        ["+Varenta Solis E im Test: Viel Platz, wenig Reichweite im Winter",
         "+Der elektrische Kombi will Familien vom Verbrenner weglocken. Wir sind ihn drei Wochen und 1.200 "
         "Kilometer gefahren."],
        ["-Von Tobias Kernbach",
         "-02.12.2026, 07:30 Uhr",
         "-Lesezeit: 5 Minuten",
         "-Bild: Motorblick/Tobias Kernbach"],
        ["+Platz hat der Solis E reichlich: Hinten sitzen auch Erwachsene bequem, der Kofferraum schluckt 540 "
         "Liter. Die Verarbeitung ist ordentlich, nur die Klavierlack-Blenden sehen nach einer Woche verkratzt "
         "aus.",
         "+Auf der Autobahn zeigt sich die Schwäche: Bei Temperaturen um null Grad und Tempo 130 war nach 290 "
         "Kilometern Schluss. Im Stadtverkehr kamen wir dagegen auf gut 400 Kilometer.",
         "-Anzeige",
         "+Geladen wird mit maximal 135 kW. Von 10 auf 80 Prozent vergingen im Test 31 Minuten, etwas mehr als "
         "der Hersteller verspricht."],
        ["+Technische Daten",
         "+Antrieb: Elektromotor, 150 kW (204 PS)",
         "+Batterie: 68 kWh (netto)",
         "+Reichweite (WLTP): 455 km",
         "+Verbrauch im Test: 21,4 kWh/100 km",
         "+Preis: ab 46.990 Euro"],
        ["+Fazit",
         "+Ein ehrliches Familienauto mit viel Raum und ordentlicher Ladeleistung. Wer oft lange Strecken im "
         "Winter fährt, sollte aber zur größeren Batterie greifen."],
        ["-Preisvergleich: Jetzt Angebote für den Varenta Solis E vergleichen*",
         "-* Bei den mit Sternchen gekennzeichneten Links handelt es sich um Affiliate-Links.",
         "-Artikel teilen: Facebook WhatsApp E-Mail Link kopieren",
         "-Kommentare (14)"],
        ["-Mehr Tests",
         "-Kompakt-SUV-Vergleich: Drei Hybride im Alltagstest",
         "-Motorblick-Newsletter: Die wichtigsten Autonews jeden Freitag",
         "-Jetzt anmelden",
         "-Impressum  Datenschutz  AGB  Mediadaten  Kontakt",
         "-© Motorblick Verlag GmbH 2026"],
    ]),
    "de-agrarmagazin": _page("de", "de-agrarmagazin", [
        ["-ackerzeit",
         "-Ackerbau  Tierhaltung  Technik  Markt  Betrieb & Recht  Wetter",
         "-Suche",
         "-Jetzt testen: 4 Wochen für 1 €",
         "-Login für Abonnenten",
         "-Milch 47,2 ct/kg ▲  Weizen 231 €/t ▼  Raps 468 €/t ▲",
         "-Tierhaltung › Milchvieh"],
        ["+Melkroboter im Altbau: Wie Familie Brenneke umgebaut hat",
         "+Ein Neubau kam für den Betrieb mit 95 Kühen nicht infrage. Also haben die Brennekes ihren Boxenlaufstall "
         "von 1998 um einen Roboter herum umgebaut – für gut ein Drittel der Kosten."],
        ["-Text: Anja Thormählen",
         "-Veröffentlicht am 27.11.2026",
         "-Artikel merken",
         "-Foto: Jens Wölk"],
        ["+Seit März melkt auf dem Hof von Kerstin und Lars Brenneke in Ostwiesing ein Roboter. Die Kühe gehen "
         "selbst zum Melken, im Schnitt 2,8-mal am Tag; die Milchleistung ist um knapp zehn Prozent gestiegen.",
         "+Der Umbau dauerte elf Wochen, gemolken wurde in dieser Zeit mit einem geliehenen Melkwagen.",
         "+„Wir haben den Stall nicht neu gebaut, sondern ihn um den Roboter herum gedacht“, sagt Lars "
         "Brenneke.",
         "-Anzeige"],
        ["+Was der Umbau gekostet hat",
         "+Melkroboter inkl. Montage: 168.000 €",
         "+Umbau Liegeboxen und Laufgänge: 54.000 €",
         "+Stromanschluss und Kühltechnik: 21.000 €",
         "+Förderung: –40.000 €",
         "+Unterm Strich blieben 203.000 Euro. Die Brennekes rechnen damit, dass sich der Umbau nach neun "
         "Jahren bezahlt gemacht hat – vor allem, weil Lars Brenneke morgens nicht mehr im Melkstand steht."],
        ["-Das könnte Sie auch interessieren",
         "-Klauenpflege: Wann sich ein eigener Stand lohnt",
         "-Diesen Artikel teilen",
         "-Drucken",
         "-Jetzt Abonnent werden und alle Artikel lesen",
         "-Folgen Sie uns auf Instagram und YouTube"],
        ["-Mediadaten · Impressum · Datenschutz · AGB · Kontakt",
         "-ackerzeit ist eine Marke der Landpost Medien GmbH & Co. KG",
         "-Cookie-Einstellungen"],
    ]),
    "it-festival-lineup": _page("it", "it-festival-lineup", [
        ["-Sottopalco",
         "-News  Recensioni  Interviste  Live  Festival  Playlist",
         "-Cerca",
         "-Accedi",
         "-Home » Festival",
         "-News"],
        ["+Acque Chiare 2027, annunciato il cartellone: tre serate sul lago con nove artisti",
         "+Dal 9 all'11 luglio il festival torna sul pontile di Borgo San Laterzo. Confermata la formula a "
         "ingresso limitato."],
        ["-di Matteo Scarabelli",
         "-2 dicembre 2026",
         "-Tempo di lettura: 3 minuti"],
        ["+Il festival Acque Chiare ha svelato ieri sera il programma della sua dodicesima edizione: nove nomi "
         "in tre serate, con un occhio di riguardo alla scena cantautorale emergente.",
         "+Il palco resterà quello galleggiante inaugurato nel 2025, con un limite di 2.500 spettatori a sera.",
         "-PUBBLICITÀ"],
        ["+Il programma giorno per giorno",
         "+Venerdì 9 luglio – I Ciclamini, Vera Solari, Orchestra Sbilenca",
         "+Sabato 10 luglio – Marta Ilve, Dusty Ferrari, Le Mani Fredde",
         "+Domenica 11 luglio – Nodo Blu, Chiara Pennacchi, Collettivo Tarassaco",
         "+«Abbiamo scelto artisti che sul lago non avevano mai suonato, e che forse non avrebbero mai "
         "immaginato di farlo», spiega il direttore artistico Riccardo Lenzi.",
         "+Gli abbonamenti per le tre serate costano 85 euro, i biglietti giornalieri 35; la prevendita apre "
         "venerdì alle 10."],
        ["-Acquista i biglietti su TicketOne",
         "-Condividi: Facebook · X · WhatsApp · Telegram",
         "-Tag: festival, estate 2027, live"],
        ["-Ti potrebbe interessare",
         "-Marta Ilve annuncia il nuovo album: esce a marzo",
         "-Iscriviti alla newsletter di Sottopalco: ogni venerdì i concerti del weekend",
         "-Seguici su Instagram, TikTok e Spotify",
         "-Sottopalco è una testata registrata presso il Tribunale di Vallerosa, n. 8412 del 2019",
         "-P.IVA 04512360371 · Privacy policy · Cookie policy",
         "-Gestisci preferenze cookie",
         "-© 2026 Sottopalco. Tutti i diritti riservati."],
    ]),
    "it-blog-studio-legale": _page("it", "it-blog-studio-legale", [
        ["-Studio Legale Fornasari & Corbelli",
         "-Lo Studio  Aree di attività  Professionisti  Sedi  Blog  Contatti",
         "-Richiedi una consulenza",
         "-+39 051 555 0182",
         "-Cerca nel blog",
         "-Blog › Diritto immobiliare"],
        ["+Affitti brevi in condominio: il regolamento può vietarli?"],
        ["-Avv. Elena Corbelli",
         "-15 novembre 2026",
         "-Diritto immobiliare, Condominio",
         "-Leggi in 4 minuti"],
        ["+Sempre più condomini ci chiedono se sia possibile impedire ai proprietari di affittare gli "
         "appartamenti per pochi giorni ai turisti. La risposta è sì, ma solo a certe condizioni.",
         "+Cosa dice la giurisprudenza",
         "+Secondo l'orientamento ormai consolidato della Cassazione, il divieto è valido se:",
         "+1. è espresso in modo chiaro e non lascia dubbi interpretativi;",
         "+2. è contenuto in un regolamento di natura contrattuale, approvato all'unanimità;",
         "+3. è trascritto nei registri immobiliari, per essere opponibile ai nuovi acquirenti.",
         "+Non basta invece una delibera assembleare presa a maggioranza, anche se ampia."],
        ["+Cosa fare se il condominio contesta l'affitto",
         "+Il primo passo è verificare il testo del regolamento e la data della sua trascrizione: un divieto "
         "introdotto dopo l'acquisto dell'appartamento, senza il consenso del proprietario, non gli è "
         "opponibile.",
         "+Se l'amministratore insiste, conviene rispondere per iscritto e chiedere copia del regolamento "
         "prima di sospendere le prenotazioni già accettate."],
        ["-Le informazioni contenute in questo articolo hanno carattere generale e non costituiscono parere "
         "legale.",
         "-Hai bisogno di assistenza? Contattaci per una prima consulenza.",
         "-Condividi su LinkedIn",
         "-Torna al blog"],
        ["-Articoli correlati",
         "-Caparra confirmatoria e penitenziale: le differenze",
         "-Iscriviti alla newsletter dello Studio",
         "-Sedi: Vallerosa · Montesorbo · Pieve Calina",
         "-Studio Legale Fornasari & Corbelli – P.IVA 03218760374",
         "-Privacy · Cookie · Note legali",
         "-© 2026 Tutti i diritti riservati"],
    ]),
    "pl-aktualnosci-szpitala": _page("pl", "pl-aktualnosci-szpitala", [
        ["-Przejdź do treści",
         "-BIP  Deklaracja dostępności",
         "-Wersja kontrastowa  A  A+  A++",
         "-Szpital Powiatowy w Mostrzycach",
         "-O szpitalu  Oddziały  Poradnie  Dla pacjenta  Praca  Kontakt",
         "-Strona główna / Aktualności"],
        ["+Nowy tomograf komputerowy już pracuje. Krótsze kolejki na badania"],
        ["-Opublikowano: 1 grudnia 2026",
         "-Autor: Dział Komunikacji",
         "-Liczba odsłon: 342"],
        ["+Od poniedziałku w Zakładzie Diagnostyki Obrazowej naszego szpitala pracuje nowy, 128-rzędowy "
         "tomograf komputerowy. Zastąpił aparat, który służył pacjentom od 2011 roku.",
         "+Nowe urządzenie wykonuje badanie w kilka sekund i przy niższej dawce promieniowania. Czas "
         "oczekiwania na planowe badanie ma spaść z ośmiu do trzech tygodni.",
         "+Jakie badania wykonamy na miejscu",
         "+• tomografię głowy i kręgosłupa,",
         "+• angiografię TK naczyń wieńcowych,",
         "+• badania jamy brzusznej z kontrastem.",
         "+„Dotąd część pacjentów musieliśmy wozić karetką na badania do innego miasta” – mówi dr n. med. "
         "Tomasz Jaworek, kierownik Zakładu Diagnostyki Obrazowej."],
        ["+Na badanie można zapisać się osobiście w rejestracji zakładu lub telefonicznie, mając skierowanie "
         "od lekarza.",
         "+Zakup tomografu kosztował 4,6 mln zł, z czego 3,9 mln zł pokryła dotacja z programu modernizacji "
         "szpitali powiatowych."],
        ["-Projekt współfinansowany ze środków Unii Europejskiej",
         "-Drukuj",
         "-Udostępnij",
         "-Powrót do listy aktualności",
         "-Zobacz także",
         "-Zmiana godzin pracy poradni ortopedycznej w grudniu"],
        ["-Rejestracja: tel. 48 555 12 30, pon.–pt. 7.00–18.00",
         "-ul. Szpitalna 4, 26-710 Mostrzyce",
         "-Polityka prywatności · Klauzula RODO · Mapa strony",
         "-© 2026 Szpital Powiatowy w Mostrzycach",
         "-Ta strona używa plików cookies. Dowiedz się więcej. Akceptuję"],
    ]),
    "pl-newsy-gry": _page("pl", "pl-newsy-gry", [
        ["-PoziomBossa.pl",
         "-Newsy  Recenzje  Zapowiedzi  Poradniki  Sprzęt  Wideo  Forum",
         "-Szukaj",
         "-Zaloguj się / Załóż konto",
         "-PC  PS5  XSX  Switch",
         "-Newsy › Gry PC"],
        ["+Szkarłatny Trakt opóźniony. Studio Lodowy Kruk przesuwa premierę na jesień 2027"],
        ["-Paweł „Kefir” Ziętara",
         "-2 grudnia 2026, 14:07",
         "-57 komentarzy",
         "-Dodaj do obserwowanych"],
        ["+Fani RPG-ów akcji muszą uzbroić się w cierpliwość. Polskie studio Lodowy Kruk ogłosiło, że "
         "Szkarłatny Trakt nie ukaże się 12 marca, jak zapowiadano jeszcze w sierpniu.",
         "+Nowej daty na razie nie podano – twórcy mówią tylko o jesieni 2027 roku. Przedsprzedaż zostaje "
         "wstrzymana, a osoby, które już zamówiły grę, mogą poprosić o zwrot pieniędzy.",
         "+„Wolimy dać wam grę później niż grę, której sami nie chcielibyśmy kupić” – napisał w oświadczeniu "
         "dyrektor kreatywny studia, Marek Olszak.",
         "-REKLAMA"],
        ["+Co wiemy o grze",
         "+Gatunek: RPG akcji",
         "+Platformy: PC, PS5, Xbox Series X/S",
         "+Producent: Lodowy Kruk",
         "+Premiera: jesień 2027 (wcześniej: 12 marca 2027)",
         "+To druga gra studia. Debiutancki Popiół nad Mglistą sprzedał się w ponad 800 tys. egzemplarzy."],
        ["-Tagi: Szkarłatny Trakt, Lodowy Kruk, RPG, opóźnienie",
         "-Udostępnij: Facebook · X · Wykop",
         "-Szkarłatny Trakt – zamów przedpremierowo od 229 zł",
         "-Czytaj również",
         "-Remaster klasyka z 2004 roku trafi na konsole jeszcze w tym roku"],
        ["-Komentarze (57)",
         "-Zaloguj się, aby dodać komentarz",
         "-Najnowsze  Najstarsze  Najpopularniejsze"],
        ["-Regulamin · Polityka prywatności · Reklama · Kontakt · Praca",
         "-© 2026 PoziomBossa.pl. Wszelkie prawa zastrzeżone. Znaki towarowe należą do ich właścicieli."],
    ]),
    "ru-wiki-statya": _page("ru", "ru-wiki-statya", [
        ["-Перейти к навигации Перейти к поиску",
         "-Заглавная страница  Случайная статья  Свежие правки  Справка  Пожертвовать",
         "-Искать в Краевед-Вики",
         "-Войти  Создать учётную запись",
         "-Статья  Обсуждение",
         "-Читать  Править  История"],
        ["+Пеструшино",
         "-Материал из Краевед-Вики — открытой энциклопедии",
         "-У этого термина существуют и другие значения, см. Пеструшино (значения).",
         "-Это заготовка статьи о населённом пункте. Вы можете помочь проекту, дополнив её."],
        ["+Пеструшино — деревня в Кривоборском районе, на правом берегу реки Пеструхи, в 14 км к северу от "
         "районного центра.",
         "+Район: Кривоборский",
         "+Население: 214 чел. (2021)",
         "+Первое упоминание: 1678 год",
         "-Содержание",
         "-1 История  2 Население  3 Достопримечательности"],
        ["+История",
         "+Впервые деревня упоминается в писцовой книге 1678 года как починок Пеструхин на 6 дворов. В XIX "
         "веке здесь работали две водяные мельницы и кирпичный завод.",
         "+Население",
         "+Наибольшая численность жителей — 1 130 человек — была отмечена в 1926 году. С 1970-х годов "
         "население сокращается; в 2021 году в деревне жили 214 человек.",
         "+Достопримечательности",
         "+• деревянная церковь Покрова (1794);",
         "+• здание бывшей земской школы (1902);",
         "+• мельничная плотина на реке Пеструхе."],
        ["-Категории: Населённые пункты Кривоборского района | Деревни",
         "-Источник — «https://kraeved-wiki.org/wiki/Пеструшино»",
         "-Инструменты",
         "-Ссылки сюда  Связанные правки  Служебные страницы  Постоянная ссылка",
         "-Печать/экспорт",
         "-Скачать как PDF",
         "-Эта страница в последний раз была отредактирована 14 ноября 2026 в 10:42.",
         "-Текст доступен по лицензии Creative Commons Attribution-ShareAlike; в отдельных случаях могут "
         "действовать дополнительные условия.",
         "-Политика конфиденциальности  О Краевед-Вики  Отказ от ответственности  Мобильная версия"],
    ]),
    "ru-rassylka-arhiv": _page("ru", "ru-rassylka-arhiv", [
        ["-Просмотреть это письмо в браузере",
         "-Архив рассылки",
         "-Подписаться",
         "-Предыдущий выпуск  Следующий выпуск",
         "-Городской улей",
         "-Выпуск №87 · 29 ноября 2026"],
        ["+Тихореченск за неделю: мост через Тиху закроют на ремонт",
         "+На этой неделе мэрия наконец назвала сроки ремонта Старого моста, а горожане спорят о том, что "
         "будет на месте закрытого Центрального рынка. Рассказываем по порядку."],
        ["+Главное",
         "+1. Старый мост через Тиху закроют для машин с 15 января на четыре месяца. Пешеходы смогут "
         "ходить по одной стороне.",
         "+2. Центральный рынок не откроется после проверки: здание признали аварийным.",
         "+3. В школе № 6 открыли бассейн, который строили с 2019 года.",
         "-Реклама",
         "-Партнёр выпуска — кофейня «Зерно и пар»: покажите это письмо и получите скидку 10 %"],
        ["+Цитата недели",
         "+«Рынок — это не здание, а люди. Люди никуда не делись», — сказала продавщица мёда Нина Гаврилова, "
         "которая торгует теперь у входа в парк.",
         "+Куда сходить",
         "+Суббота, 12:00 — ярмарка местных фермеров у Дома культуры",
         "+Воскресенье, 17:00 — концерт хора ветеранов в городской библиотеке"],
        ["-Поддержите «Городской улей» — от 100 рублей в месяц",
         "-Как вам этот выпуск? Отлично · Нормально · Плохо",
         "-Ответьте на это письмо — мы читаем всё.",
         "-Ваши новости и жалобы присылайте в наш Telegram-бот @uley_news_bot",
         "-Переслать другу",
         "-Реклама в рассылке: ads@gorodskoy-uley.ru"],
        ["-Добавьте наш адрес в контакты, чтобы письма не попадали в спам.",
         "-Вы получили это письмо, потому что подписались на рассылку «Городской улей».",
         "-Отписаться  Изменить настройки подписки",
         "-Наш почтовый адрес: а/я 41, Тихореченск",
         "-Copyright © 2026 Городской улей, все права защищены.",
         "-Письмо отправлено через Unisender"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_28_line, test_held_out_28_line_is_kept, test_held_out_28_page = held_out_tests(
    HELD_OUT_28_LINES, HELD_OUT_28_KEEP, HELD_OUT_28_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
