"""Held-out set 38: written blind, weighted toward whole scraped pages in layouts sets 22 to 37 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 37) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 37, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function node, not the words in
the docstring) and scripts/clean_held_out_report.py (in full, with ``cat``) were read. The layouts
to avoid were taken from the brief's list; the page dict is built as set 37 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found beyond these
notes. (1) ``git worktree add`` was run with its output discarded before anything was written; the
English fixture was not printed. (2) Before the measurement the draft lists and pages were executed
from a scratch folder (/tmp/s38) with a stand-in ``_page`` that only counted lines (no case was
run through the cleaner); after that count, 2 to 6 noise lines were added at the foot of each page
(still before the measurement) to bring every page to 20 to 22 noise lines. (3) The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were
seen; the problems of the seven failing lines and four failing pages were then read out once with
``_problems`` in the frozen worktree (each was "kept boilerplate"), to write the xfail reasons.
(4) The brief asked that every person, company, site and place in the articles be invented, but
the folk-dance page's article names real places in Galicia (la Galice, Ourense, Lugo, Santiago,
and a "Vilanova" that exists several times over) and the coffee page names Ethiopia; this was only
noticed after the measurement, so it was left as measured. (5) Some noise lines name real things,
as real pages do: Facebook, X, WhatsApp, Instagram, TikTok, Pinterest, YouTube, Telegram,
ВКонтакте, Одноклассники, Jimdo, Joomla!, the FNGF, the Deutscher Karate Verband, Visa,
Mastercard, Apple Pay, PayPal, the Italian 2x1000, BIP, RODO, the LS4 glider type and the Russian
medical-licence number format. Invented names (Harbourline News, Eastbury Road Masjid, Kellham,
Copperkettle, Brackendale, Hadeya, Les Sabots de la Vallière, Saint-Aurin, Domaine des Trois
Chênes, Béronville, Saint-Léger-des-Prés, Shinrai, Bergfeld, Aschwald, Hohe Leite,
Hohenleitendorf, Cascina Prato Lungo, Borgo Serale, Colle Sereno, Roccafiume, Lipnica, Dębówka,
Uniwersytet Nadwiślański, Заречинск, «Движение», Краснореченск, Tälerbote and the like) may
coincide with real places or firms (Bergfeld and Lipnica do exist); charity, company, VAT, licence
and phone numbers and postcodes are invented but have real formats and may coincide with real
ones. Nothing below was copied from any file of the repository. The lines and pages are written
from memory of how real sites print them, in en/fr/de/it/pl/ru. The kinds set 37's docstring names
as missed (the gallery-count marker, the interactive-map label, publisher/host legal footers with
registry numbers, the translation note, the archive note, the typo-report prompt) and those it
names from earlier sets (sponsored/partner markers, "Send this article to a friend", the font-size
control, the print-edition notice, "Editor's Pick" and the like, newsroom-contact and media-network
ownership footers, "© Riproduzione riservata", "Lascia un commento", correction/update notices,
one-word kickers, price lines, photo credits, taglines, alcohol warnings, club bylines,
breadcrumbs, AI-assistance, affiliate, funding and opinion notes) were not reused as noise lines;
the markers here are video, podcast and infographic labels; the notices are a series note, a cookie
banner, a subscribers-only note, an embedded-content consent note and an 18+ age note; the footers
are copyright lines, a legal-links row and a French site-map row. The set was measured once against
a frozen cleaner (worktree /tmp/wt-s38 at commit 7ec4652) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring. scripts/clean_held_out_report.py needed no
change: it finds a set by its number, so ``--sets 38`` works as it is.

Judgement calls: the keep lines opening with "Watch parties were held", "By a margin of eleven
votes", "Comments from the public gallery", "All rights to the land", "Subscribers to the
garden-waste scheme", "Five minutes of reading", "Join the residents' association", "Par 23 voix
contre 8", "Temps de parole limité", "Abonnés depuis vingt ans", "Teilen wollen sich", "Alle Rechte
an dem Grundstück", "Lesezeit für die Ratsmitglieder", "Di fronte a oltre duecento residenti",
"Commenti positivi", "Iscritti al servizio mensa", "Autorzy petycji", "Udostępnienie boiska",
"Автор проекта" and "Комментируя решение" are article sentences; "WATCH: ... (1:48)", "Podcast ·
The Harbour Week, episode 112", "INFOGRAPHIE – ...", "Video: ... (1:52 Min.)", "VIDEO | Il sindaco:
«...»", "WIDEO: ..." and "ВИДЕО | ..." are markers; "Comments are moderated and may take up to 24
hours to appear." is comments; the series note, the cookie banner, "Cet article est réservé aux
abonnés.", the YouTube consent line and "Материал предназначен для лиц старше 18 лет." are notices;
"ADVERTISEMENT – SCROLL TO CONTINUE WITH CONTENT", the Italian newsletter prompt and "Zobacz także:
..." are "other". On every page the title, the subheading, its list or table-like rows, the quote
and the sentences around them are article; site names, menus, buttons, section labels, post dates
(the bare "12.11.2026" included), bylines (the physiotherapist's "Автор: ..." and the pilot's "Von
Jonas Weidner" under the title included), view counts and ratings, reading times, tags,
categories, share, print, download and comment lines, comment forms, previous/next and related
links, sidebars of coming dates, opening and training hours, addresses, phone lines, company,
charity, VAT and licence lines, price and "Add to cart" rows, delivery and payment lines, support
and donation appeals, prayer-time and airfield-weather widgets, medical disclaimers, legal and
accessibility links, copyright, last-modified lines, social links, newsletter and cookie banners
and back-to-top links are noise. In en-mosque-community-news "The year in numbers" with four dash
rows is article; in en-coffee-roaster-blog "How we roast it" with four "label: value" rows is
article, the product and price line noise; in fr-groupe-folklorique-tournee "Les étapes" with four
"place : event" rows is article; in fr-domaine-mariage-blog "Ce qui change en hiver" with four dash
rows is article; in de-karate-dojo-pruefung "Die Ergebnisse" with five "Kyu: count" rows is
article; in de-segelflug-flugbericht "Der Flug in Zahlen" with four "label: value" rows is article;
in it-spaccio-agricolo-settimana "Cosa trovate in negozio" with four dash rows is article, the box
prices noise; in it-banda-concerto "Il programma" with four numbered rows is article; in
pl-wystawa-rolnicza-wyniki "Czempioni wystawy" with four "class: winner" rows is article; in
pl-akademiki-komunikat "Co trzeba zrobić" with four numbered rows is article, "Osoba
odpowiedzialna" and "Data modyfikacji" noise; in ru-byuro-nahodok "Что чаще всего забывают" with
four dash rows is article; in ru-kinezioterapiya-sovety "Пример плана на четыре недели" with four
week rows is article, "Имеются противопоказания, ..." noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 248 noise lines (20 to 22 a page) and 125 article lines
(10 to 11 a page): en-mosque-community-news (a mosque community centre's food-bank news),
en-coffee-roaster-blog (a coffee roaster's journal post), fr-groupe-folklorique-tournee (a folk
dance group's tour report), fr-domaine-mariage-blog (a wedding venue's blog), de-karate-dojo-pruefung
(a karate dojo's grading results), de-segelflug-flugbericht (a gliding club's flight report),
it-spaccio-agricolo-settimana (a farm shop's weekly update), it-banda-concerto (a town brass band's
concert news), pl-wystawa-rolnicza-wyniki (a county livestock show's results),
pl-akademiki-komunikat (a university student-housing office's news), ru-byuro-nahodok (a tram
operator's lost-property notice), ru-kinezioterapiya-sovety (a sports physiotherapy centre's tips);
every page holds a subheading with list or table-like rows and a quote in the article.

Baseline (2026-12-02, cleaner at commit 7ec4652, measured with
``cd /tmp/wt-s38 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s38/src python -m pytest
-q tests/test_clean_held_out_38.py -rA -p no:cacheprovider`` (11 failed, 66 passed) and
``cd /tmp/wt-s38 && PYTHONPATH=/tmp/wt-s38/src python scripts/clean_held_out_report.py --sets 38``,
with the xfail tables empty): noise lines removed 38/45 (marker 3/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 6/6, share 5/5, notice 2/5, other 3/3; missed: the English podcast marker
"Podcast · The Harbour Week, episode 112", the French marker "INFOGRAPHIE – Le budget communal en un
coup d'œil", the Italian marker "VIDEO | Il sindaco: «Una decisione sofferta»", the Russian marker
"ВИДЕО | Глава района прокомментировал решение совета", the English series note "This article is
part of our series “Streets Ahead: Fixing Local Transport”.", the French notice "Cet article est
réservé aux abonnés." and the German notice "Dieser Beitrag enthält Inhalte von YouTube. Klicken
Sie hier, um sie zu laden."; all seven were kept as paragraphs); keep lines kept 20/20; pages 8/12
clean, 15 of 248 page noise lines left (fr-domaine-mariage-blog 4 of 20, de-segelflug-flugbericht
3 of 20, ru-byuro-nahodok 5 of 21, ru-kinezioterapiya-sovety 3 of 21: in each the site name, menu
row and section label above the title, and on ru-byuro-nahodok also the bare date and view count,
were kept), 0 of 125 article lines lost. The failing cases are strict xfails.

Still held out after round 36 (developed on set 37; measured once at 1a7d284 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 38`` and pytest on
this file): exactly at its baseline (lines 38/45, keep 20/20, pages 8/12 clean, 15 of 248 page noise
lines left, 0 article lines lost).

Round 37 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 38`` and ``pytest tests/test_clean_held_out_38.py`` at
8a97462 (before) and the round's last commit on branch round37 (after): noise lines 38 -> 45/45
(marker 3 -> 7/7, notice 2 -> 5/5), pages 8 -> 12/12 clean, page noise lines left 15 -> 0 of 248, as
classes in six languages: the four menu rows ("... Blog Contact", "... Ausbildung ...", "... Тарифы
... Контакты", "... Цены Статьи ...") named one section the menu vocabulary knew, so no menu bounded
the head; a small organisation's own pages (blog, articles, prices, courses, vacancies, contacts)
now count as a menu's sections in a row of labels alone (no lower-case word but one a capitalised
function word opens), and the existing head rules take the site's name, the button, the section
label, the bare date and the view count above the title; a medium's noun (video, podcast,
infographic) joined to its caption by a bar, a middle dot or a dash is a media label, the caption
free to quote a speaker; the page named as part of a series, the page kept for subscribers alone
in one sentence ("reserved", "only", "exclusive"), and an embed's note asking for a click to load a
platform's or a third party's content are notices. Keep lines 20/20, 0 of 125 article lines lost,
before and after.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_38_LINES = [
    # marker 7
    ("head", "WATCH: Council leader defends the decision (1:48)", "marker"),
    ("body", "Podcast · The Harbour Week, episode 112", "marker"),
    ("head", "INFOGRAPHIE – Le budget communal en un coup d'œil", "marker"),
    ("body", "Video: So lief die Abstimmung im Stadtrat (1:52 Min.)", "marker"),
    ("head", "VIDEO | Il sindaco: «Una decisione sofferta»", "marker"),
    ("body", "WIDEO: Burmistrz tłumaczy decyzję rady", "marker"),
    ("head", "ВИДЕО | Глава района прокомментировал решение совета", "marker"),
    # reading-time 7
    ("head", "5 min read", "reading-time"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "Temps de lecture : 3 min", "reading-time"),
    ("head", "Lesedauer: 4 Minuten", "reading-time"),
    ("head", "Tempo di lettura: 5 minuti", "reading-time"),
    ("head", "Czas czytania: 3 min", "reading-time"),
    ("head", "Время чтения: 4 минуты", "reading-time"),
    # byline 7
    ("head", "By Marcus Hale, Local Democracy Reporting Service", "byline"),
    ("head", "Words by Jenna Ortiz · Edited by Sam Pike", "byline"),
    ("head", "Par Claire Dumoulin, correspondante locale", "byline"),
    ("head", "Von Tobias Reinhardt und Lea Brandt", "byline"),
    ("head", "di Marta Ceschi", "byline"),
    ("head", "Autor: Katarzyna Wilk", "byline"),
    ("head", "Автор: Дмитрий Соколов", "byline"),
    # footer 5
    ("tail", "© 2026 Harbourline News Ltd. All rights reserved.", "footer"),
    ("tail", "Terms of Use | Privacy Policy | Cookie Settings | Accessibility Statement", "footer"),
    ("tail", "Plan du site – Mentions légales – Gestion des cookies – Nous contacter", "footer"),
    ("tail", "© Tälerbote 2026 – Alle Rechte vorbehalten.", "footer"),
    ("tail", "© 2026 «Вечерний Заречинск». Все права защищены.", "footer"),
    # comments 6
    ("tail", "Join the conversation (23 comments)", "comments"),
    ("tail", "Comments are moderated and may take up to 24 hours to appear.", "comments"),
    ("tail", "Réagir à cet article (12 commentaires)", "comments"),
    ("tail", "Commenti (8) – Accedi per commentare", "comments"),
    ("tail", "Komentarze (17) – Dodaj komentarz", "comments"),
    ("tail", "Комментарии (5) · Написать комментарий", "comments"),
    # share 5
    ("tail", "Share on Facebook | Share on X | Share via Email", "share"),
    ("head", "Share this story", "share"),
    ("tail", "Artikel teilen: Facebook · WhatsApp · E-Mail", "share"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Udostępnij na Facebooku", "share"),
    # notice 5
    ("head", "This article is part of our series “Streets Ahead: Fixing Local Transport”.", "notice"),
    ("tail", "We use cookies to give you the best experience. By continuing to browse you agree to our cookie policy.", "notice"),
    ("head", "Cet article est réservé aux abonnés.", "notice"),
    ("body", "Dieser Beitrag enthält Inhalte von YouTube. Klicken Sie hier, um sie zu laden.", "notice"),
    ("head", "Материал предназначен для лиц старше 18 лет.", "notice"),
    # other 3
    ("body", "ADVERTISEMENT – SCROLL TO CONTINUE WITH CONTENT", "other"),
    ("tail", "Iscriviti alla newsletter per ricevere ogni mattina le notizie del territorio", "other"),
    ("body", "Zobacz także: Nowe rondo przy ul. Lipowej gotowe przed terminem", "other"),
]

HELD_OUT_38_KEEP = [
    ("body", "Watch parties were held in three pubs as residents followed the count late into the night."),
    ("body", "By a margin of eleven votes, the amendment on parking charges was rejected."),
    ("body", "Comments from the public gallery were cut short when the chair called for order."),
    ("body", "All rights to the land passed to the council in 1987, according to the deeds."),
    ("body", "Subscribers to the garden-waste scheme will pay £4 more a year from April."),
    ("body", "Five minutes of reading from the budget papers was enough to lose most of the gallery, one councillor joked."),
    ("tail", "Join the residents' association, its chair urged, if you want a say in what happens next."),
    ("body", "Par 23 voix contre 8, le conseil a adopté la délibération sur les tarifs de la cantine."),
    ("body", "Temps de parole limité à trois minutes : les riverains ont dénoncé une règle injuste."),
    ("body", "Abonnés depuis vingt ans au marché couvert, les commerçants craignent la hausse des loyers."),
    ("body", "Teilen wollen sich die beiden Gemeinden künftig auch den Bauhof und die Kläranlage."),
    ("body", "Alle Rechte an dem Grundstück liegen seit 1991 bei der Stiftung, betonte der Bürgermeister."),
    ("body", "Lesezeit für die Ratsmitglieder: Die Unterlagen kamen nur zwei Tage vor der Sitzung."),
    ("body", "Di fronte a oltre duecento residenti, il sindaco ha presentato il nuovo piano dei parcheggi."),
    ("body", "Commenti positivi sono arrivati anche dall'opposizione, che ha votato a favore."),
    ("body", "Iscritti al servizio mensa: 1.240 bambini, cento in più dell'anno scorso."),
    ("body", "Autorzy petycji zebrali ponad 1200 podpisów w niecały miesiąc."),
    ("body", "Udostępnienie boiska szkolnego mieszkańcom ma ruszyć od maja."),
    ("body", "Автор проекта, местный архитектор, представил его на публичных слушаниях."),
    ("body", "Комментируя решение, глава района назвал его вынужденным."),
]


HELD_OUT_38_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-mosque-community-news", [
        ["-Skip to main content", "-Eastbury Road Masjid & Community Centre",
         "-Home | Prayer Times | Madrasah | Events | Donate | Contact", "-Community News",
         "-Today's prayer times: Fajr 05:12 · Dhuhr 12:31 · Asr 15:02 · Maghrib 17:24 · Isha 18:49"],
        ["+Food bank marks its first year with a new cold store",
         "-Posted on 11 November 2026 by Centre Office",
         "+The community food bank run from the centre's basement hall opened a walk-in cold store on Saturday, a year after its first parcel went out.",
         "+Volunteers packed more than 6,000 parcels over the twelve months, and about a third went to families who had never used a food bank before."],
        ["+The year in numbers",
         "+- Parcels handed out: 6,140",
         "+- Volunteers on the rota: 58",
         "+- Local shops donating surplus: 9",
         "+- Languages spoken at the counter: 11"],
        ["+“People come in embarrassed and leave with a cup of tea and a conversation. That is the part the numbers miss,” said coordinator Amina Sadiq.",
         "+The cold store was paid for by collections after Friday prayers over the summer and means fresh milk, eggs and vegetables can now be offered every day.",
         "+The food bank is open to everyone, whatever their faith, on weekdays from 10am to 1pm."],
        ["-Categories: Community, Food Bank", "-Tags: volunteering, food bank, anniversary",
         "-Share: Facebook · WhatsApp · Email", "-« Madrasah enrolment open for spring term",
         "-Sisters' circle resumes on Thursday evenings »",
         "-Support your masjid – Donate online or by standing order",
         "-Registered Charity No. 1148822",
         "-Eastbury Road Masjid, 42 Eastbury Road, Kellham KM4 2RT · 01632 960 418",
         "-Subscribe to our WhatsApp broadcast for prayer time changes",
         "-Privacy Policy · Safeguarding Policy",
         "-© 2026 Eastbury Road Masjid & Community Centre",
         "-Website by Crescent Digital", "-Search the site", "-Ask the Imam – submit a question", "-Cookie preferences", "-Back to top"]]),
    _page("en", "en-coffee-roaster-blog", [
        ["-FREE UK DELIVERY ON ORDERS OVER £25", "-Copperkettle Coffee Roasters",
         "-Shop · Subscriptions · Wholesale · Journal · Visit Us", "-Basket (0)", "-Journal"],
        ["+Meet our new Ethiopian lot from the Hadeya washing station",
         "-3 min read",
         "+Every autumn we cup around forty samples before choosing one natural-process coffee for the winter, and this year the choice was unanimous.",
         "+The lot comes from about three hundred smallholders who deliver cherries to a single washing station at 2,100 metres."],
        ["+How we roast it",
         "+- Charge temperature: 205°C",
         "+- First crack: 8 minutes 40 seconds",
         "+- Total time: 10 minutes 30 seconds",
         "+- Rest before brewing: at least 7 days"],
        ["+We keep the roast light so the blueberry and jasmine notes survive, which makes it better as a filter than as an espresso.",
         "+“It is the kind of coffee that makes people ask what we put in it,” says head roaster Tom Ellery.",
         "+If you do use it for espresso, try a longer ratio of 1:2.5 and a slightly finer grind than usual."],
        ["-Hadeya Natural – 250g – £11.50", "-Add to cart",
         "-Posted in Origins, Roasting", "-Share this post",
         "-Related: Why we stopped using flavour wheels · Brewing with a V60 at home",
         "-Leave a comment", "-Your email address will not be published. Required fields are marked *",
         "-Get 10% off your first order – join our mailing list",
         "-Roastery & café: Unit 4, Millyard Lane, Brackendale · Open Tue–Sat 8–4",
         "-Copperkettle Coffee Roasters Ltd, registered in England No. 09384172",
         "-We accept Visa, Mastercard, Apple Pay and PayPal",
         "-© 2026 Copperkettle Coffee Roasters", "-Instagram · Facebook · TikTok", "-Back to top ↑", "-Free returns on unopened bags within 30 days", "-Cookie settings"]]),
    _page("fr", "fr-groupe-folklorique-tournee", [
        ["-Les Sabots de la Vallière – Groupe folklorique",
         "-Accueil Le groupe Costumes Agenda Galerie Contact", "-Actualités",
         "-Publié le 18 septembre 2026", "-Par le bureau"],
        ["+Notre tournée en Galice : dix jours, six spectacles et beaucoup d'amitié",
         "+Trente-deux danseurs et musiciens sont partis fin août pour répondre à l'invitation d'un groupe galicien rencontré lors de notre festival de 2024.",
         "+Le car a quitté la place de l'église à 5 heures du matin, avec les costumes soigneusement pliés dans les malles du grenier."],
        ["+Les étapes",
         "+- Ourense : défilé d'ouverture du festival",
         "+- Lugo : spectacle sur la place Mayor",
         "+- Vilanova : bal commun avec nos hôtes",
         "+- Santiago : aubade devant la cathédrale"],
        ["+« Quand les cornemuses galiciennes ont repris notre bourrée, plus personne ne savait à quel pays il appartenait », raconte la présidente, Odile Marchais.",
         "+Le groupe recevra à son tour les danseurs galiciens l'été prochain, pour la fête du village.",
         "+Les répétitions reprennent le vendredi à 20 h 30 à la salle des fêtes ; les nouveaux danseurs sont les bienvenus."],
        ["-Catégorie : Sorties et tournées", "-Mots-clés : Galice, tournée, bourrée",
         "-Partager sur Facebook", "-Imprimer",
         "-← Article précédent : Assemblée générale 2026", "-Article suivant : Stage de vielle →",
         "-Prochaines dates", "-12 octobre – Fête de la pomme, Saint-Aurin",
         "-Association loi 1901 – Affiliée à la FNGF",
         "-Nous suivre : Facebook · Instagram · YouTube",
         "-Mentions légales | Plan du site",
         "-© Les Sabots de la Vallière 2026 – Site réalisé avec Jimdo", "-Lu 243 fois", "-Haut de page", "-Ce site utilise des cookies. Accepter – Refuser"]]),
    _page("fr", "fr-domaine-mariage-blog", [
        ["-Domaine des Trois Chênes – Lieu de réception", "-Le domaine Mariages Séminaires Hébergement Blog Contact",
         "-Demander une visite", "-Blog", "-Conseils mariage"],
        ["+Mariage en hiver : pourquoi nos couples le choisissent de plus en plus",
         "-Temps de lecture : 4 min",
         "+Il y a cinq ans, nous n'accueillions aucun mariage entre novembre et mars ; cette saison, neuf couples ont réservé une date d'hiver.",
         "+La lumière douce, les cheminées de la grange et des tarifs plus bas expliquent en grande partie cet engouement."],
        ["+Ce qui change en hiver",
         "+- le vin d'honneur se tient dans l'orangerie chauffée",
         "+- les photos sont prévues entre 14 h et 16 h",
         "+- le menu fait la part belle aux plats mijotés",
         "+- les invités peuvent dormir sur place dans les gîtes"],
        ["+« Nous voulions un mariage intime, avec des bougies partout : en juin, cela n'aurait eu aucun sens », témoigne Pauline, mariée en janvier.",
         "+Nous recommandons de prévoir un plan B pour les routes en cas de neige et de prévenir les invités qui viennent de loin.",
         "+Les dates de décembre sont déjà presque toutes prises pour l'an prochain."],
        ["-Vous aimerez aussi : 7 idées de décoration champêtre",
         "-Partager : Facebook Pinterest Email", "-0 commentaire",
         "-Laisser un commentaire", "-Nom *  E-mail *  Site web",
         "-Recevez nos conseils et nos disponibilités",
         "-Domaine des Trois Chênes – Route de Béronville – 41220 Saint-Léger-des-Prés",
         "-Tél. 02 54 00 17 38", "-Mentions légales – Politique de confidentialité – CGV",
         "-© 2026 Domaine des Trois Chênes", "-Suivez-nous sur Instagram @domainedestroischenes", "-Article précédent", "-Article suivant", "-Retour en haut"]]),
    _page("de", "de-karate-dojo-pruefung", [
        ["-Karate-Dojo Shinrai Bergfeld e. V.", "-Start | Verein | Training | Trainer | Termine | Kontakt",
         "-Neuigkeiten", "-Veröffentlicht am 24.11.2026", "-Kategorie: Prüfungen"],
        ["+Gürtelprüfung im Herbst: 27 Karateka bestehen",
         "+Am Samstag stellten sich 27 Kinder, Jugendliche und Erwachsene in der Sporthalle am Lindenweg ihrer Kyu-Prüfung, und alle bestanden.",
         "+Abgenommen wurde die Prüfung von Sensei Heike Lorenz, 4. Dan, die eigens aus Aschwald angereist war."],
        ["+Die Ergebnisse",
         "+9. Kyu (weiß-gelb): 8 Prüflinge",
         "+8. Kyu (gelb): 7 Prüflinge",
         "+6. Kyu (grün): 6 Prüflinge",
         "+4. Kyu (blau): 4 Prüflinge",
         "+2. Kyu (braun): 2 Prüflinge"],
        ["+„Besonders die Kata der Jüngsten war so sauber, wie ich es selten gesehen habe“, lobte Lorenz nach der Prüfung.",
         "+Die nächste Prüfung ist für März geplant; wer teilnehmen möchte, meldet sich bis Ende Januar beim Trainerteam."],
        ["-Teilen: Facebook · WhatsApp", "-Zurück zur Übersicht",
         "-Weitere Meldungen", "-Weihnachtstraining am 20. Dezember",
         "-Probetraining jederzeit möglich – einfach vorbeikommen!",
         "-Trainingszeiten: Mo + Do 17:30–19:00 (Kinder), 19:00–20:30 (Erwachsene)",
         "-Mitglied im Deutschen Karate Verband",
         "-Gefördert durch die Stadt Bergfeld",
         "-Impressum | Datenschutz | Satzung",
         "-© 2026 Karate-Dojo Shinrai Bergfeld e. V.",
         "-Nach oben", "-Drucken", "-Kommentare (0)", "-Mitglied werden – Aufnahmeantrag (PDF)", "-Cookie-Einstellungen"]]),
    _page("de", "de-segelflug-flugbericht", [
        ["-Luftsportverein Hohe Leite e. V.", "-Verein Flugbetrieb Ausbildung Flugzeuge Gäste Intern",
         "-Flugberichte", "-Lesezeit: 3 Minuten"],
        ["+Über 500 Kilometer am Stück: Jonas fliegt sein erstes großes Dreieck",
         "-Von Jonas Weidner",
         "+Mit einem Dreieck über 512 Kilometer hat unser Vereinsmitglied Jonas Weidner am Pfingstsonntag das Leistungsabzeichen erflogen.",
         "+Gestartet wurde um 10:20 Uhr im Windenstart, die Thermik setzte über dem Kamm aber erst eine halbe Stunde später richtig ein."],
        ["+Der Flug in Zahlen",
         "+Flugzeug: LS4 D-6187",
         "+Flugzeit: 7 Stunden 48 Minuten",
         "+Schnitt: 71 km/h",
         "+Größte Höhe: 2.480 Meter"],
        ["+„Am zweiten Wendepunkt war ich kurz davor, eine Außenlandung zu planen, dann trug ein Bart über dem Steinbruch doch noch“, erzählt Weidner.",
         "+Der Verein gratuliert herzlich und hofft, dass der Flug weitere junge Piloten zu längeren Strecken motiviert."],
        ["-Tags: Streckenflug, Leistungsabzeichen, LS4",
         "-Dieser Beitrag wurde 214 Mal gelesen", "-Kommentare sind geschlossen.",
         "-Auf Facebook teilen", "-Vorheriger Bericht: Fliegerlager 2026",
         "-Gastflüge: Samstags und sonntags ab 12 Uhr, Anmeldung am Turm",
         "-Flugplatz Hohe Leite · 98765 Hohenleitendorf · Funk 123,505",
         "-Wetter am Platz: 18 °C, Wind 240/8 kt",
         "-Impressum · Datenschutzerklärung",
         "-© LSV Hohe Leite 2026", "-Login für Mitglieder",
         "-Diese Website nutzt Cookies. OK", "-Nächster Bericht: Herbstwinde am Kamm", "-Drucken", "-Instagram · YouTube"]]),
    _page("it", "it-spaccio-agricolo-settimana", [
        ["-Cascina Prato Lungo – Spaccio agricolo", "-Home · Chi siamo · I nostri prodotti · Cassette · Dove siamo",
         "-Novità della settimana", "-Pubblicato il 6 novembre 2026"],
        ["+Questa settimana in cascina: arrivano i cavoli e l'olio nuovo",
         "+Con le prime nebbie il campo dietro la stalla ci ha dato i cavoli neri e le verze, e lunedì è arrivato l'olio nuovo dal frantoio di Colle Sereno.",
         "+Le galline, invece, fanno ancora le capricciose: le uova sono poche e vanno prenotate."],
        ["+Cosa trovate in negozio",
         "+- cavolo nero e verza, raccolti il giorno prima",
         "+- zucca delica a pezzi",
         "+- olio extravergine nuovo, in latte da un litro",
         "+- formaggio di capra stagionato tre mesi"],
        ["+«Quest'anno le olive erano poche ma sane, e l'olio è piccante come piace a noi», dice Luisa, che segue il frantoio.",
         "+Sabato mattina facciamo assaggiare l'olio sul pane caldo: passate anche solo per un saluto."],
        ["-Ordina la cassetta settimanale", "-Cassetta piccola 18 € · Cassetta grande 28 €",
         "-Condividi: Facebook WhatsApp", "-Tag: olio nuovo, cavolo nero, uova",
         "-Articoli recenti", "-Le castagne sono arrivate",
         "-Orari spaccio: mar–sab 8.30–12.30 e 15.30–19",
         "-Seguici su Instagram @cascinapratolungo",
         "-Azienda Agricola Prato Lungo di Ferrero Luisa – Strada dei Prati 7, Borgo Serale",
         "-Privacy · Cookie policy", "-© 2026 Cascina Prato Lungo",
         "-Torna su ↑", "-Pagamento con bancomat e carta", "-P. IVA 02481930047", "-Newsletter: le novità ogni giovedì", "-Consegna a domicilio il venerdì nei comuni vicini"]]),
    _page("it", "it-banda-concerto", [
        ["-Corpo Musicale «Giuseppe Verdi» di Roccafiume", "-La banda · Storia · Scuola di musica · Concerti · Contatti",
         "-Notizie", "-Scritto da Segreteria", "-Visite: 312"],
        ["+Concerto di Santa Cecilia: la banda festeggia 150 anni",
         "+Teatro pieno domenica per il tradizionale concerto di Santa Cecilia, che quest'anno ha celebrato anche i 150 anni del Corpo Musicale.",
         "+Sul palco quarantasei musicisti, il più giovane di undici anni e il più anziano di ottantatré."],
        ["+Il programma",
         "+1. Inno di fondazione (1876), arr. R. Sala",
         "+2. Ouverture da «La forza del destino», G. Verdi",
         "+3. Suite popolare della valle, M. Rinaldi",
         "+4. Marcia «Roccafiume in festa», A. Bellotti"],
        ["+«Centocinquant'anni vogliono dire cinque generazioni di famiglie che hanno suonato insieme», ha detto il maestro Andrea Bellotti.",
         "+Al termine il sindaco ha consegnato una targa ai musicisti con più di cinquant'anni di servizio."],
        ["-Condividi su Facebook", "-Stampa", "-Commenti (0)",
         "-Prossimi appuntamenti", "-8 dicembre – Concerto in piazza per l'Immacolata",
         "-Vuoi suonare con noi? La scuola di musica accetta iscrizioni tutto l'anno",
         "-Sostieni la banda: dona il tuo 2x1000 al Corpo Musicale",
         "-Sede: via della Filanda 3, Roccafiume · prove martedì e venerdì ore 21",
         "-Note legali | Privacy",
         "-© 2026 Corpo Musicale «G. Verdi» – Tutti i diritti riservati",
         "-Realizzato con Joomla!", "-Tag: Santa Cecilia, anniversario, concerto", "-Seguici su Facebook e YouTube", "-Torna all'elenco notizie", "-Cookie policy"]]),
    _page("pl", "pl-wystawa-rolnicza-wyniki", [
        ["-Powiatowy Ośrodek Doradztwa Rolniczego w Lipnicy", "-Start Aktualności Szkolenia Wystawy Kontakt BIP",
         "-Aktualności", "-Dodano: 14.09.2026", "-Autor: Dział Promocji"],
        ["+Wyniki XXI Powiatowej Wystawy Zwierząt Hodowlanych",
         "+W niedzielę na terenie ośrodka w Lipnicy swoje zwierzęta pokazało 64 hodowców z całego powiatu.",
         "+Komisja oceniła bydło, konie, owce i drób, a po raz pierwszy także kozy."],
        ["+Czempioni wystawy",
         "+Bydło mleczne: jałówka Bela, gospodarstwo Jana Kowalczyka z Dębówki",
         "+Konie zimnokrwiste: klacz Zorza, hodowca Marek Sadowski",
         "+Owce: tryk rasy wrzosówka, hodowla Anny Grzyb",
         "+Kozy: koza Mela, gospodarstwo Państwa Nowaków"],
        ["+„Poziom był wyższy niż przed rokiem, zwłaszcza w bydle mlecznym” – podsumował przewodniczący komisji dr Tomasz Ligęza.",
         "+Nagrody wręczył starosta, a hodowcy otrzymali też dyplomy i bony na pasze."],
        ["-Galeria zdjęć z wystawy", "-Udostępnij", "-Drukuj",
         "-Czytaj również: Szkolenie z dobrostanu zwierząt – zapisy",
         "-Liczba wyświetleń: 587",
         "-Powiatowy ODR w Lipnicy, ul. Rolnicza 4, 32-999 Lipnica",
         "-tel. 12 000 45 67, e-mail: sekretariat@podr-lipnica.example",
         "-Deklaracja dostępności", "-Polityka prywatności",
         "-© 2026 PODR Lipnica", "-Wersja kontrastowa", "-Tagi: wystawa, hodowla, czempion", "-Poprzedni: Dni Pola 2026", "-Następny: Konkurs na najładniejszą zagrodę", "-Obserwuj nas na Facebooku", "-Mapa strony"]]),
    _page("pl", "pl-akademiki-komunikat", [
        ["-Uniwersytet Nadwiślański – Dział Domów Studenckich", "-Strona główna › Studenci › Akademiki",
         "-Menu: Aktualności · Cennik · Regulamin · Wnioski · Kontakt",
         "-Aktualności", "-Opublikowano: 02.10.2026"],
        ["+Nowe zasady przydziału miejsc w akademikach od semestru letniego",
         "+Od semestru letniego miejsca w domach studenckich będą przydzielane przez system elektroniczny, a nie na podstawie papierowych wniosków.",
         "+Zmiana ma skrócić czas oczekiwania na decyzję z trzech tygodni do kilku dni."],
        ["+Co trzeba zrobić",
         "+1. Złożyć wniosek w systemie do 15 stycznia.",
         "+2. Dołączyć zaświadczenie o dochodach, jeśli ubiegasz się o pierwszeństwo.",
         "+3. Potwierdzić przydział w ciągu 48 godzin.",
         "+4. Wpłacić kaucję w wysokości 500 zł."],
        ["+„Chcemy, żeby nikt nie musiał stać w kolejce pod biurem w pierwszym tygodniu semestru” – mówi kierowniczka działu Ewa Mrozek.",
         "+Studenci, którzy już mieszkają w akademikach, zachowają swoje pokoje, jeśli złożą wniosek o przedłużenie."],
        ["-Pliki do pobrania: Regulamin przydziału (PDF, 240 KB)",
         "-Wydrukuj stronę", "-Udostępnij: Facebook · X",
         "-Osoba odpowiedzialna: Ewa Mrozek",
         "-Data modyfikacji: 03.10.2026",
         "-Dział Domów Studenckich, ul. Akademicka 11, pok. 4",
         "-Godziny pracy: pon.–pt. 9:00–14:00",
         "-Mapa serwisu | Dostępność | RODO",
         "-© Uniwersytet Nadwiślański 2026",
         "-Ta strona używa plików cookie. Akceptuję", "-Wróć do listy aktualności", "-Liczba odsłon: 3 412", "-Rejestr zmian", "-Zobacz też: Cennik miejsc w akademikach 2026/2027", "-Powiększ tekst A A A", "-BIP"]]),
    _page("ru", "ru-byuro-nahodok", [
        ["-МУП «Горэлектротранс» г. Заречинска", "-Главная / Пассажирам / Бюро находок",
         "-Расписание Маршруты Тарифы Новости Вакансии Контакты", "-Новости",
         "-12.11.2026", "-Просмотров: 1 204"],
        ["+Бюро находок переезжает: вещи можно забрать по новому адресу",
         "+С 20 ноября бюро находок трамвайно-троллейбусного управления работает в здании депо № 2 на улице Машиностроителей, 15.",
         "+За октябрь пассажиры оставили в вагонах и троллейбусах 418 вещей, и меньше половины из них нашли своих владельцев."],
        ["+Что чаще всего забывают",
         "+— зонты: 136",
         "+— перчатки и шапки: 97",
         "+— телефоны: 41",
         "+— сумки и рюкзаки: 38"],
        ["+«Один пассажир забыл в трамвае аккордеон и вернулся за ним только через две недели», — рассказывает сотрудница бюро Галина Пестова.",
         "+Вещи хранятся шесть месяцев; чтобы получить находку, нужно назвать маршрут, дату поездки и описать предмет."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Версия для печати", "-Другие новости",
         "-Изменение маршрута № 7 на время ремонта путей",
         "-Диспетчерская служба: +7 (000) 123-45-67 (круглосуточно)",
         "-Приём обращений граждан",
         "-Противодействие коррупции",
         "-Версия для слабовидящих",
         "-© МУП «Горэлектротранс», 2026",
         "-При использовании материалов ссылка на сайт обязательна", "-Теги: бюро находок, депо", "-Карта сайта", "-Обратная связь", "-Вакансии", "-Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим."]]),
    _page("ru", "ru-kinezioterapiya-sovety", [
        ["-Центр спортивной реабилитации «Движение»", "-О центре Услуги Специалисты Цены Статьи Запись",
         "-Записаться онлайн", "-Статьи", "-Время чтения: 5 минут"],
        ["+Как вернуться к бегу после травмы колена",
         "-Автор: Илья Брагин, спортивный физиотерапевт",
         "+Самая частая ошибка после травмы колена — вернуться к прежним объёмам сразу, как только перестало болеть.",
         "+Боль уходит раньше, чем восстанавливаются мышцы и связки, поэтому нагрузку стоит наращивать постепенно."],
        ["+Пример плана на четыре недели",
         "+Неделя 1: ходьба 30 минут и упражнения на баланс",
         "+Неделя 2: чередование ходьбы и бега по 1 минуте",
         "+Неделя 3: бег 2 минуты, ходьба 1 минута, всего 20 минут",
         "+Неделя 4: непрерывный бег 15–20 минут в лёгком темпе"],
        ["+«Если колено отекает на следующий день после тренировки, значит, вы поторопились, и нужно вернуться на шаг назад», — объясняет Брагин.",
         "+Перед началом программы покажитесь врачу и проверьте технику бега у специалиста."],
        ["-Теги: бег, колено, реабилитация", "-Понравилась статья? Поделитесь с друзьями",
         "-Читайте также: Растяжка до или после тренировки?",
         "-Имеются противопоказания, необходима консультация специалиста",
         "-Запишитесь на первичную консультацию со скидкой 20%",
         "-г. Краснореченск, ул. Спортивная, 8 · Ежедневно 8:00–21:00",
         "-Лицензия на медицинскую деятельность № Л041-00000-00/00123456",
         "-Политика обработки персональных данных",
         "-© 2026 «Движение»", "-Наверх", "-Рейтинг статьи: 4,8 (27 голосов)", "-Комментарии (3)", "-Оставить комментарий", "-Telegram · ВКонтакте · YouTube", "-Карта сайта"]]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_38_line, test_held_out_38_line_is_kept, test_held_out_38_page = held_out_tests(
    HELD_OUT_38_LINES, HELD_OUT_38_KEEP, HELD_OUT_38_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
