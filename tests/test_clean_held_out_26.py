"""Held-out set 26: written blind, weighted toward whole scraped pages in layouts sets 22 to 25 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 25) nor ``git log``,
``git show`` or ``git diff``; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``), the
``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py, the same way), the
docstring of held-out set 25, its imports, its ``_page`` helper and its last lines (``_marks``, the
xfail tables and the three test functions, printed from ``def _marks`` on with an ast script that
printed nothing of its lists) and scripts/clean_held_out_report.py were read. The layouts to avoid
were taken from the brief's list (sets 22 to 24's docstrings were not read). Slips: (1) ``ls -a``
of the repository root listed its top-level names; (2) the first import of tests/test_clean.py
failed because the project's dependencies were still being installed by another process (seen with
``ps``: a ``pip install -e .[test]``), and its traceback printed the import lines of
src/spinscope/__init__.py, pipeline.py and models/model.py (nothing under ingest/); to understand
it .ci/run and the dependency part of pyproject.toml were read; (3) to check the environment,
pytest was run once on set 25 in the frozen worktree before the install had finished: it stopped
at collection with that import error, printing nothing of set 25's lists; (4) ``ls /tmp`` printed
the names (not the contents) of other helpers' folders and prompt files; (5) ``git status
--short`` in /work/main printed nothing. ``git worktree add`` was run with its output discarded;
the English fixture was not printed. Nothing below was copied from any file of the repository.
The lines and pages are written from memory of how real sites print them, in en/fr/de/it/pl/ru;
the page articles and every person, company, newsletter, university, union, station, portal,
channel, town and river in them are invented. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s26 at commit e5596bf) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Before the measurement eleven pages, first written
with 17 to 20 noise lines, were given more (log-in and search links, menus, taglines, photo
credits, reading times, comment and print links, tags) to reach 20 to 22, and ru-telegram-mirror
was given two more article lines; nothing was changed after it but the xfail tables and this
docstring. The per-case problems were read out once with ``_problems`` in the frozen worktree, to
write the xfail reasons. scripts/clean_held_out_report.py needed no change: it finds a set by its
number, so ``--sets 26`` works as it is.

Judgement calls: in fr-fact-check-verdict the verdict box ("Notre verdict" and the "Faux. ..."
sentence) is counted as article (it is the check's conclusion), the partnership line and the call
for tips on WhatsApp as noise; in en-substack-newsletter the subtitle under the title is article and
the post's author and date lines are noise (byline); in en-university-press-release the "Notes to
editors" heading, the "About Hexley University" paragraph printed under every release and the
press-office phone line are noise; in fr-tv-regionale-video the video player's texts and the report
credit line ("Reportage : ...") are noise; in ru-telegram-mirror the post's first bold line is its
title (article), and the "Переслано из: ..." line, reactions, view count and "изменено" stamp are
noise; in pl-prognoza-pogody the day-by-day forecast rows are article and the data credit line is
noise; in it-guida-viaggio the "Come arrivare" rows and the "Dove mangiare" part are article and the
hotel-booking widget is noise; in it-immobiliare-portale the zone price rows are article and the
mortgage calculator and featured listings are noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 253 noise lines (20 to 22 a page) and 130 article lines:
en-substack-newsletter (a Substack-style newsletter post: publication name, subscribe and sign-in
links, title and subtitle, author, date, likes/comments/restacks count, share, a subheading with
cost rows as a dash list, a mid-post subscribe plea with email field and button, a quote, leave-a-
comment/gift/previous/next links, "Ready for more?", "Discover more from ..." with the publication's
blurb, copyright, privacy/terms, start-writing and app links), en-university-press-release (a
university news page: skip link, menu, site search, breadcrumb, section and press-release labels,
date, a photo caption with credit, a "Key findings" dash list, a "How the study worked" subheading,
the lead researcher's quote, notes to editors with the about-the-university paragraph, media
enquiries and phone, share/print, tags, related news, follow line, address, legal links,
copyright), fr-fact-check-verdict (a fact-checking site: log-in and subscribe links, site name,
menu, section label, byline, published and modified stamps, reading time, the verdict box, "L'affirmation"
and "Comment nous avons vérifié" subheadings, a numbered list of checks, a police officer's quote,
partnership line, WhatsApp tip line, share, comment, tags, "À lire aussi" with a headline,
newsletter form, legal links, copyright), fr-tv-regionale-video (a regional TV station's page: station
name, live/replay/regions/menu lines, tagline, the video player's texts (play, timer, sound,
subtitles, full screen), report credit, byline, date, a "Les chiffres du projet" dash list, the
co-operative president's quote, "see the report in the evening news" line, related video with a
headline, sponsored label, apps, cookie settings, copyright), de-faq-erklaerstueck (a regional
paper's Q&A explainer: paper name, subscription/log-in, home link, breadcrumb, "Fragen und
Antworten" label, two authors, "Stand:" stamp, reading time, bookmark/print, photo credit, question
subheadings, a dash list of subsidy rates, an ad label, an official's quote, share, related box
with a headline, was-this-helpful widget, comments link, newsletter, legal links, cookie settings,
copyright), de-gewerkschaft-website (a trade union's district site: join/log-in/search/contact
links, union name, menu, district, press-release label, date, a "Unsere Forderungen" dash list, the
negotiator's quote, a "Wie geht es weiter?" subheading, press contact and phone, tags, a downloads
box with a PDF leaflet, a join plea, share, related box with a headline, back-to-top, legal links,
copyright), it-guida-viaggio (a travel blog: blog name, blog search, menu, breadcrumb, author,
update date, reading time, photo credit, "Come arrivare" rows, a map caption, a numbered "Cosa
vedere" list, a miller's quote, "Dove mangiare", a hotel-booking widget, save-to-Pinterest plea,
share, comment link, related posts, newsletter, Instagram line, legal links, copyright),
it-immobiliare-portale (a real-estate portal: portal name, buy/rent/sell menu, house-search box,
free-listing link, breadcrumb, newsroom byline, date, zone price rows, a mortgage-calculator
widget, an "Gli affitti" subheading, an observatory chairman's quote, featured listings, agency
plug, share, tags, "Leggi anche" with a headline, legal links, copyright), pl-prognoza-pogody (a
weather portal's forecast article: log-in, portal name, menu, location widget, forecast search,
forecaster byline, time and update stamp, photo credit, day-by-day forecast rows, an ad label, a
subheading, a dash-quoted forecaster, radar and warning-map links, app plug, share, comment count,
newest forecasts with a headline, data credit, privacy link, copyright), pl-rynek-pracy (a job
portal's article: portal name, menu, log-in, the job-search box (keyword, location, button),
breadcrumb, author, date, reading time, photo credit, salary rows, a dash-quoted consultant, a
subheading, job offers box with two offers, see-all and send-CV links, was-this-helpful widget,
share, recommended articles, legal links, copyright), ru-telegram-mirror (a site mirroring a
Telegram channel: mirror name, channel catalogue, post search, channel name, subscriber count,
subscribe link, "post from the channel" line, date, forwarded-from line, the post with an em-dash
list and a deputy mayor's quote, reactions, views, edited stamp, comment count, share, open-in-
Telegram, previous/next post, similar channels, channel ads, report link, disclaimer, copyright),
ru-amp-stranitsa (the AMP page of a city news site: menu button, site name, full-version link,
breadcrumb, age label, author, date, view count, photo credit, a "Сроки открытия" subheading with
four kindergarten rows, an ad label, an official's quote, discuss link, "Читайте также:" with a
headline, Telegram plug, share lines, all-news and back-to-top links, reuse-with-link copyright,
privacy link); every page holds a list, subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit e5596bf, measured with
``cd /tmp/wt-s26 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s26/src python -m pytest
-q tests/test_clean_held_out_26.py -rA -p no:cacheprovider`` (18 failed, 59 passed) and
``cd /tmp/wt-s26 && PYTHONPATH=/tmp/wt-s26/src python scripts/clean_held_out_report.py --sets 26``,
with the xfail tables empty): noise lines removed 38/45 (marker 6/7, reading-time 7/7, byline 7/7,
footer 2/5, comments 6/6, share 5/5, notice 3/5, other 2/3; missed: the Russian "Продолжение
материала ниже", an English company-registration footer, an Italian court-registration footer, a
Russian media-registration footer, the English "Prices were correct at the time of publication.",
the Russian "Мнение редакции может не совпадать с мнением автора." and the English gallery counter
"Image 3 of 12"); keep lines kept 20/20; pages 1/12 clean (de-faq-erklaerstueck), 24 of 253 page
noise lines left, 7 article lines lost (1 on fr-fact-check-verdict, 1 on it-immobiliare-portale, 1
on pl-prognoza-pogody, 4 on ru-amp-stranitsa): en-substack-newsletter 1 (the subscribe plea),
en-university-press-release 2 (notes-to-editors heading, about-the-university paragraph),
fr-fact-check-verdict 1 (partnership line) and the "Notre verdict" heading lost,
fr-tv-regionale-video 8 (tagline, report credit, byline, evening-news line, related-video heading
and headline, apps and cookie links), de-gewerkschaft-website 2 (union name, menu),
it-guida-viaggio 1 (map caption), it-immobiliare-portale 3 (menu, house-search box, calculator
heading) and the "Gli affitti" subheading lost, pl-prognoza-pogody 2 (menu, location widget) and
the "Ostrzeżenia dla sadowników" subheading lost, pl-rynek-pracy 1 (menu), ru-telegram-mirror 1
(the "post from the channel" line), ru-amp-stranitsa 2 (menu button, full-version link) and the
"Сроки открытия" subheading and three kindergarten rows lost. The failing cases are strict xfails.

Still held out after session 13's round 24 (developed on set 25 only; the lead saw only this
docstring and the xfail reasons): measured once at 5dd3ae8 with ``python
scripts/clean_held_out_report.py --sets 26`` and ``pytest tests/test_clean_held_out_26.py``: exactly
as the baseline (lines 38/45, keep 20/20, pages 1/12 clean, 24 of 253 page noise lines left, 7
article lines lost); no strict xfail started passing (59 passed, 18 xfailed).

Round 25 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 26`` and ``pytest tests/test_clean_held_out_26.py`` at
77c7a5c (before) and 19bb0ac (after): article lines lost 7 -> 0 (first, as a class: a subheading
over rows between two paragraphs is the article's box under a picture's credit, over an ad slot
and a subheading, rows with a colon or a spaced dash; a subheading right above the body's first
paragraph stays under a paragraph of the article below the page's stamps, or right under the title
of an article that prints subheadings of its own), noise lines 38 -> 45/45 (a "continues below"
marker alone on its line, a gallery counter, the newsroom's view not being the author's, a
publisher's registration footer, a prices-at-publication notice), keep lines 20/20, pages 1 ->
12/12 clean, page noise left 24 -> 0 of 253. All 18 strict xfails removed (59 -> 77 passed). The
rules were written by kind of line in six languages, each with a unit test of examples and near
misses in tests/test_clean.py (round 25): the page's head above its stamps when the headline stands
under them (a portal's name, a menu in words no vocabulary knows, a search box, a location widget),
a site's slogan under its menu, a mirror's label of a channel's post, a full-version link and a
menu button's icon, a zoom prompt, a "written by" byline, one crew role over several names, a
related-videos header, the station pointing to the report in its programme, a calculator's
heading, a press release's notes header and "About X: X is ..." paragraph, a partnership notice,
the site's prompt over a newsletter form between two paragraphs. These figures are development
figures: the set no longer measures wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_26_LINES: list[tuple[str, str, str]] = [
    # marker (7)
    ("body", "Story continues below this ad", "marker"),
    ("body", "Scroll to continue with content", "marker"),
    ("body", "La suite après cette publicité", "marker"),
    ("body", "Artikel wird nach der Anzeige fortgesetzt", "marker"),
    ("body", "L'articolo continua dopo la pubblicità", "marker"),
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("body", "Продолжение материала ниже", "marker"),
    # reading-time (7)
    ("head", "Reading Time: 6 minutes", "reading-time"),
    ("head", "Listen to this article · 6:12 min", "reading-time"),
    ("head", "Lecture 3 min.", "reading-time"),
    ("head", "Lesezeit: ca. 6 Minuten", "reading-time"),
    ("head", "3 minuti di lettura", "reading-time"),
    ("head", "Czas czytania: ok. 4 min", "reading-time"),
    ("head", "Читать 4 минуты", "reading-time"),
    # byline (7)
    ("head", "By Marcus Delaney and Priya Natarajan, Staff Writers", "byline"),
    ("tail", "Reporting by Tom Okafor; Editing by Jane Whitcombe", "byline"),
    ("head", "Par Claire Dumontel (avec AFP)", "byline"),
    ("head", "Ein Gastbeitrag von Dr. Helga Rautmann", "byline"),
    ("head", "Dal nostro corrispondente Paolo Genzano", "byline"),
    ("tail", "Opracowanie: Katarzyna Wolska", "byline"),
    ("head", "Автор: Дмитрий Ларионов, обозреватель", "byline"),
    # footer (5)
    ("tail", "© 2026 Harbourline Media Group Ltd. All rights reserved.", "footer"),
    ("tail", "Registered in England and Wales No. 04219837. Registered office: 12 Quay Street, Portmere PT1 3QA.",
     "footer"),
    ("tail", "Testata giornalistica registrata presso il Tribunale di Ancona n. 12/2009", "footer"),
    ("tail", "Wszelkie prawa zastrzeżone © 2026 Wydawnictwo Nadwiślańskie Sp. z o.o.", "footer"),
    ("tail", "Сетевое издание «Вечерний Заречинск» зарегистрировано Роскомнадзором, свидетельство ЭЛ № ФС 77-81234 "
     "от 12.03.2021", "footer"),
    # comments (6)
    ("tail", "Show 142 comments", "comments"),
    ("tail", "Be the first to comment", "comments"),
    ("tail", "Voir les 38 commentaires", "comments"),
    ("tail", "Zur Diskussion: 46 Beiträge", "comments"),
    ("tail", "Commenti (7)", "comments"),
    ("tail", "Pokaż wszystkie komentarze (54)", "comments"),
    # share (5)
    ("tail", "Gift this article", "share"),
    ("head", "Share on WhatsApp", "share"),
    ("tail", "Partager sur Facebook Partager sur X Copier le lien", "share"),
    ("tail", "Artikel teilen per: WhatsApp · Facebook · E-Mail", "share"),
    ("tail", "Поделиться: ВКонтакте Одноклассники Telegram", "share"),
    # notice (5)
    ("tail", "Prices were correct at the time of publication.", "notice"),
    ("tail", "Mise à jour : cet article a été complété avec la réaction de la préfecture.", "notice"),
    ("tail", "Dieser Beitrag erschien zuerst in der Printausgabe vom 14. Februar.", "notice"),
    ("tail", "Le opinioni espresse dall'autore non riflettono necessariamente la linea editoriale della testata.",
     "notice"),
    ("tail", "Мнение редакции может не совпадать с мнением автора.", "notice"),
    # other (3)
    ("tail", "Back to top ↑", "other"),
    ("body", "Image 3 of 12", "other"),
    ("body", "Zobacz galerię (14 zdjęć)", "other"),
]

HELD_OUT_26_KEEP: list[tuple[str, str]] = [
    ("body", "Advertising on the buses, the council argued, had paid for the new shelters twice over."),
    ("body", "Share prices at the firm fell by a third after the announcement, and the board resigned within "
             "the week."),
    ("tail", "Comments made by the deputy leader at the March meeting were later withdrawn in full."),
    ("tail", "All rights to the land were reserved by the original deed of 1911, the tribunal found."),
    ("head", "Reading the minutes back, councillors said they could not tell who had proposed the change."),
    ("head", "By the time the vote was called, only nine of the twenty-one members were still in the chamber."),
    ("tail", "Subscribe, the mayor joked, was the only word the new parking app seemed to know."),
    ("body", "Partager la facture entre les communes n'a jamais été envisagé, assure le maire."),
    ("tail", "Par ailleurs, les commentaires des riverains ont été versés au dossier de l'enquête publique."),
    ("head", "Lire la suite du rapport prendra des semaines aux élus, qui n'ont reçu le document que vendredi."),
    ("body", "Anzeige erstattet hat inzwischen auch der Vermieter, wie die Polizei am Montag bestätigte."),
    ("tail", "Alle Rechte an dem Grundstück liegen seit 1998 bei der Stiftung, die es nun verkaufen will."),
    ("body", "Teilen wollen die Gemeinden die Kosten für die neue Brücke nach der Einwohnerzahl."),
    ("tail", "Tutti i diritti di passaggio sul sentiero restano riservati ai proprietari dei fondi, ha chiarito "
             "il giudice."),
    ("body", "Condividere i dati con la Regione era un obbligo previsto dalla legge del 2019, ricorda "
             "l'assessora."),
    ("head", "Pubblicità ingannevole: con questa accusa l'Antitrust ha multato ieri la catena di palestre."),
    ("body", "Reklama na przystankach przyniosła miastu w zeszłym roku ponad dwa miliony złotych."),
    ("tail", "Komentarze radnych po głosowaniu były wyjątkowo zgodne, co w tej kadencji zdarza się rzadko."),
    ("body", "Подписаться под обращением к губернатору успели более трёх тысяч жителей района."),
    ("tail", "Все права на здание, по решению суда, переходят к муниципалитету с первого января."),
]

HELD_OUT_26_PAGES: dict[str, tuple[str, NoisyCase]] = {
    # a Substack-style newsletter post
    "en-substack-newsletter": _page("en", "en-substack-newsletter", [
        ["-The Ledger Line",
         "-Subscribe",
         "-Sign in"],
        ["+What a £40,000 pothole budget actually buys",
         "+The county's road repair figures, line by line, and why they never seem to add up",
         "-Rosalind Achterberg",
         "-Mar 14, 2026",
         "-41 Likes · 12 Comments · 3 Restacks",
         "-Share"],
        ["+When Whitlow Parva Parish Council published its highways spending last month, one number drew every "
         "complaint: £40,000 for pothole repairs on roads that, by most residents' accounts, look worse than "
         "they did a year ago.",
         "+I spent eleven years signing off budgets like this one, so I asked for the invoices. Here is what "
         "came back.",
         "+Where the money went",
         "+- Patching crews (two vans, three days a week): £22,400",
         "+- Materials and cold-lay asphalt: £8,150",
         "+- Traffic management and road closures: £6,300",
         "+- Inspection and reporting software: £3,150",
         "-Thanks for reading The Ledger Line! Subscribe for free to receive new posts and support my work.",
         "-Type your email...",
         "-Subscribe",
         "+The largest share goes on labour, which is normal. What is not normal is that more than a third of "
         "the patches listed were repairs of repairs, carried out on the same stretches within six months.",
         "+\u201cWe are paying twice for the same hole,\u201d one parish councillor, Derek Imbert, told me, "
         "\u201cand nobody has asked why the first patch failed.\u201d",
         "+The answer, according to the contractor's own notes, is that cold-lay asphalt was used through the "
         "winter because the hot-mix plant at Fenby was closed for refurbishment.",
         "+Next week: what the district pays for the same work, and why it is less."],
        ["-Leave a comment",
         "-Share",
         "-Give a gift subscription",
         "-Previous",
         "-Next",
         "-Ready for more?",
         "-Discover more from The Ledger Line",
         "-Weekly notes on small-town money from a former council treasurer. Over 12,000 subscribers",
         "-© 2026 Rosalind Achterberg",
         "-Privacy ∙ Terms ∙ Collection notice",
         "-Start writing",
         "-Get the app"],
    ]),
    # a university press release
    "en-university-press-release": _page("en", "en-university-press-release", [
        ["-Skip to main content",
         "-Study Research Business About News",
         "-Search the site",
         "-Home › News › 2026 › March",
         "-Research news",
         "-Press release",
         "-Published: 11 March 2026"],
        ["+Tiny fungus could help wheat survive drought, Hexley study finds",
         "+A soil fungus found in hedgerows around Hexley can help wheat plants hold on to water during dry "
         "spells, according to research from Hexley University's School of Plant Sciences.",
         "-Image: Dr Anjali Roeder in the Fenwick glasshouse. Credit: Hexley University",
         "+In glasshouse trials, wheat grown with the fungus lost a fifth less water over a three-week drought "
         "than plants grown without it, and produced more grain.",
         "+Key findings",
         "+- Plants with the fungus kept 21 per cent more water in their leaves after three weeks without "
         "watering.",
         "+- Grain yield was 14 per cent higher than in untreated plants.",
         "+- The effect held in two of the three soil types tested.",
         "+How the study worked",
         "+The team collected soil from 40 hedgerows, isolated the fungus and coated wheat seed with its "
         "spores before sowing. Half of the plants were then denied water for 21 days.",
         "+\u201cWe were surprised that something so common had such a clear effect,\u201d said Dr Anjali "
         "Roeder, who led the work. \u201cThe next step is to see whether it holds up in a real field in a "
         "real dry summer.\u201d",
         "+Field trials are planned on two farms near Orwinford from April."],
        ["-Notes to editors",
         "-About Hexley University: Hexley is a research-intensive university with more than 24,000 "
         "students and campuses in Hexley and Orwinford.",
         "-Media enquiries",
         "-Press Office: +44 (0)1632 960 418",
         "-Share this page",
         "-Print",
         "-Tags: Plant sciences, Agriculture, Climate",
         "-Related news",
         "-Hexley opens new centre for coastal flood research",
         "-Follow us",
         "-Hexley University, Castle Road, Hexley NM1 4QT",
         "-Accessibility | Freedom of information | Modern slavery statement | Cookies",
         "-© Hexley University 2026"],
    ]),
    # a French fact-check with a verdict box
    "fr-fact-check-verdict": _page("fr", "fr-fact-check-verdict", [
        ["-Se connecter",
         "-S'abonner",
         "-Les Vérificateurs",
         "-Accueil Politique Santé Climat International Méthodologie",
         "-Vérification",
         "-Par Élodie Marchesseau",
         "-Publié le 9 mars 2026 à 17h42",
         "-Modifié le 10 mars 2026 à 08h05",
         "-Temps de lecture : 4 min"],
        ["+Non, cette photo ne montre pas la manifestation de samedi à Montreval",
         "+Notre verdict",
         "+Faux. La photo a été prise en 2019 à Valmira, en Espagne, lors d'une fête de quartier, et non "
         "pendant la manifestation de samedi.",
         "+L'affirmation",
         "+Depuis dimanche, une photo montrant une rue jonchée de voitures renversées circule sur les réseaux "
         "sociaux, présentée comme une image de la manifestation contre la fermeture de la maternité de "
         "Montreval.",
         "+Plus de 12 000 partages ont été comptés sur une seule publication, dont l'auteur affirme que "
         "« la ville a été saccagée ».",
         "+Comment nous avons vérifié",
         "+1. Une recherche d'image inversée mène à un blog espagnol qui publie la même photo en août 2019.",
         "+2. Les enseignes visibles au fond de la rue sont rédigées en espagnol.",
         "+3. La préfecture n'a signalé aucune dégradation de véhicules samedi.",
         "+« Il y a eu des slogans et des fumigènes, rien de plus », a confirmé à notre rédaction le "
         "commandant de police Arnaud Feuillère.",
         "-Cet article est réalisé dans le cadre d'un partenariat de vérification avec une plateforme de "
         "réseaux sociaux.",
         "-Vous avez un doute sur une information ? Écrivez-nous sur WhatsApp au 06 12 34 56 78"],
        ["-Partager : Facebook X LinkedIn Copier le lien",
         "-Commenter",
         "-Mots-clés : Désinformation Manifestation Photo",
         "-À lire aussi",
         "-Non, l'eau du robinet de Montreval n'est pas interdite à la consommation",
         "-Newsletter : recevez nos vérifications chaque vendredi",
         "-Votre adresse e-mail",
         "-Je m'inscris",
         "-Mentions légales · Charte · Contact",
         "-© Les Vérificateurs 2026"],
    ]),
    # a regional TV station's page with video player text
    "fr-tv-regionale-video": _page("fr", "fr-tv-regionale-video", [
        ["-TV Val d’Orvance",
         "-Direct",
         "-Replay",
         "-Régions ▾",
         "-Info Météo Sport Vidéos",
         "-L'info près de chez vous"],
        ["+Saint-Aubrin-des-Prés : la boulangerie rouvre grâce à 140 habitants devenus associés",
         "-Lire la vidéo",
         "-00:00 / 02:14",
         "-Activer le son",
         "-Sous-titres",
         "-Plein écran",
         "-Reportage : J. Perrodin, M. Aubrac",
         "-Écrit par Lucie Faverolles",
         "-Publié le 03/03/2026 à 19h12"],
        ["+Fermée depuis l'été dernier, la seule boulangerie de Saint-Aubrin-des-Prés a rouvert ce mardi matin. "
         "Cette fois, elle appartient à ses clients.",
         "+Une coopérative a été créée en novembre : chaque habitant pouvait acheter une ou plusieurs parts "
         "de 100 euros.",
         "+Les chiffres du projet",
         "+- 140 sociétaires, dont la mairie",
         "+- 18 000 euros de capital réunis en trois mois",
         "+- 2 boulangers salariés et un apprenti",
         "+« On ne voulait pas d'un village sans pain », résume Martine Gaudrel, présidente de la "
         "coopérative.",
         "+Le boulanger, Yanis Berthomé, 29 ans, travaillait jusque-là dans une grande surface de Bourg-Ferlac. "
         "Il dit avoir été séduit par l'idée de « travailler pour ceux qui mangent le pain ».",
         "+Dès le premier jour, la file d'attente débordait sur la place de l'église.",
         "-Retrouvez le reportage dans le 19/20 de TV Val d’Orvance"],
        ["-À voir aussi en vidéo",
         "-Bourg-Ferlac : le marché de nuit revient cet été",
         "-Contenu sponsorisé",
         "-Applications mobiles",
         "-Gestion des cookies",
         "-© TV Val d’Orvance 2026"],
    ]),
    # a German Q&A explainer
    "de-faq-erklaerstueck": _page("de", "de-faq-erklaerstueck", [
        ["-Hügelland-Bote",
         "-Abo Login",
         "-Startseite",
         "-Ratgeber › Energie › Heizung",
         "-Fragen und Antworten",
         "-Von Teresa Lindholm und Markus Brenneke",
         "-Stand: 12.03.2026, 10:31 Uhr",
         "-Lesedauer: 4 Minuten",
         "-Merken",
         "-Drucken"],
        ["+Heizungsförderung: Was sich im April für Hausbesitzer ändert",
         "-Bild: Hügelland-Bote/Archiv",
         "+Das Landesprogramm „Warmes Zuhause“ wird zum 1. April umgebaut. Die wichtigsten Fragen und "
         "Antworten im Überblick.",
         "+Wer bekommt künftig Geld?",
         "+Gefördert wird weiterhin der Tausch alter Öl- und Gasheizungen in selbst genutzten Häusern. Neu "
         "ist, dass auch Eigentümergemeinschaften mit bis zu sechs Wohnungen einen Antrag stellen können.",
         "+Wie hoch ist der Zuschuss?",
         "+- Grundförderung: 25 Prozent der Kosten",
         "+- Einkommensbonus: weitere 15 Prozent bei einem Haushaltseinkommen unter 40.000 Euro",
         "+- Höchstbetrag: 18.000 Euro pro Gebäude",
         "-Anzeige",
         "+Was ändert sich für Mieter?",
         "+Vermieter, die eine Förderung erhalten, dürfen die Kosten nur noch zur Hälfte auf die Miete "
         "umlegen. „Das soll verhindern, dass die Mieter am Ende die Zeche zahlen“, sagt Ministerialrätin "
         "Bettina Krohmer.",
         "+Bis wann muss man den Antrag stellen?",
         "+Anträge nach den alten Regeln werden noch bis zum 31. März angenommen. Wer schon einen Auftrag "
         "unterschrieben hat, sollte sich beeilen."],
        ["-Teilen",
         "-Mehr zum Thema",
         "-Wärmepumpe im Altbau: Fünf Irrtümer im Check",
         "-Hat Ihnen dieser Artikel geholfen? Ja Nein",
         "-Kommentare",
         "-Newsletter",
         "-Kontakt Impressum Datenschutz AGB",
         "-Cookie-Einstellungen",
         "-© 2026 Hügelland-Bote Digital GmbH"],
    ]),
    # a trade union's website
    "de-gewerkschaft-website": _page("de", "de-gewerkschaft-website", [
        ["-Mitglied werden",
         "-Login Mitgliederbereich",
         "-Suche",
         "-Kontakt",
         "-VLG – Verband Logistik und Gewerbe",
         "-Aktuelles Tarifrunden Service Über uns Presse",
         "-Bezirk Kaltenau",
         "-Pressemitteilung",
         "-Veröffentlicht am 05.03.2026"],
        ["+Warnstreik im Zentrallager Hockenbrück: 300 Beschäftigte legen die Arbeit nieder",
         "+Im Zentrallager der Handelskette Markmann in Hockenbrück ruht seit Donnerstag, 6 Uhr, die "
         "Arbeit. Die VLG hat die rund 300 Beschäftigten der Früh- und der Spätschicht zu einem ganztägigen "
         "Warnstreik aufgerufen.",
         "+Nach drei Verhandlungsrunden liegt noch immer kein Angebot des Arbeitgebers auf dem Tisch.",
         "+Unsere Forderungen",
         "+- 6,8 Prozent mehr Lohn, mindestens 250 Euro im Monat",
         "+- eine Laufzeit von zwölf Monaten",
         "+- 150 Euro mehr für Auszubildende",
         "+„Wer die Regale im ganzen Südwesten füllt, darf nicht mit einer Nullrunde abgespeist werden“, "
         "sagte Verhandlungsführerin Derya Kaltenbach vor dem Werkstor.",
         "+Wie geht es weiter?",
         "+Die nächste Verhandlungsrunde ist für den 19. März in Mannstadt angesetzt. Bis dahin schließt die "
         "VLG weitere Aktionen nicht aus."],
        ["-Ansprechpartner: Sven Oberhauser, Pressesprecher",
         "-Tel. 0123 4418-230",
         "-Schlagworte: Warnstreik, Tarifrunde, Logistik",
         "-Downloads",
         "-Flugblatt Warnstreik (PDF, 412 KB)",
         "-Jetzt Mitglied werden – gemeinsam sind wir stärker!",
         "-Teilen auf: Facebook Instagram WhatsApp",
         "-Das könnte dich auch interessieren",
         "-Tarifrunde Einzelhandel: Alle Infos auf einen Blick",
         "-Zum Seitenanfang",
         "-Impressum Datenschutz Barrierefreiheit Cookie-Einstellungen",
         "-© VLG Bezirk Kaltenau"],
    ]),
    # an Italian travel guide
    "it-guida-viaggio": _page("it", "it-guida-viaggio", [
        ["-Viaggiando Lento",
         "-Cerca nel blog",
         "-Destinazioni Itinerari Weekend Consigli Chi siamo",
         "-Home » Italia » Appennino",
         "-Scritto da Giulia Ferrandino",
         "-Aggiornato il 2 marzo 2026",
         "-Tempo di lettura: 6 minuti"],
        ["+Borgo Calestra in un giorno: cosa vedere nel paese dei mulini",
         "-Foto di Giulia Ferrandino",
         "+Borgo Calestra è uno di quei posti che si attraversano in macchina senza fermarsi. Sbagliato: tra "
         "le sue gole si nascondono sette mulini ad acqua, tre dei quali ancora funzionanti.",
         "+Come arrivare",
         "+Da Castelmare: 1 ora e 10 minuti in auto",
         "+Da Fabrianello: 25 minuti in auto, oppure il bus 41 (quattro corse al giorno)",
         "-Mappa interattiva: clicca per ingrandire",
         "+Cosa vedere",
         "+1. Il Mulino della Pieve, dove si macina ancora il farro il sabato mattina",
         "+2. Il ponte romano sul torrente Calestrino",
         "+3. La torre civica, aperta solo nei fine settimana",
         "+\u201cQui il tempo lo segna l'acqua\u201d, mi ha detto il mugnaio Ermanno Tosi mentre versava il "
         "grano nella tramoggia.",
         "+Dove mangiare",
         "+La trattoria Da Vera, accanto al lavatoio, serve tagliatelle di farro e coniglio in porchetta a "
         "prezzi onesti: si spende sui 25 euro.",
         "-Prenota il tuo hotel a Borgo Calestra",
         "-Confronta i prezzi",
         "-Cerca offerte"],
        ["-Ti è piaciuto l'articolo? Salvalo su Pinterest!",
         "-Condividi",
         "-Lascia un commento",
         "-Articoli correlati",
         "-Le 10 gole più belle dell'Appennino",
         "-Iscriviti alla newsletter di Viaggiando Lento",
         "-Seguici su Instagram @viaggiandolento",
         "-Privacy Policy | Cookie Policy | Contatti",
         "-© 2026 Viaggiando Lento"],
    ]),
    # an Italian real-estate news portal
    "it-immobiliare-portale": _page("it", "it-immobiliare-portale", [
        ["-CasaNotizie.it",
         "-Compra Affitta Vendi Mutui Notizie",
         "-Cerca casa: città, zona o indirizzo",
         "-Pubblica annuncio gratis",
         "-Notizie › Mercato",
         "-Redazione CasaNotizie",
         "-11 marzo 2026"],
        ["+Prezzi delle case a Ravegnano: +4,2% in un anno, affitti ancora più su",
         "+Comprare casa a Ravegnano costa oggi in media 2.380 euro al metro quadro, il 4,2% in più rispetto "
         "a un anno fa. È quanto emerge dall'osservatorio semestrale dell'Ordine dei geometri provinciale.",
         "+I prezzi zona per zona",
         "+Centro storico: 2.950 €/mq (+5,1%)",
         "+Borgo Nuovo: 2.410 €/mq (+4,0%)",
         "+San Marone: 1.980 €/mq (+3,3%)",
         "+Periferia nord: 1.620 €/mq (+1,9%)",
         "-Calcola la rata del tuo mutuo",
         "-Importo del mutuo",
         "-Durata in anni",
         "-Calcola",
         "+Gli affitti",
         "+Ancora più rapida la corsa dei canoni: un bilocale in centro si affitta in media a 760 euro al "
         "mese, il 9% in più del 2025. Pesano gli studenti della nuova sede universitaria e gli affitti brevi.",
         "+«Per una famiglia che cerca un trilocale in affitto oggi a Ravegnano l'offerta è quasi nulla», "
         "spiega il presidente dell'osservatorio, Lorenzo Bazzani."],
        ["-Annunci in evidenza",
         "-Trilocale in vendita, Via dei Tigli, Ravegnano – 189.000 €",
         "-Bilocale in affitto, Centro storico – 720 €/mese",
         "-Sei un'agenzia? Scopri le nostre soluzioni",
         "-Condividi su Facebook Twitter LinkedIn WhatsApp",
         "-Tag: prezzi case, affitti, Ravegnano",
         "-Leggi anche",
         "-Mutui, tassi in calo per il terzo mese consecutivo",
         "-Note legali | Privacy | Lavora con noi",
         "-Copyright 2026 CasaNotizie S.r.l. – Tutti i diritti riservati"],
    ]),
    # a Polish weather-forecast article on a weather portal
    "pl-prognoza-pogody": _page("pl", "pl-prognoza-pogody", [
        ["-PogodaTeraz.pl",
         "-Zaloguj",
         "-Prognoza Radar Ostrzeżenia Długoterminowa Jakość powietrza",
         "-Twoja lokalizacja: Brzozów Wielki",
         "-Wpisz miejscowość",
         "-Sprawdź prognozę",
         "-Opracowanie: Tomasz Gaweł, synoptyk",
         "-dzisiaj, 07:45",
         "-Aktualizacja: 09:10"],
        ["+Weekend z przymrozkami. Na wschodzie nawet minus 6 stopni",
         "-Fot. archiwum PogodaTeraz.pl",
         "+Po ciepłym początku marca do Polski napływa chłodne powietrze z północy. Najzimniejsze będą noce z "
         "piątku na sobotę i z soboty na niedzielę.",
         "+Prognoza na najbliższe dni",
         "+Piątek: od 4 do 9°C, słonecznie, w nocy do -4°C",
         "+Sobota: od 2 do 7°C, przelotne opady deszczu ze śniegiem",
         "+Niedziela: od 3 do 8°C, rozpogodzenia, w nocy do -6°C",
         "-Reklama",
         "+Ostrzeżenia dla sadowników",
         "+Synoptycy ostrzegają przede wszystkim właścicieli sadów i ogródków działkowych. Kwitnące już "
         "morele i brzoskwinie mogą ucierpieć w dolinach, gdzie zimne powietrze zalega najdłużej.",
         "+– Warto na noc okryć młode drzewka włókniną, a rozsady schować do środka – radzi Tomasz Gaweł.",
         "+Ocieplenie przyjdzie najpewniej w przyszły wtorek, gdy temperatura w dzień znów przekroczy 12 "
         "stopni.",
         "-Radar burzowy na żywo",
         "-Zobacz mapę ostrzeżeń"],
        ["-Pobierz aplikację PogodaTeraz",
         "-Udostępnij",
         "-Komentarze (17)",
         "-Najnowsze prognozy",
         "-Długi weekend majowy: pierwsze prognozy",
         "-Dane: modele numeryczne, opracowanie własne PogodaTeraz.pl",
         "-Polityka prywatności",
         "-© 2026 PogodaTeraz.pl"],
    ]),
    # a Polish job-market article on a job portal
    "pl-rynek-pracy": _page("pl", "pl-rynek-pracy", [
        ["-PracaDziś",
         "-Oferty pracy Pracodawcy Porady Zarobki Dodaj ogłoszenie",
         "-Zaloguj się",
         "-Stanowisko, firma, słowo kluczowe",
         "-Lokalizacja",
         "-Szukaj",
         "-Porady › Rynek pracy",
         "-Autorka: Magdalena Przybysz",
         "-12 marca 2026",
         "-Czas czytania: 3 min"],
        ["+Płace w logistyce rosną najszybciej. Gdzie zarobisz najwięcej?",
         "-Fot. Kadrex/materiały prasowe",
         "+Pracownicy magazynów i kierowcy dostali w ubiegłym roku największe podwyżki na rynku pracy. Tak "
         "wynika z raportu firmy doradczej Kadrex, która przeanalizowała ponad 40 tysięcy ofert.",
         "+Mediany wynagrodzeń brutto",
         "+Magazynier: 5 400 zł (+11%)",
         "+Operator wózka widłowego: 6 100 zł (+10%)",
         "+Kierowca kat. C+E: 8 900 zł (+8%)",
         "+Kierownik zmiany: 9 300 zł (+7%)",
         "+Najwięcej płacą centra dystrybucyjne wokół dużych węzłów autostradowych, gdzie o ludzi jest "
         "najtrudniej.",
         "+– Pracodawcy konkurują już nie tylko pensją, ale też grafikiem. Czterodniowy tydzień pracy przestał "
         "być w magazynach egzotyką – mówi Joanna Rydlewska z Kadreksu.",
         "+Gdzie najtrudniej o podwyżkę?",
         "+Najwolniej rosły płace w administracji biurowej: średnio o 4 procent, czyli mniej niż inflacja."],
        ["-Oferty pracy dla Ciebie",
         "-Magazynier – Logistika Nowe Brzeziny – 5 200–6 100 zł brutto",
         "-Specjalista ds. płac – Rachmax – praca zdalna",
         "-Zobacz wszystkie oferty",
         "-Prześlij CV w 30 sekund",
         "-Czy ten artykuł był pomocny? Tak Nie",
         "-Udostępnij: Facebook LinkedIn",
         "-Polecane artykuły",
         "-Regulamin Polityka prywatności Cookies",
         "-© 2026 PracaDziś Sp. z o.o."],
    ]),
    # a mirror site of a Russian Telegram channel
    "ru-telegram-mirror": _page("ru", "ru-telegram-mirror", [
        ["-ТГ-Зеркало",
         "-Каталог каналов",
         "-Поиск по постам",
         "-Заречный контроль",
         "-48 312 подписчиков",
         "-Подписаться на канал",
         "-Пост из Telegram-канала «Заречный контроль»",
         "-13 марта 2026, 08:14",
         "-Переслано из: Городские новости Заречного"],
        ["+⚡️ В Заречном с понедельника закрывают мост через Сыть",
         "+Мэрия только что подтвердила: Старый мост закрывают на ремонт с 17 марта до конца июля. "
         "Пешеходов пустят по временному понтону, машинам придётся ехать в объезд.",
         "+Что меняется:",
         "+— автобусы № 4 и № 12 пойдут через Новый мост, интервал вырастет до 20 минут;",
         "+— маршрутка № 31 временно отменяется;",
         "+— на улице Береговой вводят одностороннее движение;",
         "+— на время ремонта отменяется платная парковка у рынка.",
         "+«Мост не ремонтировали с 1987 года, дальше тянуть нельзя», — сказал нам замглавы города Павел "
         "Кочетов.",
         "+По словам Кочетова, подрядчика выбрали ещё в январе, смета ремонта — 214 миллионов рублей.",
         "+Жители Слободки уже собирают подписи за то, чтобы пустить через понтон хотя бы школьный "
         "автобус. Следим."],
        ["-👍 412 🔥 87 😢 15",
         "-21,4 тыс. просмотров",
         "-изменено 08:31",
         "-Комментарии: 64",
         "-Поделиться",
         "-Открыть пост в Telegram",
         "-Предыдущий пост",
         "-Следующий пост",
         "-Похожие каналы",
         "-Реклама в каналах",
         "-Пожаловаться",
         "-Все материалы принадлежат их авторам. ТГ-Зеркало не несёт ответственности за содержание постов.",
         "-© 2026 ТГ-Зеркало"],
    ]),
    # the AMP page of a Russian city news site
    "ru-amp-stranitsa": _page("ru", "ru-amp-stranitsa", [
        ["-☰",
         "-Новости Новоборска",
         "-Перейти на полную версию сайта",
         "-Главная / Общество",
         "-16+",
         "-Автор: Ольга Чеснокова",
         "-13 марта 2026, 11:20",
         "-Просмотры: 3 458"],
        ["+В Новоборске откроют четыре новых детских сада до конца года",
         "+Мэрия Новоборска назвала сроки открытия детских садов, которые строятся в новых микрорайонах. "
         "Первый из них примет детей уже в мае.",
         "-Фото: пресс-служба администрации Новоборска",
         "+Сроки открытия",
         "+Сад на улице Лётчиков — май, 220 мест",
         "+Сад в микрорайоне Сосновый — сентябрь, 180 мест",
         "+Сад на Заводской — октябрь, 240 мест",
         "+Сад в посёлке Ключи — декабрь, 120 мест",
         "-Реклама",
         "+Очередь в сады сейчас составляет почти 900 детей, большинство из них живут в новых кварталах на "
         "окраинах.",
         "+«После открытия всех четырёх садов очередь для детей старше трёх лет исчезнет полностью», — "
         "пообещала начальник управления образования Ирина Малкова.",
         "+Записаться в новые сады можно будет через портал госуслуг или в МФЦ с 1 апреля."],
        ["-Обсудить",
         "-Читайте также:",
         "-В Новоборске продлили работу ледовой переправы",
         "-Подписывайтесь на наш канал в Telegram",
         "-Поделиться:",
         "-ВКонтакте Одноклассники Telegram WhatsApp",
         "-Все новости",
         "-Наверх",
         "-© 2026 «Новости Новоборска». При полном или частичном использовании материалов ссылка на "
         "источник обязательна.",
         "-Политика конфиденциальности"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_26_line, test_held_out_26_line_is_kept, test_held_out_26_page = held_out_tests(
    HELD_OUT_26_LINES, HELD_OUT_26_KEEP, HELD_OUT_26_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
