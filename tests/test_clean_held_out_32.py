"""Held-out set 32: written blind, weighted toward whole scraped pages in layouts sets 22 to 31 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 31) nor ``git log``, ``git
show`` or ``git diff`` output; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``; ``FIXTURES``
printed as its dict of three file names), the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py, the same way), the docstring of held-out set 31, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions, printed with an ast script that found the function nodes, not the words in
the docstring) and scripts/clean_held_out_report.py (in full) were read. The layouts to avoid were
taken from the brief's list and set 31's docstring; the page dict is built as set 31 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips: none found beyond these
notes. (1) ``git worktree add`` was run with its output discarded; the English fixture was not
printed. (2) Before the measurement the file was imported once in /work/main to count its lines
and pages (no case was run through the cleaner). (3) The measuring pytest run (``-rA``) was piped
to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the per-case problems of
the five failing pages and the failing keep line were read out once afterwards with ``_problems``
in the frozen worktree, to write the xfail reasons. (4) Some noise lines name real things, as real
pages do: Facebook, X, WhatsApp, Pinterest, Instagram, YouTube, Telegram, ВКонтакте, WordPress, the
CC-BY-SA licence and the French duty-pharmacy number 3237; the English phone number is in the
01632 drama range, other numbers (company, SIRET, P. IVA, C.F., postcodes) are invented but have
real formats and may coincide with real ones; "SchoolSites" (a web designer line), "Croce Verde"
(a common name of Italian ambulance associations) and the Polish council club "Wspólna Gmina" may
coincide with real names. Nothing below was copied from any file of the repository. The lines and
pages are written from memory of how real sites print them, in en/fr/de/it/pl/ru; the page
articles and every person, school, resort, choir, pharmacy, breeders' club, dog breed, cinema,
film, film archive, bakery, car club, rally, sports centre, pool, municipality, council club,
video game, fortress, company and town in them are invented. The kinds set 31's docstring names
as missed (the newsletter data notice, "Please enable JavaScript ...", the AI-translation notice,
the outdated-browser warning, "Комментариев пока нет. Будьте первым!") and those it names from
earlier sets (interview bylines, print-origin notice, app-download line, tip-off line, paywall
percentage notice, "Oprac." byline, partner-material notice, Instagram embed placeholder, German
embed label, "have your say", "story continues below", registration footers, price notices, "the
editors' opinion may differ", gallery counters, "was this page helpful?" widgets, the
"Transparenzhinweis" trip disclosure) were not reused as noise lines. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s32 at commit c8f499d) and every failing case is marked
as a strict xfail whose reason describes the line or page, not a rule. Before the measurement two
noise lines (the fan-project line and the wiki-community copyright line) were added to
ru-fan-wiki-lokaciya to bring it to 21; nothing was changed after it but the xfail tables and this
docstring. scripts/clean_held_out_report.py needed no change: it finds a set by its number, so
``--sets 32`` works as it is.

Judgement calls: the keep lines opening with "Sponsored by", "Copyright holders", "Comments from",
"Written objections", "Click-and-collect", "Subscription fees", "Related costs", "Lire le rapport",
"Commentant", "Suivez le guide", "Anzeigen", "Weiterlesen", "Kommentarlos", "Iscriviti al corso",
"Commenti negativi", "Segui il fiume", "Reklamacje", "Zobacz, jak", "Читать лекции" and
"Поделиться опытом" are article sentences; the affiliate-link line, the correction line ("This
article was amended ..."), "Article réservé aux abonnés", the Italian update time and the Russian
"Материал обновлён ..." are notices, "Listen to this article · 6:12 min", "Zur Startseite" and
"Zobacz galerię zdjęć" "other". In en-ski-resort-snow-report the title, the "Today at a glance"
subheading with its four "label: value" rows (base depth, lifts open, temperature, avalanche risk),
the quote and "Please keep to marked runs: ..." are article, the skip link, resort name, menu,
lift-pass offer, breadcrumb, update time, posting team, webcam, road and forecast links, share
lines, snow-report sign-up, prices link, address, legal links, copyright, back-to-top and cookie
banner noise; in en-school-newsletter-week the "Newsletter – Week 13, Autumn Term" title, the
"Attendance this week" and "Dates for your diary" subheadings with their rows, the headteacher's
quote and the gate-time reminder are article, the school name, tagline, menu, parent portal,
breadcrumb, date, category, PDF, print, previous/next, latest news with two headlines, address,
phone, email, policy links, copyright, web designer and translate lines noise; in
fr-chorale-concert the "Au programme" subheading with three rows, the conductor's quote and the
next-concert sentence are article, the agenda box, rehearsal invitation, SIRET line and "Site
réalisé avec WordPress" noise; in fr-pharmacie-conseil the "Les signes qui doivent alerter"
subheading with three rows, the pharmacist's quote and the advice to see a doctor are article,
the disclaimer "Ces conseils ne remplacent pas l'avis d'un médecin.", related product, add-to-cart,
duty-pharmacy line and opening hours noise; in de-zuchtverein-zuchtschau "Die Ergebnisse" with
three "title: dog (owner)" rows, the judge's quote and the thanks to helpers are article, the
login, join, search, gallery, print, comment and previous/next lines noise; in de-kino-stummfilm
"Termine" with two date rows, the organist's quote and the ticket-price sentence ("Karten gibt es
an der Kinokasse und online.") are article, the "Filmreihe:" label, publication date, trailer,
ticket, watch-list, recommendation and funding lines noise; in it-forno-blog "Le tre fasi" with
three "phase: ingredients" rows and the father's quote are article, the online-order and shipping
lines, byline, category, reading time, tags and related recipe noise; in it-autoclub-rally "La
classifica" with three ranking rows, the winner's quote and the charity sentence are article, the
members' area, gallery, PDF ranking, next events and tax code noise; in pl-plywalnia-komunikat the
"Co w tym czasie?" subheading with three rows, the manager's dash quote and the apology are
article, the centre name, contrast/font switch, search, pass purchase, accessibility declaration,
BIP and RODO lines noise; in pl-rada-gminy-sesja "Przyjęte uchwały" with three lowercase
resolution rows, the mayor's dash quote and the next-session date are article, the BIP, e-services,
view count, YouTube recording, protocol PDF and office hours noise; in ru-fan-wiki-lokaciya the
title, the "Задания" subheading with three quest rows, the castellan's quote and the "Интересные
факты" subheading are article, the wiki name, fan-project line, wiki menu, login, "Реклама", edit
links, categories, last-edit line, licence line, comment, share, popular pages and footer lines
noise; in ru-hakaton-blog the "Победители" rows, the team captain's quote and the "Что дальше"
subheading are article, the bare author name, date, "7 мин", view count, hiring banner, tags,
subscribe, comments, related post and Telegram lines noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 250 noise lines (20 to 21 a page) and 128 article lines
(10 to 12 a page): en-ski-resort-snow-report (a ski resort's daily snow report),
en-school-newsletter-week (a primary school's weekly newsletter), fr-chorale-concert (a choir's
concert report), fr-pharmacie-conseil (a pharmacy's health tip with a shop box),
de-zuchtverein-zuchtschau (a dog breeders' club show report), de-kino-stummfilm (a cinema's
programme note), it-forno-blog (a bakery's blog post), it-autoclub-rally (a historic car club's
rally report), pl-plywalnia-komunikat (a municipal sports centre's pool closure notice),
pl-rada-gminy-sesja (a rural council's session summary), ru-fan-wiki-lokaciya (a video-game fan
wiki's location page), ru-hakaton-blog (a hackathon report on a company blog); every page holds a
list, subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit c8f499d, measured with
``cd /tmp/wt-s32 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s32/src python -m pytest
-q tests/test_clean_held_out_32.py -rA -p no:cacheprovider`` (9 failed, 68 passed) and
``cd /tmp/wt-s32 && PYTHONPATH=/tmp/wt-s32/src python scripts/clean_held_out_report.py --sets 32``,
with the xfail tables empty): noise lines removed 42/45 (marker 7/7, reading-time 7/7, byline 6/7,
footer 5/5, comments 6/6, share 5/5, notice 4/5, other 2/3; missed: the English "Words by ... ·
Photographs by ..." byline, the English affiliate-link notice "If you buy something through links
in this article, we may earn a commission." and the Polish "Zobacz galerię zdjęć"); keep lines
kept 19/20 (lost: the Italian sentence opening with "Iscriviti al corso,"); pages 7/12 clean
(en-ski-resort-snow-report, de-zuchtverein-zuchtschau, de-kino-stummfilm, it-forno-blog,
it-autoclub-rally, pl-rada-gminy-sesja, ru-hakaton-blog), 12 of 250 page noise lines left, 2
article lines lost: en-school-newsletter-week 3 left (school name, tagline, parent portal login)
and the title lost, fr-chorale-concert 2 (choir name, breadcrumb), fr-pharmacie-conseil 3
(tagline, booking link, breadcrumb), pl-plywalnia-komunikat 1 (centre name), ru-fan-wiki-lokaciya
3 (wiki name, fan-project line, categories) and the title lost. The failing cases are strict
xfails.

Still held out after session 14's round 30 (developed on set 31 only; the lead saw only this
docstring and the xfail reasons): measured once at a044292 with ``python
scripts/clean_held_out_report.py --sets 32`` and ``pytest tests/test_clean_held_out_32.py``: lines
42/45 and keep 19/20 as the baseline, but pages 6/12 clean (7 before) and 15 of 250 page noise lines
left (12 before), 2 article lines lost as before. A regression: round 30 keeps three or more "label:
value" rows under the title as the article's fact rows, and pl-rada-gminy-sesja's metadata rows under
its title ("Data publikacji: 27.11.2026", "Dodał: Referat Organizacyjny", "Odsłony: 318"), removed at
the baseline, now stay; its page test, which passed at the baseline, is now a strict xfail saying so.
The round's helper had named exactly this risk (page metadata rows under the title).

Round 31 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 32`` and ``pytest tests/test_clean_held_out_32.py`` at
3c4f8f1 (before) and the round's last commit on branch round31 (after): first the regression, as a
class: a row whose label is the page's metadata (its publication, update or edit date, who added,
wrote or edited it, its views or reads, its category or tags, its source, print; six languages:
"Data publikacji:", "Dodał:", "Odsłony:", "Veröffentlicht:", "Visualizzazioni:", "Просмотров:")
is no fact row for round 30's row runs, so pl-rada-gminy-sesja is clean again while set 31's
"Date:"/"Duration:" rows and the programme rows stay; then nothing lost: keep lines 19 -> 20/20 (a
sign-up, follow, share or donate call quoted as someone's words, the imperative, a comma and a clause
of saying, "Iscriviti al corso, ripeteva ogni giorno la maestra ...", is the article's), article lines
lost 2 -> 0 (why titles were dropped: a widget word, a dash and a piece with a number read as a
widget's header and its button, "Newsletter – Week 13, Autumn Term", now a title; a site's kept
name over a short title was taken for the title, now the wiki's name at the top, the fan site's
"not affiliated" disclaimer and a menu row of four labels or more as the first line are no title);
noise lines 42 -> 45/45 (credits joined by a bullet, "Words by ... · Photographs by ..."; a commission
on the page's links wherever it stands, "If you buy something through links in this article, we may
earn a commission."; a link to the photo gallery, "Zobacz galerię zdjęć"; six languages each); pages
6 -> 12/12 clean, page noise left 15 -> 0 of 250, the header lines by position: a menu row of four
links or more that a rule already took as the page's head now bounds the masthead for round 28's
above-headline rule (the site's name, tagline and links above the headline go), a breadcrumb of
three crumbs or more counts as its chrome and stops the headline's touching lines ("Accueil >
Conseils santé > Hiver"), a name in quotes closing a masthead line is no sentence ("Вики по
«Хроникам Эльдорна»"), a wiki's tools row ("Править | История | Обсуждение (4)") and the
categories row beside it are stamps. Set 31's header lines left 22 -> 21 of 244 (the breadcrumb
"Home > Wire > World > Europe"; its spaced menus without separators, site names and taglines over
them are still left, strict xfails as before). Strict xfails removed: 3 lines, 1 keep line, 6 pages
(67 -> 77 passed). Each rule has a unit test of examples and near misses in tests/test_clean.py
(round 31). Guards: the other sets and the development lists pass (3969 passed, 58 xfailed, no
XPASS), find_noise on the 3723 SemEval training articles removes exactly what it removed at 3c4f8f1
(a "Categories: ..." line in six languages anywhere was tried and dropped: it took a bare
"Kategorie:" label in a Polish SemEval article and contradicts the development test that keeps a
categories list in mid-body), and bench_clean.py's CPU ratio is about 1.04. These figures are
development figures: the set no longer measures wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_32_LINES = [
    # en
    ("body", "Skip Advertisement", "marker"),
    ("head", "PAID CONTENT", "marker"),
    ("head", "6 min read", "reading-time"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "By Harriet Calloway, Education Correspondent", "byline"),
    ("head", "Words by Tom Iredale · Photographs by Nia Okafor", "byline"),
    ("tail", "© 2026 Northvale Media Group Ltd. All rights reserved.", "footer"),
    ("tail", "Registered in England and Wales No. 04839211. Registered office: 12 Arden Row, Halsbury HB1 4TT.",
     "footer"),
    ("tail", "View 23 comments", "comments"),
    ("tail", "Comments are closed on this article.", "comments"),
    ("tail", "Share on Facebook", "share"),
    ("tail", "Copy link", "share"),
    ("tail", "This article was amended on 3 December 2026 to correct the spelling of a councillor's name.",
     "notice"),
    ("body", "If you buy something through links in this article, we may earn a commission.", "notice"),
    ("head", "Listen to this article · 6:12 min", "other"),
    # fr
    ("body", "Publicité", "marker"),
    ("head", "Temps de lecture : 3 min", "reading-time"),
    ("head", "Par Camille Vernet, correspondante à Brémont", "byline"),
    ("tail", "Réagir à cet article (12)", "comments"),
    ("tail", "Partager sur WhatsApp", "share"),
    ("head", "Article réservé aux abonnés", "notice"),
    # de
    ("body", "Anzeige", "marker"),
    ("head", "Lesedauer: 5 Min.", "reading-time"),
    ("head", "Von Jana Holtmeier und Felix Wanninger", "byline"),
    ("tail", "Impressum | Datenschutz | AGB | Kontakt", "footer"),
    ("tail", "Kommentare (7)", "comments"),
    ("tail", "Zur Startseite", "other"),
    # it
    ("body", "Contenuto sponsorizzato", "marker"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("head", "di Marta Ruggeri", "byline"),
    ("tail", "© Riproduzione riservata", "footer"),
    ("tail", "Condividi su WhatsApp", "share"),
    ("tail", "Articolo aggiornato alle 14:32 del 2 dicembre 2026", "notice"),
    # pl
    ("body", "Reklama", "marker"),
    ("head", "Czas czytania: 3 min", "reading-time"),
    ("head", "Autor: Tomasz Wielgosz", "byline"),
    ("tail", "Dodaj komentarz", "comments"),
    ("tail", "Udostępnij na X", "share"),
    ("tail", "Zobacz galerię zdjęć", "other"),
    # ru
    ("body", "Реклама", "marker"),
    ("head", "Время чтения: 4 минуты", "reading-time"),
    ("head", "Текст: Ирина Малахова", "byline"),
    ("tail", "© 2026 «Вестник Заречья». Все права защищены.", "footer"),
    ("tail", "Комментарии (3)", "comments"),
    ("tail", "Материал обновлён 2 декабря в 15:40", "notice"),
]

HELD_OUT_32_KEEP = [
    ("body", "Sponsored by the Greenhollow Trust, the scheme will fund 40 apprenticeships over two years."),
    ("body", "Copyright holders will be able to object to the scheme until the end of January."),
    ("body", "Comments from residents were overwhelmingly negative, with 312 of 340 responses opposing the plan."),
    ("tail", "Written objections must reach the council offices by 14 January, the notice says."),
    ("body", "Click-and-collect points will be installed at four libraries from March, the council confirmed."),
    ("body", "Subscription fees for the leisure centre will rise by £2 a month from April."),
    ("head", "Related costs, including legal fees, came to £48,000, according to the report."),
    ("body", "Lire le rapport en entier prend du temps : il compte 212 pages et quatre annexes."),
    ("body", "Commentant la décision, le maire a parlé d'un « choix de raison » face à la hausse des coûts."),
    ("body", "Suivez le guide, lance la conservatrice en ouvrant la porte de la réserve du musée."),
    ("body", "Anzeigen wegen Ruhestörung gingen im Sommer um ein Drittel zurück, berichtet die Polizei."),
    ("body", "Weiterlesen konnten die Schüler erst nach der Pause, denn in der Bibliothek war der Strom ausgefallen."),
    ("tail", "Kommentarlos verließ der Bürgermeister nach der Abstimmung den Sitzungssaal."),
    ("body", "Iscriviti al corso, ripeteva ogni giorno la maestra ai genitori più indecisi."),
    ("body", "Commenti negativi sono arrivati soprattutto dai commercianti del centro storico."),
    ("body", "Segui il fiume per due chilometri e arrivi al nuovo ponte pedonale, inaugurato sabato."),
    ("body", "Reklamacje w sprawie rachunków za wodę gmina rozpatrzy do końca stycznia."),
    ("body", "Zobacz, jak zmieniło się boisko, zachęcał dyrektor szkoły podczas zebrania z rodzicami."),
    ("body", "Читать лекции в сельском клубе профессор Белов начал ещё в 1998 году."),
    ("body", "Поделиться опытом с коллегами из соседнего района приехали двенадцать фельдшеров."),
]


HELD_OUT_32_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-ski-resort-snow-report", [
        ["-Skip to main content", "-Glenmorrach Mountain Resort",
         "-Snow Report | Lift Status | Webcams | Ski School | Lift Passes | Stay",
         "-Buy lift passes online and save up to 20%", "-Home / Snow Report / Daily Update"],
        ["+Snow report: 20 cm of fresh snow overnight as the Corrie Ban runs open for the season",
         "-Updated 07:45, Thursday 3 December 2026", "-Posted by the Mountain Operations Team"],
        ["+Good morning from the summit station, where the overnight storm has left 20 cm of fresh snow on "
         "top of a firm base.",
         "+Our grooming crews worked through the night and nine of our fourteen runs are open from 9am today.",
         "+Today at a glance",
         "+Base depth: 85 cm at the top station, 40 cm at the car park",
         "+Lifts open: 6 of 9",
         "+Summit temperature: minus 7 °C, wind north-west 25 mph",
         "+Avalanche risk: moderate (level 2) above 900 m",
         "+“It is the best opening day we have had in five winters,” said head of operations Fraser Dunleavy.",
         "+The upper Corrie Ban tow will stay closed until the wind drops, probably by Saturday.",
         "+Please keep to marked runs: the off-piste gullies have not been assessed yet."],
        ["-Live webcam: Summit station", "-Check road conditions on the pass before you travel",
         "-Weather forecast: next 5 days", "-Share this report", "-Facebook", "-WhatsApp", "-Email"],
        ["-Sign up for the daily snow report by email", "-Lift pass prices 2026/27",
         "-Glenmorrach Mountain Resort Ltd, Station Road, Glenmorrach", "-Terms | Privacy | Accessibility",
         "-© 2026 Glenmorrach Mountain Resort. All rights reserved.", "-Back to top",
         "-We use cookies to improve your visit. Accept all | Manage"],
    ]),
    _page("en", "en-school-newsletter-week", [
        ["-Ashcombe Vale Primary School", "-Learning together, growing together",
         "-Home | About Us | Parents | Curriculum | News | Contact", "-Parent Portal login",
         "-You are here: Home » News » Newsletters"],
        ["+Newsletter – Week 13, Autumn Term", "-Friday 4 December 2026", "-Category: Newsletters"],
        ["+What a busy week it has been at Ashcombe Vale, with our Year 4 pupils performing their winter "
         "assembly to a packed hall.",
         "+Attendance this week",
         "+Class Oak: 98.2%",
         "+Class Willow: 96.5%",
         "+Class Hazel: 94.1%",
         "+Well done to Class Oak, who win the attendance trophy and an extra playtime on Monday.",
         "+Dates for your diary",
         "+9 December – Christmas jumper day (£1 donation)",
         "+16 December – Nativity, 2pm in the school hall",
         "+“The children have worked so hard on the assembly, and it showed,” said headteacher Mrs Lorna "
         "Pettifer.",
         "+Please remember that the school gates now open at 8.40am, not 8.30am."],
        ["-Download this newsletter (PDF, 412 KB)", "-Print", "-Previous newsletter", "-Next newsletter"],
        ["-Latest news", "-Year 6 residential trip: kit list", "-Term dates 2026–27",
         "-Ashcombe Vale Primary School, Mill Lane, Ashcombe", "-Tel: 01632 960 412",
         "-Email: office@ashcombevale.example", "-Safeguarding | Privacy notice | Cookies",
         "-© 2026 Ashcombe Vale Primary School", "-Website by SchoolSites", "-Translate this page"],
    ]),
    _page("fr", "fr-chorale-concert", [
        ["-Chorale Les Voix du Lérin", "-Chanter ensemble depuis 1978",
         "-Accueil | La chorale | Concerts | Répertoire | Rejoindre | Contact", "-Espace choristes",
         "-Accueil > Actualités > Comptes rendus"],
        ["+Un concert de Noël à guichets fermés à l'église Saint-Aubin",
         "-Publié le 14 décembre 2026 par Secrétariat", "-Rubrique : Comptes rendus"],
        ["+Près de 350 personnes ont assisté dimanche au concert de Noël de la chorale, dans une église "
         "Saint-Aubin pleine à craquer.",
         "+Sous la direction de Bénédicte Laroque, les 42 choristes ont proposé un programme d'une heure et "
         "demie.",
         "+Au programme",
         "+Noëls populaires, arrangés pour chœur mixte",
         "+« Nuit sur le Lérin », création de Pierre-Yves Ménard",
         "+Chants du monde, avec les enfants de l'école de musique",
         "+« Chanter devant une église comble, c'est le plus beau cadeau », a confié la cheffe de chœur à "
         "l'issue du concert.",
         "+La quête, au profit de l'épicerie solidaire de Brémont, a rapporté 1 860 euros.",
         "+La soirée s'est achevée par un vin chaud offert sur le parvis.",
         "+Prochain rendez-vous le 21 mars pour le concert de printemps."],
        ["-Voir l'album photo du concert", "-Partager : Facebook | WhatsApp | E-mail", "-Laisser un commentaire",
         "-← Article précédent", "-Article suivant →"],
        ["-Nos prochains concerts", "-Concert de printemps – 21 mars 2027",
         "-Devenir choriste : les répétitions ont lieu le mardi à 20 h",
         "-Association loi 1901 – SIRET 123 456 789 00012", "-Mentions légales | Plan du site | Contact",
         "-© 2026 Chorale Les Voix du Lérin", "-Site réalisé avec WordPress", "-Ce site utilise des cookies. OK"],
    ]),
    _page("fr", "fr-pharmacie-conseil", [
        ["-Pharmacie des Tilleuls", "-Votre pharmacie à Sainte-Orbe",
         "-Accueil | Conseils santé | Nos services | Click & Collect | Horaires",
         "-Réservez vos tests et vaccins en ligne", "-Accueil > Conseils santé > Hiver"],
        ["+Rhume ou grippe : comment faire la différence ?", "-Par l'équipe officinale",
         "-Mis à jour le 27 novembre 2026", "-Lecture : 4 min"],
        ["+Chaque hiver, les comptoirs de la pharmacie voient défiler des patients qui se demandent s'ils ont "
         "attrapé un rhume ou la grippe.",
         "+Les deux infections sont dues à des virus, mais elles n'évoluent pas de la même façon.",
         "+Les signes qui doivent alerter",
         "+Une fièvre supérieure à 39 °C apparue brutalement",
         "+Des courbatures dans tout le corps",
         "+Une grande fatigue qui oblige à rester couché",
         "+« Le rhume gêne, la grippe cloue au lit », résume Hélène Marchetti, pharmacienne titulaire.",
         "+Dans le doute, ou si les symptômes durent plus de trois jours, consultez votre médecin traitant.",
         "+Les personnes de plus de 65 ans peuvent se faire vacciner contre la grippe directement à la "
         "pharmacie.",
         "+Enfin, pensez à vous laver les mains souvent et à aérer votre logement dix minutes par jour."],
        ["-Ces conseils ne remplacent pas l'avis d'un médecin.", "-Partager cet article", "-Imprimer",
         "-Produits associés", "-Spray nasal à l'eau de mer – 9,90 €", "-Ajouter au panier"],
        ["-Pharmacie de garde : composez le 3237", "-Ouvert du lundi au samedi, 8 h 30 – 19 h 30",
         "-12 place du Marché, 34999 Sainte-Orbe", "-Suivez-nous sur Facebook",
         "-Mentions légales | CGV | Données personnelles", "-© 2026 Pharmacie des Tilleuls",
         "-Gérer les cookies"],
    ]),
    _page("de", "de-zuchtverein-zuchtschau", [
        ["-Verein für Wendländer Schäferhunde e. V.",
         "-Startseite | Der Verein | Zucht | Welpen | Termine | Aktuelles | Kontakt", "-Mitglieder-Login",
         "-Mitglied werden", "-Suche", "-Sie sind hier: Startseite / Aktuelles"],
        ["+Zuchtschau in Kalberstedt: „Arko vom Mühlenberg“ wird Jahressieger",
         "-Geschrieben von Petra Aldenhoven | 23.11.2026", "-Kategorie: Ausstellungen"],
        ["+Mit 64 gemeldeten Hunden war die diesjährige Zuchtschau die größte seit der Vereinsgründung.",
         "+Richter Konrad Beilstein bewertete die Hunde am Samstag bei trockenem, aber kaltem Wetter.",
         "+Die Ergebnisse",
         "+Jahressieger Rüden: Arko vom Mühlenberg (Besitzer: Familie Tessendorf)",
         "+Jahressiegerin Hündinnen: Bella von der Heidkate (Besitzerin: Ute Krampitz)",
         "+Bester Junghund: Quinn aus dem Eichengrund",
         "+„Das Niveau war so hoch wie nie, die Entscheidung fiel mir schwer“, sagte Beilstein nach der Schau.",
         "+Ein besonderer Dank gilt den 18 Helferinnen und Helfern, die den Platz schon am Freitag aufgebaut "
         "haben.",
         "+Alle Ergebnisse der Schau hängen ab sofort im Vereinsheim aus.",
         "+Die nächste Zuchtschau findet im Mai 2027 wieder in Kalberstedt statt."],
        ["-Fotos der Zuchtschau in unserer Galerie", "-Drucken", "-Teilen: Facebook | WhatsApp",
         "-Kommentar schreiben", "-« Vorheriger Beitrag", "-Nächster Beitrag »"],
        ["-Aktuelle Welpen und Wurfplanung", "-Termine 2027", "-Geschäftsstelle: Am Anger 4, 29999 Kalberstedt",
         "-Impressum | Datenschutz | Satzung", "-© 2026 Verein für Wendländer Schäferhunde e. V.",
         "-Nach oben", "-Diese Website verwendet Cookies. Akzeptieren"],
    ]),
    _page("de", "de-kino-stummfilm", [
        ["-Kino im Lindenhof", "-Programm | Vorschau | Filmreihen | Tickets | Gutscheine | Kino mieten",
         "-Tickets online kaufen", "-Newsletter abonnieren",
         "-Startseite › Filmreihen › Stummfilm mit Live-Musik"],
        ["+Stummfilmnacht: „Die Glocke von Orlau“ mit Live-Orgel", "-Filmreihe: Stummfilm mit Live-Musik",
         "-Veröffentlicht am 30.11.2026"],
        ["+Am Samstag, 12. Dezember, zeigen wir ein fast vergessenes Werk: „Die Glocke von Orlau“, einen "
         "Stummfilm aus dem Jahr 1927.",
         "+Die Kopie wurde im vergangenen Jahr im Filmarchiv Wesselbrück restauriert und ist nun erstmals "
         "wieder auf der Leinwand zu sehen.",
         "+Am Instrument sitzt die Organistin Miriam Stöckle, die eigens eine neue Begleitmusik geschrieben hat.",
         "+Termine",
         "+Samstag, 12.12., 20:00 Uhr – mit Einführung",
         "+Sonntag, 13.12., 17:00 Uhr",
         "+„Ein Stummfilm ohne Musik ist wie ein Haus ohne Dach“, sagt Stöckle.",
         "+Der Eintritt kostet 12 Euro, ermäßigt 9 Euro; Karten gibt es an der Kinokasse und online.",
         "+Vor der Vorstellung am Samstag führt Filmhistoriker Jonas Ebelhart in die Geschichte der "
         "Restaurierung ein."],
        ["-Trailer ansehen", "-Jetzt Tickets sichern", "-Auf die Merkliste", "-Teilen",
         "-Das könnte Sie auch interessieren", "-Filmklassiker im Januar: Die große Reise nach Tarvos"],
        ["-Kino im Lindenhof, Lindenhofstraße 8, 72999 Altbergen", "-Kinokasse: täglich ab 17 Uhr",
         "-Folgen Sie uns auf Instagram", "-Impressum | Datenschutz | Barrierefreiheit",
         "-Gefördert durch die Kulturstiftung Altbergen", "-© 2026 Kino im Lindenhof gGmbH",
         "-Cookie-Einstellungen", "-Nach oben"],
    ]),
    _page("it", "it-forno-blog", [
        ["-Forno Bellandi dal 1962", "-Home | Il forno | Prodotti | Blog | Ordina online | Contatti",
         "-Ordina online e ritira in negozio", "-Spedizione gratuita sopra i 40 €",
         "-Home » Blog » Ricette di Natale"],
        ["+Il nostro panettone, passo dopo passo", "-Pubblicato il 1 dicembre 2026 da Chiara Bellandi",
         "-Categoria: Dietro le quinte", "-Tempo di lettura: 3 minuti"],
        ["+Ogni anno, a partire da metà novembre, il nostro laboratorio cambia ritmo: arriva il momento del "
         "panettone.",
         "+Per ottenerne uno servono tre giorni e tanta pazienza, perché il lievito madre non accetta "
         "scorciatoie.",
         "+Le tre fasi",
         "+Primo impasto: farina, lievito madre, zucchero e burro, riposo di 12 ore",
         "+Secondo impasto: tuorli, uvetta, scorze d'arancia candite",
         "+Cottura e raffreddamento a testa in giù per almeno 8 ore",
         "+«Il panettone si fa con le mani, ma soprattutto con il tempo», dice mio padre Renato, che lo "
         "prepara da quarant'anni.",
         "+Quest'anno ne sforneremo circa 1.200, di cui 300 con cioccolato fondente.",
         "+Chi vuole vedere il laboratorio può venire sabato 12 dicembre alle 10: la visita è gratuita."],
        ["-Tag: panettone, lievito madre, Natale", "-Condividi: Facebook | Pinterest | WhatsApp",
         "-Lascia un commento", "-Articoli correlati", "-Biscotti di Natale: la ricetta della nonna"],
        ["-Forno Bellandi s.n.c. – Via Roma 14, 53999 Valdoreto", "-P. IVA 01234567890",
         "-Seguici su Instagram", "-Privacy | Cookie policy | Condizioni di vendita", "-© 2026 Forno Bellandi",
         "-Torna su", "-Questo sito utilizza cookie tecnici e di profilazione. Accetta"],
    ]),
    _page("it", "it-autoclub-rally", [
        ["-Automobile Club Storico Valdoreto", "-Home | Il club | Eventi | Galleria | Iscrizioni | Contatti",
         "-Area soci", "-Cerca nel sito", "-Sei in: Home / Eventi / Resoconti"],
        ["+Rally delle Colline 2026: vince la coppia Ghirardi-Sala", "-di Redazione ACSV", "-2 dicembre 2026",
         "-Categoria: Resoconti"],
        ["+Domenica si è corsa la dodicesima edizione del Rally delle Colline, riservato alle auto costruite "
         "prima del 1985.",
         "+Al via 38 equipaggi, arrivati da quattro regioni, su un percorso di 142 chilometri tra le colline "
         "di Valdoreto.",
         "+La classifica",
         "+1° Ghirardi-Sala (coupé 1969) – 12 penalità",
         "+2° Bonfanti-Ruggeri (berlina 1974) – 19 penalità",
         "+3° Tosi-Pellegrini (spider 1971) – 23 penalità",
         "+«Non credevo di farcela, la prova di regolarità del pomeriggio è stata durissima», ha detto Marco "
         "Ghirardi all'arrivo.",
         "+Il premio per l'auto più anziana è andato a una torpedo del 1931 guidata da Gianna Ferrucci.",
         "+Il ricavato delle iscrizioni, 3.800 euro, sarà devoluto alla Croce Verde di Valdoreto."],
        ["-Guarda la galleria fotografica", "-Scarica la classifica completa (PDF)", "-Condividi su Facebook",
         "-Condividi su WhatsApp", "-← Articolo precedente | Articolo successivo →"],
        ["-Prossimi eventi", "-Raduno di primavera – 18 aprile 2027", "-Iscriviti alla newsletter del club",
         "-ACS Valdoreto – C.F. 90012345678", "-Privacy policy | Cookie policy",
         "-© 2026 Automobile Club Storico Valdoreto – Tutti i diritti riservati",
         "-Realizzato da Webstudio Colline", "-Accetta cookie"],
    ]),
    _page("pl", "pl-plywalnia-komunikat", [
        ["-Miejski Ośrodek Sportu i Rekreacji w Zielonowie", "-Wersja kontrastowa | A A A", "-Wyszukaj",
         "-Obiekty | Cennik | Grafik | Zajęcia | Aktualności | Kontakt", "-Kup karnet online",
         "-Deklaracja dostępności", "-Strona główna » Aktualności » Pływalnia Delfin"],
        ["+Przerwa technologiczna na pływalni Delfin od 4 do 17 stycznia", "-Opublikowano: 2 grudnia 2026",
         "-Autor: Dział Marketingu"],
        ["+Informujemy, że od 4 do 17 stycznia 2027 r. pływalnia Delfin przy ul. Szkolnej będzie zamknięta.",
         "+W tym czasie wymienimy filtry w stacji uzdatniania wody i wyczyścimy niecki obu basenów.",
         "+Co w tym czasie?",
         "+Karnety miesięczne zostaną przedłużone o 14 dni",
         "+Zajęcia nauki pływania przeniesiemy na pływalnię szkolną przy ul. Leśnej",
         "+Sauna i siłownia działają bez zmian, od 6:00 do 22:00",
         "+– Przerwa jest konieczna, bo filtry pracują bez wymiany od ośmiu lat – mówi kierownik obiektu "
         "Grzegorz Sadowy.",
         "+Przepraszamy za utrudnienia i zapraszamy ponownie od poniedziałku 18 stycznia.",
         "+Szczegółowy grafik zajęć po przerwie opublikujemy do 15 stycznia."],
        ["-Drukuj", "-Udostępnij", "-Powrót do listy aktualności", "-Zobacz także",
         "-Nowy cennik od 1 lutego 2027"],
        ["-MOSiR Zielonów, ul. Sportowa 3, 99-999 Zielonów", "-tel. 99 123 45 67", "-BIP",
         "-Polityka prywatności | RODO", "-© 2026 MOSiR Zielonów", "-Do góry",
         "-Strona wykorzystuje pliki cookies. Zamknij"],
    ]),
    _page("pl", "pl-rada-gminy-sesja", [
        ["-Gmina Brzozowa Wola", "-Urząd Gminy | Dla mieszkańca | Rada Gminy | Inwestycje | Aktualności",
         "-Biuletyn Informacji Publicznej", "-e-Usługi", "-Jesteś tutaj: Start / Aktualności / Z sesji Rady Gminy"],
        ["+Podsumowanie XXIV sesji Rady Gminy Brzozowa Wola", "-Data publikacji: 27.11.2026",
         "-Dodał: Referat Organizacyjny", "-Odsłony: 318"],
        ["+W czwartek 26 listopada radni zebrali się na XXIV sesji, w której uczestniczyło 14 z 15 członków "
         "rady.",
         "+Najwięcej czasu zajęła dyskusja o przyszłorocznym budżecie inwestycyjnym gminy.",
         "+Przyjęte uchwały",
         "+uchwała w sprawie stawek podatku od nieruchomości na 2027 rok",
         "+uchwała w sprawie dotacji na wymianę pieców węglowych",
         "+uchwała w sprawie nadania nazwy ulicy Jarzębinowej w Olszynach",
         "+– Podatki rosną tylko o wskaźnik inflacji, czyli o 4,1 proc. – tłumaczył wójt Andrzej Kosiorek.",
         "+Przeciwko uchwale podatkowej głosowało dwóch radnych klubu Wspólna Gmina.",
         "+Następna sesja odbędzie się 17 grudnia o godz. 10:00 w sali widowiskowej Gminnego Ośrodka "
         "Kultury."],
        ["-Nagranie z sesji na kanale YouTube", "-Pliki do pobrania: protokół (PDF, 220 KB)", "-Drukuj",
         "-Udostępnij na Facebooku", "-Wróć"],
        ["-Ogłoszenia", "-Ważne telefony", "-Urząd Gminy Brzozowa Wola, ul. Główna 1, 99-998 Brzozowa Wola",
         "-Godziny pracy: pon.–pt. 7:30–15:30", "-Deklaracja dostępności | Polityka prywatności",
         "-Copyright © 2026 Gmina Brzozowa Wola", "-Do góry", "-Ta strona używa ciasteczek. Rozumiem"],
    ]),
    _page("ru", "ru-fan-wiki-lokaciya", [
        ["-Вики по «Хроникам Эльдорна»", "-Фанатская вики, не связана с разработчиками игры",
         "-Исследовать | Главная | Все страницы | Сообщество | Интерактивные карты",
         "-Войти | Создать учётную запись", "-Реклама"],
        ["+Крепость Вороний Утёс", "-Править | История | Обсуждение (4)",
         "-Категории: Локации, Северный предел, Крепости"],
        ["+Крепость Вороний Утёс — локация во второй главе «Хроник Эльдорна», где игрок впервые встречает "
         "орден Серых стражей.",
         "+Крепость стоит на скале над Стылой рекой; попасть в неё можно только через подвесной мост.",
         "+Задания",
         "+«Ключ от ворот» — выдаёт кастелян Ордвин",
         "+«Последний дозор» — доступно после победы над троллем",
         "+«Письмо для Мирры» — побочное задание",
         "+«Эти стены видели три осады и ни одной сдачи», — говорит кастелян при первой встрече.",
         "+Интересные факты",
         "+В ранней версии игры крепость называлась Чёрный Утёс; название сменили за месяц до выхода.",
         "+Если поговорить с кузнецом ночью, он расскажет о тайном ходе под северной башней."],
        ["-Эта страница последний раз была отредактирована 28 ноября 2026 в 19:04.",
         "-Содержимое сообщества доступно по лицензии CC-BY-SA, если не указано иное.",
         "-Комментарии", "-Войдите, чтобы оставить комментарий", "-Поделиться"],
        ["-Популярные страницы", "-Северный предел", "-Орден Серых стражей", "-Фанатские вики",
         "-Подписывайтесь на нас в ВКонтакте", "-Пользовательское соглашение | Конфиденциальность | Помощь",
         "-Мобильная версия", "-© 2026 Вики-сообщество фанатов", "-Наверх"],
    ]),
    _page("ru", "ru-hakaton-blog", [
        ["-Блог компании «Кварцсофт»", "-Продукты | Вакансии | Блог | О компании | Контакты", "-Поиск по блогу",
         "-Войти", "-Мы нанимаем! 12 открытых вакансий", "-Блог › События"],
        ["+Хакатон «Кварц-2026»: 48 часов, 19 команд и робот-бариста", "-Анна Жемчужникова", "-1 декабря 2026",
         "-7 мин", "-1 842 просмотра"],
        ["+В последние выходные ноября мы провели четвёртый внутренний хакатон: 96 сотрудников из трёх "
         "городов, 19 команд и двое суток без сна.",
         "+Тема в этом году была простая — «Сделай жизнь коллег проще».",
         "+Победители",
         "+1 место — «Тихий час»: бот, который сам переносит встречи, если у вас слишком плотный день",
         "+2 место — «Кофемат»: робот-бариста, собранный из старого принтера",
         "+3 место — «Найди переговорку»: карта свободных комнат в реальном времени",
         "+«Мы не планировали делать робота, просто в пятницу ночью кончился кофе», — признаётся капитан "
         "команды «Кофемат» Дмитрий Осокин.",
         "+Что дальше",
         "+Три проекта-победителя получат по месяцу рабочего времени на доработку, а «Тихий час» уже тестируют "
         "в отделе продаж.",
         "+Следующий хакатон пройдёт весной, и впервые в нём смогут участвовать студенты наших стажёрских "
         "программ."],
        ["-Теги: хакатон, корпоративная культура, события", "-Поделиться: Telegram | ВКонтакте | Скопировать ссылку",
         "-Понравилась статья? Подпишитесь на наш блог", "-Комментарии (6)", "-Читайте также",
         "-Как мы перевели 300 сервисов на новый CI за полгода"],
        ["-Telegram-канал для разработчиков", "-ООО «Кварцсофт», 2026", "-Политика конфиденциальности",
         "-Наверх", "-Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим."],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_32_line, test_held_out_32_line_is_kept, test_held_out_32_page = held_out_tests(
    HELD_OUT_32_LINES, HELD_OUT_32_KEEP, HELD_OUT_32_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
