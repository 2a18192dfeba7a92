"""Held-out set 25: written blind, weighted toward whole scraped pages in layouts sets 22 to 24 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, the line lists of tests/test_clean.py
and the lists and pages of held-out sets 10 to 24) nor ``git log``; only the helpers ``_problems``,
``_insert``, ``_held_out``, ``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with
``inspect.getsource``), the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py,
the same way), the docstring of held-out set 24, its imports, its ``_page`` helper and its last
lines (``_marks``, the xfail tables and the three test functions, printed from ``def _marks`` on)
and scripts/clean_held_out_report.py were read. Slips: (1) ``ls tests`` listed the names (not the
contents) of the test files; (2) ``ls tests/fixtures`` printed one folder name ("noisy");
(3) ``git worktree list`` printed the paths and commits of the other worktrees, no commit subject;
(4) the ast script that printed set 24's allowed parts also printed the line numbers of its three
list assignments, nothing of their contents; (5) the brief's report command names ``--sets 24``,
so it was run once as written (its first three lines, set 24's current line and keep figures, were
seen) besides ``--sets 25``; (6) set 24's docstring, which was allowed, names set 24's missed lines,
so lines of those kinds were not rewritten here. ``git worktree add`` was run with its output
discarded; the English fixture was not printed. Nothing below was copied from any file of the
repository. The lines and pages are written from memory of how real sites print them, in
en/fr/de/it/pl/ru; the page articles and every person, company, paper, site, funeral home, court
case, film, storm, town, party list and blog in them are invented. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s25 at commit d2d4485) and every failing case is marked
as a strict xfail whose reason describes the line or page, not a rule. Before the measurement
every page but two was first written with 14 to 19 noise lines and was given more (menus, log-in
links, share and related boxes, captions) to reach 20 to 22; nothing was changed after it but the
xfail tables and this docstring. Judgement calls: in fr-tempete-numeros-urgence the box of
emergency numbers is counted as noise (a site box printed on every storm article; the article's
own sentences carry the news); in it-ricetta-affiliazione the recipe card lines (difficulty,
preparation and cooking time) and the ingredients are counted as article; in
en-obituary-guestbook the life-dates line under the name is article and the guest-book entries
are noise (reader comments); in ru-facebook-zametka-repost the Meta footnote is noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 254 noise lines (20 to 22 a page) and 141 article lines:
en-obituary-guestbook (a funeral-home obituary page: funeral home header, menu, obituary search,
back link, flowers/tree/memory buttons, name and life dates, a "survived by" list, a memorial
service paragraph, calendar/directions buttons, a newspaper "Published by" line, a guest book
with a candle and a condolence entry, a flower-shop affiliate box, share line, notifications plug,
recent obituaries, footer), en-crown-court-report (a regional paper's court report: masthead,
sign-in, menu, trending bar, section label, byline and published/updated stamp, a list of the
offences, an ad label, a photo caption, a newsletter plug, the judge's words as a pull quote,
read-next and numbered most-read box, comments disabled for legal reasons, share and follow lines,
regulator line, legal links), fr-critique-cinema-seances (a film review: site menu, breadcrumb,
a film box with release date, director, cast, press and audience ratings and trailer link, the
critic's byline and date, a subheading, a pull quote, "On a aimé / On a moins aimé" dash lists,
showtimes of two cinemas, watch-list and share buttons, "Vous aimerez aussi", rating prompts,
footer), fr-tempete-numeros-urgence (a storm page of a regional paper: alert banner, live link,
newsroom byline and updated stamp, gust readings as table-like rows, an emergency-numbers box,
"Lire aussi", a pull quote, an "article offert" subscription plea, outage map link, call for
readers' photos, related headline, newsletter, footer), de-boerse-immobilien-ticker (a finance
portal: menu, index ticker line, a brokerage ad with an asterisk, breadcrumb, byline, time and
reading time, key-figure rows, a share widget with WKN/ISIN and price, a subheading, a quote, the
affiliate disclosure, a no-investment-advice notice, related box, bookmark/push buttons, comment
count, footer with delayed-quotes line), de-gesundheitsportal-hinweis (a health portal: sign-in,
menu, breadcrumb, medical-review line, author, update date, one-line table of contents, an ad
label between paragraphs, subheadings, a dash list of tips, a quote, a medical disclaimer,
sources toggle, helpfulness and star-rating widgets, newsletter, doctor finder, symptom checker,
related box, share, footer, privacy settings), it-ricetta-affiliazione (a recipe blog: search
box, menu, breadcrumb, author and date, affiliate notice, jump-to-recipe link, recipe card lines,
ingredients dash list, an Amazon affiliate box with its disclosure, an ad label, method
paragraphs, print/Pinterest/share buttons, rating prompt, comment count, a reader comment and
reply, newsletter, related recipes, footer with VAT number), it-comune-consiglio (a municipal
site in the national template: skip link, municipality header, menu, breadcrumb, date, reading
time, actions button, a dash list of budget items with amounts, the mayor's quote, topics, share,
attachments with a PDF, last-update line, clarity rating, contact/FAQ/appointment/report links,
address and tax-code footer, certified-mail line, legal links, social line),
pl-wyniki-wyborow-tabela (an election-results page: sign-in, menu, banner in capitals, compiler
line, published and updated stamp, reading time, photo credit, candidate result rows with
percentages and votes, turnout row, an ad label, related and live-map links, a subheading, a
dash-quoted speaker, app plug, newsletter, share/comment buttons, comment count and disclaimer,
newest/most-read boxes, footer), pl-archiwum-wydania-papierowego (a paper's print-edition
archive: archive header, search, year/month picker, issue number and date, page and section,
previous/next article, print-edition label, e-kiosk offer, author in capitals, a dash list of
detours, a dash-quoted speaker, cost rows, photo credit, print version, tags, share, a login
plea, the issue's table of contents with two entries, copyright with a reprint notice, legal
links), ru-facebook-zametka-repost (a regional site reposting a doctor's Facebook note: site
menu, age label, section, author with her job, date, view count, republished-with-permission
line, editorial disclaimer, shift figures as a list, a quote, the note's reactions line, share,
the Meta footnote, tags, typo prompt, comment count, an ad label, "Читайте также", subscribe
plug, registration and reuse lines), ru-ghost-blog (a Ghost blog: blog name, menu, search,
sign-in, primary tag in capitals, author, date and reading time, photo credit, a subheading, an
em-dash list, a mid-post subscribe form, a quote, share, tags, previous/next post, "Вам может
понравиться", members-only comments notice, footer and "Работает на Ghost"); every page holds a
list, subheading, pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit d2d4485, measured with
``cd /tmp/wt-s25 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s25/src python -m pytest
-q tests/test_clean_held_out_25.py -rA -p no:cacheprovider`` (18 failed, 59 passed) and
``cd /tmp/wt-s25 && PYTHONPATH=/tmp/wt-s25/src python scripts/clean_held_out_report.py --sets 25``,
with the xfail tables empty): noise lines removed 39/45 (marker 6/7, reading-time 6/7, byline 6/7,
footer 5/5, comments 5/6, share 5/5, notice 3/5, other 3/3; missed: a WordPress [embed] shortcode,
the Polish "Przeczytasz w 5 minut", an English "Words by ... | Photography by ..." credit line, a
German comment-moderation notice, an English helpline notice and a German AI-assistance notice);
keep lines kept 19/20 (lost: an Italian sentence opening "Riproduzione vietata di qualsiasi
tipo:" in the tail); pages 1/12 clean (en-crown-court-report), 46 of 254 page noise lines left, 6
paragraphs lost (1 on en-obituary-guestbook, 5 on it-ricetta-affiliazione): en-obituary-guestbook
5 (funeral home header, obituary search, calendar and directions buttons, the "Published by" line)
and the life-dates line lost, fr-critique-cinema-seances 4 (cast line, two rating lines, critic's
byline), fr-tempete-numeros-urgence 12 (alert banner, live link, newsroom byline, the four lines
of the emergency-numbers box, the "article offert" plea, outage-map link, call for photos,
related headline, log-in link), de-boerse-immobilien-ticker 6 (menu, brokerage ad, widget company name and WKN/ISIN line,
affiliate disclosure, no-investment-advice notice), de-gesundheitsportal-hinweis 3 (menu,
medical-review line, table of contents), it-ricetta-affiliazione 5 (search box, affiliate notice,
three lines of the Amazon box) and 5 article lines lost (difficulty, preparation and cooking
time, ingredients heading, one ingredient), it-comune-consiglio 1 (the menu), pl-wyniki-wyborow-
tabela 3 (menu, banner, live-map link), pl-archiwum-wydania-papierowego 2 (print-edition label,
e-kiosk offer), ru-facebook-zametka-repost 3 (author line, permission line, disclaimer),
ru-ghost-blog 2 (email field and subscribe button of the form). The failing cases are strict
xfails.

Still held out after session 12's round 23 (developed on set 24 only; the lead saw only this
docstring and the xfail reasons): measured once at 39947a2 with ``python
scripts/clean_held_out_report.py --sets 25`` and ``pytest tests/test_clean_held_out_25.py``: exactly
as the baseline (lines 39/45, keep 19/20, pages 1/12 clean, 46 of 254 page noise lines left, 6
article lines lost); no strict xfail started passing (59 passed, 18 xfailed).

Round 24 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 25`` and ``pytest tests/test_clean_held_out_25.py`` at
e5596bf (before) and d26a2d4 (after): noise lines 39 -> 45/45 (the embed shortcode, the Polish
reading time, the pipe-joined credit line, the comment-moderation, helpline and AI-assistance
notices), keep lines 19 -> 20/20 (the "Riproduzione vietata ..." sentence, a sign's words quoted,
now kept), pages 1 -> 12/12 clean, page noise left 46 -> 0 of 254, article lines lost 6 -> 0 (the
obituary's life-dates line, a span of two dates, is no stamp and the name over it is the title;
the recipe card and the ingredients under the first paragraph are the article's card and list).
All 18 strict xfails removed (59 -> 77 passed). The rules were written by kind of line in six
languages, each with a unit test of examples and near misses in tests/test_clean.py (round 24):
shop buttons and partner-programme disclosures of an affiliate box, page tools and boxes (search
placeholder, rating row, cast line, share identifiers, one-line table of contents, print-edition
label, e-edition offer, form field, calendar/directions buttons, live link, call for readers'
pictures, alert banner, box of numbers to call, ad copy under its label), review/check and
newsroom bylines, republication, no-investment-advice and gift-article notices, the notices under
the title the page rules found, portal section names in the menu vocabulary, a section banner in
capitals over the headline. These figures are development figures: the set no longer measures
wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


# (where, noise line, category): each line is inserted alone into the English fixture
HELD_OUT_25_LINES: list[tuple[str, str, str]] = [
    # marker
    ("body", "Story continues below advertisement", "marker"),
    ("body", "[embed]https://www.youtube.com/watch?v=x7Qm2LpZk9c[/embed]", "marker"),
    ("body", "Publicité - Continuez à lire ci-dessous", "marker"),
    ("body", "- Anzeige -", "marker"),
    ("body", "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ", "marker"),
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("body", "Реклама. ООО «Медиаплюс», ИНН 7701234567, erid: 2SDnjcR4Lqx", "marker"),
    # reading-time
    ("head", "Reading time: 6 minutes", "reading-time"),
    ("head", "4 min read", "reading-time"),
    ("head", "Temps de lecture : 5 min", "reading-time"),
    ("head", "3 Min. Lesezeit", "reading-time"),
    ("head", "Lettura 4 min", "reading-time"),
    ("head", "Przeczytasz w 5 minut", "reading-time"),
    ("head", "7 мин на чтение", "reading-time"),
    # byline
    ("head", "By Harriet Okonjo-Vale, Senior Courts Correspondent", "byline"),
    ("head", "Words by Callum Brierly | Photography by Ines Marchetti", "byline"),
    ("head", "Par Solène Quémeneur, envoyée spéciale à Brest", "byline"),
    ("head", "Von Jannik Sternhagen, dpa", "byline"),
    ("head", "di Ottavia Brancaleoni", "byline"),
    ("head", "Autor: Bartłomiej Wrzosek", "byline"),
    ("head", "Текст: Алевтина Горностаева", "byline"),
    # footer
    ("tail", "© 2026 Harbourline Media Group Ltd. Registered in England and Wales No. 04418821.", "footer"),
    ("tail", "About us | Contact | Careers | Advertise with us | Sitemap", "footer"),
    ("tail", "Mentions légales · Politique de confidentialité · Gestion des cookies · CGU", "footer"),
    ("tail", "Impressum | Datenschutz | Barrierefreiheit | Kontakt", "footer"),
    ("tail", "P.IVA 03318450128 - Tutti i diritti riservati", "footer"),
    # comments
    ("tail", "Join the conversation: 48 comments", "comments"),
    ("tail", "Comments are closed for this article.", "comments"),
    ("tail", "Réagir à cet article (12)", "comments"),
    ("tail", "Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.", "comments"),
    ("tail", "Dodaj komentarz", "comments"),
    ("tail", "Комментарии (34)", "comments"),
    # share
    ("tail", "Share this story: Facebook · X · WhatsApp · Email", "share"),
    ("body", "Share on LinkedIn", "share"),
    ("tail", "Condividi su Facebook Condividi su WhatsApp", "share"),
    ("tail", "Udostępnij na Facebooku", "share"),
    ("tail", "Поделиться ВКонтакте Одноклассники Telegram", "share"),
    # notice
    ("head", "This article is more than 3 years old", "notice"),
    ("tail", "If you have been affected by any of the issues in this article, support is available from "
             "the Samaritans on 116 123.", "notice"),
    ("tail", "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter", "notice"),
    ("tail", "Dieser Text wurde mit Unterstützung künstlicher Intelligenz erstellt und redaktionell geprüft.",
     "notice"),
    ("head", "Articolo aggiornato alle 18:40 del 12 marzo 2026", "notice"),
    # other (menus, breadcrumbs, self-promotion)
    ("head", "Home › News › Courts & Crime", "other"),
    ("head", "Strona główna / Wiadomości / Kraj", "other"),
    ("tail", "Подпишитесь на наш канал в Дзене", "other"),
]

# (where, article line): prose that looks like noise; each must stay a paragraph
HELD_OUT_25_KEEP: list[tuple[str, str]] = [
    ("body", "Updated figures released on Tuesday showed the deficit had narrowed to £3.2 million, not the "
             "£4.1 million first reported."),
    ("body", "The source of the leak, according to two officials, was a draft circulated to all 14 members "
             "on 3 March."),
    ("body", "Read more than a few pages of the report and the same complaint surfaces: nobody was told who "
             "owned the pumping station."),
    ("tail", "Comments made by the chief executive at the meeting were later withdrawn in a written "
             "statement."),
    ("body", "MARGARET HOLLINS, 71, has lived on Ferry Lane since 1979 and says she has never seen the river "
             "this high."),
    ("head", "Sign-ups for the scheme close on 30 June, and fewer than 400 households have applied so far."),
    ("body", "It did not."),
    ("body", "Publicité mensongère : c'est le motif retenu contre l'enseigne, condamnée à 40 000 euros "
             "d'amende."),
    ("body", "Mis à jour en 2019, le plan de prévention des risques n'a jamais été appliqué dans les trois "
             "communes concernées."),
    ("tail", "Lire la suite du rapport demande du temps : 312 pages, dont 90 d'annexes techniques."),
    ("body", "Anzeige erstattet hat nach Angaben der Polizei ein 54-jähriger Anwohner, der den Brand zuerst "
             "bemerkte."),
    ("body", "Stand heute fehlen dem Landkreis noch 14 Millionen Euro für den Neubau der Kreisklinik."),
    ("tail", "Mehr zum Thema Wohnungsbau will der Senat erst nach der Sommerpause vorlegen, hieß es aus der "
             "Verwaltung."),
    ("body", "Leggi e regolamenti regionali, ha ricordato l'assessora, non prevedono deroghe per i comuni "
             "sotto i cinquemila abitanti."),
    ("body", "Aggiornato al 2025, il piano prevede 38 nuovi posti letto e la riapertura del punto nascite."),
    ("tail", "Riproduzione vietata di qualsiasi tipo: così recitava il cartello appeso per decenni "
             "all'ingresso della bottega."),
    ("body", "Czytaj więcej, pisz mniej – tak brzmiało hasło kampanii, którą biblioteka prowadziła w szkołach "
             "od 2022 roku."),
    ("tail", "Zdjęcia z sesji rady, jak ustaliliśmy, zostały usunięte z miejskiej strony dzień po "
             "głosowaniu."),
    ("body", "Подписаться на рассылку муниципалитета, по словам чиновников, успели лишь 600 жителей из 40 "
             "тысяч."),
    ("tail", "Источник в мэрии, пожелавший остаться неизвестным, подтвердил, что проверка продлится до конца "
             "мая."),
]

HELD_OUT_25_PAGES: dict[str, tuple[str, NoisyCase]] = {name: _page(lang, name, blocks) for lang, name, blocks in [
    ("en", "en-obituary-guestbook", [
        ["-Hollowfield & Sons Funeral Directors",
         "-Home | Obituaries | Plan a Funeral | Pre-Planning | Grief Support | Contact Us",
         "-Search obituaries by name",
         "-‹ Back to Obituaries"],
        ["+Edith Marjorie Callander",
         "+March 4, 1938 – November 21, 2026"],
        ["-Send Flowers | Plant a Tree | Share a Memory"],
        ["+Edith Marjorie Callander, 88, of Pell Harbor, passed away peacefully at home on Saturday, "
         "November 21, surrounded by her family.",
         "+Born in Wexton to Arthur and Lillian Pryce, Edith was the eldest of four children and the first in "
         "her family to finish college, earning a teaching certificate from Dunmore State in 1959.",
         "+She taught third grade at Pell Harbor Elementary for 34 years. Generations of students remember "
         "the reading corner she built out of an old rowboat, and the hand-stitched bookmarks she gave every "
         "child on the last day of school.",
         "+After retiring she volunteered at the Pell Harbor Public Library, where she ran the Saturday "
         "story hour until she was 85.",
         "+She is survived by:",
         "+her daughters, Ruth (Daniel) Okafor and Janet Callander;",
         "+five grandchildren and two great-grandchildren;",
         "+her sister, Beatrice Pryce of Dunmore.",
         "+She was preceded in death by her husband of 58 years, Walter, in 2019.",
         "+A memorial service will be held at 11 a.m. on Saturday, November 28, at St. Brendan's Church in "
         "Pell Harbor, with a reception to follow in the parish hall.",
         "+In lieu of flowers, the family asks that donations be made to the Pell Harbor Public Library "
         "literacy fund."],
        ["-Add to Calendar",
         "-Get Directions",
         "-Published by Pell Harbor Gazette from Nov. 24 to Nov. 26, 2026."],
        ["-Guest Book",
         "-Sign the Guest Book",
         "-Light a Candle",
         "-Sharon W. lit a candle · 2 days ago",
         "-Mrs. Callander was my third-grade teacher in 1974 and I still have the bookmark she made me. "
         "Rest easy.",
         "-Posted by Tom Reddick · November 23, 2026"],
        ["-Send Flowers to the Family",
         "-Sympathy arrangements from $59.99 – order by 2 p.m. for same-day delivery",
         "-Share Obituary: Facebook Twitter Email Print",
         "-Subscribe to obituary notifications"],
        ["-Recent Obituaries",
         "-Harold J. Messner | December 1, 2026",
         "-© 2026 Hollowfield & Sons Funeral Directors. All rights reserved. | Website by FuneralTech",
         "-Privacy Policy | Terms of Use | Accessibility"],
    ]),
    ("en", "en-crown-court-report", [
        ["-The Wexmoor Chronicle",
         "-Subscribe | Sign in",
         "-News Sport Business Opinion Family Notices Jobs",
         "-Trending: Cost of living · Weather · Traffic & travel",
         "-Crime"],
        ["+Former care home manager jailed for stealing £86,000 from residents",
         "+A care home manager who stole more than £86,000 from elderly residents over three years has been "
         "jailed for four years and eight months."],
        ["-By Gareth Lindqvist, Court Reporter",
         "-14:32, 30 NOV 2026 | Updated 17:05, 30 NOV 2026"],
        ["+Dolores Fenwick, 52, of Calder Row, Wexmoor, admitted 11 counts of fraud by abuse of position "
         "at an earlier hearing at Wexmoor Crown Court.",
         "+Prosecutor Nadia Orrell told the court that Fenwick had been trusted with the personal allowances "
         "of residents at Larchmere House, many of whom were living with dementia.",
         "+The court heard that between 2021 and 2024 she:",
         "+withdrew cash from residents' accounts on 214 occasions;",
         "+used a resident's bank card to pay for two holidays in Tenerife;",
         "+altered the home's ledger to hide the missing sums from auditors."],
        ["-Advertisement",
         "-Fenwick leaving Wexmoor Crown Court on Monday (Image: Wexmoor Chronicle)",
         "-Get the latest crime and court stories sent straight to your inbox – sign up here"],
        ["+The fraud came to light when the daughter of one resident, 91-year-old Eric Pantling, queried "
         "why her father could not afford a new pair of glasses.",
         "+In mitigation, Aled Bryce said his client had built up gambling debts after the death of her "
         "partner and was \"deeply ashamed\".",
         "+Sentencing her, Judge Imogen Carrow said:",
         "+\"You stole from people who could not know they were being stolen from. That is as serious a "
         "breach of trust as this court sees.\"",
         "+A proceeds of crime hearing will take place in March."],
        ["-Read Next",
         "-Most Read",
         "-1. Man, 23, charged after crash on the Wexmoor bypass",
         "-2. Fire crews called to blaze at derelict mill",
         "-3. Plans lodged for 120 homes on former bus depot",
         "-Share: Facebook X WhatsApp Email",
         "-Comments have been disabled on this article for legal reasons.",
         "-Follow The Wexmoor Chronicle: Facebook | X | Instagram",
         "-The Wexmoor Chronicle is part of Northgate Regional Media. We are committed to the Editors' Code "
         "of Practice.",
         "-Terms & Conditions | Privacy Notice | Cookie Settings | Contact Us"],
    ]),
    ("fr", "fr-critique-cinema-seances", [
        ["-CinéRadar",
         "-Films · Séances · Séries · Bandes-annonces · News",
         "-Accueil > Films > Critiques"],
        ["-Date de sortie : 18 novembre 2026 | 1h 52min | Drame",
         "-De Mathilde Rouvray",
         "-Avec Bastien Laforgue, Noémie Sarrazin, Idriss Mbaye",
         "-Note de la rédaction : ★★★★☆",
         "-Note des spectateurs : 3,6 (1 284 notes)",
         "-Bande-annonce VF"],
        ["+« La Maison des marées » : un huis clos breton d'une rare justesse",
         "-Critique par Jérôme Vasseur",
         "-Publié le 19/11/2026 à 10h12"],
        ["+Pour son deuxième long-métrage, Mathilde Rouvray enferme trois frères et sœurs dans la maison "
         "familiale d'une presqu'île du Finistère, le temps d'une marée d'équinoxe qui coupe la route.",
         "+Il y a Yann, l'aîné resté au pays, Gaëlle, revenue de Montréal pour vendre, et Tristan, le cadet "
         "dont personne n'ose prononcer la dette.",
         "+Une mise en scène au cordeau",
         "+La caméra ne sort presque jamais des murs. Les plans larges sur la grève, rares, sonnent comme des "
         "respirations volées.",
         "+« On ne vend pas une maison, on vend ceux qui y ont vécu », lance Gaëlle au milieu du film, et la "
         "réplique résume tout.",
         "+Noémie Sarrazin, impressionnante, tient le film sur ses épaules ; Bastien Laforgue trouve enfin "
         "un rôle à sa mesure.",
         "+On a aimé :",
         "+– l'écriture des dialogues, sèche et précise ;",
         "+– la photographie de Léon Garrec, toute en gris bleutés.",
         "+On a moins aimé :",
         "+– un dernier quart d'heure qui surligne ce que l'on avait compris."],
        ["-Séances près de chez vous",
         "-Cinéma Le Palace, Lorvenec : 14h00 · 16h45 · 20h30",
         "-Ciné Cité Rivebelle : 13h50 · 19h15 · 21h40",
         "-Voir toutes les séances",
         "-Ajouter à ma liste",
         "-Partager sur Facebook Partager sur X"],
        ["-Vous aimerez aussi",
         "-« Les Nuits de Sagres » : notre critique",
         "-Donnez votre avis",
         "-Connectez-vous pour noter ce film",
         "-© 2026 CinéRadar – Tous droits réservés · Contact · Publicité"],
    ]),
    ("fr", "fr-tempete-numeros-urgence", [
        ["-Ouest Littoral",
         "-Actu · Bretagne · Pays de la Loire · Sports · Météo · Abonnez-vous",
         "-ALERTE – Vigilance rouge vent violent dans le Finistère jusqu'à 18 h",
         "-Direct : suivez l'évolution de la tempête"],
        ["+Tempête Ysolde : 62 000 foyers privés d'électricité, les écoles fermées ce mardi",
         "-Par la rédaction de Quimper",
         "-Publié le 24/11/2026 à 06h05, mis à jour à 11h48"],
        ["+La tempête Ysolde a frappé le littoral dans la nuit de lundi à mardi avec des rafales supérieures "
         "à 140 km/h sur les pointes les plus exposées.",
         "+Selon le gestionnaire du réseau, 62 000 foyers étaient encore privés de courant mardi en fin de "
         "matinée, principalement dans le nord du département.",
         "+Rafales relevées dans la nuit :",
         "+Pointe de Kervian : 148 km/h",
         "+Port-Ligné : 132 km/h",
         "+Plouvénec : 118 km/h"],
        ["-Numéros utiles",
         "-Urgence européenne : 112",
         "-Pompiers : 18 · SAMU : 15 · Police / Gendarmerie : 17",
         "-Dépannage électricité : 09 72 67 50 29",
         "-Lire aussi : Tempête : comment déclarer un sinistre à votre assurance",
         "-Publicité"],
        ["+Les pompiers ont effectué plus de 900 interventions, essentiellement pour des chutes d'arbres et "
         "des toitures arrachées. Un automobiliste a été légèrement blessé à Locmaria-Bihan.",
         "+La préfète a demandé aux habitants de ne pas se déplacer avant la levée de la vigilance et de ne "
         "pas s'approcher du bord de mer.",
         "+« Les vagues atteignent huit mètres au large, ce n'est pas un spectacle », a-t-elle rappelé lors "
         "d'un point presse.",
         "+Toutes les écoles, collèges et lycées du département restent fermés ce mardi. Les transports "
         "scolaires ne circuleront pas avant mercredi."],
        ["-Cet article vous est offert. Pour soutenir notre rédaction, abonnez-vous à partir de 1 € le "
         "premier mois.",
         "-Suivre la carte des coupures en temps réel",
         "-Vous avez été témoin ? Envoyez-nous vos photos et vidéos",
         "-Tempête Ysolde : les images impressionnantes de la nuit",
         "-Partager",
         "-Newsletter Ouest Littoral : recevez l'essentiel de l'actu chaque matin",
         "-S'inscrire",
         "-Se connecter",
         "-Ouest Littoral © 2026",
         "-Mentions légales | Données personnelles | Cookies"],
    ]),
    ("de", "de-boerse-immobilien-ticker", [
        ["-Finanzblick",
         "-Märkte Aktien Immobilien Geldanlage Vorsorge Ratgeber",
         "-DAX 19.842,17 +0,42% | MDAX 27.113,05 -0,18% | Euro/Dollar 1,0832 +0,11% | Gold 2.418,60 +0,65%",
         "-Anzeige",
         "-Jetzt Depot eröffnen und 0 € Ordergebühr sichern*",
         "-Startseite › Immobilien › Wohnungsmarkt"],
        ["+Wohnbaukonzern Nordhaven senkt Prognose – Aktie bricht ein",
         "-Von Konstantin Rehbach",
         "-26.11.2026, 09:41 Uhr",
         "-Lesezeit: 4 Min."],
        ["+Der Wohnungskonzern Nordhaven hat seine Gewinnprognose für das laufende Jahr deutlich gesenkt. "
         "Die Aktie verlor am Vormittag zeitweise mehr als elf Prozent.",
         "+Als Grund nannte der Vorstand die schwache Nachfrage nach Eigentumswohnungen und höhere "
         "Finanzierungskosten für die Neubauprojekte in Hamburg und Leipzig.",
         "+Die Zahlen der ersten drei Quartale im Überblick:",
         "+Mieteinnahmen: 412 Mio. Euro (Vorjahr: 398 Mio.)",
         "+Leerstand: 3,1 Prozent (2,4 Prozent)",
         "+Operatives Ergebnis (FFO I): 168 Mio. Euro (201 Mio.)"],
        ["-Nordhaven Wohnen AG",
         "-WKN: A3N7KP | ISIN: DE000A3N7KP4",
         "-14,82 EUR -11,34 %"],
        ["+Verkäufe stocken",
         "+Statt der geplanten 1.800 Wohnungen will Nordhaven in diesem Jahr nur noch rund 900 Einheiten "
         "verkaufen. Die Dividende steht damit nach Einschätzung von Analysten zur Disposition.",
         "+„Der Markt hat die Wende noch nicht geschafft, und wir werden nicht zu jedem Preis verkaufen“, "
         "sagte Finanzvorständin Birte Jansen-Kolb in einer Telefonkonferenz.",
         "+Mehrere Analysten senkten ihr Kursziel, die Bank Hollenstedt & Co. strich ihre Kaufempfehlung."],
        ["-*Affiliate-Link: Wenn Sie über diesen Link ein Depot eröffnen, erhalten wir eine Provision. Für "
         "Sie entstehen keine Mehrkosten.",
         "-Keine Anlageberatung: Die Inhalte stellen keine Aufforderung zum Kauf oder Verkauf von "
         "Wertpapieren dar.",
         "-Mehr zum Thema",
         "-Immobilienaktien: Lohnt sich der Einstieg jetzt?",
         "-Artikel teilen",
         "-Zur Merkliste hinzufügen",
         "-Push-Benachrichtigungen aktivieren",
         "-Kommentare (7)",
         "-© Finanzblick 2026 | Impressum | Datenschutz | AGB | Kursdaten: verzögert um 15 Minuten"],
    ]),
    ("de", "de-gesundheitsportal-hinweis", [
        ["-gesundheitsnah.de",
         "-Anmelden",
         "-Krankheiten Symptome Medikamente Ernährung Fitness Arztsuche",
         "-Ratgeber > Haut > Neurodermitis"],
        ["+Neurodermitis im Winter: Was der Haut jetzt hilft",
         "-Medizinisch geprüft von Dr. med. Felicitas Oberwinkler, Fachärztin für Dermatologie",
         "-Autorin: Leonie Brandstätt",
         "-Aktualisiert am 02.11.2026",
         "-Inhaltsverzeichnis: Ursachen · Pflege · Wann zum Arzt?"],
        ["+Kälte draußen, Heizungsluft drinnen: Für Menschen mit Neurodermitis ist der Winter oft die "
         "schwierigste Jahreszeit. Die Haut verliert schneller Feuchtigkeit, der Juckreiz nimmt zu.",
         "+Warum die Haut im Winter leidet",
         "+Bei Neurodermitis ist die natürliche Schutzbarriere der Haut gestört. Trockene Luft unter 40 "
         "Prozent Luftfeuchtigkeit verstärkt diesen Effekt.",
         "-Anzeige",
         "+Was im Alltag hilft",
         "+– lauwarm statt heiß duschen, höchstens zehn Minuten;",
         "+– direkt danach eine rückfettende Creme auftragen;",
         "+– Kleidung aus Baumwolle statt Wolle direkt auf der Haut tragen;",
         "+– die Raumluft mit Schalen voll Wasser oder einem Luftbefeuchter anfeuchten.",
         "+„Viele Patienten cremen nur, wenn es juckt. Wirksamer ist es, die Haut jeden Tag zu pflegen, auch "
         "an guten Tagen“, sagt die Dermatologin Hanne Vosswinkel aus Kassel.",
         "+Wann zum Arzt?",
         "+Nässende oder stark gerötete Stellen, Fieber oder Schlafstörungen durch den Juckreiz sollten "
         "ärztlich abgeklärt werden."],
        ["-Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Informationen und ersetzt keine "
         "ärztliche Beratung oder Behandlung.",
         "-Quellen und weiterführende Informationen anzeigen",
         "-War dieser Artikel hilfreich? Ja Nein",
         "-Bewerten Sie diesen Artikel: ★★★★☆ (4,3 / 212 Bewertungen)",
         "-Newsletter: Gesundheitstipps jede Woche ins Postfach",
         "-Arzt in Ihrer Nähe finden",
         "-Symptom-Checker starten",
         "-Das könnte Sie auch interessieren",
         "-Trockene Haut: 7 Hausmittel im Test",
         "-Teilen: Facebook WhatsApp E-Mail",
         "-© 2026 gesundheitsnah GmbH · Impressum · Datenschutz · Redaktionelle Richtlinien",
         "-Datenschutz-Einstellungen"],
    ]),
    ("it", "it-ricetta-affiliazione", [
        ["-La Dispensa di Marta",
         "-Cerca una ricetta...",
         "-Ricette · Primi · Secondi · Dolci · Lievitati · Shop",
         "-Home » Ricette » Primi piatti"],
        ["+Vellutata di zucca e castagne, la ricetta della domenica",
         "-Pubblicato da Marta Ferrandi il 15 novembre 2026",
         "-Questo post contiene link di affiliazione.",
         "-Salta alla ricetta"],
        ["+Quando arriva novembre a casa nostra la zucca non manca mai. Questa vellutata è quella che "
         "preparava mia nonna Ines, con un tocco in più: le castagne arrostite.",
         "+Difficoltà: facile",
         "+Preparazione: 20 minuti",
         "+Cottura: 40 minuti",
         "+Ingredienti per 4 persone",
         "+– 800 g di zucca già pulita",
         "+– 200 g di castagne lessate",
         "+– 1 cipolla dorata",
         "+– 1 litro di brodo vegetale",
         "+– olio extravergine, sale e pepe q.b."],
        ["-Io uso questa pentola in ghisa: la trovi su Amazon",
         "-Acquista ora su Amazon – 64,90 €",
         "-In qualità di Affiliato Amazon ricevo un guadagno dai relativi acquisti idonei.",
         "-Pubblicità"],
        ["+Procedimento",
         "+Fate appassire la cipolla tritata con due cucchiai d'olio, poi aggiungete la zucca a cubetti e "
         "lasciatela insaporire per cinque minuti.",
         "+Unite il brodo caldo e tre quarti delle castagne, coprite e cuocete per mezz'ora.",
         "+Frullate tutto con il minipimer fino a ottenere una crema liscia e servite con le castagne "
         "rimaste sbriciolate sopra."],
        ["-Stampa la ricetta",
         "-Salva su Pinterest",
         "-Condividi su Facebook",
         "-Ti è piaciuta questa ricetta? Lascia un commento e una valutazione ★★★★★",
         "-23 commenti",
         "-Giulia ha scritto: L'ho fatta ieri sera, buonissima! Si può congelare?",
         "-Rispondi",
         "-Iscriviti alla newsletter per ricevere le nuove ricette",
         "-Ricette correlate",
         "-© 2026 La Dispensa di Marta · P.IVA 09871230964 · Privacy e Cookie Policy"],
    ]),
    ("it", "it-comune-consiglio", [
        ["-Vai al contenuto principale",
         "-Comune di Valdirosa",
         "-Amministrazione Novità Servizi Vivere il Comune",
         "-Home / Novità / Comunicati",
         "-Data: 27 novembre 2026",
         "-Tempo di lettura: 3 min",
         "-Vedi azioni"],
        ["+Approvato il bilancio di previsione 2027-2029",
         "+Il Consiglio comunale ha approvato nella seduta di mercoledì 26 novembre il bilancio di previsione "
         "per il triennio 2027-2029, con 11 voti favorevoli e 5 contrari.",
         "+Il documento prevede investimenti per 4,3 milioni di euro nel primo anno. Gli interventi "
         "principali sono:",
         "+– riqualificazione della scuola primaria \"G. Ferrieri\": 1.650.000 euro;",
         "+– rifacimento dell'illuminazione pubblica a LED: 720.000 euro;",
         "+– nuovo parcheggio di via dei Mulini: 480.000 euro;",
         "+– manutenzione straordinaria delle strade comunali: 390.000 euro.",
         "+Le aliquote dell'IMU e dell'addizionale comunale IRPEF restano invariate rispetto al 2026.",
         "+«È un bilancio che non chiede nuovi sacrifici alle famiglie e punta sulla scuola», ha dichiarato "
         "la sindaca Loredana Pezzotti.",
         "+I gruppi di minoranza hanno criticato la mancata previsione di fondi per il trasporto degli "
         "anziani verso l'ospedale di Montebrusco."],
        ["-Argomenti: Bilancio, Consiglio comunale",
         "-Condividi",
         "-Documenti allegati",
         "-Delibera C.C. n. 48 del 26/11/2026 (PDF, 1,2 MB)",
         "-Ultimo aggiornamento: 28/11/2026, 09:12",
         "-Quanto sono chiare le informazioni su questa pagina?",
         "-Contatta il comune",
         "-Leggi le domande frequenti",
         "-Prenota appuntamento",
         "-Segnala disservizio",
         "-Comune di Valdirosa – Piazza Municipio 1, 23010 Valdirosa – C.F. 00654320135",
         "-PEC: protocollo@pec.comune.valdirosa.it",
         "-Informativa privacy | Note legali | Dichiarazione di accessibilità",
         "-Seguici su Facebook Instagram YouTube"],
    ]),
    ("pl", "pl-wyniki-wyborow-tabela", [
        ["-Gazeta Nadrzeczna",
         "-Zaloguj się",
         "-Wiadomości Region Wybory 2026 Sport Biznes",
         "-WYBORY SAMORZĄDOWE 2026 – WYNIKI"],
        ["+Wybory w Borowicach: druga tura między Kmiecikiem a Pławską",
         "-Oprac. Marta Ziębińska",
         "-8 kwietnia 2026, 06:15 · Aktualizacja: 8 kwietnia 2026, 09:40",
         "-Przeczytasz w 3 minuty",
         "-Fot. Paweł Juszczak / Gazeta Nadrzeczna"],
        ["+Żaden z czterech kandydatów na burmistrza Borowic nie przekroczył 50 procent głosów. O fotelu "
         "zdecyduje druga tura, która odbędzie się 21 kwietnia.",
         "+Wyniki pierwszej tury (100 proc. obwodów):",
         "+Jarosław Kmiecik (KWW Razem dla Borowic) – 38,41 proc. (6 212 głosów)",
         "+Aneta Pławska (KWW Nowe Borowice) – 33,07 proc. (5 348 głosów)",
         "+Kazimierz Dunal (KWW Wspólnota Samorządowa) – 19,96 proc. (3 228 głosów)",
         "+Weronika Strzałka (KWW Młodzi dla Miasta) – 8,56 proc. (1 384 głosy)",
         "+Frekwencja wyniosła 54,7 proc., o ponad sześć punktów więcej niż pięć lat temu."],
        ["-Reklama",
         "-Zobacz także: Wyniki wyborów do sejmiku województwa – mapa gmin",
         "-Wyniki na żywo: mapa frekwencji w gminach powiatu"],
        ["+Rada miejska: kto wchodzi",
         "+W 21-osobowej radzie KWW Razem dla Borowic będzie miał 9 mandatów, KWW Nowe Borowice – 8, a "
         "Wspólnota Samorządowa – 4.",
         "+– Mieszkańcy chcą zmiany, ale nie rewolucji. Dwa tygodnie to dużo czasu – powiedział nam w nocy "
         "Jarosław Kmiecik.",
         "+Aneta Pławska zapowiedziała, że nie zawrze porozumienia z żadnym z przegranych kandydatów."],
        ["-Pobierz aplikację Gazety Nadrzecznej i otrzymuj powiadomienia o wynikach",
         "-Wiadomości z regionu prosto na Twoją skrzynkę – zapisz się do newslettera",
         "-Udostępnij",
         "-Skomentuj",
         "-Komentarze (56)",
         "-Treści komentarzy są opiniami ich autorów. Redakcja nie ponosi za nie odpowiedzialności.",
         "-Najnowsze",
         "-Najczęściej czytane",
         "-© 2026 Gazeta Nadrzeczna sp. z o.o. Wszelkie prawa zastrzeżone.",
         "-Regulamin | Polityka prywatności | Kontakt | Reklama"],
    ]),
    ("pl", "pl-archiwum-wydania-papierowego", [
        ["-Głos Pojezierza",
         "-Archiwum wydań",
         "-Wyszukaj w archiwum",
         "-Rok: 2026 · Miesiąc: listopad",
         "-Wydanie nr 231 (18422) · piątek, 27 listopada 2026",
         "-Strona 5 · Region",
         "-« Poprzedni artykuł | Następny artykuł »",
         "-Artykuł z wydania papierowego",
         "-Kup całe wydanie w e-kiosku – 3,49 zł"],
        ["+Most w Radoszkach do rozbiórki. Objazd potrwa co najmniej rok",
         "-MICHAŁ DOBROWOLSKI"],
        ["+Zarząd powiatu zdecydował o rozbiórce mostu na Wełnicy w Radoszkach. Ekspertyza wykazała, że "
         "przęsła z lat 60. nie nadają się do remontu.",
         "+Od poniedziałku przez most nie przejedzie żaden samochód. Kierowcy muszą korzystać z objazdów:",
         "+– przez Dębniki i Stare Łąki (dodatkowe 14 km),",
         "+– dla aut do 3,5 t: drogą gminną przez Olszynkę (dodatkowe 6 km).",
         "+– Wiemy, że to uciążliwe, zwłaszcza dla rolników. Ale nie możemy ryzykować – mówi starosta "
         "Grzegorz Wilkoń.",
         "+Koszty inwestycji według kosztorysu:",
         "+rozbiórka starego obiektu – 1,1 mln zł",
         "+budowa nowego mostu – 9,8 mln zł",
         "+przebudowa dojazdów – 2,4 mln zł",
         "+Powiat liczy na dofinansowanie z rządowego funduszu dróg samorządowych. Wniosek trafi do "
         "wojewody w styczniu."],
        ["-Fot. Archiwum GP",
         "-Wersja do druku",
         "-Tagi: most, drogi powiatowe, Radoszki",
         "-Udostępnij: Facebook X E-mail",
         "-Zaloguj się, aby czytać archiwum bez ograniczeń",
         "-Spis treści wydania",
         "-Dział: Region",
         "-Str. 1 · Szpital powiatowy bez oddziału dziecięcego",
         "-Str. 3 · Zima na drogach: plan akcji",
         "-© Głos Pojezierza. Przedruk tylko za zgodą wydawcy.",
         "-Polityka cookies | Regulamin serwisu"],
    ]),
    ("ru", "ru-facebook-zametka-repost", [
        ["-Заречье.Онлайн",
         "-Новости Общество Происшествия Мнения Афиша",
         "-16+",
         "-Мнения"],
        ["+«Бригада едет сорок минут не потому, что мы не хотим»: врач скорой о работе подстанции",
         "-Инна Соколовская, врач скорой помощи",
         "-28 ноября 2026, 14:20",
         "-Просмотров: 4 731",
         "-Публикуется с разрешения автора. Оригинал опубликован в Facebook*",
         "-Мнение автора может не совпадать с позицией редакции."],
        ["+Меня часто спрашивают, почему скорая в Зареченске едет так долго. Объясню на цифрах одной "
         "обычной смены.",
         "+На подстанцию, которая обслуживает город и 23 села, в сутки выходят четыре бригады. Вот как "
         "выглядела моя смена в прошлый четверг:",
         "+вызовов за 24 часа — 41;",
         "+из них по-настоящему экстренных — 9;",
         "+самый дальний выезд — 68 км в одну сторону;",
         "+время без единого вызова — 35 минут.",
         "+Почти половина вызовов — это давление, температура и просьбы «просто посмотреть». Я не осуждаю "
         "людей: поликлиника в селе работает два дня в неделю.",
         "+«Пока мы едем к температуре, где-то ждёт инсульт», — говорит моя коллега, и она права.",
         "+Я не прошу жалеть нас. Я прошу, чтобы в сёлах снова открыли фельдшерские пункты."],
        ["-👍 1,2 тыс. · 312 комментариев · 84 репоста",
         "-Поделиться:",
         "-*Meta признана экстремистской организацией и запрещена в России.",
         "-Теги: здравоохранение, скорая помощь, мнения",
         "-Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
         "-Комментарии (12)",
         "-Реклама",
         "-Читайте также",
         "-В Зареченске закроют роддом на ремонт",
         "-Подписывайтесь на «Заречье.Онлайн» в Telegram и ВКонтакте",
         "-© 2026 «Заречье.Онлайн». Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234.",
         "-При полном или частичном использовании материалов ссылка обязательна."],
    ]),
    ("ru", "ru-ghost-blog", [
        ["-Записки картографа",
         "-Главная Об авторе Архив Подписаться",
         "-Поиск",
         "-Войти",
         "-ПУТЕШЕСТВИЯ"],
        ["+Старая почтовая дорога: как я искал её по картам 1840 года",
         "-Глеб Арсеньев",
         "-12 окт. 2026 — 8 мин. чтения",
         "-Фото: Глеб Арсеньев"],
        ["+Всё началось с листа трёхвёрстки, купленного на блошином рынке за двести рублей. На нём "
         "пунктиром шла почтовая дорога, которой нет ни на одной современной карте.",
         "+Что было у меня с собой",
         "+— копия листа и современный спутниковый снимок;",
         "+— GPS-трекер и бумажный компас;",
         "+— список станций из почтового дорожника 1842 года.",
         "+Первые двенадцать вёрст дорога угадывается легко: её выдают старые берёзы, посаженные ровными "
         "рядами по обочинам."],
        ["-Подпишитесь, чтобы получать новые записи на почту",
         "-Ваш email",
         "-Подписаться",
         "-Оформить подписку"],
        ["+Дальше начинается лес, и трасса просто исчезает. Только на третий день я нашёл насыпь и остатки "
         "каменного моста через ручей.",
         "+Местный житель, Пётр Ильич Заварзин, рассказал, что ещё в пятидесятые по ней гоняли скот:",
         "+«Дорога была мощёная, камень потом разобрали на фундаменты. Полдеревни на той дороге стоит».",
         "+В следующей записи расскажу о станции Сухой Лог, от которой остался только погреб."],
        ["-Поделиться",
         "-Метки: #карты #история",
         "-← Предыдущая запись",
         "-Следующая запись →",
         "-Вам может понравиться",
         "-Как читать межевые планы: короткий гид",
         "-Комментарии доступны только подписчикам. Войдите или оформите подписку.",
         "-Записки картографа © 2026",
         "-Работает на Ghost"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_25_line, test_held_out_25_line_is_kept, test_held_out_25_page = held_out_tests(
    HELD_OUT_25_LINES, HELD_OUT_25_KEEP, HELD_OUT_25_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
